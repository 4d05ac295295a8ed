* etr-variable-gadget-p1-normalized-bigm  (relu-opt library: etr-variable-gadget, problem 1, normalized-bigm; {"hidden": [4], "bound": 8.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_1_0, u_1_1, u_2_0, u_2_1, u_3_0,
  u_3_1, pre_1_0_0, pre_1_0_1, pre_1_0_2, pre_1_0_3, pre_1_1_0, pre_1_1_1, pre_1_1_2,
  pre_1_1_3, pre_1_2_0, pre_1_2_1, pre_1_2_2, pre_1_2_3, pre_1_3_0, pre_1_3_1, pre_1_3_2,
  pre_1_3_3, pre_1_4_0, pre_1_4_1, pre_1_4_2, pre_1_4_3, pre_1_5_0, pre_1_5_1, pre_1_5_2,
  pre_1_5_3, pre_1_6_0, pre_1_6_1, pre_1_6_2, pre_1_6_3, pre_1_7_0, pre_1_7_1, pre_1_7_2,
  pre_1_7_3, pre_1_8_0, pre_1_8_1, pre_1_8_2, pre_1_8_3, pre_1_9_0, pre_1_9_1, pre_1_9_2,
  pre_1_9_3, pre_1_10_0, pre_1_10_1, pre_1_10_2, pre_1_10_3, pre_1_11_0, pre_1_11_1, pre_1_11_2,
  pre_1_11_3, pre_1_12_0, pre_1_12_1, pre_1_12_2, pre_1_12_3, pre_1_13_0, pre_1_13_1, pre_1_13_2,
  pre_1_13_3, pre_1_14_0, pre_1_14_1, pre_1_14_2, pre_1_14_3, post_1_0_0, post_1_0_1, post_1_0_2,
  post_1_0_3, post_1_1_0, post_1_1_1, post_1_1_2, post_1_1_3, post_1_2_0, post_1_2_1, post_1_2_2,
  post_1_2_3, post_1_3_0, post_1_3_1, post_1_3_2, post_1_3_3, post_1_4_0, post_1_4_1, post_1_4_2,
  post_1_4_3, post_1_5_0, post_1_5_1, post_1_5_2, post_1_5_3, post_1_6_0, post_1_6_1, post_1_6_2,
  post_1_6_3, post_1_7_0, post_1_7_1, post_1_7_2, post_1_7_3, post_1_8_0, post_1_8_1, post_1_8_2,
  post_1_8_3, post_1_9_0, post_1_9_1, post_1_9_2, post_1_9_3, post_1_10_0, post_1_10_1, post_1_10_2,
  post_1_10_3, post_1_11_0, post_1_11_1, post_1_11_2, post_1_11_3, post_1_12_0, post_1_12_1, post_1_12_2,
  post_1_12_3, post_1_13_0, post_1_13_1, post_1_13_2, post_1_13_3, post_1_14_0, post_1_14_1, post_1_14_2,
  post_1_14_3, b_2_0, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0,
  out_14_0, post_positive_0_0, post_positive_0_1, post_positive_0_2, post_positive_0_3, post_positive_1_0, post_positive_1_1, post_positive_1_2,
  post_positive_1_3, post_positive_2_0, post_positive_2_1, post_positive_2_2, post_positive_2_3, post_positive_3_0, post_positive_3_1, post_positive_3_2,
  post_positive_3_3, post_positive_4_0, post_positive_4_1, post_positive_4_2, post_positive_4_3, post_positive_5_0, post_positive_5_1, post_positive_5_2,
  post_positive_5_3, post_positive_6_0, post_positive_6_1, post_positive_6_2, post_positive_6_3, post_positive_7_0, post_positive_7_1, post_positive_7_2,
  post_positive_7_3, post_positive_8_0, post_positive_8_1, post_positive_8_2, post_positive_8_3, post_positive_9_0, post_positive_9_1, post_positive_9_2,
  post_positive_9_3, post_positive_10_0, post_positive_10_1, post_positive_10_2, post_positive_10_3, post_positive_11_0, post_positive_11_1, post_positive_11_2,
  post_positive_11_3, post_positive_12_0, post_positive_12_1, post_positive_12_2, post_positive_12_3, post_positive_13_0, post_positive_13_1, post_positive_13_2,
  post_positive_13_3, post_positive_14_0, post_positive_14_1, post_positive_14_2, post_positive_14_3, post_negative_0_0, post_negative_0_1, post_negative_0_2,
  post_negative_0_3, post_negative_1_0, post_negative_1_1, post_negative_1_2, post_negative_1_3, post_negative_2_0, post_negative_2_1, post_negative_2_2,
  post_negative_2_3, post_negative_3_0, post_negative_3_1, post_negative_3_2, post_negative_3_3, post_negative_4_0, post_negative_4_1, post_negative_4_2,
  post_negative_4_3, post_negative_5_0, post_negative_5_1, post_negative_5_2, post_negative_5_3, post_negative_6_0, post_negative_6_1, post_negative_6_2,
  post_negative_6_3, post_negative_7_0, post_negative_7_1, post_negative_7_2, post_negative_7_3, post_negative_8_0, post_negative_8_1, post_negative_8_2,
  post_negative_8_3, post_negative_9_0, post_negative_9_1, post_negative_9_2, post_negative_9_3, post_negative_10_0, post_negative_10_1, post_negative_10_2,
  post_negative_10_3, post_negative_11_0, post_negative_11_1, post_negative_11_2, post_negative_11_3, post_negative_12_0, post_negative_12_1, post_negative_12_2,
  post_negative_12_3, post_negative_13_0, post_negative_13_1, post_negative_13_2, post_negative_13_3, post_negative_14_0, post_negative_14_1, post_negative_14_2,
  post_negative_14_3;

Binary Variables
  sign_0, sign_1, sign_2, sign_3, relu_1_0_0_on, relu_1_0_1_on, relu_1_0_2_on, relu_1_0_3_on,
  relu_1_1_0_on, relu_1_1_1_on, relu_1_1_2_on, relu_1_1_3_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_2_2_on, relu_1_2_3_on,
  relu_1_3_0_on, relu_1_3_1_on, relu_1_3_2_on, relu_1_3_3_on, relu_1_4_0_on, relu_1_4_1_on, relu_1_4_2_on, relu_1_4_3_on,
  relu_1_5_0_on, relu_1_5_1_on, relu_1_5_2_on, relu_1_5_3_on, relu_1_6_0_on, relu_1_6_1_on, relu_1_6_2_on, relu_1_6_3_on,
  relu_1_7_0_on, relu_1_7_1_on, relu_1_7_2_on, relu_1_7_3_on, relu_1_8_0_on, relu_1_8_1_on, relu_1_8_2_on, relu_1_8_3_on,
  relu_1_9_0_on, relu_1_9_1_on, relu_1_9_2_on, relu_1_9_3_on, relu_1_10_0_on, relu_1_10_1_on, relu_1_10_2_on, relu_1_10_3_on,
  relu_1_11_0_on, relu_1_11_1_on, relu_1_11_2_on, relu_1_11_3_on, relu_1_12_0_on, relu_1_12_1_on, relu_1_12_2_on, relu_1_12_3_on,
  relu_1_13_0_on, relu_1_13_1_on, relu_1_13_2_on, relu_1_13_3_on, relu_1_14_0_on, relu_1_14_1_on, relu_1_14_2_on, relu_1_14_3_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_0_3, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2,
  pre_definition_1_1_3, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_2_3, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2,
  pre_definition_1_3_3, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2, pre_definition_1_4_3, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2,
  pre_definition_1_5_3, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_6_3, pre_definition_1_7_0, pre_definition_1_7_1, pre_definition_1_7_2,
  pre_definition_1_7_3, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_8_3, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2,
  pre_definition_1_9_3, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_10_3, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2,
  pre_definition_1_11_3, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2, pre_definition_1_12_3, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2,
  pre_definition_1_13_3, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_14_3, post_split_0_0, post_split_0_1, post_split_0_2,
  post_split_0_3, post_split_1_0, post_split_1_1, post_split_1_2, post_split_1_3, post_split_2_0, post_split_2_1, post_split_2_2,
  post_split_2_3, post_split_3_0, post_split_3_1, post_split_3_2, post_split_3_3, post_split_4_0, post_split_4_1, post_split_4_2,
  post_split_4_3, post_split_5_0, post_split_5_1, post_split_5_2, post_split_5_3, post_split_6_0, post_split_6_1, post_split_6_2,
  post_split_6_3, post_split_7_0, post_split_7_1, post_split_7_2, post_split_7_3, post_split_8_0, post_split_8_1, post_split_8_2,
  post_split_8_3, post_split_9_0, post_split_9_1, post_split_9_2, post_split_9_3, post_split_10_0, post_split_10_1, post_split_10_2,
  post_split_10_3, post_split_11_0, post_split_11_1, post_split_11_2, post_split_11_3, post_split_12_0, post_split_12_1, post_split_12_2,
  post_split_12_3, post_split_13_0, post_split_13_1, post_split_13_2, post_split_13_3, post_split_14_0, post_split_14_1, post_split_14_2,
  post_split_14_3, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_0_2, positive_if_sign_0_3, positive_if_sign_1_0, positive_if_sign_1_1, positive_if_sign_1_2,
  positive_if_sign_1_3, positive_if_sign_2_0, positive_if_sign_2_1, positive_if_sign_2_2, positive_if_sign_2_3, positive_if_sign_3_0, positive_if_sign_3_1, positive_if_sign_3_2,
  positive_if_sign_3_3, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_4_2, positive_if_sign_4_3, positive_if_sign_5_0, positive_if_sign_5_1, positive_if_sign_5_2,
  positive_if_sign_5_3, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_6_2, positive_if_sign_6_3, positive_if_sign_7_0, positive_if_sign_7_1, positive_if_sign_7_2,
  positive_if_sign_7_3, positive_if_sign_8_0, positive_if_sign_8_1, positive_if_sign_8_2, positive_if_sign_8_3, positive_if_sign_9_0, positive_if_sign_9_1, positive_if_sign_9_2,
  positive_if_sign_9_3, positive_if_sign_10_0, positive_if_sign_10_1, positive_if_sign_10_2, positive_if_sign_10_3, positive_if_sign_11_0, positive_if_sign_11_1, positive_if_sign_11_2,
  positive_if_sign_11_3, positive_if_sign_12_0, positive_if_sign_12_1, positive_if_sign_12_2, positive_if_sign_12_3, positive_if_sign_13_0, positive_if_sign_13_1, positive_if_sign_13_2,
  positive_if_sign_13_3, positive_if_sign_14_0, positive_if_sign_14_1, positive_if_sign_14_2, positive_if_sign_14_3, negative_unless_sign_0_0, negative_unless_sign_0_1, negative_unless_sign_0_2,
  negative_unless_sign_0_3, negative_unless_sign_1_0, negative_unless_sign_1_1, negative_unless_sign_1_2, negative_unless_sign_1_3, negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_2_2,
  negative_unless_sign_2_3, negative_unless_sign_3_0, negative_unless_sign_3_1, negative_unless_sign_3_2, negative_unless_sign_3_3, negative_unless_sign_4_0, negative_unless_sign_4_1, negative_unless_sign_4_2,
  negative_unless_sign_4_3, negative_unless_sign_5_0, negative_unless_sign_5_1, negative_unless_sign_5_2, negative_unless_sign_5_3, negative_unless_sign_6_0, negative_unless_sign_6_1, negative_unless_sign_6_2,
  negative_unless_sign_6_3, negative_unless_sign_7_0, negative_unless_sign_7_1, negative_unless_sign_7_2, negative_unless_sign_7_3, negative_unless_sign_8_0, negative_unless_sign_8_1, negative_unless_sign_8_2,
  negative_unless_sign_8_3, negative_unless_sign_9_0, negative_unless_sign_9_1, negative_unless_sign_9_2, negative_unless_sign_9_3, negative_unless_sign_10_0, negative_unless_sign_10_1, negative_unless_sign_10_2,
  negative_unless_sign_10_3, negative_unless_sign_11_0, negative_unless_sign_11_1, negative_unless_sign_11_2, negative_unless_sign_11_3, negative_unless_sign_12_0, negative_unless_sign_12_1, negative_unless_sign_12_2,
  negative_unless_sign_12_3, negative_unless_sign_13_0, negative_unless_sign_13_1, negative_unless_sign_13_2, negative_unless_sign_13_3, negative_unless_sign_14_0, negative_unless_sign_14_1, negative_unless_sign_14_2,
  negative_unless_sign_14_3, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_0_2_above_pre, relu_1_0_2_off_when_inactive,
  relu_1_0_2_pre_when_active, relu_1_0_3_above_pre, relu_1_0_3_off_when_inactive, relu_1_0_3_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre,
  relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_1_2_above_pre, relu_1_1_2_off_when_inactive, relu_1_1_2_pre_when_active, relu_1_1_3_above_pre, relu_1_1_3_off_when_inactive, relu_1_1_3_pre_when_active,
  relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_2_2_above_pre, relu_1_2_2_off_when_inactive,
  relu_1_2_2_pre_when_active, relu_1_2_3_above_pre, relu_1_2_3_off_when_inactive, relu_1_2_3_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre,
  relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_3_2_above_pre, relu_1_3_2_off_when_inactive, relu_1_3_2_pre_when_active, relu_1_3_3_above_pre, relu_1_3_3_off_when_inactive, relu_1_3_3_pre_when_active,
  relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_4_2_above_pre, relu_1_4_2_off_when_inactive,
  relu_1_4_2_pre_when_active, relu_1_4_3_above_pre, relu_1_4_3_off_when_inactive, relu_1_4_3_pre_when_active, relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre,
  relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_5_2_above_pre, relu_1_5_2_off_when_inactive, relu_1_5_2_pre_when_active, relu_1_5_3_above_pre, relu_1_5_3_off_when_inactive, relu_1_5_3_pre_when_active,
  relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active, relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_6_2_above_pre, relu_1_6_2_off_when_inactive,
  relu_1_6_2_pre_when_active, relu_1_6_3_above_pre, relu_1_6_3_off_when_inactive, relu_1_6_3_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre,
  relu_1_7_1_off_when_inactive, relu_1_7_1_pre_when_active, relu_1_7_2_above_pre, relu_1_7_2_off_when_inactive, relu_1_7_2_pre_when_active, relu_1_7_3_above_pre, relu_1_7_3_off_when_inactive, relu_1_7_3_pre_when_active,
  relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active, relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active, relu_1_8_2_above_pre, relu_1_8_2_off_when_inactive,
  relu_1_8_2_pre_when_active, relu_1_8_3_above_pre, relu_1_8_3_off_when_inactive, relu_1_8_3_pre_when_active, relu_1_9_0_above_pre, relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active, relu_1_9_1_above_pre,
  relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active, relu_1_9_2_above_pre, relu_1_9_2_off_when_inactive, relu_1_9_2_pre_when_active, relu_1_9_3_above_pre, relu_1_9_3_off_when_inactive, relu_1_9_3_pre_when_active,
  relu_1_10_0_above_pre, relu_1_10_0_off_when_inactive, relu_1_10_0_pre_when_active, relu_1_10_1_above_pre, relu_1_10_1_off_when_inactive, relu_1_10_1_pre_when_active, relu_1_10_2_above_pre, relu_1_10_2_off_when_inactive,
  relu_1_10_2_pre_when_active, relu_1_10_3_above_pre, relu_1_10_3_off_when_inactive, relu_1_10_3_pre_when_active, relu_1_11_0_above_pre, relu_1_11_0_off_when_inactive, relu_1_11_0_pre_when_active, relu_1_11_1_above_pre,
  relu_1_11_1_off_when_inactive, relu_1_11_1_pre_when_active, relu_1_11_2_above_pre, relu_1_11_2_off_when_inactive, relu_1_11_2_pre_when_active, relu_1_11_3_above_pre, relu_1_11_3_off_when_inactive, relu_1_11_3_pre_when_active,
  relu_1_12_0_above_pre, relu_1_12_0_off_when_inactive, relu_1_12_0_pre_when_active, relu_1_12_1_above_pre, relu_1_12_1_off_when_inactive, relu_1_12_1_pre_when_active, relu_1_12_2_above_pre, relu_1_12_2_off_when_inactive,
  relu_1_12_2_pre_when_active, relu_1_12_3_above_pre, relu_1_12_3_off_when_inactive, relu_1_12_3_pre_when_active, relu_1_13_0_above_pre, relu_1_13_0_off_when_inactive, relu_1_13_0_pre_when_active, relu_1_13_1_above_pre,
  relu_1_13_1_off_when_inactive, relu_1_13_1_pre_when_active, relu_1_13_2_above_pre, relu_1_13_2_off_when_inactive, relu_1_13_2_pre_when_active, relu_1_13_3_above_pre, relu_1_13_3_off_when_inactive, relu_1_13_3_pre_when_active,
  relu_1_14_0_above_pre, relu_1_14_0_off_when_inactive, relu_1_14_0_pre_when_active, relu_1_14_1_above_pre, relu_1_14_1_off_when_inactive, relu_1_14_1_pre_when_active, relu_1_14_2_above_pre, relu_1_14_2_off_when_inactive,
  relu_1_14_2_pre_when_active, relu_1_14_3_above_pre, relu_1_14_3_off_when_inactive, relu_1_14_3_pre_when_active;

e_obj.. - objvar - 0.25*out_3_0 - 0.5*out_4_0 - 0.75*out_5_0 - 1*out_6_0 - 2*out_7_0 - 1*out_8_0 - 0.75*out_9_0
    - 0.5*out_10_0 - 0.25*out_11_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0)
    + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0)
    + 1*sqr(out_14_0) + 1.9375 =e= 0;
