* step-N8-p4-plain-indicator  (relu-opt library: step-N8, problem 4, plain-indicator; {"hidden": [1], "bound": 4.0, "loss": "linf"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_2_0_0, b_1_0, b_2_0, pre_1_0_0, pre_1_1_0, pre_1_2_0,
  pre_1_3_0, pre_1_4_0, pre_1_5_0, pre_1_6_0, pre_1_7_0, post_1_0_0, post_1_1_0, post_1_2_0,
  post_1_3_0, post_1_4_0, post_1_5_0, post_1_6_0, post_1_7_0, out_0_0, out_1_0, out_2_0,
  out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, max_residual;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_1_0, pre_definition_1_2_0, pre_definition_1_3_0, pre_definition_1_4_0, pre_definition_1_5_0, pre_definition_1_6_0,
  pre_definition_1_7_0, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, residual_upper_0_0, residual_upper_1_0, residual_upper_2_0, residual_upper_3_0, residual_upper_4_0, residual_upper_5_0, residual_upper_6_0,
  residual_upper_7_0, residual_lower_0_0, residual_lower_1_0, residual_lower_2_0, residual_lower_3_0, residual_lower_4_0, residual_lower_5_0, residual_lower_6_0,
  residual_lower_7_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e35_, e36_, e37_, e38_, e39_,
  relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e42_, e43_, e44_, e45_, e46_, relu_1_2_0_above_pre,
  relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e49_, e50_, e51_, e52_, e53_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor,
  e56_, e57_, e58_, e59_, e60_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e63_,
  e64_, e65_, e66_, e67_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e70_, e71_,
  e72_, e73_, e74_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e77_, e78_, e79_,
  e80_, e81_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e84_, e85_, e86_, e87_,
  e88_;

e_obj.. - objvar + 1*max_residual =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_1_0.. + 0.7142857142857143*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_2_0.. + 0.4285714285714286*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_3_0.. + 0.1428571428571429*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_4_0.. - 0.1428571428571428*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_5_0.. - 0.4285714285714284*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_6_0.. - 0.7142857142857142*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_7_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 =e= 0;
residual_upper_0_0.. + 1*out_0_0 - 1*max_residual =l= 0;
residual_upper_1_0.. + 1*out_1_0 - 1*max_residual =l= 0;
residual_upper_2_0.. + 1*out_2_0 - 1*max_residual =l= 0;
residual_upper_3_0.. + 1*out_3_0 - 1*max_residual =l= 0;
residual_upper_4_0.. + 1*out_4_0 - 1*max_residual =l= 1;
residual_upper_5_0.. + 1*out_5_0 - 1*max_residual =l= 1;
residual_upper_6_0.. + 1*out_6_0 - 1*max_residual =l= 1;
residual_upper_7_0.. + 1*out_7_0 - 1*max_residual =l= 1;
residual_lower_0_0.. - 1*out_0_0 - 1*max_residual =l= 0;
residual_lower_1_0.. - 1*out_1_0 - 1*max_residual =l= 0;
residual_lower_2_0.. - 1*out_2_0 - 1*max_residual =l= 0;
residual_lower_3_0.. - 1*out_3_0 - 1*max_residual =l= 0;
residual_lower_4_0.. - 1*out_4_0 - 1*max_residual =l= -1;
residual_lower_5_0.. - 1*out_5_0 - 1*max_residual =l= -1;
residual_lower_6_0.. - 1*out_6_0 - 1*max_residual =l= -1;
residual_lower_7_0.. - 1*out_7_0 - 1*max_residual =l= -1;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e35_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 8*relu_1_0_0_on_binary_indicator_var =g= -8;
e36_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 16*relu_1_0_0_on_binary_indicator_var =l= 16;
e37_.. + 1*post_1_0_0 =g= 0;
e38_.. + 1*post_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
e39_.. + 1*pre_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e42_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 6.857142857142858*relu_1_1_0_on_binary_indicator_var =g= -6.857142857142858;
e43_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 13.714285714285715*relu_1_1_0_on_binary_indicator_var =l= 13.714285714285715;
e44_.. + 1*post_1_1_0 =g= 0;
e45_.. + 1*post_1_1_0 + 6.857142857142858*relu_1_1_0_off_binary_indicator_var =l= 6.857142857142858;
e46_.. + 1*pre_1_1_0 + 6.857142857142858*relu_1_1_0_off_binary_indicator_var =l= 6.857142857142858;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e49_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 5.714285714285714*relu_1_2_0_on_binary_indicator_var =g= -5.714285714285714;
e50_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 11.428571428571429*relu_1_2_0_on_binary_indicator_var =l= 11.428571428571429;
e51_.. + 1*post_1_2_0 =g= 0;
e52_.. + 1*post_1_2_0 + 5.714285714285714*relu_1_2_0_off_binary_indicator_var =l= 5.714285714285714;
e53_.. + 1*pre_1_2_0 + 5.714285714285714*relu_1_2_0_off_binary_indicator_var =l= 5.714285714285714;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e56_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 4.571428571428571*relu_1_3_0_on_binary_indicator_var =g= -4.571428571428571;
e57_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 9.142857142857142*relu_1_3_0_on_binary_indicator_var =l= 9.142857142857142;
e58_.. + 1*post_1_3_0 =g= 0;
e59_.. + 1*post_1_3_0 + 4.571428571428571*relu_1_3_0_off_binary_indicator_var =l= 4.571428571428571;
e60_.. + 1*pre_1_3_0 + 4.571428571428571*relu_1_3_0_off_binary_indicator_var =l= 4.571428571428571;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e63_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4.571428571428571*relu_1_4_0_on_binary_indicator_var =g= -4.571428571428571;
e64_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 9.142857142857142*relu_1_4_0_on_binary_indicator_var =l= 9.142857142857142;
e65_.. + 1*post_1_4_0 =g= 0;
e66_.. + 1*post_1_4_0 + 4.571428571428571*relu_1_4_0_off_binary_indicator_var =l= 4.571428571428571;
e67_.. + 1*pre_1_4_0 + 4.571428571428571*relu_1_4_0_off_binary_indicator_var =l= 4.571428571428571;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e70_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5.7142857142857135*relu_1_5_0_on_binary_indicator_var =g= -5.7142857142857135;
e71_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 11.428571428571427*relu_1_5_0_on_binary_indicator_var =l= 11.428571428571427;
e72_.. + 1*post_1_5_0 =g= 0;
e73_.. + 1*post_1_5_0 + 5.7142857142857135*relu_1_5_0_off_binary_indicator_var =l= 5.7142857142857135;
e74_.. + 1*pre_1_5_0 + 5.7142857142857135*relu_1_5_0_off_binary_indicator_var =l= 5.7142857142857135;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e77_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.857142857142857*relu_1_6_0_on_binary_indicator_var =g= -6.857142857142857;
e78_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 13.714285714285714*relu_1_6_0_on_binary_indicator_var =l= 13.714285714285714;
e79_.. + 1*post_1_6_0 =g= 0;
e80_.. + 1*post_1_6_0 + 6.857142857142857*relu_1_6_0_off_binary_indicator_var =l= 6.857142857142857;
e81_.. + 1*pre_1_6_0 + 6.857142857142857*relu_1_6_0_off_binary_indicator_var =l= 6.857142857142857;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e84_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 8*relu_1_7_0_on_binary_indicator_var =g= -8;
e85_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 16*relu_1_7_0_on_binary_indicator_var =l= 16;
e86_.. + 1*post_1_7_0 =g= 0;
e87_.. + 1*post_1_7_0 + 8*relu_1_7_0_off_binary_indicator_var =l= 8;
e88_.. + 1*pre_1_7_0 + 8*relu_1_7_0_off_binary_indicator_var =l= 8;

w_1_0_0.lo = -4;
w_1_0_0.up = 4;
w_2_0_0.lo = -4;
w_2_0_0.up = 4;
b_1_0.lo = -4;
b_1_0.up = 4;
b_2_0.lo = -4;
b_2_0.up = 4;
pre_1_0_0.lo = -8;
pre_1_0_0.up = 8;
pre_1_1_0.lo = -6.857142857142858;
pre_1_1_0.up = 6.857142857142858;
pre_1_2_0.lo = -5.714285714285714;
pre_1_2_0.up = 5.714285714285714;
pre_1_3_0.lo = -4.571428571428571;
pre_1_3_0.up = 4.571428571428571;
pre_1_4_0.lo = -4.571428571428571;
pre_1_4_0.up = 4.571428571428571;
pre_1_5_0.lo = -5.7142857142857135;
pre_1_5_0.up = 5.7142857142857135;
pre_1_6_0.lo = -6.857142857142857;
pre_1_6_0.up = 6.857142857142857;
pre_1_7_0.lo = -8;
pre_1_7_0.up = 8;
post_1_0_0.lo = 0;
post_1_0_0.up = 8;
post_1_1_0.lo = 0;
post_1_1_0.up = 6.857142857142858;
post_1_2_0.lo = 0;
post_1_2_0.up = 5.714285714285714;
post_1_3_0.lo = 0;
post_1_3_0.up = 4.571428571428571;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.571428571428571;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.7142857142857135;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.857142857142857;
post_1_7_0.lo = 0;
post_1_7_0.up = 8;
out_0_0.lo = -36;
out_0_0.up = 36;
out_1_0.lo = -31.42857142857143;
out_1_0.up = 31.42857142857143;
out_2_0.lo = -26.857142857142858;
out_2_0.up = 26.857142857142858;
out_3_0.lo = -22.285714285714285;
out_3_0.up = 22.285714285714285;
out_4_0.lo = -22.285714285714285;
out_4_0.up = 22.285714285714285;
out_5_0.lo = -26.857142857142854;
out_5_0.up = 26.857142857142854;
out_6_0.lo = -31.428571428571427;
out_6_0.up = 31.428571428571427;
out_7_0.lo = -36;
out_7_0.up = 36;
max_residual.lo = 0;
max_residual.up = 37;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
