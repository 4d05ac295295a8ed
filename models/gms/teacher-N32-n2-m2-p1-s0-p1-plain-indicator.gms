* teacher-N32-n2-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N32-n2-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1,
  pre_1_7_0, pre_1_7_1, pre_1_8_0, pre_1_8_1, pre_1_9_0, pre_1_9_1, pre_1_10_0, pre_1_10_1,
  pre_1_11_0, pre_1_11_1, pre_1_12_0, pre_1_12_1, pre_1_13_0, pre_1_13_1, pre_1_14_0, pre_1_14_1,
  pre_1_15_0, pre_1_15_1, pre_1_16_0, pre_1_16_1, pre_1_17_0, pre_1_17_1, pre_1_18_0, pre_1_18_1,
  pre_1_19_0, pre_1_19_1, pre_1_20_0, pre_1_20_1, pre_1_21_0, pre_1_21_1, pre_1_22_0, pre_1_22_1,
  pre_1_23_0, pre_1_23_1, pre_1_24_0, pre_1_24_1, pre_1_25_0, pre_1_25_1, pre_1_26_0, pre_1_26_1,
  pre_1_27_0, pre_1_27_1, pre_1_28_0, pre_1_28_1, pre_1_29_0, pre_1_29_1, pre_1_30_0, pre_1_30_1,
  pre_1_31_0, pre_1_31_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1,
  post_1_11_0, post_1_11_1, post_1_12_0, post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1,
  post_1_15_0, post_1_15_1, post_1_16_0, post_1_16_1, post_1_17_0, post_1_17_1, post_1_18_0, post_1_18_1,
  post_1_19_0, post_1_19_1, post_1_20_0, post_1_20_1, post_1_21_0, post_1_21_1, post_1_22_0, post_1_22_1,
  post_1_23_0, post_1_23_1, post_1_24_0, post_1_24_1, post_1_25_0, post_1_25_1, post_1_26_0, post_1_26_1,
  post_1_27_0, post_1_27_1, post_1_28_0, post_1_28_1, post_1_29_0, post_1_29_1, post_1_30_0, post_1_30_1,
  post_1_31_0, post_1_31_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0,
  out_14_0, out_15_0, out_16_0, out_17_0, out_18_0, out_19_0, out_20_0, out_21_0,
  out_22_0, out_23_0, out_24_0, out_25_0, out_26_0, out_27_0, out_28_0, out_29_0,
  out_30_0, out_31_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var, relu_1_9_0_on_binary_indicator_var, relu_1_9_0_off_binary_indicator_var, relu_1_9_1_on_binary_indicator_var, relu_1_9_1_off_binary_indicator_var,
  relu_1_10_0_on_binary_indicator_var, relu_1_10_0_off_binary_indicator_var, relu_1_10_1_on_binary_indicator_var, relu_1_10_1_off_binary_indicator_var, relu_1_11_0_on_binary_indicator_var, relu_1_11_0_off_binary_indicator_var, relu_1_11_1_on_binary_indicator_var, relu_1_11_1_off_binary_indicator_var,
  relu_1_12_0_on_binary_indicator_var, relu_1_12_0_off_binary_indicator_var, relu_1_12_1_on_binary_indicator_var, relu_1_12_1_off_binary_indicator_var, relu_1_13_0_on_binary_indicator_var, relu_1_13_0_off_binary_indicator_var, relu_1_13_1_on_binary_indicator_var, relu_1_13_1_off_binary_indicator_var,
  relu_1_14_0_on_binary_indicator_var, relu_1_14_0_off_binary_indicator_var, relu_1_14_1_on_binary_indicator_var, relu_1_14_1_off_binary_indicator_var, relu_1_15_0_on_binary_indicator_var, relu_1_15_0_off_binary_indicator_var, relu_1_15_1_on_binary_indicator_var, relu_1_15_1_off_binary_indicator_var,
  relu_1_16_0_on_binary_indicator_var, relu_1_16_0_off_binary_indicator_var, relu_1_16_1_on_binary_indicator_var, relu_1_16_1_off_binary_indicator_var, relu_1_17_0_on_binary_indicator_var, relu_1_17_0_off_binary_indicator_var, relu_1_17_1_on_binary_indicator_var, relu_1_17_1_off_binary_indicator_var,
  relu_1_18_0_on_binary_indicator_var, relu_1_18_0_off_binary_indicator_var, relu_1_18_1_on_binary_indicator_var, relu_1_18_1_off_binary_indicator_var, relu_1_19_0_on_binary_indicator_var, relu_1_19_0_off_binary_indicator_var, relu_1_19_1_on_binary_indicator_var, relu_1_19_1_off_binary_indicator_var,
  relu_1_20_0_on_binary_indicator_var, relu_1_20_0_off_binary_indicator_var, relu_1_20_1_on_binary_indicator_var, relu_1_20_1_off_binary_indicator_var, relu_1_21_0_on_binary_indicator_var, relu_1_21_0_off_binary_indicator_var, relu_1_21_1_on_binary_indicator_var, relu_1_21_1_off_binary_indicator_var,
  relu_1_22_0_on_binary_indicator_var, relu_1_22_0_off_binary_indicator_var, relu_1_22_1_on_binary_indicator_var, relu_1_22_1_off_binary_indicator_var, relu_1_23_0_on_binary_indicator_var, relu_1_23_0_off_binary_indicator_var, relu_1_23_1_on_binary_indicator_var, relu_1_23_1_off_binary_indicator_var,
  relu_1_24_0_on_binary_indicator_var, relu_1_24_0_off_binary_indicator_var, relu_1_24_1_on_binary_indicator_var, relu_1_24_1_off_binary_indicator_var, relu_1_25_0_on_binary_indicator_var, relu_1_25_0_off_binary_indicator_var, relu_1_25_1_on_binary_indicator_var, relu_1_25_1_off_binary_indicator_var,
  relu_1_26_0_on_binary_indicator_var, relu_1_26_0_off_binary_indicator_var, relu_1_26_1_on_binary_indicator_var, relu_1_26_1_off_binary_indicator_var, relu_1_27_0_on_binary_indicator_var, relu_1_27_0_off_binary_indicator_var, relu_1_27_1_on_binary_indicator_var, relu_1_27_1_off_binary_indicator_var,
  relu_1_28_0_on_binary_indicator_var, relu_1_28_0_off_binary_indicator_var, relu_1_28_1_on_binary_indicator_var, relu_1_28_1_off_binary_indicator_var, relu_1_29_0_on_binary_indicator_var, relu_1_29_0_off_binary_indicator_var, relu_1_29_1_on_binary_indicator_var, relu_1_29_1_off_binary_indicator_var,
  relu_1_30_0_on_binary_indicator_var, relu_1_30_0_off_binary_indicator_var, relu_1_30_1_on_binary_indicator_var, relu_1_30_1_off_binary_indicator_var, relu_1_31_0_on_binary_indicator_var, relu_1_31_0_off_binary_indicator_var, relu_1_31_1_on_binary_indicator_var, relu_1_31_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_17_0, pre_definition_1_17_1, pre_definition_1_18_0, pre_definition_1_18_1, pre_definition_1_19_0,
  pre_definition_1_19_1, pre_definition_1_20_0, pre_definition_1_20_1, pre_definition_1_21_0, pre_definition_1_21_1, pre_definition_1_22_0, pre_definition_1_22_1, pre_definition_1_23_0,
  pre_definition_1_23_1, pre_definition_1_24_0, pre_definition_1_24_1, pre_definition_1_25_0, pre_definition_1_25_1, pre_definition_1_26_0, pre_definition_1_26_1, pre_definition_1_27_0,
  pre_definition_1_27_1, pre_definition_1_28_0, pre_definition_1_28_1, pre_definition_1_29_0, pre_definition_1_29_1, pre_definition_1_30_0, pre_definition_1_30_1, pre_definition_1_31_0,
  pre_definition_1_31_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0, out_definition_19_0, out_definition_20_0, out_definition_21_0, out_definition_22_0,
  out_definition_23_0, out_definition_24_0, out_definition_25_0, out_definition_26_0, out_definition_27_0, out_definition_28_0, out_definition_29_0, out_definition_30_0,
  out_definition_31_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e99_, e100_, e101_, e102_, e103_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e106_, e107_, e108_, e109_, e110_, relu_1_1_0_above_pre,
  relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e113_, e114_, e115_, e116_, e117_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e120_, e121_, e122_, e123_, e124_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e127_,
  e128_, e129_, e130_, e131_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e134_, e135_,
  e136_, e137_, e138_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e141_, e142_, e143_,
  e144_, e145_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e148_, e149_, e150_, e151_,
  e152_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e155_, e156_, e157_, e158_, e159_,
  relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e162_, e163_, e164_, e165_, e166_, relu_1_5_0_above_pre,
  relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e169_, e170_, e171_, e172_, e173_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor,
  e176_, e177_, e178_, e179_, e180_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e183_,
  e184_, e185_, e186_, e187_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e190_, e191_,
  e192_, e193_, e194_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e197_, e198_, e199_,
  e200_, e201_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e204_, e205_, e206_, e207_,
  e208_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e211_, e212_, e213_, e214_, e215_,
  relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e218_, e219_, e220_, e221_, e222_, relu_1_9_0_above_pre,
  relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e225_, e226_, e227_, e228_, e229_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor,
  e232_, e233_, e234_, e235_, e236_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e239_,
  e240_, e241_, e242_, e243_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e246_, e247_,
  e248_, e249_, e250_, relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e253_, e254_, e255_,
  e256_, e257_, relu_1_11_1_above_pre, relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e260_, e261_, e262_, e263_,
  e264_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e267_, e268_, e269_, e270_, e271_,
  relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e274_, e275_, e276_, e277_, e278_, relu_1_13_0_above_pre,
  relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e281_, e282_, e283_, e284_, e285_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor,
  e288_, e289_, e290_, e291_, e292_, relu_1_14_0_above_pre, relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e295_,
  e296_, e297_, e298_, e299_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor, e302_, e303_,
  e304_, e305_, e306_, relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e309_, e310_, e311_,
  e312_, e313_, relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e316_, e317_, e318_, e319_,
  e320_, relu_1_16_0_above_pre, relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor, e323_, e324_, e325_, e326_, e327_,
  relu_1_16_1_above_pre, relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor, e330_, e331_, e332_, e333_, e334_, relu_1_17_0_above_pre,
  relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor, e337_, e338_, e339_, e340_, e341_, relu_1_17_1_above_pre, relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor,
  e344_, e345_, e346_, e347_, e348_, relu_1_18_0_above_pre, relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor, e351_,
  e352_, e353_, e354_, e355_, relu_1_18_1_above_pre, relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor, e358_, e359_,
  e360_, e361_, e362_, relu_1_19_0_above_pre, relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor, e365_, e366_, e367_,
  e368_, e369_, relu_1_19_1_above_pre, relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor, e372_, e373_, e374_, e375_,
  e376_, relu_1_20_0_above_pre, relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor, e379_, e380_, e381_, e382_, e383_,
  relu_1_20_1_above_pre, relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor, e386_, e387_, e388_, e389_, e390_, relu_1_21_0_above_pre,
  relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor, e393_, e394_, e395_, e396_, e397_, relu_1_21_1_above_pre, relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor,
  e400_, e401_, e402_, e403_, e404_, relu_1_22_0_above_pre, relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor, e407_,
  e408_, e409_, e410_, e411_, relu_1_22_1_above_pre, relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor, e414_, e415_,
  e416_, e417_, e418_, relu_1_23_0_above_pre, relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor, e421_, e422_, e423_,
  e424_, e425_, relu_1_23_1_above_pre, relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor, e428_, e429_, e430_, e431_,
  e432_, relu_1_24_0_above_pre, relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor, e435_, e436_, e437_, e438_, e439_,
  relu_1_24_1_above_pre, relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor, e442_, e443_, e444_, e445_, e446_, relu_1_25_0_above_pre,
  relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor, e449_, e450_, e451_, e452_, e453_, relu_1_25_1_above_pre, relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor,
  e456_, e457_, e458_, e459_, e460_, relu_1_26_0_above_pre, relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor, e463_,
  e464_, e465_, e466_, e467_, relu_1_26_1_above_pre, relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor, e470_, e471_,
  e472_, e473_, e474_, relu_1_27_0_above_pre, relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor, e477_, e478_, e479_,
  e480_, e481_, relu_1_27_1_above_pre, relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor, e484_, e485_, e486_, e487_,
  e488_, relu_1_28_0_above_pre, relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor, e491_, e492_, e493_, e494_, e495_,
  relu_1_28_1_above_pre, relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor, e498_, e499_, e500_, e501_, e502_, relu_1_29_0_above_pre,
  relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor, e505_, e506_, e507_, e508_, e509_, relu_1_29_1_above_pre, relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor,
  e512_, e513_, e514_, e515_, e516_, relu_1_30_0_above_pre, relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor, e519_,
  e520_, e521_, e522_, e523_, relu_1_30_1_above_pre, relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor, e526_, e527_,
  e528_, e529_, e530_, relu_1_31_0_above_pre, relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor, e533_, e534_, e535_,
  e536_, e537_, relu_1_31_1_above_pre, relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor, e540_, e541_, e542_, e543_,
  e544_;

