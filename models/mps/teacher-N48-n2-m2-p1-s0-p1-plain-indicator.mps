* teacher-N48-n2-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N48-n2-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N48-n2-m2-p1-s0-p1-plain-indicator
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
 E pre_definition_1_32_0
 E pre_definition_1_32_1
 E pre_definition_1_33_0
 E pre_definition_1_33_1
 E pre_definition_1_34_0
 E pre_definition_1_34_1
 E pre_definition_1_35_0
 E pre_definition_1_35_1
 E pre_definition_1_36_0
 E pre_definition_1_36_1
 E pre_definition_1_37_0
 E pre_definition_1_37_1
 E pre_definition_1_38_0
 E pre_definition_1_38_1
 E pre_definition_1_39_0
 E pre_definition_1_39_1
 E pre_definition_1_40_0
 E pre_definition_1_40_1
 E pre_definition_1_41_0
 E pre_definition_1_41_1
 E pre_definition_1_42_0
 E pre_definition_1_42_1
 E pre_definition_1_43_0
 E pre_definition_1_43_1
 E pre_definition_1_44_0
 E pre_definition_1_44_1
 E pre_definition_1_45_0
 E pre_definition_1_45_1
 E pre_definition_1_46_0
 E pre_definition_1_46_1
 E pre_definition_1_47_0
 E pre_definition_1_47_1
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
 E out_definition_32_0
 E out_definition_33_0
 E out_definition_34_0
 E out_definition_35_0
 E out_definition_36_0
 E out_definition_37_0
 E out_definition_38_0
 E out_definition_39_0
 E out_definition_40_0
 E out_definition_41_0
 E out_definition_42_0
 E out_definition_43_0
 E out_definition_44_0
 E out_definition_45_0
 E out_definition_46_0
 E out_definition_47_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e147_
 L e148_
 G e149_
 L e150_
 L e151_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e154_
 L e155_
 G e156_
 L e157_
 L e158_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e161_
 L e162_
 G e163_
 L e164_
 L e165_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e168_
 L e169_
 G e170_
 L e171_
 L e172_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e175_
 L e176_
 G e177_
 L e178_
 L e179_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e182_
 L e183_
 G e184_
 L e185_
 L e186_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e189_
 L e190_
 G e191_
 L e192_
 L e193_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e196_
 L e197_
 G e198_
 L e199_
 L e200_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e203_
 L e204_
 G e205_
 L e206_
 L e207_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e210_
 L e211_
 G e212_
 L e213_
 L e214_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e217_
 L e218_
 G e219_
 L e220_
 L e221_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e224_
 L e225_
 G e226_
 L e227_
 L e228_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e231_
 L e232_
 G e233_
 L e234_
 L e235_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e238_
 L e239_
 G e240_
 L e241_
 L e242_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e245_
 L e246_
 G e247_
 L e248_
 L e249_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e252_
 L e253_
 G e254_
 L e255_
 L e256_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e259_
 L e260_
 G e261_
 L e262_
 L e263_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e266_
 L e267_
 G e268_
 L e269_
 L e270_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e273_
 L e274_
 G e275_
 L e276_
 L e277_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e280_
 L e281_
 G e282_
 L e283_
 L e284_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e287_
 L e288_
 G e289_
 L e290_
 L e291_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e294_
 L e295_
 G e296_
 L e297_
 L e298_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e301_
 L e302_
 G e303_
 L e304_
 L e305_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
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
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e329_
 L e330_
 G e331_
 L e332_
 L e333_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e336_
 L e337_
 G e338_
 L e339_
 L e340_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e343_
 L e344_
 G e345_
 L e346_
 L e347_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e350_
 L e351_
 G e352_
 L e353_
 L e354_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e357_
 L e358_
 G e359_
 L e360_
 L e361_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e364_
 L e365_
 G e366_
 L e367_
 L e368_
 L relu_1_16_0_above_pre
 E relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor
 G e371_
 L e372_
 G e373_
 L e374_
 L e375_
 L relu_1_16_1_above_pre
 E relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor
 G e378_
 L e379_
 G e380_
 L e381_
 L e382_
 L relu_1_17_0_above_pre
 E relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor
 G e385_
 L e386_
 G e387_
 L e388_
 L e389_
 L relu_1_17_1_above_pre
 E relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor
 G e392_
 L e393_
 G e394_
 L e395_
 L e396_
 L relu_1_18_0_above_pre
 E relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor
 G e399_
 L e400_
 G e401_
 L e402_
 L e403_
 L relu_1_18_1_above_pre
 E relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor
 G e406_
 L e407_
 G e408_
 L e409_
 L e410_
 L relu_1_19_0_above_pre
 E relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor
 G e413_
 L e414_
 G e415_
 L e416_
 L e417_
 L relu_1_19_1_above_pre
 E relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor
 G e420_
 L e421_
 G e422_
 L e423_
 L e424_
 L relu_1_20_0_above_pre
 E relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor
 G e427_
 L e428_
 G e429_
 L e430_
 L e431_
 L relu_1_20_1_above_pre
 E relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor
 G e434_
 L e435_
 G e436_
 L e437_
 L e438_
 L relu_1_21_0_above_pre
 E relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor
 G e441_
 L e442_
 G e443_
 L e444_
 L e445_
 L relu_1_21_1_above_pre
 E relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor
 G e448_
 L e449_
 G e450_
 L e451_
 L e452_
 L relu_1_22_0_above_pre
 E relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor
 G e455_
 L e456_
 G e457_
 L e458_
 L e459_
 L relu_1_22_1_above_pre
 E relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor
 G e462_
 L e463_
 G e464_
 L e465_
 L e466_
 L relu_1_23_0_above_pre
 E relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor
 G e469_
 L e470_
 G e471_
 L e472_
 L e473_
 L relu_1_23_1_above_pre
 E relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor
 G e476_
 L e477_
 G e478_
 L e479_
 L e480_
 L relu_1_24_0_above_pre
 E relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor
 G e483_
 L e484_
 G e485_
 L e486_
 L e487_
 L relu_1_24_1_above_pre
 E relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor
 G e490_
 L e491_
 G e492_
 L e493_
 L e494_
 L relu_1_25_0_above_pre
 E relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor
 G e497_
 L e498_
 G e499_
 L e500_
 L e501_
 L relu_1_25_1_above_pre
 E relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor
 G e504_
 L e505_
 G e506_
 L e507_
 L e508_
 L relu_1_26_0_above_pre
 E relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor
 G e511_
 L e512_
 G e513_
 L e514_
 L e515_
 L relu_1_26_1_above_pre
 E relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor
 G e518_
 L e519_
 G e520_
 L e521_
 L e522_
 L relu_1_27_0_above_pre
 E relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor
 G e525_
 L e526_
 G e527_
 L e528_
 L e529_
 L relu_1_27_1_above_pre
 E relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor
 G e532_
 L e533_
 G e534_
 L e535_
 L e536_
 L relu_1_28_0_above_pre
 E relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor
 G e539_
 L e540_
 G e541_
 L e542_
 L e543_
 L relu_1_28_1_above_pre
 E relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor
 G e546_
 L e547_
 G e548_
 L e549_
 L e550_
 L relu_1_29_0_above_pre
 E relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor
 G e553_
 L e554_
 G e555_
 L e556_
 L e557_
 L relu_1_29_1_above_pre
 E relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor
 G e560_
 L e561_
 G e562_
 L e563_
 L e564_
 L relu_1_30_0_above_pre
 E relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor
 G e567_
 L e568_
 G e569_
 L e570_
 L e571_
 L relu_1_30_1_above_pre
 E relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor
 G e574_
 L e575_
 G e576_
 L e577_
 L e578_
 L relu_1_31_0_above_pre
 E relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor
 G e581_
 L e582_
 G e583_
 L e584_
 L e585_
 L relu_1_31_1_above_pre
 E relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor
 G e588_
 L e589_
 G e590_
 L e591_
 L e592_
 L relu_1_32_0_above_pre
 E relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor
 G e595_
 L e596_
 G e597_
 L e598_
 L e599_
 L relu_1_32_1_above_pre
 E relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor
 G e602_
 L e603_
 G e604_
 L e605_
 L e606_
 L relu_1_33_0_above_pre
 E relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor
 G e609_
 L e610_
 G e611_
 L e612_
 L e613_
 L relu_1_33_1_above_pre
 E relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor
 G e616_
 L e617_
 G e618_
 L e619_
 L e620_
 L relu_1_34_0_above_pre
 E relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor
 G e623_
 L e624_
 G e625_
 L e626_
 L e627_
 L relu_1_34_1_above_pre
 E relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor
 G e630_
 L e631_
 G e632_
 L e633_
 L e634_
 L relu_1_35_0_above_pre
 E relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor
 G e637_
 L e638_
 G e639_
 L e640_
 L e641_
 L relu_1_35_1_above_pre
 E relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor
 G e644_
 L e645_
 G e646_
 L e647_
 L e648_
 L relu_1_36_0_above_pre
 E relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor
 G e651_
 L e652_
 G e653_
 L e654_
 L e655_
 L relu_1_36_1_above_pre
 E relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor
 G e658_
 L e659_
 G e660_
 L e661_
 L e662_
 L relu_1_37_0_above_pre
 E relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor
 G e665_
 L e666_
 G e667_
 L e668_
 L e669_
 L relu_1_37_1_above_pre
 E relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor
 G e672_
 L e673_
 G e674_
 L e675_
 L e676_
 L relu_1_38_0_above_pre
 E relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor
 G e679_
 L e680_
 G e681_
 L e682_
 L e683_
 L relu_1_38_1_above_pre
 E relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor
 G e686_
 L e687_
 G e688_
 L e689_
 L e690_
 L relu_1_39_0_above_pre
 E relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor
 G e693_
 L e694_
 G e695_
 L e696_
 L e697_
 L relu_1_39_1_above_pre
 E relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor
 G e700_
 L e701_
 G e702_
 L e703_
 L e704_
 L relu_1_40_0_above_pre
 E relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor
 G e707_
 L e708_
 G e709_
 L e710_
 L e711_
 L relu_1_40_1_above_pre
 E relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor
 G e714_
 L e715_
 G e716_
 L e717_
 L e718_
 L relu_1_41_0_above_pre
 E relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor
 G e721_
 L e722_
 G e723_
 L e724_
 L e725_
 L relu_1_41_1_above_pre
 E relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor
 G e728_
 L e729_
 G e730_
 L e731_
 L e732_
 L relu_1_42_0_above_pre
 E relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor
 G e735_
 L e736_
 G e737_
 L e738_
 L e739_
 L relu_1_42_1_above_pre
 E relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor
 G e742_
 L e743_
 G e744_
 L e745_
 L e746_
 L relu_1_43_0_above_pre
 E relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor
 G e749_
 L e750_
 G e751_
 L e752_
 L e753_
 L relu_1_43_1_above_pre
 E relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor
 G e756_
 L e757_
 G e758_
 L e759_
 L e760_
 L relu_1_44_0_above_pre
 E relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor
 G e763_
 L e764_
 G e765_
 L e766_
 L e767_
 L relu_1_44_1_above_pre
 E relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor
 G e770_
 L e771_
 G e772_
 L e773_
 L e774_
 L relu_1_45_0_above_pre
 E relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor
 G e777_
 L e778_
 G e779_
 L e780_
 L e781_
 L relu_1_45_1_above_pre
 E relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor
 G e784_
 L e785_
 G e786_
 L e787_
 L e788_
 L relu_1_46_0_above_pre
 E relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor
 G e791_
 L e792_
 G e793_
 L e794_
 L e795_
 L relu_1_46_1_above_pre
 E relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor
 G e798_
 L e799_
 G e800_
 L e801_
 L e802_
 L relu_1_47_0_above_pre
 E relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor
 G e805_
 L e806_
 G e807_
 L e808_
 L e809_
 L relu_1_47_1_above_pre
 E relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor
 G e812_
 L e813_
 G e814_
 L e815_
 L e816_
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
 w_1_0_0 pre_definition_1_32_0 -0.9091809873814745
 w_1_0_0 pre_definition_1_33_0 0.14954275030184894
 w_1_0_0 pre_definition_1_34_0 -0.9901930104706482
 w_1_0_0 pre_definition_1_35_0 0.07990972138180785
 w_1_0_0 pre_definition_1_36_0 0.005154609024762058
 w_1_0_0 pre_definition_1_37_0 -0.571571401427615
 w_1_0_0 pre_definition_1_38_0 -0.4689671435774587
 w_1_0_0 pre_definition_1_39_0 -0.8641193732267565
 w_1_0_0 pre_definition_1_40_0 -0.4580302341526188
 w_1_0_0 pre_definition_1_41_0 -0.9358523798492928
 w_1_0_0 pre_definition_1_42_0 -0.7272801804911515
 w_1_0_0 pre_definition_1_43_0 -0.9144203592219271
 w_1_0_0 pre_definition_1_44_0 -0.9452576276459099
 w_1_0_0 pre_definition_1_45_0 -0.6447476550861408
 w_1_0_0 pre_definition_1_46_0 0.5352541607213923
 w_1_0_0 pre_definition_1_47_0 -0.8470603195669391
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
 w_1_0_1 pre_definition_1_32_0 0.00020837262470596585
 w_1_0_1 pre_definition_1_33_0 -0.24042690403075562
 w_1_0_1 pre_definition_1_34_0 -0.8978873498755306
 w_1_0_1 pre_definition_1_35_0 -0.5154576906165829
 w_1_0_1 pre_definition_1_36_0 -0.05862432039354082
 w_1_0_1 pre_definition_1_37_0 0.17068830128865842
 w_1_0_1 pre_definition_1_38_0 -0.4222857559794997
 w_1_0_1 pre_definition_1_39_0 0.7701347334381896
 w_1_0_1 pre_definition_1_40_0 -0.8548478572491198
 w_1_0_1 pre_definition_1_41_0 0.9705873900692614
 w_1_0_1 pre_definition_1_42_0 -0.9623900801326886
 w_1_0_1 pre_definition_1_43_0 0.7024719755350042
 w_1_0_1 pre_definition_1_44_0 -0.7798711114410413
 w_1_0_1 pre_definition_1_45_0 0.040024152384335654
 w_1_0_1 pre_definition_1_46_0 -0.6037611574366157
 w_1_0_1 pre_definition_1_47_0 0.46773945541541484
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
 w_1_1_0 pre_definition_1_32_1 -0.9091809873814745
 w_1_1_0 pre_definition_1_33_1 0.14954275030184894
 w_1_1_0 pre_definition_1_34_1 -0.9901930104706482
 w_1_1_0 pre_definition_1_35_1 0.07990972138180785
 w_1_1_0 pre_definition_1_36_1 0.005154609024762058
 w_1_1_0 pre_definition_1_37_1 -0.571571401427615
 w_1_1_0 pre_definition_1_38_1 -0.4689671435774587
 w_1_1_0 pre_definition_1_39_1 -0.8641193732267565
 w_1_1_0 pre_definition_1_40_1 -0.4580302341526188
 w_1_1_0 pre_definition_1_41_1 -0.9358523798492928
 w_1_1_0 pre_definition_1_42_1 -0.7272801804911515
 w_1_1_0 pre_definition_1_43_1 -0.9144203592219271
 w_1_1_0 pre_definition_1_44_1 -0.9452576276459099
 w_1_1_0 pre_definition_1_45_1 -0.6447476550861408
 w_1_1_0 pre_definition_1_46_1 0.5352541607213923
 w_1_1_0 pre_definition_1_47_1 -0.8470603195669391
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
 w_1_1_1 pre_definition_1_32_1 0.00020837262470596585
 w_1_1_1 pre_definition_1_33_1 -0.24042690403075562
 w_1_1_1 pre_definition_1_34_1 -0.8978873498755306
 w_1_1_1 pre_definition_1_35_1 -0.5154576906165829
 w_1_1_1 pre_definition_1_36_1 -0.05862432039354082
 w_1_1_1 pre_definition_1_37_1 0.17068830128865842
 w_1_1_1 pre_definition_1_38_1 -0.4222857559794997
 w_1_1_1 pre_definition_1_39_1 0.7701347334381896
 w_1_1_1 pre_definition_1_40_1 -0.8548478572491198
 w_1_1_1 pre_definition_1_41_1 0.9705873900692614
 w_1_1_1 pre_definition_1_42_1 -0.9623900801326886
 w_1_1_1 pre_definition_1_43_1 0.7024719755350042
 w_1_1_1 pre_definition_1_44_1 -0.7798711114410413
 w_1_1_1 pre_definition_1_45_1 0.040024152384335654
 w_1_1_1 pre_definition_1_46_1 -0.6037611574366157
 w_1_1_1 pre_definition_1_47_1 0.46773945541541484
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
 b_1_0 pre_definition_1_32_0 -1
 b_1_0 pre_definition_1_33_0 -1
 b_1_0 pre_definition_1_34_0 -1
 b_1_0 pre_definition_1_35_0 -1
 b_1_0 pre_definition_1_36_0 -1
 b_1_0 pre_definition_1_37_0 -1
 b_1_0 pre_definition_1_38_0 -1
 b_1_0 pre_definition_1_39_0 -1
 b_1_0 pre_definition_1_40_0 -1
 b_1_0 pre_definition_1_41_0 -1
 b_1_0 pre_definition_1_42_0 -1
 b_1_0 pre_definition_1_43_0 -1
 b_1_0 pre_definition_1_44_0 -1
 b_1_0 pre_definition_1_45_0 -1
 b_1_0 pre_definition_1_46_0 -1
 b_1_0 pre_definition_1_47_0 -1
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
 b_1_1 pre_definition_1_32_1 -1
 b_1_1 pre_definition_1_33_1 -1
 b_1_1 pre_definition_1_34_1 -1
 b_1_1 pre_definition_1_35_1 -1
 b_1_1 pre_definition_1_36_1 -1
 b_1_1 pre_definition_1_37_1 -1
 b_1_1 pre_definition_1_38_1 -1
 b_1_1 pre_definition_1_39_1 -1
 b_1_1 pre_definition_1_40_1 -1
 b_1_1 pre_definition_1_41_1 -1
 b_1_1 pre_definition_1_42_1 -1
 b_1_1 pre_definition_1_43_1 -1
 b_1_1 pre_definition_1_44_1 -1
 b_1_1 pre_definition_1_45_1 -1
 b_1_1 pre_definition_1_46_1 -1
 b_1_1 pre_definition_1_47_1 -1
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
 b_2_0 out_definition_32_0 -1
 b_2_0 out_definition_33_0 -1
 b_2_0 out_definition_34_0 -1
 b_2_0 out_definition_35_0 -1
 b_2_0 out_definition_36_0 -1
 b_2_0 out_definition_37_0 -1
 b_2_0 out_definition_38_0 -1
 b_2_0 out_definition_39_0 -1
 b_2_0 out_definition_40_0 -1
 b_2_0 out_definition_41_0 -1
 b_2_0 out_definition_42_0 -1
 b_2_0 out_definition_43_0 -1
 b_2_0 out_definition_44_0 -1
 b_2_0 out_definition_45_0 -1
 b_2_0 out_definition_46_0 -1
 b_2_0 out_definition_47_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e147_ -1
 pre_1_0_0 e148_ -1
 pre_1_0_0 e151_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e154_ -1
 pre_1_0_1 e155_ -1
 pre_1_0_1 e158_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e161_ -1
 pre_1_1_0 e162_ -1
 pre_1_1_0 e165_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e168_ -1
 pre_1_1_1 e169_ -1
 pre_1_1_1 e172_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e175_ -1
 pre_1_2_0 e176_ -1
 pre_1_2_0 e179_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e182_ -1
 pre_1_2_1 e183_ -1
 pre_1_2_1 e186_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e189_ -1
 pre_1_3_0 e190_ -1
 pre_1_3_0 e193_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e196_ -1
 pre_1_3_1 e197_ -1
 pre_1_3_1 e200_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e203_ -1
 pre_1_4_0 e204_ -1
 pre_1_4_0 e207_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e210_ -1
 pre_1_4_1 e211_ -1
 pre_1_4_1 e214_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e217_ -1
 pre_1_5_0 e218_ -1
 pre_1_5_0 e221_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e224_ -1
 pre_1_5_1 e225_ -1
 pre_1_5_1 e228_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e231_ -1
 pre_1_6_0 e232_ -1
 pre_1_6_0 e235_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e238_ -1
 pre_1_6_1 e239_ -1
 pre_1_6_1 e242_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e245_ -1
 pre_1_7_0 e246_ -1
 pre_1_7_0 e249_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e252_ -1
 pre_1_7_1 e253_ -1
 pre_1_7_1 e256_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e259_ -1
 pre_1_8_0 e260_ -1
 pre_1_8_0 e263_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e266_ -1
 pre_1_8_1 e267_ -1
 pre_1_8_1 e270_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e273_ -1
 pre_1_9_0 e274_ -1
 pre_1_9_0 e277_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e280_ -1
 pre_1_9_1 e281_ -1
 pre_1_9_1 e284_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e287_ -1
 pre_1_10_0 e288_ -1
 pre_1_10_0 e291_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e294_ -1
 pre_1_10_1 e295_ -1
 pre_1_10_1 e298_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e301_ -1
 pre_1_11_0 e302_ -1
 pre_1_11_0 e305_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e308_ -1
 pre_1_11_1 e309_ -1
 pre_1_11_1 e312_ 1
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
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e329_ -1
 pre_1_13_0 e330_ -1
 pre_1_13_0 e333_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e336_ -1
 pre_1_13_1 e337_ -1
 pre_1_13_1 e340_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e343_ -1
 pre_1_14_0 e344_ -1
 pre_1_14_0 e347_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e350_ -1
 pre_1_14_1 e351_ -1
 pre_1_14_1 e354_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e357_ -1
 pre_1_15_0 e358_ -1
 pre_1_15_0 e361_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e364_ -1
 pre_1_15_1 e365_ -1
 pre_1_15_1 e368_ 1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre 1
 pre_1_16_0 e371_ -1
 pre_1_16_0 e372_ -1
 pre_1_16_0 e375_ 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre 1
 pre_1_16_1 e378_ -1
 pre_1_16_1 e379_ -1
 pre_1_16_1 e382_ 1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_above_pre 1
 pre_1_17_0 e385_ -1
 pre_1_17_0 e386_ -1
 pre_1_17_0 e389_ 1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_above_pre 1
 pre_1_17_1 e392_ -1
 pre_1_17_1 e393_ -1
 pre_1_17_1 e396_ 1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_above_pre 1
 pre_1_18_0 e399_ -1
 pre_1_18_0 e400_ -1
 pre_1_18_0 e403_ 1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_above_pre 1
 pre_1_18_1 e406_ -1
 pre_1_18_1 e407_ -1
 pre_1_18_1 e410_ 1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_above_pre 1
 pre_1_19_0 e413_ -1
 pre_1_19_0 e414_ -1
 pre_1_19_0 e417_ 1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_above_pre 1
 pre_1_19_1 e420_ -1
 pre_1_19_1 e421_ -1
 pre_1_19_1 e424_ 1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_above_pre 1
 pre_1_20_0 e427_ -1
 pre_1_20_0 e428_ -1
 pre_1_20_0 e431_ 1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_above_pre 1
 pre_1_20_1 e434_ -1
 pre_1_20_1 e435_ -1
 pre_1_20_1 e438_ 1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_above_pre 1
 pre_1_21_0 e441_ -1
 pre_1_21_0 e442_ -1
 pre_1_21_0 e445_ 1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_above_pre 1
 pre_1_21_1 e448_ -1
 pre_1_21_1 e449_ -1
 pre_1_21_1 e452_ 1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_above_pre 1
 pre_1_22_0 e455_ -1
 pre_1_22_0 e456_ -1
 pre_1_22_0 e459_ 1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_above_pre 1
 pre_1_22_1 e462_ -1
 pre_1_22_1 e463_ -1
 pre_1_22_1 e466_ 1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_above_pre 1
 pre_1_23_0 e469_ -1
 pre_1_23_0 e470_ -1
 pre_1_23_0 e473_ 1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_above_pre 1
 pre_1_23_1 e476_ -1
 pre_1_23_1 e477_ -1
 pre_1_23_1 e480_ 1
 pre_1_24_0 pre_definition_1_24_0 1
 pre_1_24_0 relu_1_24_0_above_pre 1
 pre_1_24_0 e483_ -1
 pre_1_24_0 e484_ -1
 pre_1_24_0 e487_ 1
 pre_1_24_1 pre_definition_1_24_1 1
 pre_1_24_1 relu_1_24_1_above_pre 1
 pre_1_24_1 e490_ -1
 pre_1_24_1 e491_ -1
 pre_1_24_1 e494_ 1
 pre_1_25_0 pre_definition_1_25_0 1
 pre_1_25_0 relu_1_25_0_above_pre 1
 pre_1_25_0 e497_ -1
 pre_1_25_0 e498_ -1
 pre_1_25_0 e501_ 1
 pre_1_25_1 pre_definition_1_25_1 1
 pre_1_25_1 relu_1_25_1_above_pre 1
 pre_1_25_1 e504_ -1
 pre_1_25_1 e505_ -1
 pre_1_25_1 e508_ 1
 pre_1_26_0 pre_definition_1_26_0 1
 pre_1_26_0 relu_1_26_0_above_pre 1
 pre_1_26_0 e511_ -1
 pre_1_26_0 e512_ -1
 pre_1_26_0 e515_ 1
 pre_1_26_1 pre_definition_1_26_1 1
 pre_1_26_1 relu_1_26_1_above_pre 1
 pre_1_26_1 e518_ -1
 pre_1_26_1 e519_ -1
 pre_1_26_1 e522_ 1
 pre_1_27_0 pre_definition_1_27_0 1
 pre_1_27_0 relu_1_27_0_above_pre 1
 pre_1_27_0 e525_ -1
 pre_1_27_0 e526_ -1
 pre_1_27_0 e529_ 1
 pre_1_27_1 pre_definition_1_27_1 1
 pre_1_27_1 relu_1_27_1_above_pre 1
 pre_1_27_1 e532_ -1
 pre_1_27_1 e533_ -1
 pre_1_27_1 e536_ 1
 pre_1_28_0 pre_definition_1_28_0 1
 pre_1_28_0 relu_1_28_0_above_pre 1
 pre_1_28_0 e539_ -1
 pre_1_28_0 e540_ -1
 pre_1_28_0 e543_ 1
 pre_1_28_1 pre_definition_1_28_1 1
 pre_1_28_1 relu_1_28_1_above_pre 1
 pre_1_28_1 e546_ -1
 pre_1_28_1 e547_ -1
 pre_1_28_1 e550_ 1
 pre_1_29_0 pre_definition_1_29_0 1
 pre_1_29_0 relu_1_29_0_above_pre 1
 pre_1_29_0 e553_ -1
 pre_1_29_0 e554_ -1
 pre_1_29_0 e557_ 1
 pre_1_29_1 pre_definition_1_29_1 1
 pre_1_29_1 relu_1_29_1_above_pre 1
 pre_1_29_1 e560_ -1
 pre_1_29_1 e561_ -1
 pre_1_29_1 e564_ 1
 pre_1_30_0 pre_definition_1_30_0 1
 pre_1_30_0 relu_1_30_0_above_pre 1
 pre_1_30_0 e567_ -1
 pre_1_30_0 e568_ -1
 pre_1_30_0 e571_ 1
 pre_1_30_1 pre_definition_1_30_1 1
 pre_1_30_1 relu_1_30_1_above_pre 1
 pre_1_30_1 e574_ -1
 pre_1_30_1 e575_ -1
 pre_1_30_1 e578_ 1
 pre_1_31_0 pre_definition_1_31_0 1
 pre_1_31_0 relu_1_31_0_above_pre 1
 pre_1_31_0 e581_ -1
 pre_1_31_0 e582_ -1
 pre_1_31_0 e585_ 1
 pre_1_31_1 pre_definition_1_31_1 1
 pre_1_31_1 relu_1_31_1_above_pre 1
 pre_1_31_1 e588_ -1
 pre_1_31_1 e589_ -1
 pre_1_31_1 e592_ 1
 pre_1_32_0 pre_definition_1_32_0 1
 pre_1_32_0 relu_1_32_0_above_pre 1
 pre_1_32_0 e595_ -1
 pre_1_32_0 e596_ -1
 pre_1_32_0 e599_ 1
 pre_1_32_1 pre_definition_1_32_1 1
 pre_1_32_1 relu_1_32_1_above_pre 1
 pre_1_32_1 e602_ -1
 pre_1_32_1 e603_ -1
 pre_1_32_1 e606_ 1
 pre_1_33_0 pre_definition_1_33_0 1
 pre_1_33_0 relu_1_33_0_above_pre 1
 pre_1_33_0 e609_ -1
 pre_1_33_0 e610_ -1
 pre_1_33_0 e613_ 1
 pre_1_33_1 pre_definition_1_33_1 1
 pre_1_33_1 relu_1_33_1_above_pre 1
 pre_1_33_1 e616_ -1
 pre_1_33_1 e617_ -1
 pre_1_33_1 e620_ 1
 pre_1_34_0 pre_definition_1_34_0 1
 pre_1_34_0 relu_1_34_0_above_pre 1
 pre_1_34_0 e623_ -1
 pre_1_34_0 e624_ -1
 pre_1_34_0 e627_ 1
 pre_1_34_1 pre_definition_1_34_1 1
 pre_1_34_1 relu_1_34_1_above_pre 1
 pre_1_34_1 e630_ -1
 pre_1_34_1 e631_ -1
 pre_1_34_1 e634_ 1
 pre_1_35_0 pre_definition_1_35_0 1
 pre_1_35_0 relu_1_35_0_above_pre 1
 pre_1_35_0 e637_ -1
 pre_1_35_0 e638_ -1
 pre_1_35_0 e641_ 1
 pre_1_35_1 pre_definition_1_35_1 1
 pre_1_35_1 relu_1_35_1_above_pre 1
 pre_1_35_1 e644_ -1
 pre_1_35_1 e645_ -1
 pre_1_35_1 e648_ 1
 pre_1_36_0 pre_definition_1_36_0 1
 pre_1_36_0 relu_1_36_0_above_pre 1
 pre_1_36_0 e651_ -1
 pre_1_36_0 e652_ -1
 pre_1_36_0 e655_ 1
 pre_1_36_1 pre_definition_1_36_1 1
 pre_1_36_1 relu_1_36_1_above_pre 1
 pre_1_36_1 e658_ -1
 pre_1_36_1 e659_ -1
 pre_1_36_1 e662_ 1
 pre_1_37_0 pre_definition_1_37_0 1
 pre_1_37_0 relu_1_37_0_above_pre 1
 pre_1_37_0 e665_ -1
 pre_1_37_0 e666_ -1
 pre_1_37_0 e669_ 1
 pre_1_37_1 pre_definition_1_37_1 1
 pre_1_37_1 relu_1_37_1_above_pre 1
 pre_1_37_1 e672_ -1
 pre_1_37_1 e673_ -1
 pre_1_37_1 e676_ 1
 pre_1_38_0 pre_definition_1_38_0 1
 pre_1_38_0 relu_1_38_0_above_pre 1
 pre_1_38_0 e679_ -1
 pre_1_38_0 e680_ -1
 pre_1_38_0 e683_ 1
 pre_1_38_1 pre_definition_1_38_1 1
 pre_1_38_1 relu_1_38_1_above_pre 1
 pre_1_38_1 e686_ -1
 pre_1_38_1 e687_ -1
 pre_1_38_1 e690_ 1
 pre_1_39_0 pre_definition_1_39_0 1
 pre_1_39_0 relu_1_39_0_above_pre 1
 pre_1_39_0 e693_ -1
 pre_1_39_0 e694_ -1
 pre_1_39_0 e697_ 1
 pre_1_39_1 pre_definition_1_39_1 1
 pre_1_39_1 relu_1_39_1_above_pre 1
 pre_1_39_1 e700_ -1
 pre_1_39_1 e701_ -1
 pre_1_39_1 e704_ 1
 pre_1_40_0 pre_definition_1_40_0 1
 pre_1_40_0 relu_1_40_0_above_pre 1
 pre_1_40_0 e707_ -1
 pre_1_40_0 e708_ -1
 pre_1_40_0 e711_ 1
 pre_1_40_1 pre_definition_1_40_1 1
 pre_1_40_1 relu_1_40_1_above_pre 1
 pre_1_40_1 e714_ -1
 pre_1_40_1 e715_ -1
 pre_1_40_1 e718_ 1
 pre_1_41_0 pre_definition_1_41_0 1
 pre_1_41_0 relu_1_41_0_above_pre 1
 pre_1_41_0 e721_ -1
 pre_1_41_0 e722_ -1
 pre_1_41_0 e725_ 1
 pre_1_41_1 pre_definition_1_41_1 1
 pre_1_41_1 relu_1_41_1_above_pre 1
 pre_1_41_1 e728_ -1
 pre_1_41_1 e729_ -1
 pre_1_41_1 e732_ 1
 pre_1_42_0 pre_definition_1_42_0 1
 pre_1_42_0 relu_1_42_0_above_pre 1
 pre_1_42_0 e735_ -1
 pre_1_42_0 e736_ -1
 pre_1_42_0 e739_ 1
 pre_1_42_1 pre_definition_1_42_1 1
 pre_1_42_1 relu_1_42_1_above_pre 1
 pre_1_42_1 e742_ -1
 pre_1_42_1 e743_ -1
 pre_1_42_1 e746_ 1
 pre_1_43_0 pre_definition_1_43_0 1
 pre_1_43_0 relu_1_43_0_above_pre 1
 pre_1_43_0 e749_ -1
 pre_1_43_0 e750_ -1
 pre_1_43_0 e753_ 1
 pre_1_43_1 pre_definition_1_43_1 1
 pre_1_43_1 relu_1_43_1_above_pre 1
 pre_1_43_1 e756_ -1
 pre_1_43_1 e757_ -1
 pre_1_43_1 e760_ 1
 pre_1_44_0 pre_definition_1_44_0 1
 pre_1_44_0 relu_1_44_0_above_pre 1
 pre_1_44_0 e763_ -1
 pre_1_44_0 e764_ -1
 pre_1_44_0 e767_ 1
 pre_1_44_1 pre_definition_1_44_1 1
 pre_1_44_1 relu_1_44_1_above_pre 1
 pre_1_44_1 e770_ -1
 pre_1_44_1 e771_ -1
 pre_1_44_1 e774_ 1
 pre_1_45_0 pre_definition_1_45_0 1
 pre_1_45_0 relu_1_45_0_above_pre 1
 pre_1_45_0 e777_ -1
 pre_1_45_0 e778_ -1
 pre_1_45_0 e781_ 1
 pre_1_45_1 pre_definition_1_45_1 1
 pre_1_45_1 relu_1_45_1_above_pre 1
 pre_1_45_1 e784_ -1
 pre_1_45_1 e785_ -1
 pre_1_45_1 e788_ 1
 pre_1_46_0 pre_definition_1_46_0 1
 pre_1_46_0 relu_1_46_0_above_pre 1
 pre_1_46_0 e791_ -1
 pre_1_46_0 e792_ -1
 pre_1_46_0 e795_ 1
 pre_1_46_1 pre_definition_1_46_1 1
 pre_1_46_1 relu_1_46_1_above_pre 1
 pre_1_46_1 e798_ -1
 pre_1_46_1 e799_ -1
 pre_1_46_1 e802_ 1
 pre_1_47_0 pre_definition_1_47_0 1
 pre_1_47_0 relu_1_47_0_above_pre 1
 pre_1_47_0 e805_ -1
 pre_1_47_0 e806_ -1
 pre_1_47_0 e809_ 1
 pre_1_47_1 pre_definition_1_47_1 1
 pre_1_47_1 relu_1_47_1_above_pre 1
 pre_1_47_1 e812_ -1
 pre_1_47_1 e813_ -1
 pre_1_47_1 e816_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e147_ 1
 post_1_0_0 e148_ 1
 post_1_0_0 e149_ 1
 post_1_0_0 e150_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e154_ 1
 post_1_0_1 e155_ 1
 post_1_0_1 e156_ 1
 post_1_0_1 e157_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e161_ 1
 post_1_1_0 e162_ 1
 post_1_1_0 e163_ 1
 post_1_1_0 e164_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e168_ 1
 post_1_1_1 e169_ 1
 post_1_1_1 e170_ 1
 post_1_1_1 e171_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e175_ 1
 post_1_2_0 e176_ 1
 post_1_2_0 e177_ 1
 post_1_2_0 e178_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e182_ 1
 post_1_2_1 e183_ 1
 post_1_2_1 e184_ 1
 post_1_2_1 e185_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e189_ 1
 post_1_3_0 e190_ 1
 post_1_3_0 e191_ 1
 post_1_3_0 e192_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e196_ 1
 post_1_3_1 e197_ 1
 post_1_3_1 e198_ 1
 post_1_3_1 e199_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e203_ 1
 post_1_4_0 e204_ 1
 post_1_4_0 e205_ 1
 post_1_4_0 e206_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e210_ 1
 post_1_4_1 e211_ 1
 post_1_4_1 e212_ 1
 post_1_4_1 e213_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e217_ 1
 post_1_5_0 e218_ 1
 post_1_5_0 e219_ 1
 post_1_5_0 e220_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e224_ 1
 post_1_5_1 e225_ 1
 post_1_5_1 e226_ 1
 post_1_5_1 e227_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e231_ 1
 post_1_6_0 e232_ 1
 post_1_6_0 e233_ 1
 post_1_6_0 e234_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e238_ 1
 post_1_6_1 e239_ 1
 post_1_6_1 e240_ 1
 post_1_6_1 e241_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e245_ 1
 post_1_7_0 e246_ 1
 post_1_7_0 e247_ 1
 post_1_7_0 e248_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e252_ 1
 post_1_7_1 e253_ 1
 post_1_7_1 e254_ 1
 post_1_7_1 e255_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e259_ 1
 post_1_8_0 e260_ 1
 post_1_8_0 e261_ 1
 post_1_8_0 e262_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e266_ 1
 post_1_8_1 e267_ 1
 post_1_8_1 e268_ 1
 post_1_8_1 e269_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e273_ 1
 post_1_9_0 e274_ 1
 post_1_9_0 e275_ 1
 post_1_9_0 e276_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e280_ 1
 post_1_9_1 e281_ 1
 post_1_9_1 e282_ 1
 post_1_9_1 e283_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e287_ 1
 post_1_10_0 e288_ 1
 post_1_10_0 e289_ 1
 post_1_10_0 e290_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e294_ 1
 post_1_10_1 e295_ 1
 post_1_10_1 e296_ 1
 post_1_10_1 e297_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e301_ 1
 post_1_11_0 e302_ 1
 post_1_11_0 e303_ 1
 post_1_11_0 e304_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e308_ 1
 post_1_11_1 e309_ 1
 post_1_11_1 e310_ 1
 post_1_11_1 e311_ 1
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
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e329_ 1
 post_1_13_0 e330_ 1
 post_1_13_0 e331_ 1
 post_1_13_0 e332_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e336_ 1
 post_1_13_1 e337_ 1
 post_1_13_1 e338_ 1
 post_1_13_1 e339_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e343_ 1
 post_1_14_0 e344_ 1
 post_1_14_0 e345_ 1
 post_1_14_0 e346_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e350_ 1
 post_1_14_1 e351_ 1
 post_1_14_1 e352_ 1
 post_1_14_1 e353_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e357_ 1
 post_1_15_0 e358_ 1
 post_1_15_0 e359_ 1
 post_1_15_0 e360_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e364_ 1
 post_1_15_1 e365_ 1
 post_1_15_1 e366_ 1
 post_1_15_1 e367_ 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 e371_ 1
 post_1_16_0 e372_ 1
 post_1_16_0 e373_ 1
 post_1_16_0 e374_ 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 e378_ 1
 post_1_16_1 e379_ 1
 post_1_16_1 e380_ 1
 post_1_16_1 e381_ 1
 post_1_17_0 relu_1_17_0_above_pre -1
 post_1_17_0 e385_ 1
 post_1_17_0 e386_ 1
 post_1_17_0 e387_ 1
 post_1_17_0 e388_ 1
 post_1_17_1 relu_1_17_1_above_pre -1
 post_1_17_1 e392_ 1
 post_1_17_1 e393_ 1
 post_1_17_1 e394_ 1
 post_1_17_1 e395_ 1
 post_1_18_0 relu_1_18_0_above_pre -1
 post_1_18_0 e399_ 1
 post_1_18_0 e400_ 1
 post_1_18_0 e401_ 1
 post_1_18_0 e402_ 1
 post_1_18_1 relu_1_18_1_above_pre -1
 post_1_18_1 e406_ 1
 post_1_18_1 e407_ 1
 post_1_18_1 e408_ 1
 post_1_18_1 e409_ 1
 post_1_19_0 relu_1_19_0_above_pre -1
 post_1_19_0 e413_ 1
 post_1_19_0 e414_ 1
 post_1_19_0 e415_ 1
 post_1_19_0 e416_ 1
 post_1_19_1 relu_1_19_1_above_pre -1
 post_1_19_1 e420_ 1
 post_1_19_1 e421_ 1
 post_1_19_1 e422_ 1
 post_1_19_1 e423_ 1
 post_1_20_0 relu_1_20_0_above_pre -1
 post_1_20_0 e427_ 1
 post_1_20_0 e428_ 1
 post_1_20_0 e429_ 1
 post_1_20_0 e430_ 1
 post_1_20_1 relu_1_20_1_above_pre -1
 post_1_20_1 e434_ 1
 post_1_20_1 e435_ 1
 post_1_20_1 e436_ 1
 post_1_20_1 e437_ 1
 post_1_21_0 relu_1_21_0_above_pre -1
 post_1_21_0 e441_ 1
 post_1_21_0 e442_ 1
 post_1_21_0 e443_ 1
 post_1_21_0 e444_ 1
 post_1_21_1 relu_1_21_1_above_pre -1
 post_1_21_1 e448_ 1
 post_1_21_1 e449_ 1
 post_1_21_1 e450_ 1
 post_1_21_1 e451_ 1
 post_1_22_0 relu_1_22_0_above_pre -1
 post_1_22_0 e455_ 1
 post_1_22_0 e456_ 1
 post_1_22_0 e457_ 1
 post_1_22_0 e458_ 1
 post_1_22_1 relu_1_22_1_above_pre -1
 post_1_22_1 e462_ 1
 post_1_22_1 e463_ 1
 post_1_22_1 e464_ 1
 post_1_22_1 e465_ 1
 post_1_23_0 relu_1_23_0_above_pre -1
 post_1_23_0 e469_ 1
 post_1_23_0 e470_ 1
 post_1_23_0 e471_ 1
 post_1_23_0 e472_ 1
 post_1_23_1 relu_1_23_1_above_pre -1
 post_1_23_1 e476_ 1
 post_1_23_1 e477_ 1
 post_1_23_1 e478_ 1
 post_1_23_1 e479_ 1
 post_1_24_0 relu_1_24_0_above_pre -1
 post_1_24_0 e483_ 1
 post_1_24_0 e484_ 1
 post_1_24_0 e485_ 1
 post_1_24_0 e486_ 1
 post_1_24_1 relu_1_24_1_above_pre -1
 post_1_24_1 e490_ 1
 post_1_24_1 e491_ 1
 post_1_24_1 e492_ 1
 post_1_24_1 e493_ 1
 post_1_25_0 relu_1_25_0_above_pre -1
 post_1_25_0 e497_ 1
 post_1_25_0 e498_ 1
 post_1_25_0 e499_ 1
 post_1_25_0 e500_ 1
 post_1_25_1 relu_1_25_1_above_pre -1
 post_1_25_1 e504_ 1
 post_1_25_1 e505_ 1
 post_1_25_1 e506_ 1
 post_1_25_1 e507_ 1
 post_1_26_0 relu_1_26_0_above_pre -1
 post_1_26_0 e511_ 1
 post_1_26_0 e512_ 1
 post_1_26_0 e513_ 1
 post_1_26_0 e514_ 1
 post_1_26_1 relu_1_26_1_above_pre -1
 post_1_26_1 e518_ 1
 post_1_26_1 e519_ 1
 post_1_26_1 e520_ 1
 post_1_26_1 e521_ 1
 post_1_27_0 relu_1_27_0_above_pre -1
 post_1_27_0 e525_ 1
 post_1_27_0 e526_ 1
 post_1_27_0 e527_ 1
 post_1_27_0 e528_ 1
 post_1_27_1 relu_1_27_1_above_pre -1
 post_1_27_1 e532_ 1
 post_1_27_1 e533_ 1
 post_1_27_1 e534_ 1
 post_1_27_1 e535_ 1
 post_1_28_0 relu_1_28_0_above_pre -1
 post_1_28_0 e539_ 1
 post_1_28_0 e540_ 1
 post_1_28_0 e541_ 1
 post_1_28_0 e542_ 1
 post_1_28_1 relu_1_28_1_above_pre -1
 post_1_28_1 e546_ 1
 post_1_28_1 e547_ 1
 post_1_28_1 e548_ 1
 post_1_28_1 e549_ 1
 post_1_29_0 relu_1_29_0_above_pre -1
 post_1_29_0 e553_ 1
 post_1_29_0 e554_ 1
 post_1_29_0 e555_ 1
 post_1_29_0 e556_ 1
 post_1_29_1 relu_1_29_1_above_pre -1
 post_1_29_1 e560_ 1
 post_1_29_1 e561_ 1
 post_1_29_1 e562_ 1
 post_1_29_1 e563_ 1
 post_1_30_0 relu_1_30_0_above_pre -1
 post_1_30_0 e567_ 1
 post_1_30_0 e568_ 1
 post_1_30_0 e569_ 1
 post_1_30_0 e570_ 1
 post_1_30_1 relu_1_30_1_above_pre -1
 post_1_30_1 e574_ 1
 post_1_30_1 e575_ 1
 post_1_30_1 e576_ 1
 post_1_30_1 e577_ 1
 post_1_31_0 relu_1_31_0_above_pre -1
 post_1_31_0 e581_ 1
 post_1_31_0 e582_ 1
 post_1_31_0 e583_ 1
 post_1_31_0 e584_ 1
 post_1_31_1 relu_1_31_1_above_pre -1
 post_1_31_1 e588_ 1
 post_1_31_1 e589_ 1
 post_1_31_1 e590_ 1
 post_1_31_1 e591_ 1
 post_1_32_0 relu_1_32_0_above_pre -1
 post_1_32_0 e595_ 1
 post_1_32_0 e596_ 1
 post_1_32_0 e597_ 1
 post_1_32_0 e598_ 1
 post_1_32_1 relu_1_32_1_above_pre -1
 post_1_32_1 e602_ 1
 post_1_32_1 e603_ 1
 post_1_32_1 e604_ 1
 post_1_32_1 e605_ 1
 post_1_33_0 relu_1_33_0_above_pre -1
 post_1_33_0 e609_ 1
 post_1_33_0 e610_ 1
 post_1_33_0 e611_ 1
 post_1_33_0 e612_ 1
 post_1_33_1 relu_1_33_1_above_pre -1
 post_1_33_1 e616_ 1
 post_1_33_1 e617_ 1
 post_1_33_1 e618_ 1
 post_1_33_1 e619_ 1
 post_1_34_0 relu_1_34_0_above_pre -1
 post_1_34_0 e623_ 1
 post_1_34_0 e624_ 1
 post_1_34_0 e625_ 1
 post_1_34_0 e626_ 1
 post_1_34_1 relu_1_34_1_above_pre -1
 post_1_34_1 e630_ 1
 post_1_34_1 e631_ 1
 post_1_34_1 e632_ 1
 post_1_34_1 e633_ 1
 post_1_35_0 relu_1_35_0_above_pre -1
 post_1_35_0 e637_ 1
 post_1_35_0 e638_ 1
 post_1_35_0 e639_ 1
 post_1_35_0 e640_ 1
 post_1_35_1 relu_1_35_1_above_pre -1
 post_1_35_1 e644_ 1
 post_1_35_1 e645_ 1
 post_1_35_1 e646_ 1
 post_1_35_1 e647_ 1
 post_1_36_0 relu_1_36_0_above_pre -1
 post_1_36_0 e651_ 1
 post_1_36_0 e652_ 1
 post_1_36_0 e653_ 1
 post_1_36_0 e654_ 1
 post_1_36_1 relu_1_36_1_above_pre -1
 post_1_36_1 e658_ 1
 post_1_36_1 e659_ 1
 post_1_36_1 e660_ 1
 post_1_36_1 e661_ 1
 post_1_37_0 relu_1_37_0_above_pre -1
 post_1_37_0 e665_ 1
 post_1_37_0 e666_ 1
 post_1_37_0 e667_ 1
 post_1_37_0 e668_ 1
 post_1_37_1 relu_1_37_1_above_pre -1
 post_1_37_1 e672_ 1
 post_1_37_1 e673_ 1
 post_1_37_1 e674_ 1
 post_1_37_1 e675_ 1
 post_1_38_0 relu_1_38_0_above_pre -1
 post_1_38_0 e679_ 1
 post_1_38_0 e680_ 1
 post_1_38_0 e681_ 1
 post_1_38_0 e682_ 1
 post_1_38_1 relu_1_38_1_above_pre -1
 post_1_38_1 e686_ 1
 post_1_38_1 e687_ 1
 post_1_38_1 e688_ 1
 post_1_38_1 e689_ 1
 post_1_39_0 relu_1_39_0_above_pre -1
 post_1_39_0 e693_ 1
 post_1_39_0 e694_ 1
 post_1_39_0 e695_ 1
 post_1_39_0 e696_ 1
 post_1_39_1 relu_1_39_1_above_pre -1
 post_1_39_1 e700_ 1
 post_1_39_1 e701_ 1
 post_1_39_1 e702_ 1
 post_1_39_1 e703_ 1
 post_1_40_0 relu_1_40_0_above_pre -1
 post_1_40_0 e707_ 1
 post_1_40_0 e708_ 1
 post_1_40_0 e709_ 1
 post_1_40_0 e710_ 1
 post_1_40_1 relu_1_40_1_above_pre -1
 post_1_40_1 e714_ 1
 post_1_40_1 e715_ 1
 post_1_40_1 e716_ 1
 post_1_40_1 e717_ 1
 post_1_41_0 relu_1_41_0_above_pre -1
 post_1_41_0 e721_ 1
 post_1_41_0 e722_ 1
 post_1_41_0 e723_ 1
 post_1_41_0 e724_ 1
 post_1_41_1 relu_1_41_1_above_pre -1
 post_1_41_1 e728_ 1
 post_1_41_1 e729_ 1
 post_1_41_1 e730_ 1
 post_1_41_1 e731_ 1
 post_1_42_0 relu_1_42_0_above_pre -1
 post_1_42_0 e735_ 1
 post_1_42_0 e736_ 1
 post_1_42_0 e737_ 1
 post_1_42_0 e738_ 1
 post_1_42_1 relu_1_42_1_above_pre -1
 post_1_42_1 e742_ 1
 post_1_42_1 e743_ 1
 post_1_42_1 e744_ 1
 post_1_42_1 e745_ 1
 post_1_43_0 relu_1_43_0_above_pre -1
 post_1_43_0 e749_ 1
 post_1_43_0 e750_ 1
 post_1_43_0 e751_ 1
 post_1_43_0 e752_ 1
 post_1_43_1 relu_1_43_1_above_pre -1
 post_1_43_1 e756_ 1
 post_1_43_1 e757_ 1
 post_1_43_1 e758_ 1
 post_1_43_1 e759_ 1
 post_1_44_0 relu_1_44_0_above_pre -1
 post_1_44_0 e763_ 1
 post_1_44_0 e764_ 1
 post_1_44_0 e765_ 1
 post_1_44_0 e766_ 1
 post_1_44_1 relu_1_44_1_above_pre -1
 post_1_44_1 e770_ 1
 post_1_44_1 e771_ 1
 post_1_44_1 e772_ 1
 post_1_44_1 e773_ 1
 post_1_45_0 relu_1_45_0_above_pre -1
 post_1_45_0 e777_ 1
 post_1_45_0 e778_ 1
 post_1_45_0 e779_ 1
 post_1_45_0 e780_ 1
 post_1_45_1 relu_1_45_1_above_pre -1
 post_1_45_1 e784_ 1
 post_1_45_1 e785_ 1
 post_1_45_1 e786_ 1
 post_1_45_1 e787_ 1
 post_1_46_0 relu_1_46_0_above_pre -1
 post_1_46_0 e791_ 1
 post_1_46_0 e792_ 1
 post_1_46_0 e793_ 1
 post_1_46_0 e794_ 1
 post_1_46_1 relu_1_46_1_above_pre -1
 post_1_46_1 e798_ 1
 post_1_46_1 e799_ 1
 post_1_46_1 e800_ 1
 post_1_46_1 e801_ 1
 post_1_47_0 relu_1_47_0_above_pre -1
 post_1_47_0 e805_ 1
 post_1_47_0 e806_ 1
 post_1_47_0 e807_ 1
 post_1_47_0 e808_ 1
 post_1_47_1 relu_1_47_1_above_pre -1
 post_1_47_1 e812_ 1
 post_1_47_1 e813_ 1
 post_1_47_1 e814_ 1
 post_1_47_1 e815_ 1
 out_0_0 obj -0.20447926512633766
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.32123020367463
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1.1227260595458866
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.7404403904721589
 out_3_0 out_definition_3_0 1
 out_4_0 obj -1.6978010308022191
 out_4_0 out_definition_4_0 1
 out_5_0 obj -1.8844066782489128
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1.452383503870018
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.6193679171276341
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.31230716390702784
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.4660900630160964
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.6129692689883264
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.2907924446652013
 out_11_0 out_definition_11_0 1
 out_12_0 obj -0.6713449700487438
 out_12_0 out_definition_12_0 1
 out_13_0 obj -1.7899590524965578
 out_13_0 out_definition_13_0 1
 out_14_0 obj -0.5074957024745521
 out_14_0 out_definition_14_0 1
 out_15_0 obj -1.4196779829758215
 out_15_0 out_definition_15_0 1
 out_16_0 obj -1.4866954290437535
 out_16_0 out_definition_16_0 1
 out_17_0 obj -1.8273762536598148
 out_17_0 out_definition_17_0 1
 out_18_0 obj -1.3932950518239888
 out_18_0 out_definition_18_0 1
 out_19_0 obj -1.9377079082754642
 out_19_0 out_definition_19_0 1
 out_20_0 obj -0.12135658923052045
 out_20_0 out_definition_20_0 1
 out_21_0 obj -0.7346959254972918
 out_21_0 out_definition_21_0 1
 out_22_0 obj -2.0418491692987253
 out_22_0 out_definition_22_0 1
 out_23_0 obj -1.5304117775821724
 out_23_0 out_definition_23_0 1
 out_24_0 obj -1.4050154518412217
 out_24_0 out_definition_24_0 1
 out_25_0 obj -1.943175795239524
 out_25_0 out_definition_25_0 1
 out_26_0 obj -2.3185792283400195
 out_26_0 out_definition_26_0 1
 out_27_0 obj -1.3107647733595815
 out_27_0 out_definition_27_0 1
 out_28_0 obj -1.654999585448382
 out_28_0 out_definition_28_0 1
 out_29_0 obj -0.9218616467530556
 out_29_0 out_definition_29_0 1
 out_30_0 obj -1.756888298258106
 out_30_0 out_definition_30_0 1
 out_31_0 obj -0.7058778454082554
 out_31_0 out_definition_31_0 1
 out_32_0 obj -0.7563841815552593
 out_32_0 out_definition_32_0 1
 out_33_0 obj -1.3279325111113212
 out_33_0 out_definition_33_0 1
 out_34_0 obj -0.611136195329929
 out_34_0 out_definition_34_0 1
 out_35_0 obj -0.22572811438166385
 out_35_0 out_definition_35_0 1
 out_36_0 obj -1.3854822054718627
 out_36_0 out_definition_36_0 1
 out_37_0 obj -1.037595220008699
 out_37_0 out_definition_37_0 1
 out_38_0 obj -0.49836148569235866
 out_38_0 out_definition_38_0 1
 out_39_0 obj -1.481370477664666
 out_39_0 out_definition_39_0 1
 out_40_0 obj -0.4039291367201674
 out_40_0 out_definition_40_0 1
 out_41_0 obj -1.6362328672141446
 out_41_0 out_definition_41_0 1
 out_42_0 obj -0.2659338322089262
 out_42_0 out_definition_42_0 1
 out_43_0 obj -0.9169347375549701
 out_43_0 out_definition_43_0 1
 out_44_0 obj -0.37724728572940897
 out_44_0 out_definition_44_0 1
 out_45_0 obj -0.614160407346623
 out_45_0 out_definition_45_0 1
 out_46_0 obj -1.149641210257304
 out_46_0 out_definition_46_0 1
 out_47_0 obj -1.033948514855577
 out_47_0 out_definition_47_0 1
 M249 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e147_ -7.5055558674558025
 relu_1_0_0_on_binary_indicator_var e148_ 15.011111734911605
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e150_ 7.5055558674558025
 relu_1_0_0_off_binary_indicator_var e151_ 7.5055558674558025
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e154_ -7.5055558674558025
 relu_1_0_1_on_binary_indicator_var e155_ 15.011111734911605
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e157_ 7.5055558674558025
 relu_1_0_1_off_binary_indicator_var e158_ 7.5055558674558025
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e161_ -8.127994658504527
 relu_1_1_0_on_binary_indicator_var e162_ 16.255989317009053
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e164_ 8.127994658504527
 relu_1_1_0_off_binary_indicator_var e165_ 8.127994658504527
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e168_ -8.127994658504527
 relu_1_1_1_on_binary_indicator_var e169_ 16.255989317009053
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e171_ 8.127994658504527
 relu_1_1_1_off_binary_indicator_var e172_ 8.127994658504527
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e175_ -7.176419226746878
 relu_1_2_0_on_binary_indicator_var e176_ 14.352838453493757
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e178_ 7.176419226746878
 relu_1_2_0_off_binary_indicator_var e179_ 7.176419226746878
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e182_ -7.176419226746878
 relu_1_2_1_on_binary_indicator_var e183_ 14.352838453493757
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e185_ 7.176419226746878
 relu_1_2_1_off_binary_indicator_var e186_ 7.176419226746878
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e189_ -7.125139810483965
 relu_1_3_0_on_binary_indicator_var e190_ 14.25027962096793
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e192_ 7.125139810483965
 relu_1_3_0_off_binary_indicator_var e193_ 7.125139810483965
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e196_ -7.125139810483965
 relu_1_3_1_on_binary_indicator_var e197_ 14.25027962096793
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e199_ 7.125139810483965
 relu_1_3_1_off_binary_indicator_var e200_ 7.125139810483965
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e203_ -4.450495978270242
 relu_1_4_0_on_binary_indicator_var e204_ 8.900991956540484
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e206_ 4.450495978270242
 relu_1_4_0_off_binary_indicator_var e207_ 4.450495978270242
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e210_ -4.450495978270242
 relu_1_4_1_on_binary_indicator_var e211_ 8.900991956540484
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e213_ 4.450495978270242
 relu_1_4_1_off_binary_indicator_var e214_ 4.450495978270242
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e217_ -6.293958645941272
 relu_1_5_0_on_binary_indicator_var e218_ 12.587917291882544
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e220_ 6.293958645941272
 relu_1_5_0_off_binary_indicator_var e221_ 6.293958645941272
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e224_ -6.293958645941272
 relu_1_5_1_on_binary_indicator_var e225_ 12.587917291882544
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e227_ 6.293958645941272
 relu_1_5_1_off_binary_indicator_var e228_ 6.293958645941272
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e231_ -6.278046829164398
 relu_1_6_0_on_binary_indicator_var e232_ 12.556093658328797
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e234_ 6.278046829164398
 relu_1_6_0_off_binary_indicator_var e235_ 6.278046829164398
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e238_ -6.278046829164398
 relu_1_6_1_on_binary_indicator_var e239_ 12.556093658328797
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e241_ 6.278046829164398
 relu_1_6_1_off_binary_indicator_var e242_ 6.278046829164398
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e245_ -4.575447738333024
 relu_1_7_0_on_binary_indicator_var e246_ 9.150895476666047
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e248_ 4.575447738333024
 relu_1_7_0_off_binary_indicator_var e249_ 4.575447738333024
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e252_ -4.575447738333024
 relu_1_7_1_on_binary_indicator_var e253_ 9.150895476666047
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e255_ 4.575447738333024
 relu_1_7_1_off_binary_indicator_var e256_ 4.575447738333024
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e259_ -6.681194289163965
 relu_1_8_0_on_binary_indicator_var e260_ 13.36238857832793
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e262_ 6.681194289163965
 relu_1_8_0_off_binary_indicator_var e263_ 6.681194289163965
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e266_ -6.681194289163965
 relu_1_8_1_on_binary_indicator_var e267_ 13.36238857832793
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e269_ 6.681194289163965
 relu_1_8_1_off_binary_indicator_var e270_ 6.681194289163965
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e273_ -6.998263939541548
 relu_1_9_0_on_binary_indicator_var e274_ 13.996527879083096
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e276_ 6.998263939541548
 relu_1_9_0_off_binary_indicator_var e277_ 6.998263939541548
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e280_ -6.998263939541548
 relu_1_9_1_on_binary_indicator_var e281_ 13.996527879083096
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e283_ 6.998263939541548
 relu_1_9_1_off_binary_indicator_var e284_ 6.998263939541548
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e287_ -5.033436041032538
 relu_1_10_0_on_binary_indicator_var e288_ 10.066872082065077
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e290_ 5.033436041032538
 relu_1_10_0_off_binary_indicator_var e291_ 5.033436041032538
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e294_ -5.033436041032538
 relu_1_10_1_on_binary_indicator_var e295_ 10.066872082065077
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e297_ 5.033436041032538
 relu_1_10_1_off_binary_indicator_var e298_ 5.033436041032538
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e301_ -5.85589242599091
 relu_1_11_0_on_binary_indicator_var e302_ 11.71178485198182
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e304_ 5.85589242599091
 relu_1_11_0_off_binary_indicator_var e305_ 5.85589242599091
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e308_ -5.85589242599091
 relu_1_11_1_on_binary_indicator_var e309_ 11.71178485198182
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e311_ 5.85589242599091
 relu_1_11_1_off_binary_indicator_var e312_ 5.85589242599091
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e315_ -4.481055976018846
 relu_1_12_0_on_binary_indicator_var e316_ 8.962111952037692
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e318_ 4.481055976018846
 relu_1_12_0_off_binary_indicator_var e319_ 4.481055976018846
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e322_ -4.481055976018846
 relu_1_12_1_on_binary_indicator_var e323_ 8.962111952037692
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e325_ 4.481055976018846
 relu_1_12_1_off_binary_indicator_var e326_ 4.481055976018846
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e329_ -4.223536593655531
 relu_1_13_0_on_binary_indicator_var e330_ 8.447073187311062
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e332_ 4.223536593655531
 relu_1_13_0_off_binary_indicator_var e333_ 4.223536593655531
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e336_ -4.223536593655531
 relu_1_13_1_on_binary_indicator_var e337_ 8.447073187311062
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e339_ 4.223536593655531
 relu_1_13_1_off_binary_indicator_var e340_ 4.223536593655531
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e343_ -7.9411881018315
 relu_1_14_0_on_binary_indicator_var e344_ 15.882376203663
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e346_ 7.9411881018315
 relu_1_14_0_off_binary_indicator_var e347_ 7.9411881018315
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e350_ -7.9411881018315
 relu_1_14_1_on_binary_indicator_var e351_ 15.882376203663
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e353_ 7.9411881018315
 relu_1_14_1_off_binary_indicator_var e354_ 7.9411881018315
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e357_ -4.282407804124144
 relu_1_15_0_on_binary_indicator_var e358_ 8.564815608248288
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e360_ 4.282407804124144
 relu_1_15_0_off_binary_indicator_var e361_ 4.282407804124144
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e364_ -4.282407804124144
 relu_1_15_1_on_binary_indicator_var e365_ 8.564815608248288
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e367_ 4.282407804124144
 relu_1_15_1_off_binary_indicator_var e368_ 4.282407804124144
 relu_1_16_0_on_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_on_binary_indicator_var e371_ -4.634583834742528
 relu_1_16_0_on_binary_indicator_var e372_ 9.269167669485055
 relu_1_16_0_off_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_off_binary_indicator_var e374_ 4.634583834742528
 relu_1_16_0_off_binary_indicator_var e375_ 4.634583834742528
 relu_1_16_1_on_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_on_binary_indicator_var e378_ -4.634583834742528
 relu_1_16_1_on_binary_indicator_var e379_ 9.269167669485055
 relu_1_16_1_off_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_off_binary_indicator_var e381_ 4.634583834742528
 relu_1_16_1_off_binary_indicator_var e382_ 4.634583834742528
 relu_1_17_0_on_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_on_binary_indicator_var e385_ -4.622818643788233
 relu_1_17_0_on_binary_indicator_var e386_ 9.245637287576466
 relu_1_17_0_off_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_off_binary_indicator_var e388_ 4.622818643788233
 relu_1_17_0_off_binary_indicator_var e389_ 4.622818643788233
 relu_1_17_1_on_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_on_binary_indicator_var e392_ -4.622818643788233
 relu_1_17_1_on_binary_indicator_var e393_ 9.245637287576466
 relu_1_17_1_off_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_off_binary_indicator_var e395_ 4.622818643788233
 relu_1_17_1_off_binary_indicator_var e396_ 4.622818643788233
 relu_1_18_0_on_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_on_binary_indicator_var e399_ -6.978700550828476
 relu_1_18_0_on_binary_indicator_var e400_ 13.957401101656952
 relu_1_18_0_off_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_off_binary_indicator_var e402_ 6.978700550828476
 relu_1_18_0_off_binary_indicator_var e403_ 6.978700550828476
 relu_1_18_1_on_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_on_binary_indicator_var e406_ -6.978700550828476
 relu_1_18_1_on_binary_indicator_var e407_ 13.957401101656952
 relu_1_18_1_off_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_off_binary_indicator_var e409_ 6.978700550828476
 relu_1_18_1_off_binary_indicator_var e410_ 6.978700550828476
 relu_1_19_0_on_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_on_binary_indicator_var e413_ -6.235030806621945
 relu_1_19_0_on_binary_indicator_var e414_ 12.47006161324389
 relu_1_19_0_off_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_off_binary_indicator_var e416_ 6.235030806621945
 relu_1_19_0_off_binary_indicator_var e417_ 6.235030806621945
 relu_1_19_1_on_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_on_binary_indicator_var e420_ -6.235030806621945
 relu_1_19_1_on_binary_indicator_var e421_ 12.47006161324389
 relu_1_19_1_off_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_off_binary_indicator_var e423_ 6.235030806621945
 relu_1_19_1_off_binary_indicator_var e424_ 6.235030806621945
 relu_1_20_0_on_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_on_binary_indicator_var e427_ -6.718454730852487
 relu_1_20_0_on_binary_indicator_var e428_ 13.436909461704975
 relu_1_20_0_off_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_off_binary_indicator_var e430_ 6.718454730852487
 relu_1_20_0_off_binary_indicator_var e431_ 6.718454730852487
 relu_1_20_1_on_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_on_binary_indicator_var e434_ -6.718454730852487
 relu_1_20_1_on_binary_indicator_var e435_ 13.436909461704975
 relu_1_20_1_off_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_off_binary_indicator_var e437_ 6.718454730852487
 relu_1_20_1_off_binary_indicator_var e438_ 6.718454730852487
 relu_1_21_0_on_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_on_binary_indicator_var e441_ -6.8226887269065095
 relu_1_21_0_on_binary_indicator_var e442_ 13.645377453813019
 relu_1_21_0_off_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_off_binary_indicator_var e444_ 6.8226887269065095
 relu_1_21_0_off_binary_indicator_var e445_ 6.8226887269065095
 relu_1_21_1_on_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_on_binary_indicator_var e448_ -6.8226887269065095
 relu_1_21_1_on_binary_indicator_var e449_ 13.645377453813019
 relu_1_21_1_off_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_off_binary_indicator_var e451_ 6.8226887269065095
 relu_1_21_1_off_binary_indicator_var e452_ 6.8226887269065095
 relu_1_22_0_on_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_on_binary_indicator_var e455_ -6.631889427894872
 relu_1_22_0_on_binary_indicator_var e456_ 13.263778855789743
 relu_1_22_0_off_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_off_binary_indicator_var e458_ 6.631889427894872
 relu_1_22_0_off_binary_indicator_var e459_ 6.631889427894872
 relu_1_22_1_on_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_on_binary_indicator_var e462_ -6.631889427894872
 relu_1_22_1_on_binary_indicator_var e463_ 13.263778855789743
 relu_1_22_1_off_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_off_binary_indicator_var e465_ 6.631889427894872
 relu_1_22_1_off_binary_indicator_var e466_ 6.631889427894872
 relu_1_23_0_on_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_on_binary_indicator_var e469_ -5.396286998735244
 relu_1_23_0_on_binary_indicator_var e470_ 10.792573997470488
 relu_1_23_0_off_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_off_binary_indicator_var e472_ 5.396286998735244
 relu_1_23_0_off_binary_indicator_var e473_ 5.396286998735244
 relu_1_23_1_on_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_on_binary_indicator_var e476_ -5.396286998735244
 relu_1_23_1_on_binary_indicator_var e477_ 10.792573997470488
 relu_1_23_1_off_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_off_binary_indicator_var e479_ 5.396286998735244
 relu_1_23_1_off_binary_indicator_var e480_ 5.396286998735244
 relu_1_24_0_on_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_on_binary_indicator_var e483_ -6.394092367761281
 relu_1_24_0_on_binary_indicator_var e484_ 12.788184735522561
 relu_1_24_0_off_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_off_binary_indicator_var e486_ 6.394092367761281
 relu_1_24_0_off_binary_indicator_var e487_ 6.394092367761281
 relu_1_24_1_on_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_on_binary_indicator_var e490_ -6.394092367761281
 relu_1_24_1_on_binary_indicator_var e491_ 12.788184735522561
 relu_1_24_1_off_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_off_binary_indicator_var e493_ 6.394092367761281
 relu_1_24_1_off_binary_indicator_var e494_ 6.394092367761281
 relu_1_25_0_on_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_on_binary_indicator_var e497_ -6.260561154684373
 relu_1_25_0_on_binary_indicator_var e498_ 12.521122309368746
 relu_1_25_0_off_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_off_binary_indicator_var e500_ 6.260561154684373
 relu_1_25_0_off_binary_indicator_var e501_ 6.260561154684373
 relu_1_25_1_on_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_on_binary_indicator_var e504_ -6.260561154684373
 relu_1_25_1_on_binary_indicator_var e505_ 12.521122309368746
 relu_1_25_1_off_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_off_binary_indicator_var e507_ 6.260561154684373
 relu_1_25_1_off_binary_indicator_var e508_ 6.260561154684373
 relu_1_26_0_on_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_on_binary_indicator_var e511_ -7.264403459229737
 relu_1_26_0_on_binary_indicator_var e512_ 14.528806918459473
 relu_1_26_0_off_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_off_binary_indicator_var e514_ 7.264403459229737
 relu_1_26_0_off_binary_indicator_var e515_ 7.264403459229737
 relu_1_26_1_on_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_on_binary_indicator_var e518_ -7.264403459229737
 relu_1_26_1_on_binary_indicator_var e519_ 14.528806918459473
 relu_1_26_1_off_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_off_binary_indicator_var e521_ 7.264403459229737
 relu_1_26_1_off_binary_indicator_var e522_ 7.264403459229737
 relu_1_27_0_on_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_on_binary_indicator_var e525_ -4.689817519007568
 relu_1_27_0_on_binary_indicator_var e526_ 9.379635038015136
 relu_1_27_0_off_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_off_binary_indicator_var e528_ 4.689817519007568
 relu_1_27_0_off_binary_indicator_var e529_ 4.689817519007568
 relu_1_27_1_on_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_on_binary_indicator_var e532_ -4.689817519007568
 relu_1_27_1_on_binary_indicator_var e533_ 9.379635038015136
 relu_1_27_1_off_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_off_binary_indicator_var e535_ 4.689817519007568
 relu_1_27_1_off_binary_indicator_var e536_ 4.689817519007568
 relu_1_28_0_on_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_on_binary_indicator_var e539_ -5.834876603928876
 relu_1_28_0_on_binary_indicator_var e540_ 11.669753207857752
 relu_1_28_0_off_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_off_binary_indicator_var e542_ 5.834876603928876
 relu_1_28_0_off_binary_indicator_var e543_ 5.834876603928876
 relu_1_28_1_on_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_on_binary_indicator_var e546_ -5.834876603928876
 relu_1_28_1_on_binary_indicator_var e547_ 11.669753207857752
 relu_1_28_1_off_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_off_binary_indicator_var e549_ 5.834876603928876
 relu_1_28_1_off_binary_indicator_var e550_ 5.834876603928876
 relu_1_29_0_on_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_on_binary_indicator_var e553_ -6.462017653570015
 relu_1_29_0_on_binary_indicator_var e554_ 12.92403530714003
 relu_1_29_0_off_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_off_binary_indicator_var e556_ 6.462017653570015
 relu_1_29_0_off_binary_indicator_var e557_ 6.462017653570015
 relu_1_29_1_on_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_on_binary_indicator_var e560_ -6.462017653570015
 relu_1_29_1_on_binary_indicator_var e561_ 12.92403530714003
 relu_1_29_1_off_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_off_binary_indicator_var e563_ 6.462017653570015
 relu_1_29_1_off_binary_indicator_var e564_ 6.462017653570015
 relu_1_30_0_on_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_on_binary_indicator_var e567_ -6.141677231816878
 relu_1_30_0_on_binary_indicator_var e568_ 12.283354463633756
 relu_1_30_0_off_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_off_binary_indicator_var e570_ 6.141677231816878
 relu_1_30_0_off_binary_indicator_var e571_ 6.141677231816878
 relu_1_30_1_on_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_on_binary_indicator_var e574_ -6.141677231816878
 relu_1_30_1_on_binary_indicator_var e575_ 12.283354463633756
 relu_1_30_1_off_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_off_binary_indicator_var e577_ 6.141677231816878
 relu_1_30_1_off_binary_indicator_var e578_ 6.141677231816878
 relu_1_31_0_on_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_on_binary_indicator_var e581_ -5.920664390112501
 relu_1_31_0_on_binary_indicator_var e582_ 11.841328780225002
 relu_1_31_0_off_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_off_binary_indicator_var e584_ 5.920664390112501
 relu_1_31_0_off_binary_indicator_var e585_ 5.920664390112501
 relu_1_31_1_on_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_on_binary_indicator_var e588_ -5.920664390112501
 relu_1_31_1_on_binary_indicator_var e589_ 11.841328780225002
 relu_1_31_1_off_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_off_binary_indicator_var e591_ 5.920664390112501
 relu_1_31_1_off_binary_indicator_var e592_ 5.920664390112501
 relu_1_32_0_on_binary_indicator_var relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_0_on_binary_indicator_var e595_ -5.728168080018541
 relu_1_32_0_on_binary_indicator_var e596_ 11.456336160037083
 relu_1_32_0_off_binary_indicator_var relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_0_off_binary_indicator_var e598_ 5.728168080018541
 relu_1_32_0_off_binary_indicator_var e599_ 5.728168080018541
 relu_1_32_1_on_binary_indicator_var relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_1_on_binary_indicator_var e602_ -5.728168080018541
 relu_1_32_1_on_binary_indicator_var e603_ 11.456336160037083
 relu_1_32_1_off_binary_indicator_var relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_1_off_binary_indicator_var e605_ 5.728168080018541
 relu_1_32_1_off_binary_indicator_var e606_ 5.728168080018541
 relu_1_33_0_on_binary_indicator_var relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_0_on_binary_indicator_var e609_ -4.169908962997813
 relu_1_33_0_on_binary_indicator_var e610_ 8.339817925995627
 relu_1_33_0_off_binary_indicator_var relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_0_off_binary_indicator_var e612_ 4.169908962997813
 relu_1_33_0_off_binary_indicator_var e613_ 4.169908962997813
 relu_1_33_1_on_binary_indicator_var relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_1_on_binary_indicator_var e616_ -4.169908962997813
 relu_1_33_1_on_binary_indicator_var e617_ 8.339817925995627
 relu_1_33_1_off_binary_indicator_var relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_1_off_binary_indicator_var e619_ 4.169908962997813
 relu_1_33_1_off_binary_indicator_var e620_ 4.169908962997813
 relu_1_34_0_on_binary_indicator_var relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_0_on_binary_indicator_var e623_ -8.664241081038536
 relu_1_34_0_on_binary_indicator_var e624_ 17.328482162077073
 relu_1_34_0_off_binary_indicator_var relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_0_off_binary_indicator_var e626_ 8.664241081038536
 relu_1_34_0_off_binary_indicator_var e627_ 8.664241081038536
 relu_1_34_1_on_binary_indicator_var relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_1_on_binary_indicator_var e630_ -8.664241081038536
 relu_1_34_1_on_binary_indicator_var e631_ 17.328482162077073
 relu_1_34_1_off_binary_indicator_var relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_1_off_binary_indicator_var e633_ 8.664241081038536
 relu_1_34_1_off_binary_indicator_var e634_ 8.664241081038536
 relu_1_35_0_on_binary_indicator_var relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_0_on_binary_indicator_var e637_ -4.786102235995172
 relu_1_35_0_on_binary_indicator_var e638_ 9.572204471990345
 relu_1_35_0_off_binary_indicator_var relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_0_off_binary_indicator_var e640_ 4.786102235995172
 relu_1_35_0_off_binary_indicator_var e641_ 4.786102235995172
 relu_1_35_1_on_binary_indicator_var relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_1_on_binary_indicator_var e644_ -4.786102235995172
 relu_1_35_1_on_binary_indicator_var e645_ 9.572204471990345
 relu_1_35_1_off_binary_indicator_var relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_1_off_binary_indicator_var e647_ 4.786102235995172
 relu_1_35_1_off_binary_indicator_var e648_ 4.786102235995172
 relu_1_36_0_on_binary_indicator_var relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_0_on_binary_indicator_var e651_ -3.1913367882549086
 relu_1_36_0_on_binary_indicator_var e652_ 6.382673576509817
 relu_1_36_0_off_binary_indicator_var relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_0_off_binary_indicator_var e654_ 3.1913367882549086
 relu_1_36_0_off_binary_indicator_var e655_ 3.1913367882549086
 relu_1_36_1_on_binary_indicator_var relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_1_on_binary_indicator_var e658_ -3.1913367882549086
 relu_1_36_1_on_binary_indicator_var e659_ 6.382673576509817
 relu_1_36_1_off_binary_indicator_var relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_1_off_binary_indicator_var e661_ 3.1913367882549086
 relu_1_36_1_off_binary_indicator_var e662_ 3.1913367882549086
 relu_1_37_0_on_binary_indicator_var relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_0_on_binary_indicator_var e665_ -5.22677910814882
 relu_1_37_0_on_binary_indicator_var e666_ 10.45355821629764
 relu_1_37_0_off_binary_indicator_var relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_0_off_binary_indicator_var e668_ 5.22677910814882
 relu_1_37_0_off_binary_indicator_var e669_ 5.22677910814882
 relu_1_37_1_on_binary_indicator_var relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_1_on_binary_indicator_var e672_ -5.22677910814882
 relu_1_37_1_on_binary_indicator_var e673_ 10.45355821629764
 relu_1_37_1_off_binary_indicator_var relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_1_off_binary_indicator_var e675_ 5.22677910814882
 relu_1_37_1_off_binary_indicator_var e676_ 5.22677910814882
 relu_1_38_0_on_binary_indicator_var relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_0_on_binary_indicator_var e679_ -5.673758698670875
 relu_1_38_0_on_binary_indicator_var e680_ 11.34751739734175
 relu_1_38_0_off_binary_indicator_var relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_0_off_binary_indicator_var e682_ 5.673758698670875
 relu_1_38_0_off_binary_indicator_var e683_ 5.673758698670875
 relu_1_38_1_on_binary_indicator_var relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_1_on_binary_indicator_var e686_ -5.673758698670875
 relu_1_38_1_on_binary_indicator_var e687_ 11.34751739734175
 relu_1_38_1_off_binary_indicator_var relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_1_off_binary_indicator_var e689_ 5.673758698670875
 relu_1_38_1_off_binary_indicator_var e690_ 5.673758698670875
 relu_1_39_0_on_binary_indicator_var relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_0_on_binary_indicator_var e693_ -7.902762319994838
 relu_1_39_0_on_binary_indicator_var e694_ 15.805524639989676
 relu_1_39_0_off_binary_indicator_var relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_0_off_binary_indicator_var e696_ 7.902762319994838
 relu_1_39_0_off_binary_indicator_var e697_ 7.902762319994838
 relu_1_39_1_on_binary_indicator_var relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_1_on_binary_indicator_var e700_ -7.902762319994838
 relu_1_39_1_on_binary_indicator_var e701_ 15.805524639989676
 relu_1_39_1_off_binary_indicator_var relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_1_off_binary_indicator_var e703_ 7.902762319994838
 relu_1_39_1_off_binary_indicator_var e704_ 7.902762319994838
 relu_1_40_0_on_binary_indicator_var relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_0_on_binary_indicator_var e707_ -6.938634274205215
 relu_1_40_0_on_binary_indicator_var e708_ 13.87726854841043
 relu_1_40_0_off_binary_indicator_var relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_0_off_binary_indicator_var e710_ 6.938634274205215
 relu_1_40_0_off_binary_indicator_var e711_ 6.938634274205215
 relu_1_40_1_on_binary_indicator_var relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_1_on_binary_indicator_var e714_ -6.938634274205215
 relu_1_40_1_on_binary_indicator_var e715_ 13.87726854841043
 relu_1_40_1_off_binary_indicator_var relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_1_off_binary_indicator_var e717_ 6.938634274205215
 relu_1_40_1_off_binary_indicator_var e718_ 6.938634274205215
 relu_1_41_0_on_binary_indicator_var relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_0_on_binary_indicator_var e721_ -8.719319309755662
 relu_1_41_0_on_binary_indicator_var e722_ 17.438638619511323
 relu_1_41_0_off_binary_indicator_var relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_0_off_binary_indicator_var e724_ 8.719319309755662
 relu_1_41_0_off_binary_indicator_var e725_ 8.719319309755662
 relu_1_41_1_on_binary_indicator_var relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_1_on_binary_indicator_var e728_ -8.719319309755662
 relu_1_41_1_on_binary_indicator_var e729_ 17.438638619511323
 relu_1_41_1_off_binary_indicator_var relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_1_off_binary_indicator_var e731_ 8.719319309755662
 relu_1_41_1_off_binary_indicator_var e732_ 8.719319309755662
 relu_1_42_0_on_binary_indicator_var relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_0_on_binary_indicator_var e735_ -8.069010781871519
 relu_1_42_0_on_binary_indicator_var e736_ 16.138021563743038
 relu_1_42_0_off_binary_indicator_var relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_0_off_binary_indicator_var e738_ 8.069010781871519
 relu_1_42_0_off_binary_indicator_var e739_ 8.069010781871519
 relu_1_42_1_on_binary_indicator_var relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_1_on_binary_indicator_var e742_ -8.069010781871519
 relu_1_42_1_on_binary_indicator_var e743_ 16.138021563743038
 relu_1_42_1_off_binary_indicator_var relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_1_off_binary_indicator_var e745_ 8.069010781871519
 relu_1_42_1_off_binary_indicator_var e746_ 8.069010781871519
 relu_1_43_0_on_binary_indicator_var relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_0_on_binary_indicator_var e749_ -7.8506770042707945
 relu_1_43_0_on_binary_indicator_var e750_ 15.701354008541589
 relu_1_43_0_off_binary_indicator_var relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_0_off_binary_indicator_var e752_ 7.8506770042707945
 relu_1_43_0_off_binary_indicator_var e753_ 7.8506770042707945
 relu_1_43_1_on_binary_indicator_var relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_1_on_binary_indicator_var e756_ -7.8506770042707945
 relu_1_43_1_on_binary_indicator_var e757_ 15.701354008541589
 relu_1_43_1_off_binary_indicator_var relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_1_off_binary_indicator_var e759_ 7.8506770042707945
 relu_1_43_1_off_binary_indicator_var e760_ 7.8506770042707945
 relu_1_44_0_on_binary_indicator_var relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_0_on_binary_indicator_var e763_ -8.175386217260854
 relu_1_44_0_on_binary_indicator_var e764_ 16.35077243452171
 relu_1_44_0_off_binary_indicator_var relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_0_off_binary_indicator_var e766_ 8.175386217260854
 relu_1_44_0_off_binary_indicator_var e767_ 8.175386217260854
 relu_1_44_1_on_binary_indicator_var relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_1_on_binary_indicator_var e770_ -8.175386217260854
 relu_1_44_1_on_binary_indicator_var e771_ 16.35077243452171
 relu_1_44_1_off_binary_indicator_var relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_1_off_binary_indicator_var e773_ 8.175386217260854
 relu_1_44_1_off_binary_indicator_var e774_ 8.175386217260854
 relu_1_45_0_on_binary_indicator_var relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_0_on_binary_indicator_var e777_ -5.054315422411429
 relu_1_45_0_on_binary_indicator_var e778_ 10.108630844822859
 relu_1_45_0_off_binary_indicator_var relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_0_off_binary_indicator_var e780_ 5.054315422411429
 relu_1_45_0_off_binary_indicator_var e781_ 5.054315422411429
 relu_1_45_1_on_binary_indicator_var relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_1_on_binary_indicator_var e784_ -5.054315422411429
 relu_1_45_1_on_binary_indicator_var e785_ 10.108630844822859
 relu_1_45_1_off_binary_indicator_var relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_1_off_binary_indicator_var e787_ 5.054315422411429
 relu_1_45_1_off_binary_indicator_var e788_ 5.054315422411429
 relu_1_46_0_on_binary_indicator_var relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_0_on_binary_indicator_var e791_ -6.417045954474024
 relu_1_46_0_on_binary_indicator_var e792_ 12.834091908948048
 relu_1_46_0_off_binary_indicator_var relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_0_off_binary_indicator_var e794_ 6.417045954474024
 relu_1_46_0_off_binary_indicator_var e795_ 6.417045954474024
 relu_1_46_1_on_binary_indicator_var relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_1_on_binary_indicator_var e798_ -6.417045954474024
 relu_1_46_1_on_binary_indicator_var e799_ 12.834091908948048
 relu_1_46_1_off_binary_indicator_var relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_1_off_binary_indicator_var e801_ 6.417045954474024
 relu_1_46_1_off_binary_indicator_var e802_ 6.417045954474024
 relu_1_47_0_on_binary_indicator_var relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_0_on_binary_indicator_var e805_ -6.944399324947062
 relu_1_47_0_on_binary_indicator_var e806_ 13.888798649894124
 relu_1_47_0_off_binary_indicator_var relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_0_off_binary_indicator_var e808_ 6.944399324947062
 relu_1_47_0_off_binary_indicator_var e809_ 6.944399324947062
 relu_1_47_1_on_binary_indicator_var relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_1_on_binary_indicator_var e812_ -6.944399324947062
 relu_1_47_1_on_binary_indicator_var e813_ 13.888798649894124
 relu_1_47_1_off_binary_indicator_var relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_1_off_binary_indicator_var e815_ 6.944399324947062
 relu_1_47_1_off_binary_indicator_var e816_ 6.944399324947062
 M441 'MARKER' 'INTEND'
