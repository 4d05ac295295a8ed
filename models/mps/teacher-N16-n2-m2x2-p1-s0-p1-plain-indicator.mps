* teacher-N16-n2-m2x2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N16-n2-m2x2-p1-s0, problem 1, plain-indicator; {"hidden": [2, 2], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m2x2-p1-s0-p1-plain-indicator
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
 E pre_definition_2_0_0
 E pre_definition_2_0_1
 E pre_definition_2_1_0
 E pre_definition_2_1_1
 E pre_definition_2_2_0
 E pre_definition_2_2_1
 E pre_definition_2_3_0
 E pre_definition_2_3_1
 E pre_definition_2_4_0
 E pre_definition_2_4_1
 E pre_definition_2_5_0
 E pre_definition_2_5_1
 E pre_definition_2_6_0
 E pre_definition_2_6_1
 E pre_definition_2_7_0
 E pre_definition_2_7_1
 E pre_definition_2_8_0
 E pre_definition_2_8_1
 E pre_definition_2_9_0
 E pre_definition_2_9_1
 E pre_definition_2_10_0
 E pre_definition_2_10_1
 E pre_definition_2_11_0
 E pre_definition_2_11_1
 E pre_definition_2_12_0
 E pre_definition_2_12_1
 E pre_definition_2_13_0
 E pre_definition_2_13_1
 E pre_definition_2_14_0
 E pre_definition_2_14_1
 E pre_definition_2_15_0
 E pre_definition_2_15_1
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
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e97_
 L e98_
 G e99_
 L e100_
 L e101_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e104_
 L e105_
 G e106_
 L e107_
 L e108_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e111_
 L e112_
 G e113_
 L e114_
 L e115_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e118_
 L e119_
 G e120_
 L e121_
 L e122_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e125_
 L e126_
 G e127_
 L e128_
 L e129_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e132_
 L e133_
 G e134_
 L e135_
 L e136_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e139_
 L e140_
 G e141_
 L e142_
 L e143_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e146_
 L e147_
 G e148_
 L e149_
 L e150_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e153_
 L e154_
 G e155_
 L e156_
 L e157_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e160_
 L e161_
 G e162_
 L e163_
 L e164_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e167_
 L e168_
 G e169_
 L e170_
 L e171_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e174_
 L e175_
 G e176_
 L e177_
 L e178_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e181_
 L e182_
 G e183_
 L e184_
 L e185_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e188_
 L e189_
 G e190_
 L e191_
 L e192_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e195_
 L e196_
 G e197_
 L e198_
 L e199_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e202_
 L e203_
 G e204_
 L e205_
 L e206_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e209_
 L e210_
 G e211_
 L e212_
 L e213_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e216_
 L e217_
 G e218_
 L e219_
 L e220_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e223_
 L e224_
 G e225_
 L e226_
 L e227_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e230_
 L e231_
 G e232_
 L e233_
 L e234_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e237_
 L e238_
 G e239_
 L e240_
 L e241_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e244_
 L e245_
 G e246_
 L e247_
 L e248_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e251_
 L e252_
 G e253_
 L e254_
 L e255_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e258_
 L e259_
 G e260_
 L e261_
 L e262_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e265_
 L e266_
 G e267_
 L e268_
 L e269_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e272_
 L e273_
 G e274_
 L e275_
 L e276_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e279_
 L e280_
 G e281_
 L e282_
 L e283_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e286_
 L e287_
 G e288_
 L e289_
 L e290_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e293_
 L e294_
 G e295_
 L e296_
 L e297_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e300_
 L e301_
 G e302_
 L e303_
 L e304_
 L relu_2_0_0_above_pre
 E relu_2_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e307_
 L e308_
 G e309_
 L e310_
 L e311_
 L relu_2_0_1_above_pre
 E relu_2_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e314_
 L e315_
 G e316_
 L e317_
 L e318_
 L relu_2_1_0_above_pre
 E relu_2_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e321_
 L e322_
 G e323_
 L e324_
 L e325_
 L relu_2_1_1_above_pre
 E relu_2_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e328_
 L e329_
 G e330_
 L e331_
 L e332_
 L relu_2_2_0_above_pre
 E relu_2_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e335_
 L e336_
 G e337_
 L e338_
 L e339_
 L relu_2_2_1_above_pre
 E relu_2_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e342_
 L e343_
 G e344_
 L e345_
 L e346_
 L relu_2_3_0_above_pre
 E relu_2_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e349_
 L e350_
 G e351_
 L e352_
 L e353_
 L relu_2_3_1_above_pre
 E relu_2_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e356_
 L e357_
 G e358_
 L e359_
 L e360_
 L relu_2_4_0_above_pre
 E relu_2_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e363_
 L e364_
 G e365_
 L e366_
 L e367_
 L relu_2_4_1_above_pre
 E relu_2_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e370_
 L e371_
 G e372_
 L e373_
 L e374_
 L relu_2_5_0_above_pre
 E relu_2_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e377_
 L e378_
 G e379_
 L e380_
 L e381_
 L relu_2_5_1_above_pre
 E relu_2_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e384_
 L e385_
 G e386_
 L e387_
 L e388_
 L relu_2_6_0_above_pre
 E relu_2_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e391_
 L e392_
 G e393_
 L e394_
 L e395_
 L relu_2_6_1_above_pre
 E relu_2_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e398_
 L e399_
 G e400_
 L e401_
 L e402_
 L relu_2_7_0_above_pre
 E relu_2_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e405_
 L e406_
 G e407_
 L e408_
 L e409_
 L relu_2_7_1_above_pre
 E relu_2_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e412_
 L e413_
 G e414_
 L e415_
 L e416_
 L relu_2_8_0_above_pre
 E relu_2_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e419_
 L e420_
 G e421_
 L e422_
 L e423_
 L relu_2_8_1_above_pre
 E relu_2_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e426_
 L e427_
 G e428_
 L e429_
 L e430_
 L relu_2_9_0_above_pre
 E relu_2_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e433_
 L e434_
 G e435_
 L e436_
 L e437_
 L relu_2_9_1_above_pre
 E relu_2_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e440_
 L e441_
 G e442_
 L e443_
 L e444_
 L relu_2_10_0_above_pre
 E relu_2_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e447_
 L e448_
 G e449_
 L e450_
 L e451_
 L relu_2_10_1_above_pre
 E relu_2_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e454_
 L e455_
 G e456_
 L e457_
 L e458_
 L relu_2_11_0_above_pre
 E relu_2_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e461_
 L e462_
 G e463_
 L e464_
 L e465_
 L relu_2_11_1_above_pre
 E relu_2_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e468_
 L e469_
 G e470_
 L e471_
 L e472_
 L relu_2_12_0_above_pre
 E relu_2_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e475_
 L e476_
 G e477_
 L e478_
 L e479_
 L relu_2_12_1_above_pre
 E relu_2_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e482_
 L e483_
 G e484_
 L e485_
 L e486_
 L relu_2_13_0_above_pre
 E relu_2_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e489_
 L e490_
 G e491_
 L e492_
 L e493_
 L relu_2_13_1_above_pre
 E relu_2_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e496_
 L e497_
 G e498_
 L e499_
 L e500_
 L relu_2_14_0_above_pre
 E relu_2_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e503_
 L e504_
 G e505_
 L e506_
 L e507_
 L relu_2_14_1_above_pre
 E relu_2_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e510_
 L e511_
 G e512_
 L e513_
 L e514_
 L relu_2_15_0_above_pre
 E relu_2_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e517_
 L e518_
 G e519_
 L e520_
 L e521_
 L relu_2_15_1_above_pre
 E relu_2_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e524_
 L e525_
 G e526_
 L e527_
 L e528_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 0.648688758794882
 w_1_0_0 pre_definition_1_1_0 -0.08292244049818343
 w_1_0_0 pre_definition_1_2_0 0.1546255576046831
 w_1_0_0 pre_definition_1_3_0 0.7514334470008721
 w_1_0_0 pre_definition_1_4_0 -0.2943790231485002
 w_1_0_0 pre_definition_1_5_0 0.23264489147623313
 w_1_0_0 pre_definition_1_6_0 -0.9616706775524602
 w_1_0_0 pre_definition_1_7_0 -0.3009185525356326
 w_1_0_0 pre_definition_1_8_0 0.22215715204179243
 w_1_0_0 pre_definition_1_9_0 -0.4429766803881634
 w_1_0_0 pre_definition_1_10_0 0.3795162488820887
 w_1_0_0 pre_definition_1_11_0 -0.7789756686980005
 w_1_0_0 pre_definition_1_12_0 0.28440960658185954
 w_1_0_0 pre_definition_1_13_0 0.3562612178481157
 w_1_0_0 pre_definition_1_14_0 0.3241775489857335
 w_1_0_0 pre_definition_1_15_0 -0.7805487040095846
 w_1_0_1 pre_definition_1_0_0 -0.7263578446997732
 w_1_0_1 pre_definition_1_1_0 0.40057621892523043
 w_1_0_1 pre_definition_1_2_0 0.9433606577090741
 w_1_0_1 pre_definition_1_3_0 -0.34124882938726064
 w_1_0_1 pre_definition_1_4_0 -0.2307702229625077
 w_1_0_1 pre_definition_1_5_0 -0.994419871578422
 w_1_0_1 pre_definition_1_6_0 -0.3710839689613894
 w_1_0_1 pre_definition_1_7_0 -0.37689346114188016
 w_1_0_1 pre_definition_1_8_0 0.7298069899551776
 w_1_0_1 pre_definition_1_9_0 -0.050708644951451776
 w_1_0_1 pre_definition_1_10_0 0.028329282336421846
 w_1_0_1 pre_definition_1_11_0 -0.8680870319124994
 w_1_0_1 pre_definition_1_12_0 -0.14305966145952187
 w_1_0_1 pre_definition_1_13_0 -0.1886000603993936
 w_1_0_1 pre_definition_1_14_0 0.21676199894367754
 w_1_0_1 pre_definition_1_15_0 0.5456848129332406
 w_1_1_0 pre_definition_1_0_1 0.648688758794882
 w_1_1_0 pre_definition_1_1_1 -0.08292244049818343
 w_1_1_0 pre_definition_1_2_1 0.1546255576046831
 w_1_1_0 pre_definition_1_3_1 0.7514334470008721
 w_1_1_0 pre_definition_1_4_1 -0.2943790231485002
 w_1_1_0 pre_definition_1_5_1 0.23264489147623313
 w_1_1_0 pre_definition_1_6_1 -0.9616706775524602
 w_1_1_0 pre_definition_1_7_1 -0.3009185525356326
 w_1_1_0 pre_definition_1_8_1 0.22215715204179243
 w_1_1_0 pre_definition_1_9_1 -0.4429766803881634
 w_1_1_0 pre_definition_1_10_1 0.3795162488820887
 w_1_1_0 pre_definition_1_11_1 -0.7789756686980005
 w_1_1_0 pre_definition_1_12_1 0.28440960658185954
 w_1_1_0 pre_definition_1_13_1 0.3562612178481157
 w_1_1_0 pre_definition_1_14_1 0.3241775489857335
 w_1_1_0 pre_definition_1_15_1 -0.7805487040095846
 w_1_1_1 pre_definition_1_0_1 -0.7263578446997732
 w_1_1_1 pre_definition_1_1_1 0.40057621892523043
 w_1_1_1 pre_definition_1_2_1 0.9433606577090741
 w_1_1_1 pre_definition_1_3_1 -0.34124882938726064
 w_1_1_1 pre_definition_1_4_1 -0.2307702229625077
 w_1_1_1 pre_definition_1_5_1 -0.994419871578422
 w_1_1_1 pre_definition_1_6_1 -0.3710839689613894
 w_1_1_1 pre_definition_1_7_1 -0.37689346114188016
 w_1_1_1 pre_definition_1_8_1 0.7298069899551776
 w_1_1_1 pre_definition_1_9_1 -0.050708644951451776
 w_1_1_1 pre_definition_1_10_1 0.028329282336421846
 w_1_1_1 pre_definition_1_11_1 -0.8680870319124994
 w_1_1_1 pre_definition_1_12_1 -0.14305966145952187
 w_1_1_1 pre_definition_1_13_1 -0.1886000603993936
 w_1_1_1 pre_definition_1_14_1 0.21676199894367754
 w_1_1_1 pre_definition_1_15_1 0.5456848129332406
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_1_0 obj 0
 w_2_1_1 obj 0
 w_3_0_0 obj 0
 w_3_0_1 obj 0
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
 b_2_0 pre_definition_2_0_0 -1
 b_2_0 pre_definition_2_1_0 -1
 b_2_0 pre_definition_2_2_0 -1
 b_2_0 pre_definition_2_3_0 -1
 b_2_0 pre_definition_2_4_0 -1
 b_2_0 pre_definition_2_5_0 -1
 b_2_0 pre_definition_2_6_0 -1
 b_2_0 pre_definition_2_7_0 -1
 b_2_0 pre_definition_2_8_0 -1
 b_2_0 pre_definition_2_9_0 -1
 b_2_0 pre_definition_2_10_0 -1
 b_2_0 pre_definition_2_11_0 -1
 b_2_0 pre_definition_2_12_0 -1
 b_2_0 pre_definition_2_13_0 -1
 b_2_0 pre_definition_2_14_0 -1
 b_2_0 pre_definition_2_15_0 -1
 b_2_1 pre_definition_2_0_1 -1
 b_2_1 pre_definition_2_1_1 -1
 b_2_1 pre_definition_2_2_1 -1
 b_2_1 pre_definition_2_3_1 -1
 b_2_1 pre_definition_2_4_1 -1
 b_2_1 pre_definition_2_5_1 -1
 b_2_1 pre_definition_2_6_1 -1
 b_2_1 pre_definition_2_7_1 -1
 b_2_1 pre_definition_2_8_1 -1
 b_2_1 pre_definition_2_9_1 -1
 b_2_1 pre_definition_2_10_1 -1
 b_2_1 pre_definition_2_11_1 -1
 b_2_1 pre_definition_2_12_1 -1
 b_2_1 pre_definition_2_13_1 -1
 b_2_1 pre_definition_2_14_1 -1
 b_2_1 pre_definition_2_15_1 -1
 b_3_0 out_definition_0_0 -1
 b_3_0 out_definition_1_0 -1
 b_3_0 out_definition_2_0 -1
 b_3_0 out_definition_3_0 -1
 b_3_0 out_definition_4_0 -1
 b_3_0 out_definition_5_0 -1
 b_3_0 out_definition_6_0 -1
 b_3_0 out_definition_7_0 -1
 b_3_0 out_definition_8_0 -1
 b_3_0 out_definition_9_0 -1
 b_3_0 out_definition_10_0 -1
 b_3_0 out_definition_11_0 -1
 b_3_0 out_definition_12_0 -1
 b_3_0 out_definition_13_0 -1
 b_3_0 out_definition_14_0 -1
 b_3_0 out_definition_15_0 -1
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
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e97_ -1
 pre_1_1_0 e98_ -1
 pre_1_1_0 e101_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e104_ -1
 pre_1_1_1 e105_ -1
 pre_1_1_1 e108_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e111_ -1
 pre_1_2_0 e112_ -1
 pre_1_2_0 e115_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e118_ -1
 pre_1_2_1 e119_ -1
 pre_1_2_1 e122_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e125_ -1
 pre_1_3_0 e126_ -1
 pre_1_3_0 e129_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e132_ -1
 pre_1_3_1 e133_ -1
 pre_1_3_1 e136_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e139_ -1
 pre_1_4_0 e140_ -1
 pre_1_4_0 e143_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e146_ -1
 pre_1_4_1 e147_ -1
 pre_1_4_1 e150_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e153_ -1
 pre_1_5_0 e154_ -1
 pre_1_5_0 e157_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e160_ -1
 pre_1_5_1 e161_ -1
 pre_1_5_1 e164_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e167_ -1
 pre_1_6_0 e168_ -1
 pre_1_6_0 e171_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e174_ -1
 pre_1_6_1 e175_ -1
 pre_1_6_1 e178_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e181_ -1
 pre_1_7_0 e182_ -1
 pre_1_7_0 e185_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e188_ -1
 pre_1_7_1 e189_ -1
 pre_1_7_1 e192_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e195_ -1
 pre_1_8_0 e196_ -1
 pre_1_8_0 e199_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e202_ -1
 pre_1_8_1 e203_ -1
 pre_1_8_1 e206_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e209_ -1
 pre_1_9_0 e210_ -1
 pre_1_9_0 e213_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e216_ -1
 pre_1_9_1 e217_ -1
 pre_1_9_1 e220_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e223_ -1
 pre_1_10_0 e224_ -1
 pre_1_10_0 e227_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e230_ -1
 pre_1_10_1 e231_ -1
 pre_1_10_1 e234_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e237_ -1
 pre_1_11_0 e238_ -1
 pre_1_11_0 e241_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e244_ -1
 pre_1_11_1 e245_ -1
 pre_1_11_1 e248_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e251_ -1
 pre_1_12_0 e252_ -1
 pre_1_12_0 e255_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e258_ -1
 pre_1_12_1 e259_ -1
 pre_1_12_1 e262_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e265_ -1
 pre_1_13_0 e266_ -1
 pre_1_13_0 e269_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e272_ -1
 pre_1_13_1 e273_ -1
 pre_1_13_1 e276_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e279_ -1
 pre_1_14_0 e280_ -1
 pre_1_14_0 e283_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e286_ -1
 pre_1_14_1 e287_ -1
 pre_1_14_1 e290_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e293_ -1
 pre_1_15_0 e294_ -1
 pre_1_15_0 e297_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e300_ -1
 pre_1_15_1 e301_ -1
 pre_1_15_1 e304_ 1
 pre_2_0_0 pre_definition_2_0_0 1
 pre_2_0_0 relu_2_0_0_above_pre 1
 pre_2_0_0 e307_ -1
 pre_2_0_0 e308_ -1
 pre_2_0_0 e311_ 1
 pre_2_0_1 pre_definition_2_0_1 1
 pre_2_0_1 relu_2_0_1_above_pre 1
 pre_2_0_1 e314_ -1
 pre_2_0_1 e315_ -1
 pre_2_0_1 e318_ 1
 pre_2_1_0 pre_definition_2_1_0 1
 pre_2_1_0 relu_2_1_0_above_pre 1
 pre_2_1_0 e321_ -1
 pre_2_1_0 e322_ -1
 pre_2_1_0 e325_ 1
 pre_2_1_1 pre_definition_2_1_1 1
 pre_2_1_1 relu_2_1_1_above_pre 1
 pre_2_1_1 e328_ -1
 pre_2_1_1 e329_ -1
 pre_2_1_1 e332_ 1
 pre_2_2_0 pre_definition_2_2_0 1
 pre_2_2_0 relu_2_2_0_above_pre 1
 pre_2_2_0 e335_ -1
 pre_2_2_0 e336_ -1
 pre_2_2_0 e339_ 1
 pre_2_2_1 pre_definition_2_2_1 1
 pre_2_2_1 relu_2_2_1_above_pre 1
 pre_2_2_1 e342_ -1
 pre_2_2_1 e343_ -1
 pre_2_2_1 e346_ 1
 pre_2_3_0 pre_definition_2_3_0 1
 pre_2_3_0 relu_2_3_0_above_pre 1
 pre_2_3_0 e349_ -1
 pre_2_3_0 e350_ -1
 pre_2_3_0 e353_ 1
 pre_2_3_1 pre_definition_2_3_1 1
 pre_2_3_1 relu_2_3_1_above_pre 1
 pre_2_3_1 e356_ -1
 pre_2_3_1 e357_ -1
 pre_2_3_1 e360_ 1
 pre_2_4_0 pre_definition_2_4_0 1
 pre_2_4_0 relu_2_4_0_above_pre 1
 pre_2_4_0 e363_ -1
 pre_2_4_0 e364_ -1
 pre_2_4_0 e367_ 1
 pre_2_4_1 pre_definition_2_4_1 1
 pre_2_4_1 relu_2_4_1_above_pre 1
 pre_2_4_1 e370_ -1
 pre_2_4_1 e371_ -1
 pre_2_4_1 e374_ 1
 pre_2_5_0 pre_definition_2_5_0 1
 pre_2_5_0 relu_2_5_0_above_pre 1
 pre_2_5_0 e377_ -1
 pre_2_5_0 e378_ -1
 pre_2_5_0 e381_ 1
 pre_2_5_1 pre_definition_2_5_1 1
 pre_2_5_1 relu_2_5_1_above_pre 1
 pre_2_5_1 e384_ -1
 pre_2_5_1 e385_ -1
 pre_2_5_1 e388_ 1
 pre_2_6_0 pre_definition_2_6_0 1
 pre_2_6_0 relu_2_6_0_above_pre 1
 pre_2_6_0 e391_ -1
 pre_2_6_0 e392_ -1
 pre_2_6_0 e395_ 1
 pre_2_6_1 pre_definition_2_6_1 1
 pre_2_6_1 relu_2_6_1_above_pre 1
 pre_2_6_1 e398_ -1
 pre_2_6_1 e399_ -1
 pre_2_6_1 e402_ 1
 pre_2_7_0 pre_definition_2_7_0 1
 pre_2_7_0 relu_2_7_0_above_pre 1
 pre_2_7_0 e405_ -1
 pre_2_7_0 e406_ -1
 pre_2_7_0 e409_ 1
 pre_2_7_1 pre_definition_2_7_1 1
 pre_2_7_1 relu_2_7_1_above_pre 1
 pre_2_7_1 e412_ -1
 pre_2_7_1 e413_ -1
 pre_2_7_1 e416_ 1
 pre_2_8_0 pre_definition_2_8_0 1
 pre_2_8_0 relu_2_8_0_above_pre 1
 pre_2_8_0 e419_ -1
 pre_2_8_0 e420_ -1
 pre_2_8_0 e423_ 1
 pre_2_8_1 pre_definition_2_8_1 1
 pre_2_8_1 relu_2_8_1_above_pre 1
 pre_2_8_1 e426_ -1
 pre_2_8_1 e427_ -1
 pre_2_8_1 e430_ 1
 pre_2_9_0 pre_definition_2_9_0 1
 pre_2_9_0 relu_2_9_0_above_pre 1
 pre_2_9_0 e433_ -1
 pre_2_9_0 e434_ -1
 pre_2_9_0 e437_ 1
 pre_2_9_1 pre_definition_2_9_1 1
 pre_2_9_1 relu_2_9_1_above_pre 1
 pre_2_9_1 e440_ -1
 pre_2_9_1 e441_ -1
 pre_2_9_1 e444_ 1
 pre_2_10_0 pre_definition_2_10_0 1
 pre_2_10_0 relu_2_10_0_above_pre 1
 pre_2_10_0 e447_ -1
 pre_2_10_0 e448_ -1
 pre_2_10_0 e451_ 1
 pre_2_10_1 pre_definition_2_10_1 1
 pre_2_10_1 relu_2_10_1_above_pre 1
 pre_2_10_1 e454_ -1
 pre_2_10_1 e455_ -1
 pre_2_10_1 e458_ 1
 pre_2_11_0 pre_definition_2_11_0 1
 pre_2_11_0 relu_2_11_0_above_pre 1
 pre_2_11_0 e461_ -1
 pre_2_11_0 e462_ -1
 pre_2_11_0 e465_ 1
 pre_2_11_1 pre_definition_2_11_1 1
 pre_2_11_1 relu_2_11_1_above_pre 1
 pre_2_11_1 e468_ -1
 pre_2_11_1 e469_ -1
 pre_2_11_1 e472_ 1
 pre_2_12_0 pre_definition_2_12_0 1
 pre_2_12_0 relu_2_12_0_above_pre 1
 pre_2_12_0 e475_ -1
 pre_2_12_0 e476_ -1
 pre_2_12_0 e479_ 1
 pre_2_12_1 pre_definition_2_12_1 1
 pre_2_12_1 relu_2_12_1_above_pre 1
 pre_2_12_1 e482_ -1
 pre_2_12_1 e483_ -1
 pre_2_12_1 e486_ 1
 pre_2_13_0 pre_definition_2_13_0 1
 pre_2_13_0 relu_2_13_0_above_pre 1
 pre_2_13_0 e489_ -1
 pre_2_13_0 e490_ -1
 pre_2_13_0 e493_ 1
 pre_2_13_1 pre_definition_2_13_1 1
 pre_2_13_1 relu_2_13_1_above_pre 1
 pre_2_13_1 e496_ -1
 pre_2_13_1 e497_ -1
 pre_2_13_1 e500_ 1
 pre_2_14_0 pre_definition_2_14_0 1
 pre_2_14_0 relu_2_14_0_above_pre 1
 pre_2_14_0 e503_ -1
 pre_2_14_0 e504_ -1
 pre_2_14_0 e507_ 1
 pre_2_14_1 pre_definition_2_14_1 1
 pre_2_14_1 relu_2_14_1_above_pre 1
 pre_2_14_1 e510_ -1
 pre_2_14_1 e511_ -1
 pre_2_14_1 e514_ 1
 pre_2_15_0 pre_definition_2_15_0 1
 pre_2_15_0 relu_2_15_0_above_pre 1
 pre_2_15_0 e517_ -1
 pre_2_15_0 e518_ -1
 pre_2_15_0 e521_ 1
 pre_2_15_1 pre_definition_2_15_1 1
 pre_2_15_1 relu_2_15_1_above_pre 1
 pre_2_15_1 e524_ -1
 pre_2_15_1 e525_ -1
 pre_2_15_1 e528_ 1
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
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e97_ 1
 post_1_1_0 e98_ 1
 post_1_1_0 e99_ 1
 post_1_1_0 e100_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e104_ 1
 post_1_1_1 e105_ 1
 post_1_1_1 e106_ 1
 post_1_1_1 e107_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e111_ 1
 post_1_2_0 e112_ 1
 post_1_2_0 e113_ 1
 post_1_2_0 e114_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e118_ 1
 post_1_2_1 e119_ 1
 post_1_2_1 e120_ 1
 post_1_2_1 e121_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e125_ 1
 post_1_3_0 e126_ 1
 post_1_3_0 e127_ 1
 post_1_3_0 e128_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e132_ 1
 post_1_3_1 e133_ 1
 post_1_3_1 e134_ 1
 post_1_3_1 e135_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e139_ 1
 post_1_4_0 e140_ 1
 post_1_4_0 e141_ 1
 post_1_4_0 e142_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e146_ 1
 post_1_4_1 e147_ 1
 post_1_4_1 e148_ 1
 post_1_4_1 e149_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e153_ 1
 post_1_5_0 e154_ 1
 post_1_5_0 e155_ 1
 post_1_5_0 e156_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e160_ 1
 post_1_5_1 e161_ 1
 post_1_5_1 e162_ 1
 post_1_5_1 e163_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e167_ 1
 post_1_6_0 e168_ 1
 post_1_6_0 e169_ 1
 post_1_6_0 e170_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e174_ 1
 post_1_6_1 e175_ 1
 post_1_6_1 e176_ 1
 post_1_6_1 e177_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e181_ 1
 post_1_7_0 e182_ 1
 post_1_7_0 e183_ 1
 post_1_7_0 e184_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e188_ 1
 post_1_7_1 e189_ 1
 post_1_7_1 e190_ 1
 post_1_7_1 e191_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e195_ 1
 post_1_8_0 e196_ 1
 post_1_8_0 e197_ 1
 post_1_8_0 e198_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e202_ 1
 post_1_8_1 e203_ 1
 post_1_8_1 e204_ 1
 post_1_8_1 e205_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e209_ 1
 post_1_9_0 e210_ 1
 post_1_9_0 e211_ 1
 post_1_9_0 e212_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e216_ 1
 post_1_9_1 e217_ 1
 post_1_9_1 e218_ 1
 post_1_9_1 e219_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e223_ 1
 post_1_10_0 e224_ 1
 post_1_10_0 e225_ 1
 post_1_10_0 e226_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e230_ 1
 post_1_10_1 e231_ 1
 post_1_10_1 e232_ 1
 post_1_10_1 e233_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e237_ 1
 post_1_11_0 e238_ 1
 post_1_11_0 e239_ 1
 post_1_11_0 e240_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e244_ 1
 post_1_11_1 e245_ 1
 post_1_11_1 e246_ 1
 post_1_11_1 e247_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e251_ 1
 post_1_12_0 e252_ 1
 post_1_12_0 e253_ 1
 post_1_12_0 e254_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e258_ 1
 post_1_12_1 e259_ 1
 post_1_12_1 e260_ 1
 post_1_12_1 e261_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e265_ 1
 post_1_13_0 e266_ 1
 post_1_13_0 e267_ 1
 post_1_13_0 e268_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e272_ 1
 post_1_13_1 e273_ 1
 post_1_13_1 e274_ 1
 post_1_13_1 e275_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e279_ 1
 post_1_14_0 e280_ 1
 post_1_14_0 e281_ 1
 post_1_14_0 e282_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e286_ 1
 post_1_14_1 e287_ 1
 post_1_14_1 e288_ 1
 post_1_14_1 e289_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e293_ 1
 post_1_15_0 e294_ 1
 post_1_15_0 e295_ 1
 post_1_15_0 e296_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e300_ 1
 post_1_15_1 e301_ 1
 post_1_15_1 e302_ 1
 post_1_15_1 e303_ 1
 post_2_0_0 relu_2_0_0_above_pre -1
 post_2_0_0 e307_ 1
 post_2_0_0 e308_ 1
 post_2_0_0 e309_ 1
 post_2_0_0 e310_ 1
 post_2_0_1 relu_2_0_1_above_pre -1
 post_2_0_1 e314_ 1
 post_2_0_1 e315_ 1
 post_2_0_1 e316_ 1
 post_2_0_1 e317_ 1
 post_2_1_0 relu_2_1_0_above_pre -1
 post_2_1_0 e321_ 1
 post_2_1_0 e322_ 1
 post_2_1_0 e323_ 1
 post_2_1_0 e324_ 1
 post_2_1_1 relu_2_1_1_above_pre -1
 post_2_1_1 e328_ 1
 post_2_1_1 e329_ 1
 post_2_1_1 e330_ 1
 post_2_1_1 e331_ 1
 post_2_2_0 relu_2_2_0_above_pre -1
 post_2_2_0 e335_ 1
 post_2_2_0 e336_ 1
 post_2_2_0 e337_ 1
 post_2_2_0 e338_ 1
 post_2_2_1 relu_2_2_1_above_pre -1
 post_2_2_1 e342_ 1
 post_2_2_1 e343_ 1
 post_2_2_1 e344_ 1
 post_2_2_1 e345_ 1
 post_2_3_0 relu_2_3_0_above_pre -1
 post_2_3_0 e349_ 1
 post_2_3_0 e350_ 1
 post_2_3_0 e351_ 1
 post_2_3_0 e352_ 1
 post_2_3_1 relu_2_3_1_above_pre -1
 post_2_3_1 e356_ 1
 post_2_3_1 e357_ 1
 post_2_3_1 e358_ 1
 post_2_3_1 e359_ 1
 post_2_4_0 relu_2_4_0_above_pre -1
 post_2_4_0 e363_ 1
 post_2_4_0 e364_ 1
 post_2_4_0 e365_ 1
 post_2_4_0 e366_ 1
 post_2_4_1 relu_2_4_1_above_pre -1
 post_2_4_1 e370_ 1
 post_2_4_1 e371_ 1
 post_2_4_1 e372_ 1
 post_2_4_1 e373_ 1
 post_2_5_0 relu_2_5_0_above_pre -1
 post_2_5_0 e377_ 1
 post_2_5_0 e378_ 1
 post_2_5_0 e379_ 1
 post_2_5_0 e380_ 1
 post_2_5_1 relu_2_5_1_above_pre -1
 post_2_5_1 e384_ 1
 post_2_5_1 e385_ 1
 post_2_5_1 e386_ 1
 post_2_5_1 e387_ 1
 post_2_6_0 relu_2_6_0_above_pre -1
 post_2_6_0 e391_ 1
 post_2_6_0 e392_ 1
 post_2_6_0 e393_ 1
 post_2_6_0 e394_ 1
 post_2_6_1 relu_2_6_1_above_pre -1
 post_2_6_1 e398_ 1
 post_2_6_1 e399_ 1
 post_2_6_1 e400_ 1
 post_2_6_1 e401_ 1
 post_2_7_0 relu_2_7_0_above_pre -1
 post_2_7_0 e405_ 1
 post_2_7_0 e406_ 1
 post_2_7_0 e407_ 1
 post_2_7_0 e408_ 1
 post_2_7_1 relu_2_7_1_above_pre -1
 post_2_7_1 e412_ 1
 post_2_7_1 e413_ 1
 post_2_7_1 e414_ 1
 post_2_7_1 e415_ 1
 post_2_8_0 relu_2_8_0_above_pre -1
 post_2_8_0 e419_ 1
 post_2_8_0 e420_ 1
 post_2_8_0 e421_ 1
 post_2_8_0 e422_ 1
 post_2_8_1 relu_2_8_1_above_pre -1
 post_2_8_1 e426_ 1
 post_2_8_1 e427_ 1
 post_2_8_1 e428_ 1
 post_2_8_1 e429_ 1
 post_2_9_0 relu_2_9_0_above_pre -1
 post_2_9_0 e433_ 1
 post_2_9_0 e434_ 1
 post_2_9_0 e435_ 1
 post_2_9_0 e436_ 1
 post_2_9_1 relu_2_9_1_above_pre -1
 post_2_9_1 e440_ 1
 post_2_9_1 e441_ 1
 post_2_9_1 e442_ 1
 post_2_9_1 e443_ 1
 post_2_10_0 relu_2_10_0_above_pre -1
 post_2_10_0 e447_ 1
 post_2_10_0 e448_ 1
 post_2_10_0 e449_ 1
 post_2_10_0 e450_ 1
 post_2_10_1 relu_2_10_1_above_pre -1
 post_2_10_1 e454_ 1
 post_2_10_1 e455_ 1
 post_2_10_1 e456_ 1
 post_2_10_1 e457_ 1
 post_2_11_0 relu_2_11_0_above_pre -1
 post_2_11_0 e461_ 1
 post_2_11_0 e462_ 1
 post_2_11_0 e463_ 1
 post_2_11_0 e464_ 1
 post_2_11_1 relu_2_11_1_above_pre -1
 post_2_11_1 e468_ 1
 post_2_11_1 e469_ 1
 post_2_11_1 e470_ 1
 post_2_11_1 e471_ 1
 post_2_12_0 relu_2_12_0_above_pre -1
 post_2_12_0 e475_ 1
 post_2_12_0 e476_ 1
 post_2_12_0 e477_ 1
 post_2_12_0 e478_ 1
 post_2_12_1 relu_2_12_1_above_pre -1
 post_2_12_1 e482_ 1
 post_2_12_1 e483_ 1
 post_2_12_1 e484_ 1
 post_2_12_1 e485_ 1
 post_2_13_0 relu_2_13_0_above_pre -1
 post_2_13_0 e489_ 1
 post_2_13_0 e490_ 1
 post_2_13_0 e491_ 1
 post_2_13_0 e492_ 1
 post_2_13_1 relu_2_13_1_above_pre -1
 post_2_13_1 e496_ 1
 post_2_13_1 e497_ 1
 post_2_13_1 e498_ 1
 post_2_13_1 e499_ 1
 post_2_14_0 relu_2_14_0_above_pre -1
 post_2_14_0 e503_ 1
 post_2_14_0 e504_ 1
 post_2_14_0 e505_ 1
 post_2_14_0 e506_ 1
 post_2_14_1 relu_2_14_1_above_pre -1
 post_2_14_1 e510_ 1
 post_2_14_1 e511_ 1
 post_2_14_1 e512_ 1
 post_2_14_1 e513_ 1
 post_2_15_0 relu_2_15_0_above_pre -1
 post_2_15_0 e517_ 1
 post_2_15_0 e518_ 1
 post_2_15_0 e519_ 1
 post_2_15_0 e520_ 1
 post_2_15_1 relu_2_15_1_above_pre -1
 post_2_15_1 e524_ 1
 post_2_15_1 e525_ 1
 post_2_15_1 e526_ 1
 post_2_15_1 e527_ 1
 out_0_0 obj -2.7202532279251863
 out_0_0 out_definition_0_0 1
 out_1_0 obj -3.0565263022993197
 out_1_0 out_definition_1_0 1
 out_2_0 obj -2.266927293989921
 out_2_0 out_definition_2_0 1
 out_3_0 obj -2.6395703365261536
 out_3_0 out_definition_3_0 1
 out_4_0 obj -1.9812051329573805
 out_4_0 out_definition_4_0 1
 out_5_0 obj -1.9037131986059108
 out_5_0 out_definition_5_0 1
 out_6_0 obj -2.1722695760357444
 out_6_0 out_definition_6_0 1
 out_7_0 obj -1.8485757696374296
 out_7_0 out_definition_7_0 1
 out_8_0 obj -2.206086785418303
 out_8_0 out_definition_8_0 1
 out_9_0 obj -2.371260708309112
 out_9_0 out_definition_9_0 1
 out_10_0 obj -2.7305648377487386
 out_10_0 out_definition_10_0 1
 out_11_0 obj -1.7191220710679769
 out_11_0 out_definition_11_0 1
 out_12_0 obj -2.458822991596638
 out_12_0 out_definition_12_0 1
 out_13_0 obj -2.5058716175618727
 out_13_0 out_definition_13_0 1
 out_14_0 obj -2.244789005439479
 out_14_0 out_definition_14_0 1
 out_15_0 obj -2.92012886922076
 out_15_0 out_definition_15_0 1
 M159 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e83_ -7.125139810483965
 relu_1_0_0_on_binary_indicator_var e84_ 14.25027962096793
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e86_ 7.125139810483965
 relu_1_0_0_off_binary_indicator_var e87_ 7.125139810483965
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e90_ -7.125139810483965
 relu_1_0_1_on_binary_indicator_var e91_ 14.25027962096793
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e93_ 7.125139810483965
 relu_1_0_1_off_binary_indicator_var e94_ 7.125139810483965
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e97_ -4.450495978270242
 relu_1_1_0_on_binary_indicator_var e98_ 8.900991956540484
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e100_ 4.450495978270242
 relu_1_1_0_off_binary_indicator_var e101_ 4.450495978270242
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e104_ -4.450495978270242
 relu_1_1_1_on_binary_indicator_var e105_ 8.900991956540484
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e107_ 4.450495978270242
 relu_1_1_1_off_binary_indicator_var e108_ 4.450495978270242
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e111_ -6.293958645941272
 relu_1_2_0_on_binary_indicator_var e112_ 12.587917291882544
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e114_ 6.293958645941272
 relu_1_2_0_off_binary_indicator_var e115_ 6.293958645941272
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e118_ -6.293958645941272
 relu_1_2_1_on_binary_indicator_var e119_ 12.587917291882544
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e121_ 6.293958645941272
 relu_1_2_1_off_binary_indicator_var e122_ 6.293958645941272
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e125_ -6.278046829164398
 relu_1_3_0_on_binary_indicator_var e126_ 12.556093658328797
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e128_ 6.278046829164398
 relu_1_3_0_off_binary_indicator_var e129_ 6.278046829164398
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e132_ -6.278046829164398
 relu_1_3_1_on_binary_indicator_var e133_ 12.556093658328797
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e135_ 6.278046829164398
 relu_1_3_1_off_binary_indicator_var e136_ 6.278046829164398
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e139_ -4.575447738333024
 relu_1_4_0_on_binary_indicator_var e140_ 9.150895476666047
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e142_ 4.575447738333024
 relu_1_4_0_off_binary_indicator_var e143_ 4.575447738333024
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e146_ -4.575447738333024
 relu_1_4_1_on_binary_indicator_var e147_ 9.150895476666047
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e149_ 4.575447738333024
 relu_1_4_1_off_binary_indicator_var e150_ 4.575447738333024
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e153_ -6.681194289163965
 relu_1_5_0_on_binary_indicator_var e154_ 13.36238857832793
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e156_ 6.681194289163965
 relu_1_5_0_off_binary_indicator_var e157_ 6.681194289163965
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e160_ -6.681194289163965
 relu_1_5_1_on_binary_indicator_var e161_ 13.36238857832793
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e163_ 6.681194289163965
 relu_1_5_1_off_binary_indicator_var e164_ 6.681194289163965
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e167_ -6.998263939541548
 relu_1_6_0_on_binary_indicator_var e168_ 13.996527879083096
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e170_ 6.998263939541548
 relu_1_6_0_off_binary_indicator_var e171_ 6.998263939541548
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e174_ -6.998263939541548
 relu_1_6_1_on_binary_indicator_var e175_ 13.996527879083096
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e177_ 6.998263939541548
 relu_1_6_1_off_binary_indicator_var e178_ 6.998263939541548
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e181_ -5.033436041032538
 relu_1_7_0_on_binary_indicator_var e182_ 10.066872082065077
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e184_ 5.033436041032538
 relu_1_7_0_off_binary_indicator_var e185_ 5.033436041032538
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e188_ -5.033436041032538
 relu_1_7_1_on_binary_indicator_var e189_ 10.066872082065077
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e191_ 5.033436041032538
 relu_1_7_1_off_binary_indicator_var e192_ 5.033436041032538
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e195_ -5.85589242599091
 relu_1_8_0_on_binary_indicator_var e196_ 11.71178485198182
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e198_ 5.85589242599091
 relu_1_8_0_off_binary_indicator_var e199_ 5.85589242599091
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e202_ -5.85589242599091
 relu_1_8_1_on_binary_indicator_var e203_ 11.71178485198182
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e205_ 5.85589242599091
 relu_1_8_1_off_binary_indicator_var e206_ 5.85589242599091
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e209_ -4.481055976018846
 relu_1_9_0_on_binary_indicator_var e210_ 8.962111952037692
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e212_ 4.481055976018846
 relu_1_9_0_off_binary_indicator_var e213_ 4.481055976018846
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e216_ -4.481055976018846
 relu_1_9_1_on_binary_indicator_var e217_ 8.962111952037692
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e219_ 4.481055976018846
 relu_1_9_1_off_binary_indicator_var e220_ 4.481055976018846
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e223_ -4.223536593655531
 relu_1_10_0_on_binary_indicator_var e224_ 8.447073187311062
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e226_ 4.223536593655531
 relu_1_10_0_off_binary_indicator_var e227_ 4.223536593655531
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e230_ -4.223536593655531
 relu_1_10_1_on_binary_indicator_var e231_ 8.447073187311062
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e233_ 4.223536593655531
 relu_1_10_1_off_binary_indicator_var e234_ 4.223536593655531
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e237_ -7.9411881018315
 relu_1_11_0_on_binary_indicator_var e238_ 15.882376203663
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e240_ 7.9411881018315
 relu_1_11_0_off_binary_indicator_var e241_ 7.9411881018315
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e244_ -7.9411881018315
 relu_1_11_1_on_binary_indicator_var e245_ 15.882376203663
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e247_ 7.9411881018315
 relu_1_11_1_off_binary_indicator_var e248_ 7.9411881018315
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e251_ -4.282407804124144
 relu_1_12_0_on_binary_indicator_var e252_ 8.564815608248288
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e254_ 4.282407804124144
 relu_1_12_0_off_binary_indicator_var e255_ 4.282407804124144
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e258_ -4.282407804124144
 relu_1_12_1_on_binary_indicator_var e259_ 8.564815608248288
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e261_ 4.282407804124144
 relu_1_12_1_off_binary_indicator_var e262_ 4.282407804124144
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e265_ -4.634583834742528
 relu_1_13_0_on_binary_indicator_var e266_ 9.269167669485055
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e268_ 4.634583834742528
 relu_1_13_0_off_binary_indicator_var e269_ 4.634583834742528
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e272_ -4.634583834742528
 relu_1_13_1_on_binary_indicator_var e273_ 9.269167669485055
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e275_ 4.634583834742528
 relu_1_13_1_off_binary_indicator_var e276_ 4.634583834742528
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e279_ -4.622818643788233
 relu_1_14_0_on_binary_indicator_var e280_ 9.245637287576466
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e282_ 4.622818643788233
 relu_1_14_0_off_binary_indicator_var e283_ 4.622818643788233
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e286_ -4.622818643788233
 relu_1_14_1_on_binary_indicator_var e287_ 9.245637287576466
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e289_ 4.622818643788233
 relu_1_14_1_off_binary_indicator_var e290_ 4.622818643788233
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e293_ -6.978700550828476
 relu_1_15_0_on_binary_indicator_var e294_ 13.957401101656952
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e296_ 6.978700550828476
 relu_1_15_0_off_binary_indicator_var e297_ 6.978700550828476
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e300_ -6.978700550828476
 relu_1_15_1_on_binary_indicator_var e301_ 13.957401101656952
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e303_ 6.978700550828476
 relu_1_15_1_off_binary_indicator_var e304_ 6.978700550828476
 relu_2_0_0_on_binary_indicator_var relu_2_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_0_0_on_binary_indicator_var e307_ -45.75083886290379
 relu_2_0_0_on_binary_indicator_var e308_ 91.50167772580758
 relu_2_0_0_off_binary_indicator_var relu_2_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_0_0_off_binary_indicator_var e310_ 45.75083886290379
 relu_2_0_0_off_binary_indicator_var e311_ 45.75083886290379
 relu_2_0_1_on_binary_indicator_var relu_2_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_0_1_on_binary_indicator_var e314_ -45.75083886290379
 relu_2_0_1_on_binary_indicator_var e315_ 91.50167772580758
 relu_2_0_1_off_binary_indicator_var relu_2_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_0_1_off_binary_indicator_var e317_ 45.75083886290379
 relu_2_0_1_off_binary_indicator_var e318_ 45.75083886290379
 relu_2_1_0_on_binary_indicator_var relu_2_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_1_0_on_binary_indicator_var e321_ -29.70297586962145
 relu_2_1_0_on_binary_indicator_var e322_ 59.4059517392429
 relu_2_1_0_off_binary_indicator_var relu_2_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_1_0_off_binary_indicator_var e324_ 29.70297586962145
 relu_2_1_0_off_binary_indicator_var e325_ 29.70297586962145
 relu_2_1_1_on_binary_indicator_var relu_2_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_1_1_on_binary_indicator_var e328_ -29.70297586962145
 relu_2_1_1_on_binary_indicator_var e329_ 59.4059517392429
 relu_2_1_1_off_binary_indicator_var relu_2_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_1_1_off_binary_indicator_var e331_ 29.70297586962145
 relu_2_1_1_off_binary_indicator_var e332_ 29.70297586962145
 relu_2_2_0_on_binary_indicator_var relu_2_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_2_0_on_binary_indicator_var e335_ -40.76375187564763
 relu_2_2_0_on_binary_indicator_var e336_ 81.52750375129526
 relu_2_2_0_off_binary_indicator_var relu_2_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_2_0_off_binary_indicator_var e338_ 40.76375187564763
 relu_2_2_0_off_binary_indicator_var e339_ 40.76375187564763
 relu_2_2_1_on_binary_indicator_var relu_2_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_2_1_on_binary_indicator_var e342_ -40.76375187564763
 relu_2_2_1_on_binary_indicator_var e343_ 81.52750375129526
 relu_2_2_1_off_binary_indicator_var relu_2_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_2_1_off_binary_indicator_var e345_ 40.76375187564763
 relu_2_2_1_off_binary_indicator_var e346_ 40.76375187564763
 relu_2_3_0_on_binary_indicator_var relu_2_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_3_0_on_binary_indicator_var e349_ -40.66828097498639
 relu_2_3_0_on_binary_indicator_var e350_ 81.33656194997278
 relu_2_3_0_off_binary_indicator_var relu_2_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_3_0_off_binary_indicator_var e352_ 40.66828097498639
 relu_2_3_0_off_binary_indicator_var e353_ 40.66828097498639
 relu_2_3_1_on_binary_indicator_var relu_2_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_3_1_on_binary_indicator_var e356_ -40.66828097498639
 relu_2_3_1_on_binary_indicator_var e357_ 81.33656194997278
 relu_2_3_1_off_binary_indicator_var relu_2_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_3_1_off_binary_indicator_var e359_ 40.66828097498639
 relu_2_3_1_off_binary_indicator_var e360_ 40.66828097498639
 relu_2_4_0_on_binary_indicator_var relu_2_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_4_0_on_binary_indicator_var e363_ -30.452686429998142
 relu_2_4_0_on_binary_indicator_var e364_ 60.905372859996284
 relu_2_4_0_off_binary_indicator_var relu_2_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_4_0_off_binary_indicator_var e366_ 30.452686429998142
 relu_2_4_0_off_binary_indicator_var e367_ 30.452686429998142
 relu_2_4_1_on_binary_indicator_var relu_2_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_4_1_on_binary_indicator_var e370_ -30.452686429998142
 relu_2_4_1_on_binary_indicator_var e371_ 60.905372859996284
 relu_2_4_1_off_binary_indicator_var relu_2_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_4_1_off_binary_indicator_var e373_ 30.452686429998142
 relu_2_4_1_off_binary_indicator_var e374_ 30.452686429998142
 relu_2_5_0_on_binary_indicator_var relu_2_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_5_0_on_binary_indicator_var e377_ -43.08716573498379
 relu_2_5_0_on_binary_indicator_var e378_ 86.17433146996758
 relu_2_5_0_off_binary_indicator_var relu_2_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_5_0_off_binary_indicator_var e380_ 43.08716573498379
 relu_2_5_0_off_binary_indicator_var e381_ 43.08716573498379
 relu_2_5_1_on_binary_indicator_var relu_2_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_5_1_on_binary_indicator_var e384_ -43.08716573498379
 relu_2_5_1_on_binary_indicator_var e385_ 86.17433146996758
 relu_2_5_1_off_binary_indicator_var relu_2_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_5_1_off_binary_indicator_var e387_ 43.08716573498379
 relu_2_5_1_off_binary_indicator_var e388_ 43.08716573498379
 relu_2_6_0_on_binary_indicator_var relu_2_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_6_0_on_binary_indicator_var e391_ -44.98958363724929
 relu_2_6_0_on_binary_indicator_var e392_ 89.97916727449858
 relu_2_6_0_off_binary_indicator_var relu_2_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_6_0_off_binary_indicator_var e394_ 44.98958363724929
 relu_2_6_0_off_binary_indicator_var e395_ 44.98958363724929
 relu_2_6_1_on_binary_indicator_var relu_2_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_6_1_on_binary_indicator_var e398_ -44.98958363724929
 relu_2_6_1_on_binary_indicator_var e399_ 89.97916727449858
 relu_2_6_1_off_binary_indicator_var relu_2_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_6_1_off_binary_indicator_var e401_ 44.98958363724929
 relu_2_6_1_off_binary_indicator_var e402_ 44.98958363724929
 relu_2_7_0_on_binary_indicator_var relu_2_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_7_0_on_binary_indicator_var e405_ -33.20061624619523
 relu_2_7_0_on_binary_indicator_var e406_ 66.40123249239046
 relu_2_7_0_off_binary_indicator_var relu_2_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_7_0_off_binary_indicator_var e408_ 33.20061624619523
 relu_2_7_0_off_binary_indicator_var e409_ 33.20061624619523
 relu_2_7_1_on_binary_indicator_var relu_2_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_7_1_on_binary_indicator_var e412_ -33.20061624619523
 relu_2_7_1_on_binary_indicator_var e413_ 66.40123249239046
 relu_2_7_1_off_binary_indicator_var relu_2_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_7_1_off_binary_indicator_var e415_ 33.20061624619523
 relu_2_7_1_off_binary_indicator_var e416_ 33.20061624619523
 relu_2_8_0_on_binary_indicator_var relu_2_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_8_0_on_binary_indicator_var e419_ -38.13535455594546
 relu_2_8_0_on_binary_indicator_var e420_ 76.27070911189092
 relu_2_8_0_off_binary_indicator_var relu_2_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_8_0_off_binary_indicator_var e422_ 38.13535455594546
 relu_2_8_0_off_binary_indicator_var e423_ 38.13535455594546
 relu_2_8_1_on_binary_indicator_var relu_2_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_8_1_on_binary_indicator_var e426_ -38.13535455594546
 relu_2_8_1_on_binary_indicator_var e427_ 76.27070911189092
 relu_2_8_1_off_binary_indicator_var relu_2_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_8_1_off_binary_indicator_var e429_ 38.13535455594546
 relu_2_8_1_off_binary_indicator_var e430_ 38.13535455594546
 relu_2_9_0_on_binary_indicator_var relu_2_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_9_0_on_binary_indicator_var e433_ -29.886335856113075
 relu_2_9_0_on_binary_indicator_var e434_ 59.77267171222615
 relu_2_9_0_off_binary_indicator_var relu_2_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_9_0_off_binary_indicator_var e436_ 29.886335856113075
 relu_2_9_0_off_binary_indicator_var e437_ 29.886335856113075
 relu_2_9_1_on_binary_indicator_var relu_2_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_9_1_on_binary_indicator_var e440_ -29.886335856113075
 relu_2_9_1_on_binary_indicator_var e441_ 59.77267171222615
 relu_2_9_1_off_binary_indicator_var relu_2_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_9_1_off_binary_indicator_var e443_ 29.886335856113075
 relu_2_9_1_off_binary_indicator_var e444_ 29.886335856113075
 relu_2_10_0_on_binary_indicator_var relu_2_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_10_0_on_binary_indicator_var e447_ -28.341219561933187
 relu_2_10_0_on_binary_indicator_var e448_ 56.682439123866374
 relu_2_10_0_off_binary_indicator_var relu_2_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_10_0_off_binary_indicator_var e450_ 28.341219561933187
 relu_2_10_0_off_binary_indicator_var e451_ 28.341219561933187
 relu_2_10_1_on_binary_indicator_var relu_2_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_10_1_on_binary_indicator_var e454_ -28.341219561933187
 relu_2_10_1_on_binary_indicator_var e455_ 56.682439123866374
 relu_2_10_1_off_binary_indicator_var relu_2_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_10_1_off_binary_indicator_var e457_ 28.341219561933187
 relu_2_10_1_off_binary_indicator_var e458_ 28.341219561933187
 relu_2_11_0_on_binary_indicator_var relu_2_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_11_0_on_binary_indicator_var e461_ -50.647128610989
 relu_2_11_0_on_binary_indicator_var e462_ 101.294257221978
 relu_2_11_0_off_binary_indicator_var relu_2_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_11_0_off_binary_indicator_var e464_ 50.647128610989
 relu_2_11_0_off_binary_indicator_var e465_ 50.647128610989
 relu_2_11_1_on_binary_indicator_var relu_2_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_11_1_on_binary_indicator_var e468_ -50.647128610989
 relu_2_11_1_on_binary_indicator_var e469_ 101.294257221978
 relu_2_11_1_off_binary_indicator_var relu_2_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_11_1_off_binary_indicator_var e471_ 50.647128610989
 relu_2_11_1_off_binary_indicator_var e472_ 50.647128610989
 relu_2_12_0_on_binary_indicator_var relu_2_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_12_0_on_binary_indicator_var e475_ -28.694446824744865
 relu_2_12_0_on_binary_indicator_var e476_ 57.38889364948973
 relu_2_12_0_off_binary_indicator_var relu_2_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_12_0_off_binary_indicator_var e478_ 28.694446824744865
 relu_2_12_0_off_binary_indicator_var e479_ 28.694446824744865
 relu_2_12_1_on_binary_indicator_var relu_2_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_12_1_on_binary_indicator_var e482_ -28.694446824744865
 relu_2_12_1_on_binary_indicator_var e483_ 57.38889364948973
 relu_2_12_1_off_binary_indicator_var relu_2_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_12_1_off_binary_indicator_var e485_ 28.694446824744865
 relu_2_12_1_off_binary_indicator_var e486_ 28.694446824744865
 relu_2_13_0_on_binary_indicator_var relu_2_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_13_0_on_binary_indicator_var e489_ -30.807503008455164
 relu_2_13_0_on_binary_indicator_var e490_ 61.61500601691033
 relu_2_13_0_off_binary_indicator_var relu_2_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_13_0_off_binary_indicator_var e492_ 30.807503008455164
 relu_2_13_0_off_binary_indicator_var e493_ 30.807503008455164
 relu_2_13_1_on_binary_indicator_var relu_2_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_13_1_on_binary_indicator_var e496_ -30.807503008455164
 relu_2_13_1_on_binary_indicator_var e497_ 61.61500601691033
 relu_2_13_1_off_binary_indicator_var relu_2_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_13_1_off_binary_indicator_var e499_ 30.807503008455164
 relu_2_13_1_off_binary_indicator_var e500_ 30.807503008455164
 relu_2_14_0_on_binary_indicator_var relu_2_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_14_0_on_binary_indicator_var e503_ -30.7369118627294
 relu_2_14_0_on_binary_indicator_var e504_ 61.4738237254588
 relu_2_14_0_off_binary_indicator_var relu_2_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_14_0_off_binary_indicator_var e506_ 30.7369118627294
 relu_2_14_0_off_binary_indicator_var e507_ 30.7369118627294
 relu_2_14_1_on_binary_indicator_var relu_2_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_14_1_on_binary_indicator_var e510_ -30.7369118627294
 relu_2_14_1_on_binary_indicator_var e511_ 61.4738237254588
 relu_2_14_1_off_binary_indicator_var relu_2_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_14_1_off_binary_indicator_var e513_ 30.7369118627294
 relu_2_14_1_off_binary_indicator_var e514_ 30.7369118627294
 relu_2_15_0_on_binary_indicator_var relu_2_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_15_0_on_binary_indicator_var e517_ -44.87220330497085
 relu_2_15_0_on_binary_indicator_var e518_ 89.7444066099417
 relu_2_15_0_off_binary_indicator_var relu_2_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_15_0_off_binary_indicator_var e520_ 44.87220330497085
 relu_2_15_0_off_binary_indicator_var e521_ 44.87220330497085
 relu_2_15_1_on_binary_indicator_var relu_2_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_15_1_on_binary_indicator_var e524_ -44.87220330497085
 relu_2_15_1_on_binary_indicator_var e525_ 89.7444066099417
 relu_2_15_1_off_binary_indicator_var relu_2_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_2_15_1_off_binary_indicator_var e527_ 44.87220330497085
 relu_2_15_1_off_binary_indicator_var e528_ 44.87220330497085
 M287 'MARKER' 'INTEND'
RHS
 rhs obj -22.83155035657749
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e83_ -7.125139810483965
 rhs e84_ 14.25027962096793
 rhs e86_ 7.125139810483965
 rhs e87_ 7.125139810483965
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e90_ -7.125139810483965
 rhs e91_ 14.25027962096793
 rhs e93_ 7.125139810483965
 rhs e94_ 7.125139810483965
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e97_ -4.450495978270242
 rhs e98_ 8.900991956540484
 rhs e100_ 4.450495978270242
 rhs e101_ 4.450495978270242
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e104_ -4.450495978270242
 rhs e105_ 8.900991956540484
 rhs e107_ 4.450495978270242
 rhs e108_ 4.450495978270242
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e111_ -6.293958645941272
 rhs e112_ 12.587917291882544
 rhs e114_ 6.293958645941272
 rhs e115_ 6.293958645941272
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e118_ -6.293958645941272
 rhs e119_ 12.587917291882544
 rhs e121_ 6.293958645941272
 rhs e122_ 6.293958645941272
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e125_ -6.278046829164398
 rhs e126_ 12.556093658328797
 rhs e128_ 6.278046829164398
 rhs e129_ 6.278046829164398
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e132_ -6.278046829164398
 rhs e133_ 12.556093658328797
 rhs e135_ 6.278046829164398
 rhs e136_ 6.278046829164398
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e139_ -4.575447738333024
 rhs e140_ 9.150895476666047
 rhs e142_ 4.575447738333024
 rhs e143_ 4.575447738333024
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e146_ -4.575447738333024
 rhs e147_ 9.150895476666047
 rhs e149_ 4.575447738333024
 rhs e150_ 4.575447738333024
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e153_ -6.681194289163965
 rhs e154_ 13.36238857832793
 rhs e156_ 6.681194289163965
 rhs e157_ 6.681194289163965
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e160_ -6.681194289163965
 rhs e161_ 13.36238857832793
 rhs e163_ 6.681194289163965
 rhs e164_ 6.681194289163965
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e167_ -6.998263939541548
 rhs e168_ 13.996527879083096
 rhs e170_ 6.998263939541548
 rhs e171_ 6.998263939541548
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e174_ -6.998263939541548
 rhs e175_ 13.996527879083096
 rhs e177_ 6.998263939541548
 rhs e178_ 6.998263939541548
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e181_ -5.033436041032538
 rhs e182_ 10.066872082065077
 rhs e184_ 5.033436041032538
 rhs e185_ 5.033436041032538
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e188_ -5.033436041032538
 rhs e189_ 10.066872082065077
 rhs e191_ 5.033436041032538
 rhs e192_ 5.033436041032538
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e195_ -5.85589242599091
 rhs e196_ 11.71178485198182
 rhs e198_ 5.85589242599091
 rhs e199_ 5.85589242599091
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e202_ -5.85589242599091
 rhs e203_ 11.71178485198182
 rhs e205_ 5.85589242599091
 rhs e206_ 5.85589242599091
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e209_ -4.481055976018846
 rhs e210_ 8.962111952037692
 rhs e212_ 4.481055976018846
 rhs e213_ 4.481055976018846
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e216_ -4.481055976018846
 rhs e217_ 8.962111952037692
 rhs e219_ 4.481055976018846
 rhs e220_ 4.481055976018846
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e223_ -4.223536593655531
 rhs e224_ 8.447073187311062
 rhs e226_ 4.223536593655531
 rhs e227_ 4.223536593655531
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e230_ -4.223536593655531
 rhs e231_ 8.447073187311062
 rhs e233_ 4.223536593655531
 rhs e234_ 4.223536593655531
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e237_ -7.9411881018315
 rhs e238_ 15.882376203663
 rhs e240_ 7.9411881018315
 rhs e241_ 7.9411881018315
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e244_ -7.9411881018315
 rhs e245_ 15.882376203663
 rhs e247_ 7.9411881018315
 rhs e248_ 7.9411881018315
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e251_ -4.282407804124144
 rhs e252_ 8.564815608248288
 rhs e254_ 4.282407804124144
 rhs e255_ 4.282407804124144
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e258_ -4.282407804124144
 rhs e259_ 8.564815608248288
 rhs e261_ 4.282407804124144
 rhs e262_ 4.282407804124144
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e265_ -4.634583834742528
 rhs e266_ 9.269167669485055
 rhs e268_ 4.634583834742528
 rhs e269_ 4.634583834742528
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e272_ -4.634583834742528
 rhs e273_ 9.269167669485055
 rhs e275_ 4.634583834742528
 rhs e276_ 4.634583834742528
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e279_ -4.622818643788233
 rhs e280_ 9.245637287576466
 rhs e282_ 4.622818643788233
 rhs e283_ 4.622818643788233
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e286_ -4.622818643788233
 rhs e287_ 9.245637287576466
 rhs e289_ 4.622818643788233
 rhs e290_ 4.622818643788233
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e293_ -6.978700550828476
 rhs e294_ 13.957401101656952
 rhs e296_ 6.978700550828476
 rhs e297_ 6.978700550828476
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e300_ -6.978700550828476
 rhs e301_ 13.957401101656952
 rhs e303_ 6.978700550828476
 rhs e304_ 6.978700550828476
 rhs relu_2_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e307_ -45.75083886290379
 rhs e308_ 91.50167772580758
 rhs e310_ 45.75083886290379
 rhs e311_ 45.75083886290379
 rhs relu_2_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e314_ -45.75083886290379
 rhs e315_ 91.50167772580758
 rhs e317_ 45.75083886290379
 rhs e318_ 45.75083886290379
 rhs relu_2_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e321_ -29.70297586962145
 rhs e322_ 59.4059517392429
 rhs e324_ 29.70297586962145
 rhs e325_ 29.70297586962145
 rhs relu_2_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e328_ -29.70297586962145
 rhs e329_ 59.4059517392429
 rhs e331_ 29.70297586962145
 rhs e332_ 29.70297586962145
 rhs relu_2_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e335_ -40.76375187564763
 rhs e336_ 81.52750375129526
 rhs e338_ 40.76375187564763
 rhs e339_ 40.76375187564763
 rhs relu_2_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e342_ -40.76375187564763
 rhs e343_ 81.52750375129526
 rhs e345_ 40.76375187564763
 rhs e346_ 40.76375187564763
 rhs relu_2_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e349_ -40.66828097498639
 rhs e350_ 81.33656194997278
 rhs e352_ 40.66828097498639
 rhs e353_ 40.66828097498639
 rhs relu_2_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e356_ -40.66828097498639
 rhs e357_ 81.33656194997278
 rhs e359_ 40.66828097498639
 rhs e360_ 40.66828097498639
 rhs relu_2_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e363_ -30.452686429998142
 rhs e364_ 60.905372859996284
 rhs e366_ 30.452686429998142
 rhs e367_ 30.452686429998142
 rhs relu_2_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e370_ -30.452686429998142
 rhs e371_ 60.905372859996284
 rhs e373_ 30.452686429998142
 rhs e374_ 30.452686429998142
 rhs relu_2_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e377_ -43.08716573498379
 rhs e378_ 86.17433146996758
 rhs e380_ 43.08716573498379
 rhs e381_ 43.08716573498379
 rhs relu_2_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e384_ -43.08716573498379
 rhs e385_ 86.17433146996758
 rhs e387_ 43.08716573498379
 rhs e388_ 43.08716573498379
 rhs relu_2_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e391_ -44.98958363724929
 rhs e392_ 89.97916727449858
 rhs e394_ 44.98958363724929
 rhs e395_ 44.98958363724929
 rhs relu_2_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e398_ -44.98958363724929
 rhs e399_ 89.97916727449858
 rhs e401_ 44.98958363724929
 rhs e402_ 44.98958363724929
 rhs relu_2_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e405_ -33.20061624619523
 rhs e406_ 66.40123249239046
 rhs e408_ 33.20061624619523
 rhs e409_ 33.20061624619523
 rhs relu_2_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e412_ -33.20061624619523
 rhs e413_ 66.40123249239046
 rhs e415_ 33.20061624619523
 rhs e416_ 33.20061624619523
 rhs relu_2_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e419_ -38.13535455594546
 rhs e420_ 76.27070911189092
 rhs e422_ 38.13535455594546
 rhs e423_ 38.13535455594546
 rhs relu_2_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e426_ -38.13535455594546
 rhs e427_ 76.27070911189092
 rhs e429_ 38.13535455594546
 rhs e430_ 38.13535455594546
 rhs relu_2_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e433_ -29.886335856113075
 rhs e434_ 59.77267171222615
 rhs e436_ 29.886335856113075
 rhs e437_ 29.886335856113075
 rhs relu_2_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e440_ -29.886335856113075
 rhs e441_ 59.77267171222615
 rhs e443_ 29.886335856113075
 rhs e444_ 29.886335856113075
 rhs relu_2_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e447_ -28.341219561933187
 rhs e448_ 56.682439123866374
 rhs e450_ 28.341219561933187
 rhs e451_ 28.341219561933187
 rhs relu_2_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e454_ -28.341219561933187
 rhs e455_ 56.682439123866374
 rhs e457_ 28.341219561933187
 rhs e458_ 28.341219561933187
 rhs relu_2_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e461_ -50.647128610989
 rhs e462_ 101.294257221978
 rhs e464_ 50.647128610989
 rhs e465_ 50.647128610989
 rhs relu_2_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e468_ -50.647128610989
 rhs e469_ 101.294257221978
 rhs e471_ 50.647128610989
 rhs e472_ 50.647128610989
 rhs relu_2_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e475_ -28.694446824744865
 rhs e476_ 57.38889364948973
 rhs e478_ 28.694446824744865
 rhs e479_ 28.694446824744865
 rhs relu_2_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e482_ -28.694446824744865
 rhs e483_ 57.38889364948973
 rhs e485_ 28.694446824744865
 rhs e486_ 28.694446824744865
 rhs relu_2_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e489_ -30.807503008455164
 rhs e490_ 61.61500601691033
 rhs e492_ 30.807503008455164
 rhs e493_ 30.807503008455164
 rhs relu_2_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e496_ -30.807503008455164
 rhs e497_ 61.61500601691033
 rhs e499_ 30.807503008455164
 rhs e500_ 30.807503008455164
 rhs relu_2_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e503_ -30.7369118627294
 rhs e504_ 61.4738237254588
 rhs e506_ 30.7369118627294
 rhs e507_ 30.7369118627294
 rhs relu_2_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e510_ -30.7369118627294
 rhs e511_ 61.4738237254588
 rhs e513_ 30.7369118627294
 rhs e514_ 30.7369118627294
 rhs relu_2_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e517_ -44.87220330497085
 rhs e518_ 89.7444066099417
 rhs e520_ 44.87220330497085
 rhs e521_ 44.87220330497085
 rhs relu_2_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e524_ -44.87220330497085
 rhs e525_ 89.7444066099417
 rhs e527_ 44.87220330497085
 rhs e528_ 44.87220330497085
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
 LO bnd w_3_0_0 -3
 UP bnd w_3_0_0 3
 LO bnd w_3_0_1 -3
 UP bnd w_3_0_1 3
 LO bnd b_1_0 -3
 UP bnd b_1_0 3
 LO bnd b_1_1 -3
 UP bnd b_1_1 3
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd b_2_1 -3
 UP bnd b_2_1 3
 LO bnd b_3_0 -3
 UP bnd b_3_0 3
 LO bnd pre_1_0_0 -7.125139810483965
 UP bnd pre_1_0_0 7.125139810483965
 LO bnd pre_1_0_1 -7.125139810483965
 UP bnd pre_1_0_1 7.125139810483965
 LO bnd pre_1_1_0 -4.450495978270242
 UP bnd pre_1_1_0 4.450495978270242
 LO bnd pre_1_1_1 -4.450495978270242
 UP bnd pre_1_1_1 4.450495978270242
 LO bnd pre_1_2_0 -6.293958645941272
 UP bnd pre_1_2_0 6.293958645941272
 LO bnd pre_1_2_1 -6.293958645941272
 UP bnd pre_1_2_1 6.293958645941272
 LO bnd pre_1_3_0 -6.278046829164398
 UP bnd pre_1_3_0 6.278046829164398
 LO bnd pre_1_3_1 -6.278046829164398
 UP bnd pre_1_3_1 6.278046829164398
 LO bnd pre_1_4_0 -4.575447738333024
 UP bnd pre_1_4_0 4.575447738333024
 LO bnd pre_1_4_1 -4.575447738333024
 UP bnd pre_1_4_1 4.575447738333024
 LO bnd pre_1_5_0 -6.681194289163965
 UP bnd pre_1_5_0 6.681194289163965
 LO bnd pre_1_5_1 -6.681194289163965
 UP bnd pre_1_5_1 6.681194289163965
 LO bnd pre_1_6_0 -6.998263939541548
 UP bnd pre_1_6_0 6.998263939541548
 LO bnd pre_1_6_1 -6.998263939541548
 UP bnd pre_1_6_1 6.998263939541548
 LO bnd pre_1_7_0 -5.033436041032538
 UP bnd pre_1_7_0 5.033436041032538
 LO bnd pre_1_7_1 -5.033436041032538
 UP bnd pre_1_7_1 5.033436041032538
 LO bnd pre_1_8_0 -5.85589242599091
 UP bnd pre_1_8_0 5.85589242599091
 LO bnd pre_1_8_1 -5.85589242599091
 UP bnd pre_1_8_1 5.85589242599091
 LO bnd pre_1_9_0 -4.481055976018846
 UP bnd pre_1_9_0 4.481055976018846
 LO bnd pre_1_9_1 -4.481055976018846
 UP bnd pre_1_9_1 4.481055976018846
 LO bnd pre_1_10_0 -4.223536593655531
 UP bnd pre_1_10_0 4.223536593655531
 LO bnd pre_1_10_1 -4.223536593655531
 UP bnd pre_1_10_1 4.223536593655531
 LO bnd pre_1_11_0 -7.9411881018315
 UP bnd pre_1_11_0 7.9411881018315
 LO bnd pre_1_11_1 -7.9411881018315
 UP bnd pre_1_11_1 7.9411881018315
 LO bnd pre_1_12_0 -4.282407804124144
 UP bnd pre_1_12_0 4.282407804124144
 LO bnd pre_1_12_1 -4.282407804124144
 UP bnd pre_1_12_1 4.282407804124144
 LO bnd pre_1_13_0 -4.634583834742528
 UP bnd pre_1_13_0 4.634583834742528
 LO bnd pre_1_13_1 -4.634583834742528
 UP bnd pre_1_13_1 4.634583834742528
 LO bnd pre_1_14_0 -4.622818643788233
 UP bnd pre_1_14_0 4.622818643788233
 LO bnd pre_1_14_1 -4.622818643788233
 UP bnd pre_1_14_1 4.622818643788233
 LO bnd pre_1_15_0 -6.978700550828476
 UP bnd pre_1_15_0 6.978700550828476
 LO bnd pre_1_15_1 -6.978700550828476
 UP bnd pre_1_15_1 6.978700550828476
 LO bnd pre_2_0_0 -45.75083886290379
 UP bnd pre_2_0_0 45.75083886290379
 LO bnd pre_2_0_1 -45.75083886290379
 UP bnd pre_2_0_1 45.75083886290379
 LO bnd pre_2_1_0 -29.70297586962145
 UP bnd pre_2_1_0 29.70297586962145
 LO bnd pre_2_1_1 -29.70297586962145
 UP bnd pre_2_1_1 29.70297586962145
 LO bnd pre_2_2_0 -40.76375187564763
 UP bnd pre_2_2_0 40.76375187564763
 LO bnd pre_2_2_1 -40.76375187564763
 UP bnd pre_2_2_1 40.76375187564763
 LO bnd pre_2_3_0 -40.66828097498639
 UP bnd pre_2_3_0 40.66828097498639
 LO bnd pre_2_3_1 -40.66828097498639
 UP bnd pre_2_3_1 40.66828097498639
 LO bnd pre_2_4_0 -30.452686429998142
 UP bnd pre_2_4_0 30.452686429998142
 LO bnd pre_2_4_1 -30.452686429998142
 UP bnd pre_2_4_1 30.452686429998142
 LO bnd pre_2_5_0 -43.08716573498379
 UP bnd pre_2_5_0 43.08716573498379
 LO bnd pre_2_5_1 -43.08716573498379
 UP bnd pre_2_5_1 43.08716573498379
 LO bnd pre_2_6_0 -44.98958363724929
 UP bnd pre_2_6_0 44.98958363724929
 LO bnd pre_2_6_1 -44.98958363724929
 UP bnd pre_2_6_1 44.98958363724929
 LO bnd pre_2_7_0 -33.20061624619523
 UP bnd pre_2_7_0 33.20061624619523
 LO bnd pre_2_7_1 -33.20061624619523
 UP bnd pre_2_7_1 33.20061624619523
 LO bnd pre_2_8_0 -38.13535455594546
 UP bnd pre_2_8_0 38.13535455594546
 LO bnd pre_2_8_1 -38.13535455594546
 UP bnd pre_2_8_1 38.13535455594546
 LO bnd pre_2_9_0 -29.886335856113075
 UP bnd pre_2_9_0 29.886335856113075
 LO bnd pre_2_9_1 -29.886335856113075
 UP bnd pre_2_9_1 29.886335856113075
 LO bnd pre_2_10_0 -28.341219561933187
 UP bnd pre_2_10_0 28.341219561933187
 LO bnd pre_2_10_1 -28.341219561933187
 UP bnd pre_2_10_1 28.341219561933187
 LO bnd pre_2_11_0 -50.647128610989
 UP bnd pre_2_11_0 50.647128610989
 LO bnd pre_2_11_1 -50.647128610989
 UP bnd pre_2_11_1 50.647128610989
 LO bnd pre_2_12_0 -28.694446824744865
 UP bnd pre_2_12_0 28.694446824744865
 LO bnd pre_2_12_1 -28.694446824744865
 UP bnd pre_2_12_1 28.694446824744865
 LO bnd pre_2_13_0 -30.807503008455164
 UP bnd pre_2_13_0 30.807503008455164
 LO bnd pre_2_13_1 -30.807503008455164
 UP bnd pre_2_13_1 30.807503008455164
 LO bnd pre_2_14_0 -30.7369118627294
 UP bnd pre_2_14_0 30.7369118627294
 LO bnd pre_2_14_1 -30.7369118627294
 UP bnd pre_2_14_1 30.7369118627294
 LO bnd pre_2_15_0 -44.87220330497085
 UP bnd pre_2_15_0 44.87220330497085
 LO bnd pre_2_15_1 -44.87220330497085
 UP bnd pre_2_15_1 44.87220330497085
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.125139810483965
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.125139810483965
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 4.450495978270242
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 4.450495978270242
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 6.293958645941272
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 6.293958645941272
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6.278046829164398
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6.278046829164398
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 4.575447738333024
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 4.575447738333024
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 6.681194289163965
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 6.681194289163965
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 6.998263939541548
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 6.998263939541548
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 5.033436041032538
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 5.033436041032538
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 5.85589242599091
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 5.85589242599091
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 4.481055976018846
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 4.481055976018846
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 4.223536593655531
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 4.223536593655531
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 7.9411881018315
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 7.9411881018315
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 4.282407804124144
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 4.282407804124144
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 4.634583834742528
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 4.634583834742528
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 4.622818643788233
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 4.622818643788233
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 6.978700550828476
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 6.978700550828476
 LO bnd post_2_0_0 0
 UP bnd post_2_0_0 45.75083886290379
 LO bnd post_2_0_1 0
 UP bnd post_2_0_1 45.75083886290379
 LO bnd post_2_1_0 0
 UP bnd post_2_1_0 29.70297586962145
 LO bnd post_2_1_1 0
 UP bnd post_2_1_1 29.70297586962145
 LO bnd post_2_2_0 0
 UP bnd post_2_2_0 40.76375187564763
 LO bnd post_2_2_1 0
 UP bnd post_2_2_1 40.76375187564763
 LO bnd post_2_3_0 0
 UP bnd post_2_3_0 40.66828097498639
 LO bnd post_2_3_1 0
 UP bnd post_2_3_1 40.66828097498639
 LO bnd post_2_4_0 0
 UP bnd post_2_4_0 30.452686429998142
 LO bnd post_2_4_1 0
 UP bnd post_2_4_1 30.452686429998142
 LO bnd post_2_5_0 0
 UP bnd post_2_5_0 43.08716573498379
 LO bnd post_2_5_1 0
 UP bnd post_2_5_1 43.08716573498379
 LO bnd post_2_6_0 0
 UP bnd post_2_6_0 44.98958363724929
 LO bnd post_2_6_1 0
 UP bnd post_2_6_1 44.98958363724929
 LO bnd post_2_7_0 0
 UP bnd post_2_7_0 33.20061624619523
 LO bnd post_2_7_1 0
 UP bnd post_2_7_1 33.20061624619523
 LO bnd post_2_8_0 0
 UP bnd post_2_8_0 38.13535455594546
 LO bnd post_2_8_1 0
 UP bnd post_2_8_1 38.13535455594546
 LO bnd post_2_9_0 0
 UP bnd post_2_9_0 29.886335856113075
 LO bnd post_2_9_1 0
 UP bnd post_2_9_1 29.886335856113075
 LO bnd post_2_10_0 0
 UP bnd post_2_10_0 28.341219561933187
 LO bnd post_2_10_1 0
 UP bnd post_2_10_1 28.341219561933187
 LO bnd post_2_11_0 0
 UP bnd post_2_11_0 50.647128610989
 LO bnd post_2_11_1 0
 UP bnd post_2_11_1 50.647128610989
 LO bnd post_2_12_0 0
 UP bnd post_2_12_0 28.694446824744865
 LO bnd post_2_12_1 0
 UP bnd post_2_12_1 28.694446824744865
 LO bnd post_2_13_0 0
 UP bnd post_2_13_0 30.807503008455164
 LO bnd post_2_13_1 0
 UP bnd post_2_13_1 30.807503008455164
 LO bnd post_2_14_0 0
 UP bnd post_2_14_0 30.7369118627294
 LO bnd post_2_14_1 0
 UP bnd post_2_14_1 30.7369118627294
 LO bnd post_2_15_0 0
 UP bnd post_2_15_0 44.87220330497085
 LO bnd post_2_15_1 0
 UP bnd post_2_15_1 44.87220330497085
 LO bnd out_0_0 -277.5050331774228
 UP bnd out_0_0 277.5050331774228
 LO bnd out_1_0 -181.2178552177287
 UP bnd out_1_0 181.2178552177287
 LO bnd out_2_0 -247.58251125388577
 UP bnd out_2_0 247.58251125388577
 LO bnd out_3_0 -247.00968584991833
 UP bnd out_3_0 247.00968584991833
 LO bnd out_4_0 -185.71611857998886
 UP bnd out_4_0 185.71611857998886
 LO bnd out_5_0 -261.52299440990276
 UP bnd out_5_0 261.52299440990276
 LO bnd out_6_0 -272.9375018234957
 UP bnd out_6_0 272.9375018234957
 LO bnd out_7_0 -202.20369747717137
 UP bnd out_7_0 202.20369747717137
 LO bnd out_8_0 -231.81212733567276
 UP bnd out_8_0 231.81212733567276
 LO bnd out_9_0 -182.31801513667844
 UP bnd out_9_0 182.31801513667844
 LO bnd out_10_0 -173.04731737159912
 UP bnd out_10_0 173.04731737159912
 LO bnd out_11_0 -306.882771665934
 UP bnd out_11_0 306.882771665934
 LO bnd out_12_0 -175.1666809484692
 UP bnd out_12_0 175.1666809484692
 LO bnd out_13_0 -187.84501805073097
 UP bnd out_13_0 187.84501805073097
 LO bnd out_14_0 -187.4214711763764
 UP bnd out_14_0 187.4214711763764
 LO bnd out_15_0 -272.2332198298251
 UP bnd out_15_0 272.2332198298251
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
 BV bnd relu_2_0_0_on_binary_indicator_var
 BV bnd relu_2_0_0_off_binary_indicator_var
 BV bnd relu_2_0_1_on_binary_indicator_var
 BV bnd relu_2_0_1_off_binary_indicator_var
 BV bnd relu_2_1_0_on_binary_indicator_var
 BV bnd relu_2_1_0_off_binary_indicator_var
 BV bnd relu_2_1_1_on_binary_indicator_var
 BV bnd relu_2_1_1_off_binary_indicator_var
 BV bnd relu_2_2_0_on_binary_indicator_var
 BV bnd relu_2_2_0_off_binary_indicator_var
 BV bnd relu_2_2_1_on_binary_indicator_var
 BV bnd relu_2_2_1_off_binary_indicator_var
 BV bnd relu_2_3_0_on_binary_indicator_var
 BV bnd relu_2_3_0_off_binary_indicator_var
 BV bnd relu_2_3_1_on_binary_indicator_var
 BV bnd relu_2_3_1_off_binary_indicator_var
 BV bnd relu_2_4_0_on_binary_indicator_var
 BV bnd relu_2_4_0_off_binary_indicator_var
 BV bnd relu_2_4_1_on_binary_indicator_var
 BV bnd relu_2_4_1_off_binary_indicator_var
 BV bnd relu_2_5_0_on_binary_indicator_var
 BV bnd relu_2_5_0_off_binary_indicator_var
 BV bnd relu_2_5_1_on_binary_indicator_var
 BV bnd relu_2_5_1_off_binary_indicator_var
 BV bnd relu_2_6_0_on_binary_indicator_var
 BV bnd relu_2_6_0_off_binary_indicator_var
 BV bnd relu_2_6_1_on_binary_indicator_var
 BV bnd relu_2_6_1_off_binary_indicator_var
 BV bnd relu_2_7_0_on_binary_indicator_var
 BV bnd relu_2_7_0_off_binary_indicator_var
 BV bnd relu_2_7_1_on_binary_indicator_var
 BV bnd relu_2_7_1_off_binary_indicator_var
 BV bnd relu_2_8_0_on_binary_indicator_var
 BV bnd relu_2_8_0_off_binary_indicator_var
 BV bnd relu_2_8_1_on_binary_indicator_var
 BV bnd relu_2_8_1_off_binary_indicator_var
 BV bnd relu_2_9_0_on_binary_indicator_var
 BV bnd relu_2_9_0_off_binary_indicator_var
 BV bnd relu_2_9_1_on_binary_indicator_var
 BV bnd relu_2_9_1_off_binary_indicator_var
 BV bnd relu_2_10_0_on_binary_indicator_var
 BV bnd relu_2_10_0_off_binary_indicator_var
 BV bnd relu_2_10_1_on_binary_indicator_var
 BV bnd relu_2_10_1_off_binary_indicator_var
 BV bnd relu_2_11_0_on_binary_indicator_var
 BV bnd relu_2_11_0_off_binary_indicator_var
 BV bnd relu_2_11_1_on_binary_indicator_var
 BV bnd relu_2_11_1_off_binary_indicator_var
 BV bnd relu_2_12_0_on_binary_indicator_var
 BV bnd relu_2_12_0_off_binary_indicator_var
 BV bnd relu_2_12_1_on_binary_indicator_var
 BV bnd relu_2_12_1_off_binary_indicator_var
 BV bnd relu_2_13_0_on_binary_indicator_var
 BV bnd relu_2_13_0_off_binary_indicator_var
 BV bnd relu_2_13_1_on_binary_indicator_var
 BV bnd relu_2_13_1_off_binary_indicator_var
 BV bnd relu_2_14_0_on_binary_indicator_var
 BV bnd relu_2_14_0_off_binary_indicator_var
 BV bnd relu_2_14_1_on_binary_indicator_var
 BV bnd relu_2_14_1_off_binary_indicator_var
 BV bnd relu_2_15_0_on_binary_indicator_var
 BV bnd relu_2_15_0_off_binary_indicator_var
 BV bnd relu_2_15_1_on_binary_indicator_var
 BV bnd relu_2_15_1_off_binary_indicator_var
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
QCMATRIX pre_definition_2_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_0_1
 w_2_1_0 post_1_0_0 -0.5
 post_1_0_0 w_2_1_0 -0.5
 w_2_1_1 post_1_0_1 -0.5
 post_1_0_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_1_1
 w_2_1_0 post_1_1_0 -0.5
 post_1_1_0 w_2_1_0 -0.5
 w_2_1_1 post_1_1_1 -0.5
 post_1_1_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_2_1
 w_2_1_0 post_1_2_0 -0.5
 post_1_2_0 w_2_1_0 -0.5
 w_2_1_1 post_1_2_1 -0.5
 post_1_2_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_3_1
 w_2_1_0 post_1_3_0 -0.5
 post_1_3_0 w_2_1_0 -0.5
 w_2_1_1 post_1_3_1 -0.5
 post_1_3_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_4_1
 w_2_1_0 post_1_4_0 -0.5
 post_1_4_0 w_2_1_0 -0.5
 w_2_1_1 post_1_4_1 -0.5
 post_1_4_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_5_1
 w_2_1_0 post_1_5_0 -0.5
 post_1_5_0 w_2_1_0 -0.5
 w_2_1_1 post_1_5_1 -0.5
 post_1_5_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_6_1
 w_2_1_0 post_1_6_0 -0.5
 post_1_6_0 w_2_1_0 -0.5
 w_2_1_1 post_1_6_1 -0.5
 post_1_6_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_7_1
 w_2_1_0 post_1_7_0 -0.5
 post_1_7_0 w_2_1_0 -0.5
 w_2_1_1 post_1_7_1 -0.5
 post_1_7_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_8_1
 w_2_1_0 post_1_8_0 -0.5
 post_1_8_0 w_2_1_0 -0.5
 w_2_1_1 post_1_8_1 -0.5
 post_1_8_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_9_1
 w_2_1_0 post_1_9_0 -0.5
 post_1_9_0 w_2_1_0 -0.5
 w_2_1_1 post_1_9_1 -0.5
 post_1_9_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_10_1
 w_2_1_0 post_1_10_0 -0.5
 post_1_10_0 w_2_1_0 -0.5
 w_2_1_1 post_1_10_1 -0.5
 post_1_10_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_11_1
 w_2_1_0 post_1_11_0 -0.5
 post_1_11_0 w_2_1_0 -0.5
 w_2_1_1 post_1_11_1 -0.5
 post_1_11_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_12_1
 w_2_1_0 post_1_12_0 -0.5
 post_1_12_0 w_2_1_0 -0.5
 w_2_1_1 post_1_12_1 -0.5
 post_1_12_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_13_1
 w_2_1_0 post_1_13_0 -0.5
 post_1_13_0 w_2_1_0 -0.5
 w_2_1_1 post_1_13_1 -0.5
 post_1_13_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_14_1
 w_2_1_0 post_1_14_0 -0.5
 post_1_14_0 w_2_1_0 -0.5
 w_2_1_1 post_1_14_1 -0.5
 post_1_14_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_15_0
 w_2_0_0 post_1_15_0 -0.5
 post_1_15_0 w_2_0_0 -0.5
 w_2_0_1 post_1_15_1 -0.5
 post_1_15_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_15_1
 w_2_1_0 post_1_15_0 -0.5
 post_1_15_0 w_2_1_0 -0.5
 w_2_1_1 post_1_15_1 -0.5
 post_1_15_1 w_2_1_1 -0.5
QCMATRIX out_definition_0_0
 w_3_0_0 post_2_0_0 -0.5
 post_2_0_0 w_3_0_0 -0.5
 w_3_0_1 post_2_0_1 -0.5
 post_2_0_1 w_3_0_1 -0.5
QCMATRIX out_definition_1_0
 w_3_0_0 post_2_1_0 -0.5
 post_2_1_0 w_3_0_0 -0.5
 w_3_0_1 post_2_1_1 -0.5
 post_2_1_1 w_3_0_1 -0.5
QCMATRIX out_definition_2_0
 w_3_0_0 post_2_2_0 -0.5
 post_2_2_0 w_3_0_0 -0.5
 w_3_0_1 post_2_2_1 -0.5
 post_2_2_1 w_3_0_1 -0.5
QCMATRIX out_definition_3_0
 w_3_0_0 post_2_3_0 -0.5
 post_2_3_0 w_3_0_0 -0.5
 w_3_0_1 post_2_3_1 -0.5
 post_2_3_1 w_3_0_1 -0.5
QCMATRIX out_definition_4_0
 w_3_0_0 post_2_4_0 -0.5
 post_2_4_0 w_3_0_0 -0.5
 w_3_0_1 post_2_4_1 -0.5
 post_2_4_1 w_3_0_1 -0.5
QCMATRIX out_definition_5_0
 w_3_0_0 post_2_5_0 -0.5
 post_2_5_0 w_3_0_0 -0.5
 w_3_0_1 post_2_5_1 -0.5
 post_2_5_1 w_3_0_1 -0.5
QCMATRIX out_definition_6_0
 w_3_0_0 post_2_6_0 -0.5
 post_2_6_0 w_3_0_0 -0.5
 w_3_0_1 post_2_6_1 -0.5
 post_2_6_1 w_3_0_1 -0.5
QCMATRIX out_definition_7_0
 w_3_0_0 post_2_7_0 -0.5
 post_2_7_0 w_3_0_0 -0.5
 w_3_0_1 post_2_7_1 -0.5
 post_2_7_1 w_3_0_1 -0.5
QCMATRIX out_definition_8_0
 w_3_0_0 post_2_8_0 -0.5
 post_2_8_0 w_3_0_0 -0.5
 w_3_0_1 post_2_8_1 -0.5
 post_2_8_1 w_3_0_1 -0.5
QCMATRIX out_definition_9_0
 w_3_0_0 post_2_9_0 -0.5
 post_2_9_0 w_3_0_0 -0.5
 w_3_0_1 post_2_9_1 -0.5
 post_2_9_1 w_3_0_1 -0.5
QCMATRIX out_definition_10_0
 w_3_0_0 post_2_10_0 -0.5
 post_2_10_0 w_3_0_0 -0.5
 w_3_0_1 post_2_10_1 -0.5
 post_2_10_1 w_3_0_1 -0.5
QCMATRIX out_definition_11_0
 w_3_0_0 post_2_11_0 -0.5
 post_2_11_0 w_3_0_0 -0.5
 w_3_0_1 post_2_11_1 -0.5
 post_2_11_1 w_3_0_1 -0.5
QCMATRIX out_definition_12_0
 w_3_0_0 post_2_12_0 -0.5
 post_2_12_0 w_3_0_0 -0.5
 w_3_0_1 post_2_12_1 -0.5
 post_2_12_1 w_3_0_1 -0.5
QCMATRIX out_definition_13_0
 w_3_0_0 post_2_13_0 -0.5
 post_2_13_0 w_3_0_0 -0.5
 w_3_0_1 post_2_13_1 -0.5
 post_2_13_1 w_3_0_1 -0.5
QCMATRIX out_definition_14_0
 w_3_0_0 post_2_14_0 -0.5
 post_2_14_0 w_3_0_0 -0.5
 w_3_0_1 post_2_14_1 -0.5
 post_2_14_1 w_3_0_1 -0.5
QCMATRIX out_definition_15_0
 w_3_0_0 post_2_15_0 -0.5
 post_2_15_0 w_3_0_0 -0.5
 w_3_0_1 post_2_15_1 -0.5
 post_2_15_1 w_3_0_1 -0.5
ENDATA
