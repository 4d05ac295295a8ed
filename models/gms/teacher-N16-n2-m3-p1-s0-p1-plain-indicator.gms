* teacher-N16-n2-m3-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N16-n2-m3-p1-s0, problem 1, plain-indicator; {"hidden": [3], "bound": 3.0, "loss": "squared"})
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
  pre_1_14_0, pre_1_14_1, pre_1_14_2, pre_1_15_0, pre_1_15_1, pre_1_15_2, post_1_0_0, post_1_0_1,
  post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2, post_1_2_0, post_1_2_1, post_1_2_2, post_1_3_0,
  post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1, post_1_4_2, post_1_5_0, post_1_5_1, post_1_5_2,
  post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0, post_1_7_1, post_1_7_2, post_1_8_0, post_1_8_1,
  post_1_8_2, post_1_9_0, post_1_9_1, post_1_9_2, post_1_10_0, post_1_10_1, post_1_10_2, post_1_11_0,
  post_1_11_1, post_1_11_2, post_1_12_0, post_1_12_1, post_1_12_2, post_1_13_0, post_1_13_1, post_1_13_2,
  post_1_14_0, post_1_14_1, post_1_14_2, post_1_15_0, post_1_15_1, post_1_15_2, out_0_0, out_1_0,
  out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0,
  out_10_0, out_11_0, out_12_0, out_13_0, out_14_0, out_15_0;

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
  relu_1_14_2_on_binary_indicator_var, relu_1_14_2_off_binary_indicator_var, relu_1_15_0_on_binary_indicator_var, relu_1_15_0_off_binary_indicator_var, relu_1_15_1_on_binary_indicator_var, relu_1_15_1_off_binary_indicator_var, relu_1_15_2_on_binary_indicator_var, relu_1_15_2_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_2_0,
  pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_7_0, pre_definition_1_7_1,
  pre_definition_1_7_2, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2, pre_definition_1_10_0,
  pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2,
  pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_15_0, pre_definition_1_15_1,
  pre_definition_1_15_2, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e67_, e68_, e69_, e70_, e71_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e74_, e75_, e76_, e77_, e78_, relu_1_0_2_above_pre,
  relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor, e81_, e82_, e83_, e84_, e85_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor,
  e88_, e89_, e90_, e91_, e92_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e95_,
  e96_, e97_, e98_, e99_, relu_1_1_2_above_pre, relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor, e102_, e103_,
  e104_, e105_, e106_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e109_, e110_, e111_,
  e112_, e113_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e116_, e117_, e118_, e119_,
  e120_, relu_1_2_2_above_pre, relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor, e123_, e124_, e125_, e126_, e127_,
  relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e130_, e131_, e132_, e133_, e134_, relu_1_3_1_above_pre,
  relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e137_, e138_, e139_, e140_, e141_, relu_1_3_2_above_pre, relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor,
  e144_, e145_, e146_, e147_, e148_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e151_,
  e152_, e153_, e154_, e155_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e158_, e159_,
  e160_, e161_, e162_, relu_1_4_2_above_pre, relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor, e165_, e166_, e167_,
  e168_, e169_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e172_, e173_, e174_, e175_,
  e176_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e179_, e180_, e181_, e182_, e183_,
  relu_1_5_2_above_pre, relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor, e186_, e187_, e188_, e189_, e190_, relu_1_6_0_above_pre,
  relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e193_, e194_, e195_, e196_, e197_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor,
  e200_, e201_, e202_, e203_, e204_, relu_1_6_2_above_pre, relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor, e207_,
  e208_, e209_, e210_, e211_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e214_, e215_,
  e216_, e217_, e218_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e221_, e222_, e223_,
  e224_, e225_, relu_1_7_2_above_pre, relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor, e228_, e229_, e230_, e231_,
  e232_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e235_, e236_, e237_, e238_, e239_,
  relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e242_, e243_, e244_, e245_, e246_, relu_1_8_2_above_pre,
  relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor, e249_, e250_, e251_, e252_, e253_, relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor,
  e256_, e257_, e258_, e259_, e260_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e263_,
  e264_, e265_, e266_, e267_, relu_1_9_2_above_pre, relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor, e270_, e271_,
  e272_, e273_, e274_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e277_, e278_, e279_,
  e280_, e281_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e284_, e285_, e286_, e287_,
  e288_, relu_1_10_2_above_pre, relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor, e291_, e292_, e293_, e294_, e295_,
  relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e298_, e299_, e300_, e301_, e302_, relu_1_11_1_above_pre,
  relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e305_, e306_, e307_, e308_, e309_, relu_1_11_2_above_pre, relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor,
  e312_, e313_, e314_, e315_, e316_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e319_,
  e320_, e321_, e322_, e323_, relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e326_, e327_,
  e328_, e329_, e330_, relu_1_12_2_above_pre, relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor, e333_, e334_, e335_,
  e336_, e337_, relu_1_13_0_above_pre, relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e340_, e341_, e342_, e343_,
  e344_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor, e347_, e348_, e349_, e350_, e351_,
  relu_1_13_2_above_pre, relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor, e354_, e355_, e356_, e357_, e358_, relu_1_14_0_above_pre,
  relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e361_, e362_, e363_, e364_, e365_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor,
  e368_, e369_, e370_, e371_, e372_, relu_1_14_2_above_pre, relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor, e375_,
  e376_, e377_, e378_, e379_, relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e382_, e383_,
  e384_, e385_, e386_, relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e389_, e390_, e391_,
  e392_, e393_, relu_1_15_2_above_pre, relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor, e396_, e397_, e398_, e399_,
  e400_;

