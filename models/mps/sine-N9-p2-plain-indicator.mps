* sine-N9-p2-plain-indicator  (relu-opt library: sine-N9, problem 2, plain-indicator; {"hidden": [2], "bound": 4.0, "loss": "l1"})
NAME sine-N9-p2-plain-indicator
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
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 E out_definition_4_0
 E out_definition_5_0
 E out_definition_6_0
 E out_definition_7_0
 E out_definition_8_0
 L residual_upper_0_0
 L residual_upper_1_0
 L residual_upper_2_0
 L residual_upper_3_0
 L residual_upper_4_0
 L residual_upper_5_0
 L residual_upper_6_0
 L residual_upper_7_0
 L residual_upper_8_0
 L residual_lower_0_0
 L residual_lower_1_0
 L residual_lower_2_0
 L residual_lower_3_0
 L residual_lower_4_0
 L residual_lower_5_0
 L residual_lower_6_0
 L residual_lower_7_0
 L residual_lower_8_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e48_
 L e49_
 G e50_
 L e51_
 L e52_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e55_
 L e56_
 G e57_
 L e58_
 L e59_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e62_
 L e63_
 G e64_
 L e65_
 L e66_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e69_
 L e70_
 G e71_
 L e72_
 L e73_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e76_
 L e77_
 G e78_
 L e79_
 L e80_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e83_
 L e84_
 G e85_
 L e86_
 L e87_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e90_
 L e91_
 G e92_
 L e93_
 L e94_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e97_
 L e98_
 G e99_
 L e100_
 L e101_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e104_
 L e105_
 G e106_
 L e107_
 L e108_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e111_
 L e112_
 G e113_
 L e114_
 L e115_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e118_
 L e119_
 G e120_
 L e121_
 L e122_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e125_
 L e126_
 G e127_
 L e128_
 L e129_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e132_
 L e133_
 G e134_
 L e135_
 L e136_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e139_
 L e140_
 G e141_
 L e142_
 L e143_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e146_
 L e147_
 G e148_
 L e149_
 L e150_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e153_
 L e154_
 G e155_
 L e156_
 L e157_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e160_
 L e161_
 G e162_
 L e163_
 L e164_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e167_
 L e168_
 G e169_
 L e170_
 L e171_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 1
 w_1_0_0 pre_definition_1_1_0 0.75
 w_1_0_0 pre_definition_1_2_0 0.5
 w_1_0_0 pre_definition_1_3_0 0.25
 w_1_0_0 pre_definition_1_5_0 -0.25
 w_1_0_0 pre_definition_1_6_0 -0.5
 w_1_0_0 pre_definition_1_7_0 -0.75
 w_1_0_0 pre_definition_1_8_0 -1
 w_1_1_0 pre_definition_1_0_1 1
 w_1_1_0 pre_definition_1_1_1 0.75
 w_1_1_0 pre_definition_1_2_1 0.5
 w_1_1_0 pre_definition_1_3_1 0.25
 w_1_1_0 pre_definition_1_5_1 -0.25
 w_1_1_0 pre_definition_1_6_1 -0.5
 w_1_1_0 pre_definition_1_7_1 -0.75
 w_1_1_0 pre_definition_1_8_1 -1
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
 b_1_1 pre_definition_1_0_1 -1
 b_1_1 pre_definition_1_1_1 -1
 b_1_1 pre_definition_1_2_1 -1
 b_1_1 pre_definition_1_3_1 -1
 b_1_1 pre_definition_1_4_1 -1
 b_1_1 pre_definition_1_5_1 -1
 b_1_1 pre_definition_1_6_1 -1
 b_1_1 pre_definition_1_7_1 -1
 b_1_1 pre_definition_1_8_1 -1
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 b_2_0 out_definition_4_0 -1
 b_2_0 out_definition_5_0 -1
 b_2_0 out_definition_6_0 -1
 b_2_0 out_definition_7_0 -1
 b_2_0 out_definition_8_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e48_ -1
 pre_1_0_0 e49_ -1
 pre_1_0_0 e52_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e55_ -1
 pre_1_0_1 e56_ -1
 pre_1_0_1 e59_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e62_ -1
 pre_1_1_0 e63_ -1
 pre_1_1_0 e66_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e69_ -1
 pre_1_1_1 e70_ -1
 pre_1_1_1 e73_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e76_ -1
 pre_1_2_0 e77_ -1
 pre_1_2_0 e80_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e83_ -1
 pre_1_2_1 e84_ -1
 pre_1_2_1 e87_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e90_ -1
 pre_1_3_0 e91_ -1
 pre_1_3_0 e94_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e97_ -1
 pre_1_3_1 e98_ -1
 pre_1_3_1 e101_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e104_ -1
 pre_1_4_0 e105_ -1
 pre_1_4_0 e108_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e111_ -1
 pre_1_4_1 e112_ -1
 pre_1_4_1 e115_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e118_ -1
 pre_1_5_0 e119_ -1
 pre_1_5_0 e122_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e125_ -1
 pre_1_5_1 e126_ -1
 pre_1_5_1 e129_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e132_ -1
 pre_1_6_0 e133_ -1
 pre_1_6_0 e136_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e139_ -1
 pre_1_6_1 e140_ -1
 pre_1_6_1 e143_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e146_ -1
 pre_1_7_0 e147_ -1
 pre_1_7_0 e150_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e153_ -1
 pre_1_7_1 e154_ -1
 pre_1_7_1 e157_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e160_ -1
 pre_1_8_0 e161_ -1
 pre_1_8_0 e164_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e167_ -1
 pre_1_8_1 e168_ -1
 pre_1_8_1 e171_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e48_ 1
 post_1_0_0 e49_ 1
 post_1_0_0 e50_ 1
 post_1_0_0 e51_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e55_ 1
 post_1_0_1 e56_ 1
 post_1_0_1 e57_ 1
 post_1_0_1 e58_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e62_ 1
 post_1_1_0 e63_ 1
 post_1_1_0 e64_ 1
 post_1_1_0 e65_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e69_ 1
 post_1_1_1 e70_ 1
 post_1_1_1 e71_ 1
 post_1_1_1 e72_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e76_ 1
 post_1_2_0 e77_ 1
 post_1_2_0 e78_ 1
 post_1_2_0 e79_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e83_ 1
 post_1_2_1 e84_ 1
 post_1_2_1 e85_ 1
 post_1_2_1 e86_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e90_ 1
 post_1_3_0 e91_ 1
 post_1_3_0 e92_ 1
 post_1_3_0 e93_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e97_ 1
 post_1_3_1 e98_ 1
 post_1_3_1 e99_ 1
 post_1_3_1 e100_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e104_ 1
 post_1_4_0 e105_ 1
 post_1_4_0 e106_ 1
 post_1_4_0 e107_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e111_ 1
 post_1_4_1 e112_ 1
 post_1_4_1 e113_ 1
 post_1_4_1 e114_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e118_ 1
 post_1_5_0 e119_ 1
 post_1_5_0 e120_ 1
 post_1_5_0 e121_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e125_ 1
 post_1_5_1 e126_ 1
 post_1_5_1 e127_ 1
 post_1_5_1 e128_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e132_ 1
 post_1_6_0 e133_ 1
 post_1_6_0 e134_ 1
 post_1_6_0 e135_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e139_ 1
 post_1_6_1 e140_ 1
 post_1_6_1 e141_ 1
 post_1_6_1 e142_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e146_ 1
 post_1_7_0 e147_ 1
 post_1_7_0 e148_ 1
 post_1_7_0 e149_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e153_ 1
 post_1_7_1 e154_ 1
 post_1_7_1 e155_ 1
 post_1_7_1 e156_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e160_ 1
 post_1_8_0 e161_ 1
 post_1_8_0 e162_ 1
 post_1_8_0 e163_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e167_ 1
 post_1_8_1 e168_ 1
 post_1_8_1 e169_ 1
 post_1_8_1 e170_ 1
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
 out_8_0 out_definition_8_0 1
 out_8_0 residual_upper_8_0 1
 out_8_0 residual_lower_8_0 -1
 abs_residual_0_0 obj 1
 abs_residual_0_0 residual_upper_0_0 -1
 abs_residual_0_0 residual_lower_0_0 -1
 abs_residual_1_0 obj 1
 abs_residual_1_0 residual_upper_1_0 -1
 abs_residual_1_0 residual_lower_1_0 -1
 abs_residual_2_0 obj 1
 abs_residual_2_0 residual_upper_2_0 -1
 abs_residual_2_0 residual_lower_2_0 -1
 abs_residual_3_0 obj 1
 abs_residual_3_0 residual_upper_3_0 -1
 abs_residual_3_0 residual_lower_3_0 -1
 abs_residual_4_0 obj 1
 abs_residual_4_0 residual_upper_4_0 -1
 abs_residual_4_0 residual_lower_4_0 -1
 abs_residual_5_0 obj 1
 abs_residual_5_0 residual_upper_5_0 -1
 abs_residual_5_0 residual_lower_5_0 -1
 abs_residual_6_0 obj 1
 abs_residual_6_0 residual_upper_6_0 -1
 abs_residual_6_0 residual_lower_6_0 -1
 abs_residual_7_0 obj 1
 abs_residual_7_0 residual_upper_7_0 -1
 abs_residual_7_0 residual_lower_7_0 -1
 abs_residual_8_0 obj 1
 abs_residual_8_0 residual_upper_8_0 -1
 abs_residual_8_0 residual_lower_8_0 -1
 M61 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e48_ -8
 relu_1_0_0_on_binary_indicator_var e49_ 16
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e51_ 8
 relu_1_0_0_off_binary_indicator_var e52_ 8
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e55_ -8
 relu_1_0_1_on_binary_indicator_var e56_ 16
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e58_ 8
 relu_1_0_1_off_binary_indicator_var e59_ 8
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e62_ -7
 relu_1_1_0_on_binary_indicator_var e63_ 14
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e65_ 7
 relu_1_1_0_off_binary_indicator_var e66_ 7
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e69_ -7
 relu_1_1_1_on_binary_indicator_var e70_ 14
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e72_ 7
 relu_1_1_1_off_binary_indicator_var e73_ 7
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e76_ -6
 relu_1_2_0_on_binary_indicator_var e77_ 12
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e79_ 6
 relu_1_2_0_off_binary_indicator_var e80_ 6
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e83_ -6
 relu_1_2_1_on_binary_indicator_var e84_ 12
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e86_ 6
 relu_1_2_1_off_binary_indicator_var e87_ 6
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e90_ -5
 relu_1_3_0_on_binary_indicator_var e91_ 10
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e93_ 5
 relu_1_3_0_off_binary_indicator_var e94_ 5
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e97_ -5
 relu_1_3_1_on_binary_indicator_var e98_ 10
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e100_ 5
 relu_1_3_1_off_binary_indicator_var e101_ 5
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e104_ -4
 relu_1_4_0_on_binary_indicator_var e105_ 8
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e107_ 4
 relu_1_4_0_off_binary_indicator_var e108_ 4
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e111_ -4
 relu_1_4_1_on_binary_indicator_var e112_ 8
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e114_ 4
 relu_1_4_1_off_binary_indicator_var e115_ 4
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e118_ -5
 relu_1_5_0_on_binary_indicator_var e119_ 10
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e121_ 5
 relu_1_5_0_off_binary_indicator_var e122_ 5
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e125_ -5
 relu_1_5_1_on_binary_indicator_var e126_ 10
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e128_ 5
 relu_1_5_1_off_binary_indicator_var e129_ 5
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e132_ -6
 relu_1_6_0_on_binary_indicator_var e133_ 12
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e135_ 6
 relu_1_6_0_off_binary_indicator_var e136_ 6
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e139_ -6
 relu_1_6_1_on_binary_indicator_var e140_ 12
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e142_ 6
 relu_1_6_1_off_binary_indicator_var e143_ 6
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e146_ -7
 relu_1_7_0_on_binary_indicator_var e147_ 14
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e149_ 7
 relu_1_7_0_off_binary_indicator_var e150_ 7
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e153_ -7
 relu_1_7_1_on_binary_indicator_var e154_ 14
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e156_ 7
 relu_1_7_1_off_binary_indicator_var e157_ 7
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e160_ -8
 relu_1_8_0_on_binary_indicator_var e161_ 16
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e163_ 8
 relu_1_8_0_off_binary_indicator_var e164_ 8
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e167_ -8
 relu_1_8_1_on_binary_indicator_var e168_ 16
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e170_ 8
 relu_1_8_1_off_binary_indicator_var e171_ 8
 M97 'MARKER' 'INTEND'
