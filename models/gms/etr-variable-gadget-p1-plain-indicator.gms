* etr-variable-gadget-p1-plain-indicator  (relu-opt library: etr-variable-gadget, problem 1, plain-indicator; {"hidden": [4], "bound": 8.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_1_2_0, w_1_3_0, w_2_0_0, w_2_0_1, w_2_0_2,
  w_2_0_3, b_1_0, b_1_1, b_1_2, b_1_3, b_2_0, pre_1_0_0, pre_1_0_1,
  pre_1_0_2, pre_1_0_3, pre_1_1_0, pre_1_1_1, pre_1_1_2, pre_1_1_3, pre_1_2_0, pre_1_2_1,
  pre_1_2_2, pre_1_2_3, pre_1_3_0, pre_1_3_1, pre_1_3_2, pre_1_3_3, pre_1_4_0, pre_1_4_1,
  pre_1_4_2, pre_1_4_3, pre_1_5_0, pre_1_5_1, pre_1_5_2, pre_1_5_3, pre_1_6_0, pre_1_6_1,
  pre_1_6_2, pre_1_6_3, pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_7_3, pre_1_8_0, pre_1_8_1,
  pre_1_8_2, pre_1_8_3, pre_1_9_0, pre_1_9_1, pre_1_9_2, pre_1_9_3, pre_1_10_0, pre_1_10_1,
  pre_1_10_2, pre_1_10_3, pre_1_11_0, pre_1_11_1, pre_1_11_2, pre_1_11_3, pre_1_12_0, pre_1_12_1,
  pre_1_12_2, pre_1_12_3, pre_1_13_0, pre_1_13_1, pre_1_13_2, pre_1_13_3, pre_1_14_0, pre_1_14_1,
  pre_1_14_2, pre_1_14_3, post_1_0_0, post_1_0_1, post_1_0_2, post_1_0_3, post_1_1_0, post_1_1_1,
  post_1_1_2, post_1_1_3, post_1_2_0, post_1_2_1, post_1_2_2, post_1_2_3, post_1_3_0, post_1_3_1,
  post_1_3_2, post_1_3_3, post_1_4_0, post_1_4_1, post_1_4_2, post_1_4_3, post_1_5_0, post_1_5_1,
  post_1_5_2, post_1_5_3, post_1_6_0, post_1_6_1, post_1_6_2, post_1_6_3, post_1_7_0, post_1_7_1,
  post_1_7_2, post_1_7_3, post_1_8_0, post_1_8_1, post_1_8_2, post_1_8_3, post_1_9_0, post_1_9_1,
  post_1_9_2, post_1_9_3, post_1_10_0, post_1_10_1, post_1_10_2, post_1_10_3, post_1_11_0, post_1_11_1,
  post_1_11_2, post_1_11_3, post_1_12_0, post_1_12_1, post_1_12_2, post_1_12_3, post_1_13_0, post_1_13_1,
  post_1_13_2, post_1_13_3, post_1_14_0, post_1_14_1, post_1_14_2, post_1_14_3, out_0_0, out_1_0,
  out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0,
  out_10_0, out_11_0, out_12_0, out_13_0, out_14_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_0_2_on_binary_indicator_var, relu_1_0_2_off_binary_indicator_var, relu_1_0_3_on_binary_indicator_var, relu_1_0_3_off_binary_indicator_var,
  relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var, relu_1_1_2_on_binary_indicator_var, relu_1_1_2_off_binary_indicator_var, relu_1_1_3_on_binary_indicator_var, relu_1_1_3_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_2_2_on_binary_indicator_var, relu_1_2_2_off_binary_indicator_var, relu_1_2_3_on_binary_indicator_var, relu_1_2_3_off_binary_indicator_var,
  relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var, relu_1_3_2_on_binary_indicator_var, relu_1_3_2_off_binary_indicator_var, relu_1_3_3_on_binary_indicator_var, relu_1_3_3_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_4_2_on_binary_indicator_var, relu_1_4_2_off_binary_indicator_var, relu_1_4_3_on_binary_indicator_var, relu_1_4_3_off_binary_indicator_var,
  relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var, relu_1_5_2_on_binary_indicator_var, relu_1_5_2_off_binary_indicator_var, relu_1_5_3_on_binary_indicator_var, relu_1_5_3_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_6_2_on_binary_indicator_var, relu_1_6_2_off_binary_indicator_var, relu_1_6_3_on_binary_indicator_var, relu_1_6_3_off_binary_indicator_var,
  relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var, relu_1_7_2_on_binary_indicator_var, relu_1_7_2_off_binary_indicator_var, relu_1_7_3_on_binary_indicator_var, relu_1_7_3_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var, relu_1_8_2_on_binary_indicator_var, relu_1_8_2_off_binary_indicator_var, relu_1_8_3_on_binary_indicator_var, relu_1_8_3_off_binary_indicator_var,
  relu_1_9_0_on_binary_indicator_var, relu_1_9_0_off_binary_indicator_var, relu_1_9_1_on_binary_indicator_var, relu_1_9_1_off_binary_indicator_var, relu_1_9_2_on_binary_indicator_var, relu_1_9_2_off_binary_indicator_var, relu_1_9_3_on_binary_indicator_var, relu_1_9_3_off_binary_indicator_var,
  relu_1_10_0_on_binary_indicator_var, relu_1_10_0_off_binary_indicator_var, relu_1_10_1_on_binary_indicator_var, relu_1_10_1_off_binary_indicator_var, relu_1_10_2_on_binary_indicator_var, relu_1_10_2_off_binary_indicator_var, relu_1_10_3_on_binary_indicator_var, relu_1_10_3_off_binary_indicator_var,
  relu_1_11_0_on_binary_indicator_var, relu_1_11_0_off_binary_indicator_var, relu_1_11_1_on_binary_indicator_var, relu_1_11_1_off_binary_indicator_var, relu_1_11_2_on_binary_indicator_var, relu_1_11_2_off_binary_indicator_var, relu_1_11_3_on_binary_indicator_var, relu_1_11_3_off_binary_indicator_var,
  relu_1_12_0_on_binary_indicator_var, relu_1_12_0_off_binary_indicator_var, relu_1_12_1_on_binary_indicator_var, relu_1_12_1_off_binary_indicator_var, relu_1_12_2_on_binary_indicator_var, relu_1_12_2_off_binary_indicator_var, relu_1_12_3_on_binary_indicator_var, relu_1_12_3_off_binary_indicator_var,
  relu_1_13_0_on_binary_indicator_var, relu_1_13_0_off_binary_indicator_var, relu_1_13_1_on_binary_indicator_var, relu_1_13_1_off_binary_indicator_var, relu_1_13_2_on_binary_indicator_var, relu_1_13_2_off_binary_indicator_var, relu_1_13_3_on_binary_indicator_var, relu_1_13_3_off_binary_indicator_var,
  relu_1_14_0_on_binary_indicator_var, relu_1_14_0_off_binary_indicator_var, relu_1_14_1_on_binary_indicator_var, relu_1_14_1_off_binary_indicator_var, relu_1_14_2_on_binary_indicator_var, relu_1_14_2_off_binary_indicator_var, relu_1_14_3_on_binary_indicator_var, relu_1_14_3_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_0_3, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2,
  pre_definition_1_1_3, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_2_3, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2,
  pre_definition_1_3_3, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2, pre_definition_1_4_3, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2,
  pre_definition_1_5_3, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_6_3, pre_definition_1_7_0, pre_definition_1_7_1, pre_definition_1_7_2,
  pre_definition_1_7_3, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_8_3, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2,
  pre_definition_1_9_3, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_10_3, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2,
  pre_definition_1_11_3, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2, pre_definition_1_12_3, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2,
  pre_definition_1_13_3, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_14_3, out_definition_0_0, out_definition_1_0, out_definition_2_0,
  out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0,
  out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e78_, e79_,
  e80_, e81_, e82_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e85_, e86_, e87_,
  e88_, e89_, relu_1_0_2_above_pre, relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor, e92_, e93_, e94_, e95_,
  e96_, relu_1_0_3_above_pre, relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor, e99_, e100_, e101_, e102_, e103_,
  relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e106_, e107_, e108_, e109_, e110_, relu_1_1_1_above_pre,
  relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e113_, e114_, e115_, e116_, e117_, relu_1_1_2_above_pre, relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor,
  e120_, e121_, e122_, e123_, e124_, relu_1_1_3_above_pre, relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor, e127_,
  e128_, e129_, e130_, e131_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e134_, e135_,
  e136_, e137_, e138_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e141_, e142_, e143_,
  e144_, e145_, relu_1_2_2_above_pre, relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor, e148_, e149_, e150_, e151_,
  e152_, relu_1_2_3_above_pre, relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor, e155_, e156_, e157_, e158_, e159_,
  relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e162_, e163_, e164_, e165_, e166_, relu_1_3_1_above_pre,
  relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e169_, e170_, e171_, e172_, e173_, relu_1_3_2_above_pre, relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor,
  e176_, e177_, e178_, e179_, e180_, relu_1_3_3_above_pre, relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor, e183_,
  e184_, e185_, e186_, e187_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e190_, e191_,
  e192_, e193_, e194_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e197_, e198_, e199_,
  e200_, e201_, relu_1_4_2_above_pre, relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor, e204_, e205_, e206_, e207_,
  e208_, relu_1_4_3_above_pre, relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor, e211_, e212_, e213_, e214_, e215_,
  relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e218_, e219_, e220_, e221_, e222_, relu_1_5_1_above_pre,
  relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e225_, e226_, e227_, e228_, e229_, relu_1_5_2_above_pre, relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor,
  e232_, e233_, e234_, e235_, e236_, relu_1_5_3_above_pre, relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor, e239_,
  e240_, e241_, e242_, e243_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e246_, e247_,
  e248_, e249_, e250_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e253_, e254_, e255_,
  e256_, e257_, relu_1_6_2_above_pre, relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor, e260_, e261_, e262_, e263_,
  e264_, relu_1_6_3_above_pre, relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor, e267_, e268_, e269_, e270_, e271_,
  relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e274_, e275_, e276_, e277_, e278_, relu_1_7_1_above_pre,
  relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e281_, e282_, e283_, e284_, e285_, relu_1_7_2_above_pre, relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor,
  e288_, e289_, e290_, e291_, e292_, relu_1_7_3_above_pre, relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor, e295_,
  e296_, e297_, e298_, e299_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e302_, e303_,
  e304_, e305_, e306_, relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e309_, e310_, e311_,
  e312_, e313_, relu_1_8_2_above_pre, relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor, e316_, e317_, e318_, e319_,
  e320_, relu_1_8_3_above_pre, relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor, e323_, e324_, e325_, e326_, e327_,
  relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e330_, e331_, e332_, e333_, e334_, relu_1_9_1_above_pre,
  relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e337_, e338_, e339_, e340_, e341_, relu_1_9_2_above_pre, relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor,
  e344_, e345_, e346_, e347_, e348_, relu_1_9_3_above_pre, relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor, e351_,
  e352_, e353_, e354_, e355_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e358_, e359_,
  e360_, e361_, e362_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e365_, e366_, e367_,
  e368_, e369_, relu_1_10_2_above_pre, relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor, e372_, e373_, e374_, e375_,
  e376_, relu_1_10_3_above_pre, relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor, e379_, e380_, e381_, e382_, e383_,
  relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e386_, e387_, e388_, e389_, e390_, relu_1_11_1_above_pre,
  relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e393_, e394_, e395_, e396_, e397_, relu_1_11_2_above_pre, relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor,
  e400_, e401_, e402_, e403_, e404_, relu_1_11_3_above_pre, relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor, e407_,
  e408_, e409_, e410_, e411_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e414_, e415_,
  e416_, e417_, e418_, relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e421_, e422_, e423_,
  e424_, e425_, relu_1_12_2_above_pre, relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor, e428_, e429_, e430_, e431_,
  e432_, relu_1_12_3_above_pre, relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor, e435_, e436_, e437_, e438_, e439_,
  relu_1_13_0_above_pre, relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e442_, e443_, e444_, e445_, e446_, relu_1_13_1_above_pre,
  relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor, e449_, e450_, e451_, e452_, e453_, relu_1_13_2_above_pre, relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor,
  e456_, e457_, e458_, e459_, e460_, relu_1_13_3_above_pre, relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor, e463_,
  e464_, e465_, e466_, e467_, relu_1_14_0_above_pre, relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e470_, e471_,
  e472_, e473_, e474_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor, e477_, e478_, e479_,
  e480_, e481_, relu_1_14_2_above_pre, relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor, e484_, e485_, e486_, e487_,
  e488_, relu_1_14_3_above_pre, relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor, e491_, e492_, e493_, e494_, e495_;

e_obj.. - objvar - 0.25*out_3_0 - 0.5*out_4_0 - 0.75*out_5_0 - 1*out_6_0 - 2*out_7_0 - 1*out_8_0 - 0.75*out_9_0
    - 0.5*out_10_0 - 0.25*out_11_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0)
    + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0)
    + 1*sqr(out_14_0) + 1.9375 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 1*w_1_2_0 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_0_3.. + 1*w_1_3_0 - 1*b_1_3 + 1*pre_1_0_3 =e= 0;
