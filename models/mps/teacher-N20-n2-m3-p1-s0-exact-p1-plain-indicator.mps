* teacher-N20-n2-m3-p1-s0-exact-p1-plain-indicator  (relu-opt library: teacher-N20-n2-m3-p1-s0-exact, problem 1, plain-indicator; {"hidden": [3], "bound": 1.0, "loss": "squared"})
NAME teacher-N20-n2-m3-p1-s0-exact-p1-plain-indicator
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
 E pre_definition_1_16_0
 E pre_definition_1_16_1
 E pre_definition_1_16_2
 E pre_definition_1_17_0
 E pre_definition_1_17_1
 E pre_definition_1_17_2
 E pre_definition_1_18_0
 E pre_definition_1_18_1
 E pre_definition_1_18_2
 E pre_definition_1_19_0
 E pre_definition_1_19_1
 E pre_definition_1_19_2
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
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e83_
 L e84_
 G e85_
 L e86_
 L e87_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e90_
 L e91_
 G e92_
 L e93_
 L e94_
 L relu_1_0_2_above_pre
 E relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor
 G e97_
 L e98_
 G e99_
 L e100_
 L e101_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e104_
 L e105_
 G e106_
 L e107_
 L e108_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e111_
 L e112_
 G e113_
 L e114_
 L e115_
 L relu_1_1_2_above_pre
 E relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor
 G e118_
 L e119_
 G e120_
 L e121_
 L e122_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e125_
 L e126_
 G e127_
 L e128_
 L e129_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e132_
 L e133_
 G e134_
 L e135_
 L e136_
 L relu_1_2_2_above_pre
 E relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor
 G e139_
 L e140_
 G e141_
 L e142_
 L e143_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e146_
 L e147_
 G e148_
 L e149_
 L e150_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e153_
 L e154_
 G e155_
 L e156_
 L e157_
 L relu_1_3_2_above_pre
 E relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor
 G e160_
 L e161_
 G e162_
 L e163_
 L e164_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e167_
 L e168_
 G e169_
 L e170_
 L e171_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e174_
 L e175_
 G e176_
 L e177_
 L e178_
 L relu_1_4_2_above_pre
 E relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor
 G e181_
 L e182_
 G e183_
 L e184_
 L e185_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e188_
 L e189_
 G e190_
 L e191_
 L e192_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e195_
 L e196_
 G e197_
 L e198_
 L e199_
 L relu_1_5_2_above_pre
 E relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor
 G e202_
 L e203_
 G e204_
 L e205_
 L e206_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e209_
 L e210_
 G e211_
 L e212_
 L e213_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e216_
 L e217_
 G e218_
 L e219_
 L e220_
 L relu_1_6_2_above_pre
 E relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor
 G e223_
 L e224_
 G e225_
 L e226_
 L e227_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e230_
 L e231_
 G e232_
 L e233_
 L e234_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e237_
 L e238_
 G e239_
 L e240_
 L e241_
 L relu_1_7_2_above_pre
 E relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor
 G e244_
 L e245_
 G e246_
 L e247_
 L e248_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e251_
 L e252_
 G e253_
 L e254_
 L e255_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e258_
 L e259_
 G e260_
 L e261_
 L e262_
 L relu_1_8_2_above_pre
 E relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor
 G e265_
 L e266_
 G e267_
 L e268_
 L e269_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e272_
 L e273_
 G e274_
 L e275_
 L e276_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e279_
 L e280_
 G e281_
 L e282_
 L e283_
 L relu_1_9_2_above_pre
 E relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor
 G e286_
 L e287_
 G e288_
 L e289_
 L e290_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e293_
 L e294_
 G e295_
 L e296_
 L e297_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e300_
 L e301_
 G e302_
 L e303_
 L e304_
 L relu_1_10_2_above_pre
 E relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor
 G e307_
 L e308_
 G e309_
 L e310_
 L e311_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e314_
 L e315_
 G e316_
 L e317_
 L e318_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e321_
 L e322_
 G e323_
 L e324_
 L e325_
 L relu_1_11_2_above_pre
 E relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor
 G e328_
 L e329_
 G e330_
 L e331_
 L e332_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e335_
 L e336_
 G e337_
 L e338_
 L e339_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e342_
 L e343_
 G e344_
 L e345_
 L e346_
 L relu_1_12_2_above_pre
 E relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor
 G e349_
 L e350_
 G e351_
 L e352_
 L e353_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e356_
 L e357_
 G e358_
 L e359_
 L e360_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e363_
 L e364_
 G e365_
 L e366_
 L e367_
 L relu_1_13_2_above_pre
 E relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor
 G e370_
 L e371_
 G e372_
 L e373_
 L e374_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e377_
 L e378_
 G e379_
 L e380_
 L e381_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e384_
 L e385_
 G e386_
 L e387_
 L e388_
 L relu_1_14_2_above_pre
 E relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor
 G e391_
 L e392_
 G e393_
 L e394_
 L e395_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e398_
 L e399_
 G e400_
 L e401_
 L e402_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e405_
 L e406_
 G e407_
 L e408_
 L e409_
 L relu_1_15_2_above_pre
 E relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor
 G e412_
 L e413_
 G e414_
 L e415_
 L e416_
 L relu_1_16_0_above_pre
 E relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor
 G e419_
 L e420_
 G e421_
 L e422_
 L e423_
 L relu_1_16_1_above_pre
 E relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor
 G e426_
 L e427_
 G e428_
 L e429_
 L e430_
 L relu_1_16_2_above_pre
 E relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor
 G e433_
 L e434_
 G e435_
 L e436_
 L e437_
 L relu_1_17_0_above_pre
 E relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor
 G e440_
 L e441_
 G e442_
 L e443_
 L e444_
 L relu_1_17_1_above_pre
 E relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor
 G e447_
 L e448_
 G e449_
 L e450_
 L e451_
 L relu_1_17_2_above_pre
 E relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor
 G e454_
 L e455_
 G e456_
 L e457_
 L e458_
 L relu_1_18_0_above_pre
 E relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor
 G e461_
 L e462_
 G e463_
 L e464_
 L e465_
 L relu_1_18_1_above_pre
 E relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor
 G e468_
 L e469_
 G e470_
 L e471_
 L e472_
 L relu_1_18_2_above_pre
 E relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor
 G e475_
 L e476_
 G e477_
 L e478_
 L e479_
 L relu_1_19_0_above_pre
 E relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor
 G e482_
 L e483_
 G e484_
 L e485_
 L e486_
 L relu_1_19_1_above_pre
 E relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor
 G e489_
 L e490_
 G e491_
 L e492_
 L e493_
 L relu_1_19_2_above_pre
 E relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor
 G e496_
 L e497_
 G e498_
 L e499_
 L e500_
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
 w_1_0_0 pre_definition_1_16_0 -0.7805487040095846
 w_1_0_0 pre_definition_1_17_0 -0.24637428937208483
 w_1_0_0 pre_definition_1_18_0 -0.6652882953067956
 w_1_0_0 pre_definition_1_19_0 0.5212611140140957
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
 w_1_0_1 pre_definition_1_16_0 0.5456848129332406
 w_1_0_1 pre_definition_1_17_0 0.8319693128352303
 w_1_0_1 pre_definition_1_18_0 -0.5741966149773667
 w_1_0_1 pre_definition_1_19_0 -0.7529684616214076
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
 w_1_1_0 pre_definition_1_16_1 -0.7805487040095846
 w_1_1_0 pre_definition_1_17_1 -0.24637428937208483
 w_1_1_0 pre_definition_1_18_1 -0.6652882953067956
 w_1_1_0 pre_definition_1_19_1 0.5212611140140957
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
 w_1_1_1 pre_definition_1_16_1 0.5456848129332406
 w_1_1_1 pre_definition_1_17_1 0.8319693128352303
 w_1_1_1 pre_definition_1_18_1 -0.5741966149773667
 w_1_1_1 pre_definition_1_19_1 -0.7529684616214076
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
 w_1_2_0 pre_definition_1_16_2 -0.7805487040095846
 w_1_2_0 pre_definition_1_17_2 -0.24637428937208483
 w_1_2_0 pre_definition_1_18_2 -0.6652882953067956
 w_1_2_0 pre_definition_1_19_2 0.5212611140140957
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
 w_1_2_1 pre_definition_1_16_2 0.5456848129332406
 w_1_2_1 pre_definition_1_17_2 0.8319693128352303
 w_1_2_1 pre_definition_1_18_2 -0.5741966149773667
 w_1_2_1 pre_definition_1_19_2 -0.7529684616214076
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
 b_1_0 pre_definition_1_16_0 -1
 b_1_0 pre_definition_1_17_0 -1
 b_1_0 pre_definition_1_18_0 -1
 b_1_0 pre_definition_1_19_0 -1
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
 b_1_2 pre_definition_1_16_2 -1
 b_1_2 pre_definition_1_17_2 -1
 b_1_2 pre_definition_1_18_2 -1
 b_1_2 pre_definition_1_19_2 -1
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
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e83_ -1
 pre_1_0_0 e84_ -1
 pre_1_0_0 e87_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e90_ -1
 pre_1_0_1 e91_ -1
 pre_1_0_1 e94_ 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 e97_ -1
 pre_1_0_2 e98_ -1
 pre_1_0_2 e101_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e104_ -1
 pre_1_1_0 e105_ -1
 pre_1_1_0 e108_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e111_ -1
 pre_1_1_1 e112_ -1
 pre_1_1_1 e115_ 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 e118_ -1
 pre_1_1_2 e119_ -1
 pre_1_1_2 e122_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e125_ -1
 pre_1_2_0 e126_ -1
 pre_1_2_0 e129_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e132_ -1
 pre_1_2_1 e133_ -1
 pre_1_2_1 e136_ 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 e139_ -1
 pre_1_2_2 e140_ -1
 pre_1_2_2 e143_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e146_ -1
 pre_1_3_0 e147_ -1
 pre_1_3_0 e150_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e153_ -1
 pre_1_3_1 e154_ -1
 pre_1_3_1 e157_ 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 e160_ -1
 pre_1_3_2 e161_ -1
 pre_1_3_2 e164_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e167_ -1
 pre_1_4_0 e168_ -1
 pre_1_4_0 e171_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e174_ -1
 pre_1_4_1 e175_ -1
 pre_1_4_1 e178_ 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 e181_ -1
 pre_1_4_2 e182_ -1
 pre_1_4_2 e185_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e188_ -1
 pre_1_5_0 e189_ -1
 pre_1_5_0 e192_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e195_ -1
 pre_1_5_1 e196_ -1
 pre_1_5_1 e199_ 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 e202_ -1
 pre_1_5_2 e203_ -1
 pre_1_5_2 e206_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e209_ -1
 pre_1_6_0 e210_ -1
 pre_1_6_0 e213_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e216_ -1
 pre_1_6_1 e217_ -1
 pre_1_6_1 e220_ 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 e223_ -1
 pre_1_6_2 e224_ -1
 pre_1_6_2 e227_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e230_ -1
 pre_1_7_0 e231_ -1
 pre_1_7_0 e234_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e237_ -1
 pre_1_7_1 e238_ -1
 pre_1_7_1 e241_ 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 e244_ -1
 pre_1_7_2 e245_ -1
 pre_1_7_2 e248_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e251_ -1
 pre_1_8_0 e252_ -1
 pre_1_8_0 e255_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e258_ -1
 pre_1_8_1 e259_ -1
 pre_1_8_1 e262_ 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 e265_ -1
 pre_1_8_2 e266_ -1
 pre_1_8_2 e269_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e272_ -1
 pre_1_9_0 e273_ -1
 pre_1_9_0 e276_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e279_ -1
 pre_1_9_1 e280_ -1
 pre_1_9_1 e283_ 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 e286_ -1
 pre_1_9_2 e287_ -1
 pre_1_9_2 e290_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e293_ -1
 pre_1_10_0 e294_ -1
 pre_1_10_0 e297_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e300_ -1
 pre_1_10_1 e301_ -1
 pre_1_10_1 e304_ 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 e307_ -1
 pre_1_10_2 e308_ -1
 pre_1_10_2 e311_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e314_ -1
 pre_1_11_0 e315_ -1
 pre_1_11_0 e318_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e321_ -1
 pre_1_11_1 e322_ -1
 pre_1_11_1 e325_ 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 e328_ -1
 pre_1_11_2 e329_ -1
 pre_1_11_2 e332_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e335_ -1
 pre_1_12_0 e336_ -1
 pre_1_12_0 e339_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e342_ -1
 pre_1_12_1 e343_ -1
 pre_1_12_1 e346_ 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 e349_ -1
 pre_1_12_2 e350_ -1
 pre_1_12_2 e353_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e356_ -1
 pre_1_13_0 e357_ -1
 pre_1_13_0 e360_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e363_ -1
 pre_1_13_1 e364_ -1
 pre_1_13_1 e367_ 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 e370_ -1
 pre_1_13_2 e371_ -1
 pre_1_13_2 e374_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e377_ -1
 pre_1_14_0 e378_ -1
 pre_1_14_0 e381_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e384_ -1
 pre_1_14_1 e385_ -1
 pre_1_14_1 e388_ 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 e391_ -1
 pre_1_14_2 e392_ -1
 pre_1_14_2 e395_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e398_ -1
 pre_1_15_0 e399_ -1
 pre_1_15_0 e402_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e405_ -1
 pre_1_15_1 e406_ -1
 pre_1_15_1 e409_ 1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_above_pre 1
 pre_1_15_2 e412_ -1
 pre_1_15_2 e413_ -1
 pre_1_15_2 e416_ 1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre 1
 pre_1_16_0 e419_ -1
 pre_1_16_0 e420_ -1
 pre_1_16_0 e423_ 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre 1
 pre_1_16_1 e426_ -1
 pre_1_16_1 e427_ -1
 pre_1_16_1 e430_ 1
 pre_1_16_2 pre_definition_1_16_2 1
 pre_1_16_2 relu_1_16_2_above_pre 1
 pre_1_16_2 e433_ -1
 pre_1_16_2 e434_ -1
 pre_1_16_2 e437_ 1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_above_pre 1
 pre_1_17_0 e440_ -1
 pre_1_17_0 e441_ -1
 pre_1_17_0 e444_ 1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_above_pre 1
 pre_1_17_1 e447_ -1
 pre_1_17_1 e448_ -1
 pre_1_17_1 e451_ 1
 pre_1_17_2 pre_definition_1_17_2 1
 pre_1_17_2 relu_1_17_2_above_pre 1
 pre_1_17_2 e454_ -1
 pre_1_17_2 e455_ -1
 pre_1_17_2 e458_ 1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_above_pre 1
 pre_1_18_0 e461_ -1
 pre_1_18_0 e462_ -1
 pre_1_18_0 e465_ 1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_above_pre 1
 pre_1_18_1 e468_ -1
 pre_1_18_1 e469_ -1
 pre_1_18_1 e472_ 1
 pre_1_18_2 pre_definition_1_18_2 1
 pre_1_18_2 relu_1_18_2_above_pre 1
 pre_1_18_2 e475_ -1
 pre_1_18_2 e476_ -1
 pre_1_18_2 e479_ 1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_above_pre 1
 pre_1_19_0 e482_ -1
 pre_1_19_0 e483_ -1
 pre_1_19_0 e486_ 1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_above_pre 1
 pre_1_19_1 e489_ -1
 pre_1_19_1 e490_ -1
 pre_1_19_1 e493_ 1
 pre_1_19_2 pre_definition_1_19_2 1
 pre_1_19_2 relu_1_19_2_above_pre 1
 pre_1_19_2 e496_ -1
 pre_1_19_2 e497_ -1
 pre_1_19_2 e500_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e83_ 1
 post_1_0_0 e84_ 1
 post_1_0_0 e85_ 1
 post_1_0_0 e86_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e90_ 1
 post_1_0_1 e91_ 1
 post_1_0_1 e92_ 1
 post_1_0_1 e93_ 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 e97_ 1
 post_1_0_2 e98_ 1
 post_1_0_2 e99_ 1
 post_1_0_2 e100_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e104_ 1
 post_1_1_0 e105_ 1
 post_1_1_0 e106_ 1
 post_1_1_0 e107_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e111_ 1
 post_1_1_1 e112_ 1
 post_1_1_1 e113_ 1
 post_1_1_1 e114_ 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 e118_ 1
 post_1_1_2 e119_ 1
 post_1_1_2 e120_ 1
 post_1_1_2 e121_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e125_ 1
 post_1_2_0 e126_ 1
 post_1_2_0 e127_ 1
 post_1_2_0 e128_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e132_ 1
 post_1_2_1 e133_ 1
 post_1_2_1 e134_ 1
 post_1_2_1 e135_ 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 e139_ 1
 post_1_2_2 e140_ 1
 post_1_2_2 e141_ 1
 post_1_2_2 e142_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e146_ 1
 post_1_3_0 e147_ 1
 post_1_3_0 e148_ 1
 post_1_3_0 e149_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e153_ 1
 post_1_3_1 e154_ 1
 post_1_3_1 e155_ 1
 post_1_3_1 e156_ 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 e160_ 1
 post_1_3_2 e161_ 1
 post_1_3_2 e162_ 1
 post_1_3_2 e163_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e167_ 1
 post_1_4_0 e168_ 1
 post_1_4_0 e169_ 1
 post_1_4_0 e170_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e174_ 1
 post_1_4_1 e175_ 1
 post_1_4_1 e176_ 1
 post_1_4_1 e177_ 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 e181_ 1
 post_1_4_2 e182_ 1
 post_1_4_2 e183_ 1
 post_1_4_2 e184_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e188_ 1
 post_1_5_0 e189_ 1
 post_1_5_0 e190_ 1
 post_1_5_0 e191_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e195_ 1
 post_1_5_1 e196_ 1
 post_1_5_1 e197_ 1
 post_1_5_1 e198_ 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 e202_ 1
 post_1_5_2 e203_ 1
 post_1_5_2 e204_ 1
 post_1_5_2 e205_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e209_ 1
 post_1_6_0 e210_ 1
 post_1_6_0 e211_ 1
 post_1_6_0 e212_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e216_ 1
 post_1_6_1 e217_ 1
 post_1_6_1 e218_ 1
 post_1_6_1 e219_ 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 e223_ 1
 post_1_6_2 e224_ 1
 post_1_6_2 e225_ 1
 post_1_6_2 e226_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e230_ 1
 post_1_7_0 e231_ 1
 post_1_7_0 e232_ 1
 post_1_7_0 e233_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e237_ 1
 post_1_7_1 e238_ 1
 post_1_7_1 e239_ 1
 post_1_7_1 e240_ 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 e244_ 1
 post_1_7_2 e245_ 1
 post_1_7_2 e246_ 1
 post_1_7_2 e247_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e251_ 1
 post_1_8_0 e252_ 1
 post_1_8_0 e253_ 1
 post_1_8_0 e254_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e258_ 1
 post_1_8_1 e259_ 1
 post_1_8_1 e260_ 1
 post_1_8_1 e261_ 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 e265_ 1
 post_1_8_2 e266_ 1
 post_1_8_2 e267_ 1
 post_1_8_2 e268_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e272_ 1
 post_1_9_0 e273_ 1
 post_1_9_0 e274_ 1
 post_1_9_0 e275_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e279_ 1
 post_1_9_1 e280_ 1
 post_1_9_1 e281_ 1
 post_1_9_1 e282_ 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 e286_ 1
 post_1_9_2 e287_ 1
 post_1_9_2 e288_ 1
 post_1_9_2 e289_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e293_ 1
 post_1_10_0 e294_ 1
 post_1_10_0 e295_ 1
 post_1_10_0 e296_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e300_ 1
 post_1_10_1 e301_ 1
 post_1_10_1 e302_ 1
 post_1_10_1 e303_ 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 e307_ 1
 post_1_10_2 e308_ 1
 post_1_10_2 e309_ 1
 post_1_10_2 e310_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e314_ 1
 post_1_11_0 e315_ 1
 post_1_11_0 e316_ 1
 post_1_11_0 e317_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e321_ 1
 post_1_11_1 e322_ 1
 post_1_11_1 e323_ 1
 post_1_11_1 e324_ 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 e328_ 1
 post_1_11_2 e329_ 1
 post_1_11_2 e330_ 1
 post_1_11_2 e331_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e335_ 1
 post_1_12_0 e336_ 1
 post_1_12_0 e337_ 1
 post_1_12_0 e338_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e342_ 1
 post_1_12_1 e343_ 1
 post_1_12_1 e344_ 1
 post_1_12_1 e345_ 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 e349_ 1
 post_1_12_2 e350_ 1
 post_1_12_2 e351_ 1
 post_1_12_2 e352_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e356_ 1
 post_1_13_0 e357_ 1
 post_1_13_0 e358_ 1
 post_1_13_0 e359_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e363_ 1
 post_1_13_1 e364_ 1
 post_1_13_1 e365_ 1
 post_1_13_1 e366_ 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 e370_ 1
 post_1_13_2 e371_ 1
 post_1_13_2 e372_ 1
 post_1_13_2 e373_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e377_ 1
 post_1_14_0 e378_ 1
 post_1_14_0 e379_ 1
 post_1_14_0 e380_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e384_ 1
 post_1_14_1 e385_ 1
 post_1_14_1 e386_ 1
 post_1_14_1 e387_ 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 e391_ 1
 post_1_14_2 e392_ 1
 post_1_14_2 e393_ 1
 post_1_14_2 e394_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e398_ 1
 post_1_15_0 e399_ 1
 post_1_15_0 e400_ 1
 post_1_15_0 e401_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e405_ 1
 post_1_15_1 e406_ 1
 post_1_15_1 e407_ 1
 post_1_15_1 e408_ 1
 post_1_15_2 relu_1_15_2_above_pre -1
 post_1_15_2 e412_ 1
 post_1_15_2 e413_ 1
 post_1_15_2 e414_ 1
 post_1_15_2 e415_ 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 e419_ 1
 post_1_16_0 e420_ 1
 post_1_16_0 e421_ 1
 post_1_16_0 e422_ 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 e426_ 1
 post_1_16_1 e427_ 1
 post_1_16_1 e428_ 1
 post_1_16_1 e429_ 1
 post_1_16_2 relu_1_16_2_above_pre -1
 post_1_16_2 e433_ 1
 post_1_16_2 e434_ 1
 post_1_16_2 e435_ 1
 post_1_16_2 e436_ 1
 post_1_17_0 relu_1_17_0_above_pre -1
 post_1_17_0 e440_ 1
 post_1_17_0 e441_ 1
 post_1_17_0 e442_ 1
 post_1_17_0 e443_ 1
 post_1_17_1 relu_1_17_1_above_pre -1
 post_1_17_1 e447_ 1
 post_1_17_1 e448_ 1
 post_1_17_1 e449_ 1
 post_1_17_1 e450_ 1
 post_1_17_2 relu_1_17_2_above_pre -1
 post_1_17_2 e454_ 1
 post_1_17_2 e455_ 1
 post_1_17_2 e456_ 1
 post_1_17_2 e457_ 1
 post_1_18_0 relu_1_18_0_above_pre -1
 post_1_18_0 e461_ 1
 post_1_18_0 e462_ 1
 post_1_18_0 e463_ 1
 post_1_18_0 e464_ 1
 post_1_18_1 relu_1_18_1_above_pre -1
 post_1_18_1 e468_ 1
 post_1_18_1 e469_ 1
 post_1_18_1 e470_ 1
 post_1_18_1 e471_ 1
 post_1_18_2 relu_1_18_2_above_pre -1
 post_1_18_2 e475_ 1
 post_1_18_2 e476_ 1
 post_1_18_2 e477_ 1
 post_1_18_2 e478_ 1
 post_1_19_0 relu_1_19_0_above_pre -1
 post_1_19_0 e482_ 1
 post_1_19_0 e483_ 1
 post_1_19_0 e484_ 1
 post_1_19_0 e485_ 1
 post_1_19_1 relu_1_19_1_above_pre -1
 post_1_19_1 e489_ 1
 post_1_19_1 e490_ 1
 post_1_19_1 e491_ 1
 post_1_19_1 e492_ 1
 post_1_19_2 relu_1_19_2_above_pre -1
 post_1_19_2 e496_ 1
 post_1_19_2 e497_ 1
 post_1_19_2 e498_ 1
 post_1_19_2 e499_ 1
 out_0_0 obj -2.530368200674384
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.3167595607372722
 out_1_0 out_definition_1_0 1
 out_2_0 obj -3.1343558602967776
 out_2_0 out_definition_2_0 1
 out_3_0 obj -4.394656222676607
 out_3_0 out_definition_3_0 1
 out_4_0 obj -2.46420181509509
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.8368684611208036
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.08681811286079788
 out_6_0 out_definition_6_0 1
 out_7_0 obj 0.01944264547094643
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.4748198430144305
 out_8_0 out_definition_8_0 1
 out_9_0 obj -4.0087885758313275
 out_9_0 out_definition_9_0 1
 out_10_0 obj -1.1666070409247873
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.69725396577099
 out_11_0 out_definition_11_0 1
 out_12_0 obj 1.0931620364323122
 out_12_0 out_definition_12_0 1
 out_13_0 obj -2.231563133562964
 out_13_0 out_definition_13_0 1
 out_14_0 obj -2.2032917996197785
 out_14_0 out_definition_14_0 1
 out_15_0 obj -3.0406336360742303
 out_15_0 out_definition_15_0 1
 out_16_0 obj -2.7010245121779777
 out_16_0 out_definition_16_0 1
 out_17_0 obj -3.8953665054716398
 out_17_0 out_definition_17_0 1
 out_18_0 obj 0.28762894786664805
 out_18_0 out_definition_18_0 1
 out_19_0 obj -0.9339530366374025
 out_19_0 out_definition_19_0 1
 M153 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e83_ -2.3921397422489594
 relu_1_0_0_on_binary_indicator_var e84_ 4.784279484497919
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e86_ 2.3921397422489594
 relu_1_0_0_off_binary_indicator_var e87_ 2.3921397422489594
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e90_ -2.3921397422489594
 relu_1_0_1_on_binary_indicator_var e91_ 4.784279484497919
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e93_ 2.3921397422489594
 relu_1_0_1_off_binary_indicator_var e94_ 2.3921397422489594
 relu_1_0_2_on_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_on_binary_indicator_var e97_ -2.3921397422489594
 relu_1_0_2_on_binary_indicator_var e98_ 4.784279484497919
 relu_1_0_2_off_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_off_binary_indicator_var e100_ 2.3921397422489594
 relu_1_0_2_off_binary_indicator_var e101_ 2.3921397422489594
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e104_ -2.3750466034946554
 relu_1_1_0_on_binary_indicator_var e105_ 4.750093206989311
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e107_ 2.3750466034946554
 relu_1_1_0_off_binary_indicator_var e108_ 2.3750466034946554
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e111_ -2.3750466034946554
 relu_1_1_1_on_binary_indicator_var e112_ 4.750093206989311
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e114_ 2.3750466034946554
 relu_1_1_1_off_binary_indicator_var e115_ 2.3750466034946554
 relu_1_1_2_on_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_on_binary_indicator_var e118_ -2.3750466034946554
 relu_1_1_2_on_binary_indicator_var e119_ 4.750093206989311
 relu_1_1_2_off_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_off_binary_indicator_var e121_ 2.3750466034946554
 relu_1_1_2_off_binary_indicator_var e122_ 2.3750466034946554
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e125_ -1.4834986594234139
 relu_1_2_0_on_binary_indicator_var e126_ 2.9669973188468277
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e128_ 1.4834986594234139
 relu_1_2_0_off_binary_indicator_var e129_ 1.4834986594234139
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e132_ -1.4834986594234139
 relu_1_2_1_on_binary_indicator_var e133_ 2.9669973188468277
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e135_ 1.4834986594234139
 relu_1_2_1_off_binary_indicator_var e136_ 1.4834986594234139
 relu_1_2_2_on_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_on_binary_indicator_var e139_ -1.4834986594234139
 relu_1_2_2_on_binary_indicator_var e140_ 2.9669973188468277
 relu_1_2_2_off_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_off_binary_indicator_var e142_ 1.4834986594234139
 relu_1_2_2_off_binary_indicator_var e143_ 1.4834986594234139
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e146_ -2.097986215313757
 relu_1_3_0_on_binary_indicator_var e147_ 4.195972430627514
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e149_ 2.097986215313757
 relu_1_3_0_off_binary_indicator_var e150_ 2.097986215313757
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e153_ -2.097986215313757
 relu_1_3_1_on_binary_indicator_var e154_ 4.195972430627514
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e156_ 2.097986215313757
 relu_1_3_1_off_binary_indicator_var e157_ 2.097986215313757
 relu_1_3_2_on_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_on_binary_indicator_var e160_ -2.097986215313757
 relu_1_3_2_on_binary_indicator_var e161_ 4.195972430627514
 relu_1_3_2_off_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_off_binary_indicator_var e163_ 2.097986215313757
 relu_1_3_2_off_binary_indicator_var e164_ 2.097986215313757
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e167_ -2.0926822763881328
 relu_1_4_0_on_binary_indicator_var e168_ 4.1853645527762655
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e170_ 2.0926822763881328
 relu_1_4_0_off_binary_indicator_var e171_ 2.0926822763881328
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e174_ -2.0926822763881328
 relu_1_4_1_on_binary_indicator_var e175_ 4.1853645527762655
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e177_ 2.0926822763881328
 relu_1_4_1_off_binary_indicator_var e178_ 2.0926822763881328
 relu_1_4_2_on_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_on_binary_indicator_var e181_ -2.0926822763881328
 relu_1_4_2_on_binary_indicator_var e182_ 4.1853645527762655
 relu_1_4_2_off_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_off_binary_indicator_var e184_ 2.0926822763881328
 relu_1_4_2_off_binary_indicator_var e185_ 2.0926822763881328
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e188_ -1.5251492461110079
 relu_1_5_0_on_binary_indicator_var e189_ 3.0502984922220158
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e191_ 1.5251492461110079
 relu_1_5_0_off_binary_indicator_var e192_ 1.5251492461110079
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e195_ -1.5251492461110079
 relu_1_5_1_on_binary_indicator_var e196_ 3.0502984922220158
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e198_ 1.5251492461110079
 relu_1_5_1_off_binary_indicator_var e199_ 1.5251492461110079
 relu_1_5_2_on_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_on_binary_indicator_var e202_ -1.5251492461110079
 relu_1_5_2_on_binary_indicator_var e203_ 3.0502984922220158
 relu_1_5_2_off_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_off_binary_indicator_var e205_ 1.5251492461110079
 relu_1_5_2_off_binary_indicator_var e206_ 1.5251492461110079
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e209_ -2.2270647630546554
 relu_1_6_0_on_binary_indicator_var e210_ 4.454129526109311
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e212_ 2.2270647630546554
 relu_1_6_0_off_binary_indicator_var e213_ 2.2270647630546554
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e216_ -2.2270647630546554
 relu_1_6_1_on_binary_indicator_var e217_ 4.454129526109311
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e219_ 2.2270647630546554
 relu_1_6_1_off_binary_indicator_var e220_ 2.2270647630546554
 relu_1_6_2_on_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_on_binary_indicator_var e223_ -2.2270647630546554
 relu_1_6_2_on_binary_indicator_var e224_ 4.454129526109311
 relu_1_6_2_off_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_off_binary_indicator_var e226_ 2.2270647630546554
 relu_1_6_2_off_binary_indicator_var e227_ 2.2270647630546554
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e230_ -2.3327546465138496
 relu_1_7_0_on_binary_indicator_var e231_ 4.665509293027699
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e233_ 2.3327546465138496
 relu_1_7_0_off_binary_indicator_var e234_ 2.3327546465138496
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e237_ -2.3327546465138496
 relu_1_7_1_on_binary_indicator_var e238_ 4.665509293027699
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e240_ 2.3327546465138496
 relu_1_7_1_off_binary_indicator_var e241_ 2.3327546465138496
 relu_1_7_2_on_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_on_binary_indicator_var e244_ -2.3327546465138496
 relu_1_7_2_on_binary_indicator_var e245_ 4.665509293027699
 relu_1_7_2_off_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_off_binary_indicator_var e247_ 2.3327546465138496
 relu_1_7_2_off_binary_indicator_var e248_ 2.3327546465138496
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e251_ -1.6778120136775128
 relu_1_8_0_on_binary_indicator_var e252_ 3.3556240273550255
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e254_ 1.6778120136775128
 relu_1_8_0_off_binary_indicator_var e255_ 1.6778120136775128
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e258_ -1.6778120136775128
 relu_1_8_1_on_binary_indicator_var e259_ 3.3556240273550255
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e261_ 1.6778120136775128
 relu_1_8_1_off_binary_indicator_var e262_ 1.6778120136775128
 relu_1_8_2_on_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_on_binary_indicator_var e265_ -1.6778120136775128
 relu_1_8_2_on_binary_indicator_var e266_ 3.3556240273550255
 relu_1_8_2_off_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_off_binary_indicator_var e268_ 1.6778120136775128
 relu_1_8_2_off_binary_indicator_var e269_ 1.6778120136775128
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e272_ -1.95196414199697
 relu_1_9_0_on_binary_indicator_var e273_ 3.90392828399394
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e275_ 1.95196414199697
 relu_1_9_0_off_binary_indicator_var e276_ 1.95196414199697
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e279_ -1.95196414199697
 relu_1_9_1_on_binary_indicator_var e280_ 3.90392828399394
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e282_ 1.95196414199697
 relu_1_9_1_off_binary_indicator_var e283_ 1.95196414199697
 relu_1_9_2_on_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_on_binary_indicator_var e286_ -1.95196414199697
 relu_1_9_2_on_binary_indicator_var e287_ 3.90392828399394
 relu_1_9_2_off_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_off_binary_indicator_var e289_ 1.95196414199697
 relu_1_9_2_off_binary_indicator_var e290_ 1.95196414199697
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e293_ -1.4936853253396152
 relu_1_10_0_on_binary_indicator_var e294_ 2.9873706506792304
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e296_ 1.4936853253396152
 relu_1_10_0_off_binary_indicator_var e297_ 1.4936853253396152
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e300_ -1.4936853253396152
 relu_1_10_1_on_binary_indicator_var e301_ 2.9873706506792304
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e303_ 1.4936853253396152
 relu_1_10_1_off_binary_indicator_var e304_ 1.4936853253396152
 relu_1_10_2_on_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_on_binary_indicator_var e307_ -1.4936853253396152
 relu_1_10_2_on_binary_indicator_var e308_ 2.9873706506792304
 relu_1_10_2_off_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_off_binary_indicator_var e310_ 1.4936853253396152
 relu_1_10_2_off_binary_indicator_var e311_ 1.4936853253396152
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e314_ -1.4078455312185105
 relu_1_11_0_on_binary_indicator_var e315_ 2.815691062437021
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e317_ 1.4078455312185105
 relu_1_11_0_off_binary_indicator_var e318_ 1.4078455312185105
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e321_ -1.4078455312185105
 relu_1_11_1_on_binary_indicator_var e322_ 2.815691062437021
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e324_ 1.4078455312185105
 relu_1_11_1_off_binary_indicator_var e325_ 1.4078455312185105
 relu_1_11_2_on_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_on_binary_indicator_var e328_ -1.4078455312185105
 relu_1_11_2_on_binary_indicator_var e329_ 2.815691062437021
 relu_1_11_2_off_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_off_binary_indicator_var e331_ 1.4078455312185105
 relu_1_11_2_off_binary_indicator_var e332_ 1.4078455312185105
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e335_ -2.6470627006105
 relu_1_12_0_on_binary_indicator_var e336_ 5.294125401221
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e338_ 2.6470627006105
 relu_1_12_0_off_binary_indicator_var e339_ 2.6470627006105
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e342_ -2.6470627006105
 relu_1_12_1_on_binary_indicator_var e343_ 5.294125401221
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e345_ 2.6470627006105
 relu_1_12_1_off_binary_indicator_var e346_ 2.6470627006105
 relu_1_12_2_on_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_on_binary_indicator_var e349_ -2.6470627006105
 relu_1_12_2_on_binary_indicator_var e350_ 5.294125401221
 relu_1_12_2_off_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_off_binary_indicator_var e352_ 2.6470627006105
 relu_1_12_2_off_binary_indicator_var e353_ 2.6470627006105
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e356_ -1.4274692680413814
 relu_1_13_0_on_binary_indicator_var e357_ 2.854938536082763
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e359_ 1.4274692680413814
 relu_1_13_0_off_binary_indicator_var e360_ 1.4274692680413814
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e363_ -1.4274692680413814
 relu_1_13_1_on_binary_indicator_var e364_ 2.854938536082763
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e366_ 1.4274692680413814
 relu_1_13_1_off_binary_indicator_var e367_ 1.4274692680413814
 relu_1_13_2_on_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_on_binary_indicator_var e370_ -1.4274692680413814
 relu_1_13_2_on_binary_indicator_var e371_ 2.854938536082763
 relu_1_13_2_off_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_off_binary_indicator_var e373_ 1.4274692680413814
 relu_1_13_2_off_binary_indicator_var e374_ 1.4274692680413814
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e377_ -1.5448612782475093
 relu_1_14_0_on_binary_indicator_var e378_ 3.0897225564950186
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e380_ 1.5448612782475093
 relu_1_14_0_off_binary_indicator_var e381_ 1.5448612782475093
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e384_ -1.5448612782475093
 relu_1_14_1_on_binary_indicator_var e385_ 3.0897225564950186
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e387_ 1.5448612782475093
 relu_1_14_1_off_binary_indicator_var e388_ 1.5448612782475093
 relu_1_14_2_on_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_on_binary_indicator_var e391_ -1.5448612782475093
 relu_1_14_2_on_binary_indicator_var e392_ 3.0897225564950186
 relu_1_14_2_off_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_off_binary_indicator_var e394_ 1.5448612782475093
 relu_1_14_2_off_binary_indicator_var e395_ 1.5448612782475093
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e398_ -1.540939547929411
 relu_1_15_0_on_binary_indicator_var e399_ 3.081879095858822
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e401_ 1.540939547929411
 relu_1_15_0_off_binary_indicator_var e402_ 1.540939547929411
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e405_ -1.540939547929411
 relu_1_15_1_on_binary_indicator_var e406_ 3.081879095858822
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e408_ 1.540939547929411
 relu_1_15_1_off_binary_indicator_var e409_ 1.540939547929411
 relu_1_15_2_on_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_on_binary_indicator_var e412_ -1.540939547929411
 relu_1_15_2_on_binary_indicator_var e413_ 3.081879095858822
 relu_1_15_2_off_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_off_binary_indicator_var e415_ 1.540939547929411
 relu_1_15_2_off_binary_indicator_var e416_ 1.540939547929411
 relu_1_16_0_on_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_on_binary_indicator_var e419_ -2.326233516942825
 relu_1_16_0_on_binary_indicator_var e420_ 4.65246703388565
 relu_1_16_0_off_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_off_binary_indicator_var e422_ 2.326233516942825
 relu_1_16_0_off_binary_indicator_var e423_ 2.326233516942825
 relu_1_16_1_on_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_on_binary_indicator_var e426_ -2.326233516942825
 relu_1_16_1_on_binary_indicator_var e427_ 4.65246703388565
 relu_1_16_1_off_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_off_binary_indicator_var e429_ 2.326233516942825
 relu_1_16_1_off_binary_indicator_var e430_ 2.326233516942825
 relu_1_16_2_on_binary_indicator_var relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_2_on_binary_indicator_var e433_ -2.326233516942825
 relu_1_16_2_on_binary_indicator_var e434_ 4.65246703388565
 relu_1_16_2_off_binary_indicator_var relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_2_off_binary_indicator_var e436_ 2.326233516942825
 relu_1_16_2_off_binary_indicator_var e437_ 2.326233516942825
 relu_1_17_0_on_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_on_binary_indicator_var e440_ -2.0783436022073154
 relu_1_17_0_on_binary_indicator_var e441_ 4.156687204414631
 relu_1_17_0_off_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_off_binary_indicator_var e443_ 2.0783436022073154
 relu_1_17_0_off_binary_indicator_var e444_ 2.0783436022073154
 relu_1_17_1_on_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_on_binary_indicator_var e447_ -2.0783436022073154
 relu_1_17_1_on_binary_indicator_var e448_ 4.156687204414631
 relu_1_17_1_off_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_off_binary_indicator_var e450_ 2.0783436022073154
 relu_1_17_1_off_binary_indicator_var e451_ 2.0783436022073154
 relu_1_17_2_on_binary_indicator_var relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_2_on_binary_indicator_var e454_ -2.0783436022073154
 relu_1_17_2_on_binary_indicator_var e455_ 4.156687204414631
 relu_1_17_2_off_binary_indicator_var relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_2_off_binary_indicator_var e457_ 2.0783436022073154
 relu_1_17_2_off_binary_indicator_var e458_ 2.0783436022073154
 relu_1_18_0_on_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_on_binary_indicator_var e461_ -2.2394849102841623
 relu_1_18_0_on_binary_indicator_var e462_ 4.478969820568325
 relu_1_18_0_off_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_off_binary_indicator_var e464_ 2.2394849102841623
 relu_1_18_0_off_binary_indicator_var e465_ 2.2394849102841623
 relu_1_18_1_on_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_on_binary_indicator_var e468_ -2.2394849102841623
 relu_1_18_1_on_binary_indicator_var e469_ 4.478969820568325
 relu_1_18_1_off_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_off_binary_indicator_var e471_ 2.2394849102841623
 relu_1_18_1_off_binary_indicator_var e472_ 2.2394849102841623
 relu_1_18_2_on_binary_indicator_var relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_2_on_binary_indicator_var e475_ -2.2394849102841623
 relu_1_18_2_on_binary_indicator_var e476_ 4.478969820568325
 relu_1_18_2_off_binary_indicator_var relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_2_off_binary_indicator_var e478_ 2.2394849102841623
 relu_1_18_2_off_binary_indicator_var e479_ 2.2394849102841623
 relu_1_19_0_on_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_on_binary_indicator_var e482_ -2.2742295756355033
 relu_1_19_0_on_binary_indicator_var e483_ 4.548459151271007
 relu_1_19_0_off_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_off_binary_indicator_var e485_ 2.2742295756355033
 relu_1_19_0_off_binary_indicator_var e486_ 2.2742295756355033
 relu_1_19_1_on_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_on_binary_indicator_var e489_ -2.2742295756355033
 relu_1_19_1_on_binary_indicator_var e490_ 4.548459151271007
 relu_1_19_1_off_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_off_binary_indicator_var e492_ 2.2742295756355033
 relu_1_19_1_off_binary_indicator_var e493_ 2.2742295756355033
 relu_1_19_2_on_binary_indicator_var relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_2_on_binary_indicator_var e496_ -2.2742295756355033
 relu_1_19_2_on_binary_indicator_var e497_ 4.548459151271007
 relu_1_19_2_off_binary_indicator_var relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_2_off_binary_indicator_var e499_ 2.2742295756355033
 relu_1_19_2_off_binary_indicator_var e500_ 2.2742295756355033
 M273 'MARKER' 'INTEND'
