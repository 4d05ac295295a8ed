* teacher-N16-n2-m2-p1-s2-p1-plain-indicator  (relu-opt library: teacher-N16-n2-m2-p1-s2, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m2-p1-s2-p1-plain-indicator
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
 E pre_definition_1_13_0
 E pre_definition_1_13_1
 E pre_definition_1_14_0
 E pre_definition_1_14_1
 E pre_definition_1_15_0
 E pre_definition_1_15_1
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
 E out_definition_13_0
 E out_definition_14_0
 E out_definition_15_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e51_
 L e52_
 G e53_
 L e54_
 L e55_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e58_
 L e59_
 G e60_
 L e61_
 L e62_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e65_
 L e66_
 G e67_
 L e68_
 L e69_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e72_
 L e73_
 G e74_
 L e75_
 L e76_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e79_
 L e80_
 G e81_
 L e82_
 L e83_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e86_
 L e87_
 G e88_
 L e89_
 L e90_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e93_
 L e94_
 G e95_
 L e96_
 L e97_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e100_
 L e101_
 G e102_
 L e103_
 L e104_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e107_
 L e108_
 G e109_
 L e110_
 L e111_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e114_
 L e115_
 G e116_
 L e117_
 L e118_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e121_
 L e122_
 G e123_
 L e124_
 L e125_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e128_
 L e129_
 G e130_
 L e131_
 L e132_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e135_
 L e136_
 G e137_
 L e138_
 L e139_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e142_
 L e143_
 G e144_
 L e145_
 L e146_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e149_
 L e150_
 G e151_
 L e152_
 L e153_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e156_
 L e157_
 G e158_
 L e159_
 L e160_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e163_
 L e164_
 G e165_
 L e166_
 L e167_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e170_
 L e171_
 G e172_
 L e173_
 L e174_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e177_
 L e178_
 G e179_
 L e180_
 L e181_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e184_
 L e185_
 G e186_
 L e187_
 L e188_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e191_
 L e192_
 G e193_
 L e194_
 L e195_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e198_
 L e199_
 G e200_
 L e201_
 L e202_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e205_
 L e206_
 G e207_
 L e208_
 L e209_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e212_
 L e213_
 G e214_
 L e215_
 L e216_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e219_
 L e220_
 G e221_
 L e222_
 L e223_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e226_
 L e227_
 G e228_
 L e229_
 L e230_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e233_
 L e234_
 G e235_
 L e236_
 L e237_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e240_
 L e241_
 G e242_
 L e243_
 L e244_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e247_
 L e248_
 G e249_
 L e250_
 L e251_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e254_
 L e255_
 G e256_
 L e257_
 L e258_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e261_
 L e262_
 G e263_
 L e264_
 L e265_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e268_
 L e269_
 G e270_
 L e271_
 L e272_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -0.31486602975118516
 w_1_0_0 pre_definition_1_1_0 0.6998754733893278
 w_1_0_0 pre_definition_1_2_0 -0.3385945971490405
 w_1_0_0 pre_definition_1_3_0 -0.2663687985482328
 w_1_0_0 pre_definition_1_4_0 -0.36612964461925057
 w_1_0_0 pre_definition_1_5_0 0.6254948605598039
 w_1_0_0 pre_definition_1_6_0 -0.022131947139154118
 w_1_0_0 pre_definition_1_7_0 -0.5511278849453789
 w_1_0_0 pre_definition_1_8_0 -0.8484337930136483
 w_1_0_0 pre_definition_1_9_0 -0.3875176844044601
 w_1_0_0 pre_definition_1_10_0 0.790912883134117
 w_1_0_0 pre_definition_1_11_0 -0.768899347376587
 w_1_0_0 pre_definition_1_12_0 -0.6984726472288691
 w_1_0_0 pre_definition_1_13_0 0.18691520464892708
 w_1_0_0 pre_definition_1_14_0 -0.1868870355118124
 w_1_0_0 pre_definition_1_15_0 0.12362766768175004
 w_1_0_1 pre_definition_1_0_0 -0.124531325560856
 w_1_0_1 pre_definition_1_1_0 0.13473841839042566
 w_1_0_1 pre_definition_1_2_0 0.15443065345974438
 w_1_0_1 pre_definition_1_3_0 -0.9348719049873533
 w_1_0_1 pre_definition_1_4_0 0.21675033383994768
 w_1_0_1 pre_definition_1_5_0 0.3080786688565338
 w_1_0_1 pre_definition_1_6_0 -0.7824188190011583
 w_1_0_1 pre_definition_1_7_0 0.36370679876925127
 w_1_0_1 pre_definition_1_8_0 0.058180229168484976
 w_1_0_1 pre_definition_1_9_0 0.7855853830928239
 w_1_0_1 pre_definition_1_10_0 0.5961851049410993
 w_1_0_1 pre_definition_1_11_0 -0.3596229229691672
 w_1_0_1 pre_definition_1_12_0 -0.2888725384110351
 w_1_0_1 pre_definition_1_13_0 -0.03315638824999345
 w_1_0_1 pre_definition_1_14_0 -0.7242359698152563
 w_1_0_1 pre_definition_1_15_0 -0.7844802199332859
 w_1_1_0 pre_definition_1_0_1 -0.31486602975118516
 w_1_1_0 pre_definition_1_1_1 0.6998754733893278
 w_1_1_0 pre_definition_1_2_1 -0.3385945971490405
 w_1_1_0 pre_definition_1_3_1 -0.2663687985482328
 w_1_1_0 pre_definition_1_4_1 -0.36612964461925057
 w_1_1_0 pre_definition_1_5_1 0.6254948605598039
 w_1_1_0 pre_definition_1_6_1 -0.022131947139154118
 w_1_1_0 pre_definition_1_7_1 -0.5511278849453789
 w_1_1_0 pre_definition_1_8_1 -0.8484337930136483
 w_1_1_0 pre_definition_1_9_1 -0.3875176844044601
 w_1_1_0 pre_definition_1_10_1 0.790912883134117
 w_1_1_0 pre_definition_1_11_1 -0.768899347376587
 w_1_1_0 pre_definition_1_12_1 -0.6984726472288691
 w_1_1_0 pre_definition_1_13_1 0.18691520464892708
 w_1_1_0 pre_definition_1_14_1 -0.1868870355118124
 w_1_1_0 pre_definition_1_15_1 0.12362766768175004
 w_1_1_1 pre_definition_1_0_1 -0.124531325560856
 w_1_1_1 pre_definition_1_1_1 0.13473841839042566
 w_1_1_1 pre_definition_1_2_1 0.15443065345974438
 w_1_1_1 pre_definition_1_3_1 -0.9348719049873533
 w_1_1_1 pre_definition_1_4_1 0.21675033383994768
 w_1_1_1 pre_definition_1_5_1 0.3080786688565338
 w_1_1_1 pre_definition_1_6_1 -0.7824188190011583
 w_1_1_1 pre_definition_1_7_1 0.36370679876925127
 w_1_1_1 pre_definition_1_8_1 0.058180229168484976
 w_1_1_1 pre_definition_1_9_1 0.7855853830928239
 w_1_1_1 pre_definition_1_10_1 0.5961851049410993
 w_1_1_1 pre_definition_1_11_1 -0.3596229229691672
 w_1_1_1 pre_definition_1_12_1 -0.2888725384110351
 w_1_1_1 pre_definition_1_13_1 -0.03315638824999345
 w_1_1_1 pre_definition_1_14_1 -0.7242359698152563
 w_1_1_1 pre_definition_1_15_1 -0.7844802199332859
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
 b_1_0 pre_definition_1_13_0 -1
 b_1_0 pre_definition_1_14_0 -1
 b_1_0 pre_definition_1_15_0 -1
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
 b_1_1 pre_definition_1_13_1 -1
 b_1_1 pre_definition_1_14_1 -1
 b_1_1 pre_definition_1_15_1 -1
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
 b_2_0 out_definition_13_0 -1
 b_2_0 out_definition_14_0 -1
 b_2_0 out_definition_15_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e51_ -1
 pre_1_0_0 e52_ -1
 pre_1_0_0 e55_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e58_ -1
 pre_1_0_1 e59_ -1
 pre_1_0_1 e62_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e65_ -1
 pre_1_1_0 e66_ -1
 pre_1_1_0 e69_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e72_ -1
 pre_1_1_1 e73_ -1
 pre_1_1_1 e76_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e79_ -1
 pre_1_2_0 e80_ -1
 pre_1_2_0 e83_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e86_ -1
 pre_1_2_1 e87_ -1
 pre_1_2_1 e90_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e93_ -1
 pre_1_3_0 e94_ -1
 pre_1_3_0 e97_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e100_ -1
 pre_1_3_1 e101_ -1
 pre_1_3_1 e104_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e107_ -1
 pre_1_4_0 e108_ -1
 pre_1_4_0 e111_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e114_ -1
 pre_1_4_1 e115_ -1
 pre_1_4_1 e118_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e121_ -1
 pre_1_5_0 e122_ -1
 pre_1_5_0 e125_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e128_ -1
 pre_1_5_1 e129_ -1
 pre_1_5_1 e132_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e135_ -1
 pre_1_6_0 e136_ -1
 pre_1_6_0 e139_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e142_ -1
 pre_1_6_1 e143_ -1
 pre_1_6_1 e146_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e149_ -1
 pre_1_7_0 e150_ -1
 pre_1_7_0 e153_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e156_ -1
 pre_1_7_1 e157_ -1
 pre_1_7_1 e160_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e163_ -1
 pre_1_8_0 e164_ -1
 pre_1_8_0 e167_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e170_ -1
 pre_1_8_1 e171_ -1
 pre_1_8_1 e174_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e177_ -1
 pre_1_9_0 e178_ -1
 pre_1_9_0 e181_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e184_ -1
 pre_1_9_1 e185_ -1
 pre_1_9_1 e188_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e191_ -1
 pre_1_10_0 e192_ -1
 pre_1_10_0 e195_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e198_ -1
 pre_1_10_1 e199_ -1
 pre_1_10_1 e202_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e205_ -1
 pre_1_11_0 e206_ -1
 pre_1_11_0 e209_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e212_ -1
 pre_1_11_1 e213_ -1
 pre_1_11_1 e216_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e219_ -1
 pre_1_12_0 e220_ -1
 pre_1_12_0 e223_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e226_ -1
 pre_1_12_1 e227_ -1
 pre_1_12_1 e230_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e233_ -1
 pre_1_13_0 e234_ -1
 pre_1_13_0 e237_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e240_ -1
 pre_1_13_1 e241_ -1
 pre_1_13_1 e244_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e247_ -1
 pre_1_14_0 e248_ -1
 pre_1_14_0 e251_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e254_ -1
 pre_1_14_1 e255_ -1
 pre_1_14_1 e258_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e261_ -1
 pre_1_15_0 e262_ -1
 pre_1_15_0 e265_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e268_ -1
 pre_1_15_1 e269_ -1
 pre_1_15_1 e272_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e51_ 1
 post_1_0_0 e52_ 1
 post_1_0_0 e53_ 1
 post_1_0_0 e54_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e58_ 1
 post_1_0_1 e59_ 1
 post_1_0_1 e60_ 1
 post_1_0_1 e61_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e65_ 1
 post_1_1_0 e66_ 1
 post_1_1_0 e67_ 1
 post_1_1_0 e68_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e72_ 1
 post_1_1_1 e73_ 1
 post_1_1_1 e74_ 1
 post_1_1_1 e75_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e79_ 1
 post_1_2_0 e80_ 1
 post_1_2_0 e81_ 1
 post_1_2_0 e82_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e86_ 1
 post_1_2_1 e87_ 1
 post_1_2_1 e88_ 1
 post_1_2_1 e89_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e93_ 1
 post_1_3_0 e94_ 1
 post_1_3_0 e95_ 1
 post_1_3_0 e96_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e100_ 1
 post_1_3_1 e101_ 1
 post_1_3_1 e102_ 1
 post_1_3_1 e103_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e107_ 1
 post_1_4_0 e108_ 1
 post_1_4_0 e109_ 1
 post_1_4_0 e110_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e114_ 1
 post_1_4_1 e115_ 1
 post_1_4_1 e116_ 1
 post_1_4_1 e117_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e121_ 1
 post_1_5_0 e122_ 1
 post_1_5_0 e123_ 1
 post_1_5_0 e124_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e128_ 1
 post_1_5_1 e129_ 1
 post_1_5_1 e130_ 1
 post_1_5_1 e131_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e135_ 1
 post_1_6_0 e136_ 1
 post_1_6_0 e137_ 1
 post_1_6_0 e138_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e142_ 1
 post_1_6_1 e143_ 1
 post_1_6_1 e144_ 1
 post_1_6_1 e145_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e149_ 1
 post_1_7_0 e150_ 1
 post_1_7_0 e151_ 1
 post_1_7_0 e152_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e156_ 1
 post_1_7_1 e157_ 1
 post_1_7_1 e158_ 1
 post_1_7_1 e159_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e163_ 1
 post_1_8_0 e164_ 1
 post_1_8_0 e165_ 1
 post_1_8_0 e166_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e170_ 1
 post_1_8_1 e171_ 1
 post_1_8_1 e172_ 1
 post_1_8_1 e173_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e177_ 1
 post_1_9_0 e178_ 1
 post_1_9_0 e179_ 1
 post_1_9_0 e180_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e184_ 1
 post_1_9_1 e185_ 1
 post_1_9_1 e186_ 1
 post_1_9_1 e187_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e191_ 1
 post_1_10_0 e192_ 1
 post_1_10_0 e193_ 1
 post_1_10_0 e194_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e198_ 1
 post_1_10_1 e199_ 1
 post_1_10_1 e200_ 1
 post_1_10_1 e201_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e205_ 1
 post_1_11_0 e206_ 1
 post_1_11_0 e207_ 1
 post_1_11_0 e208_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e212_ 1
 post_1_11_1 e213_ 1
 post_1_11_1 e214_ 1
 post_1_11_1 e215_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e219_ 1
 post_1_12_0 e220_ 1
 post_1_12_0 e221_ 1
 post_1_12_0 e222_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e226_ 1
 post_1_12_1 e227_ 1
 post_1_12_1 e228_ 1
 post_1_12_1 e229_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e233_ 1
 post_1_13_0 e234_ 1
 post_1_13_0 e235_ 1
 post_1_13_0 e236_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e240_ 1
 post_1_13_1 e241_ 1
 post_1_13_1 e242_ 1
 post_1_13_1 e243_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e247_ 1
 post_1_14_0 e248_ 1
 post_1_14_0 e249_ 1
 post_1_14_0 e250_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e254_ 1
 post_1_14_1 e255_ 1
 post_1_14_1 e256_ 1
 post_1_14_1 e257_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e261_ 1
 post_1_15_0 e262_ 1
 post_1_15_0 e263_ 1
 post_1_15_0 e264_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e268_ 1
 post_1_15_1 e269_ 1
 post_1_15_1 e270_ 1
 post_1_15_1 e271_ 1
 out_0_0 obj 1.5244956362767803
 out_0_0 out_definition_0_0 1
 out_1_0 obj 2.013739828867477
 out_1_0 out_definition_1_0 1
 out_2_0 obj 2.6583586264972214
 out_2_0 out_definition_2_0 1
 out_3_0 obj 1.0127799680766552
 out_3_0 out_definition_3_0 1
 out_4_0 obj 2.3849563910551326
 out_4_0 out_definition_4_0 1
 out_5_0 obj 2.2857084507905565
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.6352531245284562
 out_6_0 out_definition_6_0 1
 out_7_0 obj 3.3374463266436702
 out_7_0 out_definition_7_0 1
 out_8_0 obj 2.521102785930888
 out_8_0 out_definition_8_0 1
 out_9_0 obj 3.495339954832161
 out_9_0 out_definition_9_0 1
 out_10_0 obj 2.9992860938348933
 out_10_0 out_definition_10_0 1
 out_11_0 obj 2.0203739012636786
 out_11_0 out_definition_11_0 1
 out_12_0 obj 1.8319331531511662
 out_12_0 out_definition_12_0 1
 out_13_0 obj 1.7832715689026186
 out_13_0 out_definition_13_0 1
 out_14_0 obj 0.7001822439454916
 out_14_0 out_definition_14_0 1
 out_15_0 obj 0.42514514571241885
 out_15_0 out_definition_15_0 1
 M89 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e51_ -4.318192065936124
 relu_1_0_0_on_binary_indicator_var e52_ 8.636384131872248
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e54_ 4.318192065936124
 relu_1_0_0_off_binary_indicator_var e55_ 4.318192065936124
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e58_ -4.318192065936124
 relu_1_0_1_on_binary_indicator_var e59_ 8.636384131872248
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e61_ 4.318192065936124
 relu_1_0_1_off_binary_indicator_var e62_ 4.318192065936124
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e65_ -5.5038416753392605
 relu_1_1_0_on_binary_indicator_var e66_ 11.007683350678521
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e68_ 5.5038416753392605
 relu_1_1_0_off_binary_indicator_var e69_ 5.5038416753392605
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e72_ -5.5038416753392605
 relu_1_1_1_on_binary_indicator_var e73_ 11.007683350678521
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e75_ 5.5038416753392605
 relu_1_1_1_off_binary_indicator_var e76_ 5.5038416753392605
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e79_ -4.479075751826355
 relu_1_2_0_on_binary_indicator_var e80_ 8.95815150365271
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e82_ 4.479075751826355
 relu_1_2_0_off_binary_indicator_var e83_ 4.479075751826355
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e86_ -4.479075751826355
 relu_1_2_1_on_binary_indicator_var e87_ 8.95815150365271
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e89_ 4.479075751826355
 relu_1_2_1_off_binary_indicator_var e90_ 4.479075751826355
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e93_ -6.603722110606759
 relu_1_3_0_on_binary_indicator_var e94_ 13.207444221213517
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e96_ 6.603722110606759
 relu_1_3_0_off_binary_indicator_var e97_ 6.603722110606759
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e100_ -6.603722110606759
 relu_1_3_1_on_binary_indicator_var e101_ 13.207444221213517
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e103_ 6.603722110606759
 relu_1_3_1_off_binary_indicator_var e104_ 6.603722110606759
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e107_ -4.748639935377595
 relu_1_4_0_on_binary_indicator_var e108_ 9.49727987075519
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e110_ 4.748639935377595
 relu_1_4_0_off_binary_indicator_var e111_ 4.748639935377595
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e114_ -4.748639935377595
 relu_1_4_1_on_binary_indicator_var e115_ 9.49727987075519
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e117_ 4.748639935377595
 relu_1_4_1_off_binary_indicator_var e118_ 4.748639935377595
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e121_ -5.800720588249013
 relu_1_5_0_on_binary_indicator_var e122_ 11.601441176498026
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e124_ 5.800720588249013
 relu_1_5_0_off_binary_indicator_var e125_ 5.800720588249013
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e128_ -5.800720588249013
 relu_1_5_1_on_binary_indicator_var e129_ 11.601441176498026
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e131_ 5.800720588249013
 relu_1_5_1_off_binary_indicator_var e132_ 5.800720588249013
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e135_ -5.413652298420937
 relu_1_6_0_on_binary_indicator_var e136_ 10.827304596841874
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e138_ 5.413652298420937
 relu_1_6_0_off_binary_indicator_var e139_ 5.413652298420937
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e142_ -5.413652298420937
 relu_1_6_1_on_binary_indicator_var e143_ 10.827304596841874
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e145_ 5.413652298420937
 relu_1_6_1_off_binary_indicator_var e146_ 5.413652298420937
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e149_ -5.74450405114389
 relu_1_7_0_on_binary_indicator_var e150_ 11.48900810228778
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e152_ 5.74450405114389
 relu_1_7_0_off_binary_indicator_var e153_ 5.74450405114389
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e156_ -5.74450405114389
 relu_1_7_1_on_binary_indicator_var e157_ 11.48900810228778
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e159_ 5.74450405114389
 relu_1_7_1_off_binary_indicator_var e160_ 5.74450405114389
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e163_ -5.7198420665464
 relu_1_8_0_on_binary_indicator_var e164_ 11.4396841330928
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e166_ 5.7198420665464
 relu_1_8_0_off_binary_indicator_var e167_ 5.7198420665464
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e170_ -5.7198420665464
 relu_1_8_1_on_binary_indicator_var e171_ 11.4396841330928
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e173_ 5.7198420665464
 relu_1_8_1_off_binary_indicator_var e174_ 5.7198420665464
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e177_ -6.519309202491852
 relu_1_9_0_on_binary_indicator_var e178_ 13.038618404983705
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e180_ 6.519309202491852
 relu_1_9_0_off_binary_indicator_var e181_ 6.519309202491852
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e184_ -6.519309202491852
 relu_1_9_1_on_binary_indicator_var e185_ 13.038618404983705
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e187_ 6.519309202491852
 relu_1_9_1_off_binary_indicator_var e188_ 6.519309202491852
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e191_ -7.161293964225649
 relu_1_10_0_on_binary_indicator_var e192_ 14.322587928451298
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e194_ 7.161293964225649
 relu_1_10_0_off_binary_indicator_var e195_ 7.161293964225649
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e198_ -7.161293964225649
 relu_1_10_1_on_binary_indicator_var e199_ 14.322587928451298
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e201_ 7.161293964225649
 relu_1_10_1_off_binary_indicator_var e202_ 7.161293964225649
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e205_ -6.385566811037263
 relu_1_11_0_on_binary_indicator_var e206_ 12.771133622074526
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e208_ 6.385566811037263
 relu_1_11_0_off_binary_indicator_var e209_ 6.385566811037263
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e212_ -6.385566811037263
 relu_1_11_1_on_binary_indicator_var e213_ 12.771133622074526
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e215_ 6.385566811037263
 relu_1_11_1_off_binary_indicator_var e216_ 6.385566811037263
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e219_ -5.962035556919712
 relu_1_12_0_on_binary_indicator_var e220_ 11.924071113839425
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e222_ 5.962035556919712
 relu_1_12_0_off_binary_indicator_var e223_ 5.962035556919712
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e226_ -5.962035556919712
 relu_1_12_1_on_binary_indicator_var e227_ 11.924071113839425
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e229_ 5.962035556919712
 relu_1_12_1_off_binary_indicator_var e230_ 5.962035556919712
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e233_ -3.6602147786967616
 relu_1_13_0_on_binary_indicator_var e234_ 7.320429557393523
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e236_ 3.6602147786967616
 relu_1_13_0_off_binary_indicator_var e237_ 3.6602147786967616
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e240_ -3.6602147786967616
 relu_1_13_1_on_binary_indicator_var e241_ 7.320429557393523
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e243_ 3.6602147786967616
 relu_1_13_1_off_binary_indicator_var e244_ 3.6602147786967616
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e247_ -5.733369015981206
 relu_1_14_0_on_binary_indicator_var e248_ 11.466738031962413
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e250_ 5.733369015981206
 relu_1_14_0_off_binary_indicator_var e251_ 5.733369015981206
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e254_ -5.733369015981206
 relu_1_14_1_on_binary_indicator_var e255_ 11.466738031962413
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e257_ 5.733369015981206
 relu_1_14_1_off_binary_indicator_var e258_ 5.733369015981206
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e261_ -5.724323662845108
 relu_1_15_0_on_binary_indicator_var e262_ 11.448647325690215
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e264_ 5.724323662845108
 relu_1_15_0_off_binary_indicator_var e265_ 5.724323662845108
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e268_ -5.724323662845108
 relu_1_15_1_on_binary_indicator_var e269_ 11.448647325690215
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e271_ 5.724323662845108
 relu_1_15_1_off_binary_indicator_var e272_ 5.724323662845108
 M153 'MARKER' 'INTEND'
RHS
 rhs obj -18.946108021321955
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e51_ -4.318192065936124
 rhs e52_ 8.636384131872248
 rhs e54_ 4.318192065936124
 rhs e55_ 4.318192065936124
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e58_ -4.318192065936124
 rhs e59_ 8.636384131872248
 rhs e61_ 4.318192065936124
 rhs e62_ 4.318192065936124
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e65_ -5.5038416753392605
 rhs e66_ 11.007683350678521
 rhs e68_ 5.5038416753392605
 rhs e69_ 5.5038416753392605
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e72_ -5.5038416753392605
 rhs e73_ 11.007683350678521
 rhs e75_ 5.5038416753392605
 rhs e76_ 5.5038416753392605
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e79_ -4.479075751826355
 rhs e80_ 8.95815150365271
 rhs e82_ 4.479075751826355
 rhs e83_ 4.479075751826355
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e86_ -4.479075751826355
 rhs e87_ 8.95815150365271
 rhs e89_ 4.479075751826355
 rhs e90_ 4.479075751826355
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e93_ -6.603722110606759
 rhs e94_ 13.207444221213517
 rhs e96_ 6.603722110606759
 rhs e97_ 6.603722110606759
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e100_ -6.603722110606759
 rhs e101_ 13.207444221213517
 rhs e103_ 6.603722110606759
 rhs e104_ 6.603722110606759
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e107_ -4.748639935377595
 rhs e108_ 9.49727987075519
 rhs e110_ 4.748639935377595
 rhs e111_ 4.748639935377595
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e114_ -4.748639935377595
 rhs e115_ 9.49727987075519
 rhs e117_ 4.748639935377595
 rhs e118_ 4.748639935377595
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e121_ -5.800720588249013
 rhs e122_ 11.601441176498026
 rhs e124_ 5.800720588249013
 rhs e125_ 5.800720588249013
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e128_ -5.800720588249013
 rhs e129_ 11.601441176498026
 rhs e131_ 5.800720588249013
 rhs e132_ 5.800720588249013
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e135_ -5.413652298420937
 rhs e136_ 10.827304596841874
 rhs e138_ 5.413652298420937
 rhs e139_ 5.413652298420937
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e142_ -5.413652298420937
 rhs e143_ 10.827304596841874
 rhs e145_ 5.413652298420937
 rhs e146_ 5.413652298420937
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e149_ -5.74450405114389
 rhs e150_ 11.48900810228778
 rhs e152_ 5.74450405114389
 rhs e153_ 5.74450405114389
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e156_ -5.74450405114389
 rhs e157_ 11.48900810228778
 rhs e159_ 5.74450405114389
 rhs e160_ 5.74450405114389
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e163_ -5.7198420665464
 rhs e164_ 11.4396841330928
 rhs e166_ 5.7198420665464
 rhs e167_ 5.7198420665464
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e170_ -5.7198420665464
 rhs e171_ 11.4396841330928
 rhs e173_ 5.7198420665464
 rhs e174_ 5.7198420665464
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e177_ -6.519309202491852
 rhs e178_ 13.038618404983705
 rhs e180_ 6.519309202491852
 rhs e181_ 6.519309202491852
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e184_ -6.519309202491852
 rhs e185_ 13.038618404983705
 rhs e187_ 6.519309202491852
 rhs e188_ 6.519309202491852
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e191_ -7.161293964225649
 rhs e192_ 14.322587928451298
 rhs e194_ 7.161293964225649
 rhs e195_ 7.161293964225649
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e198_ -7.161293964225649
 rhs e199_ 14.322587928451298
 rhs e201_ 7.161293964225649
 rhs e202_ 7.161293964225649
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e205_ -6.385566811037263
 rhs e206_ 12.771133622074526
 rhs e208_ 6.385566811037263
 rhs e209_ 6.385566811037263
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e212_ -6.385566811037263
 rhs e213_ 12.771133622074526
 rhs e215_ 6.385566811037263
 rhs e216_ 6.385566811037263
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e219_ -5.962035556919712
 rhs e220_ 11.924071113839425
 rhs e222_ 5.962035556919712
 rhs e223_ 5.962035556919712
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e226_ -5.962035556919712
 rhs e227_ 11.924071113839425
 rhs e229_ 5.962035556919712
 rhs e230_ 5.962035556919712
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e233_ -3.6602147786967616
 rhs e234_ 7.320429557393523
 rhs e236_ 3.6602147786967616
 rhs e237_ 3.6602147786967616
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e240_ -3.6602147786967616
 rhs e241_ 7.320429557393523
 rhs e243_ 3.6602147786967616
 rhs e244_ 3.6602147786967616
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e247_ -5.733369015981206
 rhs e248_ 11.466738031962413
 rhs e250_ 5.733369015981206
 rhs e251_ 5.733369015981206
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e254_ -5.733369015981206
 rhs e255_ 11.466738031962413
 rhs e257_ 5.733369015981206
 rhs e258_ 5.733369015981206
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e261_ -5.724323662845108
 rhs e262_ 11.448647325690215
 rhs e264_ 5.724323662845108
 rhs e265_ 5.724323662845108
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e268_ -5.724323662845108
 rhs e269_ 11.448647325690215
 rhs e271_ 5.724323662845108
 rhs e272_ 5.724323662845108
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
 LO bnd pre_1_0_0 -4.318192065936124
 UP bnd pre_1_0_0 4.318192065936124
 LO bnd pre_1_0_1 -4.318192065936124
 UP bnd pre_1_0_1 4.318192065936124
 LO bnd pre_1_1_0 -5.5038416753392605
 UP bnd pre_1_1_0 5.5038416753392605
 LO bnd pre_1_1_1 -5.5038416753392605
 UP bnd pre_1_1_1 5.5038416753392605
 LO bnd pre_1_2_0 -4.479075751826355
 UP bnd pre_1_2_0 4.479075751826355
 LO bnd pre_1_2_1 -4.479075751826355
 UP bnd pre_1_2_1 4.479075751826355
 LO bnd pre_1_3_0 -6.603722110606759
 UP bnd pre_1_3_0 6.603722110606759
 LO bnd pre_1_3_1 -6.603722110606759
 UP bnd pre_1_3_1 6.603722110606759
 LO bnd pre_1_4_0 -4.748639935377595
 UP bnd pre_1_4_0 4.748639935377595
 LO bnd pre_1_4_1 -4.748639935377595
 UP bnd pre_1_4_1 4.748639935377595
 LO bnd pre_1_5_0 -5.800720588249013
 UP bnd pre_1_5_0 5.800720588249013
 LO bnd pre_1_5_1 -5.800720588249013
 UP bnd pre_1_5_1 5.800720588249013
 LO bnd pre_1_6_0 -5.413652298420937
 UP bnd pre_1_6_0 5.413652298420937
 LO bnd pre_1_6_1 -5.413652298420937
 UP bnd pre_1_6_1 5.413652298420937
 LO bnd pre_1_7_0 -5.74450405114389
 UP bnd pre_1_7_0 5.74450405114389
 LO bnd pre_1_7_1 -5.74450405114389
 UP bnd pre_1_7_1 5.74450405114389
 LO bnd pre_1_8_0 -5.7198420665464
 UP bnd pre_1_8_0 5.7198420665464
 LO bnd pre_1_8_1 -5.7198420665464
 UP bnd pre_1_8_1 5.7198420665464
 LO bnd pre_1_9_0 -6.519309202491852
 UP bnd pre_1_9_0 6.519309202491852
 LO bnd pre_1_9_1 -6.519309202491852
 UP bnd pre_1_9_1 6.519309202491852
 LO bnd pre_1_10_0 -7.161293964225649
 UP bnd pre_1_10_0 7.161293964225649
 LO bnd pre_1_10_1 -7.161293964225649
 UP bnd pre_1_10_1 7.161293964225649
 LO bnd pre_1_11_0 -6.385566811037263
 UP bnd pre_1_11_0 6.385566811037263
 LO bnd pre_1_11_1 -6.385566811037263
 UP bnd pre_1_11_1 6.385566811037263
 LO bnd pre_1_12_0 -5.962035556919712
 UP bnd pre_1_12_0 5.962035556919712
 LO bnd pre_1_12_1 -5.962035556919712
 UP bnd pre_1_12_1 5.962035556919712
 LO bnd pre_1_13_0 -3.6602147786967616
 UP bnd pre_1_13_0 3.6602147786967616
 LO bnd pre_1_13_1 -3.6602147786967616
 UP bnd pre_1_13_1 3.6602147786967616
 LO bnd pre_1_14_0 -5.733369015981206
 UP bnd pre_1_14_0 5.733369015981206
 LO bnd pre_1_14_1 -5.733369015981206
 UP bnd pre_1_14_1 5.733369015981206
 LO bnd pre_1_15_0 -5.724323662845108
 UP bnd pre_1_15_0 5.724323662845108
 LO bnd pre_1_15_1 -5.724323662845108
 UP bnd pre_1_15_1 5.724323662845108
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 4.318192065936124
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 4.318192065936124
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 5.5038416753392605
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 5.5038416753392605
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 4.479075751826355
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 4.479075751826355
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6.603722110606759
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6.603722110606759
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 4.748639935377595
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 4.748639935377595
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5.800720588249013
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 5.800720588249013
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 5.413652298420937
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 5.413652298420937
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 5.74450405114389
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 5.74450405114389
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 5.7198420665464
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 5.7198420665464
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 6.519309202491852
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 6.519309202491852
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 7.161293964225649
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 7.161293964225649
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 6.385566811037263
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 6.385566811037263
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 5.962035556919712
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 5.962035556919712
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 3.6602147786967616
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 3.6602147786967616
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 5.733369015981206
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 5.733369015981206
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 5.724323662845108
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 5.724323662845108
 LO bnd out_0_0 -28.909152395616744
 UP bnd out_0_0 28.909152395616744
 LO bnd out_1_0 -36.023050052035565
 UP bnd out_1_0 36.023050052035565
 LO bnd out_2_0 -29.87445451095813
 UP bnd out_2_0 29.87445451095813
 LO bnd out_3_0 -42.62233266364055
 UP bnd out_3_0 42.62233266364055
 LO bnd out_4_0 -31.49183961226557
 UP bnd out_4_0 31.49183961226557
 LO bnd out_5_0 -37.80432352949408
 UP bnd out_5_0 37.80432352949408
 LO bnd out_6_0 -35.481913790525624
 UP bnd out_6_0 35.481913790525624
 LO bnd out_7_0 -37.46702430686334
 UP bnd out_7_0 37.46702430686334
 LO bnd out_8_0 -37.319052399278405
 UP bnd out_8_0 37.319052399278405
 LO bnd out_9_0 -42.11585521495111
 UP bnd out_9_0 42.11585521495111
 LO bnd out_10_0 -45.967763785353895
 UP bnd out_10_0 45.967763785353895
 LO bnd out_11_0 -41.313400866223574
 UP bnd out_11_0 41.313400866223574
 LO bnd out_12_0 -38.772213341518274
 UP bnd out_12_0 38.772213341518274
 LO bnd out_13_0 -24.96128867218057
 UP bnd out_13_0 24.96128867218057
 LO bnd out_14_0 -37.400214095887236
 UP bnd out_14_0 37.400214095887236
 LO bnd out_15_0 -37.345941977070645
 UP bnd out_15_0 37.345941977070645
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
 BV bnd relu_1_13_0_on_binary_indicator_var
 BV bnd relu_1_13_0_off_binary_indicator_var
 BV bnd relu_1_13_1_on_binary_indicator_var
 BV bnd relu_1_13_1_off_binary_indicator_var
 BV bnd relu_1_14_0_on_binary_indicator_var
 BV bnd relu_1_14_0_off_binary_indicator_var
 BV bnd relu_1_14_1_on_binary_indicator_var
 BV bnd relu_1_14_1_off_binary_indicator_var
 BV bnd relu_1_15_0_on_binary_indicator_var
 BV bnd relu_1_15_0_off_binary_indicator_var
 BV bnd relu_1_15_1_on_binary_indicator_var
 BV bnd relu_1_15_1_off_binary_indicator_var
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
 out_13_0 out_13_0 2
 out_14_0 out_14_0 2
 out_15_0 out_15_0 2
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
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
QCMATRIX out_definition_15_0
 w_2_0_0 post_1_15_0 -0.5
 post_1_15_0 w_2_0_0 -0.5
 w_2_0_1 post_1_15_1 -0.5
 post_1_15_1 w_2_0_1 -0.5
ENDATA
