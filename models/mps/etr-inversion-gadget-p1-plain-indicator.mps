* etr-inversion-gadget-p1-plain-indicator  (relu-opt library: etr-inversion-gadget, problem 1, plain-indicator; {"hidden": [5], "bound": 8.0, "loss": "squared"})
NAME etr-inversion-gadget-p1-plain-indicator
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_0_1
 E pre_definition_1_0_2
 E pre_definition_1_0_3
 E pre_definition_1_0_4
 E pre_definition_1_1_0
 E pre_definition_1_1_1
 E pre_definition_1_1_2
 E pre_definition_1_1_3
 E pre_definition_1_1_4
 E pre_definition_1_2_0
 E pre_definition_1_2_1
 E pre_definition_1_2_2
 E pre_definition_1_2_3
 E pre_definition_1_2_4
 E pre_definition_1_3_0
 E pre_definition_1_3_1
 E pre_definition_1_3_2
 E pre_definition_1_3_3
 E pre_definition_1_3_4
 E pre_definition_1_4_0
 E pre_definition_1_4_1
 E pre_definition_1_4_2
 E pre_definition_1_4_3
 E pre_definition_1_4_4
 E pre_definition_1_5_0
 E pre_definition_1_5_1
 E pre_definition_1_5_2
 E pre_definition_1_5_3
 E pre_definition_1_5_4
 E pre_definition_1_6_0
 E pre_definition_1_6_1
 E pre_definition_1_6_2
 E pre_definition_1_6_3
 E pre_definition_1_6_4
 E pre_definition_1_7_0
 E pre_definition_1_7_1
 E pre_definition_1_7_2
 E pre_definition_1_7_3
 E pre_definition_1_7_4
 E pre_definition_1_8_0
 E pre_definition_1_8_1
 E pre_definition_1_8_2
 E pre_definition_1_8_3
 E pre_definition_1_8_4
 E pre_definition_1_9_0
 E pre_definition_1_9_1
 E pre_definition_1_9_2
 E pre_definition_1_9_3
 E pre_definition_1_9_4
 E pre_definition_1_10_0
 E pre_definition_1_10_1
 E pre_definition_1_10_2
 E pre_definition_1_10_3
 E pre_definition_1_10_4
 E pre_definition_1_11_0
 E pre_definition_1_11_1
 E pre_definition_1_11_2
 E pre_definition_1_11_3
 E pre_definition_1_11_4
 E pre_definition_1_12_0
 E pre_definition_1_12_1
 E pre_definition_1_12_2
 E pre_definition_1_12_3
 E pre_definition_1_12_4
 E pre_definition_1_13_0
 E pre_definition_1_13_1
 E pre_definition_1_13_2
 E pre_definition_1_13_3
 E pre_definition_1_13_4
 E pre_definition_1_14_0
 E pre_definition_1_14_1
 E pre_definition_1_14_2
 E pre_definition_1_14_3
 E pre_definition_1_14_4
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
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e108_
 L e109_
 G e110_
 L e111_
 L e112_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e115_
 L e116_
 G e117_
 L e118_
 L e119_
 L relu_1_0_2_above_pre
 E relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor
 G e122_
 L e123_
 G e124_
 L e125_
 L e126_
 L relu_1_0_3_above_pre
 E relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor
 G e129_
 L e130_
 G e131_
 L e132_
 L e133_
 L relu_1_0_4_above_pre
 E relu_1_0_4__pyomo_gdp_bigm_reformulation_either_xor
 G e136_
 L e137_
 G e138_
 L e139_
 L e140_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e143_
 L e144_
 G e145_
 L e146_
 L e147_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e150_
 L e151_
 G e152_
 L e153_
 L e154_
 L relu_1_1_2_above_pre
 E relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor
 G e157_
 L e158_
 G e159_
 L e160_
 L e161_
 L relu_1_1_3_above_pre
 E relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor
 G e164_
 L e165_
 G e166_
 L e167_
 L e168_
 L relu_1_1_4_above_pre
 E relu_1_1_4__pyomo_gdp_bigm_reformulation_either_xor
 G e171_
 L e172_
 G e173_
 L e174_
 L e175_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e178_
 L e179_
 G e180_
 L e181_
 L e182_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e185_
 L e186_
 G e187_
 L e188_
 L e189_
 L relu_1_2_2_above_pre
 E relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor
 G e192_
 L e193_
 G e194_
 L e195_
 L e196_
 L relu_1_2_3_above_pre
 E relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor
 G e199_
 L e200_
 G e201_
 L e202_
 L e203_
 L relu_1_2_4_above_pre
 E relu_1_2_4__pyomo_gdp_bigm_reformulation_either_xor
 G e206_
 L e207_
 G e208_
 L e209_
 L e210_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e213_
 L e214_
 G e215_
 L e216_
 L e217_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e220_
 L e221_
 G e222_
 L e223_
 L e224_
 L relu_1_3_2_above_pre
 E relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor
 G e227_
 L e228_
 G e229_
 L e230_
 L e231_
 L relu_1_3_3_above_pre
 E relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor
 G e234_
 L e235_
 G e236_
 L e237_
 L e238_
 L relu_1_3_4_above_pre
 E relu_1_3_4__pyomo_gdp_bigm_reformulation_either_xor
 G e241_
 L e242_
 G e243_
 L e244_
 L e245_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e248_
 L e249_
 G e250_
 L e251_
 L e252_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e255_
 L e256_
 G e257_
 L e258_
 L e259_
 L relu_1_4_2_above_pre
 E relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor
 G e262_
 L e263_
 G e264_
 L e265_
 L e266_
 L relu_1_4_3_above_pre
 E relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor
 G e269_
 L e270_
 G e271_
 L e272_
 L e273_
 L relu_1_4_4_above_pre
 E relu_1_4_4__pyomo_gdp_bigm_reformulation_either_xor
 G e276_
 L e277_
 G e278_
 L e279_
 L e280_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e283_
 L e284_
 G e285_
 L e286_
 L e287_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e290_
 L e291_
 G e292_
 L e293_
 L e294_
 L relu_1_5_2_above_pre
 E relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor
 G e297_
 L e298_
 G e299_
 L e300_
 L e301_
 L relu_1_5_3_above_pre
 E relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor
 G e304_
 L e305_
 G e306_
 L e307_
 L e308_
 L relu_1_5_4_above_pre
 E relu_1_5_4__pyomo_gdp_bigm_reformulation_either_xor
 G e311_
 L e312_
 G e313_
 L e314_
 L e315_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e318_
 L e319_
 G e320_
 L e321_
 L e322_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e325_
 L e326_
 G e327_
 L e328_
 L e329_
 L relu_1_6_2_above_pre
 E relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor
 G e332_
 L e333_
 G e334_
 L e335_
 L e336_
 L relu_1_6_3_above_pre
 E relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor
 G e339_
 L e340_
 G e341_
 L e342_
 L e343_
 L relu_1_6_4_above_pre
 E relu_1_6_4__pyomo_gdp_bigm_reformulation_either_xor
 G e346_
 L e347_
 G e348_
 L e349_
 L e350_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e353_
 L e354_
 G e355_
 L e356_
 L e357_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e360_
 L e361_
 G e362_
 L e363_
 L e364_
 L relu_1_7_2_above_pre
 E relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor
 G e367_
 L e368_
 G e369_
 L e370_
 L e371_
 L relu_1_7_3_above_pre
 E relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor
 G e374_
 L e375_
 G e376_
 L e377_
 L e378_
 L relu_1_7_4_above_pre
 E relu_1_7_4__pyomo_gdp_bigm_reformulation_either_xor
 G e381_
 L e382_
 G e383_
 L e384_
 L e385_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e388_
 L e389_
 G e390_
 L e391_
 L e392_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e395_
 L e396_
 G e397_
 L e398_
 L e399_
 L relu_1_8_2_above_pre
 E relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor
 G e402_
 L e403_
 G e404_
 L e405_
 L e406_
 L relu_1_8_3_above_pre
 E relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor
 G e409_
 L e410_
 G e411_
 L e412_
 L e413_
 L relu_1_8_4_above_pre
 E relu_1_8_4__pyomo_gdp_bigm_reformulation_either_xor
 G e416_
 L e417_
 G e418_
 L e419_
 L e420_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e423_
 L e424_
 G e425_
 L e426_
 L e427_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e430_
 L e431_
 G e432_
 L e433_
 L e434_
 L relu_1_9_2_above_pre
 E relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor
 G e437_
 L e438_
 G e439_
 L e440_
 L e441_
 L relu_1_9_3_above_pre
 E relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor
 G e444_
 L e445_
 G e446_
 L e447_
 L e448_
 L relu_1_9_4_above_pre
 E relu_1_9_4__pyomo_gdp_bigm_reformulation_either_xor
 G e451_
 L e452_
 G e453_
 L e454_
 L e455_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e458_
 L e459_
 G e460_
 L e461_
 L e462_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e465_
 L e466_
 G e467_
 L e468_
 L e469_
 L relu_1_10_2_above_pre
 E relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor
 G e472_
 L e473_
 G e474_
 L e475_
 L e476_
 L relu_1_10_3_above_pre
 E relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor
 G e479_
 L e480_
 G e481_
 L e482_
 L e483_
 L relu_1_10_4_above_pre
 E relu_1_10_4__pyomo_gdp_bigm_reformulation_either_xor
 G e486_
 L e487_
 G e488_
 L e489_
 L e490_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e493_
 L e494_
 G e495_
 L e496_
 L e497_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e500_
 L e501_
 G e502_
 L e503_
 L e504_
 L relu_1_11_2_above_pre
 E relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor
 G e507_
 L e508_
 G e509_
 L e510_
 L e511_
 L relu_1_11_3_above_pre
 E relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor
 G e514_
 L e515_
 G e516_
 L e517_
 L e518_
 L relu_1_11_4_above_pre
 E relu_1_11_4__pyomo_gdp_bigm_reformulation_either_xor
 G e521_
 L e522_
 G e523_
 L e524_
 L e525_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e528_
 L e529_
 G e530_
 L e531_
 L e532_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e535_
 L e536_
 G e537_
 L e538_
 L e539_
 L relu_1_12_2_above_pre
 E relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor
 G e542_
 L e543_
 G e544_
 L e545_
 L e546_
 L relu_1_12_3_above_pre
 E relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor
 G e549_
 L e550_
 G e551_
 L e552_
 L e553_
 L relu_1_12_4_above_pre
 E relu_1_12_4__pyomo_gdp_bigm_reformulation_either_xor
 G e556_
 L e557_
 G e558_
 L e559_
 L e560_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e563_
 L e564_
 G e565_
 L e566_
 L e567_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e570_
 L e571_
 G e572_
 L e573_
 L e574_
 L relu_1_13_2_above_pre
 E relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor
 G e577_
 L e578_
 G e579_
 L e580_
 L e581_
 L relu_1_13_3_above_pre
 E relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor
 G e584_
 L e585_
 G e586_
 L e587_
 L e588_
 L relu_1_13_4_above_pre
 E relu_1_13_4__pyomo_gdp_bigm_reformulation_either_xor
 G e591_
 L e592_
 G e593_
 L e594_
 L e595_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e598_
 L e599_
 G e600_
 L e601_
 L e602_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e605_
 L e606_
 G e607_
 L e608_
 L e609_
 L relu_1_14_2_above_pre
 E relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor
 G e612_
 L e613_
 G e614_
 L e615_
 L e616_
 L relu_1_14_3_above_pre
 E relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor
 G e619_
 L e620_
 G e621_
 L e622_
 L e623_
 L relu_1_14_4_above_pre
 E relu_1_14_4__pyomo_gdp_bigm_reformulation_either_xor
 G e626_
 L e627_
 G e628_
 L e629_
 L e630_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 1
 w_1_0_0 pre_definition_1_1_0 0.75
 w_1_0_0 pre_definition_1_2_0 0.5
 w_1_0_0 pre_definition_1_3_0 -0.125
 w_1_0_0 pre_definition_1_4_0 -0.25
 w_1_0_0 pre_definition_1_5_0 -0.375
 w_1_0_0 pre_definition_1_6_0 -0.5
 w_1_0_0 pre_definition_1_7_0 -2
 w_1_0_0 pre_definition_1_8_0 -4.571428571428571
 w_1_0_0 pre_definition_1_9_0 -5.5
 w_1_0_0 pre_definition_1_10_0 -5.625
 w_1_0_0 pre_definition_1_11_0 -5.75
 w_1_0_0 pre_definition_1_12_0 -6.5
 w_1_0_0 pre_definition_1_13_0 -6.75
 w_1_0_0 pre_definition_1_14_0 -7
 w_1_1_0 pre_definition_1_0_1 1
 w_1_1_0 pre_definition_1_1_1 0.75
 w_1_1_0 pre_definition_1_2_1 0.5
 w_1_1_0 pre_definition_1_3_1 -0.125
 w_1_1_0 pre_definition_1_4_1 -0.25
 w_1_1_0 pre_definition_1_5_1 -0.375
 w_1_1_0 pre_definition_1_6_1 -0.5
 w_1_1_0 pre_definition_1_7_1 -2
 w_1_1_0 pre_definition_1_8_1 -4.571428571428571
 w_1_1_0 pre_definition_1_9_1 -5.5
 w_1_1_0 pre_definition_1_10_1 -5.625
 w_1_1_0 pre_definition_1_11_1 -5.75
 w_1_1_0 pre_definition_1_12_1 -6.5
 w_1_1_0 pre_definition_1_13_1 -6.75
 w_1_1_0 pre_definition_1_14_1 -7
 w_1_2_0 pre_definition_1_0_2 1
 w_1_2_0 pre_definition_1_1_2 0.75
 w_1_2_0 pre_definition_1_2_2 0.5
 w_1_2_0 pre_definition_1_3_2 -0.125
 w_1_2_0 pre_definition_1_4_2 -0.25
 w_1_2_0 pre_definition_1_5_2 -0.375
 w_1_2_0 pre_definition_1_6_2 -0.5
 w_1_2_0 pre_definition_1_7_2 -2
 w_1_2_0 pre_definition_1_8_2 -4.571428571428571
 w_1_2_0 pre_definition_1_9_2 -5.5
 w_1_2_0 pre_definition_1_10_2 -5.625
 w_1_2_0 pre_definition_1_11_2 -5.75
 w_1_2_0 pre_definition_1_12_2 -6.5
 w_1_2_0 pre_definition_1_13_2 -6.75
 w_1_2_0 pre_definition_1_14_2 -7
 w_1_3_0 pre_definition_1_0_3 1
 w_1_3_0 pre_definition_1_1_3 0.75
 w_1_3_0 pre_definition_1_2_3 0.5
 w_1_3_0 pre_definition_1_3_3 -0.125
 w_1_3_0 pre_definition_1_4_3 -0.25
 w_1_3_0 pre_definition_1_5_3 -0.375
 w_1_3_0 pre_definition_1_6_3 -0.5
 w_1_3_0 pre_definition_1_7_3 -2
 w_1_3_0 pre_definition_1_8_3 -4.571428571428571
 w_1_3_0 pre_definition_1_9_3 -5.5
 w_1_3_0 pre_definition_1_10_3 -5.625
 w_1_3_0 pre_definition_1_11_3 -5.75
 w_1_3_0 pre_definition_1_12_3 -6.5
 w_1_3_0 pre_definition_1_13_3 -6.75
 w_1_3_0 pre_definition_1_14_3 -7
 w_1_4_0 pre_definition_1_0_4 1
 w_1_4_0 pre_definition_1_1_4 0.75
 w_1_4_0 pre_definition_1_2_4 0.5
 w_1_4_0 pre_definition_1_3_4 -0.125
 w_1_4_0 pre_definition_1_4_4 -0.25
 w_1_4_0 pre_definition_1_5_4 -0.375
 w_1_4_0 pre_definition_1_6_4 -0.5
 w_1_4_0 pre_definition_1_7_4 -2
 w_1_4_0 pre_definition_1_8_4 -4.571428571428571
 w_1_4_0 pre_definition_1_9_4 -5.5
 w_1_4_0 pre_definition_1_10_4 -5.625
 w_1_4_0 pre_definition_1_11_4 -5.75
 w_1_4_0 pre_definition_1_12_4 -6.5
 w_1_4_0 pre_definition_1_13_4 -6.75
 w_1_4_0 pre_definition_1_14_4 -7
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_0_2 obj 0
 w_2_0_3 obj 0
 w_2_0_4 obj 0
 w_2_1_0 obj 0
 w_2_1_1 obj 0
 w_2_1_2 obj 0
 w_2_1_3 obj 0
 w_2_1_4 obj 0
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
 b_1_4 pre_definition_1_0_4 -1
 b_1_4 pre_definition_1_1_4 -1
 b_1_4 pre_definition_1_2_4 -1
 b_1_4 pre_definition_1_3_4 -1
 b_1_4 pre_definition_1_4_4 -1
 b_1_4 pre_definition_1_5_4 -1
 b_1_4 pre_definition_1_6_4 -1
 b_1_4 pre_definition_1_7_4 -1
 b_1_4 pre_definition_1_8_4 -1
 b_1_4 pre_definition_1_9_4 -1
 b_1_4 pre_definition_1_10_4 -1
 b_1_4 pre_definition_1_11_4 -1
 b_1_4 pre_definition_1_12_4 -1
 b_1_4 pre_definition_1_13_4 -1
 b_1_4 pre_definition_1_14_4 -1
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
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e108_ -1
 pre_1_0_0 e109_ -1
 pre_1_0_0 e112_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e115_ -1
 pre_1_0_1 e116_ -1
 pre_1_0_1 e119_ 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 e122_ -1
 pre_1_0_2 e123_ -1
 pre_1_0_2 e126_ 1
 pre_1_0_3 pre_definition_1_0_3 1
 pre_1_0_3 relu_1_0_3_above_pre 1
 pre_1_0_3 e129_ -1
 pre_1_0_3 e130_ -1
 pre_1_0_3 e133_ 1
 pre_1_0_4 pre_definition_1_0_4 1
 pre_1_0_4 relu_1_0_4_above_pre 1
 pre_1_0_4 e136_ -1
 pre_1_0_4 e137_ -1
 pre_1_0_4 e140_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e143_ -1
 pre_1_1_0 e144_ -1
 pre_1_1_0 e147_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e150_ -1
 pre_1_1_1 e151_ -1
 pre_1_1_1 e154_ 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 e157_ -1
 pre_1_1_2 e158_ -1
 pre_1_1_2 e161_ 1
 pre_1_1_3 pre_definition_1_1_3 1
 pre_1_1_3 relu_1_1_3_above_pre 1
 pre_1_1_3 e164_ -1
 pre_1_1_3 e165_ -1
 pre_1_1_3 e168_ 1
 pre_1_1_4 pre_definition_1_1_4 1
 pre_1_1_4 relu_1_1_4_above_pre 1
 pre_1_1_4 e171_ -1
 pre_1_1_4 e172_ -1
 pre_1_1_4 e175_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e178_ -1
 pre_1_2_0 e179_ -1
 pre_1_2_0 e182_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e185_ -1
 pre_1_2_1 e186_ -1
 pre_1_2_1 e189_ 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 e192_ -1
 pre_1_2_2 e193_ -1
 pre_1_2_2 e196_ 1
 pre_1_2_3 pre_definition_1_2_3 1
 pre_1_2_3 relu_1_2_3_above_pre 1
 pre_1_2_3 e199_ -1
 pre_1_2_3 e200_ -1
 pre_1_2_3 e203_ 1
 pre_1_2_4 pre_definition_1_2_4 1
 pre_1_2_4 relu_1_2_4_above_pre 1
 pre_1_2_4 e206_ -1
 pre_1_2_4 e207_ -1
 pre_1_2_4 e210_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e213_ -1
 pre_1_3_0 e214_ -1
 pre_1_3_0 e217_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e220_ -1
 pre_1_3_1 e221_ -1
 pre_1_3_1 e224_ 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 e227_ -1
 pre_1_3_2 e228_ -1
 pre_1_3_2 e231_ 1
 pre_1_3_3 pre_definition_1_3_3 1
 pre_1_3_3 relu_1_3_3_above_pre 1
 pre_1_3_3 e234_ -1
 pre_1_3_3 e235_ -1
 pre_1_3_3 e238_ 1
 pre_1_3_4 pre_definition_1_3_4 1
 pre_1_3_4 relu_1_3_4_above_pre 1
 pre_1_3_4 e241_ -1
 pre_1_3_4 e242_ -1
 pre_1_3_4 e245_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e248_ -1
 pre_1_4_0 e249_ -1
 pre_1_4_0 e252_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e255_ -1
 pre_1_4_1 e256_ -1
 pre_1_4_1 e259_ 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 e262_ -1
 pre_1_4_2 e263_ -1
 pre_1_4_2 e266_ 1
 pre_1_4_3 pre_definition_1_4_3 1
 pre_1_4_3 relu_1_4_3_above_pre 1
 pre_1_4_3 e269_ -1
 pre_1_4_3 e270_ -1
 pre_1_4_3 e273_ 1
 pre_1_4_4 pre_definition_1_4_4 1
 pre_1_4_4 relu_1_4_4_above_pre 1
 pre_1_4_4 e276_ -1
 pre_1_4_4 e277_ -1
 pre_1_4_4 e280_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e283_ -1
 pre_1_5_0 e284_ -1
 pre_1_5_0 e287_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e290_ -1
 pre_1_5_1 e291_ -1
 pre_1_5_1 e294_ 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 e297_ -1
 pre_1_5_2 e298_ -1
 pre_1_5_2 e301_ 1
 pre_1_5_3 pre_definition_1_5_3 1
 pre_1_5_3 relu_1_5_3_above_pre 1
 pre_1_5_3 e304_ -1
 pre_1_5_3 e305_ -1
 pre_1_5_3 e308_ 1
 pre_1_5_4 pre_definition_1_5_4 1
 pre_1_5_4 relu_1_5_4_above_pre 1
 pre_1_5_4 e311_ -1
 pre_1_5_4 e312_ -1
 pre_1_5_4 e315_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e318_ -1
 pre_1_6_0 e319_ -1
 pre_1_6_0 e322_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e325_ -1
 pre_1_6_1 e326_ -1
 pre_1_6_1 e329_ 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 e332_ -1
 pre_1_6_2 e333_ -1
 pre_1_6_2 e336_ 1
 pre_1_6_3 pre_definition_1_6_3 1
 pre_1_6_3 relu_1_6_3_above_pre 1
 pre_1_6_3 e339_ -1
 pre_1_6_3 e340_ -1
 pre_1_6_3 e343_ 1
 pre_1_6_4 pre_definition_1_6_4 1
 pre_1_6_4 relu_1_6_4_above_pre 1
 pre_1_6_4 e346_ -1
 pre_1_6_4 e347_ -1
 pre_1_6_4 e350_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e353_ -1
 pre_1_7_0 e354_ -1
 pre_1_7_0 e357_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e360_ -1
 pre_1_7_1 e361_ -1
 pre_1_7_1 e364_ 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 e367_ -1
 pre_1_7_2 e368_ -1
 pre_1_7_2 e371_ 1
 pre_1_7_3 pre_definition_1_7_3 1
 pre_1_7_3 relu_1_7_3_above_pre 1
 pre_1_7_3 e374_ -1
 pre_1_7_3 e375_ -1
 pre_1_7_3 e378_ 1
 pre_1_7_4 pre_definition_1_7_4 1
 pre_1_7_4 relu_1_7_4_above_pre 1
 pre_1_7_4 e381_ -1
 pre_1_7_4 e382_ -1
 pre_1_7_4 e385_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e388_ -1
 pre_1_8_0 e389_ -1
 pre_1_8_0 e392_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e395_ -1
 pre_1_8_1 e396_ -1
 pre_1_8_1 e399_ 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 e402_ -1
 pre_1_8_2 e403_ -1
 pre_1_8_2 e406_ 1
 pre_1_8_3 pre_definition_1_8_3 1
 pre_1_8_3 relu_1_8_3_above_pre 1
 pre_1_8_3 e409_ -1
 pre_1_8_3 e410_ -1
 pre_1_8_3 e413_ 1
 pre_1_8_4 pre_definition_1_8_4 1
 pre_1_8_4 relu_1_8_4_above_pre 1
 pre_1_8_4 e416_ -1
 pre_1_8_4 e417_ -1
 pre_1_8_4 e420_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e423_ -1
 pre_1_9_0 e424_ -1
 pre_1_9_0 e427_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e430_ -1
 pre_1_9_1 e431_ -1
 pre_1_9_1 e434_ 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 e437_ -1
 pre_1_9_2 e438_ -1
 pre_1_9_2 e441_ 1
 pre_1_9_3 pre_definition_1_9_3 1
 pre_1_9_3 relu_1_9_3_above_pre 1
 pre_1_9_3 e444_ -1
 pre_1_9_3 e445_ -1
 pre_1_9_3 e448_ 1
 pre_1_9_4 pre_definition_1_9_4 1
 pre_1_9_4 relu_1_9_4_above_pre 1
 pre_1_9_4 e451_ -1
 pre_1_9_4 e452_ -1
 pre_1_9_4 e455_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e458_ -1
 pre_1_10_0 e459_ -1
 pre_1_10_0 e462_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e465_ -1
 pre_1_10_1 e466_ -1
 pre_1_10_1 e469_ 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 e472_ -1
 pre_1_10_2 e473_ -1
 pre_1_10_2 e476_ 1
 pre_1_10_3 pre_definition_1_10_3 1
 pre_1_10_3 relu_1_10_3_above_pre 1
 pre_1_10_3 e479_ -1
 pre_1_10_3 e480_ -1
 pre_1_10_3 e483_ 1
 pre_1_10_4 pre_definition_1_10_4 1
 pre_1_10_4 relu_1_10_4_above_pre 1
 pre_1_10_4 e486_ -1
 pre_1_10_4 e487_ -1
 pre_1_10_4 e490_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e493_ -1
 pre_1_11_0 e494_ -1
 pre_1_11_0 e497_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e500_ -1
 pre_1_11_1 e501_ -1
 pre_1_11_1 e504_ 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 e507_ -1
 pre_1_11_2 e508_ -1
 pre_1_11_2 e511_ 1
 pre_1_11_3 pre_definition_1_11_3 1
 pre_1_11_3 relu_1_11_3_above_pre 1
 pre_1_11_3 e514_ -1
 pre_1_11_3 e515_ -1
 pre_1_11_3 e518_ 1
 pre_1_11_4 pre_definition_1_11_4 1
 pre_1_11_4 relu_1_11_4_above_pre 1
 pre_1_11_4 e521_ -1
 pre_1_11_4 e522_ -1
 pre_1_11_4 e525_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e528_ -1
 pre_1_12_0 e529_ -1
 pre_1_12_0 e532_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e535_ -1
 pre_1_12_1 e536_ -1
 pre_1_12_1 e539_ 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 e542_ -1
 pre_1_12_2 e543_ -1
 pre_1_12_2 e546_ 1
 pre_1_12_3 pre_definition_1_12_3 1
 pre_1_12_3 relu_1_12_3_above_pre 1
 pre_1_12_3 e549_ -1
 pre_1_12_3 e550_ -1
 pre_1_12_3 e553_ 1
 pre_1_12_4 pre_definition_1_12_4 1
 pre_1_12_4 relu_1_12_4_above_pre 1
 pre_1_12_4 e556_ -1
 pre_1_12_4 e557_ -1
 pre_1_12_4 e560_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e563_ -1
 pre_1_13_0 e564_ -1
 pre_1_13_0 e567_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e570_ -1
 pre_1_13_1 e571_ -1
 pre_1_13_1 e574_ 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 e577_ -1
 pre_1_13_2 e578_ -1
 pre_1_13_2 e581_ 1
 pre_1_13_3 pre_definition_1_13_3 1
 pre_1_13_3 relu_1_13_3_above_pre 1
 pre_1_13_3 e584_ -1
 pre_1_13_3 e585_ -1
 pre_1_13_3 e588_ 1
 pre_1_13_4 pre_definition_1_13_4 1
 pre_1_13_4 relu_1_13_4_above_pre 1
 pre_1_13_4 e591_ -1
 pre_1_13_4 e592_ -1
 pre_1_13_4 e595_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e598_ -1
 pre_1_14_0 e599_ -1
 pre_1_14_0 e602_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e605_ -1
 pre_1_14_1 e606_ -1
 pre_1_14_1 e609_ 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 e612_ -1
 pre_1_14_2 e613_ -1
 pre_1_14_2 e616_ 1
 pre_1_14_3 pre_definition_1_14_3 1
 pre_1_14_3 relu_1_14_3_above_pre 1
 pre_1_14_3 e619_ -1
 pre_1_14_3 e620_ -1
 pre_1_14_3 e623_ 1
 pre_1_14_4 pre_definition_1_14_4 1
 pre_1_14_4 relu_1_14_4_above_pre 1
 pre_1_14_4 e626_ -1
 pre_1_14_4 e627_ -1
 pre_1_14_4 e630_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e108_ 1
 post_1_0_0 e109_ 1
 post_1_0_0 e110_ 1
 post_1_0_0 e111_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e115_ 1
 post_1_0_1 e116_ 1
 post_1_0_1 e117_ 1
 post_1_0_1 e118_ 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 e122_ 1
 post_1_0_2 e123_ 1
 post_1_0_2 e124_ 1
 post_1_0_2 e125_ 1
 post_1_0_3 relu_1_0_3_above_pre -1
 post_1_0_3 e129_ 1
 post_1_0_3 e130_ 1
 post_1_0_3 e131_ 1
 post_1_0_3 e132_ 1
 post_1_0_4 relu_1_0_4_above_pre -1
 post_1_0_4 e136_ 1
 post_1_0_4 e137_ 1
 post_1_0_4 e138_ 1
 post_1_0_4 e139_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e143_ 1
 post_1_1_0 e144_ 1
 post_1_1_0 e145_ 1
 post_1_1_0 e146_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e150_ 1
 post_1_1_1 e151_ 1
 post_1_1_1 e152_ 1
 post_1_1_1 e153_ 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 e157_ 1
 post_1_1_2 e158_ 1
 post_1_1_2 e159_ 1
 post_1_1_2 e160_ 1
 post_1_1_3 relu_1_1_3_above_pre -1
 post_1_1_3 e164_ 1
 post_1_1_3 e165_ 1
 post_1_1_3 e166_ 1
 post_1_1_3 e167_ 1
 post_1_1_4 relu_1_1_4_above_pre -1
 post_1_1_4 e171_ 1
 post_1_1_4 e172_ 1
 post_1_1_4 e173_ 1
 post_1_1_4 e174_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e178_ 1
 post_1_2_0 e179_ 1
 post_1_2_0 e180_ 1
 post_1_2_0 e181_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e185_ 1
 post_1_2_1 e186_ 1
 post_1_2_1 e187_ 1
 post_1_2_1 e188_ 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 e192_ 1
 post_1_2_2 e193_ 1
 post_1_2_2 e194_ 1
 post_1_2_2 e195_ 1
 post_1_2_3 relu_1_2_3_above_pre -1
 post_1_2_3 e199_ 1
 post_1_2_3 e200_ 1
 post_1_2_3 e201_ 1
 post_1_2_3 e202_ 1
 post_1_2_4 relu_1_2_4_above_pre -1
 post_1_2_4 e206_ 1
 post_1_2_4 e207_ 1
 post_1_2_4 e208_ 1
 post_1_2_4 e209_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e213_ 1
 post_1_3_0 e214_ 1
 post_1_3_0 e215_ 1
 post_1_3_0 e216_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e220_ 1
 post_1_3_1 e221_ 1
 post_1_3_1 e222_ 1
 post_1_3_1 e223_ 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 e227_ 1
 post_1_3_2 e228_ 1
 post_1_3_2 e229_ 1
 post_1_3_2 e230_ 1
 post_1_3_3 relu_1_3_3_above_pre -1
 post_1_3_3 e234_ 1
 post_1_3_3 e235_ 1
 post_1_3_3 e236_ 1
 post_1_3_3 e237_ 1
 post_1_3_4 relu_1_3_4_above_pre -1
 post_1_3_4 e241_ 1
 post_1_3_4 e242_ 1
 post_1_3_4 e243_ 1
 post_1_3_4 e244_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e248_ 1
 post_1_4_0 e249_ 1
 post_1_4_0 e250_ 1
 post_1_4_0 e251_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e255_ 1
 post_1_4_1 e256_ 1
 post_1_4_1 e257_ 1
 post_1_4_1 e258_ 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 e262_ 1
 post_1_4_2 e263_ 1
 post_1_4_2 e264_ 1
 post_1_4_2 e265_ 1
 post_1_4_3 relu_1_4_3_above_pre -1
 post_1_4_3 e269_ 1
 post_1_4_3 e270_ 1
 post_1_4_3 e271_ 1
 post_1_4_3 e272_ 1
 post_1_4_4 relu_1_4_4_above_pre -1
 post_1_4_4 e276_ 1
 post_1_4_4 e277_ 1
 post_1_4_4 e278_ 1
 post_1_4_4 e279_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e283_ 1
 post_1_5_0 e284_ 1
 post_1_5_0 e285_ 1
 post_1_5_0 e286_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e290_ 1
 post_1_5_1 e291_ 1
 post_1_5_1 e292_ 1
 post_1_5_1 e293_ 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 e297_ 1
 post_1_5_2 e298_ 1
 post_1_5_2 e299_ 1
 post_1_5_2 e300_ 1
 post_1_5_3 relu_1_5_3_above_pre -1
 post_1_5_3 e304_ 1
 post_1_5_3 e305_ 1
 post_1_5_3 e306_ 1
 post_1_5_3 e307_ 1
 post_1_5_4 relu_1_5_4_above_pre -1
 post_1_5_4 e311_ 1
 post_1_5_4 e312_ 1
 post_1_5_4 e313_ 1
 post_1_5_4 e314_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e318_ 1
 post_1_6_0 e319_ 1
 post_1_6_0 e320_ 1
 post_1_6_0 e321_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e325_ 1
 post_1_6_1 e326_ 1
 post_1_6_1 e327_ 1
 post_1_6_1 e328_ 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 e332_ 1
 post_1_6_2 e333_ 1
 post_1_6_2 e334_ 1
 post_1_6_2 e335_ 1
 post_1_6_3 relu_1_6_3_above_pre -1
 post_1_6_3 e339_ 1
 post_1_6_3 e340_ 1
 post_1_6_3 e341_ 1
 post_1_6_3 e342_ 1
 post_1_6_4 relu_1_6_4_above_pre -1
 post_1_6_4 e346_ 1
 post_1_6_4 e347_ 1
 post_1_6_4 e348_ 1
 post_1_6_4 e349_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e353_ 1
 post_1_7_0 e354_ 1
 post_1_7_0 e355_ 1
 post_1_7_0 e356_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e360_ 1
 post_1_7_1 e361_ 1
 post_1_7_1 e362_ 1
 post_1_7_1 e363_ 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 e367_ 1
 post_1_7_2 e368_ 1
 post_1_7_2 e369_ 1
 post_1_7_2 e370_ 1
 post_1_7_3 relu_1_7_3_above_pre -1
 post_1_7_3 e374_ 1
 post_1_7_3 e375_ 1
 post_1_7_3 e376_ 1
 post_1_7_3 e377_ 1
 post_1_7_4 relu_1_7_4_above_pre -1
 post_1_7_4 e381_ 1
 post_1_7_4 e382_ 1
 post_1_7_4 e383_ 1
 post_1_7_4 e384_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e388_ 1
 post_1_8_0 e389_ 1
 post_1_8_0 e390_ 1
 post_1_8_0 e391_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e395_ 1
 post_1_8_1 e396_ 1
 post_1_8_1 e397_ 1
 post_1_8_1 e398_ 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 e402_ 1
 post_1_8_2 e403_ 1
 post_1_8_2 e404_ 1
 post_1_8_2 e405_ 1
 post_1_8_3 relu_1_8_3_above_pre -1
 post_1_8_3 e409_ 1
 post_1_8_3 e410_ 1
 post_1_8_3 e411_ 1
 post_1_8_3 e412_ 1
 post_1_8_4 relu_1_8_4_above_pre -1
 post_1_8_4 e416_ 1
 post_1_8_4 e417_ 1
 post_1_8_4 e418_ 1
 post_1_8_4 e419_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e423_ 1
 post_1_9_0 e424_ 1
 post_1_9_0 e425_ 1
 post_1_9_0 e426_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e430_ 1
 post_1_9_1 e431_ 1
 post_1_9_1 e432_ 1
 post_1_9_1 e433_ 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 e437_ 1
 post_1_9_2 e438_ 1
 post_1_9_2 e439_ 1
 post_1_9_2 e440_ 1
 post_1_9_3 relu_1_9_3_above_pre -1
 post_1_9_3 e444_ 1
 post_1_9_3 e445_ 1
 post_1_9_3 e446_ 1
 post_1_9_3 e447_ 1
 post_1_9_4 relu_1_9_4_above_pre -1
 post_1_9_4 e451_ 1
 post_1_9_4 e452_ 1
 post_1_9_4 e453_ 1
 post_1_9_4 e454_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e458_ 1
 post_1_10_0 e459_ 1
 post_1_10_0 e460_ 1
 post_1_10_0 e461_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e465_ 1
 post_1_10_1 e466_ 1
 post_1_10_1 e467_ 1
 post_1_10_1 e468_ 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 e472_ 1
 post_1_10_2 e473_ 1
 post_1_10_2 e474_ 1
 post_1_10_2 e475_ 1
 post_1_10_3 relu_1_10_3_above_pre -1
 post_1_10_3 e479_ 1
 post_1_10_3 e480_ 1
 post_1_10_3 e481_ 1
 post_1_10_3 e482_ 1
 post_1_10_4 relu_1_10_4_above_pre -1
 post_1_10_4 e486_ 1
 post_1_10_4 e487_ 1
 post_1_10_4 e488_ 1
 post_1_10_4 e489_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e493_ 1
 post_1_11_0 e494_ 1
 post_1_11_0 e495_ 1
 post_1_11_0 e496_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e500_ 1
 post_1_11_1 e501_ 1
 post_1_11_1 e502_ 1
 post_1_11_1 e503_ 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 e507_ 1
 post_1_11_2 e508_ 1
 post_1_11_2 e509_ 1
 post_1_11_2 e510_ 1
 post_1_11_3 relu_1_11_3_above_pre -1
 post_1_11_3 e514_ 1
 post_1_11_3 e515_ 1
 post_1_11_3 e516_ 1
 post_1_11_3 e517_ 1
 post_1_11_4 relu_1_11_4_above_pre -1
 post_1_11_4 e521_ 1
 post_1_11_4 e522_ 1
 post_1_11_4 e523_ 1
 post_1_11_4 e524_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e528_ 1
 post_1_12_0 e529_ 1
 post_1_12_0 e530_ 1
 post_1_12_0 e531_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e535_ 1
 post_1_12_1 e536_ 1
 post_1_12_1 e537_ 1
 post_1_12_1 e538_ 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 e542_ 1
 post_1_12_2 e543_ 1
 post_1_12_2 e544_ 1
 post_1_12_2 e545_ 1
 post_1_12_3 relu_1_12_3_above_pre -1
 post_1_12_3 e549_ 1
 post_1_12_3 e550_ 1
 post_1_12_3 e551_ 1
 post_1_12_3 e552_ 1
 post_1_12_4 relu_1_12_4_above_pre -1
 post_1_12_4 e556_ 1
 post_1_12_4 e557_ 1
 post_1_12_4 e558_ 1
 post_1_12_4 e559_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e563_ 1
 post_1_13_0 e564_ 1
 post_1_13_0 e565_ 1
 post_1_13_0 e566_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e570_ 1
 post_1_13_1 e571_ 1
 post_1_13_1 e572_ 1
 post_1_13_1 e573_ 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 e577_ 1
 post_1_13_2 e578_ 1
 post_1_13_2 e579_ 1
 post_1_13_2 e580_ 1
 post_1_13_3 relu_1_13_3_above_pre -1
 post_1_13_3 e584_ 1
 post_1_13_3 e585_ 1
 post_1_13_3 e586_ 1
 post_1_13_3 e587_ 1
 post_1_13_4 relu_1_13_4_above_pre -1
 post_1_13_4 e591_ 1
 post_1_13_4 e592_ 1
 post_1_13_4 e593_ 1
 post_1_13_4 e594_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e598_ 1
 post_1_14_0 e599_ 1
 post_1_14_0 e600_ 1
 post_1_14_0 e601_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e605_ 1
 post_1_14_1 e606_ 1
 post_1_14_1 e607_ 1
 post_1_14_1 e608_ 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 e612_ 1
 post_1_14_2 e613_ 1
 post_1_14_2 e614_ 1
 post_1_14_2 e615_ 1
 post_1_14_3 relu_1_14_3_above_pre -1
 post_1_14_3 e619_ 1
 post_1_14_3 e620_ 1
 post_1_14_3 e621_ 1
 post_1_14_3 e622_ 1
 post_1_14_4 relu_1_14_4_above_pre -1
 post_1_14_4 e626_ 1
 post_1_14_4 e627_ 1
 post_1_14_4 e628_ 1
 post_1_14_4 e629_ 1
 out_0_0 out_definition_0_0 1
 out_0_1 out_definition_0_1 1
 out_1_0 out_definition_1_0 1
 out_1_1 out_definition_1_1 1
 out_2_0 out_definition_2_0 1
 out_2_1 out_definition_2_1 1
 out_3_0 obj -0.25
 out_3_0 out_definition_3_0 1
 out_3_1 out_definition_3_1 1
 out_4_0 obj -0.5
 out_4_0 out_definition_4_0 1
 out_4_1 out_definition_4_1 1
 out_5_0 obj -0.75
 out_5_0 out_definition_5_0 1
 out_5_1 out_definition_5_1 1
 out_6_0 obj -1
 out_6_0 out_definition_6_0 1
 out_6_1 out_definition_6_1 1
 out_7_0 obj -2
 out_7_0 out_definition_7_0 1
 out_7_1 out_definition_7_1 1
 out_8_0 obj -1.4285714285714286
 out_8_0 out_definition_8_0 1
 out_8_1 obj -2.938775510204082
 out_8_1 out_definition_8_1 1
 out_9_0 obj -0.5
 out_9_0 out_definition_9_0 1
 out_9_1 obj -4
 out_9_1 out_definition_9_1 1
 out_10_0 obj -0.375
 out_10_0 out_definition_10_0 1
 out_10_1 obj -3
 out_10_1 out_definition_10_1 1
 out_11_0 obj -0.25
 out_11_0 out_definition_11_0 1
 out_11_1 obj -2
 out_11_1 out_definition_11_1 1
 out_12_0 out_definition_12_0 1
 out_12_1 out_definition_12_1 1
 out_13_0 out_definition_13_0 1
 out_13_1 out_definition_13_1 1
 out_14_0 out_definition_14_0 1
 out_14_1 out_definition_14_1 1
 M202 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e108_ -16
 relu_1_0_0_on_binary_indicator_var e109_ 32
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e111_ 16
 relu_1_0_0_off_binary_indicator_var e112_ 16
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e115_ -16
 relu_1_0_1_on_binary_indicator_var e116_ 32
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e118_ 16
 relu_1_0_1_off_binary_indicator_var e119_ 16
 relu_1_0_2_on_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_on_binary_indicator_var e122_ -16
 relu_1_0_2_on_binary_indicator_var e123_ 32
 relu_1_0_2_off_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_off_binary_indicator_var e125_ 16
 relu_1_0_2_off_binary_indicator_var e126_ 16
 relu_1_0_3_on_binary_indicator_var relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_3_on_binary_indicator_var e129_ -16
 relu_1_0_3_on_binary_indicator_var e130_ 32
 relu_1_0_3_off_binary_indicator_var relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_3_off_binary_indicator_var e132_ 16
 relu_1_0_3_off_binary_indicator_var e133_ 16
 relu_1_0_4_on_binary_indicator_var relu_1_0_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_4_on_binary_indicator_var e136_ -16
 relu_1_0_4_on_binary_indicator_var e137_ 32
 relu_1_0_4_off_binary_indicator_var relu_1_0_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_4_off_binary_indicator_var e139_ 16
 relu_1_0_4_off_binary_indicator_var e140_ 16
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e143_ -14
 relu_1_1_0_on_binary_indicator_var e144_ 28
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e146_ 14
 relu_1_1_0_off_binary_indicator_var e147_ 14
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e150_ -14
 relu_1_1_1_on_binary_indicator_var e151_ 28
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e153_ 14
 relu_1_1_1_off_binary_indicator_var e154_ 14
 relu_1_1_2_on_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_on_binary_indicator_var e157_ -14
 relu_1_1_2_on_binary_indicator_var e158_ 28
 relu_1_1_2_off_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_off_binary_indicator_var e160_ 14
 relu_1_1_2_off_binary_indicator_var e161_ 14
 relu_1_1_3_on_binary_indicator_var relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_3_on_binary_indicator_var e164_ -14
 relu_1_1_3_on_binary_indicator_var e165_ 28
 relu_1_1_3_off_binary_indicator_var relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_3_off_binary_indicator_var e167_ 14
 relu_1_1_3_off_binary_indicator_var e168_ 14
 relu_1_1_4_on_binary_indicator_var relu_1_1_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_4_on_binary_indicator_var e171_ -14
 relu_1_1_4_on_binary_indicator_var e172_ 28
 relu_1_1_4_off_binary_indicator_var relu_1_1_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_4_off_binary_indicator_var e174_ 14
 relu_1_1_4_off_binary_indicator_var e175_ 14
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e178_ -12
 relu_1_2_0_on_binary_indicator_var e179_ 24
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e181_ 12
 relu_1_2_0_off_binary_indicator_var e182_ 12
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e185_ -12
 relu_1_2_1_on_binary_indicator_var e186_ 24
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e188_ 12
 relu_1_2_1_off_binary_indicator_var e189_ 12
 relu_1_2_2_on_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_on_binary_indicator_var e192_ -12
 relu_1_2_2_on_binary_indicator_var e193_ 24
 relu_1_2_2_off_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_off_binary_indicator_var e195_ 12
 relu_1_2_2_off_binary_indicator_var e196_ 12
 relu_1_2_3_on_binary_indicator_var relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_3_on_binary_indicator_var e199_ -12
 relu_1_2_3_on_binary_indicator_var e200_ 24
 relu_1_2_3_off_binary_indicator_var relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_3_off_binary_indicator_var e202_ 12
 relu_1_2_3_off_binary_indicator_var e203_ 12
 relu_1_2_4_on_binary_indicator_var relu_1_2_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_4_on_binary_indicator_var e206_ -12
 relu_1_2_4_on_binary_indicator_var e207_ 24
 relu_1_2_4_off_binary_indicator_var relu_1_2_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_4_off_binary_indicator_var e209_ 12
 relu_1_2_4_off_binary_indicator_var e210_ 12
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e213_ -9
 relu_1_3_0_on_binary_indicator_var e214_ 18
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e216_ 9
 relu_1_3_0_off_binary_indicator_var e217_ 9
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e220_ -9
 relu_1_3_1_on_binary_indicator_var e221_ 18
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e223_ 9
 relu_1_3_1_off_binary_indicator_var e224_ 9
 relu_1_3_2_on_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_on_binary_indicator_var e227_ -9
 relu_1_3_2_on_binary_indicator_var e228_ 18
 relu_1_3_2_off_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_off_binary_indicator_var e230_ 9
 relu_1_3_2_off_binary_indicator_var e231_ 9
 relu_1_3_3_on_binary_indicator_var relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_3_on_binary_indicator_var e234_ -9
 relu_1_3_3_on_binary_indicator_var e235_ 18
 relu_1_3_3_off_binary_indicator_var relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_3_off_binary_indicator_var e237_ 9
 relu_1_3_3_off_binary_indicator_var e238_ 9
 relu_1_3_4_on_binary_indicator_var relu_1_3_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_4_on_binary_indicator_var e241_ -9
 relu_1_3_4_on_binary_indicator_var e242_ 18
 relu_1_3_4_off_binary_indicator_var relu_1_3_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_4_off_binary_indicator_var e244_ 9
 relu_1_3_4_off_binary_indicator_var e245_ 9
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e248_ -10
 relu_1_4_0_on_binary_indicator_var e249_ 20
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e251_ 10
 relu_1_4_0_off_binary_indicator_var e252_ 10
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e255_ -10
 relu_1_4_1_on_binary_indicator_var e256_ 20
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e258_ 10
 relu_1_4_1_off_binary_indicator_var e259_ 10
 relu_1_4_2_on_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_on_binary_indicator_var e262_ -10
 relu_1_4_2_on_binary_indicator_var e263_ 20
 relu_1_4_2_off_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_off_binary_indicator_var e265_ 10
 relu_1_4_2_off_binary_indicator_var e266_ 10
 relu_1_4_3_on_binary_indicator_var relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_3_on_binary_indicator_var e269_ -10
 relu_1_4_3_on_binary_indicator_var e270_ 20
 relu_1_4_3_off_binary_indicator_var relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_3_off_binary_indicator_var e272_ 10
 relu_1_4_3_off_binary_indicator_var e273_ 10
 relu_1_4_4_on_binary_indicator_var relu_1_4_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_4_on_binary_indicator_var e276_ -10
 relu_1_4_4_on_binary_indicator_var e277_ 20
 relu_1_4_4_off_binary_indicator_var relu_1_4_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_4_off_binary_indicator_var e279_ 10
 relu_1_4_4_off_binary_indicator_var e280_ 10
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e283_ -11
 relu_1_5_0_on_binary_indicator_var e284_ 22
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e286_ 11
 relu_1_5_0_off_binary_indicator_var e287_ 11
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e290_ -11
 relu_1_5_1_on_binary_indicator_var e291_ 22
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e293_ 11
 relu_1_5_1_off_binary_indicator_var e294_ 11
 relu_1_5_2_on_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_on_binary_indicator_var e297_ -11
 relu_1_5_2_on_binary_indicator_var e298_ 22
 relu_1_5_2_off_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_off_binary_indicator_var e300_ 11
 relu_1_5_2_off_binary_indicator_var e301_ 11
 relu_1_5_3_on_binary_indicator_var relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_3_on_binary_indicator_var e304_ -11
 relu_1_5_3_on_binary_indicator_var e305_ 22
 relu_1_5_3_off_binary_indicator_var relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_3_off_binary_indicator_var e307_ 11
 relu_1_5_3_off_binary_indicator_var e308_ 11
 relu_1_5_4_on_binary_indicator_var relu_1_5_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_4_on_binary_indicator_var e311_ -11
 relu_1_5_4_on_binary_indicator_var e312_ 22
 relu_1_5_4_off_binary_indicator_var relu_1_5_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_4_off_binary_indicator_var e314_ 11
 relu_1_5_4_off_binary_indicator_var e315_ 11
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e318_ -12
 relu_1_6_0_on_binary_indicator_var e319_ 24
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e321_ 12
 relu_1_6_0_off_binary_indicator_var e322_ 12
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e325_ -12
 relu_1_6_1_on_binary_indicator_var e326_ 24
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e328_ 12
 relu_1_6_1_off_binary_indicator_var e329_ 12
 relu_1_6_2_on_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_on_binary_indicator_var e332_ -12
 relu_1_6_2_on_binary_indicator_var e333_ 24
 relu_1_6_2_off_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_off_binary_indicator_var e335_ 12
 relu_1_6_2_off_binary_indicator_var e336_ 12
 relu_1_6_3_on_binary_indicator_var relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_3_on_binary_indicator_var e339_ -12
 relu_1_6_3_on_binary_indicator_var e340_ 24
 relu_1_6_3_off_binary_indicator_var relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_3_off_binary_indicator_var e342_ 12
 relu_1_6_3_off_binary_indicator_var e343_ 12
 relu_1_6_4_on_binary_indicator_var relu_1_6_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_4_on_binary_indicator_var e346_ -12
 relu_1_6_4_on_binary_indicator_var e347_ 24
 relu_1_6_4_off_binary_indicator_var relu_1_6_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_4_off_binary_indicator_var e349_ 12
 relu_1_6_4_off_binary_indicator_var e350_ 12
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e353_ -24
 relu_1_7_0_on_binary_indicator_var e354_ 48
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e356_ 24
 relu_1_7_0_off_binary_indicator_var e357_ 24
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e360_ -24
 relu_1_7_1_on_binary_indicator_var e361_ 48
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e363_ 24
 relu_1_7_1_off_binary_indicator_var e364_ 24
 relu_1_7_2_on_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_on_binary_indicator_var e367_ -24
 relu_1_7_2_on_binary_indicator_var e368_ 48
 relu_1_7_2_off_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_off_binary_indicator_var e370_ 24
 relu_1_7_2_off_binary_indicator_var e371_ 24
 relu_1_7_3_on_binary_indicator_var relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_3_on_binary_indicator_var e374_ -24
 relu_1_7_3_on_binary_indicator_var e375_ 48
 relu_1_7_3_off_binary_indicator_var relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_3_off_binary_indicator_var e377_ 24
 relu_1_7_3_off_binary_indicator_var e378_ 24
 relu_1_7_4_on_binary_indicator_var relu_1_7_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_4_on_binary_indicator_var e381_ -24
 relu_1_7_4_on_binary_indicator_var e382_ 48
 relu_1_7_4_off_binary_indicator_var relu_1_7_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_4_off_binary_indicator_var e384_ 24
 relu_1_7_4_off_binary_indicator_var e385_ 24
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e388_ -44.57142857142857
 relu_1_8_0_on_binary_indicator_var e389_ 89.14285714285714
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e391_ 44.57142857142857
 relu_1_8_0_off_binary_indicator_var e392_ 44.57142857142857
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e395_ -44.57142857142857
 relu_1_8_1_on_binary_indicator_var e396_ 89.14285714285714
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e398_ 44.57142857142857
 relu_1_8_1_off_binary_indicator_var e399_ 44.57142857142857
 relu_1_8_2_on_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_on_binary_indicator_var e402_ -44.57142857142857
 relu_1_8_2_on_binary_indicator_var e403_ 89.14285714285714
 relu_1_8_2_off_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_off_binary_indicator_var e405_ 44.57142857142857
 relu_1_8_2_off_binary_indicator_var e406_ 44.57142857142857
 relu_1_8_3_on_binary_indicator_var relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_3_on_binary_indicator_var e409_ -44.57142857142857
 relu_1_8_3_on_binary_indicator_var e410_ 89.14285714285714
 relu_1_8_3_off_binary_indicator_var relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_3_off_binary_indicator_var e412_ 44.57142857142857
 relu_1_8_3_off_binary_indicator_var e413_ 44.57142857142857
 relu_1_8_4_on_binary_indicator_var relu_1_8_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_4_on_binary_indicator_var e416_ -44.57142857142857
 relu_1_8_4_on_binary_indicator_var e417_ 89.14285714285714
 relu_1_8_4_off_binary_indicator_var relu_1_8_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_4_off_binary_indicator_var e419_ 44.57142857142857
 relu_1_8_4_off_binary_indicator_var e420_ 44.57142857142857
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e423_ -52
 relu_1_9_0_on_binary_indicator_var e424_ 104
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e426_ 52
 relu_1_9_0_off_binary_indicator_var e427_ 52
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e430_ -52
 relu_1_9_1_on_binary_indicator_var e431_ 104
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e433_ 52
 relu_1_9_1_off_binary_indicator_var e434_ 52
 relu_1_9_2_on_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_on_binary_indicator_var e437_ -52
 relu_1_9_2_on_binary_indicator_var e438_ 104
 relu_1_9_2_off_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_off_binary_indicator_var e440_ 52
 relu_1_9_2_off_binary_indicator_var e441_ 52
 relu_1_9_3_on_binary_indicator_var relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_3_on_binary_indicator_var e444_ -52
 relu_1_9_3_on_binary_indicator_var e445_ 104
 relu_1_9_3_off_binary_indicator_var relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_3_off_binary_indicator_var e447_ 52
 relu_1_9_3_off_binary_indicator_var e448_ 52
 relu_1_9_4_on_binary_indicator_var relu_1_9_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_4_on_binary_indicator_var e451_ -52
 relu_1_9_4_on_binary_indicator_var e452_ 104
 relu_1_9_4_off_binary_indicator_var relu_1_9_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_4_off_binary_indicator_var e454_ 52
 relu_1_9_4_off_binary_indicator_var e455_ 52
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e458_ -53
 relu_1_10_0_on_binary_indicator_var e459_ 106
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e461_ 53
 relu_1_10_0_off_binary_indicator_var e462_ 53
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e465_ -53
 relu_1_10_1_on_binary_indicator_var e466_ 106
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e468_ 53
 relu_1_10_1_off_binary_indicator_var e469_ 53
 relu_1_10_2_on_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_on_binary_indicator_var e472_ -53
 relu_1_10_2_on_binary_indicator_var e473_ 106
 relu_1_10_2_off_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_off_binary_indicator_var e475_ 53
 relu_1_10_2_off_binary_indicator_var e476_ 53
 relu_1_10_3_on_binary_indicator_var relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_3_on_binary_indicator_var e479_ -53
 relu_1_10_3_on_binary_indicator_var e480_ 106
 relu_1_10_3_off_binary_indicator_var relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_3_off_binary_indicator_var e482_ 53
 relu_1_10_3_off_binary_indicator_var e483_ 53
 relu_1_10_4_on_binary_indicator_var relu_1_10_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_4_on_binary_indicator_var e486_ -53
 relu_1_10_4_on_binary_indicator_var e487_ 106
 relu_1_10_4_off_binary_indicator_var relu_1_10_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_4_off_binary_indicator_var e489_ 53
 relu_1_10_4_off_binary_indicator_var e490_ 53
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e493_ -54
 relu_1_11_0_on_binary_indicator_var e494_ 108
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e496_ 54
 relu_1_11_0_off_binary_indicator_var e497_ 54
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e500_ -54
 relu_1_11_1_on_binary_indicator_var e501_ 108
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e503_ 54
 relu_1_11_1_off_binary_indicator_var e504_ 54
 relu_1_11_2_on_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_on_binary_indicator_var e507_ -54
 relu_1_11_2_on_binary_indicator_var e508_ 108
 relu_1_11_2_off_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_off_binary_indicator_var e510_ 54
 relu_1_11_2_off_binary_indicator_var e511_ 54
 relu_1_11_3_on_binary_indicator_var relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_3_on_binary_indicator_var e514_ -54
 relu_1_11_3_on_binary_indicator_var e515_ 108
 relu_1_11_3_off_binary_indicator_var relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_3_off_binary_indicator_var e517_ 54
 relu_1_11_3_off_binary_indicator_var e518_ 54
 relu_1_11_4_on_binary_indicator_var relu_1_11_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_4_on_binary_indicator_var e521_ -54
 relu_1_11_4_on_binary_indicator_var e522_ 108
 relu_1_11_4_off_binary_indicator_var relu_1_11_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_4_off_binary_indicator_var e524_ 54
 relu_1_11_4_off_binary_indicator_var e525_ 54
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e528_ -60
 relu_1_12_0_on_binary_indicator_var e529_ 120
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e531_ 60
 relu_1_12_0_off_binary_indicator_var e532_ 60
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e535_ -60
 relu_1_12_1_on_binary_indicator_var e536_ 120
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e538_ 60
 relu_1_12_1_off_binary_indicator_var e539_ 60
 relu_1_12_2_on_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_on_binary_indicator_var e542_ -60
 relu_1_12_2_on_binary_indicator_var e543_ 120
 relu_1_12_2_off_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_off_binary_indicator_var e545_ 60
 relu_1_12_2_off_binary_indicator_var e546_ 60
 relu_1_12_3_on_binary_indicator_var relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_3_on_binary_indicator_var e549_ -60
 relu_1_12_3_on_binary_indicator_var e550_ 120
 relu_1_12_3_off_binary_indicator_var relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_3_off_binary_indicator_var e552_ 60
 relu_1_12_3_off_binary_indicator_var e553_ 60
 relu_1_12_4_on_binary_indicator_var relu_1_12_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_4_on_binary_indicator_var e556_ -60
 relu_1_12_4_on_binary_indicator_var e557_ 120
 relu_1_12_4_off_binary_indicator_var relu_1_12_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_4_off_binary_indicator_var e559_ 60
 relu_1_12_4_off_binary_indicator_var e560_ 60
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e563_ -62
 relu_1_13_0_on_binary_indicator_var e564_ 124
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e566_ 62
 relu_1_13_0_off_binary_indicator_var e567_ 62
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e570_ -62
 relu_1_13_1_on_binary_indicator_var e571_ 124
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e573_ 62
 relu_1_13_1_off_binary_indicator_var e574_ 62
 relu_1_13_2_on_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_on_binary_indicator_var e577_ -62
 relu_1_13_2_on_binary_indicator_var e578_ 124
 relu_1_13_2_off_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_off_binary_indicator_var e580_ 62
 relu_1_13_2_off_binary_indicator_var e581_ 62
 relu_1_13_3_on_binary_indicator_var relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_3_on_binary_indicator_var e584_ -62
 relu_1_13_3_on_binary_indicator_var e585_ 124
 relu_1_13_3_off_binary_indicator_var relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_3_off_binary_indicator_var e587_ 62
 relu_1_13_3_off_binary_indicator_var e588_ 62
 relu_1_13_4_on_binary_indicator_var relu_1_13_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_4_on_binary_indicator_var e591_ -62
 relu_1_13_4_on_binary_indicator_var e592_ 124
 relu_1_13_4_off_binary_indicator_var relu_1_13_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_4_off_binary_indicator_var e594_ 62
 relu_1_13_4_off_binary_indicator_var e595_ 62
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e598_ -64
 relu_1_14_0_on_binary_indicator_var e599_ 128
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e601_ 64
 relu_1_14_0_off_binary_indicator_var e602_ 64
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e605_ -64
 relu_1_14_1_on_binary_indicator_var e606_ 128
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e608_ 64
 relu_1_14_1_off_binary_indicator_var e609_ 64
 relu_1_14_2_on_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_on_binary_indicator_var e612_ -64
 relu_1_14_2_on_binary_indicator_var e613_ 128
 relu_1_14_2_off_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_off_binary_indicator_var e615_ 64
 relu_1_14_2_off_binary_indicator_var e616_ 64
 relu_1_14_3_on_binary_indicator_var relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_3_on_binary_indicator_var e619_ -64
 relu_1_14_3_on_binary_indicator_var e620_ 128
 relu_1_14_3_off_binary_indicator_var relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_3_off_binary_indicator_var e622_ 64
 relu_1_14_3_off_binary_indicator_var e623_ 64
 relu_1_14_4_on_binary_indicator_var relu_1_14_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_4_on_binary_indicator_var e626_ -64
 relu_1_14_4_on_binary_indicator_var e627_ 128
 relu_1_14_4_off_binary_indicator_var relu_1_14_4__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_4_off_binary_indicator_var e629_ 64
 relu_1_14_4_off_binary_indicator_var e630_ 64
 M352 'MARKER' 'INTEND'
