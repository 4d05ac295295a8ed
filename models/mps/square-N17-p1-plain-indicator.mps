* square-N17-p1-plain-indicator  (relu-opt library: square-N17, problem 1, plain-indicator; {"hidden": [2], "bound": 4.0, "loss": "squared"})
NAME square-N17-p1-plain-indicator
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
 E pre_definition_1_16_0
 E pre_definition_1_16_1
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
 E out_definition_16_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e54_
 L e55_
 G e56_
 L e57_
 L e58_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e61_
 L e62_
 G e63_
 L e64_
 L e65_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e68_
 L e69_
 G e70_
 L e71_
 L e72_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e75_
 L e76_
 G e77_
 L e78_
 L e79_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e82_
 L e83_
 G e84_
 L e85_
 L e86_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e89_
 L e90_
 G e91_
 L e92_
 L e93_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e96_
 L e97_
 G e98_
 L e99_
 L e100_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e103_
 L e104_
 G e105_
 L e106_
 L e107_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e110_
 L e111_
 G e112_
 L e113_
 L e114_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e117_
 L e118_
 G e119_
 L e120_
 L e121_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e124_
 L e125_
 G e126_
 L e127_
 L e128_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e131_
 L e132_
 G e133_
 L e134_
 L e135_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e138_
 L e139_
 G e140_
 L e141_
 L e142_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e145_
 L e146_
 G e147_
 L e148_
 L e149_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e152_
 L e153_
 G e154_
 L e155_
 L e156_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e159_
 L e160_
 G e161_
 L e162_
 L e163_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e166_
 L e167_
 G e168_
 L e169_
 L e170_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e173_
 L e174_
 G e175_
 L e176_
 L e177_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e180_
 L e181_
 G e182_
 L e183_
 L e184_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e187_
 L e188_
 G e189_
 L e190_
 L e191_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e194_
 L e195_
 G e196_
 L e197_
 L e198_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e201_
 L e202_
 G e203_
 L e204_
 L e205_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e208_
 L e209_
 G e210_
 L e211_
 L e212_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e215_
 L e216_
 G e217_
 L e218_
 L e219_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e222_
 L e223_
 G e224_
 L e225_
 L e226_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e229_
 L e230_
 G e231_
 L e232_
 L e233_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e236_
 L e237_
 G e238_
 L e239_
 L e240_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e243_
 L e244_
 G e245_
 L e246_
 L e247_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e250_
 L e251_
 G e252_
 L e253_
 L e254_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e257_
 L e258_
 G e259_
 L e260_
 L e261_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e264_
 L e265_
 G e266_
 L e267_
 L e268_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e271_
 L e272_
 G e273_
 L e274_
 L e275_
 L relu_1_16_0_above_pre
 E relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor
 G e278_
 L e279_
 G e280_
 L e281_
 L e282_
 L relu_1_16_1_above_pre
 E relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor
 G e285_
 L e286_
 G e287_
 L e288_
 L e289_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 1
 w_1_0_0 pre_definition_1_1_0 0.875
 w_1_0_0 pre_definition_1_2_0 0.75
 w_1_0_0 pre_definition_1_3_0 0.625
 w_1_0_0 pre_definition_1_4_0 0.5
 w_1_0_0 pre_definition_1_5_0 0.375
 w_1_0_0 pre_definition_1_6_0 0.25
 w_1_0_0 pre_definition_1_7_0 0.125
 w_1_0_0 pre_definition_1_9_0 -0.125
 w_1_0_0 pre_definition_1_10_0 -0.25
 w_1_0_0 pre_definition_1_11_0 -0.375
 w_1_0_0 pre_definition_1_12_0 -0.5
 w_1_0_0 pre_definition_1_13_0 -0.625
 w_1_0_0 pre_definition_1_14_0 -0.75
 w_1_0_0 pre_definition_1_15_0 -0.875
 w_1_0_0 pre_definition_1_16_0 -1
 w_1_1_0 pre_definition_1_0_1 1
 w_1_1_0 pre_definition_1_1_1 0.875
 w_1_1_0 pre_definition_1_2_1 0.75
 w_1_1_0 pre_definition_1_3_1 0.625
 w_1_1_0 pre_definition_1_4_1 0.5
 w_1_1_0 pre_definition_1_5_1 0.375
 w_1_1_0 pre_definition_1_6_1 0.25
 w_1_1_0 pre_definition_1_7_1 0.125
 w_1_1_0 pre_definition_1_9_1 -0.125
 w_1_1_0 pre_definition_1_10_1 -0.25
 w_1_1_0 pre_definition_1_11_1 -0.375
 w_1_1_0 pre_definition_1_12_1 -0.5
 w_1_1_0 pre_definition_1_13_1 -0.625
 w_1_1_0 pre_definition_1_14_1 -0.75
 w_1_1_0 pre_definition_1_15_1 -0.875
 w_1_1_0 pre_definition_1_16_1 -1
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
 b_1_0 pre_definition_1_16_0 -1
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
 b_1_1 pre_definition_1_16_1 -1
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
 b_2_0 out_definition_16_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e54_ -1
 pre_1_0_0 e55_ -1
 pre_1_0_0 e58_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e61_ -1
 pre_1_0_1 e62_ -1
 pre_1_0_1 e65_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e68_ -1
 pre_1_1_0 e69_ -1
 pre_1_1_0 e72_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e75_ -1
 pre_1_1_1 e76_ -1
 pre_1_1_1 e79_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e82_ -1
 pre_1_2_0 e83_ -1
 pre_1_2_0 e86_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e89_ -1
 pre_1_2_1 e90_ -1
 pre_1_2_1 e93_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e96_ -1
 pre_1_3_0 e97_ -1
 pre_1_3_0 e100_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e103_ -1
 pre_1_3_1 e104_ -1
 pre_1_3_1 e107_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e110_ -1
 pre_1_4_0 e111_ -1
 pre_1_4_0 e114_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e117_ -1
 pre_1_4_1 e118_ -1
 pre_1_4_1 e121_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e124_ -1
 pre_1_5_0 e125_ -1
 pre_1_5_0 e128_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e131_ -1
 pre_1_5_1 e132_ -1
 pre_1_5_1 e135_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e138_ -1
 pre_1_6_0 e139_ -1
 pre_1_6_0 e142_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e145_ -1
 pre_1_6_1 e146_ -1
 pre_1_6_1 e149_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e152_ -1
 pre_1_7_0 e153_ -1
 pre_1_7_0 e156_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e159_ -1
 pre_1_7_1 e160_ -1
 pre_1_7_1 e163_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e166_ -1
 pre_1_8_0 e167_ -1
 pre_1_8_0 e170_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e173_ -1
 pre_1_8_1 e174_ -1
 pre_1_8_1 e177_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e180_ -1
 pre_1_9_0 e181_ -1
 pre_1_9_0 e184_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e187_ -1
 pre_1_9_1 e188_ -1
 pre_1_9_1 e191_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e194_ -1
 pre_1_10_0 e195_ -1
 pre_1_10_0 e198_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e201_ -1
 pre_1_10_1 e202_ -1
 pre_1_10_1 e205_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e208_ -1
 pre_1_11_0 e209_ -1
 pre_1_11_0 e212_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e215_ -1
 pre_1_11_1 e216_ -1
 pre_1_11_1 e219_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e222_ -1
 pre_1_12_0 e223_ -1
 pre_1_12_0 e226_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e229_ -1
 pre_1_12_1 e230_ -1
 pre_1_12_1 e233_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e236_ -1
 pre_1_13_0 e237_ -1
 pre_1_13_0 e240_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e243_ -1
 pre_1_13_1 e244_ -1
 pre_1_13_1 e247_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e250_ -1
 pre_1_14_0 e251_ -1
 pre_1_14_0 e254_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e257_ -1
 pre_1_14_1 e258_ -1
 pre_1_14_1 e261_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e264_ -1
 pre_1_15_0 e265_ -1
 pre_1_15_0 e268_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e271_ -1
 pre_1_15_1 e272_ -1
 pre_1_15_1 e275_ 1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre 1
 pre_1_16_0 e278_ -1
 pre_1_16_0 e279_ -1
 pre_1_16_0 e282_ 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre 1
 pre_1_16_1 e285_ -1
 pre_1_16_1 e286_ -1
 pre_1_16_1 e289_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e54_ 1
 post_1_0_0 e55_ 1
 post_1_0_0 e56_ 1
 post_1_0_0 e57_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e61_ 1
 post_1_0_1 e62_ 1
 post_1_0_1 e63_ 1
 post_1_0_1 e64_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e68_ 1
 post_1_1_0 e69_ 1
 post_1_1_0 e70_ 1
 post_1_1_0 e71_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e75_ 1
 post_1_1_1 e76_ 1
 post_1_1_1 e77_ 1
 post_1_1_1 e78_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e82_ 1
 post_1_2_0 e83_ 1
 post_1_2_0 e84_ 1
 post_1_2_0 e85_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e89_ 1
 post_1_2_1 e90_ 1
 post_1_2_1 e91_ 1
 post_1_2_1 e92_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e96_ 1
 post_1_3_0 e97_ 1
 post_1_3_0 e98_ 1
 post_1_3_0 e99_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e103_ 1
 post_1_3_1 e104_ 1
 post_1_3_1 e105_ 1
 post_1_3_1 e106_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e110_ 1
 post_1_4_0 e111_ 1
 post_1_4_0 e112_ 1
 post_1_4_0 e113_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e117_ 1
 post_1_4_1 e118_ 1
 post_1_4_1 e119_ 1
 post_1_4_1 e120_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e124_ 1
 post_1_5_0 e125_ 1
 post_1_5_0 e126_ 1
 post_1_5_0 e127_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e131_ 1
 post_1_5_1 e132_ 1
 post_1_5_1 e133_ 1
 post_1_5_1 e134_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e138_ 1
 post_1_6_0 e139_ 1
 post_1_6_0 e140_ 1
 post_1_6_0 e141_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e145_ 1
 post_1_6_1 e146_ 1
 post_1_6_1 e147_ 1
 post_1_6_1 e148_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e152_ 1
 post_1_7_0 e153_ 1
 post_1_7_0 e154_ 1
 post_1_7_0 e155_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e159_ 1
 post_1_7_1 e160_ 1
 post_1_7_1 e161_ 1
 post_1_7_1 e162_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e166_ 1
 post_1_8_0 e167_ 1
 post_1_8_0 e168_ 1
 post_1_8_0 e169_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e173_ 1
 post_1_8_1 e174_ 1
 post_1_8_1 e175_ 1
 post_1_8_1 e176_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e180_ 1
 post_1_9_0 e181_ 1
 post_1_9_0 e182_ 1
 post_1_9_0 e183_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e187_ 1
 post_1_9_1 e188_ 1
 post_1_9_1 e189_ 1
 post_1_9_1 e190_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e194_ 1
 post_1_10_0 e195_ 1
 post_1_10_0 e196_ 1
 post_1_10_0 e197_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e201_ 1
 post_1_10_1 e202_ 1
 post_1_10_1 e203_ 1
 post_1_10_1 e204_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e208_ 1
 post_1_11_0 e209_ 1
 post_1_11_0 e210_ 1
 post_1_11_0 e211_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e215_ 1
 post_1_11_1 e216_ 1
 post_1_11_1 e217_ 1
 post_1_11_1 e218_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e222_ 1
 post_1_12_0 e223_ 1
 post_1_12_0 e224_ 1
 post_1_12_0 e225_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e229_ 1
 post_1_12_1 e230_ 1
 post_1_12_1 e231_ 1
 post_1_12_1 e232_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e236_ 1
 post_1_13_0 e237_ 1
 post_1_13_0 e238_ 1
 post_1_13_0 e239_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e243_ 1
 post_1_13_1 e244_ 1
 post_1_13_1 e245_ 1
 post_1_13_1 e246_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e250_ 1
 post_1_14_0 e251_ 1
 post_1_14_0 e252_ 1
 post_1_14_0 e253_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e257_ 1
 post_1_14_1 e258_ 1
 post_1_14_1 e259_ 1
 post_1_14_1 e260_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e264_ 1
 post_1_15_0 e265_ 1
 post_1_15_0 e266_ 1
 post_1_15_0 e267_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e271_ 1
 post_1_15_1 e272_ 1
 post_1_15_1 e273_ 1
 post_1_15_1 e274_ 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 e278_ 1
 post_1_16_0 e279_ 1
 post_1_16_0 e280_ 1
 post_1_16_0 e281_ 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 e285_ 1
 post_1_16_1 e286_ 1
 post_1_16_1 e287_ 1
 post_1_16_1 e288_ 1
 out_0_0 obj -2
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.53125
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1.125
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.78125
 out_3_0 out_definition_3_0 1
 out_4_0 obj -0.5
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.28125
 out_5_0 out_definition_5_0 1
 out_6_0 obj -0.125
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.03125
 out_7_0 out_definition_7_0 1
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.03125
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.125
 out_10_0 out_definition_10_0 1
 out_11_0 obj -0.28125
 out_11_0 out_definition_11_0 1
 out_12_0 obj -0.5
 out_12_0 out_definition_12_0 1
 out_13_0 obj -0.78125
 out_13_0 out_definition_13_0 1
 out_14_0 obj -1.125
 out_14_0 out_definition_14_0 1
 out_15_0 obj -1.53125
 out_15_0 out_definition_15_0 1
 out_16_0 obj -2
 out_16_0 out_definition_16_0 1
 M92 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e54_ -8
 relu_1_0_0_on_binary_indicator_var e55_ 16
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e57_ 8
 relu_1_0_0_off_binary_indicator_var e58_ 8
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e61_ -8
 relu_1_0_1_on_binary_indicator_var e62_ 16
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e64_ 8
 relu_1_0_1_off_binary_indicator_var e65_ 8
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e68_ -7.5
 relu_1_1_0_on_binary_indicator_var e69_ 15
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e71_ 7.5
 relu_1_1_0_off_binary_indicator_var e72_ 7.5
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e75_ -7.5
 relu_1_1_1_on_binary_indicator_var e76_ 15
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e78_ 7.5
 relu_1_1_1_off_binary_indicator_var e79_ 7.5
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e82_ -7
 relu_1_2_0_on_binary_indicator_var e83_ 14
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e85_ 7
 relu_1_2_0_off_binary_indicator_var e86_ 7
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e89_ -7
 relu_1_2_1_on_binary_indicator_var e90_ 14
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e92_ 7
 relu_1_2_1_off_binary_indicator_var e93_ 7
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e96_ -6.5
 relu_1_3_0_on_binary_indicator_var e97_ 13
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e99_ 6.5
 relu_1_3_0_off_binary_indicator_var e100_ 6.5
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e103_ -6.5
 relu_1_3_1_on_binary_indicator_var e104_ 13
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e106_ 6.5
 relu_1_3_1_off_binary_indicator_var e107_ 6.5
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e110_ -6
 relu_1_4_0_on_binary_indicator_var e111_ 12
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e113_ 6
 relu_1_4_0_off_binary_indicator_var e114_ 6
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e117_ -6
 relu_1_4_1_on_binary_indicator_var e118_ 12
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e120_ 6
 relu_1_4_1_off_binary_indicator_var e121_ 6
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e124_ -5.5
 relu_1_5_0_on_binary_indicator_var e125_ 11
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e127_ 5.5
 relu_1_5_0_off_binary_indicator_var e128_ 5.5
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e131_ -5.5
 relu_1_5_1_on_binary_indicator_var e132_ 11
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e134_ 5.5
 relu_1_5_1_off_binary_indicator_var e135_ 5.5
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e138_ -5
 relu_1_6_0_on_binary_indicator_var e139_ 10
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e141_ 5
 relu_1_6_0_off_binary_indicator_var e142_ 5
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e145_ -5
 relu_1_6_1_on_binary_indicator_var e146_ 10
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e148_ 5
 relu_1_6_1_off_binary_indicator_var e149_ 5
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e152_ -4.5
 relu_1_7_0_on_binary_indicator_var e153_ 9
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e155_ 4.5
 relu_1_7_0_off_binary_indicator_var e156_ 4.5
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e159_ -4.5
 relu_1_7_1_on_binary_indicator_var e160_ 9
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e162_ 4.5
 relu_1_7_1_off_binary_indicator_var e163_ 4.5
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e166_ -4
 relu_1_8_0_on_binary_indicator_var e167_ 8
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e169_ 4
 relu_1_8_0_off_binary_indicator_var e170_ 4
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e173_ -4
 relu_1_8_1_on_binary_indicator_var e174_ 8
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e176_ 4
 relu_1_8_1_off_binary_indicator_var e177_ 4
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e180_ -4.5
 relu_1_9_0_on_binary_indicator_var e181_ 9
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e183_ 4.5
 relu_1_9_0_off_binary_indicator_var e184_ 4.5
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e187_ -4.5
 relu_1_9_1_on_binary_indicator_var e188_ 9
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e190_ 4.5
 relu_1_9_1_off_binary_indicator_var e191_ 4.5
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e194_ -5
 relu_1_10_0_on_binary_indicator_var e195_ 10
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e197_ 5
 relu_1_10_0_off_binary_indicator_var e198_ 5
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e201_ -5
 relu_1_10_1_on_binary_indicator_var e202_ 10
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e204_ 5
 relu_1_10_1_off_binary_indicator_var e205_ 5
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e208_ -5.5
 relu_1_11_0_on_binary_indicator_var e209_ 11
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e211_ 5.5
 relu_1_11_0_off_binary_indicator_var e212_ 5.5
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e215_ -5.5
 relu_1_11_1_on_binary_indicator_var e216_ 11
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e218_ 5.5
 relu_1_11_1_off_binary_indicator_var e219_ 5.5
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e222_ -6
 relu_1_12_0_on_binary_indicator_var e223_ 12
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e225_ 6
 relu_1_12_0_off_binary_indicator_var e226_ 6
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e229_ -6
 relu_1_12_1_on_binary_indicator_var e230_ 12
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e232_ 6
 relu_1_12_1_off_binary_indicator_var e233_ 6
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e236_ -6.5
 relu_1_13_0_on_binary_indicator_var e237_ 13
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e239_ 6.5
 relu_1_13_0_off_binary_indicator_var e240_ 6.5
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e243_ -6.5
 relu_1_13_1_on_binary_indicator_var e244_ 13
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e246_ 6.5
 relu_1_13_1_off_binary_indicator_var e247_ 6.5
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e250_ -7
 relu_1_14_0_on_binary_indicator_var e251_ 14
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e253_ 7
 relu_1_14_0_off_binary_indicator_var e254_ 7
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e257_ -7
 relu_1_14_1_on_binary_indicator_var e258_ 14
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e260_ 7
 relu_1_14_1_off_binary_indicator_var e261_ 7
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e264_ -7.5
 relu_1_15_0_on_binary_indicator_var e265_ 15
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e267_ 7.5
 relu_1_15_0_off_binary_indicator_var e268_ 7.5
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e271_ -7.5
 relu_1_15_1_on_binary_indicator_var e272_ 15
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e274_ 7.5
 relu_1_15_1_off_binary_indicator_var e275_ 7.5
 relu_1_16_0_on_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_on_binary_indicator_var e278_ -8
 relu_1_16_0_on_binary_indicator_var e279_ 16
 relu_1_16_0_off_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_off_binary_indicator_var e281_ 8
 relu_1_16_0_off_binary_indicator_var e282_ 8
 relu_1_16_1_on_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_on_binary_indicator_var e285_ -8
 relu_1_16_1_on_binary_indicator_var e286_ 16
 relu_1_16_1_off_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_off_binary_indicator_var e288_ 8
 relu_1_16_1_off_binary_indicator_var e289_ 8
 M160 'MARKER' 'INTEND'
