* teacher-N8-n2-m2x2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N8-n2-m2x2-p1-s0, problem 1, plain-indicator; {"hidden": [2, 2], "bound": 3.0, "loss": "squared"})
NAME teacher-N8-n2-m2x2-p1-s0-p1-plain-indicator
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
 E pre_definition_2_0_0
 E pre_definition_2_0_1
 E pre_definition_2_1_0
 E pre_definition_2_1_1
 E pre_definition_2_2_0
 E pre_definition_2_2_1
 E pre_definition_2_3_0
 E pre_definition_2_3_1
 E pre_definition_2_4_0
 E pre_definition_2_4_1
 E pre_definition_2_5_0
 E pre_definition_2_5_1
 E pre_definition_2_6_0
 E pre_definition_2_6_1
 E pre_definition_2_7_0
 E pre_definition_2_7_1
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
 L relu_2_0_0_above_pre
 E relu_2_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e155_
 L e156_
 G e157_
 L e158_
 L e159_
 L relu_2_0_1_above_pre
 E relu_2_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e162_
 L e163_
 G e164_
 L e165_
 L e166_
 L relu_2_1_0_above_pre
 E relu_2_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e169_
 L e170_
 G e171_
 L e172_
 L e173_
 L relu_2_1_1_above_pre
 E relu_2_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e176_
 L e177_
 G e178_
 L e179_
 L e180_
 L relu_2_2_0_above_pre
 E relu_2_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e183_
 L e184_
 G e185_
 L e186_
 L e187_
 L relu_2_2_1_above_pre
 E relu_2_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e190_
 L e191_
 G e192_
 L e193_
 L e194_
 L relu_2_3_0_above_pre
 E relu_2_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e197_
 L e198_
 G e199_
 L e200_
 L e201_
 L relu_2_3_1_above_pre
 E relu_2_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e204_
 L e205_
 G e206_
 L e207_
 L e208_
 L relu_2_4_0_above_pre
 E relu_2_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e211_
 L e212_
 G e213_
 L e214_
 L e215_
 L relu_2_4_1_above_pre
 E relu_2_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e218_
 L e219_
 G e220_
 L e221_
 L e222_
 L relu_2_5_0_above_pre
 E relu_2_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e225_
 L e226_
 G e227_
 L e228_
 L e229_
 L relu_2_5_1_above_pre
 E relu_2_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e232_
 L e233_
 G e234_
 L e235_
 L e236_
 L relu_2_6_0_above_pre
 E relu_2_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e239_
 L e240_
 G e241_
 L e242_
 L e243_
 L relu_2_6_1_above_pre
 E relu_2_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e246_
 L e247_
 G e248_
 L e249_
 L e250_
 L relu_2_7_0_above_pre
 E relu_2_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e253_
 L e254_
 G e255_
 L e256_
 L e257_
 L relu_2_7_1_above_pre
 E relu_2_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e260_
 L e261_
 G e262_
 L e263_
 L e264_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 0.648688758794882
 w_1_0_0 pre_definition_1_1_0 -0.08292244049818343
 w_1_0_0 pre_definition_1_2_0 0.1546255576046831
 w_1_0_0 pre_definition_1_3_0 0.7514334470008721
 w_1_0_0 pre_definition_1_4_0 -0.2943790231485002
 w_1_0_0 pre_definition_1_5_0 0.23264489147623313
 w_1_0_0 pre_definition_1_6_0 -0.9616706775524602
 w_1_0_0 pre_definition_1_7_0 -0.3009185525356326
 w_1_0_1 pre_definition_1_0_0 -0.7263578446997732
 w_1_0_1 pre_definition_1_1_0 0.40057621892523043
 w_1_0_1 pre_definition_1_2_0 0.9433606577090741
 w_1_0_1 pre_definition_1_3_0 -0.34124882938726064
 w_1_0_1 pre_definition_1_4_0 -0.2307702229625077
 w_1_0_1 pre_definition_1_5_0 -0.994419871578422
 w_1_0_1 pre_definition_1_6_0 -0.3710839689613894
 w_1_0_1 pre_definition_1_7_0 -0.37689346114188016
 w_1_1_0 pre_definition_1_0_1 0.648688758794882
 w_1_1_0 pre_definition_1_1_1 -0.08292244049818343
 w_1_1_0 pre_definition_1_2_1 0.1546255576046831
 w_1_1_0 pre_definition_1_3_1 0.7514334470008721
 w_1_1_0 pre_definition_1_4_1 -0.2943790231485002
 w_1_1_0 pre_definition_1_5_1 0.23264489147623313
 w_1_1_0 pre_definition_1_6_1 -0.9616706775524602
 w_1_1_0 pre_definition_1_7_1 -0.3009185525356326
 w_1_1_1 pre_definition_1_0_1 -0.7263578446997732
 w_1_1_1 pre_definition_1_1_1 0.40057621892523043
 w_1_1_1 pre_definition_1_2_1 0.9433606577090741
 w_1_1_1 pre_definition_1_3_1 -0.34124882938726064
 w_1_1_1 pre_definition_1_4_1 -0.2307702229625077
 w_1_1_1 pre_definition_1_5_1 -0.994419871578422
 w_1_1_1 pre_definition_1_6_1 -0.3710839689613894
 w_1_1_1 pre_definition_1_7_1 -0.37689346114188016
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_1_0 obj 0
 w_2_1_1 obj 0
 w_3_0_0 obj 0
 w_3_0_1 obj 0
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
 b_2_0 pre_definition_2_0_0 -1
 b_2_0 pre_definition_2_1_0 -1
 b_2_0 pre_definition_2_2_0 -1
 b_2_0 pre_definition_2_3_0 -1
 b_2_0 pre_definition_2_4_0 -1
 b_2_0 pre_definition_2_5_0 -1
 b_2_0 pre_definition_2_6_0 -1
 b_2_0 pre_definition_2_7_0 -1
 b_2_1 pre_definition_2_0_1 -1
 b_2_1 pre_definition_2_1_1 -1
 b_2_1 pre_definition_2_2_1 -1
 b_2_1 pre_definition_2_3_1 -1
 b_2_1 pre_definition_2_4_1 -1
 b_2_1 pre_definition_2_5_1 -1
 b_2_1 pre_definition_2_6_1 -1
 b_2_1 pre_definition_2_7_1 -1
 b_3_0 out_definition_0_0 -1
 b_3_0 out_definition_1_0 -1
 b_3_0 out_definition_2_0 -1
 b_3_0 out_definition_3_0 -1
 b_3_0 out_definition_4_0 -1
 b_3_0 out_definition_5_0 -1
 b_3_0 out_definition_6_0 -1
 b_3_0 out_definition_7_0 -1
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
 pre_2_0_0 pre_definition_2_0_0 1
 pre_2_0_0 relu_2_0_0_above_pre 1
 pre_2_0_0 e155_ -1
 pre_2_0_0 e156_ -1
 pre_2_0_0 e159_ 1
 pre_2_0_1 pre_definition_2_0_1 1
 pre_2_0_1 relu_2_0_1_above_pre 1
 pre_2_0_1 e162_ -1
 pre_2_0_1 e163_ -1
 pre_2_0_1 e166_ 1
 pre_2_1_0 pre_definition_2_1_0 1
 pre_2_1_0 relu_2_1_0_above_pre 1
 pre_2_1_0 e169_ -1
 pre_2_1_0 e170_ -1
 pre_2_1_0 e173_ 1
 pre_2_1_1 pre_definition_2_1_1 1
 pre_2_1_1 relu_2_1_1_above_pre 1
 pre_2_1_1 e176_ -1
 pre_2_1_1 e177_ -1
 pre_2_1_1 e180_ 1
 pre_2_2_0 pre_definition_2_2_0 1
 pre_2_2_0 relu_2_2_0_above_pre 1
 pre_2_2_0 e183_ -1
 pre_2_2_0 e184_ -1
 pre_2_2_0 e187_ 1
 pre_2_2_1 pre_definition_2_2_1 1
 pre_2_2_1 relu_2_2_1_above_pre 1
 pre_2_2_1 e190_ -1
 pre_2_2_1 e191_ -1
 pre_2_2_1 e194_ 1
 pre_2_3_0 pre_definition_2_3_0 1
 pre_2_3_0 relu_2_3_0_above_pre 1
 pre_2_3_0 e197_ -1
 pre_2_3_0 e198_ -1
 pre_2_3_0 e201_ 1
 pre_2_3_1 pre_definition_2_3_1 1
 pre_2_3_1 relu_2_3_1_above_pre 1
 pre_2_3_1 e204_ -1
 pre_2_3_1 e205_ -1
 pre_2_3_1 e208_ 1
 pre_2_4_0 pre_definition_2_4_0 1
 pre_2_4_0 relu_2_4_0_above_pre 1
 pre_2_4_0 e211_ -1
 pre_2_4_0 e212_ -1
 pre_2_4_0 e215_ 1
 pre_2_4_1 pre_definition_2_4_1 1
 pre_2_4_1 relu_2_4_1_above_pre 1
 pre_2_4_1 e218_ -1
 pre_2_4_1 e219_ -1
 pre_2_4_1 e222_ 1
 pre_2_5_0 pre_definition_2_5_0 1
 pre_2_5_0 relu_2_5_0_above_pre 1
 pre_2_5_0 e225_ -1
 pre_2_5_0 e226_ -1
 pre_2_5_0 e229_ 1
 pre_2_5_1 pre_definition_2_5_1 1
 pre_2_5_1 relu_2_5_1_above_pre 1
 pre_2_5_1 e232_ -1
 pre_2_5_1 e233_ -1
 pre_2_5_1 e236_ 1
 pre_2_6_0 pre_definition_2_6_0 1
 pre_2_6_0 relu_2_6_0_above_pre 1
 pre_2_6_0 e239_ -1
 pre_2_6_0 e240_ -1
 pre_2_6_0 e243_ 1
 pre_2_6_1 pre_definition_2_6_1 1
 pre_2_6_1 relu_2_6_1_above_pre 1
 pre_2_6_1 e246_ -1
 pre_2_6_1 e247_ -1
 pre_2_6_1 e250_ 1
 pre_2_7_0 pre_definition_2_7_0 1
 pre_2_7_0 relu_2_7_0_above_pre 1
 pre_2_7_0 e253_ -1
 pre_2_7_0 e254_ -1
 pre_2_7_0 e257_ 1
 pre_2_7_1 pre_definition_2_7_1 1
 pre_2_7_1 relu_2_7_1_above_pre 1
 pre_2_7_1 e260_ -1
 pre_2_7_1 e261_ -1
 pre_2_7_1 e264_ 1
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
 post_2_0_0 relu_2_0_0_above_pre -1
 post_2_0_0 e155_ 1
 post_2_0_0 e156_ 1
 post_2_0_0 e157_ 1
 post_2_0_0 e158_ 1
 post_2_0_1 relu_2_0_1_above_pre -1
 post_2_0_1 e162_ 1
 post_2_0_1 e163_ 1
 post_2_0_1 e164_ 1
 post_2_0_1 e165_ 1
 post_2_1_0 relu_2_1_0_above_pre -1
 post_2_1_0 e169_ 1
 post_2_1_0 e170_ 1
 post_2_1_0 e171_ 1
 post_2_1_0 e172_ 1
 post_2_1_1 relu_2_1_1_above_pre -1
 post_2_1_1 e176_ 1
 post_2_1_1 e177_ 1
 post_2_1_1 e178_ 1
 post_2_1_1 e179_ 1
 post_2_2_0 relu_2_2_0_above_pre -1
 post_2_2_0 e183_ 1
 post_2_2_0 e184_ 1
 post_2_2_0 e185_ 1
 post_2_2_0 e186_ 1
 post_2_2_1 relu_2_2_1_above_pre -1
 post_2_2_1 e190_ 1
 post_2_2_1 e191_ 1
 post_2_2_1 e192_ 1
 post_2_2_1 e193_ 1
 post_2_3_0 relu_2_3_0_above_pre -1
 post_2_3_0 e197_ 1
 post_2_3_0 e198_ 1
 post_2_3_0 e199_ 1
 post_2_3_0 e200_ 1
 post_2_3_1 relu_2_3_1_above_pre -1
 post_2_3_1 e204_ 1
 post_2_3_1 e205_ 1
 post_2_3_1 e206_ 1
 post_2_3_1 e207_ 1
 post_2_4_0 relu_2_4_0_above_pre -1
 post_2_4_0 e211_ 1
 post_2_4_0 e212_ 1
 post_2_4_0 e213_ 1
 post_2_4_0 e214_ 1
 post_2_4_1 relu_2_4_1_above_pre -1
 post_2_4_1 e218_ 1
 post_2_4_1 e219_ 1
 post_2_4_1 e220_ 1
 post_2_4_1 e221_ 1
 post_2_5_0 relu_2_5_0_above_pre -1
 post_2_5_0 e225_ 1
 post_2_5_0 e226_ 1
 post_2_5_0 e227_ 1
 post_2_5_0 e228_ 1
 post_2_5_1 relu_2_5_1_above_pre -1
 post_2_5_1 e232_ 1
 post_2_5_1 e233_ 1
 post_2_5_1 e234_ 1
 post_2_5_1 e235_ 1
 post_2_6_0 relu_2_6_0_above_pre -1
 post_2_6_0 e239_ 1
 post_2_6_0 e240_ 1
 post_2_6_0 e241_ 1
 post_2_6_0 e242_ 1
 post_2_6_1 relu_2_6_1_above_pre -1
 post_2_6_1 e246_ 1
 post_2_6_1 e247_ 1
 post_2_6_1 e248_ 1
 post_2_6_1 e249_ 1
 post_2_7_0 relu_2_7_0_above_pre -1
 post_2_7_0 e253_ 1
 post_2_7_0 e254_ 1
 post_2_7_0 e255_ 1
 post_2_7_0 e256_ 1
 post_2_7_1 relu_2_7_1_above_pre -1
 post_2_7_1 e260_ 1
 post_2_7_1 e261_ 1
 post_2_7_1 e262_ 1
 post_2_7_1 e263_ 1
 out_0_0 obj -2.2863664496608505
 out_0_0 out_definition_0_0 1
 out_1_0 obj -2.664354326343199
 out_1_0 out_definition_1_0 1
 out_2_0 obj -2.1120756579802085
 out_2_0 out_definition_2_0 1
 out_3_0 obj -2.6110260788956303
 out_3_0 out_definition_3_0 1
 out_4_0 obj -2.293943401221799
 out_4_0 out_definition_4_0 1
 out_5_0 obj -1.7738383033462595
 out_5_0 out_definition_5_0 1
 out_6_0 obj -2.0150518622819233
 out_6_0 out_definition_6_0 1
 out_7_0 obj -2.2630431563996063
 out_7_0 out_definition_7_0 1
 M87 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e43_ -7.125139810483965
 relu_1_0_0_on_binary_indicator_var e44_ 14.25027962096793
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e46_ 7.125139810483965
 relu_1_0_0_off_binary_indicator_var e47_ 7.125139810483965
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e50_ -7.125139810483965
 relu_1_0_1_on_binary_indicator_var e51_ 14.25027962096793
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e53_ 7.125139810483965
 relu_1_0_1_off_binary_indicator_var e54_ 7.125139810483965
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e57_ -4.450495978270242
 relu_1_1_0_on_binary_indicator_var e58_ 8.900991956540484
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e60_ 4.450495978270242
 relu_1_1_0_off_binary_indicator_var e61_ 4.450495978270242
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e64_ -4.450495978270242
 relu_1_1_1_on_binary_indicator_var e65_ 8.900991956540484
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e67_ 4.450495978270242
 relu_1_1_1_off_binary_indicator_var e68_ 4.450495978270242
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e71_ -6.293958645941272
 relu_1_2_0_on_binary_indicator_var e72_ 12.587917291882544
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e74_ 6.293958645941272
 relu_1_2_0_off_binary_indicator_var e75_ 6.293958645941272
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e78_ -6.293958645941272
 relu_1_2_1_on_binary_indicator_var e79_ 12.587917291882544
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e81_ 6.293958645941272
 relu_1_2_1_off_binary_indicator_var e82_ 6.293958645941272
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e85_ -6.278046829164398
 relu_1_3_0_on_binary_indicator_var e86_ 12.556093658328797
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e88_ 6.278046829164398
 relu_1_3_0_off_binary_indicator_var e89_ 6.278046829164398
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e92_ -6.278046829164398
 relu_1_3_1_on_binary_indicator_var e93_ 12.556093658328797
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e95_ 6.278046829164398
 relu_1_3_1_off_binary_indicator_var e96_ 6.278046829164398
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e99_ -4.575447738333024
 relu_1_4_0_on_binary_indicator_var e100_ 9.150895476666047
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e102_ 4.575447738333024
 relu_1_4_0_off_binary_indicator_var e103_ 4.575447738333024
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e106_ -4.575447738333024
 relu_1_4_1_on_binary_indicator_var e107_ 9.150895476666047
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e109_ 4.575447738333024
 relu_1_4_1_off_binary_indicator_var e110_ 4.575447738333024
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e113_ -6.681194289163965
 relu_1_5_0_on_binary_indicator_var e114_ 13.36238857832793
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e116_ 6.681194289163965
 relu_1_5_0_off_binary_indicator_var e117_ 6.681194289163965
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e120_ -6.681194289163965
 relu_1_5_1_on_binary_indicator_var e121_ 13.36238857832793
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e123_ 6.681194289163965
 relu_1_5_1_off_binary_indicator_var e124_ 6.681194289163965
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e127_ -6.998263939541548
 relu_1_6_0_on_binary_indicator_var e128_ 13.996527879083096
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e130_ 6.998263939541548
 relu_1_6_0_off_binary_indicator_var e131_ 6.998263939541548
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e134_ -6.998263939541548
 relu_1_6_1_on_binary_indicator_var e135_ 13.996527879083096
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e137_ 6.998263939541548
 relu_1_6_1_off_binary_indicator_var e138_ 6.998263939541548
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e141_ -5.033436041032538
 relu_1_7_0_on_binary_indicator_var e142_ 10.066872082065077
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e144_ 5.033436041032538
 relu_1_7_0_off_binary_indicator_var e145_ 5.033436041032538
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e148_ -5.033436041032538
 relu_1_7_1_on_binary_indicator_var e149_ 10.066872082065077
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e151_ 5.033436041032538
 relu_1_7_1_off_binary_indicator_var e152_ 5.033436041032538
 relu_2_0_0_on_binary_indicator_var relu_2_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_0_0_on_binary_indicator_var e155_ -45.75083886290379
 relu_2_0_0_on_binary_indicator_var e156_ 91.50167772580758
 relu_2_0_0_off_binary_indicator_var relu_2_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_0_0_off_binary_indicator_var e158_ 45.75083886290379
 relu_2_0_0_off_binary_indicator_var e159_ 45.75083886290379
 relu_2_0_1_on_binary_indicator_var relu_2_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_0_1_on_binary_indicator_var e162_ -45.75083886290379
 relu_2_0_1_on_binary_indicator_var e163_ 91.50167772580758
 relu_2_0_1_off_binary_indicator_var relu_2_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_0_1_off_binary_indicator_var e165_ 45.75083886290379
 relu_2_0_1_off_binary_indicator_var e166_ 45.75083886290379
 relu_2_1_0_on_binary_indicator_var relu_2_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_1_0_on_binary_indicator_var e169_ -29.70297586962145
 relu_2_1_0_on_binary_indicator_var e170_ 59.4059517392429
 relu_2_1_0_off_binary_indicator_var relu_2_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_1_0_off_binary_indicator_var e172_ 29.70297586962145
 relu_2_1_0_off_binary_indicator_var e173_ 29.70297586962145
 relu_2_1_1_on_binary_indicator_var relu_2_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_1_1_on_binary_indicator_var e176_ -29.70297586962145
 relu_2_1_1_on_binary_indicator_var e177_ 59.4059517392429
 relu_2_1_1_off_binary_indicator_var relu_2_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_1_1_off_binary_indicator_var e179_ 29.70297586962145
 relu_2_1_1_off_binary_indicator_var e180_ 29.70297586962145
 relu_2_2_0_on_binary_indicator_var relu_2_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_2_0_on_binary_indicator_var e183_ -40.76375187564763
 relu_2_2_0_on_binary_indicator_var e184_ 81.52750375129526
 relu_2_2_0_off_binary_indicator_var relu_2_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_2_0_off_binary_indicator_var e186_ 40.76375187564763
 relu_2_2_0_off_binary_indicator_var e187_ 40.76375187564763
 relu_2_2_1_on_binary_indicator_var relu_2_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_2_1_on_binary_indicator_var e190_ -40.76375187564763
 relu_2_2_1_on_binary_indicator_var e191_ 81.52750375129526
 relu_2_2_1_off_binary_indicator_var relu_2_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_2_1_off_binary_indicator_var e193_ 40.76375187564763
 relu_2_2_1_off_binary_indicator_var e194_ 40.76375187564763
 relu_2_3_0_on_binary_indicator_var relu_2_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_3_0_on_binary_indicator_var e197_ -40.66828097498639
 relu_2_3_0_on_binary_indicator_var e198_ 81.33656194997278
 relu_2_3_0_off_binary_indicator_var relu_2_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_3_0_off_binary_indicator_var e200_ 40.66828097498639
 relu_2_3_0_off_binary_indicator_var e201_ 40.66828097498639
 relu_2_3_1_on_binary_indicator_var relu_2_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_3_1_on_binary_indicator_var e204_ -40.66828097498639
 relu_2_3_1_on_binary_indicator_var e205_ 81.33656194997278
 relu_2_3_1_off_binary_indicator_var relu_2_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_3_1_off_binary_indicator_var e207_ 40.66828097498639
 relu_2_3_1_off_binary_indicator_var e208_ 40.66828097498639
 relu_2_4_0_on_binary_indicator_var relu_2_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_4_0_on_binary_indicator_var e211_ -30.452686429998142
 relu_2_4_0_on_binary_indicator_var e212_ 60.905372859996284
 relu_2_4_0_off_binary_indicator_var relu_2_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_4_0_off_binary_indicator_var e214_ 30.452686429998142
 relu_2_4_0_off_binary_indicator_var e215_ 30.452686429998142
 relu_2_4_1_on_binary_indicator_var relu_2_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_4_1_on_binary_indicator_var e218_ -30.452686429998142
 relu_2_4_1_on_binary_indicator_var e219_ 60.905372859996284
 relu_2_4_1_off_binary_indicator_var relu_2_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_4_1_off_binary_indicator_var e221_ 30.452686429998142
 relu_2_4_1_off_binary_indicator_var e222_ 30.452686429998142
 relu_2_5_0_on_binary_indicator_var relu_2_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_5_0_on_binary_indicator_var e225_ -43.08716573498379
 relu_2_5_0_on_binary_indicator_var e226_ 86.17433146996758
 relu_2_5_0_off_binary_indicator_var relu_2_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_5_0_off_binary_indicator_var e228_ 43.08716573498379
 relu_2_5_0_off_binary_indicator_var e229_ 43.08716573498379
 relu_2_5_1_on_binary_indicator_var relu_2_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_5_1_on_binary_indicator_var e232_ -43.08716573498379
 relu_2_5_1_on_binary_indicator_var e233_ 86.17433146996758
 relu_2_5_1_off_binary_indicator_var relu_2_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_5_1_off_binary_indicator_var e235_ 43.08716573498379
 relu_2_5_1_off_binary_indicator_var e236_ 43.08716573498379
 relu_2_6_0_on_binary_indicator_var relu_2_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_6_0_on_binary_indicator_var e239_ -44.98958363724929
 relu_2_6_0_on_binary_indicator_var e240_ 89.97916727449858
 relu_2_6_0_off_binary_indicator_var relu_2_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_6_0_off_binary_indicator_var e242_ 44.98958363724929
 relu_2_6_0_off_binary_indicator_var e243_ 44.98958363724929
 relu_2_6_1_on_binary_indicator_var relu_2_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_6_1_on_binary_indicator_var e246_ -44.98958363724929
 relu_2_6_1_on_binary_indicator_var e247_ 89.97916727449858
 relu_2_6_1_off_binary_indicator_var relu_2_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_6_1_off_binary_indicator_var e249_ 44.98958363724929
 relu_2_6_1_off_binary_indicator_var e250_ 44.98958363724929
 relu_2_7_0_on_binary_indicator_var relu_2_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_7_0_on_binary_indicator_var e253_ -33.20061624619523
 relu_2_7_0_on_binary_indicator_var e254_ 66.40123249239046
 relu_2_7_0_off_binary_indicator_var relu_2_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_7_0_off_binary_indicator_var e256_ 33.20061624619523
 relu_2_7_0_off_binary_indicator_var e257_ 33.20061624619523
 relu_2_7_1_on_binary_indicator_var relu_2_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_7_1_on_binary_indicator_var e260_ -33.20061624619523
 relu_2_7_1_on_binary_indicator_var e261_ 66.40123249239046
 relu_2_7_1_off_binary_indicator_var relu_2_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_7_1_off_binary_indicator_var e263_ 33.20061624619523
 relu_2_7_1_off_binary_indicator_var e264_ 33.20061624619523
 M151 'MARKER' 'INTEND'
