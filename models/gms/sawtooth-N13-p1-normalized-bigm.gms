* sawtooth-N13-p1-normalized-bigm  (relu-opt library: sawtooth-N13, problem 1, normalized-bigm; {"hidden": [2], "bound": 4.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_1_0, u_1_1, pre_1_0_0, pre_1_0_1, pre_1_1_0,
  pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0,
  pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1, pre_1_8_0, pre_1_8_1, pre_1_9_0,
  pre_1_9_1, pre_1_10_0, pre_1_10_1, pre_1_11_0, pre_1_11_1, pre_1_12_0, pre_1_12_1, post_1_0_0,
  post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0,
  post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1, post_1_8_0,
  post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1, post_1_11_0, post_1_11_1, post_1_12_0,
  post_1_12_1, b_2_0, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, post_positive_0_0,
  post_positive_0_1, post_positive_1_0, post_positive_1_1, post_positive_2_0, post_positive_2_1, post_positive_3_0, post_positive_3_1, post_positive_4_0,
  post_positive_4_1, post_positive_5_0, post_positive_5_1, post_positive_6_0, post_positive_6_1, post_positive_7_0, post_positive_7_1, post_positive_8_0,
  post_positive_8_1, post_positive_9_0, post_positive_9_1, post_positive_10_0, post_positive_10_1, post_positive_11_0, post_positive_11_1, post_positive_12_0,
  post_positive_12_1, post_negative_0_0, post_negative_0_1, post_negative_1_0, post_negative_1_1, post_negative_2_0, post_negative_2_1, post_negative_3_0,
  post_negative_3_1, post_negative_4_0, post_negative_4_1, post_negative_5_0, post_negative_5_1, post_negative_6_0, post_negative_6_1, post_negative_7_0,
  post_negative_7_1, post_negative_8_0, post_negative_8_1, post_negative_9_0, post_negative_9_1, post_negative_10_0, post_negative_10_1, post_negative_11_0,
  post_negative_11_1, post_negative_12_0, post_negative_12_1;

Binary Variables
  sign_0, sign_1, relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on,
  relu_1_3_0_on, relu_1_3_1_on, relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on,
  relu_1_7_0_on, relu_1_7_1_on, relu_1_8_0_on, relu_1_8_1_on, relu_1_9_0_on, relu_1_9_1_on, relu_1_10_0_on, relu_1_10_1_on,
  relu_1_11_0_on, relu_1_11_1_on, relu_1_12_0_on, relu_1_12_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, post_split_0_0, post_split_0_1, post_split_1_0, post_split_1_1, post_split_2_0,
  post_split_2_1, post_split_3_0, post_split_3_1, post_split_4_0, post_split_4_1, post_split_5_0, post_split_5_1, post_split_6_0,
  post_split_6_1, post_split_7_0, post_split_7_1, post_split_8_0, post_split_8_1, post_split_9_0, post_split_9_1, post_split_10_0,
  post_split_10_1, post_split_11_0, post_split_11_1, post_split_12_0, post_split_12_1, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_1_0,
  positive_if_sign_1_1, positive_if_sign_2_0, positive_if_sign_2_1, positive_if_sign_3_0, positive_if_sign_3_1, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_5_0,
  positive_if_sign_5_1, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_7_0, positive_if_sign_7_1, positive_if_sign_8_0, positive_if_sign_8_1, positive_if_sign_9_0,
  positive_if_sign_9_1, positive_if_sign_10_0, positive_if_sign_10_1, positive_if_sign_11_0, positive_if_sign_11_1, positive_if_sign_12_0, positive_if_sign_12_1, negative_unless_sign_0_0,
  negative_unless_sign_0_1, negative_unless_sign_1_0, negative_unless_sign_1_1, negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_3_0, negative_unless_sign_3_1, negative_unless_sign_4_0,
  negative_unless_sign_4_1, negative_unless_sign_5_0, negative_unless_sign_5_1, negative_unless_sign_6_0, negative_unless_sign_6_1, negative_unless_sign_7_0, negative_unless_sign_7_1, negative_unless_sign_8_0,
  negative_unless_sign_8_1, negative_unless_sign_9_0, negative_unless_sign_9_1, negative_unless_sign_10_0, negative_unless_sign_10_1, negative_unless_sign_11_0, negative_unless_sign_11_1, negative_unless_sign_12_0,
  negative_unless_sign_12_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive,
  relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre,
  relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active,
  relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive,
  relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre,
  relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active, relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active,
  relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive, relu_1_7_1_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive,
  relu_1_8_0_pre_when_active, relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active, relu_1_9_0_above_pre, relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active, relu_1_9_1_above_pre,
  relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active, relu_1_10_0_above_pre, relu_1_10_0_off_when_inactive, relu_1_10_0_pre_when_active, relu_1_10_1_above_pre, relu_1_10_1_off_when_inactive, relu_1_10_1_pre_when_active,
  relu_1_11_0_above_pre, relu_1_11_0_off_when_inactive, relu_1_11_0_pre_when_active, relu_1_11_1_above_pre, relu_1_11_1_off_when_inactive, relu_1_11_1_pre_when_active, relu_1_12_0_above_pre, relu_1_12_0_off_when_inactive,
  relu_1_12_0_pre_when_active, relu_1_12_1_above_pre, relu_1_12_1_off_when_inactive, relu_1_12_1_pre_when_active;

e_obj.. - objvar - 0.6666666666666665*out_1_0 - 1.333333333333333*out_2_0 + 2*out_3_0 + 1.3333333333333335*out_4_0 + 0.666666666666667*out_5_0 - 0.6666666666666661*out_7_0 - 1.333333333333333*out_8_0
    + 2*out_9_0 + 1.333333333333334*out_10_0 + 0.666666666666667*out_11_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0)
    + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0)
    + 4.222222222222222 =e= 0;
