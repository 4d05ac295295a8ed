* teacher-N20-n2-m3-p1-s0-exact-p1-plain-complementarity  (relu-opt library: teacher-N20-n2-m3-p1-s0-exact, problem 1, plain-complementarity; {"hidden": [3], "bound": 1.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_1_2_0, w_1_2_1, w_2_0_0,
  w_2_0_1, w_2_0_2, b_1_0, b_1_1, b_1_2, b_2_0, pre_1_0_0, pre_1_0_1,
  pre_1_0_2, pre_1_1_0, pre_1_1_1, pre_1_1_2, pre_1_2_0, pre_1_2_1, pre_1_2_2, pre_1_3_0,
  pre_1_3_1, pre_1_3_2, pre_1_4_0, pre_1_4_1, pre_1_4_2, pre_1_5_0, pre_1_5_1, pre_1_5_2,
  pre_1_6_0, pre_1_6_1, pre_1_6_2, pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_8_0, pre_1_8_1,
  pre_1_8_2, pre_1_9_0, pre_1_9_1, pre_1_9_2, pre_1_10_0, pre_1_10_1, pre_1_10_2, pre_1_11_0,
  pre_1_11_1, pre_1_11_2, pre_1_12_0, pre_1_12_1, pre_1_12_2, pre_1_13_0, pre_1_13_1, pre_1_13_2,
  pre_1_14_0, pre_1_14_1, pre_1_14_2, pre_1_15_0, pre_1_15_1, pre_1_15_2, pre_1_16_0, pre_1_16_1,
  pre_1_16_2, pre_1_17_0, pre_1_17_1, pre_1_17_2, pre_1_18_0, pre_1_18_1, pre_1_18_2, pre_1_19_0,
  pre_1_19_1, pre_1_19_2, post_1_0_0, post_1_0_1, post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2,
  post_1_2_0, post_1_2_1, post_1_2_2, post_1_3_0, post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1,
  post_1_4_2, post_1_5_0, post_1_5_1, post_1_5_2, post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0,
  post_1_7_1, post_1_7_2, post_1_8_0, post_1_8_1, post_1_8_2, post_1_9_0, post_1_9_1, post_1_9_2,
  post_1_10_0, post_1_10_1, post_1_10_2, post_1_11_0, post_1_11_1, post_1_11_2, post_1_12_0, post_1_12_1,
  post_1_12_2, post_1_13_0, post_1_13_1, post_1_13_2, post_1_14_0, post_1_14_1, post_1_14_2, post_1_15_0,
  post_1_15_1, post_1_15_2, post_1_16_0, post_1_16_1, post_1_16_2, post_1_17_0, post_1_17_1, post_1_17_2,
  post_1_18_0, post_1_18_1, post_1_18_2, post_1_19_0, post_1_19_1, post_1_19_2, out_0_0, out_1_0,
  out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0,
  out_10_0, out_11_0, out_12_0, out_13_0, out_14_0, out_15_0, out_16_0, out_17_0,
  out_18_0, out_19_0;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_2_0,
  pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_7_0, pre_definition_1_7_1,
  pre_definition_1_7_2, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2, pre_definition_1_10_0,
  pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2,
  pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_15_0, pre_definition_1_15_1,
  pre_definition_1_15_2, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_16_2, pre_definition_1_17_0, pre_definition_1_17_1, pre_definition_1_17_2, pre_definition_1_18_0,
  pre_definition_1_18_1, pre_definition_1_18_2, pre_definition_1_19_0, pre_definition_1_19_1, pre_definition_1_19_2, out_definition_0_0, out_definition_1_0, out_definition_2_0,
  out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0,
  out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0, out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0,
  out_definition_19_0, relu_1_0_0_above_pre, relu_1_0_0_complementary, relu_1_0_1_above_pre, relu_1_0_1_complementary, relu_1_0_2_above_pre, relu_1_0_2_complementary, relu_1_1_0_above_pre,
  relu_1_1_0_complementary, relu_1_1_1_above_pre, relu_1_1_1_complementary, relu_1_1_2_above_pre, relu_1_1_2_complementary, relu_1_2_0_above_pre, relu_1_2_0_complementary, relu_1_2_1_above_pre,
  relu_1_2_1_complementary, relu_1_2_2_above_pre, relu_1_2_2_complementary, relu_1_3_0_above_pre, relu_1_3_0_complementary, relu_1_3_1_above_pre, relu_1_3_1_complementary, relu_1_3_2_above_pre,
  relu_1_3_2_complementary, relu_1_4_0_above_pre, relu_1_4_0_complementary, relu_1_4_1_above_pre, relu_1_4_1_complementary, relu_1_4_2_above_pre, relu_1_4_2_complementary, relu_1_5_0_above_pre,
  relu_1_5_0_complementary, relu_1_5_1_above_pre, relu_1_5_1_complementary, relu_1_5_2_above_pre, relu_1_5_2_complementary, relu_1_6_0_above_pre, relu_1_6_0_complementary, relu_1_6_1_above_pre,
  relu_1_6_1_complementary, relu_1_6_2_above_pre, relu_1_6_2_complementary, relu_1_7_0_above_pre, relu_1_7_0_complementary, relu_1_7_1_above_pre, relu_1_7_1_complementary, relu_1_7_2_above_pre,
  relu_1_7_2_complementary, relu_1_8_0_above_pre, relu_1_8_0_complementary, relu_1_8_1_above_pre, relu_1_8_1_complementary, relu_1_8_2_above_pre, relu_1_8_2_complementary, relu_1_9_0_above_pre,
  relu_1_9_0_complementary, relu_1_9_1_above_pre, relu_1_9_1_complementary, relu_1_9_2_above_pre, relu_1_9_2_complementary, relu_1_10_0_above_pre, relu_1_10_0_complementary, relu_1_10_1_above_pre,
  relu_1_10_1_complementary, relu_1_10_2_above_pre, relu_1_10_2_complementary, relu_1_11_0_above_pre, relu_1_11_0_complementary, relu_1_11_1_above_pre, relu_1_11_1_complementary, relu_1_11_2_above_pre,
  relu_1_11_2_complementary, relu_1_12_0_above_pre, relu_1_12_0_complementary, relu_1_12_1_above_pre, relu_1_12_1_complementary, relu_1_12_2_above_pre, relu_1_12_2_complementary, relu_1_13_0_above_pre,
  relu_1_13_0_complementary, relu_1_13_1_above_pre, relu_1_13_1_complementary, relu_1_13_2_above_pre, relu_1_13_2_complementary, relu_1_14_0_above_pre, relu_1_14_0_complementary, relu_1_14_1_above_pre,
  relu_1_14_1_complementary, relu_1_14_2_above_pre, relu_1_14_2_complementary, relu_1_15_0_above_pre, relu_1_15_0_complementary, relu_1_15_1_above_pre, relu_1_15_1_complementary, relu_1_15_2_above_pre,
  relu_1_15_2_complementary, relu_1_16_0_above_pre, relu_1_16_0_complementary, relu_1_16_1_above_pre, relu_1_16_1_complementary, relu_1_16_2_above_pre, relu_1_16_2_complementary, relu_1_17_0_above_pre,
  relu_1_17_0_complementary, relu_1_17_1_above_pre, relu_1_17_1_complementary, relu_1_17_2_above_pre, relu_1_17_2_complementary, relu_1_18_0_above_pre, relu_1_18_0_complementary, relu_1_18_1_above_pre,
  relu_1_18_1_complementary, relu_1_18_2_above_pre, relu_1_18_2_complementary, relu_1_19_0_above_pre, relu_1_19_0_complementary, relu_1_19_1_above_pre, relu_1_19_1_complementary, relu_1_19_2_above_pre,
  relu_1_19_2_complementary;

e_obj.. - objvar - 2.530368200674384*out_0_0 - 1.3167595607372722*out_1_0 - 3.1343558602967776*out_2_0 - 4.394656222676607*out_3_0 - 2.46420181509509*out_4_0 - 0.8368684611208036*out_5_0 + 0.08681811286079788*out_6_0
    + 0.01944264547094643*out_7_0 - 0.4748198430144305*out_8_0 - 4.0087885758313275*out_9_0 - 1.1666070409247873*out_10_0 - 2.69725396577099*out_11_0 + 1.0931620364323122*out_12_0 - 2.231563133562964*out_13_0 - 2.2032917996197785*out_14_0
    - 3.0406336360742303*out_15_0 - 2.7010245121779777*out_16_0 - 3.8953665054716398*out_17_0 + 0.28762894786664805*out_18_0 - 0.9339530366374025*out_19_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0)
    + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0)
    + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0) + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0)
    + 1*sqr(out_19_0) + 28.171397915181668 =e= 0;
