* etr-variable-gadget-p1-plain-bigm  (relu-opt library: etr-variable-gadget, problem 1, plain-bigm; {"hidden": [4], "bound": 8.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_1_2_0, w_1_3_0, w_2_0_0, w_2_0_1, w_2_0_2,
  w_2_0_3, b_1_0, b_1_1, b_1_2, b_1_3, b_2_0, pre_1_0_0, pre_1_0_1,
  pre_1_0_2, pre_1_0_3, pre_1_1_0, pre_1_1_1, pre_1_1_2, pre_1_1_3, pre_1_2_0, pre_1_2_1,
  pre_1_2_2, pre_1_2_3, pre_1_3_0, pre_1_3_1, pre_1_3_2, pre_1_3_3, pre_1_4_0, pre_1_4_1,
  pre_1_4_2, pre_1_4_3, pre_1_5_0, pre_1_5_1, pre_1_5_2, pre_1_5_3, pre_1_6_0, pre_1_6_1,
  pre_1_6_2, pre_1_6_3, pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_7_3, pre_1_8_0, pre_1_8_1,
  pre_1_8_2, pre_1_8_3, pre_1_9_0, pre_1_9_1, pre_1_9_2, pre_1_9_3, pre_1_10_0, pre_1_10_1,
  pre_1_10_2, pre_1_10_3, pre_1_11_0, pre_1_11_1, pre_1_11_2, pre_1_11_3, pre_1_12_0, pre_1_12_1,
  pre_1_12_2, pre_1_12_3, pre_1_13_0, pre_1_13_1, pre_1_13_2, pre_1_13_3, pre_1_14_0, pre_1_14_1,
  pre_1_14_2, pre_1_14_3, post_1_0_0, post_1_0_1, post_1_0_2, post_1_0_3, post_1_1_0, post_1_1_1,
  post_1_1_2, post_1_1_3, post_1_2_0, post_1_2_1, post_1_2_2, post_1_2_3, post_1_3_0, post_1_3_1,
  post_1_3_2, post_1_3_3, post_1_4_0, post_1_4_1, post_1_4_2, post_1_4_3, post_1_5_0, post_1_5_1,
  post_1_5_2, post_1_5_3, post_1_6_0, post_1_6_1, post_1_6_2, post_1_6_3, post_1_7_0, post_1_7_1,
  post_1_7_2, post_1_7_3, post_1_8_0, post_1_8_1, post_1_8_2, post_1_8_3, post_1_9_0, post_1_9_1,
  post_1_9_2, post_1_9_3, post_1_10_0, post_1_10_1, post_1_10_2, post_1_10_3, post_1_11_0, post_1_11_1,
  post_1_11_2, post_1_11_3, post_1_12_0, post_1_12_1, post_1_12_2, post_1_12_3, post_1_13_0, post_1_13_1,
  post_1_13_2, post_1_13_3, post_1_14_0, post_1_14_1, post_1_14_2, post_1_14_3, out_0_0, out_1_0,
  out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0,
  out_10_0, out_11_0, out_12_0, out_13_0, out_14_0;

Binary Variables
  relu_1_0_0_on, relu_1_0_1_on, relu_1_0_2_on, relu_1_0_3_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_1_2_on, relu_1_1_3_on,
  relu_1_2_0_on, relu_1_2_1_on, relu_1_2_2_on, relu_1_2_3_on, relu_1_3_0_on, relu_1_3_1_on, relu_1_3_2_on, relu_1_3_3_on,
  relu_1_4_0_on, relu_1_4_1_on, relu_1_4_2_on, relu_1_4_3_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_5_2_on, relu_1_5_3_on,
  relu_1_6_0_on, relu_1_6_1_on, relu_1_6_2_on, relu_1_6_3_on, relu_1_7_0_on, relu_1_7_1_on, relu_1_7_2_on, relu_1_7_3_on,
  relu_1_8_0_on, relu_1_8_1_on, relu_1_8_2_on, relu_1_8_3_on, relu_1_9_0_on, relu_1_9_1_on, relu_1_9_2_on, relu_1_9_3_on,
  relu_1_10_0_on, relu_1_10_1_on, relu_1_10_2_on, relu_1_10_3_on, relu_1_11_0_on, relu_1_11_1_on, relu_1_11_2_on, relu_1_11_3_on,
  relu_1_12_0_on, relu_1_12_1_on, relu_1_12_2_on, relu_1_12_3_on, relu_1_13_0_on, relu_1_13_1_on, relu_1_13_2_on, relu_1_13_3_on,
  relu_1_14_0_on, relu_1_14_1_on, relu_1_14_2_on, relu_1_14_3_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_0_3, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2,
  pre_definition_1_1_3, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_2_3, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2,
  pre_definition_1_3_3, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2, pre_definition_1_4_3, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2,
  pre_definition_1_5_3, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_6_3, pre_definition_1_7_0, pre_definition_1_7_1, pre_definition_1_7_2,
  pre_definition_1_7_3, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_8_3, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2,
  pre_definition_1_9_3, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_10_3, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2,
  pre_definition_1_11_3, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2, pre_definition_1_12_3, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2,
  pre_definition_1_13_3, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_14_3, out_definition_0_0, out_definition_1_0, out_definition_2_0,
  out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0,
  out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre,
  relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_0_2_above_pre, relu_1_0_2_off_when_inactive, relu_1_0_2_pre_when_active, relu_1_0_3_above_pre, relu_1_0_3_off_when_inactive, relu_1_0_3_pre_when_active,
  relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_1_2_above_pre, relu_1_1_2_off_when_inactive,
  relu_1_1_2_pre_when_active, relu_1_1_3_above_pre, relu_1_1_3_off_when_inactive, relu_1_1_3_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_2_1_above_pre,
  relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_2_2_above_pre, relu_1_2_2_off_when_inactive, relu_1_2_2_pre_when_active, relu_1_2_3_above_pre, relu_1_2_3_off_when_inactive, relu_1_2_3_pre_when_active,
  relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_3_2_above_pre, relu_1_3_2_off_when_inactive,
  relu_1_3_2_pre_when_active, relu_1_3_3_above_pre, relu_1_3_3_off_when_inactive, relu_1_3_3_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre,
  relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_4_2_above_pre, relu_1_4_2_off_when_inactive, relu_1_4_2_pre_when_active, relu_1_4_3_above_pre, relu_1_4_3_off_when_inactive, relu_1_4_3_pre_when_active,
  relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_5_2_above_pre, relu_1_5_2_off_when_inactive,
  relu_1_5_2_pre_when_active, relu_1_5_3_above_pre, relu_1_5_3_off_when_inactive, relu_1_5_3_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active, relu_1_6_1_above_pre,
  relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_6_2_above_pre, relu_1_6_2_off_when_inactive, relu_1_6_2_pre_when_active, relu_1_6_3_above_pre, relu_1_6_3_off_when_inactive, relu_1_6_3_pre_when_active,
  relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive, relu_1_7_1_pre_when_active, relu_1_7_2_above_pre, relu_1_7_2_off_when_inactive,
  relu_1_7_2_pre_when_active, relu_1_7_3_above_pre, relu_1_7_3_off_when_inactive, relu_1_7_3_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active, relu_1_8_1_above_pre,
  relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active, relu_1_8_2_above_pre, relu_1_8_2_off_when_inactive, relu_1_8_2_pre_when_active, relu_1_8_3_above_pre, relu_1_8_3_off_when_inactive, relu_1_8_3_pre_when_active,
  relu_1_9_0_above_pre, relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active, relu_1_9_1_above_pre, relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active, relu_1_9_2_above_pre, relu_1_9_2_off_when_inactive,
  relu_1_9_2_pre_when_active, relu_1_9_3_above_pre, relu_1_9_3_off_when_inactive, relu_1_9_3_pre_when_active, relu_1_10_0_above_pre, relu_1_10_0_off_when_inactive, relu_1_10_0_pre_when_active, relu_1_10_1_above_pre,
  relu_1_10_1_off_when_inactive, relu_1_10_1_pre_when_active, relu_1_10_2_above_pre, relu_1_10_2_off_when_inactive, relu_1_10_2_pre_when_active, relu_1_10_3_above_pre, relu_1_10_3_off_when_inactive, relu_1_10_3_pre_when_active,
  relu_1_11_0_above_pre, relu_1_11_0_off_when_inactive, relu_1_11_0_pre_when_active, relu_1_11_1_above_pre, relu_1_11_1_off_when_inactive, relu_1_11_1_pre_when_active, relu_1_11_2_above_pre, relu_1_11_2_off_when_inactive,
  relu_1_11_2_pre_when_active, relu_1_11_3_above_pre, relu_1_11_3_off_when_inactive, relu_1_11_3_pre_when_active, relu_1_12_0_above_pre, relu_1_12_0_off_when_inactive, relu_1_12_0_pre_when_active, relu_1_12_1_above_pre,
  relu_1_12_1_off_when_inactive, relu_1_12_1_pre_when_active, relu_1_12_2_above_pre, relu_1_12_2_off_when_inactive, relu_1_12_2_pre_when_active, relu_1_12_3_above_pre, relu_1_12_3_off_when_inactive, relu_1_12_3_pre_when_active,
  relu_1_13_0_above_pre, relu_1_13_0_off_when_inactive, relu_1_13_0_pre_when_active, relu_1_13_1_above_pre, relu_1_13_1_off_when_inactive, relu_1_13_1_pre_when_active, relu_1_13_2_above_pre, relu_1_13_2_off_when_inactive,
  relu_1_13_2_pre_when_active, relu_1_13_3_above_pre, relu_1_13_3_off_when_inactive, relu_1_13_3_pre_when_active, relu_1_14_0_above_pre, relu_1_14_0_off_when_inactive, relu_1_14_0_pre_when_active, relu_1_14_1_above_pre,
  relu_1_14_1_off_when_inactive, relu_1_14_1_pre_when_active, relu_1_14_2_above_pre, relu_1_14_2_off_when_inactive, relu_1_14_2_pre_when_active, relu_1_14_3_above_pre, relu_1_14_3_off_when_inactive, relu_1_14_3_pre_when_active;

e_obj.. - objvar - 0.25*out_3_0 - 0.5*out_4_0 - 0.75*out_5_0 - 1*out_6_0 - 2*out_7_0 - 1*out_8_0 - 0.75*out_9_0
    - 0.5*out_10_0 - 0.25*out_11_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0)
    + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0)
    + 1*sqr(out_14_0) + 1.9375 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 1*w_1_2_0 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_0_3.. + 1*w_1_3_0 - 1*b_1_3 + 1*pre_1_0_3 =e= 0;