pre_definition_1_0_0.. + 1*u_0_0 - 1*u_0_1 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*u_1_0 - 1*u_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.8333333333333334*u_0_0 - 1*u_0_1 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.8333333333333334*u_1_0 - 1*u_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.6666666666666667*u_0_0 - 1*u_0_1 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.6666666666666667*u_1_0 - 1*u_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.5*u_0_0 - 1*u_0_1 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.5*u_1_0 - 1*u_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.33333333333333337*u_0_0 - 1*u_0_1 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.33333333333333337*u_1_0 - 1*u_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.16666666666666674*u_0_0 - 1*u_0_1 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.16666666666666674*u_1_0 - 1*u_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 1*u_0_1 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 1*u_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.16666666666666652*u_0_0 - 1*u_0_1 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.16666666666666652*u_1_0 - 1*u_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. - 0.33333333333333326*u_0_0 - 1*u_0_1 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.33333333333333326*u_1_0 - 1*u_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.5*u_0_0 - 1*u_0_1 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.5*u_1_0 - 1*u_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. - 0.6666666666666665*u_0_0 - 1*u_0_1 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.6666666666666665*u_1_0 - 1*u_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. - 0.8333333333333333*u_0_0 - 1*u_0_1 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 0.8333333333333333*u_1_0 - 1*u_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 1*u_0_0 - 1*u_0_1 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 1*u_1_0 - 1*u_1_1 + 1*pre_1_12_1 =e= 0;
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
positive_if_sign_0_0.. - 32*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 32*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_1_0.. - 29.333333333333336*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 29.333333333333336*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_2_0.. - 26.666666666666668*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 26.666666666666668*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_3_0.. - 24*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 24*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_4_0.. - 21.333333333333336*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 21.333333333333336*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_5_0.. - 18.666666666666668*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 18.666666666666668*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_6_0.. - 16*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 16*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_7_0.. - 18.666666666666664*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 18.666666666666664*sign_1 + 1*post_positive_7_1 =l= 0;
positive_if_sign_8_0.. - 21.333333333333332*sign_0 + 1*post_positive_8_0 =l= 0;
positive_if_sign_8_1.. - 21.333333333333332*sign_1 + 1*post_positive_8_1 =l= 0;
positive_if_sign_9_0.. - 24*sign_0 + 1*post_positive_9_0 =l= 0;
positive_if_sign_9_1.. - 24*sign_1 + 1*post_positive_9_1 =l= 0;
positive_if_sign_10_0.. - 26.666666666666664*sign_0 + 1*post_positive_10_0 =l= 0;
positive_if_sign_10_1.. - 26.666666666666664*sign_1 + 1*post_positive_10_1 =l= 0;
positive_if_sign_11_0.. - 29.333333333333332*sign_0 + 1*post_positive_11_0 =l= 0;
positive_if_sign_11_1.. - 29.333333333333332*sign_1 + 1*post_positive_11_1 =l= 0;
positive_if_sign_12_0.. - 32*sign_0 + 1*post_positive_12_0 =l= 0;
positive_if_sign_12_1.. - 32*sign_1 + 1*post_positive_12_1 =l= 0;
negative_unless_sign_0_0.. + 32*sign_0 + 1*post_negative_0_0 =l= 32;
negative_unless_sign_0_1.. + 32*sign_1 + 1*post_negative_0_1 =l= 32;
negative_unless_sign_1_0.. + 29.333333333333336*sign_0 + 1*post_negative_1_0 =l= 29.333333333333336;
negative_unless_sign_1_1.. + 29.333333333333336*sign_1 + 1*post_negative_1_1 =l= 29.333333333333336;
negative_unless_sign_2_0.. + 26.666666666666668*sign_0 + 1*post_negative_2_0 =l= 26.666666666666668;
negative_unless_sign_2_1.. + 26.666666666666668*sign_1 + 1*post_negative_2_1 =l= 26.666666666666668;
negative_unless_sign_3_0.. + 24*sign_0 + 1*post_negative_3_0 =l= 24;
negative_unless_sign_3_1.. + 24*sign_1 + 1*post_negative_3_1 =l= 24;
negative_unless_sign_4_0.. + 21.333333333333336*sign_0 + 1*post_negative_4_0 =l= 21.333333333333336;
negative_unless_sign_4_1.. + 21.333333333333336*sign_1 + 1*post_negative_4_1 =l= 21.333333333333336;
negative_unless_sign_5_0.. + 18.666666666666668*sign_0 + 1*post_negative_5_0 =l= 18.666666666666668;
negative_unless_sign_5_1.. + 18.666666666666668*sign_1 + 1*post_negative_5_1 =l= 18.666666666666668;
negative_unless_sign_6_0.. + 16*sign_0 + 1*post_negative_6_0 =l= 16;
negative_unless_sign_6_1.. + 16*sign_1 + 1*post_negative_6_1 =l= 16;
negative_unless_sign_7_0.. + 18.666666666666664*sign_0 + 1*post_negative_7_0 =l= 18.666666666666664;
negative_unless_sign_7_1.. + 18.666666666666664*sign_1 + 1*post_negative_7_1 =l= 18.666666666666664;
negative_unless_sign_8_0.. + 21.333333333333332*sign_0 + 1*post_negative_8_0 =l= 21.333333333333332;
negative_unless_sign_8_1.. + 21.333333333333332*sign_1 + 1*post_negative_8_1 =l= 21.333333333333332;
negative_unless_sign_9_0.. + 24*sign_0 + 1*post_negative_9_0 =l= 24;
negative_unless_sign_9_1.. + 24*sign_1 + 1*post_negative_9_1 =l= 24;
negative_unless_sign_10_0.. + 26.666666666666664*sign_0 + 1*post_negative_10_0 =l= 26.666666666666664;
negative_unless_sign_10_1.. + 26.666666666666664*sign_1 + 1*post_negative_10_1 =l= 26.666666666666664;
negative_unless_sign_11_0.. + 29.333333333333332*sign_0 + 1*post_negative_11_0 =l= 29.333333333333332;
negative_unless_sign_11_1.. + 29.333333333333332*sign_1 + 1*post_negative_11_1 =l= 29.333333333333332;
negative_unless_sign_12_0.. + 32*sign_0 + 1*post_negative_12_0 =l= 32;
negative_unless_sign_12_1.. + 32*sign_1 + 1*post_negative_12_1 =l= 32;
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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 32*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 32*relu_1_0_0_on =l= 32;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 32*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 32*relu_1_0_1_on =l= 32;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 29.333333333333336*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 29.333333333333336*relu_1_1_0_on =l= 29.333333333333336;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 29.333333333333336*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 29.333333333333336*relu_1_1_1_on =l= 29.333333333333336;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 26.666666666666668*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 26.666666666666668*relu_1_2_0_on =l= 26.666666666666668;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 26.666666666666668*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 26.666666666666668*relu_1_2_1_on =l= 26.666666666666668;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 24*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 24*relu_1_3_0_on =l= 24;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 24*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 24*relu_1_3_1_on =l= 24;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 21.333333333333336*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 21.333333333333336*relu_1_4_0_on =l= 21.333333333333336;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 21.333333333333336*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 21.333333333333336*relu_1_4_1_on =l= 21.333333333333336;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 18.666666666666668*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 18.666666666666668*relu_1_5_0_on =l= 18.666666666666668;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 18.666666666666668*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 18.666666666666668*relu_1_5_1_on =l= 18.666666666666668;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 16*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 16*relu_1_6_0_on =l= 16;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 16*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 16*relu_1_6_1_on =l= 16;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 18.666666666666664*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 18.666666666666664*relu_1_7_0_on =l= 18.666666666666664;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 18.666666666666664*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 18.666666666666664*relu_1_7_1_on =l= 18.666666666666664;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 21.333333333333332*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 21.333333333333332*relu_1_8_0_on =l= 21.333333333333332;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 21.333333333333332*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 21.333333333333332*relu_1_8_1_on =l= 21.333333333333332;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 24*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 24*relu_1_9_0_on =l= 24;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 24*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 24*relu_1_9_1_on =l= 24;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 26.666666666666664*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 26.666666666666664*relu_1_10_0_on =l= 26.666666666666664;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 26.666666666666664*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 26.666666666666664*relu_1_10_1_on =l= 26.666666666666664;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 29.333333333333332*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 29.333333333333332*relu_1_11_0_on =l= 29.333333333333332;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 29.333333333333332*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 29.333333333333332*relu_1_11_1_on =l= 29.333333333333332;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 32*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 32*relu_1_12_0_on =l= 32;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 32*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 32*relu_1_12_1_on =l= 32;

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
pre_1_1_0.lo = -29.333333333333336;
pre_1_1_0.up = 29.333333333333336;
pre_1_1_1.lo = -29.333333333333336;
pre_1_1_1.up = 29.333333333333336;
pre_1_2_0.lo = -26.666666666666668;
pre_1_2_0.up = 26.666666666666668;
pre_1_2_1.lo = -26.666666666666668;
pre_1_2_1.up = 26.666666666666668;
pre_1_3_0.lo = -24;
pre_1_3_0.up = 24;
pre_1_3_1.lo = -24;
pre_1_3_1.up = 24;
pre_1_4_0.lo = -21.333333333333336;
pre_1_4_0.up = 21.333333333333336;
pre_1_4_1.lo = -21.333333333333336;
pre_1_4_1.up = 21.333333333333336;
pre_1_5_0.lo = -18.666666666666668;
pre_1_5_0.up = 18.666666666666668;
pre_1_5_1.lo = -18.666666666666668;
pre_1_5_1.up = 18.666666666666668;
pre_1_6_0.lo = -16;
pre_1_6_0.up = 16;
pre_1_6_1.lo = -16;
pre_1_6_1.up = 16;
pre_1_7_0.lo = -18.666666666666664;
pre_1_7_0.up = 18.666666666666664;
pre_1_7_1.lo = -18.666666666666664;
pre_1_7_1.up = 18.666666666666664;
pre_1_8_0.lo = -21.333333333333332;
pre_1_8_0.up = 21.333333333333332;
pre_1_8_1.lo = -21.333333333333332;
pre_1_8_1.up = 21.333333333333332;
pre_1_9_0.lo = -24;
pre_1_9_0.up = 24;
pre_1_9_1.lo = -24;
pre_1_9_1.up = 24;
pre_1_10_0.lo = -26.666666666666664;
pre_1_10_0.up = 26.666666666666664;
pre_1_10_1.lo = -26.666666666666664;
pre_1_10_1.up = 26.666666666666664;
pre_1_11_0.lo = -29.333333333333332;
pre_1_11_0.up = 29.333333333333332;
pre_1_11_1.lo = -29.333333333333332;
pre_1_11_1.up = 29.333333333333332;
pre_1_12_0.lo = -32;
pre_1_12_0.up = 32;
pre_1_12_1.lo = -32;
pre_1_12_1.up = 32;
post_1_0_0.lo = 0;
post_1_0_0.up = 32;
post_1_0_1.lo = 0;
post_1_0_1.up = 32;
post_1_1_0.lo = 0;
post_1_1_0.up = 29.333333333333336;
post_1_1_1.lo = 0;
post_1_1_1.up = 29.333333333333336;
post_1_2_0.lo = 0;
post_1_2_0.up = 26.666666666666668;
post_1_2_1.lo = 0;
post_1_2_1.up = 26.666666666666668;
post_1_3_0.lo = 0;
post_1_3_0.up = 24;
post_1_3_1.lo = 0;
post_1_3_1.up = 24;
post_1_4_0.lo = 0;
post_1_4_0.up = 21.333333333333336;
post_1_4_1.lo = 0;
post_1_4_1.up = 21.333333333333336;
post_1_5_0.lo = 0;
post_1_5_0.up = 18.666666666666668;
post_1_5_1.lo = 0;
post_1_5_1.up = 18.666666666666668;
post_1_6_0.lo = 0;
post_1_6_0.up = 16;
post_1_6_1.lo = 0;
post_1_6_1.up = 16;
post_1_7_0.lo = 0;
post_1_7_0.up = 18.666666666666664;
post_1_7_1.lo = 0;
post_1_7_1.up = 18.666666666666664;
post_1_8_0.lo = 0;
post_1_8_0.up = 21.333333333333332;
post_1_8_1.lo = 0;
post_1_8_1.up = 21.333333333333332;
post_1_9_0.lo = 0;
post_1_9_0.up = 24;
post_1_9_1.lo = 0;
post_1_9_1.up = 24;
post_1_10_0.lo = 0;
post_1_10_0.up = 26.666666666666664;
post_1_10_1.lo = 0;
post_1_10_1.up = 26.666666666666664;
post_1_11_0.lo = 0;
post_1_11_0.up = 29.333333333333332;
post_1_11_1.lo = 0;
post_1_11_1.up = 29.333333333333332;
post_1_12_0.lo = 0;
post_1_12_0.up = 32;
post_1_12_1.lo = 0;
post_1_12_1.up = 32;
b_2_0.lo = -4;
b_2_0.up = 4;
out_0_0.lo = -68;
out_0_0.up = 68;
out_1_0.lo = -62.66666666666667;
out_1_0.up = 62.66666666666667;
out_2_0.lo = -57.333333333333336;
out_2_0.up = 57.333333333333336;
out_3_0.lo = -52;
out_3_0.up = 52;
out_4_0.lo = -46.66666666666667;
out_4_0.up = 46.66666666666667;
out_5_0.lo = -41.333333333333336;
out_5_0.up = 41.333333333333336;
out_6_0.lo = -36;
out_6_0.up = 36;
out_7_0.lo = -41.33333333333333;
out_7_0.up = 41.33333333333333;
out_8_0.lo = -46.666666666666664;
out_8_0.up = 46.666666666666664;
out_9_0.lo = -52;
out_9_0.up = 52;
out_10_0.lo = -57.33333333333333;
out_10_0.up = 57.33333333333333;
out_11_0.lo = -62.666666666666664;
out_11_0.up = 62.666666666666664;
out_12_0.lo = -68;
out_12_0.up = 68;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 32;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 32;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 29.333333333333336;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 29.333333333333336;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 26.666666666666668;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 26.666666666666668;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 24;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 24;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 21.333333333333336;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 21.333333333333336;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 18.666666666666668;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 18.666666666666668;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 16;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 16;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 18.666666666666664;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 18.666666666666664;
post_positive_8_0.lo = 0;
post_positive_8_0.up = 21.333333333333332;
post_positive_8_1.lo = 0;
post_positive_8_1.up = 21.333333333333332;
post_positive_9_0.lo = 0;
post_positive_9_0.up = 24;
post_positive_9_1.lo = 0;
post_positive_9_1.up = 24;
post_positive_10_0.lo = 0;
post_positive_10_0.up = 26.666666666666664;
post_positive_10_1.lo = 0;
post_positive_10_1.up = 26.666666666666664;
post_positive_11_0.lo = 0;
post_positive_11_0.up = 29.333333333333332;
post_positive_11_1.lo = 0;
post_positive_11_1.up = 29.333333333333332;
post_positive_12_0.lo = 0;
post_positive_12_0.up = 32;
post_positive_12_1.lo = 0;
post_positive_12_1.up = 32;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 32;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 32;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 29.333333333333336;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 29.333333333333336;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 26.666666666666668;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 26.666666666666668;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 24;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 24;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 21.333333333333336;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 21.333333333333336;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 18.666666666666668;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 18.666666666666668;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 16;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 16;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 18.666666666666664;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 18.666666666666664;
post_negative_8_0.lo = 0;
post_negative_8_0.up = 21.333333333333332;
post_negative_8_1.lo = 0;
post_negative_8_1.up = 21.333333333333332;
post_negative_9_0.lo = 0;
post_negative_9_0.up = 24;
post_negative_9_1.lo = 0;
post_negative_9_1.up = 24;
post_negative_10_0.lo = 0;
post_negative_10_0.up = 26.666666666666664;
post_negative_10_1.lo = 0;
post_negative_10_1.up = 26.666666666666664;
post_negative_11_0.lo = 0;
post_negative_11_0.up = 29.333333333333332;
post_negative_11_1.lo = 0;
post_negative_11_1.up = 29.333333333333332;
post_negative_12_0.lo = 0;
post_negative_12_0.up = 32;
post_negative_12_1.lo = 0;
post_negative_12_1.up = 32;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