RHS
 rhs residual_upper_0_0 -1.2246467991473532e-16
 rhs residual_upper_1_0 -0.7071067811865476
 rhs residual_upper_2_0 -1
 rhs residual_upper_3_0 -0.7071067811865475
 rhs residual_upper_5_0 0.7071067811865475
 rhs residual_upper_6_0 1
 rhs residual_upper_7_0 0.7071067811865476
 rhs residual_upper_8_0 1.2246467991473532e-16
 rhs residual_lower_0_0 1.2246467991473532e-16
 rhs residual_lower_1_0 0.7071067811865476
 rhs residual_lower_2_0 1
 rhs residual_lower_3_0 0.7071067811865475
 rhs residual_lower_5_0 -0.7071067811865475
 rhs residual_lower_6_0 -1
 rhs residual_lower_7_0 -0.7071067811865476
 rhs residual_lower_8_0 -1.2246467991473532e-16
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e48_ -8
 rhs e49_ 16
 rhs e51_ 8
 rhs e52_ 8
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e55_ -8
 rhs e56_ 16
 rhs e58_ 8
 rhs e59_ 8
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e62_ -7
 rhs e63_ 14
 rhs e65_ 7
 rhs e66_ 7
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e69_ -7
 rhs e70_ 14
 rhs e72_ 7
 rhs e73_ 7
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e76_ -6
 rhs e77_ 12
 rhs e79_ 6
 rhs e80_ 6
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e83_ -6
 rhs e84_ 12
 rhs e86_ 6
 rhs e87_ 6
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e90_ -5
 rhs e91_ 10
 rhs e93_ 5
 rhs e94_ 5
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e97_ -5
 rhs e98_ 10
 rhs e100_ 5
 rhs e101_ 5
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e104_ -4
 rhs e105_ 8
 rhs e107_ 4
 rhs e108_ 4
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e111_ -4
 rhs e112_ 8
 rhs e114_ 4
 rhs e115_ 4
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e118_ -5
 rhs e119_ 10
 rhs e121_ 5
 rhs e122_ 5
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e125_ -5
 rhs e126_ 10
 rhs e128_ 5
 rhs e129_ 5
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e132_ -6
 rhs e133_ 12
 rhs e135_ 6
 rhs e136_ 6
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e139_ -6
 rhs e140_ 12
 rhs e142_ 6
 rhs e143_ 6
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e146_ -7
 rhs e147_ 14
 rhs e149_ 7
 rhs e150_ 7
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e153_ -7
 rhs e154_ 14
 rhs e156_ 7
 rhs e157_ 7
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e160_ -8
 rhs e161_ 16
 rhs e163_ 8
 rhs e164_ 8
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e167_ -8
 rhs e168_ 16
 rhs e170_ 8
 rhs e171_ 8