RHS
 rhs obj -10.298763319496103
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e43_ -7.125139810483965
 rhs e44_ 14.25027962096793
 rhs e46_ 7.125139810483965
 rhs e47_ 7.125139810483965
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e50_ -7.125139810483965
 rhs e51_ 14.25027962096793
 rhs e53_ 7.125139810483965
 rhs e54_ 7.125139810483965
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e57_ -4.450495978270242
 rhs e58_ 8.900991956540484
 rhs e60_ 4.450495978270242
 rhs e61_ 4.450495978270242
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e64_ -4.450495978270242
 rhs e65_ 8.900991956540484
 rhs e67_ 4.450495978270242
 rhs e68_ 4.450495978270242
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e71_ -6.293958645941272
 rhs e72_ 12.587917291882544
 rhs e74_ 6.293958645941272
 rhs e75_ 6.293958645941272
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e78_ -6.293958645941272
 rhs e79_ 12.587917291882544
 rhs e81_ 6.293958645941272
 rhs e82_ 6.293958645941272
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e85_ -6.278046829164398
 rhs e86_ 12.556093658328797
 rhs e88_ 6.278046829164398
 rhs e89_ 6.278046829164398
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e92_ -6.278046829164398
 rhs e93_ 12.556093658328797
 rhs e95_ 6.278046829164398
 rhs e96_ 6.278046829164398
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e99_ -4.575447738333024
 rhs e100_ 9.150895476666047
 rhs e102_ 4.575447738333024
 rhs e103_ 4.575447738333024
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e106_ -4.575447738333024
 rhs e107_ 9.150895476666047
 rhs e109_ 4.575447738333024
 rhs e110_ 4.575447738333024
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e113_ -6.681194289163965
 rhs e114_ 13.36238857832793
 rhs e116_ 6.681194289163965
 rhs e117_ 6.681194289163965
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e120_ -6.681194289163965
 rhs e121_ 13.36238857832793
 rhs e123_ 6.681194289163965
 rhs e124_ 6.681194289163965
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e127_ -6.998263939541548
 rhs e128_ 13.996527879083096
 rhs e130_ 6.998263939541548
 rhs e131_ 6.998263939541548
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e134_ -6.998263939541548
 rhs e135_ 13.996527879083096
 rhs e137_ 6.998263939541548
 rhs e138_ 6.998263939541548
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e141_ -5.033436041032538
 rhs e142_ 10.066872082065077
 rhs e144_ 5.033436041032538
 rhs e145_ 5.033436041032538
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e148_ -5.033436041032538
 rhs e149_ 10.066872082065077
 rhs e151_ 5.033436041032538
 rhs e152_ 5.033436041032538
 rhs relu_2_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e155_ -45.75083886290379
 rhs e156_ 91.50167772580758
 rhs e158_ 45.75083886290379
 rhs e159_ 45.75083886290379
 rhs relu_2_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e162_ -45.75083886290379
 rhs e163_ 91.50167772580758
 rhs e165_ 45.75083886290379
 rhs e166_ 45.75083886290379
 rhs relu_2_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e169_ -29.70297586962145
 rhs e170_ 59.4059517392429
 rhs e172_ 29.70297586962145
 rhs e173_ 29.70297586962145
 rhs relu_2_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e176_ -29.70297586962145
 rhs e177_ 59.4059517392429
 rhs e179_ 29.70297586962145
 rhs e180_ 29.70297586962145
 rhs relu_2_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e183_ -40.76375187564763
 rhs e184_ 81.52750375129526
 rhs e186_ 40.76375187564763
 rhs e187_ 40.76375187564763
 rhs relu_2_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e190_ -40.76375187564763
 rhs e191_ 81.52750375129526
 rhs e193_ 40.76375187564763
 rhs e194_ 40.76375187564763
 rhs relu_2_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e197_ -40.66828097498639
 rhs e198_ 81.33656194997278
 rhs e200_ 40.66828097498639
 rhs e201_ 40.66828097498639
 rhs relu_2_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e204_ -40.66828097498639
 rhs e205_ 81.33656194997278
 rhs e207_ 40.66828097498639
 rhs e208_ 40.66828097498639
 rhs relu_2_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e211_ -30.452686429998142
 rhs e212_ 60.905372859996284
 rhs e214_ 30.452686429998142
 rhs e215_ 30.452686429998142
 rhs relu_2_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e218_ -30.452686429998142
 rhs e219_ 60.905372859996284
 rhs e221_ 30.452686429998142
 rhs e222_ 30.452686429998142
 rhs relu_2_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e225_ -43.08716573498379
 rhs e226_ 86.17433146996758
 rhs e228_ 43.08716573498379
 rhs e229_ 43.08716573498379
 rhs relu_2_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e232_ -43.08716573498379
 rhs e233_ 86.17433146996758
 rhs e235_ 43.08716573498379
 rhs e236_ 43.08716573498379
 rhs relu_2_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e239_ -44.98958363724929
 rhs e240_ 89.97916727449858
 rhs e242_ 44.98958363724929
 rhs e243_ 44.98958363724929
 rhs relu_2_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e246_ -44.98958363724929
 rhs e247_ 89.97916727449858
 rhs e249_ 44.98958363724929
 rhs e250_ 44.98958363724929
 rhs relu_2_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e253_ -33.20061624619523
 rhs e254_ 66.40123249239046
 rhs e256_ 33.20061624619523
 rhs e257_ 33.20061624619523
 rhs relu_2_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e260_ -33.20061624619523
 rhs e261_ 66.40123249239046
 rhs e263_ 33.20061624619523
 rhs e264_ 33.20061624619523
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
 LO bnd w_2_1_0 -3
 UP bnd w_2_1_0 3
 LO bnd w_2_1_1 -3
 UP bnd w_2_1_1 3
 LO bnd w_3_0_0 -3
 UP bnd w_3_0_0 3
 LO bnd w_3_0_1 -3
 UP bnd w_3_0_1 3
 LO bnd b_1_0 -3
 UP bnd b_1_0 3
 LO bnd b_1_1 -3
 UP bnd b_1_1 3
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd b_2_1 -3
 UP bnd b_2_1 3
 LO bnd b_3_0 -3
 UP bnd b_3_0 3
 LO bnd pre_1_0_0 -7.125139810483965
 UP bnd pre_1_0_0 7.125139810483965
 LO bnd pre_1_0_1 -7.125139810483965
 UP bnd pre_1_0_1 7.125139810483965
 LO bnd pre_1_1_0 -4.450495978270242
 UP bnd pre_1_1_0 4.450495978270242
 LO bnd pre_1_1_1 -4.450495978270242
 UP bnd pre_1_1_1 4.450495978270242
 LO bnd pre_1_2_0 -6.293958645941272
 UP bnd pre_1_2_0 6.293958645941272
 LO bnd pre_1_2_1 -6.293958645941272
 UP bnd pre_1_2_1 6.293958645941272
 LO bnd pre_1_3_0 -6.278046829164398
 UP bnd pre_1_3_0 6.278046829164398
 LO bnd pre_1_3_1 -6.278046829164398
 UP bnd pre_1_3_1 6.278046829164398
 LO bnd pre_1_4_0 -4.575447738333024
 UP bnd pre_1_4_0 4.575447738333024
 LO bnd pre_1_4_1 -4.575447738333024
 UP bnd pre_1_4_1 4.575447738333024
 LO bnd pre_1_5_0 -6.681194289163965
 UP bnd pre_1_5_0 6.681194289163965
 LO bnd pre_1_5_1 -6.681194289163965
 UP bnd pre_1_5_1 6.681194289163965
 LO bnd pre_1_6_0 -6.998263939541548
 UP bnd pre_1_6_0 6.998263939541548
 LO bnd pre_1_6_1 -6.998263939541548
 UP bnd pre_1_6_1 6.998263939541548
 LO bnd pre_1_7_0 -5.033436041032538
 UP bnd pre_1_7_0 5.033436041032538
 LO bnd pre_1_7_1 -5.033436041032538
 UP bnd pre_1_7_1 5.033436041032538
 LO bnd pre_2_0_0 -45.75083886290379
 UP bnd pre_2_0_0 45.75083886290379
 LO bnd pre_2_0_1 -45.75083886290379
 UP bnd pre_2_0_1 45.75083886290379
 LO bnd pre_2_1_0 -29.70297586962145
 UP bnd pre_2_1_0 29.70297586962145
 LO bnd pre_2_1_1 -29.70297586962145
 UP bnd pre_2_1_1 29.70297586962145
 LO bnd pre_2_2_0 -40.76375187564763
 UP bnd pre_2_2_0 40.76375187564763
 LO bnd pre_2_2_1 -40.76375187564763
 UP bnd pre_2_2_1 40.76375187564763
 LO bnd pre_2_3_0 -40.66828097498639
 UP bnd pre_2_3_0 40.66828097498639
 LO bnd pre_2_3_1 -40.66828097498639
 UP bnd pre_2_3_1 40.66828097498639
 LO bnd pre_2_4_0 -30.452686429998142
 UP bnd pre_2_4_0 30.452686429998142
 LO bnd pre_2_4_1 -30.452686429998142
 UP bnd pre_2_4_1 30.452686429998142
 LO bnd pre_2_5_0 -43.08716573498379
 UP bnd pre_2_5_0 43.08716573498379
 LO bnd pre_2_5_1 -43.08716573498379
 UP bnd pre_2_5_1 43.08716573498379
 LO bnd pre_2_6_0 -44.98958363724929
 UP bnd pre_2_6_0 44.98958363724929
 LO bnd pre_2_6_1 -44.98958363724929
 UP bnd pre_2_6_1 44.98958363724929
 LO bnd pre_2_7_0 -33.20061624619523
 UP bnd pre_2_7_0 33.20061624619523
 LO bnd pre_2_7_1 -33.20061624619523
 UP bnd pre_2_7_1 33.20061624619523
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.125139810483965
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.125139810483965
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 4.450495978270242
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 4.450495978270242
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 6.293958645941272
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 6.293958645941272
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6.278046829164398
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6.278046829164398
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 4.575447738333024
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 4.575447738333024
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 6.681194289163965
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 6.681194289163965
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 6.998263939541548
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 6.998263939541548
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 5.033436041032538
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 5.033436041032538
 LO bnd post_2_0_0 0
 UP bnd post_2_0_0 45.75083886290379
 LO bnd post_2_0_1 0
 UP bnd post_2_0_1 45.75083886290379
 LO bnd post_2_1_0 0
 UP bnd post_2_1_0 29.70297586962145
 LO bnd post_2_1_1 0
 UP bnd post_2_1_1 29.70297586962145
 LO bnd post_2_2_0 0
 UP bnd post_2_2_0 40.76375187564763
 LO bnd post_2_2_1 0
 UP bnd post_2_2_1 40.76375187564763
 LO bnd post_2_3_0 0
 UP bnd post_2_3_0 40.66828097498639
 LO bnd post_2_3_1 0
 UP bnd post_2_3_1 40.66828097498639
 LO bnd post_2_4_0 0
 UP bnd post_2_4_0 30.452686429998142
 LO bnd post_2_4_1 0
 UP bnd post_2_4_1 30.452686429998142
 LO bnd post_2_5_0 0
 UP bnd post_2_5_0 43.08716573498379
 LO bnd post_2_5_1 0
 UP bnd post_2_5_1 43.08716573498379
 LO bnd post_2_6_0 0
 UP bnd post_2_6_0 44.98958363724929
 LO bnd post_2_6_1 0
 UP bnd post_2_6_1 44.98958363724929
 LO bnd post_2_7_0 0
 UP bnd post_2_7_0 33.20061624619523
 LO bnd post_2_7_1 0
 UP bnd post_2_7_1 33.20061624619523
 LO bnd out_0_0 -277.5050331774228
 UP bnd out_0_0 277.5050331774228
 LO bnd out_1_0 -181.2178552177287
 UP bnd out_1_0 181.2178552177287
 LO bnd out_2_0 -247.58251125388577
 UP bnd out_2_0 247.58251125388577
 LO bnd out_3_0 -247.00968584991833
 UP bnd out_3_0 247.00968584991833
 LO bnd out_4_0 -185.71611857998886
 UP bnd out_4_0 185.71611857998886
 LO bnd out_5_0 -261.52299440990276
 UP bnd out_5_0 261.52299440990276
 LO bnd out_6_0 -272.9375018234957
 UP bnd out_6_0 272.9375018234957
 LO bnd out_7_0 -202.20369747717137
 UP bnd out_7_0 202.20369747717137
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
 BV bnd relu_2_0_0_on_binary_indicator_var
 BV bnd relu_2_0_0_off_binary_indicator_var
 BV bnd relu_2_0_1_on_binary_indicator_var
 BV bnd relu_2_0_1_off_binary_indicator_var
 BV bnd relu_2_1_0_on_binary_indicator_var
 BV bnd relu_2_1_0_off_binary_indicator_var
 BV bnd relu_2_1_1_on_binary_indicator_var
 BV bnd relu_2_1_1_off_binary_indicator_var
 BV bnd relu_2_2_0_on_binary_indicator_var
 BV bnd relu_2_2_0_off_binary_indicator_var
 BV bnd relu_2_2_1_on_binary_indicator_var
 BV bnd relu_2_2_1_off_binary_indicator_var
 BV bnd relu_2_3_0_on_binary_indicator_var
 BV bnd relu_2_3_0_off_binary_indicator_var
 BV bnd relu_2_3_1_on_binary_indicator_var
 BV bnd relu_2_3_1_off_binary_indicator_var
 BV bnd relu_2_4_0_on_binary_indicator_var
 BV bnd relu_2_4_0_off_binary_indicator_var
 BV bnd relu_2_4_1_on_binary_indicator_var
 BV bnd relu_2_4_1_off_binary_indicator_var
 BV bnd relu_2_5_0_on_binary_indicator_var
 BV bnd relu_2_5_0_off_binary_indicator_var
 BV bnd relu_2_5_1_on_binary_indicator_var
 BV bnd relu_2_5_1_off_binary_indicator_var
 BV bnd relu_2_6_0_on_binary_indicator_var
 BV bnd relu_2_6_0_off_binary_indicator_var
 BV bnd relu_2_6_1_on_binary_indicator_var
 BV bnd relu_2_6_1_off_binary_indicator_var
 BV bnd relu_2_7_0_on_binary_indicator_var
 BV bnd relu_2_7_0_off_binary_indicator_var
 BV bnd relu_2_7_1_on_binary_indicator_var
 BV bnd relu_2_7_1_off_binary_indicator_var
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
 out_3_0 out_3_0 2
 out_4_0 out_4_0 2
 out_5_0 out_5_0 2
 out_6_0 out_6_0 2
 out_7_0 out_7_0 2
