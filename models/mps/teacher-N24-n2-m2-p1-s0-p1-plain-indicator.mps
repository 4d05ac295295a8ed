* teacher-N24-n2-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N24-n2-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N24-n2-m2-p1-s0-p1-plain-indicator
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
 E pre_definition_1_17_0
 E pre_definition_1_17_1
 E pre_definition_1_18_0
 E pre_definition_1_18_1
 E pre_definition_1_19_0
 E pre_definition_1_19_1
 E pre_definition_1_20_0
 E pre_definition_1_20_1
 E pre_definition_1_21_0
 E pre_definition_1_21_1
 E pre_definition_1_22_0
 E pre_definition_1_22_1
 E pre_definition_1_23_0
 E pre_definition_1_23_1
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
 E out_definition_17_0
 E out_definition_18_0
 E out_definition_19_0
 E out_definition_20_0
 E out_definition_21_0
 E out_definition_22_0
 E out_definition_23_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e75_
 L e76_
 G e77_
 L e78_
 L e79_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e82_
 L e83_
 G e84_
 L e85_
 L e86_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e89_
 L e90_
 G e91_
 L e92_
 L e93_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e96_
 L e97_
 G e98_
 L e99_
 L e100_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e103_
 L e104_
 G e105_
 L e106_
 L e107_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e110_
 L e111_
 G e112_
 L e113_
 L e114_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e117_
 L e118_
 G e119_
 L e120_
 L e121_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e124_
 L e125_
 G e126_
 L e127_
 L e128_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e131_
 L e132_
 G e133_
 L e134_
 L e135_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e138_
 L e139_
 G e140_
 L e141_
 L e142_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e145_
 L e146_
 G e147_
 L e148_
 L e149_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e152_
 L e153_
 G e154_
 L e155_
 L e156_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e159_
 L e160_
 G e161_
 L e162_
 L e163_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e166_
 L e167_
 G e168_
 L e169_
 L e170_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e173_
 L e174_
 G e175_
 L e176_
 L e177_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e180_
 L e181_
 G e182_
 L e183_
 L e184_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e187_
 L e188_
 G e189_
 L e190_
 L e191_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e194_
 L e195_
 G e196_
 L e197_
 L e198_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e201_
 L e202_
 G e203_
 L e204_
 L e205_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e208_
 L e209_
 G e210_
 L e211_
 L e212_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e215_
 L e216_
 G e217_
 L e218_
 L e219_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e222_
 L e223_
 G e224_
 L e225_
 L e226_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e229_
 L e230_
 G e231_
 L e232_
 L e233_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e236_
 L e237_
 G e238_
 L e239_
 L e240_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e243_
 L e244_
 G e245_
 L e246_
 L e247_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e250_
 L e251_
 G e252_
 L e253_
 L e254_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e257_
 L e258_
 G e259_
 L e260_
 L e261_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e264_
 L e265_
 G e266_
 L e267_
 L e268_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e271_
 L e272_
 G e273_
 L e274_
 L e275_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e278_
 L e279_
 G e280_
 L e281_
 L e282_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e285_
 L e286_
 G e287_
 L e288_
 L e289_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e292_
 L e293_
 G e294_
 L e295_
 L e296_
 L relu_1_16_0_above_pre
 E relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor
 G e299_
 L e300_
 G e301_
 L e302_
 L e303_
 L relu_1_16_1_above_pre
 E relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor
 G e306_
 L e307_
 G e308_
 L e309_
 L e310_
 L relu_1_17_0_above_pre
 E relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor
 G e313_
 L e314_
 G e315_
 L e316_
 L e317_
 L relu_1_17_1_above_pre
 E relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor
 G e320_
 L e321_
 G e322_
 L e323_
 L e324_
 L relu_1_18_0_above_pre
 E relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor
 G e327_
 L e328_
 G e329_
 L e330_
 L e331_
 L relu_1_18_1_above_pre
 E relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor
 G e334_
 L e335_
 G e336_
 L e337_
 L e338_
 L relu_1_19_0_above_pre
 E relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor
 G e341_
 L e342_
 G e343_
 L e344_
 L e345_
 L relu_1_19_1_above_pre
 E relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor
 G e348_
 L e349_
 G e350_
 L e351_
 L e352_
 L relu_1_20_0_above_pre
 E relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor
 G e355_
 L e356_
 G e357_
 L e358_
 L e359_
 L relu_1_20_1_above_pre
 E relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor
 G e362_
 L e363_
 G e364_
 L e365_
 L e366_
 L relu_1_21_0_above_pre
 E relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor
 G e369_
 L e370_
 G e371_
 L e372_
 L e373_
 L relu_1_21_1_above_pre
 E relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor
 G e376_
 L e377_
 G e378_
 L e379_
 L e380_
 L relu_1_22_0_above_pre
 E relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor
 G e383_
 L e384_
 G e385_
 L e386_
 L e387_
 L relu_1_22_1_above_pre
 E relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor
 G e390_
 L e391_
 G e392_
 L e393_
 L e394_
 L relu_1_23_0_above_pre
 E relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor
 G e397_
 L e398_
 G e399_
 L e400_
 L e401_
 L relu_1_23_1_above_pre
 E relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor
 G e404_
 L e405_
 G e406_
 L e407_
 L e408_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -0.8701448475755365
 w_1_0_0 pre_definition_1_1_0 0.9945229996597038
 w_1_0_0 pre_definition_1_2_0 0.9328288493890713
 w_1_0_0 pre_definition_1_3_0 0.648688758794882
 w_1_0_0 pre_definition_1_4_0 -0.08292244049818343
 w_1_0_0 pre_definition_1_5_0 0.1546255576046831
 w_1_0_0 pre_definition_1_6_0 0.7514334470008721
 w_1_0_0 pre_definition_1_7_0 -0.2943790231485002
 w_1_0_0 pre_definition_1_8_0 0.23264489147623313
 w_1_0_0 pre_definition_1_9_0 -0.9616706775524602
 w_1_0_0 pre_definition_1_10_0 -0.3009185525356326
 w_1_0_0 pre_definition_1_11_0 0.22215715204179243
 w_1_0_0 pre_definition_1_12_0 -0.4429766803881634
 w_1_0_0 pre_definition_1_13_0 0.3795162488820887
 w_1_0_0 pre_definition_1_14_0 -0.7789756686980005
 w_1_0_0 pre_definition_1_15_0 0.28440960658185954
 w_1_0_0 pre_definition_1_16_0 0.3562612178481157
 w_1_0_0 pre_definition_1_17_0 0.3241775489857335
 w_1_0_0 pre_definition_1_18_0 -0.7805487040095846
 w_1_0_0 pre_definition_1_19_0 -0.24637428937208483
 w_1_0_0 pre_definition_1_20_0 -0.6652882953067956
 w_1_0_0 pre_definition_1_21_0 0.5212611140140957
 w_1_0_0 pre_definition_1_22_0 0.8828639303896113
 w_1_0_0 pre_definition_1_23_0 0.6994410662103219
 w_1_0_1 pre_definition_1_0_0 -0.6317071082430643
 w_1_0_1 pre_definition_1_1_0 -0.7148085531751387
 w_1_0_1 pre_definition_1_2_0 -0.45931089285988813
 w_1_0_1 pre_definition_1_3_0 -0.7263578446997732
 w_1_0_1 pre_definition_1_4_0 0.40057621892523043
 w_1_0_1 pre_definition_1_5_0 0.9433606577090741
 w_1_0_1 pre_definition_1_6_0 -0.34124882938726064
 w_1_0_1 pre_definition_1_7_0 -0.2307702229625077
 w_1_0_1 pre_definition_1_8_0 -0.994419871578422
 w_1_0_1 pre_definition_1_9_0 -0.3710839689613894
 w_1_0_1 pre_definition_1_10_0 -0.37689346114188016
 w_1_0_1 pre_definition_1_11_0 0.7298069899551776
 w_1_0_1 pre_definition_1_12_0 -0.050708644951451776
 w_1_0_1 pre_definition_1_13_0 0.028329282336421846
 w_1_0_1 pre_definition_1_14_0 -0.8680870319124994
 w_1_0_1 pre_definition_1_15_0 -0.14305966145952187
 w_1_0_1 pre_definition_1_16_0 -0.1886000603993936
 w_1_0_1 pre_definition_1_17_0 0.21676199894367754
 w_1_0_1 pre_definition_1_18_0 0.5456848129332406
 w_1_0_1 pre_definition_1_19_0 0.8319693128352303
 w_1_0_1 pre_definition_1_20_0 -0.5741966149773667
 w_1_0_1 pre_definition_1_21_0 -0.7529684616214076
 w_1_0_1 pre_definition_1_22_0 0.32776587890867925
 w_1_0_1 pre_definition_1_23_0 0.09932126670142605
 w_1_1_0 pre_definition_1_0_1 -0.8701448475755365
 w_1_1_0 pre_definition_1_1_1 0.9945229996597038
 w_1_1_0 pre_definition_1_2_1 0.9328288493890713
 w_1_1_0 pre_definition_1_3_1 0.648688758794882
 w_1_1_0 pre_definition_1_4_1 -0.08292244049818343
 w_1_1_0 pre_definition_1_5_1 0.1546255576046831
 w_1_1_0 pre_definition_1_6_1 0.7514334470008721
 w_1_1_0 pre_definition_1_7_1 -0.2943790231485002
 w_1_1_0 pre_definition_1_8_1 0.23264489147623313
 w_1_1_0 pre_definition_1_9_1 -0.9616706775524602
 w_1_1_0 pre_definition_1_10_1 -0.3009185525356326
 w_1_1_0 pre_definition_1_11_1 0.22215715204179243
 w_1_1_0 pre_definition_1_12_1 -0.4429766803881634
 w_1_1_0 pre_definition_1_13_1 0.3795162488820887
 w_1_1_0 pre_definition_1_14_1 -0.7789756686980005
 w_1_1_0 pre_definition_1_15_1 0.28440960658185954
 w_1_1_0 pre_definition_1_16_1 0.3562612178481157
 w_1_1_0 pre_definition_1_17_1 0.3241775489857335
 w_1_1_0 pre_definition_1_18_1 -0.7805487040095846
 w_1_1_0 pre_definition_1_19_1 -0.24637428937208483
 w_1_1_0 pre_definition_1_20_1 -0.6652882953067956
 w_1_1_0 pre_definition_1_21_1 0.5212611140140957
 w_1_1_0 pre_definition_1_22_1 0.8828639303896113
 w_1_1_0 pre_definition_1_23_1 0.6994410662103219
 w_1_1_1 pre_definition_1_0_1 -0.6317071082430643
 w_1_1_1 pre_definition_1_1_1 -0.7148085531751387
 w_1_1_1 pre_definition_1_2_1 -0.45931089285988813
 w_1_1_1 pre_definition_1_3_1 -0.7263578446997732
 w_1_1_1 pre_definition_1_4_1 0.40057621892523043
 w_1_1_1 pre_definition_1_5_1 0.9433606577090741
 w_1_1_1 pre_definition_1_6_1 -0.34124882938726064
 w_1_1_1 pre_definition_1_7_1 -0.2307702229625077
 w_1_1_1 pre_definition_1_8_1 -0.994419871578422
 w_1_1_1 pre_definition_1_9_1 -0.3710839689613894
 w_1_1_1 pre_definition_1_10_1 -0.37689346114188016
 w_1_1_1 pre_definition_1_11_1 0.7298069899551776
 w_1_1_1 pre_definition_1_12_1 -0.050708644951451776
 w_1_1_1 pre_definition_1_13_1 0.028329282336421846
 w_1_1_1 pre_definition_1_14_1 -0.8680870319124994
 w_1_1_1 pre_definition_1_15_1 -0.14305966145952187
 w_1_1_1 pre_definition_1_16_1 -0.1886000603993936
 w_1_1_1 pre_definition_1_17_1 0.21676199894367754
 w_1_1_1 pre_definition_1_18_1 0.5456848129332406
 w_1_1_1 pre_definition_1_19_1 0.8319693128352303
 w_1_1_1 pre_definition_1_20_1 -0.5741966149773667
 w_1_1_1 pre_definition_1_21_1 -0.7529684616214076
 w_1_1_1 pre_definition_1_22_1 0.32776587890867925
 w_1_1_1 pre_definition_1_23_1 0.09932126670142605
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
 b_1_0 pre_definition_1_17_0 -1
 b_1_0 pre_definition_1_18_0 -1
 b_1_0 pre_definition_1_19_0 -1
 b_1_0 pre_definition_1_20_0 -1
 b_1_0 pre_definition_1_21_0 -1
 b_1_0 pre_definition_1_22_0 -1
 b_1_0 pre_definition_1_23_0 -1
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
 b_1_1 pre_definition_1_17_1 -1
 b_1_1 pre_definition_1_18_1 -1
 b_1_1 pre_definition_1_19_1 -1
 b_1_1 pre_definition_1_20_1 -1
 b_1_1 pre_definition_1_21_1 -1
 b_1_1 pre_definition_1_22_1 -1
 b_1_1 pre_definition_1_23_1 -1
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
 b_2_0 out_definition_17_0 -1
 b_2_0 out_definition_18_0 -1
 b_2_0 out_definition_19_0 -1
 b_2_0 out_definition_20_0 -1
 b_2_0 out_definition_21_0 -1
 b_2_0 out_definition_22_0 -1
 b_2_0 out_definition_23_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e75_ -1
 pre_1_0_0 e76_ -1
 pre_1_0_0 e79_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e82_ -1
 pre_1_0_1 e83_ -1
 pre_1_0_1 e86_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e89_ -1
 pre_1_1_0 e90_ -1
 pre_1_1_0 e93_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e96_ -1
 pre_1_1_1 e97_ -1
 pre_1_1_1 e100_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e103_ -1
 pre_1_2_0 e104_ -1
 pre_1_2_0 e107_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e110_ -1
 pre_1_2_1 e111_ -1
 pre_1_2_1 e114_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e117_ -1
 pre_1_3_0 e118_ -1
 pre_1_3_0 e121_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e124_ -1
 pre_1_3_1 e125_ -1
 pre_1_3_1 e128_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e131_ -1
 pre_1_4_0 e132_ -1
 pre_1_4_0 e135_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e138_ -1
 pre_1_4_1 e139_ -1
 pre_1_4_1 e142_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e145_ -1
 pre_1_5_0 e146_ -1
 pre_1_5_0 e149_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e152_ -1
 pre_1_5_1 e153_ -1
 pre_1_5_1 e156_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e159_ -1
 pre_1_6_0 e160_ -1
 pre_1_6_0 e163_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e166_ -1
 pre_1_6_1 e167_ -1
 pre_1_6_1 e170_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e173_ -1
 pre_1_7_0 e174_ -1
 pre_1_7_0 e177_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e180_ -1
 pre_1_7_1 e181_ -1
 pre_1_7_1 e184_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e187_ -1
 pre_1_8_0 e188_ -1
 pre_1_8_0 e191_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e194_ -1
 pre_1_8_1 e195_ -1
 pre_1_8_1 e198_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e201_ -1
 pre_1_9_0 e202_ -1
 pre_1_9_0 e205_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e208_ -1
 pre_1_9_1 e209_ -1
 pre_1_9_1 e212_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e215_ -1
 pre_1_10_0 e216_ -1
 pre_1_10_0 e219_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e222_ -1
 pre_1_10_1 e223_ -1
 pre_1_10_1 e226_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e229_ -1
 pre_1_11_0 e230_ -1
 pre_1_11_0 e233_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e236_ -1
 pre_1_11_1 e237_ -1
 pre_1_11_1 e240_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e243_ -1
 pre_1_12_0 e244_ -1
 pre_1_12_0 e247_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e250_ -1
 pre_1_12_1 e251_ -1
 pre_1_12_1 e254_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e257_ -1
 pre_1_13_0 e258_ -1
 pre_1_13_0 e261_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e264_ -1
 pre_1_13_1 e265_ -1
 pre_1_13_1 e268_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e271_ -1
 pre_1_14_0 e272_ -1
 pre_1_14_0 e275_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e278_ -1
 pre_1_14_1 e279_ -1
 pre_1_14_1 e282_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e285_ -1
 pre_1_15_0 e286_ -1
 pre_1_15_0 e289_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e292_ -1
 pre_1_15_1 e293_ -1
 pre_1_15_1 e296_ 1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre 1
 pre_1_16_0 e299_ -1
 pre_1_16_0 e300_ -1
 pre_1_16_0 e303_ 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre 1
 pre_1_16_1 e306_ -1
 pre_1_16_1 e307_ -1
 pre_1_16_1 e310_ 1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_above_pre 1
 pre_1_17_0 e313_ -1
 pre_1_17_0 e314_ -1
 pre_1_17_0 e317_ 1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_above_pre 1
 pre_1_17_1 e320_ -1
 pre_1_17_1 e321_ -1
 pre_1_17_1 e324_ 1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_above_pre 1
 pre_1_18_0 e327_ -1
 pre_1_18_0 e328_ -1
 pre_1_18_0 e331_ 1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_above_pre 1
 pre_1_18_1 e334_ -1
 pre_1_18_1 e335_ -1
 pre_1_18_1 e338_ 1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_above_pre 1
 pre_1_19_0 e341_ -1
 pre_1_19_0 e342_ -1
 pre_1_19_0 e345_ 1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_above_pre 1
 pre_1_19_1 e348_ -1
 pre_1_19_1 e349_ -1
 pre_1_19_1 e352_ 1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_above_pre 1
 pre_1_20_0 e355_ -1
 pre_1_20_0 e356_ -1
 pre_1_20_0 e359_ 1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_above_pre 1
 pre_1_20_1 e362_ -1
 pre_1_20_1 e363_ -1
 pre_1_20_1 e366_ 1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_above_pre 1
 pre_1_21_0 e369_ -1
 pre_1_21_0 e370_ -1
 pre_1_21_0 e373_ 1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_above_pre 1
 pre_1_21_1 e376_ -1
 pre_1_21_1 e377_ -1
 pre_1_21_1 e380_ 1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_above_pre 1
 pre_1_22_0 e383_ -1
 pre_1_22_0 e384_ -1
 pre_1_22_0 e387_ 1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_above_pre 1
 pre_1_22_1 e390_ -1
 pre_1_22_1 e391_ -1
 pre_1_22_1 e394_ 1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_above_pre 1
 pre_1_23_0 e397_ -1
 pre_1_23_0 e398_ -1
 pre_1_23_0 e401_ 1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_above_pre 1
 pre_1_23_1 e404_ -1
 pre_1_23_1 e405_ -1
 pre_1_23_1 e408_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e75_ 1
 post_1_0_0 e76_ 1
 post_1_0_0 e77_ 1
 post_1_0_0 e78_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e82_ 1
 post_1_0_1 e83_ 1
 post_1_0_1 e84_ 1
 post_1_0_1 e85_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e89_ 1
 post_1_1_0 e90_ 1
 post_1_1_0 e91_ 1
 post_1_1_0 e92_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e96_ 1
 post_1_1_1 e97_ 1
 post_1_1_1 e98_ 1
 post_1_1_1 e99_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e103_ 1
 post_1_2_0 e104_ 1
 post_1_2_0 e105_ 1
 post_1_2_0 e106_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e110_ 1
 post_1_2_1 e111_ 1
 post_1_2_1 e112_ 1
 post_1_2_1 e113_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e117_ 1
 post_1_3_0 e118_ 1
 post_1_3_0 e119_ 1
 post_1_3_0 e120_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e124_ 1
 post_1_3_1 e125_ 1
 post_1_3_1 e126_ 1
 post_1_3_1 e127_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e131_ 1
 post_1_4_0 e132_ 1
 post_1_4_0 e133_ 1
 post_1_4_0 e134_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e138_ 1
 post_1_4_1 e139_ 1
 post_1_4_1 e140_ 1
 post_1_4_1 e141_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e145_ 1
 post_1_5_0 e146_ 1
 post_1_5_0 e147_ 1
 post_1_5_0 e148_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e152_ 1
 post_1_5_1 e153_ 1
 post_1_5_1 e154_ 1
 post_1_5_1 e155_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e159_ 1
 post_1_6_0 e160_ 1
 post_1_6_0 e161_ 1
 post_1_6_0 e162_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e166_ 1
 post_1_6_1 e167_ 1
 post_1_6_1 e168_ 1
 post_1_6_1 e169_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e173_ 1
 post_1_7_0 e174_ 1
 post_1_7_0 e175_ 1
 post_1_7_0 e176_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e180_ 1
 post_1_7_1 e181_ 1
 post_1_7_1 e182_ 1
 post_1_7_1 e183_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e187_ 1
 post_1_8_0 e188_ 1
 post_1_8_0 e189_ 1
 post_1_8_0 e190_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e194_ 1
 post_1_8_1 e195_ 1
 post_1_8_1 e196_ 1
 post_1_8_1 e197_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e201_ 1
 post_1_9_0 e202_ 1
 post_1_9_0 e203_ 1
 post_1_9_0 e204_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e208_ 1
 post_1_9_1 e209_ 1
 post_1_9_1 e210_ 1
 post_1_9_1 e211_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e215_ 1
 post_1_10_0 e216_ 1
 post_1_10_0 e217_ 1
 post_1_10_0 e218_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e222_ 1
 post_1_10_1 e223_ 1
 post_1_10_1 e224_ 1
 post_1_10_1 e225_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e229_ 1
 post_1_11_0 e230_ 1
 post_1_11_0 e231_ 1
 post_1_11_0 e232_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e236_ 1
 post_1_11_1 e237_ 1
 post_1_11_1 e238_ 1
 post_1_11_1 e239_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e243_ 1
 post_1_12_0 e244_ 1
 post_1_12_0 e245_ 1
 post_1_12_0 e246_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e250_ 1
 post_1_12_1 e251_ 1
 post_1_12_1 e252_ 1
 post_1_12_1 e253_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e257_ 1
 post_1_13_0 e258_ 1
 post_1_13_0 e259_ 1
 post_1_13_0 e260_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e264_ 1
 post_1_13_1 e265_ 1
 post_1_13_1 e266_ 1
 post_1_13_1 e267_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e271_ 1
 post_1_14_0 e272_ 1
 post_1_14_0 e273_ 1
 post_1_14_0 e274_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e278_ 1
 post_1_14_1 e279_ 1
 post_1_14_1 e280_ 1
 post_1_14_1 e281_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e285_ 1
 post_1_15_0 e286_ 1
 post_1_15_0 e287_ 1
 post_1_15_0 e288_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e292_ 1
 post_1_15_1 e293_ 1
 post_1_15_1 e294_ 1
 post_1_15_1 e295_ 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 e299_ 1
 post_1_16_0 e300_ 1
 post_1_16_0 e301_ 1
 post_1_16_0 e302_ 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 e306_ 1
 post_1_16_1 e307_ 1
 post_1_16_1 e308_ 1
 post_1_16_1 e309_ 1
 post_1_17_0 relu_1_17_0_above_pre -1
 post_1_17_0 e313_ 1
 post_1_17_0 e314_ 1
 post_1_17_0 e315_ 1
 post_1_17_0 e316_ 1
 post_1_17_1 relu_1_17_1_above_pre -1
 post_1_17_1 e320_ 1
 post_1_17_1 e321_ 1
 post_1_17_1 e322_ 1
 post_1_17_1 e323_ 1
 post_1_18_0 relu_1_18_0_above_pre -1
 post_1_18_0 e327_ 1
 post_1_18_0 e328_ 1
 post_1_18_0 e329_ 1
 post_1_18_0 e330_ 1
 post_1_18_1 relu_1_18_1_above_pre -1
 post_1_18_1 e334_ 1
 post_1_18_1 e335_ 1
 post_1_18_1 e336_ 1
 post_1_18_1 e337_ 1
 post_1_19_0 relu_1_19_0_above_pre -1
 post_1_19_0 e341_ 1
 post_1_19_0 e342_ 1
 post_1_19_0 e343_ 1
 post_1_19_0 e344_ 1
 post_1_19_1 relu_1_19_1_above_pre -1
 post_1_19_1 e348_ 1
 post_1_19_1 e349_ 1
 post_1_19_1 e350_ 1
 post_1_19_1 e351_ 1
 post_1_20_0 relu_1_20_0_above_pre -1
 post_1_20_0 e355_ 1
 post_1_20_0 e356_ 1
 post_1_20_0 e357_ 1
 post_1_20_0 e358_ 1
 post_1_20_1 relu_1_20_1_above_pre -1
 post_1_20_1 e362_ 1
 post_1_20_1 e363_ 1
 post_1_20_1 e364_ 1
 post_1_20_1 e365_ 1
 post_1_21_0 relu_1_21_0_above_pre -1
 post_1_21_0 e369_ 1
 post_1_21_0 e370_ 1
 post_1_21_0 e371_ 1
 post_1_21_0 e372_ 1
 post_1_21_1 relu_1_21_1_above_pre -1
 post_1_21_1 e376_ 1
 post_1_21_1 e377_ 1
 post_1_21_1 e378_ 1
 post_1_21_1 e379_ 1
 post_1_22_0 relu_1_22_0_above_pre -1
 post_1_22_0 e383_ 1
 post_1_22_0 e384_ 1
 post_1_22_0 e385_ 1
 post_1_22_0 e386_ 1
 post_1_22_1 relu_1_22_1_above_pre -1
 post_1_22_1 e390_ 1
 post_1_22_1 e391_ 1
 post_1_22_1 e392_ 1
 post_1_22_1 e393_ 1
 post_1_23_0 relu_1_23_0_above_pre -1
 post_1_23_0 e397_ 1
 post_1_23_0 e398_ 1
 post_1_23_0 e399_ 1
 post_1_23_0 e400_ 1
 post_1_23_1 relu_1_23_1_above_pre -1
 post_1_23_1 e404_ 1
 post_1_23_1 e405_ 1
 post_1_23_1 e406_ 1
 post_1_23_1 e407_ 1
 out_0_0 obj -0.5585607815645983
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.9097981797988508
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1.2464643340809942
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.7957669600553691
 out_3_0 out_definition_3_0 1
 out_4_0 obj -1.3396370785396265
 out_4_0 out_definition_4_0 1
 out_5_0 obj -2.682308488389858
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1.2759274386683264
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.8014900103015752
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.23873671531668023
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.7979249440206855
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.8366185873959022
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.2786285818887824
 out_11_0 out_definition_11_0 1
 out_12_0 obj -0.38231694409909556
 out_12_0 out_definition_12_0 1
 out_13_0 obj -1.516168442886152
 out_13_0 out_definition_13_0 1
 out_14_0 obj -0.49901418284030596
 out_14_0 out_definition_14_0 1
 out_15_0 obj -1.4517237656836017
 out_15_0 out_definition_15_0 1
 out_16_0 obj -1.1301412238800277
 out_16_0 out_definition_16_0 1
 out_17_0 obj -2.0342608819843058
 out_17_0 out_definition_17_0 1
 out_18_0 obj -0.9603931217056119
 out_18_0 out_definition_18_0 1
 out_19_0 obj -1.7902835817638434
 out_19_0 out_definition_19_0 1
 out_20_0 obj -0.5937213570512714
 out_20_0 out_definition_20_0 1
 out_21_0 obj -0.7715158682697569
 out_21_0 out_definition_21_0 1
 out_22_0 obj -2.5962306140631175
 out_22_0 out_definition_22_0 1
 out_23_0 obj -1.8526639697877483
 out_23_0 out_definition_23_0 1
 M129 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e75_ -7.5055558674558025
 relu_1_0_0_on_binary_indicator_var e76_ 15.011111734911605
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e78_ 7.5055558674558025
 relu_1_0_0_off_binary_indicator_var e79_ 7.5055558674558025
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e82_ -7.5055558674558025
 relu_1_0_1_on_binary_indicator_var e83_ 15.011111734911605
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e85_ 7.5055558674558025
 relu_1_0_1_off_binary_indicator_var e86_ 7.5055558674558025
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e89_ -8.127994658504527
 relu_1_1_0_on_binary_indicator_var e90_ 16.255989317009053
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e92_ 8.127994658504527
 relu_1_1_0_off_binary_indicator_var e93_ 8.127994658504527
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e96_ -8.127994658504527
 relu_1_1_1_on_binary_indicator_var e97_ 16.255989317009053
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e99_ 8.127994658504527
 relu_1_1_1_off_binary_indicator_var e100_ 8.127994658504527
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e103_ -7.176419226746878
 relu_1_2_0_on_binary_indicator_var e104_ 14.352838453493757
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e106_ 7.176419226746878
 relu_1_2_0_off_binary_indicator_var e107_ 7.176419226746878
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e110_ -7.176419226746878
 relu_1_2_1_on_binary_indicator_var e111_ 14.352838453493757
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e113_ 7.176419226746878
 relu_1_2_1_off_binary_indicator_var e114_ 7.176419226746878
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e117_ -7.125139810483965
 relu_1_3_0_on_binary_indicator_var e118_ 14.25027962096793
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e120_ 7.125139810483965
 relu_1_3_0_off_binary_indicator_var e121_ 7.125139810483965
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e124_ -7.125139810483965
 relu_1_3_1_on_binary_indicator_var e125_ 14.25027962096793
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e127_ 7.125139810483965
 relu_1_3_1_off_binary_indicator_var e128_ 7.125139810483965
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e131_ -4.450495978270242
 relu_1_4_0_on_binary_indicator_var e132_ 8.900991956540484
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e134_ 4.450495978270242
 relu_1_4_0_off_binary_indicator_var e135_ 4.450495978270242
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e138_ -4.450495978270242
 relu_1_4_1_on_binary_indicator_var e139_ 8.900991956540484
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e141_ 4.450495978270242
 relu_1_4_1_off_binary_indicator_var e142_ 4.450495978270242
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e145_ -6.293958645941272
 relu_1_5_0_on_binary_indicator_var e146_ 12.587917291882544
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e148_ 6.293958645941272
 relu_1_5_0_off_binary_indicator_var e149_ 6.293958645941272
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e152_ -6.293958645941272
 relu_1_5_1_on_binary_indicator_var e153_ 12.587917291882544
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e155_ 6.293958645941272
 relu_1_5_1_off_binary_indicator_var e156_ 6.293958645941272
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e159_ -6.278046829164398
 relu_1_6_0_on_binary_indicator_var e160_ 12.556093658328797
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e162_ 6.278046829164398
 relu_1_6_0_off_binary_indicator_var e163_ 6.278046829164398
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e166_ -6.278046829164398
 relu_1_6_1_on_binary_indicator_var e167_ 12.556093658328797
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e169_ 6.278046829164398
 relu_1_6_1_off_binary_indicator_var e170_ 6.278046829164398
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e173_ -4.575447738333024
 relu_1_7_0_on_binary_indicator_var e174_ 9.150895476666047
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e176_ 4.575447738333024
 relu_1_7_0_off_binary_indicator_var e177_ 4.575447738333024
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e180_ -4.575447738333024
 relu_1_7_1_on_binary_indicator_var e181_ 9.150895476666047
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e183_ 4.575447738333024
 relu_1_7_1_off_binary_indicator_var e184_ 4.575447738333024
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e187_ -6.681194289163965
 relu_1_8_0_on_binary_indicator_var e188_ 13.36238857832793
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e190_ 6.681194289163965
 relu_1_8_0_off_binary_indicator_var e191_ 6.681194289163965
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e194_ -6.681194289163965
 relu_1_8_1_on_binary_indicator_var e195_ 13.36238857832793
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e197_ 6.681194289163965
 relu_1_8_1_off_binary_indicator_var e198_ 6.681194289163965
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e201_ -6.998263939541548
 relu_1_9_0_on_binary_indicator_var e202_ 13.996527879083096
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e204_ 6.998263939541548
 relu_1_9_0_off_binary_indicator_var e205_ 6.998263939541548
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e208_ -6.998263939541548
 relu_1_9_1_on_binary_indicator_var e209_ 13.996527879083096
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e211_ 6.998263939541548
 relu_1_9_1_off_binary_indicator_var e212_ 6.998263939541548
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e215_ -5.033436041032538
 relu_1_10_0_on_binary_indicator_var e216_ 10.066872082065077
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e218_ 5.033436041032538
 relu_1_10_0_off_binary_indicator_var e219_ 5.033436041032538
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e222_ -5.033436041032538
 relu_1_10_1_on_binary_indicator_var e223_ 10.066872082065077
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e225_ 5.033436041032538
 relu_1_10_1_off_binary_indicator_var e226_ 5.033436041032538
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e229_ -5.85589242599091
 relu_1_11_0_on_binary_indicator_var e230_ 11.71178485198182
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e232_ 5.85589242599091
 relu_1_11_0_off_binary_indicator_var e233_ 5.85589242599091
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e236_ -5.85589242599091
 relu_1_11_1_on_binary_indicator_var e237_ 11.71178485198182
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e239_ 5.85589242599091
 relu_1_11_1_off_binary_indicator_var e240_ 5.85589242599091
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e243_ -4.481055976018846
 relu_1_12_0_on_binary_indicator_var e244_ 8.962111952037692
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e246_ 4.481055976018846
 relu_1_12_0_off_binary_indicator_var e247_ 4.481055976018846
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e250_ -4.481055976018846
 relu_1_12_1_on_binary_indicator_var e251_ 8.962111952037692
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e253_ 4.481055976018846
 relu_1_12_1_off_binary_indicator_var e254_ 4.481055976018846
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e257_ -4.223536593655531
 relu_1_13_0_on_binary_indicator_var e258_ 8.447073187311062
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e260_ 4.223536593655531
 relu_1_13_0_off_binary_indicator_var e261_ 4.223536593655531
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e264_ -4.223536593655531
 relu_1_13_1_on_binary_indicator_var e265_ 8.447073187311062
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e267_ 4.223536593655531
 relu_1_13_1_off_binary_indicator_var e268_ 4.223536593655531
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e271_ -7.9411881018315
 relu_1_14_0_on_binary_indicator_var e272_ 15.882376203663
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e274_ 7.9411881018315
 relu_1_14_0_off_binary_indicator_var e275_ 7.9411881018315
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e278_ -7.9411881018315
 relu_1_14_1_on_binary_indicator_var e279_ 15.882376203663
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e281_ 7.9411881018315
 relu_1_14_1_off_binary_indicator_var e282_ 7.9411881018315
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e285_ -4.282407804124144
 relu_1_15_0_on_binary_indicator_var e286_ 8.564815608248288
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e288_ 4.282407804124144
 relu_1_15_0_off_binary_indicator_var e289_ 4.282407804124144
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e292_ -4.282407804124144
 relu_1_15_1_on_binary_indicator_var e293_ 8.564815608248288
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e295_ 4.282407804124144
 relu_1_15_1_off_binary_indicator_var e296_ 4.282407804124144
 relu_1_16_0_on_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_on_binary_indicator_var e299_ -4.634583834742528
 relu_1_16_0_on_binary_indicator_var e300_ 9.269167669485055
 relu_1_16_0_off_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_off_binary_indicator_var e302_ 4.634583834742528
 relu_1_16_0_off_binary_indicator_var e303_ 4.634583834742528
 relu_1_16_1_on_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_on_binary_indicator_var e306_ -4.634583834742528
 relu_1_16_1_on_binary_indicator_var e307_ 9.269167669485055
 relu_1_16_1_off_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_off_binary_indicator_var e309_ 4.634583834742528
 relu_1_16_1_off_binary_indicator_var e310_ 4.634583834742528
 relu_1_17_0_on_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_on_binary_indicator_var e313_ -4.622818643788233
 relu_1_17_0_on_binary_indicator_var e314_ 9.245637287576466
 relu_1_17_0_off_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_off_binary_indicator_var e316_ 4.622818643788233
 relu_1_17_0_off_binary_indicator_var e317_ 4.622818643788233
 relu_1_17_1_on_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_on_binary_indicator_var e320_ -4.622818643788233
 relu_1_17_1_on_binary_indicator_var e321_ 9.245637287576466
 relu_1_17_1_off_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_off_binary_indicator_var e323_ 4.622818643788233
 relu_1_17_1_off_binary_indicator_var e324_ 4.622818643788233
 relu_1_18_0_on_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_on_binary_indicator_var e327_ -6.978700550828476
 relu_1_18_0_on_binary_indicator_var e328_ 13.957401101656952
 relu_1_18_0_off_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_off_binary_indicator_var e330_ 6.978700550828476
 relu_1_18_0_off_binary_indicator_var e331_ 6.978700550828476
 relu_1_18_1_on_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_on_binary_indicator_var e334_ -6.978700550828476
 relu_1_18_1_on_binary_indicator_var e335_ 13.957401101656952
 relu_1_18_1_off_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_off_binary_indicator_var e337_ 6.978700550828476
 relu_1_18_1_off_binary_indicator_var e338_ 6.978700550828476
 relu_1_19_0_on_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_on_binary_indicator_var e341_ -6.235030806621945
 relu_1_19_0_on_binary_indicator_var e342_ 12.47006161324389
 relu_1_19_0_off_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_off_binary_indicator_var e344_ 6.235030806621945
 relu_1_19_0_off_binary_indicator_var e345_ 6.235030806621945
 relu_1_19_1_on_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_on_binary_indicator_var e348_ -6.235030806621945
 relu_1_19_1_on_binary_indicator_var e349_ 12.47006161324389
 relu_1_19_1_off_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_off_binary_indicator_var e351_ 6.235030806621945
 relu_1_19_1_off_binary_indicator_var e352_ 6.235030806621945
 relu_1_20_0_on_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_on_binary_indicator_var e355_ -6.718454730852487
 relu_1_20_0_on_binary_indicator_var e356_ 13.436909461704975
 relu_1_20_0_off_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_off_binary_indicator_var e358_ 6.718454730852487
 relu_1_20_0_off_binary_indicator_var e359_ 6.718454730852487
 relu_1_20_1_on_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_on_binary_indicator_var e362_ -6.718454730852487
 relu_1_20_1_on_binary_indicator_var e363_ 13.436909461704975
 relu_1_20_1_off_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_off_binary_indicator_var e365_ 6.718454730852487
 relu_1_20_1_off_binary_indicator_var e366_ 6.718454730852487
 relu_1_21_0_on_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_on_binary_indicator_var e369_ -6.8226887269065095
 relu_1_21_0_on_binary_indicator_var e370_ 13.645377453813019
 relu_1_21_0_off_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_off_binary_indicator_var e372_ 6.8226887269065095
 relu_1_21_0_off_binary_indicator_var e373_ 6.8226887269065095
 relu_1_21_1_on_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_on_binary_indicator_var e376_ -6.8226887269065095
 relu_1_21_1_on_binary_indicator_var e377_ 13.645377453813019
 relu_1_21_1_off_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_off_binary_indicator_var e379_ 6.8226887269065095
 relu_1_21_1_off_binary_indicator_var e380_ 6.8226887269065095
 relu_1_22_0_on_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_on_binary_indicator_var e383_ -6.631889427894872
 relu_1_22_0_on_binary_indicator_var e384_ 13.263778855789743
 relu_1_22_0_off_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_off_binary_indicator_var e386_ 6.631889427894872
 relu_1_22_0_off_binary_indicator_var e387_ 6.631889427894872
 relu_1_22_1_on_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_on_binary_indicator_var e390_ -6.631889427894872
 relu_1_22_1_on_binary_indicator_var e391_ 13.263778855789743
 relu_1_22_1_off_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_off_binary_indicator_var e393_ 6.631889427894872
 relu_1_22_1_off_binary_indicator_var e394_ 6.631889427894872
 relu_1_23_0_on_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_on_binary_indicator_var e397_ -5.396286998735244
 relu_1_23_0_on_binary_indicator_var e398_ 10.792573997470488
 relu_1_23_0_off_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_off_binary_indicator_var e400_ 5.396286998735244
 relu_1_23_0_off_binary_indicator_var e401_ 5.396286998735244
 relu_1_23_1_on_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_on_binary_indicator_var e404_ -5.396286998735244
 relu_1_23_1_on_binary_indicator_var e405_ 10.792573997470488
 relu_1_23_1_off_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_off_binary_indicator_var e407_ 5.396286998735244
 relu_1_23_1_off_binary_indicator_var e408_ 5.396286998735244
 M225 'MARKER' 'INTEND'
