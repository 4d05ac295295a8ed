* square-N9-p2-normalized-bigm  (relu-opt library: square-N9, problem 2, normalized-bigm; {"hidden": [3], "bound": 4.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_1_0, u_1_1, u_2_0, u_2_1, pre_1_0_0,
  pre_1_0_1, pre_1_0_2, pre_1_1_0, pre_1_1_1, pre_1_1_2, pre_1_2_0, pre_1_2_1, pre_1_2_2,
  pre_1_3_0, pre_1_3_1, pre_1_3_2, pre_1_4_0, pre_1_4_1, pre_1_4_2, pre_1_5_0, pre_1_5_1,
  pre_1_5_2, pre_1_6_0, pre_1_6_1, pre_1_6_2, pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_8_0,
  pre_1_8_1, pre_1_8_2, post_1_0_0, post_1_0_1, post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2,
  post_1_2_0, post_1_2_1, post_1_2_2, post_1_3_0, post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1,
  post_1_4_2, post_1_5_0, post_1_5_1, post_1_5_2, post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0,
  post_1_7_1, post_1_7_2, post_1_8_0, post_1_8_1, post_1_8_2, b_2_0, out_0_0, out_1_0,
  out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, post_positive_0_0,
  post_positive_0_1, post_positive_0_2, post_positive_1_0, post_positive_1_1, post_positive_1_2, post_positive_2_0, post_positive_2_1, post_positive_2_2,
  post_positive_3_0, post_positive_3_1, post_positive_3_2, post_positive_4_0, post_positive_4_1, post_positive_4_2, post_positive_5_0, post_positive_5_1,
  post_positive_5_2, post_positive_6_0, post_positive_6_1, post_positive_6_2, post_positive_7_0, post_positive_7_1, post_positive_7_2, post_positive_8_0,
  post_positive_8_1, post_positive_8_2, post_negative_0_0, post_negative_0_1, post_negative_0_2, post_negative_1_0, post_negative_1_1, post_negative_1_2,
  post_negative_2_0, post_negative_2_1, post_negative_2_2, post_negative_3_0, post_negative_3_1, post_negative_3_2, post_negative_4_0, post_negative_4_1,
  post_negative_4_2, post_negative_5_0, post_negative_5_1, post_negative_5_2, post_negative_6_0, post_negative_6_1, post_negative_6_2, post_negative_7_0,
  post_negative_7_1, post_negative_7_2, post_negative_8_0, post_negative_8_1, post_negative_8_2;

Binary Variables
  sign_0, sign_1, sign_2, relu_1_0_0_on, relu_1_0_1_on, relu_1_0_2_on, relu_1_1_0_on, relu_1_1_1_on,
  relu_1_1_2_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_2_2_on, relu_1_3_0_on, relu_1_3_1_on, relu_1_3_2_on, relu_1_4_0_on,
  relu_1_4_1_on, relu_1_4_2_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_5_2_on, relu_1_6_0_on, relu_1_6_1_on, relu_1_6_2_on,
  relu_1_7_0_on, relu_1_7_1_on, relu_1_7_2_on, relu_1_8_0_on, relu_1_8_1_on, relu_1_8_2_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_2_0,
  pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_7_0, pre_definition_1_7_1,
  pre_definition_1_7_2, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, post_split_0_0, post_split_0_1, post_split_0_2, post_split_1_0,
  post_split_1_1, post_split_1_2, post_split_2_0, post_split_2_1, post_split_2_2, post_split_3_0, post_split_3_1, post_split_3_2,
  post_split_4_0, post_split_4_1, post_split_4_2, post_split_5_0, post_split_5_1, post_split_5_2, post_split_6_0, post_split_6_1,
  post_split_6_2, post_split_7_0, post_split_7_1, post_split_7_2, post_split_8_0, post_split_8_1, post_split_8_2, positive_if_sign_0_0,
  positive_if_sign_0_1, positive_if_sign_0_2, positive_if_sign_1_0, positive_if_sign_1_1, positive_if_sign_1_2, positive_if_sign_2_0, positive_if_sign_2_1, positive_if_sign_2_2,
  positive_if_sign_3_0, positive_if_sign_3_1, positive_if_sign_3_2, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_4_2, positive_if_sign_5_0, positive_if_sign_5_1,
  positive_if_sign_5_2, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_6_2, positive_if_sign_7_0, positive_if_sign_7_1, positive_if_sign_7_2, positive_if_sign_8_0,
  positive_if_sign_8_1, positive_if_sign_8_2, negative_unless_sign_0_0, negative_unless_sign_0_1, negative_unless_sign_0_2, negative_unless_sign_1_0, negative_unless_sign_1_1, negative_unless_sign_1_2,
  negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_2_2, negative_unless_sign_3_0, negative_unless_sign_3_1, negative_unless_sign_3_2, negative_unless_sign_4_0, negative_unless_sign_4_1,
  negative_unless_sign_4_2, negative_unless_sign_5_0, negative_unless_sign_5_1, negative_unless_sign_5_2, negative_unless_sign_6_0, negative_unless_sign_6_1, negative_unless_sign_6_2, negative_unless_sign_7_0,
  negative_unless_sign_7_1, negative_unless_sign_7_2, negative_unless_sign_8_0, negative_unless_sign_8_1, negative_unless_sign_8_2, out_definition_0_0, out_definition_1_0, out_definition_2_0,
  out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive,
  relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_0_2_above_pre, relu_1_0_2_off_when_inactive, relu_1_0_2_pre_when_active, relu_1_1_0_above_pre,
  relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_1_2_above_pre, relu_1_1_2_off_when_inactive, relu_1_1_2_pre_when_active,
  relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_2_2_above_pre, relu_1_2_2_off_when_inactive,
  relu_1_2_2_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_3_2_above_pre,
  relu_1_3_2_off_when_inactive, relu_1_3_2_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active,
  relu_1_4_2_above_pre, relu_1_4_2_off_when_inactive, relu_1_4_2_pre_when_active, relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive,
  relu_1_5_1_pre_when_active, relu_1_5_2_above_pre, relu_1_5_2_off_when_inactive, relu_1_5_2_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active, relu_1_6_1_above_pre,
  relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_6_2_above_pre, relu_1_6_2_off_when_inactive, relu_1_6_2_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active,
  relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive, relu_1_7_1_pre_when_active, relu_1_7_2_above_pre, relu_1_7_2_off_when_inactive, relu_1_7_2_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive,
  relu_1_8_0_pre_when_active, relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active, relu_1_8_2_above_pre, relu_1_8_2_off_when_inactive, relu_1_8_2_pre_when_active;

e_obj.. - objvar - 2*out_0_0 - 1.125*out_1_0 - 0.5*out_2_0 - 0.125*out_3_0 - 0.125*out_5_0 - 0.5*out_6_0 - 1.125*out_7_0
    - 2*out_8_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 2.765625 =e= 0;
pre_definition_1_0_0.. + 1*u_0_0 - 1*u_0_1 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*u_1_0 - 1*u_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 1*u_2_0 - 1*u_2_1 + 1*pre_1_0_2 =e= 0;
pre_definition_1_1_0.. + 0.75*u_0_0 - 1*u_0_1 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.75*u_1_0 - 1*u_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.75*u_2_0 - 1*u_2_1 + 1*pre_1_1_2 =e= 0;
pre_definition_1_2_0.. + 0.5*u_0_0 - 1*u_0_1 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.5*u_1_0 - 1*u_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. + 0.5*u_2_0 - 1*u_2_1 + 1*pre_1_2_2 =e= 0;
pre_definition_1_3_0.. + 0.25*u_0_0 - 1*u_0_1 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.25*u_1_0 - 1*u_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. + 0.25*u_2_0 - 1*u_2_1 + 1*pre_1_3_2 =e= 0;
pre_definition_1_4_0.. - 1*u_0_1 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 1*u_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. - 1*u_2_1 + 1*pre_1_4_2 =e= 0;
pre_definition_1_5_0.. - 0.25*u_0_0 - 1*u_0_1 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.25*u_1_0 - 1*u_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.25*u_2_0 - 1*u_2_1 + 1*pre_1_5_2 =e= 0;
pre_definition_1_6_0.. - 0.5*u_0_0 - 1*u_0_1 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.5*u_1_0 - 1*u_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. - 0.5*u_2_0 - 1*u_2_1 + 1*pre_1_6_2 =e= 0;
pre_definition_1_7_0.. - 0.75*u_0_0 - 1*u_0_1 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.75*u_1_0 - 1*u_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 0.75*u_2_0 - 1*u_2_1 + 1*pre_1_7_2 =e= 0;
pre_definition_1_8_0.. - 1*u_0_0 - 1*u_0_1 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 1*u_1_0 - 1*u_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 1*u_2_0 - 1*u_2_1 + 1*pre_1_8_2 =e= 0;
post_split_0_0.. + 1*post_1_0_0 - 1*post_positive_0_0 - 1*post_negative_0_0 =e= 0;
post_split_0_1.. + 1*post_1_0_1 - 1*post_positive_0_1 - 1*post_negative_0_1 =e= 0;
post_split_0_2.. + 1*post_1_0_2 - 1*post_positive_0_2 - 1*post_negative_0_2 =e= 0;
post_split_1_0.. + 1*post_1_1_0 - 1*post_positive_1_0 - 1*post_negative_1_0 =e= 0;
post_split_1_1.. + 1*post_1_1_1 - 1*post_positive_1_1 - 1*post_negative_1_1 =e= 0;
post_split_1_2.. + 1*post_1_1_2 - 1*post_positive_1_2 - 1*post_negative_1_2 =e= 0;
post_split_2_0.. + 1*post_1_2_0 - 1*post_positive_2_0 - 1*post_negative_2_0 =e= 0;
post_split_2_1.. + 1*post_1_2_1 - 1*post_positive_2_1 - 1*post_negative_2_1 =e= 0;
post_split_2_2.. + 1*post_1_2_2 - 1*post_positive_2_2 - 1*post_negative_2_2 =e= 0;
post_split_3_0.. + 1*post_1_3_0 - 1*post_positive_3_0 - 1*post_negative_3_0 =e= 0;
post_split_3_1.. + 1*post_1_3_1 - 1*post_positive_3_1 - 1*post_negative_3_1 =e= 0;
post_split_3_2.. + 1*post_1_3_2 - 1*post_positive_3_2 - 1*post_negative_3_2 =e= 0;
post_split_4_0.. + 1*post_1_4_0 - 1*post_positive_4_0 - 1*post_negative_4_0 =e= 0;
post_split_4_1.. + 1*post_1_4_1 - 1*post_positive_4_1 - 1*post_negative_4_1 =e= 0;
post_split_4_2.. + 1*post_1_4_2 - 1*post_positive_4_2 - 1*post_negative_4_2 =e= 0;
post_split_5_0.. + 1*post_1_5_0 - 1*post_positive_5_0 - 1*post_negative_5_0 =e= 0;
post_split_5_1.. + 1*post_1_5_1 - 1*post_positive_5_1 - 1*post_negative_5_1 =e= 0;
post_split_5_2.. + 1*post_1_5_2 - 1*post_positive_5_2 - 1*post_negative_5_2 =e= 0;
post_split_6_0.. + 1*post_1_6_0 - 1*post_positive_6_0 - 1*post_negative_6_0 =e= 0;
post_split_6_1.. + 1*post_1_6_1 - 1*post_positive_6_1 - 1*post_negative_6_1 =e= 0;
post_split_6_2.. + 1*post_1_6_2 - 1*post_positive_6_2 - 1*post_negative_6_2 =e= 0;
post_split_7_0.. + 1*post_1_7_0 - 1*post_positive_7_0 - 1*post_negative_7_0 =e= 0;
post_split_7_1.. + 1*post_1_7_1 - 1*post_positive_7_1 - 1*post_negative_7_1 =e= 0;
post_split_7_2.. + 1*post_1_7_2 - 1*post_positive_7_2 - 1*post_negative_7_2 =e= 0;
post_split_8_0.. + 1*post_1_8_0 - 1*post_positive_8_0 - 1*post_negative_8_0 =e= 0;
post_split_8_1.. + 1*post_1_8_1 - 1*post_positive_8_1 - 1*post_negative_8_1 =e= 0;
post_split_8_2.. + 1*post_1_8_2 - 1*post_positive_8_2 - 1*post_negative_8_2 =e= 0;
positive_if_sign_0_0.. - 32*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 32*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_0_2.. - 32*sign_2 + 1*post_positive_0_2 =l= 0;
positive_if_sign_1_0.. - 28*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 28*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_1_2.. - 28*sign_2 + 1*post_positive_1_2 =l= 0;
positive_if_sign_2_0.. - 24*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 24*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_2_2.. - 24*sign_2 + 1*post_positive_2_2 =l= 0;
positive_if_sign_3_0.. - 20*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 20*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_3_2.. - 20*sign_2 + 1*post_positive_3_2 =l= 0;
positive_if_sign_4_0.. - 16*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 16*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_4_2.. - 16*sign_2 + 1*post_positive_4_2 =l= 0;
positive_if_sign_5_0.. - 20*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 20*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_5_2.. - 20*sign_2 + 1*post_positive_5_2 =l= 0;
positive_if_sign_6_0.. - 24*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 24*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_6_2.. - 24*sign_2 + 1*post_positive_6_2 =l= 0;
positive_if_sign_7_0.. - 28*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 28*sign_1 + 1*post_positive_7_1 =l= 0;
positive_if_sign_7_2.. - 28*sign_2 + 1*post_positive_7_2 =l= 0;
positive_if_sign_8_0.. - 32*sign_0 + 1*post_positive_8_0 =l= 0;
positive_if_sign_8_1.. - 32*sign_1 + 1*post_positive_8_1 =l= 0;
positive_if_sign_8_2.. - 32*sign_2 + 1*post_positive_8_2 =l= 0;
negative_unless_sign_0_0.. + 32*sign_0 + 1*post_negative_0_0 =l= 32;
negative_unless_sign_0_1.. + 32*sign_1 + 1*post_negative_0_1 =l= 32;
negative_unless_sign_0_2.. + 32*sign_2 + 1*post_negative_0_2 =l= 32;
negative_unless_sign_1_0.. + 28*sign_0 + 1*post_negative_1_0 =l= 28;
negative_unless_sign_1_1.. + 28*sign_1 + 1*post_negative_1_1 =l= 28;
negative_unless_sign_1_2.. + 28*sign_2 + 1*post_negative_1_2 =l= 28;
negative_unless_sign_2_0.. + 24*sign_0 + 1*post_negative_2_0 =l= 24;
negative_unless_sign_2_1.. + 24*sign_1 + 1*post_negative_2_1 =l= 24;
negative_unless_sign_2_2.. + 24*sign_2 + 1*post_negative_2_2 =l= 24;
negative_unless_sign_3_0.. + 20*sign_0 + 1*post_negative_3_0 =l= 20;
negative_unless_sign_3_1.. + 20*sign_1 + 1*post_negative_3_1 =l= 20;
negative_unless_sign_3_2.. + 20*sign_2 + 1*post_negative_3_2 =l= 20;
negative_unless_sign_4_0.. + 16*sign_0 + 1*post_negative_4_0 =l= 16;
negative_unless_sign_4_1.. + 16*sign_1 + 1*post_negative_4_1 =l= 16;
negative_unless_sign_4_2.. + 16*sign_2 + 1*post_negative_4_2 =l= 16;
negative_unless_sign_5_0.. + 20*sign_0 + 1*post_negative_5_0 =l= 20;
negative_unless_sign_5_1.. + 20*sign_1 + 1*post_negative_5_1 =l= 20;
negative_unless_sign_5_2.. + 20*sign_2 + 1*post_negative_5_2 =l= 20;
negative_unless_sign_6_0.. + 24*sign_0 + 1*post_negative_6_0 =l= 24;
negative_unless_sign_6_1.. + 24*sign_1 + 1*post_negative_6_1 =l= 24;
negative_unless_sign_6_2.. + 24*sign_2 + 1*post_negative_6_2 =l= 24;
negative_unless_sign_7_0.. + 28*sign_0 + 1*post_negative_7_0 =l= 28;
negative_unless_sign_7_1.. + 28*sign_1 + 1*post_negative_7_1 =l= 28;
negative_unless_sign_7_2.. + 28*sign_2 + 1*post_negative_7_2 =l= 28;
negative_unless_sign_8_0.. + 32*sign_0 + 1*post_negative_8_0 =l= 32;
negative_unless_sign_8_1.. + 32*sign_1 + 1*post_negative_8_1 =l= 32;
negative_unless_sign_8_2.. + 32*sign_2 + 1*post_negative_8_2 =l= 32;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*post_positive_0_0 - 1*post_positive_0_1 - 1*post_positive_0_2 + 1*post_negative_0_0 + 1*post_negative_0_1 + 1*post_negative_0_2 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*post_positive_1_0 - 1*post_positive_1_1 - 1*post_positive_1_2 + 1*post_negative_1_0 + 1*post_negative_1_1 + 1*post_negative_1_2 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*post_positive_2_0 - 1*post_positive_2_1 - 1*post_positive_2_2 + 1*post_negative_2_0 + 1*post_negative_2_1 + 1*post_negative_2_2 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*post_positive_3_0 - 1*post_positive_3_1 - 1*post_positive_3_2 + 1*post_negative_3_0 + 1*post_negative_3_1 + 1*post_negative_3_2 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*post_positive_4_0 - 1*post_positive_4_1 - 1*post_positive_4_2 + 1*post_negative_4_0 + 1*post_negative_4_1 + 1*post_negative_4_2 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*post_positive_5_0 - 1*post_positive_5_1 - 1*post_positive_5_2 + 1*post_negative_5_0 + 1*post_negative_5_1 + 1*post_negative_5_2 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*post_positive_6_0 - 1*post_positive_6_1 - 1*post_positive_6_2 + 1*post_negative_6_0 + 1*post_negative_6_1 + 1*post_negative_6_2 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*post_positive_7_0 - 1*post_positive_7_1 - 1*post_positive_7_2 + 1*post_negative_7_0 + 1*post_negative_7_1 + 1*post_negative_7_2 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*post_positive_8_0 - 1*post_positive_8_1 - 1*post_positive_8_2 + 1*post_negative_8_0 + 1*post_negative_8_1 + 1*post_negative_8_2 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 32*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 32*relu_1_0_0_on =l= 32;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 32*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 32*relu_1_0_1_on =l= 32;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2_off_when_inactive.. + 1*post_1_0_2 - 32*relu_1_0_2_on =l= 0;
relu_1_0_2_pre_when_active.. - 1*pre_1_0_2 + 1*post_1_0_2 + 32*relu_1_0_2_on =l= 32;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 28*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 28*relu_1_1_0_on =l= 28;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 28*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 28*relu_1_1_1_on =l= 28;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2_off_when_inactive.. + 1*post_1_1_2 - 28*relu_1_1_2_on =l= 0;
relu_1_1_2_pre_when_active.. - 1*pre_1_1_2 + 1*post_1_1_2 + 28*relu_1_1_2_on =l= 28;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 24*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 24*relu_1_2_0_on =l= 24;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 24*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 24*relu_1_2_1_on =l= 24;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2_off_when_inactive.. + 1*post_1_2_2 - 24*relu_1_2_2_on =l= 0;
relu_1_2_2_pre_when_active.. - 1*pre_1_2_2 + 1*post_1_2_2 + 24*relu_1_2_2_on =l= 24;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 20*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 20*relu_1_3_0_on =l= 20;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 20*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 20*relu_1_3_1_on =l= 20;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2_off_when_inactive.. + 1*post_1_3_2 - 20*relu_1_3_2_on =l= 0;
relu_1_3_2_pre_when_active.. - 1*pre_1_3_2 + 1*post_1_3_2 + 20*relu_1_3_2_on =l= 20;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 16*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 16*relu_1_4_0_on =l= 16;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 16*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 16*relu_1_4_1_on =l= 16;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2_off_when_inactive.. + 1*post_1_4_2 - 16*relu_1_4_2_on =l= 0;
relu_1_4_2_pre_when_active.. - 1*pre_1_4_2 + 1*post_1_4_2 + 16*relu_1_4_2_on =l= 16;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 20*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 20*relu_1_5_0_on =l= 20;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 20*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 20*relu_1_5_1_on =l= 20;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2_off_when_inactive.. + 1*post_1_5_2 - 20*relu_1_5_2_on =l= 0;
relu_1_5_2_pre_when_active.. - 1*pre_1_5_2 + 1*post_1_5_2 + 20*relu_1_5_2_on =l= 20;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 24*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 24*relu_1_6_0_on =l= 24;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 24*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 24*relu_1_6_1_on =l= 24;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2_off_when_inactive.. + 1*post_1_6_2 - 24*relu_1_6_2_on =l= 0;
relu_1_6_2_pre_when_active.. - 1*pre_1_6_2 + 1*post_1_6_2 + 24*relu_1_6_2_on =l= 24;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 28*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 28*relu_1_7_0_on =l= 28;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 28*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 28*relu_1_7_1_on =l= 28;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2_off_when_inactive.. + 1*post_1_7_2 - 28*relu_1_7_2_on =l= 0;
relu_1_7_2_pre_when_active.. - 1*pre_1_7_2 + 1*post_1_7_2 + 28*relu_1_7_2_on =l= 28;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 32*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 32*relu_1_8_0_on =l= 32;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 32*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 32*relu_1_8_1_on =l= 32;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2_off_when_inactive.. + 1*post_1_8_2 - 32*relu_1_8_2_on =l= 0;
relu_1_8_2_pre_when_active.. - 1*pre_1_8_2 + 1*post_1_8_2 + 32*relu_1_8_2_on =l= 32;

u_0_0.lo = -16;
u_0_0.up = 16;
u_0_1.lo = -16;
u_0_1.up = 16;
u_1_0.lo = -16;
u_1_0.up = 16;
u_1_1.lo = -16;
u_1_1.up = 16;
u_2_0.lo = -16;
u_2_0.up = 16;
u_2_1.lo = -16;
u_2_1.up = 16;
pre_1_0_0.lo = -32;
pre_1_0_0.up = 32;
pre_1_0_1.lo = -32;
pre_1_0_1.up = 32;
pre_1_0_2.lo = -32;
pre_1_0_2.up = 32;
pre_1_1_0.lo = -28;
pre_1_1_0.up = 28;
pre_1_1_1.lo = -28;
pre_1_1_1.up = 28;
pre_1_1_2.lo = -28;
pre_1_1_2.up = 28;
pre_1_2_0.lo = -24;
pre_1_2_0.up = 24;
pre_1_2_1.lo = -24;
pre_1_2_1.up = 24;
pre_1_2_2.lo = -24;
pre_1_2_2.up = 24;
pre_1_3_0.lo = -20;
pre_1_3_0.up = 20;
pre_1_3_1.lo = -20;
pre_1_3_1.up = 20;
pre_1_3_2.lo = -20;
pre_1_3_2.up = 20;
pre_1_4_0.lo = -16;
pre_1_4_0.up = 16;
pre_1_4_1.lo = -16;
pre_1_4_1.up = 16;
pre_1_4_2.lo = -16;
pre_1_4_2.up = 16;
pre_1_5_0.lo = -20;
pre_1_5_0.up = 20;
pre_1_5_1.lo = -20;
pre_1_5_1.up = 20;
pre_1_5_2.lo = -20;
pre_1_5_2.up = 20;
pre_1_6_0.lo = -24;
pre_1_6_0.up = 24;
pre_1_6_1.lo = -24;
pre_1_6_1.up = 24;
pre_1_6_2.lo = -24;
pre_1_6_2.up = 24;
pre_1_7_0.lo = -28;
pre_1_7_0.up = 28;
pre_1_7_1.lo = -28;
pre_1_7_1.up = 28;
pre_1_7_2.lo = -28;
pre_1_7_2.up = 28;
pre_1_8_0.lo = -32;
pre_1_8_0.up = 32;
pre_1_8_1.lo = -32;
pre_1_8_1.up = 32;
pre_1_8_2.lo = -32;
pre_1_8_2.up = 32;
post_1_0_0.lo = 0;
post_1_0_0.up = 32;
post_1_0_1.lo = 0;
post_1_0_1.up = 32;
post_1_0_2.lo = 0;
post_1_0_2.up = 32;
post_1_1_0.lo = 0;
post_1_1_0.up = 28;
post_1_1_1.lo = 0;
post_1_1_1.up = 28;
post_1_1_2.lo = 0;
post_1_1_2.up = 28;
post_1_2_0.lo = 0;
post_1_2_0.up = 24;
post_1_2_1.lo = 0;
post_1_2_1.up = 24;
post_1_2_2.lo = 0;
post_1_2_2.up = 24;
post_1_3_0.lo = 0;
post_1_3_0.up = 20;
post_1_3_1.lo = 0;
post_1_3_1.up = 20;
post_1_3_2.lo = 0;
post_1_3_2.up = 20;
post_1_4_0.lo = 0;
post_1_4_0.up = 16;
post_1_4_1.lo = 0;
post_1_4_1.up = 16;
post_1_4_2.lo = 0;
post_1_4_2.up = 16;
post_1_5_0.lo = 0;
post_1_5_0.up = 20;
post_1_5_1.lo = 0;
post_1_5_1.up = 20;
post_1_5_2.lo = 0;
post_1_5_2.up = 20;
post_1_6_0.lo = 0;
post_1_6_0.up = 24;
post_1_6_1.lo = 0;
post_1_6_1.up = 24;
post_1_6_2.lo = 0;
post_1_6_2.up = 24;
post_1_7_0.lo = 0;
post_1_7_0.up = 28;
post_1_7_1.lo = 0;
post_1_7_1.up = 28;
post_1_7_2.lo = 0;
post_1_7_2.up = 28;
post_1_8_0.lo = 0;
post_1_8_0.up = 32;
post_1_8_1.lo = 0;
post_1_8_1.up = 32;
post_1_8_2.lo = 0;
post_1_8_2.up = 32;
b_2_0.lo = -4;
b_2_0.up = 4;
out_0_0.lo = -100;
out_0_0.up = 100;
out_1_0.lo = -88;
out_1_0.up = 88;
out_2_0.lo = -76;
out_2_0.up = 76;
out_3_0.lo = -64;
out_3_0.up = 64;
out_4_0.lo = -52;
out_4_0.up = 52;
out_5_0.lo = -64;
out_5_0.up = 64;
out_6_0.lo = -76;
out_6_0.up = 76;
out_7_0.lo = -88;
out_7_0.up = 88;
out_8_0.lo = -100;
out_8_0.up = 100;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 32;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 32;
post_positive_0_2.lo = 0;
post_positive_0_2.up = 32;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 28;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 28;
post_positive_1_2.lo = 0;
post_positive_1_2.up = 28;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 24;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 24;
post_positive_2_2.lo = 0;
post_positive_2_2.up = 24;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 20;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 20;
post_positive_3_2.lo = 0;
post_positive_3_2.up = 20;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 16;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 16;
post_positive_4_2.lo = 0;
post_positive_4_2.up = 16;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 20;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 20;
post_positive_5_2.lo = 0;
post_positive_5_2.up = 20;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 24;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 24;
post_positive_6_2.lo = 0;
post_positive_6_2.up = 24;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 28;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 28;
post_positive_7_2.lo = 0;
post_positive_7_2.up = 28;
post_positive_8_0.lo = 0;
post_positive_8_0.up = 32;
post_positive_8_1.lo = 0;
post_positive_8_1.up = 32;
post_positive_8_2.lo = 0;
post_positive_8_2.up = 32;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 32;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 32;
post_negative_0_2.lo = 0;
post_negative_0_2.up = 32;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 28;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 28;
post_negative_1_2.lo = 0;
post_negative_1_2.up = 28;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 24;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 24;
post_negative_2_2.lo = 0;
post_negative_2_2.up = 24;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 20;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 20;
post_negative_3_2.lo = 0;
post_negative_3_2.up = 20;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 16;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 16;
post_negative_4_2.lo = 0;
post_negative_4_2.up = 16;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 20;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 20;
post_negative_5_2.lo = 0;
post_negative_5_2.up = 20;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 24;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 24;
post_negative_6_2.lo = 0;
post_negative_6_2.up = 24;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 28;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 28;
post_negative_7_2.lo = 0;
post_negative_7_2.up = 28;
post_negative_8_0.lo = 0;
post_negative_8_0.up = 32;
post_negative_8_1.lo = 0;
post_negative_8_1.up = 32;
post_negative_8_2.lo = 0;
post_negative_8_2.up = 32;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