QCMATRIX pre_definition_2_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_0_1
 w_2_1_0 post_1_0_0 -0.5
 post_1_0_0 w_2_1_0 -0.5
 w_2_1_1 post_1_0_1 -0.5
 post_1_0_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_1_1
 w_2_1_0 post_1_1_0 -0.5
 post_1_1_0 w_2_1_0 -0.5
 w_2_1_1 post_1_1_1 -0.5
 post_1_1_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_2_1
 w_2_1_0 post_1_2_0 -0.5
 post_1_2_0 w_2_1_0 -0.5
 w_2_1_1 post_1_2_1 -0.5
 post_1_2_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_3_1
 w_2_1_0 post_1_3_0 -0.5
 post_1_3_0 w_2_1_0 -0.5
 w_2_1_1 post_1_3_1 -0.5
 post_1_3_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_4_1
 w_2_1_0 post_1_4_0 -0.5
 post_1_4_0 w_2_1_0 -0.5
 w_2_1_1 post_1_4_1 -0.5
 post_1_4_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_5_1
 w_2_1_0 post_1_5_0 -0.5
 post_1_5_0 w_2_1_0 -0.5
 w_2_1_1 post_1_5_1 -0.5
 post_1_5_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_6_1
 w_2_1_0 post_1_6_0 -0.5
 post_1_6_0 w_2_1_0 -0.5
 w_2_1_1 post_1_6_1 -0.5
 post_1_6_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_7_1
 w_2_1_0 post_1_7_0 -0.5
 post_1_7_0 w_2_1_0 -0.5
 w_2_1_1 post_1_7_1 -0.5
 post_1_7_1 w_2_1_1 -0.5
