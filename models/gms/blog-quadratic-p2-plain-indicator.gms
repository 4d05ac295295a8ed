* blog-quadratic-p2-plain-indicator  (relu-opt library: blog-quadratic, problem 2, plain-indicator; {"hidden": [1], "hidden_bias": false, "output_bias": false, "bound": 10.0, "loss": "l1"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_2_0_0, pre_1_0_0, pre_1_1_0, pre_1_2_0, post_1_0_0, post_1_1_0,
  post_1_2_0, out_0_0, out_1_0, out_2_0, abs_residual_0_0, abs_residual_1_0, abs_residual_2_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_1_0, pre_definition_1_2_0, out_definition_0_0, out_definition_1_0, out_definition_2_0, residual_upper_0_0,
  residual_upper_1_0, residual_upper_2_0, residual_lower_0_0, residual_lower_1_0, residual_lower_2_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e15_,
  e16_, e17_, e18_, e19_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e22_, e23_,
  e24_, e25_, e26_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e29_, e30_, e31_,
  e32_, e33_;

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
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e15_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 10*relu_1_0_0_on_binary_indicator_var =g= -10;
e16_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 20*relu_1_0_0_on_binary_indicator_var =l= 20;
e17_.. + 1*post_1_0_0 =g= 0;
e18_.. + 1*post_1_0_0 + 10*relu_1_0_0_off_binary_indicator_var =l= 10;
e19_.. + 1*pre_1_0_0 + 10*relu_1_0_0_off_binary_indicator_var =l= 10;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e22_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 20*relu_1_1_0_on_binary_indicator_var =g= -20;
e23_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 40*relu_1_1_0_on_binary_indicator_var =l= 40;
e24_.. + 1*post_1_1_0 =g= 0;
e25_.. + 1*post_1_1_0 + 20*relu_1_1_0_off_binary_indicator_var =l= 20;
e26_.. + 1*pre_1_1_0 + 20*relu_1_1_0_off_binary_indicator_var =l= 20;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e29_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 30*relu_1_2_0_on_binary_indicator_var =g= -30;
e30_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 60*relu_1_2_0_on_binary_indicator_var =l= 60;
e31_.. + 1*post_1_2_0 =g= 0;
e32_.. + 1*post_1_2_0 + 30*relu_1_2_0_off_binary_indicator_var =l= 30;
e33_.. + 1*pre_1_2_0 + 30*relu_1_2_0_off_binary_indicator_var =l= 30;

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