pre_definition_1_1_0.. + 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_1_3.. + 0.75*w_1_3_0 - 1*b_1_3 + 1*pre_1_1_3 =e= 0;
pre_definition_1_2_0.. + 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. + 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_2_3.. + 0.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_2_3 =e= 0;
pre_definition_1_3_0.. - 0.125*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.125*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. - 0.125*w_1_2_0 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_3_3.. - 0.125*w_1_3_0 - 1*b_1_3 + 1*pre_1_3_3 =e= 0;
pre_definition_1_4_0.. - 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. - 0.25*w_1_2_0 - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_4_3.. - 0.25*w_1_3_0 - 1*b_1_3 + 1*pre_1_4_3 =e= 0;
pre_definition_1_5_0.. - 0.375*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.375*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.375*w_1_2_0 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_5_3.. - 0.375*w_1_3_0 - 1*b_1_3 + 1*pre_1_5_3 =e= 0;
pre_definition_1_6_0.. - 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. - 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_6_3.. - 0.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_6_3 =e= 0;
pre_definition_1_7_0.. - 2*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 2*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 2*w_1_2_0 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_7_3.. - 2*w_1_3_0 - 1*b_1_3 + 1*pre_1_7_3 =e= 0;
pre_definition_1_8_0.. - 3.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 3.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 3.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_8_3.. - 3.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_8_3 =e= 0;
pre_definition_1_9_0.. - 3.625*w_1_0_0 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 3.625*w_1_1_0 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. - 3.625*w_1_2_0 - 1*b_1_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_9_3.. - 3.625*w_1_3_0 - 1*b_1_3 + 1*pre_1_9_3 =e= 0;
pre_definition_1_10_0.. - 3.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 3.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 3.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_10_3.. - 3.75*w_1_3_0 - 1*b_1_3 + 1*pre_1_10_3 =e= 0;
pre_definition_1_11_0.. - 3.875*w_1_0_0 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 3.875*w_1_1_0 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. - 3.875*w_1_2_0 - 1*b_1_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_11_3.. - 3.875*w_1_3_0 - 1*b_1_3 + 1*pre_1_11_3 =e= 0;
pre_definition_1_12_0.. - 4.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 4.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 4.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_12_3.. - 4.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_12_3 =e= 0;
pre_definition_1_13_0.. - 4.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 4.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. - 4.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_13_3.. - 4.75*w_1_3_0 - 1*b_1_3 + 1*pre_1_13_3 =e= 0;
pre_definition_1_14_0.. - 5*w_1_0_0 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 5*w_1_1_0 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. - 5*w_1_2_0 - 1*b_1_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_14_3.. - 5*w_1_3_0 - 1*b_1_3 + 1*pre_1_14_3 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 - 1*w_2_0_2*post_1_0_2 - 1*w_2_0_3*post_1_0_3 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 - 1*w_2_0_2*post_1_1_2 - 1*w_2_0_3*post_1_1_3 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 - 1*w_2_0_2*post_1_2_2 - 1*w_2_0_3*post_1_2_3 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 - 1*w_2_0_2*post_1_3_2 - 1*w_2_0_3*post_1_3_3 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 - 1*w_2_0_2*post_1_4_2 - 1*w_2_0_3*post_1_4_3 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 - 1*w_2_0_2*post_1_5_2 - 1*w_2_0_3*post_1_5_3 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 - 1*w_2_0_2*post_1_6_2 - 1*w_2_0_3*post_1_6_3 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 - 1*w_2_0_2*post_1_7_2 - 1*w_2_0_3*post_1_7_3 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 - 1*w_2_0_2*post_1_8_2 - 1*w_2_0_3*post_1_8_3 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 - 1*w_2_0_2*post_1_9_2 - 1*w_2_0_3*post_1_9_3 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 - 1*w_2_0_2*post_1_10_2 - 1*w_2_0_3*post_1_10_3 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 - 1*w_2_0_2*post_1_11_2 - 1*w_2_0_3*post_1_11_3 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 - 1*w_2_0_2*post_1_12_2 - 1*w_2_0_3*post_1_12_3 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 - 1*w_2_0_2*post_1_13_2 - 1*w_2_0_3*post_1_13_3 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 - 1*w_2_0_2*post_1_14_2 - 1*w_2_0_3*post_1_14_3 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e78_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 16*relu_1_0_0_on_binary_indicator_var =g= -16;
e79_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 32*relu_1_0_0_on_binary_indicator_var =l= 32;
e80_.. + 1*post_1_0_0 =g= 0;
e81_.. + 1*post_1_0_0 + 16*relu_1_0_0_off_binary_indicator_var =l= 16;
e82_.. + 1*pre_1_0_0 + 16*relu_1_0_0_off_binary_indicator_var =l= 16;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e85_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 16*relu_1_0_1_on_binary_indicator_var =g= -16;
e86_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 32*relu_1_0_1_on_binary_indicator_var =l= 32;
e87_.. + 1*post_1_0_1 =g= 0;
e88_.. + 1*post_1_0_1 + 16*relu_1_0_1_off_binary_indicator_var =l= 16;
e89_.. + 1*pre_1_0_1 + 16*relu_1_0_1_off_binary_indicator_var =l= 16;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_2_on_binary_indicator_var + 1*relu_1_0_2_off_binary_indicator_var =e= 1;
e92_.. - 1*pre_1_0_2 + 1*post_1_0_2 - 16*relu_1_0_2_on_binary_indicator_var =g= -16;
e93_.. - 1*pre_1_0_2 + 1*post_1_0_2 + 32*relu_1_0_2_on_binary_indicator_var =l= 32;
e94_.. + 1*post_1_0_2 =g= 0;
e95_.. + 1*post_1_0_2 + 16*relu_1_0_2_off_binary_indicator_var =l= 16;
e96_.. + 1*pre_1_0_2 + 16*relu_1_0_2_off_binary_indicator_var =l= 16;
relu_1_0_3_above_pre.. + 1*pre_1_0_3 - 1*post_1_0_3 =l= 0;
relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_3_on_binary_indicator_var + 1*relu_1_0_3_off_binary_indicator_var =e= 1;
e99_.. - 1*pre_1_0_3 + 1*post_1_0_3 - 16*relu_1_0_3_on_binary_indicator_var =g= -16;
e100_.. - 1*pre_1_0_3 + 1*post_1_0_3 + 32*relu_1_0_3_on_binary_indicator_var =l= 32;
e101_.. + 1*post_1_0_3 =g= 0;
e102_.. + 1*post_1_0_3 + 16*relu_1_0_3_off_binary_indicator_var =l= 16;
e103_.. + 1*pre_1_0_3 + 16*relu_1_0_3_off_binary_indicator_var =l= 16;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e106_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 14*relu_1_1_0_on_binary_indicator_var =g= -14;
e107_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 28*relu_1_1_0_on_binary_indicator_var =l= 28;
e108_.. + 1*post_1_1_0 =g= 0;
e109_.. + 1*post_1_1_0 + 14*relu_1_1_0_off_binary_indicator_var =l= 14;
e110_.. + 1*pre_1_1_0 + 14*relu_1_1_0_off_binary_indicator_var =l= 14;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e113_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 14*relu_1_1_1_on_binary_indicator_var =g= -14;
e114_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 28*relu_1_1_1_on_binary_indicator_var =l= 28;
e115_.. + 1*post_1_1_1 =g= 0;
e116_.. + 1*post_1_1_1 + 14*relu_1_1_1_off_binary_indicator_var =l= 14;
e117_.. + 1*pre_1_1_1 + 14*relu_1_1_1_off_binary_indicator_var =l= 14;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_2_on_binary_indicator_var + 1*relu_1_1_2_off_binary_indicator_var =e= 1;
e120_.. - 1*pre_1_1_2 + 1*post_1_1_2 - 14*relu_1_1_2_on_binary_indicator_var =g= -14;
e121_.. - 1*pre_1_1_2 + 1*post_1_1_2 + 28*relu_1_1_2_on_binary_indicator_var =l= 28;
e122_.. + 1*post_1_1_2 =g= 0;
e123_.. + 1*post_1_1_2 + 14*relu_1_1_2_off_binary_indicator_var =l= 14;
e124_.. + 1*pre_1_1_2 + 14*relu_1_1_2_off_binary_indicator_var =l= 14;
relu_1_1_3_above_pre.. + 1*pre_1_1_3 - 1*post_1_1_3 =l= 0;
relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_3_on_binary_indicator_var + 1*relu_1_1_3_off_binary_indicator_var =e= 1;
e127_.. - 1*pre_1_1_3 + 1*post_1_1_3 - 14*relu_1_1_3_on_binary_indicator_var =g= -14;
e128_.. - 1*pre_1_1_3 + 1*post_1_1_3 + 28*relu_1_1_3_on_binary_indicator_var =l= 28;
e129_.. + 1*post_1_1_3 =g= 0;
e130_.. + 1*post_1_1_3 + 14*relu_1_1_3_off_binary_indicator_var =l= 14;
e131_.. + 1*pre_1_1_3 + 14*relu_1_1_3_off_binary_indicator_var =l= 14;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e134_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 12*relu_1_2_0_on_binary_indicator_var =g= -12;
e135_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 24*relu_1_2_0_on_binary_indicator_var =l= 24;
e136_.. + 1*post_1_2_0 =g= 0;
e137_.. + 1*post_1_2_0 + 12*relu_1_2_0_off_binary_indicator_var =l= 12;
e138_.. + 1*pre_1_2_0 + 12*relu_1_2_0_off_binary_indicator_var =l= 12;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e141_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 12*relu_1_2_1_on_binary_indicator_var =g= -12;
e142_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 24*relu_1_2_1_on_binary_indicator_var =l= 24;
e143_.. + 1*post_1_2_1 =g= 0;
e144_.. + 1*post_1_2_1 + 12*relu_1_2_1_off_binary_indicator_var =l= 12;
e145_.. + 1*pre_1_2_1 + 12*relu_1_2_1_off_binary_indicator_var =l= 12;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_2_on_binary_indicator_var + 1*relu_1_2_2_off_binary_indicator_var =e= 1;
e148_.. - 1*pre_1_2_2 + 1*post_1_2_2 - 12*relu_1_2_2_on_binary_indicator_var =g= -12;
e149_.. - 1*pre_1_2_2 + 1*post_1_2_2 + 24*relu_1_2_2_on_binary_indicator_var =l= 24;
e150_.. + 1*post_1_2_2 =g= 0;
e151_.. + 1*post_1_2_2 + 12*relu_1_2_2_off_binary_indicator_var =l= 12;
e152_.. + 1*pre_1_2_2 + 12*relu_1_2_2_off_binary_indicator_var =l= 12;
relu_1_2_3_above_pre.. + 1*pre_1_2_3 - 1*post_1_2_3 =l= 0;
relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_3_on_binary_indicator_var + 1*relu_1_2_3_off_binary_indicator_var =e= 1;
e155_.. - 1*pre_1_2_3 + 1*post_1_2_3 - 12*relu_1_2_3_on_binary_indicator_var =g= -12;
e156_.. - 1*pre_1_2_3 + 1*post_1_2_3 + 24*relu_1_2_3_on_binary_indicator_var =l= 24;
e157_.. + 1*post_1_2_3 =g= 0;
e158_.. + 1*post_1_2_3 + 12*relu_1_2_3_off_binary_indicator_var =l= 12;
e159_.. + 1*pre_1_2_3 + 12*relu_1_2_3_off_binary_indicator_var =l= 12;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e162_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 9*relu_1_3_0_on_binary_indicator_var =g= -9;
e163_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 18*relu_1_3_0_on_binary_indicator_var =l= 18;
e164_.. + 1*post_1_3_0 =g= 0;
e165_.. + 1*post_1_3_0 + 9*relu_1_3_0_off_binary_indicator_var =l= 9;
e166_.. + 1*pre_1_3_0 + 9*relu_1_3_0_off_binary_indicator_var =l= 9;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e169_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 9*relu_1_3_1_on_binary_indicator_var =g= -9;
e170_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 18*relu_1_3_1_on_binary_indicator_var =l= 18;
e171_.. + 1*post_1_3_1 =g= 0;
e172_.. + 1*post_1_3_1 + 9*relu_1_3_1_off_binary_indicator_var =l= 9;
e173_.. + 1*pre_1_3_1 + 9*relu_1_3_1_off_binary_indicator_var =l= 9;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_2_on_binary_indicator_var + 1*relu_1_3_2_off_binary_indicator_var =e= 1;
e176_.. - 1*pre_1_3_2 + 1*post_1_3_2 - 9*relu_1_3_2_on_binary_indicator_var =g= -9;
e177_.. - 1*pre_1_3_2 + 1*post_1_3_2 + 18*relu_1_3_2_on_binary_indicator_var =l= 18;
e178_.. + 1*post_1_3_2 =g= 0;
e179_.. + 1*post_1_3_2 + 9*relu_1_3_2_off_binary_indicator_var =l= 9;
e180_.. + 1*pre_1_3_2 + 9*relu_1_3_2_off_binary_indicator_var =l= 9;
relu_1_3_3_above_pre.. + 1*pre_1_3_3 - 1*post_1_3_3 =l= 0;
relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_3_on_binary_indicator_var + 1*relu_1_3_3_off_binary_indicator_var =e= 1;
e183_.. - 1*pre_1_3_3 + 1*post_1_3_3 - 9*relu_1_3_3_on_binary_indicator_var =g= -9;
e184_.. - 1*pre_1_3_3 + 1*post_1_3_3 + 18*relu_1_3_3_on_binary_indicator_var =l= 18;
e185_.. + 1*post_1_3_3 =g= 0;
e186_.. + 1*post_1_3_3 + 9*relu_1_3_3_off_binary_indicator_var =l= 9;
e187_.. + 1*pre_1_3_3 + 9*relu_1_3_3_off_binary_indicator_var =l= 9;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e190_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 10*relu_1_4_0_on_binary_indicator_var =g= -10;
e191_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 20*relu_1_4_0_on_binary_indicator_var =l= 20;
e192_.. + 1*post_1_4_0 =g= 0;
e193_.. + 1*post_1_4_0 + 10*relu_1_4_0_off_binary_indicator_var =l= 10;
e194_.. + 1*pre_1_4_0 + 10*relu_1_4_0_off_binary_indicator_var =l= 10;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e197_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 10*relu_1_4_1_on_binary_indicator_var =g= -10;
e198_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 20*relu_1_4_1_on_binary_indicator_var =l= 20;
e199_.. + 1*post_1_4_1 =g= 0;
e200_.. + 1*post_1_4_1 + 10*relu_1_4_1_off_binary_indicator_var =l= 10;
e201_.. + 1*pre_1_4_1 + 10*relu_1_4_1_off_binary_indicator_var =l= 10;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_2_on_binary_indicator_var + 1*relu_1_4_2_off_binary_indicator_var =e= 1;
e204_.. - 1*pre_1_4_2 + 1*post_1_4_2 - 10*relu_1_4_2_on_binary_indicator_var =g= -10;
e205_.. - 1*pre_1_4_2 + 1*post_1_4_2 + 20*relu_1_4_2_on_binary_indicator_var =l= 20;
e206_.. + 1*post_1_4_2 =g= 0;
e207_.. + 1*post_1_4_2 + 10*relu_1_4_2_off_binary_indicator_var =l= 10;
e208_.. + 1*pre_1_4_2 + 10*relu_1_4_2_off_binary_indicator_var =l= 10;
relu_1_4_3_above_pre.. + 1*pre_1_4_3 - 1*post_1_4_3 =l= 0;
relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_3_on_binary_indicator_var + 1*relu_1_4_3_off_binary_indicator_var =e= 1;
e211_.. - 1*pre_1_4_3 + 1*post_1_4_3 - 10*relu_1_4_3_on_binary_indicator_var =g= -10;
e212_.. - 1*pre_1_4_3 + 1*post_1_4_3 + 20*relu_1_4_3_on_binary_indicator_var =l= 20;
e213_.. + 1*post_1_4_3 =g= 0;
e214_.. + 1*post_1_4_3 + 10*relu_1_4_3_off_binary_indicator_var =l= 10;
e215_.. + 1*pre_1_4_3 + 10*relu_1_4_3_off_binary_indicator_var =l= 10;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e218_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 11*relu_1_5_0_on_binary_indicator_var =g= -11;
e219_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 22*relu_1_5_0_on_binary_indicator_var =l= 22;
e220_.. + 1*post_1_5_0 =g= 0;
e221_.. + 1*post_1_5_0 + 11*relu_1_5_0_off_binary_indicator_var =l= 11;
e222_.. + 1*pre_1_5_0 + 11*relu_1_5_0_off_binary_indicator_var =l= 11;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e225_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 11*relu_1_5_1_on_binary_indicator_var =g= -11;
e226_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 22*relu_1_5_1_on_binary_indicator_var =l= 22;
e227_.. + 1*post_1_5_1 =g= 0;
e228_.. + 1*post_1_5_1 + 11*relu_1_5_1_off_binary_indicator_var =l= 11;
e229_.. + 1*pre_1_5_1 + 11*relu_1_5_1_off_binary_indicator_var =l= 11;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_2_on_binary_indicator_var + 1*relu_1_5_2_off_binary_indicator_var =e= 1;
e232_.. - 1*pre_1_5_2 + 1*post_1_5_2 - 11*relu_1_5_2_on_binary_indicator_var =g= -11;
e233_.. - 1*pre_1_5_2 + 1*post_1_5_2 + 22*relu_1_5_2_on_binary_indicator_var =l= 22;
e234_.. + 1*post_1_5_2 =g= 0;
e235_.. + 1*post_1_5_2 + 11*relu_1_5_2_off_binary_indicator_var =l= 11;
e236_.. + 1*pre_1_5_2 + 11*relu_1_5_2_off_binary_indicator_var =l= 11;
relu_1_5_3_above_pre.. + 1*pre_1_5_3 - 1*post_1_5_3 =l= 0;
relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_3_on_binary_indicator_var + 1*relu_1_5_3_off_binary_indicator_var =e= 1;
e239_.. - 1*pre_1_5_3 + 1*post_1_5_3 - 11*relu_1_5_3_on_binary_indicator_var =g= -11;
e240_.. - 1*pre_1_5_3 + 1*post_1_5_3 + 22*relu_1_5_3_on_binary_indicator_var =l= 22;
e241_.. + 1*post_1_5_3 =g= 0;
e242_.. + 1*post_1_5_3 + 11*relu_1_5_3_off_binary_indicator_var =l= 11;
e243_.. + 1*pre_1_5_3 + 11*relu_1_5_3_off_binary_indicator_var =l= 11;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e246_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 12*relu_1_6_0_on_binary_indicator_var =g= -12;
e247_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 24*relu_1_6_0_on_binary_indicator_var =l= 24;
e248_.. + 1*post_1_6_0 =g= 0;
e249_.. + 1*post_1_6_0 + 12*relu_1_6_0_off_binary_indicator_var =l= 12;
e250_.. + 1*pre_1_6_0 + 12*relu_1_6_0_off_binary_indicator_var =l= 12;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e253_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 12*relu_1_6_1_on_binary_indicator_var =g= -12;
e254_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 24*relu_1_6_1_on_binary_indicator_var =l= 24;
e255_.. + 1*post_1_6_1 =g= 0;
e256_.. + 1*post_1_6_1 + 12*relu_1_6_1_off_binary_indicator_var =l= 12;
e257_.. + 1*pre_1_6_1 + 12*relu_1_6_1_off_binary_indicator_var =l= 12;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_2_on_binary_indicator_var + 1*relu_1_6_2_off_binary_indicator_var =e= 1;
e260_.. - 1*pre_1_6_2 + 1*post_1_6_2 - 12*relu_1_6_2_on_binary_indicator_var =g= -12;
e261_.. - 1*pre_1_6_2 + 1*post_1_6_2 + 24*relu_1_6_2_on_binary_indicator_var =l= 24;
e262_.. + 1*post_1_6_2 =g= 0;
e263_.. + 1*post_1_6_2 + 12*relu_1_6_2_off_binary_indicator_var =l= 12;
e264_.. + 1*pre_1_6_2 + 12*relu_1_6_2_off_binary_indicator_var =l= 12;
relu_1_6_3_above_pre.. + 1*pre_1_6_3 - 1*post_1_6_3 =l= 0;
relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_3_on_binary_indicator_var + 1*relu_1_6_3_off_binary_indicator_var =e= 1;
e267_.. - 1*pre_1_6_3 + 1*post_1_6_3 - 12*relu_1_6_3_on_binary_indicator_var =g= -12;
e268_.. - 1*pre_1_6_3 + 1*post_1_6_3 + 24*relu_1_6_3_on_binary_indicator_var =l= 24;
e269_.. + 1*post_1_6_3 =g= 0;
e270_.. + 1*post_1_6_3 + 12*relu_1_6_3_off_binary_indicator_var =l= 12;
e271_.. + 1*pre_1_6_3 + 12*relu_1_6_3_off_binary_indicator_var =l= 12;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e274_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 24*relu_1_7_0_on_binary_indicator_var =g= -24;
e275_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 48*relu_1_7_0_on_binary_indicator_var =l= 48;
e276_.. + 1*post_1_7_0 =g= 0;
e277_.. + 1*post_1_7_0 + 24*relu_1_7_0_off_binary_indicator_var =l= 24;
e278_.. + 1*pre_1_7_0 + 24*relu_1_7_0_off_binary_indicator_var =l= 24;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e281_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 24*relu_1_7_1_on_binary_indicator_var =g= -24;
e282_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 48*relu_1_7_1_on_binary_indicator_var =l= 48;
e283_.. + 1*post_1_7_1 =g= 0;
e284_.. + 1*post_1_7_1 + 24*relu_1_7_1_off_binary_indicator_var =l= 24;
e285_.. + 1*pre_1_7_1 + 24*relu_1_7_1_off_binary_indicator_var =l= 24;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_2_on_binary_indicator_var + 1*relu_1_7_2_off_binary_indicator_var =e= 1;
e288_.. - 1*pre_1_7_2 + 1*post_1_7_2 - 24*relu_1_7_2_on_binary_indicator_var =g= -24;
e289_.. - 1*pre_1_7_2 + 1*post_1_7_2 + 48*relu_1_7_2_on_binary_indicator_var =l= 48;
e290_.. + 1*post_1_7_2 =g= 0;
e291_.. + 1*post_1_7_2 + 24*relu_1_7_2_off_binary_indicator_var =l= 24;
e292_.. + 1*pre_1_7_2 + 24*relu_1_7_2_off_binary_indicator_var =l= 24;
relu_1_7_3_above_pre.. + 1*pre_1_7_3 - 1*post_1_7_3 =l= 0;
relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_3_on_binary_indicator_var + 1*relu_1_7_3_off_binary_indicator_var =e= 1;
e295_.. - 1*pre_1_7_3 + 1*post_1_7_3 - 24*relu_1_7_3_on_binary_indicator_var =g= -24;
e296_.. - 1*pre_1_7_3 + 1*post_1_7_3 + 48*relu_1_7_3_on_binary_indicator_var =l= 48;
e297_.. + 1*post_1_7_3 =g= 0;
e298_.. + 1*post_1_7_3 + 24*relu_1_7_3_off_binary_indicator_var =l= 24;
e299_.. + 1*pre_1_7_3 + 24*relu_1_7_3_off_binary_indicator_var =l= 24;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e302_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 36*relu_1_8_0_on_binary_indicator_var =g= -36;
e303_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 72*relu_1_8_0_on_binary_indicator_var =l= 72;
e304_.. + 1*post_1_8_0 =g= 0;
e305_.. + 1*post_1_8_0 + 36*relu_1_8_0_off_binary_indicator_var =l= 36;
e306_.. + 1*pre_1_8_0 + 36*relu_1_8_0_off_binary_indicator_var =l= 36;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e309_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 36*relu_1_8_1_on_binary_indicator_var =g= -36;
e310_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 72*relu_1_8_1_on_binary_indicator_var =l= 72;
e311_.. + 1*post_1_8_1 =g= 0;
e312_.. + 1*post_1_8_1 + 36*relu_1_8_1_off_binary_indicator_var =l= 36;
e313_.. + 1*pre_1_8_1 + 36*relu_1_8_1_off_binary_indicator_var =l= 36;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_2_on_binary_indicator_var + 1*relu_1_8_2_off_binary_indicator_var =e= 1;
e316_.. - 1*pre_1_8_2 + 1*post_1_8_2 - 36*relu_1_8_2_on_binary_indicator_var =g= -36;
e317_.. - 1*pre_1_8_2 + 1*post_1_8_2 + 72*relu_1_8_2_on_binary_indicator_var =l= 72;
e318_.. + 1*post_1_8_2 =g= 0;
e319_.. + 1*post_1_8_2 + 36*relu_1_8_2_off_binary_indicator_var =l= 36;
e320_.. + 1*pre_1_8_2 + 36*relu_1_8_2_off_binary_indicator_var =l= 36;
relu_1_8_3_above_pre.. + 1*pre_1_8_3 - 1*post_1_8_3 =l= 0;
relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_3_on_binary_indicator_var + 1*relu_1_8_3_off_binary_indicator_var =e= 1;
e323_.. - 1*pre_1_8_3 + 1*post_1_8_3 - 36*relu_1_8_3_on_binary_indicator_var =g= -36;
e324_.. - 1*pre_1_8_3 + 1*post_1_8_3 + 72*relu_1_8_3_on_binary_indicator_var =l= 72;
e325_.. + 1*post_1_8_3 =g= 0;
e326_.. + 1*post_1_8_3 + 36*relu_1_8_3_off_binary_indicator_var =l= 36;
e327_.. + 1*pre_1_8_3 + 36*relu_1_8_3_off_binary_indicator_var =l= 36;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e330_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 37*relu_1_9_0_on_binary_indicator_var =g= -37;
e331_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 74*relu_1_9_0_on_binary_indicator_var =l= 74;
e332_.. + 1*post_1_9_0 =g= 0;
e333_.. + 1*post_1_9_0 + 37*relu_1_9_0_off_binary_indicator_var =l= 37;
e334_.. + 1*pre_1_9_0 + 37*relu_1_9_0_off_binary_indicator_var =l= 37;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e337_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 37*relu_1_9_1_on_binary_indicator_var =g= -37;
e338_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 74*relu_1_9_1_on_binary_indicator_var =l= 74;
e339_.. + 1*post_1_9_1 =g= 0;
e340_.. + 1*post_1_9_1 + 37*relu_1_9_1_off_binary_indicator_var =l= 37;
e341_.. + 1*pre_1_9_1 + 37*relu_1_9_1_off_binary_indicator_var =l= 37;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_2_on_binary_indicator_var + 1*relu_1_9_2_off_binary_indicator_var =e= 1;
e344_.. - 1*pre_1_9_2 + 1*post_1_9_2 - 37*relu_1_9_2_on_binary_indicator_var =g= -37;
e345_.. - 1*pre_1_9_2 + 1*post_1_9_2 + 74*relu_1_9_2_on_binary_indicator_var =l= 74;
e346_.. + 1*post_1_9_2 =g= 0;
e347_.. + 1*post_1_9_2 + 37*relu_1_9_2_off_binary_indicator_var =l= 37;
e348_.. + 1*pre_1_9_2 + 37*relu_1_9_2_off_binary_indicator_var =l= 37;
relu_1_9_3_above_pre.. + 1*pre_1_9_3 - 1*post_1_9_3 =l= 0;
relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_3_on_binary_indicator_var + 1*relu_1_9_3_off_binary_indicator_var =e= 1;
e351_.. - 1*pre_1_9_3 + 1*post_1_9_3 - 37*relu_1_9_3_on_binary_indicator_var =g= -37;
e352_.. - 1*pre_1_9_3 + 1*post_1_9_3 + 74*relu_1_9_3_on_binary_indicator_var =l= 74;
e353_.. + 1*post_1_9_3 =g= 0;
e354_.. + 1*post_1_9_3 + 37*relu_1_9_3_off_binary_indicator_var =l= 37;
e355_.. + 1*pre_1_9_3 + 37*relu_1_9_3_off_binary_indicator_var =l= 37;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e358_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 38*relu_1_10_0_on_binary_indicator_var =g= -38;
e359_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 76*relu_1_10_0_on_binary_indicator_var =l= 76;
e360_.. + 1*post_1_10_0 =g= 0;
e361_.. + 1*post_1_10_0 + 38*relu_1_10_0_off_binary_indicator_var =l= 38;
e362_.. + 1*pre_1_10_0 + 38*relu_1_10_0_off_binary_indicator_var =l= 38;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e365_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 38*relu_1_10_1_on_binary_indicator_var =g= -38;
e366_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 76*relu_1_10_1_on_binary_indicator_var =l= 76;
e367_.. + 1*post_1_10_1 =g= 0;
e368_.. + 1*post_1_10_1 + 38*relu_1_10_1_off_binary_indicator_var =l= 38;
e369_.. + 1*pre_1_10_1 + 38*relu_1_10_1_off_binary_indicator_var =l= 38;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_2_on_binary_indicator_var + 1*relu_1_10_2_off_binary_indicator_var =e= 1;
e372_.. - 1*pre_1_10_2 + 1*post_1_10_2 - 38*relu_1_10_2_on_binary_indicator_var =g= -38;
e373_.. - 1*pre_1_10_2 + 1*post_1_10_2 + 76*relu_1_10_2_on_binary_indicator_var =l= 76;
e374_.. + 1*post_1_10_2 =g= 0;
e375_.. + 1*post_1_10_2 + 38*relu_1_10_2_off_binary_indicator_var =l= 38;
e376_.. + 1*pre_1_10_2 + 38*relu_1_10_2_off_binary_indicator_var =l= 38;
relu_1_10_3_above_pre.. + 1*pre_1_10_3 - 1*post_1_10_3 =l= 0;
relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_3_on_binary_indicator_var + 1*relu_1_10_3_off_binary_indicator_var =e= 1;
e379_.. - 1*pre_1_10_3 + 1*post_1_10_3 - 38*relu_1_10_3_on_binary_indicator_var =g= -38;
e380_.. - 1*pre_1_10_3 + 1*post_1_10_3 + 76*relu_1_10_3_on_binary_indicator_var =l= 76;
e381_.. + 1*post_1_10_3 =g= 0;
e382_.. + 1*post_1_10_3 + 38*relu_1_10_3_off_binary_indicator_var =l= 38;
e383_.. + 1*pre_1_10_3 + 38*relu_1_10_3_off_binary_indicator_var =l= 38;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e386_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 39*relu_1_11_0_on_binary_indicator_var =g= -39;
e387_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 78*relu_1_11_0_on_binary_indicator_var =l= 78;
e388_.. + 1*post_1_11_0 =g= 0;
e389_.. + 1*post_1_11_0 + 39*relu_1_11_0_off_binary_indicator_var =l= 39;
e390_.. + 1*pre_1_11_0 + 39*relu_1_11_0_off_binary_indicator_var =l= 39;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e393_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 39*relu_1_11_1_on_binary_indicator_var =g= -39;
e394_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 78*relu_1_11_1_on_binary_indicator_var =l= 78;
e395_.. + 1*post_1_11_1 =g= 0;
e396_.. + 1*post_1_11_1 + 39*relu_1_11_1_off_binary_indicator_var =l= 39;
e397_.. + 1*pre_1_11_1 + 39*relu_1_11_1_off_binary_indicator_var =l= 39;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_2_on_binary_indicator_var + 1*relu_1_11_2_off_binary_indicator_var =e= 1;
e400_.. - 1*pre_1_11_2 + 1*post_1_11_2 - 39*relu_1_11_2_on_binary_indicator_var =g= -39;
e401_.. - 1*pre_1_11_2 + 1*post_1_11_2 + 78*relu_1_11_2_on_binary_indicator_var =l= 78;
e402_.. + 1*post_1_11_2 =g= 0;
e403_.. + 1*post_1_11_2 + 39*relu_1_11_2_off_binary_indicator_var =l= 39;
e404_.. + 1*pre_1_11_2 + 39*relu_1_11_2_off_binary_indicator_var =l= 39;
relu_1_11_3_above_pre.. + 1*pre_1_11_3 - 1*post_1_11_3 =l= 0;
relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_3_on_binary_indicator_var + 1*relu_1_11_3_off_binary_indicator_var =e= 1;
e407_.. - 1*pre_1_11_3 + 1*post_1_11_3 - 39*relu_1_11_3_on_binary_indicator_var =g= -39;
e408_.. - 1*pre_1_11_3 + 1*post_1_11_3 + 78*relu_1_11_3_on_binary_indicator_var =l= 78;
e409_.. + 1*post_1_11_3 =g= 0;
e410_.. + 1*post_1_11_3 + 39*relu_1_11_3_off_binary_indicator_var =l= 39;
e411_.. + 1*pre_1_11_3 + 39*relu_1_11_3_off_binary_indicator_var =l= 39;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e414_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 44*relu_1_12_0_on_binary_indicator_var =g= -44;
e415_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 88*relu_1_12_0_on_binary_indicator_var =l= 88;
e416_.. + 1*post_1_12_0 =g= 0;
e417_.. + 1*post_1_12_0 + 44*relu_1_12_0_off_binary_indicator_var =l= 44;
e418_.. + 1*pre_1_12_0 + 44*relu_1_12_0_off_binary_indicator_var =l= 44;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e421_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 44*relu_1_12_1_on_binary_indicator_var =g= -44;
e422_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 88*relu_1_12_1_on_binary_indicator_var =l= 88;
e423_.. + 1*post_1_12_1 =g= 0;
e424_.. + 1*post_1_12_1 + 44*relu_1_12_1_off_binary_indicator_var =l= 44;
e425_.. + 1*pre_1_12_1 + 44*relu_1_12_1_off_binary_indicator_var =l= 44;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_2_on_binary_indicator_var + 1*relu_1_12_2_off_binary_indicator_var =e= 1;
e428_.. - 1*pre_1_12_2 + 1*post_1_12_2 - 44*relu_1_12_2_on_binary_indicator_var =g= -44;
e429_.. - 1*pre_1_12_2 + 1*post_1_12_2 + 88*relu_1_12_2_on_binary_indicator_var =l= 88;
e430_.. + 1*post_1_12_2 =g= 0;
e431_.. + 1*post_1_12_2 + 44*relu_1_12_2_off_binary_indicator_var =l= 44;
e432_.. + 1*pre_1_12_2 + 44*relu_1_12_2_off_binary_indicator_var =l= 44;
relu_1_12_3_above_pre.. + 1*pre_1_12_3 - 1*post_1_12_3 =l= 0;
relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_3_on_binary_indicator_var + 1*relu_1_12_3_off_binary_indicator_var =e= 1;
e435_.. - 1*pre_1_12_3 + 1*post_1_12_3 - 44*relu_1_12_3_on_binary_indicator_var =g= -44;
e436_.. - 1*pre_1_12_3 + 1*post_1_12_3 + 88*relu_1_12_3_on_binary_indicator_var =l= 88;
e437_.. + 1*post_1_12_3 =g= 0;
e438_.. + 1*post_1_12_3 + 44*relu_1_12_3_off_binary_indicator_var =l= 44;
e439_.. + 1*pre_1_12_3 + 44*relu_1_12_3_off_binary_indicator_var =l= 44;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e442_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 46*relu_1_13_0_on_binary_indicator_var =g= -46;
e443_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 92*relu_1_13_0_on_binary_indicator_var =l= 92;
e444_.. + 1*post_1_13_0 =g= 0;
e445_.. + 1*post_1_13_0 + 46*relu_1_13_0_off_binary_indicator_var =l= 46;
e446_.. + 1*pre_1_13_0 + 46*relu_1_13_0_off_binary_indicator_var =l= 46;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e449_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 46*relu_1_13_1_on_binary_indicator_var =g= -46;
e450_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 92*relu_1_13_1_on_binary_indicator_var =l= 92;
e451_.. + 1*post_1_13_1 =g= 0;
e452_.. + 1*post_1_13_1 + 46*relu_1_13_1_off_binary_indicator_var =l= 46;
e453_.. + 1*pre_1_13_1 + 46*relu_1_13_1_off_binary_indicator_var =l= 46;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_2_on_binary_indicator_var + 1*relu_1_13_2_off_binary_indicator_var =e= 1;
e456_.. - 1*pre_1_13_2 + 1*post_1_13_2 - 46*relu_1_13_2_on_binary_indicator_var =g= -46;
e457_.. - 1*pre_1_13_2 + 1*post_1_13_2 + 92*relu_1_13_2_on_binary_indicator_var =l= 92;
e458_.. + 1*post_1_13_2 =g= 0;
e459_.. + 1*post_1_13_2 + 46*relu_1_13_2_off_binary_indicator_var =l= 46;
e460_.. + 1*pre_1_13_2 + 46*relu_1_13_2_off_binary_indicator_var =l= 46;
relu_1_13_3_above_pre.. + 1*pre_1_13_3 - 1*post_1_13_3 =l= 0;
relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_3_on_binary_indicator_var + 1*relu_1_13_3_off_binary_indicator_var =e= 1;
e463_.. - 1*pre_1_13_3 + 1*post_1_13_3 - 46*relu_1_13_3_on_binary_indicator_var =g= -46;
e464_.. - 1*pre_1_13_3 + 1*post_1_13_3 + 92*relu_1_13_3_on_binary_indicator_var =l= 92;
e465_.. + 1*post_1_13_3 =g= 0;
e466_.. + 1*post_1_13_3 + 46*relu_1_13_3_off_binary_indicator_var =l= 46;
e467_.. + 1*pre_1_13_3 + 46*relu_1_13_3_off_binary_indicator_var =l= 46;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e470_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 48*relu_1_14_0_on_binary_indicator_var =g= -48;
e471_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 96*relu_1_14_0_on_binary_indicator_var =l= 96;
e472_.. + 1*post_1_14_0 =g= 0;
e473_.. + 1*post_1_14_0 + 48*relu_1_14_0_off_binary_indicator_var =l= 48;
e474_.. + 1*pre_1_14_0 + 48*relu_1_14_0_off_binary_indicator_var =l= 48;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e477_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 48*relu_1_14_1_on_binary_indicator_var =g= -48;
e478_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 96*relu_1_14_1_on_binary_indicator_var =l= 96;
e479_.. + 1*post_1_14_1 =g= 0;
e480_.. + 1*post_1_14_1 + 48*relu_1_14_1_off_binary_indicator_var =l= 48;
e481_.. + 1*pre_1_14_1 + 48*relu_1_14_1_off_binary_indicator_var =l= 48;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_2_on_binary_indicator_var + 1*relu_1_14_2_off_binary_indicator_var =e= 1;
e484_.. - 1*pre_1_14_2 + 1*post_1_14_2 - 48*relu_1_14_2_on_binary_indicator_var =g= -48;
e485_.. - 1*pre_1_14_2 + 1*post_1_14_2 + 96*relu_1_14_2_on_binary_indicator_var =l= 96;
e486_.. + 1*post_1_14_2 =g= 0;
e487_.. + 1*post_1_14_2 + 48*relu_1_14_2_off_binary_indicator_var =l= 48;
e488_.. + 1*pre_1_14_2 + 48*relu_1_14_2_off_binary_indicator_var =l= 48;
relu_1_14_3_above_pre.. + 1*pre_1_14_3 - 1*post_1_14_3 =l= 0;
relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_3_on_binary_indicator_var + 1*relu_1_14_3_off_binary_indicator_var =e= 1;
e491_.. - 1*pre_1_14_3 + 1*post_1_14_3 - 48*relu_1_14_3_on_binary_indicator_var =g= -48;
e492_.. - 1*pre_1_14_3 + 1*post_1_14_3 + 96*relu_1_14_3_on_binary_indicator_var =l= 96;
e493_.. + 1*post_1_14_3 =g= 0;
e494_.. + 1*post_1_14_3 + 48*relu_1_14_3_off_binary_indicator_var =l= 48;
e495_.. + 1*pre_1_14_3 + 48*relu_1_14_3_off_binary_indicator_var =l= 48;

