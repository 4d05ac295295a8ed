* teacher-N20-n2-m3-p1-s0-exact-p1-plain-indicator  (relu-opt library: teacher-N20-n2-m3-p1-s0-exact, problem 1, plain-indicator; {"hidden": [3], "bound": 1.0, "loss": "squared"})
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
  pre_1_19_1, pre_1_19_2, post_1_0_0, post_1_0_1, post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2,
  post_1_2_0, post_1_2_1, post_1_2_2, post_1_3_0, post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1,
  post_1_4_2, post_1_5_0, post_1_5_1, post_1_5_2, post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0,
  post_1_7_1, post_1_7_2, post_1_8_0, post_1_8_1, post_1_8_2, post_1_9_0, post_1_9_1, post_1_9_2,
  post_1_10_0, post_1_10_1, post_1_10_2, post_1_11_0, post_1_11_1, post_1_11_2, post_1_12_0, post_1_12_1,
  post_1_12_2, post_1_13_0, post_1_13_1, post_1_13_2, post_1_14_0, post_1_14_1, post_1_14_2, post_1_15_0,
  post_1_15_1, post_1_15_2, post_1_16_0, post_1_16_1, post_1_16_2, post_1_17_0, post_1_17_1, post_1_17_2,
  post_1_18_0, post_1_18_1, post_1_18_2, post_1_19_0, post_1_19_1, post_1_19_2, out_0_0, out_1_0,
  out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0,
  out_10_0, out_11_0, out_12_0, out_13_0, out_14_0, out_15_0, out_16_0, out_17_0,
  out_18_0, out_19_0;

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
  relu_1_18_2_on_binary_indicator_var, relu_1_18_2_off_binary_indicator_var, relu_1_19_0_on_binary_indicator_var, relu_1_19_0_off_binary_indicator_var, relu_1_19_1_on_binary_indicator_var, relu_1_19_1_off_binary_indicator_var, relu_1_19_2_on_binary_indicator_var, relu_1_19_2_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_2_0,
  pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_7_0, pre_definition_1_7_1,
  pre_definition_1_7_2, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2, pre_definition_1_10_0,
  pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2,
  pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_15_0, pre_definition_1_15_1,
  pre_definition_1_15_2, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_16_2, pre_definition_1_17_0, pre_definition_1_17_1, pre_definition_1_17_2, pre_definition_1_18_0,
  pre_definition_1_18_1, pre_definition_1_18_2, pre_definition_1_19_0, pre_definition_1_19_1, pre_definition_1_19_2, out_definition_0_0, out_definition_1_0, out_definition_2_0,
  out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0,
  out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0, out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0,
  out_definition_19_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e83_, e84_, e85_, e86_, e87_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e90_, e91_, e92_, e93_, e94_, relu_1_0_2_above_pre,
  relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor, e97_, e98_, e99_, e100_, e101_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor,
  e104_, e105_, e106_, e107_, e108_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e111_,
  e112_, e113_, e114_, e115_, relu_1_1_2_above_pre, relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor, e118_, e119_,
  e120_, e121_, e122_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e125_, e126_, e127_,
  e128_, e129_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e132_, e133_, e134_, e135_,
  e136_, relu_1_2_2_above_pre, relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor, e139_, e140_, e141_, e142_, e143_,
  relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e146_, e147_, e148_, e149_, e150_, relu_1_3_1_above_pre,
  relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e153_, e154_, e155_, e156_, e157_, relu_1_3_2_above_pre, relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor,
  e160_, e161_, e162_, e163_, e164_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e167_,
  e168_, e169_, e170_, e171_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e174_, e175_,
  e176_, e177_, e178_, relu_1_4_2_above_pre, relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor, e181_, e182_, e183_,
  e184_, e185_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e188_, e189_, e190_, e191_,
  e192_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e195_, e196_, e197_, e198_, e199_,
  relu_1_5_2_above_pre, relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor, e202_, e203_, e204_, e205_, e206_, relu_1_6_0_above_pre,
  relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e209_, e210_, e211_, e212_, e213_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor,
  e216_, e217_, e218_, e219_, e220_, relu_1_6_2_above_pre, relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor, e223_,
  e224_, e225_, e226_, e227_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e230_, e231_,
  e232_, e233_, e234_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e237_, e238_, e239_,
  e240_, e241_, relu_1_7_2_above_pre, relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor, e244_, e245_, e246_, e247_,
  e248_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e251_, e252_, e253_, e254_, e255_,
  relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e258_, e259_, e260_, e261_, e262_, relu_1_8_2_above_pre,
  relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor, e265_, e266_, e267_, e268_, e269_, relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor,
  e272_, e273_, e274_, e275_, e276_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e279_,
  e280_, e281_, e282_, e283_, relu_1_9_2_above_pre, relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor, e286_, e287_,
  e288_, e289_, e290_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e293_, e294_, e295_,
  e296_, e297_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e300_, e301_, e302_, e303_,
  e304_, relu_1_10_2_above_pre, relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor, e307_, e308_, e309_, e310_, e311_,
  relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e314_, e315_, e316_, e317_, e318_, relu_1_11_1_above_pre,
  relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e321_, e322_, e323_, e324_, e325_, relu_1_11_2_above_pre, relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor,
  e328_, e329_, e330_, e331_, e332_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e335_,
  e336_, e337_, e338_, e339_, relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e342_, e343_,
  e344_, e345_, e346_, relu_1_12_2_above_pre, relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor, e349_, e350_, e351_,
  e352_, e353_, relu_1_13_0_above_pre, relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e356_, e357_, e358_, e359_,
  e360_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor, e363_, e364_, e365_, e366_, e367_,
  relu_1_13_2_above_pre, relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor, e370_, e371_, e372_, e373_, e374_, relu_1_14_0_above_pre,
  relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e377_, e378_, e379_, e380_, e381_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor,
  e384_, e385_, e386_, e387_, e388_, relu_1_14_2_above_pre, relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor, e391_,
  e392_, e393_, e394_, e395_, relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e398_, e399_,
  e400_, e401_, e402_, relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e405_, e406_, e407_,
  e408_, e409_, relu_1_15_2_above_pre, relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor, e412_, e413_, e414_, e415_,
  e416_, relu_1_16_0_above_pre, relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor, e419_, e420_, e421_, e422_, e423_,
  relu_1_16_1_above_pre, relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor, e426_, e427_, e428_, e429_, e430_, relu_1_16_2_above_pre,
  relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor, e433_, e434_, e435_, e436_, e437_, relu_1_17_0_above_pre, relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor,
  e440_, e441_, e442_, e443_, e444_, relu_1_17_1_above_pre, relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor, e447_,
  e448_, e449_, e450_, e451_, relu_1_17_2_above_pre, relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor, e454_, e455_,
  e456_, e457_, e458_, relu_1_18_0_above_pre, relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor, e461_, e462_, e463_,
  e464_, e465_, relu_1_18_1_above_pre, relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor, e468_, e469_, e470_, e471_,
  e472_, relu_1_18_2_above_pre, relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor, e475_, e476_, e477_, e478_, e479_,
  relu_1_19_0_above_pre, relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor, e482_, e483_, e484_, e485_, e486_, relu_1_19_1_above_pre,
  relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor, e489_, e490_, e491_, e492_, e493_, relu_1_19_2_above_pre, relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor,
  e496_, e497_, e498_, e499_, e500_;