RHS
 rhs obj -11.501335706476468
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e108_ -16
 rhs e109_ 32
 rhs e111_ 16
 rhs e112_ 16
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e115_ -16
 rhs e116_ 32
 rhs e118_ 16
 rhs e119_ 16
 rhs relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e122_ -16
 rhs e123_ 32
 rhs e125_ 16
 rhs e126_ 16
 rhs relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e129_ -16
 rhs e130_ 32
 rhs e132_ 16
 rhs e133_ 16
 rhs relu_1_0_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e136_ -16
 rhs e137_ 32
 rhs e139_ 16
 rhs e140_ 16
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e143_ -14
 rhs e144_ 28
 rhs e146_ 14
 rhs e147_ 14
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e150_ -14
 rhs e151_ 28
 rhs e153_ 14
 rhs e154_ 14
 rhs relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e157_ -14
 rhs e158_ 28
 rhs e160_ 14
 rhs e161_ 14
 rhs relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e164_ -14
 rhs e165_ 28
 rhs e167_ 14
 rhs e168_ 14
 rhs relu_1_1_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e171_ -14
 rhs e172_ 28
 rhs e174_ 14
 rhs e175_ 14
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e178_ -12
 rhs e179_ 24
 rhs e181_ 12
 rhs e182_ 12
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e185_ -12
 rhs e186_ 24
 rhs e188_ 12
 rhs e189_ 12
 rhs relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e192_ -12
 rhs e193_ 24
 rhs e195_ 12
 rhs e196_ 12
 rhs relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e199_ -12
 rhs e200_ 24
 rhs e202_ 12
 rhs e203_ 12
 rhs relu_1_2_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e206_ -12
 rhs e207_ 24
 rhs e209_ 12
 rhs e210_ 12
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e213_ -9
 rhs e214_ 18
 rhs e216_ 9
 rhs e217_ 9
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e220_ -9
 rhs e221_ 18
 rhs e223_ 9
 rhs e224_ 9
 rhs relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e227_ -9
 rhs e228_ 18
 rhs e230_ 9
 rhs e231_ 9
 rhs relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e234_ -9
 rhs e235_ 18
 rhs e237_ 9
 rhs e238_ 9
 rhs relu_1_3_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e241_ -9
 rhs e242_ 18
 rhs e244_ 9
 rhs e245_ 9
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e248_ -10
 rhs e249_ 20
 rhs e251_ 10
 rhs e252_ 10
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e255_ -10
 rhs e256_ 20
 rhs e258_ 10
 rhs e259_ 10
 rhs relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e262_ -10
 rhs e263_ 20
 rhs e265_ 10
 rhs e266_ 10
 rhs relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e269_ -10
 rhs e270_ 20
 rhs e272_ 10
 rhs e273_ 10
 rhs relu_1_4_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e276_ -10
 rhs e277_ 20
 rhs e279_ 10
 rhs e280_ 10
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e283_ -11
 rhs e284_ 22
 rhs e286_ 11
 rhs e287_ 11
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e290_ -11
 rhs e291_ 22
 rhs e293_ 11
 rhs e294_ 11
 rhs relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e297_ -11
 rhs e298_ 22
 rhs e300_ 11
 rhs e301_ 11
 rhs relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e304_ -11
 rhs e305_ 22
 rhs e307_ 11
 rhs e308_ 11
 rhs relu_1_5_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e311_ -11
 rhs e312_ 22
 rhs e314_ 11
 rhs e315_ 11
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e318_ -12
 rhs e319_ 24
 rhs e321_ 12
 rhs e322_ 12
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e325_ -12
 rhs e326_ 24
 rhs e328_ 12
 rhs e329_ 12
 rhs relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e332_ -12
 rhs e333_ 24
 rhs e335_ 12
 rhs e336_ 12
 rhs relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e339_ -12
 rhs e340_ 24
 rhs e342_ 12
 rhs e343_ 12
 rhs relu_1_6_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e346_ -12
 rhs e347_ 24
 rhs e349_ 12
 rhs e350_ 12
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e353_ -24
 rhs e354_ 48
 rhs e356_ 24
 rhs e357_ 24
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e360_ -24
 rhs e361_ 48
 rhs e363_ 24
 rhs e364_ 24
 rhs relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e367_ -24
 rhs e368_ 48
 rhs e370_ 24
 rhs e371_ 24
 rhs relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e374_ -24
 rhs e375_ 48
 rhs e377_ 24
 rhs e378_ 24
 rhs relu_1_7_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e381_ -24
 rhs e382_ 48
 rhs e384_ 24
 rhs e385_ 24
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e388_ -44.57142857142857
 rhs e389_ 89.14285714285714
 rhs e391_ 44.57142857142857
 rhs e392_ 44.57142857142857
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e395_ -44.57142857142857
 rhs e396_ 89.14285714285714
 rhs e398_ 44.57142857142857
 rhs e399_ 44.57142857142857
 rhs relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e402_ -44.57142857142857
 rhs e403_ 89.14285714285714
 rhs e405_ 44.57142857142857
 rhs e406_ 44.57142857142857
 rhs relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e409_ -44.57142857142857
 rhs e410_ 89.14285714285714
 rhs e412_ 44.57142857142857
 rhs e413_ 44.57142857142857
 rhs relu_1_8_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e416_ -44.57142857142857
 rhs e417_ 89.14285714285714
 rhs e419_ 44.57142857142857
 rhs e420_ 44.57142857142857
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e423_ -52
 rhs e424_ 104
 rhs e426_ 52
 rhs e427_ 52
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e430_ -52
 rhs e431_ 104
 rhs e433_ 52
 rhs e434_ 52
 rhs relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e437_ -52
 rhs e438_ 104
 rhs e440_ 52
 rhs e441_ 52
 rhs relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e444_ -52
 rhs e445_ 104
 rhs e447_ 52
 rhs e448_ 52
 rhs relu_1_9_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e451_ -52
 rhs e452_ 104
 rhs e454_ 52
 rhs e455_ 52
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e458_ -53
 rhs e459_ 106
 rhs e461_ 53
 rhs e462_ 53
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e465_ -53
 rhs e466_ 106
 rhs e468_ 53
 rhs e469_ 53
 rhs relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e472_ -53
 rhs e473_ 106
 rhs e475_ 53
 rhs e476_ 53
 rhs relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e479_ -53
 rhs e480_ 106
 rhs e482_ 53
 rhs e483_ 53
 rhs relu_1_10_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e486_ -53
 rhs e487_ 106
 rhs e489_ 53
 rhs e490_ 53
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e493_ -54
 rhs e494_ 108
 rhs e496_ 54
 rhs e497_ 54
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e500_ -54
 rhs e501_ 108
 rhs e503_ 54
 rhs e504_ 54
 rhs relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e507_ -54
 rhs e508_ 108
 rhs e510_ 54
 rhs e511_ 54
 rhs relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e514_ -54
 rhs e515_ 108
 rhs e517_ 54
 rhs e518_ 54
 rhs relu_1_11_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e521_ -54
 rhs e522_ 108
 rhs e524_ 54
 rhs e525_ 54
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e528_ -60
 rhs e529_ 120
 rhs e531_ 60
 rhs e532_ 60
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e535_ -60
 rhs e536_ 120
 rhs e538_ 60
 rhs e539_ 60
 rhs relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e542_ -60
 rhs e543_ 120
 rhs e545_ 60
 rhs e546_ 60
 rhs relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e549_ -60
 rhs e550_ 120
 rhs e552_ 60
 rhs e553_ 60
 rhs relu_1_12_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e556_ -60
 rhs e557_ 120
 rhs e559_ 60
 rhs e560_ 60
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e563_ -62
 rhs e564_ 124
 rhs e566_ 62
 rhs e567_ 62
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e570_ -62
 rhs e571_ 124
 rhs e573_ 62
 rhs e574_ 62
 rhs relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e577_ -62
 rhs e578_ 124
 rhs e580_ 62
 rhs e581_ 62
 rhs relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e584_ -62
 rhs e585_ 124
 rhs e587_ 62
 rhs e588_ 62
 rhs relu_1_13_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e591_ -62
 rhs e592_ 124
 rhs e594_ 62
 rhs e595_ 62
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e598_ -64
 rhs e599_ 128
 rhs e601_ 64
 rhs e602_ 64
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e605_ -64
 rhs e606_ 128
 rhs e608_ 64
 rhs e609_ 64
 rhs relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e612_ -64
 rhs e613_ 128
 rhs e615_ 64
 rhs e616_ 64
 rhs relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e619_ -64
 rhs e620_ 128
 rhs e622_ 64
 rhs e623_ 64
 rhs relu_1_14_4__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e626_ -64
 rhs e627_ 128
 rhs e629_ 64
 rhs e630_ 64
