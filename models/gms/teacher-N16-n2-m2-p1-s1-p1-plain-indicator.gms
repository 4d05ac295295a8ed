* teacher-N16-n2-m2-p1-s1-p1-plain-indicator  (relu-opt library: teacher-N16-n2-m2-p1-s1, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
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

e_obj.. - objvar + 0.3246981461884506*out_0_0 - 0.061729418336125524*out_1_0 - 0.1839660147467925*out_2_0 - 0.009424426080082482*out_3_0 - 0.17872075712179453*out_4_0 - 0.07039654752462307*out_5_0 - 0.15731873171275285*out_6_0
    - 0.723991172119347*out_7_0 - 0.31712436504940256*out_8_0 - 0.3766081415487037*out_9_0 - 0.26254441160555075*out_10_0 + 0.18865211821842057*out_11_0 - 0.34470520744932615*out_12_0 - 0.09808674699882751*out_13_0 - 0.374206874349835*out_14_0
    + 0.27865688226737595*out_15_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 0.35550619574665426 =e= 0;
pre_definition_1_0_0.. + 0.9448817735138633*w_1_0_0 - 0.5070262173496132*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.9448817735138633*w_1_1_0 - 0.5070262173496132*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.07628662643855644*w_1_0_0 + 0.34053656700181567*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.07628662643855644*w_1_1_0 + 0.34053656700181567*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.5768574068568086*w_1_0_0 + 0.39361034141671003*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.5768574068568086*w_1_1_0 + 0.39361034141671003*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.09300422103869699*w_1_0_0 + 0.7319166055056705*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.09300422103869699*w_1_1_0 + 0.7319166055056705*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.19377402710574154*w_1_0_0 + 0.5930895186477008*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.19377402710574154*w_1_1_0 + 0.5930895186477008*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.475373319116301*w_1_0_0 - 0.5007293452601052*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.475373319116301*w_1_1_0 - 0.5007293452601052*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.43918248402792015*w_1_0_0 + 0.029618051136729884*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.43918248402792015*w_1_1_0 + 0.029618051136729884*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.9614743996024773*w_1_0_0 - 0.9233143873275735*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.9614743996024773*w_1_1_0 - 0.9233143873275735*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. - 0.4495798815470673*w_1_0_0 - 0.08245371109486843*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.4495798815470673*w_1_1_0 - 0.08245371109486843*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. + 0.44621759190925836*w_1_0_0 + 0.6786959824497463*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. + 0.44621759190925836*w_1_1_0 + 0.6786959824497463*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. - 0.9398508264322651*w_1_0_0 - 0.03213717109575742*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.9398508264322651*w_1_1_0 - 0.03213717109575742*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. + 0.7682687750584594*w_1_0_0 - 0.24697951107500082*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.7682687750584594*w_1_1_0 - 0.24697951107500082*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 0.553366228684596*w_1_0_0 - 0.22600660210608092*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.553366228684596*w_1_1_0 - 0.22600660210608092*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. - 0.8345954095818053*w_1_0_0 + 0.9208142466715943*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 0.8345954095818053*w_1_1_0 + 0.9208142466715943*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.057178526520043294*w_1_0_0 + 0.08132823422919255*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.057178526520043294*w_1_1_0 + 0.08132823422919255*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. + 0.8753008417002488*w_1_0_0 - 0.2826563382787499*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.8753008417002488*w_1_1_0 - 0.2826563382787499*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
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
e51_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.355723972590429*relu_1_0_0_on_binary_indicator_var =g= -7.355723972590429;
e52_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 14.711447945180858*relu_1_0_0_on_binary_indicator_var =l= 14.711447945180858;
e53_.. + 1*post_1_0_0 =g= 0;
e54_.. + 1*post_1_0_0 + 7.355723972590429*relu_1_0_0_off_binary_indicator_var =l= 7.355723972590429;
e55_.. + 1*pre_1_0_0 + 7.355723972590429*relu_1_0_0_off_binary_indicator_var =l= 7.355723972590429;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e58_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.355723972590429*relu_1_0_1_on_binary_indicator_var =g= -7.355723972590429;
e59_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 14.711447945180858*relu_1_0_1_on_binary_indicator_var =l= 14.711447945180858;
e60_.. + 1*post_1_0_1 =g= 0;
e61_.. + 1*post_1_0_1 + 7.355723972590429*relu_1_0_1_off_binary_indicator_var =l= 7.355723972590429;
e62_.. + 1*pre_1_0_1 + 7.355723972590429*relu_1_0_1_off_binary_indicator_var =l= 7.355723972590429;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e65_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 4.250469580321116*relu_1_1_0_on_binary_indicator_var =g= -4.250469580321116;
e66_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 8.500939160642233*relu_1_1_0_on_binary_indicator_var =l= 8.500939160642233;
e67_.. + 1*post_1_1_0 =g= 0;
e68_.. + 1*post_1_1_0 + 4.250469580321116*relu_1_1_0_off_binary_indicator_var =l= 4.250469580321116;
e69_.. + 1*pre_1_1_0 + 4.250469580321116*relu_1_1_0_off_binary_indicator_var =l= 4.250469580321116;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e72_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 4.250469580321116*relu_1_1_1_on_binary_indicator_var =g= -4.250469580321116;
e73_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 8.500939160642233*relu_1_1_1_on_binary_indicator_var =l= 8.500939160642233;
e74_.. + 1*post_1_1_1 =g= 0;
e75_.. + 1*post_1_1_1 + 4.250469580321116*relu_1_1_1_off_binary_indicator_var =l= 4.250469580321116;
e76_.. + 1*pre_1_1_1 + 4.250469580321116*relu_1_1_1_off_binary_indicator_var =l= 4.250469580321116;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e79_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 5.911403244820556*relu_1_2_0_on_binary_indicator_var =g= -5.911403244820556;
e80_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 11.822806489641112*relu_1_2_0_on_binary_indicator_var =l= 11.822806489641112;
e81_.. + 1*post_1_2_0 =g= 0;
e82_.. + 1*post_1_2_0 + 5.911403244820556*relu_1_2_0_off_binary_indicator_var =l= 5.911403244820556;
e83_.. + 1*pre_1_2_0 + 5.911403244820556*relu_1_2_0_off_binary_indicator_var =l= 5.911403244820556;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e86_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 5.911403244820556*relu_1_2_1_on_binary_indicator_var =g= -5.911403244820556;
e87_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 11.822806489641112*relu_1_2_1_on_binary_indicator_var =l= 11.822806489641112;
e88_.. + 1*post_1_2_1 =g= 0;
e89_.. + 1*post_1_2_1 + 5.911403244820556*relu_1_2_1_off_binary_indicator_var =l= 5.911403244820556;
e90_.. + 1*pre_1_2_1 + 5.911403244820556*relu_1_2_1_off_binary_indicator_var =l= 5.911403244820556;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e93_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 5.474762479633102*relu_1_3_0_on_binary_indicator_var =g= -5.474762479633102;
e94_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 10.949524959266205*relu_1_3_0_on_binary_indicator_var =l= 10.949524959266205;
e95_.. + 1*post_1_3_0 =g= 0;
e96_.. + 1*post_1_3_0 + 5.474762479633102*relu_1_3_0_off_binary_indicator_var =l= 5.474762479633102;
e97_.. + 1*pre_1_3_0 + 5.474762479633102*relu_1_3_0_off_binary_indicator_var =l= 5.474762479633102;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e100_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 5.474762479633102*relu_1_3_1_on_binary_indicator_var =g= -5.474762479633102;
e101_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 10.949524959266205*relu_1_3_1_on_binary_indicator_var =l= 10.949524959266205;
e102_.. + 1*post_1_3_1 =g= 0;
e103_.. + 1*post_1_3_1 + 5.474762479633102*relu_1_3_1_off_binary_indicator_var =l= 5.474762479633102;
e104_.. + 1*pre_1_3_1 + 5.474762479633102*relu_1_3_1_off_binary_indicator_var =l= 5.474762479633102;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e107_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 5.3605906372603265*relu_1_4_0_on_binary_indicator_var =g= -5.3605906372603265;
e108_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 10.721181274520653*relu_1_4_0_on_binary_indicator_var =l= 10.721181274520653;
e109_.. + 1*post_1_4_0 =g= 0;
e110_.. + 1*post_1_4_0 + 5.3605906372603265*relu_1_4_0_off_binary_indicator_var =l= 5.3605906372603265;
e111_.. + 1*pre_1_4_0 + 5.3605906372603265*relu_1_4_0_off_binary_indicator_var =l= 5.3605906372603265;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e114_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 5.3605906372603265*relu_1_4_1_on_binary_indicator_var =g= -5.3605906372603265;
e115_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 10.721181274520653*relu_1_4_1_on_binary_indicator_var =l= 10.721181274520653;
e116_.. + 1*post_1_4_1 =g= 0;
e117_.. + 1*post_1_4_1 + 5.3605906372603265*relu_1_4_1_off_binary_indicator_var =l= 5.3605906372603265;
e118_.. + 1*pre_1_4_1 + 5.3605906372603265*relu_1_4_1_off_binary_indicator_var =l= 5.3605906372603265;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e121_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5.928307993129218*relu_1_5_0_on_binary_indicator_var =g= -5.928307993129218;
e122_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 11.856615986258436*relu_1_5_0_on_binary_indicator_var =l= 11.856615986258436;
e123_.. + 1*post_1_5_0 =g= 0;
e124_.. + 1*post_1_5_0 + 5.928307993129218*relu_1_5_0_off_binary_indicator_var =l= 5.928307993129218;
e125_.. + 1*pre_1_5_0 + 5.928307993129218*relu_1_5_0_off_binary_indicator_var =l= 5.928307993129218;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e128_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5.928307993129218*relu_1_5_1_on_binary_indicator_var =g= -5.928307993129218;
e129_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 11.856615986258436*relu_1_5_1_on_binary_indicator_var =l= 11.856615986258436;
e130_.. + 1*post_1_5_1 =g= 0;
e131_.. + 1*post_1_5_1 + 5.928307993129218*relu_1_5_1_off_binary_indicator_var =l= 5.928307993129218;
e132_.. + 1*pre_1_5_1 + 5.928307993129218*relu_1_5_1_off_binary_indicator_var =l= 5.928307993129218;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e135_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 4.40640160549395*relu_1_6_0_on_binary_indicator_var =g= -4.40640160549395;
e136_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 8.8128032109879*relu_1_6_0_on_binary_indicator_var =l= 8.8128032109879;
e137_.. + 1*post_1_6_0 =g= 0;
e138_.. + 1*post_1_6_0 + 4.40640160549395*relu_1_6_0_off_binary_indicator_var =l= 4.40640160549395;
e139_.. + 1*pre_1_6_0 + 4.40640160549395*relu_1_6_0_off_binary_indicator_var =l= 4.40640160549395;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e142_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 4.40640160549395*relu_1_6_1_on_binary_indicator_var =g= -4.40640160549395;
e143_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 8.8128032109879*relu_1_6_1_on_binary_indicator_var =l= 8.8128032109879;
e144_.. + 1*post_1_6_1 =g= 0;
e145_.. + 1*post_1_6_1 + 4.40640160549395*relu_1_6_1_off_binary_indicator_var =l= 4.40640160549395;
e146_.. + 1*pre_1_6_1 + 4.40640160549395*relu_1_6_1_off_binary_indicator_var =l= 4.40640160549395;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e149_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 8.654366360790153*relu_1_7_0_on_binary_indicator_var =g= -8.654366360790153;
e150_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 17.308732721580306*relu_1_7_0_on_binary_indicator_var =l= 17.308732721580306;
e151_.. + 1*post_1_7_0 =g= 0;
e152_.. + 1*post_1_7_0 + 8.654366360790153*relu_1_7_0_off_binary_indicator_var =l= 8.654366360790153;
e153_.. + 1*pre_1_7_0 + 8.654366360790153*relu_1_7_0_off_binary_indicator_var =l= 8.654366360790153;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e156_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 8.654366360790153*relu_1_7_1_on_binary_indicator_var =g= -8.654366360790153;
e157_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 17.308732721580306*relu_1_7_1_on_binary_indicator_var =l= 17.308732721580306;
e158_.. + 1*post_1_7_1 =g= 0;
e159_.. + 1*post_1_7_1 + 8.654366360790153*relu_1_7_1_off_binary_indicator_var =l= 8.654366360790153;
e160_.. + 1*pre_1_7_1 + 8.654366360790153*relu_1_7_1_off_binary_indicator_var =l= 8.654366360790153;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e163_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 4.596100777925807*relu_1_8_0_on_binary_indicator_var =g= -4.596100777925807;
e164_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 9.192201555851614*relu_1_8_0_on_binary_indicator_var =l= 9.192201555851614;
e165_.. + 1*post_1_8_0 =g= 0;
e166_.. + 1*post_1_8_0 + 4.596100777925807*relu_1_8_0_off_binary_indicator_var =l= 4.596100777925807;
e167_.. + 1*pre_1_8_0 + 4.596100777925807*relu_1_8_0_off_binary_indicator_var =l= 4.596100777925807;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e170_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 4.596100777925807*relu_1_8_1_on_binary_indicator_var =g= -4.596100777925807;
e171_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 9.192201555851614*relu_1_8_1_on_binary_indicator_var =l= 9.192201555851614;
e172_.. + 1*post_1_8_1 =g= 0;
e173_.. + 1*post_1_8_1 + 4.596100777925807*relu_1_8_1_off_binary_indicator_var =l= 4.596100777925807;
e174_.. + 1*pre_1_8_1 + 4.596100777925807*relu_1_8_1_off_binary_indicator_var =l= 4.596100777925807;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e177_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 6.374740723077014*relu_1_9_0_on_binary_indicator_var =g= -6.374740723077014;
e178_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 12.749481446154029*relu_1_9_0_on_binary_indicator_var =l= 12.749481446154029;
e179_.. + 1*post_1_9_0 =g= 0;
e180_.. + 1*post_1_9_0 + 6.374740723077014*relu_1_9_0_off_binary_indicator_var =l= 6.374740723077014;
e181_.. + 1*pre_1_9_0 + 6.374740723077014*relu_1_9_0_off_binary_indicator_var =l= 6.374740723077014;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e184_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 6.374740723077014*relu_1_9_1_on_binary_indicator_var =g= -6.374740723077014;
e185_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 12.749481446154029*relu_1_9_1_on_binary_indicator_var =l= 12.749481446154029;
e186_.. + 1*post_1_9_1 =g= 0;
e187_.. + 1*post_1_9_1 + 6.374740723077014*relu_1_9_1_off_binary_indicator_var =l= 6.374740723077014;
e188_.. + 1*pre_1_9_1 + 6.374740723077014*relu_1_9_1_off_binary_indicator_var =l= 6.374740723077014;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e191_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 5.915963992584068*relu_1_10_0_on_binary_indicator_var =g= -5.915963992584068;
e192_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 11.831927985168136*relu_1_10_0_on_binary_indicator_var =l= 11.831927985168136;
e193_.. + 1*post_1_10_0 =g= 0;
e194_.. + 1*post_1_10_0 + 5.915963992584068*relu_1_10_0_off_binary_indicator_var =l= 5.915963992584068;
e195_.. + 1*pre_1_10_0 + 5.915963992584068*relu_1_10_0_off_binary_indicator_var =l= 5.915963992584068;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e198_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 5.915963992584068*relu_1_10_1_on_binary_indicator_var =g= -5.915963992584068;
e199_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 11.831927985168136*relu_1_10_1_on_binary_indicator_var =l= 11.831927985168136;
e200_.. + 1*post_1_10_1 =g= 0;
e201_.. + 1*post_1_10_1 + 5.915963992584068*relu_1_10_1_off_binary_indicator_var =l= 5.915963992584068;
e202_.. + 1*pre_1_10_1 + 5.915963992584068*relu_1_10_1_off_binary_indicator_var =l= 5.915963992584068;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e205_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 6.045744858400381*relu_1_11_0_on_binary_indicator_var =g= -6.045744858400381;
e206_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 12.091489716800762*relu_1_11_0_on_binary_indicator_var =l= 12.091489716800762;
e207_.. + 1*post_1_11_0 =g= 0;
e208_.. + 1*post_1_11_0 + 6.045744858400381*relu_1_11_0_off_binary_indicator_var =l= 6.045744858400381;
e209_.. + 1*pre_1_11_0 + 6.045744858400381*relu_1_11_0_off_binary_indicator_var =l= 6.045744858400381;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e212_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 6.045744858400381*relu_1_11_1_on_binary_indicator_var =g= -6.045744858400381;
e213_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 12.091489716800762*relu_1_11_1_on_binary_indicator_var =l= 12.091489716800762;
e214_.. + 1*post_1_11_1 =g= 0;
e215_.. + 1*post_1_11_1 + 6.045744858400381*relu_1_11_1_off_binary_indicator_var =l= 6.045744858400381;
e216_.. + 1*pre_1_11_1 + 6.045744858400381*relu_1_11_1_off_binary_indicator_var =l= 6.045744858400381;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e219_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 5.338118492372031*relu_1_12_0_on_binary_indicator_var =g= -5.338118492372031;
e220_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 10.676236984744062*relu_1_12_0_on_binary_indicator_var =l= 10.676236984744062;
e221_.. + 1*post_1_12_0 =g= 0;
e222_.. + 1*post_1_12_0 + 5.338118492372031*relu_1_12_0_off_binary_indicator_var =l= 5.338118492372031;
e223_.. + 1*pre_1_12_0 + 5.338118492372031*relu_1_12_0_off_binary_indicator_var =l= 5.338118492372031;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e226_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 5.338118492372031*relu_1_12_1_on_binary_indicator_var =g= -5.338118492372031;
e227_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 10.676236984744062*relu_1_12_1_on_binary_indicator_var =l= 10.676236984744062;
e228_.. + 1*post_1_12_1 =g= 0;
e229_.. + 1*post_1_12_1 + 5.338118492372031*relu_1_12_1_off_binary_indicator_var =l= 5.338118492372031;
e230_.. + 1*pre_1_12_1 + 5.338118492372031*relu_1_12_1_off_binary_indicator_var =l= 5.338118492372031;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e233_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 8.266228968760199*relu_1_13_0_on_binary_indicator_var =g= -8.266228968760199;
e234_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 16.532457937520398*relu_1_13_0_on_binary_indicator_var =l= 16.532457937520398;
e235_.. + 1*post_1_13_0 =g= 0;
e236_.. + 1*post_1_13_0 + 8.266228968760199*relu_1_13_0_off_binary_indicator_var =l= 8.266228968760199;
e237_.. + 1*pre_1_13_0 + 8.266228968760199*relu_1_13_0_off_binary_indicator_var =l= 8.266228968760199;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e240_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 8.266228968760199*relu_1_13_1_on_binary_indicator_var =g= -8.266228968760199;
e241_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 16.532457937520398*relu_1_13_1_on_binary_indicator_var =l= 16.532457937520398;
e242_.. + 1*post_1_13_1 =g= 0;
e243_.. + 1*post_1_13_1 + 8.266228968760199*relu_1_13_1_off_binary_indicator_var =l= 8.266228968760199;
e244_.. + 1*pre_1_13_1 + 8.266228968760199*relu_1_13_1_off_binary_indicator_var =l= 8.266228968760199;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e247_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 3.4155202822477078*relu_1_14_0_on_binary_indicator_var =g= -3.4155202822477078;
e248_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 6.8310405644954155*relu_1_14_0_on_binary_indicator_var =l= 6.8310405644954155;
e249_.. + 1*post_1_14_0 =g= 0;
e250_.. + 1*post_1_14_0 + 3.4155202822477078*relu_1_14_0_off_binary_indicator_var =l= 3.4155202822477078;
e251_.. + 1*pre_1_14_0 + 3.4155202822477078*relu_1_14_0_off_binary_indicator_var =l= 3.4155202822477078;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e254_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 3.4155202822477078*relu_1_14_1_on_binary_indicator_var =g= -3.4155202822477078;
e255_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 6.8310405644954155*relu_1_14_1_on_binary_indicator_var =l= 6.8310405644954155;
e256_.. + 1*post_1_14_1 =g= 0;
e257_.. + 1*post_1_14_1 + 3.4155202822477078*relu_1_14_1_off_binary_indicator_var =l= 3.4155202822477078;
e258_.. + 1*pre_1_14_1 + 3.4155202822477078*relu_1_14_1_off_binary_indicator_var =l= 3.4155202822477078;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e261_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 6.473871539936996*relu_1_15_0_on_binary_indicator_var =g= -6.473871539936996;
e262_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 12.947743079873993*relu_1_15_0_on_binary_indicator_var =l= 12.947743079873993;
e263_.. + 1*post_1_15_0 =g= 0;
e264_.. + 1*post_1_15_0 + 6.473871539936996*relu_1_15_0_off_binary_indicator_var =l= 6.473871539936996;
e265_.. + 1*pre_1_15_0 + 6.473871539936996*relu_1_15_0_off_binary_indicator_var =l= 6.473871539936996;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e268_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 6.473871539936996*relu_1_15_1_on_binary_indicator_var =g= -6.473871539936996;
e269_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 12.947743079873993*relu_1_15_1_on_binary_indicator_var =l= 12.947743079873993;
e270_.. + 1*post_1_15_1 =g= 0;
e271_.. + 1*post_1_15_1 + 6.473871539936996*relu_1_15_1_off_binary_indicator_var =l= 6.473871539936996;
e272_.. + 1*pre_1_15_1 + 6.473871539936996*relu_1_15_1_off_binary_indicator_var =l= 6.473871539936996;

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
pre_1_0_0.lo = -7.355723972590429;
pre_1_0_0.up = 7.355723972590429;
pre_1_0_1.lo = -7.355723972590429;
pre_1_0_1.up = 7.355723972590429;
pre_1_1_0.lo = -4.250469580321116;
pre_1_1_0.up = 4.250469580321116;
pre_1_1_1.lo = -4.250469580321116;
pre_1_1_1.up = 4.250469580321116;
pre_1_2_0.lo = -5.911403244820556;
pre_1_2_0.up = 5.911403244820556;
pre_1_2_1.lo = -5.911403244820556;
pre_1_2_1.up = 5.911403244820556;
pre_1_3_0.lo = -5.474762479633102;
pre_1_3_0.up = 5.474762479633102;
pre_1_3_1.lo = -5.474762479633102;
pre_1_3_1.up = 5.474762479633102;
pre_1_4_0.lo = -5.3605906372603265;
pre_1_4_0.up = 5.3605906372603265;
pre_1_4_1.lo = -5.3605906372603265;
pre_1_4_1.up = 5.3605906372603265;
pre_1_5_0.lo = -5.928307993129218;
pre_1_5_0.up = 5.928307993129218;
pre_1_5_1.lo = -5.928307993129218;
pre_1_5_1.up = 5.928307993129218;
pre_1_6_0.lo = -4.40640160549395;
pre_1_6_0.up = 4.40640160549395;
pre_1_6_1.lo = -4.40640160549395;
pre_1_6_1.up = 4.40640160549395;
pre_1_7_0.lo = -8.654366360790153;
pre_1_7_0.up = 8.654366360790153;
pre_1_7_1.lo = -8.654366360790153;
pre_1_7_1.up = 8.654366360790153;
pre_1_8_0.lo = -4.596100777925807;
pre_1_8_0.up = 4.596100777925807;
pre_1_8_1.lo = -4.596100777925807;
pre_1_8_1.up = 4.596100777925807;
pre_1_9_0.lo = -6.374740723077014;
pre_1_9_0.up = 6.374740723077014;
pre_1_9_1.lo = -6.374740723077014;
pre_1_9_1.up = 6.374740723077014;
pre_1_10_0.lo = -5.915963992584068;
pre_1_10_0.up = 5.915963992584068;
pre_1_10_1.lo = -5.915963992584068;
pre_1_10_1.up = 5.915963992584068;
pre_1_11_0.lo = -6.045744858400381;
pre_1_11_0.up = 6.045744858400381;
pre_1_11_1.lo = -6.045744858400381;
pre_1_11_1.up = 6.045744858400381;
pre_1_12_0.lo = -5.338118492372031;
pre_1_12_0.up = 5.338118492372031;
pre_1_12_1.lo = -5.338118492372031;
pre_1_12_1.up = 5.338118492372031;
pre_1_13_0.lo = -8.266228968760199;
pre_1_13_0.up = 8.266228968760199;
pre_1_13_1.lo = -8.266228968760199;
pre_1_13_1.up = 8.266228968760199;
pre_1_14_0.lo = -3.4155202822477078;
pre_1_14_0.up = 3.4155202822477078;
pre_1_14_1.lo = -3.4155202822477078;
pre_1_14_1.up = 3.4155202822477078;
pre_1_15_0.lo = -6.473871539936996;
pre_1_15_0.up = 6.473871539936996;
pre_1_15_1.lo = -6.473871539936996;
pre_1_15_1.up = 6.473871539936996;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.355723972590429;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.355723972590429;
post_1_1_0.lo = 0;
post_1_1_0.up = 4.250469580321116;
post_1_1_1.lo = 0;
post_1_1_1.up = 4.250469580321116;
post_1_2_0.lo = 0;
post_1_2_0.up = 5.911403244820556;
post_1_2_1.lo = 0;
post_1_2_1.up = 5.911403244820556;
post_1_3_0.lo = 0;
post_1_3_0.up = 5.474762479633102;
post_1_3_1.lo = 0;
post_1_3_1.up = 5.474762479633102;
post_1_4_0.lo = 0;
post_1_4_0.up = 5.3605906372603265;
post_1_4_1.lo = 0;
post_1_4_1.up = 5.3605906372603265;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.928307993129218;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.928307993129218;
post_1_6_0.lo = 0;
post_1_6_0.up = 4.40640160549395;
post_1_6_1.lo = 0;
post_1_6_1.up = 4.40640160549395;
post_1_7_0.lo = 0;
post_1_7_0.up = 8.654366360790153;
post_1_7_1.lo = 0;
post_1_7_1.up = 8.654366360790153;
post_1_8_0.lo = 0;
post_1_8_0.up = 4.596100777925807;
post_1_8_1.lo = 0;
post_1_8_1.up = 4.596100777925807;
post_1_9_0.lo = 0;
post_1_9_0.up = 6.374740723077014;
post_1_9_1.lo = 0;
post_1_9_1.up = 6.374740723077014;
post_1_10_0.lo = 0;
post_1_10_0.up = 5.915963992584068;
post_1_10_1.lo = 0;
post_1_10_1.up = 5.915963992584068;
post_1_11_0.lo = 0;
post_1_11_0.up = 6.045744858400381;
post_1_11_1.lo = 0;
post_1_11_1.up = 6.045744858400381;
post_1_12_0.lo = 0;
post_1_12_0.up = 5.338118492372031;
post_1_12_1.lo = 0;
post_1_12_1.up = 5.338118492372031;
post_1_13_0.lo = 0;
post_1_13_0.up = 8.266228968760199;
post_1_13_1.lo = 0;
post_1_13_1.up = 8.266228968760199;
post_1_14_0.lo = 0;
post_1_14_0.up = 3.4155202822477078;
post_1_14_1.lo = 0;
post_1_14_1.up = 3.4155202822477078;
post_1_15_0.lo = 0;
post_1_15_0.up = 6.473871539936996;
post_1_15_1.lo = 0;
post_1_15_1.up = 6.473871539936996;
out_0_0.lo = -47.13434383554257;
out_0_0.up = 47.13434383554257;
out_1_0.lo = -28.502817481926698;
out_1_0.up = 28.502817481926698;
out_2_0.lo = -38.46841946892334;
out_2_0.up = 38.46841946892334;
out_3_0.lo = -35.84857487779861;
out_3_0.up = 35.84857487779861;
out_4_0.lo = -35.16354382356196;
out_4_0.up = 35.16354382356196;
out_5_0.lo = -38.56984795877531;
out_5_0.up = 38.56984795877531;
out_6_0.lo = -29.438409632963698;
out_6_0.up = 29.438409632963698;
out_7_0.lo = -54.92619816474092;
out_7_0.up = 54.92619816474092;
out_8_0.lo = -30.576604667554843;
out_8_0.up = 30.576604667554843;
out_9_0.lo = -41.248444338462086;
out_9_0.up = 41.248444338462086;
out_10_0.lo = -38.49578395550441;
out_10_0.up = 38.49578395550441;
out_11_0.lo = -39.27446915040228;
out_11_0.up = 39.27446915040228;
out_12_0.lo = -35.02871095423218;
out_12_0.up = 35.02871095423218;
out_13_0.lo = -52.597373812561194;
out_13_0.up = 52.597373812561194;
out_14_0.lo = -23.493121693486245;
out_14_0.up = 23.493121693486245;
out_15_0.lo = -41.84322923962198;
out_15_0.up = 41.84322923962198;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
