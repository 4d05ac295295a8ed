* teacher-N16-n2-m2-p1-s1-p1-plain-indicator  (relu-opt library: teacher-N16-n2-m2-p1-s1, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m2-p1-s1-p1-plain-indicator
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
 w_1_0_0 pre_definition_1_0_0 0.9448817735138633
 w_1_0_0 pre_definition_1_1_0 -0.07628662643855644
 w_1_0_0 pre_definition_1_2_0 -0.5768574068568086
 w_1_0_0 pre_definition_1_3_0 0.09300422103869699
 w_1_0_0 pre_definition_1_4_0 0.19377402710574154
 w_1_0_0 pre_definition_1_5_0 0.475373319116301
 w_1_0_0 pre_definition_1_6_0 0.43918248402792015
 w_1_0_0 pre_definition_1_7_0 -0.9614743996024773
 w_1_0_0 pre_definition_1_8_0 -0.4495798815470673
 w_1_0_0 pre_definition_1_9_0 0.44621759190925836
 w_1_0_0 pre_definition_1_10_0 -0.9398508264322651
 w_1_0_0 pre_definition_1_11_0 0.7682687750584594
 w_1_0_0 pre_definition_1_12_0 -0.553366228684596
 w_1_0_0 pre_definition_1_13_0 -0.8345954095818053
 w_1_0_0 pre_definition_1_14_0 -0.057178526520043294
 w_1_0_0 pre_definition_1_15_0 0.8753008417002488
 w_1_0_1 pre_definition_1_0_0 -0.5070262173496132
 w_1_0_1 pre_definition_1_1_0 0.34053656700181567
 w_1_0_1 pre_definition_1_2_0 0.39361034141671003
 w_1_0_1 pre_definition_1_3_0 0.7319166055056705
 w_1_0_1 pre_definition_1_4_0 0.5930895186477008
 w_1_0_1 pre_definition_1_5_0 -0.5007293452601052
 w_1_0_1 pre_definition_1_6_0 0.029618051136729884
 w_1_0_1 pre_definition_1_7_0 -0.9233143873275735
 w_1_0_1 pre_definition_1_8_0 -0.08245371109486843
 w_1_0_1 pre_definition_1_9_0 0.6786959824497463
 w_1_0_1 pre_definition_1_10_0 -0.03213717109575742
 w_1_0_1 pre_definition_1_11_0 -0.24697951107500082
 w_1_0_1 pre_definition_1_12_0 -0.22600660210608092
 w_1_0_1 pre_definition_1_13_0 0.9208142466715943
 w_1_0_1 pre_definition_1_14_0 0.08132823422919255
 w_1_0_1 pre_definition_1_15_0 -0.2826563382787499
 w_1_1_0 pre_definition_1_0_1 0.9448817735138633
 w_1_1_0 pre_definition_1_1_1 -0.07628662643855644
 w_1_1_0 pre_definition_1_2_1 -0.5768574068568086
 w_1_1_0 pre_definition_1_3_1 0.09300422103869699
 w_1_1_0 pre_definition_1_4_1 0.19377402710574154
 w_1_1_0 pre_definition_1_5_1 0.475373319116301
 w_1_1_0 pre_definition_1_6_1 0.43918248402792015
 w_1_1_0 pre_definition_1_7_1 -0.9614743996024773
 w_1_1_0 pre_definition_1_8_1 -0.4495798815470673
 w_1_1_0 pre_definition_1_9_1 0.44621759190925836
 w_1_1_0 pre_definition_1_10_1 -0.9398508264322651
 w_1_1_0 pre_definition_1_11_1 0.7682687750584594
 w_1_1_0 pre_definition_1_12_1 -0.553366228684596
 w_1_1_0 pre_definition_1_13_1 -0.8345954095818053
 w_1_1_0 pre_definition_1_14_1 -0.057178526520043294
 w_1_1_0 pre_definition_1_15_1 0.8753008417002488
 w_1_1_1 pre_definition_1_0_1 -0.5070262173496132
 w_1_1_1 pre_definition_1_1_1 0.34053656700181567
 w_1_1_1 pre_definition_1_2_1 0.39361034141671003
 w_1_1_1 pre_definition_1_3_1 0.7319166055056705
 w_1_1_1 pre_definition_1_4_1 0.5930895186477008
 w_1_1_1 pre_definition_1_5_1 -0.5007293452601052
 w_1_1_1 pre_definition_1_6_1 0.029618051136729884
 w_1_1_1 pre_definition_1_7_1 -0.9233143873275735
 w_1_1_1 pre_definition_1_8_1 -0.08245371109486843
 w_1_1_1 pre_definition_1_9_1 0.6786959824497463
 w_1_1_1 pre_definition_1_10_1 -0.03213717109575742
 w_1_1_1 pre_definition_1_11_1 -0.24697951107500082
 w_1_1_1 pre_definition_1_12_1 -0.22600660210608092
 w_1_1_1 pre_definition_1_13_1 0.9208142466715943
 w_1_1_1 pre_definition_1_14_1 0.08132823422919255
 w_1_1_1 pre_definition_1_15_1 -0.2826563382787499
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
 out_0_0 obj 0.3246981461884506
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.061729418336125524
 out_1_0 out_definition_1_0 1
 out_2_0 obj -0.1839660147467925
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.009424426080082482
 out_3_0 out_definition_3_0 1
 out_4_0 obj -0.17872075712179453
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.07039654752462307
 out_5_0 out_definition_5_0 1
 out_6_0 obj -0.15731873171275285
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.723991172119347
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.31712436504940256
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.3766081415487037
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.26254441160555075
 out_10_0 out_definition_10_0 1
 out_11_0 obj 0.18865211821842057
 out_11_0 out_definition_11_0 1
 out_12_0 obj -0.34470520744932615
 out_12_0 out_definition_12_0 1
 out_13_0 obj -0.09808674699882751
 out_13_0 out_definition_13_0 1
 out_14_0 obj -0.374206874349835
 out_14_0 out_definition_14_0 1
 out_15_0 obj 0.27865688226737595
 out_15_0 out_definition_15_0 1
 M89 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e51_ -7.355723972590429
 relu_1_0_0_on_binary_indicator_var e52_ 14.711447945180858
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e54_ 7.355723972590429
 relu_1_0_0_off_binary_indicator_var e55_ 7.355723972590429
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e58_ -7.355723972590429
 relu_1_0_1_on_binary_indicator_var e59_ 14.711447945180858
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e61_ 7.355723972590429
 relu_1_0_1_off_binary_indicator_var e62_ 7.355723972590429
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e65_ -4.250469580321116
 relu_1_1_0_on_binary_indicator_var e66_ 8.500939160642233
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e68_ 4.250469580321116
 relu_1_1_0_off_binary_indicator_var e69_ 4.250469580321116
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e72_ -4.250469580321116
 relu_1_1_1_on_binary_indicator_var e73_ 8.500939160642233
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e75_ 4.250469580321116
 relu_1_1_1_off_binary_indicator_var e76_ 4.250469580321116
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e79_ -5.911403244820556
 relu_1_2_0_on_binary_indicator_var e80_ 11.822806489641112
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e82_ 5.911403244820556
 relu_1_2_0_off_binary_indicator_var e83_ 5.911403244820556
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e86_ -5.911403244820556
 relu_1_2_1_on_binary_indicator_var e87_ 11.822806489641112
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e89_ 5.911403244820556
 relu_1_2_1_off_binary_indicator_var e90_ 5.911403244820556
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e93_ -5.474762479633102
 relu_1_3_0_on_binary_indicator_var e94_ 10.949524959266205
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e96_ 5.474762479633102
 relu_1_3_0_off_binary_indicator_var e97_ 5.474762479633102
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e100_ -5.474762479633102
 relu_1_3_1_on_binary_indicator_var e101_ 10.949524959266205
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e103_ 5.474762479633102
 relu_1_3_1_off_binary_indicator_var e104_ 5.474762479633102
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e107_ -5.3605906372603265
 relu_1_4_0_on_binary_indicator_var e108_ 10.721181274520653
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e110_ 5.3605906372603265
 relu_1_4_0_off_binary_indicator_var e111_ 5.3605906372603265
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e114_ -5.3605906372603265
 relu_1_4_1_on_binary_indicator_var e115_ 10.721181274520653
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e117_ 5.3605906372603265
 relu_1_4_1_off_binary_indicator_var e118_ 5.3605906372603265
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e121_ -5.928307993129218
 relu_1_5_0_on_binary_indicator_var e122_ 11.856615986258436
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e124_ 5.928307993129218
 relu_1_5_0_off_binary_indicator_var e125_ 5.928307993129218
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e128_ -5.928307993129218
 relu_1_5_1_on_binary_indicator_var e129_ 11.856615986258436
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e131_ 5.928307993129218
 relu_1_5_1_off_binary_indicator_var e132_ 5.928307993129218
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e135_ -4.40640160549395
 relu_1_6_0_on_binary_indicator_var e136_ 8.8128032109879
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e138_ 4.40640160549395
 relu_1_6_0_off_binary_indicator_var e139_ 4.40640160549395
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e142_ -4.40640160549395
 relu_1_6_1_on_binary_indicator_var e143_ 8.8128032109879
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e145_ 4.40640160549395
 relu_1_6_1_off_binary_indicator_var e146_ 4.40640160549395
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e149_ -8.654366360790153
 relu_1_7_0_on_binary_indicator_var e150_ 17.308732721580306
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e152_ 8.654366360790153
 relu_1_7_0_off_binary_indicator_var e153_ 8.654366360790153
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e156_ -8.654366360790153
 relu_1_7_1_on_binary_indicator_var e157_ 17.308732721580306
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e159_ 8.654366360790153
 relu_1_7_1_off_binary_indicator_var e160_ 8.654366360790153
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e163_ -4.596100777925807
 relu_1_8_0_on_binary_indicator_var e164_ 9.192201555851614
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e166_ 4.596100777925807
 relu_1_8_0_off_binary_indicator_var e167_ 4.596100777925807
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e170_ -4.596100777925807
 relu_1_8_1_on_binary_indicator_var e171_ 9.192201555851614
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e173_ 4.596100777925807
 relu_1_8_1_off_binary_indicator_var e174_ 4.596100777925807
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e177_ -6.374740723077014
 relu_1_9_0_on_binary_indicator_var e178_ 12.749481446154029
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e180_ 6.374740723077014
 relu_1_9_0_off_binary_indicator_var e181_ 6.374740723077014
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e184_ -6.374740723077014
 relu_1_9_1_on_binary_indicator_var e185_ 12.749481446154029
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e187_ 6.374740723077014
 relu_1_9_1_off_binary_indicator_var e188_ 6.374740723077014
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e191_ -5.915963992584068
 relu_1_10_0_on_binary_indicator_var e192_ 11.831927985168136
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e194_ 5.915963992584068
 relu_1_10_0_off_binary_indicator_var e195_ 5.915963992584068
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e198_ -5.915963992584068
 relu_1_10_1_on_binary_indicator_var e199_ 11.831927985168136
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e201_ 5.915963992584068
 relu_1_10_1_off_binary_indicator_var e202_ 5.915963992584068
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e205_ -6.045744858400381
 relu_1_11_0_on_binary_indicator_var e206_ 12.091489716800762
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e208_ 6.045744858400381
 relu_1_11_0_off_binary_indicator_var e209_ 6.045744858400381
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e212_ -6.045744858400381
 relu_1_11_1_on_binary_indicator_var e213_ 12.091489716800762
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e215_ 6.045744858400381
 relu_1_11_1_off_binary_indicator_var e216_ 6.045744858400381
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e219_ -5.338118492372031
 relu_1_12_0_on_binary_indicator_var e220_ 10.676236984744062
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e222_ 5.338118492372031
 relu_1_12_0_off_binary_indicator_var e223_ 5.338118492372031
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e226_ -5.338118492372031
 relu_1_12_1_on_binary_indicator_var e227_ 10.676236984744062
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e229_ 5.338118492372031
 relu_1_12_1_off_binary_indicator_var e230_ 5.338118492372031
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e233_ -8.266228968760199
 relu_1_13_0_on_binary_indicator_var e234_ 16.532457937520398
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e236_ 8.266228968760199
 relu_1_13_0_off_binary_indicator_var e237_ 8.266228968760199
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e240_ -8.266228968760199
 relu_1_13_1_on_binary_indicator_var e241_ 16.532457937520398
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e243_ 8.266228968760199
 relu_1_13_1_off_binary_indicator_var e244_ 8.266228968760199
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e247_ -3.4155202822477078
 relu_1_14_0_on_binary_indicator_var e248_ 6.8310405644954155
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e250_ 3.4155202822477078
 relu_1_14_0_off_binary_indicator_var e251_ 3.4155202822477078
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e254_ -3.4155202822477078
 relu_1_14_1_on_binary_indicator_var e255_ 6.8310405644954155
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e257_ 3.4155202822477078
 relu_1_14_1_off_binary_indicator_var e258_ 3.4155202822477078
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e261_ -6.473871539936996
 relu_1_15_0_on_binary_indicator_var e262_ 12.947743079873993
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e264_ 6.473871539936996
 relu_1_15_0_off_binary_indicator_var e265_ 6.473871539936996
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e268_ -6.473871539936996
 relu_1_15_1_on_binary_indicator_var e269_ 12.947743079873993
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e271_ 6.473871539936996
 relu_1_15_1_off_binary_indicator_var e272_ 6.473871539936996
 M153 'MARKER' 'INTEND'
RHS
 rhs obj -0.35550619574665426
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e51_ -7.355723972590429
 rhs e52_ 14.711447945180858
 rhs e54_ 7.355723972590429
 rhs e55_ 7.355723972590429
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e58_ -7.355723972590429
 rhs e59_ 14.711447945180858
 rhs e61_ 7.355723972590429
 rhs e62_ 7.355723972590429
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e65_ -4.250469580321116
 rhs e66_ 8.500939160642233
 rhs e68_ 4.250469580321116
 rhs e69_ 4.250469580321116
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e72_ -4.250469580321116
 rhs e73_ 8.500939160642233
 rhs e75_ 4.250469580321116
 rhs e76_ 4.250469580321116
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e79_ -5.911403244820556
 rhs e80_ 11.822806489641112
 rhs e82_ 5.911403244820556
 rhs e83_ 5.911403244820556
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e86_ -5.911403244820556
 rhs e87_ 11.822806489641112
 rhs e89_ 5.911403244820556
 rhs e90_ 5.911403244820556
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e93_ -5.474762479633102
 rhs e94_ 10.949524959266205
 rhs e96_ 5.474762479633102
 rhs e97_ 5.474762479633102
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e100_ -5.474762479633102
 rhs e101_ 10.949524959266205
 rhs e103_ 5.474762479633102
 rhs e104_ 5.474762479633102
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e107_ -5.3605906372603265
 rhs e108_ 10.721181274520653
 rhs e110_ 5.3605906372603265
 rhs e111_ 5.3605906372603265
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e114_ -5.3605906372603265
 rhs e115_ 10.721181274520653
 rhs e117_ 5.3605906372603265
 rhs e118_ 5.3605906372603265
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e121_ -5.928307993129218
 rhs e122_ 11.856615986258436
 rhs e124_ 5.928307993129218
 rhs e125_ 5.928307993129218
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e128_ -5.928307993129218
 rhs e129_ 11.856615986258436
 rhs e131_ 5.928307993129218
 rhs e132_ 5.928307993129218
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e135_ -4.40640160549395
 rhs e136_ 8.8128032109879
 rhs e138_ 4.40640160549395
 rhs e139_ 4.40640160549395
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e142_ -4.40640160549395
 rhs e143_ 8.8128032109879
 rhs e145_ 4.40640160549395
 rhs e146_ 4.40640160549395
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e149_ -8.654366360790153
 rhs e150_ 17.308732721580306
 rhs e152_ 8.654366360790153
 rhs e153_ 8.654366360790153
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e156_ -8.654366360790153
 rhs e157_ 17.308732721580306
 rhs e159_ 8.654366360790153
 rhs e160_ 8.654366360790153
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e163_ -4.596100777925807
 rhs e164_ 9.192201555851614
 rhs e166_ 4.596100777925807
 rhs e167_ 4.596100777925807
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e170_ -4.596100777925807
 rhs e171_ 9.192201555851614
 rhs e173_ 4.596100777925807
 rhs e174_ 4.596100777925807
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e177_ -6.374740723077014
 rhs e178_ 12.749481446154029
 rhs e180_ 6.374740723077014
 rhs e181_ 6.374740723077014
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e184_ -6.374740723077014
 rhs e185_ 12.749481446154029
 rhs e187_ 6.374740723077014
 rhs e188_ 6.374740723077014
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e191_ -5.915963992584068
 rhs e192_ 11.831927985168136
 rhs e194_ 5.915963992584068
 rhs e195_ 5.915963992584068
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e198_ -5.915963992584068
 rhs e199_ 11.831927985168136
 rhs e201_ 5.915963992584068
 rhs e202_ 5.915963992584068
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e205_ -6.045744858400381
 rhs e206_ 12.091489716800762
 rhs e208_ 6.045744858400381
 rhs e209_ 6.045744858400381
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e212_ -6.045744858400381
 rhs e213_ 12.091489716800762
 rhs e215_ 6.045744858400381
 rhs e216_ 6.045744858400381
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e219_ -5.338118492372031
 rhs e220_ 10.676236984744062
 rhs e222_ 5.338118492372031
 rhs e223_ 5.338118492372031
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e226_ -5.338118492372031
 rhs e227_ 10.676236984744062
 rhs e229_ 5.338118492372031
 rhs e230_ 5.338118492372031
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e233_ -8.266228968760199
 rhs e234_ 16.532457937520398
 rhs e236_ 8.266228968760199
 rhs e237_ 8.266228968760199
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e240_ -8.266228968760199
 rhs e241_ 16.532457937520398
 rhs e243_ 8.266228968760199
 rhs e244_ 8.266228968760199
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e247_ -3.4155202822477078
 rhs e248_ 6.8310405644954155
 rhs e250_ 3.4155202822477078
 rhs e251_ 3.4155202822477078
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e254_ -3.4155202822477078
 rhs e255_ 6.8310405644954155
 rhs e257_ 3.4155202822477078
 rhs e258_ 3.4155202822477078
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e261_ -6.473871539936996
 rhs e262_ 12.947743079873993
 rhs e264_ 6.473871539936996
 rhs e265_ 6.473871539936996
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e268_ -6.473871539936996
 rhs e269_ 12.947743079873993
 rhs e271_ 6.473871539936996
 rhs e272_ 6.473871539936996
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
 LO bnd pre_1_0_0 -7.355723972590429
 UP bnd pre_1_0_0 7.355723972590429
 LO bnd pre_1_0_1 -7.355723972590429
 UP bnd pre_1_0_1 7.355723972590429
 LO bnd pre_1_1_0 -4.250469580321116
 UP bnd pre_1_1_0 4.250469580321116
 LO bnd pre_1_1_1 -4.250469580321116
 UP bnd pre_1_1_1 4.250469580321116
 LO bnd pre_1_2_0 -5.911403244820556
 UP bnd pre_1_2_0 5.911403244820556
 LO bnd pre_1_2_1 -5.911403244820556
 UP bnd pre_1_2_1 5.911403244820556
 LO bnd pre_1_3_0 -5.474762479633102
 UP bnd pre_1_3_0 5.474762479633102
 LO bnd pre_1_3_1 -5.474762479633102
 UP bnd pre_1_3_1 5.474762479633102
 LO bnd pre_1_4_0 -5.3605906372603265
 UP bnd pre_1_4_0 5.3605906372603265
 LO bnd pre_1_4_1 -5.3605906372603265
 UP bnd pre_1_4_1 5.3605906372603265
 LO bnd pre_1_5_0 -5.928307993129218
 UP bnd pre_1_5_0 5.928307993129218
 LO bnd pre_1_5_1 -5.928307993129218
 UP bnd pre_1_5_1 5.928307993129218
 LO bnd pre_1_6_0 -4.40640160549395
 UP bnd pre_1_6_0 4.40640160549395
 LO bnd pre_1_6_1 -4.40640160549395
 UP bnd pre_1_6_1 4.40640160549395
 LO bnd pre_1_7_0 -8.654366360790153
 UP bnd pre_1_7_0 8.654366360790153
 LO bnd pre_1_7_1 -8.654366360790153
 UP bnd pre_1_7_1 8.654366360790153
 LO bnd pre_1_8_0 -4.596100777925807
 UP bnd pre_1_8_0 4.596100777925807
 LO bnd pre_1_8_1 -4.596100777925807
 UP bnd pre_1_8_1 4.596100777925807
 LO bnd pre_1_9_0 -6.374740723077014
 UP bnd pre_1_9_0 6.374740723077014
 LO bnd pre_1_9_1 -6.374740723077014
 UP bnd pre_1_9_1 6.374740723077014
 LO bnd pre_1_10_0 -5.915963992584068
 UP bnd pre_1_10_0 5.915963992584068
 LO bnd pre_1_10_1 -5.915963992584068
 UP bnd pre_1_10_1 5.915963992584068
 LO bnd pre_1_11_0 -6.045744858400381
 UP bnd pre_1_11_0 6.045744858400381
 LO bnd pre_1_11_1 -6.045744858400381
 UP bnd pre_1_11_1 6.045744858400381
 LO bnd pre_1_12_0 -5.338118492372031
 UP bnd pre_1_12_0 5.338118492372031
 LO bnd pre_1_12_1 -5.338118492372031
 UP bnd pre_1_12_1 5.338118492372031
 LO bnd pre_1_13_0 -8.266228968760199
 UP bnd pre_1_13_0 8.266228968760199
 LO bnd pre_1_13_1 -8.266228968760199
 UP bnd pre_1_13_1 8.266228968760199
 LO bnd pre_1_14_0 -3.4155202822477078
 UP bnd pre_1_14_0 3.4155202822477078
 LO bnd pre_1_14_1 -3.4155202822477078
 UP bnd pre_1_14_1 3.4155202822477078
 LO bnd pre_1_15_0 -6.473871539936996
 UP bnd pre_1_15_0 6.473871539936996
 LO bnd pre_1_15_1 -6.473871539936996
 UP bnd pre_1_15_1 6.473871539936996
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.355723972590429
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.355723972590429
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 4.250469580321116
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 4.250469580321116
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 5.911403244820556
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 5.911403244820556
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 5.474762479633102
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 5.474762479633102
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 5.3605906372603265
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 5.3605906372603265
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5.928307993129218
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 5.928307993129218
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 4.40640160549395
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 4.40640160549395
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 8.654366360790153
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 8.654366360790153
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 4.596100777925807
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 4.596100777925807
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 6.374740723077014
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 6.374740723077014
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 5.915963992584068
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 5.915963992584068
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 6.045744858400381
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 6.045744858400381
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 5.338118492372031
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 5.338118492372031
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 8.266228968760199
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 8.266228968760199
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 3.4155202822477078
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 3.4155202822477078
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 6.473871539936996
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 6.473871539936996
 LO bnd out_0_0 -47.13434383554257
 UP bnd out_0_0 47.13434383554257
 LO bnd out_1_0 -28.502817481926698
 UP bnd out_1_0 28.502817481926698
 LO bnd out_2_0 -38.46841946892334
 UP bnd out_2_0 38.46841946892334
 LO bnd out_3_0 -35.84857487779861
 UP bnd out_3_0 35.84857487779861
 LO bnd out_4_0 -35.16354382356196
 UP bnd out_4_0 35.16354382356196
 LO bnd out_5_0 -38.56984795877531
 UP bnd out_5_0 38.56984795877531
 LO bnd out_6_0 -29.438409632963698
 UP bnd out_6_0 29.438409632963698
 LO bnd out_7_0 -54.92619816474092
 UP bnd out_7_0 54.92619816474092
 LO bnd out_8_0 -30.576604667554843
 UP bnd out_8_0 30.576604667554843
 LO bnd out_9_0 -41.248444338462086
 UP bnd out_9_0 41.248444338462086
 LO bnd out_10_0 -38.49578395550441
 UP bnd out_10_0 38.49578395550441
 LO bnd out_11_0 -39.27446915040228
 UP bnd out_11_0 39.27446915040228
 LO bnd out_12_0 -35.02871095423218
 UP bnd out_12_0 35.02871095423218
 LO bnd out_13_0 -52.597373812561194
 UP bnd out_13_0 52.597373812561194
 LO bnd out_14_0 -23.493121693486245
 UP bnd out_14_0 23.493121693486245
 LO bnd out_15_0 -41.84322923962198
 UP bnd out_15_0 41.84322923962198
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
