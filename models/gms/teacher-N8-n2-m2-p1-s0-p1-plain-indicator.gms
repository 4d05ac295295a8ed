* teacher-N8-n2-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N8-n2-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1,
  pre_1_7_0, pre_1_7_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e27_, e28_, e29_, e30_, e31_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e34_, e35_, e36_, e37_, e38_, relu_1_1_0_above_pre,
  relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e41_, e42_, e43_, e44_, e45_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e48_, e49_, e50_, e51_, e52_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e55_,
  e56_, e57_, e58_, e59_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e62_, e63_,
  e64_, e65_, e66_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e69_, e70_, e71_,
  e72_, e73_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e76_, e77_, e78_, e79_,
  e80_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e83_, e84_, e85_, e86_, e87_,
  relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e90_, e91_, e92_, e93_, e94_, relu_1_5_0_above_pre,
  relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e97_, e98_, e99_, e100_, e101_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor,
  e104_, e105_, e106_, e107_, e108_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e111_,
  e112_, e113_, e114_, e115_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e118_, e119_,
  e120_, e121_, e122_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e125_, e126_, e127_,
  e128_, e129_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e132_, e133_, e134_, e135_,
  e136_;

e_obj.. - objvar - 0.4381546963241995*out_0_0 - 0.9979219232795269*out_1_0 - 1.1944597732371172*out_2_0 - 0.7915088443505456*out_3_0 - 1.6176364847882092*out_4_0 - 2.132511276256084*out_5_0 - 1.3332744693824141*out_6_0
    - 0.7038510824266392*out_7_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 3.1696068501642696 =e= 0;
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
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e27_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.5055558674558025*relu_1_0_0_on_binary_indicator_var =g= -7.5055558674558025;
e28_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 15.011111734911605*relu_1_0_0_on_binary_indicator_var =l= 15.011111734911605;
e29_.. + 1*post_1_0_0 =g= 0;
e30_.. + 1*post_1_0_0 + 7.5055558674558025*relu_1_0_0_off_binary_indicator_var =l= 7.5055558674558025;
e31_.. + 1*pre_1_0_0 + 7.5055558674558025*relu_1_0_0_off_binary_indicator_var =l= 7.5055558674558025;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e34_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.5055558674558025*relu_1_0_1_on_binary_indicator_var =g= -7.5055558674558025;
e35_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 15.011111734911605*relu_1_0_1_on_binary_indicator_var =l= 15.011111734911605;
e36_.. + 1*post_1_0_1 =g= 0;
e37_.. + 1*post_1_0_1 + 7.5055558674558025*relu_1_0_1_off_binary_indicator_var =l= 7.5055558674558025;
e38_.. + 1*pre_1_0_1 + 7.5055558674558025*relu_1_0_1_off_binary_indicator_var =l= 7.5055558674558025;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e41_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 8.127994658504527*relu_1_1_0_on_binary_indicator_var =g= -8.127994658504527;
e42_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 16.255989317009053*relu_1_1_0_on_binary_indicator_var =l= 16.255989317009053;
e43_.. + 1*post_1_1_0 =g= 0;
e44_.. + 1*post_1_1_0 + 8.127994658504527*relu_1_1_0_off_binary_indicator_var =l= 8.127994658504527;
e45_.. + 1*pre_1_1_0 + 8.127994658504527*relu_1_1_0_off_binary_indicator_var =l= 8.127994658504527;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e48_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 8.127994658504527*relu_1_1_1_on_binary_indicator_var =g= -8.127994658504527;
e49_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 16.255989317009053*relu_1_1_1_on_binary_indicator_var =l= 16.255989317009053;
e50_.. + 1*post_1_1_1 =g= 0;
e51_.. + 1*post_1_1_1 + 8.127994658504527*relu_1_1_1_off_binary_indicator_var =l= 8.127994658504527;
e52_.. + 1*pre_1_1_1 + 8.127994658504527*relu_1_1_1_off_binary_indicator_var =l= 8.127994658504527;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e55_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 7.176419226746878*relu_1_2_0_on_binary_indicator_var =g= -7.176419226746878;
e56_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 14.352838453493757*relu_1_2_0_on_binary_indicator_var =l= 14.352838453493757;
e57_.. + 1*post_1_2_0 =g= 0;
e58_.. + 1*post_1_2_0 + 7.176419226746878*relu_1_2_0_off_binary_indicator_var =l= 7.176419226746878;
e59_.. + 1*pre_1_2_0 + 7.176419226746878*relu_1_2_0_off_binary_indicator_var =l= 7.176419226746878;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e62_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 7.176419226746878*relu_1_2_1_on_binary_indicator_var =g= -7.176419226746878;
e63_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 14.352838453493757*relu_1_2_1_on_binary_indicator_var =l= 14.352838453493757;
e64_.. + 1*post_1_2_1 =g= 0;
e65_.. + 1*post_1_2_1 + 7.176419226746878*relu_1_2_1_off_binary_indicator_var =l= 7.176419226746878;
e66_.. + 1*pre_1_2_1 + 7.176419226746878*relu_1_2_1_off_binary_indicator_var =l= 7.176419226746878;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e69_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 7.125139810483965*relu_1_3_0_on_binary_indicator_var =g= -7.125139810483965;
e70_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 14.25027962096793*relu_1_3_0_on_binary_indicator_var =l= 14.25027962096793;
e71_.. + 1*post_1_3_0 =g= 0;
e72_.. + 1*post_1_3_0 + 7.125139810483965*relu_1_3_0_off_binary_indicator_var =l= 7.125139810483965;
e73_.. + 1*pre_1_3_0 + 7.125139810483965*relu_1_3_0_off_binary_indicator_var =l= 7.125139810483965;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e76_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 7.125139810483965*relu_1_3_1_on_binary_indicator_var =g= -7.125139810483965;
e77_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 14.25027962096793*relu_1_3_1_on_binary_indicator_var =l= 14.25027962096793;
e78_.. + 1*post_1_3_1 =g= 0;
e79_.. + 1*post_1_3_1 + 7.125139810483965*relu_1_3_1_off_binary_indicator_var =l= 7.125139810483965;
e80_.. + 1*pre_1_3_1 + 7.125139810483965*relu_1_3_1_off_binary_indicator_var =l= 7.125139810483965;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e83_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4.450495978270242*relu_1_4_0_on_binary_indicator_var =g= -4.450495978270242;
e84_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 8.900991956540484*relu_1_4_0_on_binary_indicator_var =l= 8.900991956540484;
e85_.. + 1*post_1_4_0 =g= 0;
e86_.. + 1*post_1_4_0 + 4.450495978270242*relu_1_4_0_off_binary_indicator_var =l= 4.450495978270242;
e87_.. + 1*pre_1_4_0 + 4.450495978270242*relu_1_4_0_off_binary_indicator_var =l= 4.450495978270242;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e90_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4.450495978270242*relu_1_4_1_on_binary_indicator_var =g= -4.450495978270242;
e91_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 8.900991956540484*relu_1_4_1_on_binary_indicator_var =l= 8.900991956540484;
e92_.. + 1*post_1_4_1 =g= 0;
e93_.. + 1*post_1_4_1 + 4.450495978270242*relu_1_4_1_off_binary_indicator_var =l= 4.450495978270242;
e94_.. + 1*pre_1_4_1 + 4.450495978270242*relu_1_4_1_off_binary_indicator_var =l= 4.450495978270242;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e97_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 6.293958645941272*relu_1_5_0_on_binary_indicator_var =g= -6.293958645941272;
e98_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 12.587917291882544*relu_1_5_0_on_binary_indicator_var =l= 12.587917291882544;
e99_.. + 1*post_1_5_0 =g= 0;
e100_.. + 1*post_1_5_0 + 6.293958645941272*relu_1_5_0_off_binary_indicator_var =l= 6.293958645941272;
e101_.. + 1*pre_1_5_0 + 6.293958645941272*relu_1_5_0_off_binary_indicator_var =l= 6.293958645941272;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e104_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 6.293958645941272*relu_1_5_1_on_binary_indicator_var =g= -6.293958645941272;
e105_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 12.587917291882544*relu_1_5_1_on_binary_indicator_var =l= 12.587917291882544;
e106_.. + 1*post_1_5_1 =g= 0;
e107_.. + 1*post_1_5_1 + 6.293958645941272*relu_1_5_1_off_binary_indicator_var =l= 6.293958645941272;
e108_.. + 1*pre_1_5_1 + 6.293958645941272*relu_1_5_1_off_binary_indicator_var =l= 6.293958645941272;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e111_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.278046829164398*relu_1_6_0_on_binary_indicator_var =g= -6.278046829164398;
e112_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 12.556093658328797*relu_1_6_0_on_binary_indicator_var =l= 12.556093658328797;
e113_.. + 1*post_1_6_0 =g= 0;
e114_.. + 1*post_1_6_0 + 6.278046829164398*relu_1_6_0_off_binary_indicator_var =l= 6.278046829164398;
e115_.. + 1*pre_1_6_0 + 6.278046829164398*relu_1_6_0_off_binary_indicator_var =l= 6.278046829164398;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e118_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.278046829164398*relu_1_6_1_on_binary_indicator_var =g= -6.278046829164398;
e119_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 12.556093658328797*relu_1_6_1_on_binary_indicator_var =l= 12.556093658328797;
e120_.. + 1*post_1_6_1 =g= 0;
e121_.. + 1*post_1_6_1 + 6.278046829164398*relu_1_6_1_off_binary_indicator_var =l= 6.278046829164398;
e122_.. + 1*pre_1_6_1 + 6.278046829164398*relu_1_6_1_off_binary_indicator_var =l= 6.278046829164398;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e125_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 4.575447738333024*relu_1_7_0_on_binary_indicator_var =g= -4.575447738333024;
e126_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 9.150895476666047*relu_1_7_0_on_binary_indicator_var =l= 9.150895476666047;
e127_.. + 1*post_1_7_0 =g= 0;
e128_.. + 1*post_1_7_0 + 4.575447738333024*relu_1_7_0_off_binary_indicator_var =l= 4.575447738333024;
e129_.. + 1*pre_1_7_0 + 4.575447738333024*relu_1_7_0_off_binary_indicator_var =l= 4.575447738333024;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e132_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 4.575447738333024*relu_1_7_1_on_binary_indicator_var =g= -4.575447738333024;
e133_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 9.150895476666047*relu_1_7_1_on_binary_indicator_var =l= 9.150895476666047;
e134_.. + 1*post_1_7_1 =g= 0;
e135_.. + 1*post_1_7_1 + 4.575447738333024*relu_1_7_1_off_binary_indicator_var =l= 4.575447738333024;
e136_.. + 1*pre_1_7_1 + 4.575447738333024*relu_1_7_1_off_binary_indicator_var =l= 4.575447738333024;

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

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
