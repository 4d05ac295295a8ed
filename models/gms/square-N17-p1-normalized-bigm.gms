* square-N17-p1-normalized-bigm  (relu-opt library: square-N17, problem 1, normalized-bigm; {"hidden": [2], "bound": 4.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_1_0, u_1_1, pre_1_0_0, pre_1_0_1, pre_1_1_0,
  pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0,
  pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1, pre_1_8_0, pre_1_8_1, pre_1_9_0,
  pre_1_9_1, pre_1_10_0, pre_1_10_1, pre_1_11_0, pre_1_11_1, pre_1_12_0, pre_1_12_1, pre_1_13_0,
  pre_1_13_1, pre_1_14_0, pre_1_14_1, pre_1_15_0, pre_1_15_1, pre_1_16_0, pre_1_16_1, post_1_0_0,
  post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0,
  post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1, post_1_8_0,
  post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1, post_1_11_0, post_1_11_1, post_1_12_0,
  post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1, post_1_15_0, post_1_15_1, post_1_16_0,
  post_1_16_1, b_2_0, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0,
  out_14_0, out_15_0, out_16_0, post_positive_0_0, post_positive_0_1, post_positive_1_0, post_positive_1_1, post_positive_2_0,
  post_positive_2_1, post_positive_3_0, post_positive_3_1, post_positive_4_0, post_positive_4_1, post_positive_5_0, post_positive_5_1, post_positive_6_0,
  post_positive_6_1, post_positive_7_0, post_positive_7_1, post_positive_8_0, post_positive_8_1, post_positive_9_0, post_positive_9_1, post_positive_10_0,
  post_positive_10_1, post_positive_11_0, post_positive_11_1, post_positive_12_0, post_positive_12_1, post_positive_13_0, post_positive_13_1, post_positive_14_0,
  post_positive_14_1, post_positive_15_0, post_positive_15_1, post_positive_16_0, post_positive_16_1, post_negative_0_0, post_negative_0_1, post_negative_1_0,
  post_negative_1_1, post_negative_2_0, post_negative_2_1, post_negative_3_0, post_negative_3_1, post_negative_4_0, post_negative_4_1, post_negative_5_0,
  post_negative_5_1, post_negative_6_0, post_negative_6_1, post_negative_7_0, post_negative_7_1, post_negative_8_0, post_negative_8_1, post_negative_9_0,
  post_negative_9_1, post_negative_10_0, post_negative_10_1, post_negative_11_0, post_negative_11_1, post_negative_12_0, post_negative_12_1, post_negative_13_0,
  post_negative_13_1, post_negative_14_0, post_negative_14_1, post_negative_15_0, post_negative_15_1, post_negative_16_0, post_negative_16_1;

Binary Variables
  sign_0, sign_1, relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on,
  relu_1_3_0_on, relu_1_3_1_on, relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on,
  relu_1_7_0_on, relu_1_7_1_on, relu_1_8_0_on, relu_1_8_1_on, relu_1_9_0_on, relu_1_9_1_on, relu_1_10_0_on, relu_1_10_1_on,
  relu_1_11_0_on, relu_1_11_1_on, relu_1_12_0_on, relu_1_12_1_on, relu_1_13_0_on, relu_1_13_1_on, relu_1_14_0_on, relu_1_14_1_on,
  relu_1_15_0_on, relu_1_15_1_on, relu_1_16_0_on, relu_1_16_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, pre_definition_1_16_0, pre_definition_1_16_1, post_split_0_0, post_split_0_1, post_split_1_0, post_split_1_1, post_split_2_0,
  post_split_2_1, post_split_3_0, post_split_3_1, post_split_4_0, post_split_4_1, post_split_5_0, post_split_5_1, post_split_6_0,
  post_split_6_1, post_split_7_0, post_split_7_1, post_split_8_0, post_split_8_1, post_split_9_0, post_split_9_1, post_split_10_0,
  post_split_10_1, post_split_11_0, post_split_11_1, post_split_12_0, post_split_12_1, post_split_13_0, post_split_13_1, post_split_14_0,
  post_split_14_1, post_split_15_0, post_split_15_1, post_split_16_0, post_split_16_1, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_1_0,
  positive_if_sign_1_1, positive_if_sign_2_0, positive_if_sign_2_1, positive_if_sign_3_0, positive_if_sign_3_1, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_5_0,
  positive_if_sign_5_1, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_7_0, positive_if_sign_7_1, positive_if_sign_8_0, positive_if_sign_8_1, positive_if_sign_9_0,
  positive_if_sign_9_1, positive_if_sign_10_0, positive_if_sign_10_1, positive_if_sign_11_0, positive_if_sign_11_1, positive_if_sign_12_0, positive_if_sign_12_1, positive_if_sign_13_0,
  positive_if_sign_13_1, positive_if_sign_14_0, positive_if_sign_14_1, positive_if_sign_15_0, positive_if_sign_15_1, positive_if_sign_16_0, positive_if_sign_16_1, negative_unless_sign_0_0,
  negative_unless_sign_0_1, negative_unless_sign_1_0, negative_unless_sign_1_1, negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_3_0, negative_unless_sign_3_1, negative_unless_sign_4_0,
  negative_unless_sign_4_1, negative_unless_sign_5_0, negative_unless_sign_5_1, negative_unless_sign_6_0, negative_unless_sign_6_1, negative_unless_sign_7_0, negative_unless_sign_7_1, negative_unless_sign_8_0,
  negative_unless_sign_8_1, negative_unless_sign_9_0, negative_unless_sign_9_1, negative_unless_sign_10_0, negative_unless_sign_10_1, negative_unless_sign_11_0, negative_unless_sign_11_1, negative_unless_sign_12_0,
  negative_unless_sign_12_1, negative_unless_sign_13_0, negative_unless_sign_13_1, negative_unless_sign_14_0, negative_unless_sign_14_1, negative_unless_sign_15_0, negative_unless_sign_15_1, negative_unless_sign_16_0,
  negative_unless_sign_16_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, out_definition_16_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active,
  relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive,
  relu_1_2_0_pre_when_active, relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre,
  relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active,
  relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive,
  relu_1_6_0_pre_when_active, relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre,
  relu_1_7_1_off_when_inactive, relu_1_7_1_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active, relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active,
  relu_1_9_0_above_pre, relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active, relu_1_9_1_above_pre, relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active, relu_1_10_0_above_pre, relu_1_10_0_off_when_inactive,
  relu_1_10_0_pre_when_active, relu_1_10_1_above_pre, relu_1_10_1_off_when_inactive, relu_1_10_1_pre_when_active, relu_1_11_0_above_pre, relu_1_11_0_off_when_inactive, relu_1_11_0_pre_when_active, relu_1_11_1_above_pre,
  relu_1_11_1_off_when_inactive, relu_1_11_1_pre_when_active, relu_1_12_0_above_pre, relu_1_12_0_off_when_inactive, relu_1_12_0_pre_when_active, relu_1_12_1_above_pre, relu_1_12_1_off_when_inactive, relu_1_12_1_pre_when_active,
  relu_1_13_0_above_pre, relu_1_13_0_off_when_inactive, relu_1_13_0_pre_when_active, relu_1_13_1_above_pre, relu_1_13_1_off_when_inactive, relu_1_13_1_pre_when_active, relu_1_14_0_above_pre, relu_1_14_0_off_when_inactive,
  relu_1_14_0_pre_when_active, relu_1_14_1_above_pre, relu_1_14_1_off_when_inactive, relu_1_14_1_pre_when_active, relu_1_15_0_above_pre, relu_1_15_0_off_when_inactive, relu_1_15_0_pre_when_active, relu_1_15_1_above_pre,
  relu_1_15_1_off_when_inactive, relu_1_15_1_pre_when_active, relu_1_16_0_above_pre, relu_1_16_0_off_when_inactive, relu_1_16_0_pre_when_active, relu_1_16_1_above_pre, relu_1_16_1_off_when_inactive, relu_1_16_1_pre_when_active;

e_obj.. - objvar - 2*out_0_0 - 1.53125*out_1_0 - 1.125*out_2_0 - 0.78125*out_3_0 - 0.5*out_4_0 - 0.28125*out_5_0 - 0.125*out_6_0
    - 0.03125*out_7_0 - 0.03125*out_9_0 - 0.125*out_10_0 - 0.28125*out_11_0 - 0.5*out_12_0 - 0.78125*out_13_0 - 1.125*out_14_0 - 1.53125*out_15_0
    - 2*out_16_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 4.283203125 =e= 0;
pre_definition_1_0_0.. + 1*u_0_0 - 1*u_0_1 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*u_1_0 - 1*u_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.875*u_0_0 - 1*u_0_1 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.875*u_1_0 - 1*u_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.75*u_0_0 - 1*u_0_1 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.75*u_1_0 - 1*u_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.625*u_0_0 - 1*u_0_1 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.625*u_1_0 - 1*u_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.5*u_0_0 - 1*u_0_1 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.5*u_1_0 - 1*u_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.375*u_0_0 - 1*u_0_1 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.375*u_1_0 - 1*u_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.25*u_0_0 - 1*u_0_1 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.25*u_1_0 - 1*u_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. + 0.125*u_0_0 - 1*u_0_1 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. + 0.125*u_1_0 - 1*u_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. - 1*u_0_1 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 1*u_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.125*u_0_0 - 1*u_0_1 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.125*u_1_0 - 1*u_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. - 0.25*u_0_0 - 1*u_0_1 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.25*u_1_0 - 1*u_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. - 0.375*u_0_0 - 1*u_0_1 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 0.375*u_1_0 - 1*u_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 0.5*u_0_0 - 1*u_0_1 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.5*u_1_0 - 1*u_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. - 0.625*u_0_0 - 1*u_0_1 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 0.625*u_1_0 - 1*u_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.75*u_0_0 - 1*u_0_1 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.75*u_1_0 - 1*u_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. - 0.875*u_0_0 - 1*u_0_1 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. - 0.875*u_1_0 - 1*u_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_1_16_0.. - 1*u_0_0 - 1*u_0_1 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. - 1*u_1_0 - 1*u_1_1 + 1*pre_1_16_1 =e= 0;
post_split_0_0.. + 1*post_1_0_0 - 1*post_positive_0_0 - 1*post_negative_0_0 =e= 0;
post_split_0_1.. + 1*post_1_0_1 - 1*post_positive_0_1 - 1*post_negative_0_1 =e= 0;
post_split_1_0.. + 1*post_1_1_0 - 1*post_positive_1_0 - 1*post_negative_1_0 =e= 0;
post_split_1_1.. + 1*post_1_1_1 - 1*post_positive_1_1 - 1*post_negative_1_1 =e= 0;
post_split_2_0.. + 1*post_1_2_0 - 1*post_positive_2_0 - 1*post_negative_2_0 =e= 0;
post_split_2_1.. + 1*post_1_2_1 - 1*post_positive_2_1 - 1*post_negative_2_1 =e= 0;
post_split_3_0.. + 1*post_1_3_0 - 1*post_positive_3_0 - 1*post_negative_3_0 =e= 0;
post_split_3_1.. + 1*post_1_3_1 - 1*post_positive_3_1 - 1*post_negative_3_1 =e= 0;
post_split_4_0.. + 1*post_1_4_0 - 1*post_positive_4_0 - 1*post_negative_4_0 =e= 0;
post_split_4_1.. + 1*post_1_4_1 - 1*post_positive_4_1 - 1*post_negative_4_1 =e= 0;
post_split_5_0.. + 1*post_1_5_0 - 1*post_positive_5_0 - 1*post_negative_5_0 =e= 0;
post_split_5_1.. + 1*post_1_5_1 - 1*post_positive_5_1 - 1*post_negative_5_1 =e= 0;
post_split_6_0.. + 1*post_1_6_0 - 1*post_positive_6_0 - 1*post_negative_6_0 =e= 0;
post_split_6_1.. + 1*post_1_6_1 - 1*post_positive_6_1 - 1*post_negative_6_1 =e= 0;
post_split_7_0.. + 1*post_1_7_0 - 1*post_positive_7_0 - 1*post_negative_7_0 =e= 0;
post_split_7_1.. + 1*post_1_7_1 - 1*post_positive_7_1 - 1*post_negative_7_1 =e= 0;
post_split_8_0.. + 1*post_1_8_0 - 1*post_positive_8_0 - 1*post_negative_8_0 =e= 0;
post_split_8_1.. + 1*post_1_8_1 - 1*post_positive_8_1 - 1*post_negative_8_1 =e= 0;
post_split_9_0.. + 1*post_1_9_0 - 1*post_positive_9_0 - 1*post_negative_9_0 =e= 0;
post_split_9_1.. + 1*post_1_9_1 - 1*post_positive_9_1 - 1*post_negative_9_1 =e= 0;
post_split_10_0.. + 1*post_1_10_0 - 1*post_positive_10_0 - 1*post_negative_10_0 =e= 0;
post_split_10_1.. + 1*post_1_10_1 - 1*post_positive_10_1 - 1*post_negative_10_1 =e= 0;
post_split_11_0.. + 1*post_1_11_0 - 1*post_positive_11_0 - 1*post_negative_11_0 =e= 0;
post_split_11_1.. + 1*post_1_11_1 - 1*post_positive_11_1 - 1*post_negative_11_1 =e= 0;
post_split_12_0.. + 1*post_1_12_0 - 1*post_positive_12_0 - 1*post_negative_12_0 =e= 0;
post_split_12_1.. + 1*post_1_12_1 - 1*post_positive_12_1 - 1*post_negative_12_1 =e= 0;
post_split_13_0.. + 1*post_1_13_0 - 1*post_positive_13_0 - 1*post_negative_13_0 =e= 0;
post_split_13_1.. + 1*post_1_13_1 - 1*post_positive_13_1 - 1*post_negative_13_1 =e= 0;
post_split_14_0.. + 1*post_1_14_0 - 1*post_positive_14_0 - 1*post_negative_14_0 =e= 0;
post_split_14_1.. + 1*post_1_14_1 - 1*post_positive_14_1 - 1*post_negative_14_1 =e= 0;
post_split_15_0.. + 1*post_1_15_0 - 1*post_positive_15_0 - 1*post_negative_15_0 =e= 0;
post_split_15_1.. + 1*post_1_15_1 - 1*post_positive_15_1 - 1*post_negative_15_1 =e= 0;
post_split_16_0.. + 1*post_1_16_0 - 1*post_positive_16_0 - 1*post_negative_16_0 =e= 0;
post_split_16_1.. + 1*post_1_16_1 - 1*post_positive_16_1 - 1*post_negative_16_1 =e= 0;
positive_if_sign_0_0.. - 32*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 32*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_1_0.. - 30*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 30*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_2_0.. - 28*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 28*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_3_0.. - 26*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 26*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_4_0.. - 24*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 24*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_5_0.. - 22*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 22*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_6_0.. - 20*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 20*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_7_0.. - 18*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 18*sign_1 + 1*post_positive_7_1 =l= 0;
positive_if_sign_8_0.. - 16*sign_0 + 1*post_positive_8_0 =l= 0;
positive_if_sign_8_1.. - 16*sign_1 + 1*post_positive_8_1 =l= 0;
positive_if_sign_9_0.. - 18*sign_0 + 1*post_positive_9_0 =l= 0;
positive_if_sign_9_1.. - 18*sign_1 + 1*post_positive_9_1 =l= 0;
positive_if_sign_10_0.. - 20*sign_0 + 1*post_positive_10_0 =l= 0;
positive_if_sign_10_1.. - 20*sign_1 + 1*post_positive_10_1 =l= 0;
positive_if_sign_11_0.. - 22*sign_0 + 1*post_positive_11_0 =l= 0;
positive_if_sign_11_1.. - 22*sign_1 + 1*post_positive_11_1 =l= 0;
positive_if_sign_12_0.. - 24*sign_0 + 1*post_positive_12_0 =l= 0;
positive_if_sign_12_1.. - 24*sign_1 + 1*post_positive_12_1 =l= 0;
positive_if_sign_13_0.. - 26*sign_0 + 1*post_positive_13_0 =l= 0;
positive_if_sign_13_1.. - 26*sign_1 + 1*post_positive_13_1 =l= 0;
positive_if_sign_14_0.. - 28*sign_0 + 1*post_positive_14_0 =l= 0;
positive_if_sign_14_1.. - 28*sign_1 + 1*post_positive_14_1 =l= 0;
positive_if_sign_15_0.. - 30*sign_0 + 1*post_positive_15_0 =l= 0;
positive_if_sign_15_1.. - 30*sign_1 + 1*post_positive_15_1 =l= 0;
positive_if_sign_16_0.. - 32*sign_0 + 1*post_positive_16_0 =l= 0;
positive_if_sign_16_1.. - 32*sign_1 + 1*post_positive_16_1 =l= 0;
negative_unless_sign_0_0.. + 32*sign_0 + 1*post_negative_0_0 =l= 32;
negative_unless_sign_0_1.. + 32*sign_1 + 1*post_negative_0_1 =l= 32;
negative_unless_sign_1_0.. + 30*sign_0 + 1*post_negative_1_0 =l= 30;
negative_unless_sign_1_1.. + 30*sign_1 + 1*post_negative_1_1 =l= 30;
negative_unless_sign_2_0.. + 28*sign_0 + 1*post_negative_2_0 =l= 28;
negative_unless_sign_2_1.. + 28*sign_1 + 1*post_negative_2_1 =l= 28;
negative_unless_sign_3_0.. + 26*sign_0 + 1*post_negative_3_0 =l= 26;
negative_unless_sign_3_1.. + 26*sign_1 + 1*post_negative_3_1 =l= 26;
negative_unless_sign_4_0.. + 24*sign_0 + 1*post_negative_4_0 =l= 24;
negative_unless_sign_4_1.. + 24*sign_1 + 1*post_negative_4_1 =l= 24;
negative_unless_sign_5_0.. + 22*sign_0 + 1*post_negative_5_0 =l= 22;
negative_unless_sign_5_1.. + 22*sign_1 + 1*post_negative_5_1 =l= 22;
negative_unless_sign_6_0.. + 20*sign_0 + 1*post_negative_6_0 =l= 20;
negative_unless_sign_6_1.. + 20*sign_1 + 1*post_negative_6_1 =l= 20;
negative_unless_sign_7_0.. + 18*sign_0 + 1*post_negative_7_0 =l= 18;
negative_unless_sign_7_1.. + 18*sign_1 + 1*post_negative_7_1 =l= 18;
negative_unless_sign_8_0.. + 16*sign_0 + 1*post_negative_8_0 =l= 16;
negative_unless_sign_8_1.. + 16*sign_1 + 1*post_negative_8_1 =l= 16;
negative_unless_sign_9_0.. + 18*sign_0 + 1*post_negative_9_0 =l= 18;
negative_unless_sign_9_1.. + 18*sign_1 + 1*post_negative_9_1 =l= 18;
negative_unless_sign_10_0.. + 20*sign_0 + 1*post_negative_10_0 =l= 20;
negative_unless_sign_10_1.. + 20*sign_1 + 1*post_negative_10_1 =l= 20;
negative_unless_sign_11_0.. + 22*sign_0 + 1*post_negative_11_0 =l= 22;
negative_unless_sign_11_1.. + 22*sign_1 + 1*post_negative_11_1 =l= 22;
negative_unless_sign_12_0.. + 24*sign_0 + 1*post_negative_12_0 =l= 24;
negative_unless_sign_12_1.. + 24*sign_1 + 1*post_negative_12_1 =l= 24;
negative_unless_sign_13_0.. + 26*sign_0 + 1*post_negative_13_0 =l= 26;
negative_unless_sign_13_1.. + 26*sign_1 + 1*post_negative_13_1 =l= 26;
negative_unless_sign_14_0.. + 28*sign_0 + 1*post_negative_14_0 =l= 28;
negative_unless_sign_14_1.. + 28*sign_1 + 1*post_negative_14_1 =l= 28;
negative_unless_sign_15_0.. + 30*sign_0 + 1*post_negative_15_0 =l= 30;
negative_unless_sign_15_1.. + 30*sign_1 + 1*post_negative_15_1 =l= 30;
negative_unless_sign_16_0.. + 32*sign_0 + 1*post_negative_16_0 =l= 32;
negative_unless_sign_16_1.. + 32*sign_1 + 1*post_negative_16_1 =l= 32;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*post_positive_0_0 - 1*post_positive_0_1 + 1*post_negative_0_0 + 1*post_negative_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*post_positive_1_0 - 1*post_positive_1_1 + 1*post_negative_1_0 + 1*post_negative_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*post_positive_2_0 - 1*post_positive_2_1 + 1*post_negative_2_0 + 1*post_negative_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*post_positive_3_0 - 1*post_positive_3_1 + 1*post_negative_3_0 + 1*post_negative_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*post_positive_4_0 - 1*post_positive_4_1 + 1*post_negative_4_0 + 1*post_negative_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*post_positive_5_0 - 1*post_positive_5_1 + 1*post_negative_5_0 + 1*post_negative_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*post_positive_6_0 - 1*post_positive_6_1 + 1*post_negative_6_0 + 1*post_negative_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*post_positive_7_0 - 1*post_positive_7_1 + 1*post_negative_7_0 + 1*post_negative_7_1 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*post_positive_8_0 - 1*post_positive_8_1 + 1*post_negative_8_0 + 1*post_negative_8_1 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*post_positive_9_0 - 1*post_positive_9_1 + 1*post_negative_9_0 + 1*post_negative_9_1 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*post_positive_10_0 - 1*post_positive_10_1 + 1*post_negative_10_0 + 1*post_negative_10_1 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*post_positive_11_0 - 1*post_positive_11_1 + 1*post_negative_11_0 + 1*post_negative_11_1 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*post_positive_12_0 - 1*post_positive_12_1 + 1*post_negative_12_0 + 1*post_negative_12_1 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*post_positive_13_0 - 1*post_positive_13_1 + 1*post_negative_13_0 + 1*post_negative_13_1 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*post_positive_14_0 - 1*post_positive_14_1 + 1*post_negative_14_0 + 1*post_negative_14_1 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*post_positive_15_0 - 1*post_positive_15_1 + 1*post_negative_15_0 + 1*post_negative_15_1 =e= 0;
out_definition_16_0.. - 1*b_2_0 + 1*out_16_0 - 1*post_positive_16_0 - 1*post_positive_16_1 + 1*post_negative_16_0 + 1*post_negative_16_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 32*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 32*relu_1_0_0_on =l= 32;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 32*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 32*relu_1_0_1_on =l= 32;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 30*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 30*relu_1_1_0_on =l= 30;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 30*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 30*relu_1_1_1_on =l= 30;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 28*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 28*relu_1_2_0_on =l= 28;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 28*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 28*relu_1_2_1_on =l= 28;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 26*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 26*relu_1_3_0_on =l= 26;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 26*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 26*relu_1_3_1_on =l= 26;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 24*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 24*relu_1_4_0_on =l= 24;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 24*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 24*relu_1_4_1_on =l= 24;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 22*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 22*relu_1_5_0_on =l= 22;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 22*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 22*relu_1_5_1_on =l= 22;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 20*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 20*relu_1_6_0_on =l= 20;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 20*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 20*relu_1_6_1_on =l= 20;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 18*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 18*relu_1_7_0_on =l= 18;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 18*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 18*relu_1_7_1_on =l= 18;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 16*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 16*relu_1_8_0_on =l= 16;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 16*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 16*relu_1_8_1_on =l= 16;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 18*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 18*relu_1_9_0_on =l= 18;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 18*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 18*relu_1_9_1_on =l= 18;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 20*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 20*relu_1_10_0_on =l= 20;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 20*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 20*relu_1_10_1_on =l= 20;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 22*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 22*relu_1_11_0_on =l= 22;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 22*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 22*relu_1_11_1_on =l= 22;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 24*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 24*relu_1_12_0_on =l= 24;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 24*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 24*relu_1_12_1_on =l= 24;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 26*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 26*relu_1_13_0_on =l= 26;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 26*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 26*relu_1_13_1_on =l= 26;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 28*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 28*relu_1_14_0_on =l= 28;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 28*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 28*relu_1_14_1_on =l= 28;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0_off_when_inactive.. + 1*post_1_15_0 - 30*relu_1_15_0_on =l= 0;
relu_1_15_0_pre_when_active.. - 1*pre_1_15_0 + 1*post_1_15_0 + 30*relu_1_15_0_on =l= 30;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1_off_when_inactive.. + 1*post_1_15_1 - 30*relu_1_15_1_on =l= 0;
relu_1_15_1_pre_when_active.. - 1*pre_1_15_1 + 1*post_1_15_1 + 30*relu_1_15_1_on =l= 30;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0_off_when_inactive.. + 1*post_1_16_0 - 32*relu_1_16_0_on =l= 0;
relu_1_16_0_pre_when_active.. - 1*pre_1_16_0 + 1*post_1_16_0 + 32*relu_1_16_0_on =l= 32;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1_off_when_inactive.. + 1*post_1_16_1 - 32*relu_1_16_1_on =l= 0;
relu_1_16_1_pre_when_active.. - 1*pre_1_16_1 + 1*post_1_16_1 + 32*relu_1_16_1_on =l= 32;

u_0_0.lo = -16;
u_0_0.up = 16;
u_0_1.lo = -16;
u_0_1.up = 16;
u_1_0.lo = -16;
u_1_0.up = 16;
u_1_1.lo = -16;
u_1_1.up = 16;
pre_1_0_0.lo = -32;
pre_1_0_0.up = 32;
pre_1_0_1.lo = -32;
pre_1_0_1.up = 32;
pre_1_1_0.lo = -30;
pre_1_1_0.up = 30;
pre_1_1_1.lo = -30;
pre_1_1_1.up = 30;
pre_1_2_0.lo = -28;
pre_1_2_0.up = 28;
pre_1_2_1.lo = -28;
pre_1_2_1.up = 28;
pre_1_3_0.lo = -26;
pre_1_3_0.up = 26;
pre_1_3_1.lo = -26;
pre_1_3_1.up = 26;
pre_1_4_0.lo = -24;
pre_1_4_0.up = 24;
pre_1_4_1.lo = -24;
pre_1_4_1.up = 24;
pre_1_5_0.lo = -22;
pre_1_5_0.up = 22;
pre_1_5_1.lo = -22;
pre_1_5_1.up = 22;
pre_1_6_0.lo = -20;
pre_1_6_0.up = 20;
pre_1_6_1.lo = -20;
pre_1_6_1.up = 20;
pre_1_7_0.lo = -18;
pre_1_7_0.up = 18;
pre_1_7_1.lo = -18;
pre_1_7_1.up = 18;
pre_1_8_0.lo = -16;
pre_1_8_0.up = 16;
pre_1_8_1.lo = -16;
pre_1_8_1.up = 16;
pre_1_9_0.lo = -18;
pre_1_9_0.up = 18;
pre_1_9_1.lo = -18;
pre_1_9_1.up = 18;
pre_1_10_0.lo = -20;
pre_1_10_0.up = 20;
pre_1_10_1.lo = -20;
pre_1_10_1.up = 20;
pre_1_11_0.lo = -22;
pre_1_11_0.up = 22;
pre_1_11_1.lo = -22;
pre_1_11_1.up = 22;
pre_1_12_0.lo = -24;
pre_1_12_0.up = 24;
pre_1_12_1.lo = -24;
pre_1_12_1.up = 24;
pre_1_13_0.lo = -26;
pre_1_13_0.up = 26;
pre_1_13_1.lo = -26;
pre_1_13_1.up = 26;
pre_1_14_0.lo = -28;
pre_1_14_0.up = 28;
pre_1_14_1.lo = -28;
pre_1_14_1.up = 28;
pre_1_15_0.lo = -30;
pre_1_15_0.up = 30;
pre_1_15_1.lo = -30;
pre_1_15_1.up = 30;
pre_1_16_0.lo = -32;
pre_1_16_0.up = 32;
pre_1_16_1.lo = -32;
pre_1_16_1.up = 32;
post_1_0_0.lo = 0;
post_1_0_0.up = 32;
post_1_0_1.lo = 0;
post_1_0_1.up = 32;
post_1_1_0.lo = 0;
post_1_1_0.up = 30;
post_1_1_1.lo = 0;
post_1_1_1.up = 30;
post_1_2_0.lo = 0;
post_1_2_0.up = 28;
post_1_2_1.lo = 0;
post_1_2_1.up = 28;
post_1_3_0.lo = 0;
post_1_3_0.up = 26;
post_1_3_1.lo = 0;
post_1_3_1.up = 26;
post_1_4_0.lo = 0;
post_1_4_0.up = 24;
post_1_4_1.lo = 0;
post_1_4_1.up = 24;
post_1_5_0.lo = 0;
post_1_5_0.up = 22;
post_1_5_1.lo = 0;
post_1_5_1.up = 22;
post_1_6_0.lo = 0;
post_1_6_0.up = 20;
post_1_6_1.lo = 0;
post_1_6_1.up = 20;
post_1_7_0.lo = 0;
post_1_7_0.up = 18;
post_1_7_1.lo = 0;
post_1_7_1.up = 18;
post_1_8_0.lo = 0;
post_1_8_0.up = 16;
post_1_8_1.lo = 0;
post_1_8_1.up = 16;
post_1_9_0.lo = 0;
post_1_9_0.up = 18;
post_1_9_1.lo = 0;
post_1_9_1.up = 18;
post_1_10_0.lo = 0;
post_1_10_0.up = 20;
post_1_10_1.lo = 0;
post_1_10_1.up = 20;
post_1_11_0.lo = 0;
post_1_11_0.up = 22;
post_1_11_1.lo = 0;
post_1_11_1.up = 22;
post_1_12_0.lo = 0;
post_1_12_0.up = 24;
post_1_12_1.lo = 0;
post_1_12_1.up = 24;
post_1_13_0.lo = 0;
post_1_13_0.up = 26;
post_1_13_1.lo = 0;
post_1_13_1.up = 26;
post_1_14_0.lo = 0;
post_1_14_0.up = 28;
post_1_14_1.lo = 0;
post_1_14_1.up = 28;
post_1_15_0.lo = 0;
post_1_15_0.up = 30;
post_1_15_1.lo = 0;
post_1_15_1.up = 30;
post_1_16_0.lo = 0;
post_1_16_0.up = 32;
post_1_16_1.lo = 0;
post_1_16_1.up = 32;
b_2_0.lo = -4;
b_2_0.up = 4;
out_0_0.lo = -68;
out_0_0.up = 68;
out_1_0.lo = -64;
out_1_0.up = 64;
out_2_0.lo = -60;
out_2_0.up = 60;
out_3_0.lo = -56;
out_3_0.up = 56;
out_4_0.lo = -52;
out_4_0.up = 52;
out_5_0.lo = -48;
out_5_0.up = 48;
out_6_0.lo = -44;
out_6_0.up = 44;
out_7_0.lo = -40;
out_7_0.up = 40;
out_8_0.lo = -36;
out_8_0.up = 36;
out_9_0.lo = -40;
out_9_0.up = 40;
out_10_0.lo = -44;
out_10_0.up = 44;
out_11_0.lo = -48;
out_11_0.up = 48;
out_12_0.lo = -52;
out_12_0.up = 52;
out_13_0.lo = -56;
out_13_0.up = 56;
out_14_0.lo = -60;
out_14_0.up = 60;
out_15_0.lo = -64;
out_15_0.up = 64;
out_16_0.lo = -68;
out_16_0.up = 68;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 32;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 32;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 30;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 30;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 28;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 28;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 26;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 26;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 24;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 24;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 22;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 22;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 20;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 20;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 18;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 18;
post_positive_8_0.lo = 0;
post_positive_8_0.up = 16;
post_positive_8_1.lo = 0;
post_positive_8_1.up = 16;
post_positive_9_0.lo = 0;
post_positive_9_0.up = 18;
post_positive_9_1.lo = 0;
post_positive_9_1.up = 18;
post_positive_10_0.lo = 0;
post_positive_10_0.up = 20;
post_positive_10_1.lo = 0;
post_positive_10_1.up = 20;
post_positive_11_0.lo = 0;
post_positive_11_0.up = 22;
post_positive_11_1.lo = 0;
post_positive_11_1.up = 22;
post_positive_12_0.lo = 0;
post_positive_12_0.up = 24;
post_positive_12_1.lo = 0;
post_positive_12_1.up = 24;
post_positive_13_0.lo = 0;
post_positive_13_0.up = 26;
post_positive_13_1.lo = 0;
post_positive_13_1.up = 26;
post_positive_14_0.lo = 0;
post_positive_14_0.up = 28;
post_positive_14_1.lo = 0;
post_positive_14_1.up = 28;
post_positive_15_0.lo = 0;
post_positive_15_0.up = 30;
post_positive_15_1.lo = 0;
post_positive_15_1.up = 30;
post_positive_16_0.lo = 0;
post_positive_16_0.up = 32;
post_positive_16_1.lo = 0;
post_positive_16_1.up = 32;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 32;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 32;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 30;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 30;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 28;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 28;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 26;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 26;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 24;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 24;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 22;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 22;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 20;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 20;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 18;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 18;
post_negative_8_0.lo = 0;
post_negative_8_0.up = 16;
post_negative_8_1.lo = 0;
post_negative_8_1.up = 16;
post_negative_9_0.lo = 0;
post_negative_9_0.up = 18;
post_negative_9_1.lo = 0;
post_negative_9_1.up = 18;
post_negative_10_0.lo = 0;
post_negative_10_0.up = 20;
post_negative_10_1.lo = 0;
post_negative_10_1.up = 20;
post_negative_11_0.lo = 0;
post_negative_11_0.up = 22;
post_negative_11_1.lo = 0;
post_negative_11_1.up = 22;
post_negative_12_0.lo = 0;
post_negative_12_0.up = 24;
post_negative_12_1.lo = 0;
post_negative_12_1.up = 24;
post_negative_13_0.lo = 0;
post_negative_13_0.up = 26;
post_negative_13_1.lo = 0;
post_negative_13_1.up = 26;
post_negative_14_0.lo = 0;
post_negative_14_0.up = 28;
post_negative_14_1.lo = 0;
post_negative_14_1.up = 28;
post_negative_15_0.lo = 0;
post_negative_15_0.up = 30;
post_negative_15_1.lo = 0;
post_negative_15_1.up = 30;
post_negative_16_0.lo = 0;
post_negative_16_0.up = 32;
post_negative_16_1.lo = 0;
post_negative_16_1.up = 32;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
