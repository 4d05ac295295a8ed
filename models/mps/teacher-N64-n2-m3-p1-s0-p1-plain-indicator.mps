* teacher-N64-n2-m3-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N64-n2-m3-p1-s0, problem 1, plain-indicator; {"hidden": [3], "bound": 3.0, "loss": "squared"})
NAME teacher-N64-n2-m3-p1-s0-p1-plain-indicator
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
 E pre_definition_1_20_0
 E pre_definition_1_20_1
 E pre_definition_1_20_2
 E pre_definition_1_21_0
 E pre_definition_1_21_1
 E pre_definition_1_21_2
 E pre_definition_1_22_0
 E pre_definition_1_22_1
 E pre_definition_1_22_2
 E pre_definition_1_23_0
 E pre_definition_1_23_1
 E pre_definition_1_23_2
 E pre_definition_1_24_0
 E pre_definition_1_24_1
 E pre_definition_1_24_2
 E pre_definition_1_25_0
 E pre_definition_1_25_1
 E pre_definition_1_25_2
 E pre_definition_1_26_0
 E pre_definition_1_26_1
 E pre_definition_1_26_2
 E pre_definition_1_27_0
 E pre_definition_1_27_1
 E pre_definition_1_27_2
 E pre_definition_1_28_0
 E pre_definition_1_28_1
 E pre_definition_1_28_2
 E pre_definition_1_29_0
 E pre_definition_1_29_1
 E pre_definition_1_29_2
 E pre_definition_1_30_0
 E pre_definition_1_30_1
 E pre_definition_1_30_2
 E pre_definition_1_31_0
 E pre_definition_1_31_1
 E pre_definition_1_31_2
 E pre_definition_1_32_0
 E pre_definition_1_32_1
 E pre_definition_1_32_2
 E pre_definition_1_33_0
 E pre_definition_1_33_1
 E pre_definition_1_33_2
 E pre_definition_1_34_0
 E pre_definition_1_34_1
 E pre_definition_1_34_2
 E pre_definition_1_35_0
 E pre_definition_1_35_1
 E pre_definition_1_35_2
 E pre_definition_1_36_0
 E pre_definition_1_36_1
 E pre_definition_1_36_2
 E pre_definition_1_37_0
 E pre_definition_1_37_1
 E pre_definition_1_37_2
 E pre_definition_1_38_0
 E pre_definition_1_38_1
 E pre_definition_1_38_2
 E pre_definition_1_39_0
 E pre_definition_1_39_1
 E pre_definition_1_39_2
 E pre_definition_1_40_0
 E pre_definition_1_40_1
 E pre_definition_1_40_2
 E pre_definition_1_41_0
 E pre_definition_1_41_1
 E pre_definition_1_41_2
 E pre_definition_1_42_0
 E pre_definition_1_42_1
 E pre_definition_1_42_2
 E pre_definition_1_43_0
 E pre_definition_1_43_1
 E pre_definition_1_43_2
 E pre_definition_1_44_0
 E pre_definition_1_44_1
 E pre_definition_1_44_2
 E pre_definition_1_45_0
 E pre_definition_1_45_1
 E pre_definition_1_45_2
 E pre_definition_1_46_0
 E pre_definition_1_46_1
 E pre_definition_1_46_2
 E pre_definition_1_47_0
 E pre_definition_1_47_1
 E pre_definition_1_47_2
 E pre_definition_1_48_0
 E pre_definition_1_48_1
 E pre_definition_1_48_2
 E pre_definition_1_49_0
 E pre_definition_1_49_1
 E pre_definition_1_49_2
 E pre_definition_1_50_0
 E pre_definition_1_50_1
 E pre_definition_1_50_2
 E pre_definition_1_51_0
 E pre_definition_1_51_1
 E pre_definition_1_51_2
 E pre_definition_1_52_0
 E pre_definition_1_52_1
 E pre_definition_1_52_2
 E pre_definition_1_53_0
 E pre_definition_1_53_1
 E pre_definition_1_53_2
 E pre_definition_1_54_0
 E pre_definition_1_54_1
 E pre_definition_1_54_2
 E pre_definition_1_55_0
 E pre_definition_1_55_1
 E pre_definition_1_55_2
 E pre_definition_1_56_0
 E pre_definition_1_56_1
 E pre_definition_1_56_2
 E pre_definition_1_57_0
 E pre_definition_1_57_1
 E pre_definition_1_57_2
 E pre_definition_1_58_0
 E pre_definition_1_58_1
 E pre_definition_1_58_2
 E pre_definition_1_59_0
 E pre_definition_1_59_1
 E pre_definition_1_59_2
 E pre_definition_1_60_0
 E pre_definition_1_60_1
 E pre_definition_1_60_2
 E pre_definition_1_61_0
 E pre_definition_1_61_1
 E pre_definition_1_61_2
 E pre_definition_1_62_0
 E pre_definition_1_62_1
 E pre_definition_1_62_2
 E pre_definition_1_63_0
 E pre_definition_1_63_1
 E pre_definition_1_63_2
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
 E out_definition_48_0
 E out_definition_49_0
 E out_definition_50_0
 E out_definition_51_0
 E out_definition_52_0
 E out_definition_53_0
 E out_definition_54_0
 E out_definition_55_0
 E out_definition_56_0
 E out_definition_57_0
 E out_definition_58_0
 E out_definition_59_0
 E out_definition_60_0
 E out_definition_61_0
 E out_definition_62_0
 E out_definition_63_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e259_
 L e260_
 G e261_
 L e262_
 L e263_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e266_
 L e267_
 G e268_
 L e269_
 L e270_
 L relu_1_0_2_above_pre
 E relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor
 G e273_
 L e274_
 G e275_
 L e276_
 L e277_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e280_
 L e281_
 G e282_
 L e283_
 L e284_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e287_
 L e288_
 G e289_
 L e290_
 L e291_
 L relu_1_1_2_above_pre
 E relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor
 G e294_
 L e295_
 G e296_
 L e297_
 L e298_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e301_
 L e302_
 G e303_
 L e304_
 L e305_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e308_
 L e309_
 G e310_
 L e311_
 L e312_
 L relu_1_2_2_above_pre
 E relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor
 G e315_
 L e316_
 G e317_
 L e318_
 L e319_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e322_
 L e323_
 G e324_
 L e325_
 L e326_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e329_
 L e330_
 G e331_
 L e332_
 L e333_
 L relu_1_3_2_above_pre
 E relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor
 G e336_
 L e337_
 G e338_
 L e339_
 L e340_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e343_
 L e344_
 G e345_
 L e346_
 L e347_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e350_
 L e351_
 G e352_
 L e353_
 L e354_
 L relu_1_4_2_above_pre
 E relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor
 G e357_
 L e358_
 G e359_
 L e360_
 L e361_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e364_
 L e365_
 G e366_
 L e367_
 L e368_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e371_
 L e372_
 G e373_
 L e374_
 L e375_
 L relu_1_5_2_above_pre
 E relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor
 G e378_
 L e379_
 G e380_
 L e381_
 L e382_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e385_
 L e386_
 G e387_
 L e388_
 L e389_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e392_
 L e393_
 G e394_
 L e395_
 L e396_
 L relu_1_6_2_above_pre
 E relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor
 G e399_
 L e400_
 G e401_
 L e402_
 L e403_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e406_
 L e407_
 G e408_
 L e409_
 L e410_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e413_
 L e414_
 G e415_
 L e416_
 L e417_
 L relu_1_7_2_above_pre
 E relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor
 G e420_
 L e421_
 G e422_
 L e423_
 L e424_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e427_
 L e428_
 G e429_
 L e430_
 L e431_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e434_
 L e435_
 G e436_
 L e437_
 L e438_
 L relu_1_8_2_above_pre
 E relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor
 G e441_
 L e442_
 G e443_
 L e444_
 L e445_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e448_
 L e449_
 G e450_
 L e451_
 L e452_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e455_
 L e456_
 G e457_
 L e458_
 L e459_
 L relu_1_9_2_above_pre
 E relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor
 G e462_
 L e463_
 G e464_
 L e465_
 L e466_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e469_
 L e470_
 G e471_
 L e472_
 L e473_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e476_
 L e477_
 G e478_
 L e479_
 L e480_
 L relu_1_10_2_above_pre
 E relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor
 G e483_
 L e484_
 G e485_
 L e486_
 L e487_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e490_
 L e491_
 G e492_
 L e493_
 L e494_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e497_
 L e498_
 G e499_
 L e500_
 L e501_
 L relu_1_11_2_above_pre
 E relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor
 G e504_
 L e505_
 G e506_
 L e507_
 L e508_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e511_
 L e512_
 G e513_
 L e514_
 L e515_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e518_
 L e519_
 G e520_
 L e521_
 L e522_
 L relu_1_12_2_above_pre
 E relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor
 G e525_
 L e526_
 G e527_
 L e528_
 L e529_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e532_
 L e533_
 G e534_
 L e535_
 L e536_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e539_
 L e540_
 G e541_
 L e542_
 L e543_
 L relu_1_13_2_above_pre
 E relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor
 G e546_
 L e547_
 G e548_
 L e549_
 L e550_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e553_
 L e554_
 G e555_
 L e556_
 L e557_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e560_
 L e561_
 G e562_
 L e563_
 L e564_
 L relu_1_14_2_above_pre
 E relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor
 G e567_
 L e568_
 G e569_
 L e570_
 L e571_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e574_
 L e575_
 G e576_
 L e577_
 L e578_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e581_
 L e582_
 G e583_
 L e584_
 L e585_
 L relu_1_15_2_above_pre
 E relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor
 G e588_
 L e589_
 G e590_
 L e591_
 L e592_
 L relu_1_16_0_above_pre
 E relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor
 G e595_
 L e596_
 G e597_
 L e598_
 L e599_
 L relu_1_16_1_above_pre
 E relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor
 G e602_
 L e603_
 G e604_
 L e605_
 L e606_
 L relu_1_16_2_above_pre
 E relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor
 G e609_
 L e610_
 G e611_
 L e612_
 L e613_
 L relu_1_17_0_above_pre
 E relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor
 G e616_
 L e617_
 G e618_
 L e619_
 L e620_
 L relu_1_17_1_above_pre
 E relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor
 G e623_
 L e624_
 G e625_
 L e626_
 L e627_
 L relu_1_17_2_above_pre
 E relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor
 G e630_
 L e631_
 G e632_
 L e633_
 L e634_
 L relu_1_18_0_above_pre
 E relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor
 G e637_
 L e638_
 G e639_
 L e640_
 L e641_
 L relu_1_18_1_above_pre
 E relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor
 G e644_
 L e645_
 G e646_
 L e647_
 L e648_
 L relu_1_18_2_above_pre
 E relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor
 G e651_
 L e652_
 G e653_
 L e654_
 L e655_
 L relu_1_19_0_above_pre
 E relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor
 G e658_
 L e659_
 G e660_
 L e661_
 L e662_
 L relu_1_19_1_above_pre
 E relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor
 G e665_
 L e666_
 G e667_
 L e668_
 L e669_
 L relu_1_19_2_above_pre
 E relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor
 G e672_
 L e673_
 G e674_
 L e675_
 L e676_
 L relu_1_20_0_above_pre
 E relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor
 G e679_
 L e680_
 G e681_
 L e682_
 L e683_
 L relu_1_20_1_above_pre
 E relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor
 G e686_
 L e687_
 G e688_
 L e689_
 L e690_
 L relu_1_20_2_above_pre
 E relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor
 G e693_
 L e694_
 G e695_
 L e696_
 L e697_
 L relu_1_21_0_above_pre
 E relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor
 G e700_
 L e701_
 G e702_
 L e703_
 L e704_
 L relu_1_21_1_above_pre
 E relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor
 G e707_
 L e708_
 G e709_
 L e710_
 L e711_
 L relu_1_21_2_above_pre
 E relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor
 G e714_
 L e715_
 G e716_
 L e717_
 L e718_
 L relu_1_22_0_above_pre
 E relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor
 G e721_
 L e722_
 G e723_
 L e724_
 L e725_
 L relu_1_22_1_above_pre
 E relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor
 G e728_
 L e729_
 G e730_
 L e731_
 L e732_
 L relu_1_22_2_above_pre
 E relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor
 G e735_
 L e736_
 G e737_
 L e738_
 L e739_
 L relu_1_23_0_above_pre
 E relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor
 G e742_
 L e743_
 G e744_
 L e745_
 L e746_
 L relu_1_23_1_above_pre
 E relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor
 G e749_
 L e750_
 G e751_
 L e752_
 L e753_
 L relu_1_23_2_above_pre
 E relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor
 G e756_
 L e757_
 G e758_
 L e759_
 L e760_
 L relu_1_24_0_above_pre
 E relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor
 G e763_
 L e764_
 G e765_
 L e766_
 L e767_
 L relu_1_24_1_above_pre
 E relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor
 G e770_
 L e771_
 G e772_
 L e773_
 L e774_
 L relu_1_24_2_above_pre
 E relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor
 G e777_
 L e778_
 G e779_
 L e780_
 L e781_
 L relu_1_25_0_above_pre
 E relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor
 G e784_
 L e785_
 G e786_
 L e787_
 L e788_
 L relu_1_25_1_above_pre
 E relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor
 G e791_
 L e792_
 G e793_
 L e794_
 L e795_
 L relu_1_25_2_above_pre
 E relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor
 G e798_
 L e799_
 G e800_
 L e801_
 L e802_
 L relu_1_26_0_above_pre
 E relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor
 G e805_
 L e806_
 G e807_
 L e808_
 L e809_
 L relu_1_26_1_above_pre
 E relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor
 G e812_
 L e813_
 G e814_
 L e815_
 L e816_
 L relu_1_26_2_above_pre
 E relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor
 G e819_
 L e820_
 G e821_
 L e822_
 L e823_
 L relu_1_27_0_above_pre
 E relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor
 G e826_
 L e827_
 G e828_
 L e829_
 L e830_
 L relu_1_27_1_above_pre
 E relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor
 G e833_
 L e834_
 G e835_
 L e836_
 L e837_
 L relu_1_27_2_above_pre
 E relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor
 G e840_
 L e841_
 G e842_
 L e843_
 L e844_
 L relu_1_28_0_above_pre
 E relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor
 G e847_
 L e848_
 G e849_
 L e850_
 L e851_
 L relu_1_28_1_above_pre
 E relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor
 G e854_
 L e855_
 G e856_
 L e857_
 L e858_
 L relu_1_28_2_above_pre
 E relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor
 G e861_
 L e862_
 G e863_
 L e864_
 L e865_
 L relu_1_29_0_above_pre
 E relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor
 G e868_
 L e869_
 G e870_
 L e871_
 L e872_
 L relu_1_29_1_above_pre
 E relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor
 G e875_
 L e876_
 G e877_
 L e878_
 L e879_
 L relu_1_29_2_above_pre
 E relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor
 G e882_
 L e883_
 G e884_
 L e885_
 L e886_
 L relu_1_30_0_above_pre
 E relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor
 G e889_
 L e890_
 G e891_
 L e892_
 L e893_
 L relu_1_30_1_above_pre
 E relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor
 G e896_
 L e897_
 G e898_
 L e899_
 L e900_
 L relu_1_30_2_above_pre
 E relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor
 G e903_
 L e904_
 G e905_
 L e906_
 L e907_
 L relu_1_31_0_above_pre
 E relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor
 G e910_
 L e911_
 G e912_
 L e913_
 L e914_
 L relu_1_31_1_above_pre
 E relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor
 G e917_
 L e918_
 G e919_
 L e920_
 L e921_
 L relu_1_31_2_above_pre
 E relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor
 G e924_
 L e925_
 G e926_
 L e927_
 L e928_
 L relu_1_32_0_above_pre
 E relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor
 G e931_
 L e932_
 G e933_
 L e934_
 L e935_
 L relu_1_32_1_above_pre
 E relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor
 G e938_
 L e939_
 G e940_
 L e941_
 L e942_
 L relu_1_32_2_above_pre
 E relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor
 G e945_
 L e946_
 G e947_
 L e948_
 L e949_
 L relu_1_33_0_above_pre
 E relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor
 G e952_
 L e953_
 G e954_
 L e955_
 L e956_
 L relu_1_33_1_above_pre
 E relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor
 G e959_
 L e960_
 G e961_
 L e962_
 L e963_
 L relu_1_33_2_above_pre
 E relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor
 G e966_
 L e967_
 G e968_
 L e969_
 L e970_
 L relu_1_34_0_above_pre
 E relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor
 G e973_
 L e974_
 G e975_
 L e976_
 L e977_
 L relu_1_34_1_above_pre
 E relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor
 G e980_
 L e981_
 G e982_
 L e983_
 L e984_
 L relu_1_34_2_above_pre
 E relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor
 G e987_
 L e988_
 G e989_
 L e990_
 L e991_
 L relu_1_35_0_above_pre
 E relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor
 G e994_
 L e995_
 G e996_
 L e997_
 L e998_
 L relu_1_35_1_above_pre
 E relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1001_
 L e1002_
 G e1003_
 L e1004_
 L e1005_
 L relu_1_35_2_above_pre
 E relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1008_
 L e1009_
 G e1010_
 L e1011_
 L e1012_
 L relu_1_36_0_above_pre
 E relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1015_
 L e1016_
 G e1017_
 L e1018_
 L e1019_
 L relu_1_36_1_above_pre
 E relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1022_
 L e1023_
 G e1024_
 L e1025_
 L e1026_
 L relu_1_36_2_above_pre
 E relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1029_
 L e1030_
 G e1031_
 L e1032_
 L e1033_
 L relu_1_37_0_above_pre
 E relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1036_
 L e1037_
 G e1038_
 L e1039_
 L e1040_
 L relu_1_37_1_above_pre
 E relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1043_
 L e1044_
 G e1045_
 L e1046_
 L e1047_
 L relu_1_37_2_above_pre
 E relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1050_
 L e1051_
 G e1052_
 L e1053_
 L e1054_
 L relu_1_38_0_above_pre
 E relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1057_
 L e1058_
 G e1059_
 L e1060_
 L e1061_
 L relu_1_38_1_above_pre
 E relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1064_
 L e1065_
 G e1066_
 L e1067_
 L e1068_
 L relu_1_38_2_above_pre
 E relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1071_
 L e1072_
 G e1073_
 L e1074_
 L e1075_
 L relu_1_39_0_above_pre
 E relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1078_
 L e1079_
 G e1080_
 L e1081_
 L e1082_
 L relu_1_39_1_above_pre
 E relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1085_
 L e1086_
 G e1087_
 L e1088_
 L e1089_
 L relu_1_39_2_above_pre
 E relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1092_
 L e1093_
 G e1094_
 L e1095_
 L e1096_
 L relu_1_40_0_above_pre
 E relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1099_
 L e1100_
 G e1101_
 L e1102_
 L e1103_
 L relu_1_40_1_above_pre
 E relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1106_
 L e1107_
 G e1108_
 L e1109_
 L e1110_
 L relu_1_40_2_above_pre
 E relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1113_
 L e1114_
 G e1115_
 L e1116_
 L e1117_
 L relu_1_41_0_above_pre
 E relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1120_
 L e1121_
 G e1122_
 L e1123_
 L e1124_
 L relu_1_41_1_above_pre
 E relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1127_
 L e1128_
 G e1129_
 L e1130_
 L e1131_
 L relu_1_41_2_above_pre
 E relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1134_
 L e1135_
 G e1136_
 L e1137_
 L e1138_
 L relu_1_42_0_above_pre
 E relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1141_
 L e1142_
 G e1143_
 L e1144_
 L e1145_
 L relu_1_42_1_above_pre
 E relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1148_
 L e1149_
 G e1150_
 L e1151_
 L e1152_
 L relu_1_42_2_above_pre
 E relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1155_
 L e1156_
 G e1157_
 L e1158_
 L e1159_
 L relu_1_43_0_above_pre
 E relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1162_
 L e1163_
 G e1164_
 L e1165_
 L e1166_
 L relu_1_43_1_above_pre
 E relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1169_
 L e1170_
 G e1171_
 L e1172_
 L e1173_
 L relu_1_43_2_above_pre
 E relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1176_
 L e1177_
 G e1178_
 L e1179_
 L e1180_
 L relu_1_44_0_above_pre
 E relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1183_
 L e1184_
 G e1185_
 L e1186_
 L e1187_
 L relu_1_44_1_above_pre
 E relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1190_
 L e1191_
 G e1192_
 L e1193_
 L e1194_
 L relu_1_44_2_above_pre
 E relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1197_
 L e1198_
 G e1199_
 L e1200_
 L e1201_
 L relu_1_45_0_above_pre
 E relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1204_
 L e1205_
 G e1206_
 L e1207_
 L e1208_
 L relu_1_45_1_above_pre
 E relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1211_
 L e1212_
 G e1213_
 L e1214_
 L e1215_
 L relu_1_45_2_above_pre
 E relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1218_
 L e1219_
 G e1220_
 L e1221_
 L e1222_
 L relu_1_46_0_above_pre
 E relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1225_
 L e1226_
 G e1227_
 L e1228_
 L e1229_
 L relu_1_46_1_above_pre
 E relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1232_
 L e1233_
 G e1234_
 L e1235_
 L e1236_
 L relu_1_46_2_above_pre
 E relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1239_
 L e1240_
 G e1241_
 L e1242_
 L e1243_
 L relu_1_47_0_above_pre
 E relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1246_
 L e1247_
 G e1248_
 L e1249_
 L e1250_
 L relu_1_47_1_above_pre
 E relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1253_
 L e1254_
 G e1255_
 L e1256_
 L e1257_
 L relu_1_47_2_above_pre
 E relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1260_
 L e1261_
 G e1262_
 L e1263_
 L e1264_
 L relu_1_48_0_above_pre
 E relu_1_48_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1267_
 L e1268_
 G e1269_
 L e1270_
 L e1271_
 L relu_1_48_1_above_pre
 E relu_1_48_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1274_
 L e1275_
 G e1276_
 L e1277_
 L e1278_
 L relu_1_48_2_above_pre
 E relu_1_48_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1281_
 L e1282_
 G e1283_
 L e1284_
 L e1285_
 L relu_1_49_0_above_pre
 E relu_1_49_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1288_
 L e1289_
 G e1290_
 L e1291_
 L e1292_
 L relu_1_49_1_above_pre
 E relu_1_49_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1295_
 L e1296_
 G e1297_
 L e1298_
 L e1299_
 L relu_1_49_2_above_pre
 E relu_1_49_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1302_
 L e1303_
 G e1304_
 L e1305_
 L e1306_
 L relu_1_50_0_above_pre
 E relu_1_50_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1309_
 L e1310_
 G e1311_
 L e1312_
 L e1313_
 L relu_1_50_1_above_pre
 E relu_1_50_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1316_
 L e1317_
 G e1318_
 L e1319_
 L e1320_
 L relu_1_50_2_above_pre
 E relu_1_50_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1323_
 L e1324_
 G e1325_
 L e1326_
 L e1327_
 L relu_1_51_0_above_pre
 E relu_1_51_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1330_
 L e1331_
 G e1332_
 L e1333_
 L e1334_
 L relu_1_51_1_above_pre
 E relu_1_51_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1337_
 L e1338_
 G e1339_
 L e1340_
 L e1341_
 L relu_1_51_2_above_pre
 E relu_1_51_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1344_
 L e1345_
 G e1346_
 L e1347_
 L e1348_
 L relu_1_52_0_above_pre
 E relu_1_52_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1351_
 L e1352_
 G e1353_
 L e1354_
 L e1355_
 L relu_1_52_1_above_pre
 E relu_1_52_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1358_
 L e1359_
 G e1360_
 L e1361_
 L e1362_
 L relu_1_52_2_above_pre
 E relu_1_52_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1365_
 L e1366_
 G e1367_
 L e1368_
 L e1369_
 L relu_1_53_0_above_pre
 E relu_1_53_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1372_
 L e1373_
 G e1374_
 L e1375_
 L e1376_
 L relu_1_53_1_above_pre
 E relu_1_53_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1379_
 L e1380_
 G e1381_
 L e1382_
 L e1383_
 L relu_1_53_2_above_pre
 E relu_1_53_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1386_
 L e1387_
 G e1388_
 L e1389_
 L e1390_
 L relu_1_54_0_above_pre
 E relu_1_54_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1393_
 L e1394_
 G e1395_
 L e1396_
 L e1397_
 L relu_1_54_1_above_pre
 E relu_1_54_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1400_
 L e1401_
 G e1402_
 L e1403_
 L e1404_
 L relu_1_54_2_above_pre
 E relu_1_54_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1407_
 L e1408_
 G e1409_
 L e1410_
 L e1411_
 L relu_1_55_0_above_pre
 E relu_1_55_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1414_
 L e1415_
 G e1416_
 L e1417_
 L e1418_
 L relu_1_55_1_above_pre
 E relu_1_55_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1421_
 L e1422_
 G e1423_
 L e1424_
 L e1425_
 L relu_1_55_2_above_pre
 E relu_1_55_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1428_
 L e1429_
 G e1430_
 L e1431_
 L e1432_
 L relu_1_56_0_above_pre
 E relu_1_56_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1435_
 L e1436_
 G e1437_
 L e1438_
 L e1439_
 L relu_1_56_1_above_pre
 E relu_1_56_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1442_
 L e1443_
 G e1444_
 L e1445_
 L e1446_
 L relu_1_56_2_above_pre
 E relu_1_56_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1449_
 L e1450_
 G e1451_
 L e1452_
 L e1453_
 L relu_1_57_0_above_pre
 E relu_1_57_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1456_
 L e1457_
 G e1458_
 L e1459_
 L e1460_
 L relu_1_57_1_above_pre
 E relu_1_57_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1463_
 L e1464_
 G e1465_
 L e1466_
 L e1467_
 L relu_1_57_2_above_pre
 E relu_1_57_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1470_
 L e1471_
 G e1472_
 L e1473_
 L e1474_
 L relu_1_58_0_above_pre
 E relu_1_58_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1477_
 L e1478_
 G e1479_
 L e1480_
 L e1481_
 L relu_1_58_1_above_pre
 E relu_1_58_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1484_
 L e1485_
 G e1486_
 L e1487_
 L e1488_
 L relu_1_58_2_above_pre
 E relu_1_58_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1491_
 L e1492_
 G e1493_
 L e1494_
 L e1495_
 L relu_1_59_0_above_pre
 E relu_1_59_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1498_
 L e1499_
 G e1500_
 L e1501_
 L e1502_
 L relu_1_59_1_above_pre
 E relu_1_59_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1505_
 L e1506_
 G e1507_
 L e1508_
 L e1509_
 L relu_1_59_2_above_pre
 E relu_1_59_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1512_
 L e1513_
 G e1514_
 L e1515_
 L e1516_
 L relu_1_60_0_above_pre
 E relu_1_60_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1519_
 L e1520_
 G e1521_
 L e1522_
 L e1523_
 L relu_1_60_1_above_pre
 E relu_1_60_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1526_
 L e1527_
 G e1528_
 L e1529_
 L e1530_
 L relu_1_60_2_above_pre
 E relu_1_60_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1533_
 L e1534_
 G e1535_
 L e1536_
 L e1537_
 L relu_1_61_0_above_pre
 E relu_1_61_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1540_
 L e1541_
 G e1542_
 L e1543_
 L e1544_
 L relu_1_61_1_above_pre
 E relu_1_61_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1547_
 L e1548_
 G e1549_
 L e1550_
 L e1551_
 L relu_1_61_2_above_pre
 E relu_1_61_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1554_
 L e1555_
 G e1556_
 L e1557_
 L e1558_
 L relu_1_62_0_above_pre
 E relu_1_62_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1561_
 L e1562_
 G e1563_
 L e1564_
 L e1565_
 L relu_1_62_1_above_pre
 E relu_1_62_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1568_
 L e1569_
 G e1570_
 L e1571_
 L e1572_
 L relu_1_62_2_above_pre
 E relu_1_62_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1575_
 L e1576_
 G e1577_
 L e1578_
 L e1579_
 L relu_1_63_0_above_pre
 E relu_1_63_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1582_
 L e1583_
 G e1584_
 L e1585_
 L e1586_
 L relu_1_63_1_above_pre
 E relu_1_63_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1589_
 L e1590_
 G e1591_
 L e1592_
 L e1593_
 L relu_1_63_2_above_pre
 E relu_1_63_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1596_
 L e1597_
 G e1598_
 L e1599_
 L e1600_
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
 w_1_0_0 pre_definition_1_20_0 0.8828639303896113
 w_1_0_0 pre_definition_1_21_0 0.6994410662103219
 w_1_0_0 pre_definition_1_22_0 -0.5926485405745885
 w_1_0_0 pre_definition_1_23_0 0.8959573978711808
 w_1_0_0 pre_definition_1_24_0 0.6029739109814893
 w_1_0_0 pre_definition_1_25_0 -0.16066477197370133
 w_1_0_0 pre_definition_1_26_0 -0.34398975591271874
 w_1_0_0 pre_definition_1_27_0 -0.8842262210129956
 w_1_0_0 pre_definition_1_28_0 0.789009440859541
 w_1_0_0 pre_definition_1_29_0 -0.8543091061357349
 w_1_0_0 pre_definition_1_30_0 -0.9091809873814745
 w_1_0_0 pre_definition_1_31_0 0.14954275030184894
 w_1_0_0 pre_definition_1_32_0 -0.9901930104706482
 w_1_0_0 pre_definition_1_33_0 0.07990972138180785
 w_1_0_0 pre_definition_1_34_0 0.005154609024762058
 w_1_0_0 pre_definition_1_35_0 -0.571571401427615
 w_1_0_0 pre_definition_1_36_0 -0.4689671435774587
 w_1_0_0 pre_definition_1_37_0 -0.8641193732267565
 w_1_0_0 pre_definition_1_38_0 -0.4580302341526188
 w_1_0_0 pre_definition_1_39_0 -0.9358523798492928
 w_1_0_0 pre_definition_1_40_0 -0.7272801804911515
 w_1_0_0 pre_definition_1_41_0 -0.9144203592219271
 w_1_0_0 pre_definition_1_42_0 -0.9452576276459099
 w_1_0_0 pre_definition_1_43_0 -0.6447476550861408
 w_1_0_0 pre_definition_1_44_0 0.5352541607213923
 w_1_0_0 pre_definition_1_45_0 -0.8470603195669391
 w_1_0_0 pre_definition_1_46_0 -0.07786881524437383
 w_1_0_0 pre_definition_1_47_0 -0.86203463196231
 w_1_0_0 pre_definition_1_48_0 -0.46401239131312155
 w_1_0_0 pre_definition_1_49_0 0.9432692697729579
 w_1_0_0 pre_definition_1_50_0 0.968016540952856
 w_1_0_0 pre_definition_1_51_0 -0.025517446524156107
 w_1_0_0 pre_definition_1_52_0 0.8678350065518505
 w_1_0_0 pre_definition_1_53_0 0.8666199824657972
 w_1_0_0 pre_definition_1_54_0 0.1394025361043334
 w_1_0_0 pre_definition_1_55_0 -0.12446368445691403
 w_1_0_0 pre_definition_1_56_0 0.5166485718113101
 w_1_0_0 pre_definition_1_57_0 0.5482611431653512
 w_1_0_0 pre_definition_1_58_0 0.4233384859848448
 w_1_0_0 pre_definition_1_59_0 -0.10818100434653566
 w_1_0_0 pre_definition_1_60_0 -0.12095190401237166
 w_1_0_0 pre_definition_1_61_0 0.1742073146382146
 w_1_0_0 pre_definition_1_62_0 -0.253012924839507
 w_1_0_0 pre_definition_1_63_0 0.26119117781663825
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
 w_1_0_1 pre_definition_1_20_0 0.32776587890867925
 w_1_0_1 pre_definition_1_21_0 0.09932126670142605
 w_1_0_1 pre_definition_1_22_0 0.5387155820125051
 w_1_0_1 pre_definition_1_23_0 0.1908963203569436
 w_1_0_1 pre_definition_1_24_0 0.8184939087617562
 w_1_0_1 pre_definition_1_25_0 0.4026077343621548
 w_1_0_1 pre_definition_1_26_0 0.6009691120635734
 w_1_0_1 pre_definition_1_27_0 0.2697796635103429
 w_1_0_1 pre_definition_1_28_0 -0.25821630307941845
 w_1_0_1 pre_definition_1_29_0 0.11924569056843204
 w_1_0_1 pre_definition_1_30_0 0.00020837262470596585
 w_1_0_1 pre_definition_1_31_0 -0.24042690403075562
 w_1_0_1 pre_definition_1_32_0 -0.8978873498755306
 w_1_0_1 pre_definition_1_33_0 -0.5154576906165829
 w_1_0_1 pre_definition_1_34_0 -0.05862432039354082
 w_1_0_1 pre_definition_1_35_0 0.17068830128865842
 w_1_0_1 pre_definition_1_36_0 -0.4222857559794997
 w_1_0_1 pre_definition_1_37_0 0.7701347334381896
 w_1_0_1 pre_definition_1_38_0 -0.8548478572491198
 w_1_0_1 pre_definition_1_39_0 0.9705873900692614
 w_1_0_1 pre_definition_1_40_0 -0.9623900801326886
 w_1_0_1 pre_definition_1_41_0 0.7024719755350042
 w_1_0_1 pre_definition_1_42_0 -0.7798711114410413
 w_1_0_1 pre_definition_1_43_0 0.040024152384335654
 w_1_0_1 pre_definition_1_44_0 -0.6037611574366157
 w_1_0_1 pre_definition_1_45_0 0.46773945541541484
 w_1_0_1 pre_definition_1_46_0 0.114494342050937
 w_1_0_1 pre_definition_1_47_0 0.9189785776231307
 w_1_0_1 pre_definition_1_48_0 -0.22874649389799329
 w_1_0_1 pre_definition_1_49_0 -0.43843954565348064
 w_1_0_1 pre_definition_1_50_0 -0.5159020047128562
 w_1_0_1 pre_definition_1_51_0 -0.8582084415940123
 w_1_0_1 pre_definition_1_52_0 -0.6826345592247665
 w_1_0_1 pre_definition_1_53_0 0.31138004239174966
 w_1_0_1 pre_definition_1_54_0 -0.9321241615681404
 w_1_0_1 pre_definition_1_55_0 0.4822708136581355
 w_1_0_1 pre_definition_1_56_0 -0.7762366413183597
 w_1_0_1 pre_definition_1_57_0 0.750890588329433
 w_1_0_1 pre_definition_1_58_0 -0.1722461296254656
 w_1_0_1 pre_definition_1_59_0 -0.6194215518255555
 w_1_0_1 pre_definition_1_60_0 0.423157571137579
 w_1_0_1 pre_definition_1_61_0 -0.6362419419418208
 w_1_0_1 pre_definition_1_62_0 -0.9181552853948844
 w_1_0_1 pre_definition_1_63_0 -0.10522302104257442
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
 w_1_1_0 pre_definition_1_20_1 0.8828639303896113
 w_1_1_0 pre_definition_1_21_1 0.6994410662103219
 w_1_1_0 pre_definition_1_22_1 -0.5926485405745885
 w_1_1_0 pre_definition_1_23_1 0.8959573978711808
 w_1_1_0 pre_definition_1_24_1 0.6029739109814893
 w_1_1_0 pre_definition_1_25_1 -0.16066477197370133
 w_1_1_0 pre_definition_1_26_1 -0.34398975591271874
 w_1_1_0 pre_definition_1_27_1 -0.8842262210129956
 w_1_1_0 pre_definition_1_28_1 0.789009440859541
 w_1_1_0 pre_definition_1_29_1 -0.8543091061357349
 w_1_1_0 pre_definition_1_30_1 -0.9091809873814745
 w_1_1_0 pre_definition_1_31_1 0.14954275030184894
 w_1_1_0 pre_definition_1_32_1 -0.9901930104706482
 w_1_1_0 pre_definition_1_33_1 0.07990972138180785
 w_1_1_0 pre_definition_1_34_1 0.005154609024762058
 w_1_1_0 pre_definition_1_35_1 -0.571571401427615
 w_1_1_0 pre_definition_1_36_1 -0.4689671435774587
 w_1_1_0 pre_definition_1_37_1 -0.8641193732267565
 w_1_1_0 pre_definition_1_38_1 -0.4580302341526188
 w_1_1_0 pre_definition_1_39_1 -0.9358523798492928
 w_1_1_0 pre_definition_1_40_1 -0.7272801804911515
 w_1_1_0 pre_definition_1_41_1 -0.9144203592219271
 w_1_1_0 pre_definition_1_42_1 -0.9452576276459099
 w_1_1_0 pre_definition_1_43_1 -0.6447476550861408
 w_1_1_0 pre_definition_1_44_1 0.5352541607213923
 w_1_1_0 pre_definition_1_45_1 -0.8470603195669391
 w_1_1_0 pre_definition_1_46_1 -0.07786881524437383
 w_1_1_0 pre_definition_1_47_1 -0.86203463196231
 w_1_1_0 pre_definition_1_48_1 -0.46401239131312155
 w_1_1_0 pre_definition_1_49_1 0.9432692697729579
 w_1_1_0 pre_definition_1_50_1 0.968016540952856
 w_1_1_0 pre_definition_1_51_1 -0.025517446524156107
 w_1_1_0 pre_definition_1_52_1 0.8678350065518505
 w_1_1_0 pre_definition_1_53_1 0.8666199824657972
 w_1_1_0 pre_definition_1_54_1 0.1394025361043334
 w_1_1_0 pre_definition_1_55_1 -0.12446368445691403
 w_1_1_0 pre_definition_1_56_1 0.5166485718113101
 w_1_1_0 pre_definition_1_57_1 0.5482611431653512
 w_1_1_0 pre_definition_1_58_1 0.4233384859848448
 w_1_1_0 pre_definition_1_59_1 -0.10818100434653566
 w_1_1_0 pre_definition_1_60_1 -0.12095190401237166
 w_1_1_0 pre_definition_1_61_1 0.1742073146382146
 w_1_1_0 pre_definition_1_62_1 -0.253012924839507
 w_1_1_0 pre_definition_1_63_1 0.26119117781663825
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
 w_1_1_1 pre_definition_1_20_1 0.32776587890867925
 w_1_1_1 pre_definition_1_21_1 0.09932126670142605
 w_1_1_1 pre_definition_1_22_1 0.5387155820125051
 w_1_1_1 pre_definition_1_23_1 0.1908963203569436
 w_1_1_1 pre_definition_1_24_1 0.8184939087617562
 w_1_1_1 pre_definition_1_25_1 0.4026077343621548
 w_1_1_1 pre_definition_1_26_1 0.6009691120635734
 w_1_1_1 pre_definition_1_27_1 0.2697796635103429
 w_1_1_1 pre_definition_1_28_1 -0.25821630307941845
 w_1_1_1 pre_definition_1_29_1 0.11924569056843204
 w_1_1_1 pre_definition_1_30_1 0.00020837262470596585
 w_1_1_1 pre_definition_1_31_1 -0.24042690403075562
 w_1_1_1 pre_definition_1_32_1 -0.8978873498755306
 w_1_1_1 pre_definition_1_33_1 -0.5154576906165829
 w_1_1_1 pre_definition_1_34_1 -0.05862432039354082
 w_1_1_1 pre_definition_1_35_1 0.17068830128865842
 w_1_1_1 pre_definition_1_36_1 -0.4222857559794997
 w_1_1_1 pre_definition_1_37_1 0.7701347334381896
 w_1_1_1 pre_definition_1_38_1 -0.8548478572491198
 w_1_1_1 pre_definition_1_39_1 0.9705873900692614
 w_1_1_1 pre_definition_1_40_1 -0.9623900801326886
 w_1_1_1 pre_definition_1_41_1 0.7024719755350042
 w_1_1_1 pre_definition_1_42_1 -0.7798711114410413
 w_1_1_1 pre_definition_1_43_1 0.040024152384335654
 w_1_1_1 pre_definition_1_44_1 -0.6037611574366157
 w_1_1_1 pre_definition_1_45_1 0.46773945541541484
 w_1_1_1 pre_definition_1_46_1 0.114494342050937
 w_1_1_1 pre_definition_1_47_1 0.9189785776231307
 w_1_1_1 pre_definition_1_48_1 -0.22874649389799329
 w_1_1_1 pre_definition_1_49_1 -0.43843954565348064
 w_1_1_1 pre_definition_1_50_1 -0.5159020047128562
 w_1_1_1 pre_definition_1_51_1 -0.8582084415940123
 w_1_1_1 pre_definition_1_52_1 -0.6826345592247665
 w_1_1_1 pre_definition_1_53_1 0.31138004239174966
 w_1_1_1 pre_definition_1_54_1 -0.9321241615681404
 w_1_1_1 pre_definition_1_55_1 0.4822708136581355
 w_1_1_1 pre_definition_1_56_1 -0.7762366413183597
 w_1_1_1 pre_definition_1_57_1 0.750890588329433
 w_1_1_1 pre_definition_1_58_1 -0.1722461296254656
 w_1_1_1 pre_definition_1_59_1 -0.6194215518255555
 w_1_1_1 pre_definition_1_60_1 0.423157571137579
 w_1_1_1 pre_definition_1_61_1 -0.6362419419418208
 w_1_1_1 pre_definition_1_62_1 -0.9181552853948844
 w_1_1_1 pre_definition_1_63_1 -0.10522302104257442
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
 w_1_2_0 pre_definition_1_20_2 0.8828639303896113
 w_1_2_0 pre_definition_1_21_2 0.6994410662103219
 w_1_2_0 pre_definition_1_22_2 -0.5926485405745885
 w_1_2_0 pre_definition_1_23_2 0.8959573978711808
 w_1_2_0 pre_definition_1_24_2 0.6029739109814893
 w_1_2_0 pre_definition_1_25_2 -0.16066477197370133
 w_1_2_0 pre_definition_1_26_2 -0.34398975591271874
 w_1_2_0 pre_definition_1_27_2 -0.8842262210129956
 w_1_2_0 pre_definition_1_28_2 0.789009440859541
 w_1_2_0 pre_definition_1_29_2 -0.8543091061357349
 w_1_2_0 pre_definition_1_30_2 -0.9091809873814745
 w_1_2_0 pre_definition_1_31_2 0.14954275030184894
 w_1_2_0 pre_definition_1_32_2 -0.9901930104706482
 w_1_2_0 pre_definition_1_33_2 0.07990972138180785
 w_1_2_0 pre_definition_1_34_2 0.005154609024762058
 w_1_2_0 pre_definition_1_35_2 -0.571571401427615
 w_1_2_0 pre_definition_1_36_2 -0.4689671435774587
 w_1_2_0 pre_definition_1_37_2 -0.8641193732267565
 w_1_2_0 pre_definition_1_38_2 -0.4580302341526188
 w_1_2_0 pre_definition_1_39_2 -0.9358523798492928
 w_1_2_0 pre_definition_1_40_2 -0.7272801804911515
 w_1_2_0 pre_definition_1_41_2 -0.9144203592219271
 w_1_2_0 pre_definition_1_42_2 -0.9452576276459099
 w_1_2_0 pre_definition_1_43_2 -0.6447476550861408
 w_1_2_0 pre_definition_1_44_2 0.5352541607213923
 w_1_2_0 pre_definition_1_45_2 -0.8470603195669391
 w_1_2_0 pre_definition_1_46_2 -0.07786881524437383
 w_1_2_0 pre_definition_1_47_2 -0.86203463196231
 w_1_2_0 pre_definition_1_48_2 -0.46401239131312155
 w_1_2_0 pre_definition_1_49_2 0.9432692697729579
 w_1_2_0 pre_definition_1_50_2 0.968016540952856
 w_1_2_0 pre_definition_1_51_2 -0.025517446524156107
 w_1_2_0 pre_definition_1_52_2 0.8678350065518505
 w_1_2_0 pre_definition_1_53_2 0.8666199824657972
 w_1_2_0 pre_definition_1_54_2 0.1394025361043334
 w_1_2_0 pre_definition_1_55_2 -0.12446368445691403
 w_1_2_0 pre_definition_1_56_2 0.5166485718113101
 w_1_2_0 pre_definition_1_57_2 0.5482611431653512
 w_1_2_0 pre_definition_1_58_2 0.4233384859848448
 w_1_2_0 pre_definition_1_59_2 -0.10818100434653566
 w_1_2_0 pre_definition_1_60_2 -0.12095190401237166
 w_1_2_0 pre_definition_1_61_2 0.1742073146382146
 w_1_2_0 pre_definition_1_62_2 -0.253012924839507
 w_1_2_0 pre_definition_1_63_2 0.26119117781663825
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
 w_1_2_1 pre_definition_1_20_2 0.32776587890867925
 w_1_2_1 pre_definition_1_21_2 0.09932126670142605
 w_1_2_1 pre_definition_1_22_2 0.5387155820125051
 w_1_2_1 pre_definition_1_23_2 0.1908963203569436
 w_1_2_1 pre_definition_1_24_2 0.8184939087617562
 w_1_2_1 pre_definition_1_25_2 0.4026077343621548
 w_1_2_1 pre_definition_1_26_2 0.6009691120635734
 w_1_2_1 pre_definition_1_27_2 0.2697796635103429
 w_1_2_1 pre_definition_1_28_2 -0.25821630307941845
 w_1_2_1 pre_definition_1_29_2 0.11924569056843204
 w_1_2_1 pre_definition_1_30_2 0.00020837262470596585
 w_1_2_1 pre_definition_1_31_2 -0.24042690403075562
 w_1_2_1 pre_definition_1_32_2 -0.8978873498755306
 w_1_2_1 pre_definition_1_33_2 -0.5154576906165829
 w_1_2_1 pre_definition_1_34_2 -0.05862432039354082
 w_1_2_1 pre_definition_1_35_2 0.17068830128865842
 w_1_2_1 pre_definition_1_36_2 -0.4222857559794997
 w_1_2_1 pre_definition_1_37_2 0.7701347334381896
 w_1_2_1 pre_definition_1_38_2 -0.8548478572491198
 w_1_2_1 pre_definition_1_39_2 0.9705873900692614
 w_1_2_1 pre_definition_1_40_2 -0.9623900801326886
 w_1_2_1 pre_definition_1_41_2 0.7024719755350042
 w_1_2_1 pre_definition_1_42_2 -0.7798711114410413
 w_1_2_1 pre_definition_1_43_2 0.040024152384335654
 w_1_2_1 pre_definition_1_44_2 -0.6037611574366157
 w_1_2_1 pre_definition_1_45_2 0.46773945541541484
 w_1_2_1 pre_definition_1_46_2 0.114494342050937
 w_1_2_1 pre_definition_1_47_2 0.9189785776231307
 w_1_2_1 pre_definition_1_48_2 -0.22874649389799329
 w_1_2_1 pre_definition_1_49_2 -0.43843954565348064
 w_1_2_1 pre_definition_1_50_2 -0.5159020047128562
 w_1_2_1 pre_definition_1_51_2 -0.8582084415940123
 w_1_2_1 pre_definition_1_52_2 -0.6826345592247665
 w_1_2_1 pre_definition_1_53_2 0.31138004239174966
 w_1_2_1 pre_definition_1_54_2 -0.9321241615681404
 w_1_2_1 pre_definition_1_55_2 0.4822708136581355
 w_1_2_1 pre_definition_1_56_2 -0.7762366413183597
 w_1_2_1 pre_definition_1_57_2 0.750890588329433
 w_1_2_1 pre_definition_1_58_2 -0.1722461296254656
 w_1_2_1 pre_definition_1_59_2 -0.6194215518255555
 w_1_2_1 pre_definition_1_60_2 0.423157571137579
 w_1_2_1 pre_definition_1_61_2 -0.6362419419418208
 w_1_2_1 pre_definition_1_62_2 -0.9181552853948844
 w_1_2_1 pre_definition_1_63_2 -0.10522302104257442
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
 b_1_0 pre_definition_1_48_0 -1
 b_1_0 pre_definition_1_49_0 -1
 b_1_0 pre_definition_1_50_0 -1
 b_1_0 pre_definition_1_51_0 -1
 b_1_0 pre_definition_1_52_0 -1
 b_1_0 pre_definition_1_53_0 -1
 b_1_0 pre_definition_1_54_0 -1
 b_1_0 pre_definition_1_55_0 -1
 b_1_0 pre_definition_1_56_0 -1
 b_1_0 pre_definition_1_57_0 -1
 b_1_0 pre_definition_1_58_0 -1
 b_1_0 pre_definition_1_59_0 -1
 b_1_0 pre_definition_1_60_0 -1
 b_1_0 pre_definition_1_61_0 -1
 b_1_0 pre_definition_1_62_0 -1
 b_1_0 pre_definition_1_63_0 -1
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
 b_1_1 pre_definition_1_48_1 -1
 b_1_1 pre_definition_1_49_1 -1
 b_1_1 pre_definition_1_50_1 -1
 b_1_1 pre_definition_1_51_1 -1
 b_1_1 pre_definition_1_52_1 -1
 b_1_1 pre_definition_1_53_1 -1
 b_1_1 pre_definition_1_54_1 -1
 b_1_1 pre_definition_1_55_1 -1
 b_1_1 pre_definition_1_56_1 -1
 b_1_1 pre_definition_1_57_1 -1
 b_1_1 pre_definition_1_58_1 -1
 b_1_1 pre_definition_1_59_1 -1
 b_1_1 pre_definition_1_60_1 -1
 b_1_1 pre_definition_1_61_1 -1
 b_1_1 pre_definition_1_62_1 -1
 b_1_1 pre_definition_1_63_1 -1
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
 b_1_2 pre_definition_1_20_2 -1
 b_1_2 pre_definition_1_21_2 -1
 b_1_2 pre_definition_1_22_2 -1
 b_1_2 pre_definition_1_23_2 -1
 b_1_2 pre_definition_1_24_2 -1
 b_1_2 pre_definition_1_25_2 -1
 b_1_2 pre_definition_1_26_2 -1
 b_1_2 pre_definition_1_27_2 -1
 b_1_2 pre_definition_1_28_2 -1
 b_1_2 pre_definition_1_29_2 -1
 b_1_2 pre_definition_1_30_2 -1
 b_1_2 pre_definition_1_31_2 -1
 b_1_2 pre_definition_1_32_2 -1
 b_1_2 pre_definition_1_33_2 -1
 b_1_2 pre_definition_1_34_2 -1
 b_1_2 pre_definition_1_35_2 -1
 b_1_2 pre_definition_1_36_2 -1
 b_1_2 pre_definition_1_37_2 -1
 b_1_2 pre_definition_1_38_2 -1
 b_1_2 pre_definition_1_39_2 -1
 b_1_2 pre_definition_1_40_2 -1
 b_1_2 pre_definition_1_41_2 -1
 b_1_2 pre_definition_1_42_2 -1
 b_1_2 pre_definition_1_43_2 -1
 b_1_2 pre_definition_1_44_2 -1
 b_1_2 pre_definition_1_45_2 -1
 b_1_2 pre_definition_1_46_2 -1
 b_1_2 pre_definition_1_47_2 -1
 b_1_2 pre_definition_1_48_2 -1
 b_1_2 pre_definition_1_49_2 -1
 b_1_2 pre_definition_1_50_2 -1
 b_1_2 pre_definition_1_51_2 -1
 b_1_2 pre_definition_1_52_2 -1
 b_1_2 pre_definition_1_53_2 -1
 b_1_2 pre_definition_1_54_2 -1
 b_1_2 pre_definition_1_55_2 -1
 b_1_2 pre_definition_1_56_2 -1
 b_1_2 pre_definition_1_57_2 -1
 b_1_2 pre_definition_1_58_2 -1
 b_1_2 pre_definition_1_59_2 -1
 b_1_2 pre_definition_1_60_2 -1
 b_1_2 pre_definition_1_61_2 -1
 b_1_2 pre_definition_1_62_2 -1
 b_1_2 pre_definition_1_63_2 -1
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
 b_2_0 out_definition_48_0 -1
 b_2_0 out_definition_49_0 -1
 b_2_0 out_definition_50_0 -1
 b_2_0 out_definition_51_0 -1
 b_2_0 out_definition_52_0 -1
 b_2_0 out_definition_53_0 -1
 b_2_0 out_definition_54_0 -1
 b_2_0 out_definition_55_0 -1
 b_2_0 out_definition_56_0 -1
 b_2_0 out_definition_57_0 -1
 b_2_0 out_definition_58_0 -1
 b_2_0 out_definition_59_0 -1
 b_2_0 out_definition_60_0 -1
 b_2_0 out_definition_61_0 -1
 b_2_0 out_definition_62_0 -1
 b_2_0 out_definition_63_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e259_ -1
 pre_1_0_0 e260_ -1
 pre_1_0_0 e263_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e266_ -1
 pre_1_0_1 e267_ -1
 pre_1_0_1 e270_ 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 e273_ -1
 pre_1_0_2 e274_ -1
 pre_1_0_2 e277_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e280_ -1
 pre_1_1_0 e281_ -1
 pre_1_1_0 e284_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e287_ -1
 pre_1_1_1 e288_ -1
 pre_1_1_1 e291_ 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 e294_ -1
 pre_1_1_2 e295_ -1
 pre_1_1_2 e298_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e301_ -1
 pre_1_2_0 e302_ -1
 pre_1_2_0 e305_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e308_ -1
 pre_1_2_1 e309_ -1
 pre_1_2_1 e312_ 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 e315_ -1
 pre_1_2_2 e316_ -1
 pre_1_2_2 e319_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e322_ -1
 pre_1_3_0 e323_ -1
 pre_1_3_0 e326_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e329_ -1
 pre_1_3_1 e330_ -1
 pre_1_3_1 e333_ 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 e336_ -1
 pre_1_3_2 e337_ -1
 pre_1_3_2 e340_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e343_ -1
 pre_1_4_0 e344_ -1
 pre_1_4_0 e347_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e350_ -1
 pre_1_4_1 e351_ -1
 pre_1_4_1 e354_ 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 e357_ -1
 pre_1_4_2 e358_ -1
 pre_1_4_2 e361_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e364_ -1
 pre_1_5_0 e365_ -1
 pre_1_5_0 e368_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e371_ -1
 pre_1_5_1 e372_ -1
 pre_1_5_1 e375_ 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 e378_ -1
 pre_1_5_2 e379_ -1
 pre_1_5_2 e382_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e385_ -1
 pre_1_6_0 e386_ -1
 pre_1_6_0 e389_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e392_ -1
 pre_1_6_1 e393_ -1
 pre_1_6_1 e396_ 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 e399_ -1
 pre_1_6_2 e400_ -1
 pre_1_6_2 e403_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e406_ -1
 pre_1_7_0 e407_ -1
 pre_1_7_0 e410_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e413_ -1
 pre_1_7_1 e414_ -1
 pre_1_7_1 e417_ 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 e420_ -1
 pre_1_7_2 e421_ -1
 pre_1_7_2 e424_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e427_ -1
 pre_1_8_0 e428_ -1
 pre_1_8_0 e431_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e434_ -1
 pre_1_8_1 e435_ -1
 pre_1_8_1 e438_ 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 e441_ -1
 pre_1_8_2 e442_ -1
 pre_1_8_2 e445_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e448_ -1
 pre_1_9_0 e449_ -1
 pre_1_9_0 e452_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e455_ -1
 pre_1_9_1 e456_ -1
 pre_1_9_1 e459_ 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 e462_ -1
 pre_1_9_2 e463_ -1
 pre_1_9_2 e466_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e469_ -1
 pre_1_10_0 e470_ -1
 pre_1_10_0 e473_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e476_ -1
 pre_1_10_1 e477_ -1
 pre_1_10_1 e480_ 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 e483_ -1
 pre_1_10_2 e484_ -1
 pre_1_10_2 e487_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e490_ -1
 pre_1_11_0 e491_ -1
 pre_1_11_0 e494_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e497_ -1
 pre_1_11_1 e498_ -1
 pre_1_11_1 e501_ 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 e504_ -1
 pre_1_11_2 e505_ -1
 pre_1_11_2 e508_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e511_ -1
 pre_1_12_0 e512_ -1
 pre_1_12_0 e515_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e518_ -1
 pre_1_12_1 e519_ -1
 pre_1_12_1 e522_ 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 e525_ -1
 pre_1_12_2 e526_ -1
 pre_1_12_2 e529_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e532_ -1
 pre_1_13_0 e533_ -1
 pre_1_13_0 e536_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e539_ -1
 pre_1_13_1 e540_ -1
 pre_1_13_1 e543_ 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 e546_ -1
 pre_1_13_2 e547_ -1
 pre_1_13_2 e550_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e553_ -1
 pre_1_14_0 e554_ -1
 pre_1_14_0 e557_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e560_ -1
 pre_1_14_1 e561_ -1
 pre_1_14_1 e564_ 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 e567_ -1
 pre_1_14_2 e568_ -1
 pre_1_14_2 e571_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e574_ -1
 pre_1_15_0 e575_ -1
 pre_1_15_0 e578_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e581_ -1
 pre_1_15_1 e582_ -1
 pre_1_15_1 e585_ 1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_above_pre 1
 pre_1_15_2 e588_ -1
 pre_1_15_2 e589_ -1
 pre_1_15_2 e592_ 1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre 1
 pre_1_16_0 e595_ -1
 pre_1_16_0 e596_ -1
 pre_1_16_0 e599_ 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre 1
 pre_1_16_1 e602_ -1
 pre_1_16_1 e603_ -1
 pre_1_16_1 e606_ 1
 pre_1_16_2 pre_definition_1_16_2 1
 pre_1_16_2 relu_1_16_2_above_pre 1
 pre_1_16_2 e609_ -1
 pre_1_16_2 e610_ -1
 pre_1_16_2 e613_ 1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_above_pre 1
 pre_1_17_0 e616_ -1
 pre_1_17_0 e617_ -1
 pre_1_17_0 e620_ 1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_above_pre 1
 pre_1_17_1 e623_ -1
 pre_1_17_1 e624_ -1
 pre_1_17_1 e627_ 1
 pre_1_17_2 pre_definition_1_17_2 1
 pre_1_17_2 relu_1_17_2_above_pre 1
 pre_1_17_2 e630_ -1
 pre_1_17_2 e631_ -1
 pre_1_17_2 e634_ 1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_above_pre 1
 pre_1_18_0 e637_ -1
 pre_1_18_0 e638_ -1
 pre_1_18_0 e641_ 1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_above_pre 1
 pre_1_18_1 e644_ -1
 pre_1_18_1 e645_ -1
 pre_1_18_1 e648_ 1
 pre_1_18_2 pre_definition_1_18_2 1
 pre_1_18_2 relu_1_18_2_above_pre 1
 pre_1_18_2 e651_ -1
 pre_1_18_2 e652_ -1
 pre_1_18_2 e655_ 1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_above_pre 1
 pre_1_19_0 e658_ -1
 pre_1_19_0 e659_ -1
 pre_1_19_0 e662_ 1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_above_pre 1
 pre_1_19_1 e665_ -1
 pre_1_19_1 e666_ -1
 pre_1_19_1 e669_ 1
 pre_1_19_2 pre_definition_1_19_2 1
 pre_1_19_2 relu_1_19_2_above_pre 1
 pre_1_19_2 e672_ -1
 pre_1_19_2 e673_ -1
 pre_1_19_2 e676_ 1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_above_pre 1
 pre_1_20_0 e679_ -1
 pre_1_20_0 e680_ -1
 pre_1_20_0 e683_ 1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_above_pre 1
 pre_1_20_1 e686_ -1
 pre_1_20_1 e687_ -1
 pre_1_20_1 e690_ 1
 pre_1_20_2 pre_definition_1_20_2 1
 pre_1_20_2 relu_1_20_2_above_pre 1
 pre_1_20_2 e693_ -1
 pre_1_20_2 e694_ -1
 pre_1_20_2 e697_ 1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_above_pre 1
 pre_1_21_0 e700_ -1
 pre_1_21_0 e701_ -1
 pre_1_21_0 e704_ 1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_above_pre 1
 pre_1_21_1 e707_ -1
 pre_1_21_1 e708_ -1
 pre_1_21_1 e711_ 1
 pre_1_21_2 pre_definition_1_21_2 1
 pre_1_21_2 relu_1_21_2_above_pre 1
 pre_1_21_2 e714_ -1
 pre_1_21_2 e715_ -1
 pre_1_21_2 e718_ 1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_above_pre 1
 pre_1_22_0 e721_ -1
 pre_1_22_0 e722_ -1
 pre_1_22_0 e725_ 1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_above_pre 1
 pre_1_22_1 e728_ -1
 pre_1_22_1 e729_ -1
 pre_1_22_1 e732_ 1
 pre_1_22_2 pre_definition_1_22_2 1
 pre_1_22_2 relu_1_22_2_above_pre 1
 pre_1_22_2 e735_ -1
 pre_1_22_2 e736_ -1
 pre_1_22_2 e739_ 1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_above_pre 1
 pre_1_23_0 e742_ -1
 pre_1_23_0 e743_ -1
 pre_1_23_0 e746_ 1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_above_pre 1
 pre_1_23_1 e749_ -1
 pre_1_23_1 e750_ -1
 pre_1_23_1 e753_ 1
 pre_1_23_2 pre_definition_1_23_2 1
 pre_1_23_2 relu_1_23_2_above_pre 1
 pre_1_23_2 e756_ -1
 pre_1_23_2 e757_ -1
 pre_1_23_2 e760_ 1
 pre_1_24_0 pre_definition_1_24_0 1
 pre_1_24_0 relu_1_24_0_above_pre 1
 pre_1_24_0 e763_ -1
 pre_1_24_0 e764_ -1
 pre_1_24_0 e767_ 1
 pre_1_24_1 pre_definition_1_24_1 1
 pre_1_24_1 relu_1_24_1_above_pre 1
 pre_1_24_1 e770_ -1
 pre_1_24_1 e771_ -1
 pre_1_24_1 e774_ 1
 pre_1_24_2 pre_definition_1_24_2 1
 pre_1_24_2 relu_1_24_2_above_pre 1
 pre_1_24_2 e777_ -1
 pre_1_24_2 e778_ -1
 pre_1_24_2 e781_ 1
 pre_1_25_0 pre_definition_1_25_0 1
 pre_1_25_0 relu_1_25_0_above_pre 1
 pre_1_25_0 e784_ -1
 pre_1_25_0 e785_ -1
 pre_1_25_0 e788_ 1
 pre_1_25_1 pre_definition_1_25_1 1
 pre_1_25_1 relu_1_25_1_above_pre 1
 pre_1_25_1 e791_ -1
 pre_1_25_1 e792_ -1
 pre_1_25_1 e795_ 1
 pre_1_25_2 pre_definition_1_25_2 1
 pre_1_25_2 relu_1_25_2_above_pre 1
 pre_1_25_2 e798_ -1
 pre_1_25_2 e799_ -1
 pre_1_25_2 e802_ 1
 pre_1_26_0 pre_definition_1_26_0 1
 pre_1_26_0 relu_1_26_0_above_pre 1
 pre_1_26_0 e805_ -1
 pre_1_26_0 e806_ -1
 pre_1_26_0 e809_ 1
 pre_1_26_1 pre_definition_1_26_1 1
 pre_1_26_1 relu_1_26_1_above_pre 1
 pre_1_26_1 e812_ -1
 pre_1_26_1 e813_ -1
 pre_1_26_1 e816_ 1
 pre_1_26_2 pre_definition_1_26_2 1
 pre_1_26_2 relu_1_26_2_above_pre 1
 pre_1_26_2 e819_ -1
 pre_1_26_2 e820_ -1
 pre_1_26_2 e823_ 1
 pre_1_27_0 pre_definition_1_27_0 1
 pre_1_27_0 relu_1_27_0_above_pre 1
 pre_1_27_0 e826_ -1
 pre_1_27_0 e827_ -1
 pre_1_27_0 e830_ 1
 pre_1_27_1 pre_definition_1_27_1 1
 pre_1_27_1 relu_1_27_1_above_pre 1
 pre_1_27_1 e833_ -1
 pre_1_27_1 e834_ -1
 pre_1_27_1 e837_ 1
 pre_1_27_2 pre_definition_1_27_2 1
 pre_1_27_2 relu_1_27_2_above_pre 1
 pre_1_27_2 e840_ -1
 pre_1_27_2 e841_ -1
 pre_1_27_2 e844_ 1
 pre_1_28_0 pre_definition_1_28_0 1
 pre_1_28_0 relu_1_28_0_above_pre 1
 pre_1_28_0 e847_ -1
 pre_1_28_0 e848_ -1
 pre_1_28_0 e851_ 1
 pre_1_28_1 pre_definition_1_28_1 1
 pre_1_28_1 relu_1_28_1_above_pre 1
 pre_1_28_1 e854_ -1
 pre_1_28_1 e855_ -1
 pre_1_28_1 e858_ 1
 pre_1_28_2 pre_definition_1_28_2 1
 pre_1_28_2 relu_1_28_2_above_pre 1
 pre_1_28_2 e861_ -1
 pre_1_28_2 e862_ -1
 pre_1_28_2 e865_ 1
 pre_1_29_0 pre_definition_1_29_0 1
 pre_1_29_0 relu_1_29_0_above_pre 1
 pre_1_29_0 e868_ -1
 pre_1_29_0 e869_ -1
 pre_1_29_0 e872_ 1
 pre_1_29_1 pre_definition_1_29_1 1
 pre_1_29_1 relu_1_29_1_above_pre 1
 pre_1_29_1 e875_ -1
 pre_1_29_1 e876_ -1
 pre_1_29_1 e879_ 1
 pre_1_29_2 pre_definition_1_29_2 1
 pre_1_29_2 relu_1_29_2_above_pre 1
 pre_1_29_2 e882_ -1
 pre_1_29_2 e883_ -1
 pre_1_29_2 e886_ 1
 pre_1_30_0 pre_definition_1_30_0 1
 pre_1_30_0 relu_1_30_0_above_pre 1
 pre_1_30_0 e889_ -1
 pre_1_30_0 e890_ -1
 pre_1_30_0 e893_ 1
 pre_1_30_1 pre_definition_1_30_1 1
 pre_1_30_1 relu_1_30_1_above_pre 1
 pre_1_30_1 e896_ -1
 pre_1_30_1 e897_ -1
 pre_1_30_1 e900_ 1
 pre_1_30_2 pre_definition_1_30_2 1
 pre_1_30_2 relu_1_30_2_above_pre 1
 pre_1_30_2 e903_ -1
 pre_1_30_2 e904_ -1
 pre_1_30_2 e907_ 1
 pre_1_31_0 pre_definition_1_31_0 1
 pre_1_31_0 relu_1_31_0_above_pre 1
 pre_1_31_0 e910_ -1
 pre_1_31_0 e911_ -1
 pre_1_31_0 e914_ 1
 pre_1_31_1 pre_definition_1_31_1 1
 pre_1_31_1 relu_1_31_1_above_pre 1
 pre_1_31_1 e917_ -1
 pre_1_31_1 e918_ -1
 pre_1_31_1 e921_ 1
 pre_1_31_2 pre_definition_1_31_2 1
 pre_1_31_2 relu_1_31_2_above_pre 1
 pre_1_31_2 e924_ -1
 pre_1_31_2 e925_ -1
 pre_1_31_2 e928_ 1
 pre_1_32_0 pre_definition_1_32_0 1
 pre_1_32_0 relu_1_32_0_above_pre 1
 pre_1_32_0 e931_ -1
 pre_1_32_0 e932_ -1
 pre_1_32_0 e935_ 1
 pre_1_32_1 pre_definition_1_32_1 1
 pre_1_32_1 relu_1_32_1_above_pre 1
 pre_1_32_1 e938_ -1
 pre_1_32_1 e939_ -1
 pre_1_32_1 e942_ 1
 pre_1_32_2 pre_definition_1_32_2 1
 pre_1_32_2 relu_1_32_2_above_pre 1
 pre_1_32_2 e945_ -1
 pre_1_32_2 e946_ -1
 pre_1_32_2 e949_ 1
 pre_1_33_0 pre_definition_1_33_0 1
 pre_1_33_0 relu_1_33_0_above_pre 1
 pre_1_33_0 e952_ -1
 pre_1_33_0 e953_ -1
 pre_1_33_0 e956_ 1
 pre_1_33_1 pre_definition_1_33_1 1
 pre_1_33_1 relu_1_33_1_above_pre 1
 pre_1_33_1 e959_ -1
 pre_1_33_1 e960_ -1
 pre_1_33_1 e963_ 1
 pre_1_33_2 pre_definition_1_33_2 1
 pre_1_33_2 relu_1_33_2_above_pre 1
 pre_1_33_2 e966_ -1
 pre_1_33_2 e967_ -1
 pre_1_33_2 e970_ 1
 pre_1_34_0 pre_definition_1_34_0 1
 pre_1_34_0 relu_1_34_0_above_pre 1
 pre_1_34_0 e973_ -1
 pre_1_34_0 e974_ -1
 pre_1_34_0 e977_ 1
 pre_1_34_1 pre_definition_1_34_1 1
 pre_1_34_1 relu_1_34_1_above_pre 1
 pre_1_34_1 e980_ -1
 pre_1_34_1 e981_ -1
 pre_1_34_1 e984_ 1
 pre_1_34_2 pre_definition_1_34_2 1
 pre_1_34_2 relu_1_34_2_above_pre 1
 pre_1_34_2 e987_ -1
 pre_1_34_2 e988_ -1
 pre_1_34_2 e991_ 1
 pre_1_35_0 pre_definition_1_35_0 1
 pre_1_35_0 relu_1_35_0_above_pre 1
 pre_1_35_0 e994_ -1
 pre_1_35_0 e995_ -1
 pre_1_35_0 e998_ 1
 pre_1_35_1 pre_definition_1_35_1 1
 pre_1_35_1 relu_1_35_1_above_pre 1
 pre_1_35_1 e1001_ -1
 pre_1_35_1 e1002_ -1
 pre_1_35_1 e1005_ 1
 pre_1_35_2 pre_definition_1_35_2 1
 pre_1_35_2 relu_1_35_2_above_pre 1
 pre_1_35_2 e1008_ -1
 pre_1_35_2 e1009_ -1
 pre_1_35_2 e1012_ 1
 pre_1_36_0 pre_definition_1_36_0 1
 pre_1_36_0 relu_1_36_0_above_pre 1
 pre_1_36_0 e1015_ -1
 pre_1_36_0 e1016_ -1
 pre_1_36_0 e1019_ 1
 pre_1_36_1 pre_definition_1_36_1 1
 pre_1_36_1 relu_1_36_1_above_pre 1
 pre_1_36_1 e1022_ -1
 pre_1_36_1 e1023_ -1
 pre_1_36_1 e1026_ 1
 pre_1_36_2 pre_definition_1_36_2 1
 pre_1_36_2 relu_1_36_2_above_pre 1
 pre_1_36_2 e1029_ -1
 pre_1_36_2 e1030_ -1
 pre_1_36_2 e1033_ 1
 pre_1_37_0 pre_definition_1_37_0 1
 pre_1_37_0 relu_1_37_0_above_pre 1
 pre_1_37_0 e1036_ -1
 pre_1_37_0 e1037_ -1
 pre_1_37_0 e1040_ 1
 pre_1_37_1 pre_definition_1_37_1 1
 pre_1_37_1 relu_1_37_1_above_pre 1
 pre_1_37_1 e1043_ -1
 pre_1_37_1 e1044_ -1
 pre_1_37_1 e1047_ 1
 pre_1_37_2 pre_definition_1_37_2 1
 pre_1_37_2 relu_1_37_2_above_pre 1
 pre_1_37_2 e1050_ -1
 pre_1_37_2 e1051_ -1
 pre_1_37_2 e1054_ 1
 pre_1_38_0 pre_definition_1_38_0 1
 pre_1_38_0 relu_1_38_0_above_pre 1
 pre_1_38_0 e1057_ -1
 pre_1_38_0 e1058_ -1
 pre_1_38_0 e1061_ 1
 pre_1_38_1 pre_definition_1_38_1 1
 pre_1_38_1 relu_1_38_1_above_pre 1
 pre_1_38_1 e1064_ -1
 pre_1_38_1 e1065_ -1
 pre_1_38_1 e1068_ 1
 pre_1_38_2 pre_definition_1_38_2 1
 pre_1_38_2 relu_1_38_2_above_pre 1
 pre_1_38_2 e1071_ -1
 pre_1_38_2 e1072_ -1
 pre_1_38_2 e1075_ 1
 pre_1_39_0 pre_definition_1_39_0 1
 pre_1_39_0 relu_1_39_0_above_pre 1
 pre_1_39_0 e1078_ -1
 pre_1_39_0 e1079_ -1
 pre_1_39_0 e1082_ 1
 pre_1_39_1 pre_definition_1_39_1 1
 pre_1_39_1 relu_1_39_1_above_pre 1
 pre_1_39_1 e1085_ -1
 pre_1_39_1 e1086_ -1
 pre_1_39_1 e1089_ 1
 pre_1_39_2 pre_definition_1_39_2 1
 pre_1_39_2 relu_1_39_2_above_pre 1
 pre_1_39_2 e1092_ -1
 pre_1_39_2 e1093_ -1
 pre_1_39_2 e1096_ 1
 pre_1_40_0 pre_definition_1_40_0 1
 pre_1_40_0 relu_1_40_0_above_pre 1
 pre_1_40_0 e1099_ -1
 pre_1_40_0 e1100_ -1
 pre_1_40_0 e1103_ 1
 pre_1_40_1 pre_definition_1_40_1 1
 pre_1_40_1 relu_1_40_1_above_pre 1
 pre_1_40_1 e1106_ -1
 pre_1_40_1 e1107_ -1
 pre_1_40_1 e1110_ 1
 pre_1_40_2 pre_definition_1_40_2 1
 pre_1_40_2 relu_1_40_2_above_pre 1
 pre_1_40_2 e1113_ -1
 pre_1_40_2 e1114_ -1
 pre_1_40_2 e1117_ 1
 pre_1_41_0 pre_definition_1_41_0 1
 pre_1_41_0 relu_1_41_0_above_pre 1
 pre_1_41_0 e1120_ -1
 pre_1_41_0 e1121_ -1
 pre_1_41_0 e1124_ 1
 pre_1_41_1 pre_definition_1_41_1 1
 pre_1_41_1 relu_1_41_1_above_pre 1
 pre_1_41_1 e1127_ -1
 pre_1_41_1 e1128_ -1
 pre_1_41_1 e1131_ 1
 pre_1_41_2 pre_definition_1_41_2 1
 pre_1_41_2 relu_1_41_2_above_pre 1
 pre_1_41_2 e1134_ -1
 pre_1_41_2 e1135_ -1
 pre_1_41_2 e1138_ 1
 pre_1_42_0 pre_definition_1_42_0 1
 pre_1_42_0 relu_1_42_0_above_pre 1
 pre_1_42_0 e1141_ -1
 pre_1_42_0 e1142_ -1
 pre_1_42_0 e1145_ 1
 pre_1_42_1 pre_definition_1_42_1 1
 pre_1_42_1 relu_1_42_1_above_pre 1
 pre_1_42_1 e1148_ -1
 pre_1_42_1 e1149_ -1
 pre_1_42_1 e1152_ 1
 pre_1_42_2 pre_definition_1_42_2 1
 pre_1_42_2 relu_1_42_2_above_pre 1
 pre_1_42_2 e1155_ -1
 pre_1_42_2 e1156_ -1
 pre_1_42_2 e1159_ 1
 pre_1_43_0 pre_definition_1_43_0 1
 pre_1_43_0 relu_1_43_0_above_pre 1
 pre_1_43_0 e1162_ -1
 pre_1_43_0 e1163_ -1
 pre_1_43_0 e1166_ 1
 pre_1_43_1 pre_definition_1_43_1 1
 pre_1_43_1 relu_1_43_1_above_pre 1
 pre_1_43_1 e1169_ -1
 pre_1_43_1 e1170_ -1
 pre_1_43_1 e1173_ 1
 pre_1_43_2 pre_definition_1_43_2 1
 pre_1_43_2 relu_1_43_2_above_pre 1
 pre_1_43_2 e1176_ -1
 pre_1_43_2 e1177_ -1
 pre_1_43_2 e1180_ 1
 pre_1_44_0 pre_definition_1_44_0 1
 pre_1_44_0 relu_1_44_0_above_pre 1
 pre_1_44_0 e1183_ -1
 pre_1_44_0 e1184_ -1
 pre_1_44_0 e1187_ 1
 pre_1_44_1 pre_definition_1_44_1 1
 pre_1_44_1 relu_1_44_1_above_pre 1
 pre_1_44_1 e1190_ -1
 pre_1_44_1 e1191_ -1
 pre_1_44_1 e1194_ 1
 pre_1_44_2 pre_definition_1_44_2 1
 pre_1_44_2 relu_1_44_2_above_pre 1
 pre_1_44_2 e1197_ -1
 pre_1_44_2 e1198_ -1
 pre_1_44_2 e1201_ 1
 pre_1_45_0 pre_definition_1_45_0 1
 pre_1_45_0 relu_1_45_0_above_pre 1
 pre_1_45_0 e1204_ -1
 pre_1_45_0 e1205_ -1
 pre_1_45_0 e1208_ 1
 pre_1_45_1 pre_definition_1_45_1 1
 pre_1_45_1 relu_1_45_1_above_pre 1
 pre_1_45_1 e1211_ -1
 pre_1_45_1 e1212_ -1
 pre_1_45_1 e1215_ 1
 pre_1_45_2 pre_definition_1_45_2 1
 pre_1_45_2 relu_1_45_2_above_pre 1
 pre_1_45_2 e1218_ -1
 pre_1_45_2 e1219_ -1
 pre_1_45_2 e1222_ 1
 pre_1_46_0 pre_definition_1_46_0 1
 pre_1_46_0 relu_1_46_0_above_pre 1
 pre_1_46_0 e1225_ -1
 pre_1_46_0 e1226_ -1
 pre_1_46_0 e1229_ 1
 pre_1_46_1 pre_definition_1_46_1 1
 pre_1_46_1 relu_1_46_1_above_pre 1
 pre_1_46_1 e1232_ -1
 pre_1_46_1 e1233_ -1
 pre_1_46_1 e1236_ 1
 pre_1_46_2 pre_definition_1_46_2 1
 pre_1_46_2 relu_1_46_2_above_pre 1
 pre_1_46_2 e1239_ -1
 pre_1_46_2 e1240_ -1
 pre_1_46_2 e1243_ 1
 pre_1_47_0 pre_definition_1_47_0 1
 pre_1_47_0 relu_1_47_0_above_pre 1
 pre_1_47_0 e1246_ -1
 pre_1_47_0 e1247_ -1
 pre_1_47_0 e1250_ 1
 pre_1_47_1 pre_definition_1_47_1 1
 pre_1_47_1 relu_1_47_1_above_pre 1
 pre_1_47_1 e1253_ -1
 pre_1_47_1 e1254_ -1
 pre_1_47_1 e1257_ 1
 pre_1_47_2 pre_definition_1_47_2 1
 pre_1_47_2 relu_1_47_2_above_pre 1
 pre_1_47_2 e1260_ -1
 pre_1_47_2 e1261_ -1
 pre_1_47_2 e1264_ 1
 pre_1_48_0 pre_definition_1_48_0 1
 pre_1_48_0 relu_1_48_0_above_pre 1
 pre_1_48_0 e1267_ -1
 pre_1_48_0 e1268_ -1
 pre_1_48_0 e1271_ 1
 pre_1_48_1 pre_definition_1_48_1 1
 pre_1_48_1 relu_1_48_1_above_pre 1
 pre_1_48_1 e1274_ -1
 pre_1_48_1 e1275_ -1
 pre_1_48_1 e1278_ 1
 pre_1_48_2 pre_definition_1_48_2 1
 pre_1_48_2 relu_1_48_2_above_pre 1
 pre_1_48_2 e1281_ -1
 pre_1_48_2 e1282_ -1
 pre_1_48_2 e1285_ 1
 pre_1_49_0 pre_definition_1_49_0 1
 pre_1_49_0 relu_1_49_0_above_pre 1
 pre_1_49_0 e1288_ -1
 pre_1_49_0 e1289_ -1
 pre_1_49_0 e1292_ 1
 pre_1_49_1 pre_definition_1_49_1 1
 pre_1_49_1 relu_1_49_1_above_pre 1
 pre_1_49_1 e1295_ -1
 pre_1_49_1 e1296_ -1
 pre_1_49_1 e1299_ 1
 pre_1_49_2 pre_definition_1_49_2 1
 pre_1_49_2 relu_1_49_2_above_pre 1
 pre_1_49_2 e1302_ -1
 pre_1_49_2 e1303_ -1
 pre_1_49_2 e1306_ 1
 pre_1_50_0 pre_definition_1_50_0 1
 pre_1_50_0 relu_1_50_0_above_pre 1
 pre_1_50_0 e1309_ -1
 pre_1_50_0 e1310_ -1
 pre_1_50_0 e1313_ 1
 pre_1_50_1 pre_definition_1_50_1 1
 pre_1_50_1 relu_1_50_1_above_pre 1
 pre_1_50_1 e1316_ -1
 pre_1_50_1 e1317_ -1
 pre_1_50_1 e1320_ 1
 pre_1_50_2 pre_definition_1_50_2 1
 pre_1_50_2 relu_1_50_2_above_pre 1
 pre_1_50_2 e1323_ -1
 pre_1_50_2 e1324_ -1
 pre_1_50_2 e1327_ 1
 pre_1_51_0 pre_definition_1_51_0 1
 pre_1_51_0 relu_1_51_0_above_pre 1
 pre_1_51_0 e1330_ -1
 pre_1_51_0 e1331_ -1
 pre_1_51_0 e1334_ 1
 pre_1_51_1 pre_definition_1_51_1 1
 pre_1_51_1 relu_1_51_1_above_pre 1
 pre_1_51_1 e1337_ -1
 pre_1_51_1 e1338_ -1
 pre_1_51_1 e1341_ 1
 pre_1_51_2 pre_definition_1_51_2 1
 pre_1_51_2 relu_1_51_2_above_pre 1
 pre_1_51_2 e1344_ -1
 pre_1_51_2 e1345_ -1
 pre_1_51_2 e1348_ 1
 pre_1_52_0 pre_definition_1_52_0 1
 pre_1_52_0 relu_1_52_0_above_pre 1
 pre_1_52_0 e1351_ -1
 pre_1_52_0 e1352_ -1
 pre_1_52_0 e1355_ 1
 pre_1_52_1 pre_definition_1_52_1 1
 pre_1_52_1 relu_1_52_1_above_pre 1
 pre_1_52_1 e1358_ -1
 pre_1_52_1 e1359_ -1
 pre_1_52_1 e1362_ 1
 pre_1_52_2 pre_definition_1_52_2 1
 pre_1_52_2 relu_1_52_2_above_pre 1
 pre_1_52_2 e1365_ -1
 pre_1_52_2 e1366_ -1
 pre_1_52_2 e1369_ 1
 pre_1_53_0 pre_definition_1_53_0 1
 pre_1_53_0 relu_1_53_0_above_pre 1
 pre_1_53_0 e1372_ -1
 pre_1_53_0 e1373_ -1
 pre_1_53_0 e1376_ 1
 pre_1_53_1 pre_definition_1_53_1 1
 pre_1_53_1 relu_1_53_1_above_pre 1
 pre_1_53_1 e1379_ -1
 pre_1_53_1 e1380_ -1
 pre_1_53_1 e1383_ 1
 pre_1_53_2 pre_definition_1_53_2 1
 pre_1_53_2 relu_1_53_2_above_pre 1
 pre_1_53_2 e1386_ -1
 pre_1_53_2 e1387_ -1
 pre_1_53_2 e1390_ 1
 pre_1_54_0 pre_definition_1_54_0 1
 pre_1_54_0 relu_1_54_0_above_pre 1
 pre_1_54_0 e1393_ -1
 pre_1_54_0 e1394_ -1
 pre_1_54_0 e1397_ 1
 pre_1_54_1 pre_definition_1_54_1 1
 pre_1_54_1 relu_1_54_1_above_pre 1
 pre_1_54_1 e1400_ -1
 pre_1_54_1 e1401_ -1
 pre_1_54_1 e1404_ 1
 pre_1_54_2 pre_definition_1_54_2 1
 pre_1_54_2 relu_1_54_2_above_pre 1
 pre_1_54_2 e1407_ -1
 pre_1_54_2 e1408_ -1
 pre_1_54_2 e1411_ 1
 pre_1_55_0 pre_definition_1_55_0 1
 pre_1_55_0 relu_1_55_0_above_pre 1
 pre_1_55_0 e1414_ -1
 pre_1_55_0 e1415_ -1
 pre_1_55_0 e1418_ 1
 pre_1_55_1 pre_definition_1_55_1 1
 pre_1_55_1 relu_1_55_1_above_pre 1
 pre_1_55_1 e1421_ -1
 pre_1_55_1 e1422_ -1
 pre_1_55_1 e1425_ 1
 pre_1_55_2 pre_definition_1_55_2 1
 pre_1_55_2 relu_1_55_2_above_pre 1
 pre_1_55_2 e1428_ -1
 pre_1_55_2 e1429_ -1
 pre_1_55_2 e1432_ 1
 pre_1_56_0 pre_definition_1_56_0 1
 pre_1_56_0 relu_1_56_0_above_pre 1
 pre_1_56_0 e1435_ -1
 pre_1_56_0 e1436_ -1
 pre_1_56_0 e1439_ 1
 pre_1_56_1 pre_definition_1_56_1 1
 pre_1_56_1 relu_1_56_1_above_pre 1
 pre_1_56_1 e1442_ -1
 pre_1_56_1 e1443_ -1
 pre_1_56_1 e1446_ 1
 pre_1_56_2 pre_definition_1_56_2 1
 pre_1_56_2 relu_1_56_2_above_pre 1
 pre_1_56_2 e1449_ -1
 pre_1_56_2 e1450_ -1
 pre_1_56_2 e1453_ 1
 pre_1_57_0 pre_definition_1_57_0 1
 pre_1_57_0 relu_1_57_0_above_pre 1
 pre_1_57_0 e1456_ -1
 pre_1_57_0 e1457_ -1
 pre_1_57_0 e1460_ 1
 pre_1_57_1 pre_definition_1_57_1 1
 pre_1_57_1 relu_1_57_1_above_pre 1
 pre_1_57_1 e1463_ -1
 pre_1_57_1 e1464_ -1
 pre_1_57_1 e1467_ 1
 pre_1_57_2 pre_definition_1_57_2 1
 pre_1_57_2 relu_1_57_2_above_pre 1
 pre_1_57_2 e1470_ -1
 pre_1_57_2 e1471_ -1
 pre_1_57_2 e1474_ 1
 pre_1_58_0 pre_definition_1_58_0 1
 pre_1_58_0 relu_1_58_0_above_pre 1
 pre_1_58_0 e1477_ -1
 pre_1_58_0 e1478_ -1
 pre_1_58_0 e1481_ 1
 pre_1_58_1 pre_definition_1_58_1 1
 pre_1_58_1 relu_1_58_1_above_pre 1
 pre_1_58_1 e1484_ -1
 pre_1_58_1 e1485_ -1
 pre_1_58_1 e1488_ 1
 pre_1_58_2 pre_definition_1_58_2 1
 pre_1_58_2 relu_1_58_2_above_pre 1
 pre_1_58_2 e1491_ -1
 pre_1_58_2 e1492_ -1
 pre_1_58_2 e1495_ 1
 pre_1_59_0 pre_definition_1_59_0 1
 pre_1_59_0 relu_1_59_0_above_pre 1
 pre_1_59_0 e1498_ -1
 pre_1_59_0 e1499_ -1
 pre_1_59_0 e1502_ 1
 pre_1_59_1 pre_definition_1_59_1 1
 pre_1_59_1 relu_1_59_1_above_pre 1
 pre_1_59_1 e1505_ -1
 pre_1_59_1 e1506_ -1
 pre_1_59_1 e1509_ 1
 pre_1_59_2 pre_definition_1_59_2 1
 pre_1_59_2 relu_1_59_2_above_pre 1
 pre_1_59_2 e1512_ -1
 pre_1_59_2 e1513_ -1
 pre_1_59_2 e1516_ 1
 pre_1_60_0 pre_definition_1_60_0 1
 pre_1_60_0 relu_1_60_0_above_pre 1
 pre_1_60_0 e1519_ -1
 pre_1_60_0 e1520_ -1
 pre_1_60_0 e1523_ 1
 pre_1_60_1 pre_definition_1_60_1 1
 pre_1_60_1 relu_1_60_1_above_pre 1
 pre_1_60_1 e1526_ -1
 pre_1_60_1 e1527_ -1
 pre_1_60_1 e1530_ 1
 pre_1_60_2 pre_definition_1_60_2 1
 pre_1_60_2 relu_1_60_2_above_pre 1
 pre_1_60_2 e1533_ -1
 pre_1_60_2 e1534_ -1
 pre_1_60_2 e1537_ 1
 pre_1_61_0 pre_definition_1_61_0 1
 pre_1_61_0 relu_1_61_0_above_pre 1
 pre_1_61_0 e1540_ -1
 pre_1_61_0 e1541_ -1
 pre_1_61_0 e1544_ 1
 pre_1_61_1 pre_definition_1_61_1 1
 pre_1_61_1 relu_1_61_1_above_pre 1
 pre_1_61_1 e1547_ -1
 pre_1_61_1 e1548_ -1
 pre_1_61_1 e1551_ 1
 pre_1_61_2 pre_definition_1_61_2 1
 pre_1_61_2 relu_1_61_2_above_pre 1
 pre_1_61_2 e1554_ -1
 pre_1_61_2 e1555_ -1
 pre_1_61_2 e1558_ 1
 pre_1_62_0 pre_definition_1_62_0 1
 pre_1_62_0 relu_1_62_0_above_pre 1
 pre_1_62_0 e1561_ -1
 pre_1_62_0 e1562_ -1
 pre_1_62_0 e1565_ 1
 pre_1_62_1 pre_definition_1_62_1 1
 pre_1_62_1 relu_1_62_1_above_pre 1
 pre_1_62_1 e1568_ -1
 pre_1_62_1 e1569_ -1
 pre_1_62_1 e1572_ 1
 pre_1_62_2 pre_definition_1_62_2 1
 pre_1_62_2 relu_1_62_2_above_pre 1
 pre_1_62_2 e1575_ -1
 pre_1_62_2 e1576_ -1
 pre_1_62_2 e1579_ 1
 pre_1_63_0 pre_definition_1_63_0 1
 pre_1_63_0 relu_1_63_0_above_pre 1
 pre_1_63_0 e1582_ -1
 pre_1_63_0 e1583_ -1
 pre_1_63_0 e1586_ 1
 pre_1_63_1 pre_definition_1_63_1 1
 pre_1_63_1 relu_1_63_1_above_pre 1
 pre_1_63_1 e1589_ -1
 pre_1_63_1 e1590_ -1
 pre_1_63_1 e1593_ 1
 pre_1_63_2 pre_definition_1_63_2 1
 pre_1_63_2 relu_1_63_2_above_pre 1
 pre_1_63_2 e1596_ -1
 pre_1_63_2 e1597_ -1
 pre_1_63_2 e1600_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e259_ 1
 post_1_0_0 e260_ 1
 post_1_0_0 e261_ 1
 post_1_0_0 e262_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e266_ 1
 post_1_0_1 e267_ 1
 post_1_0_1 e268_ 1
 post_1_0_1 e269_ 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 e273_ 1
 post_1_0_2 e274_ 1
 post_1_0_2 e275_ 1
 post_1_0_2 e276_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e280_ 1
 post_1_1_0 e281_ 1
 post_1_1_0 e282_ 1
 post_1_1_0 e283_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e287_ 1
 post_1_1_1 e288_ 1
 post_1_1_1 e289_ 1
 post_1_1_1 e290_ 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 e294_ 1
 post_1_1_2 e295_ 1
 post_1_1_2 e296_ 1
 post_1_1_2 e297_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e301_ 1
 post_1_2_0 e302_ 1
 post_1_2_0 e303_ 1
 post_1_2_0 e304_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e308_ 1
 post_1_2_1 e309_ 1
 post_1_2_1 e310_ 1
 post_1_2_1 e311_ 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 e315_ 1
 post_1_2_2 e316_ 1
 post_1_2_2 e317_ 1
 post_1_2_2 e318_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e322_ 1
 post_1_3_0 e323_ 1
 post_1_3_0 e324_ 1
 post_1_3_0 e325_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e329_ 1
 post_1_3_1 e330_ 1
 post_1_3_1 e331_ 1
 post_1_3_1 e332_ 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 e336_ 1
 post_1_3_2 e337_ 1
 post_1_3_2 e338_ 1
 post_1_3_2 e339_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e343_ 1
 post_1_4_0 e344_ 1
 post_1_4_0 e345_ 1
 post_1_4_0 e346_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e350_ 1
 post_1_4_1 e351_ 1
 post_1_4_1 e352_ 1
 post_1_4_1 e353_ 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 e357_ 1
 post_1_4_2 e358_ 1
 post_1_4_2 e359_ 1
 post_1_4_2 e360_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e364_ 1
 post_1_5_0 e365_ 1
 post_1_5_0 e366_ 1
 post_1_5_0 e367_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e371_ 1
 post_1_5_1 e372_ 1
 post_1_5_1 e373_ 1
 post_1_5_1 e374_ 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 e378_ 1
 post_1_5_2 e379_ 1
 post_1_5_2 e380_ 1
 post_1_5_2 e381_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e385_ 1
 post_1_6_0 e386_ 1
 post_1_6_0 e387_ 1
 post_1_6_0 e388_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e392_ 1
 post_1_6_1 e393_ 1
 post_1_6_1 e394_ 1
 post_1_6_1 e395_ 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 e399_ 1
 post_1_6_2 e400_ 1
 post_1_6_2 e401_ 1
 post_1_6_2 e402_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e406_ 1
 post_1_7_0 e407_ 1
 post_1_7_0 e408_ 1
 post_1_7_0 e409_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e413_ 1
 post_1_7_1 e414_ 1
 post_1_7_1 e415_ 1
 post_1_7_1 e416_ 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 e420_ 1
 post_1_7_2 e421_ 1
 post_1_7_2 e422_ 1
 post_1_7_2 e423_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e427_ 1
 post_1_8_0 e428_ 1
 post_1_8_0 e429_ 1
 post_1_8_0 e430_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e434_ 1
 post_1_8_1 e435_ 1
 post_1_8_1 e436_ 1
 post_1_8_1 e437_ 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 e441_ 1
 post_1_8_2 e442_ 1
 post_1_8_2 e443_ 1
 post_1_8_2 e444_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e448_ 1
 post_1_9_0 e449_ 1
 post_1_9_0 e450_ 1
 post_1_9_0 e451_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e455_ 1
 post_1_9_1 e456_ 1
 post_1_9_1 e457_ 1
 post_1_9_1 e458_ 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 e462_ 1
 post_1_9_2 e463_ 1
 post_1_9_2 e464_ 1
 post_1_9_2 e465_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e469_ 1
 post_1_10_0 e470_ 1
 post_1_10_0 e471_ 1
 post_1_10_0 e472_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e476_ 1
 post_1_10_1 e477_ 1
 post_1_10_1 e478_ 1
 post_1_10_1 e479_ 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 e483_ 1
 post_1_10_2 e484_ 1
 post_1_10_2 e485_ 1
 post_1_10_2 e486_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e490_ 1
 post_1_11_0 e491_ 1
 post_1_11_0 e492_ 1
 post_1_11_0 e493_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e497_ 1
 post_1_11_1 e498_ 1
 post_1_11_1 e499_ 1
 post_1_11_1 e500_ 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 e504_ 1
 post_1_11_2 e505_ 1
 post_1_11_2 e506_ 1
 post_1_11_2 e507_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e511_ 1
 post_1_12_0 e512_ 1
 post_1_12_0 e513_ 1
 post_1_12_0 e514_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e518_ 1
 post_1_12_1 e519_ 1
 post_1_12_1 e520_ 1
 post_1_12_1 e521_ 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 e525_ 1
 post_1_12_2 e526_ 1
 post_1_12_2 e527_ 1
 post_1_12_2 e528_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e532_ 1
 post_1_13_0 e533_ 1
 post_1_13_0 e534_ 1
 post_1_13_0 e535_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e539_ 1
 post_1_13_1 e540_ 1
 post_1_13_1 e541_ 1
 post_1_13_1 e542_ 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 e546_ 1
 post_1_13_2 e547_ 1
 post_1_13_2 e548_ 1
 post_1_13_2 e549_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e553_ 1
 post_1_14_0 e554_ 1
 post_1_14_0 e555_ 1
 post_1_14_0 e556_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e560_ 1
 post_1_14_1 e561_ 1
 post_1_14_1 e562_ 1
 post_1_14_1 e563_ 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 e567_ 1
 post_1_14_2 e568_ 1
 post_1_14_2 e569_ 1
 post_1_14_2 e570_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e574_ 1
 post_1_15_0 e575_ 1
 post_1_15_0 e576_ 1
 post_1_15_0 e577_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e581_ 1
 post_1_15_1 e582_ 1
 post_1_15_1 e583_ 1
 post_1_15_1 e584_ 1
 post_1_15_2 relu_1_15_2_above_pre -1
 post_1_15_2 e588_ 1
 post_1_15_2 e589_ 1
 post_1_15_2 e590_ 1
 post_1_15_2 e591_ 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 e595_ 1
 post_1_16_0 e596_ 1
 post_1_16_0 e597_ 1
 post_1_16_0 e598_ 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 e602_ 1
 post_1_16_1 e603_ 1
 post_1_16_1 e604_ 1
 post_1_16_1 e605_ 1
 post_1_16_2 relu_1_16_2_above_pre -1
 post_1_16_2 e609_ 1
 post_1_16_2 e610_ 1
 post_1_16_2 e611_ 1
 post_1_16_2 e612_ 1
 post_1_17_0 relu_1_17_0_above_pre -1
 post_1_17_0 e616_ 1
 post_1_17_0 e617_ 1
 post_1_17_0 e618_ 1
 post_1_17_0 e619_ 1
 post_1_17_1 relu_1_17_1_above_pre -1
 post_1_17_1 e623_ 1
 post_1_17_1 e624_ 1
 post_1_17_1 e625_ 1
 post_1_17_1 e626_ 1
 post_1_17_2 relu_1_17_2_above_pre -1
 post_1_17_2 e630_ 1
 post_1_17_2 e631_ 1
 post_1_17_2 e632_ 1
 post_1_17_2 e633_ 1
 post_1_18_0 relu_1_18_0_above_pre -1
 post_1_18_0 e637_ 1
 post_1_18_0 e638_ 1
 post_1_18_0 e639_ 1
 post_1_18_0 e640_ 1
 post_1_18_1 relu_1_18_1_above_pre -1
 post_1_18_1 e644_ 1
 post_1_18_1 e645_ 1
 post_1_18_1 e646_ 1
 post_1_18_1 e647_ 1
 post_1_18_2 relu_1_18_2_above_pre -1
 post_1_18_2 e651_ 1
 post_1_18_2 e652_ 1
 post_1_18_2 e653_ 1
 post_1_18_2 e654_ 1
 post_1_19_0 relu_1_19_0_above_pre -1
 post_1_19_0 e658_ 1
 post_1_19_0 e659_ 1
 post_1_19_0 e660_ 1
 post_1_19_0 e661_ 1
 post_1_19_1 relu_1_19_1_above_pre -1
 post_1_19_1 e665_ 1
 post_1_19_1 e666_ 1
 post_1_19_1 e667_ 1
 post_1_19_1 e668_ 1
 post_1_19_2 relu_1_19_2_above_pre -1
 post_1_19_2 e672_ 1
 post_1_19_2 e673_ 1
 post_1_19_2 e674_ 1
 post_1_19_2 e675_ 1
 post_1_20_0 relu_1_20_0_above_pre -1
 post_1_20_0 e679_ 1
 post_1_20_0 e680_ 1
 post_1_20_0 e681_ 1
 post_1_20_0 e682_ 1
 post_1_20_1 relu_1_20_1_above_pre -1
 post_1_20_1 e686_ 1
 post_1_20_1 e687_ 1
 post_1_20_1 e688_ 1
 post_1_20_1 e689_ 1
 post_1_20_2 relu_1_20_2_above_pre -1
 post_1_20_2 e693_ 1
 post_1_20_2 e694_ 1
 post_1_20_2 e695_ 1
 post_1_20_2 e696_ 1
 post_1_21_0 relu_1_21_0_above_pre -1
 post_1_21_0 e700_ 1
 post_1_21_0 e701_ 1
 post_1_21_0 e702_ 1
 post_1_21_0 e703_ 1
 post_1_21_1 relu_1_21_1_above_pre -1
 post_1_21_1 e707_ 1
 post_1_21_1 e708_ 1
 post_1_21_1 e709_ 1
 post_1_21_1 e710_ 1
 post_1_21_2 relu_1_21_2_above_pre -1
 post_1_21_2 e714_ 1
 post_1_21_2 e715_ 1
 post_1_21_2 e716_ 1
 post_1_21_2 e717_ 1
 post_1_22_0 relu_1_22_0_above_pre -1
 post_1_22_0 e721_ 1
 post_1_22_0 e722_ 1
 post_1_22_0 e723_ 1
 post_1_22_0 e724_ 1
 post_1_22_1 relu_1_22_1_above_pre -1
 post_1_22_1 e728_ 1
 post_1_22_1 e729_ 1
 post_1_22_1 e730_ 1
 post_1_22_1 e731_ 1
 post_1_22_2 relu_1_22_2_above_pre -1
 post_1_22_2 e735_ 1
 post_1_22_2 e736_ 1
 post_1_22_2 e737_ 1
 post_1_22_2 e738_ 1
 post_1_23_0 relu_1_23_0_above_pre -1
 post_1_23_0 e742_ 1
 post_1_23_0 e743_ 1
 post_1_23_0 e744_ 1
 post_1_23_0 e745_ 1
 post_1_23_1 relu_1_23_1_above_pre -1
 post_1_23_1 e749_ 1
 post_1_23_1 e750_ 1
 post_1_23_1 e751_ 1
 post_1_23_1 e752_ 1
 post_1_23_2 relu_1_23_2_above_pre -1
 post_1_23_2 e756_ 1
 post_1_23_2 e757_ 1
 post_1_23_2 e758_ 1
 post_1_23_2 e759_ 1
 post_1_24_0 relu_1_24_0_above_pre -1
 post_1_24_0 e763_ 1
 post_1_24_0 e764_ 1
 post_1_24_0 e765_ 1
 post_1_24_0 e766_ 1
 post_1_24_1 relu_1_24_1_above_pre -1
 post_1_24_1 e770_ 1
 post_1_24_1 e771_ 1
 post_1_24_1 e772_ 1
 post_1_24_1 e773_ 1
 post_1_24_2 relu_1_24_2_above_pre -1
 post_1_24_2 e777_ 1
 post_1_24_2 e778_ 1
 post_1_24_2 e779_ 1
 post_1_24_2 e780_ 1
 post_1_25_0 relu_1_25_0_above_pre -1
 post_1_25_0 e784_ 1
 post_1_25_0 e785_ 1
 post_1_25_0 e786_ 1
 post_1_25_0 e787_ 1
 post_1_25_1 relu_1_25_1_above_pre -1
 post_1_25_1 e791_ 1
 post_1_25_1 e792_ 1
 post_1_25_1 e793_ 1
 post_1_25_1 e794_ 1
 post_1_25_2 relu_1_25_2_above_pre -1
 post_1_25_2 e798_ 1
 post_1_25_2 e799_ 1
 post_1_25_2 e800_ 1
 post_1_25_2 e801_ 1
 post_1_26_0 relu_1_26_0_above_pre -1
 post_1_26_0 e805_ 1
 post_1_26_0 e806_ 1
 post_1_26_0 e807_ 1
 post_1_26_0 e808_ 1
 post_1_26_1 relu_1_26_1_above_pre -1
 post_1_26_1 e812_ 1
 post_1_26_1 e813_ 1
 post_1_26_1 e814_ 1
 post_1_26_1 e815_ 1
 post_1_26_2 relu_1_26_2_above_pre -1
 post_1_26_2 e819_ 1
 post_1_26_2 e820_ 1
 post_1_26_2 e821_ 1
 post_1_26_2 e822_ 1
 post_1_27_0 relu_1_27_0_above_pre -1
 post_1_27_0 e826_ 1
 post_1_27_0 e827_ 1
 post_1_27_0 e828_ 1
 post_1_27_0 e829_ 1
 post_1_27_1 relu_1_27_1_above_pre -1
 post_1_27_1 e833_ 1
 post_1_27_1 e834_ 1
 post_1_27_1 e835_ 1
 post_1_27_1 e836_ 1
 post_1_27_2 relu_1_27_2_above_pre -1
 post_1_27_2 e840_ 1
 post_1_27_2 e841_ 1
 post_1_27_2 e842_ 1
 post_1_27_2 e843_ 1
 post_1_28_0 relu_1_28_0_above_pre -1
 post_1_28_0 e847_ 1
 post_1_28_0 e848_ 1
 post_1_28_0 e849_ 1
 post_1_28_0 e850_ 1
 post_1_28_1 relu_1_28_1_above_pre -1
 post_1_28_1 e854_ 1
 post_1_28_1 e855_ 1
 post_1_28_1 e856_ 1
 post_1_28_1 e857_ 1
 post_1_28_2 relu_1_28_2_above_pre -1
 post_1_28_2 e861_ 1
 post_1_28_2 e862_ 1
 post_1_28_2 e863_ 1
 post_1_28_2 e864_ 1
 post_1_29_0 relu_1_29_0_above_pre -1
 post_1_29_0 e868_ 1
 post_1_29_0 e869_ 1
 post_1_29_0 e870_ 1
 post_1_29_0 e871_ 1
 post_1_29_1 relu_1_29_1_above_pre -1
 post_1_29_1 e875_ 1
 post_1_29_1 e876_ 1
 post_1_29_1 e877_ 1
 post_1_29_1 e878_ 1
 post_1_29_2 relu_1_29_2_above_pre -1
 post_1_29_2 e882_ 1
 post_1_29_2 e883_ 1
 post_1_29_2 e884_ 1
 post_1_29_2 e885_ 1
 post_1_30_0 relu_1_30_0_above_pre -1
 post_1_30_0 e889_ 1
 post_1_30_0 e890_ 1
 post_1_30_0 e891_ 1
 post_1_30_0 e892_ 1
 post_1_30_1 relu_1_30_1_above_pre -1
 post_1_30_1 e896_ 1
 post_1_30_1 e897_ 1
 post_1_30_1 e898_ 1
 post_1_30_1 e899_ 1
 post_1_30_2 relu_1_30_2_above_pre -1
 post_1_30_2 e903_ 1
 post_1_30_2 e904_ 1
 post_1_30_2 e905_ 1
 post_1_30_2 e906_ 1
 post_1_31_0 relu_1_31_0_above_pre -1
 post_1_31_0 e910_ 1
 post_1_31_0 e911_ 1
 post_1_31_0 e912_ 1
 post_1_31_0 e913_ 1
 post_1_31_1 relu_1_31_1_above_pre -1
 post_1_31_1 e917_ 1
 post_1_31_1 e918_ 1
 post_1_31_1 e919_ 1
 post_1_31_1 e920_ 1
 post_1_31_2 relu_1_31_2_above_pre -1
 post_1_31_2 e924_ 1
 post_1_31_2 e925_ 1
 post_1_31_2 e926_ 1
 post_1_31_2 e927_ 1
 post_1_32_0 relu_1_32_0_above_pre -1
 post_1_32_0 e931_ 1
 post_1_32_0 e932_ 1
 post_1_32_0 e933_ 1
 post_1_32_0 e934_ 1
 post_1_32_1 relu_1_32_1_above_pre -1
 post_1_32_1 e938_ 1
 post_1_32_1 e939_ 1
 post_1_32_1 e940_ 1
 post_1_32_1 e941_ 1
 post_1_32_2 relu_1_32_2_above_pre -1
 post_1_32_2 e945_ 1
 post_1_32_2 e946_ 1
 post_1_32_2 e947_ 1
 post_1_32_2 e948_ 1
 post_1_33_0 relu_1_33_0_above_pre -1
 post_1_33_0 e952_ 1
 post_1_33_0 e953_ 1
 post_1_33_0 e954_ 1
 post_1_33_0 e955_ 1
 post_1_33_1 relu_1_33_1_above_pre -1
 post_1_33_1 e959_ 1
 post_1_33_1 e960_ 1
 post_1_33_1 e961_ 1
 post_1_33_1 e962_ 1
 post_1_33_2 relu_1_33_2_above_pre -1
 post_1_33_2 e966_ 1
 post_1_33_2 e967_ 1
 post_1_33_2 e968_ 1
 post_1_33_2 e969_ 1
 post_1_34_0 relu_1_34_0_above_pre -1
 post_1_34_0 e973_ 1
 post_1_34_0 e974_ 1
 post_1_34_0 e975_ 1
 post_1_34_0 e976_ 1
 post_1_34_1 relu_1_34_1_above_pre -1
 post_1_34_1 e980_ 1
 post_1_34_1 e981_ 1
 post_1_34_1 e982_ 1
 post_1_34_1 e983_ 1
 post_1_34_2 relu_1_34_2_above_pre -1
 post_1_34_2 e987_ 1
 post_1_34_2 e988_ 1
 post_1_34_2 e989_ 1
 post_1_34_2 e990_ 1
 post_1_35_0 relu_1_35_0_above_pre -1
 post_1_35_0 e994_ 1
 post_1_35_0 e995_ 1
 post_1_35_0 e996_ 1
 post_1_35_0 e997_ 1
 post_1_35_1 relu_1_35_1_above_pre -1
 post_1_35_1 e1001_ 1
 post_1_35_1 e1002_ 1
 post_1_35_1 e1003_ 1
 post_1_35_1 e1004_ 1
 post_1_35_2 relu_1_35_2_above_pre -1
 post_1_35_2 e1008_ 1
 post_1_35_2 e1009_ 1
 post_1_35_2 e1010_ 1
 post_1_35_2 e1011_ 1
 post_1_36_0 relu_1_36_0_above_pre -1
 post_1_36_0 e1015_ 1
 post_1_36_0 e1016_ 1
 post_1_36_0 e1017_ 1
 post_1_36_0 e1018_ 1
 post_1_36_1 relu_1_36_1_above_pre -1
 post_1_36_1 e1022_ 1
 post_1_36_1 e1023_ 1
 post_1_36_1 e1024_ 1
 post_1_36_1 e1025_ 1
 post_1_36_2 relu_1_36_2_above_pre -1
 post_1_36_2 e1029_ 1
 post_1_36_2 e1030_ 1
 post_1_36_2 e1031_ 1
 post_1_36_2 e1032_ 1
 post_1_37_0 relu_1_37_0_above_pre -1
 post_1_37_0 e1036_ 1
 post_1_37_0 e1037_ 1
 post_1_37_0 e1038_ 1
 post_1_37_0 e1039_ 1
 post_1_37_1 relu_1_37_1_above_pre -1
 post_1_37_1 e1043_ 1
 post_1_37_1 e1044_ 1
 post_1_37_1 e1045_ 1
 post_1_37_1 e1046_ 1
 post_1_37_2 relu_1_37_2_above_pre -1
 post_1_37_2 e1050_ 1
 post_1_37_2 e1051_ 1
 post_1_37_2 e1052_ 1
 post_1_37_2 e1053_ 1
 post_1_38_0 relu_1_38_0_above_pre -1
 post_1_38_0 e1057_ 1
 post_1_38_0 e1058_ 1
 post_1_38_0 e1059_ 1
 post_1_38_0 e1060_ 1
 post_1_38_1 relu_1_38_1_above_pre -1
 post_1_38_1 e1064_ 1
 post_1_38_1 e1065_ 1
 post_1_38_1 e1066_ 1
 post_1_38_1 e1067_ 1
 post_1_38_2 relu_1_38_2_above_pre -1
 post_1_38_2 e1071_ 1
 post_1_38_2 e1072_ 1
 post_1_38_2 e1073_ 1
 post_1_38_2 e1074_ 1
 post_1_39_0 relu_1_39_0_above_pre -1
 post_1_39_0 e1078_ 1
 post_1_39_0 e1079_ 1
 post_1_39_0 e1080_ 1
 post_1_39_0 e1081_ 1
 post_1_39_1 relu_1_39_1_above_pre -1
 post_1_39_1 e1085_ 1
 post_1_39_1 e1086_ 1
 post_1_39_1 e1087_ 1
 post_1_39_1 e1088_ 1
 post_1_39_2 relu_1_39_2_above_pre -1
 post_1_39_2 e1092_ 1
 post_1_39_2 e1093_ 1
 post_1_39_2 e1094_ 1
 post_1_39_2 e1095_ 1
 post_1_40_0 relu_1_40_0_above_pre -1
 post_1_40_0 e1099_ 1
 post_1_40_0 e1100_ 1
 post_1_40_0 e1101_ 1
 post_1_40_0 e1102_ 1
 post_1_40_1 relu_1_40_1_above_pre -1
 post_1_40_1 e1106_ 1
 post_1_40_1 e1107_ 1
 post_1_40_1 e1108_ 1
 post_1_40_1 e1109_ 1
 post_1_40_2 relu_1_40_2_above_pre -1
 post_1_40_2 e1113_ 1
 post_1_40_2 e1114_ 1
 post_1_40_2 e1115_ 1
 post_1_40_2 e1116_ 1
 post_1_41_0 relu_1_41_0_above_pre -1
 post_1_41_0 e1120_ 1
 post_1_41_0 e1121_ 1
 post_1_41_0 e1122_ 1
 post_1_41_0 e1123_ 1
 post_1_41_1 relu_1_41_1_above_pre -1
 post_1_41_1 e1127_ 1
 post_1_41_1 e1128_ 1
 post_1_41_1 e1129_ 1
 post_1_41_1 e1130_ 1
 post_1_41_2 relu_1_41_2_above_pre -1
 post_1_41_2 e1134_ 1
 post_1_41_2 e1135_ 1
 post_1_41_2 e1136_ 1
 post_1_41_2 e1137_ 1
 post_1_42_0 relu_1_42_0_above_pre -1
 post_1_42_0 e1141_ 1
 post_1_42_0 e1142_ 1
 post_1_42_0 e1143_ 1
 post_1_42_0 e1144_ 1
 post_1_42_1 relu_1_42_1_above_pre -1
 post_1_42_1 e1148_ 1
 post_1_42_1 e1149_ 1
 post_1_42_1 e1150_ 1
 post_1_42_1 e1151_ 1
 post_1_42_2 relu_1_42_2_above_pre -1
 post_1_42_2 e1155_ 1
 post_1_42_2 e1156_ 1
 post_1_42_2 e1157_ 1
 post_1_42_2 e1158_ 1
 post_1_43_0 relu_1_43_0_above_pre -1
 post_1_43_0 e1162_ 1
 post_1_43_0 e1163_ 1
 post_1_43_0 e1164_ 1
 post_1_43_0 e1165_ 1
 post_1_43_1 relu_1_43_1_above_pre -1
 post_1_43_1 e1169_ 1
 post_1_43_1 e1170_ 1
 post_1_43_1 e1171_ 1
 post_1_43_1 e1172_ 1
 post_1_43_2 relu_1_43_2_above_pre -1
 post_1_43_2 e1176_ 1
 post_1_43_2 e1177_ 1
 post_1_43_2 e1178_ 1
 post_1_43_2 e1179_ 1
 post_1_44_0 relu_1_44_0_above_pre -1
 post_1_44_0 e1183_ 1
 post_1_44_0 e1184_ 1
 post_1_44_0 e1185_ 1
 post_1_44_0 e1186_ 1
 post_1_44_1 relu_1_44_1_above_pre -1
 post_1_44_1 e1190_ 1
 post_1_44_1 e1191_ 1
 post_1_44_1 e1192_ 1
 post_1_44_1 e1193_ 1
 post_1_44_2 relu_1_44_2_above_pre -1
 post_1_44_2 e1197_ 1
 post_1_44_2 e1198_ 1
 post_1_44_2 e1199_ 1
 post_1_44_2 e1200_ 1
 post_1_45_0 relu_1_45_0_above_pre -1
 post_1_45_0 e1204_ 1
 post_1_45_0 e1205_ 1
 post_1_45_0 e1206_ 1
 post_1_45_0 e1207_ 1
 post_1_45_1 relu_1_45_1_above_pre -1
 post_1_45_1 e1211_ 1
 post_1_45_1 e1212_ 1
 post_1_45_1 e1213_ 1
 post_1_45_1 e1214_ 1
 post_1_45_2 relu_1_45_2_above_pre -1
 post_1_45_2 e1218_ 1
 post_1_45_2 e1219_ 1
 post_1_45_2 e1220_ 1
 post_1_45_2 e1221_ 1
 post_1_46_0 relu_1_46_0_above_pre -1
 post_1_46_0 e1225_ 1
 post_1_46_0 e1226_ 1
 post_1_46_0 e1227_ 1
 post_1_46_0 e1228_ 1
 post_1_46_1 relu_1_46_1_above_pre -1
 post_1_46_1 e1232_ 1
 post_1_46_1 e1233_ 1
 post_1_46_1 e1234_ 1
 post_1_46_1 e1235_ 1
 post_1_46_2 relu_1_46_2_above_pre -1
 post_1_46_2 e1239_ 1
 post_1_46_2 e1240_ 1
 post_1_46_2 e1241_ 1
 post_1_46_2 e1242_ 1
 post_1_47_0 relu_1_47_0_above_pre -1
 post_1_47_0 e1246_ 1
 post_1_47_0 e1247_ 1
 post_1_47_0 e1248_ 1
 post_1_47_0 e1249_ 1
 post_1_47_1 relu_1_47_1_above_pre -1
 post_1_47_1 e1253_ 1
 post_1_47_1 e1254_ 1
 post_1_47_1 e1255_ 1
 post_1_47_1 e1256_ 1
 post_1_47_2 relu_1_47_2_above_pre -1
 post_1_47_2 e1260_ 1
 post_1_47_2 e1261_ 1
 post_1_47_2 e1262_ 1
 post_1_47_2 e1263_ 1
 post_1_48_0 relu_1_48_0_above_pre -1
 post_1_48_0 e1267_ 1
 post_1_48_0 e1268_ 1
 post_1_48_0 e1269_ 1
 post_1_48_0 e1270_ 1
 post_1_48_1 relu_1_48_1_above_pre -1
 post_1_48_1 e1274_ 1
 post_1_48_1 e1275_ 1
 post_1_48_1 e1276_ 1
 post_1_48_1 e1277_ 1
 post_1_48_2 relu_1_48_2_above_pre -1
 post_1_48_2 e1281_ 1
 post_1_48_2 e1282_ 1
 post_1_48_2 e1283_ 1
 post_1_48_2 e1284_ 1
 post_1_49_0 relu_1_49_0_above_pre -1
 post_1_49_0 e1288_ 1
 post_1_49_0 e1289_ 1
 post_1_49_0 e1290_ 1
 post_1_49_0 e1291_ 1
 post_1_49_1 relu_1_49_1_above_pre -1
 post_1_49_1 e1295_ 1
 post_1_49_1 e1296_ 1
 post_1_49_1 e1297_ 1
 post_1_49_1 e1298_ 1
 post_1_49_2 relu_1_49_2_above_pre -1
 post_1_49_2 e1302_ 1
 post_1_49_2 e1303_ 1
 post_1_49_2 e1304_ 1
 post_1_49_2 e1305_ 1
 post_1_50_0 relu_1_50_0_above_pre -1
 post_1_50_0 e1309_ 1
 post_1_50_0 e1310_ 1
 post_1_50_0 e1311_ 1
 post_1_50_0 e1312_ 1
 post_1_50_1 relu_1_50_1_above_pre -1
 post_1_50_1 e1316_ 1
 post_1_50_1 e1317_ 1
 post_1_50_1 e1318_ 1
 post_1_50_1 e1319_ 1
 post_1_50_2 relu_1_50_2_above_pre -1
 post_1_50_2 e1323_ 1
 post_1_50_2 e1324_ 1
 post_1_50_2 e1325_ 1
 post_1_50_2 e1326_ 1
 post_1_51_0 relu_1_51_0_above_pre -1
 post_1_51_0 e1330_ 1
 post_1_51_0 e1331_ 1
 post_1_51_0 e1332_ 1
 post_1_51_0 e1333_ 1
 post_1_51_1 relu_1_51_1_above_pre -1
 post_1_51_1 e1337_ 1
 post_1_51_1 e1338_ 1
 post_1_51_1 e1339_ 1
 post_1_51_1 e1340_ 1
 post_1_51_2 relu_1_51_2_above_pre -1
 post_1_51_2 e1344_ 1
 post_1_51_2 e1345_ 1
 post_1_51_2 e1346_ 1
 post_1_51_2 e1347_ 1
 post_1_52_0 relu_1_52_0_above_pre -1
 post_1_52_0 e1351_ 1
 post_1_52_0 e1352_ 1
 post_1_52_0 e1353_ 1
 post_1_52_0 e1354_ 1
 post_1_52_1 relu_1_52_1_above_pre -1
 post_1_52_1 e1358_ 1
 post_1_52_1 e1359_ 1
 post_1_52_1 e1360_ 1
 post_1_52_1 e1361_ 1
 post_1_52_2 relu_1_52_2_above_pre -1
 post_1_52_2 e1365_ 1
 post_1_52_2 e1366_ 1
 post_1_52_2 e1367_ 1
 post_1_52_2 e1368_ 1
 post_1_53_0 relu_1_53_0_above_pre -1
 post_1_53_0 e1372_ 1
 post_1_53_0 e1373_ 1
 post_1_53_0 e1374_ 1
 post_1_53_0 e1375_ 1
 post_1_53_1 relu_1_53_1_above_pre -1
 post_1_53_1 e1379_ 1
 post_1_53_1 e1380_ 1
 post_1_53_1 e1381_ 1
 post_1_53_1 e1382_ 1
 post_1_53_2 relu_1_53_2_above_pre -1
 post_1_53_2 e1386_ 1
 post_1_53_2 e1387_ 1
 post_1_53_2 e1388_ 1
 post_1_53_2 e1389_ 1
 post_1_54_0 relu_1_54_0_above_pre -1
 post_1_54_0 e1393_ 1
 post_1_54_0 e1394_ 1
 post_1_54_0 e1395_ 1
 post_1_54_0 e1396_ 1
 post_1_54_1 relu_1_54_1_above_pre -1
 post_1_54_1 e1400_ 1
 post_1_54_1 e1401_ 1
 post_1_54_1 e1402_ 1
 post_1_54_1 e1403_ 1
 post_1_54_2 relu_1_54_2_above_pre -1
 post_1_54_2 e1407_ 1
 post_1_54_2 e1408_ 1
 post_1_54_2 e1409_ 1
 post_1_54_2 e1410_ 1
 post_1_55_0 relu_1_55_0_above_pre -1
 post_1_55_0 e1414_ 1
 post_1_55_0 e1415_ 1
 post_1_55_0 e1416_ 1
 post_1_55_0 e1417_ 1
 post_1_55_1 relu_1_55_1_above_pre -1
 post_1_55_1 e1421_ 1
 post_1_55_1 e1422_ 1
 post_1_55_1 e1423_ 1
 post_1_55_1 e1424_ 1
 post_1_55_2 relu_1_55_2_above_pre -1
 post_1_55_2 e1428_ 1
 post_1_55_2 e1429_ 1
 post_1_55_2 e1430_ 1
 post_1_55_2 e1431_ 1
 post_1_56_0 relu_1_56_0_above_pre -1
 post_1_56_0 e1435_ 1
 post_1_56_0 e1436_ 1
 post_1_56_0 e1437_ 1
 post_1_56_0 e1438_ 1
 post_1_56_1 relu_1_56_1_above_pre -1
 post_1_56_1 e1442_ 1
 post_1_56_1 e1443_ 1
 post_1_56_1 e1444_ 1
 post_1_56_1 e1445_ 1
 post_1_56_2 relu_1_56_2_above_pre -1
 post_1_56_2 e1449_ 1
 post_1_56_2 e1450_ 1
 post_1_56_2 e1451_ 1
 post_1_56_2 e1452_ 1
 post_1_57_0 relu_1_57_0_above_pre -1
 post_1_57_0 e1456_ 1
 post_1_57_0 e1457_ 1
 post_1_57_0 e1458_ 1
 post_1_57_0 e1459_ 1
 post_1_57_1 relu_1_57_1_above_pre -1
 post_1_57_1 e1463_ 1
 post_1_57_1 e1464_ 1
 post_1_57_1 e1465_ 1
 post_1_57_1 e1466_ 1
 post_1_57_2 relu_1_57_2_above_pre -1
 post_1_57_2 e1470_ 1
 post_1_57_2 e1471_ 1
 post_1_57_2 e1472_ 1
 post_1_57_2 e1473_ 1
 post_1_58_0 relu_1_58_0_above_pre -1
 post_1_58_0 e1477_ 1
 post_1_58_0 e1478_ 1
 post_1_58_0 e1479_ 1
 post_1_58_0 e1480_ 1
 post_1_58_1 relu_1_58_1_above_pre -1
 post_1_58_1 e1484_ 1
 post_1_58_1 e1485_ 1
 post_1_58_1 e1486_ 1
 post_1_58_1 e1487_ 1
 post_1_58_2 relu_1_58_2_above_pre -1
 post_1_58_2 e1491_ 1
 post_1_58_2 e1492_ 1
 post_1_58_2 e1493_ 1
 post_1_58_2 e1494_ 1
 post_1_59_0 relu_1_59_0_above_pre -1
 post_1_59_0 e1498_ 1
 post_1_59_0 e1499_ 1
 post_1_59_0 e1500_ 1
 post_1_59_0 e1501_ 1
 post_1_59_1 relu_1_59_1_above_pre -1
 post_1_59_1 e1505_ 1
 post_1_59_1 e1506_ 1
 post_1_59_1 e1507_ 1
 post_1_59_1 e1508_ 1
 post_1_59_2 relu_1_59_2_above_pre -1
 post_1_59_2 e1512_ 1
 post_1_59_2 e1513_ 1
 post_1_59_2 e1514_ 1
 post_1_59_2 e1515_ 1
 post_1_60_0 relu_1_60_0_above_pre -1
 post_1_60_0 e1519_ 1
 post_1_60_0 e1520_ 1
 post_1_60_0 e1521_ 1
 post_1_60_0 e1522_ 1
 post_1_60_1 relu_1_60_1_above_pre -1
 post_1_60_1 e1526_ 1
 post_1_60_1 e1527_ 1
 post_1_60_1 e1528_ 1
 post_1_60_1 e1529_ 1
 post_1_60_2 relu_1_60_2_above_pre -1
 post_1_60_2 e1533_ 1
 post_1_60_2 e1534_ 1
 post_1_60_2 e1535_ 1
 post_1_60_2 e1536_ 1
 post_1_61_0 relu_1_61_0_above_pre -1
 post_1_61_0 e1540_ 1
 post_1_61_0 e1541_ 1
 post_1_61_0 e1542_ 1
 post_1_61_0 e1543_ 1
 post_1_61_1 relu_1_61_1_above_pre -1
 post_1_61_1 e1547_ 1
 post_1_61_1 e1548_ 1
 post_1_61_1 e1549_ 1
 post_1_61_1 e1550_ 1
 post_1_61_2 relu_1_61_2_above_pre -1
 post_1_61_2 e1554_ 1
 post_1_61_2 e1555_ 1
 post_1_61_2 e1556_ 1
 post_1_61_2 e1557_ 1
 post_1_62_0 relu_1_62_0_above_pre -1
 post_1_62_0 e1561_ 1
 post_1_62_0 e1562_ 1
 post_1_62_0 e1563_ 1
 post_1_62_0 e1564_ 1
 post_1_62_1 relu_1_62_1_above_pre -1
 post_1_62_1 e1568_ 1
 post_1_62_1 e1569_ 1
 post_1_62_1 e1570_ 1
 post_1_62_1 e1571_ 1
 post_1_62_2 relu_1_62_2_above_pre -1
 post_1_62_2 e1575_ 1
 post_1_62_2 e1576_ 1
 post_1_62_2 e1577_ 1
 post_1_62_2 e1578_ 1
 post_1_63_0 relu_1_63_0_above_pre -1
 post_1_63_0 e1582_ 1
 post_1_63_0 e1583_ 1
 post_1_63_0 e1584_ 1
 post_1_63_0 e1585_ 1
 post_1_63_1 relu_1_63_1_above_pre -1
 post_1_63_1 e1589_ 1
 post_1_63_1 e1590_ 1
 post_1_63_1 e1591_ 1
 post_1_63_1 e1592_ 1
 post_1_63_2 relu_1_63_2_above_pre -1
 post_1_63_2 e1596_ 1
 post_1_63_2 e1597_ 1
 post_1_63_2 e1598_ 1
 post_1_63_2 e1599_ 1
 out_0_0 obj -2.057307419418989
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.5624963045779565
 out_1_0 out_definition_1_0 1
 out_2_0 obj -3.202279861946506
 out_2_0 out_definition_2_0 1
 out_3_0 obj -4.4794104932472765
 out_3_0 out_definition_3_0 1
 out_4_0 obj -2.538447298642342
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.9134198931749558
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.022935268810321693
 out_6_0 out_definition_6_0 1
 out_7_0 obj 0.09122530717867053
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.09449278333923156
 out_8_0 out_definition_8_0 1
 out_9_0 obj -3.987005630249843
 out_9_0 out_definition_9_0 1
 out_10_0 obj -1.005860671220652
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.913286648278567
 out_11_0 out_definition_11_0 1
 out_12_0 obj 1.1509153376313876
 out_12_0 out_definition_12_0 1
 out_13_0 obj -2.248258204784366
 out_13_0 out_definition_13_0 1
 out_14_0 obj -2.0333706084977496
 out_14_0 out_definition_14_0 1
 out_15_0 obj -2.938509142494605
 out_15_0 out_definition_15_0 1
 out_16_0 obj -2.6987178998406605
 out_16_0 out_definition_16_0 1
 out_17_0 obj -3.598291468618931
 out_17_0 out_definition_17_0 1
 out_18_0 obj 0.2274919250077269
 out_18_0 out_definition_18_0 1
 out_19_0 obj -0.9127385859478523
 out_19_0 out_definition_19_0 1
 out_20_0 obj -3.409723096798519
 out_20_0 out_definition_20_0 1
 out_21_0 obj -2.5797836956251166
 out_21_0 out_definition_21_0 1
 out_22_0 obj -3.1406266077522673
 out_22_0 out_definition_22_0 1
 out_23_0 obj -3.319418209759157
 out_23_0 out_definition_23_0 1
 out_24_0 obj -4.342358622546832
 out_24_0 out_definition_24_0 1
 out_25_0 obj -3.0381229154104665
 out_25_0 out_definition_25_0 1
 out_26_0 obj -3.7246766141973295
 out_26_0 out_definition_26_0 1
 out_27_0 obj -1.5959850373531599
 out_27_0 out_definition_27_0 1
 out_28_0 obj -2.6265461830466292
 out_28_0 out_definition_28_0 1
 out_29_0 obj -0.9637593062937474
 out_29_0 out_definition_29_0 1
 out_30_0 obj -1.2575785776324724
 out_30_0 out_definition_30_0 1
 out_31_0 obj -1.7980076791367743
 out_31_0 out_definition_31_0 1
 out_32_0 obj 1.1151190852930843
 out_32_0 out_definition_32_0 1
 out_33_0 obj -0.5616957419401822
 out_33_0 out_definition_33_0 1
 out_34_0 obj -2.1855491380014826
 out_34_0 out_definition_34_0 1
 out_35_0 obj -1.804085876008215
 out_35_0 out_definition_35_0 1
 out_36_0 obj -0.3572373198484781
 out_36_0 out_definition_36_0 1
 out_37_0 obj -3.317812977870329
 out_37_0 out_definition_37_0 1
 out_38_0 obj 1.0131529515840323
 out_38_0 out_definition_38_0 1
 out_39_0 obj -3.9105173921259175
 out_39_0 out_definition_39_0 1
 out_40_0 obj 1.617493516180177
 out_40_0 out_definition_40_0 1
 out_41_0 obj -2.969356518302501
 out_41_0 out_definition_41_0 1
 out_42_0 obj 1.046488451250998
 out_42_0 out_definition_42_0 1
 out_43_0 obj -1.02030342129614
 out_43_0 out_definition_43_0 1
 out_44_0 obj -1.517521037220037
 out_44_0 out_definition_44_0 1
 out_45_0 obj -2.2469690432132494
 out_45_0 out_definition_45_0 1
 out_46_0 obj -2.389123502179658
 out_46_0 out_definition_46_0 1
 out_47_0 obj -3.754744440400469
 out_47_0 out_definition_47_0 1
 out_48_0 obj -0.6159622602648137
 out_48_0 out_definition_48_0 1
 out_49_0 obj -2.8457713596089307
 out_49_0 out_definition_49_0 1
 out_50_0 obj -2.572338127143162
 out_50_0 out_definition_50_0 1
 out_51_0 obj 0.27975482198092116
 out_51_0 out_definition_51_0 1
 out_52_0 obj -1.5804015016041368
 out_52_0 out_definition_52_0 1
 out_53_0 obj -3.3410716006427936
 out_53_0 out_definition_53_0 1
 out_54_0 obj -0.11663604683553075
 out_54_0 out_definition_54_0 1
 out_55_0 obj -3.261117332071716
 out_55_0 out_definition_55_0 1
 out_56_0 obj -0.799598300944086
 out_56_0 out_definition_56_0 1
 out_57_0 obj -4.602875621100117
 out_57_0 out_definition_57_0 1
 out_58_0 obj -2.064912895371501
 out_58_0 out_definition_58_0 1
 out_59_0 obj 0.012953368472856469
 out_59_0 out_definition_59_0 1
 out_60_0 obj -3.0595379761397004
 out_60_0 out_definition_60_0 1
 out_61_0 obj -0.5504364233768346
 out_61_0 out_definition_61_0 1
 out_62_0 obj 0.6995356842089351
 out_62_0 out_definition_62_0 1
 out_63_0 obj -2.2027498590731818
 out_63_0 out_definition_63_0 1
 M461 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e259_ -7.176419226746878
 relu_1_0_0_on_binary_indicator_var e260_ 14.352838453493757
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e262_ 7.176419226746878
 relu_1_0_0_off_binary_indicator_var e263_ 7.176419226746878
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e266_ -7.176419226746878
 relu_1_0_1_on_binary_indicator_var e267_ 14.352838453493757
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e269_ 7.176419226746878
 relu_1_0_1_off_binary_indicator_var e270_ 7.176419226746878
 relu_1_0_2_on_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_on_binary_indicator_var e273_ -7.176419226746878
 relu_1_0_2_on_binary_indicator_var e274_ 14.352838453493757
 relu_1_0_2_off_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_off_binary_indicator_var e276_ 7.176419226746878
 relu_1_0_2_off_binary_indicator_var e277_ 7.176419226746878
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e280_ -7.125139810483965
 relu_1_1_0_on_binary_indicator_var e281_ 14.25027962096793
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e283_ 7.125139810483965
 relu_1_1_0_off_binary_indicator_var e284_ 7.125139810483965
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e287_ -7.125139810483965
 relu_1_1_1_on_binary_indicator_var e288_ 14.25027962096793
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e290_ 7.125139810483965
 relu_1_1_1_off_binary_indicator_var e291_ 7.125139810483965
 relu_1_1_2_on_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_on_binary_indicator_var e294_ -7.125139810483965
 relu_1_1_2_on_binary_indicator_var e295_ 14.25027962096793
 relu_1_1_2_off_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_off_binary_indicator_var e297_ 7.125139810483965
 relu_1_1_2_off_binary_indicator_var e298_ 7.125139810483965
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e301_ -4.450495978270242
 relu_1_2_0_on_binary_indicator_var e302_ 8.900991956540484
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e304_ 4.450495978270242
 relu_1_2_0_off_binary_indicator_var e305_ 4.450495978270242
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e308_ -4.450495978270242
 relu_1_2_1_on_binary_indicator_var e309_ 8.900991956540484
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e311_ 4.450495978270242
 relu_1_2_1_off_binary_indicator_var e312_ 4.450495978270242
 relu_1_2_2_on_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_on_binary_indicator_var e315_ -4.450495978270242
 relu_1_2_2_on_binary_indicator_var e316_ 8.900991956540484
 relu_1_2_2_off_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_off_binary_indicator_var e318_ 4.450495978270242
 relu_1_2_2_off_binary_indicator_var e319_ 4.450495978270242
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e322_ -6.293958645941272
 relu_1_3_0_on_binary_indicator_var e323_ 12.587917291882544
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e325_ 6.293958645941272
 relu_1_3_0_off_binary_indicator_var e326_ 6.293958645941272
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e329_ -6.293958645941272
 relu_1_3_1_on_binary_indicator_var e330_ 12.587917291882544
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e332_ 6.293958645941272
 relu_1_3_1_off_binary_indicator_var e333_ 6.293958645941272
 relu_1_3_2_on_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_on_binary_indicator_var e336_ -6.293958645941272
 relu_1_3_2_on_binary_indicator_var e337_ 12.587917291882544
 relu_1_3_2_off_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_off_binary_indicator_var e339_ 6.293958645941272
 relu_1_3_2_off_binary_indicator_var e340_ 6.293958645941272
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e343_ -6.278046829164398
 relu_1_4_0_on_binary_indicator_var e344_ 12.556093658328797
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e346_ 6.278046829164398
 relu_1_4_0_off_binary_indicator_var e347_ 6.278046829164398
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e350_ -6.278046829164398
 relu_1_4_1_on_binary_indicator_var e351_ 12.556093658328797
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e353_ 6.278046829164398
 relu_1_4_1_off_binary_indicator_var e354_ 6.278046829164398
 relu_1_4_2_on_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_on_binary_indicator_var e357_ -6.278046829164398
 relu_1_4_2_on_binary_indicator_var e358_ 12.556093658328797
 relu_1_4_2_off_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_off_binary_indicator_var e360_ 6.278046829164398
 relu_1_4_2_off_binary_indicator_var e361_ 6.278046829164398
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e364_ -4.575447738333024
 relu_1_5_0_on_binary_indicator_var e365_ 9.150895476666047
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e367_ 4.575447738333024
 relu_1_5_0_off_binary_indicator_var e368_ 4.575447738333024
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e371_ -4.575447738333024
 relu_1_5_1_on_binary_indicator_var e372_ 9.150895476666047
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e374_ 4.575447738333024
 relu_1_5_1_off_binary_indicator_var e375_ 4.575447738333024
 relu_1_5_2_on_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_on_binary_indicator_var e378_ -4.575447738333024
 relu_1_5_2_on_binary_indicator_var e379_ 9.150895476666047
 relu_1_5_2_off_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_off_binary_indicator_var e381_ 4.575447738333024
 relu_1_5_2_off_binary_indicator_var e382_ 4.575447738333024
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e385_ -6.681194289163965
 relu_1_6_0_on_binary_indicator_var e386_ 13.36238857832793
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e388_ 6.681194289163965
 relu_1_6_0_off_binary_indicator_var e389_ 6.681194289163965
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e392_ -6.681194289163965
 relu_1_6_1_on_binary_indicator_var e393_ 13.36238857832793
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e395_ 6.681194289163965
 relu_1_6_1_off_binary_indicator_var e396_ 6.681194289163965
 relu_1_6_2_on_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_on_binary_indicator_var e399_ -6.681194289163965
 relu_1_6_2_on_binary_indicator_var e400_ 13.36238857832793
 relu_1_6_2_off_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_off_binary_indicator_var e402_ 6.681194289163965
 relu_1_6_2_off_binary_indicator_var e403_ 6.681194289163965
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e406_ -6.998263939541548
 relu_1_7_0_on_binary_indicator_var e407_ 13.996527879083096
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e409_ 6.998263939541548
 relu_1_7_0_off_binary_indicator_var e410_ 6.998263939541548
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e413_ -6.998263939541548
 relu_1_7_1_on_binary_indicator_var e414_ 13.996527879083096
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e416_ 6.998263939541548
 relu_1_7_1_off_binary_indicator_var e417_ 6.998263939541548
 relu_1_7_2_on_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_on_binary_indicator_var e420_ -6.998263939541548
 relu_1_7_2_on_binary_indicator_var e421_ 13.996527879083096
 relu_1_7_2_off_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_off_binary_indicator_var e423_ 6.998263939541548
 relu_1_7_2_off_binary_indicator_var e424_ 6.998263939541548
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e427_ -5.033436041032538
 relu_1_8_0_on_binary_indicator_var e428_ 10.066872082065077
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e430_ 5.033436041032538
 relu_1_8_0_off_binary_indicator_var e431_ 5.033436041032538
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e434_ -5.033436041032538
 relu_1_8_1_on_binary_indicator_var e435_ 10.066872082065077
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e437_ 5.033436041032538
 relu_1_8_1_off_binary_indicator_var e438_ 5.033436041032538
 relu_1_8_2_on_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_on_binary_indicator_var e441_ -5.033436041032538
 relu_1_8_2_on_binary_indicator_var e442_ 10.066872082065077
 relu_1_8_2_off_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_off_binary_indicator_var e444_ 5.033436041032538
 relu_1_8_2_off_binary_indicator_var e445_ 5.033436041032538
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e448_ -5.85589242599091
 relu_1_9_0_on_binary_indicator_var e449_ 11.71178485198182
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e451_ 5.85589242599091
 relu_1_9_0_off_binary_indicator_var e452_ 5.85589242599091
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e455_ -5.85589242599091
 relu_1_9_1_on_binary_indicator_var e456_ 11.71178485198182
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e458_ 5.85589242599091
 relu_1_9_1_off_binary_indicator_var e459_ 5.85589242599091
 relu_1_9_2_on_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_on_binary_indicator_var e462_ -5.85589242599091
 relu_1_9_2_on_binary_indicator_var e463_ 11.71178485198182
 relu_1_9_2_off_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_off_binary_indicator_var e465_ 5.85589242599091
 relu_1_9_2_off_binary_indicator_var e466_ 5.85589242599091
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e469_ -4.481055976018846
 relu_1_10_0_on_binary_indicator_var e470_ 8.962111952037692
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e472_ 4.481055976018846
 relu_1_10_0_off_binary_indicator_var e473_ 4.481055976018846
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e476_ -4.481055976018846
 relu_1_10_1_on_binary_indicator_var e477_ 8.962111952037692
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e479_ 4.481055976018846
 relu_1_10_1_off_binary_indicator_var e480_ 4.481055976018846
 relu_1_10_2_on_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_on_binary_indicator_var e483_ -4.481055976018846
 relu_1_10_2_on_binary_indicator_var e484_ 8.962111952037692
 relu_1_10_2_off_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_off_binary_indicator_var e486_ 4.481055976018846
 relu_1_10_2_off_binary_indicator_var e487_ 4.481055976018846
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e490_ -4.223536593655531
 relu_1_11_0_on_binary_indicator_var e491_ 8.447073187311062
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e493_ 4.223536593655531
 relu_1_11_0_off_binary_indicator_var e494_ 4.223536593655531
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e497_ -4.223536593655531
 relu_1_11_1_on_binary_indicator_var e498_ 8.447073187311062
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e500_ 4.223536593655531
 relu_1_11_1_off_binary_indicator_var e501_ 4.223536593655531
 relu_1_11_2_on_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_on_binary_indicator_var e504_ -4.223536593655531
 relu_1_11_2_on_binary_indicator_var e505_ 8.447073187311062
 relu_1_11_2_off_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_off_binary_indicator_var e507_ 4.223536593655531
 relu_1_11_2_off_binary_indicator_var e508_ 4.223536593655531
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e511_ -7.9411881018315
 relu_1_12_0_on_binary_indicator_var e512_ 15.882376203663
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e514_ 7.9411881018315
 relu_1_12_0_off_binary_indicator_var e515_ 7.9411881018315
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e518_ -7.9411881018315
 relu_1_12_1_on_binary_indicator_var e519_ 15.882376203663
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e521_ 7.9411881018315
 relu_1_12_1_off_binary_indicator_var e522_ 7.9411881018315
 relu_1_12_2_on_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_on_binary_indicator_var e525_ -7.9411881018315
 relu_1_12_2_on_binary_indicator_var e526_ 15.882376203663
 relu_1_12_2_off_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_off_binary_indicator_var e528_ 7.9411881018315
 relu_1_12_2_off_binary_indicator_var e529_ 7.9411881018315
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e532_ -4.282407804124144
 relu_1_13_0_on_binary_indicator_var e533_ 8.564815608248288
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e535_ 4.282407804124144
 relu_1_13_0_off_binary_indicator_var e536_ 4.282407804124144
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e539_ -4.282407804124144
 relu_1_13_1_on_binary_indicator_var e540_ 8.564815608248288
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e542_ 4.282407804124144
 relu_1_13_1_off_binary_indicator_var e543_ 4.282407804124144
 relu_1_13_2_on_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_on_binary_indicator_var e546_ -4.282407804124144
 relu_1_13_2_on_binary_indicator_var e547_ 8.564815608248288
 relu_1_13_2_off_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_off_binary_indicator_var e549_ 4.282407804124144
 relu_1_13_2_off_binary_indicator_var e550_ 4.282407804124144
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e553_ -4.634583834742528
 relu_1_14_0_on_binary_indicator_var e554_ 9.269167669485055
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e556_ 4.634583834742528
 relu_1_14_0_off_binary_indicator_var e557_ 4.634583834742528
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e560_ -4.634583834742528
 relu_1_14_1_on_binary_indicator_var e561_ 9.269167669485055
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e563_ 4.634583834742528
 relu_1_14_1_off_binary_indicator_var e564_ 4.634583834742528
 relu_1_14_2_on_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_on_binary_indicator_var e567_ -4.634583834742528
 relu_1_14_2_on_binary_indicator_var e568_ 9.269167669485055
 relu_1_14_2_off_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_off_binary_indicator_var e570_ 4.634583834742528
 relu_1_14_2_off_binary_indicator_var e571_ 4.634583834742528
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e574_ -4.622818643788233
 relu_1_15_0_on_binary_indicator_var e575_ 9.245637287576466
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e577_ 4.622818643788233
 relu_1_15_0_off_binary_indicator_var e578_ 4.622818643788233
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e581_ -4.622818643788233
 relu_1_15_1_on_binary_indicator_var e582_ 9.245637287576466
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e584_ 4.622818643788233
 relu_1_15_1_off_binary_indicator_var e585_ 4.622818643788233
 relu_1_15_2_on_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_on_binary_indicator_var e588_ -4.622818643788233
 relu_1_15_2_on_binary_indicator_var e589_ 9.245637287576466
 relu_1_15_2_off_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_off_binary_indicator_var e591_ 4.622818643788233
 relu_1_15_2_off_binary_indicator_var e592_ 4.622818643788233
 relu_1_16_0_on_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_on_binary_indicator_var e595_ -6.978700550828476
 relu_1_16_0_on_binary_indicator_var e596_ 13.957401101656952
 relu_1_16_0_off_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_off_binary_indicator_var e598_ 6.978700550828476
 relu_1_16_0_off_binary_indicator_var e599_ 6.978700550828476
 relu_1_16_1_on_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_on_binary_indicator_var e602_ -6.978700550828476
 relu_1_16_1_on_binary_indicator_var e603_ 13.957401101656952
 relu_1_16_1_off_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_off_binary_indicator_var e605_ 6.978700550828476
 relu_1_16_1_off_binary_indicator_var e606_ 6.978700550828476
 relu_1_16_2_on_binary_indicator_var relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_2_on_binary_indicator_var e609_ -6.978700550828476
 relu_1_16_2_on_binary_indicator_var e610_ 13.957401101656952
 relu_1_16_2_off_binary_indicator_var relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_2_off_binary_indicator_var e612_ 6.978700550828476
 relu_1_16_2_off_binary_indicator_var e613_ 6.978700550828476
 relu_1_17_0_on_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_on_binary_indicator_var e616_ -6.235030806621945
 relu_1_17_0_on_binary_indicator_var e617_ 12.47006161324389
 relu_1_17_0_off_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_off_binary_indicator_var e619_ 6.235030806621945
 relu_1_17_0_off_binary_indicator_var e620_ 6.235030806621945
 relu_1_17_1_on_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_on_binary_indicator_var e623_ -6.235030806621945
 relu_1_17_1_on_binary_indicator_var e624_ 12.47006161324389
 relu_1_17_1_off_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_off_binary_indicator_var e626_ 6.235030806621945
 relu_1_17_1_off_binary_indicator_var e627_ 6.235030806621945
 relu_1_17_2_on_binary_indicator_var relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_2_on_binary_indicator_var e630_ -6.235030806621945
 relu_1_17_2_on_binary_indicator_var e631_ 12.47006161324389
 relu_1_17_2_off_binary_indicator_var relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_2_off_binary_indicator_var e633_ 6.235030806621945
 relu_1_17_2_off_binary_indicator_var e634_ 6.235030806621945
 relu_1_18_0_on_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_on_binary_indicator_var e637_ -6.718454730852487
 relu_1_18_0_on_binary_indicator_var e638_ 13.436909461704975
 relu_1_18_0_off_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_off_binary_indicator_var e640_ 6.718454730852487
 relu_1_18_0_off_binary_indicator_var e641_ 6.718454730852487
 relu_1_18_1_on_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_on_binary_indicator_var e644_ -6.718454730852487
 relu_1_18_1_on_binary_indicator_var e645_ 13.436909461704975
 relu_1_18_1_off_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_off_binary_indicator_var e647_ 6.718454730852487
 relu_1_18_1_off_binary_indicator_var e648_ 6.718454730852487
 relu_1_18_2_on_binary_indicator_var relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_2_on_binary_indicator_var e651_ -6.718454730852487
 relu_1_18_2_on_binary_indicator_var e652_ 13.436909461704975
 relu_1_18_2_off_binary_indicator_var relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_2_off_binary_indicator_var e654_ 6.718454730852487
 relu_1_18_2_off_binary_indicator_var e655_ 6.718454730852487
 relu_1_19_0_on_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_on_binary_indicator_var e658_ -6.8226887269065095
 relu_1_19_0_on_binary_indicator_var e659_ 13.645377453813019
 relu_1_19_0_off_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_off_binary_indicator_var e661_ 6.8226887269065095
 relu_1_19_0_off_binary_indicator_var e662_ 6.8226887269065095
 relu_1_19_1_on_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_on_binary_indicator_var e665_ -6.8226887269065095
 relu_1_19_1_on_binary_indicator_var e666_ 13.645377453813019
 relu_1_19_1_off_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_off_binary_indicator_var e668_ 6.8226887269065095
 relu_1_19_1_off_binary_indicator_var e669_ 6.8226887269065095
 relu_1_19_2_on_binary_indicator_var relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_2_on_binary_indicator_var e672_ -6.8226887269065095
 relu_1_19_2_on_binary_indicator_var e673_ 13.645377453813019
 relu_1_19_2_off_binary_indicator_var relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_2_off_binary_indicator_var e675_ 6.8226887269065095
 relu_1_19_2_off_binary_indicator_var e676_ 6.8226887269065095
 relu_1_20_0_on_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_on_binary_indicator_var e679_ -6.631889427894872
 relu_1_20_0_on_binary_indicator_var e680_ 13.263778855789743
 relu_1_20_0_off_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_off_binary_indicator_var e682_ 6.631889427894872
 relu_1_20_0_off_binary_indicator_var e683_ 6.631889427894872
 relu_1_20_1_on_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_on_binary_indicator_var e686_ -6.631889427894872
 relu_1_20_1_on_binary_indicator_var e687_ 13.263778855789743
 relu_1_20_1_off_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_off_binary_indicator_var e689_ 6.631889427894872
 relu_1_20_1_off_binary_indicator_var e690_ 6.631889427894872
 relu_1_20_2_on_binary_indicator_var relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_2_on_binary_indicator_var e693_ -6.631889427894872
 relu_1_20_2_on_binary_indicator_var e694_ 13.263778855789743
 relu_1_20_2_off_binary_indicator_var relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_2_off_binary_indicator_var e696_ 6.631889427894872
 relu_1_20_2_off_binary_indicator_var e697_ 6.631889427894872
 relu_1_21_0_on_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_on_binary_indicator_var e700_ -5.396286998735244
 relu_1_21_0_on_binary_indicator_var e701_ 10.792573997470488
 relu_1_21_0_off_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_off_binary_indicator_var e703_ 5.396286998735244
 relu_1_21_0_off_binary_indicator_var e704_ 5.396286998735244
 relu_1_21_1_on_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_on_binary_indicator_var e707_ -5.396286998735244
 relu_1_21_1_on_binary_indicator_var e708_ 10.792573997470488
 relu_1_21_1_off_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_off_binary_indicator_var e710_ 5.396286998735244
 relu_1_21_1_off_binary_indicator_var e711_ 5.396286998735244
 relu_1_21_2_on_binary_indicator_var relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_2_on_binary_indicator_var e714_ -5.396286998735244
 relu_1_21_2_on_binary_indicator_var e715_ 10.792573997470488
 relu_1_21_2_off_binary_indicator_var relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_2_off_binary_indicator_var e717_ 5.396286998735244
 relu_1_21_2_off_binary_indicator_var e718_ 5.396286998735244
 relu_1_22_0_on_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_on_binary_indicator_var e721_ -6.394092367761281
 relu_1_22_0_on_binary_indicator_var e722_ 12.788184735522561
 relu_1_22_0_off_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_off_binary_indicator_var e724_ 6.394092367761281
 relu_1_22_0_off_binary_indicator_var e725_ 6.394092367761281
 relu_1_22_1_on_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_on_binary_indicator_var e728_ -6.394092367761281
 relu_1_22_1_on_binary_indicator_var e729_ 12.788184735522561
 relu_1_22_1_off_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_off_binary_indicator_var e731_ 6.394092367761281
 relu_1_22_1_off_binary_indicator_var e732_ 6.394092367761281
 relu_1_22_2_on_binary_indicator_var relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_2_on_binary_indicator_var e735_ -6.394092367761281
 relu_1_22_2_on_binary_indicator_var e736_ 12.788184735522561
 relu_1_22_2_off_binary_indicator_var relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_2_off_binary_indicator_var e738_ 6.394092367761281
 relu_1_22_2_off_binary_indicator_var e739_ 6.394092367761281
 relu_1_23_0_on_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_on_binary_indicator_var e742_ -6.260561154684373
 relu_1_23_0_on_binary_indicator_var e743_ 12.521122309368746
 relu_1_23_0_off_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_off_binary_indicator_var e745_ 6.260561154684373
 relu_1_23_0_off_binary_indicator_var e746_ 6.260561154684373
 relu_1_23_1_on_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_on_binary_indicator_var e749_ -6.260561154684373
 relu_1_23_1_on_binary_indicator_var e750_ 12.521122309368746
 relu_1_23_1_off_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_off_binary_indicator_var e752_ 6.260561154684373
 relu_1_23_1_off_binary_indicator_var e753_ 6.260561154684373
 relu_1_23_2_on_binary_indicator_var relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_2_on_binary_indicator_var e756_ -6.260561154684373
 relu_1_23_2_on_binary_indicator_var e757_ 12.521122309368746
 relu_1_23_2_off_binary_indicator_var relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_2_off_binary_indicator_var e759_ 6.260561154684373
 relu_1_23_2_off_binary_indicator_var e760_ 6.260561154684373
 relu_1_24_0_on_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_on_binary_indicator_var e763_ -7.264403459229737
 relu_1_24_0_on_binary_indicator_var e764_ 14.528806918459473
 relu_1_24_0_off_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_off_binary_indicator_var e766_ 7.264403459229737
 relu_1_24_0_off_binary_indicator_var e767_ 7.264403459229737
 relu_1_24_1_on_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_on_binary_indicator_var e770_ -7.264403459229737
 relu_1_24_1_on_binary_indicator_var e771_ 14.528806918459473
 relu_1_24_1_off_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_off_binary_indicator_var e773_ 7.264403459229737
 relu_1_24_1_off_binary_indicator_var e774_ 7.264403459229737
 relu_1_24_2_on_binary_indicator_var relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_2_on_binary_indicator_var e777_ -7.264403459229737
 relu_1_24_2_on_binary_indicator_var e778_ 14.528806918459473
 relu_1_24_2_off_binary_indicator_var relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_2_off_binary_indicator_var e780_ 7.264403459229737
 relu_1_24_2_off_binary_indicator_var e781_ 7.264403459229737
 relu_1_25_0_on_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_on_binary_indicator_var e784_ -4.689817519007568
 relu_1_25_0_on_binary_indicator_var e785_ 9.379635038015136
 relu_1_25_0_off_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_off_binary_indicator_var e787_ 4.689817519007568
 relu_1_25_0_off_binary_indicator_var e788_ 4.689817519007568
 relu_1_25_1_on_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_on_binary_indicator_var e791_ -4.689817519007568
 relu_1_25_1_on_binary_indicator_var e792_ 9.379635038015136
 relu_1_25_1_off_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_off_binary_indicator_var e794_ 4.689817519007568
 relu_1_25_1_off_binary_indicator_var e795_ 4.689817519007568
 relu_1_25_2_on_binary_indicator_var relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_2_on_binary_indicator_var e798_ -4.689817519007568
 relu_1_25_2_on_binary_indicator_var e799_ 9.379635038015136
 relu_1_25_2_off_binary_indicator_var relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_2_off_binary_indicator_var e801_ 4.689817519007568
 relu_1_25_2_off_binary_indicator_var e802_ 4.689817519007568
 relu_1_26_0_on_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_on_binary_indicator_var e805_ -5.834876603928876
 relu_1_26_0_on_binary_indicator_var e806_ 11.669753207857752
 relu_1_26_0_off_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_off_binary_indicator_var e808_ 5.834876603928876
 relu_1_26_0_off_binary_indicator_var e809_ 5.834876603928876
 relu_1_26_1_on_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_on_binary_indicator_var e812_ -5.834876603928876
 relu_1_26_1_on_binary_indicator_var e813_ 11.669753207857752
 relu_1_26_1_off_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_off_binary_indicator_var e815_ 5.834876603928876
 relu_1_26_1_off_binary_indicator_var e816_ 5.834876603928876
 relu_1_26_2_on_binary_indicator_var relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_2_on_binary_indicator_var e819_ -5.834876603928876
 relu_1_26_2_on_binary_indicator_var e820_ 11.669753207857752
 relu_1_26_2_off_binary_indicator_var relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_2_off_binary_indicator_var e822_ 5.834876603928876
 relu_1_26_2_off_binary_indicator_var e823_ 5.834876603928876
 relu_1_27_0_on_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_on_binary_indicator_var e826_ -6.462017653570015
 relu_1_27_0_on_binary_indicator_var e827_ 12.92403530714003
 relu_1_27_0_off_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_off_binary_indicator_var e829_ 6.462017653570015
 relu_1_27_0_off_binary_indicator_var e830_ 6.462017653570015
 relu_1_27_1_on_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_on_binary_indicator_var e833_ -6.462017653570015
 relu_1_27_1_on_binary_indicator_var e834_ 12.92403530714003
 relu_1_27_1_off_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_off_binary_indicator_var e836_ 6.462017653570015
 relu_1_27_1_off_binary_indicator_var e837_ 6.462017653570015
 relu_1_27_2_on_binary_indicator_var relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_2_on_binary_indicator_var e840_ -6.462017653570015
 relu_1_27_2_on_binary_indicator_var e841_ 12.92403530714003
 relu_1_27_2_off_binary_indicator_var relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_2_off_binary_indicator_var e843_ 6.462017653570015
 relu_1_27_2_off_binary_indicator_var e844_ 6.462017653570015
 relu_1_28_0_on_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_on_binary_indicator_var e847_ -6.141677231816878
 relu_1_28_0_on_binary_indicator_var e848_ 12.283354463633756
 relu_1_28_0_off_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_off_binary_indicator_var e850_ 6.141677231816878
 relu_1_28_0_off_binary_indicator_var e851_ 6.141677231816878
 relu_1_28_1_on_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_on_binary_indicator_var e854_ -6.141677231816878
 relu_1_28_1_on_binary_indicator_var e855_ 12.283354463633756
 relu_1_28_1_off_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_off_binary_indicator_var e857_ 6.141677231816878
 relu_1_28_1_off_binary_indicator_var e858_ 6.141677231816878
 relu_1_28_2_on_binary_indicator_var relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_2_on_binary_indicator_var e861_ -6.141677231816878
 relu_1_28_2_on_binary_indicator_var e862_ 12.283354463633756
 relu_1_28_2_off_binary_indicator_var relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_2_off_binary_indicator_var e864_ 6.141677231816878
 relu_1_28_2_off_binary_indicator_var e865_ 6.141677231816878
 relu_1_29_0_on_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_on_binary_indicator_var e868_ -5.920664390112501
 relu_1_29_0_on_binary_indicator_var e869_ 11.841328780225002
 relu_1_29_0_off_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_off_binary_indicator_var e871_ 5.920664390112501
 relu_1_29_0_off_binary_indicator_var e872_ 5.920664390112501
 relu_1_29_1_on_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_on_binary_indicator_var e875_ -5.920664390112501
 relu_1_29_1_on_binary_indicator_var e876_ 11.841328780225002
 relu_1_29_1_off_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_off_binary_indicator_var e878_ 5.920664390112501
 relu_1_29_1_off_binary_indicator_var e879_ 5.920664390112501
 relu_1_29_2_on_binary_indicator_var relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_2_on_binary_indicator_var e882_ -5.920664390112501
 relu_1_29_2_on_binary_indicator_var e883_ 11.841328780225002
 relu_1_29_2_off_binary_indicator_var relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_2_off_binary_indicator_var e885_ 5.920664390112501
 relu_1_29_2_off_binary_indicator_var e886_ 5.920664390112501
 relu_1_30_0_on_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_on_binary_indicator_var e889_ -5.728168080018541
 relu_1_30_0_on_binary_indicator_var e890_ 11.456336160037083
 relu_1_30_0_off_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_off_binary_indicator_var e892_ 5.728168080018541
 relu_1_30_0_off_binary_indicator_var e893_ 5.728168080018541
 relu_1_30_1_on_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_on_binary_indicator_var e896_ -5.728168080018541
 relu_1_30_1_on_binary_indicator_var e897_ 11.456336160037083
 relu_1_30_1_off_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_off_binary_indicator_var e899_ 5.728168080018541
 relu_1_30_1_off_binary_indicator_var e900_ 5.728168080018541
 relu_1_30_2_on_binary_indicator_var relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_2_on_binary_indicator_var e903_ -5.728168080018541
 relu_1_30_2_on_binary_indicator_var e904_ 11.456336160037083
 relu_1_30_2_off_binary_indicator_var relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_2_off_binary_indicator_var e906_ 5.728168080018541
 relu_1_30_2_off_binary_indicator_var e907_ 5.728168080018541
 relu_1_31_0_on_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_on_binary_indicator_var e910_ -4.169908962997813
 relu_1_31_0_on_binary_indicator_var e911_ 8.339817925995627
 relu_1_31_0_off_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_off_binary_indicator_var e913_ 4.169908962997813
 relu_1_31_0_off_binary_indicator_var e914_ 4.169908962997813
 relu_1_31_1_on_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_on_binary_indicator_var e917_ -4.169908962997813
 relu_1_31_1_on_binary_indicator_var e918_ 8.339817925995627
 relu_1_31_1_off_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_off_binary_indicator_var e920_ 4.169908962997813
 relu_1_31_1_off_binary_indicator_var e921_ 4.169908962997813
 relu_1_31_2_on_binary_indicator_var relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_2_on_binary_indicator_var e924_ -4.169908962997813
 relu_1_31_2_on_binary_indicator_var e925_ 8.339817925995627
 relu_1_31_2_off_binary_indicator_var relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_2_off_binary_indicator_var e927_ 4.169908962997813
 relu_1_31_2_off_binary_indicator_var e928_ 4.169908962997813
 relu_1_32_0_on_binary_indicator_var relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_0_on_binary_indicator_var e931_ -8.664241081038536
 relu_1_32_0_on_binary_indicator_var e932_ 17.328482162077073
 relu_1_32_0_off_binary_indicator_var relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_0_off_binary_indicator_var e934_ 8.664241081038536
 relu_1_32_0_off_binary_indicator_var e935_ 8.664241081038536
 relu_1_32_1_on_binary_indicator_var relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_1_on_binary_indicator_var e938_ -8.664241081038536
 relu_1_32_1_on_binary_indicator_var e939_ 17.328482162077073
 relu_1_32_1_off_binary_indicator_var relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_1_off_binary_indicator_var e941_ 8.664241081038536
 relu_1_32_1_off_binary_indicator_var e942_ 8.664241081038536
 relu_1_32_2_on_binary_indicator_var relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_2_on_binary_indicator_var e945_ -8.664241081038536
 relu_1_32_2_on_binary_indicator_var e946_ 17.328482162077073
 relu_1_32_2_off_binary_indicator_var relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_2_off_binary_indicator_var e948_ 8.664241081038536
 relu_1_32_2_off_binary_indicator_var e949_ 8.664241081038536
 relu_1_33_0_on_binary_indicator_var relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_0_on_binary_indicator_var e952_ -4.786102235995172
 relu_1_33_0_on_binary_indicator_var e953_ 9.572204471990345
 relu_1_33_0_off_binary_indicator_var relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_0_off_binary_indicator_var e955_ 4.786102235995172
 relu_1_33_0_off_binary_indicator_var e956_ 4.786102235995172
 relu_1_33_1_on_binary_indicator_var relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_1_on_binary_indicator_var e959_ -4.786102235995172
 relu_1_33_1_on_binary_indicator_var e960_ 9.572204471990345
 relu_1_33_1_off_binary_indicator_var relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_1_off_binary_indicator_var e962_ 4.786102235995172
 relu_1_33_1_off_binary_indicator_var e963_ 4.786102235995172
 relu_1_33_2_on_binary_indicator_var relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_2_on_binary_indicator_var e966_ -4.786102235995172
 relu_1_33_2_on_binary_indicator_var e967_ 9.572204471990345
 relu_1_33_2_off_binary_indicator_var relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_2_off_binary_indicator_var e969_ 4.786102235995172
 relu_1_33_2_off_binary_indicator_var e970_ 4.786102235995172
 relu_1_34_0_on_binary_indicator_var relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_0_on_binary_indicator_var e973_ -3.1913367882549086
 relu_1_34_0_on_binary_indicator_var e974_ 6.382673576509817
 relu_1_34_0_off_binary_indicator_var relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_0_off_binary_indicator_var e976_ 3.1913367882549086
 relu_1_34_0_off_binary_indicator_var e977_ 3.1913367882549086
 relu_1_34_1_on_binary_indicator_var relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_1_on_binary_indicator_var e980_ -3.1913367882549086
 relu_1_34_1_on_binary_indicator_var e981_ 6.382673576509817
 relu_1_34_1_off_binary_indicator_var relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_1_off_binary_indicator_var e983_ 3.1913367882549086
 relu_1_34_1_off_binary_indicator_var e984_ 3.1913367882549086
 relu_1_34_2_on_binary_indicator_var relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_2_on_binary_indicator_var e987_ -3.1913367882549086
 relu_1_34_2_on_binary_indicator_var e988_ 6.382673576509817
 relu_1_34_2_off_binary_indicator_var relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_2_off_binary_indicator_var e990_ 3.1913367882549086
 relu_1_34_2_off_binary_indicator_var e991_ 3.1913367882549086
 relu_1_35_0_on_binary_indicator_var relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_0_on_binary_indicator_var e994_ -5.22677910814882
 relu_1_35_0_on_binary_indicator_var e995_ 10.45355821629764
 relu_1_35_0_off_binary_indicator_var relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_0_off_binary_indicator_var e997_ 5.22677910814882
 relu_1_35_0_off_binary_indicator_var e998_ 5.22677910814882
 relu_1_35_1_on_binary_indicator_var relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_1_on_binary_indicator_var e1001_ -5.22677910814882
 relu_1_35_1_on_binary_indicator_var e1002_ 10.45355821629764
 relu_1_35_1_off_binary_indicator_var relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_1_off_binary_indicator_var e1004_ 5.22677910814882
 relu_1_35_1_off_binary_indicator_var e1005_ 5.22677910814882
 relu_1_35_2_on_binary_indicator_var relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_2_on_binary_indicator_var e1008_ -5.22677910814882
 relu_1_35_2_on_binary_indicator_var e1009_ 10.45355821629764
 relu_1_35_2_off_binary_indicator_var relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_2_off_binary_indicator_var e1011_ 5.22677910814882
 relu_1_35_2_off_binary_indicator_var e1012_ 5.22677910814882
 relu_1_36_0_on_binary_indicator_var relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_0_on_binary_indicator_var e1015_ -5.673758698670875
 relu_1_36_0_on_binary_indicator_var e1016_ 11.34751739734175
 relu_1_36_0_off_binary_indicator_var relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_0_off_binary_indicator_var e1018_ 5.673758698670875
 relu_1_36_0_off_binary_indicator_var e1019_ 5.673758698670875
 relu_1_36_1_on_binary_indicator_var relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_1_on_binary_indicator_var e1022_ -5.673758698670875
 relu_1_36_1_on_binary_indicator_var e1023_ 11.34751739734175
 relu_1_36_1_off_binary_indicator_var relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_1_off_binary_indicator_var e1025_ 5.673758698670875
 relu_1_36_1_off_binary_indicator_var e1026_ 5.673758698670875
 relu_1_36_2_on_binary_indicator_var relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_2_on_binary_indicator_var e1029_ -5.673758698670875
 relu_1_36_2_on_binary_indicator_var e1030_ 11.34751739734175
 relu_1_36_2_off_binary_indicator_var relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_2_off_binary_indicator_var e1032_ 5.673758698670875
 relu_1_36_2_off_binary_indicator_var e1033_ 5.673758698670875
 relu_1_37_0_on_binary_indicator_var relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_0_on_binary_indicator_var e1036_ -7.902762319994838
 relu_1_37_0_on_binary_indicator_var e1037_ 15.805524639989676
 relu_1_37_0_off_binary_indicator_var relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_0_off_binary_indicator_var e1039_ 7.902762319994838
 relu_1_37_0_off_binary_indicator_var e1040_ 7.902762319994838
 relu_1_37_1_on_binary_indicator_var relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_1_on_binary_indicator_var e1043_ -7.902762319994838
 relu_1_37_1_on_binary_indicator_var e1044_ 15.805524639989676
 relu_1_37_1_off_binary_indicator_var relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_1_off_binary_indicator_var e1046_ 7.902762319994838
 relu_1_37_1_off_binary_indicator_var e1047_ 7.902762319994838
 relu_1_37_2_on_binary_indicator_var relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_2_on_binary_indicator_var e1050_ -7.902762319994838
 relu_1_37_2_on_binary_indicator_var e1051_ 15.805524639989676
 relu_1_37_2_off_binary_indicator_var relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_2_off_binary_indicator_var e1053_ 7.902762319994838
 relu_1_37_2_off_binary_indicator_var e1054_ 7.902762319994838
 relu_1_38_0_on_binary_indicator_var relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_0_on_binary_indicator_var e1057_ -6.938634274205215
 relu_1_38_0_on_binary_indicator_var e1058_ 13.87726854841043
 relu_1_38_0_off_binary_indicator_var relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_0_off_binary_indicator_var e1060_ 6.938634274205215
 relu_1_38_0_off_binary_indicator_var e1061_ 6.938634274205215
 relu_1_38_1_on_binary_indicator_var relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_1_on_binary_indicator_var e1064_ -6.938634274205215
 relu_1_38_1_on_binary_indicator_var e1065_ 13.87726854841043
 relu_1_38_1_off_binary_indicator_var relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_1_off_binary_indicator_var e1067_ 6.938634274205215
 relu_1_38_1_off_binary_indicator_var e1068_ 6.938634274205215
 relu_1_38_2_on_binary_indicator_var relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_2_on_binary_indicator_var e1071_ -6.938634274205215
 relu_1_38_2_on_binary_indicator_var e1072_ 13.87726854841043
 relu_1_38_2_off_binary_indicator_var relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_2_off_binary_indicator_var e1074_ 6.938634274205215
 relu_1_38_2_off_binary_indicator_var e1075_ 6.938634274205215
 relu_1_39_0_on_binary_indicator_var relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_0_on_binary_indicator_var e1078_ -8.719319309755662
 relu_1_39_0_on_binary_indicator_var e1079_ 17.438638619511323
 relu_1_39_0_off_binary_indicator_var relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_0_off_binary_indicator_var e1081_ 8.719319309755662
 relu_1_39_0_off_binary_indicator_var e1082_ 8.719319309755662
 relu_1_39_1_on_binary_indicator_var relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_1_on_binary_indicator_var e1085_ -8.719319309755662
 relu_1_39_1_on_binary_indicator_var e1086_ 17.438638619511323
 relu_1_39_1_off_binary_indicator_var relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_1_off_binary_indicator_var e1088_ 8.719319309755662
 relu_1_39_1_off_binary_indicator_var e1089_ 8.719319309755662
 relu_1_39_2_on_binary_indicator_var relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_2_on_binary_indicator_var e1092_ -8.719319309755662
 relu_1_39_2_on_binary_indicator_var e1093_ 17.438638619511323
 relu_1_39_2_off_binary_indicator_var relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_2_off_binary_indicator_var e1095_ 8.719319309755662
 relu_1_39_2_off_binary_indicator_var e1096_ 8.719319309755662
 relu_1_40_0_on_binary_indicator_var relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_0_on_binary_indicator_var e1099_ -8.069010781871519
 relu_1_40_0_on_binary_indicator_var e1100_ 16.138021563743038
 relu_1_40_0_off_binary_indicator_var relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_0_off_binary_indicator_var e1102_ 8.069010781871519
 relu_1_40_0_off_binary_indicator_var e1103_ 8.069010781871519
 relu_1_40_1_on_binary_indicator_var relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_1_on_binary_indicator_var e1106_ -8.069010781871519
 relu_1_40_1_on_binary_indicator_var e1107_ 16.138021563743038
 relu_1_40_1_off_binary_indicator_var relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_1_off_binary_indicator_var e1109_ 8.069010781871519
 relu_1_40_1_off_binary_indicator_var e1110_ 8.069010781871519
 relu_1_40_2_on_binary_indicator_var relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_2_on_binary_indicator_var e1113_ -8.069010781871519
 relu_1_40_2_on_binary_indicator_var e1114_ 16.138021563743038
 relu_1_40_2_off_binary_indicator_var relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_2_off_binary_indicator_var e1116_ 8.069010781871519
 relu_1_40_2_off_binary_indicator_var e1117_ 8.069010781871519
 relu_1_41_0_on_binary_indicator_var relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_0_on_binary_indicator_var e1120_ -7.8506770042707945
 relu_1_41_0_on_binary_indicator_var e1121_ 15.701354008541589
 relu_1_41_0_off_binary_indicator_var relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_0_off_binary_indicator_var e1123_ 7.8506770042707945
 relu_1_41_0_off_binary_indicator_var e1124_ 7.8506770042707945
 relu_1_41_1_on_binary_indicator_var relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_1_on_binary_indicator_var e1127_ -7.8506770042707945
 relu_1_41_1_on_binary_indicator_var e1128_ 15.701354008541589
 relu_1_41_1_off_binary_indicator_var relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_1_off_binary_indicator_var e1130_ 7.8506770042707945
 relu_1_41_1_off_binary_indicator_var e1131_ 7.8506770042707945
 relu_1_41_2_on_binary_indicator_var relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_2_on_binary_indicator_var e1134_ -7.8506770042707945
 relu_1_41_2_on_binary_indicator_var e1135_ 15.701354008541589
 relu_1_41_2_off_binary_indicator_var relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_2_off_binary_indicator_var e1137_ 7.8506770042707945
 relu_1_41_2_off_binary_indicator_var e1138_ 7.8506770042707945
 relu_1_42_0_on_binary_indicator_var relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_0_on_binary_indicator_var e1141_ -8.175386217260854
 relu_1_42_0_on_binary_indicator_var e1142_ 16.35077243452171
 relu_1_42_0_off_binary_indicator_var relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_0_off_binary_indicator_var e1144_ 8.175386217260854
 relu_1_42_0_off_binary_indicator_var e1145_ 8.175386217260854
 relu_1_42_1_on_binary_indicator_var relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_1_on_binary_indicator_var e1148_ -8.175386217260854
 relu_1_42_1_on_binary_indicator_var e1149_ 16.35077243452171
 relu_1_42_1_off_binary_indicator_var relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_1_off_binary_indicator_var e1151_ 8.175386217260854
 relu_1_42_1_off_binary_indicator_var e1152_ 8.175386217260854
 relu_1_42_2_on_binary_indicator_var relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_2_on_binary_indicator_var e1155_ -8.175386217260854
 relu_1_42_2_on_binary_indicator_var e1156_ 16.35077243452171
 relu_1_42_2_off_binary_indicator_var relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_2_off_binary_indicator_var e1158_ 8.175386217260854
 relu_1_42_2_off_binary_indicator_var e1159_ 8.175386217260854
 relu_1_43_0_on_binary_indicator_var relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_0_on_binary_indicator_var e1162_ -5.054315422411429
 relu_1_43_0_on_binary_indicator_var e1163_ 10.108630844822859
 relu_1_43_0_off_binary_indicator_var relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_0_off_binary_indicator_var e1165_ 5.054315422411429
 relu_1_43_0_off_binary_indicator_var e1166_ 5.054315422411429
 relu_1_43_1_on_binary_indicator_var relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_1_on_binary_indicator_var e1169_ -5.054315422411429
 relu_1_43_1_on_binary_indicator_var e1170_ 10.108630844822859
 relu_1_43_1_off_binary_indicator_var relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_1_off_binary_indicator_var e1172_ 5.054315422411429
 relu_1_43_1_off_binary_indicator_var e1173_ 5.054315422411429
 relu_1_43_2_on_binary_indicator_var relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_2_on_binary_indicator_var e1176_ -5.054315422411429
 relu_1_43_2_on_binary_indicator_var e1177_ 10.108630844822859
 relu_1_43_2_off_binary_indicator_var relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_2_off_binary_indicator_var e1179_ 5.054315422411429
 relu_1_43_2_off_binary_indicator_var e1180_ 5.054315422411429
 relu_1_44_0_on_binary_indicator_var relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_0_on_binary_indicator_var e1183_ -6.417045954474024
 relu_1_44_0_on_binary_indicator_var e1184_ 12.834091908948048
 relu_1_44_0_off_binary_indicator_var relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_0_off_binary_indicator_var e1186_ 6.417045954474024
 relu_1_44_0_off_binary_indicator_var e1187_ 6.417045954474024
 relu_1_44_1_on_binary_indicator_var relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_1_on_binary_indicator_var e1190_ -6.417045954474024
 relu_1_44_1_on_binary_indicator_var e1191_ 12.834091908948048
 relu_1_44_1_off_binary_indicator_var relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_1_off_binary_indicator_var e1193_ 6.417045954474024
 relu_1_44_1_off_binary_indicator_var e1194_ 6.417045954474024
 relu_1_44_2_on_binary_indicator_var relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_2_on_binary_indicator_var e1197_ -6.417045954474024
 relu_1_44_2_on_binary_indicator_var e1198_ 12.834091908948048
 relu_1_44_2_off_binary_indicator_var relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_2_off_binary_indicator_var e1200_ 6.417045954474024
 relu_1_44_2_off_binary_indicator_var e1201_ 6.417045954474024
 relu_1_45_0_on_binary_indicator_var relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_0_on_binary_indicator_var e1204_ -6.944399324947062
 relu_1_45_0_on_binary_indicator_var e1205_ 13.888798649894124
 relu_1_45_0_off_binary_indicator_var relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_0_off_binary_indicator_var e1207_ 6.944399324947062
 relu_1_45_0_off_binary_indicator_var e1208_ 6.944399324947062
 relu_1_45_1_on_binary_indicator_var relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_1_on_binary_indicator_var e1211_ -6.944399324947062
 relu_1_45_1_on_binary_indicator_var e1212_ 13.888798649894124
 relu_1_45_1_off_binary_indicator_var relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_1_off_binary_indicator_var e1214_ 6.944399324947062
 relu_1_45_1_off_binary_indicator_var e1215_ 6.944399324947062
 relu_1_45_2_on_binary_indicator_var relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_2_on_binary_indicator_var e1218_ -6.944399324947062
 relu_1_45_2_on_binary_indicator_var e1219_ 13.888798649894124
 relu_1_45_2_off_binary_indicator_var relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_2_off_binary_indicator_var e1221_ 6.944399324947062
 relu_1_45_2_off_binary_indicator_var e1222_ 6.944399324947062
 relu_1_46_0_on_binary_indicator_var relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_0_on_binary_indicator_var e1225_ -3.5770894718859325
 relu_1_46_0_on_binary_indicator_var e1226_ 7.154178943771865
 relu_1_46_0_off_binary_indicator_var relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_0_off_binary_indicator_var e1228_ 3.5770894718859325
 relu_1_46_0_off_binary_indicator_var e1229_ 3.5770894718859325
 relu_1_46_1_on_binary_indicator_var relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_1_on_binary_indicator_var e1232_ -3.5770894718859325
 relu_1_46_1_on_binary_indicator_var e1233_ 7.154178943771865
 relu_1_46_1_off_binary_indicator_var relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_1_off_binary_indicator_var e1235_ 3.5770894718859325
 relu_1_46_1_off_binary_indicator_var e1236_ 3.5770894718859325
 relu_1_46_2_on_binary_indicator_var relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_2_on_binary_indicator_var e1239_ -3.5770894718859325
 relu_1_46_2_on_binary_indicator_var e1240_ 7.154178943771865
 relu_1_46_2_off_binary_indicator_var relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_2_off_binary_indicator_var e1242_ 3.5770894718859325
 relu_1_46_2_off_binary_indicator_var e1243_ 3.5770894718859325
 relu_1_47_0_on_binary_indicator_var relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_0_on_binary_indicator_var e1246_ -8.343039628756323
 relu_1_47_0_on_binary_indicator_var e1247_ 16.686079257512645
 relu_1_47_0_off_binary_indicator_var relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_0_off_binary_indicator_var e1249_ 8.343039628756323
 relu_1_47_0_off_binary_indicator_var e1250_ 8.343039628756323
 relu_1_47_1_on_binary_indicator_var relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_1_on_binary_indicator_var e1253_ -8.343039628756323
 relu_1_47_1_on_binary_indicator_var e1254_ 16.686079257512645
 relu_1_47_1_off_binary_indicator_var relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_1_off_binary_indicator_var e1256_ 8.343039628756323
 relu_1_47_1_off_binary_indicator_var e1257_ 8.343039628756323
 relu_1_47_2_on_binary_indicator_var relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_2_on_binary_indicator_var e1260_ -8.343039628756323
 relu_1_47_2_on_binary_indicator_var e1261_ 16.686079257512645
 relu_1_47_2_off_binary_indicator_var relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_2_off_binary_indicator_var e1263_ 8.343039628756323
 relu_1_47_2_off_binary_indicator_var e1264_ 8.343039628756323
 relu_1_48_0_on_binary_indicator_var relu_1_48_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_48_0_on_binary_indicator_var e1267_ -5.078276655633345
 relu_1_48_0_on_binary_indicator_var e1268_ 10.15655331126669
 relu_1_48_0_off_binary_indicator_var relu_1_48_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_48_0_off_binary_indicator_var e1270_ 5.078276655633345
 relu_1_48_0_off_binary_indicator_var e1271_ 5.078276655633345
 relu_1_48_1_on_binary_indicator_var relu_1_48_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_48_1_on_binary_indicator_var e1274_ -5.078276655633345
 relu_1_48_1_on_binary_indicator_var e1275_ 10.15655331126669
 relu_1_48_1_off_binary_indicator_var relu_1_48_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_48_1_off_binary_indicator_var e1277_ 5.078276655633345
 relu_1_48_1_off_binary_indicator_var e1278_ 5.078276655633345
 relu_1_48_2_on_binary_indicator_var relu_1_48_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_48_2_on_binary_indicator_var e1281_ -5.078276655633345
 relu_1_48_2_on_binary_indicator_var e1282_ 10.15655331126669
 relu_1_48_2_off_binary_indicator_var relu_1_48_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_48_2_off_binary_indicator_var e1284_ 5.078276655633345
 relu_1_48_2_off_binary_indicator_var e1285_ 5.078276655633345
 relu_1_49_0_on_binary_indicator_var relu_1_49_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_49_0_on_binary_indicator_var e1288_ -7.145126446279315
 relu_1_49_0_on_binary_indicator_var e1289_ 14.29025289255863
 relu_1_49_0_off_binary_indicator_var relu_1_49_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_49_0_off_binary_indicator_var e1291_ 7.145126446279315
 relu_1_49_0_off_binary_indicator_var e1292_ 7.145126446279315
 relu_1_49_1_on_binary_indicator_var relu_1_49_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_49_1_on_binary_indicator_var e1295_ -7.145126446279315
 relu_1_49_1_on_binary_indicator_var e1296_ 14.29025289255863
 relu_1_49_1_off_binary_indicator_var relu_1_49_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_49_1_off_binary_indicator_var e1298_ 7.145126446279315
 relu_1_49_1_off_binary_indicator_var e1299_ 7.145126446279315
 relu_1_49_2_on_binary_indicator_var relu_1_49_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_49_2_on_binary_indicator_var e1302_ -7.145126446279315
 relu_1_49_2_on_binary_indicator_var e1303_ 14.29025289255863
 relu_1_49_2_off_binary_indicator_var relu_1_49_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_49_2_off_binary_indicator_var e1305_ 7.145126446279315
 relu_1_49_2_off_binary_indicator_var e1306_ 7.145126446279315
 relu_1_50_0_on_binary_indicator_var relu_1_50_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_50_0_on_binary_indicator_var e1309_ -7.451755636997136
 relu_1_50_0_on_binary_indicator_var e1310_ 14.903511273994273
 relu_1_50_0_off_binary_indicator_var relu_1_50_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_50_0_off_binary_indicator_var e1312_ 7.451755636997136
 relu_1_50_0_off_binary_indicator_var e1313_ 7.451755636997136
 relu_1_50_1_on_binary_indicator_var relu_1_50_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_50_1_on_binary_indicator_var e1316_ -7.451755636997136
 relu_1_50_1_on_binary_indicator_var e1317_ 14.903511273994273
 relu_1_50_1_off_binary_indicator_var relu_1_50_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_50_1_off_binary_indicator_var e1319_ 7.451755636997136
 relu_1_50_1_off_binary_indicator_var e1320_ 7.451755636997136
 relu_1_50_2_on_binary_indicator_var relu_1_50_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_50_2_on_binary_indicator_var e1323_ -7.451755636997136
 relu_1_50_2_on_binary_indicator_var e1324_ 14.903511273994273
 relu_1_50_2_off_binary_indicator_var relu_1_50_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_50_2_off_binary_indicator_var e1326_ 7.451755636997136
 relu_1_50_2_off_binary_indicator_var e1327_ 7.451755636997136
 relu_1_51_0_on_binary_indicator_var relu_1_51_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_51_0_on_binary_indicator_var e1330_ -5.651177664354505
 relu_1_51_0_on_binary_indicator_var e1331_ 11.30235532870901
 relu_1_51_0_off_binary_indicator_var relu_1_51_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_51_0_off_binary_indicator_var e1333_ 5.651177664354505
 relu_1_51_0_off_binary_indicator_var e1334_ 5.651177664354505
 relu_1_51_1_on_binary_indicator_var relu_1_51_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_51_1_on_binary_indicator_var e1337_ -5.651177664354505
 relu_1_51_1_on_binary_indicator_var e1338_ 11.30235532870901
 relu_1_51_1_off_binary_indicator_var relu_1_51_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_51_1_off_binary_indicator_var e1340_ 5.651177664354505
 relu_1_51_1_off_binary_indicator_var e1341_ 5.651177664354505
 relu_1_51_2_on_binary_indicator_var relu_1_51_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_51_2_on_binary_indicator_var e1344_ -5.651177664354505
 relu_1_51_2_on_binary_indicator_var e1345_ 11.30235532870901
 relu_1_51_2_off_binary_indicator_var relu_1_51_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_51_2_off_binary_indicator_var e1347_ 5.651177664354505
 relu_1_51_2_off_binary_indicator_var e1348_ 5.651177664354505
 relu_1_52_0_on_binary_indicator_var relu_1_52_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_52_0_on_binary_indicator_var e1351_ -7.651408697329851
 relu_1_52_0_on_binary_indicator_var e1352_ 15.302817394659701
 relu_1_52_0_off_binary_indicator_var relu_1_52_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_52_0_off_binary_indicator_var e1354_ 7.651408697329851
 relu_1_52_0_off_binary_indicator_var e1355_ 7.651408697329851
 relu_1_52_1_on_binary_indicator_var relu_1_52_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_52_1_on_binary_indicator_var e1358_ -7.651408697329851
 relu_1_52_1_on_binary_indicator_var e1359_ 15.302817394659701
 relu_1_52_1_off_binary_indicator_var relu_1_52_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_52_1_off_binary_indicator_var e1361_ 7.651408697329851
 relu_1_52_1_off_binary_indicator_var e1362_ 7.651408697329851
 relu_1_52_2_on_binary_indicator_var relu_1_52_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_52_2_on_binary_indicator_var e1365_ -7.651408697329851
 relu_1_52_2_on_binary_indicator_var e1366_ 15.302817394659701
 relu_1_52_2_off_binary_indicator_var relu_1_52_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_52_2_off_binary_indicator_var e1368_ 7.651408697329851
 relu_1_52_2_off_binary_indicator_var e1369_ 7.651408697329851
 relu_1_53_0_on_binary_indicator_var relu_1_53_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_53_0_on_binary_indicator_var e1372_ -6.53400007457264
 relu_1_53_0_on_binary_indicator_var e1373_ 13.06800014914528
 relu_1_53_0_off_binary_indicator_var relu_1_53_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_53_0_off_binary_indicator_var e1375_ 6.53400007457264
 relu_1_53_0_off_binary_indicator_var e1376_ 6.53400007457264
 relu_1_53_1_on_binary_indicator_var relu_1_53_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_53_1_on_binary_indicator_var e1379_ -6.53400007457264
 relu_1_53_1_on_binary_indicator_var e1380_ 13.06800014914528
 relu_1_53_1_off_binary_indicator_var relu_1_53_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_53_1_off_binary_indicator_var e1382_ 6.53400007457264
 relu_1_53_1_off_binary_indicator_var e1383_ 6.53400007457264
 relu_1_53_2_on_binary_indicator_var relu_1_53_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_53_2_on_binary_indicator_var e1386_ -6.53400007457264
 relu_1_53_2_on_binary_indicator_var e1387_ 13.06800014914528
 relu_1_53_2_off_binary_indicator_var relu_1_53_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_53_2_off_binary_indicator_var e1389_ 6.53400007457264
 relu_1_53_2_off_binary_indicator_var e1390_ 6.53400007457264
 relu_1_54_0_on_binary_indicator_var relu_1_54_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_54_0_on_binary_indicator_var e1393_ -6.214580093017421
 relu_1_54_0_on_binary_indicator_var e1394_ 12.429160186034842
 relu_1_54_0_off_binary_indicator_var relu_1_54_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_54_0_off_binary_indicator_var e1396_ 6.214580093017421
 relu_1_54_0_off_binary_indicator_var e1397_ 6.214580093017421
 relu_1_54_1_on_binary_indicator_var relu_1_54_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_54_1_on_binary_indicator_var e1400_ -6.214580093017421
 relu_1_54_1_on_binary_indicator_var e1401_ 12.429160186034842
 relu_1_54_1_off_binary_indicator_var relu_1_54_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_54_1_off_binary_indicator_var e1403_ 6.214580093017421
 relu_1_54_1_off_binary_indicator_var e1404_ 6.214580093017421
 relu_1_54_2_on_binary_indicator_var relu_1_54_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_54_2_on_binary_indicator_var e1407_ -6.214580093017421
 relu_1_54_2_on_binary_indicator_var e1408_ 12.429160186034842
 relu_1_54_2_off_binary_indicator_var relu_1_54_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_54_2_off_binary_indicator_var e1410_ 6.214580093017421
 relu_1_54_2_off_binary_indicator_var e1411_ 6.214580093017421
 relu_1_55_0_on_binary_indicator_var relu_1_55_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_55_0_on_binary_indicator_var e1414_ -4.820203494345149
 relu_1_55_0_on_binary_indicator_var e1415_ 9.640406988690298
 relu_1_55_0_off_binary_indicator_var relu_1_55_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_55_0_off_binary_indicator_var e1417_ 4.820203494345149
 relu_1_55_0_off_binary_indicator_var e1418_ 4.820203494345149
 relu_1_55_1_on_binary_indicator_var relu_1_55_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_55_1_on_binary_indicator_var e1421_ -4.820203494345149
 relu_1_55_1_on_binary_indicator_var e1422_ 9.640406988690298
 relu_1_55_1_off_binary_indicator_var relu_1_55_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_55_1_off_binary_indicator_var e1424_ 4.820203494345149
 relu_1_55_1_off_binary_indicator_var e1425_ 4.820203494345149
 relu_1_55_2_on_binary_indicator_var relu_1_55_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_55_2_on_binary_indicator_var e1428_ -4.820203494345149
 relu_1_55_2_on_binary_indicator_var e1429_ 9.640406988690298
 relu_1_55_2_off_binary_indicator_var relu_1_55_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_55_2_off_binary_indicator_var e1431_ 4.820203494345149
 relu_1_55_2_off_binary_indicator_var e1432_ 4.820203494345149
 relu_1_56_0_on_binary_indicator_var relu_1_56_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_56_0_on_binary_indicator_var e1435_ -6.8786556393890095
 relu_1_56_0_on_binary_indicator_var e1436_ 13.757311278778019
 relu_1_56_0_off_binary_indicator_var relu_1_56_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_56_0_off_binary_indicator_var e1438_ 6.8786556393890095
 relu_1_56_0_off_binary_indicator_var e1439_ 6.8786556393890095
 relu_1_56_1_on_binary_indicator_var relu_1_56_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_56_1_on_binary_indicator_var e1442_ -6.8786556393890095
 relu_1_56_1_on_binary_indicator_var e1443_ 13.757311278778019
 relu_1_56_1_off_binary_indicator_var relu_1_56_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_56_1_off_binary_indicator_var e1445_ 6.8786556393890095
 relu_1_56_1_off_binary_indicator_var e1446_ 6.8786556393890095
 relu_1_56_2_on_binary_indicator_var relu_1_56_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_56_2_on_binary_indicator_var e1449_ -6.8786556393890095
 relu_1_56_2_on_binary_indicator_var e1450_ 13.757311278778019
 relu_1_56_2_off_binary_indicator_var relu_1_56_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_56_2_off_binary_indicator_var e1452_ 6.8786556393890095
 relu_1_56_2_off_binary_indicator_var e1453_ 6.8786556393890095
 relu_1_57_0_on_binary_indicator_var relu_1_57_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_57_0_on_binary_indicator_var e1456_ -6.897455194484353
 relu_1_57_0_on_binary_indicator_var e1457_ 13.794910388968706
 relu_1_57_0_off_binary_indicator_var relu_1_57_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_57_0_off_binary_indicator_var e1459_ 6.897455194484353
 relu_1_57_0_off_binary_indicator_var e1460_ 6.897455194484353
 relu_1_57_1_on_binary_indicator_var relu_1_57_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_57_1_on_binary_indicator_var e1463_ -6.897455194484353
 relu_1_57_1_on_binary_indicator_var e1464_ 13.794910388968706
 relu_1_57_1_off_binary_indicator_var relu_1_57_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_57_1_off_binary_indicator_var e1466_ 6.897455194484353
 relu_1_57_1_off_binary_indicator_var e1467_ 6.897455194484353
 relu_1_57_2_on_binary_indicator_var relu_1_57_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_57_2_on_binary_indicator_var e1470_ -6.897455194484353
 relu_1_57_2_on_binary_indicator_var e1471_ 13.794910388968706
 relu_1_57_2_off_binary_indicator_var relu_1_57_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_57_2_off_binary_indicator_var e1473_ 6.897455194484353
 relu_1_57_2_off_binary_indicator_var e1474_ 6.897455194484353
 relu_1_58_0_on_binary_indicator_var relu_1_58_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_58_0_on_binary_indicator_var e1477_ -4.786753846830932
 relu_1_58_0_on_binary_indicator_var e1478_ 9.573507693661863
 relu_1_58_0_off_binary_indicator_var relu_1_58_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_58_0_off_binary_indicator_var e1480_ 4.786753846830932
 relu_1_58_0_off_binary_indicator_var e1481_ 4.786753846830932
 relu_1_58_1_on_binary_indicator_var relu_1_58_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_58_1_on_binary_indicator_var e1484_ -4.786753846830932
 relu_1_58_1_on_binary_indicator_var e1485_ 9.573507693661863
 relu_1_58_1_off_binary_indicator_var relu_1_58_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_58_1_off_binary_indicator_var e1487_ 4.786753846830932
 relu_1_58_1_off_binary_indicator_var e1488_ 4.786753846830932
 relu_1_58_2_on_binary_indicator_var relu_1_58_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_58_2_on_binary_indicator_var e1491_ -4.786753846830932
 relu_1_58_2_on_binary_indicator_var e1492_ 9.573507693661863
 relu_1_58_2_off_binary_indicator_var relu_1_58_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_58_2_off_binary_indicator_var e1494_ 4.786753846830932
 relu_1_58_2_off_binary_indicator_var e1495_ 4.786753846830932
 relu_1_59_0_on_binary_indicator_var relu_1_59_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_59_0_on_binary_indicator_var e1498_ -5.182807668516274
 relu_1_59_0_on_binary_indicator_var e1499_ 10.365615337032548
 relu_1_59_0_off_binary_indicator_var relu_1_59_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_59_0_off_binary_indicator_var e1501_ 5.182807668516274
 relu_1_59_0_off_binary_indicator_var e1502_ 5.182807668516274
 relu_1_59_1_on_binary_indicator_var relu_1_59_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_59_1_on_binary_indicator_var e1505_ -5.182807668516274
 relu_1_59_1_on_binary_indicator_var e1506_ 10.365615337032548
 relu_1_59_1_off_binary_indicator_var relu_1_59_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_59_1_off_binary_indicator_var e1508_ 5.182807668516274
 relu_1_59_1_off_binary_indicator_var e1509_ 5.182807668516274
 relu_1_59_2_on_binary_indicator_var relu_1_59_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_59_2_on_binary_indicator_var e1512_ -5.182807668516274
 relu_1_59_2_on_binary_indicator_var e1513_ 10.365615337032548
 relu_1_59_2_off_binary_indicator_var relu_1_59_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_59_2_off_binary_indicator_var e1515_ 5.182807668516274
 relu_1_59_2_off_binary_indicator_var e1516_ 5.182807668516274
 relu_1_60_0_on_binary_indicator_var relu_1_60_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_60_0_on_binary_indicator_var e1519_ -4.6323284254498525
 relu_1_60_0_on_binary_indicator_var e1520_ 9.264656850899705
 relu_1_60_0_off_binary_indicator_var relu_1_60_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_60_0_off_binary_indicator_var e1522_ 4.6323284254498525
 relu_1_60_0_off_binary_indicator_var e1523_ 4.6323284254498525
 relu_1_60_1_on_binary_indicator_var relu_1_60_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_60_1_on_binary_indicator_var e1526_ -4.6323284254498525
 relu_1_60_1_on_binary_indicator_var e1527_ 9.264656850899705
 relu_1_60_1_off_binary_indicator_var relu_1_60_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_60_1_off_binary_indicator_var e1529_ 4.6323284254498525
 relu_1_60_1_off_binary_indicator_var e1530_ 4.6323284254498525
 relu_1_60_2_on_binary_indicator_var relu_1_60_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_60_2_on_binary_indicator_var e1533_ -4.6323284254498525
 relu_1_60_2_on_binary_indicator_var e1534_ 9.264656850899705
 relu_1_60_2_off_binary_indicator_var relu_1_60_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_60_2_off_binary_indicator_var e1536_ 4.6323284254498525
 relu_1_60_2_off_binary_indicator_var e1537_ 4.6323284254498525
 relu_1_61_0_on_binary_indicator_var relu_1_61_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_61_0_on_binary_indicator_var e1540_ -5.431347769740106
 relu_1_61_0_on_binary_indicator_var e1541_ 10.862695539480212
 relu_1_61_0_off_binary_indicator_var relu_1_61_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_61_0_off_binary_indicator_var e1543_ 5.431347769740106
 relu_1_61_0_off_binary_indicator_var e1544_ 5.431347769740106
 relu_1_61_1_on_binary_indicator_var relu_1_61_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_61_1_on_binary_indicator_var e1547_ -5.431347769740106
 relu_1_61_1_on_binary_indicator_var e1548_ 10.862695539480212
 relu_1_61_1_off_binary_indicator_var relu_1_61_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_61_1_off_binary_indicator_var e1550_ 5.431347769740106
 relu_1_61_1_off_binary_indicator_var e1551_ 5.431347769740106
 relu_1_61_2_on_binary_indicator_var relu_1_61_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_61_2_on_binary_indicator_var e1554_ -5.431347769740106
 relu_1_61_2_on_binary_indicator_var e1555_ 10.862695539480212
 relu_1_61_2_off_binary_indicator_var relu_1_61_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_61_2_off_binary_indicator_var e1557_ 5.431347769740106
 relu_1_61_2_off_binary_indicator_var e1558_ 5.431347769740106
 relu_1_62_0_on_binary_indicator_var relu_1_62_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_62_0_on_binary_indicator_var e1561_ -6.513504630703174
 relu_1_62_0_on_binary_indicator_var e1562_ 13.027009261406349
 relu_1_62_0_off_binary_indicator_var relu_1_62_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_62_0_off_binary_indicator_var e1564_ 6.513504630703174
 relu_1_62_0_off_binary_indicator_var e1565_ 6.513504630703174
 relu_1_62_1_on_binary_indicator_var relu_1_62_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_62_1_on_binary_indicator_var e1568_ -6.513504630703174
 relu_1_62_1_on_binary_indicator_var e1569_ 13.027009261406349
 relu_1_62_1_off_binary_indicator_var relu_1_62_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_62_1_off_binary_indicator_var e1571_ 6.513504630703174
 relu_1_62_1_off_binary_indicator_var e1572_ 6.513504630703174
 relu_1_62_2_on_binary_indicator_var relu_1_62_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_62_2_on_binary_indicator_var e1575_ -6.513504630703174
 relu_1_62_2_on_binary_indicator_var e1576_ 13.027009261406349
 relu_1_62_2_off_binary_indicator_var relu_1_62_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_62_2_off_binary_indicator_var e1578_ 6.513504630703174
 relu_1_62_2_off_binary_indicator_var e1579_ 6.513504630703174
 relu_1_63_0_on_binary_indicator_var relu_1_63_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_63_0_on_binary_indicator_var e1582_ -4.099242596577638
 relu_1_63_0_on_binary_indicator_var e1583_ 8.198485193155276
 relu_1_63_0_off_binary_indicator_var relu_1_63_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_63_0_off_binary_indicator_var e1585_ 4.099242596577638
 relu_1_63_0_off_binary_indicator_var e1586_ 4.099242596577638
 relu_1_63_1_on_binary_indicator_var relu_1_63_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_63_1_on_binary_indicator_var e1589_ -4.099242596577638
 relu_1_63_1_on_binary_indicator_var e1590_ 8.198485193155276
 relu_1_63_1_off_binary_indicator_var relu_1_63_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_63_1_off_binary_indicator_var e1592_ 4.099242596577638
 relu_1_63_1_off_binary_indicator_var e1593_ 4.099242596577638
 relu_1_63_2_on_binary_indicator_var relu_1_63_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_63_2_on_binary_indicator_var e1596_ -4.099242596577638
 relu_1_63_2_on_binary_indicator_var e1597_ 8.198485193155276
 relu_1_63_2_off_binary_indicator_var relu_1_63_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_63_2_off_binary_indicator_var e1599_ 4.099242596577638
 relu_1_63_2_off_binary_indicator_var e1600_ 4.099242596577638
 M845 'MARKER' 'INTEND'
