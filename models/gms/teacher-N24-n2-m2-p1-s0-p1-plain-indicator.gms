* teacher-N24-n2-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N24-n2-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
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
  pre_1_23_0, pre_1_23_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1,
  post_1_11_0, post_1_11_1, post_1_12_0, post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1,
  post_1_15_0, post_1_15_1, post_1_16_0, post_1_16_1, post_1_17_0, post_1_17_1, post_1_18_0, post_1_18_1,
  post_1_19_0, post_1_19_1, post_1_20_0, post_1_20_1, post_1_21_0, post_1_21_1, post_1_22_0, post_1_22_1,
  post_1_23_0, post_1_23_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0,
  out_14_0, out_15_0, out_16_0, out_17_0, out_18_0, out_19_0, out_20_0, out_21_0,
  out_22_0, out_23_0;

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
  relu_1_22_0_on_binary_indicator_var, relu_1_22_0_off_binary_indicator_var, relu_1_22_1_on_binary_indicator_var, relu_1_22_1_off_binary_indicator_var, relu_1_23_0_on_binary_indicator_var, relu_1_23_0_off_binary_indicator_var, relu_1_23_1_on_binary_indicator_var, relu_1_23_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_17_0, pre_definition_1_17_1, pre_definition_1_18_0, pre_definition_1_18_1, pre_definition_1_19_0,
  pre_definition_1_19_1, pre_definition_1_20_0, pre_definition_1_20_1, pre_definition_1_21_0, pre_definition_1_21_1, pre_definition_1_22_0, pre_definition_1_22_1, pre_definition_1_23_0,
  pre_definition_1_23_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0, out_definition_19_0, out_definition_20_0, out_definition_21_0, out_definition_22_0,
  out_definition_23_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e75_, e76_, e77_, e78_, e79_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e82_, e83_, e84_, e85_, e86_, relu_1_1_0_above_pre,
  relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e89_, e90_, e91_, e92_, e93_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e96_, e97_, e98_, e99_, e100_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e103_,
  e104_, e105_, e106_, e107_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e110_, e111_,
  e112_, e113_, e114_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e117_, e118_, e119_,
  e120_, e121_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e124_, e125_, e126_, e127_,
  e128_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e131_, e132_, e133_, e134_, e135_,
  relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e138_, e139_, e140_, e141_, e142_, relu_1_5_0_above_pre,
  relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e145_, e146_, e147_, e148_, e149_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor,
  e152_, e153_, e154_, e155_, e156_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e159_,
  e160_, e161_, e162_, e163_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e166_, e167_,
  e168_, e169_, e170_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e173_, e174_, e175_,
  e176_, e177_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e180_, e181_, e182_, e183_,
  e184_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e187_, e188_, e189_, e190_, e191_,
  relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e194_, e195_, e196_, e197_, e198_, relu_1_9_0_above_pre,
  relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e201_, e202_, e203_, e204_, e205_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor,
  e208_, e209_, e210_, e211_, e212_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e215_,
  e216_, e217_, e218_, e219_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e222_, e223_,
  e224_, e225_, e226_, relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e229_, e230_, e231_,
  e232_, e233_, relu_1_11_1_above_pre, relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e236_, e237_, e238_, e239_,
  e240_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e243_, e244_, e245_, e246_, e247_,
  relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e250_, e251_, e252_, e253_, e254_, relu_1_13_0_above_pre,
  relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e257_, e258_, e259_, e260_, e261_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor,
  e264_, e265_, e266_, e267_, e268_, relu_1_14_0_above_pre, relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e271_,
  e272_, e273_, e274_, e275_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor, e278_, e279_,
  e280_, e281_, e282_, relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e285_, e286_, e287_,
  e288_, e289_, relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e292_, e293_, e294_, e295_,
  e296_, relu_1_16_0_above_pre, relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor, e299_, e300_, e301_, e302_, e303_,
  relu_1_16_1_above_pre, relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor, e306_, e307_, e308_, e309_, e310_, relu_1_17_0_above_pre,
  relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor, e313_, e314_, e315_, e316_, e317_, relu_1_17_1_above_pre, relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor,
  e320_, e321_, e322_, e323_, e324_, relu_1_18_0_above_pre, relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor, e327_,
  e328_, e329_, e330_, e331_, relu_1_18_1_above_pre, relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor, e334_, e335_,
  e336_, e337_, e338_, relu_1_19_0_above_pre, relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor, e341_, e342_, e343_,
  e344_, e345_, relu_1_19_1_above_pre, relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor, e348_, e349_, e350_, e351_,
  e352_, relu_1_20_0_above_pre, relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor, e355_, e356_, e357_, e358_, e359_,
  relu_1_20_1_above_pre, relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor, e362_, e363_, e364_, e365_, e366_, relu_1_21_0_above_pre,
  relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor, e369_, e370_, e371_, e372_, e373_, relu_1_21_1_above_pre, relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor,
  e376_, e377_, e378_, e379_, e380_, relu_1_22_0_above_pre, relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor, e383_,
  e384_, e385_, e386_, e387_, relu_1_22_1_above_pre, relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor, e390_, e391_,
  e392_, e393_, e394_, relu_1_23_0_above_pre, relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor, e397_, e398_, e399_,
  e400_, e401_, relu_1_23_1_above_pre, relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor, e404_, e405_, e406_, e407_,
  e408_;

