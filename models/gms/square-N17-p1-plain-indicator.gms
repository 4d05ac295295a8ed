* square-N17-p1-plain-indicator  (relu-opt library: square-N17, problem 1, plain-indicator; {"hidden": [2], "bound": 4.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_2_0_0, w_2_0_1, b_1_0, b_1_1, b_2_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1,
  pre_1_8_0, pre_1_8_1, pre_1_9_0, pre_1_9_1, pre_1_10_0, pre_1_10_1, pre_1_11_0, pre_1_11_1,
  pre_1_12_0, pre_1_12_1, pre_1_13_0, pre_1_13_1, pre_1_14_0, pre_1_14_1, pre_1_15_0, pre_1_15_1,
  pre_1_16_0, pre_1_16_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1,
  post_1_11_0, post_1_11_1, post_1_12_0, post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1,
  post_1_15_0, post_1_15_1, post_1_16_0, post_1_16_1, out_0_0, out_1_0, out_2_0, out_3_0,
  out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0,
  out_12_0, out_13_0, out_14_0, out_15_0, out_16_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var, relu_1_9_0_on_binary_indicator_var, relu_1_9_0_off_binary_indicator_var, relu_1_9_1_on_binary_indicator_var, relu_1_9_1_off_binary_indicator_var,
  relu_1_10_0_on_binary_indicator_var, relu_1_10_0_off_binary_indicator_var, relu_1_10_1_on_binary_indicator_var, relu_1_10_1_off_binary_indicator_var, relu_1_11_0_on_binary_indicator_var, relu_1_11_0_off_binary_indicator_var, relu_1_11_1_on_binary_indicator_var, relu_1_11_1_off_binary_indicator_var,
  relu_1_12_0_on_binary_indicator_var, relu_1_12_0_off_binary_indicator_var, relu_1_12_1_on_binary_indicator_var, relu_1_12_1_off_binary_indicator_var, relu_1_13_0_on_binary_indicator_var, relu_1_13_0_off_binary_indicator_var, relu_1_13_1_on_binary_indicator_var, relu_1_13_1_off_binary_indicator_var,
  relu_1_14_0_on_binary_indicator_var, relu_1_14_0_off_binary_indicator_var, relu_1_14_1_on_binary_indicator_var, relu_1_14_1_off_binary_indicator_var, relu_1_15_0_on_binary_indicator_var, relu_1_15_0_off_binary_indicator_var, relu_1_15_1_on_binary_indicator_var, relu_1_15_1_off_binary_indicator_var,
  relu_1_16_0_on_binary_indicator_var, relu_1_16_0_off_binary_indicator_var, relu_1_16_1_on_binary_indicator_var, relu_1_16_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, pre_definition_1_16_0, pre_definition_1_16_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0,
  out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0,
  out_definition_13_0, out_definition_14_0, out_definition_15_0, out_definition_16_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e54_, e55_,
  e56_, e57_, e58_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e61_, e62_, e63_,
  e64_, e65_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e68_, e69_, e70_, e71_,
  e72_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e75_, e76_, e77_, e78_, e79_,
  relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e82_, e83_, e84_, e85_, e86_, relu_1_2_1_above_pre,
  relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e89_, e90_, e91_, e92_, e93_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor,
  e96_, e97_, e98_, e99_, e100_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e103_,
  e104_, e105_, e106_, e107_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e110_, e111_,
  e112_, e113_, e114_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e117_, e118_, e119_,
  e120_, e121_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e124_, e125_, e126_, e127_,
  e128_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e131_, e132_, e133_, e134_, e135_,
  relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e138_, e139_, e140_, e141_, e142_, relu_1_6_1_above_pre,
  relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e145_, e146_, e147_, e148_, e149_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor,
  e152_, e153_, e154_, e155_, e156_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e159_,
  e160_, e161_, e162_, e163_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e166_, e167_,
  e168_, e169_, e170_, relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e173_, e174_, e175_,
  e176_, e177_, relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e180_, e181_, e182_, e183_,
  e184_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e187_, e188_, e189_, e190_, e191_,
  relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e194_, e195_, e196_, e197_, e198_, relu_1_10_1_above_pre,
  relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e201_, e202_, e203_, e204_, e205_, relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor,
  e208_, e209_, e210_, e211_, e212_, relu_1_11_1_above_pre, relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e215_,
  e216_, e217_, e218_, e219_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e222_, e223_,
  e224_, e225_, e226_, relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e229_, e230_, e231_,
  e232_, e233_, relu_1_13_0_above_pre, relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e236_, e237_, e238_, e239_,
  e240_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor, e243_, e244_, e245_, e246_, e247_,
  relu_1_14_0_above_pre, relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e250_, e251_, e252_, e253_, e254_, relu_1_14_1_above_pre,
  relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor, e257_, e258_, e259_, e260_, e261_, relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor,
  e264_, e265_, e266_, e267_, e268_, relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e271_,
  e272_, e273_, e274_, e275_, relu_1_16_0_above_pre, relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor, e278_, e279_,
  e280_, e281_, e282_, relu_1_16_1_above_pre, relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor, e285_, e286_, e287_,
  e288_, e289_;

e_obj.. - objvar - 2*out_0_0 - 1.53125*out_1_0 - 1.125*out_2_0 - 0.78125*out_3_0 - 0.5*out_4_0 - 0.28125*out_5_0 - 0.125*out_6_0
    - 0.03125*out_7_0 - 0.03125*out_9_0 - 0.125*out_10_0 - 0.28125*out_11_0 - 0.5*out_12_0 - 0.78125*out_13_0 - 1.125*out_14_0 - 1.53125*out_15_0
    - 2*out_16_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 4.283203125 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.875*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.875*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.625*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.625*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.375*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.375*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. + 0.125*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. + 0.125*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.125*w_1_0_0 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.125*w_1_1_0 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. - 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. - 0.375*w_1_0_0 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 0.375*w_1_1_0 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. - 0.625*w_1_0_0 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 0.625*w_1_1_0 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. - 0.875*w_1_0_0 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. - 0.875*w_1_1_0 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_1_16_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. - 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_16_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*w_2_0_0*post_1_15_0 - 1*w_2_0_1*post_1_15_1 =e= 0;
out_definition_16_0.. - 1*b_2_0 + 1*out_16_0 - 1*w_2_0_0*post_1_16_0 - 1*w_2_0_1*post_1_16_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e54_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 8*relu_1_0_0_on_binary_indicator_var =g= -8;
e55_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 16*relu_1_0_0_on_binary_indicator_var =l= 16;
e56_.. + 1*post_1_0_0 =g= 0;
e57_.. + 1*post_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
e58_.. + 1*pre_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e61_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 8*relu_1_0_1_on_binary_indicator_var =g= -8;
e62_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 16*relu_1_0_1_on_binary_indicator_var =l= 16;
e63_.. + 1*post_1_0_1 =g= 0;
e64_.. + 1*post_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
e65_.. + 1*pre_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e68_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 7.5*relu_1_1_0_on_binary_indicator_var =g= -7.5;
e69_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 15*relu_1_1_0_on_binary_indicator_var =l= 15;
e70_.. + 1*post_1_1_0 =g= 0;
e71_.. + 1*post_1_1_0 + 7.5*relu_1_1_0_off_binary_indicator_var =l= 7.5;
e72_.. + 1*pre_1_1_0 + 7.5*relu_1_1_0_off_binary_indicator_var =l= 7.5;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e75_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 7.5*relu_1_1_1_on_binary_indicator_var =g= -7.5;
e76_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 15*relu_1_1_1_on_binary_indicator_var =l= 15;
e77_.. + 1*post_1_1_1 =g= 0;
e78_.. + 1*post_1_1_1 + 7.5*relu_1_1_1_off_binary_indicator_var =l= 7.5;
e79_.. + 1*pre_1_1_1 + 7.5*relu_1_1_1_off_binary_indicator_var =l= 7.5;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e82_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 7*relu_1_2_0_on_binary_indicator_var =g= -7;
e83_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 14*relu_1_2_0_on_binary_indicator_var =l= 14;
e84_.. + 1*post_1_2_0 =g= 0;
e85_.. + 1*post_1_2_0 + 7*relu_1_2_0_off_binary_indicator_var =l= 7;
e86_.. + 1*pre_1_2_0 + 7*relu_1_2_0_off_binary_indicator_var =l= 7;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e89_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 7*relu_1_2_1_on_binary_indicator_var =g= -7;
e90_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 14*relu_1_2_1_on_binary_indicator_var =l= 14;
e91_.. + 1*post_1_2_1 =g= 0;
e92_.. + 1*post_1_2_1 + 7*relu_1_2_1_off_binary_indicator_var =l= 7;
e93_.. + 1*pre_1_2_1 + 7*relu_1_2_1_off_binary_indicator_var =l= 7;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e96_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6.5*relu_1_3_0_on_binary_indicator_var =g= -6.5;
e97_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 13*relu_1_3_0_on_binary_indicator_var =l= 13;
e98_.. + 1*post_1_3_0 =g= 0;
e99_.. + 1*post_1_3_0 + 6.5*relu_1_3_0_off_binary_indicator_var =l= 6.5;
e100_.. + 1*pre_1_3_0 + 6.5*relu_1_3_0_off_binary_indicator_var =l= 6.5;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e103_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 6.5*relu_1_3_1_on_binary_indicator_var =g= -6.5;
e104_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 13*relu_1_3_1_on_binary_indicator_var =l= 13;
e105_.. + 1*post_1_3_1 =g= 0;
e106_.. + 1*post_1_3_1 + 6.5*relu_1_3_1_off_binary_indicator_var =l= 6.5;
e107_.. + 1*pre_1_3_1 + 6.5*relu_1_3_1_off_binary_indicator_var =l= 6.5;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e110_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 6*relu_1_4_0_on_binary_indicator_var =g= -6;
e111_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 12*relu_1_4_0_on_binary_indicator_var =l= 12;
e112_.. + 1*post_1_4_0 =g= 0;
e113_.. + 1*post_1_4_0 + 6*relu_1_4_0_off_binary_indicator_var =l= 6;
e114_.. + 1*pre_1_4_0 + 6*relu_1_4_0_off_binary_indicator_var =l= 6;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e117_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 6*relu_1_4_1_on_binary_indicator_var =g= -6;
e118_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 12*relu_1_4_1_on_binary_indicator_var =l= 12;
e119_.. + 1*post_1_4_1 =g= 0;
e120_.. + 1*post_1_4_1 + 6*relu_1_4_1_off_binary_indicator_var =l= 6;
e121_.. + 1*pre_1_4_1 + 6*relu_1_4_1_off_binary_indicator_var =l= 6;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e124_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5.5*relu_1_5_0_on_binary_indicator_var =g= -5.5;
e125_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 11*relu_1_5_0_on_binary_indicator_var =l= 11;
e126_.. + 1*post_1_5_0 =g= 0;
e127_.. + 1*post_1_5_0 + 5.5*relu_1_5_0_off_binary_indicator_var =l= 5.5;
e128_.. + 1*pre_1_5_0 + 5.5*relu_1_5_0_off_binary_indicator_var =l= 5.5;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e131_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5.5*relu_1_5_1_on_binary_indicator_var =g= -5.5;
e132_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 11*relu_1_5_1_on_binary_indicator_var =l= 11;
e133_.. + 1*post_1_5_1 =g= 0;
e134_.. + 1*post_1_5_1 + 5.5*relu_1_5_1_off_binary_indicator_var =l= 5.5;
e135_.. + 1*pre_1_5_1 + 5.5*relu_1_5_1_off_binary_indicator_var =l= 5.5;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e138_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 5*relu_1_6_0_on_binary_indicator_var =g= -5;
e139_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 10*relu_1_6_0_on_binary_indicator_var =l= 10;
e140_.. + 1*post_1_6_0 =g= 0;
e141_.. + 1*post_1_6_0 + 5*relu_1_6_0_off_binary_indicator_var =l= 5;
e142_.. + 1*pre_1_6_0 + 5*relu_1_6_0_off_binary_indicator_var =l= 5;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e145_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 5*relu_1_6_1_on_binary_indicator_var =g= -5;
e146_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 10*relu_1_6_1_on_binary_indicator_var =l= 10;
e147_.. + 1*post_1_6_1 =g= 0;
e148_.. + 1*post_1_6_1 + 5*relu_1_6_1_off_binary_indicator_var =l= 5;
e149_.. + 1*pre_1_6_1 + 5*relu_1_6_1_off_binary_indicator_var =l= 5;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e152_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 4.5*relu_1_7_0_on_binary_indicator_var =g= -4.5;
e153_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 9*relu_1_7_0_on_binary_indicator_var =l= 9;
e154_.. + 1*post_1_7_0 =g= 0;
e155_.. + 1*post_1_7_0 + 4.5*relu_1_7_0_off_binary_indicator_var =l= 4.5;
e156_.. + 1*pre_1_7_0 + 4.5*relu_1_7_0_off_binary_indicator_var =l= 4.5;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e159_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 4.5*relu_1_7_1_on_binary_indicator_var =g= -4.5;
e160_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 9*relu_1_7_1_on_binary_indicator_var =l= 9;
e161_.. + 1*post_1_7_1 =g= 0;
e162_.. + 1*post_1_7_1 + 4.5*relu_1_7_1_off_binary_indicator_var =l= 4.5;
e163_.. + 1*pre_1_7_1 + 4.5*relu_1_7_1_off_binary_indicator_var =l= 4.5;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e166_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 4*relu_1_8_0_on_binary_indicator_var =g= -4;
e167_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 8*relu_1_8_0_on_binary_indicator_var =l= 8;
e168_.. + 1*post_1_8_0 =g= 0;
e169_.. + 1*post_1_8_0 + 4*relu_1_8_0_off_binary_indicator_var =l= 4;
e170_.. + 1*pre_1_8_0 + 4*relu_1_8_0_off_binary_indicator_var =l= 4;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e173_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 4*relu_1_8_1_on_binary_indicator_var =g= -4;
e174_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 8*relu_1_8_1_on_binary_indicator_var =l= 8;
e175_.. + 1*post_1_8_1 =g= 0;
e176_.. + 1*post_1_8_1 + 4*relu_1_8_1_off_binary_indicator_var =l= 4;
e177_.. + 1*pre_1_8_1 + 4*relu_1_8_1_off_binary_indicator_var =l= 4;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e180_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 4.5*relu_1_9_0_on_binary_indicator_var =g= -4.5;
e181_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 9*relu_1_9_0_on_binary_indicator_var =l= 9;
e182_.. + 1*post_1_9_0 =g= 0;
e183_.. + 1*post_1_9_0 + 4.5*relu_1_9_0_off_binary_indicator_var =l= 4.5;
e184_.. + 1*pre_1_9_0 + 4.5*relu_1_9_0_off_binary_indicator_var =l= 4.5;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e187_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 4.5*relu_1_9_1_on_binary_indicator_var =g= -4.5;
e188_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 9*relu_1_9_1_on_binary_indicator_var =l= 9;
e189_.. + 1*post_1_9_1 =g= 0;
e190_.. + 1*post_1_9_1 + 4.5*relu_1_9_1_off_binary_indicator_var =l= 4.5;
e191_.. + 1*pre_1_9_1 + 4.5*relu_1_9_1_off_binary_indicator_var =l= 4.5;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e194_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 5*relu_1_10_0_on_binary_indicator_var =g= -5;
e195_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 10*relu_1_10_0_on_binary_indicator_var =l= 10;
e196_.. + 1*post_1_10_0 =g= 0;
e197_.. + 1*post_1_10_0 + 5*relu_1_10_0_off_binary_indicator_var =l= 5;
e198_.. + 1*pre_1_10_0 + 5*relu_1_10_0_off_binary_indicator_var =l= 5;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e201_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 5*relu_1_10_1_on_binary_indicator_var =g= -5;
e202_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 10*relu_1_10_1_on_binary_indicator_var =l= 10;
e203_.. + 1*post_1_10_1 =g= 0;
e204_.. + 1*post_1_10_1 + 5*relu_1_10_1_off_binary_indicator_var =l= 5;
e205_.. + 1*pre_1_10_1 + 5*relu_1_10_1_off_binary_indicator_var =l= 5;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e208_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 5.5*relu_1_11_0_on_binary_indicator_var =g= -5.5;
e209_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 11*relu_1_11_0_on_binary_indicator_var =l= 11;
e210_.. + 1*post_1_11_0 =g= 0;
e211_.. + 1*post_1_11_0 + 5.5*relu_1_11_0_off_binary_indicator_var =l= 5.5;
e212_.. + 1*pre_1_11_0 + 5.5*relu_1_11_0_off_binary_indicator_var =l= 5.5;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e215_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 5.5*relu_1_11_1_on_binary_indicator_var =g= -5.5;
e216_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 11*relu_1_11_1_on_binary_indicator_var =l= 11;
e217_.. + 1*post_1_11_1 =g= 0;
e218_.. + 1*post_1_11_1 + 5.5*relu_1_11_1_off_binary_indicator_var =l= 5.5;
e219_.. + 1*pre_1_11_1 + 5.5*relu_1_11_1_off_binary_indicator_var =l= 5.5;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e222_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 6*relu_1_12_0_on_binary_indicator_var =g= -6;
e223_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 12*relu_1_12_0_on_binary_indicator_var =l= 12;
e224_.. + 1*post_1_12_0 =g= 0;
e225_.. + 1*post_1_12_0 + 6*relu_1_12_0_off_binary_indicator_var =l= 6;
e226_.. + 1*pre_1_12_0 + 6*relu_1_12_0_off_binary_indicator_var =l= 6;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e229_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 6*relu_1_12_1_on_binary_indicator_var =g= -6;
e230_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 12*relu_1_12_1_on_binary_indicator_var =l= 12;
e231_.. + 1*post_1_12_1 =g= 0;
e232_.. + 1*post_1_12_1 + 6*relu_1_12_1_off_binary_indicator_var =l= 6;
e233_.. + 1*pre_1_12_1 + 6*relu_1_12_1_off_binary_indicator_var =l= 6;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e236_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 6.5*relu_1_13_0_on_binary_indicator_var =g= -6.5;
e237_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 13*relu_1_13_0_on_binary_indicator_var =l= 13;
e238_.. + 1*post_1_13_0 =g= 0;
e239_.. + 1*post_1_13_0 + 6.5*relu_1_13_0_off_binary_indicator_var =l= 6.5;
e240_.. + 1*pre_1_13_0 + 6.5*relu_1_13_0_off_binary_indicator_var =l= 6.5;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e243_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 6.5*relu_1_13_1_on_binary_indicator_var =g= -6.5;
e244_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 13*relu_1_13_1_on_binary_indicator_var =l= 13;
e245_.. + 1*post_1_13_1 =g= 0;
e246_.. + 1*post_1_13_1 + 6.5*relu_1_13_1_off_binary_indicator_var =l= 6.5;
e247_.. + 1*pre_1_13_1 + 6.5*relu_1_13_1_off_binary_indicator_var =l= 6.5;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e250_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 7*relu_1_14_0_on_binary_indicator_var =g= -7;
e251_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 14*relu_1_14_0_on_binary_indicator_var =l= 14;
e252_.. + 1*post_1_14_0 =g= 0;
e253_.. + 1*post_1_14_0 + 7*relu_1_14_0_off_binary_indicator_var =l= 7;
e254_.. + 1*pre_1_14_0 + 7*relu_1_14_0_off_binary_indicator_var =l= 7;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e257_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 7*relu_1_14_1_on_binary_indicator_var =g= -7;
e258_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 14*relu_1_14_1_on_binary_indicator_var =l= 14;
e259_.. + 1*post_1_14_1 =g= 0;
e260_.. + 1*post_1_14_1 + 7*relu_1_14_1_off_binary_indicator_var =l= 7;
e261_.. + 1*pre_1_14_1 + 7*relu_1_14_1_off_binary_indicator_var =l= 7;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e264_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 7.5*relu_1_15_0_on_binary_indicator_var =g= -7.5;
e265_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 15*relu_1_15_0_on_binary_indicator_var =l= 15;
e266_.. + 1*post_1_15_0 =g= 0;
e267_.. + 1*post_1_15_0 + 7.5*relu_1_15_0_off_binary_indicator_var =l= 7.5;
e268_.. + 1*pre_1_15_0 + 7.5*relu_1_15_0_off_binary_indicator_var =l= 7.5;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e271_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 7.5*relu_1_15_1_on_binary_indicator_var =g= -7.5;
e272_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 15*relu_1_15_1_on_binary_indicator_var =l= 15;
e273_.. + 1*post_1_15_1 =g= 0;
e274_.. + 1*post_1_15_1 + 7.5*relu_1_15_1_off_binary_indicator_var =l= 7.5;
e275_.. + 1*pre_1_15_1 + 7.5*relu_1_15_1_off_binary_indicator_var =l= 7.5;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_0_on_binary_indicator_var + 1*relu_1_16_0_off_binary_indicator_var =e= 1;
e278_.. - 1*pre_1_16_0 + 1*post_1_16_0 - 8*relu_1_16_0_on_binary_indicator_var =g= -8;
e279_.. - 1*pre_1_16_0 + 1*post_1_16_0 + 16*relu_1_16_0_on_binary_indicator_var =l= 16;
e280_.. + 1*post_1_16_0 =g= 0;
e281_.. + 1*post_1_16_0 + 8*relu_1_16_0_off_binary_indicator_var =l= 8;
e282_.. + 1*pre_1_16_0 + 8*relu_1_16_0_off_binary_indicator_var =l= 8;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_1_on_binary_indicator_var + 1*relu_1_16_1_off_binary_indicator_var =e= 1;
e285_.. - 1*pre_1_16_1 + 1*post_1_16_1 - 8*relu_1_16_1_on_binary_indicator_var =g= -8;
e286_.. - 1*pre_1_16_1 + 1*post_1_16_1 + 16*relu_1_16_1_on_binary_indicator_var =l= 16;
e287_.. + 1*post_1_16_1 =g= 0;
e288_.. + 1*post_1_16_1 + 8*relu_1_16_1_off_binary_indicator_var =l= 8;
e289_.. + 1*pre_1_16_1 + 8*relu_1_16_1_off_binary_indicator_var =l= 8;

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
pre_1_1_0.lo = -7.5;
pre_1_1_0.up = 7.5;
pre_1_1_1.lo = -7.5;
pre_1_1_1.up = 7.5;
pre_1_2_0.lo = -7;
pre_1_2_0.up = 7;
pre_1_2_1.lo = -7;
pre_1_2_1.up = 7;
pre_1_3_0.lo = -6.5;
pre_1_3_0.up = 6.5;
pre_1_3_1.lo = -6.5;
pre_1_3_1.up = 6.5;
pre_1_4_0.lo = -6;
pre_1_4_0.up = 6;
pre_1_4_1.lo = -6;
pre_1_4_1.up = 6;
pre_1_5_0.lo = -5.5;
pre_1_5_0.up = 5.5;
pre_1_5_1.lo = -5.5;
pre_1_5_1.up = 5.5;
pre_1_6_0.lo = -5;
pre_1_6_0.up = 5;
pre_1_6_1.lo = -5;
pre_1_6_1.up = 5;
pre_1_7_0.lo = -4.5;
pre_1_7_0.up = 4.5;
pre_1_7_1.lo = -4.5;
pre_1_7_1.up = 4.5;
pre_1_8_0.lo = -4;
pre_1_8_0.up = 4;
pre_1_8_1.lo = -4;
pre_1_8_1.up = 4;
pre_1_9_0.lo = -4.5;
pre_1_9_0.up = 4.5;
pre_1_9_1.lo = -4.5;
pre_1_9_1.up = 4.5;
pre_1_10_0.lo = -5;
pre_1_10_0.up = 5;
pre_1_10_1.lo = -5;
pre_1_10_1.up = 5;
pre_1_11_0.lo = -5.5;
pre_1_11_0.up = 5.5;
pre_1_11_1.lo = -5.5;
pre_1_11_1.up = 5.5;
pre_1_12_0.lo = -6;
pre_1_12_0.up = 6;
pre_1_12_1.lo = -6;
pre_1_12_1.up = 6;
pre_1_13_0.lo = -6.5;
pre_1_13_0.up = 6.5;
pre_1_13_1.lo = -6.5;
pre_1_13_1.up = 6.5;
pre_1_14_0.lo = -7;
pre_1_14_0.up = 7;
pre_1_14_1.lo = -7;
pre_1_14_1.up = 7;
pre_1_15_0.lo = -7.5;
pre_1_15_0.up = 7.5;
pre_1_15_1.lo = -7.5;
pre_1_15_1.up = 7.5;
pre_1_16_0.lo = -8;
pre_1_16_0.up = 8;
pre_1_16_1.lo = -8;
pre_1_16_1.up = 8;
post_1_0_0.lo = 0;
post_1_0_0.up = 8;
post_1_0_1.lo = 0;
post_1_0_1.up = 8;
post_1_1_0.lo = 0;
post_1_1_0.up = 7.5;
post_1_1_1.lo = 0;
post_1_1_1.up = 7.5;
post_1_2_0.lo = 0;
post_1_2_0.up = 7;
post_1_2_1.lo = 0;
post_1_2_1.up = 7;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.5;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.5;
post_1_4_0.lo = 0;
post_1_4_0.up = 6;
post_1_4_1.lo = 0;
post_1_4_1.up = 6;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.5;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.5;
post_1_6_0.lo = 0;
post_1_6_0.up = 5;
post_1_6_1.lo = 0;
post_1_6_1.up = 5;
post_1_7_0.lo = 0;
post_1_7_0.up = 4.5;
post_1_7_1.lo = 0;
post_1_7_1.up = 4.5;
post_1_8_0.lo = 0;
post_1_8_0.up = 4;
post_1_8_1.lo = 0;
post_1_8_1.up = 4;
post_1_9_0.lo = 0;
post_1_9_0.up = 4.5;
post_1_9_1.lo = 0;
post_1_9_1.up = 4.5;
post_1_10_0.lo = 0;
post_1_10_0.up = 5;
post_1_10_1.lo = 0;
post_1_10_1.up = 5;
post_1_11_0.lo = 0;
post_1_11_0.up = 5.5;
post_1_11_1.lo = 0;
post_1_11_1.up = 5.5;
post_1_12_0.lo = 0;
post_1_12_0.up = 6;
post_1_12_1.lo = 0;
post_1_12_1.up = 6;
post_1_13_0.lo = 0;
post_1_13_0.up = 6.5;
post_1_13_1.lo = 0;
post_1_13_1.up = 6.5;
post_1_14_0.lo = 0;
post_1_14_0.up = 7;
post_1_14_1.lo = 0;
post_1_14_1.up = 7;
post_1_15_0.lo = 0;
post_1_15_0.up = 7.5;
post_1_15_1.lo = 0;
post_1_15_1.up = 7.5;
post_1_16_0.lo = 0;
post_1_16_0.up = 8;
post_1_16_1.lo = 0;
post_1_16_1.up = 8;
out_0_0.lo = -68;
out_0_0.up = 68;
out_1_0.lo = -64;
out_1_0.up = 64;
out_2_0.lo = -60;
out_2_0.up = 60;
out_3_0.lo = -56;
out_3_0.up = 56;
out_4_0.lo = -52;
out_4_0.up = 52;
out_5_0.lo = -48;
out_5_0.up = 48;
out_6_0.lo = -44;
out_6_0.up = 44;
out_7_0.lo = -40;
out_7_0.up = 40;
out_8_0.lo = -36;
out_8_0.up = 36;
out_9_0.lo = -40;
out_9_0.up = 40;
out_10_0.lo = -44;
out_10_0.up = 44;
out_11_0.lo = -48;
out_11_0.up = 48;
out_12_0.lo = -52;
out_12_0.up = 52;
out_13_0.lo = -56;
out_13_0.up = 56;
out_14_0.lo = -60;
out_14_0.up = 60;
out_15_0.lo = -64;
out_15_0.up = 64;
out_16_0.lo = -68;
out_16_0.up = 68;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