RHS
 rhs obj -91.15246540988412
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e259_ -7.176419226746878
 rhs e260_ 14.352838453493757
 rhs e262_ 7.176419226746878
 rhs e263_ 7.176419226746878
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e266_ -7.176419226746878
 rhs e267_ 14.352838453493757
 rhs e269_ 7.176419226746878
 rhs e270_ 7.176419226746878
 rhs relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e273_ -7.176419226746878
 rhs e274_ 14.352838453493757
 rhs e276_ 7.176419226746878
 rhs e277_ 7.176419226746878
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e280_ -7.125139810483965
 rhs e281_ 14.25027962096793
 rhs e283_ 7.125139810483965
 rhs e284_ 7.125139810483965
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e287_ -7.125139810483965
 rhs e288_ 14.25027962096793
 rhs e290_ 7.125139810483965
 rhs e291_ 7.125139810483965
 rhs relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e294_ -7.125139810483965
 rhs e295_ 14.25027962096793
 rhs e297_ 7.125139810483965
 rhs e298_ 7.125139810483965
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e301_ -4.450495978270242
 rhs e302_ 8.900991956540484
 rhs e304_ 4.450495978270242
 rhs e305_ 4.450495978270242
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e308_ -4.450495978270242
 rhs e309_ 8.900991956540484
 rhs e311_ 4.450495978270242
 rhs e312_ 4.450495978270242
 rhs relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e315_ -4.450495978270242
 rhs e316_ 8.900991956540484
 rhs e318_ 4.450495978270242
 rhs e319_ 4.450495978270242
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e322_ -6.293958645941272
 rhs e323_ 12.587917291882544
 rhs e325_ 6.293958645941272
 rhs e326_ 6.293958645941272
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e329_ -6.293958645941272
 rhs e330_ 12.587917291882544
 rhs e332_ 6.293958645941272
 rhs e333_ 6.293958645941272
 rhs relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e336_ -6.293958645941272
 rhs e337_ 12.587917291882544
 rhs e339_ 6.293958645941272
 rhs e340_ 6.293958645941272
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e343_ -6.278046829164398
 rhs e344_ 12.556093658328797
 rhs e346_ 6.278046829164398
 rhs e347_ 6.278046829164398
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e350_ -6.278046829164398
 rhs e351_ 12.556093658328797
 rhs e353_ 6.278046829164398
 rhs e354_ 6.278046829164398
 rhs relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e357_ -6.278046829164398
 rhs e358_ 12.556093658328797
 rhs e360_ 6.278046829164398
 rhs e361_ 6.278046829164398
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e364_ -4.575447738333024
 rhs e365_ 9.150895476666047
 rhs e367_ 4.575447738333024
 rhs e368_ 4.575447738333024
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e371_ -4.575447738333024
 rhs e372_ 9.150895476666047
 rhs e374_ 4.575447738333024
 rhs e375_ 4.575447738333024
 rhs relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e378_ -4.575447738333024
 rhs e379_ 9.150895476666047
 rhs e381_ 4.575447738333024
 rhs e382_ 4.575447738333024
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e385_ -6.681194289163965
 rhs e386_ 13.36238857832793
 rhs e388_ 6.681194289163965
 rhs e389_ 6.681194289163965
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e392_ -6.681194289163965
 rhs e393_ 13.36238857832793
 rhs e395_ 6.681194289163965
 rhs e396_ 6.681194289163965
 rhs relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e399_ -6.681194289163965
 rhs e400_ 13.36238857832793
 rhs e402_ 6.681194289163965
 rhs e403_ 6.681194289163965
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e406_ -6.998263939541548
 rhs e407_ 13.996527879083096
 rhs e409_ 6.998263939541548
 rhs e410_ 6.998263939541548
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e413_ -6.998263939541548
 rhs e414_ 13.996527879083096
 rhs e416_ 6.998263939541548
 rhs e417_ 6.998263939541548
 rhs relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e420_ -6.998263939541548
 rhs e421_ 13.996527879083096
 rhs e423_ 6.998263939541548
 rhs e424_ 6.998263939541548
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e427_ -5.033436041032538
 rhs e428_ 10.066872082065077
 rhs e430_ 5.033436041032538
 rhs e431_ 5.033436041032538
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e434_ -5.033436041032538
 rhs e435_ 10.066872082065077
 rhs e437_ 5.033436041032538
 rhs e438_ 5.033436041032538
 rhs relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e441_ -5.033436041032538
 rhs e442_ 10.066872082065077
 rhs e444_ 5.033436041032538
 rhs e445_ 5.033436041032538
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e448_ -5.85589242599091
 rhs e449_ 11.71178485198182
 rhs e451_ 5.85589242599091
 rhs e452_ 5.85589242599091
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e455_ -5.85589242599091
 rhs e456_ 11.71178485198182
 rhs e458_ 5.85589242599091
 rhs e459_ 5.85589242599091
 rhs relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e462_ -5.85589242599091
 rhs e463_ 11.71178485198182
 rhs e465_ 5.85589242599091
 rhs e466_ 5.85589242599091
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e469_ -4.481055976018846
 rhs e470_ 8.962111952037692
 rhs e472_ 4.481055976018846
 rhs e473_ 4.481055976018846
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e476_ -4.481055976018846
 rhs e477_ 8.962111952037692
 rhs e479_ 4.481055976018846
 rhs e480_ 4.481055976018846
 rhs relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e483_ -4.481055976018846
 rhs e484_ 8.962111952037692
 rhs e486_ 4.481055976018846
 rhs e487_ 4.481055976018846
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e490_ -4.223536593655531
 rhs e491_ 8.447073187311062
 rhs e493_ 4.223536593655531
 rhs e494_ 4.223536593655531
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e497_ -4.223536593655531
 rhs e498_ 8.447073187311062
 rhs e500_ 4.223536593655531
 rhs e501_ 4.223536593655531
 rhs relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e504_ -4.223536593655531
 rhs e505_ 8.447073187311062
 rhs e507_ 4.223536593655531
 rhs e508_ 4.223536593655531
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e511_ -7.9411881018315
 rhs e512_ 15.882376203663
 rhs e514_ 7.9411881018315
 rhs e515_ 7.9411881018315
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e518_ -7.9411881018315
 rhs e519_ 15.882376203663
 rhs e521_ 7.9411881018315
 rhs e522_ 7.9411881018315
 rhs relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e525_ -7.9411881018315
 rhs e526_ 15.882376203663
 rhs e528_ 7.9411881018315
 rhs e529_ 7.9411881018315
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e532_ -4.282407804124144
 rhs e533_ 8.564815608248288
 rhs e535_ 4.282407804124144
 rhs e536_ 4.282407804124144
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e539_ -4.282407804124144
 rhs e540_ 8.564815608248288
 rhs e542_ 4.282407804124144
 rhs e543_ 4.282407804124144
 rhs relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e546_ -4.282407804124144
 rhs e547_ 8.564815608248288
 rhs e549_ 4.282407804124144
 rhs e550_ 4.282407804124144
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e553_ -4.634583834742528
 rhs e554_ 9.269167669485055
 rhs e556_ 4.634583834742528
 rhs e557_ 4.634583834742528
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e560_ -4.634583834742528
 rhs e561_ 9.269167669485055
 rhs e563_ 4.634583834742528
 rhs e564_ 4.634583834742528
 rhs relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e567_ -4.634583834742528
 rhs e568_ 9.269167669485055
 rhs e570_ 4.634583834742528
 rhs e571_ 4.634583834742528
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e574_ -4.622818643788233
 rhs e575_ 9.245637287576466
 rhs e577_ 4.622818643788233
 rhs e578_ 4.622818643788233
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e581_ -4.622818643788233
 rhs e582_ 9.245637287576466
 rhs e584_ 4.622818643788233
 rhs e585_ 4.622818643788233
 rhs relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e588_ -4.622818643788233
 rhs e589_ 9.245637287576466
 rhs e591_ 4.622818643788233
 rhs e592_ 4.622818643788233
 rhs relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e595_ -6.978700550828476
 rhs e596_ 13.957401101656952
 rhs e598_ 6.978700550828476
 rhs e599_ 6.978700550828476
 rhs relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e602_ -6.978700550828476
 rhs e603_ 13.957401101656952
 rhs e605_ 6.978700550828476
 rhs e606_ 6.978700550828476
 rhs relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e609_ -6.978700550828476
 rhs e610_ 13.957401101656952
 rhs e612_ 6.978700550828476
 rhs e613_ 6.978700550828476
 rhs relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e616_ -6.235030806621945
 rhs e617_ 12.47006161324389
 rhs e619_ 6.235030806621945
 rhs e620_ 6.235030806621945
 rhs relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e623_ -6.235030806621945
 rhs e624_ 12.47006161324389
 rhs e626_ 6.235030806621945
 rhs e627_ 6.235030806621945
 rhs relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e630_ -6.235030806621945
 rhs e631_ 12.47006161324389
 rhs e633_ 6.235030806621945
 rhs e634_ 6.235030806621945
 rhs relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e637_ -6.718454730852487
 rhs e638_ 13.436909461704975
 rhs e640_ 6.718454730852487
 rhs e641_ 6.718454730852487
 rhs relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e644_ -6.718454730852487
 rhs e645_ 13.436909461704975
 rhs e647_ 6.718454730852487
 rhs e648_ 6.718454730852487
 rhs relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e651_ -6.718454730852487
 rhs e652_ 13.436909461704975
 rhs e654_ 6.718454730852487
 rhs e655_ 6.718454730852487
 rhs relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e658_ -6.8226887269065095
 rhs e659_ 13.645377453813019
 rhs e661_ 6.8226887269065095
 rhs e662_ 6.8226887269065095
 rhs relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e665_ -6.8226887269065095
 rhs e666_ 13.645377453813019
 rhs e668_ 6.8226887269065095
 rhs e669_ 6.8226887269065095
 rhs relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e672_ -6.8226887269065095
 rhs e673_ 13.645377453813019
 rhs e675_ 6.8226887269065095
 rhs e676_ 6.8226887269065095
 rhs relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e679_ -6.631889427894872
 rhs e680_ 13.263778855789743
 rhs e682_ 6.631889427894872
 rhs e683_ 6.631889427894872
 rhs relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e686_ -6.631889427894872
 rhs e687_ 13.263778855789743
 rhs e689_ 6.631889427894872
 rhs e690_ 6.631889427894872
 rhs relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e693_ -6.631889427894872
 rhs e694_ 13.263778855789743
 rhs e696_ 6.631889427894872
 rhs e697_ 6.631889427894872
 rhs relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e700_ -5.396286998735244
 rhs e701_ 10.792573997470488
 rhs e703_ 5.396286998735244
 rhs e704_ 5.396286998735244
 rhs relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e707_ -5.396286998735244
 rhs e708_ 10.792573997470488
 rhs e710_ 5.396286998735244
 rhs e711_ 5.396286998735244
 rhs relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e714_ -5.396286998735244
 rhs e715_ 10.792573997470488
 rhs e717_ 5.396286998735244
 rhs e718_ 5.396286998735244
 rhs relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e721_ -6.394092367761281
 rhs e722_ 12.788184735522561
 rhs e724_ 6.394092367761281
 rhs e725_ 6.394092367761281
 rhs relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e728_ -6.394092367761281
 rhs e729_ 12.788184735522561
 rhs e731_ 6.394092367761281
 rhs e732_ 6.394092367761281
 rhs relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e735_ -6.394092367761281
 rhs e736_ 12.788184735522561
 rhs e738_ 6.394092367761281
 rhs e739_ 6.394092367761281
 rhs relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e742_ -6.260561154684373
 rhs e743_ 12.521122309368746
 rhs e745_ 6.260561154684373
 rhs e746_ 6.260561154684373
 rhs relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e749_ -6.260561154684373
 rhs e750_ 12.521122309368746
 rhs e752_ 6.260561154684373
 rhs e753_ 6.260561154684373
 rhs relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e756_ -6.260561154684373
 rhs e757_ 12.521122309368746
 rhs e759_ 6.260561154684373
 rhs e760_ 6.260561154684373
 rhs relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e763_ -7.264403459229737
 rhs e764_ 14.528806918459473
 rhs e766_ 7.264403459229737
 rhs e767_ 7.264403459229737
 rhs relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e770_ -7.264403459229737
 rhs e771_ 14.528806918459473
 rhs e773_ 7.264403459229737
 rhs e774_ 7.264403459229737
 rhs relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e777_ -7.264403459229737
 rhs e778_ 14.528806918459473
 rhs e780_ 7.264403459229737
 rhs e781_ 7.264403459229737
 rhs relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e784_ -4.689817519007568
 rhs e785_ 9.379635038015136
 rhs e787_ 4.689817519007568
 rhs e788_ 4.689817519007568
 rhs relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e791_ -4.689817519007568
 rhs e792_ 9.379635038015136
 rhs e794_ 4.689817519007568
 rhs e795_ 4.689817519007568
 rhs relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e798_ -4.689817519007568
 rhs e799_ 9.379635038015136
 rhs e801_ 4.689817519007568
 rhs e802_ 4.689817519007568
 rhs relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e805_ -5.834876603928876
 rhs e806_ 11.669753207857752
 rhs e808_ 5.834876603928876
 rhs e809_ 5.834876603928876
 rhs relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e812_ -5.834876603928876
 rhs e813_ 11.669753207857752
 rhs e815_ 5.834876603928876
 rhs e816_ 5.834876603928876
 rhs relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e819_ -5.834876603928876
 rhs e820_ 11.669753207857752
 rhs e822_ 5.834876603928876
 rhs e823_ 5.834876603928876
 rhs relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e826_ -6.462017653570015
 rhs e827_ 12.92403530714003
 rhs e829_ 6.462017653570015
 rhs e830_ 6.462017653570015
 rhs relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e833_ -6.462017653570015
 rhs e834_ 12.92403530714003
 rhs e836_ 6.462017653570015
 rhs e837_ 6.462017653570015
 rhs relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e840_ -6.462017653570015
 rhs e841_ 12.92403530714003
 rhs e843_ 6.462017653570015
 rhs e844_ 6.462017653570015
 rhs relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e847_ -6.141677231816878
 rhs e848_ 12.283354463633756
 rhs e850_ 6.141677231816878
 rhs e851_ 6.141677231816878
 rhs relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e854_ -6.141677231816878
 rhs e855_ 12.283354463633756
 rhs e857_ 6.141677231816878
 rhs e858_ 6.141677231816878
 rhs relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e861_ -6.141677231816878
 rhs e862_ 12.283354463633756
 rhs e864_ 6.141677231816878
 rhs e865_ 6.141677231816878
 rhs relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e868_ -5.920664390112501
 rhs e869_ 11.841328780225002
 rhs e871_ 5.920664390112501
 rhs e872_ 5.920664390112501
 rhs relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e875_ -5.920664390112501
 rhs e876_ 11.841328780225002
 rhs e878_ 5.920664390112501
 rhs e879_ 5.920664390112501
 rhs relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e882_ -5.920664390112501
 rhs e883_ 11.841328780225002
 rhs e885_ 5.920664390112501
 rhs e886_ 5.920664390112501
 rhs relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e889_ -5.728168080018541
 rhs e890_ 11.456336160037083
 rhs e892_ 5.728168080018541
 rhs e893_ 5.728168080018541
 rhs relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e896_ -5.728168080018541
 rhs e897_ 11.456336160037083
 rhs e899_ 5.728168080018541
 rhs e900_ 5.728168080018541
 rhs relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e903_ -5.728168080018541
 rhs e904_ 11.456336160037083
 rhs e906_ 5.728168080018541
 rhs e907_ 5.728168080018541
 rhs relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e910_ -4.169908962997813
 rhs e911_ 8.339817925995627
 rhs e913_ 4.169908962997813
 rhs e914_ 4.169908962997813
 rhs relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e917_ -4.169908962997813
 rhs e918_ 8.339817925995627
 rhs e920_ 4.169908962997813
 rhs e921_ 4.169908962997813
 rhs relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e924_ -4.169908962997813
 rhs e925_ 8.339817925995627
 rhs e927_ 4.169908962997813
 rhs e928_ 4.169908962997813
 rhs relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e931_ -8.664241081038536
 rhs e932_ 17.328482162077073
 rhs e934_ 8.664241081038536
 rhs e935_ 8.664241081038536
 rhs relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e938_ -8.664241081038536
 rhs e939_ 17.328482162077073
 rhs e941_ 8.664241081038536
 rhs e942_ 8.664241081038536
 rhs relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e945_ -8.664241081038536
 rhs e946_ 17.328482162077073
 rhs e948_ 8.664241081038536
 rhs e949_ 8.664241081038536
 rhs relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e952_ -4.786102235995172
 rhs e953_ 9.572204471990345
 rhs e955_ 4.786102235995172
 rhs e956_ 4.786102235995172
 rhs relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e959_ -4.786102235995172
 rhs e960_ 9.572204471990345
 rhs e962_ 4.786102235995172
 rhs e963_ 4.786102235995172
 rhs relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e966_ -4.786102235995172
 rhs e967_ 9.572204471990345
 rhs e969_ 4.786102235995172
 rhs e970_ 4.786102235995172
 rhs relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e973_ -3.1913367882549086
 rhs e974_ 6.382673576509817
 rhs e976_ 3.1913367882549086
 rhs e977_ 3.1913367882549086
 rhs relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e980_ -3.1913367882549086
 rhs e981_ 6.382673576509817
 rhs e983_ 3.1913367882549086
 rhs e984_ 3.1913367882549086
 rhs relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e987_ -3.1913367882549086
 rhs e988_ 6.382673576509817
 rhs e990_ 3.1913367882549086
 rhs e991_ 3.1913367882549086
 rhs relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e994_ -5.22677910814882
 rhs e995_ 10.45355821629764
 rhs e997_ 5.22677910814882
 rhs e998_ 5.22677910814882
 rhs relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1001_ -5.22677910814882
 rhs e1002_ 10.45355821629764
 rhs e1004_ 5.22677910814882
 rhs e1005_ 5.22677910814882
 rhs relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1008_ -5.22677910814882
 rhs e1009_ 10.45355821629764
 rhs e1011_ 5.22677910814882
 rhs e1012_ 5.22677910814882
 rhs relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1015_ -5.673758698670875
 rhs e1016_ 11.34751739734175
 rhs e1018_ 5.673758698670875
 rhs e1019_ 5.673758698670875
 rhs relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1022_ -5.673758698670875
 rhs e1023_ 11.34751739734175
 rhs e1025_ 5.673758698670875
 rhs e1026_ 5.673758698670875
 rhs relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1029_ -5.673758698670875
 rhs e1030_ 11.34751739734175
 rhs e1032_ 5.673758698670875
 rhs e1033_ 5.673758698670875
 rhs relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1036_ -7.902762319994838
 rhs e1037_ 15.805524639989676
 rhs e1039_ 7.902762319994838
 rhs e1040_ 7.902762319994838
 rhs relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1043_ -7.902762319994838
 rhs e1044_ 15.805524639989676
 rhs e1046_ 7.902762319994838
 rhs e1047_ 7.902762319994838
 rhs relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1050_ -7.902762319994838
 rhs e1051_ 15.805524639989676
 rhs e1053_ 7.902762319994838
 rhs e1054_ 7.902762319994838
 rhs relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1057_ -6.938634274205215
 rhs e1058_ 13.87726854841043
 rhs e1060_ 6.938634274205215
 rhs e1061_ 6.938634274205215
 rhs relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1064_ -6.938634274205215
 rhs e1065_ 13.87726854841043
 rhs e1067_ 6.938634274205215
 rhs e1068_ 6.938634274205215
 rhs relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1071_ -6.938634274205215
 rhs e1072_ 13.87726854841043
 rhs e1074_ 6.938634274205215
 rhs e1075_ 6.938634274205215
 rhs relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1078_ -8.719319309755662
 rhs e1079_ 17.438638619511323
 rhs e1081_ 8.719319309755662
 rhs e1082_ 8.719319309755662
 rhs relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1085_ -8.719319309755662
 rhs e1086_ 17.438638619511323
 rhs e1088_ 8.719319309755662
 rhs e1089_ 8.719319309755662
 rhs relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1092_ -8.719319309755662
 rhs e1093_ 17.438638619511323
 rhs e1095_ 8.719319309755662
 rhs e1096_ 8.719319309755662
 rhs relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1099_ -8.069010781871519
 rhs e1100_ 16.138021563743038
 rhs e1102_ 8.069010781871519
 rhs e1103_ 8.069010781871519
 rhs relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1106_ -8.069010781871519
 rhs e1107_ 16.138021563743038
 rhs e1109_ 8.069010781871519
 rhs e1110_ 8.069010781871519
 rhs relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1113_ -8.069010781871519
 rhs e1114_ 16.138021563743038
 rhs e1116_ 8.069010781871519
 rhs e1117_ 8.069010781871519
 rhs relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1120_ -7.8506770042707945
 rhs e1121_ 15.701354008541589
 rhs e1123_ 7.8506770042707945
 rhs e1124_ 7.8506770042707945
 rhs relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1127_ -7.8506770042707945
 rhs e1128_ 15.701354008541589
 rhs e1130_ 7.8506770042707945
 rhs e1131_ 7.8506770042707945
 rhs relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1134_ -7.8506770042707945
 rhs e1135_ 15.701354008541589
 rhs e1137_ 7.8506770042707945
 rhs e1138_ 7.8506770042707945
 rhs relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1141_ -8.175386217260854
 rhs e1142_ 16.35077243452171
 rhs e1144_ 8.175386217260854
 rhs e1145_ 8.175386217260854
 rhs relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1148_ -8.175386217260854
 rhs e1149_ 16.35077243452171
 rhs e1151_ 8.175386217260854
 rhs e1152_ 8.175386217260854
 rhs relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1155_ -8.175386217260854
 rhs e1156_ 16.35077243452171
 rhs e1158_ 8.175386217260854
 rhs e1159_ 8.175386217260854
 rhs relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1162_ -5.054315422411429
 rhs e1163_ 10.108630844822859
 rhs e1165_ 5.054315422411429
 rhs e1166_ 5.054315422411429
 rhs relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1169_ -5.054315422411429
 rhs e1170_ 10.108630844822859
 rhs e1172_ 5.054315422411429
 rhs e1173_ 5.054315422411429
 rhs relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1176_ -5.054315422411429
 rhs e1177_ 10.108630844822859
 rhs e1179_ 5.054315422411429
 rhs e1180_ 5.054315422411429
 rhs relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1183_ -6.417045954474024
 rhs e1184_ 12.834091908948048
 rhs e1186_ 6.417045954474024
 rhs e1187_ 6.417045954474024
 rhs relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1190_ -6.417045954474024
 rhs e1191_ 12.834091908948048
 rhs e1193_ 6.417045954474024
 rhs e1194_ 6.417045954474024
 rhs relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1197_ -6.417045954474024
 rhs e1198_ 12.834091908948048
 rhs e1200_ 6.417045954474024
 rhs e1201_ 6.417045954474024
 rhs relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1204_ -6.944399324947062
 rhs e1205_ 13.888798649894124
 rhs e1207_ 6.944399324947062
 rhs e1208_ 6.944399324947062
 rhs relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1211_ -6.944399324947062
 rhs e1212_ 13.888798649894124
 rhs e1214_ 6.944399324947062
 rhs e1215_ 6.944399324947062
 rhs relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1218_ -6.944399324947062
 rhs e1219_ 13.888798649894124
 rhs e1221_ 6.944399324947062
 rhs e1222_ 6.944399324947062
 rhs relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1225_ -3.5770894718859325
 rhs e1226_ 7.154178943771865
 rhs e1228_ 3.5770894718859325
 rhs e1229_ 3.5770894718859325
 rhs relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1232_ -3.5770894718859325
 rhs e1233_ 7.154178943771865
 rhs e1235_ 3.5770894718859325
 rhs e1236_ 3.5770894718859325
 rhs relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1239_ -3.5770894718859325
 rhs e1240_ 7.154178943771865
 rhs e1242_ 3.5770894718859325
 rhs e1243_ 3.5770894718859325
 rhs relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1246_ -8.343039628756323
 rhs e1247_ 16.686079257512645
 rhs e1249_ 8.343039628756323
 rhs e1250_ 8.343039628756323
 rhs relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1253_ -8.343039628756323
 rhs e1254_ 16.686079257512645
 rhs e1256_ 8.343039628756323
 rhs e1257_ 8.343039628756323
 rhs relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1260_ -8.343039628756323
 rhs e1261_ 16.686079257512645
 rhs e1263_ 8.343039628756323
 rhs e1264_ 8.343039628756323
 rhs relu_1_48_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1267_ -5.078276655633345
 rhs e1268_ 10.15655331126669
 rhs e1270_ 5.078276655633345
 rhs e1271_ 5.078276655633345
 rhs relu_1_48_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1274_ -5.078276655633345
 rhs e1275_ 10.15655331126669
 rhs e1277_ 5.078276655633345
 rhs e1278_ 5.078276655633345
 rhs relu_1_48_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1281_ -5.078276655633345
 rhs e1282_ 10.15655331126669
 rhs e1284_ 5.078276655633345
 rhs e1285_ 5.078276655633345
 rhs relu_1_49_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1288_ -7.145126446279315
 rhs e1289_ 14.29025289255863
 rhs e1291_ 7.145126446279315
 rhs e1292_ 7.145126446279315
 rhs relu_1_49_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1295_ -7.145126446279315
 rhs e1296_ 14.29025289255863
 rhs e1298_ 7.145126446279315
 rhs e1299_ 7.145126446279315
 rhs relu_1_49_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1302_ -7.145126446279315
 rhs e1303_ 14.29025289255863
 rhs e1305_ 7.145126446279315
 rhs e1306_ 7.145126446279315
 rhs relu_1_50_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1309_ -7.451755636997136
 rhs e1310_ 14.903511273994273
 rhs e1312_ 7.451755636997136
 rhs e1313_ 7.451755636997136
 rhs relu_1_50_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1316_ -7.451755636997136
 rhs e1317_ 14.903511273994273
 rhs e1319_ 7.451755636997136
 rhs e1320_ 7.451755636997136
 rhs relu_1_50_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1323_ -7.451755636997136
 rhs e1324_ 14.903511273994273
 rhs e1326_ 7.451755636997136
 rhs e1327_ 7.451755636997136
 rhs relu_1_51_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1330_ -5.651177664354505
 rhs e1331_ 11.30235532870901
 rhs e1333_ 5.651177664354505
 rhs e1334_ 5.651177664354505
 rhs relu_1_51_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1337_ -5.651177664354505
 rhs e1338_ 11.30235532870901
 rhs e1340_ 5.651177664354505
 rhs e1341_ 5.651177664354505
 rhs relu_1_51_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1344_ -5.651177664354505
 rhs e1345_ 11.30235532870901
 rhs e1347_ 5.651177664354505
 rhs e1348_ 5.651177664354505
 rhs relu_1_52_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1351_ -7.651408697329851
 rhs e1352_ 15.302817394659701
 rhs e1354_ 7.651408697329851
 rhs e1355_ 7.651408697329851
 rhs relu_1_52_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1358_ -7.651408697329851
 rhs e1359_ 15.302817394659701
 rhs e1361_ 7.651408697329851
 rhs e1362_ 7.651408697329851
 rhs relu_1_52_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1365_ -7.651408697329851
 rhs e1366_ 15.302817394659701
 rhs e1368_ 7.651408697329851
 rhs e1369_ 7.651408697329851
 rhs relu_1_53_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1372_ -6.53400007457264
 rhs e1373_ 13.06800014914528
 rhs e1375_ 6.53400007457264
 rhs e1376_ 6.53400007457264
 rhs relu_1_53_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1379_ -6.53400007457264
 rhs e1380_ 13.06800014914528
 rhs e1382_ 6.53400007457264
 rhs e1383_ 6.53400007457264
 rhs relu_1_53_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1386_ -6.53400007457264
 rhs e1387_ 13.06800014914528
 rhs e1389_ 6.53400007457264
 rhs e1390_ 6.53400007457264
 rhs relu_1_54_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1393_ -6.214580093017421
 rhs e1394_ 12.429160186034842
 rhs e1396_ 6.214580093017421
 rhs e1397_ 6.214580093017421
 rhs relu_1_54_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1400_ -6.214580093017421
 rhs e1401_ 12.429160186034842
 rhs e1403_ 6.214580093017421
 rhs e1404_ 6.214580093017421
 rhs relu_1_54_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1407_ -6.214580093017421
 rhs e1408_ 12.429160186034842
 rhs e1410_ 6.214580093017421
 rhs e1411_ 6.214580093017421
 rhs relu_1_55_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1414_ -4.820203494345149
 rhs e1415_ 9.640406988690298
 rhs e1417_ 4.820203494345149
 rhs e1418_ 4.820203494345149
 rhs relu_1_55_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1421_ -4.820203494345149
 rhs e1422_ 9.640406988690298
 rhs e1424_ 4.820203494345149
 rhs e1425_ 4.820203494345149
 rhs relu_1_55_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1428_ -4.820203494345149
 rhs e1429_ 9.640406988690298
 rhs e1431_ 4.820203494345149
 rhs e1432_ 4.820203494345149
 rhs relu_1_56_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1435_ -6.8786556393890095
 rhs e1436_ 13.757311278778019
 rhs e1438_ 6.8786556393890095
 rhs e1439_ 6.8786556393890095
 rhs relu_1_56_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1442_ -6.8786556393890095
 rhs e1443_ 13.757311278778019
 rhs e1445_ 6.8786556393890095
 rhs e1446_ 6.8786556393890095
 rhs relu_1_56_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1449_ -6.8786556393890095
 rhs e1450_ 13.757311278778019
 rhs e1452_ 6.8786556393890095
 rhs e1453_ 6.8786556393890095
 rhs relu_1_57_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1456_ -6.897455194484353
 rhs e1457_ 13.794910388968706
 rhs e1459_ 6.897455194484353
 rhs e1460_ 6.897455194484353
 rhs relu_1_57_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1463_ -6.897455194484353
 rhs e1464_ 13.794910388968706
 rhs e1466_ 6.897455194484353
 rhs e1467_ 6.897455194484353
 rhs relu_1_57_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1470_ -6.897455194484353
 rhs e1471_ 13.794910388968706
 rhs e1473_ 6.897455194484353
 rhs e1474_ 6.897455194484353
 rhs relu_1_58_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1477_ -4.786753846830932
 rhs e1478_ 9.573507693661863
 rhs e1480_ 4.786753846830932
 rhs e1481_ 4.786753846830932
 rhs relu_1_58_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1484_ -4.786753846830932
 rhs e1485_ 9.573507693661863
 rhs e1487_ 4.786753846830932
 rhs e1488_ 4.786753846830932
 rhs relu_1_58_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1491_ -4.786753846830932
 rhs e1492_ 9.573507693661863
 rhs e1494_ 4.786753846830932
 rhs e1495_ 4.786753846830932
 rhs relu_1_59_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1498_ -5.182807668516274
 rhs e1499_ 10.365615337032548
 rhs e1501_ 5.182807668516274
 rhs e1502_ 5.182807668516274
 rhs relu_1_59_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1505_ -5.182807668516274
 rhs e1506_ 10.365615337032548
 rhs e1508_ 5.182807668516274
 rhs e1509_ 5.182807668516274
 rhs relu_1_59_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1512_ -5.182807668516274
 rhs e1513_ 10.365615337032548
 rhs e1515_ 5.182807668516274
 rhs e1516_ 5.182807668516274
 rhs relu_1_60_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1519_ -4.6323284254498525
 rhs e1520_ 9.264656850899705
 rhs e1522_ 4.6323284254498525
 rhs e1523_ 4.6323284254498525
 rhs relu_1_60_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1526_ -4.6323284254498525
 rhs e1527_ 9.264656850899705
 rhs e1529_ 4.6323284254498525
 rhs e1530_ 4.6323284254498525
 rhs relu_1_60_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1533_ -4.6323284254498525
 rhs e1534_ 9.264656850899705
 rhs e1536_ 4.6323284254498525
 rhs e1537_ 4.6323284254498525
 rhs relu_1_61_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1540_ -5.431347769740106
 rhs e1541_ 10.862695539480212
 rhs e1543_ 5.431347769740106
 rhs e1544_ 5.431347769740106
 rhs relu_1_61_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1547_ -5.431347769740106
 rhs e1548_ 10.862695539480212
 rhs e1550_ 5.431347769740106
 rhs e1551_ 5.431347769740106
 rhs relu_1_61_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1554_ -5.431347769740106
 rhs e1555_ 10.862695539480212
 rhs e1557_ 5.431347769740106
 rhs e1558_ 5.431347769740106
 rhs relu_1_62_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1561_ -6.513504630703174
 rhs e1562_ 13.027009261406349
 rhs e1564_ 6.513504630703174
 rhs e1565_ 6.513504630703174
 rhs relu_1_62_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1568_ -6.513504630703174
 rhs e1569_ 13.027009261406349
 rhs e1571_ 6.513504630703174
 rhs e1572_ 6.513504630703174
 rhs relu_1_62_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1575_ -6.513504630703174
 rhs e1576_ 13.027009261406349
 rhs e1578_ 6.513504630703174
 rhs e1579_ 6.513504630703174
 rhs relu_1_63_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1582_ -4.099242596577638
 rhs e1583_ 8.198485193155276
 rhs e1585_ 4.099242596577638
 rhs e1586_ 4.099242596577638
 rhs relu_1_63_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1589_ -4.099242596577638
 rhs e1590_ 8.198485193155276
 rhs e1592_ 4.099242596577638
 rhs e1593_ 4.099242596577638
 rhs relu_1_63_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1596_ -4.099242596577638
 rhs e1597_ 8.198485193155276
 rhs e1599_ 4.099242596577638
 rhs e1600_ 4.099242596577638
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
 LO bnd pre_1_16_0 -6.978700550828476
 UP bnd pre_1_16_0 6.978700550828476
 LO bnd pre_1_16_1 -6.978700550828476
 UP bnd pre_1_16_1 6.978700550828476
 LO bnd pre_1_16_2 -6.978700550828476
 UP bnd pre_1_16_2 6.978700550828476
 LO bnd pre_1_17_0 -6.235030806621945
 UP bnd pre_1_17_0 6.235030806621945
 LO bnd pre_1_17_1 -6.235030806621945
 UP bnd pre_1_17_1 6.235030806621945
 LO bnd pre_1_17_2 -6.235030806621945
 UP bnd pre_1_17_2 6.235030806621945
 LO bnd pre_1_18_0 -6.718454730852487
 UP bnd pre_1_18_0 6.718454730852487
 LO bnd pre_1_18_1 -6.718454730852487
 UP bnd pre_1_18_1 6.718454730852487
 LO bnd pre_1_18_2 -6.718454730852487
 UP bnd pre_1_18_2 6.718454730852487
 LO bnd pre_1_19_0 -6.8226887269065095
 UP bnd pre_1_19_0 6.8226887269065095
 LO bnd pre_1_19_1 -6.8226887269065095
 UP bnd pre_1_19_1 6.8226887269065095
 LO bnd pre_1_19_2 -6.8226887269065095
 UP bnd pre_1_19_2 6.8226887269065095
 LO bnd pre_1_20_0 -6.631889427894872
 UP bnd pre_1_20_0 6.631889427894872
 LO bnd pre_1_20_1 -6.631889427894872
 UP bnd pre_1_20_1 6.631889427894872
 LO bnd pre_1_20_2 -6.631889427894872
 UP bnd pre_1_20_2 6.631889427894872
 LO bnd pre_1_21_0 -5.396286998735244
 UP bnd pre_1_21_0 5.396286998735244
 LO bnd pre_1_21_1 -5.396286998735244
 UP bnd pre_1_21_1 5.396286998735244
 LO bnd pre_1_21_2 -5.396286998735244
 UP bnd pre_1_21_2 5.396286998735244
 LO bnd pre_1_22_0 -6.394092367761281
 UP bnd pre_1_22_0 6.394092367761281
 LO bnd pre_1_22_1 -6.394092367761281
 UP bnd pre_1_22_1 6.394092367761281
 LO bnd pre_1_22_2 -6.394092367761281
 UP bnd pre_1_22_2 6.394092367761281
 LO bnd pre_1_23_0 -6.260561154684373
 UP bnd pre_1_23_0 6.260561154684373
 LO bnd pre_1_23_1 -6.260561154684373
 UP bnd pre_1_23_1 6.260561154684373
 LO bnd pre_1_23_2 -6.260561154684373
 UP bnd pre_1_23_2 6.260561154684373
 LO bnd pre_1_24_0 -7.264403459229737
 UP bnd pre_1_24_0 7.264403459229737
 LO bnd pre_1_24_1 -7.264403459229737
 UP bnd pre_1_24_1 7.264403459229737
 LO bnd pre_1_24_2 -7.264403459229737
 UP bnd pre_1_24_2 7.264403459229737
 LO bnd pre_1_25_0 -4.689817519007568
 UP bnd pre_1_25_0 4.689817519007568
 LO bnd pre_1_25_1 -4.689817519007568
 UP bnd pre_1_25_1 4.689817519007568
 LO bnd pre_1_25_2 -4.689817519007568
 UP bnd pre_1_25_2 4.689817519007568
 LO bnd pre_1_26_0 -5.834876603928876
 UP bnd pre_1_26_0 5.834876603928876
 LO bnd pre_1_26_1 -5.834876603928876
 UP bnd pre_1_26_1 5.834876603928876
 LO bnd pre_1_26_2 -5.834876603928876
 UP bnd pre_1_26_2 5.834876603928876
 LO bnd pre_1_27_0 -6.462017653570015
 UP bnd pre_1_27_0 6.462017653570015
 LO bnd pre_1_27_1 -6.462017653570015
 UP bnd pre_1_27_1 6.462017653570015
 LO bnd pre_1_27_2 -6.462017653570015
 UP bnd pre_1_27_2 6.462017653570015
 LO bnd pre_1_28_0 -6.141677231816878
 UP bnd pre_1_28_0 6.141677231816878
 LO bnd pre_1_28_1 -6.141677231816878
 UP bnd pre_1_28_1 6.141677231816878
 LO bnd pre_1_28_2 -6.141677231816878
 UP bnd pre_1_28_2 6.141677231816878
 LO bnd pre_1_29_0 -5.920664390112501
 UP bnd pre_1_29_0 5.920664390112501
 LO bnd pre_1_29_1 -5.920664390112501
 UP bnd pre_1_29_1 5.920664390112501
 LO bnd pre_1_29_2 -5.920664390112501
 UP bnd pre_1_29_2 5.920664390112501
 LO bnd pre_1_30_0 -5.728168080018541
 UP bnd pre_1_30_0 5.728168080018541
 LO bnd pre_1_30_1 -5.728168080018541
 UP bnd pre_1_30_1 5.728168080018541
 LO bnd pre_1_30_2 -5.728168080018541
 UP bnd pre_1_30_2 5.728168080018541
 LO bnd pre_1_31_0 -4.169908962997813
 UP bnd pre_1_31_0 4.169908962997813
 LO bnd pre_1_31_1 -4.169908962997813
 UP bnd pre_1_31_1 4.169908962997813
 LO bnd pre_1_31_2 -4.169908962997813
 UP bnd pre_1_31_2 4.169908962997813
 LO bnd pre_1_32_0 -8.664241081038536
 UP bnd pre_1_32_0 8.664241081038536
 LO bnd pre_1_32_1 -8.664241081038536
 UP bnd pre_1_32_1 8.664241081038536
 LO bnd pre_1_32_2 -8.664241081038536
 UP bnd pre_1_32_2 8.664241081038536
 LO bnd pre_1_33_0 -4.786102235995172
 UP bnd pre_1_33_0 4.786102235995172
 LO bnd pre_1_33_1 -4.786102235995172
 UP bnd pre_1_33_1 4.786102235995172
 LO bnd pre_1_33_2 -4.786102235995172
 UP bnd pre_1_33_2 4.786102235995172
 LO bnd pre_1_34_0 -3.1913367882549086
 UP bnd pre_1_34_0 3.1913367882549086
 LO bnd pre_1_34_1 -3.1913367882549086
 UP bnd pre_1_34_1 3.1913367882549086
 LO bnd pre_1_34_2 -3.1913367882549086
 UP bnd pre_1_34_2 3.1913367882549086
 LO bnd pre_1_35_0 -5.22677910814882
 UP bnd pre_1_35_0 5.22677910814882
 LO bnd pre_1_35_1 -5.22677910814882
 UP bnd pre_1_35_1 5.22677910814882
 LO bnd pre_1_35_2 -5.22677910814882
 UP bnd pre_1_35_2 5.22677910814882
 LO bnd pre_1_36_0 -5.673758698670875
 UP bnd pre_1_36_0 5.673758698670875
 LO bnd pre_1_36_1 -5.673758698670875
 UP bnd pre_1_36_1 5.673758698670875
 LO bnd pre_1_36_2 -5.673758698670875
 UP bnd pre_1_36_2 5.673758698670875
 LO bnd pre_1_37_0 -7.902762319994838
 UP bnd pre_1_37_0 7.902762319994838
 LO bnd pre_1_37_1 -7.902762319994838
 UP bnd pre_1_37_1 7.902762319994838
 LO bnd pre_1_37_2 -7.902762319994838
 UP bnd pre_1_37_2 7.902762319994838
 LO bnd pre_1_38_0 -6.938634274205215
 UP bnd pre_1_38_0 6.938634274205215
 LO bnd pre_1_38_1 -6.938634274205215
 UP bnd pre_1_38_1 6.938634274205215
 LO bnd pre_1_38_2 -6.938634274205215
 UP bnd pre_1_38_2 6.938634274205215
 LO bnd pre_1_39_0 -8.719319309755662
 UP bnd pre_1_39_0 8.719319309755662
 LO bnd pre_1_39_1 -8.719319309755662
 UP bnd pre_1_39_1 8.719319309755662
 LO bnd pre_1_39_2 -8.719319309755662
 UP bnd pre_1_39_2 8.719319309755662
 LO bnd pre_1_40_0 -8.069010781871519
 UP bnd pre_1_40_0 8.069010781871519
 LO bnd pre_1_40_1 -8.069010781871519
 UP bnd pre_1_40_1 8.069010781871519
 LO bnd pre_1_40_2 -8.069010781871519
 UP bnd pre_1_40_2 8.069010781871519
 LO bnd pre_1_41_0 -7.8506770042707945
 UP bnd pre_1_41_0 7.8506770042707945
 LO bnd pre_1_41_1 -7.8506770042707945
 UP bnd pre_1_41_1 7.8506770042707945
 LO bnd pre_1_41_2 -7.8506770042707945
 UP bnd pre_1_41_2 7.8506770042707945
 LO bnd pre_1_42_0 -8.175386217260854
 UP bnd pre_1_42_0 8.175386217260854
 LO bnd pre_1_42_1 -8.175386217260854
 UP bnd pre_1_42_1 8.175386217260854
 LO bnd pre_1_42_2 -8.175386217260854
 UP bnd pre_1_42_2 8.175386217260854
 LO bnd pre_1_43_0 -5.054315422411429
 UP bnd pre_1_43_0 5.054315422411429
 LO bnd pre_1_43_1 -5.054315422411429
 UP bnd pre_1_43_1 5.054315422411429
 LO bnd pre_1_43_2 -5.054315422411429
 UP bnd pre_1_43_2 5.054315422411429
 LO bnd pre_1_44_0 -6.417045954474024
 UP bnd pre_1_44_0 6.417045954474024
 LO bnd pre_1_44_1 -6.417045954474024
 UP bnd pre_1_44_1 6.417045954474024
 LO bnd pre_1_44_2 -6.417045954474024
 UP bnd pre_1_44_2 6.417045954474024
 LO bnd pre_1_45_0 -6.944399324947062
 UP bnd pre_1_45_0 6.944399324947062
 LO bnd pre_1_45_1 -6.944399324947062
 UP bnd pre_1_45_1 6.944399324947062
 LO bnd pre_1_45_2 -6.944399324947062
 UP bnd pre_1_45_2 6.944399324947062
 LO bnd pre_1_46_0 -3.5770894718859325
 UP bnd pre_1_46_0 3.5770894718859325
 LO bnd pre_1_46_1 -3.5770894718859325
 UP bnd pre_1_46_1 3.5770894718859325
 LO bnd pre_1_46_2 -3.5770894718859325
 UP bnd pre_1_46_2 3.5770894718859325
 LO bnd pre_1_47_0 -8.343039628756323
 UP bnd pre_1_47_0 8.343039628756323
 LO bnd pre_1_47_1 -8.343039628756323
 UP bnd pre_1_47_1 8.343039628756323
 LO bnd pre_1_47_2 -8.343039628756323
 UP bnd pre_1_47_2 8.343039628756323
 LO bnd pre_1_48_0 -5.078276655633345
 UP bnd pre_1_48_0 5.078276655633345
 LO bnd pre_1_48_1 -5.078276655633345
 UP bnd pre_1_48_1 5.078276655633345
 LO bnd pre_1_48_2 -5.078276655633345
 UP bnd pre_1_48_2 5.078276655633345
 LO bnd pre_1_49_0 -7.145126446279315
 UP bnd pre_1_49_0 7.145126446279315
 LO bnd pre_1_49_1 -7.145126446279315
 UP bnd pre_1_49_1 7.145126446279315
 LO bnd pre_1_49_2 -7.145126446279315
 UP bnd pre_1_49_2 7.145126446279315
 LO bnd pre_1_50_0 -7.451755636997136
 UP bnd pre_1_50_0 7.451755636997136
 LO bnd pre_1_50_1 -7.451755636997136
 UP bnd pre_1_50_1 7.451755636997136
 LO bnd pre_1_50_2 -7.451755636997136
 UP bnd pre_1_50_2 7.451755636997136
 LO bnd pre_1_51_0 -5.651177664354505
 UP bnd pre_1_51_0 5.651177664354505
 LO bnd pre_1_51_1 -5.651177664354505
 UP bnd pre_1_51_1 5.651177664354505
 LO bnd pre_1_51_2 -5.651177664354505
 UP bnd pre_1_51_2 5.651177664354505
 LO bnd pre_1_52_0 -7.651408697329851
 UP bnd pre_1_52_0 7.651408697329851
 LO bnd pre_1_52_1 -7.651408697329851
 UP bnd pre_1_52_1 7.651408697329851
 LO bnd pre_1_52_2 -7.651408697329851
 UP bnd pre_1_52_2 7.651408697329851
 LO bnd pre_1_53_0 -6.53400007457264
 UP bnd pre_1_53_0 6.53400007457264
 LO bnd pre_1_53_1 -6.53400007457264
 UP bnd pre_1_53_1 6.53400007457264
 LO bnd pre_1_53_2 -6.53400007457264
 UP bnd pre_1_53_2 6.53400007457264
 LO bnd pre_1_54_0 -6.214580093017421
 UP bnd pre_1_54_0 6.214580093017421
 LO bnd pre_1_54_1 -6.214580093017421
 UP bnd pre_1_54_1 6.214580093017421
 LO bnd pre_1_54_2 -6.214580093017421
 UP bnd pre_1_54_2 6.214580093017421
 LO bnd pre_1_55_0 -4.820203494345149
 UP bnd pre_1_55_0 4.820203494345149
 LO bnd pre_1_55_1 -4.820203494345149
 UP bnd pre_1_55_1 4.820203494345149
 LO bnd pre_1_55_2 -4.820203494345149
 UP bnd pre_1_55_2 4.820203494345149
 LO bnd pre_1_56_0 -6.8786556393890095
 UP bnd pre_1_56_0 6.8786556393890095
 LO bnd pre_1_56_1 -6.8786556393890095
 UP bnd pre_1_56_1 6.8786556393890095
 LO bnd pre_1_56_2 -6.8786556393890095
 UP bnd pre_1_56_2 6.8786556393890095
 LO bnd pre_1_57_0 -6.897455194484353
 UP bnd pre_1_57_0 6.897455194484353
 LO bnd pre_1_57_1 -6.897455194484353
 UP bnd pre_1_57_1 6.897455194484353
 LO bnd pre_1_57_2 -6.897455194484353
 UP bnd pre_1_57_2 6.897455194484353
 LO bnd pre_1_58_0 -4.786753846830932
 UP bnd pre_1_58_0 4.786753846830932
 LO bnd pre_1_58_1 -4.786753846830932
 UP bnd pre_1_58_1 4.786753846830932
 LO bnd pre_1_58_2 -4.786753846830932
 UP bnd pre_1_58_2 4.786753846830932
 LO bnd pre_1_59_0 -5.182807668516274
 UP bnd pre_1_59_0 5.182807668516274
 LO bnd pre_1_59_1 -5.182807668516274
 UP bnd pre_1_59_1 5.182807668516274
 LO bnd pre_1_59_2 -5.182807668516274
 UP bnd pre_1_59_2 5.182807668516274
 LO bnd pre_1_60_0 -4.6323284254498525
 UP bnd pre_1_60_0 4.6323284254498525
 LO bnd pre_1_60_1 -4.6323284254498525
 UP bnd pre_1_60_1 4.6323284254498525
 LO bnd pre_1_60_2 -4.6323284254498525
 UP bnd pre_1_60_2 4.6323284254498525
 LO bnd pre_1_61_0 -5.431347769740106
 UP bnd pre_1_61_0 5.431347769740106
 LO bnd pre_1_61_1 -5.431347769740106
 UP bnd pre_1_61_1 5.431347769740106
 LO bnd pre_1_61_2 -5.431347769740106
 UP bnd pre_1_61_2 5.431347769740106
 LO bnd pre_1_62_0 -6.513504630703174
 UP bnd pre_1_62_0 6.513504630703174
 LO bnd pre_1_62_1 -6.513504630703174
 UP bnd pre_1_62_1 6.513504630703174
 LO bnd pre_1_62_2 -6.513504630703174
 UP bnd pre_1_62_2 6.513504630703174
 LO bnd pre_1_63_0 -4.099242596577638
 UP bnd pre_1_63_0 4.099242596577638
 LO bnd pre_1_63_1 -4.099242596577638
 UP bnd pre_1_63_1 4.099242596577638
 LO bnd pre_1_63_2 -4.099242596577638
 UP bnd pre_1_63_2 4.099242596577638
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
 LO bnd post_1_16_0 0
 UP bnd post_1_16_0 6.978700550828476
 LO bnd post_1_16_1 0
 UP bnd post_1_16_1 6.978700550828476
 LO bnd post_1_16_2 0
 UP bnd post_1_16_2 6.978700550828476
 LO bnd post_1_17_0 0
 UP bnd post_1_17_0 6.235030806621945
 LO bnd post_1_17_1 0
 UP bnd post_1_17_1 6.235030806621945
 LO bnd post_1_17_2 0
 UP bnd post_1_17_2 6.235030806621945
 LO bnd post_1_18_0 0
 UP bnd post_1_18_0 6.718454730852487
 LO bnd post_1_18_1 0
 UP bnd post_1_18_1 6.718454730852487
 LO bnd post_1_18_2 0
 UP bnd post_1_18_2 6.718454730852487
 LO bnd post_1_19_0 0
 UP bnd post_1_19_0 6.8226887269065095
 LO bnd post_1_19_1 0
 UP bnd post_1_19_1 6.8226887269065095
 LO bnd post_1_19_2 0
 UP bnd post_1_19_2 6.8226887269065095
 LO bnd post_1_20_0 0
 UP bnd post_1_20_0 6.631889427894872
 LO bnd post_1_20_1 0
 UP bnd post_1_20_1 6.631889427894872
 LO bnd post_1_20_2 0
 UP bnd post_1_20_2 6.631889427894872
 LO bnd post_1_21_0 0
 UP bnd post_1_21_0 5.396286998735244
 LO bnd post_1_21_1 0
 UP bnd post_1_21_1 5.396286998735244
 LO bnd post_1_21_2 0
 UP bnd post_1_21_2 5.396286998735244
 LO bnd post_1_22_0 0
 UP bnd post_1_22_0 6.394092367761281
 LO bnd post_1_22_1 0
 UP bnd post_1_22_1 6.394092367761281
 LO bnd post_1_22_2 0
 UP bnd post_1_22_2 6.394092367761281
 LO bnd post_1_23_0 0
 UP bnd post_1_23_0 6.260561154684373
 LO bnd post_1_23_1 0
 UP bnd post_1_23_1 6.260561154684373
 LO bnd post_1_23_2 0
 UP bnd post_1_23_2 6.260561154684373
 LO bnd post_1_24_0 0
 UP bnd post_1_24_0 7.264403459229737
 LO bnd post_1_24_1 0
 UP bnd post_1_24_1 7.264403459229737
 LO bnd post_1_24_2 0
 UP bnd post_1_24_2 7.264403459229737
 LO bnd post_1_25_0 0
 UP bnd post_1_25_0 4.689817519007568
 LO bnd post_1_25_1 0
 UP bnd post_1_25_1 4.689817519007568
 LO bnd post_1_25_2 0
 UP bnd post_1_25_2 4.689817519007568
 LO bnd post_1_26_0 0
 UP bnd post_1_26_0 5.834876603928876
 LO bnd post_1_26_1 0
 UP bnd post_1_26_1 5.834876603928876
 LO bnd post_1_26_2 0
 UP bnd post_1_26_2 5.834876603928876
 LO bnd post_1_27_0 0
 UP bnd post_1_27_0 6.462017653570015
 LO bnd post_1_27_1 0
 UP bnd post_1_27_1 6.462017653570015
 LO bnd post_1_27_2 0
 UP bnd post_1_27_2 6.462017653570015
 LO bnd post_1_28_0 0
 UP bnd post_1_28_0 6.141677231816878
 LO bnd post_1_28_1 0
 UP bnd post_1_28_1 6.141677231816878
 LO bnd post_1_28_2 0
 UP bnd post_1_28_2 6.141677231816878
 LO bnd post_1_29_0 0
 UP bnd post_1_29_0 5.920664390112501
 LO bnd post_1_29_1 0
 UP bnd post_1_29_1 5.920664390112501
 LO bnd post_1_29_2 0
 UP bnd post_1_29_2 5.920664390112501
 LO bnd post_1_30_0 0
 UP bnd post_1_30_0 5.728168080018541
 LO bnd post_1_30_1 0
 UP bnd post_1_30_1 5.728168080018541
 LO bnd post_1_30_2 0
 UP bnd post_1_30_2 5.728168080018541
 LO bnd post_1_31_0 0
 UP bnd post_1_31_0 4.169908962997813
 LO bnd post_1_31_1 0
 UP bnd post_1_31_1 4.169908962997813
 LO bnd post_1_31_2 0
 UP bnd post_1_31_2 4.169908962997813
 LO bnd post_1_32_0 0
 UP bnd post_1_32_0 8.664241081038536
 LO bnd post_1_32_1 0
 UP bnd post_1_32_1 8.664241081038536
 LO bnd post_1_32_2 0
 UP bnd post_1_32_2 8.664241081038536
 LO bnd post_1_33_0 0
 UP bnd post_1_33_0 4.786102235995172
 LO bnd post_1_33_1 0
 UP bnd post_1_33_1 4.786102235995172
 LO bnd post_1_33_2 0
 UP bnd post_1_33_2 4.786102235995172
 LO bnd post_1_34_0 0
 UP bnd post_1_34_0 3.1913367882549086
 LO bnd post_1_34_1 0
 UP bnd post_1_34_1 3.1913367882549086
 LO bnd post_1_34_2 0
 UP bnd post_1_34_2 3.1913367882549086
 LO bnd post_1_35_0 0
 UP bnd post_1_35_0 5.22677910814882
 LO bnd post_1_35_1 0
 UP bnd post_1_35_1 5.22677910814882
 LO bnd post_1_35_2 0
 UP bnd post_1_35_2 5.22677910814882
 LO bnd post_1_36_0 0
 UP bnd post_1_36_0 5.673758698670875
 LO bnd post_1_36_1 0
 UP bnd post_1_36_1 5.673758698670875
 LO bnd post_1_36_2 0
 UP bnd post_1_36_2 5.673758698670875
 LO bnd post_1_37_0 0
 UP bnd post_1_37_0 7.902762319994838
 LO bnd post_1_37_1 0
 UP bnd post_1_37_1 7.902762319994838
 LO bnd post_1_37_2 0
 UP bnd post_1_37_2 7.902762319994838
 LO bnd post_1_38_0 0
 UP bnd post_1_38_0 6.938634274205215
 LO bnd post_1_38_1 0
 UP bnd post_1_38_1 6.938634274205215
 LO bnd post_1_38_2 0
 UP bnd post_1_38_2 6.938634274205215
 LO bnd post_1_39_0 0
 UP bnd post_1_39_0 8.719319309755662
 LO bnd post_1_39_1 0
 UP bnd post_1_39_1 8.719319309755662
 LO bnd post_1_39_2 0
 UP bnd post_1_39_2 8.719319309755662
 LO bnd post_1_40_0 0
 UP bnd post_1_40_0 8.069010781871519
 LO bnd post_1_40_1 0
 UP bnd post_1_40_1 8.069010781871519
 LO bnd post_1_40_2 0
 UP bnd post_1_40_2 8.069010781871519
 LO bnd post_1_41_0 0
 UP bnd post_1_41_0 7.8506770042707945
 LO bnd post_1_41_1 0
 UP bnd post_1_41_1 7.8506770042707945
 LO bnd post_1_41_2 0
 UP bnd post_1_41_2 7.8506770042707945
 LO bnd post_1_42_0 0
 UP bnd post_1_42_0 8.175386217260854
 LO bnd post_1_42_1 0
 UP bnd post_1_42_1 8.175386217260854
 LO bnd post_1_42_2 0
 UP bnd post_1_42_2 8.175386217260854
 LO bnd post_1_43_0 0
 UP bnd post_1_43_0 5.054315422411429
 LO bnd post_1_43_1 0
 UP bnd post_1_43_1 5.054315422411429
 LO bnd post_1_43_2 0
 UP bnd post_1_43_2 5.054315422411429
 LO bnd post_1_44_0 0
 UP bnd post_1_44_0 6.417045954474024
 LO bnd post_1_44_1 0
 UP bnd post_1_44_1 6.417045954474024
 LO bnd post_1_44_2 0
 UP bnd post_1_44_2 6.417045954474024
 LO bnd post_1_45_0 0
 UP bnd post_1_45_0 6.944399324947062
 LO bnd post_1_45_1 0
 UP bnd post_1_45_1 6.944399324947062
 LO bnd post_1_45_2 0
 UP bnd post_1_45_2 6.944399324947062
 LO bnd post_1_46_0 0
 UP bnd post_1_46_0 3.5770894718859325
 LO bnd post_1_46_1 0
 UP bnd post_1_46_1 3.5770894718859325
 LO bnd post_1_46_2 0
 UP bnd post_1_46_2 3.5770894718859325
 LO bnd post_1_47_0 0
 UP bnd post_1_47_0 8.343039628756323
 LO bnd post_1_47_1 0
 UP bnd post_1_47_1 8.343039628756323
 LO bnd post_1_47_2 0
 UP bnd post_1_47_2 8.343039628756323
 LO bnd post_1_48_0 0
 UP bnd post_1_48_0 5.078276655633345
 LO bnd post_1_48_1 0
 UP bnd post_1_48_1 5.078276655633345
 LO bnd post_1_48_2 0
 UP bnd post_1_48_2 5.078276655633345
 LO bnd post_1_49_0 0
 UP bnd post_1_49_0 7.145126446279315
 LO bnd post_1_49_1 0
 UP bnd post_1_49_1 7.145126446279315
 LO bnd post_1_49_2 0
 UP bnd post_1_49_2 7.145126446279315
 LO bnd post_1_50_0 0
 UP bnd post_1_50_0 7.451755636997136
 LO bnd post_1_50_1 0
 UP bnd post_1_50_1 7.451755636997136
 LO bnd post_1_50_2 0
 UP bnd post_1_50_2 7.451755636997136
 LO bnd post_1_51_0 0
 UP bnd post_1_51_0 5.651177664354505
 LO bnd post_1_51_1 0
 UP bnd post_1_51_1 5.651177664354505
 LO bnd post_1_51_2 0
 UP bnd post_1_51_2 5.651177664354505
 LO bnd post_1_52_0 0
 UP bnd post_1_52_0 7.651408697329851
 LO bnd post_1_52_1 0
 UP bnd post_1_52_1 7.651408697329851
 LO bnd post_1_52_2 0
 UP bnd post_1_52_2 7.651408697329851
 LO bnd post_1_53_0 0
 UP bnd post_1_53_0 6.53400007457264
 LO bnd post_1_53_1 0
 UP bnd post_1_53_1 6.53400007457264
 LO bnd post_1_53_2 0
 UP bnd post_1_53_2 6.53400007457264
 LO bnd post_1_54_0 0
 UP bnd post_1_54_0 6.214580093017421
 LO bnd post_1_54_1 0
 UP bnd post_1_54_1 6.214580093017421
 LO bnd post_1_54_2 0
 UP bnd post_1_54_2 6.214580093017421
 LO bnd post_1_55_0 0
 UP bnd post_1_55_0 4.820203494345149
 LO bnd post_1_55_1 0
 UP bnd post_1_55_1 4.820203494345149
 LO bnd post_1_55_2 0
 UP bnd post_1_55_2 4.820203494345149
 LO bnd post_1_56_0 0
 UP bnd post_1_56_0 6.8786556393890095
 LO bnd post_1_56_1 0
 UP bnd post_1_56_1 6.8786556393890095
 LO bnd post_1_56_2 0
 UP bnd post_1_56_2 6.8786556393890095
 LO bnd post_1_57_0 0
 UP bnd post_1_57_0 6.897455194484353
 LO bnd post_1_57_1 0
 UP bnd post_1_57_1 6.897455194484353
 LO bnd post_1_57_2 0
 UP bnd post_1_57_2 6.897455194484353
 LO bnd post_1_58_0 0
 UP bnd post_1_58_0 4.786753846830932
 LO bnd post_1_58_1 0
 UP bnd post_1_58_1 4.786753846830932
 LO bnd post_1_58_2 0
 UP bnd post_1_58_2 4.786753846830932
 LO bnd post_1_59_0 0
 UP bnd post_1_59_0 5.182807668516274
 LO bnd post_1_59_1 0
 UP bnd post_1_59_1 5.182807668516274
 LO bnd post_1_59_2 0
 UP bnd post_1_59_2 5.182807668516274
 LO bnd post_1_60_0 0
 UP bnd post_1_60_0 4.6323284254498525
 LO bnd post_1_60_1 0
 UP bnd post_1_60_1 4.6323284254498525
 LO bnd post_1_60_2 0
 UP bnd post_1_60_2 4.6323284254498525
 LO bnd post_1_61_0 0
 UP bnd post_1_61_0 5.431347769740106
 LO bnd post_1_61_1 0
 UP bnd post_1_61_1 5.431347769740106
 LO bnd post_1_61_2 0
 UP bnd post_1_61_2 5.431347769740106
 LO bnd post_1_62_0 0
 UP bnd post_1_62_0 6.513504630703174
 LO bnd post_1_62_1 0
 UP bnd post_1_62_1 6.513504630703174
 LO bnd post_1_62_2 0
 UP bnd post_1_62_2 6.513504630703174
 LO bnd post_1_63_0 0
 UP bnd post_1_63_0 4.099242596577638
 LO bnd post_1_63_1 0
 UP bnd post_1_63_1 4.099242596577638
 LO bnd post_1_63_2 0
 UP bnd post_1_63_2 4.099242596577638
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
 LO bnd out_16_0 -65.80830495745627
 UP bnd out_16_0 65.80830495745627
 LO bnd out_17_0 -59.115277259597505
 UP bnd out_17_0 59.115277259597505
 LO bnd out_18_0 -63.46609257767239
 UP bnd out_18_0 63.46609257767239
 LO bnd out_19_0 -64.40419854215858
 UP bnd out_19_0 64.40419854215858
 LO bnd out_20_0 -62.68700485105384
 UP bnd out_20_0 62.68700485105384
 LO bnd out_21_0 -51.5665829886172
 UP bnd out_21_0 51.5665829886172
 LO bnd out_22_0 -60.54683130985153
 UP bnd out_22_0 60.54683130985153
 LO bnd out_23_0 -59.34505039215935
 UP bnd out_23_0 59.34505039215935
 LO bnd out_24_0 -68.37963113306763
 UP bnd out_24_0 68.37963113306763
 LO bnd out_25_0 -45.208357671068114
 UP bnd out_25_0 45.208357671068114
 LO bnd out_26_0 -55.513889435359886
 UP bnd out_26_0 55.513889435359886
 LO bnd out_27_0 -61.15815888213014
 UP bnd out_27_0 61.15815888213014
 LO bnd out_28_0 -58.275095086351904
 UP bnd out_28_0 58.275095086351904
 LO bnd out_29_0 -56.28597951101251
 UP bnd out_29_0 56.28597951101251
 LO bnd out_30_0 -54.55351272016687
 UP bnd out_30_0 54.55351272016687
 LO bnd out_31_0 -40.529180666980324
 UP bnd out_31_0 40.529180666980324
 LO bnd out_32_0 -80.97816972934683
 UP bnd out_32_0 80.97816972934683
 LO bnd out_33_0 -46.074920123956545
 UP bnd out_33_0 46.074920123956545
 LO bnd out_34_0 -31.72203109429418
 UP bnd out_34_0 31.72203109429418
 LO bnd out_35_0 -50.04101197333938
 UP bnd out_35_0 50.04101197333938
 LO bnd out_36_0 -54.06382828803788
 UP bnd out_36_0 54.06382828803788
 LO bnd out_37_0 -74.12486087995353
 UP bnd out_37_0 74.12486087995353
 LO bnd out_38_0 -65.44770846784695
 UP bnd out_38_0 65.44770846784695
 LO bnd out_39_0 -81.47387378780095
 UP bnd out_39_0 81.47387378780095
 LO bnd out_40_0 -75.62109703684368
 UP bnd out_40_0 75.62109703684368
 LO bnd out_41_0 -73.65609303843715
 UP bnd out_41_0 73.65609303843715
 LO bnd out_42_0 -76.57847595534768
 UP bnd out_42_0 76.57847595534768
 LO bnd out_43_0 -48.48883880170286
 UP bnd out_43_0 48.48883880170286
 LO bnd out_44_0 -60.75341359026622
 UP bnd out_44_0 60.75341359026622
 LO bnd out_45_0 -65.49959392452355
 UP bnd out_45_0 65.49959392452355
 LO bnd out_46_0 -35.1938052469734
 UP bnd out_46_0 35.1938052469734
 LO bnd out_47_0 -78.0873566588069
 UP bnd out_47_0 78.0873566588069
 LO bnd out_48_0 -48.704489900700096
 UP bnd out_48_0 48.704489900700096
 LO bnd out_49_0 -67.30613801651384
 UP bnd out_49_0 67.30613801651384
 LO bnd out_50_0 -70.06580073297422
 UP bnd out_50_0 70.06580073297422
 LO bnd out_51_0 -53.86059897919054
 UP bnd out_51_0 53.86059897919054
 LO bnd out_52_0 -71.86267827596866
 UP bnd out_52_0 71.86267827596866
 LO bnd out_53_0 -61.80600067115377
 UP bnd out_53_0 61.80600067115377
 LO bnd out_54_0 -58.931220837156786
 UP bnd out_54_0 58.931220837156786
 LO bnd out_55_0 -46.38183144910634
 UP bnd out_55_0 46.38183144910634
 LO bnd out_56_0 -64.90790075450109
 UP bnd out_56_0 64.90790075450109
 LO bnd out_57_0 -65.07709675035917
 UP bnd out_57_0 65.07709675035917
 LO bnd out_58_0 -46.08078462147839
 UP bnd out_58_0 46.08078462147839
 LO bnd out_59_0 -49.645269016646466
 UP bnd out_59_0 49.645269016646466
 LO bnd out_60_0 -44.690955829048676
 UP bnd out_60_0 44.690955829048676
 LO bnd out_61_0 -51.882129927660955
 UP bnd out_61_0 51.882129927660955
 LO bnd out_62_0 -61.62154167632857
 UP bnd out_62_0 61.62154167632857
 LO bnd out_63_0 -39.89318336919874
 UP bnd out_63_0 39.89318336919874
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
 BV bnd relu_1_20_0_on_binary_indicator_var
 BV bnd relu_1_20_0_off_binary_indicator_var
 BV bnd relu_1_20_1_on_binary_indicator_var
 BV bnd relu_1_20_1_off_binary_indicator_var
 BV bnd relu_1_20_2_on_binary_indicator_var
 BV bnd relu_1_20_2_off_binary_indicator_var
 BV bnd relu_1_21_0_on_binary_indicator_var
 BV bnd relu_1_21_0_off_binary_indicator_var
 BV bnd relu_1_21_1_on_binary_indicator_var
 BV bnd relu_1_21_1_off_binary_indicator_var
 BV bnd relu_1_21_2_on_binary_indicator_var
 BV bnd relu_1_21_2_off_binary_indicator_var
 BV bnd relu_1_22_0_on_binary_indicator_var
 BV bnd relu_1_22_0_off_binary_indicator_var
 BV bnd relu_1_22_1_on_binary_indicator_var
 BV bnd relu_1_22_1_off_binary_indicator_var
 BV bnd relu_1_22_2_on_binary_indicator_var
 BV bnd relu_1_22_2_off_binary_indicator_var
 BV bnd relu_1_23_0_on_binary_indicator_var
 BV bnd relu_1_23_0_off_binary_indicator_var
 BV bnd relu_1_23_1_on_binary_indicator_var
 BV bnd relu_1_23_1_off_binary_indicator_var
 BV bnd relu_1_23_2_on_binary_indicator_var
 BV bnd relu_1_23_2_off_binary_indicator_var
 BV bnd relu_1_24_0_on_binary_indicator_var
 BV bnd relu_1_24_0_off_binary_indicator_var
 BV bnd relu_1_24_1_on_binary_indicator_var
 BV bnd relu_1_24_1_off_binary_indicator_var
 BV bnd relu_1_24_2_on_binary_indicator_var
 BV bnd relu_1_24_2_off_binary_indicator_var
 BV bnd relu_1_25_0_on_binary_indicator_var
 BV bnd relu_1_25_0_off_binary_indicator_var
 BV bnd relu_1_25_1_on_binary_indicator_var
 BV bnd relu_1_25_1_off_binary_indicator_var
 BV bnd relu_1_25_2_on_binary_indicator_var
 BV bnd relu_1_25_2_off_binary_indicator_var
 BV bnd relu_1_26_0_on_binary_indicator_var
 BV bnd relu_1_26_0_off_binary_indicator_var
 BV bnd relu_1_26_1_on_binary_indicator_var
 BV bnd relu_1_26_1_off_binary_indicator_var
 BV bnd relu_1_26_2_on_binary_indicator_var
 BV bnd relu_1_26_2_off_binary_indicator_var
 BV bnd relu_1_27_0_on_binary_indicator_var
 BV bnd relu_1_27_0_off_binary_indicator_var
 BV bnd relu_1_27_1_on_binary_indicator_var
 BV bnd relu_1_27_1_off_binary_indicator_var
 BV bnd relu_1_27_2_on_binary_indicator_var
 BV bnd relu_1_27_2_off_binary_indicator_var
 BV bnd relu_1_28_0_on_binary_indicator_var
 BV bnd relu_1_28_0_off_binary_indicator_var
 BV bnd relu_1_28_1_on_binary_indicator_var
 BV bnd relu_1_28_1_off_binary_indicator_var
 BV bnd relu_1_28_2_on_binary_indicator_var
 BV bnd relu_1_28_2_off_binary_indicator_var
 BV bnd relu_1_29_0_on_binary_indicator_var
 BV bnd relu_1_29_0_off_binary_indicator_var
 BV bnd relu_1_29_1_on_binary_indicator_var
 BV bnd relu_1_29_1_off_binary_indicator_var
 BV bnd relu_1_29_2_on_binary_indicator_var
 BV bnd relu_1_29_2_off_binary_indicator_var
 BV bnd relu_1_30_0_on_binary_indicator_var
 BV bnd relu_1_30_0_off_binary_indicator_var
 BV bnd relu_1_30_1_on_binary_indicator_var
 BV bnd relu_1_30_1_off_binary_indicator_var
 BV bnd relu_1_30_2_on_binary_indicator_var
 BV bnd relu_1_30_2_off_binary_indicator_var
 BV bnd relu_1_31_0_on_binary_indicator_var
 BV bnd relu_1_31_0_off_binary_indicator_var
 BV bnd relu_1_31_1_on_binary_indicator_var
 BV bnd relu_1_31_1_off_binary_indicator_var
 BV bnd relu_1_31_2_on_binary_indicator_var
 BV bnd relu_1_31_2_off_binary_indicator_var
 BV bnd relu_1_32_0_on_binary_indicator_var
 BV bnd relu_1_32_0_off_binary_indicator_var
 BV bnd relu_1_32_1_on_binary_indicator_var
 BV bnd relu_1_32_1_off_binary_indicator_var
 BV bnd relu_1_32_2_on_binary_indicator_var
 BV bnd relu_1_32_2_off_binary_indicator_var
 BV bnd relu_1_33_0_on_binary_indicator_var
 BV bnd relu_1_33_0_off_binary_indicator_var
 BV bnd relu_1_33_1_on_binary_indicator_var
 BV bnd relu_1_33_1_off_binary_indicator_var
 BV bnd relu_1_33_2_on_binary_indicator_var
 BV bnd relu_1_33_2_off_binary_indicator_var
 BV bnd relu_1_34_0_on_binary_indicator_var
 BV bnd relu_1_34_0_off_binary_indicator_var
 BV bnd relu_1_34_1_on_binary_indicator_var
 BV bnd relu_1_34_1_off_binary_indicator_var
 BV bnd relu_1_34_2_on_binary_indicator_var
 BV bnd relu_1_34_2_off_binary_indicator_var
 BV bnd relu_1_35_0_on_binary_indicator_var
 BV bnd relu_1_35_0_off_binary_indicator_var
 BV bnd relu_1_35_1_on_binary_indicator_var
 BV bnd relu_1_35_1_off_binary_indicator_var
 BV bnd relu_1_35_2_on_binary_indicator_var
 BV bnd relu_1_35_2_off_binary_indicator_var
 BV bnd relu_1_36_0_on_binary_indicator_var
 BV bnd relu_1_36_0_off_binary_indicator_var
 BV bnd relu_1_36_1_on_binary_indicator_var
 BV bnd relu_1_36_1_off_binary_indicator_var
 BV bnd relu_1_36_2_on_binary_indicator_var
 BV bnd relu_1_36_2_off_binary_indicator_var
 BV bnd relu_1_37_0_on_binary_indicator_var
 BV bnd relu_1_37_0_off_binary_indicator_var
 BV bnd relu_1_37_1_on_binary_indicator_var
 BV bnd relu_1_37_1_off_binary_indicator_var
 BV bnd relu_1_37_2_on_binary_indicator_var
 BV bnd relu_1_37_2_off_binary_indicator_var
 BV bnd relu_1_38_0_on_binary_indicator_var
 BV bnd relu_1_38_0_off_binary_indicator_var
 BV bnd relu_1_38_1_on_binary_indicator_var
 BV bnd relu_1_38_1_off_binary_indicator_var
 BV bnd relu_1_38_2_on_binary_indicator_var
 BV bnd relu_1_38_2_off_binary_indicator_var
 BV bnd relu_1_39_0_on_binary_indicator_var
 BV bnd relu_1_39_0_off_binary_indicator_var
 BV bnd relu_1_39_1_on_binary_indicator_var
 BV bnd relu_1_39_1_off_binary_indicator_var
 BV bnd relu_1_39_2_on_binary_indicator_var
 BV bnd relu_1_39_2_off_binary_indicator_var
 BV bnd relu_1_40_0_on_binary_indicator_var
 BV bnd relu_1_40_0_off_binary_indicator_var
 BV bnd relu_1_40_1_on_binary_indicator_var
 BV bnd relu_1_40_1_off_binary_indicator_var
 BV bnd relu_1_40_2_on_binary_indicator_var
 BV bnd relu_1_40_2_off_binary_indicator_var
 BV bnd relu_1_41_0_on_binary_indicator_var
 BV bnd relu_1_41_0_off_binary_indicator_var
 BV bnd relu_1_41_1_on_binary_indicator_var
 BV bnd relu_1_41_1_off_binary_indicator_var
 BV bnd relu_1_41_2_on_binary_indicator_var
 BV bnd relu_1_41_2_off_binary_indicator_var
 BV bnd relu_1_42_0_on_binary_indicator_var
 BV bnd relu_1_42_0_off_binary_indicator_var
 BV bnd relu_1_42_1_on_binary_indicator_var
 BV bnd relu_1_42_1_off_binary_indicator_var
 BV bnd relu_1_42_2_on_binary_indicator_var
 BV bnd relu_1_42_2_off_binary_indicator_var
 BV bnd relu_1_43_0_on_binary_indicator_var
 BV bnd relu_1_43_0_off_binary_indicator_var
 BV bnd relu_1_43_1_on_binary_indicator_var
 BV bnd relu_1_43_1_off_binary_indicator_var
 BV bnd relu_1_43_2_on_binary_indicator_var
 BV bnd relu_1_43_2_off_binary_indicator_var
 BV bnd relu_1_44_0_on_binary_indicator_var
 BV bnd relu_1_44_0_off_binary_indicator_var
 BV bnd relu_1_44_1_on_binary_indicator_var
 BV bnd relu_1_44_1_off_binary_indicator_var
 BV bnd relu_1_44_2_on_binary_indicator_var
 BV bnd relu_1_44_2_off_binary_indicator_var
 BV bnd relu_1_45_0_on_binary_indicator_var
 BV bnd relu_1_45_0_off_binary_indicator_var
 BV bnd relu_1_45_1_on_binary_indicator_var
 BV bnd relu_1_45_1_off_binary_indicator_var
 BV bnd relu_1_45_2_on_binary_indicator_var
 BV bnd relu_1_45_2_off_binary_indicator_var
 BV bnd relu_1_46_0_on_binary_indicator_var
 BV bnd relu_1_46_0_off_binary_indicator_var
 BV bnd relu_1_46_1_on_binary_indicator_var
 BV bnd relu_1_46_1_off_binary_indicator_var
 BV bnd relu_1_46_2_on_binary_indicator_var
 BV bnd relu_1_46_2_off_binary_indicator_var
 BV bnd relu_1_47_0_on_binary_indicator_var
 BV bnd relu_1_47_0_off_binary_indicator_var
 BV bnd relu_1_47_1_on_binary_indicator_var
 BV bnd relu_1_47_1_off_binary_indicator_var
 BV bnd relu_1_47_2_on_binary_indicator_var
 BV bnd relu_1_47_2_off_binary_indicator_var
 BV bnd relu_1_48_0_on_binary_indicator_var
 BV bnd relu_1_48_0_off_binary_indicator_var
 BV bnd relu_1_48_1_on_binary_indicator_var
 BV bnd relu_1_48_1_off_binary_indicator_var
 BV bnd relu_1_48_2_on_binary_indicator_var
 BV bnd relu_1_48_2_off_binary_indicator_var
 BV bnd relu_1_49_0_on_binary_indicator_var
 BV bnd relu_1_49_0_off_binary_indicator_var
 BV bnd relu_1_49_1_on_binary_indicator_var
 BV bnd relu_1_49_1_off_binary_indicator_var
 BV bnd relu_1_49_2_on_binary_indicator_var
 BV bnd relu_1_49_2_off_binary_indicator_var
 BV bnd relu_1_50_0_on_binary_indicator_var
 BV bnd relu_1_50_0_off_binary_indicator_var
 BV bnd relu_1_50_1_on_binary_indicator_var
 BV bnd relu_1_50_1_off_binary_indicator_var
 BV bnd relu_1_50_2_on_binary_indicator_var
 BV bnd relu_1_50_2_off_binary_indicator_var
 BV bnd relu_1_51_0_on_binary_indicator_var
 BV bnd relu_1_51_0_off_binary_indicator_var
 BV bnd relu_1_51_1_on_binary_indicator_var
 BV bnd relu_1_51_1_off_binary_indicator_var
 BV bnd relu_1_51_2_on_binary_indicator_var
 BV bnd relu_1_51_2_off_binary_indicator_var
 BV bnd relu_1_52_0_on_binary_indicator_var
 BV bnd relu_1_52_0_off_binary_indicator_var
 BV bnd relu_1_52_1_on_binary_indicator_var
 BV bnd relu_1_52_1_off_binary_indicator_var
 BV bnd relu_1_52_2_on_binary_indicator_var
 BV bnd relu_1_52_2_off_binary_indicator_var
 BV bnd relu_1_53_0_on_binary_indicator_var
 BV bnd relu_1_53_0_off_binary_indicator_var
 BV bnd relu_1_53_1_on_binary_indicator_var
 BV bnd relu_1_53_1_off_binary_indicator_var
 BV bnd relu_1_53_2_on_binary_indicator_var
 BV bnd relu_1_53_2_off_binary_indicator_var
 BV bnd relu_1_54_0_on_binary_indicator_var
 BV bnd relu_1_54_0_off_binary_indicator_var
 BV bnd relu_1_54_1_on_binary_indicator_var
 BV bnd relu_1_54_1_off_binary_indicator_var
 BV bnd relu_1_54_2_on_binary_indicator_var
 BV bnd relu_1_54_2_off_binary_indicator_var
 BV bnd relu_1_55_0_on_binary_indicator_var
 BV bnd relu_1_55_0_off_binary_indicator_var
 BV bnd relu_1_55_1_on_binary_indicator_var
 BV bnd relu_1_55_1_off_binary_indicator_var
 BV bnd relu_1_55_2_on_binary_indicator_var
 BV bnd relu_1_55_2_off_binary_indicator_var
 BV bnd relu_1_56_0_on_binary_indicator_var
 BV bnd relu_1_56_0_off_binary_indicator_var
 BV bnd relu_1_56_1_on_binary_indicator_var
 BV bnd relu_1_56_1_off_binary_indicator_var
 BV bnd relu_1_56_2_on_binary_indicator_var
 BV bnd relu_1_56_2_off_binary_indicator_var
 BV bnd relu_1_57_0_on_binary_indicator_var
 BV bnd relu_1_57_0_off_binary_indicator_var
 BV bnd relu_1_57_1_on_binary_indicator_var
 BV bnd relu_1_57_1_off_binary_indicator_var
 BV bnd relu_1_57_2_on_binary_indicator_var
 BV bnd relu_1_57_2_off_binary_indicator_var
 BV bnd relu_1_58_0_on_binary_indicator_var
 BV bnd relu_1_58_0_off_binary_indicator_var
 BV bnd relu_1_58_1_on_binary_indicator_var
 BV bnd relu_1_58_1_off_binary_indicator_var
 BV bnd relu_1_58_2_on_binary_indicator_var
 BV bnd relu_1_58_2_off_binary_indicator_var
 BV bnd relu_1_59_0_on_binary_indicator_var
 BV bnd relu_1_59_0_off_binary_indicator_var
 BV bnd relu_1_59_1_on_binary_indicator_var
 BV bnd relu_1_59_1_off_binary_indicator_var
 BV bnd relu_1_59_2_on_binary_indicator_var
 BV bnd relu_1_59_2_off_binary_indicator_var
 BV bnd relu_1_60_0_on_binary_indicator_var
 BV bnd relu_1_60_0_off_binary_indicator_var
 BV bnd relu_1_60_1_on_binary_indicator_var
 BV bnd relu_1_60_1_off_binary_indicator_var
 BV bnd relu_1_60_2_on_binary_indicator_var
 BV bnd relu_1_60_2_off_binary_indicator_var
 BV bnd relu_1_61_0_on_binary_indicator_var
 BV bnd relu_1_61_0_off_binary_indicator_var
 BV bnd relu_1_61_1_on_binary_indicator_var
 BV bnd relu_1_61_1_off_binary_indicator_var
 BV bnd relu_1_61_2_on_binary_indicator_var
 BV bnd relu_1_61_2_off_binary_indicator_var
 BV bnd relu_1_62_0_on_binary_indicator_var
 BV bnd relu_1_62_0_off_binary_indicator_var
 BV bnd relu_1_62_1_on_binary_indicator_var
 BV bnd relu_1_62_1_off_binary_indicator_var
 BV bnd relu_1_62_2_on_binary_indicator_var
 BV bnd relu_1_62_2_off_binary_indicator_var
 BV bnd relu_1_63_0_on_binary_indicator_var
 BV bnd relu_1_63_0_off_binary_indicator_var
 BV bnd relu_1_63_1_on_binary_indicator_var
 BV bnd relu_1_63_1_off_binary_indicator_var
 BV bnd relu_1_63_2_on_binary_indicator_var
 BV bnd relu_1_63_2_off_binary_indicator_var
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
 out_48_0 out_48_0 2
 out_49_0 out_49_0 2
 out_50_0 out_50_0 2
 out_51_0 out_51_0 2
 out_52_0 out_52_0 2
 out_53_0 out_53_0 2
 out_54_0 out_54_0 2
 out_55_0 out_55_0 2
 out_56_0 out_56_0 2
 out_57_0 out_57_0 2
 out_58_0 out_58_0 2
 out_59_0 out_59_0 2
 out_60_0 out_60_0 2
 out_61_0 out_61_0 2
 out_62_0 out_62_0 2
 out_63_0 out_63_0 2
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
QCMATRIX out_definition_20_0
 w_2_0_0 post_1_20_0 -0.5
 post_1_20_0 w_2_0_0 -0.5
 w_2_0_1 post_1_20_1 -0.5
 post_1_20_1 w_2_0_1 -0.5
 w_2_0_2 post_1_20_2 -0.5
 post_1_20_2 w_2_0_2 -0.5
