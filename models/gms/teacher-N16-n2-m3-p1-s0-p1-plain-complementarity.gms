* teacher-N16-n2-m3-p1-s0-p1-plain-complementarity  (relu-opt library: teacher-N16-n2-m3-p1-s0, problem 1, plain-complementarity; {"hidden": [3], "bound": 3.0, "loss": "squared"})
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
  pre_1_14_0, pre_1_14_1, pre_1_14_2, pre_1_15_0, pre_1_15_1, pre_1_15_2, post_1_0_0, post_1_0_1,
  post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2, post_1_2_0, post_1_2_1, post_1_2_2, post_1_3_0,
  post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1, post_1_4_2, post_1_5_0, post_1_5_1, post_1_5_2,
  post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0, post_1_7_1, post_1_7_2, post_1_8_0, post_1_8_1,
  post_1_8_2, post_1_9_0, post_1_9_1, post_1_9_2, post_1_10_0, post_1_10_1, post_1_10_2, post_1_11_0,
  post_1_11_1, post_1_11_2, post_1_12_0, post_1_12_1, post_1_12_2, post_1_13_0, post_1_13_1, post_1_13_2,
  post_1_14_0, post_1_14_1, post_1_14_2, post_1_15_0, post_1_15_1, post_1_15_2, out_0_0, out_1_0,
  out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0,
  out_10_0, out_11_0, out_12_0, out_13_0, out_14_0, out_15_0;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_2_0,
  pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_7_0, pre_definition_1_7_1,
  pre_definition_1_7_2, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2, pre_definition_1_10_0,
  pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2,
  pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_15_0, pre_definition_1_15_1,
  pre_definition_1_15_2, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, relu_1_0_0_above_pre, relu_1_0_0_complementary, relu_1_0_1_above_pre, relu_1_0_1_complementary, relu_1_0_2_above_pre, relu_1_0_2_complementary, relu_1_1_0_above_pre,
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
  relu_1_15_2_complementary;

e_obj.. - objvar - 2.4675836377670985*out_0_0 - 1.608363697444664*out_1_0 - 3.5264075235867707*out_2_0 - 4.754983196649833*out_3_0 - 2.727222568041964*out_4_0 - 0.9083445432525948*out_5_0 + 0.3284818393172322*out_6_0
    + 0.020333472094963074*out_7_0 - 0.6061148300296977*out_8_0 - 3.7511162830814166*out_9_0 - 1.245631452961189*out_10_0 - 2.783226704735436*out_11_0 + 0.9539534916397385*out_12_0 - 1.9947395402115264*out_13_0 - 2.0709512852119714*out_14_0
    - 2.953346586645586*out_15_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 23.43216751905365 =e= 0;
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