RHS
 rhs obj -28.171397915181668
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e83_ -2.3921397422489594
 rhs e84_ 4.784279484497919
 rhs e86_ 2.3921397422489594
 rhs e87_ 2.3921397422489594
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e90_ -2.3921397422489594
 rhs e91_ 4.784279484497919
 rhs e93_ 2.3921397422489594
 rhs e94_ 2.3921397422489594
 rhs relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e97_ -2.3921397422489594
 rhs e98_ 4.784279484497919
 rhs e100_ 2.3921397422489594
 rhs e101_ 2.3921397422489594
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e104_ -2.3750466034946554
 rhs e105_ 4.750093206989311
 rhs e107_ 2.3750466034946554
 rhs e108_ 2.3750466034946554
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e111_ -2.3750466034946554
 rhs e112_ 4.750093206989311
 rhs e114_ 2.3750466034946554
 rhs e115_ 2.3750466034946554
 rhs relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e118_ -2.3750466034946554
 rhs e119_ 4.750093206989311
 rhs e121_ 2.3750466034946554
 rhs e122_ 2.3750466034946554
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e125_ -1.4834986594234139
 rhs e126_ 2.9669973188468277
 rhs e128_ 1.4834986594234139
 rhs e129_ 1.4834986594234139
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e132_ -1.4834986594234139
 rhs e133_ 2.9669973188468277
 rhs e135_ 1.4834986594234139
 rhs e136_ 1.4834986594234139
 rhs relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e139_ -1.4834986594234139
 rhs e140_ 2.9669973188468277
 rhs e142_ 1.4834986594234139
 rhs e143_ 1.4834986594234139
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e146_ -2.097986215313757
 rhs e147_ 4.195972430627514
 rhs e149_ 2.097986215313757
 rhs e150_ 2.097986215313757
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e153_ -2.097986215313757
 rhs e154_ 4.195972430627514
 rhs e156_ 2.097986215313757
 rhs e157_ 2.097986215313757
 rhs relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e160_ -2.097986215313757
 rhs e161_ 4.195972430627514
 rhs e163_ 2.097986215313757
 rhs e164_ 2.097986215313757
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e167_ -2.0926822763881328
 rhs e168_ 4.1853645527762655
 rhs e170_ 2.0926822763881328
 rhs e171_ 2.0926822763881328
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e174_ -2.0926822763881328
 rhs e175_ 4.1853645527762655
 rhs e177_ 2.0926822763881328
 rhs e178_ 2.0926822763881328
 rhs relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e181_ -2.0926822763881328
 rhs e182_ 4.1853645527762655
 rhs e184_ 2.0926822763881328
 rhs e185_ 2.0926822763881328
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e188_ -1.5251492461110079
 rhs e189_ 3.0502984922220158
 rhs e191_ 1.5251492461110079
 rhs e192_ 1.5251492461110079
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e195_ -1.5251492461110079
 rhs e196_ 3.0502984922220158
 rhs e198_ 1.5251492461110079
 rhs e199_ 1.5251492461110079
 rhs relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e202_ -1.5251492461110079
 rhs e203_ 3.0502984922220158
 rhs e205_ 1.5251492461110079
 rhs e206_ 1.5251492461110079
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e209_ -2.2270647630546554
 rhs e210_ 4.454129526109311
 rhs e212_ 2.2270647630546554
 rhs e213_ 2.2270647630546554
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e216_ -2.2270647630546554
 rhs e217_ 4.454129526109311
 rhs e219_ 2.2270647630546554
 rhs e220_ 2.2270647630546554
 rhs relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e223_ -2.2270647630546554
 rhs e224_ 4.454129526109311
 rhs e226_ 2.2270647630546554
 rhs e227_ 2.2270647630546554
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e230_ -2.3327546465138496
 rhs e231_ 4.665509293027699
 rhs e233_ 2.3327546465138496
 rhs e234_ 2.3327546465138496
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e237_ -2.3327546465138496
 rhs e238_ 4.665509293027699
 rhs e240_ 2.3327546465138496
 rhs e241_ 2.3327546465138496
 rhs relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e244_ -2.3327546465138496
 rhs e245_ 4.665509293027699
 rhs e247_ 2.3327546465138496
 rhs e248_ 2.3327546465138496
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e251_ -1.6778120136775128
 rhs e252_ 3.3556240273550255
 rhs e254_ 1.6778120136775128
 rhs e255_ 1.6778120136775128
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e258_ -1.6778120136775128
 rhs e259_ 3.3556240273550255
 rhs e261_ 1.6778120136775128
 rhs e262_ 1.6778120136775128
 rhs relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e265_ -1.6778120136775128
 rhs e266_ 3.3556240273550255
 rhs e268_ 1.6778120136775128
 rhs e269_ 1.6778120136775128
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e272_ -1.95196414199697
 rhs e273_ 3.90392828399394
 rhs e275_ 1.95196414199697
 rhs e276_ 1.95196414199697
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e279_ -1.95196414199697
 rhs e280_ 3.90392828399394
 rhs e282_ 1.95196414199697
 rhs e283_ 1.95196414199697
 rhs relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e286_ -1.95196414199697
 rhs e287_ 3.90392828399394
 rhs e289_ 1.95196414199697
 rhs e290_ 1.95196414199697
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e293_ -1.4936853253396152
 rhs e294_ 2.9873706506792304
 rhs e296_ 1.4936853253396152
 rhs e297_ 1.4936853253396152
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e300_ -1.4936853253396152
 rhs e301_ 2.9873706506792304
 rhs e303_ 1.4936853253396152
 rhs e304_ 1.4936853253396152
 rhs relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e307_ -1.4936853253396152
 rhs e308_ 2.9873706506792304
 rhs e310_ 1.4936853253396152
 rhs e311_ 1.4936853253396152
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e314_ -1.4078455312185105
 rhs e315_ 2.815691062437021
 rhs e317_ 1.4078455312185105
 rhs e318_ 1.4078455312185105
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e321_ -1.4078455312185105
 rhs e322_ 2.815691062437021
 rhs e324_ 1.4078455312185105
 rhs e325_ 1.4078455312185105
 rhs relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e328_ -1.4078455312185105
 rhs e329_ 2.815691062437021
 rhs e331_ 1.4078455312185105
 rhs e332_ 1.4078455312185105
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e335_ -2.6470627006105
 rhs e336_ 5.294125401221
 rhs e338_ 2.6470627006105
 rhs e339_ 2.6470627006105
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e342_ -2.6470627006105
 rhs e343_ 5.294125401221
 rhs e345_ 2.6470627006105
 rhs e346_ 2.6470627006105
 rhs relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e349_ -2.6470627006105
 rhs e350_ 5.294125401221
 rhs e352_ 2.6470627006105
 rhs e353_ 2.6470627006105
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e356_ -1.4274692680413814
 rhs e357_ 2.854938536082763
 rhs e359_ 1.4274692680413814
 rhs e360_ 1.4274692680413814
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e363_ -1.4274692680413814
 rhs e364_ 2.854938536082763
 rhs e366_ 1.4274692680413814
 rhs e367_ 1.4274692680413814
 rhs relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e370_ -1.4274692680413814
 rhs e371_ 2.854938536082763
 rhs e373_ 1.4274692680413814
 rhs e374_ 1.4274692680413814
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e377_ -1.5448612782475093
 rhs e378_ 3.0897225564950186
 rhs e380_ 1.5448612782475093
 rhs e381_ 1.5448612782475093
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e384_ -1.5448612782475093
 rhs e385_ 3.0897225564950186
 rhs e387_ 1.5448612782475093
 rhs e388_ 1.5448612782475093
 rhs relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e391_ -1.5448612782475093
 rhs e392_ 3.0897225564950186
 rhs e394_ 1.5448612782475093
 rhs e395_ 1.5448612782475093
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e398_ -1.540939547929411
 rhs e399_ 3.081879095858822
 rhs e401_ 1.540939547929411
 rhs e402_ 1.540939547929411
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e405_ -1.540939547929411
 rhs e406_ 3.081879095858822
 rhs e408_ 1.540939547929411
 rhs e409_ 1.540939547929411
 rhs relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e412_ -1.540939547929411
 rhs e413_ 3.081879095858822
 rhs e415_ 1.540939547929411
 rhs e416_ 1.540939547929411
 rhs relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e419_ -2.326233516942825
 rhs e420_ 4.65246703388565
 rhs e422_ 2.326233516942825
 rhs e423_ 2.326233516942825
 rhs relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e426_ -2.326233516942825
 rhs e427_ 4.65246703388565
 rhs e429_ 2.326233516942825
 rhs e430_ 2.326233516942825
 rhs relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e433_ -2.326233516942825
 rhs e434_ 4.65246703388565
 rhs e436_ 2.326233516942825
 rhs e437_ 2.326233516942825
 rhs relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e440_ -2.0783436022073154
 rhs e441_ 4.156687204414631
 rhs e443_ 2.0783436022073154
 rhs e444_ 2.0783436022073154
 rhs relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e447_ -2.0783436022073154
 rhs e448_ 4.156687204414631
 rhs e450_ 2.0783436022073154
 rhs e451_ 2.0783436022073154
 rhs relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e454_ -2.0783436022073154
 rhs e455_ 4.156687204414631
 rhs e457_ 2.0783436022073154
 rhs e458_ 2.0783436022073154
 rhs relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e461_ -2.2394849102841623
 rhs e462_ 4.478969820568325
 rhs e464_ 2.2394849102841623
 rhs e465_ 2.2394849102841623
 rhs relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e468_ -2.2394849102841623
 rhs e469_ 4.478969820568325
 rhs e471_ 2.2394849102841623
 rhs e472_ 2.2394849102841623
 rhs relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e475_ -2.2394849102841623
 rhs e476_ 4.478969820568325
 rhs e478_ 2.2394849102841623
 rhs e479_ 2.2394849102841623
 rhs relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e482_ -2.2742295756355033
 rhs e483_ 4.548459151271007
 rhs e485_ 2.2742295756355033
 rhs e486_ 2.2742295756355033
 rhs relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e489_ -2.2742295756355033
 rhs e490_ 4.548459151271007
 rhs e492_ 2.2742295756355033
 rhs e493_ 2.2742295756355033
 rhs relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e496_ -2.2742295756355033
 rhs e497_ 4.548459151271007
 rhs e499_ 2.2742295756355033
 rhs e500_ 2.2742295756355033
