* sine-N9-p3-plain-indicator  (relu-opt library: sine-N9, problem 3, plain-indicator; {"hidden": [2], "bound": 4.0, "loss": "linf"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_2_0_0, w_2_0_1, b_1_0, b_1_1, b_2_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1,
  pre_1_8_0, pre_1_8_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, out_0_0, out_1_0, out_2_0, out_3_0,
  out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, max_residual;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0,
  out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, residual_upper_0_0, residual_upper_1_0, residual_upper_2_0, residual_upper_3_0,
  residual_upper_4_0, residual_upper_5_0, residual_upper_6_0, residual_upper_7_0, residual_upper_8_0, residual_lower_0_0, residual_lower_1_0, residual_lower_2_0,
  residual_lower_3_0, residual_lower_4_0, residual_lower_5_0, residual_lower_6_0, residual_lower_7_0, residual_lower_8_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor,
  e48_, e49_, e50_, e51_, e52_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e55_,
  e56_, e57_, e58_, e59_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e62_, e63_,
  e64_, e65_, e66_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e69_, e70_, e71_,
  e72_, e73_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e76_, e77_, e78_, e79_,
  e80_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e83_, e84_, e85_, e86_, e87_,
  relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e90_, e91_, e92_, e93_, e94_, relu_1_3_1_above_pre,
  relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e97_, e98_, e99_, e100_, e101_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor,
  e104_, e105_, e106_, e107_, e108_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e111_,
  e112_, e113_, e114_, e115_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e118_, e119_,
  e120_, e121_, e122_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e125_, e126_, e127_,
  e128_, e129_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e132_, e133_, e134_, e135_,
  e136_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e139_, e140_, e141_, e142_, e143_,
  relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e146_, e147_, e148_, e149_, e150_, relu_1_7_1_above_pre,
  relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e153_, e154_, e155_, e156_, e157_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor,
  e160_, e161_, e162_, e163_, e164_, relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e167_,
  e168_, e169_, e170_, e171_;

e_obj.. - objvar + 1*max_residual =e= 0;
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
residual_upper_0_0.. + 1*out_0_0 - 1*max_residual =l= -1.2246467991473532e-16;
residual_upper_1_0.. + 1*out_1_0 - 1*max_residual =l= -0.7071067811865476;
residual_upper_2_0.. + 1*out_2_0 - 1*max_residual =l= -1;
residual_upper_3_0.. + 1*out_3_0 - 1*max_residual =l= -0.7071067811865475;
residual_upper_4_0.. + 1*out_4_0 - 1*max_residual =l= 0;
residual_upper_5_0.. + 1*out_5_0 - 1*max_residual =l= 0.7071067811865475;
residual_upper_6_0.. + 1*out_6_0 - 1*max_residual =l= 1;
residual_upper_7_0.. + 1*out_7_0 - 1*max_residual =l= 0.7071067811865476;
residual_upper_8_0.. + 1*out_8_0 - 1*max_residual =l= 1.2246467991473532e-16;
residual_lower_0_0.. - 1*out_0_0 - 1*max_residual =l= 1.2246467991473532e-16;
residual_lower_1_0.. - 1*out_1_0 - 1*max_residual =l= 0.7071067811865476;
residual_lower_2_0.. - 1*out_2_0 - 1*max_residual =l= 1;
residual_lower_3_0.. - 1*out_3_0 - 1*max_residual =l= 0.7071067811865475;
residual_lower_4_0.. - 1*out_4_0 - 1*max_residual =l= 0;
residual_lower_5_0.. - 1*out_5_0 - 1*max_residual =l= -0.7071067811865475;
residual_lower_6_0.. - 1*out_6_0 - 1*max_residual =l= -1;
residual_lower_7_0.. - 1*out_7_0 - 1*max_residual =l= -0.7071067811865476;
residual_lower_8_0.. - 1*out_8_0 - 1*max_residual =l= -1.2246467991473532e-16;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e48_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 8*relu_1_0_0_on_binary_indicator_var =g= -8;
e49_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 16*relu_1_0_0_on_binary_indicator_var =l= 16;
e50_.. + 1*post_1_0_0 =g= 0;
e51_.. + 1*post_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
e52_.. + 1*pre_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e55_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 8*relu_1_0_1_on_binary_indicator_var =g= -8;
e56_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 16*relu_1_0_1_on_binary_indicator_var =l= 16;
e57_.. + 1*post_1_0_1 =g= 0;
e58_.. + 1*post_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
e59_.. + 1*pre_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e62_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 7*relu_1_1_0_on_binary_indicator_var =g= -7;
e63_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 14*relu_1_1_0_on_binary_indicator_var =l= 14;
e64_.. + 1*post_1_1_0 =g= 0;
e65_.. + 1*post_1_1_0 + 7*relu_1_1_0_off_binary_indicator_var =l= 7;
e66_.. + 1*pre_1_1_0 + 7*relu_1_1_0_off_binary_indicator_var =l= 7;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e69_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 7*relu_1_1_1_on_binary_indicator_var =g= -7;
e70_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 14*relu_1_1_1_on_binary_indicator_var =l= 14;
e71_.. + 1*post_1_1_1 =g= 0;
e72_.. + 1*post_1_1_1 + 7*relu_1_1_1_off_binary_indicator_var =l= 7;
e73_.. + 1*pre_1_1_1 + 7*relu_1_1_1_off_binary_indicator_var =l= 7;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e76_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 6*relu_1_2_0_on_binary_indicator_var =g= -6;
e77_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 12*relu_1_2_0_on_binary_indicator_var =l= 12;
e78_.. + 1*post_1_2_0 =g= 0;
e79_.. + 1*post_1_2_0 + 6*relu_1_2_0_off_binary_indicator_var =l= 6;
e80_.. + 1*pre_1_2_0 + 6*relu_1_2_0_off_binary_indicator_var =l= 6;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e83_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 6*relu_1_2_1_on_binary_indicator_var =g= -6;
e84_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 12*relu_1_2_1_on_binary_indicator_var =l= 12;
e85_.. + 1*post_1_2_1 =g= 0;
e86_.. + 1*post_1_2_1 + 6*relu_1_2_1_off_binary_indicator_var =l= 6;
e87_.. + 1*pre_1_2_1 + 6*relu_1_2_1_off_binary_indicator_var =l= 6;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e90_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 5*relu_1_3_0_on_binary_indicator_var =g= -5;
e91_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 10*relu_1_3_0_on_binary_indicator_var =l= 10;
e92_.. + 1*post_1_3_0 =g= 0;
e93_.. + 1*post_1_3_0 + 5*relu_1_3_0_off_binary_indicator_var =l= 5;
e94_.. + 1*pre_1_3_0 + 5*relu_1_3_0_off_binary_indicator_var =l= 5;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e97_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 5*relu_1_3_1_on_binary_indicator_var =g= -5;
e98_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 10*relu_1_3_1_on_binary_indicator_var =l= 10;
e99_.. + 1*post_1_3_1 =g= 0;
e100_.. + 1*post_1_3_1 + 5*relu_1_3_1_off_binary_indicator_var =l= 5;
e101_.. + 1*pre_1_3_1 + 5*relu_1_3_1_off_binary_indicator_var =l= 5;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e104_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4*relu_1_4_0_on_binary_indicator_var =g= -4;
e105_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 8*relu_1_4_0_on_binary_indicator_var =l= 8;
e106_.. + 1*post_1_4_0 =g= 0;
e107_.. + 1*post_1_4_0 + 4*relu_1_4_0_off_binary_indicator_var =l= 4;
e108_.. + 1*pre_1_4_0 + 4*relu_1_4_0_off_binary_indicator_var =l= 4;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e111_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4*relu_1_4_1_on_binary_indicator_var =g= -4;
e112_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 8*relu_1_4_1_on_binary_indicator_var =l= 8;
e113_.. + 1*post_1_4_1 =g= 0;
e114_.. + 1*post_1_4_1 + 4*relu_1_4_1_off_binary_indicator_var =l= 4;
e115_.. + 1*pre_1_4_1 + 4*relu_1_4_1_off_binary_indicator_var =l= 4;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e118_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5*relu_1_5_0_on_binary_indicator_var =g= -5;
e119_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 10*relu_1_5_0_on_binary_indicator_var =l= 10;
e120_.. + 1*post_1_5_0 =g= 0;
e121_.. + 1*post_1_5_0 + 5*relu_1_5_0_off_binary_indicator_var =l= 5;
e122_.. + 1*pre_1_5_0 + 5*relu_1_5_0_off_binary_indicator_var =l= 5;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e125_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5*relu_1_5_1_on_binary_indicator_var =g= -5;
e126_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 10*relu_1_5_1_on_binary_indicator_var =l= 10;
e127_.. + 1*post_1_5_1 =g= 0;
e128_.. + 1*post_1_5_1 + 5*relu_1_5_1_off_binary_indicator_var =l= 5;
e129_.. + 1*pre_1_5_1 + 5*relu_1_5_1_off_binary_indicator_var =l= 5;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e132_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6*relu_1_6_0_on_binary_indicator_var =g= -6;
e133_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 12*relu_1_6_0_on_binary_indicator_var =l= 12;
e134_.. + 1*post_1_6_0 =g= 0;
e135_.. + 1*post_1_6_0 + 6*relu_1_6_0_off_binary_indicator_var =l= 6;
e136_.. + 1*pre_1_6_0 + 6*relu_1_6_0_off_binary_indicator_var =l= 6;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e139_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6*relu_1_6_1_on_binary_indicator_var =g= -6;
e140_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 12*relu_1_6_1_on_binary_indicator_var =l= 12;
e141_.. + 1*post_1_6_1 =g= 0;
e142_.. + 1*post_1_6_1 + 6*relu_1_6_1_off_binary_indicator_var =l= 6;
e143_.. + 1*pre_1_6_1 + 6*relu_1_6_1_off_binary_indicator_var =l= 6;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e146_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 7*relu_1_7_0_on_binary_indicator_var =g= -7;
e147_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 14*relu_1_7_0_on_binary_indicator_var =l= 14;
e148_.. + 1*post_1_7_0 =g= 0;
e149_.. + 1*post_1_7_0 + 7*relu_1_7_0_off_binary_indicator_var =l= 7;
e150_.. + 1*pre_1_7_0 + 7*relu_1_7_0_off_binary_indicator_var =l= 7;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e153_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 7*relu_1_7_1_on_binary_indicator_var =g= -7;
e154_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 14*relu_1_7_1_on_binary_indicator_var =l= 14;
e155_.. + 1*post_1_7_1 =g= 0;
e156_.. + 1*post_1_7_1 + 7*relu_1_7_1_off_binary_indicator_var =l= 7;
e157_.. + 1*pre_1_7_1 + 7*relu_1_7_1_off_binary_indicator_var =l= 7;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e160_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 8*relu_1_8_0_on_binary_indicator_var =g= -8;
e161_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 16*relu_1_8_0_on_binary_indicator_var =l= 16;
e162_.. + 1*post_1_8_0 =g= 0;
e163_.. + 1*post_1_8_0 + 8*relu_1_8_0_off_binary_indicator_var =l= 8;
e164_.. + 1*pre_1_8_0 + 8*relu_1_8_0_off_binary_indicator_var =l= 8;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e167_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 8*relu_1_8_1_on_binary_indicator_var =g= -8;
e168_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 16*relu_1_8_1_on_binary_indicator_var =l= 16;
e169_.. + 1*post_1_8_1 =g= 0;
e170_.. + 1*post_1_8_1 + 8*relu_1_8_1_off_binary_indicator_var =l= 8;
e171_.. + 1*pre_1_8_1 + 8*relu_1_8_1_off_binary_indicator_var =l= 8;

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
max_residual.lo = 0;
max_residual.up = 68;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