w_1_0_0.lo = -3;
w_1_0_0.up = 3;
w_1_0_1.lo = -3;
w_1_0_1.up = 3;
w_1_1_0.lo = -3;
w_1_1_0.up = 3;
w_1_1_1.lo = -3;
w_1_1_1.up = 3;
w_1_2_0.lo = -3;
w_1_2_0.up = 3;
w_1_2_1.lo = -3;
w_1_2_1.up = 3;
w_2_0_0.lo = -3;
w_2_0_0.up = 3;
w_2_0_1.lo = -3;
w_2_0_1.up = 3;
w_2_0_2.lo = -3;
w_2_0_2.up = 3;
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_1_2.lo = -3;
b_1_2.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
pre_1_0_0.lo = -7.176419226746878;
pre_1_0_0.up = 7.176419226746878;
pre_1_0_1.lo = -7.176419226746878;
pre_1_0_1.up = 7.176419226746878;
pre_1_0_2.lo = -7.176419226746878;
pre_1_0_2.up = 7.176419226746878;
pre_1_1_0.lo = -7.125139810483965;
pre_1_1_0.up = 7.125139810483965;
pre_1_1_1.lo = -7.125139810483965;
pre_1_1_1.up = 7.125139810483965;
pre_1_1_2.lo = -7.125139810483965;
pre_1_1_2.up = 7.125139810483965;
pre_1_2_0.lo = -4.450495978270242;
pre_1_2_0.up = 4.450495978270242;
pre_1_2_1.lo = -4.450495978270242;
pre_1_2_1.up = 4.450495978270242;
pre_1_2_2.lo = -4.450495978270242;
pre_1_2_2.up = 4.450495978270242;
pre_1_3_0.lo = -6.293958645941272;
pre_1_3_0.up = 6.293958645941272;
pre_1_3_1.lo = -6.293958645941272;
pre_1_3_1.up = 6.293958645941272;
pre_1_3_2.lo = -6.293958645941272;
pre_1_3_2.up = 6.293958645941272;
pre_1_4_0.lo = -6.278046829164398;
pre_1_4_0.up = 6.278046829164398;
pre_1_4_1.lo = -6.278046829164398;
pre_1_4_1.up = 6.278046829164398;
pre_1_4_2.lo = -6.278046829164398;
pre_1_4_2.up = 6.278046829164398;
pre_1_5_0.lo = -4.575447738333024;
pre_1_5_0.up = 4.575447738333024;
pre_1_5_1.lo = -4.575447738333024;
pre_1_5_1.up = 4.575447738333024;
pre_1_5_2.lo = -4.575447738333024;
pre_1_5_2.up = 4.575447738333024;
pre_1_6_0.lo = -6.681194289163965;
pre_1_6_0.up = 6.681194289163965;
pre_1_6_1.lo = -6.681194289163965;
pre_1_6_1.up = 6.681194289163965;
pre_1_6_2.lo = -6.681194289163965;
pre_1_6_2.up = 6.681194289163965;
pre_1_7_0.lo = -6.998263939541548;
pre_1_7_0.up = 6.998263939541548;
pre_1_7_1.lo = -6.998263939541548;
pre_1_7_1.up = 6.998263939541548;
pre_1_7_2.lo = -6.998263939541548;
pre_1_7_2.up = 6.998263939541548;
pre_1_8_0.lo = -5.033436041032538;
pre_1_8_0.up = 5.033436041032538;
pre_1_8_1.lo = -5.033436041032538;
pre_1_8_1.up = 5.033436041032538;
pre_1_8_2.lo = -5.033436041032538;
pre_1_8_2.up = 5.033436041032538;
pre_1_9_0.lo = -5.85589242599091;
pre_1_9_0.up = 5.85589242599091;
pre_1_9_1.lo = -5.85589242599091;
pre_1_9_1.up = 5.85589242599091;
pre_1_9_2.lo = -5.85589242599091;
pre_1_9_2.up = 5.85589242599091;
pre_1_10_0.lo = -4.481055976018846;
pre_1_10_0.up = 4.481055976018846;
pre_1_10_1.lo = -4.481055976018846;
pre_1_10_1.up = 4.481055976018846;
pre_1_10_2.lo = -4.481055976018846;
pre_1_10_2.up = 4.481055976018846;
pre_1_11_0.lo = -4.223536593655531;
pre_1_11_0.up = 4.223536593655531;
pre_1_11_1.lo = -4.223536593655531;
pre_1_11_1.up = 4.223536593655531;
pre_1_11_2.lo = -4.223536593655531;
pre_1_11_2.up = 4.223536593655531;
pre_1_12_0.lo = -7.9411881018315;
pre_1_12_0.up = 7.9411881018315;
pre_1_12_1.lo = -7.9411881018315;
pre_1_12_1.up = 7.9411881018315;
pre_1_12_2.lo = -7.9411881018315;
pre_1_12_2.up = 7.9411881018315;
pre_1_13_0.lo = -4.282407804124144;
pre_1_13_0.up = 4.282407804124144;
pre_1_13_1.lo = -4.282407804124144;
pre_1_13_1.up = 4.282407804124144;
pre_1_13_2.lo = -4.282407804124144;
pre_1_13_2.up = 4.282407804124144;
pre_1_14_0.lo = -4.634583834742528;
pre_1_14_0.up = 4.634583834742528;
pre_1_14_1.lo = -4.634583834742528;
pre_1_14_1.up = 4.634583834742528;
pre_1_14_2.lo = -4.634583834742528;
pre_1_14_2.up = 4.634583834742528;
pre_1_15_0.lo = -4.622818643788233;
pre_1_15_0.up = 4.622818643788233;
pre_1_15_1.lo = -4.622818643788233;
pre_1_15_1.up = 4.622818643788233;
pre_1_15_2.lo = -4.622818643788233;
pre_1_15_2.up = 4.622818643788233;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.176419226746878;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.176419226746878;
post_1_0_2.lo = 0;
post_1_0_2.up = 7.176419226746878;
post_1_1_0.lo = 0;
post_1_1_0.up = 7.125139810483965;
post_1_1_1.lo = 0;
post_1_1_1.up = 7.125139810483965;
post_1_1_2.lo = 0;
post_1_1_2.up = 7.125139810483965;
post_1_2_0.lo = 0;
post_1_2_0.up = 4.450495978270242;
post_1_2_1.lo = 0;
post_1_2_1.up = 4.450495978270242;
post_1_2_2.lo = 0;
post_1_2_2.up = 4.450495978270242;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.293958645941272;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.293958645941272;
post_1_3_2.lo = 0;
post_1_3_2.up = 6.293958645941272;
post_1_4_0.lo = 0;
post_1_4_0.up = 6.278046829164398;
post_1_4_1.lo = 0;
post_1_4_1.up = 6.278046829164398;
post_1_4_2.lo = 0;
post_1_4_2.up = 6.278046829164398;
post_1_5_0.lo = 0;
post_1_5_0.up = 4.575447738333024;
post_1_5_1.lo = 0;
post_1_5_1.up = 4.575447738333024;
post_1_5_2.lo = 0;
post_1_5_2.up = 4.575447738333024;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.681194289163965;
post_1_6_1.lo = 0;
post_1_6_1.up = 6.681194289163965;
post_1_6_2.lo = 0;
post_1_6_2.up = 6.681194289163965;
post_1_7_0.lo = 0;
post_1_7_0.up = 6.998263939541548;
post_1_7_1.lo = 0;
post_1_7_1.up = 6.998263939541548;
post_1_7_2.lo = 0;
post_1_7_2.up = 6.998263939541548;
post_1_8_0.lo = 0;
post_1_8_0.up = 5.033436041032538;
post_1_8_1.lo = 0;
post_1_8_1.up = 5.033436041032538;
post_1_8_2.lo = 0;
post_1_8_2.up = 5.033436041032538;
post_1_9_0.lo = 0;
post_1_9_0.up = 5.85589242599091;
post_1_9_1.lo = 0;
post_1_9_1.up = 5.85589242599091;
post_1_9_2.lo = 0;
post_1_9_2.up = 5.85589242599091;
post_1_10_0.lo = 0;
post_1_10_0.up = 4.481055976018846;
post_1_10_1.lo = 0;
post_1_10_1.up = 4.481055976018846;
post_1_10_2.lo = 0;
post_1_10_2.up = 4.481055976018846;
post_1_11_0.lo = 0;
post_1_11_0.up = 4.223536593655531;
post_1_11_1.lo = 0;
post_1_11_1.up = 4.223536593655531;
post_1_11_2.lo = 0;
post_1_11_2.up = 4.223536593655531;
post_1_12_0.lo = 0;
post_1_12_0.up = 7.9411881018315;
post_1_12_1.lo = 0;
post_1_12_1.up = 7.9411881018315;
post_1_12_2.lo = 0;
post_1_12_2.up = 7.9411881018315;
post_1_13_0.lo = 0;
post_1_13_0.up = 4.282407804124144;
post_1_13_1.lo = 0;
post_1_13_1.up = 4.282407804124144;
post_1_13_2.lo = 0;
post_1_13_2.up = 4.282407804124144;
post_1_14_0.lo = 0;
post_1_14_0.up = 4.634583834742528;
post_1_14_1.lo = 0;
post_1_14_1.up = 4.634583834742528;
post_1_14_2.lo = 0;
post_1_14_2.up = 4.634583834742528;
post_1_15_0.lo = 0;
post_1_15_0.up = 4.622818643788233;
post_1_15_1.lo = 0;
post_1_15_1.up = 4.622818643788233;
post_1_15_2.lo = 0;
post_1_15_2.up = 4.622818643788233;
out_0_0.lo = -67.5877730407219;
out_0_0.up = 67.5877730407219;
out_1_0.lo = -67.1262582943557;
out_1_0.up = 67.1262582943557;
out_2_0.lo = -43.054463804432174;
out_2_0.up = 43.054463804432174;
out_3_0.lo = -59.64562781347144;
out_3_0.up = 59.64562781347144;
out_4_0.lo = -59.50242146247958;
out_4_0.up = 59.50242146247958;
out_5_0.lo = -44.179029644997215;
out_5_0.up = 44.179029644997215;
out_6_0.lo = -63.13074860247569;
out_6_0.up = 63.13074860247569;
out_7_0.lo = -65.98437545587393;
out_7_0.up = 65.98437545587393;
out_8_0.lo = -48.300924369292844;
out_8_0.up = 48.300924369292844;
out_9_0.lo = -55.70303183391819;
out_9_0.up = 55.70303183391819;
out_10_0.lo = -43.32950378416961;
out_10_0.up = 43.32950378416961;
out_11_0.lo = -41.01182934289978;
out_11_0.up = 41.01182934289978;
out_12_0.lo = -74.4706929164835;
out_12_0.up = 74.4706929164835;
out_13_0.lo = -41.5416702371173;
out_13_0.up = 41.5416702371173;
out_14_0.lo = -44.71125451268274;
out_14_0.up = 44.71125451268274;
out_15_0.lo = -44.6053677940941;
out_15_0.up = 44.6053677940941;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using QCP minimizing objvar;
