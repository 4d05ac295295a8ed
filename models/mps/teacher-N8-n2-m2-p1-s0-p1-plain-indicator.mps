* teacher-N8-n2-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N8-n2-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N8-n2-m2-p1-s0-p1-plain-indicator
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_0_1
 E pre_definition_1_1_0
 E pre_definition_1_1_1
 E pre_definition_1_2_0
 E pre_definition_1_2_1
 E pre_definition_1_3_0
 E pre_definition_1_3_1
 E pre_definition_1_4_0
 E pre_definition_1_4_1
 E pre_definition_1_5_0
 E pre_definition_1_5_1
 E pre_definition_1_6_0
 E pre_definition_1_6_1
 E pre_definition_1_7_0
 E pre_definition_1_7_1
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 E out_definition_4_0
 E out_definition_5_0
 E out_definition_6_0
 E out_definition_7_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e27_
 L e28_
 G e29_
 L e30_
 L e31_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e34_
 L e35_
 G e36_
 L e37_
 L e38_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e41_
 L e42_
 G e43_
 L e44_
 L e45_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e48_
 L e49_
 G e50_
 L e51_
 L e52_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e55_
 L e56_
 G e57_
 L e58_
 L e59_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e62_
 L e63_
 G e64_
 L e65_
 L e66_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e69_
 L e70_
 G e71_
 L e72_
 L e73_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e76_
 L e77_
 G e78_
 L e79_
 L e80_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e83_
 L e84_
 G e85_
 L e86_
 L e87_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e90_
 L e91_
 G e92_
 L e93_
 L e94_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e97_
 L e98_
 G e99_
 L e100_
 L e101_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e104_
 L e105_
 G e106_
 L e107_
 L e108_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e111_
 L e112_
 G e113_
 L e114_
 L e115_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e118_
 L e119_
 G e120_
 L e121_
 L e122_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e125_
 L e126_
 G e127_
 L e128_
 L e129_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e132_
 L e133_
 G e134_
 L e135_
 L e136_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -0.8701448475755365
 w_1_0_0 pre_definition_1_1_0 0.9945229996597038
 w_1_0_0 pre_definition_1_2_0 0.9328288493890713
 w_1_0_0 pre_definition_1_3_0 0.648688758794882
 w_1_0_0 pre_definition_1_4_0 -0.08292244049818343
 w_1_0_0 pre_definition_1_5_0 0.1546255576046831
 w_1_0_0 pre_definition_1_6_0 0.7514334470008721
 w_1_0_0 pre_definition_1_7_0 -0.2943790231485002
 w_1_0_1 pre_definition_1_0_0 -0.6317071082430643
 w_1_0_1 pre_definition_1_1_0 -0.7148085531751387
 w_1_0_1 pre_definition_1_2_0 -0.45931089285988813
 w_1_0_1 pre_definition_1_3_0 -0.7263578446997732
 w_1_0_1 pre_definition_1_4_0 0.40057621892523043
 w_1_0_1 pre_definition_1_5_0 0.9433606577090741
 w_1_0_1 pre_definition_1_6_0 -0.34124882938726064
 w_1_0_1 pre_definition_1_7_0 -0.2307702229625077
 w_1_1_0 pre_definition_1_0_1 -0.8701448475755365
 w_1_1_0 pre_definition_1_1_1 0.9945229996597038
 w_1_1_0 pre_definition_1_2_1 0.9328288493890713
 w_1_1_0 pre_definition_1_3_1 0.648688758794882
 w_1_1_0 pre_definition_1_4_1 -0.08292244049818343
 w_1_1_0 pre_definition_1_5_1 0.1546255576046831
 w_1_1_0 pre_definition_1_6_1 0.7514334470008721
 w_1_1_0 pre_definition_1_7_1 -0.2943790231485002
 w_1_1_1 pre_definition_1_0_1 -0.6317071082430643
 w_1_1_1 pre_definition_1_1_1 -0.7148085531751387
 w_1_1_1 pre_definition_1_2_1 -0.45931089285988813
 w_1_1_1 pre_definition_1_3_1 -0.7263578446997732
 w_1_1_1 pre_definition_1_4_1 0.40057621892523043
 w_1_1_1 pre_definition_1_5_1 0.9433606577090741
 w_1_1_1 pre_definition_1_6_1 -0.34124882938726064
 w_1_1_1 pre_definition_1_7_1 -0.2307702229625077
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 b_1_0 pre_definition_1_0_0 -1
 b_1_0 pre_definition_1_1_0 -1
 b_1_0 pre_definition_1_2_0 -1
 b_1_0 pre_definition_1_3_0 -1
 b_1_0 pre_definition_1_4_0 -1
 b_1_0 pre_definition_1_5_0 -1
 b_1_0 pre_definition_1_6_0 -1
 b_1_0 pre_definition_1_7_0 -1
 b_1_1 pre_definition_1_0_1 -1
 b_1_1 pre_definition_1_1_1 -1
 b_1_1 pre_definition_1_2_1 -1
 b_1_1 pre_definition_1_3_1 -1
 b_1_1 pre_definition_1_4_1 -1
 b_1_1 pre_definition_1_5_1 -1
 b_1_1 pre_definition_1_6_1 -1
 b_1_1 pre_definition_1_7_1 -1
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 b_2_0 out_definition_4_0 -1
 b_2_0 out_definition_5_0 -1
 b_2_0 out_definition_6_0 -1
 b_2_0 out_definition_7_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e27_ -1
 pre_1_0_0 e28_ -1
 pre_1_0_0 e31_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e34_ -1
 pre_1_0_1 e35_ -1
 pre_1_0_1 e38_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e41_ -1
 pre_1_1_0 e42_ -1
 pre_1_1_0 e45_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e48_ -1
 pre_1_1_1 e49_ -1
 pre_1_1_1 e52_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e55_ -1
 pre_1_2_0 e56_ -1
 pre_1_2_0 e59_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e62_ -1
 pre_1_2_1 e63_ -1
 pre_1_2_1 e66_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e69_ -1
 pre_1_3_0 e70_ -1
 pre_1_3_0 e73_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e76_ -1
 pre_1_3_1 e77_ -1
 pre_1_3_1 e80_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e83_ -1
 pre_1_4_0 e84_ -1
 pre_1_4_0 e87_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e90_ -1
 pre_1_4_1 e91_ -1
 pre_1_4_1 e94_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e97_ -1
 pre_1_5_0 e98_ -1
 pre_1_5_0 e101_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e104_ -1
 pre_1_5_1 e105_ -1
 pre_1_5_1 e108_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e111_ -1
 pre_1_6_0 e112_ -1
 pre_1_6_0 e115_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e118_ -1
 pre_1_6_1 e119_ -1
 pre_1_6_1 e122_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e125_ -1
 pre_1_7_0 e126_ -1
 pre_1_7_0 e129_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e132_ -1
 pre_1_7_1 e133_ -1
 pre_1_7_1 e136_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e27_ 1
 post_1_0_0 e28_ 1
 post_1_0_0 e29_ 1
 post_1_0_0 e30_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e34_ 1
 post_1_0_1 e35_ 1
 post_1_0_1 e36_ 1
 post_1_0_1 e37_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e41_ 1
 post_1_1_0 e42_ 1
 post_1_1_0 e43_ 1
 post_1_1_0 e44_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e48_ 1
 post_1_1_1 e49_ 1
 post_1_1_1 e50_ 1
 post_1_1_1 e51_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e55_ 1
 post_1_2_0 e56_ 1
 post_1_2_0 e57_ 1
 post_1_2_0 e58_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e62_ 1
 post_1_2_1 e63_ 1
 post_1_2_1 e64_ 1
 post_1_2_1 e65_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e69_ 1
 post_1_3_0 e70_ 1
 post_1_3_0 e71_ 1
 post_1_3_0 e72_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e76_ 1
 post_1_3_1 e77_ 1
 post_1_3_1 e78_ 1
 post_1_3_1 e79_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e83_ 1
 post_1_4_0 e84_ 1
 post_1_4_0 e85_ 1
 post_1_4_0 e86_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e90_ 1
 post_1_4_1 e91_ 1
 post_1_4_1 e92_ 1
 post_1_4_1 e93_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e97_ 1
 post_1_5_0 e98_ 1
 post_1_5_0 e99_ 1
 post_1_5_0 e100_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e104_ 1
 post_1_5_1 e105_ 1
 post_1_5_1 e106_ 1
 post_1_5_1 e107_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e111_ 1
 post_1_6_0 e112_ 1
 post_1_6_0 e113_ 1
 post_1_6_0 e114_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e118_ 1
 post_1_6_1 e119_ 1
 post_1_6_1 e120_ 1
 post_1_6_1 e121_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e125_ 1
 post_1_7_0 e126_ 1
 post_1_7_0 e127_ 1
 post_1_7_0 e128_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e132_ 1
 post_1_7_1 e133_ 1
 post_1_7_1 e134_ 1
 post_1_7_1 e135_ 1
 out_0_0 obj -0.4381546963241995
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.9979219232795269
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1.1944597732371172
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.7915088443505456
 out_3_0 out_definition_3_0 1
 out_4_0 obj -1.6176364847882092
 out_4_0 out_definition_4_0 1
 out_5_0 obj -2.132511276256084
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1.3332744693824141
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.7038510824266392
 out_7_0 out_definition_7_0 1
 M49 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e27_ -7.5055558674558025
 relu_1_0_0_on_binary_indicator_var e28_ 15.011111734911605
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e30_ 7.5055558674558025
 relu_1_0_0_off_binary_indicator_var e31_ 7.5055558674558025
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e34_ -7.5055558674558025
 relu_1_0_1_on_binary_indicator_var e35_ 15.011111734911605
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e37_ 7.5055558674558025
 relu_1_0_1_off_binary_indicator_var e38_ 7.5055558674558025
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e41_ -8.127994658504527
 relu_1_1_0_on_binary_indicator_var e42_ 16.255989317009053
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e44_ 8.127994658504527
 relu_1_1_0_off_binary_indicator_var e45_ 8.127994658504527
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e48_ -8.127994658504527
 relu_1_1_1_on_binary_indicator_var e49_ 16.255989317009053
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e51_ 8.127994658504527
 relu_1_1_1_off_binary_indicator_var e52_ 8.127994658504527
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e55_ -7.176419226746878
 relu_1_2_0_on_binary_indicator_var e56_ 14.352838453493757
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e58_ 7.176419226746878
 relu_1_2_0_off_binary_indicator_var e59_ 7.176419226746878
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e62_ -7.176419226746878
 relu_1_2_1_on_binary_indicator_var e63_ 14.352838453493757
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e65_ 7.176419226746878
 relu_1_2_1_off_binary_indicator_var e66_ 7.176419226746878
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e69_ -7.125139810483965
 relu_1_3_0_on_binary_indicator_var e70_ 14.25027962096793
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e72_ 7.125139810483965
 relu_1_3_0_off_binary_indicator_var e73_ 7.125139810483965
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e76_ -7.125139810483965
 relu_1_3_1_on_binary_indicator_var e77_ 14.25027962096793
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e79_ 7.125139810483965
 relu_1_3_1_off_binary_indicator_var e80_ 7.125139810483965
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e83_ -4.450495978270242
 relu_1_4_0_on_binary_indicator_var e84_ 8.900991956540484
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e86_ 4.450495978270242
 relu_1_4_0_off_binary_indicator_var e87_ 4.450495978270242
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e90_ -4.450495978270242
 relu_1_4_1_on_binary_indicator_var e91_ 8.900991956540484
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e93_ 4.450495978270242
 relu_1_4_1_off_binary_indicator_var e94_ 4.450495978270242
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e97_ -6.293958645941272
 relu_1_5_0_on_binary_indicator_var e98_ 12.587917291882544
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e100_ 6.293958645941272
 relu_1_5_0_off_binary_indicator_var e101_ 6.293958645941272
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e104_ -6.293958645941272
 relu_1_5_1_on_binary_indicator_var e105_ 12.587917291882544
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e107_ 6.293958645941272
 relu_1_5_1_off_binary_indicator_var e108_ 6.293958645941272
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e111_ -6.278046829164398
 relu_1_6_0_on_binary_indicator_var e112_ 12.556093658328797
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e114_ 6.278046829164398
 relu_1_6_0_off_binary_indicator_var e115_ 6.278046829164398
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e118_ -6.278046829164398
 relu_1_6_1_on_binary_indicator_var e119_ 12.556093658328797
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e121_ 6.278046829164398
 relu_1_6_1_off_binary_indicator_var e122_ 6.278046829164398
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e125_ -4.575447738333024
 relu_1_7_0_on_binary_indicator_var e126_ 9.150895476666047
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e128_ 4.575447738333024
 relu_1_7_0_off_binary_indicator_var e129_ 4.575447738333024
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e132_ -4.575447738333024
 relu_1_7_1_on_binary_indicator_var e133_ 9.150895476666047
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e135_ 4.575447738333024
 relu_1_7_1_off_binary_indicator_var e136_ 4.575447738333024
 M81 'MARKER' 'INTEND'
