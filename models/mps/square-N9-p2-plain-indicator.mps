* square-N9-p2-plain-indicator  (relu-opt library: square-N9, problem 2, plain-indicator; {"hidden": [3], "bound": 4.0, "loss": "squared"})
NAME square-N9-p2-plain-indicator
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_0_1
 E pre_definition_1_0_2
 E pre_definition_1_1_0
 E pre_definition_1_1_1
 E pre_definition_1_1_2
 E pre_definition_1_2_0
 E pre_definition_1_2_1
 E pre_definition_1_2_2
 E pre_definition_1_3_0
 E pre_definition_1_3_1
 E pre_definition_1_3_2
 E pre_definition_1_4_0
 E pre_definition_1_4_1
 E pre_definition_1_4_2
 E pre_definition_1_5_0
 E pre_definition_1_5_1
 E pre_definition_1_5_2
 E pre_definition_1_6_0
 E pre_definition_1_6_1
 E pre_definition_1_6_2
 E pre_definition_1_7_0
 E pre_definition_1_7_1
 E pre_definition_1_7_2
 E pre_definition_1_8_0
 E pre_definition_1_8_1
 E pre_definition_1_8_2
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
 G e39_
 L e40_
 G e41_
 L e42_
 L e43_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e46_
 L e47_
 G e48_
 L e49_
 L e50_
 L relu_1_0_2_above_pre
 E relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor
 G e53_
 L e54_
 G e55_
 L e56_
 L e57_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e60_
 L e61_
 G e62_
 L e63_
 L e64_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e67_
 L e68_
 G e69_
 L e70_
 L e71_
 L relu_1_1_2_above_pre
 E relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor
 G e74_
 L e75_
 G e76_
 L e77_
 L e78_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e81_
 L e82_
 G e83_
 L e84_
 L e85_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e88_
 L e89_
 G e90_
 L e91_
 L e92_
 L relu_1_2_2_above_pre
 E relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor
 G e95_
 L e96_
 G e97_
 L e98_
 L e99_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e102_
 L e103_
 G e104_
 L e105_
 L e106_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e109_
 L e110_
 G e111_
 L e112_
 L e113_
 L relu_1_3_2_above_pre
 E relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor
 G e116_
 L e117_
 G e118_
 L e119_
 L e120_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e123_
 L e124_
 G e125_
 L e126_
 L e127_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e130_
 L e131_
 G e132_
 L e133_
 L e134_
 L relu_1_4_2_above_pre
 E relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor
 G e137_
 L e138_
 G e139_
 L e140_
 L e141_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e144_
 L e145_
 G e146_
 L e147_
 L e148_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e151_
 L e152_
 G e153_
 L e154_
 L e155_
 L relu_1_5_2_above_pre
 E relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor
 G e158_
 L e159_
 G e160_
 L e161_
 L e162_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e165_
 L e166_
 G e167_
 L e168_
 L e169_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e172_
 L e173_
 G e174_
 L e175_
 L e176_
 L relu_1_6_2_above_pre
 E relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor
 G e179_
 L e180_
 G e181_
 L e182_
 L e183_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e186_
 L e187_
 G e188_
 L e189_
 L e190_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e193_
 L e194_
 G e195_
 L e196_
 L e197_
 L relu_1_7_2_above_pre
 E relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor
 G e200_
 L e201_
 G e202_
 L e203_
 L e204_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e207_
 L e208_
 G e209_
 L e210_
 L e211_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e214_
 L e215_
 G e216_
 L e217_
 L e218_
 L relu_1_8_2_above_pre
 E relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor
 G e221_
 L e222_
 G e223_
 L e224_
 L e225_
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
 w_1_2_0 pre_definition_1_0_2 1
 w_1_2_0 pre_definition_1_1_2 0.75
 w_1_2_0 pre_definition_1_2_2 0.5
 w_1_2_0 pre_definition_1_3_2 0.25
 w_1_2_0 pre_definition_1_5_2 -0.25
 w_1_2_0 pre_definition_1_6_2 -0.5
 w_1_2_0 pre_definition_1_7_2 -0.75
 w_1_2_0 pre_definition_1_8_2 -1
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_0_2 obj 0
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
 b_1_2 pre_definition_1_0_2 -1
 b_1_2 pre_definition_1_1_2 -1
 b_1_2 pre_definition_1_2_2 -1
 b_1_2 pre_definition_1_3_2 -1
 b_1_2 pre_definition_1_4_2 -1
 b_1_2 pre_definition_1_5_2 -1
 b_1_2 pre_definition_1_6_2 -1
 b_1_2 pre_definition_1_7_2 -1
 b_1_2 pre_definition_1_8_2 -1
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
 pre_1_0_0 e39_ -1
 pre_1_0_0 e40_ -1
 pre_1_0_0 e43_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e46_ -1
 pre_1_0_1 e47_ -1
 pre_1_0_1 e50_ 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 e53_ -1
 pre_1_0_2 e54_ -1
 pre_1_0_2 e57_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e60_ -1
 pre_1_1_0 e61_ -1
 pre_1_1_0 e64_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e67_ -1
 pre_1_1_1 e68_ -1
 pre_1_1_1 e71_ 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 e74_ -1
 pre_1_1_2 e75_ -1
 pre_1_1_2 e78_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e81_ -1
 pre_1_2_0 e82_ -1
 pre_1_2_0 e85_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e88_ -1
 pre_1_2_1 e89_ -1
 pre_1_2_1 e92_ 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 e95_ -1
 pre_1_2_2 e96_ -1
 pre_1_2_2 e99_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e102_ -1
 pre_1_3_0 e103_ -1
 pre_1_3_0 e106_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e109_ -1
 pre_1_3_1 e110_ -1
 pre_1_3_1 e113_ 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 e116_ -1
 pre_1_3_2 e117_ -1
 pre_1_3_2 e120_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e123_ -1
 pre_1_4_0 e124_ -1
 pre_1_4_0 e127_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e130_ -1
 pre_1_4_1 e131_ -1
 pre_1_4_1 e134_ 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 e137_ -1
 pre_1_4_2 e138_ -1
 pre_1_4_2 e141_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e144_ -1
 pre_1_5_0 e145_ -1
 pre_1_5_0 e148_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e151_ -1
 pre_1_5_1 e152_ -1
 pre_1_5_1 e155_ 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 e158_ -1
 pre_1_5_2 e159_ -1
 pre_1_5_2 e162_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e165_ -1
 pre_1_6_0 e166_ -1
 pre_1_6_0 e169_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e172_ -1
 pre_1_6_1 e173_ -1
 pre_1_6_1 e176_ 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 e179_ -1
 pre_1_6_2 e180_ -1
 pre_1_6_2 e183_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e186_ -1
 pre_1_7_0 e187_ -1
 pre_1_7_0 e190_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e193_ -1
 pre_1_7_1 e194_ -1
 pre_1_7_1 e197_ 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 e200_ -1
 pre_1_7_2 e201_ -1
 pre_1_7_2 e204_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e207_ -1
 pre_1_8_0 e208_ -1
 pre_1_8_0 e211_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e214_ -1
 pre_1_8_1 e215_ -1
 pre_1_8_1 e218_ 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 e221_ -1
 pre_1_8_2 e222_ -1
 pre_1_8_2 e225_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e39_ 1
 post_1_0_0 e40_ 1
 post_1_0_0 e41_ 1
 post_1_0_0 e42_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e46_ 1
 post_1_0_1 e47_ 1
 post_1_0_1 e48_ 1
 post_1_0_1 e49_ 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 e53_ 1
 post_1_0_2 e54_ 1
 post_1_0_2 e55_ 1
 post_1_0_2 e56_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e60_ 1
 post_1_1_0 e61_ 1
 post_1_1_0 e62_ 1
 post_1_1_0 e63_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e67_ 1
 post_1_1_1 e68_ 1
 post_1_1_1 e69_ 1
 post_1_1_1 e70_ 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 e74_ 1
 post_1_1_2 e75_ 1
 post_1_1_2 e76_ 1
 post_1_1_2 e77_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e81_ 1
 post_1_2_0 e82_ 1
 post_1_2_0 e83_ 1
 post_1_2_0 e84_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e88_ 1
 post_1_2_1 e89_ 1
 post_1_2_1 e90_ 1
 post_1_2_1 e91_ 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 e95_ 1
 post_1_2_2 e96_ 1
 post_1_2_2 e97_ 1
 post_1_2_2 e98_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e102_ 1
 post_1_3_0 e103_ 1
 post_1_3_0 e104_ 1
 post_1_3_0 e105_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e109_ 1
 post_1_3_1 e110_ 1
 post_1_3_1 e111_ 1
 post_1_3_1 e112_ 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 e116_ 1
 post_1_3_2 e117_ 1
 post_1_3_2 e118_ 1
 post_1_3_2 e119_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e123_ 1
 post_1_4_0 e124_ 1
 post_1_4_0 e125_ 1
 post_1_4_0 e126_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e130_ 1
 post_1_4_1 e131_ 1
 post_1_4_1 e132_ 1
 post_1_4_1 e133_ 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 e137_ 1
 post_1_4_2 e138_ 1
 post_1_4_2 e139_ 1
 post_1_4_2 e140_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e144_ 1
 post_1_5_0 e145_ 1
 post_1_5_0 e146_ 1
 post_1_5_0 e147_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e151_ 1
 post_1_5_1 e152_ 1
 post_1_5_1 e153_ 1
 post_1_5_1 e154_ 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 e158_ 1
 post_1_5_2 e159_ 1
 post_1_5_2 e160_ 1
 post_1_5_2 e161_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e165_ 1
 post_1_6_0 e166_ 1
 post_1_6_0 e167_ 1
 post_1_6_0 e168_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e172_ 1
 post_1_6_1 e173_ 1
 post_1_6_1 e174_ 1
 post_1_6_1 e175_ 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 e179_ 1
 post_1_6_2 e180_ 1
 post_1_6_2 e181_ 1
 post_1_6_2 e182_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e186_ 1
 post_1_7_0 e187_ 1
 post_1_7_0 e188_ 1
 post_1_7_0 e189_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e193_ 1
 post_1_7_1 e194_ 1
 post_1_7_1 e195_ 1
 post_1_7_1 e196_ 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 e200_ 1
 post_1_7_2 e201_ 1
 post_1_7_2 e202_ 1
 post_1_7_2 e203_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e207_ 1
 post_1_8_0 e208_ 1
 post_1_8_0 e209_ 1
 post_1_8_0 e210_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e214_ 1
 post_1_8_1 e215_ 1
 post_1_8_1 e216_ 1
 post_1_8_1 e217_ 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 e221_ 1
 post_1_8_2 e222_ 1
 post_1_8_2 e223_ 1
 post_1_8_2 e224_ 1
 out_0_0 obj -2
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.125
 out_1_0 out_definition_1_0 1
 out_2_0 obj -0.5
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.125
 out_3_0 out_definition_3_0 1
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.125
 out_5_0 out_definition_5_0 1
 out_6_0 obj -0.5
 out_6_0 out_definition_6_0 1
 out_7_0 obj -1.125
 out_7_0 out_definition_7_0 1
 out_8_0 obj -2
 out_8_0 out_definition_8_0 1
 M73 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e39_ -8
 relu_1_0_0_on_binary_indicator_var e40_ 16
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e42_ 8
 relu_1_0_0_off_binary_indicator_var e43_ 8
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e46_ -8
 relu_1_0_1_on_binary_indicator_var e47_ 16
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e49_ 8
 relu_1_0_1_off_binary_indicator_var e50_ 8
 relu_1_0_2_on_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_on_binary_indicator_var e53_ -8
 relu_1_0_2_on_binary_indicator_var e54_ 16
 relu_1_0_2_off_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_off_binary_indicator_var e56_ 8
 relu_1_0_2_off_binary_indicator_var e57_ 8
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e60_ -7
 relu_1_1_0_on_binary_indicator_var e61_ 14
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e63_ 7
 relu_1_1_0_off_binary_indicator_var e64_ 7
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e67_ -7
 relu_1_1_1_on_binary_indicator_var e68_ 14
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e70_ 7
 relu_1_1_1_off_binary_indicator_var e71_ 7
 relu_1_1_2_on_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_on_binary_indicator_var e74_ -7
 relu_1_1_2_on_binary_indicator_var e75_ 14
 relu_1_1_2_off_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_off_binary_indicator_var e77_ 7
 relu_1_1_2_off_binary_indicator_var e78_ 7
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e81_ -6
 relu_1_2_0_on_binary_indicator_var e82_ 12
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e84_ 6
 relu_1_2_0_off_binary_indicator_var e85_ 6
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e88_ -6
 relu_1_2_1_on_binary_indicator_var e89_ 12
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e91_ 6
 relu_1_2_1_off_binary_indicator_var e92_ 6
 relu_1_2_2_on_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_on_binary_indicator_var e95_ -6
 relu_1_2_2_on_binary_indicator_var e96_ 12
 relu_1_2_2_off_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_off_binary_indicator_var e98_ 6
 relu_1_2_2_off_binary_indicator_var e99_ 6
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e102_ -5
 relu_1_3_0_on_binary_indicator_var e103_ 10
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e105_ 5
 relu_1_3_0_off_binary_indicator_var e106_ 5
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e109_ -5
 relu_1_3_1_on_binary_indicator_var e110_ 10
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e112_ 5
 relu_1_3_1_off_binary_indicator_var e113_ 5
 relu_1_3_2_on_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_on_binary_indicator_var e116_ -5
 relu_1_3_2_on_binary_indicator_var e117_ 10
 relu_1_3_2_off_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_off_binary_indicator_var e119_ 5
 relu_1_3_2_off_binary_indicator_var e120_ 5
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e123_ -4
 relu_1_4_0_on_binary_indicator_var e124_ 8
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e126_ 4
 relu_1_4_0_off_binary_indicator_var e127_ 4
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e130_ -4
 relu_1_4_1_on_binary_indicator_var e131_ 8
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e133_ 4
 relu_1_4_1_off_binary_indicator_var e134_ 4
 relu_1_4_2_on_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_on_binary_indicator_var e137_ -4
 relu_1_4_2_on_binary_indicator_var e138_ 8
 relu_1_4_2_off_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_off_binary_indicator_var e140_ 4
 relu_1_4_2_off_binary_indicator_var e141_ 4
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e144_ -5
 relu_1_5_0_on_binary_indicator_var e145_ 10
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e147_ 5
 relu_1_5_0_off_binary_indicator_var e148_ 5
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e151_ -5
 relu_1_5_1_on_binary_indicator_var e152_ 10
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e154_ 5
 relu_1_5_1_off_binary_indicator_var e155_ 5
 relu_1_5_2_on_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_on_binary_indicator_var e158_ -5
 relu_1_5_2_on_binary_indicator_var e159_ 10
 relu_1_5_2_off_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_off_binary_indicator_var e161_ 5
 relu_1_5_2_off_binary_indicator_var e162_ 5
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e165_ -6
 relu_1_6_0_on_binary_indicator_var e166_ 12
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e168_ 6
 relu_1_6_0_off_binary_indicator_var e169_ 6
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e172_ -6
 relu_1_6_1_on_binary_indicator_var e173_ 12
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e175_ 6
 relu_1_6_1_off_binary_indicator_var e176_ 6
 relu_1_6_2_on_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_on_binary_indicator_var e179_ -6
 relu_1_6_2_on_binary_indicator_var e180_ 12
 relu_1_6_2_off_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_off_binary_indicator_var e182_ 6
 relu_1_6_2_off_binary_indicator_var e183_ 6
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e186_ -7
 relu_1_7_0_on_binary_indicator_var e187_ 14
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e189_ 7
 relu_1_7_0_off_binary_indicator_var e190_ 7
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e193_ -7
 relu_1_7_1_on_binary_indicator_var e194_ 14
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e196_ 7
 relu_1_7_1_off_binary_indicator_var e197_ 7
 relu_1_7_2_on_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_on_binary_indicator_var e200_ -7
 relu_1_7_2_on_binary_indicator_var e201_ 14
 relu_1_7_2_off_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_off_binary_indicator_var e203_ 7
 relu_1_7_2_off_binary_indicator_var e204_ 7
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e207_ -8
 relu_1_8_0_on_binary_indicator_var e208_ 16
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e210_ 8
 relu_1_8_0_off_binary_indicator_var e211_ 8
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e214_ -8
 relu_1_8_1_on_binary_indicator_var e215_ 16
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e217_ 8
 relu_1_8_1_off_binary_indicator_var e218_ 8
 relu_1_8_2_on_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_on_binary_indicator_var e221_ -8
 relu_1_8_2_on_binary_indicator_var e222_ 16
 relu_1_8_2_off_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_off_binary_indicator_var e224_ 8
 relu_1_8_2_off_binary_indicator_var e225_ 8
 M127 'MARKER' 'INTEND'
