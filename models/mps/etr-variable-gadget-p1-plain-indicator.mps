* etr-variable-gadget-p1-plain-indicator  (relu-opt library: etr-variable-gadget, problem 1, plain-indicator; {"hidden": [4], "bound": 8.0, "loss": "squared"})
NAME etr-variable-gadget-p1-plain-indicator
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_0_1
 E pre_definition_1_0_2
 E pre_definition_1_0_3
 E pre_definition_1_1_0
 E pre_definition_1_1_1
 E pre_definition_1_1_2
 E pre_definition_1_1_3
 E pre_definition_1_2_0
 E pre_definition_1_2_1
 E pre_definition_1_2_2
 E pre_definition_1_2_3
 E pre_definition_1_3_0
 E pre_definition_1_3_1
 E pre_definition_1_3_2
 E pre_definition_1_3_3
 E pre_definition_1_4_0
 E pre_definition_1_4_1
 E pre_definition_1_4_2
 E pre_definition_1_4_3
 E pre_definition_1_5_0
 E pre_definition_1_5_1
 E pre_definition_1_5_2
 E pre_definition_1_5_3
 E pre_definition_1_6_0
 E pre_definition_1_6_1
 E pre_definition_1_6_2
 E pre_definition_1_6_3
 E pre_definition_1_7_0
 E pre_definition_1_7_1
 E pre_definition_1_7_2
 E pre_definition_1_7_3
 E pre_definition_1_8_0
 E pre_definition_1_8_1
 E pre_definition_1_8_2
 E pre_definition_1_8_3
 E pre_definition_1_9_0
 E pre_definition_1_9_1
 E pre_definition_1_9_2
 E pre_definition_1_9_3
 E pre_definition_1_10_0
 E pre_definition_1_10_1
 E pre_definition_1_10_2
 E pre_definition_1_10_3
 E pre_definition_1_11_0
 E pre_definition_1_11_1
 E pre_definition_1_11_2
 E pre_definition_1_11_3
 E pre_definition_1_12_0
 E pre_definition_1_12_1
 E pre_definition_1_12_2
 E pre_definition_1_12_3
 E pre_definition_1_13_0
 E pre_definition_1_13_1
 E pre_definition_1_13_2
 E pre_definition_1_13_3
 E pre_definition_1_14_0
 E pre_definition_1_14_1
 E pre_definition_1_14_2
 E pre_definition_1_14_3
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
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e78_
 L e79_
 G e80_
 L e81_
 L e82_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e85_
 L e86_
 G e87_
 L e88_
 L e89_
 L relu_1_0_2_above_pre
 E relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor
 G e92_
 L e93_
 G e94_
 L e95_
 L e96_
 L relu_1_0_3_above_pre
 E relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor
 G e99_
 L e100_
 G e101_
 L e102_
 L e103_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e106_
 L e107_
 G e108_
 L e109_
 L e110_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e113_
 L e114_
 G e115_
 L e116_
 L e117_
 L relu_1_1_2_above_pre
 E relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor
 G e120_
 L e121_
 G e122_
 L e123_
 L e124_
 L relu_1_1_3_above_pre
 E relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor
 G e127_
 L e128_
 G e129_
 L e130_
 L e131_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e134_
 L e135_
 G e136_
 L e137_
 L e138_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e141_
 L e142_
 G e143_
 L e144_
 L e145_
 L relu_1_2_2_above_pre
 E relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor
 G e148_
 L e149_
 G e150_
 L e151_
 L e152_
 L relu_1_2_3_above_pre
 E relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor
 G e155_
 L e156_
 G e157_
 L e158_
 L e159_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e162_
 L e163_
 G e164_
 L e165_
 L e166_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e169_
 L e170_
 G e171_
 L e172_
 L e173_
 L relu_1_3_2_above_pre
 E relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor
 G e176_
 L e177_
 G e178_
 L e179_
 L e180_
 L relu_1_3_3_above_pre
 E relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor
 G e183_
 L e184_
 G e185_
 L e186_
 L e187_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e190_
 L e191_
 G e192_
 L e193_
 L e194_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e197_
 L e198_
 G e199_
 L e200_
 L e201_
 L relu_1_4_2_above_pre
 E relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor
 G e204_
 L e205_
 G e206_
 L e207_
 L e208_
 L relu_1_4_3_above_pre
 E relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor
 G e211_
 L e212_
 G e213_
 L e214_
 L e215_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e218_
 L e219_
 G e220_
 L e221_
 L e222_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e225_
 L e226_
 G e227_
 L e228_
 L e229_
 L relu_1_5_2_above_pre
 E relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor
 G e232_
 L e233_
 G e234_
 L e235_
 L e236_
 L relu_1_5_3_above_pre
 E relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor
 G e239_
 L e240_
 G e241_
 L e242_
 L e243_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e246_
 L e247_
 G e248_
 L e249_
 L e250_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e253_
 L e254_
 G e255_
 L e256_
 L e257_
 L relu_1_6_2_above_pre
 E relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor
 G e260_
 L e261_
 G e262_
 L e263_
 L e264_
 L relu_1_6_3_above_pre
 E relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor
 G e267_
 L e268_
 G e269_
 L e270_
 L e271_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e274_
 L e275_
 G e276_
 L e277_
 L e278_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e281_
 L e282_
 G e283_
 L e284_
 L e285_
 L relu_1_7_2_above_pre
 E relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor
 G e288_
 L e289_
 G e290_
 L e291_
 L e292_
 L relu_1_7_3_above_pre
 E relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor
 G e295_
 L e296_
 G e297_
 L e298_
 L e299_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e302_
 L e303_
 G e304_
 L e305_
 L e306_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e309_
 L e310_
 G e311_
 L e312_
 L e313_
 L relu_1_8_2_above_pre
 E relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor
 G e316_
 L e317_
 G e318_
 L e319_
 L e320_
 L relu_1_8_3_above_pre
 E relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor
 G e323_
 L e324_
 G e325_
 L e326_
 L e327_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e330_
 L e331_
 G e332_
 L e333_
 L e334_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e337_
 L e338_
 G e339_
 L e340_
 L e341_
 L relu_1_9_2_above_pre
 E relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor
 G e344_
 L e345_
 G e346_
 L e347_
 L e348_
 L relu_1_9_3_above_pre
 E relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor
 G e351_
 L e352_
 G e353_
 L e354_
 L e355_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e358_
 L e359_
 G e360_
 L e361_
 L e362_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e365_
 L e366_
 G e367_
 L e368_
 L e369_
 L relu_1_10_2_above_pre
 E relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor
 G e372_
 L e373_
 G e374_
 L e375_
 L e376_
 L relu_1_10_3_above_pre
 E relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor
 G e379_
 L e380_
 G e381_
 L e382_
 L e383_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e386_
 L e387_
 G e388_
 L e389_
 L e390_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e393_
 L e394_
 G e395_
 L e396_
 L e397_
 L relu_1_11_2_above_pre
 E relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor
 G e400_
 L e401_
 G e402_
 L e403_
 L e404_
 L relu_1_11_3_above_pre
 E relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor
 G e407_
 L e408_
 G e409_
 L e410_
 L e411_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e414_
 L e415_
 G e416_
 L e417_
 L e418_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e421_
 L e422_
 G e423_
 L e424_
 L e425_
 L relu_1_12_2_above_pre
 E relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor
 G e428_
 L e429_
 G e430_
 L e431_
 L e432_
 L relu_1_12_3_above_pre
 E relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor
 G e435_
 L e436_
 G e437_
 L e438_
 L e439_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e442_
 L e443_
 G e444_
 L e445_
 L e446_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e449_
 L e450_
 G e451_
 L e452_
 L e453_
 L relu_1_13_2_above_pre
 E relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor
 G e456_
 L e457_
 G e458_
 L e459_
 L e460_
 L relu_1_13_3_above_pre
 E relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor
 G e463_
 L e464_
 G e465_
 L e466_
 L e467_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e470_
 L e471_
 G e472_
 L e473_
 L e474_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e477_
 L e478_
 G e479_
 L e480_
 L e481_
 L relu_1_14_2_above_pre
 E relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor
 G e484_
 L e485_
 G e486_
 L e487_
 L e488_
 L relu_1_14_3_above_pre
 E relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor
 G e491_
 L e492_
 G e493_
 L e494_
 L e495_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 1
 w_1_0_0 pre_definition_1_1_0 0.75
 w_1_0_0 pre_definition_1_2_0 0.5
 w_1_0_0 pre_definition_1_3_0 -0.125
 w_1_0_0 pre_definition_1_4_0 -0.25
 w_1_0_0 pre_definition_1_5_0 -0.375
 w_1_0_0 pre_definition_1_6_0 -0.5
 w_1_0_0 pre_definition_1_7_0 -2
 w_1_0_0 pre_definition_1_8_0 -3.5
 w_1_0_0 pre_definition_1_9_0 -3.625
 w_1_0_0 pre_definition_1_10_0 -3.75
 w_1_0_0 pre_definition_1_11_0 -3.875
 w_1_0_0 pre_definition_1_12_0 -4.5
 w_1_0_0 pre_definition_1_13_0 -4.75
 w_1_0_0 pre_definition_1_14_0 -5
 w_1_1_0 pre_definition_1_0_1 1
 w_1_1_0 pre_definition_1_1_1 0.75
 w_1_1_0 pre_definition_1_2_1 0.5
 w_1_1_0 pre_definition_1_3_1 -0.125
 w_1_1_0 pre_definition_1_4_1 -0.25
 w_1_1_0 pre_definition_1_5_1 -0.375
 w_1_1_0 pre_definition_1_6_1 -0.5
 w_1_1_0 pre_definition_1_7_1 -2
 w_1_1_0 pre_definition_1_8_1 -3.5
 w_1_1_0 pre_definition_1_9_1 -3.625
 w_1_1_0 pre_definition_1_10_1 -3.75
 w_1_1_0 pre_definition_1_11_1 -3.875
 w_1_1_0 pre_definition_1_12_1 -4.5
 w_1_1_0 pre_definition_1_13_1 -4.75
 w_1_1_0 pre_definition_1_14_1 -5
 w_1_2_0 pre_definition_1_0_2 1
 w_1_2_0 pre_definition_1_1_2 0.75
 w_1_2_0 pre_definition_1_2_2 0.5
 w_1_2_0 pre_definition_1_3_2 -0.125
 w_1_2_0 pre_definition_1_4_2 -0.25
 w_1_2_0 pre_definition_1_5_2 -0.375
 w_1_2_0 pre_definition_1_6_2 -0.5
 w_1_2_0 pre_definition_1_7_2 -2
 w_1_2_0 pre_definition_1_8_2 -3.5
 w_1_2_0 pre_definition_1_9_2 -3.625
 w_1_2_0 pre_definition_1_10_2 -3.75
 w_1_2_0 pre_definition_1_11_2 -3.875
 w_1_2_0 pre_definition_1_12_2 -4.5
 w_1_2_0 pre_definition_1_13_2 -4.75
 w_1_2_0 pre_definition_1_14_2 -5
 w_1_3_0 pre_definition_1_0_3 1
 w_1_3_0 pre_definition_1_1_3 0.75
 w_1_3_0 pre_definition_1_2_3 0.5
 w_1_3_0 pre_definition_1_3_3 -0.125
 w_1_3_0 pre_definition_1_4_3 -0.25
 w_1_3_0 pre_definition_1_5_3 -0.375
 w_1_3_0 pre_definition_1_6_3 -0.5
 w_1_3_0 pre_definition_1_7_3 -2
 w_1_3_0 pre_definition_1_8_3 -3.5
 w_1_3_0 pre_definition_1_9_3 -3.625
 w_1_3_0 pre_definition_1_10_3 -3.75
 w_1_3_0 pre_definition_1_11_3 -3.875
 w_1_3_0 pre_definition_1_12_3 -4.5
 w_1_3_0 pre_definition_1_13_3 -4.75
 w_1_3_0 pre_definition_1_14_3 -5
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_0_2 obj 0
 w_2_0_3 obj 0
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
 b_1_3 pre_definition_1_0_3 -1
 b_1_3 pre_definition_1_1_3 -1
 b_1_3 pre_definition_1_2_3 -1
 b_1_3 pre_definition_1_3_3 -1
 b_1_3 pre_definition_1_4_3 -1
 b_1_3 pre_definition_1_5_3 -1
 b_1_3 pre_definition_1_6_3 -1
 b_1_3 pre_definition_1_7_3 -1
 b_1_3 pre_definition_1_8_3 -1
 b_1_3 pre_definition_1_9_3 -1
 b_1_3 pre_definition_1_10_3 -1
 b_1_3 pre_definition_1_11_3 -1
 b_1_3 pre_definition_1_12_3 -1
 b_1_3 pre_definition_1_13_3 -1
 b_1_3 pre_definition_1_14_3 -1
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
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e78_ -1
 pre_1_0_0 e79_ -1
 pre_1_0_0 e82_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e85_ -1
 pre_1_0_1 e86_ -1
 pre_1_0_1 e89_ 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 e92_ -1
 pre_1_0_2 e93_ -1
 pre_1_0_2 e96_ 1
 pre_1_0_3 pre_definition_1_0_3 1
 pre_1_0_3 relu_1_0_3_above_pre 1
 pre_1_0_3 e99_ -1
 pre_1_0_3 e100_ -1
 pre_1_0_3 e103_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e106_ -1
 pre_1_1_0 e107_ -1
 pre_1_1_0 e110_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e113_ -1
 pre_1_1_1 e114_ -1
 pre_1_1_1 e117_ 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 e120_ -1
 pre_1_1_2 e121_ -1
 pre_1_1_2 e124_ 1
 pre_1_1_3 pre_definition_1_1_3 1
 pre_1_1_3 relu_1_1_3_above_pre 1
 pre_1_1_3 e127_ -1
 pre_1_1_3 e128_ -1
 pre_1_1_3 e131_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e134_ -1
 pre_1_2_0 e135_ -1
 pre_1_2_0 e138_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e141_ -1
 pre_1_2_1 e142_ -1
 pre_1_2_1 e145_ 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 e148_ -1
 pre_1_2_2 e149_ -1
 pre_1_2_2 e152_ 1
 pre_1_2_3 pre_definition_1_2_3 1
 pre_1_2_3 relu_1_2_3_above_pre 1
 pre_1_2_3 e155_ -1
 pre_1_2_3 e156_ -1
 pre_1_2_3 e159_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e162_ -1
 pre_1_3_0 e163_ -1
 pre_1_3_0 e166_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e169_ -1
 pre_1_3_1 e170_ -1
 pre_1_3_1 e173_ 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 e176_ -1
 pre_1_3_2 e177_ -1
 pre_1_3_2 e180_ 1
 pre_1_3_3 pre_definition_1_3_3 1
 pre_1_3_3 relu_1_3_3_above_pre 1
 pre_1_3_3 e183_ -1
 pre_1_3_3 e184_ -1
 pre_1_3_3 e187_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e190_ -1
 pre_1_4_0 e191_ -1
 pre_1_4_0 e194_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e197_ -1
 pre_1_4_1 e198_ -1
 pre_1_4_1 e201_ 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 e204_ -1
 pre_1_4_2 e205_ -1
 pre_1_4_2 e208_ 1
 pre_1_4_3 pre_definition_1_4_3 1
 pre_1_4_3 relu_1_4_3_above_pre 1
 pre_1_4_3 e211_ -1
 pre_1_4_3 e212_ -1
 pre_1_4_3 e215_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e218_ -1
 pre_1_5_0 e219_ -1
 pre_1_5_0 e222_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e225_ -1
 pre_1_5_1 e226_ -1
 pre_1_5_1 e229_ 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 e232_ -1
 pre_1_5_2 e233_ -1
 pre_1_5_2 e236_ 1
 pre_1_5_3 pre_definition_1_5_3 1
 pre_1_5_3 relu_1_5_3_above_pre 1
 pre_1_5_3 e239_ -1
 pre_1_5_3 e240_ -1
 pre_1_5_3 e243_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e246_ -1
 pre_1_6_0 e247_ -1
 pre_1_6_0 e250_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e253_ -1
 pre_1_6_1 e254_ -1
 pre_1_6_1 e257_ 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 e260_ -1
 pre_1_6_2 e261_ -1
 pre_1_6_2 e264_ 1
 pre_1_6_3 pre_definition_1_6_3 1
 pre_1_6_3 relu_1_6_3_above_pre 1
 pre_1_6_3 e267_ -1
 pre_1_6_3 e268_ -1
 pre_1_6_3 e271_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e274_ -1
 pre_1_7_0 e275_ -1
 pre_1_7_0 e278_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e281_ -1
 pre_1_7_1 e282_ -1
 pre_1_7_1 e285_ 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 e288_ -1
 pre_1_7_2 e289_ -1
 pre_1_7_2 e292_ 1
 pre_1_7_3 pre_definition_1_7_3 1
 pre_1_7_3 relu_1_7_3_above_pre 1
 pre_1_7_3 e295_ -1
 pre_1_7_3 e296_ -1
 pre_1_7_3 e299_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e302_ -1
 pre_1_8_0 e303_ -1
 pre_1_8_0 e306_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e309_ -1
 pre_1_8_1 e310_ -1
 pre_1_8_1 e313_ 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 e316_ -1
 pre_1_8_2 e317_ -1
 pre_1_8_2 e320_ 1
 pre_1_8_3 pre_definition_1_8_3 1
 pre_1_8_3 relu_1_8_3_above_pre 1
 pre_1_8_3 e323_ -1
 pre_1_8_3 e324_ -1
 pre_1_8_3 e327_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e330_ -1
 pre_1_9_0 e331_ -1
 pre_1_9_0 e334_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e337_ -1
 pre_1_9_1 e338_ -1
 pre_1_9_1 e341_ 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 e344_ -1
 pre_1_9_2 e345_ -1
 pre_1_9_2 e348_ 1
 pre_1_9_3 pre_definition_1_9_3 1
 pre_1_9_3 relu_1_9_3_above_pre 1
 pre_1_9_3 e351_ -1
 pre_1_9_3 e352_ -1
 pre_1_9_3 e355_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e358_ -1
 pre_1_10_0 e359_ -1
 pre_1_10_0 e362_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e365_ -1
 pre_1_10_1 e366_ -1
 pre_1_10_1 e369_ 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 e372_ -1
 pre_1_10_2 e373_ -1
 pre_1_10_2 e376_ 1
 pre_1_10_3 pre_definition_1_10_3 1
 pre_1_10_3 relu_1_10_3_above_pre 1
 pre_1_10_3 e379_ -1
 pre_1_10_3 e380_ -1
 pre_1_10_3 e383_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e386_ -1
 pre_1_11_0 e387_ -1
 pre_1_11_0 e390_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e393_ -1
 pre_1_11_1 e394_ -1
 pre_1_11_1 e397_ 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 e400_ -1
 pre_1_11_2 e401_ -1
 pre_1_11_2 e404_ 1
 pre_1_11_3 pre_definition_1_11_3 1
 pre_1_11_3 relu_1_11_3_above_pre 1
 pre_1_11_3 e407_ -1
 pre_1_11_3 e408_ -1
 pre_1_11_3 e411_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e414_ -1
 pre_1_12_0 e415_ -1
 pre_1_12_0 e418_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e421_ -1
 pre_1_12_1 e422_ -1
 pre_1_12_1 e425_ 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 e428_ -1
 pre_1_12_2 e429_ -1
 pre_1_12_2 e432_ 1
 pre_1_12_3 pre_definition_1_12_3 1
 pre_1_12_3 relu_1_12_3_above_pre 1
 pre_1_12_3 e435_ -1
 pre_1_12_3 e436_ -1
 pre_1_12_3 e439_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e442_ -1
 pre_1_13_0 e443_ -1
 pre_1_13_0 e446_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e449_ -1
 pre_1_13_1 e450_ -1
 pre_1_13_1 e453_ 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 e456_ -1
 pre_1_13_2 e457_ -1
 pre_1_13_2 e460_ 1
 pre_1_13_3 pre_definition_1_13_3 1
 pre_1_13_3 relu_1_13_3_above_pre 1
 pre_1_13_3 e463_ -1
 pre_1_13_3 e464_ -1
 pre_1_13_3 e467_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e470_ -1
 pre_1_14_0 e471_ -1
 pre_1_14_0 e474_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e477_ -1
 pre_1_14_1 e478_ -1
 pre_1_14_1 e481_ 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 e484_ -1
 pre_1_14_2 e485_ -1
 pre_1_14_2 e488_ 1
 pre_1_14_3 pre_definition_1_14_3 1
 pre_1_14_3 relu_1_14_3_above_pre 1
 pre_1_14_3 e491_ -1
 pre_1_14_3 e492_ -1
 pre_1_14_3 e495_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e78_ 1
 post_1_0_0 e79_ 1
 post_1_0_0 e80_ 1
 post_1_0_0 e81_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e85_ 1
 post_1_0_1 e86_ 1
 post_1_0_1 e87_ 1
 post_1_0_1 e88_ 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 e92_ 1
 post_1_0_2 e93_ 1
 post_1_0_2 e94_ 1
 post_1_0_2 e95_ 1
 post_1_0_3 relu_1_0_3_above_pre -1
 post_1_0_3 e99_ 1
 post_1_0_3 e100_ 1
 post_1_0_3 e101_ 1
 post_1_0_3 e102_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e106_ 1
 post_1_1_0 e107_ 1
 post_1_1_0 e108_ 1
 post_1_1_0 e109_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e113_ 1
 post_1_1_1 e114_ 1
 post_1_1_1 e115_ 1
 post_1_1_1 e116_ 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 e120_ 1
 post_1_1_2 e121_ 1
 post_1_1_2 e122_ 1
 post_1_1_2 e123_ 1
 post_1_1_3 relu_1_1_3_above_pre -1
 post_1_1_3 e127_ 1
 post_1_1_3 e128_ 1
 post_1_1_3 e129_ 1
 post_1_1_3 e130_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e134_ 1
 post_1_2_0 e135_ 1
 post_1_2_0 e136_ 1
 post_1_2_0 e137_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e141_ 1
 post_1_2_1 e142_ 1
 post_1_2_1 e143_ 1
 post_1_2_1 e144_ 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 e148_ 1
 post_1_2_2 e149_ 1
 post_1_2_2 e150_ 1
 post_1_2_2 e151_ 1
 post_1_2_3 relu_1_2_3_above_pre -1
 post_1_2_3 e155_ 1
 post_1_2_3 e156_ 1
 post_1_2_3 e157_ 1
 post_1_2_3 e158_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e162_ 1
 post_1_3_0 e163_ 1
 post_1_3_0 e164_ 1
 post_1_3_0 e165_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e169_ 1
 post_1_3_1 e170_ 1
 post_1_3_1 e171_ 1
 post_1_3_1 e172_ 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 e176_ 1
 post_1_3_2 e177_ 1
 post_1_3_2 e178_ 1
 post_1_3_2 e179_ 1
 post_1_3_3 relu_1_3_3_above_pre -1
 post_1_3_3 e183_ 1
 post_1_3_3 e184_ 1
 post_1_3_3 e185_ 1
 post_1_3_3 e186_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e190_ 1
 post_1_4_0 e191_ 1
 post_1_4_0 e192_ 1
 post_1_4_0 e193_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e197_ 1
 post_1_4_1 e198_ 1
 post_1_4_1 e199_ 1
 post_1_4_1 e200_ 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 e204_ 1
 post_1_4_2 e205_ 1
 post_1_4_2 e206_ 1
 post_1_4_2 e207_ 1
 post_1_4_3 relu_1_4_3_above_pre -1
 post_1_4_3 e211_ 1
 post_1_4_3 e212_ 1
 post_1_4_3 e213_ 1
 post_1_4_3 e214_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e218_ 1
 post_1_5_0 e219_ 1
 post_1_5_0 e220_ 1
 post_1_5_0 e221_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e225_ 1
 post_1_5_1 e226_ 1
 post_1_5_1 e227_ 1
 post_1_5_1 e228_ 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 e232_ 1
 post_1_5_2 e233_ 1
 post_1_5_2 e234_ 1
 post_1_5_2 e235_ 1
 post_1_5_3 relu_1_5_3_above_pre -1
 post_1_5_3 e239_ 1
 post_1_5_3 e240_ 1
 post_1_5_3 e241_ 1
 post_1_5_3 e242_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e246_ 1
 post_1_6_0 e247_ 1
 post_1_6_0 e248_ 1
 post_1_6_0 e249_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e253_ 1
 post_1_6_1 e254_ 1
 post_1_6_1 e255_ 1
 post_1_6_1 e256_ 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 e260_ 1
 post_1_6_2 e261_ 1
 post_1_6_2 e262_ 1
 post_1_6_2 e263_ 1
 post_1_6_3 relu_1_6_3_above_pre -1
 post_1_6_3 e267_ 1
 post_1_6_3 e268_ 1
 post_1_6_3 e269_ 1
 post_1_6_3 e270_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e274_ 1
 post_1_7_0 e275_ 1
 post_1_7_0 e276_ 1
 post_1_7_0 e277_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e281_ 1
 post_1_7_1 e282_ 1
 post_1_7_1 e283_ 1
 post_1_7_1 e284_ 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 e288_ 1
 post_1_7_2 e289_ 1
 post_1_7_2 e290_ 1
 post_1_7_2 e291_ 1
 post_1_7_3 relu_1_7_3_above_pre -1
 post_1_7_3 e295_ 1
 post_1_7_3 e296_ 1
 post_1_7_3 e297_ 1
 post_1_7_3 e298_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e302_ 1
 post_1_8_0 e303_ 1
 post_1_8_0 e304_ 1
 post_1_8_0 e305_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e309_ 1
 post_1_8_1 e310_ 1
 post_1_8_1 e311_ 1
 post_1_8_1 e312_ 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 e316_ 1
 post_1_8_2 e317_ 1
 post_1_8_2 e318_ 1
 post_1_8_2 e319_ 1
 post_1_8_3 relu_1_8_3_above_pre -1
 post_1_8_3 e323_ 1
 post_1_8_3 e324_ 1
 post_1_8_3 e325_ 1
 post_1_8_3 e326_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e330_ 1
 post_1_9_0 e331_ 1
 post_1_9_0 e332_ 1
 post_1_9_0 e333_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e337_ 1
 post_1_9_1 e338_ 1
 post_1_9_1 e339_ 1
 post_1_9_1 e340_ 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 e344_ 1
 post_1_9_2 e345_ 1
 post_1_9_2 e346_ 1
 post_1_9_2 e347_ 1
 post_1_9_3 relu_1_9_3_above_pre -1
 post_1_9_3 e351_ 1
 post_1_9_3 e352_ 1
 post_1_9_3 e353_ 1
 post_1_9_3 e354_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e358_ 1
 post_1_10_0 e359_ 1
 post_1_10_0 e360_ 1
 post_1_10_0 e361_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e365_ 1
 post_1_10_1 e366_ 1
 post_1_10_1 e367_ 1
 post_1_10_1 e368_ 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 e372_ 1
 post_1_10_2 e373_ 1
 post_1_10_2 e374_ 1
 post_1_10_2 e375_ 1
 post_1_10_3 relu_1_10_3_above_pre -1
 post_1_10_3 e379_ 1
 post_1_10_3 e380_ 1
 post_1_10_3 e381_ 1
 post_1_10_3 e382_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e386_ 1
 post_1_11_0 e387_ 1
 post_1_11_0 e388_ 1
 post_1_11_0 e389_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e393_ 1
 post_1_11_1 e394_ 1
 post_1_11_1 e395_ 1
 post_1_11_1 e396_ 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 e400_ 1
 post_1_11_2 e401_ 1
 post_1_11_2 e402_ 1
 post_1_11_2 e403_ 1
 post_1_11_3 relu_1_11_3_above_pre -1
 post_1_11_3 e407_ 1
 post_1_11_3 e408_ 1
 post_1_11_3 e409_ 1
 post_1_11_3 e410_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e414_ 1
 post_1_12_0 e415_ 1
 post_1_12_0 e416_ 1
 post_1_12_0 e417_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e421_ 1
 post_1_12_1 e422_ 1
 post_1_12_1 e423_ 1
 post_1_12_1 e424_ 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 e428_ 1
 post_1_12_2 e429_ 1
 post_1_12_2 e430_ 1
 post_1_12_2 e431_ 1
 post_1_12_3 relu_1_12_3_above_pre -1
 post_1_12_3 e435_ 1
 post_1_12_3 e436_ 1
 post_1_12_3 e437_ 1
 post_1_12_3 e438_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e442_ 1
 post_1_13_0 e443_ 1
 post_1_13_0 e444_ 1
 post_1_13_0 e445_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e449_ 1
 post_1_13_1 e450_ 1
 post_1_13_1 e451_ 1
 post_1_13_1 e452_ 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 e456_ 1
 post_1_13_2 e457_ 1
 post_1_13_2 e458_ 1
 post_1_13_2 e459_ 1
 post_1_13_3 relu_1_13_3_above_pre -1
 post_1_13_3 e463_ 1
 post_1_13_3 e464_ 1
 post_1_13_3 e465_ 1
 post_1_13_3 e466_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e470_ 1
 post_1_14_0 e471_ 1
 post_1_14_0 e472_ 1
 post_1_14_0 e473_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e477_ 1
 post_1_14_1 e478_ 1
 post_1_14_1 e479_ 1
 post_1_14_1 e480_ 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 e484_ 1
 post_1_14_2 e485_ 1
 post_1_14_2 e486_ 1
 post_1_14_2 e487_ 1
 post_1_14_3 relu_1_14_3_above_pre -1
 post_1_14_3 e491_ 1
 post_1_14_3 e492_ 1
 post_1_14_3 e493_ 1
 post_1_14_3 e494_ 1
 out_0_0 out_definition_0_0 1
 out_1_0 out_definition_1_0 1
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.25
 out_3_0 out_definition_3_0 1
 out_4_0 obj -0.5
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.75
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1
 out_6_0 out_definition_6_0 1
 out_7_0 obj -2
 out_7_0 out_definition_7_0 1
 out_8_0 obj -1
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.75
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.5
 out_10_0 out_definition_10_0 1
 out_11_0 obj -0.25
 out_11_0 out_definition_11_0 1
 out_12_0 out_definition_12_0 1
 out_13_0 out_definition_13_0 1
 out_14_0 out_definition_14_0 1
 M148 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e78_ -16
 relu_1_0_0_on_binary_indicator_var e79_ 32
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e81_ 16
 relu_1_0_0_off_binary_indicator_var e82_ 16
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e85_ -16
 relu_1_0_1_on_binary_indicator_var e86_ 32
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e88_ 16
 relu_1_0_1_off_binary_indicator_var e89_ 16
 relu_1_0_2_on_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_on_binary_indicator_var e92_ -16
 relu_1_0_2_on_binary_indicator_var e93_ 32
 relu_1_0_2_off_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_off_binary_indicator_var e95_ 16
 relu_1_0_2_off_binary_indicator_var e96_ 16
 relu_1_0_3_on_binary_indicator_var relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_3_on_binary_indicator_var e99_ -16
 relu_1_0_3_on_binary_indicator_var e100_ 32
 relu_1_0_3_off_binary_indicator_var relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_3_off_binary_indicator_var e102_ 16
 relu_1_0_3_off_binary_indicator_var e103_ 16
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e106_ -14
 relu_1_1_0_on_binary_indicator_var e107_ 28
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e109_ 14
 relu_1_1_0_off_binary_indicator_var e110_ 14
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e113_ -14
 relu_1_1_1_on_binary_indicator_var e114_ 28
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e116_ 14
 relu_1_1_1_off_binary_indicator_var e117_ 14
 relu_1_1_2_on_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_on_binary_indicator_var e120_ -14
 relu_1_1_2_on_binary_indicator_var e121_ 28
 relu_1_1_2_off_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_off_binary_indicator_var e123_ 14
 relu_1_1_2_off_binary_indicator_var e124_ 14
 relu_1_1_3_on_binary_indicator_var relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_3_on_binary_indicator_var e127_ -14
 relu_1_1_3_on_binary_indicator_var e128_ 28
 relu_1_1_3_off_binary_indicator_var relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_3_off_binary_indicator_var e130_ 14
 relu_1_1_3_off_binary_indicator_var e131_ 14
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e134_ -12
 relu_1_2_0_on_binary_indicator_var e135_ 24
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e137_ 12
 relu_1_2_0_off_binary_indicator_var e138_ 12
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e141_ -12
 relu_1_2_1_on_binary_indicator_var e142_ 24
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e144_ 12
 relu_1_2_1_off_binary_indicator_var e145_ 12
 relu_1_2_2_on_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_on_binary_indicator_var e148_ -12
 relu_1_2_2_on_binary_indicator_var e149_ 24
 relu_1_2_2_off_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_off_binary_indicator_var e151_ 12
 relu_1_2_2_off_binary_indicator_var e152_ 12
 relu_1_2_3_on_binary_indicator_var relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_3_on_binary_indicator_var e155_ -12
 relu_1_2_3_on_binary_indicator_var e156_ 24
 relu_1_2_3_off_binary_indicator_var relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_3_off_binary_indicator_var e158_ 12
 relu_1_2_3_off_binary_indicator_var e159_ 12
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e162_ -9
 relu_1_3_0_on_binary_indicator_var e163_ 18
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e165_ 9
 relu_1_3_0_off_binary_indicator_var e166_ 9
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e169_ -9
 relu_1_3_1_on_binary_indicator_var e170_ 18
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e172_ 9
 relu_1_3_1_off_binary_indicator_var e173_ 9
 relu_1_3_2_on_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_on_binary_indicator_var e176_ -9
 relu_1_3_2_on_binary_indicator_var e177_ 18
 relu_1_3_2_off_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_off_binary_indicator_var e179_ 9
 relu_1_3_2_off_binary_indicator_var e180_ 9
 relu_1_3_3_on_binary_indicator_var relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_3_on_binary_indicator_var e183_ -9
 relu_1_3_3_on_binary_indicator_var e184_ 18
 relu_1_3_3_off_binary_indicator_var relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_3_off_binary_indicator_var e186_ 9
 relu_1_3_3_off_binary_indicator_var e187_ 9
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e190_ -10
 relu_1_4_0_on_binary_indicator_var e191_ 20
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e193_ 10
 relu_1_4_0_off_binary_indicator_var e194_ 10
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e197_ -10
 relu_1_4_1_on_binary_indicator_var e198_ 20
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e200_ 10
 relu_1_4_1_off_binary_indicator_var e201_ 10
 relu_1_4_2_on_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_on_binary_indicator_var e204_ -10
 relu_1_4_2_on_binary_indicator_var e205_ 20
 relu_1_4_2_off_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_off_binary_indicator_var e207_ 10
 relu_1_4_2_off_binary_indicator_var e208_ 10
 relu_1_4_3_on_binary_indicator_var relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_3_on_binary_indicator_var e211_ -10
 relu_1_4_3_on_binary_indicator_var e212_ 20
 relu_1_4_3_off_binary_indicator_var relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_3_off_binary_indicator_var e214_ 10
 relu_1_4_3_off_binary_indicator_var e215_ 10
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e218_ -11
 relu_1_5_0_on_binary_indicator_var e219_ 22
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e221_ 11
 relu_1_5_0_off_binary_indicator_var e222_ 11
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e225_ -11
 relu_1_5_1_on_binary_indicator_var e226_ 22
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e228_ 11
 relu_1_5_1_off_binary_indicator_var e229_ 11
 relu_1_5_2_on_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_on_binary_indicator_var e232_ -11
 relu_1_5_2_on_binary_indicator_var e233_ 22
 relu_1_5_2_off_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_off_binary_indicator_var e235_ 11
 relu_1_5_2_off_binary_indicator_var e236_ 11
 relu_1_5_3_on_binary_indicator_var relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_3_on_binary_indicator_var e239_ -11
 relu_1_5_3_on_binary_indicator_var e240_ 22
 relu_1_5_3_off_binary_indicator_var relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_3_off_binary_indicator_var e242_ 11
 relu_1_5_3_off_binary_indicator_var e243_ 11
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e246_ -12
 relu_1_6_0_on_binary_indicator_var e247_ 24
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e249_ 12
 relu_1_6_0_off_binary_indicator_var e250_ 12
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e253_ -12
 relu_1_6_1_on_binary_indicator_var e254_ 24
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e256_ 12
 relu_1_6_1_off_binary_indicator_var e257_ 12
 relu_1_6_2_on_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_on_binary_indicator_var e260_ -12
 relu_1_6_2_on_binary_indicator_var e261_ 24
 relu_1_6_2_off_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_off_binary_indicator_var e263_ 12
 relu_1_6_2_off_binary_indicator_var e264_ 12
 relu_1_6_3_on_binary_indicator_var relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_3_on_binary_indicator_var e267_ -12
 relu_1_6_3_on_binary_indicator_var e268_ 24
 relu_1_6_3_off_binary_indicator_var relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_3_off_binary_indicator_var e270_ 12
 relu_1_6_3_off_binary_indicator_var e271_ 12
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e274_ -24
 relu_1_7_0_on_binary_indicator_var e275_ 48
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e277_ 24
 relu_1_7_0_off_binary_indicator_var e278_ 24
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e281_ -24
 relu_1_7_1_on_binary_indicator_var e282_ 48
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e284_ 24
 relu_1_7_1_off_binary_indicator_var e285_ 24
 relu_1_7_2_on_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_on_binary_indicator_var e288_ -24
 relu_1_7_2_on_binary_indicator_var e289_ 48
 relu_1_7_2_off_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_off_binary_indicator_var e291_ 24
 relu_1_7_2_off_binary_indicator_var e292_ 24
 relu_1_7_3_on_binary_indicator_var relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_3_on_binary_indicator_var e295_ -24
 relu_1_7_3_on_binary_indicator_var e296_ 48
 relu_1_7_3_off_binary_indicator_var relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_3_off_binary_indicator_var e298_ 24
 relu_1_7_3_off_binary_indicator_var e299_ 24
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e302_ -36
 relu_1_8_0_on_binary_indicator_var e303_ 72
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e305_ 36
 relu_1_8_0_off_binary_indicator_var e306_ 36
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e309_ -36
 relu_1_8_1_on_binary_indicator_var e310_ 72
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e312_ 36
 relu_1_8_1_off_binary_indicator_var e313_ 36
 relu_1_8_2_on_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_on_binary_indicator_var e316_ -36
 relu_1_8_2_on_binary_indicator_var e317_ 72
 relu_1_8_2_off_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_off_binary_indicator_var e319_ 36
 relu_1_8_2_off_binary_indicator_var e320_ 36
 relu_1_8_3_on_binary_indicator_var relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_3_on_binary_indicator_var e323_ -36
 relu_1_8_3_on_binary_indicator_var e324_ 72
 relu_1_8_3_off_binary_indicator_var relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_3_off_binary_indicator_var e326_ 36
 relu_1_8_3_off_binary_indicator_var e327_ 36
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e330_ -37
 relu_1_9_0_on_binary_indicator_var e331_ 74
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e333_ 37
 relu_1_9_0_off_binary_indicator_var e334_ 37
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e337_ -37
 relu_1_9_1_on_binary_indicator_var e338_ 74
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e340_ 37
 relu_1_9_1_off_binary_indicator_var e341_ 37
 relu_1_9_2_on_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_on_binary_indicator_var e344_ -37
 relu_1_9_2_on_binary_indicator_var e345_ 74
 relu_1_9_2_off_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_off_binary_indicator_var e347_ 37
 relu_1_9_2_off_binary_indicator_var e348_ 37
 relu_1_9_3_on_binary_indicator_var relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_3_on_binary_indicator_var e351_ -37
 relu_1_9_3_on_binary_indicator_var e352_ 74
 relu_1_9_3_off_binary_indicator_var relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_3_off_binary_indicator_var e354_ 37
 relu_1_9_3_off_binary_indicator_var e355_ 37
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e358_ -38
 relu_1_10_0_on_binary_indicator_var e359_ 76
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e361_ 38
 relu_1_10_0_off_binary_indicator_var e362_ 38
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e365_ -38
 relu_1_10_1_on_binary_indicator_var e366_ 76
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e368_ 38
 relu_1_10_1_off_binary_indicator_var e369_ 38
 relu_1_10_2_on_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_on_binary_indicator_var e372_ -38
 relu_1_10_2_on_binary_indicator_var e373_ 76
 relu_1_10_2_off_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_off_binary_indicator_var e375_ 38
 relu_1_10_2_off_binary_indicator_var e376_ 38
 relu_1_10_3_on_binary_indicator_var relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_3_on_binary_indicator_var e379_ -38
 relu_1_10_3_on_binary_indicator_var e380_ 76
 relu_1_10_3_off_binary_indicator_var relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_3_off_binary_indicator_var e382_ 38
 relu_1_10_3_off_binary_indicator_var e383_ 38
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e386_ -39
 relu_1_11_0_on_binary_indicator_var e387_ 78
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e389_ 39
 relu_1_11_0_off_binary_indicator_var e390_ 39
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e393_ -39
 relu_1_11_1_on_binary_indicator_var e394_ 78
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e396_ 39
 relu_1_11_1_off_binary_indicator_var e397_ 39
 relu_1_11_2_on_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_on_binary_indicator_var e400_ -39
 relu_1_11_2_on_binary_indicator_var e401_ 78
 relu_1_11_2_off_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_off_binary_indicator_var e403_ 39
 relu_1_11_2_off_binary_indicator_var e404_ 39
 relu_1_11_3_on_binary_indicator_var relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_3_on_binary_indicator_var e407_ -39
 relu_1_11_3_on_binary_indicator_var e408_ 78
 relu_1_11_3_off_binary_indicator_var relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_3_off_binary_indicator_var e410_ 39
 relu_1_11_3_off_binary_indicator_var e411_ 39
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e414_ -44
 relu_1_12_0_on_binary_indicator_var e415_ 88
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e417_ 44
 relu_1_12_0_off_binary_indicator_var e418_ 44
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e421_ -44
 relu_1_12_1_on_binary_indicator_var e422_ 88
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e424_ 44
 relu_1_12_1_off_binary_indicator_var e425_ 44
 relu_1_12_2_on_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_on_binary_indicator_var e428_ -44
 relu_1_12_2_on_binary_indicator_var e429_ 88
 relu_1_12_2_off_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_off_binary_indicator_var e431_ 44
 relu_1_12_2_off_binary_indicator_var e432_ 44
 relu_1_12_3_on_binary_indicator_var relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_3_on_binary_indicator_var e435_ -44
 relu_1_12_3_on_binary_indicator_var e436_ 88
 relu_1_12_3_off_binary_indicator_var relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_3_off_binary_indicator_var e438_ 44
 relu_1_12_3_off_binary_indicator_var e439_ 44
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e442_ -46
 relu_1_13_0_on_binary_indicator_var e443_ 92
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e445_ 46
 relu_1_13_0_off_binary_indicator_var e446_ 46
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e449_ -46
 relu_1_13_1_on_binary_indicator_var e450_ 92
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e452_ 46
 relu_1_13_1_off_binary_indicator_var e453_ 46
 relu_1_13_2_on_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_on_binary_indicator_var e456_ -46
 relu_1_13_2_on_binary_indicator_var e457_ 92
 relu_1_13_2_off_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_off_binary_indicator_var e459_ 46
 relu_1_13_2_off_binary_indicator_var e460_ 46
 relu_1_13_3_on_binary_indicator_var relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_3_on_binary_indicator_var e463_ -46
 relu_1_13_3_on_binary_indicator_var e464_ 92
 relu_1_13_3_off_binary_indicator_var relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_3_off_binary_indicator_var e466_ 46
 relu_1_13_3_off_binary_indicator_var e467_ 46
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e470_ -48
 relu_1_14_0_on_binary_indicator_var e471_ 96
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e473_ 48
 relu_1_14_0_off_binary_indicator_var e474_ 48
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e477_ -48
 relu_1_14_1_on_binary_indicator_var e478_ 96
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e480_ 48
 relu_1_14_1_off_binary_indicator_var e481_ 48
 relu_1_14_2_on_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_on_binary_indicator_var e484_ -48
 relu_1_14_2_on_binary_indicator_var e485_ 96
 relu_1_14_2_off_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_off_binary_indicator_var e487_ 48
 relu_1_14_2_off_binary_indicator_var e488_ 48
 relu_1_14_3_on_binary_indicator_var relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_3_on_binary_indicator_var e491_ -48
 relu_1_14_3_on_binary_indicator_var e492_ 96
 relu_1_14_3_off_binary_indicator_var relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_3_off_binary_indicator_var e494_ 48
 relu_1_14_3_off_binary_indicator_var e495_ 48
 M268 'MARKER' 'INTEND'
