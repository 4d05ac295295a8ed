* teacher-N10-n2-m2-p1-s0-exact-p1-normalized-bigm  (relu-opt library: teacher-N10-n2-m2-p1-s0-exact, problem 1, normalized-bigm; {"hidden": [2], "bound": 1.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_0_2, u_1_0, u_1_1, u_1_2, pre_1_0_0,
  pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, pre_1_4_0,
  pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1, pre_1_8_0,
  pre_1_8_1, pre_1_9_0, pre_1_9_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0,
  post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0,
  post_1_6_1, post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, b_2_0,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0,
  out_8_0, out_9_0, post_positive_0_0, post_positive_0_1, post_positive_1_0, post_positive_1_1, post_positive_2_0, post_positive_2_1,
  post_positive_3_0, post_positive_3_1, post_positive_4_0, post_positive_4_1, post_positive_5_0, post_positive_5_1, post_positive_6_0, post_positive_6_1,
  post_positive_7_0, post_positive_7_1, post_positive_8_0, post_positive_8_1, post_positive_9_0, post_positive_9_1, post_negative_0_0, post_negative_0_1,
  post_negative_1_0, post_negative_1_1, post_negative_2_0, post_negative_2_1, post_negative_3_0, post_negative_3_1, post_negative_4_0, post_negative_4_1,
  post_negative_5_0, post_negative_5_1, post_negative_6_0, post_negative_6_1, post_negative_7_0, post_negative_7_1, post_negative_8_0, post_negative_8_1,
  post_negative_9_0, post_negative_9_1;

Binary Variables
  sign_0, sign_1, relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on,
  relu_1_3_0_on, relu_1_3_1_on, relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on,
  relu_1_7_0_on, relu_1_7_1_on, relu_1_8_0_on, relu_1_8_1_on, relu_1_9_0_on, relu_1_9_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, post_split_0_0, post_split_0_1, post_split_1_0,
  post_split_1_1, post_split_2_0, post_split_2_1, post_split_3_0, post_split_3_1, post_split_4_0, post_split_4_1, post_split_5_0,
  post_split_5_1, post_split_6_0, post_split_6_1, post_split_7_0, post_split_7_1, post_split_8_0, post_split_8_1, post_split_9_0,
  post_split_9_1, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_1_0, positive_if_sign_1_1, positive_if_sign_2_0, positive_if_sign_2_1, positive_if_sign_3_0,
  positive_if_sign_3_1, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_5_0, positive_if_sign_5_1, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_7_0,
  positive_if_sign_7_1, positive_if_sign_8_0, positive_if_sign_8_1, positive_if_sign_9_0, positive_if_sign_9_1, negative_unless_sign_0_0, negative_unless_sign_0_1, negative_unless_sign_1_0,
  negative_unless_sign_1_1, negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_3_0, negative_unless_sign_3_1, negative_unless_sign_4_0, negative_unless_sign_4_1, negative_unless_sign_5_0,
  negative_unless_sign_5_1, negative_unless_sign_6_0, negative_unless_sign_6_1, negative_unless_sign_7_0, negative_unless_sign_7_1, negative_unless_sign_8_0, negative_unless_sign_8_1, negative_unless_sign_9_0,
  negative_unless_sign_9_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive,
  relu_1_0_1_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre,
  relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active,
  relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive,
  relu_1_4_1_pre_when_active, relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre,
  relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active, relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active,
  relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive, relu_1_7_1_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active, relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive,
  relu_1_8_1_pre_when_active, relu_1_9_0_above_pre, relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active, relu_1_9_1_above_pre, relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active;

e_obj.. - objvar - 0.4193522367720246*out_0_0 - 1.1466217731502886*out_1_0 - 1.3788048484888011*out_2_0 - 0.8830540094840134*out_3_0 - 1.5735974600941993*out_4_0 - 2.334434912963831*out_5_0 - 1.3751095843567567*out_6_0
    - 0.7356960844095347*out_7_0 - 0.29045122441146504*out_8_0 - 0.481230368260261*out_9_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0)
    + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 3.7113499977531887 =e= 0;
pre_definition_1_0_0.. - 0.8701448475755365*u_0_0 - 0.6317071082430643*u_0_1 - 1*u_0_2 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.8701448475755365*u_1_0 - 0.6317071082430643*u_1_1 - 1*u_1_2 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.9945229996597038*u_0_0 - 0.7148085531751387*u_0_1 - 1*u_0_2 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.9945229996597038*u_1_0 - 0.7148085531751387*u_1_1 - 1*u_1_2 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.9328288493890713*u_0_0 - 0.45931089285988813*u_0_1 - 1*u_0_2 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.9328288493890713*u_1_0 - 0.45931089285988813*u_1_1 - 1*u_1_2 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.648688758794882*u_0_0 - 0.7263578446997732*u_0_1 - 1*u_0_2 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.648688758794882*u_1_0 - 0.7263578446997732*u_1_1 - 1*u_1_2 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.08292244049818343*u_0_0 + 0.40057621892523043*u_0_1 - 1*u_0_2 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.08292244049818343*u_1_0 + 0.40057621892523043*u_1_1 - 1*u_1_2 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.1546255576046831*u_0_0 + 0.9433606577090741*u_0_1 - 1*u_0_2 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.1546255576046831*u_1_0 + 0.9433606577090741*u_1_1 - 1*u_1_2 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.7514334470008721*u_0_0 - 0.34124882938726064*u_0_1 - 1*u_0_2 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.7514334470008721*u_1_0 - 0.34124882938726064*u_1_1 - 1*u_1_2 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.2943790231485002*u_0_0 - 0.2307702229625077*u_0_1 - 1*u_0_2 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.2943790231485002*u_1_0 - 0.2307702229625077*u_1_1 - 1*u_1_2 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. + 0.23264489147623313*u_0_0 - 0.994419871578422*u_0_1 - 1*u_0_2 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 0.23264489147623313*u_1_0 - 0.994419871578422*u_1_1 - 1*u_1_2 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.9616706775524602*u_0_0 - 0.3710839689613894*u_0_1 - 1*u_0_2 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.9616706775524602*u_1_0 - 0.3710839689613894*u_1_1 - 1*u_1_2 + 1*pre_1_9_1 =e= 0;
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
positive_if_sign_0_0.. - 2.5018519558186005*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 2.5018519558186005*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_1_0.. - 2.7093315528348425*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 2.7093315528348425*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_2_0.. - 2.3921397422489594*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 2.3921397422489594*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_3_0.. - 2.3750466034946554*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 2.3750466034946554*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_4_0.. - 1.4834986594234139*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 1.4834986594234139*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_5_0.. - 2.097986215313757*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 2.097986215313757*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_6_0.. - 2.0926822763881328*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 2.0926822763881328*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_7_0.. - 1.5251492461110079*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 1.5251492461110079*sign_1 + 1*post_positive_7_1 =l= 0;
positive_if_sign_8_0.. - 2.2270647630546554*sign_0 + 1*post_positive_8_0 =l= 0;
positive_if_sign_8_1.. - 2.2270647630546554*sign_1 + 1*post_positive_8_1 =l= 0;
positive_if_sign_9_0.. - 2.3327546465138496*sign_0 + 1*post_positive_9_0 =l= 0;
positive_if_sign_9_1.. - 2.3327546465138496*sign_1 + 1*post_positive_9_1 =l= 0;
negative_unless_sign_0_0.. + 2.5018519558186005*sign_0 + 1*post_negative_0_0 =l= 2.5018519558186005;
negative_unless_sign_0_1.. + 2.5018519558186005*sign_1 + 1*post_negative_0_1 =l= 2.5018519558186005;
negative_unless_sign_1_0.. + 2.7093315528348425*sign_0 + 1*post_negative_1_0 =l= 2.7093315528348425;
negative_unless_sign_1_1.. + 2.7093315528348425*sign_1 + 1*post_negative_1_1 =l= 2.7093315528348425;
negative_unless_sign_2_0.. + 2.3921397422489594*sign_0 + 1*post_negative_2_0 =l= 2.3921397422489594;
negative_unless_sign_2_1.. + 2.3921397422489594*sign_1 + 1*post_negative_2_1 =l= 2.3921397422489594;
negative_unless_sign_3_0.. + 2.3750466034946554*sign_0 + 1*post_negative_3_0 =l= 2.3750466034946554;
negative_unless_sign_3_1.. + 2.3750466034946554*sign_1 + 1*post_negative_3_1 =l= 2.3750466034946554;
negative_unless_sign_4_0.. + 1.4834986594234139*sign_0 + 1*post_negative_4_0 =l= 1.4834986594234139;
negative_unless_sign_4_1.. + 1.4834986594234139*sign_1 + 1*post_negative_4_1 =l= 1.4834986594234139;
negative_unless_sign_5_0.. + 2.097986215313757*sign_0 + 1*post_negative_5_0 =l= 2.097986215313757;
negative_unless_sign_5_1.. + 2.097986215313757*sign_1 + 1*post_negative_5_1 =l= 2.097986215313757;
negative_unless_sign_6_0.. + 2.0926822763881328*sign_0 + 1*post_negative_6_0 =l= 2.0926822763881328;
negative_unless_sign_6_1.. + 2.0926822763881328*sign_1 + 1*post_negative_6_1 =l= 2.0926822763881328;
negative_unless_sign_7_0.. + 1.5251492461110079*sign_0 + 1*post_negative_7_0 =l= 1.5251492461110079;
negative_unless_sign_7_1.. + 1.5251492461110079*sign_1 + 1*post_negative_7_1 =l= 1.5251492461110079;
negative_unless_sign_8_0.. + 2.2270647630546554*sign_0 + 1*post_negative_8_0 =l= 2.2270647630546554;
negative_unless_sign_8_1.. + 2.2270647630546554*sign_1 + 1*post_negative_8_1 =l= 2.2270647630546554;
negative_unless_sign_9_0.. + 2.3327546465138496*sign_0 + 1*post_negative_9_0 =l= 2.3327546465138496;
negative_unless_sign_9_1.. + 2.3327546465138496*sign_1 + 1*post_negative_9_1 =l= 2.3327546465138496;
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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 2.5018519558186005*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 2.5018519558186005*relu_1_0_0_on =l= 2.5018519558186005;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 2.5018519558186005*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 2.5018519558186005*relu_1_0_1_on =l= 2.5018519558186005;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 2.7093315528348425*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 2.7093315528348425*relu_1_1_0_on =l= 2.7093315528348425;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 2.7093315528348425*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 2.7093315528348425*relu_1_1_1_on =l= 2.7093315528348425;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 2.3921397422489594*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 2.3921397422489594*relu_1_2_0_on =l= 2.3921397422489594;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 2.3921397422489594*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 2.3921397422489594*relu_1_2_1_on =l= 2.3921397422489594;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 2.3750466034946554*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 2.3750466034946554*relu_1_3_0_on =l= 2.3750466034946554;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 2.3750466034946554*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 2.3750466034946554*relu_1_3_1_on =l= 2.3750466034946554;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 1.4834986594234139*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 1.4834986594234139*relu_1_4_0_on =l= 1.4834986594234139;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 1.4834986594234139*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 1.4834986594234139*relu_1_4_1_on =l= 1.4834986594234139;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 2.097986215313757*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 2.097986215313757*relu_1_5_0_on =l= 2.097986215313757;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 2.097986215313757*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 2.097986215313757*relu_1_5_1_on =l= 2.097986215313757;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 2.0926822763881328*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 2.0926822763881328*relu_1_6_0_on =l= 2.0926822763881328;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 2.0926822763881328*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 2.0926822763881328*relu_1_6_1_on =l= 2.0926822763881328;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 1.5251492461110079*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 1.5251492461110079*relu_1_7_0_on =l= 1.5251492461110079;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 1.5251492461110079*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 1.5251492461110079*relu_1_7_1_on =l= 1.5251492461110079;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 2.2270647630546554*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 2.2270647630546554*relu_1_8_0_on =l= 2.2270647630546554;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 2.2270647630546554*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 2.2270647630546554*relu_1_8_1_on =l= 2.2270647630546554;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 2.3327546465138496*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 2.3327546465138496*relu_1_9_0_on =l= 2.3327546465138496;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 2.3327546465138496*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 2.3327546465138496*relu_1_9_1_on =l= 2.3327546465138496;

u_0_0.lo = -1;
u_0_0.up = 1;
u_0_1.lo = -1;
u_0_1.up = 1;
u_0_2.lo = -1;
u_0_2.up = 1;
u_1_0.lo = -1;
u_1_0.up = 1;
u_1_1.lo = -1;
u_1_1.up = 1;
u_1_2.lo = -1;
u_1_2.up = 1;
pre_1_0_0.lo = -2.5018519558186005;
pre_1_0_0.up = 2.5018519558186005;
pre_1_0_1.lo = -2.5018519558186005;
pre_1_0_1.up = 2.5018519558186005;
pre_1_1_0.lo = -2.7093315528348425;
pre_1_1_0.up = 2.7093315528348425;
pre_1_1_1.lo = -2.7093315528348425;
pre_1_1_1.up = 2.7093315528348425;
pre_1_2_0.lo = -2.3921397422489594;
pre_1_2_0.up = 2.3921397422489594;
pre_1_2_1.lo = -2.3921397422489594;
pre_1_2_1.up = 2.3921397422489594;
pre_1_3_0.lo = -2.3750466034946554;
pre_1_3_0.up = 2.3750466034946554;
pre_1_3_1.lo = -2.3750466034946554;
pre_1_3_1.up = 2.3750466034946554;
pre_1_4_0.lo = -1.4834986594234139;
pre_1_4_0.up = 1.4834986594234139;
pre_1_4_1.lo = -1.4834986594234139;
pre_1_4_1.up = 1.4834986594234139;
pre_1_5_0.lo = -2.097986215313757;
pre_1_5_0.up = 2.097986215313757;
pre_1_5_1.lo = -2.097986215313757;
pre_1_5_1.up = 2.097986215313757;
pre_1_6_0.lo = -2.0926822763881328;
pre_1_6_0.up = 2.0926822763881328;
pre_1_6_1.lo = -2.0926822763881328;
pre_1_6_1.up = 2.0926822763881328;
pre_1_7_0.lo = -1.5251492461110079;
pre_1_7_0.up = 1.5251492461110079;
pre_1_7_1.lo = -1.5251492461110079;
pre_1_7_1.up = 1.5251492461110079;
pre_1_8_0.lo = -2.2270647630546554;
pre_1_8_0.up = 2.2270647630546554;
pre_1_8_1.lo = -2.2270647630546554;
pre_1_8_1.up = 2.2270647630546554;
pre_1_9_0.lo = -2.3327546465138496;
pre_1_9_0.up = 2.3327546465138496;
pre_1_9_1.lo = -2.3327546465138496;
pre_1_9_1.up = 2.3327546465138496;
post_1_0_0.lo = 0;
post_1_0_0.up = 2.5018519558186005;
post_1_0_1.lo = 0;
post_1_0_1.up = 2.5018519558186005;
post_1_1_0.lo = 0;
post_1_1_0.up = 2.7093315528348425;
post_1_1_1.lo = 0;
post_1_1_1.up = 2.7093315528348425;
post_1_2_0.lo = 0;
post_1_2_0.up = 2.3921397422489594;
post_1_2_1.lo = 0;
post_1_2_1.up = 2.3921397422489594;
post_1_3_0.lo = 0;
post_1_3_0.up = 2.3750466034946554;
post_1_3_1.lo = 0;
post_1_3_1.up = 2.3750466034946554;
post_1_4_0.lo = 0;
post_1_4_0.up = 1.4834986594234139;
post_1_4_1.lo = 0;
post_1_4_1.up = 1.4834986594234139;
post_1_5_0.lo = 0;
post_1_5_0.up = 2.097986215313757;
post_1_5_1.lo = 0;
post_1_5_1.up = 2.097986215313757;
post_1_6_0.lo = 0;
post_1_6_0.up = 2.0926822763881328;
post_1_6_1.lo = 0;
post_1_6_1.up = 2.0926822763881328;
post_1_7_0.lo = 0;
post_1_7_0.up = 1.5251492461110079;
post_1_7_1.lo = 0;
post_1_7_1.up = 1.5251492461110079;
post_1_8_0.lo = 0;
post_1_8_0.up = 2.2270647630546554;
post_1_8_1.lo = 0;
post_1_8_1.up = 2.2270647630546554;
post_1_9_0.lo = 0;
post_1_9_0.up = 2.3327546465138496;
post_1_9_1.lo = 0;
post_1_9_1.up = 2.3327546465138496;
b_2_0.lo = -1;
b_2_0.up = 1;
out_0_0.lo = -6.003703911637201;
out_0_0.up = 6.003703911637201;
out_1_0.lo = -6.418663105669685;
out_1_0.up = 6.418663105669685;
out_2_0.lo = -5.784279484497919;
out_2_0.up = 5.784279484497919;
out_3_0.lo = -5.750093206989311;
out_3_0.up = 5.750093206989311;
out_4_0.lo = -3.9669973188468277;
out_4_0.up = 3.9669973188468277;
out_5_0.lo = -5.195972430627514;
out_5_0.up = 5.195972430627514;
out_6_0.lo = -5.1853645527762655;
out_6_0.up = 5.1853645527762655;
out_7_0.lo = -4.050298492222016;
out_7_0.up = 4.050298492222016;
out_8_0.lo = -5.454129526109311;
out_8_0.up = 5.454129526109311;
out_9_0.lo = -5.665509293027699;
out_9_0.up = 5.665509293027699;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 2.5018519558186005;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 2.5018519558186005;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 2.7093315528348425;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 2.7093315528348425;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 2.3921397422489594;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 2.3921397422489594;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 2.3750466034946554;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 2.3750466034946554;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 1.4834986594234139;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 1.4834986594234139;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 2.097986215313757;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 2.097986215313757;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 2.0926822763881328;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 2.0926822763881328;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 1.5251492461110079;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 1.5251492461110079;
post_positive_8_0.lo = 0;
post_positive_8_0.up = 2.2270647630546554;
post_positive_8_1.lo = 0;
post_positive_8_1.up = 2.2270647630546554;
post_positive_9_0.lo = 0;
post_positive_9_0.up = 2.3327546465138496;
post_positive_9_1.lo = 0;
post_positive_9_1.up = 2.3327546465138496;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 2.5018519558186005;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 2.5018519558186005;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 2.7093315528348425;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 2.7093315528348425;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 2.3921397422489594;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 2.3921397422489594;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 2.3750466034946554;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 2.3750466034946554;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 1.4834986594234139;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 1.4834986594234139;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 2.097986215313757;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 2.097986215313757;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 2.0926822763881328;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 2.0926822763881328;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 1.5251492461110079;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 1.5251492461110079;
post_negative_8_0.lo = 0;
post_negative_8_0.up = 2.2270647630546554;
post_negative_8_1.lo = 0;
post_negative_8_1.up = 2.2270647630546554;
post_negative_9_0.lo = 0;
post_negative_9_0.up = 2.3327546465138496;
post_negative_9_1.lo = 0;
post_negative_9_1.up = 2.3327546465138496;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
