* sine-N17-p1-plain-indicator  (relu-opt library: sine-N17, problem 1, plain-indicator; {"hidden": [3], "bound": 4.0, "loss": "squared"})
NAME sine-N17-p1-plain-indicator
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
 G e71_
 L e72_
 G e73_
 L e74_
 L e75_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e78_
 L e79_
 G e80_
 L e81_
 L e82_
 L relu_1_0_2_above_pre
 E relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor
 G e85_
 L e86_
 G e87_
 L e88_
 L e89_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e92_
 L e93_
 G e94_
 L e95_
 L e96_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e99_
 L e100_
 G e101_
 L e102_
 L e103_
 L relu_1_1_2_above_pre
 E relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor
 G e106_
 L e107_
 G e108_
 L e109_
 L e110_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e113_
 L e114_
 G e115_
 L e116_
 L e117_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e120_
 L e121_
 G e122_
 L e123_
 L e124_
 L relu_1_2_2_above_pre
 E relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor
 G e127_
 L e128_
 G e129_
 L e130_
 L e131_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e134_
 L e135_
 G e136_
 L e137_
 L e138_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e141_
 L e142_
 G e143_
 L e144_
 L e145_
 L relu_1_3_2_above_pre
 E relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor
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
 L relu_1_4_2_above_pre
 E relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor
 G e169_
 L e170_
 G e171_
 L e172_
 L e173_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e176_
 L e177_
 G e178_
 L e179_
 L e180_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e183_
 L e184_
 G e185_
 L e186_
 L e187_
 L relu_1_5_2_above_pre
 E relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor
 G e190_
 L e191_
 G e192_
 L e193_
 L e194_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e197_
 L e198_
 G e199_
 L e200_
 L e201_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e204_
 L e205_
 G e206_
 L e207_
 L e208_
 L relu_1_6_2_above_pre
 E relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor
 G e211_
 L e212_
 G e213_
 L e214_
 L e215_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e218_
 L e219_
 G e220_
 L e221_
 L e222_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e225_
 L e226_
 G e227_
 L e228_
 L e229_
 L relu_1_7_2_above_pre
 E relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor
 G e232_
 L e233_
 G e234_
 L e235_
 L e236_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e239_
 L e240_
 G e241_
 L e242_
 L e243_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e246_
 L e247_
 G e248_
 L e249_
 L e250_
 L relu_1_8_2_above_pre
 E relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor
 G e253_
 L e254_
 G e255_
 L e256_
 L e257_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e260_
 L e261_
 G e262_
 L e263_
 L e264_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e267_
 L e268_
 G e269_
 L e270_
 L e271_
 L relu_1_9_2_above_pre
 E relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor
 G e274_
 L e275_
 G e276_
 L e277_
 L e278_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e281_
 L e282_
 G e283_
 L e284_
 L e285_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e288_
 L e289_
 G e290_
 L e291_
 L e292_
 L relu_1_10_2_above_pre
 E relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor
 G e295_
 L e296_
 G e297_
 L e298_
 L e299_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e302_
 L e303_
 G e304_
 L e305_
 L e306_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e309_
 L e310_
 G e311_
 L e312_
 L e313_
 L relu_1_11_2_above_pre
 E relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor
 G e316_
 L e317_
 G e318_
 L e319_
 L e320_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e323_
 L e324_
 G e325_
 L e326_
 L e327_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e330_
 L e331_
 G e332_
 L e333_
 L e334_
 L relu_1_12_2_above_pre
 E relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor
 G e337_
 L e338_
 G e339_
 L e340_
 L e341_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e344_
 L e345_
 G e346_
 L e347_
 L e348_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e351_
 L e352_
 G e353_
 L e354_
 L e355_
 L relu_1_13_2_above_pre
 E relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor
 G e358_
 L e359_
 G e360_
 L e361_
 L e362_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e365_
 L e366_
 G e367_
 L e368_
 L e369_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e372_
 L e373_
 G e374_
 L e375_
 L e376_
 L relu_1_14_2_above_pre
 E relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor
 G e379_
 L e380_
 G e381_
 L e382_
 L e383_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e386_
 L e387_
 G e388_
 L e389_
 L e390_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e393_
 L e394_
 G e395_
 L e396_
 L e397_
 L relu_1_15_2_above_pre
 E relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor
 G e400_
 L e401_
 G e402_
 L e403_
 L e404_
 L relu_1_16_0_above_pre
 E relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor
 G e407_
 L e408_
 G e409_
 L e410_
 L e411_
 L relu_1_16_1_above_pre
 E relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor
 G e414_
 L e415_
 G e416_
 L e417_
 L e418_
 L relu_1_16_2_above_pre
 E relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor
 G e421_
 L e422_
 G e423_
 L e424_
 L e425_
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
 w_1_2_0 pre_definition_1_0_2 1
 w_1_2_0 pre_definition_1_1_2 0.875
 w_1_2_0 pre_definition_1_2_2 0.75
 w_1_2_0 pre_definition_1_3_2 0.625
 w_1_2_0 pre_definition_1_4_2 0.5
 w_1_2_0 pre_definition_1_5_2 0.375
 w_1_2_0 pre_definition_1_6_2 0.25
 w_1_2_0 pre_definition_1_7_2 0.125
 w_1_2_0 pre_definition_1_9_2 -0.125
 w_1_2_0 pre_definition_1_10_2 -0.25
 w_1_2_0 pre_definition_1_11_2 -0.375
 w_1_2_0 pre_definition_1_12_2 -0.5
 w_1_2_0 pre_definition_1_13_2 -0.625
 w_1_2_0 pre_definition_1_14_2 -0.75
 w_1_2_0 pre_definition_1_15_2 -0.875
 w_1_2_0 pre_definition_1_16_2 -1
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
 pre_1_0_0 e71_ -1
 pre_1_0_0 e72_ -1
 pre_1_0_0 e75_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e78_ -1
 pre_1_0_1 e79_ -1
 pre_1_0_1 e82_ 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 e85_ -1
 pre_1_0_2 e86_ -1
 pre_1_0_2 e89_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e92_ -1
 pre_1_1_0 e93_ -1
 pre_1_1_0 e96_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e99_ -1
 pre_1_1_1 e100_ -1
 pre_1_1_1 e103_ 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 e106_ -1
 pre_1_1_2 e107_ -1
 pre_1_1_2 e110_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e113_ -1
 pre_1_2_0 e114_ -1
 pre_1_2_0 e117_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e120_ -1
 pre_1_2_1 e121_ -1
 pre_1_2_1 e124_ 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 e127_ -1
 pre_1_2_2 e128_ -1
 pre_1_2_2 e131_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e134_ -1
 pre_1_3_0 e135_ -1
 pre_1_3_0 e138_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e141_ -1
 pre_1_3_1 e142_ -1
 pre_1_3_1 e145_ 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 e148_ -1
 pre_1_3_2 e149_ -1
 pre_1_3_2 e152_ 1
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
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 e169_ -1
 pre_1_4_2 e170_ -1
 pre_1_4_2 e173_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e176_ -1
 pre_1_5_0 e177_ -1
 pre_1_5_0 e180_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e183_ -1
 pre_1_5_1 e184_ -1
 pre_1_5_1 e187_ 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 e190_ -1
 pre_1_5_2 e191_ -1
 pre_1_5_2 e194_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e197_ -1
 pre_1_6_0 e198_ -1
 pre_1_6_0 e201_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e204_ -1
 pre_1_6_1 e205_ -1
 pre_1_6_1 e208_ 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 e211_ -1
 pre_1_6_2 e212_ -1
 pre_1_6_2 e215_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e218_ -1
 pre_1_7_0 e219_ -1
 pre_1_7_0 e222_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e225_ -1
 pre_1_7_1 e226_ -1
 pre_1_7_1 e229_ 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 e232_ -1
 pre_1_7_2 e233_ -1
 pre_1_7_2 e236_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e239_ -1
 pre_1_8_0 e240_ -1
 pre_1_8_0 e243_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e246_ -1
 pre_1_8_1 e247_ -1
 pre_1_8_1 e250_ 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 e253_ -1
 pre_1_8_2 e254_ -1
 pre_1_8_2 e257_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e260_ -1
 pre_1_9_0 e261_ -1
 pre_1_9_0 e264_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e267_ -1
 pre_1_9_1 e268_ -1
 pre_1_9_1 e271_ 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 e274_ -1
 pre_1_9_2 e275_ -1
 pre_1_9_2 e278_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e281_ -1
 pre_1_10_0 e282_ -1
 pre_1_10_0 e285_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e288_ -1
 pre_1_10_1 e289_ -1
 pre_1_10_1 e292_ 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 e295_ -1
 pre_1_10_2 e296_ -1
 pre_1_10_2 e299_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e302_ -1
 pre_1_11_0 e303_ -1
 pre_1_11_0 e306_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e309_ -1
 pre_1_11_1 e310_ -1
 pre_1_11_1 e313_ 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 e316_ -1
 pre_1_11_2 e317_ -1
 pre_1_11_2 e320_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e323_ -1
 pre_1_12_0 e324_ -1
 pre_1_12_0 e327_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e330_ -1
 pre_1_12_1 e331_ -1
 pre_1_12_1 e334_ 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 e337_ -1
 pre_1_12_2 e338_ -1
 pre_1_12_2 e341_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e344_ -1
 pre_1_13_0 e345_ -1
 pre_1_13_0 e348_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e351_ -1
 pre_1_13_1 e352_ -1
 pre_1_13_1 e355_ 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 e358_ -1
 pre_1_13_2 e359_ -1
 pre_1_13_2 e362_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e365_ -1
 pre_1_14_0 e366_ -1
 pre_1_14_0 e369_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e372_ -1
 pre_1_14_1 e373_ -1
 pre_1_14_1 e376_ 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 e379_ -1
 pre_1_14_2 e380_ -1
 pre_1_14_2 e383_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e386_ -1
 pre_1_15_0 e387_ -1
 pre_1_15_0 e390_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e393_ -1
 pre_1_15_1 e394_ -1
 pre_1_15_1 e397_ 1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_above_pre 1
 pre_1_15_2 e400_ -1
 pre_1_15_2 e401_ -1
 pre_1_15_2 e404_ 1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre 1
 pre_1_16_0 e407_ -1
 pre_1_16_0 e408_ -1
 pre_1_16_0 e411_ 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre 1
 pre_1_16_1 e414_ -1
 pre_1_16_1 e415_ -1
 pre_1_16_1 e418_ 1
 pre_1_16_2 pre_definition_1_16_2 1
 pre_1_16_2 relu_1_16_2_above_pre 1
 pre_1_16_2 e421_ -1
 pre_1_16_2 e422_ -1
 pre_1_16_2 e425_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e71_ 1
 post_1_0_0 e72_ 1
 post_1_0_0 e73_ 1
 post_1_0_0 e74_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e78_ 1
 post_1_0_1 e79_ 1
 post_1_0_1 e80_ 1
 post_1_0_1 e81_ 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 e85_ 1
 post_1_0_2 e86_ 1
 post_1_0_2 e87_ 1
 post_1_0_2 e88_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e92_ 1
 post_1_1_0 e93_ 1
 post_1_1_0 e94_ 1
 post_1_1_0 e95_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e99_ 1
 post_1_1_1 e100_ 1
 post_1_1_1 e101_ 1
 post_1_1_1 e102_ 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 e106_ 1
 post_1_1_2 e107_ 1
 post_1_1_2 e108_ 1
 post_1_1_2 e109_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e113_ 1
 post_1_2_0 e114_ 1
 post_1_2_0 e115_ 1
 post_1_2_0 e116_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e120_ 1
 post_1_2_1 e121_ 1
 post_1_2_1 e122_ 1
 post_1_2_1 e123_ 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 e127_ 1
 post_1_2_2 e128_ 1
 post_1_2_2 e129_ 1
 post_1_2_2 e130_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e134_ 1
 post_1_3_0 e135_ 1
 post_1_3_0 e136_ 1
 post_1_3_0 e137_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e141_ 1
 post_1_3_1 e142_ 1
 post_1_3_1 e143_ 1
 post_1_3_1 e144_ 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 e148_ 1
 post_1_3_2 e149_ 1
 post_1_3_2 e150_ 1
 post_1_3_2 e151_ 1
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
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 e169_ 1
 post_1_4_2 e170_ 1
 post_1_4_2 e171_ 1
 post_1_4_2 e172_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e176_ 1
 post_1_5_0 e177_ 1
 post_1_5_0 e178_ 1
 post_1_5_0 e179_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e183_ 1
 post_1_5_1 e184_ 1
 post_1_5_1 e185_ 1
 post_1_5_1 e186_ 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 e190_ 1
 post_1_5_2 e191_ 1
 post_1_5_2 e192_ 1
 post_1_5_2 e193_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e197_ 1
 post_1_6_0 e198_ 1
 post_1_6_0 e199_ 1
 post_1_6_0 e200_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e204_ 1
 post_1_6_1 e205_ 1
 post_1_6_1 e206_ 1
 post_1_6_1 e207_ 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 e211_ 1
 post_1_6_2 e212_ 1
 post_1_6_2 e213_ 1
 post_1_6_2 e214_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e218_ 1
 post_1_7_0 e219_ 1
 post_1_7_0 e220_ 1
 post_1_7_0 e221_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e225_ 1
 post_1_7_1 e226_ 1
 post_1_7_1 e227_ 1
 post_1_7_1 e228_ 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 e232_ 1
 post_1_7_2 e233_ 1
 post_1_7_2 e234_ 1
 post_1_7_2 e235_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e239_ 1
 post_1_8_0 e240_ 1
 post_1_8_0 e241_ 1
 post_1_8_0 e242_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e246_ 1
 post_1_8_1 e247_ 1
 post_1_8_1 e248_ 1
 post_1_8_1 e249_ 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 e253_ 1
 post_1_8_2 e254_ 1
 post_1_8_2 e255_ 1
 post_1_8_2 e256_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e260_ 1
 post_1_9_0 e261_ 1
 post_1_9_0 e262_ 1
 post_1_9_0 e263_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e267_ 1
 post_1_9_1 e268_ 1
 post_1_9_1 e269_ 1
 post_1_9_1 e270_ 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 e274_ 1
 post_1_9_2 e275_ 1
 post_1_9_2 e276_ 1
 post_1_9_2 e277_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e281_ 1
 post_1_10_0 e282_ 1
 post_1_10_0 e283_ 1
 post_1_10_0 e284_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e288_ 1
 post_1_10_1 e289_ 1
 post_1_10_1 e290_ 1
 post_1_10_1 e291_ 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 e295_ 1
 post_1_10_2 e296_ 1
 post_1_10_2 e297_ 1
 post_1_10_2 e298_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e302_ 1
 post_1_11_0 e303_ 1
 post_1_11_0 e304_ 1
 post_1_11_0 e305_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e309_ 1
 post_1_11_1 e310_ 1
 post_1_11_1 e311_ 1
 post_1_11_1 e312_ 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 e316_ 1
 post_1_11_2 e317_ 1
 post_1_11_2 e318_ 1
 post_1_11_2 e319_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e323_ 1
 post_1_12_0 e324_ 1
 post_1_12_0 e325_ 1
 post_1_12_0 e326_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e330_ 1
 post_1_12_1 e331_ 1
 post_1_12_1 e332_ 1
 post_1_12_1 e333_ 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 e337_ 1
 post_1_12_2 e338_ 1
 post_1_12_2 e339_ 1
 post_1_12_2 e340_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e344_ 1
 post_1_13_0 e345_ 1
 post_1_13_0 e346_ 1
 post_1_13_0 e347_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e351_ 1
 post_1_13_1 e352_ 1
 post_1_13_1 e353_ 1
 post_1_13_1 e354_ 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 e358_ 1
 post_1_13_2 e359_ 1
 post_1_13_2 e360_ 1
 post_1_13_2 e361_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e365_ 1
 post_1_14_0 e366_ 1
 post_1_14_0 e367_ 1
 post_1_14_0 e368_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e372_ 1
 post_1_14_1 e373_ 1
 post_1_14_1 e374_ 1
 post_1_14_1 e375_ 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 e379_ 1
 post_1_14_2 e380_ 1
 post_1_14_2 e381_ 1
 post_1_14_2 e382_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e386_ 1
 post_1_15_0 e387_ 1
 post_1_15_0 e388_ 1
 post_1_15_0 e389_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e393_ 1
 post_1_15_1 e394_ 1
 post_1_15_1 e395_ 1
 post_1_15_1 e396_ 1
 post_1_15_2 relu_1_15_2_above_pre -1
 post_1_15_2 e400_ 1
 post_1_15_2 e401_ 1
 post_1_15_2 e402_ 1
 post_1_15_2 e403_ 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 e407_ 1
 post_1_16_0 e408_ 1
 post_1_16_0 e409_ 1
 post_1_16_0 e410_ 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 e414_ 1
 post_1_16_1 e415_ 1
 post_1_16_1 e416_ 1
 post_1_16_1 e417_ 1
 post_1_16_2 relu_1_16_2_above_pre -1
 post_1_16_2 e421_ 1
 post_1_16_2 e422_ 1
 post_1_16_2 e423_ 1
 post_1_16_2 e424_ 1
 out_0_0 obj 2.4492935982947064e-16
 out_0_0 out_definition_0_0 1
 out_1_0 obj 0.7653668647301798
 out_1_0 out_definition_1_0 1
 out_2_0 obj 1.4142135623730951
 out_2_0 out_definition_2_0 1
 out_3_0 obj 1.8477590650225735
 out_3_0 out_definition_3_0 1
 out_4_0 obj 2
 out_4_0 out_definition_4_0 1
 out_5_0 obj 1.8477590650225735
 out_5_0 out_definition_5_0 1
 out_6_0 obj 1.414213562373095
 out_6_0 out_definition_6_0 1
 out_7_0 obj 0.7653668647301796
 out_7_0 out_definition_7_0 1
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.7653668647301796
 out_9_0 out_definition_9_0 1
 out_10_0 obj -1.414213562373095
 out_10_0 out_definition_10_0 1
 out_11_0 obj -1.8477590650225735
 out_11_0 out_definition_11_0 1
 out_12_0 obj -2
 out_12_0 out_definition_12_0 1
 out_13_0 obj -1.8477590650225735
 out_13_0 out_definition_13_0 1
 out_14_0 obj -1.4142135623730951
 out_14_0 out_definition_14_0 1
 out_15_0 obj -0.7653668647301798
 out_15_0 out_definition_15_0 1
 out_16_0 obj -2.4492935982947064e-16
 out_16_0 out_definition_16_0 1
 M129 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e71_ -8
 relu_1_0_0_on_binary_indicator_var e72_ 16
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e74_ 8
 relu_1_0_0_off_binary_indicator_var e75_ 8
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e78_ -8
 relu_1_0_1_on_binary_indicator_var e79_ 16
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e81_ 8
 relu_1_0_1_off_binary_indicator_var e82_ 8
 relu_1_0_2_on_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_on_binary_indicator_var e85_ -8
 relu_1_0_2_on_binary_indicator_var e86_ 16
 relu_1_0_2_off_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_off_binary_indicator_var e88_ 8
 relu_1_0_2_off_binary_indicator_var e89_ 8
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e92_ -7.5
 relu_1_1_0_on_binary_indicator_var e93_ 15
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e95_ 7.5
 relu_1_1_0_off_binary_indicator_var e96_ 7.5
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e99_ -7.5
 relu_1_1_1_on_binary_indicator_var e100_ 15
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e102_ 7.5
 relu_1_1_1_off_binary_indicator_var e103_ 7.5
 relu_1_1_2_on_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_on_binary_indicator_var e106_ -7.5
 relu_1_1_2_on_binary_indicator_var e107_ 15
 relu_1_1_2_off_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_off_binary_indicator_var e109_ 7.5
 relu_1_1_2_off_binary_indicator_var e110_ 7.5
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e113_ -7
 relu_1_2_0_on_binary_indicator_var e114_ 14
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e116_ 7
 relu_1_2_0_off_binary_indicator_var e117_ 7
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e120_ -7
 relu_1_2_1_on_binary_indicator_var e121_ 14
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e123_ 7
 relu_1_2_1_off_binary_indicator_var e124_ 7
 relu_1_2_2_on_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_on_binary_indicator_var e127_ -7
 relu_1_2_2_on_binary_indicator_var e128_ 14
 relu_1_2_2_off_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_off_binary_indicator_var e130_ 7
 relu_1_2_2_off_binary_indicator_var e131_ 7
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e134_ -6.5
 relu_1_3_0_on_binary_indicator_var e135_ 13
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e137_ 6.5
 relu_1_3_0_off_binary_indicator_var e138_ 6.5
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e141_ -6.5
 relu_1_3_1_on_binary_indicator_var e142_ 13
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e144_ 6.5
 relu_1_3_1_off_binary_indicator_var e145_ 6.5
 relu_1_3_2_on_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_on_binary_indicator_var e148_ -6.5
 relu_1_3_2_on_binary_indicator_var e149_ 13
 relu_1_3_2_off_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_off_binary_indicator_var e151_ 6.5
 relu_1_3_2_off_binary_indicator_var e152_ 6.5
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e155_ -6
 relu_1_4_0_on_binary_indicator_var e156_ 12
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e158_ 6
 relu_1_4_0_off_binary_indicator_var e159_ 6
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e162_ -6
 relu_1_4_1_on_binary_indicator_var e163_ 12
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e165_ 6
 relu_1_4_1_off_binary_indicator_var e166_ 6
 relu_1_4_2_on_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_on_binary_indicator_var e169_ -6
 relu_1_4_2_on_binary_indicator_var e170_ 12
 relu_1_4_2_off_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_off_binary_indicator_var e172_ 6
 relu_1_4_2_off_binary_indicator_var e173_ 6
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e176_ -5.5
 relu_1_5_0_on_binary_indicator_var e177_ 11
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e179_ 5.5
 relu_1_5_0_off_binary_indicator_var e180_ 5.5
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e183_ -5.5
 relu_1_5_1_on_binary_indicator_var e184_ 11
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e186_ 5.5
 relu_1_5_1_off_binary_indicator_var e187_ 5.5
 relu_1_5_2_on_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_on_binary_indicator_var e190_ -5.5
 relu_1_5_2_on_binary_indicator_var e191_ 11
 relu_1_5_2_off_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_off_binary_indicator_var e193_ 5.5
 relu_1_5_2_off_binary_indicator_var e194_ 5.5
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e197_ -5
 relu_1_6_0_on_binary_indicator_var e198_ 10
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e200_ 5
 relu_1_6_0_off_binary_indicator_var e201_ 5
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e204_ -5
 relu_1_6_1_on_binary_indicator_var e205_ 10
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e207_ 5
 relu_1_6_1_off_binary_indicator_var e208_ 5
 relu_1_6_2_on_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_on_binary_indicator_var e211_ -5
 relu_1_6_2_on_binary_indicator_var e212_ 10
 relu_1_6_2_off_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_off_binary_indicator_var e214_ 5
 relu_1_6_2_off_binary_indicator_var e215_ 5
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e218_ -4.5
 relu_1_7_0_on_binary_indicator_var e219_ 9
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e221_ 4.5
 relu_1_7_0_off_binary_indicator_var e222_ 4.5
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e225_ -4.5
 relu_1_7_1_on_binary_indicator_var e226_ 9
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e228_ 4.5
 relu_1_7_1_off_binary_indicator_var e229_ 4.5
 relu_1_7_2_on_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_on_binary_indicator_var e232_ -4.5
 relu_1_7_2_on_binary_indicator_var e233_ 9
 relu_1_7_2_off_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_off_binary_indicator_var e235_ 4.5
 relu_1_7_2_off_binary_indicator_var e236_ 4.5
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e239_ -4
 relu_1_8_0_on_binary_indicator_var e240_ 8
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e242_ 4
 relu_1_8_0_off_binary_indicator_var e243_ 4
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e246_ -4
 relu_1_8_1_on_binary_indicator_var e247_ 8
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e249_ 4
 relu_1_8_1_off_binary_indicator_var e250_ 4
 relu_1_8_2_on_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_on_binary_indicator_var e253_ -4
 relu_1_8_2_on_binary_indicator_var e254_ 8
 relu_1_8_2_off_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_off_binary_indicator_var e256_ 4
 relu_1_8_2_off_binary_indicator_var e257_ 4
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e260_ -4.5
 relu_1_9_0_on_binary_indicator_var e261_ 9
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e263_ 4.5
 relu_1_9_0_off_binary_indicator_var e264_ 4.5
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e267_ -4.5
 relu_1_9_1_on_binary_indicator_var e268_ 9
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e270_ 4.5
 relu_1_9_1_off_binary_indicator_var e271_ 4.5
 relu_1_9_2_on_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_on_binary_indicator_var e274_ -4.5
 relu_1_9_2_on_binary_indicator_var e275_ 9
 relu_1_9_2_off_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_off_binary_indicator_var e277_ 4.5
 relu_1_9_2_off_binary_indicator_var e278_ 4.5
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e281_ -5
 relu_1_10_0_on_binary_indicator_var e282_ 10
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e284_ 5
 relu_1_10_0_off_binary_indicator_var e285_ 5
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e288_ -5
 relu_1_10_1_on_binary_indicator_var e289_ 10
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e291_ 5
 relu_1_10_1_off_binary_indicator_var e292_ 5
 relu_1_10_2_on_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_on_binary_indicator_var e295_ -5
 relu_1_10_2_on_binary_indicator_var e296_ 10
 relu_1_10_2_off_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_off_binary_indicator_var e298_ 5
 relu_1_10_2_off_binary_indicator_var e299_ 5
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e302_ -5.5
 relu_1_11_0_on_binary_indicator_var e303_ 11
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e305_ 5.5
 relu_1_11_0_off_binary_indicator_var e306_ 5.5
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e309_ -5.5
 relu_1_11_1_on_binary_indicator_var e310_ 11
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e312_ 5.5
 relu_1_11_1_off_binary_indicator_var e313_ 5.5
 relu_1_11_2_on_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_on_binary_indicator_var e316_ -5.5
 relu_1_11_2_on_binary_indicator_var e317_ 11
 relu_1_11_2_off_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_off_binary_indicator_var e319_ 5.5
 relu_1_11_2_off_binary_indicator_var e320_ 5.5
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e323_ -6
 relu_1_12_0_on_binary_indicator_var e324_ 12
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e326_ 6
 relu_1_12_0_off_binary_indicator_var e327_ 6
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e330_ -6
 relu_1_12_1_on_binary_indicator_var e331_ 12
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e333_ 6
 relu_1_12_1_off_binary_indicator_var e334_ 6
 relu_1_12_2_on_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_on_binary_indicator_var e337_ -6
 relu_1_12_2_on_binary_indicator_var e338_ 12
 relu_1_12_2_off_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_off_binary_indicator_var e340_ 6
 relu_1_12_2_off_binary_indicator_var e341_ 6
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e344_ -6.5
 relu_1_13_0_on_binary_indicator_var e345_ 13
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e347_ 6.5
 relu_1_13_0_off_binary_indicator_var e348_ 6.5
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e351_ -6.5
 relu_1_13_1_on_binary_indicator_var e352_ 13
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e354_ 6.5
 relu_1_13_1_off_binary_indicator_var e355_ 6.5
 relu_1_13_2_on_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_on_binary_indicator_var e358_ -6.5
 relu_1_13_2_on_binary_indicator_var e359_ 13
 relu_1_13_2_off_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_off_binary_indicator_var e361_ 6.5
 relu_1_13_2_off_binary_indicator_var e362_ 6.5
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e365_ -7
 relu_1_14_0_on_binary_indicator_var e366_ 14
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e368_ 7
 relu_1_14_0_off_binary_indicator_var e369_ 7
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e372_ -7
 relu_1_14_1_on_binary_indicator_var e373_ 14
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e375_ 7
 relu_1_14_1_off_binary_indicator_var e376_ 7
 relu_1_14_2_on_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_on_binary_indicator_var e379_ -7
 relu_1_14_2_on_binary_indicator_var e380_ 14
 relu_1_14_2_off_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_off_binary_indicator_var e382_ 7
 relu_1_14_2_off_binary_indicator_var e383_ 7
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e386_ -7.5
 relu_1_15_0_on_binary_indicator_var e387_ 15
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e389_ 7.5
 relu_1_15_0_off_binary_indicator_var e390_ 7.5
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e393_ -7.5
 relu_1_15_1_on_binary_indicator_var e394_ 15
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e396_ 7.5
 relu_1_15_1_off_binary_indicator_var e397_ 7.5
 relu_1_15_2_on_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_on_binary_indicator_var e400_ -7.5
 relu_1_15_2_on_binary_indicator_var e401_ 15
 relu_1_15_2_off_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_off_binary_indicator_var e403_ 7.5
 relu_1_15_2_off_binary_indicator_var e404_ 7.5
 relu_1_16_0_on_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_on_binary_indicator_var e407_ -8
 relu_1_16_0_on_binary_indicator_var e408_ 16
 relu_1_16_0_off_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_off_binary_indicator_var e410_ 8
 relu_1_16_0_off_binary_indicator_var e411_ 8
 relu_1_16_1_on_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_on_binary_indicator_var e414_ -8
 relu_1_16_1_on_binary_indicator_var e415_ 16
 relu_1_16_1_off_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_off_binary_indicator_var e417_ 8
 relu_1_16_1_off_binary_indicator_var e418_ 8
 relu_1_16_2_on_binary_indicator_var relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_2_on_binary_indicator_var e421_ -8
 relu_1_16_2_on_binary_indicator_var e422_ 16
 relu_1_16_2_off_binary_indicator_var relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_2_off_binary_indicator_var e424_ 8
 relu_1_16_2_off_binary_indicator_var e425_ 8
 M231 'MARKER' 'INTEND'