BOUNDS
 LO bnd w_1_0_0 -8
 UP bnd w_1_0_0 8
 LO bnd w_1_1_0 -8
 UP bnd w_1_1_0 8
 LO bnd w_1_2_0 -8
 UP bnd w_1_2_0 8
 LO bnd w_1_3_0 -8
 UP bnd w_1_3_0 8
 LO bnd w_1_4_0 -8
 UP bnd w_1_4_0 8
 LO bnd w_2_0_0 -8
 UP bnd w_2_0_0 8
 LO bnd w_2_0_1 -8
 UP bnd w_2_0_1 8
 LO bnd w_2_0_2 -8
 UP bnd w_2_0_2 8
 LO bnd w_2_0_3 -8
 UP bnd w_2_0_3 8
 LO bnd w_2_0_4 -8
 UP bnd w_2_0_4 8
 LO bnd w_2_1_0 -8
 UP bnd w_2_1_0 8
 LO bnd w_2_1_1 -8
 UP bnd w_2_1_1 8
 LO bnd w_2_1_2 -8
 UP bnd w_2_1_2 8
 LO bnd w_2_1_3 -8
 UP bnd w_2_1_3 8
 LO bnd w_2_1_4 -8
 UP bnd w_2_1_4 8
 LO bnd b_1_0 -8
 UP bnd b_1_0 8
 LO bnd b_1_1 -8
 UP bnd b_1_1 8
 LO bnd b_1_2 -8
 UP bnd b_1_2 8
 LO bnd b_1_3 -8
 UP bnd b_1_3 8
 LO bnd b_1_4 -8
 UP bnd b_1_4 8
 LO bnd b_2_0 -8
 UP bnd b_2_0 8
 LO bnd b_2_1 -8
 UP bnd b_2_1 8
 LO bnd pre_1_0_0 -16
 UP bnd pre_1_0_0 16
 LO bnd pre_1_0_1 -16
 UP bnd pre_1_0_1 16
 LO bnd pre_1_0_2 -16
 UP bnd pre_1_0_2 16
 LO bnd pre_1_0_3 -16
 UP bnd pre_1_0_3 16
 LO bnd pre_1_0_4 -16
 UP bnd pre_1_0_4 16
 LO bnd pre_1_1_0 -14
 UP bnd pre_1_1_0 14
 LO bnd pre_1_1_1 -14
 UP bnd pre_1_1_1 14
 LO bnd pre_1_1_2 -14
 UP bnd pre_1_1_2 14
 LO bnd pre_1_1_3 -14
 UP bnd pre_1_1_3 14
 LO bnd pre_1_1_4 -14
 UP bnd pre_1_1_4 14
 LO bnd pre_1_2_0 -12
 UP bnd pre_1_2_0 12
 LO bnd pre_1_2_1 -12
 UP bnd pre_1_2_1 12
 LO bnd pre_1_2_2 -12
 UP bnd pre_1_2_2 12
 LO bnd pre_1_2_3 -12
 UP bnd pre_1_2_3 12
 LO bnd pre_1_2_4 -12
 UP bnd pre_1_2_4 12
 LO bnd pre_1_3_0 -9
 UP bnd pre_1_3_0 9
 LO bnd pre_1_3_1 -9
 UP bnd pre_1_3_1 9
 LO bnd pre_1_3_2 -9
 UP bnd pre_1_3_2 9
 LO bnd pre_1_3_3 -9
 UP bnd pre_1_3_3 9
 LO bnd pre_1_3_4 -9
 UP bnd pre_1_3_4 9
 LO bnd pre_1_4_0 -10
 UP bnd pre_1_4_0 10
 LO bnd pre_1_4_1 -10
 UP bnd pre_1_4_1 10
 LO bnd pre_1_4_2 -10
 UP bnd pre_1_4_2 10
 LO bnd pre_1_4_3 -10
 UP bnd pre_1_4_3 10
 LO bnd pre_1_4_4 -10
 UP bnd pre_1_4_4 10
 LO bnd pre_1_5_0 -11
 UP bnd pre_1_5_0 11
 LO bnd pre_1_5_1 -11
 UP bnd pre_1_5_1 11
 LO bnd pre_1_5_2 -11
 UP bnd pre_1_5_2 11
 LO bnd pre_1_5_3 -11
 UP bnd pre_1_5_3 11
 LO bnd pre_1_5_4 -11
 UP bnd pre_1_5_4 11
 LO bnd pre_1_6_0 -12
 UP bnd pre_1_6_0 12
 LO bnd pre_1_6_1 -12
 UP bnd pre_1_6_1 12
 LO bnd pre_1_6_2 -12
 UP bnd pre_1_6_2 12
 LO bnd pre_1_6_3 -12
 UP bnd pre_1_6_3 12
 LO bnd pre_1_6_4 -12
 UP bnd pre_1_6_4 12
 LO bnd pre_1_7_0 -24
 UP bnd pre_1_7_0 24
 LO bnd pre_1_7_1 -24
 UP bnd pre_1_7_1 24
 LO bnd pre_1_7_2 -24
 UP bnd pre_1_7_2 24
 LO bnd pre_1_7_3 -24
 UP bnd pre_1_7_3 24
 LO bnd pre_1_7_4 -24
 UP bnd pre_1_7_4 24
 LO bnd pre_1_8_0 -44.57142857142857
 UP bnd pre_1_8_0 44.57142857142857
 LO bnd pre_1_8_1 -44.57142857142857
 UP bnd pre_1_8_1 44.57142857142857
 LO bnd pre_1_8_2 -44.57142857142857
 UP bnd pre_1_8_2 44.57142857142857
 LO bnd pre_1_8_3 -44.57142857142857
 UP bnd pre_1_8_3 44.57142857142857
 LO bnd pre_1_8_4 -44.57142857142857
 UP bnd pre_1_8_4 44.57142857142857
 LO bnd pre_1_9_0 -52
 UP bnd pre_1_9_0 52
 LO bnd pre_1_9_1 -52
 UP bnd pre_1_9_1 52
 LO bnd pre_1_9_2 -52
 UP bnd pre_1_9_2 52
 LO bnd pre_1_9_3 -52
 UP bnd pre_1_9_3 52
 LO bnd pre_1_9_4 -52
 UP bnd pre_1_9_4 52
 LO bnd pre_1_10_0 -53
 UP bnd pre_1_10_0 53
 LO bnd pre_1_10_1 -53
 UP bnd pre_1_10_1 53
 LO bnd pre_1_10_2 -53
 UP bnd pre_1_10_2 53
 LO bnd pre_1_10_3 -53
 UP bnd pre_1_10_3 53
 LO bnd pre_1_10_4 -53
 UP bnd pre_1_10_4 53
 LO bnd pre_1_11_0 -54
 UP bnd pre_1_11_0 54
 LO bnd pre_1_11_1 -54
 UP bnd pre_1_11_1 54
 LO bnd pre_1_11_2 -54
 UP bnd pre_1_11_2 54
 LO bnd pre_1_11_3 -54
 UP bnd pre_1_11_3 54
 LO bnd pre_1_11_4 -54
 UP bnd pre_1_11_4 54
 LO bnd pre_1_12_0 -60
 UP bnd pre_1_12_0 60
 LO bnd pre_1_12_1 -60
 UP bnd pre_1_12_1 60
 LO bnd pre_1_12_2 -60
 UP bnd pre_1_12_2 60
 LO bnd pre_1_12_3 -60
 UP bnd pre_1_12_3 60
 LO bnd pre_1_12_4 -60
 UP bnd pre_1_12_4 60
 LO bnd pre_1_13_0 -62
 UP bnd pre_1_13_0 62
 LO bnd pre_1_13_1 -62
 UP bnd pre_1_13_1 62
 LO bnd pre_1_13_2 -62
 UP bnd pre_1_13_2 62
 LO bnd pre_1_13_3 -62
 UP bnd pre_1_13_3 62
 LO bnd pre_1_13_4 -62
 UP bnd pre_1_13_4 62
 LO bnd pre_1_14_0 -64
 UP bnd pre_1_14_0 64
 LO bnd pre_1_14_1 -64
 UP bnd pre_1_14_1 64
 LO bnd pre_1_14_2 -64
 UP bnd pre_1_14_2 64
 LO bnd pre_1_14_3 -64
 UP bnd pre_1_14_3 64
 LO bnd pre_1_14_4 -64
 UP bnd pre_1_14_4 64
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 16
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 16
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 16
 LO bnd post_1_0_3 0
 UP bnd post_1_0_3 16
 LO bnd post_1_0_4 0
 UP bnd post_1_0_4 16
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 14
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 14
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 14
 LO bnd post_1_1_3 0
 UP bnd post_1_1_3 14
 LO bnd post_1_1_4 0
 UP bnd post_1_1_4 14
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 12
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 12
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 12
 LO bnd post_1_2_3 0
 UP bnd post_1_2_3 12
 LO bnd post_1_2_4 0
 UP bnd post_1_2_4 12
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 9
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 9
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 9
 LO bnd post_1_3_3 0
 UP bnd post_1_3_3 9
 LO bnd post_1_3_4 0
 UP bnd post_1_3_4 9
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 10
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 10
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 10
 LO bnd post_1_4_3 0
 UP bnd post_1_4_3 10
 LO bnd post_1_4_4 0
 UP bnd post_1_4_4 10
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 11
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 11
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 11
 LO bnd post_1_5_3 0
 UP bnd post_1_5_3 11
 LO bnd post_1_5_4 0
 UP bnd post_1_5_4 11
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 12
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 12
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 12
 LO bnd post_1_6_3 0
 UP bnd post_1_6_3 12
 LO bnd post_1_6_4 0
 UP bnd post_1_6_4 12
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 24
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 24
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 24
 LO bnd post_1_7_3 0
 UP bnd post_1_7_3 24
 LO bnd post_1_7_4 0
 UP bnd post_1_7_4 24
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 44.57142857142857
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 44.57142857142857
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 44.57142857142857
 LO bnd post_1_8_3 0
 UP bnd post_1_8_3 44.57142857142857
 LO bnd post_1_8_4 0
 UP bnd post_1_8_4 44.57142857142857
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 52
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 52
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 52
 LO bnd post_1_9_3 0
 UP bnd post_1_9_3 52
 LO bnd post_1_9_4 0
 UP bnd post_1_9_4 52
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 53
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 53
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 53
 LO bnd post_1_10_3 0
 UP bnd post_1_10_3 53
 LO bnd post_1_10_4 0
 UP bnd post_1_10_4 53
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 54
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 54
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 54
 LO bnd post_1_11_3 0
 UP bnd post_1_11_3 54
 LO bnd post_1_11_4 0
 UP bnd post_1_11_4 54
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 60
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 60
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 60
 LO bnd post_1_12_3 0
 UP bnd post_1_12_3 60
 LO bnd post_1_12_4 0
 UP bnd post_1_12_4 60
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 62
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 62
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 62
 LO bnd post_1_13_3 0
 UP bnd post_1_13_3 62
 LO bnd post_1_13_4 0
 UP bnd post_1_13_4 62
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 64
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 64
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 64
 LO bnd post_1_14_3 0
 UP bnd post_1_14_3 64
 LO bnd post_1_14_4 0
 UP bnd post_1_14_4 64
 LO bnd out_0_0 -648
 UP bnd out_0_0 648
 LO bnd out_0_1 -648
 UP bnd out_0_1 648
 LO bnd out_1_0 -568
 UP bnd out_1_0 568
 LO bnd out_1_1 -568
 UP bnd out_1_1 568
 LO bnd out_2_0 -488
 UP bnd out_2_0 488
 LO bnd out_2_1 -488
 UP bnd out_2_1 488
 LO bnd out_3_0 -368
 UP bnd out_3_0 368
 LO bnd out_3_1 -368
 UP bnd out_3_1 368
 LO bnd out_4_0 -408
 UP bnd out_4_0 408
 LO bnd out_4_1 -408
 UP bnd out_4_1 408
 LO bnd out_5_0 -448
 UP bnd out_5_0 448
 LO bnd out_5_1 -448
 UP bnd out_5_1 448
 LO bnd out_6_0 -488
 UP bnd out_6_0 488
 LO bnd out_6_1 -488
 UP bnd out_6_1 488
 LO bnd out_7_0 -968
 UP bnd out_7_0 968
 LO bnd out_7_1 -968
 UP bnd out_7_1 968
 LO bnd out_8_0 -1790.8571428571427
 UP bnd out_8_0 1790.8571428571427
 LO bnd out_8_1 -1790.8571428571427
 UP bnd out_8_1 1790.8571428571427
 LO bnd out_9_0 -2088
 UP bnd out_9_0 2088
 LO bnd out_9_1 -2088
 UP bnd out_9_1 2088
 LO bnd out_10_0 -2128
 UP bnd out_10_0 2128
 LO bnd out_10_1 -2128
 UP bnd out_10_1 2128
 LO bnd out_11_0 -2168
 UP bnd out_11_0 2168
 LO bnd out_11_1 -2168
 UP bnd out_11_1 2168
 LO bnd out_12_0 -2408
 UP bnd out_12_0 2408
 LO bnd out_12_1 -2408
 UP bnd out_12_1 2408
 LO bnd out_13_0 -2488
 UP bnd out_13_0 2488
 LO bnd out_13_1 -2488
 UP bnd out_13_1 2488
 LO bnd out_14_0 -2568
 UP bnd out_14_0 2568
 LO bnd out_14_1 -2568
 UP bnd out_14_1 2568
 BV bnd relu_1_0_0_on_binary_indicator_var
 BV bnd relu_1_0_0_off_binary_indicator_var
 BV bnd relu_1_0_1_on_binary_indicator_var
 BV bnd relu_1_0_1_off_binary_indicator_var
 BV bnd relu_1_0_2_on_binary_indicator_var
 BV bnd relu_1_0_2_off_binary_indicator_var
 BV bnd relu_1_0_3_on_binary_indicator_var
 BV bnd relu_1_0_3_off_binary_indicator_var
 BV bnd relu_1_0_4_on_binary_indicator_var
 BV bnd relu_1_0_4_off_binary_indicator_var
 BV bnd relu_1_1_0_on_binary_indicator_var
 BV bnd relu_1_1_0_off_binary_indicator_var
 BV bnd relu_1_1_1_on_binary_indicator_var
 BV bnd relu_1_1_1_off_binary_indicator_var
 BV bnd relu_1_1_2_on_binary_indicator_var
 BV bnd relu_1_1_2_off_binary_indicator_var
 BV bnd relu_1_1_3_on_binary_indicator_var
 BV bnd relu_1_1_3_off_binary_indicator_var
 BV bnd relu_1_1_4_on_binary_indicator_var
 BV bnd relu_1_1_4_off_binary_indicator_var
 BV bnd relu_1_2_0_on_binary_indicator_var
 BV bnd relu_1_2_0_off_binary_indicator_var
 BV bnd relu_1_2_1_on_binary_indicator_var
 BV bnd relu_1_2_1_off_binary_indicator_var
 BV bnd relu_1_2_2_on_binary_indicator_var
 BV bnd relu_1_2_2_off_binary_indicator_var
 BV bnd relu_1_2_3_on_binary_indicator_var
 BV bnd relu_1_2_3_off_binary_indicator_var
 BV bnd relu_1_2_4_on_binary_indicator_var
 BV bnd relu_1_2_4_off_binary_indicator_var
 BV bnd relu_1_3_0_on_binary_indicator_var
 BV bnd relu_1_3_0_off_binary_indicator_var
 BV bnd relu_1_3_1_on_binary_indicator_var
 BV bnd relu_1_3_1_off_binary_indicator_var
 BV bnd relu_1_3_2_on_binary_indicator_var
 BV bnd relu_1_3_2_off_binary_indicator_var
 BV bnd relu_1_3_3_on_binary_indicator_var
 BV bnd relu_1_3_3_off_binary_indicator_var
 BV bnd relu_1_3_4_on_binary_indicator_var
 BV bnd relu_1_3_4_off_binary_indicator_var
 BV bnd relu_1_4_0_on_binary_indicator_var
 BV bnd relu_1_4_0_off_binary_indicator_var
 BV bnd relu_1_4_1_on_binary_indicator_var
 BV bnd relu_1_4_1_off_binary_indicator_var
 BV bnd relu_1_4_2_on_binary_indicator_var
 BV bnd relu_1_4_2_off_binary_indicator_var
 BV bnd relu_1_4_3_on_binary_indicator_var
 BV bnd relu_1_4_3_off_binary_indicator_var
 BV bnd relu_1_4_4_on_binary_indicator_var
 BV bnd relu_1_4_4_off_binary_indicator_var
 BV bnd relu_1_5_0_on_binary_indicator_var
 BV bnd relu_1_5_0_off_binary_indicator_var
 BV bnd relu_1_5_1_on_binary_indicator_var
 BV bnd relu_1_5_1_off_binary_indicator_var
 BV bnd relu_1_5_2_on_binary_indicator_var
 BV bnd relu_1_5_2_off_binary_indicator_var
 BV bnd relu_1_5_3_on_binary_indicator_var
 BV bnd relu_1_5_3_off_binary_indicator_var
 BV bnd relu_1_5_4_on_binary_indicator_var
 BV bnd relu_1_5_4_off_binary_indicator_var
 BV bnd relu_1_6_0_on_binary_indicator_var
 BV bnd relu_1_6_0_off_binary_indicator_var
 BV bnd relu_1_6_1_on_binary_indicator_var
 BV bnd relu_1_6_1_off_binary_indicator_var
 BV bnd relu_1_6_2_on_binary_indicator_var
 BV bnd relu_1_6_2_off_binary_indicator_var
 BV bnd relu_1_6_3_on_binary_indicator_var
 BV bnd relu_1_6_3_off_binary_indicator_var
 BV bnd relu_1_6_4_on_binary_indicator_var
 BV bnd relu_1_6_4_off_binary_indicator_var
 BV bnd relu_1_7_0_on_binary_indicator_var
 BV bnd relu_1_7_0_off_binary_indicator_var
 BV bnd relu_1_7_1_on_binary_indicator_var
 BV bnd relu_1_7_1_off_binary_indicator_var
 BV bnd relu_1_7_2_on_binary_indicator_var
 BV bnd relu_1_7_2_off_binary_indicator_var
 BV bnd relu_1_7_3_on_binary_indicator_var
 BV bnd relu_1_7_3_off_binary_indicator_var
 BV bnd relu_1_7_4_on_binary_indicator_var
 BV bnd relu_1_7_4_off_binary_indicator_var
 BV bnd relu_1_8_0_on_binary_indicator_var
 BV bnd relu_1_8_0_off_binary_indicator_var
 BV bnd relu_1_8_1_on_binary_indicator_var
 BV bnd relu_1_8_1_off_binary_indicator_var
 BV bnd relu_1_8_2_on_binary_indicator_var
 BV bnd relu_1_8_2_off_binary_indicator_var
 BV bnd relu_1_8_3_on_binary_indicator_var
 BV bnd relu_1_8_3_off_binary_indicator_var
 BV bnd relu_1_8_4_on_binary_indicator_var
 BV bnd relu_1_8_4_off_binary_indicator_var
 BV bnd relu_1_9_0_on_binary_indicator_var
 BV bnd relu_1_9_0_off_binary_indicator_var
 BV bnd relu_1_9_1_on_binary_indicator_var
 BV bnd relu_1_9_1_off_binary_indicator_var
 BV bnd relu_1_9_2_on_binary_indicator_var
 BV bnd relu_1_9_2_off_binary_indicator_var
 BV bnd relu_1_9_3_on_binary_indicator_var
 BV bnd relu_1_9_3_off_binary_indicator_var
 BV bnd relu_1_9_4_on_binary_indicator_var
 BV bnd relu_1_9_4_off_binary_indicator_var
 BV bnd relu_1_10_0_on_binary_indicator_var
 BV bnd relu_1_10_0_off_binary_indicator_var
 BV bnd relu_1_10_1_on_binary_indicator_var
 BV bnd relu_1_10_1_off_binary_indicator_var
 BV bnd relu_1_10_2_on_binary_indicator_var
 BV bnd relu_1_10_2_off_binary_indicator_var
 BV bnd relu_1_10_3_on_binary_indicator_var
 BV bnd relu_1_10_3_off_binary_indicator_var
 BV bnd relu_1_10_4_on_binary_indicator_var
 BV bnd relu_1_10_4_off_binary_indicator_var
 BV bnd relu_1_11_0_on_binary_indicator_var
 BV bnd relu_1_11_0_off_binary_indicator_var
 BV bnd relu_1_11_1_on_binary_indicator_var
 BV bnd relu_1_11_1_off_binary_indicator_var
 BV bnd relu_1_11_2_on_binary_indicator_var
 BV bnd relu_1_11_2_off_binary_indicator_var
 BV bnd relu_1_11_3_on_binary_indicator_var
 BV bnd relu_1_11_3_off_binary_indicator_var
 BV bnd relu_1_11_4_on_binary_indicator_var
 BV bnd relu_1_11_4_off_binary_indicator_var
 BV bnd relu_1_12_0_on_binary_indicator_var
 BV bnd relu_1_12_0_off_binary_indicator_var
 BV bnd relu_1_12_1_on_binary_indicator_var
 BV bnd relu_1_12_1_off_binary_indicator_var
 BV bnd relu_1_12_2_on_binary_indicator_var
 BV bnd relu_1_12_2_off_binary_indicator_var
 BV bnd relu_1_12_3_on_binary_indicator_var
 BV bnd relu_1_12_3_off_binary_indicator_var
 BV bnd relu_1_12_4_on_binary_indicator_var
 BV bnd relu_1_12_4_off_binary_indicator_var
 BV bnd relu_1_13_0_on_binary_indicator_var
 BV bnd relu_1_13_0_off_binary_indicator_var
 BV bnd relu_1_13_1_on_binary_indicator_var
 BV bnd relu_1_13_1_off_binary_indicator_var
 BV bnd relu_1_13_2_on_binary_indicator_var
 BV bnd relu_1_13_2_off_binary_indicator_var
 BV bnd relu_1_13_3_on_binary_indicator_var
 BV bnd relu_1_13_3_off_binary_indicator_var
 BV bnd relu_1_13_4_on_binary_indicator_var
 BV bnd relu_1_13_4_off_binary_indicator_var
 BV bnd relu_1_14_0_on_binary_indicator_var
 BV bnd relu_1_14_0_off_binary_indicator_var
 BV bnd relu_1_14_1_on_binary_indicator_var
 BV bnd relu_1_14_1_off_binary_indicator_var
 BV bnd relu_1_14_2_on_binary_indicator_var
 BV bnd relu_1_14_2_off_binary_indicator_var
 BV bnd relu_1_14_3_on_binary_indicator_var
 BV bnd relu_1_14_3_off_binary_indicator_var
 BV bnd relu_1_14_4_on_binary_indicator_var
 BV bnd relu_1_14_4_off_binary_indicator_var
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
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
 w_2_0_2 post_1_0_2 -0.5
 post_1_0_2 w_2_0_2 -0.5
 w_2_0_3 post_1_0_3 -0.5
 post_1_0_3 w_2_0_3 -0.5
 w_2_0_4 post_1_0_4 -0.5
 post_1_0_4 w_2_0_4 -0.5