RHS
 rhs obj -19.394712738769016
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e147_ -7.5055558674558025
 rhs e148_ 15.011111734911605
 rhs e150_ 7.5055558674558025
 rhs e151_ 7.5055558674558025
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e154_ -7.5055558674558025
 rhs e155_ 15.011111734911605
 rhs e157_ 7.5055558674558025
 rhs e158_ 7.5055558674558025
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e161_ -8.127994658504527
 rhs e162_ 16.255989317009053
 rhs e164_ 8.127994658504527
 rhs e165_ 8.127994658504527
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e168_ -8.127994658504527
 rhs e169_ 16.255989317009053
 rhs e171_ 8.127994658504527
 rhs e172_ 8.127994658504527
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e175_ -7.176419226746878
 rhs e176_ 14.352838453493757
 rhs e178_ 7.176419226746878
 rhs e179_ 7.176419226746878
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e182_ -7.176419226746878
 rhs e183_ 14.352838453493757
 rhs e185_ 7.176419226746878
 rhs e186_ 7.176419226746878
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e189_ -7.125139810483965
 rhs e190_ 14.25027962096793
 rhs e192_ 7.125139810483965
 rhs e193_ 7.125139810483965
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e196_ -7.125139810483965
 rhs e197_ 14.25027962096793
 rhs e199_ 7.125139810483965
 rhs e200_ 7.125139810483965
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e203_ -4.450495978270242
 rhs e204_ 8.900991956540484
 rhs e206_ 4.450495978270242
 rhs e207_ 4.450495978270242
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e210_ -4.450495978270242
 rhs e211_ 8.900991956540484
 rhs e213_ 4.450495978270242
 rhs e214_ 4.450495978270242
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e217_ -6.293958645941272
 rhs e218_ 12.587917291882544
 rhs e220_ 6.293958645941272
 rhs e221_ 6.293958645941272
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e224_ -6.293958645941272
 rhs e225_ 12.587917291882544
 rhs e227_ 6.293958645941272
 rhs e228_ 6.293958645941272
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e231_ -6.278046829164398
 rhs e232_ 12.556093658328797
 rhs e234_ 6.278046829164398
 rhs e235_ 6.278046829164398
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e238_ -6.278046829164398
 rhs e239_ 12.556093658328797
 rhs e241_ 6.278046829164398
 rhs e242_ 6.278046829164398
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e245_ -4.575447738333024
 rhs e246_ 9.150895476666047
 rhs e248_ 4.575447738333024
 rhs e249_ 4.575447738333024
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e252_ -4.575447738333024
 rhs e253_ 9.150895476666047
 rhs e255_ 4.575447738333024
 rhs e256_ 4.575447738333024
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e259_ -6.681194289163965
 rhs e260_ 13.36238857832793
 rhs e262_ 6.681194289163965
 rhs e263_ 6.681194289163965
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e266_ -6.681194289163965
 rhs e267_ 13.36238857832793
 rhs e269_ 6.681194289163965
 rhs e270_ 6.681194289163965
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e273_ -6.998263939541548
 rhs e274_ 13.996527879083096
 rhs e276_ 6.998263939541548
 rhs e277_ 6.998263939541548
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e280_ -6.998263939541548
 rhs e281_ 13.996527879083096
 rhs e283_ 6.998263939541548
 rhs e284_ 6.998263939541548
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e287_ -5.033436041032538
 rhs e288_ 10.066872082065077
 rhs e290_ 5.033436041032538
 rhs e291_ 5.033436041032538
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e294_ -5.033436041032538
 rhs e295_ 10.066872082065077
 rhs e297_ 5.033436041032538
 rhs e298_ 5.033436041032538
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e301_ -5.85589242599091
 rhs e302_ 11.71178485198182
 rhs e304_ 5.85589242599091
 rhs e305_ 5.85589242599091
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e308_ -5.85589242599091
 rhs e309_ 11.71178485198182
 rhs e311_ 5.85589242599091
 rhs e312_ 5.85589242599091
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e315_ -4.481055976018846
 rhs e316_ 8.962111952037692
 rhs e318_ 4.481055976018846
 rhs e319_ 4.481055976018846
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e322_ -4.481055976018846
 rhs e323_ 8.962111952037692
 rhs e325_ 4.481055976018846
 rhs e326_ 4.481055976018846
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e329_ -4.223536593655531
 rhs e330_ 8.447073187311062
 rhs e332_ 4.223536593655531
 rhs e333_ 4.223536593655531
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e336_ -4.223536593655531
 rhs e337_ 8.447073187311062
 rhs e339_ 4.223536593655531
 rhs e340_ 4.223536593655531
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e343_ -7.9411881018315
 rhs e344_ 15.882376203663
 rhs e346_ 7.9411881018315
 rhs e347_ 7.9411881018315
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e350_ -7.9411881018315
 rhs e351_ 15.882376203663
 rhs e353_ 7.9411881018315
 rhs e354_ 7.9411881018315
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e357_ -4.282407804124144
 rhs e358_ 8.564815608248288
 rhs e360_ 4.282407804124144
 rhs e361_ 4.282407804124144
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e364_ -4.282407804124144
 rhs e365_ 8.564815608248288
 rhs e367_ 4.282407804124144
 rhs e368_ 4.282407804124144
 rhs relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e371_ -4.634583834742528
 rhs e372_ 9.269167669485055
 rhs e374_ 4.634583834742528
 rhs e375_ 4.634583834742528
 rhs relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e378_ -4.634583834742528
 rhs e379_ 9.269167669485055
 rhs e381_ 4.634583834742528
 rhs e382_ 4.634583834742528
 rhs relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e385_ -4.622818643788233
 rhs e386_ 9.245637287576466
 rhs e388_ 4.622818643788233
 rhs e389_ 4.622818643788233
 rhs relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e392_ -4.622818643788233
 rhs e393_ 9.245637287576466
 rhs e395_ 4.622818643788233
 rhs e396_ 4.622818643788233
 rhs relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e399_ -6.978700550828476
 rhs e400_ 13.957401101656952
 rhs e402_ 6.978700550828476
 rhs e403_ 6.978700550828476
 rhs relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e406_ -6.978700550828476
 rhs e407_ 13.957401101656952
 rhs e409_ 6.978700550828476
 rhs e410_ 6.978700550828476
 rhs relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e413_ -6.235030806621945
 rhs e414_ 12.47006161324389
 rhs e416_ 6.235030806621945
 rhs e417_ 6.235030806621945
 rhs relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e420_ -6.235030806621945
 rhs e421_ 12.47006161324389
 rhs e423_ 6.235030806621945
 rhs e424_ 6.235030806621945
 rhs relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e427_ -6.718454730852487
 rhs e428_ 13.436909461704975
 rhs e430_ 6.718454730852487
 rhs e431_ 6.718454730852487
 rhs relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e434_ -6.718454730852487
 rhs e435_ 13.436909461704975
 rhs e437_ 6.718454730852487
 rhs e438_ 6.718454730852487
 rhs relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e441_ -6.8226887269065095
 rhs e442_ 13.645377453813019
 rhs e444_ 6.8226887269065095
 rhs e445_ 6.8226887269065095
 rhs relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e448_ -6.8226887269065095
 rhs e449_ 13.645377453813019
 rhs e451_ 6.8226887269065095
 rhs e452_ 6.8226887269065095
 rhs relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e455_ -6.631889427894872
 rhs e456_ 13.263778855789743
 rhs e458_ 6.631889427894872
 rhs e459_ 6.631889427894872
 rhs relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e462_ -6.631889427894872
 rhs e463_ 13.263778855789743
 rhs e465_ 6.631889427894872
 rhs e466_ 6.631889427894872
 rhs relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e469_ -5.396286998735244
 rhs e470_ 10.792573997470488
 rhs e472_ 5.396286998735244
 rhs e473_ 5.396286998735244
 rhs relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e476_ -5.396286998735244
 rhs e477_ 10.792573997470488
 rhs e479_ 5.396286998735244
 rhs e480_ 5.396286998735244
 rhs relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e483_ -6.394092367761281
 rhs e484_ 12.788184735522561
 rhs e486_ 6.394092367761281
 rhs e487_ 6.394092367761281
 rhs relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e490_ -6.394092367761281
 rhs e491_ 12.788184735522561
 rhs e493_ 6.394092367761281
 rhs e494_ 6.394092367761281
 rhs relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e497_ -6.260561154684373
 rhs e498_ 12.521122309368746
 rhs e500_ 6.260561154684373
 rhs e501_ 6.260561154684373
 rhs relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e504_ -6.260561154684373
 rhs e505_ 12.521122309368746
 rhs e507_ 6.260561154684373
 rhs e508_ 6.260561154684373
 rhs relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e511_ -7.264403459229737
 rhs e512_ 14.528806918459473
 rhs e514_ 7.264403459229737
 rhs e515_ 7.264403459229737
 rhs relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e518_ -7.264403459229737
 rhs e519_ 14.528806918459473
 rhs e521_ 7.264403459229737
 rhs e522_ 7.264403459229737
 rhs relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e525_ -4.689817519007568
 rhs e526_ 9.379635038015136
 rhs e528_ 4.689817519007568
 rhs e529_ 4.689817519007568
 rhs relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e532_ -4.689817519007568
 rhs e533_ 9.379635038015136
 rhs e535_ 4.689817519007568
 rhs e536_ 4.689817519007568
 rhs relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e539_ -5.834876603928876
 rhs e540_ 11.669753207857752
 rhs e542_ 5.834876603928876
 rhs e543_ 5.834876603928876
 rhs relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e546_ -5.834876603928876
 rhs e547_ 11.669753207857752
 rhs e549_ 5.834876603928876
 rhs e550_ 5.834876603928876
 rhs relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e553_ -6.462017653570015
 rhs e554_ 12.92403530714003
 rhs e556_ 6.462017653570015
 rhs e557_ 6.462017653570015
 rhs relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e560_ -6.462017653570015
 rhs e561_ 12.92403530714003
 rhs e563_ 6.462017653570015
 rhs e564_ 6.462017653570015
 rhs relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e567_ -6.141677231816878
 rhs e568_ 12.283354463633756
 rhs e570_ 6.141677231816878
 rhs e571_ 6.141677231816878
 rhs relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e574_ -6.141677231816878
 rhs e575_ 12.283354463633756
 rhs e577_ 6.141677231816878
 rhs e578_ 6.141677231816878
 rhs relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e581_ -5.920664390112501
 rhs e582_ 11.841328780225002
 rhs e584_ 5.920664390112501
 rhs e585_ 5.920664390112501
 rhs relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e588_ -5.920664390112501
 rhs e589_ 11.841328780225002
 rhs e591_ 5.920664390112501
 rhs e592_ 5.920664390112501
 rhs relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e595_ -5.728168080018541
 rhs e596_ 11.456336160037083
 rhs e598_ 5.728168080018541
 rhs e599_ 5.728168080018541
 rhs relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e602_ -5.728168080018541
 rhs e603_ 11.456336160037083
 rhs e605_ 5.728168080018541
 rhs e606_ 5.728168080018541
 rhs relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e609_ -4.169908962997813
 rhs e610_ 8.339817925995627
 rhs e612_ 4.169908962997813
 rhs e613_ 4.169908962997813
 rhs relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e616_ -4.169908962997813
 rhs e617_ 8.339817925995627
 rhs e619_ 4.169908962997813
 rhs e620_ 4.169908962997813
 rhs relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e623_ -8.664241081038536
 rhs e624_ 17.328482162077073
 rhs e626_ 8.664241081038536
 rhs e627_ 8.664241081038536
 rhs relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e630_ -8.664241081038536
 rhs e631_ 17.328482162077073
 rhs e633_ 8.664241081038536
 rhs e634_ 8.664241081038536
 rhs relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e637_ -4.786102235995172
 rhs e638_ 9.572204471990345
 rhs e640_ 4.786102235995172
 rhs e641_ 4.786102235995172
 rhs relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e644_ -4.786102235995172
 rhs e645_ 9.572204471990345
 rhs e647_ 4.786102235995172
 rhs e648_ 4.786102235995172
 rhs relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e651_ -3.1913367882549086
 rhs e652_ 6.382673576509817
 rhs e654_ 3.1913367882549086
 rhs e655_ 3.1913367882549086
 rhs relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e658_ -3.1913367882549086
 rhs e659_ 6.382673576509817
 rhs e661_ 3.1913367882549086
 rhs e662_ 3.1913367882549086
 rhs relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e665_ -5.22677910814882
 rhs e666_ 10.45355821629764
 rhs e668_ 5.22677910814882
 rhs e669_ 5.22677910814882
 rhs relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e672_ -5.22677910814882
 rhs e673_ 10.45355821629764
 rhs e675_ 5.22677910814882
 rhs e676_ 5.22677910814882
 rhs relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e679_ -5.673758698670875
 rhs e680_ 11.34751739734175
 rhs e682_ 5.673758698670875
 rhs e683_ 5.673758698670875
 rhs relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e686_ -5.673758698670875
 rhs e687_ 11.34751739734175
 rhs e689_ 5.673758698670875
 rhs e690_ 5.673758698670875
 rhs relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e693_ -7.902762319994838
 rhs e694_ 15.805524639989676
 rhs e696_ 7.902762319994838
 rhs e697_ 7.902762319994838
 rhs relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e700_ -7.902762319994838
 rhs e701_ 15.805524639989676
 rhs e703_ 7.902762319994838
 rhs e704_ 7.902762319994838
 rhs relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e707_ -6.938634274205215
 rhs e708_ 13.87726854841043
 rhs e710_ 6.938634274205215
 rhs e711_ 6.938634274205215
 rhs relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e714_ -6.938634274205215
 rhs e715_ 13.87726854841043
 rhs e717_ 6.938634274205215
 rhs e718_ 6.938634274205215
 rhs relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e721_ -8.719319309755662
 rhs e722_ 17.438638619511323
 rhs e724_ 8.719319309755662
 rhs e725_ 8.719319309755662
 rhs relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e728_ -8.719319309755662
 rhs e729_ 17.438638619511323
 rhs e731_ 8.719319309755662
 rhs e732_ 8.719319309755662
 rhs relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e735_ -8.069010781871519
 rhs e736_ 16.138021563743038
 rhs e738_ 8.069010781871519
 rhs e739_ 8.069010781871519
 rhs relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e742_ -8.069010781871519
 rhs e743_ 16.138021563743038
 rhs e745_ 8.069010781871519
 rhs e746_ 8.069010781871519
 rhs relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e749_ -7.8506770042707945
 rhs e750_ 15.701354008541589
 rhs e752_ 7.8506770042707945
 rhs e753_ 7.8506770042707945
 rhs relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e756_ -7.8506770042707945
 rhs e757_ 15.701354008541589
 rhs e759_ 7.8506770042707945
 rhs e760_ 7.8506770042707945
 rhs relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e763_ -8.175386217260854
 rhs e764_ 16.35077243452171
 rhs e766_ 8.175386217260854
 rhs e767_ 8.175386217260854
 rhs relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e770_ -8.175386217260854
 rhs e771_ 16.35077243452171
 rhs e773_ 8.175386217260854
 rhs e774_ 8.175386217260854
 rhs relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e777_ -5.054315422411429
 rhs e778_ 10.108630844822859
 rhs e780_ 5.054315422411429
 rhs e781_ 5.054315422411429
 rhs relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e784_ -5.054315422411429
 rhs e785_ 10.108630844822859
 rhs e787_ 5.054315422411429
 rhs e788_ 5.054315422411429
 rhs relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e791_ -6.417045954474024
 rhs e792_ 12.834091908948048
 rhs e794_ 6.417045954474024
 rhs e795_ 6.417045954474024
 rhs relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e798_ -6.417045954474024
 rhs e799_ 12.834091908948048
 rhs e801_ 6.417045954474024
 rhs e802_ 6.417045954474024
 rhs relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e805_ -6.944399324947062
 rhs e806_ 13.888798649894124
 rhs e808_ 6.944399324947062
 rhs e809_ 6.944399324947062
 rhs relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e812_ -6.944399324947062
 rhs e813_ 13.888798649894124
 rhs e815_ 6.944399324947062
 rhs e816_ 6.944399324947062
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
 LO bnd pre_1_32_0 -5.728168080018541
 UP bnd pre_1_32_0 5.728168080018541
 LO bnd pre_1_32_1 -5.728168080018541
 UP bnd pre_1_32_1 5.728168080018541
 LO bnd pre_1_33_0 -4.169908962997813
 UP bnd pre_1_33_0 4.169908962997813
 LO bnd pre_1_33_1 -4.169908962997813
 UP bnd pre_1_33_1 4.169908962997813
 LO bnd pre_1_34_0 -8.664241081038536
 UP bnd pre_1_34_0 8.664241081038536
 LO bnd pre_1_34_1 -8.664241081038536
 UP bnd pre_1_34_1 8.664241081038536
 LO bnd pre_1_35_0 -4.786102235995172
 UP bnd pre_1_35_0 4.786102235995172
 LO bnd pre_1_35_1 -4.786102235995172
 UP bnd pre_1_35_1 4.786102235995172
 LO bnd pre_1_36_0 -3.1913367882549086
 UP bnd pre_1_36_0 3.1913367882549086
 LO bnd pre_1_36_1 -3.1913367882549086
 UP bnd pre_1_36_1 3.1913367882549086
 LO bnd pre_1_37_0 -5.22677910814882
 UP bnd pre_1_37_0 5.22677910814882
 LO bnd pre_1_37_1 -5.22677910814882
 UP bnd pre_1_37_1 5.22677910814882
 LO bnd pre_1_38_0 -5.673758698670875
 UP bnd pre_1_38_0 5.673758698670875
 LO bnd pre_1_38_1 -5.673758698670875
 UP bnd pre_1_38_1 5.673758698670875
 LO bnd pre_1_39_0 -7.902762319994838
 UP bnd pre_1_39_0 7.902762319994838
 LO bnd pre_1_39_1 -7.902762319994838
 UP bnd pre_1_39_1 7.902762319994838
 LO bnd pre_1_40_0 -6.938634274205215
 UP bnd pre_1_40_0 6.938634274205215
 LO bnd pre_1_40_1 -6.938634274205215
 UP bnd pre_1_40_1 6.938634274205215
 LO bnd pre_1_41_0 -8.719319309755662
 UP bnd pre_1_41_0 8.719319309755662
 LO bnd pre_1_41_1 -8.719319309755662
 UP bnd pre_1_41_1 8.719319309755662
 LO bnd pre_1_42_0 -8.069010781871519
 UP bnd pre_1_42_0 8.069010781871519
 LO bnd pre_1_42_1 -8.069010781871519
 UP bnd pre_1_42_1 8.069010781871519
 LO bnd pre_1_43_0 -7.8506770042707945
 UP bnd pre_1_43_0 7.8506770042707945
 LO bnd pre_1_43_1 -7.8506770042707945
 UP bnd pre_1_43_1 7.8506770042707945
 LO bnd pre_1_44_0 -8.175386217260854
 UP bnd pre_1_44_0 8.175386217260854
 LO bnd pre_1_44_1 -8.175386217260854
 UP bnd pre_1_44_1 8.175386217260854
 LO bnd pre_1_45_0 -5.054315422411429
 UP bnd pre_1_45_0 5.054315422411429
 LO bnd pre_1_45_1 -5.054315422411429
 UP bnd pre_1_45_1 5.054315422411429
 LO bnd pre_1_46_0 -6.417045954474024
 UP bnd pre_1_46_0 6.417045954474024
 LO bnd pre_1_46_1 -6.417045954474024
 UP bnd pre_1_46_1 6.417045954474024
 LO bnd pre_1_47_0 -6.944399324947062
 UP bnd pre_1_47_0 6.944399324947062
 LO bnd pre_1_47_1 -6.944399324947062
 UP bnd pre_1_47_1 6.944399324947062
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
 LO bnd post_1_32_0 0
 UP bnd post_1_32_0 5.728168080018541
 LO bnd post_1_32_1 0
 UP bnd post_1_32_1 5.728168080018541
 LO bnd post_1_33_0 0
 UP bnd post_1_33_0 4.169908962997813
 LO bnd post_1_33_1 0
 UP bnd post_1_33_1 4.169908962997813
 LO bnd post_1_34_0 0
 UP bnd post_1_34_0 8.664241081038536
 LO bnd post_1_34_1 0
 UP bnd post_1_34_1 8.664241081038536
 LO bnd post_1_35_0 0
 UP bnd post_1_35_0 4.786102235995172
 LO bnd post_1_35_1 0
 UP bnd post_1_35_1 4.786102235995172
 LO bnd post_1_36_0 0
 UP bnd post_1_36_0 3.1913367882549086
 LO bnd post_1_36_1 0
 UP bnd post_1_36_1 3.1913367882549086
 LO bnd post_1_37_0 0
 UP bnd post_1_37_0 5.22677910814882
 LO bnd post_1_37_1 0
 UP bnd post_1_37_1 5.22677910814882
 LO bnd post_1_38_0 0
 UP bnd post_1_38_0 5.673758698670875
 LO bnd post_1_38_1 0
 UP bnd post_1_38_1 5.673758698670875
 LO bnd post_1_39_0 0
 UP bnd post_1_39_0 7.902762319994838
 LO bnd post_1_39_1 0
 UP bnd post_1_39_1 7.902762319994838
 LO bnd post_1_40_0 0
 UP bnd post_1_40_0 6.938634274205215
 LO bnd post_1_40_1 0
 UP bnd post_1_40_1 6.938634274205215
 LO bnd post_1_41_0 0
 UP bnd post_1_41_0 8.719319309755662
 LO bnd post_1_41_1 0
 UP bnd post_1_41_1 8.719319309755662
 LO bnd post_1_42_0 0
 UP bnd post_1_42_0 8.069010781871519
 LO bnd post_1_42_1 0
 UP bnd post_1_42_1 8.069010781871519
 LO bnd post_1_43_0 0
 UP bnd post_1_43_0 7.8506770042707945
 LO bnd post_1_43_1 0
 UP bnd post_1_43_1 7.8506770042707945
 LO bnd post_1_44_0 0
 UP bnd post_1_44_0 8.175386217260854
 LO bnd post_1_44_1 0
 UP bnd post_1_44_1 8.175386217260854
 LO bnd post_1_45_0 0
 UP bnd post_1_45_0 5.054315422411429
 LO bnd post_1_45_1 0
 UP bnd post_1_45_1 5.054315422411429
 LO bnd post_1_46_0 0
 UP bnd post_1_46_0 6.417045954474024
 LO bnd post_1_46_1 0
 UP bnd post_1_46_1 6.417045954474024
 LO bnd post_1_47_0 0
 UP bnd post_1_47_0 6.944399324947062
 LO bnd post_1_47_1 0
 UP bnd post_1_47_1 6.944399324947062
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
 LO bnd out_32_0 -37.36900848011125
 UP bnd out_32_0 37.36900848011125
 LO bnd out_33_0 -28.019453777986882
 UP bnd out_33_0 28.019453777986882
 LO bnd out_34_0 -54.98544648623122
 UP bnd out_34_0 54.98544648623122
 LO bnd out_35_0 -31.716613415971032
 UP bnd out_35_0 31.716613415971032
 LO bnd out_36_0 -22.148020729529453
 UP bnd out_36_0 22.148020729529453
 LO bnd out_37_0 -34.360674648892925
 UP bnd out_37_0 34.360674648892925
 LO bnd out_38_0 -37.042552192025255
 UP bnd out_38_0 37.042552192025255
 LO bnd out_39_0 -50.416573919969025
 UP bnd out_39_0 50.416573919969025
 LO bnd out_40_0 -44.631805645231296
 UP bnd out_40_0 44.631805645231296
 LO bnd out_41_0 -55.31591585853397
 UP bnd out_41_0 55.31591585853397
 LO bnd out_42_0 -51.414064691229115
 UP bnd out_42_0 51.414064691229115
 LO bnd out_43_0 -50.10406202562477
 UP bnd out_43_0 50.10406202562477
 LO bnd out_44_0 -52.052317303565125
 UP bnd out_44_0 52.052317303565125
 LO bnd out_45_0 -33.32589253446858
 UP bnd out_45_0 33.32589253446858
 LO bnd out_46_0 -41.50227572684415
 UP bnd out_46_0 41.50227572684415
 LO bnd out_47_0 -44.66639594968237
 UP bnd out_47_0 44.66639594968237
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
 BV bnd relu_1_32_0_on_binary_indicator_var
 BV bnd relu_1_32_0_off_binary_indicator_var
 BV bnd relu_1_32_1_on_binary_indicator_var
 BV bnd relu_1_32_1_off_binary_indicator_var
 BV bnd relu_1_33_0_on_binary_indicator_var
 BV bnd relu_1_33_0_off_binary_indicator_var
 BV bnd relu_1_33_1_on_binary_indicator_var
 BV bnd relu_1_33_1_off_binary_indicator_var
 BV bnd relu_1_34_0_on_binary_indicator_var
 BV bnd relu_1_34_0_off_binary_indicator_var
 BV bnd relu_1_34_1_on_binary_indicator_var
 BV bnd relu_1_34_1_off_binary_indicator_var
 BV bnd relu_1_35_0_on_binary_indicator_var
 BV bnd relu_1_35_0_off_binary_indicator_var
 BV bnd relu_1_35_1_on_binary_indicator_var
 BV bnd relu_1_35_1_off_binary_indicator_var
 BV bnd relu_1_36_0_on_binary_indicator_var
 BV bnd relu_1_36_0_off_binary_indicator_var
 BV bnd relu_1_36_1_on_binary_indicator_var
 BV bnd relu_1_36_1_off_binary_indicator_var
 BV bnd relu_1_37_0_on_binary_indicator_var
 BV bnd relu_1_37_0_off_binary_indicator_var
 BV bnd relu_1_37_1_on_binary_indicator_var
 BV bnd relu_1_37_1_off_binary_indicator_var
 BV bnd relu_1_38_0_on_binary_indicator_var
 BV bnd relu_1_38_0_off_binary_indicator_var
 BV bnd relu_1_38_1_on_binary_indicator_var
 BV bnd relu_1_38_1_off_binary_indicator_var
 BV bnd relu_1_39_0_on_binary_indicator_var
 BV bnd relu_1_39_0_off_binary_indicator_var
 BV bnd relu_1_39_1_on_binary_indicator_var
 BV bnd relu_1_39_1_off_binary_indicator_var
 BV bnd relu_1_40_0_on_binary_indicator_var
 BV bnd relu_1_40_0_off_binary_indicator_var
 BV bnd relu_1_40_1_on_binary_indicator_var
 BV bnd relu_1_40_1_off_binary_indicator_var
 BV bnd relu_1_41_0_on_binary_indicator_var
 BV bnd relu_1_41_0_off_binary_indicator_var
 BV bnd relu_1_41_1_on_binary_indicator_var
 BV bnd relu_1_41_1_off_binary_indicator_var
 BV bnd relu_1_42_0_on_binary_indicator_var
 BV bnd relu_1_42_0_off_binary_indicator_var
 BV bnd relu_1_42_1_on_binary_indicator_var
 BV bnd relu_1_42_1_off_binary_indicator_var
 BV bnd relu_1_43_0_on_binary_indicator_var
 BV bnd relu_1_43_0_off_binary_indicator_var
 BV bnd relu_1_43_1_on_binary_indicator_var
 BV bnd relu_1_43_1_off_binary_indicator_var
 BV bnd relu_1_44_0_on_binary_indicator_var
 BV bnd relu_1_44_0_off_binary_indicator_var
 BV bnd relu_1_44_1_on_binary_indicator_var
 BV bnd relu_1_44_1_off_binary_indicator_var
 BV bnd relu_1_45_0_on_binary_indicator_var
 BV bnd relu_1_45_0_off_binary_indicator_var
 BV bnd relu_1_45_1_on_binary_indicator_var
 BV bnd relu_1_45_1_off_binary_indicator_var
 BV bnd relu_1_46_0_on_binary_indicator_var
 BV bnd relu_1_46_0_off_binary_indicator_var
 BV bnd relu_1_46_1_on_binary_indicator_var
 BV bnd relu_1_46_1_off_binary_indicator_var
 BV bnd relu_1_47_0_on_binary_indicator_var
 BV bnd relu_1_47_0_off_binary_indicator_var
 BV bnd relu_1_47_1_on_binary_indicator_var
 BV bnd relu_1_47_1_off_binary_indicator_var
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
 out_32_0 out_32_0 2
 out_33_0 out_33_0 2
 out_34_0 out_34_0 2
 out_35_0 out_35_0 2
 out_36_0 out_36_0 2
 out_37_0 out_37_0 2
 out_38_0 out_38_0 2
 out_39_0 out_39_0 2
 out_40_0 out_40_0 2
 out_41_0 out_41_0 2
 out_42_0 out_42_0 2
 out_43_0 out_43_0 2
 out_44_0 out_44_0 2
 out_45_0 out_45_0 2
 out_46_0 out_46_0 2
 out_47_0 out_47_0 2
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
QCMATRIX out_definition_32_0
 w_2_0_0 post_1_32_0 -0.5
 post_1_32_0 w_2_0_0 -0.5
 w_2_0_1 post_1_32_1 -0.5
 post_1_32_1 w_2_0_1 -0.5
