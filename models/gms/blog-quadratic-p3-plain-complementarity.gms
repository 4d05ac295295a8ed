* blog-quadratic-p3-plain-complementarity  (relu-opt library: blog-quadratic, problem 3, plain-complementarity; {"hidden": [1], "hidden_bias": false, "output_bias": false, "bound": 10.0, "loss": "linf"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_2_0_0, pre_1_0_0, pre_1_1_0, pre_1_2_0, post_1_0_0, post_1_1_0,
  post_1_2_0, out_0_0, out_1_0, out_2_0, max_residual;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_1_0, pre_definition_1_2_0, out_definition_0_0, out_definition_1_0, out_definition_2_0, residual_upper_0_0,
  residual_upper_1_0, residual_upper_2_0, residual_lower_0_0, residual_lower_1_0, residual_lower_2_0, relu_1_0_0_above_pre, relu_1_0_0_complementary, relu_1_1_0_above_pre,
  relu_1_1_0_complementary, relu_1_2_0_above_pre, relu_1_2_0_complementary;

e_obj.. - objvar + 1*max_residual =e= 0;
pre_definition_1_0_0.. - 1*w_1_0_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_1_0.. - 2*w_1_0_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_2_0.. - 3*w_1_0_0 + 1*pre_1_2_0 =e= 0;
out_definition_0_0.. + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 =e= 0;
out_definition_1_0.. + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 =e= 0;
out_definition_2_0.. + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 =e= 0;
residual_upper_0_0.. + 1*out_0_0 - 1*max_residual =l= 1;
residual_upper_1_0.. + 1*out_1_0 - 1*max_residual =l= 4;
residual_upper_2_0.. + 1*out_2_0 - 1*max_residual =l= 9;
residual_lower_0_0.. - 1*out_0_0 - 1*max_residual =l= -1;
residual_lower_1_0.. - 1*out_1_0 - 1*max_residual =l= -4;
residual_lower_2_0.. - 1*out_2_0 - 1*max_residual =l= -9;
relu_1_0_0_above_pre.. - 1*pre_1_0_0 + 1*post_1_0_0 =g= 0;
relu_1_0_0_complementary.. - 1*pre_1_0_0*post_1_0_0 + 1*sqr(post_1_0_0) =e= 0;
relu_1_1_0_above_pre.. - 1*pre_1_1_0 + 1*post_1_1_0 =g= 0;
relu_1_1_0_complementary.. - 1*pre_1_1_0*post_1_1_0 + 1*sqr(post_1_1_0) =e= 0;
relu_1_2_0_above_pre.. - 1*pre_1_2_0 + 1*post_1_2_0 =g= 0;
relu_1_2_0_complementary.. - 1*pre_1_2_0*post_1_2_0 + 1*sqr(post_1_2_0) =e= 0;

w_1_0_0.lo = -10;
w_1_0_0.up = 10;
w_2_0_0.lo = -10;
w_2_0_0.up = 10;
pre_1_0_0.lo = -10;
pre_1_0_0.up = 10;
pre_1_1_0.lo = -20;
pre_1_1_0.up = 20;
pre_1_2_0.lo = -30;
pre_1_2_0.up = 30;
post_1_0_0.lo = 0;
post_1_0_0.up = 10;
post_1_1_0.lo = 0;
post_1_1_0.up = 20;
post_1_2_0.lo = 0;
post_1_2_0.up = 30;
out_0_0.lo = -100;
out_0_0.up = 100;
out_1_0.lo = -200;
out_1_0.up = 200;
out_2_0.lo = -300;
out_2_0.up = 300;
max_residual.lo = 0;
max_residual.up = 309;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using QCP minimizing objvar;