BOUNDS
 LO bnd w_1_0_0 -4
 UP bnd w_1_0_0 4
 LO bnd w_1_1_0 -4
 UP bnd w_1_1_0 4
 LO bnd w_2_0_0 -4
 UP bnd w_2_0_0 4
 LO bnd w_2_0_1 -4
 UP bnd w_2_0_1 4
 LO bnd b_1_0 -4
 UP bnd b_1_0 4
 LO bnd b_1_1 -4
 UP bnd b_1_1 4
 LO bnd b_2_0 -4
 UP bnd b_2_0 4
 LO bnd pre_1_0_0 -8
 UP bnd pre_1_0_0 8
 LO bnd pre_1_0_1 -8
 UP bnd pre_1_0_1 8
 LO bnd pre_1_1_0 -7
 UP bnd pre_1_1_0 7
 LO bnd pre_1_1_1 -7
 UP bnd pre_1_1_1 7
 LO bnd pre_1_2_0 -6
 UP bnd pre_1_2_0 6
 LO bnd pre_1_2_1 -6
 UP bnd pre_1_2_1 6
 LO bnd pre_1_3_0 -5
 UP bnd pre_1_3_0 5
 LO bnd pre_1_3_1 -5
 UP bnd pre_1_3_1 5
 LO bnd pre_1_4_0 -4
 UP bnd pre_1_4_0 4
 LO bnd pre_1_4_1 -4
 UP bnd pre_1_4_1 4
 LO bnd pre_1_5_0 -5
 UP bnd pre_1_5_0 5
 LO bnd pre_1_5_1 -5
 UP bnd pre_1_5_1 5
 LO bnd pre_1_6_0 -6
 UP bnd pre_1_6_0 6
 LO bnd pre_1_6_1 -6
 UP bnd pre_1_6_1 6
 LO bnd pre_1_7_0 -7
 UP bnd pre_1_7_0 7
 LO bnd pre_1_7_1 -7
 UP bnd pre_1_7_1 7
 LO bnd pre_1_8_0 -8
 UP bnd pre_1_8_0 8
 LO bnd pre_1_8_1 -8
 UP bnd pre_1_8_1 8
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 8
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 8
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 7
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 7
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 6
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 6
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 5
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 5
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 4
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 4
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 5
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 6
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 6
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 7
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 7
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 8
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 8
 LO bnd out_0_0 -68
 UP bnd out_0_0 68
 LO bnd out_1_0 -60
 UP bnd out_1_0 60
 LO bnd out_2_0 -52
 UP bnd out_2_0 52
 LO bnd out_3_0 -44
 UP bnd out_3_0 44
 LO bnd out_4_0 -36
 UP bnd out_4_0 36
 LO bnd out_5_0 -44
 UP bnd out_5_0 44
 LO bnd out_6_0 -52
 UP bnd out_6_0 52
 LO bnd out_7_0 -60
 UP bnd out_7_0 60
 LO bnd out_8_0 -68
 UP bnd out_8_0 68
 LO bnd abs_residual_0_0 0
 UP bnd abs_residual_0_0 68
 LO bnd abs_residual_1_0 0
 UP bnd abs_residual_1_0 60.707106781186546
 LO bnd abs_residual_2_0 0
 UP bnd abs_residual_2_0 53
 LO bnd abs_residual_3_0 0
 UP bnd abs_residual_3_0 44.707106781186546
 LO bnd abs_residual_4_0 0
 UP bnd abs_residual_4_0 36
 LO bnd abs_residual_5_0 0
 UP bnd abs_residual_5_0 44.707106781186546
 LO bnd abs_residual_6_0 0
 UP bnd abs_residual_6_0 53
 LO bnd abs_residual_7_0 0
 UP bnd abs_residual_7_0 60.707106781186546
 LO bnd abs_residual_8_0 0
 UP bnd abs_residual_8_0 68
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
ENDATA
