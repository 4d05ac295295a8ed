* teacher-N16-n1-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N16-n1-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_2_0_0, w_2_0_1, b_1_0, b_1_1, b_2_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1,
  pre_1_8_0, pre_1_8_1, pre_1_9_0, pre_1_9_1, pre_1_10_0, pre_1_10_1, pre_1_11_0, pre_1_11_1,
  pre_1_12_0, pre_1_12_1, pre_1_13_0, pre_1_13_1, pre_1_14_0, pre_1_14_1, pre_1_15_0, pre_1_15_1,
  post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1,
  post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1,
  post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1, post_1_11_0, post_1_11_1,
  post_1_12_0, post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1, post_1_15_0, post_1_15_1,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0,
  out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0, out_14_0, out_15_0;

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

e_obj.. - objvar - 0.4968451170873234*out_0_0 - 0.6072371393990812*out_1_0 - 0.44534556262089436*out_2_0 - 0.2778432531979578*out_3_0 - 0.24219802781703556*out_4_0 - 0.3349979379352516*out_5_0 - 0.47058212776272934*out_6_0
    - 0.22461946636097227*out_7_0 - 0.38470798809437684*out_8_0 - 0.3946981010858239*out_9_0 - 0.534712220005881*out_10_0 - 0.46947492756998765*out_11_0 - 0.49761764487670374*out_12_0 - 0.2957773811850516*out_13_0 - 0.40062037633016556*out_14_0
    - 0.5833381970809853*out_15_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 0.7449762287082355 =e= 0;