RHS
 rhs obj -1.9375
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e78_ -16
 rhs e79_ 32
 rhs e81_ 16
 rhs e82_ 16
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e85_ -16
 rhs e86_ 32
 rhs e88_ 16
 rhs e89_ 16
 rhs relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e92_ -16
 rhs e93_ 32
 rhs e95_ 16
 rhs e96_ 16
 rhs relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e99_ -16
 rhs e100_ 32
 rhs e102_ 16
 rhs e103_ 16
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e106_ -14
 rhs e107_ 28
 rhs e109_ 14
 rhs e110_ 14
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e113_ -14
 rhs e114_ 28
 rhs e116_ 14
 rhs e117_ 14
 rhs relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e120_ -14
 rhs e121_ 28
 rhs e123_ 14
 rhs e124_ 14
 rhs relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e127_ -14
 rhs e128_ 28
 rhs e130_ 14
 rhs e131_ 14
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e134_ -12
 rhs e135_ 24
 rhs e137_ 12
 rhs e138_ 12
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e141_ -12
 rhs e142_ 24
 rhs e144_ 12
 rhs e145_ 12
 rhs relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e148_ -12
 rhs e149_ 24
 rhs e151_ 12
 rhs e152_ 12
 rhs relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e155_ -12
 rhs e156_ 24
 rhs e158_ 12
 rhs e159_ 12
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e162_ -9
 rhs e163_ 18
 rhs e165_ 9
 rhs e166_ 9
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e169_ -9
 rhs e170_ 18
 rhs e172_ 9
 rhs e173_ 9
 rhs relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e176_ -9
 rhs e177_ 18
 rhs e179_ 9
 rhs e180_ 9
 rhs relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e183_ -9
 rhs e184_ 18
 rhs e186_ 9
 rhs e187_ 9
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e190_ -10
 rhs e191_ 20
 rhs e193_ 10
 rhs e194_ 10
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e197_ -10
 rhs e198_ 20
 rhs e200_ 10
 rhs e201_ 10
 rhs relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e204_ -10
 rhs e205_ 20
 rhs e207_ 10
 rhs e208_ 10
 rhs relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e211_ -10
 rhs e212_ 20
 rhs e214_ 10
 rhs e215_ 10
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e218_ -11
 rhs e219_ 22
 rhs e221_ 11
 rhs e222_ 11
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e225_ -11
 rhs e226_ 22
 rhs e228_ 11
 rhs e229_ 11
 rhs relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e232_ -11
 rhs e233_ 22
 rhs e235_ 11
 rhs e236_ 11
 rhs relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e239_ -11
 rhs e240_ 22
 rhs e242_ 11
 rhs e243_ 11
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e246_ -12
 rhs e247_ 24
 rhs e249_ 12
 rhs e250_ 12
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e253_ -12
 rhs e254_ 24
 rhs e256_ 12
 rhs e257_ 12
 rhs relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e260_ -12
 rhs e261_ 24
 rhs e263_ 12
 rhs e264_ 12
 rhs relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e267_ -12
 rhs e268_ 24
 rhs e270_ 12
 rhs e271_ 12
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e274_ -24
 rhs e275_ 48
 rhs e277_ 24
 rhs e278_ 24
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e281_ -24
 rhs e282_ 48
 rhs e284_ 24
 rhs e285_ 24
 rhs relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e288_ -24
 rhs e289_ 48
 rhs e291_ 24
 rhs e292_ 24
 rhs relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e295_ -24
 rhs e296_ 48
 rhs e298_ 24
 rhs e299_ 24
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e302_ -36
 rhs e303_ 72
 rhs e305_ 36
 rhs e306_ 36
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e309_ -36
 rhs e310_ 72
 rhs e312_ 36
 rhs e313_ 36
 rhs relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e316_ -36
 rhs e317_ 72
 rhs e319_ 36
 rhs e320_ 36
 rhs relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e323_ -36
 rhs e324_ 72
 rhs e326_ 36
 rhs e327_ 36
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e330_ -37
 rhs e331_ 74
 rhs e333_ 37
 rhs e334_ 37
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e337_ -37
 rhs e338_ 74
 rhs e340_ 37
 rhs e341_ 37
 rhs relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e344_ -37
 rhs e345_ 74
 rhs e347_ 37
 rhs e348_ 37
 rhs relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e351_ -37
 rhs e352_ 74
 rhs e354_ 37
 rhs e355_ 37
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e358_ -38
 rhs e359_ 76
 rhs e361_ 38
 rhs e362_ 38
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e365_ -38
 rhs e366_ 76
 rhs e368_ 38
 rhs e369_ 38
 rhs relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e372_ -38
 rhs e373_ 76
 rhs e375_ 38
 rhs e376_ 38
 rhs relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e379_ -38
 rhs e380_ 76
 rhs e382_ 38
 rhs e383_ 38
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e386_ -39
 rhs e387_ 78
 rhs e389_ 39
 rhs e390_ 39
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e393_ -39
 rhs e394_ 78
 rhs e396_ 39
 rhs e397_ 39
 rhs relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e400_ -39
 rhs e401_ 78
 rhs e403_ 39
 rhs e404_ 39
 rhs relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e407_ -39
 rhs e408_ 78
 rhs e410_ 39
 rhs e411_ 39
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e414_ -44
 rhs e415_ 88
 rhs e417_ 44
 rhs e418_ 44
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e421_ -44
 rhs e422_ 88
 rhs e424_ 44
 rhs e425_ 44
 rhs relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e428_ -44
 rhs e429_ 88
 rhs e431_ 44
 rhs e432_ 44
 rhs relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e435_ -44
 rhs e436_ 88
 rhs e438_ 44
 rhs e439_ 44
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e442_ -46
 rhs e443_ 92
 rhs e445_ 46
 rhs e446_ 46
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e449_ -46
 rhs e450_ 92
 rhs e452_ 46
 rhs e453_ 46
 rhs relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e456_ -46
 rhs e457_ 92
 rhs e459_ 46
 rhs e460_ 46
 rhs relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e463_ -46
 rhs e464_ 92
 rhs e466_ 46
 rhs e467_ 46
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e470_ -48
 rhs e471_ 96
 rhs e473_ 48
 rhs e474_ 48
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e477_ -48
 rhs e478_ 96
 rhs e480_ 48
 rhs e481_ 48
 rhs relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e484_ -48
 rhs e485_ 96
 rhs e487_ 48
 rhs e488_ 48
 rhs relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e491_ -48
 rhs e492_ 96
 rhs e494_ 48
 rhs e495_ 48