QCMATRIX out_definition_0_0
 w_3_0_0 post_2_0_0 -0.5
 post_2_0_0 w_3_0_0 -0.5
 w_3_0_1 post_2_0_1 -0.5
 post_2_0_1 w_3_0_1 -0.5
QCMATRIX out_definition_1_0
 w_3_0_0 post_2_1_0 -0.5
 post_2_1_0 w_3_0_0 -0.5
 w_3_0_1 post_2_1_1 -0.5
 post_2_1_1 w_3_0_1 -0.5
QCMATRIX out_definition_2_0
 w_3_0_0 post_2_2_0 -0.5
 post_2_2_0 w_3_0_0 -0.5
 w_3_0_1 post_2_2_1 -0.5
 post_2_2_1 w_3_0_1 -0.5
QCMATRIX out_definition_3_0
 w_3_0_0 post_2_3_0 -0.5
 post_2_3_0 w_3_0_0 -0.5
 w_3_0_1 post_2_3_1 -0.5
 post_2_3_1 w_3_0_1 -0.5
QCMATRIX out_definition_4_0
 w_3_0_0 post_2_4_0 -0.5
 post_2_4_0 w_3_0_0 -0.5
 w_3_0_1 post_2_4_1 -0.5
 post_2_4_1 w_3_0_1 -0.5
QCMATRIX out_definition_5_0
 w_3_0_0 post_2_5_0 -0.5
 post_2_5_0 w_3_0_0 -0.5
 w_3_0_1 post_2_5_1 -0.5
 post_2_5_1 w_3_0_1 -0.5
QCMATRIX out_definition_6_0
 w_3_0_0 post_2_6_0 -0.5
 post_2_6_0 w_3_0_0 -0.5
 w_3_0_1 post_2_6_1 -0.5
 post_2_6_1 w_3_0_1 -0.5
QCMATRIX out_definition_7_0
 w_3_0_0 post_2_7_0 -0.5
 post_2_7_0 w_3_0_0 -0.5
 w_3_0_1 post_2_7_1 -0.5
 post_2_7_1 w_3_0_1 -0.5
ENDATA
