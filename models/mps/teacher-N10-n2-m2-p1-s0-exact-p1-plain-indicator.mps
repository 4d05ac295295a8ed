* teacher-N10-n2-m2-p1-s0-exact-p1-plain-indicator  (relu-opt library: teacher-N10-n2-m2-p1-s0-exact, problem 1, plain-indicator; {"hidden": [2], "bound": 1.0, "loss": "squared"})
NAME teacher-N10-n2-m2-p1-s0-exact-p1-plain-indicator
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
 E pre_definition_1_8_0
 E pre_definition_1_8_1
 E pre_definition_1_9_0
 E pre_definition_1_9_1
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 E out_definition_4_0
 E out_definition_5_0
 E out_definition_6_0
 E out_definition_7_0
 E out_definition_8_0
 E out_definition_9_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e33_
 L e34_
 G e35_
 L e36_
 L e37_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e40_
 L e41_
 G e42_
 L e43_
 L e44_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e47_
 L e48_
 G e49_
 L e50_
 L e51_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e54_
 L e55_
 G e56_
 L e57_
 L e58_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e61_
 L e62_
 G e63_
 L e64_
 L e65_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e68_
 L e69_
 G e70_
 L e71_
 L e72_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e75_
 L e76_
 G e77_
 L e78_
 L e79_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e82_
 L e83_
 G e84_
 L e85_
 L e86_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e89_
 L e90_
 G e91_
 L e92_
 L e93_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e96_
 L e97_
 G e98_
 L e99_
 L e100_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e103_
 L e104_
 G e105_
 L e106_
 L e107_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e110_
 L e111_
 G e112_
 L e113_
 L e114_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e117_
 L e118_
 G e119_
 L e120_
 L e121_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e124_
 L e125_
 G e126_
 L e127_
 L e128_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e131_
 L e132_
 G e133_
 L e134_
 L e135_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e138_
 L e139_
 G e140_
 L e141_
 L e142_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e145_
 L e146_
 G e147_
 L e148_
 L e149_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e152_
 L e153_
 G e154_
 L e155_
 L e156_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e159_
 L e160_
 G e161_
 L e162_
 L e163_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e166_
 L e167_
 G e168_
 L e169_
 L e170_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -0.8701448475755365
 w_1_0_0 pre_definition_1_1_0 0.9945229996597038
 w_1_0_0 pre_definition_1_2_0 0.9328288493890713
 w_1_0_0 pre_definition_1_3_0 0.648688758794882
 w_1_0_0 pre_definition_1_4_0 -0.08292244049818343
 w_1_0_0 pre_definition_1_5_0 0.1546255576046831
 w_1_0_0 pre_definition_1_6_0 0.7514334470008721
 w_1_0_0 pre_definition_1_7_0 -0.2943790231485002
 w_1_0_0 pre_definition_1_8_0 0.23264489147623313
 w_1_0_0 pre_definition_1_9_0 -0.9616706775524602
 w_1_0_1 pre_definition_1_0_0 -0.6317071082430643
 w_1_0_1 pre_definition_1_1_0 -0.7148085531751387
 w_1_0_1 pre_definition_1_2_0 -0.45931089285988813
 w_1_0_1 pre_definition_1_3_0 -0.7263578446997732
 w_1_0_1 pre_definition_1_4_0 0.40057621892523043
 w_1_0_1 pre_definition_1_5_0 0.9433606577090741
 w_1_0_1 pre_definition_1_6_0 -0.34124882938726064
 w_1_0_1 pre_definition_1_7_0 -0.2307702229625077
 w_1_0_1 pre_definition_1_8_0 -0.994419871578422
 w_1_0_1 pre_definition_1_9_0 -0.3710839689613894
 w_1_1_0 pre_definition_1_0_1 -0.8701448475755365
 w_1_1_0 pre_definition_1_1_1 0.9945229996597038
 w_1_1_0 pre_definition_1_2_1 0.9328288493890713
 w_1_1_0 pre_definition_1_3_1 0.648688758794882
 w_1_1_0 pre_definition_1_4_1 -0.08292244049818343
 w_1_1_0 pre_definition_1_5_1 0.1546255576046831
 w_1_1_0 pre_definition_1_6_1 0.7514334470008721
 w_1_1_0 pre_definition_1_7_1 -0.2943790231485002
 w_1_1_0 pre_definition_1_8_1 0.23264489147623313
 w_1_1_0 pre_definition_1_9_1 -0.9616706775524602
 w_1_1_1 pre_definition_1_0_1 -0.6317071082430643
 w_1_1_1 pre_definition_1_1_1 -0.7148085531751387
 w_1_1_1 pre_definition_1_2_1 -0.45931089285988813
 w_1_1_1 pre_definition_1_3_1 -0.7263578446997732
 w_1_1_1 pre_definition_1_4_1 0.40057621892523043
 w_1_1_1 pre_definition_1_5_1 0.9433606577090741
 w_1_1_1 pre_definition_1_6_1 -0.34124882938726064
 w_1_1_1 pre_definition_1_7_1 -0.2307702229625077
 w_1_1_1 pre_definition_1_8_1 -0.994419871578422
 w_1_1_1 pre_definition_1_9_1 -0.3710839689613894
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
 b_1_0 pre_definition_1_8_0 -1
 b_1_0 pre_definition_1_9_0 -1
 b_1_1 pre_definition_1_0_1 -1
 b_1_1 pre_definition_1_1_1 -1
 b_1_1 pre_definition_1_2_1 -1
 b_1_1 pre_definition_1_3_1 -1
 b_1_1 pre_definition_1_4_1 -1
 b_1_1 pre_definition_1_5_1 -1
 b_1_1 pre_definition_1_6_1 -1
 b_1_1 pre_definition_1_7_1 -1
 b_1_1 pre_definition_1_8_1 -1
 b_1_1 pre_definition_1_9_1 -1
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 b_2_0 out_definition_4_0 -1
 b_2_0 out_definition_5_0 -1
 b_2_0 out_definition_6_0 -1
 b_2_0 out_definition_7_0 -1
 b_2_0 out_definition_8_0 -1
 b_2_0 out_definition_9_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e33_ -1
 pre_1_0_0 e34_ -1
 pre_1_0_0 e37_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e40_ -1
 pre_1_0_1 e41_ -1
 pre_1_0_1 e44_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e47_ -1
 pre_1_1_0 e48_ -1
 pre_1_1_0 e51_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e54_ -1
 pre_1_1_1 e55_ -1
 pre_1_1_1 e58_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e61_ -1
 pre_1_2_0 e62_ -1
 pre_1_2_0 e65_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e68_ -1
 pre_1_2_1 e69_ -1
 pre_1_2_1 e72_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e75_ -1
 pre_1_3_0 e76_ -1
 pre_1_3_0 e79_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e82_ -1
 pre_1_3_1 e83_ -1
 pre_1_3_1 e86_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e89_ -1
 pre_1_4_0 e90_ -1
 pre_1_4_0 e93_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e96_ -1
 pre_1_4_1 e97_ -1
 pre_1_4_1 e100_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e103_ -1
 pre_1_5_0 e104_ -1
 pre_1_5_0 e107_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e110_ -1
 pre_1_5_1 e111_ -1
 pre_1_5_1 e114_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e117_ -1
 pre_1_6_0 e118_ -1
 pre_1_6_0 e121_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e124_ -1
 pre_1_6_1 e125_ -1
 pre_1_6_1 e128_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e131_ -1
 pre_1_7_0 e132_ -1
 pre_1_7_0 e135_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e138_ -1
 pre_1_7_1 e139_ -1
 pre_1_7_1 e142_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e145_ -1
 pre_1_8_0 e146_ -1
 pre_1_8_0 e149_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e152_ -1
 pre_1_8_1 e153_ -1
 pre_1_8_1 e156_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e159_ -1
 pre_1_9_0 e160_ -1
 pre_1_9_0 e163_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e166_ -1
 pre_1_9_1 e167_ -1
 pre_1_9_1 e170_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e33_ 1
 post_1_0_0 e34_ 1
 post_1_0_0 e35_ 1
 post_1_0_0 e36_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e40_ 1
 post_1_0_1 e41_ 1
 post_1_0_1 e42_ 1
 post_1_0_1 e43_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e47_ 1
 post_1_1_0 e48_ 1
 post_1_1_0 e49_ 1
 post_1_1_0 e50_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e54_ 1
 post_1_1_1 e55_ 1
 post_1_1_1 e56_ 1
 post_1_1_1 e57_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e61_ 1
 post_1_2_0 e62_ 1
 post_1_2_0 e63_ 1
 post_1_2_0 e64_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e68_ 1
 post_1_2_1 e69_ 1
 post_1_2_1 e70_ 1
 post_1_2_1 e71_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e75_ 1
 post_1_3_0 e76_ 1
 post_1_3_0 e77_ 1
 post_1_3_0 e78_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e82_ 1
 post_1_3_1 e83_ 1
 post_1_3_1 e84_ 1
 post_1_3_1 e85_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e89_ 1
 post_1_4_0 e90_ 1
 post_1_4_0 e91_ 1
 post_1_4_0 e92_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e96_ 1
 post_1_4_1 e97_ 1
 post_1_4_1 e98_ 1
 post_1_4_1 e99_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e103_ 1
 post_1_5_0 e104_ 1
 post_1_5_0 e105_ 1
 post_1_5_0 e106_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e110_ 1
 post_1_5_1 e111_ 1
 post_1_5_1 e112_ 1
 post_1_5_1 e113_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e117_ 1
 post_1_6_0 e118_ 1
 post_1_6_0 e119_ 1
 post_1_6_0 e120_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e124_ 1
 post_1_6_1 e125_ 1
 post_1_6_1 e126_ 1
 post_1_6_1 e127_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e131_ 1
 post_1_7_0 e132_ 1
 post_1_7_0 e133_ 1
 post_1_7_0 e134_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e138_ 1
 post_1_7_1 e139_ 1
 post_1_7_1 e140_ 1
 post_1_7_1 e141_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e145_ 1
 post_1_8_0 e146_ 1
 post_1_8_0 e147_ 1
 post_1_8_0 e148_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e152_ 1
 post_1_8_1 e153_ 1
 post_1_8_1 e154_ 1
 post_1_8_1 e155_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e159_ 1
 post_1_9_0 e160_ 1
 post_1_9_0 e161_ 1
 post_1_9_0 e162_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e166_ 1
 post_1_9_1 e167_ 1
 post_1_9_1 e168_ 1
 post_1_9_1 e169_ 1
 out_0_0 obj -0.4193522367720246
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.1466217731502886
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1.3788048484888011
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.8830540094840134
 out_3_0 out_definition_3_0 1
 out_4_0 obj -1.5735974600941993
 out_4_0 out_definition_4_0 1
 out_5_0 obj -2.334434912963831
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1.3751095843567567
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.7356960844095347
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.29045122441146504
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.481230368260261
 out_9_0 out_definition_9_0 1
 M59 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e33_ -2.5018519558186005
 relu_1_0_0_on_binary_indicator_var e34_ 5.003703911637201
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e36_ 2.5018519558186005
 relu_1_0_0_off_binary_indicator_var e37_ 2.5018519558186005
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e40_ -2.5018519558186005
 relu_1_0_1_on_binary_indicator_var e41_ 5.003703911637201
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e43_ 2.5018519558186005
 relu_1_0_1_off_binary_indicator_var e44_ 2.5018519558186005
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e47_ -2.7093315528348425
 relu_1_1_0_on_binary_indicator_var e48_ 5.418663105669685
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e50_ 2.7093315528348425
 relu_1_1_0_off_binary_indicator_var e51_ 2.7093315528348425
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e54_ -2.7093315528348425
 relu_1_1_1_on_binary_indicator_var e55_ 5.418663105669685
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e57_ 2.7093315528348425
 relu_1_1_1_off_binary_indicator_var e58_ 2.7093315528348425
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e61_ -2.3921397422489594
 relu_1_2_0_on_binary_indicator_var e62_ 4.784279484497919
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e64_ 2.3921397422489594
 relu_1_2_0_off_binary_indicator_var e65_ 2.3921397422489594
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e68_ -2.3921397422489594
 relu_1_2_1_on_binary_indicator_var e69_ 4.784279484497919
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e71_ 2.3921397422489594
 relu_1_2_1_off_binary_indicator_var e72_ 2.3921397422489594
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e75_ -2.3750466034946554
 relu_1_3_0_on_binary_indicator_var e76_ 4.750093206989311
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e78_ 2.3750466034946554
 relu_1_3_0_off_binary_indicator_var e79_ 2.3750466034946554
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e82_ -2.3750466034946554
 relu_1_3_1_on_binary_indicator_var e83_ 4.750093206989311
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e85_ 2.3750466034946554
 relu_1_3_1_off_binary_indicator_var e86_ 2.3750466034946554
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e89_ -1.4834986594234139
 relu_1_4_0_on_binary_indicator_var e90_ 2.9669973188468277
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e92_ 1.4834986594234139
 relu_1_4_0_off_binary_indicator_var e93_ 1.4834986594234139
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e96_ -1.4834986594234139
 relu_1_4_1_on_binary_indicator_var e97_ 2.9669973188468277
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e99_ 1.4834986594234139
 relu_1_4_1_off_binary_indicator_var e100_ 1.4834986594234139
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e103_ -2.097986215313757
 relu_1_5_0_on_binary_indicator_var e104_ 4.195972430627514
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e106_ 2.097986215313757
 relu_1_5_0_off_binary_indicator_var e107_ 2.097986215313757
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e110_ -2.097986215313757
 relu_1_5_1_on_binary_indicator_var e111_ 4.195972430627514
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e113_ 2.097986215313757
 relu_1_5_1_off_binary_indicator_var e114_ 2.097986215313757
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e117_ -2.0926822763881328
 relu_1_6_0_on_binary_indicator_var e118_ 4.1853645527762655
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e120_ 2.0926822763881328
 relu_1_6_0_off_binary_indicator_var e121_ 2.0926822763881328
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e124_ -2.0926822763881328
 relu_1_6_1_on_binary_indicator_var e125_ 4.1853645527762655
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e127_ 2.0926822763881328
 relu_1_6_1_off_binary_indicator_var e128_ 2.0926822763881328
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e131_ -1.5251492461110079
 relu_1_7_0_on_binary_indicator_var e132_ 3.0502984922220158
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e134_ 1.5251492461110079
 relu_1_7_0_off_binary_indicator_var e135_ 1.5251492461110079
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e138_ -1.5251492461110079
 relu_1_7_1_on_binary_indicator_var e139_ 3.0502984922220158
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e141_ 1.5251492461110079
 relu_1_7_1_off_binary_indicator_var e142_ 1.5251492461110079
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e145_ -2.2270647630546554
 relu_1_8_0_on_binary_indicator_var e146_ 4.454129526109311
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e148_ 2.2270647630546554
 relu_1_8_0_off_binary_indicator_var e149_ 2.2270647630546554
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e152_ -2.2270647630546554
 relu_1_8_1_on_binary_indicator_var e153_ 4.454129526109311
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e155_ 2.2270647630546554
 relu_1_8_1_off_binary_indicator_var e156_ 2.2270647630546554
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e159_ -2.3327546465138496
 relu_1_9_0_on_binary_indicator_var e160_ 4.665509293027699
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e162_ 2.3327546465138496
 relu_1_9_0_off_binary_indicator_var e163_ 2.3327546465138496
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e166_ -2.3327546465138496
 relu_1_9_1_on_binary_indicator_var e167_ 4.665509293027699
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e169_ 2.3327546465138496
 relu_1_9_1_off_binary_indicator_var e170_ 2.3327546465138496
 M99 'MARKER' 'INTEND'