QCMATRIX out_definition_33_0
 w_2_0_0 post_1_33_0 -0.5
 post_1_33_0 w_2_0_0 -0.5
 w_2_0_1 post_1_33_1 -0.5
 post_1_33_1 w_2_0_1 -0.5
QCMATRIX out_definition_34_0
 w_2_0_0 post_1_34_0 -0.5
 post_1_34_0 w_2_0_0 -0.5
 w_2_0_1 post_1_34_1 -0.5
 post_1_34_1 w_2_0_1 -0.5
QCMATRIX out_definition_35_0
 w_2_0_0 post_1_35_0 -0.5
 post_1_35_0 w_2_0_0 -0.5
 w_2_0_1 post_1_35_1 -0.5
 post_1_35_1 w_2_0_1 -0.5
QCMATRIX out_definition_36_0
 w_2_0_0 post_1_36_0 -0.5
 post_1_36_0 w_2_0_0 -0.5
 w_2_0_1 post_1_36_1 -0.5
 post_1_36_1 w_2_0_1 -0.5
QCMATRIX out_definition_37_0
 w_2_0_0 post_1_37_0 -0.5
 post_1_37_0 w_2_0_0 -0.5
 w_2_0_1 post_1_37_1 -0.5
 post_1_37_1 w_2_0_1 -0.5