BOUNDS
 LO bnd w_1_0_0 -1
 UP bnd w_1_0_0 1
 LO bnd w_1_0_1 -1
 UP bnd w_1_0_1 1
 LO bnd w_1_1_0 -1
 UP bnd w_1_1_0 1
 LO bnd w_1_1_1 -1
 UP bnd w_1_1_1 1
 LO bnd w_1_2_0 -1
 UP bnd w_1_2_0 1
 LO bnd w_1_2_1 -1
 UP bnd w_1_2_1 1
 LO bnd w_2_0_0 -1
 UP bnd w_2_0_0 1
 LO bnd w_2_0_1 -1
 UP bnd w_2_0_1 1
 LO bnd w_2_0_2 -1
 UP bnd w_2_0_2 1
 LO bnd b_1_0 -1
 UP bnd b_1_0 1
 LO bnd b_1_1 -1
 UP bnd b_1_1 1
 LO bnd b_1_2 -1
 UP bnd b_1_2 1
 LO bnd b_2_0 -1
 UP bnd b_2_0 1
 LO bnd pre_1_0_0 -2.3921397422489594
 UP bnd pre_1_0_0 2.3921397422489594
 LO bnd pre_1_0_1 -2.3921397422489594
 UP bnd pre_1_0_1 2.3921397422489594
 LO bnd pre_1_0_2 -2.3921397422489594
 UP bnd pre_1_0_2 2.3921397422489594
 LO bnd pre_1_1_0 -2.3750466034946554
 UP bnd pre_1_1_0 2.3750466034946554
 LO bnd pre_1_1_1 -2.3750466034946554
 UP bnd pre_1_1_1 2.3750466034946554
 LO bnd pre_1_1_2 -2.3750466034946554
 UP bnd pre_1_1_2 2.3750466034946554
 LO bnd pre_1_2_0 -1.4834986594234139
 UP bnd pre_1_2_0 1.4834986594234139
 LO bnd pre_1_2_1 -1.4834986594234139
 UP bnd pre_1_2_1 1.4834986594234139
 LO bnd pre_1_2_2 -1.4834986594234139
 UP bnd pre_1_2_2 1.4834986594234139
 LO bnd pre_1_3_0 -2.097986215313757
 UP bnd pre_1_3_0 2.097986215313757
 LO bnd pre_1_3_1 -2.097986215313757
 UP bnd pre_1_3_1 2.097986215313757
 LO bnd pre_1_3_2 -2.097986215313757
 UP bnd pre_1_3_2 2.097986215313757
 LO bnd pre_1_4_0 -2.0926822763881328
 UP bnd pre_1_4_0 2.0926822763881328
 LO bnd pre_1_4_1 -2.0926822763881328
 UP bnd pre_1_4_1 2.0926822763881328
 LO bnd pre_1_4_2 -2.0926822763881328
 UP bnd pre_1_4_2 2.0926822763881328
 LO bnd pre_1_5_0 -1.5251492461110079
 UP bnd pre_1_5_0 1.5251492461110079
 LO bnd pre_1_5_1 -1.5251492461110079
 UP bnd pre_1_5_1 1.5251492461110079
 LO bnd pre_1_5_2 -1.5251492461110079
 UP bnd pre_1_5_2 1.5251492461110079
 LO bnd pre_1_6_0 -2.2270647630546554
 UP bnd pre_1_6_0 2.2270647630546554
 LO bnd pre_1_6_1 -2.2270647630546554
 UP bnd pre_1_6_1 2.2270647630546554
 LO bnd pre_1_6_2 -2.2270647630546554
 UP bnd pre_1_6_2 2.2270647630546554
 LO bnd pre_1_7_0 -2.3327546465138496
 UP bnd pre_1_7_0 2.3327546465138496
 LO bnd pre_1_7_1 -2.3327546465138496
 UP bnd pre_1_7_1 2.3327546465138496
 LO bnd pre_1_7_2 -2.3327546465138496
 UP bnd pre_1_7_2 2.3327546465138496
 LO bnd pre_1_8_0 -1.6778120136775128
 UP bnd pre_1_8_0 1.6778120136775128
 LO bnd pre_1_8_1 -1.6778120136775128
 UP bnd pre_1_8_1 1.6778120136775128
 LO bnd pre_1_8_2 -1.6778120136775128
 UP bnd pre_1_8_2 1.6778120136775128
 LO bnd pre_1_9_0 -1.95196414199697
 UP bnd pre_1_9_0 1.95196414199697
 LO bnd pre_1_9_1 -1.95196414199697
 UP bnd pre_1_9_1 1.95196414199697
 LO bnd pre_1_9_2 -1.95196414199697
 UP bnd pre_1_9_2 1.95196414199697
 LO bnd pre_1_10_0 -1.4936853253396152
 UP bnd pre_1_10_0 1.4936853253396152
 LO bnd pre_1_10_1 -1.4936853253396152
 UP bnd pre_1_10_1 1.4936853253396152
 LO bnd pre_1_10_2 -1.4936853253396152
 UP bnd pre_1_10_2 1.4936853253396152
 LO bnd pre_1_11_0 -1.4078455312185105
 UP bnd pre_1_11_0 1.4078455312185105
 LO bnd pre_1_11_1 -1.4078455312185105
 UP bnd pre_1_11_1 1.4078455312185105
 LO bnd pre_1_11_2 -1.4078455312185105
 UP bnd pre_1_11_2 1.4078455312185105
 LO bnd pre_1_12_0 -2.6470627006105
 UP bnd pre_1_12_0 2.6470627006105
 LO bnd pre_1_12_1 -2.6470627006105
 UP bnd pre_1_12_1 2.6470627006105
 LO bnd pre_1_12_2 -2.6470627006105
 UP bnd pre_1_12_2 2.6470627006105
 LO bnd pre_1_13_0 -1.4274692680413814
 UP bnd pre_1_13_0 1.4274692680413814
 LO bnd pre_1_13_1 -1.4274692680413814
 UP bnd pre_1_13_1 1.4274692680413814
 LO bnd pre_1_13_2 -1.4274692680413814
 UP bnd pre_1_13_2 1.4274692680413814
 LO bnd pre_1_14_0 -1.5448612782475093
 UP bnd pre_1_14_0 1.5448612782475093
 LO bnd pre_1_14_1 -1.5448612782475093
 UP bnd pre_1_14_1 1.5448612782475093
 LO bnd pre_1_14_2 -1.5448612782475093
 UP bnd pre_1_14_2 1.5448612782475093
 LO bnd pre_1_15_0 -1.540939547929411
 UP bnd pre_1_15_0 1.540939547929411
 LO bnd pre_1_15_1 -1.540939547929411
 UP bnd pre_1_15_1 1.540939547929411
 LO bnd pre_1_15_2 -1.540939547929411
 UP bnd pre_1_15_2 1.540939547929411
 LO bnd pre_1_16_0 -2.326233516942825
 UP bnd pre_1_16_0 2.326233516942825
 LO bnd pre_1_16_1 -2.326233516942825
 UP bnd pre_1_16_1 2.326233516942825
 LO bnd pre_1_16_2 -2.326233516942825
 UP bnd pre_1_16_2 2.326233516942825
 LO bnd pre_1_17_0 -2.0783436022073154
 UP bnd pre_1_17_0 2.0783436022073154
 LO bnd pre_1_17_1 -2.0783436022073154
 UP bnd pre_1_17_1 2.0783436022073154
 LO bnd pre_1_17_2 -2.0783436022073154
 UP bnd pre_1_17_2 2.0783436022073154
 LO bnd pre_1_18_0 -2.2394849102841623
 UP bnd pre_1_18_0 2.2394849102841623
 LO bnd pre_1_18_1 -2.2394849102841623
 UP bnd pre_1_18_1 2.2394849102841623
 LO bnd pre_1_18_2 -2.2394849102841623
 UP bnd pre_1_18_2 2.2394849102841623
 LO bnd pre_1_19_0 -2.2742295756355033
 UP bnd pre_1_19_0 2.2742295756355033
 LO bnd pre_1_19_1 -2.2742295756355033
 UP bnd pre_1_19_1 2.2742295756355033
 LO bnd pre_1_19_2 -2.2742295756355033
 UP bnd pre_1_19_2 2.2742295756355033
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 2.3921397422489594
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 2.3921397422489594
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 2.3921397422489594
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 2.3750466034946554
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 2.3750466034946554
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 2.3750466034946554
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 1.4834986594234139
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 1.4834986594234139
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 1.4834986594234139
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 2.097986215313757
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 2.097986215313757
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 2.097986215313757
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 2.0926822763881328
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 2.0926822763881328
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 2.0926822763881328
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 1.5251492461110079
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 1.5251492461110079
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 1.5251492461110079
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 2.2270647630546554
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 2.2270647630546554
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 2.2270647630546554
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 2.3327546465138496
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 2.3327546465138496
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 2.3327546465138496
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 1.6778120136775128
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 1.6778120136775128
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 1.6778120136775128
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 1.95196414199697
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 1.95196414199697
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 1.95196414199697
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 1.4936853253396152
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 1.4936853253396152
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 1.4936853253396152
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 1.4078455312185105
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 1.4078455312185105
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 1.4078455312185105
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 2.6470627006105
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 2.6470627006105
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 2.6470627006105
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 1.4274692680413814
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 1.4274692680413814
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 1.4274692680413814
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 1.5448612782475093
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 1.5448612782475093
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 1.5448612782475093
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 1.540939547929411
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 1.540939547929411
 LO bnd post_1_15_2 0
 UP bnd post_1_15_2 1.540939547929411
 LO bnd post_1_16_0 0
 UP bnd post_1_16_0 2.326233516942825
 LO bnd post_1_16_1 0
 UP bnd post_1_16_1 2.326233516942825
 LO bnd post_1_16_2 0
 UP bnd post_1_16_2 2.326233516942825
 LO bnd post_1_17_0 0
 UP bnd post_1_17_0 2.0783436022073154
 LO bnd post_1_17_1 0
 UP bnd post_1_17_1 2.0783436022073154
 LO bnd post_1_17_2 0
 UP bnd post_1_17_2 2.0783436022073154
 LO bnd post_1_18_0 0
 UP bnd post_1_18_0 2.2394849102841623
 LO bnd post_1_18_1 0
 UP bnd post_1_18_1 2.2394849102841623
 LO bnd post_1_18_2 0
 UP bnd post_1_18_2 2.2394849102841623
 LO bnd post_1_19_0 0
 UP bnd post_1_19_0 2.2742295756355033
 LO bnd post_1_19_1 0
 UP bnd post_1_19_1 2.2742295756355033
 LO bnd post_1_19_2 0
 UP bnd post_1_19_2 2.2742295756355033
 LO bnd out_0_0 -8.176419226746878
 UP bnd out_0_0 8.176419226746878
 LO bnd out_1_0 -8.125139810483965
 UP bnd out_1_0 8.125139810483965
 LO bnd out_2_0 -5.450495978270242
 UP bnd out_2_0 5.450495978270242
 LO bnd out_3_0 -7.293958645941272
 UP bnd out_3_0 7.293958645941272
 LO bnd out_4_0 -7.278046829164398
 UP bnd out_4_0 7.278046829164398
 LO bnd out_5_0 -5.575447738333024
 UP bnd out_5_0 5.575447738333024
 LO bnd out_6_0 -7.681194289163966
 UP bnd out_6_0 7.681194289163966
 LO bnd out_7_0 -7.998263939541548
 UP bnd out_7_0 7.998263939541548
 LO bnd out_8_0 -6.033436041032538
 UP bnd out_8_0 6.033436041032538
 LO bnd out_9_0 -6.85589242599091
 UP bnd out_9_0 6.85589242599091
 LO bnd out_10_0 -5.481055976018846
 UP bnd out_10_0 5.481055976018846
 LO bnd out_11_0 -5.223536593655531
 UP bnd out_11_0 5.223536593655531
 LO bnd out_12_0 -8.9411881018315
 UP bnd out_12_0 8.9411881018315
 LO bnd out_13_0 -5.282407804124144
 UP bnd out_13_0 5.282407804124144
 LO bnd out_14_0 -5.634583834742528
 UP bnd out_14_0 5.634583834742528
 LO bnd out_15_0 -5.622818643788233
 UP bnd out_15_0 5.622818643788233
 LO bnd out_16_0 -7.978700550828476
 UP bnd out_16_0 7.978700550828476
 LO bnd out_17_0 -7.235030806621946
 UP bnd out_17_0 7.235030806621946
 LO bnd out_18_0 -7.718454730852487
 UP bnd out_18_0 7.718454730852487
 LO bnd out_19_0 -7.8226887269065095
 UP bnd out_19_0 7.8226887269065095
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
 BV bnd relu_1_16_0_on_binary_indicator_var
 BV bnd relu_1_16_0_off_binary_indicator_var
 BV bnd relu_1_16_1_on_binary_indicator_var
 BV bnd relu_1_16_1_off_binary_indicator_var
 BV bnd relu_1_16_2_on_binary_indicator_var
 BV bnd relu_1_16_2_off_binary_indicator_var
 BV bnd relu_1_17_0_on_binary_indicator_var
 BV bnd relu_1_17_0_off_binary_indicator_var
 BV bnd relu_1_17_1_on_binary_indicator_var
 BV bnd relu_1_17_1_off_binary_indicator_var
 BV bnd relu_1_17_2_on_binary_indicator_var
 BV bnd relu_1_17_2_off_binary_indicator_var
 BV bnd relu_1_18_0_on_binary_indicator_var
 BV bnd relu_1_18_0_off_binary_indicator_var
 BV bnd relu_1_18_1_on_binary_indicator_var
 BV bnd relu_1_18_1_off_binary_indicator_var
 BV bnd relu_1_18_2_on_binary_indicator_var
 BV bnd relu_1_18_2_off_binary_indicator_var
 BV bnd relu_1_19_0_on_binary_indicator_var
 BV bnd relu_1_19_0_off_binary_indicator_var
 BV bnd relu_1_19_1_on_binary_indicator_var
 BV bnd relu_1_19_1_off_binary_indicator_var
 BV bnd relu_1_19_2_on_binary_indicator_var
 BV bnd relu_1_19_2_off_binary_indicator_var
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
QCMATRIX out_definition_16_0
 w_2_0_0 post_1_16_0 -0.5
 post_1_16_0 w_2_0_0 -0.5
 w_2_0_1 post_1_16_1 -0.5
 post_1_16_1 w_2_0_1 -0.5
 w_2_0_2 post_1_16_2 -0.5
 post_1_16_2 w_2_0_2 -0.5
QCMATRIX out_definition_17_0
 w_2_0_0 post_1_17_0 -0.5
 post_1_17_0 w_2_0_0 -0.5
 w_2_0_1 post_1_17_1 -0.5
 post_1_17_1 w_2_0_1 -0.5
 w_2_0_2 post_1_17_2 -0.5
 post_1_17_2 w_2_0_2 -0.5
QCMATRIX out_definition_18_0
 w_2_0_0 post_1_18_0 -0.5
 post_1_18_0 w_2_0_0 -0.5
 w_2_0_1 post_1_18_1 -0.5
 post_1_18_1 w_2_0_1 -0.5
 w_2_0_2 post_1_18_2 -0.5
 post_1_18_2 w_2_0_2 -0.5
QCMATRIX out_definition_19_0
 w_2_0_0 post_1_19_0 -0.5
 post_1_19_0 w_2_0_0 -0.5
 w_2_0_1 post_1_19_1 -0.5
 post_1_19_1 w_2_0_1 -0.5
 w_2_0_2 post_1_19_2 -0.5
 post_1_19_2 w_2_0_2 -0.5
ENDATA
