* square-N9-p1-plain-indicator  (relu-opt library: square-N9, problem 1, plain-indicator; {"hidden": [2], "bound": 4.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_2_0_0, w_2_0_1, b_1_0, b_1_1, b_2_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1,
  pre_1_8_0, pre_1_8_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, out_0_0, out_1_0, out_2_0, out_3_0,
  out_4_0, out_5_0, out_6_0, out_7_0, out_8_0;

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
  out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e30_, e31_,
  e32_, e33_, e34_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e37_, e38_, e39_,
  e40_, e41_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e44_, e45_, e46_, e47_,
  e48_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e51_, e52_, e53_, e54_, e55_,
  relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e58_, e59_, e60_, e61_, e62_, relu_1_2_1_above_pre,
  relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e65_, e66_, e67_, e68_, e69_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor,
  e72_, e73_, e74_, e75_, e76_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e79_,
  e80_, e81_, e82_, e83_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e86_, e87_,
  e88_, e89_, e90_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e93_, e94_, e95_,
  e96_, e97_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e100_, e101_, e102_, e103_,
  e104_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e107_, e108_, e109_, e110_, e111_,
  relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e114_, e115_, e116_, e117_, e118_, relu_1_6_1_above_pre,
  relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e121_, e122_, e123_, e124_, e125_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor,
  e128_, e129_, e130_, e131_, e132_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e135_,
  e136_, e137_, e138_, e139_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e142_, e143_,
  e144_, e145_, e146_, relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e149_, e150_, e151_,
  e152_, e153_;

e_obj.. - objvar - 2*out_0_0 - 1.125*out_1_0 - 0.5*out_2_0 - 0.125*out_3_0 - 0.125*out_5_0 - 0.5*out_6_0 - 1.125*out_7_0
    - 2*out_8_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 2.765625 =e= 0;
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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e30_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 8*relu_1_0_0_on_binary_indicator_var =g= -8;
e31_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 16*relu_1_0_0_on_binary_indicator_var =l= 16;
e32_.. + 1*post_1_0_0 =g= 0;
e33_.. + 1*post_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
e34_.. + 1*pre_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e37_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 8*relu_1_0_1_on_binary_indicator_var =g= -8;
e38_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 16*relu_1_0_1_on_binary_indicator_var =l= 16;
e39_.. + 1*post_1_0_1 =g= 0;
e40_.. + 1*post_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
e41_.. + 1*pre_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e44_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 7*relu_1_1_0_on_binary_indicator_var =g= -7;
e45_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 14*relu_1_1_0_on_binary_indicator_var =l= 14;
e46_.. + 1*post_1_1_0 =g= 0;
e47_.. + 1*post_1_1_0 + 7*relu_1_1_0_off_binary_indicator_var =l= 7;
e48_.. + 1*pre_1_1_0 + 7*relu_1_1_0_off_binary_indicator_var =l= 7;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e51_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 7*relu_1_1_1_on_binary_indicator_var =g= -7;
e52_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 14*relu_1_1_1_on_binary_indicator_var =l= 14;
e53_.. + 1*post_1_1_1 =g= 0;
e54_.. + 1*post_1_1_1 + 7*relu_1_1_1_off_binary_indicator_var =l= 7;
e55_.. + 1*pre_1_1_1 + 7*relu_1_1_1_off_binary_indicator_var =l= 7;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e58_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 6*relu_1_2_0_on_binary_indicator_var =g= -6;
e59_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 12*relu_1_2_0_on_binary_indicator_var =l= 12;
e60_.. + 1*post_1_2_0 =g= 0;
e61_.. + 1*post_1_2_0 + 6*relu_1_2_0_off_binary_indicator_var =l= 6;
e62_.. + 1*pre_1_2_0 + 6*relu_1_2_0_off_binary_indicator_var =l= 6;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e65_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 6*relu_1_2_1_on_binary_indicator_var =g= -6;
e66_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 12*relu_1_2_1_on_binary_indicator_var =l= 12;
e67_.. + 1*post_1_2_1 =g= 0;
e68_.. + 1*post_1_2_1 + 6*relu_1_2_1_off_binary_indicator_var =l= 6;
e69_.. + 1*pre_1_2_1 + 6*relu_1_2_1_off_binary_indicator_var =l= 6;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e72_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 5*relu_1_3_0_on_binary_indicator_var =g= -5;
e73_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 10*relu_1_3_0_on_binary_indicator_var =l= 10;
e74_.. + 1*post_1_3_0 =g= 0;
e75_.. + 1*post_1_3_0 + 5*relu_1_3_0_off_binary_indicator_var =l= 5;
e76_.. + 1*pre_1_3_0 + 5*relu_1_3_0_off_binary_indicator_var =l= 5;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e79_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 5*relu_1_3_1_on_binary_indicator_var =g= -5;
e80_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 10*relu_1_3_1_on_binary_indicator_var =l= 10;
e81_.. + 1*post_1_3_1 =g= 0;
e82_.. + 1*post_1_3_1 + 5*relu_1_3_1_off_binary_indicator_var =l= 5;
e83_.. + 1*pre_1_3_1 + 5*relu_1_3_1_off_binary_indicator_var =l= 5;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e86_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4*relu_1_4_0_on_binary_indicator_var =g= -4;
e87_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 8*relu_1_4_0_on_binary_indicator_var =l= 8;
e88_.. + 1*post_1_4_0 =g= 0;
e89_.. + 1*post_1_4_0 + 4*relu_1_4_0_off_binary_indicator_var =l= 4;
e90_.. + 1*pre_1_4_0 + 4*relu_1_4_0_off_binary_indicator_var =l= 4;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e93_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4*relu_1_4_1_on_binary_indicator_var =g= -4;
e94_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 8*relu_1_4_1_on_binary_indicator_var =l= 8;
e95_.. + 1*post_1_4_1 =g= 0;
e96_.. + 1*post_1_4_1 + 4*relu_1_4_1_off_binary_indicator_var =l= 4;
e97_.. + 1*pre_1_4_1 + 4*relu_1_4_1_off_binary_indicator_var =l= 4;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e100_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5*relu_1_5_0_on_binary_indicator_var =g= -5;
e101_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 10*relu_1_5_0_on_binary_indicator_var =l= 10;
e102_.. + 1*post_1_5_0 =g= 0;
e103_.. + 1*post_1_5_0 + 5*relu_1_5_0_off_binary_indicator_var =l= 5;
e104_.. + 1*pre_1_5_0 + 5*relu_1_5_0_off_binary_indicator_var =l= 5;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e107_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5*relu_1_5_1_on_binary_indicator_var =g= -5;
e108_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 10*relu_1_5_1_on_binary_indicator_var =l= 10;
e109_.. + 1*post_1_5_1 =g= 0;
e110_.. + 1*post_1_5_1 + 5*relu_1_5_1_off_binary_indicator_var =l= 5;
e111_.. + 1*pre_1_5_1 + 5*relu_1_5_1_off_binary_indicator_var =l= 5;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e114_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6*relu_1_6_0_on_binary_indicator_var =g= -6;
e115_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 12*relu_1_6_0_on_binary_indicator_var =l= 12;
e116_.. + 1*post_1_6_0 =g= 0;
e117_.. + 1*post_1_6_0 + 6*relu_1_6_0_off_binary_indicator_var =l= 6;
e118_.. + 1*pre_1_6_0 + 6*relu_1_6_0_off_binary_indicator_var =l= 6;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e121_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6*relu_1_6_1_on_binary_indicator_var =g= -6;
e122_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 12*relu_1_6_1_on_binary_indicator_var =l= 12;
e123_.. + 1*post_1_6_1 =g= 0;
e124_.. + 1*post_1_6_1 + 6*relu_1_6_1_off_binary_indicator_var =l= 6;
e125_.. + 1*pre_1_6_1 + 6*relu_1_6_1_off_binary_indicator_var =l= 6;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e128_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 7*relu_1_7_0_on_binary_indicator_var =g= -7;
e129_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 14*relu_1_7_0_on_binary_indicator_var =l= 14;
e130_.. + 1*post_1_7_0 =g= 0;
e131_.. + 1*post_1_7_0 + 7*relu_1_7_0_off_binary_indicator_var =l= 7;
e132_.. + 1*pre_1_7_0 + 7*relu_1_7_0_off_binary_indicator_var =l= 7;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e135_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 7*relu_1_7_1_on_binary_indicator_var =g= -7;
e136_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 14*relu_1_7_1_on_binary_indicator_var =l= 14;
e137_.. + 1*post_1_7_1 =g= 0;
e138_.. + 1*post_1_7_1 + 7*relu_1_7_1_off_binary_indicator_var =l= 7;
e139_.. + 1*pre_1_7_1 + 7*relu_1_7_1_off_binary_indicator_var =l= 7;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e142_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 8*relu_1_8_0_on_binary_indicator_var =g= -8;
e143_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 16*relu_1_8_0_on_binary_indicator_var =l= 16;
e144_.. + 1*post_1_8_0 =g= 0;
e145_.. + 1*post_1_8_0 + 8*relu_1_8_0_off_binary_indicator_var =l= 8;
e146_.. + 1*pre_1_8_0 + 8*relu_1_8_0_off_binary_indicator_var =l= 8;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e149_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 8*relu_1_8_1_on_binary_indicator_var =g= -8;
e150_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 16*relu_1_8_1_on_binary_indicator_var =l= 16;
e151_.. + 1*post_1_8_1 =g= 0;
e152_.. + 1*post_1_8_1 + 8*relu_1_8_1_off_binary_indicator_var =l= 8;
e153_.. + 1*pre_1_8_1 + 8*relu_1_8_1_off_binary_indicator_var =l= 8;

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

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
