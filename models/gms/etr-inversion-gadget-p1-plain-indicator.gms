* etr-inversion-gadget-p1-plain-indicator  (relu-opt library: etr-inversion-gadget, problem 1, plain-indicator; {"hidden": [5], "bound": 8.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_1_2_0, w_1_3_0, w_1_4_0, w_2_0_0, w_2_0_1,
  w_2_0_2, w_2_0_3, w_2_0_4, w_2_1_0, w_2_1_1, w_2_1_2, w_2_1_3, w_2_1_4,
  b_1_0, b_1_1, b_1_2, b_1_3, b_1_4, b_2_0, b_2_1, pre_1_0_0,
  pre_1_0_1, pre_1_0_2, pre_1_0_3, pre_1_0_4, pre_1_1_0, pre_1_1_1, pre_1_1_2, pre_1_1_3,
  pre_1_1_4, pre_1_2_0, pre_1_2_1, pre_1_2_2, pre_1_2_3, pre_1_2_4, pre_1_3_0, pre_1_3_1,
  pre_1_3_2, pre_1_3_3, pre_1_3_4, pre_1_4_0, pre_1_4_1, pre_1_4_2, pre_1_4_3, pre_1_4_4,
  pre_1_5_0, pre_1_5_1, pre_1_5_2, pre_1_5_3, pre_1_5_4, pre_1_6_0, pre_1_6_1, pre_1_6_2,
  pre_1_6_3, pre_1_6_4, pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_7_3, pre_1_7_4, pre_1_8_0,
  pre_1_8_1, pre_1_8_2, pre_1_8_3, pre_1_8_4, pre_1_9_0, pre_1_9_1, pre_1_9_2, pre_1_9_3,
  pre_1_9_4, pre_1_10_0, pre_1_10_1, pre_1_10_2, pre_1_10_3, pre_1_10_4, pre_1_11_0, pre_1_11_1,
  pre_1_11_2, pre_1_11_3, pre_1_11_4, pre_1_12_0, pre_1_12_1, pre_1_12_2, pre_1_12_3, pre_1_12_4,
  pre_1_13_0, pre_1_13_1, pre_1_13_2, pre_1_13_3, pre_1_13_4, pre_1_14_0, pre_1_14_1, pre_1_14_2,
  pre_1_14_3, pre_1_14_4, post_1_0_0, post_1_0_1, post_1_0_2, post_1_0_3, post_1_0_4, post_1_1_0,
  post_1_1_1, post_1_1_2, post_1_1_3, post_1_1_4, post_1_2_0, post_1_2_1, post_1_2_2, post_1_2_3,
  post_1_2_4, post_1_3_0, post_1_3_1, post_1_3_2, post_1_3_3, post_1_3_4, post_1_4_0, post_1_4_1,
  post_1_4_2, post_1_4_3, post_1_4_4, post_1_5_0, post_1_5_1, post_1_5_2, post_1_5_3, post_1_5_4,
  post_1_6_0, post_1_6_1, post_1_6_2, post_1_6_3, post_1_6_4, post_1_7_0, post_1_7_1, post_1_7_2,
  post_1_7_3, post_1_7_4, post_1_8_0, post_1_8_1, post_1_8_2, post_1_8_3, post_1_8_4, post_1_9_0,
  post_1_9_1, post_1_9_2, post_1_9_3, post_1_9_4, post_1_10_0, post_1_10_1, post_1_10_2, post_1_10_3,
  post_1_10_4, post_1_11_0, post_1_11_1, post_1_11_2, post_1_11_3, post_1_11_4, post_1_12_0, post_1_12_1,
  post_1_12_2, post_1_12_3, post_1_12_4, post_1_13_0, post_1_13_1, post_1_13_2, post_1_13_3, post_1_13_4,
  post_1_14_0, post_1_14_1, post_1_14_2, post_1_14_3, post_1_14_4, out_0_0, out_0_1, out_1_0,
  out_1_1, out_2_0, out_2_1, out_3_0, out_3_1, out_4_0, out_4_1, out_5_0,
  out_5_1, out_6_0, out_6_1, out_7_0, out_7_1, out_8_0, out_8_1, out_9_0,
  out_9_1, out_10_0, out_10_1, out_11_0, out_11_1, out_12_0, out_12_1, out_13_0,
  out_13_1, out_14_0, out_14_1;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_0_2_on_binary_indicator_var, relu_1_0_2_off_binary_indicator_var, relu_1_0_3_on_binary_indicator_var, relu_1_0_3_off_binary_indicator_var,
  relu_1_0_4_on_binary_indicator_var, relu_1_0_4_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var, relu_1_1_2_on_binary_indicator_var, relu_1_1_2_off_binary_indicator_var,
  relu_1_1_3_on_binary_indicator_var, relu_1_1_3_off_binary_indicator_var, relu_1_1_4_on_binary_indicator_var, relu_1_1_4_off_binary_indicator_var, relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var,
  relu_1_2_2_on_binary_indicator_var, relu_1_2_2_off_binary_indicator_var, relu_1_2_3_on_binary_indicator_var, relu_1_2_3_off_binary_indicator_var, relu_1_2_4_on_binary_indicator_var, relu_1_2_4_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var,
  relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var, relu_1_3_2_on_binary_indicator_var, relu_1_3_2_off_binary_indicator_var, relu_1_3_3_on_binary_indicator_var, relu_1_3_3_off_binary_indicator_var, relu_1_3_4_on_binary_indicator_var, relu_1_3_4_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_4_2_on_binary_indicator_var, relu_1_4_2_off_binary_indicator_var, relu_1_4_3_on_binary_indicator_var, relu_1_4_3_off_binary_indicator_var,
  relu_1_4_4_on_binary_indicator_var, relu_1_4_4_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var, relu_1_5_2_on_binary_indicator_var, relu_1_5_2_off_binary_indicator_var,
  relu_1_5_3_on_binary_indicator_var, relu_1_5_3_off_binary_indicator_var, relu_1_5_4_on_binary_indicator_var, relu_1_5_4_off_binary_indicator_var, relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var,
  relu_1_6_2_on_binary_indicator_var, relu_1_6_2_off_binary_indicator_var, relu_1_6_3_on_binary_indicator_var, relu_1_6_3_off_binary_indicator_var, relu_1_6_4_on_binary_indicator_var, relu_1_6_4_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var,
  relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var, relu_1_7_2_on_binary_indicator_var, relu_1_7_2_off_binary_indicator_var, relu_1_7_3_on_binary_indicator_var, relu_1_7_3_off_binary_indicator_var, relu_1_7_4_on_binary_indicator_var, relu_1_7_4_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var, relu_1_8_2_on_binary_indicator_var, relu_1_8_2_off_binary_indicator_var, relu_1_8_3_on_binary_indicator_var, relu_1_8_3_off_binary_indicator_var,
  relu_1_8_4_on_binary_indicator_var, relu_1_8_4_off_binary_indicator_var, relu_1_9_0_on_binary_indicator_var, relu_1_9_0_off_binary_indicator_var, relu_1_9_1_on_binary_indicator_var, relu_1_9_1_off_binary_indicator_var, relu_1_9_2_on_binary_indicator_var, relu_1_9_2_off_binary_indicator_var,
  relu_1_9_3_on_binary_indicator_var, relu_1_9_3_off_binary_indicator_var, relu_1_9_4_on_binary_indicator_var, relu_1_9_4_off_binary_indicator_var, relu_1_10_0_on_binary_indicator_var, relu_1_10_0_off_binary_indicator_var, relu_1_10_1_on_binary_indicator_var, relu_1_10_1_off_binary_indicator_var,
  relu_1_10_2_on_binary_indicator_var, relu_1_10_2_off_binary_indicator_var, relu_1_10_3_on_binary_indicator_var, relu_1_10_3_off_binary_indicator_var, relu_1_10_4_on_binary_indicator_var, relu_1_10_4_off_binary_indicator_var, relu_1_11_0_on_binary_indicator_var, relu_1_11_0_off_binary_indicator_var,
  relu_1_11_1_on_binary_indicator_var, relu_1_11_1_off_binary_indicator_var, relu_1_11_2_on_binary_indicator_var, relu_1_11_2_off_binary_indicator_var, relu_1_11_3_on_binary_indicator_var, relu_1_11_3_off_binary_indicator_var, relu_1_11_4_on_binary_indicator_var, relu_1_11_4_off_binary_indicator_var,
  relu_1_12_0_on_binary_indicator_var, relu_1_12_0_off_binary_indicator_var, relu_1_12_1_on_binary_indicator_var, relu_1_12_1_off_binary_indicator_var, relu_1_12_2_on_binary_indicator_var, relu_1_12_2_off_binary_indicator_var, relu_1_12_3_on_binary_indicator_var, relu_1_12_3_off_binary_indicator_var,
  relu_1_12_4_on_binary_indicator_var, relu_1_12_4_off_binary_indicator_var, relu_1_13_0_on_binary_indicator_var, relu_1_13_0_off_binary_indicator_var, relu_1_13_1_on_binary_indicator_var, relu_1_13_1_off_binary_indicator_var, relu_1_13_2_on_binary_indicator_var, relu_1_13_2_off_binary_indicator_var,
  relu_1_13_3_on_binary_indicator_var, relu_1_13_3_off_binary_indicator_var, relu_1_13_4_on_binary_indicator_var, relu_1_13_4_off_binary_indicator_var, relu_1_14_0_on_binary_indicator_var, relu_1_14_0_off_binary_indicator_var, relu_1_14_1_on_binary_indicator_var, relu_1_14_1_off_binary_indicator_var,
  relu_1_14_2_on_binary_indicator_var, relu_1_14_2_off_binary_indicator_var, relu_1_14_3_on_binary_indicator_var, relu_1_14_3_off_binary_indicator_var, relu_1_14_4_on_binary_indicator_var, relu_1_14_4_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_0_3, pre_definition_1_0_4, pre_definition_1_1_0, pre_definition_1_1_1,
  pre_definition_1_1_2, pre_definition_1_1_3, pre_definition_1_1_4, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_2_3, pre_definition_1_2_4,
  pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_3_3, pre_definition_1_3_4, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_4_3, pre_definition_1_4_4, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_5_3, pre_definition_1_5_4, pre_definition_1_6_0,
  pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_6_3, pre_definition_1_6_4, pre_definition_1_7_0, pre_definition_1_7_1, pre_definition_1_7_2, pre_definition_1_7_3,
  pre_definition_1_7_4, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_8_3, pre_definition_1_8_4, pre_definition_1_9_0, pre_definition_1_9_1,
  pre_definition_1_9_2, pre_definition_1_9_3, pre_definition_1_9_4, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_10_3, pre_definition_1_10_4,
  pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_11_3, pre_definition_1_11_4, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2,
  pre_definition_1_12_3, pre_definition_1_12_4, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_13_3, pre_definition_1_13_4, pre_definition_1_14_0,
  pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_14_3, pre_definition_1_14_4, out_definition_0_0, out_definition_0_1, out_definition_1_0, out_definition_1_1,
  out_definition_2_0, out_definition_2_1, out_definition_3_0, out_definition_3_1, out_definition_4_0, out_definition_4_1, out_definition_5_0, out_definition_5_1,
  out_definition_6_0, out_definition_6_1, out_definition_7_0, out_definition_7_1, out_definition_8_0, out_definition_8_1, out_definition_9_0, out_definition_9_1,
  out_definition_10_0, out_definition_10_1, out_definition_11_0, out_definition_11_1, out_definition_12_0, out_definition_12_1, out_definition_13_0, out_definition_13_1,
  out_definition_14_0, out_definition_14_1, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e108_, e109_, e110_, e111_,
  e112_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e115_, e116_, e117_, e118_, e119_,
  relu_1_0_2_above_pre, relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor, e122_, e123_, e124_, e125_, e126_, relu_1_0_3_above_pre,
  relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor, e129_, e130_, e131_, e132_, e133_, relu_1_0_4_above_pre, relu_1_0_4__pyomo_gdp_bigm_reformulation_either_xor,
  e136_, e137_, e138_, e139_, e140_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e143_,
  e144_, e145_, e146_, e147_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e150_, e151_,
  e152_, e153_, e154_, relu_1_1_2_above_pre, relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor, e157_, e158_, e159_,
  e160_, e161_, relu_1_1_3_above_pre, relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor, e164_, e165_, e166_, e167_,
  e168_, relu_1_1_4_above_pre, relu_1_1_4__pyomo_gdp_bigm_reformulation_either_xor, e171_, e172_, e173_, e174_, e175_,
  relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e178_, e179_, e180_, e181_, e182_, relu_1_2_1_above_pre,
  relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e185_, e186_, e187_, e188_, e189_, relu_1_2_2_above_pre, relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor,
  e192_, e193_, e194_, e195_, e196_, relu_1_2_3_above_pre, relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor, e199_,
  e200_, e201_, e202_, e203_, relu_1_2_4_above_pre, relu_1_2_4__pyomo_gdp_bigm_reformulation_either_xor, e206_, e207_,
  e208_, e209_, e210_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e213_, e214_, e215_,
  e216_, e217_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e220_, e221_, e222_, e223_,
  e224_, relu_1_3_2_above_pre, relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor, e227_, e228_, e229_, e230_, e231_,
  relu_1_3_3_above_pre, relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor, e234_, e235_, e236_, e237_, e238_, relu_1_3_4_above_pre,
  relu_1_3_4__pyomo_gdp_bigm_reformulation_either_xor, e241_, e242_, e243_, e244_, e245_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor,
  e248_, e249_, e250_, e251_, e252_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e255_,
  e256_, e257_, e258_, e259_, relu_1_4_2_above_pre, relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor, e262_, e263_,
  e264_, e265_, e266_, relu_1_4_3_above_pre, relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor, e269_, e270_, e271_,
  e272_, e273_, relu_1_4_4_above_pre, relu_1_4_4__pyomo_gdp_bigm_reformulation_either_xor, e276_, e277_, e278_, e279_,
  e280_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e283_, e284_, e285_, e286_, e287_,
  relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e290_, e291_, e292_, e293_, e294_, relu_1_5_2_above_pre,
  relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor, e297_, e298_, e299_, e300_, e301_, relu_1_5_3_above_pre, relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor,
  e304_, e305_, e306_, e307_, e308_, relu_1_5_4_above_pre, relu_1_5_4__pyomo_gdp_bigm_reformulation_either_xor, e311_,
  e312_, e313_, e314_, e315_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e318_, e319_,
  e320_, e321_, e322_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e325_, e326_, e327_,
  e328_, e329_, relu_1_6_2_above_pre, relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor, e332_, e333_, e334_, e335_,
  e336_, relu_1_6_3_above_pre, relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor, e339_, e340_, e341_, e342_, e343_,
  relu_1_6_4_above_pre, relu_1_6_4__pyomo_gdp_bigm_reformulation_either_xor, e346_, e347_, e348_, e349_, e350_, relu_1_7_0_above_pre,
  relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e353_, e354_, e355_, e356_, e357_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor,
  e360_, e361_, e362_, e363_, e364_, relu_1_7_2_above_pre, relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor, e367_,
  e368_, e369_, e370_, e371_, relu_1_7_3_above_pre, relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor, e374_, e375_,
  e376_, e377_, e378_, relu_1_7_4_above_pre, relu_1_7_4__pyomo_gdp_bigm_reformulation_either_xor, e381_, e382_, e383_,
  e384_, e385_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e388_, e389_, e390_, e391_,
  e392_, relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e395_, e396_, e397_, e398_, e399_,
  relu_1_8_2_above_pre, relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor, e402_, e403_, e404_, e405_, e406_, relu_1_8_3_above_pre,
  relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor, e409_, e410_, e411_, e412_, e413_, relu_1_8_4_above_pre, relu_1_8_4__pyomo_gdp_bigm_reformulation_either_xor,
  e416_, e417_, e418_, e419_, e420_, relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e423_,
  e424_, e425_, e426_, e427_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e430_, e431_,
  e432_, e433_, e434_, relu_1_9_2_above_pre, relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor, e437_, e438_, e439_,
  e440_, e441_, relu_1_9_3_above_pre, relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor, e444_, e445_, e446_, e447_,
  e448_, relu_1_9_4_above_pre, relu_1_9_4__pyomo_gdp_bigm_reformulation_either_xor, e451_, e452_, e453_, e454_, e455_,
  relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e458_, e459_, e460_, e461_, e462_, relu_1_10_1_above_pre,
  relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e465_, e466_, e467_, e468_, e469_, relu_1_10_2_above_pre, relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor,
  e472_, e473_, e474_, e475_, e476_, relu_1_10_3_above_pre, relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor, e479_,
  e480_, e481_, e482_, e483_, relu_1_10_4_above_pre, relu_1_10_4__pyomo_gdp_bigm_reformulation_either_xor, e486_, e487_,
  e488_, e489_, e490_, relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e493_, e494_, e495_,
  e496_, e497_, relu_1_11_1_above_pre, relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e500_, e501_, e502_, e503_,
  e504_, relu_1_11_2_above_pre, relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor, e507_, e508_, e509_, e510_, e511_,
  relu_1_11_3_above_pre, relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor, e514_, e515_, e516_, e517_, e518_, relu_1_11_4_above_pre,
  relu_1_11_4__pyomo_gdp_bigm_reformulation_either_xor, e521_, e522_, e523_, e524_, e525_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor,
  e528_, e529_, e530_, e531_, e532_, relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e535_,
  e536_, e537_, e538_, e539_, relu_1_12_2_above_pre, relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor, e542_, e543_,
  e544_, e545_, e546_, relu_1_12_3_above_pre, relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor, e549_, e550_, e551_,
  e552_, e553_, relu_1_12_4_above_pre, relu_1_12_4__pyomo_gdp_bigm_reformulation_either_xor, e556_, e557_, e558_, e559_,
  e560_, relu_1_13_0_above_pre, relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e563_, e564_, e565_, e566_, e567_,
  relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor, e570_, e571_, e572_, e573_, e574_, relu_1_13_2_above_pre,
  relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor, e577_, e578_, e579_, e580_, e581_, relu_1_13_3_above_pre, relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor,
  e584_, e585_, e586_, e587_, e588_, relu_1_13_4_above_pre, relu_1_13_4__pyomo_gdp_bigm_reformulation_either_xor, e591_,
  e592_, e593_, e594_, e595_, relu_1_14_0_above_pre, relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e598_, e599_,
  e600_, e601_, e602_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor, e605_, e606_, e607_,
  e608_, e609_, relu_1_14_2_above_pre, relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor, e612_, e613_, e614_, e615_,
  e616_, relu_1_14_3_above_pre, relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor, e619_, e620_, e621_, e622_, e623_,
  relu_1_14_4_above_pre, relu_1_14_4__pyomo_gdp_bigm_reformulation_either_xor, e626_, e627_, e628_, e629_, e630_;

e_obj.. - objvar - 0.25*out_3_0 - 0.5*out_4_0 - 0.75*out_5_0 - 1*out_6_0 - 2*out_7_0 - 1.4285714285714286*out_8_0 - 2.938775510204082*out_8_1
    - 0.5*out_9_0 - 4*out_9_1 - 0.375*out_10_0 - 3*out_10_1 - 0.25*out_11_0 - 2*out_11_1 + 1*sqr(out_0_0) + 1*sqr(out_0_1)
    + 1*sqr(out_1_0) + 1*sqr(out_1_1) + 1*sqr(out_2_0) + 1*sqr(out_2_1) + 1*sqr(out_3_0) + 1*sqr(out_3_1) + 1*sqr(out_4_0) + 1*sqr(out_4_1)
    + 1*sqr(out_5_0) + 1*sqr(out_5_1) + 1*sqr(out_6_0) + 1*sqr(out_6_1) + 1*sqr(out_7_0) + 1*sqr(out_7_1) + 1*sqr(out_8_0) + 1*sqr(out_8_1)
    + 1*sqr(out_9_0) + 1*sqr(out_9_1) + 1*sqr(out_10_0) + 1*sqr(out_10_1) + 1*sqr(out_11_0) + 1*sqr(out_11_1) + 1*sqr(out_12_0) + 1*sqr(out_12_1)
    + 1*sqr(out_13_0) + 1*sqr(out_13_1) + 1*sqr(out_14_0) + 1*sqr(out_14_1) + 11.501335706476468 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 1*w_1_2_0 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_0_3.. + 1*w_1_3_0 - 1*b_1_3 + 1*pre_1_0_3 =e= 0;
pre_definition_1_0_4.. + 1*w_1_4_0 - 1*b_1_4 + 1*pre_1_0_4 =e= 0;
pre_definition_1_1_0.. + 0.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_1_3.. + 0.75*w_1_3_0 - 1*b_1_3 + 1*pre_1_1_3 =e= 0;
pre_definition_1_1_4.. + 0.75*w_1_4_0 - 1*b_1_4 + 1*pre_1_1_4 =e= 0;
pre_definition_1_2_0.. + 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. + 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_2_3.. + 0.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_2_3 =e= 0;
pre_definition_1_2_4.. + 0.5*w_1_4_0 - 1*b_1_4 + 1*pre_1_2_4 =e= 0;
pre_definition_1_3_0.. - 0.125*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.125*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. - 0.125*w_1_2_0 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_3_3.. - 0.125*w_1_3_0 - 1*b_1_3 + 1*pre_1_3_3 =e= 0;
pre_definition_1_3_4.. - 0.125*w_1_4_0 - 1*b_1_4 + 1*pre_1_3_4 =e= 0;
pre_definition_1_4_0.. - 0.25*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.25*w_1_1_0 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. - 0.25*w_1_2_0 - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_4_3.. - 0.25*w_1_3_0 - 1*b_1_3 + 1*pre_1_4_3 =e= 0;
pre_definition_1_4_4.. - 0.25*w_1_4_0 - 1*b_1_4 + 1*pre_1_4_4 =e= 0;
pre_definition_1_5_0.. - 0.375*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.375*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.375*w_1_2_0 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_5_3.. - 0.375*w_1_3_0 - 1*b_1_3 + 1*pre_1_5_3 =e= 0;
pre_definition_1_5_4.. - 0.375*w_1_4_0 - 1*b_1_4 + 1*pre_1_5_4 =e= 0;
pre_definition_1_6_0.. - 0.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. - 0.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_6_3.. - 0.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_6_3 =e= 0;
pre_definition_1_6_4.. - 0.5*w_1_4_0 - 1*b_1_4 + 1*pre_1_6_4 =e= 0;
pre_definition_1_7_0.. - 2*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 2*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 2*w_1_2_0 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_7_3.. - 2*w_1_3_0 - 1*b_1_3 + 1*pre_1_7_3 =e= 0;
pre_definition_1_7_4.. - 2*w_1_4_0 - 1*b_1_4 + 1*pre_1_7_4 =e= 0;
pre_definition_1_8_0.. - 4.571428571428571*w_1_0_0 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 4.571428571428571*w_1_1_0 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 4.571428571428571*w_1_2_0 - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_8_3.. - 4.571428571428571*w_1_3_0 - 1*b_1_3 + 1*pre_1_8_3 =e= 0;
pre_definition_1_8_4.. - 4.571428571428571*w_1_4_0 - 1*b_1_4 + 1*pre_1_8_4 =e= 0;
pre_definition_1_9_0.. - 5.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 5.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. - 5.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_9_3.. - 5.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_9_3 =e= 0;
pre_definition_1_9_4.. - 5.5*w_1_4_0 - 1*b_1_4 + 1*pre_1_9_4 =e= 0;
pre_definition_1_10_0.. - 5.625*w_1_0_0 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 5.625*w_1_1_0 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 5.625*w_1_2_0 - 1*b_1_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_10_3.. - 5.625*w_1_3_0 - 1*b_1_3 + 1*pre_1_10_3 =e= 0;
pre_definition_1_10_4.. - 5.625*w_1_4_0 - 1*b_1_4 + 1*pre_1_10_4 =e= 0;
pre_definition_1_11_0.. - 5.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 5.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. - 5.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_11_3.. - 5.75*w_1_3_0 - 1*b_1_3 + 1*pre_1_11_3 =e= 0;
pre_definition_1_11_4.. - 5.75*w_1_4_0 - 1*b_1_4 + 1*pre_1_11_4 =e= 0;
pre_definition_1_12_0.. - 6.5*w_1_0_0 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 6.5*w_1_1_0 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 6.5*w_1_2_0 - 1*b_1_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_12_3.. - 6.5*w_1_3_0 - 1*b_1_3 + 1*pre_1_12_3 =e= 0;
pre_definition_1_12_4.. - 6.5*w_1_4_0 - 1*b_1_4 + 1*pre_1_12_4 =e= 0;
pre_definition_1_13_0.. - 6.75*w_1_0_0 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 6.75*w_1_1_0 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. - 6.75*w_1_2_0 - 1*b_1_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_13_3.. - 6.75*w_1_3_0 - 1*b_1_3 + 1*pre_1_13_3 =e= 0;
pre_definition_1_13_4.. - 6.75*w_1_4_0 - 1*b_1_4 + 1*pre_1_13_4 =e= 0;
pre_definition_1_14_0.. - 7*w_1_0_0 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 7*w_1_1_0 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. - 7*w_1_2_0 - 1*b_1_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_14_3.. - 7*w_1_3_0 - 1*b_1_3 + 1*pre_1_14_3 =e= 0;
pre_definition_1_14_4.. - 7*w_1_4_0 - 1*b_1_4 + 1*pre_1_14_4 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 - 1*w_2_0_2*post_1_0_2 - 1*w_2_0_3*post_1_0_3 - 1*w_2_0_4*post_1_0_4 =e= 0;
out_definition_0_1.. - 1*b_2_1 + 1*out_0_1 - 1*w_2_1_0*post_1_0_0 - 1*w_2_1_1*post_1_0_1 - 1*w_2_1_2*post_1_0_2 - 1*w_2_1_3*post_1_0_3 - 1*w_2_1_4*post_1_0_4 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 - 1*w_2_0_2*post_1_1_2 - 1*w_2_0_3*post_1_1_3 - 1*w_2_0_4*post_1_1_4 =e= 0;
out_definition_1_1.. - 1*b_2_1 + 1*out_1_1 - 1*w_2_1_0*post_1_1_0 - 1*w_2_1_1*post_1_1_1 - 1*w_2_1_2*post_1_1_2 - 1*w_2_1_3*post_1_1_3 - 1*w_2_1_4*post_1_1_4 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 - 1*w_2_0_2*post_1_2_2 - 1*w_2_0_3*post_1_2_3 - 1*w_2_0_4*post_1_2_4 =e= 0;
out_definition_2_1.. - 1*b_2_1 + 1*out_2_1 - 1*w_2_1_0*post_1_2_0 - 1*w_2_1_1*post_1_2_1 - 1*w_2_1_2*post_1_2_2 - 1*w_2_1_3*post_1_2_3 - 1*w_2_1_4*post_1_2_4 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 - 1*w_2_0_2*post_1_3_2 - 1*w_2_0_3*post_1_3_3 - 1*w_2_0_4*post_1_3_4 =e= 0;
out_definition_3_1.. - 1*b_2_1 + 1*out_3_1 - 1*w_2_1_0*post_1_3_0 - 1*w_2_1_1*post_1_3_1 - 1*w_2_1_2*post_1_3_2 - 1*w_2_1_3*post_1_3_3 - 1*w_2_1_4*post_1_3_4 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 - 1*w_2_0_2*post_1_4_2 - 1*w_2_0_3*post_1_4_3 - 1*w_2_0_4*post_1_4_4 =e= 0;
out_definition_4_1.. - 1*b_2_1 + 1*out_4_1 - 1*w_2_1_0*post_1_4_0 - 1*w_2_1_1*post_1_4_1 - 1*w_2_1_2*post_1_4_2 - 1*w_2_1_3*post_1_4_3 - 1*w_2_1_4*post_1_4_4 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 - 1*w_2_0_2*post_1_5_2 - 1*w_2_0_3*post_1_5_3 - 1*w_2_0_4*post_1_5_4 =e= 0;
out_definition_5_1.. - 1*b_2_1 + 1*out_5_1 - 1*w_2_1_0*post_1_5_0 - 1*w_2_1_1*post_1_5_1 - 1*w_2_1_2*post_1_5_2 - 1*w_2_1_3*post_1_5_3 - 1*w_2_1_4*post_1_5_4 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 - 1*w_2_0_2*post_1_6_2 - 1*w_2_0_3*post_1_6_3 - 1*w_2_0_4*post_1_6_4 =e= 0;
out_definition_6_1.. - 1*b_2_1 + 1*out_6_1 - 1*w_2_1_0*post_1_6_0 - 1*w_2_1_1*post_1_6_1 - 1*w_2_1_2*post_1_6_2 - 1*w_2_1_3*post_1_6_3 - 1*w_2_1_4*post_1_6_4 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 - 1*w_2_0_2*post_1_7_2 - 1*w_2_0_3*post_1_7_3 - 1*w_2_0_4*post_1_7_4 =e= 0;
out_definition_7_1.. - 1*b_2_1 + 1*out_7_1 - 1*w_2_1_0*post_1_7_0 - 1*w_2_1_1*post_1_7_1 - 1*w_2_1_2*post_1_7_2 - 1*w_2_1_3*post_1_7_3 - 1*w_2_1_4*post_1_7_4 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 - 1*w_2_0_2*post_1_8_2 - 1*w_2_0_3*post_1_8_3 - 1*w_2_0_4*post_1_8_4 =e= 0;
out_definition_8_1.. - 1*b_2_1 + 1*out_8_1 - 1*w_2_1_0*post_1_8_0 - 1*w_2_1_1*post_1_8_1 - 1*w_2_1_2*post_1_8_2 - 1*w_2_1_3*post_1_8_3 - 1*w_2_1_4*post_1_8_4 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 - 1*w_2_0_2*post_1_9_2 - 1*w_2_0_3*post_1_9_3 - 1*w_2_0_4*post_1_9_4 =e= 0;
out_definition_9_1.. - 1*b_2_1 + 1*out_9_1 - 1*w_2_1_0*post_1_9_0 - 1*w_2_1_1*post_1_9_1 - 1*w_2_1_2*post_1_9_2 - 1*w_2_1_3*post_1_9_3 - 1*w_2_1_4*post_1_9_4 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 - 1*w_2_0_2*post_1_10_2 - 1*w_2_0_3*post_1_10_3 - 1*w_2_0_4*post_1_10_4 =e= 0;
out_definition_10_1.. - 1*b_2_1 + 1*out_10_1 - 1*w_2_1_0*post_1_10_0 - 1*w_2_1_1*post_1_10_1 - 1*w_2_1_2*post_1_10_2 - 1*w_2_1_3*post_1_10_3 - 1*w_2_1_4*post_1_10_4 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 - 1*w_2_0_2*post_1_11_2 - 1*w_2_0_3*post_1_11_3 - 1*w_2_0_4*post_1_11_4 =e= 0;
out_definition_11_1.. - 1*b_2_1 + 1*out_11_1 - 1*w_2_1_0*post_1_11_0 - 1*w_2_1_1*post_1_11_1 - 1*w_2_1_2*post_1_11_2 - 1*w_2_1_3*post_1_11_3 - 1*w_2_1_4*post_1_11_4 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 - 1*w_2_0_2*post_1_12_2 - 1*w_2_0_3*post_1_12_3 - 1*w_2_0_4*post_1_12_4 =e= 0;
out_definition_12_1.. - 1*b_2_1 + 1*out_12_1 - 1*w_2_1_0*post_1_12_0 - 1*w_2_1_1*post_1_12_1 - 1*w_2_1_2*post_1_12_2 - 1*w_2_1_3*post_1_12_3 - 1*w_2_1_4*post_1_12_4 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 - 1*w_2_0_2*post_1_13_2 - 1*w_2_0_3*post_1_13_3 - 1*w_2_0_4*post_1_13_4 =e= 0;
out_definition_13_1.. - 1*b_2_1 + 1*out_13_1 - 1*w_2_1_0*post_1_13_0 - 1*w_2_1_1*post_1_13_1 - 1*w_2_1_2*post_1_13_2 - 1*w_2_1_3*post_1_13_3 - 1*w_2_1_4*post_1_13_4 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 - 1*w_2_0_2*post_1_14_2 - 1*w_2_0_3*post_1_14_3 - 1*w_2_0_4*post_1_14_4 =e= 0;
out_definition_14_1.. - 1*b_2_1 + 1*out_14_1 - 1*w_2_1_0*post_1_14_0 - 1*w_2_1_1*post_1_14_1 - 1*w_2_1_2*post_1_14_2 - 1*w_2_1_3*post_1_14_3 - 1*w_2_1_4*post_1_14_4 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e108_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 16*relu_1_0_0_on_binary_indicator_var =g= -16;
e109_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 32*relu_1_0_0_on_binary_indicator_var =l= 32;
e110_.. + 1*post_1_0_0 =g= 0;
e111_.. + 1*post_1_0_0 + 16*relu_1_0_0_off_binary_indicator_var =l= 16;
e112_.. + 1*pre_1_0_0 + 16*relu_1_0_0_off_binary_indicator_var =l= 16;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e115_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 16*relu_1_0_1_on_binary_indicator_var =g= -16;
e116_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 32*relu_1_0_1_on_binary_indicator_var =l= 32;
e117_.. + 1*post_1_0_1 =g= 0;
e118_.. + 1*post_1_0_1 + 16*relu_1_0_1_off_binary_indicator_var =l= 16;
e119_.. + 1*pre_1_0_1 + 16*relu_1_0_1_off_binary_indicator_var =l= 16;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_2_on_binary_indicator_var + 1*relu_1_0_2_off_binary_indicator_var =e= 1;
e122_.. - 1*pre_1_0_2 + 1*post_1_0_2 - 16*relu_1_0_2_on_binary_indicator_var =g= -16;
e123_.. - 1*pre_1_0_2 + 1*post_1_0_2 + 32*relu_1_0_2_on_binary_indicator_var =l= 32;
e124_.. + 1*post_1_0_2 =g= 0;
e125_.. + 1*post_1_0_2 + 16*relu_1_0_2_off_binary_indicator_var =l= 16;
e126_.. + 1*pre_1_0_2 + 16*relu_1_0_2_off_binary_indicator_var =l= 16;
relu_1_0_3_above_pre.. + 1*pre_1_0_3 - 1*post_1_0_3 =l= 0;
relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_3_on_binary_indicator_var + 1*relu_1_0_3_off_binary_indicator_var =e= 1;
e129_.. - 1*pre_1_0_3 + 1*post_1_0_3 - 16*relu_1_0_3_on_binary_indicator_var =g= -16;
e130_.. - 1*pre_1_0_3 + 1*post_1_0_3 + 32*relu_1_0_3_on_binary_indicator_var =l= 32;
e131_.. + 1*post_1_0_3 =g= 0;
e132_.. + 1*post_1_0_3 + 16*relu_1_0_3_off_binary_indicator_var =l= 16;
e133_.. + 1*pre_1_0_3 + 16*relu_1_0_3_off_binary_indicator_var =l= 16;
relu_1_0_4_above_pre.. + 1*pre_1_0_4 - 1*post_1_0_4 =l= 0;
relu_1_0_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_4_on_binary_indicator_var + 1*relu_1_0_4_off_binary_indicator_var =e= 1;
e136_.. - 1*pre_1_0_4 + 1*post_1_0_4 - 16*relu_1_0_4_on_binary_indicator_var =g= -16;
e137_.. - 1*pre_1_0_4 + 1*post_1_0_4 + 32*relu_1_0_4_on_binary_indicator_var =l= 32;
e138_.. + 1*post_1_0_4 =g= 0;
e139_.. + 1*post_1_0_4 + 16*relu_1_0_4_off_binary_indicator_var =l= 16;
e140_.. + 1*pre_1_0_4 + 16*relu_1_0_4_off_binary_indicator_var =l= 16;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e143_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 14*relu_1_1_0_on_binary_indicator_var =g= -14;
e144_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 28*relu_1_1_0_on_binary_indicator_var =l= 28;
e145_.. + 1*post_1_1_0 =g= 0;
e146_.. + 1*post_1_1_0 + 14*relu_1_1_0_off_binary_indicator_var =l= 14;
e147_.. + 1*pre_1_1_0 + 14*relu_1_1_0_off_binary_indicator_var =l= 14;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e150_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 14*relu_1_1_1_on_binary_indicator_var =g= -14;
e151_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 28*relu_1_1_1_on_binary_indicator_var =l= 28;
e152_.. + 1*post_1_1_1 =g= 0;
e153_.. + 1*post_1_1_1 + 14*relu_1_1_1_off_binary_indicator_var =l= 14;
e154_.. + 1*pre_1_1_1 + 14*relu_1_1_1_off_binary_indicator_var =l= 14;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_2_on_binary_indicator_var + 1*relu_1_1_2_off_binary_indicator_var =e= 1;
e157_.. - 1*pre_1_1_2 + 1*post_1_1_2 - 14*relu_1_1_2_on_binary_indicator_var =g= -14;
e158_.. - 1*pre_1_1_2 + 1*post_1_1_2 + 28*relu_1_1_2_on_binary_indicator_var =l= 28;
e159_.. + 1*post_1_1_2 =g= 0;
e160_.. + 1*post_1_1_2 + 14*relu_1_1_2_off_binary_indicator_var =l= 14;
e161_.. + 1*pre_1_1_2 + 14*relu_1_1_2_off_binary_indicator_var =l= 14;
relu_1_1_3_above_pre.. + 1*pre_1_1_3 - 1*post_1_1_3 =l= 0;
relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_3_on_binary_indicator_var + 1*relu_1_1_3_off_binary_indicator_var =e= 1;
e164_.. - 1*pre_1_1_3 + 1*post_1_1_3 - 14*relu_1_1_3_on_binary_indicator_var =g= -14;
e165_.. - 1*pre_1_1_3 + 1*post_1_1_3 + 28*relu_1_1_3_on_binary_indicator_var =l= 28;
e166_.. + 1*post_1_1_3 =g= 0;
e167_.. + 1*post_1_1_3 + 14*relu_1_1_3_off_binary_indicator_var =l= 14;
e168_.. + 1*pre_1_1_3 + 14*relu_1_1_3_off_binary_indicator_var =l= 14;
relu_1_1_4_above_pre.. + 1*pre_1_1_4 - 1*post_1_1_4 =l= 0;
relu_1_1_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_4_on_binary_indicator_var + 1*relu_1_1_4_off_binary_indicator_var =e= 1;
e171_.. - 1*pre_1_1_4 + 1*post_1_1_4 - 14*relu_1_1_4_on_binary_indicator_var =g= -14;
e172_.. - 1*pre_1_1_4 + 1*post_1_1_4 + 28*relu_1_1_4_on_binary_indicator_var =l= 28;
e173_.. + 1*post_1_1_4 =g= 0;
e174_.. + 1*post_1_1_4 + 14*relu_1_1_4_off_binary_indicator_var =l= 14;
e175_.. + 1*pre_1_1_4 + 14*relu_1_1_4_off_binary_indicator_var =l= 14;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e178_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 12*relu_1_2_0_on_binary_indicator_var =g= -12;
e179_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 24*relu_1_2_0_on_binary_indicator_var =l= 24;
e180_.. + 1*post_1_2_0 =g= 0;
e181_.. + 1*post_1_2_0 + 12*relu_1_2_0_off_binary_indicator_var =l= 12;
e182_.. + 1*pre_1_2_0 + 12*relu_1_2_0_off_binary_indicator_var =l= 12;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e185_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 12*relu_1_2_1_on_binary_indicator_var =g= -12;
e186_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 24*relu_1_2_1_on_binary_indicator_var =l= 24;
e187_.. + 1*post_1_2_1 =g= 0;
e188_.. + 1*post_1_2_1 + 12*relu_1_2_1_off_binary_indicator_var =l= 12;
e189_.. + 1*pre_1_2_1 + 12*relu_1_2_1_off_binary_indicator_var =l= 12;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_2_on_binary_indicator_var + 1*relu_1_2_2_off_binary_indicator_var =e= 1;
e192_.. - 1*pre_1_2_2 + 1*post_1_2_2 - 12*relu_1_2_2_on_binary_indicator_var =g= -12;
e193_.. - 1*pre_1_2_2 + 1*post_1_2_2 + 24*relu_1_2_2_on_binary_indicator_var =l= 24;
e194_.. + 1*post_1_2_2 =g= 0;
e195_.. + 1*post_1_2_2 + 12*relu_1_2_2_off_binary_indicator_var =l= 12;
e196_.. + 1*pre_1_2_2 + 12*relu_1_2_2_off_binary_indicator_var =l= 12;
relu_1_2_3_above_pre.. + 1*pre_1_2_3 - 1*post_1_2_3 =l= 0;
relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_3_on_binary_indicator_var + 1*relu_1_2_3_off_binary_indicator_var =e= 1;
e199_.. - 1*pre_1_2_3 + 1*post_1_2_3 - 12*relu_1_2_3_on_binary_indicator_var =g= -12;
e200_.. - 1*pre_1_2_3 + 1*post_1_2_3 + 24*relu_1_2_3_on_binary_indicator_var =l= 24;
e201_.. + 1*post_1_2_3 =g= 0;
e202_.. + 1*post_1_2_3 + 12*relu_1_2_3_off_binary_indicator_var =l= 12;
e203_.. + 1*pre_1_2_3 + 12*relu_1_2_3_off_binary_indicator_var =l= 12;
relu_1_2_4_above_pre.. + 1*pre_1_2_4 - 1*post_1_2_4 =l= 0;
relu_1_2_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_4_on_binary_indicator_var + 1*relu_1_2_4_off_binary_indicator_var =e= 1;
e206_.. - 1*pre_1_2_4 + 1*post_1_2_4 - 12*relu_1_2_4_on_binary_indicator_var =g= -12;
e207_.. - 1*pre_1_2_4 + 1*post_1_2_4 + 24*relu_1_2_4_on_binary_indicator_var =l= 24;
e208_.. + 1*post_1_2_4 =g= 0;
e209_.. + 1*post_1_2_4 + 12*relu_1_2_4_off_binary_indicator_var =l= 12;
e210_.. + 1*pre_1_2_4 + 12*relu_1_2_4_off_binary_indicator_var =l= 12;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e213_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 9*relu_1_3_0_on_binary_indicator_var =g= -9;
e214_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 18*relu_1_3_0_on_binary_indicator_var =l= 18;
e215_.. + 1*post_1_3_0 =g= 0;
e216_.. + 1*post_1_3_0 + 9*relu_1_3_0_off_binary_indicator_var =l= 9;
e217_.. + 1*pre_1_3_0 + 9*relu_1_3_0_off_binary_indicator_var =l= 9;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e220_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 9*relu_1_3_1_on_binary_indicator_var =g= -9;
e221_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 18*relu_1_3_1_on_binary_indicator_var =l= 18;
e222_.. + 1*post_1_3_1 =g= 0;
e223_.. + 1*post_1_3_1 + 9*relu_1_3_1_off_binary_indicator_var =l= 9;
e224_.. + 1*pre_1_3_1 + 9*relu_1_3_1_off_binary_indicator_var =l= 9;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_2_on_binary_indicator_var + 1*relu_1_3_2_off_binary_indicator_var =e= 1;
e227_.. - 1*pre_1_3_2 + 1*post_1_3_2 - 9*relu_1_3_2_on_binary_indicator_var =g= -9;
e228_.. - 1*pre_1_3_2 + 1*post_1_3_2 + 18*relu_1_3_2_on_binary_indicator_var =l= 18;
e229_.. + 1*post_1_3_2 =g= 0;
e230_.. + 1*post_1_3_2 + 9*relu_1_3_2_off_binary_indicator_var =l= 9;
e231_.. + 1*pre_1_3_2 + 9*relu_1_3_2_off_binary_indicator_var =l= 9;
relu_1_3_3_above_pre.. + 1*pre_1_3_3 - 1*post_1_3_3 =l= 0;
relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_3_on_binary_indicator_var + 1*relu_1_3_3_off_binary_indicator_var =e= 1;
e234_.. - 1*pre_1_3_3 + 1*post_1_3_3 - 9*relu_1_3_3_on_binary_indicator_var =g= -9;
e235_.. - 1*pre_1_3_3 + 1*post_1_3_3 + 18*relu_1_3_3_on_binary_indicator_var =l= 18;
e236_.. + 1*post_1_3_3 =g= 0;
e237_.. + 1*post_1_3_3 + 9*relu_1_3_3_off_binary_indicator_var =l= 9;
e238_.. + 1*pre_1_3_3 + 9*relu_1_3_3_off_binary_indicator_var =l= 9;
relu_1_3_4_above_pre.. + 1*pre_1_3_4 - 1*post_1_3_4 =l= 0;
relu_1_3_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_4_on_binary_indicator_var + 1*relu_1_3_4_off_binary_indicator_var =e= 1;
e241_.. - 1*pre_1_3_4 + 1*post_1_3_4 - 9*relu_1_3_4_on_binary_indicator_var =g= -9;
e242_.. - 1*pre_1_3_4 + 1*post_1_3_4 + 18*relu_1_3_4_on_binary_indicator_var =l= 18;
e243_.. + 1*post_1_3_4 =g= 0;
e244_.. + 1*post_1_3_4 + 9*relu_1_3_4_off_binary_indicator_var =l= 9;
e245_.. + 1*pre_1_3_4 + 9*relu_1_3_4_off_binary_indicator_var =l= 9;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e248_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 10*relu_1_4_0_on_binary_indicator_var =g= -10;
e249_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 20*relu_1_4_0_on_binary_indicator_var =l= 20;
e250_.. + 1*post_1_4_0 =g= 0;
e251_.. + 1*post_1_4_0 + 10*relu_1_4_0_off_binary_indicator_var =l= 10;
e252_.. + 1*pre_1_4_0 + 10*relu_1_4_0_off_binary_indicator_var =l= 10;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e255_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 10*relu_1_4_1_on_binary_indicator_var =g= -10;
e256_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 20*relu_1_4_1_on_binary_indicator_var =l= 20;
e257_.. + 1*post_1_4_1 =g= 0;
e258_.. + 1*post_1_4_1 + 10*relu_1_4_1_off_binary_indicator_var =l= 10;
e259_.. + 1*pre_1_4_1 + 10*relu_1_4_1_off_binary_indicator_var =l= 10;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_2_on_binary_indicator_var + 1*relu_1_4_2_off_binary_indicator_var =e= 1;
e262_.. - 1*pre_1_4_2 + 1*post_1_4_2 - 10*relu_1_4_2_on_binary_indicator_var =g= -10;
e263_.. - 1*pre_1_4_2 + 1*post_1_4_2 + 20*relu_1_4_2_on_binary_indicator_var =l= 20;
e264_.. + 1*post_1_4_2 =g= 0;
e265_.. + 1*post_1_4_2 + 10*relu_1_4_2_off_binary_indicator_var =l= 10;
e266_.. + 1*pre_1_4_2 + 10*relu_1_4_2_off_binary_indicator_var =l= 10;
relu_1_4_3_above_pre.. + 1*pre_1_4_3 - 1*post_1_4_3 =l= 0;
relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_3_on_binary_indicator_var + 1*relu_1_4_3_off_binary_indicator_var =e= 1;
e269_.. - 1*pre_1_4_3 + 1*post_1_4_3 - 10*relu_1_4_3_on_binary_indicator_var =g= -10;
e270_.. - 1*pre_1_4_3 + 1*post_1_4_3 + 20*relu_1_4_3_on_binary_indicator_var =l= 20;
e271_.. + 1*post_1_4_3 =g= 0;
e272_.. + 1*post_1_4_3 + 10*relu_1_4_3_off_binary_indicator_var =l= 10;
e273_.. + 1*pre_1_4_3 + 10*relu_1_4_3_off_binary_indicator_var =l= 10;
relu_1_4_4_above_pre.. + 1*pre_1_4_4 - 1*post_1_4_4 =l= 0;
relu_1_4_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_4_on_binary_indicator_var + 1*relu_1_4_4_off_binary_indicator_var =e= 1;
e276_.. - 1*pre_1_4_4 + 1*post_1_4_4 - 10*relu_1_4_4_on_binary_indicator_var =g= -10;
e277_.. - 1*pre_1_4_4 + 1*post_1_4_4 + 20*relu_1_4_4_on_binary_indicator_var =l= 20;
e278_.. + 1*post_1_4_4 =g= 0;
e279_.. + 1*post_1_4_4 + 10*relu_1_4_4_off_binary_indicator_var =l= 10;
e280_.. + 1*pre_1_4_4 + 10*relu_1_4_4_off_binary_indicator_var =l= 10;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e283_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 11*relu_1_5_0_on_binary_indicator_var =g= -11;
e284_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 22*relu_1_5_0_on_binary_indicator_var =l= 22;
e285_.. + 1*post_1_5_0 =g= 0;
e286_.. + 1*post_1_5_0 + 11*relu_1_5_0_off_binary_indicator_var =l= 11;
e287_.. + 1*pre_1_5_0 + 11*relu_1_5_0_off_binary_indicator_var =l= 11;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e290_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 11*relu_1_5_1_on_binary_indicator_var =g= -11;
e291_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 22*relu_1_5_1_on_binary_indicator_var =l= 22;
e292_.. + 1*post_1_5_1 =g= 0;
e293_.. + 1*post_1_5_1 + 11*relu_1_5_1_off_binary_indicator_var =l= 11;
e294_.. + 1*pre_1_5_1 + 11*relu_1_5_1_off_binary_indicator_var =l= 11;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_2_on_binary_indicator_var + 1*relu_1_5_2_off_binary_indicator_var =e= 1;
e297_.. - 1*pre_1_5_2 + 1*post_1_5_2 - 11*relu_1_5_2_on_binary_indicator_var =g= -11;
e298_.. - 1*pre_1_5_2 + 1*post_1_5_2 + 22*relu_1_5_2_on_binary_indicator_var =l= 22;
e299_.. + 1*post_1_5_2 =g= 0;
e300_.. + 1*post_1_5_2 + 11*relu_1_5_2_off_binary_indicator_var =l= 11;
e301_.. + 1*pre_1_5_2 + 11*relu_1_5_2_off_binary_indicator_var =l= 11;
relu_1_5_3_above_pre.. + 1*pre_1_5_3 - 1*post_1_5_3 =l= 0;
relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_3_on_binary_indicator_var + 1*relu_1_5_3_off_binary_indicator_var =e= 1;
e304_.. - 1*pre_1_5_3 + 1*post_1_5_3 - 11*relu_1_5_3_on_binary_indicator_var =g= -11;
e305_.. - 1*pre_1_5_3 + 1*post_1_5_3 + 22*relu_1_5_3_on_binary_indicator_var =l= 22;
e306_.. + 1*post_1_5_3 =g= 0;
e307_.. + 1*post_1_5_3 + 11*relu_1_5_3_off_binary_indicator_var =l= 11;
e308_.. + 1*pre_1_5_3 + 11*relu_1_5_3_off_binary_indicator_var =l= 11;
relu_1_5_4_above_pre.. + 1*pre_1_5_4 - 1*post_1_5_4 =l= 0;
relu_1_5_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_4_on_binary_indicator_var + 1*relu_1_5_4_off_binary_indicator_var =e= 1;
e311_.. - 1*pre_1_5_4 + 1*post_1_5_4 - 11*relu_1_5_4_on_binary_indicator_var =g= -11;
e312_.. - 1*pre_1_5_4 + 1*post_1_5_4 + 22*relu_1_5_4_on_binary_indicator_var =l= 22;
e313_.. + 1*post_1_5_4 =g= 0;
e314_.. + 1*post_1_5_4 + 11*relu_1_5_4_off_binary_indicator_var =l= 11;
e315_.. + 1*pre_1_5_4 + 11*relu_1_5_4_off_binary_indicator_var =l= 11;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e318_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 12*relu_1_6_0_on_binary_indicator_var =g= -12;
e319_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 24*relu_1_6_0_on_binary_indicator_var =l= 24;
e320_.. + 1*post_1_6_0 =g= 0;
e321_.. + 1*post_1_6_0 + 12*relu_1_6_0_off_binary_indicator_var =l= 12;
e322_.. + 1*pre_1_6_0 + 12*relu_1_6_0_off_binary_indicator_var =l= 12;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e325_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 12*relu_1_6_1_on_binary_indicator_var =g= -12;
e326_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 24*relu_1_6_1_on_binary_indicator_var =l= 24;
e327_.. + 1*post_1_6_1 =g= 0;
e328_.. + 1*post_1_6_1 + 12*relu_1_6_1_off_binary_indicator_var =l= 12;
e329_.. + 1*pre_1_6_1 + 12*relu_1_6_1_off_binary_indicator_var =l= 12;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_2_on_binary_indicator_var + 1*relu_1_6_2_off_binary_indicator_var =e= 1;
e332_.. - 1*pre_1_6_2 + 1*post_1_6_2 - 12*relu_1_6_2_on_binary_indicator_var =g= -12;
e333_.. - 1*pre_1_6_2 + 1*post_1_6_2 + 24*relu_1_6_2_on_binary_indicator_var =l= 24;
e334_.. + 1*post_1_6_2 =g= 0;
e335_.. + 1*post_1_6_2 + 12*relu_1_6_2_off_binary_indicator_var =l= 12;
e336_.. + 1*pre_1_6_2 + 12*relu_1_6_2_off_binary_indicator_var =l= 12;
relu_1_6_3_above_pre.. + 1*pre_1_6_3 - 1*post_1_6_3 =l= 0;
relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_3_on_binary_indicator_var + 1*relu_1_6_3_off_binary_indicator_var =e= 1;
e339_.. - 1*pre_1_6_3 + 1*post_1_6_3 - 12*relu_1_6_3_on_binary_indicator_var =g= -12;
e340_.. - 1*pre_1_6_3 + 1*post_1_6_3 + 24*relu_1_6_3_on_binary_indicator_var =l= 24;
e341_.. + 1*post_1_6_3 =g= 0;
e342_.. + 1*post_1_6_3 + 12*relu_1_6_3_off_binary_indicator_var =l= 12;
e343_.. + 1*pre_1_6_3 + 12*relu_1_6_3_off_binary_indicator_var =l= 12;
relu_1_6_4_above_pre.. + 1*pre_1_6_4 - 1*post_1_6_4 =l= 0;
relu_1_6_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_4_on_binary_indicator_var + 1*relu_1_6_4_off_binary_indicator_var =e= 1;
e346_.. - 1*pre_1_6_4 + 1*post_1_6_4 - 12*relu_1_6_4_on_binary_indicator_var =g= -12;
e347_.. - 1*pre_1_6_4 + 1*post_1_6_4 + 24*relu_1_6_4_on_binary_indicator_var =l= 24;
e348_.. + 1*post_1_6_4 =g= 0;
e349_.. + 1*post_1_6_4 + 12*relu_1_6_4_off_binary_indicator_var =l= 12;
e350_.. + 1*pre_1_6_4 + 12*relu_1_6_4_off_binary_indicator_var =l= 12;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e353_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 24*relu_1_7_0_on_binary_indicator_var =g= -24;
e354_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 48*relu_1_7_0_on_binary_indicator_var =l= 48;
e355_.. + 1*post_1_7_0 =g= 0;
e356_.. + 1*post_1_7_0 + 24*relu_1_7_0_off_binary_indicator_var =l= 24;
e357_.. + 1*pre_1_7_0 + 24*relu_1_7_0_off_binary_indicator_var =l= 24;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e360_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 24*relu_1_7_1_on_binary_indicator_var =g= -24;
e361_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 48*relu_1_7_1_on_binary_indicator_var =l= 48;
e362_.. + 1*post_1_7_1 =g= 0;
e363_.. + 1*post_1_7_1 + 24*relu_1_7_1_off_binary_indicator_var =l= 24;
e364_.. + 1*pre_1_7_1 + 24*relu_1_7_1_off_binary_indicator_var =l= 24;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_2_on_binary_indicator_var + 1*relu_1_7_2_off_binary_indicator_var =e= 1;
e367_.. - 1*pre_1_7_2 + 1*post_1_7_2 - 24*relu_1_7_2_on_binary_indicator_var =g= -24;
e368_.. - 1*pre_1_7_2 + 1*post_1_7_2 + 48*relu_1_7_2_on_binary_indicator_var =l= 48;
e369_.. + 1*post_1_7_2 =g= 0;
e370_.. + 1*post_1_7_2 + 24*relu_1_7_2_off_binary_indicator_var =l= 24;
e371_.. + 1*pre_1_7_2 + 24*relu_1_7_2_off_binary_indicator_var =l= 24;
relu_1_7_3_above_pre.. + 1*pre_1_7_3 - 1*post_1_7_3 =l= 0;
relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_3_on_binary_indicator_var + 1*relu_1_7_3_off_binary_indicator_var =e= 1;
e374_.. - 1*pre_1_7_3 + 1*post_1_7_3 - 24*relu_1_7_3_on_binary_indicator_var =g= -24;
e375_.. - 1*pre_1_7_3 + 1*post_1_7_3 + 48*relu_1_7_3_on_binary_indicator_var =l= 48;
e376_.. + 1*post_1_7_3 =g= 0;
e377_.. + 1*post_1_7_3 + 24*relu_1_7_3_off_binary_indicator_var =l= 24;
e378_.. + 1*pre_1_7_3 + 24*relu_1_7_3_off_binary_indicator_var =l= 24;
relu_1_7_4_above_pre.. + 1*pre_1_7_4 - 1*post_1_7_4 =l= 0;
relu_1_7_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_4_on_binary_indicator_var + 1*relu_1_7_4_off_binary_indicator_var =e= 1;
e381_.. - 1*pre_1_7_4 + 1*post_1_7_4 - 24*relu_1_7_4_on_binary_indicator_var =g= -24;
e382_.. - 1*pre_1_7_4 + 1*post_1_7_4 + 48*relu_1_7_4_on_binary_indicator_var =l= 48;
e383_.. + 1*post_1_7_4 =g= 0;
e384_.. + 1*post_1_7_4 + 24*relu_1_7_4_off_binary_indicator_var =l= 24;
e385_.. + 1*pre_1_7_4 + 24*relu_1_7_4_off_binary_indicator_var =l= 24;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e388_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 44.57142857142857*relu_1_8_0_on_binary_indicator_var =g= -44.57142857142857;
e389_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 89.14285714285714*relu_1_8_0_on_binary_indicator_var =l= 89.14285714285714;
e390_.. + 1*post_1_8_0 =g= 0;
e391_.. + 1*post_1_8_0 + 44.57142857142857*relu_1_8_0_off_binary_indicator_var =l= 44.57142857142857;
e392_.. + 1*pre_1_8_0 + 44.57142857142857*relu_1_8_0_off_binary_indicator_var =l= 44.57142857142857;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e395_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 44.57142857142857*relu_1_8_1_on_binary_indicator_var =g= -44.57142857142857;
e396_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 89.14285714285714*relu_1_8_1_on_binary_indicator_var =l= 89.14285714285714;
e397_.. + 1*post_1_8_1 =g= 0;
e398_.. + 1*post_1_8_1 + 44.57142857142857*relu_1_8_1_off_binary_indicator_var =l= 44.57142857142857;
e399_.. + 1*pre_1_8_1 + 44.57142857142857*relu_1_8_1_off_binary_indicator_var =l= 44.57142857142857;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_2_on_binary_indicator_var + 1*relu_1_8_2_off_binary_indicator_var =e= 1;
e402_.. - 1*pre_1_8_2 + 1*post_1_8_2 - 44.57142857142857*relu_1_8_2_on_binary_indicator_var =g= -44.57142857142857;
e403_.. - 1*pre_1_8_2 + 1*post_1_8_2 + 89.14285714285714*relu_1_8_2_on_binary_indicator_var =l= 89.14285714285714;
e404_.. + 1*post_1_8_2 =g= 0;
e405_.. + 1*post_1_8_2 + 44.57142857142857*relu_1_8_2_off_binary_indicator_var =l= 44.57142857142857;
e406_.. + 1*pre_1_8_2 + 44.57142857142857*relu_1_8_2_off_binary_indicator_var =l= 44.57142857142857;
relu_1_8_3_above_pre.. + 1*pre_1_8_3 - 1*post_1_8_3 =l= 0;
relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_3_on_binary_indicator_var + 1*relu_1_8_3_off_binary_indicator_var =e= 1;
e409_.. - 1*pre_1_8_3 + 1*post_1_8_3 - 44.57142857142857*relu_1_8_3_on_binary_indicator_var =g= -44.57142857142857;
e410_.. - 1*pre_1_8_3 + 1*post_1_8_3 + 89.14285714285714*relu_1_8_3_on_binary_indicator_var =l= 89.14285714285714;
e411_.. + 1*post_1_8_3 =g= 0;
e412_.. + 1*post_1_8_3 + 44.57142857142857*relu_1_8_3_off_binary_indicator_var =l= 44.57142857142857;
e413_.. + 1*pre_1_8_3 + 44.57142857142857*relu_1_8_3_off_binary_indicator_var =l= 44.57142857142857;
relu_1_8_4_above_pre.. + 1*pre_1_8_4 - 1*post_1_8_4 =l= 0;
relu_1_8_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_4_on_binary_indicator_var + 1*relu_1_8_4_off_binary_indicator_var =e= 1;
e416_.. - 1*pre_1_8_4 + 1*post_1_8_4 - 44.57142857142857*relu_1_8_4_on_binary_indicator_var =g= -44.57142857142857;
e417_.. - 1*pre_1_8_4 + 1*post_1_8_4 + 89.14285714285714*relu_1_8_4_on_binary_indicator_var =l= 89.14285714285714;
e418_.. + 1*post_1_8_4 =g= 0;
e419_.. + 1*post_1_8_4 + 44.57142857142857*relu_1_8_4_off_binary_indicator_var =l= 44.57142857142857;
e420_.. + 1*pre_1_8_4 + 44.57142857142857*relu_1_8_4_off_binary_indicator_var =l= 44.57142857142857;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e423_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 52*relu_1_9_0_on_binary_indicator_var =g= -52;
e424_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 104*relu_1_9_0_on_binary_indicator_var =l= 104;
e425_.. + 1*post_1_9_0 =g= 0;
e426_.. + 1*post_1_9_0 + 52*relu_1_9_0_off_binary_indicator_var =l= 52;
e427_.. + 1*pre_1_9_0 + 52*relu_1_9_0_off_binary_indicator_var =l= 52;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e430_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 52*relu_1_9_1_on_binary_indicator_var =g= -52;
e431_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 104*relu_1_9_1_on_binary_indicator_var =l= 104;
e432_.. + 1*post_1_9_1 =g= 0;
e433_.. + 1*post_1_9_1 + 52*relu_1_9_1_off_binary_indicator_var =l= 52;
e434_.. + 1*pre_1_9_1 + 52*relu_1_9_1_off_binary_indicator_var =l= 52;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_2_on_binary_indicator_var + 1*relu_1_9_2_off_binary_indicator_var =e= 1;
e437_.. - 1*pre_1_9_2 + 1*post_1_9_2 - 52*relu_1_9_2_on_binary_indicator_var =g= -52;
e438_.. - 1*pre_1_9_2 + 1*post_1_9_2 + 104*relu_1_9_2_on_binary_indicator_var =l= 104;
e439_.. + 1*post_1_9_2 =g= 0;
e440_.. + 1*post_1_9_2 + 52*relu_1_9_2_off_binary_indicator_var =l= 52;
e441_.. + 1*pre_1_9_2 + 52*relu_1_9_2_off_binary_indicator_var =l= 52;
relu_1_9_3_above_pre.. + 1*pre_1_9_3 - 1*post_1_9_3 =l= 0;
relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_3_on_binary_indicator_var + 1*relu_1_9_3_off_binary_indicator_var =e= 1;
e444_.. - 1*pre_1_9_3 + 1*post_1_9_3 - 52*relu_1_9_3_on_binary_indicator_var =g= -52;
e445_.. - 1*pre_1_9_3 + 1*post_1_9_3 + 104*relu_1_9_3_on_binary_indicator_var =l= 104;
e446_.. + 1*post_1_9_3 =g= 0;
e447_.. + 1*post_1_9_3 + 52*relu_1_9_3_off_binary_indicator_var =l= 52;
e448_.. + 1*pre_1_9_3 + 52*relu_1_9_3_off_binary_indicator_var =l= 52;
relu_1_9_4_above_pre.. + 1*pre_1_9_4 - 1*post_1_9_4 =l= 0;
relu_1_9_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_4_on_binary_indicator_var + 1*relu_1_9_4_off_binary_indicator_var =e= 1;
e451_.. - 1*pre_1_9_4 + 1*post_1_9_4 - 52*relu_1_9_4_on_binary_indicator_var =g= -52;
e452_.. - 1*pre_1_9_4 + 1*post_1_9_4 + 104*relu_1_9_4_on_binary_indicator_var =l= 104;
e453_.. + 1*post_1_9_4 =g= 0;
e454_.. + 1*post_1_9_4 + 52*relu_1_9_4_off_binary_indicator_var =l= 52;
e455_.. + 1*pre_1_9_4 + 52*relu_1_9_4_off_binary_indicator_var =l= 52;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e458_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 53*relu_1_10_0_on_binary_indicator_var =g= -53;
e459_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 106*relu_1_10_0_on_binary_indicator_var =l= 106;
e460_.. + 1*post_1_10_0 =g= 0;
e461_.. + 1*post_1_10_0 + 53*relu_1_10_0_off_binary_indicator_var =l= 53;
e462_.. + 1*pre_1_10_0 + 53*relu_1_10_0_off_binary_indicator_var =l= 53;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e465_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 53*relu_1_10_1_on_binary_indicator_var =g= -53;
e466_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 106*relu_1_10_1_on_binary_indicator_var =l= 106;
e467_.. + 1*post_1_10_1 =g= 0;
e468_.. + 1*post_1_10_1 + 53*relu_1_10_1_off_binary_indicator_var =l= 53;
e469_.. + 1*pre_1_10_1 + 53*relu_1_10_1_off_binary_indicator_var =l= 53;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_2_on_binary_indicator_var + 1*relu_1_10_2_off_binary_indicator_var =e= 1;
e472_.. - 1*pre_1_10_2 + 1*post_1_10_2 - 53*relu_1_10_2_on_binary_indicator_var =g= -53;
e473_.. - 1*pre_1_10_2 + 1*post_1_10_2 + 106*relu_1_10_2_on_binary_indicator_var =l= 106;
e474_.. + 1*post_1_10_2 =g= 0;
e475_.. + 1*post_1_10_2 + 53*relu_1_10_2_off_binary_indicator_var =l= 53;
e476_.. + 1*pre_1_10_2 + 53*relu_1_10_2_off_binary_indicator_var =l= 53;
relu_1_10_3_above_pre.. + 1*pre_1_10_3 - 1*post_1_10_3 =l= 0;
relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_3_on_binary_indicator_var + 1*relu_1_10_3_off_binary_indicator_var =e= 1;
e479_.. - 1*pre_1_10_3 + 1*post_1_10_3 - 53*relu_1_10_3_on_binary_indicator_var =g= -53;
e480_.. - 1*pre_1_10_3 + 1*post_1_10_3 + 106*relu_1_10_3_on_binary_indicator_var =l= 106;
e481_.. + 1*post_1_10_3 =g= 0;
e482_.. + 1*post_1_10_3 + 53*relu_1_10_3_off_binary_indicator_var =l= 53;
e483_.. + 1*pre_1_10_3 + 53*relu_1_10_3_off_binary_indicator_var =l= 53;
relu_1_10_4_above_pre.. + 1*pre_1_10_4 - 1*post_1_10_4 =l= 0;
relu_1_10_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_4_on_binary_indicator_var + 1*relu_1_10_4_off_binary_indicator_var =e= 1;
e486_.. - 1*pre_1_10_4 + 1*post_1_10_4 - 53*relu_1_10_4_on_binary_indicator_var =g= -53;
e487_.. - 1*pre_1_10_4 + 1*post_1_10_4 + 106*relu_1_10_4_on_binary_indicator_var =l= 106;
e488_.. + 1*post_1_10_4 =g= 0;
e489_.. + 1*post_1_10_4 + 53*relu_1_10_4_off_binary_indicator_var =l= 53;
e490_.. + 1*pre_1_10_4 + 53*relu_1_10_4_off_binary_indicator_var =l= 53;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e493_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 54*relu_1_11_0_on_binary_indicator_var =g= -54;
e494_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 108*relu_1_11_0_on_binary_indicator_var =l= 108;
e495_.. + 1*post_1_11_0 =g= 0;
e496_.. + 1*post_1_11_0 + 54*relu_1_11_0_off_binary_indicator_var =l= 54;
e497_.. + 1*pre_1_11_0 + 54*relu_1_11_0_off_binary_indicator_var =l= 54;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e500_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 54*relu_1_11_1_on_binary_indicator_var =g= -54;
e501_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 108*relu_1_11_1_on_binary_indicator_var =l= 108;
e502_.. + 1*post_1_11_1 =g= 0;
e503_.. + 1*post_1_11_1 + 54*relu_1_11_1_off_binary_indicator_var =l= 54;
e504_.. + 1*pre_1_11_1 + 54*relu_1_11_1_off_binary_indicator_var =l= 54;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_2_on_binary_indicator_var + 1*relu_1_11_2_off_binary_indicator_var =e= 1;
e507_.. - 1*pre_1_11_2 + 1*post_1_11_2 - 54*relu_1_11_2_on_binary_indicator_var =g= -54;
e508_.. - 1*pre_1_11_2 + 1*post_1_11_2 + 108*relu_1_11_2_on_binary_indicator_var =l= 108;
e509_.. + 1*post_1_11_2 =g= 0;
e510_.. + 1*post_1_11_2 + 54*relu_1_11_2_off_binary_indicator_var =l= 54;
e511_.. + 1*pre_1_11_2 + 54*relu_1_11_2_off_binary_indicator_var =l= 54;
relu_1_11_3_above_pre.. + 1*pre_1_11_3 - 1*post_1_11_3 =l= 0;
relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_3_on_binary_indicator_var + 1*relu_1_11_3_off_binary_indicator_var =e= 1;
e514_.. - 1*pre_1_11_3 + 1*post_1_11_3 - 54*relu_1_11_3_on_binary_indicator_var =g= -54;
e515_.. - 1*pre_1_11_3 + 1*post_1_11_3 + 108*relu_1_11_3_on_binary_indicator_var =l= 108;
e516_.. + 1*post_1_11_3 =g= 0;
e517_.. + 1*post_1_11_3 + 54*relu_1_11_3_off_binary_indicator_var =l= 54;
e518_.. + 1*pre_1_11_3 + 54*relu_1_11_3_off_binary_indicator_var =l= 54;
relu_1_11_4_above_pre.. + 1*pre_1_11_4 - 1*post_1_11_4 =l= 0;
relu_1_11_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_4_on_binary_indicator_var + 1*relu_1_11_4_off_binary_indicator_var =e= 1;
e521_.. - 1*pre_1_11_4 + 1*post_1_11_4 - 54*relu_1_11_4_on_binary_indicator_var =g= -54;
e522_.. - 1*pre_1_11_4 + 1*post_1_11_4 + 108*relu_1_11_4_on_binary_indicator_var =l= 108;
e523_.. + 1*post_1_11_4 =g= 0;
e524_.. + 1*post_1_11_4 + 54*relu_1_11_4_off_binary_indicator_var =l= 54;
e525_.. + 1*pre_1_11_4 + 54*relu_1_11_4_off_binary_indicator_var =l= 54;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e528_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 60*relu_1_12_0_on_binary_indicator_var =g= -60;
e529_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 120*relu_1_12_0_on_binary_indicator_var =l= 120;
e530_.. + 1*post_1_12_0 =g= 0;
e531_.. + 1*post_1_12_0 + 60*relu_1_12_0_off_binary_indicator_var =l= 60;
e532_.. + 1*pre_1_12_0 + 60*relu_1_12_0_off_binary_indicator_var =l= 60;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e535_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 60*relu_1_12_1_on_binary_indicator_var =g= -60;
e536_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 120*relu_1_12_1_on_binary_indicator_var =l= 120;
e537_.. + 1*post_1_12_1 =g= 0;
e538_.. + 1*post_1_12_1 + 60*relu_1_12_1_off_binary_indicator_var =l= 60;
e539_.. + 1*pre_1_12_1 + 60*relu_1_12_1_off_binary_indicator_var =l= 60;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_2_on_binary_indicator_var + 1*relu_1_12_2_off_binary_indicator_var =e= 1;
e542_.. - 1*pre_1_12_2 + 1*post_1_12_2 - 60*relu_1_12_2_on_binary_indicator_var =g= -60;
e543_.. - 1*pre_1_12_2 + 1*post_1_12_2 + 120*relu_1_12_2_on_binary_indicator_var =l= 120;
e544_.. + 1*post_1_12_2 =g= 0;
e545_.. + 1*post_1_12_2 + 60*relu_1_12_2_off_binary_indicator_var =l= 60;
e546_.. + 1*pre_1_12_2 + 60*relu_1_12_2_off_binary_indicator_var =l= 60;
relu_1_12_3_above_pre.. + 1*pre_1_12_3 - 1*post_1_12_3 =l= 0;
relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_3_on_binary_indicator_var + 1*relu_1_12_3_off_binary_indicator_var =e= 1;
e549_.. - 1*pre_1_12_3 + 1*post_1_12_3 - 60*relu_1_12_3_on_binary_indicator_var =g= -60;
e550_.. - 1*pre_1_12_3 + 1*post_1_12_3 + 120*relu_1_12_3_on_binary_indicator_var =l= 120;
e551_.. + 1*post_1_12_3 =g= 0;
e552_.. + 1*post_1_12_3 + 60*relu_1_12_3_off_binary_indicator_var =l= 60;
e553_.. + 1*pre_1_12_3 + 60*relu_1_12_3_off_binary_indicator_var =l= 60;
relu_1_12_4_above_pre.. + 1*pre_1_12_4 - 1*post_1_12_4 =l= 0;
relu_1_12_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_4_on_binary_indicator_var + 1*relu_1_12_4_off_binary_indicator_var =e= 1;
e556_.. - 1*pre_1_12_4 + 1*post_1_12_4 - 60*relu_1_12_4_on_binary_indicator_var =g= -60;
e557_.. - 1*pre_1_12_4 + 1*post_1_12_4 + 120*relu_1_12_4_on_binary_indicator_var =l= 120;
e558_.. + 1*post_1_12_4 =g= 0;
e559_.. + 1*post_1_12_4 + 60*relu_1_12_4_off_binary_indicator_var =l= 60;
e560_.. + 1*pre_1_12_4 + 60*relu_1_12_4_off_binary_indicator_var =l= 60;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e563_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 62*relu_1_13_0_on_binary_indicator_var =g= -62;
e564_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 124*relu_1_13_0_on_binary_indicator_var =l= 124;
e565_.. + 1*post_1_13_0 =g= 0;
e566_.. + 1*post_1_13_0 + 62*relu_1_13_0_off_binary_indicator_var =l= 62;
e567_.. + 1*pre_1_13_0 + 62*relu_1_13_0_off_binary_indicator_var =l= 62;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e570_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 62*relu_1_13_1_on_binary_indicator_var =g= -62;
e571_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 124*relu_1_13_1_on_binary_indicator_var =l= 124;
e572_.. + 1*post_1_13_1 =g= 0;
e573_.. + 1*post_1_13_1 + 62*relu_1_13_1_off_binary_indicator_var =l= 62;
e574_.. + 1*pre_1_13_1 + 62*relu_1_13_1_off_binary_indicator_var =l= 62;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_2_on_binary_indicator_var + 1*relu_1_13_2_off_binary_indicator_var =e= 1;
e577_.. - 1*pre_1_13_2 + 1*post_1_13_2 - 62*relu_1_13_2_on_binary_indicator_var =g= -62;
e578_.. - 1*pre_1_13_2 + 1*post_1_13_2 + 124*relu_1_13_2_on_binary_indicator_var =l= 124;
e579_.. + 1*post_1_13_2 =g= 0;
e580_.. + 1*post_1_13_2 + 62*relu_1_13_2_off_binary_indicator_var =l= 62;
e581_.. + 1*pre_1_13_2 + 62*relu_1_13_2_off_binary_indicator_var =l= 62;
relu_1_13_3_above_pre.. + 1*pre_1_13_3 - 1*post_1_13_3 =l= 0;
relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_3_on_binary_indicator_var + 1*relu_1_13_3_off_binary_indicator_var =e= 1;
e584_.. - 1*pre_1_13_3 + 1*post_1_13_3 - 62*relu_1_13_3_on_binary_indicator_var =g= -62;
e585_.. - 1*pre_1_13_3 + 1*post_1_13_3 + 124*relu_1_13_3_on_binary_indicator_var =l= 124;
e586_.. + 1*post_1_13_3 =g= 0;
e587_.. + 1*post_1_13_3 + 62*relu_1_13_3_off_binary_indicator_var =l= 62;
e588_.. + 1*pre_1_13_3 + 62*relu_1_13_3_off_binary_indicator_var =l= 62;
relu_1_13_4_above_pre.. + 1*pre_1_13_4 - 1*post_1_13_4 =l= 0;
relu_1_13_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_4_on_binary_indicator_var + 1*relu_1_13_4_off_binary_indicator_var =e= 1;
e591_.. - 1*pre_1_13_4 + 1*post_1_13_4 - 62*relu_1_13_4_on_binary_indicator_var =g= -62;
e592_.. - 1*pre_1_13_4 + 1*post_1_13_4 + 124*relu_1_13_4_on_binary_indicator_var =l= 124;
e593_.. + 1*post_1_13_4 =g= 0;
e594_.. + 1*post_1_13_4 + 62*relu_1_13_4_off_binary_indicator_var =l= 62;
e595_.. + 1*pre_1_13_4 + 62*relu_1_13_4_off_binary_indicator_var =l= 62;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e598_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 64*relu_1_14_0_on_binary_indicator_var =g= -64;
e599_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 128*relu_1_14_0_on_binary_indicator_var =l= 128;
e600_.. + 1*post_1_14_0 =g= 0;
e601_.. + 1*post_1_14_0 + 64*relu_1_14_0_off_binary_indicator_var =l= 64;
e602_.. + 1*pre_1_14_0 + 64*relu_1_14_0_off_binary_indicator_var =l= 64;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e605_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 64*relu_1_14_1_on_binary_indicator_var =g= -64;
e606_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 128*relu_1_14_1_on_binary_indicator_var =l= 128;
e607_.. + 1*post_1_14_1 =g= 0;
e608_.. + 1*post_1_14_1 + 64*relu_1_14_1_off_binary_indicator_var =l= 64;
e609_.. + 1*pre_1_14_1 + 64*relu_1_14_1_off_binary_indicator_var =l= 64;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_2_on_binary_indicator_var + 1*relu_1_14_2_off_binary_indicator_var =e= 1;
e612_.. - 1*pre_1_14_2 + 1*post_1_14_2 - 64*relu_1_14_2_on_binary_indicator_var =g= -64;
e613_.. - 1*pre_1_14_2 + 1*post_1_14_2 + 128*relu_1_14_2_on_binary_indicator_var =l= 128;
e614_.. + 1*post_1_14_2 =g= 0;
e615_.. + 1*post_1_14_2 + 64*relu_1_14_2_off_binary_indicator_var =l= 64;
e616_.. + 1*pre_1_14_2 + 64*relu_1_14_2_off_binary_indicator_var =l= 64;
relu_1_14_3_above_pre.. + 1*pre_1_14_3 - 1*post_1_14_3 =l= 0;
relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_3_on_binary_indicator_var + 1*relu_1_14_3_off_binary_indicator_var =e= 1;
e619_.. - 1*pre_1_14_3 + 1*post_1_14_3 - 64*relu_1_14_3_on_binary_indicator_var =g= -64;
e620_.. - 1*pre_1_14_3 + 1*post_1_14_3 + 128*relu_1_14_3_on_binary_indicator_var =l= 128;
e621_.. + 1*post_1_14_3 =g= 0;
e622_.. + 1*post_1_14_3 + 64*relu_1_14_3_off_binary_indicator_var =l= 64;
e623_.. + 1*pre_1_14_3 + 64*relu_1_14_3_off_binary_indicator_var =l= 64;
relu_1_14_4_above_pre.. + 1*pre_1_14_4 - 1*post_1_14_4 =l= 0;
relu_1_14_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_4_on_binary_indicator_var + 1*relu_1_14_4_off_binary_indicator_var =e= 1;
e626_.. - 1*pre_1_14_4 + 1*post_1_14_4 - 64*relu_1_14_4_on_binary_indicator_var =g= -64;
e627_.. - 1*pre_1_14_4 + 1*post_1_14_4 + 128*relu_1_14_4_on_binary_indicator_var =l= 128;
e628_.. + 1*post_1_14_4 =g= 0;
e629_.. + 1*post_1_14_4 + 64*relu_1_14_4_off_binary_indicator_var =l= 64;
e630_.. + 1*pre_1_14_4 + 64*relu_1_14_4_off_binary_indicator_var =l= 64;

w_1_0_0.lo = -8;
w_1_0_0.up = 8;
w_1_1_0.lo = -8;
w_1_1_0.up = 8;
w_1_2_0.lo = -8;
w_1_2_0.up = 8;
w_1_3_0.lo = -8;
w_1_3_0.up = 8;
w_1_4_0.lo = -8;
w_1_4_0.up = 8;
w_2_0_0.lo = -8;
w_2_0_0.up = 8;
w_2_0_1.lo = -8;
w_2_0_1.up = 8;
w_2_0_2.lo = -8;
w_2_0_2.up = 8;
w_2_0_3.lo = -8;
w_2_0_3.up = 8;
w_2_0_4.lo = -8;
w_2_0_4.up = 8;
w_2_1_0.lo = -8;
w_2_1_0.up = 8;
w_2_1_1.lo = -8;
w_2_1_1.up = 8;
w_2_1_2.lo = -8;
w_2_1_2.up = 8;
w_2_1_3.lo = -8;
w_2_1_3.up = 8;
w_2_1_4.lo = -8;
w_2_1_4.up = 8;
b_1_0.lo = -8;
b_1_0.up = 8;
b_1_1.lo = -8;
b_1_1.up = 8;
b_1_2.lo = -8;
b_1_2.up = 8;
b_1_3.lo = -8;
b_1_3.up = 8;
b_1_4.lo = -8;
b_1_4.up = 8;
b_2_0.lo = -8;
b_2_0.up = 8;
b_2_1.lo = -8;
b_2_1.up = 8;
pre_1_0_0.lo = -16;
pre_1_0_0.up = 16;
pre_1_0_1.lo = -16;
pre_1_0_1.up = 16;
pre_1_0_2.lo = -16;
pre_1_0_2.up = 16;
pre_1_0_3.lo = -16;
pre_1_0_3.up = 16;
pre_1_0_4.lo = -16;
pre_1_0_4.up = 16;
pre_1_1_0.lo = -14;
pre_1_1_0.up = 14;
pre_1_1_1.lo = -14;
pre_1_1_1.up = 14;
pre_1_1_2.lo = -14;
pre_1_1_2.up = 14;
pre_1_1_3.lo = -14;
pre_1_1_3.up = 14;
pre_1_1_4.lo = -14;
pre_1_1_4.up = 14;
pre_1_2_0.lo = -12;
pre_1_2_0.up = 12;
pre_1_2_1.lo = -12;
pre_1_2_1.up = 12;
pre_1_2_2.lo = -12;
pre_1_2_2.up = 12;
pre_1_2_3.lo = -12;
pre_1_2_3.up = 12;
pre_1_2_4.lo = -12;
pre_1_2_4.up = 12;
pre_1_3_0.lo = -9;
pre_1_3_0.up = 9;
pre_1_3_1.lo = -9;
pre_1_3_1.up = 9;
pre_1_3_2.lo = -9;
pre_1_3_2.up = 9;
pre_1_3_3.lo = -9;
pre_1_3_3.up = 9;
pre_1_3_4.lo = -9;
pre_1_3_4.up = 9;
pre_1_4_0.lo = -10;
pre_1_4_0.up = 10;
pre_1_4_1.lo = -10;
pre_1_4_1.up = 10;
pre_1_4_2.lo = -10;
pre_1_4_2.up = 10;
pre_1_4_3.lo = -10;
pre_1_4_3.up = 10;
pre_1_4_4.lo = -10;
pre_1_4_4.up = 10;
pre_1_5_0.lo = -11;
pre_1_5_0.up = 11;
pre_1_5_1.lo = -11;
pre_1_5_1.up = 11;
pre_1_5_2.lo = -11;
pre_1_5_2.up = 11;
pre_1_5_3.lo = -11;
pre_1_5_3.up = 11;
pre_1_5_4.lo = -11;
pre_1_5_4.up = 11;
pre_1_6_0.lo = -12;
pre_1_6_0.up = 12;
pre_1_6_1.lo = -12;
pre_1_6_1.up = 12;
pre_1_6_2.lo = -12;
pre_1_6_2.up = 12;
pre_1_6_3.lo = -12;
pre_1_6_3.up = 12;
pre_1_6_4.lo = -12;
pre_1_6_4.up = 12;
pre_1_7_0.lo = -24;
pre_1_7_0.up = 24;
pre_1_7_1.lo = -24;
pre_1_7_1.up = 24;
pre_1_7_2.lo = -24;
pre_1_7_2.up = 24;
pre_1_7_3.lo = -24;
pre_1_7_3.up = 24;
pre_1_7_4.lo = -24;
pre_1_7_4.up = 24;
pre_1_8_0.lo = -44.57142857142857;
pre_1_8_0.up = 44.57142857142857;
pre_1_8_1.lo = -44.57142857142857;
pre_1_8_1.up = 44.57142857142857;
pre_1_8_2.lo = -44.57142857142857;
pre_1_8_2.up = 44.57142857142857;
pre_1_8_3.lo = -44.57142857142857;
pre_1_8_3.up = 44.57142857142857;
pre_1_8_4.lo = -44.57142857142857;
pre_1_8_4.up = 44.57142857142857;
pre_1_9_0.lo = -52;
pre_1_9_0.up = 52;
pre_1_9_1.lo = -52;
pre_1_9_1.up = 52;
pre_1_9_2.lo = -52;
pre_1_9_2.up = 52;
pre_1_9_3.lo = -52;
pre_1_9_3.up = 52;
pre_1_9_4.lo = -52;
pre_1_9_4.up = 52;
pre_1_10_0.lo = -53;
pre_1_10_0.up = 53;
pre_1_10_1.lo = -53;
pre_1_10_1.up = 53;
pre_1_10_2.lo = -53;
pre_1_10_2.up = 53;
pre_1_10_3.lo = -53;
pre_1_10_3.up = 53;
pre_1_10_4.lo = -53;
pre_1_10_4.up = 53;
pre_1_11_0.lo = -54;
pre_1_11_0.up = 54;
pre_1_11_1.lo = -54;
pre_1_11_1.up = 54;
pre_1_11_2.lo = -54;
pre_1_11_2.up = 54;
pre_1_11_3.lo = -54;
pre_1_11_3.up = 54;
pre_1_11_4.lo = -54;
pre_1_11_4.up = 54;
pre_1_12_0.lo = -60;
pre_1_12_0.up = 60;
pre_1_12_1.lo = -60;
pre_1_12_1.up = 60;
pre_1_12_2.lo = -60;
pre_1_12_2.up = 60;
pre_1_12_3.lo = -60;
pre_1_12_3.up = 60;
pre_1_12_4.lo = -60;
pre_1_12_4.up = 60;
pre_1_13_0.lo = -62;
pre_1_13_0.up = 62;
pre_1_13_1.lo = -62;
pre_1_13_1.up = 62;
pre_1_13_2.lo = -62;
pre_1_13_2.up = 62;
pre_1_13_3.lo = -62;
pre_1_13_3.up = 62;
pre_1_13_4.lo = -62;
pre_1_13_4.up = 62;
pre_1_14_0.lo = -64;
pre_1_14_0.up = 64;
pre_1_14_1.lo = -64;
pre_1_14_1.up = 64;
pre_1_14_2.lo = -64;
pre_1_14_2.up = 64;
pre_1_14_3.lo = -64;
pre_1_14_3.up = 64;
pre_1_14_4.lo = -64;
pre_1_14_4.up = 64;
post_1_0_0.lo = 0;
post_1_0_0.up = 16;
post_1_0_1.lo = 0;
post_1_0_1.up = 16;
post_1_0_2.lo = 0;
post_1_0_2.up = 16;
post_1_0_3.lo = 0;
post_1_0_3.up = 16;
post_1_0_4.lo = 0;
post_1_0_4.up = 16;
post_1_1_0.lo = 0;
post_1_1_0.up = 14;
post_1_1_1.lo = 0;
post_1_1_1.up = 14;
post_1_1_2.lo = 0;
post_1_1_2.up = 14;
post_1_1_3.lo = 0;
post_1_1_3.up = 14;
post_1_1_4.lo = 0;
post_1_1_4.up = 14;
post_1_2_0.lo = 0;
post_1_2_0.up = 12;
post_1_2_1.lo = 0;
post_1_2_1.up = 12;
post_1_2_2.lo = 0;
post_1_2_2.up = 12;
post_1_2_3.lo = 0;
post_1_2_3.up = 12;
post_1_2_4.lo = 0;
post_1_2_4.up = 12;
post_1_3_0.lo = 0;
post_1_3_0.up = 9;
post_1_3_1.lo = 0;
post_1_3_1.up = 9;
post_1_3_2.lo = 0;
post_1_3_2.up = 9;
post_1_3_3.lo = 0;
post_1_3_3.up = 9;
post_1_3_4.lo = 0;
post_1_3_4.up = 9;
post_1_4_0.lo = 0;
post_1_4_0.up = 10;
post_1_4_1.lo = 0;
post_1_4_1.up = 10;
post_1_4_2.lo = 0;
post_1_4_2.up = 10;
post_1_4_3.lo = 0;
post_1_4_3.up = 10;
post_1_4_4.lo = 0;
post_1_4_4.up = 10;
post_1_5_0.lo = 0;
post_1_5_0.up = 11;
post_1_5_1.lo = 0;
post_1_5_1.up = 11;
post_1_5_2.lo = 0;
post_1_5_2.up = 11;
post_1_5_3.lo = 0;
post_1_5_3.up = 11;
post_1_5_4.lo = 0;
post_1_5_4.up = 11;
post_1_6_0.lo = 0;
post_1_6_0.up = 12;
post_1_6_1.lo = 0;
post_1_6_1.up = 12;
post_1_6_2.lo = 0;
post_1_6_2.up = 12;
post_1_6_3.lo = 0;
post_1_6_3.up = 12;
post_1_6_4.lo = 0;
post_1_6_4.up = 12;
post_1_7_0.lo = 0;
post_1_7_0.up = 24;
post_1_7_1.lo = 0;
post_1_7_1.up = 24;
post_1_7_2.lo = 0;
post_1_7_2.up = 24;
post_1_7_3.lo = 0;
post_1_7_3.up = 24;
post_1_7_4.lo = 0;
post_1_7_4.up = 24;
post_1_8_0.lo = 0;
post_1_8_0.up = 44.57142857142857;
post_1_8_1.lo = 0;
post_1_8_1.up = 44.57142857142857;
post_1_8_2.lo = 0;
post_1_8_2.up = 44.57142857142857;
post_1_8_3.lo = 0;
post_1_8_3.up = 44.57142857142857;
post_1_8_4.lo = 0;
post_1_8_4.up = 44.57142857142857;
post_1_9_0.lo = 0;
post_1_9_0.up = 52;
post_1_9_1.lo = 0;
post_1_9_1.up = 52;
post_1_9_2.lo = 0;
post_1_9_2.up = 52;
post_1_9_3.lo = 0;
post_1_9_3.up = 52;
post_1_9_4.lo = 0;
post_1_9_4.up = 52;
post_1_10_0.lo = 0;
post_1_10_0.up = 53;
post_1_10_1.lo = 0;
post_1_10_1.up = 53;
post_1_10_2.lo = 0;
post_1_10_2.up = 53;
post_1_10_3.lo = 0;
post_1_10_3.up = 53;
post_1_10_4.lo = 0;
post_1_10_4.up = 53;
post_1_11_0.lo = 0;
post_1_11_0.up = 54;
post_1_11_1.lo = 0;
post_1_11_1.up = 54;
post_1_11_2.lo = 0;
post_1_11_2.up = 54;
post_1_11_3.lo = 0;
post_1_11_3.up = 54;
post_1_11_4.lo = 0;
post_1_11_4.up = 54;
post_1_12_0.lo = 0;
post_1_12_0.up = 60;
post_1_12_1.lo = 0;
post_1_12_1.up = 60;
post_1_12_2.lo = 0;
post_1_12_2.up = 60;
post_1_12_3.lo = 0;
post_1_12_3.up = 60;
post_1_12_4.lo = 0;
post_1_12_4.up = 60;
post_1_13_0.lo = 0;
post_1_13_0.up = 62;
post_1_13_1.lo = 0;
post_1_13_1.up = 62;
post_1_13_2.lo = 0;
post_1_13_2.up = 62;
post_1_13_3.lo = 0;
post_1_13_3.up = 62;
post_1_13_4.lo = 0;
post_1_13_4.up = 62;
post_1_14_0.lo = 0;
post_1_14_0.up = 64;
post_1_14_1.lo = 0;
post_1_14_1.up = 64;
post_1_14_2.lo = 0;
post_1_14_2.up = 64;
post_1_14_3.lo = 0;
post_1_14_3.up = 64;
post_1_14_4.lo = 0;
post_1_14_4.up = 64;
out_0_0.lo = -648;
out_0_0.up = 648;
out_0_1.lo = -648;
out_0_1.up = 648;
out_1_0.lo = -568;
out_1_0.up = 568;
out_1_1.lo = -568;
out_1_1.up = 568;
out_2_0.lo = -488;
out_2_0.up = 488;
out_2_1.lo = -488;
out_2_1.up = 488;
out_3_0.lo = -368;
out_3_0.up = 368;
out_3_1.lo = -368;
out_3_1.up = 368;
out_4_0.lo = -408;
out_4_0.up = 408;
out_4_1.lo = -408;
out_4_1.up = 408;
out_5_0.lo = -448;
out_5_0.up = 448;
out_5_1.lo = -448;
out_5_1.up = 448;
out_6_0.lo = -488;
out_6_0.up = 488;
out_6_1.lo = -488;
out_6_1.up = 488;
out_7_0.lo = -968;
out_7_0.up = 968;
out_7_1.lo = -968;
out_7_1.up = 968;
out_8_0.lo = -1790.8571428571427;
out_8_0.up = 1790.8571428571427;
out_8_1.lo = -1790.8571428571427;
out_8_1.up = 1790.8571428571427;
out_9_0.lo = -2088;
out_9_0.up = 2088;
out_9_1.lo = -2088;
out_9_1.up = 2088;
out_10_0.lo = -2128;
out_10_0.up = 2128;
out_10_1.lo = -2128;
out_10_1.up = 2128;
out_11_0.lo = -2168;
out_11_0.up = 2168;
out_11_1.lo = -2168;
out_11_1.up = 2168;
out_12_0.lo = -2408;
out_12_0.up = 2408;
out_12_1.lo = -2408;
out_12_1.up = 2408;
out_13_0.lo = -2488;
out_13_0.up = 2488;
out_13_1.lo = -2488;
out_13_1.up = 2488;
out_14_0.lo = -2568;
out_14_0.up = 2568;
out_14_1.lo = -2568;
out_14_1.up = 2568;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
