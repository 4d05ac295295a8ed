* teacher-N48-n2-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N48-n2-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
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
  pre_1_31_0, pre_1_31_1, pre_1_32_0, pre_1_32_1, pre_1_33_0, pre_1_33_1, pre_1_34_0, pre_1_34_1,
  pre_1_35_0, pre_1_35_1, pre_1_36_0, pre_1_36_1, pre_1_37_0, pre_1_37_1, pre_1_38_0, pre_1_38_1,
  pre_1_39_0, pre_1_39_1, pre_1_40_0, pre_1_40_1, pre_1_41_0, pre_1_41_1, pre_1_42_0, pre_1_42_1,
  pre_1_43_0, pre_1_43_1, pre_1_44_0, pre_1_44_1, pre_1_45_0, pre_1_45_1, pre_1_46_0, pre_1_46_1,
  pre_1_47_0, pre_1_47_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1,
  post_1_11_0, post_1_11_1, post_1_12_0, post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1,
  post_1_15_0, post_1_15_1, post_1_16_0, post_1_16_1, post_1_17_0, post_1_17_1, post_1_18_0, post_1_18_1,
  post_1_19_0, post_1_19_1, post_1_20_0, post_1_20_1, post_1_21_0, post_1_21_1, post_1_22_0, post_1_22_1,
  post_1_23_0, post_1_23_1, post_1_24_0, post_1_24_1, post_1_25_0, post_1_25_1, post_1_26_0, post_1_26_1,
  post_1_27_0, post_1_27_1, post_1_28_0, post_1_28_1, post_1_29_0, post_1_29_1, post_1_30_0, post_1_30_1,
  post_1_31_0, post_1_31_1, post_1_32_0, post_1_32_1, post_1_33_0, post_1_33_1, post_1_34_0, post_1_34_1,
  post_1_35_0, post_1_35_1, post_1_36_0, post_1_36_1, post_1_37_0, post_1_37_1, post_1_38_0, post_1_38_1,
  post_1_39_0, post_1_39_1, post_1_40_0, post_1_40_1, post_1_41_0, post_1_41_1, post_1_42_0, post_1_42_1,
  post_1_43_0, post_1_43_1, post_1_44_0, post_1_44_1, post_1_45_0, post_1_45_1, post_1_46_0, post_1_46_1,
  post_1_47_0, post_1_47_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0,
  out_14_0, out_15_0, out_16_0, out_17_0, out_18_0, out_19_0, out_20_0, out_21_0,
  out_22_0, out_23_0, out_24_0, out_25_0, out_26_0, out_27_0, out_28_0, out_29_0,
  out_30_0, out_31_0, out_32_0, out_33_0, out_34_0, out_35_0, out_36_0, out_37_0,
  out_38_0, out_39_0, out_40_0, out_41_0, out_42_0, out_43_0, out_44_0, out_45_0,
  out_46_0, out_47_0;

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
  relu_1_30_0_on_binary_indicator_var, relu_1_30_0_off_binary_indicator_var, relu_1_30_1_on_binary_indicator_var, relu_1_30_1_off_binary_indicator_var, relu_1_31_0_on_binary_indicator_var, relu_1_31_0_off_binary_indicator_var, relu_1_31_1_on_binary_indicator_var, relu_1_31_1_off_binary_indicator_var,
  relu_1_32_0_on_binary_indicator_var, relu_1_32_0_off_binary_indicator_var, relu_1_32_1_on_binary_indicator_var, relu_1_32_1_off_binary_indicator_var, relu_1_33_0_on_binary_indicator_var, relu_1_33_0_off_binary_indicator_var, relu_1_33_1_on_binary_indicator_var, relu_1_33_1_off_binary_indicator_var,
  relu_1_34_0_on_binary_indicator_var, relu_1_34_0_off_binary_indicator_var, relu_1_34_1_on_binary_indicator_var, relu_1_34_1_off_binary_indicator_var, relu_1_35_0_on_binary_indicator_var, relu_1_35_0_off_binary_indicator_var, relu_1_35_1_on_binary_indicator_var, relu_1_35_1_off_binary_indicator_var,
  relu_1_36_0_on_binary_indicator_var, relu_1_36_0_off_binary_indicator_var, relu_1_36_1_on_binary_indicator_var, relu_1_36_1_off_binary_indicator_var, relu_1_37_0_on_binary_indicator_var, relu_1_37_0_off_binary_indicator_var, relu_1_37_1_on_binary_indicator_var, relu_1_37_1_off_binary_indicator_var,
  relu_1_38_0_on_binary_indicator_var, relu_1_38_0_off_binary_indicator_var, relu_1_38_1_on_binary_indicator_var, relu_1_38_1_off_binary_indicator_var, relu_1_39_0_on_binary_indicator_var, relu_1_39_0_off_binary_indicator_var, relu_1_39_1_on_binary_indicator_var, relu_1_39_1_off_binary_indicator_var,
  relu_1_40_0_on_binary_indicator_var, relu_1_40_0_off_binary_indicator_var, relu_1_40_1_on_binary_indicator_var, relu_1_40_1_off_binary_indicator_var, relu_1_41_0_on_binary_indicator_var, relu_1_41_0_off_binary_indicator_var, relu_1_41_1_on_binary_indicator_var, relu_1_41_1_off_binary_indicator_var,
  relu_1_42_0_on_binary_indicator_var, relu_1_42_0_off_binary_indicator_var, relu_1_42_1_on_binary_indicator_var, relu_1_42_1_off_binary_indicator_var, relu_1_43_0_on_binary_indicator_var, relu_1_43_0_off_binary_indicator_var, relu_1_43_1_on_binary_indicator_var, relu_1_43_1_off_binary_indicator_var,
  relu_1_44_0_on_binary_indicator_var, relu_1_44_0_off_binary_indicator_var, relu_1_44_1_on_binary_indicator_var, relu_1_44_1_off_binary_indicator_var, relu_1_45_0_on_binary_indicator_var, relu_1_45_0_off_binary_indicator_var, relu_1_45_1_on_binary_indicator_var, relu_1_45_1_off_binary_indicator_var,
  relu_1_46_0_on_binary_indicator_var, relu_1_46_0_off_binary_indicator_var, relu_1_46_1_on_binary_indicator_var, relu_1_46_1_off_binary_indicator_var, relu_1_47_0_on_binary_indicator_var, relu_1_47_0_off_binary_indicator_var, relu_1_47_1_on_binary_indicator_var, relu_1_47_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_17_0, pre_definition_1_17_1, pre_definition_1_18_0, pre_definition_1_18_1, pre_definition_1_19_0,
  pre_definition_1_19_1, pre_definition_1_20_0, pre_definition_1_20_1, pre_definition_1_21_0, pre_definition_1_21_1, pre_definition_1_22_0, pre_definition_1_22_1, pre_definition_1_23_0,
  pre_definition_1_23_1, pre_definition_1_24_0, pre_definition_1_24_1, pre_definition_1_25_0, pre_definition_1_25_1, pre_definition_1_26_0, pre_definition_1_26_1, pre_definition_1_27_0,
  pre_definition_1_27_1, pre_definition_1_28_0, pre_definition_1_28_1, pre_definition_1_29_0, pre_definition_1_29_1, pre_definition_1_30_0, pre_definition_1_30_1, pre_definition_1_31_0,
  pre_definition_1_31_1, pre_definition_1_32_0, pre_definition_1_32_1, pre_definition_1_33_0, pre_definition_1_33_1, pre_definition_1_34_0, pre_definition_1_34_1, pre_definition_1_35_0,
  pre_definition_1_35_1, pre_definition_1_36_0, pre_definition_1_36_1, pre_definition_1_37_0, pre_definition_1_37_1, pre_definition_1_38_0, pre_definition_1_38_1, pre_definition_1_39_0,
  pre_definition_1_39_1, pre_definition_1_40_0, pre_definition_1_40_1, pre_definition_1_41_0, pre_definition_1_41_1, pre_definition_1_42_0, pre_definition_1_42_1, pre_definition_1_43_0,
  pre_definition_1_43_1, pre_definition_1_44_0, pre_definition_1_44_1, pre_definition_1_45_0, pre_definition_1_45_1, pre_definition_1_46_0, pre_definition_1_46_1, pre_definition_1_47_0,
  pre_definition_1_47_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0, out_definition_19_0, out_definition_20_0, out_definition_21_0, out_definition_22_0,
  out_definition_23_0, out_definition_24_0, out_definition_25_0, out_definition_26_0, out_definition_27_0, out_definition_28_0, out_definition_29_0, out_definition_30_0,
  out_definition_31_0, out_definition_32_0, out_definition_33_0, out_definition_34_0, out_definition_35_0, out_definition_36_0, out_definition_37_0, out_definition_38_0,
  out_definition_39_0, out_definition_40_0, out_definition_41_0, out_definition_42_0, out_definition_43_0, out_definition_44_0, out_definition_45_0, out_definition_46_0,
  out_definition_47_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e147_, e148_, e149_, e150_, e151_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e154_, e155_, e156_, e157_, e158_, relu_1_1_0_above_pre,
  relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e161_, e162_, e163_, e164_, e165_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e168_, e169_, e170_, e171_, e172_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e175_,
  e176_, e177_, e178_, e179_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e182_, e183_,
  e184_, e185_, e186_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e189_, e190_, e191_,
  e192_, e193_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e196_, e197_, e198_, e199_,
  e200_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e203_, e204_, e205_, e206_, e207_,
  relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e210_, e211_, e212_, e213_, e214_, relu_1_5_0_above_pre,
  relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e217_, e218_, e219_, e220_, e221_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor,
  e224_, e225_, e226_, e227_, e228_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e231_,
  e232_, e233_, e234_, e235_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e238_, e239_,
  e240_, e241_, e242_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e245_, e246_, e247_,
  e248_, e249_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e252_, e253_, e254_, e255_,
  e256_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e259_, e260_, e261_, e262_, e263_,
  relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e266_, e267_, e268_, e269_, e270_, relu_1_9_0_above_pre,
  relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e273_, e274_, e275_, e276_, e277_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor,
  e280_, e281_, e282_, e283_, e284_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e287_,
  e288_, e289_, e290_, e291_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e294_, e295_,
  e296_, e297_, e298_, relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e301_, e302_, e303_,
  e304_, e305_, relu_1_11_1_above_pre, relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e308_, e309_, e310_, e311_,
  e312_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e315_, e316_, e317_, e318_, e319_,
  relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e322_, e323_, e324_, e325_, e326_, relu_1_13_0_above_pre,
  relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e329_, e330_, e331_, e332_, e333_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor,
  e336_, e337_, e338_, e339_, e340_, relu_1_14_0_above_pre, relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e343_,
  e344_, e345_, e346_, e347_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor, e350_, e351_,
  e352_, e353_, e354_, relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e357_, e358_, e359_,
  e360_, e361_, relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e364_, e365_, e366_, e367_,
  e368_, relu_1_16_0_above_pre, relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor, e371_, e372_, e373_, e374_, e375_,
  relu_1_16_1_above_pre, relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor, e378_, e379_, e380_, e381_, e382_, relu_1_17_0_above_pre,
  relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor, e385_, e386_, e387_, e388_, e389_, relu_1_17_1_above_pre, relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor,
  e392_, e393_, e394_, e395_, e396_, relu_1_18_0_above_pre, relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor, e399_,
  e400_, e401_, e402_, e403_, relu_1_18_1_above_pre, relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor, e406_, e407_,
  e408_, e409_, e410_, relu_1_19_0_above_pre, relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor, e413_, e414_, e415_,
  e416_, e417_, relu_1_19_1_above_pre, relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor, e420_, e421_, e422_, e423_,
  e424_, relu_1_20_0_above_pre, relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor, e427_, e428_, e429_, e430_, e431_,
  relu_1_20_1_above_pre, relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor, e434_, e435_, e436_, e437_, e438_, relu_1_21_0_above_pre,
  relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor, e441_, e442_, e443_, e444_, e445_, relu_1_21_1_above_pre, relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor,
  e448_, e449_, e450_, e451_, e452_, relu_1_22_0_above_pre, relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor, e455_,
  e456_, e457_, e458_, e459_, relu_1_22_1_above_pre, relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor, e462_, e463_,
  e464_, e465_, e466_, relu_1_23_0_above_pre, relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor, e469_, e470_, e471_,
  e472_, e473_, relu_1_23_1_above_pre, relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor, e476_, e477_, e478_, e479_,
  e480_, relu_1_24_0_above_pre, relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor, e483_, e484_, e485_, e486_, e487_,
  relu_1_24_1_above_pre, relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor, e490_, e491_, e492_, e493_, e494_, relu_1_25_0_above_pre,
  relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor, e497_, e498_, e499_, e500_, e501_, relu_1_25_1_above_pre, relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor,
  e504_, e505_, e506_, e507_, e508_, relu_1_26_0_above_pre, relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor, e511_,
  e512_, e513_, e514_, e515_, relu_1_26_1_above_pre, relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor, e518_, e519_,
  e520_, e521_, e522_, relu_1_27_0_above_pre, relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor, e525_, e526_, e527_,
  e528_, e529_, relu_1_27_1_above_pre, relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor, e532_, e533_, e534_, e535_,
  e536_, relu_1_28_0_above_pre, relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor, e539_, e540_, e541_, e542_, e543_,
  relu_1_28_1_above_pre, relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor, e546_, e547_, e548_, e549_, e550_, relu_1_29_0_above_pre,
  relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor, e553_, e554_, e555_, e556_, e557_, relu_1_29_1_above_pre, relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor,
  e560_, e561_, e562_, e563_, e564_, relu_1_30_0_above_pre, relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor, e567_,
  e568_, e569_, e570_, e571_, relu_1_30_1_above_pre, relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor, e574_, e575_,
  e576_, e577_, e578_, relu_1_31_0_above_pre, relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor, e581_, e582_, e583_,
  e584_, e585_, relu_1_31_1_above_pre, relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor, e588_, e589_, e590_, e591_,
  e592_, relu_1_32_0_above_pre, relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor, e595_, e596_, e597_, e598_, e599_,
  relu_1_32_1_above_pre, relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor, e602_, e603_, e604_, e605_, e606_, relu_1_33_0_above_pre,
  relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor, e609_, e610_, e611_, e612_, e613_, relu_1_33_1_above_pre, relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor,
  e616_, e617_, e618_, e619_, e620_, relu_1_34_0_above_pre, relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor, e623_,
  e624_, e625_, e626_, e627_, relu_1_34_1_above_pre, relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor, e630_, e631_,
  e632_, e633_, e634_, relu_1_35_0_above_pre, relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor, e637_, e638_, e639_,
  e640_, e641_, relu_1_35_1_above_pre, relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor, e644_, e645_, e646_, e647_,
  e648_, relu_1_36_0_above_pre, relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor, e651_, e652_, e653_, e654_, e655_,
  relu_1_36_1_above_pre, relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor, e658_, e659_, e660_, e661_, e662_, relu_1_37_0_above_pre,
  relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor, e665_, e666_, e667_, e668_, e669_, relu_1_37_1_above_pre, relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor,
  e672_, e673_, e674_, e675_, e676_, relu_1_38_0_above_pre, relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor, e679_,
  e680_, e681_, e682_, e683_, relu_1_38_1_above_pre, relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor, e686_, e687_,
  e688_, e689_, e690_, relu_1_39_0_above_pre, relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor, e693_, e694_, e695_,
  e696_, e697_, relu_1_39_1_above_pre, relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor, e700_, e701_, e702_, e703_,
  e704_, relu_1_40_0_above_pre, relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor, e707_, e708_, e709_, e710_, e711_,
  relu_1_40_1_above_pre, relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor, e714_, e715_, e716_, e717_, e718_, relu_1_41_0_above_pre,
  relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor, e721_, e722_, e723_, e724_, e725_, relu_1_41_1_above_pre, relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor,
  e728_, e729_, e730_, e731_, e732_, relu_1_42_0_above_pre, relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor, e735_,
  e736_, e737_, e738_, e739_, relu_1_42_1_above_pre, relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor, e742_, e743_,
  e744_, e745_, e746_, relu_1_43_0_above_pre, relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor, e749_, e750_, e751_,
  e752_, e753_, relu_1_43_1_above_pre, relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor, e756_, e757_, e758_, e759_,
  e760_, relu_1_44_0_above_pre, relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor, e763_, e764_, e765_, e766_, e767_,
  relu_1_44_1_above_pre, relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor, e770_, e771_, e772_, e773_, e774_, relu_1_45_0_above_pre,
  relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor, e777_, e778_, e779_, e780_, e781_, relu_1_45_1_above_pre, relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor,
  e784_, e785_, e786_, e787_, e788_, relu_1_46_0_above_pre, relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor, e791_,
  e792_, e793_, e794_, e795_, relu_1_46_1_above_pre, relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor, e798_, e799_,
  e800_, e801_, e802_, relu_1_47_0_above_pre, relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor, e805_, e806_, e807_,
  e808_, e809_, relu_1_47_1_above_pre, relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor, e812_, e813_, e814_, e815_,
  e816_;