e_obj.. - objvar - 2.530368200674384*out_0_0 - 1.3167595607372722*out_1_0 - 3.1343558602967776*out_2_0 - 4.394656222676607*out_3_0 - 2.46420181509509*out_4_0 - 0.8368684611208036*out_5_0 + 0.08681811286079788*out_6_0
    + 0.01944264547094643*out_7_0 - 0.4748198430144305*out_8_0 - 4.0087885758313275*out_9_0 - 1.1666070409247873*out_10_0 - 2.69725396577099*out_11_0 + 1.0931620364323122*out_12_0 - 2.231563133562964*out_13_0 - 2.2032917996197785*out_14_0
    - 3.0406336360742303*out_15_0 - 2.7010245121779777*out_16_0 - 3.8953665054716398*out_17_0 + 0.28762894786664805*out_18_0 - 0.9339530366374025*out_19_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0)
    + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0)
    + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0) + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0)
    + 1*sqr(out_19_0) + 28.171397915181668 =e= 0;
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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e83_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 2.3921397422489594*relu_1_0_0_on_binary_indicator_var =g= -2.3921397422489594;
e84_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 4.784279484497919*relu_1_0_0_on_binary_indicator_var =l= 4.784279484497919;
e85_.. + 1*post_1_0_0 =g= 0;
e86_.. + 1*post_1_0_0 + 2.3921397422489594*relu_1_0_0_off_binary_indicator_var =l= 2.3921397422489594;
e87_.. + 1*pre_1_0_0 + 2.3921397422489594*relu_1_0_0_off_binary_indicator_var =l= 2.3921397422489594;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e90_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 2.3921397422489594*relu_1_0_1_on_binary_indicator_var =g= -2.3921397422489594;
e91_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 4.784279484497919*relu_1_0_1_on_binary_indicator_var =l= 4.784279484497919;
e92_.. + 1*post_1_0_1 =g= 0;
e93_.. + 1*post_1_0_1 + 2.3921397422489594*relu_1_0_1_off_binary_indicator_var =l= 2.3921397422489594;
e94_.. + 1*pre_1_0_1 + 2.3921397422489594*relu_1_0_1_off_binary_indicator_var =l= 2.3921397422489594;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_2_on_binary_indicator_var + 1*relu_1_0_2_off_binary_indicator_var =e= 1;
e97_.. - 1*pre_1_0_2 + 1*post_1_0_2 - 2.3921397422489594*relu_1_0_2_on_binary_indicator_var =g= -2.3921397422489594;
e98_.. - 1*pre_1_0_2 + 1*post_1_0_2 + 4.784279484497919*relu_1_0_2_on_binary_indicator_var =l= 4.784279484497919;
e99_.. + 1*post_1_0_2 =g= 0;
e100_.. + 1*post_1_0_2 + 2.3921397422489594*relu_1_0_2_off_binary_indicator_var =l= 2.3921397422489594;
e101_.. + 1*pre_1_0_2 + 2.3921397422489594*relu_1_0_2_off_binary_indicator_var =l= 2.3921397422489594;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e104_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 2.3750466034946554*relu_1_1_0_on_binary_indicator_var =g= -2.3750466034946554;
e105_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 4.750093206989311*relu_1_1_0_on_binary_indicator_var =l= 4.750093206989311;
e106_.. + 1*post_1_1_0 =g= 0;
e107_.. + 1*post_1_1_0 + 2.3750466034946554*relu_1_1_0_off_binary_indicator_var =l= 2.3750466034946554;
e108_.. + 1*pre_1_1_0 + 2.3750466034946554*relu_1_1_0_off_binary_indicator_var =l= 2.3750466034946554;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e111_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 2.3750466034946554*relu_1_1_1_on_binary_indicator_var =g= -2.3750466034946554;
e112_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 4.750093206989311*relu_1_1_1_on_binary_indicator_var =l= 4.750093206989311;
e113_.. + 1*post_1_1_1 =g= 0;
e114_.. + 1*post_1_1_1 + 2.3750466034946554*relu_1_1_1_off_binary_indicator_var =l= 2.3750466034946554;
e115_.. + 1*pre_1_1_1 + 2.3750466034946554*relu_1_1_1_off_binary_indicator_var =l= 2.3750466034946554;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_2_on_binary_indicator_var + 1*relu_1_1_2_off_binary_indicator_var =e= 1;
e118_.. - 1*pre_1_1_2 + 1*post_1_1_2 - 2.3750466034946554*relu_1_1_2_on_binary_indicator_var =g= -2.3750466034946554;
e119_.. - 1*pre_1_1_2 + 1*post_1_1_2 + 4.750093206989311*relu_1_1_2_on_binary_indicator_var =l= 4.750093206989311;
e120_.. + 1*post_1_1_2 =g= 0;
e121_.. + 1*post_1_1_2 + 2.3750466034946554*relu_1_1_2_off_binary_indicator_var =l= 2.3750466034946554;
e122_.. + 1*pre_1_1_2 + 2.3750466034946554*relu_1_1_2_off_binary_indicator_var =l= 2.3750466034946554;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e125_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 1.4834986594234139*relu_1_2_0_on_binary_indicator_var =g= -1.4834986594234139;
e126_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 2.9669973188468277*relu_1_2_0_on_binary_indicator_var =l= 2.9669973188468277;
e127_.. + 1*post_1_2_0 =g= 0;
e128_.. + 1*post_1_2_0 + 1.4834986594234139*relu_1_2_0_off_binary_indicator_var =l= 1.4834986594234139;
e129_.. + 1*pre_1_2_0 + 1.4834986594234139*relu_1_2_0_off_binary_indicator_var =l= 1.4834986594234139;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e132_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 1.4834986594234139*relu_1_2_1_on_binary_indicator_var =g= -1.4834986594234139;
e133_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 2.9669973188468277*relu_1_2_1_on_binary_indicator_var =l= 2.9669973188468277;
e134_.. + 1*post_1_2_1 =g= 0;
e135_.. + 1*post_1_2_1 + 1.4834986594234139*relu_1_2_1_off_binary_indicator_var =l= 1.4834986594234139;
e136_.. + 1*pre_1_2_1 + 1.4834986594234139*relu_1_2_1_off_binary_indicator_var =l= 1.4834986594234139;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_2_on_binary_indicator_var + 1*relu_1_2_2_off_binary_indicator_var =e= 1;
e139_.. - 1*pre_1_2_2 + 1*post_1_2_2 - 1.4834986594234139*relu_1_2_2_on_binary_indicator_var =g= -1.4834986594234139;
e140_.. - 1*pre_1_2_2 + 1*post_1_2_2 + 2.9669973188468277*relu_1_2_2_on_binary_indicator_var =l= 2.9669973188468277;
e141_.. + 1*post_1_2_2 =g= 0;
e142_.. + 1*post_1_2_2 + 1.4834986594234139*relu_1_2_2_off_binary_indicator_var =l= 1.4834986594234139;
e143_.. + 1*pre_1_2_2 + 1.4834986594234139*relu_1_2_2_off_binary_indicator_var =l= 1.4834986594234139;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e146_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 2.097986215313757*relu_1_3_0_on_binary_indicator_var =g= -2.097986215313757;
e147_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 4.195972430627514*relu_1_3_0_on_binary_indicator_var =l= 4.195972430627514;
e148_.. + 1*post_1_3_0 =g= 0;
e149_.. + 1*post_1_3_0 + 2.097986215313757*relu_1_3_0_off_binary_indicator_var =l= 2.097986215313757;
e150_.. + 1*pre_1_3_0 + 2.097986215313757*relu_1_3_0_off_binary_indicator_var =l= 2.097986215313757;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e153_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 2.097986215313757*relu_1_3_1_on_binary_indicator_var =g= -2.097986215313757;
e154_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 4.195972430627514*relu_1_3_1_on_binary_indicator_var =l= 4.195972430627514;
e155_.. + 1*post_1_3_1 =g= 0;
e156_.. + 1*post_1_3_1 + 2.097986215313757*relu_1_3_1_off_binary_indicator_var =l= 2.097986215313757;
e157_.. + 1*pre_1_3_1 + 2.097986215313757*relu_1_3_1_off_binary_indicator_var =l= 2.097986215313757;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_2_on_binary_indicator_var + 1*relu_1_3_2_off_binary_indicator_var =e= 1;
e160_.. - 1*pre_1_3_2 + 1*post_1_3_2 - 2.097986215313757*relu_1_3_2_on_binary_indicator_var =g= -2.097986215313757;
e161_.. - 1*pre_1_3_2 + 1*post_1_3_2 + 4.195972430627514*relu_1_3_2_on_binary_indicator_var =l= 4.195972430627514;
e162_.. + 1*post_1_3_2 =g= 0;
e163_.. + 1*post_1_3_2 + 2.097986215313757*relu_1_3_2_off_binary_indicator_var =l= 2.097986215313757;
e164_.. + 1*pre_1_3_2 + 2.097986215313757*relu_1_3_2_off_binary_indicator_var =l= 2.097986215313757;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e167_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 2.0926822763881328*relu_1_4_0_on_binary_indicator_var =g= -2.0926822763881328;
e168_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 4.1853645527762655*relu_1_4_0_on_binary_indicator_var =l= 4.1853645527762655;
e169_.. + 1*post_1_4_0 =g= 0;
e170_.. + 1*post_1_4_0 + 2.0926822763881328*relu_1_4_0_off_binary_indicator_var =l= 2.0926822763881328;
e171_.. + 1*pre_1_4_0 + 2.0926822763881328*relu_1_4_0_off_binary_indicator_var =l= 2.0926822763881328;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e174_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 2.0926822763881328*relu_1_4_1_on_binary_indicator_var =g= -2.0926822763881328;
e175_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 4.1853645527762655*relu_1_4_1_on_binary_indicator_var =l= 4.1853645527762655;
e176_.. + 1*post_1_4_1 =g= 0;
e177_.. + 1*post_1_4_1 + 2.0926822763881328*relu_1_4_1_off_binary_indicator_var =l= 2.0926822763881328;
e178_.. + 1*pre_1_4_1 + 2.0926822763881328*relu_1_4_1_off_binary_indicator_var =l= 2.0926822763881328;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_2_on_binary_indicator_var + 1*relu_1_4_2_off_binary_indicator_var =e= 1;
e181_.. - 1*pre_1_4_2 + 1*post_1_4_2 - 2.0926822763881328*relu_1_4_2_on_binary_indicator_var =g= -2.0926822763881328;
e182_.. - 1*pre_1_4_2 + 1*post_1_4_2 + 4.1853645527762655*relu_1_4_2_on_binary_indicator_var =l= 4.1853645527762655;
e183_.. + 1*post_1_4_2 =g= 0;
e184_.. + 1*post_1_4_2 + 2.0926822763881328*relu_1_4_2_off_binary_indicator_var =l= 2.0926822763881328;
e185_.. + 1*pre_1_4_2 + 2.0926822763881328*relu_1_4_2_off_binary_indicator_var =l= 2.0926822763881328;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e188_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 1.5251492461110079*relu_1_5_0_on_binary_indicator_var =g= -1.5251492461110079;
e189_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 3.0502984922220158*relu_1_5_0_on_binary_indicator_var =l= 3.0502984922220158;
e190_.. + 1*post_1_5_0 =g= 0;
e191_.. + 1*post_1_5_0 + 1.5251492461110079*relu_1_5_0_off_binary_indicator_var =l= 1.5251492461110079;
e192_.. + 1*pre_1_5_0 + 1.5251492461110079*relu_1_5_0_off_binary_indicator_var =l= 1.5251492461110079;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e195_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 1.5251492461110079*relu_1_5_1_on_binary_indicator_var =g= -1.5251492461110079;
e196_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 3.0502984922220158*relu_1_5_1_on_binary_indicator_var =l= 3.0502984922220158;
e197_.. + 1*post_1_5_1 =g= 0;
e198_.. + 1*post_1_5_1 + 1.5251492461110079*relu_1_5_1_off_binary_indicator_var =l= 1.5251492461110079;
e199_.. + 1*pre_1_5_1 + 1.5251492461110079*relu_1_5_1_off_binary_indicator_var =l= 1.5251492461110079;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_2_on_binary_indicator_var + 1*relu_1_5_2_off_binary_indicator_var =e= 1;
e202_.. - 1*pre_1_5_2 + 1*post_1_5_2 - 1.5251492461110079*relu_1_5_2_on_binary_indicator_var =g= -1.5251492461110079;
e203_.. - 1*pre_1_5_2 + 1*post_1_5_2 + 3.0502984922220158*relu_1_5_2_on_binary_indicator_var =l= 3.0502984922220158;
e204_.. + 1*post_1_5_2 =g= 0;
e205_.. + 1*post_1_5_2 + 1.5251492461110079*relu_1_5_2_off_binary_indicator_var =l= 1.5251492461110079;
e206_.. + 1*pre_1_5_2 + 1.5251492461110079*relu_1_5_2_off_binary_indicator_var =l= 1.5251492461110079;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e209_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 2.2270647630546554*relu_1_6_0_on_binary_indicator_var =g= -2.2270647630546554;
e210_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 4.454129526109311*relu_1_6_0_on_binary_indicator_var =l= 4.454129526109311;
e211_.. + 1*post_1_6_0 =g= 0;
e212_.. + 1*post_1_6_0 + 2.2270647630546554*relu_1_6_0_off_binary_indicator_var =l= 2.2270647630546554;
e213_.. + 1*pre_1_6_0 + 2.2270647630546554*relu_1_6_0_off_binary_indicator_var =l= 2.2270647630546554;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e216_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 2.2270647630546554*relu_1_6_1_on_binary_indicator_var =g= -2.2270647630546554;
e217_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 4.454129526109311*relu_1_6_1_on_binary_indicator_var =l= 4.454129526109311;
e218_.. + 1*post_1_6_1 =g= 0;
e219_.. + 1*post_1_6_1 + 2.2270647630546554*relu_1_6_1_off_binary_indicator_var =l= 2.2270647630546554;
e220_.. + 1*pre_1_6_1 + 2.2270647630546554*relu_1_6_1_off_binary_indicator_var =l= 2.2270647630546554;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_2_on_binary_indicator_var + 1*relu_1_6_2_off_binary_indicator_var =e= 1;
e223_.. - 1*pre_1_6_2 + 1*post_1_6_2 - 2.2270647630546554*relu_1_6_2_on_binary_indicator_var =g= -2.2270647630546554;
e224_.. - 1*pre_1_6_2 + 1*post_1_6_2 + 4.454129526109311*relu_1_6_2_on_binary_indicator_var =l= 4.454129526109311;
e225_.. + 1*post_1_6_2 =g= 0;
e226_.. + 1*post_1_6_2 + 2.2270647630546554*relu_1_6_2_off_binary_indicator_var =l= 2.2270647630546554;
e227_.. + 1*pre_1_6_2 + 2.2270647630546554*relu_1_6_2_off_binary_indicator_var =l= 2.2270647630546554;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e230_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 2.3327546465138496*relu_1_7_0_on_binary_indicator_var =g= -2.3327546465138496;
e231_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 4.665509293027699*relu_1_7_0_on_binary_indicator_var =l= 4.665509293027699;
e232_.. + 1*post_1_7_0 =g= 0;
e233_.. + 1*post_1_7_0 + 2.3327546465138496*relu_1_7_0_off_binary_indicator_var =l= 2.3327546465138496;
e234_.. + 1*pre_1_7_0 + 2.3327546465138496*relu_1_7_0_off_binary_indicator_var =l= 2.3327546465138496;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e237_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 2.3327546465138496*relu_1_7_1_on_binary_indicator_var =g= -2.3327546465138496;
e238_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 4.665509293027699*relu_1_7_1_on_binary_indicator_var =l= 4.665509293027699;
e239_.. + 1*post_1_7_1 =g= 0;
e240_.. + 1*post_1_7_1 + 2.3327546465138496*relu_1_7_1_off_binary_indicator_var =l= 2.3327546465138496;
e241_.. + 1*pre_1_7_1 + 2.3327546465138496*relu_1_7_1_off_binary_indicator_var =l= 2.3327546465138496;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_2_on_binary_indicator_var + 1*relu_1_7_2_off_binary_indicator_var =e= 1;
e244_.. - 1*pre_1_7_2 + 1*post_1_7_2 - 2.3327546465138496*relu_1_7_2_on_binary_indicator_var =g= -2.3327546465138496;
e245_.. - 1*pre_1_7_2 + 1*post_1_7_2 + 4.665509293027699*relu_1_7_2_on_binary_indicator_var =l= 4.665509293027699;
e246_.. + 1*post_1_7_2 =g= 0;
e247_.. + 1*post_1_7_2 + 2.3327546465138496*relu_1_7_2_off_binary_indicator_var =l= 2.3327546465138496;
e248_.. + 1*pre_1_7_2 + 2.3327546465138496*relu_1_7_2_off_binary_indicator_var =l= 2.3327546465138496;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e251_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 1.6778120136775128*relu_1_8_0_on_binary_indicator_var =g= -1.6778120136775128;
e252_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 3.3556240273550255*relu_1_8_0_on_binary_indicator_var =l= 3.3556240273550255;
e253_.. + 1*post_1_8_0 =g= 0;
e254_.. + 1*post_1_8_0 + 1.6778120136775128*relu_1_8_0_off_binary_indicator_var =l= 1.6778120136775128;
e255_.. + 1*pre_1_8_0 + 1.6778120136775128*relu_1_8_0_off_binary_indicator_var =l= 1.6778120136775128;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e258_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 1.6778120136775128*relu_1_8_1_on_binary_indicator_var =g= -1.6778120136775128;
e259_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 3.3556240273550255*relu_1_8_1_on_binary_indicator_var =l= 3.3556240273550255;
e260_.. + 1*post_1_8_1 =g= 0;
e261_.. + 1*post_1_8_1 + 1.6778120136775128*relu_1_8_1_off_binary_indicator_var =l= 1.6778120136775128;
e262_.. + 1*pre_1_8_1 + 1.6778120136775128*relu_1_8_1_off_binary_indicator_var =l= 1.6778120136775128;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_2_on_binary_indicator_var + 1*relu_1_8_2_off_binary_indicator_var =e= 1;
e265_.. - 1*pre_1_8_2 + 1*post_1_8_2 - 1.6778120136775128*relu_1_8_2_on_binary_indicator_var =g= -1.6778120136775128;
e266_.. - 1*pre_1_8_2 + 1*post_1_8_2 + 3.3556240273550255*relu_1_8_2_on_binary_indicator_var =l= 3.3556240273550255;
e267_.. + 1*post_1_8_2 =g= 0;
e268_.. + 1*post_1_8_2 + 1.6778120136775128*relu_1_8_2_off_binary_indicator_var =l= 1.6778120136775128;
e269_.. + 1*pre_1_8_2 + 1.6778120136775128*relu_1_8_2_off_binary_indicator_var =l= 1.6778120136775128;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e272_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 1.95196414199697*relu_1_9_0_on_binary_indicator_var =g= -1.95196414199697;
e273_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 3.90392828399394*relu_1_9_0_on_binary_indicator_var =l= 3.90392828399394;
e274_.. + 1*post_1_9_0 =g= 0;
e275_.. + 1*post_1_9_0 + 1.95196414199697*relu_1_9_0_off_binary_indicator_var =l= 1.95196414199697;
e276_.. + 1*pre_1_9_0 + 1.95196414199697*relu_1_9_0_off_binary_indicator_var =l= 1.95196414199697;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e279_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 1.95196414199697*relu_1_9_1_on_binary_indicator_var =g= -1.95196414199697;
e280_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 3.90392828399394*relu_1_9_1_on_binary_indicator_var =l= 3.90392828399394;
e281_.. + 1*post_1_9_1 =g= 0;
e282_.. + 1*post_1_9_1 + 1.95196414199697*relu_1_9_1_off_binary_indicator_var =l= 1.95196414199697;
e283_.. + 1*pre_1_9_1 + 1.95196414199697*relu_1_9_1_off_binary_indicator_var =l= 1.95196414199697;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_2_on_binary_indicator_var + 1*relu_1_9_2_off_binary_indicator_var =e= 1;
e286_.. - 1*pre_1_9_2 + 1*post_1_9_2 - 1.95196414199697*relu_1_9_2_on_binary_indicator_var =g= -1.95196414199697;
e287_.. - 1*pre_1_9_2 + 1*post_1_9_2 + 3.90392828399394*relu_1_9_2_on_binary_indicator_var =l= 3.90392828399394;
e288_.. + 1*post_1_9_2 =g= 0;
e289_.. + 1*post_1_9_2 + 1.95196414199697*relu_1_9_2_off_binary_indicator_var =l= 1.95196414199697;
e290_.. + 1*pre_1_9_2 + 1.95196414199697*relu_1_9_2_off_binary_indicator_var =l= 1.95196414199697;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e293_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 1.4936853253396152*relu_1_10_0_on_binary_indicator_var =g= -1.4936853253396152;
e294_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 2.9873706506792304*relu_1_10_0_on_binary_indicator_var =l= 2.9873706506792304;
e295_.. + 1*post_1_10_0 =g= 0;
e296_.. + 1*post_1_10_0 + 1.4936853253396152*relu_1_10_0_off_binary_indicator_var =l= 1.4936853253396152;
e297_.. + 1*pre_1_10_0 + 1.4936853253396152*relu_1_10_0_off_binary_indicator_var =l= 1.4936853253396152;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e300_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 1.4936853253396152*relu_1_10_1_on_binary_indicator_var =g= -1.4936853253396152;
e301_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 2.9873706506792304*relu_1_10_1_on_binary_indicator_var =l= 2.9873706506792304;
e302_.. + 1*post_1_10_1 =g= 0;
e303_.. + 1*post_1_10_1 + 1.4936853253396152*relu_1_10_1_off_binary_indicator_var =l= 1.4936853253396152;
e304_.. + 1*pre_1_10_1 + 1.4936853253396152*relu_1_10_1_off_binary_indicator_var =l= 1.4936853253396152;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_2_on_binary_indicator_var + 1*relu_1_10_2_off_binary_indicator_var =e= 1;
e307_.. - 1*pre_1_10_2 + 1*post_1_10_2 - 1.4936853253396152*relu_1_10_2_on_binary_indicator_var =g= -1.4936853253396152;
e308_.. - 1*pre_1_10_2 + 1*post_1_10_2 + 2.9873706506792304*relu_1_10_2_on_binary_indicator_var =l= 2.9873706506792304;
e309_.. + 1*post_1_10_2 =g= 0;
e310_.. + 1*post_1_10_2 + 1.4936853253396152*relu_1_10_2_off_binary_indicator_var =l= 1.4936853253396152;
e311_.. + 1*pre_1_10_2 + 1.4936853253396152*relu_1_10_2_off_binary_indicator_var =l= 1.4936853253396152;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e314_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 1.4078455312185105*relu_1_11_0_on_binary_indicator_var =g= -1.4078455312185105;
e315_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 2.815691062437021*relu_1_11_0_on_binary_indicator_var =l= 2.815691062437021;
e316_.. + 1*post_1_11_0 =g= 0;
e317_.. + 1*post_1_11_0 + 1.4078455312185105*relu_1_11_0_off_binary_indicator_var =l= 1.4078455312185105;
e318_.. + 1*pre_1_11_0 + 1.4078455312185105*relu_1_11_0_off_binary_indicator_var =l= 1.4078455312185105;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e321_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 1.4078455312185105*relu_1_11_1_on_binary_indicator_var =g= -1.4078455312185105;
e322_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 2.815691062437021*relu_1_11_1_on_binary_indicator_var =l= 2.815691062437021;
e323_.. + 1*post_1_11_1 =g= 0;
e324_.. + 1*post_1_11_1 + 1.4078455312185105*relu_1_11_1_off_binary_indicator_var =l= 1.4078455312185105;
e325_.. + 1*pre_1_11_1 + 1.4078455312185105*relu_1_11_1_off_binary_indicator_var =l= 1.4078455312185105;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_2_on_binary_indicator_var + 1*relu_1_11_2_off_binary_indicator_var =e= 1;
e328_.. - 1*pre_1_11_2 + 1*post_1_11_2 - 1.4078455312185105*relu_1_11_2_on_binary_indicator_var =g= -1.4078455312185105;
e329_.. - 1*pre_1_11_2 + 1*post_1_11_2 + 2.815691062437021*relu_1_11_2_on_binary_indicator_var =l= 2.815691062437021;
e330_.. + 1*post_1_11_2 =g= 0;
e331_.. + 1*post_1_11_2 + 1.4078455312185105*relu_1_11_2_off_binary_indicator_var =l= 1.4078455312185105;
e332_.. + 1*pre_1_11_2 + 1.4078455312185105*relu_1_11_2_off_binary_indicator_var =l= 1.4078455312185105;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e335_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 2.6470627006105*relu_1_12_0_on_binary_indicator_var =g= -2.6470627006105;
e336_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 5.294125401221*relu_1_12_0_on_binary_indicator_var =l= 5.294125401221;
e337_.. + 1*post_1_12_0 =g= 0;
e338_.. + 1*post_1_12_0 + 2.6470627006105*relu_1_12_0_off_binary_indicator_var =l= 2.6470627006105;
e339_.. + 1*pre_1_12_0 + 2.6470627006105*relu_1_12_0_off_binary_indicator_var =l= 2.6470627006105;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e342_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 2.6470627006105*relu_1_12_1_on_binary_indicator_var =g= -2.6470627006105;
e343_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 5.294125401221*relu_1_12_1_on_binary_indicator_var =l= 5.294125401221;
e344_.. + 1*post_1_12_1 =g= 0;
e345_.. + 1*post_1_12_1 + 2.6470627006105*relu_1_12_1_off_binary_indicator_var =l= 2.6470627006105;
e346_.. + 1*pre_1_12_1 + 2.6470627006105*relu_1_12_1_off_binary_indicator_var =l= 2.6470627006105;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_2_on_binary_indicator_var + 1*relu_1_12_2_off_binary_indicator_var =e= 1;
e349_.. - 1*pre_1_12_2 + 1*post_1_12_2 - 2.6470627006105*relu_1_12_2_on_binary_indicator_var =g= -2.6470627006105;
e350_.. - 1*pre_1_12_2 + 1*post_1_12_2 + 5.294125401221*relu_1_12_2_on_binary_indicator_var =l= 5.294125401221;
e351_.. + 1*post_1_12_2 =g= 0;
e352_.. + 1*post_1_12_2 + 2.6470627006105*relu_1_12_2_off_binary_indicator_var =l= 2.6470627006105;
e353_.. + 1*pre_1_12_2 + 2.6470627006105*relu_1_12_2_off_binary_indicator_var =l= 2.6470627006105;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e356_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 1.4274692680413814*relu_1_13_0_on_binary_indicator_var =g= -1.4274692680413814;
e357_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 2.854938536082763*relu_1_13_0_on_binary_indicator_var =l= 2.854938536082763;
e358_.. + 1*post_1_13_0 =g= 0;
e359_.. + 1*post_1_13_0 + 1.4274692680413814*relu_1_13_0_off_binary_indicator_var =l= 1.4274692680413814;
e360_.. + 1*pre_1_13_0 + 1.4274692680413814*relu_1_13_0_off_binary_indicator_var =l= 1.4274692680413814;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e363_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 1.4274692680413814*relu_1_13_1_on_binary_indicator_var =g= -1.4274692680413814;
e364_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 2.854938536082763*relu_1_13_1_on_binary_indicator_var =l= 2.854938536082763;
e365_.. + 1*post_1_13_1 =g= 0;
e366_.. + 1*post_1_13_1 + 1.4274692680413814*relu_1_13_1_off_binary_indicator_var =l= 1.4274692680413814;
e367_.. + 1*pre_1_13_1 + 1.4274692680413814*relu_1_13_1_off_binary_indicator_var =l= 1.4274692680413814;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_2_on_binary_indicator_var + 1*relu_1_13_2_off_binary_indicator_var =e= 1;
e370_.. - 1*pre_1_13_2 + 1*post_1_13_2 - 1.4274692680413814*relu_1_13_2_on_binary_indicator_var =g= -1.4274692680413814;
e371_.. - 1*pre_1_13_2 + 1*post_1_13_2 + 2.854938536082763*relu_1_13_2_on_binary_indicator_var =l= 2.854938536082763;
e372_.. + 1*post_1_13_2 =g= 0;
e373_.. + 1*post_1_13_2 + 1.4274692680413814*relu_1_13_2_off_binary_indicator_var =l= 1.4274692680413814;
e374_.. + 1*pre_1_13_2 + 1.4274692680413814*relu_1_13_2_off_binary_indicator_var =l= 1.4274692680413814;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e377_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 1.5448612782475093*relu_1_14_0_on_binary_indicator_var =g= -1.5448612782475093;
e378_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 3.0897225564950186*relu_1_14_0_on_binary_indicator_var =l= 3.0897225564950186;
e379_.. + 1*post_1_14_0 =g= 0;
e380_.. + 1*post_1_14_0 + 1.5448612782475093*relu_1_14_0_off_binary_indicator_var =l= 1.5448612782475093;
e381_.. + 1*pre_1_14_0 + 1.5448612782475093*relu_1_14_0_off_binary_indicator_var =l= 1.5448612782475093;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e384_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 1.5448612782475093*relu_1_14_1_on_binary_indicator_var =g= -1.5448612782475093;
e385_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 3.0897225564950186*relu_1_14_1_on_binary_indicator_var =l= 3.0897225564950186;
e386_.. + 1*post_1_14_1 =g= 0;
e387_.. + 1*post_1_14_1 + 1.5448612782475093*relu_1_14_1_off_binary_indicator_var =l= 1.5448612782475093;
e388_.. + 1*pre_1_14_1 + 1.5448612782475093*relu_1_14_1_off_binary_indicator_var =l= 1.5448612782475093;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_2_on_binary_indicator_var + 1*relu_1_14_2_off_binary_indicator_var =e= 1;
e391_.. - 1*pre_1_14_2 + 1*post_1_14_2 - 1.5448612782475093*relu_1_14_2_on_binary_indicator_var =g= -1.5448612782475093;
e392_.. - 1*pre_1_14_2 + 1*post_1_14_2 + 3.0897225564950186*relu_1_14_2_on_binary_indicator_var =l= 3.0897225564950186;
e393_.. + 1*post_1_14_2 =g= 0;
e394_.. + 1*post_1_14_2 + 1.5448612782475093*relu_1_14_2_off_binary_indicator_var =l= 1.5448612782475093;
e395_.. + 1*pre_1_14_2 + 1.5448612782475093*relu_1_14_2_off_binary_indicator_var =l= 1.5448612782475093;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e398_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 1.540939547929411*relu_1_15_0_on_binary_indicator_var =g= -1.540939547929411;
e399_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 3.081879095858822*relu_1_15_0_on_binary_indicator_var =l= 3.081879095858822;
e400_.. + 1*post_1_15_0 =g= 0;
e401_.. + 1*post_1_15_0 + 1.540939547929411*relu_1_15_0_off_binary_indicator_var =l= 1.540939547929411;
e402_.. + 1*pre_1_15_0 + 1.540939547929411*relu_1_15_0_off_binary_indicator_var =l= 1.540939547929411;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e405_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 1.540939547929411*relu_1_15_1_on_binary_indicator_var =g= -1.540939547929411;
e406_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 3.081879095858822*relu_1_15_1_on_binary_indicator_var =l= 3.081879095858822;
e407_.. + 1*post_1_15_1 =g= 0;
e408_.. + 1*post_1_15_1 + 1.540939547929411*relu_1_15_1_off_binary_indicator_var =l= 1.540939547929411;
e409_.. + 1*pre_1_15_1 + 1.540939547929411*relu_1_15_1_off_binary_indicator_var =l= 1.540939547929411;
relu_1_15_2_above_pre.. + 1*pre_1_15_2 - 1*post_1_15_2 =l= 0;
relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_2_on_binary_indicator_var + 1*relu_1_15_2_off_binary_indicator_var =e= 1;
e412_.. - 1*pre_1_15_2 + 1*post_1_15_2 - 1.540939547929411*relu_1_15_2_on_binary_indicator_var =g= -1.540939547929411;
e413_.. - 1*pre_1_15_2 + 1*post_1_15_2 + 3.081879095858822*relu_1_15_2_on_binary_indicator_var =l= 3.081879095858822;
e414_.. + 1*post_1_15_2 =g= 0;
e415_.. + 1*post_1_15_2 + 1.540939547929411*relu_1_15_2_off_binary_indicator_var =l= 1.540939547929411;
e416_.. + 1*pre_1_15_2 + 1.540939547929411*relu_1_15_2_off_binary_indicator_var =l= 1.540939547929411;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_0_on_binary_indicator_var + 1*relu_1_16_0_off_binary_indicator_var =e= 1;
e419_.. - 1*pre_1_16_0 + 1*post_1_16_0 - 2.326233516942825*relu_1_16_0_on_binary_indicator_var =g= -2.326233516942825;
e420_.. - 1*pre_1_16_0 + 1*post_1_16_0 + 4.65246703388565*relu_1_16_0_on_binary_indicator_var =l= 4.65246703388565;
e421_.. + 1*post_1_16_0 =g= 0;
e422_.. + 1*post_1_16_0 + 2.326233516942825*relu_1_16_0_off_binary_indicator_var =l= 2.326233516942825;
e423_.. + 1*pre_1_16_0 + 2.326233516942825*relu_1_16_0_off_binary_indicator_var =l= 2.326233516942825;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_1_on_binary_indicator_var + 1*relu_1_16_1_off_binary_indicator_var =e= 1;
e426_.. - 1*pre_1_16_1 + 1*post_1_16_1 - 2.326233516942825*relu_1_16_1_on_binary_indicator_var =g= -2.326233516942825;
e427_.. - 1*pre_1_16_1 + 1*post_1_16_1 + 4.65246703388565*relu_1_16_1_on_binary_indicator_var =l= 4.65246703388565;
e428_.. + 1*post_1_16_1 =g= 0;
e429_.. + 1*post_1_16_1 + 2.326233516942825*relu_1_16_1_off_binary_indicator_var =l= 2.326233516942825;
e430_.. + 1*pre_1_16_1 + 2.326233516942825*relu_1_16_1_off_binary_indicator_var =l= 2.326233516942825;
relu_1_16_2_above_pre.. + 1*pre_1_16_2 - 1*post_1_16_2 =l= 0;
relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_2_on_binary_indicator_var + 1*relu_1_16_2_off_binary_indicator_var =e= 1;
e433_.. - 1*pre_1_16_2 + 1*post_1_16_2 - 2.326233516942825*relu_1_16_2_on_binary_indicator_var =g= -2.326233516942825;
e434_.. - 1*pre_1_16_2 + 1*post_1_16_2 + 4.65246703388565*relu_1_16_2_on_binary_indicator_var =l= 4.65246703388565;
e435_.. + 1*post_1_16_2 =g= 0;
e436_.. + 1*post_1_16_2 + 2.326233516942825*relu_1_16_2_off_binary_indicator_var =l= 2.326233516942825;
e437_.. + 1*pre_1_16_2 + 2.326233516942825*relu_1_16_2_off_binary_indicator_var =l= 2.326233516942825;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_0_on_binary_indicator_var + 1*relu_1_17_0_off_binary_indicator_var =e= 1;
e440_.. - 1*pre_1_17_0 + 1*post_1_17_0 - 2.0783436022073154*relu_1_17_0_on_binary_indicator_var =g= -2.0783436022073154;
e441_.. - 1*pre_1_17_0 + 1*post_1_17_0 + 4.156687204414631*relu_1_17_0_on_binary_indicator_var =l= 4.156687204414631;
e442_.. + 1*post_1_17_0 =g= 0;
e443_.. + 1*post_1_17_0 + 2.0783436022073154*relu_1_17_0_off_binary_indicator_var =l= 2.0783436022073154;
e444_.. + 1*pre_1_17_0 + 2.0783436022073154*relu_1_17_0_off_binary_indicator_var =l= 2.0783436022073154;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_1_on_binary_indicator_var + 1*relu_1_17_1_off_binary_indicator_var =e= 1;
e447_.. - 1*pre_1_17_1 + 1*post_1_17_1 - 2.0783436022073154*relu_1_17_1_on_binary_indicator_var =g= -2.0783436022073154;
e448_.. - 1*pre_1_17_1 + 1*post_1_17_1 + 4.156687204414631*relu_1_17_1_on_binary_indicator_var =l= 4.156687204414631;
e449_.. + 1*post_1_17_1 =g= 0;
e450_.. + 1*post_1_17_1 + 2.0783436022073154*relu_1_17_1_off_binary_indicator_var =l= 2.0783436022073154;
e451_.. + 1*pre_1_17_1 + 2.0783436022073154*relu_1_17_1_off_binary_indicator_var =l= 2.0783436022073154;
relu_1_17_2_above_pre.. + 1*pre_1_17_2 - 1*post_1_17_2 =l= 0;
relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_2_on_binary_indicator_var + 1*relu_1_17_2_off_binary_indicator_var =e= 1;
e454_.. - 1*pre_1_17_2 + 1*post_1_17_2 - 2.0783436022073154*relu_1_17_2_on_binary_indicator_var =g= -2.0783436022073154;
e455_.. - 1*pre_1_17_2 + 1*post_1_17_2 + 4.156687204414631*relu_1_17_2_on_binary_indicator_var =l= 4.156687204414631;
e456_.. + 1*post_1_17_2 =g= 0;
e457_.. + 1*post_1_17_2 + 2.0783436022073154*relu_1_17_2_off_binary_indicator_var =l= 2.0783436022073154;
e458_.. + 1*pre_1_17_2 + 2.0783436022073154*relu_1_17_2_off_binary_indicator_var =l= 2.0783436022073154;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_0_on_binary_indicator_var + 1*relu_1_18_0_off_binary_indicator_var =e= 1;
e461_.. - 1*pre_1_18_0 + 1*post_1_18_0 - 2.2394849102841623*relu_1_18_0_on_binary_indicator_var =g= -2.2394849102841623;
e462_.. - 1*pre_1_18_0 + 1*post_1_18_0 + 4.478969820568325*relu_1_18_0_on_binary_indicator_var =l= 4.478969820568325;
e463_.. + 1*post_1_18_0 =g= 0;
e464_.. + 1*post_1_18_0 + 2.2394849102841623*relu_1_18_0_off_binary_indicator_var =l= 2.2394849102841623;
e465_.. + 1*pre_1_18_0 + 2.2394849102841623*relu_1_18_0_off_binary_indicator_var =l= 2.2394849102841623;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_1_on_binary_indicator_var + 1*relu_1_18_1_off_binary_indicator_var =e= 1;
e468_.. - 1*pre_1_18_1 + 1*post_1_18_1 - 2.2394849102841623*relu_1_18_1_on_binary_indicator_var =g= -2.2394849102841623;
e469_.. - 1*pre_1_18_1 + 1*post_1_18_1 + 4.478969820568325*relu_1_18_1_on_binary_indicator_var =l= 4.478969820568325;
e470_.. + 1*post_1_18_1 =g= 0;
e471_.. + 1*post_1_18_1 + 2.2394849102841623*relu_1_18_1_off_binary_indicator_var =l= 2.2394849102841623;
e472_.. + 1*pre_1_18_1 + 2.2394849102841623*relu_1_18_1_off_binary_indicator_var =l= 2.2394849102841623;
relu_1_18_2_above_pre.. + 1*pre_1_18_2 - 1*post_1_18_2 =l= 0;
relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_2_on_binary_indicator_var + 1*relu_1_18_2_off_binary_indicator_var =e= 1;
e475_.. - 1*pre_1_18_2 + 1*post_1_18_2 - 2.2394849102841623*relu_1_18_2_on_binary_indicator_var =g= -2.2394849102841623;
e476_.. - 1*pre_1_18_2 + 1*post_1_18_2 + 4.478969820568325*relu_1_18_2_on_binary_indicator_var =l= 4.478969820568325;
e477_.. + 1*post_1_18_2 =g= 0;
e478_.. + 1*post_1_18_2 + 2.2394849102841623*relu_1_18_2_off_binary_indicator_var =l= 2.2394849102841623;
e479_.. + 1*pre_1_18_2 + 2.2394849102841623*relu_1_18_2_off_binary_indicator_var =l= 2.2394849102841623;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_0_on_binary_indicator_var + 1*relu_1_19_0_off_binary_indicator_var =e= 1;
e482_.. - 1*pre_1_19_0 + 1*post_1_19_0 - 2.2742295756355033*relu_1_19_0_on_binary_indicator_var =g= -2.2742295756355033;
e483_.. - 1*pre_1_19_0 + 1*post_1_19_0 + 4.548459151271007*relu_1_19_0_on_binary_indicator_var =l= 4.548459151271007;
e484_.. + 1*post_1_19_0 =g= 0;
e485_.. + 1*post_1_19_0 + 2.2742295756355033*relu_1_19_0_off_binary_indicator_var =l= 2.2742295756355033;
e486_.. + 1*pre_1_19_0 + 2.2742295756355033*relu_1_19_0_off_binary_indicator_var =l= 2.2742295756355033;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_1_on_binary_indicator_var + 1*relu_1_19_1_off_binary_indicator_var =e= 1;
e489_.. - 1*pre_1_19_1 + 1*post_1_19_1 - 2.2742295756355033*relu_1_19_1_on_binary_indicator_var =g= -2.2742295756355033;
e490_.. - 1*pre_1_19_1 + 1*post_1_19_1 + 4.548459151271007*relu_1_19_1_on_binary_indicator_var =l= 4.548459151271007;
e491_.. + 1*post_1_19_1 =g= 0;
e492_.. + 1*post_1_19_1 + 2.2742295756355033*relu_1_19_1_off_binary_indicator_var =l= 2.2742295756355033;
e493_.. + 1*pre_1_19_1 + 2.2742295756355033*relu_1_19_1_off_binary_indicator_var =l= 2.2742295756355033;
relu_1_19_2_above_pre.. + 1*pre_1_19_2 - 1*post_1_19_2 =l= 0;
relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_2_on_binary_indicator_var + 1*relu_1_19_2_off_binary_indicator_var =e= 1;
e496_.. - 1*pre_1_19_2 + 1*post_1_19_2 - 2.2742295756355033*relu_1_19_2_on_binary_indicator_var =g= -2.2742295756355033;
e497_.. - 1*pre_1_19_2 + 1*post_1_19_2 + 4.548459151271007*relu_1_19_2_on_binary_indicator_var =l= 4.548459151271007;
e498_.. + 1*post_1_19_2 =g= 0;
e499_.. + 1*post_1_19_2 + 2.2742295756355033*relu_1_19_2_off_binary_indicator_var =l= 2.2742295756355033;
e500_.. + 1*pre_1_19_2 + 2.2742295756355033*relu_1_19_2_off_binary_indicator_var =l= 2.2742295756355033;