RHS
 rhs obj -3.7113499977531887
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e33_ -2.5018519558186005
 rhs e34_ 5.003703911637201
 rhs e36_ 2.5018519558186005
 rhs e37_ 2.5018519558186005
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e40_ -2.5018519558186005
 rhs e41_ 5.003703911637201
 rhs e43_ 2.5018519558186005
 rhs e44_ 2.5018519558186005
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e47_ -2.7093315528348425
 rhs e48_ 5.418663105669685
 rhs e50_ 2.7093315528348425
 rhs e51_ 2.7093315528348425
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e54_ -2.7093315528348425
 rhs e55_ 5.418663105669685
 rhs e57_ 2.7093315528348425
 rhs e58_ 2.7093315528348425
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e61_ -2.3921397422489594
 rhs e62_ 4.784279484497919
 rhs e64_ 2.3921397422489594
 rhs e65_ 2.3921397422489594
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e68_ -2.3921397422489594
 rhs e69_ 4.784279484497919
 rhs e71_ 2.3921397422489594
 rhs e72_ 2.3921397422489594
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e75_ -2.3750466034946554
 rhs e76_ 4.750093206989311
 rhs e78_ 2.3750466034946554
 rhs e79_ 2.3750466034946554
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e82_ -2.3750466034946554
 rhs e83_ 4.750093206989311
 rhs e85_ 2.3750466034946554
 rhs e86_ 2.3750466034946554
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e89_ -1.4834986594234139
 rhs e90_ 2.9669973188468277
 rhs e92_ 1.4834986594234139
 rhs e93_ 1.4834986594234139
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e96_ -1.4834986594234139
 rhs e97_ 2.9669973188468277
 rhs e99_ 1.4834986594234139
 rhs e100_ 1.4834986594234139
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e103_ -2.097986215313757
 rhs e104_ 4.195972430627514
 rhs e106_ 2.097986215313757
 rhs e107_ 2.097986215313757
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e110_ -2.097986215313757
 rhs e111_ 4.195972430627514
 rhs e113_ 2.097986215313757
 rhs e114_ 2.097986215313757
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e117_ -2.0926822763881328
 rhs e118_ 4.1853645527762655
 rhs e120_ 2.0926822763881328
 rhs e121_ 2.0926822763881328
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e124_ -2.0926822763881328
 rhs e125_ 4.1853645527762655
 rhs e127_ 2.0926822763881328
 rhs e128_ 2.0926822763881328
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e131_ -1.5251492461110079
 rhs e132_ 3.0502984922220158
 rhs e134_ 1.5251492461110079
 rhs e135_ 1.5251492461110079
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e138_ -1.5251492461110079
 rhs e139_ 3.0502984922220158
 rhs e141_ 1.5251492461110079
 rhs e142_ 1.5251492461110079
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e145_ -2.2270647630546554
 rhs e146_ 4.454129526109311
 rhs e148_ 2.2270647630546554
 rhs e149_ 2.2270647630546554
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e152_ -2.2270647630546554
 rhs e153_ 4.454129526109311
 rhs e155_ 2.2270647630546554
 rhs e156_ 2.2270647630546554
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e159_ -2.3327546465138496
 rhs e160_ 4.665509293027699
 rhs e162_ 2.3327546465138496
 rhs e163_ 2.3327546465138496
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e166_ -2.3327546465138496
 rhs e167_ 4.665509293027699
 rhs e169_ 2.3327546465138496
 rhs e170_ 2.3327546465138496
