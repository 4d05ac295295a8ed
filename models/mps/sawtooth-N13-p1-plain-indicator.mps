* sawtooth-N13-p1-plain-indicator  (relu-opt library: sawtooth-N13, problem 1, plain-indicator; {"hidden": [2], "bound": 4.0, "loss": "squared"})
NAME sawtooth-N13-p1-plain-indicator
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
 E pre_definition_1_10_0
 E pre_definition_1_10_1
 E pre_definition_1_11_0
 E pre_definition_1_11_1
 E pre_definition_1_12_0
 E pre_definition_1_12_1
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
 E out_definition_10_0
 E out_definition_11_0
 E out_definition_12_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e42_
 L e43_
 G e44_
 L e45_
 L e46_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e49_
 L e50_
 G e51_
 L e52_
 L e53_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e56_
 L e57_
 G e58_
 L e59_
 L e60_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e63_
 L e64_
 G e65_
 L e66_
 L e67_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e70_
 L e71_
 G e72_
 L e73_
 L e74_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e77_
 L e78_
 G e79_
 L e80_
 L e81_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e84_
 L e85_
 G e86_
 L e87_
 L e88_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e91_
 L e92_
 G e93_
 L e94_
 L e95_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e98_
 L e99_
 G e100_
 L e101_
 L e102_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e105_
 L e106_
 G e107_
 L e108_
 L e109_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e112_
 L e113_
 G e114_
 L e115_
 L e116_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e119_
 L e120_
 G e121_
 L e122_
 L e123_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e126_
 L e127_
 G e128_
 L e129_
 L e130_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e133_
 L e134_
 G e135_
 L e136_
 L e137_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e140_
 L e141_
 G e142_
 L e143_
 L e144_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e147_
 L e148_
 G e149_
 L e150_
 L e151_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e154_
 L e155_
 G e156_
 L e157_
 L e158_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e161_
 L e162_
 G e163_
 L e164_
 L e165_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e168_
 L e169_
 G e170_
 L e171_
 L e172_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e175_
 L e176_
 G e177_
 L e178_
 L e179_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e182_
 L e183_
 G e184_
 L e185_
 L e186_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e189_
 L e190_
 G e191_
 L e192_
 L e193_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e196_
 L e197_
 G e198_
 L e199_
 L e200_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e203_
 L e204_
 G e205_
 L e206_
 L e207_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e210_
 L e211_
 G e212_
 L e213_
 L e214_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e217_
 L e218_
 G e219_
 L e220_
 L e221_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 1
 w_1_0_0 pre_definition_1_1_0 0.8333333333333334
 w_1_0_0 pre_definition_1_2_0 0.6666666666666667
 w_1_0_0 pre_definition_1_3_0 0.5
 w_1_0_0 pre_definition_1_4_0 0.33333333333333337
 w_1_0_0 pre_definition_1_5_0 0.16666666666666674
 w_1_0_0 pre_definition_1_7_0 -0.16666666666666652
 w_1_0_0 pre_definition_1_8_0 -0.33333333333333326
 w_1_0_0 pre_definition_1_9_0 -0.5
 w_1_0_0 pre_definition_1_10_0 -0.6666666666666665
 w_1_0_0 pre_definition_1_11_0 -0.8333333333333333
 w_1_0_0 pre_definition_1_12_0 -1
 w_1_1_0 pre_definition_1_0_1 1
 w_1_1_0 pre_definition_1_1_1 0.8333333333333334
 w_1_1_0 pre_definition_1_2_1 0.6666666666666667
 w_1_1_0 pre_definition_1_3_1 0.5
 w_1_1_0 pre_definition_1_4_1 0.33333333333333337
 w_1_1_0 pre_definition_1_5_1 0.16666666666666674
 w_1_1_0 pre_definition_1_7_1 -0.16666666666666652
 w_1_1_0 pre_definition_1_8_1 -0.33333333333333326
 w_1_1_0 pre_definition_1_9_1 -0.5
 w_1_1_0 pre_definition_1_10_1 -0.6666666666666665
 w_1_1_0 pre_definition_1_11_1 -0.8333333333333333
 w_1_1_0 pre_definition_1_12_1 -1
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
 b_1_0 pre_definition_1_10_0 -1
 b_1_0 pre_definition_1_11_0 -1
 b_1_0 pre_definition_1_12_0 -1
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
 b_1_1 pre_definition_1_10_1 -1
 b_1_1 pre_definition_1_11_1 -1
 b_1_1 pre_definition_1_12_1 -1
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
 b_2_0 out_definition_10_0 -1
 b_2_0 out_definition_11_0 -1
 b_2_0 out_definition_12_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e42_ -1
 pre_1_0_0 e43_ -1
 pre_1_0_0 e46_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e49_ -1
 pre_1_0_1 e50_ -1
 pre_1_0_1 e53_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e56_ -1
 pre_1_1_0 e57_ -1
 pre_1_1_0 e60_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e63_ -1
 pre_1_1_1 e64_ -1
 pre_1_1_1 e67_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e70_ -1
 pre_1_2_0 e71_ -1
 pre_1_2_0 e74_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e77_ -1
 pre_1_2_1 e78_ -1
 pre_1_2_1 e81_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e84_ -1
 pre_1_3_0 e85_ -1
 pre_1_3_0 e88_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e91_ -1
 pre_1_3_1 e92_ -1
 pre_1_3_1 e95_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e98_ -1
 pre_1_4_0 e99_ -1
 pre_1_4_0 e102_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e105_ -1
 pre_1_4_1 e106_ -1
 pre_1_4_1 e109_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e112_ -1
 pre_1_5_0 e113_ -1
 pre_1_5_0 e116_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e119_ -1
 pre_1_5_1 e120_ -1
 pre_1_5_1 e123_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e126_ -1
 pre_1_6_0 e127_ -1
 pre_1_6_0 e130_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e133_ -1
 pre_1_6_1 e134_ -1
 pre_1_6_1 e137_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e140_ -1
 pre_1_7_0 e141_ -1
 pre_1_7_0 e144_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e147_ -1
 pre_1_7_1 e148_ -1
 pre_1_7_1 e151_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e154_ -1
 pre_1_8_0 e155_ -1
 pre_1_8_0 e158_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e161_ -1
 pre_1_8_1 e162_ -1
 pre_1_8_1 e165_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e168_ -1
 pre_1_9_0 e169_ -1
 pre_1_9_0 e172_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e175_ -1
 pre_1_9_1 e176_ -1
 pre_1_9_1 e179_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e182_ -1
 pre_1_10_0 e183_ -1
 pre_1_10_0 e186_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e189_ -1
 pre_1_10_1 e190_ -1
 pre_1_10_1 e193_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e196_ -1
 pre_1_11_0 e197_ -1
 pre_1_11_0 e200_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e203_ -1
 pre_1_11_1 e204_ -1
 pre_1_11_1 e207_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e210_ -1
 pre_1_12_0 e211_ -1
 pre_1_12_0 e214_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e217_ -1
 pre_1_12_1 e218_ -1
 pre_1_12_1 e221_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e42_ 1
 post_1_0_0 e43_ 1
 post_1_0_0 e44_ 1
 post_1_0_0 e45_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e49_ 1
 post_1_0_1 e50_ 1
 post_1_0_1 e51_ 1
 post_1_0_1 e52_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e56_ 1
 post_1_1_0 e57_ 1
 post_1_1_0 e58_ 1
 post_1_1_0 e59_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e63_ 1
 post_1_1_1 e64_ 1
 post_1_1_1 e65_ 1
 post_1_1_1 e66_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e70_ 1
 post_1_2_0 e71_ 1
 post_1_2_0 e72_ 1
 post_1_2_0 e73_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e77_ 1
 post_1_2_1 e78_ 1
 post_1_2_1 e79_ 1
 post_1_2_1 e80_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e84_ 1
 post_1_3_0 e85_ 1
 post_1_3_0 e86_ 1
 post_1_3_0 e87_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e91_ 1
 post_1_3_1 e92_ 1
 post_1_3_1 e93_ 1
 post_1_3_1 e94_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e98_ 1
 post_1_4_0 e99_ 1
 post_1_4_0 e100_ 1
 post_1_4_0 e101_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e105_ 1
 post_1_4_1 e106_ 1
 post_1_4_1 e107_ 1
 post_1_4_1 e108_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e112_ 1
 post_1_5_0 e113_ 1
 post_1_5_0 e114_ 1
 post_1_5_0 e115_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e119_ 1
 post_1_5_1 e120_ 1
 post_1_5_1 e121_ 1
 post_1_5_1 e122_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e126_ 1
 post_1_6_0 e127_ 1
 post_1_6_0 e128_ 1
 post_1_6_0 e129_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e133_ 1
 post_1_6_1 e134_ 1
 post_1_6_1 e135_ 1
 post_1_6_1 e136_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e140_ 1
 post_1_7_0 e141_ 1
 post_1_7_0 e142_ 1
 post_1_7_0 e143_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e147_ 1
 post_1_7_1 e148_ 1
 post_1_7_1 e149_ 1
 post_1_7_1 e150_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e154_ 1
 post_1_8_0 e155_ 1
 post_1_8_0 e156_ 1
 post_1_8_0 e157_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e161_ 1
 post_1_8_1 e162_ 1
 post_1_8_1 e163_ 1
 post_1_8_1 e164_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e168_ 1
 post_1_9_0 e169_ 1
 post_1_9_0 e170_ 1
 post_1_9_0 e171_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e175_ 1
 post_1_9_1 e176_ 1
 post_1_9_1 e177_ 1
 post_1_9_1 e178_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e182_ 1
 post_1_10_0 e183_ 1
 post_1_10_0 e184_ 1
 post_1_10_0 e185_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e189_ 1
 post_1_10_1 e190_ 1
 post_1_10_1 e191_ 1
 post_1_10_1 e192_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e196_ 1
 post_1_11_0 e197_ 1
 post_1_11_0 e198_ 1
 post_1_11_0 e199_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e203_ 1
 post_1_11_1 e204_ 1
 post_1_11_1 e205_ 1
 post_1_11_1 e206_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e210_ 1
 post_1_12_0 e211_ 1
 post_1_12_0 e212_ 1
 post_1_12_0 e213_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e217_ 1
 post_1_12_1 e218_ 1
 post_1_12_1 e219_ 1
 post_1_12_1 e220_ 1
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.6666666666666665
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1.333333333333333
 out_2_0 out_definition_2_0 1
 out_3_0 obj 2
 out_3_0 out_definition_3_0 1
 out_4_0 obj 1.3333333333333335
 out_4_0 out_definition_4_0 1
 out_5_0 obj 0.666666666666667
 out_5_0 out_definition_5_0 1
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.6666666666666661
 out_7_0 out_definition_7_0 1
 out_8_0 obj -1.333333333333333
 out_8_0 out_definition_8_0 1
 out_9_0 obj 2
 out_9_0 out_definition_9_0 1
 out_10_0 obj 1.333333333333334
 out_10_0 out_definition_10_0 1
 out_11_0 obj 0.666666666666667
 out_11_0 out_definition_11_0 1
 out_12_0 out_definition_12_0 1
 M72 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e42_ -8
 relu_1_0_0_on_binary_indicator_var e43_ 16
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e45_ 8
 relu_1_0_0_off_binary_indicator_var e46_ 8
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e49_ -8
 relu_1_0_1_on_binary_indicator_var e50_ 16
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e52_ 8
 relu_1_0_1_off_binary_indicator_var e53_ 8
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e56_ -7.333333333333334
 relu_1_1_0_on_binary_indicator_var e57_ 14.666666666666668
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e59_ 7.333333333333334
 relu_1_1_0_off_binary_indicator_var e60_ 7.333333333333334
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e63_ -7.333333333333334
 relu_1_1_1_on_binary_indicator_var e64_ 14.666666666666668
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e66_ 7.333333333333334
 relu_1_1_1_off_binary_indicator_var e67_ 7.333333333333334
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e70_ -6.666666666666667
 relu_1_2_0_on_binary_indicator_var e71_ 13.333333333333334
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e73_ 6.666666666666667
 relu_1_2_0_off_binary_indicator_var e74_ 6.666666666666667
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e77_ -6.666666666666667
 relu_1_2_1_on_binary_indicator_var e78_ 13.333333333333334
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e80_ 6.666666666666667
 relu_1_2_1_off_binary_indicator_var e81_ 6.666666666666667
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e84_ -6
 relu_1_3_0_on_binary_indicator_var e85_ 12
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e87_ 6
 relu_1_3_0_off_binary_indicator_var e88_ 6
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e91_ -6
 relu_1_3_1_on_binary_indicator_var e92_ 12
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e94_ 6
 relu_1_3_1_off_binary_indicator_var e95_ 6
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e98_ -5.333333333333334
 relu_1_4_0_on_binary_indicator_var e99_ 10.666666666666668
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e101_ 5.333333333333334
 relu_1_4_0_off_binary_indicator_var e102_ 5.333333333333334
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e105_ -5.333333333333334
 relu_1_4_1_on_binary_indicator_var e106_ 10.666666666666668
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e108_ 5.333333333333334
 relu_1_4_1_off_binary_indicator_var e109_ 5.333333333333334
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e112_ -4.666666666666667
 relu_1_5_0_on_binary_indicator_var e113_ 9.333333333333334
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e115_ 4.666666666666667
 relu_1_5_0_off_binary_indicator_var e116_ 4.666666666666667
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e119_ -4.666666666666667
 relu_1_5_1_on_binary_indicator_var e120_ 9.333333333333334
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e122_ 4.666666666666667
 relu_1_5_1_off_binary_indicator_var e123_ 4.666666666666667
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e126_ -4
 relu_1_6_0_on_binary_indicator_var e127_ 8
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e129_ 4
 relu_1_6_0_off_binary_indicator_var e130_ 4
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e133_ -4
 relu_1_6_1_on_binary_indicator_var e134_ 8
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e136_ 4
 relu_1_6_1_off_binary_indicator_var e137_ 4
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e140_ -4.666666666666666
 relu_1_7_0_on_binary_indicator_var e141_ 9.333333333333332
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e143_ 4.666666666666666
 relu_1_7_0_off_binary_indicator_var e144_ 4.666666666666666
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e147_ -4.666666666666666
 relu_1_7_1_on_binary_indicator_var e148_ 9.333333333333332
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e150_ 4.666666666666666
 relu_1_7_1_off_binary_indicator_var e151_ 4.666666666666666
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e154_ -5.333333333333333
 relu_1_8_0_on_binary_indicator_var e155_ 10.666666666666666
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e157_ 5.333333333333333
 relu_1_8_0_off_binary_indicator_var e158_ 5.333333333333333
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e161_ -5.333333333333333
 relu_1_8_1_on_binary_indicator_var e162_ 10.666666666666666
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e164_ 5.333333333333333
 relu_1_8_1_off_binary_indicator_var e165_ 5.333333333333333
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e168_ -6
 relu_1_9_0_on_binary_indicator_var e169_ 12
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e171_ 6
 relu_1_9_0_off_binary_indicator_var e172_ 6
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e175_ -6
 relu_1_9_1_on_binary_indicator_var e176_ 12
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e178_ 6
 relu_1_9_1_off_binary_indicator_var e179_ 6
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e182_ -6.666666666666666
 relu_1_10_0_on_binary_indicator_var e183_ 13.333333333333332
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e185_ 6.666666666666666
 relu_1_10_0_off_binary_indicator_var e186_ 6.666666666666666
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e189_ -6.666666666666666
 relu_1_10_1_on_binary_indicator_var e190_ 13.333333333333332
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e192_ 6.666666666666666
 relu_1_10_1_off_binary_indicator_var e193_ 6.666666666666666
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e196_ -7.333333333333333
 relu_1_11_0_on_binary_indicator_var e197_ 14.666666666666666
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e199_ 7.333333333333333
 relu_1_11_0_off_binary_indicator_var e200_ 7.333333333333333
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e203_ -7.333333333333333
 relu_1_11_1_on_binary_indicator_var e204_ 14.666666666666666
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e206_ 7.333333333333333
 relu_1_11_1_off_binary_indicator_var e207_ 7.333333333333333
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e210_ -8
 relu_1_12_0_on_binary_indicator_var e211_ 16
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e213_ 8
 relu_1_12_0_off_binary_indicator_var e214_ 8
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e217_ -8
 relu_1_12_1_on_binary_indicator_var e218_ 16
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e220_ 8
 relu_1_12_1_off_binary_indicator_var e221_ 8
 M124 'MARKER' 'INTEND'