pre_definition_1_0_0.. - 0.4589931219679968*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.4589931219679968*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.08724998293084574*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.08724998293084574*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.8701448475755365*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.8701448475755365*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. - 0.6317071082430643*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.6317071082430643*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.9945229996597038*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.9945229996597038*w_1_1_0 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. - 0.7148085531751387*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.7148085531751387*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.9328288493890713*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.9328288493890713*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.45931089285988813*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.45931089285988813*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. + 0.648688758794882*w_1_0_0 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 0.648688758794882*w_1_1_0 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.7263578446997732*w_1_0_0 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.7263578446997732*w_1_1_0 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. - 0.08292244049818343*w_1_0_0 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.08292244049818343*w_1_1_0 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. + 0.40057621892523043*w_1_0_0 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.40057621892523043*w_1_1_0 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. + 0.1546255576046831*w_1_0_0 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. + 0.1546255576046831*w_1_1_0 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. + 0.9433606577090741*w_1_0_0 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.9433606577090741*w_1_1_0 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. + 0.7514334470008721*w_1_0_0 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. + 0.7514334470008721*w_1_1_0 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. - 0.34124882938726064*w_1_0_0 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. - 0.34124882938726064*w_1_1_0 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
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
e51_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 4.37697936590399*relu_1_0_0_on_binary_indicator_var =g= -4.37697936590399;
e52_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 8.75395873180798*relu_1_0_0_on_binary_indicator_var =l= 8.75395873180798;
e53_.. + 1*post_1_0_0 =g= 0;
e54_.. + 1*post_1_0_0 + 4.37697936590399*relu_1_0_0_off_binary_indicator_var =l= 4.37697936590399;
e55_.. + 1*pre_1_0_0 + 4.37697936590399*relu_1_0_0_off_binary_indicator_var =l= 4.37697936590399;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e58_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 4.37697936590399*relu_1_0_1_on_binary_indicator_var =g= -4.37697936590399;
e59_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 8.75395873180798*relu_1_0_1_on_binary_indicator_var =l= 8.75395873180798;
e60_.. + 1*post_1_0_1 =g= 0;
e61_.. + 1*post_1_0_1 + 4.37697936590399*relu_1_0_1_off_binary_indicator_var =l= 4.37697936590399;
e62_.. + 1*pre_1_0_1 + 4.37697936590399*relu_1_0_1_off_binary_indicator_var =l= 4.37697936590399;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e65_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 3.261749948792537*relu_1_1_0_on_binary_indicator_var =g= -3.261749948792537;
e66_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 6.523499897585074*relu_1_1_0_on_binary_indicator_var =l= 6.523499897585074;
e67_.. + 1*post_1_1_0 =g= 0;
e68_.. + 1*post_1_1_0 + 3.261749948792537*relu_1_1_0_off_binary_indicator_var =l= 3.261749948792537;
e69_.. + 1*pre_1_1_0 + 3.261749948792537*relu_1_1_0_off_binary_indicator_var =l= 3.261749948792537;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e72_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 3.261749948792537*relu_1_1_1_on_binary_indicator_var =g= -3.261749948792537;
e73_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 6.523499897585074*relu_1_1_1_on_binary_indicator_var =l= 6.523499897585074;
e74_.. + 1*post_1_1_1 =g= 0;
e75_.. + 1*post_1_1_1 + 3.261749948792537*relu_1_1_1_off_binary_indicator_var =l= 3.261749948792537;
e76_.. + 1*pre_1_1_1 + 3.261749948792537*relu_1_1_1_off_binary_indicator_var =l= 3.261749948792537;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e79_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 5.610434542726609*relu_1_2_0_on_binary_indicator_var =g= -5.610434542726609;
e80_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 11.220869085453218*relu_1_2_0_on_binary_indicator_var =l= 11.220869085453218;
e81_.. + 1*post_1_2_0 =g= 0;
e82_.. + 1*post_1_2_0 + 5.610434542726609*relu_1_2_0_off_binary_indicator_var =l= 5.610434542726609;
e83_.. + 1*pre_1_2_0 + 5.610434542726609*relu_1_2_0_off_binary_indicator_var =l= 5.610434542726609;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e86_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 5.610434542726609*relu_1_2_1_on_binary_indicator_var =g= -5.610434542726609;
e87_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 11.220869085453218*relu_1_2_1_on_binary_indicator_var =l= 11.220869085453218;
e88_.. + 1*post_1_2_1 =g= 0;
e89_.. + 1*post_1_2_1 + 5.610434542726609*relu_1_2_1_off_binary_indicator_var =l= 5.610434542726609;
e90_.. + 1*pre_1_2_1 + 5.610434542726609*relu_1_2_1_off_binary_indicator_var =l= 5.610434542726609;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e93_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 4.8951213247291925*relu_1_3_0_on_binary_indicator_var =g= -4.8951213247291925;
e94_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 9.790242649458385*relu_1_3_0_on_binary_indicator_var =l= 9.790242649458385;
e95_.. + 1*post_1_3_0 =g= 0;
e96_.. + 1*post_1_3_0 + 4.8951213247291925*relu_1_3_0_off_binary_indicator_var =l= 4.8951213247291925;
e97_.. + 1*pre_1_3_0 + 4.8951213247291925*relu_1_3_0_off_binary_indicator_var =l= 4.8951213247291925;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e100_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 4.8951213247291925*relu_1_3_1_on_binary_indicator_var =g= -4.8951213247291925;
e101_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 9.790242649458385*relu_1_3_1_on_binary_indicator_var =l= 9.790242649458385;
e102_.. + 1*post_1_3_1 =g= 0;
e103_.. + 1*post_1_3_1 + 4.8951213247291925*relu_1_3_1_off_binary_indicator_var =l= 4.8951213247291925;
e104_.. + 1*pre_1_3_1 + 4.8951213247291925*relu_1_3_1_off_binary_indicator_var =l= 4.8951213247291925;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e107_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 5.983568998979111*relu_1_4_0_on_binary_indicator_var =g= -5.983568998979111;
e108_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 11.967137997958222*relu_1_4_0_on_binary_indicator_var =l= 11.967137997958222;
e109_.. + 1*post_1_4_0 =g= 0;
e110_.. + 1*post_1_4_0 + 5.983568998979111*relu_1_4_0_off_binary_indicator_var =l= 5.983568998979111;
e111_.. + 1*pre_1_4_0 + 5.983568998979111*relu_1_4_0_off_binary_indicator_var =l= 5.983568998979111;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e114_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 5.983568998979111*relu_1_4_1_on_binary_indicator_var =g= -5.983568998979111;
e115_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 11.967137997958222*relu_1_4_1_on_binary_indicator_var =l= 11.967137997958222;
e116_.. + 1*post_1_4_1 =g= 0;
e117_.. + 1*post_1_4_1 + 5.983568998979111*relu_1_4_1_off_binary_indicator_var =l= 5.983568998979111;
e118_.. + 1*pre_1_4_1 + 5.983568998979111*relu_1_4_1_off_binary_indicator_var =l= 5.983568998979111;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e121_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5.144425659525416*relu_1_5_0_on_binary_indicator_var =g= -5.144425659525416;
e122_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 10.288851319050831*relu_1_5_0_on_binary_indicator_var =l= 10.288851319050831;
e123_.. + 1*post_1_5_0 =g= 0;
e124_.. + 1*post_1_5_0 + 5.144425659525416*relu_1_5_0_off_binary_indicator_var =l= 5.144425659525416;
e125_.. + 1*pre_1_5_0 + 5.144425659525416*relu_1_5_0_off_binary_indicator_var =l= 5.144425659525416;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e128_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5.144425659525416*relu_1_5_1_on_binary_indicator_var =g= -5.144425659525416;
e129_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 10.288851319050831*relu_1_5_1_on_binary_indicator_var =l= 10.288851319050831;
e130_.. + 1*post_1_5_1 =g= 0;
e131_.. + 1*post_1_5_1 + 5.144425659525416*relu_1_5_1_off_binary_indicator_var =l= 5.144425659525416;
e132_.. + 1*pre_1_5_1 + 5.144425659525416*relu_1_5_1_off_binary_indicator_var =l= 5.144425659525416;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e135_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 5.798486548167213*relu_1_6_0_on_binary_indicator_var =g= -5.798486548167213;
e136_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 11.596973096334427*relu_1_6_0_on_binary_indicator_var =l= 11.596973096334427;
e137_.. + 1*post_1_6_0 =g= 0;
e138_.. + 1*post_1_6_0 + 5.798486548167213*relu_1_6_0_off_binary_indicator_var =l= 5.798486548167213;
e139_.. + 1*pre_1_6_0 + 5.798486548167213*relu_1_6_0_off_binary_indicator_var =l= 5.798486548167213;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e142_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 5.798486548167213*relu_1_6_1_on_binary_indicator_var =g= -5.798486548167213;
e143_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 11.596973096334427*relu_1_6_1_on_binary_indicator_var =l= 11.596973096334427;
e144_.. + 1*post_1_6_1 =g= 0;
e145_.. + 1*post_1_6_1 + 5.798486548167213*relu_1_6_1_off_binary_indicator_var =l= 5.798486548167213;
e146_.. + 1*pre_1_6_1 + 5.798486548167213*relu_1_6_1_off_binary_indicator_var =l= 5.798486548167213;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e149_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 4.377932678579665*relu_1_7_0_on_binary_indicator_var =g= -4.377932678579665;
e150_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 8.75586535715933*relu_1_7_0_on_binary_indicator_var =l= 8.75586535715933;
e151_.. + 1*post_1_7_0 =g= 0;
e152_.. + 1*post_1_7_0 + 4.377932678579665*relu_1_7_0_off_binary_indicator_var =l= 4.377932678579665;
e153_.. + 1*pre_1_7_0 + 4.377932678579665*relu_1_7_0_off_binary_indicator_var =l= 4.377932678579665;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e156_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 4.377932678579665*relu_1_7_1_on_binary_indicator_var =g= -4.377932678579665;
e157_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 8.75586535715933*relu_1_7_1_on_binary_indicator_var =l= 8.75586535715933;
e158_.. + 1*post_1_7_1 =g= 0;
e159_.. + 1*post_1_7_1 + 4.377932678579665*relu_1_7_1_off_binary_indicator_var =l= 4.377932678579665;
e160_.. + 1*pre_1_7_1 + 4.377932678579665*relu_1_7_1_off_binary_indicator_var =l= 4.377932678579665;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e163_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 4.946066276384646*relu_1_8_0_on_binary_indicator_var =g= -4.946066276384646;
e164_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 9.892132552769292*relu_1_8_0_on_binary_indicator_var =l= 9.892132552769292;
e165_.. + 1*post_1_8_0 =g= 0;
e166_.. + 1*post_1_8_0 + 4.946066276384646*relu_1_8_0_off_binary_indicator_var =l= 4.946066276384646;
e167_.. + 1*pre_1_8_0 + 4.946066276384646*relu_1_8_0_off_binary_indicator_var =l= 4.946066276384646;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e170_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 4.946066276384646*relu_1_8_1_on_binary_indicator_var =g= -4.946066276384646;
e171_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 9.892132552769292*relu_1_8_1_on_binary_indicator_var =l= 9.892132552769292;
e172_.. + 1*post_1_8_1 =g= 0;
e173_.. + 1*post_1_8_1 + 4.946066276384646*relu_1_8_1_off_binary_indicator_var =l= 4.946066276384646;
e174_.. + 1*pre_1_8_1 + 4.946066276384646*relu_1_8_1_off_binary_indicator_var =l= 4.946066276384646;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e177_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 5.179073534099319*relu_1_9_0_on_binary_indicator_var =g= -5.179073534099319;
e178_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 10.358147068198639*relu_1_9_0_on_binary_indicator_var =l= 10.358147068198639;
e179_.. + 1*post_1_9_0 =g= 0;
e180_.. + 1*post_1_9_0 + 5.179073534099319*relu_1_9_0_off_binary_indicator_var =l= 5.179073534099319;
e181_.. + 1*pre_1_9_0 + 5.179073534099319*relu_1_9_0_off_binary_indicator_var =l= 5.179073534099319;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e184_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 5.179073534099319*relu_1_9_1_on_binary_indicator_var =g= -5.179073534099319;
e185_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 10.358147068198639*relu_1_9_1_on_binary_indicator_var =l= 10.358147068198639;
e186_.. + 1*post_1_9_1 =g= 0;
e187_.. + 1*post_1_9_1 + 5.179073534099319*relu_1_9_1_off_binary_indicator_var =l= 5.179073534099319;
e188_.. + 1*pre_1_9_1 + 5.179073534099319*relu_1_9_1_off_binary_indicator_var =l= 5.179073534099319;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e191_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 3.24876732149455*relu_1_10_0_on_binary_indicator_var =g= -3.24876732149455;
e192_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 6.4975346429891*relu_1_10_0_on_binary_indicator_var =l= 6.4975346429891;
e193_.. + 1*post_1_10_0 =g= 0;
e194_.. + 1*post_1_10_0 + 3.24876732149455*relu_1_10_0_off_binary_indicator_var =l= 3.24876732149455;
e195_.. + 1*pre_1_10_0 + 3.24876732149455*relu_1_10_0_off_binary_indicator_var =l= 3.24876732149455;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e198_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 3.24876732149455*relu_1_10_1_on_binary_indicator_var =g= -3.24876732149455;
e199_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 6.4975346429891*relu_1_10_1_on_binary_indicator_var =l= 6.4975346429891;
e200_.. + 1*post_1_10_1 =g= 0;
e201_.. + 1*post_1_10_1 + 3.24876732149455*relu_1_10_1_off_binary_indicator_var =l= 3.24876732149455;
e202_.. + 1*pre_1_10_1 + 3.24876732149455*relu_1_10_1_off_binary_indicator_var =l= 3.24876732149455;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e205_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 4.201728656775691*relu_1_11_0_on_binary_indicator_var =g= -4.201728656775691;
e206_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 8.403457313551382*relu_1_11_0_on_binary_indicator_var =l= 8.403457313551382;
e207_.. + 1*post_1_11_0 =g= 0;
e208_.. + 1*post_1_11_0 + 4.201728656775691*relu_1_11_0_off_binary_indicator_var =l= 4.201728656775691;
e209_.. + 1*pre_1_11_0 + 4.201728656775691*relu_1_11_0_off_binary_indicator_var =l= 4.201728656775691;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e212_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 4.201728656775691*relu_1_11_1_on_binary_indicator_var =g= -4.201728656775691;
e213_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 8.403457313551382*relu_1_11_1_on_binary_indicator_var =l= 8.403457313551382;
e214_.. + 1*post_1_11_1 =g= 0;
e215_.. + 1*post_1_11_1 + 4.201728656775691*relu_1_11_1_off_binary_indicator_var =l= 4.201728656775691;
e216_.. + 1*pre_1_11_1 + 4.201728656775691*relu_1_11_1_off_binary_indicator_var =l= 4.201728656775691;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e219_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 3.4638766728140493*relu_1_12_0_on_binary_indicator_var =g= -3.4638766728140493;
e220_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 6.927753345628099*relu_1_12_0_on_binary_indicator_var =l= 6.927753345628099;
e221_.. + 1*post_1_12_0 =g= 0;
e222_.. + 1*post_1_12_0 + 3.4638766728140493*relu_1_12_0_off_binary_indicator_var =l= 3.4638766728140493;
e223_.. + 1*pre_1_12_0 + 3.4638766728140493*relu_1_12_0_off_binary_indicator_var =l= 3.4638766728140493;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e226_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 3.4638766728140493*relu_1_12_1_on_binary_indicator_var =g= -3.4638766728140493;
e227_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 6.927753345628099*relu_1_12_1_on_binary_indicator_var =l= 6.927753345628099;
e228_.. + 1*post_1_12_1 =g= 0;
e229_.. + 1*post_1_12_1 + 3.4638766728140493*relu_1_12_1_off_binary_indicator_var =l= 3.4638766728140493;
e230_.. + 1*pre_1_12_1 + 3.4638766728140493*relu_1_12_1_off_binary_indicator_var =l= 3.4638766728140493;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e233_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 5.830081973127222*relu_1_13_0_on_binary_indicator_var =g= -5.830081973127222;
e234_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 11.660163946254444*relu_1_13_0_on_binary_indicator_var =l= 11.660163946254444;
e235_.. + 1*post_1_13_0 =g= 0;
e236_.. + 1*post_1_13_0 + 5.830081973127222*relu_1_13_0_off_binary_indicator_var =l= 5.830081973127222;
e237_.. + 1*pre_1_13_0 + 5.830081973127222*relu_1_13_0_off_binary_indicator_var =l= 5.830081973127222;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e240_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 5.830081973127222*relu_1_13_1_on_binary_indicator_var =g= -5.830081973127222;
e241_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 11.660163946254444*relu_1_13_1_on_binary_indicator_var =l= 11.660163946254444;
e242_.. + 1*post_1_13_1 =g= 0;
e243_.. + 1*post_1_13_1 + 5.830081973127222*relu_1_13_1_off_binary_indicator_var =l= 5.830081973127222;
e244_.. + 1*pre_1_13_1 + 5.830081973127222*relu_1_13_1_off_binary_indicator_var =l= 5.830081973127222;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e247_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 5.254300341002616*relu_1_14_0_on_binary_indicator_var =g= -5.254300341002616;
e248_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 10.508600682005232*relu_1_14_0_on_binary_indicator_var =l= 10.508600682005232;
e249_.. + 1*post_1_14_0 =g= 0;
e250_.. + 1*post_1_14_0 + 5.254300341002616*relu_1_14_0_off_binary_indicator_var =l= 5.254300341002616;
e251_.. + 1*pre_1_14_0 + 5.254300341002616*relu_1_14_0_off_binary_indicator_var =l= 5.254300341002616;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e254_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 5.254300341002616*relu_1_14_1_on_binary_indicator_var =g= -5.254300341002616;
e255_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 10.508600682005232*relu_1_14_1_on_binary_indicator_var =l= 10.508600682005232;
e256_.. + 1*post_1_14_1 =g= 0;
e257_.. + 1*post_1_14_1 + 5.254300341002616*relu_1_14_1_off_binary_indicator_var =l= 5.254300341002616;
e258_.. + 1*pre_1_14_1 + 5.254300341002616*relu_1_14_1_off_binary_indicator_var =l= 5.254300341002616;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e261_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 4.023746488161782*relu_1_15_0_on_binary_indicator_var =g= -4.023746488161782;
e262_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 8.047492976323564*relu_1_15_0_on_binary_indicator_var =l= 8.047492976323564;
e263_.. + 1*post_1_15_0 =g= 0;
e264_.. + 1*post_1_15_0 + 4.023746488161782*relu_1_15_0_off_binary_indicator_var =l= 4.023746488161782;
e265_.. + 1*pre_1_15_0 + 4.023746488161782*relu_1_15_0_off_binary_indicator_var =l= 4.023746488161782;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e268_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 4.023746488161782*relu_1_15_1_on_binary_indicator_var =g= -4.023746488161782;
e269_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 8.047492976323564*relu_1_15_1_on_binary_indicator_var =l= 8.047492976323564;
e270_.. + 1*post_1_15_1 =g= 0;
e271_.. + 1*post_1_15_1 + 4.023746488161782*relu_1_15_1_off_binary_indicator_var =l= 4.023746488161782;
e272_.. + 1*pre_1_15_1 + 4.023746488161782*relu_1_15_1_off_binary_indicator_var =l= 4.023746488161782;

