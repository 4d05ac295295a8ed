* abs-N9-p1-plain-indicator  (relu-opt library: abs-N9, problem 1, plain-indicator; {"hidden": [2], "bound": 4.0, "loss": "squared"})
NAME abs-N9-p1-plain-indicator
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
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e30_
 L e31_
 G e32_
 L e33_
 L e34_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e37_
 L e38_
 G e39_
 L e40_
 L e41_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e44_
 L e45_
 G e46_
 L e47_
 L e48_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e51_
 L e52_
 G e53_
 L e54_
 L e55_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e58_
 L e59_
 G e60_
 L e61_
 L e62_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e65_
 L e66_
 G e67_
 L e68_
 L e69_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e72_
 L e73_
 G e74_
 L e75_
 L e76_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e79_
 L e80_
 G e81_
 L e82_
 L e83_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e86_
 L e87_
 G e88_
 L e89_
 L e90_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e93_
 L e94_
 G e95_
 L e96_
 L e97_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e100_
 L e101_
 G e102_
 L e103_
 L e104_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e107_
 L e108_
 G e109_
 L e110_
 L e111_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e114_
 L e115_
 G e116_
 L e117_
 L e118_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e121_
 L e122_
 G e123_
 L e124_
 L e125_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e128_
 L e129_
 G e130_
 L e131_
 L e132_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e135_
 L e136_
 G e137_
 L e138_
 L e139_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e142_
 L e143_
 G e144_
 L e145_
 L e146_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e149_
 L e150_
 G e151_
 L e152_
 L e153_
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
 pre_1_0_0 e30_ -1
 pre_1_0_0 e31_ -1
 pre_1_0_0 e34_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e37_ -1
 pre_1_0_1 e38_ -1
 pre_1_0_1 e41_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e44_ -1
 pre_1_1_0 e45_ -1
 pre_1_1_0 e48_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e51_ -1
 pre_1_1_1 e52_ -1
 pre_1_1_1 e55_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e58_ -1
 pre_1_2_0 e59_ -1
 pre_1_2_0 e62_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e65_ -1
 pre_1_2_1 e66_ -1
 pre_1_2_1 e69_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e72_ -1
 pre_1_3_0 e73_ -1
 pre_1_3_0 e76_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e79_ -1
 pre_1_3_1 e80_ -1
 pre_1_3_1 e83_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e86_ -1
 pre_1_4_0 e87_ -1
 pre_1_4_0 e90_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e93_ -1
 pre_1_4_1 e94_ -1
 pre_1_4_1 e97_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e100_ -1
 pre_1_5_0 e101_ -1
 pre_1_5_0 e104_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e107_ -1
 pre_1_5_1 e108_ -1
 pre_1_5_1 e111_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e114_ -1
 pre_1_6_0 e115_ -1
 pre_1_6_0 e118_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e121_ -1
 pre_1_6_1 e122_ -1
 pre_1_6_1 e125_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e128_ -1
 pre_1_7_0 e129_ -1
 pre_1_7_0 e132_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e135_ -1
 pre_1_7_1 e136_ -1
 pre_1_7_1 e139_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e142_ -1
 pre_1_8_0 e143_ -1
 pre_1_8_0 e146_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e149_ -1
 pre_1_8_1 e150_ -1
 pre_1_8_1 e153_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e30_ 1
 post_1_0_0 e31_ 1
 post_1_0_0 e32_ 1
 post_1_0_0 e33_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e37_ 1
 post_1_0_1 e38_ 1
 post_1_0_1 e39_ 1
 post_1_0_1 e40_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e44_ 1
 post_1_1_0 e45_ 1
 post_1_1_0 e46_ 1
 post_1_1_0 e47_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e51_ 1
 post_1_1_1 e52_ 1
 post_1_1_1 e53_ 1
 post_1_1_1 e54_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e58_ 1
 post_1_2_0 e59_ 1
 post_1_2_0 e60_ 1
 post_1_2_0 e61_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e65_ 1
 post_1_2_1 e66_ 1
 post_1_2_1 e67_ 1
 post_1_2_1 e68_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e72_ 1
 post_1_3_0 e73_ 1
 post_1_3_0 e74_ 1
 post_1_3_0 e75_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e79_ 1
 post_1_3_1 e80_ 1
 post_1_3_1 e81_ 1
 post_1_3_1 e82_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e86_ 1
 post_1_4_0 e87_ 1
 post_1_4_0 e88_ 1
 post_1_4_0 e89_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e93_ 1
 post_1_4_1 e94_ 1
 post_1_4_1 e95_ 1
 post_1_4_1 e96_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e100_ 1
 post_1_5_0 e101_ 1
 post_1_5_0 e102_ 1
 post_1_5_0 e103_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e107_ 1
 post_1_5_1 e108_ 1
 post_1_5_1 e109_ 1
 post_1_5_1 e110_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e114_ 1
 post_1_6_0 e115_ 1
 post_1_6_0 e116_ 1
 post_1_6_0 e117_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e121_ 1
 post_1_6_1 e122_ 1
 post_1_6_1 e123_ 1
 post_1_6_1 e124_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e128_ 1
 post_1_7_0 e129_ 1
 post_1_7_0 e130_ 1
 post_1_7_0 e131_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e135_ 1
 post_1_7_1 e136_ 1
 post_1_7_1 e137_ 1
 post_1_7_1 e138_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e142_ 1
 post_1_8_0 e143_ 1
 post_1_8_0 e144_ 1
 post_1_8_0 e145_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e149_ 1
 post_1_8_1 e150_ 1
 post_1_8_1 e151_ 1
 post_1_8_1 e152_ 1
 out_0_0 obj -2
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.5
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.5
 out_3_0 out_definition_3_0 1
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.5
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1
 out_6_0 out_definition_6_0 1
 out_7_0 obj -1.5
 out_7_0 out_definition_7_0 1
 out_8_0 obj -2
 out_8_0 out_definition_8_0 1
 M52 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e30_ -8
 relu_1_0_0_on_binary_indicator_var e31_ 16
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e33_ 8
 relu_1_0_0_off_binary_indicator_var e34_ 8
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e37_ -8
 relu_1_0_1_on_binary_indicator_var e38_ 16
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e40_ 8
 relu_1_0_1_off_binary_indicator_var e41_ 8
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e44_ -7
 relu_1_1_0_on_binary_indicator_var e45_ 14
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e47_ 7
 relu_1_1_0_off_binary_indicator_var e48_ 7
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e51_ -7
 relu_1_1_1_on_binary_indicator_var e52_ 14
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e54_ 7
 relu_1_1_1_off_binary_indicator_var e55_ 7
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e58_ -6
 relu_1_2_0_on_binary_indicator_var e59_ 12
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e61_ 6
 relu_1_2_0_off_binary_indicator_var e62_ 6
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e65_ -6
 relu_1_2_1_on_binary_indicator_var e66_ 12
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e68_ 6
 relu_1_2_1_off_binary_indicator_var e69_ 6
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e72_ -5
 relu_1_3_0_on_binary_indicator_var e73_ 10
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e75_ 5
 relu_1_3_0_off_binary_indicator_var e76_ 5
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e79_ -5
 relu_1_3_1_on_binary_indicator_var e80_ 10
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e82_ 5
 relu_1_3_1_off_binary_indicator_var e83_ 5
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e86_ -4
 relu_1_4_0_on_binary_indicator_var e87_ 8
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e89_ 4
 relu_1_4_0_off_binary_indicator_var e90_ 4
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e93_ -4
 relu_1_4_1_on_binary_indicator_var e94_ 8
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e96_ 4
 relu_1_4_1_off_binary_indicator_var e97_ 4
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e100_ -5
 relu_1_5_0_on_binary_indicator_var e101_ 10
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e103_ 5
 relu_1_5_0_off_binary_indicator_var e104_ 5
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e107_ -5
 relu_1_5_1_on_binary_indicator_var e108_ 10
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e110_ 5
 relu_1_5_1_off_binary_indicator_var e111_ 5
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e114_ -6
 relu_1_6_0_on_binary_indicator_var e115_ 12
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e117_ 6
 relu_1_6_0_off_binary_indicator_var e118_ 6
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e121_ -6
 relu_1_6_1_on_binary_indicator_var e122_ 12
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e124_ 6
 relu_1_6_1_off_binary_indicator_var e125_ 6
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e128_ -7
 relu_1_7_0_on_binary_indicator_var e129_ 14
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e131_ 7
 relu_1_7_0_off_binary_indicator_var e132_ 7
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e135_ -7
 relu_1_7_1_on_binary_indicator_var e136_ 14
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e138_ 7
 relu_1_7_1_off_binary_indicator_var e139_ 7
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e142_ -8
 relu_1_8_0_on_binary_indicator_var e143_ 16
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e145_ 8
 relu_1_8_0_off_binary_indicator_var e146_ 8
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e149_ -8
 relu_1_8_1_on_binary_indicator_var e150_ 16
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e152_ 8
 relu_1_8_1_off_binary_indicator_var e153_ 8
 M88 'MARKER' 'INTEND'