e_obj.. - objvar - 0.20447926512633766*out_0_0 - 1.32123020367463*out_1_0 - 1.1227260595458866*out_2_0 - 0.7404403904721589*out_3_0 - 1.6978010308022191*out_4_0 - 1.8844066782489128*out_5_0 - 1.452383503870018*out_6_0
    - 0.6193679171276341*out_7_0 - 0.31230716390702784*out_8_0 - 0.4660900630160964*out_9_0 - 0.6129692689883264*out_10_0 - 2.2907924446652013*out_11_0 - 0.6713449700487438*out_12_0 - 1.7899590524965578*out_13_0 - 0.5074957024745521*out_14_0
    - 1.4196779829758215*out_15_0 - 1.4866954290437535*out_16_0 - 1.8273762536598148*out_17_0 - 1.3932950518239888*out_18_0 - 1.9377079082754642*out_19_0 - 0.12135658923052045*out_20_0 - 0.7346959254972918*out_21_0 - 2.0418491692987253*out_22_0
    - 1.5304117775821724*out_23_0 - 1.4050154518412217*out_24_0 - 1.943175795239524*out_25_0 - 2.3185792283400195*out_26_0 - 1.3107647733595815*out_27_0 - 1.654999585448382*out_28_0 - 0.9218616467530556*out_29_0 - 1.756888298258106*out_30_0
    - 0.7058778454082554*out_31_0 - 0.7563841815552593*out_32_0 - 1.3279325111113212*out_33_0 - 0.611136195329929*out_34_0 - 0.22572811438166385*out_35_0 - 1.3854822054718627*out_36_0 - 1.037595220008699*out_37_0 - 0.49836148569235866*out_38_0
    - 1.481370477664666*out_39_0 - 0.4039291367201674*out_40_0 - 1.6362328672141446*out_41_0 - 0.2659338322089262*out_42_0 - 0.9169347375549701*out_43_0 - 0.37724728572940897*out_44_0 - 0.614160407346623*out_45_0 - 1.149641210257304*out_46_0
    - 1.033948514855577*out_47_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0) + 1*sqr(out_19_0) + 1*sqr(out_20_0) + 1*sqr(out_21_0) + 1*sqr(out_22_0)
    + 1*sqr(out_23_0) + 1*sqr(out_24_0) + 1*sqr(out_25_0) + 1*sqr(out_26_0) + 1*sqr(out_27_0) + 1*sqr(out_28_0) + 1*sqr(out_29_0) + 1*sqr(out_30_0)
    + 1*sqr(out_31_0) + 1*sqr(out_32_0) + 1*sqr(out_33_0) + 1*sqr(out_34_0) + 1*sqr(out_35_0) + 1*sqr(out_36_0) + 1*sqr(out_37_0) + 1*sqr(out_38_0)
    + 1*sqr(out_39_0) + 1*sqr(out_40_0) + 1*sqr(out_41_0) + 1*sqr(out_42_0) + 1*sqr(out_43_0) + 1*sqr(out_44_0) + 1*sqr(out_45_0) + 1*sqr(out_46_0)
    + 1*sqr(out_47_0) + 19.394712738769016 =e= 0;
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
pre_definition_1_32_0.. - 0.9091809873814745*w_1_0_0 + 0.00020837262470596585*w_1_0_1 - 1*b_1_0 + 1*pre_1_32_0 =e= 0;
pre_definition_1_32_1.. - 0.9091809873814745*w_1_1_0 + 0.00020837262470596585*w_1_1_1 - 1*b_1_1 + 1*pre_1_32_1 =e= 0;
pre_definition_1_33_0.. + 0.14954275030184894*w_1_0_0 - 0.24042690403075562*w_1_0_1 - 1*b_1_0 + 1*pre_1_33_0 =e= 0;
pre_definition_1_33_1.. + 0.14954275030184894*w_1_1_0 - 0.24042690403075562*w_1_1_1 - 1*b_1_1 + 1*pre_1_33_1 =e= 0;
pre_definition_1_34_0.. - 0.9901930104706482*w_1_0_0 - 0.8978873498755306*w_1_0_1 - 1*b_1_0 + 1*pre_1_34_0 =e= 0;
pre_definition_1_34_1.. - 0.9901930104706482*w_1_1_0 - 0.8978873498755306*w_1_1_1 - 1*b_1_1 + 1*pre_1_34_1 =e= 0;
pre_definition_1_35_0.. + 0.07990972138180785*w_1_0_0 - 0.5154576906165829*w_1_0_1 - 1*b_1_0 + 1*pre_1_35_0 =e= 0;
pre_definition_1_35_1.. + 0.07990972138180785*w_1_1_0 - 0.5154576906165829*w_1_1_1 - 1*b_1_1 + 1*pre_1_35_1 =e= 0;
pre_definition_1_36_0.. + 0.005154609024762058*w_1_0_0 - 0.05862432039354082*w_1_0_1 - 1*b_1_0 + 1*pre_1_36_0 =e= 0;
pre_definition_1_36_1.. + 0.005154609024762058*w_1_1_0 - 0.05862432039354082*w_1_1_1 - 1*b_1_1 + 1*pre_1_36_1 =e= 0;
pre_definition_1_37_0.. - 0.571571401427615*w_1_0_0 + 0.17068830128865842*w_1_0_1 - 1*b_1_0 + 1*pre_1_37_0 =e= 0;
pre_definition_1_37_1.. - 0.571571401427615*w_1_1_0 + 0.17068830128865842*w_1_1_1 - 1*b_1_1 + 1*pre_1_37_1 =e= 0;
pre_definition_1_38_0.. - 0.4689671435774587*w_1_0_0 - 0.4222857559794997*w_1_0_1 - 1*b_1_0 + 1*pre_1_38_0 =e= 0;
pre_definition_1_38_1.. - 0.4689671435774587*w_1_1_0 - 0.4222857559794997*w_1_1_1 - 1*b_1_1 + 1*pre_1_38_1 =e= 0;
pre_definition_1_39_0.. - 0.8641193732267565*w_1_0_0 + 0.7701347334381896*w_1_0_1 - 1*b_1_0 + 1*pre_1_39_0 =e= 0;
pre_definition_1_39_1.. - 0.8641193732267565*w_1_1_0 + 0.7701347334381896*w_1_1_1 - 1*b_1_1 + 1*pre_1_39_1 =e= 0;
pre_definition_1_40_0.. - 0.4580302341526188*w_1_0_0 - 0.8548478572491198*w_1_0_1 - 1*b_1_0 + 1*pre_1_40_0 =e= 0;
pre_definition_1_40_1.. - 0.4580302341526188*w_1_1_0 - 0.8548478572491198*w_1_1_1 - 1*b_1_1 + 1*pre_1_40_1 =e= 0;
pre_definition_1_41_0.. - 0.9358523798492928*w_1_0_0 + 0.9705873900692614*w_1_0_1 - 1*b_1_0 + 1*pre_1_41_0 =e= 0;
pre_definition_1_41_1.. - 0.9358523798492928*w_1_1_0 + 0.9705873900692614*w_1_1_1 - 1*b_1_1 + 1*pre_1_41_1 =e= 0;
pre_definition_1_42_0.. - 0.7272801804911515*w_1_0_0 - 0.9623900801326886*w_1_0_1 - 1*b_1_0 + 1*pre_1_42_0 =e= 0;
pre_definition_1_42_1.. - 0.7272801804911515*w_1_1_0 - 0.9623900801326886*w_1_1_1 - 1*b_1_1 + 1*pre_1_42_1 =e= 0;
pre_definition_1_43_0.. - 0.9144203592219271*w_1_0_0 + 0.7024719755350042*w_1_0_1 - 1*b_1_0 + 1*pre_1_43_0 =e= 0;
pre_definition_1_43_1.. - 0.9144203592219271*w_1_1_0 + 0.7024719755350042*w_1_1_1 - 1*b_1_1 + 1*pre_1_43_1 =e= 0;
pre_definition_1_44_0.. - 0.9452576276459099*w_1_0_0 - 0.7798711114410413*w_1_0_1 - 1*b_1_0 + 1*pre_1_44_0 =e= 0;
pre_definition_1_44_1.. - 0.9452576276459099*w_1_1_0 - 0.7798711114410413*w_1_1_1 - 1*b_1_1 + 1*pre_1_44_1 =e= 0;
pre_definition_1_45_0.. - 0.6447476550861408*w_1_0_0 + 0.040024152384335654*w_1_0_1 - 1*b_1_0 + 1*pre_1_45_0 =e= 0;
pre_definition_1_45_1.. - 0.6447476550861408*w_1_1_0 + 0.040024152384335654*w_1_1_1 - 1*b_1_1 + 1*pre_1_45_1 =e= 0;
pre_definition_1_46_0.. + 0.5352541607213923*w_1_0_0 - 0.6037611574366157*w_1_0_1 - 1*b_1_0 + 1*pre_1_46_0 =e= 0;
pre_definition_1_46_1.. + 0.5352541607213923*w_1_1_0 - 0.6037611574366157*w_1_1_1 - 1*b_1_1 + 1*pre_1_46_1 =e= 0;
pre_definition_1_47_0.. - 0.8470603195669391*w_1_0_0 + 0.46773945541541484*w_1_0_1 - 1*b_1_0 + 1*pre_1_47_0 =e= 0;
pre_definition_1_47_1.. - 0.8470603195669391*w_1_1_0 + 0.46773945541541484*w_1_1_1 - 1*b_1_1 + 1*pre_1_47_1 =e= 0;
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
out_definition_32_0.. - 1*b_2_0 + 1*out_32_0 - 1*w_2_0_0*post_1_32_0 - 1*w_2_0_1*post_1_32_1 =e= 0;
out_definition_33_0.. - 1*b_2_0 + 1*out_33_0 - 1*w_2_0_0*post_1_33_0 - 1*w_2_0_1*post_1_33_1 =e= 0;
out_definition_34_0.. - 1*b_2_0 + 1*out_34_0 - 1*w_2_0_0*post_1_34_0 - 1*w_2_0_1*post_1_34_1 =e= 0;
out_definition_35_0.. - 1*b_2_0 + 1*out_35_0 - 1*w_2_0_0*post_1_35_0 - 1*w_2_0_1*post_1_35_1 =e= 0;
out_definition_36_0.. - 1*b_2_0 + 1*out_36_0 - 1*w_2_0_0*post_1_36_0 - 1*w_2_0_1*post_1_36_1 =e= 0;
out_definition_37_0.. - 1*b_2_0 + 1*out_37_0 - 1*w_2_0_0*post_1_37_0 - 1*w_2_0_1*post_1_37_1 =e= 0;
out_definition_38_0.. - 1*b_2_0 + 1*out_38_0 - 1*w_2_0_0*post_1_38_0 - 1*w_2_0_1*post_1_38_1 =e= 0;
out_definition_39_0.. - 1*b_2_0 + 1*out_39_0 - 1*w_2_0_0*post_1_39_0 - 1*w_2_0_1*post_1_39_1 =e= 0;
out_definition_40_0.. - 1*b_2_0 + 1*out_40_0 - 1*w_2_0_0*post_1_40_0 - 1*w_2_0_1*post_1_40_1 =e= 0;
out_definition_41_0.. - 1*b_2_0 + 1*out_41_0 - 1*w_2_0_0*post_1_41_0 - 1*w_2_0_1*post_1_41_1 =e= 0;
out_definition_42_0.. - 1*b_2_0 + 1*out_42_0 - 1*w_2_0_0*post_1_42_0 - 1*w_2_0_1*post_1_42_1 =e= 0;
out_definition_43_0.. - 1*b_2_0 + 1*out_43_0 - 1*w_2_0_0*post_1_43_0 - 1*w_2_0_1*post_1_43_1 =e= 0;
out_definition_44_0.. - 1*b_2_0 + 1*out_44_0 - 1*w_2_0_0*post_1_44_0 - 1*w_2_0_1*post_1_44_1 =e= 0;
out_definition_45_0.. - 1*b_2_0 + 1*out_45_0 - 1*w_2_0_0*post_1_45_0 - 1*w_2_0_1*post_1_45_1 =e= 0;
out_definition_46_0.. - 1*b_2_0 + 1*out_46_0 - 1*w_2_0_0*post_1_46_0 - 1*w_2_0_1*post_1_46_1 =e= 0;
out_definition_47_0.. - 1*b_2_0 + 1*out_47_0 - 1*w_2_0_0*post_1_47_0 - 1*w_2_0_1*post_1_47_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e147_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.5055558674558025*relu_1_0_0_on_binary_indicator_var =g= -7.5055558674558025;
e148_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 15.011111734911605*relu_1_0_0_on_binary_indicator_var =l= 15.011111734911605;
e149_.. + 1*post_1_0_0 =g= 0;
e150_.. + 1*post_1_0_0 + 7.5055558674558025*relu_1_0_0_off_binary_indicator_var =l= 7.5055558674558025;
e151_.. + 1*pre_1_0_0 + 7.5055558674558025*relu_1_0_0_off_binary_indicator_var =l= 7.5055558674558025;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e154_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.5055558674558025*relu_1_0_1_on_binary_indicator_var =g= -7.5055558674558025;
e155_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 15.011111734911605*relu_1_0_1_on_binary_indicator_var =l= 15.011111734911605;
e156_.. + 1*post_1_0_1 =g= 0;
e157_.. + 1*post_1_0_1 + 7.5055558674558025*relu_1_0_1_off_binary_indicator_var =l= 7.5055558674558025;
e158_.. + 1*pre_1_0_1 + 7.5055558674558025*relu_1_0_1_off_binary_indicator_var =l= 7.5055558674558025;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e161_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 8.127994658504527*relu_1_1_0_on_binary_indicator_var =g= -8.127994658504527;
e162_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 16.255989317009053*relu_1_1_0_on_binary_indicator_var =l= 16.255989317009053;
e163_.. + 1*post_1_1_0 =g= 0;
e164_.. + 1*post_1_1_0 + 8.127994658504527*relu_1_1_0_off_binary_indicator_var =l= 8.127994658504527;
e165_.. + 1*pre_1_1_0 + 8.127994658504527*relu_1_1_0_off_binary_indicator_var =l= 8.127994658504527;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e168_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 8.127994658504527*relu_1_1_1_on_binary_indicator_var =g= -8.127994658504527;
e169_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 16.255989317009053*relu_1_1_1_on_binary_indicator_var =l= 16.255989317009053;
e170_.. + 1*post_1_1_1 =g= 0;
e171_.. + 1*post_1_1_1 + 8.127994658504527*relu_1_1_1_off_binary_indicator_var =l= 8.127994658504527;
e172_.. + 1*pre_1_1_1 + 8.127994658504527*relu_1_1_1_off_binary_indicator_var =l= 8.127994658504527;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e175_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 7.176419226746878*relu_1_2_0_on_binary_indicator_var =g= -7.176419226746878;
e176_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 14.352838453493757*relu_1_2_0_on_binary_indicator_var =l= 14.352838453493757;
e177_.. + 1*post_1_2_0 =g= 0;
e178_.. + 1*post_1_2_0 + 7.176419226746878*relu_1_2_0_off_binary_indicator_var =l= 7.176419226746878;
e179_.. + 1*pre_1_2_0 + 7.176419226746878*relu_1_2_0_off_binary_indicator_var =l= 7.176419226746878;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e182_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 7.176419226746878*relu_1_2_1_on_binary_indicator_var =g= -7.176419226746878;
e183_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 14.352838453493757*relu_1_2_1_on_binary_indicator_var =l= 14.352838453493757;
e184_.. + 1*post_1_2_1 =g= 0;
e185_.. + 1*post_1_2_1 + 7.176419226746878*relu_1_2_1_off_binary_indicator_var =l= 7.176419226746878;
e186_.. + 1*pre_1_2_1 + 7.176419226746878*relu_1_2_1_off_binary_indicator_var =l= 7.176419226746878;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e189_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 7.125139810483965*relu_1_3_0_on_binary_indicator_var =g= -7.125139810483965;
e190_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 14.25027962096793*relu_1_3_0_on_binary_indicator_var =l= 14.25027962096793;
e191_.. + 1*post_1_3_0 =g= 0;
e192_.. + 1*post_1_3_0 + 7.125139810483965*relu_1_3_0_off_binary_indicator_var =l= 7.125139810483965;
e193_.. + 1*pre_1_3_0 + 7.125139810483965*relu_1_3_0_off_binary_indicator_var =l= 7.125139810483965;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e196_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 7.125139810483965*relu_1_3_1_on_binary_indicator_var =g= -7.125139810483965;
e197_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 14.25027962096793*relu_1_3_1_on_binary_indicator_var =l= 14.25027962096793;
e198_.. + 1*post_1_3_1 =g= 0;
e199_.. + 1*post_1_3_1 + 7.125139810483965*relu_1_3_1_off_binary_indicator_var =l= 7.125139810483965;
e200_.. + 1*pre_1_3_1 + 7.125139810483965*relu_1_3_1_off_binary_indicator_var =l= 7.125139810483965;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e203_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4.450495978270242*relu_1_4_0_on_binary_indicator_var =g= -4.450495978270242;
e204_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 8.900991956540484*relu_1_4_0_on_binary_indicator_var =l= 8.900991956540484;
e205_.. + 1*post_1_4_0 =g= 0;
e206_.. + 1*post_1_4_0 + 4.450495978270242*relu_1_4_0_off_binary_indicator_var =l= 4.450495978270242;
e207_.. + 1*pre_1_4_0 + 4.450495978270242*relu_1_4_0_off_binary_indicator_var =l= 4.450495978270242;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e210_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4.450495978270242*relu_1_4_1_on_binary_indicator_var =g= -4.450495978270242;
e211_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 8.900991956540484*relu_1_4_1_on_binary_indicator_var =l= 8.900991956540484;
e212_.. + 1*post_1_4_1 =g= 0;
e213_.. + 1*post_1_4_1 + 4.450495978270242*relu_1_4_1_off_binary_indicator_var =l= 4.450495978270242;
e214_.. + 1*pre_1_4_1 + 4.450495978270242*relu_1_4_1_off_binary_indicator_var =l= 4.450495978270242;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e217_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 6.293958645941272*relu_1_5_0_on_binary_indicator_var =g= -6.293958645941272;
e218_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 12.587917291882544*relu_1_5_0_on_binary_indicator_var =l= 12.587917291882544;
e219_.. + 1*post_1_5_0 =g= 0;
e220_.. + 1*post_1_5_0 + 6.293958645941272*relu_1_5_0_off_binary_indicator_var =l= 6.293958645941272;
e221_.. + 1*pre_1_5_0 + 6.293958645941272*relu_1_5_0_off_binary_indicator_var =l= 6.293958645941272;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e224_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 6.293958645941272*relu_1_5_1_on_binary_indicator_var =g= -6.293958645941272;
e225_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 12.587917291882544*relu_1_5_1_on_binary_indicator_var =l= 12.587917291882544;
e226_.. + 1*post_1_5_1 =g= 0;
e227_.. + 1*post_1_5_1 + 6.293958645941272*relu_1_5_1_off_binary_indicator_var =l= 6.293958645941272;
e228_.. + 1*pre_1_5_1 + 6.293958645941272*relu_1_5_1_off_binary_indicator_var =l= 6.293958645941272;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e231_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.278046829164398*relu_1_6_0_on_binary_indicator_var =g= -6.278046829164398;
e232_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 12.556093658328797*relu_1_6_0_on_binary_indicator_var =l= 12.556093658328797;
e233_.. + 1*post_1_6_0 =g= 0;
e234_.. + 1*post_1_6_0 + 6.278046829164398*relu_1_6_0_off_binary_indicator_var =l= 6.278046829164398;
e235_.. + 1*pre_1_6_0 + 6.278046829164398*relu_1_6_0_off_binary_indicator_var =l= 6.278046829164398;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e238_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.278046829164398*relu_1_6_1_on_binary_indicator_var =g= -6.278046829164398;
e239_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 12.556093658328797*relu_1_6_1_on_binary_indicator_var =l= 12.556093658328797;
e240_.. + 1*post_1_6_1 =g= 0;
e241_.. + 1*post_1_6_1 + 6.278046829164398*relu_1_6_1_off_binary_indicator_var =l= 6.278046829164398;
e242_.. + 1*pre_1_6_1 + 6.278046829164398*relu_1_6_1_off_binary_indicator_var =l= 6.278046829164398;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e245_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 4.575447738333024*relu_1_7_0_on_binary_indicator_var =g= -4.575447738333024;
e246_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 9.150895476666047*relu_1_7_0_on_binary_indicator_var =l= 9.150895476666047;
e247_.. + 1*post_1_7_0 =g= 0;
e248_.. + 1*post_1_7_0 + 4.575447738333024*relu_1_7_0_off_binary_indicator_var =l= 4.575447738333024;
e249_.. + 1*pre_1_7_0 + 4.575447738333024*relu_1_7_0_off_binary_indicator_var =l= 4.575447738333024;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e252_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 4.575447738333024*relu_1_7_1_on_binary_indicator_var =g= -4.575447738333024;
e253_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 9.150895476666047*relu_1_7_1_on_binary_indicator_var =l= 9.150895476666047;
e254_.. + 1*post_1_7_1 =g= 0;
e255_.. + 1*post_1_7_1 + 4.575447738333024*relu_1_7_1_off_binary_indicator_var =l= 4.575447738333024;
e256_.. + 1*pre_1_7_1 + 4.575447738333024*relu_1_7_1_off_binary_indicator_var =l= 4.575447738333024;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e259_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 6.681194289163965*relu_1_8_0_on_binary_indicator_var =g= -6.681194289163965;
e260_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 13.36238857832793*relu_1_8_0_on_binary_indicator_var =l= 13.36238857832793;
e261_.. + 1*post_1_8_0 =g= 0;
e262_.. + 1*post_1_8_0 + 6.681194289163965*relu_1_8_0_off_binary_indicator_var =l= 6.681194289163965;
e263_.. + 1*pre_1_8_0 + 6.681194289163965*relu_1_8_0_off_binary_indicator_var =l= 6.681194289163965;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e266_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 6.681194289163965*relu_1_8_1_on_binary_indicator_var =g= -6.681194289163965;
e267_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 13.36238857832793*relu_1_8_1_on_binary_indicator_var =l= 13.36238857832793;
e268_.. + 1*post_1_8_1 =g= 0;
e269_.. + 1*post_1_8_1 + 6.681194289163965*relu_1_8_1_off_binary_indicator_var =l= 6.681194289163965;
e270_.. + 1*pre_1_8_1 + 6.681194289163965*relu_1_8_1_off_binary_indicator_var =l= 6.681194289163965;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e273_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 6.998263939541548*relu_1_9_0_on_binary_indicator_var =g= -6.998263939541548;
e274_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 13.996527879083096*relu_1_9_0_on_binary_indicator_var =l= 13.996527879083096;
e275_.. + 1*post_1_9_0 =g= 0;
e276_.. + 1*post_1_9_0 + 6.998263939541548*relu_1_9_0_off_binary_indicator_var =l= 6.998263939541548;
e277_.. + 1*pre_1_9_0 + 6.998263939541548*relu_1_9_0_off_binary_indicator_var =l= 6.998263939541548;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e280_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 6.998263939541548*relu_1_9_1_on_binary_indicator_var =g= -6.998263939541548;
e281_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 13.996527879083096*relu_1_9_1_on_binary_indicator_var =l= 13.996527879083096;
e282_.. + 1*post_1_9_1 =g= 0;
e283_.. + 1*post_1_9_1 + 6.998263939541548*relu_1_9_1_off_binary_indicator_var =l= 6.998263939541548;
e284_.. + 1*pre_1_9_1 + 6.998263939541548*relu_1_9_1_off_binary_indicator_var =l= 6.998263939541548;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e287_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 5.033436041032538*relu_1_10_0_on_binary_indicator_var =g= -5.033436041032538;
e288_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 10.066872082065077*relu_1_10_0_on_binary_indicator_var =l= 10.066872082065077;
e289_.. + 1*post_1_10_0 =g= 0;
e290_.. + 1*post_1_10_0 + 5.033436041032538*relu_1_10_0_off_binary_indicator_var =l= 5.033436041032538;
e291_.. + 1*pre_1_10_0 + 5.033436041032538*relu_1_10_0_off_binary_indicator_var =l= 5.033436041032538;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e294_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 5.033436041032538*relu_1_10_1_on_binary_indicator_var =g= -5.033436041032538;
e295_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 10.066872082065077*relu_1_10_1_on_binary_indicator_var =l= 10.066872082065077;
e296_.. + 1*post_1_10_1 =g= 0;
e297_.. + 1*post_1_10_1 + 5.033436041032538*relu_1_10_1_off_binary_indicator_var =l= 5.033436041032538;
e298_.. + 1*pre_1_10_1 + 5.033436041032538*relu_1_10_1_off_binary_indicator_var =l= 5.033436041032538;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e301_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 5.85589242599091*relu_1_11_0_on_binary_indicator_var =g= -5.85589242599091;
e302_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 11.71178485198182*relu_1_11_0_on_binary_indicator_var =l= 11.71178485198182;
e303_.. + 1*post_1_11_0 =g= 0;
e304_.. + 1*post_1_11_0 + 5.85589242599091*relu_1_11_0_off_binary_indicator_var =l= 5.85589242599091;
e305_.. + 1*pre_1_11_0 + 5.85589242599091*relu_1_11_0_off_binary_indicator_var =l= 5.85589242599091;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e308_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 5.85589242599091*relu_1_11_1_on_binary_indicator_var =g= -5.85589242599091;
e309_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 11.71178485198182*relu_1_11_1_on_binary_indicator_var =l= 11.71178485198182;
e310_.. + 1*post_1_11_1 =g= 0;
e311_.. + 1*post_1_11_1 + 5.85589242599091*relu_1_11_1_off_binary_indicator_var =l= 5.85589242599091;
e312_.. + 1*pre_1_11_1 + 5.85589242599091*relu_1_11_1_off_binary_indicator_var =l= 5.85589242599091;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e315_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 4.481055976018846*relu_1_12_0_on_binary_indicator_var =g= -4.481055976018846;
e316_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 8.962111952037692*relu_1_12_0_on_binary_indicator_var =l= 8.962111952037692;
e317_.. + 1*post_1_12_0 =g= 0;
e318_.. + 1*post_1_12_0 + 4.481055976018846*relu_1_12_0_off_binary_indicator_var =l= 4.481055976018846;
e319_.. + 1*pre_1_12_0 + 4.481055976018846*relu_1_12_0_off_binary_indicator_var =l= 4.481055976018846;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e322_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 4.481055976018846*relu_1_12_1_on_binary_indicator_var =g= -4.481055976018846;
e323_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 8.962111952037692*relu_1_12_1_on_binary_indicator_var =l= 8.962111952037692;
e324_.. + 1*post_1_12_1 =g= 0;
e325_.. + 1*post_1_12_1 + 4.481055976018846*relu_1_12_1_off_binary_indicator_var =l= 4.481055976018846;
e326_.. + 1*pre_1_12_1 + 4.481055976018846*relu_1_12_1_off_binary_indicator_var =l= 4.481055976018846;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e329_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 4.223536593655531*relu_1_13_0_on_binary_indicator_var =g= -4.223536593655531;
e330_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 8.447073187311062*relu_1_13_0_on_binary_indicator_var =l= 8.447073187311062;
e331_.. + 1*post_1_13_0 =g= 0;
e332_.. + 1*post_1_13_0 + 4.223536593655531*relu_1_13_0_off_binary_indicator_var =l= 4.223536593655531;
e333_.. + 1*pre_1_13_0 + 4.223536593655531*relu_1_13_0_off_binary_indicator_var =l= 4.223536593655531;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e336_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 4.223536593655531*relu_1_13_1_on_binary_indicator_var =g= -4.223536593655531;
e337_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 8.447073187311062*relu_1_13_1_on_binary_indicator_var =l= 8.447073187311062;
e338_.. + 1*post_1_13_1 =g= 0;
e339_.. + 1*post_1_13_1 + 4.223536593655531*relu_1_13_1_off_binary_indicator_var =l= 4.223536593655531;
e340_.. + 1*pre_1_13_1 + 4.223536593655531*relu_1_13_1_off_binary_indicator_var =l= 4.223536593655531;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e343_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 7.9411881018315*relu_1_14_0_on_binary_indicator_var =g= -7.9411881018315;
e344_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 15.882376203663*relu_1_14_0_on_binary_indicator_var =l= 15.882376203663;
e345_.. + 1*post_1_14_0 =g= 0;
e346_.. + 1*post_1_14_0 + 7.9411881018315*relu_1_14_0_off_binary_indicator_var =l= 7.9411881018315;
e347_.. + 1*pre_1_14_0 + 7.9411881018315*relu_1_14_0_off_binary_indicator_var =l= 7.9411881018315;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e350_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 7.9411881018315*relu_1_14_1_on_binary_indicator_var =g= -7.9411881018315;
e351_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 15.882376203663*relu_1_14_1_on_binary_indicator_var =l= 15.882376203663;
e352_.. + 1*post_1_14_1 =g= 0;
e353_.. + 1*post_1_14_1 + 7.9411881018315*relu_1_14_1_off_binary_indicator_var =l= 7.9411881018315;
e354_.. + 1*pre_1_14_1 + 7.9411881018315*relu_1_14_1_off_binary_indicator_var =l= 7.9411881018315;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e357_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 4.282407804124144*relu_1_15_0_on_binary_indicator_var =g= -4.282407804124144;
e358_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 8.564815608248288*relu_1_15_0_on_binary_indicator_var =l= 8.564815608248288;
e359_.. + 1*post_1_15_0 =g= 0;
e360_.. + 1*post_1_15_0 + 4.282407804124144*relu_1_15_0_off_binary_indicator_var =l= 4.282407804124144;
e361_.. + 1*pre_1_15_0 + 4.282407804124144*relu_1_15_0_off_binary_indicator_var =l= 4.282407804124144;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e364_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 4.282407804124144*relu_1_15_1_on_binary_indicator_var =g= -4.282407804124144;
e365_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 8.564815608248288*relu_1_15_1_on_binary_indicator_var =l= 8.564815608248288;
e366_.. + 1*post_1_15_1 =g= 0;
e367_.. + 1*post_1_15_1 + 4.282407804124144*relu_1_15_1_off_binary_indicator_var =l= 4.282407804124144;
e368_.. + 1*pre_1_15_1 + 4.282407804124144*relu_1_15_1_off_binary_indicator_var =l= 4.282407804124144;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_0_on_binary_indicator_var + 1*relu_1_16_0_off_binary_indicator_var =e= 1;
e371_.. - 1*pre_1_16_0 + 1*post_1_16_0 - 4.634583834742528*relu_1_16_0_on_binary_indicator_var =g= -4.634583834742528;
e372_.. - 1*pre_1_16_0 + 1*post_1_16_0 + 9.269167669485055*relu_1_16_0_on_binary_indicator_var =l= 9.269167669485055;
e373_.. + 1*post_1_16_0 =g= 0;
e374_.. + 1*post_1_16_0 + 4.634583834742528*relu_1_16_0_off_binary_indicator_var =l= 4.634583834742528;
e375_.. + 1*pre_1_16_0 + 4.634583834742528*relu_1_16_0_off_binary_indicator_var =l= 4.634583834742528;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_1_on_binary_indicator_var + 1*relu_1_16_1_off_binary_indicator_var =e= 1;
e378_.. - 1*pre_1_16_1 + 1*post_1_16_1 - 4.634583834742528*relu_1_16_1_on_binary_indicator_var =g= -4.634583834742528;
e379_.. - 1*pre_1_16_1 + 1*post_1_16_1 + 9.269167669485055*relu_1_16_1_on_binary_indicator_var =l= 9.269167669485055;
e380_.. + 1*post_1_16_1 =g= 0;
e381_.. + 1*post_1_16_1 + 4.634583834742528*relu_1_16_1_off_binary_indicator_var =l= 4.634583834742528;
e382_.. + 1*pre_1_16_1 + 4.634583834742528*relu_1_16_1_off_binary_indicator_var =l= 4.634583834742528;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_0_on_binary_indicator_var + 1*relu_1_17_0_off_binary_indicator_var =e= 1;
e385_.. - 1*pre_1_17_0 + 1*post_1_17_0 - 4.622818643788233*relu_1_17_0_on_binary_indicator_var =g= -4.622818643788233;
e386_.. - 1*pre_1_17_0 + 1*post_1_17_0 + 9.245637287576466*relu_1_17_0_on_binary_indicator_var =l= 9.245637287576466;
e387_.. + 1*post_1_17_0 =g= 0;
e388_.. + 1*post_1_17_0 + 4.622818643788233*relu_1_17_0_off_binary_indicator_var =l= 4.622818643788233;
e389_.. + 1*pre_1_17_0 + 4.622818643788233*relu_1_17_0_off_binary_indicator_var =l= 4.622818643788233;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_1_on_binary_indicator_var + 1*relu_1_17_1_off_binary_indicator_var =e= 1;
e392_.. - 1*pre_1_17_1 + 1*post_1_17_1 - 4.622818643788233*relu_1_17_1_on_binary_indicator_var =g= -4.622818643788233;
e393_.. - 1*pre_1_17_1 + 1*post_1_17_1 + 9.245637287576466*relu_1_17_1_on_binary_indicator_var =l= 9.245637287576466;
e394_.. + 1*post_1_17_1 =g= 0;
e395_.. + 1*post_1_17_1 + 4.622818643788233*relu_1_17_1_off_binary_indicator_var =l= 4.622818643788233;
e396_.. + 1*pre_1_17_1 + 4.622818643788233*relu_1_17_1_off_binary_indicator_var =l= 4.622818643788233;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_0_on_binary_indicator_var + 1*relu_1_18_0_off_binary_indicator_var =e= 1;
e399_.. - 1*pre_1_18_0 + 1*post_1_18_0 - 6.978700550828476*relu_1_18_0_on_binary_indicator_var =g= -6.978700550828476;
e400_.. - 1*pre_1_18_0 + 1*post_1_18_0 + 13.957401101656952*relu_1_18_0_on_binary_indicator_var =l= 13.957401101656952;
e401_.. + 1*post_1_18_0 =g= 0;
e402_.. + 1*post_1_18_0 + 6.978700550828476*relu_1_18_0_off_binary_indicator_var =l= 6.978700550828476;
e403_.. + 1*pre_1_18_0 + 6.978700550828476*relu_1_18_0_off_binary_indicator_var =l= 6.978700550828476;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_1_on_binary_indicator_var + 1*relu_1_18_1_off_binary_indicator_var =e= 1;
e406_.. - 1*pre_1_18_1 + 1*post_1_18_1 - 6.978700550828476*relu_1_18_1_on_binary_indicator_var =g= -6.978700550828476;
e407_.. - 1*pre_1_18_1 + 1*post_1_18_1 + 13.957401101656952*relu_1_18_1_on_binary_indicator_var =l= 13.957401101656952;
e408_.. + 1*post_1_18_1 =g= 0;
e409_.. + 1*post_1_18_1 + 6.978700550828476*relu_1_18_1_off_binary_indicator_var =l= 6.978700550828476;
e410_.. + 1*pre_1_18_1 + 6.978700550828476*relu_1_18_1_off_binary_indicator_var =l= 6.978700550828476;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_0_on_binary_indicator_var + 1*relu_1_19_0_off_binary_indicator_var =e= 1;
e413_.. - 1*pre_1_19_0 + 1*post_1_19_0 - 6.235030806621945*relu_1_19_0_on_binary_indicator_var =g= -6.235030806621945;
e414_.. - 1*pre_1_19_0 + 1*post_1_19_0 + 12.47006161324389*relu_1_19_0_on_binary_indicator_var =l= 12.47006161324389;
e415_.. + 1*post_1_19_0 =g= 0;
e416_.. + 1*post_1_19_0 + 6.235030806621945*relu_1_19_0_off_binary_indicator_var =l= 6.235030806621945;
e417_.. + 1*pre_1_19_0 + 6.235030806621945*relu_1_19_0_off_binary_indicator_var =l= 6.235030806621945;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_1_on_binary_indicator_var + 1*relu_1_19_1_off_binary_indicator_var =e= 1;
e420_.. - 1*pre_1_19_1 + 1*post_1_19_1 - 6.235030806621945*relu_1_19_1_on_binary_indicator_var =g= -6.235030806621945;
e421_.. - 1*pre_1_19_1 + 1*post_1_19_1 + 12.47006161324389*relu_1_19_1_on_binary_indicator_var =l= 12.47006161324389;
e422_.. + 1*post_1_19_1 =g= 0;
e423_.. + 1*post_1_19_1 + 6.235030806621945*relu_1_19_1_off_binary_indicator_var =l= 6.235030806621945;
e424_.. + 1*pre_1_19_1 + 6.235030806621945*relu_1_19_1_off_binary_indicator_var =l= 6.235030806621945;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_0_on_binary_indicator_var + 1*relu_1_20_0_off_binary_indicator_var =e= 1;
e427_.. - 1*pre_1_20_0 + 1*post_1_20_0 - 6.718454730852487*relu_1_20_0_on_binary_indicator_var =g= -6.718454730852487;
e428_.. - 1*pre_1_20_0 + 1*post_1_20_0 + 13.436909461704975*relu_1_20_0_on_binary_indicator_var =l= 13.436909461704975;
e429_.. + 1*post_1_20_0 =g= 0;
e430_.. + 1*post_1_20_0 + 6.718454730852487*relu_1_20_0_off_binary_indicator_var =l= 6.718454730852487;
e431_.. + 1*pre_1_20_0 + 6.718454730852487*relu_1_20_0_off_binary_indicator_var =l= 6.718454730852487;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_1_on_binary_indicator_var + 1*relu_1_20_1_off_binary_indicator_var =e= 1;
e434_.. - 1*pre_1_20_1 + 1*post_1_20_1 - 6.718454730852487*relu_1_20_1_on_binary_indicator_var =g= -6.718454730852487;
e435_.. - 1*pre_1_20_1 + 1*post_1_20_1 + 13.436909461704975*relu_1_20_1_on_binary_indicator_var =l= 13.436909461704975;
e436_.. + 1*post_1_20_1 =g= 0;
e437_.. + 1*post_1_20_1 + 6.718454730852487*relu_1_20_1_off_binary_indicator_var =l= 6.718454730852487;
e438_.. + 1*pre_1_20_1 + 6.718454730852487*relu_1_20_1_off_binary_indicator_var =l= 6.718454730852487;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_0_on_binary_indicator_var + 1*relu_1_21_0_off_binary_indicator_var =e= 1;
e441_.. - 1*pre_1_21_0 + 1*post_1_21_0 - 6.8226887269065095*relu_1_21_0_on_binary_indicator_var =g= -6.8226887269065095;
e442_.. - 1*pre_1_21_0 + 1*post_1_21_0 + 13.645377453813019*relu_1_21_0_on_binary_indicator_var =l= 13.645377453813019;
e443_.. + 1*post_1_21_0 =g= 0;
e444_.. + 1*post_1_21_0 + 6.8226887269065095*relu_1_21_0_off_binary_indicator_var =l= 6.8226887269065095;
e445_.. + 1*pre_1_21_0 + 6.8226887269065095*relu_1_21_0_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_1_on_binary_indicator_var + 1*relu_1_21_1_off_binary_indicator_var =e= 1;
e448_.. - 1*pre_1_21_1 + 1*post_1_21_1 - 6.8226887269065095*relu_1_21_1_on_binary_indicator_var =g= -6.8226887269065095;
e449_.. - 1*pre_1_21_1 + 1*post_1_21_1 + 13.645377453813019*relu_1_21_1_on_binary_indicator_var =l= 13.645377453813019;
e450_.. + 1*post_1_21_1 =g= 0;
e451_.. + 1*post_1_21_1 + 6.8226887269065095*relu_1_21_1_off_binary_indicator_var =l= 6.8226887269065095;
e452_.. + 1*pre_1_21_1 + 6.8226887269065095*relu_1_21_1_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_0_on_binary_indicator_var + 1*relu_1_22_0_off_binary_indicator_var =e= 1;
e455_.. - 1*pre_1_22_0 + 1*post_1_22_0 - 6.631889427894872*relu_1_22_0_on_binary_indicator_var =g= -6.631889427894872;
e456_.. - 1*pre_1_22_0 + 1*post_1_22_0 + 13.263778855789743*relu_1_22_0_on_binary_indicator_var =l= 13.263778855789743;
e457_.. + 1*post_1_22_0 =g= 0;
e458_.. + 1*post_1_22_0 + 6.631889427894872*relu_1_22_0_off_binary_indicator_var =l= 6.631889427894872;
e459_.. + 1*pre_1_22_0 + 6.631889427894872*relu_1_22_0_off_binary_indicator_var =l= 6.631889427894872;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_1_on_binary_indicator_var + 1*relu_1_22_1_off_binary_indicator_var =e= 1;
e462_.. - 1*pre_1_22_1 + 1*post_1_22_1 - 6.631889427894872*relu_1_22_1_on_binary_indicator_var =g= -6.631889427894872;
e463_.. - 1*pre_1_22_1 + 1*post_1_22_1 + 13.263778855789743*relu_1_22_1_on_binary_indicator_var =l= 13.263778855789743;
e464_.. + 1*post_1_22_1 =g= 0;
e465_.. + 1*post_1_22_1 + 6.631889427894872*relu_1_22_1_off_binary_indicator_var =l= 6.631889427894872;
e466_.. + 1*pre_1_22_1 + 6.631889427894872*relu_1_22_1_off_binary_indicator_var =l= 6.631889427894872;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_0_on_binary_indicator_var + 1*relu_1_23_0_off_binary_indicator_var =e= 1;
e469_.. - 1*pre_1_23_0 + 1*post_1_23_0 - 5.396286998735244*relu_1_23_0_on_binary_indicator_var =g= -5.396286998735244;
e470_.. - 1*pre_1_23_0 + 1*post_1_23_0 + 10.792573997470488*relu_1_23_0_on_binary_indicator_var =l= 10.792573997470488;
e471_.. + 1*post_1_23_0 =g= 0;
e472_.. + 1*post_1_23_0 + 5.396286998735244*relu_1_23_0_off_binary_indicator_var =l= 5.396286998735244;
e473_.. + 1*pre_1_23_0 + 5.396286998735244*relu_1_23_0_off_binary_indicator_var =l= 5.396286998735244;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_1_on_binary_indicator_var + 1*relu_1_23_1_off_binary_indicator_var =e= 1;
e476_.. - 1*pre_1_23_1 + 1*post_1_23_1 - 5.396286998735244*relu_1_23_1_on_binary_indicator_var =g= -5.396286998735244;
e477_.. - 1*pre_1_23_1 + 1*post_1_23_1 + 10.792573997470488*relu_1_23_1_on_binary_indicator_var =l= 10.792573997470488;
e478_.. + 1*post_1_23_1 =g= 0;
e479_.. + 1*post_1_23_1 + 5.396286998735244*relu_1_23_1_off_binary_indicator_var =l= 5.396286998735244;
e480_.. + 1*pre_1_23_1 + 5.396286998735244*relu_1_23_1_off_binary_indicator_var =l= 5.396286998735244;
relu_1_24_0_above_pre.. + 1*pre_1_24_0 - 1*post_1_24_0 =l= 0;
relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_0_on_binary_indicator_var + 1*relu_1_24_0_off_binary_indicator_var =e= 1;
e483_.. - 1*pre_1_24_0 + 1*post_1_24_0 - 6.394092367761281*relu_1_24_0_on_binary_indicator_var =g= -6.394092367761281;
e484_.. - 1*pre_1_24_0 + 1*post_1_24_0 + 12.788184735522561*relu_1_24_0_on_binary_indicator_var =l= 12.788184735522561;
e485_.. + 1*post_1_24_0 =g= 0;
e486_.. + 1*post_1_24_0 + 6.394092367761281*relu_1_24_0_off_binary_indicator_var =l= 6.394092367761281;
e487_.. + 1*pre_1_24_0 + 6.394092367761281*relu_1_24_0_off_binary_indicator_var =l= 6.394092367761281;
relu_1_24_1_above_pre.. + 1*pre_1_24_1 - 1*post_1_24_1 =l= 0;
relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_1_on_binary_indicator_var + 1*relu_1_24_1_off_binary_indicator_var =e= 1;
e490_.. - 1*pre_1_24_1 + 1*post_1_24_1 - 6.394092367761281*relu_1_24_1_on_binary_indicator_var =g= -6.394092367761281;
e491_.. - 1*pre_1_24_1 + 1*post_1_24_1 + 12.788184735522561*relu_1_24_1_on_binary_indicator_var =l= 12.788184735522561;
e492_.. + 1*post_1_24_1 =g= 0;
e493_.. + 1*post_1_24_1 + 6.394092367761281*relu_1_24_1_off_binary_indicator_var =l= 6.394092367761281;
e494_.. + 1*pre_1_24_1 + 6.394092367761281*relu_1_24_1_off_binary_indicator_var =l= 6.394092367761281;
relu_1_25_0_above_pre.. + 1*pre_1_25_0 - 1*post_1_25_0 =l= 0;
relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_0_on_binary_indicator_var + 1*relu_1_25_0_off_binary_indicator_var =e= 1;
e497_.. - 1*pre_1_25_0 + 1*post_1_25_0 - 6.260561154684373*relu_1_25_0_on_binary_indicator_var =g= -6.260561154684373;
e498_.. - 1*pre_1_25_0 + 1*post_1_25_0 + 12.521122309368746*relu_1_25_0_on_binary_indicator_var =l= 12.521122309368746;
e499_.. + 1*post_1_25_0 =g= 0;
e500_.. + 1*post_1_25_0 + 6.260561154684373*relu_1_25_0_off_binary_indicator_var =l= 6.260561154684373;
e501_.. + 1*pre_1_25_0 + 6.260561154684373*relu_1_25_0_off_binary_indicator_var =l= 6.260561154684373;
relu_1_25_1_above_pre.. + 1*pre_1_25_1 - 1*post_1_25_1 =l= 0;
relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_1_on_binary_indicator_var + 1*relu_1_25_1_off_binary_indicator_var =e= 1;
e504_.. - 1*pre_1_25_1 + 1*post_1_25_1 - 6.260561154684373*relu_1_25_1_on_binary_indicator_var =g= -6.260561154684373;
e505_.. - 1*pre_1_25_1 + 1*post_1_25_1 + 12.521122309368746*relu_1_25_1_on_binary_indicator_var =l= 12.521122309368746;
e506_.. + 1*post_1_25_1 =g= 0;
e507_.. + 1*post_1_25_1 + 6.260561154684373*relu_1_25_1_off_binary_indicator_var =l= 6.260561154684373;
e508_.. + 1*pre_1_25_1 + 6.260561154684373*relu_1_25_1_off_binary_indicator_var =l= 6.260561154684373;
relu_1_26_0_above_pre.. + 1*pre_1_26_0 - 1*post_1_26_0 =l= 0;
relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_0_on_binary_indicator_var + 1*relu_1_26_0_off_binary_indicator_var =e= 1;
e511_.. - 1*pre_1_26_0 + 1*post_1_26_0 - 7.264403459229737*relu_1_26_0_on_binary_indicator_var =g= -7.264403459229737;
e512_.. - 1*pre_1_26_0 + 1*post_1_26_0 + 14.528806918459473*relu_1_26_0_on_binary_indicator_var =l= 14.528806918459473;
e513_.. + 1*post_1_26_0 =g= 0;
e514_.. + 1*post_1_26_0 + 7.264403459229737*relu_1_26_0_off_binary_indicator_var =l= 7.264403459229737;
e515_.. + 1*pre_1_26_0 + 7.264403459229737*relu_1_26_0_off_binary_indicator_var =l= 7.264403459229737;
relu_1_26_1_above_pre.. + 1*pre_1_26_1 - 1*post_1_26_1 =l= 0;
relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_1_on_binary_indicator_var + 1*relu_1_26_1_off_binary_indicator_var =e= 1;
e518_.. - 1*pre_1_26_1 + 1*post_1_26_1 - 7.264403459229737*relu_1_26_1_on_binary_indicator_var =g= -7.264403459229737;
e519_.. - 1*pre_1_26_1 + 1*post_1_26_1 + 14.528806918459473*relu_1_26_1_on_binary_indicator_var =l= 14.528806918459473;
e520_.. + 1*post_1_26_1 =g= 0;
e521_.. + 1*post_1_26_1 + 7.264403459229737*relu_1_26_1_off_binary_indicator_var =l= 7.264403459229737;
e522_.. + 1*pre_1_26_1 + 7.264403459229737*relu_1_26_1_off_binary_indicator_var =l= 7.264403459229737;
relu_1_27_0_above_pre.. + 1*pre_1_27_0 - 1*post_1_27_0 =l= 0;
relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_0_on_binary_indicator_var + 1*relu_1_27_0_off_binary_indicator_var =e= 1;
e525_.. - 1*pre_1_27_0 + 1*post_1_27_0 - 4.689817519007568*relu_1_27_0_on_binary_indicator_var =g= -4.689817519007568;
e526_.. - 1*pre_1_27_0 + 1*post_1_27_0 + 9.379635038015136*relu_1_27_0_on_binary_indicator_var =l= 9.379635038015136;
e527_.. + 1*post_1_27_0 =g= 0;
e528_.. + 1*post_1_27_0 + 4.689817519007568*relu_1_27_0_off_binary_indicator_var =l= 4.689817519007568;
e529_.. + 1*pre_1_27_0 + 4.689817519007568*relu_1_27_0_off_binary_indicator_var =l= 4.689817519007568;
relu_1_27_1_above_pre.. + 1*pre_1_27_1 - 1*post_1_27_1 =l= 0;
relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_1_on_binary_indicator_var + 1*relu_1_27_1_off_binary_indicator_var =e= 1;
e532_.. - 1*pre_1_27_1 + 1*post_1_27_1 - 4.689817519007568*relu_1_27_1_on_binary_indicator_var =g= -4.689817519007568;
e533_.. - 1*pre_1_27_1 + 1*post_1_27_1 + 9.379635038015136*relu_1_27_1_on_binary_indicator_var =l= 9.379635038015136;
e534_.. + 1*post_1_27_1 =g= 0;
e535_.. + 1*post_1_27_1 + 4.689817519007568*relu_1_27_1_off_binary_indicator_var =l= 4.689817519007568;
e536_.. + 1*pre_1_27_1 + 4.689817519007568*relu_1_27_1_off_binary_indicator_var =l= 4.689817519007568;
relu_1_28_0_above_pre.. + 1*pre_1_28_0 - 1*post_1_28_0 =l= 0;
relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_0_on_binary_indicator_var + 1*relu_1_28_0_off_binary_indicator_var =e= 1;
e539_.. - 1*pre_1_28_0 + 1*post_1_28_0 - 5.834876603928876*relu_1_28_0_on_binary_indicator_var =g= -5.834876603928876;
e540_.. - 1*pre_1_28_0 + 1*post_1_28_0 + 11.669753207857752*relu_1_28_0_on_binary_indicator_var =l= 11.669753207857752;
e541_.. + 1*post_1_28_0 =g= 0;
e542_.. + 1*post_1_28_0 + 5.834876603928876*relu_1_28_0_off_binary_indicator_var =l= 5.834876603928876;
e543_.. + 1*pre_1_28_0 + 5.834876603928876*relu_1_28_0_off_binary_indicator_var =l= 5.834876603928876;
relu_1_28_1_above_pre.. + 1*pre_1_28_1 - 1*post_1_28_1 =l= 0;
relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_1_on_binary_indicator_var + 1*relu_1_28_1_off_binary_indicator_var =e= 1;
e546_.. - 1*pre_1_28_1 + 1*post_1_28_1 - 5.834876603928876*relu_1_28_1_on_binary_indicator_var =g= -5.834876603928876;
e547_.. - 1*pre_1_28_1 + 1*post_1_28_1 + 11.669753207857752*relu_1_28_1_on_binary_indicator_var =l= 11.669753207857752;
e548_.. + 1*post_1_28_1 =g= 0;
e549_.. + 1*post_1_28_1 + 5.834876603928876*relu_1_28_1_off_binary_indicator_var =l= 5.834876603928876;
e550_.. + 1*pre_1_28_1 + 5.834876603928876*relu_1_28_1_off_binary_indicator_var =l= 5.834876603928876;
relu_1_29_0_above_pre.. + 1*pre_1_29_0 - 1*post_1_29_0 =l= 0;
relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_0_on_binary_indicator_var + 1*relu_1_29_0_off_binary_indicator_var =e= 1;
e553_.. - 1*pre_1_29_0 + 1*post_1_29_0 - 6.462017653570015*relu_1_29_0_on_binary_indicator_var =g= -6.462017653570015;
e554_.. - 1*pre_1_29_0 + 1*post_1_29_0 + 12.92403530714003*relu_1_29_0_on_binary_indicator_var =l= 12.92403530714003;
e555_.. + 1*post_1_29_0 =g= 0;
e556_.. + 1*post_1_29_0 + 6.462017653570015*relu_1_29_0_off_binary_indicator_var =l= 6.462017653570015;
e557_.. + 1*pre_1_29_0 + 6.462017653570015*relu_1_29_0_off_binary_indicator_var =l= 6.462017653570015;
relu_1_29_1_above_pre.. + 1*pre_1_29_1 - 1*post_1_29_1 =l= 0;
relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_1_on_binary_indicator_var + 1*relu_1_29_1_off_binary_indicator_var =e= 1;
e560_.. - 1*pre_1_29_1 + 1*post_1_29_1 - 6.462017653570015*relu_1_29_1_on_binary_indicator_var =g= -6.462017653570015;
e561_.. - 1*pre_1_29_1 + 1*post_1_29_1 + 12.92403530714003*relu_1_29_1_on_binary_indicator_var =l= 12.92403530714003;
e562_.. + 1*post_1_29_1 =g= 0;
e563_.. + 1*post_1_29_1 + 6.462017653570015*relu_1_29_1_off_binary_indicator_var =l= 6.462017653570015;
e564_.. + 1*pre_1_29_1 + 6.462017653570015*relu_1_29_1_off_binary_indicator_var =l= 6.462017653570015;
relu_1_30_0_above_pre.. + 1*pre_1_30_0 - 1*post_1_30_0 =l= 0;
relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_0_on_binary_indicator_var + 1*relu_1_30_0_off_binary_indicator_var =e= 1;
e567_.. - 1*pre_1_30_0 + 1*post_1_30_0 - 6.141677231816878*relu_1_30_0_on_binary_indicator_var =g= -6.141677231816878;
e568_.. - 1*pre_1_30_0 + 1*post_1_30_0 + 12.283354463633756*relu_1_30_0_on_binary_indicator_var =l= 12.283354463633756;
e569_.. + 1*post_1_30_0 =g= 0;
e570_.. + 1*post_1_30_0 + 6.141677231816878*relu_1_30_0_off_binary_indicator_var =l= 6.141677231816878;
e571_.. + 1*pre_1_30_0 + 6.141677231816878*relu_1_30_0_off_binary_indicator_var =l= 6.141677231816878;
relu_1_30_1_above_pre.. + 1*pre_1_30_1 - 1*post_1_30_1 =l= 0;
relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_1_on_binary_indicator_var + 1*relu_1_30_1_off_binary_indicator_var =e= 1;
e574_.. - 1*pre_1_30_1 + 1*post_1_30_1 - 6.141677231816878*relu_1_30_1_on_binary_indicator_var =g= -6.141677231816878;
e575_.. - 1*pre_1_30_1 + 1*post_1_30_1 + 12.283354463633756*relu_1_30_1_on_binary_indicator_var =l= 12.283354463633756;
e576_.. + 1*post_1_30_1 =g= 0;
e577_.. + 1*post_1_30_1 + 6.141677231816878*relu_1_30_1_off_binary_indicator_var =l= 6.141677231816878;
e578_.. + 1*pre_1_30_1 + 6.141677231816878*relu_1_30_1_off_binary_indicator_var =l= 6.141677231816878;
relu_1_31_0_above_pre.. + 1*pre_1_31_0 - 1*post_1_31_0 =l= 0;
relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_0_on_binary_indicator_var + 1*relu_1_31_0_off_binary_indicator_var =e= 1;
e581_.. - 1*pre_1_31_0 + 1*post_1_31_0 - 5.920664390112501*relu_1_31_0_on_binary_indicator_var =g= -5.920664390112501;
e582_.. - 1*pre_1_31_0 + 1*post_1_31_0 + 11.841328780225002*relu_1_31_0_on_binary_indicator_var =l= 11.841328780225002;
e583_.. + 1*post_1_31_0 =g= 0;
e584_.. + 1*post_1_31_0 + 5.920664390112501*relu_1_31_0_off_binary_indicator_var =l= 5.920664390112501;
e585_.. + 1*pre_1_31_0 + 5.920664390112501*relu_1_31_0_off_binary_indicator_var =l= 5.920664390112501;
relu_1_31_1_above_pre.. + 1*pre_1_31_1 - 1*post_1_31_1 =l= 0;
relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_1_on_binary_indicator_var + 1*relu_1_31_1_off_binary_indicator_var =e= 1;
e588_.. - 1*pre_1_31_1 + 1*post_1_31_1 - 5.920664390112501*relu_1_31_1_on_binary_indicator_var =g= -5.920664390112501;
e589_.. - 1*pre_1_31_1 + 1*post_1_31_1 + 11.841328780225002*relu_1_31_1_on_binary_indicator_var =l= 11.841328780225002;
e590_.. + 1*post_1_31_1 =g= 0;
e591_.. + 1*post_1_31_1 + 5.920664390112501*relu_1_31_1_off_binary_indicator_var =l= 5.920664390112501;
e592_.. + 1*pre_1_31_1 + 5.920664390112501*relu_1_31_1_off_binary_indicator_var =l= 5.920664390112501;
relu_1_32_0_above_pre.. + 1*pre_1_32_0 - 1*post_1_32_0 =l= 0;
relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_0_on_binary_indicator_var + 1*relu_1_32_0_off_binary_indicator_var =e= 1;
e595_.. - 1*pre_1_32_0 + 1*post_1_32_0 - 5.728168080018541*relu_1_32_0_on_binary_indicator_var =g= -5.728168080018541;
e596_.. - 1*pre_1_32_0 + 1*post_1_32_0 + 11.456336160037083*relu_1_32_0_on_binary_indicator_var =l= 11.456336160037083;
e597_.. + 1*post_1_32_0 =g= 0;
e598_.. + 1*post_1_32_0 + 5.728168080018541*relu_1_32_0_off_binary_indicator_var =l= 5.728168080018541;
e599_.. + 1*pre_1_32_0 + 5.728168080018541*relu_1_32_0_off_binary_indicator_var =l= 5.728168080018541;
relu_1_32_1_above_pre.. + 1*pre_1_32_1 - 1*post_1_32_1 =l= 0;
relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_1_on_binary_indicator_var + 1*relu_1_32_1_off_binary_indicator_var =e= 1;
e602_.. - 1*pre_1_32_1 + 1*post_1_32_1 - 5.728168080018541*relu_1_32_1_on_binary_indicator_var =g= -5.728168080018541;
e603_.. - 1*pre_1_32_1 + 1*post_1_32_1 + 11.456336160037083*relu_1_32_1_on_binary_indicator_var =l= 11.456336160037083;
e604_.. + 1*post_1_32_1 =g= 0;
e605_.. + 1*post_1_32_1 + 5.728168080018541*relu_1_32_1_off_binary_indicator_var =l= 5.728168080018541;
e606_.. + 1*pre_1_32_1 + 5.728168080018541*relu_1_32_1_off_binary_indicator_var =l= 5.728168080018541;
relu_1_33_0_above_pre.. + 1*pre_1_33_0 - 1*post_1_33_0 =l= 0;
relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_0_on_binary_indicator_var + 1*relu_1_33_0_off_binary_indicator_var =e= 1;
e609_.. - 1*pre_1_33_0 + 1*post_1_33_0 - 4.169908962997813*relu_1_33_0_on_binary_indicator_var =g= -4.169908962997813;
e610_.. - 1*pre_1_33_0 + 1*post_1_33_0 + 8.339817925995627*relu_1_33_0_on_binary_indicator_var =l= 8.339817925995627;
e611_.. + 1*post_1_33_0 =g= 0;
e612_.. + 1*post_1_33_0 + 4.169908962997813*relu_1_33_0_off_binary_indicator_var =l= 4.169908962997813;
e613_.. + 1*pre_1_33_0 + 4.169908962997813*relu_1_33_0_off_binary_indicator_var =l= 4.169908962997813;
relu_1_33_1_above_pre.. + 1*pre_1_33_1 - 1*post_1_33_1 =l= 0;
relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_1_on_binary_indicator_var + 1*relu_1_33_1_off_binary_indicator_var =e= 1;
e616_.. - 1*pre_1_33_1 + 1*post_1_33_1 - 4.169908962997813*relu_1_33_1_on_binary_indicator_var =g= -4.169908962997813;
e617_.. - 1*pre_1_33_1 + 1*post_1_33_1 + 8.339817925995627*relu_1_33_1_on_binary_indicator_var =l= 8.339817925995627;
e618_.. + 1*post_1_33_1 =g= 0;
e619_.. + 1*post_1_33_1 + 4.169908962997813*relu_1_33_1_off_binary_indicator_var =l= 4.169908962997813;
e620_.. + 1*pre_1_33_1 + 4.169908962997813*relu_1_33_1_off_binary_indicator_var =l= 4.169908962997813;
relu_1_34_0_above_pre.. + 1*pre_1_34_0 - 1*post_1_34_0 =l= 0;
relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_0_on_binary_indicator_var + 1*relu_1_34_0_off_binary_indicator_var =e= 1;
e623_.. - 1*pre_1_34_0 + 1*post_1_34_0 - 8.664241081038536*relu_1_34_0_on_binary_indicator_var =g= -8.664241081038536;
e624_.. - 1*pre_1_34_0 + 1*post_1_34_0 + 17.328482162077073*relu_1_34_0_on_binary_indicator_var =l= 17.328482162077073;
e625_.. + 1*post_1_34_0 =g= 0;
e626_.. + 1*post_1_34_0 + 8.664241081038536*relu_1_34_0_off_binary_indicator_var =l= 8.664241081038536;
e627_.. + 1*pre_1_34_0 + 8.664241081038536*relu_1_34_0_off_binary_indicator_var =l= 8.664241081038536;
relu_1_34_1_above_pre.. + 1*pre_1_34_1 - 1*post_1_34_1 =l= 0;
relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_1_on_binary_indicator_var + 1*relu_1_34_1_off_binary_indicator_var =e= 1;
e630_.. - 1*pre_1_34_1 + 1*post_1_34_1 - 8.664241081038536*relu_1_34_1_on_binary_indicator_var =g= -8.664241081038536;
e631_.. - 1*pre_1_34_1 + 1*post_1_34_1 + 17.328482162077073*relu_1_34_1_on_binary_indicator_var =l= 17.328482162077073;
e632_.. + 1*post_1_34_1 =g= 0;
e633_.. + 1*post_1_34_1 + 8.664241081038536*relu_1_34_1_off_binary_indicator_var =l= 8.664241081038536;
e634_.. + 1*pre_1_34_1 + 8.664241081038536*relu_1_34_1_off_binary_indicator_var =l= 8.664241081038536;
relu_1_35_0_above_pre.. + 1*pre_1_35_0 - 1*post_1_35_0 =l= 0;
relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_0_on_binary_indicator_var + 1*relu_1_35_0_off_binary_indicator_var =e= 1;
e637_.. - 1*pre_1_35_0 + 1*post_1_35_0 - 4.786102235995172*relu_1_35_0_on_binary_indicator_var =g= -4.786102235995172;
e638_.. - 1*pre_1_35_0 + 1*post_1_35_0 + 9.572204471990345*relu_1_35_0_on_binary_indicator_var =l= 9.572204471990345;
e639_.. + 1*post_1_35_0 =g= 0;
e640_.. + 1*post_1_35_0 + 4.786102235995172*relu_1_35_0_off_binary_indicator_var =l= 4.786102235995172;
e641_.. + 1*pre_1_35_0 + 4.786102235995172*relu_1_35_0_off_binary_indicator_var =l= 4.786102235995172;
relu_1_35_1_above_pre.. + 1*pre_1_35_1 - 1*post_1_35_1 =l= 0;
relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_1_on_binary_indicator_var + 1*relu_1_35_1_off_binary_indicator_var =e= 1;
e644_.. - 1*pre_1_35_1 + 1*post_1_35_1 - 4.786102235995172*relu_1_35_1_on_binary_indicator_var =g= -4.786102235995172;
e645_.. - 1*pre_1_35_1 + 1*post_1_35_1 + 9.572204471990345*relu_1_35_1_on_binary_indicator_var =l= 9.572204471990345;
e646_.. + 1*post_1_35_1 =g= 0;
e647_.. + 1*post_1_35_1 + 4.786102235995172*relu_1_35_1_off_binary_indicator_var =l= 4.786102235995172;
e648_.. + 1*pre_1_35_1 + 4.786102235995172*relu_1_35_1_off_binary_indicator_var =l= 4.786102235995172;
relu_1_36_0_above_pre.. + 1*pre_1_36_0 - 1*post_1_36_0 =l= 0;
relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_0_on_binary_indicator_var + 1*relu_1_36_0_off_binary_indicator_var =e= 1;
e651_.. - 1*pre_1_36_0 + 1*post_1_36_0 - 3.1913367882549086*relu_1_36_0_on_binary_indicator_var =g= -3.1913367882549086;
e652_.. - 1*pre_1_36_0 + 1*post_1_36_0 + 6.382673576509817*relu_1_36_0_on_binary_indicator_var =l= 6.382673576509817;
e653_.. + 1*post_1_36_0 =g= 0;
e654_.. + 1*post_1_36_0 + 3.1913367882549086*relu_1_36_0_off_binary_indicator_var =l= 3.1913367882549086;
e655_.. + 1*pre_1_36_0 + 3.1913367882549086*relu_1_36_0_off_binary_indicator_var =l= 3.1913367882549086;
relu_1_36_1_above_pre.. + 1*pre_1_36_1 - 1*post_1_36_1 =l= 0;
relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_1_on_binary_indicator_var + 1*relu_1_36_1_off_binary_indicator_var =e= 1;
e658_.. - 1*pre_1_36_1 + 1*post_1_36_1 - 3.1913367882549086*relu_1_36_1_on_binary_indicator_var =g= -3.1913367882549086;
e659_.. - 1*pre_1_36_1 + 1*post_1_36_1 + 6.382673576509817*relu_1_36_1_on_binary_indicator_var =l= 6.382673576509817;
e660_.. + 1*post_1_36_1 =g= 0;
e661_.. + 1*post_1_36_1 + 3.1913367882549086*relu_1_36_1_off_binary_indicator_var =l= 3.1913367882549086;
e662_.. + 1*pre_1_36_1 + 3.1913367882549086*relu_1_36_1_off_binary_indicator_var =l= 3.1913367882549086;
relu_1_37_0_above_pre.. + 1*pre_1_37_0 - 1*post_1_37_0 =l= 0;
relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_0_on_binary_indicator_var + 1*relu_1_37_0_off_binary_indicator_var =e= 1;
e665_.. - 1*pre_1_37_0 + 1*post_1_37_0 - 5.22677910814882*relu_1_37_0_on_binary_indicator_var =g= -5.22677910814882;
e666_.. - 1*pre_1_37_0 + 1*post_1_37_0 + 10.45355821629764*relu_1_37_0_on_binary_indicator_var =l= 10.45355821629764;
e667_.. + 1*post_1_37_0 =g= 0;
e668_.. + 1*post_1_37_0 + 5.22677910814882*relu_1_37_0_off_binary_indicator_var =l= 5.22677910814882;
e669_.. + 1*pre_1_37_0 + 5.22677910814882*relu_1_37_0_off_binary_indicator_var =l= 5.22677910814882;
relu_1_37_1_above_pre.. + 1*pre_1_37_1 - 1*post_1_37_1 =l= 0;
relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_1_on_binary_indicator_var + 1*relu_1_37_1_off_binary_indicator_var =e= 1;
e672_.. - 1*pre_1_37_1 + 1*post_1_37_1 - 5.22677910814882*relu_1_37_1_on_binary_indicator_var =g= -5.22677910814882;
e673_.. - 1*pre_1_37_1 + 1*post_1_37_1 + 10.45355821629764*relu_1_37_1_on_binary_indicator_var =l= 10.45355821629764;
e674_.. + 1*post_1_37_1 =g= 0;
e675_.. + 1*post_1_37_1 + 5.22677910814882*relu_1_37_1_off_binary_indicator_var =l= 5.22677910814882;
e676_.. + 1*pre_1_37_1 + 5.22677910814882*relu_1_37_1_off_binary_indicator_var =l= 5.22677910814882;
relu_1_38_0_above_pre.. + 1*pre_1_38_0 - 1*post_1_38_0 =l= 0;
relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_0_on_binary_indicator_var + 1*relu_1_38_0_off_binary_indicator_var =e= 1;
e679_.. - 1*pre_1_38_0 + 1*post_1_38_0 - 5.673758698670875*relu_1_38_0_on_binary_indicator_var =g= -5.673758698670875;
e680_.. - 1*pre_1_38_0 + 1*post_1_38_0 + 11.34751739734175*relu_1_38_0_on_binary_indicator_var =l= 11.34751739734175;
e681_.. + 1*post_1_38_0 =g= 0;
e682_.. + 1*post_1_38_0 + 5.673758698670875*relu_1_38_0_off_binary_indicator_var =l= 5.673758698670875;
e683_.. + 1*pre_1_38_0 + 5.673758698670875*relu_1_38_0_off_binary_indicator_var =l= 5.673758698670875;
relu_1_38_1_above_pre.. + 1*pre_1_38_1 - 1*post_1_38_1 =l= 0;
relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_1_on_binary_indicator_var + 1*relu_1_38_1_off_binary_indicator_var =e= 1;
e686_.. - 1*pre_1_38_1 + 1*post_1_38_1 - 5.673758698670875*relu_1_38_1_on_binary_indicator_var =g= -5.673758698670875;
e687_.. - 1*pre_1_38_1 + 1*post_1_38_1 + 11.34751739734175*relu_1_38_1_on_binary_indicator_var =l= 11.34751739734175;
e688_.. + 1*post_1_38_1 =g= 0;
e689_.. + 1*post_1_38_1 + 5.673758698670875*relu_1_38_1_off_binary_indicator_var =l= 5.673758698670875;
e690_.. + 1*pre_1_38_1 + 5.673758698670875*relu_1_38_1_off_binary_indicator_var =l= 5.673758698670875;
relu_1_39_0_above_pre.. + 1*pre_1_39_0 - 1*post_1_39_0 =l= 0;
relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_0_on_binary_indicator_var + 1*relu_1_39_0_off_binary_indicator_var =e= 1;
e693_.. - 1*pre_1_39_0 + 1*post_1_39_0 - 7.902762319994838*relu_1_39_0_on_binary_indicator_var =g= -7.902762319994838;
e694_.. - 1*pre_1_39_0 + 1*post_1_39_0 + 15.805524639989676*relu_1_39_0_on_binary_indicator_var =l= 15.805524639989676;
e695_.. + 1*post_1_39_0 =g= 0;
e696_.. + 1*post_1_39_0 + 7.902762319994838*relu_1_39_0_off_binary_indicator_var =l= 7.902762319994838;
e697_.. + 1*pre_1_39_0 + 7.902762319994838*relu_1_39_0_off_binary_indicator_var =l= 7.902762319994838;
relu_1_39_1_above_pre.. + 1*pre_1_39_1 - 1*post_1_39_1 =l= 0;
relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_1_on_binary_indicator_var + 1*relu_1_39_1_off_binary_indicator_var =e= 1;
e700_.. - 1*pre_1_39_1 + 1*post_1_39_1 - 7.902762319994838*relu_1_39_1_on_binary_indicator_var =g= -7.902762319994838;
e701_.. - 1*pre_1_39_1 + 1*post_1_39_1 + 15.805524639989676*relu_1_39_1_on_binary_indicator_var =l= 15.805524639989676;
e702_.. + 1*post_1_39_1 =g= 0;
e703_.. + 1*post_1_39_1 + 7.902762319994838*relu_1_39_1_off_binary_indicator_var =l= 7.902762319994838;
e704_.. + 1*pre_1_39_1 + 7.902762319994838*relu_1_39_1_off_binary_indicator_var =l= 7.902762319994838;
relu_1_40_0_above_pre.. + 1*pre_1_40_0 - 1*post_1_40_0 =l= 0;
relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_0_on_binary_indicator_var + 1*relu_1_40_0_off_binary_indicator_var =e= 1;
e707_.. - 1*pre_1_40_0 + 1*post_1_40_0 - 6.938634274205215*relu_1_40_0_on_binary_indicator_var =g= -6.938634274205215;
e708_.. - 1*pre_1_40_0 + 1*post_1_40_0 + 13.87726854841043*relu_1_40_0_on_binary_indicator_var =l= 13.87726854841043;
e709_.. + 1*post_1_40_0 =g= 0;
e710_.. + 1*post_1_40_0 + 6.938634274205215*relu_1_40_0_off_binary_indicator_var =l= 6.938634274205215;
e711_.. + 1*pre_1_40_0 + 6.938634274205215*relu_1_40_0_off_binary_indicator_var =l= 6.938634274205215;
relu_1_40_1_above_pre.. + 1*pre_1_40_1 - 1*post_1_40_1 =l= 0;
relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_1_on_binary_indicator_var + 1*relu_1_40_1_off_binary_indicator_var =e= 1;
e714_.. - 1*pre_1_40_1 + 1*post_1_40_1 - 6.938634274205215*relu_1_40_1_on_binary_indicator_var =g= -6.938634274205215;
e715_.. - 1*pre_1_40_1 + 1*post_1_40_1 + 13.87726854841043*relu_1_40_1_on_binary_indicator_var =l= 13.87726854841043;
e716_.. + 1*post_1_40_1 =g= 0;
e717_.. + 1*post_1_40_1 + 6.938634274205215*relu_1_40_1_off_binary_indicator_var =l= 6.938634274205215;
e718_.. + 1*pre_1_40_1 + 6.938634274205215*relu_1_40_1_off_binary_indicator_var =l= 6.938634274205215;
relu_1_41_0_above_pre.. + 1*pre_1_41_0 - 1*post_1_41_0 =l= 0;
relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_0_on_binary_indicator_var + 1*relu_1_41_0_off_binary_indicator_var =e= 1;
e721_.. - 1*pre_1_41_0 + 1*post_1_41_0 - 8.719319309755662*relu_1_41_0_on_binary_indicator_var =g= -8.719319309755662;
e722_.. - 1*pre_1_41_0 + 1*post_1_41_0 + 17.438638619511323*relu_1_41_0_on_binary_indicator_var =l= 17.438638619511323;
e723_.. + 1*post_1_41_0 =g= 0;
e724_.. + 1*post_1_41_0 + 8.719319309755662*relu_1_41_0_off_binary_indicator_var =l= 8.719319309755662;
e725_.. + 1*pre_1_41_0 + 8.719319309755662*relu_1_41_0_off_binary_indicator_var =l= 8.719319309755662;
relu_1_41_1_above_pre.. + 1*pre_1_41_1 - 1*post_1_41_1 =l= 0;
relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_1_on_binary_indicator_var + 1*relu_1_41_1_off_binary_indicator_var =e= 1;
e728_.. - 1*pre_1_41_1 + 1*post_1_41_1 - 8.719319309755662*relu_1_41_1_on_binary_indicator_var =g= -8.719319309755662;
e729_.. - 1*pre_1_41_1 + 1*post_1_41_1 + 17.438638619511323*relu_1_41_1_on_binary_indicator_var =l= 17.438638619511323;
e730_.. + 1*post_1_41_1 =g= 0;
e731_.. + 1*post_1_41_1 + 8.719319309755662*relu_1_41_1_off_binary_indicator_var =l= 8.719319309755662;
e732_.. + 1*pre_1_41_1 + 8.719319309755662*relu_1_41_1_off_binary_indicator_var =l= 8.719319309755662;
relu_1_42_0_above_pre.. + 1*pre_1_42_0 - 1*post_1_42_0 =l= 0;
relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_0_on_binary_indicator_var + 1*relu_1_42_0_off_binary_indicator_var =e= 1;
e735_.. - 1*pre_1_42_0 + 1*post_1_42_0 - 8.069010781871519*relu_1_42_0_on_binary_indicator_var =g= -8.069010781871519;
e736_.. - 1*pre_1_42_0 + 1*post_1_42_0 + 16.138021563743038*relu_1_42_0_on_binary_indicator_var =l= 16.138021563743038;
e737_.. + 1*post_1_42_0 =g= 0;
e738_.. + 1*post_1_42_0 + 8.069010781871519*relu_1_42_0_off_binary_indicator_var =l= 8.069010781871519;
e739_.. + 1*pre_1_42_0 + 8.069010781871519*relu_1_42_0_off_binary_indicator_var =l= 8.069010781871519;
relu_1_42_1_above_pre.. + 1*pre_1_42_1 - 1*post_1_42_1 =l= 0;
relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_1_on_binary_indicator_var + 1*relu_1_42_1_off_binary_indicator_var =e= 1;
e742_.. - 1*pre_1_42_1 + 1*post_1_42_1 - 8.069010781871519*relu_1_42_1_on_binary_indicator_var =g= -8.069010781871519;
e743_.. - 1*pre_1_42_1 + 1*post_1_42_1 + 16.138021563743038*relu_1_42_1_on_binary_indicator_var =l= 16.138021563743038;
e744_.. + 1*post_1_42_1 =g= 0;
e745_.. + 1*post_1_42_1 + 8.069010781871519*relu_1_42_1_off_binary_indicator_var =l= 8.069010781871519;
e746_.. + 1*pre_1_42_1 + 8.069010781871519*relu_1_42_1_off_binary_indicator_var =l= 8.069010781871519;
relu_1_43_0_above_pre.. + 1*pre_1_43_0 - 1*post_1_43_0 =l= 0;
relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_0_on_binary_indicator_var + 1*relu_1_43_0_off_binary_indicator_var =e= 1;
e749_.. - 1*pre_1_43_0 + 1*post_1_43_0 - 7.8506770042707945*relu_1_43_0_on_binary_indicator_var =g= -7.8506770042707945;
e750_.. - 1*pre_1_43_0 + 1*post_1_43_0 + 15.701354008541589*relu_1_43_0_on_binary_indicator_var =l= 15.701354008541589;
e751_.. + 1*post_1_43_0 =g= 0;
e752_.. + 1*post_1_43_0 + 7.8506770042707945*relu_1_43_0_off_binary_indicator_var =l= 7.8506770042707945;
e753_.. + 1*pre_1_43_0 + 7.8506770042707945*relu_1_43_0_off_binary_indicator_var =l= 7.8506770042707945;
relu_1_43_1_above_pre.. + 1*pre_1_43_1 - 1*post_1_43_1 =l= 0;
relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_1_on_binary_indicator_var + 1*relu_1_43_1_off_binary_indicator_var =e= 1;
e756_.. - 1*pre_1_43_1 + 1*post_1_43_1 - 7.8506770042707945*relu_1_43_1_on_binary_indicator_var =g= -7.8506770042707945;
e757_.. - 1*pre_1_43_1 + 1*post_1_43_1 + 15.701354008541589*relu_1_43_1_on_binary_indicator_var =l= 15.701354008541589;
e758_.. + 1*post_1_43_1 =g= 0;
e759_.. + 1*post_1_43_1 + 7.8506770042707945*relu_1_43_1_off_binary_indicator_var =l= 7.8506770042707945;
e760_.. + 1*pre_1_43_1 + 7.8506770042707945*relu_1_43_1_off_binary_indicator_var =l= 7.8506770042707945;
relu_1_44_0_above_pre.. + 1*pre_1_44_0 - 1*post_1_44_0 =l= 0;
relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_0_on_binary_indicator_var + 1*relu_1_44_0_off_binary_indicator_var =e= 1;
e763_.. - 1*pre_1_44_0 + 1*post_1_44_0 - 8.175386217260854*relu_1_44_0_on_binary_indicator_var =g= -8.175386217260854;
e764_.. - 1*pre_1_44_0 + 1*post_1_44_0 + 16.35077243452171*relu_1_44_0_on_binary_indicator_var =l= 16.35077243452171;
e765_.. + 1*post_1_44_0 =g= 0;
e766_.. + 1*post_1_44_0 + 8.175386217260854*relu_1_44_0_off_binary_indicator_var =l= 8.175386217260854;
e767_.. + 1*pre_1_44_0 + 8.175386217260854*relu_1_44_0_off_binary_indicator_var =l= 8.175386217260854;
relu_1_44_1_above_pre.. + 1*pre_1_44_1 - 1*post_1_44_1 =l= 0;
relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_1_on_binary_indicator_var + 1*relu_1_44_1_off_binary_indicator_var =e= 1;
e770_.. - 1*pre_1_44_1 + 1*post_1_44_1 - 8.175386217260854*relu_1_44_1_on_binary_indicator_var =g= -8.175386217260854;
e771_.. - 1*pre_1_44_1 + 1*post_1_44_1 + 16.35077243452171*relu_1_44_1_on_binary_indicator_var =l= 16.35077243452171;
e772_.. + 1*post_1_44_1 =g= 0;
e773_.. + 1*post_1_44_1 + 8.175386217260854*relu_1_44_1_off_binary_indicator_var =l= 8.175386217260854;
e774_.. + 1*pre_1_44_1 + 8.175386217260854*relu_1_44_1_off_binary_indicator_var =l= 8.175386217260854;
relu_1_45_0_above_pre.. + 1*pre_1_45_0 - 1*post_1_45_0 =l= 0;
relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_0_on_binary_indicator_var + 1*relu_1_45_0_off_binary_indicator_var =e= 1;
e777_.. - 1*pre_1_45_0 + 1*post_1_45_0 - 5.054315422411429*relu_1_45_0_on_binary_indicator_var =g= -5.054315422411429;
e778_.. - 1*pre_1_45_0 + 1*post_1_45_0 + 10.108630844822859*relu_1_45_0_on_binary_indicator_var =l= 10.108630844822859;
e779_.. + 1*post_1_45_0 =g= 0;
e780_.. + 1*post_1_45_0 + 5.054315422411429*relu_1_45_0_off_binary_indicator_var =l= 5.054315422411429;
e781_.. + 1*pre_1_45_0 + 5.054315422411429*relu_1_45_0_off_binary_indicator_var =l= 5.054315422411429;
relu_1_45_1_above_pre.. + 1*pre_1_45_1 - 1*post_1_45_1 =l= 0;
relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_1_on_binary_indicator_var + 1*relu_1_45_1_off_binary_indicator_var =e= 1;
e784_.. - 1*pre_1_45_1 + 1*post_1_45_1 - 5.054315422411429*relu_1_45_1_on_binary_indicator_var =g= -5.054315422411429;
e785_.. - 1*pre_1_45_1 + 1*post_1_45_1 + 10.108630844822859*relu_1_45_1_on_binary_indicator_var =l= 10.108630844822859;
e786_.. + 1*post_1_45_1 =g= 0;
e787_.. + 1*post_1_45_1 + 5.054315422411429*relu_1_45_1_off_binary_indicator_var =l= 5.054315422411429;
e788_.. + 1*pre_1_45_1 + 5.054315422411429*relu_1_45_1_off_binary_indicator_var =l= 5.054315422411429;
relu_1_46_0_above_pre.. + 1*pre_1_46_0 - 1*post_1_46_0 =l= 0;
relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_0_on_binary_indicator_var + 1*relu_1_46_0_off_binary_indicator_var =e= 1;
e791_.. - 1*pre_1_46_0 + 1*post_1_46_0 - 6.417045954474024*relu_1_46_0_on_binary_indicator_var =g= -6.417045954474024;
e792_.. - 1*pre_1_46_0 + 1*post_1_46_0 + 12.834091908948048*relu_1_46_0_on_binary_indicator_var =l= 12.834091908948048;
e793_.. + 1*post_1_46_0 =g= 0;
e794_.. + 1*post_1_46_0 + 6.417045954474024*relu_1_46_0_off_binary_indicator_var =l= 6.417045954474024;
e795_.. + 1*pre_1_46_0 + 6.417045954474024*relu_1_46_0_off_binary_indicator_var =l= 6.417045954474024;
relu_1_46_1_above_pre.. + 1*pre_1_46_1 - 1*post_1_46_1 =l= 0;
relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_1_on_binary_indicator_var + 1*relu_1_46_1_off_binary_indicator_var =e= 1;
e798_.. - 1*pre_1_46_1 + 1*post_1_46_1 - 6.417045954474024*relu_1_46_1_on_binary_indicator_var =g= -6.417045954474024;
e799_.. - 1*pre_1_46_1 + 1*post_1_46_1 + 12.834091908948048*relu_1_46_1_on_binary_indicator_var =l= 12.834091908948048;
e800_.. + 1*post_1_46_1 =g= 0;
e801_.. + 1*post_1_46_1 + 6.417045954474024*relu_1_46_1_off_binary_indicator_var =l= 6.417045954474024;
e802_.. + 1*pre_1_46_1 + 6.417045954474024*relu_1_46_1_off_binary_indicator_var =l= 6.417045954474024;
relu_1_47_0_above_pre.. + 1*pre_1_47_0 - 1*post_1_47_0 =l= 0;
relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_0_on_binary_indicator_var + 1*relu_1_47_0_off_binary_indicator_var =e= 1;
e805_.. - 1*pre_1_47_0 + 1*post_1_47_0 - 6.944399324947062*relu_1_47_0_on_binary_indicator_var =g= -6.944399324947062;
e806_.. - 1*pre_1_47_0 + 1*post_1_47_0 + 13.888798649894124*relu_1_47_0_on_binary_indicator_var =l= 13.888798649894124;
e807_.. + 1*post_1_47_0 =g= 0;
e808_.. + 1*post_1_47_0 + 6.944399324947062*relu_1_47_0_off_binary_indicator_var =l= 6.944399324947062;
e809_.. + 1*pre_1_47_0 + 6.944399324947062*relu_1_47_0_off_binary_indicator_var =l= 6.944399324947062;
relu_1_47_1_above_pre.. + 1*pre_1_47_1 - 1*post_1_47_1 =l= 0;
relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_1_on_binary_indicator_var + 1*relu_1_47_1_off_binary_indicator_var =e= 1;
e812_.. - 1*pre_1_47_1 + 1*post_1_47_1 - 6.944399324947062*relu_1_47_1_on_binary_indicator_var =g= -6.944399324947062;
e813_.. - 1*pre_1_47_1 + 1*post_1_47_1 + 13.888798649894124*relu_1_47_1_on_binary_indicator_var =l= 13.888798649894124;
e814_.. + 1*post_1_47_1 =g= 0;
e815_.. + 1*post_1_47_1 + 6.944399324947062*relu_1_47_1_off_binary_indicator_var =l= 6.944399324947062;
e816_.. + 1*pre_1_47_1 + 6.944399324947062*relu_1_47_1_off_binary_indicator_var =l= 6.944399324947062;

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
pre_1_32_0.lo = -5.728168080018541;
pre_1_32_0.up = 5.728168080018541;
pre_1_32_1.lo = -5.728168080018541;
pre_1_32_1.up = 5.728168080018541;
pre_1_33_0.lo = -4.169908962997813;
pre_1_33_0.up = 4.169908962997813;
pre_1_33_1.lo = -4.169908962997813;
pre_1_33_1.up = 4.169908962997813;
pre_1_34_0.lo = -8.664241081038536;
pre_1_34_0.up = 8.664241081038536;
pre_1_34_1.lo = -8.664241081038536;
pre_1_34_1.up = 8.664241081038536;
pre_1_35_0.lo = -4.786102235995172;
pre_1_35_0.up = 4.786102235995172;
pre_1_35_1.lo = -4.786102235995172;
pre_1_35_1.up = 4.786102235995172;
pre_1_36_0.lo = -3.1913367882549086;
pre_1_36_0.up = 3.1913367882549086;
pre_1_36_1.lo = -3.1913367882549086;
pre_1_36_1.up = 3.1913367882549086;
pre_1_37_0.lo = -5.22677910814882;
pre_1_37_0.up = 5.22677910814882;
pre_1_37_1.lo = -5.22677910814882;
pre_1_37_1.up = 5.22677910814882;
pre_1_38_0.lo = -5.673758698670875;
pre_1_38_0.up = 5.673758698670875;
pre_1_38_1.lo = -5.673758698670875;
pre_1_38_1.up = 5.673758698670875;
pre_1_39_0.lo = -7.902762319994838;
pre_1_39_0.up = 7.902762319994838;
pre_1_39_1.lo = -7.902762319994838;
pre_1_39_1.up = 7.902762319994838;
pre_1_40_0.lo = -6.938634274205215;
pre_1_40_0.up = 6.938634274205215;
pre_1_40_1.lo = -6.938634274205215;
pre_1_40_1.up = 6.938634274205215;
pre_1_41_0.lo = -8.719319309755662;
pre_1_41_0.up = 8.719319309755662;
pre_1_41_1.lo = -8.719319309755662;
pre_1_41_1.up = 8.719319309755662;
pre_1_42_0.lo = -8.069010781871519;
pre_1_42_0.up = 8.069010781871519;
pre_1_42_1.lo = -8.069010781871519;
pre_1_42_1.up = 8.069010781871519;
pre_1_43_0.lo = -7.8506770042707945;
pre_1_43_0.up = 7.8506770042707945;
pre_1_43_1.lo = -7.8506770042707945;
pre_1_43_1.up = 7.8506770042707945;
pre_1_44_0.lo = -8.175386217260854;
pre_1_44_0.up = 8.175386217260854;
pre_1_44_1.lo = -8.175386217260854;
pre_1_44_1.up = 8.175386217260854;
pre_1_45_0.lo = -5.054315422411429;
pre_1_45_0.up = 5.054315422411429;
pre_1_45_1.lo = -5.054315422411429;
pre_1_45_1.up = 5.054315422411429;
pre_1_46_0.lo = -6.417045954474024;
pre_1_46_0.up = 6.417045954474024;
pre_1_46_1.lo = -6.417045954474024;
pre_1_46_1.up = 6.417045954474024;
pre_1_47_0.lo = -6.944399324947062;
pre_1_47_0.up = 6.944399324947062;
pre_1_47_1.lo = -6.944399324947062;
pre_1_47_1.up = 6.944399324947062;
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
post_1_32_0.lo = 0;
post_1_32_0.up = 5.728168080018541;
post_1_32_1.lo = 0;
post_1_32_1.up = 5.728168080018541;
post_1_33_0.lo = 0;
post_1_33_0.up = 4.169908962997813;
post_1_33_1.lo = 0;
post_1_33_1.up = 4.169908962997813;
post_1_34_0.lo = 0;
post_1_34_0.up = 8.664241081038536;
post_1_34_1.lo = 0;
post_1_34_1.up = 8.664241081038536;
post_1_35_0.lo = 0;
post_1_35_0.up = 4.786102235995172;
post_1_35_1.lo = 0;
post_1_35_1.up = 4.786102235995172;
post_1_36_0.lo = 0;
post_1_36_0.up = 3.1913367882549086;
post_1_36_1.lo = 0;
post_1_36_1.up = 3.1913367882549086;
post_1_37_0.lo = 0;
post_1_37_0.up = 5.22677910814882;
post_1_37_1.lo = 0;
post_1_37_1.up = 5.22677910814882;
post_1_38_0.lo = 0;
post_1_38_0.up = 5.673758698670875;
post_1_38_1.lo = 0;
post_1_38_1.up = 5.673758698670875;
post_1_39_0.lo = 0;
post_1_39_0.up = 7.902762319994838;
post_1_39_1.lo = 0;
post_1_39_1.up = 7.902762319994838;
post_1_40_0.lo = 0;
post_1_40_0.up = 6.938634274205215;
post_1_40_1.lo = 0;
post_1_40_1.up = 6.938634274205215;
post_1_41_0.lo = 0;
post_1_41_0.up = 8.719319309755662;
post_1_41_1.lo = 0;
post_1_41_1.up = 8.719319309755662;
post_1_42_0.lo = 0;
post_1_42_0.up = 8.069010781871519;
post_1_42_1.lo = 0;
post_1_42_1.up = 8.069010781871519;
post_1_43_0.lo = 0;
post_1_43_0.up = 7.8506770042707945;
post_1_43_1.lo = 0;
post_1_43_1.up = 7.8506770042707945;
post_1_44_0.lo = 0;
post_1_44_0.up = 8.175386217260854;
post_1_44_1.lo = 0;
post_1_44_1.up = 8.175386217260854;
post_1_45_0.lo = 0;
post_1_45_0.up = 5.054315422411429;
post_1_45_1.lo = 0;
post_1_45_1.up = 5.054315422411429;
post_1_46_0.lo = 0;
post_1_46_0.up = 6.417045954474024;
post_1_46_1.lo = 0;
post_1_46_1.up = 6.417045954474024;
post_1_47_0.lo = 0;
post_1_47_0.up = 6.944399324947062;
post_1_47_1.lo = 0;
post_1_47_1.up = 6.944399324947062;
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
out_32_0.lo = -37.36900848011125;
out_32_0.up = 37.36900848011125;
out_33_0.lo = -28.019453777986882;
out_33_0.up = 28.019453777986882;
out_34_0.lo = -54.98544648623122;
out_34_0.up = 54.98544648623122;
out_35_0.lo = -31.716613415971032;
out_35_0.up = 31.716613415971032;
out_36_0.lo = -22.148020729529453;
out_36_0.up = 22.148020729529453;
out_37_0.lo = -34.360674648892925;
out_37_0.up = 34.360674648892925;
out_38_0.lo = -37.042552192025255;
out_38_0.up = 37.042552192025255;
out_39_0.lo = -50.416573919969025;
out_39_0.up = 50.416573919969025;
out_40_0.lo = -44.631805645231296;
out_40_0.up = 44.631805645231296;
out_41_0.lo = -55.31591585853397;
out_41_0.up = 55.31591585853397;
out_42_0.lo = -51.414064691229115;
out_42_0.up = 51.414064691229115;
out_43_0.lo = -50.10406202562477;
out_43_0.up = 50.10406202562477;
out_44_0.lo = -52.052317303565125;
out_44_0.up = 52.052317303565125;
out_45_0.lo = -33.32589253446858;
out_45_0.up = 33.32589253446858;
out_46_0.lo = -41.50227572684415;
out_46_0.up = 41.50227572684415;
out_47_0.lo = -44.66639594968237;
out_47_0.up = 44.66639594968237;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