e_obj.. - objvar - 2.4675836377670985*out_0_0 - 1.608363697444664*out_1_0 - 3.5264075235867707*out_2_0 - 4.754983196649833*out_3_0 - 2.727222568041964*out_4_0 - 0.9083445432525948*out_5_0 + 0.3284818393172322*out_6_0
    + 0.020333472094963074*out_7_0 - 0.6061148300296977*out_8_0 - 3.7511162830814166*out_9_0 - 1.245631452961189*out_10_0 - 2.783226704735436*out_11_0 + 0.9539534916397385*out_12_0 - 1.9947395402115264*out_13_0 - 2.0709512852119714*out_14_0
    - 2.953346586645586*out_15_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 23.43216751905365 =e= 0;
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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e67_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.176419226746878*relu_1_0_0_on_binary_indicator_var =g= -7.176419226746878;
e68_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 14.352838453493757*relu_1_0_0_on_binary_indicator_var =l= 14.352838453493757;
e69_.. + 1*post_1_0_0 =g= 0;
e70_.. + 1*post_1_0_0 + 7.176419226746878*relu_1_0_0_off_binary_indicator_var =l= 7.176419226746878;
e71_.. + 1*pre_1_0_0 + 7.176419226746878*relu_1_0_0_off_binary_indicator_var =l= 7.176419226746878;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e74_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.176419226746878*relu_1_0_1_on_binary_indicator_var =g= -7.176419226746878;
e75_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 14.352838453493757*relu_1_0_1_on_binary_indicator_var =l= 14.352838453493757;
e76_.. + 1*post_1_0_1 =g= 0;
e77_.. + 1*post_1_0_1 + 7.176419226746878*relu_1_0_1_off_binary_indicator_var =l= 7.176419226746878;
e78_.. + 1*pre_1_0_1 + 7.176419226746878*relu_1_0_1_off_binary_indicator_var =l= 7.176419226746878;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_2_on_binary_indicator_var + 1*relu_1_0_2_off_binary_indicator_var =e= 1;
e81_.. - 1*pre_1_0_2 + 1*post_1_0_2 - 7.176419226746878*relu_1_0_2_on_binary_indicator_var =g= -7.176419226746878;
e82_.. - 1*pre_1_0_2 + 1*post_1_0_2 + 14.352838453493757*relu_1_0_2_on_binary_indicator_var =l= 14.352838453493757;
e83_.. + 1*post_1_0_2 =g= 0;
e84_.. + 1*post_1_0_2 + 7.176419226746878*relu_1_0_2_off_binary_indicator_var =l= 7.176419226746878;
e85_.. + 1*pre_1_0_2 + 7.176419226746878*relu_1_0_2_off_binary_indicator_var =l= 7.176419226746878;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e88_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 7.125139810483965*relu_1_1_0_on_binary_indicator_var =g= -7.125139810483965;
e89_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 14.25027962096793*relu_1_1_0_on_binary_indicator_var =l= 14.25027962096793;
e90_.. + 1*post_1_1_0 =g= 0;
e91_.. + 1*post_1_1_0 + 7.125139810483965*relu_1_1_0_off_binary_indicator_var =l= 7.125139810483965;
e92_.. + 1*pre_1_1_0 + 7.125139810483965*relu_1_1_0_off_binary_indicator_var =l= 7.125139810483965;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e95_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 7.125139810483965*relu_1_1_1_on_binary_indicator_var =g= -7.125139810483965;
e96_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 14.25027962096793*relu_1_1_1_on_binary_indicator_var =l= 14.25027962096793;
e97_.. + 1*post_1_1_1 =g= 0;
e98_.. + 1*post_1_1_1 + 7.125139810483965*relu_1_1_1_off_binary_indicator_var =l= 7.125139810483965;
e99_.. + 1*pre_1_1_1 + 7.125139810483965*relu_1_1_1_off_binary_indicator_var =l= 7.125139810483965;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_2_on_binary_indicator_var + 1*relu_1_1_2_off_binary_indicator_var =e= 1;
e102_.. - 1*pre_1_1_2 + 1*post_1_1_2 - 7.125139810483965*relu_1_1_2_on_binary_indicator_var =g= -7.125139810483965;
e103_.. - 1*pre_1_1_2 + 1*post_1_1_2 + 14.25027962096793*relu_1_1_2_on_binary_indicator_var =l= 14.25027962096793;
e104_.. + 1*post_1_1_2 =g= 0;
e105_.. + 1*post_1_1_2 + 7.125139810483965*relu_1_1_2_off_binary_indicator_var =l= 7.125139810483965;
e106_.. + 1*pre_1_1_2 + 7.125139810483965*relu_1_1_2_off_binary_indicator_var =l= 7.125139810483965;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e109_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 4.450495978270242*relu_1_2_0_on_binary_indicator_var =g= -4.450495978270242;
e110_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 8.900991956540484*relu_1_2_0_on_binary_indicator_var =l= 8.900991956540484;
e111_.. + 1*post_1_2_0 =g= 0;
e112_.. + 1*post_1_2_0 + 4.450495978270242*relu_1_2_0_off_binary_indicator_var =l= 4.450495978270242;
e113_.. + 1*pre_1_2_0 + 4.450495978270242*relu_1_2_0_off_binary_indicator_var =l= 4.450495978270242;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e116_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 4.450495978270242*relu_1_2_1_on_binary_indicator_var =g= -4.450495978270242;
e117_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 8.900991956540484*relu_1_2_1_on_binary_indicator_var =l= 8.900991956540484;
e118_.. + 1*post_1_2_1 =g= 0;
e119_.. + 1*post_1_2_1 + 4.450495978270242*relu_1_2_1_off_binary_indicator_var =l= 4.450495978270242;
e120_.. + 1*pre_1_2_1 + 4.450495978270242*relu_1_2_1_off_binary_indicator_var =l= 4.450495978270242;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_2_on_binary_indicator_var + 1*relu_1_2_2_off_binary_indicator_var =e= 1;
e123_.. - 1*pre_1_2_2 + 1*post_1_2_2 - 4.450495978270242*relu_1_2_2_on_binary_indicator_var =g= -4.450495978270242;
e124_.. - 1*pre_1_2_2 + 1*post_1_2_2 + 8.900991956540484*relu_1_2_2_on_binary_indicator_var =l= 8.900991956540484;
e125_.. + 1*post_1_2_2 =g= 0;
e126_.. + 1*post_1_2_2 + 4.450495978270242*relu_1_2_2_off_binary_indicator_var =l= 4.450495978270242;
e127_.. + 1*pre_1_2_2 + 4.450495978270242*relu_1_2_2_off_binary_indicator_var =l= 4.450495978270242;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e130_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6.293958645941272*relu_1_3_0_on_binary_indicator_var =g= -6.293958645941272;
e131_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 12.587917291882544*relu_1_3_0_on_binary_indicator_var =l= 12.587917291882544;
e132_.. + 1*post_1_3_0 =g= 0;
e133_.. + 1*post_1_3_0 + 6.293958645941272*relu_1_3_0_off_binary_indicator_var =l= 6.293958645941272;
e134_.. + 1*pre_1_3_0 + 6.293958645941272*relu_1_3_0_off_binary_indicator_var =l= 6.293958645941272;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e137_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 6.293958645941272*relu_1_3_1_on_binary_indicator_var =g= -6.293958645941272;
e138_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 12.587917291882544*relu_1_3_1_on_binary_indicator_var =l= 12.587917291882544;
e139_.. + 1*post_1_3_1 =g= 0;
e140_.. + 1*post_1_3_1 + 6.293958645941272*relu_1_3_1_off_binary_indicator_var =l= 6.293958645941272;
e141_.. + 1*pre_1_3_1 + 6.293958645941272*relu_1_3_1_off_binary_indicator_var =l= 6.293958645941272;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_2_on_binary_indicator_var + 1*relu_1_3_2_off_binary_indicator_var =e= 1;
e144_.. - 1*pre_1_3_2 + 1*post_1_3_2 - 6.293958645941272*relu_1_3_2_on_binary_indicator_var =g= -6.293958645941272;
e145_.. - 1*pre_1_3_2 + 1*post_1_3_2 + 12.587917291882544*relu_1_3_2_on_binary_indicator_var =l= 12.587917291882544;
e146_.. + 1*post_1_3_2 =g= 0;
e147_.. + 1*post_1_3_2 + 6.293958645941272*relu_1_3_2_off_binary_indicator_var =l= 6.293958645941272;
e148_.. + 1*pre_1_3_2 + 6.293958645941272*relu_1_3_2_off_binary_indicator_var =l= 6.293958645941272;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e151_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 6.278046829164398*relu_1_4_0_on_binary_indicator_var =g= -6.278046829164398;
e152_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 12.556093658328797*relu_1_4_0_on_binary_indicator_var =l= 12.556093658328797;
e153_.. + 1*post_1_4_0 =g= 0;
e154_.. + 1*post_1_4_0 + 6.278046829164398*relu_1_4_0_off_binary_indicator_var =l= 6.278046829164398;
e155_.. + 1*pre_1_4_0 + 6.278046829164398*relu_1_4_0_off_binary_indicator_var =l= 6.278046829164398;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e158_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 6.278046829164398*relu_1_4_1_on_binary_indicator_var =g= -6.278046829164398;
e159_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 12.556093658328797*relu_1_4_1_on_binary_indicator_var =l= 12.556093658328797;
e160_.. + 1*post_1_4_1 =g= 0;
e161_.. + 1*post_1_4_1 + 6.278046829164398*relu_1_4_1_off_binary_indicator_var =l= 6.278046829164398;
e162_.. + 1*pre_1_4_1 + 6.278046829164398*relu_1_4_1_off_binary_indicator_var =l= 6.278046829164398;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_2_on_binary_indicator_var + 1*relu_1_4_2_off_binary_indicator_var =e= 1;
e165_.. - 1*pre_1_4_2 + 1*post_1_4_2 - 6.278046829164398*relu_1_4_2_on_binary_indicator_var =g= -6.278046829164398;
e166_.. - 1*pre_1_4_2 + 1*post_1_4_2 + 12.556093658328797*relu_1_4_2_on_binary_indicator_var =l= 12.556093658328797;
e167_.. + 1*post_1_4_2 =g= 0;
e168_.. + 1*post_1_4_2 + 6.278046829164398*relu_1_4_2_off_binary_indicator_var =l= 6.278046829164398;
e169_.. + 1*pre_1_4_2 + 6.278046829164398*relu_1_4_2_off_binary_indicator_var =l= 6.278046829164398;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e172_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 4.575447738333024*relu_1_5_0_on_binary_indicator_var =g= -4.575447738333024;
e173_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 9.150895476666047*relu_1_5_0_on_binary_indicator_var =l= 9.150895476666047;
e174_.. + 1*post_1_5_0 =g= 0;
e175_.. + 1*post_1_5_0 + 4.575447738333024*relu_1_5_0_off_binary_indicator_var =l= 4.575447738333024;
e176_.. + 1*pre_1_5_0 + 4.575447738333024*relu_1_5_0_off_binary_indicator_var =l= 4.575447738333024;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e179_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 4.575447738333024*relu_1_5_1_on_binary_indicator_var =g= -4.575447738333024;
e180_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 9.150895476666047*relu_1_5_1_on_binary_indicator_var =l= 9.150895476666047;
e181_.. + 1*post_1_5_1 =g= 0;
e182_.. + 1*post_1_5_1 + 4.575447738333024*relu_1_5_1_off_binary_indicator_var =l= 4.575447738333024;
e183_.. + 1*pre_1_5_1 + 4.575447738333024*relu_1_5_1_off_binary_indicator_var =l= 4.575447738333024;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_2_on_binary_indicator_var + 1*relu_1_5_2_off_binary_indicator_var =e= 1;
e186_.. - 1*pre_1_5_2 + 1*post_1_5_2 - 4.575447738333024*relu_1_5_2_on_binary_indicator_var =g= -4.575447738333024;
e187_.. - 1*pre_1_5_2 + 1*post_1_5_2 + 9.150895476666047*relu_1_5_2_on_binary_indicator_var =l= 9.150895476666047;
e188_.. + 1*post_1_5_2 =g= 0;
e189_.. + 1*post_1_5_2 + 4.575447738333024*relu_1_5_2_off_binary_indicator_var =l= 4.575447738333024;
e190_.. + 1*pre_1_5_2 + 4.575447738333024*relu_1_5_2_off_binary_indicator_var =l= 4.575447738333024;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e193_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.681194289163965*relu_1_6_0_on_binary_indicator_var =g= -6.681194289163965;
e194_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 13.36238857832793*relu_1_6_0_on_binary_indicator_var =l= 13.36238857832793;
e195_.. + 1*post_1_6_0 =g= 0;
e196_.. + 1*post_1_6_0 + 6.681194289163965*relu_1_6_0_off_binary_indicator_var =l= 6.681194289163965;
e197_.. + 1*pre_1_6_0 + 6.681194289163965*relu_1_6_0_off_binary_indicator_var =l= 6.681194289163965;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e200_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.681194289163965*relu_1_6_1_on_binary_indicator_var =g= -6.681194289163965;
e201_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 13.36238857832793*relu_1_6_1_on_binary_indicator_var =l= 13.36238857832793;
e202_.. + 1*post_1_6_1 =g= 0;
e203_.. + 1*post_1_6_1 + 6.681194289163965*relu_1_6_1_off_binary_indicator_var =l= 6.681194289163965;
e204_.. + 1*pre_1_6_1 + 6.681194289163965*relu_1_6_1_off_binary_indicator_var =l= 6.681194289163965;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_2_on_binary_indicator_var + 1*relu_1_6_2_off_binary_indicator_var =e= 1;
e207_.. - 1*pre_1_6_2 + 1*post_1_6_2 - 6.681194289163965*relu_1_6_2_on_binary_indicator_var =g= -6.681194289163965;
e208_.. - 1*pre_1_6_2 + 1*post_1_6_2 + 13.36238857832793*relu_1_6_2_on_binary_indicator_var =l= 13.36238857832793;
e209_.. + 1*post_1_6_2 =g= 0;
e210_.. + 1*post_1_6_2 + 6.681194289163965*relu_1_6_2_off_binary_indicator_var =l= 6.681194289163965;
e211_.. + 1*pre_1_6_2 + 6.681194289163965*relu_1_6_2_off_binary_indicator_var =l= 6.681194289163965;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e214_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 6.998263939541548*relu_1_7_0_on_binary_indicator_var =g= -6.998263939541548;
e215_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 13.996527879083096*relu_1_7_0_on_binary_indicator_var =l= 13.996527879083096;
e216_.. + 1*post_1_7_0 =g= 0;
e217_.. + 1*post_1_7_0 + 6.998263939541548*relu_1_7_0_off_binary_indicator_var =l= 6.998263939541548;
e218_.. + 1*pre_1_7_0 + 6.998263939541548*relu_1_7_0_off_binary_indicator_var =l= 6.998263939541548;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e221_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 6.998263939541548*relu_1_7_1_on_binary_indicator_var =g= -6.998263939541548;
e222_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 13.996527879083096*relu_1_7_1_on_binary_indicator_var =l= 13.996527879083096;
e223_.. + 1*post_1_7_1 =g= 0;
e224_.. + 1*post_1_7_1 + 6.998263939541548*relu_1_7_1_off_binary_indicator_var =l= 6.998263939541548;
e225_.. + 1*pre_1_7_1 + 6.998263939541548*relu_1_7_1_off_binary_indicator_var =l= 6.998263939541548;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_2_on_binary_indicator_var + 1*relu_1_7_2_off_binary_indicator_var =e= 1;
e228_.. - 1*pre_1_7_2 + 1*post_1_7_2 - 6.998263939541548*relu_1_7_2_on_binary_indicator_var =g= -6.998263939541548;
e229_.. - 1*pre_1_7_2 + 1*post_1_7_2 + 13.996527879083096*relu_1_7_2_on_binary_indicator_var =l= 13.996527879083096;
e230_.. + 1*post_1_7_2 =g= 0;
e231_.. + 1*post_1_7_2 + 6.998263939541548*relu_1_7_2_off_binary_indicator_var =l= 6.998263939541548;
e232_.. + 1*pre_1_7_2 + 6.998263939541548*relu_1_7_2_off_binary_indicator_var =l= 6.998263939541548;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e235_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 5.033436041032538*relu_1_8_0_on_binary_indicator_var =g= -5.033436041032538;
e236_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 10.066872082065077*relu_1_8_0_on_binary_indicator_var =l= 10.066872082065077;
e237_.. + 1*post_1_8_0 =g= 0;
e238_.. + 1*post_1_8_0 + 5.033436041032538*relu_1_8_0_off_binary_indicator_var =l= 5.033436041032538;
e239_.. + 1*pre_1_8_0 + 5.033436041032538*relu_1_8_0_off_binary_indicator_var =l= 5.033436041032538;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e242_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 5.033436041032538*relu_1_8_1_on_binary_indicator_var =g= -5.033436041032538;
e243_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 10.066872082065077*relu_1_8_1_on_binary_indicator_var =l= 10.066872082065077;
e244_.. + 1*post_1_8_1 =g= 0;
e245_.. + 1*post_1_8_1 + 5.033436041032538*relu_1_8_1_off_binary_indicator_var =l= 5.033436041032538;
e246_.. + 1*pre_1_8_1 + 5.033436041032538*relu_1_8_1_off_binary_indicator_var =l= 5.033436041032538;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_2_on_binary_indicator_var + 1*relu_1_8_2_off_binary_indicator_var =e= 1;
e249_.. - 1*pre_1_8_2 + 1*post_1_8_2 - 5.033436041032538*relu_1_8_2_on_binary_indicator_var =g= -5.033436041032538;
e250_.. - 1*pre_1_8_2 + 1*post_1_8_2 + 10.066872082065077*relu_1_8_2_on_binary_indicator_var =l= 10.066872082065077;
e251_.. + 1*post_1_8_2 =g= 0;
e252_.. + 1*post_1_8_2 + 5.033436041032538*relu_1_8_2_off_binary_indicator_var =l= 5.033436041032538;
e253_.. + 1*pre_1_8_2 + 5.033436041032538*relu_1_8_2_off_binary_indicator_var =l= 5.033436041032538;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e256_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 5.85589242599091*relu_1_9_0_on_binary_indicator_var =g= -5.85589242599091;
e257_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 11.71178485198182*relu_1_9_0_on_binary_indicator_var =l= 11.71178485198182;
e258_.. + 1*post_1_9_0 =g= 0;
e259_.. + 1*post_1_9_0 + 5.85589242599091*relu_1_9_0_off_binary_indicator_var =l= 5.85589242599091;
e260_.. + 1*pre_1_9_0 + 5.85589242599091*relu_1_9_0_off_binary_indicator_var =l= 5.85589242599091;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e263_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 5.85589242599091*relu_1_9_1_on_binary_indicator_var =g= -5.85589242599091;
e264_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 11.71178485198182*relu_1_9_1_on_binary_indicator_var =l= 11.71178485198182;
e265_.. + 1*post_1_9_1 =g= 0;
e266_.. + 1*post_1_9_1 + 5.85589242599091*relu_1_9_1_off_binary_indicator_var =l= 5.85589242599091;
e267_.. + 1*pre_1_9_1 + 5.85589242599091*relu_1_9_1_off_binary_indicator_var =l= 5.85589242599091;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_2_on_binary_indicator_var + 1*relu_1_9_2_off_binary_indicator_var =e= 1;
e270_.. - 1*pre_1_9_2 + 1*post_1_9_2 - 5.85589242599091*relu_1_9_2_on_binary_indicator_var =g= -5.85589242599091;
e271_.. - 1*pre_1_9_2 + 1*post_1_9_2 + 11.71178485198182*relu_1_9_2_on_binary_indicator_var =l= 11.71178485198182;
e272_.. + 1*post_1_9_2 =g= 0;
e273_.. + 1*post_1_9_2 + 5.85589242599091*relu_1_9_2_off_binary_indicator_var =l= 5.85589242599091;
e274_.. + 1*pre_1_9_2 + 5.85589242599091*relu_1_9_2_off_binary_indicator_var =l= 5.85589242599091;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e277_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 4.481055976018846*relu_1_10_0_on_binary_indicator_var =g= -4.481055976018846;
e278_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 8.962111952037692*relu_1_10_0_on_binary_indicator_var =l= 8.962111952037692;
e279_.. + 1*post_1_10_0 =g= 0;
e280_.. + 1*post_1_10_0 + 4.481055976018846*relu_1_10_0_off_binary_indicator_var =l= 4.481055976018846;
e281_.. + 1*pre_1_10_0 + 4.481055976018846*relu_1_10_0_off_binary_indicator_var =l= 4.481055976018846;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e284_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 4.481055976018846*relu_1_10_1_on_binary_indicator_var =g= -4.481055976018846;
e285_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 8.962111952037692*relu_1_10_1_on_binary_indicator_var =l= 8.962111952037692;
e286_.. + 1*post_1_10_1 =g= 0;
e287_.. + 1*post_1_10_1 + 4.481055976018846*relu_1_10_1_off_binary_indicator_var =l= 4.481055976018846;
e288_.. + 1*pre_1_10_1 + 4.481055976018846*relu_1_10_1_off_binary_indicator_var =l= 4.481055976018846;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_2_on_binary_indicator_var + 1*relu_1_10_2_off_binary_indicator_var =e= 1;
e291_.. - 1*pre_1_10_2 + 1*post_1_10_2 - 4.481055976018846*relu_1_10_2_on_binary_indicator_var =g= -4.481055976018846;
e292_.. - 1*pre_1_10_2 + 1*post_1_10_2 + 8.962111952037692*relu_1_10_2_on_binary_indicator_var =l= 8.962111952037692;
e293_.. + 1*post_1_10_2 =g= 0;
e294_.. + 1*post_1_10_2 + 4.481055976018846*relu_1_10_2_off_binary_indicator_var =l= 4.481055976018846;
e295_.. + 1*pre_1_10_2 + 4.481055976018846*relu_1_10_2_off_binary_indicator_var =l= 4.481055976018846;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e298_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 4.223536593655531*relu_1_11_0_on_binary_indicator_var =g= -4.223536593655531;
e299_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 8.447073187311062*relu_1_11_0_on_binary_indicator_var =l= 8.447073187311062;
e300_.. + 1*post_1_11_0 =g= 0;
e301_.. + 1*post_1_11_0 + 4.223536593655531*relu_1_11_0_off_binary_indicator_var =l= 4.223536593655531;
e302_.. + 1*pre_1_11_0 + 4.223536593655531*relu_1_11_0_off_binary_indicator_var =l= 4.223536593655531;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e305_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 4.223536593655531*relu_1_11_1_on_binary_indicator_var =g= -4.223536593655531;
e306_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 8.447073187311062*relu_1_11_1_on_binary_indicator_var =l= 8.447073187311062;
e307_.. + 1*post_1_11_1 =g= 0;
e308_.. + 1*post_1_11_1 + 4.223536593655531*relu_1_11_1_off_binary_indicator_var =l= 4.223536593655531;
e309_.. + 1*pre_1_11_1 + 4.223536593655531*relu_1_11_1_off_binary_indicator_var =l= 4.223536593655531;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_2_on_binary_indicator_var + 1*relu_1_11_2_off_binary_indicator_var =e= 1;
e312_.. - 1*pre_1_11_2 + 1*post_1_11_2 - 4.223536593655531*relu_1_11_2_on_binary_indicator_var =g= -4.223536593655531;
e313_.. - 1*pre_1_11_2 + 1*post_1_11_2 + 8.447073187311062*relu_1_11_2_on_binary_indicator_var =l= 8.447073187311062;
e314_.. + 1*post_1_11_2 =g= 0;
e315_.. + 1*post_1_11_2 + 4.223536593655531*relu_1_11_2_off_binary_indicator_var =l= 4.223536593655531;
e316_.. + 1*pre_1_11_2 + 4.223536593655531*relu_1_11_2_off_binary_indicator_var =l= 4.223536593655531;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e319_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 7.9411881018315*relu_1_12_0_on_binary_indicator_var =g= -7.9411881018315;
e320_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 15.882376203663*relu_1_12_0_on_binary_indicator_var =l= 15.882376203663;
e321_.. + 1*post_1_12_0 =g= 0;
e322_.. + 1*post_1_12_0 + 7.9411881018315*relu_1_12_0_off_binary_indicator_var =l= 7.9411881018315;
e323_.. + 1*pre_1_12_0 + 7.9411881018315*relu_1_12_0_off_binary_indicator_var =l= 7.9411881018315;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e326_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 7.9411881018315*relu_1_12_1_on_binary_indicator_var =g= -7.9411881018315;
e327_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 15.882376203663*relu_1_12_1_on_binary_indicator_var =l= 15.882376203663;
e328_.. + 1*post_1_12_1 =g= 0;
e329_.. + 1*post_1_12_1 + 7.9411881018315*relu_1_12_1_off_binary_indicator_var =l= 7.9411881018315;
e330_.. + 1*pre_1_12_1 + 7.9411881018315*relu_1_12_1_off_binary_indicator_var =l= 7.9411881018315;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_2_on_binary_indicator_var + 1*relu_1_12_2_off_binary_indicator_var =e= 1;
e333_.. - 1*pre_1_12_2 + 1*post_1_12_2 - 7.9411881018315*relu_1_12_2_on_binary_indicator_var =g= -7.9411881018315;
e334_.. - 1*pre_1_12_2 + 1*post_1_12_2 + 15.882376203663*relu_1_12_2_on_binary_indicator_var =l= 15.882376203663;
e335_.. + 1*post_1_12_2 =g= 0;
e336_.. + 1*post_1_12_2 + 7.9411881018315*relu_1_12_2_off_binary_indicator_var =l= 7.9411881018315;
e337_.. + 1*pre_1_12_2 + 7.9411881018315*relu_1_12_2_off_binary_indicator_var =l= 7.9411881018315;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e340_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 4.282407804124144*relu_1_13_0_on_binary_indicator_var =g= -4.282407804124144;
e341_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 8.564815608248288*relu_1_13_0_on_binary_indicator_var =l= 8.564815608248288;
e342_.. + 1*post_1_13_0 =g= 0;
e343_.. + 1*post_1_13_0 + 4.282407804124144*relu_1_13_0_off_binary_indicator_var =l= 4.282407804124144;
e344_.. + 1*pre_1_13_0 + 4.282407804124144*relu_1_13_0_off_binary_indicator_var =l= 4.282407804124144;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e347_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 4.282407804124144*relu_1_13_1_on_binary_indicator_var =g= -4.282407804124144;
e348_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 8.564815608248288*relu_1_13_1_on_binary_indicator_var =l= 8.564815608248288;
e349_.. + 1*post_1_13_1 =g= 0;
e350_.. + 1*post_1_13_1 + 4.282407804124144*relu_1_13_1_off_binary_indicator_var =l= 4.282407804124144;
e351_.. + 1*pre_1_13_1 + 4.282407804124144*relu_1_13_1_off_binary_indicator_var =l= 4.282407804124144;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_2_on_binary_indicator_var + 1*relu_1_13_2_off_binary_indicator_var =e= 1;
e354_.. - 1*pre_1_13_2 + 1*post_1_13_2 - 4.282407804124144*relu_1_13_2_on_binary_indicator_var =g= -4.282407804124144;
e355_.. - 1*pre_1_13_2 + 1*post_1_13_2 + 8.564815608248288*relu_1_13_2_on_binary_indicator_var =l= 8.564815608248288;
e356_.. + 1*post_1_13_2 =g= 0;
e357_.. + 1*post_1_13_2 + 4.282407804124144*relu_1_13_2_off_binary_indicator_var =l= 4.282407804124144;
e358_.. + 1*pre_1_13_2 + 4.282407804124144*relu_1_13_2_off_binary_indicator_var =l= 4.282407804124144;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e361_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 4.634583834742528*relu_1_14_0_on_binary_indicator_var =g= -4.634583834742528;
e362_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 9.269167669485055*relu_1_14_0_on_binary_indicator_var =l= 9.269167669485055;
e363_.. + 1*post_1_14_0 =g= 0;
e364_.. + 1*post_1_14_0 + 4.634583834742528*relu_1_14_0_off_binary_indicator_var =l= 4.634583834742528;
e365_.. + 1*pre_1_14_0 + 4.634583834742528*relu_1_14_0_off_binary_indicator_var =l= 4.634583834742528;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e368_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 4.634583834742528*relu_1_14_1_on_binary_indicator_var =g= -4.634583834742528;
e369_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 9.269167669485055*relu_1_14_1_on_binary_indicator_var =l= 9.269167669485055;
e370_.. + 1*post_1_14_1 =g= 0;
e371_.. + 1*post_1_14_1 + 4.634583834742528*relu_1_14_1_off_binary_indicator_var =l= 4.634583834742528;
e372_.. + 1*pre_1_14_1 + 4.634583834742528*relu_1_14_1_off_binary_indicator_var =l= 4.634583834742528;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_2_on_binary_indicator_var + 1*relu_1_14_2_off_binary_indicator_var =e= 1;
e375_.. - 1*pre_1_14_2 + 1*post_1_14_2 - 4.634583834742528*relu_1_14_2_on_binary_indicator_var =g= -4.634583834742528;
e376_.. - 1*pre_1_14_2 + 1*post_1_14_2 + 9.269167669485055*relu_1_14_2_on_binary_indicator_var =l= 9.269167669485055;
e377_.. + 1*post_1_14_2 =g= 0;
e378_.. + 1*post_1_14_2 + 4.634583834742528*relu_1_14_2_off_binary_indicator_var =l= 4.634583834742528;
e379_.. + 1*pre_1_14_2 + 4.634583834742528*relu_1_14_2_off_binary_indicator_var =l= 4.634583834742528;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e382_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 4.622818643788233*relu_1_15_0_on_binary_indicator_var =g= -4.622818643788233;
e383_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 9.245637287576466*relu_1_15_0_on_binary_indicator_var =l= 9.245637287576466;
e384_.. + 1*post_1_15_0 =g= 0;
e385_.. + 1*post_1_15_0 + 4.622818643788233*relu_1_15_0_off_binary_indicator_var =l= 4.622818643788233;
e386_.. + 1*pre_1_15_0 + 4.622818643788233*relu_1_15_0_off_binary_indicator_var =l= 4.622818643788233;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e389_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 4.622818643788233*relu_1_15_1_on_binary_indicator_var =g= -4.622818643788233;
e390_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 9.245637287576466*relu_1_15_1_on_binary_indicator_var =l= 9.245637287576466;
e391_.. + 1*post_1_15_1 =g= 0;
e392_.. + 1*post_1_15_1 + 4.622818643788233*relu_1_15_1_off_binary_indicator_var =l= 4.622818643788233;
e393_.. + 1*pre_1_15_1 + 4.622818643788233*relu_1_15_1_off_binary_indicator_var =l= 4.622818643788233;
relu_1_15_2_above_pre.. + 1*pre_1_15_2 - 1*post_1_15_2 =l= 0;
relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_2_on_binary_indicator_var + 1*relu_1_15_2_off_binary_indicator_var =e= 1;
e396_.. - 1*pre_1_15_2 + 1*post_1_15_2 - 4.622818643788233*relu_1_15_2_on_binary_indicator_var =g= -4.622818643788233;
e397_.. - 1*pre_1_15_2 + 1*post_1_15_2 + 9.245637287576466*relu_1_15_2_on_binary_indicator_var =l= 9.245637287576466;
e398_.. + 1*post_1_15_2 =g= 0;
e399_.. + 1*post_1_15_2 + 4.622818643788233*relu_1_15_2_off_binary_indicator_var =l= 4.622818643788233;
e400_.. + 1*pre_1_15_2 + 4.622818643788233*relu_1_15_2_off_binary_indicator_var =l= 4.622818643788233;

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

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
