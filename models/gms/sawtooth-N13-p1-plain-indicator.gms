* sawtooth-N13-p1-plain-indicator  (relu-opt library: sawtooth-N13, problem 1, plain-indicator; {"hidden": [2], "bound": 4.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_2_0_0, w_2_0_1, b_1_0, b_1_1, b_2_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1,
  pre_1_8_0, pre_1_8_1, pre_1_9_0, pre_1_9_1, pre_1_10_0, pre_1_10_1, pre_1_11_0, pre_1_11_1,
  pre_1_12_0, pre_1_12_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1,
  post_1_11_0, post_1_11_1, post_1_12_0, post_1_12_1, out_0_0, out_1_0, out_2_0, out_3_0,
  out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0,
  out_12_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var, relu_1_9_0_on_binary_indicator_var, relu_1_9_0_off_binary_indicator_var, relu_1_9_1_on_binary_indicator_var, relu_1_9_1_off_binary_indicator_var,
  relu_1_10_0_on_binary_indicator_var, relu_1_10_0_off_binary_indicator_var, relu_1_10_1_on_binary_indicator_var, relu_1_10_1_off_binary_indicator_var, relu_1_11_0_on_binary_indicator_var, relu_1_11_0_off_binary_indicator_var, relu_1_11_1_on_binary_indicator_var, relu_1_11_1_off_binary_indicator_var,
  relu_1_12_0_on_binary_indicator_var, relu_1_12_0_off_binary_indicator_var, relu_1_12_1_on_binary_indicator_var, relu_1_12_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0,
  out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0,
  relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e42_, e43_, e44_, e45_, e46_, relu_1_0_1_above_pre,
  relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e49_, e50_, e51_, e52_, e53_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor,
  e56_, e57_, e58_, e59_, e60_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e63_,
  e64_, e65_, e66_, e67_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e70_, e71_,
  e72_, e73_, e74_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e77_, e78_, e79_,
  e80_, e81_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e84_, e85_, e86_, e87_,
  e88_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e91_, e92_, e93_, e94_, e95_,
  relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e98_, e99_, e100_, e101_, e102_, relu_1_4_1_above_pre,
  relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e105_, e106_, e107_, e108_, e109_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor,
  e112_, e113_, e114_, e115_, e116_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e119_,
  e120_, e121_, e122_, e123_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e126_, e127_,
  e128_, e129_, e130_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e133_, e134_, e135_,
  e136_, e137_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e140_, e141_, e142_, e143_,
  e144_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e147_, e148_, e149_, e150_, e151_,
  relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e154_, e155_, e156_, e157_, e158_, relu_1_8_1_above_pre,
  relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e161_, e162_, e163_, e164_, e165_, relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor,
  e168_, e169_, e170_, e171_, e172_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e175_,
  e176_, e177_, e178_, e179_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e182_, e183_,
  e184_, e185_, e186_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e189_, e190_, e191_,
  e192_, e193_, relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e196_, e197_, e198_, e199_,
  e200_, relu_1_11_1_above_pre, relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e203_, e204_, e205_, e206_, e207_,
  relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e210_, e211_, e212_, e213_, e214_, relu_1_12_1_above_pre,
  relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e217_, e218_, e219_, e220_, e221_;

e_obj.. - objvar - 0.6666666666666665*out_1_0 - 1.333333333333333*out_2_0 + 2*out_3_0 + 1.3333333333333335*out_4_0 + 0.666666666666667*out_5_0 - 0.6666666666666661*out_7_0 - 1.333333333333333*out_8_0
    + 2*out_9_0 + 1.333333333333334*out_10_0 + 0.666666666666667*out_11_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0)
    + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0)
    + 4.222222222222222 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.8333333333333334*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.8333333333333334*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.6666666666666667*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.6666666666666667*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.33333333333333337*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.33333333333333337*w_1_1_0 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.16666666666666674*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.16666666666666674*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.16666666666666652*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.16666666666666652*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. - 0.33333333333333326*w_1_0_0 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.33333333333333326*w_1_1_0 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. - 0.6666666666666665*w_1_0_0 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.6666666666666665*w_1_1_0 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. - 0.8333333333333333*w_1_0_0 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 0.8333333333333333*w_1_1_0 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e42_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 8*relu_1_0_0_on_binary_indicator_var =g= -8;
