* teacher-N16-n2-m2x2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N16-n2-m2x2-p1-s0, problem 1, plain-indicator; {"hidden": [2, 2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, w_2_1_0,
  w_2_1_1, w_3_0_0, w_3_0_1, b_1_0, b_1_1, b_2_0, b_2_1, b_3_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1,
  pre_1_8_0, pre_1_8_1, pre_1_9_0, pre_1_9_1, pre_1_10_0, pre_1_10_1, pre_1_11_0, pre_1_11_1,
  pre_1_12_0, pre_1_12_1, pre_1_13_0, pre_1_13_1, pre_1_14_0, pre_1_14_1, pre_1_15_0, pre_1_15_1,
  pre_2_0_0, pre_2_0_1, pre_2_1_0, pre_2_1_1, pre_2_2_0, pre_2_2_1, pre_2_3_0, pre_2_3_1,
  pre_2_4_0, pre_2_4_1, pre_2_5_0, pre_2_5_1, pre_2_6_0, pre_2_6_1, pre_2_7_0, pre_2_7_1,
  pre_2_8_0, pre_2_8_1, pre_2_9_0, pre_2_9_1, pre_2_10_0, pre_2_10_1, pre_2_11_0, pre_2_11_1,
  pre_2_12_0, pre_2_12_1, pre_2_13_0, pre_2_13_1, pre_2_14_0, pre_2_14_1, pre_2_15_0, pre_2_15_1,
  post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1,
  post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1,
  post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1, post_1_11_0, post_1_11_1,
  post_1_12_0, post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1, post_1_15_0, post_1_15_1,
  post_2_0_0, post_2_0_1, post_2_1_0, post_2_1_1, post_2_2_0, post_2_2_1, post_2_3_0, post_2_3_1,
  post_2_4_0, post_2_4_1, post_2_5_0, post_2_5_1, post_2_6_0, post_2_6_1, post_2_7_0, post_2_7_1,
  post_2_8_0, post_2_8_1, post_2_9_0, post_2_9_1, post_2_10_0, post_2_10_1, post_2_11_0, post_2_11_1,
  post_2_12_0, post_2_12_1, post_2_13_0, post_2_13_1, post_2_14_0, post_2_14_1, post_2_15_0, post_2_15_1,
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
  relu_1_14_0_on_binary_indicator_var, relu_1_14_0_off_binary_indicator_var, relu_1_14_1_on_binary_indicator_var, relu_1_14_1_off_binary_indicator_var, relu_1_15_0_on_binary_indicator_var, relu_1_15_0_off_binary_indicator_var, relu_1_15_1_on_binary_indicator_var, relu_1_15_1_off_binary_indicator_var,
  relu_2_0_0_on_binary_indicator_var, relu_2_0_0_off_binary_indicator_var, relu_2_0_1_on_binary_indicator_var, relu_2_0_1_off_binary_indicator_var, relu_2_1_0_on_binary_indicator_var, relu_2_1_0_off_binary_indicator_var, relu_2_1_1_on_binary_indicator_var, relu_2_1_1_off_binary_indicator_var,
  relu_2_2_0_on_binary_indicator_var, relu_2_2_0_off_binary_indicator_var, relu_2_2_1_on_binary_indicator_var, relu_2_2_1_off_binary_indicator_var, relu_2_3_0_on_binary_indicator_var, relu_2_3_0_off_binary_indicator_var, relu_2_3_1_on_binary_indicator_var, relu_2_3_1_off_binary_indicator_var,
  relu_2_4_0_on_binary_indicator_var, relu_2_4_0_off_binary_indicator_var, relu_2_4_1_on_binary_indicator_var, relu_2_4_1_off_binary_indicator_var, relu_2_5_0_on_binary_indicator_var, relu_2_5_0_off_binary_indicator_var, relu_2_5_1_on_binary_indicator_var, relu_2_5_1_off_binary_indicator_var,
  relu_2_6_0_on_binary_indicator_var, relu_2_6_0_off_binary_indicator_var, relu_2_6_1_on_binary_indicator_var, relu_2_6_1_off_binary_indicator_var, relu_2_7_0_on_binary_indicator_var, relu_2_7_0_off_binary_indicator_var, relu_2_7_1_on_binary_indicator_var, relu_2_7_1_off_binary_indicator_var,
  relu_2_8_0_on_binary_indicator_var, relu_2_8_0_off_binary_indicator_var, relu_2_8_1_on_binary_indicator_var, relu_2_8_1_off_binary_indicator_var, relu_2_9_0_on_binary_indicator_var, relu_2_9_0_off_binary_indicator_var, relu_2_9_1_on_binary_indicator_var, relu_2_9_1_off_binary_indicator_var,
  relu_2_10_0_on_binary_indicator_var, relu_2_10_0_off_binary_indicator_var, relu_2_10_1_on_binary_indicator_var, relu_2_10_1_off_binary_indicator_var, relu_2_11_0_on_binary_indicator_var, relu_2_11_0_off_binary_indicator_var, relu_2_11_1_on_binary_indicator_var, relu_2_11_1_off_binary_indicator_var,
  relu_2_12_0_on_binary_indicator_var, relu_2_12_0_off_binary_indicator_var, relu_2_12_1_on_binary_indicator_var, relu_2_12_1_off_binary_indicator_var, relu_2_13_0_on_binary_indicator_var, relu_2_13_0_off_binary_indicator_var, relu_2_13_1_on_binary_indicator_var, relu_2_13_1_off_binary_indicator_var,
  relu_2_14_0_on_binary_indicator_var, relu_2_14_0_off_binary_indicator_var, relu_2_14_1_on_binary_indicator_var, relu_2_14_1_off_binary_indicator_var, relu_2_15_0_on_binary_indicator_var, relu_2_15_0_off_binary_indicator_var, relu_2_15_1_on_binary_indicator_var, relu_2_15_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, pre_definition_2_0_0, pre_definition_2_0_1, pre_definition_2_1_0, pre_definition_2_1_1, pre_definition_2_2_0, pre_definition_2_2_1, pre_definition_2_3_0,
  pre_definition_2_3_1, pre_definition_2_4_0, pre_definition_2_4_1, pre_definition_2_5_0, pre_definition_2_5_1, pre_definition_2_6_0, pre_definition_2_6_1, pre_definition_2_7_0,
  pre_definition_2_7_1, pre_definition_2_8_0, pre_definition_2_8_1, pre_definition_2_9_0, pre_definition_2_9_1, pre_definition_2_10_0, pre_definition_2_10_1, pre_definition_2_11_0,
  pre_definition_2_11_1, pre_definition_2_12_0, pre_definition_2_12_1, pre_definition_2_13_0, pre_definition_2_13_1, pre_definition_2_14_0, pre_definition_2_14_1, pre_definition_2_15_0,
  pre_definition_2_15_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e83_, e84_, e85_, e86_, e87_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e90_, e91_, e92_, e93_, e94_, relu_1_1_0_above_pre,
  relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e97_, e98_, e99_, e100_, e101_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e104_, e105_, e106_, e107_, e108_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e111_,
  e112_, e113_, e114_, e115_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e118_, e119_,
  e120_, e121_, e122_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e125_, e126_, e127_,
  e128_, e129_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e132_, e133_, e134_, e135_,
  e136_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e139_, e140_, e141_, e142_, e143_,
  relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e146_, e147_, e148_, e149_, e150_, relu_1_5_0_above_pre,
  relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e153_, e154_, e155_, e156_, e157_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor,
  e160_, e161_, e162_, e163_, e164_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e167_,
  e168_, e169_, e170_, e171_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e174_, e175_,
  e176_, e177_, e178_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e181_, e182_, e183_,
  e184_, e185_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e188_, e189_, e190_, e191_,
  e192_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e195_, e196_, e197_, e198_, e199_,
  relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e202_, e203_, e204_, e205_, e206_, relu_1_9_0_above_pre,
  relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e209_, e210_, e211_, e212_, e213_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor,
  e216_, e217_, e218_, e219_, e220_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e223_,
  e224_, e225_, e226_, e227_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e230_, e231_,
  e232_, e233_, e234_, relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e237_, e238_, e239_,
  e240_, e241_, relu_1_11_1_above_pre, relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e244_, e245_, e246_, e247_,
  e248_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e251_, e252_, e253_, e254_, e255_,
  relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e258_, e259_, e260_, e261_, e262_, relu_1_13_0_above_pre,
  relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e265_, e266_, e267_, e268_, e269_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor,
  e272_, e273_, e274_, e275_, e276_, relu_1_14_0_above_pre, relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e279_,
  e280_, e281_, e282_, e283_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor, e286_, e287_,
  e288_, e289_, e290_, relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e293_, e294_, e295_,
  e296_, e297_, relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e300_, e301_, e302_, e303_,
  e304_, relu_2_0_0_above_pre, relu_2_0_0__pyomo_gdp_bigm_reformulation_either_xor, e307_, e308_, e309_, e310_, e311_,
  relu_2_0_1_above_pre, relu_2_0_1__pyomo_gdp_bigm_reformulation_either_xor, e314_, e315_, e316_, e317_, e318_, relu_2_1_0_above_pre,
  relu_2_1_0__pyomo_gdp_bigm_reformulation_either_xor, e321_, e322_, e323_, e324_, e325_, relu_2_1_1_above_pre, relu_2_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e328_, e329_, e330_, e331_, e332_, relu_2_2_0_above_pre, relu_2_2_0__pyomo_gdp_bigm_reformulation_either_xor, e335_,
  e336_, e337_, e338_, e339_, relu_2_2_1_above_pre, relu_2_2_1__pyomo_gdp_bigm_reformulation_either_xor, e342_, e343_,
  e344_, e345_, e346_, relu_2_3_0_above_pre, relu_2_3_0__pyomo_gdp_bigm_reformulation_either_xor, e349_, e350_, e351_,
  e352_, e353_, relu_2_3_1_above_pre, relu_2_3_1__pyomo_gdp_bigm_reformulation_either_xor, e356_, e357_, e358_, e359_,
  e360_, relu_2_4_0_above_pre, relu_2_4_0__pyomo_gdp_bigm_reformulation_either_xor, e363_, e364_, e365_, e366_, e367_,
  relu_2_4_1_above_pre, relu_2_4_1__pyomo_gdp_bigm_reformulation_either_xor, e370_, e371_, e372_, e373_, e374_, relu_2_5_0_above_pre,
  relu_2_5_0__pyomo_gdp_bigm_reformulation_either_xor, e377_, e378_, e379_, e380_, e381_, relu_2_5_1_above_pre, relu_2_5_1__pyomo_gdp_bigm_reformulation_either_xor,
  e384_, e385_, e386_, e387_, e388_, relu_2_6_0_above_pre, relu_2_6_0__pyomo_gdp_bigm_reformulation_either_xor, e391_,
  e392_, e393_, e394_, e395_, relu_2_6_1_above_pre, relu_2_6_1__pyomo_gdp_bigm_reformulation_either_xor, e398_, e399_,
  e400_, e401_, e402_, relu_2_7_0_above_pre, relu_2_7_0__pyomo_gdp_bigm_reformulation_either_xor, e405_, e406_, e407_,
  e408_, e409_, relu_2_7_1_above_pre, relu_2_7_1__pyomo_gdp_bigm_reformulation_either_xor, e412_, e413_, e414_, e415_,
  e416_, relu_2_8_0_above_pre, relu_2_8_0__pyomo_gdp_bigm_reformulation_either_xor, e419_, e420_, e421_, e422_, e423_,
  relu_2_8_1_above_pre, relu_2_8_1__pyomo_gdp_bigm_reformulation_either_xor, e426_, e427_, e428_, e429_, e430_, relu_2_9_0_above_pre,
  relu_2_9_0__pyomo_gdp_bigm_reformulation_either_xor, e433_, e434_, e435_, e436_, e437_, relu_2_9_1_above_pre, relu_2_9_1__pyomo_gdp_bigm_reformulation_either_xor,
  e440_, e441_, e442_, e443_, e444_, relu_2_10_0_above_pre, relu_2_10_0__pyomo_gdp_bigm_reformulation_either_xor, e447_,
  e448_, e449_, e450_, e451_, relu_2_10_1_above_pre, relu_2_10_1__pyomo_gdp_bigm_reformulation_either_xor, e454_, e455_,
  e456_, e457_, e458_, relu_2_11_0_above_pre, relu_2_11_0__pyomo_gdp_bigm_reformulation_either_xor, e461_, e462_, e463_,
  e464_, e465_, relu_2_11_1_above_pre, relu_2_11_1__pyomo_gdp_bigm_reformulation_either_xor, e468_, e469_, e470_, e471_,
  e472_, relu_2_12_0_above_pre, relu_2_12_0__pyomo_gdp_bigm_reformulation_either_xor, e475_, e476_, e477_, e478_, e479_,
  relu_2_12_1_above_pre, relu_2_12_1__pyomo_gdp_bigm_reformulation_either_xor, e482_, e483_, e484_, e485_, e486_, relu_2_13_0_above_pre,
  relu_2_13_0__pyomo_gdp_bigm_reformulation_either_xor, e489_, e490_, e491_, e492_, e493_, relu_2_13_1_above_pre, relu_2_13_1__pyomo_gdp_bigm_reformulation_either_xor,
  e496_, e497_, e498_, e499_, e500_, relu_2_14_0_above_pre, relu_2_14_0__pyomo_gdp_bigm_reformulation_either_xor, e503_,
  e504_, e505_, e506_, e507_, relu_2_14_1_above_pre, relu_2_14_1__pyomo_gdp_bigm_reformulation_either_xor, e510_, e511_,
  e512_, e513_, e514_, relu_2_15_0_above_pre, relu_2_15_0__pyomo_gdp_bigm_reformulation_either_xor, e517_, e518_, e519_,
  e520_, e521_, relu_2_15_1_above_pre, relu_2_15_1__pyomo_gdp_bigm_reformulation_either_xor, e524_, e525_, e526_, e527_,
  e528_;

e_obj.. - objvar - 2.7202532279251863*out_0_0 - 3.0565263022993197*out_1_0 - 2.266927293989921*out_2_0 - 2.6395703365261536*out_3_0 - 1.9812051329573805*out_4_0 - 1.9037131986059108*out_5_0 - 2.1722695760357444*out_6_0
    - 1.8485757696374296*out_7_0 - 2.206086785418303*out_8_0 - 2.371260708309112*out_9_0 - 2.7305648377487386*out_10_0 - 1.7191220710679769*out_11_0 - 2.458822991596638*out_12_0 - 2.5058716175618727*out_13_0 - 2.244789005439479*out_14_0
    - 2.92012886922076*out_15_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 22.83155035657749 =e= 0;
pre_definition_1_0_0.. + 0.648688758794882*w_1_0_0 - 0.7263578446997732*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.648688758794882*w_1_1_0 - 0.7263578446997732*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.08292244049818343*w_1_0_0 + 0.40057621892523043*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.08292244049818343*w_1_1_0 + 0.40057621892523043*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.1546255576046831*w_1_0_0 + 0.9433606577090741*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.1546255576046831*w_1_1_0 + 0.9433606577090741*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.7514334470008721*w_1_0_0 - 0.34124882938726064*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.7514334470008721*w_1_1_0 - 0.34124882938726064*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.2943790231485002*w_1_0_0 - 0.2307702229625077*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.2943790231485002*w_1_1_0 - 0.2307702229625077*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.23264489147623313*w_1_0_0 - 0.994419871578422*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.23264489147623313*w_1_1_0 - 0.994419871578422*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.9616706775524602*w_1_0_0 - 0.3710839689613894*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.9616706775524602*w_1_1_0 - 0.3710839689613894*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.3009185525356326*w_1_0_0 - 0.37689346114188016*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.3009185525356326*w_1_1_0 - 0.37689346114188016*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. + 0.22215715204179243*w_1_0_0 + 0.7298069899551776*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 0.22215715204179243*w_1_1_0 + 0.7298069899551776*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.4429766803881634*w_1_0_0 - 0.050708644951451776*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.4429766803881634*w_1_1_0 - 0.050708644951451776*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. + 0.3795162488820887*w_1_0_0 + 0.028329282336421846*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. + 0.3795162488820887*w_1_1_0 + 0.028329282336421846*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. - 0.7789756686980005*w_1_0_0 - 0.8680870319124994*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 0.7789756686980005*w_1_1_0 - 0.8680870319124994*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. + 0.28440960658185954*w_1_0_0 - 0.14305966145952187*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. + 0.28440960658185954*w_1_1_0 - 0.14305966145952187*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. + 0.3562612178481157*w_1_0_0 - 0.1886000603993936*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.3562612178481157*w_1_1_0 - 0.1886000603993936*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. + 0.3241775489857335*w_1_0_0 + 0.21676199894367754*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. + 0.3241775489857335*w_1_1_0 + 0.21676199894367754*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. - 0.7805487040095846*w_1_0_0 + 0.5456848129332406*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. - 0.7805487040095846*w_1_1_0 + 0.5456848129332406*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_2_0_0.. - 1*b_2_0 + 1*pre_2_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
pre_definition_2_0_1.. - 1*b_2_1 + 1*pre_2_0_1 - 1*w_2_1_0*post_1_0_0 - 1*w_2_1_1*post_1_0_1 =e= 0;
pre_definition_2_1_0.. - 1*b_2_0 + 1*pre_2_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
pre_definition_2_1_1.. - 1*b_2_1 + 1*pre_2_1_1 - 1*w_2_1_0*post_1_1_0 - 1*w_2_1_1*post_1_1_1 =e= 0;
pre_definition_2_2_0.. - 1*b_2_0 + 1*pre_2_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
pre_definition_2_2_1.. - 1*b_2_1 + 1*pre_2_2_1 - 1*w_2_1_0*post_1_2_0 - 1*w_2_1_1*post_1_2_1 =e= 0;
pre_definition_2_3_0.. - 1*b_2_0 + 1*pre_2_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
pre_definition_2_3_1.. - 1*b_2_1 + 1*pre_2_3_1 - 1*w_2_1_0*post_1_3_0 - 1*w_2_1_1*post_1_3_1 =e= 0;
pre_definition_2_4_0.. - 1*b_2_0 + 1*pre_2_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
pre_definition_2_4_1.. - 1*b_2_1 + 1*pre_2_4_1 - 1*w_2_1_0*post_1_4_0 - 1*w_2_1_1*post_1_4_1 =e= 0;
pre_definition_2_5_0.. - 1*b_2_0 + 1*pre_2_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
pre_definition_2_5_1.. - 1*b_2_1 + 1*pre_2_5_1 - 1*w_2_1_0*post_1_5_0 - 1*w_2_1_1*post_1_5_1 =e= 0;
pre_definition_2_6_0.. - 1*b_2_0 + 1*pre_2_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
pre_definition_2_6_1.. - 1*b_2_1 + 1*pre_2_6_1 - 1*w_2_1_0*post_1_6_0 - 1*w_2_1_1*post_1_6_1 =e= 0;
pre_definition_2_7_0.. - 1*b_2_0 + 1*pre_2_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
pre_definition_2_7_1.. - 1*b_2_1 + 1*pre_2_7_1 - 1*w_2_1_0*post_1_7_0 - 1*w_2_1_1*post_1_7_1 =e= 0;
pre_definition_2_8_0.. - 1*b_2_0 + 1*pre_2_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 =e= 0;
pre_definition_2_8_1.. - 1*b_2_1 + 1*pre_2_8_1 - 1*w_2_1_0*post_1_8_0 - 1*w_2_1_1*post_1_8_1 =e= 0;
pre_definition_2_9_0.. - 1*b_2_0 + 1*pre_2_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 =e= 0;
pre_definition_2_9_1.. - 1*b_2_1 + 1*pre_2_9_1 - 1*w_2_1_0*post_1_9_0 - 1*w_2_1_1*post_1_9_1 =e= 0;
pre_definition_2_10_0.. - 1*b_2_0 + 1*pre_2_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 =e= 0;
pre_definition_2_10_1.. - 1*b_2_1 + 1*pre_2_10_1 - 1*w_2_1_0*post_1_10_0 - 1*w_2_1_1*post_1_10_1 =e= 0;
pre_definition_2_11_0.. - 1*b_2_0 + 1*pre_2_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 =e= 0;
pre_definition_2_11_1.. - 1*b_2_1 + 1*pre_2_11_1 - 1*w_2_1_0*post_1_11_0 - 1*w_2_1_1*post_1_11_1 =e= 0;
pre_definition_2_12_0.. - 1*b_2_0 + 1*pre_2_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 =e= 0;
pre_definition_2_12_1.. - 1*b_2_1 + 1*pre_2_12_1 - 1*w_2_1_0*post_1_12_0 - 1*w_2_1_1*post_1_12_1 =e= 0;
pre_definition_2_13_0.. - 1*b_2_0 + 1*pre_2_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 =e= 0;
pre_definition_2_13_1.. - 1*b_2_1 + 1*pre_2_13_1 - 1*w_2_1_0*post_1_13_0 - 1*w_2_1_1*post_1_13_1 =e= 0;
pre_definition_2_14_0.. - 1*b_2_0 + 1*pre_2_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 =e= 0;
pre_definition_2_14_1.. - 1*b_2_1 + 1*pre_2_14_1 - 1*w_2_1_0*post_1_14_0 - 1*w_2_1_1*post_1_14_1 =e= 0;
pre_definition_2_15_0.. - 1*b_2_0 + 1*pre_2_15_0 - 1*w_2_0_0*post_1_15_0 - 1*w_2_0_1*post_1_15_1 =e= 0;
pre_definition_2_15_1.. - 1*b_2_1 + 1*pre_2_15_1 - 1*w_2_1_0*post_1_15_0 - 1*w_2_1_1*post_1_15_1 =e= 0;
out_definition_0_0.. - 1*b_3_0 + 1*out_0_0 - 1*w_3_0_0*post_2_0_0 - 1*w_3_0_1*post_2_0_1 =e= 0;
out_definition_1_0.. - 1*b_3_0 + 1*out_1_0 - 1*w_3_0_0*post_2_1_0 - 1*w_3_0_1*post_2_1_1 =e= 0;
out_definition_2_0.. - 1*b_3_0 + 1*out_2_0 - 1*w_3_0_0*post_2_2_0 - 1*w_3_0_1*post_2_2_1 =e= 0;
out_definition_3_0.. - 1*b_3_0 + 1*out_3_0 - 1*w_3_0_0*post_2_3_0 - 1*w_3_0_1*post_2_3_1 =e= 0;
out_definition_4_0.. - 1*b_3_0 + 1*out_4_0 - 1*w_3_0_0*post_2_4_0 - 1*w_3_0_1*post_2_4_1 =e= 0;
out_definition_5_0.. - 1*b_3_0 + 1*out_5_0 - 1*w_3_0_0*post_2_5_0 - 1*w_3_0_1*post_2_5_1 =e= 0;
out_definition_6_0.. - 1*b_3_0 + 1*out_6_0 - 1*w_3_0_0*post_2_6_0 - 1*w_3_0_1*post_2_6_1 =e= 0;
out_definition_7_0.. - 1*b_3_0 + 1*out_7_0 - 1*w_3_0_0*post_2_7_0 - 1*w_3_0_1*post_2_7_1 =e= 0;
out_definition_8_0.. - 1*b_3_0 + 1*out_8_0 - 1*w_3_0_0*post_2_8_0 - 1*w_3_0_1*post_2_8_1 =e= 0;
out_definition_9_0.. - 1*b_3_0 + 1*out_9_0 - 1*w_3_0_0*post_2_9_0 - 1*w_3_0_1*post_2_9_1 =e= 0;
out_definition_10_0.. - 1*b_3_0 + 1*out_10_0 - 1*w_3_0_0*post_2_10_0 - 1*w_3_0_1*post_2_10_1 =e= 0;
out_definition_11_0.. - 1*b_3_0 + 1*out_11_0 - 1*w_3_0_0*post_2_11_0 - 1*w_3_0_1*post_2_11_1 =e= 0;
out_definition_12_0.. - 1*b_3_0 + 1*out_12_0 - 1*w_3_0_0*post_2_12_0 - 1*w_3_0_1*post_2_12_1 =e= 0;
out_definition_13_0.. - 1*b_3_0 + 1*out_13_0 - 1*w_3_0_0*post_2_13_0 - 1*w_3_0_1*post_2_13_1 =e= 0;
out_definition_14_0.. - 1*b_3_0 + 1*out_14_0 - 1*w_3_0_0*post_2_14_0 - 1*w_3_0_1*post_2_14_1 =e= 0;
out_definition_15_0.. - 1*b_3_0 + 1*out_15_0 - 1*w_3_0_0*post_2_15_0 - 1*w_3_0_1*post_2_15_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e83_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.125139810483965*relu_1_0_0_on_binary_indicator_var =g= -7.125139810483965;
e84_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 14.25027962096793*relu_1_0_0_on_binary_indicator_var =l= 14.25027962096793;
e85_.. + 1*post_1_0_0 =g= 0;
e86_.. + 1*post_1_0_0 + 7.125139810483965*relu_1_0_0_off_binary_indicator_var =l= 7.125139810483965;
e87_.. + 1*pre_1_0_0 + 7.125139810483965*relu_1_0_0_off_binary_indicator_var =l= 7.125139810483965;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e90_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.125139810483965*relu_1_0_1_on_binary_indicator_var =g= -7.125139810483965;
e91_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 14.25027962096793*relu_1_0_1_on_binary_indicator_var =l= 14.25027962096793;
e92_.. + 1*post_1_0_1 =g= 0;
e93_.. + 1*post_1_0_1 + 7.125139810483965*relu_1_0_1_off_binary_indicator_var =l= 7.125139810483965;
e94_.. + 1*pre_1_0_1 + 7.125139810483965*relu_1_0_1_off_binary_indicator_var =l= 7.125139810483965;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e97_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 4.450495978270242*relu_1_1_0_on_binary_indicator_var =g= -4.450495978270242;
e98_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 8.900991956540484*relu_1_1_0_on_binary_indicator_var =l= 8.900991956540484;
e99_.. + 1*post_1_1_0 =g= 0;
e100_.. + 1*post_1_1_0 + 4.450495978270242*relu_1_1_0_off_binary_indicator_var =l= 4.450495978270242;
e101_.. + 1*pre_1_1_0 + 4.450495978270242*relu_1_1_0_off_binary_indicator_var =l= 4.450495978270242;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e104_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 4.450495978270242*relu_1_1_1_on_binary_indicator_var =g= -4.450495978270242;
e105_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 8.900991956540484*relu_1_1_1_on_binary_indicator_var =l= 8.900991956540484;
e106_.. + 1*post_1_1_1 =g= 0;
e107_.. + 1*post_1_1_1 + 4.450495978270242*relu_1_1_1_off_binary_indicator_var =l= 4.450495978270242;
e108_.. + 1*pre_1_1_1 + 4.450495978270242*relu_1_1_1_off_binary_indicator_var =l= 4.450495978270242;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e111_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 6.293958645941272*relu_1_2_0_on_binary_indicator_var =g= -6.293958645941272;
e112_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 12.587917291882544*relu_1_2_0_on_binary_indicator_var =l= 12.587917291882544;
e113_.. + 1*post_1_2_0 =g= 0;
e114_.. + 1*post_1_2_0 + 6.293958645941272*relu_1_2_0_off_binary_indicator_var =l= 6.293958645941272;
e115_.. + 1*pre_1_2_0 + 6.293958645941272*relu_1_2_0_off_binary_indicator_var =l= 6.293958645941272;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e118_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 6.293958645941272*relu_1_2_1_on_binary_indicator_var =g= -6.293958645941272;
e119_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 12.587917291882544*relu_1_2_1_on_binary_indicator_var =l= 12.587917291882544;
e120_.. + 1*post_1_2_1 =g= 0;
e121_.. + 1*post_1_2_1 + 6.293958645941272*relu_1_2_1_off_binary_indicator_var =l= 6.293958645941272;
e122_.. + 1*pre_1_2_1 + 6.293958645941272*relu_1_2_1_off_binary_indicator_var =l= 6.293958645941272;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e125_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6.278046829164398*relu_1_3_0_on_binary_indicator_var =g= -6.278046829164398;
e126_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 12.556093658328797*relu_1_3_0_on_binary_indicator_var =l= 12.556093658328797;
e127_.. + 1*post_1_3_0 =g= 0;
e128_.. + 1*post_1_3_0 + 6.278046829164398*relu_1_3_0_off_binary_indicator_var =l= 6.278046829164398;
e129_.. + 1*pre_1_3_0 + 6.278046829164398*relu_1_3_0_off_binary_indicator_var =l= 6.278046829164398;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e132_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 6.278046829164398*relu_1_3_1_on_binary_indicator_var =g= -6.278046829164398;
e133_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 12.556093658328797*relu_1_3_1_on_binary_indicator_var =l= 12.556093658328797;
e134_.. + 1*post_1_3_1 =g= 0;
e135_.. + 1*post_1_3_1 + 6.278046829164398*relu_1_3_1_off_binary_indicator_var =l= 6.278046829164398;
e136_.. + 1*pre_1_3_1 + 6.278046829164398*relu_1_3_1_off_binary_indicator_var =l= 6.278046829164398;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e139_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4.575447738333024*relu_1_4_0_on_binary_indicator_var =g= -4.575447738333024;
e140_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 9.150895476666047*relu_1_4_0_on_binary_indicator_var =l= 9.150895476666047;
e141_.. + 1*post_1_4_0 =g= 0;
e142_.. + 1*post_1_4_0 + 4.575447738333024*relu_1_4_0_off_binary_indicator_var =l= 4.575447738333024;
e143_.. + 1*pre_1_4_0 + 4.575447738333024*relu_1_4_0_off_binary_indicator_var =l= 4.575447738333024;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e146_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4.575447738333024*relu_1_4_1_on_binary_indicator_var =g= -4.575447738333024;
e147_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 9.150895476666047*relu_1_4_1_on_binary_indicator_var =l= 9.150895476666047;
e148_.. + 1*post_1_4_1 =g= 0;
e149_.. + 1*post_1_4_1 + 4.575447738333024*relu_1_4_1_off_binary_indicator_var =l= 4.575447738333024;
e150_.. + 1*pre_1_4_1 + 4.575447738333024*relu_1_4_1_off_binary_indicator_var =l= 4.575447738333024;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e153_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 6.681194289163965*relu_1_5_0_on_binary_indicator_var =g= -6.681194289163965;
e154_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 13.36238857832793*relu_1_5_0_on_binary_indicator_var =l= 13.36238857832793;
e155_.. + 1*post_1_5_0 =g= 0;
e156_.. + 1*post_1_5_0 + 6.681194289163965*relu_1_5_0_off_binary_indicator_var =l= 6.681194289163965;
e157_.. + 1*pre_1_5_0 + 6.681194289163965*relu_1_5_0_off_binary_indicator_var =l= 6.681194289163965;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e160_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 6.681194289163965*relu_1_5_1_on_binary_indicator_var =g= -6.681194289163965;
e161_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 13.36238857832793*relu_1_5_1_on_binary_indicator_var =l= 13.36238857832793;
e162_.. + 1*post_1_5_1 =g= 0;
e163_.. + 1*post_1_5_1 + 6.681194289163965*relu_1_5_1_off_binary_indicator_var =l= 6.681194289163965;
e164_.. + 1*pre_1_5_1 + 6.681194289163965*relu_1_5_1_off_binary_indicator_var =l= 6.681194289163965;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e167_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.998263939541548*relu_1_6_0_on_binary_indicator_var =g= -6.998263939541548;
e168_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 13.996527879083096*relu_1_6_0_on_binary_indicator_var =l= 13.996527879083096;
e169_.. + 1*post_1_6_0 =g= 0;
e170_.. + 1*post_1_6_0 + 6.998263939541548*relu_1_6_0_off_binary_indicator_var =l= 6.998263939541548;
e171_.. + 1*pre_1_6_0 + 6.998263939541548*relu_1_6_0_off_binary_indicator_var =l= 6.998263939541548;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e174_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.998263939541548*relu_1_6_1_on_binary_indicator_var =g= -6.998263939541548;
e175_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 13.996527879083096*relu_1_6_1_on_binary_indicator_var =l= 13.996527879083096;
e176_.. + 1*post_1_6_1 =g= 0;
e177_.. + 1*post_1_6_1 + 6.998263939541548*relu_1_6_1_off_binary_indicator_var =l= 6.998263939541548;
e178_.. + 1*pre_1_6_1 + 6.998263939541548*relu_1_6_1_off_binary_indicator_var =l= 6.998263939541548;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e181_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 5.033436041032538*relu_1_7_0_on_binary_indicator_var =g= -5.033436041032538;
e182_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 10.066872082065077*relu_1_7_0_on_binary_indicator_var =l= 10.066872082065077;
e183_.. + 1*post_1_7_0 =g= 0;
e184_.. + 1*post_1_7_0 + 5.033436041032538*relu_1_7_0_off_binary_indicator_var =l= 5.033436041032538;
e185_.. + 1*pre_1_7_0 + 5.033436041032538*relu_1_7_0_off_binary_indicator_var =l= 5.033436041032538;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e188_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 5.033436041032538*relu_1_7_1_on_binary_indicator_var =g= -5.033436041032538;
e189_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 10.066872082065077*relu_1_7_1_on_binary_indicator_var =l= 10.066872082065077;
e190_.. + 1*post_1_7_1 =g= 0;
e191_.. + 1*post_1_7_1 + 5.033436041032538*relu_1_7_1_off_binary_indicator_var =l= 5.033436041032538;
e192_.. + 1*pre_1_7_1 + 5.033436041032538*relu_1_7_1_off_binary_indicator_var =l= 5.033436041032538;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e195_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 5.85589242599091*relu_1_8_0_on_binary_indicator_var =g= -5.85589242599091;
e196_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 11.71178485198182*relu_1_8_0_on_binary_indicator_var =l= 11.71178485198182;
e197_.. + 1*post_1_8_0 =g= 0;
e198_.. + 1*post_1_8_0 + 5.85589242599091*relu_1_8_0_off_binary_indicator_var =l= 5.85589242599091;
e199_.. + 1*pre_1_8_0 + 5.85589242599091*relu_1_8_0_off_binary_indicator_var =l= 5.85589242599091;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e202_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 5.85589242599091*relu_1_8_1_on_binary_indicator_var =g= -5.85589242599091;
e203_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 11.71178485198182*relu_1_8_1_on_binary_indicator_var =l= 11.71178485198182;
e204_.. + 1*post_1_8_1 =g= 0;
e205_.. + 1*post_1_8_1 + 5.85589242599091*relu_1_8_1_off_binary_indicator_var =l= 5.85589242599091;
e206_.. + 1*pre_1_8_1 + 5.85589242599091*relu_1_8_1_off_binary_indicator_var =l= 5.85589242599091;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e209_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 4.481055976018846*relu_1_9_0_on_binary_indicator_var =g= -4.481055976018846;
e210_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 8.962111952037692*relu_1_9_0_on_binary_indicator_var =l= 8.962111952037692;
e211_.. + 1*post_1_9_0 =g= 0;
e212_.. + 1*post_1_9_0 + 4.481055976018846*relu_1_9_0_off_binary_indicator_var =l= 4.481055976018846;
e213_.. + 1*pre_1_9_0 + 4.481055976018846*relu_1_9_0_off_binary_indicator_var =l= 4.481055976018846;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e216_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 4.481055976018846*relu_1_9_1_on_binary_indicator_var =g= -4.481055976018846;
e217_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 8.962111952037692*relu_1_9_1_on_binary_indicator_var =l= 8.962111952037692;
e218_.. + 1*post_1_9_1 =g= 0;
e219_.. + 1*post_1_9_1 + 4.481055976018846*relu_1_9_1_off_binary_indicator_var =l= 4.481055976018846;
e220_.. + 1*pre_1_9_1 + 4.481055976018846*relu_1_9_1_off_binary_indicator_var =l= 4.481055976018846;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e223_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 4.223536593655531*relu_1_10_0_on_binary_indicator_var =g= -4.223536593655531;
e224_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 8.447073187311062*relu_1_10_0_on_binary_indicator_var =l= 8.447073187311062;
e225_.. + 1*post_1_10_0 =g= 0;
e226_.. + 1*post_1_10_0 + 4.223536593655531*relu_1_10_0_off_binary_indicator_var =l= 4.223536593655531;
e227_.. + 1*pre_1_10_0 + 4.223536593655531*relu_1_10_0_off_binary_indicator_var =l= 4.223536593655531;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e230_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 4.223536593655531*relu_1_10_1_on_binary_indicator_var =g= -4.223536593655531;
e231_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 8.447073187311062*relu_1_10_1_on_binary_indicator_var =l= 8.447073187311062;
e232_.. + 1*post_1_10_1 =g= 0;
e233_.. + 1*post_1_10_1 + 4.223536593655531*relu_1_10_1_off_binary_indicator_var =l= 4.223536593655531;
e234_.. + 1*pre_1_10_1 + 4.223536593655531*relu_1_10_1_off_binary_indicator_var =l= 4.223536593655531;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e237_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 7.9411881018315*relu_1_11_0_on_binary_indicator_var =g= -7.9411881018315;
e238_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 15.882376203663*relu_1_11_0_on_binary_indicator_var =l= 15.882376203663;
e239_.. + 1*post_1_11_0 =g= 0;
e240_.. + 1*post_1_11_0 + 7.9411881018315*relu_1_11_0_off_binary_indicator_var =l= 7.9411881018315;
e241_.. + 1*pre_1_11_0 + 7.9411881018315*relu_1_11_0_off_binary_indicator_var =l= 7.9411881018315;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e244_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 7.9411881018315*relu_1_11_1_on_binary_indicator_var =g= -7.9411881018315;
e245_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 15.882376203663*relu_1_11_1_on_binary_indicator_var =l= 15.882376203663;
e246_.. + 1*post_1_11_1 =g= 0;
e247_.. + 1*post_1_11_1 + 7.9411881018315*relu_1_11_1_off_binary_indicator_var =l= 7.9411881018315;
e248_.. + 1*pre_1_11_1 + 7.9411881018315*relu_1_11_1_off_binary_indicator_var =l= 7.9411881018315;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e251_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 4.282407804124144*relu_1_12_0_on_binary_indicator_var =g= -4.282407804124144;
e252_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 8.564815608248288*relu_1_12_0_on_binary_indicator_var =l= 8.564815608248288;
e253_.. + 1*post_1_12_0 =g= 0;
e254_.. + 1*post_1_12_0 + 4.282407804124144*relu_1_12_0_off_binary_indicator_var =l= 4.282407804124144;
e255_.. + 1*pre_1_12_0 + 4.282407804124144*relu_1_12_0_off_binary_indicator_var =l= 4.282407804124144;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e258_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 4.282407804124144*relu_1_12_1_on_binary_indicator_var =g= -4.282407804124144;
e259_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 8.564815608248288*relu_1_12_1_on_binary_indicator_var =l= 8.564815608248288;
e260_.. + 1*post_1_12_1 =g= 0;
e261_.. + 1*post_1_12_1 + 4.282407804124144*relu_1_12_1_off_binary_indicator_var =l= 4.282407804124144;
e262_.. + 1*pre_1_12_1 + 4.282407804124144*relu_1_12_1_off_binary_indicator_var =l= 4.282407804124144;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e265_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 4.634583834742528*relu_1_13_0_on_binary_indicator_var =g= -4.634583834742528;
e266_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 9.269167669485055*relu_1_13_0_on_binary_indicator_var =l= 9.269167669485055;
e267_.. + 1*post_1_13_0 =g= 0;
e268_.. + 1*post_1_13_0 + 4.634583834742528*relu_1_13_0_off_binary_indicator_var =l= 4.634583834742528;
e269_.. + 1*pre_1_13_0 + 4.634583834742528*relu_1_13_0_off_binary_indicator_var =l= 4.634583834742528;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e272_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 4.634583834742528*relu_1_13_1_on_binary_indicator_var =g= -4.634583834742528;
e273_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 9.269167669485055*relu_1_13_1_on_binary_indicator_var =l= 9.269167669485055;
e274_.. + 1*post_1_13_1 =g= 0;
e275_.. + 1*post_1_13_1 + 4.634583834742528*relu_1_13_1_off_binary_indicator_var =l= 4.634583834742528;
e276_.. + 1*pre_1_13_1 + 4.634583834742528*relu_1_13_1_off_binary_indicator_var =l= 4.634583834742528;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e279_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 4.622818643788233*relu_1_14_0_on_binary_indicator_var =g= -4.622818643788233;
e280_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 9.245637287576466*relu_1_14_0_on_binary_indicator_var =l= 9.245637287576466;
e281_.. + 1*post_1_14_0 =g= 0;
e282_.. + 1*post_1_14_0 + 4.622818643788233*relu_1_14_0_off_binary_indicator_var =l= 4.622818643788233;
e283_.. + 1*pre_1_14_0 + 4.622818643788233*relu_1_14_0_off_binary_indicator_var =l= 4.622818643788233;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e286_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 4.622818643788233*relu_1_14_1_on_binary_indicator_var =g= -4.622818643788233;
e287_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 9.245637287576466*relu_1_14_1_on_binary_indicator_var =l= 9.245637287576466;
e288_.. + 1*post_1_14_1 =g= 0;
e289_.. + 1*post_1_14_1 + 4.622818643788233*relu_1_14_1_off_binary_indicator_var =l= 4.622818643788233;
e290_.. + 1*pre_1_14_1 + 4.622818643788233*relu_1_14_1_off_binary_indicator_var =l= 4.622818643788233;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e293_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 6.978700550828476*relu_1_15_0_on_binary_indicator_var =g= -6.978700550828476;
e294_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 13.957401101656952*relu_1_15_0_on_binary_indicator_var =l= 13.957401101656952;
e295_.. + 1*post_1_15_0 =g= 0;
e296_.. + 1*post_1_15_0 + 6.978700550828476*relu_1_15_0_off_binary_indicator_var =l= 6.978700550828476;
e297_.. + 1*pre_1_15_0 + 6.978700550828476*relu_1_15_0_off_binary_indicator_var =l= 6.978700550828476;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e300_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 6.978700550828476*relu_1_15_1_on_binary_indicator_var =g= -6.978700550828476;
e301_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 13.957401101656952*relu_1_15_1_on_binary_indicator_var =l= 13.957401101656952;
e302_.. + 1*post_1_15_1 =g= 0;
e303_.. + 1*post_1_15_1 + 6.978700550828476*relu_1_15_1_off_binary_indicator_var =l= 6.978700550828476;
e304_.. + 1*pre_1_15_1 + 6.978700550828476*relu_1_15_1_off_binary_indicator_var =l= 6.978700550828476;
relu_2_0_0_above_pre.. + 1*pre_2_0_0 - 1*post_2_0_0 =l= 0;
relu_2_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_0_0_on_binary_indicator_var + 1*relu_2_0_0_off_binary_indicator_var =e= 1;
e307_.. - 1*pre_2_0_0 + 1*post_2_0_0 - 45.75083886290379*relu_2_0_0_on_binary_indicator_var =g= -45.75083886290379;
e308_.. - 1*pre_2_0_0 + 1*post_2_0_0 + 91.50167772580758*relu_2_0_0_on_binary_indicator_var =l= 91.50167772580758;
e309_.. + 1*post_2_0_0 =g= 0;
e310_.. + 1*post_2_0_0 + 45.75083886290379*relu_2_0_0_off_binary_indicator_var =l= 45.75083886290379;
e311_.. + 1*pre_2_0_0 + 45.75083886290379*relu_2_0_0_off_binary_indicator_var =l= 45.75083886290379;
relu_2_0_1_above_pre.. + 1*pre_2_0_1 - 1*post_2_0_1 =l= 0;
relu_2_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_0_1_on_binary_indicator_var + 1*relu_2_0_1_off_binary_indicator_var =e= 1;
e314_.. - 1*pre_2_0_1 + 1*post_2_0_1 - 45.75083886290379*relu_2_0_1_on_binary_indicator_var =g= -45.75083886290379;
e315_.. - 1*pre_2_0_1 + 1*post_2_0_1 + 91.50167772580758*relu_2_0_1_on_binary_indicator_var =l= 91.50167772580758;
e316_.. + 1*post_2_0_1 =g= 0;
e317_.. + 1*post_2_0_1 + 45.75083886290379*relu_2_0_1_off_binary_indicator_var =l= 45.75083886290379;
e318_.. + 1*pre_2_0_1 + 45.75083886290379*relu_2_0_1_off_binary_indicator_var =l= 45.75083886290379;
relu_2_1_0_above_pre.. + 1*pre_2_1_0 - 1*post_2_1_0 =l= 0;
relu_2_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_1_0_on_binary_indicator_var + 1*relu_2_1_0_off_binary_indicator_var =e= 1;
e321_.. - 1*pre_2_1_0 + 1*post_2_1_0 - 29.70297586962145*relu_2_1_0_on_binary_indicator_var =g= -29.70297586962145;
e322_.. - 1*pre_2_1_0 + 1*post_2_1_0 + 59.4059517392429*relu_2_1_0_on_binary_indicator_var =l= 59.4059517392429;
e323_.. + 1*post_2_1_0 =g= 0;
e324_.. + 1*post_2_1_0 + 29.70297586962145*relu_2_1_0_off_binary_indicator_var =l= 29.70297586962145;
e325_.. + 1*pre_2_1_0 + 29.70297586962145*relu_2_1_0_off_binary_indicator_var =l= 29.70297586962145;
relu_2_1_1_above_pre.. + 1*pre_2_1_1 - 1*post_2_1_1 =l= 0;
relu_2_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_1_1_on_binary_indicator_var + 1*relu_2_1_1_off_binary_indicator_var =e= 1;
e328_.. - 1*pre_2_1_1 + 1*post_2_1_1 - 29.70297586962145*relu_2_1_1_on_binary_indicator_var =g= -29.70297586962145;
e329_.. - 1*pre_2_1_1 + 1*post_2_1_1 + 59.4059517392429*relu_2_1_1_on_binary_indicator_var =l= 59.4059517392429;
e330_.. + 1*post_2_1_1 =g= 0;
e331_.. + 1*post_2_1_1 + 29.70297586962145*relu_2_1_1_off_binary_indicator_var =l= 29.70297586962145;
e332_.. + 1*pre_2_1_1 + 29.70297586962145*relu_2_1_1_off_binary_indicator_var =l= 29.70297586962145;
relu_2_2_0_above_pre.. + 1*pre_2_2_0 - 1*post_2_2_0 =l= 0;
relu_2_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_2_0_on_binary_indicator_var + 1*relu_2_2_0_off_binary_indicator_var =e= 1;
e335_.. - 1*pre_2_2_0 + 1*post_2_2_0 - 40.76375187564763*relu_2_2_0_on_binary_indicator_var =g= -40.76375187564763;
e336_.. - 1*pre_2_2_0 + 1*post_2_2_0 + 81.52750375129526*relu_2_2_0_on_binary_indicator_var =l= 81.52750375129526;
e337_.. + 1*post_2_2_0 =g= 0;
e338_.. + 1*post_2_2_0 + 40.76375187564763*relu_2_2_0_off_binary_indicator_var =l= 40.76375187564763;
e339_.. + 1*pre_2_2_0 + 40.76375187564763*relu_2_2_0_off_binary_indicator_var =l= 40.76375187564763;
relu_2_2_1_above_pre.. + 1*pre_2_2_1 - 1*post_2_2_1 =l= 0;
relu_2_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_2_1_on_binary_indicator_var + 1*relu_2_2_1_off_binary_indicator_var =e= 1;
e342_.. - 1*pre_2_2_1 + 1*post_2_2_1 - 40.76375187564763*relu_2_2_1_on_binary_indicator_var =g= -40.76375187564763;
e343_.. - 1*pre_2_2_1 + 1*post_2_2_1 + 81.52750375129526*relu_2_2_1_on_binary_indicator_var =l= 81.52750375129526;
e344_.. + 1*post_2_2_1 =g= 0;
e345_.. + 1*post_2_2_1 + 40.76375187564763*relu_2_2_1_off_binary_indicator_var =l= 40.76375187564763;
e346_.. + 1*pre_2_2_1 + 40.76375187564763*relu_2_2_1_off_binary_indicator_var =l= 40.76375187564763;
relu_2_3_0_above_pre.. + 1*pre_2_3_0 - 1*post_2_3_0 =l= 0;
relu_2_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_3_0_on_binary_indicator_var + 1*relu_2_3_0_off_binary_indicator_var =e= 1;
e349_.. - 1*pre_2_3_0 + 1*post_2_3_0 - 40.66828097498639*relu_2_3_0_on_binary_indicator_var =g= -40.66828097498639;
e350_.. - 1*pre_2_3_0 + 1*post_2_3_0 + 81.33656194997278*relu_2_3_0_on_binary_indicator_var =l= 81.33656194997278;
e351_.. + 1*post_2_3_0 =g= 0;
e352_.. + 1*post_2_3_0 + 40.66828097498639*relu_2_3_0_off_binary_indicator_var =l= 40.66828097498639;
e353_.. + 1*pre_2_3_0 + 40.66828097498639*relu_2_3_0_off_binary_indicator_var =l= 40.66828097498639;
relu_2_3_1_above_pre.. + 1*pre_2_3_1 - 1*post_2_3_1 =l= 0;
relu_2_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_3_1_on_binary_indicator_var + 1*relu_2_3_1_off_binary_indicator_var =e= 1;
e356_.. - 1*pre_2_3_1 + 1*post_2_3_1 - 40.66828097498639*relu_2_3_1_on_binary_indicator_var =g= -40.66828097498639;
e357_.. - 1*pre_2_3_1 + 1*post_2_3_1 + 81.33656194997278*relu_2_3_1_on_binary_indicator_var =l= 81.33656194997278;
e358_.. + 1*post_2_3_1 =g= 0;
e359_.. + 1*post_2_3_1 + 40.66828097498639*relu_2_3_1_off_binary_indicator_var =l= 40.66828097498639;
e360_.. + 1*pre_2_3_1 + 40.66828097498639*relu_2_3_1_off_binary_indicator_var =l= 40.66828097498639;
relu_2_4_0_above_pre.. + 1*pre_2_4_0 - 1*post_2_4_0 =l= 0;
relu_2_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_4_0_on_binary_indicator_var + 1*relu_2_4_0_off_binary_indicator_var =e= 1;
e363_.. - 1*pre_2_4_0 + 1*post_2_4_0 - 30.452686429998142*relu_2_4_0_on_binary_indicator_var =g= -30.452686429998142;
e364_.. - 1*pre_2_4_0 + 1*post_2_4_0 + 60.905372859996284*relu_2_4_0_on_binary_indicator_var =l= 60.905372859996284;
e365_.. + 1*post_2_4_0 =g= 0;
e366_.. + 1*post_2_4_0 + 30.452686429998142*relu_2_4_0_off_binary_indicator_var =l= 30.452686429998142;
e367_.. + 1*pre_2_4_0 + 30.452686429998142*relu_2_4_0_off_binary_indicator_var =l= 30.452686429998142;
relu_2_4_1_above_pre.. + 1*pre_2_4_1 - 1*post_2_4_1 =l= 0;
relu_2_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_4_1_on_binary_indicator_var + 1*relu_2_4_1_off_binary_indicator_var =e= 1;
e370_.. - 1*pre_2_4_1 + 1*post_2_4_1 - 30.452686429998142*relu_2_4_1_on_binary_indicator_var =g= -30.452686429998142;
e371_.. - 1*pre_2_4_1 + 1*post_2_4_1 + 60.905372859996284*relu_2_4_1_on_binary_indicator_var =l= 60.905372859996284;
e372_.. + 1*post_2_4_1 =g= 0;
e373_.. + 1*post_2_4_1 + 30.452686429998142*relu_2_4_1_off_binary_indicator_var =l= 30.452686429998142;
e374_.. + 1*pre_2_4_1 + 30.452686429998142*relu_2_4_1_off_binary_indicator_var =l= 30.452686429998142;
relu_2_5_0_above_pre.. + 1*pre_2_5_0 - 1*post_2_5_0 =l= 0;
relu_2_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_5_0_on_binary_indicator_var + 1*relu_2_5_0_off_binary_indicator_var =e= 1;
e377_.. - 1*pre_2_5_0 + 1*post_2_5_0 - 43.08716573498379*relu_2_5_0_on_binary_indicator_var =g= -43.08716573498379;
e378_.. - 1*pre_2_5_0 + 1*post_2_5_0 + 86.17433146996758*relu_2_5_0_on_binary_indicator_var =l= 86.17433146996758;
e379_.. + 1*post_2_5_0 =g= 0;
e380_.. + 1*post_2_5_0 + 43.08716573498379*relu_2_5_0_off_binary_indicator_var =l= 43.08716573498379;
e381_.. + 1*pre_2_5_0 + 43.08716573498379*relu_2_5_0_off_binary_indicator_var =l= 43.08716573498379;
relu_2_5_1_above_pre.. + 1*pre_2_5_1 - 1*post_2_5_1 =l= 0;
relu_2_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_5_1_on_binary_indicator_var + 1*relu_2_5_1_off_binary_indicator_var =e= 1;
e384_.. - 1*pre_2_5_1 + 1*post_2_5_1 - 43.08716573498379*relu_2_5_1_on_binary_indicator_var =g= -43.08716573498379;
e385_.. - 1*pre_2_5_1 + 1*post_2_5_1 + 86.17433146996758*relu_2_5_1_on_binary_indicator_var =l= 86.17433146996758;
e386_.. + 1*post_2_5_1 =g= 0;
e387_.. + 1*post_2_5_1 + 43.08716573498379*relu_2_5_1_off_binary_indicator_var =l= 43.08716573498379;
e388_.. + 1*pre_2_5_1 + 43.08716573498379*relu_2_5_1_off_binary_indicator_var =l= 43.08716573498379;
relu_2_6_0_above_pre.. + 1*pre_2_6_0 - 1*post_2_6_0 =l= 0;
relu_2_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_6_0_on_binary_indicator_var + 1*relu_2_6_0_off_binary_indicator_var =e= 1;
e391_.. - 1*pre_2_6_0 + 1*post_2_6_0 - 44.98958363724929*relu_2_6_0_on_binary_indicator_var =g= -44.98958363724929;
e392_.. - 1*pre_2_6_0 + 1*post_2_6_0 + 89.97916727449858*relu_2_6_0_on_binary_indicator_var =l= 89.97916727449858;
e393_.. + 1*post_2_6_0 =g= 0;
e394_.. + 1*post_2_6_0 + 44.98958363724929*relu_2_6_0_off_binary_indicator_var =l= 44.98958363724929;
e395_.. + 1*pre_2_6_0 + 44.98958363724929*relu_2_6_0_off_binary_indicator_var =l= 44.98958363724929;
relu_2_6_1_above_pre.. + 1*pre_2_6_1 - 1*post_2_6_1 =l= 0;
relu_2_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_6_1_on_binary_indicator_var + 1*relu_2_6_1_off_binary_indicator_var =e= 1;
e398_.. - 1*pre_2_6_1 + 1*post_2_6_1 - 44.98958363724929*relu_2_6_1_on_binary_indicator_var =g= -44.98958363724929;
e399_.. - 1*pre_2_6_1 + 1*post_2_6_1 + 89.97916727449858*relu_2_6_1_on_binary_indicator_var =l= 89.97916727449858;
e400_.. + 1*post_2_6_1 =g= 0;
e401_.. + 1*post_2_6_1 + 44.98958363724929*relu_2_6_1_off_binary_indicator_var =l= 44.98958363724929;
e402_.. + 1*pre_2_6_1 + 44.98958363724929*relu_2_6_1_off_binary_indicator_var =l= 44.98958363724929;
relu_2_7_0_above_pre.. + 1*pre_2_7_0 - 1*post_2_7_0 =l= 0;
relu_2_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_7_0_on_binary_indicator_var + 1*relu_2_7_0_off_binary_indicator_var =e= 1;
e405_.. - 1*pre_2_7_0 + 1*post_2_7_0 - 33.20061624619523*relu_2_7_0_on_binary_indicator_var =g= -33.20061624619523;
e406_.. - 1*pre_2_7_0 + 1*post_2_7_0 + 66.40123249239046*relu_2_7_0_on_binary_indicator_var =l= 66.40123249239046;
e407_.. + 1*post_2_7_0 =g= 0;
e408_.. + 1*post_2_7_0 + 33.20061624619523*relu_2_7_0_off_binary_indicator_var =l= 33.20061624619523;
e409_.. + 1*pre_2_7_0 + 33.20061624619523*relu_2_7_0_off_binary_indicator_var =l= 33.20061624619523;
relu_2_7_1_above_pre.. + 1*pre_2_7_1 - 1*post_2_7_1 =l= 0;
relu_2_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_7_1_on_binary_indicator_var + 1*relu_2_7_1_off_binary_indicator_var =e= 1;
e412_.. - 1*pre_2_7_1 + 1*post_2_7_1 - 33.20061624619523*relu_2_7_1_on_binary_indicator_var =g= -33.20061624619523;
e413_.. - 1*pre_2_7_1 + 1*post_2_7_1 + 66.40123249239046*relu_2_7_1_on_binary_indicator_var =l= 66.40123249239046;
e414_.. + 1*post_2_7_1 =g= 0;
e415_.. + 1*post_2_7_1 + 33.20061624619523*relu_2_7_1_off_binary_indicator_var =l= 33.20061624619523;
e416_.. + 1*pre_2_7_1 + 33.20061624619523*relu_2_7_1_off_binary_indicator_var =l= 33.20061624619523;
relu_2_8_0_above_pre.. + 1*pre_2_8_0 - 1*post_2_8_0 =l= 0;
relu_2_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_8_0_on_binary_indicator_var + 1*relu_2_8_0_off_binary_indicator_var =e= 1;
e419_.. - 1*pre_2_8_0 + 1*post_2_8_0 - 38.13535455594546*relu_2_8_0_on_binary_indicator_var =g= -38.13535455594546;
e420_.. - 1*pre_2_8_0 + 1*post_2_8_0 + 76.27070911189092*relu_2_8_0_on_binary_indicator_var =l= 76.27070911189092;
e421_.. + 1*post_2_8_0 =g= 0;
e422_.. + 1*post_2_8_0 + 38.13535455594546*relu_2_8_0_off_binary_indicator_var =l= 38.13535455594546;
e423_.. + 1*pre_2_8_0 + 38.13535455594546*relu_2_8_0_off_binary_indicator_var =l= 38.13535455594546;
relu_2_8_1_above_pre.. + 1*pre_2_8_1 - 1*post_2_8_1 =l= 0;
relu_2_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_8_1_on_binary_indicator_var + 1*relu_2_8_1_off_binary_indicator_var =e= 1;
e426_.. - 1*pre_2_8_1 + 1*post_2_8_1 - 38.13535455594546*relu_2_8_1_on_binary_indicator_var =g= -38.13535455594546;
e427_.. - 1*pre_2_8_1 + 1*post_2_8_1 + 76.27070911189092*relu_2_8_1_on_binary_indicator_var =l= 76.27070911189092;
e428_.. + 1*post_2_8_1 =g= 0;
e429_.. + 1*post_2_8_1 + 38.13535455594546*relu_2_8_1_off_binary_indicator_var =l= 38.13535455594546;
e430_.. + 1*pre_2_8_1 + 38.13535455594546*relu_2_8_1_off_binary_indicator_var =l= 38.13535455594546;
relu_2_9_0_above_pre.. + 1*pre_2_9_0 - 1*post_2_9_0 =l= 0;
relu_2_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_9_0_on_binary_indicator_var + 1*relu_2_9_0_off_binary_indicator_var =e= 1;
e433_.. - 1*pre_2_9_0 + 1*post_2_9_0 - 29.886335856113075*relu_2_9_0_on_binary_indicator_var =g= -29.886335856113075;
e434_.. - 1*pre_2_9_0 + 1*post_2_9_0 + 59.77267171222615*relu_2_9_0_on_binary_indicator_var =l= 59.77267171222615;
e435_.. + 1*post_2_9_0 =g= 0;
e436_.. + 1*post_2_9_0 + 29.886335856113075*relu_2_9_0_off_binary_indicator_var =l= 29.886335856113075;
e437_.. + 1*pre_2_9_0 + 29.886335856113075*relu_2_9_0_off_binary_indicator_var =l= 29.886335856113075;
relu_2_9_1_above_pre.. + 1*pre_2_9_1 - 1*post_2_9_1 =l= 0;
relu_2_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_9_1_on_binary_indicator_var + 1*relu_2_9_1_off_binary_indicator_var =e= 1;
e440_.. - 1*pre_2_9_1 + 1*post_2_9_1 - 29.886335856113075*relu_2_9_1_on_binary_indicator_var =g= -29.886335856113075;
e441_.. - 1*pre_2_9_1 + 1*post_2_9_1 + 59.77267171222615*relu_2_9_1_on_binary_indicator_var =l= 59.77267171222615;
e442_.. + 1*post_2_9_1 =g= 0;
e443_.. + 1*post_2_9_1 + 29.886335856113075*relu_2_9_1_off_binary_indicator_var =l= 29.886335856113075;
e444_.. + 1*pre_2_9_1 + 29.886335856113075*relu_2_9_1_off_binary_indicator_var =l= 29.886335856113075;
relu_2_10_0_above_pre.. + 1*pre_2_10_0 - 1*post_2_10_0 =l= 0;
relu_2_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_10_0_on_binary_indicator_var + 1*relu_2_10_0_off_binary_indicator_var =e= 1;
e447_.. - 1*pre_2_10_0 + 1*post_2_10_0 - 28.341219561933187*relu_2_10_0_on_binary_indicator_var =g= -28.341219561933187;
e448_.. - 1*pre_2_10_0 + 1*post_2_10_0 + 56.682439123866374*relu_2_10_0_on_binary_indicator_var =l= 56.682439123866374;
e449_.. + 1*post_2_10_0 =g= 0;
e450_.. + 1*post_2_10_0 + 28.341219561933187*relu_2_10_0_off_binary_indicator_var =l= 28.341219561933187;
e451_.. + 1*pre_2_10_0 + 28.341219561933187*relu_2_10_0_off_binary_indicator_var =l= 28.341219561933187;
relu_2_10_1_above_pre.. + 1*pre_2_10_1 - 1*post_2_10_1 =l= 0;
relu_2_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_10_1_on_binary_indicator_var + 1*relu_2_10_1_off_binary_indicator_var =e= 1;
e454_.. - 1*pre_2_10_1 + 1*post_2_10_1 - 28.341219561933187*relu_2_10_1_on_binary_indicator_var =g= -28.341219561933187;
e455_.. - 1*pre_2_10_1 + 1*post_2_10_1 + 56.682439123866374*relu_2_10_1_on_binary_indicator_var =l= 56.682439123866374;
e456_.. + 1*post_2_10_1 =g= 0;
e457_.. + 1*post_2_10_1 + 28.341219561933187*relu_2_10_1_off_binary_indicator_var =l= 28.341219561933187;
e458_.. + 1*pre_2_10_1 + 28.341219561933187*relu_2_10_1_off_binary_indicator_var =l= 28.341219561933187;
relu_2_11_0_above_pre.. + 1*pre_2_11_0 - 1*post_2_11_0 =l= 0;
relu_2_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_11_0_on_binary_indicator_var + 1*relu_2_11_0_off_binary_indicator_var =e= 1;
e461_.. - 1*pre_2_11_0 + 1*post_2_11_0 - 50.647128610989*relu_2_11_0_on_binary_indicator_var =g= -50.647128610989;
e462_.. - 1*pre_2_11_0 + 1*post_2_11_0 + 101.294257221978*relu_2_11_0_on_binary_indicator_var =l= 101.294257221978;
e463_.. + 1*post_2_11_0 =g= 0;
e464_.. + 1*post_2_11_0 + 50.647128610989*relu_2_11_0_off_binary_indicator_var =l= 50.647128610989;
e465_.. + 1*pre_2_11_0 + 50.647128610989*relu_2_11_0_off_binary_indicator_var =l= 50.647128610989;
relu_2_11_1_above_pre.. + 1*pre_2_11_1 - 1*post_2_11_1 =l= 0;
relu_2_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_11_1_on_binary_indicator_var + 1*relu_2_11_1_off_binary_indicator_var =e= 1;
e468_.. - 1*pre_2_11_1 + 1*post_2_11_1 - 50.647128610989*relu_2_11_1_on_binary_indicator_var =g= -50.647128610989;
e469_.. - 1*pre_2_11_1 + 1*post_2_11_1 + 101.294257221978*relu_2_11_1_on_binary_indicator_var =l= 101.294257221978;
e470_.. + 1*post_2_11_1 =g= 0;
e471_.. + 1*post_2_11_1 + 50.647128610989*relu_2_11_1_off_binary_indicator_var =l= 50.647128610989;
e472_.. + 1*pre_2_11_1 + 50.647128610989*relu_2_11_1_off_binary_indicator_var =l= 50.647128610989;
relu_2_12_0_above_pre.. + 1*pre_2_12_0 - 1*post_2_12_0 =l= 0;
relu_2_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_12_0_on_binary_indicator_var + 1*relu_2_12_0_off_binary_indicator_var =e= 1;
e475_.. - 1*pre_2_12_0 + 1*post_2_12_0 - 28.694446824744865*relu_2_12_0_on_binary_indicator_var =g= -28.694446824744865;
e476_.. - 1*pre_2_12_0 + 1*post_2_12_0 + 57.38889364948973*relu_2_12_0_on_binary_indicator_var =l= 57.38889364948973;
e477_.. + 1*post_2_12_0 =g= 0;
e478_.. + 1*post_2_12_0 + 28.694446824744865*relu_2_12_0_off_binary_indicator_var =l= 28.694446824744865;
e479_.. + 1*pre_2_12_0 + 28.694446824744865*relu_2_12_0_off_binary_indicator_var =l= 28.694446824744865;
relu_2_12_1_above_pre.. + 1*pre_2_12_1 - 1*post_2_12_1 =l= 0;
relu_2_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_12_1_on_binary_indicator_var + 1*relu_2_12_1_off_binary_indicator_var =e= 1;
e482_.. - 1*pre_2_12_1 + 1*post_2_12_1 - 28.694446824744865*relu_2_12_1_on_binary_indicator_var =g= -28.694446824744865;
e483_.. - 1*pre_2_12_1 + 1*post_2_12_1 + 57.38889364948973*relu_2_12_1_on_binary_indicator_var =l= 57.38889364948973;
e484_.. + 1*post_2_12_1 =g= 0;
e485_.. + 1*post_2_12_1 + 28.694446824744865*relu_2_12_1_off_binary_indicator_var =l= 28.694446824744865;
e486_.. + 1*pre_2_12_1 + 28.694446824744865*relu_2_12_1_off_binary_indicator_var =l= 28.694446824744865;
relu_2_13_0_above_pre.. + 1*pre_2_13_0 - 1*post_2_13_0 =l= 0;
relu_2_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_13_0_on_binary_indicator_var + 1*relu_2_13_0_off_binary_indicator_var =e= 1;
e489_.. - 1*pre_2_13_0 + 1*post_2_13_0 - 30.807503008455164*relu_2_13_0_on_binary_indicator_var =g= -30.807503008455164;
e490_.. - 1*pre_2_13_0 + 1*post_2_13_0 + 61.61500601691033*relu_2_13_0_on_binary_indicator_var =l= 61.61500601691033;
e491_.. + 1*post_2_13_0 =g= 0;
e492_.. + 1*post_2_13_0 + 30.807503008455164*relu_2_13_0_off_binary_indicator_var =l= 30.807503008455164;
e493_.. + 1*pre_2_13_0 + 30.807503008455164*relu_2_13_0_off_binary_indicator_var =l= 30.807503008455164;
relu_2_13_1_above_pre.. + 1*pre_2_13_1 - 1*post_2_13_1 =l= 0;
relu_2_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_13_1_on_binary_indicator_var + 1*relu_2_13_1_off_binary_indicator_var =e= 1;
e496_.. - 1*pre_2_13_1 + 1*post_2_13_1 - 30.807503008455164*relu_2_13_1_on_binary_indicator_var =g= -30.807503008455164;
e497_.. - 1*pre_2_13_1 + 1*post_2_13_1 + 61.61500601691033*relu_2_13_1_on_binary_indicator_var =l= 61.61500601691033;
e498_.. + 1*post_2_13_1 =g= 0;
e499_.. + 1*post_2_13_1 + 30.807503008455164*relu_2_13_1_off_binary_indicator_var =l= 30.807503008455164;
e500_.. + 1*pre_2_13_1 + 30.807503008455164*relu_2_13_1_off_binary_indicator_var =l= 30.807503008455164;
relu_2_14_0_above_pre.. + 1*pre_2_14_0 - 1*post_2_14_0 =l= 0;
relu_2_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_14_0_on_binary_indicator_var + 1*relu_2_14_0_off_binary_indicator_var =e= 1;
e503_.. - 1*pre_2_14_0 + 1*post_2_14_0 - 30.7369118627294*relu_2_14_0_on_binary_indicator_var =g= -30.7369118627294;
e504_.. - 1*pre_2_14_0 + 1*post_2_14_0 + 61.4738237254588*relu_2_14_0_on_binary_indicator_var =l= 61.4738237254588;
e505_.. + 1*post_2_14_0 =g= 0;
e506_.. + 1*post_2_14_0 + 30.7369118627294*relu_2_14_0_off_binary_indicator_var =l= 30.7369118627294;
e507_.. + 1*pre_2_14_0 + 30.7369118627294*relu_2_14_0_off_binary_indicator_var =l= 30.7369118627294;
relu_2_14_1_above_pre.. + 1*pre_2_14_1 - 1*post_2_14_1 =l= 0;
relu_2_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_14_1_on_binary_indicator_var + 1*relu_2_14_1_off_binary_indicator_var =e= 1;
e510_.. - 1*pre_2_14_1 + 1*post_2_14_1 - 30.7369118627294*relu_2_14_1_on_binary_indicator_var =g= -30.7369118627294;
e511_.. - 1*pre_2_14_1 + 1*post_2_14_1 + 61.4738237254588*relu_2_14_1_on_binary_indicator_var =l= 61.4738237254588;
e512_.. + 1*post_2_14_1 =g= 0;
e513_.. + 1*post_2_14_1 + 30.7369118627294*relu_2_14_1_off_binary_indicator_var =l= 30.7369118627294;
e514_.. + 1*pre_2_14_1 + 30.7369118627294*relu_2_14_1_off_binary_indicator_var =l= 30.7369118627294;
relu_2_15_0_above_pre.. + 1*pre_2_15_0 - 1*post_2_15_0 =l= 0;
relu_2_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_15_0_on_binary_indicator_var + 1*relu_2_15_0_off_binary_indicator_var =e= 1;
e517_.. - 1*pre_2_15_0 + 1*post_2_15_0 - 44.87220330497085*relu_2_15_0_on_binary_indicator_var =g= -44.87220330497085;
e518_.. - 1*pre_2_15_0 + 1*post_2_15_0 + 89.7444066099417*relu_2_15_0_on_binary_indicator_var =l= 89.7444066099417;
e519_.. + 1*post_2_15_0 =g= 0;
e520_.. + 1*post_2_15_0 + 44.87220330497085*relu_2_15_0_off_binary_indicator_var =l= 44.87220330497085;
e521_.. + 1*pre_2_15_0 + 44.87220330497085*relu_2_15_0_off_binary_indicator_var =l= 44.87220330497085;
relu_2_15_1_above_pre.. + 1*pre_2_15_1 - 1*post_2_15_1 =l= 0;
relu_2_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_2_15_1_on_binary_indicator_var + 1*relu_2_15_1_off_binary_indicator_var =e= 1;
e524_.. - 1*pre_2_15_1 + 1*post_2_15_1 - 44.87220330497085*relu_2_15_1_on_binary_indicator_var =g= -44.87220330497085;
e525_.. - 1*pre_2_15_1 + 1*post_2_15_1 + 89.7444066099417*relu_2_15_1_on_binary_indicator_var =l= 89.7444066099417;
e526_.. + 1*post_2_15_1 =g= 0;
e527_.. + 1*post_2_15_1 + 44.87220330497085*relu_2_15_1_off_binary_indicator_var =l= 44.87220330497085;
e528_.. + 1*pre_2_15_1 + 44.87220330497085*relu_2_15_1_off_binary_indicator_var =l= 44.87220330497085;

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
w_2_1_0.lo = -3;
w_2_1_0.up = 3;
w_2_1_1.lo = -3;
w_2_1_1.up = 3;
w_3_0_0.lo = -3;
w_3_0_0.up = 3;
w_3_0_1.lo = -3;
w_3_0_1.up = 3;
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
b_2_1.lo = -3;
b_2_1.up = 3;
b_3_0.lo = -3;
b_3_0.up = 3;
pre_1_0_0.lo = -7.125139810483965;
pre_1_0_0.up = 7.125139810483965;
pre_1_0_1.lo = -7.125139810483965;
pre_1_0_1.up = 7.125139810483965;
pre_1_1_0.lo = -4.450495978270242;
pre_1_1_0.up = 4.450495978270242;
pre_1_1_1.lo = -4.450495978270242;
pre_1_1_1.up = 4.450495978270242;
pre_1_2_0.lo = -6.293958645941272;
pre_1_2_0.up = 6.293958645941272;
pre_1_2_1.lo = -6.293958645941272;
pre_1_2_1.up = 6.293958645941272;
pre_1_3_0.lo = -6.278046829164398;
pre_1_3_0.up = 6.278046829164398;
pre_1_3_1.lo = -6.278046829164398;
pre_1_3_1.up = 6.278046829164398;
pre_1_4_0.lo = -4.575447738333024;
pre_1_4_0.up = 4.575447738333024;
pre_1_4_1.lo = -4.575447738333024;
pre_1_4_1.up = 4.575447738333024;
pre_1_5_0.lo = -6.681194289163965;
pre_1_5_0.up = 6.681194289163965;
pre_1_5_1.lo = -6.681194289163965;
pre_1_5_1.up = 6.681194289163965;
pre_1_6_0.lo = -6.998263939541548;
pre_1_6_0.up = 6.998263939541548;
pre_1_6_1.lo = -6.998263939541548;
pre_1_6_1.up = 6.998263939541548;
pre_1_7_0.lo = -5.033436041032538;
pre_1_7_0.up = 5.033436041032538;
pre_1_7_1.lo = -5.033436041032538;
pre_1_7_1.up = 5.033436041032538;
pre_1_8_0.lo = -5.85589242599091;
pre_1_8_0.up = 5.85589242599091;
pre_1_8_1.lo = -5.85589242599091;
pre_1_8_1.up = 5.85589242599091;
pre_1_9_0.lo = -4.481055976018846;
pre_1_9_0.up = 4.481055976018846;
pre_1_9_1.lo = -4.481055976018846;
pre_1_9_1.up = 4.481055976018846;
pre_1_10_0.lo = -4.223536593655531;
pre_1_10_0.up = 4.223536593655531;
pre_1_10_1.lo = -4.223536593655531;
pre_1_10_1.up = 4.223536593655531;
pre_1_11_0.lo = -7.9411881018315;
pre_1_11_0.up = 7.9411881018315;
pre_1_11_1.lo = -7.9411881018315;
pre_1_11_1.up = 7.9411881018315;
pre_1_12_0.lo = -4.282407804124144;
pre_1_12_0.up = 4.282407804124144;
pre_1_12_1.lo = -4.282407804124144;
pre_1_12_1.up = 4.282407804124144;
pre_1_13_0.lo = -4.634583834742528;
pre_1_13_0.up = 4.634583834742528;
pre_1_13_1.lo = -4.634583834742528;
pre_1_13_1.up = 4.634583834742528;
pre_1_14_0.lo = -4.622818643788233;
pre_1_14_0.up = 4.622818643788233;
pre_1_14_1.lo = -4.622818643788233;
pre_1_14_1.up = 4.622818643788233;
pre_1_15_0.lo = -6.978700550828476;
pre_1_15_0.up = 6.978700550828476;
pre_1_15_1.lo = -6.978700550828476;
pre_1_15_1.up = 6.978700550828476;
pre_2_0_0.lo = -45.75083886290379;
pre_2_0_0.up = 45.75083886290379;
pre_2_0_1.lo = -45.75083886290379;
pre_2_0_1.up = 45.75083886290379;
pre_2_1_0.lo = -29.70297586962145;
pre_2_1_0.up = 29.70297586962145;
pre_2_1_1.lo = -29.70297586962145;
pre_2_1_1.up = 29.70297586962145;
pre_2_2_0.lo = -40.76375187564763;
pre_2_2_0.up = 40.76375187564763;
pre_2_2_1.lo = -40.76375187564763;
pre_2_2_1.up = 40.76375187564763;
pre_2_3_0.lo = -40.66828097498639;
pre_2_3_0.up = 40.66828097498639;
pre_2_3_1.lo = -40.66828097498639;
pre_2_3_1.up = 40.66828097498639;
pre_2_4_0.lo = -30.452686429998142;
pre_2_4_0.up = 30.452686429998142;
pre_2_4_1.lo = -30.452686429998142;
pre_2_4_1.up = 30.452686429998142;
pre_2_5_0.lo = -43.08716573498379;
pre_2_5_0.up = 43.08716573498379;
pre_2_5_1.lo = -43.08716573498379;
pre_2_5_1.up = 43.08716573498379;
pre_2_6_0.lo = -44.98958363724929;
pre_2_6_0.up = 44.98958363724929;
pre_2_6_1.lo = -44.98958363724929;
pre_2_6_1.up = 44.98958363724929;
pre_2_7_0.lo = -33.20061624619523;
pre_2_7_0.up = 33.20061624619523;
pre_2_7_1.lo = -33.20061624619523;
pre_2_7_1.up = 33.20061624619523;
pre_2_8_0.lo = -38.13535455594546;
pre_2_8_0.up = 38.13535455594546;
pre_2_8_1.lo = -38.13535455594546;
pre_2_8_1.up = 38.13535455594546;
pre_2_9_0.lo = -29.886335856113075;
pre_2_9_0.up = 29.886335856113075;
pre_2_9_1.lo = -29.886335856113075;
pre_2_9_1.up = 29.886335856113075;
pre_2_10_0.lo = -28.341219561933187;
pre_2_10_0.up = 28.341219561933187;
pre_2_10_1.lo = -28.341219561933187;
pre_2_10_1.up = 28.341219561933187;
pre_2_11_0.lo = -50.647128610989;
pre_2_11_0.up = 50.647128610989;
pre_2_11_1.lo = -50.647128610989;
pre_2_11_1.up = 50.647128610989;
pre_2_12_0.lo = -28.694446824744865;
pre_2_12_0.up = 28.694446824744865;
pre_2_12_1.lo = -28.694446824744865;
pre_2_12_1.up = 28.694446824744865;
pre_2_13_0.lo = -30.807503008455164;
pre_2_13_0.up = 30.807503008455164;
pre_2_13_1.lo = -30.807503008455164;
pre_2_13_1.up = 30.807503008455164;
pre_2_14_0.lo = -30.7369118627294;
pre_2_14_0.up = 30.7369118627294;
pre_2_14_1.lo = -30.7369118627294;
pre_2_14_1.up = 30.7369118627294;
pre_2_15_0.lo = -44.87220330497085;
pre_2_15_0.up = 44.87220330497085;
pre_2_15_1.lo = -44.87220330497085;
pre_2_15_1.up = 44.87220330497085;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.125139810483965;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.125139810483965;
post_1_1_0.lo = 0;
post_1_1_0.up = 4.450495978270242;
post_1_1_1.lo = 0;
post_1_1_1.up = 4.450495978270242;
post_1_2_0.lo = 0;
post_1_2_0.up = 6.293958645941272;
post_1_2_1.lo = 0;
post_1_2_1.up = 6.293958645941272;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.278046829164398;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.278046829164398;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.575447738333024;
post_1_4_1.lo = 0;
post_1_4_1.up = 4.575447738333024;
post_1_5_0.lo = 0;
post_1_5_0.up = 6.681194289163965;
post_1_5_1.lo = 0;
post_1_5_1.up = 6.681194289163965;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.998263939541548;
post_1_6_1.lo = 0;
post_1_6_1.up = 6.998263939541548;
post_1_7_0.lo = 0;
post_1_7_0.up = 5.033436041032538;
post_1_7_1.lo = 0;
post_1_7_1.up = 5.033436041032538;
post_1_8_0.lo = 0;
post_1_8_0.up = 5.85589242599091;
post_1_8_1.lo = 0;
post_1_8_1.up = 5.85589242599091;
post_1_9_0.lo = 0;
post_1_9_0.up = 4.481055976018846;
post_1_9_1.lo = 0;
post_1_9_1.up = 4.481055976018846;
post_1_10_0.lo = 0;
post_1_10_0.up = 4.223536593655531;
post_1_10_1.lo = 0;
post_1_10_1.up = 4.223536593655531;
post_1_11_0.lo = 0;
post_1_11_0.up = 7.9411881018315;
post_1_11_1.lo = 0;
post_1_11_1.up = 7.9411881018315;
post_1_12_0.lo = 0;
post_1_12_0.up = 4.282407804124144;
post_1_12_1.lo = 0;
post_1_12_1.up = 4.282407804124144;
post_1_13_0.lo = 0;
post_1_13_0.up = 4.634583834742528;
post_1_13_1.lo = 0;
post_1_13_1.up = 4.634583834742528;
post_1_14_0.lo = 0;
post_1_14_0.up = 4.622818643788233;
post_1_14_1.lo = 0;
post_1_14_1.up = 4.622818643788233;
post_1_15_0.lo = 0;
post_1_15_0.up = 6.978700550828476;
post_1_15_1.lo = 0;
post_1_15_1.up = 6.978700550828476;
post_2_0_0.lo = 0;
post_2_0_0.up = 45.75083886290379;
post_2_0_1.lo = 0;
post_2_0_1.up = 45.75083886290379;
post_2_1_0.lo = 0;
post_2_1_0.up = 29.70297586962145;
post_2_1_1.lo = 0;
post_2_1_1.up = 29.70297586962145;
post_2_2_0.lo = 0;
post_2_2_0.up = 40.76375187564763;
post_2_2_1.lo = 0;
post_2_2_1.up = 40.76375187564763;
post_2_3_0.lo = 0;
post_2_3_0.up = 40.66828097498639;
post_2_3_1.lo = 0;
post_2_3_1.up = 40.66828097498639;
post_2_4_0.lo = 0;
post_2_4_0.up = 30.452686429998142;
post_2_4_1.lo = 0;
post_2_4_1.up = 30.452686429998142;
post_2_5_0.lo = 0;
post_2_5_0.up = 43.08716573498379;
post_2_5_1.lo = 0;
post_2_5_1.up = 43.08716573498379;
post_2_6_0.lo = 0;
post_2_6_0.up = 44.98958363724929;
post_2_6_1.lo = 0;
post_2_6_1.up = 44.98958363724929;
post_2_7_0.lo = 0;
post_2_7_0.up = 33.20061624619523;
post_2_7_1.lo = 0;
post_2_7_1.up = 33.20061624619523;
post_2_8_0.lo = 0;
post_2_8_0.up = 38.13535455594546;
post_2_8_1.lo = 0;
post_2_8_1.up = 38.13535455594546;
post_2_9_0.lo = 0;
post_2_9_0.up = 29.886335856113075;
post_2_9_1.lo = 0;
post_2_9_1.up = 29.886335856113075;
post_2_10_0.lo = 0;
post_2_10_0.up = 28.341219561933187;
post_2_10_1.lo = 0;
post_2_10_1.up = 28.341219561933187;
post_2_11_0.lo = 0;
post_2_11_0.up = 50.647128610989;
post_2_11_1.lo = 0;
post_2_11_1.up = 50.647128610989;
post_2_12_0.lo = 0;
post_2_12_0.up = 28.694446824744865;
post_2_12_1.lo = 0;
post_2_12_1.up = 28.694446824744865;
post_2_13_0.lo = 0;
post_2_13_0.up = 30.807503008455164;
post_2_13_1.lo = 0;
post_2_13_1.up = 30.807503008455164;
post_2_14_0.lo = 0;
post_2_14_0.up = 30.7369118627294;
post_2_14_1.lo = 0;
post_2_14_1.up = 30.7369118627294;
post_2_15_0.lo = 0;
post_2_15_0.up = 44.87220330497085;
post_2_15_1.lo = 0;
post_2_15_1.up = 44.87220330497085;
out_0_0.lo = -277.5050331774228;
out_0_0.up = 277.5050331774228;
out_1_0.lo = -181.2178552177287;
out_1_0.up = 181.2178552177287;
out_2_0.lo = -247.58251125388577;
out_2_0.up = 247.58251125388577;
out_3_0.lo = -247.00968584991833;
out_3_0.up = 247.00968584991833;
out_4_0.lo = -185.71611857998886;
out_4_0.up = 185.71611857998886;
out_5_0.lo = -261.52299440990276;
out_5_0.up = 261.52299440990276;
out_6_0.lo = -272.9375018234957;
out_6_0.up = 272.9375018234957;
out_7_0.lo = -202.20369747717137;
out_7_0.up = 202.20369747717137;
out_8_0.lo = -231.81212733567276;
out_8_0.up = 231.81212733567276;
out_9_0.lo = -182.31801513667844;
out_9_0.up = 182.31801513667844;
out_10_0.lo = -173.04731737159912;
out_10_0.up = 173.04731737159912;
out_11_0.lo = -306.882771665934;
out_11_0.up = 306.882771665934;
out_12_0.lo = -175.1666809484692;
out_12_0.up = 175.1666809484692;
out_13_0.lo = -187.84501805073097;
out_13_0.up = 187.84501805073097;
out_14_0.lo = -187.4214711763764;
out_14_0.up = 187.4214711763764;
out_15_0.lo = -272.2332198298251;
out_15_0.up = 272.2332198298251;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
