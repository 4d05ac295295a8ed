* etr-variable-gadget-p2-plain-indicator  (relu-opt library: etr-variable-gadget, problem 2, plain-indicator; {"hidden": [3], "bound": 8.0, "loss": "squared"})
NAME etr-variable-gadget-p2-plain-indicator
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
 G e63_
 L e64_
 G e65_
 L e66_
 L e67_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e70_
 L e71_
 G e72_
 L e73_
 L e74_
 L relu_1_0_2_above_pre
 E relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor
 G e77_
 L e78_
 G e79_
 L e80_
 L e81_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e84_
 L e85_
 G e86_
 L e87_
 L e88_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e91_
 L e92_
 G e93_
 L e94_
 L e95_
 L relu_1_1_2_above_pre
 E relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor
 G e98_
 L e99_
 G e100_
 L e101_
 L e102_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e105_
 L e106_
 G e107_
 L e108_
 L e109_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e112_
 L e113_
 G e114_
 L e115_
 L e116_
 L relu_1_2_2_above_pre
 E relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor
 G e119_
 L e120_
 G e121_
 L e122_
 L e123_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e126_
 L e127_
 G e128_
 L e129_
 L e130_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e133_
 L e134_
 G e135_
 L e136_
 L e137_
 L relu_1_3_2_above_pre
 E relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor
 G e140_
 L e141_
 G e142_
 L e143_
 L e144_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e147_
 L e148_
 G e149_
 L e150_
 L e151_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e154_
 L e155_
 G e156_
 L e157_
 L e158_
 L relu_1_4_2_above_pre
 E relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor
 G e161_
 L e162_
 G e163_
 L e164_
 L e165_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e168_
 L e169_
 G e170_
 L e171_
 L e172_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e175_
 L e176_
 G e177_
 L e178_
 L e179_
 L relu_1_5_2_above_pre
 E relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor
 G e182_
 L e183_
 G e184_
 L e185_
 L e186_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e189_
 L e190_
 G e191_
 L e192_
 L e193_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e196_
 L e197_
 G e198_
 L e199_
 L e200_
 L relu_1_6_2_above_pre
 E relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor
 G e203_
 L e204_
 G e205_
 L e206_
 L e207_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e210_
 L e211_
 G e212_
 L e213_
 L e214_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e217_
 L e218_
 G e219_
 L e220_
 L e221_
 L relu_1_7_2_above_pre
 E relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor
 G e224_
 L e225_
 G e226_
 L e227_
 L e228_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e231_
 L e232_
 G e233_
 L e234_
 L e235_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e238_
 L e239_
 G e240_
 L e241_
 L e242_
 L relu_1_8_2_above_pre
 E relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor
 G e245_
 L e246_
 G e247_
 L e248_
 L e249_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e252_
 L e253_
 G e254_
 L e255_
 L e256_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e259_
 L e260_
 G e261_
 L e262_
 L e263_
 L relu_1_9_2_above_pre
 E relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor
 G e266_
 L e267_
 G e268_
 L e269_
 L e270_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e273_
 L e274_
 G e275_
 L e276_
 L e277_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e280_
 L e281_
 G e282_
 L e283_
 L e284_
 L relu_1_10_2_above_pre
 E relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor
 G e287_
 L e288_
 G e289_
 L e290_
 L e291_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e294_
 L e295_
 G e296_
 L e297_
 L e298_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e301_
 L e302_
 G e303_
 L e304_
 L e305_
 L relu_1_11_2_above_pre
 E relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor
 G e308_
 L e309_
 G e310_
 L e311_
 L e312_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e315_
 L e316_
 G e317_
 L e318_
 L e319_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e322_
 L e323_
 G e324_
 L e325_
 L e326_
 L relu_1_12_2_above_pre
 E relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor
 G e329_
 L e330_
 G e331_
 L e332_
 L e333_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e336_
 L e337_
 G e338_
 L e339_
 L e340_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e343_
 L e344_
 G e345_
 L e346_
 L e347_
 L relu_1_13_2_above_pre
 E relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor
 G e350_
 L e351_
 G e352_
 L e353_
 L e354_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e357_
 L e358_
 G e359_
 L e360_
 L e361_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e364_
 L e365_
 G e366_
 L e367_
 L e368_
 L relu_1_14_2_above_pre
 E relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor
 G e371_
 L e372_
 G e373_
 L e374_
 L e375_
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
 pre_1_0_0 e63_ -1
 pre_1_0_0 e64_ -1
 pre_1_0_0 e67_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e70_ -1
 pre_1_0_1 e71_ -1
 pre_1_0_1 e74_ 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 e77_ -1
 pre_1_0_2 e78_ -1
 pre_1_0_2 e81_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e84_ -1
 pre_1_1_0 e85_ -1
 pre_1_1_0 e88_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e91_ -1
 pre_1_1_1 e92_ -1
 pre_1_1_1 e95_ 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 e98_ -1
 pre_1_1_2 e99_ -1
 pre_1_1_2 e102_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e105_ -1
 pre_1_2_0 e106_ -1
 pre_1_2_0 e109_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e112_ -1
 pre_1_2_1 e113_ -1
 pre_1_2_1 e116_ 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 e119_ -1
 pre_1_2_2 e120_ -1
 pre_1_2_2 e123_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e126_ -1
 pre_1_3_0 e127_ -1
 pre_1_3_0 e130_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e133_ -1
 pre_1_3_1 e134_ -1
 pre_1_3_1 e137_ 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 e140_ -1
 pre_1_3_2 e141_ -1
 pre_1_3_2 e144_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e147_ -1
 pre_1_4_0 e148_ -1
 pre_1_4_0 e151_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e154_ -1
 pre_1_4_1 e155_ -1
 pre_1_4_1 e158_ 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 e161_ -1
 pre_1_4_2 e162_ -1
 pre_1_4_2 e165_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e168_ -1
 pre_1_5_0 e169_ -1
 pre_1_5_0 e172_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e175_ -1
 pre_1_5_1 e176_ -1
 pre_1_5_1 e179_ 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 e182_ -1
 pre_1_5_2 e183_ -1
 pre_1_5_2 e186_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e189_ -1
 pre_1_6_0 e190_ -1
 pre_1_6_0 e193_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e196_ -1
 pre_1_6_1 e197_ -1
 pre_1_6_1 e200_ 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 e203_ -1
 pre_1_6_2 e204_ -1
 pre_1_6_2 e207_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e210_ -1
 pre_1_7_0 e211_ -1
 pre_1_7_0 e214_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e217_ -1
 pre_1_7_1 e218_ -1
 pre_1_7_1 e221_ 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 e224_ -1
 pre_1_7_2 e225_ -1
 pre_1_7_2 e228_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e231_ -1
 pre_1_8_0 e232_ -1
 pre_1_8_0 e235_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e238_ -1
 pre_1_8_1 e239_ -1
 pre_1_8_1 e242_ 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 e245_ -1
 pre_1_8_2 e246_ -1
 pre_1_8_2 e249_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e252_ -1
 pre_1_9_0 e253_ -1
 pre_1_9_0 e256_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e259_ -1
 pre_1_9_1 e260_ -1
 pre_1_9_1 e263_ 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 e266_ -1
 pre_1_9_2 e267_ -1
 pre_1_9_2 e270_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e273_ -1
 pre_1_10_0 e274_ -1
 pre_1_10_0 e277_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e280_ -1
 pre_1_10_1 e281_ -1
 pre_1_10_1 e284_ 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 e287_ -1
 pre_1_10_2 e288_ -1
 pre_1_10_2 e291_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e294_ -1
 pre_1_11_0 e295_ -1
 pre_1_11_0 e298_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e301_ -1
 pre_1_11_1 e302_ -1
 pre_1_11_1 e305_ 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 e308_ -1
 pre_1_11_2 e309_ -1
 pre_1_11_2 e312_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e315_ -1
 pre_1_12_0 e316_ -1
 pre_1_12_0 e319_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e322_ -1
 pre_1_12_1 e323_ -1
 pre_1_12_1 e326_ 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 e329_ -1
 pre_1_12_2 e330_ -1
 pre_1_12_2 e333_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e336_ -1
 pre_1_13_0 e337_ -1
 pre_1_13_0 e340_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e343_ -1
 pre_1_13_1 e344_ -1
 pre_1_13_1 e347_ 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 e350_ -1
 pre_1_13_2 e351_ -1
 pre_1_13_2 e354_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e357_ -1
 pre_1_14_0 e358_ -1
 pre_1_14_0 e361_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e364_ -1
 pre_1_14_1 e365_ -1
 pre_1_14_1 e368_ 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 e371_ -1
 pre_1_14_2 e372_ -1
 pre_1_14_2 e375_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e63_ 1
 post_1_0_0 e64_ 1
 post_1_0_0 e65_ 1
 post_1_0_0 e66_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e70_ 1
 post_1_0_1 e71_ 1
 post_1_0_1 e72_ 1
 post_1_0_1 e73_ 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 e77_ 1
 post_1_0_2 e78_ 1
 post_1_0_2 e79_ 1
 post_1_0_2 e80_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e84_ 1
 post_1_1_0 e85_ 1
 post_1_1_0 e86_ 1
 post_1_1_0 e87_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e91_ 1
 post_1_1_1 e92_ 1
 post_1_1_1 e93_ 1
 post_1_1_1 e94_ 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 e98_ 1
 post_1_1_2 e99_ 1
 post_1_1_2 e100_ 1
 post_1_1_2 e101_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e105_ 1
 post_1_2_0 e106_ 1
 post_1_2_0 e107_ 1
 post_1_2_0 e108_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e112_ 1
 post_1_2_1 e113_ 1
 post_1_2_1 e114_ 1
 post_1_2_1 e115_ 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 e119_ 1
 post_1_2_2 e120_ 1
 post_1_2_2 e121_ 1
 post_1_2_2 e122_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e126_ 1
 post_1_3_0 e127_ 1
 post_1_3_0 e128_ 1
 post_1_3_0 e129_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e133_ 1
 post_1_3_1 e134_ 1
 post_1_3_1 e135_ 1
 post_1_3_1 e136_ 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 e140_ 1
 post_1_3_2 e141_ 1
 post_1_3_2 e142_ 1
 post_1_3_2 e143_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e147_ 1
 post_1_4_0 e148_ 1
 post_1_4_0 e149_ 1
 post_1_4_0 e150_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e154_ 1
 post_1_4_1 e155_ 1
 post_1_4_1 e156_ 1
 post_1_4_1 e157_ 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 e161_ 1
 post_1_4_2 e162_ 1
 post_1_4_2 e163_ 1
 post_1_4_2 e164_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e168_ 1
 post_1_5_0 e169_ 1
 post_1_5_0 e170_ 1
 post_1_5_0 e171_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e175_ 1
 post_1_5_1 e176_ 1
 post_1_5_1 e177_ 1
 post_1_5_1 e178_ 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 e182_ 1
 post_1_5_2 e183_ 1
 post_1_5_2 e184_ 1
 post_1_5_2 e185_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e189_ 1
 post_1_6_0 e190_ 1
 post_1_6_0 e191_ 1
 post_1_6_0 e192_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e196_ 1
 post_1_6_1 e197_ 1
 post_1_6_1 e198_ 1
 post_1_6_1 e199_ 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 e203_ 1
 post_1_6_2 e204_ 1
 post_1_6_2 e205_ 1
 post_1_6_2 e206_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e210_ 1
 post_1_7_0 e211_ 1
 post_1_7_0 e212_ 1
 post_1_7_0 e213_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e217_ 1
 post_1_7_1 e218_ 1
 post_1_7_1 e219_ 1
 post_1_7_1 e220_ 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 e224_ 1
 post_1_7_2 e225_ 1
 post_1_7_2 e226_ 1
 post_1_7_2 e227_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e231_ 1
 post_1_8_0 e232_ 1
 post_1_8_0 e233_ 1
 post_1_8_0 e234_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e238_ 1
 post_1_8_1 e239_ 1
 post_1_8_1 e240_ 1
 post_1_8_1 e241_ 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 e245_ 1
 post_1_8_2 e246_ 1
 post_1_8_2 e247_ 1
 post_1_8_2 e248_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e252_ 1
 post_1_9_0 e253_ 1
 post_1_9_0 e254_ 1
 post_1_9_0 e255_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e259_ 1
 post_1_9_1 e260_ 1
 post_1_9_1 e261_ 1
 post_1_9_1 e262_ 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 e266_ 1
 post_1_9_2 e267_ 1
 post_1_9_2 e268_ 1
 post_1_9_2 e269_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e273_ 1
 post_1_10_0 e274_ 1
 post_1_10_0 e275_ 1
 post_1_10_0 e276_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e280_ 1
 post_1_10_1 e281_ 1
 post_1_10_1 e282_ 1
 post_1_10_1 e283_ 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 e287_ 1
 post_1_10_2 e288_ 1
 post_1_10_2 e289_ 1
 post_1_10_2 e290_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e294_ 1
 post_1_11_0 e295_ 1
 post_1_11_0 e296_ 1
 post_1_11_0 e297_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e301_ 1
 post_1_11_1 e302_ 1
 post_1_11_1 e303_ 1
 post_1_11_1 e304_ 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 e308_ 1
 post_1_11_2 e309_ 1
 post_1_11_2 e310_ 1
 post_1_11_2 e311_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e315_ 1
 post_1_12_0 e316_ 1
 post_1_12_0 e317_ 1
 post_1_12_0 e318_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e322_ 1
 post_1_12_1 e323_ 1
 post_1_12_1 e324_ 1
 post_1_12_1 e325_ 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 e329_ 1
 post_1_12_2 e330_ 1
 post_1_12_2 e331_ 1
 post_1_12_2 e332_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e336_ 1
 post_1_13_0 e337_ 1
 post_1_13_0 e338_ 1
 post_1_13_0 e339_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e343_ 1
 post_1_13_1 e344_ 1
 post_1_13_1 e345_ 1
 post_1_13_1 e346_ 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 e350_ 1
 post_1_13_2 e351_ 1
 post_1_13_2 e352_ 1
 post_1_13_2 e353_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e357_ 1
 post_1_14_0 e358_ 1
 post_1_14_0 e359_ 1
 post_1_14_0 e360_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e364_ 1
 post_1_14_1 e365_ 1
 post_1_14_1 e366_ 1
 post_1_14_1 e367_ 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 e371_ 1
 post_1_14_2 e372_ 1
 post_1_14_2 e373_ 1
 post_1_14_2 e374_ 1
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
 M115 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e63_ -16
 relu_1_0_0_on_binary_indicator_var e64_ 32
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e66_ 16
 relu_1_0_0_off_binary_indicator_var e67_ 16
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e70_ -16
 relu_1_0_1_on_binary_indicator_var e71_ 32
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e73_ 16
 relu_1_0_1_off_binary_indicator_var e74_ 16
 relu_1_0_2_on_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_on_binary_indicator_var e77_ -16
 relu_1_0_2_on_binary_indicator_var e78_ 32
 relu_1_0_2_off_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_off_binary_indicator_var e80_ 16
 relu_1_0_2_off_binary_indicator_var e81_ 16
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e84_ -14
 relu_1_1_0_on_binary_indicator_var e85_ 28
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e87_ 14
 relu_1_1_0_off_binary_indicator_var e88_ 14
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e91_ -14
 relu_1_1_1_on_binary_indicator_var e92_ 28
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e94_ 14
 relu_1_1_1_off_binary_indicator_var e95_ 14
 relu_1_1_2_on_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_on_binary_indicator_var e98_ -14
 relu_1_1_2_on_binary_indicator_var e99_ 28
 relu_1_1_2_off_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_off_binary_indicator_var e101_ 14
 relu_1_1_2_off_binary_indicator_var e102_ 14
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e105_ -12
 relu_1_2_0_on_binary_indicator_var e106_ 24
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e108_ 12
 relu_1_2_0_off_binary_indicator_var e109_ 12
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e112_ -12
 relu_1_2_1_on_binary_indicator_var e113_ 24
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e115_ 12
 relu_1_2_1_off_binary_indicator_var e116_ 12
 relu_1_2_2_on_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_on_binary_indicator_var e119_ -12
 relu_1_2_2_on_binary_indicator_var e120_ 24
 relu_1_2_2_off_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_off_binary_indicator_var e122_ 12
 relu_1_2_2_off_binary_indicator_var e123_ 12
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e126_ -9
 relu_1_3_0_on_binary_indicator_var e127_ 18
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e129_ 9
 relu_1_3_0_off_binary_indicator_var e130_ 9
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e133_ -9
 relu_1_3_1_on_binary_indicator_var e134_ 18
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e136_ 9
 relu_1_3_1_off_binary_indicator_var e137_ 9
 relu_1_3_2_on_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_on_binary_indicator_var e140_ -9
 relu_1_3_2_on_binary_indicator_var e141_ 18
 relu_1_3_2_off_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_off_binary_indicator_var e143_ 9
 relu_1_3_2_off_binary_indicator_var e144_ 9
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e147_ -10
 relu_1_4_0_on_binary_indicator_var e148_ 20
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e150_ 10
 relu_1_4_0_off_binary_indicator_var e151_ 10
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e154_ -10
 relu_1_4_1_on_binary_indicator_var e155_ 20
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e157_ 10
 relu_1_4_1_off_binary_indicator_var e158_ 10
 relu_1_4_2_on_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_on_binary_indicator_var e161_ -10
 relu_1_4_2_on_binary_indicator_var e162_ 20
 relu_1_4_2_off_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_off_binary_indicator_var e164_ 10
 relu_1_4_2_off_binary_indicator_var e165_ 10
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e168_ -11
 relu_1_5_0_on_binary_indicator_var e169_ 22
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e171_ 11
 relu_1_5_0_off_binary_indicator_var e172_ 11
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e175_ -11
 relu_1_5_1_on_binary_indicator_var e176_ 22
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e178_ 11
 relu_1_5_1_off_binary_indicator_var e179_ 11
 relu_1_5_2_on_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_on_binary_indicator_var e182_ -11
 relu_1_5_2_on_binary_indicator_var e183_ 22
 relu_1_5_2_off_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_off_binary_indicator_var e185_ 11
 relu_1_5_2_off_binary_indicator_var e186_ 11
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e189_ -12
 relu_1_6_0_on_binary_indicator_var e190_ 24
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e192_ 12
 relu_1_6_0_off_binary_indicator_var e193_ 12
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e196_ -12
 relu_1_6_1_on_binary_indicator_var e197_ 24
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e199_ 12
 relu_1_6_1_off_binary_indicator_var e200_ 12
 relu_1_6_2_on_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_on_binary_indicator_var e203_ -12
 relu_1_6_2_on_binary_indicator_var e204_ 24
 relu_1_6_2_off_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_off_binary_indicator_var e206_ 12
 relu_1_6_2_off_binary_indicator_var e207_ 12
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e210_ -24
 relu_1_7_0_on_binary_indicator_var e211_ 48
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e213_ 24
 relu_1_7_0_off_binary_indicator_var e214_ 24
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e217_ -24
 relu_1_7_1_on_binary_indicator_var e218_ 48
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e220_ 24
 relu_1_7_1_off_binary_indicator_var e221_ 24
 relu_1_7_2_on_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_on_binary_indicator_var e224_ -24
 relu_1_7_2_on_binary_indicator_var e225_ 48
 relu_1_7_2_off_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_off_binary_indicator_var e227_ 24
 relu_1_7_2_off_binary_indicator_var e228_ 24
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e231_ -36
 relu_1_8_0_on_binary_indicator_var e232_ 72
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e234_ 36
 relu_1_8_0_off_binary_indicator_var e235_ 36
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e238_ -36
 relu_1_8_1_on_binary_indicator_var e239_ 72
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e241_ 36
 relu_1_8_1_off_binary_indicator_var e242_ 36
 relu_1_8_2_on_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_on_binary_indicator_var e245_ -36
 relu_1_8_2_on_binary_indicator_var e246_ 72
 relu_1_8_2_off_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_off_binary_indicator_var e248_ 36
 relu_1_8_2_off_binary_indicator_var e249_ 36
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e252_ -37
 relu_1_9_0_on_binary_indicator_var e253_ 74
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e255_ 37
 relu_1_9_0_off_binary_indicator_var e256_ 37
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e259_ -37
 relu_1_9_1_on_binary_indicator_var e260_ 74
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e262_ 37
 relu_1_9_1_off_binary_indicator_var e263_ 37
 relu_1_9_2_on_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_on_binary_indicator_var e266_ -37
 relu_1_9_2_on_binary_indicator_var e267_ 74
 relu_1_9_2_off_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_off_binary_indicator_var e269_ 37
 relu_1_9_2_off_binary_indicator_var e270_ 37
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e273_ -38
 relu_1_10_0_on_binary_indicator_var e274_ 76
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e276_ 38
 relu_1_10_0_off_binary_indicator_var e277_ 38
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e280_ -38
 relu_1_10_1_on_binary_indicator_var e281_ 76
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e283_ 38
 relu_1_10_1_off_binary_indicator_var e284_ 38
 relu_1_10_2_on_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_on_binary_indicator_var e287_ -38
 relu_1_10_2_on_binary_indicator_var e288_ 76
 relu_1_10_2_off_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_off_binary_indicator_var e290_ 38
 relu_1_10_2_off_binary_indicator_var e291_ 38
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e294_ -39
 relu_1_11_0_on_binary_indicator_var e295_ 78
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e297_ 39
 relu_1_11_0_off_binary_indicator_var e298_ 39
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e301_ -39
 relu_1_11_1_on_binary_indicator_var e302_ 78
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e304_ 39
 relu_1_11_1_off_binary_indicator_var e305_ 39
 relu_1_11_2_on_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_on_binary_indicator_var e308_ -39
 relu_1_11_2_on_binary_indicator_var e309_ 78
 relu_1_11_2_off_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_off_binary_indicator_var e311_ 39
 relu_1_11_2_off_binary_indicator_var e312_ 39
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e315_ -44
 relu_1_12_0_on_binary_indicator_var e316_ 88
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e318_ 44
 relu_1_12_0_off_binary_indicator_var e319_ 44
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e322_ -44
 relu_1_12_1_on_binary_indicator_var e323_ 88
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e325_ 44
 relu_1_12_1_off_binary_indicator_var e326_ 44
 relu_1_12_2_on_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_on_binary_indicator_var e329_ -44
 relu_1_12_2_on_binary_indicator_var e330_ 88
 relu_1_12_2_off_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_off_binary_indicator_var e332_ 44
 relu_1_12_2_off_binary_indicator_var e333_ 44
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e336_ -46
 relu_1_13_0_on_binary_indicator_var e337_ 92
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e339_ 46
 relu_1_13_0_off_binary_indicator_var e340_ 46
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e343_ -46
 relu_1_13_1_on_binary_indicator_var e344_ 92
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e346_ 46
 relu_1_13_1_off_binary_indicator_var e347_ 46
 relu_1_13_2_on_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_on_binary_indicator_var e350_ -46
 relu_1_13_2_on_binary_indicator_var e351_ 92
 relu_1_13_2_off_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_off_binary_indicator_var e353_ 46
 relu_1_13_2_off_binary_indicator_var e354_ 46
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e357_ -48
 relu_1_14_0_on_binary_indicator_var e358_ 96
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e360_ 48
 relu_1_14_0_off_binary_indicator_var e361_ 48
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e364_ -48
 relu_1_14_1_on_binary_indicator_var e365_ 96
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e367_ 48
 relu_1_14_1_off_binary_indicator_var e368_ 48
 relu_1_14_2_on_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_on_binary_indicator_var e371_ -48
 relu_1_14_2_on_binary_indicator_var e372_ 96
 relu_1_14_2_off_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_off_binary_indicator_var e374_ 48
 relu_1_14_2_off_binary_indicator_var e375_ 48
 M205 'MARKER' 'INTEND'
