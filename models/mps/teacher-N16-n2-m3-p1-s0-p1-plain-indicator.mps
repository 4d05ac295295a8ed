* teacher-N16-n2-m3-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N16-n2-m3-p1-s0, problem 1, plain-indicator; {"hidden": [3], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m3-p1-s0-p1-plain-indicator
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
 E pre_definition_1_9_0
 E pre_definition_1_9_1
 E pre_definition_1_9_2
 E pre_definition_1_10_0
 E pre_definition_1_10_1
 E pre_definition_1_10_2
 E pre_definition_1_11_0
 E pre_definition_1_11_1
 E pre_definition_1_11_2
 E pre_definition_1_12_0
 E pre_definition_1_12_1
 E pre_definition_1_12_2
 E pre_definition_1_13_0
 E pre_definition_1_13_1
 E pre_definition_1_13_2
 E pre_definition_1_14_0
 E pre_definition_1_14_1
 E pre_definition_1_14_2
 E pre_definition_1_15_0
 E pre_definition_1_15_1
 E pre_definition_1_15_2
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
 L relu_1_0_2_above_pre
 E relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor
 G e81_
 L e82_
 G e83_
 L e84_
 L e85_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e88_
 L e89_
 G e90_
 L e91_
 L e92_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e95_
 L e96_
 G e97_
 L e98_
 L e99_
 L relu_1_1_2_above_pre
 E relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor
 G e102_
 L e103_
 G e104_
 L e105_
 L e106_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e109_
 L e110_
 G e111_
 L e112_
 L e113_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e116_
 L e117_
 G e118_
 L e119_
 L e120_
 L relu_1_2_2_above_pre
 E relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor
 G e123_
 L e124_
 G e125_
 L e126_
 L e127_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e130_
 L e131_
 G e132_
 L e133_
 L e134_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e137_
 L e138_
 G e139_
 L e140_
 L e141_
 L relu_1_3_2_above_pre
 E relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor
 G e144_
 L e145_
 G e146_
 L e147_
 L e148_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e151_
 L e152_
 G e153_
 L e154_
 L e155_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e158_
 L e159_
 G e160_
 L e161_
 L e162_
 L relu_1_4_2_above_pre
 E relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor
 G e165_
 L e166_
 G e167_
 L e168_
 L e169_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e172_
 L e173_
 G e174_
 L e175_
 L e176_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e179_
 L e180_
 G e181_
 L e182_
 L e183_
 L relu_1_5_2_above_pre
 E relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor
 G e186_
 L e187_
 G e188_
 L e189_
 L e190_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e193_
 L e194_
 G e195_
 L e196_
 L e197_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e200_
 L e201_
 G e202_
 L e203_
 L e204_
 L relu_1_6_2_above_pre
 E relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor
 G e207_
 L e208_
 G e209_
 L e210_
 L e211_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e214_
 L e215_
 G e216_
 L e217_
 L e218_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e221_
 L e222_
 G e223_
 L e224_
 L e225_
 L relu_1_7_2_above_pre
 E relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor
 G e228_
 L e229_
 G e230_
 L e231_
 L e232_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e235_
 L e236_
 G e237_
 L e238_
 L e239_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e242_
 L e243_
 G e244_
 L e245_
 L e246_
 L relu_1_8_2_above_pre
 E relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor
 G e249_
 L e250_
 G e251_
 L e252_
 L e253_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e256_
 L e257_
 G e258_
 L e259_
 L e260_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e263_
 L e264_
 G e265_
 L e266_
 L e267_
 L relu_1_9_2_above_pre
 E relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor
 G e270_
 L e271_
 G e272_
 L e273_
 L e274_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e277_
 L e278_
 G e279_
 L e280_
 L e281_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e284_
 L e285_
 G e286_
 L e287_
 L e288_
 L relu_1_10_2_above_pre
 E relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor
 G e291_
 L e292_
 G e293_
 L e294_
 L e295_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e298_
 L e299_
 G e300_
 L e301_
 L e302_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e305_
 L e306_
 G e307_
 L e308_
 L e309_
 L relu_1_11_2_above_pre
 E relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor
 G e312_
 L e313_
 G e314_
 L e315_
 L e316_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e319_
 L e320_
 G e321_
 L e322_
 L e323_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e326_
 L e327_
 G e328_
 L e329_
 L e330_
 L relu_1_12_2_above_pre
 E relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor
 G e333_
 L e334_
 G e335_
 L e336_
 L e337_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e340_
 L e341_
 G e342_
 L e343_
 L e344_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e347_
 L e348_
 G e349_
 L e350_
 L e351_
 L relu_1_13_2_above_pre
 E relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor
 G e354_
 L e355_
 G e356_
 L e357_
 L e358_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e361_
 L e362_
 G e363_
 L e364_
 L e365_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e368_
 L e369_
 G e370_
 L e371_
 L e372_
 L relu_1_14_2_above_pre
 E relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor
 G e375_
 L e376_
 G e377_
 L e378_
 L e379_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e382_
 L e383_
 G e384_
 L e385_
 L e386_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e389_
 L e390_
 G e391_
 L e392_
 L e393_
 L relu_1_15_2_above_pre
 E relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor
 G e396_
 L e397_
 G e398_
 L e399_
 L e400_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 0.9328288493890713
 w_1_0_0 pre_definition_1_1_0 0.648688758794882
 w_1_0_0 pre_definition_1_2_0 -0.08292244049818343
 w_1_0_0 pre_definition_1_3_0 0.1546255576046831
 w_1_0_0 pre_definition_1_4_0 0.7514334470008721
 w_1_0_0 pre_definition_1_5_0 -0.2943790231485002
 w_1_0_0 pre_definition_1_6_0 0.23264489147623313
 w_1_0_0 pre_definition_1_7_0 -0.9616706775524602
 w_1_0_0 pre_definition_1_8_0 -0.3009185525356326
 w_1_0_0 pre_definition_1_9_0 0.22215715204179243
 w_1_0_0 pre_definition_1_10_0 -0.4429766803881634
 w_1_0_0 pre_definition_1_11_0 0.3795162488820887
 w_1_0_0 pre_definition_1_12_0 -0.7789756686980005
 w_1_0_0 pre_definition_1_13_0 0.28440960658185954
 w_1_0_0 pre_definition_1_14_0 0.3562612178481157
 w_1_0_0 pre_definition_1_15_0 0.3241775489857335
 w_1_0_1 pre_definition_1_0_0 -0.45931089285988813
 w_1_0_1 pre_definition_1_1_0 -0.7263578446997732
 w_1_0_1 pre_definition_1_2_0 0.40057621892523043
 w_1_0_1 pre_definition_1_3_0 0.9433606577090741
 w_1_0_1 pre_definition_1_4_0 -0.34124882938726064
 w_1_0_1 pre_definition_1_5_0 -0.2307702229625077
 w_1_0_1 pre_definition_1_6_0 -0.994419871578422
 w_1_0_1 pre_definition_1_7_0 -0.3710839689613894
 w_1_0_1 pre_definition_1_8_0 -0.37689346114188016
 w_1_0_1 pre_definition_1_9_0 0.7298069899551776
 w_1_0_1 pre_definition_1_10_0 -0.050708644951451776
 w_1_0_1 pre_definition_1_11_0 0.028329282336421846
 w_1_0_1 pre_definition_1_12_0 -0.8680870319124994
 w_1_0_1 pre_definition_1_13_0 -0.14305966145952187
 w_1_0_1 pre_definition_1_14_0 -0.1886000603993936
 w_1_0_1 pre_definition_1_15_0 0.21676199894367754
 w_1_1_0 pre_definition_1_0_1 0.9328288493890713
 w_1_1_0 pre_definition_1_1_1 0.648688758794882
 w_1_1_0 pre_definition_1_2_1 -0.08292244049818343
 w_1_1_0 pre_definition_1_3_1 0.1546255576046831
 w_1_1_0 pre_definition_1_4_1 0.7514334470008721
 w_1_1_0 pre_definition_1_5_1 -0.2943790231485002
 w_1_1_0 pre_definition_1_6_1 0.23264489147623313
 w_1_1_0 pre_definition_1_7_1 -0.9616706775524602
 w_1_1_0 pre_definition_1_8_1 -0.3009185525356326
 w_1_1_0 pre_definition_1_9_1 0.22215715204179243
 w_1_1_0 pre_definition_1_10_1 -0.4429766803881634
 w_1_1_0 pre_definition_1_11_1 0.3795162488820887
 w_1_1_0 pre_definition_1_12_1 -0.7789756686980005
 w_1_1_0 pre_definition_1_13_1 0.28440960658185954
 w_1_1_0 pre_definition_1_14_1 0.3562612178481157
 w_1_1_0 pre_definition_1_15_1 0.3241775489857335
 w_1_1_1 pre_definition_1_0_1 -0.45931089285988813
 w_1_1_1 pre_definition_1_1_1 -0.7263578446997732
 w_1_1_1 pre_definition_1_2_1 0.40057621892523043
 w_1_1_1 pre_definition_1_3_1 0.9433606577090741
 w_1_1_1 pre_definition_1_4_1 -0.34124882938726064
 w_1_1_1 pre_definition_1_5_1 -0.2307702229625077
 w_1_1_1 pre_definition_1_6_1 -0.994419871578422
 w_1_1_1 pre_definition_1_7_1 -0.3710839689613894
 w_1_1_1 pre_definition_1_8_1 -0.37689346114188016
 w_1_1_1 pre_definition_1_9_1 0.7298069899551776
 w_1_1_1 pre_definition_1_10_1 -0.050708644951451776
 w_1_1_1 pre_definition_1_11_1 0.028329282336421846
 w_1_1_1 pre_definition_1_12_1 -0.8680870319124994
 w_1_1_1 pre_definition_1_13_1 -0.14305966145952187
 w_1_1_1 pre_definition_1_14_1 -0.1886000603993936
 w_1_1_1 pre_definition_1_15_1 0.21676199894367754
 w_1_2_0 pre_definition_1_0_2 0.9328288493890713
 w_1_2_0 pre_definition_1_1_2 0.648688758794882
 w_1_2_0 pre_definition_1_2_2 -0.08292244049818343
 w_1_2_0 pre_definition_1_3_2 0.1546255576046831
 w_1_2_0 pre_definition_1_4_2 0.7514334470008721
 w_1_2_0 pre_definition_1_5_2 -0.2943790231485002
 w_1_2_0 pre_definition_1_6_2 0.23264489147623313
 w_1_2_0 pre_definition_1_7_2 -0.9616706775524602
 w_1_2_0 pre_definition_1_8_2 -0.3009185525356326
 w_1_2_0 pre_definition_1_9_2 0.22215715204179243
 w_1_2_0 pre_definition_1_10_2 -0.4429766803881634
 w_1_2_0 pre_definition_1_11_2 0.3795162488820887
 w_1_2_0 pre_definition_1_12_2 -0.7789756686980005
 w_1_2_0 pre_definition_1_13_2 0.28440960658185954
 w_1_2_0 pre_definition_1_14_2 0.3562612178481157
 w_1_2_0 pre_definition_1_15_2 0.3241775489857335
 w_1_2_1 pre_definition_1_0_2 -0.45931089285988813
 w_1_2_1 pre_definition_1_1_2 -0.7263578446997732
 w_1_2_1 pre_definition_1_2_2 0.40057621892523043
 w_1_2_1 pre_definition_1_3_2 0.9433606577090741
 w_1_2_1 pre_definition_1_4_2 -0.34124882938726064
 w_1_2_1 pre_definition_1_5_2 -0.2307702229625077
 w_1_2_1 pre_definition_1_6_2 -0.994419871578422
 w_1_2_1 pre_definition_1_7_2 -0.3710839689613894
 w_1_2_1 pre_definition_1_8_2 -0.37689346114188016
 w_1_2_1 pre_definition_1_9_2 0.7298069899551776
 w_1_2_1 pre_definition_1_10_2 -0.050708644951451776
 w_1_2_1 pre_definition_1_11_2 0.028329282336421846
 w_1_2_1 pre_definition_1_12_2 -0.8680870319124994
 w_1_2_1 pre_definition_1_13_2 -0.14305966145952187
 w_1_2_1 pre_definition_1_14_2 -0.1886000603993936
 w_1_2_1 pre_definition_1_15_2 0.21676199894367754
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
 b_1_2 pre_definition_1_0_2 -1
 b_1_2 pre_definition_1_1_2 -1
 b_1_2 pre_definition_1_2_2 -1
 b_1_2 pre_definition_1_3_2 -1
 b_1_2 pre_definition_1_4_2 -1
 b_1_2 pre_definition_1_5_2 -1
 b_1_2 pre_definition_1_6_2 -1
 b_1_2 pre_definition_1_7_2 -1
 b_1_2 pre_definition_1_8_2 -1
 b_1_2 pre_definition_1_9_2 -1
 b_1_2 pre_definition_1_10_2 -1
 b_1_2 pre_definition_1_11_2 -1
 b_1_2 pre_definition_1_12_2 -1
 b_1_2 pre_definition_1_13_2 -1
 b_1_2 pre_definition_1_14_2 -1
 b_1_2 pre_definition_1_15_2 -1
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
 pre_1_0_0 e67_ -1
 pre_1_0_0 e68_ -1
 pre_1_0_0 e71_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e74_ -1
 pre_1_0_1 e75_ -1
 pre_1_0_1 e78_ 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 e81_ -1
 pre_1_0_2 e82_ -1
 pre_1_0_2 e85_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e88_ -1
 pre_1_1_0 e89_ -1
 pre_1_1_0 e92_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e95_ -1
 pre_1_1_1 e96_ -1
 pre_1_1_1 e99_ 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 e102_ -1
 pre_1_1_2 e103_ -1
 pre_1_1_2 e106_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e109_ -1
 pre_1_2_0 e110_ -1
 pre_1_2_0 e113_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e116_ -1
 pre_1_2_1 e117_ -1
 pre_1_2_1 e120_ 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 e123_ -1
 pre_1_2_2 e124_ -1
 pre_1_2_2 e127_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e130_ -1
 pre_1_3_0 e131_ -1
 pre_1_3_0 e134_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e137_ -1
 pre_1_3_1 e138_ -1
 pre_1_3_1 e141_ 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 e144_ -1
 pre_1_3_2 e145_ -1
 pre_1_3_2 e148_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e151_ -1
 pre_1_4_0 e152_ -1
 pre_1_4_0 e155_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e158_ -1
 pre_1_4_1 e159_ -1
 pre_1_4_1 e162_ 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 e165_ -1
 pre_1_4_2 e166_ -1
 pre_1_4_2 e169_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e172_ -1
 pre_1_5_0 e173_ -1
 pre_1_5_0 e176_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e179_ -1
 pre_1_5_1 e180_ -1
 pre_1_5_1 e183_ 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 e186_ -1
 pre_1_5_2 e187_ -1
 pre_1_5_2 e190_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e193_ -1
 pre_1_6_0 e194_ -1
 pre_1_6_0 e197_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e200_ -1
 pre_1_6_1 e201_ -1
 pre_1_6_1 e204_ 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 e207_ -1
 pre_1_6_2 e208_ -1
 pre_1_6_2 e211_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e214_ -1
 pre_1_7_0 e215_ -1
 pre_1_7_0 e218_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e221_ -1
 pre_1_7_1 e222_ -1
 pre_1_7_1 e225_ 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 e228_ -1
 pre_1_7_2 e229_ -1
 pre_1_7_2 e232_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e235_ -1
 pre_1_8_0 e236_ -1
 pre_1_8_0 e239_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e242_ -1
 pre_1_8_1 e243_ -1
 pre_1_8_1 e246_ 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 e249_ -1
 pre_1_8_2 e250_ -1
 pre_1_8_2 e253_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e256_ -1
 pre_1_9_0 e257_ -1
 pre_1_9_0 e260_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e263_ -1
 pre_1_9_1 e264_ -1
 pre_1_9_1 e267_ 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 e270_ -1
 pre_1_9_2 e271_ -1
 pre_1_9_2 e274_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e277_ -1
 pre_1_10_0 e278_ -1
 pre_1_10_0 e281_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e284_ -1
 pre_1_10_1 e285_ -1
 pre_1_10_1 e288_ 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 e291_ -1
 pre_1_10_2 e292_ -1
 pre_1_10_2 e295_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e298_ -1
 pre_1_11_0 e299_ -1
 pre_1_11_0 e302_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e305_ -1
 pre_1_11_1 e306_ -1
 pre_1_11_1 e309_ 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 e312_ -1
 pre_1_11_2 e313_ -1
 pre_1_11_2 e316_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e319_ -1
 pre_1_12_0 e320_ -1
 pre_1_12_0 e323_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e326_ -1
 pre_1_12_1 e327_ -1
 pre_1_12_1 e330_ 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 e333_ -1
 pre_1_12_2 e334_ -1
 pre_1_12_2 e337_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e340_ -1
 pre_1_13_0 e341_ -1
 pre_1_13_0 e344_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e347_ -1
 pre_1_13_1 e348_ -1
 pre_1_13_1 e351_ 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 e354_ -1
 pre_1_13_2 e355_ -1
 pre_1_13_2 e358_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e361_ -1
 pre_1_14_0 e362_ -1
 pre_1_14_0 e365_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e368_ -1
 pre_1_14_1 e369_ -1
 pre_1_14_1 e372_ 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 e375_ -1
 pre_1_14_2 e376_ -1
 pre_1_14_2 e379_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e382_ -1
 pre_1_15_0 e383_ -1
 pre_1_15_0 e386_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e389_ -1
 pre_1_15_1 e390_ -1
 pre_1_15_1 e393_ 1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_above_pre 1
 pre_1_15_2 e396_ -1
 pre_1_15_2 e397_ -1
 pre_1_15_2 e400_ 1
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
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 e81_ 1
 post_1_0_2 e82_ 1
 post_1_0_2 e83_ 1
 post_1_0_2 e84_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e88_ 1
 post_1_1_0 e89_ 1
 post_1_1_0 e90_ 1
 post_1_1_0 e91_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e95_ 1
 post_1_1_1 e96_ 1
 post_1_1_1 e97_ 1
 post_1_1_1 e98_ 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 e102_ 1
 post_1_1_2 e103_ 1
 post_1_1_2 e104_ 1
 post_1_1_2 e105_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e109_ 1
 post_1_2_0 e110_ 1
 post_1_2_0 e111_ 1
 post_1_2_0 e112_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e116_ 1
 post_1_2_1 e117_ 1
 post_1_2_1 e118_ 1
 post_1_2_1 e119_ 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 e123_ 1
 post_1_2_2 e124_ 1
 post_1_2_2 e125_ 1
 post_1_2_2 e126_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e130_ 1
 post_1_3_0 e131_ 1
 post_1_3_0 e132_ 1
 post_1_3_0 e133_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e137_ 1
 post_1_3_1 e138_ 1
 post_1_3_1 e139_ 1
 post_1_3_1 e140_ 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 e144_ 1
 post_1_3_2 e145_ 1
 post_1_3_2 e146_ 1
 post_1_3_2 e147_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e151_ 1
 post_1_4_0 e152_ 1
 post_1_4_0 e153_ 1
 post_1_4_0 e154_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e158_ 1
 post_1_4_1 e159_ 1
 post_1_4_1 e160_ 1
 post_1_4_1 e161_ 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 e165_ 1
 post_1_4_2 e166_ 1
 post_1_4_2 e167_ 1
 post_1_4_2 e168_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e172_ 1
 post_1_5_0 e173_ 1
 post_1_5_0 e174_ 1
 post_1_5_0 e175_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e179_ 1
 post_1_5_1 e180_ 1
 post_1_5_1 e181_ 1
 post_1_5_1 e182_ 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 e186_ 1
 post_1_5_2 e187_ 1
 post_1_5_2 e188_ 1
 post_1_5_2 e189_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e193_ 1
 post_1_6_0 e194_ 1
 post_1_6_0 e195_ 1
 post_1_6_0 e196_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e200_ 1
 post_1_6_1 e201_ 1
 post_1_6_1 e202_ 1
 post_1_6_1 e203_ 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 e207_ 1
 post_1_6_2 e208_ 1
 post_1_6_2 e209_ 1
 post_1_6_2 e210_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e214_ 1
 post_1_7_0 e215_ 1
 post_1_7_0 e216_ 1
 post_1_7_0 e217_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e221_ 1
 post_1_7_1 e222_ 1
 post_1_7_1 e223_ 1
 post_1_7_1 e224_ 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 e228_ 1
 post_1_7_2 e229_ 1
 post_1_7_2 e230_ 1
 post_1_7_2 e231_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e235_ 1
 post_1_8_0 e236_ 1
 post_1_8_0 e237_ 1
 post_1_8_0 e238_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e242_ 1
 post_1_8_1 e243_ 1
 post_1_8_1 e244_ 1
 post_1_8_1 e245_ 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 e249_ 1
 post_1_8_2 e250_ 1
 post_1_8_2 e251_ 1
 post_1_8_2 e252_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e256_ 1
 post_1_9_0 e257_ 1
 post_1_9_0 e258_ 1
 post_1_9_0 e259_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e263_ 1
 post_1_9_1 e264_ 1
 post_1_9_1 e265_ 1
 post_1_9_1 e266_ 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 e270_ 1
 post_1_9_2 e271_ 1
 post_1_9_2 e272_ 1
 post_1_9_2 e273_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e277_ 1
 post_1_10_0 e278_ 1
 post_1_10_0 e279_ 1
 post_1_10_0 e280_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e284_ 1
 post_1_10_1 e285_ 1
 post_1_10_1 e286_ 1
 post_1_10_1 e287_ 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 e291_ 1
 post_1_10_2 e292_ 1
 post_1_10_2 e293_ 1
 post_1_10_2 e294_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e298_ 1
 post_1_11_0 e299_ 1
 post_1_11_0 e300_ 1
 post_1_11_0 e301_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e305_ 1
 post_1_11_1 e306_ 1
 post_1_11_1 e307_ 1
 post_1_11_1 e308_ 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 e312_ 1
 post_1_11_2 e313_ 1
 post_1_11_2 e314_ 1
 post_1_11_2 e315_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e319_ 1
 post_1_12_0 e320_ 1
 post_1_12_0 e321_ 1
 post_1_12_0 e322_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e326_ 1
 post_1_12_1 e327_ 1
 post_1_12_1 e328_ 1
 post_1_12_1 e329_ 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 e333_ 1
 post_1_12_2 e334_ 1
 post_1_12_2 e335_ 1
 post_1_12_2 e336_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e340_ 1
 post_1_13_0 e341_ 1
 post_1_13_0 e342_ 1
 post_1_13_0 e343_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e347_ 1
 post_1_13_1 e348_ 1
 post_1_13_1 e349_ 1
 post_1_13_1 e350_ 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 e354_ 1
 post_1_13_2 e355_ 1
 post_1_13_2 e356_ 1
 post_1_13_2 e357_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e361_ 1
 post_1_14_0 e362_ 1
 post_1_14_0 e363_ 1
 post_1_14_0 e364_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e368_ 1
 post_1_14_1 e369_ 1
 post_1_14_1 e370_ 1
 post_1_14_1 e371_ 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 e375_ 1
 post_1_14_2 e376_ 1
 post_1_14_2 e377_ 1
 post_1_14_2 e378_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e382_ 1
 post_1_15_0 e383_ 1
 post_1_15_0 e384_ 1
 post_1_15_0 e385_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e389_ 1
 post_1_15_1 e390_ 1
 post_1_15_1 e391_ 1
 post_1_15_1 e392_ 1
 post_1_15_2 relu_1_15_2_above_pre -1
 post_1_15_2 e396_ 1
 post_1_15_2 e397_ 1
 post_1_15_2 e398_ 1
 post_1_15_2 e399_ 1
 out_0_0 obj -2.4675836377670985
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.608363697444664
 out_1_0 out_definition_1_0 1
 out_2_0 obj -3.5264075235867707
 out_2_0 out_definition_2_0 1
 out_3_0 obj -4.754983196649833
 out_3_0 out_definition_3_0 1
 out_4_0 obj -2.727222568041964
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.9083445432525948
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.3284818393172322
 out_6_0 out_definition_6_0 1
 out_7_0 obj 0.020333472094963074
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.6061148300296977
 out_8_0 out_definition_8_0 1
 out_9_0 obj -3.7511162830814166
 out_9_0 out_definition_9_0 1
 out_10_0 obj -1.245631452961189
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.783226704735436
 out_11_0 out_definition_11_0 1
 out_12_0 obj 0.9539534916397385
 out_12_0 out_definition_12_0 1
 out_13_0 obj -1.9947395402115264
 out_13_0 out_definition_13_0 1
 out_14_0 obj -2.0709512852119714
 out_14_0 out_definition_14_0 1
 out_15_0 obj -2.953346586645586
 out_15_0 out_definition_15_0 1
 M125 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e67_ -7.176419226746878
 relu_1_0_0_on_binary_indicator_var e68_ 14.352838453493757
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e70_ 7.176419226746878
 relu_1_0_0_off_binary_indicator_var e71_ 7.176419226746878
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e74_ -7.176419226746878
 relu_1_0_1_on_binary_indicator_var e75_ 14.352838453493757
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e77_ 7.176419226746878
 relu_1_0_1_off_binary_indicator_var e78_ 7.176419226746878
 relu_1_0_2_on_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_on_binary_indicator_var e81_ -7.176419226746878
 relu_1_0_2_on_binary_indicator_var e82_ 14.352838453493757
 relu_1_0_2_off_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_off_binary_indicator_var e84_ 7.176419226746878
 relu_1_0_2_off_binary_indicator_var e85_ 7.176419226746878
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e88_ -7.125139810483965
 relu_1_1_0_on_binary_indicator_var e89_ 14.25027962096793
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e91_ 7.125139810483965
 relu_1_1_0_off_binary_indicator_var e92_ 7.125139810483965
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e95_ -7.125139810483965
 relu_1_1_1_on_binary_indicator_var e96_ 14.25027962096793
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e98_ 7.125139810483965
 relu_1_1_1_off_binary_indicator_var e99_ 7.125139810483965
 relu_1_1_2_on_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_on_binary_indicator_var e102_ -7.125139810483965
 relu_1_1_2_on_binary_indicator_var e103_ 14.25027962096793
 relu_1_1_2_off_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_off_binary_indicator_var e105_ 7.125139810483965
 relu_1_1_2_off_binary_indicator_var e106_ 7.125139810483965
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e109_ -4.450495978270242
 relu_1_2_0_on_binary_indicator_var e110_ 8.900991956540484
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e112_ 4.450495978270242
 relu_1_2_0_off_binary_indicator_var e113_ 4.450495978270242
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e116_ -4.450495978270242
 relu_1_2_1_on_binary_indicator_var e117_ 8.900991956540484
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e119_ 4.450495978270242
 relu_1_2_1_off_binary_indicator_var e120_ 4.450495978270242
 relu_1_2_2_on_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_on_binary_indicator_var e123_ -4.450495978270242
 relu_1_2_2_on_binary_indicator_var e124_ 8.900991956540484
 relu_1_2_2_off_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_off_binary_indicator_var e126_ 4.450495978270242
 relu_1_2_2_off_binary_indicator_var e127_ 4.450495978270242
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e130_ -6.293958645941272
 relu_1_3_0_on_binary_indicator_var e131_ 12.587917291882544
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e133_ 6.293958645941272
 relu_1_3_0_off_binary_indicator_var e134_ 6.293958645941272
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e137_ -6.293958645941272
 relu_1_3_1_on_binary_indicator_var e138_ 12.587917291882544
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e140_ 6.293958645941272
 relu_1_3_1_off_binary_indicator_var e141_ 6.293958645941272
 relu_1_3_2_on_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_on_binary_indicator_var e144_ -6.293958645941272
 relu_1_3_2_on_binary_indicator_var e145_ 12.587917291882544
 relu_1_3_2_off_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_off_binary_indicator_var e147_ 6.293958645941272
 relu_1_3_2_off_binary_indicator_var e148_ 6.293958645941272
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e151_ -6.278046829164398
 relu_1_4_0_on_binary_indicator_var e152_ 12.556093658328797
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e154_ 6.278046829164398
 relu_1_4_0_off_binary_indicator_var e155_ 6.278046829164398
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e158_ -6.278046829164398
 relu_1_4_1_on_binary_indicator_var e159_ 12.556093658328797
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e161_ 6.278046829164398
 relu_1_4_1_off_binary_indicator_var e162_ 6.278046829164398
 relu_1_4_2_on_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_on_binary_indicator_var e165_ -6.278046829164398
 relu_1_4_2_on_binary_indicator_var e166_ 12.556093658328797
 relu_1_4_2_off_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_off_binary_indicator_var e168_ 6.278046829164398
 relu_1_4_2_off_binary_indicator_var e169_ 6.278046829164398
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e172_ -4.575447738333024
 relu_1_5_0_on_binary_indicator_var e173_ 9.150895476666047
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e175_ 4.575447738333024
 relu_1_5_0_off_binary_indicator_var e176_ 4.575447738333024
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e179_ -4.575447738333024
 relu_1_5_1_on_binary_indicator_var e180_ 9.150895476666047
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e182_ 4.575447738333024
 relu_1_5_1_off_binary_indicator_var e183_ 4.575447738333024
 relu_1_5_2_on_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_on_binary_indicator_var e186_ -4.575447738333024
 relu_1_5_2_on_binary_indicator_var e187_ 9.150895476666047
 relu_1_5_2_off_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_off_binary_indicator_var e189_ 4.575447738333024
 relu_1_5_2_off_binary_indicator_var e190_ 4.575447738333024
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e193_ -6.681194289163965
 relu_1_6_0_on_binary_indicator_var e194_ 13.36238857832793
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e196_ 6.681194289163965
 relu_1_6_0_off_binary_indicator_var e197_ 6.681194289163965
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e200_ -6.681194289163965
 relu_1_6_1_on_binary_indicator_var e201_ 13.36238857832793
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e203_ 6.681194289163965
 relu_1_6_1_off_binary_indicator_var e204_ 6.681194289163965
 relu_1_6_2_on_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_on_binary_indicator_var e207_ -6.681194289163965
 relu_1_6_2_on_binary_indicator_var e208_ 13.36238857832793
 relu_1_6_2_off_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_off_binary_indicator_var e210_ 6.681194289163965
 relu_1_6_2_off_binary_indicator_var e211_ 6.681194289163965
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e214_ -6.998263939541548
 relu_1_7_0_on_binary_indicator_var e215_ 13.996527879083096
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e217_ 6.998263939541548
 relu_1_7_0_off_binary_indicator_var e218_ 6.998263939541548
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e221_ -6.998263939541548
 relu_1_7_1_on_binary_indicator_var e222_ 13.996527879083096
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e224_ 6.998263939541548
 relu_1_7_1_off_binary_indicator_var e225_ 6.998263939541548
 relu_1_7_2_on_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_on_binary_indicator_var e228_ -6.998263939541548
 relu_1_7_2_on_binary_indicator_var e229_ 13.996527879083096
 relu_1_7_2_off_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_off_binary_indicator_var e231_ 6.998263939541548
 relu_1_7_2_off_binary_indicator_var e232_ 6.998263939541548
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e235_ -5.033436041032538
 relu_1_8_0_on_binary_indicator_var e236_ 10.066872082065077
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e238_ 5.033436041032538
 relu_1_8_0_off_binary_indicator_var e239_ 5.033436041032538
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e242_ -5.033436041032538
 relu_1_8_1_on_binary_indicator_var e243_ 10.066872082065077
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e245_ 5.033436041032538
 relu_1_8_1_off_binary_indicator_var e246_ 5.033436041032538
 relu_1_8_2_on_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_on_binary_indicator_var e249_ -5.033436041032538
 relu_1_8_2_on_binary_indicator_var e250_ 10.066872082065077
 relu_1_8_2_off_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_off_binary_indicator_var e252_ 5.033436041032538
 relu_1_8_2_off_binary_indicator_var e253_ 5.033436041032538
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e256_ -5.85589242599091
 relu_1_9_0_on_binary_indicator_var e257_ 11.71178485198182
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e259_ 5.85589242599091
 relu_1_9_0_off_binary_indicator_var e260_ 5.85589242599091
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e263_ -5.85589242599091
 relu_1_9_1_on_binary_indicator_var e264_ 11.71178485198182
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e266_ 5.85589242599091
 relu_1_9_1_off_binary_indicator_var e267_ 5.85589242599091
 relu_1_9_2_on_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_on_binary_indicator_var e270_ -5.85589242599091
 relu_1_9_2_on_binary_indicator_var e271_ 11.71178485198182
 relu_1_9_2_off_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_off_binary_indicator_var e273_ 5.85589242599091
 relu_1_9_2_off_binary_indicator_var e274_ 5.85589242599091
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e277_ -4.481055976018846
 relu_1_10_0_on_binary_indicator_var e278_ 8.962111952037692
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e280_ 4.481055976018846
 relu_1_10_0_off_binary_indicator_var e281_ 4.481055976018846
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e284_ -4.481055976018846
 relu_1_10_1_on_binary_indicator_var e285_ 8.962111952037692
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e287_ 4.481055976018846
 relu_1_10_1_off_binary_indicator_var e288_ 4.481055976018846
 relu_1_10_2_on_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_on_binary_indicator_var e291_ -4.481055976018846
 relu_1_10_2_on_binary_indicator_var e292_ 8.962111952037692
 relu_1_10_2_off_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_off_binary_indicator_var e294_ 4.481055976018846
 relu_1_10_2_off_binary_indicator_var e295_ 4.481055976018846
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e298_ -4.223536593655531
 relu_1_11_0_on_binary_indicator_var e299_ 8.447073187311062
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e301_ 4.223536593655531
 relu_1_11_0_off_binary_indicator_var e302_ 4.223536593655531
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e305_ -4.223536593655531
 relu_1_11_1_on_binary_indicator_var e306_ 8.447073187311062
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e308_ 4.223536593655531
 relu_1_11_1_off_binary_indicator_var e309_ 4.223536593655531
 relu_1_11_2_on_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_on_binary_indicator_var e312_ -4.223536593655531
 relu_1_11_2_on_binary_indicator_var e313_ 8.447073187311062
 relu_1_11_2_off_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_off_binary_indicator_var e315_ 4.223536593655531
 relu_1_11_2_off_binary_indicator_var e316_ 4.223536593655531
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e319_ -7.9411881018315
 relu_1_12_0_on_binary_indicator_var e320_ 15.882376203663
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e322_ 7.9411881018315
 relu_1_12_0_off_binary_indicator_var e323_ 7.9411881018315
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e326_ -7.9411881018315
 relu_1_12_1_on_binary_indicator_var e327_ 15.882376203663
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e329_ 7.9411881018315
 relu_1_12_1_off_binary_indicator_var e330_ 7.9411881018315
 relu_1_12_2_on_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_on_binary_indicator_var e333_ -7.9411881018315
 relu_1_12_2_on_binary_indicator_var e334_ 15.882376203663
 relu_1_12_2_off_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_off_binary_indicator_var e336_ 7.9411881018315
 relu_1_12_2_off_binary_indicator_var e337_ 7.9411881018315
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e340_ -4.282407804124144
 relu_1_13_0_on_binary_indicator_var e341_ 8.564815608248288
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e343_ 4.282407804124144
 relu_1_13_0_off_binary_indicator_var e344_ 4.282407804124144
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e347_ -4.282407804124144
 relu_1_13_1_on_binary_indicator_var e348_ 8.564815608248288
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e350_ 4.282407804124144
 relu_1_13_1_off_binary_indicator_var e351_ 4.282407804124144
 relu_1_13_2_on_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_on_binary_indicator_var e354_ -4.282407804124144
 relu_1_13_2_on_binary_indicator_var e355_ 8.564815608248288
 relu_1_13_2_off_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_off_binary_indicator_var e357_ 4.282407804124144
 relu_1_13_2_off_binary_indicator_var e358_ 4.282407804124144
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e361_ -4.634583834742528
 relu_1_14_0_on_binary_indicator_var e362_ 9.269167669485055
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e364_ 4.634583834742528
 relu_1_14_0_off_binary_indicator_var e365_ 4.634583834742528
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e368_ -4.634583834742528
 relu_1_14_1_on_binary_indicator_var e369_ 9.269167669485055
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e371_ 4.634583834742528
 relu_1_14_1_off_binary_indicator_var e372_ 4.634583834742528
 relu_1_14_2_on_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_on_binary_indicator_var e375_ -4.634583834742528
 relu_1_14_2_on_binary_indicator_var e376_ 9.269167669485055
 relu_1_14_2_off_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_off_binary_indicator_var e378_ 4.634583834742528
 relu_1_14_2_off_binary_indicator_var e379_ 4.634583834742528
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e382_ -4.622818643788233
 relu_1_15_0_on_binary_indicator_var e383_ 9.245637287576466
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e385_ 4.622818643788233
 relu_1_15_0_off_binary_indicator_var e386_ 4.622818643788233
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e389_ -4.622818643788233
 relu_1_15_1_on_binary_indicator_var e390_ 9.245637287576466
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e392_ 4.622818643788233
 relu_1_15_1_off_binary_indicator_var e393_ 4.622818643788233
 relu_1_15_2_on_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_on_binary_indicator_var e396_ -4.622818643788233
 relu_1_15_2_on_binary_indicator_var e397_ 9.245637287576466
 relu_1_15_2_off_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_off_binary_indicator_var e399_ 4.622818643788233
 relu_1_15_2_off_binary_indicator_var e400_ 4.622818643788233
 M221 'MARKER' 'INTEND'
RHS
 rhs obj -23.43216751905365
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e67_ -7.176419226746878
 rhs e68_ 14.352838453493757
 rhs e70_ 7.176419226746878
 rhs e71_ 7.176419226746878
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e74_ -7.176419226746878
 rhs e75_ 14.352838453493757
 rhs e77_ 7.176419226746878
 rhs e78_ 7.176419226746878
 rhs relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e81_ -7.176419226746878
 rhs e82_ 14.352838453493757
 rhs e84_ 7.176419226746878
 rhs e85_ 7.176419226746878
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e88_ -7.125139810483965
 rhs e89_ 14.25027962096793
 rhs e91_ 7.125139810483965
 rhs e92_ 7.125139810483965
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e95_ -7.125139810483965
 rhs e96_ 14.25027962096793
 rhs e98_ 7.125139810483965
 rhs e99_ 7.125139810483965
 rhs relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e102_ -7.125139810483965
 rhs e103_ 14.25027962096793
 rhs e105_ 7.125139810483965
 rhs e106_ 7.125139810483965
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e109_ -4.450495978270242
 rhs e110_ 8.900991956540484
 rhs e112_ 4.450495978270242
 rhs e113_ 4.450495978270242
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e116_ -4.450495978270242
 rhs e117_ 8.900991956540484
 rhs e119_ 4.450495978270242
 rhs e120_ 4.450495978270242
 rhs relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e123_ -4.450495978270242
 rhs e124_ 8.900991956540484
 rhs e126_ 4.450495978270242
 rhs e127_ 4.450495978270242
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e130_ -6.293958645941272
 rhs e131_ 12.587917291882544
 rhs e133_ 6.293958645941272
 rhs e134_ 6.293958645941272
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e137_ -6.293958645941272
 rhs e138_ 12.587917291882544
 rhs e140_ 6.293958645941272
 rhs e141_ 6.293958645941272
 rhs relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e144_ -6.293958645941272
 rhs e145_ 12.587917291882544
 rhs e147_ 6.293958645941272
 rhs e148_ 6.293958645941272
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e151_ -6.278046829164398
 rhs e152_ 12.556093658328797
 rhs e154_ 6.278046829164398
 rhs e155_ 6.278046829164398
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e158_ -6.278046829164398
 rhs e159_ 12.556093658328797
 rhs e161_ 6.278046829164398
 rhs e162_ 6.278046829164398
 rhs relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e165_ -6.278046829164398
 rhs e166_ 12.556093658328797
 rhs e168_ 6.278046829164398
 rhs e169_ 6.278046829164398
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e172_ -4.575447738333024
 rhs e173_ 9.150895476666047
 rhs e175_ 4.575447738333024
 rhs e176_ 4.575447738333024
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e179_ -4.575447738333024
 rhs e180_ 9.150895476666047
 rhs e182_ 4.575447738333024
 rhs e183_ 4.575447738333024
 rhs relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e186_ -4.575447738333024
 rhs e187_ 9.150895476666047
 rhs e189_ 4.575447738333024
 rhs e190_ 4.575447738333024
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e193_ -6.681194289163965
 rhs e194_ 13.36238857832793
 rhs e196_ 6.681194289163965
 rhs e197_ 6.681194289163965
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e200_ -6.681194289163965
 rhs e201_ 13.36238857832793
 rhs e203_ 6.681194289163965
 rhs e204_ 6.681194289163965
 rhs relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e207_ -6.681194289163965
 rhs e208_ 13.36238857832793
 rhs e210_ 6.681194289163965
 rhs e211_ 6.681194289163965
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e214_ -6.998263939541548
 rhs e215_ 13.996527879083096
 rhs e217_ 6.998263939541548
 rhs e218_ 6.998263939541548
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e221_ -6.998263939541548
 rhs e222_ 13.996527879083096
 rhs e224_ 6.998263939541548
 rhs e225_ 6.998263939541548
 rhs relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e228_ -6.998263939541548
 rhs e229_ 13.996527879083096
 rhs e231_ 6.998263939541548
 rhs e232_ 6.998263939541548
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e235_ -5.033436041032538
 rhs e236_ 10.066872082065077
 rhs e238_ 5.033436041032538
 rhs e239_ 5.033436041032538
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e242_ -5.033436041032538
 rhs e243_ 10.066872082065077
 rhs e245_ 5.033436041032538
 rhs e246_ 5.033436041032538
 rhs relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e249_ -5.033436041032538
 rhs e250_ 10.066872082065077
 rhs e252_ 5.033436041032538
 rhs e253_ 5.033436041032538
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e256_ -5.85589242599091
 rhs e257_ 11.71178485198182
 rhs e259_ 5.85589242599091
 rhs e260_ 5.85589242599091
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e263_ -5.85589242599091
 rhs e264_ 11.71178485198182
 rhs e266_ 5.85589242599091
 rhs e267_ 5.85589242599091
 rhs relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e270_ -5.85589242599091
 rhs e271_ 11.71178485198182
 rhs e273_ 5.85589242599091
 rhs e274_ 5.85589242599091
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e277_ -4.481055976018846
 rhs e278_ 8.962111952037692
 rhs e280_ 4.481055976018846
 rhs e281_ 4.481055976018846
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e284_ -4.481055976018846
 rhs e285_ 8.962111952037692
 rhs e287_ 4.481055976018846
 rhs e288_ 4.481055976018846
 rhs relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e291_ -4.481055976018846
 rhs e292_ 8.962111952037692
 rhs e294_ 4.481055976018846
 rhs e295_ 4.481055976018846
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e298_ -4.223536593655531
 rhs e299_ 8.447073187311062
 rhs e301_ 4.223536593655531
 rhs e302_ 4.223536593655531
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e305_ -4.223536593655531
 rhs e306_ 8.447073187311062
 rhs e308_ 4.223536593655531
 rhs e309_ 4.223536593655531
 rhs relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e312_ -4.223536593655531
 rhs e313_ 8.447073187311062
 rhs e315_ 4.223536593655531
 rhs e316_ 4.223536593655531
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e319_ -7.9411881018315
 rhs e320_ 15.882376203663
 rhs e322_ 7.9411881018315
 rhs e323_ 7.9411881018315
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e326_ -7.9411881018315
 rhs e327_ 15.882376203663
 rhs e329_ 7.9411881018315
 rhs e330_ 7.9411881018315
 rhs relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e333_ -7.9411881018315
 rhs e334_ 15.882376203663
 rhs e336_ 7.9411881018315
 rhs e337_ 7.9411881018315
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e340_ -4.282407804124144
 rhs e341_ 8.564815608248288
 rhs e343_ 4.282407804124144
 rhs e344_ 4.282407804124144
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e347_ -4.282407804124144
 rhs e348_ 8.564815608248288
 rhs e350_ 4.282407804124144
 rhs e351_ 4.282407804124144
 rhs relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e354_ -4.282407804124144
 rhs e355_ 8.564815608248288
 rhs e357_ 4.282407804124144
 rhs e358_ 4.282407804124144
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e361_ -4.634583834742528
 rhs e362_ 9.269167669485055
 rhs e364_ 4.634583834742528
 rhs e365_ 4.634583834742528
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e368_ -4.634583834742528
 rhs e369_ 9.269167669485055
 rhs e371_ 4.634583834742528
 rhs e372_ 4.634583834742528
 rhs relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e375_ -4.634583834742528
 rhs e376_ 9.269167669485055
 rhs e378_ 4.634583834742528
 rhs e379_ 4.634583834742528
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e382_ -4.622818643788233
 rhs e383_ 9.245637287576466
 rhs e385_ 4.622818643788233
 rhs e386_ 4.622818643788233
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e389_ -4.622818643788233
 rhs e390_ 9.245637287576466
 rhs e392_ 4.622818643788233
 rhs e393_ 4.622818643788233
 rhs relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e396_ -4.622818643788233
 rhs e397_ 9.245637287576466
 rhs e399_ 4.622818643788233
 rhs e400_ 4.622818643788233
BOUNDS
 LO bnd w_1_0_0 -3
 UP bnd w_1_0_0 3
 LO bnd w_1_0_1 -3
 UP bnd w_1_0_1 3
 LO bnd w_1_1_0 -3
 UP bnd w_1_1_0 3
 LO bnd w_1_1_1 -3
 UP bnd w_1_1_1 3
 LO bnd w_1_2_0 -3
 UP bnd w_1_2_0 3
 LO bnd w_1_2_1 -3
 UP bnd w_1_2_1 3
 LO bnd w_2_0_0 -3
 UP bnd w_2_0_0 3
 LO bnd w_2_0_1 -3
 UP bnd w_2_0_1 3
 LO bnd w_2_0_2 -3
 UP bnd w_2_0_2 3
 LO bnd b_1_0 -3
 UP bnd b_1_0 3
 LO bnd b_1_1 -3
 UP bnd b_1_1 3
 LO bnd b_1_2 -3
 UP bnd b_1_2 3
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd pre_1_0_0 -7.176419226746878
 UP bnd pre_1_0_0 7.176419226746878
 LO bnd pre_1_0_1 -7.176419226746878
 UP bnd pre_1_0_1 7.176419226746878
 LO bnd pre_1_0_2 -7.176419226746878
 UP bnd pre_1_0_2 7.176419226746878
 LO bnd pre_1_1_0 -7.125139810483965
 UP bnd pre_1_1_0 7.125139810483965
 LO bnd pre_1_1_1 -7.125139810483965
 UP bnd pre_1_1_1 7.125139810483965
 LO bnd pre_1_1_2 -7.125139810483965
 UP bnd pre_1_1_2 7.125139810483965
 LO bnd pre_1_2_0 -4.450495978270242
 UP bnd pre_1_2_0 4.450495978270242
 LO bnd pre_1_2_1 -4.450495978270242
 UP bnd pre_1_2_1 4.450495978270242
 LO bnd pre_1_2_2 -4.450495978270242
 UP bnd pre_1_2_2 4.450495978270242
 LO bnd pre_1_3_0 -6.293958645941272
 UP bnd pre_1_3_0 6.293958645941272
 LO bnd pre_1_3_1 -6.293958645941272
 UP bnd pre_1_3_1 6.293958645941272
 LO bnd pre_1_3_2 -6.293958645941272
 UP bnd pre_1_3_2 6.293958645941272
 LO bnd pre_1_4_0 -6.278046829164398
 UP bnd pre_1_4_0 6.278046829164398
 LO bnd pre_1_4_1 -6.278046829164398
 UP bnd pre_1_4_1 6.278046829164398
 LO bnd pre_1_4_2 -6.278046829164398
 UP bnd pre_1_4_2 6.278046829164398
 LO bnd pre_1_5_0 -4.575447738333024
 UP bnd pre_1_5_0 4.575447738333024
 LO bnd pre_1_5_1 -4.575447738333024
 UP bnd pre_1_5_1 4.575447738333024
 LO bnd pre_1_5_2 -4.575447738333024
 UP bnd pre_1_5_2 4.575447738333024
 LO bnd pre_1_6_0 -6.681194289163965
 UP bnd pre_1_6_0 6.681194289163965
 LO bnd pre_1_6_1 -6.681194289163965
 UP bnd pre_1_6_1 6.681194289163965
 LO bnd pre_1_6_2 -6.681194289163965
 UP bnd pre_1_6_2 6.681194289163965
 LO bnd pre_1_7_0 -6.998263939541548
 UP bnd pre_1_7_0 6.998263939541548
 LO bnd pre_1_7_1 -6.998263939541548
 UP bnd pre_1_7_1 6.998263939541548
 LO bnd pre_1_7_2 -6.998263939541548
 UP bnd pre_1_7_2 6.998263939541548
 LO bnd pre_1_8_0 -5.033436041032538
 UP bnd pre_1_8_0 5.033436041032538
 LO bnd pre_1_8_1 -5.033436041032538
 UP bnd pre_1_8_1 5.033436041032538
 LO bnd pre_1_8_2 -5.033436041032538
 UP bnd pre_1_8_2 5.033436041032538
 LO bnd pre_1_9_0 -5.85589242599091
 UP bnd pre_1_9_0 5.85589242599091
 LO bnd pre_1_9_1 -5.85589242599091
 UP bnd pre_1_9_1 5.85589242599091
 LO bnd pre_1_9_2 -5.85589242599091
 UP bnd pre_1_9_2 5.85589242599091
 LO bnd pre_1_10_0 -4.481055976018846
 UP bnd pre_1_10_0 4.481055976018846
 LO bnd pre_1_10_1 -4.481055976018846
 UP bnd pre_1_10_1 4.481055976018846
 LO bnd pre_1_10_2 -4.481055976018846
 UP bnd pre_1_10_2 4.481055976018846
 LO bnd pre_1_11_0 -4.223536593655531
 UP bnd pre_1_11_0 4.223536593655531
 LO bnd pre_1_11_1 -4.223536593655531
 UP bnd pre_1_11_1 4.223536593655531
 LO bnd pre_1_11_2 -4.223536593655531
 UP bnd pre_1_11_2 4.223536593655531
 LO bnd pre_1_12_0 -7.9411881018315
 UP bnd pre_1_12_0 7.9411881018315
 LO bnd pre_1_12_1 -7.9411881018315
 UP bnd pre_1_12_1 7.9411881018315
 LO bnd pre_1_12_2 -7.9411881018315
 UP bnd pre_1_12_2 7.9411881018315
 LO bnd pre_1_13_0 -4.282407804124144
 UP bnd pre_1_13_0 4.282407804124144
 LO bnd pre_1_13_1 -4.282407804124144
 UP bnd pre_1_13_1 4.282407804124144
 LO bnd pre_1_13_2 -4.282407804124144
 UP bnd pre_1_13_2 4.282407804124144
 LO bnd pre_1_14_0 -4.634583834742528
 UP bnd pre_1_14_0 4.634583834742528
 LO bnd pre_1_14_1 -4.634583834742528
 UP bnd pre_1_14_1 4.634583834742528
 LO bnd pre_1_14_2 -4.634583834742528
 UP bnd pre_1_14_2 4.634583834742528
 LO bnd pre_1_15_0 -4.622818643788233
 UP bnd pre_1_15_0 4.622818643788233
 LO bnd pre_1_15_1 -4.622818643788233
 UP bnd pre_1_15_1 4.622818643788233
 LO bnd pre_1_15_2 -4.622818643788233
 UP bnd pre_1_15_2 4.622818643788233
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.176419226746878
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.176419226746878
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 7.176419226746878
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 7.125139810483965
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 7.125139810483965
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 7.125139810483965
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 4.450495978270242
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 4.450495978270242
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 4.450495978270242
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6.293958645941272
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6.293958645941272
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 6.293958645941272
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 6.278046829164398
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 6.278046829164398
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 6.278046829164398
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 4.575447738333024
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 4.575447738333024
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 4.575447738333024
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 6.681194289163965
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 6.681194289163965
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 6.681194289163965
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 6.998263939541548
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 6.998263939541548
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 6.998263939541548
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 5.033436041032538
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 5.033436041032538
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 5.033436041032538
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 5.85589242599091
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 5.85589242599091
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 5.85589242599091
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 4.481055976018846
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 4.481055976018846
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 4.481055976018846
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 4.223536593655531
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 4.223536593655531
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 4.223536593655531
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 7.9411881018315
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 7.9411881018315
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 7.9411881018315
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 4.282407804124144
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 4.282407804124144
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 4.282407804124144
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 4.634583834742528
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 4.634583834742528
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 4.634583834742528
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 4.622818643788233
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 4.622818643788233
 LO bnd post_1_15_2 0
 UP bnd post_1_15_2 4.622818643788233
 LO bnd out_0_0 -67.5877730407219
 UP bnd out_0_0 67.5877730407219
 LO bnd out_1_0 -67.1262582943557
 UP bnd out_1_0 67.1262582943557
 LO bnd out_2_0 -43.054463804432174
 UP bnd out_2_0 43.054463804432174
 LO bnd out_3_0 -59.64562781347144
 UP bnd out_3_0 59.64562781347144
 LO bnd out_4_0 -59.50242146247958
 UP bnd out_4_0 59.50242146247958
 LO bnd out_5_0 -44.179029644997215
 UP bnd out_5_0 44.179029644997215
 LO bnd out_6_0 -63.13074860247569
 UP bnd out_6_0 63.13074860247569
 LO bnd out_7_0 -65.98437545587393
 UP bnd out_7_0 65.98437545587393
 LO bnd out_8_0 -48.300924369292844
 UP bnd out_8_0 48.300924369292844
 LO bnd out_9_0 -55.70303183391819
 UP bnd out_9_0 55.70303183391819
 LO bnd out_10_0 -43.32950378416961
 UP bnd out_10_0 43.32950378416961
 LO bnd out_11_0 -41.01182934289978
 UP bnd out_11_0 41.01182934289978
 LO bnd out_12_0 -74.4706929164835
 UP bnd out_12_0 74.4706929164835
 LO bnd out_13_0 -41.5416702371173
 UP bnd out_13_0 41.5416702371173
 LO bnd out_14_0 -44.71125451268274
 UP bnd out_14_0 44.71125451268274
 LO bnd out_15_0 -44.6053677940941
 UP bnd out_15_0 44.6053677940941
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
 BV bnd relu_1_9_0_on_binary_indicator_var
 BV bnd relu_1_9_0_off_binary_indicator_var
 BV bnd relu_1_9_1_on_binary_indicator_var
 BV bnd relu_1_9_1_off_binary_indicator_var
 BV bnd relu_1_9_2_on_binary_indicator_var
 BV bnd relu_1_9_2_off_binary_indicator_var
 BV bnd relu_1_10_0_on_binary_indicator_var
 BV bnd relu_1_10_0_off_binary_indicator_var
 BV bnd relu_1_10_1_on_binary_indicator_var
 BV bnd relu_1_10_1_off_binary_indicator_var
 BV bnd relu_1_10_2_on_binary_indicator_var
 BV bnd relu_1_10_2_off_binary_indicator_var
 BV bnd relu_1_11_0_on_binary_indicator_var
 BV bnd relu_1_11_0_off_binary_indicator_var
 BV bnd relu_1_11_1_on_binary_indicator_var
 BV bnd relu_1_11_1_off_binary_indicator_var
 BV bnd relu_1_11_2_on_binary_indicator_var
 BV bnd relu_1_11_2_off_binary_indicator_var
 BV bnd relu_1_12_0_on_binary_indicator_var
 BV bnd relu_1_12_0_off_binary_indicator_var
 BV bnd relu_1_12_1_on_binary_indicator_var
 BV bnd relu_1_12_1_off_binary_indicator_var
 BV bnd relu_1_12_2_on_binary_indicator_var
 BV bnd relu_1_12_2_off_binary_indicator_var
 BV bnd relu_1_13_0_on_binary_indicator_var
 BV bnd relu_1_13_0_off_binary_indicator_var
 BV bnd relu_1_13_1_on_binary_indicator_var
 BV bnd relu_1_13_1_off_binary_indicator_var
 BV bnd relu_1_13_2_on_binary_indicator_var
 BV bnd relu_1_13_2_off_binary_indicator_var
 BV bnd relu_1_14_0_on_binary_indicator_var
 BV bnd relu_1_14_0_off_binary_indicator_var
 BV bnd relu_1_14_1_on_binary_indicator_var
 BV bnd relu_1_14_1_off_binary_indicator_var
 BV bnd relu_1_14_2_on_binary_indicator_var
 BV bnd relu_1_14_2_off_binary_indicator_var
 BV bnd relu_1_15_0_on_binary_indicator_var
 BV bnd relu_1_15_0_off_binary_indicator_var
 BV bnd relu_1_15_1_on_binary_indicator_var
 BV bnd relu_1_15_1_off_binary_indicator_var
 BV bnd relu_1_15_2_on_binary_indicator_var
 BV bnd relu_1_15_2_off_binary_indicator_var
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
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
 w_2_0_2 post_1_9_2 -0.5
 post_1_9_2 w_2_0_2 -0.5
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
 w_2_0_2 post_1_10_2 -0.5
 post_1_10_2 w_2_0_2 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
 w_2_0_2 post_1_11_2 -0.5
 post_1_11_2 w_2_0_2 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
 w_2_0_2 post_1_12_2 -0.5
 post_1_12_2 w_2_0_2 -0.5
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
 w_2_0_2 post_1_13_2 -0.5
 post_1_13_2 w_2_0_2 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
 w_2_0_2 post_1_14_2 -0.5
 post_1_14_2 w_2_0_2 -0.5
QCMATRIX out_definition_15_0
 w_2_0_0 post_1_15_0 -0.5
 post_1_15_0 w_2_0_0 -0.5
 w_2_0_1 post_1_15_1 -0.5
 post_1_15_1 w_2_0_1 -0.5
 w_2_0_2 post_1_15_2 -0.5
 post_1_15_2 w_2_0_2 -0.5
ENDATA