QCMATRIX out_definition_21_0
 w_2_0_0 post_1_21_0 -0.5
 post_1_21_0 w_2_0_0 -0.5
 w_2_0_1 post_1_21_1 -0.5
 post_1_21_1 w_2_0_1 -0.5
 w_2_0_2 post_1_21_2 -0.5
 post_1_21_2 w_2_0_2 -0.5
QCMATRIX out_definition_22_0
 w_2_0_0 post_1_22_0 -0.5
 post_1_22_0 w_2_0_0 -0.5
 w_2_0_1 post_1_22_1 -0.5
 post_1_22_1 w_2_0_1 -0.5
 w_2_0_2 post_1_22_2 -0.5
 post_1_22_2 w_2_0_2 -0.5
QCMATRIX out_definition_23_0
 w_2_0_0 post_1_23_0 -0.5
 post_1_23_0 w_2_0_0 -0.5
 w_2_0_1 post_1_23_1 -0.5
 post_1_23_1 w_2_0_1 -0.5
 w_2_0_2 post_1_23_2 -0.5
 post_1_23_2 w_2_0_2 -0.5
QCMATRIX out_definition_24_0
 w_2_0_0 post_1_24_0 -0.5
 post_1_24_0 w_2_0_0 -0.5
 w_2_0_1 post_1_24_1 -0.5
 post_1_24_1 w_2_0_1 -0.5
 w_2_0_2 post_1_24_2 -0.5
 post_1_24_2 w_2_0_2 -0.5
