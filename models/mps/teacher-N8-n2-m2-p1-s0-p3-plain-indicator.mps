* teacher-N8-n2-m2-p1-s0-p3-plain-indicator  (relu-opt library: teacher-N8-n2-m2-p1-s0, problem 3, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "linf"})
NAME teacher-N8-n2-m2-p1-s0-p3-plain-indicator
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
 L residual_upper_0_0
 L residual_upper_1_0
 L residual_upper_2_0
 L residual_upper_3_0
 L residual_upper_4_0
 L residual_upper_5_0
 L residual_upper_6_0
 L residual_upper_7_0
 L residual_lower_0_0
 L residual_lower_1_0
 L residual_lower_2_0
 L residual_lower_3_0
 L residual_lower_4_0
 L residual_lower_5_0
 L residual_lower_6_0
 L residual_lower_7_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e43_
 L e44_
 G e45_
 L e46_
 L e47_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e50_
 L e51_
 G e52_
 L e53_
 L e54_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e57_
 L e58_
 G e59_
 L e60_
 L e61_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e64_
 L e65_
 G e66_
 L e67_
 L e68_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e71_
 L e72_
 G e73_
 L e74_
 L e75_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e78_
 L e79_
 G e80_
 L e81_
 L e82_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e85_
 L e86_
 G e87_
 L e88_
 L e89_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e92_
 L e93_
 G e94_
 L e95_
 L e96_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e99_
 L e100_
 G e101_
 L e102_
 L e103_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e106_
 L e107_
 G e108_
 L e109_
 L e110_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e113_
 L e114_
 G e115_
 L e116_
 L e117_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e120_
 L e121_
 G e122_
 L e123_
 L e124_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e127_
 L e128_
 G e129_
 L e130_
 L e131_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e134_
 L e135_
 G e136_
 L e137_
 L e138_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e141_
 L e142_
 G e143_
 L e144_
 L e145_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e148_
 L e149_
 G e150_
 L e151_
 L e152_
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
 pre_1_0_0 e43_ -1
 pre_1_0_0 e44_ -1
 pre_1_0_0 e47_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e50_ -1
 pre_1_0_1 e51_ -1
 pre_1_0_1 e54_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e57_ -1
 pre_1_1_0 e58_ -1
 pre_1_1_0 e61_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e64_ -1
 pre_1_1_1 e65_ -1
 pre_1_1_1 e68_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e71_ -1
 pre_1_2_0 e72_ -1
 pre_1_2_0 e75_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e78_ -1
 pre_1_2_1 e79_ -1
 pre_1_2_1 e82_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e85_ -1
 pre_1_3_0 e86_ -1
 pre_1_3_0 e89_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e92_ -1
 pre_1_3_1 e93_ -1
 pre_1_3_1 e96_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e99_ -1
 pre_1_4_0 e100_ -1
 pre_1_4_0 e103_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e106_ -1
 pre_1_4_1 e107_ -1
 pre_1_4_1 e110_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e113_ -1
 pre_1_5_0 e114_ -1
 pre_1_5_0 e117_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e120_ -1
 pre_1_5_1 e121_ -1
 pre_1_5_1 e124_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e127_ -1
 pre_1_6_0 e128_ -1
 pre_1_6_0 e131_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e134_ -1
 pre_1_6_1 e135_ -1
 pre_1_6_1 e138_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e141_ -1
 pre_1_7_0 e142_ -1
 pre_1_7_0 e145_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e148_ -1
 pre_1_7_1 e149_ -1
 pre_1_7_1 e152_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e43_ 1
 post_1_0_0 e44_ 1
 post_1_0_0 e45_ 1
 post_1_0_0 e46_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e50_ 1
 post_1_0_1 e51_ 1
 post_1_0_1 e52_ 1
 post_1_0_1 e53_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e57_ 1
 post_1_1_0 e58_ 1
 post_1_1_0 e59_ 1
 post_1_1_0 e60_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e64_ 1
 post_1_1_1 e65_ 1
 post_1_1_1 e66_ 1
 post_1_1_1 e67_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e71_ 1
 post_1_2_0 e72_ 1
 post_1_2_0 e73_ 1
 post_1_2_0 e74_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e78_ 1
 post_1_2_1 e79_ 1
 post_1_2_1 e80_ 1
 post_1_2_1 e81_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e85_ 1
 post_1_3_0 e86_ 1
 post_1_3_0 e87_ 1
 post_1_3_0 e88_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e92_ 1
 post_1_3_1 e93_ 1
 post_1_3_1 e94_ 1
 post_1_3_1 e95_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e99_ 1
 post_1_4_0 e100_ 1
 post_1_4_0 e101_ 1
 post_1_4_0 e102_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e106_ 1
 post_1_4_1 e107_ 1
 post_1_4_1 e108_ 1
 post_1_4_1 e109_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e113_ 1
 post_1_5_0 e114_ 1
 post_1_5_0 e115_ 1
 post_1_5_0 e116_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e120_ 1
 post_1_5_1 e121_ 1
 post_1_5_1 e122_ 1
 post_1_5_1 e123_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e127_ 1
 post_1_6_0 e128_ 1
 post_1_6_0 e129_ 1
 post_1_6_0 e130_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e134_ 1
 post_1_6_1 e135_ 1
 post_1_6_1 e136_ 1
 post_1_6_1 e137_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e141_ 1
 post_1_7_0 e142_ 1
 post_1_7_0 e143_ 1
 post_1_7_0 e144_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e148_ 1
 post_1_7_1 e149_ 1
 post_1_7_1 e150_ 1
 post_1_7_1 e151_ 1
 out_0_0 out_definition_0_0 1
 out_0_0 residual_upper_0_0 1
 out_0_0 residual_lower_0_0 -1
 out_1_0 out_definition_1_0 1
 out_1_0 residual_upper_1_0 1
 out_1_0 residual_lower_1_0 -1
 out_2_0 out_definition_2_0 1
 out_2_0 residual_upper_2_0 1
 out_2_0 residual_lower_2_0 -1
 out_3_0 out_definition_3_0 1
 out_3_0 residual_upper_3_0 1
 out_3_0 residual_lower_3_0 -1
 out_4_0 out_definition_4_0 1
 out_4_0 residual_upper_4_0 1
 out_4_0 residual_lower_4_0 -1
 out_5_0 out_definition_5_0 1
 out_5_0 residual_upper_5_0 1
 out_5_0 residual_lower_5_0 -1
 out_6_0 out_definition_6_0 1
 out_6_0 residual_upper_6_0 1
 out_6_0 residual_lower_6_0 -1
 out_7_0 out_definition_7_0 1
 out_7_0 residual_upper_7_0 1
 out_7_0 residual_lower_7_0 -1
 max_residual obj 1
 max_residual residual_upper_0_0 -1
 max_residual residual_upper_1_0 -1
 max_residual residual_upper_2_0 -1
 max_residual residual_upper_3_0 -1
 max_residual residual_upper_4_0 -1
 max_residual residual_upper_5_0 -1
 max_residual residual_upper_6_0 -1
 max_residual residual_upper_7_0 -1
 max_residual residual_lower_0_0 -1
 max_residual residual_lower_1_0 -1
 max_residual residual_lower_2_0 -1
 max_residual residual_lower_3_0 -1
 max_residual residual_lower_4_0 -1
 max_residual residual_lower_5_0 -1
 max_residual residual_lower_6_0 -1
 max_residual residual_lower_7_0 -1
 M50 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e43_ -7.5055558674558025
 relu_1_0_0_on_binary_indicator_var e44_ 15.011111734911605
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e46_ 7.5055558674558025
 relu_1_0_0_off_binary_indicator_var e47_ 7.5055558674558025
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e50_ -7.5055558674558025
 relu_1_0_1_on_binary_indicator_var e51_ 15.011111734911605
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e53_ 7.5055558674558025
 relu_1_0_1_off_binary_indicator_var e54_ 7.5055558674558025
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e57_ -8.127994658504527
 relu_1_1_0_on_binary_indicator_var e58_ 16.255989317009053
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e60_ 8.127994658504527
 relu_1_1_0_off_binary_indicator_var e61_ 8.127994658504527
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e64_ -8.127994658504527
 relu_1_1_1_on_binary_indicator_var e65_ 16.255989317009053
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e67_ 8.127994658504527
 relu_1_1_1_off_binary_indicator_var e68_ 8.127994658504527
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e71_ -7.176419226746878
 relu_1_2_0_on_binary_indicator_var e72_ 14.352838453493757
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e74_ 7.176419226746878
 relu_1_2_0_off_binary_indicator_var e75_ 7.176419226746878
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e78_ -7.176419226746878
 relu_1_2_1_on_binary_indicator_var e79_ 14.352838453493757
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e81_ 7.176419226746878
 relu_1_2_1_off_binary_indicator_var e82_ 7.176419226746878
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e85_ -7.125139810483965
 relu_1_3_0_on_binary_indicator_var e86_ 14.25027962096793
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e88_ 7.125139810483965
 relu_1_3_0_off_binary_indicator_var e89_ 7.125139810483965
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e92_ -7.125139810483965
 relu_1_3_1_on_binary_indicator_var e93_ 14.25027962096793
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e95_ 7.125139810483965
 relu_1_3_1_off_binary_indicator_var e96_ 7.125139810483965
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e99_ -4.450495978270242
 relu_1_4_0_on_binary_indicator_var e100_ 8.900991956540484
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e102_ 4.450495978270242
 relu_1_4_0_off_binary_indicator_var e103_ 4.450495978270242
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e106_ -4.450495978270242
 relu_1_4_1_on_binary_indicator_var e107_ 8.900991956540484
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e109_ 4.450495978270242
 relu_1_4_1_off_binary_indicator_var e110_ 4.450495978270242
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e113_ -6.293958645941272
 relu_1_5_0_on_binary_indicator_var e114_ 12.587917291882544
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e116_ 6.293958645941272
 relu_1_5_0_off_binary_indicator_var e117_ 6.293958645941272
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e120_ -6.293958645941272
 relu_1_5_1_on_binary_indicator_var e121_ 12.587917291882544
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e123_ 6.293958645941272
 relu_1_5_1_off_binary_indicator_var e124_ 6.293958645941272
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e127_ -6.278046829164398
 relu_1_6_0_on_binary_indicator_var e128_ 12.556093658328797
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e130_ 6.278046829164398
 relu_1_6_0_off_binary_indicator_var e131_ 6.278046829164398
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e134_ -6.278046829164398
 relu_1_6_1_on_binary_indicator_var e135_ 12.556093658328797
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e137_ 6.278046829164398
 relu_1_6_1_off_binary_indicator_var e138_ 6.278046829164398
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e141_ -4.575447738333024
 relu_1_7_0_on_binary_indicator_var e142_ 9.150895476666047
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e144_ 4.575447738333024
 relu_1_7_0_off_binary_indicator_var e145_ 4.575447738333024
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e148_ -4.575447738333024
 relu_1_7_1_on_binary_indicator_var e149_ 9.150895476666047
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e151_ 4.575447738333024
 relu_1_7_1_off_binary_indicator_var e152_ 4.575447738333024
 M82 'MARKER' 'INTEND'