pre_definition_1_1_0.. + 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_1_3.. + 0.75*w_1_3_0 - 1*b_1_3 + 1*pre_1_1_3 =e= 0;
pre_definition_1_2_0.. + 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. + 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_2_3.. + 0.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_2_3 =e= 0;
pre_definition_1_3_0.. - 0.125*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.125*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. - 0.125*w_1_2_0 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_3_3.. - 0.125*w_1_3_0 - 1*b_1_3 + 1*pre_1_3_3 =e= 0;
pre_definition_1_4_0.. - 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. - 0.25*w_1_2_0 - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_4_3.. - 0.25*w_1_3_0 - 1*b_1_3 + 1*pre_1_4_3 =e= 0;
pre_definition_1_5_0.. - 0.375*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.375*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.375*w_1_2_0 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_5_3.. - 0.375*w_1_3_0 - 1*b_1_3 + 1*pre_1_5_3 =e= 0;
pre_definition_1_6_0.. - 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. - 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_6_3.. - 0.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_6_3 =e= 0;
pre_definition_1_7_0.. - 2*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 2*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 2*w_1_2_0 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_7_3.. - 2*w_1_3_0 - 1*b_1_3 + 1*pre_1_7_3 =e= 0;
pre_definition_1_8_0.. - 3.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 3.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 3.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_8_3.. - 3.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_8_3 =e= 0;
pre_definition_1_9_0.. - 3.625*w_1_0_0 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 3.625*w_1_1_0 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. - 3.625*w_1_2_0 - 1*b_1_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_9_3.. - 3.625*w_1_3_0 - 1*b_1_3 + 1*pre_1_9_3 =e= 0;
pre_definition_1_10_0.. - 3.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 3.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 3.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_10_3.. - 3.75*w_1_3_0 - 1*b_1_3 + 1*pre_1_10_3 =e= 0;
pre_definition_1_11_0.. - 3.875*w_1_0_0 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 3.875*w_1_1_0 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. - 3.875*w_1_2_0 - 1*b_1_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_11_3.. - 3.875*w_1_3_0 - 1*b_1_3 + 1*pre_1_11_3 =e= 0;
pre_definition_1_12_0.. - 4.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 4.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 4.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_12_3.. - 4.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_12_3 =e= 0;
pre_definition_1_13_0.. - 4.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 4.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. - 4.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_13_3.. - 4.75*w_1_3_0 - 1*b_1_3 + 1*pre_1_13_3 =e= 0;
pre_definition_1_14_0.. - 5*w_1_0_0 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 5*w_1_1_0 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. - 5*w_1_2_0 - 1*b_1_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_14_3.. - 5*w_1_3_0 - 1*b_1_3 + 1*pre_1_14_3 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 - 1*w_2_0_2*post_1_0_2 - 1*w_2_0_3*post_1_0_3 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 - 1*w_2_0_2*post_1_1_2 - 1*w_2_0_3*post_1_1_3 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 - 1*w_2_0_2*post_1_2_2 - 1*w_2_0_3*post_1_2_3 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 - 1*w_2_0_2*post_1_3_2 - 1*w_2_0_3*post_1_3_3 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 - 1*w_2_0_2*post_1_4_2 - 1*w_2_0_3*post_1_4_3 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 - 1*w_2_0_2*post_1_5_2 - 1*w_2_0_3*post_1_5_3 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 - 1*w_2_0_2*post_1_6_2 - 1*w_2_0_3*post_1_6_3 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 - 1*w_2_0_2*post_1_7_2 - 1*w_2_0_3*post_1_7_3 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 - 1*w_2_0_2*post_1_8_2 - 1*w_2_0_3*post_1_8_3 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 - 1*w_2_0_2*post_1_9_2 - 1*w_2_0_3*post_1_9_3 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 - 1*w_2_0_2*post_1_10_2 - 1*w_2_0_3*post_1_10_3 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 - 1*w_2_0_2*post_1_11_2 - 1*w_2_0_3*post_1_11_3 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 - 1*w_2_0_2*post_1_12_2 - 1*w_2_0_3*post_1_12_3 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 - 1*w_2_0_2*post_1_13_2 - 1*w_2_0_3*post_1_13_3 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 - 1*w_2_0_2*post_1_14_2 - 1*w_2_0_3*post_1_14_3 =e= 0;
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
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 36*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 36*relu_1_8_0_on =l= 36;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 36*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 36*relu_1_8_1_on =l= 36;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2_off_when_inactive.. + 1*post_1_8_2 - 36*relu_1_8_2_on =l= 0;
relu_1_8_2_pre_when_active.. - 1*pre_1_8_2 + 1*post_1_8_2 + 36*relu_1_8_2_on =l= 36;
relu_1_8_3_above_pre.. + 1*pre_1_8_3 - 1*post_1_8_3 =l= 0;
relu_1_8_3_off_when_inactive.. + 1*post_1_8_3 - 36*relu_1_8_3_on =l= 0;
relu_1_8_3_pre_when_active.. - 1*pre_1_8_3 + 1*post_1_8_3 + 36*relu_1_8_3_on =l= 36;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 37*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 37*relu_1_9_0_on =l= 37;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 37*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 37*relu_1_9_1_on =l= 37;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2_off_when_inactive.. + 1*post_1_9_2 - 37*relu_1_9_2_on =l= 0;
relu_1_9_2_pre_when_active.. - 1*pre_1_9_2 + 1*post_1_9_2 + 37*relu_1_9_2_on =l= 37;
relu_1_9_3_above_pre.. + 1*pre_1_9_3 - 1*post_1_9_3 =l= 0;
relu_1_9_3_off_when_inactive.. + 1*post_1_9_3 - 37*relu_1_9_3_on =l= 0;
relu_1_9_3_pre_when_active.. - 1*pre_1_9_3 + 1*post_1_9_3 + 37*relu_1_9_3_on =l= 37;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 38*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 38*relu_1_10_0_on =l= 38;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 38*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 38*relu_1_10_1_on =l= 38;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2_off_when_inactive.. + 1*post_1_10_2 - 38*relu_1_10_2_on =l= 0;
relu_1_10_2_pre_when_active.. - 1*pre_1_10_2 + 1*post_1_10_2 + 38*relu_1_10_2_on =l= 38;
relu_1_10_3_above_pre.. + 1*pre_1_10_3 - 1*post_1_10_3 =l= 0;
relu_1_10_3_off_when_inactive.. + 1*post_1_10_3 - 38*relu_1_10_3_on =l= 0;
relu_1_10_3_pre_when_active.. - 1*pre_1_10_3 + 1*post_1_10_3 + 38*relu_1_10_3_on =l= 38;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 39*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 39*relu_1_11_0_on =l= 39;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 39*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 39*relu_1_11_1_on =l= 39;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2_off_when_inactive.. + 1*post_1_11_2 - 39*relu_1_11_2_on =l= 0;
relu_1_11_2_pre_when_active.. - 1*pre_1_11_2 + 1*post_1_11_2 + 39*relu_1_11_2_on =l= 39;
relu_1_11_3_above_pre.. + 1*pre_1_11_3 - 1*post_1_11_3 =l= 0;
relu_1_11_3_off_when_inactive.. + 1*post_1_11_3 - 39*relu_1_11_3_on =l= 0;
relu_1_11_3_pre_when_active.. - 1*pre_1_11_3 + 1*post_1_11_3 + 39*relu_1_11_3_on =l= 39;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 44*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 44*relu_1_12_0_on =l= 44;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 44*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 44*relu_1_12_1_on =l= 44;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2_off_when_inactive.. + 1*post_1_12_2 - 44*relu_1_12_2_on =l= 0;
relu_1_12_2_pre_when_active.. - 1*pre_1_12_2 + 1*post_1_12_2 + 44*relu_1_12_2_on =l= 44;
relu_1_12_3_above_pre.. + 1*pre_1_12_3 - 1*post_1_12_3 =l= 0;
relu_1_12_3_off_when_inactive.. + 1*post_1_12_3 - 44*relu_1_12_3_on =l= 0;
relu_1_12_3_pre_when_active.. - 1*pre_1_12_3 + 1*post_1_12_3 + 44*relu_1_12_3_on =l= 44;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 46*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 46*relu_1_13_0_on =l= 46;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 46*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 46*relu_1_13_1_on =l= 46;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2_off_when_inactive.. + 1*post_1_13_2 - 46*relu_1_13_2_on =l= 0;
relu_1_13_2_pre_when_active.. - 1*pre_1_13_2 + 1*post_1_13_2 + 46*relu_1_13_2_on =l= 46;
relu_1_13_3_above_pre.. + 1*pre_1_13_3 - 1*post_1_13_3 =l= 0;
relu_1_13_3_off_when_inactive.. + 1*post_1_13_3 - 46*relu_1_13_3_on =l= 0;
relu_1_13_3_pre_when_active.. - 1*pre_1_13_3 + 1*post_1_13_3 + 46*relu_1_13_3_on =l= 46;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 48*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 48*relu_1_14_0_on =l= 48;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 48*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 48*relu_1_14_1_on =l= 48;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2_off_when_inactive.. + 1*post_1_14_2 - 48*relu_1_14_2_on =l= 0;
relu_1_14_2_pre_when_active.. - 1*pre_1_14_2 + 1*post_1_14_2 + 48*relu_1_14_2_on =l= 48;
relu_1_14_3_above_pre.. + 1*pre_1_14_3 - 1*post_1_14_3 =l= 0;
relu_1_14_3_off_when_inactive.. + 1*post_1_14_3 - 48*relu_1_14_3_on =l= 0;
relu_1_14_3_pre_when_active.. - 1*pre_1_14_3 + 1*post_1_14_3 + 48*relu_1_14_3_on =l= 48;

