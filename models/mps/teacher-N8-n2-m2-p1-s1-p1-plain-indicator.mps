* teacher-N8-n2-m2-p1-s1-p1-plain-indicator  (relu-opt library: teacher-N8-n2-m2-p1-s1, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N8-n2-m2-p1-s1-p1-plain-indicator
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
 w_1_0_0 pre_definition_1_0_0 0.9448817735138633
 w_1_0_0 pre_definition_1_1_0 -0.07628662643855644
 w_1_0_0 pre_definition_1_2_0 -0.5768574068568086
 w_1_0_0 pre_definition_1_3_0 0.09300422103869699
 w_1_0_0 pre_definition_1_4_0 0.19377402710574154
 w_1_0_0 pre_definition_1_5_0 0.475373319116301
 w_1_0_0 pre_definition_1_6_0 0.43918248402792015
 w_1_0_0 pre_definition_1_7_0 -0.9614743996024773
 w_1_0_1 pre_definition_1_0_0 -0.5070262173496132
 w_1_0_1 pre_definition_1_1_0 0.34053656700181567
 w_1_0_1 pre_definition_1_2_0 0.39361034141671003
 w_1_0_1 pre_definition_1_3_0 0.7319166055056705
 w_1_0_1 pre_definition_1_4_0 0.5930895186477008
 w_1_0_1 pre_definition_1_5_0 -0.5007293452601052
 w_1_0_1 pre_definition_1_6_0 0.029618051136729884
 w_1_0_1 pre_definition_1_7_0 -0.9233143873275735
 w_1_1_0 pre_definition_1_0_1 0.9448817735138633
 w_1_1_0 pre_definition_1_1_1 -0.07628662643855644
 w_1_1_0 pre_definition_1_2_1 -0.5768574068568086
 w_1_1_0 pre_definition_1_3_1 0.09300422103869699
 w_1_1_0 pre_definition_1_4_1 0.19377402710574154
 w_1_1_0 pre_definition_1_5_1 0.475373319116301
 w_1_1_0 pre_definition_1_6_1 0.43918248402792015
 w_1_1_0 pre_definition_1_7_1 -0.9614743996024773
 w_1_1_1 pre_definition_1_0_1 -0.5070262173496132
 w_1_1_1 pre_definition_1_1_1 0.34053656700181567
 w_1_1_1 pre_definition_1_2_1 0.39361034141671003
 w_1_1_1 pre_definition_1_3_1 0.7319166055056705
 w_1_1_1 pre_definition_1_4_1 0.5930895186477008
 w_1_1_1 pre_definition_1_5_1 -0.5007293452601052
 w_1_1_1 pre_definition_1_6_1 0.029618051136729884
 w_1_1_1 pre_definition_1_7_1 -0.9233143873275735
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
 out_0_0 obj 0.4570303845330703
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.1634203322812056
 out_1_0 out_definition_1_0 1
 out_2_0 obj -0.11393666837696725
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.2411033501919602
 out_3_0 out_definition_3_0 1
 out_4_0 obj -0.24183913689675068
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.4748676930409419
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.07220266823680058
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.7497285023568104
 out_7_0 out_definition_7_0 1
 M49 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e27_ -7.355723972590429
 relu_1_0_0_on_binary_indicator_var e28_ 14.711447945180858
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e30_ 7.355723972590429
 relu_1_0_0_off_binary_indicator_var e31_ 7.355723972590429
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e34_ -7.355723972590429
 relu_1_0_1_on_binary_indicator_var e35_ 14.711447945180858
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e37_ 7.355723972590429
 relu_1_0_1_off_binary_indicator_var e38_ 7.355723972590429
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e41_ -4.250469580321116
 relu_1_1_0_on_binary_indicator_var e42_ 8.500939160642233
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e44_ 4.250469580321116
 relu_1_1_0_off_binary_indicator_var e45_ 4.250469580321116
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e48_ -4.250469580321116
 relu_1_1_1_on_binary_indicator_var e49_ 8.500939160642233
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e51_ 4.250469580321116
 relu_1_1_1_off_binary_indicator_var e52_ 4.250469580321116
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e55_ -5.911403244820556
 relu_1_2_0_on_binary_indicator_var e56_ 11.822806489641112
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e58_ 5.911403244820556
 relu_1_2_0_off_binary_indicator_var e59_ 5.911403244820556
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e62_ -5.911403244820556
 relu_1_2_1_on_binary_indicator_var e63_ 11.822806489641112
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e65_ 5.911403244820556
 relu_1_2_1_off_binary_indicator_var e66_ 5.911403244820556
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e69_ -5.474762479633102
 relu_1_3_0_on_binary_indicator_var e70_ 10.949524959266205
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e72_ 5.474762479633102
 relu_1_3_0_off_binary_indicator_var e73_ 5.474762479633102
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e76_ -5.474762479633102
 relu_1_3_1_on_binary_indicator_var e77_ 10.949524959266205
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e79_ 5.474762479633102
 relu_1_3_1_off_binary_indicator_var e80_ 5.474762479633102
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e83_ -5.3605906372603265
 relu_1_4_0_on_binary_indicator_var e84_ 10.721181274520653
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e86_ 5.3605906372603265
 relu_1_4_0_off_binary_indicator_var e87_ 5.3605906372603265
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e90_ -5.3605906372603265
 relu_1_4_1_on_binary_indicator_var e91_ 10.721181274520653
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e93_ 5.3605906372603265
 relu_1_4_1_off_binary_indicator_var e94_ 5.3605906372603265
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e97_ -5.928307993129218
 relu_1_5_0_on_binary_indicator_var e98_ 11.856615986258436
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e100_ 5.928307993129218
 relu_1_5_0_off_binary_indicator_var e101_ 5.928307993129218
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e104_ -5.928307993129218
 relu_1_5_1_on_binary_indicator_var e105_ 11.856615986258436
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e107_ 5.928307993129218
 relu_1_5_1_off_binary_indicator_var e108_ 5.928307993129218
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e111_ -4.40640160549395
 relu_1_6_0_on_binary_indicator_var e112_ 8.8128032109879
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e114_ 4.40640160549395
 relu_1_6_0_off_binary_indicator_var e115_ 4.40640160549395
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e118_ -4.40640160549395
 relu_1_6_1_on_binary_indicator_var e119_ 8.8128032109879
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e121_ 4.40640160549395
 relu_1_6_1_off_binary_indicator_var e122_ 4.40640160549395
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e125_ -8.654366360790153
 relu_1_7_0_on_binary_indicator_var e126_ 17.308732721580306
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e128_ 8.654366360790153
 relu_1_7_0_off_binary_indicator_var e129_ 8.654366360790153
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e132_ -8.654366360790153
 relu_1_7_1_on_binary_indicator_var e133_ 17.308732721580306
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e135_ 8.654366360790153
 relu_1_7_1_off_binary_indicator_var e136_ 8.654366360790153
 M81 'MARKER' 'INTEND'
RHS
 rhs obj -0.2894967284599167
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e27_ -7.355723972590429
 rhs e28_ 14.711447945180858
 rhs e30_ 7.355723972590429
 rhs e31_ 7.355723972590429
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e34_ -7.355723972590429
 rhs e35_ 14.711447945180858
 rhs e37_ 7.355723972590429
 rhs e38_ 7.355723972590429
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e41_ -4.250469580321116
 rhs e42_ 8.500939160642233
 rhs e44_ 4.250469580321116
 rhs e45_ 4.250469580321116
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e48_ -4.250469580321116
 rhs e49_ 8.500939160642233
 rhs e51_ 4.250469580321116
 rhs e52_ 4.250469580321116
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e55_ -5.911403244820556
 rhs e56_ 11.822806489641112
 rhs e58_ 5.911403244820556
 rhs e59_ 5.911403244820556
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e62_ -5.911403244820556
 rhs e63_ 11.822806489641112
 rhs e65_ 5.911403244820556
 rhs e66_ 5.911403244820556
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e69_ -5.474762479633102
 rhs e70_ 10.949524959266205
 rhs e72_ 5.474762479633102
 rhs e73_ 5.474762479633102
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e76_ -5.474762479633102
 rhs e77_ 10.949524959266205
 rhs e79_ 5.474762479633102
 rhs e80_ 5.474762479633102
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e83_ -5.3605906372603265
 rhs e84_ 10.721181274520653
 rhs e86_ 5.3605906372603265
 rhs e87_ 5.3605906372603265
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e90_ -5.3605906372603265
 rhs e91_ 10.721181274520653
 rhs e93_ 5.3605906372603265
 rhs e94_ 5.3605906372603265
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e97_ -5.928307993129218
 rhs e98_ 11.856615986258436
 rhs e100_ 5.928307993129218
 rhs e101_ 5.928307993129218
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e104_ -5.928307993129218
 rhs e105_ 11.856615986258436
 rhs e107_ 5.928307993129218
 rhs e108_ 5.928307993129218
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e111_ -4.40640160549395
 rhs e112_ 8.8128032109879
 rhs e114_ 4.40640160549395
 rhs e115_ 4.40640160549395
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e118_ -4.40640160549395
 rhs e119_ 8.8128032109879
 rhs e121_ 4.40640160549395
 rhs e122_ 4.40640160549395
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e125_ -8.654366360790153
 rhs e126_ 17.308732721580306
 rhs e128_ 8.654366360790153
 rhs e129_ 8.654366360790153
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e132_ -8.654366360790153
 rhs e133_ 17.308732721580306
 rhs e135_ 8.654366360790153
 rhs e136_ 8.654366360790153
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