e_obj.. - objvar - 0.5585607815645983*out_0_0 - 0.9097981797988508*out_1_0 - 1.2464643340809942*out_2_0 - 0.7957669600553691*out_3_0 - 1.3396370785396265*out_4_0 - 2.682308488389858*out_5_0 - 1.2759274386683264*out_6_0
    - 0.8014900103015752*out_7_0 - 0.23873671531668023*out_8_0 - 0.7979249440206855*out_9_0 - 0.8366185873959022*out_10_0 - 2.2786285818887824*out_11_0 - 0.38231694409909556*out_12_0 - 1.516168442886152*out_13_0 - 0.49901418284030596*out_14_0
    - 1.4517237656836017*out_15_0 - 1.1301412238800277*out_16_0 - 2.0342608819843058*out_17_0 - 0.9603931217056119*out_18_0 - 1.7902835817638434*out_19_0 - 0.5937213570512714*out_20_0 - 0.7715158682697569*out_21_0 - 2.5962306140631175*out_22_0
    - 1.8526639697877483*out_23_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0) + 1*sqr(out_19_0) + 1*sqr(out_20_0) + 1*sqr(out_21_0) + 1*sqr(out_22_0)
    + 1*sqr(out_23_0) + 11.659264688586173 =e= 0;
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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e75_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.5055558674558025*relu_1_0_0_on_binary_indicator_var =g= -7.5055558674558025;
e76_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 15.011111734911605*relu_1_0_0_on_binary_indicator_var =l= 15.011111734911605;
e77_.. + 1*post_1_0_0 =g= 0;
e78_.. + 1*post_1_0_0 + 7.5055558674558025*relu_1_0_0_off_binary_indicator_var =l= 7.5055558674558025;
e79_.. + 1*pre_1_0_0 + 7.5055558674558025*relu_1_0_0_off_binary_indicator_var =l= 7.5055558674558025;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e82_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.5055558674558025*relu_1_0_1_on_binary_indicator_var =g= -7.5055558674558025;
e83_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 15.011111734911605*relu_1_0_1_on_binary_indicator_var =l= 15.011111734911605;
e84_.. + 1*post_1_0_1 =g= 0;
e85_.. + 1*post_1_0_1 + 7.5055558674558025*relu_1_0_1_off_binary_indicator_var =l= 7.5055558674558025;
e86_.. + 1*pre_1_0_1 + 7.5055558674558025*relu_1_0_1_off_binary_indicator_var =l= 7.5055558674558025;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e89_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 8.127994658504527*relu_1_1_0_on_binary_indicator_var =g= -8.127994658504527;
e90_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 16.255989317009053*relu_1_1_0_on_binary_indicator_var =l= 16.255989317009053;
e91_.. + 1*post_1_1_0 =g= 0;
e92_.. + 1*post_1_1_0 + 8.127994658504527*relu_1_1_0_off_binary_indicator_var =l= 8.127994658504527;
e93_.. + 1*pre_1_1_0 + 8.127994658504527*relu_1_1_0_off_binary_indicator_var =l= 8.127994658504527;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e96_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 8.127994658504527*relu_1_1_1_on_binary_indicator_var =g= -8.127994658504527;
e97_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 16.255989317009053*relu_1_1_1_on_binary_indicator_var =l= 16.255989317009053;
e98_.. + 1*post_1_1_1 =g= 0;
e99_.. + 1*post_1_1_1 + 8.127994658504527*relu_1_1_1_off_binary_indicator_var =l= 8.127994658504527;
e100_.. + 1*pre_1_1_1 + 8.127994658504527*relu_1_1_1_off_binary_indicator_var =l= 8.127994658504527;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e103_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 7.176419226746878*relu_1_2_0_on_binary_indicator_var =g= -7.176419226746878;
e104_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 14.352838453493757*relu_1_2_0_on_binary_indicator_var =l= 14.352838453493757;
e105_.. + 1*post_1_2_0 =g= 0;
e106_.. + 1*post_1_2_0 + 7.176419226746878*relu_1_2_0_off_binary_indicator_var =l= 7.176419226746878;
e107_.. + 1*pre_1_2_0 + 7.176419226746878*relu_1_2_0_off_binary_indicator_var =l= 7.176419226746878;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e110_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 7.176419226746878*relu_1_2_1_on_binary_indicator_var =g= -7.176419226746878;
e111_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 14.352838453493757*relu_1_2_1_on_binary_indicator_var =l= 14.352838453493757;
e112_.. + 1*post_1_2_1 =g= 0;
e113_.. + 1*post_1_2_1 + 7.176419226746878*relu_1_2_1_off_binary_indicator_var =l= 7.176419226746878;
e114_.. + 1*pre_1_2_1 + 7.176419226746878*relu_1_2_1_off_binary_indicator_var =l= 7.176419226746878;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e117_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 7.125139810483965*relu_1_3_0_on_binary_indicator_var =g= -7.125139810483965;
e118_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 14.25027962096793*relu_1_3_0_on_binary_indicator_var =l= 14.25027962096793;
e119_.. + 1*post_1_3_0 =g= 0;
e120_.. + 1*post_1_3_0 + 7.125139810483965*relu_1_3_0_off_binary_indicator_var =l= 7.125139810483965;
e121_.. + 1*pre_1_3_0 + 7.125139810483965*relu_1_3_0_off_binary_indicator_var =l= 7.125139810483965;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e124_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 7.125139810483965*relu_1_3_1_on_binary_indicator_var =g= -7.125139810483965;
e125_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 14.25027962096793*relu_1_3_1_on_binary_indicator_var =l= 14.25027962096793;
e126_.. + 1*post_1_3_1 =g= 0;
e127_.. + 1*post_1_3_1 + 7.125139810483965*relu_1_3_1_off_binary_indicator_var =l= 7.125139810483965;
e128_.. + 1*pre_1_3_1 + 7.125139810483965*relu_1_3_1_off_binary_indicator_var =l= 7.125139810483965;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e131_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4.450495978270242*relu_1_4_0_on_binary_indicator_var =g= -4.450495978270242;
e132_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 8.900991956540484*relu_1_4_0_on_binary_indicator_var =l= 8.900991956540484;
e133_.. + 1*post_1_4_0 =g= 0;
e134_.. + 1*post_1_4_0 + 4.450495978270242*relu_1_4_0_off_binary_indicator_var =l= 4.450495978270242;
e135_.. + 1*pre_1_4_0 + 4.450495978270242*relu_1_4_0_off_binary_indicator_var =l= 4.450495978270242;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e138_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4.450495978270242*relu_1_4_1_on_binary_indicator_var =g= -4.450495978270242;
e139_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 8.900991956540484*relu_1_4_1_on_binary_indicator_var =l= 8.900991956540484;
e140_.. + 1*post_1_4_1 =g= 0;
e141_.. + 1*post_1_4_1 + 4.450495978270242*relu_1_4_1_off_binary_indicator_var =l= 4.450495978270242;
e142_.. + 1*pre_1_4_1 + 4.450495978270242*relu_1_4_1_off_binary_indicator_var =l= 4.450495978270242;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e145_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 6.293958645941272*relu_1_5_0_on_binary_indicator_var =g= -6.293958645941272;
e146_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 12.587917291882544*relu_1_5_0_on_binary_indicator_var =l= 12.587917291882544;
e147_.. + 1*post_1_5_0 =g= 0;
e148_.. + 1*post_1_5_0 + 6.293958645941272*relu_1_5_0_off_binary_indicator_var =l= 6.293958645941272;
e149_.. + 1*pre_1_5_0 + 6.293958645941272*relu_1_5_0_off_binary_indicator_var =l= 6.293958645941272;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e152_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 6.293958645941272*relu_1_5_1_on_binary_indicator_var =g= -6.293958645941272;
e153_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 12.587917291882544*relu_1_5_1_on_binary_indicator_var =l= 12.587917291882544;
e154_.. + 1*post_1_5_1 =g= 0;
e155_.. + 1*post_1_5_1 + 6.293958645941272*relu_1_5_1_off_binary_indicator_var =l= 6.293958645941272;
e156_.. + 1*pre_1_5_1 + 6.293958645941272*relu_1_5_1_off_binary_indicator_var =l= 6.293958645941272;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e159_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.278046829164398*relu_1_6_0_on_binary_indicator_var =g= -6.278046829164398;
e160_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 12.556093658328797*relu_1_6_0_on_binary_indicator_var =l= 12.556093658328797;
e161_.. + 1*post_1_6_0 =g= 0;
e162_.. + 1*post_1_6_0 + 6.278046829164398*relu_1_6_0_off_binary_indicator_var =l= 6.278046829164398;
e163_.. + 1*pre_1_6_0 + 6.278046829164398*relu_1_6_0_off_binary_indicator_var =l= 6.278046829164398;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e166_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.278046829164398*relu_1_6_1_on_binary_indicator_var =g= -6.278046829164398;
e167_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 12.556093658328797*relu_1_6_1_on_binary_indicator_var =l= 12.556093658328797;
e168_.. + 1*post_1_6_1 =g= 0;
e169_.. + 1*post_1_6_1 + 6.278046829164398*relu_1_6_1_off_binary_indicator_var =l= 6.278046829164398;
e170_.. + 1*pre_1_6_1 + 6.278046829164398*relu_1_6_1_off_binary_indicator_var =l= 6.278046829164398;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e173_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 4.575447738333024*relu_1_7_0_on_binary_indicator_var =g= -4.575447738333024;
e174_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 9.150895476666047*relu_1_7_0_on_binary_indicator_var =l= 9.150895476666047;
e175_.. + 1*post_1_7_0 =g= 0;
e176_.. + 1*post_1_7_0 + 4.575447738333024*relu_1_7_0_off_binary_indicator_var =l= 4.575447738333024;
e177_.. + 1*pre_1_7_0 + 4.575447738333024*relu_1_7_0_off_binary_indicator_var =l= 4.575447738333024;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e180_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 4.575447738333024*relu_1_7_1_on_binary_indicator_var =g= -4.575447738333024;
e181_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 9.150895476666047*relu_1_7_1_on_binary_indicator_var =l= 9.150895476666047;
e182_.. + 1*post_1_7_1 =g= 0;
e183_.. + 1*post_1_7_1 + 4.575447738333024*relu_1_7_1_off_binary_indicator_var =l= 4.575447738333024;
e184_.. + 1*pre_1_7_1 + 4.575447738333024*relu_1_7_1_off_binary_indicator_var =l= 4.575447738333024;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e187_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 6.681194289163965*relu_1_8_0_on_binary_indicator_var =g= -6.681194289163965;
e188_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 13.36238857832793*relu_1_8_0_on_binary_indicator_var =l= 13.36238857832793;
e189_.. + 1*post_1_8_0 =g= 0;
e190_.. + 1*post_1_8_0 + 6.681194289163965*relu_1_8_0_off_binary_indicator_var =l= 6.681194289163965;
e191_.. + 1*pre_1_8_0 + 6.681194289163965*relu_1_8_0_off_binary_indicator_var =l= 6.681194289163965;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e194_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 6.681194289163965*relu_1_8_1_on_binary_indicator_var =g= -6.681194289163965;
e195_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 13.36238857832793*relu_1_8_1_on_binary_indicator_var =l= 13.36238857832793;
e196_.. + 1*post_1_8_1 =g= 0;
e197_.. + 1*post_1_8_1 + 6.681194289163965*relu_1_8_1_off_binary_indicator_var =l= 6.681194289163965;
e198_.. + 1*pre_1_8_1 + 6.681194289163965*relu_1_8_1_off_binary_indicator_var =l= 6.681194289163965;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e201_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 6.998263939541548*relu_1_9_0_on_binary_indicator_var =g= -6.998263939541548;
e202_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 13.996527879083096*relu_1_9_0_on_binary_indicator_var =l= 13.996527879083096;
e203_.. + 1*post_1_9_0 =g= 0;
e204_.. + 1*post_1_9_0 + 6.998263939541548*relu_1_9_0_off_binary_indicator_var =l= 6.998263939541548;
e205_.. + 1*pre_1_9_0 + 6.998263939541548*relu_1_9_0_off_binary_indicator_var =l= 6.998263939541548;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e208_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 6.998263939541548*relu_1_9_1_on_binary_indicator_var =g= -6.998263939541548;
e209_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 13.996527879083096*relu_1_9_1_on_binary_indicator_var =l= 13.996527879083096;
e210_.. + 1*post_1_9_1 =g= 0;
e211_.. + 1*post_1_9_1 + 6.998263939541548*relu_1_9_1_off_binary_indicator_var =l= 6.998263939541548;
e212_.. + 1*pre_1_9_1 + 6.998263939541548*relu_1_9_1_off_binary_indicator_var =l= 6.998263939541548;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e215_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 5.033436041032538*relu_1_10_0_on_binary_indicator_var =g= -5.033436041032538;
e216_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 10.066872082065077*relu_1_10_0_on_binary_indicator_var =l= 10.066872082065077;
e217_.. + 1*post_1_10_0 =g= 0;
e218_.. + 1*post_1_10_0 + 5.033436041032538*relu_1_10_0_off_binary_indicator_var =l= 5.033436041032538;
e219_.. + 1*pre_1_10_0 + 5.033436041032538*relu_1_10_0_off_binary_indicator_var =l= 5.033436041032538;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e222_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 5.033436041032538*relu_1_10_1_on_binary_indicator_var =g= -5.033436041032538;
e223_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 10.066872082065077*relu_1_10_1_on_binary_indicator_var =l= 10.066872082065077;
e224_.. + 1*post_1_10_1 =g= 0;
e225_.. + 1*post_1_10_1 + 5.033436041032538*relu_1_10_1_off_binary_indicator_var =l= 5.033436041032538;
e226_.. + 1*pre_1_10_1 + 5.033436041032538*relu_1_10_1_off_binary_indicator_var =l= 5.033436041032538;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e229_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 5.85589242599091*relu_1_11_0_on_binary_indicator_var =g= -5.85589242599091;
e230_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 11.71178485198182*relu_1_11_0_on_binary_indicator_var =l= 11.71178485198182;
e231_.. + 1*post_1_11_0 =g= 0;
e232_.. + 1*post_1_11_0 + 5.85589242599091*relu_1_11_0_off_binary_indicator_var =l= 5.85589242599091;
e233_.. + 1*pre_1_11_0 + 5.85589242599091*relu_1_11_0_off_binary_indicator_var =l= 5.85589242599091;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e236_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 5.85589242599091*relu_1_11_1_on_binary_indicator_var =g= -5.85589242599091;
e237_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 11.71178485198182*relu_1_11_1_on_binary_indicator_var =l= 11.71178485198182;
e238_.. + 1*post_1_11_1 =g= 0;
e239_.. + 1*post_1_11_1 + 5.85589242599091*relu_1_11_1_off_binary_indicator_var =l= 5.85589242599091;
e240_.. + 1*pre_1_11_1 + 5.85589242599091*relu_1_11_1_off_binary_indicator_var =l= 5.85589242599091;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e243_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 4.481055976018846*relu_1_12_0_on_binary_indicator_var =g= -4.481055976018846;
e244_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 8.962111952037692*relu_1_12_0_on_binary_indicator_var =l= 8.962111952037692;
e245_.. + 1*post_1_12_0 =g= 0;
e246_.. + 1*post_1_12_0 + 4.481055976018846*relu_1_12_0_off_binary_indicator_var =l= 4.481055976018846;
e247_.. + 1*pre_1_12_0 + 4.481055976018846*relu_1_12_0_off_binary_indicator_var =l= 4.481055976018846;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e250_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 4.481055976018846*relu_1_12_1_on_binary_indicator_var =g= -4.481055976018846;
e251_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 8.962111952037692*relu_1_12_1_on_binary_indicator_var =l= 8.962111952037692;
e252_.. + 1*post_1_12_1 =g= 0;
e253_.. + 1*post_1_12_1 + 4.481055976018846*relu_1_12_1_off_binary_indicator_var =l= 4.481055976018846;
e254_.. + 1*pre_1_12_1 + 4.481055976018846*relu_1_12_1_off_binary_indicator_var =l= 4.481055976018846;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e257_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 4.223536593655531*relu_1_13_0_on_binary_indicator_var =g= -4.223536593655531;
e258_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 8.447073187311062*relu_1_13_0_on_binary_indicator_var =l= 8.447073187311062;
e259_.. + 1*post_1_13_0 =g= 0;
e260_.. + 1*post_1_13_0 + 4.223536593655531*relu_1_13_0_off_binary_indicator_var =l= 4.223536593655531;
e261_.. + 1*pre_1_13_0 + 4.223536593655531*relu_1_13_0_off_binary_indicator_var =l= 4.223536593655531;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e264_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 4.223536593655531*relu_1_13_1_on_binary_indicator_var =g= -4.223536593655531;
e265_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 8.447073187311062*relu_1_13_1_on_binary_indicator_var =l= 8.447073187311062;
e266_.. + 1*post_1_13_1 =g= 0;
e267_.. + 1*post_1_13_1 + 4.223536593655531*relu_1_13_1_off_binary_indicator_var =l= 4.223536593655531;
e268_.. + 1*pre_1_13_1 + 4.223536593655531*relu_1_13_1_off_binary_indicator_var =l= 4.223536593655531;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e271_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 7.9411881018315*relu_1_14_0_on_binary_indicator_var =g= -7.9411881018315;
e272_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 15.882376203663*relu_1_14_0_on_binary_indicator_var =l= 15.882376203663;
e273_.. + 1*post_1_14_0 =g= 0;
e274_.. + 1*post_1_14_0 + 7.9411881018315*relu_1_14_0_off_binary_indicator_var =l= 7.9411881018315;
e275_.. + 1*pre_1_14_0 + 7.9411881018315*relu_1_14_0_off_binary_indicator_var =l= 7.9411881018315;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e278_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 7.9411881018315*relu_1_14_1_on_binary_indicator_var =g= -7.9411881018315;
e279_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 15.882376203663*relu_1_14_1_on_binary_indicator_var =l= 15.882376203663;
e280_.. + 1*post_1_14_1 =g= 0;
e281_.. + 1*post_1_14_1 + 7.9411881018315*relu_1_14_1_off_binary_indicator_var =l= 7.9411881018315;
e282_.. + 1*pre_1_14_1 + 7.9411881018315*relu_1_14_1_off_binary_indicator_var =l= 7.9411881018315;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e285_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 4.282407804124144*relu_1_15_0_on_binary_indicator_var =g= -4.282407804124144;
e286_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 8.564815608248288*relu_1_15_0_on_binary_indicator_var =l= 8.564815608248288;
e287_.. + 1*post_1_15_0 =g= 0;
e288_.. + 1*post_1_15_0 + 4.282407804124144*relu_1_15_0_off_binary_indicator_var =l= 4.282407804124144;
e289_.. + 1*pre_1_15_0 + 4.282407804124144*relu_1_15_0_off_binary_indicator_var =l= 4.282407804124144;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e292_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 4.282407804124144*relu_1_15_1_on_binary_indicator_var =g= -4.282407804124144;
e293_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 8.564815608248288*relu_1_15_1_on_binary_indicator_var =l= 8.564815608248288;
e294_.. + 1*post_1_15_1 =g= 0;
e295_.. + 1*post_1_15_1 + 4.282407804124144*relu_1_15_1_off_binary_indicator_var =l= 4.282407804124144;
e296_.. + 1*pre_1_15_1 + 4.282407804124144*relu_1_15_1_off_binary_indicator_var =l= 4.282407804124144;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_0_on_binary_indicator_var + 1*relu_1_16_0_off_binary_indicator_var =e= 1;
e299_.. - 1*pre_1_16_0 + 1*post_1_16_0 - 4.634583834742528*relu_1_16_0_on_binary_indicator_var =g= -4.634583834742528;
e300_.. - 1*pre_1_16_0 + 1*post_1_16_0 + 9.269167669485055*relu_1_16_0_on_binary_indicator_var =l= 9.269167669485055;
e301_.. + 1*post_1_16_0 =g= 0;
e302_.. + 1*post_1_16_0 + 4.634583834742528*relu_1_16_0_off_binary_indicator_var =l= 4.634583834742528;
e303_.. + 1*pre_1_16_0 + 4.634583834742528*relu_1_16_0_off_binary_indicator_var =l= 4.634583834742528;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_1_on_binary_indicator_var + 1*relu_1_16_1_off_binary_indicator_var =e= 1;
e306_.. - 1*pre_1_16_1 + 1*post_1_16_1 - 4.634583834742528*relu_1_16_1_on_binary_indicator_var =g= -4.634583834742528;
e307_.. - 1*pre_1_16_1 + 1*post_1_16_1 + 9.269167669485055*relu_1_16_1_on_binary_indicator_var =l= 9.269167669485055;
e308_.. + 1*post_1_16_1 =g= 0;
e309_.. + 1*post_1_16_1 + 4.634583834742528*relu_1_16_1_off_binary_indicator_var =l= 4.634583834742528;
e310_.. + 1*pre_1_16_1 + 4.634583834742528*relu_1_16_1_off_binary_indicator_var =l= 4.634583834742528;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_0_on_binary_indicator_var + 1*relu_1_17_0_off_binary_indicator_var =e= 1;
e313_.. - 1*pre_1_17_0 + 1*post_1_17_0 - 4.622818643788233*relu_1_17_0_on_binary_indicator_var =g= -4.622818643788233;
e314_.. - 1*pre_1_17_0 + 1*post_1_17_0 + 9.245637287576466*relu_1_17_0_on_binary_indicator_var =l= 9.245637287576466;
e315_.. + 1*post_1_17_0 =g= 0;
e316_.. + 1*post_1_17_0 + 4.622818643788233*relu_1_17_0_off_binary_indicator_var =l= 4.622818643788233;
e317_.. + 1*pre_1_17_0 + 4.622818643788233*relu_1_17_0_off_binary_indicator_var =l= 4.622818643788233;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_1_on_binary_indicator_var + 1*relu_1_17_1_off_binary_indicator_var =e= 1;
e320_.. - 1*pre_1_17_1 + 1*post_1_17_1 - 4.622818643788233*relu_1_17_1_on_binary_indicator_var =g= -4.622818643788233;
e321_.. - 1*pre_1_17_1 + 1*post_1_17_1 + 9.245637287576466*relu_1_17_1_on_binary_indicator_var =l= 9.245637287576466;
e322_.. + 1*post_1_17_1 =g= 0;
e323_.. + 1*post_1_17_1 + 4.622818643788233*relu_1_17_1_off_binary_indicator_var =l= 4.622818643788233;
e324_.. + 1*pre_1_17_1 + 4.622818643788233*relu_1_17_1_off_binary_indicator_var =l= 4.622818643788233;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_0_on_binary_indicator_var + 1*relu_1_18_0_off_binary_indicator_var =e= 1;
e327_.. - 1*pre_1_18_0 + 1*post_1_18_0 - 6.978700550828476*relu_1_18_0_on_binary_indicator_var =g= -6.978700550828476;
e328_.. - 1*pre_1_18_0 + 1*post_1_18_0 + 13.957401101656952*relu_1_18_0_on_binary_indicator_var =l= 13.957401101656952;
e329_.. + 1*post_1_18_0 =g= 0;
e330_.. + 1*post_1_18_0 + 6.978700550828476*relu_1_18_0_off_binary_indicator_var =l= 6.978700550828476;
e331_.. + 1*pre_1_18_0 + 6.978700550828476*relu_1_18_0_off_binary_indicator_var =l= 6.978700550828476;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_1_on_binary_indicator_var + 1*relu_1_18_1_off_binary_indicator_var =e= 1;
e334_.. - 1*pre_1_18_1 + 1*post_1_18_1 - 6.978700550828476*relu_1_18_1_on_binary_indicator_var =g= -6.978700550828476;
e335_.. - 1*pre_1_18_1 + 1*post_1_18_1 + 13.957401101656952*relu_1_18_1_on_binary_indicator_var =l= 13.957401101656952;
e336_.. + 1*post_1_18_1 =g= 0;
e337_.. + 1*post_1_18_1 + 6.978700550828476*relu_1_18_1_off_binary_indicator_var =l= 6.978700550828476;
e338_.. + 1*pre_1_18_1 + 6.978700550828476*relu_1_18_1_off_binary_indicator_var =l= 6.978700550828476;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_0_on_binary_indicator_var + 1*relu_1_19_0_off_binary_indicator_var =e= 1;
e341_.. - 1*pre_1_19_0 + 1*post_1_19_0 - 6.235030806621945*relu_1_19_0_on_binary_indicator_var =g= -6.235030806621945;
e342_.. - 1*pre_1_19_0 + 1*post_1_19_0 + 12.47006161324389*relu_1_19_0_on_binary_indicator_var =l= 12.47006161324389;
e343_.. + 1*post_1_19_0 =g= 0;
e344_.. + 1*post_1_19_0 + 6.235030806621945*relu_1_19_0_off_binary_indicator_var =l= 6.235030806621945;
e345_.. + 1*pre_1_19_0 + 6.235030806621945*relu_1_19_0_off_binary_indicator_var =l= 6.235030806621945;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_1_on_binary_indicator_var + 1*relu_1_19_1_off_binary_indicator_var =e= 1;
e348_.. - 1*pre_1_19_1 + 1*post_1_19_1 - 6.235030806621945*relu_1_19_1_on_binary_indicator_var =g= -6.235030806621945;
e349_.. - 1*pre_1_19_1 + 1*post_1_19_1 + 12.47006161324389*relu_1_19_1_on_binary_indicator_var =l= 12.47006161324389;
e350_.. + 1*post_1_19_1 =g= 0;
e351_.. + 1*post_1_19_1 + 6.235030806621945*relu_1_19_1_off_binary_indicator_var =l= 6.235030806621945;
e352_.. + 1*pre_1_19_1 + 6.235030806621945*relu_1_19_1_off_binary_indicator_var =l= 6.235030806621945;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_0_on_binary_indicator_var + 1*relu_1_20_0_off_binary_indicator_var =e= 1;
e355_.. - 1*pre_1_20_0 + 1*post_1_20_0 - 6.718454730852487*relu_1_20_0_on_binary_indicator_var =g= -6.718454730852487;
e356_.. - 1*pre_1_20_0 + 1*post_1_20_0 + 13.436909461704975*relu_1_20_0_on_binary_indicator_var =l= 13.436909461704975;
e357_.. + 1*post_1_20_0 =g= 0;
e358_.. + 1*post_1_20_0 + 6.718454730852487*relu_1_20_0_off_binary_indicator_var =l= 6.718454730852487;
e359_.. + 1*pre_1_20_0 + 6.718454730852487*relu_1_20_0_off_binary_indicator_var =l= 6.718454730852487;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_1_on_binary_indicator_var + 1*relu_1_20_1_off_binary_indicator_var =e= 1;
e362_.. - 1*pre_1_20_1 + 1*post_1_20_1 - 6.718454730852487*relu_1_20_1_on_binary_indicator_var =g= -6.718454730852487;
e363_.. - 1*pre_1_20_1 + 1*post_1_20_1 + 13.436909461704975*relu_1_20_1_on_binary_indicator_var =l= 13.436909461704975;
e364_.. + 1*post_1_20_1 =g= 0;
e365_.. + 1*post_1_20_1 + 6.718454730852487*relu_1_20_1_off_binary_indicator_var =l= 6.718454730852487;
e366_.. + 1*pre_1_20_1 + 6.718454730852487*relu_1_20_1_off_binary_indicator_var =l= 6.718454730852487;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_0_on_binary_indicator_var + 1*relu_1_21_0_off_binary_indicator_var =e= 1;
e369_.. - 1*pre_1_21_0 + 1*post_1_21_0 - 6.8226887269065095*relu_1_21_0_on_binary_indicator_var =g= -6.8226887269065095;
e370_.. - 1*pre_1_21_0 + 1*post_1_21_0 + 13.645377453813019*relu_1_21_0_on_binary_indicator_var =l= 13.645377453813019;
e371_.. + 1*post_1_21_0 =g= 0;
e372_.. + 1*post_1_21_0 + 6.8226887269065095*relu_1_21_0_off_binary_indicator_var =l= 6.8226887269065095;
e373_.. + 1*pre_1_21_0 + 6.8226887269065095*relu_1_21_0_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_1_on_binary_indicator_var + 1*relu_1_21_1_off_binary_indicator_var =e= 1;
e376_.. - 1*pre_1_21_1 + 1*post_1_21_1 - 6.8226887269065095*relu_1_21_1_on_binary_indicator_var =g= -6.8226887269065095;
e377_.. - 1*pre_1_21_1 + 1*post_1_21_1 + 13.645377453813019*relu_1_21_1_on_binary_indicator_var =l= 13.645377453813019;
e378_.. + 1*post_1_21_1 =g= 0;
e379_.. + 1*post_1_21_1 + 6.8226887269065095*relu_1_21_1_off_binary_indicator_var =l= 6.8226887269065095;
e380_.. + 1*pre_1_21_1 + 6.8226887269065095*relu_1_21_1_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_0_on_binary_indicator_var + 1*relu_1_22_0_off_binary_indicator_var =e= 1;
e383_.. - 1*pre_1_22_0 + 1*post_1_22_0 - 6.631889427894872*relu_1_22_0_on_binary_indicator_var =g= -6.631889427894872;
e384_.. - 1*pre_1_22_0 + 1*post_1_22_0 + 13.263778855789743*relu_1_22_0_on_binary_indicator_var =l= 13.263778855789743;
e385_.. + 1*post_1_22_0 =g= 0;
e386_.. + 1*post_1_22_0 + 6.631889427894872*relu_1_22_0_off_binary_indicator_var =l= 6.631889427894872;
e387_.. + 1*pre_1_22_0 + 6.631889427894872*relu_1_22_0_off_binary_indicator_var =l= 6.631889427894872;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_1_on_binary_indicator_var + 1*relu_1_22_1_off_binary_indicator_var =e= 1;
e390_.. - 1*pre_1_22_1 + 1*post_1_22_1 - 6.631889427894872*relu_1_22_1_on_binary_indicator_var =g= -6.631889427894872;
e391_.. - 1*pre_1_22_1 + 1*post_1_22_1 + 13.263778855789743*relu_1_22_1_on_binary_indicator_var =l= 13.263778855789743;
e392_.. + 1*post_1_22_1 =g= 0;
e393_.. + 1*post_1_22_1 + 6.631889427894872*relu_1_22_1_off_binary_indicator_var =l= 6.631889427894872;
e394_.. + 1*pre_1_22_1 + 6.631889427894872*relu_1_22_1_off_binary_indicator_var =l= 6.631889427894872;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_0_on_binary_indicator_var + 1*relu_1_23_0_off_binary_indicator_var =e= 1;
e397_.. - 1*pre_1_23_0 + 1*post_1_23_0 - 5.396286998735244*relu_1_23_0_on_binary_indicator_var =g= -5.396286998735244;
e398_.. - 1*pre_1_23_0 + 1*post_1_23_0 + 10.792573997470488*relu_1_23_0_on_binary_indicator_var =l= 10.792573997470488;
e399_.. + 1*post_1_23_0 =g= 0;
e400_.. + 1*post_1_23_0 + 5.396286998735244*relu_1_23_0_off_binary_indicator_var =l= 5.396286998735244;
e401_.. + 1*pre_1_23_0 + 5.396286998735244*relu_1_23_0_off_binary_indicator_var =l= 5.396286998735244;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_1_on_binary_indicator_var + 1*relu_1_23_1_off_binary_indicator_var =e= 1;
e404_.. - 1*pre_1_23_1 + 1*post_1_23_1 - 5.396286998735244*relu_1_23_1_on_binary_indicator_var =g= -5.396286998735244;
e405_.. - 1*pre_1_23_1 + 1*post_1_23_1 + 10.792573997470488*relu_1_23_1_on_binary_indicator_var =l= 10.792573997470488;
e406_.. + 1*post_1_23_1 =g= 0;
e407_.. + 1*post_1_23_1 + 5.396286998735244*relu_1_23_1_off_binary_indicator_var =l= 5.396286998735244;
e408_.. + 1*pre_1_23_1 + 5.396286998735244*relu_1_23_1_off_binary_indicator_var =l= 5.396286998735244;

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

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