e_obj.. - objvar - 0.29577082783050446*out_0_0 - 1.5110240458159532*out_1_0 - 1.1147186544861425*out_2_0 - 0.7507484051209695*out_3_0 - 1.7606074577170037*out_4_0 - 2.3442458357288936*out_5_0 - 1.7755881010858077*out_6_0
    - 0.7733999229120279*out_7_0 - 0.1638124063730197*out_8_0 - 0.40571766721369934*out_9_0 - 0.35431716645569533*out_10_0 - 1.896422024046478*out_11_0 - 0.9491012183820721*out_12_0 - 1.6219958105167358*out_13_0 - 0.6211887085732225*out_14_0
    - 1.1000102922631816*out_15_0 - 1.5915441233102825*out_16_0 - 1.6123810677569077*out_17_0 - 1.5393609714771879*out_18_0 - 1.8360320166903676*out_19_0 - 0.25961470096001193*out_20_0 - 0.8116620198164279*out_21_0 - 2.4020427143079606*out_22_0
    - 1.8471620466283243*out_23_0 - 1.2362191288339568*out_24_0 - 1.7886417432537187*out_25_0 - 2.2442360729588264*out_26_0 - 1.6199015593488677*out_27_0 - 1.7992587761637602*out_28_0 - 0.8172683383939285*out_29_0 - 1.2775238326590523*out_30_0
    - 0.8832692096374155*out_31_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0) + 1*sqr(out_19_0) + 1*sqr(out_20_0) + 1*sqr(out_21_0) + 1*sqr(out_22_0)
    + 1*sqr(out_23_0) + 1*sqr(out_24_0) + 1*sqr(out_25_0) + 1*sqr(out_26_0) + 1*sqr(out_27_0) + 1*sqr(out_28_0) + 1*sqr(out_29_0) + 1*sqr(out_30_0)
    + 1*sqr(out_31_0) + 16.262757661083782 =e= 0;
