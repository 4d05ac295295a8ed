* teacher-N16-n2-m2-p1-s1-p1-plain-complementarity  (relu-opt library: teacher-N16-n2-m2-p1-s1, problem 1, plain-complementarity; {"hidden": [2], "bound": 3.0, "loss": "squared"})
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

e_obj.. - objvar + 0.3246981461884506*out_0_0 - 0.061729418336125524*out_1_0 - 0.1839660147467925*out_2_0 - 0.009424426080082482*out_3_0 - 0.17872075712179453*out_4_0 - 0.07039654752462307*out_5_0 - 0.15731873171275285*out_6_0
    - 0.723991172119347*out_7_0 - 0.31712436504940256*out_8_0 - 0.3766081415487037*out_9_0 - 0.26254441160555075*out_10_0 + 0.18865211821842057*out_11_0 - 0.34470520744932615*out_12_0 - 0.09808674699882751*out_13_0 - 0.374206874349835*out_14_0
    + 0.27865688226737595*out_15_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 0.35550619574665426 =e= 0;
pre_definition_1_0_0.. + 0.9448817735138633*w_1_0_0 - 0.5070262173496132*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.9448817735138633*w_1_1_0 - 0.5070262173496132*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.07628662643855644*w_1_0_0 + 0.34053656700181567*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.07628662643855644*w_1_1_0 + 0.34053656700181567*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.5768574068568086*w_1_0_0 + 0.39361034141671003*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.5768574068568086*w_1_1_0 + 0.39361034141671003*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.09300422103869699*w_1_0_0 + 0.7319166055056705*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.09300422103869699*w_1_1_0 + 0.7319166055056705*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.19377402710574154*w_1_0_0 + 0.5930895186477008*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.19377402710574154*w_1_1_0 + 0.5930895186477008*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.475373319116301*w_1_0_0 - 0.5007293452601052*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.475373319116301*w_1_1_0 - 0.5007293452601052*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.43918248402792015*w_1_0_0 + 0.029618051136729884*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.43918248402792015*w_1_1_0 + 0.029618051136729884*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.9614743996024773*w_1_0_0 - 0.9233143873275735*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.9614743996024773*w_1_1_0 - 0.9233143873275735*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. - 0.4495798815470673*w_1_0_0 - 0.08245371109486843*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.4495798815470673*w_1_1_0 - 0.08245371109486843*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. + 0.44621759190925836*w_1_0_0 + 0.6786959824497463*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. + 0.44621759190925836*w_1_1_0 + 0.6786959824497463*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. - 0.9398508264322651*w_1_0_0 - 0.03213717109575742*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.9398508264322651*w_1_1_0 - 0.03213717109575742*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. + 0.7682687750584594*w_1_0_0 - 0.24697951107500082*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.7682687750584594*w_1_1_0 - 0.24697951107500082*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 0.553366228684596*w_1_0_0 - 0.22600660210608092*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.553366228684596*w_1_1_0 - 0.22600660210608092*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. - 0.8345954095818053*w_1_0_0 + 0.9208142466715943*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 0.8345954095818053*w_1_1_0 + 0.9208142466715943*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.057178526520043294*w_1_0_0 + 0.08132823422919255*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.057178526520043294*w_1_1_0 + 0.08132823422919255*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. + 0.8753008417002488*w_1_0_0 - 0.2826563382787499*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.8753008417002488*w_1_1_0 - 0.2826563382787499*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
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
pre_1_0_0.lo = -7.355723972590429;
pre_1_0_0.up = 7.355723972590429;
pre_1_0_1.lo = -7.355723972590429;
pre_1_0_1.up = 7.355723972590429;
pre_1_1_0.lo = -4.250469580321116;
pre_1_1_0.up = 4.250469580321116;
pre_1_1_1.lo = -4.250469580321116;
pre_1_1_1.up = 4.250469580321116;
pre_1_2_0.lo = -5.911403244820556;
pre_1_2_0.up = 5.911403244820556;
pre_1_2_1.lo = -5.911403244820556;
pre_1_2_1.up = 5.911403244820556;
pre_1_3_0.lo = -5.474762479633102;
pre_1_3_0.up = 5.474762479633102;
pre_1_3_1.lo = -5.474762479633102;
pre_1_3_1.up = 5.474762479633102;
pre_1_4_0.lo = -5.3605906372603265;
pre_1_4_0.up = 5.3605906372603265;
pre_1_4_1.lo = -5.3605906372603265;
pre_1_4_1.up = 5.3605906372603265;
pre_1_5_0.lo = -5.928307993129218;
pre_1_5_0.up = 5.928307993129218;
pre_1_5_1.lo = -5.928307993129218;
pre_1_5_1.up = 5.928307993129218;
pre_1_6_0.lo = -4.40640160549395;
pre_1_6_0.up = 4.40640160549395;
pre_1_6_1.lo = -4.40640160549395;
pre_1_6_1.up = 4.40640160549395;
pre_1_7_0.lo = -8.654366360790153;
pre_1_7_0.up = 8.654366360790153;
pre_1_7_1.lo = -8.654366360790153;
pre_1_7_1.up = 8.654366360790153;
pre_1_8_0.lo = -4.596100777925807;
pre_1_8_0.up = 4.596100777925807;
pre_1_8_1.lo = -4.596100777925807;
pre_1_8_1.up = 4.596100777925807;
pre_1_9_0.lo = -6.374740723077014;
pre_1_9_0.up = 6.374740723077014;
pre_1_9_1.lo = -6.374740723077014;
pre_1_9_1.up = 6.374740723077014;
pre_1_10_0.lo = -5.915963992584068;
pre_1_10_0.up = 5.915963992584068;
pre_1_10_1.lo = -5.915963992584068;
pre_1_10_1.up = 5.915963992584068;
pre_1_11_0.lo = -6.045744858400381;
pre_1_11_0.up = 6.045744858400381;
pre_1_11_1.lo = -6.045744858400381;
pre_1_11_1.up = 6.045744858400381;
pre_1_12_0.lo = -5.338118492372031;
pre_1_12_0.up = 5.338118492372031;
pre_1_12_1.lo = -5.338118492372031;
pre_1_12_1.up = 5.338118492372031;
pre_1_13_0.lo = -8.266228968760199;
pre_1_13_0.up = 8.266228968760199;
pre_1_13_1.lo = -8.266228968760199;
pre_1_13_1.up = 8.266228968760199;
pre_1_14_0.lo = -3.4155202822477078;
pre_1_14_0.up = 3.4155202822477078;
pre_1_14_1.lo = -3.4155202822477078;
pre_1_14_1.up = 3.4155202822477078;
pre_1_15_0.lo = -6.473871539936996;
pre_1_15_0.up = 6.473871539936996;
pre_1_15_1.lo = -6.473871539936996;
pre_1_15_1.up = 6.473871539936996;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.355723972590429;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.355723972590429;
post_1_1_0.lo = 0;
post_1_1_0.up = 4.250469580321116;
post_1_1_1.lo = 0;
post_1_1_1.up = 4.250469580321116;
post_1_2_0.lo = 0;
post_1_2_0.up = 5.911403244820556;
post_1_2_1.lo = 0;
post_1_2_1.up = 5.911403244820556;
post_1_3_0.lo = 0;
post_1_3_0.up = 5.474762479633102;
post_1_3_1.lo = 0;
post_1_3_1.up = 5.474762479633102;
post_1_4_0.lo = 0;
post_1_4_0.up = 5.3605906372603265;
post_1_4_1.lo = 0;
post_1_4_1.up = 5.3605906372603265;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.928307993129218;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.928307993129218;
post_1_6_0.lo = 0;
post_1_6_0.up = 4.40640160549395;
post_1_6_1.lo = 0;
post_1_6_1.up = 4.40640160549395;
post_1_7_0.lo = 0;
post_1_7_0.up = 8.654366360790153;
post_1_7_1.lo = 0;
post_1_7_1.up = 8.654366360790153;
post_1_8_0.lo = 0;
post_1_8_0.up = 4.596100777925807;
post_1_8_1.lo = 0;
post_1_8_1.up = 4.596100777925807;
post_1_9_0.lo = 0;
post_1_9_0.up = 6.374740723077014;
post_1_9_1.lo = 0;
post_1_9_1.up = 6.374740723077014;
post_1_10_0.lo = 0;
post_1_10_0.up = 5.915963992584068;
post_1_10_1.lo = 0;
post_1_10_1.up = 5.915963992584068;
post_1_11_0.lo = 0;
post_1_11_0.up = 6.045744858400381;
post_1_11_1.lo = 0;
post_1_11_1.up = 6.045744858400381;
post_1_12_0.lo = 0;
post_1_12_0.up = 5.338118492372031;
post_1_12_1.lo = 0;
post_1_12_1.up = 5.338118492372031;
post_1_13_0.lo = 0;
post_1_13_0.up = 8.266228968760199;
post_1_13_1.lo = 0;
post_1_13_1.up = 8.266228968760199;
post_1_14_0.lo = 0;
post_1_14_0.up = 3.4155202822477078;
post_1_14_1.lo = 0;
post_1_14_1.up = 3.4155202822477078;
post_1_15_0.lo = 0;
post_1_15_0.up = 6.473871539936996;
post_1_15_1.lo = 0;
post_1_15_1.up = 6.473871539936996;
out_0_0.lo = -47.13434383554257;
out_0_0.up = 47.13434383554257;
out_1_0.lo = -28.502817481926698;
out_1_0.up = 28.502817481926698;
out_2_0.lo = -38.46841946892334;
out_2_0.up = 38.46841946892334;
out_3_0.lo = -35.84857487779861;
out_3_0.up = 35.84857487779861;
out_4_0.lo = -35.16354382356196;
out_4_0.up = 35.16354382356196;
out_5_0.lo = -38.56984795877531;
out_5_0.up = 38.56984795877531;
out_6_0.lo = -29.438409632963698;
out_6_0.up = 29.438409632963698;
out_7_0.lo = -54.92619816474092;
out_7_0.up = 54.92619816474092;
out_8_0.lo = -30.576604667554843;
out_8_0.up = 30.576604667554843;
out_9_0.lo = -41.248444338462086;
out_9_0.up = 41.248444338462086;
out_10_0.lo = -38.49578395550441;
out_10_0.up = 38.49578395550441;
out_11_0.lo = -39.27446915040228;
out_11_0.up = 39.27446915040228;
out_12_0.lo = -35.02871095423218;
out_12_0.up = 35.02871095423218;
out_13_0.lo = -52.597373812561194;
out_13_0.up = 52.597373812561194;
out_14_0.lo = -23.493121693486245;
out_14_0.up = 23.493121693486245;
out_15_0.lo = -41.84322923962198;
out_15_0.up = 41.84322923962198;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using QCP minimizing objvar;