RHS
 rhs obj -8
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e71_ -8
 rhs e72_ 16
 rhs e74_ 8
 rhs e75_ 8
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e78_ -8
 rhs e79_ 16
 rhs e81_ 8
 rhs e82_ 8
 rhs relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e85_ -8
 rhs e86_ 16
 rhs e88_ 8
 rhs e89_ 8
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e92_ -7.5
 rhs e93_ 15
 rhs e95_ 7.5
 rhs e96_ 7.5
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e99_ -7.5
 rhs e100_ 15
 rhs e102_ 7.5
 rhs e103_ 7.5
 rhs relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e106_ -7.5
 rhs e107_ 15
 rhs e109_ 7.5
 rhs e110_ 7.5
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e113_ -7
 rhs e114_ 14
 rhs e116_ 7
 rhs e117_ 7
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e120_ -7
 rhs e121_ 14
 rhs e123_ 7
 rhs e124_ 7
 rhs relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e127_ -7
 rhs e128_ 14
 rhs e130_ 7
 rhs e131_ 7
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e134_ -6.5
 rhs e135_ 13
 rhs e137_ 6.5
 rhs e138_ 6.5
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e141_ -6.5
 rhs e142_ 13
 rhs e144_ 6.5
 rhs e145_ 6.5
 rhs relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e148_ -6.5
 rhs e149_ 13
 rhs e151_ 6.5
 rhs e152_ 6.5
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e155_ -6
 rhs e156_ 12
 rhs e158_ 6
 rhs e159_ 6
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e162_ -6
 rhs e163_ 12
 rhs e165_ 6
 rhs e166_ 6
 rhs relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e169_ -6
 rhs e170_ 12
 rhs e172_ 6
 rhs e173_ 6
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e176_ -5.5
 rhs e177_ 11
 rhs e179_ 5.5
 rhs e180_ 5.5
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e183_ -5.5
 rhs e184_ 11
 rhs e186_ 5.5
 rhs e187_ 5.5
 rhs relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e190_ -5.5
 rhs e191_ 11
 rhs e193_ 5.5
 rhs e194_ 5.5
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e197_ -5
 rhs e198_ 10
 rhs e200_ 5
 rhs e201_ 5
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e204_ -5
 rhs e205_ 10
 rhs e207_ 5
 rhs e208_ 5
 rhs relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e211_ -5
 rhs e212_ 10
 rhs e214_ 5
 rhs e215_ 5
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e218_ -4.5
 rhs e219_ 9
 rhs e221_ 4.5
 rhs e222_ 4.5
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e225_ -4.5
 rhs e226_ 9
 rhs e228_ 4.5
 rhs e229_ 4.5
 rhs relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e232_ -4.5
 rhs e233_ 9
 rhs e235_ 4.5
 rhs e236_ 4.5
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e239_ -4
 rhs e240_ 8
 rhs e242_ 4
 rhs e243_ 4
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e246_ -4
 rhs e247_ 8
 rhs e249_ 4
 rhs e250_ 4
 rhs relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e253_ -4
 rhs e254_ 8
 rhs e256_ 4
 rhs e257_ 4
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e260_ -4.5
 rhs e261_ 9
 rhs e263_ 4.5
 rhs e264_ 4.5
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e267_ -4.5
 rhs e268_ 9
 rhs e270_ 4.5
 rhs e271_ 4.5
 rhs relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e274_ -4.5
 rhs e275_ 9
 rhs e277_ 4.5
 rhs e278_ 4.5
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e281_ -5
 rhs e282_ 10
 rhs e284_ 5
 rhs e285_ 5
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e288_ -5
 rhs e289_ 10
 rhs e291_ 5
 rhs e292_ 5
 rhs relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e295_ -5
 rhs e296_ 10
 rhs e298_ 5
 rhs e299_ 5
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e302_ -5.5
 rhs e303_ 11
 rhs e305_ 5.5
 rhs e306_ 5.5
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e309_ -5.5
 rhs e310_ 11
 rhs e312_ 5.5
 rhs e313_ 5.5
 rhs relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e316_ -5.5
 rhs e317_ 11
 rhs e319_ 5.5
 rhs e320_ 5.5
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e323_ -6
 rhs e324_ 12
 rhs e326_ 6
 rhs e327_ 6
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e330_ -6
 rhs e331_ 12
 rhs e333_ 6
 rhs e334_ 6
 rhs relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e337_ -6
 rhs e338_ 12
 rhs e340_ 6
 rhs e341_ 6
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e344_ -6.5
 rhs e345_ 13
 rhs e347_ 6.5
 rhs e348_ 6.5
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e351_ -6.5
 rhs e352_ 13
 rhs e354_ 6.5
 rhs e355_ 6.5
 rhs relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e358_ -6.5
 rhs e359_ 13
 rhs e361_ 6.5
 rhs e362_ 6.5
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e365_ -7
 rhs e366_ 14
 rhs e368_ 7
 rhs e369_ 7
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e372_ -7
 rhs e373_ 14
 rhs e375_ 7
 rhs e376_ 7
 rhs relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e379_ -7
 rhs e380_ 14
 rhs e382_ 7
 rhs e383_ 7
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e386_ -7.5
 rhs e387_ 15
 rhs e389_ 7.5
 rhs e390_ 7.5
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e393_ -7.5
 rhs e394_ 15
 rhs e396_ 7.5
 rhs e397_ 7.5
 rhs relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e400_ -7.5
 rhs e401_ 15
 rhs e403_ 7.5
 rhs e404_ 7.5
 rhs relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e407_ -8
 rhs e408_ 16
 rhs e410_ 8
 rhs e411_ 8
 rhs relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e414_ -8
 rhs e415_ 16
 rhs e417_ 8
 rhs e418_ 8
 rhs relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e421_ -8
 rhs e422_ 16
 rhs e424_ 8
 rhs e425_ 8
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
 LO bnd pre_1_1_0 -7.5
 UP bnd pre_1_1_0 7.5
 LO bnd pre_1_1_1 -7.5
 UP bnd pre_1_1_1 7.5
 LO bnd pre_1_1_2 -7.5
 UP bnd pre_1_1_2 7.5
 LO bnd pre_1_2_0 -7
 UP bnd pre_1_2_0 7
 LO bnd pre_1_2_1 -7
 UP bnd pre_1_2_1 7
 LO bnd pre_1_2_2 -7
 UP bnd pre_1_2_2 7
 LO bnd pre_1_3_0 -6.5
 UP bnd pre_1_3_0 6.5
 LO bnd pre_1_3_1 -6.5
 UP bnd pre_1_3_1 6.5
 LO bnd pre_1_3_2 -6.5
 UP bnd pre_1_3_2 6.5
 LO bnd pre_1_4_0 -6
 UP bnd pre_1_4_0 6
 LO bnd pre_1_4_1 -6
 UP bnd pre_1_4_1 6
 LO bnd pre_1_4_2 -6
 UP bnd pre_1_4_2 6
 LO bnd pre_1_5_0 -5.5
 UP bnd pre_1_5_0 5.5
 LO bnd pre_1_5_1 -5.5
 UP bnd pre_1_5_1 5.5
 LO bnd pre_1_5_2 -5.5
 UP bnd pre_1_5_2 5.5
 LO bnd pre_1_6_0 -5
 UP bnd pre_1_6_0 5
 LO bnd pre_1_6_1 -5
 UP bnd pre_1_6_1 5
 LO bnd pre_1_6_2 -5
 UP bnd pre_1_6_2 5
 LO bnd pre_1_7_0 -4.5
 UP bnd pre_1_7_0 4.5
 LO bnd pre_1_7_1 -4.5
 UP bnd pre_1_7_1 4.5
 LO bnd pre_1_7_2 -4.5
 UP bnd pre_1_7_2 4.5
 LO bnd pre_1_8_0 -4
 UP bnd pre_1_8_0 4
 LO bnd pre_1_8_1 -4
 UP bnd pre_1_8_1 4
 LO bnd pre_1_8_2 -4
 UP bnd pre_1_8_2 4
 LO bnd pre_1_9_0 -4.5
 UP bnd pre_1_9_0 4.5
 LO bnd pre_1_9_1 -4.5
 UP bnd pre_1_9_1 4.5
 LO bnd pre_1_9_2 -4.5
 UP bnd pre_1_9_2 4.5
 LO bnd pre_1_10_0 -5
 UP bnd pre_1_10_0 5
 LO bnd pre_1_10_1 -5
 UP bnd pre_1_10_1 5
 LO bnd pre_1_10_2 -5
 UP bnd pre_1_10_2 5
 LO bnd pre_1_11_0 -5.5
 UP bnd pre_1_11_0 5.5
 LO bnd pre_1_11_1 -5.5
 UP bnd pre_1_11_1 5.5
 LO bnd pre_1_11_2 -5.5
 UP bnd pre_1_11_2 5.5
 LO bnd pre_1_12_0 -6
 UP bnd pre_1_12_0 6
 LO bnd pre_1_12_1 -6
 UP bnd pre_1_12_1 6
 LO bnd pre_1_12_2 -6
 UP bnd pre_1_12_2 6
 LO bnd pre_1_13_0 -6.5
 UP bnd pre_1_13_0 6.5
 LO bnd pre_1_13_1 -6.5
 UP bnd pre_1_13_1 6.5
 LO bnd pre_1_13_2 -6.5
 UP bnd pre_1_13_2 6.5
 LO bnd pre_1_14_0 -7
 UP bnd pre_1_14_0 7
 LO bnd pre_1_14_1 -7
 UP bnd pre_1_14_1 7
 LO bnd pre_1_14_2 -7
 UP bnd pre_1_14_2 7
 LO bnd pre_1_15_0 -7.5
 UP bnd pre_1_15_0 7.5
 LO bnd pre_1_15_1 -7.5
 UP bnd pre_1_15_1 7.5
 LO bnd pre_1_15_2 -7.5
 UP bnd pre_1_15_2 7.5
 LO bnd pre_1_16_0 -8
 UP bnd pre_1_16_0 8
 LO bnd pre_1_16_1 -8
 UP bnd pre_1_16_1 8
 LO bnd pre_1_16_2 -8
 UP bnd pre_1_16_2 8
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 8
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 8
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 8
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 7.5
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 7.5
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 7.5
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 7
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 7
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 7
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6.5
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6.5
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 6.5
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 6
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 6
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 6
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5.5
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 5.5
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 5.5
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 5
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 5
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 5
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 4.5
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 4.5
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 4.5
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 4
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 4
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 4
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 4.5
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 4.5
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 4.5
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 5
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 5
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 5
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 5.5
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 5.5
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 5.5
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 6
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 6
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 6
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 6.5
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 6.5
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 6.5
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 7
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 7
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 7
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 7.5
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 7.5
 LO bnd post_1_15_2 0
 UP bnd post_1_15_2 7.5
 LO bnd post_1_16_0 0
 UP bnd post_1_16_0 8
 LO bnd post_1_16_1 0
 UP bnd post_1_16_1 8
 LO bnd post_1_16_2 0
 UP bnd post_1_16_2 8
 LO bnd out_0_0 -100
 UP bnd out_0_0 100
 LO bnd out_1_0 -94
 UP bnd out_1_0 94
 LO bnd out_2_0 -88
 UP bnd out_2_0 88
 LO bnd out_3_0 -82
 UP bnd out_3_0 82
 LO bnd out_4_0 -76
 UP bnd out_4_0 76
 LO bnd out_5_0 -70
 UP bnd out_5_0 70
 LO bnd out_6_0 -64
 UP bnd out_6_0 64
 LO bnd out_7_0 -58
 UP bnd out_7_0 58
 LO bnd out_8_0 -52
 UP bnd out_8_0 52
 LO bnd out_9_0 -58
 UP bnd out_9_0 58
 LO bnd out_10_0 -64
 UP bnd out_10_0 64
 LO bnd out_11_0 -70
 UP bnd out_11_0 70
 LO bnd out_12_0 -76
 UP bnd out_12_0 76
 LO bnd out_13_0 -82
 UP bnd out_13_0 82
 LO bnd out_14_0 -88
 UP bnd out_14_0 88
 LO bnd out_15_0 -94
 UP bnd out_15_0 94
 LO bnd out_16_0 -100
 UP bnd out_16_0 100
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
ENDATA