RHS
 rhs obj -2.765625
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e39_ -8
 rhs e40_ 16
 rhs e42_ 8
 rhs e43_ 8
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e46_ -8
 rhs e47_ 16
 rhs e49_ 8
 rhs e50_ 8
 rhs relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e53_ -8
 rhs e54_ 16
 rhs e56_ 8
 rhs e57_ 8
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e60_ -7
 rhs e61_ 14
 rhs e63_ 7
 rhs e64_ 7
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e67_ -7
 rhs e68_ 14
 rhs e70_ 7
 rhs e71_ 7
 rhs relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e74_ -7
 rhs e75_ 14
 rhs e77_ 7
 rhs e78_ 7
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e81_ -6
 rhs e82_ 12
 rhs e84_ 6
 rhs e85_ 6
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e88_ -6
 rhs e89_ 12
 rhs e91_ 6
 rhs e92_ 6
 rhs relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e95_ -6
 rhs e96_ 12
 rhs e98_ 6
 rhs e99_ 6
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e102_ -5
 rhs e103_ 10
 rhs e105_ 5
 rhs e106_ 5
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e109_ -5
 rhs e110_ 10
 rhs e112_ 5
 rhs e113_ 5
 rhs relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e116_ -5
 rhs e117_ 10
 rhs e119_ 5
 rhs e120_ 5
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e123_ -4
 rhs e124_ 8
 rhs e126_ 4
 rhs e127_ 4
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e130_ -4
 rhs e131_ 8
 rhs e133_ 4
 rhs e134_ 4
 rhs relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e137_ -4
 rhs e138_ 8
 rhs e140_ 4
 rhs e141_ 4
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e144_ -5
 rhs e145_ 10
 rhs e147_ 5
 rhs e148_ 5
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e151_ -5
 rhs e152_ 10
 rhs e154_ 5
 rhs e155_ 5
 rhs relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e158_ -5
 rhs e159_ 10
 rhs e161_ 5
 rhs e162_ 5
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e165_ -6
 rhs e166_ 12
 rhs e168_ 6
 rhs e169_ 6
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e172_ -6
 rhs e173_ 12
 rhs e175_ 6
 rhs e176_ 6
 rhs relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e179_ -6
 rhs e180_ 12
 rhs e182_ 6
 rhs e183_ 6
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e186_ -7
 rhs e187_ 14
 rhs e189_ 7
 rhs e190_ 7
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e193_ -7
 rhs e194_ 14
 rhs e196_ 7
 rhs e197_ 7
 rhs relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e200_ -7
 rhs e201_ 14
 rhs e203_ 7
 rhs e204_ 7
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e207_ -8
 rhs e208_ 16
 rhs e210_ 8
 rhs e211_ 8
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e214_ -8
 rhs e215_ 16
 rhs e217_ 8
 rhs e218_ 8
 rhs relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e221_ -8
 rhs e222_ 16
 rhs e224_ 8
 rhs e225_ 8