RHS
 rhs obj -1.9375
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e63_ -16
 rhs e64_ 32
 rhs e66_ 16
 rhs e67_ 16
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e70_ -16
 rhs e71_ 32
 rhs e73_ 16
 rhs e74_ 16
 rhs relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e77_ -16
 rhs e78_ 32
 rhs e80_ 16
 rhs e81_ 16
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e84_ -14
 rhs e85_ 28
 rhs e87_ 14
 rhs e88_ 14
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e91_ -14
 rhs e92_ 28
 rhs e94_ 14
 rhs e95_ 14
 rhs relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e98_ -14
 rhs e99_ 28
 rhs e101_ 14
 rhs e102_ 14
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e105_ -12
 rhs e106_ 24
 rhs e108_ 12
 rhs e109_ 12
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e112_ -12
 rhs e113_ 24
 rhs e115_ 12
 rhs e116_ 12
 rhs relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e119_ -12
 rhs e120_ 24
 rhs e122_ 12
 rhs e123_ 12
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e126_ -9
 rhs e127_ 18
 rhs e129_ 9
 rhs e130_ 9
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e133_ -9
 rhs e134_ 18
 rhs e136_ 9
 rhs e137_ 9
 rhs relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e140_ -9
 rhs e141_ 18
 rhs e143_ 9
 rhs e144_ 9
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e147_ -10
 rhs e148_ 20
 rhs e150_ 10
 rhs e151_ 10
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e154_ -10
 rhs e155_ 20
 rhs e157_ 10
 rhs e158_ 10
 rhs relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e161_ -10
 rhs e162_ 20
 rhs e164_ 10
 rhs e165_ 10
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e168_ -11
 rhs e169_ 22
 rhs e171_ 11
 rhs e172_ 11
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e175_ -11
 rhs e176_ 22
 rhs e178_ 11
 rhs e179_ 11
 rhs relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e182_ -11
 rhs e183_ 22
 rhs e185_ 11
 rhs e186_ 11
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e189_ -12
 rhs e190_ 24
 rhs e192_ 12
 rhs e193_ 12
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e196_ -12
 rhs e197_ 24
 rhs e199_ 12
 rhs e200_ 12
 rhs relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e203_ -12
 rhs e204_ 24
 rhs e206_ 12
 rhs e207_ 12
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e210_ -24
 rhs e211_ 48
 rhs e213_ 24
 rhs e214_ 24
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e217_ -24
 rhs e218_ 48
 rhs e220_ 24
 rhs e221_ 24
 rhs relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e224_ -24
 rhs e225_ 48
 rhs e227_ 24
 rhs e228_ 24
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e231_ -36
 rhs e232_ 72
 rhs e234_ 36
 rhs e235_ 36
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e238_ -36
 rhs e239_ 72
 rhs e241_ 36
 rhs e242_ 36
 rhs relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e245_ -36
 rhs e246_ 72
 rhs e248_ 36
 rhs e249_ 36
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e252_ -37
 rhs e253_ 74
 rhs e255_ 37
 rhs e256_ 37
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e259_ -37
 rhs e260_ 74
 rhs e262_ 37
 rhs e263_ 37
 rhs relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e266_ -37
 rhs e267_ 74
 rhs e269_ 37
 rhs e270_ 37
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e273_ -38
 rhs e274_ 76
 rhs e276_ 38
 rhs e277_ 38
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e280_ -38
 rhs e281_ 76
 rhs e283_ 38
 rhs e284_ 38
 rhs relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e287_ -38
 rhs e288_ 76
 rhs e290_ 38
 rhs e291_ 38
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e294_ -39
 rhs e295_ 78
 rhs e297_ 39
 rhs e298_ 39
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e301_ -39
 rhs e302_ 78
 rhs e304_ 39
 rhs e305_ 39
 rhs relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e308_ -39
 rhs e309_ 78
 rhs e311_ 39
 rhs e312_ 39
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e315_ -44
 rhs e316_ 88
 rhs e318_ 44
 rhs e319_ 44
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e322_ -44
 rhs e323_ 88
 rhs e325_ 44
 rhs e326_ 44
 rhs relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e329_ -44
 rhs e330_ 88
 rhs e332_ 44
 rhs e333_ 44
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e336_ -46
 rhs e337_ 92
 rhs e339_ 46
 rhs e340_ 46
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e343_ -46
 rhs e344_ 92
 rhs e346_ 46
 rhs e347_ 46
 rhs relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e350_ -46
 rhs e351_ 92
 rhs e353_ 46
 rhs e354_ 46
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e357_ -48
 rhs e358_ 96
 rhs e360_ 48
 rhs e361_ 48
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e364_ -48
 rhs e365_ 96
 rhs e367_ 48
 rhs e368_ 48
 rhs relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e371_ -48
 rhs e372_ 96
 rhs e374_ 48
 rhs e375_ 48
