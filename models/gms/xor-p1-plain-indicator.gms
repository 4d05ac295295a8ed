* xor-p1-plain-indicator  (relu-opt library: xor, problem 1, plain-indicator; {"hidden": [2], "bound": 2.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, out_0_0, out_1_0, out_2_0, out_3_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e15_,
  e16_, e17_, e18_, e19_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e22_, e23_,
  e24_, e25_, e26_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e29_, e30_, e31_,
  e32_, e33_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e36_, e37_, e38_, e39_,
  e40_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e43_, e44_, e45_, e46_, e47_,
  relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e50_, e51_, e52_, e53_, e54_, relu_1_3_0_above_pre,
  relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e57_, e58_, e59_, e60_, e61_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor,
  e64_, e65_, e66_, e67_, e68_;

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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e15_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 2*relu_1_0_0_on_binary_indicator_var =g= -2;
e16_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 4*relu_1_0_0_on_binary_indicator_var =l= 4;
e17_.. + 1*post_1_0_0 =g= 0;
e18_.. + 1*post_1_0_0 + 2*relu_1_0_0_off_binary_indicator_var =l= 2;
e19_.. + 1*pre_1_0_0 + 2*relu_1_0_0_off_binary_indicator_var =l= 2;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e22_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 2*relu_1_0_1_on_binary_indicator_var =g= -2;
e23_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 4*relu_1_0_1_on_binary_indicator_var =l= 4;
e24_.. + 1*post_1_0_1 =g= 0;
e25_.. + 1*post_1_0_1 + 2*relu_1_0_1_off_binary_indicator_var =l= 2;
e26_.. + 1*pre_1_0_1 + 2*relu_1_0_1_off_binary_indicator_var =l= 2;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e29_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 4*relu_1_1_0_on_binary_indicator_var =g= -4;
e30_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 8*relu_1_1_0_on_binary_indicator_var =l= 8;
e31_.. + 1*post_1_1_0 =g= 0;
e32_.. + 1*post_1_1_0 + 4*relu_1_1_0_off_binary_indicator_var =l= 4;
e33_.. + 1*pre_1_1_0 + 4*relu_1_1_0_off_binary_indicator_var =l= 4;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e36_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 4*relu_1_1_1_on_binary_indicator_var =g= -4;
e37_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 8*relu_1_1_1_on_binary_indicator_var =l= 8;
e38_.. + 1*post_1_1_1 =g= 0;
e39_.. + 1*post_1_1_1 + 4*relu_1_1_1_off_binary_indicator_var =l= 4;
e40_.. + 1*pre_1_1_1 + 4*relu_1_1_1_off_binary_indicator_var =l= 4;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e43_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 4*relu_1_2_0_on_binary_indicator_var =g= -4;
e44_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 8*relu_1_2_0_on_binary_indicator_var =l= 8;
e45_.. + 1*post_1_2_0 =g= 0;
e46_.. + 1*post_1_2_0 + 4*relu_1_2_0_off_binary_indicator_var =l= 4;
e47_.. + 1*pre_1_2_0 + 4*relu_1_2_0_off_binary_indicator_var =l= 4;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e50_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 4*relu_1_2_1_on_binary_indicator_var =g= -4;
e51_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 8*relu_1_2_1_on_binary_indicator_var =l= 8;
e52_.. + 1*post_1_2_1 =g= 0;
e53_.. + 1*post_1_2_1 + 4*relu_1_2_1_off_binary_indicator_var =l= 4;
e54_.. + 1*pre_1_2_1 + 4*relu_1_2_1_off_binary_indicator_var =l= 4;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e57_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6*relu_1_3_0_on_binary_indicator_var =g= -6;
e58_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 12*relu_1_3_0_on_binary_indicator_var =l= 12;
e59_.. + 1*post_1_3_0 =g= 0;
e60_.. + 1*post_1_3_0 + 6*relu_1_3_0_off_binary_indicator_var =l= 6;
e61_.. + 1*pre_1_3_0 + 6*relu_1_3_0_off_binary_indicator_var =l= 6;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e64_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 6*relu_1_3_1_on_binary_indicator_var =g= -6;
e65_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 12*relu_1_3_1_on_binary_indicator_var =l= 12;
e66_.. + 1*post_1_3_1 =g= 0;
e67_.. + 1*post_1_3_1 + 6*relu_1_3_1_off_binary_indicator_var =l= 6;
e68_.. + 1*pre_1_3_1 + 6*relu_1_3_1_off_binary_indicator_var =l= 6;

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
Solve m using MIQCP minimizing objvar;
