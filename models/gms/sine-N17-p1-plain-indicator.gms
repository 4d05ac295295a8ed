* sine-N17-p1-plain-indicator  (relu-opt library: sine-N17, problem 1, plain-indicator; {"hidden": [3], "bound": 4.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_1_2_0, w_2_0_0, w_2_0_1, w_2_0_2, b_1_0,
  b_1_1, b_1_2, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_0_2, pre_1_1_0, pre_1_1_1,
  pre_1_1_2, pre_1_2_0, pre_1_2_1, pre_1_2_2, pre_1_3_0, pre_1_3_1, pre_1_3_2, pre_1_4_0,
  pre_1_4_1, pre_1_4_2, pre_1_5_0, pre_1_5_1, pre_1_5_2, pre_1_6_0, pre_1_6_1, pre_1_6_2,
  pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_8_0, pre_1_8_1, pre_1_8_2, pre_1_9_0, pre_1_9_1,
  pre_1_9_2, pre_1_10_0, pre_1_10_1, pre_1_10_2, pre_1_11_0, pre_1_11_1, pre_1_11_2, pre_1_12_0,
  pre_1_12_1, pre_1_12_2, pre_1_13_0, pre_1_13_1, pre_1_13_2, pre_1_14_0, pre_1_14_1, pre_1_14_2,
  pre_1_15_0, pre_1_15_1, pre_1_15_2, pre_1_16_0, pre_1_16_1, pre_1_16_2, post_1_0_0, post_1_0_1,
  post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2, post_1_2_0, post_1_2_1, post_1_2_2, post_1_3_0,
  post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1, post_1_4_2, post_1_5_0, post_1_5_1, post_1_5_2,
  post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0, post_1_7_1, post_1_7_2, post_1_8_0, post_1_8_1,
  post_1_8_2, post_1_9_0, post_1_9_1, post_1_9_2, post_1_10_0, post_1_10_1, post_1_10_2, post_1_11_0,
  post_1_11_1, post_1_11_2, post_1_12_0, post_1_12_1, post_1_12_2, post_1_13_0, post_1_13_1, post_1_13_2,
  post_1_14_0, post_1_14_1, post_1_14_2, post_1_15_0, post_1_15_1, post_1_15_2, post_1_16_0, post_1_16_1,
  post_1_16_2, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0,
  out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0, out_14_0,
  out_15_0, out_16_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_0_2_on_binary_indicator_var, relu_1_0_2_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var,
  relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var, relu_1_1_2_on_binary_indicator_var, relu_1_1_2_off_binary_indicator_var, relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var,
  relu_1_2_2_on_binary_indicator_var, relu_1_2_2_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var, relu_1_3_2_on_binary_indicator_var, relu_1_3_2_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_4_2_on_binary_indicator_var, relu_1_4_2_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var,
  relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var, relu_1_5_2_on_binary_indicator_var, relu_1_5_2_off_binary_indicator_var, relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var,
  relu_1_6_2_on_binary_indicator_var, relu_1_6_2_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var, relu_1_7_2_on_binary_indicator_var, relu_1_7_2_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var, relu_1_8_2_on_binary_indicator_var, relu_1_8_2_off_binary_indicator_var, relu_1_9_0_on_binary_indicator_var, relu_1_9_0_off_binary_indicator_var,
  relu_1_9_1_on_binary_indicator_var, relu_1_9_1_off_binary_indicator_var, relu_1_9_2_on_binary_indicator_var, relu_1_9_2_off_binary_indicator_var, relu_1_10_0_on_binary_indicator_var, relu_1_10_0_off_binary_indicator_var, relu_1_10_1_on_binary_indicator_var, relu_1_10_1_off_binary_indicator_var,
  relu_1_10_2_on_binary_indicator_var, relu_1_10_2_off_binary_indicator_var, relu_1_11_0_on_binary_indicator_var, relu_1_11_0_off_binary_indicator_var, relu_1_11_1_on_binary_indicator_var, relu_1_11_1_off_binary_indicator_var, relu_1_11_2_on_binary_indicator_var, relu_1_11_2_off_binary_indicator_var,
  relu_1_12_0_on_binary_indicator_var, relu_1_12_0_off_binary_indicator_var, relu_1_12_1_on_binary_indicator_var, relu_1_12_1_off_binary_indicator_var, relu_1_12_2_on_binary_indicator_var, relu_1_12_2_off_binary_indicator_var, relu_1_13_0_on_binary_indicator_var, relu_1_13_0_off_binary_indicator_var,
  relu_1_13_1_on_binary_indicator_var, relu_1_13_1_off_binary_indicator_var, relu_1_13_2_on_binary_indicator_var, relu_1_13_2_off_binary_indicator_var, relu_1_14_0_on_binary_indicator_var, relu_1_14_0_off_binary_indicator_var, relu_1_14_1_on_binary_indicator_var, relu_1_14_1_off_binary_indicator_var,
  relu_1_14_2_on_binary_indicator_var, relu_1_14_2_off_binary_indicator_var, relu_1_15_0_on_binary_indicator_var, relu_1_15_0_off_binary_indicator_var, relu_1_15_1_on_binary_indicator_var, relu_1_15_1_off_binary_indicator_var, relu_1_15_2_on_binary_indicator_var, relu_1_15_2_off_binary_indicator_var,
  relu_1_16_0_on_binary_indicator_var, relu_1_16_0_off_binary_indicator_var, relu_1_16_1_on_binary_indicator_var, relu_1_16_1_off_binary_indicator_var, relu_1_16_2_on_binary_indicator_var, relu_1_16_2_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_2_0,
  pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_7_0, pre_definition_1_7_1,
  pre_definition_1_7_2, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2, pre_definition_1_10_0,
  pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2,
  pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_15_0, pre_definition_1_15_1,
  pre_definition_1_15_2, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_16_2, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0,
  out_definition_4_0, out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0,
  out_definition_12_0, out_definition_13_0, out_definition_14_0, out_definition_15_0, out_definition_16_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e71_,
  e72_, e73_, e74_, e75_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e78_, e79_,
  e80_, e81_, e82_, relu_1_0_2_above_pre, relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor, e85_, e86_, e87_,
  e88_, e89_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e92_, e93_, e94_, e95_,
  e96_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e99_, e100_, e101_, e102_, e103_,
  relu_1_1_2_above_pre, relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor, e106_, e107_, e108_, e109_, e110_, relu_1_2_0_above_pre,
  relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e113_, e114_, e115_, e116_, e117_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor,
  e120_, e121_, e122_, e123_, e124_, relu_1_2_2_above_pre, relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor, e127_,
  e128_, e129_, e130_, e131_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e134_, e135_,
  e136_, e137_, e138_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e141_, e142_, e143_,
  e144_, e145_, relu_1_3_2_above_pre, relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor, e148_, e149_, e150_, e151_,
  e152_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e155_, e156_, e157_, e158_, e159_,
  relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e162_, e163_, e164_, e165_, e166_, relu_1_4_2_above_pre,
  relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor, e169_, e170_, e171_, e172_, e173_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor,
  e176_, e177_, e178_, e179_, e180_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e183_,
  e184_, e185_, e186_, e187_, relu_1_5_2_above_pre, relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor, e190_, e191_,
  e192_, e193_, e194_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e197_, e198_, e199_,
  e200_, e201_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e204_, e205_, e206_, e207_,
  e208_, relu_1_6_2_above_pre, relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor, e211_, e212_, e213_, e214_, e215_,
  relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e218_, e219_, e220_, e221_, e222_, relu_1_7_1_above_pre,
  relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e225_, e226_, e227_, e228_, e229_, relu_1_7_2_above_pre, relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor,
  e232_, e233_, e234_, e235_, e236_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e239_,
  e240_, e241_, e242_, e243_, relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e246_, e247_,
  e248_, e249_, e250_, relu_1_8_2_above_pre, relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor, e253_, e254_, e255_,
  e256_, e257_, relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e260_, e261_, e262_, e263_,
  e264_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e267_, e268_, e269_, e270_, e271_,
  relu_1_9_2_above_pre, relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor, e274_, e275_, e276_, e277_, e278_, relu_1_10_0_above_pre,
  relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e281_, e282_, e283_, e284_, e285_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor,
  e288_, e289_, e290_, e291_, e292_, relu_1_10_2_above_pre, relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor, e295_,
  e296_, e297_, e298_, e299_, relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e302_, e303_,
  e304_, e305_, e306_, relu_1_11_1_above_pre, relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e309_, e310_, e311_,
  e312_, e313_, relu_1_11_2_above_pre, relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor, e316_, e317_, e318_, e319_,
  e320_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e323_, e324_, e325_, e326_, e327_,
  relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e330_, e331_, e332_, e333_, e334_, relu_1_12_2_above_pre,
  relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor, e337_, e338_, e339_, e340_, e341_, relu_1_13_0_above_pre, relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor,
  e344_, e345_, e346_, e347_, e348_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor, e351_,
  e352_, e353_, e354_, e355_, relu_1_13_2_above_pre, relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor, e358_, e359_,
  e360_, e361_, e362_, relu_1_14_0_above_pre, relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e365_, e366_, e367_,
  e368_, e369_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor, e372_, e373_, e374_, e375_,
  e376_, relu_1_14_2_above_pre, relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor, e379_, e380_, e381_, e382_, e383_,
  relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e386_, e387_, e388_, e389_, e390_, relu_1_15_1_above_pre,
  relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e393_, e394_, e395_, e396_, e397_, relu_1_15_2_above_pre, relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor,
  e400_, e401_, e402_, e403_, e404_, relu_1_16_0_above_pre, relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor, e407_,
  e408_, e409_, e410_, e411_, relu_1_16_1_above_pre, relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor, e414_, e415_,
  e416_, e417_, e418_, relu_1_16_2_above_pre, relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor, e421_, e422_, e423_,
  e424_, e425_;

e_obj.. - objvar + 2.4492935982947064e-16*out_0_0 + 0.7653668647301798*out_1_0 + 1.4142135623730951*out_2_0 + 1.8477590650225735*out_3_0 + 2*out_4_0 + 1.8477590650225735*out_5_0 + 1.414213562373095*out_6_0
    + 0.7653668647301796*out_7_0 - 0.7653668647301796*out_9_0 - 1.414213562373095*out_10_0 - 1.8477590650225735*out_11_0 - 2*out_12_0 - 1.8477590650225735*out_13_0 - 1.4142135623730951*out_14_0 - 0.7653668647301798*out_15_0
    - 2.4492935982947064e-16*out_16_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 8 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 1*w_1_2_0 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_1_0.. + 0.875*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.875*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.875*w_1_2_0 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_2_0.. + 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. + 0.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_3_0.. + 0.625*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.625*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. + 0.625*w_1_2_0 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_4_0.. + 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. + 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_5_0.. + 0.375*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.375*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. + 0.375*w_1_2_0 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_6_0.. + 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. + 0.25*w_1_2_0 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_7_0.. + 0.125*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. + 0.125*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. + 0.125*w_1_2_0 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_8_0.. - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_9_0.. - 0.125*w_1_0_0 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.125*w_1_1_0 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. - 0.125*w_1_2_0 - 1*b_1_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_10_0.. - 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 0.25*w_1_2_0 - 1*b_1_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_11_0.. - 0.375*w_1_0_0 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 0.375*w_1_1_0 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. - 0.375*w_1_2_0 - 1*b_1_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_12_0.. - 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_13_0.. - 0.625*w_1_0_0 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 0.625*w_1_1_0 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. - 0.625*w_1_2_0 - 1*b_1_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_14_0.. - 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. - 0.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_15_0.. - 0.875*w_1_0_0 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. - 0.875*w_1_1_0 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_1_15_2.. - 0.875*w_1_2_0 - 1*b_1_2 + 1*pre_1_15_2 =e= 0;
pre_definition_1_16_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. - 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_16_1 =e= 0;
pre_definition_1_16_2.. - 1*w_1_2_0 - 1*b_1_2 + 1*pre_1_16_2 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 - 1*w_2_0_2*post_1_0_2 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 - 1*w_2_0_2*post_1_1_2 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 - 1*w_2_0_2*post_1_2_2 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 - 1*w_2_0_2*post_1_3_2 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 - 1*w_2_0_2*post_1_4_2 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 - 1*w_2_0_2*post_1_5_2 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 - 1*w_2_0_2*post_1_6_2 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 - 1*w_2_0_2*post_1_7_2 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 - 1*w_2_0_2*post_1_8_2 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 - 1*w_2_0_2*post_1_9_2 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 - 1*w_2_0_2*post_1_10_2 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 - 1*w_2_0_2*post_1_11_2 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 - 1*w_2_0_2*post_1_12_2 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 - 1*w_2_0_2*post_1_13_2 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 - 1*w_2_0_2*post_1_14_2 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*w_2_0_0*post_1_15_0 - 1*w_2_0_1*post_1_15_1 - 1*w_2_0_2*post_1_15_2 =e= 0;
out_definition_16_0.. - 1*b_2_0 + 1*out_16_0 - 1*w_2_0_0*post_1_16_0 - 1*w_2_0_1*post_1_16_1 - 1*w_2_0_2*post_1_16_2 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e71_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 8*relu_1_0_0_on_binary_indicator_var =g= -8;
e72_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 16*relu_1_0_0_on_binary_indicator_var =l= 16;
e73_.. + 1*post_1_0_0 =g= 0;
e74_.. + 1*post_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
e75_.. + 1*pre_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e78_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 8*relu_1_0_1_on_binary_indicator_var =g= -8;
e79_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 16*relu_1_0_1_on_binary_indicator_var =l= 16;
e80_.. + 1*post_1_0_1 =g= 0;
e81_.. + 1*post_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
e82_.. + 1*pre_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_2_on_binary_indicator_var + 1*relu_1_0_2_off_binary_indicator_var =e= 1;
e85_.. - 1*pre_1_0_2 + 1*post_1_0_2 - 8*relu_1_0_2_on_binary_indicator_var =g= -8;
e86_.. - 1*pre_1_0_2 + 1*post_1_0_2 + 16*relu_1_0_2_on_binary_indicator_var =l= 16;
e87_.. + 1*post_1_0_2 =g= 0;
e88_.. + 1*post_1_0_2 + 8*relu_1_0_2_off_binary_indicator_var =l= 8;
e89_.. + 1*pre_1_0_2 + 8*relu_1_0_2_off_binary_indicator_var =l= 8;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e92_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 7.5*relu_1_1_0_on_binary_indicator_var =g= -7.5;
e93_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 15*relu_1_1_0_on_binary_indicator_var =l= 15;
e94_.. + 1*post_1_1_0 =g= 0;
e95_.. + 1*post_1_1_0 + 7.5*relu_1_1_0_off_binary_indicator_var =l= 7.5;
e96_.. + 1*pre_1_1_0 + 7.5*relu_1_1_0_off_binary_indicator_var =l= 7.5;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e99_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 7.5*relu_1_1_1_on_binary_indicator_var =g= -7.5;
e100_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 15*relu_1_1_1_on_binary_indicator_var =l= 15;
e101_.. + 1*post_1_1_1 =g= 0;
e102_.. + 1*post_1_1_1 + 7.5*relu_1_1_1_off_binary_indicator_var =l= 7.5;
e103_.. + 1*pre_1_1_1 + 7.5*relu_1_1_1_off_binary_indicator_var =l= 7.5;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_2_on_binary_indicator_var + 1*relu_1_1_2_off_binary_indicator_var =e= 1;
e106_.. - 1*pre_1_1_2 + 1*post_1_1_2 - 7.5*relu_1_1_2_on_binary_indicator_var =g= -7.5;
e107_.. - 1*pre_1_1_2 + 1*post_1_1_2 + 15*relu_1_1_2_on_binary_indicator_var =l= 15;
e108_.. + 1*post_1_1_2 =g= 0;
e109_.. + 1*post_1_1_2 + 7.5*relu_1_1_2_off_binary_indicator_var =l= 7.5;
e110_.. + 1*pre_1_1_2 + 7.5*relu_1_1_2_off_binary_indicator_var =l= 7.5;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e113_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 7*relu_1_2_0_on_binary_indicator_var =g= -7;
e114_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 14*relu_1_2_0_on_binary_indicator_var =l= 14;
e115_.. + 1*post_1_2_0 =g= 0;
e116_.. + 1*post_1_2_0 + 7*relu_1_2_0_off_binary_indicator_var =l= 7;
e117_.. + 1*pre_1_2_0 + 7*relu_1_2_0_off_binary_indicator_var =l= 7;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e120_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 7*relu_1_2_1_on_binary_indicator_var =g= -7;
e121_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 14*relu_1_2_1_on_binary_indicator_var =l= 14;
e122_.. + 1*post_1_2_1 =g= 0;
e123_.. + 1*post_1_2_1 + 7*relu_1_2_1_off_binary_indicator_var =l= 7;
e124_.. + 1*pre_1_2_1 + 7*relu_1_2_1_off_binary_indicator_var =l= 7;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_2_on_binary_indicator_var + 1*relu_1_2_2_off_binary_indicator_var =e= 1;
e127_.. - 1*pre_1_2_2 + 1*post_1_2_2 - 7*relu_1_2_2_on_binary_indicator_var =g= -7;
e128_.. - 1*pre_1_2_2 + 1*post_1_2_2 + 14*relu_1_2_2_on_binary_indicator_var =l= 14;
e129_.. + 1*post_1_2_2 =g= 0;
e130_.. + 1*post_1_2_2 + 7*relu_1_2_2_off_binary_indicator_var =l= 7;
e131_.. + 1*pre_1_2_2 + 7*relu_1_2_2_off_binary_indicator_var =l= 7;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e134_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6.5*relu_1_3_0_on_binary_indicator_var =g= -6.5;
e135_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 13*relu_1_3_0_on_binary_indicator_var =l= 13;
e136_.. + 1*post_1_3_0 =g= 0;
e137_.. + 1*post_1_3_0 + 6.5*relu_1_3_0_off_binary_indicator_var =l= 6.5;
e138_.. + 1*pre_1_3_0 + 6.5*relu_1_3_0_off_binary_indicator_var =l= 6.5;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e141_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 6.5*relu_1_3_1_on_binary_indicator_var =g= -6.5;
e142_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 13*relu_1_3_1_on_binary_indicator_var =l= 13;
e143_.. + 1*post_1_3_1 =g= 0;
e144_.. + 1*post_1_3_1 + 6.5*relu_1_3_1_off_binary_indicator_var =l= 6.5;
e145_.. + 1*pre_1_3_1 + 6.5*relu_1_3_1_off_binary_indicator_var =l= 6.5;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_2_on_binary_indicator_var + 1*relu_1_3_2_off_binary_indicator_var =e= 1;
e148_.. - 1*pre_1_3_2 + 1*post_1_3_2 - 6.5*relu_1_3_2_on_binary_indicator_var =g= -6.5;
e149_.. - 1*pre_1_3_2 + 1*post_1_3_2 + 13*relu_1_3_2_on_binary_indicator_var =l= 13;
e150_.. + 1*post_1_3_2 =g= 0;
e151_.. + 1*post_1_3_2 + 6.5*relu_1_3_2_off_binary_indicator_var =l= 6.5;
e152_.. + 1*pre_1_3_2 + 6.5*relu_1_3_2_off_binary_indicator_var =l= 6.5;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e155_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 6*relu_1_4_0_on_binary_indicator_var =g= -6;
e156_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 12*relu_1_4_0_on_binary_indicator_var =l= 12;
e157_.. + 1*post_1_4_0 =g= 0;
e158_.. + 1*post_1_4_0 + 6*relu_1_4_0_off_binary_indicator_var =l= 6;
e159_.. + 1*pre_1_4_0 + 6*relu_1_4_0_off_binary_indicator_var =l= 6;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e162_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 6*relu_1_4_1_on_binary_indicator_var =g= -6;
e163_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 12*relu_1_4_1_on_binary_indicator_var =l= 12;
e164_.. + 1*post_1_4_1 =g= 0;
e165_.. + 1*post_1_4_1 + 6*relu_1_4_1_off_binary_indicator_var =l= 6;
e166_.. + 1*pre_1_4_1 + 6*relu_1_4_1_off_binary_indicator_var =l= 6;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_2_on_binary_indicator_var + 1*relu_1_4_2_off_binary_indicator_var =e= 1;
e169_.. - 1*pre_1_4_2 + 1*post_1_4_2 - 6*relu_1_4_2_on_binary_indicator_var =g= -6;
e170_.. - 1*pre_1_4_2 + 1*post_1_4_2 + 12*relu_1_4_2_on_binary_indicator_var =l= 12;
e171_.. + 1*post_1_4_2 =g= 0;
e172_.. + 1*post_1_4_2 + 6*relu_1_4_2_off_binary_indicator_var =l= 6;
e173_.. + 1*pre_1_4_2 + 6*relu_1_4_2_off_binary_indicator_var =l= 6;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e176_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5.5*relu_1_5_0_on_binary_indicator_var =g= -5.5;
e177_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 11*relu_1_5_0_on_binary_indicator_var =l= 11;
e178_.. + 1*post_1_5_0 =g= 0;
e179_.. + 1*post_1_5_0 + 5.5*relu_1_5_0_off_binary_indicator_var =l= 5.5;
e180_.. + 1*pre_1_5_0 + 5.5*relu_1_5_0_off_binary_indicator_var =l= 5.5;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e183_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5.5*relu_1_5_1_on_binary_indicator_var =g= -5.5;
e184_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 11*relu_1_5_1_on_binary_indicator_var =l= 11;
e185_.. + 1*post_1_5_1 =g= 0;
e186_.. + 1*post_1_5_1 + 5.5*relu_1_5_1_off_binary_indicator_var =l= 5.5;
e187_.. + 1*pre_1_5_1 + 5.5*relu_1_5_1_off_binary_indicator_var =l= 5.5;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_2_on_binary_indicator_var + 1*relu_1_5_2_off_binary_indicator_var =e= 1;
e190_.. - 1*pre_1_5_2 + 1*post_1_5_2 - 5.5*relu_1_5_2_on_binary_indicator_var =g= -5.5;
e191_.. - 1*pre_1_5_2 + 1*post_1_5_2 + 11*relu_1_5_2_on_binary_indicator_var =l= 11;
e192_.. + 1*post_1_5_2 =g= 0;
e193_.. + 1*post_1_5_2 + 5.5*relu_1_5_2_off_binary_indicator_var =l= 5.5;
e194_.. + 1*pre_1_5_2 + 5.5*relu_1_5_2_off_binary_indicator_var =l= 5.5;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e197_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 5*relu_1_6_0_on_binary_indicator_var =g= -5;
e198_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 10*relu_1_6_0_on_binary_indicator_var =l= 10;
e199_.. + 1*post_1_6_0 =g= 0;
e200_.. + 1*post_1_6_0 + 5*relu_1_6_0_off_binary_indicator_var =l= 5;
e201_.. + 1*pre_1_6_0 + 5*relu_1_6_0_off_binary_indicator_var =l= 5;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e204_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 5*relu_1_6_1_on_binary_indicator_var =g= -5;
e205_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 10*relu_1_6_1_on_binary_indicator_var =l= 10;
e206_.. + 1*post_1_6_1 =g= 0;
e207_.. + 1*post_1_6_1 + 5*relu_1_6_1_off_binary_indicator_var =l= 5;
e208_.. + 1*pre_1_6_1 + 5*relu_1_6_1_off_binary_indicator_var =l= 5;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_2_on_binary_indicator_var + 1*relu_1_6_2_off_binary_indicator_var =e= 1;
e211_.. - 1*pre_1_6_2 + 1*post_1_6_2 - 5*relu_1_6_2_on_binary_indicator_var =g= -5;
e212_.. - 1*pre_1_6_2 + 1*post_1_6_2 + 10*relu_1_6_2_on_binary_indicator_var =l= 10;
e213_.. + 1*post_1_6_2 =g= 0;
e214_.. + 1*post_1_6_2 + 5*relu_1_6_2_off_binary_indicator_var =l= 5;
e215_.. + 1*pre_1_6_2 + 5*relu_1_6_2_off_binary_indicator_var =l= 5;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e218_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 4.5*relu_1_7_0_on_binary_indicator_var =g= -4.5;
e219_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 9*relu_1_7_0_on_binary_indicator_var =l= 9;
e220_.. + 1*post_1_7_0 =g= 0;
e221_.. + 1*post_1_7_0 + 4.5*relu_1_7_0_off_binary_indicator_var =l= 4.5;
e222_.. + 1*pre_1_7_0 + 4.5*relu_1_7_0_off_binary_indicator_var =l= 4.5;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e225_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 4.5*relu_1_7_1_on_binary_indicator_var =g= -4.5;
e226_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 9*relu_1_7_1_on_binary_indicator_var =l= 9;
e227_.. + 1*post_1_7_1 =g= 0;
e228_.. + 1*post_1_7_1 + 4.5*relu_1_7_1_off_binary_indicator_var =l= 4.5;
e229_.. + 1*pre_1_7_1 + 4.5*relu_1_7_1_off_binary_indicator_var =l= 4.5;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_2_on_binary_indicator_var + 1*relu_1_7_2_off_binary_indicator_var =e= 1;
e232_.. - 1*pre_1_7_2 + 1*post_1_7_2 - 4.5*relu_1_7_2_on_binary_indicator_var =g= -4.5;
e233_.. - 1*pre_1_7_2 + 1*post_1_7_2 + 9*relu_1_7_2_on_binary_indicator_var =l= 9;
e234_.. + 1*post_1_7_2 =g= 0;
e235_.. + 1*post_1_7_2 + 4.5*relu_1_7_2_off_binary_indicator_var =l= 4.5;
e236_.. + 1*pre_1_7_2 + 4.5*relu_1_7_2_off_binary_indicator_var =l= 4.5;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e239_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 4*relu_1_8_0_on_binary_indicator_var =g= -4;
e240_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 8*relu_1_8_0_on_binary_indicator_var =l= 8;
e241_.. + 1*post_1_8_0 =g= 0;
e242_.. + 1*post_1_8_0 + 4*relu_1_8_0_off_binary_indicator_var =l= 4;
e243_.. + 1*pre_1_8_0 + 4*relu_1_8_0_off_binary_indicator_var =l= 4;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e246_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 4*relu_1_8_1_on_binary_indicator_var =g= -4;
e247_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 8*relu_1_8_1_on_binary_indicator_var =l= 8;
e248_.. + 1*post_1_8_1 =g= 0;
e249_.. + 1*post_1_8_1 + 4*relu_1_8_1_off_binary_indicator_var =l= 4;
e250_.. + 1*pre_1_8_1 + 4*relu_1_8_1_off_binary_indicator_var =l= 4;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_2_on_binary_indicator_var + 1*relu_1_8_2_off_binary_indicator_var =e= 1;
e253_.. - 1*pre_1_8_2 + 1*post_1_8_2 - 4*relu_1_8_2_on_binary_indicator_var =g= -4;
e254_.. - 1*pre_1_8_2 + 1*post_1_8_2 + 8*relu_1_8_2_on_binary_indicator_var =l= 8;
e255_.. + 1*post_1_8_2 =g= 0;
e256_.. + 1*post_1_8_2 + 4*relu_1_8_2_off_binary_indicator_var =l= 4;
e257_.. + 1*pre_1_8_2 + 4*relu_1_8_2_off_binary_indicator_var =l= 4;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e260_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 4.5*relu_1_9_0_on_binary_indicator_var =g= -4.5;
e261_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 9*relu_1_9_0_on_binary_indicator_var =l= 9;
e262_.. + 1*post_1_9_0 =g= 0;
e263_.. + 1*post_1_9_0 + 4.5*relu_1_9_0_off_binary_indicator_var =l= 4.5;
e264_.. + 1*pre_1_9_0 + 4.5*relu_1_9_0_off_binary_indicator_var =l= 4.5;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e267_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 4.5*relu_1_9_1_on_binary_indicator_var =g= -4.5;
e268_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 9*relu_1_9_1_on_binary_indicator_var =l= 9;
e269_.. + 1*post_1_9_1 =g= 0;
e270_.. + 1*post_1_9_1 + 4.5*relu_1_9_1_off_binary_indicator_var =l= 4.5;
e271_.. + 1*pre_1_9_1 + 4.5*relu_1_9_1_off_binary_indicator_var =l= 4.5;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_2_on_binary_indicator_var + 1*relu_1_9_2_off_binary_indicator_var =e= 1;
e274_.. - 1*pre_1_9_2 + 1*post_1_9_2 - 4.5*relu_1_9_2_on_binary_indicator_var =g= -4.5;
e275_.. - 1*pre_1_9_2 + 1*post_1_9_2 + 9*relu_1_9_2_on_binary_indicator_var =l= 9;
e276_.. + 1*post_1_9_2 =g= 0;
e277_.. + 1*post_1_9_2 + 4.5*relu_1_9_2_off_binary_indicator_var =l= 4.5;
e278_.. + 1*pre_1_9_2 + 4.5*relu_1_9_2_off_binary_indicator_var =l= 4.5;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e281_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 5*relu_1_10_0_on_binary_indicator_var =g= -5;
e282_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 10*relu_1_10_0_on_binary_indicator_var =l= 10;
e283_.. + 1*post_1_10_0 =g= 0;
e284_.. + 1*post_1_10_0 + 5*relu_1_10_0_off_binary_indicator_var =l= 5;
e285_.. + 1*pre_1_10_0 + 5*relu_1_10_0_off_binary_indicator_var =l= 5;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e288_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 5*relu_1_10_1_on_binary_indicator_var =g= -5;
e289_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 10*relu_1_10_1_on_binary_indicator_var =l= 10;
e290_.. + 1*post_1_10_1 =g= 0;
e291_.. + 1*post_1_10_1 + 5*relu_1_10_1_off_binary_indicator_var =l= 5;
e292_.. + 1*pre_1_10_1 + 5*relu_1_10_1_off_binary_indicator_var =l= 5;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_2_on_binary_indicator_var + 1*relu_1_10_2_off_binary_indicator_var =e= 1;
e295_.. - 1*pre_1_10_2 + 1*post_1_10_2 - 5*relu_1_10_2_on_binary_indicator_var =g= -5;
e296_.. - 1*pre_1_10_2 + 1*post_1_10_2 + 10*relu_1_10_2_on_binary_indicator_var =l= 10;
e297_.. + 1*post_1_10_2 =g= 0;
e298_.. + 1*post_1_10_2 + 5*relu_1_10_2_off_binary_indicator_var =l= 5;
e299_.. + 1*pre_1_10_2 + 5*relu_1_10_2_off_binary_indicator_var =l= 5;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e302_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 5.5*relu_1_11_0_on_binary_indicator_var =g= -5.5;
e303_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 11*relu_1_11_0_on_binary_indicator_var =l= 11;
e304_.. + 1*post_1_11_0 =g= 0;
e305_.. + 1*post_1_11_0 + 5.5*relu_1_11_0_off_binary_indicator_var =l= 5.5;
e306_.. + 1*pre_1_11_0 + 5.5*relu_1_11_0_off_binary_indicator_var =l= 5.5;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e309_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 5.5*relu_1_11_1_on_binary_indicator_var =g= -5.5;
e310_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 11*relu_1_11_1_on_binary_indicator_var =l= 11;
e311_.. + 1*post_1_11_1 =g= 0;
e312_.. + 1*post_1_11_1 + 5.5*relu_1_11_1_off_binary_indicator_var =l= 5.5;
e313_.. + 1*pre_1_11_1 + 5.5*relu_1_11_1_off_binary_indicator_var =l= 5.5;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_2_on_binary_indicator_var + 1*relu_1_11_2_off_binary_indicator_var =e= 1;
e316_.. - 1*pre_1_11_2 + 1*post_1_11_2 - 5.5*relu_1_11_2_on_binary_indicator_var =g= -5.5;
e317_.. - 1*pre_1_11_2 + 1*post_1_11_2 + 11*relu_1_11_2_on_binary_indicator_var =l= 11;
e318_.. + 1*post_1_11_2 =g= 0;
e319_.. + 1*post_1_11_2 + 5.5*relu_1_11_2_off_binary_indicator_var =l= 5.5;
e320_.. + 1*pre_1_11_2 + 5.5*relu_1_11_2_off_binary_indicator_var =l= 5.5;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e323_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 6*relu_1_12_0_on_binary_indicator_var =g= -6;
e324_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 12*relu_1_12_0_on_binary_indicator_var =l= 12;
e325_.. + 1*post_1_12_0 =g= 0;
e326_.. + 1*post_1_12_0 + 6*relu_1_12_0_off_binary_indicator_var =l= 6;
e327_.. + 1*pre_1_12_0 + 6*relu_1_12_0_off_binary_indicator_var =l= 6;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e330_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 6*relu_1_12_1_on_binary_indicator_var =g= -6;
e331_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 12*relu_1_12_1_on_binary_indicator_var =l= 12;
e332_.. + 1*post_1_12_1 =g= 0;
e333_.. + 1*post_1_12_1 + 6*relu_1_12_1_off_binary_indicator_var =l= 6;
e334_.. + 1*pre_1_12_1 + 6*relu_1_12_1_off_binary_indicator_var =l= 6;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_2_on_binary_indicator_var + 1*relu_1_12_2_off_binary_indicator_var =e= 1;
e337_.. - 1*pre_1_12_2 + 1*post_1_12_2 - 6*relu_1_12_2_on_binary_indicator_var =g= -6;
e338_.. - 1*pre_1_12_2 + 1*post_1_12_2 + 12*relu_1_12_2_on_binary_indicator_var =l= 12;
e339_.. + 1*post_1_12_2 =g= 0;
e340_.. + 1*post_1_12_2 + 6*relu_1_12_2_off_binary_indicator_var =l= 6;
e341_.. + 1*pre_1_12_2 + 6*relu_1_12_2_off_binary_indicator_var =l= 6;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e344_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 6.5*relu_1_13_0_on_binary_indicator_var =g= -6.5;
e345_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 13*relu_1_13_0_on_binary_indicator_var =l= 13;
e346_.. + 1*post_1_13_0 =g= 0;
e347_.. + 1*post_1_13_0 + 6.5*relu_1_13_0_off_binary_indicator_var =l= 6.5;
e348_.. + 1*pre_1_13_0 + 6.5*relu_1_13_0_off_binary_indicator_var =l= 6.5;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e351_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 6.5*relu_1_13_1_on_binary_indicator_var =g= -6.5;
e352_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 13*relu_1_13_1_on_binary_indicator_var =l= 13;
e353_.. + 1*post_1_13_1 =g= 0;
e354_.. + 1*post_1_13_1 + 6.5*relu_1_13_1_off_binary_indicator_var =l= 6.5;
e355_.. + 1*pre_1_13_1 + 6.5*relu_1_13_1_off_binary_indicator_var =l= 6.5;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_2_on_binary_indicator_var + 1*relu_1_13_2_off_binary_indicator_var =e= 1;
e358_.. - 1*pre_1_13_2 + 1*post_1_13_2 - 6.5*relu_1_13_2_on_binary_indicator_var =g= -6.5;
e359_.. - 1*pre_1_13_2 + 1*post_1_13_2 + 13*relu_1_13_2_on_binary_indicator_var =l= 13;
e360_.. + 1*post_1_13_2 =g= 0;
e361_.. + 1*post_1_13_2 + 6.5*relu_1_13_2_off_binary_indicator_var =l= 6.5;
e362_.. + 1*pre_1_13_2 + 6.5*relu_1_13_2_off_binary_indicator_var =l= 6.5;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e365_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 7*relu_1_14_0_on_binary_indicator_var =g= -7;
e366_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 14*relu_1_14_0_on_binary_indicator_var =l= 14;
e367_.. + 1*post_1_14_0 =g= 0;
e368_.. + 1*post_1_14_0 + 7*relu_1_14_0_off_binary_indicator_var =l= 7;
e369_.. + 1*pre_1_14_0 + 7*relu_1_14_0_off_binary_indicator_var =l= 7;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e372_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 7*relu_1_14_1_on_binary_indicator_var =g= -7;
e373_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 14*relu_1_14_1_on_binary_indicator_var =l= 14;
e374_.. + 1*post_1_14_1 =g= 0;
e375_.. + 1*post_1_14_1 + 7*relu_1_14_1_off_binary_indicator_var =l= 7;
e376_.. + 1*pre_1_14_1 + 7*relu_1_14_1_off_binary_indicator_var =l= 7;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_2_on_binary_indicator_var + 1*relu_1_14_2_off_binary_indicator_var =e= 1;
e379_.. - 1*pre_1_14_2 + 1*post_1_14_2 - 7*relu_1_14_2_on_binary_indicator_var =g= -7;
e380_.. - 1*pre_1_14_2 + 1*post_1_14_2 + 14*relu_1_14_2_on_binary_indicator_var =l= 14;
e381_.. + 1*post_1_14_2 =g= 0;
e382_.. + 1*post_1_14_2 + 7*relu_1_14_2_off_binary_indicator_var =l= 7;
e383_.. + 1*pre_1_14_2 + 7*relu_1_14_2_off_binary_indicator_var =l= 7;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e386_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 7.5*relu_1_15_0_on_binary_indicator_var =g= -7.5;
e387_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 15*relu_1_15_0_on_binary_indicator_var =l= 15;
e388_.. + 1*post_1_15_0 =g= 0;
e389_.. + 1*post_1_15_0 + 7.5*relu_1_15_0_off_binary_indicator_var =l= 7.5;
e390_.. + 1*pre_1_15_0 + 7.5*relu_1_15_0_off_binary_indicator_var =l= 7.5;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e393_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 7.5*relu_1_15_1_on_binary_indicator_var =g= -7.5;
e394_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 15*relu_1_15_1_on_binary_indicator_var =l= 15;
e395_.. + 1*post_1_15_1 =g= 0;
e396_.. + 1*post_1_15_1 + 7.5*relu_1_15_1_off_binary_indicator_var =l= 7.5;
e397_.. + 1*pre_1_15_1 + 7.5*relu_1_15_1_off_binary_indicator_var =l= 7.5;
relu_1_15_2_above_pre.. + 1*pre_1_15_2 - 1*post_1_15_2 =l= 0;
relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_2_on_binary_indicator_var + 1*relu_1_15_2_off_binary_indicator_var =e= 1;
e400_.. - 1*pre_1_15_2 + 1*post_1_15_2 - 7.5*relu_1_15_2_on_binary_indicator_var =g= -7.5;
e401_.. - 1*pre_1_15_2 + 1*post_1_15_2 + 15*relu_1_15_2_on_binary_indicator_var =l= 15;
e402_.. + 1*post_1_15_2 =g= 0;
e403_.. + 1*post_1_15_2 + 7.5*relu_1_15_2_off_binary_indicator_var =l= 7.5;
e404_.. + 1*pre_1_15_2 + 7.5*relu_1_15_2_off_binary_indicator_var =l= 7.5;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_0_on_binary_indicator_var + 1*relu_1_16_0_off_binary_indicator_var =e= 1;
e407_.. - 1*pre_1_16_0 + 1*post_1_16_0 - 8*relu_1_16_0_on_binary_indicator_var =g= -8;
e408_.. - 1*pre_1_16_0 + 1*post_1_16_0 + 16*relu_1_16_0_on_binary_indicator_var =l= 16;
e409_.. + 1*post_1_16_0 =g= 0;
e410_.. + 1*post_1_16_0 + 8*relu_1_16_0_off_binary_indicator_var =l= 8;
e411_.. + 1*pre_1_16_0 + 8*relu_1_16_0_off_binary_indicator_var =l= 8;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_1_on_binary_indicator_var + 1*relu_1_16_1_off_binary_indicator_var =e= 1;
e414_.. - 1*pre_1_16_1 + 1*post_1_16_1 - 8*relu_1_16_1_on_binary_indicator_var =g= -8;
e415_.. - 1*pre_1_16_1 + 1*post_1_16_1 + 16*relu_1_16_1_on_binary_indicator_var =l= 16;
e416_.. + 1*post_1_16_1 =g= 0;
e417_.. + 1*post_1_16_1 + 8*relu_1_16_1_off_binary_indicator_var =l= 8;
e418_.. + 1*pre_1_16_1 + 8*relu_1_16_1_off_binary_indicator_var =l= 8;
relu_1_16_2_above_pre.. + 1*pre_1_16_2 - 1*post_1_16_2 =l= 0;
relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_2_on_binary_indicator_var + 1*relu_1_16_2_off_binary_indicator_var =e= 1;
e421_.. - 1*pre_1_16_2 + 1*post_1_16_2 - 8*relu_1_16_2_on_binary_indicator_var =g= -8;
e422_.. - 1*pre_1_16_2 + 1*post_1_16_2 + 16*relu_1_16_2_on_binary_indicator_var =l= 16;
e423_.. + 1*post_1_16_2 =g= 0;
e424_.. + 1*post_1_16_2 + 8*relu_1_16_2_off_binary_indicator_var =l= 8;
e425_.. + 1*pre_1_16_2 + 8*relu_1_16_2_off_binary_indicator_var =l= 8;

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
pre_1_1_0.lo = -7.5;
pre_1_1_0.up = 7.5;
pre_1_1_1.lo = -7.5;
pre_1_1_1.up = 7.5;
pre_1_1_2.lo = -7.5;
pre_1_1_2.up = 7.5;
pre_1_2_0.lo = -7;
pre_1_2_0.up = 7;
pre_1_2_1.lo = -7;
pre_1_2_1.up = 7;
pre_1_2_2.lo = -7;
pre_1_2_2.up = 7;
pre_1_3_0.lo = -6.5;
pre_1_3_0.up = 6.5;
pre_1_3_1.lo = -6.5;
pre_1_3_1.up = 6.5;
pre_1_3_2.lo = -6.5;
pre_1_3_2.up = 6.5;
pre_1_4_0.lo = -6;
pre_1_4_0.up = 6;
pre_1_4_1.lo = -6;
pre_1_4_1.up = 6;
pre_1_4_2.lo = -6;
pre_1_4_2.up = 6;
pre_1_5_0.lo = -5.5;
pre_1_5_0.up = 5.5;
pre_1_5_1.lo = -5.5;
pre_1_5_1.up = 5.5;
pre_1_5_2.lo = -5.5;
pre_1_5_2.up = 5.5;
pre_1_6_0.lo = -5;
pre_1_6_0.up = 5;
pre_1_6_1.lo = -5;
pre_1_6_1.up = 5;
pre_1_6_2.lo = -5;
pre_1_6_2.up = 5;
pre_1_7_0.lo = -4.5;
pre_1_7_0.up = 4.5;
pre_1_7_1.lo = -4.5;
pre_1_7_1.up = 4.5;
pre_1_7_2.lo = -4.5;
pre_1_7_2.up = 4.5;
pre_1_8_0.lo = -4;
pre_1_8_0.up = 4;
pre_1_8_1.lo = -4;
pre_1_8_1.up = 4;
pre_1_8_2.lo = -4;
pre_1_8_2.up = 4;
pre_1_9_0.lo = -4.5;
pre_1_9_0.up = 4.5;
pre_1_9_1.lo = -4.5;
pre_1_9_1.up = 4.5;
pre_1_9_2.lo = -4.5;
pre_1_9_2.up = 4.5;
pre_1_10_0.lo = -5;
pre_1_10_0.up = 5;
pre_1_10_1.lo = -5;
pre_1_10_1.up = 5;
pre_1_10_2.lo = -5;
pre_1_10_2.up = 5;
pre_1_11_0.lo = -5.5;
pre_1_11_0.up = 5.5;
pre_1_11_1.lo = -5.5;
pre_1_11_1.up = 5.5;
pre_1_11_2.lo = -5.5;
pre_1_11_2.up = 5.5;
pre_1_12_0.lo = -6;
pre_1_12_0.up = 6;
pre_1_12_1.lo = -6;
pre_1_12_1.up = 6;
pre_1_12_2.lo = -6;
pre_1_12_2.up = 6;
pre_1_13_0.lo = -6.5;
pre_1_13_0.up = 6.5;
pre_1_13_1.lo = -6.5;
pre_1_13_1.up = 6.5;
pre_1_13_2.lo = -6.5;
pre_1_13_2.up = 6.5;
pre_1_14_0.lo = -7;
pre_1_14_0.up = 7;
pre_1_14_1.lo = -7;
pre_1_14_1.up = 7;
pre_1_14_2.lo = -7;
pre_1_14_2.up = 7;
pre_1_15_0.lo = -7.5;
pre_1_15_0.up = 7.5;
pre_1_15_1.lo = -7.5;
pre_1_15_1.up = 7.5;
pre_1_15_2.lo = -7.5;
pre_1_15_2.up = 7.5;
pre_1_16_0.lo = -8;
pre_1_16_0.up = 8;
pre_1_16_1.lo = -8;
pre_1_16_1.up = 8;
pre_1_16_2.lo = -8;
pre_1_16_2.up = 8;
post_1_0_0.lo = 0;
post_1_0_0.up = 8;
post_1_0_1.lo = 0;
post_1_0_1.up = 8;
post_1_0_2.lo = 0;
post_1_0_2.up = 8;
post_1_1_0.lo = 0;
post_1_1_0.up = 7.5;
post_1_1_1.lo = 0;
post_1_1_1.up = 7.5;
post_1_1_2.lo = 0;
post_1_1_2.up = 7.5;
post_1_2_0.lo = 0;
post_1_2_0.up = 7;
post_1_2_1.lo = 0;
post_1_2_1.up = 7;
post_1_2_2.lo = 0;
post_1_2_2.up = 7;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.5;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.5;
post_1_3_2.lo = 0;
post_1_3_2.up = 6.5;
post_1_4_0.lo = 0;
post_1_4_0.up = 6;
post_1_4_1.lo = 0;
post_1_4_1.up = 6;
post_1_4_2.lo = 0;
post_1_4_2.up = 6;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.5;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.5;
post_1_5_2.lo = 0;
post_1_5_2.up = 5.5;
post_1_6_0.lo = 0;
post_1_6_0.up = 5;
post_1_6_1.lo = 0;
post_1_6_1.up = 5;
post_1_6_2.lo = 0;
post_1_6_2.up = 5;
post_1_7_0.lo = 0;
post_1_7_0.up = 4.5;
post_1_7_1.lo = 0;
post_1_7_1.up = 4.5;
post_1_7_2.lo = 0;
post_1_7_2.up = 4.5;
post_1_8_0.lo = 0;
post_1_8_0.up = 4;
post_1_8_1.lo = 0;
post_1_8_1.up = 4;
post_1_8_2.lo = 0;
post_1_8_2.up = 4;
post_1_9_0.lo = 0;
post_1_9_0.up = 4.5;
post_1_9_1.lo = 0;
post_1_9_1.up = 4.5;
post_1_9_2.lo = 0;
post_1_9_2.up = 4.5;
post_1_10_0.lo = 0;
post_1_10_0.up = 5;
post_1_10_1.lo = 0;
post_1_10_1.up = 5;
post_1_10_2.lo = 0;
post_1_10_2.up = 5;
post_1_11_0.lo = 0;
post_1_11_0.up = 5.5;
post_1_11_1.lo = 0;
post_1_11_1.up = 5.5;
post_1_11_2.lo = 0;
post_1_11_2.up = 5.5;
post_1_12_0.lo = 0;
post_1_12_0.up = 6;
post_1_12_1.lo = 0;
post_1_12_1.up = 6;
post_1_12_2.lo = 0;
post_1_12_2.up = 6;
post_1_13_0.lo = 0;
post_1_13_0.up = 6.5;
post_1_13_1.lo = 0;
post_1_13_1.up = 6.5;
post_1_13_2.lo = 0;
post_1_13_2.up = 6.5;
post_1_14_0.lo = 0;
post_1_14_0.up = 7;
post_1_14_1.lo = 0;
post_1_14_1.up = 7;
post_1_14_2.lo = 0;
post_1_14_2.up = 7;
post_1_15_0.lo = 0;
post_1_15_0.up = 7.5;
post_1_15_1.lo = 0;
post_1_15_1.up = 7.5;
post_1_15_2.lo = 0;
post_1_15_2.up = 7.5;
post_1_16_0.lo = 0;
post_1_16_0.up = 8;
post_1_16_1.lo = 0;
post_1_16_1.up = 8;
post_1_16_2.lo = 0;
post_1_16_2.up = 8;
out_0_0.lo = -100;
out_0_0.up = 100;
out_1_0.lo = -94;
out_1_0.up = 94;
out_2_0.lo = -88;
out_2_0.up = 88;
out_3_0.lo = -82;
out_3_0.up = 82;
out_4_0.lo = -76;
out_4_0.up = 76;
out_5_0.lo = -70;
out_5_0.up = 70;
out_6_0.lo = -64;
out_6_0.up = 64;
out_7_0.lo = -58;
out_7_0.up = 58;
out_8_0.lo = -52;
out_8_0.up = 52;
out_9_0.lo = -58;
out_9_0.up = 58;
out_10_0.lo = -64;
out_10_0.up = 64;
out_11_0.lo = -70;
out_11_0.up = 70;
out_12_0.lo = -76;
out_12_0.up = 76;
out_13_0.lo = -82;
out_13_0.up = 82;
out_14_0.lo = -88;
out_14_0.up = 88;
out_15_0.lo = -94;
out_15_0.up = 94;
out_16_0.lo = -100;
out_16_0.up = 100;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