RHS
 rhs obj -3.75
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e30_ -8
 rhs e31_ 16
 rhs e33_ 8
 rhs e34_ 8
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e37_ -8
 rhs e38_ 16
 rhs e40_ 8
 rhs e41_ 8
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e44_ -7
 rhs e45_ 14
 rhs e47_ 7
 rhs e48_ 7
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e51_ -7
 rhs e52_ 14
 rhs e54_ 7
 rhs e55_ 7
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e58_ -6
 rhs e59_ 12
 rhs e61_ 6
 rhs e62_ 6
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e65_ -6
 rhs e66_ 12
 rhs e68_ 6
 rhs e69_ 6
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e72_ -5
 rhs e73_ 10
 rhs e75_ 5
 rhs e76_ 5
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e79_ -5
 rhs e80_ 10
 rhs e82_ 5
 rhs e83_ 5
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e86_ -4
 rhs e87_ 8
 rhs e89_ 4
 rhs e90_ 4
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e93_ -4
 rhs e94_ 8
 rhs e96_ 4
 rhs e97_ 4
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e100_ -5
 rhs e101_ 10
 rhs e103_ 5
 rhs e104_ 5
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e107_ -5
 rhs e108_ 10
 rhs e110_ 5
 rhs e111_ 5
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e114_ -6
 rhs e115_ 12
 rhs e117_ 6
 rhs e118_ 6
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e121_ -6
 rhs e122_ 12
 rhs e124_ 6
 rhs e125_ 6
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e128_ -7
 rhs e129_ 14
 rhs e131_ 7
 rhs e132_ 7
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e135_ -7
 rhs e136_ 14
 rhs e138_ 7
 rhs e139_ 7
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e142_ -8
 rhs e143_ 16
 rhs e145_ 8
 rhs e146_ 8
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e149_ -8
 rhs e150_ 16
 rhs e152_ 8
 rhs e153_ 8
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