pre_definition_1_0_0.. + 1*u_0_0 - 1*u_0_1 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*u_1_0 - 1*u_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 1*u_2_0 - 1*u_2_1 + 1*pre_1_0_2 =e= 0;
pre_definition_1_0_3.. + 1*u_3_0 - 1*u_3_1 + 1*pre_1_0_3 =e= 0;
pre_definition_1_1_0.. + 0.75*u_0_0 - 1*u_0_1 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.75*u_1_0 - 1*u_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.75*u_2_0 - 1*u_2_1 + 1*pre_1_1_2 =e= 0;
pre_definition_1_1_3.. + 0.75*u_3_0 - 1*u_3_1 + 1*pre_1_1_3 =e= 0;
pre_definition_1_2_0.. + 0.5*u_0_0 - 1*u_0_1 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.5*u_1_0 - 1*u_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. + 0.5*u_2_0 - 1*u_2_1 + 1*pre_1_2_2 =e= 0;
pre_definition_1_2_3.. + 0.5*u_3_0 - 1*u_3_1 + 1*pre_1_2_3 =e= 0;
pre_definition_1_3_0.. - 0.125*u_0_0 - 1*u_0_1 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.125*u_1_0 - 1*u_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. - 0.125*u_2_0 - 1*u_2_1 + 1*pre_1_3_2 =e= 0;
pre_definition_1_3_3.. - 0.125*u_3_0 - 1*u_3_1 + 1*pre_1_3_3 =e= 0;
pre_definition_1_4_0.. - 0.25*u_0_0 - 1*u_0_1 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.25*u_1_0 - 1*u_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. - 0.25*u_2_0 - 1*u_2_1 + 1*pre_1_4_2 =e= 0;
pre_definition_1_4_3.. - 0.25*u_3_0 - 1*u_3_1 + 1*pre_1_4_3 =e= 0;
pre_definition_1_5_0.. - 0.375*u_0_0 - 1*u_0_1 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.375*u_1_0 - 1*u_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.375*u_2_0 - 1*u_2_1 + 1*pre_1_5_2 =e= 0;
pre_definition_1_5_3.. - 0.375*u_3_0 - 1*u_3_1 + 1*pre_1_5_3 =e= 0;
pre_definition_1_6_0.. - 0.5*u_0_0 - 1*u_0_1 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.5*u_1_0 - 1*u_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. - 0.5*u_2_0 - 1*u_2_1 + 1*pre_1_6_2 =e= 0;
pre_definition_1_6_3.. - 0.5*u_3_0 - 1*u_3_1 + 1*pre_1_6_3 =e= 0;
pre_definition_1_7_0.. - 2*u_0_0 - 1*u_0_1 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 2*u_1_0 - 1*u_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 2*u_2_0 - 1*u_2_1 + 1*pre_1_7_2 =e= 0;
pre_definition_1_7_3.. - 2*u_3_0 - 1*u_3_1 + 1*pre_1_7_3 =e= 0;
pre_definition_1_8_0.. - 3.5*u_0_0 - 1*u_0_1 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 3.5*u_1_0 - 1*u_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 3.5*u_2_0 - 1*u_2_1 + 1*pre_1_8_2 =e= 0;
pre_definition_1_8_3.. - 3.5*u_3_0 - 1*u_3_1 + 1*pre_1_8_3 =e= 0;
pre_definition_1_9_0.. - 3.625*u_0_0 - 1*u_0_1 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 3.625*u_1_0 - 1*u_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. - 3.625*u_2_0 - 1*u_2_1 + 1*pre_1_9_2 =e= 0;
pre_definition_1_9_3.. - 3.625*u_3_0 - 1*u_3_1 + 1*pre_1_9_3 =e= 0;
pre_definition_1_10_0.. - 3.75*u_0_0 - 1*u_0_1 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 3.75*u_1_0 - 1*u_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 3.75*u_2_0 - 1*u_2_1 + 1*pre_1_10_2 =e= 0;
pre_definition_1_10_3.. - 3.75*u_3_0 - 1*u_3_1 + 1*pre_1_10_3 =e= 0;
pre_definition_1_11_0.. - 3.875*u_0_0 - 1*u_0_1 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 3.875*u_1_0 - 1*u_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. - 3.875*u_2_0 - 1*u_2_1 + 1*pre_1_11_2 =e= 0;
pre_definition_1_11_3.. - 3.875*u_3_0 - 1*u_3_1 + 1*pre_1_11_3 =e= 0;
pre_definition_1_12_0.. - 4.5*u_0_0 - 1*u_0_1 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 4.5*u_1_0 - 1*u_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 4.5*u_2_0 - 1*u_2_1 + 1*pre_1_12_2 =e= 0;
pre_definition_1_12_3.. - 4.5*u_3_0 - 1*u_3_1 + 1*pre_1_12_3 =e= 0;
pre_definition_1_13_0.. - 4.75*u_0_0 - 1*u_0_1 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 4.75*u_1_0 - 1*u_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. - 4.75*u_2_0 - 1*u_2_1 + 1*pre_1_13_2 =e= 0;
pre_definition_1_13_3.. - 4.75*u_3_0 - 1*u_3_1 + 1*pre_1_13_3 =e= 0;
pre_definition_1_14_0.. - 5*u_0_0 - 1*u_0_1 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 5*u_1_0 - 1*u_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. - 5*u_2_0 - 1*u_2_1 + 1*pre_1_14_2 =e= 0;
pre_definition_1_14_3.. - 5*u_3_0 - 1*u_3_1 + 1*pre_1_14_3 =e= 0;
post_split_0_0.. + 1*post_1_0_0 - 1*post_positive_0_0 - 1*post_negative_0_0 =e= 0;
post_split_0_1.. + 1*post_1_0_1 - 1*post_positive_0_1 - 1*post_negative_0_1 =e= 0;
post_split_0_2.. + 1*post_1_0_2 - 1*post_positive_0_2 - 1*post_negative_0_2 =e= 0;
post_split_0_3.. + 1*post_1_0_3 - 1*post_positive_0_3 - 1*post_negative_0_3 =e= 0;
post_split_1_0.. + 1*post_1_1_0 - 1*post_positive_1_0 - 1*post_negative_1_0 =e= 0;
post_split_1_1.. + 1*post_1_1_1 - 1*post_positive_1_1 - 1*post_negative_1_1 =e= 0;
post_split_1_2.. + 1*post_1_1_2 - 1*post_positive_1_2 - 1*post_negative_1_2 =e= 0;
post_split_1_3.. + 1*post_1_1_3 - 1*post_positive_1_3 - 1*post_negative_1_3 =e= 0;
post_split_2_0.. + 1*post_1_2_0 - 1*post_positive_2_0 - 1*post_negative_2_0 =e= 0;
post_split_2_1.. + 1*post_1_2_1 - 1*post_positive_2_1 - 1*post_negative_2_1 =e= 0;
post_split_2_2.. + 1*post_1_2_2 - 1*post_positive_2_2 - 1*post_negative_2_2 =e= 0;
post_split_2_3.. + 1*post_1_2_3 - 1*post_positive_2_3 - 1*post_negative_2_3 =e= 0;
post_split_3_0.. + 1*post_1_3_0 - 1*post_positive_3_0 - 1*post_negative_3_0 =e= 0;
post_split_3_1.. + 1*post_1_3_1 - 1*post_positive_3_1 - 1*post_negative_3_1 =e= 0;
post_split_3_2.. + 1*post_1_3_2 - 1*post_positive_3_2 - 1*post_negative_3_2 =e= 0;
post_split_3_3.. + 1*post_1_3_3 - 1*post_positive_3_3 - 1*post_negative_3_3 =e= 0;
post_split_4_0.. + 1*post_1_4_0 - 1*post_positive_4_0 - 1*post_negative_4_0 =e= 0;
post_split_4_1.. + 1*post_1_4_1 - 1*post_positive_4_1 - 1*post_negative_4_1 =e= 0;
post_split_4_2.. + 1*post_1_4_2 - 1*post_positive_4_2 - 1*post_negative_4_2 =e= 0;
post_split_4_3.. + 1*post_1_4_3 - 1*post_positive_4_3 - 1*post_negative_4_3 =e= 0;
post_split_5_0.. + 1*post_1_5_0 - 1*post_positive_5_0 - 1*post_negative_5_0 =e= 0;
post_split_5_1.. + 1*post_1_5_1 - 1*post_positive_5_1 - 1*post_negative_5_1 =e= 0;
post_split_5_2.. + 1*post_1_5_2 - 1*post_positive_5_2 - 1*post_negative_5_2 =e= 0;
post_split_5_3.. + 1*post_1_5_3 - 1*post_positive_5_3 - 1*post_negative_5_3 =e= 0;
post_split_6_0.. + 1*post_1_6_0 - 1*post_positive_6_0 - 1*post_negative_6_0 =e= 0;
post_split_6_1.. + 1*post_1_6_1 - 1*post_positive_6_1 - 1*post_negative_6_1 =e= 0;
post_split_6_2.. + 1*post_1_6_2 - 1*post_positive_6_2 - 1*post_negative_6_2 =e= 0;
post_split_6_3.. + 1*post_1_6_3 - 1*post_positive_6_3 - 1*post_negative_6_3 =e= 0;
post_split_7_0.. + 1*post_1_7_0 - 1*post_positive_7_0 - 1*post_negative_7_0 =e= 0;
post_split_7_1.. + 1*post_1_7_1 - 1*post_positive_7_1 - 1*post_negative_7_1 =e= 0;
post_split_7_2.. + 1*post_1_7_2 - 1*post_positive_7_2 - 1*post_negative_7_2 =e= 0;
post_split_7_3.. + 1*post_1_7_3 - 1*post_positive_7_3 - 1*post_negative_7_3 =e= 0;
post_split_8_0.. + 1*post_1_8_0 - 1*post_positive_8_0 - 1*post_negative_8_0 =e= 0;
post_split_8_1.. + 1*post_1_8_1 - 1*post_positive_8_1 - 1*post_negative_8_1 =e= 0;
post_split_8_2.. + 1*post_1_8_2 - 1*post_positive_8_2 - 1*post_negative_8_2 =e= 0;
post_split_8_3.. + 1*post_1_8_3 - 1*post_positive_8_3 - 1*post_negative_8_3 =e= 0;
post_split_9_0.. + 1*post_1_9_0 - 1*post_positive_9_0 - 1*post_negative_9_0 =e= 0;
post_split_9_1.. + 1*post_1_9_1 - 1*post_positive_9_1 - 1*post_negative_9_1 =e= 0;
post_split_9_2.. + 1*post_1_9_2 - 1*post_positive_9_2 - 1*post_negative_9_2 =e= 0;
post_split_9_3.. + 1*post_1_9_3 - 1*post_positive_9_3 - 1*post_negative_9_3 =e= 0;
post_split_10_0.. + 1*post_1_10_0 - 1*post_positive_10_0 - 1*post_negative_10_0 =e= 0;
post_split_10_1.. + 1*post_1_10_1 - 1*post_positive_10_1 - 1*post_negative_10_1 =e= 0;
post_split_10_2.. + 1*post_1_10_2 - 1*post_positive_10_2 - 1*post_negative_10_2 =e= 0;
post_split_10_3.. + 1*post_1_10_3 - 1*post_positive_10_3 - 1*post_negative_10_3 =e= 0;
post_split_11_0.. + 1*post_1_11_0 - 1*post_positive_11_0 - 1*post_negative_11_0 =e= 0;
post_split_11_1.. + 1*post_1_11_1 - 1*post_positive_11_1 - 1*post_negative_11_1 =e= 0;
post_split_11_2.. + 1*post_1_11_2 - 1*post_positive_11_2 - 1*post_negative_11_2 =e= 0;
post_split_11_3.. + 1*post_1_11_3 - 1*post_positive_11_3 - 1*post_negative_11_3 =e= 0;
post_split_12_0.. + 1*post_1_12_0 - 1*post_positive_12_0 - 1*post_negative_12_0 =e= 0;
post_split_12_1.. + 1*post_1_12_1 - 1*post_positive_12_1 - 1*post_negative_12_1 =e= 0;
post_split_12_2.. + 1*post_1_12_2 - 1*post_positive_12_2 - 1*post_negative_12_2 =e= 0;
post_split_12_3.. + 1*post_1_12_3 - 1*post_positive_12_3 - 1*post_negative_12_3 =e= 0;
post_split_13_0.. + 1*post_1_13_0 - 1*post_positive_13_0 - 1*post_negative_13_0 =e= 0;
post_split_13_1.. + 1*post_1_13_1 - 1*post_positive_13_1 - 1*post_negative_13_1 =e= 0;
post_split_13_2.. + 1*post_1_13_2 - 1*post_positive_13_2 - 1*post_negative_13_2 =e= 0;
post_split_13_3.. + 1*post_1_13_3 - 1*post_positive_13_3 - 1*post_negative_13_3 =e= 0;
post_split_14_0.. + 1*post_1_14_0 - 1*post_positive_14_0 - 1*post_negative_14_0 =e= 0;
post_split_14_1.. + 1*post_1_14_1 - 1*post_positive_14_1 - 1*post_negative_14_1 =e= 0;
post_split_14_2.. + 1*post_1_14_2 - 1*post_positive_14_2 - 1*post_negative_14_2 =e= 0;
post_split_14_3.. + 1*post_1_14_3 - 1*post_positive_14_3 - 1*post_negative_14_3 =e= 0;
positive_if_sign_0_0.. - 128*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 128*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_0_2.. - 128*sign_2 + 1*post_positive_0_2 =l= 0;
positive_if_sign_0_3.. - 128*sign_3 + 1*post_positive_0_3 =l= 0;
positive_if_sign_1_0.. - 112*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 112*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_1_2.. - 112*sign_2 + 1*post_positive_1_2 =l= 0;
positive_if_sign_1_3.. - 112*sign_3 + 1*post_positive_1_3 =l= 0;
positive_if_sign_2_0.. - 96*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 96*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_2_2.. - 96*sign_2 + 1*post_positive_2_2 =l= 0;
positive_if_sign_2_3.. - 96*sign_3 + 1*post_positive_2_3 =l= 0;
positive_if_sign_3_0.. - 72*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 72*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_3_2.. - 72*sign_2 + 1*post_positive_3_2 =l= 0;
positive_if_sign_3_3.. - 72*sign_3 + 1*post_positive_3_3 =l= 0;
positive_if_sign_4_0.. - 80*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 80*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_4_2.. - 80*sign_2 + 1*post_positive_4_2 =l= 0;
positive_if_sign_4_3.. - 80*sign_3 + 1*post_positive_4_3 =l= 0;
positive_if_sign_5_0.. - 88*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 88*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_5_2.. - 88*sign_2 + 1*post_positive_5_2 =l= 0;
positive_if_sign_5_3.. - 88*sign_3 + 1*post_positive_5_3 =l= 0;
positive_if_sign_6_0.. - 96*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 96*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_6_2.. - 96*sign_2 + 1*post_positive_6_2 =l= 0;
positive_if_sign_6_3.. - 96*sign_3 + 1*post_positive_6_3 =l= 0;
positive_if_sign_7_0.. - 192*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 192*sign_1 + 1*post_positive_7_1 =l= 0;
positive_if_sign_7_2.. - 192*sign_2 + 1*post_positive_7_2 =l= 0;
positive_if_sign_7_3.. - 192*sign_3 + 1*post_positive_7_3 =l= 0;
positive_if_sign_8_0.. - 288*sign_0 + 1*post_positive_8_0 =l= 0;
positive_if_sign_8_1.. - 288*sign_1 + 1*post_positive_8_1 =l= 0;
positive_if_sign_8_2.. - 288*sign_2 + 1*post_positive_8_2 =l= 0;
positive_if_sign_8_3.. - 288*sign_3 + 1*post_positive_8_3 =l= 0;
positive_if_sign_9_0.. - 296*sign_0 + 1*post_positive_9_0 =l= 0;
positive_if_sign_9_1.. - 296*sign_1 + 1*post_positive_9_1 =l= 0;
positive_if_sign_9_2.. - 296*sign_2 + 1*post_positive_9_2 =l= 0;
positive_if_sign_9_3.. - 296*sign_3 + 1*post_positive_9_3 =l= 0;
positive_if_sign_10_0.. - 304*sign_0 + 1*post_positive_10_0 =l= 0;
positive_if_sign_10_1.. - 304*sign_1 + 1*post_positive_10_1 =l= 0;
positive_if_sign_10_2.. - 304*sign_2 + 1*post_positive_10_2 =l= 0;
positive_if_sign_10_3.. - 304*sign_3 + 1*post_positive_10_3 =l= 0;
positive_if_sign_11_0.. - 312*sign_0 + 1*post_positive_11_0 =l= 0;
positive_if_sign_11_1.. - 312*sign_1 + 1*post_positive_11_1 =l= 0;
positive_if_sign_11_2.. - 312*sign_2 + 1*post_positive_11_2 =l= 0;
positive_if_sign_11_3.. - 312*sign_3 + 1*post_positive_11_3 =l= 0;
positive_if_sign_12_0.. - 352*sign_0 + 1*post_positive_12_0 =l= 0;
positive_if_sign_12_1.. - 352*sign_1 + 1*post_positive_12_1 =l= 0;
positive_if_sign_12_2.. - 352*sign_2 + 1*post_positive_12_2 =l= 0;
positive_if_sign_12_3.. - 352*sign_3 + 1*post_positive_12_3 =l= 0;
positive_if_sign_13_0.. - 368*sign_0 + 1*post_positive_13_0 =l= 0;
positive_if_sign_13_1.. - 368*sign_1 + 1*post_positive_13_1 =l= 0;
positive_if_sign_13_2.. - 368*sign_2 + 1*post_positive_13_2 =l= 0;
positive_if_sign_13_3.. - 368*sign_3 + 1*post_positive_13_3 =l= 0;
positive_if_sign_14_0.. - 384*sign_0 + 1*post_positive_14_0 =l= 0;
positive_if_sign_14_1.. - 384*sign_1 + 1*post_positive_14_1 =l= 0;
positive_if_sign_14_2.. - 384*sign_2 + 1*post_positive_14_2 =l= 0;
positive_if_sign_14_3.. - 384*sign_3 + 1*post_positive_14_3 =l= 0;
negative_unless_sign_0_0.. + 128*sign_0 + 1*post_negative_0_0 =l= 128;
negative_unless_sign_0_1.. + 128*sign_1 + 1*post_negative_0_1 =l= 128;
negative_unless_sign_0_2.. + 128*sign_2 + 1*post_negative_0_2 =l= 128;
negative_unless_sign_0_3.. + 128*sign_3 + 1*post_negative_0_3 =l= 128;
negative_unless_sign_1_0.. + 112*sign_0 + 1*post_negative_1_0 =l= 112;
negative_unless_sign_1_1.. + 112*sign_1 + 1*post_negative_1_1 =l= 112;
negative_unless_sign_1_2.. + 112*sign_2 + 1*post_negative_1_2 =l= 112;
negative_unless_sign_1_3.. + 112*sign_3 + 1*post_negative_1_3 =l= 112;
negative_unless_sign_2_0.. + 96*sign_0 + 1*post_negative_2_0 =l= 96;
negative_unless_sign_2_1.. + 96*sign_1 + 1*post_negative_2_1 =l= 96;
negative_unless_sign_2_2.. + 96*sign_2 + 1*post_negative_2_2 =l= 96;
negative_unless_sign_2_3.. + 96*sign_3 + 1*post_negative_2_3 =l= 96;
negative_unless_sign_3_0.. + 72*sign_0 + 1*post_negative_3_0 =l= 72;
negative_unless_sign_3_1.. + 72*sign_1 + 1*post_negative_3_1 =l= 72;
negative_unless_sign_3_2.. + 72*sign_2 + 1*post_negative_3_2 =l= 72;
negative_unless_sign_3_3.. + 72*sign_3 + 1*post_negative_3_3 =l= 72;
negative_unless_sign_4_0.. + 80*sign_0 + 1*post_negative_4_0 =l= 80;
negative_unless_sign_4_1.. + 80*sign_1 + 1*post_negative_4_1 =l= 80;
negative_unless_sign_4_2.. + 80*sign_2 + 1*post_negative_4_2 =l= 80;
negative_unless_sign_4_3.. + 80*sign_3 + 1*post_negative_4_3 =l= 80;
negative_unless_sign_5_0.. + 88*sign_0 + 1*post_negative_5_0 =l= 88;
negative_unless_sign_5_1.. + 88*sign_1 + 1*post_negative_5_1 =l= 88;
negative_unless_sign_5_2.. + 88*sign_2 + 1*post_negative_5_2 =l= 88;
negative_unless_sign_5_3.. + 88*sign_3 + 1*post_negative_5_3 =l= 88;
negative_unless_sign_6_0.. + 96*sign_0 + 1*post_negative_6_0 =l= 96;
negative_unless_sign_6_1.. + 96*sign_1 + 1*post_negative_6_1 =l= 96;
negative_unless_sign_6_2.. + 96*sign_2 + 1*post_negative_6_2 =l= 96;
negative_unless_sign_6_3.. + 96*sign_3 + 1*post_negative_6_3 =l= 96;
negative_unless_sign_7_0.. + 192*sign_0 + 1*post_negative_7_0 =l= 192;
negative_unless_sign_7_1.. + 192*sign_1 + 1*post_negative_7_1 =l= 192;
negative_unless_sign_7_2.. + 192*sign_2 + 1*post_negative_7_2 =l= 192;
negative_unless_sign_7_3.. + 192*sign_3 + 1*post_negative_7_3 =l= 192;
negative_unless_sign_8_0.. + 288*sign_0 + 1*post_negative_8_0 =l= 288;
negative_unless_sign_8_1.. + 288*sign_1 + 1*post_negative_8_1 =l= 288;
negative_unless_sign_8_2.. + 288*sign_2 + 1*post_negative_8_2 =l= 288;
negative_unless_sign_8_3.. + 288*sign_3 + 1*post_negative_8_3 =l= 288;
negative_unless_sign_9_0.. + 296*sign_0 + 1*post_negative_9_0 =l= 296;
negative_unless_sign_9_1.. + 296*sign_1 + 1*post_negative_9_1 =l= 296;
negative_unless_sign_9_2.. + 296*sign_2 + 1*post_negative_9_2 =l= 296;
negative_unless_sign_9_3.. + 296*sign_3 + 1*post_negative_9_3 =l= 296;
negative_unless_sign_10_0.. + 304*sign_0 + 1*post_negative_10_0 =l= 304;
negative_unless_sign_10_1.. + 304*sign_1 + 1*post_negative_10_1 =l= 304;
negative_unless_sign_10_2.. + 304*sign_2 + 1*post_negative_10_2 =l= 304;
negative_unless_sign_10_3.. + 304*sign_3 + 1*post_negative_10_3 =l= 304;
negative_unless_sign_11_0.. + 312*sign_0 + 1*post_negative_11_0 =l= 312;
negative_unless_sign_11_1.. + 312*sign_1 + 1*post_negative_11_1 =l= 312;
negative_unless_sign_11_2.. + 312*sign_2 + 1*post_negative_11_2 =l= 312;
negative_unless_sign_11_3.. + 312*sign_3 + 1*post_negative_11_3 =l= 312;
negative_unless_sign_12_0.. + 352*sign_0 + 1*post_negative_12_0 =l= 352;
negative_unless_sign_12_1.. + 352*sign_1 + 1*post_negative_12_1 =l= 352;
negative_unless_sign_12_2.. + 352*sign_2 + 1*post_negative_12_2 =l= 352;
negative_unless_sign_12_3.. + 352*sign_3 + 1*post_negative_12_3 =l= 352;
negative_unless_sign_13_0.. + 368*sign_0 + 1*post_negative_13_0 =l= 368;
negative_unless_sign_13_1.. + 368*sign_1 + 1*post_negative_13_1 =l= 368;
negative_unless_sign_13_2.. + 368*sign_2 + 1*post_negative_13_2 =l= 368;
negative_unless_sign_13_3.. + 368*sign_3 + 1*post_negative_13_3 =l= 368;
negative_unless_sign_14_0.. + 384*sign_0 + 1*post_negative_14_0 =l= 384;
negative_unless_sign_14_1.. + 384*sign_1 + 1*post_negative_14_1 =l= 384;
negative_unless_sign_14_2.. + 384*sign_2 + 1*post_negative_14_2 =l= 384;
negative_unless_sign_14_3.. + 384*sign_3 + 1*post_negative_14_3 =l= 384;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*post_positive_0_0 - 1*post_positive_0_1 - 1*post_positive_0_2 - 1*post_positive_0_3 + 1*post_negative_0_0 + 1*post_negative_0_1
    + 1*post_negative_0_2 + 1*post_negative_0_3 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*post_positive_1_0 - 1*post_positive_1_1 - 1*post_positive_1_2 - 1*post_positive_1_3 + 1*post_negative_1_0 + 1*post_negative_1_1
    + 1*post_negative_1_2 + 1*post_negative_1_3 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*post_positive_2_0 - 1*post_positive_2_1 - 1*post_positive_2_2 - 1*post_positive_2_3 + 1*post_negative_2_0 + 1*post_negative_2_1
    + 1*post_negative_2_2 + 1*post_negative_2_3 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*post_positive_3_0 - 1*post_positive_3_1 - 1*post_positive_3_2 - 1*post_positive_3_3 + 1*post_negative_3_0 + 1*post_negative_3_1
    + 1*post_negative_3_2 + 1*post_negative_3_3 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*post_positive_4_0 - 1*post_positive_4_1 - 1*post_positive_4_2 - 1*post_positive_4_3 + 1*post_negative_4_0 + 1*post_negative_4_1
    + 1*post_negative_4_2 + 1*post_negative_4_3 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*post_positive_5_0 - 1*post_positive_5_1 - 1*post_positive_5_2 - 1*post_positive_5_3 + 1*post_negative_5_0 + 1*post_negative_5_1
    + 1*post_negative_5_2 + 1*post_negative_5_3 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*post_positive_6_0 - 1*post_positive_6_1 - 1*post_positive_6_2 - 1*post_positive_6_3 + 1*post_negative_6_0 + 1*post_negative_6_1
    + 1*post_negative_6_2 + 1*post_negative_6_3 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*post_positive_7_0 - 1*post_positive_7_1 - 1*post_positive_7_2 - 1*post_positive_7_3 + 1*post_negative_7_0 + 1*post_negative_7_1
    + 1*post_negative_7_2 + 1*post_negative_7_3 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*post_positive_8_0 - 1*post_positive_8_1 - 1*post_positive_8_2 - 1*post_positive_8_3 + 1*post_negative_8_0 + 1*post_negative_8_1
    + 1*post_negative_8_2 + 1*post_negative_8_3 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*post_positive_9_0 - 1*post_positive_9_1 - 1*post_positive_9_2 - 1*post_positive_9_3 + 1*post_negative_9_0 + 1*post_negative_9_1
    + 1*post_negative_9_2 + 1*post_negative_9_3 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*post_positive_10_0 - 1*post_positive_10_1 - 1*post_positive_10_2 - 1*post_positive_10_3 + 1*post_negative_10_0 + 1*post_negative_10_1
    + 1*post_negative_10_2 + 1*post_negative_10_3 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*post_positive_11_0 - 1*post_positive_11_1 - 1*post_positive_11_2 - 1*post_positive_11_3 + 1*post_negative_11_0 + 1*post_negative_11_1
    + 1*post_negative_11_2 + 1*post_negative_11_3 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*post_positive_12_0 - 1*post_positive_12_1 - 1*post_positive_12_2 - 1*post_positive_12_3 + 1*post_negative_12_0 + 1*post_negative_12_1
    + 1*post_negative_12_2 + 1*post_negative_12_3 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*post_positive_13_0 - 1*post_positive_13_1 - 1*post_positive_13_2 - 1*post_positive_13_3 + 1*post_negative_13_0 + 1*post_negative_13_1
    + 1*post_negative_13_2 + 1*post_negative_13_3 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*post_positive_14_0 - 1*post_positive_14_1 - 1*post_positive_14_2 - 1*post_positive_14_3 + 1*post_negative_14_0 + 1*post_negative_14_1
    + 1*post_negative_14_2 + 1*post_negative_14_3 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 128*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 128*relu_1_0_0_on =l= 128;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 128*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 128*relu_1_0_1_on =l= 128;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2_off_when_inactive.. + 1*post_1_0_2 - 128*relu_1_0_2_on =l= 0;