QCMATRIX out_definition_38_0
 w_2_0_0 post_1_38_0 -0.5
 post_1_38_0 w_2_0_0 -0.5
 w_2_0_1 post_1_38_1 -0.5
 post_1_38_1 w_2_0_1 -0.5
QCMATRIX out_definition_39_0
 w_2_0_0 post_1_39_0 -0.5
 post_1_39_0 w_2_0_0 -0.5
 w_2_0_1 post_1_39_1 -0.5
 post_1_39_1 w_2_0_1 -0.5
QCMATRIX out_definition_40_0
 w_2_0_0 post_1_40_0 -0.5
 post_1_40_0 w_2_0_0 -0.5
 w_2_0_1 post_1_40_1 -0.5
 post_1_40_1 w_2_0_1 -0.5
QCMATRIX out_definition_41_0
 w_2_0_0 post_1_41_0 -0.5
 post_1_41_0 w_2_0_0 -0.5
 w_2_0_1 post_1_41_1 -0.5
 post_1_41_1 w_2_0_1 -0.5
QCMATRIX out_definition_42_0
 w_2_0_0 post_1_42_0 -0.5
 post_1_42_0 w_2_0_0 -0.5
 w_2_0_1 post_1_42_1 -0.5
 post_1_42_1 w_2_0_1 -0.5
