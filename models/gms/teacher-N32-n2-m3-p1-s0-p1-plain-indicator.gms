* teacher-N32-n2-m3-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N32-n2-m3-p1-s0, problem 1, plain-indicator; {"hidden": [3], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_1_2_0, w_1_2_1, w_2_0_0,
  w_2_0_1, w_2_0_2, b_1_0, b_1_1, b_1_2, b_2_0, pre_1_0_0, pre_1_0_1,
  pre_1_0_2, pre_1_1_0, pre_1_1_1, pre_1_1_2, pre_1_2_0, pre_1_2_1, pre_1_2_2, pre_1_3_0,
  pre_1_3_1, pre_1_3_2, pre_1_4_0, pre_1_4_1, pre_1_4_2, pre_1_5_0, pre_1_5_1, pre_1_5_2,
  pre_1_6_0, pre_1_6_1, pre_1_6_2, pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_8_0, pre_1_8_1,
  pre_1_8_2, pre_1_9_0, pre_1_9_1, pre_1_9_2, pre_1_10_0, pre_1_10_1, pre_1_10_2, pre_1_11_0,
  pre_1_11_1, pre_1_11_2, pre_1_12_0, pre_1_12_1, pre_1_12_2, pre_1_13_0, pre_1_13_1, pre_1_13_2,
  pre_1_14_0, pre_1_14_1, pre_1_14_2, pre_1_15_0, pre_1_15_1, pre_1_15_2, pre_1_16_0, pre_1_16_1,
  pre_1_16_2, pre_1_17_0, pre_1_17_1, pre_1_17_2, pre_1_18_0, pre_1_18_1, pre_1_18_2, pre_1_19_0,
  pre_1_19_1, pre_1_19_2, pre_1_20_0, pre_1_20_1, pre_1_20_2, pre_1_21_0, pre_1_21_1, pre_1_21_2,
  pre_1_22_0, pre_1_22_1, pre_1_22_2, pre_1_23_0, pre_1_23_1, pre_1_23_2, pre_1_24_0, pre_1_24_1,
  pre_1_24_2, pre_1_25_0, pre_1_25_1, pre_1_25_2, pre_1_26_0, pre_1_26_1, pre_1_26_2, pre_1_27_0,
  pre_1_27_1, pre_1_27_2, pre_1_28_0, pre_1_28_1, pre_1_28_2, pre_1_29_0, pre_1_29_1, pre_1_29_2,
  pre_1_30_0, pre_1_30_1, pre_1_30_2, pre_1_31_0, pre_1_31_1, pre_1_31_2, post_1_0_0, post_1_0_1,
  post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2, post_1_2_0, post_1_2_1, post_1_2_2, post_1_3_0,
  post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1, post_1_4_2, post_1_5_0, post_1_5_1, post_1_5_2,
  post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0, post_1_7_1, post_1_7_2, post_1_8_0, post_1_8_1,
  post_1_8_2, post_1_9_0, post_1_9_1, post_1_9_2, post_1_10_0, post_1_10_1, post_1_10_2, post_1_11_0,
  post_1_11_1, post_1_11_2, post_1_12_0, post_1_12_1, post_1_12_2, post_1_13_0, post_1_13_1, post_1_13_2,
  post_1_14_0, post_1_14_1, post_1_14_2, post_1_15_0, post_1_15_1, post_1_15_2, post_1_16_0, post_1_16_1,
  post_1_16_2, post_1_17_0, post_1_17_1, post_1_17_2, post_1_18_0, post_1_18_1, post_1_18_2, post_1_19_0,
  post_1_19_1, post_1_19_2, post_1_20_0, post_1_20_1, post_1_20_2, post_1_21_0, post_1_21_1, post_1_21_2,
  post_1_22_0, post_1_22_1, post_1_22_2, post_1_23_0, post_1_23_1, post_1_23_2, post_1_24_0, post_1_24_1,
  post_1_24_2, post_1_25_0, post_1_25_1, post_1_25_2, post_1_26_0, post_1_26_1, post_1_26_2, post_1_27_0,
  post_1_27_1, post_1_27_2, post_1_28_0, post_1_28_1, post_1_28_2, post_1_29_0, post_1_29_1, post_1_29_2,
  post_1_30_0, post_1_30_1, post_1_30_2, post_1_31_0, post_1_31_1, post_1_31_2, out_0_0, out_1_0,
  out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0,
  out_10_0, out_11_0, out_12_0, out_13_0, out_14_0, out_15_0, out_16_0, out_17_0,
  out_18_0, out_19_0, out_20_0, out_21_0, out_22_0, out_23_0, out_24_0, out_25_0,
  out_26_0, out_27_0, out_28_0, out_29_0, out_30_0, out_31_0;

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
  relu_1_16_0_on_binary_indicator_var, relu_1_16_0_off_binary_indicator_var, relu_1_16_1_on_binary_indicator_var, relu_1_16_1_off_binary_indicator_var, relu_1_16_2_on_binary_indicator_var, relu_1_16_2_off_binary_indicator_var, relu_1_17_0_on_binary_indicator_var, relu_1_17_0_off_binary_indicator_var,
  relu_1_17_1_on_binary_indicator_var, relu_1_17_1_off_binary_indicator_var, relu_1_17_2_on_binary_indicator_var, relu_1_17_2_off_binary_indicator_var, relu_1_18_0_on_binary_indicator_var, relu_1_18_0_off_binary_indicator_var, relu_1_18_1_on_binary_indicator_var, relu_1_18_1_off_binary_indicator_var,
  relu_1_18_2_on_binary_indicator_var, relu_1_18_2_off_binary_indicator_var, relu_1_19_0_on_binary_indicator_var, relu_1_19_0_off_binary_indicator_var, relu_1_19_1_on_binary_indicator_var, relu_1_19_1_off_binary_indicator_var, relu_1_19_2_on_binary_indicator_var, relu_1_19_2_off_binary_indicator_var,
  relu_1_20_0_on_binary_indicator_var, relu_1_20_0_off_binary_indicator_var, relu_1_20_1_on_binary_indicator_var, relu_1_20_1_off_binary_indicator_var, relu_1_20_2_on_binary_indicator_var, relu_1_20_2_off_binary_indicator_var, relu_1_21_0_on_binary_indicator_var, relu_1_21_0_off_binary_indicator_var,
  relu_1_21_1_on_binary_indicator_var, relu_1_21_1_off_binary_indicator_var, relu_1_21_2_on_binary_indicator_var, relu_1_21_2_off_binary_indicator_var, relu_1_22_0_on_binary_indicator_var, relu_1_22_0_off_binary_indicator_var, relu_1_22_1_on_binary_indicator_var, relu_1_22_1_off_binary_indicator_var,
  relu_1_22_2_on_binary_indicator_var, relu_1_22_2_off_binary_indicator_var, relu_1_23_0_on_binary_indicator_var, relu_1_23_0_off_binary_indicator_var, relu_1_23_1_on_binary_indicator_var, relu_1_23_1_off_binary_indicator_var, relu_1_23_2_on_binary_indicator_var, relu_1_23_2_off_binary_indicator_var,
  relu_1_24_0_on_binary_indicator_var, relu_1_24_0_off_binary_indicator_var, relu_1_24_1_on_binary_indicator_var, relu_1_24_1_off_binary_indicator_var, relu_1_24_2_on_binary_indicator_var, relu_1_24_2_off_binary_indicator_var, relu_1_25_0_on_binary_indicator_var, relu_1_25_0_off_binary_indicator_var,
  relu_1_25_1_on_binary_indicator_var, relu_1_25_1_off_binary_indicator_var, relu_1_25_2_on_binary_indicator_var, relu_1_25_2_off_binary_indicator_var, relu_1_26_0_on_binary_indicator_var, relu_1_26_0_off_binary_indicator_var, relu_1_26_1_on_binary_indicator_var, relu_1_26_1_off_binary_indicator_var,
  relu_1_26_2_on_binary_indicator_var, relu_1_26_2_off_binary_indicator_var, relu_1_27_0_on_binary_indicator_var, relu_1_27_0_off_binary_indicator_var, relu_1_27_1_on_binary_indicator_var, relu_1_27_1_off_binary_indicator_var, relu_1_27_2_on_binary_indicator_var, relu_1_27_2_off_binary_indicator_var,
  relu_1_28_0_on_binary_indicator_var, relu_1_28_0_off_binary_indicator_var, relu_1_28_1_on_binary_indicator_var, relu_1_28_1_off_binary_indicator_var, relu_1_28_2_on_binary_indicator_var, relu_1_28_2_off_binary_indicator_var, relu_1_29_0_on_binary_indicator_var, relu_1_29_0_off_binary_indicator_var,
  relu_1_29_1_on_binary_indicator_var, relu_1_29_1_off_binary_indicator_var, relu_1_29_2_on_binary_indicator_var, relu_1_29_2_off_binary_indicator_var, relu_1_30_0_on_binary_indicator_var, relu_1_30_0_off_binary_indicator_var, relu_1_30_1_on_binary_indicator_var, relu_1_30_1_off_binary_indicator_var,
  relu_1_30_2_on_binary_indicator_var, relu_1_30_2_off_binary_indicator_var, relu_1_31_0_on_binary_indicator_var, relu_1_31_0_off_binary_indicator_var, relu_1_31_1_on_binary_indicator_var, relu_1_31_1_off_binary_indicator_var, relu_1_31_2_on_binary_indicator_var, relu_1_31_2_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_2_0,
  pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_7_0, pre_definition_1_7_1,
  pre_definition_1_7_2, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2, pre_definition_1_10_0,
  pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2,
  pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_15_0, pre_definition_1_15_1,
  pre_definition_1_15_2, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_16_2, pre_definition_1_17_0, pre_definition_1_17_1, pre_definition_1_17_2, pre_definition_1_18_0,
  pre_definition_1_18_1, pre_definition_1_18_2, pre_definition_1_19_0, pre_definition_1_19_1, pre_definition_1_19_2, pre_definition_1_20_0, pre_definition_1_20_1, pre_definition_1_20_2,
  pre_definition_1_21_0, pre_definition_1_21_1, pre_definition_1_21_2, pre_definition_1_22_0, pre_definition_1_22_1, pre_definition_1_22_2, pre_definition_1_23_0, pre_definition_1_23_1,
  pre_definition_1_23_2, pre_definition_1_24_0, pre_definition_1_24_1, pre_definition_1_24_2, pre_definition_1_25_0, pre_definition_1_25_1, pre_definition_1_25_2, pre_definition_1_26_0,
  pre_definition_1_26_1, pre_definition_1_26_2, pre_definition_1_27_0, pre_definition_1_27_1, pre_definition_1_27_2, pre_definition_1_28_0, pre_definition_1_28_1, pre_definition_1_28_2,
  pre_definition_1_29_0, pre_definition_1_29_1, pre_definition_1_29_2, pre_definition_1_30_0, pre_definition_1_30_1, pre_definition_1_30_2, pre_definition_1_31_0, pre_definition_1_31_1,
  pre_definition_1_31_2, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0, out_definition_19_0, out_definition_20_0, out_definition_21_0, out_definition_22_0,
  out_definition_23_0, out_definition_24_0, out_definition_25_0, out_definition_26_0, out_definition_27_0, out_definition_28_0, out_definition_29_0, out_definition_30_0,
  out_definition_31_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e131_, e132_, e133_, e134_, e135_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e138_, e139_, e140_, e141_, e142_, relu_1_0_2_above_pre,
  relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor, e145_, e146_, e147_, e148_, e149_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor,
  e152_, e153_, e154_, e155_, e156_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e159_,
  e160_, e161_, e162_, e163_, relu_1_1_2_above_pre, relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor, e166_, e167_,
  e168_, e169_, e170_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e173_, e174_, e175_,
  e176_, e177_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e180_, e181_, e182_, e183_,
  e184_, relu_1_2_2_above_pre, relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor, e187_, e188_, e189_, e190_, e191_,
  relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e194_, e195_, e196_, e197_, e198_, relu_1_3_1_above_pre,
  relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e201_, e202_, e203_, e204_, e205_, relu_1_3_2_above_pre, relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor,
  e208_, e209_, e210_, e211_, e212_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e215_,
  e216_, e217_, e218_, e219_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e222_, e223_,
  e224_, e225_, e226_, relu_1_4_2_above_pre, relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor, e229_, e230_, e231_,
  e232_, e233_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e236_, e237_, e238_, e239_,
  e240_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e243_, e244_, e245_, e246_, e247_,
  relu_1_5_2_above_pre, relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor, e250_, e251_, e252_, e253_, e254_, relu_1_6_0_above_pre,
  relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e257_, e258_, e259_, e260_, e261_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor,
  e264_, e265_, e266_, e267_, e268_, relu_1_6_2_above_pre, relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor, e271_,
  e272_, e273_, e274_, e275_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e278_, e279_,
  e280_, e281_, e282_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e285_, e286_, e287_,
  e288_, e289_, relu_1_7_2_above_pre, relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor, e292_, e293_, e294_, e295_,
  e296_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e299_, e300_, e301_, e302_, e303_,
  relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e306_, e307_, e308_, e309_, e310_, relu_1_8_2_above_pre,
  relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor, e313_, e314_, e315_, e316_, e317_, relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor,
  e320_, e321_, e322_, e323_, e324_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e327_,
  e328_, e329_, e330_, e331_, relu_1_9_2_above_pre, relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor, e334_, e335_,
  e336_, e337_, e338_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e341_, e342_, e343_,
  e344_, e345_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e348_, e349_, e350_, e351_,
  e352_, relu_1_10_2_above_pre, relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor, e355_, e356_, e357_, e358_, e359_,
  relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e362_, e363_, e364_, e365_, e366_, relu_1_11_1_above_pre,
  relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e369_, e370_, e371_, e372_, e373_, relu_1_11_2_above_pre, relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor,
  e376_, e377_, e378_, e379_, e380_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e383_,
  e384_, e385_, e386_, e387_, relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e390_, e391_,
  e392_, e393_, e394_, relu_1_12_2_above_pre, relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor, e397_, e398_, e399_,
  e400_, e401_, relu_1_13_0_above_pre, relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e404_, e405_, e406_, e407_,
  e408_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor, e411_, e412_, e413_, e414_, e415_,
  relu_1_13_2_above_pre, relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor, e418_, e419_, e420_, e421_, e422_, relu_1_14_0_above_pre,
  relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e425_, e426_, e427_, e428_, e429_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor,
  e432_, e433_, e434_, e435_, e436_, relu_1_14_2_above_pre, relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor, e439_,
  e440_, e441_, e442_, e443_, relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e446_, e447_,
  e448_, e449_, e450_, relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e453_, e454_, e455_,
  e456_, e457_, relu_1_15_2_above_pre, relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor, e460_, e461_, e462_, e463_,
  e464_, relu_1_16_0_above_pre, relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor, e467_, e468_, e469_, e470_, e471_,
  relu_1_16_1_above_pre, relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor, e474_, e475_, e476_, e477_, e478_, relu_1_16_2_above_pre,
  relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor, e481_, e482_, e483_, e484_, e485_, relu_1_17_0_above_pre, relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor,
  e488_, e489_, e490_, e491_, e492_, relu_1_17_1_above_pre, relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor, e495_,
  e496_, e497_, e498_, e499_, relu_1_17_2_above_pre, relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor, e502_, e503_,
  e504_, e505_, e506_, relu_1_18_0_above_pre, relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor, e509_, e510_, e511_,
  e512_, e513_, relu_1_18_1_above_pre, relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor, e516_, e517_, e518_, e519_,
  e520_, relu_1_18_2_above_pre, relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor, e523_, e524_, e525_, e526_, e527_,
  relu_1_19_0_above_pre, relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor, e530_, e531_, e532_, e533_, e534_, relu_1_19_1_above_pre,
  relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor, e537_, e538_, e539_, e540_, e541_, relu_1_19_2_above_pre, relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor,
  e544_, e545_, e546_, e547_, e548_, relu_1_20_0_above_pre, relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor, e551_,
  e552_, e553_, e554_, e555_, relu_1_20_1_above_pre, relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor, e558_, e559_,
  e560_, e561_, e562_, relu_1_20_2_above_pre, relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor, e565_, e566_, e567_,
  e568_, e569_, relu_1_21_0_above_pre, relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor, e572_, e573_, e574_, e575_,
  e576_, relu_1_21_1_above_pre, relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor, e579_, e580_, e581_, e582_, e583_,
  relu_1_21_2_above_pre, relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor, e586_, e587_, e588_, e589_, e590_, relu_1_22_0_above_pre,
  relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor, e593_, e594_, e595_, e596_, e597_, relu_1_22_1_above_pre, relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor,
  e600_, e601_, e602_, e603_, e604_, relu_1_22_2_above_pre, relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor, e607_,
  e608_, e609_, e610_, e611_, relu_1_23_0_above_pre, relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor, e614_, e615_,
  e616_, e617_, e618_, relu_1_23_1_above_pre, relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor, e621_, e622_, e623_,
  e624_, e625_, relu_1_23_2_above_pre, relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor, e628_, e629_, e630_, e631_,
  e632_, relu_1_24_0_above_pre, relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor, e635_, e636_, e637_, e638_, e639_,
  relu_1_24_1_above_pre, relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor, e642_, e643_, e644_, e645_, e646_, relu_1_24_2_above_pre,
  relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor, e649_, e650_, e651_, e652_, e653_, relu_1_25_0_above_pre, relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor,
  e656_, e657_, e658_, e659_, e660_, relu_1_25_1_above_pre, relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor, e663_,
  e664_, e665_, e666_, e667_, relu_1_25_2_above_pre, relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor, e670_, e671_,
  e672_, e673_, e674_, relu_1_26_0_above_pre, relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor, e677_, e678_, e679_,
  e680_, e681_, relu_1_26_1_above_pre, relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor, e684_, e685_, e686_, e687_,
  e688_, relu_1_26_2_above_pre, relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor, e691_, e692_, e693_, e694_, e695_,
  relu_1_27_0_above_pre, relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor, e698_, e699_, e700_, e701_, e702_, relu_1_27_1_above_pre,
  relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor, e705_, e706_, e707_, e708_, e709_, relu_1_27_2_above_pre, relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor,
  e712_, e713_, e714_, e715_, e716_, relu_1_28_0_above_pre, relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor, e719_,
  e720_, e721_, e722_, e723_, relu_1_28_1_above_pre, relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor, e726_, e727_,
  e728_, e729_, e730_, relu_1_28_2_above_pre, relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor, e733_, e734_, e735_,
  e736_, e737_, relu_1_29_0_above_pre, relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor, e740_, e741_, e742_, e743_,
  e744_, relu_1_29_1_above_pre, relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor, e747_, e748_, e749_, e750_, e751_,
  relu_1_29_2_above_pre, relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor, e754_, e755_, e756_, e757_, e758_, relu_1_30_0_above_pre,
  relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor, e761_, e762_, e763_, e764_, e765_, relu_1_30_1_above_pre, relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor,
  e768_, e769_, e770_, e771_, e772_, relu_1_30_2_above_pre, relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor, e775_,
  e776_, e777_, e778_, e779_, relu_1_31_0_above_pre, relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor, e782_, e783_,
  e784_, e785_, e786_, relu_1_31_1_above_pre, relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor, e789_, e790_, e791_,
  e792_, e793_, relu_1_31_2_above_pre, relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor, e796_, e797_, e798_, e799_,
  e800_;

e_obj.. - objvar - 2.2662820066717253*out_0_0 - 1.1844539563742285*out_1_0 - 3.321365857919582*out_2_0 - 4.40446714544167*out_3_0 - 2.8646803318241414*out_4_0 - 0.8745722996232967*out_5_0 + 0.21345693089924322*out_6_0
    + 0.09495534651750809*out_7_0 - 0.25659061949059137*out_8_0 - 3.753252542554006*out_9_0 - 1.2926893390784338*out_10_0 - 2.813487128253551*out_11_0 + 0.8342502725440888*out_12_0 - 2.080641975310978*out_13_0 - 2.5411132901085134*out_14_0
    - 2.983156094512497*out_15_0 - 3.015906167946895*out_16_0 - 3.8088093360351203*out_17_0 + 0.43472560633510304*out_18_0 - 0.9839101109491358*out_19_0 - 3.85315767477346*out_20_0 - 3.09163218404774*out_21_0 - 2.920910416151539*out_22_0
    - 3.110691074732489*out_23_0 - 4.168056262206978*out_24_0 - 3.185890411356028*out_25_0 - 3.559324032678262*out_26_0 - 1.5730863126400305*out_27_0 - 2.394349358803234*out_28_0 - 1.4357823107531684*out_29_0 - 0.6720319754183377*out_30_0
    - 1.4718964634360612*out_31_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0) + 1*sqr(out_19_0) + 1*sqr(out_20_0) + 1*sqr(out_21_0) + 1*sqr(out_22_0)
    + 1*sqr(out_23_0) + 1*sqr(out_24_0) + 1*sqr(out_25_0) + 1*sqr(out_26_0) + 1*sqr(out_27_0) + 1*sqr(out_28_0) + 1*sqr(out_29_0) + 1*sqr(out_30_0)
    + 1*sqr(out_31_0) + 52.64200432728436 =e= 0;
