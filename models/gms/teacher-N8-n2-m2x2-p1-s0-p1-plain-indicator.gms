* teacher-N8-n2-m2x2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N8-n2-m2x2-p1-s0, problem 1, plain-indicator; {"hidden": [2, 2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, w_2_1_0,
  w_2_1_1, w_3_0_0, w_3_0_1, b_1_0, b_1_1, b_2_0, b_2_1, b_3_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1,
  pre_2_0_0, pre_2_0_1, pre_2_1_0, pre_2_1_1, pre_2_2_0, pre_2_2_1, pre_2_3_0, pre_2_3_1,
  pre_2_4_0, pre_2_4_1, pre_2_5_0, pre_2_5_1, pre_2_6_0, pre_2_6_1, pre_2_7_0, pre_2_7_1,
  post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1,
  post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1,
  post_2_0_0, post_2_0_1, post_2_1_0, post_2_1_1, post_2_2_0, post_2_2_1, post_2_3_0, post_2_3_1,
  post_2_4_0, post_2_4_1, post_2_5_0, post_2_5_1, post_2_6_0, post_2_6_1, post_2_7_0, post_2_7_1,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var,
  relu_2_0_0_on_binary_indicator_var, relu_2_0_0_off_binary_indicator_var, relu_2_0_1_on_binary_indicator_var, relu_2_0_1_off_binary_indicator_var, relu_2_1_0_on_binary_indicator_var, relu_2_1_0_off_binary_indicator_var, relu_2_1_1_on_binary_indicator_var, relu_2_1_1_off_binary_indicator_var,
  relu_2_2_0_on_binary_indicator_var, relu_2_2_0_off_binary_indicator_var, relu_2_2_1_on_binary_indicator_var, relu_2_2_1_off_binary_indicator_var, relu_2_3_0_on_binary_indicator_var, relu_2_3_0_off_binary_indicator_var, relu_2_3_1_on_binary_indicator_var, relu_2_3_1_off_binary_indicator_var,
  relu_2_4_0_on_binary_indicator_var, relu_2_4_0_off_binary_indicator_var, relu_2_4_1_on_binary_indicator_var, relu_2_4_1_off_binary_indicator_var, relu_2_5_0_on_binary_indicator_var, relu_2_5_0_off_binary_indicator_var, relu_2_5_1_on_binary_indicator_var, relu_2_5_1_off_binary_indicator_var,
  relu_2_6_0_on_binary_indicator_var, relu_2_6_0_off_binary_indicator_var, relu_2_6_1_on_binary_indicator_var, relu_2_6_1_off_binary_indicator_var, relu_2_7_0_on_binary_indicator_var, relu_2_7_0_off_binary_indicator_var, relu_2_7_1_on_binary_indicator_var, relu_2_7_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_2_0_0, pre_definition_2_0_1, pre_definition_2_1_0, pre_definition_2_1_1, pre_definition_2_2_0, pre_definition_2_2_1, pre_definition_2_3_0,
  pre_definition_2_3_1, pre_definition_2_4_0, pre_definition_2_4_1, pre_definition_2_5_0, pre_definition_2_5_1, pre_definition_2_6_0, pre_definition_2_6_1, pre_definition_2_7_0,
  pre_definition_2_7_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e43_, e44_, e45_, e46_, e47_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e50_, e51_, e52_, e53_, e54_, relu_1_1_0_above_pre,
  relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e57_, e58_, e59_, e60_, e61_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e64_, e65_, e66_, e67_, e68_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e71_,
  e72_, e73_, e74_, e75_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e78_, e79_,
  e80_, e81_, e82_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e85_, e86_, e87_,
  e88_, e89_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e92_, e93_, e94_, e95_,
  e96_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e99_, e100_, e101_, e102_, e103_,
  relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e106_, e107_, e108_, e109_, e110_, relu_1_5_0_above_pre,
  relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e113_, e114_, e115_, e116_, e117_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor,
  e120_, e121_, e122_, e123_, e124_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e127_,
  e128_, e129_, e130_, e131_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e134_, e135_,
  e136_, e137_, e138_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e141_, e142_, e143_,
  e144_, e145_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e148_, e149_, e150_, e151_,
  e152_, relu_2_0_0_above_pre, relu_2_0_0__pyomo_gdp_bigm_reformulation_either_xor, e155_, e156_, e157_, e158_, e159_,
  relu_2_0_1_above_pre, relu_2_0_1__pyomo_gdp_bigm_reformulation_either_xor, e162_, e163_, e164_, e165_, e166_, relu_2_1_0_above_pre,
  relu_2_1_0__pyomo_gdp_bigm_reformulation_either_xor, e169_, e170_, e171_, e172_, e173_, relu_2_1_1_above_pre, relu_2_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e176_, e177_, e178_, e179_, e180_, relu_2_2_0_above_pre, relu_2_2_0__pyomo_gdp_bigm_reformulation_either_xor, e183_,
  e184_, e185_, e186_, e187_, relu_2_2_1_above_pre, relu_2_2_1__pyomo_gdp_bigm_reformulation_either_xor, e190_, e191_,
  e192_, e193_, e194_, relu_2_3_0_above_pre, relu_2_3_0__pyomo_gdp_bigm_reformulation_either_xor, e197_, e198_, e199_,
  e200_, e201_, relu_2_3_1_above_pre, relu_2_3_1__pyomo_gdp_bigm_reformulation_either_xor, e204_, e205_, e206_, e207_,
  e208_, relu_2_4_0_above_pre, relu_2_4_0__pyomo_gdp_bigm_reformulation_either_xor, e211_, e212_, e213_, e214_, e215_,
  relu_2_4_1_above_pre, relu_2_4_1__pyomo_gdp_bigm_reformulation_either_xor, e218_, e219_, e220_, e221_, e222_, relu_2_5_0_above_pre,
  relu_2_5_0__pyomo_gdp_bigm_reformulation_either_xor, e225_, e226_, e227_, e228_, e229_, relu_2_5_1_above_pre, relu_2_5_1__pyomo_gdp_bigm_reformulation_either_xor,
  e232_, e233_, e234_, e235_, e236_, relu_2_6_0_above_pre, relu_2_6_0__pyomo_gdp_bigm_reformulation_either_xor, e239_,
  e240_, e241_, e242_, e243_, relu_2_6_1_above_pre, relu_2_6_1__pyomo_gdp_bigm_reformulation_either_xor, e246_, e247_,
  e248_, e249_, e250_, relu_2_7_0_above_pre, relu_2_7_0__pyomo_gdp_bigm_reformulation_either_xor, e253_, e254_, e255_,
  e256_, e257_, relu_2_7_1_above_pre, relu_2_7_1__pyomo_gdp_bigm_reformulation_either_xor, e260_, e261_, e262_, e263_,
  e264_;

e_obj.. - objvar - 2.2863664496608505*out_0_0 - 2.664354326343199*out_1_0 - 2.1120756579802085*out_2_0 - 2.6110260788956303*out_3_0 - 2.293943401221799*out_4_0 - 1.7738383033462595*out_5_0 - 2.0150518622819233*out_6_0
    - 2.2630431563996063*out_7_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 10.298763319496103 =e= 0;
pre_definition_1_0_0.. + 0.648688758794882*w_1_0_0 - 0.7263578446997732*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.648688758794882*w_1_1_0 - 0.7263578446997732*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.08292244049818343*w_1_0_0 + 0.40057621892523043*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.08292244049818343*w_1_1_0 + 0.40057621892523043*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.1546255576046831*w_1_0_0 + 0.9433606577090741*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.1546255576046831*w_1_1_0 + 0.9433606577090741*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.7514334470008721*w_1_0_0 - 0.34124882938726064*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.7514334470008721*w_1_1_0 - 0.34124882938726064*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.2943790231485002*w_1_0_0 - 0.2307702229625077*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.2943790231485002*w_1_1_0 - 0.2307702229625077*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.23264489147623313*w_1_0_0 - 0.994419871578422*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.23264489147623313*w_1_1_0 - 0.994419871578422*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.9616706775524602*w_1_0_0 - 0.3710839689613894*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.9616706775524602*w_1_1_0 - 0.3710839689613894*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.3009185525356326*w_1_0_0 - 0.37689346114188016*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.3009185525356326*w_1_1_0 - 0.37689346114188016*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_2_0_0.. - 1*b_2_0 + 1*pre_2_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
pre_definition_2_0_1.. - 1*b_2_1 + 1*pre_2_0_1 - 1*w_2_1_0*post_1_0_0 - 1*w_2_1_1*post_1_0_1 =e= 0;
pre_definition_2_1_0.. - 1*b_2_0 + 1*pre_2_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
pre_definition_2_1_1.. - 1*b_2_1 + 1*pre_2_1_1 - 1*w_2_1_0*post_1_1_0 - 1*w_2_1_1*post_1_1_1 =e= 0;
pre_definition_2_2_0.. - 1*b_2_0 + 1*pre_2_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
pre_definition_2_2_1.. - 1*b_2_1 + 1*pre_2_2_1 - 1*w_2_1_0*post_1_2_0 - 1*w_2_1_1*post_1_2_1 =e= 0;
pre_definition_2_3_0.. - 1*b_2_0 + 1*pre_2_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
pre_definition_2_3_1.. - 1*b_2_1 + 1*pre_2_3_1 - 1*w_2_1_0*post_1_3_0 - 1*w_2_1_1*post_1_3_1 =e= 0;
pre_definition_2_4_0.. - 1*b_2_0 + 1*pre_2_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
pre_definition_2_4_1.. - 1*b_2_1 + 1*pre_2_4_1 - 1*w_2_1_0*post_1_4_0 - 1*w_2_1_1*post_1_4_1 =e= 0;
pre_definition_2_5_0.. - 1*b_2_0 + 1*pre_2_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
pre_definition_2_5_1.. - 1*b_2_1 + 1*pre_2_5_1 - 1*w_2_1_0*post_1_5_0 - 1*w_2_1_1*post_1_5_1 =e= 0;
pre_definition_2_6_0.. - 1*b_2_0 + 1*pre_2_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
pre_definition_2_6_1.. - 1*b_2_1 + 1*pre_2_6_1 - 1*w_2_1_0*post_1_6_0 - 1*w_2_1_1*post_1_6_1 =e= 0;
pre_definition_2_7_0.. - 1*b_2_0 + 1*pre_2_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
pre_definition_2_7_1.. - 1*b_2_1 + 1*pre_2_7_1 - 1*w_2_1_0*post_1_7_0 - 1*w_2_1_1*post_1_7_1 =e= 0;
out_definition_0_0.. - 1*b_3_0 + 1*out_0_0 - 1*w_3_0_0*post_2_0_0 - 1*w_3_0_1*post_2_0_1 =e= 0;
out_definition_1_0.. - 1*b_3_0 + 1*out_1_0 - 1*w_3_0_0*post_2_1_0 - 1*w_3_0_1*post_2_1_1 =e= 0;
out_definition_2_0.. - 1*b_3_0 + 1*out_2_0 - 1*w_3_0_0*post_2_2_0 - 1*w_3_0_1*post_2_2_1 =e= 0;
out_definition_3_0.. - 1*b_3_0 + 1*out_3_0 - 1*w_3_0_0*post_2_3_0 - 1*w_3_0_1*post_2_3_1 =e= 0;
out_definition_4_0.. - 1*b_3_0 + 1*out_4_0 - 1*w_3_0_0*post_2_4_0 - 1*w_3_0_1*post_2_4_1 =e= 0;
out_definition_5_0.. - 1*b_3_0 + 1*out_5_0 - 1*w_3_0_0*post_2_5_0 - 1*w_3_0_1*post_2_5_1 =e= 0;
out_definition_6_0.. - 1*b_3_0 + 1*out_6_0 - 1*w_3_0_0*post_2_6_0 - 1*w_3_0_1*post_2_6_1 =e= 0;
out_definition_7_0.. - 1*b_3_0 + 1*out_7_0 - 1*w_3_0_0*post_2_7_0 - 1*w_3_0_1*post_2_7_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e43_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.125139810483965*relu_1_0_0_on_binary_indicator_var =g= -7.125139810483965;
e44_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 14.25027962096793*relu_1_0_0_on_binary_indicator_var =l= 14.25027962096793;
e45_.. + 1*post_1_0_0 =g= 0;
e46_.. + 1*post_1_0_0 + 7.125139810483965*relu_1_0_0_off_binary_indicator_var =l= 7.125139810483965;
e47_.. + 1*pre_1_0_0 + 7.125139810483965*relu_1_0_0_off_binary_indicator_var =l= 7.125139810483965;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e50_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.125139810483965*relu_1_0_1_on_binary_indicator_var =g= -7.125139810483965;
e51_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 14.25027962096793*relu_1_0_1_on_binary_indicator_var =l= 14.25027962096793;
e52_.. + 1*post_1_0_1 =g= 0;
e53_.. + 1*post_1_0_1 + 7.125139810483965*relu_1_0_1_off_binary_indicator_var =l= 7.125139810483965;
e54_.. + 1*pre_1_0_1 + 7.125139810483965*relu_1_0_1_off_binary_indicator_var =l= 7.125139810483965;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e57_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 4.450495978270242*relu_1_1_0_on_binary_indicator_var =g= -4.450495978270242;
e58_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 8.900991956540484*relu_1_1_0_on_binary_indicator_var =l= 8.900991956540484;
e59_.. + 1*post_1_1_0 =g= 0;
e60_.. + 1*post_1_1_0 + 4.450495978270242*relu_1_1_0_off_binary_indicator_var =l= 4.450495978270242;
e61_.. + 1*pre_1_1_0 + 4.450495978270242*relu_1_1_0_off_binary_indicator_var =l= 4.450495978270242;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e64_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 4.450495978270242*relu_1_1_1_on_binary_indicator_var =g= -4.450495978270242;
e65_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 8.900991956540484*relu_1_1_1_on_binary_indicator_var =l= 8.900991956540484;
e66_.. + 1*post_1_1_1 =g= 0;
e67_.. + 1*post_1_1_1 + 4.450495978270242*relu_1_1_1_off_binary_indicator_var =l= 4.450495978270242;
e68_.. + 1*pre_1_1_1 + 4.450495978270242*relu_1_1_1_off_binary_indicator_var =l= 4.450495978270242;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e71_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 6.293958645941272*relu_1_2_0_on_binary_indicator_var =g= -6.293958645941272;
e72_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 12.587917291882544*relu_1_2_0_on_binary_indicator_var =l= 12.587917291882544;
e73_.. + 1*post_1_2_0 =g= 0;
e74_.. + 1*post_1_2_0 + 6.293958645941272*relu_1_2_0_off_binary_indicator_var =l= 6.293958645941272;
e75_.. + 1*pre_1_2_0 + 6.293958645941272*relu_1_2_0_off_binary_indicator_var =l= 6.293958645941272;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e78_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 6.293958645941272*relu_1_2_1_on_binary_indicator_var =g= -6.293958645941272;
e79_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 12.587917291882544*relu_1_2_1_on_binary_indicator_var =l= 12.587917291882544;
e80_.. + 1*post_1_2_1 =g= 0;
e81_.. + 1*post_1_2_1 + 6.293958645941272*relu_1_2_1_off_binary_indicator_var =l= 6.293958645941272;
e82_.. + 1*pre_1_2_1 + 6.293958645941272*relu_1_2_1_off_binary_indicator_var =l= 6.293958645941272;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e85_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6.278046829164398*relu_1_3_0_on_binary_indicator_var =g= -6.278046829164398;
e86_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 12.556093658328797*relu_1_3_0_on_binary_indicator_var =l= 12.556093658328797;
e87_.. + 1*post_1_3_0 =g= 0;
e88_.. + 1*post_1_3_0 + 6.278046829164398*relu_1_3_0_off_binary_indicator_var =l= 6.278046829164398;
e89_.. + 1*pre_1_3_0 + 6.278046829164398*relu_1_3_0_off_binary_indicator_var =l= 6.278046829164398;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e92_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 6.278046829164398*relu_1_3_1_on_binary_indicator_var =g= -6.278046829164398;
e93_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 12.556093658328797*relu_1_3_1_on_binary_indicator_var =l= 12.556093658328797;
e94_.. + 1*post_1_3_1 =g= 0;
e95_.. + 1*post_1_3_1 + 6.278046829164398*relu_1_3_1_off_binary_indicator_var =l= 6.278046829164398;
e96_.. + 1*pre_1_3_1 + 6.278046829164398*relu_1_3_1_off_binary_indicator_var =l= 6.278046829164398;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e99_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4.575447738333024*relu_1_4_0_on_binary_indicator_var =g= -4.575447738333024;
e100_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 9.150895476666047*relu_1_4_0_on_binary_indicator_var =l= 9.150895476666047;
e101_.. + 1*post_1_4_0 =g= 0;
e102_.. + 1*post_1_4_0 + 4.575447738333024*relu_1_4_0_off_binary_indicator_var =l= 4.575447738333024;
e103_.. + 1*pre_1_4_0 + 4.575447738333024*relu_1_4_0_off_binary_indicator_var =l= 4.575447738333024;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e106_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4.575447738333024*relu_1_4_1_on_binary_indicator_var =g= -4.575447738333024;
e107_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 9.150895476666047*relu_1_4_1_on_binary_indicator_var =l= 9.150895476666047;
e108_.. + 1*post_1_4_1 =g= 0;
e109_.. + 1*post_1_4_1 + 4.575447738333024*relu_1_4_1_off_binary_indicator_var =l= 4.575447738333024;
e110_.. + 1*pre_1_4_1 + 4.575447738333024*relu_1_4_1_off_binary_indicator_var =l= 4.575447738333024;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e113_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 6.681194289163965*relu_1_5_0_on_binary_indicator_var =g= -6.681194289163965;
e114_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 13.36238857832793*relu_1_5_0_on_binary_indicator_var =l= 13.36238857832793;
e115_.. + 1*post_1_5_0 =g= 0;
e116_.. + 1*post_1_5_0 + 6.681194289163965*relu_1_5_0_off_binary_indicator_var =l= 6.681194289163965;
e117_.. + 1*pre_1_5_0 + 6.681194289163965*relu_1_5_0_off_binary_indicator_var =l= 6.681194289163965;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e120_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 6.681194289163965*relu_1_5_1_on_binary_indicator_var =g= -6.681194289163965;
e121_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 13.36238857832793*relu_1_5_1_on_binary_indicator_var =l= 13.36238857832793;
e122_.. + 1*post_1_5_1 =g= 0;
e123_.. + 1*post_1_5_1 + 6.681194289163965*relu_1_5_1_off_binary_indicator_var =l= 6.681194289163965;
e124_.. + 1*pre_1_5_1 + 6.681194289163965*relu_1_5_1_off_binary_indicator_var =l= 6.681194289163965;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e127_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.998263939541548*relu_1_6_0_on_binary_indicator_var =g= -6.998263939541548;
e128_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 13.996527879083096*relu_1_6_0_on_binary_indicator_var =l= 13.996527879083096;
e129_.. + 1*post_1_6_0 =g= 0;
e130_.. + 1*post_1_6_0 + 6.998263939541548*relu_1_6_0_off_binary_indicator_var =l= 6.998263939541548;
e131_.. + 1*pre_1_6_0 + 6.998263939541548*relu_1_6_0_off_binary_indicator_var =l= 6.998263939541548;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e134_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.998263939541548*relu_1_6_1_on_binary_indicator_var =g= -6.998263939541548;
e135_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 13.996527879083096*relu_1_6_1_on_binary_indicator_var =l= 13.996527879083096;
e136_.. + 1*post_1_6_1 =g= 0;
e137_.. + 1*post_1_6_1 + 6.998263939541548*relu_1_6_1_off_binary_indicator_var =l= 6.998263939541548;
e138_.. + 1*pre_1_6_1 + 6.998263939541548*relu_1_6_1_off_binary_indicator_var =l= 6.998263939541548;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e141_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 5.033436041032538*relu_1_7_0_on_binary_indicator_var =g= -5.033436041032538;
e142_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 10.066872082065077*relu_1_7_0_on_binary_indicator_var =l= 10.066872082065077;
e143_.. + 1*post_1_7_0 =g= 0;
e144_.. + 1*post_1_7_0 + 5.033436041032538*relu_1_7_0_off_binary_indicator_var =l= 5.033436041032538;
e145_.. + 1*pre_1_7_0 + 5.033436041032538*relu_1_7_0_off_binary_indicator_var =l= 5.033436041032538;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e148_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 5.033436041032538*relu_1_7_1_on_binary_indicator_var =g= -5.033436041032538;
e149_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 10.066872082065077*relu_1_7_1_on_binary_indicator_var =l= 10.066872082065077;
e150_.. + 1*post_1_7_1 =g= 0;
e151_.. + 1*post_1_7_1 + 5.033436041032538*relu_1_7_1_off_binary_indicator_var =l= 5.033436041032538;
e152_.. + 1*pre_1_7_1 + 5.033436041032538*relu_1_7_1_off_binary_indicator_var =l= 5.033436041032538;
relu_2_0_0_above_pre.. + 1*pre_2_0_0 - 1*post_2_0_0 =l= 0;
relu_2_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_0_0_on_binary_indicator_var + 1*relu_2_0_0_off_binary_indicator_var =e= 1;
e155_.. - 1*pre_2_0_0 + 1*post_2_0_0 - 45.75083886290379*relu_2_0_0_on_binary_indicator_var =g= -45.75083886290379;
e156_.. - 1*pre_2_0_0 + 1*post_2_0_0 + 91.50167772580758*relu_2_0_0_on_binary_indicator_var =l= 91.50167772580758;
e157_.. + 1*post_2_0_0 =g= 0;
e158_.. + 1*post_2_0_0 + 45.75083886290379*relu_2_0_0_off_binary_indicator_var =l= 45.75083886290379;
e159_.. + 1*pre_2_0_0 + 45.75083886290379*relu_2_0_0_off_binary_indicator_var =l= 45.75083886290379;
relu_2_0_1_above_pre.. + 1*pre_2_0_1 - 1*post_2_0_1 =l= 0;
relu_2_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_0_1_on_binary_indicator_var + 1*relu_2_0_1_off_binary_indicator_var =e= 1;
e162_.. - 1*pre_2_0_1 + 1*post_2_0_1 - 45.75083886290379*relu_2_0_1_on_binary_indicator_var =g= -45.75083886290379;
e163_.. - 1*pre_2_0_1 + 1*post_2_0_1 + 91.50167772580758*relu_2_0_1_on_binary_indicator_var =l= 91.50167772580758;
e164_.. + 1*post_2_0_1 =g= 0;
e165_.. + 1*post_2_0_1 + 45.75083886290379*relu_2_0_1_off_binary_indicator_var =l= 45.75083886290379;
e166_.. + 1*pre_2_0_1 + 45.75083886290379*relu_2_0_1_off_binary_indicator_var =l= 45.75083886290379;
relu_2_1_0_above_pre.. + 1*pre_2_1_0 - 1*post_2_1_0 =l= 0;
relu_2_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_1_0_on_binary_indicator_var + 1*relu_2_1_0_off_binary_indicator_var =e= 1;
e169_.. - 1*pre_2_1_0 + 1*post_2_1_0 - 29.70297586962145*relu_2_1_0_on_binary_indicator_var =g= -29.70297586962145;
e170_.. - 1*pre_2_1_0 + 1*post_2_1_0 + 59.4059517392429*relu_2_1_0_on_binary_indicator_var =l= 59.4059517392429;
e171_.. + 1*post_2_1_0 =g= 0;
e172_.. + 1*post_2_1_0 + 29.70297586962145*relu_2_1_0_off_binary_indicator_var =l= 29.70297586962145;
e173_.. + 1*pre_2_1_0 + 29.70297586962145*relu_2_1_0_off_binary_indicator_var =l= 29.70297586962145;
relu_2_1_1_above_pre.. + 1*pre_2_1_1 - 1*post_2_1_1 =l= 0;
relu_2_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_1_1_on_binary_indicator_var + 1*relu_2_1_1_off_binary_indicator_var =e= 1;
e176_.. - 1*pre_2_1_1 + 1*post_2_1_1 - 29.70297586962145*relu_2_1_1_on_binary_indicator_var =g= -29.70297586962145;
e177_.. - 1*pre_2_1_1 + 1*post_2_1_1 + 59.4059517392429*relu_2_1_1_on_binary_indicator_var =l= 59.4059517392429;
e178_.. + 1*post_2_1_1 =g= 0;
e179_.. + 1*post_2_1_1 + 29.70297586962145*relu_2_1_1_off_binary_indicator_var =l= 29.70297586962145;
e180_.. + 1*pre_2_1_1 + 29.70297586962145*relu_2_1_1_off_binary_indicator_var =l= 29.70297586962145;
relu_2_2_0_above_pre.. + 1*pre_2_2_0 - 1*post_2_2_0 =l= 0;
relu_2_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_2_0_on_binary_indicator_var + 1*relu_2_2_0_off_binary_indicator_var =e= 1;
e183_.. - 1*pre_2_2_0 + 1*post_2_2_0 - 40.76375187564763*relu_2_2_0_on_binary_indicator_var =g= -40.76375187564763;
e184_.. - 1*pre_2_2_0 + 1*post_2_2_0 + 81.52750375129526*relu_2_2_0_on_binary_indicator_var =l= 81.52750375129526;
e185_.. + 1*post_2_2_0 =g= 0;
e186_.. + 1*post_2_2_0 + 40.76375187564763*relu_2_2_0_off_binary_indicator_var =l= 40.76375187564763;
e187_.. + 1*pre_2_2_0 + 40.76375187564763*relu_2_2_0_off_binary_indicator_var =l= 40.76375187564763;
relu_2_2_1_above_pre.. + 1*pre_2_2_1 - 1*post_2_2_1 =l= 0;
relu_2_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_2_1_on_binary_indicator_var + 1*relu_2_2_1_off_binary_indicator_var =e= 1;
e190_.. - 1*pre_2_2_1 + 1*post_2_2_1 - 40.76375187564763*relu_2_2_1_on_binary_indicator_var =g= -40.76375187564763;
e191_.. - 1*pre_2_2_1 + 1*post_2_2_1 + 81.52750375129526*relu_2_2_1_on_binary_indicator_var =l= 81.52750375129526;
e192_.. + 1*post_2_2_1 =g= 0;
e193_.. + 1*post_2_2_1 + 40.76375187564763*relu_2_2_1_off_binary_indicator_var =l= 40.76375187564763;
e194_.. + 1*pre_2_2_1 + 40.76375187564763*relu_2_2_1_off_binary_indicator_var =l= 40.76375187564763;
relu_2_3_0_above_pre.. + 1*pre_2_3_0 - 1*post_2_3_0 =l= 0;
relu_2_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_3_0_on_binary_indicator_var + 1*relu_2_3_0_off_binary_indicator_var =e= 1;
e197_.. - 1*pre_2_3_0 + 1*post_2_3_0 - 40.66828097498639*relu_2_3_0_on_binary_indicator_var =g= -40.66828097498639;
e198_.. - 1*pre_2_3_0 + 1*post_2_3_0 + 81.33656194997278*relu_2_3_0_on_binary_indicator_var =l= 81.33656194997278;
e199_.. + 1*post_2_3_0 =g= 0;
e200_.. + 1*post_2_3_0 + 40.66828097498639*relu_2_3_0_off_binary_indicator_var =l= 40.66828097498639;
e201_.. + 1*pre_2_3_0 + 40.66828097498639*relu_2_3_0_off_binary_indicator_var =l= 40.66828097498639;
relu_2_3_1_above_pre.. + 1*pre_2_3_1 - 1*post_2_3_1 =l= 0;
relu_2_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_3_1_on_binary_indicator_var + 1*relu_2_3_1_off_binary_indicator_var =e= 1;
e204_.. - 1*pre_2_3_1 + 1*post_2_3_1 - 40.66828097498639*relu_2_3_1_on_binary_indicator_var =g= -40.66828097498639;
e205_.. - 1*pre_2_3_1 + 1*post_2_3_1 + 81.33656194997278*relu_2_3_1_on_binary_indicator_var =l= 81.33656194997278;
e206_.. + 1*post_2_3_1 =g= 0;
e207_.. + 1*post_2_3_1 + 40.66828097498639*relu_2_3_1_off_binary_indicator_var =l= 40.66828097498639;
e208_.. + 1*pre_2_3_1 + 40.66828097498639*relu_2_3_1_off_binary_indicator_var =l= 40.66828097498639;
relu_2_4_0_above_pre.. + 1*pre_2_4_0 - 1*post_2_4_0 =l= 0;
relu_2_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_4_0_on_binary_indicator_var + 1*relu_2_4_0_off_binary_indicator_var =e= 1;
e211_.. - 1*pre_2_4_0 + 1*post_2_4_0 - 30.452686429998142*relu_2_4_0_on_binary_indicator_var =g= -30.452686429998142;
e212_.. - 1*pre_2_4_0 + 1*post_2_4_0 + 60.905372859996284*relu_2_4_0_on_binary_indicator_var =l= 60.905372859996284;
e213_.. + 1*post_2_4_0 =g= 0;
e214_.. + 1*post_2_4_0 + 30.452686429998142*relu_2_4_0_off_binary_indicator_var =l= 30.452686429998142;
e215_.. + 1*pre_2_4_0 + 30.452686429998142*relu_2_4_0_off_binary_indicator_var =l= 30.452686429998142;
relu_2_4_1_above_pre.. + 1*pre_2_4_1 - 1*post_2_4_1 =l= 0;
relu_2_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_4_1_on_binary_indicator_var + 1*relu_2_4_1_off_binary_indicator_var =e= 1;
e218_.. - 1*pre_2_4_1 + 1*post_2_4_1 - 30.452686429998142*relu_2_4_1_on_binary_indicator_var =g= -30.452686429998142;
e219_.. - 1*pre_2_4_1 + 1*post_2_4_1 + 60.905372859996284*relu_2_4_1_on_binary_indicator_var =l= 60.905372859996284;
e220_.. + 1*post_2_4_1 =g= 0;
e221_.. + 1*post_2_4_1 + 30.452686429998142*relu_2_4_1_off_binary_indicator_var =l= 30.452686429998142;
e222_.. + 1*pre_2_4_1 + 30.452686429998142*relu_2_4_1_off_binary_indicator_var =l= 30.452686429998142;
relu_2_5_0_above_pre.. + 1*pre_2_5_0 - 1*post_2_5_0 =l= 0;
relu_2_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_5_0_on_binary_indicator_var + 1*relu_2_5_0_off_binary_indicator_var =e= 1;
e225_.. - 1*pre_2_5_0 + 1*post_2_5_0 - 43.08716573498379*relu_2_5_0_on_binary_indicator_var =g= -43.08716573498379;
e226_.. - 1*pre_2_5_0 + 1*post_2_5_0 + 86.17433146996758*relu_2_5_0_on_binary_indicator_var =l= 86.17433146996758;
e227_.. + 1*post_2_5_0 =g= 0;
e228_.. + 1*post_2_5_0 + 43.08716573498379*relu_2_5_0_off_binary_indicator_var =l= 43.08716573498379;
e229_.. + 1*pre_2_5_0 + 43.08716573498379*relu_2_5_0_off_binary_indicator_var =l= 43.08716573498379;
relu_2_5_1_above_pre.. + 1*pre_2_5_1 - 1*post_2_5_1 =l= 0;
relu_2_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_5_1_on_binary_indicator_var + 1*relu_2_5_1_off_binary_indicator_var =e= 1;
e232_.. - 1*pre_2_5_1 + 1*post_2_5_1 - 43.08716573498379*relu_2_5_1_on_binary_indicator_var =g= -43.08716573498379;
e233_.. - 1*pre_2_5_1 + 1*post_2_5_1 + 86.17433146996758*relu_2_5_1_on_binary_indicator_var =l= 86.17433146996758;
e234_.. + 1*post_2_5_1 =g= 0;
e235_.. + 1*post_2_5_1 + 43.08716573498379*relu_2_5_1_off_binary_indicator_var =l= 43.08716573498379;
e236_.. + 1*pre_2_5_1 + 43.08716573498379*relu_2_5_1_off_binary_indicator_var =l= 43.08716573498379;
relu_2_6_0_above_pre.. + 1*pre_2_6_0 - 1*post_2_6_0 =l= 0;
relu_2_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_6_0_on_binary_indicator_var + 1*relu_2_6_0_off_binary_indicator_var =e= 1;
e239_.. - 1*pre_2_6_0 + 1*post_2_6_0 - 44.98958363724929*relu_2_6_0_on_binary_indicator_var =g= -44.98958363724929;
e240_.. - 1*pre_2_6_0 + 1*post_2_6_0 + 89.97916727449858*relu_2_6_0_on_binary_indicator_var =l= 89.97916727449858;
e241_.. + 1*post_2_6_0 =g= 0;
e242_.. + 1*post_2_6_0 + 44.98958363724929*relu_2_6_0_off_binary_indicator_var =l= 44.98958363724929;
e243_.. + 1*pre_2_6_0 + 44.98958363724929*relu_2_6_0_off_binary_indicator_var =l= 44.98958363724929;
relu_2_6_1_above_pre.. + 1*pre_2_6_1 - 1*post_2_6_1 =l= 0;
relu_2_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_6_1_on_binary_indicator_var + 1*relu_2_6_1_off_binary_indicator_var =e= 1;
e246_.. - 1*pre_2_6_1 + 1*post_2_6_1 - 44.98958363724929*relu_2_6_1_on_binary_indicator_var =g= -44.98958363724929;
e247_.. - 1*pre_2_6_1 + 1*post_2_6_1 + 89.97916727449858*relu_2_6_1_on_binary_indicator_var =l= 89.97916727449858;
e248_.. + 1*post_2_6_1 =g= 0;
e249_.. + 1*post_2_6_1 + 44.98958363724929*relu_2_6_1_off_binary_indicator_var =l= 44.98958363724929;
e250_.. + 1*pre_2_6_1 + 44.98958363724929*relu_2_6_1_off_binary_indicator_var =l= 44.98958363724929;
relu_2_7_0_above_pre.. + 1*pre_2_7_0 - 1*post_2_7_0 =l= 0;
relu_2_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_7_0_on_binary_indicator_var + 1*relu_2_7_0_off_binary_indicator_var =e= 1;
e253_.. - 1*pre_2_7_0 + 1*post_2_7_0 - 33.20061624619523*relu_2_7_0_on_binary_indicator_var =g= -33.20061624619523;
e254_.. - 1*pre_2_7_0 + 1*post_2_7_0 + 66.40123249239046*relu_2_7_0_on_binary_indicator_var =l= 66.40123249239046;
e255_.. + 1*post_2_7_0 =g= 0;
e256_.. + 1*post_2_7_0 + 33.20061624619523*relu_2_7_0_off_binary_indicator_var =l= 33.20061624619523;
e257_.. + 1*pre_2_7_0 + 33.20061624619523*relu_2_7_0_off_binary_indicator_var =l= 33.20061624619523;
relu_2_7_1_above_pre.. + 1*pre_2_7_1 - 1*post_2_7_1 =l= 0;
relu_2_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_7_1_on_binary_indicator_var + 1*relu_2_7_1_off_binary_indicator_var =e= 1;
e260_.. - 1*pre_2_7_1 + 1*post_2_7_1 - 33.20061624619523*relu_2_7_1_on_binary_indicator_var =g= -33.20061624619523;
e261_.. - 1*pre_2_7_1 + 1*post_2_7_1 + 66.40123249239046*relu_2_7_1_on_binary_indicator_var =l= 66.40123249239046;
e262_.. + 1*post_2_7_1 =g= 0;
e263_.. + 1*post_2_7_1 + 33.20061624619523*relu_2_7_1_off_binary_indicator_var =l= 33.20061624619523;
e264_.. + 1*pre_2_7_1 + 33.20061624619523*relu_2_7_1_off_binary_indicator_var =l= 33.20061624619523;

w_1_0_0.lo = -3;
w_1_0_0.up = 3;
w_1_0_1.lo = -3;
w_1_0_1.up = 3;
w_1_1_0.lo = -3;
w_1_1_0.up = 3;
w_1_1_1.lo = -3;
w_1_1_1.up = 3;
w_2_0_0.lo = -3;
w_2_0_0.up = 3;
w_2_0_1.lo = -3;
w_2_0_1.up = 3;
w_2_1_0.lo = -3;
w_2_1_0.up = 3;
w_2_1_1.lo = -3;
w_2_1_1.up = 3;
w_3_0_0.lo = -3;
w_3_0_0.up = 3;
w_3_0_1.lo = -3;
w_3_0_1.up = 3;
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
b_2_1.lo = -3;
b_2_1.up = 3;
b_3_0.lo = -3;
b_3_0.up = 3;
pre_1_0_0.lo = -7.125139810483965;
pre_1_0_0.up = 7.125139810483965;
pre_1_0_1.lo = -7.125139810483965;
pre_1_0_1.up = 7.125139810483965;
pre_1_1_0.lo = -4.450495978270242;
pre_1_1_0.up = 4.450495978270242;
pre_1_1_1.lo = -4.450495978270242;
pre_1_1_1.up = 4.450495978270242;
pre_1_2_0.lo = -6.293958645941272;
pre_1_2_0.up = 6.293958645941272;
pre_1_2_1.lo = -6.293958645941272;
pre_1_2_1.up = 6.293958645941272;
pre_1_3_0.lo = -6.278046829164398;
pre_1_3_0.up = 6.278046829164398;
pre_1_3_1.lo = -6.278046829164398;
pre_1_3_1.up = 6.278046829164398;
pre_1_4_0.lo = -4.575447738333024;
pre_1_4_0.up = 4.575447738333024;
pre_1_4_1.lo = -4.575447738333024;
pre_1_4_1.up = 4.575447738333024;
pre_1_5_0.lo = -6.681194289163965;
pre_1_5_0.up = 6.681194289163965;
pre_1_5_1.lo = -6.681194289163965;
pre_1_5_1.up = 6.681194289163965;
pre_1_6_0.lo = -6.998263939541548;
pre_1_6_0.up = 6.998263939541548;
pre_1_6_1.lo = -6.998263939541548;
pre_1_6_1.up = 6.998263939541548;
pre_1_7_0.lo = -5.033436041032538;
pre_1_7_0.up = 5.033436041032538;
pre_1_7_1.lo = -5.033436041032538;
pre_1_7_1.up = 5.033436041032538;
pre_2_0_0.lo = -45.75083886290379;
pre_2_0_0.up = 45.75083886290379;
pre_2_0_1.lo = -45.75083886290379;
pre_2_0_1.up = 45.75083886290379;
pre_2_1_0.lo = -29.70297586962145;
pre_2_1_0.up = 29.70297586962145;
pre_2_1_1.lo = -29.70297586962145;
pre_2_1_1.up = 29.70297586962145;
pre_2_2_0.lo = -40.76375187564763;
pre_2_2_0.up = 40.76375187564763;
pre_2_2_1.lo = -40.76375187564763;
pre_2_2_1.up = 40.76375187564763;
pre_2_3_0.lo = -40.66828097498639;
pre_2_3_0.up = 40.66828097498639;
pre_2_3_1.lo = -40.66828097498639;
pre_2_3_1.up = 40.66828097498639;
pre_2_4_0.lo = -30.452686429998142;
pre_2_4_0.up = 30.452686429998142;
pre_2_4_1.lo = -30.452686429998142;
pre_2_4_1.up = 30.452686429998142;
pre_2_5_0.lo = -43.08716573498379;
pre_2_5_0.up = 43.08716573498379;
pre_2_5_1.lo = -43.08716573498379;
pre_2_5_1.up = 43.08716573498379;
pre_2_6_0.lo = -44.98958363724929;
pre_2_6_0.up = 44.98958363724929;
pre_2_6_1.lo = -44.98958363724929;
pre_2_6_1.up = 44.98958363724929;
pre_2_7_0.lo = -33.20061624619523;
pre_2_7_0.up = 33.20061624619523;
pre_2_7_1.lo = -33.20061624619523;
pre_2_7_1.up = 33.20061624619523;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.125139810483965;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.125139810483965;
post_1_1_0.lo = 0;
post_1_1_0.up = 4.450495978270242;
post_1_1_1.lo = 0;
post_1_1_1.up = 4.450495978270242;
post_1_2_0.lo = 0;
post_1_2_0.up = 6.293958645941272;
post_1_2_1.lo = 0;
post_1_2_1.up = 6.293958645941272;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.278046829164398;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.278046829164398;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.575447738333024;
post_1_4_1.lo = 0;
post_1_4_1.up = 4.575447738333024;
post_1_5_0.lo = 0;
post_1_5_0.up = 6.681194289163965;
post_1_5_1.lo = 0;
post_1_5_1.up = 6.681194289163965;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.998263939541548;
post_1_6_1.lo = 0;
post_1_6_1.up = 6.998263939541548;
post_1_7_0.lo = 0;
post_1_7_0.up = 5.033436041032538;
post_1_7_1.lo = 0;
post_1_7_1.up = 5.033436041032538;
post_2_0_0.lo = 0;
post_2_0_0.up = 45.75083886290379;
post_2_0_1.lo = 0;
post_2_0_1.up = 45.75083886290379;
post_2_1_0.lo = 0;
post_2_1_0.up = 29.70297586962145;
post_2_1_1.lo = 0;
post_2_1_1.up = 29.70297586962145;
post_2_2_0.lo = 0;
post_2_2_0.up = 40.76375187564763;
post_2_2_1.lo = 0;
post_2_2_1.up = 40.76375187564763;
post_2_3_0.lo = 0;
post_2_3_0.up = 40.66828097498639;
post_2_3_1.lo = 0;
post_2_3_1.up = 40.66828097498639;
post_2_4_0.lo = 0;
post_2_4_0.up = 30.452686429998142;
post_2_4_1.lo = 0;
post_2_4_1.up = 30.452686429998142;
post_2_5_0.lo = 0;
post_2_5_0.up = 43.08716573498379;
post_2_5_1.lo = 0;
post_2_5_1.up = 43.08716573498379;
post_2_6_0.lo = 0;
post_2_6_0.up = 44.98958363724929;
post_2_6_1.lo = 0;
post_2_6_1.up = 44.98958363724929;
post_2_7_0.lo = 0;
post_2_7_0.up = 33.20061624619523;
post_2_7_1.lo = 0;
post_2_7_1.up = 33.20061624619523;
out_0_0.lo = -277.5050331774228;
out_0_0.up = 277.5050331774228;
out_1_0.lo = -181.2178552177287;
out_1_0.up = 181.2178552177287;
out_2_0.lo = -247.58251125388577;
out_2_0.up = 247.58251125388577;
out_3_0.lo = -247.00968584991833;
out_3_0.up = 247.00968584991833;
out_4_0.lo = -185.71611857998886;
out_4_0.up = 185.71611857998886;
out_5_0.lo = -261.52299440990276;
out_5_0.up = 261.52299440990276;
out_6_0.lo = -272.9375018234957;
out_6_0.up = 272.9375018234957;
out_7_0.lo = -202.20369747717137;
out_7_0.up = 202.20369747717137;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