w_1_0_0.lo = -8;
w_1_0_0.up = 8;
w_1_1_0.lo = -8;
w_1_1_0.up = 8;
w_1_2_0.lo = -8;
w_1_2_0.up = 8;
w_1_3_0.lo = -8;
w_1_3_0.up = 8;
w_2_0_0.lo = -8;
w_2_0_0.up = 8;
w_2_0_1.lo = -8;
w_2_0_1.up = 8;
w_2_0_2.lo = -8;
w_2_0_2.up = 8;
w_2_0_3.lo = -8;
w_2_0_3.up = 8;
b_1_0.lo = -8;
b_1_0.up = 8;
b_1_1.lo = -8;
b_1_1.up = 8;
b_1_2.lo = -8;
b_1_2.up = 8;
b_1_3.lo = -8;
b_1_3.up = 8;
b_2_0.lo = -8;
b_2_0.up = 8;
pre_1_0_0.lo = -16;
pre_1_0_0.up = 16;
pre_1_0_1.lo = -16;
pre_1_0_1.up = 16;
pre_1_0_2.lo = -16;
pre_1_0_2.up = 16;
pre_1_0_3.lo = -16;
pre_1_0_3.up = 16;
pre_1_1_0.lo = -14;
pre_1_1_0.up = 14;
pre_1_1_1.lo = -14;
pre_1_1_1.up = 14;
pre_1_1_2.lo = -14;
pre_1_1_2.up = 14;
pre_1_1_3.lo = -14;
pre_1_1_3.up = 14;
pre_1_2_0.lo = -12;
pre_1_2_0.up = 12;
pre_1_2_1.lo = -12;
pre_1_2_1.up = 12;
pre_1_2_2.lo = -12;
pre_1_2_2.up = 12;
pre_1_2_3.lo = -12;
pre_1_2_3.up = 12;
pre_1_3_0.lo = -9;
pre_1_3_0.up = 9;
pre_1_3_1.lo = -9;
pre_1_3_1.up = 9;
pre_1_3_2.lo = -9;
pre_1_3_2.up = 9;
pre_1_3_3.lo = -9;
pre_1_3_3.up = 9;
pre_1_4_0.lo = -10;
pre_1_4_0.up = 10;
pre_1_4_1.lo = -10;
pre_1_4_1.up = 10;
pre_1_4_2.lo = -10;
pre_1_4_2.up = 10;
pre_1_4_3.lo = -10;
pre_1_4_3.up = 10;
pre_1_5_0.lo = -11;
pre_1_5_0.up = 11;
pre_1_5_1.lo = -11;
pre_1_5_1.up = 11;
pre_1_5_2.lo = -11;
pre_1_5_2.up = 11;
pre_1_5_3.lo = -11;
pre_1_5_3.up = 11;
pre_1_6_0.lo = -12;
pre_1_6_0.up = 12;
pre_1_6_1.lo = -12;
pre_1_6_1.up = 12;
pre_1_6_2.lo = -12;
pre_1_6_2.up = 12;
pre_1_6_3.lo = -12;
pre_1_6_3.up = 12;
pre_1_7_0.lo = -24;
pre_1_7_0.up = 24;
pre_1_7_1.lo = -24;
pre_1_7_1.up = 24;
pre_1_7_2.lo = -24;
pre_1_7_2.up = 24;
pre_1_7_3.lo = -24;
pre_1_7_3.up = 24;
pre_1_8_0.lo = -36;
pre_1_8_0.up = 36;
pre_1_8_1.lo = -36;
pre_1_8_1.up = 36;
pre_1_8_2.lo = -36;
pre_1_8_2.up = 36;
pre_1_8_3.lo = -36;
pre_1_8_3.up = 36;
pre_1_9_0.lo = -37;
pre_1_9_0.up = 37;
pre_1_9_1.lo = -37;
pre_1_9_1.up = 37;
pre_1_9_2.lo = -37;
pre_1_9_2.up = 37;
pre_1_9_3.lo = -37;
pre_1_9_3.up = 37;
pre_1_10_0.lo = -38;
pre_1_10_0.up = 38;
pre_1_10_1.lo = -38;
pre_1_10_1.up = 38;
pre_1_10_2.lo = -38;
pre_1_10_2.up = 38;
pre_1_10_3.lo = -38;
pre_1_10_3.up = 38;
pre_1_11_0.lo = -39;
pre_1_11_0.up = 39;
pre_1_11_1.lo = -39;
pre_1_11_1.up = 39;
pre_1_11_2.lo = -39;
pre_1_11_2.up = 39;
pre_1_11_3.lo = -39;
pre_1_11_3.up = 39;
pre_1_12_0.lo = -44;
pre_1_12_0.up = 44;
pre_1_12_1.lo = -44;
pre_1_12_1.up = 44;
pre_1_12_2.lo = -44;
pre_1_12_2.up = 44;
pre_1_12_3.lo = -44;
pre_1_12_3.up = 44;
pre_1_13_0.lo = -46;
pre_1_13_0.up = 46;
pre_1_13_1.lo = -46;
pre_1_13_1.up = 46;
pre_1_13_2.lo = -46;
pre_1_13_2.up = 46;
pre_1_13_3.lo = -46;
pre_1_13_3.up = 46;
pre_1_14_0.lo = -48;
pre_1_14_0.up = 48;
pre_1_14_1.lo = -48;
pre_1_14_1.up = 48;
pre_1_14_2.lo = -48;
pre_1_14_2.up = 48;
pre_1_14_3.lo = -48;
pre_1_14_3.up = 48;
post_1_0_0.lo = 0;
post_1_0_0.up = 16;
post_1_0_1.lo = 0;
post_1_0_1.up = 16;
post_1_0_2.lo = 0;
post_1_0_2.up = 16;
post_1_0_3.lo = 0;
post_1_0_3.up = 16;
post_1_1_0.lo = 0;
post_1_1_0.up = 14;
post_1_1_1.lo = 0;
post_1_1_1.up = 14;
post_1_1_2.lo = 0;
post_1_1_2.up = 14;
post_1_1_3.lo = 0;
post_1_1_3.up = 14;
post_1_2_0.lo = 0;
post_1_2_0.up = 12;
post_1_2_1.lo = 0;
post_1_2_1.up = 12;
post_1_2_2.lo = 0;
post_1_2_2.up = 12;
post_1_2_3.lo = 0;
post_1_2_3.up = 12;
post_1_3_0.lo = 0;
post_1_3_0.up = 9;
post_1_3_1.lo = 0;
post_1_3_1.up = 9;
post_1_3_2.lo = 0;
post_1_3_2.up = 9;
post_1_3_3.lo = 0;
post_1_3_3.up = 9;
post_1_4_0.lo = 0;
post_1_4_0.up = 10;
post_1_4_1.lo = 0;
post_1_4_1.up = 10;
post_1_4_2.lo = 0;
post_1_4_2.up = 10;
post_1_4_3.lo = 0;
post_1_4_3.up = 10;
post_1_5_0.lo = 0;
post_1_5_0.up = 11;
post_1_5_1.lo = 0;
post_1_5_1.up = 11;
post_1_5_2.lo = 0;
post_1_5_2.up = 11;
post_1_5_3.lo = 0;
post_1_5_3.up = 11;
post_1_6_0.lo = 0;
post_1_6_0.up = 12;
post_1_6_1.lo = 0;
post_1_6_1.up = 12;
post_1_6_2.lo = 0;
post_1_6_2.up = 12;
post_1_6_3.lo = 0;
post_1_6_3.up = 12;
post_1_7_0.lo = 0;
post_1_7_0.up = 24;
post_1_7_1.lo = 0;
post_1_7_1.up = 24;
post_1_7_2.lo = 0;
post_1_7_2.up = 24;
post_1_7_3.lo = 0;
post_1_7_3.up = 24;
post_1_8_0.lo = 0;
post_1_8_0.up = 36;
post_1_8_1.lo = 0;
post_1_8_1.up = 36;
post_1_8_2.lo = 0;
post_1_8_2.up = 36;
post_1_8_3.lo = 0;
post_1_8_3.up = 36;
post_1_9_0.lo = 0;
post_1_9_0.up = 37;
post_1_9_1.lo = 0;
post_1_9_1.up = 37;
post_1_9_2.lo = 0;
post_1_9_2.up = 37;
post_1_9_3.lo = 0;
post_1_9_3.up = 37;
post_1_10_0.lo = 0;
post_1_10_0.up = 38;
post_1_10_1.lo = 0;
post_1_10_1.up = 38;
post_1_10_2.lo = 0;
post_1_10_2.up = 38;
post_1_10_3.lo = 0;
post_1_10_3.up = 38;
post_1_11_0.lo = 0;
post_1_11_0.up = 39;
post_1_11_1.lo = 0;
post_1_11_1.up = 39;
post_1_11_2.lo = 0;
post_1_11_2.up = 39;
post_1_11_3.lo = 0;
post_1_11_3.up = 39;
post_1_12_0.lo = 0;
post_1_12_0.up = 44;
post_1_12_1.lo = 0;
post_1_12_1.up = 44;
post_1_12_2.lo = 0;
post_1_12_2.up = 44;
post_1_12_3.lo = 0;
post_1_12_3.up = 44;
post_1_13_0.lo = 0;
post_1_13_0.up = 46;
post_1_13_1.lo = 0;
post_1_13_1.up = 46;
post_1_13_2.lo = 0;
post_1_13_2.up = 46;
post_1_13_3.lo = 0;
post_1_13_3.up = 46;
post_1_14_0.lo = 0;
post_1_14_0.up = 48;
post_1_14_1.lo = 0;
post_1_14_1.up = 48;
post_1_14_2.lo = 0;
post_1_14_2.up = 48;
post_1_14_3.lo = 0;
post_1_14_3.up = 48;
out_0_0.lo = -520;
out_0_0.up = 520;
out_1_0.lo = -456;
out_1_0.up = 456;
out_2_0.lo = -392;
out_2_0.up = 392;
out_3_0.lo = -296;
out_3_0.up = 296;
out_4_0.lo = -328;
out_4_0.up = 328;
out_5_0.lo = -360;
out_5_0.up = 360;
out_6_0.lo = -392;
out_6_0.up = 392;
out_7_0.lo = -776;
out_7_0.up = 776;
out_8_0.lo = -1160;
out_8_0.up = 1160;
out_9_0.lo = -1192;
out_9_0.up = 1192;
out_10_0.lo = -1224;
out_10_0.up = 1224;
out_11_0.lo = -1256;
out_11_0.up = 1256;
out_12_0.lo = -1416;
out_12_0.up = 1416;
out_13_0.lo = -1480;
out_13_0.up = 1480;
out_14_0.lo = -1544;
out_14_0.up = 1544;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