pre_definition_1_0_0.. + 0.9328288493890713*w_1_0_0 - 0.45931089285988813*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.9328288493890713*w_1_1_0 - 0.45931089285988813*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 0.9328288493890713*w_1_2_0 - 0.45931089285988813*w_1_2_1 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_1_0.. + 0.648688758794882*w_1_0_0 - 0.7263578446997732*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.648688758794882*w_1_1_0 - 0.7263578446997732*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.648688758794882*w_1_2_0 - 0.7263578446997732*w_1_2_1 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_2_0.. - 0.08292244049818343*w_1_0_0 + 0.40057621892523043*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.08292244049818343*w_1_1_0 + 0.40057621892523043*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. - 0.08292244049818343*w_1_2_0 + 0.40057621892523043*w_1_2_1 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_3_0.. + 0.1546255576046831*w_1_0_0 + 0.9433606577090741*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.1546255576046831*w_1_1_0 + 0.9433606577090741*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. + 0.1546255576046831*w_1_2_0 + 0.9433606577090741*w_1_2_1 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_4_0.. + 0.7514334470008721*w_1_0_0 - 0.34124882938726064*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.7514334470008721*w_1_1_0 - 0.34124882938726064*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. + 0.7514334470008721*w_1_2_0 - 0.34124882938726064*w_1_2_1 - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_5_0.. - 0.2943790231485002*w_1_0_0 - 0.2307702229625077*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.2943790231485002*w_1_1_0 - 0.2307702229625077*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.2943790231485002*w_1_2_0 - 0.2307702229625077*w_1_2_1 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_6_0.. + 0.23264489147623313*w_1_0_0 - 0.994419871578422*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.23264489147623313*w_1_1_0 - 0.994419871578422*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. + 0.23264489147623313*w_1_2_0 - 0.994419871578422*w_1_2_1 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_7_0.. - 0.9616706775524602*w_1_0_0 - 0.3710839689613894*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.9616706775524602*w_1_1_0 - 0.3710839689613894*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 0.9616706775524602*w_1_2_0 - 0.3710839689613894*w_1_2_1 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_8_0.. - 0.3009185525356326*w_1_0_0 - 0.37689346114188016*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.3009185525356326*w_1_1_0 - 0.37689346114188016*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 0.3009185525356326*w_1_2_0 - 0.37689346114188016*w_1_2_1 - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_9_0.. + 0.22215715204179243*w_1_0_0 + 0.7298069899551776*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. + 0.22215715204179243*w_1_1_0 + 0.7298069899551776*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. + 0.22215715204179243*w_1_2_0 + 0.7298069899551776*w_1_2_1 - 1*b_1_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_10_0.. - 0.4429766803881634*w_1_0_0 - 0.050708644951451776*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.4429766803881634*w_1_1_0 - 0.050708644951451776*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 0.4429766803881634*w_1_2_0 - 0.050708644951451776*w_1_2_1 - 1*b_1_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_11_0.. + 0.3795162488820887*w_1_0_0 + 0.028329282336421846*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.3795162488820887*w_1_1_0 + 0.028329282336421846*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. + 0.3795162488820887*w_1_2_0 + 0.028329282336421846*w_1_2_1 - 1*b_1_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_12_0.. - 0.7789756686980005*w_1_0_0 - 0.8680870319124994*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.7789756686980005*w_1_1_0 - 0.8680870319124994*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 0.7789756686980005*w_1_2_0 - 0.8680870319124994*w_1_2_1 - 1*b_1_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_13_0.. + 0.28440960658185954*w_1_0_0 - 0.14305966145952187*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.28440960658185954*w_1_1_0 - 0.14305966145952187*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. + 0.28440960658185954*w_1_2_0 - 0.14305966145952187*w_1_2_1 - 1*b_1_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_14_0.. + 0.3562612178481157*w_1_0_0 - 0.1886000603993936*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. + 0.3562612178481157*w_1_1_0 - 0.1886000603993936*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. + 0.3562612178481157*w_1_2_0 - 0.1886000603993936*w_1_2_1 - 1*b_1_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_15_0.. + 0.3241775489857335*w_1_0_0 + 0.21676199894367754*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.3241775489857335*w_1_1_0 + 0.21676199894367754*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_1_15_2.. + 0.3241775489857335*w_1_2_0 + 0.21676199894367754*w_1_2_1 - 1*b_1_2 + 1*pre_1_15_2 =e= 0;
pre_definition_1_16_0.. - 0.7805487040095846*w_1_0_0 + 0.5456848129332406*w_1_0_1 - 1*b_1_0 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. - 0.7805487040095846*w_1_1_0 + 0.5456848129332406*w_1_1_1 - 1*b_1_1 + 1*pre_1_16_1 =e= 0;
pre_definition_1_16_2.. - 0.7805487040095846*w_1_2_0 + 0.5456848129332406*w_1_2_1 - 1*b_1_2 + 1*pre_1_16_2 =e= 0;
pre_definition_1_17_0.. - 0.24637428937208483*w_1_0_0 + 0.8319693128352303*w_1_0_1 - 1*b_1_0 + 1*pre_1_17_0 =e= 0;
pre_definition_1_17_1.. - 0.24637428937208483*w_1_1_0 + 0.8319693128352303*w_1_1_1 - 1*b_1_1 + 1*pre_1_17_1 =e= 0;
pre_definition_1_17_2.. - 0.24637428937208483*w_1_2_0 + 0.8319693128352303*w_1_2_1 - 1*b_1_2 + 1*pre_1_17_2 =e= 0;
pre_definition_1_18_0.. - 0.6652882953067956*w_1_0_0 - 0.5741966149773667*w_1_0_1 - 1*b_1_0 + 1*pre_1_18_0 =e= 0;
pre_definition_1_18_1.. - 0.6652882953067956*w_1_1_0 - 0.5741966149773667*w_1_1_1 - 1*b_1_1 + 1*pre_1_18_1 =e= 0;
pre_definition_1_18_2.. - 0.6652882953067956*w_1_2_0 - 0.5741966149773667*w_1_2_1 - 1*b_1_2 + 1*pre_1_18_2 =e= 0;
pre_definition_1_19_0.. + 0.5212611140140957*w_1_0_0 - 0.7529684616214076*w_1_0_1 - 1*b_1_0 + 1*pre_1_19_0 =e= 0;
pre_definition_1_19_1.. + 0.5212611140140957*w_1_1_0 - 0.7529684616214076*w_1_1_1 - 1*b_1_1 + 1*pre_1_19_1 =e= 0;
pre_definition_1_19_2.. + 0.5212611140140957*w_1_2_0 - 0.7529684616214076*w_1_2_1 - 1*b_1_2 + 1*pre_1_19_2 =e= 0;
pre_definition_1_20_0.. + 0.8828639303896113*w_1_0_0 + 0.32776587890867925*w_1_0_1 - 1*b_1_0 + 1*pre_1_20_0 =e= 0;
pre_definition_1_20_1.. + 0.8828639303896113*w_1_1_0 + 0.32776587890867925*w_1_1_1 - 1*b_1_1 + 1*pre_1_20_1 =e= 0;
pre_definition_1_20_2.. + 0.8828639303896113*w_1_2_0 + 0.32776587890867925*w_1_2_1 - 1*b_1_2 + 1*pre_1_20_2 =e= 0;
pre_definition_1_21_0.. + 0.6994410662103219*w_1_0_0 + 0.09932126670142605*w_1_0_1 - 1*b_1_0 + 1*pre_1_21_0 =e= 0;
pre_definition_1_21_1.. + 0.6994410662103219*w_1_1_0 + 0.09932126670142605*w_1_1_1 - 1*b_1_1 + 1*pre_1_21_1 =e= 0;
pre_definition_1_21_2.. + 0.6994410662103219*w_1_2_0 + 0.09932126670142605*w_1_2_1 - 1*b_1_2 + 1*pre_1_21_2 =e= 0;
pre_definition_1_22_0.. - 0.5926485405745885*w_1_0_0 + 0.5387155820125051*w_1_0_1 - 1*b_1_0 + 1*pre_1_22_0 =e= 0;
pre_definition_1_22_1.. - 0.5926485405745885*w_1_1_0 + 0.5387155820125051*w_1_1_1 - 1*b_1_1 + 1*pre_1_22_1 =e= 0;
pre_definition_1_22_2.. - 0.5926485405745885*w_1_2_0 + 0.5387155820125051*w_1_2_1 - 1*b_1_2 + 1*pre_1_22_2 =e= 0;
pre_definition_1_23_0.. + 0.8959573978711808*w_1_0_0 + 0.1908963203569436*w_1_0_1 - 1*b_1_0 + 1*pre_1_23_0 =e= 0;
pre_definition_1_23_1.. + 0.8959573978711808*w_1_1_0 + 0.1908963203569436*w_1_1_1 - 1*b_1_1 + 1*pre_1_23_1 =e= 0;
pre_definition_1_23_2.. + 0.8959573978711808*w_1_2_0 + 0.1908963203569436*w_1_2_1 - 1*b_1_2 + 1*pre_1_23_2 =e= 0;
pre_definition_1_24_0.. + 0.6029739109814893*w_1_0_0 + 0.8184939087617562*w_1_0_1 - 1*b_1_0 + 1*pre_1_24_0 =e= 0;
pre_definition_1_24_1.. + 0.6029739109814893*w_1_1_0 + 0.8184939087617562*w_1_1_1 - 1*b_1_1 + 1*pre_1_24_1 =e= 0;
pre_definition_1_24_2.. + 0.6029739109814893*w_1_2_0 + 0.8184939087617562*w_1_2_1 - 1*b_1_2 + 1*pre_1_24_2 =e= 0;
pre_definition_1_25_0.. - 0.16066477197370133*w_1_0_0 + 0.4026077343621548*w_1_0_1 - 1*b_1_0 + 1*pre_1_25_0 =e= 0;
pre_definition_1_25_1.. - 0.16066477197370133*w_1_1_0 + 0.4026077343621548*w_1_1_1 - 1*b_1_1 + 1*pre_1_25_1 =e= 0;
pre_definition_1_25_2.. - 0.16066477197370133*w_1_2_0 + 0.4026077343621548*w_1_2_1 - 1*b_1_2 + 1*pre_1_25_2 =e= 0;
pre_definition_1_26_0.. - 0.34398975591271874*w_1_0_0 + 0.6009691120635734*w_1_0_1 - 1*b_1_0 + 1*pre_1_26_0 =e= 0;
pre_definition_1_26_1.. - 0.34398975591271874*w_1_1_0 + 0.6009691120635734*w_1_1_1 - 1*b_1_1 + 1*pre_1_26_1 =e= 0;
pre_definition_1_26_2.. - 0.34398975591271874*w_1_2_0 + 0.6009691120635734*w_1_2_1 - 1*b_1_2 + 1*pre_1_26_2 =e= 0;
pre_definition_1_27_0.. - 0.8842262210129956*w_1_0_0 + 0.2697796635103429*w_1_0_1 - 1*b_1_0 + 1*pre_1_27_0 =e= 0;
pre_definition_1_27_1.. - 0.8842262210129956*w_1_1_0 + 0.2697796635103429*w_1_1_1 - 1*b_1_1 + 1*pre_1_27_1 =e= 0;
pre_definition_1_27_2.. - 0.8842262210129956*w_1_2_0 + 0.2697796635103429*w_1_2_1 - 1*b_1_2 + 1*pre_1_27_2 =e= 0;
pre_definition_1_28_0.. + 0.789009440859541*w_1_0_0 - 0.25821630307941845*w_1_0_1 - 1*b_1_0 + 1*pre_1_28_0 =e= 0;
pre_definition_1_28_1.. + 0.789009440859541*w_1_1_0 - 0.25821630307941845*w_1_1_1 - 1*b_1_1 + 1*pre_1_28_1 =e= 0;
pre_definition_1_28_2.. + 0.789009440859541*w_1_2_0 - 0.25821630307941845*w_1_2_1 - 1*b_1_2 + 1*pre_1_28_2 =e= 0;
pre_definition_1_29_0.. - 0.8543091061357349*w_1_0_0 + 0.11924569056843204*w_1_0_1 - 1*b_1_0 + 1*pre_1_29_0 =e= 0;
pre_definition_1_29_1.. - 0.8543091061357349*w_1_1_0 + 0.11924569056843204*w_1_1_1 - 1*b_1_1 + 1*pre_1_29_1 =e= 0;
pre_definition_1_29_2.. - 0.8543091061357349*w_1_2_0 + 0.11924569056843204*w_1_2_1 - 1*b_1_2 + 1*pre_1_29_2 =e= 0;
pre_definition_1_30_0.. - 0.9091809873814745*w_1_0_0 + 0.00020837262470596585*w_1_0_1 - 1*b_1_0 + 1*pre_1_30_0 =e= 0;
pre_definition_1_30_1.. - 0.9091809873814745*w_1_1_0 + 0.00020837262470596585*w_1_1_1 - 1*b_1_1 + 1*pre_1_30_1 =e= 0;
pre_definition_1_30_2.. - 0.9091809873814745*w_1_2_0 + 0.00020837262470596585*w_1_2_1 - 1*b_1_2 + 1*pre_1_30_2 =e= 0;
pre_definition_1_31_0.. + 0.14954275030184894*w_1_0_0 - 0.24042690403075562*w_1_0_1 - 1*b_1_0 + 1*pre_1_31_0 =e= 0;
pre_definition_1_31_1.. + 0.14954275030184894*w_1_1_0 - 0.24042690403075562*w_1_1_1 - 1*b_1_1 + 1*pre_1_31_1 =e= 0;
pre_definition_1_31_2.. + 0.14954275030184894*w_1_2_0 - 0.24042690403075562*w_1_2_1 - 1*b_1_2 + 1*pre_1_31_2 =e= 0;
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
out_definition_17_0.. - 1*b_2_0 + 1*out_17_0 - 1*w_2_0_0*post_1_17_0 - 1*w_2_0_1*post_1_17_1 - 1*w_2_0_2*post_1_17_2 =e= 0;
out_definition_18_0.. - 1*b_2_0 + 1*out_18_0 - 1*w_2_0_0*post_1_18_0 - 1*w_2_0_1*post_1_18_1 - 1*w_2_0_2*post_1_18_2 =e= 0;
out_definition_19_0.. - 1*b_2_0 + 1*out_19_0 - 1*w_2_0_0*post_1_19_0 - 1*w_2_0_1*post_1_19_1 - 1*w_2_0_2*post_1_19_2 =e= 0;
out_definition_20_0.. - 1*b_2_0 + 1*out_20_0 - 1*w_2_0_0*post_1_20_0 - 1*w_2_0_1*post_1_20_1 - 1*w_2_0_2*post_1_20_2 =e= 0;
out_definition_21_0.. - 1*b_2_0 + 1*out_21_0 - 1*w_2_0_0*post_1_21_0 - 1*w_2_0_1*post_1_21_1 - 1*w_2_0_2*post_1_21_2 =e= 0;
out_definition_22_0.. - 1*b_2_0 + 1*out_22_0 - 1*w_2_0_0*post_1_22_0 - 1*w_2_0_1*post_1_22_1 - 1*w_2_0_2*post_1_22_2 =e= 0;
out_definition_23_0.. - 1*b_2_0 + 1*out_23_0 - 1*w_2_0_0*post_1_23_0 - 1*w_2_0_1*post_1_23_1 - 1*w_2_0_2*post_1_23_2 =e= 0;
out_definition_24_0.. - 1*b_2_0 + 1*out_24_0 - 1*w_2_0_0*post_1_24_0 - 1*w_2_0_1*post_1_24_1 - 1*w_2_0_2*post_1_24_2 =e= 0;
out_definition_25_0.. - 1*b_2_0 + 1*out_25_0 - 1*w_2_0_0*post_1_25_0 - 1*w_2_0_1*post_1_25_1 - 1*w_2_0_2*post_1_25_2 =e= 0;
out_definition_26_0.. - 1*b_2_0 + 1*out_26_0 - 1*w_2_0_0*post_1_26_0 - 1*w_2_0_1*post_1_26_1 - 1*w_2_0_2*post_1_26_2 =e= 0;
out_definition_27_0.. - 1*b_2_0 + 1*out_27_0 - 1*w_2_0_0*post_1_27_0 - 1*w_2_0_1*post_1_27_1 - 1*w_2_0_2*post_1_27_2 =e= 0;
out_definition_28_0.. - 1*b_2_0 + 1*out_28_0 - 1*w_2_0_0*post_1_28_0 - 1*w_2_0_1*post_1_28_1 - 1*w_2_0_2*post_1_28_2 =e= 0;
out_definition_29_0.. - 1*b_2_0 + 1*out_29_0 - 1*w_2_0_0*post_1_29_0 - 1*w_2_0_1*post_1_29_1 - 1*w_2_0_2*post_1_29_2 =e= 0;
out_definition_30_0.. - 1*b_2_0 + 1*out_30_0 - 1*w_2_0_0*post_1_30_0 - 1*w_2_0_1*post_1_30_1 - 1*w_2_0_2*post_1_30_2 =e= 0;
out_definition_31_0.. - 1*b_2_0 + 1*out_31_0 - 1*w_2_0_0*post_1_31_0 - 1*w_2_0_1*post_1_31_1 - 1*w_2_0_2*post_1_31_2 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e131_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.176419226746878*relu_1_0_0_on_binary_indicator_var =g= -7.176419226746878;
e132_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 14.352838453493757*relu_1_0_0_on_binary_indicator_var =l= 14.352838453493757;
e133_.. + 1*post_1_0_0 =g= 0;
e134_.. + 1*post_1_0_0 + 7.176419226746878*relu_1_0_0_off_binary_indicator_var =l= 7.176419226746878;
e135_.. + 1*pre_1_0_0 + 7.176419226746878*relu_1_0_0_off_binary_indicator_var =l= 7.176419226746878;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e138_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.176419226746878*relu_1_0_1_on_binary_indicator_var =g= -7.176419226746878;
e139_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 14.352838453493757*relu_1_0_1_on_binary_indicator_var =l= 14.352838453493757;
e140_.. + 1*post_1_0_1 =g= 0;
e141_.. + 1*post_1_0_1 + 7.176419226746878*relu_1_0_1_off_binary_indicator_var =l= 7.176419226746878;
e142_.. + 1*pre_1_0_1 + 7.176419226746878*relu_1_0_1_off_binary_indicator_var =l= 7.176419226746878;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_2_on_binary_indicator_var + 1*relu_1_0_2_off_binary_indicator_var =e= 1;
e145_.. - 1*pre_1_0_2 + 1*post_1_0_2 - 7.176419226746878*relu_1_0_2_on_binary_indicator_var =g= -7.176419226746878;
e146_.. - 1*pre_1_0_2 + 1*post_1_0_2 + 14.352838453493757*relu_1_0_2_on_binary_indicator_var =l= 14.352838453493757;
e147_.. + 1*post_1_0_2 =g= 0;
e148_.. + 1*post_1_0_2 + 7.176419226746878*relu_1_0_2_off_binary_indicator_var =l= 7.176419226746878;
e149_.. + 1*pre_1_0_2 + 7.176419226746878*relu_1_0_2_off_binary_indicator_var =l= 7.176419226746878;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e152_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 7.125139810483965*relu_1_1_0_on_binary_indicator_var =g= -7.125139810483965;
e153_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 14.25027962096793*relu_1_1_0_on_binary_indicator_var =l= 14.25027962096793;
e154_.. + 1*post_1_1_0 =g= 0;
e155_.. + 1*post_1_1_0 + 7.125139810483965*relu_1_1_0_off_binary_indicator_var =l= 7.125139810483965;
e156_.. + 1*pre_1_1_0 + 7.125139810483965*relu_1_1_0_off_binary_indicator_var =l= 7.125139810483965;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e159_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 7.125139810483965*relu_1_1_1_on_binary_indicator_var =g= -7.125139810483965;
e160_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 14.25027962096793*relu_1_1_1_on_binary_indicator_var =l= 14.25027962096793;
e161_.. + 1*post_1_1_1 =g= 0;
e162_.. + 1*post_1_1_1 + 7.125139810483965*relu_1_1_1_off_binary_indicator_var =l= 7.125139810483965;
e163_.. + 1*pre_1_1_1 + 7.125139810483965*relu_1_1_1_off_binary_indicator_var =l= 7.125139810483965;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_2_on_binary_indicator_var + 1*relu_1_1_2_off_binary_indicator_var =e= 1;
e166_.. - 1*pre_1_1_2 + 1*post_1_1_2 - 7.125139810483965*relu_1_1_2_on_binary_indicator_var =g= -7.125139810483965;
e167_.. - 1*pre_1_1_2 + 1*post_1_1_2 + 14.25027962096793*relu_1_1_2_on_binary_indicator_var =l= 14.25027962096793;
e168_.. + 1*post_1_1_2 =g= 0;
e169_.. + 1*post_1_1_2 + 7.125139810483965*relu_1_1_2_off_binary_indicator_var =l= 7.125139810483965;
e170_.. + 1*pre_1_1_2 + 7.125139810483965*relu_1_1_2_off_binary_indicator_var =l= 7.125139810483965;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e173_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 4.450495978270242*relu_1_2_0_on_binary_indicator_var =g= -4.450495978270242;
e174_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 8.900991956540484*relu_1_2_0_on_binary_indicator_var =l= 8.900991956540484;
e175_.. + 1*post_1_2_0 =g= 0;
e176_.. + 1*post_1_2_0 + 4.450495978270242*relu_1_2_0_off_binary_indicator_var =l= 4.450495978270242;
e177_.. + 1*pre_1_2_0 + 4.450495978270242*relu_1_2_0_off_binary_indicator_var =l= 4.450495978270242;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e180_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 4.450495978270242*relu_1_2_1_on_binary_indicator_var =g= -4.450495978270242;
e181_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 8.900991956540484*relu_1_2_1_on_binary_indicator_var =l= 8.900991956540484;
e182_.. + 1*post_1_2_1 =g= 0;
e183_.. + 1*post_1_2_1 + 4.450495978270242*relu_1_2_1_off_binary_indicator_var =l= 4.450495978270242;
e184_.. + 1*pre_1_2_1 + 4.450495978270242*relu_1_2_1_off_binary_indicator_var =l= 4.450495978270242;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_2_on_binary_indicator_var + 1*relu_1_2_2_off_binary_indicator_var =e= 1;
e187_.. - 1*pre_1_2_2 + 1*post_1_2_2 - 4.450495978270242*relu_1_2_2_on_binary_indicator_var =g= -4.450495978270242;
e188_.. - 1*pre_1_2_2 + 1*post_1_2_2 + 8.900991956540484*relu_1_2_2_on_binary_indicator_var =l= 8.900991956540484;
e189_.. + 1*post_1_2_2 =g= 0;
e190_.. + 1*post_1_2_2 + 4.450495978270242*relu_1_2_2_off_binary_indicator_var =l= 4.450495978270242;
e191_.. + 1*pre_1_2_2 + 4.450495978270242*relu_1_2_2_off_binary_indicator_var =l= 4.450495978270242;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e194_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6.293958645941272*relu_1_3_0_on_binary_indicator_var =g= -6.293958645941272;
e195_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 12.587917291882544*relu_1_3_0_on_binary_indicator_var =l= 12.587917291882544;
e196_.. + 1*post_1_3_0 =g= 0;
e197_.. + 1*post_1_3_0 + 6.293958645941272*relu_1_3_0_off_binary_indicator_var =l= 6.293958645941272;
e198_.. + 1*pre_1_3_0 + 6.293958645941272*relu_1_3_0_off_binary_indicator_var =l= 6.293958645941272;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e201_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 6.293958645941272*relu_1_3_1_on_binary_indicator_var =g= -6.293958645941272;
e202_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 12.587917291882544*relu_1_3_1_on_binary_indicator_var =l= 12.587917291882544;
e203_.. + 1*post_1_3_1 =g= 0;
e204_.. + 1*post_1_3_1 + 6.293958645941272*relu_1_3_1_off_binary_indicator_var =l= 6.293958645941272;
e205_.. + 1*pre_1_3_1 + 6.293958645941272*relu_1_3_1_off_binary_indicator_var =l= 6.293958645941272;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_2_on_binary_indicator_var + 1*relu_1_3_2_off_binary_indicator_var =e= 1;
e208_.. - 1*pre_1_3_2 + 1*post_1_3_2 - 6.293958645941272*relu_1_3_2_on_binary_indicator_var =g= -6.293958645941272;
e209_.. - 1*pre_1_3_2 + 1*post_1_3_2 + 12.587917291882544*relu_1_3_2_on_binary_indicator_var =l= 12.587917291882544;
e210_.. + 1*post_1_3_2 =g= 0;
e211_.. + 1*post_1_3_2 + 6.293958645941272*relu_1_3_2_off_binary_indicator_var =l= 6.293958645941272;
e212_.. + 1*pre_1_3_2 + 6.293958645941272*relu_1_3_2_off_binary_indicator_var =l= 6.293958645941272;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e215_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 6.278046829164398*relu_1_4_0_on_binary_indicator_var =g= -6.278046829164398;
e216_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 12.556093658328797*relu_1_4_0_on_binary_indicator_var =l= 12.556093658328797;
e217_.. + 1*post_1_4_0 =g= 0;
e218_.. + 1*post_1_4_0 + 6.278046829164398*relu_1_4_0_off_binary_indicator_var =l= 6.278046829164398;
e219_.. + 1*pre_1_4_0 + 6.278046829164398*relu_1_4_0_off_binary_indicator_var =l= 6.278046829164398;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e222_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 6.278046829164398*relu_1_4_1_on_binary_indicator_var =g= -6.278046829164398;
e223_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 12.556093658328797*relu_1_4_1_on_binary_indicator_var =l= 12.556093658328797;
e224_.. + 1*post_1_4_1 =g= 0;
e225_.. + 1*post_1_4_1 + 6.278046829164398*relu_1_4_1_off_binary_indicator_var =l= 6.278046829164398;
e226_.. + 1*pre_1_4_1 + 6.278046829164398*relu_1_4_1_off_binary_indicator_var =l= 6.278046829164398;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_2_on_binary_indicator_var + 1*relu_1_4_2_off_binary_indicator_var =e= 1;
e229_.. - 1*pre_1_4_2 + 1*post_1_4_2 - 6.278046829164398*relu_1_4_2_on_binary_indicator_var =g= -6.278046829164398;
e230_.. - 1*pre_1_4_2 + 1*post_1_4_2 + 12.556093658328797*relu_1_4_2_on_binary_indicator_var =l= 12.556093658328797;
e231_.. + 1*post_1_4_2 =g= 0;
e232_.. + 1*post_1_4_2 + 6.278046829164398*relu_1_4_2_off_binary_indicator_var =l= 6.278046829164398;
e233_.. + 1*pre_1_4_2 + 6.278046829164398*relu_1_4_2_off_binary_indicator_var =l= 6.278046829164398;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e236_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 4.575447738333024*relu_1_5_0_on_binary_indicator_var =g= -4.575447738333024;
e237_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 9.150895476666047*relu_1_5_0_on_binary_indicator_var =l= 9.150895476666047;
e238_.. + 1*post_1_5_0 =g= 0;
e239_.. + 1*post_1_5_0 + 4.575447738333024*relu_1_5_0_off_binary_indicator_var =l= 4.575447738333024;
e240_.. + 1*pre_1_5_0 + 4.575447738333024*relu_1_5_0_off_binary_indicator_var =l= 4.575447738333024;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e243_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 4.575447738333024*relu_1_5_1_on_binary_indicator_var =g= -4.575447738333024;
e244_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 9.150895476666047*relu_1_5_1_on_binary_indicator_var =l= 9.150895476666047;
e245_.. + 1*post_1_5_1 =g= 0;
e246_.. + 1*post_1_5_1 + 4.575447738333024*relu_1_5_1_off_binary_indicator_var =l= 4.575447738333024;
e247_.. + 1*pre_1_5_1 + 4.575447738333024*relu_1_5_1_off_binary_indicator_var =l= 4.575447738333024;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_2_on_binary_indicator_var + 1*relu_1_5_2_off_binary_indicator_var =e= 1;
e250_.. - 1*pre_1_5_2 + 1*post_1_5_2 - 4.575447738333024*relu_1_5_2_on_binary_indicator_var =g= -4.575447738333024;
e251_.. - 1*pre_1_5_2 + 1*post_1_5_2 + 9.150895476666047*relu_1_5_2_on_binary_indicator_var =l= 9.150895476666047;
e252_.. + 1*post_1_5_2 =g= 0;
e253_.. + 1*post_1_5_2 + 4.575447738333024*relu_1_5_2_off_binary_indicator_var =l= 4.575447738333024;
e254_.. + 1*pre_1_5_2 + 4.575447738333024*relu_1_5_2_off_binary_indicator_var =l= 4.575447738333024;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e257_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.681194289163965*relu_1_6_0_on_binary_indicator_var =g= -6.681194289163965;
e258_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 13.36238857832793*relu_1_6_0_on_binary_indicator_var =l= 13.36238857832793;
e259_.. + 1*post_1_6_0 =g= 0;
e260_.. + 1*post_1_6_0 + 6.681194289163965*relu_1_6_0_off_binary_indicator_var =l= 6.681194289163965;
e261_.. + 1*pre_1_6_0 + 6.681194289163965*relu_1_6_0_off_binary_indicator_var =l= 6.681194289163965;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e264_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.681194289163965*relu_1_6_1_on_binary_indicator_var =g= -6.681194289163965;
e265_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 13.36238857832793*relu_1_6_1_on_binary_indicator_var =l= 13.36238857832793;
e266_.. + 1*post_1_6_1 =g= 0;
e267_.. + 1*post_1_6_1 + 6.681194289163965*relu_1_6_1_off_binary_indicator_var =l= 6.681194289163965;
e268_.. + 1*pre_1_6_1 + 6.681194289163965*relu_1_6_1_off_binary_indicator_var =l= 6.681194289163965;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_2_on_binary_indicator_var + 1*relu_1_6_2_off_binary_indicator_var =e= 1;
e271_.. - 1*pre_1_6_2 + 1*post_1_6_2 - 6.681194289163965*relu_1_6_2_on_binary_indicator_var =g= -6.681194289163965;
e272_.. - 1*pre_1_6_2 + 1*post_1_6_2 + 13.36238857832793*relu_1_6_2_on_binary_indicator_var =l= 13.36238857832793;
e273_.. + 1*post_1_6_2 =g= 0;
e274_.. + 1*post_1_6_2 + 6.681194289163965*relu_1_6_2_off_binary_indicator_var =l= 6.681194289163965;
e275_.. + 1*pre_1_6_2 + 6.681194289163965*relu_1_6_2_off_binary_indicator_var =l= 6.681194289163965;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e278_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 6.998263939541548*relu_1_7_0_on_binary_indicator_var =g= -6.998263939541548;
e279_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 13.996527879083096*relu_1_7_0_on_binary_indicator_var =l= 13.996527879083096;
e280_.. + 1*post_1_7_0 =g= 0;
e281_.. + 1*post_1_7_0 + 6.998263939541548*relu_1_7_0_off_binary_indicator_var =l= 6.998263939541548;
e282_.. + 1*pre_1_7_0 + 6.998263939541548*relu_1_7_0_off_binary_indicator_var =l= 6.998263939541548;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e285_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 6.998263939541548*relu_1_7_1_on_binary_indicator_var =g= -6.998263939541548;
e286_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 13.996527879083096*relu_1_7_1_on_binary_indicator_var =l= 13.996527879083096;
e287_.. + 1*post_1_7_1 =g= 0;
e288_.. + 1*post_1_7_1 + 6.998263939541548*relu_1_7_1_off_binary_indicator_var =l= 6.998263939541548;
e289_.. + 1*pre_1_7_1 + 6.998263939541548*relu_1_7_1_off_binary_indicator_var =l= 6.998263939541548;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_2_on_binary_indicator_var + 1*relu_1_7_2_off_binary_indicator_var =e= 1;
e292_.. - 1*pre_1_7_2 + 1*post_1_7_2 - 6.998263939541548*relu_1_7_2_on_binary_indicator_var =g= -6.998263939541548;
e293_.. - 1*pre_1_7_2 + 1*post_1_7_2 + 13.996527879083096*relu_1_7_2_on_binary_indicator_var =l= 13.996527879083096;
e294_.. + 1*post_1_7_2 =g= 0;
e295_.. + 1*post_1_7_2 + 6.998263939541548*relu_1_7_2_off_binary_indicator_var =l= 6.998263939541548;
e296_.. + 1*pre_1_7_2 + 6.998263939541548*relu_1_7_2_off_binary_indicator_var =l= 6.998263939541548;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e299_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 5.033436041032538*relu_1_8_0_on_binary_indicator_var =g= -5.033436041032538;
e300_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 10.066872082065077*relu_1_8_0_on_binary_indicator_var =l= 10.066872082065077;
e301_.. + 1*post_1_8_0 =g= 0;
e302_.. + 1*post_1_8_0 + 5.033436041032538*relu_1_8_0_off_binary_indicator_var =l= 5.033436041032538;
e303_.. + 1*pre_1_8_0 + 5.033436041032538*relu_1_8_0_off_binary_indicator_var =l= 5.033436041032538;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e306_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 5.033436041032538*relu_1_8_1_on_binary_indicator_var =g= -5.033436041032538;
e307_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 10.066872082065077*relu_1_8_1_on_binary_indicator_var =l= 10.066872082065077;
e308_.. + 1*post_1_8_1 =g= 0;
e309_.. + 1*post_1_8_1 + 5.033436041032538*relu_1_8_1_off_binary_indicator_var =l= 5.033436041032538;
e310_.. + 1*pre_1_8_1 + 5.033436041032538*relu_1_8_1_off_binary_indicator_var =l= 5.033436041032538;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_2_on_binary_indicator_var + 1*relu_1_8_2_off_binary_indicator_var =e= 1;
e313_.. - 1*pre_1_8_2 + 1*post_1_8_2 - 5.033436041032538*relu_1_8_2_on_binary_indicator_var =g= -5.033436041032538;
e314_.. - 1*pre_1_8_2 + 1*post_1_8_2 + 10.066872082065077*relu_1_8_2_on_binary_indicator_var =l= 10.066872082065077;
e315_.. + 1*post_1_8_2 =g= 0;
e316_.. + 1*post_1_8_2 + 5.033436041032538*relu_1_8_2_off_binary_indicator_var =l= 5.033436041032538;
e317_.. + 1*pre_1_8_2 + 5.033436041032538*relu_1_8_2_off_binary_indicator_var =l= 5.033436041032538;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e320_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 5.85589242599091*relu_1_9_0_on_binary_indicator_var =g= -5.85589242599091;
e321_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 11.71178485198182*relu_1_9_0_on_binary_indicator_var =l= 11.71178485198182;
e322_.. + 1*post_1_9_0 =g= 0;
e323_.. + 1*post_1_9_0 + 5.85589242599091*relu_1_9_0_off_binary_indicator_var =l= 5.85589242599091;
e324_.. + 1*pre_1_9_0 + 5.85589242599091*relu_1_9_0_off_binary_indicator_var =l= 5.85589242599091;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e327_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 5.85589242599091*relu_1_9_1_on_binary_indicator_var =g= -5.85589242599091;
e328_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 11.71178485198182*relu_1_9_1_on_binary_indicator_var =l= 11.71178485198182;
e329_.. + 1*post_1_9_1 =g= 0;
e330_.. + 1*post_1_9_1 + 5.85589242599091*relu_1_9_1_off_binary_indicator_var =l= 5.85589242599091;
e331_.. + 1*pre_1_9_1 + 5.85589242599091*relu_1_9_1_off_binary_indicator_var =l= 5.85589242599091;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_2_on_binary_indicator_var + 1*relu_1_9_2_off_binary_indicator_var =e= 1;
e334_.. - 1*pre_1_9_2 + 1*post_1_9_2 - 5.85589242599091*relu_1_9_2_on_binary_indicator_var =g= -5.85589242599091;
e335_.. - 1*pre_1_9_2 + 1*post_1_9_2 + 11.71178485198182*relu_1_9_2_on_binary_indicator_var =l= 11.71178485198182;
e336_.. + 1*post_1_9_2 =g= 0;
e337_.. + 1*post_1_9_2 + 5.85589242599091*relu_1_9_2_off_binary_indicator_var =l= 5.85589242599091;
e338_.. + 1*pre_1_9_2 + 5.85589242599091*relu_1_9_2_off_binary_indicator_var =l= 5.85589242599091;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e341_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 4.481055976018846*relu_1_10_0_on_binary_indicator_var =g= -4.481055976018846;
e342_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 8.962111952037692*relu_1_10_0_on_binary_indicator_var =l= 8.962111952037692;
e343_.. + 1*post_1_10_0 =g= 0;
e344_.. + 1*post_1_10_0 + 4.481055976018846*relu_1_10_0_off_binary_indicator_var =l= 4.481055976018846;
e345_.. + 1*pre_1_10_0 + 4.481055976018846*relu_1_10_0_off_binary_indicator_var =l= 4.481055976018846;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e348_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 4.481055976018846*relu_1_10_1_on_binary_indicator_var =g= -4.481055976018846;
e349_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 8.962111952037692*relu_1_10_1_on_binary_indicator_var =l= 8.962111952037692;
e350_.. + 1*post_1_10_1 =g= 0;
e351_.. + 1*post_1_10_1 + 4.481055976018846*relu_1_10_1_off_binary_indicator_var =l= 4.481055976018846;
e352_.. + 1*pre_1_10_1 + 4.481055976018846*relu_1_10_1_off_binary_indicator_var =l= 4.481055976018846;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_2_on_binary_indicator_var + 1*relu_1_10_2_off_binary_indicator_var =e= 1;
e355_.. - 1*pre_1_10_2 + 1*post_1_10_2 - 4.481055976018846*relu_1_10_2_on_binary_indicator_var =g= -4.481055976018846;
e356_.. - 1*pre_1_10_2 + 1*post_1_10_2 + 8.962111952037692*relu_1_10_2_on_binary_indicator_var =l= 8.962111952037692;
e357_.. + 1*post_1_10_2 =g= 0;
e358_.. + 1*post_1_10_2 + 4.481055976018846*relu_1_10_2_off_binary_indicator_var =l= 4.481055976018846;
e359_.. + 1*pre_1_10_2 + 4.481055976018846*relu_1_10_2_off_binary_indicator_var =l= 4.481055976018846;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e362_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 4.223536593655531*relu_1_11_0_on_binary_indicator_var =g= -4.223536593655531;
e363_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 8.447073187311062*relu_1_11_0_on_binary_indicator_var =l= 8.447073187311062;
e364_.. + 1*post_1_11_0 =g= 0;
e365_.. + 1*post_1_11_0 + 4.223536593655531*relu_1_11_0_off_binary_indicator_var =l= 4.223536593655531;
e366_.. + 1*pre_1_11_0 + 4.223536593655531*relu_1_11_0_off_binary_indicator_var =l= 4.223536593655531;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e369_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 4.223536593655531*relu_1_11_1_on_binary_indicator_var =g= -4.223536593655531;
e370_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 8.447073187311062*relu_1_11_1_on_binary_indicator_var =l= 8.447073187311062;
e371_.. + 1*post_1_11_1 =g= 0;
e372_.. + 1*post_1_11_1 + 4.223536593655531*relu_1_11_1_off_binary_indicator_var =l= 4.223536593655531;
e373_.. + 1*pre_1_11_1 + 4.223536593655531*relu_1_11_1_off_binary_indicator_var =l= 4.223536593655531;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_2_on_binary_indicator_var + 1*relu_1_11_2_off_binary_indicator_var =e= 1;
e376_.. - 1*pre_1_11_2 + 1*post_1_11_2 - 4.223536593655531*relu_1_11_2_on_binary_indicator_var =g= -4.223536593655531;
e377_.. - 1*pre_1_11_2 + 1*post_1_11_2 + 8.447073187311062*relu_1_11_2_on_binary_indicator_var =l= 8.447073187311062;
e378_.. + 1*post_1_11_2 =g= 0;
e379_.. + 1*post_1_11_2 + 4.223536593655531*relu_1_11_2_off_binary_indicator_var =l= 4.223536593655531;
e380_.. + 1*pre_1_11_2 + 4.223536593655531*relu_1_11_2_off_binary_indicator_var =l= 4.223536593655531;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e383_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 7.9411881018315*relu_1_12_0_on_binary_indicator_var =g= -7.9411881018315;
e384_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 15.882376203663*relu_1_12_0_on_binary_indicator_var =l= 15.882376203663;
e385_.. + 1*post_1_12_0 =g= 0;
e386_.. + 1*post_1_12_0 + 7.9411881018315*relu_1_12_0_off_binary_indicator_var =l= 7.9411881018315;
e387_.. + 1*pre_1_12_0 + 7.9411881018315*relu_1_12_0_off_binary_indicator_var =l= 7.9411881018315;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e390_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 7.9411881018315*relu_1_12_1_on_binary_indicator_var =g= -7.9411881018315;
e391_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 15.882376203663*relu_1_12_1_on_binary_indicator_var =l= 15.882376203663;
e392_.. + 1*post_1_12_1 =g= 0;
e393_.. + 1*post_1_12_1 + 7.9411881018315*relu_1_12_1_off_binary_indicator_var =l= 7.9411881018315;
e394_.. + 1*pre_1_12_1 + 7.9411881018315*relu_1_12_1_off_binary_indicator_var =l= 7.9411881018315;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_2_on_binary_indicator_var + 1*relu_1_12_2_off_binary_indicator_var =e= 1;
e397_.. - 1*pre_1_12_2 + 1*post_1_12_2 - 7.9411881018315*relu_1_12_2_on_binary_indicator_var =g= -7.9411881018315;
e398_.. - 1*pre_1_12_2 + 1*post_1_12_2 + 15.882376203663*relu_1_12_2_on_binary_indicator_var =l= 15.882376203663;
e399_.. + 1*post_1_12_2 =g= 0;
e400_.. + 1*post_1_12_2 + 7.9411881018315*relu_1_12_2_off_binary_indicator_var =l= 7.9411881018315;
e401_.. + 1*pre_1_12_2 + 7.9411881018315*relu_1_12_2_off_binary_indicator_var =l= 7.9411881018315;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e404_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 4.282407804124144*relu_1_13_0_on_binary_indicator_var =g= -4.282407804124144;
e405_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 8.564815608248288*relu_1_13_0_on_binary_indicator_var =l= 8.564815608248288;
e406_.. + 1*post_1_13_0 =g= 0;
e407_.. + 1*post_1_13_0 + 4.282407804124144*relu_1_13_0_off_binary_indicator_var =l= 4.282407804124144;
e408_.. + 1*pre_1_13_0 + 4.282407804124144*relu_1_13_0_off_binary_indicator_var =l= 4.282407804124144;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e411_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 4.282407804124144*relu_1_13_1_on_binary_indicator_var =g= -4.282407804124144;
e412_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 8.564815608248288*relu_1_13_1_on_binary_indicator_var =l= 8.564815608248288;
e413_.. + 1*post_1_13_1 =g= 0;
e414_.. + 1*post_1_13_1 + 4.282407804124144*relu_1_13_1_off_binary_indicator_var =l= 4.282407804124144;
e415_.. + 1*pre_1_13_1 + 4.282407804124144*relu_1_13_1_off_binary_indicator_var =l= 4.282407804124144;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_2_on_binary_indicator_var + 1*relu_1_13_2_off_binary_indicator_var =e= 1;
e418_.. - 1*pre_1_13_2 + 1*post_1_13_2 - 4.282407804124144*relu_1_13_2_on_binary_indicator_var =g= -4.282407804124144;
e419_.. - 1*pre_1_13_2 + 1*post_1_13_2 + 8.564815608248288*relu_1_13_2_on_binary_indicator_var =l= 8.564815608248288;
e420_.. + 1*post_1_13_2 =g= 0;
e421_.. + 1*post_1_13_2 + 4.282407804124144*relu_1_13_2_off_binary_indicator_var =l= 4.282407804124144;
e422_.. + 1*pre_1_13_2 + 4.282407804124144*relu_1_13_2_off_binary_indicator_var =l= 4.282407804124144;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e425_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 4.634583834742528*relu_1_14_0_on_binary_indicator_var =g= -4.634583834742528;
e426_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 9.269167669485055*relu_1_14_0_on_binary_indicator_var =l= 9.269167669485055;
e427_.. + 1*post_1_14_0 =g= 0;
e428_.. + 1*post_1_14_0 + 4.634583834742528*relu_1_14_0_off_binary_indicator_var =l= 4.634583834742528;
e429_.. + 1*pre_1_14_0 + 4.634583834742528*relu_1_14_0_off_binary_indicator_var =l= 4.634583834742528;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e432_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 4.634583834742528*relu_1_14_1_on_binary_indicator_var =g= -4.634583834742528;
e433_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 9.269167669485055*relu_1_14_1_on_binary_indicator_var =l= 9.269167669485055;
e434_.. + 1*post_1_14_1 =g= 0;
e435_.. + 1*post_1_14_1 + 4.634583834742528*relu_1_14_1_off_binary_indicator_var =l= 4.634583834742528;
e436_.. + 1*pre_1_14_1 + 4.634583834742528*relu_1_14_1_off_binary_indicator_var =l= 4.634583834742528;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_2_on_binary_indicator_var + 1*relu_1_14_2_off_binary_indicator_var =e= 1;
e439_.. - 1*pre_1_14_2 + 1*post_1_14_2 - 4.634583834742528*relu_1_14_2_on_binary_indicator_var =g= -4.634583834742528;
e440_.. - 1*pre_1_14_2 + 1*post_1_14_2 + 9.269167669485055*relu_1_14_2_on_binary_indicator_var =l= 9.269167669485055;
e441_.. + 1*post_1_14_2 =g= 0;
e442_.. + 1*post_1_14_2 + 4.634583834742528*relu_1_14_2_off_binary_indicator_var =l= 4.634583834742528;
e443_.. + 1*pre_1_14_2 + 4.634583834742528*relu_1_14_2_off_binary_indicator_var =l= 4.634583834742528;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e446_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 4.622818643788233*relu_1_15_0_on_binary_indicator_var =g= -4.622818643788233;
e447_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 9.245637287576466*relu_1_15_0_on_binary_indicator_var =l= 9.245637287576466;
e448_.. + 1*post_1_15_0 =g= 0;
e449_.. + 1*post_1_15_0 + 4.622818643788233*relu_1_15_0_off_binary_indicator_var =l= 4.622818643788233;
e450_.. + 1*pre_1_15_0 + 4.622818643788233*relu_1_15_0_off_binary_indicator_var =l= 4.622818643788233;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e453_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 4.622818643788233*relu_1_15_1_on_binary_indicator_var =g= -4.622818643788233;
e454_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 9.245637287576466*relu_1_15_1_on_binary_indicator_var =l= 9.245637287576466;
e455_.. + 1*post_1_15_1 =g= 0;
e456_.. + 1*post_1_15_1 + 4.622818643788233*relu_1_15_1_off_binary_indicator_var =l= 4.622818643788233;
e457_.. + 1*pre_1_15_1 + 4.622818643788233*relu_1_15_1_off_binary_indicator_var =l= 4.622818643788233;
relu_1_15_2_above_pre.. + 1*pre_1_15_2 - 1*post_1_15_2 =l= 0;
relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_2_on_binary_indicator_var + 1*relu_1_15_2_off_binary_indicator_var =e= 1;
e460_.. - 1*pre_1_15_2 + 1*post_1_15_2 - 4.622818643788233*relu_1_15_2_on_binary_indicator_var =g= -4.622818643788233;
e461_.. - 1*pre_1_15_2 + 1*post_1_15_2 + 9.245637287576466*relu_1_15_2_on_binary_indicator_var =l= 9.245637287576466;
e462_.. + 1*post_1_15_2 =g= 0;
e463_.. + 1*post_1_15_2 + 4.622818643788233*relu_1_15_2_off_binary_indicator_var =l= 4.622818643788233;
e464_.. + 1*pre_1_15_2 + 4.622818643788233*relu_1_15_2_off_binary_indicator_var =l= 4.622818643788233;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_0_on_binary_indicator_var + 1*relu_1_16_0_off_binary_indicator_var =e= 1;
e467_.. - 1*pre_1_16_0 + 1*post_1_16_0 - 6.978700550828476*relu_1_16_0_on_binary_indicator_var =g= -6.978700550828476;
e468_.. - 1*pre_1_16_0 + 1*post_1_16_0 + 13.957401101656952*relu_1_16_0_on_binary_indicator_var =l= 13.957401101656952;
e469_.. + 1*post_1_16_0 =g= 0;
e470_.. + 1*post_1_16_0 + 6.978700550828476*relu_1_16_0_off_binary_indicator_var =l= 6.978700550828476;
e471_.. + 1*pre_1_16_0 + 6.978700550828476*relu_1_16_0_off_binary_indicator_var =l= 6.978700550828476;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_1_on_binary_indicator_var + 1*relu_1_16_1_off_binary_indicator_var =e= 1;
e474_.. - 1*pre_1_16_1 + 1*post_1_16_1 - 6.978700550828476*relu_1_16_1_on_binary_indicator_var =g= -6.978700550828476;
e475_.. - 1*pre_1_16_1 + 1*post_1_16_1 + 13.957401101656952*relu_1_16_1_on_binary_indicator_var =l= 13.957401101656952;
e476_.. + 1*post_1_16_1 =g= 0;
e477_.. + 1*post_1_16_1 + 6.978700550828476*relu_1_16_1_off_binary_indicator_var =l= 6.978700550828476;
e478_.. + 1*pre_1_16_1 + 6.978700550828476*relu_1_16_1_off_binary_indicator_var =l= 6.978700550828476;
relu_1_16_2_above_pre.. + 1*pre_1_16_2 - 1*post_1_16_2 =l= 0;
relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_2_on_binary_indicator_var + 1*relu_1_16_2_off_binary_indicator_var =e= 1;
e481_.. - 1*pre_1_16_2 + 1*post_1_16_2 - 6.978700550828476*relu_1_16_2_on_binary_indicator_var =g= -6.978700550828476;
e482_.. - 1*pre_1_16_2 + 1*post_1_16_2 + 13.957401101656952*relu_1_16_2_on_binary_indicator_var =l= 13.957401101656952;
e483_.. + 1*post_1_16_2 =g= 0;
e484_.. + 1*post_1_16_2 + 6.978700550828476*relu_1_16_2_off_binary_indicator_var =l= 6.978700550828476;
e485_.. + 1*pre_1_16_2 + 6.978700550828476*relu_1_16_2_off_binary_indicator_var =l= 6.978700550828476;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_0_on_binary_indicator_var + 1*relu_1_17_0_off_binary_indicator_var =e= 1;
e488_.. - 1*pre_1_17_0 + 1*post_1_17_0 - 6.235030806621945*relu_1_17_0_on_binary_indicator_var =g= -6.235030806621945;
e489_.. - 1*pre_1_17_0 + 1*post_1_17_0 + 12.47006161324389*relu_1_17_0_on_binary_indicator_var =l= 12.47006161324389;
e490_.. + 1*post_1_17_0 =g= 0;
e491_.. + 1*post_1_17_0 + 6.235030806621945*relu_1_17_0_off_binary_indicator_var =l= 6.235030806621945;
e492_.. + 1*pre_1_17_0 + 6.235030806621945*relu_1_17_0_off_binary_indicator_var =l= 6.235030806621945;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_1_on_binary_indicator_var + 1*relu_1_17_1_off_binary_indicator_var =e= 1;
e495_.. - 1*pre_1_17_1 + 1*post_1_17_1 - 6.235030806621945*relu_1_17_1_on_binary_indicator_var =g= -6.235030806621945;
e496_.. - 1*pre_1_17_1 + 1*post_1_17_1 + 12.47006161324389*relu_1_17_1_on_binary_indicator_var =l= 12.47006161324389;
e497_.. + 1*post_1_17_1 =g= 0;
e498_.. + 1*post_1_17_1 + 6.235030806621945*relu_1_17_1_off_binary_indicator_var =l= 6.235030806621945;
e499_.. + 1*pre_1_17_1 + 6.235030806621945*relu_1_17_1_off_binary_indicator_var =l= 6.235030806621945;
relu_1_17_2_above_pre.. + 1*pre_1_17_2 - 1*post_1_17_2 =l= 0;
relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_2_on_binary_indicator_var + 1*relu_1_17_2_off_binary_indicator_var =e= 1;
e502_.. - 1*pre_1_17_2 + 1*post_1_17_2 - 6.235030806621945*relu_1_17_2_on_binary_indicator_var =g= -6.235030806621945;
e503_.. - 1*pre_1_17_2 + 1*post_1_17_2 + 12.47006161324389*relu_1_17_2_on_binary_indicator_var =l= 12.47006161324389;
e504_.. + 1*post_1_17_2 =g= 0;
e505_.. + 1*post_1_17_2 + 6.235030806621945*relu_1_17_2_off_binary_indicator_var =l= 6.235030806621945;
e506_.. + 1*pre_1_17_2 + 6.235030806621945*relu_1_17_2_off_binary_indicator_var =l= 6.235030806621945;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_0_on_binary_indicator_var + 1*relu_1_18_0_off_binary_indicator_var =e= 1;
e509_.. - 1*pre_1_18_0 + 1*post_1_18_0 - 6.718454730852487*relu_1_18_0_on_binary_indicator_var =g= -6.718454730852487;
e510_.. - 1*pre_1_18_0 + 1*post_1_18_0 + 13.436909461704975*relu_1_18_0_on_binary_indicator_var =l= 13.436909461704975;
e511_.. + 1*post_1_18_0 =g= 0;
e512_.. + 1*post_1_18_0 + 6.718454730852487*relu_1_18_0_off_binary_indicator_var =l= 6.718454730852487;
e513_.. + 1*pre_1_18_0 + 6.718454730852487*relu_1_18_0_off_binary_indicator_var =l= 6.718454730852487;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_1_on_binary_indicator_var + 1*relu_1_18_1_off_binary_indicator_var =e= 1;
e516_.. - 1*pre_1_18_1 + 1*post_1_18_1 - 6.718454730852487*relu_1_18_1_on_binary_indicator_var =g= -6.718454730852487;
e517_.. - 1*pre_1_18_1 + 1*post_1_18_1 + 13.436909461704975*relu_1_18_1_on_binary_indicator_var =l= 13.436909461704975;
e518_.. + 1*post_1_18_1 =g= 0;
e519_.. + 1*post_1_18_1 + 6.718454730852487*relu_1_18_1_off_binary_indicator_var =l= 6.718454730852487;
e520_.. + 1*pre_1_18_1 + 6.718454730852487*relu_1_18_1_off_binary_indicator_var =l= 6.718454730852487;
relu_1_18_2_above_pre.. + 1*pre_1_18_2 - 1*post_1_18_2 =l= 0;
relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_2_on_binary_indicator_var + 1*relu_1_18_2_off_binary_indicator_var =e= 1;
e523_.. - 1*pre_1_18_2 + 1*post_1_18_2 - 6.718454730852487*relu_1_18_2_on_binary_indicator_var =g= -6.718454730852487;
e524_.. - 1*pre_1_18_2 + 1*post_1_18_2 + 13.436909461704975*relu_1_18_2_on_binary_indicator_var =l= 13.436909461704975;
e525_.. + 1*post_1_18_2 =g= 0;
e526_.. + 1*post_1_18_2 + 6.718454730852487*relu_1_18_2_off_binary_indicator_var =l= 6.718454730852487;
e527_.. + 1*pre_1_18_2 + 6.718454730852487*relu_1_18_2_off_binary_indicator_var =l= 6.718454730852487;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_0_on_binary_indicator_var + 1*relu_1_19_0_off_binary_indicator_var =e= 1;
e530_.. - 1*pre_1_19_0 + 1*post_1_19_0 - 6.8226887269065095*relu_1_19_0_on_binary_indicator_var =g= -6.8226887269065095;
e531_.. - 1*pre_1_19_0 + 1*post_1_19_0 + 13.645377453813019*relu_1_19_0_on_binary_indicator_var =l= 13.645377453813019;
e532_.. + 1*post_1_19_0 =g= 0;
e533_.. + 1*post_1_19_0 + 6.8226887269065095*relu_1_19_0_off_binary_indicator_var =l= 6.8226887269065095;
e534_.. + 1*pre_1_19_0 + 6.8226887269065095*relu_1_19_0_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_1_on_binary_indicator_var + 1*relu_1_19_1_off_binary_indicator_var =e= 1;
e537_.. - 1*pre_1_19_1 + 1*post_1_19_1 - 6.8226887269065095*relu_1_19_1_on_binary_indicator_var =g= -6.8226887269065095;
e538_.. - 1*pre_1_19_1 + 1*post_1_19_1 + 13.645377453813019*relu_1_19_1_on_binary_indicator_var =l= 13.645377453813019;
e539_.. + 1*post_1_19_1 =g= 0;
e540_.. + 1*post_1_19_1 + 6.8226887269065095*relu_1_19_1_off_binary_indicator_var =l= 6.8226887269065095;
e541_.. + 1*pre_1_19_1 + 6.8226887269065095*relu_1_19_1_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_19_2_above_pre.. + 1*pre_1_19_2 - 1*post_1_19_2 =l= 0;
relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_2_on_binary_indicator_var + 1*relu_1_19_2_off_binary_indicator_var =e= 1;
e544_.. - 1*pre_1_19_2 + 1*post_1_19_2 - 6.8226887269065095*relu_1_19_2_on_binary_indicator_var =g= -6.8226887269065095;
e545_.. - 1*pre_1_19_2 + 1*post_1_19_2 + 13.645377453813019*relu_1_19_2_on_binary_indicator_var =l= 13.645377453813019;
e546_.. + 1*post_1_19_2 =g= 0;
e547_.. + 1*post_1_19_2 + 6.8226887269065095*relu_1_19_2_off_binary_indicator_var =l= 6.8226887269065095;
e548_.. + 1*pre_1_19_2 + 6.8226887269065095*relu_1_19_2_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_0_on_binary_indicator_var + 1*relu_1_20_0_off_binary_indicator_var =e= 1;
e551_.. - 1*pre_1_20_0 + 1*post_1_20_0 - 6.631889427894872*relu_1_20_0_on_binary_indicator_var =g= -6.631889427894872;
e552_.. - 1*pre_1_20_0 + 1*post_1_20_0 + 13.263778855789743*relu_1_20_0_on_binary_indicator_var =l= 13.263778855789743;
e553_.. + 1*post_1_20_0 =g= 0;
e554_.. + 1*post_1_20_0 + 6.631889427894872*relu_1_20_0_off_binary_indicator_var =l= 6.631889427894872;
e555_.. + 1*pre_1_20_0 + 6.631889427894872*relu_1_20_0_off_binary_indicator_var =l= 6.631889427894872;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_1_on_binary_indicator_var + 1*relu_1_20_1_off_binary_indicator_var =e= 1;
e558_.. - 1*pre_1_20_1 + 1*post_1_20_1 - 6.631889427894872*relu_1_20_1_on_binary_indicator_var =g= -6.631889427894872;
e559_.. - 1*pre_1_20_1 + 1*post_1_20_1 + 13.263778855789743*relu_1_20_1_on_binary_indicator_var =l= 13.263778855789743;
e560_.. + 1*post_1_20_1 =g= 0;
e561_.. + 1*post_1_20_1 + 6.631889427894872*relu_1_20_1_off_binary_indicator_var =l= 6.631889427894872;
e562_.. + 1*pre_1_20_1 + 6.631889427894872*relu_1_20_1_off_binary_indicator_var =l= 6.631889427894872;
relu_1_20_2_above_pre.. + 1*pre_1_20_2 - 1*post_1_20_2 =l= 0;
relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_2_on_binary_indicator_var + 1*relu_1_20_2_off_binary_indicator_var =e= 1;
e565_.. - 1*pre_1_20_2 + 1*post_1_20_2 - 6.631889427894872*relu_1_20_2_on_binary_indicator_var =g= -6.631889427894872;
e566_.. - 1*pre_1_20_2 + 1*post_1_20_2 + 13.263778855789743*relu_1_20_2_on_binary_indicator_var =l= 13.263778855789743;
e567_.. + 1*post_1_20_2 =g= 0;
e568_.. + 1*post_1_20_2 + 6.631889427894872*relu_1_20_2_off_binary_indicator_var =l= 6.631889427894872;
e569_.. + 1*pre_1_20_2 + 6.631889427894872*relu_1_20_2_off_binary_indicator_var =l= 6.631889427894872;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_0_on_binary_indicator_var + 1*relu_1_21_0_off_binary_indicator_var =e= 1;
e572_.. - 1*pre_1_21_0 + 1*post_1_21_0 - 5.396286998735244*relu_1_21_0_on_binary_indicator_var =g= -5.396286998735244;
e573_.. - 1*pre_1_21_0 + 1*post_1_21_0 + 10.792573997470488*relu_1_21_0_on_binary_indicator_var =l= 10.792573997470488;
e574_.. + 1*post_1_21_0 =g= 0;
e575_.. + 1*post_1_21_0 + 5.396286998735244*relu_1_21_0_off_binary_indicator_var =l= 5.396286998735244;
e576_.. + 1*pre_1_21_0 + 5.396286998735244*relu_1_21_0_off_binary_indicator_var =l= 5.396286998735244;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_1_on_binary_indicator_var + 1*relu_1_21_1_off_binary_indicator_var =e= 1;
e579_.. - 1*pre_1_21_1 + 1*post_1_21_1 - 5.396286998735244*relu_1_21_1_on_binary_indicator_var =g= -5.396286998735244;
e580_.. - 1*pre_1_21_1 + 1*post_1_21_1 + 10.792573997470488*relu_1_21_1_on_binary_indicator_var =l= 10.792573997470488;
e581_.. + 1*post_1_21_1 =g= 0;
e582_.. + 1*post_1_21_1 + 5.396286998735244*relu_1_21_1_off_binary_indicator_var =l= 5.396286998735244;
e583_.. + 1*pre_1_21_1 + 5.396286998735244*relu_1_21_1_off_binary_indicator_var =l= 5.396286998735244;
relu_1_21_2_above_pre.. + 1*pre_1_21_2 - 1*post_1_21_2 =l= 0;
relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_2_on_binary_indicator_var + 1*relu_1_21_2_off_binary_indicator_var =e= 1;
e586_.. - 1*pre_1_21_2 + 1*post_1_21_2 - 5.396286998735244*relu_1_21_2_on_binary_indicator_var =g= -5.396286998735244;
e587_.. - 1*pre_1_21_2 + 1*post_1_21_2 + 10.792573997470488*relu_1_21_2_on_binary_indicator_var =l= 10.792573997470488;
e588_.. + 1*post_1_21_2 =g= 0;
e589_.. + 1*post_1_21_2 + 5.396286998735244*relu_1_21_2_off_binary_indicator_var =l= 5.396286998735244;
e590_.. + 1*pre_1_21_2 + 5.396286998735244*relu_1_21_2_off_binary_indicator_var =l= 5.396286998735244;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_0_on_binary_indicator_var + 1*relu_1_22_0_off_binary_indicator_var =e= 1;
e593_.. - 1*pre_1_22_0 + 1*post_1_22_0 - 6.394092367761281*relu_1_22_0_on_binary_indicator_var =g= -6.394092367761281;
e594_.. - 1*pre_1_22_0 + 1*post_1_22_0 + 12.788184735522561*relu_1_22_0_on_binary_indicator_var =l= 12.788184735522561;
e595_.. + 1*post_1_22_0 =g= 0;
e596_.. + 1*post_1_22_0 + 6.394092367761281*relu_1_22_0_off_binary_indicator_var =l= 6.394092367761281;
e597_.. + 1*pre_1_22_0 + 6.394092367761281*relu_1_22_0_off_binary_indicator_var =l= 6.394092367761281;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_1_on_binary_indicator_var + 1*relu_1_22_1_off_binary_indicator_var =e= 1;
e600_.. - 1*pre_1_22_1 + 1*post_1_22_1 - 6.394092367761281*relu_1_22_1_on_binary_indicator_var =g= -6.394092367761281;
e601_.. - 1*pre_1_22_1 + 1*post_1_22_1 + 12.788184735522561*relu_1_22_1_on_binary_indicator_var =l= 12.788184735522561;
e602_.. + 1*post_1_22_1 =g= 0;
e603_.. + 1*post_1_22_1 + 6.394092367761281*relu_1_22_1_off_binary_indicator_var =l= 6.394092367761281;
e604_.. + 1*pre_1_22_1 + 6.394092367761281*relu_1_22_1_off_binary_indicator_var =l= 6.394092367761281;
relu_1_22_2_above_pre.. + 1*pre_1_22_2 - 1*post_1_22_2 =l= 0;
relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_2_on_binary_indicator_var + 1*relu_1_22_2_off_binary_indicator_var =e= 1;
e607_.. - 1*pre_1_22_2 + 1*post_1_22_2 - 6.394092367761281*relu_1_22_2_on_binary_indicator_var =g= -6.394092367761281;
e608_.. - 1*pre_1_22_2 + 1*post_1_22_2 + 12.788184735522561*relu_1_22_2_on_binary_indicator_var =l= 12.788184735522561;
e609_.. + 1*post_1_22_2 =g= 0;
e610_.. + 1*post_1_22_2 + 6.394092367761281*relu_1_22_2_off_binary_indicator_var =l= 6.394092367761281;
e611_.. + 1*pre_1_22_2 + 6.394092367761281*relu_1_22_2_off_binary_indicator_var =l= 6.394092367761281;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_0_on_binary_indicator_var + 1*relu_1_23_0_off_binary_indicator_var =e= 1;
e614_.. - 1*pre_1_23_0 + 1*post_1_23_0 - 6.260561154684373*relu_1_23_0_on_binary_indicator_var =g= -6.260561154684373;
e615_.. - 1*pre_1_23_0 + 1*post_1_23_0 + 12.521122309368746*relu_1_23_0_on_binary_indicator_var =l= 12.521122309368746;
e616_.. + 1*post_1_23_0 =g= 0;
e617_.. + 1*post_1_23_0 + 6.260561154684373*relu_1_23_0_off_binary_indicator_var =l= 6.260561154684373;
e618_.. + 1*pre_1_23_0 + 6.260561154684373*relu_1_23_0_off_binary_indicator_var =l= 6.260561154684373;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_1_on_binary_indicator_var + 1*relu_1_23_1_off_binary_indicator_var =e= 1;
e621_.. - 1*pre_1_23_1 + 1*post_1_23_1 - 6.260561154684373*relu_1_23_1_on_binary_indicator_var =g= -6.260561154684373;
e622_.. - 1*pre_1_23_1 + 1*post_1_23_1 + 12.521122309368746*relu_1_23_1_on_binary_indicator_var =l= 12.521122309368746;
e623_.. + 1*post_1_23_1 =g= 0;
e624_.. + 1*post_1_23_1 + 6.260561154684373*relu_1_23_1_off_binary_indicator_var =l= 6.260561154684373;
e625_.. + 1*pre_1_23_1 + 6.260561154684373*relu_1_23_1_off_binary_indicator_var =l= 6.260561154684373;
relu_1_23_2_above_pre.. + 1*pre_1_23_2 - 1*post_1_23_2 =l= 0;
relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_2_on_binary_indicator_var + 1*relu_1_23_2_off_binary_indicator_var =e= 1;
e628_.. - 1*pre_1_23_2 + 1*post_1_23_2 - 6.260561154684373*relu_1_23_2_on_binary_indicator_var =g= -6.260561154684373;
e629_.. - 1*pre_1_23_2 + 1*post_1_23_2 + 12.521122309368746*relu_1_23_2_on_binary_indicator_var =l= 12.521122309368746;
e630_.. + 1*post_1_23_2 =g= 0;
e631_.. + 1*post_1_23_2 + 6.260561154684373*relu_1_23_2_off_binary_indicator_var =l= 6.260561154684373;
e632_.. + 1*pre_1_23_2 + 6.260561154684373*relu_1_23_2_off_binary_indicator_var =l= 6.260561154684373;
relu_1_24_0_above_pre.. + 1*pre_1_24_0 - 1*post_1_24_0 =l= 0;
relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_0_on_binary_indicator_var + 1*relu_1_24_0_off_binary_indicator_var =e= 1;
e635_.. - 1*pre_1_24_0 + 1*post_1_24_0 - 7.264403459229737*relu_1_24_0_on_binary_indicator_var =g= -7.264403459229737;
e636_.. - 1*pre_1_24_0 + 1*post_1_24_0 + 14.528806918459473*relu_1_24_0_on_binary_indicator_var =l= 14.528806918459473;
e637_.. + 1*post_1_24_0 =g= 0;
e638_.. + 1*post_1_24_0 + 7.264403459229737*relu_1_24_0_off_binary_indicator_var =l= 7.264403459229737;
e639_.. + 1*pre_1_24_0 + 7.264403459229737*relu_1_24_0_off_binary_indicator_var =l= 7.264403459229737;
relu_1_24_1_above_pre.. + 1*pre_1_24_1 - 1*post_1_24_1 =l= 0;
relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_1_on_binary_indicator_var + 1*relu_1_24_1_off_binary_indicator_var =e= 1;
e642_.. - 1*pre_1_24_1 + 1*post_1_24_1 - 7.264403459229737*relu_1_24_1_on_binary_indicator_var =g= -7.264403459229737;
e643_.. - 1*pre_1_24_1 + 1*post_1_24_1 + 14.528806918459473*relu_1_24_1_on_binary_indicator_var =l= 14.528806918459473;
e644_.. + 1*post_1_24_1 =g= 0;
e645_.. + 1*post_1_24_1 + 7.264403459229737*relu_1_24_1_off_binary_indicator_var =l= 7.264403459229737;
e646_.. + 1*pre_1_24_1 + 7.264403459229737*relu_1_24_1_off_binary_indicator_var =l= 7.264403459229737;
relu_1_24_2_above_pre.. + 1*pre_1_24_2 - 1*post_1_24_2 =l= 0;
relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_2_on_binary_indicator_var + 1*relu_1_24_2_off_binary_indicator_var =e= 1;
e649_.. - 1*pre_1_24_2 + 1*post_1_24_2 - 7.264403459229737*relu_1_24_2_on_binary_indicator_var =g= -7.264403459229737;
e650_.. - 1*pre_1_24_2 + 1*post_1_24_2 + 14.528806918459473*relu_1_24_2_on_binary_indicator_var =l= 14.528806918459473;
e651_.. + 1*post_1_24_2 =g= 0;
e652_.. + 1*post_1_24_2 + 7.264403459229737*relu_1_24_2_off_binary_indicator_var =l= 7.264403459229737;
e653_.. + 1*pre_1_24_2 + 7.264403459229737*relu_1_24_2_off_binary_indicator_var =l= 7.264403459229737;
relu_1_25_0_above_pre.. + 1*pre_1_25_0 - 1*post_1_25_0 =l= 0;
relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_0_on_binary_indicator_var + 1*relu_1_25_0_off_binary_indicator_var =e= 1;
e656_.. - 1*pre_1_25_0 + 1*post_1_25_0 - 4.689817519007568*relu_1_25_0_on_binary_indicator_var =g= -4.689817519007568;
e657_.. - 1*pre_1_25_0 + 1*post_1_25_0 + 9.379635038015136*relu_1_25_0_on_binary_indicator_var =l= 9.379635038015136;
e658_.. + 1*post_1_25_0 =g= 0;
e659_.. + 1*post_1_25_0 + 4.689817519007568*relu_1_25_0_off_binary_indicator_var =l= 4.689817519007568;
e660_.. + 1*pre_1_25_0 + 4.689817519007568*relu_1_25_0_off_binary_indicator_var =l= 4.689817519007568;
relu_1_25_1_above_pre.. + 1*pre_1_25_1 - 1*post_1_25_1 =l= 0;
relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_1_on_binary_indicator_var + 1*relu_1_25_1_off_binary_indicator_var =e= 1;
e663_.. - 1*pre_1_25_1 + 1*post_1_25_1 - 4.689817519007568*relu_1_25_1_on_binary_indicator_var =g= -4.689817519007568;
e664_.. - 1*pre_1_25_1 + 1*post_1_25_1 + 9.379635038015136*relu_1_25_1_on_binary_indicator_var =l= 9.379635038015136;
e665_.. + 1*post_1_25_1 =g= 0;
e666_.. + 1*post_1_25_1 + 4.689817519007568*relu_1_25_1_off_binary_indicator_var =l= 4.689817519007568;
e667_.. + 1*pre_1_25_1 + 4.689817519007568*relu_1_25_1_off_binary_indicator_var =l= 4.689817519007568;
relu_1_25_2_above_pre.. + 1*pre_1_25_2 - 1*post_1_25_2 =l= 0;
relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_2_on_binary_indicator_var + 1*relu_1_25_2_off_binary_indicator_var =e= 1;
e670_.. - 1*pre_1_25_2 + 1*post_1_25_2 - 4.689817519007568*relu_1_25_2_on_binary_indicator_var =g= -4.689817519007568;
e671_.. - 1*pre_1_25_2 + 1*post_1_25_2 + 9.379635038015136*relu_1_25_2_on_binary_indicator_var =l= 9.379635038015136;
e672_.. + 1*post_1_25_2 =g= 0;
e673_.. + 1*post_1_25_2 + 4.689817519007568*relu_1_25_2_off_binary_indicator_var =l= 4.689817519007568;
e674_.. + 1*pre_1_25_2 + 4.689817519007568*relu_1_25_2_off_binary_indicator_var =l= 4.689817519007568;
relu_1_26_0_above_pre.. + 1*pre_1_26_0 - 1*post_1_26_0 =l= 0;
relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_0_on_binary_indicator_var + 1*relu_1_26_0_off_binary_indicator_var =e= 1;
e677_.. - 1*pre_1_26_0 + 1*post_1_26_0 - 5.834876603928876*relu_1_26_0_on_binary_indicator_var =g= -5.834876603928876;
e678_.. - 1*pre_1_26_0 + 1*post_1_26_0 + 11.669753207857752*relu_1_26_0_on_binary_indicator_var =l= 11.669753207857752;
e679_.. + 1*post_1_26_0 =g= 0;
e680_.. + 1*post_1_26_0 + 5.834876603928876*relu_1_26_0_off_binary_indicator_var =l= 5.834876603928876;
e681_.. + 1*pre_1_26_0 + 5.834876603928876*relu_1_26_0_off_binary_indicator_var =l= 5.834876603928876;
relu_1_26_1_above_pre.. + 1*pre_1_26_1 - 1*post_1_26_1 =l= 0;
relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_1_on_binary_indicator_var + 1*relu_1_26_1_off_binary_indicator_var =e= 1;
e684_.. - 1*pre_1_26_1 + 1*post_1_26_1 - 5.834876603928876*relu_1_26_1_on_binary_indicator_var =g= -5.834876603928876;
e685_.. - 1*pre_1_26_1 + 1*post_1_26_1 + 11.669753207857752*relu_1_26_1_on_binary_indicator_var =l= 11.669753207857752;
e686_.. + 1*post_1_26_1 =g= 0;
e687_.. + 1*post_1_26_1 + 5.834876603928876*relu_1_26_1_off_binary_indicator_var =l= 5.834876603928876;
e688_.. + 1*pre_1_26_1 + 5.834876603928876*relu_1_26_1_off_binary_indicator_var =l= 5.834876603928876;
relu_1_26_2_above_pre.. + 1*pre_1_26_2 - 1*post_1_26_2 =l= 0;
relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_2_on_binary_indicator_var + 1*relu_1_26_2_off_binary_indicator_var =e= 1;
e691_.. - 1*pre_1_26_2 + 1*post_1_26_2 - 5.834876603928876*relu_1_26_2_on_binary_indicator_var =g= -5.834876603928876;
e692_.. - 1*pre_1_26_2 + 1*post_1_26_2 + 11.669753207857752*relu_1_26_2_on_binary_indicator_var =l= 11.669753207857752;
e693_.. + 1*post_1_26_2 =g= 0;
e694_.. + 1*post_1_26_2 + 5.834876603928876*relu_1_26_2_off_binary_indicator_var =l= 5.834876603928876;
e695_.. + 1*pre_1_26_2 + 5.834876603928876*relu_1_26_2_off_binary_indicator_var =l= 5.834876603928876;
relu_1_27_0_above_pre.. + 1*pre_1_27_0 - 1*post_1_27_0 =l= 0;
relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_0_on_binary_indicator_var + 1*relu_1_27_0_off_binary_indicator_var =e= 1;
e698_.. - 1*pre_1_27_0 + 1*post_1_27_0 - 6.462017653570015*relu_1_27_0_on_binary_indicator_var =g= -6.462017653570015;
e699_.. - 1*pre_1_27_0 + 1*post_1_27_0 + 12.92403530714003*relu_1_27_0_on_binary_indicator_var =l= 12.92403530714003;
e700_.. + 1*post_1_27_0 =g= 0;
e701_.. + 1*post_1_27_0 + 6.462017653570015*relu_1_27_0_off_binary_indicator_var =l= 6.462017653570015;
e702_.. + 1*pre_1_27_0 + 6.462017653570015*relu_1_27_0_off_binary_indicator_var =l= 6.462017653570015;
relu_1_27_1_above_pre.. + 1*pre_1_27_1 - 1*post_1_27_1 =l= 0;
relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_1_on_binary_indicator_var + 1*relu_1_27_1_off_binary_indicator_var =e= 1;
e705_.. - 1*pre_1_27_1 + 1*post_1_27_1 - 6.462017653570015*relu_1_27_1_on_binary_indicator_var =g= -6.462017653570015;
e706_.. - 1*pre_1_27_1 + 1*post_1_27_1 + 12.92403530714003*relu_1_27_1_on_binary_indicator_var =l= 12.92403530714003;
e707_.. + 1*post_1_27_1 =g= 0;
e708_.. + 1*post_1_27_1 + 6.462017653570015*relu_1_27_1_off_binary_indicator_var =l= 6.462017653570015;
e709_.. + 1*pre_1_27_1 + 6.462017653570015*relu_1_27_1_off_binary_indicator_var =l= 6.462017653570015;
relu_1_27_2_above_pre.. + 1*pre_1_27_2 - 1*post_1_27_2 =l= 0;
relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_2_on_binary_indicator_var + 1*relu_1_27_2_off_binary_indicator_var =e= 1;
e712_.. - 1*pre_1_27_2 + 1*post_1_27_2 - 6.462017653570015*relu_1_27_2_on_binary_indicator_var =g= -6.462017653570015;
e713_.. - 1*pre_1_27_2 + 1*post_1_27_2 + 12.92403530714003*relu_1_27_2_on_binary_indicator_var =l= 12.92403530714003;
e714_.. + 1*post_1_27_2 =g= 0;
e715_.. + 1*post_1_27_2 + 6.462017653570015*relu_1_27_2_off_binary_indicator_var =l= 6.462017653570015;
e716_.. + 1*pre_1_27_2 + 6.462017653570015*relu_1_27_2_off_binary_indicator_var =l= 6.462017653570015;
relu_1_28_0_above_pre.. + 1*pre_1_28_0 - 1*post_1_28_0 =l= 0;
relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_0_on_binary_indicator_var + 1*relu_1_28_0_off_binary_indicator_var =e= 1;
e719_.. - 1*pre_1_28_0 + 1*post_1_28_0 - 6.141677231816878*relu_1_28_0_on_binary_indicator_var =g= -6.141677231816878;
e720_.. - 1*pre_1_28_0 + 1*post_1_28_0 + 12.283354463633756*relu_1_28_0_on_binary_indicator_var =l= 12.283354463633756;
e721_.. + 1*post_1_28_0 =g= 0;
e722_.. + 1*post_1_28_0 + 6.141677231816878*relu_1_28_0_off_binary_indicator_var =l= 6.141677231816878;
e723_.. + 1*pre_1_28_0 + 6.141677231816878*relu_1_28_0_off_binary_indicator_var =l= 6.141677231816878;
relu_1_28_1_above_pre.. + 1*pre_1_28_1 - 1*post_1_28_1 =l= 0;
relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_1_on_binary_indicator_var + 1*relu_1_28_1_off_binary_indicator_var =e= 1;
e726_.. - 1*pre_1_28_1 + 1*post_1_28_1 - 6.141677231816878*relu_1_28_1_on_binary_indicator_var =g= -6.141677231816878;
e727_.. - 1*pre_1_28_1 + 1*post_1_28_1 + 12.283354463633756*relu_1_28_1_on_binary_indicator_var =l= 12.283354463633756;
e728_.. + 1*post_1_28_1 =g= 0;
e729_.. + 1*post_1_28_1 + 6.141677231816878*relu_1_28_1_off_binary_indicator_var =l= 6.141677231816878;
e730_.. + 1*pre_1_28_1 + 6.141677231816878*relu_1_28_1_off_binary_indicator_var =l= 6.141677231816878;
relu_1_28_2_above_pre.. + 1*pre_1_28_2 - 1*post_1_28_2 =l= 0;
relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_2_on_binary_indicator_var + 1*relu_1_28_2_off_binary_indicator_var =e= 1;
e733_.. - 1*pre_1_28_2 + 1*post_1_28_2 - 6.141677231816878*relu_1_28_2_on_binary_indicator_var =g= -6.141677231816878;
e734_.. - 1*pre_1_28_2 + 1*post_1_28_2 + 12.283354463633756*relu_1_28_2_on_binary_indicator_var =l= 12.283354463633756;
e735_.. + 1*post_1_28_2 =g= 0;
e736_.. + 1*post_1_28_2 + 6.141677231816878*relu_1_28_2_off_binary_indicator_var =l= 6.141677231816878;
e737_.. + 1*pre_1_28_2 + 6.141677231816878*relu_1_28_2_off_binary_indicator_var =l= 6.141677231816878;
relu_1_29_0_above_pre.. + 1*pre_1_29_0 - 1*post_1_29_0 =l= 0;
relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_0_on_binary_indicator_var + 1*relu_1_29_0_off_binary_indicator_var =e= 1;
e740_.. - 1*pre_1_29_0 + 1*post_1_29_0 - 5.920664390112501*relu_1_29_0_on_binary_indicator_var =g= -5.920664390112501;
e741_.. - 1*pre_1_29_0 + 1*post_1_29_0 + 11.841328780225002*relu_1_29_0_on_binary_indicator_var =l= 11.841328780225002;
e742_.. + 1*post_1_29_0 =g= 0;
e743_.. + 1*post_1_29_0 + 5.920664390112501*relu_1_29_0_off_binary_indicator_var =l= 5.920664390112501;
e744_.. + 1*pre_1_29_0 + 5.920664390112501*relu_1_29_0_off_binary_indicator_var =l= 5.920664390112501;
relu_1_29_1_above_pre.. + 1*pre_1_29_1 - 1*post_1_29_1 =l= 0;
relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_1_on_binary_indicator_var + 1*relu_1_29_1_off_binary_indicator_var =e= 1;
e747_.. - 1*pre_1_29_1 + 1*post_1_29_1 - 5.920664390112501*relu_1_29_1_on_binary_indicator_var =g= -5.920664390112501;
e748_.. - 1*pre_1_29_1 + 1*post_1_29_1 + 11.841328780225002*relu_1_29_1_on_binary_indicator_var =l= 11.841328780225002;
e749_.. + 1*post_1_29_1 =g= 0;
e750_.. + 1*post_1_29_1 + 5.920664390112501*relu_1_29_1_off_binary_indicator_var =l= 5.920664390112501;
e751_.. + 1*pre_1_29_1 + 5.920664390112501*relu_1_29_1_off_binary_indicator_var =l= 5.920664390112501;
relu_1_29_2_above_pre.. + 1*pre_1_29_2 - 1*post_1_29_2 =l= 0;
relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_2_on_binary_indicator_var + 1*relu_1_29_2_off_binary_indicator_var =e= 1;
e754_.. - 1*pre_1_29_2 + 1*post_1_29_2 - 5.920664390112501*relu_1_29_2_on_binary_indicator_var =g= -5.920664390112501;
e755_.. - 1*pre_1_29_2 + 1*post_1_29_2 + 11.841328780225002*relu_1_29_2_on_binary_indicator_var =l= 11.841328780225002;
e756_.. + 1*post_1_29_2 =g= 0;
e757_.. + 1*post_1_29_2 + 5.920664390112501*relu_1_29_2_off_binary_indicator_var =l= 5.920664390112501;
e758_.. + 1*pre_1_29_2 + 5.920664390112501*relu_1_29_2_off_binary_indicator_var =l= 5.920664390112501;
relu_1_30_0_above_pre.. + 1*pre_1_30_0 - 1*post_1_30_0 =l= 0;
relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_0_on_binary_indicator_var + 1*relu_1_30_0_off_binary_indicator_var =e= 1;
e761_.. - 1*pre_1_30_0 + 1*post_1_30_0 - 5.728168080018541*relu_1_30_0_on_binary_indicator_var =g= -5.728168080018541;
e762_.. - 1*pre_1_30_0 + 1*post_1_30_0 + 11.456336160037083*relu_1_30_0_on_binary_indicator_var =l= 11.456336160037083;
e763_.. + 1*post_1_30_0 =g= 0;
e764_.. + 1*post_1_30_0 + 5.728168080018541*relu_1_30_0_off_binary_indicator_var =l= 5.728168080018541;
e765_.. + 1*pre_1_30_0 + 5.728168080018541*relu_1_30_0_off_binary_indicator_var =l= 5.728168080018541;
relu_1_30_1_above_pre.. + 1*pre_1_30_1 - 1*post_1_30_1 =l= 0;
relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_1_on_binary_indicator_var + 1*relu_1_30_1_off_binary_indicator_var =e= 1;
e768_.. - 1*pre_1_30_1 + 1*post_1_30_1 - 5.728168080018541*relu_1_30_1_on_binary_indicator_var =g= -5.728168080018541;
e769_.. - 1*pre_1_30_1 + 1*post_1_30_1 + 11.456336160037083*relu_1_30_1_on_binary_indicator_var =l= 11.456336160037083;
e770_.. + 1*post_1_30_1 =g= 0;
e771_.. + 1*post_1_30_1 + 5.728168080018541*relu_1_30_1_off_binary_indicator_var =l= 5.728168080018541;
e772_.. + 1*pre_1_30_1 + 5.728168080018541*relu_1_30_1_off_binary_indicator_var =l= 5.728168080018541;
relu_1_30_2_above_pre.. + 1*pre_1_30_2 - 1*post_1_30_2 =l= 0;
relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_2_on_binary_indicator_var + 1*relu_1_30_2_off_binary_indicator_var =e= 1;
e775_.. - 1*pre_1_30_2 + 1*post_1_30_2 - 5.728168080018541*relu_1_30_2_on_binary_indicator_var =g= -5.728168080018541;
e776_.. - 1*pre_1_30_2 + 1*post_1_30_2 + 11.456336160037083*relu_1_30_2_on_binary_indicator_var =l= 11.456336160037083;
e777_.. + 1*post_1_30_2 =g= 0;
e778_.. + 1*post_1_30_2 + 5.728168080018541*relu_1_30_2_off_binary_indicator_var =l= 5.728168080018541;
e779_.. + 1*pre_1_30_2 + 5.728168080018541*relu_1_30_2_off_binary_indicator_var =l= 5.728168080018541;
relu_1_31_0_above_pre.. + 1*pre_1_31_0 - 1*post_1_31_0 =l= 0;
relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_0_on_binary_indicator_var + 1*relu_1_31_0_off_binary_indicator_var =e= 1;
e782_.. - 1*pre_1_31_0 + 1*post_1_31_0 - 4.169908962997813*relu_1_31_0_on_binary_indicator_var =g= -4.169908962997813;
e783_.. - 1*pre_1_31_0 + 1*post_1_31_0 + 8.339817925995627*relu_1_31_0_on_binary_indicator_var =l= 8.339817925995627;
e784_.. + 1*post_1_31_0 =g= 0;
e785_.. + 1*post_1_31_0 + 4.169908962997813*relu_1_31_0_off_binary_indicator_var =l= 4.169908962997813;
e786_.. + 1*pre_1_31_0 + 4.169908962997813*relu_1_31_0_off_binary_indicator_var =l= 4.169908962997813;
relu_1_31_1_above_pre.. + 1*pre_1_31_1 - 1*post_1_31_1 =l= 0;
relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_1_on_binary_indicator_var + 1*relu_1_31_1_off_binary_indicator_var =e= 1;
e789_.. - 1*pre_1_31_1 + 1*post_1_31_1 - 4.169908962997813*relu_1_31_1_on_binary_indicator_var =g= -4.169908962997813;
e790_.. - 1*pre_1_31_1 + 1*post_1_31_1 + 8.339817925995627*relu_1_31_1_on_binary_indicator_var =l= 8.339817925995627;
e791_.. + 1*post_1_31_1 =g= 0;
e792_.. + 1*post_1_31_1 + 4.169908962997813*relu_1_31_1_off_binary_indicator_var =l= 4.169908962997813;
e793_.. + 1*pre_1_31_1 + 4.169908962997813*relu_1_31_1_off_binary_indicator_var =l= 4.169908962997813;
relu_1_31_2_above_pre.. + 1*pre_1_31_2 - 1*post_1_31_2 =l= 0;
relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_2_on_binary_indicator_var + 1*relu_1_31_2_off_binary_indicator_var =e= 1;
e796_.. - 1*pre_1_31_2 + 1*post_1_31_2 - 4.169908962997813*relu_1_31_2_on_binary_indicator_var =g= -4.169908962997813;
e797_.. - 1*pre_1_31_2 + 1*post_1_31_2 + 8.339817925995627*relu_1_31_2_on_binary_indicator_var =l= 8.339817925995627;
e798_.. + 1*post_1_31_2 =g= 0;
e799_.. + 1*post_1_31_2 + 4.169908962997813*relu_1_31_2_off_binary_indicator_var =l= 4.169908962997813;
e800_.. + 1*pre_1_31_2 + 4.169908962997813*relu_1_31_2_off_binary_indicator_var =l= 4.169908962997813;

