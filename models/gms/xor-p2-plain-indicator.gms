* xor-p2-plain-indicator  (relu-opt library: xor, problem 2, plain-indicator; {"hidden": [1], "bound": 2.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_2_0_0, b_1_0, b_2_0, pre_1_0_0, pre_1_1_0,
  pre_1_2_0, pre_1_3_0, post_1_0_0, post_1_1_0, post_1_2_0, post_1_3_0, out_0_0, out_1_0,
  out_2_0, out_3_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_1_0, pre_definition_1_2_0, pre_definition_1_3_0, out_definition_0_0, out_definition_1_0, out_definition_2_0,
  out_definition_3_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e11_, e12_, e13_, e14_, e15_,
  relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e18_, e19_, e20_, e21_, e22_, relu_1_2_0_above_pre,
  relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e25_, e26_, e27_, e28_, e29_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor,
  e32_, e33_, e34_, e35_, e36_;

e_obj.. - objvar - 2*out_1_0 - 2*out_2_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 2 =e= 0;
pre_definition_1_0_0.. - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_1_0.. - 1*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_2_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_3_0.. - 1*w_1_0_0 - 1*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e11_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 2*relu_1_0_0_on_binary_indicator_var =g= -2;
e12_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 4*relu_1_0_0_on_binary_indicator_var =l= 4;
e13_.. + 1*post_1_0_0 =g= 0;
e14_.. + 1*post_1_0_0 + 2*relu_1_0_0_off_binary_indicator_var =l= 2;
e15_.. + 1*pre_1_0_0 + 2*relu_1_0_0_off_binary_indicator_var =l= 2;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e18_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 4*relu_1_1_0_on_binary_indicator_var =g= -4;
e19_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 8*relu_1_1_0_on_binary_indicator_var =l= 8;
e20_.. + 1*post_1_1_0 =g= 0;
e21_.. + 1*post_1_1_0 + 4*relu_1_1_0_off_binary_indicator_var =l= 4;
e22_.. + 1*pre_1_1_0 + 4*relu_1_1_0_off_binary_indicator_var =l= 4;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e25_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 4*relu_1_2_0_on_binary_indicator_var =g= -4;
e26_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 8*relu_1_2_0_on_binary_indicator_var =l= 8;
e27_.. + 1*post_1_2_0 =g= 0;
e28_.. + 1*post_1_2_0 + 4*relu_1_2_0_off_binary_indicator_var =l= 4;
e29_.. + 1*pre_1_2_0 + 4*relu_1_2_0_off_binary_indicator_var =l= 4;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e32_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6*relu_1_3_0_on_binary_indicator_var =g= -6;
e33_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 12*relu_1_3_0_on_binary_indicator_var =l= 12;
e34_.. + 1*post_1_3_0 =g= 0;
e35_.. + 1*post_1_3_0 + 6*relu_1_3_0_off_binary_indicator_var =l= 6;
e36_.. + 1*pre_1_3_0 + 6*relu_1_3_0_off_binary_indicator_var =l= 6;

w_1_0_0.lo = -2;
w_1_0_0.up = 2;
w_1_0_1.lo = -2;
w_1_0_1.up = 2;
w_2_0_0.lo = -2;
w_2_0_0.up = 2;
b_1_0.lo = -2;
b_1_0.up = 2;
b_2_0.lo = -2;
b_2_0.up = 2;
pre_1_0_0.lo = -2;
pre_1_0_0.up = 2;
pre_1_1_0.lo = -4;
pre_1_1_0.up = 4;
pre_1_2_0.lo = -4;
pre_1_2_0.up = 4;
pre_1_3_0.lo = -6;
pre_1_3_0.up = 6;
post_1_0_0.lo = 0;
post_1_0_0.up = 2;
post_1_1_0.lo = 0;
post_1_1_0.up = 4;
post_1_2_0.lo = 0;
post_1_2_0.up = 4;
post_1_3_0.lo = 0;
post_1_3_0.up = 6;
out_0_0.lo = -6;
out_0_0.up = 6;
out_1_0.lo = -10;
out_1_0.up = 10;
out_2_0.lo = -10;
out_2_0.up = 10;
out_3_0.lo = -14;
out_3_0.up = 14;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