w_1_0_0.lo = -8;
w_1_0_0.up = 8;
w_1_1_0.lo = -8;
w_1_1_0.up = 8;
w_1_2_0.lo = -8;
w_1_2_0.up = 8;
w_1_3_0.lo = -8;
w_1_3_0.up = 8;
w_2_0_0.lo = -8;
w_2_0_0.up = 8;
w_2_0_1.lo = -8;
w_2_0_1.up = 8;
w_2_0_2.lo = -8;
w_2_0_2.up = 8;
w_2_0_3.lo = -8;
w_2_0_3.up = 8;
b_1_0.lo = -8;
b_1_0.up = 8;
b_1_1.lo = -8;
b_1_1.up = 8;
b_1_2.lo = -8;
b_1_2.up = 8;
b_1_3.lo = -8;
b_1_3.up = 8;
b_2_0.lo = -8;
b_2_0.up = 8;
pre_1_0_0.lo = -16;
pre_1_0_0.up = 16;
pre_1_0_1.lo = -16;
pre_1_0_1.up = 16;
pre_1_0_2.lo = -16;
pre_1_0_2.up = 16;
pre_1_0_3.lo = -16;
pre_1_0_3.up = 16;
pre_1_1_0.lo = -14;
pre_1_1_0.up = 14;
pre_1_1_1.lo = -14;
pre_1_1_1.up = 14;
pre_1_1_2.lo = -14;
pre_1_1_2.up = 14;
pre_1_1_3.lo = -14;
pre_1_1_3.up = 14;
pre_1_2_0.lo = -12;
pre_1_2_0.up = 12;
pre_1_2_1.lo = -12;
pre_1_2_1.up = 12;
pre_1_2_2.lo = -12;
pre_1_2_2.up = 12;
pre_1_2_3.lo = -12;
pre_1_2_3.up = 12;
pre_1_3_0.lo = -9;
pre_1_3_0.up = 9;
pre_1_3_1.lo = -9;
pre_1_3_1.up = 9;
pre_1_3_2.lo = -9;
pre_1_3_2.up = 9;
pre_1_3_3.lo = -9;
pre_1_3_3.up = 9;
pre_1_4_0.lo = -10;
pre_1_4_0.up = 10;
pre_1_4_1.lo = -10;
pre_1_4_1.up = 10;
pre_1_4_2.lo = -10;
pre_1_4_2.up = 10;
pre_1_4_3.lo = -10;
pre_1_4_3.up = 10;
pre_1_5_0.lo = -11;
pre_1_5_0.up = 11;
pre_1_5_1.lo = -11;
pre_1_5_1.up = 11;
pre_1_5_2.lo = -11;
pre_1_5_2.up = 11;
pre_1_5_3.lo = -11;
pre_1_5_3.up = 11;
pre_1_6_0.lo = -12;
pre_1_6_0.up = 12;
pre_1_6_1.lo = -12;
pre_1_6_1.up = 12;
pre_1_6_2.lo = -12;
pre_1_6_2.up = 12;
pre_1_6_3.lo = -12;
pre_1_6_3.up = 12;
pre_1_7_0.lo = -24;
pre_1_7_0.up = 24;
pre_1_7_1.lo = -24;
pre_1_7_1.up = 24;
pre_1_7_2.lo = -24;
pre_1_7_2.up = 24;
pre_1_7_3.lo = -24;
pre_1_7_3.up = 24;
pre_1_8_0.lo = -36;
pre_1_8_0.up = 36;
pre_1_8_1.lo = -36;
pre_1_8_1.up = 36;
pre_1_8_2.lo = -36;
pre_1_8_2.up = 36;
pre_1_8_3.lo = -36;
pre_1_8_3.up = 36;
pre_1_9_0.lo = -37;
pre_1_9_0.up = 37;
pre_1_9_1.lo = -37;
pre_1_9_1.up = 37;
pre_1_9_2.lo = -37;
pre_1_9_2.up = 37;
pre_1_9_3.lo = -37;
pre_1_9_3.up = 37;
pre_1_10_0.lo = -38;
pre_1_10_0.up = 38;
pre_1_10_1.lo = -38;
pre_1_10_1.up = 38;
pre_1_10_2.lo = -38;
pre_1_10_2.up = 38;
pre_1_10_3.lo = -38;
pre_1_10_3.up = 38;
pre_1_11_0.lo = -39;
pre_1_11_0.up = 39;
pre_1_11_1.lo = -39;
pre_1_11_1.up = 39;
pre_1_11_2.lo = -39;
pre_1_11_2.up = 39;
pre_1_11_3.lo = -39;
pre_1_11_3.up = 39;
pre_1_12_0.lo = -44;
pre_1_12_0.up = 44;
pre_1_12_1.lo = -44;
pre_1_12_1.up = 44;
pre_1_12_2.lo = -44;
pre_1_12_2.up = 44;
pre_1_12_3.lo = -44;
pre_1_12_3.up = 44;
pre_1_13_0.lo = -46;
pre_1_13_0.up = 46;
pre_1_13_1.lo = -46;
pre_1_13_1.up = 46;
pre_1_13_2.lo = -46;
pre_1_13_2.up = 46;
pre_1_13_3.lo = -46;
pre_1_13_3.up = 46;
pre_1_14_0.lo = -48;
pre_1_14_0.up = 48;
pre_1_14_1.lo = -48;
pre_1_14_1.up = 48;
pre_1_14_2.lo = -48;
pre_1_14_2.up = 48;
pre_1_14_3.lo = -48;
pre_1_14_3.up = 48;
post_1_0_0.lo = 0;
post_1_0_0.up = 16;
post_1_0_1.lo = 0;
post_1_0_1.up = 16;
post_1_0_2.lo = 0;
post_1_0_2.up = 16;
post_1_0_3.lo = 0;
post_1_0_3.up = 16;
post_1_1_0.lo = 0;
post_1_1_0.up = 14;
post_1_1_1.lo = 0;
post_1_1_1.up = 14;
post_1_1_2.lo = 0;
post_1_1_2.up = 14;
post_1_1_3.lo = 0;
post_1_1_3.up = 14;
post_1_2_0.lo = 0;
post_1_2_0.up = 12;
post_1_2_1.lo = 0;
post_1_2_1.up = 12;
post_1_2_2.lo = 0;
post_1_2_2.up = 12;
post_1_2_3.lo = 0;
post_1_2_3.up = 12;
post_1_3_0.lo = 0;
post_1_3_0.up = 9;
post_1_3_1.lo = 0;
post_1_3_1.up = 9;
post_1_3_2.lo = 0;
post_1_3_2.up = 9;
post_1_3_3.lo = 0;
post_1_3_3.up = 9;
post_1_4_0.lo = 0;
post_1_4_0.up = 10;
post_1_4_1.lo = 0;
post_1_4_1.up = 10;
post_1_4_2.lo = 0;
post_1_4_2.up = 10;
post_1_4_3.lo = 0;
post_1_4_3.up = 10;
post_1_5_0.lo = 0;
post_1_5_0.up = 11;
post_1_5_1.lo = 0;
post_1_5_1.up = 11;
post_1_5_2.lo = 0;
post_1_5_2.up = 11;
post_1_5_3.lo = 0;
post_1_5_3.up = 11;
post_1_6_0.lo = 0;
post_1_6_0.up = 12;
post_1_6_1.lo = 0;
post_1_6_1.up = 12;
post_1_6_2.lo = 0;
post_1_6_2.up = 12;
post_1_6_3.lo = 0;
post_1_6_3.up = 12;
post_1_7_0.lo = 0;
post_1_7_0.up = 24;
post_1_7_1.lo = 0;
post_1_7_1.up = 24;
post_1_7_2.lo = 0;
post_1_7_2.up = 24;
post_1_7_3.lo = 0;
post_1_7_3.up = 24;
post_1_8_0.lo = 0;
post_1_8_0.up = 36;
post_1_8_1.lo = 0;
post_1_8_1.up = 36;
post_1_8_2.lo = 0;
post_1_8_2.up = 36;
post_1_8_3.lo = 0;
post_1_8_3.up = 36;
post_1_9_0.lo = 0;
post_1_9_0.up = 37;
post_1_9_1.lo = 0;
post_1_9_1.up = 37;
post_1_9_2.lo = 0;
post_1_9_2.up = 37;
post_1_9_3.lo = 0;
post_1_9_3.up = 37;
post_1_10_0.lo = 0;
post_1_10_0.up = 38;
post_1_10_1.lo = 0;
post_1_10_1.up = 38;
post_1_10_2.lo = 0;
post_1_10_2.up = 38;
post_1_10_3.lo = 0;
post_1_10_3.up = 38;
post_1_11_0.lo = 0;
post_1_11_0.up = 39;
post_1_11_1.lo = 0;
post_1_11_1.up = 39;
post_1_11_2.lo = 0;
post_1_11_2.up = 39;
post_1_11_3.lo = 0;
post_1_11_3.up = 39;
post_1_12_0.lo = 0;
post_1_12_0.up = 44;
post_1_12_1.lo = 0;
post_1_12_1.up = 44;
post_1_12_2.lo = 0;
post_1_12_2.up = 44;
post_1_12_3.lo = 0;
post_1_12_3.up = 44;
post_1_13_0.lo = 0;
post_1_13_0.up = 46;
post_1_13_1.lo = 0;
post_1_13_1.up = 46;
post_1_13_2.lo = 0;
post_1_13_2.up = 46;
post_1_13_3.lo = 0;
post_1_13_3.up = 46;
post_1_14_0.lo = 0;
post_1_14_0.up = 48;
post_1_14_1.lo = 0;
post_1_14_1.up = 48;
post_1_14_2.lo = 0;
post_1_14_2.up = 48;
post_1_14_3.lo = 0;
post_1_14_3.up = 48;
out_0_0.lo = -520;
out_0_0.up = 520;
out_1_0.lo = -456;
out_1_0.up = 456;
out_2_0.lo = -392;
out_2_0.up = 392;
out_3_0.lo = -296;
out_3_0.up = 296;
out_4_0.lo = -328;
out_4_0.up = 328;
out_5_0.lo = -360;
out_5_0.up = 360;
out_6_0.lo = -392;
out_6_0.up = 392;
out_7_0.lo = -776;
out_7_0.up = 776;
out_8_0.lo = -1160;
out_8_0.up = 1160;
out_9_0.lo = -1192;
out_9_0.up = 1192;
out_10_0.lo = -1224;
out_10_0.up = 1224;
out_11_0.lo = -1256;
out_11_0.up = 1256;
out_12_0.lo = -1416;
out_12_0.up = 1416;
out_13_0.lo = -1480;
out_13_0.up = 1480;
out_14_0.lo = -1544;
out_14_0.up = 1544;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