RHS
 rhs obj -3.1696068501642696
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e27_ -7.5055558674558025
 rhs e28_ 15.011111734911605
 rhs e30_ 7.5055558674558025
 rhs e31_ 7.5055558674558025
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e34_ -7.5055558674558025
 rhs e35_ 15.011111734911605
 rhs e37_ 7.5055558674558025
 rhs e38_ 7.5055558674558025
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e41_ -8.127994658504527
 rhs e42_ 16.255989317009053
 rhs e44_ 8.127994658504527
 rhs e45_ 8.127994658504527
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e48_ -8.127994658504527
 rhs e49_ 16.255989317009053
 rhs e51_ 8.127994658504527
 rhs e52_ 8.127994658504527
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e55_ -7.176419226746878
 rhs e56_ 14.352838453493757
 rhs e58_ 7.176419226746878
 rhs e59_ 7.176419226746878
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e62_ -7.176419226746878
 rhs e63_ 14.352838453493757
 rhs e65_ 7.176419226746878
 rhs e66_ 7.176419226746878
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e69_ -7.125139810483965
 rhs e70_ 14.25027962096793
 rhs e72_ 7.125139810483965
 rhs e73_ 7.125139810483965
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e76_ -7.125139810483965
 rhs e77_ 14.25027962096793
 rhs e79_ 7.125139810483965
 rhs e80_ 7.125139810483965
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e83_ -4.450495978270242
 rhs e84_ 8.900991956540484
 rhs e86_ 4.450495978270242
 rhs e87_ 4.450495978270242
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e90_ -4.450495978270242
 rhs e91_ 8.900991956540484
 rhs e93_ 4.450495978270242
 rhs e94_ 4.450495978270242
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e97_ -6.293958645941272
 rhs e98_ 12.587917291882544
 rhs e100_ 6.293958645941272
 rhs e101_ 6.293958645941272
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e104_ -6.293958645941272
 rhs e105_ 12.587917291882544
 rhs e107_ 6.293958645941272
 rhs e108_ 6.293958645941272
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e111_ -6.278046829164398
 rhs e112_ 12.556093658328797
 rhs e114_ 6.278046829164398
 rhs e115_ 6.278046829164398
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e118_ -6.278046829164398
 rhs e119_ 12.556093658328797
 rhs e121_ 6.278046829164398
 rhs e122_ 6.278046829164398
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e125_ -4.575447738333024
 rhs e126_ 9.150895476666047
 rhs e128_ 4.575447738333024
 rhs e129_ 4.575447738333024
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e132_ -4.575447738333024
 rhs e133_ 9.150895476666047
 rhs e135_ 4.575447738333024
 rhs e136_ 4.575447738333024