QCMATRIX out_definition_43_0
 w_2_0_0 post_1_43_0 -0.5
 post_1_43_0 w_2_0_0 -0.5
 w_2_0_1 post_1_43_1 -0.5
 post_1_43_1 w_2_0_1 -0.5
QCMATRIX out_definition_44_0
 w_2_0_0 post_1_44_0 -0.5
 post_1_44_0 w_2_0_0 -0.5
 w_2_0_1 post_1_44_1 -0.5
 post_1_44_1 w_2_0_1 -0.5
QCMATRIX out_definition_45_0
 w_2_0_0 post_1_45_0 -0.5
 post_1_45_0 w_2_0_0 -0.5
 w_2_0_1 post_1_45_1 -0.5
 post_1_45_1 w_2_0_1 -0.5
QCMATRIX out_definition_46_0
 w_2_0_0 post_1_46_0 -0.5
 post_1_46_0 w_2_0_0 -0.5
 w_2_0_1 post_1_46_1 -0.5
 post_1_46_1 w_2_0_1 -0.5
QCMATRIX out_definition_47_0
 w_2_0_0 post_1_47_0 -0.5
 post_1_47_0 w_2_0_0 -0.5
 w_2_0_1 post_1_47_1 -0.5
 post_1_47_1 w_2_0_1 -0.5
ENDATA
