* triangle-N9-p1-plain-indicator  (relu-opt library: triangle-N9, problem 1, plain-indicator; {"hidden": [3], "bound": 4.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_1_2_0, w_2_0_0, w_2_0_1, w_2_0_2, b_1_0,
  b_1_1, b_1_2, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_0_2, pre_1_1_0, pre_1_1_1,
  pre_1_1_2, pre_1_2_0, pre_1_2_1, pre_1_2_2, pre_1_3_0, pre_1_3_1, pre_1_3_2, pre_1_4_0,
  pre_1_4_1, pre_1_4_2, pre_1_5_0, pre_1_5_1, pre_1_5_2, pre_1_6_0, pre_1_6_1, pre_1_6_2,
  pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_8_0, pre_1_8_1, pre_1_8_2, post_1_0_0, post_1_0_1,
  post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2, post_1_2_0, post_1_2_1, post_1_2_2, post_1_3_0,
  post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1, post_1_4_2, post_1_5_0, post_1_5_1, post_1_5_2,
  post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0, post_1_7_1, post_1_7_2, post_1_8_0, post_1_8_1,
  post_1_8_2, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0,
  out_7_0, out_8_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_0_2_on_binary_indicator_var, relu_1_0_2_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var,
  relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var, relu_1_1_2_on_binary_indicator_var, relu_1_1_2_off_binary_indicator_var, relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var,
  relu_1_2_2_on_binary_indicator_var, relu_1_2_2_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var, relu_1_3_2_on_binary_indicator_var, relu_1_3_2_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_4_2_on_binary_indicator_var, relu_1_4_2_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var,
  relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var, relu_1_5_2_on_binary_indicator_var, relu_1_5_2_off_binary_indicator_var, relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var,
  relu_1_6_2_on_binary_indicator_var, relu_1_6_2_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var, relu_1_7_2_on_binary_indicator_var, relu_1_7_2_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var, relu_1_8_2_on_binary_indicator_var, relu_1_8_2_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_2_0,
  pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_7_0, pre_definition_1_7_1,
  pre_definition_1_7_2, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0,
  out_definition_4_0, out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e39_,
  e40_, e41_, e42_, e43_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e46_, e47_,
  e48_, e49_, e50_, relu_1_0_2_above_pre, relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor, e53_, e54_, e55_,
  e56_, e57_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e60_, e61_, e62_, e63_,
  e64_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e67_, e68_, e69_, e70_, e71_,
  relu_1_1_2_above_pre, relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor, e74_, e75_, e76_, e77_, e78_, relu_1_2_0_above_pre,
  relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e81_, e82_, e83_, e84_, e85_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor,
  e88_, e89_, e90_, e91_, e92_, relu_1_2_2_above_pre, relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor, e95_,
  e96_, e97_, e98_, e99_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e102_, e103_,
  e104_, e105_, e106_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e109_, e110_, e111_,
  e112_, e113_, relu_1_3_2_above_pre, relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor, e116_, e117_, e118_, e119_,
  e120_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e123_, e124_, e125_, e126_, e127_,
  relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e130_, e131_, e132_, e133_, e134_, relu_1_4_2_above_pre,
  relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor, e137_, e138_, e139_, e140_, e141_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor,
  e144_, e145_, e146_, e147_, e148_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e151_,
  e152_, e153_, e154_, e155_, relu_1_5_2_above_pre, relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor, e158_, e159_,
  e160_, e161_, e162_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e165_, e166_, e167_,
  e168_, e169_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e172_, e173_, e174_, e175_,
  e176_, relu_1_6_2_above_pre, relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor, e179_, e180_, e181_, e182_, e183_,
  relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e186_, e187_, e188_, e189_, e190_, relu_1_7_1_above_pre,
  relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e193_, e194_, e195_, e196_, e197_, relu_1_7_2_above_pre, relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor,
  e200_, e201_, e202_, e203_, e204_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e207_,
  e208_, e209_, e210_, e211_, relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e214_, e215_,
  e216_, e217_, e218_, relu_1_8_2_above_pre, relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor, e221_, e222_, e223_,
  e224_, e225_;

e_obj.. - objvar - 0.5*out_1_0 - 1*out_2_0 - 1.5*out_3_0 - 2*out_4_0 - 1.5*out_5_0 - 1*out_6_0 - 0.5*out_7_0
    + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0)
    + 1*sqr(out_8_0) + 2.75 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 1*w_1_2_0 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_1_0.. + 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_2_0.. + 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. + 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_3_0.. + 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. + 0.25*w_1_2_0 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_4_0.. - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_5_0.. - 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.25*w_1_2_0 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_6_0.. - 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. - 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_7_0.. - 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 0.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_8_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 1*w_1_2_0 - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 - 1*w_2_0_2*post_1_0_2 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 - 1*w_2_0_2*post_1_1_2 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 - 1*w_2_0_2*post_1_2_2 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 - 1*w_2_0_2*post_1_3_2 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 - 1*w_2_0_2*post_1_4_2 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 - 1*w_2_0_2*post_1_5_2 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 - 1*w_2_0_2*post_1_6_2 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 - 1*w_2_0_2*post_1_7_2 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 - 1*w_2_0_2*post_1_8_2 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e39_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 8*relu_1_0_0_on_binary_indicator_var =g= -8;
e40_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 16*relu_1_0_0_on_binary_indicator_var =l= 16;
e41_.. + 1*post_1_0_0 =g= 0;
e42_.. + 1*post_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
e43_.. + 1*pre_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e46_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 8*relu_1_0_1_on_binary_indicator_var =g= -8;
e47_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 16*relu_1_0_1_on_binary_indicator_var =l= 16;
e48_.. + 1*post_1_0_1 =g= 0;
e49_.. + 1*post_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
e50_.. + 1*pre_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_2_on_binary_indicator_var + 1*relu_1_0_2_off_binary_indicator_var =e= 1;
e53_.. - 1*pre_1_0_2 + 1*post_1_0_2 - 8*relu_1_0_2_on_binary_indicator_var =g= -8;
e54_.. - 1*pre_1_0_2 + 1*post_1_0_2 + 16*relu_1_0_2_on_binary_indicator_var =l= 16;
e55_.. + 1*post_1_0_2 =g= 0;
e56_.. + 1*post_1_0_2 + 8*relu_1_0_2_off_binary_indicator_var =l= 8;
e57_.. + 1*pre_1_0_2 + 8*relu_1_0_2_off_binary_indicator_var =l= 8;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e60_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 7*relu_1_1_0_on_binary_indicator_var =g= -7;
e61_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 14*relu_1_1_0_on_binary_indicator_var =l= 14;
e62_.. + 1*post_1_1_0 =g= 0;
e63_.. + 1*post_1_1_0 + 7*relu_1_1_0_off_binary_indicator_var =l= 7;
e64_.. + 1*pre_1_1_0 + 7*relu_1_1_0_off_binary_indicator_var =l= 7;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e67_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 7*relu_1_1_1_on_binary_indicator_var =g= -7;
e68_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 14*relu_1_1_1_on_binary_indicator_var =l= 14;
e69_.. + 1*post_1_1_1 =g= 0;
e70_.. + 1*post_1_1_1 + 7*relu_1_1_1_off_binary_indicator_var =l= 7;
e71_.. + 1*pre_1_1_1 + 7*relu_1_1_1_off_binary_indicator_var =l= 7;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_2_on_binary_indicator_var + 1*relu_1_1_2_off_binary_indicator_var =e= 1;
e74_.. - 1*pre_1_1_2 + 1*post_1_1_2 - 7*relu_1_1_2_on_binary_indicator_var =g= -7;
e75_.. - 1*pre_1_1_2 + 1*post_1_1_2 + 14*relu_1_1_2_on_binary_indicator_var =l= 14;
e76_.. + 1*post_1_1_2 =g= 0;
e77_.. + 1*post_1_1_2 + 7*relu_1_1_2_off_binary_indicator_var =l= 7;
e78_.. + 1*pre_1_1_2 + 7*relu_1_1_2_off_binary_indicator_var =l= 7;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e81_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 6*relu_1_2_0_on_binary_indicator_var =g= -6;
e82_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 12*relu_1_2_0_on_binary_indicator_var =l= 12;
e83_.. + 1*post_1_2_0 =g= 0;
e84_.. + 1*post_1_2_0 + 6*relu_1_2_0_off_binary_indicator_var =l= 6;
e85_.. + 1*pre_1_2_0 + 6*relu_1_2_0_off_binary_indicator_var =l= 6;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e88_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 6*relu_1_2_1_on_binary_indicator_var =g= -6;
e89_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 12*relu_1_2_1_on_binary_indicator_var =l= 12;
e90_.. + 1*post_1_2_1 =g= 0;
e91_.. + 1*post_1_2_1 + 6*relu_1_2_1_off_binary_indicator_var =l= 6;
e92_.. + 1*pre_1_2_1 + 6*relu_1_2_1_off_binary_indicator_var =l= 6;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_2_on_binary_indicator_var + 1*relu_1_2_2_off_binary_indicator_var =e= 1;
e95_.. - 1*pre_1_2_2 + 1*post_1_2_2 - 6*relu_1_2_2_on_binary_indicator_var =g= -6;
e96_.. - 1*pre_1_2_2 + 1*post_1_2_2 + 12*relu_1_2_2_on_binary_indicator_var =l= 12;
e97_.. + 1*post_1_2_2 =g= 0;
e98_.. + 1*post_1_2_2 + 6*relu_1_2_2_off_binary_indicator_var =l= 6;
e99_.. + 1*pre_1_2_2 + 6*relu_1_2_2_off_binary_indicator_var =l= 6;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e102_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 5*relu_1_3_0_on_binary_indicator_var =g= -5;
e103_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 10*relu_1_3_0_on_binary_indicator_var =l= 10;
e104_.. + 1*post_1_3_0 =g= 0;
e105_.. + 1*post_1_3_0 + 5*relu_1_3_0_off_binary_indicator_var =l= 5;
e106_.. + 1*pre_1_3_0 + 5*relu_1_3_0_off_binary_indicator_var =l= 5;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e109_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 5*relu_1_3_1_on_binary_indicator_var =g= -5;
e110_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 10*relu_1_3_1_on_binary_indicator_var =l= 10;
e111_.. + 1*post_1_3_1 =g= 0;
e112_.. + 1*post_1_3_1 + 5*relu_1_3_1_off_binary_indicator_var =l= 5;
e113_.. + 1*pre_1_3_1 + 5*relu_1_3_1_off_binary_indicator_var =l= 5;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_2_on_binary_indicator_var + 1*relu_1_3_2_off_binary_indicator_var =e= 1;
e116_.. - 1*pre_1_3_2 + 1*post_1_3_2 - 5*relu_1_3_2_on_binary_indicator_var =g= -5;
e117_.. - 1*pre_1_3_2 + 1*post_1_3_2 + 10*relu_1_3_2_on_binary_indicator_var =l= 10;
e118_.. + 1*post_1_3_2 =g= 0;
e119_.. + 1*post_1_3_2 + 5*relu_1_3_2_off_binary_indicator_var =l= 5;
e120_.. + 1*pre_1_3_2 + 5*relu_1_3_2_off_binary_indicator_var =l= 5;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e123_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4*relu_1_4_0_on_binary_indicator_var =g= -4;
e124_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 8*relu_1_4_0_on_binary_indicator_var =l= 8;
e125_.. + 1*post_1_4_0 =g= 0;
e126_.. + 1*post_1_4_0 + 4*relu_1_4_0_off_binary_indicator_var =l= 4;
e127_.. + 1*pre_1_4_0 + 4*relu_1_4_0_off_binary_indicator_var =l= 4;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e130_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4*relu_1_4_1_on_binary_indicator_var =g= -4;
e131_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 8*relu_1_4_1_on_binary_indicator_var =l= 8;
e132_.. + 1*post_1_4_1 =g= 0;
e133_.. + 1*post_1_4_1 + 4*relu_1_4_1_off_binary_indicator_var =l= 4;
e134_.. + 1*pre_1_4_1 + 4*relu_1_4_1_off_binary_indicator_var =l= 4;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_2_on_binary_indicator_var + 1*relu_1_4_2_off_binary_indicator_var =e= 1;
e137_.. - 1*pre_1_4_2 + 1*post_1_4_2 - 4*relu_1_4_2_on_binary_indicator_var =g= -4;
e138_.. - 1*pre_1_4_2 + 1*post_1_4_2 + 8*relu_1_4_2_on_binary_indicator_var =l= 8;
e139_.. + 1*post_1_4_2 =g= 0;
e140_.. + 1*post_1_4_2 + 4*relu_1_4_2_off_binary_indicator_var =l= 4;
e141_.. + 1*pre_1_4_2 + 4*relu_1_4_2_off_binary_indicator_var =l= 4;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e144_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5*relu_1_5_0_on_binary_indicator_var =g= -5;
e145_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 10*relu_1_5_0_on_binary_indicator_var =l= 10;
e146_.. + 1*post_1_5_0 =g= 0;
e147_.. + 1*post_1_5_0 + 5*relu_1_5_0_off_binary_indicator_var =l= 5;
e148_.. + 1*pre_1_5_0 + 5*relu_1_5_0_off_binary_indicator_var =l= 5;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e151_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5*relu_1_5_1_on_binary_indicator_var =g= -5;
e152_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 10*relu_1_5_1_on_binary_indicator_var =l= 10;
e153_.. + 1*post_1_5_1 =g= 0;
e154_.. + 1*post_1_5_1 + 5*relu_1_5_1_off_binary_indicator_var =l= 5;
e155_.. + 1*pre_1_5_1 + 5*relu_1_5_1_off_binary_indicator_var =l= 5;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_2_on_binary_indicator_var + 1*relu_1_5_2_off_binary_indicator_var =e= 1;
e158_.. - 1*pre_1_5_2 + 1*post_1_5_2 - 5*relu_1_5_2_on_binary_indicator_var =g= -5;
e159_.. - 1*pre_1_5_2 + 1*post_1_5_2 + 10*relu_1_5_2_on_binary_indicator_var =l= 10;
e160_.. + 1*post_1_5_2 =g= 0;
e161_.. + 1*post_1_5_2 + 5*relu_1_5_2_off_binary_indicator_var =l= 5;
e162_.. + 1*pre_1_5_2 + 5*relu_1_5_2_off_binary_indicator_var =l= 5;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e165_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6*relu_1_6_0_on_binary_indicator_var =g= -6;
e166_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 12*relu_1_6_0_on_binary_indicator_var =l= 12;
e167_.. + 1*post_1_6_0 =g= 0;
e168_.. + 1*post_1_6_0 + 6*relu_1_6_0_off_binary_indicator_var =l= 6;
e169_.. + 1*pre_1_6_0 + 6*relu_1_6_0_off_binary_indicator_var =l= 6;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e172_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6*relu_1_6_1_on_binary_indicator_var =g= -6;
e173_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 12*relu_1_6_1_on_binary_indicator_var =l= 12;
e174_.. + 1*post_1_6_1 =g= 0;
e175_.. + 1*post_1_6_1 + 6*relu_1_6_1_off_binary_indicator_var =l= 6;
e176_.. + 1*pre_1_6_1 + 6*relu_1_6_1_off_binary_indicator_var =l= 6;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_2_on_binary_indicator_var + 1*relu_1_6_2_off_binary_indicator_var =e= 1;
e179_.. - 1*pre_1_6_2 + 1*post_1_6_2 - 6*relu_1_6_2_on_binary_indicator_var =g= -6;
e180_.. - 1*pre_1_6_2 + 1*post_1_6_2 + 12*relu_1_6_2_on_binary_indicator_var =l= 12;
e181_.. + 1*post_1_6_2 =g= 0;
e182_.. + 1*post_1_6_2 + 6*relu_1_6_2_off_binary_indicator_var =l= 6;
e183_.. + 1*pre_1_6_2 + 6*relu_1_6_2_off_binary_indicator_var =l= 6;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e186_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 7*relu_1_7_0_on_binary_indicator_var =g= -7;
e187_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 14*relu_1_7_0_on_binary_indicator_var =l= 14;
e188_.. + 1*post_1_7_0 =g= 0;
e189_.. + 1*post_1_7_0 + 7*relu_1_7_0_off_binary_indicator_var =l= 7;
e190_.. + 1*pre_1_7_0 + 7*relu_1_7_0_off_binary_indicator_var =l= 7;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e193_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 7*relu_1_7_1_on_binary_indicator_var =g= -7;
e194_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 14*relu_1_7_1_on_binary_indicator_var =l= 14;
e195_.. + 1*post_1_7_1 =g= 0;
e196_.. + 1*post_1_7_1 + 7*relu_1_7_1_off_binary_indicator_var =l= 7;
e197_.. + 1*pre_1_7_1 + 7*relu_1_7_1_off_binary_indicator_var =l= 7;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_2_on_binary_indicator_var + 1*relu_1_7_2_off_binary_indicator_var =e= 1;
e200_.. - 1*pre_1_7_2 + 1*post_1_7_2 - 7*relu_1_7_2_on_binary_indicator_var =g= -7;
e201_.. - 1*pre_1_7_2 + 1*post_1_7_2 + 14*relu_1_7_2_on_binary_indicator_var =l= 14;
e202_.. + 1*post_1_7_2 =g= 0;
e203_.. + 1*post_1_7_2 + 7*relu_1_7_2_off_binary_indicator_var =l= 7;
e204_.. + 1*pre_1_7_2 + 7*relu_1_7_2_off_binary_indicator_var =l= 7;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e207_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 8*relu_1_8_0_on_binary_indicator_var =g= -8;
e208_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 16*relu_1_8_0_on_binary_indicator_var =l= 16;
e209_.. + 1*post_1_8_0 =g= 0;
e210_.. + 1*post_1_8_0 + 8*relu_1_8_0_off_binary_indicator_var =l= 8;
e211_.. + 1*pre_1_8_0 + 8*relu_1_8_0_off_binary_indicator_var =l= 8;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e214_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 8*relu_1_8_1_on_binary_indicator_var =g= -8;
e215_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 16*relu_1_8_1_on_binary_indicator_var =l= 16;
e216_.. + 1*post_1_8_1 =g= 0;
e217_.. + 1*post_1_8_1 + 8*relu_1_8_1_off_binary_indicator_var =l= 8;
e218_.. + 1*pre_1_8_1 + 8*relu_1_8_1_off_binary_indicator_var =l= 8;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_2_on_binary_indicator_var + 1*relu_1_8_2_off_binary_indicator_var =e= 1;
e221_.. - 1*pre_1_8_2 + 1*post_1_8_2 - 8*relu_1_8_2_on_binary_indicator_var =g= -8;
e222_.. - 1*pre_1_8_2 + 1*post_1_8_2 + 16*relu_1_8_2_on_binary_indicator_var =l= 16;
e223_.. + 1*post_1_8_2 =g= 0;
e224_.. + 1*post_1_8_2 + 8*relu_1_8_2_off_binary_indicator_var =l= 8;
e225_.. + 1*pre_1_8_2 + 8*relu_1_8_2_off_binary_indicator_var =l= 8;

w_1_0_0.lo = -4;
w_1_0_0.up = 4;
w_1_1_0.lo = -4;
w_1_1_0.up = 4;
w_1_2_0.lo = -4;
w_1_2_0.up = 4;
w_2_0_0.lo = -4;
w_2_0_0.up = 4;
w_2_0_1.lo = -4;
w_2_0_1.up = 4;
w_2_0_2.lo = -4;
w_2_0_2.up = 4;
b_1_0.lo = -4;
b_1_0.up = 4;
b_1_1.lo = -4;
b_1_1.up = 4;
b_1_2.lo = -4;
b_1_2.up = 4;
b_2_0.lo = -4;
b_2_0.up = 4;
pre_1_0_0.lo = -8;
pre_1_0_0.up = 8;
pre_1_0_1.lo = -8;
pre_1_0_1.up = 8;
pre_1_0_2.lo = -8;
pre_1_0_2.up = 8;
pre_1_1_0.lo = -7;
pre_1_1_0.up = 7;
pre_1_1_1.lo = -7;
pre_1_1_1.up = 7;
pre_1_1_2.lo = -7;
pre_1_1_2.up = 7;
pre_1_2_0.lo = -6;
pre_1_2_0.up = 6;
pre_1_2_1.lo = -6;
pre_1_2_1.up = 6;
pre_1_2_2.lo = -6;
pre_1_2_2.up = 6;
pre_1_3_0.lo = -5;
pre_1_3_0.up = 5;
pre_1_3_1.lo = -5;
pre_1_3_1.up = 5;
pre_1_3_2.lo = -5;
pre_1_3_2.up = 5;
pre_1_4_0.lo = -4;
pre_1_4_0.up = 4;
pre_1_4_1.lo = -4;
pre_1_4_1.up = 4;
pre_1_4_2.lo = -4;
pre_1_4_2.up = 4;
pre_1_5_0.lo = -5;
pre_1_5_0.up = 5;
pre_1_5_1.lo = -5;
pre_1_5_1.up = 5;
pre_1_5_2.lo = -5;
pre_1_5_2.up = 5;
pre_1_6_0.lo = -6;
pre_1_6_0.up = 6;
pre_1_6_1.lo = -6;
pre_1_6_1.up = 6;
pre_1_6_2.lo = -6;
pre_1_6_2.up = 6;
pre_1_7_0.lo = -7;
pre_1_7_0.up = 7;
pre_1_7_1.lo = -7;
pre_1_7_1.up = 7;
pre_1_7_2.lo = -7;
pre_1_7_2.up = 7;
pre_1_8_0.lo = -8;
pre_1_8_0.up = 8;
pre_1_8_1.lo = -8;
pre_1_8_1.up = 8;
pre_1_8_2.lo = -8;
pre_1_8_2.up = 8;
post_1_0_0.lo = 0;
post_1_0_0.up = 8;
post_1_0_1.lo = 0;
post_1_0_1.up = 8;
post_1_0_2.lo = 0;
post_1_0_2.up = 8;
post_1_1_0.lo = 0;
post_1_1_0.up = 7;
post_1_1_1.lo = 0;
post_1_1_1.up = 7;
post_1_1_2.lo = 0;
post_1_1_2.up = 7;
post_1_2_0.lo = 0;
post_1_2_0.up = 6;
post_1_2_1.lo = 0;
post_1_2_1.up = 6;
post_1_2_2.lo = 0;
post_1_2_2.up = 6;
post_1_3_0.lo = 0;
post_1_3_0.up = 5;
post_1_3_1.lo = 0;
post_1_3_1.up = 5;
post_1_3_2.lo = 0;
post_1_3_2.up = 5;
post_1_4_0.lo = 0;
post_1_4_0.up = 4;
post_1_4_1.lo = 0;
post_1_4_1.up = 4;
post_1_4_2.lo = 0;
post_1_4_2.up = 4;
post_1_5_0.lo = 0;
post_1_5_0.up = 5;
post_1_5_1.lo = 0;
post_1_5_1.up = 5;
post_1_5_2.lo = 0;
post_1_5_2.up = 5;
post_1_6_0.lo = 0;
post_1_6_0.up = 6;
post_1_6_1.lo = 0;
post_1_6_1.up = 6;
post_1_6_2.lo = 0;
post_1_6_2.up = 6;
post_1_7_0.lo = 0;
post_1_7_0.up = 7;
post_1_7_1.lo = 0;
post_1_7_1.up = 7;
post_1_7_2.lo = 0;
post_1_7_2.up = 7;
post_1_8_0.lo = 0;
post_1_8_0.up = 8;
post_1_8_1.lo = 0;
post_1_8_1.up = 8;
post_1_8_2.lo = 0;
post_1_8_2.up = 8;
out_0_0.lo = -100;
out_0_0.up = 100;
out_1_0.lo = -88;
out_1_0.up = 88;
out_2_0.lo = -76;
out_2_0.up = 76;
out_3_0.lo = -64;
out_3_0.up = 64;
out_4_0.lo = -52;
out_4_0.up = 52;
out_5_0.lo = -64;
out_5_0.up = 64;
out_6_0.lo = -76;
out_6_0.up = 76;
out_7_0.lo = -88;
out_7_0.up = 88;
out_8_0.lo = -100;
out_8_0.up = 100;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