relu_1_0_2_pre_when_active.. - 1*pre_1_0_2 + 1*post_1_0_2 + 128*relu_1_0_2_on =l= 128;
relu_1_0_3_above_pre.. + 1*pre_1_0_3 - 1*post_1_0_3 =l= 0;
relu_1_0_3_off_when_inactive.. + 1*post_1_0_3 - 128*relu_1_0_3_on =l= 0;
relu_1_0_3_pre_when_active.. - 1*pre_1_0_3 + 1*post_1_0_3 + 128*relu_1_0_3_on =l= 128;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 112*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 112*relu_1_1_0_on =l= 112;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 112*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 112*relu_1_1_1_on =l= 112;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2_off_when_inactive.. + 1*post_1_1_2 - 112*relu_1_1_2_on =l= 0;
relu_1_1_2_pre_when_active.. - 1*pre_1_1_2 + 1*post_1_1_2 + 112*relu_1_1_2_on =l= 112;
relu_1_1_3_above_pre.. + 1*pre_1_1_3 - 1*post_1_1_3 =l= 0;
relu_1_1_3_off_when_inactive.. + 1*post_1_1_3 - 112*relu_1_1_3_on =l= 0;
relu_1_1_3_pre_when_active.. - 1*pre_1_1_3 + 1*post_1_1_3 + 112*relu_1_1_3_on =l= 112;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 96*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 96*relu_1_2_0_on =l= 96;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 96*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 96*relu_1_2_1_on =l= 96;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2_off_when_inactive.. + 1*post_1_2_2 - 96*relu_1_2_2_on =l= 0;
relu_1_2_2_pre_when_active.. - 1*pre_1_2_2 + 1*post_1_2_2 + 96*relu_1_2_2_on =l= 96;
relu_1_2_3_above_pre.. + 1*pre_1_2_3 - 1*post_1_2_3 =l= 0;
relu_1_2_3_off_when_inactive.. + 1*post_1_2_3 - 96*relu_1_2_3_on =l= 0;
relu_1_2_3_pre_when_active.. - 1*pre_1_2_3 + 1*post_1_2_3 + 96*relu_1_2_3_on =l= 96;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 72*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 72*relu_1_3_0_on =l= 72;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 72*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 72*relu_1_3_1_on =l= 72;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2_off_when_inactive.. + 1*post_1_3_2 - 72*relu_1_3_2_on =l= 0;
relu_1_3_2_pre_when_active.. - 1*pre_1_3_2 + 1*post_1_3_2 + 72*relu_1_3_2_on =l= 72;
relu_1_3_3_above_pre.. + 1*pre_1_3_3 - 1*post_1_3_3 =l= 0;
relu_1_3_3_off_when_inactive.. + 1*post_1_3_3 - 72*relu_1_3_3_on =l= 0;
relu_1_3_3_pre_when_active.. - 1*pre_1_3_3 + 1*post_1_3_3 + 72*relu_1_3_3_on =l= 72;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 80*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 80*relu_1_4_0_on =l= 80;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 80*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 80*relu_1_4_1_on =l= 80;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2_off_when_inactive.. + 1*post_1_4_2 - 80*relu_1_4_2_on =l= 0;
relu_1_4_2_pre_when_active.. - 1*pre_1_4_2 + 1*post_1_4_2 + 80*relu_1_4_2_on =l= 80;
relu_1_4_3_above_pre.. + 1*pre_1_4_3 - 1*post_1_4_3 =l= 0;
relu_1_4_3_off_when_inactive.. + 1*post_1_4_3 - 80*relu_1_4_3_on =l= 0;
relu_1_4_3_pre_when_active.. - 1*pre_1_4_3 + 1*post_1_4_3 + 80*relu_1_4_3_on =l= 80;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 88*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 88*relu_1_5_0_on =l= 88;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 88*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 88*relu_1_5_1_on =l= 88;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2_off_when_inactive.. + 1*post_1_5_2 - 88*relu_1_5_2_on =l= 0;
relu_1_5_2_pre_when_active.. - 1*pre_1_5_2 + 1*post_1_5_2 + 88*relu_1_5_2_on =l= 88;
relu_1_5_3_above_pre.. + 1*pre_1_5_3 - 1*post_1_5_3 =l= 0;
relu_1_5_3_off_when_inactive.. + 1*post_1_5_3 - 88*relu_1_5_3_on =l= 0;
relu_1_5_3_pre_when_active.. - 1*pre_1_5_3 + 1*post_1_5_3 + 88*relu_1_5_3_on =l= 88;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 96*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 96*relu_1_6_0_on =l= 96;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 96*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 96*relu_1_6_1_on =l= 96;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2_off_when_inactive.. + 1*post_1_6_2 - 96*relu_1_6_2_on =l= 0;
relu_1_6_2_pre_when_active.. - 1*pre_1_6_2 + 1*post_1_6_2 + 96*relu_1_6_2_on =l= 96;
relu_1_6_3_above_pre.. + 1*pre_1_6_3 - 1*post_1_6_3 =l= 0;
relu_1_6_3_off_when_inactive.. + 1*post_1_6_3 - 96*relu_1_6_3_on =l= 0;
relu_1_6_3_pre_when_active.. - 1*pre_1_6_3 + 1*post_1_6_3 + 96*relu_1_6_3_on =l= 96;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 192*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 192*relu_1_7_0_on =l= 192;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 192*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 192*relu_1_7_1_on =l= 192;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2_off_when_inactive.. + 1*post_1_7_2 - 192*relu_1_7_2_on =l= 0;
relu_1_7_2_pre_when_active.. - 1*pre_1_7_2 + 1*post_1_7_2 + 192*relu_1_7_2_on =l= 192;
relu_1_7_3_above_pre.. + 1*pre_1_7_3 - 1*post_1_7_3 =l= 0;
relu_1_7_3_off_when_inactive.. + 1*post_1_7_3 - 192*relu_1_7_3_on =l= 0;
relu_1_7_3_pre_when_active.. - 1*pre_1_7_3 + 1*post_1_7_3 + 192*relu_1_7_3_on =l= 192;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 288*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 288*relu_1_8_0_on =l= 288;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 288*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 288*relu_1_8_1_on =l= 288;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2_off_when_inactive.. + 1*post_1_8_2 - 288*relu_1_8_2_on =l= 0;
relu_1_8_2_pre_when_active.. - 1*pre_1_8_2 + 1*post_1_8_2 + 288*relu_1_8_2_on =l= 288;
relu_1_8_3_above_pre.. + 1*pre_1_8_3 - 1*post_1_8_3 =l= 0;
relu_1_8_3_off_when_inactive.. + 1*post_1_8_3 - 288*relu_1_8_3_on =l= 0;
relu_1_8_3_pre_when_active.. - 1*pre_1_8_3 + 1*post_1_8_3 + 288*relu_1_8_3_on =l= 288;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 296*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 296*relu_1_9_0_on =l= 296;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 296*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 296*relu_1_9_1_on =l= 296;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2_off_when_inactive.. + 1*post_1_9_2 - 296*relu_1_9_2_on =l= 0;
relu_1_9_2_pre_when_active.. - 1*pre_1_9_2 + 1*post_1_9_2 + 296*relu_1_9_2_on =l= 296;
relu_1_9_3_above_pre.. + 1*pre_1_9_3 - 1*post_1_9_3 =l= 0;
relu_1_9_3_off_when_inactive.. + 1*post_1_9_3 - 296*relu_1_9_3_on =l= 0;
relu_1_9_3_pre_when_active.. - 1*pre_1_9_3 + 1*post_1_9_3 + 296*relu_1_9_3_on =l= 296;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 304*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 304*relu_1_10_0_on =l= 304;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 304*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 304*relu_1_10_1_on =l= 304;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2_off_when_inactive.. + 1*post_1_10_2 - 304*relu_1_10_2_on =l= 0;
relu_1_10_2_pre_when_active.. - 1*pre_1_10_2 + 1*post_1_10_2 + 304*relu_1_10_2_on =l= 304;
relu_1_10_3_above_pre.. + 1*pre_1_10_3 - 1*post_1_10_3 =l= 0;
relu_1_10_3_off_when_inactive.. + 1*post_1_10_3 - 304*relu_1_10_3_on =l= 0;
relu_1_10_3_pre_when_active.. - 1*pre_1_10_3 + 1*post_1_10_3 + 304*relu_1_10_3_on =l= 304;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 312*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 312*relu_1_11_0_on =l= 312;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 312*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 312*relu_1_11_1_on =l= 312;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2_off_when_inactive.. + 1*post_1_11_2 - 312*relu_1_11_2_on =l= 0;
relu_1_11_2_pre_when_active.. - 1*pre_1_11_2 + 1*post_1_11_2 + 312*relu_1_11_2_on =l= 312;
relu_1_11_3_above_pre.. + 1*pre_1_11_3 - 1*post_1_11_3 =l= 0;
relu_1_11_3_off_when_inactive.. + 1*post_1_11_3 - 312*relu_1_11_3_on =l= 0;
relu_1_11_3_pre_when_active.. - 1*pre_1_11_3 + 1*post_1_11_3 + 312*relu_1_11_3_on =l= 312;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 352*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 352*relu_1_12_0_on =l= 352;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 352*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 352*relu_1_12_1_on =l= 352;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2_off_when_inactive.. + 1*post_1_12_2 - 352*relu_1_12_2_on =l= 0;
relu_1_12_2_pre_when_active.. - 1*pre_1_12_2 + 1*post_1_12_2 + 352*relu_1_12_2_on =l= 352;
relu_1_12_3_above_pre.. + 1*pre_1_12_3 - 1*post_1_12_3 =l= 0;
relu_1_12_3_off_when_inactive.. + 1*post_1_12_3 - 352*relu_1_12_3_on =l= 0;
relu_1_12_3_pre_when_active.. - 1*pre_1_12_3 + 1*post_1_12_3 + 352*relu_1_12_3_on =l= 352;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 368*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 368*relu_1_13_0_on =l= 368;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 368*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 368*relu_1_13_1_on =l= 368;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2_off_when_inactive.. + 1*post_1_13_2 - 368*relu_1_13_2_on =l= 0;
relu_1_13_2_pre_when_active.. - 1*pre_1_13_2 + 1*post_1_13_2 + 368*relu_1_13_2_on =l= 368;
relu_1_13_3_above_pre.. + 1*pre_1_13_3 - 1*post_1_13_3 =l= 0;
relu_1_13_3_off_when_inactive.. + 1*post_1_13_3 - 368*relu_1_13_3_on =l= 0;
relu_1_13_3_pre_when_active.. - 1*pre_1_13_3 + 1*post_1_13_3 + 368*relu_1_13_3_on =l= 368;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 384*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 384*relu_1_14_0_on =l= 384;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 384*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 384*relu_1_14_1_on =l= 384;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2_off_when_inactive.. + 1*post_1_14_2 - 384*relu_1_14_2_on =l= 0;
relu_1_14_2_pre_when_active.. - 1*pre_1_14_2 + 1*post_1_14_2 + 384*relu_1_14_2_on =l= 384;
relu_1_14_3_above_pre.. + 1*pre_1_14_3 - 1*post_1_14_3 =l= 0;
relu_1_14_3_off_when_inactive.. + 1*post_1_14_3 - 384*relu_1_14_3_on =l= 0;
relu_1_14_3_pre_when_active.. - 1*pre_1_14_3 + 1*post_1_14_3 + 384*relu_1_14_3_on =l= 384;