QCMATRIX out_definition_0_1
 w_2_1_0 post_1_0_0 -0.5
 post_1_0_0 w_2_1_0 -0.5
 w_2_1_1 post_1_0_1 -0.5
 post_1_0_1 w_2_1_1 -0.5
 w_2_1_2 post_1_0_2 -0.5
 post_1_0_2 w_2_1_2 -0.5
 w_2_1_3 post_1_0_3 -0.5
 post_1_0_3 w_2_1_3 -0.5
 w_2_1_4 post_1_0_4 -0.5
 post_1_0_4 w_2_1_4 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
 w_2_0_2 post_1_1_2 -0.5
 post_1_1_2 w_2_0_2 -0.5
 w_2_0_3 post_1_1_3 -0.5
 post_1_1_3 w_2_0_3 -0.5
 w_2_0_4 post_1_1_4 -0.5
 post_1_1_4 w_2_0_4 -0.5
QCMATRIX out_definition_1_1
 w_2_1_0 post_1_1_0 -0.5
 post_1_1_0 w_2_1_0 -0.5
 w_2_1_1 post_1_1_1 -0.5
 post_1_1_1 w_2_1_1 -0.5
 w_2_1_2 post_1_1_2 -0.5
 post_1_1_2 w_2_1_2 -0.5
 w_2_1_3 post_1_1_3 -0.5
 post_1_1_3 w_2_1_3 -0.5
 w_2_1_4 post_1_1_4 -0.5
 post_1_1_4 w_2_1_4 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
 w_2_0_2 post_1_2_2 -0.5
 post_1_2_2 w_2_0_2 -0.5
 w_2_0_3 post_1_2_3 -0.5
 post_1_2_3 w_2_0_3 -0.5
 w_2_0_4 post_1_2_4 -0.5
 post_1_2_4 w_2_0_4 -0.5
