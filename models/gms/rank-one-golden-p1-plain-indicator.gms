* rank-one-golden-p1-plain-indicator  (relu-opt library: rank-one-golden, problem 1, plain-indicator; {"hidden": [1], "output_bias": false, "bound": 10.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_2_0_0, w_2_1_0, b_1_0, pre_1_0_0, pre_1_1_0, post_1_0_0,
  post_1_1_0, out_0_0, out_0_1, out_1_0, out_1_1;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_1_0, out_definition_0_0, out_definition_0_1, out_definition_1_0, out_definition_1_1, relu_1_0_0_above_pre,
  relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e9_, e10_, e11_, e12_, e13_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor,
  e16_, e17_, e18_, e19_, e20_;

e_obj.. - objvar - 2*out_0_0 - 2*out_1_0 - 2*out_1_1 + 1*sqr(out_0_0) + 1*sqr(out_0_1) + 1*sqr(out_1_0) + 1*sqr(out_1_1)
    + 3 =e= 0;
pre_definition_1_0_0.. - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_1_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
out_definition_0_0.. + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 =e= 0;
out_definition_0_1.. + 1*out_0_1 - 1*w_2_1_0*post_1_0_0 =e= 0;
out_definition_1_0.. + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 =e= 0;
out_definition_1_1.. + 1*out_1_1 - 1*w_2_1_0*post_1_1_0 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e9_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 10*relu_1_0_0_on_binary_indicator_var =g= -10;
e10_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 20*relu_1_0_0_on_binary_indicator_var =l= 20;
e11_.. + 1*post_1_0_0 =g= 0;
e12_.. + 1*post_1_0_0 + 10*relu_1_0_0_off_binary_indicator_var =l= 10;
e13_.. + 1*pre_1_0_0 + 10*relu_1_0_0_off_binary_indicator_var =l= 10;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e16_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 20*relu_1_1_0_on_binary_indicator_var =g= -20;
e17_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 40*relu_1_1_0_on_binary_indicator_var =l= 40;
e18_.. + 1*post_1_1_0 =g= 0;
e19_.. + 1*post_1_1_0 + 20*relu_1_1_0_off_binary_indicator_var =l= 20;
e20_.. + 1*pre_1_1_0 + 20*relu_1_1_0_off_binary_indicator_var =l= 20;

w_1_0_0.lo = -10;
w_1_0_0.up = 10;
w_2_0_0.lo = -10;
w_2_0_0.up = 10;
w_2_1_0.lo = -10;
w_2_1_0.up = 10;
b_1_0.lo = -10;
b_1_0.up = 10;
pre_1_0_0.lo = -10;
pre_1_0_0.up = 10;
pre_1_1_0.lo = -20;
pre_1_1_0.up = 20;
post_1_0_0.lo = 0;
post_1_0_0.up = 10;
post_1_1_0.lo = 0;
post_1_1_0.up = 20;
out_0_0.lo = -100;
out_0_0.up = 100;
out_0_1.lo = -100;
out_0_1.up = 100;
out_1_0.lo = -200;
out_1_0.up = 200;
out_1_1.lo = -200;
out_1_1.up = 200;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
