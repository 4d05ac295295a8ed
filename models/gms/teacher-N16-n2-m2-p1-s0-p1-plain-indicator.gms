* teacher-N16-n2-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N16-n2-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
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

e_obj.. - objvar - 0.7221369917198371*out_0_0 - 1.4157968579067495*out_1_0 - 1.5350671286288866*out_2_0 - 0.935945135549874*out_3_0 - 1.5108128971869137*out_4_0 - 2.6260390496712227*out_5_0 - 1.7671612476467495*out_6_0
    - 1.0960230583827597*out_7_0 - 0.553471977358339*out_8_0 - 0.5527064503920522*out_9_0 - 0.33088266352310014*out_10_0 - 2.1510672306997827*out_11_0 - 0.9543139072436929*out_12_0 - 1.2480903552842637*out_13_0 - 0.44130135672140075*out_14_0
    - 1.3369041894796139*out_15_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 7.265010642515474 =e= 0;
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
e51_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.5055558674558025*relu_1_0_0_on_binary_indicator_var =g= -7.5055558674558025;
e52_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 15.011111734911605*relu_1_0_0_on_binary_indicator_var =l= 15.011111734911605;
e53_.. + 1*post_1_0_0 =g= 0;
e54_.. + 1*post_1_0_0 + 7.5055558674558025*relu_1_0_0_off_binary_indicator_var =l= 7.5055558674558025;
e55_.. + 1*pre_1_0_0 + 7.5055558674558025*relu_1_0_0_off_binary_indicator_var =l= 7.5055558674558025;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e58_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.5055558674558025*relu_1_0_1_on_binary_indicator_var =g= -7.5055558674558025;
e59_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 15.011111734911605*relu_1_0_1_on_binary_indicator_var =l= 15.011111734911605;
e60_.. + 1*post_1_0_1 =g= 0;
e61_.. + 1*post_1_0_1 + 7.5055558674558025*relu_1_0_1_off_binary_indicator_var =l= 7.5055558674558025;
e62_.. + 1*pre_1_0_1 + 7.5055558674558025*relu_1_0_1_off_binary_indicator_var =l= 7.5055558674558025;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e65_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 8.127994658504527*relu_1_1_0_on_binary_indicator_var =g= -8.127994658504527;
e66_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 16.255989317009053*relu_1_1_0_on_binary_indicator_var =l= 16.255989317009053;
e67_.. + 1*post_1_1_0 =g= 0;
e68_.. + 1*post_1_1_0 + 8.127994658504527*relu_1_1_0_off_binary_indicator_var =l= 8.127994658504527;
e69_.. + 1*pre_1_1_0 + 8.127994658504527*relu_1_1_0_off_binary_indicator_var =l= 8.127994658504527;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e72_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 8.127994658504527*relu_1_1_1_on_binary_indicator_var =g= -8.127994658504527;
e73_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 16.255989317009053*relu_1_1_1_on_binary_indicator_var =l= 16.255989317009053;
e74_.. + 1*post_1_1_1 =g= 0;
e75_.. + 1*post_1_1_1 + 8.127994658504527*relu_1_1_1_off_binary_indicator_var =l= 8.127994658504527;
e76_.. + 1*pre_1_1_1 + 8.127994658504527*relu_1_1_1_off_binary_indicator_var =l= 8.127994658504527;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e79_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 7.176419226746878*relu_1_2_0_on_binary_indicator_var =g= -7.176419226746878;
e80_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 14.352838453493757*relu_1_2_0_on_binary_indicator_var =l= 14.352838453493757;
e81_.. + 1*post_1_2_0 =g= 0;
e82_.. + 1*post_1_2_0 + 7.176419226746878*relu_1_2_0_off_binary_indicator_var =l= 7.176419226746878;
e83_.. + 1*pre_1_2_0 + 7.176419226746878*relu_1_2_0_off_binary_indicator_var =l= 7.176419226746878;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e86_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 7.176419226746878*relu_1_2_1_on_binary_indicator_var =g= -7.176419226746878;
e87_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 14.352838453493757*relu_1_2_1_on_binary_indicator_var =l= 14.352838453493757;
e88_.. + 1*post_1_2_1 =g= 0;
e89_.. + 1*post_1_2_1 + 7.176419226746878*relu_1_2_1_off_binary_indicator_var =l= 7.176419226746878;
e90_.. + 1*pre_1_2_1 + 7.176419226746878*relu_1_2_1_off_binary_indicator_var =l= 7.176419226746878;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e93_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 7.125139810483965*relu_1_3_0_on_binary_indicator_var =g= -7.125139810483965;
e94_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 14.25027962096793*relu_1_3_0_on_binary_indicator_var =l= 14.25027962096793;
e95_.. + 1*post_1_3_0 =g= 0;
e96_.. + 1*post_1_3_0 + 7.125139810483965*relu_1_3_0_off_binary_indicator_var =l= 7.125139810483965;
e97_.. + 1*pre_1_3_0 + 7.125139810483965*relu_1_3_0_off_binary_indicator_var =l= 7.125139810483965;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e100_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 7.125139810483965*relu_1_3_1_on_binary_indicator_var =g= -7.125139810483965;
e101_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 14.25027962096793*relu_1_3_1_on_binary_indicator_var =l= 14.25027962096793;
e102_.. + 1*post_1_3_1 =g= 0;
e103_.. + 1*post_1_3_1 + 7.125139810483965*relu_1_3_1_off_binary_indicator_var =l= 7.125139810483965;
e104_.. + 1*pre_1_3_1 + 7.125139810483965*relu_1_3_1_off_binary_indicator_var =l= 7.125139810483965;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e107_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4.450495978270242*relu_1_4_0_on_binary_indicator_var =g= -4.450495978270242;
e108_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 8.900991956540484*relu_1_4_0_on_binary_indicator_var =l= 8.900991956540484;
e109_.. + 1*post_1_4_0 =g= 0;
e110_.. + 1*post_1_4_0 + 4.450495978270242*relu_1_4_0_off_binary_indicator_var =l= 4.450495978270242;
e111_.. + 1*pre_1_4_0 + 4.450495978270242*relu_1_4_0_off_binary_indicator_var =l= 4.450495978270242;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e114_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4.450495978270242*relu_1_4_1_on_binary_indicator_var =g= -4.450495978270242;
e115_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 8.900991956540484*relu_1_4_1_on_binary_indicator_var =l= 8.900991956540484;
e116_.. + 1*post_1_4_1 =g= 0;
e117_.. + 1*post_1_4_1 + 4.450495978270242*relu_1_4_1_off_binary_indicator_var =l= 4.450495978270242;
e118_.. + 1*pre_1_4_1 + 4.450495978270242*relu_1_4_1_off_binary_indicator_var =l= 4.450495978270242;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e121_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 6.293958645941272*relu_1_5_0_on_binary_indicator_var =g= -6.293958645941272;
e122_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 12.587917291882544*relu_1_5_0_on_binary_indicator_var =l= 12.587917291882544;
e123_.. + 1*post_1_5_0 =g= 0;
e124_.. + 1*post_1_5_0 + 6.293958645941272*relu_1_5_0_off_binary_indicator_var =l= 6.293958645941272;
e125_.. + 1*pre_1_5_0 + 6.293958645941272*relu_1_5_0_off_binary_indicator_var =l= 6.293958645941272;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e128_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 6.293958645941272*relu_1_5_1_on_binary_indicator_var =g= -6.293958645941272;
e129_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 12.587917291882544*relu_1_5_1_on_binary_indicator_var =l= 12.587917291882544;
e130_.. + 1*post_1_5_1 =g= 0;
e131_.. + 1*post_1_5_1 + 6.293958645941272*relu_1_5_1_off_binary_indicator_var =l= 6.293958645941272;
e132_.. + 1*pre_1_5_1 + 6.293958645941272*relu_1_5_1_off_binary_indicator_var =l= 6.293958645941272;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e135_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.278046829164398*relu_1_6_0_on_binary_indicator_var =g= -6.278046829164398;
e136_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 12.556093658328797*relu_1_6_0_on_binary_indicator_var =l= 12.556093658328797;
e137_.. + 1*post_1_6_0 =g= 0;
e138_.. + 1*post_1_6_0 + 6.278046829164398*relu_1_6_0_off_binary_indicator_var =l= 6.278046829164398;
e139_.. + 1*pre_1_6_0 + 6.278046829164398*relu_1_6_0_off_binary_indicator_var =l= 6.278046829164398;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e142_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.278046829164398*relu_1_6_1_on_binary_indicator_var =g= -6.278046829164398;
e143_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 12.556093658328797*relu_1_6_1_on_binary_indicator_var =l= 12.556093658328797;
e144_.. + 1*post_1_6_1 =g= 0;
e145_.. + 1*post_1_6_1 + 6.278046829164398*relu_1_6_1_off_binary_indicator_var =l= 6.278046829164398;
e146_.. + 1*pre_1_6_1 + 6.278046829164398*relu_1_6_1_off_binary_indicator_var =l= 6.278046829164398;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e149_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 4.575447738333024*relu_1_7_0_on_binary_indicator_var =g= -4.575447738333024;
e150_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 9.150895476666047*relu_1_7_0_on_binary_indicator_var =l= 9.150895476666047;
e151_.. + 1*post_1_7_0 =g= 0;
e152_.. + 1*post_1_7_0 + 4.575447738333024*relu_1_7_0_off_binary_indicator_var =l= 4.575447738333024;
e153_.. + 1*pre_1_7_0 + 4.575447738333024*relu_1_7_0_off_binary_indicator_var =l= 4.575447738333024;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e156_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 4.575447738333024*relu_1_7_1_on_binary_indicator_var =g= -4.575447738333024;
e157_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 9.150895476666047*relu_1_7_1_on_binary_indicator_var =l= 9.150895476666047;
e158_.. + 1*post_1_7_1 =g= 0;
e159_.. + 1*post_1_7_1 + 4.575447738333024*relu_1_7_1_off_binary_indicator_var =l= 4.575447738333024;
e160_.. + 1*pre_1_7_1 + 4.575447738333024*relu_1_7_1_off_binary_indicator_var =l= 4.575447738333024;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e163_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 6.681194289163965*relu_1_8_0_on_binary_indicator_var =g= -6.681194289163965;
e164_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 13.36238857832793*relu_1_8_0_on_binary_indicator_var =l= 13.36238857832793;
e165_.. + 1*post_1_8_0 =g= 0;
e166_.. + 1*post_1_8_0 + 6.681194289163965*relu_1_8_0_off_binary_indicator_var =l= 6.681194289163965;
e167_.. + 1*pre_1_8_0 + 6.681194289163965*relu_1_8_0_off_binary_indicator_var =l= 6.681194289163965;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e170_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 6.681194289163965*relu_1_8_1_on_binary_indicator_var =g= -6.681194289163965;
e171_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 13.36238857832793*relu_1_8_1_on_binary_indicator_var =l= 13.36238857832793;
e172_.. + 1*post_1_8_1 =g= 0;
e173_.. + 1*post_1_8_1 + 6.681194289163965*relu_1_8_1_off_binary_indicator_var =l= 6.681194289163965;
e174_.. + 1*pre_1_8_1 + 6.681194289163965*relu_1_8_1_off_binary_indicator_var =l= 6.681194289163965;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e177_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 6.998263939541548*relu_1_9_0_on_binary_indicator_var =g= -6.998263939541548;
e178_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 13.996527879083096*relu_1_9_0_on_binary_indicator_var =l= 13.996527879083096;
e179_.. + 1*post_1_9_0 =g= 0;
e180_.. + 1*post_1_9_0 + 6.998263939541548*relu_1_9_0_off_binary_indicator_var =l= 6.998263939541548;
e181_.. + 1*pre_1_9_0 + 6.998263939541548*relu_1_9_0_off_binary_indicator_var =l= 6.998263939541548;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e184_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 6.998263939541548*relu_1_9_1_on_binary_indicator_var =g= -6.998263939541548;
e185_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 13.996527879083096*relu_1_9_1_on_binary_indicator_var =l= 13.996527879083096;
e186_.. + 1*post_1_9_1 =g= 0;
e187_.. + 1*post_1_9_1 + 6.998263939541548*relu_1_9_1_off_binary_indicator_var =l= 6.998263939541548;
e188_.. + 1*pre_1_9_1 + 6.998263939541548*relu_1_9_1_off_binary_indicator_var =l= 6.998263939541548;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e191_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 5.033436041032538*relu_1_10_0_on_binary_indicator_var =g= -5.033436041032538;
e192_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 10.066872082065077*relu_1_10_0_on_binary_indicator_var =l= 10.066872082065077;
e193_.. + 1*post_1_10_0 =g= 0;
e194_.. + 1*post_1_10_0 + 5.033436041032538*relu_1_10_0_off_binary_indicator_var =l= 5.033436041032538;
e195_.. + 1*pre_1_10_0 + 5.033436041032538*relu_1_10_0_off_binary_indicator_var =l= 5.033436041032538;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e198_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 5.033436041032538*relu_1_10_1_on_binary_indicator_var =g= -5.033436041032538;
e199_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 10.066872082065077*relu_1_10_1_on_binary_indicator_var =l= 10.066872082065077;
e200_.. + 1*post_1_10_1 =g= 0;
e201_.. + 1*post_1_10_1 + 5.033436041032538*relu_1_10_1_off_binary_indicator_var =l= 5.033436041032538;
e202_.. + 1*pre_1_10_1 + 5.033436041032538*relu_1_10_1_off_binary_indicator_var =l= 5.033436041032538;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e205_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 5.85589242599091*relu_1_11_0_on_binary_indicator_var =g= -5.85589242599091;
e206_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 11.71178485198182*relu_1_11_0_on_binary_indicator_var =l= 11.71178485198182;
e207_.. + 1*post_1_11_0 =g= 0;
e208_.. + 1*post_1_11_0 + 5.85589242599091*relu_1_11_0_off_binary_indicator_var =l= 5.85589242599091;
e209_.. + 1*pre_1_11_0 + 5.85589242599091*relu_1_11_0_off_binary_indicator_var =l= 5.85589242599091;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e212_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 5.85589242599091*relu_1_11_1_on_binary_indicator_var =g= -5.85589242599091;
e213_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 11.71178485198182*relu_1_11_1_on_binary_indicator_var =l= 11.71178485198182;
e214_.. + 1*post_1_11_1 =g= 0;
e215_.. + 1*post_1_11_1 + 5.85589242599091*relu_1_11_1_off_binary_indicator_var =l= 5.85589242599091;
e216_.. + 1*pre_1_11_1 + 5.85589242599091*relu_1_11_1_off_binary_indicator_var =l= 5.85589242599091;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e219_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 4.481055976018846*relu_1_12_0_on_binary_indicator_var =g= -4.481055976018846;
e220_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 8.962111952037692*relu_1_12_0_on_binary_indicator_var =l= 8.962111952037692;
e221_.. + 1*post_1_12_0 =g= 0;
e222_.. + 1*post_1_12_0 + 4.481055976018846*relu_1_12_0_off_binary_indicator_var =l= 4.481055976018846;
e223_.. + 1*pre_1_12_0 + 4.481055976018846*relu_1_12_0_off_binary_indicator_var =l= 4.481055976018846;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e226_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 4.481055976018846*relu_1_12_1_on_binary_indicator_var =g= -4.481055976018846;
e227_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 8.962111952037692*relu_1_12_1_on_binary_indicator_var =l= 8.962111952037692;
e228_.. + 1*post_1_12_1 =g= 0;
e229_.. + 1*post_1_12_1 + 4.481055976018846*relu_1_12_1_off_binary_indicator_var =l= 4.481055976018846;
e230_.. + 1*pre_1_12_1 + 4.481055976018846*relu_1_12_1_off_binary_indicator_var =l= 4.481055976018846;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e233_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 4.223536593655531*relu_1_13_0_on_binary_indicator_var =g= -4.223536593655531;
e234_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 8.447073187311062*relu_1_13_0_on_binary_indicator_var =l= 8.447073187311062;
e235_.. + 1*post_1_13_0 =g= 0;
e236_.. + 1*post_1_13_0 + 4.223536593655531*relu_1_13_0_off_binary_indicator_var =l= 4.223536593655531;
e237_.. + 1*pre_1_13_0 + 4.223536593655531*relu_1_13_0_off_binary_indicator_var =l= 4.223536593655531;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e240_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 4.223536593655531*relu_1_13_1_on_binary_indicator_var =g= -4.223536593655531;
e241_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 8.447073187311062*relu_1_13_1_on_binary_indicator_var =l= 8.447073187311062;
e242_.. + 1*post_1_13_1 =g= 0;
e243_.. + 1*post_1_13_1 + 4.223536593655531*relu_1_13_1_off_binary_indicator_var =l= 4.223536593655531;
e244_.. + 1*pre_1_13_1 + 4.223536593655531*relu_1_13_1_off_binary_indicator_var =l= 4.223536593655531;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e247_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 7.9411881018315*relu_1_14_0_on_binary_indicator_var =g= -7.9411881018315;
e248_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 15.882376203663*relu_1_14_0_on_binary_indicator_var =l= 15.882376203663;
e249_.. + 1*post_1_14_0 =g= 0;
e250_.. + 1*post_1_14_0 + 7.9411881018315*relu_1_14_0_off_binary_indicator_var =l= 7.9411881018315;
e251_.. + 1*pre_1_14_0 + 7.9411881018315*relu_1_14_0_off_binary_indicator_var =l= 7.9411881018315;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e254_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 7.9411881018315*relu_1_14_1_on_binary_indicator_var =g= -7.9411881018315;
e255_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 15.882376203663*relu_1_14_1_on_binary_indicator_var =l= 15.882376203663;
e256_.. + 1*post_1_14_1 =g= 0;
e257_.. + 1*post_1_14_1 + 7.9411881018315*relu_1_14_1_off_binary_indicator_var =l= 7.9411881018315;
e258_.. + 1*pre_1_14_1 + 7.9411881018315*relu_1_14_1_off_binary_indicator_var =l= 7.9411881018315;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e261_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 4.282407804124144*relu_1_15_0_on_binary_indicator_var =g= -4.282407804124144;
e262_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 8.564815608248288*relu_1_15_0_on_binary_indicator_var =l= 8.564815608248288;
e263_.. + 1*post_1_15_0 =g= 0;
e264_.. + 1*post_1_15_0 + 4.282407804124144*relu_1_15_0_off_binary_indicator_var =l= 4.282407804124144;
e265_.. + 1*pre_1_15_0 + 4.282407804124144*relu_1_15_0_off_binary_indicator_var =l= 4.282407804124144;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e268_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 4.282407804124144*relu_1_15_1_on_binary_indicator_var =g= -4.282407804124144;
e269_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 8.564815608248288*relu_1_15_1_on_binary_indicator_var =l= 8.564815608248288;
e270_.. + 1*post_1_15_1 =g= 0;
e271_.. + 1*post_1_15_1 + 4.282407804124144*relu_1_15_1_off_binary_indicator_var =l= 4.282407804124144;
e272_.. + 1*pre_1_15_1 + 4.282407804124144*relu_1_15_1_off_binary_indicator_var =l= 4.282407804124144;

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

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