pre_definition_1_0_0.. + 0.9328288493890713*w_1_0_0 - 0.45931089285988813*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.9328288493890713*w_1_1_0 - 0.45931089285988813*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 0.9328288493890713*w_1_2_0 - 0.45931089285988813*w_1_2_1 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_1_0.. + 0.648688758794882*w_1_0_0 - 0.7263578446997732*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.648688758794882*w_1_1_0 - 0.7263578446997732*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.648688758794882*w_1_2_0 - 0.7263578446997732*w_1_2_1 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_2_0.. - 0.08292244049818343*w_1_0_0 + 0.40057621892523043*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.08292244049818343*w_1_1_0 + 0.40057621892523043*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. - 0.08292244049818343*w_1_2_0 + 0.40057621892523043*w_1_2_1 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_3_0.. + 0.1546255576046831*w_1_0_0 + 0.9433606577090741*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.1546255576046831*w_1_1_0 + 0.9433606577090741*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. + 0.1546255576046831*w_1_2_0 + 0.9433606577090741*w_1_2_1 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_4_0.. + 0.7514334470008721*w_1_0_0 - 0.34124882938726064*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.7514334470008721*w_1_1_0 - 0.34124882938726064*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. + 0.7514334470008721*w_1_2_0 - 0.34124882938726064*w_1_2_1 - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_5_0.. - 0.2943790231485002*w_1_0_0 - 0.2307702229625077*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.2943790231485002*w_1_1_0 - 0.2307702229625077*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.2943790231485002*w_1_2_0 - 0.2307702229625077*w_1_2_1 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_6_0.. + 0.23264489147623313*w_1_0_0 - 0.994419871578422*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.23264489147623313*w_1_1_0 - 0.994419871578422*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. + 0.23264489147623313*w_1_2_0 - 0.994419871578422*w_1_2_1 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_7_0.. - 0.9616706775524602*w_1_0_0 - 0.3710839689613894*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.9616706775524602*w_1_1_0 - 0.3710839689613894*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 0.9616706775524602*w_1_2_0 - 0.3710839689613894*w_1_2_1 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_8_0.. - 0.3009185525356326*w_1_0_0 - 0.37689346114188016*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.3009185525356326*w_1_1_0 - 0.37689346114188016*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 0.3009185525356326*w_1_2_0 - 0.37689346114188016*w_1_2_1 - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_9_0.. + 0.22215715204179243*w_1_0_0 + 0.7298069899551776*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. + 0.22215715204179243*w_1_1_0 + 0.7298069899551776*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. + 0.22215715204179243*w_1_2_0 + 0.7298069899551776*w_1_2_1 - 1*b_1_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_10_0.. - 0.4429766803881634*w_1_0_0 - 0.050708644951451776*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.4429766803881634*w_1_1_0 - 0.050708644951451776*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 0.4429766803881634*w_1_2_0 - 0.050708644951451776*w_1_2_1 - 1*b_1_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_11_0.. + 0.3795162488820887*w_1_0_0 + 0.028329282336421846*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.3795162488820887*w_1_1_0 + 0.028329282336421846*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. + 0.3795162488820887*w_1_2_0 + 0.028329282336421846*w_1_2_1 - 1*b_1_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_12_0.. - 0.7789756686980005*w_1_0_0 - 0.8680870319124994*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.7789756686980005*w_1_1_0 - 0.8680870319124994*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 0.7789756686980005*w_1_2_0 - 0.8680870319124994*w_1_2_1 - 1*b_1_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_13_0.. + 0.28440960658185954*w_1_0_0 - 0.14305966145952187*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.28440960658185954*w_1_1_0 - 0.14305966145952187*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. + 0.28440960658185954*w_1_2_0 - 0.14305966145952187*w_1_2_1 - 1*b_1_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_14_0.. + 0.3562612178481157*w_1_0_0 - 0.1886000603993936*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. + 0.3562612178481157*w_1_1_0 - 0.1886000603993936*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. + 0.3562612178481157*w_1_2_0 - 0.1886000603993936*w_1_2_1 - 1*b_1_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_15_0.. + 0.3241775489857335*w_1_0_0 + 0.21676199894367754*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.3241775489857335*w_1_1_0 + 0.21676199894367754*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_1_15_2.. + 0.3241775489857335*w_1_2_0 + 0.21676199894367754*w_1_2_1 - 1*b_1_2 + 1*pre_1_15_2 =e= 0;
pre_definition_1_16_0.. - 0.7805487040095846*w_1_0_0 + 0.5456848129332406*w_1_0_1 - 1*b_1_0 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. - 0.7805487040095846*w_1_1_0 + 0.5456848129332406*w_1_1_1 - 1*b_1_1 + 1*pre_1_16_1 =e= 0;
pre_definition_1_16_2.. - 0.7805487040095846*w_1_2_0 + 0.5456848129332406*w_1_2_1 - 1*b_1_2 + 1*pre_1_16_2 =e= 0;
pre_definition_1_17_0.. - 0.24637428937208483*w_1_0_0 + 0.8319693128352303*w_1_0_1 - 1*b_1_0 + 1*pre_1_17_0 =e= 0;
pre_definition_1_17_1.. - 0.24637428937208483*w_1_1_0 + 0.8319693128352303*w_1_1_1 - 1*b_1_1 + 1*pre_1_17_1 =e= 0;
pre_definition_1_17_2.. - 0.24637428937208483*w_1_2_0 + 0.8319693128352303*w_1_2_1 - 1*b_1_2 + 1*pre_1_17_2 =e= 0;
pre_definition_1_18_0.. - 0.6652882953067956*w_1_0_0 - 0.5741966149773667*w_1_0_1 - 1*b_1_0 + 1*pre_1_18_0 =e= 0;
pre_definition_1_18_1.. - 0.6652882953067956*w_1_1_0 - 0.5741966149773667*w_1_1_1 - 1*b_1_1 + 1*pre_1_18_1 =e= 0;
pre_definition_1_18_2.. - 0.6652882953067956*w_1_2_0 - 0.5741966149773667*w_1_2_1 - 1*b_1_2 + 1*pre_1_18_2 =e= 0;
pre_definition_1_19_0.. + 0.5212611140140957*w_1_0_0 - 0.7529684616214076*w_1_0_1 - 1*b_1_0 + 1*pre_1_19_0 =e= 0;
pre_definition_1_19_1.. + 0.5212611140140957*w_1_1_0 - 0.7529684616214076*w_1_1_1 - 1*b_1_1 + 1*pre_1_19_1 =e= 0;
pre_definition_1_19_2.. + 0.5212611140140957*w_1_2_0 - 0.7529684616214076*w_1_2_1 - 1*b_1_2 + 1*pre_1_19_2 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 - 1*w_2_0_2*post_1_0_2 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 - 1*w_2_0_2*post_1_1_2 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 - 1*w_2_0_2*post_1_2_2 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 - 1*w_2_0_2*post_1_3_2 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 - 1*w_2_0_2*post_1_4_2 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 - 1*w_2_0_2*post_1_5_2 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 - 1*w_2_0_2*post_1_6_2 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 - 1*w_2_0_2*post_1_7_2 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 - 1*w_2_0_2*post_1_8_2 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 - 1*w_2_0_2*post_1_9_2 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 - 1*w_2_0_2*post_1_10_2 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 - 1*w_2_0_2*post_1_11_2 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 - 1*w_2_0_2*post_1_12_2 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 - 1*w_2_0_2*post_1_13_2 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 - 1*w_2_0_2*post_1_14_2 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*w_2_0_0*post_1_15_0 - 1*w_2_0_1*post_1_15_1 - 1*w_2_0_2*post_1_15_2 =e= 0;
out_definition_16_0.. - 1*b_2_0 + 1*out_16_0 - 1*w_2_0_0*post_1_16_0 - 1*w_2_0_1*post_1_16_1 - 1*w_2_0_2*post_1_16_2 =e= 0;
out_definition_17_0.. - 1*b_2_0 + 1*out_17_0 - 1*w_2_0_0*post_1_17_0 - 1*w_2_0_1*post_1_17_1 - 1*w_2_0_2*post_1_17_2 =e= 0;
out_definition_18_0.. - 1*b_2_0 + 1*out_18_0 - 1*w_2_0_0*post_1_18_0 - 1*w_2_0_1*post_1_18_1 - 1*w_2_0_2*post_1_18_2 =e= 0;
out_definition_19_0.. - 1*b_2_0 + 1*out_19_0 - 1*w_2_0_0*post_1_19_0 - 1*w_2_0_1*post_1_19_1 - 1*w_2_0_2*post_1_19_2 =e= 0;
relu_1_0_0_above_pre.. - 1*pre_1_0_0 + 1*post_1_0_0 =g= 0;
relu_1_0_0_complementary.. - 1*pre_1_0_0*post_1_0_0 + 1*sqr(post_1_0_0) =e= 0;
relu_1_0_1_above_pre.. - 1*pre_1_0_1 + 1*post_1_0_1 =g= 0;
relu_1_0_1_complementary.. - 1*pre_1_0_1*post_1_0_1 + 1*sqr(post_1_0_1) =e= 0;
relu_1_0_2_above_pre.. - 1*pre_1_0_2 + 1*post_1_0_2 =g= 0;
relu_1_0_2_complementary.. - 1*pre_1_0_2*post_1_0_2 + 1*sqr(post_1_0_2) =e= 0;
relu_1_1_0_above_pre.. - 1*pre_1_1_0 + 1*post_1_1_0 =g= 0;
relu_1_1_0_complementary.. - 1*pre_1_1_0*post_1_1_0 + 1*sqr(post_1_1_0) =e= 0;
relu_1_1_1_above_pre.. - 1*pre_1_1_1 + 1*post_1_1_1 =g= 0;
relu_1_1_1_complementary.. - 1*pre_1_1_1*post_1_1_1 + 1*sqr(post_1_1_1) =e= 0;
relu_1_1_2_above_pre.. - 1*pre_1_1_2 + 1*post_1_1_2 =g= 0;
relu_1_1_2_complementary.. - 1*pre_1_1_2*post_1_1_2 + 1*sqr(post_1_1_2) =e= 0;
relu_1_2_0_above_pre.. - 1*pre_1_2_0 + 1*post_1_2_0 =g= 0;
relu_1_2_0_complementary.. - 1*pre_1_2_0*post_1_2_0 + 1*sqr(post_1_2_0) =e= 0;
relu_1_2_1_above_pre.. - 1*pre_1_2_1 + 1*post_1_2_1 =g= 0;
relu_1_2_1_complementary.. - 1*pre_1_2_1*post_1_2_1 + 1*sqr(post_1_2_1) =e= 0;
relu_1_2_2_above_pre.. - 1*pre_1_2_2 + 1*post_1_2_2 =g= 0;
relu_1_2_2_complementary.. - 1*pre_1_2_2*post_1_2_2 + 1*sqr(post_1_2_2) =e= 0;
relu_1_3_0_above_pre.. - 1*pre_1_3_0 + 1*post_1_3_0 =g= 0;
relu_1_3_0_complementary.. - 1*pre_1_3_0*post_1_3_0 + 1*sqr(post_1_3_0) =e= 0;
relu_1_3_1_above_pre.. - 1*pre_1_3_1 + 1*post_1_3_1 =g= 0;
relu_1_3_1_complementary.. - 1*pre_1_3_1*post_1_3_1 + 1*sqr(post_1_3_1) =e= 0;
relu_1_3_2_above_pre.. - 1*pre_1_3_2 + 1*post_1_3_2 =g= 0;
relu_1_3_2_complementary.. - 1*pre_1_3_2*post_1_3_2 + 1*sqr(post_1_3_2) =e= 0;
relu_1_4_0_above_pre.. - 1*pre_1_4_0 + 1*post_1_4_0 =g= 0;
relu_1_4_0_complementary.. - 1*pre_1_4_0*post_1_4_0 + 1*sqr(post_1_4_0) =e= 0;
relu_1_4_1_above_pre.. - 1*pre_1_4_1 + 1*post_1_4_1 =g= 0;
relu_1_4_1_complementary.. - 1*pre_1_4_1*post_1_4_1 + 1*sqr(post_1_4_1) =e= 0;
relu_1_4_2_above_pre.. - 1*pre_1_4_2 + 1*post_1_4_2 =g= 0;
relu_1_4_2_complementary.. - 1*pre_1_4_2*post_1_4_2 + 1*sqr(post_1_4_2) =e= 0;
relu_1_5_0_above_pre.. - 1*pre_1_5_0 + 1*post_1_5_0 =g= 0;
relu_1_5_0_complementary.. - 1*pre_1_5_0*post_1_5_0 + 1*sqr(post_1_5_0) =e= 0;
relu_1_5_1_above_pre.. - 1*pre_1_5_1 + 1*post_1_5_1 =g= 0;
relu_1_5_1_complementary.. - 1*pre_1_5_1*post_1_5_1 + 1*sqr(post_1_5_1) =e= 0;
relu_1_5_2_above_pre.. - 1*pre_1_5_2 + 1*post_1_5_2 =g= 0;
relu_1_5_2_complementary.. - 1*pre_1_5_2*post_1_5_2 + 1*sqr(post_1_5_2) =e= 0;
relu_1_6_0_above_pre.. - 1*pre_1_6_0 + 1*post_1_6_0 =g= 0;
relu_1_6_0_complementary.. - 1*pre_1_6_0*post_1_6_0 + 1*sqr(post_1_6_0) =e= 0;
relu_1_6_1_above_pre.. - 1*pre_1_6_1 + 1*post_1_6_1 =g= 0;
relu_1_6_1_complementary.. - 1*pre_1_6_1*post_1_6_1 + 1*sqr(post_1_6_1) =e= 0;
relu_1_6_2_above_pre.. - 1*pre_1_6_2 + 1*post_1_6_2 =g= 0;
relu_1_6_2_complementary.. - 1*pre_1_6_2*post_1_6_2 + 1*sqr(post_1_6_2) =e= 0;
relu_1_7_0_above_pre.. - 1*pre_1_7_0 + 1*post_1_7_0 =g= 0;
relu_1_7_0_complementary.. - 1*pre_1_7_0*post_1_7_0 + 1*sqr(post_1_7_0) =e= 0;
relu_1_7_1_above_pre.. - 1*pre_1_7_1 + 1*post_1_7_1 =g= 0;
relu_1_7_1_complementary.. - 1*pre_1_7_1*post_1_7_1 + 1*sqr(post_1_7_1) =e= 0;
relu_1_7_2_above_pre.. - 1*pre_1_7_2 + 1*post_1_7_2 =g= 0;
relu_1_7_2_complementary.. - 1*pre_1_7_2*post_1_7_2 + 1*sqr(post_1_7_2) =e= 0;
relu_1_8_0_above_pre.. - 1*pre_1_8_0 + 1*post_1_8_0 =g= 0;
relu_1_8_0_complementary.. - 1*pre_1_8_0*post_1_8_0 + 1*sqr(post_1_8_0) =e= 0;
relu_1_8_1_above_pre.. - 1*pre_1_8_1 + 1*post_1_8_1 =g= 0;
relu_1_8_1_complementary.. - 1*pre_1_8_1*post_1_8_1 + 1*sqr(post_1_8_1) =e= 0;
relu_1_8_2_above_pre.. - 1*pre_1_8_2 + 1*post_1_8_2 =g= 0;
relu_1_8_2_complementary.. - 1*pre_1_8_2*post_1_8_2 + 1*sqr(post_1_8_2) =e= 0;
relu_1_9_0_above_pre.. - 1*pre_1_9_0 + 1*post_1_9_0 =g= 0;
relu_1_9_0_complementary.. - 1*pre_1_9_0*post_1_9_0 + 1*sqr(post_1_9_0) =e= 0;
relu_1_9_1_above_pre.. - 1*pre_1_9_1 + 1*post_1_9_1 =g= 0;
relu_1_9_1_complementary.. - 1*pre_1_9_1*post_1_9_1 + 1*sqr(post_1_9_1) =e= 0;
relu_1_9_2_above_pre.. - 1*pre_1_9_2 + 1*post_1_9_2 =g= 0;
relu_1_9_2_complementary.. - 1*pre_1_9_2*post_1_9_2 + 1*sqr(post_1_9_2) =e= 0;
relu_1_10_0_above_pre.. - 1*pre_1_10_0 + 1*post_1_10_0 =g= 0;
relu_1_10_0_complementary.. - 1*pre_1_10_0*post_1_10_0 + 1*sqr(post_1_10_0) =e= 0;
relu_1_10_1_above_pre.. - 1*pre_1_10_1 + 1*post_1_10_1 =g= 0;
relu_1_10_1_complementary.. - 1*pre_1_10_1*post_1_10_1 + 1*sqr(post_1_10_1) =e= 0;
relu_1_10_2_above_pre.. - 1*pre_1_10_2 + 1*post_1_10_2 =g= 0;
relu_1_10_2_complementary.. - 1*pre_1_10_2*post_1_10_2 + 1*sqr(post_1_10_2) =e= 0;
relu_1_11_0_above_pre.. - 1*pre_1_11_0 + 1*post_1_11_0 =g= 0;
relu_1_11_0_complementary.. - 1*pre_1_11_0*post_1_11_0 + 1*sqr(post_1_11_0) =e= 0;
relu_1_11_1_above_pre.. - 1*pre_1_11_1 + 1*post_1_11_1 =g= 0;
relu_1_11_1_complementary.. - 1*pre_1_11_1*post_1_11_1 + 1*sqr(post_1_11_1) =e= 0;
relu_1_11_2_above_pre.. - 1*pre_1_11_2 + 1*post_1_11_2 =g= 0;
relu_1_11_2_complementary.. - 1*pre_1_11_2*post_1_11_2 + 1*sqr(post_1_11_2) =e= 0;
relu_1_12_0_above_pre.. - 1*pre_1_12_0 + 1*post_1_12_0 =g= 0;
relu_1_12_0_complementary.. - 1*pre_1_12_0*post_1_12_0 + 1*sqr(post_1_12_0) =e= 0;
relu_1_12_1_above_pre.. - 1*pre_1_12_1 + 1*post_1_12_1 =g= 0;
relu_1_12_1_complementary.. - 1*pre_1_12_1*post_1_12_1 + 1*sqr(post_1_12_1) =e= 0;
relu_1_12_2_above_pre.. - 1*pre_1_12_2 + 1*post_1_12_2 =g= 0;
relu_1_12_2_complementary.. - 1*pre_1_12_2*post_1_12_2 + 1*sqr(post_1_12_2) =e= 0;
relu_1_13_0_above_pre.. - 1*pre_1_13_0 + 1*post_1_13_0 =g= 0;
relu_1_13_0_complementary.. - 1*pre_1_13_0*post_1_13_0 + 1*sqr(post_1_13_0) =e= 0;
relu_1_13_1_above_pre.. - 1*pre_1_13_1 + 1*post_1_13_1 =g= 0;
relu_1_13_1_complementary.. - 1*pre_1_13_1*post_1_13_1 + 1*sqr(post_1_13_1) =e= 0;
relu_1_13_2_above_pre.. - 1*pre_1_13_2 + 1*post_1_13_2 =g= 0;
relu_1_13_2_complementary.. - 1*pre_1_13_2*post_1_13_2 + 1*sqr(post_1_13_2) =e= 0;
relu_1_14_0_above_pre.. - 1*pre_1_14_0 + 1*post_1_14_0 =g= 0;
relu_1_14_0_complementary.. - 1*pre_1_14_0*post_1_14_0 + 1*sqr(post_1_14_0) =e= 0;
relu_1_14_1_above_pre.. - 1*pre_1_14_1 + 1*post_1_14_1 =g= 0;
relu_1_14_1_complementary.. - 1*pre_1_14_1*post_1_14_1 + 1*sqr(post_1_14_1) =e= 0;
relu_1_14_2_above_pre.. - 1*pre_1_14_2 + 1*post_1_14_2 =g= 0;
relu_1_14_2_complementary.. - 1*pre_1_14_2*post_1_14_2 + 1*sqr(post_1_14_2) =e= 0;
relu_1_15_0_above_pre.. - 1*pre_1_15_0 + 1*post_1_15_0 =g= 0;
relu_1_15_0_complementary.. - 1*pre_1_15_0*post_1_15_0 + 1*sqr(post_1_15_0) =e= 0;
relu_1_15_1_above_pre.. - 1*pre_1_15_1 + 1*post_1_15_1 =g= 0;
relu_1_15_1_complementary.. - 1*pre_1_15_1*post_1_15_1 + 1*sqr(post_1_15_1) =e= 0;
relu_1_15_2_above_pre.. - 1*pre_1_15_2 + 1*post_1_15_2 =g= 0;
relu_1_15_2_complementary.. - 1*pre_1_15_2*post_1_15_2 + 1*sqr(post_1_15_2) =e= 0;
relu_1_16_0_above_pre.. - 1*pre_1_16_0 + 1*post_1_16_0 =g= 0;
relu_1_16_0_complementary.. - 1*pre_1_16_0*post_1_16_0 + 1*sqr(post_1_16_0) =e= 0;
relu_1_16_1_above_pre.. - 1*pre_1_16_1 + 1*post_1_16_1 =g= 0;
relu_1_16_1_complementary.. - 1*pre_1_16_1*post_1_16_1 + 1*sqr(post_1_16_1) =e= 0;
relu_1_16_2_above_pre.. - 1*pre_1_16_2 + 1*post_1_16_2 =g= 0;
relu_1_16_2_complementary.. - 1*pre_1_16_2*post_1_16_2 + 1*sqr(post_1_16_2) =e= 0;
relu_1_17_0_above_pre.. - 1*pre_1_17_0 + 1*post_1_17_0 =g= 0;
relu_1_17_0_complementary.. - 1*pre_1_17_0*post_1_17_0 + 1*sqr(post_1_17_0) =e= 0;
relu_1_17_1_above_pre.. - 1*pre_1_17_1 + 1*post_1_17_1 =g= 0;
relu_1_17_1_complementary.. - 1*pre_1_17_1*post_1_17_1 + 1*sqr(post_1_17_1) =e= 0;
relu_1_17_2_above_pre.. - 1*pre_1_17_2 + 1*post_1_17_2 =g= 0;
relu_1_17_2_complementary.. - 1*pre_1_17_2*post_1_17_2 + 1*sqr(post_1_17_2) =e= 0;
relu_1_18_0_above_pre.. - 1*pre_1_18_0 + 1*post_1_18_0 =g= 0;
relu_1_18_0_complementary.. - 1*pre_1_18_0*post_1_18_0 + 1*sqr(post_1_18_0) =e= 0;
relu_1_18_1_above_pre.. - 1*pre_1_18_1 + 1*post_1_18_1 =g= 0;
relu_1_18_1_complementary.. - 1*pre_1_18_1*post_1_18_1 + 1*sqr(post_1_18_1) =e= 0;
relu_1_18_2_above_pre.. - 1*pre_1_18_2 + 1*post_1_18_2 =g= 0;
relu_1_18_2_complementary.. - 1*pre_1_18_2*post_1_18_2 + 1*sqr(post_1_18_2) =e= 0;
relu_1_19_0_above_pre.. - 1*pre_1_19_0 + 1*post_1_19_0 =g= 0;
relu_1_19_0_complementary.. - 1*pre_1_19_0*post_1_19_0 + 1*sqr(post_1_19_0) =e= 0;
relu_1_19_1_above_pre.. - 1*pre_1_19_1 + 1*post_1_19_1 =g= 0;
relu_1_19_1_complementary.. - 1*pre_1_19_1*post_1_19_1 + 1*sqr(post_1_19_1) =e= 0;
relu_1_19_2_above_pre.. - 1*pre_1_19_2 + 1*post_1_19_2 =g= 0;
relu_1_19_2_complementary.. - 1*pre_1_19_2*post_1_19_2 + 1*sqr(post_1_19_2) =e= 0;