w_1_0_0.lo = -3;
w_1_0_0.up = 3;
w_1_0_1.lo = -3;
w_1_0_1.up = 3;
w_1_1_0.lo = -3;
w_1_1_0.up = 3;
w_1_1_1.lo = -3;
w_1_1_1.up = 3;
w_1_2_0.lo = -3;
w_1_2_0.up = 3;
w_1_2_1.lo = -3;
w_1_2_1.up = 3;
w_2_0_0.lo = -3;
w_2_0_0.up = 3;
w_2_0_1.lo = -3;
w_2_0_1.up = 3;
w_2_0_2.lo = -3;
w_2_0_2.up = 3;
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_1_2.lo = -3;
b_1_2.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
pre_1_0_0.lo = -7.176419226746878;
pre_1_0_0.up = 7.176419226746878;
pre_1_0_1.lo = -7.176419226746878;
pre_1_0_1.up = 7.176419226746878;
pre_1_0_2.lo = -7.176419226746878;
pre_1_0_2.up = 7.176419226746878;
pre_1_1_0.lo = -7.125139810483965;
pre_1_1_0.up = 7.125139810483965;
pre_1_1_1.lo = -7.125139810483965;
pre_1_1_1.up = 7.125139810483965;
pre_1_1_2.lo = -7.125139810483965;
pre_1_1_2.up = 7.125139810483965;
pre_1_2_0.lo = -4.450495978270242;
pre_1_2_0.up = 4.450495978270242;
pre_1_2_1.lo = -4.450495978270242;
pre_1_2_1.up = 4.450495978270242;
pre_1_2_2.lo = -4.450495978270242;
pre_1_2_2.up = 4.450495978270242;
pre_1_3_0.lo = -6.293958645941272;
pre_1_3_0.up = 6.293958645941272;
pre_1_3_1.lo = -6.293958645941272;
pre_1_3_1.up = 6.293958645941272;
pre_1_3_2.lo = -6.293958645941272;
pre_1_3_2.up = 6.293958645941272;
pre_1_4_0.lo = -6.278046829164398;
pre_1_4_0.up = 6.278046829164398;
pre_1_4_1.lo = -6.278046829164398;
pre_1_4_1.up = 6.278046829164398;
pre_1_4_2.lo = -6.278046829164398;
pre_1_4_2.up = 6.278046829164398;
pre_1_5_0.lo = -4.575447738333024;
pre_1_5_0.up = 4.575447738333024;
pre_1_5_1.lo = -4.575447738333024;
pre_1_5_1.up = 4.575447738333024;
pre_1_5_2.lo = -4.575447738333024;
pre_1_5_2.up = 4.575447738333024;
pre_1_6_0.lo = -6.681194289163965;
pre_1_6_0.up = 6.681194289163965;
pre_1_6_1.lo = -6.681194289163965;
pre_1_6_1.up = 6.681194289163965;
pre_1_6_2.lo = -6.681194289163965;
pre_1_6_2.up = 6.681194289163965;
pre_1_7_0.lo = -6.998263939541548;
pre_1_7_0.up = 6.998263939541548;
pre_1_7_1.lo = -6.998263939541548;
pre_1_7_1.up = 6.998263939541548;
pre_1_7_2.lo = -6.998263939541548;
pre_1_7_2.up = 6.998263939541548;
pre_1_8_0.lo = -5.033436041032538;
pre_1_8_0.up = 5.033436041032538;
pre_1_8_1.lo = -5.033436041032538;
pre_1_8_1.up = 5.033436041032538;
pre_1_8_2.lo = -5.033436041032538;
pre_1_8_2.up = 5.033436041032538;
pre_1_9_0.lo = -5.85589242599091;
pre_1_9_0.up = 5.85589242599091;
pre_1_9_1.lo = -5.85589242599091;
pre_1_9_1.up = 5.85589242599091;
pre_1_9_2.lo = -5.85589242599091;
pre_1_9_2.up = 5.85589242599091;
pre_1_10_0.lo = -4.481055976018846;
pre_1_10_0.up = 4.481055976018846;
pre_1_10_1.lo = -4.481055976018846;
pre_1_10_1.up = 4.481055976018846;
pre_1_10_2.lo = -4.481055976018846;
pre_1_10_2.up = 4.481055976018846;
pre_1_11_0.lo = -4.223536593655531;
pre_1_11_0.up = 4.223536593655531;
pre_1_11_1.lo = -4.223536593655531;
pre_1_11_1.up = 4.223536593655531;
pre_1_11_2.lo = -4.223536593655531;
pre_1_11_2.up = 4.223536593655531;
pre_1_12_0.lo = -7.9411881018315;
pre_1_12_0.up = 7.9411881018315;
pre_1_12_1.lo = -7.9411881018315;
pre_1_12_1.up = 7.9411881018315;
pre_1_12_2.lo = -7.9411881018315;
pre_1_12_2.up = 7.9411881018315;
pre_1_13_0.lo = -4.282407804124144;
pre_1_13_0.up = 4.282407804124144;
pre_1_13_1.lo = -4.282407804124144;
pre_1_13_1.up = 4.282407804124144;
pre_1_13_2.lo = -4.282407804124144;
pre_1_13_2.up = 4.282407804124144;
pre_1_14_0.lo = -4.634583834742528;
pre_1_14_0.up = 4.634583834742528;
pre_1_14_1.lo = -4.634583834742528;
pre_1_14_1.up = 4.634583834742528;
pre_1_14_2.lo = -4.634583834742528;
pre_1_14_2.up = 4.634583834742528;
pre_1_15_0.lo = -4.622818643788233;
pre_1_15_0.up = 4.622818643788233;
pre_1_15_1.lo = -4.622818643788233;
pre_1_15_1.up = 4.622818643788233;
pre_1_15_2.lo = -4.622818643788233;
pre_1_15_2.up = 4.622818643788233;
pre_1_16_0.lo = -6.978700550828476;
pre_1_16_0.up = 6.978700550828476;
pre_1_16_1.lo = -6.978700550828476;
pre_1_16_1.up = 6.978700550828476;
pre_1_16_2.lo = -6.978700550828476;
pre_1_16_2.up = 6.978700550828476;
pre_1_17_0.lo = -6.235030806621945;
pre_1_17_0.up = 6.235030806621945;
pre_1_17_1.lo = -6.235030806621945;
pre_1_17_1.up = 6.235030806621945;
pre_1_17_2.lo = -6.235030806621945;
pre_1_17_2.up = 6.235030806621945;
pre_1_18_0.lo = -6.718454730852487;
pre_1_18_0.up = 6.718454730852487;
pre_1_18_1.lo = -6.718454730852487;
pre_1_18_1.up = 6.718454730852487;
pre_1_18_2.lo = -6.718454730852487;
pre_1_18_2.up = 6.718454730852487;
pre_1_19_0.lo = -6.8226887269065095;
pre_1_19_0.up = 6.8226887269065095;
pre_1_19_1.lo = -6.8226887269065095;
pre_1_19_1.up = 6.8226887269065095;
pre_1_19_2.lo = -6.8226887269065095;
pre_1_19_2.up = 6.8226887269065095;
pre_1_20_0.lo = -6.631889427894872;
pre_1_20_0.up = 6.631889427894872;
pre_1_20_1.lo = -6.631889427894872;
pre_1_20_1.up = 6.631889427894872;
pre_1_20_2.lo = -6.631889427894872;
pre_1_20_2.up = 6.631889427894872;
pre_1_21_0.lo = -5.396286998735244;
pre_1_21_0.up = 5.396286998735244;
pre_1_21_1.lo = -5.396286998735244;
pre_1_21_1.up = 5.396286998735244;
pre_1_21_2.lo = -5.396286998735244;
pre_1_21_2.up = 5.396286998735244;
pre_1_22_0.lo = -6.394092367761281;
pre_1_22_0.up = 6.394092367761281;
pre_1_22_1.lo = -6.394092367761281;
pre_1_22_1.up = 6.394092367761281;
pre_1_22_2.lo = -6.394092367761281;
pre_1_22_2.up = 6.394092367761281;
pre_1_23_0.lo = -6.260561154684373;
pre_1_23_0.up = 6.260561154684373;
pre_1_23_1.lo = -6.260561154684373;
pre_1_23_1.up = 6.260561154684373;
pre_1_23_2.lo = -6.260561154684373;
pre_1_23_2.up = 6.260561154684373;
pre_1_24_0.lo = -7.264403459229737;
pre_1_24_0.up = 7.264403459229737;
pre_1_24_1.lo = -7.264403459229737;
pre_1_24_1.up = 7.264403459229737;
pre_1_24_2.lo = -7.264403459229737;
pre_1_24_2.up = 7.264403459229737;
pre_1_25_0.lo = -4.689817519007568;
pre_1_25_0.up = 4.689817519007568;
pre_1_25_1.lo = -4.689817519007568;
pre_1_25_1.up = 4.689817519007568;
pre_1_25_2.lo = -4.689817519007568;
pre_1_25_2.up = 4.689817519007568;
pre_1_26_0.lo = -5.834876603928876;
pre_1_26_0.up = 5.834876603928876;
pre_1_26_1.lo = -5.834876603928876;
pre_1_26_1.up = 5.834876603928876;
pre_1_26_2.lo = -5.834876603928876;
pre_1_26_2.up = 5.834876603928876;
pre_1_27_0.lo = -6.462017653570015;
pre_1_27_0.up = 6.462017653570015;
pre_1_27_1.lo = -6.462017653570015;
pre_1_27_1.up = 6.462017653570015;
pre_1_27_2.lo = -6.462017653570015;
pre_1_27_2.up = 6.462017653570015;
pre_1_28_0.lo = -6.141677231816878;
pre_1_28_0.up = 6.141677231816878;
pre_1_28_1.lo = -6.141677231816878;
pre_1_28_1.up = 6.141677231816878;
pre_1_28_2.lo = -6.141677231816878;
pre_1_28_2.up = 6.141677231816878;
pre_1_29_0.lo = -5.920664390112501;
pre_1_29_0.up = 5.920664390112501;
pre_1_29_1.lo = -5.920664390112501;
pre_1_29_1.up = 5.920664390112501;
pre_1_29_2.lo = -5.920664390112501;
pre_1_29_2.up = 5.920664390112501;
pre_1_30_0.lo = -5.728168080018541;
pre_1_30_0.up = 5.728168080018541;
pre_1_30_1.lo = -5.728168080018541;
pre_1_30_1.up = 5.728168080018541;
pre_1_30_2.lo = -5.728168080018541;
pre_1_30_2.up = 5.728168080018541;
pre_1_31_0.lo = -4.169908962997813;
pre_1_31_0.up = 4.169908962997813;
pre_1_31_1.lo = -4.169908962997813;
pre_1_31_1.up = 4.169908962997813;
pre_1_31_2.lo = -4.169908962997813;
pre_1_31_2.up = 4.169908962997813;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.176419226746878;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.176419226746878;
post_1_0_2.lo = 0;
post_1_0_2.up = 7.176419226746878;
post_1_1_0.lo = 0;
post_1_1_0.up = 7.125139810483965;
post_1_1_1.lo = 0;
post_1_1_1.up = 7.125139810483965;
post_1_1_2.lo = 0;
post_1_1_2.up = 7.125139810483965;
post_1_2_0.lo = 0;
post_1_2_0.up = 4.450495978270242;
post_1_2_1.lo = 0;
post_1_2_1.up = 4.450495978270242;
post_1_2_2.lo = 0;
post_1_2_2.up = 4.450495978270242;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.293958645941272;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.293958645941272;
post_1_3_2.lo = 0;
post_1_3_2.up = 6.293958645941272;
post_1_4_0.lo = 0;
post_1_4_0.up = 6.278046829164398;
post_1_4_1.lo = 0;
post_1_4_1.up = 6.278046829164398;
post_1_4_2.lo = 0;
post_1_4_2.up = 6.278046829164398;
post_1_5_0.lo = 0;
post_1_5_0.up = 4.575447738333024;
post_1_5_1.lo = 0;
post_1_5_1.up = 4.575447738333024;
post_1_5_2.lo = 0;
post_1_5_2.up = 4.575447738333024;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.681194289163965;
post_1_6_1.lo = 0;
post_1_6_1.up = 6.681194289163965;
post_1_6_2.lo = 0;
post_1_6_2.up = 6.681194289163965;
post_1_7_0.lo = 0;
post_1_7_0.up = 6.998263939541548;
post_1_7_1.lo = 0;
post_1_7_1.up = 6.998263939541548;
post_1_7_2.lo = 0;
post_1_7_2.up = 6.998263939541548;
post_1_8_0.lo = 0;
post_1_8_0.up = 5.033436041032538;
post_1_8_1.lo = 0;
post_1_8_1.up = 5.033436041032538;
post_1_8_2.lo = 0;
post_1_8_2.up = 5.033436041032538;
post_1_9_0.lo = 0;
post_1_9_0.up = 5.85589242599091;
post_1_9_1.lo = 0;
post_1_9_1.up = 5.85589242599091;
post_1_9_2.lo = 0;
post_1_9_2.up = 5.85589242599091;
post_1_10_0.lo = 0;
post_1_10_0.up = 4.481055976018846;
post_1_10_1.lo = 0;
post_1_10_1.up = 4.481055976018846;
post_1_10_2.lo = 0;
post_1_10_2.up = 4.481055976018846;
post_1_11_0.lo = 0;
post_1_11_0.up = 4.223536593655531;
post_1_11_1.lo = 0;
post_1_11_1.up = 4.223536593655531;
post_1_11_2.lo = 0;
post_1_11_2.up = 4.223536593655531;
post_1_12_0.lo = 0;
post_1_12_0.up = 7.9411881018315;
post_1_12_1.lo = 0;
post_1_12_1.up = 7.9411881018315;
post_1_12_2.lo = 0;
post_1_12_2.up = 7.9411881018315;
post_1_13_0.lo = 0;
post_1_13_0.up = 4.282407804124144;
post_1_13_1.lo = 0;
post_1_13_1.up = 4.282407804124144;
post_1_13_2.lo = 0;
post_1_13_2.up = 4.282407804124144;
post_1_14_0.lo = 0;
post_1_14_0.up = 4.634583834742528;
post_1_14_1.lo = 0;
post_1_14_1.up = 4.634583834742528;
post_1_14_2.lo = 0;
post_1_14_2.up = 4.634583834742528;
post_1_15_0.lo = 0;
post_1_15_0.up = 4.622818643788233;
post_1_15_1.lo = 0;
post_1_15_1.up = 4.622818643788233;
post_1_15_2.lo = 0;
post_1_15_2.up = 4.622818643788233;
post_1_16_0.lo = 0;
post_1_16_0.up = 6.978700550828476;
post_1_16_1.lo = 0;
post_1_16_1.up = 6.978700550828476;
post_1_16_2.lo = 0;
post_1_16_2.up = 6.978700550828476;
post_1_17_0.lo = 0;
post_1_17_0.up = 6.235030806621945;
post_1_17_1.lo = 0;
post_1_17_1.up = 6.235030806621945;
post_1_17_2.lo = 0;
post_1_17_2.up = 6.235030806621945;
post_1_18_0.lo = 0;
post_1_18_0.up = 6.718454730852487;
post_1_18_1.lo = 0;
post_1_18_1.up = 6.718454730852487;
post_1_18_2.lo = 0;
post_1_18_2.up = 6.718454730852487;
post_1_19_0.lo = 0;
post_1_19_0.up = 6.8226887269065095;
post_1_19_1.lo = 0;
post_1_19_1.up = 6.8226887269065095;
post_1_19_2.lo = 0;
post_1_19_2.up = 6.8226887269065095;
post_1_20_0.lo = 0;
post_1_20_0.up = 6.631889427894872;
post_1_20_1.lo = 0;
post_1_20_1.up = 6.631889427894872;
post_1_20_2.lo = 0;
post_1_20_2.up = 6.631889427894872;
post_1_21_0.lo = 0;
post_1_21_0.up = 5.396286998735244;
post_1_21_1.lo = 0;
post_1_21_1.up = 5.396286998735244;
post_1_21_2.lo = 0;
post_1_21_2.up = 5.396286998735244;
post_1_22_0.lo = 0;
post_1_22_0.up = 6.394092367761281;
post_1_22_1.lo = 0;
post_1_22_1.up = 6.394092367761281;
post_1_22_2.lo = 0;
post_1_22_2.up = 6.394092367761281;
post_1_23_0.lo = 0;
post_1_23_0.up = 6.260561154684373;
post_1_23_1.lo = 0;
post_1_23_1.up = 6.260561154684373;
post_1_23_2.lo = 0;
post_1_23_2.up = 6.260561154684373;
post_1_24_0.lo = 0;
post_1_24_0.up = 7.264403459229737;
post_1_24_1.lo = 0;
post_1_24_1.up = 7.264403459229737;
post_1_24_2.lo = 0;
post_1_24_2.up = 7.264403459229737;
post_1_25_0.lo = 0;
post_1_25_0.up = 4.689817519007568;
post_1_25_1.lo = 0;
post_1_25_1.up = 4.689817519007568;
post_1_25_2.lo = 0;
post_1_25_2.up = 4.689817519007568;
post_1_26_0.lo = 0;
post_1_26_0.up = 5.834876603928876;
post_1_26_1.lo = 0;
post_1_26_1.up = 5.834876603928876;
post_1_26_2.lo = 0;
post_1_26_2.up = 5.834876603928876;
post_1_27_0.lo = 0;
post_1_27_0.up = 6.462017653570015;
post_1_27_1.lo = 0;
post_1_27_1.up = 6.462017653570015;
post_1_27_2.lo = 0;
post_1_27_2.up = 6.462017653570015;
post_1_28_0.lo = 0;
post_1_28_0.up = 6.141677231816878;
post_1_28_1.lo = 0;
post_1_28_1.up = 6.141677231816878;
post_1_28_2.lo = 0;
post_1_28_2.up = 6.141677231816878;
post_1_29_0.lo = 0;
post_1_29_0.up = 5.920664390112501;
post_1_29_1.lo = 0;
post_1_29_1.up = 5.920664390112501;
post_1_29_2.lo = 0;
post_1_29_2.up = 5.920664390112501;
post_1_30_0.lo = 0;
post_1_30_0.up = 5.728168080018541;
post_1_30_1.lo = 0;
post_1_30_1.up = 5.728168080018541;
post_1_30_2.lo = 0;
post_1_30_2.up = 5.728168080018541;
post_1_31_0.lo = 0;
post_1_31_0.up = 4.169908962997813;
post_1_31_1.lo = 0;
post_1_31_1.up = 4.169908962997813;
post_1_31_2.lo = 0;
post_1_31_2.up = 4.169908962997813;
out_0_0.lo = -67.5877730407219;
out_0_0.up = 67.5877730407219;
out_1_0.lo = -67.1262582943557;
out_1_0.up = 67.1262582943557;
out_2_0.lo = -43.054463804432174;
out_2_0.up = 43.054463804432174;
out_3_0.lo = -59.64562781347144;
out_3_0.up = 59.64562781347144;
out_4_0.lo = -59.50242146247958;
out_4_0.up = 59.50242146247958;
out_5_0.lo = -44.179029644997215;
out_5_0.up = 44.179029644997215;
out_6_0.lo = -63.13074860247569;
out_6_0.up = 63.13074860247569;
out_7_0.lo = -65.98437545587393;
out_7_0.up = 65.98437545587393;
out_8_0.lo = -48.300924369292844;
out_8_0.up = 48.300924369292844;
out_9_0.lo = -55.70303183391819;
out_9_0.up = 55.70303183391819;
out_10_0.lo = -43.32950378416961;
out_10_0.up = 43.32950378416961;
out_11_0.lo = -41.01182934289978;
out_11_0.up = 41.01182934289978;
out_12_0.lo = -74.4706929164835;
out_12_0.up = 74.4706929164835;
out_13_0.lo = -41.5416702371173;
out_13_0.up = 41.5416702371173;
out_14_0.lo = -44.71125451268274;
out_14_0.up = 44.71125451268274;
out_15_0.lo = -44.6053677940941;
out_15_0.up = 44.6053677940941;
out_16_0.lo = -65.80830495745627;
out_16_0.up = 65.80830495745627;
out_17_0.lo = -59.115277259597505;
out_17_0.up = 59.115277259597505;
out_18_0.lo = -63.46609257767239;
out_18_0.up = 63.46609257767239;
out_19_0.lo = -64.40419854215858;
out_19_0.up = 64.40419854215858;
out_20_0.lo = -62.68700485105384;
out_20_0.up = 62.68700485105384;
out_21_0.lo = -51.5665829886172;
out_21_0.up = 51.5665829886172;
out_22_0.lo = -60.54683130985153;
out_22_0.up = 60.54683130985153;
out_23_0.lo = -59.34505039215935;
out_23_0.up = 59.34505039215935;
out_24_0.lo = -68.37963113306763;
out_24_0.up = 68.37963113306763;
out_25_0.lo = -45.208357671068114;
out_25_0.up = 45.208357671068114;
out_26_0.lo = -55.513889435359886;
out_26_0.up = 55.513889435359886;
out_27_0.lo = -61.15815888213014;
out_27_0.up = 61.15815888213014;
out_28_0.lo = -58.275095086351904;
out_28_0.up = 58.275095086351904;
out_29_0.lo = -56.28597951101251;
out_29_0.up = 56.28597951101251;
out_30_0.lo = -54.55351272016687;
out_30_0.up = 54.55351272016687;
out_31_0.lo = -40.529180666980324;
out_31_0.up = 40.529180666980324;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