RHS
 rhs obj -4.283203125
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e54_ -8
 rhs e55_ 16
 rhs e57_ 8
 rhs e58_ 8
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e61_ -8
 rhs e62_ 16
 rhs e64_ 8
 rhs e65_ 8
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e68_ -7.5
 rhs e69_ 15
 rhs e71_ 7.5
 rhs e72_ 7.5
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e75_ -7.5
 rhs e76_ 15
 rhs e78_ 7.5
 rhs e79_ 7.5
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e82_ -7
 rhs e83_ 14
 rhs e85_ 7
 rhs e86_ 7
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e89_ -7
 rhs e90_ 14
 rhs e92_ 7
 rhs e93_ 7
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e96_ -6.5
 rhs e97_ 13
 rhs e99_ 6.5
 rhs e100_ 6.5
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e103_ -6.5
 rhs e104_ 13
 rhs e106_ 6.5
 rhs e107_ 6.5
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e110_ -6
 rhs e111_ 12
 rhs e113_ 6
 rhs e114_ 6
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e117_ -6
 rhs e118_ 12
 rhs e120_ 6
 rhs e121_ 6
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e124_ -5.5
 rhs e125_ 11
 rhs e127_ 5.5
 rhs e128_ 5.5
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e131_ -5.5
 rhs e132_ 11
 rhs e134_ 5.5
 rhs e135_ 5.5
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e138_ -5
 rhs e139_ 10
 rhs e141_ 5
 rhs e142_ 5
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e145_ -5
 rhs e146_ 10
 rhs e148_ 5
 rhs e149_ 5
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e152_ -4.5
 rhs e153_ 9
 rhs e155_ 4.5
 rhs e156_ 4.5
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e159_ -4.5
 rhs e160_ 9
 rhs e162_ 4.5
 rhs e163_ 4.5
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e166_ -4
 rhs e167_ 8
 rhs e169_ 4
 rhs e170_ 4
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e173_ -4
 rhs e174_ 8
 rhs e176_ 4
 rhs e177_ 4
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e180_ -4.5
 rhs e181_ 9
 rhs e183_ 4.5
 rhs e184_ 4.5
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e187_ -4.5
 rhs e188_ 9
 rhs e190_ 4.5
 rhs e191_ 4.5
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e194_ -5
 rhs e195_ 10
 rhs e197_ 5
 rhs e198_ 5
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e201_ -5
 rhs e202_ 10
 rhs e204_ 5
 rhs e205_ 5
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e208_ -5.5
 rhs e209_ 11
 rhs e211_ 5.5
 rhs e212_ 5.5
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e215_ -5.5
 rhs e216_ 11
 rhs e218_ 5.5
 rhs e219_ 5.5
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e222_ -6
 rhs e223_ 12
 rhs e225_ 6
 rhs e226_ 6
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e229_ -6
 rhs e230_ 12
 rhs e232_ 6
 rhs e233_ 6
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e236_ -6.5
 rhs e237_ 13
 rhs e239_ 6.5
 rhs e240_ 6.5
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e243_ -6.5
 rhs e244_ 13
 rhs e246_ 6.5
 rhs e247_ 6.5
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e250_ -7
 rhs e251_ 14
 rhs e253_ 7
 rhs e254_ 7
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e257_ -7
 rhs e258_ 14
 rhs e260_ 7
 rhs e261_ 7
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e264_ -7.5
 rhs e265_ 15
 rhs e267_ 7.5
 rhs e268_ 7.5
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e271_ -7.5
 rhs e272_ 15
 rhs e274_ 7.5
 rhs e275_ 7.5
 rhs relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e278_ -8
 rhs e279_ 16
 rhs e281_ 8
 rhs e282_ 8
 rhs relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e285_ -8
 rhs e286_ 16
 rhs e288_ 8
 rhs e289_ 8
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
 LO bnd pre_1_1_0 -7.5
 UP bnd pre_1_1_0 7.5
 LO bnd pre_1_1_1 -7.5
 UP bnd pre_1_1_1 7.5
 LO bnd pre_1_2_0 -7
 UP bnd pre_1_2_0 7
 LO bnd pre_1_2_1 -7
 UP bnd pre_1_2_1 7
 LO bnd pre_1_3_0 -6.5
 UP bnd pre_1_3_0 6.5
 LO bnd pre_1_3_1 -6.5
 UP bnd pre_1_3_1 6.5
 LO bnd pre_1_4_0 -6
 UP bnd pre_1_4_0 6
 LO bnd pre_1_4_1 -6
 UP bnd pre_1_4_1 6
 LO bnd pre_1_5_0 -5.5
 UP bnd pre_1_5_0 5.5
 LO bnd pre_1_5_1 -5.5
 UP bnd pre_1_5_1 5.5
 LO bnd pre_1_6_0 -5
 UP bnd pre_1_6_0 5
 LO bnd pre_1_6_1 -5
 UP bnd pre_1_6_1 5
 LO bnd pre_1_7_0 -4.5
 UP bnd pre_1_7_0 4.5
 LO bnd pre_1_7_1 -4.5
 UP bnd pre_1_7_1 4.5
 LO bnd pre_1_8_0 -4
 UP bnd pre_1_8_0 4
 LO bnd pre_1_8_1 -4
 UP bnd pre_1_8_1 4
 LO bnd pre_1_9_0 -4.5
 UP bnd pre_1_9_0 4.5
 LO bnd pre_1_9_1 -4.5
 UP bnd pre_1_9_1 4.5
 LO bnd pre_1_10_0 -5
 UP bnd pre_1_10_0 5
 LO bnd pre_1_10_1 -5
 UP bnd pre_1_10_1 5
 LO bnd pre_1_11_0 -5.5
 UP bnd pre_1_11_0 5.5
 LO bnd pre_1_11_1 -5.5
 UP bnd pre_1_11_1 5.5
 LO bnd pre_1_12_0 -6
 UP bnd pre_1_12_0 6
 LO bnd pre_1_12_1 -6
 UP bnd pre_1_12_1 6
 LO bnd pre_1_13_0 -6.5
 UP bnd pre_1_13_0 6.5
 LO bnd pre_1_13_1 -6.5
 UP bnd pre_1_13_1 6.5
 LO bnd pre_1_14_0 -7
 UP bnd pre_1_14_0 7
 LO bnd pre_1_14_1 -7
 UP bnd pre_1_14_1 7
 LO bnd pre_1_15_0 -7.5
 UP bnd pre_1_15_0 7.5
 LO bnd pre_1_15_1 -7.5
 UP bnd pre_1_15_1 7.5
 LO bnd pre_1_16_0 -8
 UP bnd pre_1_16_0 8
 LO bnd pre_1_16_1 -8
 UP bnd pre_1_16_1 8
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 8
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 8
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 7.5
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 7.5
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 7
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 7
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6.5
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6.5
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 6
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 6
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5.5
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 5.5
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 5
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 5
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 4.5
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 4.5
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 4
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 4
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 4.5
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 4.5
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 5
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 5
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 5.5
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 5.5
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 6
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 6
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 6.5
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 6.5
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 7
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 7
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 7.5
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 7.5
 LO bnd post_1_16_0 0
 UP bnd post_1_16_0 8
 LO bnd post_1_16_1 0
 UP bnd post_1_16_1 8
 LO bnd out_0_0 -68
 UP bnd out_0_0 68
 LO bnd out_1_0 -64
 UP bnd out_1_0 64
 LO bnd out_2_0 -60
 UP bnd out_2_0 60
 LO bnd out_3_0 -56
 UP bnd out_3_0 56
 LO bnd out_4_0 -52
 UP bnd out_4_0 52
 LO bnd out_5_0 -48
 UP bnd out_5_0 48
 LO bnd out_6_0 -44
 UP bnd out_6_0 44
 LO bnd out_7_0 -40
 UP bnd out_7_0 40
 LO bnd out_8_0 -36
 UP bnd out_8_0 36
 LO bnd out_9_0 -40
 UP bnd out_9_0 40
 LO bnd out_10_0 -44
 UP bnd out_10_0 44
 LO bnd out_11_0 -48
 UP bnd out_11_0 48
 LO bnd out_12_0 -52
 UP bnd out_12_0 52
 LO bnd out_13_0 -56
 UP bnd out_13_0 56
 LO bnd out_14_0 -60
 UP bnd out_14_0 60
 LO bnd out_15_0 -64
 UP bnd out_15_0 64
 LO bnd out_16_0 -68
 UP bnd out_16_0 68
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
 BV bnd relu_1_16_0_on_binary_indicator_var
 BV bnd relu_1_16_0_off_binary_indicator_var
 BV bnd relu_1_16_1_on_binary_indicator_var
 BV bnd relu_1_16_1_off_binary_indicator_var
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
 out_16_0 out_16_0 2
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
QCMATRIX out_definition_16_0
 w_2_0_0 post_1_16_0 -0.5
 post_1_16_0 w_2_0_0 -0.5
 w_2_0_1 post_1_16_1 -0.5
 post_1_16_1 w_2_0_1 -0.5
ENDATA