BOUNDS
 LO bnd w_1_0_0 -4
 UP bnd w_1_0_0 4
 LO bnd w_1_1_0 -4
 UP bnd w_1_1_0 4
 LO bnd w_1_2_0 -4
 UP bnd w_1_2_0 4
 LO bnd w_2_0_0 -4
 UP bnd w_2_0_0 4
 LO bnd w_2_0_1 -4
 UP bnd w_2_0_1 4
 LO bnd w_2_0_2 -4
 UP bnd w_2_0_2 4
 LO bnd b_1_0 -4
 UP bnd b_1_0 4
 LO bnd b_1_1 -4
 UP bnd b_1_1 4
 LO bnd b_1_2 -4
 UP bnd b_1_2 4
 LO bnd b_2_0 -4
 UP bnd b_2_0 4
 LO bnd pre_1_0_0 -8
 UP bnd pre_1_0_0 8
 LO bnd pre_1_0_1 -8
 UP bnd pre_1_0_1 8
 LO bnd pre_1_0_2 -8
 UP bnd pre_1_0_2 8
 LO bnd pre_1_1_0 -7
 UP bnd pre_1_1_0 7
 LO bnd pre_1_1_1 -7
 UP bnd pre_1_1_1 7
 LO bnd pre_1_1_2 -7
 UP bnd pre_1_1_2 7
 LO bnd pre_1_2_0 -6
 UP bnd pre_1_2_0 6
 LO bnd pre_1_2_1 -6
 UP bnd pre_1_2_1 6
 LO bnd pre_1_2_2 -6
 UP bnd pre_1_2_2 6
 LO bnd pre_1_3_0 -5
 UP bnd pre_1_3_0 5
 LO bnd pre_1_3_1 -5
 UP bnd pre_1_3_1 5
 LO bnd pre_1_3_2 -5
 UP bnd pre_1_3_2 5
 LO bnd pre_1_4_0 -4
 UP bnd pre_1_4_0 4
 LO bnd pre_1_4_1 -4
 UP bnd pre_1_4_1 4
 LO bnd pre_1_4_2 -4
 UP bnd pre_1_4_2 4
 LO bnd pre_1_5_0 -5
 UP bnd pre_1_5_0 5
 LO bnd pre_1_5_1 -5
 UP bnd pre_1_5_1 5
 LO bnd pre_1_5_2 -5
 UP bnd pre_1_5_2 5
 LO bnd pre_1_6_0 -6
 UP bnd pre_1_6_0 6
 LO bnd pre_1_6_1 -6
 UP bnd pre_1_6_1 6
 LO bnd pre_1_6_2 -6
 UP bnd pre_1_6_2 6
 LO bnd pre_1_7_0 -7
 UP bnd pre_1_7_0 7
 LO bnd pre_1_7_1 -7
 UP bnd pre_1_7_1 7
 LO bnd pre_1_7_2 -7
 UP bnd pre_1_7_2 7
 LO bnd pre_1_8_0 -8
 UP bnd pre_1_8_0 8
 LO bnd pre_1_8_1 -8
 UP bnd pre_1_8_1 8
 LO bnd pre_1_8_2 -8
 UP bnd pre_1_8_2 8
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 8
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 8
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 8
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 7
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 7
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 7
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 6
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 6
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 6
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 5
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 5
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 5
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 4
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 4
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 4
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 5
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 5
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 6
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 6
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 6
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 7
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 7
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 7
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 8
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 8
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 8
 LO bnd out_0_0 -100
 UP bnd out_0_0 100
 LO bnd out_1_0 -88
 UP bnd out_1_0 88
 LO bnd out_2_0 -76
 UP bnd out_2_0 76
 LO bnd out_3_0 -64
 UP bnd out_3_0 64
 LO bnd out_4_0 -52
 UP bnd out_4_0 52
 LO bnd out_5_0 -64
 UP bnd out_5_0 64
 LO bnd out_6_0 -76
 UP bnd out_6_0 76
 LO bnd out_7_0 -88
 UP bnd out_7_0 88
 LO bnd out_8_0 -100
 UP bnd out_8_0 100
 BV bnd relu_1_0_0_on_binary_indicator_var
 BV bnd relu_1_0_0_off_binary_indicator_var
 BV bnd relu_1_0_1_on_binary_indicator_var
 BV bnd relu_1_0_1_off_binary_indicator_var
 BV bnd relu_1_0_2_on_binary_indicator_var
 BV bnd relu_1_0_2_off_binary_indicator_var
 BV bnd relu_1_1_0_on_binary_indicator_var
 BV bnd relu_1_1_0_off_binary_indicator_var
 BV bnd relu_1_1_1_on_binary_indicator_var
 BV bnd relu_1_1_1_off_binary_indicator_var
 BV bnd relu_1_1_2_on_binary_indicator_var
 BV bnd relu_1_1_2_off_binary_indicator_var
 BV bnd relu_1_2_0_on_binary_indicator_var
 BV bnd relu_1_2_0_off_binary_indicator_var
 BV bnd relu_1_2_1_on_binary_indicator_var
 BV bnd relu_1_2_1_off_binary_indicator_var
 BV bnd relu_1_2_2_on_binary_indicator_var
 BV bnd relu_1_2_2_off_binary_indicator_var
 BV bnd relu_1_3_0_on_binary_indicator_var
 BV bnd relu_1_3_0_off_binary_indicator_var
 BV bnd relu_1_3_1_on_binary_indicator_var
 BV bnd relu_1_3_1_off_binary_indicator_var
 BV bnd relu_1_3_2_on_binary_indicator_var
 BV bnd relu_1_3_2_off_binary_indicator_var
 BV bnd relu_1_4_0_on_binary_indicator_var
 BV bnd relu_1_4_0_off_binary_indicator_var
 BV bnd relu_1_4_1_on_binary_indicator_var
 BV bnd relu_1_4_1_off_binary_indicator_var
 BV bnd relu_1_4_2_on_binary_indicator_var
 BV bnd relu_1_4_2_off_binary_indicator_var
 BV bnd relu_1_5_0_on_binary_indicator_var
 BV bnd relu_1_5_0_off_binary_indicator_var
 BV bnd relu_1_5_1_on_binary_indicator_var
 BV bnd relu_1_5_1_off_binary_indicator_var
 BV bnd relu_1_5_2_on_binary_indicator_var
 BV bnd relu_1_5_2_off_binary_indicator_var
 BV bnd relu_1_6_0_on_binary_indicator_var
 BV bnd relu_1_6_0_off_binary_indicator_var
 BV bnd relu_1_6_1_on_binary_indicator_var
 BV bnd relu_1_6_1_off_binary_indicator_var
 BV bnd relu_1_6_2_on_binary_indicator_var
 BV bnd relu_1_6_2_off_binary_indicator_var
 BV bnd relu_1_7_0_on_binary_indicator_var
 BV bnd relu_1_7_0_off_binary_indicator_var
 BV bnd relu_1_7_1_on_binary_indicator_var
 BV bnd relu_1_7_1_off_binary_indicator_var
 BV bnd relu_1_7_2_on_binary_indicator_var
 BV bnd relu_1_7_2_off_binary_indicator_var
 BV bnd relu_1_8_0_on_binary_indicator_var
 BV bnd relu_1_8_0_off_binary_indicator_var
 BV bnd relu_1_8_1_on_binary_indicator_var
 BV bnd relu_1_8_1_off_binary_indicator_var
 BV bnd relu_1_8_2_on_binary_indicator_var
 BV bnd relu_1_8_2_off_binary_indicator_var
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
 w_2_0_2 post_1_0_2 -0.5
 post_1_0_2 w_2_0_2 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
 w_2_0_2 post_1_1_2 -0.5
 post_1_1_2 w_2_0_2 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
 w_2_0_2 post_1_2_2 -0.5
 post_1_2_2 w_2_0_2 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
 w_2_0_2 post_1_3_2 -0.5
 post_1_3_2 w_2_0_2 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
 w_2_0_2 post_1_4_2 -0.5
 post_1_4_2 w_2_0_2 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
 w_2_0_2 post_1_5_2 -0.5
 post_1_5_2 w_2_0_2 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
 w_2_0_2 post_1_6_2 -0.5
 post_1_6_2 w_2_0_2 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
 w_2_0_2 post_1_7_2 -0.5
 post_1_7_2 w_2_0_2 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
 w_2_0_2 post_1_8_2 -0.5
 post_1_8_2 w_2_0_2 -0.5
ENDATA