w_1_0_0.lo = -1;
w_1_0_0.up = 1;
w_1_0_1.lo = -1;
w_1_0_1.up = 1;
w_1_1_0.lo = -1;
w_1_1_0.up = 1;
w_1_1_1.lo = -1;
w_1_1_1.up = 1;
w_1_2_0.lo = -1;
w_1_2_0.up = 1;
w_1_2_1.lo = -1;
w_1_2_1.up = 1;
w_2_0_0.lo = -1;
w_2_0_0.up = 1;
w_2_0_1.lo = -1;
w_2_0_1.up = 1;
w_2_0_2.lo = -1;
w_2_0_2.up = 1;
b_1_0.lo = -1;
b_1_0.up = 1;
b_1_1.lo = -1;
b_1_1.up = 1;
b_1_2.lo = -1;
b_1_2.up = 1;
b_2_0.lo = -1;
b_2_0.up = 1;
pre_1_0_0.lo = -2.3921397422489594;
pre_1_0_0.up = 2.3921397422489594;
pre_1_0_1.lo = -2.3921397422489594;
pre_1_0_1.up = 2.3921397422489594;
pre_1_0_2.lo = -2.3921397422489594;
pre_1_0_2.up = 2.3921397422489594;
pre_1_1_0.lo = -2.3750466034946554;
pre_1_1_0.up = 2.3750466034946554;
pre_1_1_1.lo = -2.3750466034946554;
pre_1_1_1.up = 2.3750466034946554;
pre_1_1_2.lo = -2.3750466034946554;
pre_1_1_2.up = 2.3750466034946554;
pre_1_2_0.lo = -1.4834986594234139;
pre_1_2_0.up = 1.4834986594234139;
pre_1_2_1.lo = -1.4834986594234139;
pre_1_2_1.up = 1.4834986594234139;
pre_1_2_2.lo = -1.4834986594234139;
pre_1_2_2.up = 1.4834986594234139;
pre_1_3_0.lo = -2.097986215313757;
pre_1_3_0.up = 2.097986215313757;
pre_1_3_1.lo = -2.097986215313757;
pre_1_3_1.up = 2.097986215313757;
pre_1_3_2.lo = -2.097986215313757;
pre_1_3_2.up = 2.097986215313757;
pre_1_4_0.lo = -2.0926822763881328;
pre_1_4_0.up = 2.0926822763881328;
pre_1_4_1.lo = -2.0926822763881328;
pre_1_4_1.up = 2.0926822763881328;
pre_1_4_2.lo = -2.0926822763881328;
pre_1_4_2.up = 2.0926822763881328;
pre_1_5_0.lo = -1.5251492461110079;
pre_1_5_0.up = 1.5251492461110079;
pre_1_5_1.lo = -1.5251492461110079;
pre_1_5_1.up = 1.5251492461110079;
pre_1_5_2.lo = -1.5251492461110079;
pre_1_5_2.up = 1.5251492461110079;
pre_1_6_0.lo = -2.2270647630546554;
pre_1_6_0.up = 2.2270647630546554;
pre_1_6_1.lo = -2.2270647630546554;
pre_1_6_1.up = 2.2270647630546554;
pre_1_6_2.lo = -2.2270647630546554;
pre_1_6_2.up = 2.2270647630546554;
pre_1_7_0.lo = -2.3327546465138496;
pre_1_7_0.up = 2.3327546465138496;
pre_1_7_1.lo = -2.3327546465138496;
pre_1_7_1.up = 2.3327546465138496;
pre_1_7_2.lo = -2.3327546465138496;
pre_1_7_2.up = 2.3327546465138496;
pre_1_8_0.lo = -1.6778120136775128;
pre_1_8_0.up = 1.6778120136775128;
pre_1_8_1.lo = -1.6778120136775128;
pre_1_8_1.up = 1.6778120136775128;
pre_1_8_2.lo = -1.6778120136775128;
pre_1_8_2.up = 1.6778120136775128;
pre_1_9_0.lo = -1.95196414199697;
pre_1_9_0.up = 1.95196414199697;
pre_1_9_1.lo = -1.95196414199697;
pre_1_9_1.up = 1.95196414199697;
pre_1_9_2.lo = -1.95196414199697;
pre_1_9_2.up = 1.95196414199697;
pre_1_10_0.lo = -1.4936853253396152;
pre_1_10_0.up = 1.4936853253396152;
pre_1_10_1.lo = -1.4936853253396152;
pre_1_10_1.up = 1.4936853253396152;
pre_1_10_2.lo = -1.4936853253396152;
pre_1_10_2.up = 1.4936853253396152;
pre_1_11_0.lo = -1.4078455312185105;
pre_1_11_0.up = 1.4078455312185105;
pre_1_11_1.lo = -1.4078455312185105;
pre_1_11_1.up = 1.4078455312185105;
pre_1_11_2.lo = -1.4078455312185105;
pre_1_11_2.up = 1.4078455312185105;
pre_1_12_0.lo = -2.6470627006105;
pre_1_12_0.up = 2.6470627006105;
pre_1_12_1.lo = -2.6470627006105;
pre_1_12_1.up = 2.6470627006105;
pre_1_12_2.lo = -2.6470627006105;
pre_1_12_2.up = 2.6470627006105;
pre_1_13_0.lo = -1.4274692680413814;
pre_1_13_0.up = 1.4274692680413814;
pre_1_13_1.lo = -1.4274692680413814;
pre_1_13_1.up = 1.4274692680413814;
pre_1_13_2.lo = -1.4274692680413814;
pre_1_13_2.up = 1.4274692680413814;
pre_1_14_0.lo = -1.5448612782475093;
pre_1_14_0.up = 1.5448612782475093;
pre_1_14_1.lo = -1.5448612782475093;
pre_1_14_1.up = 1.5448612782475093;
pre_1_14_2.lo = -1.5448612782475093;
pre_1_14_2.up = 1.5448612782475093;
pre_1_15_0.lo = -1.540939547929411;
pre_1_15_0.up = 1.540939547929411;
pre_1_15_1.lo = -1.540939547929411;
pre_1_15_1.up = 1.540939547929411;
pre_1_15_2.lo = -1.540939547929411;
pre_1_15_2.up = 1.540939547929411;
pre_1_16_0.lo = -2.326233516942825;
pre_1_16_0.up = 2.326233516942825;
pre_1_16_1.lo = -2.326233516942825;
pre_1_16_1.up = 2.326233516942825;
pre_1_16_2.lo = -2.326233516942825;
pre_1_16_2.up = 2.326233516942825;
pre_1_17_0.lo = -2.0783436022073154;
pre_1_17_0.up = 2.0783436022073154;
pre_1_17_1.lo = -2.0783436022073154;
pre_1_17_1.up = 2.0783436022073154;
pre_1_17_2.lo = -2.0783436022073154;
pre_1_17_2.up = 2.0783436022073154;
pre_1_18_0.lo = -2.2394849102841623;
pre_1_18_0.up = 2.2394849102841623;
pre_1_18_1.lo = -2.2394849102841623;
pre_1_18_1.up = 2.2394849102841623;
pre_1_18_2.lo = -2.2394849102841623;
pre_1_18_2.up = 2.2394849102841623;
pre_1_19_0.lo = -2.2742295756355033;
pre_1_19_0.up = 2.2742295756355033;
pre_1_19_1.lo = -2.2742295756355033;
pre_1_19_1.up = 2.2742295756355033;
pre_1_19_2.lo = -2.2742295756355033;
pre_1_19_2.up = 2.2742295756355033;
post_1_0_0.lo = 0;
post_1_0_0.up = 2.3921397422489594;
post_1_0_1.lo = 0;
post_1_0_1.up = 2.3921397422489594;
post_1_0_2.lo = 0;
post_1_0_2.up = 2.3921397422489594;
post_1_1_0.lo = 0;
post_1_1_0.up = 2.3750466034946554;
post_1_1_1.lo = 0;
post_1_1_1.up = 2.3750466034946554;
post_1_1_2.lo = 0;
post_1_1_2.up = 2.3750466034946554;
post_1_2_0.lo = 0;
post_1_2_0.up = 1.4834986594234139;
post_1_2_1.lo = 0;
post_1_2_1.up = 1.4834986594234139;
post_1_2_2.lo = 0;
post_1_2_2.up = 1.4834986594234139;
post_1_3_0.lo = 0;
post_1_3_0.up = 2.097986215313757;
post_1_3_1.lo = 0;
post_1_3_1.up = 2.097986215313757;
post_1_3_2.lo = 0;
post_1_3_2.up = 2.097986215313757;
post_1_4_0.lo = 0;
post_1_4_0.up = 2.0926822763881328;
post_1_4_1.lo = 0;
post_1_4_1.up = 2.0926822763881328;
post_1_4_2.lo = 0;
post_1_4_2.up = 2.0926822763881328;
post_1_5_0.lo = 0;
post_1_5_0.up = 1.5251492461110079;
post_1_5_1.lo = 0;
post_1_5_1.up = 1.5251492461110079;
post_1_5_2.lo = 0;
post_1_5_2.up = 1.5251492461110079;
post_1_6_0.lo = 0;
post_1_6_0.up = 2.2270647630546554;
post_1_6_1.lo = 0;
post_1_6_1.up = 2.2270647630546554;
post_1_6_2.lo = 0;
post_1_6_2.up = 2.2270647630546554;
post_1_7_0.lo = 0;
post_1_7_0.up = 2.3327546465138496;
post_1_7_1.lo = 0;
post_1_7_1.up = 2.3327546465138496;
post_1_7_2.lo = 0;
post_1_7_2.up = 2.3327546465138496;
post_1_8_0.lo = 0;
post_1_8_0.up = 1.6778120136775128;
post_1_8_1.lo = 0;
post_1_8_1.up = 1.6778120136775128;
post_1_8_2.lo = 0;
post_1_8_2.up = 1.6778120136775128;
post_1_9_0.lo = 0;
post_1_9_0.up = 1.95196414199697;
post_1_9_1.lo = 0;
post_1_9_1.up = 1.95196414199697;
post_1_9_2.lo = 0;
post_1_9_2.up = 1.95196414199697;
post_1_10_0.lo = 0;
post_1_10_0.up = 1.4936853253396152;
post_1_10_1.lo = 0;
post_1_10_1.up = 1.4936853253396152;
post_1_10_2.lo = 0;
post_1_10_2.up = 1.4936853253396152;
post_1_11_0.lo = 0;
post_1_11_0.up = 1.4078455312185105;
post_1_11_1.lo = 0;
post_1_11_1.up = 1.4078455312185105;
post_1_11_2.lo = 0;
post_1_11_2.up = 1.4078455312185105;
post_1_12_0.lo = 0;
post_1_12_0.up = 2.6470627006105;
post_1_12_1.lo = 0;
post_1_12_1.up = 2.6470627006105;
post_1_12_2.lo = 0;
post_1_12_2.up = 2.6470627006105;
post_1_13_0.lo = 0;
post_1_13_0.up = 1.4274692680413814;
post_1_13_1.lo = 0;
post_1_13_1.up = 1.4274692680413814;
post_1_13_2.lo = 0;
post_1_13_2.up = 1.4274692680413814;
post_1_14_0.lo = 0;
post_1_14_0.up = 1.5448612782475093;
post_1_14_1.lo = 0;
post_1_14_1.up = 1.5448612782475093;
post_1_14_2.lo = 0;
post_1_14_2.up = 1.5448612782475093;
post_1_15_0.lo = 0;
post_1_15_0.up = 1.540939547929411;
post_1_15_1.lo = 0;
post_1_15_1.up = 1.540939547929411;
post_1_15_2.lo = 0;
post_1_15_2.up = 1.540939547929411;
post_1_16_0.lo = 0;
post_1_16_0.up = 2.326233516942825;
post_1_16_1.lo = 0;
post_1_16_1.up = 2.326233516942825;
post_1_16_2.lo = 0;
post_1_16_2.up = 2.326233516942825;
post_1_17_0.lo = 0;
post_1_17_0.up = 2.0783436022073154;
post_1_17_1.lo = 0;
post_1_17_1.up = 2.0783436022073154;
post_1_17_2.lo = 0;
post_1_17_2.up = 2.0783436022073154;
post_1_18_0.lo = 0;
post_1_18_0.up = 2.2394849102841623;
post_1_18_1.lo = 0;
post_1_18_1.up = 2.2394849102841623;
post_1_18_2.lo = 0;
post_1_18_2.up = 2.2394849102841623;
post_1_19_0.lo = 0;
post_1_19_0.up = 2.2742295756355033;
post_1_19_1.lo = 0;
post_1_19_1.up = 2.2742295756355033;
post_1_19_2.lo = 0;
post_1_19_2.up = 2.2742295756355033;
out_0_0.lo = -8.176419226746878;
out_0_0.up = 8.176419226746878;
out_1_0.lo = -8.125139810483965;
out_1_0.up = 8.125139810483965;
out_2_0.lo = -5.450495978270242;
out_2_0.up = 5.450495978270242;
out_3_0.lo = -7.293958645941272;
out_3_0.up = 7.293958645941272;
out_4_0.lo = -7.278046829164398;
out_4_0.up = 7.278046829164398;
out_5_0.lo = -5.575447738333024;
out_5_0.up = 5.575447738333024;
out_6_0.lo = -7.681194289163966;
out_6_0.up = 7.681194289163966;
out_7_0.lo = -7.998263939541548;
out_7_0.up = 7.998263939541548;
out_8_0.lo = -6.033436041032538;
out_8_0.up = 6.033436041032538;
out_9_0.lo = -6.85589242599091;
out_9_0.up = 6.85589242599091;
out_10_0.lo = -5.481055976018846;
out_10_0.up = 5.481055976018846;
out_11_0.lo = -5.223536593655531;
out_11_0.up = 5.223536593655531;
out_12_0.lo = -8.9411881018315;
out_12_0.up = 8.9411881018315;
out_13_0.lo = -5.282407804124144;
out_13_0.up = 5.282407804124144;
out_14_0.lo = -5.634583834742528;
out_14_0.up = 5.634583834742528;
out_15_0.lo = -5.622818643788233;
out_15_0.up = 5.622818643788233;
out_16_0.lo = -7.978700550828476;
out_16_0.up = 7.978700550828476;
out_17_0.lo = -7.235030806621946;
out_17_0.up = 7.235030806621946;
out_18_0.lo = -7.718454730852487;
out_18_0.up = 7.718454730852487;
out_19_0.lo = -7.8226887269065095;
out_19_0.up = 7.8226887269065095;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using QCP minimizing objvar;
