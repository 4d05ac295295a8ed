* teacher-N16-n2-m2x2-p1-s0-p1-plain-bigm  (relu-opt library: teacher-N16-n2-m2x2-p1-s0, problem 1, plain-bigm; {"hidden": [2, 2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, w_2_1_0,
  w_2_1_1, w_3_0_0, w_3_0_1, b_1_0, b_1_1, b_2_0, b_2_1, b_3_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1,
  pre_1_8_0, pre_1_8_1, pre_1_9_0, pre_1_9_1, pre_1_10_0, pre_1_10_1, pre_1_11_0, pre_1_11_1,
  pre_1_12_0, pre_1_12_1, pre_1_13_0, pre_1_13_1, pre_1_14_0, pre_1_14_1, pre_1_15_0, pre_1_15_1,
  pre_2_0_0, pre_2_0_1, pre_2_1_0, pre_2_1_1, pre_2_2_0, pre_2_2_1, pre_2_3_0, pre_2_3_1,
  pre_2_4_0, pre_2_4_1, pre_2_5_0, pre_2_5_1, pre_2_6_0, pre_2_6_1, pre_2_7_0, pre_2_7_1,
  pre_2_8_0, pre_2_8_1, pre_2_9_0, pre_2_9_1, pre_2_10_0, pre_2_10_1, pre_2_11_0, pre_2_11_1,
  pre_2_12_0, pre_2_12_1, pre_2_13_0, pre_2_13_1, pre_2_14_0, pre_2_14_1, pre_2_15_0, pre_2_15_1,
  post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1,
  post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1,
  post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1, post_1_11_0, post_1_11_1,
  post_1_12_0, post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1, post_1_15_0, post_1_15_1,
  post_2_0_0, post_2_0_1, post_2_1_0, post_2_1_1, post_2_2_0, post_2_2_1, post_2_3_0, post_2_3_1,
  post_2_4_0, post_2_4_1, post_2_5_0, post_2_5_1, post_2_6_0, post_2_6_1, post_2_7_0, post_2_7_1,
  post_2_8_0, post_2_8_1, post_2_9_0, post_2_9_1, post_2_10_0, post_2_10_1, post_2_11_0, post_2_11_1,
  post_2_12_0, post_2_12_1, post_2_13_0, post_2_13_1, post_2_14_0, post_2_14_1, post_2_15_0, post_2_15_1,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0,
  out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0, out_14_0, out_15_0;

Binary Variables
  relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_3_0_on, relu_1_3_1_on,
  relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on, relu_1_7_0_on, relu_1_7_1_on,
  relu_1_8_0_on, relu_1_8_1_on, relu_1_9_0_on, relu_1_9_1_on, relu_1_10_0_on, relu_1_10_1_on, relu_1_11_0_on, relu_1_11_1_on,
  relu_1_12_0_on, relu_1_12_1_on, relu_1_13_0_on, relu_1_13_1_on, relu_1_14_0_on, relu_1_14_1_on, relu_1_15_0_on, relu_1_15_1_on,
  relu_2_0_0_on, relu_2_0_1_on, relu_2_1_0_on, relu_2_1_1_on, relu_2_2_0_on, relu_2_2_1_on, relu_2_3_0_on, relu_2_3_1_on,
  relu_2_4_0_on, relu_2_4_1_on, relu_2_5_0_on, relu_2_5_1_on, relu_2_6_0_on, relu_2_6_1_on, relu_2_7_0_on, relu_2_7_1_on,
  relu_2_8_0_on, relu_2_8_1_on, relu_2_9_0_on, relu_2_9_1_on, relu_2_10_0_on, relu_2_10_1_on, relu_2_11_0_on, relu_2_11_1_on,
  relu_2_12_0_on, relu_2_12_1_on, relu_2_13_0_on, relu_2_13_1_on, relu_2_14_0_on, relu_2_14_1_on, relu_2_15_0_on, relu_2_15_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, pre_definition_2_0_0, pre_definition_2_0_1, pre_definition_2_1_0, pre_definition_2_1_1, pre_definition_2_2_0, pre_definition_2_2_1, pre_definition_2_3_0,
  pre_definition_2_3_1, pre_definition_2_4_0, pre_definition_2_4_1, pre_definition_2_5_0, pre_definition_2_5_1, pre_definition_2_6_0, pre_definition_2_6_1, pre_definition_2_7_0,
  pre_definition_2_7_1, pre_definition_2_8_0, pre_definition_2_8_1, pre_definition_2_9_0, pre_definition_2_9_1, pre_definition_2_10_0, pre_definition_2_10_1, pre_definition_2_11_0,
  pre_definition_2_11_1, pre_definition_2_12_0, pre_definition_2_12_1, pre_definition_2_13_0, pre_definition_2_13_1, pre_definition_2_14_0, pre_definition_2_14_1, pre_definition_2_15_0,
  pre_definition_2_15_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre,
  relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active,
  relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive,
  relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_5_0_above_pre,
  relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active,
  relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive,
  relu_1_7_1_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active, relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active, relu_1_9_0_above_pre,
  relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active, relu_1_9_1_above_pre, relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active, relu_1_10_0_above_pre, relu_1_10_0_off_when_inactive, relu_1_10_0_pre_when_active,
  relu_1_10_1_above_pre, relu_1_10_1_off_when_inactive, relu_1_10_1_pre_when_active, relu_1_11_0_above_pre, relu_1_11_0_off_when_inactive, relu_1_11_0_pre_when_active, relu_1_11_1_above_pre, relu_1_11_1_off_when_inactive,
  relu_1_11_1_pre_when_active, relu_1_12_0_above_pre, relu_1_12_0_off_when_inactive, relu_1_12_0_pre_when_active, relu_1_12_1_above_pre, relu_1_12_1_off_when_inactive, relu_1_12_1_pre_when_active, relu_1_13_0_above_pre,
  relu_1_13_0_off_when_inactive, relu_1_13_0_pre_when_active, relu_1_13_1_above_pre, relu_1_13_1_off_when_inactive, relu_1_13_1_pre_when_active, relu_1_14_0_above_pre, relu_1_14_0_off_when_inactive, relu_1_14_0_pre_when_active,
  relu_1_14_1_above_pre, relu_1_14_1_off_when_inactive, relu_1_14_1_pre_when_active, relu_1_15_0_above_pre, relu_1_15_0_off_when_inactive, relu_1_15_0_pre_when_active, relu_1_15_1_above_pre, relu_1_15_1_off_when_inactive,
  relu_1_15_1_pre_when_active, relu_2_0_0_above_pre, relu_2_0_0_off_when_inactive, relu_2_0_0_pre_when_active, relu_2_0_1_above_pre, relu_2_0_1_off_when_inactive, relu_2_0_1_pre_when_active, relu_2_1_0_above_pre,
  relu_2_1_0_off_when_inactive, relu_2_1_0_pre_when_active, relu_2_1_1_above_pre, relu_2_1_1_off_when_inactive, relu_2_1_1_pre_when_active, relu_2_2_0_above_pre, relu_2_2_0_off_when_inactive, relu_2_2_0_pre_when_active,
  relu_2_2_1_above_pre, relu_2_2_1_off_when_inactive, relu_2_2_1_pre_when_active, relu_2_3_0_above_pre, relu_2_3_0_off_when_inactive, relu_2_3_0_pre_when_active, relu_2_3_1_above_pre, relu_2_3_1_off_when_inactive,
  relu_2_3_1_pre_when_active, relu_2_4_0_above_pre, relu_2_4_0_off_when_inactive, relu_2_4_0_pre_when_active, relu_2_4_1_above_pre, relu_2_4_1_off_when_inactive, relu_2_4_1_pre_when_active, relu_2_5_0_above_pre,
  relu_2_5_0_off_when_inactive, relu_2_5_0_pre_when_active, relu_2_5_1_above_pre, relu_2_5_1_off_when_inactive, relu_2_5_1_pre_when_active, relu_2_6_0_above_pre, relu_2_6_0_off_when_inactive, relu_2_6_0_pre_when_active,
  relu_2_6_1_above_pre, relu_2_6_1_off_when_inactive, relu_2_6_1_pre_when_active, relu_2_7_0_above_pre, relu_2_7_0_off_when_inactive, relu_2_7_0_pre_when_active, relu_2_7_1_above_pre, relu_2_7_1_off_when_inactive,
  relu_2_7_1_pre_when_active, relu_2_8_0_above_pre, relu_2_8_0_off_when_inactive, relu_2_8_0_pre_when_active, relu_2_8_1_above_pre, relu_2_8_1_off_when_inactive, relu_2_8_1_pre_when_active, relu_2_9_0_above_pre,
  relu_2_9_0_off_when_inactive, relu_2_9_0_pre_when_active, relu_2_9_1_above_pre, relu_2_9_1_off_when_inactive, relu_2_9_1_pre_when_active, relu_2_10_0_above_pre, relu_2_10_0_off_when_inactive, relu_2_10_0_pre_when_active,
  relu_2_10_1_above_pre, relu_2_10_1_off_when_inactive, relu_2_10_1_pre_when_active, relu_2_11_0_above_pre, relu_2_11_0_off_when_inactive, relu_2_11_0_pre_when_active, relu_2_11_1_above_pre, relu_2_11_1_off_when_inactive,
  relu_2_11_1_pre_when_active, relu_2_12_0_above_pre, relu_2_12_0_off_when_inactive, relu_2_12_0_pre_when_active, relu_2_12_1_above_pre, relu_2_12_1_off_when_inactive, relu_2_12_1_pre_when_active, relu_2_13_0_above_pre,
  relu_2_13_0_off_when_inactive, relu_2_13_0_pre_when_active, relu_2_13_1_above_pre, relu_2_13_1_off_when_inactive, relu_2_13_1_pre_when_active, relu_2_14_0_above_pre, relu_2_14_0_off_when_inactive, relu_2_14_0_pre_when_active,
  relu_2_14_1_above_pre, relu_2_14_1_off_when_inactive, relu_2_14_1_pre_when_active, relu_2_15_0_above_pre, relu_2_15_0_off_when_inactive, relu_2_15_0_pre_when_active, relu_2_15_1_above_pre, relu_2_15_1_off_when_inactive,
  relu_2_15_1_pre_when_active;

e_obj.. - objvar - 2.7202532279251863*out_0_0 - 3.0565263022993197*out_1_0 - 2.266927293989921*out_2_0 - 2.6395703365261536*out_3_0 - 1.9812051329573805*out_4_0 - 1.9037131986059108*out_5_0 - 2.1722695760357444*out_6_0
    - 1.8485757696374296*out_7_0 - 2.206086785418303*out_8_0 - 2.371260708309112*out_9_0 - 2.7305648377487386*out_10_0 - 1.7191220710679769*out_11_0 - 2.458822991596638*out_12_0 - 2.5058716175618727*out_13_0 - 2.244789005439479*out_14_0
    - 2.92012886922076*out_15_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 22.83155035657749 =e= 0;
pre_definition_1_0_0.. + 0.648688758794882*w_1_0_0 - 0.7263578446997732*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.648688758794882*w_1_1_0 - 0.7263578446997732*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.08292244049818343*w_1_0_0 + 0.40057621892523043*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.08292244049818343*w_1_1_0 + 0.40057621892523043*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.1546255576046831*w_1_0_0 + 0.9433606577090741*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.1546255576046831*w_1_1_0 + 0.9433606577090741*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.7514334470008721*w_1_0_0 - 0.34124882938726064*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.7514334470008721*w_1_1_0 - 0.34124882938726064*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.2943790231485002*w_1_0_0 - 0.2307702229625077*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.2943790231485002*w_1_1_0 - 0.2307702229625077*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.23264489147623313*w_1_0_0 - 0.994419871578422*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.23264489147623313*w_1_1_0 - 0.994419871578422*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.9616706775524602*w_1_0_0 - 0.3710839689613894*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.9616706775524602*w_1_1_0 - 0.3710839689613894*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.3009185525356326*w_1_0_0 - 0.37689346114188016*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.3009185525356326*w_1_1_0 - 0.37689346114188016*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. + 0.22215715204179243*w_1_0_0 + 0.7298069899551776*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 0.22215715204179243*w_1_1_0 + 0.7298069899551776*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.4429766803881634*w_1_0_0 - 0.050708644951451776*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.4429766803881634*w_1_1_0 - 0.050708644951451776*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. + 0.3795162488820887*w_1_0_0 + 0.028329282336421846*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. + 0.3795162488820887*w_1_1_0 + 0.028329282336421846*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. - 0.7789756686980005*w_1_0_0 - 0.8680870319124994*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 0.7789756686980005*w_1_1_0 - 0.8680870319124994*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. + 0.28440960658185954*w_1_0_0 - 0.14305966145952187*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. + 0.28440960658185954*w_1_1_0 - 0.14305966145952187*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. + 0.3562612178481157*w_1_0_0 - 0.1886000603993936*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.3562612178481157*w_1_1_0 - 0.1886000603993936*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. + 0.3241775489857335*w_1_0_0 + 0.21676199894367754*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. + 0.3241775489857335*w_1_1_0 + 0.21676199894367754*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. - 0.7805487040095846*w_1_0_0 + 0.5456848129332406*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. - 0.7805487040095846*w_1_1_0 + 0.5456848129332406*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_2_0_0.. - 1*b_2_0 + 1*pre_2_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
pre_definition_2_0_1.. - 1*b_2_1 + 1*pre_2_0_1 - 1*w_2_1_0*post_1_0_0 - 1*w_2_1_1*post_1_0_1 =e= 0;
pre_definition_2_1_0.. - 1*b_2_0 + 1*pre_2_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
pre_definition_2_1_1.. - 1*b_2_1 + 1*pre_2_1_1 - 1*w_2_1_0*post_1_1_0 - 1*w_2_1_1*post_1_1_1 =e= 0;
pre_definition_2_2_0.. - 1*b_2_0 + 1*pre_2_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
pre_definition_2_2_1.. - 1*b_2_1 + 1*pre_2_2_1 - 1*w_2_1_0*post_1_2_0 - 1*w_2_1_1*post_1_2_1 =e= 0;
pre_definition_2_3_0.. - 1*b_2_0 + 1*pre_2_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
pre_definition_2_3_1.. - 1*b_2_1 + 1*pre_2_3_1 - 1*w_2_1_0*post_1_3_0 - 1*w_2_1_1*post_1_3_1 =e= 0;
pre_definition_2_4_0.. - 1*b_2_0 + 1*pre_2_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
pre_definition_2_4_1.. - 1*b_2_1 + 1*pre_2_4_1 - 1*w_2_1_0*post_1_4_0 - 1*w_2_1_1*post_1_4_1 =e= 0;
pre_definition_2_5_0.. - 1*b_2_0 + 1*pre_2_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
pre_definition_2_5_1.. - 1*b_2_1 + 1*pre_2_5_1 - 1*w_2_1_0*post_1_5_0 - 1*w_2_1_1*post_1_5_1 =e= 0;
pre_definition_2_6_0.. - 1*b_2_0 + 1*pre_2_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
pre_definition_2_6_1.. - 1*b_2_1 + 1*pre_2_6_1 - 1*w_2_1_0*post_1_6_0 - 1*w_2_1_1*post_1_6_1 =e= 0;
pre_definition_2_7_0.. - 1*b_2_0 + 1*pre_2_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
pre_definition_2_7_1.. - 1*b_2_1 + 1*pre_2_7_1 - 1*w_2_1_0*post_1_7_0 - 1*w_2_1_1*post_1_7_1 =e= 0;
pre_definition_2_8_0.. - 1*b_2_0 + 1*pre_2_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 =e= 0;
pre_definition_2_8_1.. - 1*b_2_1 + 1*pre_2_8_1 - 1*w_2_1_0*post_1_8_0 - 1*w_2_1_1*post_1_8_1 =e= 0;
pre_definition_2_9_0.. - 1*b_2_0 + 1*pre_2_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 =e= 0;
pre_definition_2_9_1.. - 1*b_2_1 + 1*pre_2_9_1 - 1*w_2_1_0*post_1_9_0 - 1*w_2_1_1*post_1_9_1 =e= 0;
pre_definition_2_10_0.. - 1*b_2_0 + 1*pre_2_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 =e= 0;
pre_definition_2_10_1.. - 1*b_2_1 + 1*pre_2_10_1 - 1*w_2_1_0*post_1_10_0 - 1*w_2_1_1*post_1_10_1 =e= 0;
pre_definition_2_11_0.. - 1*b_2_0 + 1*pre_2_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 =e= 0;
pre_definition_2_11_1.. - 1*b_2_1 + 1*pre_2_11_1 - 1*w_2_1_0*post_1_11_0 - 1*w_2_1_1*post_1_11_1 =e= 0;
pre_definition_2_12_0.. - 1*b_2_0 + 1*pre_2_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 =e= 0;
pre_definition_2_12_1.. - 1*b_2_1 + 1*pre_2_12_1 - 1*w_2_1_0*post_1_12_0 - 1*w_2_1_1*post_1_12_1 =e= 0;
pre_definition_2_13_0.. - 1*b_2_0 + 1*pre_2_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 =e= 0;
pre_definition_2_13_1.. - 1*b_2_1 + 1*pre_2_13_1 - 1*w_2_1_0*post_1_13_0 - 1*w_2_1_1*post_1_13_1 =e= 0;
pre_definition_2_14_0.. - 1*b_2_0 + 1*pre_2_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 =e= 0;
pre_definition_2_14_1.. - 1*b_2_1 + 1*pre_2_14_1 - 1*w_2_1_0*post_1_14_0 - 1*w_2_1_1*post_1_14_1 =e= 0;
pre_definition_2_15_0.. - 1*b_2_0 + 1*pre_2_15_0 - 1*w_2_0_0*post_1_15_0 - 1*w_2_0_1*post_1_15_1 =e= 0;
pre_definition_2_15_1.. - 1*b_2_1 + 1*pre_2_15_1 - 1*w_2_1_0*post_1_15_0 - 1*w_2_1_1*post_1_15_1 =e= 0;
out_definition_0_0.. - 1*b_3_0 + 1*out_0_0 - 1*w_3_0_0*post_2_0_0 - 1*w_3_0_1*post_2_0_1 =e= 0;
out_definition_1_0.. - 1*b_3_0 + 1*out_1_0 - 1*w_3_0_0*post_2_1_0 - 1*w_3_0_1*post_2_1_1 =e= 0;
out_definition_2_0.. - 1*b_3_0 + 1*out_2_0 - 1*w_3_0_0*post_2_2_0 - 1*w_3_0_1*post_2_2_1 =e= 0;
out_definition_3_0.. - 1*b_3_0 + 1*out_3_0 - 1*w_3_0_0*post_2_3_0 - 1*w_3_0_1*post_2_3_1 =e= 0;
out_definition_4_0.. - 1*b_3_0 + 1*out_4_0 - 1*w_3_0_0*post_2_4_0 - 1*w_3_0_1*post_2_4_1 =e= 0;
out_definition_5_0.. - 1*b_3_0 + 1*out_5_0 - 1*w_3_0_0*post_2_5_0 - 1*w_3_0_1*post_2_5_1 =e= 0;
out_definition_6_0.. - 1*b_3_0 + 1*out_6_0 - 1*w_3_0_0*post_2_6_0 - 1*w_3_0_1*post_2_6_1 =e= 0;
out_definition_7_0.. - 1*b_3_0 + 1*out_7_0 - 1*w_3_0_0*post_2_7_0 - 1*w_3_0_1*post_2_7_1 =e= 0;
out_definition_8_0.. - 1*b_3_0 + 1*out_8_0 - 1*w_3_0_0*post_2_8_0 - 1*w_3_0_1*post_2_8_1 =e= 0;
out_definition_9_0.. - 1*b_3_0 + 1*out_9_0 - 1*w_3_0_0*post_2_9_0 - 1*w_3_0_1*post_2_9_1 =e= 0;
out_definition_10_0.. - 1*b_3_0 + 1*out_10_0 - 1*w_3_0_0*post_2_10_0 - 1*w_3_0_1*post_2_10_1 =e= 0;
out_definition_11_0.. - 1*b_3_0 + 1*out_11_0 - 1*w_3_0_0*post_2_11_0 - 1*w_3_0_1*post_2_11_1 =e= 0;
out_definition_12_0.. - 1*b_3_0 + 1*out_12_0 - 1*w_3_0_0*post_2_12_0 - 1*w_3_0_1*post_2_12_1 =e= 0;
out_definition_13_0.. - 1*b_3_0 + 1*out_13_0 - 1*w_3_0_0*post_2_13_0 - 1*w_3_0_1*post_2_13_1 =e= 0;
out_definition_14_0.. - 1*b_3_0 + 1*out_14_0 - 1*w_3_0_0*post_2_14_0 - 1*w_3_0_1*post_2_14_1 =e= 0;
out_definition_15_0.. - 1*b_3_0 + 1*out_15_0 - 1*w_3_0_0*post_2_15_0 - 1*w_3_0_1*post_2_15_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 7.125139810483965*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 7.125139810483965*relu_1_0_0_on =l= 7.125139810483965;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 7.125139810483965*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 7.125139810483965*relu_1_0_1_on =l= 7.125139810483965;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 4.450495978270242*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 4.450495978270242*relu_1_1_0_on =l= 4.450495978270242;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 4.450495978270242*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 4.450495978270242*relu_1_1_1_on =l= 4.450495978270242;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 6.293958645941272*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 6.293958645941272*relu_1_2_0_on =l= 6.293958645941272;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 6.293958645941272*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 6.293958645941272*relu_1_2_1_on =l= 6.293958645941272;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 6.278046829164398*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 6.278046829164398*relu_1_3_0_on =l= 6.278046829164398;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 6.278046829164398*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 6.278046829164398*relu_1_3_1_on =l= 6.278046829164398;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 4.575447738333024*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 4.575447738333024*relu_1_4_0_on =l= 4.575447738333024;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 4.575447738333024*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 4.575447738333024*relu_1_4_1_on =l= 4.575447738333024;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 6.681194289163965*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 6.681194289163965*relu_1_5_0_on =l= 6.681194289163965;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 6.681194289163965*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 6.681194289163965*relu_1_5_1_on =l= 6.681194289163965;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 6.998263939541548*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 6.998263939541548*relu_1_6_0_on =l= 6.998263939541548;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 6.998263939541548*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 6.998263939541548*relu_1_6_1_on =l= 6.998263939541548;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 5.033436041032538*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 5.033436041032538*relu_1_7_0_on =l= 5.033436041032538;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 5.033436041032538*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 5.033436041032538*relu_1_7_1_on =l= 5.033436041032538;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 5.85589242599091*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 5.85589242599091*relu_1_8_0_on =l= 5.85589242599091;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 5.85589242599091*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 5.85589242599091*relu_1_8_1_on =l= 5.85589242599091;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 4.481055976018846*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 4.481055976018846*relu_1_9_0_on =l= 4.481055976018846;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 4.481055976018846*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 4.481055976018846*relu_1_9_1_on =l= 4.481055976018846;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 4.223536593655531*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 4.223536593655531*relu_1_10_0_on =l= 4.223536593655531;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 4.223536593655531*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 4.223536593655531*relu_1_10_1_on =l= 4.223536593655531;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 7.9411881018315*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 7.9411881018315*relu_1_11_0_on =l= 7.9411881018315;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 7.9411881018315*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 7.9411881018315*relu_1_11_1_on =l= 7.9411881018315;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 4.282407804124144*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 4.282407804124144*relu_1_12_0_on =l= 4.282407804124144;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 4.282407804124144*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 4.282407804124144*relu_1_12_1_on =l= 4.282407804124144;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 4.634583834742528*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 4.634583834742528*relu_1_13_0_on =l= 4.634583834742528;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 4.634583834742528*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 4.634583834742528*relu_1_13_1_on =l= 4.634583834742528;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 4.622818643788233*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 4.622818643788233*relu_1_14_0_on =l= 4.622818643788233;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 4.622818643788233*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 4.622818643788233*relu_1_14_1_on =l= 4.622818643788233;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0_off_when_inactive.. + 1*post_1_15_0 - 6.978700550828476*relu_1_15_0_on =l= 0;
relu_1_15_0_pre_when_active.. - 1*pre_1_15_0 + 1*post_1_15_0 + 6.978700550828476*relu_1_15_0_on =l= 6.978700550828476;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1_off_when_inactive.. + 1*post_1_15_1 - 6.978700550828476*relu_1_15_1_on =l= 0;
relu_1_15_1_pre_when_active.. - 1*pre_1_15_1 + 1*post_1_15_1 + 6.978700550828476*relu_1_15_1_on =l= 6.978700550828476;
relu_2_0_0_above_pre.. + 1*pre_2_0_0 - 1*post_2_0_0 =l= 0;
relu_2_0_0_off_when_inactive.. + 1*post_2_0_0 - 45.75083886290379*relu_2_0_0_on =l= 0;
relu_2_0_0_pre_when_active.. - 1*pre_2_0_0 + 1*post_2_0_0 + 45.75083886290379*relu_2_0_0_on =l= 45.75083886290379;
relu_2_0_1_above_pre.. + 1*pre_2_0_1 - 1*post_2_0_1 =l= 0;
relu_2_0_1_off_when_inactive.. + 1*post_2_0_1 - 45.75083886290379*relu_2_0_1_on =l= 0;
relu_2_0_1_pre_when_active.. - 1*pre_2_0_1 + 1*post_2_0_1 + 45.75083886290379*relu_2_0_1_on =l= 45.75083886290379;
relu_2_1_0_above_pre.. + 1*pre_2_1_0 - 1*post_2_1_0 =l= 0;
relu_2_1_0_off_when_inactive.. + 1*post_2_1_0 - 29.70297586962145*relu_2_1_0_on =l= 0;
relu_2_1_0_pre_when_active.. - 1*pre_2_1_0 + 1*post_2_1_0 + 29.70297586962145*relu_2_1_0_on =l= 29.70297586962145;
relu_2_1_1_above_pre.. + 1*pre_2_1_1 - 1*post_2_1_1 =l= 0;
relu_2_1_1_off_when_inactive.. + 1*post_2_1_1 - 29.70297586962145*relu_2_1_1_on =l= 0;
relu_2_1_1_pre_when_active.. - 1*pre_2_1_1 + 1*post_2_1_1 + 29.70297586962145*relu_2_1_1_on =l= 29.70297586962145;
relu_2_2_0_above_pre.. + 1*pre_2_2_0 - 1*post_2_2_0 =l= 0;
relu_2_2_0_off_when_inactive.. + 1*post_2_2_0 - 40.76375187564763*relu_2_2_0_on =l= 0;
relu_2_2_0_pre_when_active.. - 1*pre_2_2_0 + 1*post_2_2_0 + 40.76375187564763*relu_2_2_0_on =l= 40.76375187564763;
relu_2_2_1_above_pre.. + 1*pre_2_2_1 - 1*post_2_2_1 =l= 0;
relu_2_2_1_off_when_inactive.. + 1*post_2_2_1 - 40.76375187564763*relu_2_2_1_on =l= 0;
relu_2_2_1_pre_when_active.. - 1*pre_2_2_1 + 1*post_2_2_1 + 40.76375187564763*relu_2_2_1_on =l= 40.76375187564763;
relu_2_3_0_above_pre.. + 1*pre_2_3_0 - 1*post_2_3_0 =l= 0;
relu_2_3_0_off_when_inactive.. + 1*post_2_3_0 - 40.66828097498639*relu_2_3_0_on =l= 0;
relu_2_3_0_pre_when_active.. - 1*pre_2_3_0 + 1*post_2_3_0 + 40.66828097498639*relu_2_3_0_on =l= 40.66828097498639;
relu_2_3_1_above_pre.. + 1*pre_2_3_1 - 1*post_2_3_1 =l= 0;
relu_2_3_1_off_when_inactive.. + 1*post_2_3_1 - 40.66828097498639*relu_2_3_1_on =l= 0;
relu_2_3_1_pre_when_active.. - 1*pre_2_3_1 + 1*post_2_3_1 + 40.66828097498639*relu_2_3_1_on =l= 40.66828097498639;
relu_2_4_0_above_pre.. + 1*pre_2_4_0 - 1*post_2_4_0 =l= 0;
relu_2_4_0_off_when_inactive.. + 1*post_2_4_0 - 30.452686429998142*relu_2_4_0_on =l= 0;
relu_2_4_0_pre_when_active.. - 1*pre_2_4_0 + 1*post_2_4_0 + 30.452686429998142*relu_2_4_0_on =l= 30.452686429998142;
relu_2_4_1_above_pre.. + 1*pre_2_4_1 - 1*post_2_4_1 =l= 0;
relu_2_4_1_off_when_inactive.. + 1*post_2_4_1 - 30.452686429998142*relu_2_4_1_on =l= 0;
relu_2_4_1_pre_when_active.. - 1*pre_2_4_1 + 1*post_2_4_1 + 30.452686429998142*relu_2_4_1_on =l= 30.452686429998142;
relu_2_5_0_above_pre.. + 1*pre_2_5_0 - 1*post_2_5_0 =l= 0;
relu_2_5_0_off_when_inactive.. + 1*post_2_5_0 - 43.08716573498379*relu_2_5_0_on =l= 0;
relu_2_5_0_pre_when_active.. - 1*pre_2_5_0 + 1*post_2_5_0 + 43.08716573498379*relu_2_5_0_on =l= 43.08716573498379;
relu_2_5_1_above_pre.. + 1*pre_2_5_1 - 1*post_2_5_1 =l= 0;
relu_2_5_1_off_when_inactive.. + 1*post_2_5_1 - 43.08716573498379*relu_2_5_1_on =l= 0;
relu_2_5_1_pre_when_active.. - 1*pre_2_5_1 + 1*post_2_5_1 + 43.08716573498379*relu_2_5_1_on =l= 43.08716573498379;
relu_2_6_0_above_pre.. + 1*pre_2_6_0 - 1*post_2_6_0 =l= 0;
relu_2_6_0_off_when_inactive.. + 1*post_2_6_0 - 44.98958363724929*relu_2_6_0_on =l= 0;
relu_2_6_0_pre_when_active.. - 1*pre_2_6_0 + 1*post_2_6_0 + 44.98958363724929*relu_2_6_0_on =l= 44.98958363724929;
relu_2_6_1_above_pre.. + 1*pre_2_6_1 - 1*post_2_6_1 =l= 0;
relu_2_6_1_off_when_inactive.. + 1*post_2_6_1 - 44.98958363724929*relu_2_6_1_on =l= 0;
relu_2_6_1_pre_when_active.. - 1*pre_2_6_1 + 1*post_2_6_1 + 44.98958363724929*relu_2_6_1_on =l= 44.98958363724929;
relu_2_7_0_above_pre.. + 1*pre_2_7_0 - 1*post_2_7_0 =l= 0;
relu_2_7_0_off_when_inactive.. + 1*post_2_7_0 - 33.20061624619523*relu_2_7_0_on =l= 0;
relu_2_7_0_pre_when_active.. - 1*pre_2_7_0 + 1*post_2_7_0 + 33.20061624619523*relu_2_7_0_on =l= 33.20061624619523;
relu_2_7_1_above_pre.. + 1*pre_2_7_1 - 1*post_2_7_1 =l= 0;
relu_2_7_1_off_when_inactive.. + 1*post_2_7_1 - 33.20061624619523*relu_2_7_1_on =l= 0;
relu_2_7_1_pre_when_active.. - 1*pre_2_7_1 + 1*post_2_7_1 + 33.20061624619523*relu_2_7_1_on =l= 33.20061624619523;
relu_2_8_0_above_pre.. + 1*pre_2_8_0 - 1*post_2_8_0 =l= 0;
relu_2_8_0_off_when_inactive.. + 1*post_2_8_0 - 38.13535455594546*relu_2_8_0_on =l= 0;
relu_2_8_0_pre_when_active.. - 1*pre_2_8_0 + 1*post_2_8_0 + 38.13535455594546*relu_2_8_0_on =l= 38.13535455594546;
relu_2_8_1_above_pre.. + 1*pre_2_8_1 - 1*post_2_8_1 =l= 0;
relu_2_8_1_off_when_inactive.. + 1*post_2_8_1 - 38.13535455594546*relu_2_8_1_on =l= 0;
relu_2_8_1_pre_when_active.. - 1*pre_2_8_1 + 1*post_2_8_1 + 38.13535455594546*relu_2_8_1_on =l= 38.13535455594546;
relu_2_9_0_above_pre.. + 1*pre_2_9_0 - 1*post_2_9_0 =l= 0;
relu_2_9_0_off_when_inactive.. + 1*post_2_9_0 - 29.886335856113075*relu_2_9_0_on =l= 0;
relu_2_9_0_pre_when_active.. - 1*pre_2_9_0 + 1*post_2_9_0 + 29.886335856113075*relu_2_9_0_on =l= 29.886335856113075;
relu_2_9_1_above_pre.. + 1*pre_2_9_1 - 1*post_2_9_1 =l= 0;
relu_2_9_1_off_when_inactive.. + 1*post_2_9_1 - 29.886335856113075*relu_2_9_1_on =l= 0;
relu_2_9_1_pre_when_active.. - 1*pre_2_9_1 + 1*post_2_9_1 + 29.886335856113075*relu_2_9_1_on =l= 29.886335856113075;
relu_2_10_0_above_pre.. + 1*pre_2_10_0 - 1*post_2_10_0 =l= 0;
relu_2_10_0_off_when_inactive.. + 1*post_2_10_0 - 28.341219561933187*relu_2_10_0_on =l= 0;
relu_2_10_0_pre_when_active.. - 1*pre_2_10_0 + 1*post_2_10_0 + 28.341219561933187*relu_2_10_0_on =l= 28.341219561933187;
relu_2_10_1_above_pre.. + 1*pre_2_10_1 - 1*post_2_10_1 =l= 0;
relu_2_10_1_off_when_inactive.. + 1*post_2_10_1 - 28.341219561933187*relu_2_10_1_on =l= 0;
relu_2_10_1_pre_when_active.. - 1*pre_2_10_1 + 1*post_2_10_1 + 28.341219561933187*relu_2_10_1_on =l= 28.341219561933187;
relu_2_11_0_above_pre.. + 1*pre_2_11_0 - 1*post_2_11_0 =l= 0;
relu_2_11_0_off_when_inactive.. + 1*post_2_11_0 - 50.647128610989*relu_2_11_0_on =l= 0;
relu_2_11_0_pre_when_active.. - 1*pre_2_11_0 + 1*post_2_11_0 + 50.647128610989*relu_2_11_0_on =l= 50.647128610989;
relu_2_11_1_above_pre.. + 1*pre_2_11_1 - 1*post_2_11_1 =l= 0;
relu_2_11_1_off_when_inactive.. + 1*post_2_11_1 - 50.647128610989*relu_2_11_1_on =l= 0;
relu_2_11_1_pre_when_active.. - 1*pre_2_11_1 + 1*post_2_11_1 + 50.647128610989*relu_2_11_1_on =l= 50.647128610989;
relu_2_12_0_above_pre.. + 1*pre_2_12_0 - 1*post_2_12_0 =l= 0;
relu_2_12_0_off_when_inactive.. + 1*post_2_12_0 - 28.694446824744865*relu_2_12_0_on =l= 0;
relu_2_12_0_pre_when_active.. - 1*pre_2_12_0 + 1*post_2_12_0 + 28.694446824744865*relu_2_12_0_on =l= 28.694446824744865;
relu_2_12_1_above_pre.. + 1*pre_2_12_1 - 1*post_2_12_1 =l= 0;
relu_2_12_1_off_when_inactive.. + 1*post_2_12_1 - 28.694446824744865*relu_2_12_1_on =l= 0;
relu_2_12_1_pre_when_active.. - 1*pre_2_12_1 + 1*post_2_12_1 + 28.694446824744865*relu_2_12_1_on =l= 28.694446824744865;
relu_2_13_0_above_pre.. + 1*pre_2_13_0 - 1*post_2_13_0 =l= 0;
relu_2_13_0_off_when_inactive.. + 1*post_2_13_0 - 30.807503008455164*relu_2_13_0_on =l= 0;
relu_2_13_0_pre_when_active.. - 1*pre_2_13_0 + 1*post_2_13_0 + 30.807503008455164*relu_2_13_0_on =l= 30.807503008455164;
relu_2_13_1_above_pre.. + 1*pre_2_13_1 - 1*post_2_13_1 =l= 0;
relu_2_13_1_off_when_inactive.. + 1*post_2_13_1 - 30.807503008455164*relu_2_13_1_on =l= 0;
relu_2_13_1_pre_when_active.. - 1*pre_2_13_1 + 1*post_2_13_1 + 30.807503008455164*relu_2_13_1_on =l= 30.807503008455164;
relu_2_14_0_above_pre.. + 1*pre_2_14_0 - 1*post_2_14_0 =l= 0;
relu_2_14_0_off_when_inactive.. + 1*post_2_14_0 - 30.7369118627294*relu_2_14_0_on =l= 0;
relu_2_14_0_pre_when_active.. - 1*pre_2_14_0 + 1*post_2_14_0 + 30.7369118627294*relu_2_14_0_on =l= 30.7369118627294;
relu_2_14_1_above_pre.. + 1*pre_2_14_1 - 1*post_2_14_1 =l= 0;
relu_2_14_1_off_when_inactive.. + 1*post_2_14_1 - 30.7369118627294*relu_2_14_1_on =l= 0;
relu_2_14_1_pre_when_active.. - 1*pre_2_14_1 + 1*post_2_14_1 + 30.7369118627294*relu_2_14_1_on =l= 30.7369118627294;
relu_2_15_0_above_pre.. + 1*pre_2_15_0 - 1*post_2_15_0 =l= 0;
relu_2_15_0_off_when_inactive.. + 1*post_2_15_0 - 44.87220330497085*relu_2_15_0_on =l= 0;
relu_2_15_0_pre_when_active.. - 1*pre_2_15_0 + 1*post_2_15_0 + 44.87220330497085*relu_2_15_0_on =l= 44.87220330497085;
relu_2_15_1_above_pre.. + 1*pre_2_15_1 - 1*post_2_15_1 =l= 0;
relu_2_15_1_off_when_inactive.. + 1*post_2_15_1 - 44.87220330497085*relu_2_15_1_on =l= 0;
relu_2_15_1_pre_when_active.. - 1*pre_2_15_1 + 1*post_2_15_1 + 44.87220330497085*relu_2_15_1_on =l= 44.87220330497085;

w_1_0_0.lo = -3;
w_1_0_0.up = 3;
w_1_0_1.lo = -3;
w_1_0_1.up = 3;
w_1_1_0.lo = -3;
w_1_1_0.up = 3;
w_1_1_1.lo = -3;
w_1_1_1.up = 3;
w_2_0_0.lo = -3;
w_2_0_0.up = 3;
w_2_0_1.lo = -3;
w_2_0_1.up = 3;
w_2_1_0.lo = -3;
w_2_1_0.up = 3;
w_2_1_1.lo = -3;
w_2_1_1.up = 3;
w_3_0_0.lo = -3;
w_3_0_0.up = 3;
w_3_0_1.lo = -3;
w_3_0_1.up = 3;
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
b_2_1.lo = -3;
b_2_1.up = 3;
b_3_0.lo = -3;
b_3_0.up = 3;
pre_1_0_0.lo = -7.125139810483965;
pre_1_0_0.up = 7.125139810483965;
pre_1_0_1.lo = -7.125139810483965;
pre_1_0_1.up = 7.125139810483965;
pre_1_1_0.lo = -4.450495978270242;
pre_1_1_0.up = 4.450495978270242;
pre_1_1_1.lo = -4.450495978270242;
pre_1_1_1.up = 4.450495978270242;
pre_1_2_0.lo = -6.293958645941272;
pre_1_2_0.up = 6.293958645941272;
pre_1_2_1.lo = -6.293958645941272;
pre_1_2_1.up = 6.293958645941272;
pre_1_3_0.lo = -6.278046829164398;
pre_1_3_0.up = 6.278046829164398;
pre_1_3_1.lo = -6.278046829164398;
pre_1_3_1.up = 6.278046829164398;
pre_1_4_0.lo = -4.575447738333024;
pre_1_4_0.up = 4.575447738333024;
pre_1_4_1.lo = -4.575447738333024;
pre_1_4_1.up = 4.575447738333024;
pre_1_5_0.lo = -6.681194289163965;
pre_1_5_0.up = 6.681194289163965;
pre_1_5_1.lo = -6.681194289163965;
pre_1_5_1.up = 6.681194289163965;
pre_1_6_0.lo = -6.998263939541548;
pre_1_6_0.up = 6.998263939541548;
pre_1_6_1.lo = -6.998263939541548;
pre_1_6_1.up = 6.998263939541548;
pre_1_7_0.lo = -5.033436041032538;
pre_1_7_0.up = 5.033436041032538;
pre_1_7_1.lo = -5.033436041032538;
pre_1_7_1.up = 5.033436041032538;
pre_1_8_0.lo = -5.85589242599091;
pre_1_8_0.up = 5.85589242599091;
pre_1_8_1.lo = -5.85589242599091;
pre_1_8_1.up = 5.85589242599091;
pre_1_9_0.lo = -4.481055976018846;
pre_1_9_0.up = 4.481055976018846;
pre_1_9_1.lo = -4.481055976018846;
pre_1_9_1.up = 4.481055976018846;
pre_1_10_0.lo = -4.223536593655531;
pre_1_10_0.up = 4.223536593655531;
pre_1_10_1.lo = -4.223536593655531;
pre_1_10_1.up = 4.223536593655531;
pre_1_11_0.lo = -7.9411881018315;
pre_1_11_0.up = 7.9411881018315;
pre_1_11_1.lo = -7.9411881018315;
pre_1_11_1.up = 7.9411881018315;
pre_1_12_0.lo = -4.282407804124144;
pre_1_12_0.up = 4.282407804124144;
pre_1_12_1.lo = -4.282407804124144;
pre_1_12_1.up = 4.282407804124144;
pre_1_13_0.lo = -4.634583834742528;
pre_1_13_0.up = 4.634583834742528;
pre_1_13_1.lo = -4.634583834742528;
pre_1_13_1.up = 4.634583834742528;
pre_1_14_0.lo = -4.622818643788233;
pre_1_14_0.up = 4.622818643788233;
pre_1_14_1.lo = -4.622818643788233;
pre_1_14_1.up = 4.622818643788233;
pre_1_15_0.lo = -6.978700550828476;
pre_1_15_0.up = 6.978700550828476;
pre_1_15_1.lo = -6.978700550828476;
pre_1_15_1.up = 6.978700550828476;
pre_2_0_0.lo = -45.75083886290379;
pre_2_0_0.up = 45.75083886290379;
pre_2_0_1.lo = -45.75083886290379;
pre_2_0_1.up = 45.75083886290379;
pre_2_1_0.lo = -29.70297586962145;
pre_2_1_0.up = 29.70297586962145;
pre_2_1_1.lo = -29.70297586962145;
pre_2_1_1.up = 29.70297586962145;
pre_2_2_0.lo = -40.76375187564763;
pre_2_2_0.up = 40.76375187564763;
pre_2_2_1.lo = -40.76375187564763;
pre_2_2_1.up = 40.76375187564763;
pre_2_3_0.lo = -40.66828097498639;
pre_2_3_0.up = 40.66828097498639;
pre_2_3_1.lo = -40.66828097498639;
pre_2_3_1.up = 40.66828097498639;
pre_2_4_0.lo = -30.452686429998142;
pre_2_4_0.up = 30.452686429998142;
pre_2_4_1.lo = -30.452686429998142;
pre_2_4_1.up = 30.452686429998142;
pre_2_5_0.lo = -43.08716573498379;
pre_2_5_0.up = 43.08716573498379;
pre_2_5_1.lo = -43.08716573498379;
pre_2_5_1.up = 43.08716573498379;
pre_2_6_0.lo = -44.98958363724929;
pre_2_6_0.up = 44.98958363724929;
pre_2_6_1.lo = -44.98958363724929;
pre_2_6_1.up = 44.98958363724929;
pre_2_7_0.lo = -33.20061624619523;
pre_2_7_0.up = 33.20061624619523;
pre_2_7_1.lo = -33.20061624619523;
pre_2_7_1.up = 33.20061624619523;
pre_2_8_0.lo = -38.13535455594546;
pre_2_8_0.up = 38.13535455594546;
pre_2_8_1.lo = -38.13535455594546;
pre_2_8_1.up = 38.13535455594546;
pre_2_9_0.lo = -29.886335856113075;
pre_2_9_0.up = 29.886335856113075;
pre_2_9_1.lo = -29.886335856113075;
pre_2_9_1.up = 29.886335856113075;
pre_2_10_0.lo = -28.341219561933187;
pre_2_10_0.up = 28.341219561933187;
pre_2_10_1.lo = -28.341219561933187;
pre_2_10_1.up = 28.341219561933187;
pre_2_11_0.lo = -50.647128610989;
pre_2_11_0.up = 50.647128610989;
pre_2_11_1.lo = -50.647128610989;
pre_2_11_1.up = 50.647128610989;
pre_2_12_0.lo = -28.694446824744865;
pre_2_12_0.up = 28.694446824744865;
pre_2_12_1.lo = -28.694446824744865;
pre_2_12_1.up = 28.694446824744865;
pre_2_13_0.lo = -30.807503008455164;
pre_2_13_0.up = 30.807503008455164;
pre_2_13_1.lo = -30.807503008455164;
pre_2_13_1.up = 30.807503008455164;
pre_2_14_0.lo = -30.7369118627294;
pre_2_14_0.up = 30.7369118627294;
pre_2_14_1.lo = -30.7369118627294;
pre_2_14_1.up = 30.7369118627294;
pre_2_15_0.lo = -44.87220330497085;
pre_2_15_0.up = 44.87220330497085;
pre_2_15_1.lo = -44.87220330497085;
pre_2_15_1.up = 44.87220330497085;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.125139810483965;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.125139810483965;
post_1_1_0.lo = 0;
post_1_1_0.up = 4.450495978270242;
post_1_1_1.lo = 0;
post_1_1_1.up = 4.450495978270242;
post_1_2_0.lo = 0;
post_1_2_0.up = 6.293958645941272;
post_1_2_1.lo = 0;
post_1_2_1.up = 6.293958645941272;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.278046829164398;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.278046829164398;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.575447738333024;
post_1_4_1.lo = 0;
post_1_4_1.up = 4.575447738333024;
post_1_5_0.lo = 0;
post_1_5_0.up = 6.681194289163965;
post_1_5_1.lo = 0;
post_1_5_1.up = 6.681194289163965;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.998263939541548;
post_1_6_1.lo = 0;
post_1_6_1.up = 6.998263939541548;
post_1_7_0.lo = 0;
post_1_7_0.up = 5.033436041032538;
post_1_7_1.lo = 0;
post_1_7_1.up = 5.033436041032538;
post_1_8_0.lo = 0;
post_1_8_0.up = 5.85589242599091;
post_1_8_1.lo = 0;
post_1_8_1.up = 5.85589242599091;
post_1_9_0.lo = 0;
post_1_9_0.up = 4.481055976018846;
post_1_9_1.lo = 0;
post_1_9_1.up = 4.481055976018846;
post_1_10_0.lo = 0;
post_1_10_0.up = 4.223536593655531;
post_1_10_1.lo = 0;
post_1_10_1.up = 4.223536593655531;
post_1_11_0.lo = 0;
post_1_11_0.up = 7.9411881018315;
post_1_11_1.lo = 0;
post_1_11_1.up = 7.9411881018315;
post_1_12_0.lo = 0;
post_1_12_0.up = 4.282407804124144;
post_1_12_1.lo = 0;
post_1_12_1.up = 4.282407804124144;
post_1_13_0.lo = 0;
post_1_13_0.up = 4.634583834742528;
post_1_13_1.lo = 0;
post_1_13_1.up = 4.634583834742528;
post_1_14_0.lo = 0;
post_1_14_0.up = 4.622818643788233;
post_1_14_1.lo = 0;
post_1_14_1.up = 4.622818643788233;
post_1_15_0.lo = 0;
post_1_15_0.up = 6.978700550828476;
post_1_15_1.lo = 0;
post_1_15_1.up = 6.978700550828476;
post_2_0_0.lo = 0;
post_2_0_0.up = 45.75083886290379;
post_2_0_1.lo = 0;
post_2_0_1.up = 45.75083886290379;
post_2_1_0.lo = 0;
post_2_1_0.up = 29.70297586962145;
post_2_1_1.lo = 0;
post_2_1_1.up = 29.70297586962145;
post_2_2_0.lo = 0;
post_2_2_0.up = 40.76375187564763;
post_2_2_1.lo = 0;
post_2_2_1.up = 40.76375187564763;
post_2_3_0.lo = 0;
post_2_3_0.up = 40.66828097498639;
post_2_3_1.lo = 0;
post_2_3_1.up = 40.66828097498639;
post_2_4_0.lo = 0;
post_2_4_0.up = 30.452686429998142;
post_2_4_1.lo = 0;
post_2_4_1.up = 30.452686429998142;
post_2_5_0.lo = 0;
post_2_5_0.up = 43.08716573498379;
post_2_5_1.lo = 0;
post_2_5_1.up = 43.08716573498379;
post_2_6_0.lo = 0;
post_2_6_0.up = 44.98958363724929;
post_2_6_1.lo = 0;
post_2_6_1.up = 44.98958363724929;
post_2_7_0.lo = 0;
post_2_7_0.up = 33.20061624619523;
post_2_7_1.lo = 0;
post_2_7_1.up = 33.20061624619523;
post_2_8_0.lo = 0;
post_2_8_0.up = 38.13535455594546;
post_2_8_1.lo = 0;
post_2_8_1.up = 38.13535455594546;
post_2_9_0.lo = 0;
post_2_9_0.up = 29.886335856113075;
post_2_9_1.lo = 0;
post_2_9_1.up = 29.886335856113075;
post_2_10_0.lo = 0;
post_2_10_0.up = 28.341219561933187;
post_2_10_1.lo = 0;
post_2_10_1.up = 28.341219561933187;
post_2_11_0.lo = 0;
post_2_11_0.up = 50.647128610989;
post_2_11_1.lo = 0;
post_2_11_1.up = 50.647128610989;
post_2_12_0.lo = 0;
post_2_12_0.up = 28.694446824744865;
post_2_12_1.lo = 0;
post_2_12_1.up = 28.694446824744865;
post_2_13_0.lo = 0;
post_2_13_0.up = 30.807503008455164;
post_2_13_1.lo = 0;
post_2_13_1.up = 30.807503008455164;
post_2_14_0.lo = 0;
post_2_14_0.up = 30.7369118627294;
post_2_14_1.lo = 0;
post_2_14_1.up = 30.7369118627294;
post_2_15_0.lo = 0;
post_2_15_0.up = 44.87220330497085;
post_2_15_1.lo = 0;
post_2_15_1.up = 44.87220330497085;
out_0_0.lo = -277.5050331774228;
out_0_0.up = 277.5050331774228;
out_1_0.lo = -181.2178552177287;
out_1_0.up = 181.2178552177287;
out_2_0.lo = -247.58251125388577;
out_2_0.up = 247.58251125388577;
out_3_0.lo = -247.00968584991833;
out_3_0.up = 247.00968584991833;
out_4_0.lo = -185.71611857998886;
out_4_0.up = 185.71611857998886;
out_5_0.lo = -261.52299440990276;
out_5_0.up = 261.52299440990276;
out_6_0.lo = -272.9375018234957;
out_6_0.up = 272.9375018234957;
out_7_0.lo = -202.20369747717137;
out_7_0.up = 202.20369747717137;
out_8_0.lo = -231.81212733567276;
out_8_0.up = 231.81212733567276;
out_9_0.lo = -182.31801513667844;
out_9_0.up = 182.31801513667844;
out_10_0.lo = -173.04731737159912;
out_10_0.up = 173.04731737159912;
out_11_0.lo = -306.882771665934;
out_11_0.up = 306.882771665934;
out_12_0.lo = -175.1666809484692;
out_12_0.up = 175.1666809484692;
out_13_0.lo = -187.84501805073097;
out_13_0.up = 187.84501805073097;
out_14_0.lo = -187.4214711763764;
out_14_0.up = 187.4214711763764;
out_15_0.lo = -272.2332198298251;
out_15_0.up = 272.2332198298251;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
