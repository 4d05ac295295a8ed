* etr-variable-gadget-p2-plain-indicator  (relu-opt library: etr-variable-gadget, problem 2, plain-indicator; {"hidden": [3], "bound": 8.0, "loss": "squared"})
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
  post_1_0_0, post_1_0_1, post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2, post_1_2_0, post_1_2_1,
  post_1_2_2, post_1_3_0, post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1, post_1_4_2, post_1_5_0,
  post_1_5_1, post_1_5_2, post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0, post_1_7_1, post_1_7_2,
  post_1_8_0, post_1_8_1, post_1_8_2, post_1_9_0, post_1_9_1, post_1_9_2, post_1_10_0, post_1_10_1,
  post_1_10_2, post_1_11_0, post_1_11_1, post_1_11_2, post_1_12_0, post_1_12_1, post_1_12_2, post_1_13_0,
  post_1_13_1, post_1_13_2, post_1_14_0, post_1_14_1, post_1_14_2, out_0_0, out_1_0, out_2_0,
  out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0, out_10_0,
  out_11_0, out_12_0, out_13_0, out_14_0;

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
  relu_1_14_2_on_binary_indicator_var, relu_1_14_2_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_2_0,
  pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_7_0, pre_definition_1_7_1,
  pre_definition_1_7_2, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2, pre_definition_1_10_0,
  pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2,
  pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, out_definition_0_0, out_definition_1_0,
  out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, out_definition_9_0,
  out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e63_,
  e64_, e65_, e66_, e67_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e70_, e71_,
  e72_, e73_, e74_, relu_1_0_2_above_pre, relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor, e77_, e78_, e79_,
  e80_, e81_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e84_, e85_, e86_, e87_,
  e88_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e91_, e92_, e93_, e94_, e95_,
  relu_1_1_2_above_pre, relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor, e98_, e99_, e100_, e101_, e102_, relu_1_2_0_above_pre,
  relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e105_, e106_, e107_, e108_, e109_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor,
  e112_, e113_, e114_, e115_, e116_, relu_1_2_2_above_pre, relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor, e119_,
  e120_, e121_, e122_, e123_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e126_, e127_,
  e128_, e129_, e130_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e133_, e134_, e135_,
  e136_, e137_, relu_1_3_2_above_pre, relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor, e140_, e141_, e142_, e143_,
  e144_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e147_, e148_, e149_, e150_, e151_,
  relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e154_, e155_, e156_, e157_, e158_, relu_1_4_2_above_pre,
  relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor, e161_, e162_, e163_, e164_, e165_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor,
  e168_, e169_, e170_, e171_, e172_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e175_,
  e176_, e177_, e178_, e179_, relu_1_5_2_above_pre, relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor, e182_, e183_,
  e184_, e185_, e186_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e189_, e190_, e191_,
  e192_, e193_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e196_, e197_, e198_, e199_,
  e200_, relu_1_6_2_above_pre, relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor, e203_, e204_, e205_, e206_, e207_,
  relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e210_, e211_, e212_, e213_, e214_, relu_1_7_1_above_pre,
  relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e217_, e218_, e219_, e220_, e221_, relu_1_7_2_above_pre, relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor,
  e224_, e225_, e226_, e227_, e228_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e231_,
  e232_, e233_, e234_, e235_, relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e238_, e239_,
  e240_, e241_, e242_, relu_1_8_2_above_pre, relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor, e245_, e246_, e247_,
  e248_, e249_, relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e252_, e253_, e254_, e255_,
  e256_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e259_, e260_, e261_, e262_, e263_,
  relu_1_9_2_above_pre, relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor, e266_, e267_, e268_, e269_, e270_, relu_1_10_0_above_pre,
  relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e273_, e274_, e275_, e276_, e277_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor,
  e280_, e281_, e282_, e283_, e284_, relu_1_10_2_above_pre, relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor, e287_,
  e288_, e289_, e290_, e291_, relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e294_, e295_,
  e296_, e297_, e298_, relu_1_11_1_above_pre, relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e301_, e302_, e303_,
  e304_, e305_, relu_1_11_2_above_pre, relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor, e308_, e309_, e310_, e311_,
  e312_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e315_, e316_, e317_, e318_, e319_,
  relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e322_, e323_, e324_, e325_, e326_, relu_1_12_2_above_pre,
  relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor, e329_, e330_, e331_, e332_, e333_, relu_1_13_0_above_pre, relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor,
  e336_, e337_, e338_, e339_, e340_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor, e343_,
  e344_, e345_, e346_, e347_, relu_1_13_2_above_pre, relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor, e350_, e351_,
  e352_, e353_, e354_, relu_1_14_0_above_pre, relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e357_, e358_, e359_,
  e360_, e361_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor, e364_, e365_, e366_, e367_,
  e368_, relu_1_14_2_above_pre, relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor, e371_, e372_, e373_, e374_, e375_;