RHS
 rhs obj -11.659264688586173
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e75_ -7.5055558674558025
 rhs e76_ 15.011111734911605
 rhs e78_ 7.5055558674558025
 rhs e79_ 7.5055558674558025
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e82_ -7.5055558674558025
 rhs e83_ 15.011111734911605
 rhs e85_ 7.5055558674558025
 rhs e86_ 7.5055558674558025
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e89_ -8.127994658504527
 rhs e90_ 16.255989317009053
 rhs e92_ 8.127994658504527
 rhs e93_ 8.127994658504527
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e96_ -8.127994658504527
 rhs e97_ 16.255989317009053
 rhs e99_ 8.127994658504527
 rhs e100_ 8.127994658504527
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e103_ -7.176419226746878
 rhs e104_ 14.352838453493757
 rhs e106_ 7.176419226746878
 rhs e107_ 7.176419226746878
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e110_ -7.176419226746878
 rhs e111_ 14.352838453493757
 rhs e113_ 7.176419226746878
 rhs e114_ 7.176419226746878
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e117_ -7.125139810483965
 rhs e118_ 14.25027962096793
 rhs e120_ 7.125139810483965
 rhs e121_ 7.125139810483965
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e124_ -7.125139810483965
 rhs e125_ 14.25027962096793
 rhs e127_ 7.125139810483965
 rhs e128_ 7.125139810483965
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e131_ -4.450495978270242
 rhs e132_ 8.900991956540484
 rhs e134_ 4.450495978270242
 rhs e135_ 4.450495978270242
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e138_ -4.450495978270242
 rhs e139_ 8.900991956540484
 rhs e141_ 4.450495978270242
 rhs e142_ 4.450495978270242
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e145_ -6.293958645941272
 rhs e146_ 12.587917291882544
 rhs e148_ 6.293958645941272
 rhs e149_ 6.293958645941272
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e152_ -6.293958645941272
 rhs e153_ 12.587917291882544
 rhs e155_ 6.293958645941272
 rhs e156_ 6.293958645941272
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e159_ -6.278046829164398
 rhs e160_ 12.556093658328797
 rhs e162_ 6.278046829164398
 rhs e163_ 6.278046829164398
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e166_ -6.278046829164398
 rhs e167_ 12.556093658328797
 rhs e169_ 6.278046829164398
 rhs e170_ 6.278046829164398
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e173_ -4.575447738333024
 rhs e174_ 9.150895476666047
 rhs e176_ 4.575447738333024
 rhs e177_ 4.575447738333024
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e180_ -4.575447738333024
 rhs e181_ 9.150895476666047
 rhs e183_ 4.575447738333024
 rhs e184_ 4.575447738333024
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e187_ -6.681194289163965
 rhs e188_ 13.36238857832793
 rhs e190_ 6.681194289163965
 rhs e191_ 6.681194289163965
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e194_ -6.681194289163965
 rhs e195_ 13.36238857832793
 rhs e197_ 6.681194289163965
 rhs e198_ 6.681194289163965
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e201_ -6.998263939541548
 rhs e202_ 13.996527879083096
 rhs e204_ 6.998263939541548
 rhs e205_ 6.998263939541548
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e208_ -6.998263939541548
 rhs e209_ 13.996527879083096
 rhs e211_ 6.998263939541548
 rhs e212_ 6.998263939541548
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e215_ -5.033436041032538
 rhs e216_ 10.066872082065077
 rhs e218_ 5.033436041032538
 rhs e219_ 5.033436041032538
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e222_ -5.033436041032538
 rhs e223_ 10.066872082065077
 rhs e225_ 5.033436041032538
 rhs e226_ 5.033436041032538
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e229_ -5.85589242599091
 rhs e230_ 11.71178485198182
 rhs e232_ 5.85589242599091
 rhs e233_ 5.85589242599091
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e236_ -5.85589242599091
 rhs e237_ 11.71178485198182
 rhs e239_ 5.85589242599091
 rhs e240_ 5.85589242599091
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e243_ -4.481055976018846
 rhs e244_ 8.962111952037692
 rhs e246_ 4.481055976018846
 rhs e247_ 4.481055976018846
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e250_ -4.481055976018846
 rhs e251_ 8.962111952037692
 rhs e253_ 4.481055976018846
 rhs e254_ 4.481055976018846
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e257_ -4.223536593655531
 rhs e258_ 8.447073187311062
 rhs e260_ 4.223536593655531
 rhs e261_ 4.223536593655531
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e264_ -4.223536593655531
 rhs e265_ 8.447073187311062
 rhs e267_ 4.223536593655531
 rhs e268_ 4.223536593655531
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e271_ -7.9411881018315
 rhs e272_ 15.882376203663
 rhs e274_ 7.9411881018315
 rhs e275_ 7.9411881018315
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e278_ -7.9411881018315
 rhs e279_ 15.882376203663
 rhs e281_ 7.9411881018315
 rhs e282_ 7.9411881018315
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e285_ -4.282407804124144
 rhs e286_ 8.564815608248288
 rhs e288_ 4.282407804124144
 rhs e289_ 4.282407804124144
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e292_ -4.282407804124144
 rhs e293_ 8.564815608248288
 rhs e295_ 4.282407804124144
 rhs e296_ 4.282407804124144
 rhs relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e299_ -4.634583834742528
 rhs e300_ 9.269167669485055
 rhs e302_ 4.634583834742528
 rhs e303_ 4.634583834742528
 rhs relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e306_ -4.634583834742528
 rhs e307_ 9.269167669485055
 rhs e309_ 4.634583834742528
 rhs e310_ 4.634583834742528
 rhs relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e313_ -4.622818643788233
 rhs e314_ 9.245637287576466
 rhs e316_ 4.622818643788233
 rhs e317_ 4.622818643788233
 rhs relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e320_ -4.622818643788233
 rhs e321_ 9.245637287576466
 rhs e323_ 4.622818643788233
 rhs e324_ 4.622818643788233
 rhs relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e327_ -6.978700550828476
 rhs e328_ 13.957401101656952
 rhs e330_ 6.978700550828476
 rhs e331_ 6.978700550828476
 rhs relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e334_ -6.978700550828476
 rhs e335_ 13.957401101656952
 rhs e337_ 6.978700550828476
 rhs e338_ 6.978700550828476
 rhs relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e341_ -6.235030806621945
 rhs e342_ 12.47006161324389
 rhs e344_ 6.235030806621945
 rhs e345_ 6.235030806621945
 rhs relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e348_ -6.235030806621945
 rhs e349_ 12.47006161324389
 rhs e351_ 6.235030806621945
 rhs e352_ 6.235030806621945
 rhs relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e355_ -6.718454730852487
 rhs e356_ 13.436909461704975
 rhs e358_ 6.718454730852487
 rhs e359_ 6.718454730852487
 rhs relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e362_ -6.718454730852487
 rhs e363_ 13.436909461704975
 rhs e365_ 6.718454730852487
 rhs e366_ 6.718454730852487
 rhs relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e369_ -6.8226887269065095
 rhs e370_ 13.645377453813019
 rhs e372_ 6.8226887269065095
 rhs e373_ 6.8226887269065095
 rhs relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e376_ -6.8226887269065095
 rhs e377_ 13.645377453813019
 rhs e379_ 6.8226887269065095
 rhs e380_ 6.8226887269065095
 rhs relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e383_ -6.631889427894872
 rhs e384_ 13.263778855789743
 rhs e386_ 6.631889427894872
 rhs e387_ 6.631889427894872
 rhs relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e390_ -6.631889427894872
 rhs e391_ 13.263778855789743
 rhs e393_ 6.631889427894872
 rhs e394_ 6.631889427894872
 rhs relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e397_ -5.396286998735244
 rhs e398_ 10.792573997470488
 rhs e400_ 5.396286998735244
 rhs e401_ 5.396286998735244
 rhs relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e404_ -5.396286998735244
 rhs e405_ 10.792573997470488
 rhs e407_ 5.396286998735244
 rhs e408_ 5.396286998735244
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
 LO bnd pre_1_0_0 -7.5055558674558025
 UP bnd pre_1_0_0 7.5055558674558025
 LO bnd pre_1_0_1 -7.5055558674558025
 UP bnd pre_1_0_1 7.5055558674558025
 LO bnd pre_1_1_0 -8.127994658504527
 UP bnd pre_1_1_0 8.127994658504527
 LO bnd pre_1_1_1 -8.127994658504527
 UP bnd pre_1_1_1 8.127994658504527
 LO bnd pre_1_2_0 -7.176419226746878
 UP bnd pre_1_2_0 7.176419226746878
 LO bnd pre_1_2_1 -7.176419226746878
 UP bnd pre_1_2_1 7.176419226746878
 LO bnd pre_1_3_0 -7.125139810483965
 UP bnd pre_1_3_0 7.125139810483965
 LO bnd pre_1_3_1 -7.125139810483965
 UP bnd pre_1_3_1 7.125139810483965
 LO bnd pre_1_4_0 -4.450495978270242
 UP bnd pre_1_4_0 4.450495978270242
 LO bnd pre_1_4_1 -4.450495978270242
 UP bnd pre_1_4_1 4.450495978270242
 LO bnd pre_1_5_0 -6.293958645941272
 UP bnd pre_1_5_0 6.293958645941272
 LO bnd pre_1_5_1 -6.293958645941272
 UP bnd pre_1_5_1 6.293958645941272
 LO bnd pre_1_6_0 -6.278046829164398
 UP bnd pre_1_6_0 6.278046829164398
 LO bnd pre_1_6_1 -6.278046829164398
 UP bnd pre_1_6_1 6.278046829164398
 LO bnd pre_1_7_0 -4.575447738333024
 UP bnd pre_1_7_0 4.575447738333024
 LO bnd pre_1_7_1 -4.575447738333024
 UP bnd pre_1_7_1 4.575447738333024
 LO bnd pre_1_8_0 -6.681194289163965
 UP bnd pre_1_8_0 6.681194289163965
 LO bnd pre_1_8_1 -6.681194289163965
 UP bnd pre_1_8_1 6.681194289163965
 LO bnd pre_1_9_0 -6.998263939541548
 UP bnd pre_1_9_0 6.998263939541548
 LO bnd pre_1_9_1 -6.998263939541548
 UP bnd pre_1_9_1 6.998263939541548
 LO bnd pre_1_10_0 -5.033436041032538
 UP bnd pre_1_10_0 5.033436041032538
 LO bnd pre_1_10_1 -5.033436041032538
 UP bnd pre_1_10_1 5.033436041032538
 LO bnd pre_1_11_0 -5.85589242599091
 UP bnd pre_1_11_0 5.85589242599091
 LO bnd pre_1_11_1 -5.85589242599091
 UP bnd pre_1_11_1 5.85589242599091
 LO bnd pre_1_12_0 -4.481055976018846
 UP bnd pre_1_12_0 4.481055976018846
 LO bnd pre_1_12_1 -4.481055976018846
 UP bnd pre_1_12_1 4.481055976018846
 LO bnd pre_1_13_0 -4.223536593655531
 UP bnd pre_1_13_0 4.223536593655531
 LO bnd pre_1_13_1 -4.223536593655531
 UP bnd pre_1_13_1 4.223536593655531
 LO bnd pre_1_14_0 -7.9411881018315
 UP bnd pre_1_14_0 7.9411881018315
 LO bnd pre_1_14_1 -7.9411881018315
 UP bnd pre_1_14_1 7.9411881018315
 LO bnd pre_1_15_0 -4.282407804124144
 UP bnd pre_1_15_0 4.282407804124144
 LO bnd pre_1_15_1 -4.282407804124144
 UP bnd pre_1_15_1 4.282407804124144
 LO bnd pre_1_16_0 -4.634583834742528
 UP bnd pre_1_16_0 4.634583834742528
 LO bnd pre_1_16_1 -4.634583834742528
 UP bnd pre_1_16_1 4.634583834742528
 LO bnd pre_1_17_0 -4.622818643788233
 UP bnd pre_1_17_0 4.622818643788233
 LO bnd pre_1_17_1 -4.622818643788233
 UP bnd pre_1_17_1 4.622818643788233
 LO bnd pre_1_18_0 -6.978700550828476
 UP bnd pre_1_18_0 6.978700550828476
 LO bnd pre_1_18_1 -6.978700550828476
 UP bnd pre_1_18_1 6.978700550828476
 LO bnd pre_1_19_0 -6.235030806621945
 UP bnd pre_1_19_0 6.235030806621945
 LO bnd pre_1_19_1 -6.235030806621945
 UP bnd pre_1_19_1 6.235030806621945
 LO bnd pre_1_20_0 -6.718454730852487
 UP bnd pre_1_20_0 6.718454730852487
 LO bnd pre_1_20_1 -6.718454730852487
 UP bnd pre_1_20_1 6.718454730852487
 LO bnd pre_1_21_0 -6.8226887269065095
 UP bnd pre_1_21_0 6.8226887269065095
 LO bnd pre_1_21_1 -6.8226887269065095
 UP bnd pre_1_21_1 6.8226887269065095
 LO bnd pre_1_22_0 -6.631889427894872
 UP bnd pre_1_22_0 6.631889427894872
 LO bnd pre_1_22_1 -6.631889427894872
 UP bnd pre_1_22_1 6.631889427894872
 LO bnd pre_1_23_0 -5.396286998735244
 UP bnd pre_1_23_0 5.396286998735244
 LO bnd pre_1_23_1 -5.396286998735244
 UP bnd pre_1_23_1 5.396286998735244
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.5055558674558025
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.5055558674558025
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 8.127994658504527
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 8.127994658504527
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 7.176419226746878
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 7.176419226746878
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 7.125139810483965
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 7.125139810483965
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 4.450495978270242
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 4.450495978270242
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 6.293958645941272
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 6.293958645941272
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 6.278046829164398
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 6.278046829164398
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 4.575447738333024
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 4.575447738333024
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 6.681194289163965
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 6.681194289163965
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 6.998263939541548
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 6.998263939541548
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 5.033436041032538
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 5.033436041032538
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 5.85589242599091
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 5.85589242599091
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 4.481055976018846
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 4.481055976018846
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 4.223536593655531
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 4.223536593655531
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 7.9411881018315
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 7.9411881018315
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 4.282407804124144
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 4.282407804124144
 LO bnd post_1_16_0 0
 UP bnd post_1_16_0 4.634583834742528
 LO bnd post_1_16_1 0
 UP bnd post_1_16_1 4.634583834742528
 LO bnd post_1_17_0 0
 UP bnd post_1_17_0 4.622818643788233
 LO bnd post_1_17_1 0
 UP bnd post_1_17_1 4.622818643788233
 LO bnd post_1_18_0 0
 UP bnd post_1_18_0 6.978700550828476
 LO bnd post_1_18_1 0
 UP bnd post_1_18_1 6.978700550828476
 LO bnd post_1_19_0 0
 UP bnd post_1_19_0 6.235030806621945
 LO bnd post_1_19_1 0
 UP bnd post_1_19_1 6.235030806621945
 LO bnd post_1_20_0 0
 UP bnd post_1_20_0 6.718454730852487
 LO bnd post_1_20_1 0
 UP bnd post_1_20_1 6.718454730852487
 LO bnd post_1_21_0 0
 UP bnd post_1_21_0 6.8226887269065095
 LO bnd post_1_21_1 0
 UP bnd post_1_21_1 6.8226887269065095
 LO bnd post_1_22_0 0
 UP bnd post_1_22_0 6.631889427894872
 LO bnd post_1_22_1 0
 UP bnd post_1_22_1 6.631889427894872
 LO bnd post_1_23_0 0
 UP bnd post_1_23_0 5.396286998735244
 LO bnd post_1_23_1 0
 UP bnd post_1_23_1 5.396286998735244
 LO bnd out_0_0 -48.03333520473481
 UP bnd out_0_0 48.03333520473481
 LO bnd out_1_0 -51.76796795102716
 UP bnd out_1_0 51.76796795102716
 LO bnd out_2_0 -46.058515360481266
 UP bnd out_2_0 46.058515360481266
 LO bnd out_3_0 -45.75083886290379
 UP bnd out_3_0 45.75083886290379
 LO bnd out_4_0 -29.70297586962145
 UP bnd out_4_0 29.70297586962145
 LO bnd out_5_0 -40.76375187564763
 UP bnd out_5_0 40.76375187564763
 LO bnd out_6_0 -40.66828097498639
 UP bnd out_6_0 40.66828097498639
 LO bnd out_7_0 -30.452686429998142
 UP bnd out_7_0 30.452686429998142
 LO bnd out_8_0 -43.08716573498379
 UP bnd out_8_0 43.08716573498379
 LO bnd out_9_0 -44.98958363724929
 UP bnd out_9_0 44.98958363724929
 LO bnd out_10_0 -33.20061624619523
 UP bnd out_10_0 33.20061624619523
 LO bnd out_11_0 -38.13535455594546
 UP bnd out_11_0 38.13535455594546
 LO bnd out_12_0 -29.886335856113075
 UP bnd out_12_0 29.886335856113075
 LO bnd out_13_0 -28.341219561933187
 UP bnd out_13_0 28.341219561933187
 LO bnd out_14_0 -50.647128610989
 UP bnd out_14_0 50.647128610989
 LO bnd out_15_0 -28.694446824744865
 UP bnd out_15_0 28.694446824744865
 LO bnd out_16_0 -30.807503008455164
 UP bnd out_16_0 30.807503008455164
 LO bnd out_17_0 -30.7369118627294
 UP bnd out_17_0 30.7369118627294
 LO bnd out_18_0 -44.87220330497085
 UP bnd out_18_0 44.87220330497085
 LO bnd out_19_0 -40.41018483973167
 UP bnd out_19_0 40.41018483973167
 LO bnd out_20_0 -43.31072838511493
 UP bnd out_20_0 43.31072838511493
 LO bnd out_21_0 -43.93613236143906
 UP bnd out_21_0 43.93613236143906
 LO bnd out_22_0 -42.79133656736923
 UP bnd out_22_0 42.79133656736923
 LO bnd out_23_0 -35.377721992411466
 UP bnd out_23_0 35.377721992411466
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
 BV bnd relu_1_17_0_on_binary_indicator_var
 BV bnd relu_1_17_0_off_binary_indicator_var
 BV bnd relu_1_17_1_on_binary_indicator_var
 BV bnd relu_1_17_1_off_binary_indicator_var
 BV bnd relu_1_18_0_on_binary_indicator_var
 BV bnd relu_1_18_0_off_binary_indicator_var
 BV bnd relu_1_18_1_on_binary_indicator_var
 BV bnd relu_1_18_1_off_binary_indicator_var
 BV bnd relu_1_19_0_on_binary_indicator_var
 BV bnd relu_1_19_0_off_binary_indicator_var
 BV bnd relu_1_19_1_on_binary_indicator_var
 BV bnd relu_1_19_1_off_binary_indicator_var
 BV bnd relu_1_20_0_on_binary_indicator_var
 BV bnd relu_1_20_0_off_binary_indicator_var
 BV bnd relu_1_20_1_on_binary_indicator_var
 BV bnd relu_1_20_1_off_binary_indicator_var
 BV bnd relu_1_21_0_on_binary_indicator_var
 BV bnd relu_1_21_0_off_binary_indicator_var
 BV bnd relu_1_21_1_on_binary_indicator_var
 BV bnd relu_1_21_1_off_binary_indicator_var
 BV bnd relu_1_22_0_on_binary_indicator_var
 BV bnd relu_1_22_0_off_binary_indicator_var
 BV bnd relu_1_22_1_on_binary_indicator_var
 BV bnd relu_1_22_1_off_binary_indicator_var
 BV bnd relu_1_23_0_on_binary_indicator_var
 BV bnd relu_1_23_0_off_binary_indicator_var
 BV bnd relu_1_23_1_on_binary_indicator_var
 BV bnd relu_1_23_1_off_binary_indicator_var
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
 out_17_0 out_17_0 2
 out_18_0 out_18_0 2
 out_19_0 out_19_0 2
 out_20_0 out_20_0 2
 out_21_0 out_21_0 2
 out_22_0 out_22_0 2
 out_23_0 out_23_0 2
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
QCMATRIX out_definition_17_0
 w_2_0_0 post_1_17_0 -0.5
 post_1_17_0 w_2_0_0 -0.5
 w_2_0_1 post_1_17_1 -0.5
 post_1_17_1 w_2_0_1 -0.5