QCMATRIX out_definition_25_0
 w_2_0_0 post_1_25_0 -0.5
 post_1_25_0 w_2_0_0 -0.5
 w_2_0_1 post_1_25_1 -0.5
 post_1_25_1 w_2_0_1 -0.5
 w_2_0_2 post_1_25_2 -0.5
 post_1_25_2 w_2_0_2 -0.5
QCMATRIX out_definition_26_0
 w_2_0_0 post_1_26_0 -0.5
 post_1_26_0 w_2_0_0 -0.5
 w_2_0_1 post_1_26_1 -0.5
 post_1_26_1 w_2_0_1 -0.5
 w_2_0_2 post_1_26_2 -0.5
 post_1_26_2 w_2_0_2 -0.5
QCMATRIX out_definition_27_0
 w_2_0_0 post_1_27_0 -0.5
 post_1_27_0 w_2_0_0 -0.5
 w_2_0_1 post_1_27_1 -0.5
 post_1_27_1 w_2_0_1 -0.5
 w_2_0_2 post_1_27_2 -0.5
 post_1_27_2 w_2_0_2 -0.5
QCMATRIX out_definition_28_0
 w_2_0_0 post_1_28_0 -0.5
 post_1_28_0 w_2_0_0 -0.5
 w_2_0_1 post_1_28_1 -0.5
 post_1_28_1 w_2_0_1 -0.5
 w_2_0_2 post_1_28_2 -0.5
 post_1_28_2 w_2_0_2 -0.5