e_obj.. - objvar - 0.25*out_3_0 - 0.5*out_4_0 - 0.75*out_5_0 - 1*out_6_0 - 2*out_7_0 - 1*out_8_0 - 0.75*out_9_0
    - 0.5*out_10_0 - 0.25*out_11_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0)
    + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0)
    + 1*sqr(out_14_0) + 1.9375 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 1*w_1_2_0 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_1_0.. + 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_2_0.. + 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. + 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_3_0.. - 0.125*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.125*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. - 0.125*w_1_2_0 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_4_0.. - 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. - 0.25*w_1_2_0 - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_5_0.. - 0.375*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.375*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.375*w_1_2_0 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_6_0.. - 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. - 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_7_0.. - 2*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 2*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 2*w_1_2_0 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_8_0.. - 3.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 3.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 3.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_9_0.. - 3.625*w_1_0_0 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 3.625*w_1_1_0 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. - 3.625*w_1_2_0 - 1*b_1_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_10_0.. - 3.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 3.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 3.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_11_0.. - 3.875*w_1_0_0 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 3.875*w_1_1_0 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. - 3.875*w_1_2_0 - 1*b_1_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_12_0.. - 4.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 4.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 4.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_13_0.. - 4.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 4.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. - 4.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_14_0.. - 5*w_1_0_0 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 5*w_1_1_0 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. - 5*w_1_2_0 - 1*b_1_2 + 1*pre_1_14_2 =e= 0;
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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e63_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 16*relu_1_0_0_on_binary_indicator_var =g= -16;
e64_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 32*relu_1_0_0_on_binary_indicator_var =l= 32;
e65_.. + 1*post_1_0_0 =g= 0;
e66_.. + 1*post_1_0_0 + 16*relu_1_0_0_off_binary_indicator_var =l= 16;
e67_.. + 1*pre_1_0_0 + 16*relu_1_0_0_off_binary_indicator_var =l= 16;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e70_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 16*relu_1_0_1_on_binary_indicator_var =g= -16;
e71_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 32*relu_1_0_1_on_binary_indicator_var =l= 32;
e72_.. + 1*post_1_0_1 =g= 0;
e73_.. + 1*post_1_0_1 + 16*relu_1_0_1_off_binary_indicator_var =l= 16;
e74_.. + 1*pre_1_0_1 + 16*relu_1_0_1_off_binary_indicator_var =l= 16;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_2_on_binary_indicator_var + 1*relu_1_0_2_off_binary_indicator_var =e= 1;
e77_.. - 1*pre_1_0_2 + 1*post_1_0_2 - 16*relu_1_0_2_on_binary_indicator_var =g= -16;
e78_.. - 1*pre_1_0_2 + 1*post_1_0_2 + 32*relu_1_0_2_on_binary_indicator_var =l= 32;
e79_.. + 1*post_1_0_2 =g= 0;
e80_.. + 1*post_1_0_2 + 16*relu_1_0_2_off_binary_indicator_var =l= 16;
e81_.. + 1*pre_1_0_2 + 16*relu_1_0_2_off_binary_indicator_var =l= 16;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e84_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 14*relu_1_1_0_on_binary_indicator_var =g= -14;
e85_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 28*relu_1_1_0_on_binary_indicator_var =l= 28;
e86_.. + 1*post_1_1_0 =g= 0;
e87_.. + 1*post_1_1_0 + 14*relu_1_1_0_off_binary_indicator_var =l= 14;
e88_.. + 1*pre_1_1_0 + 14*relu_1_1_0_off_binary_indicator_var =l= 14;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e91_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 14*relu_1_1_1_on_binary_indicator_var =g= -14;
e92_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 28*relu_1_1_1_on_binary_indicator_var =l= 28;
e93_.. + 1*post_1_1_1 =g= 0;
e94_.. + 1*post_1_1_1 + 14*relu_1_1_1_off_binary_indicator_var =l= 14;
e95_.. + 1*pre_1_1_1 + 14*relu_1_1_1_off_binary_indicator_var =l= 14;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_2_on_binary_indicator_var + 1*relu_1_1_2_off_binary_indicator_var =e= 1;
e98_.. - 1*pre_1_1_2 + 1*post_1_1_2 - 14*relu_1_1_2_on_binary_indicator_var =g= -14;
e99_.. - 1*pre_1_1_2 + 1*post_1_1_2 + 28*relu_1_1_2_on_binary_indicator_var =l= 28;
e100_.. + 1*post_1_1_2 =g= 0;
e101_.. + 1*post_1_1_2 + 14*relu_1_1_2_off_binary_indicator_var =l= 14;
e102_.. + 1*pre_1_1_2 + 14*relu_1_1_2_off_binary_indicator_var =l= 14;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e105_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 12*relu_1_2_0_on_binary_indicator_var =g= -12;
e106_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 24*relu_1_2_0_on_binary_indicator_var =l= 24;
e107_.. + 1*post_1_2_0 =g= 0;
e108_.. + 1*post_1_2_0 + 12*relu_1_2_0_off_binary_indicator_var =l= 12;
e109_.. + 1*pre_1_2_0 + 12*relu_1_2_0_off_binary_indicator_var =l= 12;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e112_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 12*relu_1_2_1_on_binary_indicator_var =g= -12;
e113_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 24*relu_1_2_1_on_binary_indicator_var =l= 24;
e114_.. + 1*post_1_2_1 =g= 0;
e115_.. + 1*post_1_2_1 + 12*relu_1_2_1_off_binary_indicator_var =l= 12;
e116_.. + 1*pre_1_2_1 + 12*relu_1_2_1_off_binary_indicator_var =l= 12;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_2_on_binary_indicator_var + 1*relu_1_2_2_off_binary_indicator_var =e= 1;
e119_.. - 1*pre_1_2_2 + 1*post_1_2_2 - 12*relu_1_2_2_on_binary_indicator_var =g= -12;
e120_.. - 1*pre_1_2_2 + 1*post_1_2_2 + 24*relu_1_2_2_on_binary_indicator_var =l= 24;
e121_.. + 1*post_1_2_2 =g= 0;
e122_.. + 1*post_1_2_2 + 12*relu_1_2_2_off_binary_indicator_var =l= 12;
e123_.. + 1*pre_1_2_2 + 12*relu_1_2_2_off_binary_indicator_var =l= 12;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e126_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 9*relu_1_3_0_on_binary_indicator_var =g= -9;
e127_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 18*relu_1_3_0_on_binary_indicator_var =l= 18;
e128_.. + 1*post_1_3_0 =g= 0;
e129_.. + 1*post_1_3_0 + 9*relu_1_3_0_off_binary_indicator_var =l= 9;
e130_.. + 1*pre_1_3_0 + 9*relu_1_3_0_off_binary_indicator_var =l= 9;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e133_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 9*relu_1_3_1_on_binary_indicator_var =g= -9;
e134_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 18*relu_1_3_1_on_binary_indicator_var =l= 18;
e135_.. + 1*post_1_3_1 =g= 0;
e136_.. + 1*post_1_3_1 + 9*relu_1_3_1_off_binary_indicator_var =l= 9;
e137_.. + 1*pre_1_3_1 + 9*relu_1_3_1_off_binary_indicator_var =l= 9;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_2_on_binary_indicator_var + 1*relu_1_3_2_off_binary_indicator_var =e= 1;
e140_.. - 1*pre_1_3_2 + 1*post_1_3_2 - 9*relu_1_3_2_on_binary_indicator_var =g= -9;
e141_.. - 1*pre_1_3_2 + 1*post_1_3_2 + 18*relu_1_3_2_on_binary_indicator_var =l= 18;
e142_.. + 1*post_1_3_2 =g= 0;
e143_.. + 1*post_1_3_2 + 9*relu_1_3_2_off_binary_indicator_var =l= 9;
e144_.. + 1*pre_1_3_2 + 9*relu_1_3_2_off_binary_indicator_var =l= 9;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e147_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 10*relu_1_4_0_on_binary_indicator_var =g= -10;
e148_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 20*relu_1_4_0_on_binary_indicator_var =l= 20;
e149_.. + 1*post_1_4_0 =g= 0;
e150_.. + 1*post_1_4_0 + 10*relu_1_4_0_off_binary_indicator_var =l= 10;
e151_.. + 1*pre_1_4_0 + 10*relu_1_4_0_off_binary_indicator_var =l= 10;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e154_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 10*relu_1_4_1_on_binary_indicator_var =g= -10;
e155_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 20*relu_1_4_1_on_binary_indicator_var =l= 20;
e156_.. + 1*post_1_4_1 =g= 0;
e157_.. + 1*post_1_4_1 + 10*relu_1_4_1_off_binary_indicator_var =l= 10;
e158_.. + 1*pre_1_4_1 + 10*relu_1_4_1_off_binary_indicator_var =l= 10;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_2_on_binary_indicator_var + 1*relu_1_4_2_off_binary_indicator_var =e= 1;
e161_.. - 1*pre_1_4_2 + 1*post_1_4_2 - 10*relu_1_4_2_on_binary_indicator_var =g= -10;
e162_.. - 1*pre_1_4_2 + 1*post_1_4_2 + 20*relu_1_4_2_on_binary_indicator_var =l= 20;
e163_.. + 1*post_1_4_2 =g= 0;
e164_.. + 1*post_1_4_2 + 10*relu_1_4_2_off_binary_indicator_var =l= 10;
e165_.. + 1*pre_1_4_2 + 10*relu_1_4_2_off_binary_indicator_var =l= 10;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e168_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 11*relu_1_5_0_on_binary_indicator_var =g= -11;
e169_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 22*relu_1_5_0_on_binary_indicator_var =l= 22;
e170_.. + 1*post_1_5_0 =g= 0;
e171_.. + 1*post_1_5_0 + 11*relu_1_5_0_off_binary_indicator_var =l= 11;
e172_.. + 1*pre_1_5_0 + 11*relu_1_5_0_off_binary_indicator_var =l= 11;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e175_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 11*relu_1_5_1_on_binary_indicator_var =g= -11;
e176_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 22*relu_1_5_1_on_binary_indicator_var =l= 22;
e177_.. + 1*post_1_5_1 =g= 0;
e178_.. + 1*post_1_5_1 + 11*relu_1_5_1_off_binary_indicator_var =l= 11;
e179_.. + 1*pre_1_5_1 + 11*relu_1_5_1_off_binary_indicator_var =l= 11;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_2_on_binary_indicator_var + 1*relu_1_5_2_off_binary_indicator_var =e= 1;
e182_.. - 1*pre_1_5_2 + 1*post_1_5_2 - 11*relu_1_5_2_on_binary_indicator_var =g= -11;
e183_.. - 1*pre_1_5_2 + 1*post_1_5_2 + 22*relu_1_5_2_on_binary_indicator_var =l= 22;
e184_.. + 1*post_1_5_2 =g= 0;
e185_.. + 1*post_1_5_2 + 11*relu_1_5_2_off_binary_indicator_var =l= 11;
e186_.. + 1*pre_1_5_2 + 11*relu_1_5_2_off_binary_indicator_var =l= 11;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e189_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 12*relu_1_6_0_on_binary_indicator_var =g= -12;
e190_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 24*relu_1_6_0_on_binary_indicator_var =l= 24;
e191_.. + 1*post_1_6_0 =g= 0;
e192_.. + 1*post_1_6_0 + 12*relu_1_6_0_off_binary_indicator_var =l= 12;
e193_.. + 1*pre_1_6_0 + 12*relu_1_6_0_off_binary_indicator_var =l= 12;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e196_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 12*relu_1_6_1_on_binary_indicator_var =g= -12;
e197_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 24*relu_1_6_1_on_binary_indicator_var =l= 24;
e198_.. + 1*post_1_6_1 =g= 0;
e199_.. + 1*post_1_6_1 + 12*relu_1_6_1_off_binary_indicator_var =l= 12;
e200_.. + 1*pre_1_6_1 + 12*relu_1_6_1_off_binary_indicator_var =l= 12;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_2_on_binary_indicator_var + 1*relu_1_6_2_off_binary_indicator_var =e= 1;
e203_.. - 1*pre_1_6_2 + 1*post_1_6_2 - 12*relu_1_6_2_on_binary_indicator_var =g= -12;
e204_.. - 1*pre_1_6_2 + 1*post_1_6_2 + 24*relu_1_6_2_on_binary_indicator_var =l= 24;
e205_.. + 1*post_1_6_2 =g= 0;
e206_.. + 1*post_1_6_2 + 12*relu_1_6_2_off_binary_indicator_var =l= 12;
e207_.. + 1*pre_1_6_2 + 12*relu_1_6_2_off_binary_indicator_var =l= 12;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e210_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 24*relu_1_7_0_on_binary_indicator_var =g= -24;
e211_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 48*relu_1_7_0_on_binary_indicator_var =l= 48;
e212_.. + 1*post_1_7_0 =g= 0;
e213_.. + 1*post_1_7_0 + 24*relu_1_7_0_off_binary_indicator_var =l= 24;
e214_.. + 1*pre_1_7_0 + 24*relu_1_7_0_off_binary_indicator_var =l= 24;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e217_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 24*relu_1_7_1_on_binary_indicator_var =g= -24;
e218_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 48*relu_1_7_1_on_binary_indicator_var =l= 48;
e219_.. + 1*post_1_7_1 =g= 0;
e220_.. + 1*post_1_7_1 + 24*relu_1_7_1_off_binary_indicator_var =l= 24;
e221_.. + 1*pre_1_7_1 + 24*relu_1_7_1_off_binary_indicator_var =l= 24;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_2_on_binary_indicator_var + 1*relu_1_7_2_off_binary_indicator_var =e= 1;
e224_.. - 1*pre_1_7_2 + 1*post_1_7_2 - 24*relu_1_7_2_on_binary_indicator_var =g= -24;
e225_.. - 1*pre_1_7_2 + 1*post_1_7_2 + 48*relu_1_7_2_on_binary_indicator_var =l= 48;
e226_.. + 1*post_1_7_2 =g= 0;
e227_.. + 1*post_1_7_2 + 24*relu_1_7_2_off_binary_indicator_var =l= 24;
e228_.. + 1*pre_1_7_2 + 24*relu_1_7_2_off_binary_indicator_var =l= 24;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e231_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 36*relu_1_8_0_on_binary_indicator_var =g= -36;
e232_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 72*relu_1_8_0_on_binary_indicator_var =l= 72;
e233_.. + 1*post_1_8_0 =g= 0;
e234_.. + 1*post_1_8_0 + 36*relu_1_8_0_off_binary_indicator_var =l= 36;
e235_.. + 1*pre_1_8_0 + 36*relu_1_8_0_off_binary_indicator_var =l= 36;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e238_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 36*relu_1_8_1_on_binary_indicator_var =g= -36;
e239_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 72*relu_1_8_1_on_binary_indicator_var =l= 72;
e240_.. + 1*post_1_8_1 =g= 0;
e241_.. + 1*post_1_8_1 + 36*relu_1_8_1_off_binary_indicator_var =l= 36;
e242_.. + 1*pre_1_8_1 + 36*relu_1_8_1_off_binary_indicator_var =l= 36;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_2_on_binary_indicator_var + 1*relu_1_8_2_off_binary_indicator_var =e= 1;
e245_.. - 1*pre_1_8_2 + 1*post_1_8_2 - 36*relu_1_8_2_on_binary_indicator_var =g= -36;
e246_.. - 1*pre_1_8_2 + 1*post_1_8_2 + 72*relu_1_8_2_on_binary_indicator_var =l= 72;
e247_.. + 1*post_1_8_2 =g= 0;
e248_.. + 1*post_1_8_2 + 36*relu_1_8_2_off_binary_indicator_var =l= 36;
e249_.. + 1*pre_1_8_2 + 36*relu_1_8_2_off_binary_indicator_var =l= 36;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e252_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 37*relu_1_9_0_on_binary_indicator_var =g= -37;
e253_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 74*relu_1_9_0_on_binary_indicator_var =l= 74;
e254_.. + 1*post_1_9_0 =g= 0;
e255_.. + 1*post_1_9_0 + 37*relu_1_9_0_off_binary_indicator_var =l= 37;
e256_.. + 1*pre_1_9_0 + 37*relu_1_9_0_off_binary_indicator_var =l= 37;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e259_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 37*relu_1_9_1_on_binary_indicator_var =g= -37;
e260_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 74*relu_1_9_1_on_binary_indicator_var =l= 74;
e261_.. + 1*post_1_9_1 =g= 0;
e262_.. + 1*post_1_9_1 + 37*relu_1_9_1_off_binary_indicator_var =l= 37;
e263_.. + 1*pre_1_9_1 + 37*relu_1_9_1_off_binary_indicator_var =l= 37;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_2_on_binary_indicator_var + 1*relu_1_9_2_off_binary_indicator_var =e= 1;
e266_.. - 1*pre_1_9_2 + 1*post_1_9_2 - 37*relu_1_9_2_on_binary_indicator_var =g= -37;
e267_.. - 1*pre_1_9_2 + 1*post_1_9_2 + 74*relu_1_9_2_on_binary_indicator_var =l= 74;
e268_.. + 1*post_1_9_2 =g= 0;
e269_.. + 1*post_1_9_2 + 37*relu_1_9_2_off_binary_indicator_var =l= 37;
e270_.. + 1*pre_1_9_2 + 37*relu_1_9_2_off_binary_indicator_var =l= 37;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e273_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 38*relu_1_10_0_on_binary_indicator_var =g= -38;
e274_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 76*relu_1_10_0_on_binary_indicator_var =l= 76;
e275_.. + 1*post_1_10_0 =g= 0;
e276_.. + 1*post_1_10_0 + 38*relu_1_10_0_off_binary_indicator_var =l= 38;
e277_.. + 1*pre_1_10_0 + 38*relu_1_10_0_off_binary_indicator_var =l= 38;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e280_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 38*relu_1_10_1_on_binary_indicator_var =g= -38;
e281_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 76*relu_1_10_1_on_binary_indicator_var =l= 76;
e282_.. + 1*post_1_10_1 =g= 0;
e283_.. + 1*post_1_10_1 + 38*relu_1_10_1_off_binary_indicator_var =l= 38;
e284_.. + 1*pre_1_10_1 + 38*relu_1_10_1_off_binary_indicator_var =l= 38;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_2_on_binary_indicator_var + 1*relu_1_10_2_off_binary_indicator_var =e= 1;
e287_.. - 1*pre_1_10_2 + 1*post_1_10_2 - 38*relu_1_10_2_on_binary_indicator_var =g= -38;
e288_.. - 1*pre_1_10_2 + 1*post_1_10_2 + 76*relu_1_10_2_on_binary_indicator_var =l= 76;
e289_.. + 1*post_1_10_2 =g= 0;
e290_.. + 1*post_1_10_2 + 38*relu_1_10_2_off_binary_indicator_var =l= 38;
e291_.. + 1*pre_1_10_2 + 38*relu_1_10_2_off_binary_indicator_var =l= 38;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e294_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 39*relu_1_11_0_on_binary_indicator_var =g= -39;
e295_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 78*relu_1_11_0_on_binary_indicator_var =l= 78;
e296_.. + 1*post_1_11_0 =g= 0;
e297_.. + 1*post_1_11_0 + 39*relu_1_11_0_off_binary_indicator_var =l= 39;
e298_.. + 1*pre_1_11_0 + 39*relu_1_11_0_off_binary_indicator_var =l= 39;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e301_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 39*relu_1_11_1_on_binary_indicator_var =g= -39;
e302_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 78*relu_1_11_1_on_binary_indicator_var =l= 78;
e303_.. + 1*post_1_11_1 =g= 0;
e304_.. + 1*post_1_11_1 + 39*relu_1_11_1_off_binary_indicator_var =l= 39;
e305_.. + 1*pre_1_11_1 + 39*relu_1_11_1_off_binary_indicator_var =l= 39;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_2_on_binary_indicator_var + 1*relu_1_11_2_off_binary_indicator_var =e= 1;
e308_.. - 1*pre_1_11_2 + 1*post_1_11_2 - 39*relu_1_11_2_on_binary_indicator_var =g= -39;
e309_.. - 1*pre_1_11_2 + 1*post_1_11_2 + 78*relu_1_11_2_on_binary_indicator_var =l= 78;
e310_.. + 1*post_1_11_2 =g= 0;
e311_.. + 1*post_1_11_2 + 39*relu_1_11_2_off_binary_indicator_var =l= 39;
e312_.. + 1*pre_1_11_2 + 39*relu_1_11_2_off_binary_indicator_var =l= 39;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e315_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 44*relu_1_12_0_on_binary_indicator_var =g= -44;
e316_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 88*relu_1_12_0_on_binary_indicator_var =l= 88;
e317_.. + 1*post_1_12_0 =g= 0;
e318_.. + 1*post_1_12_0 + 44*relu_1_12_0_off_binary_indicator_var =l= 44;
e319_.. + 1*pre_1_12_0 + 44*relu_1_12_0_off_binary_indicator_var =l= 44;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e322_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 44*relu_1_12_1_on_binary_indicator_var =g= -44;
e323_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 88*relu_1_12_1_on_binary_indicator_var =l= 88;
e324_.. + 1*post_1_12_1 =g= 0;
e325_.. + 1*post_1_12_1 + 44*relu_1_12_1_off_binary_indicator_var =l= 44;
e326_.. + 1*pre_1_12_1 + 44*relu_1_12_1_off_binary_indicator_var =l= 44;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_2_on_binary_indicator_var + 1*relu_1_12_2_off_binary_indicator_var =e= 1;
e329_.. - 1*pre_1_12_2 + 1*post_1_12_2 - 44*relu_1_12_2_on_binary_indicator_var =g= -44;
e330_.. - 1*pre_1_12_2 + 1*post_1_12_2 + 88*relu_1_12_2_on_binary_indicator_var =l= 88;
e331_.. + 1*post_1_12_2 =g= 0;
e332_.. + 1*post_1_12_2 + 44*relu_1_12_2_off_binary_indicator_var =l= 44;
e333_.. + 1*pre_1_12_2 + 44*relu_1_12_2_off_binary_indicator_var =l= 44;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e336_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 46*relu_1_13_0_on_binary_indicator_var =g= -46;
e337_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 92*relu_1_13_0_on_binary_indicator_var =l= 92;
e338_.. + 1*post_1_13_0 =g= 0;
e339_.. + 1*post_1_13_0 + 46*relu_1_13_0_off_binary_indicator_var =l= 46;
e340_.. + 1*pre_1_13_0 + 46*relu_1_13_0_off_binary_indicator_var =l= 46;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e343_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 46*relu_1_13_1_on_binary_indicator_var =g= -46;
e344_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 92*relu_1_13_1_on_binary_indicator_var =l= 92;
e345_.. + 1*post_1_13_1 =g= 0;
e346_.. + 1*post_1_13_1 + 46*relu_1_13_1_off_binary_indicator_var =l= 46;
e347_.. + 1*pre_1_13_1 + 46*relu_1_13_1_off_binary_indicator_var =l= 46;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_2_on_binary_indicator_var + 1*relu_1_13_2_off_binary_indicator_var =e= 1;
e350_.. - 1*pre_1_13_2 + 1*post_1_13_2 - 46*relu_1_13_2_on_binary_indicator_var =g= -46;
e351_.. - 1*pre_1_13_2 + 1*post_1_13_2 + 92*relu_1_13_2_on_binary_indicator_var =l= 92;
e352_.. + 1*post_1_13_2 =g= 0;
e353_.. + 1*post_1_13_2 + 46*relu_1_13_2_off_binary_indicator_var =l= 46;
e354_.. + 1*pre_1_13_2 + 46*relu_1_13_2_off_binary_indicator_var =l= 46;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e357_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 48*relu_1_14_0_on_binary_indicator_var =g= -48;
e358_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 96*relu_1_14_0_on_binary_indicator_var =l= 96;
e359_.. + 1*post_1_14_0 =g= 0;
e360_.. + 1*post_1_14_0 + 48*relu_1_14_0_off_binary_indicator_var =l= 48;
e361_.. + 1*pre_1_14_0 + 48*relu_1_14_0_off_binary_indicator_var =l= 48;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e364_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 48*relu_1_14_1_on_binary_indicator_var =g= -48;
e365_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 96*relu_1_14_1_on_binary_indicator_var =l= 96;
e366_.. + 1*post_1_14_1 =g= 0;
e367_.. + 1*post_1_14_1 + 48*relu_1_14_1_off_binary_indicator_var =l= 48;
e368_.. + 1*pre_1_14_1 + 48*relu_1_14_1_off_binary_indicator_var =l= 48;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_2_on_binary_indicator_var + 1*relu_1_14_2_off_binary_indicator_var =e= 1;
e371_.. - 1*pre_1_14_2 + 1*post_1_14_2 - 48*relu_1_14_2_on_binary_indicator_var =g= -48;
e372_.. - 1*pre_1_14_2 + 1*post_1_14_2 + 96*relu_1_14_2_on_binary_indicator_var =l= 96;
e373_.. + 1*post_1_14_2 =g= 0;
e374_.. + 1*post_1_14_2 + 48*relu_1_14_2_off_binary_indicator_var =l= 48;
e375_.. + 1*pre_1_14_2 + 48*relu_1_14_2_off_binary_indicator_var =l= 48;