RHS
 rhs obj -4.222222222222222
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e42_ -8
 rhs e43_ 16
 rhs e45_ 8
 rhs e46_ 8
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e49_ -8
 rhs e50_ 16
 rhs e52_ 8
 rhs e53_ 8
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e56_ -7.333333333333334
 rhs e57_ 14.666666666666668
 rhs e59_ 7.333333333333334
 rhs e60_ 7.333333333333334
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e63_ -7.333333333333334
 rhs e64_ 14.666666666666668
 rhs e66_ 7.333333333333334
 rhs e67_ 7.333333333333334
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e70_ -6.666666666666667
 rhs e71_ 13.333333333333334
 rhs e73_ 6.666666666666667
 rhs e74_ 6.666666666666667
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e77_ -6.666666666666667
 rhs e78_ 13.333333333333334
 rhs e80_ 6.666666666666667
 rhs e81_ 6.666666666666667
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e84_ -6
 rhs e85_ 12
 rhs e87_ 6
 rhs e88_ 6
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e91_ -6
 rhs e92_ 12
 rhs e94_ 6
 rhs e95_ 6
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e98_ -5.333333333333334
 rhs e99_ 10.666666666666668
 rhs e101_ 5.333333333333334
 rhs e102_ 5.333333333333334
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e105_ -5.333333333333334
 rhs e106_ 10.666666666666668
 rhs e108_ 5.333333333333334
 rhs e109_ 5.333333333333334
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e112_ -4.666666666666667
 rhs e113_ 9.333333333333334
 rhs e115_ 4.666666666666667
 rhs e116_ 4.666666666666667
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e119_ -4.666666666666667
 rhs e120_ 9.333333333333334
 rhs e122_ 4.666666666666667
 rhs e123_ 4.666666666666667
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e126_ -4
 rhs e127_ 8
 rhs e129_ 4
 rhs e130_ 4
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e133_ -4
 rhs e134_ 8
 rhs e136_ 4
 rhs e137_ 4
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e140_ -4.666666666666666
 rhs e141_ 9.333333333333332
 rhs e143_ 4.666666666666666
 rhs e144_ 4.666666666666666
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e147_ -4.666666666666666
 rhs e148_ 9.333333333333332
 rhs e150_ 4.666666666666666
 rhs e151_ 4.666666666666666
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e154_ -5.333333333333333
 rhs e155_ 10.666666666666666
 rhs e157_ 5.333333333333333
 rhs e158_ 5.333333333333333
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e161_ -5.333333333333333
 rhs e162_ 10.666666666666666
 rhs e164_ 5.333333333333333
 rhs e165_ 5.333333333333333
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e168_ -6
 rhs e169_ 12
 rhs e171_ 6
 rhs e172_ 6
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e175_ -6
 rhs e176_ 12
 rhs e178_ 6
 rhs e179_ 6
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e182_ -6.666666666666666
 rhs e183_ 13.333333333333332
 rhs e185_ 6.666666666666666
 rhs e186_ 6.666666666666666
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e189_ -6.666666666666666
 rhs e190_ 13.333333333333332
 rhs e192_ 6.666666666666666
 rhs e193_ 6.666666666666666
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e196_ -7.333333333333333
 rhs e197_ 14.666666666666666
 rhs e199_ 7.333333333333333
 rhs e200_ 7.333333333333333
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e203_ -7.333333333333333
 rhs e204_ 14.666666666666666
 rhs e206_ 7.333333333333333
 rhs e207_ 7.333333333333333
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e210_ -8
 rhs e211_ 16
 rhs e213_ 8
 rhs e214_ 8
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e217_ -8
 rhs e218_ 16
 rhs e220_ 8
 rhs e221_ 8
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
 LO bnd pre_1_1_0 -7.333333333333334
 UP bnd pre_1_1_0 7.333333333333334
 LO bnd pre_1_1_1 -7.333333333333334
 UP bnd pre_1_1_1 7.333333333333334
 LO bnd pre_1_2_0 -6.666666666666667
 UP bnd pre_1_2_0 6.666666666666667
 LO bnd pre_1_2_1 -6.666666666666667
 UP bnd pre_1_2_1 6.666666666666667
 LO bnd pre_1_3_0 -6
 UP bnd pre_1_3_0 6
 LO bnd pre_1_3_1 -6
 UP bnd pre_1_3_1 6
 LO bnd pre_1_4_0 -5.333333333333334
 UP bnd pre_1_4_0 5.333333333333334
 LO bnd pre_1_4_1 -5.333333333333334
 UP bnd pre_1_4_1 5.333333333333334
 LO bnd pre_1_5_0 -4.666666666666667
 UP bnd pre_1_5_0 4.666666666666667
 LO bnd pre_1_5_1 -4.666666666666667
 UP bnd pre_1_5_1 4.666666666666667
 LO bnd pre_1_6_0 -4
 UP bnd pre_1_6_0 4
 LO bnd pre_1_6_1 -4
 UP bnd pre_1_6_1 4
 LO bnd pre_1_7_0 -4.666666666666666
 UP bnd pre_1_7_0 4.666666666666666
 LO bnd pre_1_7_1 -4.666666666666666
 UP bnd pre_1_7_1 4.666666666666666
 LO bnd pre_1_8_0 -5.333333333333333
 UP bnd pre_1_8_0 5.333333333333333
 LO bnd pre_1_8_1 -5.333333333333333
 UP bnd pre_1_8_1 5.333333333333333
 LO bnd pre_1_9_0 -6
 UP bnd pre_1_9_0 6
 LO bnd pre_1_9_1 -6
 UP bnd pre_1_9_1 6
 LO bnd pre_1_10_0 -6.666666666666666
 UP bnd pre_1_10_0 6.666666666666666
 LO bnd pre_1_10_1 -6.666666666666666
 UP bnd pre_1_10_1 6.666666666666666
 LO bnd pre_1_11_0 -7.333333333333333
 UP bnd pre_1_11_0 7.333333333333333
 LO bnd pre_1_11_1 -7.333333333333333
 UP bnd pre_1_11_1 7.333333333333333
 LO bnd pre_1_12_0 -8
 UP bnd pre_1_12_0 8
 LO bnd pre_1_12_1 -8
 UP bnd pre_1_12_1 8
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 8
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 8
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 7.333333333333334
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 7.333333333333334
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 6.666666666666667
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 6.666666666666667
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 5.333333333333334
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 5.333333333333334
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 4.666666666666667
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 4.666666666666667
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 4
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 4
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 4.666666666666666
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 4.666666666666666
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 5.333333333333333
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 5.333333333333333
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 6
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 6
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 6.666666666666666
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 6.666666666666666
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 7.333333333333333
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 7.333333333333333
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 8
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 8
 LO bnd out_0_0 -68
 UP bnd out_0_0 68
 LO bnd out_1_0 -62.66666666666667
 UP bnd out_1_0 62.66666666666667
 LO bnd out_2_0 -57.333333333333336
 UP bnd out_2_0 57.333333333333336
 LO bnd out_3_0 -52
 UP bnd out_3_0 52
 LO bnd out_4_0 -46.66666666666667
 UP bnd out_4_0 46.66666666666667
 LO bnd out_5_0 -41.333333333333336
 UP bnd out_5_0 41.333333333333336
 LO bnd out_6_0 -36
 UP bnd out_6_0 36
 LO bnd out_7_0 -41.33333333333333
 UP bnd out_7_0 41.33333333333333
 LO bnd out_8_0 -46.666666666666664
 UP bnd out_8_0 46.666666666666664
 LO bnd out_9_0 -52
 UP bnd out_9_0 52
 LO bnd out_10_0 -57.33333333333333
 UP bnd out_10_0 57.33333333333333
 LO bnd out_11_0 -62.666666666666664
 UP bnd out_11_0 62.666666666666664
 LO bnd out_12_0 -68
 UP bnd out_12_0 68
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
 BV bnd relu_1_10_0_on_binary_indicator_var
 BV bnd relu_1_10_0_off_binary_indicator_var
 BV bnd relu_1_10_1_on_binary_indicator_var
 BV bnd relu_1_10_1_off_binary_indicator_var
 BV bnd relu_1_11_0_on_binary_indicator_var
 BV bnd relu_1_11_0_off_binary_indicator_var
 BV bnd relu_1_11_1_on_binary_indicator_var
 BV bnd relu_1_11_1_off_binary_indicator_var
 BV bnd relu_1_12_0_on_binary_indicator_var
 BV bnd relu_1_12_0_off_binary_indicator_var
 BV bnd relu_1_12_1_on_binary_indicator_var
 BV bnd relu_1_12_1_off_binary_indicator_var
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
 out_10_0 out_10_0 2
 out_11_0 out_11_0 2
 out_12_0 out_12_0 2
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
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
ENDATA
