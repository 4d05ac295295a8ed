* teacher-N16-n2-m2-p2-s0-p1-plain-bigm  (relu-opt library: teacher-N16-n2-m2-p2-s0, problem 1, plain-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, w_2_1_0,
  w_2_1_1, b_1_0, b_1_1, b_2_0, b_2_1, pre_1_0_0, pre_1_0_1, pre_1_1_0,
  pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0,
  pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1, pre_1_8_0, pre_1_8_1, pre_1_9_0,
  pre_1_9_1, pre_1_10_0, pre_1_10_1, pre_1_11_0, pre_1_11_1, pre_1_12_0, pre_1_12_1, pre_1_13_0,
  pre_1_13_1, pre_1_14_0, pre_1_14_1, pre_1_15_0, pre_1_15_1, post_1_0_0, post_1_0_1, post_1_1_0,
  post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0,
  post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, post_1_9_0,
  post_1_9_1, post_1_10_0, post_1_10_1, post_1_11_0, post_1_11_1, post_1_12_0, post_1_12_1, post_1_13_0,
  post_1_13_1, post_1_14_0, post_1_14_1, post_1_15_0, post_1_15_1, out_0_0, out_0_1, out_1_0,
  out_1_1, out_2_0, out_2_1, out_3_0, out_3_1, out_4_0, out_4_1, out_5_0,
  out_5_1, out_6_0, out_6_1, out_7_0, out_7_1, out_8_0, out_8_1, out_9_0,
  out_9_1, out_10_0, out_10_1, out_11_0, out_11_1, out_12_0, out_12_1, out_13_0,
  out_13_1, out_14_0, out_14_1, out_15_0, out_15_1;

Binary Variables
  relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_3_0_on, relu_1_3_1_on,
  relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on, relu_1_7_0_on, relu_1_7_1_on,
  relu_1_8_0_on, relu_1_8_1_on, relu_1_9_0_on, relu_1_9_1_on, relu_1_10_0_on, relu_1_10_1_on, relu_1_11_0_on, relu_1_11_1_on,
  relu_1_12_0_on, relu_1_12_1_on, relu_1_13_0_on, relu_1_13_1_on, relu_1_14_0_on, relu_1_14_1_on, relu_1_15_0_on, relu_1_15_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, out_definition_0_0, out_definition_0_1, out_definition_1_0, out_definition_1_1, out_definition_2_0, out_definition_2_1, out_definition_3_0,
  out_definition_3_1, out_definition_4_0, out_definition_4_1, out_definition_5_0, out_definition_5_1, out_definition_6_0, out_definition_6_1, out_definition_7_0,
  out_definition_7_1, out_definition_8_0, out_definition_8_1, out_definition_9_0, out_definition_9_1, out_definition_10_0, out_definition_10_1, out_definition_11_0,
  out_definition_11_1, out_definition_12_0, out_definition_12_1, out_definition_13_0, out_definition_13_1, out_definition_14_0, out_definition_14_1, out_definition_15_0,
  out_definition_15_1, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre,
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
  relu_1_15_1_pre_when_active;

e_obj.. - objvar - 2.8336839704454078*out_0_0 - 0.030941247684393616*out_0_1 - 2.9498503608823965*out_1_0 - 0.38079802580034594*out_1_1 - 2.0316272898828163*out_2_0 + 1.452033034526946*out_2_1 - 2.8183502546633954*out_3_0
    - 0.20871619482923864*out_3_1 - 3.786961234696427*out_4_0 - 2.4751618095939936*out_4_1 - 1.4639602338491864*out_5_0 + 1.4119780734702183*out_5_1 - 2.4591155841176144*out_6_0 + 0.25136525252602127*out_6_1 - 1.2211610711680418*out_7_0
    + 2.0417872040789145*out_7_1 - 1.6055984864845072*out_8_0 + 1.782733606606207*out_8_1 - 2.6035735973124186*out_9_0 + 0.7347202253836062*out_9_1 - 2.4038422636517915*out_10_0 + 0.14470441023221547*out_10_1 - 2.9797612022081346*out_11_0
    - 0.4115220829817355*out_11_1 - 1.5912680269783523*out_12_0 + 2.21329970353739*out_12_1 - 1.9770224120934736*out_13_0 + 1.150333359215494*out_13_1 - 2.7716102668632403*out_14_0 + 0.16026551562217242*out_14_1 - 2.8673817650533517*out_15_0
    + 0.42791936970796934*out_15_1 + 1*sqr(out_0_0) + 1*sqr(out_0_1) + 1*sqr(out_1_0) + 1*sqr(out_1_1) + 1*sqr(out_2_0) + 1*sqr(out_2_1) + 1*sqr(out_3_0)
    + 1*sqr(out_3_1) + 1*sqr(out_4_0) + 1*sqr(out_4_1) + 1*sqr(out_5_0) + 1*sqr(out_5_1) + 1*sqr(out_6_0) + 1*sqr(out_6_1) + 1*sqr(out_7_0)
    + 1*sqr(out_7_1) + 1*sqr(out_8_0) + 1*sqr(out_8_1) + 1*sqr(out_9_0) + 1*sqr(out_9_1) + 1*sqr(out_10_0) + 1*sqr(out_10_1) + 1*sqr(out_11_0)
    + 1*sqr(out_11_1) + 1*sqr(out_12_0) + 1*sqr(out_12_1) + 1*sqr(out_13_0) + 1*sqr(out_13_1) + 1*sqr(out_14_0) + 1*sqr(out_14_1) + 1*sqr(out_15_0)
    + 1*sqr(out_15_1) + 31.043069396054673 =e= 0;
pre_definition_1_0_0.. - 0.7148085531751387*w_1_0_0 + 0.9328288493890713*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.7148085531751387*w_1_1_0 + 0.9328288493890713*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.45931089285988813*w_1_0_0 + 0.648688758794882*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.45931089285988813*w_1_1_0 + 0.648688758794882*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.7263578446997732*w_1_0_0 - 0.08292244049818343*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.7263578446997732*w_1_1_0 - 0.08292244049818343*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.40057621892523043*w_1_0_0 + 0.1546255576046831*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.40057621892523043*w_1_1_0 + 0.1546255576046831*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.9433606577090741*w_1_0_0 + 0.7514334470008721*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.9433606577090741*w_1_1_0 + 0.7514334470008721*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. - 0.34124882938726064*w_1_0_0 - 0.2943790231485002*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.34124882938726064*w_1_1_0 - 0.2943790231485002*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.2307702229625077*w_1_0_0 + 0.23264489147623313*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.2307702229625077*w_1_1_0 + 0.23264489147623313*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.994419871578422*w_1_0_0 - 0.9616706775524602*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.994419871578422*w_1_1_0 - 0.9616706775524602*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. - 0.3710839689613894*w_1_0_0 - 0.3009185525356326*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.3710839689613894*w_1_1_0 - 0.3009185525356326*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.37689346114188016*w_1_0_0 + 0.22215715204179243*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.37689346114188016*w_1_1_0 + 0.22215715204179243*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. + 0.7298069899551776*w_1_0_0 - 0.4429766803881634*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. + 0.7298069899551776*w_1_1_0 - 0.4429766803881634*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. - 0.050708644951451776*w_1_0_0 + 0.3795162488820887*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 0.050708644951451776*w_1_1_0 + 0.3795162488820887*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. + 0.028329282336421846*w_1_0_0 - 0.7789756686980005*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. + 0.028329282336421846*w_1_1_0 - 0.7789756686980005*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. - 0.8680870319124994*w_1_0_0 + 0.28440960658185954*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 0.8680870319124994*w_1_1_0 + 0.28440960658185954*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.14305966145952187*w_1_0_0 + 0.3562612178481157*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.14305966145952187*w_1_1_0 + 0.3562612178481157*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. - 0.1886000603993936*w_1_0_0 + 0.3241775489857335*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. - 0.1886000603993936*w_1_1_0 + 0.3241775489857335*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_0_1.. - 1*b_2_1 + 1*out_0_1 - 1*w_2_1_0*post_1_0_0 - 1*w_2_1_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_1_1.. - 1*b_2_1 + 1*out_1_1 - 1*w_2_1_0*post_1_1_0 - 1*w_2_1_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_2_1.. - 1*b_2_1 + 1*out_2_1 - 1*w_2_1_0*post_1_2_0 - 1*w_2_1_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_3_1.. - 1*b_2_1 + 1*out_3_1 - 1*w_2_1_0*post_1_3_0 - 1*w_2_1_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_4_1.. - 1*b_2_1 + 1*out_4_1 - 1*w_2_1_0*post_1_4_0 - 1*w_2_1_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_5_1.. - 1*b_2_1 + 1*out_5_1 - 1*w_2_1_0*post_1_5_0 - 1*w_2_1_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_6_1.. - 1*b_2_1 + 1*out_6_1 - 1*w_2_1_0*post_1_6_0 - 1*w_2_1_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
out_definition_7_1.. - 1*b_2_1 + 1*out_7_1 - 1*w_2_1_0*post_1_7_0 - 1*w_2_1_1*post_1_7_1 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 =e= 0;
out_definition_8_1.. - 1*b_2_1 + 1*out_8_1 - 1*w_2_1_0*post_1_8_0 - 1*w_2_1_1*post_1_8_1 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 =e= 0;
out_definition_9_1.. - 1*b_2_1 + 1*out_9_1 - 1*w_2_1_0*post_1_9_0 - 1*w_2_1_1*post_1_9_1 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 =e= 0;
out_definition_10_1.. - 1*b_2_1 + 1*out_10_1 - 1*w_2_1_0*post_1_10_0 - 1*w_2_1_1*post_1_10_1 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 =e= 0;
out_definition_11_1.. - 1*b_2_1 + 1*out_11_1 - 1*w_2_1_0*post_1_11_0 - 1*w_2_1_1*post_1_11_1 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 =e= 0;
out_definition_12_1.. - 1*b_2_1 + 1*out_12_1 - 1*w_2_1_0*post_1_12_0 - 1*w_2_1_1*post_1_12_1 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 =e= 0;
out_definition_13_1.. - 1*b_2_1 + 1*out_13_1 - 1*w_2_1_0*post_1_13_0 - 1*w_2_1_1*post_1_13_1 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 =e= 0;
out_definition_14_1.. - 1*b_2_1 + 1*out_14_1 - 1*w_2_1_0*post_1_14_0 - 1*w_2_1_1*post_1_14_1 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*w_2_0_0*post_1_15_0 - 1*w_2_0_1*post_1_15_1 =e= 0;
out_definition_15_1.. - 1*b_2_1 + 1*out_15_1 - 1*w_2_1_0*post_1_15_0 - 1*w_2_1_1*post_1_15_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 7.94291220769263*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 7.94291220769263*relu_1_0_0_on =l= 7.94291220769263;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 7.94291220769263*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 7.94291220769263*relu_1_0_1_on =l= 7.94291220769263;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 6.32399895496431*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 6.32399895496431*relu_1_1_0_on =l= 6.32399895496431;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 6.32399895496431*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 6.32399895496431*relu_1_1_1_on =l= 6.32399895496431;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 5.427840855593869*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 5.427840855593869*relu_1_2_0_on =l= 5.427840855593869;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 5.427840855593869*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 5.427840855593869*relu_1_2_1_on =l= 5.427840855593869;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 4.665605329589741*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 4.665605329589741*relu_1_3_0_on =l= 4.665605329589741;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 4.665605329589741*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 4.665605329589741*relu_1_3_1_on =l= 4.665605329589741;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 8.084382314129838*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 8.084382314129838*relu_1_4_0_on =l= 8.084382314129838;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 8.084382314129838*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 8.084382314129838*relu_1_4_1_on =l= 8.084382314129838;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 4.906883557607283*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 4.906883557607283*relu_1_5_0_on =l= 4.906883557607283;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 4.906883557607283*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 4.906883557607283*relu_1_5_1_on =l= 4.906883557607283;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 4.390245343316223*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 4.390245343316223*relu_1_6_0_on =l= 4.390245343316223;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 4.390245343316223*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 4.390245343316223*relu_1_6_1_on =l= 4.390245343316223;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 8.868271647392646*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 8.868271647392646*relu_1_7_0_on =l= 8.868271647392646;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 8.868271647392646*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 8.868271647392646*relu_1_7_1_on =l= 8.868271647392646;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 5.0160075644910656*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 5.0160075644910656*relu_1_8_0_on =l= 5.0160075644910656;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 5.0160075644910656*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 5.0160075644910656*relu_1_8_1_on =l= 5.0160075644910656;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 4.7971518395510175*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 4.7971518395510175*relu_1_9_0_on =l= 4.7971518395510175;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 4.7971518395510175*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 4.7971518395510175*relu_1_9_1_on =l= 4.7971518395510175;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 6.518351011030023*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 6.518351011030023*relu_1_10_0_on =l= 6.518351011030023;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 6.518351011030023*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 6.518351011030023*relu_1_10_1_on =l= 6.518351011030023;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 4.290674681500621*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 4.290674681500621*relu_1_11_0_on =l= 4.290674681500621;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 4.290674681500621*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 4.290674681500621*relu_1_11_1_on =l= 4.290674681500621;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 5.421914853103267*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 5.421914853103267*relu_1_12_0_on =l= 5.421914853103267;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 5.421914853103267*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 5.421914853103267*relu_1_12_1_on =l= 5.421914853103267;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 6.457489915483077*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 6.457489915483077*relu_1_13_0_on =l= 6.457489915483077;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 6.457489915483077*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 6.457489915483077*relu_1_13_1_on =l= 6.457489915483077;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 4.497962637922913*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 4.497962637922913*relu_1_14_0_on =l= 4.497962637922913;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 4.497962637922913*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 4.497962637922913*relu_1_14_1_on =l= 4.497962637922913;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0_off_when_inactive.. + 1*post_1_15_0 - 4.538332828155381*relu_1_15_0_on =l= 0;
relu_1_15_0_pre_when_active.. - 1*pre_1_15_0 + 1*post_1_15_0 + 4.538332828155381*relu_1_15_0_on =l= 4.538332828155381;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1_off_when_inactive.. + 1*post_1_15_1 - 4.538332828155381*relu_1_15_1_on =l= 0;
relu_1_15_1_pre_when_active.. - 1*pre_1_15_1 + 1*post_1_15_1 + 4.538332828155381*relu_1_15_1_on =l= 4.538332828155381;

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
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
b_2_1.lo = -3;
b_2_1.up = 3;
pre_1_0_0.lo = -7.94291220769263;
pre_1_0_0.up = 7.94291220769263;
pre_1_0_1.lo = -7.94291220769263;
pre_1_0_1.up = 7.94291220769263;
pre_1_1_0.lo = -6.32399895496431;
pre_1_1_0.up = 6.32399895496431;
pre_1_1_1.lo = -6.32399895496431;
pre_1_1_1.up = 6.32399895496431;
pre_1_2_0.lo = -5.427840855593869;
pre_1_2_0.up = 5.427840855593869;
pre_1_2_1.lo = -5.427840855593869;
pre_1_2_1.up = 5.427840855593869;
pre_1_3_0.lo = -4.665605329589741;
pre_1_3_0.up = 4.665605329589741;
pre_1_3_1.lo = -4.665605329589741;
pre_1_3_1.up = 4.665605329589741;
pre_1_4_0.lo = -8.084382314129838;
pre_1_4_0.up = 8.084382314129838;
pre_1_4_1.lo = -8.084382314129838;
pre_1_4_1.up = 8.084382314129838;
pre_1_5_0.lo = -4.906883557607283;
pre_1_5_0.up = 4.906883557607283;
pre_1_5_1.lo = -4.906883557607283;
pre_1_5_1.up = 4.906883557607283;
pre_1_6_0.lo = -4.390245343316223;
pre_1_6_0.up = 4.390245343316223;
pre_1_6_1.lo = -4.390245343316223;
pre_1_6_1.up = 4.390245343316223;
pre_1_7_0.lo = -8.868271647392646;
pre_1_7_0.up = 8.868271647392646;
pre_1_7_1.lo = -8.868271647392646;
pre_1_7_1.up = 8.868271647392646;
pre_1_8_0.lo = -5.0160075644910656;
pre_1_8_0.up = 5.0160075644910656;
pre_1_8_1.lo = -5.0160075644910656;
pre_1_8_1.up = 5.0160075644910656;
pre_1_9_0.lo = -4.7971518395510175;
pre_1_9_0.up = 4.7971518395510175;
pre_1_9_1.lo = -4.7971518395510175;
pre_1_9_1.up = 4.7971518395510175;
pre_1_10_0.lo = -6.518351011030023;
pre_1_10_0.up = 6.518351011030023;
pre_1_10_1.lo = -6.518351011030023;
pre_1_10_1.up = 6.518351011030023;
pre_1_11_0.lo = -4.290674681500621;
pre_1_11_0.up = 4.290674681500621;
pre_1_11_1.lo = -4.290674681500621;
pre_1_11_1.up = 4.290674681500621;
pre_1_12_0.lo = -5.421914853103267;
pre_1_12_0.up = 5.421914853103267;
pre_1_12_1.lo = -5.421914853103267;
pre_1_12_1.up = 5.421914853103267;
pre_1_13_0.lo = -6.457489915483077;
pre_1_13_0.up = 6.457489915483077;
pre_1_13_1.lo = -6.457489915483077;
pre_1_13_1.up = 6.457489915483077;
pre_1_14_0.lo = -4.497962637922913;
pre_1_14_0.up = 4.497962637922913;
pre_1_14_1.lo = -4.497962637922913;
pre_1_14_1.up = 4.497962637922913;
pre_1_15_0.lo = -4.538332828155381;
pre_1_15_0.up = 4.538332828155381;
pre_1_15_1.lo = -4.538332828155381;
pre_1_15_1.up = 4.538332828155381;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.94291220769263;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.94291220769263;
post_1_1_0.lo = 0;
post_1_1_0.up = 6.32399895496431;
post_1_1_1.lo = 0;
post_1_1_1.up = 6.32399895496431;
post_1_2_0.lo = 0;
post_1_2_0.up = 5.427840855593869;
post_1_2_1.lo = 0;
post_1_2_1.up = 5.427840855593869;
post_1_3_0.lo = 0;
post_1_3_0.up = 4.665605329589741;
post_1_3_1.lo = 0;
post_1_3_1.up = 4.665605329589741;
post_1_4_0.lo = 0;
post_1_4_0.up = 8.084382314129838;
post_1_4_1.lo = 0;
post_1_4_1.up = 8.084382314129838;
post_1_5_0.lo = 0;
post_1_5_0.up = 4.906883557607283;
post_1_5_1.lo = 0;
post_1_5_1.up = 4.906883557607283;
post_1_6_0.lo = 0;
post_1_6_0.up = 4.390245343316223;
post_1_6_1.lo = 0;
post_1_6_1.up = 4.390245343316223;
post_1_7_0.lo = 0;
post_1_7_0.up = 8.868271647392646;
post_1_7_1.lo = 0;
post_1_7_1.up = 8.868271647392646;
post_1_8_0.lo = 0;
post_1_8_0.up = 5.0160075644910656;
post_1_8_1.lo = 0;
post_1_8_1.up = 5.0160075644910656;
post_1_9_0.lo = 0;
post_1_9_0.up = 4.7971518395510175;
post_1_9_1.lo = 0;
post_1_9_1.up = 4.7971518395510175;
post_1_10_0.lo = 0;
post_1_10_0.up = 6.518351011030023;
post_1_10_1.lo = 0;
post_1_10_1.up = 6.518351011030023;
post_1_11_0.lo = 0;
post_1_11_0.up = 4.290674681500621;
post_1_11_1.lo = 0;
post_1_11_1.up = 4.290674681500621;
post_1_12_0.lo = 0;
post_1_12_0.up = 5.421914853103267;
post_1_12_1.lo = 0;
post_1_12_1.up = 5.421914853103267;
post_1_13_0.lo = 0;
post_1_13_0.up = 6.457489915483077;
post_1_13_1.lo = 0;
post_1_13_1.up = 6.457489915483077;
post_1_14_0.lo = 0;
post_1_14_0.up = 4.497962637922913;
post_1_14_1.lo = 0;
post_1_14_1.up = 4.497962637922913;
post_1_15_0.lo = 0;
post_1_15_0.up = 4.538332828155381;
post_1_15_1.lo = 0;
post_1_15_1.up = 4.538332828155381;
out_0_0.lo = -50.65747324615578;
out_0_0.up = 50.65747324615578;
out_0_1.lo = -50.65747324615578;
out_0_1.up = 50.65747324615578;
out_1_0.lo = -40.94399372978586;
out_1_0.up = 40.94399372978586;
out_1_1.lo = -40.94399372978586;
out_1_1.up = 40.94399372978586;
out_2_0.lo = -35.56704513356321;
out_2_0.up = 35.56704513356321;
out_2_1.lo = -35.56704513356321;
out_2_1.up = 35.56704513356321;
out_3_0.lo = -30.993631977538442;
out_3_0.up = 30.993631977538442;
out_3_1.lo = -30.993631977538442;
out_3_1.up = 30.993631977538442;
out_4_0.lo = -51.506293884779026;
out_4_0.up = 51.506293884779026;
out_4_1.lo = -51.506293884779026;
out_4_1.up = 51.506293884779026;
out_5_0.lo = -32.441301345643694;
out_5_0.up = 32.441301345643694;
out_5_1.lo = -32.441301345643694;
out_5_1.up = 32.441301345643694;
out_6_0.lo = -29.341472059897335;
out_6_0.up = 29.341472059897335;
out_6_1.lo = -29.341472059897335;
out_6_1.up = 29.341472059897335;
out_7_0.lo = -56.20962988435588;
out_7_0.up = 56.20962988435588;
out_7_1.lo = -56.20962988435588;
out_7_1.up = 56.20962988435588;
out_8_0.lo = -33.09604538694639;
out_8_0.up = 33.09604538694639;
out_8_1.lo = -33.09604538694639;
out_8_1.up = 33.09604538694639;
out_9_0.lo = -31.782911037306107;
out_9_0.up = 31.782911037306107;
out_9_1.lo = -31.782911037306107;
out_9_1.up = 31.782911037306107;
out_10_0.lo = -42.11010606618014;
out_10_0.up = 42.11010606618014;
out_10_1.lo = -42.11010606618014;
out_10_1.up = 42.11010606618014;
out_11_0.lo = -28.744048089003726;
out_11_0.up = 28.744048089003726;
out_11_1.lo = -28.744048089003726;
out_11_1.up = 28.744048089003726;
out_12_0.lo = -35.531489118619604;
out_12_0.up = 35.531489118619604;
out_12_1.lo = -35.531489118619604;
out_12_1.up = 35.531489118619604;
out_13_0.lo = -41.74493949289846;
out_13_0.up = 41.74493949289846;
out_13_1.lo = -41.74493949289846;
out_13_1.up = 41.74493949289846;
out_14_0.lo = -29.987775827537476;
out_14_0.up = 29.987775827537476;
out_14_1.lo = -29.987775827537476;
out_14_1.up = 29.987775827537476;
out_15_0.lo = -30.229996968932287;
out_15_0.up = 30.229996968932287;
out_15_1.lo = -30.229996968932287;
out_15_1.up = 30.229996968932287;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