QCMATRIX out_definition_2_1
 w_2_1_0 post_1_2_0 -0.5
 post_1_2_0 w_2_1_0 -0.5
 w_2_1_1 post_1_2_1 -0.5
 post_1_2_1 w_2_1_1 -0.5
 w_2_1_2 post_1_2_2 -0.5
 post_1_2_2 w_2_1_2 -0.5
 w_2_1_3 post_1_2_3 -0.5
 post_1_2_3 w_2_1_3 -0.5
 w_2_1_4 post_1_2_4 -0.5
 post_1_2_4 w_2_1_4 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
 w_2_0_2 post_1_3_2 -0.5
 post_1_3_2 w_2_0_2 -0.5
 w_2_0_3 post_1_3_3 -0.5
 post_1_3_3 w_2_0_3 -0.5
 w_2_0_4 post_1_3_4 -0.5
 post_1_3_4 w_2_0_4 -0.5
QCMATRIX out_definition_3_1
 w_2_1_0 post_1_3_0 -0.5
 post_1_3_0 w_2_1_0 -0.5
 w_2_1_1 post_1_3_1 -0.5
 post_1_3_1 w_2_1_1 -0.5
 w_2_1_2 post_1_3_2 -0.5
 post_1_3_2 w_2_1_2 -0.5
 w_2_1_3 post_1_3_3 -0.5
 post_1_3_3 w_2_1_3 -0.5
 w_2_1_4 post_1_3_4 -0.5
 post_1_3_4 w_2_1_4 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
 w_2_0_2 post_1_4_2 -0.5
 post_1_4_2 w_2_0_2 -0.5
 w_2_0_3 post_1_4_3 -0.5
 post_1_4_3 w_2_0_3 -0.5
 w_2_0_4 post_1_4_4 -0.5
 post_1_4_4 w_2_0_4 -0.5
