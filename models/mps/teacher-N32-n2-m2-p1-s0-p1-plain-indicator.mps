* teacher-N32-n2-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N32-n2-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N32-n2-m2-p1-s0-p1-plain-indicator
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
 E pre_definition_1_24_0
 E pre_definition_1_24_1
 E pre_definition_1_25_0
 E pre_definition_1_25_1
 E pre_definition_1_26_0
 E pre_definition_1_26_1
 E pre_definition_1_27_0
 E pre_definition_1_27_1
 E pre_definition_1_28_0
 E pre_definition_1_28_1
 E pre_definition_1_29_0
 E pre_definition_1_29_1
 E pre_definition_1_30_0
 E pre_definition_1_30_1
 E pre_definition_1_31_0
 E pre_definition_1_31_1
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
 E out_definition_24_0
 E out_definition_25_0
 E out_definition_26_0
 E out_definition_27_0
 E out_definition_28_0
 E out_definition_29_0
 E out_definition_30_0
 E out_definition_31_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e99_
 L e100_
 G e101_
 L e102_
 L e103_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e106_
 L e107_
 G e108_
 L e109_
 L e110_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e113_
 L e114_
 G e115_
 L e116_
 L e117_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e120_
 L e121_
 G e122_
 L e123_
 L e124_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e127_
 L e128_
 G e129_
 L e130_
 L e131_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e134_
 L e135_
 G e136_
 L e137_
 L e138_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e141_
 L e142_
 G e143_
 L e144_
 L e145_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e148_
 L e149_
 G e150_
 L e151_
 L e152_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e155_
 L e156_
 G e157_
 L e158_
 L e159_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e162_
 L e163_
 G e164_
 L e165_
 L e166_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e169_
 L e170_
 G e171_
 L e172_
 L e173_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e176_
 L e177_
 G e178_
 L e179_
 L e180_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e183_
 L e184_
 G e185_
 L e186_
 L e187_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e190_
 L e191_
 G e192_
 L e193_
 L e194_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e197_
 L e198_
 G e199_
 L e200_
 L e201_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e204_
 L e205_
 G e206_
 L e207_
 L e208_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e211_
 L e212_
 G e213_
 L e214_
 L e215_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e218_
 L e219_
 G e220_
 L e221_
 L e222_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e225_
 L e226_
 G e227_
 L e228_
 L e229_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e232_
 L e233_
 G e234_
 L e235_
 L e236_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e239_
 L e240_
 G e241_
 L e242_
 L e243_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e246_
 L e247_
 G e248_
 L e249_
 L e250_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e253_
 L e254_
 G e255_
 L e256_
 L e257_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e260_
 L e261_
 G e262_
 L e263_
 L e264_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e267_
 L e268_
 G e269_
 L e270_
 L e271_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e274_
 L e275_
 G e276_
 L e277_
 L e278_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e281_
 L e282_
 G e283_
 L e284_
 L e285_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e288_
 L e289_
 G e290_
 L e291_
 L e292_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e295_
 L e296_
 G e297_
 L e298_
 L e299_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e302_
 L e303_
 G e304_
 L e305_
 L e306_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e309_
 L e310_
 G e311_
 L e312_
 L e313_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e316_
 L e317_
 G e318_
 L e319_
 L e320_
 L relu_1_16_0_above_pre
 E relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor
 G e323_
 L e324_
 G e325_
 L e326_
 L e327_
 L relu_1_16_1_above_pre
 E relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor
 G e330_
 L e331_
 G e332_
 L e333_
 L e334_
 L relu_1_17_0_above_pre
 E relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor
 G e337_
 L e338_
 G e339_
 L e340_
 L e341_
 L relu_1_17_1_above_pre
 E relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor
 G e344_
 L e345_
 G e346_
 L e347_
 L e348_
 L relu_1_18_0_above_pre
 E relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor
 G e351_
 L e352_
 G e353_
 L e354_
 L e355_
 L relu_1_18_1_above_pre
 E relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor
 G e358_
 L e359_
 G e360_
 L e361_
 L e362_
 L relu_1_19_0_above_pre
 E relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor
 G e365_
 L e366_
 G e367_
 L e368_
 L e369_
 L relu_1_19_1_above_pre
 E relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor
 G e372_
 L e373_
 G e374_
 L e375_
 L e376_
 L relu_1_20_0_above_pre
 E relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor
 G e379_
 L e380_
 G e381_
 L e382_
 L e383_
 L relu_1_20_1_above_pre
 E relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor
 G e386_
 L e387_
 G e388_
 L e389_
 L e390_
 L relu_1_21_0_above_pre
 E relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor
 G e393_
 L e394_
 G e395_
 L e396_
 L e397_
 L relu_1_21_1_above_pre
 E relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor
 G e400_
 L e401_
 G e402_
 L e403_
 L e404_
 L relu_1_22_0_above_pre
 E relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor
 G e407_
 L e408_
 G e409_
 L e410_
 L e411_
 L relu_1_22_1_above_pre
 E relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor
 G e414_
 L e415_
 G e416_
 L e417_
 L e418_
 L relu_1_23_0_above_pre
 E relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor
 G e421_
 L e422_
 G e423_
 L e424_
 L e425_
 L relu_1_23_1_above_pre
 E relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor
 G e428_
 L e429_
 G e430_
 L e431_
 L e432_
 L relu_1_24_0_above_pre
 E relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor
 G e435_
 L e436_
 G e437_
 L e438_
 L e439_
 L relu_1_24_1_above_pre
 E relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor
 G e442_
 L e443_
 G e444_
 L e445_
 L e446_
 L relu_1_25_0_above_pre
 E relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor
 G e449_
 L e450_
 G e451_
 L e452_
 L e453_
 L relu_1_25_1_above_pre
 E relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor
 G e456_
 L e457_
 G e458_
 L e459_
 L e460_
 L relu_1_26_0_above_pre
 E relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor
 G e463_
 L e464_
 G e465_
 L e466_
 L e467_
 L relu_1_26_1_above_pre
 E relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor
 G e470_
 L e471_
 G e472_
 L e473_
 L e474_
 L relu_1_27_0_above_pre
 E relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor
 G e477_
 L e478_
 G e479_
 L e480_
 L e481_
 L relu_1_27_1_above_pre
 E relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor
 G e484_
 L e485_
 G e486_
 L e487_
 L e488_
 L relu_1_28_0_above_pre
 E relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor
 G e491_
 L e492_
 G e493_
 L e494_
 L e495_
 L relu_1_28_1_above_pre
 E relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor
 G e498_
 L e499_
 G e500_
 L e501_
 L e502_
 L relu_1_29_0_above_pre
 E relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor
 G e505_
 L e506_
 G e507_
 L e508_
 L e509_
 L relu_1_29_1_above_pre
 E relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor
 G e512_
 L e513_
 G e514_
 L e515_
 L e516_
 L relu_1_30_0_above_pre
 E relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor
 G e519_
 L e520_
 G e521_
 L e522_
 L e523_
 L relu_1_30_1_above_pre
 E relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor
 G e526_
 L e527_
 G e528_
 L e529_
 L e530_
 L relu_1_31_0_above_pre
 E relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor
 G e533_
 L e534_
 G e535_
 L e536_
 L e537_
 L relu_1_31_1_above_pre
 E relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor
 G e540_
 L e541_
 G e542_
 L e543_
 L e544_
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
 w_1_0_0 pre_definition_1_24_0 -0.5926485405745885
 w_1_0_0 pre_definition_1_25_0 0.8959573978711808
 w_1_0_0 pre_definition_1_26_0 0.6029739109814893
 w_1_0_0 pre_definition_1_27_0 -0.16066477197370133
 w_1_0_0 pre_definition_1_28_0 -0.34398975591271874
 w_1_0_0 pre_definition_1_29_0 -0.8842262210129956
 w_1_0_0 pre_definition_1_30_0 0.789009440859541
 w_1_0_0 pre_definition_1_31_0 -0.8543091061357349
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
 w_1_0_1 pre_definition_1_24_0 0.5387155820125051
 w_1_0_1 pre_definition_1_25_0 0.1908963203569436
 w_1_0_1 pre_definition_1_26_0 0.8184939087617562
 w_1_0_1 pre_definition_1_27_0 0.4026077343621548
 w_1_0_1 pre_definition_1_28_0 0.6009691120635734
 w_1_0_1 pre_definition_1_29_0 0.2697796635103429
 w_1_0_1 pre_definition_1_30_0 -0.25821630307941845
 w_1_0_1 pre_definition_1_31_0 0.11924569056843204
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
 w_1_1_0 pre_definition_1_24_1 -0.5926485405745885
 w_1_1_0 pre_definition_1_25_1 0.8959573978711808
 w_1_1_0 pre_definition_1_26_1 0.6029739109814893
 w_1_1_0 pre_definition_1_27_1 -0.16066477197370133
 w_1_1_0 pre_definition_1_28_1 -0.34398975591271874
 w_1_1_0 pre_definition_1_29_1 -0.8842262210129956
 w_1_1_0 pre_definition_1_30_1 0.789009440859541
 w_1_1_0 pre_definition_1_31_1 -0.8543091061357349
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
 w_1_1_1 pre_definition_1_24_1 0.5387155820125051
 w_1_1_1 pre_definition_1_25_1 0.1908963203569436
 w_1_1_1 pre_definition_1_26_1 0.8184939087617562
 w_1_1_1 pre_definition_1_27_1 0.4026077343621548
 w_1_1_1 pre_definition_1_28_1 0.6009691120635734
 w_1_1_1 pre_definition_1_29_1 0.2697796635103429
 w_1_1_1 pre_definition_1_30_1 -0.25821630307941845
 w_1_1_1 pre_definition_1_31_1 0.11924569056843204
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
 b_1_0 pre_definition_1_24_0 -1
 b_1_0 pre_definition_1_25_0 -1
 b_1_0 pre_definition_1_26_0 -1
 b_1_0 pre_definition_1_27_0 -1
 b_1_0 pre_definition_1_28_0 -1
 b_1_0 pre_definition_1_29_0 -1
 b_1_0 pre_definition_1_30_0 -1
 b_1_0 pre_definition_1_31_0 -1
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
 b_1_1 pre_definition_1_24_1 -1
 b_1_1 pre_definition_1_25_1 -1
 b_1_1 pre_definition_1_26_1 -1
 b_1_1 pre_definition_1_27_1 -1
 b_1_1 pre_definition_1_28_1 -1
 b_1_1 pre_definition_1_29_1 -1
 b_1_1 pre_definition_1_30_1 -1
 b_1_1 pre_definition_1_31_1 -1
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
 b_2_0 out_definition_24_0 -1
 b_2_0 out_definition_25_0 -1
 b_2_0 out_definition_26_0 -1
 b_2_0 out_definition_27_0 -1
 b_2_0 out_definition_28_0 -1
 b_2_0 out_definition_29_0 -1
 b_2_0 out_definition_30_0 -1
 b_2_0 out_definition_31_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e99_ -1
 pre_1_0_0 e100_ -1
 pre_1_0_0 e103_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e106_ -1
 pre_1_0_1 e107_ -1
 pre_1_0_1 e110_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e113_ -1
 pre_1_1_0 e114_ -1
 pre_1_1_0 e117_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e120_ -1
 pre_1_1_1 e121_ -1
 pre_1_1_1 e124_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e127_ -1
 pre_1_2_0 e128_ -1
 pre_1_2_0 e131_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e134_ -1
 pre_1_2_1 e135_ -1
 pre_1_2_1 e138_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e141_ -1
 pre_1_3_0 e142_ -1
 pre_1_3_0 e145_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e148_ -1
 pre_1_3_1 e149_ -1
 pre_1_3_1 e152_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e155_ -1
 pre_1_4_0 e156_ -1
 pre_1_4_0 e159_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e162_ -1
 pre_1_4_1 e163_ -1
 pre_1_4_1 e166_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e169_ -1
 pre_1_5_0 e170_ -1
 pre_1_5_0 e173_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e176_ -1
 pre_1_5_1 e177_ -1
 pre_1_5_1 e180_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e183_ -1
 pre_1_6_0 e184_ -1
 pre_1_6_0 e187_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e190_ -1
 pre_1_6_1 e191_ -1
 pre_1_6_1 e194_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e197_ -1
 pre_1_7_0 e198_ -1
 pre_1_7_0 e201_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e204_ -1
 pre_1_7_1 e205_ -1
 pre_1_7_1 e208_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e211_ -1
 pre_1_8_0 e212_ -1
 pre_1_8_0 e215_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e218_ -1
 pre_1_8_1 e219_ -1
 pre_1_8_1 e222_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e225_ -1
 pre_1_9_0 e226_ -1
 pre_1_9_0 e229_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e232_ -1
 pre_1_9_1 e233_ -1
 pre_1_9_1 e236_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e239_ -1
 pre_1_10_0 e240_ -1
 pre_1_10_0 e243_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e246_ -1
 pre_1_10_1 e247_ -1
 pre_1_10_1 e250_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e253_ -1
 pre_1_11_0 e254_ -1
 pre_1_11_0 e257_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e260_ -1
 pre_1_11_1 e261_ -1
 pre_1_11_1 e264_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e267_ -1
 pre_1_12_0 e268_ -1
 pre_1_12_0 e271_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e274_ -1
 pre_1_12_1 e275_ -1
 pre_1_12_1 e278_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e281_ -1
 pre_1_13_0 e282_ -1
 pre_1_13_0 e285_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e288_ -1
 pre_1_13_1 e289_ -1
 pre_1_13_1 e292_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e295_ -1
 pre_1_14_0 e296_ -1
 pre_1_14_0 e299_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e302_ -1
 pre_1_14_1 e303_ -1
 pre_1_14_1 e306_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e309_ -1
 pre_1_15_0 e310_ -1
 pre_1_15_0 e313_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e316_ -1
 pre_1_15_1 e317_ -1
 pre_1_15_1 e320_ 1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre 1
 pre_1_16_0 e323_ -1
 pre_1_16_0 e324_ -1
 pre_1_16_0 e327_ 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre 1
 pre_1_16_1 e330_ -1
 pre_1_16_1 e331_ -1
 pre_1_16_1 e334_ 1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_above_pre 1
 pre_1_17_0 e337_ -1
 pre_1_17_0 e338_ -1
 pre_1_17_0 e341_ 1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_above_pre 1
 pre_1_17_1 e344_ -1
 pre_1_17_1 e345_ -1
 pre_1_17_1 e348_ 1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_above_pre 1
 pre_1_18_0 e351_ -1
 pre_1_18_0 e352_ -1
 pre_1_18_0 e355_ 1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_above_pre 1
 pre_1_18_1 e358_ -1
 pre_1_18_1 e359_ -1
 pre_1_18_1 e362_ 1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_above_pre 1
 pre_1_19_0 e365_ -1
 pre_1_19_0 e366_ -1
 pre_1_19_0 e369_ 1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_above_pre 1
 pre_1_19_1 e372_ -1
 pre_1_19_1 e373_ -1
 pre_1_19_1 e376_ 1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_above_pre 1
 pre_1_20_0 e379_ -1
 pre_1_20_0 e380_ -1
 pre_1_20_0 e383_ 1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_above_pre 1
 pre_1_20_1 e386_ -1
 pre_1_20_1 e387_ -1
 pre_1_20_1 e390_ 1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_above_pre 1
 pre_1_21_0 e393_ -1
 pre_1_21_0 e394_ -1
 pre_1_21_0 e397_ 1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_above_pre 1
 pre_1_21_1 e400_ -1
 pre_1_21_1 e401_ -1
 pre_1_21_1 e404_ 1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_above_pre 1
 pre_1_22_0 e407_ -1
 pre_1_22_0 e408_ -1
 pre_1_22_0 e411_ 1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_above_pre 1
 pre_1_22_1 e414_ -1
 pre_1_22_1 e415_ -1
 pre_1_22_1 e418_ 1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_above_pre 1
 pre_1_23_0 e421_ -1
 pre_1_23_0 e422_ -1
 pre_1_23_0 e425_ 1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_above_pre 1
 pre_1_23_1 e428_ -1
 pre_1_23_1 e429_ -1
 pre_1_23_1 e432_ 1
 pre_1_24_0 pre_definition_1_24_0 1
 pre_1_24_0 relu_1_24_0_above_pre 1
 pre_1_24_0 e435_ -1
 pre_1_24_0 e436_ -1
 pre_1_24_0 e439_ 1
 pre_1_24_1 pre_definition_1_24_1 1
 pre_1_24_1 relu_1_24_1_above_pre 1
 pre_1_24_1 e442_ -1
 pre_1_24_1 e443_ -1
 pre_1_24_1 e446_ 1
 pre_1_25_0 pre_definition_1_25_0 1
 pre_1_25_0 relu_1_25_0_above_pre 1
 pre_1_25_0 e449_ -1
 pre_1_25_0 e450_ -1
 pre_1_25_0 e453_ 1
 pre_1_25_1 pre_definition_1_25_1 1
 pre_1_25_1 relu_1_25_1_above_pre 1
 pre_1_25_1 e456_ -1
 pre_1_25_1 e457_ -1
 pre_1_25_1 e460_ 1
 pre_1_26_0 pre_definition_1_26_0 1
 pre_1_26_0 relu_1_26_0_above_pre 1
 pre_1_26_0 e463_ -1
 pre_1_26_0 e464_ -1
 pre_1_26_0 e467_ 1
 pre_1_26_1 pre_definition_1_26_1 1
 pre_1_26_1 relu_1_26_1_above_pre 1
 pre_1_26_1 e470_ -1
 pre_1_26_1 e471_ -1
 pre_1_26_1 e474_ 1
 pre_1_27_0 pre_definition_1_27_0 1
 pre_1_27_0 relu_1_27_0_above_pre 1
 pre_1_27_0 e477_ -1
 pre_1_27_0 e478_ -1
 pre_1_27_0 e481_ 1
 pre_1_27_1 pre_definition_1_27_1 1
 pre_1_27_1 relu_1_27_1_above_pre 1
 pre_1_27_1 e484_ -1
 pre_1_27_1 e485_ -1
 pre_1_27_1 e488_ 1
 pre_1_28_0 pre_definition_1_28_0 1
 pre_1_28_0 relu_1_28_0_above_pre 1
 pre_1_28_0 e491_ -1
 pre_1_28_0 e492_ -1
 pre_1_28_0 e495_ 1
 pre_1_28_1 pre_definition_1_28_1 1
 pre_1_28_1 relu_1_28_1_above_pre 1
 pre_1_28_1 e498_ -1
 pre_1_28_1 e499_ -1
 pre_1_28_1 e502_ 1
 pre_1_29_0 pre_definition_1_29_0 1
 pre_1_29_0 relu_1_29_0_above_pre 1
 pre_1_29_0 e505_ -1
 pre_1_29_0 e506_ -1
 pre_1_29_0 e509_ 1
 pre_1_29_1 pre_definition_1_29_1 1
 pre_1_29_1 relu_1_29_1_above_pre 1
 pre_1_29_1 e512_ -1
 pre_1_29_1 e513_ -1
 pre_1_29_1 e516_ 1
 pre_1_30_0 pre_definition_1_30_0 1
 pre_1_30_0 relu_1_30_0_above_pre 1
 pre_1_30_0 e519_ -1
 pre_1_30_0 e520_ -1
 pre_1_30_0 e523_ 1
 pre_1_30_1 pre_definition_1_30_1 1
 pre_1_30_1 relu_1_30_1_above_pre 1
 pre_1_30_1 e526_ -1
 pre_1_30_1 e527_ -1
 pre_1_30_1 e530_ 1
 pre_1_31_0 pre_definition_1_31_0 1
 pre_1_31_0 relu_1_31_0_above_pre 1
 pre_1_31_0 e533_ -1
 pre_1_31_0 e534_ -1
 pre_1_31_0 e537_ 1
 pre_1_31_1 pre_definition_1_31_1 1
 pre_1_31_1 relu_1_31_1_above_pre 1
 pre_1_31_1 e540_ -1
 pre_1_31_1 e541_ -1
 pre_1_31_1 e544_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e99_ 1
 post_1_0_0 e100_ 1
 post_1_0_0 e101_ 1
 post_1_0_0 e102_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e106_ 1
 post_1_0_1 e107_ 1
 post_1_0_1 e108_ 1
 post_1_0_1 e109_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e113_ 1
 post_1_1_0 e114_ 1
 post_1_1_0 e115_ 1
 post_1_1_0 e116_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e120_ 1
 post_1_1_1 e121_ 1
 post_1_1_1 e122_ 1
 post_1_1_1 e123_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e127_ 1
 post_1_2_0 e128_ 1
 post_1_2_0 e129_ 1
 post_1_2_0 e130_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e134_ 1
 post_1_2_1 e135_ 1
 post_1_2_1 e136_ 1
 post_1_2_1 e137_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e141_ 1
 post_1_3_0 e142_ 1
 post_1_3_0 e143_ 1
 post_1_3_0 e144_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e148_ 1
 post_1_3_1 e149_ 1
 post_1_3_1 e150_ 1
 post_1_3_1 e151_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e155_ 1
 post_1_4_0 e156_ 1
 post_1_4_0 e157_ 1
 post_1_4_0 e158_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e162_ 1
 post_1_4_1 e163_ 1
 post_1_4_1 e164_ 1
 post_1_4_1 e165_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e169_ 1
 post_1_5_0 e170_ 1
 post_1_5_0 e171_ 1
 post_1_5_0 e172_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e176_ 1
 post_1_5_1 e177_ 1
 post_1_5_1 e178_ 1
 post_1_5_1 e179_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e183_ 1
 post_1_6_0 e184_ 1
 post_1_6_0 e185_ 1
 post_1_6_0 e186_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e190_ 1
 post_1_6_1 e191_ 1
 post_1_6_1 e192_ 1
 post_1_6_1 e193_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e197_ 1
 post_1_7_0 e198_ 1
 post_1_7_0 e199_ 1
 post_1_7_0 e200_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e204_ 1
 post_1_7_1 e205_ 1
 post_1_7_1 e206_ 1
 post_1_7_1 e207_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e211_ 1
 post_1_8_0 e212_ 1
 post_1_8_0 e213_ 1
 post_1_8_0 e214_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e218_ 1
 post_1_8_1 e219_ 1
 post_1_8_1 e220_ 1
 post_1_8_1 e221_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e225_ 1
 post_1_9_0 e226_ 1
 post_1_9_0 e227_ 1
 post_1_9_0 e228_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e232_ 1
 post_1_9_1 e233_ 1
 post_1_9_1 e234_ 1
 post_1_9_1 e235_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e239_ 1
 post_1_10_0 e240_ 1
 post_1_10_0 e241_ 1
 post_1_10_0 e242_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e246_ 1
 post_1_10_1 e247_ 1
 post_1_10_1 e248_ 1
 post_1_10_1 e249_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e253_ 1
 post_1_11_0 e254_ 1
 post_1_11_0 e255_ 1
 post_1_11_0 e256_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e260_ 1
 post_1_11_1 e261_ 1
 post_1_11_1 e262_ 1
 post_1_11_1 e263_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e267_ 1
 post_1_12_0 e268_ 1
 post_1_12_0 e269_ 1
 post_1_12_0 e270_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e274_ 1
 post_1_12_1 e275_ 1
 post_1_12_1 e276_ 1
 post_1_12_1 e277_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e281_ 1
 post_1_13_0 e282_ 1
 post_1_13_0 e283_ 1
 post_1_13_0 e284_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e288_ 1
 post_1_13_1 e289_ 1
 post_1_13_1 e290_ 1
 post_1_13_1 e291_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e295_ 1
 post_1_14_0 e296_ 1
 post_1_14_0 e297_ 1
 post_1_14_0 e298_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e302_ 1
 post_1_14_1 e303_ 1
 post_1_14_1 e304_ 1
 post_1_14_1 e305_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e309_ 1
 post_1_15_0 e310_ 1
 post_1_15_0 e311_ 1
 post_1_15_0 e312_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e316_ 1
 post_1_15_1 e317_ 1
 post_1_15_1 e318_ 1
 post_1_15_1 e319_ 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 e323_ 1
 post_1_16_0 e324_ 1
 post_1_16_0 e325_ 1
 post_1_16_0 e326_ 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 e330_ 1
 post_1_16_1 e331_ 1
 post_1_16_1 e332_ 1
 post_1_16_1 e333_ 1
 post_1_17_0 relu_1_17_0_above_pre -1
 post_1_17_0 e337_ 1
 post_1_17_0 e338_ 1
 post_1_17_0 e339_ 1
 post_1_17_0 e340_ 1
 post_1_17_1 relu_1_17_1_above_pre -1
 post_1_17_1 e344_ 1
 post_1_17_1 e345_ 1
 post_1_17_1 e346_ 1
 post_1_17_1 e347_ 1
 post_1_18_0 relu_1_18_0_above_pre -1
 post_1_18_0 e351_ 1
 post_1_18_0 e352_ 1
 post_1_18_0 e353_ 1
 post_1_18_0 e354_ 1
 post_1_18_1 relu_1_18_1_above_pre -1
 post_1_18_1 e358_ 1
 post_1_18_1 e359_ 1
 post_1_18_1 e360_ 1
 post_1_18_1 e361_ 1
 post_1_19_0 relu_1_19_0_above_pre -1
 post_1_19_0 e365_ 1
 post_1_19_0 e366_ 1
 post_1_19_0 e367_ 1
 post_1_19_0 e368_ 1
 post_1_19_1 relu_1_19_1_above_pre -1
 post_1_19_1 e372_ 1
 post_1_19_1 e373_ 1
 post_1_19_1 e374_ 1
 post_1_19_1 e375_ 1
 post_1_20_0 relu_1_20_0_above_pre -1
 post_1_20_0 e379_ 1
 post_1_20_0 e380_ 1
 post_1_20_0 e381_ 1
 post_1_20_0 e382_ 1
 post_1_20_1 relu_1_20_1_above_pre -1
 post_1_20_1 e386_ 1
 post_1_20_1 e387_ 1
 post_1_20_1 e388_ 1
 post_1_20_1 e389_ 1
 post_1_21_0 relu_1_21_0_above_pre -1
 post_1_21_0 e393_ 1
 post_1_21_0 e394_ 1
 post_1_21_0 e395_ 1
 post_1_21_0 e396_ 1
 post_1_21_1 relu_1_21_1_above_pre -1
 post_1_21_1 e400_ 1
 post_1_21_1 e401_ 1
 post_1_21_1 e402_ 1
 post_1_21_1 e403_ 1
 post_1_22_0 relu_1_22_0_above_pre -1
 post_1_22_0 e407_ 1
 post_1_22_0 e408_ 1
 post_1_22_0 e409_ 1
 post_1_22_0 e410_ 1
 post_1_22_1 relu_1_22_1_above_pre -1
 post_1_22_1 e414_ 1
 post_1_22_1 e415_ 1
 post_1_22_1 e416_ 1
 post_1_22_1 e417_ 1
 post_1_23_0 relu_1_23_0_above_pre -1
 post_1_23_0 e421_ 1
 post_1_23_0 e422_ 1
 post_1_23_0 e423_ 1
 post_1_23_0 e424_ 1
 post_1_23_1 relu_1_23_1_above_pre -1
 post_1_23_1 e428_ 1
 post_1_23_1 e429_ 1
 post_1_23_1 e430_ 1
 post_1_23_1 e431_ 1
 post_1_24_0 relu_1_24_0_above_pre -1
 post_1_24_0 e435_ 1
 post_1_24_0 e436_ 1
 post_1_24_0 e437_ 1
 post_1_24_0 e438_ 1
 post_1_24_1 relu_1_24_1_above_pre -1
 post_1_24_1 e442_ 1
 post_1_24_1 e443_ 1
 post_1_24_1 e444_ 1
 post_1_24_1 e445_ 1
 post_1_25_0 relu_1_25_0_above_pre -1
 post_1_25_0 e449_ 1
 post_1_25_0 e450_ 1
 post_1_25_0 e451_ 1
 post_1_25_0 e452_ 1
 post_1_25_1 relu_1_25_1_above_pre -1
 post_1_25_1 e456_ 1
 post_1_25_1 e457_ 1
 post_1_25_1 e458_ 1
 post_1_25_1 e459_ 1
 post_1_26_0 relu_1_26_0_above_pre -1
 post_1_26_0 e463_ 1
 post_1_26_0 e464_ 1
 post_1_26_0 e465_ 1
 post_1_26_0 e466_ 1
 post_1_26_1 relu_1_26_1_above_pre -1
 post_1_26_1 e470_ 1
 post_1_26_1 e471_ 1
 post_1_26_1 e472_ 1
 post_1_26_1 e473_ 1
 post_1_27_0 relu_1_27_0_above_pre -1
 post_1_27_0 e477_ 1
 post_1_27_0 e478_ 1
 post_1_27_0 e479_ 1
 post_1_27_0 e480_ 1
 post_1_27_1 relu_1_27_1_above_pre -1
 post_1_27_1 e484_ 1
 post_1_27_1 e485_ 1
 post_1_27_1 e486_ 1
 post_1_27_1 e487_ 1
 post_1_28_0 relu_1_28_0_above_pre -1
 post_1_28_0 e491_ 1
 post_1_28_0 e492_ 1
 post_1_28_0 e493_ 1
 post_1_28_0 e494_ 1
 post_1_28_1 relu_1_28_1_above_pre -1
 post_1_28_1 e498_ 1
 post_1_28_1 e499_ 1
 post_1_28_1 e500_ 1
 post_1_28_1 e501_ 1
 post_1_29_0 relu_1_29_0_above_pre -1
 post_1_29_0 e505_ 1
 post_1_29_0 e506_ 1
 post_1_29_0 e507_ 1
 post_1_29_0 e508_ 1
 post_1_29_1 relu_1_29_1_above_pre -1
 post_1_29_1 e512_ 1
 post_1_29_1 e513_ 1
 post_1_29_1 e514_ 1
 post_1_29_1 e515_ 1
 post_1_30_0 relu_1_30_0_above_pre -1
 post_1_30_0 e519_ 1
 post_1_30_0 e520_ 1
 post_1_30_0 e521_ 1
 post_1_30_0 e522_ 1
 post_1_30_1 relu_1_30_1_above_pre -1
 post_1_30_1 e526_ 1
 post_1_30_1 e527_ 1
 post_1_30_1 e528_ 1
 post_1_30_1 e529_ 1
 post_1_31_0 relu_1_31_0_above_pre -1
 post_1_31_0 e533_ 1
 post_1_31_0 e534_ 1
 post_1_31_0 e535_ 1
 post_1_31_0 e536_ 1
 post_1_31_1 relu_1_31_1_above_pre -1
 post_1_31_1 e540_ 1
 post_1_31_1 e541_ 1
 post_1_31_1 e542_ 1
 post_1_31_1 e543_ 1
 out_0_0 obj -0.29577082783050446
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.5110240458159532
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1.1147186544861425
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.7507484051209695
 out_3_0 out_definition_3_0 1
 out_4_0 obj -1.7606074577170037
 out_4_0 out_definition_4_0 1
 out_5_0 obj -2.3442458357288936
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1.7755881010858077
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.7733999229120279
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.1638124063730197
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.40571766721369934
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.35431716645569533
 out_10_0 out_definition_10_0 1
 out_11_0 obj -1.896422024046478
 out_11_0 out_definition_11_0 1
 out_12_0 obj -0.9491012183820721
 out_12_0 out_definition_12_0 1
 out_13_0 obj -1.6219958105167358
 out_13_0 out_definition_13_0 1
 out_14_0 obj -0.6211887085732225
 out_14_0 out_definition_14_0 1
 out_15_0 obj -1.1000102922631816
 out_15_0 out_definition_15_0 1
 out_16_0 obj -1.5915441233102825
 out_16_0 out_definition_16_0 1
 out_17_0 obj -1.6123810677569077
 out_17_0 out_definition_17_0 1
 out_18_0 obj -1.5393609714771879
 out_18_0 out_definition_18_0 1
 out_19_0 obj -1.8360320166903676
 out_19_0 out_definition_19_0 1
 out_20_0 obj -0.25961470096001193
 out_20_0 out_definition_20_0 1
 out_21_0 obj -0.8116620198164279
 out_21_0 out_definition_21_0 1
 out_22_0 obj -2.4020427143079606
 out_22_0 out_definition_22_0 1
 out_23_0 obj -1.8471620466283243
 out_23_0 out_definition_23_0 1
 out_24_0 obj -1.2362191288339568
 out_24_0 out_definition_24_0 1
 out_25_0 obj -1.7886417432537187
 out_25_0 out_definition_25_0 1
 out_26_0 obj -2.2442360729588264
 out_26_0 out_definition_26_0 1
 out_27_0 obj -1.6199015593488677
 out_27_0 out_definition_27_0 1
 out_28_0 obj -1.7992587761637602
 out_28_0 out_definition_28_0 1
 out_29_0 obj -0.8172683383939285
 out_29_0 out_definition_29_0 1
 out_30_0 obj -1.2775238326590523
 out_30_0 out_definition_30_0 1
 out_31_0 obj -0.8832692096374155
 out_31_0 out_definition_31_0 1
 M169 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e99_ -7.5055558674558025
 relu_1_0_0_on_binary_indicator_var e100_ 15.011111734911605
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e102_ 7.5055558674558025
 relu_1_0_0_off_binary_indicator_var e103_ 7.5055558674558025
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e106_ -7.5055558674558025
 relu_1_0_1_on_binary_indicator_var e107_ 15.011111734911605
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e109_ 7.5055558674558025
 relu_1_0_1_off_binary_indicator_var e110_ 7.5055558674558025
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e113_ -8.127994658504527
 relu_1_1_0_on_binary_indicator_var e114_ 16.255989317009053
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e116_ 8.127994658504527
 relu_1_1_0_off_binary_indicator_var e117_ 8.127994658504527
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e120_ -8.127994658504527
 relu_1_1_1_on_binary_indicator_var e121_ 16.255989317009053
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e123_ 8.127994658504527
 relu_1_1_1_off_binary_indicator_var e124_ 8.127994658504527
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e127_ -7.176419226746878
 relu_1_2_0_on_binary_indicator_var e128_ 14.352838453493757
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e130_ 7.176419226746878
 relu_1_2_0_off_binary_indicator_var e131_ 7.176419226746878
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e134_ -7.176419226746878
 relu_1_2_1_on_binary_indicator_var e135_ 14.352838453493757
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e137_ 7.176419226746878
 relu_1_2_1_off_binary_indicator_var e138_ 7.176419226746878
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e141_ -7.125139810483965
 relu_1_3_0_on_binary_indicator_var e142_ 14.25027962096793
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e144_ 7.125139810483965
 relu_1_3_0_off_binary_indicator_var e145_ 7.125139810483965
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e148_ -7.125139810483965
 relu_1_3_1_on_binary_indicator_var e149_ 14.25027962096793
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e151_ 7.125139810483965
 relu_1_3_1_off_binary_indicator_var e152_ 7.125139810483965
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e155_ -4.450495978270242
 relu_1_4_0_on_binary_indicator_var e156_ 8.900991956540484
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e158_ 4.450495978270242
 relu_1_4_0_off_binary_indicator_var e159_ 4.450495978270242
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e162_ -4.450495978270242
 relu_1_4_1_on_binary_indicator_var e163_ 8.900991956540484
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e165_ 4.450495978270242
 relu_1_4_1_off_binary_indicator_var e166_ 4.450495978270242
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e169_ -6.293958645941272
 relu_1_5_0_on_binary_indicator_var e170_ 12.587917291882544
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e172_ 6.293958645941272
 relu_1_5_0_off_binary_indicator_var e173_ 6.293958645941272
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e176_ -6.293958645941272
 relu_1_5_1_on_binary_indicator_var e177_ 12.587917291882544
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e179_ 6.293958645941272
 relu_1_5_1_off_binary_indicator_var e180_ 6.293958645941272
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e183_ -6.278046829164398
 relu_1_6_0_on_binary_indicator_var e184_ 12.556093658328797
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e186_ 6.278046829164398
 relu_1_6_0_off_binary_indicator_var e187_ 6.278046829164398
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e190_ -6.278046829164398
 relu_1_6_1_on_binary_indicator_var e191_ 12.556093658328797
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e193_ 6.278046829164398
 relu_1_6_1_off_binary_indicator_var e194_ 6.278046829164398
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e197_ -4.575447738333024
 relu_1_7_0_on_binary_indicator_var e198_ 9.150895476666047
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e200_ 4.575447738333024
 relu_1_7_0_off_binary_indicator_var e201_ 4.575447738333024
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e204_ -4.575447738333024
 relu_1_7_1_on_binary_indicator_var e205_ 9.150895476666047
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e207_ 4.575447738333024
 relu_1_7_1_off_binary_indicator_var e208_ 4.575447738333024
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e211_ -6.681194289163965
 relu_1_8_0_on_binary_indicator_var e212_ 13.36238857832793
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e214_ 6.681194289163965
 relu_1_8_0_off_binary_indicator_var e215_ 6.681194289163965
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e218_ -6.681194289163965
 relu_1_8_1_on_binary_indicator_var e219_ 13.36238857832793
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e221_ 6.681194289163965
 relu_1_8_1_off_binary_indicator_var e222_ 6.681194289163965
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e225_ -6.998263939541548
 relu_1_9_0_on_binary_indicator_var e226_ 13.996527879083096
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e228_ 6.998263939541548
 relu_1_9_0_off_binary_indicator_var e229_ 6.998263939541548
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e232_ -6.998263939541548
 relu_1_9_1_on_binary_indicator_var e233_ 13.996527879083096
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e235_ 6.998263939541548
 relu_1_9_1_off_binary_indicator_var e236_ 6.998263939541548
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e239_ -5.033436041032538
 relu_1_10_0_on_binary_indicator_var e240_ 10.066872082065077
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e242_ 5.033436041032538
 relu_1_10_0_off_binary_indicator_var e243_ 5.033436041032538
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e246_ -5.033436041032538
 relu_1_10_1_on_binary_indicator_var e247_ 10.066872082065077
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e249_ 5.033436041032538
 relu_1_10_1_off_binary_indicator_var e250_ 5.033436041032538
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e253_ -5.85589242599091
 relu_1_11_0_on_binary_indicator_var e254_ 11.71178485198182
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e256_ 5.85589242599091
 relu_1_11_0_off_binary_indicator_var e257_ 5.85589242599091
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e260_ -5.85589242599091
 relu_1_11_1_on_binary_indicator_var e261_ 11.71178485198182
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e263_ 5.85589242599091
 relu_1_11_1_off_binary_indicator_var e264_ 5.85589242599091
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e267_ -4.481055976018846
 relu_1_12_0_on_binary_indicator_var e268_ 8.962111952037692
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e270_ 4.481055976018846
 relu_1_12_0_off_binary_indicator_var e271_ 4.481055976018846
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e274_ -4.481055976018846
 relu_1_12_1_on_binary_indicator_var e275_ 8.962111952037692
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e277_ 4.481055976018846
 relu_1_12_1_off_binary_indicator_var e278_ 4.481055976018846
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e281_ -4.223536593655531
 relu_1_13_0_on_binary_indicator_var e282_ 8.447073187311062
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e284_ 4.223536593655531
 relu_1_13_0_off_binary_indicator_var e285_ 4.223536593655531
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e288_ -4.223536593655531
 relu_1_13_1_on_binary_indicator_var e289_ 8.447073187311062
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e291_ 4.223536593655531
 relu_1_13_1_off_binary_indicator_var e292_ 4.223536593655531
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e295_ -7.9411881018315
 relu_1_14_0_on_binary_indicator_var e296_ 15.882376203663
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e298_ 7.9411881018315
 relu_1_14_0_off_binary_indicator_var e299_ 7.9411881018315
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e302_ -7.9411881018315
 relu_1_14_1_on_binary_indicator_var e303_ 15.882376203663
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e305_ 7.9411881018315
 relu_1_14_1_off_binary_indicator_var e306_ 7.9411881018315
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e309_ -4.282407804124144
 relu_1_15_0_on_binary_indicator_var e310_ 8.564815608248288
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e312_ 4.282407804124144
 relu_1_15_0_off_binary_indicator_var e313_ 4.282407804124144
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e316_ -4.282407804124144
 relu_1_15_1_on_binary_indicator_var e317_ 8.564815608248288
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e319_ 4.282407804124144
 relu_1_15_1_off_binary_indicator_var e320_ 4.282407804124144
 relu_1_16_0_on_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_on_binary_indicator_var e323_ -4.634583834742528
 relu_1_16_0_on_binary_indicator_var e324_ 9.269167669485055
 relu_1_16_0_off_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_off_binary_indicator_var e326_ 4.634583834742528
 relu_1_16_0_off_binary_indicator_var e327_ 4.634583834742528
 relu_1_16_1_on_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_on_binary_indicator_var e330_ -4.634583834742528
 relu_1_16_1_on_binary_indicator_var e331_ 9.269167669485055
 relu_1_16_1_off_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_off_binary_indicator_var e333_ 4.634583834742528
 relu_1_16_1_off_binary_indicator_var e334_ 4.634583834742528
 relu_1_17_0_on_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_on_binary_indicator_var e337_ -4.622818643788233
 relu_1_17_0_on_binary_indicator_var e338_ 9.245637287576466
 relu_1_17_0_off_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_off_binary_indicator_var e340_ 4.622818643788233
 relu_1_17_0_off_binary_indicator_var e341_ 4.622818643788233
 relu_1_17_1_on_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_on_binary_indicator_var e344_ -4.622818643788233
 relu_1_17_1_on_binary_indicator_var e345_ 9.245637287576466
 relu_1_17_1_off_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_off_binary_indicator_var e347_ 4.622818643788233
 relu_1_17_1_off_binary_indicator_var e348_ 4.622818643788233
 relu_1_18_0_on_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_on_binary_indicator_var e351_ -6.978700550828476
 relu_1_18_0_on_binary_indicator_var e352_ 13.957401101656952
 relu_1_18_0_off_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_off_binary_indicator_var e354_ 6.978700550828476
 relu_1_18_0_off_binary_indicator_var e355_ 6.978700550828476
 relu_1_18_1_on_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_on_binary_indicator_var e358_ -6.978700550828476
 relu_1_18_1_on_binary_indicator_var e359_ 13.957401101656952
 relu_1_18_1_off_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_off_binary_indicator_var e361_ 6.978700550828476
 relu_1_18_1_off_binary_indicator_var e362_ 6.978700550828476
 relu_1_19_0_on_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_on_binary_indicator_var e365_ -6.235030806621945
 relu_1_19_0_on_binary_indicator_var e366_ 12.47006161324389
 relu_1_19_0_off_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_off_binary_indicator_var e368_ 6.235030806621945
 relu_1_19_0_off_binary_indicator_var e369_ 6.235030806621945
 relu_1_19_1_on_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_on_binary_indicator_var e372_ -6.235030806621945
 relu_1_19_1_on_binary_indicator_var e373_ 12.47006161324389
 relu_1_19_1_off_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_off_binary_indicator_var e375_ 6.235030806621945
 relu_1_19_1_off_binary_indicator_var e376_ 6.235030806621945
 relu_1_20_0_on_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_on_binary_indicator_var e379_ -6.718454730852487
 relu_1_20_0_on_binary_indicator_var e380_ 13.436909461704975
 relu_1_20_0_off_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_off_binary_indicator_var e382_ 6.718454730852487
 relu_1_20_0_off_binary_indicator_var e383_ 6.718454730852487
 relu_1_20_1_on_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_on_binary_indicator_var e386_ -6.718454730852487
 relu_1_20_1_on_binary_indicator_var e387_ 13.436909461704975
 relu_1_20_1_off_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_off_binary_indicator_var e389_ 6.718454730852487
 relu_1_20_1_off_binary_indicator_var e390_ 6.718454730852487
 relu_1_21_0_on_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_on_binary_indicator_var e393_ -6.8226887269065095
 relu_1_21_0_on_binary_indicator_var e394_ 13.645377453813019
 relu_1_21_0_off_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_off_binary_indicator_var e396_ 6.8226887269065095
 relu_1_21_0_off_binary_indicator_var e397_ 6.8226887269065095
 relu_1_21_1_on_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_on_binary_indicator_var e400_ -6.8226887269065095
 relu_1_21_1_on_binary_indicator_var e401_ 13.645377453813019
 relu_1_21_1_off_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_off_binary_indicator_var e403_ 6.8226887269065095
 relu_1_21_1_off_binary_indicator_var e404_ 6.8226887269065095
 relu_1_22_0_on_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_on_binary_indicator_var e407_ -6.631889427894872
 relu_1_22_0_on_binary_indicator_var e408_ 13.263778855789743
 relu_1_22_0_off_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_off_binary_indicator_var e410_ 6.631889427894872
 relu_1_22_0_off_binary_indicator_var e411_ 6.631889427894872
 relu_1_22_1_on_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_on_binary_indicator_var e414_ -6.631889427894872
 relu_1_22_1_on_binary_indicator_var e415_ 13.263778855789743
 relu_1_22_1_off_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_off_binary_indicator_var e417_ 6.631889427894872
 relu_1_22_1_off_binary_indicator_var e418_ 6.631889427894872
 relu_1_23_0_on_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_on_binary_indicator_var e421_ -5.396286998735244
 relu_1_23_0_on_binary_indicator_var e422_ 10.792573997470488
 relu_1_23_0_off_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_off_binary_indicator_var e424_ 5.396286998735244
 relu_1_23_0_off_binary_indicator_var e425_ 5.396286998735244
 relu_1_23_1_on_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_on_binary_indicator_var e428_ -5.396286998735244
 relu_1_23_1_on_binary_indicator_var e429_ 10.792573997470488
 relu_1_23_1_off_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_off_binary_indicator_var e431_ 5.396286998735244
 relu_1_23_1_off_binary_indicator_var e432_ 5.396286998735244
 relu_1_24_0_on_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_on_binary_indicator_var e435_ -6.394092367761281
 relu_1_24_0_on_binary_indicator_var e436_ 12.788184735522561
 relu_1_24_0_off_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_off_binary_indicator_var e438_ 6.394092367761281
 relu_1_24_0_off_binary_indicator_var e439_ 6.394092367761281
 relu_1_24_1_on_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_on_binary_indicator_var e442_ -6.394092367761281
 relu_1_24_1_on_binary_indicator_var e443_ 12.788184735522561
 relu_1_24_1_off_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_off_binary_indicator_var e445_ 6.394092367761281
 relu_1_24_1_off_binary_indicator_var e446_ 6.394092367761281
 relu_1_25_0_on_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_on_binary_indicator_var e449_ -6.260561154684373
 relu_1_25_0_on_binary_indicator_var e450_ 12.521122309368746
 relu_1_25_0_off_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_off_binary_indicator_var e452_ 6.260561154684373
 relu_1_25_0_off_binary_indicator_var e453_ 6.260561154684373
 relu_1_25_1_on_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_on_binary_indicator_var e456_ -6.260561154684373
 relu_1_25_1_on_binary_indicator_var e457_ 12.521122309368746
 relu_1_25_1_off_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_off_binary_indicator_var e459_ 6.260561154684373
 relu_1_25_1_off_binary_indicator_var e460_ 6.260561154684373
 relu_1_26_0_on_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_on_binary_indicator_var e463_ -7.264403459229737
 relu_1_26_0_on_binary_indicator_var e464_ 14.528806918459473
 relu_1_26_0_off_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_off_binary_indicator_var e466_ 7.264403459229737
 relu_1_26_0_off_binary_indicator_var e467_ 7.264403459229737
 relu_1_26_1_on_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_on_binary_indicator_var e470_ -7.264403459229737
 relu_1_26_1_on_binary_indicator_var e471_ 14.528806918459473
 relu_1_26_1_off_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_off_binary_indicator_var e473_ 7.264403459229737
 relu_1_26_1_off_binary_indicator_var e474_ 7.264403459229737
 relu_1_27_0_on_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_on_binary_indicator_var e477_ -4.689817519007568
 relu_1_27_0_on_binary_indicator_var e478_ 9.379635038015136
 relu_1_27_0_off_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_off_binary_indicator_var e480_ 4.689817519007568
 relu_1_27_0_off_binary_indicator_var e481_ 4.689817519007568
 relu_1_27_1_on_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_on_binary_indicator_var e484_ -4.689817519007568
 relu_1_27_1_on_binary_indicator_var e485_ 9.379635038015136
 relu_1_27_1_off_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_off_binary_indicator_var e487_ 4.689817519007568
 relu_1_27_1_off_binary_indicator_var e488_ 4.689817519007568
 relu_1_28_0_on_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_on_binary_indicator_var e491_ -5.834876603928876
 relu_1_28_0_on_binary_indicator_var e492_ 11.669753207857752
 relu_1_28_0_off_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_off_binary_indicator_var e494_ 5.834876603928876
 relu_1_28_0_off_binary_indicator_var e495_ 5.834876603928876
 relu_1_28_1_on_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_on_binary_indicator_var e498_ -5.834876603928876
 relu_1_28_1_on_binary_indicator_var e499_ 11.669753207857752
 relu_1_28_1_off_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_off_binary_indicator_var e501_ 5.834876603928876
 relu_1_28_1_off_binary_indicator_var e502_ 5.834876603928876
 relu_1_29_0_on_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_on_binary_indicator_var e505_ -6.462017653570015
 relu_1_29_0_on_binary_indicator_var e506_ 12.92403530714003
 relu_1_29_0_off_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_off_binary_indicator_var e508_ 6.462017653570015
 relu_1_29_0_off_binary_indicator_var e509_ 6.462017653570015
 relu_1_29_1_on_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_on_binary_indicator_var e512_ -6.462017653570015
 relu_1_29_1_on_binary_indicator_var e513_ 12.92403530714003
 relu_1_29_1_off_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_off_binary_indicator_var e515_ 6.462017653570015
 relu_1_29_1_off_binary_indicator_var e516_ 6.462017653570015
 relu_1_30_0_on_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_on_binary_indicator_var e519_ -6.141677231816878
 relu_1_30_0_on_binary_indicator_var e520_ 12.283354463633756
 relu_1_30_0_off_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_off_binary_indicator_var e522_ 6.141677231816878
 relu_1_30_0_off_binary_indicator_var e523_ 6.141677231816878
 relu_1_30_1_on_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_on_binary_indicator_var e526_ -6.141677231816878
 relu_1_30_1_on_binary_indicator_var e527_ 12.283354463633756
 relu_1_30_1_off_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_off_binary_indicator_var e529_ 6.141677231816878
 relu_1_30_1_off_binary_indicator_var e530_ 6.141677231816878
 relu_1_31_0_on_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_on_binary_indicator_var e533_ -5.920664390112501
 relu_1_31_0_on_binary_indicator_var e534_ 11.841328780225002
 relu_1_31_0_off_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_off_binary_indicator_var e536_ 5.920664390112501
 relu_1_31_0_off_binary_indicator_var e537_ 5.920664390112501
 relu_1_31_1_on_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_on_binary_indicator_var e540_ -5.920664390112501
 relu_1_31_1_on_binary_indicator_var e541_ 11.841328780225002
 relu_1_31_1_off_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_off_binary_indicator_var e543_ 5.920664390112501
 relu_1_31_1_off_binary_indicator_var e544_ 5.920664390112501
 M297 'MARKER' 'INTEND'