w_1_0_0.lo = -3;
w_1_0_0.up = 3;
w_1_1_0.lo = -3;
w_1_1_0.up = 3;
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
pre_1_0_0.lo = -4.37697936590399;
pre_1_0_0.up = 4.37697936590399;
pre_1_0_1.lo = -4.37697936590399;
pre_1_0_1.up = 4.37697936590399;
pre_1_1_0.lo = -3.261749948792537;
pre_1_1_0.up = 3.261749948792537;
pre_1_1_1.lo = -3.261749948792537;
pre_1_1_1.up = 3.261749948792537;
pre_1_2_0.lo = -5.610434542726609;
pre_1_2_0.up = 5.610434542726609;
pre_1_2_1.lo = -5.610434542726609;
pre_1_2_1.up = 5.610434542726609;
pre_1_3_0.lo = -4.8951213247291925;
pre_1_3_0.up = 4.8951213247291925;
pre_1_3_1.lo = -4.8951213247291925;
pre_1_3_1.up = 4.8951213247291925;
pre_1_4_0.lo = -5.983568998979111;
pre_1_4_0.up = 5.983568998979111;
pre_1_4_1.lo = -5.983568998979111;
pre_1_4_1.up = 5.983568998979111;
pre_1_5_0.lo = -5.144425659525416;
pre_1_5_0.up = 5.144425659525416;
pre_1_5_1.lo = -5.144425659525416;
pre_1_5_1.up = 5.144425659525416;
pre_1_6_0.lo = -5.798486548167213;
pre_1_6_0.up = 5.798486548167213;
pre_1_6_1.lo = -5.798486548167213;
pre_1_6_1.up = 5.798486548167213;
pre_1_7_0.lo = -4.377932678579665;
pre_1_7_0.up = 4.377932678579665;
pre_1_7_1.lo = -4.377932678579665;
pre_1_7_1.up = 4.377932678579665;
pre_1_8_0.lo = -4.946066276384646;
pre_1_8_0.up = 4.946066276384646;
pre_1_8_1.lo = -4.946066276384646;
pre_1_8_1.up = 4.946066276384646;
pre_1_9_0.lo = -5.179073534099319;
pre_1_9_0.up = 5.179073534099319;
pre_1_9_1.lo = -5.179073534099319;
pre_1_9_1.up = 5.179073534099319;
pre_1_10_0.lo = -3.24876732149455;
pre_1_10_0.up = 3.24876732149455;
pre_1_10_1.lo = -3.24876732149455;
pre_1_10_1.up = 3.24876732149455;
pre_1_11_0.lo = -4.201728656775691;
pre_1_11_0.up = 4.201728656775691;
pre_1_11_1.lo = -4.201728656775691;
pre_1_11_1.up = 4.201728656775691;
pre_1_12_0.lo = -3.4638766728140493;
pre_1_12_0.up = 3.4638766728140493;
pre_1_12_1.lo = -3.4638766728140493;
pre_1_12_1.up = 3.4638766728140493;
pre_1_13_0.lo = -5.830081973127222;
pre_1_13_0.up = 5.830081973127222;
pre_1_13_1.lo = -5.830081973127222;
pre_1_13_1.up = 5.830081973127222;
pre_1_14_0.lo = -5.254300341002616;
pre_1_14_0.up = 5.254300341002616;
pre_1_14_1.lo = -5.254300341002616;
pre_1_14_1.up = 5.254300341002616;
pre_1_15_0.lo = -4.023746488161782;
pre_1_15_0.up = 4.023746488161782;
pre_1_15_1.lo = -4.023746488161782;
pre_1_15_1.up = 4.023746488161782;
post_1_0_0.lo = 0;
post_1_0_0.up = 4.37697936590399;
post_1_0_1.lo = 0;
post_1_0_1.up = 4.37697936590399;
post_1_1_0.lo = 0;
post_1_1_0.up = 3.261749948792537;
post_1_1_1.lo = 0;
post_1_1_1.up = 3.261749948792537;
post_1_2_0.lo = 0;
post_1_2_0.up = 5.610434542726609;
post_1_2_1.lo = 0;
post_1_2_1.up = 5.610434542726609;
post_1_3_0.lo = 0;
post_1_3_0.up = 4.8951213247291925;
post_1_3_1.lo = 0;
post_1_3_1.up = 4.8951213247291925;
post_1_4_0.lo = 0;
post_1_4_0.up = 5.983568998979111;
post_1_4_1.lo = 0;
post_1_4_1.up = 5.983568998979111;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.144425659525416;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.144425659525416;
post_1_6_0.lo = 0;
post_1_6_0.up = 5.798486548167213;
post_1_6_1.lo = 0;
post_1_6_1.up = 5.798486548167213;
post_1_7_0.lo = 0;
post_1_7_0.up = 4.377932678579665;
post_1_7_1.lo = 0;
post_1_7_1.up = 4.377932678579665;
post_1_8_0.lo = 0;
post_1_8_0.up = 4.946066276384646;
post_1_8_1.lo = 0;
post_1_8_1.up = 4.946066276384646;
post_1_9_0.lo = 0;
post_1_9_0.up = 5.179073534099319;
post_1_9_1.lo = 0;
post_1_9_1.up = 5.179073534099319;
post_1_10_0.lo = 0;
post_1_10_0.up = 3.24876732149455;
post_1_10_1.lo = 0;
post_1_10_1.up = 3.24876732149455;
post_1_11_0.lo = 0;
post_1_11_0.up = 4.201728656775691;
post_1_11_1.lo = 0;
post_1_11_1.up = 4.201728656775691;
post_1_12_0.lo = 0;
post_1_12_0.up = 3.4638766728140493;
post_1_12_1.lo = 0;
post_1_12_1.up = 3.4638766728140493;
post_1_13_0.lo = 0;
post_1_13_0.up = 5.830081973127222;
post_1_13_1.lo = 0;
post_1_13_1.up = 5.830081973127222;
post_1_14_0.lo = 0;
post_1_14_0.up = 5.254300341002616;
post_1_14_1.lo = 0;
post_1_14_1.up = 5.254300341002616;
post_1_15_0.lo = 0;
post_1_15_0.up = 4.023746488161782;
post_1_15_1.lo = 0;
post_1_15_1.up = 4.023746488161782;
out_0_0.lo = -29.26187619542394;
out_0_0.up = 29.26187619542394;
out_1_0.lo = -22.57049969275522;
out_1_0.up = 22.57049969275522;
out_2_0.lo = -36.66260725635966;
out_2_0.up = 36.66260725635966;
out_3_0.lo = -32.370727948375155;
out_3_0.up = 32.370727948375155;
out_4_0.lo = -38.90141399387467;
out_4_0.up = 38.90141399387467;
out_5_0.lo = -33.86655395715249;
out_5_0.up = 33.86655395715249;
out_6_0.lo = -37.790919289003284;
out_6_0.up = 37.790919289003284;
out_7_0.lo = -29.26759607147799;
out_7_0.up = 29.26759607147799;
out_8_0.lo = -32.67639765830788;
out_8_0.up = 32.67639765830788;
out_9_0.lo = -34.074441204595914;
out_9_0.up = 34.074441204595914;
out_10_0.lo = -22.4926039289673;
out_10_0.up = 22.4926039289673;
out_11_0.lo = -28.210371940654145;
out_11_0.up = 28.210371940654145;
out_12_0.lo = -23.783260036884297;
out_12_0.up = 23.783260036884297;
out_13_0.lo = -37.980491838763335;
out_13_0.up = 37.980491838763335;
out_14_0.lo = -34.5258020460157;
out_14_0.up = 34.5258020460157;
out_15_0.lo = -27.142478928970693;
out_15_0.up = 27.142478928970693;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