u_0_0.lo = -64;
u_0_0.up = 64;
u_0_1.lo = -64;
u_0_1.up = 64;
u_1_0.lo = -64;
u_1_0.up = 64;
u_1_1.lo = -64;
u_1_1.up = 64;
u_2_0.lo = -64;
u_2_0.up = 64;
u_2_1.lo = -64;
u_2_1.up = 64;
u_3_0.lo = -64;
u_3_0.up = 64;
u_3_1.lo = -64;
u_3_1.up = 64;
pre_1_0_0.lo = -128;
pre_1_0_0.up = 128;
pre_1_0_1.lo = -128;
pre_1_0_1.up = 128;
pre_1_0_2.lo = -128;
pre_1_0_2.up = 128;
pre_1_0_3.lo = -128;
pre_1_0_3.up = 128;
pre_1_1_0.lo = -112;
pre_1_1_0.up = 112;
pre_1_1_1.lo = -112;
pre_1_1_1.up = 112;
pre_1_1_2.lo = -112;
pre_1_1_2.up = 112;
pre_1_1_3.lo = -112;
pre_1_1_3.up = 112;
pre_1_2_0.lo = -96;
pre_1_2_0.up = 96;
pre_1_2_1.lo = -96;
pre_1_2_1.up = 96;
pre_1_2_2.lo = -96;
pre_1_2_2.up = 96;
pre_1_2_3.lo = -96;
pre_1_2_3.up = 96;
pre_1_3_0.lo = -72;
pre_1_3_0.up = 72;
pre_1_3_1.lo = -72;
pre_1_3_1.up = 72;
pre_1_3_2.lo = -72;
pre_1_3_2.up = 72;
pre_1_3_3.lo = -72;
pre_1_3_3.up = 72;
pre_1_4_0.lo = -80;
pre_1_4_0.up = 80;
pre_1_4_1.lo = -80;
pre_1_4_1.up = 80;
pre_1_4_2.lo = -80;
pre_1_4_2.up = 80;
pre_1_4_3.lo = -80;
pre_1_4_3.up = 80;
pre_1_5_0.lo = -88;
pre_1_5_0.up = 88;
pre_1_5_1.lo = -88;
pre_1_5_1.up = 88;
pre_1_5_2.lo = -88;
pre_1_5_2.up = 88;
pre_1_5_3.lo = -88;
pre_1_5_3.up = 88;
pre_1_6_0.lo = -96;
pre_1_6_0.up = 96;
pre_1_6_1.lo = -96;
pre_1_6_1.up = 96;
pre_1_6_2.lo = -96;
pre_1_6_2.up = 96;
pre_1_6_3.lo = -96;
pre_1_6_3.up = 96;
pre_1_7_0.lo = -192;
pre_1_7_0.up = 192;
pre_1_7_1.lo = -192;
pre_1_7_1.up = 192;
pre_1_7_2.lo = -192;
pre_1_7_2.up = 192;
pre_1_7_3.lo = -192;
pre_1_7_3.up = 192;
pre_1_8_0.lo = -288;
pre_1_8_0.up = 288;
pre_1_8_1.lo = -288;
pre_1_8_1.up = 288;
pre_1_8_2.lo = -288;
pre_1_8_2.up = 288;
pre_1_8_3.lo = -288;
pre_1_8_3.up = 288;
pre_1_9_0.lo = -296;
pre_1_9_0.up = 296;
pre_1_9_1.lo = -296;
pre_1_9_1.up = 296;
pre_1_9_2.lo = -296;
pre_1_9_2.up = 296;
pre_1_9_3.lo = -296;
pre_1_9_3.up = 296;
pre_1_10_0.lo = -304;
pre_1_10_0.up = 304;
pre_1_10_1.lo = -304;
pre_1_10_1.up = 304;
pre_1_10_2.lo = -304;
pre_1_10_2.up = 304;
pre_1_10_3.lo = -304;
pre_1_10_3.up = 304;
pre_1_11_0.lo = -312;
pre_1_11_0.up = 312;
pre_1_11_1.lo = -312;
pre_1_11_1.up = 312;
pre_1_11_2.lo = -312;
pre_1_11_2.up = 312;
pre_1_11_3.lo = -312;
pre_1_11_3.up = 312;
pre_1_12_0.lo = -352;
pre_1_12_0.up = 352;
pre_1_12_1.lo = -352;
pre_1_12_1.up = 352;
pre_1_12_2.lo = -352;
pre_1_12_2.up = 352;
pre_1_12_3.lo = -352;
pre_1_12_3.up = 352;
pre_1_13_0.lo = -368;
pre_1_13_0.up = 368;
pre_1_13_1.lo = -368;
pre_1_13_1.up = 368;
pre_1_13_2.lo = -368;
pre_1_13_2.up = 368;
pre_1_13_3.lo = -368;
pre_1_13_3.up = 368;
pre_1_14_0.lo = -384;
pre_1_14_0.up = 384;
pre_1_14_1.lo = -384;
pre_1_14_1.up = 384;
pre_1_14_2.lo = -384;
pre_1_14_2.up = 384;
pre_1_14_3.lo = -384;
pre_1_14_3.up = 384;
post_1_0_0.lo = 0;
post_1_0_0.up = 128;
post_1_0_1.lo = 0;
post_1_0_1.up = 128;
post_1_0_2.lo = 0;
post_1_0_2.up = 128;
post_1_0_3.lo = 0;
post_1_0_3.up = 128;
post_1_1_0.lo = 0;
post_1_1_0.up = 112;
post_1_1_1.lo = 0;
post_1_1_1.up = 112;
post_1_1_2.lo = 0;
post_1_1_2.up = 112;
post_1_1_3.lo = 0;
post_1_1_3.up = 112;
post_1_2_0.lo = 0;
post_1_2_0.up = 96;
post_1_2_1.lo = 0;
post_1_2_1.up = 96;
post_1_2_2.lo = 0;
post_1_2_2.up = 96;
post_1_2_3.lo = 0;
post_1_2_3.up = 96;
post_1_3_0.lo = 0;
post_1_3_0.up = 72;
post_1_3_1.lo = 0;
post_1_3_1.up = 72;
post_1_3_2.lo = 0;
post_1_3_2.up = 72;
post_1_3_3.lo = 0;
post_1_3_3.up = 72;
post_1_4_0.lo = 0;
post_1_4_0.up = 80;
post_1_4_1.lo = 0;
post_1_4_1.up = 80;
post_1_4_2.lo = 0;
post_1_4_2.up = 80;
post_1_4_3.lo = 0;
post_1_4_3.up = 80;
post_1_5_0.lo = 0;
post_1_5_0.up = 88;
post_1_5_1.lo = 0;
post_1_5_1.up = 88;
post_1_5_2.lo = 0;
post_1_5_2.up = 88;
post_1_5_3.lo = 0;
post_1_5_3.up = 88;
post_1_6_0.lo = 0;
post_1_6_0.up = 96;
post_1_6_1.lo = 0;
post_1_6_1.up = 96;
post_1_6_2.lo = 0;
post_1_6_2.up = 96;
post_1_6_3.lo = 0;
post_1_6_3.up = 96;
post_1_7_0.lo = 0;
post_1_7_0.up = 192;
post_1_7_1.lo = 0;
post_1_7_1.up = 192;
post_1_7_2.lo = 0;
post_1_7_2.up = 192;
post_1_7_3.lo = 0;
post_1_7_3.up = 192;
post_1_8_0.lo = 0;
post_1_8_0.up = 288;
post_1_8_1.lo = 0;
post_1_8_1.up = 288;
post_1_8_2.lo = 0;
post_1_8_2.up = 288;
post_1_8_3.lo = 0;
post_1_8_3.up = 288;
post_1_9_0.lo = 0;
post_1_9_0.up = 296;
post_1_9_1.lo = 0;
post_1_9_1.up = 296;
post_1_9_2.lo = 0;
post_1_9_2.up = 296;
post_1_9_3.lo = 0;
post_1_9_3.up = 296;
post_1_10_0.lo = 0;
post_1_10_0.up = 304;
post_1_10_1.lo = 0;
post_1_10_1.up = 304;
post_1_10_2.lo = 0;
post_1_10_2.up = 304;
post_1_10_3.lo = 0;
post_1_10_3.up = 304;
post_1_11_0.lo = 0;
post_1_11_0.up = 312;
post_1_11_1.lo = 0;
post_1_11_1.up = 312;
post_1_11_2.lo = 0;
post_1_11_2.up = 312;
post_1_11_3.lo = 0;
post_1_11_3.up = 312;
post_1_12_0.lo = 0;
post_1_12_0.up = 352;
post_1_12_1.lo = 0;
post_1_12_1.up = 352;
post_1_12_2.lo = 0;
post_1_12_2.up = 352;
post_1_12_3.lo = 0;
post_1_12_3.up = 352;
post_1_13_0.lo = 0;
post_1_13_0.up = 368;
post_1_13_1.lo = 0;
post_1_13_1.up = 368;
post_1_13_2.lo = 0;
post_1_13_2.up = 368;
post_1_13_3.lo = 0;
post_1_13_3.up = 368;
post_1_14_0.lo = 0;
post_1_14_0.up = 384;
post_1_14_1.lo = 0;
post_1_14_1.up = 384;
post_1_14_2.lo = 0;
post_1_14_2.up = 384;
post_1_14_3.lo = 0;
post_1_14_3.up = 384;
b_2_0.lo = -8;
b_2_0.up = 8;
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
post_positive_0_0.lo = 0;
post_positive_0_0.up = 128;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 128;
post_positive_0_2.lo = 0;
post_positive_0_2.up = 128;
post_positive_0_3.lo = 0;
post_positive_0_3.up = 128;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 112;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 112;
post_positive_1_2.lo = 0;
post_positive_1_2.up = 112;
post_positive_1_3.lo = 0;
post_positive_1_3.up = 112;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 96;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 96;
post_positive_2_2.lo = 0;
post_positive_2_2.up = 96;
post_positive_2_3.lo = 0;
post_positive_2_3.up = 96;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 72;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 72;
post_positive_3_2.lo = 0;
post_positive_3_2.up = 72;
post_positive_3_3.lo = 0;
post_positive_3_3.up = 72;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 80;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 80;
post_positive_4_2.lo = 0;
post_positive_4_2.up = 80;
post_positive_4_3.lo = 0;
post_positive_4_3.up = 80;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 88;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 88;
post_positive_5_2.lo = 0;
post_positive_5_2.up = 88;
post_positive_5_3.lo = 0;
post_positive_5_3.up = 88;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 96;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 96;
post_positive_6_2.lo = 0;
post_positive_6_2.up = 96;
post_positive_6_3.lo = 0;
post_positive_6_3.up = 96;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 192;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 192;
post_positive_7_2.lo = 0;
post_positive_7_2.up = 192;
post_positive_7_3.lo = 0;
post_positive_7_3.up = 192;
post_positive_8_0.lo = 0;
post_positive_8_0.up = 288;
post_positive_8_1.lo = 0;
post_positive_8_1.up = 288;
post_positive_8_2.lo = 0;
post_positive_8_2.up = 288;
post_positive_8_3.lo = 0;
post_positive_8_3.up = 288;
post_positive_9_0.lo = 0;
post_positive_9_0.up = 296;
post_positive_9_1.lo = 0;
post_positive_9_1.up = 296;
post_positive_9_2.lo = 0;
post_positive_9_2.up = 296;
post_positive_9_3.lo = 0;
post_positive_9_3.up = 296;
post_positive_10_0.lo = 0;
post_positive_10_0.up = 304;
post_positive_10_1.lo = 0;
post_positive_10_1.up = 304;
post_positive_10_2.lo = 0;
post_positive_10_2.up = 304;
post_positive_10_3.lo = 0;
post_positive_10_3.up = 304;
post_positive_11_0.lo = 0;
post_positive_11_0.up = 312;
post_positive_11_1.lo = 0;
post_positive_11_1.up = 312;
post_positive_11_2.lo = 0;
post_positive_11_2.up = 312;
post_positive_11_3.lo = 0;
post_positive_11_3.up = 312;
post_positive_12_0.lo = 0;
post_positive_12_0.up = 352;
post_positive_12_1.lo = 0;
post_positive_12_1.up = 352;
post_positive_12_2.lo = 0;
post_positive_12_2.up = 352;
post_positive_12_3.lo = 0;
post_positive_12_3.up = 352;
post_positive_13_0.lo = 0;
post_positive_13_0.up = 368;
post_positive_13_1.lo = 0;
post_positive_13_1.up = 368;
post_positive_13_2.lo = 0;
post_positive_13_2.up = 368;
post_positive_13_3.lo = 0;
post_positive_13_3.up = 368;
post_positive_14_0.lo = 0;
post_positive_14_0.up = 384;
post_positive_14_1.lo = 0;
post_positive_14_1.up = 384;
post_positive_14_2.lo = 0;
post_positive_14_2.up = 384;
post_positive_14_3.lo = 0;
post_positive_14_3.up = 384;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 128;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 128;
post_negative_0_2.lo = 0;
post_negative_0_2.up = 128;
post_negative_0_3.lo = 0;
post_negative_0_3.up = 128;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 112;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 112;
post_negative_1_2.lo = 0;
post_negative_1_2.up = 112;
post_negative_1_3.lo = 0;
post_negative_1_3.up = 112;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 96;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 96;
post_negative_2_2.lo = 0;
post_negative_2_2.up = 96;
post_negative_2_3.lo = 0;
post_negative_2_3.up = 96;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 72;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 72;
post_negative_3_2.lo = 0;
post_negative_3_2.up = 72;
post_negative_3_3.lo = 0;
post_negative_3_3.up = 72;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 80;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 80;
post_negative_4_2.lo = 0;
post_negative_4_2.up = 80;
post_negative_4_3.lo = 0;
post_negative_4_3.up = 80;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 88;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 88;
post_negative_5_2.lo = 0;
post_negative_5_2.up = 88;
post_negative_5_3.lo = 0;
post_negative_5_3.up = 88;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 96;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 96;
post_negative_6_2.lo = 0;
post_negative_6_2.up = 96;
post_negative_6_3.lo = 0;
post_negative_6_3.up = 96;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 192;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 192;
post_negative_7_2.lo = 0;
post_negative_7_2.up = 192;
post_negative_7_3.lo = 0;
post_negative_7_3.up = 192;
post_negative_8_0.lo = 0;
post_negative_8_0.up = 288;
post_negative_8_1.lo = 0;
post_negative_8_1.up = 288;
post_negative_8_2.lo = 0;
post_negative_8_2.up = 288;
post_negative_8_3.lo = 0;
post_negative_8_3.up = 288;
post_negative_9_0.lo = 0;
post_negative_9_0.up = 296;
post_negative_9_1.lo = 0;
post_negative_9_1.up = 296;
post_negative_9_2.lo = 0;
post_negative_9_2.up = 296;
post_negative_9_3.lo = 0;
post_negative_9_3.up = 296;
post_negative_10_0.lo = 0;
post_negative_10_0.up = 304;
post_negative_10_1.lo = 0;
post_negative_10_1.up = 304;
post_negative_10_2.lo = 0;
post_negative_10_2.up = 304;
post_negative_10_3.lo = 0;
post_negative_10_3.up = 304;
post_negative_11_0.lo = 0;
post_negative_11_0.up = 312;
post_negative_11_1.lo = 0;
post_negative_11_1.up = 312;
post_negative_11_2.lo = 0;
post_negative_11_2.up = 312;
post_negative_11_3.lo = 0;
post_negative_11_3.up = 312;
post_negative_12_0.lo = 0;
post_negative_12_0.up = 352;
post_negative_12_1.lo = 0;
post_negative_12_1.up = 352;
post_negative_12_2.lo = 0;
post_negative_12_2.up = 352;
post_negative_12_3.lo = 0;
post_negative_12_3.up = 352;
post_negative_13_0.lo = 0;
post_negative_13_0.up = 368;
post_negative_13_1.lo = 0;
post_negative_13_1.up = 368;
post_negative_13_2.lo = 0;
post_negative_13_2.up = 368;
post_negative_13_3.lo = 0;
post_negative_13_3.up = 368;
post_negative_14_0.lo = 0;
post_negative_14_0.up = 384;
post_negative_14_1.lo = 0;
post_negative_14_1.up = 384;
post_negative_14_2.lo = 0;
post_negative_14_2.up = 384;
post_negative_14_3.lo = 0;
post_negative_14_3.up = 384;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