RHS
 rhs obj -16.262757661083782
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e99_ -7.5055558674558025
 rhs e100_ 15.011111734911605
 rhs e102_ 7.5055558674558025
 rhs e103_ 7.5055558674558025
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e106_ -7.5055558674558025
 rhs e107_ 15.011111734911605
 rhs e109_ 7.5055558674558025
 rhs e110_ 7.5055558674558025
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e113_ -8.127994658504527
 rhs e114_ 16.255989317009053
 rhs e116_ 8.127994658504527
 rhs e117_ 8.127994658504527
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e120_ -8.127994658504527
 rhs e121_ 16.255989317009053
 rhs e123_ 8.127994658504527
 rhs e124_ 8.127994658504527
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e127_ -7.176419226746878
 rhs e128_ 14.352838453493757
 rhs e130_ 7.176419226746878
 rhs e131_ 7.176419226746878
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e134_ -7.176419226746878
 rhs e135_ 14.352838453493757
 rhs e137_ 7.176419226746878
 rhs e138_ 7.176419226746878
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e141_ -7.125139810483965
 rhs e142_ 14.25027962096793
 rhs e144_ 7.125139810483965
 rhs e145_ 7.125139810483965
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e148_ -7.125139810483965
 rhs e149_ 14.25027962096793
 rhs e151_ 7.125139810483965
 rhs e152_ 7.125139810483965
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e155_ -4.450495978270242
 rhs e156_ 8.900991956540484
 rhs e158_ 4.450495978270242
 rhs e159_ 4.450495978270242
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e162_ -4.450495978270242
 rhs e163_ 8.900991956540484
 rhs e165_ 4.450495978270242
 rhs e166_ 4.450495978270242
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e169_ -6.293958645941272
 rhs e170_ 12.587917291882544
 rhs e172_ 6.293958645941272
 rhs e173_ 6.293958645941272
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e176_ -6.293958645941272
 rhs e177_ 12.587917291882544
 rhs e179_ 6.293958645941272
 rhs e180_ 6.293958645941272
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e183_ -6.278046829164398
 rhs e184_ 12.556093658328797
 rhs e186_ 6.278046829164398
 rhs e187_ 6.278046829164398
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e190_ -6.278046829164398
 rhs e191_ 12.556093658328797
 rhs e193_ 6.278046829164398
 rhs e194_ 6.278046829164398
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e197_ -4.575447738333024
 rhs e198_ 9.150895476666047
 rhs e200_ 4.575447738333024
 rhs e201_ 4.575447738333024
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e204_ -4.575447738333024
 rhs e205_ 9.150895476666047
 rhs e207_ 4.575447738333024
 rhs e208_ 4.575447738333024
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e211_ -6.681194289163965
 rhs e212_ 13.36238857832793
 rhs e214_ 6.681194289163965
 rhs e215_ 6.681194289163965
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e218_ -6.681194289163965
 rhs e219_ 13.36238857832793
 rhs e221_ 6.681194289163965
 rhs e222_ 6.681194289163965
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e225_ -6.998263939541548
 rhs e226_ 13.996527879083096
 rhs e228_ 6.998263939541548
 rhs e229_ 6.998263939541548
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e232_ -6.998263939541548
 rhs e233_ 13.996527879083096
 rhs e235_ 6.998263939541548
 rhs e236_ 6.998263939541548
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e239_ -5.033436041032538
 rhs e240_ 10.066872082065077
 rhs e242_ 5.033436041032538
 rhs e243_ 5.033436041032538
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e246_ -5.033436041032538
 rhs e247_ 10.066872082065077
 rhs e249_ 5.033436041032538
 rhs e250_ 5.033436041032538
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e253_ -5.85589242599091
 rhs e254_ 11.71178485198182
 rhs e256_ 5.85589242599091
 rhs e257_ 5.85589242599091
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e260_ -5.85589242599091
 rhs e261_ 11.71178485198182
 rhs e263_ 5.85589242599091
 rhs e264_ 5.85589242599091
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e267_ -4.481055976018846
 rhs e268_ 8.962111952037692
 rhs e270_ 4.481055976018846
 rhs e271_ 4.481055976018846
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e274_ -4.481055976018846
 rhs e275_ 8.962111952037692
 rhs e277_ 4.481055976018846
 rhs e278_ 4.481055976018846
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e281_ -4.223536593655531
 rhs e282_ 8.447073187311062
 rhs e284_ 4.223536593655531
 rhs e285_ 4.223536593655531
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e288_ -4.223536593655531
 rhs e289_ 8.447073187311062
 rhs e291_ 4.223536593655531
 rhs e292_ 4.223536593655531
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e295_ -7.9411881018315
 rhs e296_ 15.882376203663
 rhs e298_ 7.9411881018315
 rhs e299_ 7.9411881018315
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e302_ -7.9411881018315
 rhs e303_ 15.882376203663
 rhs e305_ 7.9411881018315
 rhs e306_ 7.9411881018315
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e309_ -4.282407804124144
 rhs e310_ 8.564815608248288
 rhs e312_ 4.282407804124144
 rhs e313_ 4.282407804124144
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e316_ -4.282407804124144
 rhs e317_ 8.564815608248288
 rhs e319_ 4.282407804124144
 rhs e320_ 4.282407804124144
 rhs relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e323_ -4.634583834742528
 rhs e324_ 9.269167669485055
 rhs e326_ 4.634583834742528
 rhs e327_ 4.634583834742528
 rhs relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e330_ -4.634583834742528
 rhs e331_ 9.269167669485055
 rhs e333_ 4.634583834742528
 rhs e334_ 4.634583834742528
 rhs relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e337_ -4.622818643788233
 rhs e338_ 9.245637287576466
 rhs e340_ 4.622818643788233
 rhs e341_ 4.622818643788233
 rhs relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e344_ -4.622818643788233
 rhs e345_ 9.245637287576466
 rhs e347_ 4.622818643788233
 rhs e348_ 4.622818643788233
 rhs relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e351_ -6.978700550828476
 rhs e352_ 13.957401101656952
 rhs e354_ 6.978700550828476
 rhs e355_ 6.978700550828476
 rhs relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e358_ -6.978700550828476
 rhs e359_ 13.957401101656952
 rhs e361_ 6.978700550828476
 rhs e362_ 6.978700550828476
 rhs relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e365_ -6.235030806621945
 rhs e366_ 12.47006161324389
 rhs e368_ 6.235030806621945
 rhs e369_ 6.235030806621945
 rhs relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e372_ -6.235030806621945
 rhs e373_ 12.47006161324389
 rhs e375_ 6.235030806621945
 rhs e376_ 6.235030806621945
 rhs relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e379_ -6.718454730852487
 rhs e380_ 13.436909461704975
 rhs e382_ 6.718454730852487
 rhs e383_ 6.718454730852487
 rhs relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e386_ -6.718454730852487
 rhs e387_ 13.436909461704975
 rhs e389_ 6.718454730852487
 rhs e390_ 6.718454730852487
 rhs relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e393_ -6.8226887269065095
 rhs e394_ 13.645377453813019
 rhs e396_ 6.8226887269065095
 rhs e397_ 6.8226887269065095
 rhs relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e400_ -6.8226887269065095
 rhs e401_ 13.645377453813019
 rhs e403_ 6.8226887269065095
 rhs e404_ 6.8226887269065095
 rhs relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e407_ -6.631889427894872
 rhs e408_ 13.263778855789743
 rhs e410_ 6.631889427894872
 rhs e411_ 6.631889427894872
 rhs relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e414_ -6.631889427894872
 rhs e415_ 13.263778855789743
 rhs e417_ 6.631889427894872
 rhs e418_ 6.631889427894872
 rhs relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e421_ -5.396286998735244
 rhs e422_ 10.792573997470488
 rhs e424_ 5.396286998735244
 rhs e425_ 5.396286998735244
 rhs relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e428_ -5.396286998735244
 rhs e429_ 10.792573997470488
 rhs e431_ 5.396286998735244
 rhs e432_ 5.396286998735244
 rhs relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e435_ -6.394092367761281
 rhs e436_ 12.788184735522561
 rhs e438_ 6.394092367761281
 rhs e439_ 6.394092367761281
 rhs relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e442_ -6.394092367761281
 rhs e443_ 12.788184735522561
 rhs e445_ 6.394092367761281
 rhs e446_ 6.394092367761281
 rhs relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e449_ -6.260561154684373
 rhs e450_ 12.521122309368746
 rhs e452_ 6.260561154684373
 rhs e453_ 6.260561154684373
 rhs relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e456_ -6.260561154684373
 rhs e457_ 12.521122309368746
 rhs e459_ 6.260561154684373
 rhs e460_ 6.260561154684373
 rhs relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e463_ -7.264403459229737
 rhs e464_ 14.528806918459473
 rhs e466_ 7.264403459229737
 rhs e467_ 7.264403459229737
 rhs relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e470_ -7.264403459229737
 rhs e471_ 14.528806918459473
 rhs e473_ 7.264403459229737
 rhs e474_ 7.264403459229737
 rhs relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e477_ -4.689817519007568
 rhs e478_ 9.379635038015136
 rhs e480_ 4.689817519007568
 rhs e481_ 4.689817519007568
 rhs relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e484_ -4.689817519007568
 rhs e485_ 9.379635038015136
 rhs e487_ 4.689817519007568
 rhs e488_ 4.689817519007568
 rhs relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e491_ -5.834876603928876
 rhs e492_ 11.669753207857752
 rhs e494_ 5.834876603928876
 rhs e495_ 5.834876603928876
 rhs relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e498_ -5.834876603928876
 rhs e499_ 11.669753207857752
 rhs e501_ 5.834876603928876
 rhs e502_ 5.834876603928876
 rhs relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e505_ -6.462017653570015
 rhs e506_ 12.92403530714003
 rhs e508_ 6.462017653570015
 rhs e509_ 6.462017653570015
 rhs relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e512_ -6.462017653570015
 rhs e513_ 12.92403530714003
 rhs e515_ 6.462017653570015
 rhs e516_ 6.462017653570015
 rhs relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e519_ -6.141677231816878
 rhs e520_ 12.283354463633756
 rhs e522_ 6.141677231816878
 rhs e523_ 6.141677231816878
 rhs relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e526_ -6.141677231816878
 rhs e527_ 12.283354463633756
 rhs e529_ 6.141677231816878
 rhs e530_ 6.141677231816878
 rhs relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e533_ -5.920664390112501
 rhs e534_ 11.841328780225002
 rhs e536_ 5.920664390112501
 rhs e537_ 5.920664390112501
 rhs relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e540_ -5.920664390112501
 rhs e541_ 11.841328780225002
 rhs e543_ 5.920664390112501
 rhs e544_ 5.920664390112501
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
 LO bnd pre_1_24_0 -6.394092367761281
 UP bnd pre_1_24_0 6.394092367761281
 LO bnd pre_1_24_1 -6.394092367761281
 UP bnd pre_1_24_1 6.394092367761281
 LO bnd pre_1_25_0 -6.260561154684373
 UP bnd pre_1_25_0 6.260561154684373
 LO bnd pre_1_25_1 -6.260561154684373
 UP bnd pre_1_25_1 6.260561154684373
 LO bnd pre_1_26_0 -7.264403459229737
 UP bnd pre_1_26_0 7.264403459229737
 LO bnd pre_1_26_1 -7.264403459229737
 UP bnd pre_1_26_1 7.264403459229737
 LO bnd pre_1_27_0 -4.689817519007568
 UP bnd pre_1_27_0 4.689817519007568
 LO bnd pre_1_27_1 -4.689817519007568
 UP bnd pre_1_27_1 4.689817519007568
 LO bnd pre_1_28_0 -5.834876603928876
 UP bnd pre_1_28_0 5.834876603928876
 LO bnd pre_1_28_1 -5.834876603928876
 UP bnd pre_1_28_1 5.834876603928876
 LO bnd pre_1_29_0 -6.462017653570015
 UP bnd pre_1_29_0 6.462017653570015
 LO bnd pre_1_29_1 -6.462017653570015
 UP bnd pre_1_29_1 6.462017653570015
 LO bnd pre_1_30_0 -6.141677231816878
 UP bnd pre_1_30_0 6.141677231816878
 LO bnd pre_1_30_1 -6.141677231816878
 UP bnd pre_1_30_1 6.141677231816878
 LO bnd pre_1_31_0 -5.920664390112501
 UP bnd pre_1_31_0 5.920664390112501
 LO bnd pre_1_31_1 -5.920664390112501
 UP bnd pre_1_31_1 5.920664390112501
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
 LO bnd post_1_24_0 0
 UP bnd post_1_24_0 6.394092367761281
 LO bnd post_1_24_1 0
 UP bnd post_1_24_1 6.394092367761281
 LO bnd post_1_25_0 0
 UP bnd post_1_25_0 6.260561154684373
 LO bnd post_1_25_1 0
 UP bnd post_1_25_1 6.260561154684373
 LO bnd post_1_26_0 0
 UP bnd post_1_26_0 7.264403459229737
 LO bnd post_1_26_1 0
 UP bnd post_1_26_1 7.264403459229737
 LO bnd post_1_27_0 0
 UP bnd post_1_27_0 4.689817519007568
 LO bnd post_1_27_1 0
 UP bnd post_1_27_1 4.689817519007568
 LO bnd post_1_28_0 0
 UP bnd post_1_28_0 5.834876603928876
 LO bnd post_1_28_1 0
 UP bnd post_1_28_1 5.834876603928876
 LO bnd post_1_29_0 0
 UP bnd post_1_29_0 6.462017653570015
 LO bnd post_1_29_1 0
 UP bnd post_1_29_1 6.462017653570015
 LO bnd post_1_30_0 0
 UP bnd post_1_30_0 6.141677231816878
 LO bnd post_1_30_1 0
 UP bnd post_1_30_1 6.141677231816878
 LO bnd post_1_31_0 0
 UP bnd post_1_31_0 5.920664390112501
 LO bnd post_1_31_1 0
 UP bnd post_1_31_1 5.920664390112501
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
 LO bnd out_24_0 -41.36455420656768
 UP bnd out_24_0 41.36455420656768
 LO bnd out_25_0 -40.563366928106234
 UP bnd out_25_0 40.563366928106234
 LO bnd out_26_0 -46.58642075537842
 UP bnd out_26_0 46.58642075537842
 LO bnd out_27_0 -31.138905114045407
 UP bnd out_27_0 31.138905114045407
 LO bnd out_28_0 -38.00925962357326
 UP bnd out_28_0 38.00925962357326
 LO bnd out_29_0 -41.77210592142009
 UP bnd out_29_0 41.77210592142009
 LO bnd out_30_0 -39.85006339090127
 UP bnd out_30_0 39.85006339090127
 LO bnd out_31_0 -38.52398634067501
 UP bnd out_31_0 38.52398634067501
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
 BV bnd relu_1_24_0_on_binary_indicator_var
 BV bnd relu_1_24_0_off_binary_indicator_var
 BV bnd relu_1_24_1_on_binary_indicator_var
 BV bnd relu_1_24_1_off_binary_indicator_var
 BV bnd relu_1_25_0_on_binary_indicator_var
 BV bnd relu_1_25_0_off_binary_indicator_var
 BV bnd relu_1_25_1_on_binary_indicator_var
 BV bnd relu_1_25_1_off_binary_indicator_var
 BV bnd relu_1_26_0_on_binary_indicator_var
 BV bnd relu_1_26_0_off_binary_indicator_var
 BV bnd relu_1_26_1_on_binary_indicator_var
 BV bnd relu_1_26_1_off_binary_indicator_var
 BV bnd relu_1_27_0_on_binary_indicator_var
 BV bnd relu_1_27_0_off_binary_indicator_var
 BV bnd relu_1_27_1_on_binary_indicator_var
 BV bnd relu_1_27_1_off_binary_indicator_var
 BV bnd relu_1_28_0_on_binary_indicator_var
 BV bnd relu_1_28_0_off_binary_indicator_var
 BV bnd relu_1_28_1_on_binary_indicator_var
 BV bnd relu_1_28_1_off_binary_indicator_var
 BV bnd relu_1_29_0_on_binary_indicator_var
 BV bnd relu_1_29_0_off_binary_indicator_var
 BV bnd relu_1_29_1_on_binary_indicator_var
 BV bnd relu_1_29_1_off_binary_indicator_var
 BV bnd relu_1_30_0_on_binary_indicator_var
 BV bnd relu_1_30_0_off_binary_indicator_var
 BV bnd relu_1_30_1_on_binary_indicator_var
 BV bnd relu_1_30_1_off_binary_indicator_var
 BV bnd relu_1_31_0_on_binary_indicator_var
 BV bnd relu_1_31_0_off_binary_indicator_var
 BV bnd relu_1_31_1_on_binary_indicator_var
 BV bnd relu_1_31_1_off_binary_indicator_var
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
 out_24_0 out_24_0 2
 out_25_0 out_25_0 2
 out_26_0 out_26_0 2
 out_27_0 out_27_0 2
 out_28_0 out_28_0 2
 out_29_0 out_29_0 2
 out_30_0 out_30_0 2
 out_31_0 out_31_0 2
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
QCMATRIX out_definition_24_0
 w_2_0_0 post_1_24_0 -0.5
 post_1_24_0 w_2_0_0 -0.5
 w_2_0_1 post_1_24_1 -0.5
 post_1_24_1 w_2_0_1 -0.5
