* blog-quadratic-p2-plain-bigm  (relu-opt library: blog-quadratic, problem 2, plain-bigm; {"hidden": [1], "hidden_bias": false, "output_bias": false, "bound": 10.0, "loss": "l1"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_2_0_0, pre_1_0_0, pre_1_1_0, pre_1_2_0, post_1_0_0, post_1_1_0,
  post_1_2_0, out_0_0, out_1_0, out_2_0, abs_residual_0_0, abs_residual_1_0, abs_residual_2_0;

Binary Variables
  relu_1_0_0_on, relu_1_1_0_on, relu_1_2_0_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_1_0, pre_definition_1_2_0, out_definition_0_0, out_definition_1_0, out_definition_2_0, residual_upper_0_0,
  residual_upper_1_0, residual_upper_2_0, residual_lower_0_0, residual_lower_1_0, residual_lower_2_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active,
  relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active;

e_obj.. - objvar + 1*abs_residual_0_0 + 1*abs_residual_1_0 + 1*abs_residual_2_0 =e= 0;
pre_definition_1_0_0.. - 1*w_1_0_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_1_0.. - 2*w_1_0_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_2_0.. - 3*w_1_0_0 + 1*pre_1_2_0 =e= 0;
out_definition_0_0.. + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 =e= 0;
out_definition_1_0.. + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 =e= 0;
out_definition_2_0.. + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 =e= 0;
residual_upper_0_0.. + 1*out_0_0 - 1*abs_residual_0_0 =l= 1;
residual_upper_1_0.. + 1*out_1_0 - 1*abs_residual_1_0 =l= 4;
residual_upper_2_0.. + 1*out_2_0 - 1*abs_residual_2_0 =l= 9;
residual_lower_0_0.. - 1*out_0_0 - 1*abs_residual_0_0 =l= -1;
residual_lower_1_0.. - 1*out_1_0 - 1*abs_residual_1_0 =l= -4;
residual_lower_2_0.. - 1*out_2_0 - 1*abs_residual_2_0 =l= -9;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 10*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 10*relu_1_0_0_on =l= 10;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 20*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 20*relu_1_1_0_on =l= 20;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 30*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 30*relu_1_2_0_on =l= 30;

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
abs_residual_0_0.lo = 0;
abs_residual_0_0.up = 101;
abs_residual_1_0.lo = 0;
abs_residual_1_0.up = 204;
abs_residual_2_0.lo = 0;
abs_residual_2_0.up = 309;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
