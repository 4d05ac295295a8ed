* teacher-N16-n2-m2-p2-s0-p1-plain-indicator  (relu-opt library: teacher-N16-n2-m2-p2-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m2-p2-s0-p1-plain-indicator
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
 E out_definition_0_1
 E out_definition_1_0
 E out_definition_1_1
 E out_definition_2_0
 E out_definition_2_1
 E out_definition_3_0
 E out_definition_3_1
 E out_definition_4_0
 E out_definition_4_1
 E out_definition_5_0
 E out_definition_5_1
 E out_definition_6_0
 E out_definition_6_1
 E out_definition_7_0
 E out_definition_7_1
 E out_definition_8_0
 E out_definition_8_1
 E out_definition_9_0
 E out_definition_9_1
 E out_definition_10_0
 E out_definition_10_1
 E out_definition_11_0
 E out_definition_11_1
 E out_definition_12_0
 E out_definition_12_1
 E out_definition_13_0
 E out_definition_13_1
 E out_definition_14_0
 E out_definition_14_1
 E out_definition_15_0
 E out_definition_15_1
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e67_
 L e68_
 G e69_
 L e70_
 L e71_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e74_
 L e75_
 G e76_
 L e77_
 L e78_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e81_
 L e82_
 G e83_
 L e84_
 L e85_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e88_
 L e89_
 G e90_
 L e91_
 L e92_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e95_
 L e96_
 G e97_
 L e98_
 L e99_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e102_
 L e103_
 G e104_
 L e105_
 L e106_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e109_
 L e110_
 G e111_
 L e112_
 L e113_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
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
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e137_
 L e138_
 G e139_
 L e140_
 L e141_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e144_
 L e145_
 G e146_
 L e147_
 L e148_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e151_
 L e152_
 G e153_
 L e154_
 L e155_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e158_
 L e159_
 G e160_
 L e161_
 L e162_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e165_
 L e166_
 G e167_
 L e168_
 L e169_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e172_
 L e173_
 G e174_
 L e175_
 L e176_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e179_
 L e180_
 G e181_
 L e182_
 L e183_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e186_
 L e187_
 G e188_
 L e189_
 L e190_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e193_
 L e194_
 G e195_
 L e196_
 L e197_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e200_
 L e201_
 G e202_
 L e203_
 L e204_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e207_
 L e208_
 G e209_
 L e210_
 L e211_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e214_
 L e215_
 G e216_
 L e217_
 L e218_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e221_
 L e222_
 G e223_
 L e224_
 L e225_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e228_
 L e229_
 G e230_
 L e231_
 L e232_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e235_
 L e236_
 G e237_
 L e238_
 L e239_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e242_
 L e243_
 G e244_
 L e245_
 L e246_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e249_
 L e250_
 G e251_
 L e252_
 L e253_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e256_
 L e257_
 G e258_
 L e259_
 L e260_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e263_
 L e264_
 G e265_
 L e266_
 L e267_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e270_
 L e271_
 G e272_
 L e273_
 L e274_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e277_
 L e278_
 G e279_
 L e280_
 L e281_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e284_
 L e285_
 G e286_
 L e287_
 L e288_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -0.7148085531751387
 w_1_0_0 pre_definition_1_1_0 -0.45931089285988813
 w_1_0_0 pre_definition_1_2_0 -0.7263578446997732
 w_1_0_0 pre_definition_1_3_0 0.40057621892523043
 w_1_0_0 pre_definition_1_4_0 0.9433606577090741
 w_1_0_0 pre_definition_1_5_0 -0.34124882938726064
 w_1_0_0 pre_definition_1_6_0 -0.2307702229625077
 w_1_0_0 pre_definition_1_7_0 -0.994419871578422
 w_1_0_0 pre_definition_1_8_0 -0.3710839689613894
 w_1_0_0 pre_definition_1_9_0 -0.37689346114188016
 w_1_0_0 pre_definition_1_10_0 0.7298069899551776
 w_1_0_0 pre_definition_1_11_0 -0.050708644951451776
 w_1_0_0 pre_definition_1_12_0 0.028329282336421846
 w_1_0_0 pre_definition_1_13_0 -0.8680870319124994
 w_1_0_0 pre_definition_1_14_0 -0.14305966145952187
 w_1_0_0 pre_definition_1_15_0 -0.1886000603993936
 w_1_0_1 pre_definition_1_0_0 0.9328288493890713
 w_1_0_1 pre_definition_1_1_0 0.648688758794882
 w_1_0_1 pre_definition_1_2_0 -0.08292244049818343
 w_1_0_1 pre_definition_1_3_0 0.1546255576046831
 w_1_0_1 pre_definition_1_4_0 0.7514334470008721
 w_1_0_1 pre_definition_1_5_0 -0.2943790231485002
 w_1_0_1 pre_definition_1_6_0 0.23264489147623313
 w_1_0_1 pre_definition_1_7_0 -0.9616706775524602
 w_1_0_1 pre_definition_1_8_0 -0.3009185525356326
 w_1_0_1 pre_definition_1_9_0 0.22215715204179243
 w_1_0_1 pre_definition_1_10_0 -0.4429766803881634
 w_1_0_1 pre_definition_1_11_0 0.3795162488820887
 w_1_0_1 pre_definition_1_12_0 -0.7789756686980005
 w_1_0_1 pre_definition_1_13_0 0.28440960658185954
 w_1_0_1 pre_definition_1_14_0 0.3562612178481157
 w_1_0_1 pre_definition_1_15_0 0.3241775489857335
 w_1_1_0 pre_definition_1_0_1 -0.7148085531751387
 w_1_1_0 pre_definition_1_1_1 -0.45931089285988813
 w_1_1_0 pre_definition_1_2_1 -0.7263578446997732
 w_1_1_0 pre_definition_1_3_1 0.40057621892523043
 w_1_1_0 pre_definition_1_4_1 0.9433606577090741
 w_1_1_0 pre_definition_1_5_1 -0.34124882938726064
 w_1_1_0 pre_definition_1_6_1 -0.2307702229625077
 w_1_1_0 pre_definition_1_7_1 -0.994419871578422
 w_1_1_0 pre_definition_1_8_1 -0.3710839689613894
 w_1_1_0 pre_definition_1_9_1 -0.37689346114188016
 w_1_1_0 pre_definition_1_10_1 0.7298069899551776
 w_1_1_0 pre_definition_1_11_1 -0.050708644951451776
 w_1_1_0 pre_definition_1_12_1 0.028329282336421846
 w_1_1_0 pre_definition_1_13_1 -0.8680870319124994
 w_1_1_0 pre_definition_1_14_1 -0.14305966145952187
 w_1_1_0 pre_definition_1_15_1 -0.1886000603993936
 w_1_1_1 pre_definition_1_0_1 0.9328288493890713
 w_1_1_1 pre_definition_1_1_1 0.648688758794882
 w_1_1_1 pre_definition_1_2_1 -0.08292244049818343
 w_1_1_1 pre_definition_1_3_1 0.1546255576046831
 w_1_1_1 pre_definition_1_4_1 0.7514334470008721
 w_1_1_1 pre_definition_1_5_1 -0.2943790231485002
 w_1_1_1 pre_definition_1_6_1 0.23264489147623313
 w_1_1_1 pre_definition_1_7_1 -0.9616706775524602
 w_1_1_1 pre_definition_1_8_1 -0.3009185525356326
 w_1_1_1 pre_definition_1_9_1 0.22215715204179243
 w_1_1_1 pre_definition_1_10_1 -0.4429766803881634
 w_1_1_1 pre_definition_1_11_1 0.3795162488820887
 w_1_1_1 pre_definition_1_12_1 -0.7789756686980005
 w_1_1_1 pre_definition_1_13_1 0.28440960658185954
 w_1_1_1 pre_definition_1_14_1 0.3562612178481157
 w_1_1_1 pre_definition_1_15_1 0.3241775489857335
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_1_0 obj 0
 w_2_1_1 obj 0
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
 b_2_1 out_definition_0_1 -1
 b_2_1 out_definition_1_1 -1
 b_2_1 out_definition_2_1 -1
 b_2_1 out_definition_3_1 -1
 b_2_1 out_definition_4_1 -1
 b_2_1 out_definition_5_1 -1
 b_2_1 out_definition_6_1 -1
 b_2_1 out_definition_7_1 -1
 b_2_1 out_definition_8_1 -1
 b_2_1 out_definition_9_1 -1
 b_2_1 out_definition_10_1 -1
 b_2_1 out_definition_11_1 -1
 b_2_1 out_definition_12_1 -1
 b_2_1 out_definition_13_1 -1
 b_2_1 out_definition_14_1 -1
 b_2_1 out_definition_15_1 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e67_ -1
 pre_1_0_0 e68_ -1
 pre_1_0_0 e71_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e74_ -1
 pre_1_0_1 e75_ -1
 pre_1_0_1 e78_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e81_ -1
 pre_1_1_0 e82_ -1
 pre_1_1_0 e85_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e88_ -1
 pre_1_1_1 e89_ -1
 pre_1_1_1 e92_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e95_ -1
 pre_1_2_0 e96_ -1
 pre_1_2_0 e99_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e102_ -1
 pre_1_2_1 e103_ -1
 pre_1_2_1 e106_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e109_ -1
 pre_1_3_0 e110_ -1
 pre_1_3_0 e113_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e116_ -1
 pre_1_3_1 e117_ -1
 pre_1_3_1 e120_ 1
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
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e137_ -1
 pre_1_5_0 e138_ -1
 pre_1_5_0 e141_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e144_ -1
 pre_1_5_1 e145_ -1
 pre_1_5_1 e148_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e151_ -1
 pre_1_6_0 e152_ -1
 pre_1_6_0 e155_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e158_ -1
 pre_1_6_1 e159_ -1
 pre_1_6_1 e162_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e165_ -1
 pre_1_7_0 e166_ -1
 pre_1_7_0 e169_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e172_ -1
 pre_1_7_1 e173_ -1
 pre_1_7_1 e176_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e179_ -1
 pre_1_8_0 e180_ -1
 pre_1_8_0 e183_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e186_ -1
 pre_1_8_1 e187_ -1
 pre_1_8_1 e190_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e193_ -1
 pre_1_9_0 e194_ -1
 pre_1_9_0 e197_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e200_ -1
 pre_1_9_1 e201_ -1
 pre_1_9_1 e204_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e207_ -1
 pre_1_10_0 e208_ -1
 pre_1_10_0 e211_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e214_ -1
 pre_1_10_1 e215_ -1
 pre_1_10_1 e218_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e221_ -1
 pre_1_11_0 e222_ -1
 pre_1_11_0 e225_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e228_ -1
 pre_1_11_1 e229_ -1
 pre_1_11_1 e232_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e235_ -1
 pre_1_12_0 e236_ -1
 pre_1_12_0 e239_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e242_ -1
 pre_1_12_1 e243_ -1
 pre_1_12_1 e246_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e249_ -1
 pre_1_13_0 e250_ -1
 pre_1_13_0 e253_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e256_ -1
 pre_1_13_1 e257_ -1
 pre_1_13_1 e260_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e263_ -1
 pre_1_14_0 e264_ -1
 pre_1_14_0 e267_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e270_ -1
 pre_1_14_1 e271_ -1
 pre_1_14_1 e274_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e277_ -1
 pre_1_15_0 e278_ -1
 pre_1_15_0 e281_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e284_ -1
 pre_1_15_1 e285_ -1
 pre_1_15_1 e288_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e67_ 1
 post_1_0_0 e68_ 1
 post_1_0_0 e69_ 1
 post_1_0_0 e70_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e74_ 1
 post_1_0_1 e75_ 1
 post_1_0_1 e76_ 1
 post_1_0_1 e77_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e81_ 1
 post_1_1_0 e82_ 1
 post_1_1_0 e83_ 1
 post_1_1_0 e84_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e88_ 1
 post_1_1_1 e89_ 1
 post_1_1_1 e90_ 1
 post_1_1_1 e91_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e95_ 1
 post_1_2_0 e96_ 1
 post_1_2_0 e97_ 1
 post_1_2_0 e98_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e102_ 1
 post_1_2_1 e103_ 1
 post_1_2_1 e104_ 1
 post_1_2_1 e105_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e109_ 1
 post_1_3_0 e110_ 1
 post_1_3_0 e111_ 1
 post_1_3_0 e112_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e116_ 1
 post_1_3_1 e117_ 1
 post_1_3_1 e118_ 1
 post_1_3_1 e119_ 1
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
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e137_ 1
 post_1_5_0 e138_ 1
 post_1_5_0 e139_ 1
 post_1_5_0 e140_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e144_ 1
 post_1_5_1 e145_ 1
 post_1_5_1 e146_ 1
 post_1_5_1 e147_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e151_ 1
 post_1_6_0 e152_ 1
 post_1_6_0 e153_ 1
 post_1_6_0 e154_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e158_ 1
 post_1_6_1 e159_ 1
 post_1_6_1 e160_ 1
 post_1_6_1 e161_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e165_ 1
 post_1_7_0 e166_ 1
 post_1_7_0 e167_ 1
 post_1_7_0 e168_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e172_ 1
 post_1_7_1 e173_ 1
 post_1_7_1 e174_ 1
 post_1_7_1 e175_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e179_ 1
 post_1_8_0 e180_ 1
 post_1_8_0 e181_ 1
 post_1_8_0 e182_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e186_ 1
 post_1_8_1 e187_ 1
 post_1_8_1 e188_ 1
 post_1_8_1 e189_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e193_ 1
 post_1_9_0 e194_ 1
 post_1_9_0 e195_ 1
 post_1_9_0 e196_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e200_ 1
 post_1_9_1 e201_ 1
 post_1_9_1 e202_ 1
 post_1_9_1 e203_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e207_ 1
 post_1_10_0 e208_ 1
 post_1_10_0 e209_ 1
 post_1_10_0 e210_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e214_ 1
 post_1_10_1 e215_ 1
 post_1_10_1 e216_ 1
 post_1_10_1 e217_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e221_ 1
 post_1_11_0 e222_ 1
 post_1_11_0 e223_ 1
 post_1_11_0 e224_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e228_ 1
 post_1_11_1 e229_ 1
 post_1_11_1 e230_ 1
 post_1_11_1 e231_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e235_ 1
 post_1_12_0 e236_ 1
 post_1_12_0 e237_ 1
 post_1_12_0 e238_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e242_ 1
 post_1_12_1 e243_ 1
 post_1_12_1 e244_ 1
 post_1_12_1 e245_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e249_ 1
 post_1_13_0 e250_ 1
 post_1_13_0 e251_ 1
 post_1_13_0 e252_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e256_ 1
 post_1_13_1 e257_ 1
 post_1_13_1 e258_ 1
 post_1_13_1 e259_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e263_ 1
 post_1_14_0 e264_ 1
 post_1_14_0 e265_ 1
 post_1_14_0 e266_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e270_ 1
 post_1_14_1 e271_ 1
 post_1_14_1 e272_ 1
 post_1_14_1 e273_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e277_ 1
 post_1_15_0 e278_ 1
 post_1_15_0 e279_ 1
 post_1_15_0 e280_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e284_ 1
 post_1_15_1 e285_ 1
 post_1_15_1 e286_ 1
 post_1_15_1 e287_ 1
 out_0_0 obj -2.8336839704454078
 out_0_0 out_definition_0_0 1
 out_0_1 obj -0.030941247684393616
 out_0_1 out_definition_0_1 1
 out_1_0 obj -2.9498503608823965
 out_1_0 out_definition_1_0 1
 out_1_1 obj -0.38079802580034594
 out_1_1 out_definition_1_1 1
 out_2_0 obj -2.0316272898828163
 out_2_0 out_definition_2_0 1
 out_2_1 obj 1.452033034526946
 out_2_1 out_definition_2_1 1
 out_3_0 obj -2.8183502546633954
 out_3_0 out_definition_3_0 1
 out_3_1 obj -0.20871619482923864
 out_3_1 out_definition_3_1 1
 out_4_0 obj -3.786961234696427
 out_4_0 out_definition_4_0 1
 out_4_1 obj -2.4751618095939936
 out_4_1 out_definition_4_1 1
 out_5_0 obj -1.4639602338491864
 out_5_0 out_definition_5_0 1
 out_5_1 obj 1.4119780734702183
 out_5_1 out_definition_5_1 1
 out_6_0 obj -2.4591155841176144
 out_6_0 out_definition_6_0 1
 out_6_1 obj 0.25136525252602127
 out_6_1 out_definition_6_1 1
 out_7_0 obj -1.2211610711680418
 out_7_0 out_definition_7_0 1
 out_7_1 obj 2.0417872040789145
 out_7_1 out_definition_7_1 1
 out_8_0 obj -1.6055984864845072
 out_8_0 out_definition_8_0 1
 out_8_1 obj 1.782733606606207
 out_8_1 out_definition_8_1 1
 out_9_0 obj -2.6035735973124186
 out_9_0 out_definition_9_0 1
 out_9_1 obj 0.7347202253836062
 out_9_1 out_definition_9_1 1
 out_10_0 obj -2.4038422636517915
 out_10_0 out_definition_10_0 1
 out_10_1 obj 0.14470441023221547
 out_10_1 out_definition_10_1 1
 out_11_0 obj -2.9797612022081346
 out_11_0 out_definition_11_0 1
 out_11_1 obj -0.4115220829817355
 out_11_1 out_definition_11_1 1
 out_12_0 obj -1.5912680269783523
 out_12_0 out_definition_12_0 1
 out_12_1 obj 2.21329970353739
 out_12_1 out_definition_12_1 1
 out_13_0 obj -1.9770224120934736
 out_13_0 out_definition_13_0 1
 out_13_1 obj 1.150333359215494
 out_13_1 out_definition_13_1 1
 out_14_0 obj -2.7716102668632403
 out_14_0 out_definition_14_0 1
 out_14_1 obj 0.16026551562217242
 out_14_1 out_definition_14_1 1
 out_15_0 obj -2.8673817650533517
 out_15_0 out_definition_15_0 1
 out_15_1 obj 0.42791936970796934
 out_15_1 out_definition_15_1 1
 M108 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e67_ -7.94291220769263
 relu_1_0_0_on_binary_indicator_var e68_ 15.88582441538526
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e70_ 7.94291220769263
 relu_1_0_0_off_binary_indicator_var e71_ 7.94291220769263
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e74_ -7.94291220769263
 relu_1_0_1_on_binary_indicator_var e75_ 15.88582441538526
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e77_ 7.94291220769263
 relu_1_0_1_off_binary_indicator_var e78_ 7.94291220769263
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e81_ -6.32399895496431
 relu_1_1_0_on_binary_indicator_var e82_ 12.64799790992862
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e84_ 6.32399895496431
 relu_1_1_0_off_binary_indicator_var e85_ 6.32399895496431
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e88_ -6.32399895496431
 relu_1_1_1_on_binary_indicator_var e89_ 12.64799790992862
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e91_ 6.32399895496431
 relu_1_1_1_off_binary_indicator_var e92_ 6.32399895496431
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e95_ -5.427840855593869
 relu_1_2_0_on_binary_indicator_var e96_ 10.855681711187739
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e98_ 5.427840855593869
 relu_1_2_0_off_binary_indicator_var e99_ 5.427840855593869
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e102_ -5.427840855593869
 relu_1_2_1_on_binary_indicator_var e103_ 10.855681711187739
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e105_ 5.427840855593869
 relu_1_2_1_off_binary_indicator_var e106_ 5.427840855593869
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e109_ -4.665605329589741
 relu_1_3_0_on_binary_indicator_var e110_ 9.331210659179481
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e112_ 4.665605329589741
 relu_1_3_0_off_binary_indicator_var e113_ 4.665605329589741
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e116_ -4.665605329589741
 relu_1_3_1_on_binary_indicator_var e117_ 9.331210659179481
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e119_ 4.665605329589741
 relu_1_3_1_off_binary_indicator_var e120_ 4.665605329589741
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e123_ -8.084382314129838
 relu_1_4_0_on_binary_indicator_var e124_ 16.168764628259677
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e126_ 8.084382314129838
 relu_1_4_0_off_binary_indicator_var e127_ 8.084382314129838
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e130_ -8.084382314129838
 relu_1_4_1_on_binary_indicator_var e131_ 16.168764628259677
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e133_ 8.084382314129838
 relu_1_4_1_off_binary_indicator_var e134_ 8.084382314129838
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e137_ -4.906883557607283
 relu_1_5_0_on_binary_indicator_var e138_ 9.813767115214565
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e140_ 4.906883557607283
 relu_1_5_0_off_binary_indicator_var e141_ 4.906883557607283
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e144_ -4.906883557607283
 relu_1_5_1_on_binary_indicator_var e145_ 9.813767115214565
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e147_ 4.906883557607283
 relu_1_5_1_off_binary_indicator_var e148_ 4.906883557607283
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e151_ -4.390245343316223
 relu_1_6_0_on_binary_indicator_var e152_ 8.780490686632445
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e154_ 4.390245343316223
 relu_1_6_0_off_binary_indicator_var e155_ 4.390245343316223
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e158_ -4.390245343316223
 relu_1_6_1_on_binary_indicator_var e159_ 8.780490686632445
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e161_ 4.390245343316223
 relu_1_6_1_off_binary_indicator_var e162_ 4.390245343316223
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e165_ -8.868271647392646
 relu_1_7_0_on_binary_indicator_var e166_ 17.736543294785292
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e168_ 8.868271647392646
 relu_1_7_0_off_binary_indicator_var e169_ 8.868271647392646
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e172_ -8.868271647392646
 relu_1_7_1_on_binary_indicator_var e173_ 17.736543294785292
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e175_ 8.868271647392646
 relu_1_7_1_off_binary_indicator_var e176_ 8.868271647392646
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e179_ -5.0160075644910656
 relu_1_8_0_on_binary_indicator_var e180_ 10.032015128982131
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e182_ 5.0160075644910656
 relu_1_8_0_off_binary_indicator_var e183_ 5.0160075644910656
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e186_ -5.0160075644910656
 relu_1_8_1_on_binary_indicator_var e187_ 10.032015128982131
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e189_ 5.0160075644910656
 relu_1_8_1_off_binary_indicator_var e190_ 5.0160075644910656
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e193_ -4.7971518395510175
 relu_1_9_0_on_binary_indicator_var e194_ 9.594303679102035
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e196_ 4.7971518395510175
 relu_1_9_0_off_binary_indicator_var e197_ 4.7971518395510175
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e200_ -4.7971518395510175
 relu_1_9_1_on_binary_indicator_var e201_ 9.594303679102035
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e203_ 4.7971518395510175
 relu_1_9_1_off_binary_indicator_var e204_ 4.7971518395510175
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e207_ -6.518351011030023
 relu_1_10_0_on_binary_indicator_var e208_ 13.036702022060046
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e210_ 6.518351011030023
 relu_1_10_0_off_binary_indicator_var e211_ 6.518351011030023
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e214_ -6.518351011030023
 relu_1_10_1_on_binary_indicator_var e215_ 13.036702022060046
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e217_ 6.518351011030023
 relu_1_10_1_off_binary_indicator_var e218_ 6.518351011030023
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e221_ -4.290674681500621
 relu_1_11_0_on_binary_indicator_var e222_ 8.581349363001243
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e224_ 4.290674681500621
 relu_1_11_0_off_binary_indicator_var e225_ 4.290674681500621
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e228_ -4.290674681500621
 relu_1_11_1_on_binary_indicator_var e229_ 8.581349363001243
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e231_ 4.290674681500621
 relu_1_11_1_off_binary_indicator_var e232_ 4.290674681500621
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e235_ -5.421914853103267
 relu_1_12_0_on_binary_indicator_var e236_ 10.843829706206535
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e238_ 5.421914853103267
 relu_1_12_0_off_binary_indicator_var e239_ 5.421914853103267
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e242_ -5.421914853103267
 relu_1_12_1_on_binary_indicator_var e243_ 10.843829706206535
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e245_ 5.421914853103267
 relu_1_12_1_off_binary_indicator_var e246_ 5.421914853103267
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e249_ -6.457489915483077
 relu_1_13_0_on_binary_indicator_var e250_ 12.914979830966153
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e252_ 6.457489915483077
 relu_1_13_0_off_binary_indicator_var e253_ 6.457489915483077
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e256_ -6.457489915483077
 relu_1_13_1_on_binary_indicator_var e257_ 12.914979830966153
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e259_ 6.457489915483077
 relu_1_13_1_off_binary_indicator_var e260_ 6.457489915483077
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e263_ -4.497962637922913
 relu_1_14_0_on_binary_indicator_var e264_ 8.995925275845826
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e266_ 4.497962637922913
 relu_1_14_0_off_binary_indicator_var e267_ 4.497962637922913
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e270_ -4.497962637922913
 relu_1_14_1_on_binary_indicator_var e271_ 8.995925275845826
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e273_ 4.497962637922913
 relu_1_14_1_off_binary_indicator_var e274_ 4.497962637922913
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e277_ -4.538332828155381
 relu_1_15_0_on_binary_indicator_var e278_ 9.076665656310762
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e280_ 4.538332828155381
 relu_1_15_0_off_binary_indicator_var e281_ 4.538332828155381
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e284_ -4.538332828155381
 relu_1_15_1_on_binary_indicator_var e285_ 9.076665656310762
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e287_ 4.538332828155381
 relu_1_15_1_off_binary_indicator_var e288_ 4.538332828155381
 M172 'MARKER' 'INTEND'
RHS
 rhs obj -31.043069396054673
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e67_ -7.94291220769263
 rhs e68_ 15.88582441538526
 rhs e70_ 7.94291220769263
 rhs e71_ 7.94291220769263
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e74_ -7.94291220769263
 rhs e75_ 15.88582441538526
 rhs e77_ 7.94291220769263
 rhs e78_ 7.94291220769263
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e81_ -6.32399895496431
 rhs e82_ 12.64799790992862
 rhs e84_ 6.32399895496431
 rhs e85_ 6.32399895496431
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e88_ -6.32399895496431
 rhs e89_ 12.64799790992862
 rhs e91_ 6.32399895496431
 rhs e92_ 6.32399895496431
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e95_ -5.427840855593869
 rhs e96_ 10.855681711187739
 rhs e98_ 5.427840855593869
 rhs e99_ 5.427840855593869
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e102_ -5.427840855593869
 rhs e103_ 10.855681711187739
 rhs e105_ 5.427840855593869
 rhs e106_ 5.427840855593869
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e109_ -4.665605329589741
 rhs e110_ 9.331210659179481
 rhs e112_ 4.665605329589741
 rhs e113_ 4.665605329589741
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e116_ -4.665605329589741
 rhs e117_ 9.331210659179481
 rhs e119_ 4.665605329589741
 rhs e120_ 4.665605329589741
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e123_ -8.084382314129838
 rhs e124_ 16.168764628259677
 rhs e126_ 8.084382314129838
 rhs e127_ 8.084382314129838
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e130_ -8.084382314129838
 rhs e131_ 16.168764628259677
 rhs e133_ 8.084382314129838
 rhs e134_ 8.084382314129838
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e137_ -4.906883557607283
 rhs e138_ 9.813767115214565
 rhs e140_ 4.906883557607283
 rhs e141_ 4.906883557607283
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e144_ -4.906883557607283
 rhs e145_ 9.813767115214565
 rhs e147_ 4.906883557607283
 rhs e148_ 4.906883557607283
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e151_ -4.390245343316223
 rhs e152_ 8.780490686632445
 rhs e154_ 4.390245343316223
 rhs e155_ 4.390245343316223
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e158_ -4.390245343316223
 rhs e159_ 8.780490686632445
 rhs e161_ 4.390245343316223
 rhs e162_ 4.390245343316223
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e165_ -8.868271647392646
 rhs e166_ 17.736543294785292
 rhs e168_ 8.868271647392646
 rhs e169_ 8.868271647392646
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e172_ -8.868271647392646
 rhs e173_ 17.736543294785292
 rhs e175_ 8.868271647392646
 rhs e176_ 8.868271647392646
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e179_ -5.0160075644910656
 rhs e180_ 10.032015128982131
 rhs e182_ 5.0160075644910656
 rhs e183_ 5.0160075644910656
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e186_ -5.0160075644910656
 rhs e187_ 10.032015128982131
 rhs e189_ 5.0160075644910656
 rhs e190_ 5.0160075644910656
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e193_ -4.7971518395510175
 rhs e194_ 9.594303679102035
 rhs e196_ 4.7971518395510175
 rhs e197_ 4.7971518395510175
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e200_ -4.7971518395510175
 rhs e201_ 9.594303679102035
 rhs e203_ 4.7971518395510175
 rhs e204_ 4.7971518395510175
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e207_ -6.518351011030023
 rhs e208_ 13.036702022060046
 rhs e210_ 6.518351011030023
 rhs e211_ 6.518351011030023
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e214_ -6.518351011030023
 rhs e215_ 13.036702022060046
 rhs e217_ 6.518351011030023
 rhs e218_ 6.518351011030023
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e221_ -4.290674681500621
 rhs e222_ 8.581349363001243
 rhs e224_ 4.290674681500621
 rhs e225_ 4.290674681500621
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e228_ -4.290674681500621
 rhs e229_ 8.581349363001243
 rhs e231_ 4.290674681500621
 rhs e232_ 4.290674681500621
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e235_ -5.421914853103267
 rhs e236_ 10.843829706206535
 rhs e238_ 5.421914853103267
 rhs e239_ 5.421914853103267
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e242_ -5.421914853103267
 rhs e243_ 10.843829706206535
 rhs e245_ 5.421914853103267
 rhs e246_ 5.421914853103267
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e249_ -6.457489915483077
 rhs e250_ 12.914979830966153
 rhs e252_ 6.457489915483077
 rhs e253_ 6.457489915483077
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e256_ -6.457489915483077
 rhs e257_ 12.914979830966153
 rhs e259_ 6.457489915483077
 rhs e260_ 6.457489915483077
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e263_ -4.497962637922913
 rhs e264_ 8.995925275845826
 rhs e266_ 4.497962637922913
 rhs e267_ 4.497962637922913
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e270_ -4.497962637922913
 rhs e271_ 8.995925275845826
 rhs e273_ 4.497962637922913
 rhs e274_ 4.497962637922913
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e277_ -4.538332828155381
 rhs e278_ 9.076665656310762
 rhs e280_ 4.538332828155381
 rhs e281_ 4.538332828155381
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e284_ -4.538332828155381
 rhs e285_ 9.076665656310762
 rhs e287_ 4.538332828155381
 rhs e288_ 4.538332828155381
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
 LO bnd b_1_0 -3
 UP bnd b_1_0 3
 LO bnd b_1_1 -3
 UP bnd b_1_1 3
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd b_2_1 -3
 UP bnd b_2_1 3
 LO bnd pre_1_0_0 -7.94291220769263
 UP bnd pre_1_0_0 7.94291220769263
 LO bnd pre_1_0_1 -7.94291220769263
 UP bnd pre_1_0_1 7.94291220769263
 LO bnd pre_1_1_0 -6.32399895496431
 UP bnd pre_1_1_0 6.32399895496431
 LO bnd pre_1_1_1 -6.32399895496431
 UP bnd pre_1_1_1 6.32399895496431
 LO bnd pre_1_2_0 -5.427840855593869
 UP bnd pre_1_2_0 5.427840855593869
 LO bnd pre_1_2_1 -5.427840855593869
 UP bnd pre_1_2_1 5.427840855593869
 LO bnd pre_1_3_0 -4.665605329589741
 UP bnd pre_1_3_0 4.665605329589741
 LO bnd pre_1_3_1 -4.665605329589741
 UP bnd pre_1_3_1 4.665605329589741
 LO bnd pre_1_4_0 -8.084382314129838
 UP bnd pre_1_4_0 8.084382314129838
 LO bnd pre_1_4_1 -8.084382314129838
 UP bnd pre_1_4_1 8.084382314129838
 LO bnd pre_1_5_0 -4.906883557607283
 UP bnd pre_1_5_0 4.906883557607283
 LO bnd pre_1_5_1 -4.906883557607283
 UP bnd pre_1_5_1 4.906883557607283
 LO bnd pre_1_6_0 -4.390245343316223
 UP bnd pre_1_6_0 4.390245343316223
 LO bnd pre_1_6_1 -4.390245343316223
 UP bnd pre_1_6_1 4.390245343316223
 LO bnd pre_1_7_0 -8.868271647392646
 UP bnd pre_1_7_0 8.868271647392646
 LO bnd pre_1_7_1 -8.868271647392646
 UP bnd pre_1_7_1 8.868271647392646
 LO bnd pre_1_8_0 -5.0160075644910656
 UP bnd pre_1_8_0 5.0160075644910656
 LO bnd pre_1_8_1 -5.0160075644910656
 UP bnd pre_1_8_1 5.0160075644910656
 LO bnd pre_1_9_0 -4.7971518395510175
 UP bnd pre_1_9_0 4.7971518395510175
 LO bnd pre_1_9_1 -4.7971518395510175
 UP bnd pre_1_9_1 4.7971518395510175
 LO bnd pre_1_10_0 -6.518351011030023
 UP bnd pre_1_10_0 6.518351011030023
 LO bnd pre_1_10_1 -6.518351011030023
 UP bnd pre_1_10_1 6.518351011030023
 LO bnd pre_1_11_0 -4.290674681500621
 UP bnd pre_1_11_0 4.290674681500621
 LO bnd pre_1_11_1 -4.290674681500621
 UP bnd pre_1_11_1 4.290674681500621
 LO bnd pre_1_12_0 -5.421914853103267
 UP bnd pre_1_12_0 5.421914853103267
 LO bnd pre_1_12_1 -5.421914853103267
 UP bnd pre_1_12_1 5.421914853103267
 LO bnd pre_1_13_0 -6.457489915483077
 UP bnd pre_1_13_0 6.457489915483077
 LO bnd pre_1_13_1 -6.457489915483077
 UP bnd pre_1_13_1 6.457489915483077
 LO bnd pre_1_14_0 -4.497962637922913
 UP bnd pre_1_14_0 4.497962637922913
 LO bnd pre_1_14_1 -4.497962637922913
 UP bnd pre_1_14_1 4.497962637922913
 LO bnd pre_1_15_0 -4.538332828155381
 UP bnd pre_1_15_0 4.538332828155381
 LO bnd pre_1_15_1 -4.538332828155381
 UP bnd pre_1_15_1 4.538332828155381
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.94291220769263
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.94291220769263
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 6.32399895496431
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 6.32399895496431
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 5.427840855593869
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 5.427840855593869
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 4.665605329589741
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 4.665605329589741
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 8.084382314129838
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 8.084382314129838
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 4.906883557607283
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 4.906883557607283
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 4.390245343316223
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 4.390245343316223
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 8.868271647392646
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 8.868271647392646
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 5.0160075644910656
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 5.0160075644910656
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 4.7971518395510175
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 4.7971518395510175
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 6.518351011030023
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 6.518351011030023
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 4.290674681500621
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 4.290674681500621
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 5.421914853103267
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 5.421914853103267
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 6.457489915483077
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 6.457489915483077
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 4.497962637922913
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 4.497962637922913
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 4.538332828155381
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 4.538332828155381
 LO bnd out_0_0 -50.65747324615578
 UP bnd out_0_0 50.65747324615578
 LO bnd out_0_1 -50.65747324615578
 UP bnd out_0_1 50.65747324615578
 LO bnd out_1_0 -40.94399372978586
 UP bnd out_1_0 40.94399372978586
 LO bnd out_1_1 -40.94399372978586
 UP bnd out_1_1 40.94399372978586
 LO bnd out_2_0 -35.56704513356321
 UP bnd out_2_0 35.56704513356321
 LO bnd out_2_1 -35.56704513356321
 UP bnd out_2_1 35.56704513356321
 LO bnd out_3_0 -30.993631977538442
 UP bnd out_3_0 30.993631977538442
 LO bnd out_3_1 -30.993631977538442
 UP bnd out_3_1 30.993631977538442
 LO bnd out_4_0 -51.506293884779026
 UP bnd out_4_0 51.506293884779026
 LO bnd out_4_1 -51.506293884779026
 UP bnd out_4_1 51.506293884779026
 LO bnd out_5_0 -32.441301345643694
 UP bnd out_5_0 32.441301345643694
 LO bnd out_5_1 -32.441301345643694
 UP bnd out_5_1 32.441301345643694
 LO bnd out_6_0 -29.341472059897335
 UP bnd out_6_0 29.341472059897335
 LO bnd out_6_1 -29.341472059897335
 UP bnd out_6_1 29.341472059897335
 LO bnd out_7_0 -56.20962988435588
 UP bnd out_7_0 56.20962988435588
 LO bnd out_7_1 -56.20962988435588
 UP bnd out_7_1 56.20962988435588
 LO bnd out_8_0 -33.09604538694639
 UP bnd out_8_0 33.09604538694639
 LO bnd out_8_1 -33.09604538694639
 UP bnd out_8_1 33.09604538694639
 LO bnd out_9_0 -31.782911037306107
 UP bnd out_9_0 31.782911037306107
 LO bnd out_9_1 -31.782911037306107
 UP bnd out_9_1 31.782911037306107
 LO bnd out_10_0 -42.11010606618014
 UP bnd out_10_0 42.11010606618014
 LO bnd out_10_1 -42.11010606618014
 UP bnd out_10_1 42.11010606618014
 LO bnd out_11_0 -28.744048089003726
 UP bnd out_11_0 28.744048089003726
 LO bnd out_11_1 -28.744048089003726
 UP bnd out_11_1 28.744048089003726
 LO bnd out_12_0 -35.531489118619604
 UP bnd out_12_0 35.531489118619604
 LO bnd out_12_1 -35.531489118619604
 UP bnd out_12_1 35.531489118619604
 LO bnd out_13_0 -41.74493949289846
 UP bnd out_13_0 41.74493949289846
 LO bnd out_13_1 -41.74493949289846
 UP bnd out_13_1 41.74493949289846
 LO bnd out_14_0 -29.987775827537476
 UP bnd out_14_0 29.987775827537476
 LO bnd out_14_1 -29.987775827537476
 UP bnd out_14_1 29.987775827537476
 LO bnd out_15_0 -30.229996968932287
 UP bnd out_15_0 30.229996968932287
 LO bnd out_15_1 -30.229996968932287
 UP bnd out_15_1 30.229996968932287
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
 out_0_1 out_0_1 2
 out_1_0 out_1_0 2
 out_1_1 out_1_1 2
 out_2_0 out_2_0 2
 out_2_1 out_2_1 2
 out_3_0 out_3_0 2
 out_3_1 out_3_1 2
 out_4_0 out_4_0 2
 out_4_1 out_4_1 2
 out_5_0 out_5_0 2
 out_5_1 out_5_1 2
 out_6_0 out_6_0 2
 out_6_1 out_6_1 2
 out_7_0 out_7_0 2
 out_7_1 out_7_1 2
 out_8_0 out_8_0 2
 out_8_1 out_8_1 2
 out_9_0 out_9_0 2
 out_9_1 out_9_1 2
 out_10_0 out_10_0 2
 out_10_1 out_10_1 2
 out_11_0 out_11_0 2
 out_11_1 out_11_1 2
 out_12_0 out_12_0 2
 out_12_1 out_12_1 2
 out_13_0 out_13_0 2
 out_13_1 out_13_1 2
 out_14_0 out_14_0 2
 out_14_1 out_14_1 2
 out_15_0 out_15_0 2
 out_15_1 out_15_1 2
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
QCMATRIX out_definition_0_1
 w_2_1_0 post_1_0_0 -0.5
 post_1_0_0 w_2_1_0 -0.5
 w_2_1_1 post_1_0_1 -0.5
 post_1_0_1 w_2_1_1 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
QCMATRIX out_definition_1_1
 w_2_1_0 post_1_1_0 -0.5
 post_1_1_0 w_2_1_0 -0.5
 w_2_1_1 post_1_1_1 -0.5
 post_1_1_1 w_2_1_1 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
QCMATRIX out_definition_2_1
 w_2_1_0 post_1_2_0 -0.5
 post_1_2_0 w_2_1_0 -0.5
 w_2_1_1 post_1_2_1 -0.5
 post_1_2_1 w_2_1_1 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
QCMATRIX out_definition_3_1
 w_2_1_0 post_1_3_0 -0.5
 post_1_3_0 w_2_1_0 -0.5
 w_2_1_1 post_1_3_1 -0.5
 post_1_3_1 w_2_1_1 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
QCMATRIX out_definition_4_1
 w_2_1_0 post_1_4_0 -0.5
 post_1_4_0 w_2_1_0 -0.5
 w_2_1_1 post_1_4_1 -0.5
 post_1_4_1 w_2_1_1 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
QCMATRIX out_definition_5_1
 w_2_1_0 post_1_5_0 -0.5
 post_1_5_0 w_2_1_0 -0.5
 w_2_1_1 post_1_5_1 -0.5
 post_1_5_1 w_2_1_1 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
QCMATRIX out_definition_6_1
 w_2_1_0 post_1_6_0 -0.5
 post_1_6_0 w_2_1_0 -0.5
 w_2_1_1 post_1_6_1 -0.5
 post_1_6_1 w_2_1_1 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
QCMATRIX out_definition_7_1
 w_2_1_0 post_1_7_0 -0.5
 post_1_7_0 w_2_1_0 -0.5
 w_2_1_1 post_1_7_1 -0.5
 post_1_7_1 w_2_1_1 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
QCMATRIX out_definition_8_1
 w_2_1_0 post_1_8_0 -0.5
 post_1_8_0 w_2_1_0 -0.5
 w_2_1_1 post_1_8_1 -0.5
 post_1_8_1 w_2_1_1 -0.5
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
QCMATRIX out_definition_9_1
 w_2_1_0 post_1_9_0 -0.5
 post_1_9_0 w_2_1_0 -0.5
 w_2_1_1 post_1_9_1 -0.5
 post_1_9_1 w_2_1_1 -0.5
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
QCMATRIX out_definition_10_1
 w_2_1_0 post_1_10_0 -0.5
 post_1_10_0 w_2_1_0 -0.5
 w_2_1_1 post_1_10_1 -0.5
 post_1_10_1 w_2_1_1 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
QCMATRIX out_definition_11_1
 w_2_1_0 post_1_11_0 -0.5
 post_1_11_0 w_2_1_0 -0.5
 w_2_1_1 post_1_11_1 -0.5
 post_1_11_1 w_2_1_1 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
QCMATRIX out_definition_12_1
 w_2_1_0 post_1_12_0 -0.5
 post_1_12_0 w_2_1_0 -0.5
 w_2_1_1 post_1_12_1 -0.5
 post_1_12_1 w_2_1_1 -0.5
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
QCMATRIX out_definition_13_1
 w_2_1_0 post_1_13_0 -0.5
 post_1_13_0 w_2_1_0 -0.5
 w_2_1_1 post_1_13_1 -0.5
 post_1_13_1 w_2_1_1 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
QCMATRIX out_definition_14_1
 w_2_1_0 post_1_14_0 -0.5
 post_1_14_0 w_2_1_0 -0.5
 w_2_1_1 post_1_14_1 -0.5
 post_1_14_1 w_2_1_1 -0.5
QCMATRIX out_definition_15_0
 w_2_0_0 post_1_15_0 -0.5
 post_1_15_0 w_2_0_0 -0.5
 w_2_0_1 post_1_15_1 -0.5
 post_1_15_1 w_2_0_1 -0.5
QCMATRIX out_definition_15_1
 w_2_1_0 post_1_15_0 -0.5
 post_1_15_0 w_2_1_0 -0.5
 w_2_1_1 post_1_15_1 -0.5
 post_1_15_1 w_2_1_1 -0.5
ENDATA
