* teacher-N16-n2-m2-p1-s2-p1-plain-indicator  (relu-opt library: teacher-N16-n2-m2-p1-s2, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1,
  pre_1_7_0, pre_1_7_1, pre_1_8_0, pre_1_8_1, pre_1_9_0, pre_1_9_1, pre_1_10_0, pre_1_10_1,
  pre_1_11_0, pre_1_11_1, pre_1_12_0, pre_1_12_1, pre_1_13_0, pre_1_13_1, pre_1_14_0, pre_1_14_1,
  pre_1_15_0, pre_1_15_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1,
  post_1_11_0, post_1_11_1, post_1_12_0, post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1,
  post_1_15_0, post_1_15_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0,
  out_14_0, out_15_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var, relu_1_9_0_on_binary_indicator_var, relu_1_9_0_off_binary_indicator_var, relu_1_9_1_on_binary_indicator_var, relu_1_9_1_off_binary_indicator_var,
  relu_1_10_0_on_binary_indicator_var, relu_1_10_0_off_binary_indicator_var, relu_1_10_1_on_binary_indicator_var, relu_1_10_1_off_binary_indicator_var, relu_1_11_0_on_binary_indicator_var, relu_1_11_0_off_binary_indicator_var, relu_1_11_1_on_binary_indicator_var, relu_1_11_1_off_binary_indicator_var,
  relu_1_12_0_on_binary_indicator_var, relu_1_12_0_off_binary_indicator_var, relu_1_12_1_on_binary_indicator_var, relu_1_12_1_off_binary_indicator_var, relu_1_13_0_on_binary_indicator_var, relu_1_13_0_off_binary_indicator_var, relu_1_13_1_on_binary_indicator_var, relu_1_13_1_off_binary_indicator_var,
  relu_1_14_0_on_binary_indicator_var, relu_1_14_0_off_binary_indicator_var, relu_1_14_1_on_binary_indicator_var, relu_1_14_1_off_binary_indicator_var, relu_1_15_0_on_binary_indicator_var, relu_1_15_0_off_binary_indicator_var, relu_1_15_1_on_binary_indicator_var, relu_1_15_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e51_, e52_, e53_, e54_, e55_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e58_, e59_, e60_, e61_, e62_, relu_1_1_0_above_pre,
  relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e65_, e66_, e67_, e68_, e69_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e72_, e73_, e74_, e75_, e76_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e79_,
  e80_, e81_, e82_, e83_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e86_, e87_,
  e88_, e89_, e90_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e93_, e94_, e95_,
  e96_, e97_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e100_, e101_, e102_, e103_,
  e104_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e107_, e108_, e109_, e110_, e111_,
  relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e114_, e115_, e116_, e117_, e118_, relu_1_5_0_above_pre,
  relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e121_, e122_, e123_, e124_, e125_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor,
  e128_, e129_, e130_, e131_, e132_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e135_,
  e136_, e137_, e138_, e139_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e142_, e143_,
  e144_, e145_, e146_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e149_, e150_, e151_,
  e152_, e153_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e156_, e157_, e158_, e159_,
  e160_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e163_, e164_, e165_, e166_, e167_,
  relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e170_, e171_, e172_, e173_, e174_, relu_1_9_0_above_pre,
  relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e177_, e178_, e179_, e180_, e181_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor,
  e184_, e185_, e186_, e187_, e188_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e191_,
  e192_, e193_, e194_, e195_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e198_, e199_,
  e200_, e201_, e202_, relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e205_, e206_, e207_,
  e208_, e209_, relu_1_11_1_above_pre, relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e212_, e213_, e214_, e215_,
  e216_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e219_, e220_, e221_, e222_, e223_,
  relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e226_, e227_, e228_, e229_, e230_, relu_1_13_0_above_pre,
  relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e233_, e234_, e235_, e236_, e237_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor,
  e240_, e241_, e242_, e243_, e244_, relu_1_14_0_above_pre, relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e247_,
  e248_, e249_, e250_, e251_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor, e254_, e255_,
  e256_, e257_, e258_, relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e261_, e262_, e263_,
  e264_, e265_, relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e268_, e269_, e270_, e271_,
  e272_;

e_obj.. - objvar + 1.5244956362767803*out_0_0 + 2.013739828867477*out_1_0 + 2.6583586264972214*out_2_0 + 1.0127799680766552*out_3_0 + 2.3849563910551326*out_4_0 + 2.2857084507905565*out_5_0 + 0.6352531245284562*out_6_0
    + 3.3374463266436702*out_7_0 + 2.521102785930888*out_8_0 + 3.495339954832161*out_9_0 + 2.9992860938348933*out_10_0 + 2.0203739012636786*out_11_0 + 1.8319331531511662*out_12_0 + 1.7832715689026186*out_13_0 + 0.7001822439454916*out_14_0
    + 0.42514514571241885*out_15_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 18.946108021321955 =e= 0;
pre_definition_1_0_0.. - 0.31486602975118516*w_1_0_0 - 0.124531325560856*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.31486602975118516*w_1_1_0 - 0.124531325560856*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.6998754733893278*w_1_0_0 + 0.13473841839042566*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.6998754733893278*w_1_1_0 + 0.13473841839042566*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.3385945971490405*w_1_0_0 + 0.15443065345974438*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.3385945971490405*w_1_1_0 + 0.15443065345974438*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. - 0.2663687985482328*w_1_0_0 - 0.9348719049873533*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.2663687985482328*w_1_1_0 - 0.9348719049873533*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.36612964461925057*w_1_0_0 + 0.21675033383994768*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.36612964461925057*w_1_1_0 + 0.21675033383994768*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.6254948605598039*w_1_0_0 + 0.3080786688565338*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.6254948605598039*w_1_1_0 + 0.3080786688565338*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.022131947139154118*w_1_0_0 - 0.7824188190011583*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.022131947139154118*w_1_1_0 - 0.7824188190011583*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.5511278849453789*w_1_0_0 + 0.36370679876925127*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.5511278849453789*w_1_1_0 + 0.36370679876925127*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. - 0.8484337930136483*w_1_0_0 + 0.058180229168484976*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.8484337930136483*w_1_1_0 + 0.058180229168484976*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.3875176844044601*w_1_0_0 + 0.7855853830928239*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.3875176844044601*w_1_1_0 + 0.7855853830928239*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. + 0.790912883134117*w_1_0_0 + 0.5961851049410993*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. + 0.790912883134117*w_1_1_0 + 0.5961851049410993*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. - 0.768899347376587*w_1_0_0 - 0.3596229229691672*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 0.768899347376587*w_1_1_0 - 0.3596229229691672*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 0.6984726472288691*w_1_0_0 - 0.2888725384110351*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.6984726472288691*w_1_1_0 - 0.2888725384110351*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. + 0.18691520464892708*w_1_0_0 - 0.03315638824999345*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.18691520464892708*w_1_1_0 - 0.03315638824999345*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.1868870355118124*w_1_0_0 - 0.7242359698152563*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.1868870355118124*w_1_1_0 - 0.7242359698152563*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. + 0.12362766768175004*w_1_0_0 - 0.7844802199332859*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.12362766768175004*w_1_1_0 - 0.7844802199332859*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e51_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 4.318192065936124*relu_1_0_0_on_binary_indicator_var =g= -4.318192065936124;
e52_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 8.636384131872248*relu_1_0_0_on_binary_indicator_var =l= 8.636384131872248;
e53_.. + 1*post_1_0_0 =g= 0;
e54_.. + 1*post_1_0_0 + 4.318192065936124*relu_1_0_0_off_binary_indicator_var =l= 4.318192065936124;
e55_.. + 1*pre_1_0_0 + 4.318192065936124*relu_1_0_0_off_binary_indicator_var =l= 4.318192065936124;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e58_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 4.318192065936124*relu_1_0_1_on_binary_indicator_var =g= -4.318192065936124;
e59_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 8.636384131872248*relu_1_0_1_on_binary_indicator_var =l= 8.636384131872248;
e60_.. + 1*post_1_0_1 =g= 0;
e61_.. + 1*post_1_0_1 + 4.318192065936124*relu_1_0_1_off_binary_indicator_var =l= 4.318192065936124;
e62_.. + 1*pre_1_0_1 + 4.318192065936124*relu_1_0_1_off_binary_indicator_var =l= 4.318192065936124;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e65_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 5.5038416753392605*relu_1_1_0_on_binary_indicator_var =g= -5.5038416753392605;
e66_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 11.007683350678521*relu_1_1_0_on_binary_indicator_var =l= 11.007683350678521;
e67_.. + 1*post_1_1_0 =g= 0;
e68_.. + 1*post_1_1_0 + 5.5038416753392605*relu_1_1_0_off_binary_indicator_var =l= 5.5038416753392605;
e69_.. + 1*pre_1_1_0 + 5.5038416753392605*relu_1_1_0_off_binary_indicator_var =l= 5.5038416753392605;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e72_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 5.5038416753392605*relu_1_1_1_on_binary_indicator_var =g= -5.5038416753392605;
e73_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 11.007683350678521*relu_1_1_1_on_binary_indicator_var =l= 11.007683350678521;
e74_.. + 1*post_1_1_1 =g= 0;
e75_.. + 1*post_1_1_1 + 5.5038416753392605*relu_1_1_1_off_binary_indicator_var =l= 5.5038416753392605;
e76_.. + 1*pre_1_1_1 + 5.5038416753392605*relu_1_1_1_off_binary_indicator_var =l= 5.5038416753392605;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e79_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 4.479075751826355*relu_1_2_0_on_binary_indicator_var =g= -4.479075751826355;
e80_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 8.95815150365271*relu_1_2_0_on_binary_indicator_var =l= 8.95815150365271;
e81_.. + 1*post_1_2_0 =g= 0;
e82_.. + 1*post_1_2_0 + 4.479075751826355*relu_1_2_0_off_binary_indicator_var =l= 4.479075751826355;
e83_.. + 1*pre_1_2_0 + 4.479075751826355*relu_1_2_0_off_binary_indicator_var =l= 4.479075751826355;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e86_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 4.479075751826355*relu_1_2_1_on_binary_indicator_var =g= -4.479075751826355;
e87_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 8.95815150365271*relu_1_2_1_on_binary_indicator_var =l= 8.95815150365271;
e88_.. + 1*post_1_2_1 =g= 0;
e89_.. + 1*post_1_2_1 + 4.479075751826355*relu_1_2_1_off_binary_indicator_var =l= 4.479075751826355;
e90_.. + 1*pre_1_2_1 + 4.479075751826355*relu_1_2_1_off_binary_indicator_var =l= 4.479075751826355;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e93_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6.603722110606759*relu_1_3_0_on_binary_indicator_var =g= -6.603722110606759;
e94_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 13.207444221213517*relu_1_3_0_on_binary_indicator_var =l= 13.207444221213517;
e95_.. + 1*post_1_3_0 =g= 0;
e96_.. + 1*post_1_3_0 + 6.603722110606759*relu_1_3_0_off_binary_indicator_var =l= 6.603722110606759;
e97_.. + 1*pre_1_3_0 + 6.603722110606759*relu_1_3_0_off_binary_indicator_var =l= 6.603722110606759;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e100_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 6.603722110606759*relu_1_3_1_on_binary_indicator_var =g= -6.603722110606759;
e101_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 13.207444221213517*relu_1_3_1_on_binary_indicator_var =l= 13.207444221213517;
e102_.. + 1*post_1_3_1 =g= 0;
e103_.. + 1*post_1_3_1 + 6.603722110606759*relu_1_3_1_off_binary_indicator_var =l= 6.603722110606759;
e104_.. + 1*pre_1_3_1 + 6.603722110606759*relu_1_3_1_off_binary_indicator_var =l= 6.603722110606759;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e107_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4.748639935377595*relu_1_4_0_on_binary_indicator_var =g= -4.748639935377595;
e108_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 9.49727987075519*relu_1_4_0_on_binary_indicator_var =l= 9.49727987075519;
e109_.. + 1*post_1_4_0 =g= 0;
e110_.. + 1*post_1_4_0 + 4.748639935377595*relu_1_4_0_off_binary_indicator_var =l= 4.748639935377595;
e111_.. + 1*pre_1_4_0 + 4.748639935377595*relu_1_4_0_off_binary_indicator_var =l= 4.748639935377595;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e114_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4.748639935377595*relu_1_4_1_on_binary_indicator_var =g= -4.748639935377595;
e115_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 9.49727987075519*relu_1_4_1_on_binary_indicator_var =l= 9.49727987075519;
e116_.. + 1*post_1_4_1 =g= 0;
e117_.. + 1*post_1_4_1 + 4.748639935377595*relu_1_4_1_off_binary_indicator_var =l= 4.748639935377595;
e118_.. + 1*pre_1_4_1 + 4.748639935377595*relu_1_4_1_off_binary_indicator_var =l= 4.748639935377595;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e121_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5.800720588249013*relu_1_5_0_on_binary_indicator_var =g= -5.800720588249013;
e122_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 11.601441176498026*relu_1_5_0_on_binary_indicator_var =l= 11.601441176498026;
e123_.. + 1*post_1_5_0 =g= 0;
e124_.. + 1*post_1_5_0 + 5.800720588249013*relu_1_5_0_off_binary_indicator_var =l= 5.800720588249013;
e125_.. + 1*pre_1_5_0 + 5.800720588249013*relu_1_5_0_off_binary_indicator_var =l= 5.800720588249013;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e128_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5.800720588249013*relu_1_5_1_on_binary_indicator_var =g= -5.800720588249013;
e129_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 11.601441176498026*relu_1_5_1_on_binary_indicator_var =l= 11.601441176498026;
e130_.. + 1*post_1_5_1 =g= 0;
e131_.. + 1*post_1_5_1 + 5.800720588249013*relu_1_5_1_off_binary_indicator_var =l= 5.800720588249013;
e132_.. + 1*pre_1_5_1 + 5.800720588249013*relu_1_5_1_off_binary_indicator_var =l= 5.800720588249013;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e135_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 5.413652298420937*relu_1_6_0_on_binary_indicator_var =g= -5.413652298420937;
e136_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 10.827304596841874*relu_1_6_0_on_binary_indicator_var =l= 10.827304596841874;
e137_.. + 1*post_1_6_0 =g= 0;
e138_.. + 1*post_1_6_0 + 5.413652298420937*relu_1_6_0_off_binary_indicator_var =l= 5.413652298420937;
e139_.. + 1*pre_1_6_0 + 5.413652298420937*relu_1_6_0_off_binary_indicator_var =l= 5.413652298420937;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e142_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 5.413652298420937*relu_1_6_1_on_binary_indicator_var =g= -5.413652298420937;
e143_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 10.827304596841874*relu_1_6_1_on_binary_indicator_var =l= 10.827304596841874;
e144_.. + 1*post_1_6_1 =g= 0;
e145_.. + 1*post_1_6_1 + 5.413652298420937*relu_1_6_1_off_binary_indicator_var =l= 5.413652298420937;
e146_.. + 1*pre_1_6_1 + 5.413652298420937*relu_1_6_1_off_binary_indicator_var =l= 5.413652298420937;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e149_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 5.74450405114389*relu_1_7_0_on_binary_indicator_var =g= -5.74450405114389;
e150_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 11.48900810228778*relu_1_7_0_on_binary_indicator_var =l= 11.48900810228778;
e151_.. + 1*post_1_7_0 =g= 0;
e152_.. + 1*post_1_7_0 + 5.74450405114389*relu_1_7_0_off_binary_indicator_var =l= 5.74450405114389;
e153_.. + 1*pre_1_7_0 + 5.74450405114389*relu_1_7_0_off_binary_indicator_var =l= 5.74450405114389;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e156_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 5.74450405114389*relu_1_7_1_on_binary_indicator_var =g= -5.74450405114389;
e157_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 11.48900810228778*relu_1_7_1_on_binary_indicator_var =l= 11.48900810228778;
e158_.. + 1*post_1_7_1 =g= 0;
e159_.. + 1*post_1_7_1 + 5.74450405114389*relu_1_7_1_off_binary_indicator_var =l= 5.74450405114389;
e160_.. + 1*pre_1_7_1 + 5.74450405114389*relu_1_7_1_off_binary_indicator_var =l= 5.74450405114389;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e163_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 5.7198420665464*relu_1_8_0_on_binary_indicator_var =g= -5.7198420665464;
e164_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 11.4396841330928*relu_1_8_0_on_binary_indicator_var =l= 11.4396841330928;
e165_.. + 1*post_1_8_0 =g= 0;
e166_.. + 1*post_1_8_0 + 5.7198420665464*relu_1_8_0_off_binary_indicator_var =l= 5.7198420665464;
e167_.. + 1*pre_1_8_0 + 5.7198420665464*relu_1_8_0_off_binary_indicator_var =l= 5.7198420665464;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e170_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 5.7198420665464*relu_1_8_1_on_binary_indicator_var =g= -5.7198420665464;
e171_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 11.4396841330928*relu_1_8_1_on_binary_indicator_var =l= 11.4396841330928;
e172_.. + 1*post_1_8_1 =g= 0;
e173_.. + 1*post_1_8_1 + 5.7198420665464*relu_1_8_1_off_binary_indicator_var =l= 5.7198420665464;
e174_.. + 1*pre_1_8_1 + 5.7198420665464*relu_1_8_1_off_binary_indicator_var =l= 5.7198420665464;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e177_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 6.519309202491852*relu_1_9_0_on_binary_indicator_var =g= -6.519309202491852;
e178_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 13.038618404983705*relu_1_9_0_on_binary_indicator_var =l= 13.038618404983705;
e179_.. + 1*post_1_9_0 =g= 0;
e180_.. + 1*post_1_9_0 + 6.519309202491852*relu_1_9_0_off_binary_indicator_var =l= 6.519309202491852;
e181_.. + 1*pre_1_9_0 + 6.519309202491852*relu_1_9_0_off_binary_indicator_var =l= 6.519309202491852;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e184_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 6.519309202491852*relu_1_9_1_on_binary_indicator_var =g= -6.519309202491852;
e185_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 13.038618404983705*relu_1_9_1_on_binary_indicator_var =l= 13.038618404983705;
e186_.. + 1*post_1_9_1 =g= 0;
e187_.. + 1*post_1_9_1 + 6.519309202491852*relu_1_9_1_off_binary_indicator_var =l= 6.519309202491852;
e188_.. + 1*pre_1_9_1 + 6.519309202491852*relu_1_9_1_off_binary_indicator_var =l= 6.519309202491852;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e191_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 7.161293964225649*relu_1_10_0_on_binary_indicator_var =g= -7.161293964225649;
e192_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 14.322587928451298*relu_1_10_0_on_binary_indicator_var =l= 14.322587928451298;
e193_.. + 1*post_1_10_0 =g= 0;
e194_.. + 1*post_1_10_0 + 7.161293964225649*relu_1_10_0_off_binary_indicator_var =l= 7.161293964225649;
e195_.. + 1*pre_1_10_0 + 7.161293964225649*relu_1_10_0_off_binary_indicator_var =l= 7.161293964225649;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e198_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 7.161293964225649*relu_1_10_1_on_binary_indicator_var =g= -7.161293964225649;
e199_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 14.322587928451298*relu_1_10_1_on_binary_indicator_var =l= 14.322587928451298;
e200_.. + 1*post_1_10_1 =g= 0;
e201_.. + 1*post_1_10_1 + 7.161293964225649*relu_1_10_1_off_binary_indicator_var =l= 7.161293964225649;
e202_.. + 1*pre_1_10_1 + 7.161293964225649*relu_1_10_1_off_binary_indicator_var =l= 7.161293964225649;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e205_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 6.385566811037263*relu_1_11_0_on_binary_indicator_var =g= -6.385566811037263;
e206_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 12.771133622074526*relu_1_11_0_on_binary_indicator_var =l= 12.771133622074526;
e207_.. + 1*post_1_11_0 =g= 0;
e208_.. + 1*post_1_11_0 + 6.385566811037263*relu_1_11_0_off_binary_indicator_var =l= 6.385566811037263;
e209_.. + 1*pre_1_11_0 + 6.385566811037263*relu_1_11_0_off_binary_indicator_var =l= 6.385566811037263;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e212_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 6.385566811037263*relu_1_11_1_on_binary_indicator_var =g= -6.385566811037263;
e213_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 12.771133622074526*relu_1_11_1_on_binary_indicator_var =l= 12.771133622074526;
e214_.. + 1*post_1_11_1 =g= 0;
e215_.. + 1*post_1_11_1 + 6.385566811037263*relu_1_11_1_off_binary_indicator_var =l= 6.385566811037263;
e216_.. + 1*pre_1_11_1 + 6.385566811037263*relu_1_11_1_off_binary_indicator_var =l= 6.385566811037263;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e219_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 5.962035556919712*relu_1_12_0_on_binary_indicator_var =g= -5.962035556919712;
e220_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 11.924071113839425*relu_1_12_0_on_binary_indicator_var =l= 11.924071113839425;
e221_.. + 1*post_1_12_0 =g= 0;
e222_.. + 1*post_1_12_0 + 5.962035556919712*relu_1_12_0_off_binary_indicator_var =l= 5.962035556919712;
e223_.. + 1*pre_1_12_0 + 5.962035556919712*relu_1_12_0_off_binary_indicator_var =l= 5.962035556919712;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e226_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 5.962035556919712*relu_1_12_1_on_binary_indicator_var =g= -5.962035556919712;
e227_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 11.924071113839425*relu_1_12_1_on_binary_indicator_var =l= 11.924071113839425;
e228_.. + 1*post_1_12_1 =g= 0;
e229_.. + 1*post_1_12_1 + 5.962035556919712*relu_1_12_1_off_binary_indicator_var =l= 5.962035556919712;
e230_.. + 1*pre_1_12_1 + 5.962035556919712*relu_1_12_1_off_binary_indicator_var =l= 5.962035556919712;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e233_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 3.6602147786967616*relu_1_13_0_on_binary_indicator_var =g= -3.6602147786967616;
e234_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 7.320429557393523*relu_1_13_0_on_binary_indicator_var =l= 7.320429557393523;
e235_.. + 1*post_1_13_0 =g= 0;
e236_.. + 1*post_1_13_0 + 3.6602147786967616*relu_1_13_0_off_binary_indicator_var =l= 3.6602147786967616;
e237_.. + 1*pre_1_13_0 + 3.6602147786967616*relu_1_13_0_off_binary_indicator_var =l= 3.6602147786967616;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e240_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 3.6602147786967616*relu_1_13_1_on_binary_indicator_var =g= -3.6602147786967616;
e241_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 7.320429557393523*relu_1_13_1_on_binary_indicator_var =l= 7.320429557393523;
e242_.. + 1*post_1_13_1 =g= 0;
e243_.. + 1*post_1_13_1 + 3.6602147786967616*relu_1_13_1_off_binary_indicator_var =l= 3.6602147786967616;
e244_.. + 1*pre_1_13_1 + 3.6602147786967616*relu_1_13_1_off_binary_indicator_var =l= 3.6602147786967616;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e247_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 5.733369015981206*relu_1_14_0_on_binary_indicator_var =g= -5.733369015981206;
e248_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 11.466738031962413*relu_1_14_0_on_binary_indicator_var =l= 11.466738031962413;
e249_.. + 1*post_1_14_0 =g= 0;
e250_.. + 1*post_1_14_0 + 5.733369015981206*relu_1_14_0_off_binary_indicator_var =l= 5.733369015981206;
e251_.. + 1*pre_1_14_0 + 5.733369015981206*relu_1_14_0_off_binary_indicator_var =l= 5.733369015981206;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e254_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 5.733369015981206*relu_1_14_1_on_binary_indicator_var =g= -5.733369015981206;
e255_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 11.466738031962413*relu_1_14_1_on_binary_indicator_var =l= 11.466738031962413;
e256_.. + 1*post_1_14_1 =g= 0;
e257_.. + 1*post_1_14_1 + 5.733369015981206*relu_1_14_1_off_binary_indicator_var =l= 5.733369015981206;
e258_.. + 1*pre_1_14_1 + 5.733369015981206*relu_1_14_1_off_binary_indicator_var =l= 5.733369015981206;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e261_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 5.724323662845108*relu_1_15_0_on_binary_indicator_var =g= -5.724323662845108;
e262_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 11.448647325690215*relu_1_15_0_on_binary_indicator_var =l= 11.448647325690215;
e263_.. + 1*post_1_15_0 =g= 0;
e264_.. + 1*post_1_15_0 + 5.724323662845108*relu_1_15_0_off_binary_indicator_var =l= 5.724323662845108;
e265_.. + 1*pre_1_15_0 + 5.724323662845108*relu_1_15_0_off_binary_indicator_var =l= 5.724323662845108;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e268_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 5.724323662845108*relu_1_15_1_on_binary_indicator_var =g= -5.724323662845108;
e269_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 11.448647325690215*relu_1_15_1_on_binary_indicator_var =l= 11.448647325690215;
e270_.. + 1*post_1_15_1 =g= 0;
e271_.. + 1*post_1_15_1 + 5.724323662845108*relu_1_15_1_off_binary_indicator_var =l= 5.724323662845108;
e272_.. + 1*pre_1_15_1 + 5.724323662845108*relu_1_15_1_off_binary_indicator_var =l= 5.724323662845108;

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
pre_1_0_0.lo = -4.318192065936124;
pre_1_0_0.up = 4.318192065936124;
pre_1_0_1.lo = -4.318192065936124;
pre_1_0_1.up = 4.318192065936124;
pre_1_1_0.lo = -5.5038416753392605;
pre_1_1_0.up = 5.5038416753392605;
pre_1_1_1.lo = -5.5038416753392605;
pre_1_1_1.up = 5.5038416753392605;
pre_1_2_0.lo = -4.479075751826355;
pre_1_2_0.up = 4.479075751826355;
pre_1_2_1.lo = -4.479075751826355;
pre_1_2_1.up = 4.479075751826355;
pre_1_3_0.lo = -6.603722110606759;
pre_1_3_0.up = 6.603722110606759;
pre_1_3_1.lo = -6.603722110606759;
pre_1_3_1.up = 6.603722110606759;
pre_1_4_0.lo = -4.748639935377595;
pre_1_4_0.up = 4.748639935377595;
pre_1_4_1.lo = -4.748639935377595;
pre_1_4_1.up = 4.748639935377595;
pre_1_5_0.lo = -5.800720588249013;
pre_1_5_0.up = 5.800720588249013;
pre_1_5_1.lo = -5.800720588249013;
pre_1_5_1.up = 5.800720588249013;
pre_1_6_0.lo = -5.413652298420937;
pre_1_6_0.up = 5.413652298420937;
pre_1_6_1.lo = -5.413652298420937;
pre_1_6_1.up = 5.413652298420937;
pre_1_7_0.lo = -5.74450405114389;
pre_1_7_0.up = 5.74450405114389;
pre_1_7_1.lo = -5.74450405114389;
pre_1_7_1.up = 5.74450405114389;
pre_1_8_0.lo = -5.7198420665464;
pre_1_8_0.up = 5.7198420665464;
pre_1_8_1.lo = -5.7198420665464;
pre_1_8_1.up = 5.7198420665464;
pre_1_9_0.lo = -6.519309202491852;
pre_1_9_0.up = 6.519309202491852;
pre_1_9_1.lo = -6.519309202491852;
pre_1_9_1.up = 6.519309202491852;
pre_1_10_0.lo = -7.161293964225649;
pre_1_10_0.up = 7.161293964225649;
pre_1_10_1.lo = -7.161293964225649;
pre_1_10_1.up = 7.161293964225649;
pre_1_11_0.lo = -6.385566811037263;
pre_1_11_0.up = 6.385566811037263;
pre_1_11_1.lo = -6.385566811037263;
pre_1_11_1.up = 6.385566811037263;
pre_1_12_0.lo = -5.962035556919712;
pre_1_12_0.up = 5.962035556919712;
pre_1_12_1.lo = -5.962035556919712;
pre_1_12_1.up = 5.962035556919712;
pre_1_13_0.lo = -3.6602147786967616;
pre_1_13_0.up = 3.6602147786967616;
pre_1_13_1.lo = -3.6602147786967616;
pre_1_13_1.up = 3.6602147786967616;
pre_1_14_0.lo = -5.733369015981206;
pre_1_14_0.up = 5.733369015981206;
pre_1_14_1.lo = -5.733369015981206;
pre_1_14_1.up = 5.733369015981206;
pre_1_15_0.lo = -5.724323662845108;
pre_1_15_0.up = 5.724323662845108;
pre_1_15_1.lo = -5.724323662845108;
pre_1_15_1.up = 5.724323662845108;
post_1_0_0.lo = 0;
post_1_0_0.up = 4.318192065936124;
post_1_0_1.lo = 0;
post_1_0_1.up = 4.318192065936124;
post_1_1_0.lo = 0;
post_1_1_0.up = 5.5038416753392605;
post_1_1_1.lo = 0;
post_1_1_1.up = 5.5038416753392605;
post_1_2_0.lo = 0;
post_1_2_0.up = 4.479075751826355;
post_1_2_1.lo = 0;
post_1_2_1.up = 4.479075751826355;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.603722110606759;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.603722110606759;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.748639935377595;
post_1_4_1.lo = 0;
post_1_4_1.up = 4.748639935377595;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.800720588249013;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.800720588249013;
post_1_6_0.lo = 0;
post_1_6_0.up = 5.413652298420937;
post_1_6_1.lo = 0;
post_1_6_1.up = 5.413652298420937;
post_1_7_0.lo = 0;
post_1_7_0.up = 5.74450405114389;
post_1_7_1.lo = 0;
post_1_7_1.up = 5.74450405114389;
post_1_8_0.lo = 0;
post_1_8_0.up = 5.7198420665464;
post_1_8_1.lo = 0;
post_1_8_1.up = 5.7198420665464;
post_1_9_0.lo = 0;
post_1_9_0.up = 6.519309202491852;
post_1_9_1.lo = 0;
post_1_9_1.up = 6.519309202491852;
post_1_10_0.lo = 0;
post_1_10_0.up = 7.161293964225649;
post_1_10_1.lo = 0;
post_1_10_1.up = 7.161293964225649;
post_1_11_0.lo = 0;
post_1_11_0.up = 6.385566811037263;
post_1_11_1.lo = 0;
post_1_11_1.up = 6.385566811037263;
post_1_12_0.lo = 0;
post_1_12_0.up = 5.962035556919712;
post_1_12_1.lo = 0;
post_1_12_1.up = 5.962035556919712;
post_1_13_0.lo = 0;
post_1_13_0.up = 3.6602147786967616;
post_1_13_1.lo = 0;
post_1_13_1.up = 3.6602147786967616;
post_1_14_0.lo = 0;
post_1_14_0.up = 5.733369015981206;
post_1_14_1.lo = 0;
post_1_14_1.up = 5.733369015981206;
post_1_15_0.lo = 0;
post_1_15_0.up = 5.724323662845108;
post_1_15_1.lo = 0;
post_1_15_1.up = 5.724323662845108;
out_0_0.lo = -28.909152395616744;
out_0_0.up = 28.909152395616744;
out_1_0.lo = -36.023050052035565;
out_1_0.up = 36.023050052035565;
out_2_0.lo = -29.87445451095813;
out_2_0.up = 29.87445451095813;
out_3_0.lo = -42.62233266364055;
out_3_0.up = 42.62233266364055;
out_4_0.lo = -31.49183961226557;
out_4_0.up = 31.49183961226557;
out_5_0.lo = -37.80432352949408;
out_5_0.up = 37.80432352949408;
out_6_0.lo = -35.481913790525624;
out_6_0.up = 35.481913790525624;
out_7_0.lo = -37.46702430686334;
out_7_0.up = 37.46702430686334;
out_8_0.lo = -37.319052399278405;
out_8_0.up = 37.319052399278405;
out_9_0.lo = -42.11585521495111;
out_9_0.up = 42.11585521495111;
out_10_0.lo = -45.967763785353895;
out_10_0.up = 45.967763785353895;
out_11_0.lo = -41.313400866223574;
out_11_0.up = 41.313400866223574;
out_12_0.lo = -38.772213341518274;
out_12_0.up = 38.772213341518274;
out_13_0.lo = -24.96128867218057;
out_13_0.up = 24.96128867218057;
out_14_0.lo = -37.400214095887236;
out_14_0.up = 37.400214095887236;
out_15_0.lo = -37.345941977070645;
out_15_0.up = 37.345941977070645;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