RHS
 rhs residual_upper_0_0 0.21907734816209976
 rhs residual_upper_1_0 0.49896096163976345
 rhs residual_upper_2_0 0.5972298866185586
 rhs residual_upper_3_0 0.3957544221752728
 rhs residual_upper_4_0 0.8088182423941046
 rhs residual_upper_5_0 1.066255638128042
 rhs residual_upper_6_0 0.6666372346912071
 rhs residual_upper_7_0 0.3519255412133196
 rhs residual_lower_0_0 -0.21907734816209976
 rhs residual_lower_1_0 -0.49896096163976345
 rhs residual_lower_2_0 -0.5972298866185586
 rhs residual_lower_3_0 -0.3957544221752728
 rhs residual_lower_4_0 -0.8088182423941046
 rhs residual_lower_5_0 -1.066255638128042
 rhs residual_lower_6_0 -0.6666372346912071
 rhs residual_lower_7_0 -0.3519255412133196
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e43_ -7.5055558674558025
 rhs e44_ 15.011111734911605
 rhs e46_ 7.5055558674558025
 rhs e47_ 7.5055558674558025
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e50_ -7.5055558674558025
 rhs e51_ 15.011111734911605
 rhs e53_ 7.5055558674558025
 rhs e54_ 7.5055558674558025
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e57_ -8.127994658504527
 rhs e58_ 16.255989317009053
 rhs e60_ 8.127994658504527
 rhs e61_ 8.127994658504527
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e64_ -8.127994658504527
 rhs e65_ 16.255989317009053
 rhs e67_ 8.127994658504527
 rhs e68_ 8.127994658504527
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e71_ -7.176419226746878
 rhs e72_ 14.352838453493757
 rhs e74_ 7.176419226746878
 rhs e75_ 7.176419226746878
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e78_ -7.176419226746878
 rhs e79_ 14.352838453493757
 rhs e81_ 7.176419226746878
 rhs e82_ 7.176419226746878
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e85_ -7.125139810483965
 rhs e86_ 14.25027962096793
 rhs e88_ 7.125139810483965
 rhs e89_ 7.125139810483965
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e92_ -7.125139810483965
 rhs e93_ 14.25027962096793
 rhs e95_ 7.125139810483965
 rhs e96_ 7.125139810483965
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e99_ -4.450495978270242
 rhs e100_ 8.900991956540484
 rhs e102_ 4.450495978270242
 rhs e103_ 4.450495978270242
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e106_ -4.450495978270242
 rhs e107_ 8.900991956540484
 rhs e109_ 4.450495978270242
 rhs e110_ 4.450495978270242
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e113_ -6.293958645941272
 rhs e114_ 12.587917291882544
 rhs e116_ 6.293958645941272
 rhs e117_ 6.293958645941272
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e120_ -6.293958645941272
 rhs e121_ 12.587917291882544
 rhs e123_ 6.293958645941272
 rhs e124_ 6.293958645941272
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e127_ -6.278046829164398
 rhs e128_ 12.556093658328797
 rhs e130_ 6.278046829164398
 rhs e131_ 6.278046829164398
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e134_ -6.278046829164398
 rhs e135_ 12.556093658328797
 rhs e137_ 6.278046829164398
 rhs e138_ 6.278046829164398
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e141_ -4.575447738333024
 rhs e142_ 9.150895476666047
 rhs e144_ 4.575447738333024
 rhs e145_ 4.575447738333024
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e148_ -4.575447738333024
 rhs e149_ 9.150895476666047
 rhs e151_ 4.575447738333024
 rhs e152_ 4.575447738333024
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
 LO bnd max_residual 0
 UP bnd max_residual 52.26692891266692
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