BOUNDS
 LO bnd w_1_0_0 -8
 UP bnd w_1_0_0 8
 LO bnd w_1_1_0 -8
 UP bnd w_1_1_0 8
 LO bnd w_1_2_0 -8
 UP bnd w_1_2_0 8
 LO bnd w_1_3_0 -8
 UP bnd w_1_3_0 8
 LO bnd w_2_0_0 -8
 UP bnd w_2_0_0 8
 LO bnd w_2_0_1 -8
 UP bnd w_2_0_1 8
 LO bnd w_2_0_2 -8
 UP bnd w_2_0_2 8
 LO bnd w_2_0_3 -8
 UP bnd w_2_0_3 8
 LO bnd b_1_0 -8
 UP bnd b_1_0 8
 LO bnd b_1_1 -8
 UP bnd b_1_1 8
 LO bnd b_1_2 -8
 UP bnd b_1_2 8
 LO bnd b_1_3 -8
 UP bnd b_1_3 8
 LO bnd b_2_0 -8
 UP bnd b_2_0 8
 LO bnd pre_1_0_0 -16
 UP bnd pre_1_0_0 16
 LO bnd pre_1_0_1 -16
 UP bnd pre_1_0_1 16
 LO bnd pre_1_0_2 -16
 UP bnd pre_1_0_2 16
 LO bnd pre_1_0_3 -16
 UP bnd pre_1_0_3 16
 LO bnd pre_1_1_0 -14
 UP bnd pre_1_1_0 14
 LO bnd pre_1_1_1 -14
 UP bnd pre_1_1_1 14
 LO bnd pre_1_1_2 -14
 UP bnd pre_1_1_2 14
 LO bnd pre_1_1_3 -14
 UP bnd pre_1_1_3 14
 LO bnd pre_1_2_0 -12
 UP bnd pre_1_2_0 12
 LO bnd pre_1_2_1 -12
 UP bnd pre_1_2_1 12
 LO bnd pre_1_2_2 -12
 UP bnd pre_1_2_2 12
 LO bnd pre_1_2_3 -12
 UP bnd pre_1_2_3 12
 LO bnd pre_1_3_0 -9
 UP bnd pre_1_3_0 9
 LO bnd pre_1_3_1 -9
 UP bnd pre_1_3_1 9
 LO bnd pre_1_3_2 -9
 UP bnd pre_1_3_2 9
 LO bnd pre_1_3_3 -9
 UP bnd pre_1_3_3 9
 LO bnd pre_1_4_0 -10
 UP bnd pre_1_4_0 10
 LO bnd pre_1_4_1 -10
 UP bnd pre_1_4_1 10
 LO bnd pre_1_4_2 -10
 UP bnd pre_1_4_2 10
 LO bnd pre_1_4_3 -10
 UP bnd pre_1_4_3 10
 LO bnd pre_1_5_0 -11
 UP bnd pre_1_5_0 11
 LO bnd pre_1_5_1 -11
 UP bnd pre_1_5_1 11
 LO bnd pre_1_5_2 -11
 UP bnd pre_1_5_2 11
 LO bnd pre_1_5_3 -11
 UP bnd pre_1_5_3 11
 LO bnd pre_1_6_0 -12
 UP bnd pre_1_6_0 12
 LO bnd pre_1_6_1 -12
 UP bnd pre_1_6_1 12
 LO bnd pre_1_6_2 -12
 UP bnd pre_1_6_2 12
 LO bnd pre_1_6_3 -12
 UP bnd pre_1_6_3 12
 LO bnd pre_1_7_0 -24
 UP bnd pre_1_7_0 24
 LO bnd pre_1_7_1 -24
 UP bnd pre_1_7_1 24
 LO bnd pre_1_7_2 -24
 UP bnd pre_1_7_2 24
 LO bnd pre_1_7_3 -24
 UP bnd pre_1_7_3 24
 LO bnd pre_1_8_0 -36
 UP bnd pre_1_8_0 36
 LO bnd pre_1_8_1 -36
 UP bnd pre_1_8_1 36
 LO bnd pre_1_8_2 -36
 UP bnd pre_1_8_2 36
 LO bnd pre_1_8_3 -36
 UP bnd pre_1_8_3 36
 LO bnd pre_1_9_0 -37
 UP bnd pre_1_9_0 37
 LO bnd pre_1_9_1 -37
 UP bnd pre_1_9_1 37
 LO bnd pre_1_9_2 -37
 UP bnd pre_1_9_2 37
 LO bnd pre_1_9_3 -37
 UP bnd pre_1_9_3 37
 LO bnd pre_1_10_0 -38
 UP bnd pre_1_10_0 38
 LO bnd pre_1_10_1 -38
 UP bnd pre_1_10_1 38
 LO bnd pre_1_10_2 -38
 UP bnd pre_1_10_2 38
 LO bnd pre_1_10_3 -38
 UP bnd pre_1_10_3 38
 LO bnd pre_1_11_0 -39
 UP bnd pre_1_11_0 39
 LO bnd pre_1_11_1 -39
 UP bnd pre_1_11_1 39
 LO bnd pre_1_11_2 -39
 UP bnd pre_1_11_2 39
 LO bnd pre_1_11_3 -39
 UP bnd pre_1_11_3 39
 LO bnd pre_1_12_0 -44
 UP bnd pre_1_12_0 44
 LO bnd pre_1_12_1 -44
 UP bnd pre_1_12_1 44
 LO bnd pre_1_12_2 -44
 UP bnd pre_1_12_2 44
 LO bnd pre_1_12_3 -44
 UP bnd pre_1_12_3 44
 LO bnd pre_1_13_0 -46
 UP bnd pre_1_13_0 46
 LO bnd pre_1_13_1 -46
 UP bnd pre_1_13_1 46
 LO bnd pre_1_13_2 -46
 UP bnd pre_1_13_2 46
 LO bnd pre_1_13_3 -46
 UP bnd pre_1_13_3 46
 LO bnd pre_1_14_0 -48
 UP bnd pre_1_14_0 48
 LO bnd pre_1_14_1 -48
 UP bnd pre_1_14_1 48
 LO bnd pre_1_14_2 -48
 UP bnd pre_1_14_2 48
 LO bnd pre_1_14_3 -48
 UP bnd pre_1_14_3 48
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 16
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 16
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 16
 LO bnd post_1_0_3 0
 UP bnd post_1_0_3 16
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 14
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 14
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 14
 LO bnd post_1_1_3 0
 UP bnd post_1_1_3 14
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 12
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 12
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 12
 LO bnd post_1_2_3 0
 UP bnd post_1_2_3 12
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 9
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 9
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 9
 LO bnd post_1_3_3 0
 UP bnd post_1_3_3 9
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 10
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 10
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 10
 LO bnd post_1_4_3 0
 UP bnd post_1_4_3 10
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 11
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 11
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 11
 LO bnd post_1_5_3 0
 UP bnd post_1_5_3 11
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 12
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 12
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 12
 LO bnd post_1_6_3 0
 UP bnd post_1_6_3 12
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 24
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 24
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 24
 LO bnd post_1_7_3 0
 UP bnd post_1_7_3 24
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 36
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 36
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 36
 LO bnd post_1_8_3 0
 UP bnd post_1_8_3 36
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 37
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 37
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 37
 LO bnd post_1_9_3 0
 UP bnd post_1_9_3 37
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 38
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 38
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 38
 LO bnd post_1_10_3 0
 UP bnd post_1_10_3 38
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 39
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 39
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 39
 LO bnd post_1_11_3 0
 UP bnd post_1_11_3 39
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 44
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 44
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 44
 LO bnd post_1_12_3 0
 UP bnd post_1_12_3 44
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 46
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 46
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 46
 LO bnd post_1_13_3 0
 UP bnd post_1_13_3 46
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 48
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 48
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 48
 LO bnd post_1_14_3 0
 UP bnd post_1_14_3 48
 LO bnd out_0_0 -520
 UP bnd out_0_0 520
 LO bnd out_1_0 -456
 UP bnd out_1_0 456
 LO bnd out_2_0 -392
 UP bnd out_2_0 392
 LO bnd out_3_0 -296
 UP bnd out_3_0 296
 LO bnd out_4_0 -328
 UP bnd out_4_0 328
 LO bnd out_5_0 -360
 UP bnd out_5_0 360
 LO bnd out_6_0 -392
 UP bnd out_6_0 392
 LO bnd out_7_0 -776
 UP bnd out_7_0 776
 LO bnd out_8_0 -1160
 UP bnd out_8_0 1160
 LO bnd out_9_0 -1192
 UP bnd out_9_0 1192
 LO bnd out_10_0 -1224
 UP bnd out_10_0 1224
 LO bnd out_11_0 -1256
 UP bnd out_11_0 1256
 LO bnd out_12_0 -1416
 UP bnd out_12_0 1416
 LO bnd out_13_0 -1480
 UP bnd out_13_0 1480
 LO bnd out_14_0 -1544
 UP bnd out_14_0 1544
 BV bnd relu_1_0_0_on_binary_indicator_var
 BV bnd relu_1_0_0_off_binary_indicator_var
 BV bnd relu_1_0_1_on_binary_indicator_var
 BV bnd relu_1_0_1_off_binary_indicator_var
 BV bnd relu_1_0_2_on_binary_indicator_var
 BV bnd relu_1_0_2_off_binary_indicator_var
 BV bnd relu_1_0_3_on_binary_indicator_var
 BV bnd relu_1_0_3_off_binary_indicator_var
 BV bnd relu_1_1_0_on_binary_indicator_var
 BV bnd relu_1_1_0_off_binary_indicator_var
 BV bnd relu_1_1_1_on_binary_indicator_var
 BV bnd relu_1_1_1_off_binary_indicator_var
 BV bnd relu_1_1_2_on_binary_indicator_var
 BV bnd relu_1_1_2_off_binary_indicator_var
 BV bnd relu_1_1_3_on_binary_indicator_var
 BV bnd relu_1_1_3_off_binary_indicator_var
 BV bnd relu_1_2_0_on_binary_indicator_var
 BV bnd relu_1_2_0_off_binary_indicator_var
 BV bnd relu_1_2_1_on_binary_indicator_var
 BV bnd relu_1_2_1_off_binary_indicator_var
 BV bnd relu_1_2_2_on_binary_indicator_var
 BV bnd relu_1_2_2_off_binary_indicator_var
 BV bnd relu_1_2_3_on_binary_indicator_var
 BV bnd relu_1_2_3_off_binary_indicator_var
 BV bnd relu_1_3_0_on_binary_indicator_var
 BV bnd relu_1_3_0_off_binary_indicator_var
 BV bnd relu_1_3_1_on_binary_indicator_var
 BV bnd relu_1_3_1_off_binary_indicator_var
 BV bnd relu_1_3_2_on_binary_indicator_var
 BV bnd relu_1_3_2_off_binary_indicator_var
 BV bnd relu_1_3_3_on_binary_indicator_var
 BV bnd relu_1_3_3_off_binary_indicator_var
 BV bnd relu_1_4_0_on_binary_indicator_var
 BV bnd relu_1_4_0_off_binary_indicator_var
 BV bnd relu_1_4_1_on_binary_indicator_var
 BV bnd relu_1_4_1_off_binary_indicator_var
 BV bnd relu_1_4_2_on_binary_indicator_var
 BV bnd relu_1_4_2_off_binary_indicator_var
 BV bnd relu_1_4_3_on_binary_indicator_var
 BV bnd relu_1_4_3_off_binary_indicator_var
 BV bnd relu_1_5_0_on_binary_indicator_var
 BV bnd relu_1_5_0_off_binary_indicator_var
 BV bnd relu_1_5_1_on_binary_indicator_var
 BV bnd relu_1_5_1_off_binary_indicator_var
 BV bnd relu_1_5_2_on_binary_indicator_var
 BV bnd relu_1_5_2_off_binary_indicator_var
 BV bnd relu_1_5_3_on_binary_indicator_var
 BV bnd relu_1_5_3_off_binary_indicator_var
 BV bnd relu_1_6_0_on_binary_indicator_var
 BV bnd relu_1_6_0_off_binary_indicator_var
 BV bnd relu_1_6_1_on_binary_indicator_var
 BV bnd relu_1_6_1_off_binary_indicator_var
 BV bnd relu_1_6_2_on_binary_indicator_var
 BV bnd relu_1_6_2_off_binary_indicator_var
 BV bnd relu_1_6_3_on_binary_indicator_var
 BV bnd relu_1_6_3_off_binary_indicator_var
 BV bnd relu_1_7_0_on_binary_indicator_var
 BV bnd relu_1_7_0_off_binary_indicator_var
 BV bnd relu_1_7_1_on_binary_indicator_var
 BV bnd relu_1_7_1_off_binary_indicator_var
 BV bnd relu_1_7_2_on_binary_indicator_var
 BV bnd relu_1_7_2_off_binary_indicator_var
 BV bnd relu_1_7_3_on_binary_indicator_var
 BV bnd relu_1_7_3_off_binary_indicator_var
 BV bnd relu_1_8_0_on_binary_indicator_var
 BV bnd relu_1_8_0_off_binary_indicator_var
 BV bnd relu_1_8_1_on_binary_indicator_var
 BV bnd relu_1_8_1_off_binary_indicator_var
 BV bnd relu_1_8_2_on_binary_indicator_var
 BV bnd relu_1_8_2_off_binary_indicator_var
 BV bnd relu_1_8_3_on_binary_indicator_var
 BV bnd relu_1_8_3_off_binary_indicator_var
 BV bnd relu_1_9_0_on_binary_indicator_var
 BV bnd relu_1_9_0_off_binary_indicator_var
 BV bnd relu_1_9_1_on_binary_indicator_var
 BV bnd relu_1_9_1_off_binary_indicator_var
 BV bnd relu_1_9_2_on_binary_indicator_var
 BV bnd relu_1_9_2_off_binary_indicator_var
 BV bnd relu_1_9_3_on_binary_indicator_var
 BV bnd relu_1_9_3_off_binary_indicator_var
 BV bnd relu_1_10_0_on_binary_indicator_var
 BV bnd relu_1_10_0_off_binary_indicator_var
 BV bnd relu_1_10_1_on_binary_indicator_var
 BV bnd relu_1_10_1_off_binary_indicator_var
 BV bnd relu_1_10_2_on_binary_indicator_var
 BV bnd relu_1_10_2_off_binary_indicator_var
 BV bnd relu_1_10_3_on_binary_indicator_var
 BV bnd relu_1_10_3_off_binary_indicator_var
 BV bnd relu_1_11_0_on_binary_indicator_var
 BV bnd relu_1_11_0_off_binary_indicator_var
 BV bnd relu_1_11_1_on_binary_indicator_var
 BV bnd relu_1_11_1_off_binary_indicator_var
 BV bnd relu_1_11_2_on_binary_indicator_var
 BV bnd relu_1_11_2_off_binary_indicator_var
 BV bnd relu_1_11_3_on_binary_indicator_var
 BV bnd relu_1_11_3_off_binary_indicator_var
 BV bnd relu_1_12_0_on_binary_indicator_var
 BV bnd relu_1_12_0_off_binary_indicator_var
 BV bnd relu_1_12_1_on_binary_indicator_var
 BV bnd relu_1_12_1_off_binary_indicator_var
 BV bnd relu_1_12_2_on_binary_indicator_var
 BV bnd relu_1_12_2_off_binary_indicator_var
 BV bnd relu_1_12_3_on_binary_indicator_var
 BV bnd relu_1_12_3_off_binary_indicator_var
 BV bnd relu_1_13_0_on_binary_indicator_var
 BV bnd relu_1_13_0_off_binary_indicator_var
 BV bnd relu_1_13_1_on_binary_indicator_var
 BV bnd relu_1_13_1_off_binary_indicator_var
 BV bnd relu_1_13_2_on_binary_indicator_var
 BV bnd relu_1_13_2_off_binary_indicator_var
 BV bnd relu_1_13_3_on_binary_indicator_var
 BV bnd relu_1_13_3_off_binary_indicator_var
 BV bnd relu_1_14_0_on_binary_indicator_var
 BV bnd relu_1_14_0_off_binary_indicator_var
 BV bnd relu_1_14_1_on_binary_indicator_var
 BV bnd relu_1_14_1_off_binary_indicator_var
 BV bnd relu_1_14_2_on_binary_indicator_var
 BV bnd relu_1_14_2_off_binary_indicator_var
 BV bnd relu_1_14_3_on_binary_indicator_var
 BV bnd relu_1_14_3_off_binary_indicator_var
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
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
 w_2_0_2 post_1_0_2 -0.5
 post_1_0_2 w_2_0_2 -0.5
 w_2_0_3 post_1_0_3 -0.5
 post_1_0_3 w_2_0_3 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
 w_2_0_2 post_1_1_2 -0.5
 post_1_1_2 w_2_0_2 -0.5
 w_2_0_3 post_1_1_3 -0.5
 post_1_1_3 w_2_0_3 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
 w_2_0_2 post_1_2_2 -0.5
 post_1_2_2 w_2_0_2 -0.5
 w_2_0_3 post_1_2_3 -0.5
 post_1_2_3 w_2_0_3 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
 w_2_0_2 post_1_3_2 -0.5
 post_1_3_2 w_2_0_2 -0.5
 w_2_0_3 post_1_3_3 -0.5
 post_1_3_3 w_2_0_3 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
 w_2_0_2 post_1_4_2 -0.5
 post_1_4_2 w_2_0_2 -0.5
 w_2_0_3 post_1_4_3 -0.5
 post_1_4_3 w_2_0_3 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
 w_2_0_2 post_1_5_2 -0.5
 post_1_5_2 w_2_0_2 -0.5
 w_2_0_3 post_1_5_3 -0.5
 post_1_5_3 w_2_0_3 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
 w_2_0_2 post_1_6_2 -0.5
 post_1_6_2 w_2_0_2 -0.5
 w_2_0_3 post_1_6_3 -0.5
 post_1_6_3 w_2_0_3 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
 w_2_0_2 post_1_7_2 -0.5
 post_1_7_2 w_2_0_2 -0.5
 w_2_0_3 post_1_7_3 -0.5
 post_1_7_3 w_2_0_3 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
 w_2_0_2 post_1_8_2 -0.5
 post_1_8_2 w_2_0_2 -0.5
 w_2_0_3 post_1_8_3 -0.5
 post_1_8_3 w_2_0_3 -0.5
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
 w_2_0_2 post_1_9_2 -0.5
 post_1_9_2 w_2_0_2 -0.5
 w_2_0_3 post_1_9_3 -0.5
 post_1_9_3 w_2_0_3 -0.5
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
 w_2_0_2 post_1_10_2 -0.5
 post_1_10_2 w_2_0_2 -0.5
 w_2_0_3 post_1_10_3 -0.5
 post_1_10_3 w_2_0_3 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
 w_2_0_2 post_1_11_2 -0.5
 post_1_11_2 w_2_0_2 -0.5
 w_2_0_3 post_1_11_3 -0.5
 post_1_11_3 w_2_0_3 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
 w_2_0_2 post_1_12_2 -0.5
 post_1_12_2 w_2_0_2 -0.5
 w_2_0_3 post_1_12_3 -0.5
 post_1_12_3 w_2_0_3 -0.5
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
 w_2_0_2 post_1_13_2 -0.5
 post_1_13_2 w_2_0_2 -0.5
 w_2_0_3 post_1_13_3 -0.5
 post_1_13_3 w_2_0_3 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
 w_2_0_2 post_1_14_2 -0.5
 post_1_14_2 w_2_0_2 -0.5
 w_2_0_3 post_1_14_3 -0.5
 post_1_14_3 w_2_0_3 -0.5
ENDATA