BOUNDS
 LO bnd w_1_0_0 -1
 UP bnd w_1_0_0 1
 LO bnd w_1_0_1 -1
 UP bnd w_1_0_1 1
 LO bnd w_1_1_0 -1
 UP bnd w_1_1_0 1
 LO bnd w_1_1_1 -1
 UP bnd w_1_1_1 1
 LO bnd w_2_0_0 -1
 UP bnd w_2_0_0 1
 LO bnd w_2_0_1 -1
 UP bnd w_2_0_1 1
 LO bnd b_1_0 -1
 UP bnd b_1_0 1
 LO bnd b_1_1 -1
 UP bnd b_1_1 1
 LO bnd b_2_0 -1
 UP bnd b_2_0 1
 LO bnd pre_1_0_0 -2.5018519558186005
 UP bnd pre_1_0_0 2.5018519558186005
 LO bnd pre_1_0_1 -2.5018519558186005
 UP bnd pre_1_0_1 2.5018519558186005
 LO bnd pre_1_1_0 -2.7093315528348425
 UP bnd pre_1_1_0 2.7093315528348425
 LO bnd pre_1_1_1 -2.7093315528348425
 UP bnd pre_1_1_1 2.7093315528348425
 LO bnd pre_1_2_0 -2.3921397422489594
 UP bnd pre_1_2_0 2.3921397422489594
 LO bnd pre_1_2_1 -2.3921397422489594
 UP bnd pre_1_2_1 2.3921397422489594
 LO bnd pre_1_3_0 -2.3750466034946554
 UP bnd pre_1_3_0 2.3750466034946554
 LO bnd pre_1_3_1 -2.3750466034946554
 UP bnd pre_1_3_1 2.3750466034946554
 LO bnd pre_1_4_0 -1.4834986594234139
 UP bnd pre_1_4_0 1.4834986594234139
 LO bnd pre_1_4_1 -1.4834986594234139
 UP bnd pre_1_4_1 1.4834986594234139
 LO bnd pre_1_5_0 -2.097986215313757
 UP bnd pre_1_5_0 2.097986215313757
 LO bnd pre_1_5_1 -2.097986215313757
 UP bnd pre_1_5_1 2.097986215313757
 LO bnd pre_1_6_0 -2.0926822763881328
 UP bnd pre_1_6_0 2.0926822763881328
 LO bnd pre_1_6_1 -2.0926822763881328
 UP bnd pre_1_6_1 2.0926822763881328
 LO bnd pre_1_7_0 -1.5251492461110079
 UP bnd pre_1_7_0 1.5251492461110079
 LO bnd pre_1_7_1 -1.5251492461110079
 UP bnd pre_1_7_1 1.5251492461110079
 LO bnd pre_1_8_0 -2.2270647630546554
 UP bnd pre_1_8_0 2.2270647630546554
 LO bnd pre_1_8_1 -2.2270647630546554
 UP bnd pre_1_8_1 2.2270647630546554
 LO bnd pre_1_9_0 -2.3327546465138496
 UP bnd pre_1_9_0 2.3327546465138496
 LO bnd pre_1_9_1 -2.3327546465138496
 UP bnd pre_1_9_1 2.3327546465138496
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 2.5018519558186005
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 2.5018519558186005
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 2.7093315528348425
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 2.7093315528348425
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 2.3921397422489594
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 2.3921397422489594
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 2.3750466034946554
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 2.3750466034946554
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 1.4834986594234139
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 1.4834986594234139
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 2.097986215313757
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 2.097986215313757
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 2.0926822763881328
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 2.0926822763881328
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 1.5251492461110079
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 1.5251492461110079
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 2.2270647630546554
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 2.2270647630546554
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 2.3327546465138496
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 2.3327546465138496
 LO bnd out_0_0 -6.003703911637201
 UP bnd out_0_0 6.003703911637201
 LO bnd out_1_0 -6.418663105669685
 UP bnd out_1_0 6.418663105669685
 LO bnd out_2_0 -5.784279484497919
 UP bnd out_2_0 5.784279484497919
 LO bnd out_3_0 -5.750093206989311
 UP bnd out_3_0 5.750093206989311
 LO bnd out_4_0 -3.9669973188468277
 UP bnd out_4_0 3.9669973188468277
 LO bnd out_5_0 -5.195972430627514
 UP bnd out_5_0 5.195972430627514
 LO bnd out_6_0 -5.1853645527762655
 UP bnd out_6_0 5.1853645527762655
 LO bnd out_7_0 -4.050298492222016
 UP bnd out_7_0 4.050298492222016
 LO bnd out_8_0 -5.454129526109311
 UP bnd out_8_0 5.454129526109311
 LO bnd out_9_0 -5.665509293027699
 UP bnd out_9_0 5.665509293027699
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
 BV bnd relu_1_8_0_on_binary_indicator_var
 BV bnd relu_1_8_0_off_binary_indicator_var
 BV bnd relu_1_8_1_on_binary_indicator_var
 BV bnd relu_1_8_1_off_binary_indicator_var
 BV bnd relu_1_9_0_on_binary_indicator_var
 BV bnd relu_1_9_0_off_binary_indicator_var
 BV bnd relu_1_9_1_on_binary_indicator_var
 BV bnd relu_1_9_1_off_binary_indicator_var
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
 out_3_0 out_3_0 2
 out_4_0 out_4_0 2
 out_5_0 out_5_0 2
 out_6_0 out_6_0 2
 out_7_0 out_7_0 2
 out_8_0 out_8_0 2
 out_9_0 out_9_0 2
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
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
ENDATA