QCMATRIX out_definition_29_0
 w_2_0_0 post_1_29_0 -0.5
 post_1_29_0 w_2_0_0 -0.5
 w_2_0_1 post_1_29_1 -0.5
 post_1_29_1 w_2_0_1 -0.5
 w_2_0_2 post_1_29_2 -0.5
 post_1_29_2 w_2_0_2 -0.5
QCMATRIX out_definition_30_0
 w_2_0_0 post_1_30_0 -0.5
 post_1_30_0 w_2_0_0 -0.5
 w_2_0_1 post_1_30_1 -0.5
 post_1_30_1 w_2_0_1 -0.5
 w_2_0_2 post_1_30_2 -0.5
 post_1_30_2 w_2_0_2 -0.5
QCMATRIX out_definition_31_0
 w_2_0_0 post_1_31_0 -0.5
 post_1_31_0 w_2_0_0 -0.5
 w_2_0_1 post_1_31_1 -0.5
 post_1_31_1 w_2_0_1 -0.5
 w_2_0_2 post_1_31_2 -0.5
 post_1_31_2 w_2_0_2 -0.5
QCMATRIX out_definition_32_0
 w_2_0_0 post_1_32_0 -0.5
 post_1_32_0 w_2_0_0 -0.5
 w_2_0_1 post_1_32_1 -0.5
 post_1_32_1 w_2_0_1 -0.5
 w_2_0_2 post_1_32_2 -0.5
 post_1_32_2 w_2_0_2 -0.5
