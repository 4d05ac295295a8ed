* teacher-N8-n2-m2-p1-s2-p1-plain-complementarity  (relu-opt library: teacher-N8-n2-m2-p1-s2, problem 1, plain-complementarity; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1,
  pre_1_7_0, pre_1_7_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, relu_1_0_0_above_pre, relu_1_0_0_complementary, relu_1_0_1_above_pre, relu_1_0_1_complementary, relu_1_1_0_above_pre, relu_1_1_0_complementary, relu_1_1_1_above_pre,
  relu_1_1_1_complementary, relu_1_2_0_above_pre, relu_1_2_0_complementary, relu_1_2_1_above_pre, relu_1_2_1_complementary, relu_1_3_0_above_pre, relu_1_3_0_complementary, relu_1_3_1_above_pre,
  relu_1_3_1_complementary, relu_1_4_0_above_pre, relu_1_4_0_complementary, relu_1_4_1_above_pre, relu_1_4_1_complementary, relu_1_5_0_above_pre, relu_1_5_0_complementary, relu_1_5_1_above_pre,
  relu_1_5_1_complementary, relu_1_6_0_above_pre, relu_1_6_0_complementary, relu_1_6_1_above_pre, relu_1_6_1_complementary, relu_1_7_0_above_pre, relu_1_7_0_complementary, relu_1_7_1_above_pre,
  relu_1_7_1_complementary;

e_obj.. - objvar + 1.7281436087378315*out_0_0 + 1.4495064420549233*out_1_0 + 2.7702350353169383*out_2_0 + 1.2460048218067439*out_3_0 + 2.879777114055629*out_4_0 + 2.0704155707213916*out_5_0 + 0.8743793968810339*out_6_0
    + 2.7472719349746058*out_7_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 8.801514675339137 =e= 0;
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
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
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

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using QCP minimizing objvar;