e43_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 16*relu_1_0_0_on_binary_indicator_var =l= 16;
e44_.. + 1*post_1_0_0 =g= 0;
e45_.. + 1*post_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
e46_.. + 1*pre_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e49_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 8*relu_1_0_1_on_binary_indicator_var =g= -8;
e50_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 16*relu_1_0_1_on_binary_indicator_var =l= 16;
e51_.. + 1*post_1_0_1 =g= 0;
e52_.. + 1*post_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
e53_.. + 1*pre_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e56_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 7.333333333333334*relu_1_1_0_on_binary_indicator_var =g= -7.333333333333334;
e57_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 14.666666666666668*relu_1_1_0_on_binary_indicator_var =l= 14.666666666666668;
e58_.. + 1*post_1_1_0 =g= 0;
e59_.. + 1*post_1_1_0 + 7.333333333333334*relu_1_1_0_off_binary_indicator_var =l= 7.333333333333334;
e60_.. + 1*pre_1_1_0 + 7.333333333333334*relu_1_1_0_off_binary_indicator_var =l= 7.333333333333334;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e63_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 7.333333333333334*relu_1_1_1_on_binary_indicator_var =g= -7.333333333333334;
e64_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 14.666666666666668*relu_1_1_1_on_binary_indicator_var =l= 14.666666666666668;
e65_.. + 1*post_1_1_1 =g= 0;
e66_.. + 1*post_1_1_1 + 7.333333333333334*relu_1_1_1_off_binary_indicator_var =l= 7.333333333333334;
e67_.. + 1*pre_1_1_1 + 7.333333333333334*relu_1_1_1_off_binary_indicator_var =l= 7.333333333333334;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e70_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 6.666666666666667*relu_1_2_0_on_binary_indicator_var =g= -6.666666666666667;
e71_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 13.333333333333334*relu_1_2_0_on_binary_indicator_var =l= 13.333333333333334;
e72_.. + 1*post_1_2_0 =g= 0;
e73_.. + 1*post_1_2_0 + 6.666666666666667*relu_1_2_0_off_binary_indicator_var =l= 6.666666666666667;
e74_.. + 1*pre_1_2_0 + 6.666666666666667*relu_1_2_0_off_binary_indicator_var =l= 6.666666666666667;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e77_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 6.666666666666667*relu_1_2_1_on_binary_indicator_var =g= -6.666666666666667;
e78_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 13.333333333333334*relu_1_2_1_on_binary_indicator_var =l= 13.333333333333334;
e79_.. + 1*post_1_2_1 =g= 0;
e80_.. + 1*post_1_2_1 + 6.666666666666667*relu_1_2_1_off_binary_indicator_var =l= 6.666666666666667;
e81_.. + 1*pre_1_2_1 + 6.666666666666667*relu_1_2_1_off_binary_indicator_var =l= 6.666666666666667;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e84_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6*relu_1_3_0_on_binary_indicator_var =g= -6;
e85_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 12*relu_1_3_0_on_binary_indicator_var =l= 12;
e86_.. + 1*post_1_3_0 =g= 0;
e87_.. + 1*post_1_3_0 + 6*relu_1_3_0_off_binary_indicator_var =l= 6;
e88_.. + 1*pre_1_3_0 + 6*relu_1_3_0_off_binary_indicator_var =l= 6;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e91_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 6*relu_1_3_1_on_binary_indicator_var =g= -6;
e92_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 12*relu_1_3_1_on_binary_indicator_var =l= 12;
e93_.. + 1*post_1_3_1 =g= 0;
e94_.. + 1*post_1_3_1 + 6*relu_1_3_1_off_binary_indicator_var =l= 6;
e95_.. + 1*pre_1_3_1 + 6*relu_1_3_1_off_binary_indicator_var =l= 6;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e98_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 5.333333333333334*relu_1_4_0_on_binary_indicator_var =g= -5.333333333333334;
e99_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 10.666666666666668*relu_1_4_0_on_binary_indicator_var =l= 10.666666666666668;
e100_.. + 1*post_1_4_0 =g= 0;
e101_.. + 1*post_1_4_0 + 5.333333333333334*relu_1_4_0_off_binary_indicator_var =l= 5.333333333333334;
e102_.. + 1*pre_1_4_0 + 5.333333333333334*relu_1_4_0_off_binary_indicator_var =l= 5.333333333333334;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e105_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 5.333333333333334*relu_1_4_1_on_binary_indicator_var =g= -5.333333333333334;
e106_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 10.666666666666668*relu_1_4_1_on_binary_indicator_var =l= 10.666666666666668;
e107_.. + 1*post_1_4_1 =g= 0;
e108_.. + 1*post_1_4_1 + 5.333333333333334*relu_1_4_1_off_binary_indicator_var =l= 5.333333333333334;
e109_.. + 1*pre_1_4_1 + 5.333333333333334*relu_1_4_1_off_binary_indicator_var =l= 5.333333333333334;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e112_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 4.666666666666667*relu_1_5_0_on_binary_indicator_var =g= -4.666666666666667;
e113_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 9.333333333333334*relu_1_5_0_on_binary_indicator_var =l= 9.333333333333334;
e114_.. + 1*post_1_5_0 =g= 0;
e115_.. + 1*post_1_5_0 + 4.666666666666667*relu_1_5_0_off_binary_indicator_var =l= 4.666666666666667;
e116_.. + 1*pre_1_5_0 + 4.666666666666667*relu_1_5_0_off_binary_indicator_var =l= 4.666666666666667;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e119_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 4.666666666666667*relu_1_5_1_on_binary_indicator_var =g= -4.666666666666667;
e120_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 9.333333333333334*relu_1_5_1_on_binary_indicator_var =l= 9.333333333333334;
e121_.. + 1*post_1_5_1 =g= 0;
e122_.. + 1*post_1_5_1 + 4.666666666666667*relu_1_5_1_off_binary_indicator_var =l= 4.666666666666667;
e123_.. + 1*pre_1_5_1 + 4.666666666666667*relu_1_5_1_off_binary_indicator_var =l= 4.666666666666667;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e126_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 4*relu_1_6_0_on_binary_indicator_var =g= -4;
e127_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 8*relu_1_6_0_on_binary_indicator_var =l= 8;
e128_.. + 1*post_1_6_0 =g= 0;
e129_.. + 1*post_1_6_0 + 4*relu_1_6_0_off_binary_indicator_var =l= 4;
e130_.. + 1*pre_1_6_0 + 4*relu_1_6_0_off_binary_indicator_var =l= 4;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e133_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 4*relu_1_6_1_on_binary_indicator_var =g= -4;
e134_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 8*relu_1_6_1_on_binary_indicator_var =l= 8;
e135_.. + 1*post_1_6_1 =g= 0;
e136_.. + 1*post_1_6_1 + 4*relu_1_6_1_off_binary_indicator_var =l= 4;
e137_.. + 1*pre_1_6_1 + 4*relu_1_6_1_off_binary_indicator_var =l= 4;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e140_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 4.666666666666666*relu_1_7_0_on_binary_indicator_var =g= -4.666666666666666;
e141_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 9.333333333333332*relu_1_7_0_on_binary_indicator_var =l= 9.333333333333332;
e142_.. + 1*post_1_7_0 =g= 0;
e143_.. + 1*post_1_7_0 + 4.666666666666666*relu_1_7_0_off_binary_indicator_var =l= 4.666666666666666;
e144_.. + 1*pre_1_7_0 + 4.666666666666666*relu_1_7_0_off_binary_indicator_var =l= 4.666666666666666;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e147_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 4.666666666666666*relu_1_7_1_on_binary_indicator_var =g= -4.666666666666666;
e148_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 9.333333333333332*relu_1_7_1_on_binary_indicator_var =l= 9.333333333333332;
e149_.. + 1*post_1_7_1 =g= 0;
e150_.. + 1*post_1_7_1 + 4.666666666666666*relu_1_7_1_off_binary_indicator_var =l= 4.666666666666666;
e151_.. + 1*pre_1_7_1 + 4.666666666666666*relu_1_7_1_off_binary_indicator_var =l= 4.666666666666666;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e154_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 5.333333333333333*relu_1_8_0_on_binary_indicator_var =g= -5.333333333333333;
e155_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 10.666666666666666*relu_1_8_0_on_binary_indicator_var =l= 10.666666666666666;
e156_.. + 1*post_1_8_0 =g= 0;
e157_.. + 1*post_1_8_0 + 5.333333333333333*relu_1_8_0_off_binary_indicator_var =l= 5.333333333333333;
e158_.. + 1*pre_1_8_0 + 5.333333333333333*relu_1_8_0_off_binary_indicator_var =l= 5.333333333333333;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e161_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 5.333333333333333*relu_1_8_1_on_binary_indicator_var =g= -5.333333333333333;
e162_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 10.666666666666666*relu_1_8_1_on_binary_indicator_var =l= 10.666666666666666;
e163_.. + 1*post_1_8_1 =g= 0;
e164_.. + 1*post_1_8_1 + 5.333333333333333*relu_1_8_1_off_binary_indicator_var =l= 5.333333333333333;
e165_.. + 1*pre_1_8_1 + 5.333333333333333*relu_1_8_1_off_binary_indicator_var =l= 5.333333333333333;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e168_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 6*relu_1_9_0_on_binary_indicator_var =g= -6;
e169_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 12*relu_1_9_0_on_binary_indicator_var =l= 12;
e170_.. + 1*post_1_9_0 =g= 0;
e171_.. + 1*post_1_9_0 + 6*relu_1_9_0_off_binary_indicator_var =l= 6;
e172_.. + 1*pre_1_9_0 + 6*relu_1_9_0_off_binary_indicator_var =l= 6;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e175_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 6*relu_1_9_1_on_binary_indicator_var =g= -6;
e176_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 12*relu_1_9_1_on_binary_indicator_var =l= 12;
e177_.. + 1*post_1_9_1 =g= 0;
e178_.. + 1*post_1_9_1 + 6*relu_1_9_1_off_binary_indicator_var =l= 6;
e179_.. + 1*pre_1_9_1 + 6*relu_1_9_1_off_binary_indicator_var =l= 6;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e182_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 6.666666666666666*relu_1_10_0_on_binary_indicator_var =g= -6.666666666666666;
e183_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 13.333333333333332*relu_1_10_0_on_binary_indicator_var =l= 13.333333333333332;
e184_.. + 1*post_1_10_0 =g= 0;
e185_.. + 1*post_1_10_0 + 6.666666666666666*relu_1_10_0_off_binary_indicator_var =l= 6.666666666666666;
e186_.. + 1*pre_1_10_0 + 6.666666666666666*relu_1_10_0_off_binary_indicator_var =l= 6.666666666666666;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e189_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 6.666666666666666*relu_1_10_1_on_binary_indicator_var =g= -6.666666666666666;
e190_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 13.333333333333332*relu_1_10_1_on_binary_indicator_var =l= 13.333333333333332;
e191_.. + 1*post_1_10_1 =g= 0;
e192_.. + 1*post_1_10_1 + 6.666666666666666*relu_1_10_1_off_binary_indicator_var =l= 6.666666666666666;
e193_.. + 1*pre_1_10_1 + 6.666666666666666*relu_1_10_1_off_binary_indicator_var =l= 6.666666666666666;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e196_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 7.333333333333333*relu_1_11_0_on_binary_indicator_var =g= -7.333333333333333;
e197_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 14.666666666666666*relu_1_11_0_on_binary_indicator_var =l= 14.666666666666666;
e198_.. + 1*post_1_11_0 =g= 0;
e199_.. + 1*post_1_11_0 + 7.333333333333333*relu_1_11_0_off_binary_indicator_var =l= 7.333333333333333;
e200_.. + 1*pre_1_11_0 + 7.333333333333333*relu_1_11_0_off_binary_indicator_var =l= 7.333333333333333;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e203_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 7.333333333333333*relu_1_11_1_on_binary_indicator_var =g= -7.333333333333333;
e204_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 14.666666666666666*relu_1_11_1_on_binary_indicator_var =l= 14.666666666666666;
e205_.. + 1*post_1_11_1 =g= 0;
e206_.. + 1*post_1_11_1 + 7.333333333333333*relu_1_11_1_off_binary_indicator_var =l= 7.333333333333333;
e207_.. + 1*pre_1_11_1 + 7.333333333333333*relu_1_11_1_off_binary_indicator_var =l= 7.333333333333333;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e210_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 8*relu_1_12_0_on_binary_indicator_var =g= -8;
e211_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 16*relu_1_12_0_on_binary_indicator_var =l= 16;
e212_.. + 1*post_1_12_0 =g= 0;
e213_.. + 1*post_1_12_0 + 8*relu_1_12_0_off_binary_indicator_var =l= 8;
e214_.. + 1*pre_1_12_0 + 8*relu_1_12_0_off_binary_indicator_var =l= 8;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e217_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 8*relu_1_12_1_on_binary_indicator_var =g= -8;
e218_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 16*relu_1_12_1_on_binary_indicator_var =l= 16;
e219_.. + 1*post_1_12_1 =g= 0;
e220_.. + 1*post_1_12_1 + 8*relu_1_12_1_off_binary_indicator_var =l= 8;
e221_.. + 1*pre_1_12_1 + 8*relu_1_12_1_off_binary_indicator_var =l= 8;

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
pre_1_1_0.lo = -7.333333333333334;
pre_1_1_0.up = 7.333333333333334;
pre_1_1_1.lo = -7.333333333333334;
pre_1_1_1.up = 7.333333333333334;
pre_1_2_0.lo = -6.666666666666667;
pre_1_2_0.up = 6.666666666666667;
pre_1_2_1.lo = -6.666666666666667;
pre_1_2_1.up = 6.666666666666667;
pre_1_3_0.lo = -6;
pre_1_3_0.up = 6;
pre_1_3_1.lo = -6;
pre_1_3_1.up = 6;
pre_1_4_0.lo = -5.333333333333334;
pre_1_4_0.up = 5.333333333333334;
pre_1_4_1.lo = -5.333333333333334;
pre_1_4_1.up = 5.333333333333334;
pre_1_5_0.lo = -4.666666666666667;
pre_1_5_0.up = 4.666666666666667;
pre_1_5_1.lo = -4.666666666666667;
pre_1_5_1.up = 4.666666666666667;
pre_1_6_0.lo = -4;
pre_1_6_0.up = 4;
pre_1_6_1.lo = -4;
pre_1_6_1.up = 4;
pre_1_7_0.lo = -4.666666666666666;
pre_1_7_0.up = 4.666666666666666;
pre_1_7_1.lo = -4.666666666666666;
pre_1_7_1.up = 4.666666666666666;
pre_1_8_0.lo = -5.333333333333333;
pre_1_8_0.up = 5.333333333333333;
pre_1_8_1.lo = -5.333333333333333;
pre_1_8_1.up = 5.333333333333333;
pre_1_9_0.lo = -6;
pre_1_9_0.up = 6;
pre_1_9_1.lo = -6;
pre_1_9_1.up = 6;
pre_1_10_0.lo = -6.666666666666666;
pre_1_10_0.up = 6.666666666666666;
pre_1_10_1.lo = -6.666666666666666;
pre_1_10_1.up = 6.666666666666666;
pre_1_11_0.lo = -7.333333333333333;
pre_1_11_0.up = 7.333333333333333;
pre_1_11_1.lo = -7.333333333333333;
pre_1_11_1.up = 7.333333333333333;
pre_1_12_0.lo = -8;
pre_1_12_0.up = 8;
pre_1_12_1.lo = -8;
pre_1_12_1.up = 8;
post_1_0_0.lo = 0;
post_1_0_0.up = 8;
post_1_0_1.lo = 0;
post_1_0_1.up = 8;
post_1_1_0.lo = 0;
post_1_1_0.up = 7.333333333333334;
post_1_1_1.lo = 0;
post_1_1_1.up = 7.333333333333334;
post_1_2_0.lo = 0;
post_1_2_0.up = 6.666666666666667;
post_1_2_1.lo = 0;
post_1_2_1.up = 6.666666666666667;
post_1_3_0.lo = 0;
post_1_3_0.up = 6;
post_1_3_1.lo = 0;
post_1_3_1.up = 6;
post_1_4_0.lo = 0;
post_1_4_0.up = 5.333333333333334;
post_1_4_1.lo = 0;
post_1_4_1.up = 5.333333333333334;
post_1_5_0.lo = 0;
post_1_5_0.up = 4.666666666666667;
post_1_5_1.lo = 0;
post_1_5_1.up = 4.666666666666667;
post_1_6_0.lo = 0;
post_1_6_0.up = 4;
post_1_6_1.lo = 0;
post_1_6_1.up = 4;
post_1_7_0.lo = 0;
post_1_7_0.up = 4.666666666666666;
post_1_7_1.lo = 0;
post_1_7_1.up = 4.666666666666666;
post_1_8_0.lo = 0;
post_1_8_0.up = 5.333333333333333;
post_1_8_1.lo = 0;
post_1_8_1.up = 5.333333333333333;
post_1_9_0.lo = 0;
post_1_9_0.up = 6;
post_1_9_1.lo = 0;
post_1_9_1.up = 6;
post_1_10_0.lo = 0;
post_1_10_0.up = 6.666666666666666;
post_1_10_1.lo = 0;
post_1_10_1.up = 6.666666666666666;
post_1_11_0.lo = 0;
post_1_11_0.up = 7.333333333333333;
post_1_11_1.lo = 0;
post_1_11_1.up = 7.333333333333333;
post_1_12_0.lo = 0;
post_1_12_0.up = 8;
post_1_12_1.lo = 0;
post_1_12_1.up = 8;
out_0_0.lo = -68;
out_0_0.up = 68;
out_1_0.lo = -62.66666666666667;
out_1_0.up = 62.66666666666667;
out_2_0.lo = -57.333333333333336;
out_2_0.up = 57.333333333333336;
out_3_0.lo = -52;
out_3_0.up = 52;
out_4_0.lo = -46.66666666666667;
out_4_0.up = 46.66666666666667;
out_5_0.lo = -41.333333333333336;
out_5_0.up = 41.333333333333336;
out_6_0.lo = -36;
out_6_0.up = 36;
out_7_0.lo = -41.33333333333333;
out_7_0.up = 41.33333333333333;
out_8_0.lo = -46.666666666666664;
out_8_0.up = 46.666666666666664;
out_9_0.lo = -52;
out_9_0.up = 52;
out_10_0.lo = -57.33333333333333;
out_10_0.up = 57.33333333333333;
out_11_0.lo = -62.666666666666664;
out_11_0.up = 62.666666666666664;
out_12_0.lo = -68;
out_12_0.up = 68;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