QCMATRIX out_definition_4_1
 w_2_1_0 post_1_4_0 -0.5
 post_1_4_0 w_2_1_0 -0.5
 w_2_1_1 post_1_4_1 -0.5
 post_1_4_1 w_2_1_1 -0.5
 w_2_1_2 post_1_4_2 -0.5
 post_1_4_2 w_2_1_2 -0.5
 w_2_1_3 post_1_4_3 -0.5
 post_1_4_3 w_2_1_3 -0.5
 w_2_1_4 post_1_4_4 -0.5
 post_1_4_4 w_2_1_4 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
 w_2_0_2 post_1_5_2 -0.5
 post_1_5_2 w_2_0_2 -0.5
 w_2_0_3 post_1_5_3 -0.5
 post_1_5_3 w_2_0_3 -0.5
 w_2_0_4 post_1_5_4 -0.5
 post_1_5_4 w_2_0_4 -0.5
QCMATRIX out_definition_5_1
 w_2_1_0 post_1_5_0 -0.5
 post_1_5_0 w_2_1_0 -0.5
 w_2_1_1 post_1_5_1 -0.5
 post_1_5_1 w_2_1_1 -0.5
 w_2_1_2 post_1_5_2 -0.5
 post_1_5_2 w_2_1_2 -0.5
 w_2_1_3 post_1_5_3 -0.5
 post_1_5_3 w_2_1_3 -0.5
 w_2_1_4 post_1_5_4 -0.5
 post_1_5_4 w_2_1_4 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
 w_2_0_2 post_1_6_2 -0.5
 post_1_6_2 w_2_0_2 -0.5
 w_2_0_3 post_1_6_3 -0.5
 post_1_6_3 w_2_0_3 -0.5
 w_2_0_4 post_1_6_4 -0.5
 post_1_6_4 w_2_0_4 -0.5