QCMATRIX out_definition_33_0
 w_2_0_0 post_1_33_0 -0.5
 post_1_33_0 w_2_0_0 -0.5
 w_2_0_1 post_1_33_1 -0.5
 post_1_33_1 w_2_0_1 -0.5
 w_2_0_2 post_1_33_2 -0.5
 post_1_33_2 w_2_0_2 -0.5
QCMATRIX out_definition_34_0
 w_2_0_0 post_1_34_0 -0.5
 post_1_34_0 w_2_0_0 -0.5
 w_2_0_1 post_1_34_1 -0.5
 post_1_34_1 w_2_0_1 -0.5
 w_2_0_2 post_1_34_2 -0.5
 post_1_34_2 w_2_0_2 -0.5
QCMATRIX out_definition_35_0
 w_2_0_0 post_1_35_0 -0.5
 post_1_35_0 w_2_0_0 -0.5
 w_2_0_1 post_1_35_1 -0.5
 post_1_35_1 w_2_0_1 -0.5
 w_2_0_2 post_1_35_2 -0.5
 post_1_35_2 w_2_0_2 -0.5
QCMATRIX out_definition_36_0
 w_2_0_0 post_1_36_0 -0.5
 post_1_36_0 w_2_0_0 -0.5
 w_2_0_1 post_1_36_1 -0.5
 post_1_36_1 w_2_0_1 -0.5
 w_2_0_2 post_1_36_2 -0.5
 post_1_36_2 w_2_0_2 -0.5
