* etr-inversion-gadget-p1-plain-bigm  (relu-opt library: etr-inversion-gadget, problem 1, plain-bigm; {"hidden": [5], "bound": 8.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_1_2_0, w_1_3_0, w_1_4_0, w_2_0_0, w_2_0_1,
  w_2_0_2, w_2_0_3, w_2_0_4, w_2_1_0, w_2_1_1, w_2_1_2, w_2_1_3, w_2_1_4,
  b_1_0, b_1_1, b_1_2, b_1_3, b_1_4, b_2_0, b_2_1, pre_1_0_0,
  pre_1_0_1, pre_1_0_2, pre_1_0_3, pre_1_0_4, pre_1_1_0, pre_1_1_1, pre_1_1_2, pre_1_1_3,
  pre_1_1_4, pre_1_2_0, pre_1_2_1, pre_1_2_2, pre_1_2_3, pre_1_2_4, pre_1_3_0, pre_1_3_1,
  pre_1_3_2, pre_1_3_3, pre_1_3_4, pre_1_4_0, pre_1_4_1, pre_1_4_2, pre_1_4_3, pre_1_4_4,
  pre_1_5_0, pre_1_5_1, pre_1_5_2, pre_1_5_3, pre_1_5_4, pre_1_6_0, pre_1_6_1, pre_1_6_2,
  pre_1_6_3, pre_1_6_4, pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_7_3, pre_1_7_4, pre_1_8_0,
  pre_1_8_1, pre_1_8_2, pre_1_8_3, pre_1_8_4, pre_1_9_0, pre_1_9_1, pre_1_9_2, pre_1_9_3,
  pre_1_9_4, pre_1_10_0, pre_1_10_1, pre_1_10_2, pre_1_10_3, pre_1_10_4, pre_1_11_0, pre_1_11_1,
  pre_1_11_2, pre_1_11_3, pre_1_11_4, pre_1_12_0, pre_1_12_1, pre_1_12_2, pre_1_12_3, pre_1_12_4,
  pre_1_13_0, pre_1_13_1, pre_1_13_2, pre_1_13_3, pre_1_13_4, pre_1_14_0, pre_1_14_1, pre_1_14_2,
  pre_1_14_3, pre_1_14_4, post_1_0_0, post_1_0_1, post_1_0_2, post_1_0_3, post_1_0_4, post_1_1_0,
  post_1_1_1, post_1_1_2, post_1_1_3, post_1_1_4, post_1_2_0, post_1_2_1, post_1_2_2, post_1_2_3,
  post_1_2_4, post_1_3_0, post_1_3_1, post_1_3_2, post_1_3_3, post_1_3_4, post_1_4_0, post_1_4_1,
  post_1_4_2, post_1_4_3, post_1_4_4, post_1_5_0, post_1_5_1, post_1_5_2, post_1_5_3, post_1_5_4,
  post_1_6_0, post_1_6_1, post_1_6_2, post_1_6_3, post_1_6_4, post_1_7_0, post_1_7_1, post_1_7_2,
  post_1_7_3, post_1_7_4, post_1_8_0, post_1_8_1, post_1_8_2, post_1_8_3, post_1_8_4, post_1_9_0,
  post_1_9_1, post_1_9_2, post_1_9_3, post_1_9_4, post_1_10_0, post_1_10_1, post_1_10_2, post_1_10_3,
  post_1_10_4, post_1_11_0, post_1_11_1, post_1_11_2, post_1_11_3, post_1_11_4, post_1_12_0, post_1_12_1,
  post_1_12_2, post_1_12_3, post_1_12_4, post_1_13_0, post_1_13_1, post_1_13_2, post_1_13_3, post_1_13_4,
  post_1_14_0, post_1_14_1, post_1_14_2, post_1_14_3, post_1_14_4, out_0_0, out_0_1, out_1_0,
  out_1_1, out_2_0, out_2_1, out_3_0, out_3_1, out_4_0, out_4_1, out_5_0,
  out_5_1, out_6_0, out_6_1, out_7_0, out_7_1, out_8_0, out_8_1, out_9_0,
  out_9_1, out_10_0, out_10_1, out_11_0, out_11_1, out_12_0, out_12_1, out_13_0,
  out_13_1, out_14_0, out_14_1;

Binary Variables
  relu_1_0_0_on, relu_1_0_1_on, relu_1_0_2_on, relu_1_0_3_on, relu_1_0_4_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_1_2_on,
  relu_1_1_3_on, relu_1_1_4_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_2_2_on, relu_1_2_3_on, relu_1_2_4_on, relu_1_3_0_on,
  relu_1_3_1_on, relu_1_3_2_on, relu_1_3_3_on, relu_1_3_4_on, relu_1_4_0_on, relu_1_4_1_on, relu_1_4_2_on, relu_1_4_3_on,
  relu_1_4_4_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_5_2_on, relu_1_5_3_on, relu_1_5_4_on, relu_1_6_0_on, relu_1_6_1_on,
  relu_1_6_2_on, relu_1_6_3_on, relu_1_6_4_on, relu_1_7_0_on, relu_1_7_1_on, relu_1_7_2_on, relu_1_7_3_on, relu_1_7_4_on,
  relu_1_8_0_on, relu_1_8_1_on, relu_1_8_2_on, relu_1_8_3_on, relu_1_8_4_on, relu_1_9_0_on, relu_1_9_1_on, relu_1_9_2_on,
  relu_1_9_3_on, relu_1_9_4_on, relu_1_10_0_on, relu_1_10_1_on, relu_1_10_2_on, relu_1_10_3_on, relu_1_10_4_on, relu_1_11_0_on,
  relu_1_11_1_on, relu_1_11_2_on, relu_1_11_3_on, relu_1_11_4_on, relu_1_12_0_on, relu_1_12_1_on, relu_1_12_2_on, relu_1_12_3_on,
  relu_1_12_4_on, relu_1_13_0_on, relu_1_13_1_on, relu_1_13_2_on, relu_1_13_3_on, relu_1_13_4_on, relu_1_14_0_on, relu_1_14_1_on,
  relu_1_14_2_on, relu_1_14_3_on, relu_1_14_4_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_0_3, pre_definition_1_0_4, pre_definition_1_1_0, pre_definition_1_1_1,
  pre_definition_1_1_2, pre_definition_1_1_3, pre_definition_1_1_4, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_2_3, pre_definition_1_2_4,
  pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_3_3, pre_definition_1_3_4, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_4_3, pre_definition_1_4_4, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_5_3, pre_definition_1_5_4, pre_definition_1_6_0,
  pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_6_3, pre_definition_1_6_4, pre_definition_1_7_0, pre_definition_1_7_1, pre_definition_1_7_2, pre_definition_1_7_3,
  pre_definition_1_7_4, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_8_3, pre_definition_1_8_4, pre_definition_1_9_0, pre_definition_1_9_1,
  pre_definition_1_9_2, pre_definition_1_9_3, pre_definition_1_9_4, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_10_3, pre_definition_1_10_4,
  pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_11_3, pre_definition_1_11_4, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2,
  pre_definition_1_12_3, pre_definition_1_12_4, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_13_3, pre_definition_1_13_4, pre_definition_1_14_0,
  pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_14_3, pre_definition_1_14_4, out_definition_0_0, out_definition_0_1, out_definition_1_0, out_definition_1_1,
  out_definition_2_0, out_definition_2_1, out_definition_3_0, out_definition_3_1, out_definition_4_0, out_definition_4_1, out_definition_5_0, out_definition_5_1,
  out_definition_6_0, out_definition_6_1, out_definition_7_0, out_definition_7_1, out_definition_8_0, out_definition_8_1, out_definition_9_0, out_definition_9_1,
  out_definition_10_0, out_definition_10_1, out_definition_11_0, out_definition_11_1, out_definition_12_0, out_definition_12_1, out_definition_13_0, out_definition_13_1,
  out_definition_14_0, out_definition_14_1, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active,
  relu_1_0_2_above_pre, relu_1_0_2_off_when_inactive, relu_1_0_2_pre_when_active, relu_1_0_3_above_pre, relu_1_0_3_off_when_inactive, relu_1_0_3_pre_when_active, relu_1_0_4_above_pre, relu_1_0_4_off_when_inactive,
  relu_1_0_4_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_1_2_above_pre,
  relu_1_1_2_off_when_inactive, relu_1_1_2_pre_when_active, relu_1_1_3_above_pre, relu_1_1_3_off_when_inactive, relu_1_1_3_pre_when_active, relu_1_1_4_above_pre, relu_1_1_4_off_when_inactive, relu_1_1_4_pre_when_active,
  relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_2_2_above_pre, relu_1_2_2_off_when_inactive,
  relu_1_2_2_pre_when_active, relu_1_2_3_above_pre, relu_1_2_3_off_when_inactive, relu_1_2_3_pre_when_active, relu_1_2_4_above_pre, relu_1_2_4_off_when_inactive, relu_1_2_4_pre_when_active, relu_1_3_0_above_pre,
  relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_3_2_above_pre, relu_1_3_2_off_when_inactive, relu_1_3_2_pre_when_active,
  relu_1_3_3_above_pre, relu_1_3_3_off_when_inactive, relu_1_3_3_pre_when_active, relu_1_3_4_above_pre, relu_1_3_4_off_when_inactive, relu_1_3_4_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive,
  relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_4_2_above_pre, relu_1_4_2_off_when_inactive, relu_1_4_2_pre_when_active, relu_1_4_3_above_pre,
  relu_1_4_3_off_when_inactive, relu_1_4_3_pre_when_active, relu_1_4_4_above_pre, relu_1_4_4_off_when_inactive, relu_1_4_4_pre_when_active, relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active,
  relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_5_2_above_pre, relu_1_5_2_off_when_inactive, relu_1_5_2_pre_when_active, relu_1_5_3_above_pre, relu_1_5_3_off_when_inactive,
  relu_1_5_3_pre_when_active, relu_1_5_4_above_pre, relu_1_5_4_off_when_inactive, relu_1_5_4_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active, relu_1_6_1_above_pre,
  relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_6_2_above_pre, relu_1_6_2_off_when_inactive, relu_1_6_2_pre_when_active, relu_1_6_3_above_pre, relu_1_6_3_off_when_inactive, relu_1_6_3_pre_when_active,
  relu_1_6_4_above_pre, relu_1_6_4_off_when_inactive, relu_1_6_4_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive,
  relu_1_7_1_pre_when_active, relu_1_7_2_above_pre, relu_1_7_2_off_when_inactive, relu_1_7_2_pre_when_active, relu_1_7_3_above_pre, relu_1_7_3_off_when_inactive, relu_1_7_3_pre_when_active, relu_1_7_4_above_pre,
  relu_1_7_4_off_when_inactive, relu_1_7_4_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active, relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active,
  relu_1_8_2_above_pre, relu_1_8_2_off_when_inactive, relu_1_8_2_pre_when_active, relu_1_8_3_above_pre, relu_1_8_3_off_when_inactive, relu_1_8_3_pre_when_active, relu_1_8_4_above_pre, relu_1_8_4_off_when_inactive,
  relu_1_8_4_pre_when_active, relu_1_9_0_above_pre, relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active, relu_1_9_1_above_pre, relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active, relu_1_9_2_above_pre,
  relu_1_9_2_off_when_inactive, relu_1_9_2_pre_when_active, relu_1_9_3_above_pre, relu_1_9_3_off_when_inactive, relu_1_9_3_pre_when_active, relu_1_9_4_above_pre, relu_1_9_4_off_when_inactive, relu_1_9_4_pre_when_active,
  relu_1_10_0_above_pre, relu_1_10_0_off_when_inactive, relu_1_10_0_pre_when_active, relu_1_10_1_above_pre, relu_1_10_1_off_when_inactive, relu_1_10_1_pre_when_active, relu_1_10_2_above_pre, relu_1_10_2_off_when_inactive,
  relu_1_10_2_pre_when_active, relu_1_10_3_above_pre, relu_1_10_3_off_when_inactive, relu_1_10_3_pre_when_active, relu_1_10_4_above_pre, relu_1_10_4_off_when_inactive, relu_1_10_4_pre_when_active, relu_1_11_0_above_pre,
  relu_1_11_0_off_when_inactive, relu_1_11_0_pre_when_active, relu_1_11_1_above_pre, relu_1_11_1_off_when_inactive, relu_1_11_1_pre_when_active, relu_1_11_2_above_pre, relu_1_11_2_off_when_inactive, relu_1_11_2_pre_when_active,
  relu_1_11_3_above_pre, relu_1_11_3_off_when_inactive, relu_1_11_3_pre_when_active, relu_1_11_4_above_pre, relu_1_11_4_off_when_inactive, relu_1_11_4_pre_when_active, relu_1_12_0_above_pre, relu_1_12_0_off_when_inactive,
  relu_1_12_0_pre_when_active, relu_1_12_1_above_pre, relu_1_12_1_off_when_inactive, relu_1_12_1_pre_when_active, relu_1_12_2_above_pre, relu_1_12_2_off_when_inactive, relu_1_12_2_pre_when_active, relu_1_12_3_above_pre,
  relu_1_12_3_off_when_inactive, relu_1_12_3_pre_when_active, relu_1_12_4_above_pre, relu_1_12_4_off_when_inactive, relu_1_12_4_pre_when_active, relu_1_13_0_above_pre, relu_1_13_0_off_when_inactive, relu_1_13_0_pre_when_active,
  relu_1_13_1_above_pre, relu_1_13_1_off_when_inactive, relu_1_13_1_pre_when_active, relu_1_13_2_above_pre, relu_1_13_2_off_when_inactive, relu_1_13_2_pre_when_active, relu_1_13_3_above_pre, relu_1_13_3_off_when_inactive,
  relu_1_13_3_pre_when_active, relu_1_13_4_above_pre, relu_1_13_4_off_when_inactive, relu_1_13_4_pre_when_active, relu_1_14_0_above_pre, relu_1_14_0_off_when_inactive, relu_1_14_0_pre_when_active, relu_1_14_1_above_pre,
  relu_1_14_1_off_when_inactive, relu_1_14_1_pre_when_active, relu_1_14_2_above_pre, relu_1_14_2_off_when_inactive, relu_1_14_2_pre_when_active, relu_1_14_3_above_pre, relu_1_14_3_off_when_inactive, relu_1_14_3_pre_when_active,
  relu_1_14_4_above_pre, relu_1_14_4_off_when_inactive, relu_1_14_4_pre_when_active;

e_obj.. - objvar - 0.25*out_3_0 - 0.5*out_4_0 - 0.75*out_5_0 - 1*out_6_0 - 2*out_7_0 - 1.4285714285714286*out_8_0 - 2.938775510204082*out_8_1
    - 0.5*out_9_0 - 4*out_9_1 - 0.375*out_10_0 - 3*out_10_1 - 0.25*out_11_0 - 2*out_11_1 + 1*sqr(out_0_0) + 1*sqr(out_0_1)
    + 1*sqr(out_1_0) + 1*sqr(out_1_1) + 1*sqr(out_2_0) + 1*sqr(out_2_1) + 1*sqr(out_3_0) + 1*sqr(out_3_1) + 1*sqr(out_4_0) + 1*sqr(out_4_1)
    + 1*sqr(out_5_0) + 1*sqr(out_5_1) + 1*sqr(out_6_0) + 1*sqr(out_6_1) + 1*sqr(out_7_0) + 1*sqr(out_7_1) + 1*sqr(out_8_0) + 1*sqr(out_8_1)
    + 1*sqr(out_9_0) + 1*sqr(out_9_1) + 1*sqr(out_10_0) + 1*sqr(out_10_1) + 1*sqr(out_11_0) + 1*sqr(out_11_1) + 1*sqr(out_12_0) + 1*sqr(out_12_1)
    + 1*sqr(out_13_0) + 1*sqr(out_13_1) + 1*sqr(out_14_0) + 1*sqr(out_14_1) + 11.501335706476468 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 1*w_1_2_0 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_0_3.. + 1*w_1_3_0 - 1*b_1_3 + 1*pre_1_0_3 =e= 0;
pre_definition_1_0_4.. + 1*w_1_4_0 - 1*b_1_4 + 1*pre_1_0_4 =e= 0;
pre_definition_1_1_0.. + 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_1_3.. + 0.75*w_1_3_0 - 1*b_1_3 + 1*pre_1_1_3 =e= 0;
pre_definition_1_1_4.. + 0.75*w_1_4_0 - 1*b_1_4 + 1*pre_1_1_4 =e= 0;
pre_definition_1_2_0.. + 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. + 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_2_3.. + 0.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_2_3 =e= 0;
pre_definition_1_2_4.. + 0.5*w_1_4_0 - 1*b_1_4 + 1*pre_1_2_4 =e= 0;
pre_definition_1_3_0.. - 0.125*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.125*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. - 0.125*w_1_2_0 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_3_3.. - 0.125*w_1_3_0 - 1*b_1_3 + 1*pre_1_3_3 =e= 0;
pre_definition_1_3_4.. - 0.125*w_1_4_0 - 1*b_1_4 + 1*pre_1_3_4 =e= 0;
pre_definition_1_4_0.. - 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. - 0.25*w_1_2_0 - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_4_3.. - 0.25*w_1_3_0 - 1*b_1_3 + 1*pre_1_4_3 =e= 0;
pre_definition_1_4_4.. - 0.25*w_1_4_0 - 1*b_1_4 + 1*pre_1_4_4 =e= 0;
pre_definition_1_5_0.. - 0.375*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.375*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.375*w_1_2_0 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_5_3.. - 0.375*w_1_3_0 - 1*b_1_3 + 1*pre_1_5_3 =e= 0;
pre_definition_1_5_4.. - 0.375*w_1_4_0 - 1*b_1_4 + 1*pre_1_5_4 =e= 0;
pre_definition_1_6_0.. - 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. - 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_6_3.. - 0.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_6_3 =e= 0;
pre_definition_1_6_4.. - 0.5*w_1_4_0 - 1*b_1_4 + 1*pre_1_6_4 =e= 0;
pre_definition_1_7_0.. - 2*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 2*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 2*w_1_2_0 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_7_3.. - 2*w_1_3_0 - 1*b_1_3 + 1*pre_1_7_3 =e= 0;
pre_definition_1_7_4.. - 2*w_1_4_0 - 1*b_1_4 + 1*pre_1_7_4 =e= 0;
pre_definition_1_8_0.. - 4.571428571428571*w_1_0_0 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 4.571428571428571*w_1_1_0 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 4.571428571428571*w_1_2_0 - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_8_3.. - 4.571428571428571*w_1_3_0 - 1*b_1_3 + 1*pre_1_8_3 =e= 0;
pre_definition_1_8_4.. - 4.571428571428571*w_1_4_0 - 1*b_1_4 + 1*pre_1_8_4 =e= 0;
pre_definition_1_9_0.. - 5.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 5.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. - 5.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_9_3.. - 5.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_9_3 =e= 0;
pre_definition_1_9_4.. - 5.5*w_1_4_0 - 1*b_1_4 + 1*pre_1_9_4 =e= 0;
pre_definition_1_10_0.. - 5.625*w_1_0_0 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 5.625*w_1_1_0 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 5.625*w_1_2_0 - 1*b_1_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_10_3.. - 5.625*w_1_3_0 - 1*b_1_3 + 1*pre_1_10_3 =e= 0;
pre_definition_1_10_4.. - 5.625*w_1_4_0 - 1*b_1_4 + 1*pre_1_10_4 =e= 0;
pre_definition_1_11_0.. - 5.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 5.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. - 5.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_11_3.. - 5.75*w_1_3_0 - 1*b_1_3 + 1*pre_1_11_3 =e= 0;
pre_definition_1_11_4.. - 5.75*w_1_4_0 - 1*b_1_4 + 1*pre_1_11_4 =e= 0;
pre_definition_1_12_0.. - 6.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 6.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 6.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_12_3.. - 6.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_12_3 =e= 0;
pre_definition_1_12_4.. - 6.5*w_1_4_0 - 1*b_1_4 + 1*pre_1_12_4 =e= 0;
pre_definition_1_13_0.. - 6.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 6.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. - 6.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_13_3.. - 6.75*w_1_3_0 - 1*b_1_3 + 1*pre_1_13_3 =e= 0;
pre_definition_1_13_4.. - 6.75*w_1_4_0 - 1*b_1_4 + 1*pre_1_13_4 =e= 0;
pre_definition_1_14_0.. - 7*w_1_0_0 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 7*w_1_1_0 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. - 7*w_1_2_0 - 1*b_1_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_14_3.. - 7*w_1_3_0 - 1*b_1_3 + 1*pre_1_14_3 =e= 0;
pre_definition_1_14_4.. - 7*w_1_4_0 - 1*b_1_4 + 1*pre_1_14_4 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 - 1*w_2_0_2*post_1_0_2 - 1*w_2_0_3*post_1_0_3 - 1*w_2_0_4*post_1_0_4 =e= 0;
out_definition_0_1.. - 1*b_2_1 + 1*out_0_1 - 1*w_2_1_0*post_1_0_0 - 1*w_2_1_1*post_1_0_1 - 1*w_2_1_2*post_1_0_2 - 1*w_2_1_3*post_1_0_3 - 1*w_2_1_4*post_1_0_4 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 - 1*w_2_0_2*post_1_1_2 - 1*w_2_0_3*post_1_1_3 - 1*w_2_0_4*post_1_1_4 =e= 0;
out_definition_1_1.. - 1*b_2_1 + 1*out_1_1 - 1*w_2_1_0*post_1_1_0 - 1*w_2_1_1*post_1_1_1 - 1*w_2_1_2*post_1_1_2 - 1*w_2_1_3*post_1_1_3 - 1*w_2_1_4*post_1_1_4 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 - 1*w_2_0_2*post_1_2_2 - 1*w_2_0_3*post_1_2_3 - 1*w_2_0_4*post_1_2_4 =e= 0;
out_definition_2_1.. - 1*b_2_1 + 1*out_2_1 - 1*w_2_1_0*post_1_2_0 - 1*w_2_1_1*post_1_2_1 - 1*w_2_1_2*post_1_2_2 - 1*w_2_1_3*post_1_2_3 - 1*w_2_1_4*post_1_2_4 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 - 1*w_2_0_2*post_1_3_2 - 1*w_2_0_3*post_1_3_3 - 1*w_2_0_4*post_1_3_4 =e= 0;
out_definition_3_1.. - 1*b_2_1 + 1*out_3_1 - 1*w_2_1_0*post_1_3_0 - 1*w_2_1_1*post_1_3_1 - 1*w_2_1_2*post_1_3_2 - 1*w_2_1_3*post_1_3_3 - 1*w_2_1_4*post_1_3_4 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 - 1*w_2_0_2*post_1_4_2 - 1*w_2_0_3*post_1_4_3 - 1*w_2_0_4*post_1_4_4 =e= 0;
out_definition_4_1.. - 1*b_2_1 + 1*out_4_1 - 1*w_2_1_0*post_1_4_0 - 1*w_2_1_1*post_1_4_1 - 1*w_2_1_2*post_1_4_2 - 1*w_2_1_3*post_1_4_3 - 1*w_2_1_4*post_1_4_4 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 - 1*w_2_0_2*post_1_5_2 - 1*w_2_0_3*post_1_5_3 - 1*w_2_0_4*post_1_5_4 =e= 0;
out_definition_5_1.. - 1*b_2_1 + 1*out_5_1 - 1*w_2_1_0*post_1_5_0 - 1*w_2_1_1*post_1_5_1 - 1*w_2_1_2*post_1_5_2 - 1*w_2_1_3*post_1_5_3 - 1*w_2_1_4*post_1_5_4 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 - 1*w_2_0_2*post_1_6_2 - 1*w_2_0_3*post_1_6_3 - 1*w_2_0_4*post_1_6_4 =e= 0;
out_definition_6_1.. - 1*b_2_1 + 1*out_6_1 - 1*w_2_1_0*post_1_6_0 - 1*w_2_1_1*post_1_6_1 - 1*w_2_1_2*post_1_6_2 - 1*w_2_1_3*post_1_6_3 - 1*w_2_1_4*post_1_6_4 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 - 1*w_2_0_2*post_1_7_2 - 1*w_2_0_3*post_1_7_3 - 1*w_2_0_4*post_1_7_4 =e= 0;
out_definition_7_1.. - 1*b_2_1 + 1*out_7_1 - 1*w_2_1_0*post_1_7_0 - 1*w_2_1_1*post_1_7_1 - 1*w_2_1_2*post_1_7_2 - 1*w_2_1_3*post_1_7_3 - 1*w_2_1_4*post_1_7_4 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 - 1*w_2_0_2*post_1_8_2 - 1*w_2_0_3*post_1_8_3 - 1*w_2_0_4*post_1_8_4 =e= 0;
out_definition_8_1.. - 1*b_2_1 + 1*out_8_1 - 1*w_2_1_0*post_1_8_0 - 1*w_2_1_1*post_1_8_1 - 1*w_2_1_2*post_1_8_2 - 1*w_2_1_3*post_1_8_3 - 1*w_2_1_4*post_1_8_4 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 - 1*w_2_0_2*post_1_9_2 - 1*w_2_0_3*post_1_9_3 - 1*w_2_0_4*post_1_9_4 =e= 0;
out_definition_9_1.. - 1*b_2_1 + 1*out_9_1 - 1*w_2_1_0*post_1_9_0 - 1*w_2_1_1*post_1_9_1 - 1*w_2_1_2*post_1_9_2 - 1*w_2_1_3*post_1_9_3 - 1*w_2_1_4*post_1_9_4 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 - 1*w_2_0_2*post_1_10_2 - 1*w_2_0_3*post_1_10_3 - 1*w_2_0_4*post_1_10_4 =e= 0;
out_definition_10_1.. - 1*b_2_1 + 1*out_10_1 - 1*w_2_1_0*post_1_10_0 - 1*w_2_1_1*post_1_10_1 - 1*w_2_1_2*post_1_10_2 - 1*w_2_1_3*post_1_10_3 - 1*w_2_1_4*post_1_10_4 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 - 1*w_2_0_2*post_1_11_2 - 1*w_2_0_3*post_1_11_3 - 1*w_2_0_4*post_1_11_4 =e= 0;
out_definition_11_1.. - 1*b_2_1 + 1*out_11_1 - 1*w_2_1_0*post_1_11_0 - 1*w_2_1_1*post_1_11_1 - 1*w_2_1_2*post_1_11_2 - 1*w_2_1_3*post_1_11_3 - 1*w_2_1_4*post_1_11_4 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 - 1*w_2_0_2*post_1_12_2 - 1*w_2_0_3*post_1_12_3 - 1*w_2_0_4*post_1_12_4 =e= 0;
out_definition_12_1.. - 1*b_2_1 + 1*out_12_1 - 1*w_2_1_0*post_1_12_0 - 1*w_2_1_1*post_1_12_1 - 1*w_2_1_2*post_1_12_2 - 1*w_2_1_3*post_1_12_3 - 1*w_2_1_4*post_1_12_4 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 - 1*w_2_0_2*post_1_13_2 - 1*w_2_0_3*post_1_13_3 - 1*w_2_0_4*post_1_13_4 =e= 0;
out_definition_13_1.. - 1*b_2_1 + 1*out_13_1 - 1*w_2_1_0*post_1_13_0 - 1*w_2_1_1*post_1_13_1 - 1*w_2_1_2*post_1_13_2 - 1*w_2_1_3*post_1_13_3 - 1*w_2_1_4*post_1_13_4 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 - 1*w_2_0_2*post_1_14_2 - 1*w_2_0_3*post_1_14_3 - 1*w_2_0_4*post_1_14_4 =e= 0;
out_definition_14_1.. - 1*b_2_1 + 1*out_14_1 - 1*w_2_1_0*post_1_14_0 - 1*w_2_1_1*post_1_14_1 - 1*w_2_1_2*post_1_14_2 - 1*w_2_1_3*post_1_14_3 - 1*w_2_1_4*post_1_14_4 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 16*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 16*relu_1_0_0_on =l= 16;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 16*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 16*relu_1_0_1_on =l= 16;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2_off_when_inactive.. + 1*post_1_0_2 - 16*relu_1_0_2_on =l= 0;
relu_1_0_2_pre_when_active.. - 1*pre_1_0_2 + 1*post_1_0_2 + 16*relu_1_0_2_on =l= 16;
relu_1_0_3_above_pre.. + 1*pre_1_0_3 - 1*post_1_0_3 =l= 0;
relu_1_0_3_off_when_inactive.. + 1*post_1_0_3 - 16*relu_1_0_3_on =l= 0;
relu_1_0_3_pre_when_active.. - 1*pre_1_0_3 + 1*post_1_0_3 + 16*relu_1_0_3_on =l= 16;
relu_1_0_4_above_pre.. + 1*pre_1_0_4 - 1*post_1_0_4 =l= 0;
relu_1_0_4_off_when_inactive.. + 1*post_1_0_4 - 16*relu_1_0_4_on =l= 0;
relu_1_0_4_pre_when_active.. - 1*pre_1_0_4 + 1*post_1_0_4 + 16*relu_1_0_4_on =l= 16;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 14*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 14*relu_1_1_0_on =l= 14;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 14*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 14*relu_1_1_1_on =l= 14;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2_off_when_inactive.. + 1*post_1_1_2 - 14*relu_1_1_2_on =l= 0;
relu_1_1_2_pre_when_active.. - 1*pre_1_1_2 + 1*post_1_1_2 + 14*relu_1_1_2_on =l= 14;
relu_1_1_3_above_pre.. + 1*pre_1_1_3 - 1*post_1_1_3 =l= 0;
relu_1_1_3_off_when_inactive.. + 1*post_1_1_3 - 14*relu_1_1_3_on =l= 0;
relu_1_1_3_pre_when_active.. - 1*pre_1_1_3 + 1*post_1_1_3 + 14*relu_1_1_3_on =l= 14;
relu_1_1_4_above_pre.. + 1*pre_1_1_4 - 1*post_1_1_4 =l= 0;
relu_1_1_4_off_when_inactive.. + 1*post_1_1_4 - 14*relu_1_1_4_on =l= 0;
relu_1_1_4_pre_when_active.. - 1*pre_1_1_4 + 1*post_1_1_4 + 14*relu_1_1_4_on =l= 14;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 12*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 12*relu_1_2_0_on =l= 12;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 12*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 12*relu_1_2_1_on =l= 12;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2_off_when_inactive.. + 1*post_1_2_2 - 12*relu_1_2_2_on =l= 0;
relu_1_2_2_pre_when_active.. - 1*pre_1_2_2 + 1*post_1_2_2 + 12*relu_1_2_2_on =l= 12;
relu_1_2_3_above_pre.. + 1*pre_1_2_3 - 1*post_1_2_3 =l= 0;
relu_1_2_3_off_when_inactive.. + 1*post_1_2_3 - 12*relu_1_2_3_on =l= 0;
relu_1_2_3_pre_when_active.. - 1*pre_1_2_3 + 1*post_1_2_3 + 12*relu_1_2_3_on =l= 12;
relu_1_2_4_above_pre.. + 1*pre_1_2_4 - 1*post_1_2_4 =l= 0;
relu_1_2_4_off_when_inactive.. + 1*post_1_2_4 - 12*relu_1_2_4_on =l= 0;
relu_1_2_4_pre_when_active.. - 1*pre_1_2_4 + 1*post_1_2_4 + 12*relu_1_2_4_on =l= 12;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 9*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 9*relu_1_3_0_on =l= 9;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 9*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 9*relu_1_3_1_on =l= 9;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2_off_when_inactive.. + 1*post_1_3_2 - 9*relu_1_3_2_on =l= 0;
relu_1_3_2_pre_when_active.. - 1*pre_1_3_2 + 1*post_1_3_2 + 9*relu_1_3_2_on =l= 9;
relu_1_3_3_above_pre.. + 1*pre_1_3_3 - 1*post_1_3_3 =l= 0;
relu_1_3_3_off_when_inactive.. + 1*post_1_3_3 - 9*relu_1_3_3_on =l= 0;
relu_1_3_3_pre_when_active.. - 1*pre_1_3_3 + 1*post_1_3_3 + 9*relu_1_3_3_on =l= 9;
relu_1_3_4_above_pre.. + 1*pre_1_3_4 - 1*post_1_3_4 =l= 0;
relu_1_3_4_off_when_inactive.. + 1*post_1_3_4 - 9*relu_1_3_4_on =l= 0;
relu_1_3_4_pre_when_active.. - 1*pre_1_3_4 + 1*post_1_3_4 + 9*relu_1_3_4_on =l= 9;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 10*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 10*relu_1_4_0_on =l= 10;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 10*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 10*relu_1_4_1_on =l= 10;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2_off_when_inactive.. + 1*post_1_4_2 - 10*relu_1_4_2_on =l= 0;
relu_1_4_2_pre_when_active.. - 1*pre_1_4_2 + 1*post_1_4_2 + 10*relu_1_4_2_on =l= 10;
relu_1_4_3_above_pre.. + 1*pre_1_4_3 - 1*post_1_4_3 =l= 0;
relu_1_4_3_off_when_inactive.. + 1*post_1_4_3 - 10*relu_1_4_3_on =l= 0;
relu_1_4_3_pre_when_active.. - 1*pre_1_4_3 + 1*post_1_4_3 + 10*relu_1_4_3_on =l= 10;
relu_1_4_4_above_pre.. + 1*pre_1_4_4 - 1*post_1_4_4 =l= 0;
relu_1_4_4_off_when_inactive.. + 1*post_1_4_4 - 10*relu_1_4_4_on =l= 0;
relu_1_4_4_pre_when_active.. - 1*pre_1_4_4 + 1*post_1_4_4 + 10*relu_1_4_4_on =l= 10;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 11*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 11*relu_1_5_0_on =l= 11;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 11*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 11*relu_1_5_1_on =l= 11;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2_off_when_inactive.. + 1*post_1_5_2 - 11*relu_1_5_2_on =l= 0;
relu_1_5_2_pre_when_active.. - 1*pre_1_5_2 + 1*post_1_5_2 + 11*relu_1_5_2_on =l= 11;
relu_1_5_3_above_pre.. + 1*pre_1_5_3 - 1*post_1_5_3 =l= 0;
relu_1_5_3_off_when_inactive.. + 1*post_1_5_3 - 11*relu_1_5_3_on =l= 0;
relu_1_5_3_pre_when_active.. - 1*pre_1_5_3 + 1*post_1_5_3 + 11*relu_1_5_3_on =l= 11;
relu_1_5_4_above_pre.. + 1*pre_1_5_4 - 1*post_1_5_4 =l= 0;
relu_1_5_4_off_when_inactive.. + 1*post_1_5_4 - 11*relu_1_5_4_on =l= 0;
relu_1_5_4_pre_when_active.. - 1*pre_1_5_4 + 1*post_1_5_4 + 11*relu_1_5_4_on =l= 11;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 12*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 12*relu_1_6_0_on =l= 12;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 12*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 12*relu_1_6_1_on =l= 12;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2_off_when_inactive.. + 1*post_1_6_2 - 12*relu_1_6_2_on =l= 0;
relu_1_6_2_pre_when_active.. - 1*pre_1_6_2 + 1*post_1_6_2 + 12*relu_1_6_2_on =l= 12;
relu_1_6_3_above_pre.. + 1*pre_1_6_3 - 1*post_1_6_3 =l= 0;
relu_1_6_3_off_when_inactive.. + 1*post_1_6_3 - 12*relu_1_6_3_on =l= 0;
relu_1_6_3_pre_when_active.. - 1*pre_1_6_3 + 1*post_1_6_3 + 12*relu_1_6_3_on =l= 12;
relu_1_6_4_above_pre.. + 1*pre_1_6_4 - 1*post_1_6_4 =l= 0;
relu_1_6_4_off_when_inactive.. + 1*post_1_6_4 - 12*relu_1_6_4_on =l= 0;
relu_1_6_4_pre_when_active.. - 1*pre_1_6_4 + 1*post_1_6_4 + 12*relu_1_6_4_on =l= 12;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 24*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 24*relu_1_7_0_on =l= 24;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 24*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 24*relu_1_7_1_on =l= 24;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2_off_when_inactive.. + 1*post_1_7_2 - 24*relu_1_7_2_on =l= 0;
relu_1_7_2_pre_when_active.. - 1*pre_1_7_2 + 1*post_1_7_2 + 24*relu_1_7_2_on =l= 24;
relu_1_7_3_above_pre.. + 1*pre_1_7_3 - 1*post_1_7_3 =l= 0;
relu_1_7_3_off_when_inactive.. + 1*post_1_7_3 - 24*relu_1_7_3_on =l= 0;
relu_1_7_3_pre_when_active.. - 1*pre_1_7_3 + 1*post_1_7_3 + 24*relu_1_7_3_on =l= 24;
relu_1_7_4_above_pre.. + 1*pre_1_7_4 - 1*post_1_7_4 =l= 0;
relu_1_7_4_off_when_inactive.. + 1*post_1_7_4 - 24*relu_1_7_4_on =l= 0;
relu_1_7_4_pre_when_active.. - 1*pre_1_7_4 + 1*post_1_7_4 + 24*relu_1_7_4_on =l= 24;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 44.57142857142857*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 44.57142857142857*relu_1_8_0_on =l= 44.57142857142857;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 44.57142857142857*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 44.57142857142857*relu_1_8_1_on =l= 44.57142857142857;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2_off_when_inactive.. + 1*post_1_8_2 - 44.57142857142857*relu_1_8_2_on =l= 0;
relu_1_8_2_pre_when_active.. - 1*pre_1_8_2 + 1*post_1_8_2 + 44.57142857142857*relu_1_8_2_on =l= 44.57142857142857;
relu_1_8_3_above_pre.. + 1*pre_1_8_3 - 1*post_1_8_3 =l= 0;
relu_1_8_3_off_when_inactive.. + 1*post_1_8_3 - 44.57142857142857*relu_1_8_3_on =l= 0;
relu_1_8_3_pre_when_active.. - 1*pre_1_8_3 + 1*post_1_8_3 + 44.57142857142857*relu_1_8_3_on =l= 44.57142857142857;
relu_1_8_4_above_pre.. + 1*pre_1_8_4 - 1*post_1_8_4 =l= 0;
relu_1_8_4_off_when_inactive.. + 1*post_1_8_4 - 44.57142857142857*relu_1_8_4_on =l= 0;
relu_1_8_4_pre_when_active.. - 1*pre_1_8_4 + 1*post_1_8_4 + 44.57142857142857*relu_1_8_4_on =l= 44.57142857142857;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 52*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 52*relu_1_9_0_on =l= 52;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 52*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 52*relu_1_9_1_on =l= 52;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2_off_when_inactive.. + 1*post_1_9_2 - 52*relu_1_9_2_on =l= 0;
relu_1_9_2_pre_when_active.. - 1*pre_1_9_2 + 1*post_1_9_2 + 52*relu_1_9_2_on =l= 52;
relu_1_9_3_above_pre.. + 1*pre_1_9_3 - 1*post_1_9_3 =l= 0;
relu_1_9_3_off_when_inactive.. + 1*post_1_9_3 - 52*relu_1_9_3_on =l= 0;
relu_1_9_3_pre_when_active.. - 1*pre_1_9_3 + 1*post_1_9_3 + 52*relu_1_9_3_on =l= 52;
relu_1_9_4_above_pre.. + 1*pre_1_9_4 - 1*post_1_9_4 =l= 0;
relu_1_9_4_off_when_inactive.. + 1*post_1_9_4 - 52*relu_1_9_4_on =l= 0;
relu_1_9_4_pre_when_active.. - 1*pre_1_9_4 + 1*post_1_9_4 + 52*relu_1_9_4_on =l= 52;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 53*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 53*relu_1_10_0_on =l= 53;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 53*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 53*relu_1_10_1_on =l= 53;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2_off_when_inactive.. + 1*post_1_10_2 - 53*relu_1_10_2_on =l= 0;
relu_1_10_2_pre_when_active.. - 1*pre_1_10_2 + 1*post_1_10_2 + 53*relu_1_10_2_on =l= 53;
relu_1_10_3_above_pre.. + 1*pre_1_10_3 - 1*post_1_10_3 =l= 0;
relu_1_10_3_off_when_inactive.. + 1*post_1_10_3 - 53*relu_1_10_3_on =l= 0;
relu_1_10_3_pre_when_active.. - 1*pre_1_10_3 + 1*post_1_10_3 + 53*relu_1_10_3_on =l= 53;
relu_1_10_4_above_pre.. + 1*pre_1_10_4 - 1*post_1_10_4 =l= 0;
relu_1_10_4_off_when_inactive.. + 1*post_1_10_4 - 53*relu_1_10_4_on =l= 0;
relu_1_10_4_pre_when_active.. - 1*pre_1_10_4 + 1*post_1_10_4 + 53*relu_1_10_4_on =l= 53;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 54*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 54*relu_1_11_0_on =l= 54;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 54*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 54*relu_1_11_1_on =l= 54;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2_off_when_inactive.. + 1*post_1_11_2 - 54*relu_1_11_2_on =l= 0;
relu_1_11_2_pre_when_active.. - 1*pre_1_11_2 + 1*post_1_11_2 + 54*relu_1_11_2_on =l= 54;
relu_1_11_3_above_pre.. + 1*pre_1_11_3 - 1*post_1_11_3 =l= 0;
relu_1_11_3_off_when_inactive.. + 1*post_1_11_3 - 54*relu_1_11_3_on =l= 0;
relu_1_11_3_pre_when_active.. - 1*pre_1_11_3 + 1*post_1_11_3 + 54*relu_1_11_3_on =l= 54;
relu_1_11_4_above_pre.. + 1*pre_1_11_4 - 1*post_1_11_4 =l= 0;
relu_1_11_4_off_when_inactive.. + 1*post_1_11_4 - 54*relu_1_11_4_on =l= 0;
relu_1_11_4_pre_when_active.. - 1*pre_1_11_4 + 1*post_1_11_4 + 54*relu_1_11_4_on =l= 54;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 60*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 60*relu_1_12_0_on =l= 60;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 60*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 60*relu_1_12_1_on =l= 60;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2_off_when_inactive.. + 1*post_1_12_2 - 60*relu_1_12_2_on =l= 0;
relu_1_12_2_pre_when_active.. - 1*pre_1_12_2 + 1*post_1_12_2 + 60*relu_1_12_2_on =l= 60;
relu_1_12_3_above_pre.. + 1*pre_1_12_3 - 1*post_1_12_3 =l= 0;
relu_1_12_3_off_when_inactive.. + 1*post_1_12_3 - 60*relu_1_12_3_on =l= 0;
relu_1_12_3_pre_when_active.. - 1*pre_1_12_3 + 1*post_1_12_3 + 60*relu_1_12_3_on =l= 60;
relu_1_12_4_above_pre.. + 1*pre_1_12_4 - 1*post_1_12_4 =l= 0;
relu_1_12_4_off_when_inactive.. + 1*post_1_12_4 - 60*relu_1_12_4_on =l= 0;
relu_1_12_4_pre_when_active.. - 1*pre_1_12_4 + 1*post_1_12_4 + 60*relu_1_12_4_on =l= 60;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 62*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 62*relu_1_13_0_on =l= 62;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 62*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 62*relu_1_13_1_on =l= 62;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2_off_when_inactive.. + 1*post_1_13_2 - 62*relu_1_13_2_on =l= 0;
relu_1_13_2_pre_when_active.. - 1*pre_1_13_2 + 1*post_1_13_2 + 62*relu_1_13_2_on =l= 62;
relu_1_13_3_above_pre.. + 1*pre_1_13_3 - 1*post_1_13_3 =l= 0;
relu_1_13_3_off_when_inactive.. + 1*post_1_13_3 - 62*relu_1_13_3_on =l= 0;
relu_1_13_3_pre_when_active.. - 1*pre_1_13_3 + 1*post_1_13_3 + 62*relu_1_13_3_on =l= 62;
relu_1_13_4_above_pre.. + 1*pre_1_13_4 - 1*post_1_13_4 =l= 0;
relu_1_13_4_off_when_inactive.. + 1*post_1_13_4 - 62*relu_1_13_4_on =l= 0;
relu_1_13_4_pre_when_active.. - 1*pre_1_13_4 + 1*post_1_13_4 + 62*relu_1_13_4_on =l= 62;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 64*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 64*relu_1_14_0_on =l= 64;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 64*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 64*relu_1_14_1_on =l= 64;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2_off_when_inactive.. + 1*post_1_14_2 - 64*relu_1_14_2_on =l= 0;
relu_1_14_2_pre_when_active.. - 1*pre_1_14_2 + 1*post_1_14_2 + 64*relu_1_14_2_on =l= 64;
relu_1_14_3_above_pre.. + 1*pre_1_14_3 - 1*post_1_14_3 =l= 0;
relu_1_14_3_off_when_inactive.. + 1*post_1_14_3 - 64*relu_1_14_3_on =l= 0;
relu_1_14_3_pre_when_active.. - 1*pre_1_14_3 + 1*post_1_14_3 + 64*relu_1_14_3_on =l= 64;
relu_1_14_4_above_pre.. + 1*pre_1_14_4 - 1*post_1_14_4 =l= 0;
relu_1_14_4_off_when_inactive.. + 1*post_1_14_4 - 64*relu_1_14_4_on =l= 0;
relu_1_14_4_pre_when_active.. - 1*pre_1_14_4 + 1*post_1_14_4 + 64*relu_1_14_4_on =l= 64;

w_1_0_0.lo = -8;
w_1_0_0.up = 8;
w_1_1_0.lo = -8;
w_1_1_0.up = 8;
w_1_2_0.lo = -8;
w_1_2_0.up = 8;
w_1_3_0.lo = -8;
w_1_3_0.up = 8;
w_1_4_0.lo = -8;
w_1_4_0.up = 8;
w_2_0_0.lo = -8;
w_2_0_0.up = 8;
w_2_0_1.lo = -8;
w_2_0_1.up = 8;
w_2_0_2.lo = -8;
w_2_0_2.up = 8;
w_2_0_3.lo = -8;
w_2_0_3.up = 8;
w_2_0_4.lo = -8;
w_2_0_4.up = 8;
w_2_1_0.lo = -8;
w_2_1_0.up = 8;
w_2_1_1.lo = -8;
w_2_1_1.up = 8;
w_2_1_2.lo = -8;
w_2_1_2.up = 8;
w_2_1_3.lo = -8;
w_2_1_3.up = 8;
w_2_1_4.lo = -8;
w_2_1_4.up = 8;
b_1_0.lo = -8;
b_1_0.up = 8;
b_1_1.lo = -8;
b_1_1.up = 8;
b_1_2.lo = -8;
b_1_2.up = 8;
b_1_3.lo = -8;
b_1_3.up = 8;
b_1_4.lo = -8;
b_1_4.up = 8;
b_2_0.lo = -8;
b_2_0.up = 8;
b_2_1.lo = -8;
b_2_1.up = 8;
pre_1_0_0.lo = -16;
pre_1_0_0.up = 16;
pre_1_0_1.lo = -16;
pre_1_0_1.up = 16;
pre_1_0_2.lo = -16;
pre_1_0_2.up = 16;
pre_1_0_3.lo = -16;
pre_1_0_3.up = 16;
pre_1_0_4.lo = -16;
pre_1_0_4.up = 16;
pre_1_1_0.lo = -14;
pre_1_1_0.up = 14;
pre_1_1_1.lo = -14;
pre_1_1_1.up = 14;
pre_1_1_2.lo = -14;
pre_1_1_2.up = 14;
pre_1_1_3.lo = -14;
pre_1_1_3.up = 14;
pre_1_1_4.lo = -14;
pre_1_1_4.up = 14;
pre_1_2_0.lo = -12;
pre_1_2_0.up = 12;
pre_1_2_1.lo = -12;
pre_1_2_1.up = 12;
pre_1_2_2.lo = -12;
pre_1_2_2.up = 12;
pre_1_2_3.lo = -12;
pre_1_2_3.up = 12;
pre_1_2_4.lo = -12;
pre_1_2_4.up = 12;
pre_1_3_0.lo = -9;
pre_1_3_0.up = 9;
pre_1_3_1.lo = -9;
pre_1_3_1.up = 9;
pre_1_3_2.lo = -9;
pre_1_3_2.up = 9;
pre_1_3_3.lo = -9;
pre_1_3_3.up = 9;
pre_1_3_4.lo = -9;
pre_1_3_4.up = 9;
pre_1_4_0.lo = -10;
pre_1_4_0.up = 10;
pre_1_4_1.lo = -10;
pre_1_4_1.up = 10;
pre_1_4_2.lo = -10;
pre_1_4_2.up = 10;
pre_1_4_3.lo = -10;
pre_1_4_3.up = 10;
pre_1_4_4.lo = -10;
pre_1_4_4.up = 10;
pre_1_5_0.lo = -11;
pre_1_5_0.up = 11;
pre_1_5_1.lo = -11;
pre_1_5_1.up = 11;
pre_1_5_2.lo = -11;
pre_1_5_2.up = 11;
pre_1_5_3.lo = -11;
pre_1_5_3.up = 11;
pre_1_5_4.lo = -11;
pre_1_5_4.up = 11;
pre_1_6_0.lo = -12;
pre_1_6_0.up = 12;
pre_1_6_1.lo = -12;
pre_1_6_1.up = 12;
pre_1_6_2.lo = -12;
pre_1_6_2.up = 12;
pre_1_6_3.lo = -12;
pre_1_6_3.up = 12;
pre_1_6_4.lo = -12;
pre_1_6_4.up = 12;
pre_1_7_0.lo = -24;
pre_1_7_0.up = 24;
pre_1_7_1.lo = -24;
pre_1_7_1.up = 24;
pre_1_7_2.lo = -24;
pre_1_7_2.up = 24;
pre_1_7_3.lo = -24;
pre_1_7_3.up = 24;
pre_1_7_4.lo = -24;
pre_1_7_4.up = 24;
pre_1_8_0.lo = -44.57142857142857;
pre_1_8_0.up = 44.57142857142857;
pre_1_8_1.lo = -44.57142857142857;
pre_1_8_1.up = 44.57142857142857;
pre_1_8_2.lo = -44.57142857142857;
pre_1_8_2.up = 44.57142857142857;
pre_1_8_3.lo = -44.57142857142857;
pre_1_8_3.up = 44.57142857142857;
pre_1_8_4.lo = -44.57142857142857;
pre_1_8_4.up = 44.57142857142857;
pre_1_9_0.lo = -52;
pre_1_9_0.up = 52;
pre_1_9_1.lo = -52;
pre_1_9_1.up = 52;
pre_1_9_2.lo = -52;
pre_1_9_2.up = 52;
pre_1_9_3.lo = -52;
pre_1_9_3.up = 52;
pre_1_9_4.lo = -52;
pre_1_9_4.up = 52;
pre_1_10_0.lo = -53;
pre_1_10_0.up = 53;
pre_1_10_1.lo = -53;
pre_1_10_1.up = 53;
pre_1_10_2.lo = -53;
pre_1_10_2.up = 53;
pre_1_10_3.lo = -53;
pre_1_10_3.up = 53;
pre_1_10_4.lo = -53;
pre_1_10_4.up = 53;
pre_1_11_0.lo = -54;
pre_1_11_0.up = 54;
pre_1_11_1.lo = -54;
pre_1_11_1.up = 54;
pre_1_11_2.lo = -54;
pre_1_11_2.up = 54;
pre_1_11_3.lo = -54;
pre_1_11_3.up = 54;
pre_1_11_4.lo = -54;
pre_1_11_4.up = 54;
pre_1_12_0.lo = -60;
pre_1_12_0.up = 60;
pre_1_12_1.lo = -60;
pre_1_12_1.up = 60;
pre_1_12_2.lo = -60;
pre_1_12_2.up = 60;
pre_1_12_3.lo = -60;
pre_1_12_3.up = 60;
pre_1_12_4.lo = -60;
pre_1_12_4.up = 60;
pre_1_13_0.lo = -62;
pre_1_13_0.up = 62;
pre_1_13_1.lo = -62;
pre_1_13_1.up = 62;
pre_1_13_2.lo = -62;
pre_1_13_2.up = 62;
pre_1_13_3.lo = -62;
pre_1_13_3.up = 62;
pre_1_13_4.lo = -62;
pre_1_13_4.up = 62;
pre_1_14_0.lo = -64;
pre_1_14_0.up = 64;
pre_1_14_1.lo = -64;
pre_1_14_1.up = 64;
pre_1_14_2.lo = -64;
pre_1_14_2.up = 64;
pre_1_14_3.lo = -64;
pre_1_14_3.up = 64;
pre_1_14_4.lo = -64;
pre_1_14_4.up = 64;
post_1_0_0.lo = 0;
post_1_0_0.up = 16;
post_1_0_1.lo = 0;
post_1_0_1.up = 16;
post_1_0_2.lo = 0;
post_1_0_2.up = 16;
post_1_0_3.lo = 0;
post_1_0_3.up = 16;
post_1_0_4.lo = 0;
post_1_0_4.up = 16;
post_1_1_0.lo = 0;
post_1_1_0.up = 14;
post_1_1_1.lo = 0;
post_1_1_1.up = 14;
post_1_1_2.lo = 0;
post_1_1_2.up = 14;
post_1_1_3.lo = 0;
post_1_1_3.up = 14;
post_1_1_4.lo = 0;
post_1_1_4.up = 14;
post_1_2_0.lo = 0;
post_1_2_0.up = 12;
post_1_2_1.lo = 0;
post_1_2_1.up = 12;
post_1_2_2.lo = 0;
post_1_2_2.up = 12;
post_1_2_3.lo = 0;
post_1_2_3.up = 12;
post_1_2_4.lo = 0;
post_1_2_4.up = 12;
post_1_3_0.lo = 0;
post_1_3_0.up = 9;
post_1_3_1.lo = 0;
post_1_3_1.up = 9;
post_1_3_2.lo = 0;
post_1_3_2.up = 9;
post_1_3_3.lo = 0;
post_1_3_3.up = 9;
post_1_3_4.lo = 0;
post_1_3_4.up = 9;
post_1_4_0.lo = 0;
post_1_4_0.up = 10;
post_1_4_1.lo = 0;
post_1_4_1.up = 10;
post_1_4_2.lo = 0;
post_1_4_2.up = 10;
post_1_4_3.lo = 0;
post_1_4_3.up = 10;
post_1_4_4.lo = 0;
post_1_4_4.up = 10;
post_1_5_0.lo = 0;
post_1_5_0.up = 11;
post_1_5_1.lo = 0;
post_1_5_1.up = 11;
post_1_5_2.lo = 0;
post_1_5_2.up = 11;
post_1_5_3.lo = 0;
post_1_5_3.up = 11;
post_1_5_4.lo = 0;
post_1_5_4.up = 11;
post_1_6_0.lo = 0;
post_1_6_0.up = 12;
post_1_6_1.lo = 0;
post_1_6_1.up = 12;
post_1_6_2.lo = 0;
post_1_6_2.up = 12;
post_1_6_3.lo = 0;
post_1_6_3.up = 12;
post_1_6_4.lo = 0;
post_1_6_4.up = 12;
post_1_7_0.lo = 0;
post_1_7_0.up = 24;
post_1_7_1.lo = 0;
post_1_7_1.up = 24;
post_1_7_2.lo = 0;
post_1_7_2.up = 24;
post_1_7_3.lo = 0;
post_1_7_3.up = 24;
post_1_7_4.lo = 0;
post_1_7_4.up = 24;
post_1_8_0.lo = 0;
post_1_8_0.up = 44.57142857142857;
post_1_8_1.lo = 0;
post_1_8_1.up = 44.57142857142857;
post_1_8_2.lo = 0;
post_1_8_2.up = 44.57142857142857;
post_1_8_3.lo = 0;
post_1_8_3.up = 44.57142857142857;
post_1_8_4.lo = 0;
post_1_8_4.up = 44.57142857142857;
post_1_9_0.lo = 0;
post_1_9_0.up = 52;
post_1_9_1.lo = 0;
post_1_9_1.up = 52;
post_1_9_2.lo = 0;
post_1_9_2.up = 52;
post_1_9_3.lo = 0;
post_1_9_3.up = 52;
post_1_9_4.lo = 0;
post_1_9_4.up = 52;
post_1_10_0.lo = 0;
post_1_10_0.up = 53;
post_1_10_1.lo = 0;
post_1_10_1.up = 53;
post_1_10_2.lo = 0;
post_1_10_2.up = 53;
post_1_10_3.lo = 0;
post_1_10_3.up = 53;
post_1_10_4.lo = 0;
post_1_10_4.up = 53;
post_1_11_0.lo = 0;
post_1_11_0.up = 54;
post_1_11_1.lo = 0;
post_1_11_1.up = 54;
post_1_11_2.lo = 0;
post_1_11_2.up = 54;
post_1_11_3.lo = 0;
post_1_11_3.up = 54;
post_1_11_4.lo = 0;
post_1_11_4.up = 54;
post_1_12_0.lo = 0;
post_1_12_0.up = 60;
post_1_12_1.lo = 0;
post_1_12_1.up = 60;
post_1_12_2.lo = 0;
post_1_12_2.up = 60;
post_1_12_3.lo = 0;
post_1_12_3.up = 60;
post_1_12_4.lo = 0;
post_1_12_4.up = 60;
post_1_13_0.lo = 0;
post_1_13_0.up = 62;
post_1_13_1.lo = 0;
post_1_13_1.up = 62;
post_1_13_2.lo = 0;
post_1_13_2.up = 62;
post_1_13_3.lo = 0;
post_1_13_3.up = 62;
post_1_13_4.lo = 0;
post_1_13_4.up = 62;
post_1_14_0.lo = 0;
post_1_14_0.up = 64;
post_1_14_1.lo = 0;
post_1_14_1.up = 64;
post_1_14_2.lo = 0;
post_1_14_2.up = 64;
post_1_14_3.lo = 0;
post_1_14_3.up = 64;
post_1_14_4.lo = 0;
post_1_14_4.up = 64;
out_0_0.lo = -648;
out_0_0.up = 648;
out_0_1.lo = -648;
out_0_1.up = 648;
out_1_0.lo = -568;
out_1_0.up = 568;
out_1_1.lo = -568;
out_1_1.up = 568;
out_2_0.lo = -488;
out_2_0.up = 488;
out_2_1.lo = -488;
out_2_1.up = 488;
out_3_0.lo = -368;
out_3_0.up = 368;
out_3_1.lo = -368;
out_3_1.up = 368;
out_4_0.lo = -408;
out_4_0.up = 408;
out_4_1.lo = -408;
out_4_1.up = 408;
out_5_0.lo = -448;
out_5_0.up = 448;
out_5_1.lo = -448;
out_5_1.up = 448;
out_6_0.lo = -488;
out_6_0.up = 488;
out_6_1.lo = -488;
out_6_1.up = 488;
out_7_0.lo = -968;
out_7_0.up = 968;
out_7_1.lo = -968;
out_7_1.up = 968;
out_8_0.lo = -1790.8571428571427;
out_8_0.up = 1790.8571428571427;
out_8_1.lo = -1790.8571428571427;
out_8_1.up = 1790.8571428571427;
out_9_0.lo = -2088;
out_9_0.up = 2088;
out_9_1.lo = -2088;
out_9_1.up = 2088;
out_10_0.lo = -2128;
out_10_0.up = 2128;
out_10_1.lo = -2128;
out_10_1.up = 2128;
out_11_0.lo = -2168;
out_11_0.up = 2168;
out_11_1.lo = -2168;
out_11_1.up = 2168;
out_12_0.lo = -2408;
out_12_0.up = 2408;
out_12_1.lo = -2408;
out_12_1.up = 2408;
out_13_0.lo = -2488;
out_13_0.up = 2488;
out_13_1.lo = -2488;
out_13_1.up = 2488;
out_14_0.lo = -2568;
out_14_0.up = 2568;
out_14_1.lo = -2568;
out_14_1.up = 2568;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
