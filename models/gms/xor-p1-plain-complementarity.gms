* xor-p1-plain-complementarity  (relu-opt library: xor, problem 1, plain-complementarity; {"hidden": [2], "bound": 2.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, out_0_0, out_1_0, out_2_0, out_3_0;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, relu_1_0_0_above_pre, relu_1_0_0_complementary, relu_1_0_1_above_pre,
  relu_1_0_1_complementary, relu_1_1_0_above_pre, relu_1_1_0_complementary, relu_1_1_1_above_pre, relu_1_1_1_complementary, relu_1_2_0_above_pre, relu_1_2_0_complementary, relu_1_2_1_above_pre,
  relu_1_2_1_complementary, relu_1_3_0_above_pre, relu_1_3_0_complementary, relu_1_3_1_above_pre, relu_1_3_1_complementary;

e_obj.. - objvar - 2*out_1_0 - 2*out_2_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 2 =e= 0;
pre_definition_1_0_0.. - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 1*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 1*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. - 1*w_1_0_0 - 1*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 1*w_1_1_0 - 1*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
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

w_1_0_0.lo = -2;
w_1_0_0.up = 2;
w_1_0_1.lo = -2;
w_1_0_1.up = 2;
w_1_1_0.lo = -2;
w_1_1_0.up = 2;
w_1_1_1.lo = -2;
w_1_1_1.up = 2;
w_2_0_0.lo = -2;
w_2_0_0.up = 2;
w_2_0_1.lo = -2;
w_2_0_1.up = 2;
b_1_0.lo = -2;
b_1_0.up = 2;
b_1_1.lo = -2;
b_1_1.up = 2;
b_2_0.lo = -2;
b_2_0.up = 2;
pre_1_0_0.lo = -2;
pre_1_0_0.up = 2;
pre_1_0_1.lo = -2;
pre_1_0_1.up = 2;
pre_1_1_0.lo = -4;
pre_1_1_0.up = 4;
pre_1_1_1.lo = -4;
pre_1_1_1.up = 4;
pre_1_2_0.lo = -4;
pre_1_2_0.up = 4;
pre_1_2_1.lo = -4;
pre_1_2_1.up = 4;
pre_1_3_0.lo = -6;
pre_1_3_0.up = 6;
pre_1_3_1.lo = -6;
pre_1_3_1.up = 6;
post_1_0_0.lo = 0;
post_1_0_0.up = 2;
post_1_0_1.lo = 0;
post_1_0_1.up = 2;
post_1_1_0.lo = 0;
post_1_1_0.up = 4;
post_1_1_1.lo = 0;
post_1_1_1.up = 4;
post_1_2_0.lo = 0;
post_1_2_0.up = 4;
post_1_2_1.lo = 0;
post_1_2_1.up = 4;
post_1_3_0.lo = 0;
post_1_3_0.up = 6;
post_1_3_1.lo = 0;
post_1_3_1.up = 6;
out_0_0.lo = -10;
out_0_0.up = 10;
out_1_0.lo = -18;
out_1_0.up = 18;
out_2_0.lo = -18;
out_2_0.up = 18;
out_3_0.lo = -26;
out_3_0.up = 26;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using QCP minimizing objvar;
