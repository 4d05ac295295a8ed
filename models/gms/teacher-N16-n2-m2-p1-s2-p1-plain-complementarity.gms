* teacher-N16-n2-m2-p1-s2-p1-plain-complementarity  (relu-opt library: teacher-N16-n2-m2-p1-s2, problem 1, plain-complementarity; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1,
  pre_1_7_0, pre_1_7_1, pre_1_8_0, pre_1_8_1, pre_1_9_0, pre_1_9_1, pre_1_10_0, pre_1_10_1,
  pre_1_11_0, pre_1_11_1, pre_1_12_0, pre_1_12_1, pre_1_13_0, pre_1_13_1, pre_1_14_0, pre_1_14_1,
  pre_1_15_0, pre_1_15_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1,
  post_1_11_0, post_1_11_1, post_1_12_0, post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1,
  post_1_15_0, post_1_15_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0,
  out_14_0, out_15_0;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, relu_1_0_0_above_pre, relu_1_0_0_complementary, relu_1_0_1_above_pre, relu_1_0_1_complementary, relu_1_1_0_above_pre, relu_1_1_0_complementary, relu_1_1_1_above_pre,
  relu_1_1_1_complementary, relu_1_2_0_above_pre, relu_1_2_0_complementary, relu_1_2_1_above_pre, relu_1_2_1_complementary, relu_1_3_0_above_pre, relu_1_3_0_complementary, relu_1_3_1_above_pre,
  relu_1_3_1_complementary, relu_1_4_0_above_pre, relu_1_4_0_complementary, relu_1_4_1_above_pre, relu_1_4_1_complementary, relu_1_5_0_above_pre, relu_1_5_0_complementary, relu_1_5_1_above_pre,
  relu_1_5_1_complementary, relu_1_6_0_above_pre, relu_1_6_0_complementary, relu_1_6_1_above_pre, relu_1_6_1_complementary, relu_1_7_0_above_pre, relu_1_7_0_complementary, relu_1_7_1_above_pre,
  relu_1_7_1_complementary, relu_1_8_0_above_pre, relu_1_8_0_complementary, relu_1_8_1_above_pre, relu_1_8_1_complementary, relu_1_9_0_above_pre, relu_1_9_0_complementary, relu_1_9_1_above_pre,
  relu_1_9_1_complementary, relu_1_10_0_above_pre, relu_1_10_0_complementary, relu_1_10_1_above_pre, relu_1_10_1_complementary, relu_1_11_0_above_pre, relu_1_11_0_complementary, relu_1_11_1_above_pre,
  relu_1_11_1_complementary, relu_1_12_0_above_pre, relu_1_12_0_complementary, relu_1_12_1_above_pre, relu_1_12_1_complementary, relu_1_13_0_above_pre, relu_1_13_0_complementary, relu_1_13_1_above_pre,
  relu_1_13_1_complementary, relu_1_14_0_above_pre, relu_1_14_0_complementary, relu_1_14_1_above_pre, relu_1_14_1_complementary, relu_1_15_0_above_pre, relu_1_15_0_complementary, relu_1_15_1_above_pre,
  relu_1_15_1_complementary;

e_obj.. - objvar + 1.5244956362767803*out_0_0 + 2.013739828867477*out_1_0 + 2.6583586264972214*out_2_0 + 1.0127799680766552*out_3_0 + 2.3849563910551326*out_4_0 + 2.2857084507905565*out_5_0 + 0.6352531245284562*out_6_0
    + 3.3374463266436702*out_7_0 + 2.521102785930888*out_8_0 + 3.495339954832161*out_9_0 + 2.9992860938348933*out_10_0 + 2.0203739012636786*out_11_0 + 1.8319331531511662*out_12_0 + 1.7832715689026186*out_13_0 + 0.7001822439454916*out_14_0
    + 0.42514514571241885*out_15_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 18.946108021321955 =e= 0;
pre_definition_1_0_0.. - 0.31486602975118516*w_1_0_0 - 0.124531325560856*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.31486602975118516*w_1_1_0 - 0.124531325560856*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.6998754733893278*w_1_0_0 + 0.13473841839042566*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.6998754733893278*w_1_1_0 + 0.13473841839042566*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.3385945971490405*w_1_0_0 + 0.15443065345974438*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.3385945971490405*w_1_1_0 + 0.15443065345974438*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. - 0.2663687985482328*w_1_0_0 - 0.9348719049873533*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.2663687985482328*w_1_1_0 - 0.9348719049873533*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.36612964461925057*w_1_0_0 + 0.21675033383994768*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.36612964461925057*w_1_1_0 + 0.21675033383994768*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.6254948605598039*w_1_0_0 + 0.3080786688565338*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.6254948605598039*w_1_1_0 + 0.3080786688565338*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.022131947139154118*w_1_0_0 - 0.7824188190011583*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.022131947139154118*w_1_1_0 - 0.7824188190011583*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.5511278849453789*w_1_0_0 + 0.36370679876925127*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.5511278849453789*w_1_1_0 + 0.36370679876925127*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. - 0.8484337930136483*w_1_0_0 + 0.058180229168484976*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.8484337930136483*w_1_1_0 + 0.058180229168484976*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.3875176844044601*w_1_0_0 + 0.7855853830928239*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.3875176844044601*w_1_1_0 + 0.7855853830928239*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. + 0.790912883134117*w_1_0_0 + 0.5961851049410993*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. + 0.790912883134117*w_1_1_0 + 0.5961851049410993*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. - 0.768899347376587*w_1_0_0 - 0.3596229229691672*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 0.768899347376587*w_1_1_0 - 0.3596229229691672*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 0.6984726472288691*w_1_0_0 - 0.2888725384110351*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.6984726472288691*w_1_1_0 - 0.2888725384110351*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. + 0.18691520464892708*w_1_0_0 - 0.03315638824999345*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.18691520464892708*w_1_1_0 - 0.03315638824999345*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.1868870355118124*w_1_0_0 - 0.7242359698152563*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.1868870355118124*w_1_1_0 - 0.7242359698152563*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. + 0.12362766768175004*w_1_0_0 - 0.7844802199332859*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.12362766768175004*w_1_1_0 - 0.7844802199332859*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*w_2_0_0*post_1_15_0 - 1*w_2_0_1*post_1_15_1 =e= 0;
relu_1_0_0_above_pre.. - 1*pre_1_0_0 + 1*post_1_0_0 =g= 0;
relu_1_0_0_complementary.. - 1*pre_1_0_0*post_1_0_0 + 1*sqr(post_1_0_0) =e= 0;
relu_1_0_1_above_pre.. - 1*pre_1_0_1 + 1*post_1_0_1 =g= 0;
relu_1_0_1_complementary.. - 1*pre_1_0_1*post_1_0_1 + 1*sqr(post_1_0_1) =e= 0;
relu_1_1_0_above_pre.. - 1*pre_1_1_0 + 1*post_1_1_0 =g= 0;
relu_1_1_0_complementary.. - 1*pre_1_1_0*post_1_1_0 + 1*sqr(post_1_1_0) =e= 0;
relu_1_1_1_above_pre.. - 1*pre_1_1_1 + 1*post_1_1_1 =g= 0;
relu_1_1_1_complementary.. - 1*pre_1_1_1*post_1_1_1 + 1*sqr(post_1_1_1) =e= 0;
relu_1_2_0_above_pre.. - 1*pre_1_2_0 + 1*post_1_2_0 =g= 0;
relu_1_2_0_complementary.. - 1*pre_1_2_0*post_1_2_0 + 1*sqr(post_1_2_0) =e= 0;
relu_1_2_1_above_pre.. - 1*pre_1_2_1 + 1*post_1_2_1 =g= 0;
relu_1_2_1_complementary.. - 1*pre_1_2_1*post_1_2_1 + 1*sqr(post_1_2_1) =e= 0;
relu_1_3_0_above_pre.. - 1*pre_1_3_0 + 1*post_1_3_0 =g= 0;
relu_1_3_0_complementary.. - 1*pre_1_3_0*post_1_3_0 + 1*sqr(post_1_3_0) =e= 0;
relu_1_3_1_above_pre.. - 1*pre_1_3_1 + 1*post_1_3_1 =g= 0;
relu_1_3_1_complementary.. - 1*pre_1_3_1*post_1_3_1 + 1*sqr(post_1_3_1) =e= 0;
relu_1_4_0_above_pre.. - 1*pre_1_4_0 + 1*post_1_4_0 =g= 0;
relu_1_4_0_complementary.. - 1*pre_1_4_0*post_1_4_0 + 1*sqr(post_1_4_0) =e= 0;
relu_1_4_1_above_pre.. - 1*pre_1_4_1 + 1*post_1_4_1 =g= 0;
relu_1_4_1_complementary.. - 1*pre_1_4_1*post_1_4_1 + 1*sqr(post_1_4_1) =e= 0;
relu_1_5_0_above_pre.. - 1*pre_1_5_0 + 1*post_1_5_0 =g= 0;
relu_1_5_0_complementary.. - 1*pre_1_5_0*post_1_5_0 + 1*sqr(post_1_5_0) =e= 0;
relu_1_5_1_above_pre.. - 1*pre_1_5_1 + 1*post_1_5_1 =g= 0;
relu_1_5_1_complementary.. - 1*pre_1_5_1*post_1_5_1 + 1*sqr(post_1_5_1) =e= 0;
relu_1_6_0_above_pre.. - 1*pre_1_6_0 + 1*post_1_6_0 =g= 0;
relu_1_6_0_complementary.. - 1*pre_1_6_0*post_1_6_0 + 1*sqr(post_1_6_0) =e= 0;
relu_1_6_1_above_pre.. - 1*pre_1_6_1 + 1*post_1_6_1 =g= 0;
relu_1_6_1_complementary.. - 1*pre_1_6_1*post_1_6_1 + 1*sqr(post_1_6_1) =e= 0;
relu_1_7_0_above_pre.. - 1*pre_1_7_0 + 1*post_1_7_0 =g= 0;
relu_1_7_0_complementary.. - 1*pre_1_7_0*post_1_7_0 + 1*sqr(post_1_7_0) =e= 0;
relu_1_7_1_above_pre.. - 1*pre_1_7_1 + 1*post_1_7_1 =g= 0;
relu_1_7_1_complementary.. - 1*pre_1_7_1*post_1_7_1 + 1*sqr(post_1_7_1) =e= 0;
relu_1_8_0_above_pre.. - 1*pre_1_8_0 + 1*post_1_8_0 =g= 0;
relu_1_8_0_complementary.. - 1*pre_1_8_0*post_1_8_0 + 1*sqr(post_1_8_0) =e= 0;
relu_1_8_1_above_pre.. - 1*pre_1_8_1 + 1*post_1_8_1 =g= 0;
relu_1_8_1_complementary.. - 1*pre_1_8_1*post_1_8_1 + 1*sqr(post_1_8_1) =e= 0;
relu_1_9_0_above_pre.. - 1*pre_1_9_0 + 1*post_1_9_0 =g= 0;
relu_1_9_0_complementary.. - 1*pre_1_9_0*post_1_9_0 + 1*sqr(post_1_9_0) =e= 0;
relu_1_9_1_above_pre.. - 1*pre_1_9_1 + 1*post_1_9_1 =g= 0;
relu_1_9_1_complementary.. - 1*pre_1_9_1*post_1_9_1 + 1*sqr(post_1_9_1) =e= 0;
relu_1_10_0_above_pre.. - 1*pre_1_10_0 + 1*post_1_10_0 =g= 0;
relu_1_10_0_complementary.. - 1*pre_1_10_0*post_1_10_0 + 1*sqr(post_1_10_0) =e= 0;
relu_1_10_1_above_pre.. - 1*pre_1_10_1 + 1*post_1_10_1 =g= 0;
relu_1_10_1_complementary.. - 1*pre_1_10_1*post_1_10_1 + 1*sqr(post_1_10_1) =e= 0;
relu_1_11_0_above_pre.. - 1*pre_1_11_0 + 1*post_1_11_0 =g= 0;
relu_1_11_0_complementary.. - 1*pre_1_11_0*post_1_11_0 + 1*sqr(post_1_11_0) =e= 0;
relu_1_11_1_above_pre.. - 1*pre_1_11_1 + 1*post_1_11_1 =g= 0;
relu_1_11_1_complementary.. - 1*pre_1_11_1*post_1_11_1 + 1*sqr(post_1_11_1) =e= 0;
relu_1_12_0_above_pre.. - 1*pre_1_12_0 + 1*post_1_12_0 =g= 0;
relu_1_12_0_complementary.. - 1*pre_1_12_0*post_1_12_0 + 1*sqr(post_1_12_0) =e= 0;
relu_1_12_1_above_pre.. - 1*pre_1_12_1 + 1*post_1_12_1 =g= 0;
relu_1_12_1_complementary.. - 1*pre_1_12_1*post_1_12_1 + 1*sqr(post_1_12_1) =e= 0;
relu_1_13_0_above_pre.. - 1*pre_1_13_0 + 1*post_1_13_0 =g= 0;
relu_1_13_0_complementary.. - 1*pre_1_13_0*post_1_13_0 + 1*sqr(post_1_13_0) =e= 0;
relu_1_13_1_above_pre.. - 1*pre_1_13_1 + 1*post_1_13_1 =g= 0;
relu_1_13_1_complementary.. - 1*pre_1_13_1*post_1_13_1 + 1*sqr(post_1_13_1) =e= 0;
relu_1_14_0_above_pre.. - 1*pre_1_14_0 + 1*post_1_14_0 =g= 0;
relu_1_14_0_complementary.. - 1*pre_1_14_0*post_1_14_0 + 1*sqr(post_1_14_0) =e= 0;
relu_1_14_1_above_pre.. - 1*pre_1_14_1 + 1*post_1_14_1 =g= 0;
relu_1_14_1_complementary.. - 1*pre_1_14_1*post_1_14_1 + 1*sqr(post_1_14_1) =e= 0;
relu_1_15_0_above_pre.. - 1*pre_1_15_0 + 1*post_1_15_0 =g= 0;
relu_1_15_0_complementary.. - 1*pre_1_15_0*post_1_15_0 + 1*sqr(post_1_15_0) =e= 0;
relu_1_15_1_above_pre.. - 1*pre_1_15_1 + 1*post_1_15_1 =g= 0;
relu_1_15_1_complementary.. - 1*pre_1_15_1*post_1_15_1 + 1*sqr(post_1_15_1) =e= 0;

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
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
pre_1_0_0.lo = -4.318192065936124;
pre_1_0_0.up = 4.318192065936124;
pre_1_0_1.lo = -4.318192065936124;
pre_1_0_1.up = 4.318192065936124;
pre_1_1_0.lo = -5.5038416753392605;
pre_1_1_0.up = 5.5038416753392605;
pre_1_1_1.lo = -5.5038416753392605;
pre_1_1_1.up = 5.5038416753392605;
pre_1_2_0.lo = -4.479075751826355;
pre_1_2_0.up = 4.479075751826355;
pre_1_2_1.lo = -4.479075751826355;
pre_1_2_1.up = 4.479075751826355;
pre_1_3_0.lo = -6.603722110606759;
pre_1_3_0.up = 6.603722110606759;
pre_1_3_1.lo = -6.603722110606759;
pre_1_3_1.up = 6.603722110606759;
pre_1_4_0.lo = -4.748639935377595;
pre_1_4_0.up = 4.748639935377595;
pre_1_4_1.lo = -4.748639935377595;
pre_1_4_1.up = 4.748639935377595;
pre_1_5_0.lo = -5.800720588249013;
pre_1_5_0.up = 5.800720588249013;
pre_1_5_1.lo = -5.800720588249013;
pre_1_5_1.up = 5.800720588249013;
pre_1_6_0.lo = -5.413652298420937;
pre_1_6_0.up = 5.413652298420937;
pre_1_6_1.lo = -5.413652298420937;
pre_1_6_1.up = 5.413652298420937;
pre_1_7_0.lo = -5.74450405114389;
pre_1_7_0.up = 5.74450405114389;
pre_1_7_1.lo = -5.74450405114389;
pre_1_7_1.up = 5.74450405114389;
pre_1_8_0.lo = -5.7198420665464;
pre_1_8_0.up = 5.7198420665464;
pre_1_8_1.lo = -5.7198420665464;
pre_1_8_1.up = 5.7198420665464;
pre_1_9_0.lo = -6.519309202491852;
pre_1_9_0.up = 6.519309202491852;
pre_1_9_1.lo = -6.519309202491852;
pre_1_9_1.up = 6.519309202491852;
pre_1_10_0.lo = -7.161293964225649;
pre_1_10_0.up = 7.161293964225649;
pre_1_10_1.lo = -7.161293964225649;
pre_1_10_1.up = 7.161293964225649;
pre_1_11_0.lo = -6.385566811037263;
pre_1_11_0.up = 6.385566811037263;
pre_1_11_1.lo = -6.385566811037263;
pre_1_11_1.up = 6.385566811037263;
pre_1_12_0.lo = -5.962035556919712;
pre_1_12_0.up = 5.962035556919712;
pre_1_12_1.lo = -5.962035556919712;
pre_1_12_1.up = 5.962035556919712;
pre_1_13_0.lo = -3.6602147786967616;
pre_1_13_0.up = 3.6602147786967616;
pre_1_13_1.lo = -3.6602147786967616;
pre_1_13_1.up = 3.6602147786967616;
pre_1_14_0.lo = -5.733369015981206;
pre_1_14_0.up = 5.733369015981206;
pre_1_14_1.lo = -5.733369015981206;
pre_1_14_1.up = 5.733369015981206;
pre_1_15_0.lo = -5.724323662845108;
pre_1_15_0.up = 5.724323662845108;
pre_1_15_1.lo = -5.724323662845108;
pre_1_15_1.up = 5.724323662845108;
post_1_0_0.lo = 0;
post_1_0_0.up = 4.318192065936124;
post_1_0_1.lo = 0;
post_1_0_1.up = 4.318192065936124;
post_1_1_0.lo = 0;
post_1_1_0.up = 5.5038416753392605;
post_1_1_1.lo = 0;
post_1_1_1.up = 5.5038416753392605;
post_1_2_0.lo = 0;
post_1_2_0.up = 4.479075751826355;
post_1_2_1.lo = 0;
post_1_2_1.up = 4.479075751826355;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.603722110606759;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.603722110606759;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.748639935377595;
post_1_4_1.lo = 0;
post_1_4_1.up = 4.748639935377595;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.800720588249013;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.800720588249013;
post_1_6_0.lo = 0;
post_1_6_0.up = 5.413652298420937;
post_1_6_1.lo = 0;
post_1_6_1.up = 5.413652298420937;
post_1_7_0.lo = 0;
post_1_7_0.up = 5.74450405114389;
post_1_7_1.lo = 0;
post_1_7_1.up = 5.74450405114389;
post_1_8_0.lo = 0;
post_1_8_0.up = 5.7198420665464;
post_1_8_1.lo = 0;
post_1_8_1.up = 5.7198420665464;
post_1_9_0.lo = 0;
post_1_9_0.up = 6.519309202491852;
post_1_9_1.lo = 0;
post_1_9_1.up = 6.519309202491852;
post_1_10_0.lo = 0;
post_1_10_0.up = 7.161293964225649;
post_1_10_1.lo = 0;
post_1_10_1.up = 7.161293964225649;
post_1_11_0.lo = 0;
post_1_11_0.up = 6.385566811037263;
post_1_11_1.lo = 0;
post_1_11_1.up = 6.385566811037263;
post_1_12_0.lo = 0;
post_1_12_0.up = 5.962035556919712;
post_1_12_1.lo = 0;
post_1_12_1.up = 5.962035556919712;
post_1_13_0.lo = 0;
post_1_13_0.up = 3.6602147786967616;
post_1_13_1.lo = 0;
post_1_13_1.up = 3.6602147786967616;
post_1_14_0.lo = 0;
post_1_14_0.up = 5.733369015981206;
post_1_14_1.lo = 0;
post_1_14_1.up = 5.733369015981206;
post_1_15_0.lo = 0;
post_1_15_0.up = 5.724323662845108;
post_1_15_1.lo = 0;
post_1_15_1.up = 5.724323662845108;
out_0_0.lo = -28.909152395616744;
out_0_0.up = 28.909152395616744;
out_1_0.lo = -36.023050052035565;
out_1_0.up = 36.023050052035565;
out_2_0.lo = -29.87445451095813;
out_2_0.up = 29.87445451095813;
out_3_0.lo = -42.62233266364055;
out_3_0.up = 42.62233266364055;
out_4_0.lo = -31.49183961226557;
out_4_0.up = 31.49183961226557;
out_5_0.lo = -37.80432352949408;
out_5_0.up = 37.80432352949408;
out_6_0.lo = -35.481913790525624;
out_6_0.up = 35.481913790525624;
out_7_0.lo = -37.46702430686334;
out_7_0.up = 37.46702430686334;
out_8_0.lo = -37.319052399278405;
out_8_0.up = 37.319052399278405;
out_9_0.lo = -42.11585521495111;
out_9_0.up = 42.11585521495111;
out_10_0.lo = -45.967763785353895;
out_10_0.up = 45.967763785353895;
out_11_0.lo = -41.313400866223574;
out_11_0.up = 41.313400866223574;
out_12_0.lo = -38.772213341518274;
out_12_0.up = 38.772213341518274;
out_13_0.lo = -24.96128867218057;
out_13_0.up = 24.96128867218057;
out_14_0.lo = -37.400214095887236;
out_14_0.up = 37.400214095887236;
out_15_0.lo = -37.345941977070645;
out_15_0.up = 37.345941977070645;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using QCP minimizing objvar;
