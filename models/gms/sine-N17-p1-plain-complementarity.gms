* sine-N17-p1-plain-complementarity  (relu-opt library: sine-N17, problem 1, plain-complementarity; {"hidden": [3], "bound": 4.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_1_2_0, w_2_0_0, w_2_0_1, w_2_0_2, b_1_0,
  b_1_1, b_1_2, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_0_2, pre_1_1_0, pre_1_1_1,
  pre_1_1_2, pre_1_2_0, pre_1_2_1, pre_1_2_2, pre_1_3_0, pre_1_3_1, pre_1_3_2, pre_1_4_0,
  pre_1_4_1, pre_1_4_2, pre_1_5_0, pre_1_5_1, pre_1_5_2, pre_1_6_0, pre_1_6_1, pre_1_6_2,
  pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_8_0, pre_1_8_1, pre_1_8_2, pre_1_9_0, pre_1_9_1,
  pre_1_9_2, pre_1_10_0, pre_1_10_1, pre_1_10_2, pre_1_11_0, pre_1_11_1, pre_1_11_2, pre_1_12_0,
  pre_1_12_1, pre_1_12_2, pre_1_13_0, pre_1_13_1, pre_1_13_2, pre_1_14_0, pre_1_14_1, pre_1_14_2,
  pre_1_15_0, pre_1_15_1, pre_1_15_2, pre_1_16_0, pre_1_16_1, pre_1_16_2, post_1_0_0, post_1_0_1,
  post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2, post_1_2_0, post_1_2_1, post_1_2_2, post_1_3_0,
  post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1, post_1_4_2, post_1_5_0, post_1_5_1, post_1_5_2,
  post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0, post_1_7_1, post_1_7_2, post_1_8_0, post_1_8_1,
  post_1_8_2, post_1_9_0, post_1_9_1, post_1_9_2, post_1_10_0, post_1_10_1, post_1_10_2, post_1_11_0,
  post_1_11_1, post_1_11_2, post_1_12_0, post_1_12_1, post_1_12_2, post_1_13_0, post_1_13_1, post_1_13_2,
  post_1_14_0, post_1_14_1, post_1_14_2, post_1_15_0, post_1_15_1, post_1_15_2, post_1_16_0, post_1_16_1,
  post_1_16_2, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0,
  out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0, out_14_0,
  out_15_0, out_16_0;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_2_0,
  pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_7_0, pre_definition_1_7_1,
  pre_definition_1_7_2, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2, pre_definition_1_10_0,
  pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2,
  pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_15_0, pre_definition_1_15_1,
  pre_definition_1_15_2, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_16_2, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0,
  out_definition_4_0, out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0,
  out_definition_12_0, out_definition_13_0, out_definition_14_0, out_definition_15_0, out_definition_16_0, relu_1_0_0_above_pre, relu_1_0_0_complementary, relu_1_0_1_above_pre,
  relu_1_0_1_complementary, relu_1_0_2_above_pre, relu_1_0_2_complementary, relu_1_1_0_above_pre, relu_1_1_0_complementary, relu_1_1_1_above_pre, relu_1_1_1_complementary, relu_1_1_2_above_pre,
  relu_1_1_2_complementary, relu_1_2_0_above_pre, relu_1_2_0_complementary, relu_1_2_1_above_pre, relu_1_2_1_complementary, relu_1_2_2_above_pre, relu_1_2_2_complementary, relu_1_3_0_above_pre,
  relu_1_3_0_complementary, relu_1_3_1_above_pre, relu_1_3_1_complementary, relu_1_3_2_above_pre, relu_1_3_2_complementary, relu_1_4_0_above_pre, relu_1_4_0_complementary, relu_1_4_1_above_pre,
  relu_1_4_1_complementary, relu_1_4_2_above_pre, relu_1_4_2_complementary, relu_1_5_0_above_pre, relu_1_5_0_complementary, relu_1_5_1_above_pre, relu_1_5_1_complementary, relu_1_5_2_above_pre,
  relu_1_5_2_complementary, relu_1_6_0_above_pre, relu_1_6_0_complementary, relu_1_6_1_above_pre, relu_1_6_1_complementary, relu_1_6_2_above_pre, relu_1_6_2_complementary, relu_1_7_0_above_pre,
  relu_1_7_0_complementary, relu_1_7_1_above_pre, relu_1_7_1_complementary, relu_1_7_2_above_pre, relu_1_7_2_complementary, relu_1_8_0_above_pre, relu_1_8_0_complementary, relu_1_8_1_above_pre,
  relu_1_8_1_complementary, relu_1_8_2_above_pre, relu_1_8_2_complementary, relu_1_9_0_above_pre, relu_1_9_0_complementary, relu_1_9_1_above_pre, relu_1_9_1_complementary, relu_1_9_2_above_pre,
  relu_1_9_2_complementary, relu_1_10_0_above_pre, relu_1_10_0_complementary, relu_1_10_1_above_pre, relu_1_10_1_complementary, relu_1_10_2_above_pre, relu_1_10_2_complementary, relu_1_11_0_above_pre,
  relu_1_11_0_complementary, relu_1_11_1_above_pre, relu_1_11_1_complementary, relu_1_11_2_above_pre, relu_1_11_2_complementary, relu_1_12_0_above_pre, relu_1_12_0_complementary, relu_1_12_1_above_pre,
  relu_1_12_1_complementary, relu_1_12_2_above_pre, relu_1_12_2_complementary, relu_1_13_0_above_pre, relu_1_13_0_complementary, relu_1_13_1_above_pre, relu_1_13_1_complementary, relu_1_13_2_above_pre,
  relu_1_13_2_complementary, relu_1_14_0_above_pre, relu_1_14_0_complementary, relu_1_14_1_above_pre, relu_1_14_1_complementary, relu_1_14_2_above_pre, relu_1_14_2_complementary, relu_1_15_0_above_pre,
  relu_1_15_0_complementary, relu_1_15_1_above_pre, relu_1_15_1_complementary, relu_1_15_2_above_pre, relu_1_15_2_complementary, relu_1_16_0_above_pre, relu_1_16_0_complementary, relu_1_16_1_above_pre,
  relu_1_16_1_complementary, relu_1_16_2_above_pre, relu_1_16_2_complementary;

e_obj.. - objvar + 2.4492935982947064e-16*out_0_0 + 0.7653668647301798*out_1_0 + 1.4142135623730951*out_2_0 + 1.8477590650225735*out_3_0 + 2*out_4_0 + 1.8477590650225735*out_5_0 + 1.414213562373095*out_6_0
    + 0.7653668647301796*out_7_0 - 0.7653668647301796*out_9_0 - 1.414213562373095*out_10_0 - 1.8477590650225735*out_11_0 - 2*out_12_0 - 1.8477590650225735*out_13_0 - 1.4142135623730951*out_14_0 - 0.7653668647301798*out_15_0
    - 2.4492935982947064e-16*out_16_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 8 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 1*w_1_2_0 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_1_0.. + 0.875*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.875*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.875*w_1_2_0 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_2_0.. + 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. + 0.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_3_0.. + 0.625*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.625*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. + 0.625*w_1_2_0 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_4_0.. + 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. + 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_5_0.. + 0.375*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.375*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. + 0.375*w_1_2_0 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_6_0.. + 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. + 0.25*w_1_2_0 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_7_0.. + 0.125*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. + 0.125*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. + 0.125*w_1_2_0 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_8_0.. - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_9_0.. - 0.125*w_1_0_0 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.125*w_1_1_0 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. - 0.125*w_1_2_0 - 1*b_1_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_10_0.. - 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 0.25*w_1_2_0 - 1*b_1_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_11_0.. - 0.375*w_1_0_0 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 0.375*w_1_1_0 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. - 0.375*w_1_2_0 - 1*b_1_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_12_0.. - 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_13_0.. - 0.625*w_1_0_0 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 0.625*w_1_1_0 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. - 0.625*w_1_2_0 - 1*b_1_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_14_0.. - 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. - 0.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_15_0.. - 0.875*w_1_0_0 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. - 0.875*w_1_1_0 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_1_15_2.. - 0.875*w_1_2_0 - 1*b_1_2 + 1*pre_1_15_2 =e= 0;
pre_definition_1_16_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. - 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_16_1 =e= 0;
pre_definition_1_16_2.. - 1*w_1_2_0 - 1*b_1_2 + 1*pre_1_16_2 =e= 0;
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

w_1_0_0.lo = -4;
w_1_0_0.up = 4;
w_1_1_0.lo = -4;
w_1_1_0.up = 4;
w_1_2_0.lo = -4;
w_1_2_0.up = 4;
w_2_0_0.lo = -4;
w_2_0_0.up = 4;
w_2_0_1.lo = -4;
w_2_0_1.up = 4;
w_2_0_2.lo = -4;
w_2_0_2.up = 4;
b_1_0.lo = -4;
b_1_0.up = 4;
b_1_1.lo = -4;
b_1_1.up = 4;
b_1_2.lo = -4;
b_1_2.up = 4;
b_2_0.lo = -4;
b_2_0.up = 4;
pre_1_0_0.lo = -8;
pre_1_0_0.up = 8;
pre_1_0_1.lo = -8;
pre_1_0_1.up = 8;
pre_1_0_2.lo = -8;
pre_1_0_2.up = 8;
pre_1_1_0.lo = -7.5;
pre_1_1_0.up = 7.5;
pre_1_1_1.lo = -7.5;
pre_1_1_1.up = 7.5;
pre_1_1_2.lo = -7.5;
pre_1_1_2.up = 7.5;
pre_1_2_0.lo = -7;
pre_1_2_0.up = 7;
pre_1_2_1.lo = -7;
pre_1_2_1.up = 7;
pre_1_2_2.lo = -7;
pre_1_2_2.up = 7;
pre_1_3_0.lo = -6.5;
pre_1_3_0.up = 6.5;
pre_1_3_1.lo = -6.5;
pre_1_3_1.up = 6.5;
pre_1_3_2.lo = -6.5;
pre_1_3_2.up = 6.5;
pre_1_4_0.lo = -6;
pre_1_4_0.up = 6;
pre_1_4_1.lo = -6;
pre_1_4_1.up = 6;
pre_1_4_2.lo = -6;
pre_1_4_2.up = 6;
pre_1_5_0.lo = -5.5;
pre_1_5_0.up = 5.5;
pre_1_5_1.lo = -5.5;
pre_1_5_1.up = 5.5;
pre_1_5_2.lo = -5.5;
pre_1_5_2.up = 5.5;
pre_1_6_0.lo = -5;
pre_1_6_0.up = 5;
pre_1_6_1.lo = -5;
pre_1_6_1.up = 5;
pre_1_6_2.lo = -5;
pre_1_6_2.up = 5;
pre_1_7_0.lo = -4.5;
pre_1_7_0.up = 4.5;
pre_1_7_1.lo = -4.5;
pre_1_7_1.up = 4.5;
pre_1_7_2.lo = -4.5;
pre_1_7_2.up = 4.5;
pre_1_8_0.lo = -4;
pre_1_8_0.up = 4;
pre_1_8_1.lo = -4;
pre_1_8_1.up = 4;
pre_1_8_2.lo = -4;
pre_1_8_2.up = 4;
pre_1_9_0.lo = -4.5;
pre_1_9_0.up = 4.5;
pre_1_9_1.lo = -4.5;
pre_1_9_1.up = 4.5;
pre_1_9_2.lo = -4.5;
pre_1_9_2.up = 4.5;
pre_1_10_0.lo = -5;
pre_1_10_0.up = 5;
pre_1_10_1.lo = -5;
pre_1_10_1.up = 5;
pre_1_10_2.lo = -5;
pre_1_10_2.up = 5;
pre_1_11_0.lo = -5.5;
pre_1_11_0.up = 5.5;
pre_1_11_1.lo = -5.5;
pre_1_11_1.up = 5.5;
pre_1_11_2.lo = -5.5;
pre_1_11_2.up = 5.5;
pre_1_12_0.lo = -6;
pre_1_12_0.up = 6;
pre_1_12_1.lo = -6;
pre_1_12_1.up = 6;
pre_1_12_2.lo = -6;
pre_1_12_2.up = 6;
pre_1_13_0.lo = -6.5;
pre_1_13_0.up = 6.5;
pre_1_13_1.lo = -6.5;
pre_1_13_1.up = 6.5;
pre_1_13_2.lo = -6.5;
pre_1_13_2.up = 6.5;
pre_1_14_0.lo = -7;
pre_1_14_0.up = 7;
pre_1_14_1.lo = -7;
pre_1_14_1.up = 7;
pre_1_14_2.lo = -7;
pre_1_14_2.up = 7;
pre_1_15_0.lo = -7.5;
pre_1_15_0.up = 7.5;
pre_1_15_1.lo = -7.5;
pre_1_15_1.up = 7.5;
pre_1_15_2.lo = -7.5;
pre_1_15_2.up = 7.5;
pre_1_16_0.lo = -8;
pre_1_16_0.up = 8;
pre_1_16_1.lo = -8;
pre_1_16_1.up = 8;
pre_1_16_2.lo = -8;
pre_1_16_2.up = 8;
post_1_0_0.lo = 0;
post_1_0_0.up = 8;
post_1_0_1.lo = 0;
post_1_0_1.up = 8;
post_1_0_2.lo = 0;
post_1_0_2.up = 8;
post_1_1_0.lo = 0;
post_1_1_0.up = 7.5;
post_1_1_1.lo = 0;
post_1_1_1.up = 7.5;
post_1_1_2.lo = 0;
post_1_1_2.up = 7.5;
post_1_2_0.lo = 0;
post_1_2_0.up = 7;
post_1_2_1.lo = 0;
post_1_2_1.up = 7;
post_1_2_2.lo = 0;
post_1_2_2.up = 7;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.5;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.5;
post_1_3_2.lo = 0;
post_1_3_2.up = 6.5;
post_1_4_0.lo = 0;
post_1_4_0.up = 6;
post_1_4_1.lo = 0;
post_1_4_1.up = 6;
post_1_4_2.lo = 0;
post_1_4_2.up = 6;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.5;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.5;
post_1_5_2.lo = 0;
post_1_5_2.up = 5.5;
post_1_6_0.lo = 0;
post_1_6_0.up = 5;
post_1_6_1.lo = 0;
post_1_6_1.up = 5;
post_1_6_2.lo = 0;
post_1_6_2.up = 5;
post_1_7_0.lo = 0;
post_1_7_0.up = 4.5;
post_1_7_1.lo = 0;
post_1_7_1.up = 4.5;
post_1_7_2.lo = 0;
post_1_7_2.up = 4.5;
post_1_8_0.lo = 0;
post_1_8_0.up = 4;
post_1_8_1.lo = 0;
post_1_8_1.up = 4;
post_1_8_2.lo = 0;
post_1_8_2.up = 4;
post_1_9_0.lo = 0;
post_1_9_0.up = 4.5;
post_1_9_1.lo = 0;
post_1_9_1.up = 4.5;
post_1_9_2.lo = 0;
post_1_9_2.up = 4.5;
post_1_10_0.lo = 0;
post_1_10_0.up = 5;
post_1_10_1.lo = 0;
post_1_10_1.up = 5;
post_1_10_2.lo = 0;
post_1_10_2.up = 5;
post_1_11_0.lo = 0;
post_1_11_0.up = 5.5;
post_1_11_1.lo = 0;
post_1_11_1.up = 5.5;
post_1_11_2.lo = 0;
post_1_11_2.up = 5.5;
post_1_12_0.lo = 0;
post_1_12_0.up = 6;
post_1_12_1.lo = 0;
post_1_12_1.up = 6;
post_1_12_2.lo = 0;
post_1_12_2.up = 6;
post_1_13_0.lo = 0;
post_1_13_0.up = 6.5;
post_1_13_1.lo = 0;
post_1_13_1.up = 6.5;
post_1_13_2.lo = 0;
post_1_13_2.up = 6.5;
post_1_14_0.lo = 0;
post_1_14_0.up = 7;
post_1_14_1.lo = 0;
post_1_14_1.up = 7;
post_1_14_2.lo = 0;
post_1_14_2.up = 7;
post_1_15_0.lo = 0;
post_1_15_0.up = 7.5;
post_1_15_1.lo = 0;
post_1_15_1.up = 7.5;
post_1_15_2.lo = 0;
post_1_15_2.up = 7.5;
post_1_16_0.lo = 0;
post_1_16_0.up = 8;
post_1_16_1.lo = 0;
post_1_16_1.up = 8;
post_1_16_2.lo = 0;
post_1_16_2.up = 8;
out_0_0.lo = -100;
out_0_0.up = 100;
out_1_0.lo = -94;
out_1_0.up = 94;
out_2_0.lo = -88;
out_2_0.up = 88;
out_3_0.lo = -82;
out_3_0.up = 82;
out_4_0.lo = -76;
out_4_0.up = 76;
out_5_0.lo = -70;
out_5_0.up = 70;
out_6_0.lo = -64;
out_6_0.up = 64;
out_7_0.lo = -58;
out_7_0.up = 58;
out_8_0.lo = -52;
out_8_0.up = 52;
out_9_0.lo = -58;
out_9_0.up = 58;
out_10_0.lo = -64;
out_10_0.up = 64;
out_11_0.lo = -70;
out_11_0.up = 70;
out_12_0.lo = -76;
out_12_0.up = 76;
out_13_0.lo = -82;
out_13_0.up = 82;
out_14_0.lo = -88;
out_14_0.up = 88;
out_15_0.lo = -94;
out_15_0.up = 94;
out_16_0.lo = -100;
out_16_0.up = 100;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using QCP minimizing objvar;