QCMATRIX out_definition_6_1
 w_2_1_0 post_1_6_0 -0.5
 post_1_6_0 w_2_1_0 -0.5
 w_2_1_1 post_1_6_1 -0.5
 post_1_6_1 w_2_1_1 -0.5
 w_2_1_2 post_1_6_2 -0.5
 post_1_6_2 w_2_1_2 -0.5
 w_2_1_3 post_1_6_3 -0.5
 post_1_6_3 w_2_1_3 -0.5
 w_2_1_4 post_1_6_4 -0.5
 post_1_6_4 w_2_1_4 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
 w_2_0_2 post_1_7_2 -0.5
 post_1_7_2 w_2_0_2 -0.5
 w_2_0_3 post_1_7_3 -0.5
 post_1_7_3 w_2_0_3 -0.5
 w_2_0_4 post_1_7_4 -0.5
 post_1_7_4 w_2_0_4 -0.5
QCMATRIX out_definition_7_1
 w_2_1_0 post_1_7_0 -0.5
 post_1_7_0 w_2_1_0 -0.5
 w_2_1_1 post_1_7_1 -0.5
 post_1_7_1 w_2_1_1 -0.5
 w_2_1_2 post_1_7_2 -0.5
 post_1_7_2 w_2_1_2 -0.5
 w_2_1_3 post_1_7_3 -0.5
 post_1_7_3 w_2_1_3 -0.5
 w_2_1_4 post_1_7_4 -0.5
 post_1_7_4 w_2_1_4 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
 w_2_0_2 post_1_8_2 -0.5
 post_1_8_2 w_2_0_2 -0.5
 w_2_0_3 post_1_8_3 -0.5
 post_1_8_3 w_2_0_3 -0.5
 w_2_0_4 post_1_8_4 -0.5
 post_1_8_4 w_2_0_4 -0.5