BOUNDS
 LO bnd w_1_0_0 -8
 UP bnd w_1_0_0 8
 LO bnd w_1_1_0 -8
 UP bnd w_1_1_0 8
 LO bnd w_1_2_0 -8
 UP bnd w_1_2_0 8
 LO bnd w_2_0_0 -8
 UP bnd w_2_0_0 8
 LO bnd w_2_0_1 -8
 UP bnd w_2_0_1 8
 LO bnd w_2_0_2 -8
 UP bnd w_2_0_2 8
 LO bnd b_1_0 -8
 UP bnd b_1_0 8
 LO bnd b_1_1 -8
 UP bnd b_1_1 8
 LO bnd b_1_2 -8
 UP bnd b_1_2 8
 LO bnd b_2_0 -8
 UP bnd b_2_0 8
 LO bnd pre_1_0_0 -16
 UP bnd pre_1_0_0 16
 LO bnd pre_1_0_1 -16
 UP bnd pre_1_0_1 16
 LO bnd pre_1_0_2 -16
 UP bnd pre_1_0_2 16
 LO bnd pre_1_1_0 -14
 UP bnd pre_1_1_0 14
 LO bnd pre_1_1_1 -14
 UP bnd pre_1_1_1 14
 LO bnd pre_1_1_2 -14
 UP bnd pre_1_1_2 14
 LO bnd pre_1_2_0 -12
 UP bnd pre_1_2_0 12
 LO bnd pre_1_2_1 -12
 UP bnd pre_1_2_1 12
 LO bnd pre_1_2_2 -12
 UP bnd pre_1_2_2 12
 LO bnd pre_1_3_0 -9
 UP bnd pre_1_3_0 9
 LO bnd pre_1_3_1 -9
 UP bnd pre_1_3_1 9
 LO bnd pre_1_3_2 -9
 UP bnd pre_1_3_2 9
 LO bnd pre_1_4_0 -10
 UP bnd pre_1_4_0 10
 LO bnd pre_1_4_1 -10
 UP bnd pre_1_4_1 10
 LO bnd pre_1_4_2 -10
 UP bnd pre_1_4_2 10
 LO bnd pre_1_5_0 -11
 UP bnd pre_1_5_0 11
 LO bnd pre_1_5_1 -11
 UP bnd pre_1_5_1 11
 LO bnd pre_1_5_2 -11
 UP bnd pre_1_5_2 11
 LO bnd pre_1_6_0 -12
 UP bnd pre_1_6_0 12
 LO bnd pre_1_6_1 -12
 UP bnd pre_1_6_1 12
 LO bnd pre_1_6_2 -12
 UP bnd pre_1_6_2 12
 LO bnd pre_1_7_0 -24
 UP bnd pre_1_7_0 24
 LO bnd pre_1_7_1 -24
 UP bnd pre_1_7_1 24
 LO bnd pre_1_7_2 -24
 UP bnd pre_1_7_2 24
 LO bnd pre_1_8_0 -36
 UP bnd pre_1_8_0 36
 LO bnd pre_1_8_1 -36
 UP bnd pre_1_8_1 36
 LO bnd pre_1_8_2 -36
 UP bnd pre_1_8_2 36
 LO bnd pre_1_9_0 -37
 UP bnd pre_1_9_0 37
 LO bnd pre_1_9_1 -37
 UP bnd pre_1_9_1 37
 LO bnd pre_1_9_2 -37
 UP bnd pre_1_9_2 37
 LO bnd pre_1_10_0 -38
 UP bnd pre_1_10_0 38
 LO bnd pre_1_10_1 -38
 UP bnd pre_1_10_1 38
 LO bnd pre_1_10_2 -38
 UP bnd pre_1_10_2 38
 LO bnd pre_1_11_0 -39
 UP bnd pre_1_11_0 39
 LO bnd pre_1_11_1 -39
 UP bnd pre_1_11_1 39
 LO bnd pre_1_11_2 -39
 UP bnd pre_1_11_2 39
 LO bnd pre_1_12_0 -44
 UP bnd pre_1_12_0 44
 LO bnd pre_1_12_1 -44
 UP bnd pre_1_12_1 44
 LO bnd pre_1_12_2 -44
 UP bnd pre_1_12_2 44
 LO bnd pre_1_13_0 -46
 UP bnd pre_1_13_0 46
 LO bnd pre_1_13_1 -46
 UP bnd pre_1_13_1 46
 LO bnd pre_1_13_2 -46
 UP bnd pre_1_13_2 46
 LO bnd pre_1_14_0 -48
 UP bnd pre_1_14_0 48
 LO bnd pre_1_14_1 -48
 UP bnd pre_1_14_1 48
 LO bnd pre_1_14_2 -48
 UP bnd pre_1_14_2 48
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 16
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 16
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 16
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 14
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 14
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 14
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 12
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 12
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 12
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 9
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 9
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 9
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 10
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 10
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 10
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 11
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 11
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 11
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 12
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 12
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 12
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 24
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 24
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 24
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 36
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 36
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 36
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 37
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 37
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 37
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 38
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 38
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 38
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 39
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 39
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 39
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 44
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 44
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 44
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 46
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 46
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 46
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 48
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 48
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 48
 LO bnd out_0_0 -392
 UP bnd out_0_0 392
 LO bnd out_1_0 -344
 UP bnd out_1_0 344
 LO bnd out_2_0 -296
 UP bnd out_2_0 296
 LO bnd out_3_0 -224
 UP bnd out_3_0 224
 LO bnd out_4_0 -248
 UP bnd out_4_0 248
 LO bnd out_5_0 -272
 UP bnd out_5_0 272
 LO bnd out_6_0 -296
 UP bnd out_6_0 296
 LO bnd out_7_0 -584
 UP bnd out_7_0 584
 LO bnd out_8_0 -872
 UP bnd out_8_0 872
 LO bnd out_9_0 -896
 UP bnd out_9_0 896
 LO bnd out_10_0 -920
 UP bnd out_10_0 920
 LO bnd out_11_0 -944
 UP bnd out_11_0 944
 LO bnd out_12_0 -1064
 UP bnd out_12_0 1064
 LO bnd out_13_0 -1112
 UP bnd out_13_0 1112
 LO bnd out_14_0 -1160
 UP bnd out_14_0 1160
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
ENDATA