QCMATRIX out_definition_37_0
 w_2_0_0 post_1_37_0 -0.5
 post_1_37_0 w_2_0_0 -0.5
 w_2_0_1 post_1_37_1 -0.5
 post_1_37_1 w_2_0_1 -0.5
 w_2_0_2 post_1_37_2 -0.5
 post_1_37_2 w_2_0_2 -0.5
QCMATRIX out_definition_38_0
 w_2_0_0 post_1_38_0 -0.5
 post_1_38_0 w_2_0_0 -0.5
 w_2_0_1 post_1_38_1 -0.5
 post_1_38_1 w_2_0_1 -0.5
 w_2_0_2 post_1_38_2 -0.5
 post_1_38_2 w_2_0_2 -0.5
QCMATRIX out_definition_39_0
 w_2_0_0 post_1_39_0 -0.5
 post_1_39_0 w_2_0_0 -0.5
 w_2_0_1 post_1_39_1 -0.5
 post_1_39_1 w_2_0_1 -0.5
 w_2_0_2 post_1_39_2 -0.5
 post_1_39_2 w_2_0_2 -0.5
QCMATRIX out_definition_40_0
 w_2_0_0 post_1_40_0 -0.5
 post_1_40_0 w_2_0_0 -0.5
 w_2_0_1 post_1_40_1 -0.5
 post_1_40_1 w_2_0_1 -0.5
 w_2_0_2 post_1_40_2 -0.5
 post_1_40_2 w_2_0_2 -0.5