w_1_0_0.lo = -1;
w_1_0_0.up = 1;
w_1_0_1.lo = -1;
w_1_0_1.up = 1;
w_1_1_0.lo = -1;
w_1_1_0.up = 1;
w_1_1_1.lo = -1;
w_1_1_1.up = 1;
w_1_2_0.lo = -1;
w_1_2_0.up = 1;
w_1_2_1.lo = -1;
w_1_2_1.up = 1;
w_2_0_0.lo = -1;
w_2_0_0.up = 1;
w_2_0_1.lo = -1;
w_2_0_1.up = 1;
w_2_0_2.lo = -1;
w_2_0_2.up = 1;
b_1_0.lo = -1;
b_1_0.up = 1;
b_1_1.lo = -1;
b_1_1.up = 1;
b_1_2.lo = -1;
b_1_2.up = 1;
b_2_0.lo = -1;
b_2_0.up = 1;
pre_1_0_0.lo = -2.3921397422489594;
pre_1_0_0.up = 2.3921397422489594;
pre_1_0_1.lo = -2.3921397422489594;
pre_1_0_1.up = 2.3921397422489594;
pre_1_0_2.lo = -2.3921397422489594;
pre_1_0_2.up = 2.3921397422489594;
pre_1_1_0.lo = -2.3750466034946554;
pre_1_1_0.up = 2.3750466034946554;
pre_1_1_1.lo = -2.3750466034946554;
pre_1_1_1.up = 2.3750466034946554;
pre_1_1_2.lo = -2.3750466034946554;
pre_1_1_2.up = 2.3750466034946554;
pre_1_2_0.lo = -1.4834986594234139;
pre_1_2_0.up = 1.4834986594234139;
pre_1_2_1.lo = -1.4834986594234139;
pre_1_2_1.up = 1.4834986594234139;
pre_1_2_2.lo = -1.4834986594234139;
pre_1_2_2.up = 1.4834986594234139;
pre_1_3_0.lo = -2.097986215313757;
pre_1_3_0.up = 2.097986215313757;
pre_1_3_1.lo = -2.097986215313757;
pre_1_3_1.up = 2.097986215313757;
pre_1_3_2.lo = -2.097986215313757;
pre_1_3_2.up = 2.097986215313757;
pre_1_4_0.lo = -2.0926822763881328;
pre_1_4_0.up = 2.0926822763881328;
pre_1_4_1.lo = -2.0926822763881328;
pre_1_4_1.up = 2.0926822763881328;
pre_1_4_2.lo = -2.0926822763881328;
pre_1_4_2.up = 2.0926822763881328;
pre_1_5_0.lo = -1.5251492461110079;
pre_1_5_0.up = 1.5251492461110079;
pre_1_5_1.lo = -1.5251492461110079;
pre_1_5_1.up = 1.5251492461110079;
pre_1_5_2.lo = -1.5251492461110079;
pre_1_5_2.up = 1.5251492461110079;
pre_1_6_0.lo = -2.2270647630546554;
pre_1_6_0.up = 2.2270647630546554;
pre_1_6_1.lo = -2.2270647630546554;
pre_1_6_1.up = 2.2270647630546554;
pre_1_6_2.lo = -2.2270647630546554;
pre_1_6_2.up = 2.2270647630546554;
pre_1_7_0.lo = -2.3327546465138496;
pre_1_7_0.up = 2.3327546465138496;
pre_1_7_1.lo = -2.3327546465138496;
pre_1_7_1.up = 2.3327546465138496;
pre_1_7_2.lo = -2.3327546465138496;
pre_1_7_2.up = 2.3327546465138496;
pre_1_8_0.lo = -1.6778120136775128;
pre_1_8_0.up = 1.6778120136775128;
pre_1_8_1.lo = -1.6778120136775128;
pre_1_8_1.up = 1.6778120136775128;
pre_1_8_2.lo = -1.6778120136775128;
pre_1_8_2.up = 1.6778120136775128;
pre_1_9_0.lo = -1.95196414199697;
pre_1_9_0.up = 1.95196414199697;
pre_1_9_1.lo = -1.95196414199697;
pre_1_9_1.up = 1.95196414199697;
pre_1_9_2.lo = -1.95196414199697;
pre_1_9_2.up = 1.95196414199697;
pre_1_10_0.lo = -1.4936853253396152;
pre_1_10_0.up = 1.4936853253396152;
pre_1_10_1.lo = -1.4936853253396152;
pre_1_10_1.up = 1.4936853253396152;
pre_1_10_2.lo = -1.4936853253396152;
pre_1_10_2.up = 1.4936853253396152;
pre_1_11_0.lo = -1.4078455312185105;
pre_1_11_0.up = 1.4078455312185105;
pre_1_11_1.lo = -1.4078455312185105;
pre_1_11_1.up = 1.4078455312185105;
pre_1_11_2.lo = -1.4078455312185105;
pre_1_11_2.up = 1.4078455312185105;
pre_1_12_0.lo = -2.6470627006105;
pre_1_12_0.up = 2.6470627006105;
pre_1_12_1.lo = -2.6470627006105;
pre_1_12_1.up = 2.6470627006105;
pre_1_12_2.lo = -2.6470627006105;
pre_1_12_2.up = 2.6470627006105;
pre_1_13_0.lo = -1.4274692680413814;
pre_1_13_0.up = 1.4274692680413814;
pre_1_13_1.lo = -1.4274692680413814;
pre_1_13_1.up = 1.4274692680413814;
pre_1_13_2.lo = -1.4274692680413814;
pre_1_13_2.up = 1.4274692680413814;
pre_1_14_0.lo = -1.5448612782475093;
pre_1_14_0.up = 1.5448612782475093;
pre_1_14_1.lo = -1.5448612782475093;
pre_1_14_1.up = 1.5448612782475093;
pre_1_14_2.lo = -1.5448612782475093;
pre_1_14_2.up = 1.5448612782475093;
pre_1_15_0.lo = -1.540939547929411;
pre_1_15_0.up = 1.540939547929411;
pre_1_15_1.lo = -1.540939547929411;
pre_1_15_1.up = 1.540939547929411;
pre_1_15_2.lo = -1.540939547929411;
pre_1_15_2.up = 1.540939547929411;
pre_1_16_0.lo = -2.326233516942825;
pre_1_16_0.up = 2.326233516942825;
pre_1_16_1.lo = -2.326233516942825;
pre_1_16_1.up = 2.326233516942825;
pre_1_16_2.lo = -2.326233516942825;
pre_1_16_2.up = 2.326233516942825;
pre_1_17_0.lo = -2.0783436022073154;
pre_1_17_0.up = 2.0783436022073154;
pre_1_17_1.lo = -2.0783436022073154;
pre_1_17_1.up = 2.0783436022073154;
pre_1_17_2.lo = -2.0783436022073154;
pre_1_17_2.up = 2.0783436022073154;
pre_1_18_0.lo = -2.2394849102841623;
pre_1_18_0.up = 2.2394849102841623;
pre_1_18_1.lo = -2.2394849102841623;
pre_1_18_1.up = 2.2394849102841623;
pre_1_18_2.lo = -2.2394849102841623;
pre_1_18_2.up = 2.2394849102841623;
pre_1_19_0.lo = -2.2742295756355033;
pre_1_19_0.up = 2.2742295756355033;
pre_1_19_1.lo = -2.2742295756355033;
pre_1_19_1.up = 2.2742295756355033;
pre_1_19_2.lo = -2.2742295756355033;
pre_1_19_2.up = 2.2742295756355033;
post_1_0_0.lo = 0;
post_1_0_0.up = 2.3921397422489594;
post_1_0_1.lo = 0;
post_1_0_1.up = 2.3921397422489594;
post_1_0_2.lo = 0;
post_1_0_2.up = 2.3921397422489594;
post_1_1_0.lo = 0;
post_1_1_0.up = 2.3750466034946554;
post_1_1_1.lo = 0;
post_1_1_1.up = 2.3750466034946554;
post_1_1_2.lo = 0;
post_1_1_2.up = 2.3750466034946554;
post_1_2_0.lo = 0;
post_1_2_0.up = 1.4834986594234139;
post_1_2_1.lo = 0;
post_1_2_1.up = 1.4834986594234139;
post_1_2_2.lo = 0;
post_1_2_2.up = 1.4834986594234139;
post_1_3_0.lo = 0;
post_1_3_0.up = 2.097986215313757;
post_1_3_1.lo = 0;
post_1_3_1.up = 2.097986215313757;
post_1_3_2.lo = 0;
post_1_3_2.up = 2.097986215313757;
post_1_4_0.lo = 0;
post_1_4_0.up = 2.0926822763881328;
post_1_4_1.lo = 0;
post_1_4_1.up = 2.0926822763881328;
post_1_4_2.lo = 0;
post_1_4_2.up = 2.0926822763881328;
post_1_5_0.lo = 0;
post_1_5_0.up = 1.5251492461110079;
post_1_5_1.lo = 0;
post_1_5_1.up = 1.5251492461110079;
post_1_5_2.lo = 0;
post_1_5_2.up = 1.5251492461110079;
post_1_6_0.lo = 0;
post_1_6_0.up = 2.2270647630546554;
post_1_6_1.lo = 0;
post_1_6_1.up = 2.2270647630546554;
post_1_6_2.lo = 0;
post_1_6_2.up = 2.2270647630546554;
post_1_7_0.lo = 0;
post_1_7_0.up = 2.3327546465138496;
post_1_7_1.lo = 0;
post_1_7_1.up = 2.3327546465138496;
post_1_7_2.lo = 0;
post_1_7_2.up = 2.3327546465138496;
post_1_8_0.lo = 0;
post_1_8_0.up = 1.6778120136775128;
post_1_8_1.lo = 0;
post_1_8_1.up = 1.6778120136775128;
post_1_8_2.lo = 0;
post_1_8_2.up = 1.6778120136775128;
post_1_9_0.lo = 0;
post_1_9_0.up = 1.95196414199697;
post_1_9_1.lo = 0;
post_1_9_1.up = 1.95196414199697;
post_1_9_2.lo = 0;
post_1_9_2.up = 1.95196414199697;
post_1_10_0.lo = 0;
post_1_10_0.up = 1.4936853253396152;
post_1_10_1.lo = 0;
post_1_10_1.up = 1.4936853253396152;
post_1_10_2.lo = 0;
post_1_10_2.up = 1.4936853253396152;
post_1_11_0.lo = 0;
post_1_11_0.up = 1.4078455312185105;
post_1_11_1.lo = 0;
post_1_11_1.up = 1.4078455312185105;
post_1_11_2.lo = 0;
post_1_11_2.up = 1.4078455312185105;
post_1_12_0.lo = 0;
post_1_12_0.up = 2.6470627006105;
post_1_12_1.lo = 0;
post_1_12_1.up = 2.6470627006105;
post_1_12_2.lo = 0;
post_1_12_2.up = 2.6470627006105;
post_1_13_0.lo = 0;
post_1_13_0.up = 1.4274692680413814;
post_1_13_1.lo = 0;
post_1_13_1.up = 1.4274692680413814;
post_1_13_2.lo = 0;
post_1_13_2.up = 1.4274692680413814;
post_1_14_0.lo = 0;
post_1_14_0.up = 1.5448612782475093;
post_1_14_1.lo = 0;
post_1_14_1.up = 1.5448612782475093;
post_1_14_2.lo = 0;
post_1_14_2.up = 1.5448612782475093;
post_1_15_0.lo = 0;
post_1_15_0.up = 1.540939547929411;
post_1_15_1.lo = 0;
post_1_15_1.up = 1.540939547929411;
post_1_15_2.lo = 0;
post_1_15_2.up = 1.540939547929411;
post_1_16_0.lo = 0;
post_1_16_0.up = 2.326233516942825;
post_1_16_1.lo = 0;
post_1_16_1.up = 2.326233516942825;
post_1_16_2.lo = 0;
post_1_16_2.up = 2.326233516942825;
post_1_17_0.lo = 0;
post_1_17_0.up = 2.0783436022073154;
post_1_17_1.lo = 0;
post_1_17_1.up = 2.0783436022073154;
post_1_17_2.lo = 0;
post_1_17_2.up = 2.0783436022073154;
post_1_18_0.lo = 0;
post_1_18_0.up = 2.2394849102841623;
post_1_18_1.lo = 0;
post_1_18_1.up = 2.2394849102841623;
post_1_18_2.lo = 0;
post_1_18_2.up = 2.2394849102841623;
post_1_19_0.lo = 0;
post_1_19_0.up = 2.2742295756355033;
post_1_19_1.lo = 0;
post_1_19_1.up = 2.2742295756355033;
post_1_19_2.lo = 0;
post_1_19_2.up = 2.2742295756355033;
out_0_0.lo = -8.176419226746878;
out_0_0.up = 8.176419226746878;
out_1_0.lo = -8.125139810483965;
out_1_0.up = 8.125139810483965;
out_2_0.lo = -5.450495978270242;
out_2_0.up = 5.450495978270242;
out_3_0.lo = -7.293958645941272;
out_3_0.up = 7.293958645941272;
out_4_0.lo = -7.278046829164398;
out_4_0.up = 7.278046829164398;
out_5_0.lo = -5.575447738333024;
out_5_0.up = 5.575447738333024;
out_6_0.lo = -7.681194289163966;
out_6_0.up = 7.681194289163966;
out_7_0.lo = -7.998263939541548;
out_7_0.up = 7.998263939541548;
out_8_0.lo = -6.033436041032538;
out_8_0.up = 6.033436041032538;
out_9_0.lo = -6.85589242599091;
out_9_0.up = 6.85589242599091;
out_10_0.lo = -5.481055976018846;
out_10_0.up = 5.481055976018846;
out_11_0.lo = -5.223536593655531;
out_11_0.up = 5.223536593655531;
out_12_0.lo = -8.9411881018315;
out_12_0.up = 8.9411881018315;
out_13_0.lo = -5.282407804124144;
out_13_0.up = 5.282407804124144;
out_14_0.lo = -5.634583834742528;
out_14_0.up = 5.634583834742528;
out_15_0.lo = -5.622818643788233;
out_15_0.up = 5.622818643788233;
out_16_0.lo = -7.978700550828476;
out_16_0.up = 7.978700550828476;
out_17_0.lo = -7.235030806621946;
out_17_0.up = 7.235030806621946;
out_18_0.lo = -7.718454730852487;
out_18_0.up = 7.718454730852487;
out_19_0.lo = -7.8226887269065095;
out_19_0.up = 7.8226887269065095;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