pre_definition_1_0_0.. - 0.8701448475755365*w_1_0_0 - 0.6317071082430643*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.8701448475755365*w_1_1_0 - 0.6317071082430643*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.9945229996597038*w_1_0_0 - 0.7148085531751387*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.9945229996597038*w_1_1_0 - 0.7148085531751387*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.9328288493890713*w_1_0_0 - 0.45931089285988813*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.9328288493890713*w_1_1_0 - 0.45931089285988813*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.648688758794882*w_1_0_0 - 0.7263578446997732*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.648688758794882*w_1_1_0 - 0.7263578446997732*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.08292244049818343*w_1_0_0 + 0.40057621892523043*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.08292244049818343*w_1_1_0 + 0.40057621892523043*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.1546255576046831*w_1_0_0 + 0.9433606577090741*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.1546255576046831*w_1_1_0 + 0.9433606577090741*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.7514334470008721*w_1_0_0 - 0.34124882938726064*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.7514334470008721*w_1_1_0 - 0.34124882938726064*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.2943790231485002*w_1_0_0 - 0.2307702229625077*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.2943790231485002*w_1_1_0 - 0.2307702229625077*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. + 0.23264489147623313*w_1_0_0 - 0.994419871578422*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 0.23264489147623313*w_1_1_0 - 0.994419871578422*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.9616706775524602*w_1_0_0 - 0.3710839689613894*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.9616706775524602*w_1_1_0 - 0.3710839689613894*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. - 0.3009185525356326*w_1_0_0 - 0.37689346114188016*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.3009185525356326*w_1_1_0 - 0.37689346114188016*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. + 0.22215715204179243*w_1_0_0 + 0.7298069899551776*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.22215715204179243*w_1_1_0 + 0.7298069899551776*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 0.4429766803881634*w_1_0_0 - 0.050708644951451776*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.4429766803881634*w_1_1_0 - 0.050708644951451776*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. + 0.3795162488820887*w_1_0_0 + 0.028329282336421846*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.3795162488820887*w_1_1_0 + 0.028329282336421846*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.7789756686980005*w_1_0_0 - 0.8680870319124994*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.7789756686980005*w_1_1_0 - 0.8680870319124994*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. + 0.28440960658185954*w_1_0_0 - 0.14305966145952187*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.28440960658185954*w_1_1_0 - 0.14305966145952187*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_1_16_0.. + 0.3562612178481157*w_1_0_0 - 0.1886000603993936*w_1_0_1 - 1*b_1_0 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. + 0.3562612178481157*w_1_1_0 - 0.1886000603993936*w_1_1_1 - 1*b_1_1 + 1*pre_1_16_1 =e= 0;
pre_definition_1_17_0.. + 0.3241775489857335*w_1_0_0 + 0.21676199894367754*w_1_0_1 - 1*b_1_0 + 1*pre_1_17_0 =e= 0;
pre_definition_1_17_1.. + 0.3241775489857335*w_1_1_0 + 0.21676199894367754*w_1_1_1 - 1*b_1_1 + 1*pre_1_17_1 =e= 0;
pre_definition_1_18_0.. - 0.7805487040095846*w_1_0_0 + 0.5456848129332406*w_1_0_1 - 1*b_1_0 + 1*pre_1_18_0 =e= 0;
pre_definition_1_18_1.. - 0.7805487040095846*w_1_1_0 + 0.5456848129332406*w_1_1_1 - 1*b_1_1 + 1*pre_1_18_1 =e= 0;
pre_definition_1_19_0.. - 0.24637428937208483*w_1_0_0 + 0.8319693128352303*w_1_0_1 - 1*b_1_0 + 1*pre_1_19_0 =e= 0;
pre_definition_1_19_1.. - 0.24637428937208483*w_1_1_0 + 0.8319693128352303*w_1_1_1 - 1*b_1_1 + 1*pre_1_19_1 =e= 0;
pre_definition_1_20_0.. - 0.6652882953067956*w_1_0_0 - 0.5741966149773667*w_1_0_1 - 1*b_1_0 + 1*pre_1_20_0 =e= 0;
pre_definition_1_20_1.. - 0.6652882953067956*w_1_1_0 - 0.5741966149773667*w_1_1_1 - 1*b_1_1 + 1*pre_1_20_1 =e= 0;
pre_definition_1_21_0.. + 0.5212611140140957*w_1_0_0 - 0.7529684616214076*w_1_0_1 - 1*b_1_0 + 1*pre_1_21_0 =e= 0;
pre_definition_1_21_1.. + 0.5212611140140957*w_1_1_0 - 0.7529684616214076*w_1_1_1 - 1*b_1_1 + 1*pre_1_21_1 =e= 0;
pre_definition_1_22_0.. + 0.8828639303896113*w_1_0_0 + 0.32776587890867925*w_1_0_1 - 1*b_1_0 + 1*pre_1_22_0 =e= 0;
pre_definition_1_22_1.. + 0.8828639303896113*w_1_1_0 + 0.32776587890867925*w_1_1_1 - 1*b_1_1 + 1*pre_1_22_1 =e= 0;
pre_definition_1_23_0.. + 0.6994410662103219*w_1_0_0 + 0.09932126670142605*w_1_0_1 - 1*b_1_0 + 1*pre_1_23_0 =e= 0;
pre_definition_1_23_1.. + 0.6994410662103219*w_1_1_0 + 0.09932126670142605*w_1_1_1 - 1*b_1_1 + 1*pre_1_23_1 =e= 0;
pre_definition_1_24_0.. - 0.5926485405745885*w_1_0_0 + 0.5387155820125051*w_1_0_1 - 1*b_1_0 + 1*pre_1_24_0 =e= 0;
pre_definition_1_24_1.. - 0.5926485405745885*w_1_1_0 + 0.5387155820125051*w_1_1_1 - 1*b_1_1 + 1*pre_1_24_1 =e= 0;
pre_definition_1_25_0.. + 0.8959573978711808*w_1_0_0 + 0.1908963203569436*w_1_0_1 - 1*b_1_0 + 1*pre_1_25_0 =e= 0;
pre_definition_1_25_1.. + 0.8959573978711808*w_1_1_0 + 0.1908963203569436*w_1_1_1 - 1*b_1_1 + 1*pre_1_25_1 =e= 0;
pre_definition_1_26_0.. + 0.6029739109814893*w_1_0_0 + 0.8184939087617562*w_1_0_1 - 1*b_1_0 + 1*pre_1_26_0 =e= 0;
pre_definition_1_26_1.. + 0.6029739109814893*w_1_1_0 + 0.8184939087617562*w_1_1_1 - 1*b_1_1 + 1*pre_1_26_1 =e= 0;
pre_definition_1_27_0.. - 0.16066477197370133*w_1_0_0 + 0.4026077343621548*w_1_0_1 - 1*b_1_0 + 1*pre_1_27_0 =e= 0;
pre_definition_1_27_1.. - 0.16066477197370133*w_1_1_0 + 0.4026077343621548*w_1_1_1 - 1*b_1_1 + 1*pre_1_27_1 =e= 0;
pre_definition_1_28_0.. - 0.34398975591271874*w_1_0_0 + 0.6009691120635734*w_1_0_1 - 1*b_1_0 + 1*pre_1_28_0 =e= 0;
pre_definition_1_28_1.. - 0.34398975591271874*w_1_1_0 + 0.6009691120635734*w_1_1_1 - 1*b_1_1 + 1*pre_1_28_1 =e= 0;
pre_definition_1_29_0.. - 0.8842262210129956*w_1_0_0 + 0.2697796635103429*w_1_0_1 - 1*b_1_0 + 1*pre_1_29_0 =e= 0;
pre_definition_1_29_1.. - 0.8842262210129956*w_1_1_0 + 0.2697796635103429*w_1_1_1 - 1*b_1_1 + 1*pre_1_29_1 =e= 0;
pre_definition_1_30_0.. + 0.789009440859541*w_1_0_0 - 0.25821630307941845*w_1_0_1 - 1*b_1_0 + 1*pre_1_30_0 =e= 0;
pre_definition_1_30_1.. + 0.789009440859541*w_1_1_0 - 0.25821630307941845*w_1_1_1 - 1*b_1_1 + 1*pre_1_30_1 =e= 0;
pre_definition_1_31_0.. - 0.8543091061357349*w_1_0_0 + 0.11924569056843204*w_1_0_1 - 1*b_1_0 + 1*pre_1_31_0 =e= 0;
pre_definition_1_31_1.. - 0.8543091061357349*w_1_1_0 + 0.11924569056843204*w_1_1_1 - 1*b_1_1 + 1*pre_1_31_1 =e= 0;
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
out_definition_17_0.. - 1*b_2_0 + 1*out_17_0 - 1*w_2_0_0*post_1_17_0 - 1*w_2_0_1*post_1_17_1 =e= 0;
out_definition_18_0.. - 1*b_2_0 + 1*out_18_0 - 1*w_2_0_0*post_1_18_0 - 1*w_2_0_1*post_1_18_1 =e= 0;
out_definition_19_0.. - 1*b_2_0 + 1*out_19_0 - 1*w_2_0_0*post_1_19_0 - 1*w_2_0_1*post_1_19_1 =e= 0;
out_definition_20_0.. - 1*b_2_0 + 1*out_20_0 - 1*w_2_0_0*post_1_20_0 - 1*w_2_0_1*post_1_20_1 =e= 0;
out_definition_21_0.. - 1*b_2_0 + 1*out_21_0 - 1*w_2_0_0*post_1_21_0 - 1*w_2_0_1*post_1_21_1 =e= 0;
out_definition_22_0.. - 1*b_2_0 + 1*out_22_0 - 1*w_2_0_0*post_1_22_0 - 1*w_2_0_1*post_1_22_1 =e= 0;
out_definition_23_0.. - 1*b_2_0 + 1*out_23_0 - 1*w_2_0_0*post_1_23_0 - 1*w_2_0_1*post_1_23_1 =e= 0;
out_definition_24_0.. - 1*b_2_0 + 1*out_24_0 - 1*w_2_0_0*post_1_24_0 - 1*w_2_0_1*post_1_24_1 =e= 0;
out_definition_25_0.. - 1*b_2_0 + 1*out_25_0 - 1*w_2_0_0*post_1_25_0 - 1*w_2_0_1*post_1_25_1 =e= 0;
out_definition_26_0.. - 1*b_2_0 + 1*out_26_0 - 1*w_2_0_0*post_1_26_0 - 1*w_2_0_1*post_1_26_1 =e= 0;
out_definition_27_0.. - 1*b_2_0 + 1*out_27_0 - 1*w_2_0_0*post_1_27_0 - 1*w_2_0_1*post_1_27_1 =e= 0;
out_definition_28_0.. - 1*b_2_0 + 1*out_28_0 - 1*w_2_0_0*post_1_28_0 - 1*w_2_0_1*post_1_28_1 =e= 0;
out_definition_29_0.. - 1*b_2_0 + 1*out_29_0 - 1*w_2_0_0*post_1_29_0 - 1*w_2_0_1*post_1_29_1 =e= 0;
out_definition_30_0.. - 1*b_2_0 + 1*out_30_0 - 1*w_2_0_0*post_1_30_0 - 1*w_2_0_1*post_1_30_1 =e= 0;
out_definition_31_0.. - 1*b_2_0 + 1*out_31_0 - 1*w_2_0_0*post_1_31_0 - 1*w_2_0_1*post_1_31_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e99_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.5055558674558025*relu_1_0_0_on_binary_indicator_var =g= -7.5055558674558025;
e100_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 15.011111734911605*relu_1_0_0_on_binary_indicator_var =l= 15.011111734911605;
e101_.. + 1*post_1_0_0 =g= 0;
e102_.. + 1*post_1_0_0 + 7.5055558674558025*relu_1_0_0_off_binary_indicator_var =l= 7.5055558674558025;
e103_.. + 1*pre_1_0_0 + 7.5055558674558025*relu_1_0_0_off_binary_indicator_var =l= 7.5055558674558025;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e106_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.5055558674558025*relu_1_0_1_on_binary_indicator_var =g= -7.5055558674558025;
e107_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 15.011111734911605*relu_1_0_1_on_binary_indicator_var =l= 15.011111734911605;
e108_.. + 1*post_1_0_1 =g= 0;
e109_.. + 1*post_1_0_1 + 7.5055558674558025*relu_1_0_1_off_binary_indicator_var =l= 7.5055558674558025;
e110_.. + 1*pre_1_0_1 + 7.5055558674558025*relu_1_0_1_off_binary_indicator_var =l= 7.5055558674558025;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e113_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 8.127994658504527*relu_1_1_0_on_binary_indicator_var =g= -8.127994658504527;
e114_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 16.255989317009053*relu_1_1_0_on_binary_indicator_var =l= 16.255989317009053;
e115_.. + 1*post_1_1_0 =g= 0;
e116_.. + 1*post_1_1_0 + 8.127994658504527*relu_1_1_0_off_binary_indicator_var =l= 8.127994658504527;
e117_.. + 1*pre_1_1_0 + 8.127994658504527*relu_1_1_0_off_binary_indicator_var =l= 8.127994658504527;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e120_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 8.127994658504527*relu_1_1_1_on_binary_indicator_var =g= -8.127994658504527;
e121_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 16.255989317009053*relu_1_1_1_on_binary_indicator_var =l= 16.255989317009053;
e122_.. + 1*post_1_1_1 =g= 0;
e123_.. + 1*post_1_1_1 + 8.127994658504527*relu_1_1_1_off_binary_indicator_var =l= 8.127994658504527;
e124_.. + 1*pre_1_1_1 + 8.127994658504527*relu_1_1_1_off_binary_indicator_var =l= 8.127994658504527;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e127_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 7.176419226746878*relu_1_2_0_on_binary_indicator_var =g= -7.176419226746878;
e128_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 14.352838453493757*relu_1_2_0_on_binary_indicator_var =l= 14.352838453493757;
e129_.. + 1*post_1_2_0 =g= 0;
e130_.. + 1*post_1_2_0 + 7.176419226746878*relu_1_2_0_off_binary_indicator_var =l= 7.176419226746878;
e131_.. + 1*pre_1_2_0 + 7.176419226746878*relu_1_2_0_off_binary_indicator_var =l= 7.176419226746878;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e134_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 7.176419226746878*relu_1_2_1_on_binary_indicator_var =g= -7.176419226746878;
e135_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 14.352838453493757*relu_1_2_1_on_binary_indicator_var =l= 14.352838453493757;
e136_.. + 1*post_1_2_1 =g= 0;
e137_.. + 1*post_1_2_1 + 7.176419226746878*relu_1_2_1_off_binary_indicator_var =l= 7.176419226746878;
e138_.. + 1*pre_1_2_1 + 7.176419226746878*relu_1_2_1_off_binary_indicator_var =l= 7.176419226746878;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e141_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 7.125139810483965*relu_1_3_0_on_binary_indicator_var =g= -7.125139810483965;
e142_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 14.25027962096793*relu_1_3_0_on_binary_indicator_var =l= 14.25027962096793;
e143_.. + 1*post_1_3_0 =g= 0;
e144_.. + 1*post_1_3_0 + 7.125139810483965*relu_1_3_0_off_binary_indicator_var =l= 7.125139810483965;
e145_.. + 1*pre_1_3_0 + 7.125139810483965*relu_1_3_0_off_binary_indicator_var =l= 7.125139810483965;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e148_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 7.125139810483965*relu_1_3_1_on_binary_indicator_var =g= -7.125139810483965;
e149_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 14.25027962096793*relu_1_3_1_on_binary_indicator_var =l= 14.25027962096793;
e150_.. + 1*post_1_3_1 =g= 0;
e151_.. + 1*post_1_3_1 + 7.125139810483965*relu_1_3_1_off_binary_indicator_var =l= 7.125139810483965;
e152_.. + 1*pre_1_3_1 + 7.125139810483965*relu_1_3_1_off_binary_indicator_var =l= 7.125139810483965;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e155_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4.450495978270242*relu_1_4_0_on_binary_indicator_var =g= -4.450495978270242;
e156_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 8.900991956540484*relu_1_4_0_on_binary_indicator_var =l= 8.900991956540484;
e157_.. + 1*post_1_4_0 =g= 0;
e158_.. + 1*post_1_4_0 + 4.450495978270242*relu_1_4_0_off_binary_indicator_var =l= 4.450495978270242;
e159_.. + 1*pre_1_4_0 + 4.450495978270242*relu_1_4_0_off_binary_indicator_var =l= 4.450495978270242;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e162_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4.450495978270242*relu_1_4_1_on_binary_indicator_var =g= -4.450495978270242;
e163_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 8.900991956540484*relu_1_4_1_on_binary_indicator_var =l= 8.900991956540484;
e164_.. + 1*post_1_4_1 =g= 0;
e165_.. + 1*post_1_4_1 + 4.450495978270242*relu_1_4_1_off_binary_indicator_var =l= 4.450495978270242;
e166_.. + 1*pre_1_4_1 + 4.450495978270242*relu_1_4_1_off_binary_indicator_var =l= 4.450495978270242;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e169_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 6.293958645941272*relu_1_5_0_on_binary_indicator_var =g= -6.293958645941272;
e170_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 12.587917291882544*relu_1_5_0_on_binary_indicator_var =l= 12.587917291882544;
e171_.. + 1*post_1_5_0 =g= 0;
e172_.. + 1*post_1_5_0 + 6.293958645941272*relu_1_5_0_off_binary_indicator_var =l= 6.293958645941272;
e173_.. + 1*pre_1_5_0 + 6.293958645941272*relu_1_5_0_off_binary_indicator_var =l= 6.293958645941272;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e176_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 6.293958645941272*relu_1_5_1_on_binary_indicator_var =g= -6.293958645941272;
e177_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 12.587917291882544*relu_1_5_1_on_binary_indicator_var =l= 12.587917291882544;
e178_.. + 1*post_1_5_1 =g= 0;
e179_.. + 1*post_1_5_1 + 6.293958645941272*relu_1_5_1_off_binary_indicator_var =l= 6.293958645941272;
e180_.. + 1*pre_1_5_1 + 6.293958645941272*relu_1_5_1_off_binary_indicator_var =l= 6.293958645941272;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e183_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.278046829164398*relu_1_6_0_on_binary_indicator_var =g= -6.278046829164398;
e184_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 12.556093658328797*relu_1_6_0_on_binary_indicator_var =l= 12.556093658328797;
e185_.. + 1*post_1_6_0 =g= 0;
e186_.. + 1*post_1_6_0 + 6.278046829164398*relu_1_6_0_off_binary_indicator_var =l= 6.278046829164398;
e187_.. + 1*pre_1_6_0 + 6.278046829164398*relu_1_6_0_off_binary_indicator_var =l= 6.278046829164398;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e190_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.278046829164398*relu_1_6_1_on_binary_indicator_var =g= -6.278046829164398;
e191_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 12.556093658328797*relu_1_6_1_on_binary_indicator_var =l= 12.556093658328797;
e192_.. + 1*post_1_6_1 =g= 0;
e193_.. + 1*post_1_6_1 + 6.278046829164398*relu_1_6_1_off_binary_indicator_var =l= 6.278046829164398;
e194_.. + 1*pre_1_6_1 + 6.278046829164398*relu_1_6_1_off_binary_indicator_var =l= 6.278046829164398;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e197_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 4.575447738333024*relu_1_7_0_on_binary_indicator_var =g= -4.575447738333024;
e198_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 9.150895476666047*relu_1_7_0_on_binary_indicator_var =l= 9.150895476666047;
e199_.. + 1*post_1_7_0 =g= 0;
e200_.. + 1*post_1_7_0 + 4.575447738333024*relu_1_7_0_off_binary_indicator_var =l= 4.575447738333024;
e201_.. + 1*pre_1_7_0 + 4.575447738333024*relu_1_7_0_off_binary_indicator_var =l= 4.575447738333024;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e204_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 4.575447738333024*relu_1_7_1_on_binary_indicator_var =g= -4.575447738333024;
e205_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 9.150895476666047*relu_1_7_1_on_binary_indicator_var =l= 9.150895476666047;
e206_.. + 1*post_1_7_1 =g= 0;
e207_.. + 1*post_1_7_1 + 4.575447738333024*relu_1_7_1_off_binary_indicator_var =l= 4.575447738333024;
e208_.. + 1*pre_1_7_1 + 4.575447738333024*relu_1_7_1_off_binary_indicator_var =l= 4.575447738333024;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e211_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 6.681194289163965*relu_1_8_0_on_binary_indicator_var =g= -6.681194289163965;
e212_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 13.36238857832793*relu_1_8_0_on_binary_indicator_var =l= 13.36238857832793;
e213_.. + 1*post_1_8_0 =g= 0;
e214_.. + 1*post_1_8_0 + 6.681194289163965*relu_1_8_0_off_binary_indicator_var =l= 6.681194289163965;
e215_.. + 1*pre_1_8_0 + 6.681194289163965*relu_1_8_0_off_binary_indicator_var =l= 6.681194289163965;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e218_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 6.681194289163965*relu_1_8_1_on_binary_indicator_var =g= -6.681194289163965;
e219_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 13.36238857832793*relu_1_8_1_on_binary_indicator_var =l= 13.36238857832793;
e220_.. + 1*post_1_8_1 =g= 0;
e221_.. + 1*post_1_8_1 + 6.681194289163965*relu_1_8_1_off_binary_indicator_var =l= 6.681194289163965;
e222_.. + 1*pre_1_8_1 + 6.681194289163965*relu_1_8_1_off_binary_indicator_var =l= 6.681194289163965;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e225_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 6.998263939541548*relu_1_9_0_on_binary_indicator_var =g= -6.998263939541548;
e226_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 13.996527879083096*relu_1_9_0_on_binary_indicator_var =l= 13.996527879083096;
e227_.. + 1*post_1_9_0 =g= 0;
e228_.. + 1*post_1_9_0 + 6.998263939541548*relu_1_9_0_off_binary_indicator_var =l= 6.998263939541548;
e229_.. + 1*pre_1_9_0 + 6.998263939541548*relu_1_9_0_off_binary_indicator_var =l= 6.998263939541548;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e232_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 6.998263939541548*relu_1_9_1_on_binary_indicator_var =g= -6.998263939541548;
e233_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 13.996527879083096*relu_1_9_1_on_binary_indicator_var =l= 13.996527879083096;
e234_.. + 1*post_1_9_1 =g= 0;
e235_.. + 1*post_1_9_1 + 6.998263939541548*relu_1_9_1_off_binary_indicator_var =l= 6.998263939541548;
e236_.. + 1*pre_1_9_1 + 6.998263939541548*relu_1_9_1_off_binary_indicator_var =l= 6.998263939541548;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e239_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 5.033436041032538*relu_1_10_0_on_binary_indicator_var =g= -5.033436041032538;
e240_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 10.066872082065077*relu_1_10_0_on_binary_indicator_var =l= 10.066872082065077;
e241_.. + 1*post_1_10_0 =g= 0;
e242_.. + 1*post_1_10_0 + 5.033436041032538*relu_1_10_0_off_binary_indicator_var =l= 5.033436041032538;
e243_.. + 1*pre_1_10_0 + 5.033436041032538*relu_1_10_0_off_binary_indicator_var =l= 5.033436041032538;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e246_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 5.033436041032538*relu_1_10_1_on_binary_indicator_var =g= -5.033436041032538;
e247_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 10.066872082065077*relu_1_10_1_on_binary_indicator_var =l= 10.066872082065077;
e248_.. + 1*post_1_10_1 =g= 0;
e249_.. + 1*post_1_10_1 + 5.033436041032538*relu_1_10_1_off_binary_indicator_var =l= 5.033436041032538;
e250_.. + 1*pre_1_10_1 + 5.033436041032538*relu_1_10_1_off_binary_indicator_var =l= 5.033436041032538;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e253_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 5.85589242599091*relu_1_11_0_on_binary_indicator_var =g= -5.85589242599091;
e254_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 11.71178485198182*relu_1_11_0_on_binary_indicator_var =l= 11.71178485198182;
e255_.. + 1*post_1_11_0 =g= 0;
e256_.. + 1*post_1_11_0 + 5.85589242599091*relu_1_11_0_off_binary_indicator_var =l= 5.85589242599091;
e257_.. + 1*pre_1_11_0 + 5.85589242599091*relu_1_11_0_off_binary_indicator_var =l= 5.85589242599091;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e260_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 5.85589242599091*relu_1_11_1_on_binary_indicator_var =g= -5.85589242599091;
e261_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 11.71178485198182*relu_1_11_1_on_binary_indicator_var =l= 11.71178485198182;
e262_.. + 1*post_1_11_1 =g= 0;
e263_.. + 1*post_1_11_1 + 5.85589242599091*relu_1_11_1_off_binary_indicator_var =l= 5.85589242599091;
e264_.. + 1*pre_1_11_1 + 5.85589242599091*relu_1_11_1_off_binary_indicator_var =l= 5.85589242599091;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e267_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 4.481055976018846*relu_1_12_0_on_binary_indicator_var =g= -4.481055976018846;
e268_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 8.962111952037692*relu_1_12_0_on_binary_indicator_var =l= 8.962111952037692;
e269_.. + 1*post_1_12_0 =g= 0;
e270_.. + 1*post_1_12_0 + 4.481055976018846*relu_1_12_0_off_binary_indicator_var =l= 4.481055976018846;
e271_.. + 1*pre_1_12_0 + 4.481055976018846*relu_1_12_0_off_binary_indicator_var =l= 4.481055976018846;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e274_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 4.481055976018846*relu_1_12_1_on_binary_indicator_var =g= -4.481055976018846;
e275_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 8.962111952037692*relu_1_12_1_on_binary_indicator_var =l= 8.962111952037692;
e276_.. + 1*post_1_12_1 =g= 0;
e277_.. + 1*post_1_12_1 + 4.481055976018846*relu_1_12_1_off_binary_indicator_var =l= 4.481055976018846;
e278_.. + 1*pre_1_12_1 + 4.481055976018846*relu_1_12_1_off_binary_indicator_var =l= 4.481055976018846;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e281_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 4.223536593655531*relu_1_13_0_on_binary_indicator_var =g= -4.223536593655531;
e282_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 8.447073187311062*relu_1_13_0_on_binary_indicator_var =l= 8.447073187311062;
e283_.. + 1*post_1_13_0 =g= 0;
e284_.. + 1*post_1_13_0 + 4.223536593655531*relu_1_13_0_off_binary_indicator_var =l= 4.223536593655531;
e285_.. + 1*pre_1_13_0 + 4.223536593655531*relu_1_13_0_off_binary_indicator_var =l= 4.223536593655531;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e288_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 4.223536593655531*relu_1_13_1_on_binary_indicator_var =g= -4.223536593655531;
e289_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 8.447073187311062*relu_1_13_1_on_binary_indicator_var =l= 8.447073187311062;
e290_.. + 1*post_1_13_1 =g= 0;
e291_.. + 1*post_1_13_1 + 4.223536593655531*relu_1_13_1_off_binary_indicator_var =l= 4.223536593655531;
e292_.. + 1*pre_1_13_1 + 4.223536593655531*relu_1_13_1_off_binary_indicator_var =l= 4.223536593655531;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e295_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 7.9411881018315*relu_1_14_0_on_binary_indicator_var =g= -7.9411881018315;
e296_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 15.882376203663*relu_1_14_0_on_binary_indicator_var =l= 15.882376203663;
e297_.. + 1*post_1_14_0 =g= 0;
e298_.. + 1*post_1_14_0 + 7.9411881018315*relu_1_14_0_off_binary_indicator_var =l= 7.9411881018315;
e299_.. + 1*pre_1_14_0 + 7.9411881018315*relu_1_14_0_off_binary_indicator_var =l= 7.9411881018315;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e302_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 7.9411881018315*relu_1_14_1_on_binary_indicator_var =g= -7.9411881018315;
e303_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 15.882376203663*relu_1_14_1_on_binary_indicator_var =l= 15.882376203663;
e304_.. + 1*post_1_14_1 =g= 0;
e305_.. + 1*post_1_14_1 + 7.9411881018315*relu_1_14_1_off_binary_indicator_var =l= 7.9411881018315;
e306_.. + 1*pre_1_14_1 + 7.9411881018315*relu_1_14_1_off_binary_indicator_var =l= 7.9411881018315;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e309_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 4.282407804124144*relu_1_15_0_on_binary_indicator_var =g= -4.282407804124144;
e310_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 8.564815608248288*relu_1_15_0_on_binary_indicator_var =l= 8.564815608248288;
e311_.. + 1*post_1_15_0 =g= 0;
e312_.. + 1*post_1_15_0 + 4.282407804124144*relu_1_15_0_off_binary_indicator_var =l= 4.282407804124144;
e313_.. + 1*pre_1_15_0 + 4.282407804124144*relu_1_15_0_off_binary_indicator_var =l= 4.282407804124144;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e316_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 4.282407804124144*relu_1_15_1_on_binary_indicator_var =g= -4.282407804124144;
e317_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 8.564815608248288*relu_1_15_1_on_binary_indicator_var =l= 8.564815608248288;
e318_.. + 1*post_1_15_1 =g= 0;
e319_.. + 1*post_1_15_1 + 4.282407804124144*relu_1_15_1_off_binary_indicator_var =l= 4.282407804124144;
e320_.. + 1*pre_1_15_1 + 4.282407804124144*relu_1_15_1_off_binary_indicator_var =l= 4.282407804124144;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_0_on_binary_indicator_var + 1*relu_1_16_0_off_binary_indicator_var =e= 1;
e323_.. - 1*pre_1_16_0 + 1*post_1_16_0 - 4.634583834742528*relu_1_16_0_on_binary_indicator_var =g= -4.634583834742528;
e324_.. - 1*pre_1_16_0 + 1*post_1_16_0 + 9.269167669485055*relu_1_16_0_on_binary_indicator_var =l= 9.269167669485055;
e325_.. + 1*post_1_16_0 =g= 0;
e326_.. + 1*post_1_16_0 + 4.634583834742528*relu_1_16_0_off_binary_indicator_var =l= 4.634583834742528;
e327_.. + 1*pre_1_16_0 + 4.634583834742528*relu_1_16_0_off_binary_indicator_var =l= 4.634583834742528;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_1_on_binary_indicator_var + 1*relu_1_16_1_off_binary_indicator_var =e= 1;
e330_.. - 1*pre_1_16_1 + 1*post_1_16_1 - 4.634583834742528*relu_1_16_1_on_binary_indicator_var =g= -4.634583834742528;
e331_.. - 1*pre_1_16_1 + 1*post_1_16_1 + 9.269167669485055*relu_1_16_1_on_binary_indicator_var =l= 9.269167669485055;
e332_.. + 1*post_1_16_1 =g= 0;
e333_.. + 1*post_1_16_1 + 4.634583834742528*relu_1_16_1_off_binary_indicator_var =l= 4.634583834742528;
e334_.. + 1*pre_1_16_1 + 4.634583834742528*relu_1_16_1_off_binary_indicator_var =l= 4.634583834742528;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_0_on_binary_indicator_var + 1*relu_1_17_0_off_binary_indicator_var =e= 1;
e337_.. - 1*pre_1_17_0 + 1*post_1_17_0 - 4.622818643788233*relu_1_17_0_on_binary_indicator_var =g= -4.622818643788233;
e338_.. - 1*pre_1_17_0 + 1*post_1_17_0 + 9.245637287576466*relu_1_17_0_on_binary_indicator_var =l= 9.245637287576466;
e339_.. + 1*post_1_17_0 =g= 0;
e340_.. + 1*post_1_17_0 + 4.622818643788233*relu_1_17_0_off_binary_indicator_var =l= 4.622818643788233;
e341_.. + 1*pre_1_17_0 + 4.622818643788233*relu_1_17_0_off_binary_indicator_var =l= 4.622818643788233;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_1_on_binary_indicator_var + 1*relu_1_17_1_off_binary_indicator_var =e= 1;
e344_.. - 1*pre_1_17_1 + 1*post_1_17_1 - 4.622818643788233*relu_1_17_1_on_binary_indicator_var =g= -4.622818643788233;
e345_.. - 1*pre_1_17_1 + 1*post_1_17_1 + 9.245637287576466*relu_1_17_1_on_binary_indicator_var =l= 9.245637287576466;
e346_.. + 1*post_1_17_1 =g= 0;
e347_.. + 1*post_1_17_1 + 4.622818643788233*relu_1_17_1_off_binary_indicator_var =l= 4.622818643788233;
e348_.. + 1*pre_1_17_1 + 4.622818643788233*relu_1_17_1_off_binary_indicator_var =l= 4.622818643788233;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_0_on_binary_indicator_var + 1*relu_1_18_0_off_binary_indicator_var =e= 1;
e351_.. - 1*pre_1_18_0 + 1*post_1_18_0 - 6.978700550828476*relu_1_18_0_on_binary_indicator_var =g= -6.978700550828476;
e352_.. - 1*pre_1_18_0 + 1*post_1_18_0 + 13.957401101656952*relu_1_18_0_on_binary_indicator_var =l= 13.957401101656952;
e353_.. + 1*post_1_18_0 =g= 0;
e354_.. + 1*post_1_18_0 + 6.978700550828476*relu_1_18_0_off_binary_indicator_var =l= 6.978700550828476;
e355_.. + 1*pre_1_18_0 + 6.978700550828476*relu_1_18_0_off_binary_indicator_var =l= 6.978700550828476;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_1_on_binary_indicator_var + 1*relu_1_18_1_off_binary_indicator_var =e= 1;
e358_.. - 1*pre_1_18_1 + 1*post_1_18_1 - 6.978700550828476*relu_1_18_1_on_binary_indicator_var =g= -6.978700550828476;
e359_.. - 1*pre_1_18_1 + 1*post_1_18_1 + 13.957401101656952*relu_1_18_1_on_binary_indicator_var =l= 13.957401101656952;
e360_.. + 1*post_1_18_1 =g= 0;
e361_.. + 1*post_1_18_1 + 6.978700550828476*relu_1_18_1_off_binary_indicator_var =l= 6.978700550828476;
e362_.. + 1*pre_1_18_1 + 6.978700550828476*relu_1_18_1_off_binary_indicator_var =l= 6.978700550828476;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_0_on_binary_indicator_var + 1*relu_1_19_0_off_binary_indicator_var =e= 1;
e365_.. - 1*pre_1_19_0 + 1*post_1_19_0 - 6.235030806621945*relu_1_19_0_on_binary_indicator_var =g= -6.235030806621945;
e366_.. - 1*pre_1_19_0 + 1*post_1_19_0 + 12.47006161324389*relu_1_19_0_on_binary_indicator_var =l= 12.47006161324389;
e367_.. + 1*post_1_19_0 =g= 0;
e368_.. + 1*post_1_19_0 + 6.235030806621945*relu_1_19_0_off_binary_indicator_var =l= 6.235030806621945;
e369_.. + 1*pre_1_19_0 + 6.235030806621945*relu_1_19_0_off_binary_indicator_var =l= 6.235030806621945;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_1_on_binary_indicator_var + 1*relu_1_19_1_off_binary_indicator_var =e= 1;
e372_.. - 1*pre_1_19_1 + 1*post_1_19_1 - 6.235030806621945*relu_1_19_1_on_binary_indicator_var =g= -6.235030806621945;
e373_.. - 1*pre_1_19_1 + 1*post_1_19_1 + 12.47006161324389*relu_1_19_1_on_binary_indicator_var =l= 12.47006161324389;
e374_.. + 1*post_1_19_1 =g= 0;
e375_.. + 1*post_1_19_1 + 6.235030806621945*relu_1_19_1_off_binary_indicator_var =l= 6.235030806621945;
e376_.. + 1*pre_1_19_1 + 6.235030806621945*relu_1_19_1_off_binary_indicator_var =l= 6.235030806621945;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_0_on_binary_indicator_var + 1*relu_1_20_0_off_binary_indicator_var =e= 1;
e379_.. - 1*pre_1_20_0 + 1*post_1_20_0 - 6.718454730852487*relu_1_20_0_on_binary_indicator_var =g= -6.718454730852487;
e380_.. - 1*pre_1_20_0 + 1*post_1_20_0 + 13.436909461704975*relu_1_20_0_on_binary_indicator_var =l= 13.436909461704975;
e381_.. + 1*post_1_20_0 =g= 0;
e382_.. + 1*post_1_20_0 + 6.718454730852487*relu_1_20_0_off_binary_indicator_var =l= 6.718454730852487;
e383_.. + 1*pre_1_20_0 + 6.718454730852487*relu_1_20_0_off_binary_indicator_var =l= 6.718454730852487;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_1_on_binary_indicator_var + 1*relu_1_20_1_off_binary_indicator_var =e= 1;
e386_.. - 1*pre_1_20_1 + 1*post_1_20_1 - 6.718454730852487*relu_1_20_1_on_binary_indicator_var =g= -6.718454730852487;
e387_.. - 1*pre_1_20_1 + 1*post_1_20_1 + 13.436909461704975*relu_1_20_1_on_binary_indicator_var =l= 13.436909461704975;
e388_.. + 1*post_1_20_1 =g= 0;
e389_.. + 1*post_1_20_1 + 6.718454730852487*relu_1_20_1_off_binary_indicator_var =l= 6.718454730852487;
e390_.. + 1*pre_1_20_1 + 6.718454730852487*relu_1_20_1_off_binary_indicator_var =l= 6.718454730852487;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_0_on_binary_indicator_var + 1*relu_1_21_0_off_binary_indicator_var =e= 1;
e393_.. - 1*pre_1_21_0 + 1*post_1_21_0 - 6.8226887269065095*relu_1_21_0_on_binary_indicator_var =g= -6.8226887269065095;
e394_.. - 1*pre_1_21_0 + 1*post_1_21_0 + 13.645377453813019*relu_1_21_0_on_binary_indicator_var =l= 13.645377453813019;
e395_.. + 1*post_1_21_0 =g= 0;
e396_.. + 1*post_1_21_0 + 6.8226887269065095*relu_1_21_0_off_binary_indicator_var =l= 6.8226887269065095;
e397_.. + 1*pre_1_21_0 + 6.8226887269065095*relu_1_21_0_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_1_on_binary_indicator_var + 1*relu_1_21_1_off_binary_indicator_var =e= 1;
e400_.. - 1*pre_1_21_1 + 1*post_1_21_1 - 6.8226887269065095*relu_1_21_1_on_binary_indicator_var =g= -6.8226887269065095;
e401_.. - 1*pre_1_21_1 + 1*post_1_21_1 + 13.645377453813019*relu_1_21_1_on_binary_indicator_var =l= 13.645377453813019;
e402_.. + 1*post_1_21_1 =g= 0;
e403_.. + 1*post_1_21_1 + 6.8226887269065095*relu_1_21_1_off_binary_indicator_var =l= 6.8226887269065095;
e404_.. + 1*pre_1_21_1 + 6.8226887269065095*relu_1_21_1_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_0_on_binary_indicator_var + 1*relu_1_22_0_off_binary_indicator_var =e= 1;
e407_.. - 1*pre_1_22_0 + 1*post_1_22_0 - 6.631889427894872*relu_1_22_0_on_binary_indicator_var =g= -6.631889427894872;
e408_.. - 1*pre_1_22_0 + 1*post_1_22_0 + 13.263778855789743*relu_1_22_0_on_binary_indicator_var =l= 13.263778855789743;
e409_.. + 1*post_1_22_0 =g= 0;
e410_.. + 1*post_1_22_0 + 6.631889427894872*relu_1_22_0_off_binary_indicator_var =l= 6.631889427894872;
e411_.. + 1*pre_1_22_0 + 6.631889427894872*relu_1_22_0_off_binary_indicator_var =l= 6.631889427894872;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_1_on_binary_indicator_var + 1*relu_1_22_1_off_binary_indicator_var =e= 1;
e414_.. - 1*pre_1_22_1 + 1*post_1_22_1 - 6.631889427894872*relu_1_22_1_on_binary_indicator_var =g= -6.631889427894872;
e415_.. - 1*pre_1_22_1 + 1*post_1_22_1 + 13.263778855789743*relu_1_22_1_on_binary_indicator_var =l= 13.263778855789743;
e416_.. + 1*post_1_22_1 =g= 0;
e417_.. + 1*post_1_22_1 + 6.631889427894872*relu_1_22_1_off_binary_indicator_var =l= 6.631889427894872;
e418_.. + 1*pre_1_22_1 + 6.631889427894872*relu_1_22_1_off_binary_indicator_var =l= 6.631889427894872;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_0_on_binary_indicator_var + 1*relu_1_23_0_off_binary_indicator_var =e= 1;
e421_.. - 1*pre_1_23_0 + 1*post_1_23_0 - 5.396286998735244*relu_1_23_0_on_binary_indicator_var =g= -5.396286998735244;
e422_.. - 1*pre_1_23_0 + 1*post_1_23_0 + 10.792573997470488*relu_1_23_0_on_binary_indicator_var =l= 10.792573997470488;
e423_.. + 1*post_1_23_0 =g= 0;
e424_.. + 1*post_1_23_0 + 5.396286998735244*relu_1_23_0_off_binary_indicator_var =l= 5.396286998735244;
e425_.. + 1*pre_1_23_0 + 5.396286998735244*relu_1_23_0_off_binary_indicator_var =l= 5.396286998735244;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_1_on_binary_indicator_var + 1*relu_1_23_1_off_binary_indicator_var =e= 1;
e428_.. - 1*pre_1_23_1 + 1*post_1_23_1 - 5.396286998735244*relu_1_23_1_on_binary_indicator_var =g= -5.396286998735244;
e429_.. - 1*pre_1_23_1 + 1*post_1_23_1 + 10.792573997470488*relu_1_23_1_on_binary_indicator_var =l= 10.792573997470488;
e430_.. + 1*post_1_23_1 =g= 0;
e431_.. + 1*post_1_23_1 + 5.396286998735244*relu_1_23_1_off_binary_indicator_var =l= 5.396286998735244;
e432_.. + 1*pre_1_23_1 + 5.396286998735244*relu_1_23_1_off_binary_indicator_var =l= 5.396286998735244;
relu_1_24_0_above_pre.. + 1*pre_1_24_0 - 1*post_1_24_0 =l= 0;
relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_0_on_binary_indicator_var + 1*relu_1_24_0_off_binary_indicator_var =e= 1;
e435_.. - 1*pre_1_24_0 + 1*post_1_24_0 - 6.394092367761281*relu_1_24_0_on_binary_indicator_var =g= -6.394092367761281;
e436_.. - 1*pre_1_24_0 + 1*post_1_24_0 + 12.788184735522561*relu_1_24_0_on_binary_indicator_var =l= 12.788184735522561;
e437_.. + 1*post_1_24_0 =g= 0;
e438_.. + 1*post_1_24_0 + 6.394092367761281*relu_1_24_0_off_binary_indicator_var =l= 6.394092367761281;
e439_.. + 1*pre_1_24_0 + 6.394092367761281*relu_1_24_0_off_binary_indicator_var =l= 6.394092367761281;
relu_1_24_1_above_pre.. + 1*pre_1_24_1 - 1*post_1_24_1 =l= 0;
relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_1_on_binary_indicator_var + 1*relu_1_24_1_off_binary_indicator_var =e= 1;
e442_.. - 1*pre_1_24_1 + 1*post_1_24_1 - 6.394092367761281*relu_1_24_1_on_binary_indicator_var =g= -6.394092367761281;
e443_.. - 1*pre_1_24_1 + 1*post_1_24_1 + 12.788184735522561*relu_1_24_1_on_binary_indicator_var =l= 12.788184735522561;
e444_.. + 1*post_1_24_1 =g= 0;
e445_.. + 1*post_1_24_1 + 6.394092367761281*relu_1_24_1_off_binary_indicator_var =l= 6.394092367761281;
e446_.. + 1*pre_1_24_1 + 6.394092367761281*relu_1_24_1_off_binary_indicator_var =l= 6.394092367761281;
relu_1_25_0_above_pre.. + 1*pre_1_25_0 - 1*post_1_25_0 =l= 0;
relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_0_on_binary_indicator_var + 1*relu_1_25_0_off_binary_indicator_var =e= 1;
e449_.. - 1*pre_1_25_0 + 1*post_1_25_0 - 6.260561154684373*relu_1_25_0_on_binary_indicator_var =g= -6.260561154684373;
e450_.. - 1*pre_1_25_0 + 1*post_1_25_0 + 12.521122309368746*relu_1_25_0_on_binary_indicator_var =l= 12.521122309368746;
e451_.. + 1*post_1_25_0 =g= 0;
e452_.. + 1*post_1_25_0 + 6.260561154684373*relu_1_25_0_off_binary_indicator_var =l= 6.260561154684373;
e453_.. + 1*pre_1_25_0 + 6.260561154684373*relu_1_25_0_off_binary_indicator_var =l= 6.260561154684373;
relu_1_25_1_above_pre.. + 1*pre_1_25_1 - 1*post_1_25_1 =l= 0;
relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_1_on_binary_indicator_var + 1*relu_1_25_1_off_binary_indicator_var =e= 1;
e456_.. - 1*pre_1_25_1 + 1*post_1_25_1 - 6.260561154684373*relu_1_25_1_on_binary_indicator_var =g= -6.260561154684373;
e457_.. - 1*pre_1_25_1 + 1*post_1_25_1 + 12.521122309368746*relu_1_25_1_on_binary_indicator_var =l= 12.521122309368746;
e458_.. + 1*post_1_25_1 =g= 0;
e459_.. + 1*post_1_25_1 + 6.260561154684373*relu_1_25_1_off_binary_indicator_var =l= 6.260561154684373;
e460_.. + 1*pre_1_25_1 + 6.260561154684373*relu_1_25_1_off_binary_indicator_var =l= 6.260561154684373;
relu_1_26_0_above_pre.. + 1*pre_1_26_0 - 1*post_1_26_0 =l= 0;
relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_0_on_binary_indicator_var + 1*relu_1_26_0_off_binary_indicator_var =e= 1;
e463_.. - 1*pre_1_26_0 + 1*post_1_26_0 - 7.264403459229737*relu_1_26_0_on_binary_indicator_var =g= -7.264403459229737;
e464_.. - 1*pre_1_26_0 + 1*post_1_26_0 + 14.528806918459473*relu_1_26_0_on_binary_indicator_var =l= 14.528806918459473;
e465_.. + 1*post_1_26_0 =g= 0;
e466_.. + 1*post_1_26_0 + 7.264403459229737*relu_1_26_0_off_binary_indicator_var =l= 7.264403459229737;
e467_.. + 1*pre_1_26_0 + 7.264403459229737*relu_1_26_0_off_binary_indicator_var =l= 7.264403459229737;
relu_1_26_1_above_pre.. + 1*pre_1_26_1 - 1*post_1_26_1 =l= 0;
relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_1_on_binary_indicator_var + 1*relu_1_26_1_off_binary_indicator_var =e= 1;
e470_.. - 1*pre_1_26_1 + 1*post_1_26_1 - 7.264403459229737*relu_1_26_1_on_binary_indicator_var =g= -7.264403459229737;
e471_.. - 1*pre_1_26_1 + 1*post_1_26_1 + 14.528806918459473*relu_1_26_1_on_binary_indicator_var =l= 14.528806918459473;
e472_.. + 1*post_1_26_1 =g= 0;
e473_.. + 1*post_1_26_1 + 7.264403459229737*relu_1_26_1_off_binary_indicator_var =l= 7.264403459229737;
e474_.. + 1*pre_1_26_1 + 7.264403459229737*relu_1_26_1_off_binary_indicator_var =l= 7.264403459229737;
relu_1_27_0_above_pre.. + 1*pre_1_27_0 - 1*post_1_27_0 =l= 0;
relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_0_on_binary_indicator_var + 1*relu_1_27_0_off_binary_indicator_var =e= 1;
e477_.. - 1*pre_1_27_0 + 1*post_1_27_0 - 4.689817519007568*relu_1_27_0_on_binary_indicator_var =g= -4.689817519007568;
e478_.. - 1*pre_1_27_0 + 1*post_1_27_0 + 9.379635038015136*relu_1_27_0_on_binary_indicator_var =l= 9.379635038015136;
e479_.. + 1*post_1_27_0 =g= 0;
e480_.. + 1*post_1_27_0 + 4.689817519007568*relu_1_27_0_off_binary_indicator_var =l= 4.689817519007568;
e481_.. + 1*pre_1_27_0 + 4.689817519007568*relu_1_27_0_off_binary_indicator_var =l= 4.689817519007568;
relu_1_27_1_above_pre.. + 1*pre_1_27_1 - 1*post_1_27_1 =l= 0;
relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_1_on_binary_indicator_var + 1*relu_1_27_1_off_binary_indicator_var =e= 1;
e484_.. - 1*pre_1_27_1 + 1*post_1_27_1 - 4.689817519007568*relu_1_27_1_on_binary_indicator_var =g= -4.689817519007568;
e485_.. - 1*pre_1_27_1 + 1*post_1_27_1 + 9.379635038015136*relu_1_27_1_on_binary_indicator_var =l= 9.379635038015136;
e486_.. + 1*post_1_27_1 =g= 0;
e487_.. + 1*post_1_27_1 + 4.689817519007568*relu_1_27_1_off_binary_indicator_var =l= 4.689817519007568;
e488_.. + 1*pre_1_27_1 + 4.689817519007568*relu_1_27_1_off_binary_indicator_var =l= 4.689817519007568;
relu_1_28_0_above_pre.. + 1*pre_1_28_0 - 1*post_1_28_0 =l= 0;
relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_0_on_binary_indicator_var + 1*relu_1_28_0_off_binary_indicator_var =e= 1;
e491_.. - 1*pre_1_28_0 + 1*post_1_28_0 - 5.834876603928876*relu_1_28_0_on_binary_indicator_var =g= -5.834876603928876;
e492_.. - 1*pre_1_28_0 + 1*post_1_28_0 + 11.669753207857752*relu_1_28_0_on_binary_indicator_var =l= 11.669753207857752;
e493_.. + 1*post_1_28_0 =g= 0;
e494_.. + 1*post_1_28_0 + 5.834876603928876*relu_1_28_0_off_binary_indicator_var =l= 5.834876603928876;
e495_.. + 1*pre_1_28_0 + 5.834876603928876*relu_1_28_0_off_binary_indicator_var =l= 5.834876603928876;
relu_1_28_1_above_pre.. + 1*pre_1_28_1 - 1*post_1_28_1 =l= 0;
relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_1_on_binary_indicator_var + 1*relu_1_28_1_off_binary_indicator_var =e= 1;
e498_.. - 1*pre_1_28_1 + 1*post_1_28_1 - 5.834876603928876*relu_1_28_1_on_binary_indicator_var =g= -5.834876603928876;
e499_.. - 1*pre_1_28_1 + 1*post_1_28_1 + 11.669753207857752*relu_1_28_1_on_binary_indicator_var =l= 11.669753207857752;
e500_.. + 1*post_1_28_1 =g= 0;
e501_.. + 1*post_1_28_1 + 5.834876603928876*relu_1_28_1_off_binary_indicator_var =l= 5.834876603928876;
e502_.. + 1*pre_1_28_1 + 5.834876603928876*relu_1_28_1_off_binary_indicator_var =l= 5.834876603928876;
relu_1_29_0_above_pre.. + 1*pre_1_29_0 - 1*post_1_29_0 =l= 0;
relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_0_on_binary_indicator_var + 1*relu_1_29_0_off_binary_indicator_var =e= 1;
e505_.. - 1*pre_1_29_0 + 1*post_1_29_0 - 6.462017653570015*relu_1_29_0_on_binary_indicator_var =g= -6.462017653570015;
e506_.. - 1*pre_1_29_0 + 1*post_1_29_0 + 12.92403530714003*relu_1_29_0_on_binary_indicator_var =l= 12.92403530714003;
e507_.. + 1*post_1_29_0 =g= 0;
e508_.. + 1*post_1_29_0 + 6.462017653570015*relu_1_29_0_off_binary_indicator_var =l= 6.462017653570015;
e509_.. + 1*pre_1_29_0 + 6.462017653570015*relu_1_29_0_off_binary_indicator_var =l= 6.462017653570015;
relu_1_29_1_above_pre.. + 1*pre_1_29_1 - 1*post_1_29_1 =l= 0;
relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_1_on_binary_indicator_var + 1*relu_1_29_1_off_binary_indicator_var =e= 1;
e512_.. - 1*pre_1_29_1 + 1*post_1_29_1 - 6.462017653570015*relu_1_29_1_on_binary_indicator_var =g= -6.462017653570015;
e513_.. - 1*pre_1_29_1 + 1*post_1_29_1 + 12.92403530714003*relu_1_29_1_on_binary_indicator_var =l= 12.92403530714003;
e514_.. + 1*post_1_29_1 =g= 0;
e515_.. + 1*post_1_29_1 + 6.462017653570015*relu_1_29_1_off_binary_indicator_var =l= 6.462017653570015;
e516_.. + 1*pre_1_29_1 + 6.462017653570015*relu_1_29_1_off_binary_indicator_var =l= 6.462017653570015;
relu_1_30_0_above_pre.. + 1*pre_1_30_0 - 1*post_1_30_0 =l= 0;
relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_0_on_binary_indicator_var + 1*relu_1_30_0_off_binary_indicator_var =e= 1;
e519_.. - 1*pre_1_30_0 + 1*post_1_30_0 - 6.141677231816878*relu_1_30_0_on_binary_indicator_var =g= -6.141677231816878;
e520_.. - 1*pre_1_30_0 + 1*post_1_30_0 + 12.283354463633756*relu_1_30_0_on_binary_indicator_var =l= 12.283354463633756;
e521_.. + 1*post_1_30_0 =g= 0;
e522_.. + 1*post_1_30_0 + 6.141677231816878*relu_1_30_0_off_binary_indicator_var =l= 6.141677231816878;
e523_.. + 1*pre_1_30_0 + 6.141677231816878*relu_1_30_0_off_binary_indicator_var =l= 6.141677231816878;
relu_1_30_1_above_pre.. + 1*pre_1_30_1 - 1*post_1_30_1 =l= 0;
relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_1_on_binary_indicator_var + 1*relu_1_30_1_off_binary_indicator_var =e= 1;
e526_.. - 1*pre_1_30_1 + 1*post_1_30_1 - 6.141677231816878*relu_1_30_1_on_binary_indicator_var =g= -6.141677231816878;
e527_.. - 1*pre_1_30_1 + 1*post_1_30_1 + 12.283354463633756*relu_1_30_1_on_binary_indicator_var =l= 12.283354463633756;
e528_.. + 1*post_1_30_1 =g= 0;
e529_.. + 1*post_1_30_1 + 6.141677231816878*relu_1_30_1_off_binary_indicator_var =l= 6.141677231816878;
e530_.. + 1*pre_1_30_1 + 6.141677231816878*relu_1_30_1_off_binary_indicator_var =l= 6.141677231816878;
relu_1_31_0_above_pre.. + 1*pre_1_31_0 - 1*post_1_31_0 =l= 0;
relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_0_on_binary_indicator_var + 1*relu_1_31_0_off_binary_indicator_var =e= 1;
e533_.. - 1*pre_1_31_0 + 1*post_1_31_0 - 5.920664390112501*relu_1_31_0_on_binary_indicator_var =g= -5.920664390112501;
e534_.. - 1*pre_1_31_0 + 1*post_1_31_0 + 11.841328780225002*relu_1_31_0_on_binary_indicator_var =l= 11.841328780225002;
e535_.. + 1*post_1_31_0 =g= 0;
e536_.. + 1*post_1_31_0 + 5.920664390112501*relu_1_31_0_off_binary_indicator_var =l= 5.920664390112501;
e537_.. + 1*pre_1_31_0 + 5.920664390112501*relu_1_31_0_off_binary_indicator_var =l= 5.920664390112501;
relu_1_31_1_above_pre.. + 1*pre_1_31_1 - 1*post_1_31_1 =l= 0;
relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_1_on_binary_indicator_var + 1*relu_1_31_1_off_binary_indicator_var =e= 1;
e540_.. - 1*pre_1_31_1 + 1*post_1_31_1 - 5.920664390112501*relu_1_31_1_on_binary_indicator_var =g= -5.920664390112501;
e541_.. - 1*pre_1_31_1 + 1*post_1_31_1 + 11.841328780225002*relu_1_31_1_on_binary_indicator_var =l= 11.841328780225002;
e542_.. + 1*post_1_31_1 =g= 0;
e543_.. + 1*post_1_31_1 + 5.920664390112501*relu_1_31_1_off_binary_indicator_var =l= 5.920664390112501;
e544_.. + 1*pre_1_31_1 + 5.920664390112501*relu_1_31_1_off_binary_indicator_var =l= 5.920664390112501;

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
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
pre_1_0_0.lo = -7.5055558674558025;
pre_1_0_0.up = 7.5055558674558025;
pre_1_0_1.lo = -7.5055558674558025;
pre_1_0_1.up = 7.5055558674558025;
pre_1_1_0.lo = -8.127994658504527;
pre_1_1_0.up = 8.127994658504527;
pre_1_1_1.lo = -8.127994658504527;
pre_1_1_1.up = 8.127994658504527;
pre_1_2_0.lo = -7.176419226746878;
pre_1_2_0.up = 7.176419226746878;
pre_1_2_1.lo = -7.176419226746878;
pre_1_2_1.up = 7.176419226746878;
pre_1_3_0.lo = -7.125139810483965;
pre_1_3_0.up = 7.125139810483965;
pre_1_3_1.lo = -7.125139810483965;
pre_1_3_1.up = 7.125139810483965;
pre_1_4_0.lo = -4.450495978270242;
pre_1_4_0.up = 4.450495978270242;
pre_1_4_1.lo = -4.450495978270242;
pre_1_4_1.up = 4.450495978270242;
pre_1_5_0.lo = -6.293958645941272;
pre_1_5_0.up = 6.293958645941272;
pre_1_5_1.lo = -6.293958645941272;
pre_1_5_1.up = 6.293958645941272;
pre_1_6_0.lo = -6.278046829164398;
pre_1_6_0.up = 6.278046829164398;
pre_1_6_1.lo = -6.278046829164398;
pre_1_6_1.up = 6.278046829164398;
pre_1_7_0.lo = -4.575447738333024;
pre_1_7_0.up = 4.575447738333024;
pre_1_7_1.lo = -4.575447738333024;
pre_1_7_1.up = 4.575447738333024;
pre_1_8_0.lo = -6.681194289163965;
pre_1_8_0.up = 6.681194289163965;
pre_1_8_1.lo = -6.681194289163965;
pre_1_8_1.up = 6.681194289163965;
pre_1_9_0.lo = -6.998263939541548;
pre_1_9_0.up = 6.998263939541548;
pre_1_9_1.lo = -6.998263939541548;
pre_1_9_1.up = 6.998263939541548;
pre_1_10_0.lo = -5.033436041032538;
pre_1_10_0.up = 5.033436041032538;
pre_1_10_1.lo = -5.033436041032538;
pre_1_10_1.up = 5.033436041032538;
pre_1_11_0.lo = -5.85589242599091;
pre_1_11_0.up = 5.85589242599091;
pre_1_11_1.lo = -5.85589242599091;
pre_1_11_1.up = 5.85589242599091;
pre_1_12_0.lo = -4.481055976018846;
pre_1_12_0.up = 4.481055976018846;
pre_1_12_1.lo = -4.481055976018846;
pre_1_12_1.up = 4.481055976018846;
pre_1_13_0.lo = -4.223536593655531;
pre_1_13_0.up = 4.223536593655531;
pre_1_13_1.lo = -4.223536593655531;
pre_1_13_1.up = 4.223536593655531;
pre_1_14_0.lo = -7.9411881018315;
pre_1_14_0.up = 7.9411881018315;
pre_1_14_1.lo = -7.9411881018315;
pre_1_14_1.up = 7.9411881018315;
pre_1_15_0.lo = -4.282407804124144;
pre_1_15_0.up = 4.282407804124144;
pre_1_15_1.lo = -4.282407804124144;
pre_1_15_1.up = 4.282407804124144;
pre_1_16_0.lo = -4.634583834742528;
pre_1_16_0.up = 4.634583834742528;
pre_1_16_1.lo = -4.634583834742528;
pre_1_16_1.up = 4.634583834742528;
pre_1_17_0.lo = -4.622818643788233;
pre_1_17_0.up = 4.622818643788233;
pre_1_17_1.lo = -4.622818643788233;
pre_1_17_1.up = 4.622818643788233;
pre_1_18_0.lo = -6.978700550828476;
pre_1_18_0.up = 6.978700550828476;
pre_1_18_1.lo = -6.978700550828476;
pre_1_18_1.up = 6.978700550828476;
pre_1_19_0.lo = -6.235030806621945;
pre_1_19_0.up = 6.235030806621945;
pre_1_19_1.lo = -6.235030806621945;
pre_1_19_1.up = 6.235030806621945;
pre_1_20_0.lo = -6.718454730852487;
pre_1_20_0.up = 6.718454730852487;
pre_1_20_1.lo = -6.718454730852487;
pre_1_20_1.up = 6.718454730852487;
pre_1_21_0.lo = -6.8226887269065095;
pre_1_21_0.up = 6.8226887269065095;
pre_1_21_1.lo = -6.8226887269065095;
pre_1_21_1.up = 6.8226887269065095;
pre_1_22_0.lo = -6.631889427894872;
pre_1_22_0.up = 6.631889427894872;
pre_1_22_1.lo = -6.631889427894872;
pre_1_22_1.up = 6.631889427894872;
pre_1_23_0.lo = -5.396286998735244;
pre_1_23_0.up = 5.396286998735244;
pre_1_23_1.lo = -5.396286998735244;
pre_1_23_1.up = 5.396286998735244;
pre_1_24_0.lo = -6.394092367761281;
pre_1_24_0.up = 6.394092367761281;
pre_1_24_1.lo = -6.394092367761281;
pre_1_24_1.up = 6.394092367761281;
pre_1_25_0.lo = -6.260561154684373;
pre_1_25_0.up = 6.260561154684373;
pre_1_25_1.lo = -6.260561154684373;
pre_1_25_1.up = 6.260561154684373;
pre_1_26_0.lo = -7.264403459229737;
pre_1_26_0.up = 7.264403459229737;
pre_1_26_1.lo = -7.264403459229737;
pre_1_26_1.up = 7.264403459229737;
pre_1_27_0.lo = -4.689817519007568;
pre_1_27_0.up = 4.689817519007568;
pre_1_27_1.lo = -4.689817519007568;
pre_1_27_1.up = 4.689817519007568;
pre_1_28_0.lo = -5.834876603928876;
pre_1_28_0.up = 5.834876603928876;
pre_1_28_1.lo = -5.834876603928876;
pre_1_28_1.up = 5.834876603928876;
pre_1_29_0.lo = -6.462017653570015;
pre_1_29_0.up = 6.462017653570015;
pre_1_29_1.lo = -6.462017653570015;
pre_1_29_1.up = 6.462017653570015;
pre_1_30_0.lo = -6.141677231816878;
pre_1_30_0.up = 6.141677231816878;
pre_1_30_1.lo = -6.141677231816878;
pre_1_30_1.up = 6.141677231816878;
pre_1_31_0.lo = -5.920664390112501;
pre_1_31_0.up = 5.920664390112501;
pre_1_31_1.lo = -5.920664390112501;
pre_1_31_1.up = 5.920664390112501;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.5055558674558025;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.5055558674558025;
post_1_1_0.lo = 0;
post_1_1_0.up = 8.127994658504527;
post_1_1_1.lo = 0;
post_1_1_1.up = 8.127994658504527;
post_1_2_0.lo = 0;
post_1_2_0.up = 7.176419226746878;
post_1_2_1.lo = 0;
post_1_2_1.up = 7.176419226746878;
post_1_3_0.lo = 0;
post_1_3_0.up = 7.125139810483965;
post_1_3_1.lo = 0;
post_1_3_1.up = 7.125139810483965;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.450495978270242;
post_1_4_1.lo = 0;
post_1_4_1.up = 4.450495978270242;
post_1_5_0.lo = 0;
post_1_5_0.up = 6.293958645941272;
post_1_5_1.lo = 0;
post_1_5_1.up = 6.293958645941272;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.278046829164398;
post_1_6_1.lo = 0;
post_1_6_1.up = 6.278046829164398;
post_1_7_0.lo = 0;
post_1_7_0.up = 4.575447738333024;
post_1_7_1.lo = 0;
post_1_7_1.up = 4.575447738333024;
post_1_8_0.lo = 0;
post_1_8_0.up = 6.681194289163965;
post_1_8_1.lo = 0;
post_1_8_1.up = 6.681194289163965;
post_1_9_0.lo = 0;
post_1_9_0.up = 6.998263939541548;
post_1_9_1.lo = 0;
post_1_9_1.up = 6.998263939541548;
post_1_10_0.lo = 0;
post_1_10_0.up = 5.033436041032538;
post_1_10_1.lo = 0;
post_1_10_1.up = 5.033436041032538;
post_1_11_0.lo = 0;
post_1_11_0.up = 5.85589242599091;
post_1_11_1.lo = 0;
post_1_11_1.up = 5.85589242599091;
post_1_12_0.lo = 0;
post_1_12_0.up = 4.481055976018846;
post_1_12_1.lo = 0;
post_1_12_1.up = 4.481055976018846;
post_1_13_0.lo = 0;
post_1_13_0.up = 4.223536593655531;
post_1_13_1.lo = 0;
post_1_13_1.up = 4.223536593655531;
post_1_14_0.lo = 0;
post_1_14_0.up = 7.9411881018315;
post_1_14_1.lo = 0;
post_1_14_1.up = 7.9411881018315;
post_1_15_0.lo = 0;
post_1_15_0.up = 4.282407804124144;
post_1_15_1.lo = 0;
post_1_15_1.up = 4.282407804124144;
post_1_16_0.lo = 0;
post_1_16_0.up = 4.634583834742528;
post_1_16_1.lo = 0;
post_1_16_1.up = 4.634583834742528;
post_1_17_0.lo = 0;
post_1_17_0.up = 4.622818643788233;
post_1_17_1.lo = 0;
post_1_17_1.up = 4.622818643788233;
post_1_18_0.lo = 0;
post_1_18_0.up = 6.978700550828476;
post_1_18_1.lo = 0;
post_1_18_1.up = 6.978700550828476;
post_1_19_0.lo = 0;
post_1_19_0.up = 6.235030806621945;
post_1_19_1.lo = 0;
post_1_19_1.up = 6.235030806621945;
post_1_20_0.lo = 0;
post_1_20_0.up = 6.718454730852487;
post_1_20_1.lo = 0;
post_1_20_1.up = 6.718454730852487;
post_1_21_0.lo = 0;
post_1_21_0.up = 6.8226887269065095;
post_1_21_1.lo = 0;
post_1_21_1.up = 6.8226887269065095;
post_1_22_0.lo = 0;
post_1_22_0.up = 6.631889427894872;
post_1_22_1.lo = 0;
post_1_22_1.up = 6.631889427894872;
post_1_23_0.lo = 0;
post_1_23_0.up = 5.396286998735244;
post_1_23_1.lo = 0;
post_1_23_1.up = 5.396286998735244;
post_1_24_0.lo = 0;
post_1_24_0.up = 6.394092367761281;
post_1_24_1.lo = 0;
post_1_24_1.up = 6.394092367761281;
post_1_25_0.lo = 0;
post_1_25_0.up = 6.260561154684373;
post_1_25_1.lo = 0;
post_1_25_1.up = 6.260561154684373;
post_1_26_0.lo = 0;
post_1_26_0.up = 7.264403459229737;
post_1_26_1.lo = 0;
post_1_26_1.up = 7.264403459229737;
post_1_27_0.lo = 0;
post_1_27_0.up = 4.689817519007568;
post_1_27_1.lo = 0;
post_1_27_1.up = 4.689817519007568;
post_1_28_0.lo = 0;
post_1_28_0.up = 5.834876603928876;
post_1_28_1.lo = 0;
post_1_28_1.up = 5.834876603928876;
post_1_29_0.lo = 0;
post_1_29_0.up = 6.462017653570015;
post_1_29_1.lo = 0;
post_1_29_1.up = 6.462017653570015;
post_1_30_0.lo = 0;
post_1_30_0.up = 6.141677231816878;
post_1_30_1.lo = 0;
post_1_30_1.up = 6.141677231816878;
post_1_31_0.lo = 0;
post_1_31_0.up = 5.920664390112501;
post_1_31_1.lo = 0;
post_1_31_1.up = 5.920664390112501;
out_0_0.lo = -48.03333520473481;
out_0_0.up = 48.03333520473481;
out_1_0.lo = -51.76796795102716;
out_1_0.up = 51.76796795102716;
out_2_0.lo = -46.058515360481266;
out_2_0.up = 46.058515360481266;
out_3_0.lo = -45.75083886290379;
out_3_0.up = 45.75083886290379;
out_4_0.lo = -29.70297586962145;
out_4_0.up = 29.70297586962145;
out_5_0.lo = -40.76375187564763;
out_5_0.up = 40.76375187564763;
out_6_0.lo = -40.66828097498639;
out_6_0.up = 40.66828097498639;
out_7_0.lo = -30.452686429998142;
out_7_0.up = 30.452686429998142;
out_8_0.lo = -43.08716573498379;
out_8_0.up = 43.08716573498379;
out_9_0.lo = -44.98958363724929;
out_9_0.up = 44.98958363724929;
out_10_0.lo = -33.20061624619523;
out_10_0.up = 33.20061624619523;
out_11_0.lo = -38.13535455594546;
out_11_0.up = 38.13535455594546;
out_12_0.lo = -29.886335856113075;
out_12_0.up = 29.886335856113075;
out_13_0.lo = -28.341219561933187;
out_13_0.up = 28.341219561933187;
out_14_0.lo = -50.647128610989;
out_14_0.up = 50.647128610989;
out_15_0.lo = -28.694446824744865;
out_15_0.up = 28.694446824744865;
out_16_0.lo = -30.807503008455164;
out_16_0.up = 30.807503008455164;
out_17_0.lo = -30.7369118627294;
out_17_0.up = 30.7369118627294;
out_18_0.lo = -44.87220330497085;
out_18_0.up = 44.87220330497085;
out_19_0.lo = -40.41018483973167;
out_19_0.up = 40.41018483973167;
out_20_0.lo = -43.31072838511493;
out_20_0.up = 43.31072838511493;
out_21_0.lo = -43.93613236143906;
out_21_0.up = 43.93613236143906;
out_22_0.lo = -42.79133656736923;
out_22_0.up = 42.79133656736923;
out_23_0.lo = -35.377721992411466;
out_23_0.up = 35.377721992411466;
out_24_0.lo = -41.36455420656768;
out_24_0.up = 41.36455420656768;
out_25_0.lo = -40.563366928106234;
out_25_0.up = 40.563366928106234;
out_26_0.lo = -46.58642075537842;
out_26_0.up = 46.58642075537842;
out_27_0.lo = -31.138905114045407;
out_27_0.up = 31.138905114045407;
out_28_0.lo = -38.00925962357326;
out_28_0.up = 38.00925962357326;
out_29_0.lo = -41.77210592142009;
out_29_0.up = 41.77210592142009;
out_30_0.lo = -39.85006339090127;
out_30_0.up = 39.85006339090127;
out_31_0.lo = -38.52398634067501;
out_31_0.up = 38.52398634067501;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