QCMATRIX out_definition_18_0
 w_2_0_0 post_1_18_0 -0.5
 post_1_18_0 w_2_0_0 -0.5
 w_2_0_1 post_1_18_1 -0.5
 post_1_18_1 w_2_0_1 -0.5
QCMATRIX out_definition_19_0
 w_2_0_0 post_1_19_0 -0.5
 post_1_19_0 w_2_0_0 -0.5
 w_2_0_1 post_1_19_1 -0.5
 post_1_19_1 w_2_0_1 -0.5
QCMATRIX out_definition_20_0
 w_2_0_0 post_1_20_0 -0.5
 post_1_20_0 w_2_0_0 -0.5
 w_2_0_1 post_1_20_1 -0.5
 post_1_20_1 w_2_0_1 -0.5
QCMATRIX out_definition_21_0
 w_2_0_0 post_1_21_0 -0.5
 post_1_21_0 w_2_0_0 -0.5
 w_2_0_1 post_1_21_1 -0.5
 post_1_21_1 w_2_0_1 -0.5
QCMATRIX out_definition_22_0
 w_2_0_0 post_1_22_0 -0.5
 post_1_22_0 w_2_0_0 -0.5
 w_2_0_1 post_1_22_1 -0.5
 post_1_22_1 w_2_0_1 -0.5
QCMATRIX out_definition_23_0
 w_2_0_0 post_1_23_0 -0.5
 post_1_23_0 w_2_0_0 -0.5
 w_2_0_1 post_1_23_1 -0.5
 post_1_23_1 w_2_0_1 -0.5
ENDATA