QCMATRIX out_definition_25_0
 w_2_0_0 post_1_25_0 -0.5
 post_1_25_0 w_2_0_0 -0.5
 w_2_0_1 post_1_25_1 -0.5
 post_1_25_1 w_2_0_1 -0.5
QCMATRIX out_definition_26_0
 w_2_0_0 post_1_26_0 -0.5
 post_1_26_0 w_2_0_0 -0.5
 w_2_0_1 post_1_26_1 -0.5
 post_1_26_1 w_2_0_1 -0.5
QCMATRIX out_definition_27_0
 w_2_0_0 post_1_27_0 -0.5
 post_1_27_0 w_2_0_0 -0.5
 w_2_0_1 post_1_27_1 -0.5
 post_1_27_1 w_2_0_1 -0.5
QCMATRIX out_definition_28_0
 w_2_0_0 post_1_28_0 -0.5
 post_1_28_0 w_2_0_0 -0.5
 w_2_0_1 post_1_28_1 -0.5
 post_1_28_1 w_2_0_1 -0.5
QCMATRIX out_definition_29_0
 w_2_0_0 post_1_29_0 -0.5
 post_1_29_0 w_2_0_0 -0.5
 w_2_0_1 post_1_29_1 -0.5
 post_1_29_1 w_2_0_1 -0.5
QCMATRIX out_definition_30_0
 w_2_0_0 post_1_30_0 -0.5
 post_1_30_0 w_2_0_0 -0.5
 w_2_0_1 post_1_30_1 -0.5
 post_1_30_1 w_2_0_1 -0.5
QCMATRIX out_definition_31_0
 w_2_0_0 post_1_31_0 -0.5
 post_1_31_0 w_2_0_0 -0.5
 w_2_0_1 post_1_31_1 -0.5
 post_1_31_1 w_2_0_1 -0.5
ENDATA
