* sine-N9-p2-plain-complementarity  (relu-opt library: sine-N9, problem 2, plain-complementarity; {"hidden": [2], "bound": 4.0, "loss": "l1"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_2_0_0, w_2_0_1, b_1_0, b_1_1, b_2_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1,
  pre_1_8_0, pre_1_8_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, out_0_0, out_1_0, out_2_0, out_3_0,
  out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, abs_residual_0_0, abs_residual_1_0, abs_residual_2_0,
  abs_residual_3_0, abs_residual_4_0, abs_residual_5_0, abs_residual_6_0, abs_residual_7_0, abs_residual_8_0;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0,
  out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, residual_upper_0_0, residual_upper_1_0, residual_upper_2_0, residual_upper_3_0,
  residual_upper_4_0, residual_upper_5_0, residual_upper_6_0, residual_upper_7_0, residual_upper_8_0, residual_lower_0_0, residual_lower_1_0, residual_lower_2_0,
  residual_lower_3_0, residual_lower_4_0, residual_lower_5_0, residual_lower_6_0, residual_lower_7_0, residual_lower_8_0, relu_1_0_0_above_pre, relu_1_0_0_complementary,
  relu_1_0_1_above_pre, relu_1_0_1_complementary, relu_1_1_0_above_pre, relu_1_1_0_complementary, relu_1_1_1_above_pre, relu_1_1_1_complementary, relu_1_2_0_above_pre, relu_1_2_0_complementary,
  relu_1_2_1_above_pre, relu_1_2_1_complementary, relu_1_3_0_above_pre, relu_1_3_0_complementary, relu_1_3_1_above_pre, relu_1_3_1_complementary, relu_1_4_0_above_pre, relu_1_4_0_complementary,
  relu_1_4_1_above_pre, relu_1_4_1_complementary, relu_1_5_0_above_pre, relu_1_5_0_complementary, relu_1_5_1_above_pre, relu_1_5_1_complementary, relu_1_6_0_above_pre, relu_1_6_0_complementary,
  relu_1_6_1_above_pre, relu_1_6_1_complementary, relu_1_7_0_above_pre, relu_1_7_0_complementary, relu_1_7_1_above_pre, relu_1_7_1_complementary, relu_1_8_0_above_pre, relu_1_8_0_complementary,
  relu_1_8_1_above_pre, relu_1_8_1_complementary;

e_obj.. - objvar + 1*abs_residual_0_0 + 1*abs_residual_1_0 + 1*abs_residual_2_0 + 1*abs_residual_3_0 + 1*abs_residual_4_0 + 1*abs_residual_5_0 + 1*abs_residual_6_0
    + 1*abs_residual_7_0 + 1*abs_residual_8_0 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. - 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 =e= 0;
residual_upper_0_0.. + 1*out_0_0 - 1*abs_residual_0_0 =l= -1.2246467991473532e-16;
residual_upper_1_0.. + 1*out_1_0 - 1*abs_residual_1_0 =l= -0.7071067811865476;
residual_upper_2_0.. + 1*out_2_0 - 1*abs_residual_2_0 =l= -1;
residual_upper_3_0.. + 1*out_3_0 - 1*abs_residual_3_0 =l= -0.7071067811865475;
residual_upper_4_0.. + 1*out_4_0 - 1*abs_residual_4_0 =l= 0;
residual_upper_5_0.. + 1*out_5_0 - 1*abs_residual_5_0 =l= 0.7071067811865475;
residual_upper_6_0.. + 1*out_6_0 - 1*abs_residual_6_0 =l= 1;
residual_upper_7_0.. + 1*out_7_0 - 1*abs_residual_7_0 =l= 0.7071067811865476;
residual_upper_8_0.. + 1*out_8_0 - 1*abs_residual_8_0 =l= 1.2246467991473532e-16;
residual_lower_0_0.. - 1*out_0_0 - 1*abs_residual_0_0 =l= 1.2246467991473532e-16;
residual_lower_1_0.. - 1*out_1_0 - 1*abs_residual_1_0 =l= 0.7071067811865476;
residual_lower_2_0.. - 1*out_2_0 - 1*abs_residual_2_0 =l= 1;
residual_lower_3_0.. - 1*out_3_0 - 1*abs_residual_3_0 =l= 0.7071067811865475;
residual_lower_4_0.. - 1*out_4_0 - 1*abs_residual_4_0 =l= 0;
residual_lower_5_0.. - 1*out_5_0 - 1*abs_residual_5_0 =l= -0.7071067811865475;
residual_lower_6_0.. - 1*out_6_0 - 1*abs_residual_6_0 =l= -1;
residual_lower_7_0.. - 1*out_7_0 - 1*abs_residual_7_0 =l= -0.7071067811865476;
residual_lower_8_0.. - 1*out_8_0 - 1*abs_residual_8_0 =l= -1.2246467991473532e-16;
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

w_1_0_0.lo = -4;
w_1_0_0.up = 4;
w_1_1_0.lo = -4;
w_1_1_0.up = 4;
w_2_0_0.lo = -4;
w_2_0_0.up = 4;
w_2_0_1.lo = -4;
w_2_0_1.up = 4;
b_1_0.lo = -4;
b_1_0.up = 4;
b_1_1.lo = -4;
b_1_1.up = 4;
b_2_0.lo = -4;
b_2_0.up = 4;
pre_1_0_0.lo = -8;
pre_1_0_0.up = 8;
pre_1_0_1.lo = -8;
pre_1_0_1.up = 8;
pre_1_1_0.lo = -7;
pre_1_1_0.up = 7;
pre_1_1_1.lo = -7;
pre_1_1_1.up = 7;
pre_1_2_0.lo = -6;
pre_1_2_0.up = 6;
pre_1_2_1.lo = -6;
pre_1_2_1.up = 6;
pre_1_3_0.lo = -5;
pre_1_3_0.up = 5;
pre_1_3_1.lo = -5;
pre_1_3_1.up = 5;
pre_1_4_0.lo = -4;
pre_1_4_0.up = 4;
pre_1_4_1.lo = -4;
pre_1_4_1.up = 4;
pre_1_5_0.lo = -5;
pre_1_5_0.up = 5;
pre_1_5_1.lo = -5;
pre_1_5_1.up = 5;
pre_1_6_0.lo = -6;
pre_1_6_0.up = 6;
pre_1_6_1.lo = -6;
pre_1_6_1.up = 6;
pre_1_7_0.lo = -7;
pre_1_7_0.up = 7;
pre_1_7_1.lo = -7;
pre_1_7_1.up = 7;
pre_1_8_0.lo = -8;
pre_1_8_0.up = 8;
pre_1_8_1.lo = -8;
pre_1_8_1.up = 8;
post_1_0_0.lo = 0;
post_1_0_0.up = 8;
post_1_0_1.lo = 0;
post_1_0_1.up = 8;
post_1_1_0.lo = 0;
post_1_1_0.up = 7;
post_1_1_1.lo = 0;
post_1_1_1.up = 7;
post_1_2_0.lo = 0;
post_1_2_0.up = 6;
post_1_2_1.lo = 0;
post_1_2_1.up = 6;
post_1_3_0.lo = 0;
post_1_3_0.up = 5;
post_1_3_1.lo = 0;
post_1_3_1.up = 5;
post_1_4_0.lo = 0;
post_1_4_0.up = 4;
post_1_4_1.lo = 0;
post_1_4_1.up = 4;
post_1_5_0.lo = 0;
post_1_5_0.up = 5;
post_1_5_1.lo = 0;
post_1_5_1.up = 5;
post_1_6_0.lo = 0;
post_1_6_0.up = 6;
post_1_6_1.lo = 0;
post_1_6_1.up = 6;
post_1_7_0.lo = 0;
post_1_7_0.up = 7;
post_1_7_1.lo = 0;
post_1_7_1.up = 7;
post_1_8_0.lo = 0;
post_1_8_0.up = 8;
post_1_8_1.lo = 0;
post_1_8_1.up = 8;
out_0_0.lo = -68;
out_0_0.up = 68;
out_1_0.lo = -60;
out_1_0.up = 60;
out_2_0.lo = -52;
out_2_0.up = 52;
out_3_0.lo = -44;
out_3_0.up = 44;
out_4_0.lo = -36;
out_4_0.up = 36;
out_5_0.lo = -44;
out_5_0.up = 44;
out_6_0.lo = -52;
out_6_0.up = 52;
out_7_0.lo = -60;
out_7_0.up = 60;
out_8_0.lo = -68;
out_8_0.up = 68;
abs_residual_0_0.lo = 0;
abs_residual_0_0.up = 68;
abs_residual_1_0.lo = 0;
abs_residual_1_0.up = 60.707106781186546;
abs_residual_2_0.lo = 0;
abs_residual_2_0.up = 53;
abs_residual_3_0.lo = 0;
abs_residual_3_0.up = 44.707106781186546;
abs_residual_4_0.lo = 0;
abs_residual_4_0.up = 36;
abs_residual_5_0.lo = 0;
abs_residual_5_0.up = 44.707106781186546;
abs_residual_6_0.lo = 0;
abs_residual_6_0.up = 53;
abs_residual_7_0.lo = 0;
abs_residual_7_0.up = 60.707106781186546;
abs_residual_8_0.lo = 0;
abs_residual_8_0.up = 68;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using QCP minimizing objvar;