QCMATRIX out_definition_8_1
 w_2_1_0 post_1_8_0 -0.5
 post_1_8_0 w_2_1_0 -0.5
 w_2_1_1 post_1_8_1 -0.5
 post_1_8_1 w_2_1_1 -0.5
 w_2_1_2 post_1_8_2 -0.5
 post_1_8_2 w_2_1_2 -0.5
 w_2_1_3 post_1_8_3 -0.5
 post_1_8_3 w_2_1_3 -0.5
 w_2_1_4 post_1_8_4 -0.5
 post_1_8_4 w_2_1_4 -0.5
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
 w_2_0_2 post_1_9_2 -0.5
 post_1_9_2 w_2_0_2 -0.5
 w_2_0_3 post_1_9_3 -0.5
 post_1_9_3 w_2_0_3 -0.5
 w_2_0_4 post_1_9_4 -0.5
 post_1_9_4 w_2_0_4 -0.5
QCMATRIX out_definition_9_1
 w_2_1_0 post_1_9_0 -0.5
 post_1_9_0 w_2_1_0 -0.5
 w_2_1_1 post_1_9_1 -0.5
 post_1_9_1 w_2_1_1 -0.5
 w_2_1_2 post_1_9_2 -0.5
 post_1_9_2 w_2_1_2 -0.5
 w_2_1_3 post_1_9_3 -0.5
 post_1_9_3 w_2_1_3 -0.5
 w_2_1_4 post_1_9_4 -0.5
 post_1_9_4 w_2_1_4 -0.5
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
 w_2_0_2 post_1_10_2 -0.5
 post_1_10_2 w_2_0_2 -0.5
 w_2_0_3 post_1_10_3 -0.5
 post_1_10_3 w_2_0_3 -0.5
 w_2_0_4 post_1_10_4 -0.5
 post_1_10_4 w_2_0_4 -0.5
QCMATRIX out_definition_10_1
 w_2_1_0 post_1_10_0 -0.5
 post_1_10_0 w_2_1_0 -0.5
 w_2_1_1 post_1_10_1 -0.5
 post_1_10_1 w_2_1_1 -0.5
 w_2_1_2 post_1_10_2 -0.5
 post_1_10_2 w_2_1_2 -0.5
 w_2_1_3 post_1_10_3 -0.5
 post_1_10_3 w_2_1_3 -0.5
 w_2_1_4 post_1_10_4 -0.5
 post_1_10_4 w_2_1_4 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
 w_2_0_2 post_1_11_2 -0.5
 post_1_11_2 w_2_0_2 -0.5
 w_2_0_3 post_1_11_3 -0.5
 post_1_11_3 w_2_0_3 -0.5
 w_2_0_4 post_1_11_4 -0.5
 post_1_11_4 w_2_0_4 -0.5
QCMATRIX out_definition_11_1
 w_2_1_0 post_1_11_0 -0.5
 post_1_11_0 w_2_1_0 -0.5
 w_2_1_1 post_1_11_1 -0.5
 post_1_11_1 w_2_1_1 -0.5
 w_2_1_2 post_1_11_2 -0.5
 post_1_11_2 w_2_1_2 -0.5
 w_2_1_3 post_1_11_3 -0.5
 post_1_11_3 w_2_1_3 -0.5
 w_2_1_4 post_1_11_4 -0.5
 post_1_11_4 w_2_1_4 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
 w_2_0_2 post_1_12_2 -0.5
 post_1_12_2 w_2_0_2 -0.5
 w_2_0_3 post_1_12_3 -0.5
 post_1_12_3 w_2_0_3 -0.5
 w_2_0_4 post_1_12_4 -0.5
 post_1_12_4 w_2_0_4 -0.5
QCMATRIX out_definition_12_1
 w_2_1_0 post_1_12_0 -0.5
 post_1_12_0 w_2_1_0 -0.5
 w_2_1_1 post_1_12_1 -0.5
 post_1_12_1 w_2_1_1 -0.5
 w_2_1_2 post_1_12_2 -0.5
 post_1_12_2 w_2_1_2 -0.5
 w_2_1_3 post_1_12_3 -0.5
 post_1_12_3 w_2_1_3 -0.5
 w_2_1_4 post_1_12_4 -0.5
 post_1_12_4 w_2_1_4 -0.5
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
 w_2_0_2 post_1_13_2 -0.5
 post_1_13_2 w_2_0_2 -0.5
 w_2_0_3 post_1_13_3 -0.5
 post_1_13_3 w_2_0_3 -0.5
 w_2_0_4 post_1_13_4 -0.5
 post_1_13_4 w_2_0_4 -0.5
QCMATRIX out_definition_13_1
 w_2_1_0 post_1_13_0 -0.5
 post_1_13_0 w_2_1_0 -0.5
 w_2_1_1 post_1_13_1 -0.5
 post_1_13_1 w_2_1_1 -0.5
 w_2_1_2 post_1_13_2 -0.5
 post_1_13_2 w_2_1_2 -0.5
 w_2_1_3 post_1_13_3 -0.5
 post_1_13_3 w_2_1_3 -0.5
 w_2_1_4 post_1_13_4 -0.5
 post_1_13_4 w_2_1_4 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
 w_2_0_2 post_1_14_2 -0.5
 post_1_14_2 w_2_0_2 -0.5
 w_2_0_3 post_1_14_3 -0.5
 post_1_14_3 w_2_0_3 -0.5
 w_2_0_4 post_1_14_4 -0.5
 post_1_14_4 w_2_0_4 -0.5
QCMATRIX out_definition_14_1
 w_2_1_0 post_1_14_0 -0.5
 post_1_14_0 w_2_1_0 -0.5
 w_2_1_1 post_1_14_1 -0.5
 post_1_14_1 w_2_1_1 -0.5
 w_2_1_2 post_1_14_2 -0.5
 post_1_14_2 w_2_1_2 -0.5
 w_2_1_3 post_1_14_3 -0.5
 post_1_14_3 w_2_1_3 -0.5
 w_2_1_4 post_1_14_4 -0.5
 post_1_14_4 w_2_1_4 -0.5
ENDATA