QCMATRIX out_definition_41_0
 w_2_0_0 post_1_41_0 -0.5
 post_1_41_0 w_2_0_0 -0.5
 w_2_0_1 post_1_41_1 -0.5
 post_1_41_1 w_2_0_1 -0.5
 w_2_0_2 post_1_41_2 -0.5
 post_1_41_2 w_2_0_2 -0.5
QCMATRIX out_definition_42_0
 w_2_0_0 post_1_42_0 -0.5
 post_1_42_0 w_2_0_0 -0.5
 w_2_0_1 post_1_42_1 -0.5
 post_1_42_1 w_2_0_1 -0.5
 w_2_0_2 post_1_42_2 -0.5
 post_1_42_2 w_2_0_2 -0.5
QCMATRIX out_definition_43_0
 w_2_0_0 post_1_43_0 -0.5
 post_1_43_0 w_2_0_0 -0.5
 w_2_0_1 post_1_43_1 -0.5
 post_1_43_1 w_2_0_1 -0.5
 w_2_0_2 post_1_43_2 -0.5
 post_1_43_2 w_2_0_2 -0.5
QCMATRIX out_definition_44_0
 w_2_0_0 post_1_44_0 -0.5
 post_1_44_0 w_2_0_0 -0.5
 w_2_0_1 post_1_44_1 -0.5
 post_1_44_1 w_2_0_1 -0.5
 w_2_0_2 post_1_44_2 -0.5
 post_1_44_2 w_2_0_2 -0.5
QCMATRIX out_definition_45_0
 w_2_0_0 post_1_45_0 -0.5
 post_1_45_0 w_2_0_0 -0.5
 w_2_0_1 post_1_45_1 -0.5
 post_1_45_1 w_2_0_1 -0.5
 w_2_0_2 post_1_45_2 -0.5
 post_1_45_2 w_2_0_2 -0.5
QCMATRIX out_definition_46_0
 w_2_0_0 post_1_46_0 -0.5
 post_1_46_0 w_2_0_0 -0.5
 w_2_0_1 post_1_46_1 -0.5
 post_1_46_1 w_2_0_1 -0.5
 w_2_0_2 post_1_46_2 -0.5
 post_1_46_2 w_2_0_2 -0.5
QCMATRIX out_definition_47_0
 w_2_0_0 post_1_47_0 -0.5
 post_1_47_0 w_2_0_0 -0.5
 w_2_0_1 post_1_47_1 -0.5
 post_1_47_1 w_2_0_1 -0.5
 w_2_0_2 post_1_47_2 -0.5
 post_1_47_2 w_2_0_2 -0.5
QCMATRIX out_definition_48_0
 w_2_0_0 post_1_48_0 -0.5
 post_1_48_0 w_2_0_0 -0.5
 w_2_0_1 post_1_48_1 -0.5
 post_1_48_1 w_2_0_1 -0.5
 w_2_0_2 post_1_48_2 -0.5
 post_1_48_2 w_2_0_2 -0.5
QCMATRIX out_definition_49_0
 w_2_0_0 post_1_49_0 -0.5
 post_1_49_0 w_2_0_0 -0.5
 w_2_0_1 post_1_49_1 -0.5
 post_1_49_1 w_2_0_1 -0.5
 w_2_0_2 post_1_49_2 -0.5
 post_1_49_2 w_2_0_2 -0.5
QCMATRIX out_definition_50_0
 w_2_0_0 post_1_50_0 -0.5
 post_1_50_0 w_2_0_0 -0.5
 w_2_0_1 post_1_50_1 -0.5
 post_1_50_1 w_2_0_1 -0.5
 w_2_0_2 post_1_50_2 -0.5
 post_1_50_2 w_2_0_2 -0.5
QCMATRIX out_definition_51_0
 w_2_0_0 post_1_51_0 -0.5
 post_1_51_0 w_2_0_0 -0.5
 w_2_0_1 post_1_51_1 -0.5
 post_1_51_1 w_2_0_1 -0.5
 w_2_0_2 post_1_51_2 -0.5
 post_1_51_2 w_2_0_2 -0.5
QCMATRIX out_definition_52_0
 w_2_0_0 post_1_52_0 -0.5
 post_1_52_0 w_2_0_0 -0.5
 w_2_0_1 post_1_52_1 -0.5
 post_1_52_1 w_2_0_1 -0.5
 w_2_0_2 post_1_52_2 -0.5
 post_1_52_2 w_2_0_2 -0.5
QCMATRIX out_definition_53_0
 w_2_0_0 post_1_53_0 -0.5
 post_1_53_0 w_2_0_0 -0.5
 w_2_0_1 post_1_53_1 -0.5
 post_1_53_1 w_2_0_1 -0.5
 w_2_0_2 post_1_53_2 -0.5
 post_1_53_2 w_2_0_2 -0.5
QCMATRIX out_definition_54_0
 w_2_0_0 post_1_54_0 -0.5
 post_1_54_0 w_2_0_0 -0.5
 w_2_0_1 post_1_54_1 -0.5
 post_1_54_1 w_2_0_1 -0.5
 w_2_0_2 post_1_54_2 -0.5
 post_1_54_2 w_2_0_2 -0.5
QCMATRIX out_definition_55_0
 w_2_0_0 post_1_55_0 -0.5
 post_1_55_0 w_2_0_0 -0.5
 w_2_0_1 post_1_55_1 -0.5
 post_1_55_1 w_2_0_1 -0.5
 w_2_0_2 post_1_55_2 -0.5
 post_1_55_2 w_2_0_2 -0.5
QCMATRIX out_definition_56_0
 w_2_0_0 post_1_56_0 -0.5
 post_1_56_0 w_2_0_0 -0.5
 w_2_0_1 post_1_56_1 -0.5
 post_1_56_1 w_2_0_1 -0.5
 w_2_0_2 post_1_56_2 -0.5
 post_1_56_2 w_2_0_2 -0.5
QCMATRIX out_definition_57_0
 w_2_0_0 post_1_57_0 -0.5
 post_1_57_0 w_2_0_0 -0.5
 w_2_0_1 post_1_57_1 -0.5
 post_1_57_1 w_2_0_1 -0.5
 w_2_0_2 post_1_57_2 -0.5
 post_1_57_2 w_2_0_2 -0.5
QCMATRIX out_definition_58_0
 w_2_0_0 post_1_58_0 -0.5
 post_1_58_0 w_2_0_0 -0.5
 w_2_0_1 post_1_58_1 -0.5
 post_1_58_1 w_2_0_1 -0.5
 w_2_0_2 post_1_58_2 -0.5
 post_1_58_2 w_2_0_2 -0.5
QCMATRIX out_definition_59_0
 w_2_0_0 post_1_59_0 -0.5
 post_1_59_0 w_2_0_0 -0.5
 w_2_0_1 post_1_59_1 -0.5
 post_1_59_1 w_2_0_1 -0.5
 w_2_0_2 post_1_59_2 -0.5
 post_1_59_2 w_2_0_2 -0.5
QCMATRIX out_definition_60_0
 w_2_0_0 post_1_60_0 -0.5
 post_1_60_0 w_2_0_0 -0.5
 w_2_0_1 post_1_60_1 -0.5
 post_1_60_1 w_2_0_1 -0.5
 w_2_0_2 post_1_60_2 -0.5
 post_1_60_2 w_2_0_2 -0.5
QCMATRIX out_definition_61_0
 w_2_0_0 post_1_61_0 -0.5
 post_1_61_0 w_2_0_0 -0.5
 w_2_0_1 post_1_61_1 -0.5
 post_1_61_1 w_2_0_1 -0.5
 w_2_0_2 post_1_61_2 -0.5
 post_1_61_2 w_2_0_2 -0.5
QCMATRIX out_definition_62_0
 w_2_0_0 post_1_62_0 -0.5
 post_1_62_0 w_2_0_0 -0.5
 w_2_0_1 post_1_62_1 -0.5
 post_1_62_1 w_2_0_1 -0.5
 w_2_0_2 post_1_62_2 -0.5
 post_1_62_2 w_2_0_2 -0.5
QCMATRIX out_definition_63_0
 w_2_0_0 post_1_63_0 -0.5
 post_1_63_0 w_2_0_0 -0.5
 w_2_0_1 post_1_63_1 -0.5
 post_1_63_1 w_2_0_1 -0.5
 w_2_0_2 post_1_63_2 -0.5
 post_1_63_2 w_2_0_2 -0.5
ENDATA