w_1_0_0.lo = -8;
w_1_0_0.up = 8;
w_1_1_0.lo = -8;
w_1_1_0.up = 8;
w_1_2_0.lo = -8;
w_1_2_0.up = 8;
w_2_0_0.lo = -8;
w_2_0_0.up = 8;
w_2_0_1.lo = -8;
w_2_0_1.up = 8;
w_2_0_2.lo = -8;
w_2_0_2.up = 8;
b_1_0.lo = -8;
b_1_0.up = 8;
b_1_1.lo = -8;
b_1_1.up = 8;
b_1_2.lo = -8;
b_1_2.up = 8;
b_2_0.lo = -8;
b_2_0.up = 8;
pre_1_0_0.lo = -16;
pre_1_0_0.up = 16;
pre_1_0_1.lo = -16;
pre_1_0_1.up = 16;
pre_1_0_2.lo = -16;
pre_1_0_2.up = 16;
pre_1_1_0.lo = -14;
pre_1_1_0.up = 14;
pre_1_1_1.lo = -14;
pre_1_1_1.up = 14;
pre_1_1_2.lo = -14;
pre_1_1_2.up = 14;
pre_1_2_0.lo = -12;
pre_1_2_0.up = 12;
pre_1_2_1.lo = -12;
pre_1_2_1.up = 12;
pre_1_2_2.lo = -12;
pre_1_2_2.up = 12;
pre_1_3_0.lo = -9;
pre_1_3_0.up = 9;
pre_1_3_1.lo = -9;
pre_1_3_1.up = 9;
pre_1_3_2.lo = -9;
pre_1_3_2.up = 9;
pre_1_4_0.lo = -10;
pre_1_4_0.up = 10;
pre_1_4_1.lo = -10;
pre_1_4_1.up = 10;
pre_1_4_2.lo = -10;
pre_1_4_2.up = 10;
pre_1_5_0.lo = -11;
pre_1_5_0.up = 11;
pre_1_5_1.lo = -11;
pre_1_5_1.up = 11;
pre_1_5_2.lo = -11;
pre_1_5_2.up = 11;
pre_1_6_0.lo = -12;
pre_1_6_0.up = 12;
pre_1_6_1.lo = -12;
pre_1_6_1.up = 12;
pre_1_6_2.lo = -12;
pre_1_6_2.up = 12;
pre_1_7_0.lo = -24;
pre_1_7_0.up = 24;
pre_1_7_1.lo = -24;
pre_1_7_1.up = 24;
pre_1_7_2.lo = -24;
pre_1_7_2.up = 24;
pre_1_8_0.lo = -36;
pre_1_8_0.up = 36;
pre_1_8_1.lo = -36;
pre_1_8_1.up = 36;
pre_1_8_2.lo = -36;
pre_1_8_2.up = 36;
pre_1_9_0.lo = -37;
pre_1_9_0.up = 37;
pre_1_9_1.lo = -37;
pre_1_9_1.up = 37;
pre_1_9_2.lo = -37;
pre_1_9_2.up = 37;
pre_1_10_0.lo = -38;
pre_1_10_0.up = 38;
pre_1_10_1.lo = -38;
pre_1_10_1.up = 38;
pre_1_10_2.lo = -38;
pre_1_10_2.up = 38;
pre_1_11_0.lo = -39;
pre_1_11_0.up = 39;
pre_1_11_1.lo = -39;
pre_1_11_1.up = 39;
pre_1_11_2.lo = -39;
pre_1_11_2.up = 39;
pre_1_12_0.lo = -44;
pre_1_12_0.up = 44;
pre_1_12_1.lo = -44;
pre_1_12_1.up = 44;
pre_1_12_2.lo = -44;
pre_1_12_2.up = 44;
pre_1_13_0.lo = -46;
pre_1_13_0.up = 46;
pre_1_13_1.lo = -46;
pre_1_13_1.up = 46;
pre_1_13_2.lo = -46;
pre_1_13_2.up = 46;
pre_1_14_0.lo = -48;
pre_1_14_0.up = 48;
pre_1_14_1.lo = -48;
pre_1_14_1.up = 48;
pre_1_14_2.lo = -48;
pre_1_14_2.up = 48;
post_1_0_0.lo = 0;
post_1_0_0.up = 16;
post_1_0_1.lo = 0;
post_1_0_1.up = 16;
post_1_0_2.lo = 0;
post_1_0_2.up = 16;
post_1_1_0.lo = 0;
post_1_1_0.up = 14;
post_1_1_1.lo = 0;
post_1_1_1.up = 14;
post_1_1_2.lo = 0;
post_1_1_2.up = 14;
post_1_2_0.lo = 0;
post_1_2_0.up = 12;
post_1_2_1.lo = 0;
post_1_2_1.up = 12;
post_1_2_2.lo = 0;
post_1_2_2.up = 12;
post_1_3_0.lo = 0;
post_1_3_0.up = 9;
post_1_3_1.lo = 0;
post_1_3_1.up = 9;
post_1_3_2.lo = 0;
post_1_3_2.up = 9;
post_1_4_0.lo = 0;
post_1_4_0.up = 10;
post_1_4_1.lo = 0;
post_1_4_1.up = 10;
post_1_4_2.lo = 0;
post_1_4_2.up = 10;
post_1_5_0.lo = 0;
post_1_5_0.up = 11;
post_1_5_1.lo = 0;
post_1_5_1.up = 11;
post_1_5_2.lo = 0;
post_1_5_2.up = 11;
post_1_6_0.lo = 0;
post_1_6_0.up = 12;
post_1_6_1.lo = 0;
post_1_6_1.up = 12;
post_1_6_2.lo = 0;
post_1_6_2.up = 12;
post_1_7_0.lo = 0;
post_1_7_0.up = 24;
post_1_7_1.lo = 0;
post_1_7_1.up = 24;
post_1_7_2.lo = 0;
post_1_7_2.up = 24;
post_1_8_0.lo = 0;
post_1_8_0.up = 36;
post_1_8_1.lo = 0;
post_1_8_1.up = 36;
post_1_8_2.lo = 0;
post_1_8_2.up = 36;
post_1_9_0.lo = 0;
post_1_9_0.up = 37;
post_1_9_1.lo = 0;
post_1_9_1.up = 37;
post_1_9_2.lo = 0;
post_1_9_2.up = 37;
post_1_10_0.lo = 0;
post_1_10_0.up = 38;
post_1_10_1.lo = 0;
post_1_10_1.up = 38;
post_1_10_2.lo = 0;
post_1_10_2.up = 38;
post_1_11_0.lo = 0;
post_1_11_0.up = 39;
post_1_11_1.lo = 0;
post_1_11_1.up = 39;
post_1_11_2.lo = 0;
post_1_11_2.up = 39;
post_1_12_0.lo = 0;
post_1_12_0.up = 44;
post_1_12_1.lo = 0;
post_1_12_1.up = 44;
post_1_12_2.lo = 0;
post_1_12_2.up = 44;
post_1_13_0.lo = 0;
post_1_13_0.up = 46;
post_1_13_1.lo = 0;
post_1_13_1.up = 46;
post_1_13_2.lo = 0;
post_1_13_2.up = 46;
post_1_14_0.lo = 0;
post_1_14_0.up = 48;
post_1_14_1.lo = 0;
post_1_14_1.up = 48;
post_1_14_2.lo = 0;
post_1_14_2.up = 48;
out_0_0.lo = -392;
out_0_0.up = 392;
out_1_0.lo = -344;
out_1_0.up = 344;
out_2_0.lo = -296;
out_2_0.up = 296;
out_3_0.lo = -224;
out_3_0.up = 224;
out_4_0.lo = -248;
out_4_0.up = 248;
out_5_0.lo = -272;
out_5_0.up = 272;
out_6_0.lo = -296;
out_6_0.up = 296;
out_7_0.lo = -584;
out_7_0.up = 584;
out_8_0.lo = -872;
out_8_0.up = 872;
out_9_0.lo = -896;
out_9_0.up = 896;
out_10_0.lo = -920;
out_10_0.up = 920;
out_11_0.lo = -944;
out_11_0.up = 944;
out_12_0.lo = -1064;
out_12_0.up = 1064;
out_13_0.lo = -1112;
out_13_0.up = 1112;
out_14_0.lo = -1160;
out_14_0.up = 1160;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