BOUNDS
 LO bnd w_1_0_0 -3
 UP bnd w_1_0_0 3
 LO bnd w_1_0_1 -3
 UP bnd w_1_0_1 3
 LO bnd w_1_1_0 -3
 UP bnd w_1_1_0 3
 LO bnd w_1_1_1 -3
 UP bnd w_1_1_1 3
 LO bnd w_2_0_0 -3
 UP bnd w_2_0_0 3
 LO bnd w_2_0_1 -3
 UP bnd w_2_0_1 3
 LO bnd b_1_0 -3
 UP bnd b_1_0 3
 LO bnd b_1_1 -3
 UP bnd b_1_1 3
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd pre_1_0_0 -7.5055558674558025
 UP bnd pre_1_0_0 7.5055558674558025
 LO bnd pre_1_0_1 -7.5055558674558025
 UP bnd pre_1_0_1 7.5055558674558025
 LO bnd pre_1_1_0 -8.127994658504527
 UP bnd pre_1_1_0 8.127994658504527
 LO bnd pre_1_1_1 -8.127994658504527
 UP bnd pre_1_1_1 8.127994658504527
 LO bnd pre_1_2_0 -7.176419226746878
 UP bnd pre_1_2_0 7.176419226746878
 LO bnd pre_1_2_1 -7.176419226746878
 UP bnd pre_1_2_1 7.176419226746878
 LO bnd pre_1_3_0 -7.125139810483965
 UP bnd pre_1_3_0 7.125139810483965
 LO bnd pre_1_3_1 -7.125139810483965
 UP bnd pre_1_3_1 7.125139810483965
 LO bnd pre_1_4_0 -4.450495978270242
 UP bnd pre_1_4_0 4.450495978270242
 LO bnd pre_1_4_1 -4.450495978270242
 UP bnd pre_1_4_1 4.450495978270242
 LO bnd pre_1_5_0 -6.293958645941272
 UP bnd pre_1_5_0 6.293958645941272
 LO bnd pre_1_5_1 -6.293958645941272
 UP bnd pre_1_5_1 6.293958645941272
 LO bnd pre_1_6_0 -6.278046829164398
 UP bnd pre_1_6_0 6.278046829164398
 LO bnd pre_1_6_1 -6.278046829164398
 UP bnd pre_1_6_1 6.278046829164398
 LO bnd pre_1_7_0 -4.575447738333024
 UP bnd pre_1_7_0 4.575447738333024
 LO bnd pre_1_7_1 -4.575447738333024
 UP bnd pre_1_7_1 4.575447738333024
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.5055558674558025
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.5055558674558025
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 8.127994658504527
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 8.127994658504527
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 7.176419226746878
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 7.176419226746878
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 7.125139810483965
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 7.125139810483965
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 4.450495978270242
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 4.450495978270242
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 6.293958645941272
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 6.293958645941272
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 6.278046829164398
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 6.278046829164398
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 4.575447738333024
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 4.575447738333024
 LO bnd out_0_0 -48.03333520473481
 UP bnd out_0_0 48.03333520473481
 LO bnd out_1_0 -51.76796795102716
 UP bnd out_1_0 51.76796795102716
 LO bnd out_2_0 -46.058515360481266
 UP bnd out_2_0 46.058515360481266
 LO bnd out_3_0 -45.75083886290379
 UP bnd out_3_0 45.75083886290379
 LO bnd out_4_0 -29.70297586962145
 UP bnd out_4_0 29.70297586962145
 LO bnd out_5_0 -40.76375187564763
 UP bnd out_5_0 40.76375187564763
 LO bnd out_6_0 -40.66828097498639
 UP bnd out_6_0 40.66828097498639
 LO bnd out_7_0 -30.452686429998142
 UP bnd out_7_0 30.452686429998142
 BV bnd relu_1_0_0_on_binary_indicator_var
 BV bnd relu_1_0_0_off_binary_indicator_var
 BV bnd relu_1_0_1_on_binary_indicator_var
 BV bnd relu_1_0_1_off_binary_indicator_var
 BV bnd relu_1_1_0_on_binary_indicator_var
 BV bnd relu_1_1_0_off_binary_indicator_var
 BV bnd relu_1_1_1_on_binary_indicator_var
 BV bnd relu_1_1_1_off_binary_indicator_var
 BV bnd relu_1_2_0_on_binary_indicator_var
 BV bnd relu_1_2_0_off_binary_indicator_var
 BV bnd relu_1_2_1_on_binary_indicator_var
 BV bnd relu_1_2_1_off_binary_indicator_var
 BV bnd relu_1_3_0_on_binary_indicator_var
 BV bnd relu_1_3_0_off_binary_indicator_var
 BV bnd relu_1_3_1_on_binary_indicator_var
 BV bnd relu_1_3_1_off_binary_indicator_var
 BV bnd relu_1_4_0_on_binary_indicator_var
 BV bnd relu_1_4_0_off_binary_indicator_var
 BV bnd relu_1_4_1_on_binary_indicator_var
 BV bnd relu_1_4_1_off_binary_indicator_var
 BV bnd relu_1_5_0_on_binary_indicator_var
 BV bnd relu_1_5_0_off_binary_indicator_var
 BV bnd relu_1_5_1_on_binary_indicator_var
 BV bnd relu_1_5_1_off_binary_indicator_var
 BV bnd relu_1_6_0_on_binary_indicator_var
 BV bnd relu_1_6_0_off_binary_indicator_var
 BV bnd relu_1_6_1_on_binary_indicator_var
 BV bnd relu_1_6_1_off_binary_indicator_var
 BV bnd relu_1_7_0_on_binary_indicator_var
 BV bnd relu_1_7_0_off_binary_indicator_var
 BV bnd relu_1_7_1_on_binary_indicator_var
 BV bnd relu_1_7_1_off_binary_indicator_var
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
 out_3_0 out_3_0 2
 out_4_0 out_4_0 2
 out_5_0 out_5_0 2
 out_6_0 out_6_0 2
 out_7_0 out_7_0 2
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
ENDATA
