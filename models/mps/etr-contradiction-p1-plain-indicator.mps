* etr-contradiction-p1-plain-indicator  (relu-opt library: etr-contradiction, problem 1, plain-indicator; {"hidden": [4], "bound": 11.0, "loss": "squared"})
NAME etr-contradiction-p1-plain-indicator
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
 E pre_definition_1_15_0
 E pre_definition_1_15_1
 E pre_definition_1_15_2
 E pre_definition_1_15_3
 E pre_definition_1_16_0
 E pre_definition_1_16_1
 E pre_definition_1_16_2
 E pre_definition_1_16_3
 E pre_definition_1_17_0
 E pre_definition_1_17_1
 E pre_definition_1_17_2
 E pre_definition_1_17_3
 E pre_definition_1_18_0
 E pre_definition_1_18_1
 E pre_definition_1_18_2
 E pre_definition_1_18_3
 E pre_definition_1_19_0
 E pre_definition_1_19_1
 E pre_definition_1_19_2
 E pre_definition_1_19_3
 E pre_definition_1_20_0
 E pre_definition_1_20_1
 E pre_definition_1_20_2
 E pre_definition_1_20_3
 E pre_definition_1_21_0
 E pre_definition_1_21_1
 E pre_definition_1_21_2
 E pre_definition_1_21_3
 E pre_definition_1_22_0
 E pre_definition_1_22_1
 E pre_definition_1_22_2
 E pre_definition_1_22_3
 E pre_definition_1_23_0
 E pre_definition_1_23_1
 E pre_definition_1_23_2
 E pre_definition_1_23_3
 E pre_definition_1_24_0
 E pre_definition_1_24_1
 E pre_definition_1_24_2
 E pre_definition_1_24_3
 E pre_definition_1_25_0
 E pre_definition_1_25_1
 E pre_definition_1_25_2
 E pre_definition_1_25_3
 E pre_definition_1_26_0
 E pre_definition_1_26_1
 E pre_definition_1_26_2
 E pre_definition_1_26_3
 E pre_definition_1_27_0
 E pre_definition_1_27_1
 E pre_definition_1_27_2
 E pre_definition_1_27_3
 E pre_definition_1_28_0
 E pre_definition_1_28_1
 E pre_definition_1_28_2
 E pre_definition_1_28_3
 E pre_definition_1_29_0
 E pre_definition_1_29_1
 E pre_definition_1_29_2
 E pre_definition_1_29_3
 E pre_definition_1_30_0
 E pre_definition_1_30_1
 E pre_definition_1_30_2
 E pre_definition_1_30_3
 E pre_definition_1_31_0
 E pre_definition_1_31_1
 E pre_definition_1_31_2
 E pre_definition_1_31_3
 E pre_definition_1_32_0
 E pre_definition_1_32_1
 E pre_definition_1_32_2
 E pre_definition_1_32_3
 E pre_definition_1_33_0
 E pre_definition_1_33_1
 E pre_definition_1_33_2
 E pre_definition_1_33_3
 E pre_definition_1_34_0
 E pre_definition_1_34_1
 E pre_definition_1_34_2
 E pre_definition_1_34_3
 E pre_definition_1_35_0
 E pre_definition_1_35_1
 E pre_definition_1_35_2
 E pre_definition_1_35_3
 E pre_definition_1_36_0
 E pre_definition_1_36_1
 E pre_definition_1_36_2
 E pre_definition_1_36_3
 E pre_definition_1_37_0
 E pre_definition_1_37_1
 E pre_definition_1_37_2
 E pre_definition_1_37_3
 E pre_definition_1_38_0
 E pre_definition_1_38_1
 E pre_definition_1_38_2
 E pre_definition_1_38_3
 E pre_definition_1_39_0
 E pre_definition_1_39_1
 E pre_definition_1_39_2
 E pre_definition_1_39_3
 E pre_definition_1_40_0
 E pre_definition_1_40_1
 E pre_definition_1_40_2
 E pre_definition_1_40_3
 E pre_definition_1_41_0
 E pre_definition_1_41_1
 E pre_definition_1_41_2
 E pre_definition_1_41_3
 E pre_definition_1_42_0
 E pre_definition_1_42_1
 E pre_definition_1_42_2
 E pre_definition_1_42_3
 E pre_definition_1_43_0
 E pre_definition_1_43_1
 E pre_definition_1_43_2
 E pre_definition_1_43_3
 E pre_definition_1_44_0
 E pre_definition_1_44_1
 E pre_definition_1_44_2
 E pre_definition_1_44_3
 E pre_definition_1_45_0
 E pre_definition_1_45_1
 E pre_definition_1_45_2
 E pre_definition_1_45_3
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
 E out_definition_15_0
 E out_definition_15_1
 E out_definition_16_0
 E out_definition_16_1
 E out_definition_17_0
 E out_definition_17_1
 E out_definition_18_0
 E out_definition_18_1
 E out_definition_19_0
 E out_definition_19_1
 E out_definition_20_0
 E out_definition_20_1
 E out_definition_21_0
 E out_definition_21_1
 E out_definition_22_0
 E out_definition_22_1
 E out_definition_23_0
 E out_definition_23_1
 E out_definition_24_0
 E out_definition_24_1
 E out_definition_25_0
 E out_definition_25_1
 E out_definition_26_0
 E out_definition_26_1
 E out_definition_27_0
 E out_definition_27_1
 E out_definition_28_0
 E out_definition_28_1
 E out_definition_29_0
 E out_definition_29_1
 E out_definition_30_0
 E out_definition_30_1
 E out_definition_31_0
 E out_definition_31_1
 E out_definition_32_0
 E out_definition_32_1
 E out_definition_33_0
 E out_definition_33_1
 E out_definition_34_0
 E out_definition_34_1
 E out_definition_35_0
 E out_definition_35_1
 E out_definition_36_0
 E out_definition_36_1
 E out_definition_37_0
 E out_definition_37_1
 E out_definition_38_0
 E out_definition_38_1
 E out_definition_39_0
 E out_definition_39_1
 E out_definition_40_0
 E out_definition_40_1
 E out_definition_41_0
 E out_definition_41_1
 E out_definition_42_0
 E out_definition_42_1
 E out_definition_43_0
 E out_definition_43_1
 E out_definition_44_0
 E out_definition_44_1
 E out_definition_45_0
 E out_definition_45_1
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e279_
 L e280_
 G e281_
 L e282_
 L e283_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e286_
 L e287_
 G e288_
 L e289_
 L e290_
 L relu_1_0_2_above_pre
 E relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor
 G e293_
 L e294_
 G e295_
 L e296_
 L e297_
 L relu_1_0_3_above_pre
 E relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor
 G e300_
 L e301_
 G e302_
 L e303_
 L e304_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e307_
 L e308_
 G e309_
 L e310_
 L e311_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e314_
 L e315_
 G e316_
 L e317_
 L e318_
 L relu_1_1_2_above_pre
 E relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor
 G e321_
 L e322_
 G e323_
 L e324_
 L e325_
 L relu_1_1_3_above_pre
 E relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor
 G e328_
 L e329_
 G e330_
 L e331_
 L e332_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e335_
 L e336_
 G e337_
 L e338_
 L e339_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e342_
 L e343_
 G e344_
 L e345_
 L e346_
 L relu_1_2_2_above_pre
 E relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor
 G e349_
 L e350_
 G e351_
 L e352_
 L e353_
 L relu_1_2_3_above_pre
 E relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor
 G e356_
 L e357_
 G e358_
 L e359_
 L e360_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e363_
 L e364_
 G e365_
 L e366_
 L e367_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e370_
 L e371_
 G e372_
 L e373_
 L e374_
 L relu_1_3_2_above_pre
 E relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor
 G e377_
 L e378_
 G e379_
 L e380_
 L e381_
 L relu_1_3_3_above_pre
 E relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor
 G e384_
 L e385_
 G e386_
 L e387_
 L e388_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e391_
 L e392_
 G e393_
 L e394_
 L e395_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e398_
 L e399_
 G e400_
 L e401_
 L e402_
 L relu_1_4_2_above_pre
 E relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor
 G e405_
 L e406_
 G e407_
 L e408_
 L e409_
 L relu_1_4_3_above_pre
 E relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor
 G e412_
 L e413_
 G e414_
 L e415_
 L e416_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e419_
 L e420_
 G e421_
 L e422_
 L e423_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e426_
 L e427_
 G e428_
 L e429_
 L e430_
 L relu_1_5_2_above_pre
 E relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor
 G e433_
 L e434_
 G e435_
 L e436_
 L e437_
 L relu_1_5_3_above_pre
 E relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor
 G e440_
 L e441_
 G e442_
 L e443_
 L e444_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e447_
 L e448_
 G e449_
 L e450_
 L e451_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e454_
 L e455_
 G e456_
 L e457_
 L e458_
 L relu_1_6_2_above_pre
 E relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor
 G e461_
 L e462_
 G e463_
 L e464_
 L e465_
 L relu_1_6_3_above_pre
 E relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor
 G e468_
 L e469_
 G e470_
 L e471_
 L e472_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e475_
 L e476_
 G e477_
 L e478_
 L e479_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e482_
 L e483_
 G e484_
 L e485_
 L e486_
 L relu_1_7_2_above_pre
 E relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor
 G e489_
 L e490_
 G e491_
 L e492_
 L e493_
 L relu_1_7_3_above_pre
 E relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor
 G e496_
 L e497_
 G e498_
 L e499_
 L e500_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e503_
 L e504_
 G e505_
 L e506_
 L e507_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e510_
 L e511_
 G e512_
 L e513_
 L e514_
 L relu_1_8_2_above_pre
 E relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor
 G e517_
 L e518_
 G e519_
 L e520_
 L e521_
 L relu_1_8_3_above_pre
 E relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor
 G e524_
 L e525_
 G e526_
 L e527_
 L e528_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e531_
 L e532_
 G e533_
 L e534_
 L e535_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e538_
 L e539_
 G e540_
 L e541_
 L e542_
 L relu_1_9_2_above_pre
 E relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor
 G e545_
 L e546_
 G e547_
 L e548_
 L e549_
 L relu_1_9_3_above_pre
 E relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor
 G e552_
 L e553_
 G e554_
 L e555_
 L e556_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e559_
 L e560_
 G e561_
 L e562_
 L e563_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e566_
 L e567_
 G e568_
 L e569_
 L e570_
 L relu_1_10_2_above_pre
 E relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor
 G e573_
 L e574_
 G e575_
 L e576_
 L e577_
 L relu_1_10_3_above_pre
 E relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor
 G e580_
 L e581_
 G e582_
 L e583_
 L e584_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e587_
 L e588_
 G e589_
 L e590_
 L e591_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e594_
 L e595_
 G e596_
 L e597_
 L e598_
 L relu_1_11_2_above_pre
 E relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor
 G e601_
 L e602_
 G e603_
 L e604_
 L e605_
 L relu_1_11_3_above_pre
 E relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor
 G e608_
 L e609_
 G e610_
 L e611_
 L e612_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e615_
 L e616_
 G e617_
 L e618_
 L e619_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e622_
 L e623_
 G e624_
 L e625_
 L e626_
 L relu_1_12_2_above_pre
 E relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor
 G e629_
 L e630_
 G e631_
 L e632_
 L e633_
 L relu_1_12_3_above_pre
 E relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor
 G e636_
 L e637_
 G e638_
 L e639_
 L e640_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e643_
 L e644_
 G e645_
 L e646_
 L e647_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e650_
 L e651_
 G e652_
 L e653_
 L e654_
 L relu_1_13_2_above_pre
 E relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor
 G e657_
 L e658_
 G e659_
 L e660_
 L e661_
 L relu_1_13_3_above_pre
 E relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor
 G e664_
 L e665_
 G e666_
 L e667_
 L e668_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e671_
 L e672_
 G e673_
 L e674_
 L e675_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e678_
 L e679_
 G e680_
 L e681_
 L e682_
 L relu_1_14_2_above_pre
 E relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor
 G e685_
 L e686_
 G e687_
 L e688_
 L e689_
 L relu_1_14_3_above_pre
 E relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor
 G e692_
 L e693_
 G e694_
 L e695_
 L e696_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e699_
 L e700_
 G e701_
 L e702_
 L e703_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e706_
 L e707_
 G e708_
 L e709_
 L e710_
 L relu_1_15_2_above_pre
 E relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor
 G e713_
 L e714_
 G e715_
 L e716_
 L e717_
 L relu_1_15_3_above_pre
 E relu_1_15_3__pyomo_gdp_bigm_reformulation_either_xor
 G e720_
 L e721_
 G e722_
 L e723_
 L e724_
 L relu_1_16_0_above_pre
 E relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor
 G e727_
 L e728_
 G e729_
 L e730_
 L e731_
 L relu_1_16_1_above_pre
 E relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor
 G e734_
 L e735_
 G e736_
 L e737_
 L e738_
 L relu_1_16_2_above_pre
 E relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor
 G e741_
 L e742_
 G e743_
 L e744_
 L e745_
 L relu_1_16_3_above_pre
 E relu_1_16_3__pyomo_gdp_bigm_reformulation_either_xor
 G e748_
 L e749_
 G e750_
 L e751_
 L e752_
 L relu_1_17_0_above_pre
 E relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor
 G e755_
 L e756_
 G e757_
 L e758_
 L e759_
 L relu_1_17_1_above_pre
 E relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor
 G e762_
 L e763_
 G e764_
 L e765_
 L e766_
 L relu_1_17_2_above_pre
 E relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor
 G e769_
 L e770_
 G e771_
 L e772_
 L e773_
 L relu_1_17_3_above_pre
 E relu_1_17_3__pyomo_gdp_bigm_reformulation_either_xor
 G e776_
 L e777_
 G e778_
 L e779_
 L e780_
 L relu_1_18_0_above_pre
 E relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor
 G e783_
 L e784_
 G e785_
 L e786_
 L e787_
 L relu_1_18_1_above_pre
 E relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor
 G e790_
 L e791_
 G e792_
 L e793_
 L e794_
 L relu_1_18_2_above_pre
 E relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor
 G e797_
 L e798_
 G e799_
 L e800_
 L e801_
 L relu_1_18_3_above_pre
 E relu_1_18_3__pyomo_gdp_bigm_reformulation_either_xor
 G e804_
 L e805_
 G e806_
 L e807_
 L e808_
 L relu_1_19_0_above_pre
 E relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor
 G e811_
 L e812_
 G e813_
 L e814_
 L e815_
 L relu_1_19_1_above_pre
 E relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor
 G e818_
 L e819_
 G e820_
 L e821_
 L e822_
 L relu_1_19_2_above_pre
 E relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor
 G e825_
 L e826_
 G e827_
 L e828_
 L e829_
 L relu_1_19_3_above_pre
 E relu_1_19_3__pyomo_gdp_bigm_reformulation_either_xor
 G e832_
 L e833_
 G e834_
 L e835_
 L e836_
 L relu_1_20_0_above_pre
 E relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor
 G e839_
 L e840_
 G e841_
 L e842_
 L e843_
 L relu_1_20_1_above_pre
 E relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor
 G e846_
 L e847_
 G e848_
 L e849_
 L e850_
 L relu_1_20_2_above_pre
 E relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor
 G e853_
 L e854_
 G e855_
 L e856_
 L e857_
 L relu_1_20_3_above_pre
 E relu_1_20_3__pyomo_gdp_bigm_reformulation_either_xor
 G e860_
 L e861_
 G e862_
 L e863_
 L e864_
 L relu_1_21_0_above_pre
 E relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor
 G e867_
 L e868_
 G e869_
 L e870_
 L e871_
 L relu_1_21_1_above_pre
 E relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor
 G e874_
 L e875_
 G e876_
 L e877_
 L e878_
 L relu_1_21_2_above_pre
 E relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor
 G e881_
 L e882_
 G e883_
 L e884_
 L e885_
 L relu_1_21_3_above_pre
 E relu_1_21_3__pyomo_gdp_bigm_reformulation_either_xor
 G e888_
 L e889_
 G e890_
 L e891_
 L e892_
 L relu_1_22_0_above_pre
 E relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor
 G e895_
 L e896_
 G e897_
 L e898_
 L e899_
 L relu_1_22_1_above_pre
 E relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor
 G e902_
 L e903_
 G e904_
 L e905_
 L e906_
 L relu_1_22_2_above_pre
 E relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor
 G e909_
 L e910_
 G e911_
 L e912_
 L e913_
 L relu_1_22_3_above_pre
 E relu_1_22_3__pyomo_gdp_bigm_reformulation_either_xor
 G e916_
 L e917_
 G e918_
 L e919_
 L e920_
 L relu_1_23_0_above_pre
 E relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor
 G e923_
 L e924_
 G e925_
 L e926_
 L e927_
 L relu_1_23_1_above_pre
 E relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor
 G e930_
 L e931_
 G e932_
 L e933_
 L e934_
 L relu_1_23_2_above_pre
 E relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor
 G e937_
 L e938_
 G e939_
 L e940_
 L e941_
 L relu_1_23_3_above_pre
 E relu_1_23_3__pyomo_gdp_bigm_reformulation_either_xor
 G e944_
 L e945_
 G e946_
 L e947_
 L e948_
 L relu_1_24_0_above_pre
 E relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor
 G e951_
 L e952_
 G e953_
 L e954_
 L e955_
 L relu_1_24_1_above_pre
 E relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor
 G e958_
 L e959_
 G e960_
 L e961_
 L e962_
 L relu_1_24_2_above_pre
 E relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor
 G e965_
 L e966_
 G e967_
 L e968_
 L e969_
 L relu_1_24_3_above_pre
 E relu_1_24_3__pyomo_gdp_bigm_reformulation_either_xor
 G e972_
 L e973_
 G e974_
 L e975_
 L e976_
 L relu_1_25_0_above_pre
 E relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor
 G e979_
 L e980_
 G e981_
 L e982_
 L e983_
 L relu_1_25_1_above_pre
 E relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor
 G e986_
 L e987_
 G e988_
 L e989_
 L e990_
 L relu_1_25_2_above_pre
 E relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor
 G e993_
 L e994_
 G e995_
 L e996_
 L e997_
 L relu_1_25_3_above_pre
 E relu_1_25_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1000_
 L e1001_
 G e1002_
 L e1003_
 L e1004_
 L relu_1_26_0_above_pre
 E relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1007_
 L e1008_
 G e1009_
 L e1010_
 L e1011_
 L relu_1_26_1_above_pre
 E relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1014_
 L e1015_
 G e1016_
 L e1017_
 L e1018_
 L relu_1_26_2_above_pre
 E relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1021_
 L e1022_
 G e1023_
 L e1024_
 L e1025_
 L relu_1_26_3_above_pre
 E relu_1_26_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1028_
 L e1029_
 G e1030_
 L e1031_
 L e1032_
 L relu_1_27_0_above_pre
 E relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1035_
 L e1036_
 G e1037_
 L e1038_
 L e1039_
 L relu_1_27_1_above_pre
 E relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1042_
 L e1043_
 G e1044_
 L e1045_
 L e1046_
 L relu_1_27_2_above_pre
 E relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1049_
 L e1050_
 G e1051_
 L e1052_
 L e1053_
 L relu_1_27_3_above_pre
 E relu_1_27_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1056_
 L e1057_
 G e1058_
 L e1059_
 L e1060_
 L relu_1_28_0_above_pre
 E relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1063_
 L e1064_
 G e1065_
 L e1066_
 L e1067_
 L relu_1_28_1_above_pre
 E relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1070_
 L e1071_
 G e1072_
 L e1073_
 L e1074_
 L relu_1_28_2_above_pre
 E relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1077_
 L e1078_
 G e1079_
 L e1080_
 L e1081_
 L relu_1_28_3_above_pre
 E relu_1_28_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1084_
 L e1085_
 G e1086_
 L e1087_
 L e1088_
 L relu_1_29_0_above_pre
 E relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1091_
 L e1092_
 G e1093_
 L e1094_
 L e1095_
 L relu_1_29_1_above_pre
 E relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1098_
 L e1099_
 G e1100_
 L e1101_
 L e1102_
 L relu_1_29_2_above_pre
 E relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1105_
 L e1106_
 G e1107_
 L e1108_
 L e1109_
 L relu_1_29_3_above_pre
 E relu_1_29_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1112_
 L e1113_
 G e1114_
 L e1115_
 L e1116_
 L relu_1_30_0_above_pre
 E relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1119_
 L e1120_
 G e1121_
 L e1122_
 L e1123_
 L relu_1_30_1_above_pre
 E relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1126_
 L e1127_
 G e1128_
 L e1129_
 L e1130_
 L relu_1_30_2_above_pre
 E relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1133_
 L e1134_
 G e1135_
 L e1136_
 L e1137_
 L relu_1_30_3_above_pre
 E relu_1_30_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1140_
 L e1141_
 G e1142_
 L e1143_
 L e1144_
 L relu_1_31_0_above_pre
 E relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1147_
 L e1148_
 G e1149_
 L e1150_
 L e1151_
 L relu_1_31_1_above_pre
 E relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1154_
 L e1155_
 G e1156_
 L e1157_
 L e1158_
 L relu_1_31_2_above_pre
 E relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1161_
 L e1162_
 G e1163_
 L e1164_
 L e1165_
 L relu_1_31_3_above_pre
 E relu_1_31_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1168_
 L e1169_
 G e1170_
 L e1171_
 L e1172_
 L relu_1_32_0_above_pre
 E relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1175_
 L e1176_
 G e1177_
 L e1178_
 L e1179_
 L relu_1_32_1_above_pre
 E relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1182_
 L e1183_
 G e1184_
 L e1185_
 L e1186_
 L relu_1_32_2_above_pre
 E relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1189_
 L e1190_
 G e1191_
 L e1192_
 L e1193_
 L relu_1_32_3_above_pre
 E relu_1_32_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1196_
 L e1197_
 G e1198_
 L e1199_
 L e1200_
 L relu_1_33_0_above_pre
 E relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1203_
 L e1204_
 G e1205_
 L e1206_
 L e1207_
 L relu_1_33_1_above_pre
 E relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1210_
 L e1211_
 G e1212_
 L e1213_
 L e1214_
 L relu_1_33_2_above_pre
 E relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1217_
 L e1218_
 G e1219_
 L e1220_
 L e1221_
 L relu_1_33_3_above_pre
 E relu_1_33_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1224_
 L e1225_
 G e1226_
 L e1227_
 L e1228_
 L relu_1_34_0_above_pre
 E relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1231_
 L e1232_
 G e1233_
 L e1234_
 L e1235_
 L relu_1_34_1_above_pre
 E relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1238_
 L e1239_
 G e1240_
 L e1241_
 L e1242_
 L relu_1_34_2_above_pre
 E relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1245_
 L e1246_
 G e1247_
 L e1248_
 L e1249_
 L relu_1_34_3_above_pre
 E relu_1_34_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1252_
 L e1253_
 G e1254_
 L e1255_
 L e1256_
 L relu_1_35_0_above_pre
 E relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1259_
 L e1260_
 G e1261_
 L e1262_
 L e1263_
 L relu_1_35_1_above_pre
 E relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1266_
 L e1267_
 G e1268_
 L e1269_
 L e1270_
 L relu_1_35_2_above_pre
 E relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1273_
 L e1274_
 G e1275_
 L e1276_
 L e1277_
 L relu_1_35_3_above_pre
 E relu_1_35_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1280_
 L e1281_
 G e1282_
 L e1283_
 L e1284_
 L relu_1_36_0_above_pre
 E relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1287_
 L e1288_
 G e1289_
 L e1290_
 L e1291_
 L relu_1_36_1_above_pre
 E relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1294_
 L e1295_
 G e1296_
 L e1297_
 L e1298_
 L relu_1_36_2_above_pre
 E relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1301_
 L e1302_
 G e1303_
 L e1304_
 L e1305_
 L relu_1_36_3_above_pre
 E relu_1_36_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1308_
 L e1309_
 G e1310_
 L e1311_
 L e1312_
 L relu_1_37_0_above_pre
 E relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1315_
 L e1316_
 G e1317_
 L e1318_
 L e1319_
 L relu_1_37_1_above_pre
 E relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1322_
 L e1323_
 G e1324_
 L e1325_
 L e1326_
 L relu_1_37_2_above_pre
 E relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1329_
 L e1330_
 G e1331_
 L e1332_
 L e1333_
 L relu_1_37_3_above_pre
 E relu_1_37_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1336_
 L e1337_
 G e1338_
 L e1339_
 L e1340_
 L relu_1_38_0_above_pre
 E relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1343_
 L e1344_
 G e1345_
 L e1346_
 L e1347_
 L relu_1_38_1_above_pre
 E relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1350_
 L e1351_
 G e1352_
 L e1353_
 L e1354_
 L relu_1_38_2_above_pre
 E relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1357_
 L e1358_
 G e1359_
 L e1360_
 L e1361_
 L relu_1_38_3_above_pre
 E relu_1_38_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1364_
 L e1365_
 G e1366_
 L e1367_
 L e1368_
 L relu_1_39_0_above_pre
 E relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1371_
 L e1372_
 G e1373_
 L e1374_
 L e1375_
 L relu_1_39_1_above_pre
 E relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1378_
 L e1379_
 G e1380_
 L e1381_
 L e1382_
 L relu_1_39_2_above_pre
 E relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1385_
 L e1386_
 G e1387_
 L e1388_
 L e1389_
 L relu_1_39_3_above_pre
 E relu_1_39_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1392_
 L e1393_
 G e1394_
 L e1395_
 L e1396_
 L relu_1_40_0_above_pre
 E relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1399_
 L e1400_
 G e1401_
 L e1402_
 L e1403_
 L relu_1_40_1_above_pre
 E relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1406_
 L e1407_
 G e1408_
 L e1409_
 L e1410_
 L relu_1_40_2_above_pre
 E relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1413_
 L e1414_
 G e1415_
 L e1416_
 L e1417_
 L relu_1_40_3_above_pre
 E relu_1_40_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1420_
 L e1421_
 G e1422_
 L e1423_
 L e1424_
 L relu_1_41_0_above_pre
 E relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1427_
 L e1428_
 G e1429_
 L e1430_
 L e1431_
 L relu_1_41_1_above_pre
 E relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1434_
 L e1435_
 G e1436_
 L e1437_
 L e1438_
 L relu_1_41_2_above_pre
 E relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1441_
 L e1442_
 G e1443_
 L e1444_
 L e1445_
 L relu_1_41_3_above_pre
 E relu_1_41_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1448_
 L e1449_
 G e1450_
 L e1451_
 L e1452_
 L relu_1_42_0_above_pre
 E relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1455_
 L e1456_
 G e1457_
 L e1458_
 L e1459_
 L relu_1_42_1_above_pre
 E relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1462_
 L e1463_
 G e1464_
 L e1465_
 L e1466_
 L relu_1_42_2_above_pre
 E relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1469_
 L e1470_
 G e1471_
 L e1472_
 L e1473_
 L relu_1_42_3_above_pre
 E relu_1_42_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1476_
 L e1477_
 G e1478_
 L e1479_
 L e1480_
 L relu_1_43_0_above_pre
 E relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1483_
 L e1484_
 G e1485_
 L e1486_
 L e1487_
 L relu_1_43_1_above_pre
 E relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1490_
 L e1491_
 G e1492_
 L e1493_
 L e1494_
 L relu_1_43_2_above_pre
 E relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1497_
 L e1498_
 G e1499_
 L e1500_
 L e1501_
 L relu_1_43_3_above_pre
 E relu_1_43_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1504_
 L e1505_
 G e1506_
 L e1507_
 L e1508_
 L relu_1_44_0_above_pre
 E relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1511_
 L e1512_
 G e1513_
 L e1514_
 L e1515_
 L relu_1_44_1_above_pre
 E relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1518_
 L e1519_
 G e1520_
 L e1521_
 L e1522_
 L relu_1_44_2_above_pre
 E relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1525_
 L e1526_
 G e1527_
 L e1528_
 L e1529_
 L relu_1_44_3_above_pre
 E relu_1_44_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1532_
 L e1533_
 G e1534_
 L e1535_
 L e1536_
 L relu_1_45_0_above_pre
 E relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1539_
 L e1540_
 G e1541_
 L e1542_
 L e1543_
 L relu_1_45_1_above_pre
 E relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1546_
 L e1547_
 G e1548_
 L e1549_
 L e1550_
 L relu_1_45_2_above_pre
 E relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1553_
 L e1554_
 G e1555_
 L e1556_
 L e1557_
 L relu_1_45_3_above_pre
 E relu_1_45_3__pyomo_gdp_bigm_reformulation_either_xor
 G e1560_
 L e1561_
 G e1562_
 L e1563_
 L e1564_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 0.5073441948385676
 w_1_0_0 pre_definition_1_1_0 1.0031843480173983
 w_1_0_0 pre_definition_1_2_0 1.4990245011962289
 w_1_0_0 pre_definition_1_3_0 0.5395254879123155
 w_1_0_0 pre_definition_1_4_0 1.035365641091146
 w_1_0_0 pre_definition_1_5_0 1.5312057942699766
 w_1_0_0 pre_definition_1_6_0 0.5717067809860632
 w_1_0_0 pre_definition_1_7_0 1.0675469341648938
 w_1_0_0 pre_definition_1_8_0 1.5633870873437243
 w_1_0_0 pre_definition_1_9_0 0.6521600136704325
 w_1_0_0 pre_definition_1_10_0 1.1480001668492632
 w_1_0_0 pre_definition_1_11_0 1.6438403200280938
 w_1_0_0 pre_definition_1_12_0 0.6682506602073064
 w_1_0_0 pre_definition_1_13_0 1.1640908133861372
 w_1_0_0 pre_definition_1_14_0 1.6599309665649677
 w_1_0_0 pre_definition_1_15_0 0.6843413067441804
 w_1_0_0 pre_definition_1_16_0 1.180181459923011
 w_1_0_0 pre_definition_1_17_0 1.6760216131018415
 w_1_0_0 pre_definition_1_18_0 0.7004319532810541
 w_1_0_0 pre_definition_1_19_0 1.196272106459885
 w_1_0_0 pre_definition_1_20_0 1.6921122596387155
 w_1_0_0 pre_definition_1_21_0 0.8935197117235407
 w_1_0_0 pre_definition_1_22_0 1.3893598649023715
 w_1_0_0 pre_definition_1_23_0 1.885200018081202
 w_1_0_0 pre_definition_1_24_0 1.0866074701660273
 w_1_0_0 pre_definition_1_25_0 1.582447623344858
 w_1_0_0 pre_definition_1_26_0 2.0782877765236885
 w_1_0_0 pre_definition_1_27_0 1.102698116702901
 w_1_0_0 pre_definition_1_28_0 1.5985382698817319
 w_1_0_0 pre_definition_1_29_0 2.0943784230605624
 w_1_0_0 pre_definition_1_30_0 1.118788763239775
 w_1_0_0 pre_definition_1_31_0 1.6146289164186056
 w_1_0_0 pre_definition_1_32_0 2.1104690695974364
 w_1_0_0 pre_definition_1_33_0 1.1348794097766488
 w_1_0_0 pre_definition_1_34_0 1.6307195629554796
 w_1_0_0 pre_definition_1_35_0 2.1265597161343104
 w_1_0_0 pre_definition_1_36_0 1.2153326424610182
 w_1_0_0 pre_definition_1_37_0 1.711172795639849
 w_1_0_0 pre_definition_1_38_0 2.2070129488186794
 w_1_0_0 pre_definition_1_39_0 1.2475139355347662
 w_1_0_0 pre_definition_1_40_0 1.7433540887135968
 w_1_0_0 pre_definition_1_41_0 2.2391942418924273
 w_1_0_0 pre_definition_1_42_0 1.2796952286085137
 w_1_0_0 pre_definition_1_43_0 1.7755353817873445
 w_1_0_0 pre_definition_1_44_0 2.2713755349661753
 w_1_0_0 pre_definition_1_45_0 0.9578822978710363
 w_1_0_1 pre_definition_1_0_0 3.859981265319641
 w_1_0_1 pre_definition_1_1_0 3.9243438514671363
 w_1_0_1 pre_definition_1_2_0 3.988706437614632
 w_1_0_1 pre_definition_1_3_0 3.6120611887302254
 w_1_0_1 pre_definition_1_4_0 3.676423774877721
 w_1_0_1 pre_definition_1_5_0 3.7407863610252168
 w_1_0_1 pre_definition_1_6_0 3.36414111214081
 w_1_0_1 pre_definition_1_7_0 3.4285036982883055
 w_1_0_1 pre_definition_1_8_0 3.4928662844358014
 w_1_0_1 pre_definition_1_9_0 2.744340920667272
 w_1_0_1 pre_definition_1_10_0 2.8087035068147674
 w_1_0_1 pre_definition_1_11_0 2.8730660929622633
 w_1_0_1 pre_definition_1_12_0 2.6203808823725643
 w_1_0_1 pre_definition_1_13_0 2.6847434685200597
 w_1_0_1 pre_definition_1_14_0 2.749106054667555
 w_1_0_1 pre_definition_1_15_0 2.4964208440778566
 w_1_0_1 pre_definition_1_16_0 2.560783430225352
 w_1_0_1 pre_definition_1_17_0 2.625146016372848
 w_1_0_1 pre_definition_1_18_0 2.372460805783149
 w_1_0_1 pre_definition_1_19_0 2.4368233919306443
 w_1_0_1 pre_definition_1_20_0 2.50118597807814
 w_1_0_1 pre_definition_1_21_0 0.8849403462466571
 w_1_0_1 pre_definition_1_22_0 0.9493029323941526
 w_1_0_1 pre_definition_1_23_0 1.013665518541648
 w_1_0_1 pre_definition_1_24_0 -0.6025801132898347
 w_1_0_1 pre_definition_1_25_0 -0.5382175271423393
 w_1_0_1 pre_definition_1_26_0 -0.4738549409948437
 w_1_0_1 pre_definition_1_27_0 -0.7265401515845424
 w_1_0_1 pre_definition_1_28_0 -0.662177565437047
 w_1_0_1 pre_definition_1_29_0 -0.5978149792895514
 w_1_0_1 pre_definition_1_30_0 -0.85050018987925
 w_1_0_1 pre_definition_1_31_0 -0.7861376037317545
 w_1_0_1 pre_definition_1_32_0 -0.721775017584259
 w_1_0_1 pre_definition_1_33_0 -0.9744602281739577
 w_1_0_1 pre_definition_1_34_0 -0.9100976420264622
 w_1_0_1 pre_definition_1_35_0 -0.8457350558789667
 w_1_0_1 pre_definition_1_36_0 -1.594260419647496
 w_1_0_1 pre_definition_1_37_0 -1.5298978335000004
 w_1_0_1 pre_definition_1_38_0 -1.465535247352505
 w_1_0_1 pre_definition_1_39_0 -1.8421804962369115
 w_1_0_1 pre_definition_1_40_0 -1.7778179100894158
 w_1_0_1 pre_definition_1_41_0 -1.7134553239419203
 w_1_0_1 pre_definition_1_42_0 -2.090100572826327
 w_1_0_1 pre_definition_1_43_0 -2.0257379866788314
 w_1_0_1 pre_definition_1_44_0 -1.9613754005313357
 w_1_0_1 pre_definition_1_45_0 0.3891001930678265
 w_1_1_0 pre_definition_1_0_1 0.5073441948385676
 w_1_1_0 pre_definition_1_1_1 1.0031843480173983
 w_1_1_0 pre_definition_1_2_1 1.4990245011962289
 w_1_1_0 pre_definition_1_3_1 0.5395254879123155
 w_1_1_0 pre_definition_1_4_1 1.035365641091146
 w_1_1_0 pre_definition_1_5_1 1.5312057942699766
 w_1_1_0 pre_definition_1_6_1 0.5717067809860632
 w_1_1_0 pre_definition_1_7_1 1.0675469341648938
 w_1_1_0 pre_definition_1_8_1 1.5633870873437243
 w_1_1_0 pre_definition_1_9_1 0.6521600136704325
 w_1_1_0 pre_definition_1_10_1 1.1480001668492632
 w_1_1_0 pre_definition_1_11_1 1.6438403200280938
 w_1_1_0 pre_definition_1_12_1 0.6682506602073064
 w_1_1_0 pre_definition_1_13_1 1.1640908133861372
 w_1_1_0 pre_definition_1_14_1 1.6599309665649677
 w_1_1_0 pre_definition_1_15_1 0.6843413067441804
 w_1_1_0 pre_definition_1_16_1 1.180181459923011
 w_1_1_0 pre_definition_1_17_1 1.6760216131018415
 w_1_1_0 pre_definition_1_18_1 0.7004319532810541
 w_1_1_0 pre_definition_1_19_1 1.196272106459885
 w_1_1_0 pre_definition_1_20_1 1.6921122596387155
 w_1_1_0 pre_definition_1_21_1 0.8935197117235407
 w_1_1_0 pre_definition_1_22_1 1.3893598649023715
 w_1_1_0 pre_definition_1_23_1 1.885200018081202
 w_1_1_0 pre_definition_1_24_1 1.0866074701660273
 w_1_1_0 pre_definition_1_25_1 1.582447623344858
 w_1_1_0 pre_definition_1_26_1 2.0782877765236885
 w_1_1_0 pre_definition_1_27_1 1.102698116702901
 w_1_1_0 pre_definition_1_28_1 1.5985382698817319
 w_1_1_0 pre_definition_1_29_1 2.0943784230605624
 w_1_1_0 pre_definition_1_30_1 1.118788763239775
 w_1_1_0 pre_definition_1_31_1 1.6146289164186056
 w_1_1_0 pre_definition_1_32_1 2.1104690695974364
 w_1_1_0 pre_definition_1_33_1 1.1348794097766488
 w_1_1_0 pre_definition_1_34_1 1.6307195629554796
 w_1_1_0 pre_definition_1_35_1 2.1265597161343104
 w_1_1_0 pre_definition_1_36_1 1.2153326424610182
 w_1_1_0 pre_definition_1_37_1 1.711172795639849
 w_1_1_0 pre_definition_1_38_1 2.2070129488186794
 w_1_1_0 pre_definition_1_39_1 1.2475139355347662
 w_1_1_0 pre_definition_1_40_1 1.7433540887135968
 w_1_1_0 pre_definition_1_41_1 2.2391942418924273
 w_1_1_0 pre_definition_1_42_1 1.2796952286085137
 w_1_1_0 pre_definition_1_43_1 1.7755353817873445
 w_1_1_0 pre_definition_1_44_1 2.2713755349661753
 w_1_1_0 pre_definition_1_45_1 0.9578822978710363
 w_1_1_1 pre_definition_1_0_1 3.859981265319641
 w_1_1_1 pre_definition_1_1_1 3.9243438514671363
 w_1_1_1 pre_definition_1_2_1 3.988706437614632
 w_1_1_1 pre_definition_1_3_1 3.6120611887302254
 w_1_1_1 pre_definition_1_4_1 3.676423774877721
 w_1_1_1 pre_definition_1_5_1 3.7407863610252168
 w_1_1_1 pre_definition_1_6_1 3.36414111214081
 w_1_1_1 pre_definition_1_7_1 3.4285036982883055
 w_1_1_1 pre_definition_1_8_1 3.4928662844358014
 w_1_1_1 pre_definition_1_9_1 2.744340920667272
 w_1_1_1 pre_definition_1_10_1 2.8087035068147674
 w_1_1_1 pre_definition_1_11_1 2.8730660929622633
 w_1_1_1 pre_definition_1_12_1 2.6203808823725643
 w_1_1_1 pre_definition_1_13_1 2.6847434685200597
 w_1_1_1 pre_definition_1_14_1 2.749106054667555
 w_1_1_1 pre_definition_1_15_1 2.4964208440778566
 w_1_1_1 pre_definition_1_16_1 2.560783430225352
 w_1_1_1 pre_definition_1_17_1 2.625146016372848
 w_1_1_1 pre_definition_1_18_1 2.372460805783149
 w_1_1_1 pre_definition_1_19_1 2.4368233919306443
 w_1_1_1 pre_definition_1_20_1 2.50118597807814
 w_1_1_1 pre_definition_1_21_1 0.8849403462466571
 w_1_1_1 pre_definition_1_22_1 0.9493029323941526
 w_1_1_1 pre_definition_1_23_1 1.013665518541648
 w_1_1_1 pre_definition_1_24_1 -0.6025801132898347
 w_1_1_1 pre_definition_1_25_1 -0.5382175271423393
 w_1_1_1 pre_definition_1_26_1 -0.4738549409948437
 w_1_1_1 pre_definition_1_27_1 -0.7265401515845424
 w_1_1_1 pre_definition_1_28_1 -0.662177565437047
 w_1_1_1 pre_definition_1_29_1 -0.5978149792895514
 w_1_1_1 pre_definition_1_30_1 -0.85050018987925
 w_1_1_1 pre_definition_1_31_1 -0.7861376037317545
 w_1_1_1 pre_definition_1_32_1 -0.721775017584259
 w_1_1_1 pre_definition_1_33_1 -0.9744602281739577
 w_1_1_1 pre_definition_1_34_1 -0.9100976420264622
 w_1_1_1 pre_definition_1_35_1 -0.8457350558789667
 w_1_1_1 pre_definition_1_36_1 -1.594260419647496
 w_1_1_1 pre_definition_1_37_1 -1.5298978335000004
 w_1_1_1 pre_definition_1_38_1 -1.465535247352505
 w_1_1_1 pre_definition_1_39_1 -1.8421804962369115
 w_1_1_1 pre_definition_1_40_1 -1.7778179100894158
 w_1_1_1 pre_definition_1_41_1 -1.7134553239419203
 w_1_1_1 pre_definition_1_42_1 -2.090100572826327
 w_1_1_1 pre_definition_1_43_1 -2.0257379866788314
 w_1_1_1 pre_definition_1_44_1 -1.9613754005313357
 w_1_1_1 pre_definition_1_45_1 0.3891001930678265
 w_1_2_0 pre_definition_1_0_2 0.5073441948385676
 w_1_2_0 pre_definition_1_1_2 1.0031843480173983
 w_1_2_0 pre_definition_1_2_2 1.4990245011962289
 w_1_2_0 pre_definition_1_3_2 0.5395254879123155
 w_1_2_0 pre_definition_1_4_2 1.035365641091146
 w_1_2_0 pre_definition_1_5_2 1.5312057942699766
 w_1_2_0 pre_definition_1_6_2 0.5717067809860632
 w_1_2_0 pre_definition_1_7_2 1.0675469341648938
 w_1_2_0 pre_definition_1_8_2 1.5633870873437243
 w_1_2_0 pre_definition_1_9_2 0.6521600136704325
 w_1_2_0 pre_definition_1_10_2 1.1480001668492632
 w_1_2_0 pre_definition_1_11_2 1.6438403200280938
 w_1_2_0 pre_definition_1_12_2 0.6682506602073064
 w_1_2_0 pre_definition_1_13_2 1.1640908133861372
 w_1_2_0 pre_definition_1_14_2 1.6599309665649677
 w_1_2_0 pre_definition_1_15_2 0.6843413067441804
 w_1_2_0 pre_definition_1_16_2 1.180181459923011
 w_1_2_0 pre_definition_1_17_2 1.6760216131018415
 w_1_2_0 pre_definition_1_18_2 0.7004319532810541
 w_1_2_0 pre_definition_1_19_2 1.196272106459885
 w_1_2_0 pre_definition_1_20_2 1.6921122596387155
 w_1_2_0 pre_definition_1_21_2 0.8935197117235407
 w_1_2_0 pre_definition_1_22_2 1.3893598649023715
 w_1_2_0 pre_definition_1_23_2 1.885200018081202
 w_1_2_0 pre_definition_1_24_2 1.0866074701660273
 w_1_2_0 pre_definition_1_25_2 1.582447623344858
 w_1_2_0 pre_definition_1_26_2 2.0782877765236885
 w_1_2_0 pre_definition_1_27_2 1.102698116702901
 w_1_2_0 pre_definition_1_28_2 1.5985382698817319
 w_1_2_0 pre_definition_1_29_2 2.0943784230605624
 w_1_2_0 pre_definition_1_30_2 1.118788763239775
 w_1_2_0 pre_definition_1_31_2 1.6146289164186056
 w_1_2_0 pre_definition_1_32_2 2.1104690695974364
 w_1_2_0 pre_definition_1_33_2 1.1348794097766488
 w_1_2_0 pre_definition_1_34_2 1.6307195629554796
 w_1_2_0 pre_definition_1_35_2 2.1265597161343104
 w_1_2_0 pre_definition_1_36_2 1.2153326424610182
 w_1_2_0 pre_definition_1_37_2 1.711172795639849
 w_1_2_0 pre_definition_1_38_2 2.2070129488186794
 w_1_2_0 pre_definition_1_39_2 1.2475139355347662
 w_1_2_0 pre_definition_1_40_2 1.7433540887135968
 w_1_2_0 pre_definition_1_41_2 2.2391942418924273
 w_1_2_0 pre_definition_1_42_2 1.2796952286085137
 w_1_2_0 pre_definition_1_43_2 1.7755353817873445
 w_1_2_0 pre_definition_1_44_2 2.2713755349661753
 w_1_2_0 pre_definition_1_45_2 0.9578822978710363
 w_1_2_1 pre_definition_1_0_2 3.859981265319641
 w_1_2_1 pre_definition_1_1_2 3.9243438514671363
 w_1_2_1 pre_definition_1_2_2 3.988706437614632
 w_1_2_1 pre_definition_1_3_2 3.6120611887302254
 w_1_2_1 pre_definition_1_4_2 3.676423774877721
 w_1_2_1 pre_definition_1_5_2 3.7407863610252168
 w_1_2_1 pre_definition_1_6_2 3.36414111214081
 w_1_2_1 pre_definition_1_7_2 3.4285036982883055
 w_1_2_1 pre_definition_1_8_2 3.4928662844358014
 w_1_2_1 pre_definition_1_9_2 2.744340920667272
 w_1_2_1 pre_definition_1_10_2 2.8087035068147674
 w_1_2_1 pre_definition_1_11_2 2.8730660929622633
 w_1_2_1 pre_definition_1_12_2 2.6203808823725643
 w_1_2_1 pre_definition_1_13_2 2.6847434685200597
 w_1_2_1 pre_definition_1_14_2 2.749106054667555
 w_1_2_1 pre_definition_1_15_2 2.4964208440778566
 w_1_2_1 pre_definition_1_16_2 2.560783430225352
 w_1_2_1 pre_definition_1_17_2 2.625146016372848
 w_1_2_1 pre_definition_1_18_2 2.372460805783149
 w_1_2_1 pre_definition_1_19_2 2.4368233919306443
 w_1_2_1 pre_definition_1_20_2 2.50118597807814
 w_1_2_1 pre_definition_1_21_2 0.8849403462466571
 w_1_2_1 pre_definition_1_22_2 0.9493029323941526
 w_1_2_1 pre_definition_1_23_2 1.013665518541648
 w_1_2_1 pre_definition_1_24_2 -0.6025801132898347
 w_1_2_1 pre_definition_1_25_2 -0.5382175271423393
 w_1_2_1 pre_definition_1_26_2 -0.4738549409948437
 w_1_2_1 pre_definition_1_27_2 -0.7265401515845424
 w_1_2_1 pre_definition_1_28_2 -0.662177565437047
 w_1_2_1 pre_definition_1_29_2 -0.5978149792895514
 w_1_2_1 pre_definition_1_30_2 -0.85050018987925
 w_1_2_1 pre_definition_1_31_2 -0.7861376037317545
 w_1_2_1 pre_definition_1_32_2 -0.721775017584259
 w_1_2_1 pre_definition_1_33_2 -0.9744602281739577
 w_1_2_1 pre_definition_1_34_2 -0.9100976420264622
 w_1_2_1 pre_definition_1_35_2 -0.8457350558789667
 w_1_2_1 pre_definition_1_36_2 -1.594260419647496
 w_1_2_1 pre_definition_1_37_2 -1.5298978335000004
 w_1_2_1 pre_definition_1_38_2 -1.465535247352505
 w_1_2_1 pre_definition_1_39_2 -1.8421804962369115
 w_1_2_1 pre_definition_1_40_2 -1.7778179100894158
 w_1_2_1 pre_definition_1_41_2 -1.7134553239419203
 w_1_2_1 pre_definition_1_42_2 -2.090100572826327
 w_1_2_1 pre_definition_1_43_2 -2.0257379866788314
 w_1_2_1 pre_definition_1_44_2 -1.9613754005313357
 w_1_2_1 pre_definition_1_45_2 0.3891001930678265
 w_1_3_0 pre_definition_1_0_3 0.5073441948385676
 w_1_3_0 pre_definition_1_1_3 1.0031843480173983
 w_1_3_0 pre_definition_1_2_3 1.4990245011962289
 w_1_3_0 pre_definition_1_3_3 0.5395254879123155
 w_1_3_0 pre_definition_1_4_3 1.035365641091146
 w_1_3_0 pre_definition_1_5_3 1.5312057942699766
 w_1_3_0 pre_definition_1_6_3 0.5717067809860632
 w_1_3_0 pre_definition_1_7_3 1.0675469341648938
 w_1_3_0 pre_definition_1_8_3 1.5633870873437243
 w_1_3_0 pre_definition_1_9_3 0.6521600136704325
 w_1_3_0 pre_definition_1_10_3 1.1480001668492632
 w_1_3_0 pre_definition_1_11_3 1.6438403200280938
 w_1_3_0 pre_definition_1_12_3 0.6682506602073064
 w_1_3_0 pre_definition_1_13_3 1.1640908133861372
 w_1_3_0 pre_definition_1_14_3 1.6599309665649677
 w_1_3_0 pre_definition_1_15_3 0.6843413067441804
 w_1_3_0 pre_definition_1_16_3 1.180181459923011
 w_1_3_0 pre_definition_1_17_3 1.6760216131018415
 w_1_3_0 pre_definition_1_18_3 0.7004319532810541
 w_1_3_0 pre_definition_1_19_3 1.196272106459885
 w_1_3_0 pre_definition_1_20_3 1.6921122596387155
 w_1_3_0 pre_definition_1_21_3 0.8935197117235407
 w_1_3_0 pre_definition_1_22_3 1.3893598649023715
 w_1_3_0 pre_definition_1_23_3 1.885200018081202
 w_1_3_0 pre_definition_1_24_3 1.0866074701660273
 w_1_3_0 pre_definition_1_25_3 1.582447623344858
 w_1_3_0 pre_definition_1_26_3 2.0782877765236885
 w_1_3_0 pre_definition_1_27_3 1.102698116702901
 w_1_3_0 pre_definition_1_28_3 1.5985382698817319
 w_1_3_0 pre_definition_1_29_3 2.0943784230605624
 w_1_3_0 pre_definition_1_30_3 1.118788763239775
 w_1_3_0 pre_definition_1_31_3 1.6146289164186056
 w_1_3_0 pre_definition_1_32_3 2.1104690695974364
 w_1_3_0 pre_definition_1_33_3 1.1348794097766488
 w_1_3_0 pre_definition_1_34_3 1.6307195629554796
 w_1_3_0 pre_definition_1_35_3 2.1265597161343104
 w_1_3_0 pre_definition_1_36_3 1.2153326424610182
 w_1_3_0 pre_definition_1_37_3 1.711172795639849
 w_1_3_0 pre_definition_1_38_3 2.2070129488186794
 w_1_3_0 pre_definition_1_39_3 1.2475139355347662
 w_1_3_0 pre_definition_1_40_3 1.7433540887135968
 w_1_3_0 pre_definition_1_41_3 2.2391942418924273
 w_1_3_0 pre_definition_1_42_3 1.2796952286085137
 w_1_3_0 pre_definition_1_43_3 1.7755353817873445
 w_1_3_0 pre_definition_1_44_3 2.2713755349661753
 w_1_3_0 pre_definition_1_45_3 0.9578822978710363
 w_1_3_1 pre_definition_1_0_3 3.859981265319641
 w_1_3_1 pre_definition_1_1_3 3.9243438514671363
 w_1_3_1 pre_definition_1_2_3 3.988706437614632
 w_1_3_1 pre_definition_1_3_3 3.6120611887302254
 w_1_3_1 pre_definition_1_4_3 3.676423774877721
 w_1_3_1 pre_definition_1_5_3 3.7407863610252168
 w_1_3_1 pre_definition_1_6_3 3.36414111214081
 w_1_3_1 pre_definition_1_7_3 3.4285036982883055
 w_1_3_1 pre_definition_1_8_3 3.4928662844358014
 w_1_3_1 pre_definition_1_9_3 2.744340920667272
 w_1_3_1 pre_definition_1_10_3 2.8087035068147674
 w_1_3_1 pre_definition_1_11_3 2.8730660929622633
 w_1_3_1 pre_definition_1_12_3 2.6203808823725643
 w_1_3_1 pre_definition_1_13_3 2.6847434685200597
 w_1_3_1 pre_definition_1_14_3 2.749106054667555
 w_1_3_1 pre_definition_1_15_3 2.4964208440778566
 w_1_3_1 pre_definition_1_16_3 2.560783430225352
 w_1_3_1 pre_definition_1_17_3 2.625146016372848
 w_1_3_1 pre_definition_1_18_3 2.372460805783149
 w_1_3_1 pre_definition_1_19_3 2.4368233919306443
 w_1_3_1 pre_definition_1_20_3 2.50118597807814
 w_1_3_1 pre_definition_1_21_3 0.8849403462466571
 w_1_3_1 pre_definition_1_22_3 0.9493029323941526
 w_1_3_1 pre_definition_1_23_3 1.013665518541648
 w_1_3_1 pre_definition_1_24_3 -0.6025801132898347
 w_1_3_1 pre_definition_1_25_3 -0.5382175271423393
 w_1_3_1 pre_definition_1_26_3 -0.4738549409948437
 w_1_3_1 pre_definition_1_27_3 -0.7265401515845424
 w_1_3_1 pre_definition_1_28_3 -0.662177565437047
 w_1_3_1 pre_definition_1_29_3 -0.5978149792895514
 w_1_3_1 pre_definition_1_30_3 -0.85050018987925
 w_1_3_1 pre_definition_1_31_3 -0.7861376037317545
 w_1_3_1 pre_definition_1_32_3 -0.721775017584259
 w_1_3_1 pre_definition_1_33_3 -0.9744602281739577
 w_1_3_1 pre_definition_1_34_3 -0.9100976420264622
 w_1_3_1 pre_definition_1_35_3 -0.8457350558789667
 w_1_3_1 pre_definition_1_36_3 -1.594260419647496
 w_1_3_1 pre_definition_1_37_3 -1.5298978335000004
 w_1_3_1 pre_definition_1_38_3 -1.465535247352505
 w_1_3_1 pre_definition_1_39_3 -1.8421804962369115
 w_1_3_1 pre_definition_1_40_3 -1.7778179100894158
 w_1_3_1 pre_definition_1_41_3 -1.7134553239419203
 w_1_3_1 pre_definition_1_42_3 -2.090100572826327
 w_1_3_1 pre_definition_1_43_3 -2.0257379866788314
 w_1_3_1 pre_definition_1_44_3 -1.9613754005313357
 w_1_3_1 pre_definition_1_45_3 0.3891001930678265
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_0_2 obj 0
 w_2_0_3 obj 0
 w_2_1_0 obj 0
 w_2_1_1 obj 0
 w_2_1_2 obj 0
 w_2_1_3 obj 0
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
 b_1_3 pre_definition_1_15_3 -1
 b_1_3 pre_definition_1_16_3 -1
 b_1_3 pre_definition_1_17_3 -1
 b_1_3 pre_definition_1_18_3 -1
 b_1_3 pre_definition_1_19_3 -1
 b_1_3 pre_definition_1_20_3 -1
 b_1_3 pre_definition_1_21_3 -1
 b_1_3 pre_definition_1_22_3 -1
 b_1_3 pre_definition_1_23_3 -1
 b_1_3 pre_definition_1_24_3 -1
 b_1_3 pre_definition_1_25_3 -1
 b_1_3 pre_definition_1_26_3 -1
 b_1_3 pre_definition_1_27_3 -1
 b_1_3 pre_definition_1_28_3 -1
 b_1_3 pre_definition_1_29_3 -1
 b_1_3 pre_definition_1_30_3 -1
 b_1_3 pre_definition_1_31_3 -1
 b_1_3 pre_definition_1_32_3 -1
 b_1_3 pre_definition_1_33_3 -1
 b_1_3 pre_definition_1_34_3 -1
 b_1_3 pre_definition_1_35_3 -1
 b_1_3 pre_definition_1_36_3 -1
 b_1_3 pre_definition_1_37_3 -1
 b_1_3 pre_definition_1_38_3 -1
 b_1_3 pre_definition_1_39_3 -1
 b_1_3 pre_definition_1_40_3 -1
 b_1_3 pre_definition_1_41_3 -1
 b_1_3 pre_definition_1_42_3 -1
 b_1_3 pre_definition_1_43_3 -1
 b_1_3 pre_definition_1_44_3 -1
 b_1_3 pre_definition_1_45_3 -1
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
 b_2_1 out_definition_15_1 -1
 b_2_1 out_definition_16_1 -1
 b_2_1 out_definition_17_1 -1
 b_2_1 out_definition_18_1 -1
 b_2_1 out_definition_19_1 -1
 b_2_1 out_definition_20_1 -1
 b_2_1 out_definition_21_1 -1
 b_2_1 out_definition_22_1 -1
 b_2_1 out_definition_23_1 -1
 b_2_1 out_definition_24_1 -1
 b_2_1 out_definition_25_1 -1
 b_2_1 out_definition_26_1 -1
 b_2_1 out_definition_27_1 -1
 b_2_1 out_definition_28_1 -1
 b_2_1 out_definition_29_1 -1
 b_2_1 out_definition_30_1 -1
 b_2_1 out_definition_31_1 -1
 b_2_1 out_definition_32_1 -1
 b_2_1 out_definition_33_1 -1
 b_2_1 out_definition_34_1 -1
 b_2_1 out_definition_35_1 -1
 b_2_1 out_definition_36_1 -1
 b_2_1 out_definition_37_1 -1
 b_2_1 out_definition_38_1 -1
 b_2_1 out_definition_39_1 -1
 b_2_1 out_definition_40_1 -1
 b_2_1 out_definition_41_1 -1
 b_2_1 out_definition_42_1 -1
 b_2_1 out_definition_43_1 -1
 b_2_1 out_definition_44_1 -1
 b_2_1 out_definition_45_1 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e279_ -1
 pre_1_0_0 e280_ -1
 pre_1_0_0 e283_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e286_ -1
 pre_1_0_1 e287_ -1
 pre_1_0_1 e290_ 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 e293_ -1
 pre_1_0_2 e294_ -1
 pre_1_0_2 e297_ 1
 pre_1_0_3 pre_definition_1_0_3 1
 pre_1_0_3 relu_1_0_3_above_pre 1
 pre_1_0_3 e300_ -1
 pre_1_0_3 e301_ -1
 pre_1_0_3 e304_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e307_ -1
 pre_1_1_0 e308_ -1
 pre_1_1_0 e311_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e314_ -1
 pre_1_1_1 e315_ -1
 pre_1_1_1 e318_ 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 e321_ -1
 pre_1_1_2 e322_ -1
 pre_1_1_2 e325_ 1
 pre_1_1_3 pre_definition_1_1_3 1
 pre_1_1_3 relu_1_1_3_above_pre 1
 pre_1_1_3 e328_ -1
 pre_1_1_3 e329_ -1
 pre_1_1_3 e332_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e335_ -1
 pre_1_2_0 e336_ -1
 pre_1_2_0 e339_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e342_ -1
 pre_1_2_1 e343_ -1
 pre_1_2_1 e346_ 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 e349_ -1
 pre_1_2_2 e350_ -1
 pre_1_2_2 e353_ 1
 pre_1_2_3 pre_definition_1_2_3 1
 pre_1_2_3 relu_1_2_3_above_pre 1
 pre_1_2_3 e356_ -1
 pre_1_2_3 e357_ -1
 pre_1_2_3 e360_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e363_ -1
 pre_1_3_0 e364_ -1
 pre_1_3_0 e367_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e370_ -1
 pre_1_3_1 e371_ -1
 pre_1_3_1 e374_ 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 e377_ -1
 pre_1_3_2 e378_ -1
 pre_1_3_2 e381_ 1
 pre_1_3_3 pre_definition_1_3_3 1
 pre_1_3_3 relu_1_3_3_above_pre 1
 pre_1_3_3 e384_ -1
 pre_1_3_3 e385_ -1
 pre_1_3_3 e388_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e391_ -1
 pre_1_4_0 e392_ -1
 pre_1_4_0 e395_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e398_ -1
 pre_1_4_1 e399_ -1
 pre_1_4_1 e402_ 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 e405_ -1
 pre_1_4_2 e406_ -1
 pre_1_4_2 e409_ 1
 pre_1_4_3 pre_definition_1_4_3 1
 pre_1_4_3 relu_1_4_3_above_pre 1
 pre_1_4_3 e412_ -1
 pre_1_4_3 e413_ -1
 pre_1_4_3 e416_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e419_ -1
 pre_1_5_0 e420_ -1
 pre_1_5_0 e423_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e426_ -1
 pre_1_5_1 e427_ -1
 pre_1_5_1 e430_ 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 e433_ -1
 pre_1_5_2 e434_ -1
 pre_1_5_2 e437_ 1
 pre_1_5_3 pre_definition_1_5_3 1
 pre_1_5_3 relu_1_5_3_above_pre 1
 pre_1_5_3 e440_ -1
 pre_1_5_3 e441_ -1
 pre_1_5_3 e444_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e447_ -1
 pre_1_6_0 e448_ -1
 pre_1_6_0 e451_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e454_ -1
 pre_1_6_1 e455_ -1
 pre_1_6_1 e458_ 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 e461_ -1
 pre_1_6_2 e462_ -1
 pre_1_6_2 e465_ 1
 pre_1_6_3 pre_definition_1_6_3 1
 pre_1_6_3 relu_1_6_3_above_pre 1
 pre_1_6_3 e468_ -1
 pre_1_6_3 e469_ -1
 pre_1_6_3 e472_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e475_ -1
 pre_1_7_0 e476_ -1
 pre_1_7_0 e479_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e482_ -1
 pre_1_7_1 e483_ -1
 pre_1_7_1 e486_ 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 e489_ -1
 pre_1_7_2 e490_ -1
 pre_1_7_2 e493_ 1
 pre_1_7_3 pre_definition_1_7_3 1
 pre_1_7_3 relu_1_7_3_above_pre 1
 pre_1_7_3 e496_ -1
 pre_1_7_3 e497_ -1
 pre_1_7_3 e500_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e503_ -1
 pre_1_8_0 e504_ -1
 pre_1_8_0 e507_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e510_ -1
 pre_1_8_1 e511_ -1
 pre_1_8_1 e514_ 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 e517_ -1
 pre_1_8_2 e518_ -1
 pre_1_8_2 e521_ 1
 pre_1_8_3 pre_definition_1_8_3 1
 pre_1_8_3 relu_1_8_3_above_pre 1
 pre_1_8_3 e524_ -1
 pre_1_8_3 e525_ -1
 pre_1_8_3 e528_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e531_ -1
 pre_1_9_0 e532_ -1
 pre_1_9_0 e535_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e538_ -1
 pre_1_9_1 e539_ -1
 pre_1_9_1 e542_ 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 e545_ -1
 pre_1_9_2 e546_ -1
 pre_1_9_2 e549_ 1
 pre_1_9_3 pre_definition_1_9_3 1
 pre_1_9_3 relu_1_9_3_above_pre 1
 pre_1_9_3 e552_ -1
 pre_1_9_3 e553_ -1
 pre_1_9_3 e556_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e559_ -1
 pre_1_10_0 e560_ -1
 pre_1_10_0 e563_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e566_ -1
 pre_1_10_1 e567_ -1
 pre_1_10_1 e570_ 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 e573_ -1
 pre_1_10_2 e574_ -1
 pre_1_10_2 e577_ 1
 pre_1_10_3 pre_definition_1_10_3 1
 pre_1_10_3 relu_1_10_3_above_pre 1
 pre_1_10_3 e580_ -1
 pre_1_10_3 e581_ -1
 pre_1_10_3 e584_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e587_ -1
 pre_1_11_0 e588_ -1
 pre_1_11_0 e591_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e594_ -1
 pre_1_11_1 e595_ -1
 pre_1_11_1 e598_ 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 e601_ -1
 pre_1_11_2 e602_ -1
 pre_1_11_2 e605_ 1
 pre_1_11_3 pre_definition_1_11_3 1
 pre_1_11_3 relu_1_11_3_above_pre 1
 pre_1_11_3 e608_ -1
 pre_1_11_3 e609_ -1
 pre_1_11_3 e612_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e615_ -1
 pre_1_12_0 e616_ -1
 pre_1_12_0 e619_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e622_ -1
 pre_1_12_1 e623_ -1
 pre_1_12_1 e626_ 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 e629_ -1
 pre_1_12_2 e630_ -1
 pre_1_12_2 e633_ 1
 pre_1_12_3 pre_definition_1_12_3 1
 pre_1_12_3 relu_1_12_3_above_pre 1
 pre_1_12_3 e636_ -1
 pre_1_12_3 e637_ -1
 pre_1_12_3 e640_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e643_ -1
 pre_1_13_0 e644_ -1
 pre_1_13_0 e647_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e650_ -1
 pre_1_13_1 e651_ -1
 pre_1_13_1 e654_ 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 e657_ -1
 pre_1_13_2 e658_ -1
 pre_1_13_2 e661_ 1
 pre_1_13_3 pre_definition_1_13_3 1
 pre_1_13_3 relu_1_13_3_above_pre 1
 pre_1_13_3 e664_ -1
 pre_1_13_3 e665_ -1
 pre_1_13_3 e668_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e671_ -1
 pre_1_14_0 e672_ -1
 pre_1_14_0 e675_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e678_ -1
 pre_1_14_1 e679_ -1
 pre_1_14_1 e682_ 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 e685_ -1
 pre_1_14_2 e686_ -1
 pre_1_14_2 e689_ 1
 pre_1_14_3 pre_definition_1_14_3 1
 pre_1_14_3 relu_1_14_3_above_pre 1
 pre_1_14_3 e692_ -1
 pre_1_14_3 e693_ -1
 pre_1_14_3 e696_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e699_ -1
 pre_1_15_0 e700_ -1
 pre_1_15_0 e703_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e706_ -1
 pre_1_15_1 e707_ -1
 pre_1_15_1 e710_ 1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_above_pre 1
 pre_1_15_2 e713_ -1
 pre_1_15_2 e714_ -1
 pre_1_15_2 e717_ 1
 pre_1_15_3 pre_definition_1_15_3 1
 pre_1_15_3 relu_1_15_3_above_pre 1
 pre_1_15_3 e720_ -1
 pre_1_15_3 e721_ -1
 pre_1_15_3 e724_ 1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre 1
 pre_1_16_0 e727_ -1
 pre_1_16_0 e728_ -1
 pre_1_16_0 e731_ 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre 1
 pre_1_16_1 e734_ -1
 pre_1_16_1 e735_ -1
 pre_1_16_1 e738_ 1
 pre_1_16_2 pre_definition_1_16_2 1
 pre_1_16_2 relu_1_16_2_above_pre 1
 pre_1_16_2 e741_ -1
 pre_1_16_2 e742_ -1
 pre_1_16_2 e745_ 1
 pre_1_16_3 pre_definition_1_16_3 1
 pre_1_16_3 relu_1_16_3_above_pre 1
 pre_1_16_3 e748_ -1
 pre_1_16_3 e749_ -1
 pre_1_16_3 e752_ 1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_above_pre 1
 pre_1_17_0 e755_ -1
 pre_1_17_0 e756_ -1
 pre_1_17_0 e759_ 1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_above_pre 1
 pre_1_17_1 e762_ -1
 pre_1_17_1 e763_ -1
 pre_1_17_1 e766_ 1
 pre_1_17_2 pre_definition_1_17_2 1
 pre_1_17_2 relu_1_17_2_above_pre 1
 pre_1_17_2 e769_ -1
 pre_1_17_2 e770_ -1
 pre_1_17_2 e773_ 1
 pre_1_17_3 pre_definition_1_17_3 1
 pre_1_17_3 relu_1_17_3_above_pre 1
 pre_1_17_3 e776_ -1
 pre_1_17_3 e777_ -1
 pre_1_17_3 e780_ 1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_above_pre 1
 pre_1_18_0 e783_ -1
 pre_1_18_0 e784_ -1
 pre_1_18_0 e787_ 1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_above_pre 1
 pre_1_18_1 e790_ -1
 pre_1_18_1 e791_ -1
 pre_1_18_1 e794_ 1
 pre_1_18_2 pre_definition_1_18_2 1
 pre_1_18_2 relu_1_18_2_above_pre 1
 pre_1_18_2 e797_ -1
 pre_1_18_2 e798_ -1
 pre_1_18_2 e801_ 1
 pre_1_18_3 pre_definition_1_18_3 1
 pre_1_18_3 relu_1_18_3_above_pre 1
 pre_1_18_3 e804_ -1
 pre_1_18_3 e805_ -1
 pre_1_18_3 e808_ 1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_above_pre 1
 pre_1_19_0 e811_ -1
 pre_1_19_0 e812_ -1
 pre_1_19_0 e815_ 1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_above_pre 1
 pre_1_19_1 e818_ -1
 pre_1_19_1 e819_ -1
 pre_1_19_1 e822_ 1
 pre_1_19_2 pre_definition_1_19_2 1
 pre_1_19_2 relu_1_19_2_above_pre 1
 pre_1_19_2 e825_ -1
 pre_1_19_2 e826_ -1
 pre_1_19_2 e829_ 1
 pre_1_19_3 pre_definition_1_19_3 1
 pre_1_19_3 relu_1_19_3_above_pre 1
 pre_1_19_3 e832_ -1
 pre_1_19_3 e833_ -1
 pre_1_19_3 e836_ 1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_above_pre 1
 pre_1_20_0 e839_ -1
 pre_1_20_0 e840_ -1
 pre_1_20_0 e843_ 1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_above_pre 1
 pre_1_20_1 e846_ -1
 pre_1_20_1 e847_ -1
 pre_1_20_1 e850_ 1
 pre_1_20_2 pre_definition_1_20_2 1
 pre_1_20_2 relu_1_20_2_above_pre 1
 pre_1_20_2 e853_ -1
 pre_1_20_2 e854_ -1
 pre_1_20_2 e857_ 1
 pre_1_20_3 pre_definition_1_20_3 1
 pre_1_20_3 relu_1_20_3_above_pre 1
 pre_1_20_3 e860_ -1
 pre_1_20_3 e861_ -1
 pre_1_20_3 e864_ 1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_above_pre 1
 pre_1_21_0 e867_ -1
 pre_1_21_0 e868_ -1
 pre_1_21_0 e871_ 1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_above_pre 1
 pre_1_21_1 e874_ -1
 pre_1_21_1 e875_ -1
 pre_1_21_1 e878_ 1
 pre_1_21_2 pre_definition_1_21_2 1
 pre_1_21_2 relu_1_21_2_above_pre 1
 pre_1_21_2 e881_ -1
 pre_1_21_2 e882_ -1
 pre_1_21_2 e885_ 1
 pre_1_21_3 pre_definition_1_21_3 1
 pre_1_21_3 relu_1_21_3_above_pre 1
 pre_1_21_3 e888_ -1
 pre_1_21_3 e889_ -1
 pre_1_21_3 e892_ 1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_above_pre 1
 pre_1_22_0 e895_ -1
 pre_1_22_0 e896_ -1
 pre_1_22_0 e899_ 1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_above_pre 1
 pre_1_22_1 e902_ -1
 pre_1_22_1 e903_ -1
 pre_1_22_1 e906_ 1
 pre_1_22_2 pre_definition_1_22_2 1
 pre_1_22_2 relu_1_22_2_above_pre 1
 pre_1_22_2 e909_ -1
 pre_1_22_2 e910_ -1
 pre_1_22_2 e913_ 1
 pre_1_22_3 pre_definition_1_22_3 1
 pre_1_22_3 relu_1_22_3_above_pre 1
 pre_1_22_3 e916_ -1
 pre_1_22_3 e917_ -1
 pre_1_22_3 e920_ 1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_above_pre 1
 pre_1_23_0 e923_ -1
 pre_1_23_0 e924_ -1
 pre_1_23_0 e927_ 1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_above_pre 1
 pre_1_23_1 e930_ -1
 pre_1_23_1 e931_ -1
 pre_1_23_1 e934_ 1
 pre_1_23_2 pre_definition_1_23_2 1
 pre_1_23_2 relu_1_23_2_above_pre 1
 pre_1_23_2 e937_ -1
 pre_1_23_2 e938_ -1
 pre_1_23_2 e941_ 1
 pre_1_23_3 pre_definition_1_23_3 1
 pre_1_23_3 relu_1_23_3_above_pre 1
 pre_1_23_3 e944_ -1
 pre_1_23_3 e945_ -1
 pre_1_23_3 e948_ 1
 pre_1_24_0 pre_definition_1_24_0 1
 pre_1_24_0 relu_1_24_0_above_pre 1
 pre_1_24_0 e951_ -1
 pre_1_24_0 e952_ -1
 pre_1_24_0 e955_ 1
 pre_1_24_1 pre_definition_1_24_1 1
 pre_1_24_1 relu_1_24_1_above_pre 1
 pre_1_24_1 e958_ -1
 pre_1_24_1 e959_ -1
 pre_1_24_1 e962_ 1
 pre_1_24_2 pre_definition_1_24_2 1
 pre_1_24_2 relu_1_24_2_above_pre 1
 pre_1_24_2 e965_ -1
 pre_1_24_2 e966_ -1
 pre_1_24_2 e969_ 1
 pre_1_24_3 pre_definition_1_24_3 1
 pre_1_24_3 relu_1_24_3_above_pre 1
 pre_1_24_3 e972_ -1
 pre_1_24_3 e973_ -1
 pre_1_24_3 e976_ 1
 pre_1_25_0 pre_definition_1_25_0 1
 pre_1_25_0 relu_1_25_0_above_pre 1
 pre_1_25_0 e979_ -1
 pre_1_25_0 e980_ -1
 pre_1_25_0 e983_ 1
 pre_1_25_1 pre_definition_1_25_1 1
 pre_1_25_1 relu_1_25_1_above_pre 1
 pre_1_25_1 e986_ -1
 pre_1_25_1 e987_ -1
 pre_1_25_1 e990_ 1
 pre_1_25_2 pre_definition_1_25_2 1
 pre_1_25_2 relu_1_25_2_above_pre 1
 pre_1_25_2 e993_ -1
 pre_1_25_2 e994_ -1
 pre_1_25_2 e997_ 1
 pre_1_25_3 pre_definition_1_25_3 1
 pre_1_25_3 relu_1_25_3_above_pre 1
 pre_1_25_3 e1000_ -1
 pre_1_25_3 e1001_ -1
 pre_1_25_3 e1004_ 1
 pre_1_26_0 pre_definition_1_26_0 1
 pre_1_26_0 relu_1_26_0_above_pre 1
 pre_1_26_0 e1007_ -1
 pre_1_26_0 e1008_ -1
 pre_1_26_0 e1011_ 1
 pre_1_26_1 pre_definition_1_26_1 1
 pre_1_26_1 relu_1_26_1_above_pre 1
 pre_1_26_1 e1014_ -1
 pre_1_26_1 e1015_ -1
 pre_1_26_1 e1018_ 1
 pre_1_26_2 pre_definition_1_26_2 1
 pre_1_26_2 relu_1_26_2_above_pre 1
 pre_1_26_2 e1021_ -1
 pre_1_26_2 e1022_ -1
 pre_1_26_2 e1025_ 1
 pre_1_26_3 pre_definition_1_26_3 1
 pre_1_26_3 relu_1_26_3_above_pre 1
 pre_1_26_3 e1028_ -1
 pre_1_26_3 e1029_ -1
 pre_1_26_3 e1032_ 1
 pre_1_27_0 pre_definition_1_27_0 1
 pre_1_27_0 relu_1_27_0_above_pre 1
 pre_1_27_0 e1035_ -1
 pre_1_27_0 e1036_ -1
 pre_1_27_0 e1039_ 1
 pre_1_27_1 pre_definition_1_27_1 1
 pre_1_27_1 relu_1_27_1_above_pre 1
 pre_1_27_1 e1042_ -1
 pre_1_27_1 e1043_ -1
 pre_1_27_1 e1046_ 1
 pre_1_27_2 pre_definition_1_27_2 1
 pre_1_27_2 relu_1_27_2_above_pre 1
 pre_1_27_2 e1049_ -1
 pre_1_27_2 e1050_ -1
 pre_1_27_2 e1053_ 1
 pre_1_27_3 pre_definition_1_27_3 1
 pre_1_27_3 relu_1_27_3_above_pre 1
 pre_1_27_3 e1056_ -1
 pre_1_27_3 e1057_ -1
 pre_1_27_3 e1060_ 1
 pre_1_28_0 pre_definition_1_28_0 1
 pre_1_28_0 relu_1_28_0_above_pre 1
 pre_1_28_0 e1063_ -1
 pre_1_28_0 e1064_ -1
 pre_1_28_0 e1067_ 1
 pre_1_28_1 pre_definition_1_28_1 1
 pre_1_28_1 relu_1_28_1_above_pre 1
 pre_1_28_1 e1070_ -1
 pre_1_28_1 e1071_ -1
 pre_1_28_1 e1074_ 1
 pre_1_28_2 pre_definition_1_28_2 1
 pre_1_28_2 relu_1_28_2_above_pre 1
 pre_1_28_2 e1077_ -1
 pre_1_28_2 e1078_ -1
 pre_1_28_2 e1081_ 1
 pre_1_28_3 pre_definition_1_28_3 1
 pre_1_28_3 relu_1_28_3_above_pre 1
 pre_1_28_3 e1084_ -1
 pre_1_28_3 e1085_ -1
 pre_1_28_3 e1088_ 1
 pre_1_29_0 pre_definition_1_29_0 1
 pre_1_29_0 relu_1_29_0_above_pre 1
 pre_1_29_0 e1091_ -1
 pre_1_29_0 e1092_ -1
 pre_1_29_0 e1095_ 1
 pre_1_29_1 pre_definition_1_29_1 1
 pre_1_29_1 relu_1_29_1_above_pre 1
 pre_1_29_1 e1098_ -1
 pre_1_29_1 e1099_ -1
 pre_1_29_1 e1102_ 1
 pre_1_29_2 pre_definition_1_29_2 1
 pre_1_29_2 relu_1_29_2_above_pre 1
 pre_1_29_2 e1105_ -1
 pre_1_29_2 e1106_ -1
 pre_1_29_2 e1109_ 1
 pre_1_29_3 pre_definition_1_29_3 1
 pre_1_29_3 relu_1_29_3_above_pre 1
 pre_1_29_3 e1112_ -1
 pre_1_29_3 e1113_ -1
 pre_1_29_3 e1116_ 1
 pre_1_30_0 pre_definition_1_30_0 1
 pre_1_30_0 relu_1_30_0_above_pre 1
 pre_1_30_0 e1119_ -1
 pre_1_30_0 e1120_ -1
 pre_1_30_0 e1123_ 1
 pre_1_30_1 pre_definition_1_30_1 1
 pre_1_30_1 relu_1_30_1_above_pre 1
 pre_1_30_1 e1126_ -1
 pre_1_30_1 e1127_ -1
 pre_1_30_1 e1130_ 1
 pre_1_30_2 pre_definition_1_30_2 1
 pre_1_30_2 relu_1_30_2_above_pre 1
 pre_1_30_2 e1133_ -1
 pre_1_30_2 e1134_ -1
 pre_1_30_2 e1137_ 1
 pre_1_30_3 pre_definition_1_30_3 1
 pre_1_30_3 relu_1_30_3_above_pre 1
 pre_1_30_3 e1140_ -1
 pre_1_30_3 e1141_ -1
 pre_1_30_3 e1144_ 1
 pre_1_31_0 pre_definition_1_31_0 1
 pre_1_31_0 relu_1_31_0_above_pre 1
 pre_1_31_0 e1147_ -1
 pre_1_31_0 e1148_ -1
 pre_1_31_0 e1151_ 1
 pre_1_31_1 pre_definition_1_31_1 1
 pre_1_31_1 relu_1_31_1_above_pre 1
 pre_1_31_1 e1154_ -1
 pre_1_31_1 e1155_ -1
 pre_1_31_1 e1158_ 1
 pre_1_31_2 pre_definition_1_31_2 1
 pre_1_31_2 relu_1_31_2_above_pre 1
 pre_1_31_2 e1161_ -1
 pre_1_31_2 e1162_ -1
 pre_1_31_2 e1165_ 1
 pre_1_31_3 pre_definition_1_31_3 1
 pre_1_31_3 relu_1_31_3_above_pre 1
 pre_1_31_3 e1168_ -1
 pre_1_31_3 e1169_ -1
 pre_1_31_3 e1172_ 1
 pre_1_32_0 pre_definition_1_32_0 1
 pre_1_32_0 relu_1_32_0_above_pre 1
 pre_1_32_0 e1175_ -1
 pre_1_32_0 e1176_ -1
 pre_1_32_0 e1179_ 1
 pre_1_32_1 pre_definition_1_32_1 1
 pre_1_32_1 relu_1_32_1_above_pre 1
 pre_1_32_1 e1182_ -1
 pre_1_32_1 e1183_ -1
 pre_1_32_1 e1186_ 1
 pre_1_32_2 pre_definition_1_32_2 1
 pre_1_32_2 relu_1_32_2_above_pre 1
 pre_1_32_2 e1189_ -1
 pre_1_32_2 e1190_ -1
 pre_1_32_2 e1193_ 1
 pre_1_32_3 pre_definition_1_32_3 1
 pre_1_32_3 relu_1_32_3_above_pre 1
 pre_1_32_3 e1196_ -1
 pre_1_32_3 e1197_ -1
 pre_1_32_3 e1200_ 1
 pre_1_33_0 pre_definition_1_33_0 1
 pre_1_33_0 relu_1_33_0_above_pre 1
 pre_1_33_0 e1203_ -1
 pre_1_33_0 e1204_ -1
 pre_1_33_0 e1207_ 1
 pre_1_33_1 pre_definition_1_33_1 1
 pre_1_33_1 relu_1_33_1_above_pre 1
 pre_1_33_1 e1210_ -1
 pre_1_33_1 e1211_ -1
 pre_1_33_1 e1214_ 1
 pre_1_33_2 pre_definition_1_33_2 1
 pre_1_33_2 relu_1_33_2_above_pre 1
 pre_1_33_2 e1217_ -1
 pre_1_33_2 e1218_ -1
 pre_1_33_2 e1221_ 1
 pre_1_33_3 pre_definition_1_33_3 1
 pre_1_33_3 relu_1_33_3_above_pre 1
 pre_1_33_3 e1224_ -1
 pre_1_33_3 e1225_ -1
 pre_1_33_3 e1228_ 1
 pre_1_34_0 pre_definition_1_34_0 1
 pre_1_34_0 relu_1_34_0_above_pre 1
 pre_1_34_0 e1231_ -1
 pre_1_34_0 e1232_ -1
 pre_1_34_0 e1235_ 1
 pre_1_34_1 pre_definition_1_34_1 1
 pre_1_34_1 relu_1_34_1_above_pre 1
 pre_1_34_1 e1238_ -1
 pre_1_34_1 e1239_ -1
 pre_1_34_1 e1242_ 1
 pre_1_34_2 pre_definition_1_34_2 1
 pre_1_34_2 relu_1_34_2_above_pre 1
 pre_1_34_2 e1245_ -1
 pre_1_34_2 e1246_ -1
 pre_1_34_2 e1249_ 1
 pre_1_34_3 pre_definition_1_34_3 1
 pre_1_34_3 relu_1_34_3_above_pre 1
 pre_1_34_3 e1252_ -1
 pre_1_34_3 e1253_ -1
 pre_1_34_3 e1256_ 1
 pre_1_35_0 pre_definition_1_35_0 1
 pre_1_35_0 relu_1_35_0_above_pre 1
 pre_1_35_0 e1259_ -1
 pre_1_35_0 e1260_ -1
 pre_1_35_0 e1263_ 1
 pre_1_35_1 pre_definition_1_35_1 1
 pre_1_35_1 relu_1_35_1_above_pre 1
 pre_1_35_1 e1266_ -1
 pre_1_35_1 e1267_ -1
 pre_1_35_1 e1270_ 1
 pre_1_35_2 pre_definition_1_35_2 1
 pre_1_35_2 relu_1_35_2_above_pre 1
 pre_1_35_2 e1273_ -1
 pre_1_35_2 e1274_ -1
 pre_1_35_2 e1277_ 1
 pre_1_35_3 pre_definition_1_35_3 1
 pre_1_35_3 relu_1_35_3_above_pre 1
 pre_1_35_3 e1280_ -1
 pre_1_35_3 e1281_ -1
 pre_1_35_3 e1284_ 1
 pre_1_36_0 pre_definition_1_36_0 1
 pre_1_36_0 relu_1_36_0_above_pre 1
 pre_1_36_0 e1287_ -1
 pre_1_36_0 e1288_ -1
 pre_1_36_0 e1291_ 1
 pre_1_36_1 pre_definition_1_36_1 1
 pre_1_36_1 relu_1_36_1_above_pre 1
 pre_1_36_1 e1294_ -1
 pre_1_36_1 e1295_ -1
 pre_1_36_1 e1298_ 1
 pre_1_36_2 pre_definition_1_36_2 1
 pre_1_36_2 relu_1_36_2_above_pre 1
 pre_1_36_2 e1301_ -1
 pre_1_36_2 e1302_ -1
 pre_1_36_2 e1305_ 1
 pre_1_36_3 pre_definition_1_36_3 1
 pre_1_36_3 relu_1_36_3_above_pre 1
 pre_1_36_3 e1308_ -1
 pre_1_36_3 e1309_ -1
 pre_1_36_3 e1312_ 1
 pre_1_37_0 pre_definition_1_37_0 1
 pre_1_37_0 relu_1_37_0_above_pre 1
 pre_1_37_0 e1315_ -1
 pre_1_37_0 e1316_ -1
 pre_1_37_0 e1319_ 1
 pre_1_37_1 pre_definition_1_37_1 1
 pre_1_37_1 relu_1_37_1_above_pre 1
 pre_1_37_1 e1322_ -1
 pre_1_37_1 e1323_ -1
 pre_1_37_1 e1326_ 1
 pre_1_37_2 pre_definition_1_37_2 1
 pre_1_37_2 relu_1_37_2_above_pre 1
 pre_1_37_2 e1329_ -1
 pre_1_37_2 e1330_ -1
 pre_1_37_2 e1333_ 1
 pre_1_37_3 pre_definition_1_37_3 1
 pre_1_37_3 relu_1_37_3_above_pre 1
 pre_1_37_3 e1336_ -1
 pre_1_37_3 e1337_ -1
 pre_1_37_3 e1340_ 1
 pre_1_38_0 pre_definition_1_38_0 1
 pre_1_38_0 relu_1_38_0_above_pre 1
 pre_1_38_0 e1343_ -1
 pre_1_38_0 e1344_ -1
 pre_1_38_0 e1347_ 1
 pre_1_38_1 pre_definition_1_38_1 1
 pre_1_38_1 relu_1_38_1_above_pre 1
 pre_1_38_1 e1350_ -1
 pre_1_38_1 e1351_ -1
 pre_1_38_1 e1354_ 1
 pre_1_38_2 pre_definition_1_38_2 1
 pre_1_38_2 relu_1_38_2_above_pre 1
 pre_1_38_2 e1357_ -1
 pre_1_38_2 e1358_ -1
 pre_1_38_2 e1361_ 1
 pre_1_38_3 pre_definition_1_38_3 1
 pre_1_38_3 relu_1_38_3_above_pre 1
 pre_1_38_3 e1364_ -1
 pre_1_38_3 e1365_ -1
 pre_1_38_3 e1368_ 1
 pre_1_39_0 pre_definition_1_39_0 1
 pre_1_39_0 relu_1_39_0_above_pre 1
 pre_1_39_0 e1371_ -1
 pre_1_39_0 e1372_ -1
 pre_1_39_0 e1375_ 1
 pre_1_39_1 pre_definition_1_39_1 1
 pre_1_39_1 relu_1_39_1_above_pre 1
 pre_1_39_1 e1378_ -1
 pre_1_39_1 e1379_ -1
 pre_1_39_1 e1382_ 1
 pre_1_39_2 pre_definition_1_39_2 1
 pre_1_39_2 relu_1_39_2_above_pre 1
 pre_1_39_2 e1385_ -1
 pre_1_39_2 e1386_ -1
 pre_1_39_2 e1389_ 1
 pre_1_39_3 pre_definition_1_39_3 1
 pre_1_39_3 relu_1_39_3_above_pre 1
 pre_1_39_3 e1392_ -1
 pre_1_39_3 e1393_ -1
 pre_1_39_3 e1396_ 1
 pre_1_40_0 pre_definition_1_40_0 1
 pre_1_40_0 relu_1_40_0_above_pre 1
 pre_1_40_0 e1399_ -1
 pre_1_40_0 e1400_ -1
 pre_1_40_0 e1403_ 1
 pre_1_40_1 pre_definition_1_40_1 1
 pre_1_40_1 relu_1_40_1_above_pre 1
 pre_1_40_1 e1406_ -1
 pre_1_40_1 e1407_ -1
 pre_1_40_1 e1410_ 1
 pre_1_40_2 pre_definition_1_40_2 1
 pre_1_40_2 relu_1_40_2_above_pre 1
 pre_1_40_2 e1413_ -1
 pre_1_40_2 e1414_ -1
 pre_1_40_2 e1417_ 1
 pre_1_40_3 pre_definition_1_40_3 1
 pre_1_40_3 relu_1_40_3_above_pre 1
 pre_1_40_3 e1420_ -1
 pre_1_40_3 e1421_ -1
 pre_1_40_3 e1424_ 1
 pre_1_41_0 pre_definition_1_41_0 1
 pre_1_41_0 relu_1_41_0_above_pre 1
 pre_1_41_0 e1427_ -1
 pre_1_41_0 e1428_ -1
 pre_1_41_0 e1431_ 1
 pre_1_41_1 pre_definition_1_41_1 1
 pre_1_41_1 relu_1_41_1_above_pre 1
 pre_1_41_1 e1434_ -1
 pre_1_41_1 e1435_ -1
 pre_1_41_1 e1438_ 1
 pre_1_41_2 pre_definition_1_41_2 1
 pre_1_41_2 relu_1_41_2_above_pre 1
 pre_1_41_2 e1441_ -1
 pre_1_41_2 e1442_ -1
 pre_1_41_2 e1445_ 1
 pre_1_41_3 pre_definition_1_41_3 1
 pre_1_41_3 relu_1_41_3_above_pre 1
 pre_1_41_3 e1448_ -1
 pre_1_41_3 e1449_ -1
 pre_1_41_3 e1452_ 1
 pre_1_42_0 pre_definition_1_42_0 1
 pre_1_42_0 relu_1_42_0_above_pre 1
 pre_1_42_0 e1455_ -1
 pre_1_42_0 e1456_ -1
 pre_1_42_0 e1459_ 1
 pre_1_42_1 pre_definition_1_42_1 1
 pre_1_42_1 relu_1_42_1_above_pre 1
 pre_1_42_1 e1462_ -1
 pre_1_42_1 e1463_ -1
 pre_1_42_1 e1466_ 1
 pre_1_42_2 pre_definition_1_42_2 1
 pre_1_42_2 relu_1_42_2_above_pre 1
 pre_1_42_2 e1469_ -1
 pre_1_42_2 e1470_ -1
 pre_1_42_2 e1473_ 1
 pre_1_42_3 pre_definition_1_42_3 1
 pre_1_42_3 relu_1_42_3_above_pre 1
 pre_1_42_3 e1476_ -1
 pre_1_42_3 e1477_ -1
 pre_1_42_3 e1480_ 1
 pre_1_43_0 pre_definition_1_43_0 1
 pre_1_43_0 relu_1_43_0_above_pre 1
 pre_1_43_0 e1483_ -1
 pre_1_43_0 e1484_ -1
 pre_1_43_0 e1487_ 1
 pre_1_43_1 pre_definition_1_43_1 1
 pre_1_43_1 relu_1_43_1_above_pre 1
 pre_1_43_1 e1490_ -1
 pre_1_43_1 e1491_ -1
 pre_1_43_1 e1494_ 1
 pre_1_43_2 pre_definition_1_43_2 1
 pre_1_43_2 relu_1_43_2_above_pre 1
 pre_1_43_2 e1497_ -1
 pre_1_43_2 e1498_ -1
 pre_1_43_2 e1501_ 1
 pre_1_43_3 pre_definition_1_43_3 1
 pre_1_43_3 relu_1_43_3_above_pre 1
 pre_1_43_3 e1504_ -1
 pre_1_43_3 e1505_ -1
 pre_1_43_3 e1508_ 1
 pre_1_44_0 pre_definition_1_44_0 1
 pre_1_44_0 relu_1_44_0_above_pre 1
 pre_1_44_0 e1511_ -1
 pre_1_44_0 e1512_ -1
 pre_1_44_0 e1515_ 1
 pre_1_44_1 pre_definition_1_44_1 1
 pre_1_44_1 relu_1_44_1_above_pre 1
 pre_1_44_1 e1518_ -1
 pre_1_44_1 e1519_ -1
 pre_1_44_1 e1522_ 1
 pre_1_44_2 pre_definition_1_44_2 1
 pre_1_44_2 relu_1_44_2_above_pre 1
 pre_1_44_2 e1525_ -1
 pre_1_44_2 e1526_ -1
 pre_1_44_2 e1529_ 1
 pre_1_44_3 pre_definition_1_44_3 1
 pre_1_44_3 relu_1_44_3_above_pre 1
 pre_1_44_3 e1532_ -1
 pre_1_44_3 e1533_ -1
 pre_1_44_3 e1536_ 1
 pre_1_45_0 pre_definition_1_45_0 1
 pre_1_45_0 relu_1_45_0_above_pre 1
 pre_1_45_0 e1539_ -1
 pre_1_45_0 e1540_ -1
 pre_1_45_0 e1543_ 1
 pre_1_45_1 pre_definition_1_45_1 1
 pre_1_45_1 relu_1_45_1_above_pre 1
 pre_1_45_1 e1546_ -1
 pre_1_45_1 e1547_ -1
 pre_1_45_1 e1550_ 1
 pre_1_45_2 pre_definition_1_45_2 1
 pre_1_45_2 relu_1_45_2_above_pre 1
 pre_1_45_2 e1553_ -1
 pre_1_45_2 e1554_ -1
 pre_1_45_2 e1557_ 1
 pre_1_45_3 pre_definition_1_45_3 1
 pre_1_45_3 relu_1_45_3_above_pre 1
 pre_1_45_3 e1560_ -1
 pre_1_45_3 e1561_ -1
 pre_1_45_3 e1564_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e279_ 1
 post_1_0_0 e280_ 1
 post_1_0_0 e281_ 1
 post_1_0_0 e282_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e286_ 1
 post_1_0_1 e287_ 1
 post_1_0_1 e288_ 1
 post_1_0_1 e289_ 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 e293_ 1
 post_1_0_2 e294_ 1
 post_1_0_2 e295_ 1
 post_1_0_2 e296_ 1
 post_1_0_3 relu_1_0_3_above_pre -1
 post_1_0_3 e300_ 1
 post_1_0_3 e301_ 1
 post_1_0_3 e302_ 1
 post_1_0_3 e303_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e307_ 1
 post_1_1_0 e308_ 1
 post_1_1_0 e309_ 1
 post_1_1_0 e310_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e314_ 1
 post_1_1_1 e315_ 1
 post_1_1_1 e316_ 1
 post_1_1_1 e317_ 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 e321_ 1
 post_1_1_2 e322_ 1
 post_1_1_2 e323_ 1
 post_1_1_2 e324_ 1
 post_1_1_3 relu_1_1_3_above_pre -1
 post_1_1_3 e328_ 1
 post_1_1_3 e329_ 1
 post_1_1_3 e330_ 1
 post_1_1_3 e331_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e335_ 1
 post_1_2_0 e336_ 1
 post_1_2_0 e337_ 1
 post_1_2_0 e338_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e342_ 1
 post_1_2_1 e343_ 1
 post_1_2_1 e344_ 1
 post_1_2_1 e345_ 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 e349_ 1
 post_1_2_2 e350_ 1
 post_1_2_2 e351_ 1
 post_1_2_2 e352_ 1
 post_1_2_3 relu_1_2_3_above_pre -1
 post_1_2_3 e356_ 1
 post_1_2_3 e357_ 1
 post_1_2_3 e358_ 1
 post_1_2_3 e359_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e363_ 1
 post_1_3_0 e364_ 1
 post_1_3_0 e365_ 1
 post_1_3_0 e366_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e370_ 1
 post_1_3_1 e371_ 1
 post_1_3_1 e372_ 1
 post_1_3_1 e373_ 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 e377_ 1
 post_1_3_2 e378_ 1
 post_1_3_2 e379_ 1
 post_1_3_2 e380_ 1
 post_1_3_3 relu_1_3_3_above_pre -1
 post_1_3_3 e384_ 1
 post_1_3_3 e385_ 1
 post_1_3_3 e386_ 1
 post_1_3_3 e387_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e391_ 1
 post_1_4_0 e392_ 1
 post_1_4_0 e393_ 1
 post_1_4_0 e394_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e398_ 1
 post_1_4_1 e399_ 1
 post_1_4_1 e400_ 1
 post_1_4_1 e401_ 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 e405_ 1
 post_1_4_2 e406_ 1
 post_1_4_2 e407_ 1
 post_1_4_2 e408_ 1
 post_1_4_3 relu_1_4_3_above_pre -1
 post_1_4_3 e412_ 1
 post_1_4_3 e413_ 1
 post_1_4_3 e414_ 1
 post_1_4_3 e415_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e419_ 1
 post_1_5_0 e420_ 1
 post_1_5_0 e421_ 1
 post_1_5_0 e422_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e426_ 1
 post_1_5_1 e427_ 1
 post_1_5_1 e428_ 1
 post_1_5_1 e429_ 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 e433_ 1
 post_1_5_2 e434_ 1
 post_1_5_2 e435_ 1
 post_1_5_2 e436_ 1
 post_1_5_3 relu_1_5_3_above_pre -1
 post_1_5_3 e440_ 1
 post_1_5_3 e441_ 1
 post_1_5_3 e442_ 1
 post_1_5_3 e443_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e447_ 1
 post_1_6_0 e448_ 1
 post_1_6_0 e449_ 1
 post_1_6_0 e450_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e454_ 1
 post_1_6_1 e455_ 1
 post_1_6_1 e456_ 1
 post_1_6_1 e457_ 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 e461_ 1
 post_1_6_2 e462_ 1
 post_1_6_2 e463_ 1
 post_1_6_2 e464_ 1
 post_1_6_3 relu_1_6_3_above_pre -1
 post_1_6_3 e468_ 1
 post_1_6_3 e469_ 1
 post_1_6_3 e470_ 1
 post_1_6_3 e471_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e475_ 1
 post_1_7_0 e476_ 1
 post_1_7_0 e477_ 1
 post_1_7_0 e478_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e482_ 1
 post_1_7_1 e483_ 1
 post_1_7_1 e484_ 1
 post_1_7_1 e485_ 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 e489_ 1
 post_1_7_2 e490_ 1
 post_1_7_2 e491_ 1
 post_1_7_2 e492_ 1
 post_1_7_3 relu_1_7_3_above_pre -1
 post_1_7_3 e496_ 1
 post_1_7_3 e497_ 1
 post_1_7_3 e498_ 1
 post_1_7_3 e499_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e503_ 1
 post_1_8_0 e504_ 1
 post_1_8_0 e505_ 1
 post_1_8_0 e506_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e510_ 1
 post_1_8_1 e511_ 1
 post_1_8_1 e512_ 1
 post_1_8_1 e513_ 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 e517_ 1
 post_1_8_2 e518_ 1
 post_1_8_2 e519_ 1
 post_1_8_2 e520_ 1
 post_1_8_3 relu_1_8_3_above_pre -1
 post_1_8_3 e524_ 1
 post_1_8_3 e525_ 1
 post_1_8_3 e526_ 1
 post_1_8_3 e527_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e531_ 1
 post_1_9_0 e532_ 1
 post_1_9_0 e533_ 1
 post_1_9_0 e534_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e538_ 1
 post_1_9_1 e539_ 1
 post_1_9_1 e540_ 1
 post_1_9_1 e541_ 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 e545_ 1
 post_1_9_2 e546_ 1
 post_1_9_2 e547_ 1
 post_1_9_2 e548_ 1
 post_1_9_3 relu_1_9_3_above_pre -1
 post_1_9_3 e552_ 1
 post_1_9_3 e553_ 1
 post_1_9_3 e554_ 1
 post_1_9_3 e555_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e559_ 1
 post_1_10_0 e560_ 1
 post_1_10_0 e561_ 1
 post_1_10_0 e562_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e566_ 1
 post_1_10_1 e567_ 1
 post_1_10_1 e568_ 1
 post_1_10_1 e569_ 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 e573_ 1
 post_1_10_2 e574_ 1
 post_1_10_2 e575_ 1
 post_1_10_2 e576_ 1
 post_1_10_3 relu_1_10_3_above_pre -1
 post_1_10_3 e580_ 1
 post_1_10_3 e581_ 1
 post_1_10_3 e582_ 1
 post_1_10_3 e583_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e587_ 1
 post_1_11_0 e588_ 1
 post_1_11_0 e589_ 1
 post_1_11_0 e590_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e594_ 1
 post_1_11_1 e595_ 1
 post_1_11_1 e596_ 1
 post_1_11_1 e597_ 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 e601_ 1
 post_1_11_2 e602_ 1
 post_1_11_2 e603_ 1
 post_1_11_2 e604_ 1
 post_1_11_3 relu_1_11_3_above_pre -1
 post_1_11_3 e608_ 1
 post_1_11_3 e609_ 1
 post_1_11_3 e610_ 1
 post_1_11_3 e611_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e615_ 1
 post_1_12_0 e616_ 1
 post_1_12_0 e617_ 1
 post_1_12_0 e618_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e622_ 1
 post_1_12_1 e623_ 1
 post_1_12_1 e624_ 1
 post_1_12_1 e625_ 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 e629_ 1
 post_1_12_2 e630_ 1
 post_1_12_2 e631_ 1
 post_1_12_2 e632_ 1
 post_1_12_3 relu_1_12_3_above_pre -1
 post_1_12_3 e636_ 1
 post_1_12_3 e637_ 1
 post_1_12_3 e638_ 1
 post_1_12_3 e639_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e643_ 1
 post_1_13_0 e644_ 1
 post_1_13_0 e645_ 1
 post_1_13_0 e646_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e650_ 1
 post_1_13_1 e651_ 1
 post_1_13_1 e652_ 1
 post_1_13_1 e653_ 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 e657_ 1
 post_1_13_2 e658_ 1
 post_1_13_2 e659_ 1
 post_1_13_2 e660_ 1
 post_1_13_3 relu_1_13_3_above_pre -1
 post_1_13_3 e664_ 1
 post_1_13_3 e665_ 1
 post_1_13_3 e666_ 1
 post_1_13_3 e667_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e671_ 1
 post_1_14_0 e672_ 1
 post_1_14_0 e673_ 1
 post_1_14_0 e674_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e678_ 1
 post_1_14_1 e679_ 1
 post_1_14_1 e680_ 1
 post_1_14_1 e681_ 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 e685_ 1
 post_1_14_2 e686_ 1
 post_1_14_2 e687_ 1
 post_1_14_2 e688_ 1
 post_1_14_3 relu_1_14_3_above_pre -1
 post_1_14_3 e692_ 1
 post_1_14_3 e693_ 1
 post_1_14_3 e694_ 1
 post_1_14_3 e695_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e699_ 1
 post_1_15_0 e700_ 1
 post_1_15_0 e701_ 1
 post_1_15_0 e702_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e706_ 1
 post_1_15_1 e707_ 1
 post_1_15_1 e708_ 1
 post_1_15_1 e709_ 1
 post_1_15_2 relu_1_15_2_above_pre -1
 post_1_15_2 e713_ 1
 post_1_15_2 e714_ 1
 post_1_15_2 e715_ 1
 post_1_15_2 e716_ 1
 post_1_15_3 relu_1_15_3_above_pre -1
 post_1_15_3 e720_ 1
 post_1_15_3 e721_ 1
 post_1_15_3 e722_ 1
 post_1_15_3 e723_ 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 e727_ 1
 post_1_16_0 e728_ 1
 post_1_16_0 e729_ 1
 post_1_16_0 e730_ 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 e734_ 1
 post_1_16_1 e735_ 1
 post_1_16_1 e736_ 1
 post_1_16_1 e737_ 1
 post_1_16_2 relu_1_16_2_above_pre -1
 post_1_16_2 e741_ 1
 post_1_16_2 e742_ 1
 post_1_16_2 e743_ 1
 post_1_16_2 e744_ 1
 post_1_16_3 relu_1_16_3_above_pre -1
 post_1_16_3 e748_ 1
 post_1_16_3 e749_ 1
 post_1_16_3 e750_ 1
 post_1_16_3 e751_ 1
 post_1_17_0 relu_1_17_0_above_pre -1
 post_1_17_0 e755_ 1
 post_1_17_0 e756_ 1
 post_1_17_0 e757_ 1
 post_1_17_0 e758_ 1
 post_1_17_1 relu_1_17_1_above_pre -1
 post_1_17_1 e762_ 1
 post_1_17_1 e763_ 1
 post_1_17_1 e764_ 1
 post_1_17_1 e765_ 1
 post_1_17_2 relu_1_17_2_above_pre -1
 post_1_17_2 e769_ 1
 post_1_17_2 e770_ 1
 post_1_17_2 e771_ 1
 post_1_17_2 e772_ 1
 post_1_17_3 relu_1_17_3_above_pre -1
 post_1_17_3 e776_ 1
 post_1_17_3 e777_ 1
 post_1_17_3 e778_ 1
 post_1_17_3 e779_ 1
 post_1_18_0 relu_1_18_0_above_pre -1
 post_1_18_0 e783_ 1
 post_1_18_0 e784_ 1
 post_1_18_0 e785_ 1
 post_1_18_0 e786_ 1
 post_1_18_1 relu_1_18_1_above_pre -1
 post_1_18_1 e790_ 1
 post_1_18_1 e791_ 1
 post_1_18_1 e792_ 1
 post_1_18_1 e793_ 1
 post_1_18_2 relu_1_18_2_above_pre -1
 post_1_18_2 e797_ 1
 post_1_18_2 e798_ 1
 post_1_18_2 e799_ 1
 post_1_18_2 e800_ 1
 post_1_18_3 relu_1_18_3_above_pre -1
 post_1_18_3 e804_ 1
 post_1_18_3 e805_ 1
 post_1_18_3 e806_ 1
 post_1_18_3 e807_ 1
 post_1_19_0 relu_1_19_0_above_pre -1
 post_1_19_0 e811_ 1
 post_1_19_0 e812_ 1
 post_1_19_0 e813_ 1
 post_1_19_0 e814_ 1
 post_1_19_1 relu_1_19_1_above_pre -1
 post_1_19_1 e818_ 1
 post_1_19_1 e819_ 1
 post_1_19_1 e820_ 1
 post_1_19_1 e821_ 1
 post_1_19_2 relu_1_19_2_above_pre -1
 post_1_19_2 e825_ 1
 post_1_19_2 e826_ 1
 post_1_19_2 e827_ 1
 post_1_19_2 e828_ 1
 post_1_19_3 relu_1_19_3_above_pre -1
 post_1_19_3 e832_ 1
 post_1_19_3 e833_ 1
 post_1_19_3 e834_ 1
 post_1_19_3 e835_ 1
 post_1_20_0 relu_1_20_0_above_pre -1
 post_1_20_0 e839_ 1
 post_1_20_0 e840_ 1
 post_1_20_0 e841_ 1
 post_1_20_0 e842_ 1
 post_1_20_1 relu_1_20_1_above_pre -1
 post_1_20_1 e846_ 1
 post_1_20_1 e847_ 1
 post_1_20_1 e848_ 1
 post_1_20_1 e849_ 1
 post_1_20_2 relu_1_20_2_above_pre -1
 post_1_20_2 e853_ 1
 post_1_20_2 e854_ 1
 post_1_20_2 e855_ 1
 post_1_20_2 e856_ 1
 post_1_20_3 relu_1_20_3_above_pre -1
 post_1_20_3 e860_ 1
 post_1_20_3 e861_ 1
 post_1_20_3 e862_ 1
 post_1_20_3 e863_ 1
 post_1_21_0 relu_1_21_0_above_pre -1
 post_1_21_0 e867_ 1
 post_1_21_0 e868_ 1
 post_1_21_0 e869_ 1
 post_1_21_0 e870_ 1
 post_1_21_1 relu_1_21_1_above_pre -1
 post_1_21_1 e874_ 1
 post_1_21_1 e875_ 1
 post_1_21_1 e876_ 1
 post_1_21_1 e877_ 1
 post_1_21_2 relu_1_21_2_above_pre -1
 post_1_21_2 e881_ 1
 post_1_21_2 e882_ 1
 post_1_21_2 e883_ 1
 post_1_21_2 e884_ 1
 post_1_21_3 relu_1_21_3_above_pre -1
 post_1_21_3 e888_ 1
 post_1_21_3 e889_ 1
 post_1_21_3 e890_ 1
 post_1_21_3 e891_ 1
 post_1_22_0 relu_1_22_0_above_pre -1
 post_1_22_0 e895_ 1
 post_1_22_0 e896_ 1
 post_1_22_0 e897_ 1
 post_1_22_0 e898_ 1
 post_1_22_1 relu_1_22_1_above_pre -1
 post_1_22_1 e902_ 1
 post_1_22_1 e903_ 1
 post_1_22_1 e904_ 1
 post_1_22_1 e905_ 1
 post_1_22_2 relu_1_22_2_above_pre -1
 post_1_22_2 e909_ 1
 post_1_22_2 e910_ 1
 post_1_22_2 e911_ 1
 post_1_22_2 e912_ 1
 post_1_22_3 relu_1_22_3_above_pre -1
 post_1_22_3 e916_ 1
 post_1_22_3 e917_ 1
 post_1_22_3 e918_ 1
 post_1_22_3 e919_ 1
 post_1_23_0 relu_1_23_0_above_pre -1
 post_1_23_0 e923_ 1
 post_1_23_0 e924_ 1
 post_1_23_0 e925_ 1
 post_1_23_0 e926_ 1
 post_1_23_1 relu_1_23_1_above_pre -1
 post_1_23_1 e930_ 1
 post_1_23_1 e931_ 1
 post_1_23_1 e932_ 1
 post_1_23_1 e933_ 1
 post_1_23_2 relu_1_23_2_above_pre -1
 post_1_23_2 e937_ 1
 post_1_23_2 e938_ 1
 post_1_23_2 e939_ 1
 post_1_23_2 e940_ 1
 post_1_23_3 relu_1_23_3_above_pre -1
 post_1_23_3 e944_ 1
 post_1_23_3 e945_ 1
 post_1_23_3 e946_ 1
 post_1_23_3 e947_ 1
 post_1_24_0 relu_1_24_0_above_pre -1
 post_1_24_0 e951_ 1
 post_1_24_0 e952_ 1
 post_1_24_0 e953_ 1
 post_1_24_0 e954_ 1
 post_1_24_1 relu_1_24_1_above_pre -1
 post_1_24_1 e958_ 1
 post_1_24_1 e959_ 1
 post_1_24_1 e960_ 1
 post_1_24_1 e961_ 1
 post_1_24_2 relu_1_24_2_above_pre -1
 post_1_24_2 e965_ 1
 post_1_24_2 e966_ 1
 post_1_24_2 e967_ 1
 post_1_24_2 e968_ 1
 post_1_24_3 relu_1_24_3_above_pre -1
 post_1_24_3 e972_ 1
 post_1_24_3 e973_ 1
 post_1_24_3 e974_ 1
 post_1_24_3 e975_ 1
 post_1_25_0 relu_1_25_0_above_pre -1
 post_1_25_0 e979_ 1
 post_1_25_0 e980_ 1
 post_1_25_0 e981_ 1
 post_1_25_0 e982_ 1
 post_1_25_1 relu_1_25_1_above_pre -1
 post_1_25_1 e986_ 1
 post_1_25_1 e987_ 1
 post_1_25_1 e988_ 1
 post_1_25_1 e989_ 1
 post_1_25_2 relu_1_25_2_above_pre -1
 post_1_25_2 e993_ 1
 post_1_25_2 e994_ 1
 post_1_25_2 e995_ 1
 post_1_25_2 e996_ 1
 post_1_25_3 relu_1_25_3_above_pre -1
 post_1_25_3 e1000_ 1
 post_1_25_3 e1001_ 1
 post_1_25_3 e1002_ 1
 post_1_25_3 e1003_ 1
 post_1_26_0 relu_1_26_0_above_pre -1
 post_1_26_0 e1007_ 1
 post_1_26_0 e1008_ 1
 post_1_26_0 e1009_ 1
 post_1_26_0 e1010_ 1
 post_1_26_1 relu_1_26_1_above_pre -1
 post_1_26_1 e1014_ 1
 post_1_26_1 e1015_ 1
 post_1_26_1 e1016_ 1
 post_1_26_1 e1017_ 1
 post_1_26_2 relu_1_26_2_above_pre -1
 post_1_26_2 e1021_ 1
 post_1_26_2 e1022_ 1
 post_1_26_2 e1023_ 1
 post_1_26_2 e1024_ 1
 post_1_26_3 relu_1_26_3_above_pre -1
 post_1_26_3 e1028_ 1
 post_1_26_3 e1029_ 1
 post_1_26_3 e1030_ 1
 post_1_26_3 e1031_ 1
 post_1_27_0 relu_1_27_0_above_pre -1
 post_1_27_0 e1035_ 1
 post_1_27_0 e1036_ 1
 post_1_27_0 e1037_ 1
 post_1_27_0 e1038_ 1
 post_1_27_1 relu_1_27_1_above_pre -1
 post_1_27_1 e1042_ 1
 post_1_27_1 e1043_ 1
 post_1_27_1 e1044_ 1
 post_1_27_1 e1045_ 1
 post_1_27_2 relu_1_27_2_above_pre -1
 post_1_27_2 e1049_ 1
 post_1_27_2 e1050_ 1
 post_1_27_2 e1051_ 1
 post_1_27_2 e1052_ 1
 post_1_27_3 relu_1_27_3_above_pre -1
 post_1_27_3 e1056_ 1
 post_1_27_3 e1057_ 1
 post_1_27_3 e1058_ 1
 post_1_27_3 e1059_ 1
 post_1_28_0 relu_1_28_0_above_pre -1
 post_1_28_0 e1063_ 1
 post_1_28_0 e1064_ 1
 post_1_28_0 e1065_ 1
 post_1_28_0 e1066_ 1
 post_1_28_1 relu_1_28_1_above_pre -1
 post_1_28_1 e1070_ 1
 post_1_28_1 e1071_ 1
 post_1_28_1 e1072_ 1
 post_1_28_1 e1073_ 1
 post_1_28_2 relu_1_28_2_above_pre -1
 post_1_28_2 e1077_ 1
 post_1_28_2 e1078_ 1
 post_1_28_2 e1079_ 1
 post_1_28_2 e1080_ 1
 post_1_28_3 relu_1_28_3_above_pre -1
 post_1_28_3 e1084_ 1
 post_1_28_3 e1085_ 1
 post_1_28_3 e1086_ 1
 post_1_28_3 e1087_ 1
 post_1_29_0 relu_1_29_0_above_pre -1
 post_1_29_0 e1091_ 1
 post_1_29_0 e1092_ 1
 post_1_29_0 e1093_ 1
 post_1_29_0 e1094_ 1
 post_1_29_1 relu_1_29_1_above_pre -1
 post_1_29_1 e1098_ 1
 post_1_29_1 e1099_ 1
 post_1_29_1 e1100_ 1
 post_1_29_1 e1101_ 1
 post_1_29_2 relu_1_29_2_above_pre -1
 post_1_29_2 e1105_ 1
 post_1_29_2 e1106_ 1
 post_1_29_2 e1107_ 1
 post_1_29_2 e1108_ 1
 post_1_29_3 relu_1_29_3_above_pre -1
 post_1_29_3 e1112_ 1
 post_1_29_3 e1113_ 1
 post_1_29_3 e1114_ 1
 post_1_29_3 e1115_ 1
 post_1_30_0 relu_1_30_0_above_pre -1
 post_1_30_0 e1119_ 1
 post_1_30_0 e1120_ 1
 post_1_30_0 e1121_ 1
 post_1_30_0 e1122_ 1
 post_1_30_1 relu_1_30_1_above_pre -1
 post_1_30_1 e1126_ 1
 post_1_30_1 e1127_ 1
 post_1_30_1 e1128_ 1
 post_1_30_1 e1129_ 1
 post_1_30_2 relu_1_30_2_above_pre -1
 post_1_30_2 e1133_ 1
 post_1_30_2 e1134_ 1
 post_1_30_2 e1135_ 1
 post_1_30_2 e1136_ 1
 post_1_30_3 relu_1_30_3_above_pre -1
 post_1_30_3 e1140_ 1
 post_1_30_3 e1141_ 1
 post_1_30_3 e1142_ 1
 post_1_30_3 e1143_ 1
 post_1_31_0 relu_1_31_0_above_pre -1
 post_1_31_0 e1147_ 1
 post_1_31_0 e1148_ 1
 post_1_31_0 e1149_ 1
 post_1_31_0 e1150_ 1
 post_1_31_1 relu_1_31_1_above_pre -1
 post_1_31_1 e1154_ 1
 post_1_31_1 e1155_ 1
 post_1_31_1 e1156_ 1
 post_1_31_1 e1157_ 1
 post_1_31_2 relu_1_31_2_above_pre -1
 post_1_31_2 e1161_ 1
 post_1_31_2 e1162_ 1
 post_1_31_2 e1163_ 1
 post_1_31_2 e1164_ 1
 post_1_31_3 relu_1_31_3_above_pre -1
 post_1_31_3 e1168_ 1
 post_1_31_3 e1169_ 1
 post_1_31_3 e1170_ 1
 post_1_31_3 e1171_ 1
 post_1_32_0 relu_1_32_0_above_pre -1
 post_1_32_0 e1175_ 1
 post_1_32_0 e1176_ 1
 post_1_32_0 e1177_ 1
 post_1_32_0 e1178_ 1
 post_1_32_1 relu_1_32_1_above_pre -1
 post_1_32_1 e1182_ 1
 post_1_32_1 e1183_ 1
 post_1_32_1 e1184_ 1
 post_1_32_1 e1185_ 1
 post_1_32_2 relu_1_32_2_above_pre -1
 post_1_32_2 e1189_ 1
 post_1_32_2 e1190_ 1
 post_1_32_2 e1191_ 1
 post_1_32_2 e1192_ 1
 post_1_32_3 relu_1_32_3_above_pre -1
 post_1_32_3 e1196_ 1
 post_1_32_3 e1197_ 1
 post_1_32_3 e1198_ 1
 post_1_32_3 e1199_ 1
 post_1_33_0 relu_1_33_0_above_pre -1
 post_1_33_0 e1203_ 1
 post_1_33_0 e1204_ 1
 post_1_33_0 e1205_ 1
 post_1_33_0 e1206_ 1
 post_1_33_1 relu_1_33_1_above_pre -1
 post_1_33_1 e1210_ 1
 post_1_33_1 e1211_ 1
 post_1_33_1 e1212_ 1
 post_1_33_1 e1213_ 1
 post_1_33_2 relu_1_33_2_above_pre -1
 post_1_33_2 e1217_ 1
 post_1_33_2 e1218_ 1
 post_1_33_2 e1219_ 1
 post_1_33_2 e1220_ 1
 post_1_33_3 relu_1_33_3_above_pre -1
 post_1_33_3 e1224_ 1
 post_1_33_3 e1225_ 1
 post_1_33_3 e1226_ 1
 post_1_33_3 e1227_ 1
 post_1_34_0 relu_1_34_0_above_pre -1
 post_1_34_0 e1231_ 1
 post_1_34_0 e1232_ 1
 post_1_34_0 e1233_ 1
 post_1_34_0 e1234_ 1
 post_1_34_1 relu_1_34_1_above_pre -1
 post_1_34_1 e1238_ 1
 post_1_34_1 e1239_ 1
 post_1_34_1 e1240_ 1
 post_1_34_1 e1241_ 1
 post_1_34_2 relu_1_34_2_above_pre -1
 post_1_34_2 e1245_ 1
 post_1_34_2 e1246_ 1
 post_1_34_2 e1247_ 1
 post_1_34_2 e1248_ 1
 post_1_34_3 relu_1_34_3_above_pre -1
 post_1_34_3 e1252_ 1
 post_1_34_3 e1253_ 1
 post_1_34_3 e1254_ 1
 post_1_34_3 e1255_ 1
 post_1_35_0 relu_1_35_0_above_pre -1
 post_1_35_0 e1259_ 1
 post_1_35_0 e1260_ 1
 post_1_35_0 e1261_ 1
 post_1_35_0 e1262_ 1
 post_1_35_1 relu_1_35_1_above_pre -1
 post_1_35_1 e1266_ 1
 post_1_35_1 e1267_ 1
 post_1_35_1 e1268_ 1
 post_1_35_1 e1269_ 1
 post_1_35_2 relu_1_35_2_above_pre -1
 post_1_35_2 e1273_ 1
 post_1_35_2 e1274_ 1
 post_1_35_2 e1275_ 1
 post_1_35_2 e1276_ 1
 post_1_35_3 relu_1_35_3_above_pre -1
 post_1_35_3 e1280_ 1
 post_1_35_3 e1281_ 1
 post_1_35_3 e1282_ 1
 post_1_35_3 e1283_ 1
 post_1_36_0 relu_1_36_0_above_pre -1
 post_1_36_0 e1287_ 1
 post_1_36_0 e1288_ 1
 post_1_36_0 e1289_ 1
 post_1_36_0 e1290_ 1
 post_1_36_1 relu_1_36_1_above_pre -1
 post_1_36_1 e1294_ 1
 post_1_36_1 e1295_ 1
 post_1_36_1 e1296_ 1
 post_1_36_1 e1297_ 1
 post_1_36_2 relu_1_36_2_above_pre -1
 post_1_36_2 e1301_ 1
 post_1_36_2 e1302_ 1
 post_1_36_2 e1303_ 1
 post_1_36_2 e1304_ 1
 post_1_36_3 relu_1_36_3_above_pre -1
 post_1_36_3 e1308_ 1
 post_1_36_3 e1309_ 1
 post_1_36_3 e1310_ 1
 post_1_36_3 e1311_ 1
 post_1_37_0 relu_1_37_0_above_pre -1
 post_1_37_0 e1315_ 1
 post_1_37_0 e1316_ 1
 post_1_37_0 e1317_ 1
 post_1_37_0 e1318_ 1
 post_1_37_1 relu_1_37_1_above_pre -1
 post_1_37_1 e1322_ 1
 post_1_37_1 e1323_ 1
 post_1_37_1 e1324_ 1
 post_1_37_1 e1325_ 1
 post_1_37_2 relu_1_37_2_above_pre -1
 post_1_37_2 e1329_ 1
 post_1_37_2 e1330_ 1
 post_1_37_2 e1331_ 1
 post_1_37_2 e1332_ 1
 post_1_37_3 relu_1_37_3_above_pre -1
 post_1_37_3 e1336_ 1
 post_1_37_3 e1337_ 1
 post_1_37_3 e1338_ 1
 post_1_37_3 e1339_ 1
 post_1_38_0 relu_1_38_0_above_pre -1
 post_1_38_0 e1343_ 1
 post_1_38_0 e1344_ 1
 post_1_38_0 e1345_ 1
 post_1_38_0 e1346_ 1
 post_1_38_1 relu_1_38_1_above_pre -1
 post_1_38_1 e1350_ 1
 post_1_38_1 e1351_ 1
 post_1_38_1 e1352_ 1
 post_1_38_1 e1353_ 1
 post_1_38_2 relu_1_38_2_above_pre -1
 post_1_38_2 e1357_ 1
 post_1_38_2 e1358_ 1
 post_1_38_2 e1359_ 1
 post_1_38_2 e1360_ 1
 post_1_38_3 relu_1_38_3_above_pre -1
 post_1_38_3 e1364_ 1
 post_1_38_3 e1365_ 1
 post_1_38_3 e1366_ 1
 post_1_38_3 e1367_ 1
 post_1_39_0 relu_1_39_0_above_pre -1
 post_1_39_0 e1371_ 1
 post_1_39_0 e1372_ 1
 post_1_39_0 e1373_ 1
 post_1_39_0 e1374_ 1
 post_1_39_1 relu_1_39_1_above_pre -1
 post_1_39_1 e1378_ 1
 post_1_39_1 e1379_ 1
 post_1_39_1 e1380_ 1
 post_1_39_1 e1381_ 1
 post_1_39_2 relu_1_39_2_above_pre -1
 post_1_39_2 e1385_ 1
 post_1_39_2 e1386_ 1
 post_1_39_2 e1387_ 1
 post_1_39_2 e1388_ 1
 post_1_39_3 relu_1_39_3_above_pre -1
 post_1_39_3 e1392_ 1
 post_1_39_3 e1393_ 1
 post_1_39_3 e1394_ 1
 post_1_39_3 e1395_ 1
 post_1_40_0 relu_1_40_0_above_pre -1
 post_1_40_0 e1399_ 1
 post_1_40_0 e1400_ 1
 post_1_40_0 e1401_ 1
 post_1_40_0 e1402_ 1
 post_1_40_1 relu_1_40_1_above_pre -1
 post_1_40_1 e1406_ 1
 post_1_40_1 e1407_ 1
 post_1_40_1 e1408_ 1
 post_1_40_1 e1409_ 1
 post_1_40_2 relu_1_40_2_above_pre -1
 post_1_40_2 e1413_ 1
 post_1_40_2 e1414_ 1
 post_1_40_2 e1415_ 1
 post_1_40_2 e1416_ 1
 post_1_40_3 relu_1_40_3_above_pre -1
 post_1_40_3 e1420_ 1
 post_1_40_3 e1421_ 1
 post_1_40_3 e1422_ 1
 post_1_40_3 e1423_ 1
 post_1_41_0 relu_1_41_0_above_pre -1
 post_1_41_0 e1427_ 1
 post_1_41_0 e1428_ 1
 post_1_41_0 e1429_ 1
 post_1_41_0 e1430_ 1
 post_1_41_1 relu_1_41_1_above_pre -1
 post_1_41_1 e1434_ 1
 post_1_41_1 e1435_ 1
 post_1_41_1 e1436_ 1
 post_1_41_1 e1437_ 1
 post_1_41_2 relu_1_41_2_above_pre -1
 post_1_41_2 e1441_ 1
 post_1_41_2 e1442_ 1
 post_1_41_2 e1443_ 1
 post_1_41_2 e1444_ 1
 post_1_41_3 relu_1_41_3_above_pre -1
 post_1_41_3 e1448_ 1
 post_1_41_3 e1449_ 1
 post_1_41_3 e1450_ 1
 post_1_41_3 e1451_ 1
 post_1_42_0 relu_1_42_0_above_pre -1
 post_1_42_0 e1455_ 1
 post_1_42_0 e1456_ 1
 post_1_42_0 e1457_ 1
 post_1_42_0 e1458_ 1
 post_1_42_1 relu_1_42_1_above_pre -1
 post_1_42_1 e1462_ 1
 post_1_42_1 e1463_ 1
 post_1_42_1 e1464_ 1
 post_1_42_1 e1465_ 1
 post_1_42_2 relu_1_42_2_above_pre -1
 post_1_42_2 e1469_ 1
 post_1_42_2 e1470_ 1
 post_1_42_2 e1471_ 1
 post_1_42_2 e1472_ 1
 post_1_42_3 relu_1_42_3_above_pre -1
 post_1_42_3 e1476_ 1
 post_1_42_3 e1477_ 1
 post_1_42_3 e1478_ 1
 post_1_42_3 e1479_ 1
 post_1_43_0 relu_1_43_0_above_pre -1
 post_1_43_0 e1483_ 1
 post_1_43_0 e1484_ 1
 post_1_43_0 e1485_ 1
 post_1_43_0 e1486_ 1
 post_1_43_1 relu_1_43_1_above_pre -1
 post_1_43_1 e1490_ 1
 post_1_43_1 e1491_ 1
 post_1_43_1 e1492_ 1
 post_1_43_1 e1493_ 1
 post_1_43_2 relu_1_43_2_above_pre -1
 post_1_43_2 e1497_ 1
 post_1_43_2 e1498_ 1
 post_1_43_2 e1499_ 1
 post_1_43_2 e1500_ 1
 post_1_43_3 relu_1_43_3_above_pre -1
 post_1_43_3 e1504_ 1
 post_1_43_3 e1505_ 1
 post_1_43_3 e1506_ 1
 post_1_43_3 e1507_ 1
 post_1_44_0 relu_1_44_0_above_pre -1
 post_1_44_0 e1511_ 1
 post_1_44_0 e1512_ 1
 post_1_44_0 e1513_ 1
 post_1_44_0 e1514_ 1
 post_1_44_1 relu_1_44_1_above_pre -1
 post_1_44_1 e1518_ 1
 post_1_44_1 e1519_ 1
 post_1_44_1 e1520_ 1
 post_1_44_1 e1521_ 1
 post_1_44_2 relu_1_44_2_above_pre -1
 post_1_44_2 e1525_ 1
 post_1_44_2 e1526_ 1
 post_1_44_2 e1527_ 1
 post_1_44_2 e1528_ 1
 post_1_44_3 relu_1_44_3_above_pre -1
 post_1_44_3 e1532_ 1
 post_1_44_3 e1533_ 1
 post_1_44_3 e1534_ 1
 post_1_44_3 e1535_ 1
 post_1_45_0 relu_1_45_0_above_pre -1
 post_1_45_0 e1539_ 1
 post_1_45_0 e1540_ 1
 post_1_45_0 e1541_ 1
 post_1_45_0 e1542_ 1
 post_1_45_1 relu_1_45_1_above_pre -1
 post_1_45_1 e1546_ 1
 post_1_45_1 e1547_ 1
 post_1_45_1 e1548_ 1
 post_1_45_1 e1549_ 1
 post_1_45_2 relu_1_45_2_above_pre -1
 post_1_45_2 e1553_ 1
 post_1_45_2 e1554_ 1
 post_1_45_2 e1555_ 1
 post_1_45_2 e1556_ 1
 post_1_45_3 relu_1_45_3_above_pre -1
 post_1_45_3 e1560_ 1
 post_1_45_3 e1561_ 1
 post_1_45_3 e1562_ 1
 post_1_45_3 e1563_ 1
 out_0_0 out_definition_0_0 1
 out_0_1 out_definition_0_1 1
 out_1_0 out_definition_1_0 1
 out_1_1 out_definition_1_1 1
 out_2_0 out_definition_2_0 1
 out_2_1 out_definition_2_1 1
 out_3_0 out_definition_3_0 1
 out_3_1 out_definition_3_1 1
 out_4_0 out_definition_4_0 1
 out_4_1 out_definition_4_1 1
 out_5_0 out_definition_5_0 1
 out_5_1 out_definition_5_1 1
 out_6_0 out_definition_6_0 1
 out_6_1 out_definition_6_1 1
 out_7_0 out_definition_7_0 1
 out_7_1 out_definition_7_1 1
 out_8_0 out_definition_8_0 1
 out_8_1 out_definition_8_1 1
 out_9_0 obj -0.25
 out_9_0 out_definition_9_0 1
 out_9_1 out_definition_9_1 1
 out_10_0 obj -0.25
 out_10_0 out_definition_10_0 1
 out_10_1 out_definition_10_1 1
 out_11_0 obj -0.25
 out_11_0 out_definition_11_0 1
 out_11_1 out_definition_11_1 1
 out_12_0 obj -0.5
 out_12_0 out_definition_12_0 1
 out_12_1 out_definition_12_1 1
 out_13_0 obj -0.5
 out_13_0 out_definition_13_0 1
 out_13_1 out_definition_13_1 1
 out_14_0 obj -0.5
 out_14_0 out_definition_14_0 1
 out_14_1 out_definition_14_1 1
 out_15_0 obj -0.75
 out_15_0 out_definition_15_0 1
 out_15_1 out_definition_15_1 1
 out_16_0 obj -0.75
 out_16_0 out_definition_16_0 1
 out_16_1 out_definition_16_1 1
 out_17_0 obj -0.75
 out_17_0 out_definition_17_0 1
 out_17_1 out_definition_17_1 1
 out_18_0 obj -1
 out_18_0 out_definition_18_0 1
 out_18_1 out_definition_18_1 1
 out_19_0 obj -1
 out_19_0 out_definition_19_0 1
 out_19_1 out_definition_19_1 1
 out_20_0 obj -1
 out_20_0 out_definition_20_0 1
 out_20_1 out_definition_20_1 1
 out_21_0 obj -2
 out_21_0 out_definition_21_0 1
 out_21_1 out_definition_21_1 1
 out_22_0 obj -2
 out_22_0 out_definition_22_0 1
 out_22_1 out_definition_22_1 1
 out_23_0 obj -2
 out_23_0 out_definition_23_0 1
 out_23_1 out_definition_23_1 1
 out_24_0 obj -1
 out_24_0 out_definition_24_0 1
 out_24_1 out_definition_24_1 1
 out_25_0 obj -1
 out_25_0 out_definition_25_0 1
 out_25_1 out_definition_25_1 1
 out_26_0 obj -1
 out_26_0 out_definition_26_0 1
 out_26_1 out_definition_26_1 1
 out_27_0 obj -0.75
 out_27_0 out_definition_27_0 1
 out_27_1 out_definition_27_1 1
 out_28_0 obj -0.75
 out_28_0 out_definition_28_0 1
 out_28_1 out_definition_28_1 1
 out_29_0 obj -0.75
 out_29_0 out_definition_29_0 1
 out_29_1 out_definition_29_1 1
 out_30_0 obj -0.5
 out_30_0 out_definition_30_0 1
 out_30_1 out_definition_30_1 1
 out_31_0 obj -0.5
 out_31_0 out_definition_31_0 1
 out_31_1 out_definition_31_1 1
 out_32_0 obj -0.5
 out_32_0 out_definition_32_0 1
 out_32_1 out_definition_32_1 1
 out_33_0 obj -0.25
 out_33_0 out_definition_33_0 1
 out_33_1 out_definition_33_1 1
 out_34_0 obj -0.25
 out_34_0 out_definition_34_0 1
 out_34_1 out_definition_34_1 1
 out_35_0 obj -0.25
 out_35_0 out_definition_35_0 1
 out_35_1 out_definition_35_1 1
 out_36_0 out_definition_36_0 1
 out_36_1 out_definition_36_1 1
 out_37_0 out_definition_37_0 1
 out_37_1 out_definition_37_1 1
 out_38_0 out_definition_38_0 1
 out_38_1 out_definition_38_1 1
 out_39_0 out_definition_39_0 1
 out_39_1 out_definition_39_1 1
 out_40_0 out_definition_40_0 1
 out_40_1 out_definition_40_1 1
 out_41_0 out_definition_41_0 1
 out_41_1 out_definition_41_1 1
 out_42_0 out_definition_42_0 1
 out_42_1 out_definition_42_1 1
 out_43_0 out_definition_43_0 1
 out_43_1 out_definition_43_1 1
 out_44_0 out_definition_44_0 1
 out_44_1 out_definition_44_1 1
 out_45_0 obj -1.4444444444444444
 out_45_0 out_definition_45_0 1
 out_45_1 out_definition_45_1 1
 M482 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e279_ -59.04058006174029
 relu_1_0_0_on_binary_indicator_var e280_ 118.08116012348059
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e282_ 59.04058006174029
 relu_1_0_0_off_binary_indicator_var e283_ 59.04058006174029
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e286_ -59.04058006174029
 relu_1_0_1_on_binary_indicator_var e287_ 118.08116012348059
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e289_ 59.04058006174029
 relu_1_0_1_off_binary_indicator_var e290_ 59.04058006174029
 relu_1_0_2_on_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_on_binary_indicator_var e293_ -59.04058006174029
 relu_1_0_2_on_binary_indicator_var e294_ 118.08116012348059
 relu_1_0_2_off_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_off_binary_indicator_var e296_ 59.04058006174029
 relu_1_0_2_off_binary_indicator_var e297_ 59.04058006174029
 relu_1_0_3_on_binary_indicator_var relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_3_on_binary_indicator_var e300_ -59.04058006174029
 relu_1_0_3_on_binary_indicator_var e301_ 118.08116012348059
 relu_1_0_3_off_binary_indicator_var relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_3_off_binary_indicator_var e303_ 59.04058006174029
 relu_1_0_3_off_binary_indicator_var e304_ 59.04058006174029
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e307_ -65.20281019432989
 relu_1_1_0_on_binary_indicator_var e308_ 130.40562038865977
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e310_ 65.20281019432989
 relu_1_1_0_off_binary_indicator_var e311_ 65.20281019432989
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e314_ -65.20281019432989
 relu_1_1_1_on_binary_indicator_var e315_ 130.40562038865977
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e317_ 65.20281019432989
 relu_1_1_1_off_binary_indicator_var e318_ 65.20281019432989
 relu_1_1_2_on_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_on_binary_indicator_var e321_ -65.20281019432989
 relu_1_1_2_on_binary_indicator_var e322_ 130.40562038865977
 relu_1_1_2_off_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_off_binary_indicator_var e324_ 65.20281019432989
 relu_1_1_2_off_binary_indicator_var e325_ 65.20281019432989
 relu_1_1_3_on_binary_indicator_var relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_3_on_binary_indicator_var e328_ -65.20281019432989
 relu_1_1_3_on_binary_indicator_var e329_ 130.40562038865977
 relu_1_1_3_off_binary_indicator_var relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_3_off_binary_indicator_var e331_ 65.20281019432989
 relu_1_1_3_off_binary_indicator_var e332_ 65.20281019432989
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e335_ -71.36504032691947
 relu_1_2_0_on_binary_indicator_var e336_ 142.73008065383894
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e338_ 71.36504032691947
 relu_1_2_0_off_binary_indicator_var e339_ 71.36504032691947
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e342_ -71.36504032691947
 relu_1_2_1_on_binary_indicator_var e343_ 142.73008065383894
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e345_ 71.36504032691947
 relu_1_2_1_off_binary_indicator_var e346_ 71.36504032691947
 relu_1_2_2_on_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_on_binary_indicator_var e349_ -71.36504032691947
 relu_1_2_2_on_binary_indicator_var e350_ 142.73008065383894
 relu_1_2_2_off_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_off_binary_indicator_var e352_ 71.36504032691947
 relu_1_2_2_off_binary_indicator_var e353_ 71.36504032691947
 relu_1_2_3_on_binary_indicator_var relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_3_on_binary_indicator_var e356_ -71.36504032691947
 relu_1_2_3_on_binary_indicator_var e357_ 142.73008065383894
 relu_1_2_3_off_binary_indicator_var relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_3_off_binary_indicator_var e359_ 71.36504032691947
 relu_1_2_3_off_binary_indicator_var e360_ 71.36504032691947
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e363_ -56.66745344306795
 relu_1_3_0_on_binary_indicator_var e364_ 113.3349068861359
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e366_ 56.66745344306795
 relu_1_3_0_off_binary_indicator_var e367_ 56.66745344306795
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e370_ -56.66745344306795
 relu_1_3_1_on_binary_indicator_var e371_ 113.3349068861359
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e373_ 56.66745344306795
 relu_1_3_1_off_binary_indicator_var e374_ 56.66745344306795
 relu_1_3_2_on_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_on_binary_indicator_var e377_ -56.66745344306795
 relu_1_3_2_on_binary_indicator_var e378_ 113.3349068861359
 relu_1_3_2_off_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_off_binary_indicator_var e380_ 56.66745344306795
 relu_1_3_2_off_binary_indicator_var e381_ 56.66745344306795
 relu_1_3_3_on_binary_indicator_var relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_3_on_binary_indicator_var e384_ -56.66745344306795
 relu_1_3_3_on_binary_indicator_var e385_ 113.3349068861359
 relu_1_3_3_off_binary_indicator_var relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_3_off_binary_indicator_var e387_ 56.66745344306795
 relu_1_3_3_off_binary_indicator_var e388_ 56.66745344306795
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e391_ -62.82968357565754
 relu_1_4_0_on_binary_indicator_var e392_ 125.65936715131508
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e394_ 62.82968357565754
 relu_1_4_0_off_binary_indicator_var e395_ 62.82968357565754
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e398_ -62.82968357565754
 relu_1_4_1_on_binary_indicator_var e399_ 125.65936715131508
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e401_ 62.82968357565754
 relu_1_4_1_off_binary_indicator_var e402_ 62.82968357565754
 relu_1_4_2_on_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_on_binary_indicator_var e405_ -62.82968357565754
 relu_1_4_2_on_binary_indicator_var e406_ 125.65936715131508
 relu_1_4_2_off_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_off_binary_indicator_var e408_ 62.82968357565754
 relu_1_4_2_off_binary_indicator_var e409_ 62.82968357565754
 relu_1_4_3_on_binary_indicator_var relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_3_on_binary_indicator_var e412_ -62.82968357565754
 relu_1_4_3_on_binary_indicator_var e413_ 125.65936715131508
 relu_1_4_3_off_binary_indicator_var relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_3_off_binary_indicator_var e415_ 62.82968357565754
 relu_1_4_3_off_binary_indicator_var e416_ 62.82968357565754
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e419_ -68.99191370824713
 relu_1_5_0_on_binary_indicator_var e420_ 137.98382741649425
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e422_ 68.99191370824713
 relu_1_5_0_off_binary_indicator_var e423_ 68.99191370824713
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e426_ -68.99191370824713
 relu_1_5_1_on_binary_indicator_var e427_ 137.98382741649425
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e429_ 68.99191370824713
 relu_1_5_1_off_binary_indicator_var e430_ 68.99191370824713
 relu_1_5_2_on_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_on_binary_indicator_var e433_ -68.99191370824713
 relu_1_5_2_on_binary_indicator_var e434_ 137.98382741649425
 relu_1_5_2_off_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_off_binary_indicator_var e436_ 68.99191370824713
 relu_1_5_2_off_binary_indicator_var e437_ 68.99191370824713
 relu_1_5_3_on_binary_indicator_var relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_3_on_binary_indicator_var e440_ -68.99191370824713
 relu_1_5_3_on_binary_indicator_var e441_ 137.98382741649425
 relu_1_5_3_off_binary_indicator_var relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_3_off_binary_indicator_var e443_ 68.99191370824713
 relu_1_5_3_off_binary_indicator_var e444_ 68.99191370824713
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e447_ -54.294326824395604
 relu_1_6_0_on_binary_indicator_var e448_ 108.58865364879121
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e450_ 54.294326824395604
 relu_1_6_0_off_binary_indicator_var e451_ 54.294326824395604
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e454_ -54.294326824395604
 relu_1_6_1_on_binary_indicator_var e455_ 108.58865364879121
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e457_ 54.294326824395604
 relu_1_6_1_off_binary_indicator_var e458_ 54.294326824395604
 relu_1_6_2_on_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_on_binary_indicator_var e461_ -54.294326824395604
 relu_1_6_2_on_binary_indicator_var e462_ 108.58865364879121
 relu_1_6_2_off_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_off_binary_indicator_var e464_ 54.294326824395604
 relu_1_6_2_off_binary_indicator_var e465_ 54.294326824395604
 relu_1_6_3_on_binary_indicator_var relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_3_on_binary_indicator_var e468_ -54.294326824395604
 relu_1_6_3_on_binary_indicator_var e469_ 108.58865364879121
 relu_1_6_3_off_binary_indicator_var relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_3_off_binary_indicator_var e471_ 54.294326824395604
 relu_1_6_3_off_binary_indicator_var e472_ 54.294326824395604
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e475_ -60.45655695698519
 relu_1_7_0_on_binary_indicator_var e476_ 120.91311391397038
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e478_ 60.45655695698519
 relu_1_7_0_off_binary_indicator_var e479_ 60.45655695698519
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e482_ -60.45655695698519
 relu_1_7_1_on_binary_indicator_var e483_ 120.91311391397038
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e485_ 60.45655695698519
 relu_1_7_1_off_binary_indicator_var e486_ 60.45655695698519
 relu_1_7_2_on_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_on_binary_indicator_var e489_ -60.45655695698519
 relu_1_7_2_on_binary_indicator_var e490_ 120.91311391397038
 relu_1_7_2_off_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_off_binary_indicator_var e492_ 60.45655695698519
 relu_1_7_2_off_binary_indicator_var e493_ 60.45655695698519
 relu_1_7_3_on_binary_indicator_var relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_3_on_binary_indicator_var e496_ -60.45655695698519
 relu_1_7_3_on_binary_indicator_var e497_ 120.91311391397038
 relu_1_7_3_off_binary_indicator_var relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_3_off_binary_indicator_var e499_ 60.45655695698519
 relu_1_7_3_off_binary_indicator_var e500_ 60.45655695698519
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e503_ -66.61878708957478
 relu_1_8_0_on_binary_indicator_var e504_ 133.23757417914956
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e506_ 66.61878708957478
 relu_1_8_0_off_binary_indicator_var e507_ 66.61878708957478
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e510_ -66.61878708957478
 relu_1_8_1_on_binary_indicator_var e511_ 133.23757417914956
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e513_ 66.61878708957478
 relu_1_8_1_off_binary_indicator_var e514_ 66.61878708957478
 relu_1_8_2_on_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_on_binary_indicator_var e517_ -66.61878708957478
 relu_1_8_2_on_binary_indicator_var e518_ 133.23757417914956
 relu_1_8_2_off_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_off_binary_indicator_var e520_ 66.61878708957478
 relu_1_8_2_off_binary_indicator_var e521_ 66.61878708957478
 relu_1_8_3_on_binary_indicator_var relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_3_on_binary_indicator_var e524_ -66.61878708957478
 relu_1_8_3_on_binary_indicator_var e525_ 133.23757417914956
 relu_1_8_3_off_binary_indicator_var relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_3_off_binary_indicator_var e527_ 66.61878708957478
 relu_1_8_3_off_binary_indicator_var e528_ 66.61878708957478
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e531_ -48.36151027771475
 relu_1_9_0_on_binary_indicator_var e532_ 96.7230205554295
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e534_ 48.36151027771475
 relu_1_9_0_off_binary_indicator_var e535_ 48.36151027771475
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e538_ -48.36151027771475
 relu_1_9_1_on_binary_indicator_var e539_ 96.7230205554295
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e541_ 48.36151027771475
 relu_1_9_1_off_binary_indicator_var e542_ 48.36151027771475
 relu_1_9_2_on_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_on_binary_indicator_var e545_ -48.36151027771475
 relu_1_9_2_on_binary_indicator_var e546_ 96.7230205554295
 relu_1_9_2_off_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_off_binary_indicator_var e548_ 48.36151027771475
 relu_1_9_2_off_binary_indicator_var e549_ 48.36151027771475
 relu_1_9_3_on_binary_indicator_var relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_3_on_binary_indicator_var e552_ -48.36151027771475
 relu_1_9_3_on_binary_indicator_var e553_ 96.7230205554295
 relu_1_9_3_off_binary_indicator_var relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_3_off_binary_indicator_var e555_ 48.36151027771475
 relu_1_9_3_off_binary_indicator_var e556_ 48.36151027771475
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e559_ -54.52374041030434
 relu_1_10_0_on_binary_indicator_var e560_ 109.04748082060868
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e562_ 54.52374041030434
 relu_1_10_0_off_binary_indicator_var e563_ 54.52374041030434
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e566_ -54.52374041030434
 relu_1_10_1_on_binary_indicator_var e567_ 109.04748082060868
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e569_ 54.52374041030434
 relu_1_10_1_off_binary_indicator_var e570_ 54.52374041030434
 relu_1_10_2_on_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_on_binary_indicator_var e573_ -54.52374041030434
 relu_1_10_2_on_binary_indicator_var e574_ 109.04748082060868
 relu_1_10_2_off_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_off_binary_indicator_var e576_ 54.52374041030434
 relu_1_10_2_off_binary_indicator_var e577_ 54.52374041030434
 relu_1_10_3_on_binary_indicator_var relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_3_on_binary_indicator_var e580_ -54.52374041030434
 relu_1_10_3_on_binary_indicator_var e581_ 109.04748082060868
 relu_1_10_3_off_binary_indicator_var relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_3_off_binary_indicator_var e583_ 54.52374041030434
 relu_1_10_3_off_binary_indicator_var e584_ 54.52374041030434
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e587_ -60.68597054289393
 relu_1_11_0_on_binary_indicator_var e588_ 121.37194108578785
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e590_ 60.68597054289393
 relu_1_11_0_off_binary_indicator_var e591_ 60.68597054289393
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e594_ -60.68597054289393
 relu_1_11_1_on_binary_indicator_var e595_ 121.37194108578785
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e597_ 60.68597054289393
 relu_1_11_1_off_binary_indicator_var e598_ 60.68597054289393
 relu_1_11_2_on_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_on_binary_indicator_var e601_ -60.68597054289393
 relu_1_11_2_on_binary_indicator_var e602_ 121.37194108578785
 relu_1_11_2_off_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_off_binary_indicator_var e604_ 60.68597054289393
 relu_1_11_2_off_binary_indicator_var e605_ 60.68597054289393
 relu_1_11_3_on_binary_indicator_var relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_3_on_binary_indicator_var e608_ -60.68597054289393
 relu_1_11_3_on_binary_indicator_var e609_ 121.37194108578785
 relu_1_11_3_off_binary_indicator_var relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_3_off_binary_indicator_var e611_ 60.68597054289393
 relu_1_11_3_off_binary_indicator_var e612_ 60.68597054289393
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e615_ -47.17494696837858
 relu_1_12_0_on_binary_indicator_var e616_ 94.34989393675716
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e618_ 47.17494696837858
 relu_1_12_0_off_binary_indicator_var e619_ 47.17494696837858
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e622_ -47.17494696837858
 relu_1_12_1_on_binary_indicator_var e623_ 94.34989393675716
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e625_ 47.17494696837858
 relu_1_12_1_off_binary_indicator_var e626_ 47.17494696837858
 relu_1_12_2_on_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_on_binary_indicator_var e629_ -47.17494696837858
 relu_1_12_2_on_binary_indicator_var e630_ 94.34989393675716
 relu_1_12_2_off_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_off_binary_indicator_var e632_ 47.17494696837858
 relu_1_12_2_off_binary_indicator_var e633_ 47.17494696837858
 relu_1_12_3_on_binary_indicator_var relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_3_on_binary_indicator_var e636_ -47.17494696837858
 relu_1_12_3_on_binary_indicator_var e637_ 94.34989393675716
 relu_1_12_3_off_binary_indicator_var relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_3_off_binary_indicator_var e639_ 47.17494696837858
 relu_1_12_3_off_binary_indicator_var e640_ 47.17494696837858
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e643_ -53.33717710096817
 relu_1_13_0_on_binary_indicator_var e644_ 106.67435420193634
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e646_ 53.33717710096817
 relu_1_13_0_off_binary_indicator_var e647_ 53.33717710096817
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e650_ -53.33717710096817
 relu_1_13_1_on_binary_indicator_var e651_ 106.67435420193634
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e653_ 53.33717710096817
 relu_1_13_1_off_binary_indicator_var e654_ 53.33717710096817
 relu_1_13_2_on_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_on_binary_indicator_var e657_ -53.33717710096817
 relu_1_13_2_on_binary_indicator_var e658_ 106.67435420193634
 relu_1_13_2_off_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_off_binary_indicator_var e660_ 53.33717710096817
 relu_1_13_2_off_binary_indicator_var e661_ 53.33717710096817
 relu_1_13_3_on_binary_indicator_var relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_3_on_binary_indicator_var e664_ -53.33717710096817
 relu_1_13_3_on_binary_indicator_var e665_ 106.67435420193634
 relu_1_13_3_off_binary_indicator_var relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_3_off_binary_indicator_var e667_ 53.33717710096817
 relu_1_13_3_off_binary_indicator_var e668_ 53.33717710096817
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e671_ -59.49940723355775
 relu_1_14_0_on_binary_indicator_var e672_ 118.9988144671155
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e674_ 59.49940723355775
 relu_1_14_0_off_binary_indicator_var e675_ 59.49940723355775
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e678_ -59.49940723355775
 relu_1_14_1_on_binary_indicator_var e679_ 118.9988144671155
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e681_ 59.49940723355775
 relu_1_14_1_off_binary_indicator_var e682_ 59.49940723355775
 relu_1_14_2_on_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_on_binary_indicator_var e685_ -59.49940723355775
 relu_1_14_2_on_binary_indicator_var e686_ 118.9988144671155
 relu_1_14_2_off_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_off_binary_indicator_var e688_ 59.49940723355775
 relu_1_14_2_off_binary_indicator_var e689_ 59.49940723355775
 relu_1_14_3_on_binary_indicator_var relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_3_on_binary_indicator_var e692_ -59.49940723355775
 relu_1_14_3_on_binary_indicator_var e693_ 118.9988144671155
 relu_1_14_3_off_binary_indicator_var relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_3_off_binary_indicator_var e695_ 59.49940723355775
 relu_1_14_3_off_binary_indicator_var e696_ 59.49940723355775
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e699_ -45.988383659042405
 relu_1_15_0_on_binary_indicator_var e700_ 91.97676731808481
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e702_ 45.988383659042405
 relu_1_15_0_off_binary_indicator_var e703_ 45.988383659042405
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e706_ -45.988383659042405
 relu_1_15_1_on_binary_indicator_var e707_ 91.97676731808481
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e709_ 45.988383659042405
 relu_1_15_1_off_binary_indicator_var e710_ 45.988383659042405
 relu_1_15_2_on_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_on_binary_indicator_var e713_ -45.988383659042405
 relu_1_15_2_on_binary_indicator_var e714_ 91.97676731808481
 relu_1_15_2_off_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_off_binary_indicator_var e716_ 45.988383659042405
 relu_1_15_2_off_binary_indicator_var e717_ 45.988383659042405
 relu_1_15_3_on_binary_indicator_var relu_1_15_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_3_on_binary_indicator_var e720_ -45.988383659042405
 relu_1_15_3_on_binary_indicator_var e721_ 91.97676731808481
 relu_1_15_3_off_binary_indicator_var relu_1_15_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_3_off_binary_indicator_var e723_ 45.988383659042405
 relu_1_15_3_off_binary_indicator_var e724_ 45.988383659042405
 relu_1_16_0_on_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_on_binary_indicator_var e727_ -52.15061379163199
 relu_1_16_0_on_binary_indicator_var e728_ 104.30122758326398
 relu_1_16_0_off_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_off_binary_indicator_var e730_ 52.15061379163199
 relu_1_16_0_off_binary_indicator_var e731_ 52.15061379163199
 relu_1_16_1_on_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_on_binary_indicator_var e734_ -52.15061379163199
 relu_1_16_1_on_binary_indicator_var e735_ 104.30122758326398
 relu_1_16_1_off_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_off_binary_indicator_var e737_ 52.15061379163199
 relu_1_16_1_off_binary_indicator_var e738_ 52.15061379163199
 relu_1_16_2_on_binary_indicator_var relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_2_on_binary_indicator_var e741_ -52.15061379163199
 relu_1_16_2_on_binary_indicator_var e742_ 104.30122758326398
 relu_1_16_2_off_binary_indicator_var relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_2_off_binary_indicator_var e744_ 52.15061379163199
 relu_1_16_2_off_binary_indicator_var e745_ 52.15061379163199
 relu_1_16_3_on_binary_indicator_var relu_1_16_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_3_on_binary_indicator_var e748_ -52.15061379163199
 relu_1_16_3_on_binary_indicator_var e749_ 104.30122758326398
 relu_1_16_3_off_binary_indicator_var relu_1_16_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_3_off_binary_indicator_var e751_ 52.15061379163199
 relu_1_16_3_off_binary_indicator_var e752_ 52.15061379163199
 relu_1_17_0_on_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_on_binary_indicator_var e755_ -58.31284392422158
 relu_1_17_0_on_binary_indicator_var e756_ 116.62568784844316
 relu_1_17_0_off_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_off_binary_indicator_var e758_ 58.31284392422158
 relu_1_17_0_off_binary_indicator_var e759_ 58.31284392422158
 relu_1_17_1_on_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_on_binary_indicator_var e762_ -58.31284392422158
 relu_1_17_1_on_binary_indicator_var e763_ 116.62568784844316
 relu_1_17_1_off_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_off_binary_indicator_var e765_ 58.31284392422158
 relu_1_17_1_off_binary_indicator_var e766_ 58.31284392422158
 relu_1_17_2_on_binary_indicator_var relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_2_on_binary_indicator_var e769_ -58.31284392422158
 relu_1_17_2_on_binary_indicator_var e770_ 116.62568784844316
 relu_1_17_2_off_binary_indicator_var relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_2_off_binary_indicator_var e772_ 58.31284392422158
 relu_1_17_2_off_binary_indicator_var e773_ 58.31284392422158
 relu_1_17_3_on_binary_indicator_var relu_1_17_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_3_on_binary_indicator_var e776_ -58.31284392422158
 relu_1_17_3_on_binary_indicator_var e777_ 116.62568784844316
 relu_1_17_3_off_binary_indicator_var relu_1_17_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_3_off_binary_indicator_var e779_ 58.31284392422158
 relu_1_17_3_off_binary_indicator_var e780_ 58.31284392422158
 relu_1_18_0_on_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_on_binary_indicator_var e783_ -44.80182034970623
 relu_1_18_0_on_binary_indicator_var e784_ 89.60364069941247
 relu_1_18_0_off_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_off_binary_indicator_var e786_ 44.80182034970623
 relu_1_18_0_off_binary_indicator_var e787_ 44.80182034970623
 relu_1_18_1_on_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_on_binary_indicator_var e790_ -44.80182034970623
 relu_1_18_1_on_binary_indicator_var e791_ 89.60364069941247
 relu_1_18_1_off_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_off_binary_indicator_var e793_ 44.80182034970623
 relu_1_18_1_off_binary_indicator_var e794_ 44.80182034970623
 relu_1_18_2_on_binary_indicator_var relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_2_on_binary_indicator_var e797_ -44.80182034970623
 relu_1_18_2_on_binary_indicator_var e798_ 89.60364069941247
 relu_1_18_2_off_binary_indicator_var relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_2_off_binary_indicator_var e800_ 44.80182034970623
 relu_1_18_2_off_binary_indicator_var e801_ 44.80182034970623
 relu_1_18_3_on_binary_indicator_var relu_1_18_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_3_on_binary_indicator_var e804_ -44.80182034970623
 relu_1_18_3_on_binary_indicator_var e805_ 89.60364069941247
 relu_1_18_3_off_binary_indicator_var relu_1_18_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_3_off_binary_indicator_var e807_ 44.80182034970623
 relu_1_18_3_off_binary_indicator_var e808_ 44.80182034970623
 relu_1_19_0_on_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_on_binary_indicator_var e811_ -50.964050482295825
 relu_1_19_0_on_binary_indicator_var e812_ 101.92810096459165
 relu_1_19_0_off_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_off_binary_indicator_var e814_ 50.964050482295825
 relu_1_19_0_off_binary_indicator_var e815_ 50.964050482295825
 relu_1_19_1_on_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_on_binary_indicator_var e818_ -50.964050482295825
 relu_1_19_1_on_binary_indicator_var e819_ 101.92810096459165
 relu_1_19_1_off_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_off_binary_indicator_var e821_ 50.964050482295825
 relu_1_19_1_off_binary_indicator_var e822_ 50.964050482295825
 relu_1_19_2_on_binary_indicator_var relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_2_on_binary_indicator_var e825_ -50.964050482295825
 relu_1_19_2_on_binary_indicator_var e826_ 101.92810096459165
 relu_1_19_2_off_binary_indicator_var relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_2_off_binary_indicator_var e828_ 50.964050482295825
 relu_1_19_2_off_binary_indicator_var e829_ 50.964050482295825
 relu_1_19_3_on_binary_indicator_var relu_1_19_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_3_on_binary_indicator_var e832_ -50.964050482295825
 relu_1_19_3_on_binary_indicator_var e833_ 101.92810096459165
 relu_1_19_3_off_binary_indicator_var relu_1_19_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_3_off_binary_indicator_var e835_ 50.964050482295825
 relu_1_19_3_off_binary_indicator_var e836_ 50.964050482295825
 relu_1_20_0_on_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_on_binary_indicator_var e839_ -57.12628061488541
 relu_1_20_0_on_binary_indicator_var e840_ 114.25256122977082
 relu_1_20_0_off_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_off_binary_indicator_var e842_ 57.12628061488541
 relu_1_20_0_off_binary_indicator_var e843_ 57.12628061488541
 relu_1_20_1_on_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_on_binary_indicator_var e846_ -57.12628061488541
 relu_1_20_1_on_binary_indicator_var e847_ 114.25256122977082
 relu_1_20_1_off_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_off_binary_indicator_var e849_ 57.12628061488541
 relu_1_20_1_off_binary_indicator_var e850_ 57.12628061488541
 relu_1_20_2_on_binary_indicator_var relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_2_on_binary_indicator_var e853_ -57.12628061488541
 relu_1_20_2_on_binary_indicator_var e854_ 114.25256122977082
 relu_1_20_2_off_binary_indicator_var relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_2_off_binary_indicator_var e856_ 57.12628061488541
 relu_1_20_2_off_binary_indicator_var e857_ 57.12628061488541
 relu_1_20_3_on_binary_indicator_var relu_1_20_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_3_on_binary_indicator_var e860_ -57.12628061488541
 relu_1_20_3_on_binary_indicator_var e861_ 114.25256122977082
 relu_1_20_3_off_binary_indicator_var relu_1_20_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_3_off_binary_indicator_var e863_ 57.12628061488541
 relu_1_20_3_off_binary_indicator_var e864_ 57.12628061488541
 relu_1_21_0_on_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_on_binary_indicator_var e867_ -30.563060637672177
 relu_1_21_0_on_binary_indicator_var e868_ 61.12612127534435
 relu_1_21_0_off_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_off_binary_indicator_var e870_ 30.563060637672177
 relu_1_21_0_off_binary_indicator_var e871_ 30.563060637672177
 relu_1_21_1_on_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_on_binary_indicator_var e874_ -30.563060637672177
 relu_1_21_1_on_binary_indicator_var e875_ 61.12612127534435
 relu_1_21_1_off_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_off_binary_indicator_var e877_ 30.563060637672177
 relu_1_21_1_off_binary_indicator_var e878_ 30.563060637672177
 relu_1_21_2_on_binary_indicator_var relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_2_on_binary_indicator_var e881_ -30.563060637672177
 relu_1_21_2_on_binary_indicator_var e882_ 61.12612127534435
 relu_1_21_2_off_binary_indicator_var relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_2_off_binary_indicator_var e884_ 30.563060637672177
 relu_1_21_2_off_binary_indicator_var e885_ 30.563060637672177
 relu_1_21_3_on_binary_indicator_var relu_1_21_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_3_on_binary_indicator_var e888_ -30.563060637672177
 relu_1_21_3_on_binary_indicator_var e889_ 61.12612127534435
 relu_1_21_3_off_binary_indicator_var relu_1_21_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_3_off_binary_indicator_var e891_ 30.563060637672177
 relu_1_21_3_off_binary_indicator_var e892_ 30.563060637672177
 relu_1_22_0_on_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_on_binary_indicator_var e895_ -36.725290770261765
 relu_1_22_0_on_binary_indicator_var e896_ 73.45058154052353
 relu_1_22_0_off_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_off_binary_indicator_var e898_ 36.725290770261765
 relu_1_22_0_off_binary_indicator_var e899_ 36.725290770261765
 relu_1_22_1_on_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_on_binary_indicator_var e902_ -36.725290770261765
 relu_1_22_1_on_binary_indicator_var e903_ 73.45058154052353
 relu_1_22_1_off_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_off_binary_indicator_var e905_ 36.725290770261765
 relu_1_22_1_off_binary_indicator_var e906_ 36.725290770261765
 relu_1_22_2_on_binary_indicator_var relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_2_on_binary_indicator_var e909_ -36.725290770261765
 relu_1_22_2_on_binary_indicator_var e910_ 73.45058154052353
 relu_1_22_2_off_binary_indicator_var relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_2_off_binary_indicator_var e912_ 36.725290770261765
 relu_1_22_2_off_binary_indicator_var e913_ 36.725290770261765
 relu_1_22_3_on_binary_indicator_var relu_1_22_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_3_on_binary_indicator_var e916_ -36.725290770261765
 relu_1_22_3_on_binary_indicator_var e917_ 73.45058154052353
 relu_1_22_3_off_binary_indicator_var relu_1_22_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_3_off_binary_indicator_var e919_ 36.725290770261765
 relu_1_22_3_off_binary_indicator_var e920_ 36.725290770261765
 relu_1_23_0_on_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_on_binary_indicator_var e923_ -42.88752090285135
 relu_1_23_0_on_binary_indicator_var e924_ 85.7750418057027
 relu_1_23_0_off_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_off_binary_indicator_var e926_ 42.88752090285135
 relu_1_23_0_off_binary_indicator_var e927_ 42.88752090285135
 relu_1_23_1_on_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_on_binary_indicator_var e930_ -42.88752090285135
 relu_1_23_1_on_binary_indicator_var e931_ 85.7750418057027
 relu_1_23_1_off_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_off_binary_indicator_var e933_ 42.88752090285135
 relu_1_23_1_off_binary_indicator_var e934_ 42.88752090285135
 relu_1_23_2_on_binary_indicator_var relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_2_on_binary_indicator_var e937_ -42.88752090285135
 relu_1_23_2_on_binary_indicator_var e938_ 85.7750418057027
 relu_1_23_2_off_binary_indicator_var relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_2_off_binary_indicator_var e940_ 42.88752090285135
 relu_1_23_2_off_binary_indicator_var e941_ 42.88752090285135
 relu_1_23_3_on_binary_indicator_var relu_1_23_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_3_on_binary_indicator_var e944_ -42.88752090285135
 relu_1_23_3_on_binary_indicator_var e945_ 85.7750418057027
 relu_1_23_3_off_binary_indicator_var relu_1_23_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_3_off_binary_indicator_var e947_ 42.88752090285135
 relu_1_23_3_off_binary_indicator_var e948_ 42.88752090285135
 relu_1_24_0_on_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_on_binary_indicator_var e951_ -29.581063418014484
 relu_1_24_0_on_binary_indicator_var e952_ 59.16212683602897
 relu_1_24_0_off_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_off_binary_indicator_var e954_ 29.581063418014484
 relu_1_24_0_off_binary_indicator_var e955_ 29.581063418014484
 relu_1_24_1_on_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_on_binary_indicator_var e958_ -29.581063418014484
 relu_1_24_1_on_binary_indicator_var e959_ 59.16212683602897
 relu_1_24_1_off_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_off_binary_indicator_var e961_ 29.581063418014484
 relu_1_24_1_off_binary_indicator_var e962_ 29.581063418014484
 relu_1_24_2_on_binary_indicator_var relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_2_on_binary_indicator_var e965_ -29.581063418014484
 relu_1_24_2_on_binary_indicator_var e966_ 59.16212683602897
 relu_1_24_2_off_binary_indicator_var relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_2_off_binary_indicator_var e968_ 29.581063418014484
 relu_1_24_2_off_binary_indicator_var e969_ 29.581063418014484
 relu_1_24_3_on_binary_indicator_var relu_1_24_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_3_on_binary_indicator_var e972_ -29.581063418014484
 relu_1_24_3_on_binary_indicator_var e973_ 59.16212683602897
 relu_1_24_3_off_binary_indicator_var relu_1_24_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_3_off_binary_indicator_var e975_ 29.581063418014484
 relu_1_24_3_off_binary_indicator_var e976_ 29.581063418014484
 relu_1_25_0_on_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_on_binary_indicator_var e979_ -34.32731665535917
 relu_1_25_0_on_binary_indicator_var e980_ 68.65463331071834
 relu_1_25_0_off_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_off_binary_indicator_var e982_ 34.32731665535917
 relu_1_25_0_off_binary_indicator_var e983_ 34.32731665535917
 relu_1_25_1_on_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_on_binary_indicator_var e986_ -34.32731665535917
 relu_1_25_1_on_binary_indicator_var e987_ 68.65463331071834
 relu_1_25_1_off_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_off_binary_indicator_var e989_ 34.32731665535917
 relu_1_25_1_off_binary_indicator_var e990_ 34.32731665535917
 relu_1_25_2_on_binary_indicator_var relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_2_on_binary_indicator_var e993_ -34.32731665535917
 relu_1_25_2_on_binary_indicator_var e994_ 68.65463331071834
 relu_1_25_2_off_binary_indicator_var relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_2_off_binary_indicator_var e996_ 34.32731665535917
 relu_1_25_2_off_binary_indicator_var e997_ 34.32731665535917
 relu_1_25_3_on_binary_indicator_var relu_1_25_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_3_on_binary_indicator_var e1000_ -34.32731665535917
 relu_1_25_3_on_binary_indicator_var e1001_ 68.65463331071834
 relu_1_25_3_off_binary_indicator_var relu_1_25_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_3_off_binary_indicator_var e1003_ 34.32731665535917
 relu_1_25_3_off_binary_indicator_var e1004_ 34.32731665535917
 relu_1_26_0_on_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_on_binary_indicator_var e1007_ -39.07356989270386
 relu_1_26_0_on_binary_indicator_var e1008_ 78.14713978540772
 relu_1_26_0_off_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_off_binary_indicator_var e1010_ 39.07356989270386
 relu_1_26_0_off_binary_indicator_var e1011_ 39.07356989270386
 relu_1_26_1_on_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_on_binary_indicator_var e1014_ -39.07356989270386
 relu_1_26_1_on_binary_indicator_var e1015_ 78.14713978540772
 relu_1_26_1_off_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_off_binary_indicator_var e1017_ 39.07356989270386
 relu_1_26_1_off_binary_indicator_var e1018_ 39.07356989270386
 relu_1_26_2_on_binary_indicator_var relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_2_on_binary_indicator_var e1021_ -39.07356989270386
 relu_1_26_2_on_binary_indicator_var e1022_ 78.14713978540772
 relu_1_26_2_off_binary_indicator_var relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_2_off_binary_indicator_var e1024_ 39.07356989270386
 relu_1_26_2_off_binary_indicator_var e1025_ 39.07356989270386
 relu_1_26_3_on_binary_indicator_var relu_1_26_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_3_on_binary_indicator_var e1028_ -39.07356989270386
 relu_1_26_3_on_binary_indicator_var e1029_ 78.14713978540772
 relu_1_26_3_off_binary_indicator_var relu_1_26_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_3_off_binary_indicator_var e1031_ 39.07356989270386
 relu_1_26_3_off_binary_indicator_var e1032_ 39.07356989270386
 relu_1_27_0_on_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_on_binary_indicator_var e1035_ -31.12162095116188
 relu_1_27_0_on_binary_indicator_var e1036_ 62.24324190232376
 relu_1_27_0_off_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_off_binary_indicator_var e1038_ 31.12162095116188
 relu_1_27_0_off_binary_indicator_var e1039_ 31.12162095116188
 relu_1_27_1_on_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_on_binary_indicator_var e1042_ -31.12162095116188
 relu_1_27_1_on_binary_indicator_var e1043_ 62.24324190232376
 relu_1_27_1_off_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_off_binary_indicator_var e1045_ 31.12162095116188
 relu_1_27_1_off_binary_indicator_var e1046_ 31.12162095116188
 relu_1_27_2_on_binary_indicator_var relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_2_on_binary_indicator_var e1049_ -31.12162095116188
 relu_1_27_2_on_binary_indicator_var e1050_ 62.24324190232376
 relu_1_27_2_off_binary_indicator_var relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_2_off_binary_indicator_var e1052_ 31.12162095116188
 relu_1_27_2_off_binary_indicator_var e1053_ 31.12162095116188
 relu_1_27_3_on_binary_indicator_var relu_1_27_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_3_on_binary_indicator_var e1056_ -31.12162095116188
 relu_1_27_3_on_binary_indicator_var e1057_ 62.24324190232376
 relu_1_27_3_off_binary_indicator_var relu_1_27_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_3_off_binary_indicator_var e1059_ 31.12162095116188
 relu_1_27_3_off_binary_indicator_var e1060_ 31.12162095116188
 relu_1_28_0_on_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_on_binary_indicator_var e1063_ -35.86787418850656
 relu_1_28_0_on_binary_indicator_var e1064_ 71.73574837701312
 relu_1_28_0_off_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_off_binary_indicator_var e1066_ 35.86787418850656
 relu_1_28_0_off_binary_indicator_var e1067_ 35.86787418850656
 relu_1_28_1_on_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_on_binary_indicator_var e1070_ -35.86787418850656
 relu_1_28_1_on_binary_indicator_var e1071_ 71.73574837701312
 relu_1_28_1_off_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_off_binary_indicator_var e1073_ 35.86787418850656
 relu_1_28_1_off_binary_indicator_var e1074_ 35.86787418850656
 relu_1_28_2_on_binary_indicator_var relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_2_on_binary_indicator_var e1077_ -35.86787418850656
 relu_1_28_2_on_binary_indicator_var e1078_ 71.73574837701312
 relu_1_28_2_off_binary_indicator_var relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_2_off_binary_indicator_var e1080_ 35.86787418850656
 relu_1_28_2_off_binary_indicator_var e1081_ 35.86787418850656
 relu_1_28_3_on_binary_indicator_var relu_1_28_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_3_on_binary_indicator_var e1084_ -35.86787418850656
 relu_1_28_3_on_binary_indicator_var e1085_ 71.73574837701312
 relu_1_28_3_off_binary_indicator_var relu_1_28_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_3_off_binary_indicator_var e1087_ 35.86787418850656
 relu_1_28_3_off_binary_indicator_var e1088_ 35.86787418850656
 relu_1_29_0_on_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_on_binary_indicator_var e1091_ -40.61412742585125
 relu_1_29_0_on_binary_indicator_var e1092_ 81.2282548517025
 relu_1_29_0_off_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_off_binary_indicator_var e1094_ 40.61412742585125
 relu_1_29_0_off_binary_indicator_var e1095_ 40.61412742585125
 relu_1_29_1_on_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_on_binary_indicator_var e1098_ -40.61412742585125
 relu_1_29_1_on_binary_indicator_var e1099_ 81.2282548517025
 relu_1_29_1_off_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_off_binary_indicator_var e1101_ 40.61412742585125
 relu_1_29_1_off_binary_indicator_var e1102_ 40.61412742585125
 relu_1_29_2_on_binary_indicator_var relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_2_on_binary_indicator_var e1105_ -40.61412742585125
 relu_1_29_2_on_binary_indicator_var e1106_ 81.2282548517025
 relu_1_29_2_off_binary_indicator_var relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_2_off_binary_indicator_var e1108_ 40.61412742585125
 relu_1_29_2_off_binary_indicator_var e1109_ 40.61412742585125
 relu_1_29_3_on_binary_indicator_var relu_1_29_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_3_on_binary_indicator_var e1112_ -40.61412742585125
 relu_1_29_3_on_binary_indicator_var e1113_ 81.2282548517025
 relu_1_29_3_off_binary_indicator_var relu_1_29_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_3_off_binary_indicator_var e1115_ 40.61412742585125
 relu_1_29_3_off_binary_indicator_var e1116_ 40.61412742585125
 relu_1_30_0_on_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_on_binary_indicator_var e1119_ -32.66217848430928
 relu_1_30_0_on_binary_indicator_var e1120_ 65.32435696861856
 relu_1_30_0_off_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_off_binary_indicator_var e1122_ 32.66217848430928
 relu_1_30_0_off_binary_indicator_var e1123_ 32.66217848430928
 relu_1_30_1_on_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_on_binary_indicator_var e1126_ -32.66217848430928
 relu_1_30_1_on_binary_indicator_var e1127_ 65.32435696861856
 relu_1_30_1_off_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_off_binary_indicator_var e1129_ 32.66217848430928
 relu_1_30_1_off_binary_indicator_var e1130_ 32.66217848430928
 relu_1_30_2_on_binary_indicator_var relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_2_on_binary_indicator_var e1133_ -32.66217848430928
 relu_1_30_2_on_binary_indicator_var e1134_ 65.32435696861856
 relu_1_30_2_off_binary_indicator_var relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_2_off_binary_indicator_var e1136_ 32.66217848430928
 relu_1_30_2_off_binary_indicator_var e1137_ 32.66217848430928
 relu_1_30_3_on_binary_indicator_var relu_1_30_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_3_on_binary_indicator_var e1140_ -32.66217848430928
 relu_1_30_3_on_binary_indicator_var e1141_ 65.32435696861856
 relu_1_30_3_off_binary_indicator_var relu_1_30_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_3_off_binary_indicator_var e1143_ 32.66217848430928
 relu_1_30_3_off_binary_indicator_var e1144_ 32.66217848430928
 relu_1_31_0_on_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_on_binary_indicator_var e1147_ -37.40843172165396
 relu_1_31_0_on_binary_indicator_var e1148_ 74.81686344330792
 relu_1_31_0_off_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_off_binary_indicator_var e1150_ 37.40843172165396
 relu_1_31_0_off_binary_indicator_var e1151_ 37.40843172165396
 relu_1_31_1_on_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_on_binary_indicator_var e1154_ -37.40843172165396
 relu_1_31_1_on_binary_indicator_var e1155_ 74.81686344330792
 relu_1_31_1_off_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_off_binary_indicator_var e1157_ 37.40843172165396
 relu_1_31_1_off_binary_indicator_var e1158_ 37.40843172165396
 relu_1_31_2_on_binary_indicator_var relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_2_on_binary_indicator_var e1161_ -37.40843172165396
 relu_1_31_2_on_binary_indicator_var e1162_ 74.81686344330792
 relu_1_31_2_off_binary_indicator_var relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_2_off_binary_indicator_var e1164_ 37.40843172165396
 relu_1_31_2_off_binary_indicator_var e1165_ 37.40843172165396
 relu_1_31_3_on_binary_indicator_var relu_1_31_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_3_on_binary_indicator_var e1168_ -37.40843172165396
 relu_1_31_3_on_binary_indicator_var e1169_ 74.81686344330792
 relu_1_31_3_off_binary_indicator_var relu_1_31_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_3_off_binary_indicator_var e1171_ 37.40843172165396
 relu_1_31_3_off_binary_indicator_var e1172_ 37.40843172165396
 relu_1_32_0_on_binary_indicator_var relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_0_on_binary_indicator_var e1175_ -42.15468495899865
 relu_1_32_0_on_binary_indicator_var e1176_ 84.3093699179973
 relu_1_32_0_off_binary_indicator_var relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_0_off_binary_indicator_var e1178_ 42.15468495899865
 relu_1_32_0_off_binary_indicator_var e1179_ 42.15468495899865
 relu_1_32_1_on_binary_indicator_var relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_1_on_binary_indicator_var e1182_ -42.15468495899865
 relu_1_32_1_on_binary_indicator_var e1183_ 84.3093699179973
 relu_1_32_1_off_binary_indicator_var relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_1_off_binary_indicator_var e1185_ 42.15468495899865
 relu_1_32_1_off_binary_indicator_var e1186_ 42.15468495899865
 relu_1_32_2_on_binary_indicator_var relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_2_on_binary_indicator_var e1189_ -42.15468495899865
 relu_1_32_2_on_binary_indicator_var e1190_ 84.3093699179973
 relu_1_32_2_off_binary_indicator_var relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_2_off_binary_indicator_var e1192_ 42.15468495899865
 relu_1_32_2_off_binary_indicator_var e1193_ 42.15468495899865
 relu_1_32_3_on_binary_indicator_var relu_1_32_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_3_on_binary_indicator_var e1196_ -42.15468495899865
 relu_1_32_3_on_binary_indicator_var e1197_ 84.3093699179973
 relu_1_32_3_off_binary_indicator_var relu_1_32_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_3_off_binary_indicator_var e1199_ 42.15468495899865
 relu_1_32_3_off_binary_indicator_var e1200_ 42.15468495899865
 relu_1_33_0_on_binary_indicator_var relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_0_on_binary_indicator_var e1203_ -34.20273601745667
 relu_1_33_0_on_binary_indicator_var e1204_ 68.40547203491334
 relu_1_33_0_off_binary_indicator_var relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_0_off_binary_indicator_var e1206_ 34.20273601745667
 relu_1_33_0_off_binary_indicator_var e1207_ 34.20273601745667
 relu_1_33_1_on_binary_indicator_var relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_1_on_binary_indicator_var e1210_ -34.20273601745667
 relu_1_33_1_on_binary_indicator_var e1211_ 68.40547203491334
 relu_1_33_1_off_binary_indicator_var relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_1_off_binary_indicator_var e1213_ 34.20273601745667
 relu_1_33_1_off_binary_indicator_var e1214_ 34.20273601745667
 relu_1_33_2_on_binary_indicator_var relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_2_on_binary_indicator_var e1217_ -34.20273601745667
 relu_1_33_2_on_binary_indicator_var e1218_ 68.40547203491334
 relu_1_33_2_off_binary_indicator_var relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_2_off_binary_indicator_var e1220_ 34.20273601745667
 relu_1_33_2_off_binary_indicator_var e1221_ 34.20273601745667
 relu_1_33_3_on_binary_indicator_var relu_1_33_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_3_on_binary_indicator_var e1224_ -34.20273601745667
 relu_1_33_3_on_binary_indicator_var e1225_ 68.40547203491334
 relu_1_33_3_off_binary_indicator_var relu_1_33_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_3_off_binary_indicator_var e1227_ 34.20273601745667
 relu_1_33_3_off_binary_indicator_var e1228_ 34.20273601745667
 relu_1_34_0_on_binary_indicator_var relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_0_on_binary_indicator_var e1231_ -38.94898925480136
 relu_1_34_0_on_binary_indicator_var e1232_ 77.89797850960272
 relu_1_34_0_off_binary_indicator_var relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_0_off_binary_indicator_var e1234_ 38.94898925480136
 relu_1_34_0_off_binary_indicator_var e1235_ 38.94898925480136
 relu_1_34_1_on_binary_indicator_var relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_1_on_binary_indicator_var e1238_ -38.94898925480136
 relu_1_34_1_on_binary_indicator_var e1239_ 77.89797850960272
 relu_1_34_1_off_binary_indicator_var relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_1_off_binary_indicator_var e1241_ 38.94898925480136
 relu_1_34_1_off_binary_indicator_var e1242_ 38.94898925480136
 relu_1_34_2_on_binary_indicator_var relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_2_on_binary_indicator_var e1245_ -38.94898925480136
 relu_1_34_2_on_binary_indicator_var e1246_ 77.89797850960272
 relu_1_34_2_off_binary_indicator_var relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_2_off_binary_indicator_var e1248_ 38.94898925480136
 relu_1_34_2_off_binary_indicator_var e1249_ 38.94898925480136
 relu_1_34_3_on_binary_indicator_var relu_1_34_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_3_on_binary_indicator_var e1252_ -38.94898925480136
 relu_1_34_3_on_binary_indicator_var e1253_ 77.89797850960272
 relu_1_34_3_off_binary_indicator_var relu_1_34_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_3_off_binary_indicator_var e1255_ 38.94898925480136
 relu_1_34_3_off_binary_indicator_var e1256_ 38.94898925480136
 relu_1_35_0_on_binary_indicator_var relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_0_on_binary_indicator_var e1259_ -43.69524249214605
 relu_1_35_0_on_binary_indicator_var e1260_ 87.3904849842921
 relu_1_35_0_off_binary_indicator_var relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_0_off_binary_indicator_var e1262_ 43.69524249214605
 relu_1_35_0_off_binary_indicator_var e1263_ 43.69524249214605
 relu_1_35_1_on_binary_indicator_var relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_1_on_binary_indicator_var e1266_ -43.69524249214605
 relu_1_35_1_on_binary_indicator_var e1267_ 87.3904849842921
 relu_1_35_1_off_binary_indicator_var relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_1_off_binary_indicator_var e1269_ 43.69524249214605
 relu_1_35_1_off_binary_indicator_var e1270_ 43.69524249214605
 relu_1_35_2_on_binary_indicator_var relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_2_on_binary_indicator_var e1273_ -43.69524249214605
 relu_1_35_2_on_binary_indicator_var e1274_ 87.3904849842921
 relu_1_35_2_off_binary_indicator_var relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_2_off_binary_indicator_var e1276_ 43.69524249214605
 relu_1_35_2_off_binary_indicator_var e1277_ 43.69524249214605
 relu_1_35_3_on_binary_indicator_var relu_1_35_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_3_on_binary_indicator_var e1280_ -43.69524249214605
 relu_1_35_3_on_binary_indicator_var e1281_ 87.3904849842921
 relu_1_35_3_off_binary_indicator_var relu_1_35_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_3_off_binary_indicator_var e1283_ 43.69524249214605
 relu_1_35_3_off_binary_indicator_var e1284_ 43.69524249214605
 relu_1_36_0_on_binary_indicator_var relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_0_on_binary_indicator_var e1287_ -41.90552368319366
 relu_1_36_0_on_binary_indicator_var e1288_ 83.81104736638731
 relu_1_36_0_off_binary_indicator_var relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_0_off_binary_indicator_var e1290_ 41.90552368319366
 relu_1_36_0_off_binary_indicator_var e1291_ 41.90552368319366
 relu_1_36_1_on_binary_indicator_var relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_1_on_binary_indicator_var e1294_ -41.90552368319366
 relu_1_36_1_on_binary_indicator_var e1295_ 83.81104736638731
 relu_1_36_1_off_binary_indicator_var relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_1_off_binary_indicator_var e1297_ 41.90552368319366
 relu_1_36_1_off_binary_indicator_var e1298_ 41.90552368319366
 relu_1_36_2_on_binary_indicator_var relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_2_on_binary_indicator_var e1301_ -41.90552368319366
 relu_1_36_2_on_binary_indicator_var e1302_ 83.81104736638731
 relu_1_36_2_off_binary_indicator_var relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_2_off_binary_indicator_var e1304_ 41.90552368319366
 relu_1_36_2_off_binary_indicator_var e1305_ 41.90552368319366
 relu_1_36_3_on_binary_indicator_var relu_1_36_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_3_on_binary_indicator_var e1308_ -41.90552368319366
 relu_1_36_3_on_binary_indicator_var e1309_ 83.81104736638731
 relu_1_36_3_off_binary_indicator_var relu_1_36_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_3_off_binary_indicator_var e1311_ 41.90552368319366
 relu_1_36_3_off_binary_indicator_var e1312_ 41.90552368319366
 relu_1_37_0_on_binary_indicator_var relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_0_on_binary_indicator_var e1315_ -46.651776920538346
 relu_1_37_0_on_binary_indicator_var e1316_ 93.30355384107669
 relu_1_37_0_off_binary_indicator_var relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_0_off_binary_indicator_var e1318_ 46.651776920538346
 relu_1_37_0_off_binary_indicator_var e1319_ 46.651776920538346
 relu_1_37_1_on_binary_indicator_var relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_1_on_binary_indicator_var e1322_ -46.651776920538346
 relu_1_37_1_on_binary_indicator_var e1323_ 93.30355384107669
 relu_1_37_1_off_binary_indicator_var relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_1_off_binary_indicator_var e1325_ 46.651776920538346
 relu_1_37_1_off_binary_indicator_var e1326_ 46.651776920538346
 relu_1_37_2_on_binary_indicator_var relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_2_on_binary_indicator_var e1329_ -46.651776920538346
 relu_1_37_2_on_binary_indicator_var e1330_ 93.30355384107669
 relu_1_37_2_off_binary_indicator_var relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_2_off_binary_indicator_var e1332_ 46.651776920538346
 relu_1_37_2_off_binary_indicator_var e1333_ 46.651776920538346
 relu_1_37_3_on_binary_indicator_var relu_1_37_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_3_on_binary_indicator_var e1336_ -46.651776920538346
 relu_1_37_3_on_binary_indicator_var e1337_ 93.30355384107669
 relu_1_37_3_off_binary_indicator_var relu_1_37_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_3_off_binary_indicator_var e1339_ 46.651776920538346
 relu_1_37_3_off_binary_indicator_var e1340_ 46.651776920538346
 relu_1_38_0_on_binary_indicator_var relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_0_on_binary_indicator_var e1343_ -51.39803015788303
 relu_1_38_0_on_binary_indicator_var e1344_ 102.79606031576606
 relu_1_38_0_off_binary_indicator_var relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_0_off_binary_indicator_var e1346_ 51.39803015788303
 relu_1_38_0_off_binary_indicator_var e1347_ 51.39803015788303
 relu_1_38_1_on_binary_indicator_var relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_1_on_binary_indicator_var e1350_ -51.39803015788303
 relu_1_38_1_on_binary_indicator_var e1351_ 102.79606031576606
 relu_1_38_1_off_binary_indicator_var relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_1_off_binary_indicator_var e1353_ 51.39803015788303
 relu_1_38_1_off_binary_indicator_var e1354_ 51.39803015788303
 relu_1_38_2_on_binary_indicator_var relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_2_on_binary_indicator_var e1357_ -51.39803015788303
 relu_1_38_2_on_binary_indicator_var e1358_ 102.79606031576606
 relu_1_38_2_off_binary_indicator_var relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_2_off_binary_indicator_var e1360_ 51.39803015788303
 relu_1_38_2_off_binary_indicator_var e1361_ 51.39803015788303
 relu_1_38_3_on_binary_indicator_var relu_1_38_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_3_on_binary_indicator_var e1364_ -51.39803015788303
 relu_1_38_3_on_binary_indicator_var e1365_ 102.79606031576606
 relu_1_38_3_off_binary_indicator_var relu_1_38_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_3_off_binary_indicator_var e1367_ 51.39803015788303
 relu_1_38_3_off_binary_indicator_var e1368_ 51.39803015788303
 relu_1_39_0_on_binary_indicator_var relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_0_on_binary_indicator_var e1371_ -44.986638749488456
 relu_1_39_0_on_binary_indicator_var e1372_ 89.97327749897691
 relu_1_39_0_off_binary_indicator_var relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_0_off_binary_indicator_var e1374_ 44.986638749488456
 relu_1_39_0_off_binary_indicator_var e1375_ 44.986638749488456
 relu_1_39_1_on_binary_indicator_var relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_1_on_binary_indicator_var e1378_ -44.986638749488456
 relu_1_39_1_on_binary_indicator_var e1379_ 89.97327749897691
 relu_1_39_1_off_binary_indicator_var relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_1_off_binary_indicator_var e1381_ 44.986638749488456
 relu_1_39_1_off_binary_indicator_var e1382_ 44.986638749488456
 relu_1_39_2_on_binary_indicator_var relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_2_on_binary_indicator_var e1385_ -44.986638749488456
 relu_1_39_2_on_binary_indicator_var e1386_ 89.97327749897691
 relu_1_39_2_off_binary_indicator_var relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_2_off_binary_indicator_var e1388_ 44.986638749488456
 relu_1_39_2_off_binary_indicator_var e1389_ 44.986638749488456
 relu_1_39_3_on_binary_indicator_var relu_1_39_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_3_on_binary_indicator_var e1392_ -44.986638749488456
 relu_1_39_3_on_binary_indicator_var e1393_ 89.97327749897691
 relu_1_39_3_off_binary_indicator_var relu_1_39_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_3_off_binary_indicator_var e1395_ 44.986638749488456
 relu_1_39_3_off_binary_indicator_var e1396_ 44.986638749488456
 relu_1_40_0_on_binary_indicator_var relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_0_on_binary_indicator_var e1399_ -49.73289198683314
 relu_1_40_0_on_binary_indicator_var e1400_ 99.46578397366628
 relu_1_40_0_off_binary_indicator_var relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_0_off_binary_indicator_var e1402_ 49.73289198683314
 relu_1_40_0_off_binary_indicator_var e1403_ 49.73289198683314
 relu_1_40_1_on_binary_indicator_var relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_1_on_binary_indicator_var e1406_ -49.73289198683314
 relu_1_40_1_on_binary_indicator_var e1407_ 99.46578397366628
 relu_1_40_1_off_binary_indicator_var relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_1_off_binary_indicator_var e1409_ 49.73289198683314
 relu_1_40_1_off_binary_indicator_var e1410_ 49.73289198683314
 relu_1_40_2_on_binary_indicator_var relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_2_on_binary_indicator_var e1413_ -49.73289198683314
 relu_1_40_2_on_binary_indicator_var e1414_ 99.46578397366628
 relu_1_40_2_off_binary_indicator_var relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_2_off_binary_indicator_var e1416_ 49.73289198683314
 relu_1_40_2_off_binary_indicator_var e1417_ 49.73289198683314
 relu_1_40_3_on_binary_indicator_var relu_1_40_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_3_on_binary_indicator_var e1420_ -49.73289198683314
 relu_1_40_3_on_binary_indicator_var e1421_ 99.46578397366628
 relu_1_40_3_off_binary_indicator_var relu_1_40_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_3_off_binary_indicator_var e1423_ 49.73289198683314
 relu_1_40_3_off_binary_indicator_var e1424_ 49.73289198683314
 relu_1_41_0_on_binary_indicator_var relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_0_on_binary_indicator_var e1427_ -54.47914522417783
 relu_1_41_0_on_binary_indicator_var e1428_ 108.95829044835565
 relu_1_41_0_off_binary_indicator_var relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_0_off_binary_indicator_var e1430_ 54.47914522417783
 relu_1_41_0_off_binary_indicator_var e1431_ 54.47914522417783
 relu_1_41_1_on_binary_indicator_var relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_1_on_binary_indicator_var e1434_ -54.47914522417783
 relu_1_41_1_on_binary_indicator_var e1435_ 108.95829044835565
 relu_1_41_1_off_binary_indicator_var relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_1_off_binary_indicator_var e1437_ 54.47914522417783
 relu_1_41_1_off_binary_indicator_var e1438_ 54.47914522417783
 relu_1_41_2_on_binary_indicator_var relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_2_on_binary_indicator_var e1441_ -54.47914522417783
 relu_1_41_2_on_binary_indicator_var e1442_ 108.95829044835565
 relu_1_41_2_off_binary_indicator_var relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_2_off_binary_indicator_var e1444_ 54.47914522417783
 relu_1_41_2_off_binary_indicator_var e1445_ 54.47914522417783
 relu_1_41_3_on_binary_indicator_var relu_1_41_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_3_on_binary_indicator_var e1448_ -54.47914522417783
 relu_1_41_3_on_binary_indicator_var e1449_ 108.95829044835565
 relu_1_41_3_off_binary_indicator_var relu_1_41_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_3_off_binary_indicator_var e1451_ 54.47914522417783
 relu_1_41_3_off_binary_indicator_var e1452_ 54.47914522417783
 relu_1_42_0_on_binary_indicator_var relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_0_on_binary_indicator_var e1455_ -48.06775381578325
 relu_1_42_0_on_binary_indicator_var e1456_ 96.1355076315665
 relu_1_42_0_off_binary_indicator_var relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_0_off_binary_indicator_var e1458_ 48.06775381578325
 relu_1_42_0_off_binary_indicator_var e1459_ 48.06775381578325
 relu_1_42_1_on_binary_indicator_var relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_1_on_binary_indicator_var e1462_ -48.06775381578325
 relu_1_42_1_on_binary_indicator_var e1463_ 96.1355076315665
 relu_1_42_1_off_binary_indicator_var relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_1_off_binary_indicator_var e1465_ 48.06775381578325
 relu_1_42_1_off_binary_indicator_var e1466_ 48.06775381578325
 relu_1_42_2_on_binary_indicator_var relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_2_on_binary_indicator_var e1469_ -48.06775381578325
 relu_1_42_2_on_binary_indicator_var e1470_ 96.1355076315665
 relu_1_42_2_off_binary_indicator_var relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_2_off_binary_indicator_var e1472_ 48.06775381578325
 relu_1_42_2_off_binary_indicator_var e1473_ 48.06775381578325
 relu_1_42_3_on_binary_indicator_var relu_1_42_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_3_on_binary_indicator_var e1476_ -48.06775381578325
 relu_1_42_3_on_binary_indicator_var e1477_ 96.1355076315665
 relu_1_42_3_off_binary_indicator_var relu_1_42_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_3_off_binary_indicator_var e1479_ 48.06775381578325
 relu_1_42_3_off_binary_indicator_var e1480_ 48.06775381578325
 relu_1_43_0_on_binary_indicator_var relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_0_on_binary_indicator_var e1483_ -52.81400705312794
 relu_1_43_0_on_binary_indicator_var e1484_ 105.62801410625588
 relu_1_43_0_off_binary_indicator_var relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_0_off_binary_indicator_var e1486_ 52.81400705312794
 relu_1_43_0_off_binary_indicator_var e1487_ 52.81400705312794
 relu_1_43_1_on_binary_indicator_var relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_1_on_binary_indicator_var e1490_ -52.81400705312794
 relu_1_43_1_on_binary_indicator_var e1491_ 105.62801410625588
 relu_1_43_1_off_binary_indicator_var relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_1_off_binary_indicator_var e1493_ 52.81400705312794
 relu_1_43_1_off_binary_indicator_var e1494_ 52.81400705312794
 relu_1_43_2_on_binary_indicator_var relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_2_on_binary_indicator_var e1497_ -52.81400705312794
 relu_1_43_2_on_binary_indicator_var e1498_ 105.62801410625588
 relu_1_43_2_off_binary_indicator_var relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_2_off_binary_indicator_var e1500_ 52.81400705312794
 relu_1_43_2_off_binary_indicator_var e1501_ 52.81400705312794
 relu_1_43_3_on_binary_indicator_var relu_1_43_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_3_on_binary_indicator_var e1504_ -52.81400705312794
 relu_1_43_3_on_binary_indicator_var e1505_ 105.62801410625588
 relu_1_43_3_off_binary_indicator_var relu_1_43_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_3_off_binary_indicator_var e1507_ 52.81400705312794
 relu_1_43_3_off_binary_indicator_var e1508_ 52.81400705312794
 relu_1_44_0_on_binary_indicator_var relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_0_on_binary_indicator_var e1511_ -57.56026029047262
 relu_1_44_0_on_binary_indicator_var e1512_ 115.12052058094524
 relu_1_44_0_off_binary_indicator_var relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_0_off_binary_indicator_var e1514_ 57.56026029047262
 relu_1_44_0_off_binary_indicator_var e1515_ 57.56026029047262
 relu_1_44_1_on_binary_indicator_var relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_1_on_binary_indicator_var e1518_ -57.56026029047262
 relu_1_44_1_on_binary_indicator_var e1519_ 115.12052058094524
 relu_1_44_1_off_binary_indicator_var relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_1_off_binary_indicator_var e1521_ 57.56026029047262
 relu_1_44_1_off_binary_indicator_var e1522_ 57.56026029047262
 relu_1_44_2_on_binary_indicator_var relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_2_on_binary_indicator_var e1525_ -57.56026029047262
 relu_1_44_2_on_binary_indicator_var e1526_ 115.12052058094524
 relu_1_44_2_off_binary_indicator_var relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_2_off_binary_indicator_var e1528_ 57.56026029047262
 relu_1_44_2_off_binary_indicator_var e1529_ 57.56026029047262
 relu_1_44_3_on_binary_indicator_var relu_1_44_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_3_on_binary_indicator_var e1532_ -57.56026029047262
 relu_1_44_3_on_binary_indicator_var e1533_ 115.12052058094524
 relu_1_44_3_off_binary_indicator_var relu_1_44_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_3_off_binary_indicator_var e1535_ 57.56026029047262
 relu_1_44_3_off_binary_indicator_var e1536_ 57.56026029047262
 relu_1_45_0_on_binary_indicator_var relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_0_on_binary_indicator_var e1539_ -25.81680740032749
 relu_1_45_0_on_binary_indicator_var e1540_ 51.63361480065498
 relu_1_45_0_off_binary_indicator_var relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_0_off_binary_indicator_var e1542_ 25.81680740032749
 relu_1_45_0_off_binary_indicator_var e1543_ 25.81680740032749
 relu_1_45_1_on_binary_indicator_var relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_1_on_binary_indicator_var e1546_ -25.81680740032749
 relu_1_45_1_on_binary_indicator_var e1547_ 51.63361480065498
 relu_1_45_1_off_binary_indicator_var relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_1_off_binary_indicator_var e1549_ 25.81680740032749
 relu_1_45_1_off_binary_indicator_var e1550_ 25.81680740032749
 relu_1_45_2_on_binary_indicator_var relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_2_on_binary_indicator_var e1553_ -25.81680740032749
 relu_1_45_2_on_binary_indicator_var e1554_ 51.63361480065498
 relu_1_45_2_off_binary_indicator_var relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_2_off_binary_indicator_var e1556_ 25.81680740032749
 relu_1_45_2_off_binary_indicator_var e1557_ 25.81680740032749
 relu_1_45_3_on_binary_indicator_var relu_1_45_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_3_on_binary_indicator_var e1560_ -25.81680740032749
 relu_1_45_3_on_binary_indicator_var e1561_ 51.63361480065498
 relu_1_45_3_off_binary_indicator_var relu_1_45_3__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_3_off_binary_indicator_var e1563_ 25.81680740032749
 relu_1_45_3_off_binary_indicator_var e1564_ 25.81680740032749
 M850 'MARKER' 'INTEND'
RHS
 rhs obj -6.334104938271605
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e279_ -59.04058006174029
 rhs e280_ 118.08116012348059
 rhs e282_ 59.04058006174029
 rhs e283_ 59.04058006174029
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e286_ -59.04058006174029
 rhs e287_ 118.08116012348059
 rhs e289_ 59.04058006174029
 rhs e290_ 59.04058006174029
 rhs relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e293_ -59.04058006174029
 rhs e294_ 118.08116012348059
 rhs e296_ 59.04058006174029
 rhs e297_ 59.04058006174029
 rhs relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e300_ -59.04058006174029
 rhs e301_ 118.08116012348059
 rhs e303_ 59.04058006174029
 rhs e304_ 59.04058006174029
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e307_ -65.20281019432989
 rhs e308_ 130.40562038865977
 rhs e310_ 65.20281019432989
 rhs e311_ 65.20281019432989
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e314_ -65.20281019432989
 rhs e315_ 130.40562038865977
 rhs e317_ 65.20281019432989
 rhs e318_ 65.20281019432989
 rhs relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e321_ -65.20281019432989
 rhs e322_ 130.40562038865977
 rhs e324_ 65.20281019432989
 rhs e325_ 65.20281019432989
 rhs relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e328_ -65.20281019432989
 rhs e329_ 130.40562038865977
 rhs e331_ 65.20281019432989
 rhs e332_ 65.20281019432989
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e335_ -71.36504032691947
 rhs e336_ 142.73008065383894
 rhs e338_ 71.36504032691947
 rhs e339_ 71.36504032691947
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e342_ -71.36504032691947
 rhs e343_ 142.73008065383894
 rhs e345_ 71.36504032691947
 rhs e346_ 71.36504032691947
 rhs relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e349_ -71.36504032691947
 rhs e350_ 142.73008065383894
 rhs e352_ 71.36504032691947
 rhs e353_ 71.36504032691947
 rhs relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e356_ -71.36504032691947
 rhs e357_ 142.73008065383894
 rhs e359_ 71.36504032691947
 rhs e360_ 71.36504032691947
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e363_ -56.66745344306795
 rhs e364_ 113.3349068861359
 rhs e366_ 56.66745344306795
 rhs e367_ 56.66745344306795
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e370_ -56.66745344306795
 rhs e371_ 113.3349068861359
 rhs e373_ 56.66745344306795
 rhs e374_ 56.66745344306795
 rhs relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e377_ -56.66745344306795
 rhs e378_ 113.3349068861359
 rhs e380_ 56.66745344306795
 rhs e381_ 56.66745344306795
 rhs relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e384_ -56.66745344306795
 rhs e385_ 113.3349068861359
 rhs e387_ 56.66745344306795
 rhs e388_ 56.66745344306795
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e391_ -62.82968357565754
 rhs e392_ 125.65936715131508
 rhs e394_ 62.82968357565754
 rhs e395_ 62.82968357565754
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e398_ -62.82968357565754
 rhs e399_ 125.65936715131508
 rhs e401_ 62.82968357565754
 rhs e402_ 62.82968357565754
 rhs relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e405_ -62.82968357565754
 rhs e406_ 125.65936715131508
 rhs e408_ 62.82968357565754
 rhs e409_ 62.82968357565754
 rhs relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e412_ -62.82968357565754
 rhs e413_ 125.65936715131508
 rhs e415_ 62.82968357565754
 rhs e416_ 62.82968357565754
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e419_ -68.99191370824713
 rhs e420_ 137.98382741649425
 rhs e422_ 68.99191370824713
 rhs e423_ 68.99191370824713
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e426_ -68.99191370824713
 rhs e427_ 137.98382741649425
 rhs e429_ 68.99191370824713
 rhs e430_ 68.99191370824713
 rhs relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e433_ -68.99191370824713
 rhs e434_ 137.98382741649425
 rhs e436_ 68.99191370824713
 rhs e437_ 68.99191370824713
 rhs relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e440_ -68.99191370824713
 rhs e441_ 137.98382741649425
 rhs e443_ 68.99191370824713
 rhs e444_ 68.99191370824713
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e447_ -54.294326824395604
 rhs e448_ 108.58865364879121
 rhs e450_ 54.294326824395604
 rhs e451_ 54.294326824395604
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e454_ -54.294326824395604
 rhs e455_ 108.58865364879121
 rhs e457_ 54.294326824395604
 rhs e458_ 54.294326824395604
 rhs relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e461_ -54.294326824395604
 rhs e462_ 108.58865364879121
 rhs e464_ 54.294326824395604
 rhs e465_ 54.294326824395604
 rhs relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e468_ -54.294326824395604
 rhs e469_ 108.58865364879121
 rhs e471_ 54.294326824395604
 rhs e472_ 54.294326824395604
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e475_ -60.45655695698519
 rhs e476_ 120.91311391397038
 rhs e478_ 60.45655695698519
 rhs e479_ 60.45655695698519
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e482_ -60.45655695698519
 rhs e483_ 120.91311391397038
 rhs e485_ 60.45655695698519
 rhs e486_ 60.45655695698519
 rhs relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e489_ -60.45655695698519
 rhs e490_ 120.91311391397038
 rhs e492_ 60.45655695698519
 rhs e493_ 60.45655695698519
 rhs relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e496_ -60.45655695698519
 rhs e497_ 120.91311391397038
 rhs e499_ 60.45655695698519
 rhs e500_ 60.45655695698519
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e503_ -66.61878708957478
 rhs e504_ 133.23757417914956
 rhs e506_ 66.61878708957478
 rhs e507_ 66.61878708957478
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e510_ -66.61878708957478
 rhs e511_ 133.23757417914956
 rhs e513_ 66.61878708957478
 rhs e514_ 66.61878708957478
 rhs relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e517_ -66.61878708957478
 rhs e518_ 133.23757417914956
 rhs e520_ 66.61878708957478
 rhs e521_ 66.61878708957478
 rhs relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e524_ -66.61878708957478
 rhs e525_ 133.23757417914956
 rhs e527_ 66.61878708957478
 rhs e528_ 66.61878708957478
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e531_ -48.36151027771475
 rhs e532_ 96.7230205554295
 rhs e534_ 48.36151027771475
 rhs e535_ 48.36151027771475
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e538_ -48.36151027771475
 rhs e539_ 96.7230205554295
 rhs e541_ 48.36151027771475
 rhs e542_ 48.36151027771475
 rhs relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e545_ -48.36151027771475
 rhs e546_ 96.7230205554295
 rhs e548_ 48.36151027771475
 rhs e549_ 48.36151027771475
 rhs relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e552_ -48.36151027771475
 rhs e553_ 96.7230205554295
 rhs e555_ 48.36151027771475
 rhs e556_ 48.36151027771475
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e559_ -54.52374041030434
 rhs e560_ 109.04748082060868
 rhs e562_ 54.52374041030434
 rhs e563_ 54.52374041030434
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e566_ -54.52374041030434
 rhs e567_ 109.04748082060868
 rhs e569_ 54.52374041030434
 rhs e570_ 54.52374041030434
 rhs relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e573_ -54.52374041030434
 rhs e574_ 109.04748082060868
 rhs e576_ 54.52374041030434
 rhs e577_ 54.52374041030434
 rhs relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e580_ -54.52374041030434
 rhs e581_ 109.04748082060868
 rhs e583_ 54.52374041030434
 rhs e584_ 54.52374041030434
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e587_ -60.68597054289393
 rhs e588_ 121.37194108578785
 rhs e590_ 60.68597054289393
 rhs e591_ 60.68597054289393
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e594_ -60.68597054289393
 rhs e595_ 121.37194108578785
 rhs e597_ 60.68597054289393
 rhs e598_ 60.68597054289393
 rhs relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e601_ -60.68597054289393
 rhs e602_ 121.37194108578785
 rhs e604_ 60.68597054289393
 rhs e605_ 60.68597054289393
 rhs relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e608_ -60.68597054289393
 rhs e609_ 121.37194108578785
 rhs e611_ 60.68597054289393
 rhs e612_ 60.68597054289393
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e615_ -47.17494696837858
 rhs e616_ 94.34989393675716
 rhs e618_ 47.17494696837858
 rhs e619_ 47.17494696837858
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e622_ -47.17494696837858
 rhs e623_ 94.34989393675716
 rhs e625_ 47.17494696837858
 rhs e626_ 47.17494696837858
 rhs relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e629_ -47.17494696837858
 rhs e630_ 94.34989393675716
 rhs e632_ 47.17494696837858
 rhs e633_ 47.17494696837858
 rhs relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e636_ -47.17494696837858
 rhs e637_ 94.34989393675716
 rhs e639_ 47.17494696837858
 rhs e640_ 47.17494696837858
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e643_ -53.33717710096817
 rhs e644_ 106.67435420193634
 rhs e646_ 53.33717710096817
 rhs e647_ 53.33717710096817
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e650_ -53.33717710096817
 rhs e651_ 106.67435420193634
 rhs e653_ 53.33717710096817
 rhs e654_ 53.33717710096817
 rhs relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e657_ -53.33717710096817
 rhs e658_ 106.67435420193634
 rhs e660_ 53.33717710096817
 rhs e661_ 53.33717710096817
 rhs relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e664_ -53.33717710096817
 rhs e665_ 106.67435420193634
 rhs e667_ 53.33717710096817
 rhs e668_ 53.33717710096817
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e671_ -59.49940723355775
 rhs e672_ 118.9988144671155
 rhs e674_ 59.49940723355775
 rhs e675_ 59.49940723355775
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e678_ -59.49940723355775
 rhs e679_ 118.9988144671155
 rhs e681_ 59.49940723355775
 rhs e682_ 59.49940723355775
 rhs relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e685_ -59.49940723355775
 rhs e686_ 118.9988144671155
 rhs e688_ 59.49940723355775
 rhs e689_ 59.49940723355775
 rhs relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e692_ -59.49940723355775
 rhs e693_ 118.9988144671155
 rhs e695_ 59.49940723355775
 rhs e696_ 59.49940723355775
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e699_ -45.988383659042405
 rhs e700_ 91.97676731808481
 rhs e702_ 45.988383659042405
 rhs e703_ 45.988383659042405
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e706_ -45.988383659042405
 rhs e707_ 91.97676731808481
 rhs e709_ 45.988383659042405
 rhs e710_ 45.988383659042405
 rhs relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e713_ -45.988383659042405
 rhs e714_ 91.97676731808481
 rhs e716_ 45.988383659042405
 rhs e717_ 45.988383659042405
 rhs relu_1_15_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e720_ -45.988383659042405
 rhs e721_ 91.97676731808481
 rhs e723_ 45.988383659042405
 rhs e724_ 45.988383659042405
 rhs relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e727_ -52.15061379163199
 rhs e728_ 104.30122758326398
 rhs e730_ 52.15061379163199
 rhs e731_ 52.15061379163199
 rhs relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e734_ -52.15061379163199
 rhs e735_ 104.30122758326398
 rhs e737_ 52.15061379163199
 rhs e738_ 52.15061379163199
 rhs relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e741_ -52.15061379163199
 rhs e742_ 104.30122758326398
 rhs e744_ 52.15061379163199
 rhs e745_ 52.15061379163199
 rhs relu_1_16_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e748_ -52.15061379163199
 rhs e749_ 104.30122758326398
 rhs e751_ 52.15061379163199
 rhs e752_ 52.15061379163199
 rhs relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e755_ -58.31284392422158
 rhs e756_ 116.62568784844316
 rhs e758_ 58.31284392422158
 rhs e759_ 58.31284392422158
 rhs relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e762_ -58.31284392422158
 rhs e763_ 116.62568784844316
 rhs e765_ 58.31284392422158
 rhs e766_ 58.31284392422158
 rhs relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e769_ -58.31284392422158
 rhs e770_ 116.62568784844316
 rhs e772_ 58.31284392422158
 rhs e773_ 58.31284392422158
 rhs relu_1_17_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e776_ -58.31284392422158
 rhs e777_ 116.62568784844316
 rhs e779_ 58.31284392422158
 rhs e780_ 58.31284392422158
 rhs relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e783_ -44.80182034970623
 rhs e784_ 89.60364069941247
 rhs e786_ 44.80182034970623
 rhs e787_ 44.80182034970623
 rhs relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e790_ -44.80182034970623
 rhs e791_ 89.60364069941247
 rhs e793_ 44.80182034970623
 rhs e794_ 44.80182034970623
 rhs relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e797_ -44.80182034970623
 rhs e798_ 89.60364069941247
 rhs e800_ 44.80182034970623
 rhs e801_ 44.80182034970623
 rhs relu_1_18_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e804_ -44.80182034970623
 rhs e805_ 89.60364069941247
 rhs e807_ 44.80182034970623
 rhs e808_ 44.80182034970623
 rhs relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e811_ -50.964050482295825
 rhs e812_ 101.92810096459165
 rhs e814_ 50.964050482295825
 rhs e815_ 50.964050482295825
 rhs relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e818_ -50.964050482295825
 rhs e819_ 101.92810096459165
 rhs e821_ 50.964050482295825
 rhs e822_ 50.964050482295825
 rhs relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e825_ -50.964050482295825
 rhs e826_ 101.92810096459165
 rhs e828_ 50.964050482295825
 rhs e829_ 50.964050482295825
 rhs relu_1_19_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e832_ -50.964050482295825
 rhs e833_ 101.92810096459165
 rhs e835_ 50.964050482295825
 rhs e836_ 50.964050482295825
 rhs relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e839_ -57.12628061488541
 rhs e840_ 114.25256122977082
 rhs e842_ 57.12628061488541
 rhs e843_ 57.12628061488541
 rhs relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e846_ -57.12628061488541
 rhs e847_ 114.25256122977082
 rhs e849_ 57.12628061488541
 rhs e850_ 57.12628061488541
 rhs relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e853_ -57.12628061488541
 rhs e854_ 114.25256122977082
 rhs e856_ 57.12628061488541
 rhs e857_ 57.12628061488541
 rhs relu_1_20_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e860_ -57.12628061488541
 rhs e861_ 114.25256122977082
 rhs e863_ 57.12628061488541
 rhs e864_ 57.12628061488541
 rhs relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e867_ -30.563060637672177
 rhs e868_ 61.12612127534435
 rhs e870_ 30.563060637672177
 rhs e871_ 30.563060637672177
 rhs relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e874_ -30.563060637672177
 rhs e875_ 61.12612127534435
 rhs e877_ 30.563060637672177
 rhs e878_ 30.563060637672177
 rhs relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e881_ -30.563060637672177
 rhs e882_ 61.12612127534435
 rhs e884_ 30.563060637672177
 rhs e885_ 30.563060637672177
 rhs relu_1_21_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e888_ -30.563060637672177
 rhs e889_ 61.12612127534435
 rhs e891_ 30.563060637672177
 rhs e892_ 30.563060637672177
 rhs relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e895_ -36.725290770261765
 rhs e896_ 73.45058154052353
 rhs e898_ 36.725290770261765
 rhs e899_ 36.725290770261765
 rhs relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e902_ -36.725290770261765
 rhs e903_ 73.45058154052353
 rhs e905_ 36.725290770261765
 rhs e906_ 36.725290770261765
 rhs relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e909_ -36.725290770261765
 rhs e910_ 73.45058154052353
 rhs e912_ 36.725290770261765
 rhs e913_ 36.725290770261765
 rhs relu_1_22_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e916_ -36.725290770261765
 rhs e917_ 73.45058154052353
 rhs e919_ 36.725290770261765
 rhs e920_ 36.725290770261765
 rhs relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e923_ -42.88752090285135
 rhs e924_ 85.7750418057027
 rhs e926_ 42.88752090285135
 rhs e927_ 42.88752090285135
 rhs relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e930_ -42.88752090285135
 rhs e931_ 85.7750418057027
 rhs e933_ 42.88752090285135
 rhs e934_ 42.88752090285135
 rhs relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e937_ -42.88752090285135
 rhs e938_ 85.7750418057027
 rhs e940_ 42.88752090285135
 rhs e941_ 42.88752090285135
 rhs relu_1_23_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e944_ -42.88752090285135
 rhs e945_ 85.7750418057027
 rhs e947_ 42.88752090285135
 rhs e948_ 42.88752090285135
 rhs relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e951_ -29.581063418014484
 rhs e952_ 59.16212683602897
 rhs e954_ 29.581063418014484
 rhs e955_ 29.581063418014484
 rhs relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e958_ -29.581063418014484
 rhs e959_ 59.16212683602897
 rhs e961_ 29.581063418014484
 rhs e962_ 29.581063418014484
 rhs relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e965_ -29.581063418014484
 rhs e966_ 59.16212683602897
 rhs e968_ 29.581063418014484
 rhs e969_ 29.581063418014484
 rhs relu_1_24_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e972_ -29.581063418014484
 rhs e973_ 59.16212683602897
 rhs e975_ 29.581063418014484
 rhs e976_ 29.581063418014484
 rhs relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e979_ -34.32731665535917
 rhs e980_ 68.65463331071834
 rhs e982_ 34.32731665535917
 rhs e983_ 34.32731665535917
 rhs relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e986_ -34.32731665535917
 rhs e987_ 68.65463331071834
 rhs e989_ 34.32731665535917
 rhs e990_ 34.32731665535917
 rhs relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e993_ -34.32731665535917
 rhs e994_ 68.65463331071834
 rhs e996_ 34.32731665535917
 rhs e997_ 34.32731665535917
 rhs relu_1_25_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1000_ -34.32731665535917
 rhs e1001_ 68.65463331071834
 rhs e1003_ 34.32731665535917
 rhs e1004_ 34.32731665535917
 rhs relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1007_ -39.07356989270386
 rhs e1008_ 78.14713978540772
 rhs e1010_ 39.07356989270386
 rhs e1011_ 39.07356989270386
 rhs relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1014_ -39.07356989270386
 rhs e1015_ 78.14713978540772
 rhs e1017_ 39.07356989270386
 rhs e1018_ 39.07356989270386
 rhs relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1021_ -39.07356989270386
 rhs e1022_ 78.14713978540772
 rhs e1024_ 39.07356989270386
 rhs e1025_ 39.07356989270386
 rhs relu_1_26_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1028_ -39.07356989270386
 rhs e1029_ 78.14713978540772
 rhs e1031_ 39.07356989270386
 rhs e1032_ 39.07356989270386
 rhs relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1035_ -31.12162095116188
 rhs e1036_ 62.24324190232376
 rhs e1038_ 31.12162095116188
 rhs e1039_ 31.12162095116188
 rhs relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1042_ -31.12162095116188
 rhs e1043_ 62.24324190232376
 rhs e1045_ 31.12162095116188
 rhs e1046_ 31.12162095116188
 rhs relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1049_ -31.12162095116188
 rhs e1050_ 62.24324190232376
 rhs e1052_ 31.12162095116188
 rhs e1053_ 31.12162095116188
 rhs relu_1_27_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1056_ -31.12162095116188
 rhs e1057_ 62.24324190232376
 rhs e1059_ 31.12162095116188
 rhs e1060_ 31.12162095116188
 rhs relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1063_ -35.86787418850656
 rhs e1064_ 71.73574837701312
 rhs e1066_ 35.86787418850656
 rhs e1067_ 35.86787418850656
 rhs relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1070_ -35.86787418850656
 rhs e1071_ 71.73574837701312
 rhs e1073_ 35.86787418850656
 rhs e1074_ 35.86787418850656
 rhs relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1077_ -35.86787418850656
 rhs e1078_ 71.73574837701312
 rhs e1080_ 35.86787418850656
 rhs e1081_ 35.86787418850656
 rhs relu_1_28_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1084_ -35.86787418850656
 rhs e1085_ 71.73574837701312
 rhs e1087_ 35.86787418850656
 rhs e1088_ 35.86787418850656
 rhs relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1091_ -40.61412742585125
 rhs e1092_ 81.2282548517025
 rhs e1094_ 40.61412742585125
 rhs e1095_ 40.61412742585125
 rhs relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1098_ -40.61412742585125
 rhs e1099_ 81.2282548517025
 rhs e1101_ 40.61412742585125
 rhs e1102_ 40.61412742585125
 rhs relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1105_ -40.61412742585125
 rhs e1106_ 81.2282548517025
 rhs e1108_ 40.61412742585125
 rhs e1109_ 40.61412742585125
 rhs relu_1_29_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1112_ -40.61412742585125
 rhs e1113_ 81.2282548517025
 rhs e1115_ 40.61412742585125
 rhs e1116_ 40.61412742585125
 rhs relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1119_ -32.66217848430928
 rhs e1120_ 65.32435696861856
 rhs e1122_ 32.66217848430928
 rhs e1123_ 32.66217848430928
 rhs relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1126_ -32.66217848430928
 rhs e1127_ 65.32435696861856
 rhs e1129_ 32.66217848430928
 rhs e1130_ 32.66217848430928
 rhs relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1133_ -32.66217848430928
 rhs e1134_ 65.32435696861856
 rhs e1136_ 32.66217848430928
 rhs e1137_ 32.66217848430928
 rhs relu_1_30_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1140_ -32.66217848430928
 rhs e1141_ 65.32435696861856
 rhs e1143_ 32.66217848430928
 rhs e1144_ 32.66217848430928
 rhs relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1147_ -37.40843172165396
 rhs e1148_ 74.81686344330792
 rhs e1150_ 37.40843172165396
 rhs e1151_ 37.40843172165396
 rhs relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1154_ -37.40843172165396
 rhs e1155_ 74.81686344330792
 rhs e1157_ 37.40843172165396
 rhs e1158_ 37.40843172165396
 rhs relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1161_ -37.40843172165396
 rhs e1162_ 74.81686344330792
 rhs e1164_ 37.40843172165396
 rhs e1165_ 37.40843172165396
 rhs relu_1_31_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1168_ -37.40843172165396
 rhs e1169_ 74.81686344330792
 rhs e1171_ 37.40843172165396
 rhs e1172_ 37.40843172165396
 rhs relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1175_ -42.15468495899865
 rhs e1176_ 84.3093699179973
 rhs e1178_ 42.15468495899865
 rhs e1179_ 42.15468495899865
 rhs relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1182_ -42.15468495899865
 rhs e1183_ 84.3093699179973
 rhs e1185_ 42.15468495899865
 rhs e1186_ 42.15468495899865
 rhs relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1189_ -42.15468495899865
 rhs e1190_ 84.3093699179973
 rhs e1192_ 42.15468495899865
 rhs e1193_ 42.15468495899865
 rhs relu_1_32_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1196_ -42.15468495899865
 rhs e1197_ 84.3093699179973
 rhs e1199_ 42.15468495899865
 rhs e1200_ 42.15468495899865
 rhs relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1203_ -34.20273601745667
 rhs e1204_ 68.40547203491334
 rhs e1206_ 34.20273601745667
 rhs e1207_ 34.20273601745667
 rhs relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1210_ -34.20273601745667
 rhs e1211_ 68.40547203491334
 rhs e1213_ 34.20273601745667
 rhs e1214_ 34.20273601745667
 rhs relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1217_ -34.20273601745667
 rhs e1218_ 68.40547203491334
 rhs e1220_ 34.20273601745667
 rhs e1221_ 34.20273601745667
 rhs relu_1_33_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1224_ -34.20273601745667
 rhs e1225_ 68.40547203491334
 rhs e1227_ 34.20273601745667
 rhs e1228_ 34.20273601745667
 rhs relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1231_ -38.94898925480136
 rhs e1232_ 77.89797850960272
 rhs e1234_ 38.94898925480136
 rhs e1235_ 38.94898925480136
 rhs relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1238_ -38.94898925480136
 rhs e1239_ 77.89797850960272
 rhs e1241_ 38.94898925480136
 rhs e1242_ 38.94898925480136
 rhs relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1245_ -38.94898925480136
 rhs e1246_ 77.89797850960272
 rhs e1248_ 38.94898925480136
 rhs e1249_ 38.94898925480136
 rhs relu_1_34_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1252_ -38.94898925480136
 rhs e1253_ 77.89797850960272
 rhs e1255_ 38.94898925480136
 rhs e1256_ 38.94898925480136
 rhs relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1259_ -43.69524249214605
 rhs e1260_ 87.3904849842921
 rhs e1262_ 43.69524249214605
 rhs e1263_ 43.69524249214605
 rhs relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1266_ -43.69524249214605
 rhs e1267_ 87.3904849842921
 rhs e1269_ 43.69524249214605
 rhs e1270_ 43.69524249214605
 rhs relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1273_ -43.69524249214605
 rhs e1274_ 87.3904849842921
 rhs e1276_ 43.69524249214605
 rhs e1277_ 43.69524249214605
 rhs relu_1_35_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1280_ -43.69524249214605
 rhs e1281_ 87.3904849842921
 rhs e1283_ 43.69524249214605
 rhs e1284_ 43.69524249214605
 rhs relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1287_ -41.90552368319366
 rhs e1288_ 83.81104736638731
 rhs e1290_ 41.90552368319366
 rhs e1291_ 41.90552368319366
 rhs relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1294_ -41.90552368319366
 rhs e1295_ 83.81104736638731
 rhs e1297_ 41.90552368319366
 rhs e1298_ 41.90552368319366
 rhs relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1301_ -41.90552368319366
 rhs e1302_ 83.81104736638731
 rhs e1304_ 41.90552368319366
 rhs e1305_ 41.90552368319366
 rhs relu_1_36_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1308_ -41.90552368319366
 rhs e1309_ 83.81104736638731
 rhs e1311_ 41.90552368319366
 rhs e1312_ 41.90552368319366
 rhs relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1315_ -46.651776920538346
 rhs e1316_ 93.30355384107669
 rhs e1318_ 46.651776920538346
 rhs e1319_ 46.651776920538346
 rhs relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1322_ -46.651776920538346
 rhs e1323_ 93.30355384107669
 rhs e1325_ 46.651776920538346
 rhs e1326_ 46.651776920538346
 rhs relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1329_ -46.651776920538346
 rhs e1330_ 93.30355384107669
 rhs e1332_ 46.651776920538346
 rhs e1333_ 46.651776920538346
 rhs relu_1_37_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1336_ -46.651776920538346
 rhs e1337_ 93.30355384107669
 rhs e1339_ 46.651776920538346
 rhs e1340_ 46.651776920538346
 rhs relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1343_ -51.39803015788303
 rhs e1344_ 102.79606031576606
 rhs e1346_ 51.39803015788303
 rhs e1347_ 51.39803015788303
 rhs relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1350_ -51.39803015788303
 rhs e1351_ 102.79606031576606
 rhs e1353_ 51.39803015788303
 rhs e1354_ 51.39803015788303
 rhs relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1357_ -51.39803015788303
 rhs e1358_ 102.79606031576606
 rhs e1360_ 51.39803015788303
 rhs e1361_ 51.39803015788303
 rhs relu_1_38_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1364_ -51.39803015788303
 rhs e1365_ 102.79606031576606
 rhs e1367_ 51.39803015788303
 rhs e1368_ 51.39803015788303
 rhs relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1371_ -44.986638749488456
 rhs e1372_ 89.97327749897691
 rhs e1374_ 44.986638749488456
 rhs e1375_ 44.986638749488456
 rhs relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1378_ -44.986638749488456
 rhs e1379_ 89.97327749897691
 rhs e1381_ 44.986638749488456
 rhs e1382_ 44.986638749488456
 rhs relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1385_ -44.986638749488456
 rhs e1386_ 89.97327749897691
 rhs e1388_ 44.986638749488456
 rhs e1389_ 44.986638749488456
 rhs relu_1_39_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1392_ -44.986638749488456
 rhs e1393_ 89.97327749897691
 rhs e1395_ 44.986638749488456
 rhs e1396_ 44.986638749488456
 rhs relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1399_ -49.73289198683314
 rhs e1400_ 99.46578397366628
 rhs e1402_ 49.73289198683314
 rhs e1403_ 49.73289198683314
 rhs relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1406_ -49.73289198683314
 rhs e1407_ 99.46578397366628
 rhs e1409_ 49.73289198683314
 rhs e1410_ 49.73289198683314
 rhs relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1413_ -49.73289198683314
 rhs e1414_ 99.46578397366628
 rhs e1416_ 49.73289198683314
 rhs e1417_ 49.73289198683314
 rhs relu_1_40_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1420_ -49.73289198683314
 rhs e1421_ 99.46578397366628
 rhs e1423_ 49.73289198683314
 rhs e1424_ 49.73289198683314
 rhs relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1427_ -54.47914522417783
 rhs e1428_ 108.95829044835565
 rhs e1430_ 54.47914522417783
 rhs e1431_ 54.47914522417783
 rhs relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1434_ -54.47914522417783
 rhs e1435_ 108.95829044835565
 rhs e1437_ 54.47914522417783
 rhs e1438_ 54.47914522417783
 rhs relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1441_ -54.47914522417783
 rhs e1442_ 108.95829044835565
 rhs e1444_ 54.47914522417783
 rhs e1445_ 54.47914522417783
 rhs relu_1_41_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1448_ -54.47914522417783
 rhs e1449_ 108.95829044835565
 rhs e1451_ 54.47914522417783
 rhs e1452_ 54.47914522417783
 rhs relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1455_ -48.06775381578325
 rhs e1456_ 96.1355076315665
 rhs e1458_ 48.06775381578325
 rhs e1459_ 48.06775381578325
 rhs relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1462_ -48.06775381578325
 rhs e1463_ 96.1355076315665
 rhs e1465_ 48.06775381578325
 rhs e1466_ 48.06775381578325
 rhs relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1469_ -48.06775381578325
 rhs e1470_ 96.1355076315665
 rhs e1472_ 48.06775381578325
 rhs e1473_ 48.06775381578325
 rhs relu_1_42_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1476_ -48.06775381578325
 rhs e1477_ 96.1355076315665
 rhs e1479_ 48.06775381578325
 rhs e1480_ 48.06775381578325
 rhs relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1483_ -52.81400705312794
 rhs e1484_ 105.62801410625588
 rhs e1486_ 52.81400705312794
 rhs e1487_ 52.81400705312794
 rhs relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1490_ -52.81400705312794
 rhs e1491_ 105.62801410625588
 rhs e1493_ 52.81400705312794
 rhs e1494_ 52.81400705312794
 rhs relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1497_ -52.81400705312794
 rhs e1498_ 105.62801410625588
 rhs e1500_ 52.81400705312794
 rhs e1501_ 52.81400705312794
 rhs relu_1_43_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1504_ -52.81400705312794
 rhs e1505_ 105.62801410625588
 rhs e1507_ 52.81400705312794
 rhs e1508_ 52.81400705312794
 rhs relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1511_ -57.56026029047262
 rhs e1512_ 115.12052058094524
 rhs e1514_ 57.56026029047262
 rhs e1515_ 57.56026029047262
 rhs relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1518_ -57.56026029047262
 rhs e1519_ 115.12052058094524
 rhs e1521_ 57.56026029047262
 rhs e1522_ 57.56026029047262
 rhs relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1525_ -57.56026029047262
 rhs e1526_ 115.12052058094524
 rhs e1528_ 57.56026029047262
 rhs e1529_ 57.56026029047262
 rhs relu_1_44_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1532_ -57.56026029047262
 rhs e1533_ 115.12052058094524
 rhs e1535_ 57.56026029047262
 rhs e1536_ 57.56026029047262
 rhs relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1539_ -25.81680740032749
 rhs e1540_ 51.63361480065498
 rhs e1542_ 25.81680740032749
 rhs e1543_ 25.81680740032749
 rhs relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1546_ -25.81680740032749
 rhs e1547_ 51.63361480065498
 rhs e1549_ 25.81680740032749
 rhs e1550_ 25.81680740032749
 rhs relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1553_ -25.81680740032749
 rhs e1554_ 51.63361480065498
 rhs e1556_ 25.81680740032749
 rhs e1557_ 25.81680740032749
 rhs relu_1_45_3__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1560_ -25.81680740032749
 rhs e1561_ 51.63361480065498
 rhs e1563_ 25.81680740032749
 rhs e1564_ 25.81680740032749
BOUNDS
 LO bnd w_1_0_0 -11
 UP bnd w_1_0_0 11
 LO bnd w_1_0_1 -11
 UP bnd w_1_0_1 11
 LO bnd w_1_1_0 -11
 UP bnd w_1_1_0 11
 LO bnd w_1_1_1 -11
 UP bnd w_1_1_1 11
 LO bnd w_1_2_0 -11
 UP bnd w_1_2_0 11
 LO bnd w_1_2_1 -11
 UP bnd w_1_2_1 11
 LO bnd w_1_3_0 -11
 UP bnd w_1_3_0 11
 LO bnd w_1_3_1 -11
 UP bnd w_1_3_1 11
 LO bnd w_2_0_0 -11
 UP bnd w_2_0_0 11
 LO bnd w_2_0_1 -11
 UP bnd w_2_0_1 11
 LO bnd w_2_0_2 -11
 UP bnd w_2_0_2 11
 LO bnd w_2_0_3 -11
 UP bnd w_2_0_3 11
 LO bnd w_2_1_0 -11
 UP bnd w_2_1_0 11
 LO bnd w_2_1_1 -11
 UP bnd w_2_1_1 11
 LO bnd w_2_1_2 -11
 UP bnd w_2_1_2 11
 LO bnd w_2_1_3 -11
 UP bnd w_2_1_3 11
 LO bnd b_1_0 -11
 UP bnd b_1_0 11
 LO bnd b_1_1 -11
 UP bnd b_1_1 11
 LO bnd b_1_2 -11
 UP bnd b_1_2 11
 LO bnd b_1_3 -11
 UP bnd b_1_3 11
 LO bnd b_2_0 -11
 UP bnd b_2_0 11
 LO bnd b_2_1 -11
 UP bnd b_2_1 11
 LO bnd pre_1_0_0 -59.04058006174029
 UP bnd pre_1_0_0 59.04058006174029
 LO bnd pre_1_0_1 -59.04058006174029
 UP bnd pre_1_0_1 59.04058006174029
 LO bnd pre_1_0_2 -59.04058006174029
 UP bnd pre_1_0_2 59.04058006174029
 LO bnd pre_1_0_3 -59.04058006174029
 UP bnd pre_1_0_3 59.04058006174029
 LO bnd pre_1_1_0 -65.20281019432989
 UP bnd pre_1_1_0 65.20281019432989
 LO bnd pre_1_1_1 -65.20281019432989
 UP bnd pre_1_1_1 65.20281019432989
 LO bnd pre_1_1_2 -65.20281019432989
 UP bnd pre_1_1_2 65.20281019432989
 LO bnd pre_1_1_3 -65.20281019432989
 UP bnd pre_1_1_3 65.20281019432989
 LO bnd pre_1_2_0 -71.36504032691947
 UP bnd pre_1_2_0 71.36504032691947
 LO bnd pre_1_2_1 -71.36504032691947
 UP bnd pre_1_2_1 71.36504032691947
 LO bnd pre_1_2_2 -71.36504032691947
 UP bnd pre_1_2_2 71.36504032691947
 LO bnd pre_1_2_3 -71.36504032691947
 UP bnd pre_1_2_3 71.36504032691947
 LO bnd pre_1_3_0 -56.66745344306795
 UP bnd pre_1_3_0 56.66745344306795
 LO bnd pre_1_3_1 -56.66745344306795
 UP bnd pre_1_3_1 56.66745344306795
 LO bnd pre_1_3_2 -56.66745344306795
 UP bnd pre_1_3_2 56.66745344306795
 LO bnd pre_1_3_3 -56.66745344306795
 UP bnd pre_1_3_3 56.66745344306795
 LO bnd pre_1_4_0 -62.82968357565754
 UP bnd pre_1_4_0 62.82968357565754
 LO bnd pre_1_4_1 -62.82968357565754
 UP bnd pre_1_4_1 62.82968357565754
 LO bnd pre_1_4_2 -62.82968357565754
 UP bnd pre_1_4_2 62.82968357565754
 LO bnd pre_1_4_3 -62.82968357565754
 UP bnd pre_1_4_3 62.82968357565754
 LO bnd pre_1_5_0 -68.99191370824713
 UP bnd pre_1_5_0 68.99191370824713
 LO bnd pre_1_5_1 -68.99191370824713
 UP bnd pre_1_5_1 68.99191370824713
 LO bnd pre_1_5_2 -68.99191370824713
 UP bnd pre_1_5_2 68.99191370824713
 LO bnd pre_1_5_3 -68.99191370824713
 UP bnd pre_1_5_3 68.99191370824713
 LO bnd pre_1_6_0 -54.294326824395604
 UP bnd pre_1_6_0 54.294326824395604
 LO bnd pre_1_6_1 -54.294326824395604
 UP bnd pre_1_6_1 54.294326824395604
 LO bnd pre_1_6_2 -54.294326824395604
 UP bnd pre_1_6_2 54.294326824395604
 LO bnd pre_1_6_3 -54.294326824395604
 UP bnd pre_1_6_3 54.294326824395604
 LO bnd pre_1_7_0 -60.45655695698519
 UP bnd pre_1_7_0 60.45655695698519
 LO bnd pre_1_7_1 -60.45655695698519
 UP bnd pre_1_7_1 60.45655695698519
 LO bnd pre_1_7_2 -60.45655695698519
 UP bnd pre_1_7_2 60.45655695698519
 LO bnd pre_1_7_3 -60.45655695698519
 UP bnd pre_1_7_3 60.45655695698519
 LO bnd pre_1_8_0 -66.61878708957478
 UP bnd pre_1_8_0 66.61878708957478
 LO bnd pre_1_8_1 -66.61878708957478
 UP bnd pre_1_8_1 66.61878708957478
 LO bnd pre_1_8_2 -66.61878708957478
 UP bnd pre_1_8_2 66.61878708957478
 LO bnd pre_1_8_3 -66.61878708957478
 UP bnd pre_1_8_3 66.61878708957478
 LO bnd pre_1_9_0 -48.36151027771475
 UP bnd pre_1_9_0 48.36151027771475
 LO bnd pre_1_9_1 -48.36151027771475
 UP bnd pre_1_9_1 48.36151027771475
 LO bnd pre_1_9_2 -48.36151027771475
 UP bnd pre_1_9_2 48.36151027771475
 LO bnd pre_1_9_3 -48.36151027771475
 UP bnd pre_1_9_3 48.36151027771475
 LO bnd pre_1_10_0 -54.52374041030434
 UP bnd pre_1_10_0 54.52374041030434
 LO bnd pre_1_10_1 -54.52374041030434
 UP bnd pre_1_10_1 54.52374041030434
 LO bnd pre_1_10_2 -54.52374041030434
 UP bnd pre_1_10_2 54.52374041030434
 LO bnd pre_1_10_3 -54.52374041030434
 UP bnd pre_1_10_3 54.52374041030434
 LO bnd pre_1_11_0 -60.68597054289393
 UP bnd pre_1_11_0 60.68597054289393
 LO bnd pre_1_11_1 -60.68597054289393
 UP bnd pre_1_11_1 60.68597054289393
 LO bnd pre_1_11_2 -60.68597054289393
 UP bnd pre_1_11_2 60.68597054289393
 LO bnd pre_1_11_3 -60.68597054289393
 UP bnd pre_1_11_3 60.68597054289393
 LO bnd pre_1_12_0 -47.17494696837858
 UP bnd pre_1_12_0 47.17494696837858
 LO bnd pre_1_12_1 -47.17494696837858
 UP bnd pre_1_12_1 47.17494696837858
 LO bnd pre_1_12_2 -47.17494696837858
 UP bnd pre_1_12_2 47.17494696837858
 LO bnd pre_1_12_3 -47.17494696837858
 UP bnd pre_1_12_3 47.17494696837858
 LO bnd pre_1_13_0 -53.33717710096817
 UP bnd pre_1_13_0 53.33717710096817
 LO bnd pre_1_13_1 -53.33717710096817
 UP bnd pre_1_13_1 53.33717710096817
 LO bnd pre_1_13_2 -53.33717710096817
 UP bnd pre_1_13_2 53.33717710096817
 LO bnd pre_1_13_3 -53.33717710096817
 UP bnd pre_1_13_3 53.33717710096817
 LO bnd pre_1_14_0 -59.49940723355775
 UP bnd pre_1_14_0 59.49940723355775
 LO bnd pre_1_14_1 -59.49940723355775
 UP bnd pre_1_14_1 59.49940723355775
 LO bnd pre_1_14_2 -59.49940723355775
 UP bnd pre_1_14_2 59.49940723355775
 LO bnd pre_1_14_3 -59.49940723355775
 UP bnd pre_1_14_3 59.49940723355775
 LO bnd pre_1_15_0 -45.988383659042405
 UP bnd pre_1_15_0 45.988383659042405
 LO bnd pre_1_15_1 -45.988383659042405
 UP bnd pre_1_15_1 45.988383659042405
 LO bnd pre_1_15_2 -45.988383659042405
 UP bnd pre_1_15_2 45.988383659042405
 LO bnd pre_1_15_3 -45.988383659042405
 UP bnd pre_1_15_3 45.988383659042405
 LO bnd pre_1_16_0 -52.15061379163199
 UP bnd pre_1_16_0 52.15061379163199
 LO bnd pre_1_16_1 -52.15061379163199
 UP bnd pre_1_16_1 52.15061379163199
 LO bnd pre_1_16_2 -52.15061379163199
 UP bnd pre_1_16_2 52.15061379163199
 LO bnd pre_1_16_3 -52.15061379163199
 UP bnd pre_1_16_3 52.15061379163199
 LO bnd pre_1_17_0 -58.31284392422158
 UP bnd pre_1_17_0 58.31284392422158
 LO bnd pre_1_17_1 -58.31284392422158
 UP bnd pre_1_17_1 58.31284392422158
 LO bnd pre_1_17_2 -58.31284392422158
 UP bnd pre_1_17_2 58.31284392422158
 LO bnd pre_1_17_3 -58.31284392422158
 UP bnd pre_1_17_3 58.31284392422158
 LO bnd pre_1_18_0 -44.80182034970623
 UP bnd pre_1_18_0 44.80182034970623
 LO bnd pre_1_18_1 -44.80182034970623
 UP bnd pre_1_18_1 44.80182034970623
 LO bnd pre_1_18_2 -44.80182034970623
 UP bnd pre_1_18_2 44.80182034970623
 LO bnd pre_1_18_3 -44.80182034970623
 UP bnd pre_1_18_3 44.80182034970623
 LO bnd pre_1_19_0 -50.964050482295825
 UP bnd pre_1_19_0 50.964050482295825
 LO bnd pre_1_19_1 -50.964050482295825
 UP bnd pre_1_19_1 50.964050482295825
 LO bnd pre_1_19_2 -50.964050482295825
 UP bnd pre_1_19_2 50.964050482295825
 LO bnd pre_1_19_3 -50.964050482295825
 UP bnd pre_1_19_3 50.964050482295825
 LO bnd pre_1_20_0 -57.12628061488541
 UP bnd pre_1_20_0 57.12628061488541
 LO bnd pre_1_20_1 -57.12628061488541
 UP bnd pre_1_20_1 57.12628061488541
 LO bnd pre_1_20_2 -57.12628061488541
 UP bnd pre_1_20_2 57.12628061488541
 LO bnd pre_1_20_3 -57.12628061488541
 UP bnd pre_1_20_3 57.12628061488541
 LO bnd pre_1_21_0 -30.563060637672177
 UP bnd pre_1_21_0 30.563060637672177
 LO bnd pre_1_21_1 -30.563060637672177
 UP bnd pre_1_21_1 30.563060637672177
 LO bnd pre_1_21_2 -30.563060637672177
 UP bnd pre_1_21_2 30.563060637672177
 LO bnd pre_1_21_3 -30.563060637672177
 UP bnd pre_1_21_3 30.563060637672177
 LO bnd pre_1_22_0 -36.725290770261765
 UP bnd pre_1_22_0 36.725290770261765
 LO bnd pre_1_22_1 -36.725290770261765
 UP bnd pre_1_22_1 36.725290770261765
 LO bnd pre_1_22_2 -36.725290770261765
 UP bnd pre_1_22_2 36.725290770261765
 LO bnd pre_1_22_3 -36.725290770261765
 UP bnd pre_1_22_3 36.725290770261765
 LO bnd pre_1_23_0 -42.88752090285135
 UP bnd pre_1_23_0 42.88752090285135
 LO bnd pre_1_23_1 -42.88752090285135
 UP bnd pre_1_23_1 42.88752090285135
 LO bnd pre_1_23_2 -42.88752090285135
 UP bnd pre_1_23_2 42.88752090285135
 LO bnd pre_1_23_3 -42.88752090285135
 UP bnd pre_1_23_3 42.88752090285135
 LO bnd pre_1_24_0 -29.581063418014484
 UP bnd pre_1_24_0 29.581063418014484
 LO bnd pre_1_24_1 -29.581063418014484
 UP bnd pre_1_24_1 29.581063418014484
 LO bnd pre_1_24_2 -29.581063418014484
 UP bnd pre_1_24_2 29.581063418014484
 LO bnd pre_1_24_3 -29.581063418014484
 UP bnd pre_1_24_3 29.581063418014484
 LO bnd pre_1_25_0 -34.32731665535917
 UP bnd pre_1_25_0 34.32731665535917
 LO bnd pre_1_25_1 -34.32731665535917
 UP bnd pre_1_25_1 34.32731665535917
 LO bnd pre_1_25_2 -34.32731665535917
 UP bnd pre_1_25_2 34.32731665535917
 LO bnd pre_1_25_3 -34.32731665535917
 UP bnd pre_1_25_3 34.32731665535917
 LO bnd pre_1_26_0 -39.07356989270386
 UP bnd pre_1_26_0 39.07356989270386
 LO bnd pre_1_26_1 -39.07356989270386
 UP bnd pre_1_26_1 39.07356989270386
 LO bnd pre_1_26_2 -39.07356989270386
 UP bnd pre_1_26_2 39.07356989270386
 LO bnd pre_1_26_3 -39.07356989270386
 UP bnd pre_1_26_3 39.07356989270386
 LO bnd pre_1_27_0 -31.12162095116188
 UP bnd pre_1_27_0 31.12162095116188
 LO bnd pre_1_27_1 -31.12162095116188
 UP bnd pre_1_27_1 31.12162095116188
 LO bnd pre_1_27_2 -31.12162095116188
 UP bnd pre_1_27_2 31.12162095116188
 LO bnd pre_1_27_3 -31.12162095116188
 UP bnd pre_1_27_3 31.12162095116188
 LO bnd pre_1_28_0 -35.86787418850656
 UP bnd pre_1_28_0 35.86787418850656
 LO bnd pre_1_28_1 -35.86787418850656
 UP bnd pre_1_28_1 35.86787418850656
 LO bnd pre_1_28_2 -35.86787418850656
 UP bnd pre_1_28_2 35.86787418850656
 LO bnd pre_1_28_3 -35.86787418850656
 UP bnd pre_1_28_3 35.86787418850656
 LO bnd pre_1_29_0 -40.61412742585125
 UP bnd pre_1_29_0 40.61412742585125
 LO bnd pre_1_29_1 -40.61412742585125
 UP bnd pre_1_29_1 40.61412742585125
 LO bnd pre_1_29_2 -40.61412742585125
 UP bnd pre_1_29_2 40.61412742585125
 LO bnd pre_1_29_3 -40.61412742585125
 UP bnd pre_1_29_3 40.61412742585125
 LO bnd pre_1_30_0 -32.66217848430928
 UP bnd pre_1_30_0 32.66217848430928
 LO bnd pre_1_30_1 -32.66217848430928
 UP bnd pre_1_30_1 32.66217848430928
 LO bnd pre_1_30_2 -32.66217848430928
 UP bnd pre_1_30_2 32.66217848430928
 LO bnd pre_1_30_3 -32.66217848430928
 UP bnd pre_1_30_3 32.66217848430928
 LO bnd pre_1_31_0 -37.40843172165396
 UP bnd pre_1_31_0 37.40843172165396
 LO bnd pre_1_31_1 -37.40843172165396
 UP bnd pre_1_31_1 37.40843172165396
 LO bnd pre_1_31_2 -37.40843172165396
 UP bnd pre_1_31_2 37.40843172165396
 LO bnd pre_1_31_3 -37.40843172165396
 UP bnd pre_1_31_3 37.40843172165396
 LO bnd pre_1_32_0 -42.15468495899865
 UP bnd pre_1_32_0 42.15468495899865
 LO bnd pre_1_32_1 -42.15468495899865
 UP bnd pre_1_32_1 42.15468495899865
 LO bnd pre_1_32_2 -42.15468495899865
 UP bnd pre_1_32_2 42.15468495899865
 LO bnd pre_1_32_3 -42.15468495899865
 UP bnd pre_1_32_3 42.15468495899865
 LO bnd pre_1_33_0 -34.20273601745667
 UP bnd pre_1_33_0 34.20273601745667
 LO bnd pre_1_33_1 -34.20273601745667
 UP bnd pre_1_33_1 34.20273601745667
 LO bnd pre_1_33_2 -34.20273601745667
 UP bnd pre_1_33_2 34.20273601745667
 LO bnd pre_1_33_3 -34.20273601745667
 UP bnd pre_1_33_3 34.20273601745667
 LO bnd pre_1_34_0 -38.94898925480136
 UP bnd pre_1_34_0 38.94898925480136
 LO bnd pre_1_34_1 -38.94898925480136
 UP bnd pre_1_34_1 38.94898925480136
 LO bnd pre_1_34_2 -38.94898925480136
 UP bnd pre_1_34_2 38.94898925480136
 LO bnd pre_1_34_3 -38.94898925480136
 UP bnd pre_1_34_3 38.94898925480136
 LO bnd pre_1_35_0 -43.69524249214605
 UP bnd pre_1_35_0 43.69524249214605
 LO bnd pre_1_35_1 -43.69524249214605
 UP bnd pre_1_35_1 43.69524249214605
 LO bnd pre_1_35_2 -43.69524249214605
 UP bnd pre_1_35_2 43.69524249214605
 LO bnd pre_1_35_3 -43.69524249214605
 UP bnd pre_1_35_3 43.69524249214605
 LO bnd pre_1_36_0 -41.90552368319366
 UP bnd pre_1_36_0 41.90552368319366
 LO bnd pre_1_36_1 -41.90552368319366
 UP bnd pre_1_36_1 41.90552368319366
 LO bnd pre_1_36_2 -41.90552368319366
 UP bnd pre_1_36_2 41.90552368319366
 LO bnd pre_1_36_3 -41.90552368319366
 UP bnd pre_1_36_3 41.90552368319366
 LO bnd pre_1_37_0 -46.651776920538346
 UP bnd pre_1_37_0 46.651776920538346
 LO bnd pre_1_37_1 -46.651776920538346
 UP bnd pre_1_37_1 46.651776920538346
 LO bnd pre_1_37_2 -46.651776920538346
 UP bnd pre_1_37_2 46.651776920538346
 LO bnd pre_1_37_3 -46.651776920538346
 UP bnd pre_1_37_3 46.651776920538346
 LO bnd pre_1_38_0 -51.39803015788303
 UP bnd pre_1_38_0 51.39803015788303
 LO bnd pre_1_38_1 -51.39803015788303
 UP bnd pre_1_38_1 51.39803015788303
 LO bnd pre_1_38_2 -51.39803015788303
 UP bnd pre_1_38_2 51.39803015788303
 LO bnd pre_1_38_3 -51.39803015788303
 UP bnd pre_1_38_3 51.39803015788303
 LO bnd pre_1_39_0 -44.986638749488456
 UP bnd pre_1_39_0 44.986638749488456
 LO bnd pre_1_39_1 -44.986638749488456
 UP bnd pre_1_39_1 44.986638749488456
 LO bnd pre_1_39_2 -44.986638749488456
 UP bnd pre_1_39_2 44.986638749488456
 LO bnd pre_1_39_3 -44.986638749488456
 UP bnd pre_1_39_3 44.986638749488456
 LO bnd pre_1_40_0 -49.73289198683314
 UP bnd pre_1_40_0 49.73289198683314
 LO bnd pre_1_40_1 -49.73289198683314
 UP bnd pre_1_40_1 49.73289198683314
 LO bnd pre_1_40_2 -49.73289198683314
 UP bnd pre_1_40_2 49.73289198683314
 LO bnd pre_1_40_3 -49.73289198683314
 UP bnd pre_1_40_3 49.73289198683314
 LO bnd pre_1_41_0 -54.47914522417783
 UP bnd pre_1_41_0 54.47914522417783
 LO bnd pre_1_41_1 -54.47914522417783
 UP bnd pre_1_41_1 54.47914522417783
 LO bnd pre_1_41_2 -54.47914522417783
 UP bnd pre_1_41_2 54.47914522417783
 LO bnd pre_1_41_3 -54.47914522417783
 UP bnd pre_1_41_3 54.47914522417783
 LO bnd pre_1_42_0 -48.06775381578325
 UP bnd pre_1_42_0 48.06775381578325
 LO bnd pre_1_42_1 -48.06775381578325
 UP bnd pre_1_42_1 48.06775381578325
 LO bnd pre_1_42_2 -48.06775381578325
 UP bnd pre_1_42_2 48.06775381578325
 LO bnd pre_1_42_3 -48.06775381578325
 UP bnd pre_1_42_3 48.06775381578325
 LO bnd pre_1_43_0 -52.81400705312794
 UP bnd pre_1_43_0 52.81400705312794
 LO bnd pre_1_43_1 -52.81400705312794
 UP bnd pre_1_43_1 52.81400705312794
 LO bnd pre_1_43_2 -52.81400705312794
 UP bnd pre_1_43_2 52.81400705312794
 LO bnd pre_1_43_3 -52.81400705312794
 UP bnd pre_1_43_3 52.81400705312794
 LO bnd pre_1_44_0 -57.56026029047262
 UP bnd pre_1_44_0 57.56026029047262
 LO bnd pre_1_44_1 -57.56026029047262
 UP bnd pre_1_44_1 57.56026029047262
 LO bnd pre_1_44_2 -57.56026029047262
 UP bnd pre_1_44_2 57.56026029047262
 LO bnd pre_1_44_3 -57.56026029047262
 UP bnd pre_1_44_3 57.56026029047262
 LO bnd pre_1_45_0 -25.81680740032749
 UP bnd pre_1_45_0 25.81680740032749
 LO bnd pre_1_45_1 -25.81680740032749
 UP bnd pre_1_45_1 25.81680740032749
 LO bnd pre_1_45_2 -25.81680740032749
 UP bnd pre_1_45_2 25.81680740032749
 LO bnd pre_1_45_3 -25.81680740032749
 UP bnd pre_1_45_3 25.81680740032749
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 59.04058006174029
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 59.04058006174029
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 59.04058006174029
 LO bnd post_1_0_3 0
 UP bnd post_1_0_3 59.04058006174029
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 65.20281019432989
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 65.20281019432989
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 65.20281019432989
 LO bnd post_1_1_3 0
 UP bnd post_1_1_3 65.20281019432989
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 71.36504032691947
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 71.36504032691947
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 71.36504032691947
 LO bnd post_1_2_3 0
 UP bnd post_1_2_3 71.36504032691947
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 56.66745344306795
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 56.66745344306795
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 56.66745344306795
 LO bnd post_1_3_3 0
 UP bnd post_1_3_3 56.66745344306795
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 62.82968357565754
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 62.82968357565754
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 62.82968357565754
 LO bnd post_1_4_3 0
 UP bnd post_1_4_3 62.82968357565754
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 68.99191370824713
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 68.99191370824713
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 68.99191370824713
 LO bnd post_1_5_3 0
 UP bnd post_1_5_3 68.99191370824713
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 54.294326824395604
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 54.294326824395604
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 54.294326824395604
 LO bnd post_1_6_3 0
 UP bnd post_1_6_3 54.294326824395604
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 60.45655695698519
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 60.45655695698519
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 60.45655695698519
 LO bnd post_1_7_3 0
 UP bnd post_1_7_3 60.45655695698519
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 66.61878708957478
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 66.61878708957478
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 66.61878708957478
 LO bnd post_1_8_3 0
 UP bnd post_1_8_3 66.61878708957478
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 48.36151027771475
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 48.36151027771475
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 48.36151027771475
 LO bnd post_1_9_3 0
 UP bnd post_1_9_3 48.36151027771475
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 54.52374041030434
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 54.52374041030434
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 54.52374041030434
 LO bnd post_1_10_3 0
 UP bnd post_1_10_3 54.52374041030434
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 60.68597054289393
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 60.68597054289393
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 60.68597054289393
 LO bnd post_1_11_3 0
 UP bnd post_1_11_3 60.68597054289393
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 47.17494696837858
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 47.17494696837858
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 47.17494696837858
 LO bnd post_1_12_3 0
 UP bnd post_1_12_3 47.17494696837858
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 53.33717710096817
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 53.33717710096817
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 53.33717710096817
 LO bnd post_1_13_3 0
 UP bnd post_1_13_3 53.33717710096817
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 59.49940723355775
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 59.49940723355775
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 59.49940723355775
 LO bnd post_1_14_3 0
 UP bnd post_1_14_3 59.49940723355775
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 45.988383659042405
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 45.988383659042405
 LO bnd post_1_15_2 0
 UP bnd post_1_15_2 45.988383659042405
 LO bnd post_1_15_3 0
 UP bnd post_1_15_3 45.988383659042405
 LO bnd post_1_16_0 0
 UP bnd post_1_16_0 52.15061379163199
 LO bnd post_1_16_1 0
 UP bnd post_1_16_1 52.15061379163199
 LO bnd post_1_16_2 0
 UP bnd post_1_16_2 52.15061379163199
 LO bnd post_1_16_3 0
 UP bnd post_1_16_3 52.15061379163199
 LO bnd post_1_17_0 0
 UP bnd post_1_17_0 58.31284392422158
 LO bnd post_1_17_1 0
 UP bnd post_1_17_1 58.31284392422158
 LO bnd post_1_17_2 0
 UP bnd post_1_17_2 58.31284392422158
 LO bnd post_1_17_3 0
 UP bnd post_1_17_3 58.31284392422158
 LO bnd post_1_18_0 0
 UP bnd post_1_18_0 44.80182034970623
 LO bnd post_1_18_1 0
 UP bnd post_1_18_1 44.80182034970623
 LO bnd post_1_18_2 0
 UP bnd post_1_18_2 44.80182034970623
 LO bnd post_1_18_3 0
 UP bnd post_1_18_3 44.80182034970623
 LO bnd post_1_19_0 0
 UP bnd post_1_19_0 50.964050482295825
 LO bnd post_1_19_1 0
 UP bnd post_1_19_1 50.964050482295825
 LO bnd post_1_19_2 0
 UP bnd post_1_19_2 50.964050482295825
 LO bnd post_1_19_3 0
 UP bnd post_1_19_3 50.964050482295825
 LO bnd post_1_20_0 0
 UP bnd post_1_20_0 57.12628061488541
 LO bnd post_1_20_1 0
 UP bnd post_1_20_1 57.12628061488541
 LO bnd post_1_20_2 0
 UP bnd post_1_20_2 57.12628061488541
 LO bnd post_1_20_3 0
 UP bnd post_1_20_3 57.12628061488541
 LO bnd post_1_21_0 0
 UP bnd post_1_21_0 30.563060637672177
 LO bnd post_1_21_1 0
 UP bnd post_1_21_1 30.563060637672177
 LO bnd post_1_21_2 0
 UP bnd post_1_21_2 30.563060637672177
 LO bnd post_1_21_3 0
 UP bnd post_1_21_3 30.563060637672177
 LO bnd post_1_22_0 0
 UP bnd post_1_22_0 36.725290770261765
 LO bnd post_1_22_1 0
 UP bnd post_1_22_1 36.725290770261765
 LO bnd post_1_22_2 0
 UP bnd post_1_22_2 36.725290770261765
 LO bnd post_1_22_3 0
 UP bnd post_1_22_3 36.725290770261765
 LO bnd post_1_23_0 0
 UP bnd post_1_23_0 42.88752090285135
 LO bnd post_1_23_1 0
 UP bnd post_1_23_1 42.88752090285135
 LO bnd post_1_23_2 0
 UP bnd post_1_23_2 42.88752090285135
 LO bnd post_1_23_3 0
 UP bnd post_1_23_3 42.88752090285135
 LO bnd post_1_24_0 0
 UP bnd post_1_24_0 29.581063418014484
 LO bnd post_1_24_1 0
 UP bnd post_1_24_1 29.581063418014484
 LO bnd post_1_24_2 0
 UP bnd post_1_24_2 29.581063418014484
 LO bnd post_1_24_3 0
 UP bnd post_1_24_3 29.581063418014484
 LO bnd post_1_25_0 0
 UP bnd post_1_25_0 34.32731665535917
 LO bnd post_1_25_1 0
 UP bnd post_1_25_1 34.32731665535917
 LO bnd post_1_25_2 0
 UP bnd post_1_25_2 34.32731665535917
 LO bnd post_1_25_3 0
 UP bnd post_1_25_3 34.32731665535917
 LO bnd post_1_26_0 0
 UP bnd post_1_26_0 39.07356989270386
 LO bnd post_1_26_1 0
 UP bnd post_1_26_1 39.07356989270386
 LO bnd post_1_26_2 0
 UP bnd post_1_26_2 39.07356989270386
 LO bnd post_1_26_3 0
 UP bnd post_1_26_3 39.07356989270386
 LO bnd post_1_27_0 0
 UP bnd post_1_27_0 31.12162095116188
 LO bnd post_1_27_1 0
 UP bnd post_1_27_1 31.12162095116188
 LO bnd post_1_27_2 0
 UP bnd post_1_27_2 31.12162095116188
 LO bnd post_1_27_3 0
 UP bnd post_1_27_3 31.12162095116188
 LO bnd post_1_28_0 0
 UP bnd post_1_28_0 35.86787418850656
 LO bnd post_1_28_1 0
 UP bnd post_1_28_1 35.86787418850656
 LO bnd post_1_28_2 0
 UP bnd post_1_28_2 35.86787418850656
 LO bnd post_1_28_3 0
 UP bnd post_1_28_3 35.86787418850656
 LO bnd post_1_29_0 0
 UP bnd post_1_29_0 40.61412742585125
 LO bnd post_1_29_1 0
 UP bnd post_1_29_1 40.61412742585125
 LO bnd post_1_29_2 0
 UP bnd post_1_29_2 40.61412742585125
 LO bnd post_1_29_3 0
 UP bnd post_1_29_3 40.61412742585125
 LO bnd post_1_30_0 0
 UP bnd post_1_30_0 32.66217848430928
 LO bnd post_1_30_1 0
 UP bnd post_1_30_1 32.66217848430928
 LO bnd post_1_30_2 0
 UP bnd post_1_30_2 32.66217848430928
 LO bnd post_1_30_3 0
 UP bnd post_1_30_3 32.66217848430928
 LO bnd post_1_31_0 0
 UP bnd post_1_31_0 37.40843172165396
 LO bnd post_1_31_1 0
 UP bnd post_1_31_1 37.40843172165396
 LO bnd post_1_31_2 0
 UP bnd post_1_31_2 37.40843172165396
 LO bnd post_1_31_3 0
 UP bnd post_1_31_3 37.40843172165396
 LO bnd post_1_32_0 0
 UP bnd post_1_32_0 42.15468495899865
 LO bnd post_1_32_1 0
 UP bnd post_1_32_1 42.15468495899865
 LO bnd post_1_32_2 0
 UP bnd post_1_32_2 42.15468495899865
 LO bnd post_1_32_3 0
 UP bnd post_1_32_3 42.15468495899865
 LO bnd post_1_33_0 0
 UP bnd post_1_33_0 34.20273601745667
 LO bnd post_1_33_1 0
 UP bnd post_1_33_1 34.20273601745667
 LO bnd post_1_33_2 0
 UP bnd post_1_33_2 34.20273601745667
 LO bnd post_1_33_3 0
 UP bnd post_1_33_3 34.20273601745667
 LO bnd post_1_34_0 0
 UP bnd post_1_34_0 38.94898925480136
 LO bnd post_1_34_1 0
 UP bnd post_1_34_1 38.94898925480136
 LO bnd post_1_34_2 0
 UP bnd post_1_34_2 38.94898925480136
 LO bnd post_1_34_3 0
 UP bnd post_1_34_3 38.94898925480136
 LO bnd post_1_35_0 0
 UP bnd post_1_35_0 43.69524249214605
 LO bnd post_1_35_1 0
 UP bnd post_1_35_1 43.69524249214605
 LO bnd post_1_35_2 0
 UP bnd post_1_35_2 43.69524249214605
 LO bnd post_1_35_3 0
 UP bnd post_1_35_3 43.69524249214605
 LO bnd post_1_36_0 0
 UP bnd post_1_36_0 41.90552368319366
 LO bnd post_1_36_1 0
 UP bnd post_1_36_1 41.90552368319366
 LO bnd post_1_36_2 0
 UP bnd post_1_36_2 41.90552368319366
 LO bnd post_1_36_3 0
 UP bnd post_1_36_3 41.90552368319366
 LO bnd post_1_37_0 0
 UP bnd post_1_37_0 46.651776920538346
 LO bnd post_1_37_1 0
 UP bnd post_1_37_1 46.651776920538346
 LO bnd post_1_37_2 0
 UP bnd post_1_37_2 46.651776920538346
 LO bnd post_1_37_3 0
 UP bnd post_1_37_3 46.651776920538346
 LO bnd post_1_38_0 0
 UP bnd post_1_38_0 51.39803015788303
 LO bnd post_1_38_1 0
 UP bnd post_1_38_1 51.39803015788303
 LO bnd post_1_38_2 0
 UP bnd post_1_38_2 51.39803015788303
 LO bnd post_1_38_3 0
 UP bnd post_1_38_3 51.39803015788303
 LO bnd post_1_39_0 0
 UP bnd post_1_39_0 44.986638749488456
 LO bnd post_1_39_1 0
 UP bnd post_1_39_1 44.986638749488456
 LO bnd post_1_39_2 0
 UP bnd post_1_39_2 44.986638749488456
 LO bnd post_1_39_3 0
 UP bnd post_1_39_3 44.986638749488456
 LO bnd post_1_40_0 0
 UP bnd post_1_40_0 49.73289198683314
 LO bnd post_1_40_1 0
 UP bnd post_1_40_1 49.73289198683314
 LO bnd post_1_40_2 0
 UP bnd post_1_40_2 49.73289198683314
 LO bnd post_1_40_3 0
 UP bnd post_1_40_3 49.73289198683314
 LO bnd post_1_41_0 0
 UP bnd post_1_41_0 54.47914522417783
 LO bnd post_1_41_1 0
 UP bnd post_1_41_1 54.47914522417783
 LO bnd post_1_41_2 0
 UP bnd post_1_41_2 54.47914522417783
 LO bnd post_1_41_3 0
 UP bnd post_1_41_3 54.47914522417783
 LO bnd post_1_42_0 0
 UP bnd post_1_42_0 48.06775381578325
 LO bnd post_1_42_1 0
 UP bnd post_1_42_1 48.06775381578325
 LO bnd post_1_42_2 0
 UP bnd post_1_42_2 48.06775381578325
 LO bnd post_1_42_3 0
 UP bnd post_1_42_3 48.06775381578325
 LO bnd post_1_43_0 0
 UP bnd post_1_43_0 52.81400705312794
 LO bnd post_1_43_1 0
 UP bnd post_1_43_1 52.81400705312794
 LO bnd post_1_43_2 0
 UP bnd post_1_43_2 52.81400705312794
 LO bnd post_1_43_3 0
 UP bnd post_1_43_3 52.81400705312794
 LO bnd post_1_44_0 0
 UP bnd post_1_44_0 57.56026029047262
 LO bnd post_1_44_1 0
 UP bnd post_1_44_1 57.56026029047262
 LO bnd post_1_44_2 0
 UP bnd post_1_44_2 57.56026029047262
 LO bnd post_1_44_3 0
 UP bnd post_1_44_3 57.56026029047262
 LO bnd post_1_45_0 0
 UP bnd post_1_45_0 25.81680740032749
 LO bnd post_1_45_1 0
 UP bnd post_1_45_1 25.81680740032749
 LO bnd post_1_45_2 0
 UP bnd post_1_45_2 25.81680740032749
 LO bnd post_1_45_3 0
 UP bnd post_1_45_3 25.81680740032749
 LO bnd out_0_0 -2608.785522716573
 UP bnd out_0_0 2608.785522716573
 LO bnd out_0_1 -2608.785522716573
 UP bnd out_0_1 2608.785522716573
 LO bnd out_1_0 -2879.923648550515
 UP bnd out_1_0 2879.923648550515
 LO bnd out_1_1 -2879.923648550515
 UP bnd out_1_1 2879.923648550515
 LO bnd out_2_0 -3151.061774384457
 UP bnd out_2_0 3151.061774384457
 LO bnd out_2_1 -3151.061774384457
 UP bnd out_2_1 3151.061774384457
 LO bnd out_3_0 -2504.36795149499
 UP bnd out_3_0 2504.36795149499
 LO bnd out_3_1 -2504.36795149499
 UP bnd out_3_1 2504.36795149499
 LO bnd out_4_0 -2775.506077328932
 UP bnd out_4_0 2775.506077328932
 LO bnd out_4_1 -2775.506077328932
 UP bnd out_4_1 2775.506077328932
 LO bnd out_5_0 -3046.6442031628735
 UP bnd out_5_0 3046.6442031628735
 LO bnd out_5_1 -3046.6442031628735
 UP bnd out_5_1 3046.6442031628735
 LO bnd out_6_0 -2399.9503802734066
 UP bnd out_6_0 2399.9503802734066
 LO bnd out_6_1 -2399.9503802734066
 UP bnd out_6_1 2399.9503802734066
 LO bnd out_7_0 -2671.088506107348
 UP bnd out_7_0 2671.088506107348
 LO bnd out_7_1 -2671.088506107348
 UP bnd out_7_1 2671.088506107348
 LO bnd out_8_0 -2942.22663194129
 UP bnd out_8_0 2942.22663194129
 LO bnd out_8_1 -2942.22663194129
 UP bnd out_8_1 2942.22663194129
 LO bnd out_9_0 -2138.906452219449
 UP bnd out_9_0 2138.906452219449
 LO bnd out_9_1 -2138.906452219449
 UP bnd out_9_1 2138.906452219449
 LO bnd out_10_0 -2410.044578053391
 UP bnd out_10_0 2410.044578053391
 LO bnd out_10_1 -2410.044578053391
 UP bnd out_10_1 2410.044578053391
 LO bnd out_11_0 -2681.1827038873325
 UP bnd out_11_0 2681.1827038873325
 LO bnd out_11_1 -2681.1827038873325
 UP bnd out_11_1 2681.1827038873325
 LO bnd out_12_0 -2086.6976666086575
 UP bnd out_12_0 2086.6976666086575
 LO bnd out_12_1 -2086.6976666086575
 UP bnd out_12_1 2086.6976666086575
 LO bnd out_13_0 -2357.8357924425995
 UP bnd out_13_0 2357.8357924425995
 LO bnd out_13_1 -2357.8357924425995
 UP bnd out_13_1 2357.8357924425995
 LO bnd out_14_0 -2628.9739182765406
 UP bnd out_14_0 2628.9739182765406
 LO bnd out_14_1 -2628.9739182765406
 UP bnd out_14_1 2628.9739182765406
 LO bnd out_15_0 -2034.4888809978659
 UP bnd out_15_0 2034.4888809978659
 LO bnd out_15_1 -2034.4888809978659
 UP bnd out_15_1 2034.4888809978659
 LO bnd out_16_0 -2305.6270068318076
 UP bnd out_16_0 2305.6270068318076
 LO bnd out_16_1 -2305.6270068318076
 UP bnd out_16_1 2305.6270068318076
 LO bnd out_17_0 -2576.7651326657497
 UP bnd out_17_0 2576.7651326657497
 LO bnd out_17_1 -2576.7651326657497
 UP bnd out_17_1 2576.7651326657497
 LO bnd out_18_0 -1982.2800953870742
 UP bnd out_18_0 1982.2800953870742
 LO bnd out_18_1 -1982.2800953870742
 UP bnd out_18_1 1982.2800953870742
 LO bnd out_19_0 -2253.418221221016
 UP bnd out_19_0 2253.418221221016
 LO bnd out_19_1 -2253.418221221016
 UP bnd out_19_1 2253.418221221016
 LO bnd out_20_0 -2524.556347054958
 UP bnd out_20_0 2524.556347054958
 LO bnd out_20_1 -2524.556347054958
 UP bnd out_20_1 2524.556347054958
 LO bnd out_21_0 -1355.7746680575758
 UP bnd out_21_0 1355.7746680575758
 LO bnd out_21_1 -1355.7746680575758
 UP bnd out_21_1 1355.7746680575758
 LO bnd out_22_0 -1626.9127938915176
 UP bnd out_22_0 1626.9127938915176
 LO bnd out_22_1 -1626.9127938915176
 UP bnd out_22_1 1626.9127938915176
 LO bnd out_23_0 -1898.0509197254594
 UP bnd out_23_0 1898.0509197254594
 LO bnd out_23_1 -1898.0509197254594
 UP bnd out_23_1 1898.0509197254594
 LO bnd out_24_0 -1312.5667903926374
 UP bnd out_24_0 1312.5667903926374
 LO bnd out_24_1 -1312.5667903926374
 UP bnd out_24_1 1312.5667903926374
 LO bnd out_25_0 -1521.4019328358036
 UP bnd out_25_0 1521.4019328358036
 LO bnd out_25_1 -1521.4019328358036
 UP bnd out_25_1 1521.4019328358036
 LO bnd out_26_0 -1730.2370752789698
 UP bnd out_26_0 1730.2370752789698
 LO bnd out_26_1 -1730.2370752789698
 UP bnd out_26_1 1730.2370752789698
 LO bnd out_27_0 -1380.3513218511227
 UP bnd out_27_0 1380.3513218511227
 LO bnd out_27_1 -1380.3513218511227
 UP bnd out_27_1 1380.3513218511227
 LO bnd out_28_0 -1589.1864642942887
 UP bnd out_28_0 1589.1864642942887
 LO bnd out_28_1 -1589.1864642942887
 UP bnd out_28_1 1589.1864642942887
 LO bnd out_29_0 -1798.021606737455
 UP bnd out_29_0 1798.021606737455
 LO bnd out_29_1 -1798.021606737455
 UP bnd out_29_1 1798.021606737455
 LO bnd out_30_0 -1448.1358533096084
 UP bnd out_30_0 1448.1358533096084
 LO bnd out_30_1 -1448.1358533096084
 UP bnd out_30_1 1448.1358533096084
 LO bnd out_31_0 -1656.9709957527743
 UP bnd out_31_0 1656.9709957527743
 LO bnd out_31_1 -1656.9709957527743
 UP bnd out_31_1 1656.9709957527743
 LO bnd out_32_0 -1865.8061381959405
 UP bnd out_32_0 1865.8061381959405
 LO bnd out_32_1 -1865.8061381959405
 UP bnd out_32_1 1865.8061381959405
 LO bnd out_33_0 -1515.9203847680935
 UP bnd out_33_0 1515.9203847680935
 LO bnd out_33_1 -1515.9203847680935
 UP bnd out_33_1 1515.9203847680935
 LO bnd out_34_0 -1724.75552721126
 UP bnd out_34_0 1724.75552721126
 LO bnd out_34_1 -1724.75552721126
 UP bnd out_34_1 1724.75552721126
 LO bnd out_35_0 -1933.5906696544262
 UP bnd out_35_0 1933.5906696544262
 LO bnd out_35_1 -1933.5906696544262
 UP bnd out_35_1 1933.5906696544262
 LO bnd out_36_0 -1854.843042060521
 UP bnd out_36_0 1854.843042060521
 LO bnd out_36_1 -1854.843042060521
 UP bnd out_36_1 1854.843042060521
 LO bnd out_37_0 -2063.678184503687
 UP bnd out_37_0 2063.678184503687
 LO bnd out_37_1 -2063.678184503687
 UP bnd out_37_1 2063.678184503687
 LO bnd out_38_0 -2272.5133269468533
 UP bnd out_38_0 2272.5133269468533
 LO bnd out_38_1 -2272.5133269468533
 UP bnd out_38_1 2272.5133269468533
 LO bnd out_39_0 -1990.4121049774922
 UP bnd out_39_0 1990.4121049774922
 LO bnd out_39_1 -1990.4121049774922
 UP bnd out_39_1 1990.4121049774922
 LO bnd out_40_0 -2199.247247420658
 UP bnd out_40_0 2199.247247420658
 LO bnd out_40_1 -2199.247247420658
 UP bnd out_40_1 2199.247247420658
 LO bnd out_41_0 -2408.0823898638246
 UP bnd out_41_0 2408.0823898638246
 LO bnd out_41_1 -2408.0823898638246
 UP bnd out_41_1 2408.0823898638246
 LO bnd out_42_0 -2125.981167894463
 UP bnd out_42_0 2125.981167894463
 LO bnd out_42_1 -2125.981167894463
 UP bnd out_42_1 2125.981167894463
 LO bnd out_43_0 -2334.816310337629
 UP bnd out_43_0 2334.816310337629
 LO bnd out_43_1 -2334.816310337629
 UP bnd out_43_1 2334.816310337629
 LO bnd out_44_0 -2543.6514527807954
 UP bnd out_44_0 2543.6514527807954
 LO bnd out_44_1 -2543.6514527807954
 UP bnd out_44_1 2543.6514527807954
 LO bnd out_45_0 -1146.9395256144096
 UP bnd out_45_0 1146.9395256144096
 LO bnd out_45_1 -1146.9395256144096
 UP bnd out_45_1 1146.9395256144096
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
 BV bnd relu_1_15_0_on_binary_indicator_var
 BV bnd relu_1_15_0_off_binary_indicator_var
 BV bnd relu_1_15_1_on_binary_indicator_var
 BV bnd relu_1_15_1_off_binary_indicator_var
 BV bnd relu_1_15_2_on_binary_indicator_var
 BV bnd relu_1_15_2_off_binary_indicator_var
 BV bnd relu_1_15_3_on_binary_indicator_var
 BV bnd relu_1_15_3_off_binary_indicator_var
 BV bnd relu_1_16_0_on_binary_indicator_var
 BV bnd relu_1_16_0_off_binary_indicator_var
 BV bnd relu_1_16_1_on_binary_indicator_var
 BV bnd relu_1_16_1_off_binary_indicator_var
 BV bnd relu_1_16_2_on_binary_indicator_var
 BV bnd relu_1_16_2_off_binary_indicator_var
 BV bnd relu_1_16_3_on_binary_indicator_var
 BV bnd relu_1_16_3_off_binary_indicator_var
 BV bnd relu_1_17_0_on_binary_indicator_var
 BV bnd relu_1_17_0_off_binary_indicator_var
 BV bnd relu_1_17_1_on_binary_indicator_var
 BV bnd relu_1_17_1_off_binary_indicator_var
 BV bnd relu_1_17_2_on_binary_indicator_var
 BV bnd relu_1_17_2_off_binary_indicator_var
 BV bnd relu_1_17_3_on_binary_indicator_var
 BV bnd relu_1_17_3_off_binary_indicator_var
 BV bnd relu_1_18_0_on_binary_indicator_var
 BV bnd relu_1_18_0_off_binary_indicator_var
 BV bnd relu_1_18_1_on_binary_indicator_var
 BV bnd relu_1_18_1_off_binary_indicator_var
 BV bnd relu_1_18_2_on_binary_indicator_var
 BV bnd relu_1_18_2_off_binary_indicator_var
 BV bnd relu_1_18_3_on_binary_indicator_var
 BV bnd relu_1_18_3_off_binary_indicator_var
 BV bnd relu_1_19_0_on_binary_indicator_var
 BV bnd relu_1_19_0_off_binary_indicator_var
 BV bnd relu_1_19_1_on_binary_indicator_var
 BV bnd relu_1_19_1_off_binary_indicator_var
 BV bnd relu_1_19_2_on_binary_indicator_var
 BV bnd relu_1_19_2_off_binary_indicator_var
 BV bnd relu_1_19_3_on_binary_indicator_var
 BV bnd relu_1_19_3_off_binary_indicator_var
 BV bnd relu_1_20_0_on_binary_indicator_var
 BV bnd relu_1_20_0_off_binary_indicator_var
 BV bnd relu_1_20_1_on_binary_indicator_var
 BV bnd relu_1_20_1_off_binary_indicator_var
 BV bnd relu_1_20_2_on_binary_indicator_var
 BV bnd relu_1_20_2_off_binary_indicator_var
 BV bnd relu_1_20_3_on_binary_indicator_var
 BV bnd relu_1_20_3_off_binary_indicator_var
 BV bnd relu_1_21_0_on_binary_indicator_var
 BV bnd relu_1_21_0_off_binary_indicator_var
 BV bnd relu_1_21_1_on_binary_indicator_var
 BV bnd relu_1_21_1_off_binary_indicator_var
 BV bnd relu_1_21_2_on_binary_indicator_var
 BV bnd relu_1_21_2_off_binary_indicator_var
 BV bnd relu_1_21_3_on_binary_indicator_var
 BV bnd relu_1_21_3_off_binary_indicator_var
 BV bnd relu_1_22_0_on_binary_indicator_var
 BV bnd relu_1_22_0_off_binary_indicator_var
 BV bnd relu_1_22_1_on_binary_indicator_var
 BV bnd relu_1_22_1_off_binary_indicator_var
 BV bnd relu_1_22_2_on_binary_indicator_var
 BV bnd relu_1_22_2_off_binary_indicator_var
 BV bnd relu_1_22_3_on_binary_indicator_var
 BV bnd relu_1_22_3_off_binary_indicator_var
 BV bnd relu_1_23_0_on_binary_indicator_var
 BV bnd relu_1_23_0_off_binary_indicator_var
 BV bnd relu_1_23_1_on_binary_indicator_var
 BV bnd relu_1_23_1_off_binary_indicator_var
 BV bnd relu_1_23_2_on_binary_indicator_var
 BV bnd relu_1_23_2_off_binary_indicator_var
 BV bnd relu_1_23_3_on_binary_indicator_var
 BV bnd relu_1_23_3_off_binary_indicator_var
 BV bnd relu_1_24_0_on_binary_indicator_var
 BV bnd relu_1_24_0_off_binary_indicator_var
 BV bnd relu_1_24_1_on_binary_indicator_var
 BV bnd relu_1_24_1_off_binary_indicator_var
 BV bnd relu_1_24_2_on_binary_indicator_var
 BV bnd relu_1_24_2_off_binary_indicator_var
 BV bnd relu_1_24_3_on_binary_indicator_var
 BV bnd relu_1_24_3_off_binary_indicator_var
 BV bnd relu_1_25_0_on_binary_indicator_var
 BV bnd relu_1_25_0_off_binary_indicator_var
 BV bnd relu_1_25_1_on_binary_indicator_var
 BV bnd relu_1_25_1_off_binary_indicator_var
 BV bnd relu_1_25_2_on_binary_indicator_var
 BV bnd relu_1_25_2_off_binary_indicator_var
 BV bnd relu_1_25_3_on_binary_indicator_var
 BV bnd relu_1_25_3_off_binary_indicator_var
 BV bnd relu_1_26_0_on_binary_indicator_var
 BV bnd relu_1_26_0_off_binary_indicator_var
 BV bnd relu_1_26_1_on_binary_indicator_var
 BV bnd relu_1_26_1_off_binary_indicator_var
 BV bnd relu_1_26_2_on_binary_indicator_var
 BV bnd relu_1_26_2_off_binary_indicator_var
 BV bnd relu_1_26_3_on_binary_indicator_var
 BV bnd relu_1_26_3_off_binary_indicator_var
 BV bnd relu_1_27_0_on_binary_indicator_var
 BV bnd relu_1_27_0_off_binary_indicator_var
 BV bnd relu_1_27_1_on_binary_indicator_var
 BV bnd relu_1_27_1_off_binary_indicator_var
 BV bnd relu_1_27_2_on_binary_indicator_var
 BV bnd relu_1_27_2_off_binary_indicator_var
 BV bnd relu_1_27_3_on_binary_indicator_var
 BV bnd relu_1_27_3_off_binary_indicator_var
 BV bnd relu_1_28_0_on_binary_indicator_var
 BV bnd relu_1_28_0_off_binary_indicator_var
 BV bnd relu_1_28_1_on_binary_indicator_var
 BV bnd relu_1_28_1_off_binary_indicator_var
 BV bnd relu_1_28_2_on_binary_indicator_var
 BV bnd relu_1_28_2_off_binary_indicator_var
 BV bnd relu_1_28_3_on_binary_indicator_var
 BV bnd relu_1_28_3_off_binary_indicator_var
 BV bnd relu_1_29_0_on_binary_indicator_var
 BV bnd relu_1_29_0_off_binary_indicator_var
 BV bnd relu_1_29_1_on_binary_indicator_var
 BV bnd relu_1_29_1_off_binary_indicator_var
 BV bnd relu_1_29_2_on_binary_indicator_var
 BV bnd relu_1_29_2_off_binary_indicator_var
 BV bnd relu_1_29_3_on_binary_indicator_var
 BV bnd relu_1_29_3_off_binary_indicator_var
 BV bnd relu_1_30_0_on_binary_indicator_var
 BV bnd relu_1_30_0_off_binary_indicator_var
 BV bnd relu_1_30_1_on_binary_indicator_var
 BV bnd relu_1_30_1_off_binary_indicator_var
 BV bnd relu_1_30_2_on_binary_indicator_var
 BV bnd relu_1_30_2_off_binary_indicator_var
 BV bnd relu_1_30_3_on_binary_indicator_var
 BV bnd relu_1_30_3_off_binary_indicator_var
 BV bnd relu_1_31_0_on_binary_indicator_var
 BV bnd relu_1_31_0_off_binary_indicator_var
 BV bnd relu_1_31_1_on_binary_indicator_var
 BV bnd relu_1_31_1_off_binary_indicator_var
 BV bnd relu_1_31_2_on_binary_indicator_var
 BV bnd relu_1_31_2_off_binary_indicator_var
 BV bnd relu_1_31_3_on_binary_indicator_var
 BV bnd relu_1_31_3_off_binary_indicator_var
 BV bnd relu_1_32_0_on_binary_indicator_var
 BV bnd relu_1_32_0_off_binary_indicator_var
 BV bnd relu_1_32_1_on_binary_indicator_var
 BV bnd relu_1_32_1_off_binary_indicator_var
 BV bnd relu_1_32_2_on_binary_indicator_var
 BV bnd relu_1_32_2_off_binary_indicator_var
 BV bnd relu_1_32_3_on_binary_indicator_var
 BV bnd relu_1_32_3_off_binary_indicator_var
 BV bnd relu_1_33_0_on_binary_indicator_var
 BV bnd relu_1_33_0_off_binary_indicator_var
 BV bnd relu_1_33_1_on_binary_indicator_var
 BV bnd relu_1_33_1_off_binary_indicator_var
 BV bnd relu_1_33_2_on_binary_indicator_var
 BV bnd relu_1_33_2_off_binary_indicator_var
 BV bnd relu_1_33_3_on_binary_indicator_var
 BV bnd relu_1_33_3_off_binary_indicator_var
 BV bnd relu_1_34_0_on_binary_indicator_var
 BV bnd relu_1_34_0_off_binary_indicator_var
 BV bnd relu_1_34_1_on_binary_indicator_var
 BV bnd relu_1_34_1_off_binary_indicator_var
 BV bnd relu_1_34_2_on_binary_indicator_var
 BV bnd relu_1_34_2_off_binary_indicator_var
 BV bnd relu_1_34_3_on_binary_indicator_var
 BV bnd relu_1_34_3_off_binary_indicator_var
 BV bnd relu_1_35_0_on_binary_indicator_var
 BV bnd relu_1_35_0_off_binary_indicator_var
 BV bnd relu_1_35_1_on_binary_indicator_var
 BV bnd relu_1_35_1_off_binary_indicator_var
 BV bnd relu_1_35_2_on_binary_indicator_var
 BV bnd relu_1_35_2_off_binary_indicator_var
 BV bnd relu_1_35_3_on_binary_indicator_var
 BV bnd relu_1_35_3_off_binary_indicator_var
 BV bnd relu_1_36_0_on_binary_indicator_var
 BV bnd relu_1_36_0_off_binary_indicator_var
 BV bnd relu_1_36_1_on_binary_indicator_var
 BV bnd relu_1_36_1_off_binary_indicator_var
 BV bnd relu_1_36_2_on_binary_indicator_var
 BV bnd relu_1_36_2_off_binary_indicator_var
 BV bnd relu_1_36_3_on_binary_indicator_var
 BV bnd relu_1_36_3_off_binary_indicator_var
 BV bnd relu_1_37_0_on_binary_indicator_var
 BV bnd relu_1_37_0_off_binary_indicator_var
 BV bnd relu_1_37_1_on_binary_indicator_var
 BV bnd relu_1_37_1_off_binary_indicator_var
 BV bnd relu_1_37_2_on_binary_indicator_var
 BV bnd relu_1_37_2_off_binary_indicator_var
 BV bnd relu_1_37_3_on_binary_indicator_var
 BV bnd relu_1_37_3_off_binary_indicator_var
 BV bnd relu_1_38_0_on_binary_indicator_var
 BV bnd relu_1_38_0_off_binary_indicator_var
 BV bnd relu_1_38_1_on_binary_indicator_var
 BV bnd relu_1_38_1_off_binary_indicator_var
 BV bnd relu_1_38_2_on_binary_indicator_var
 BV bnd relu_1_38_2_off_binary_indicator_var
 BV bnd relu_1_38_3_on_binary_indicator_var
 BV bnd relu_1_38_3_off_binary_indicator_var
 BV bnd relu_1_39_0_on_binary_indicator_var
 BV bnd relu_1_39_0_off_binary_indicator_var
 BV bnd relu_1_39_1_on_binary_indicator_var
 BV bnd relu_1_39_1_off_binary_indicator_var
 BV bnd relu_1_39_2_on_binary_indicator_var
 BV bnd relu_1_39_2_off_binary_indicator_var
 BV bnd relu_1_39_3_on_binary_indicator_var
 BV bnd relu_1_39_3_off_binary_indicator_var
 BV bnd relu_1_40_0_on_binary_indicator_var
 BV bnd relu_1_40_0_off_binary_indicator_var
 BV bnd relu_1_40_1_on_binary_indicator_var
 BV bnd relu_1_40_1_off_binary_indicator_var
 BV bnd relu_1_40_2_on_binary_indicator_var
 BV bnd relu_1_40_2_off_binary_indicator_var
 BV bnd relu_1_40_3_on_binary_indicator_var
 BV bnd relu_1_40_3_off_binary_indicator_var
 BV bnd relu_1_41_0_on_binary_indicator_var
 BV bnd relu_1_41_0_off_binary_indicator_var
 BV bnd relu_1_41_1_on_binary_indicator_var
 BV bnd relu_1_41_1_off_binary_indicator_var
 BV bnd relu_1_41_2_on_binary_indicator_var
 BV bnd relu_1_41_2_off_binary_indicator_var
 BV bnd relu_1_41_3_on_binary_indicator_var
 BV bnd relu_1_41_3_off_binary_indicator_var
 BV bnd relu_1_42_0_on_binary_indicator_var
 BV bnd relu_1_42_0_off_binary_indicator_var
 BV bnd relu_1_42_1_on_binary_indicator_var
 BV bnd relu_1_42_1_off_binary_indicator_var
 BV bnd relu_1_42_2_on_binary_indicator_var
 BV bnd relu_1_42_2_off_binary_indicator_var
 BV bnd relu_1_42_3_on_binary_indicator_var
 BV bnd relu_1_42_3_off_binary_indicator_var
 BV bnd relu_1_43_0_on_binary_indicator_var
 BV bnd relu_1_43_0_off_binary_indicator_var
 BV bnd relu_1_43_1_on_binary_indicator_var
 BV bnd relu_1_43_1_off_binary_indicator_var
 BV bnd relu_1_43_2_on_binary_indicator_var
 BV bnd relu_1_43_2_off_binary_indicator_var
 BV bnd relu_1_43_3_on_binary_indicator_var
 BV bnd relu_1_43_3_off_binary_indicator_var
 BV bnd relu_1_44_0_on_binary_indicator_var
 BV bnd relu_1_44_0_off_binary_indicator_var
 BV bnd relu_1_44_1_on_binary_indicator_var
 BV bnd relu_1_44_1_off_binary_indicator_var
 BV bnd relu_1_44_2_on_binary_indicator_var
 BV bnd relu_1_44_2_off_binary_indicator_var
 BV bnd relu_1_44_3_on_binary_indicator_var
 BV bnd relu_1_44_3_off_binary_indicator_var
 BV bnd relu_1_45_0_on_binary_indicator_var
 BV bnd relu_1_45_0_off_binary_indicator_var
 BV bnd relu_1_45_1_on_binary_indicator_var
 BV bnd relu_1_45_1_off_binary_indicator_var
 BV bnd relu_1_45_2_on_binary_indicator_var
 BV bnd relu_1_45_2_off_binary_indicator_var
 BV bnd relu_1_45_3_on_binary_indicator_var
 BV bnd relu_1_45_3_off_binary_indicator_var
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
 out_15_0 out_15_0 2
 out_15_1 out_15_1 2
 out_16_0 out_16_0 2
 out_16_1 out_16_1 2
 out_17_0 out_17_0 2
 out_17_1 out_17_1 2
 out_18_0 out_18_0 2
 out_18_1 out_18_1 2
 out_19_0 out_19_0 2
 out_19_1 out_19_1 2
 out_20_0 out_20_0 2
 out_20_1 out_20_1 2
 out_21_0 out_21_0 2
 out_21_1 out_21_1 2
 out_22_0 out_22_0 2
 out_22_1 out_22_1 2
 out_23_0 out_23_0 2
 out_23_1 out_23_1 2
 out_24_0 out_24_0 2
 out_24_1 out_24_1 2
 out_25_0 out_25_0 2
 out_25_1 out_25_1 2
 out_26_0 out_26_0 2
 out_26_1 out_26_1 2
 out_27_0 out_27_0 2
 out_27_1 out_27_1 2
 out_28_0 out_28_0 2
 out_28_1 out_28_1 2
 out_29_0 out_29_0 2
 out_29_1 out_29_1 2
 out_30_0 out_30_0 2
 out_30_1 out_30_1 2
 out_31_0 out_31_0 2
 out_31_1 out_31_1 2
 out_32_0 out_32_0 2
 out_32_1 out_32_1 2
 out_33_0 out_33_0 2
 out_33_1 out_33_1 2
 out_34_0 out_34_0 2
 out_34_1 out_34_1 2
 out_35_0 out_35_0 2
 out_35_1 out_35_1 2
 out_36_0 out_36_0 2
 out_36_1 out_36_1 2
 out_37_0 out_37_0 2
 out_37_1 out_37_1 2
 out_38_0 out_38_0 2
 out_38_1 out_38_1 2
 out_39_0 out_39_0 2
 out_39_1 out_39_1 2
 out_40_0 out_40_0 2
 out_40_1 out_40_1 2
 out_41_0 out_41_0 2
 out_41_1 out_41_1 2
 out_42_0 out_42_0 2
 out_42_1 out_42_1 2
 out_43_0 out_43_0 2
 out_43_1 out_43_1 2
 out_44_0 out_44_0 2
 out_44_1 out_44_1 2
 out_45_0 out_45_0 2
 out_45_1 out_45_1 2
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
 w_2_0_2 post_1_0_2 -0.5
 post_1_0_2 w_2_0_2 -0.5
 w_2_0_3 post_1_0_3 -0.5
 post_1_0_3 w_2_0_3 -0.5
QCMATRIX out_definition_0_1
 w_2_1_0 post_1_0_0 -0.5
 post_1_0_0 w_2_1_0 -0.5
 w_2_1_1 post_1_0_1 -0.5
 post_1_0_1 w_2_1_1 -0.5
 w_2_1_2 post_1_0_2 -0.5
 post_1_0_2 w_2_1_2 -0.5
 w_2_1_3 post_1_0_3 -0.5
 post_1_0_3 w_2_1_3 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
 w_2_0_2 post_1_1_2 -0.5
 post_1_1_2 w_2_0_2 -0.5
 w_2_0_3 post_1_1_3 -0.5
 post_1_1_3 w_2_0_3 -0.5
QCMATRIX out_definition_1_1
 w_2_1_0 post_1_1_0 -0.5
 post_1_1_0 w_2_1_0 -0.5
 w_2_1_1 post_1_1_1 -0.5
 post_1_1_1 w_2_1_1 -0.5
 w_2_1_2 post_1_1_2 -0.5
 post_1_1_2 w_2_1_2 -0.5
 w_2_1_3 post_1_1_3 -0.5
 post_1_1_3 w_2_1_3 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
 w_2_0_2 post_1_2_2 -0.5
 post_1_2_2 w_2_0_2 -0.5
 w_2_0_3 post_1_2_3 -0.5
 post_1_2_3 w_2_0_3 -0.5
QCMATRIX out_definition_2_1
 w_2_1_0 post_1_2_0 -0.5
 post_1_2_0 w_2_1_0 -0.5
 w_2_1_1 post_1_2_1 -0.5
 post_1_2_1 w_2_1_1 -0.5
 w_2_1_2 post_1_2_2 -0.5
 post_1_2_2 w_2_1_2 -0.5
 w_2_1_3 post_1_2_3 -0.5
 post_1_2_3 w_2_1_3 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
 w_2_0_2 post_1_3_2 -0.5
 post_1_3_2 w_2_0_2 -0.5
 w_2_0_3 post_1_3_3 -0.5
 post_1_3_3 w_2_0_3 -0.5
QCMATRIX out_definition_3_1
 w_2_1_0 post_1_3_0 -0.5
 post_1_3_0 w_2_1_0 -0.5
 w_2_1_1 post_1_3_1 -0.5
 post_1_3_1 w_2_1_1 -0.5
 w_2_1_2 post_1_3_2 -0.5
 post_1_3_2 w_2_1_2 -0.5
 w_2_1_3 post_1_3_3 -0.5
 post_1_3_3 w_2_1_3 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
 w_2_0_2 post_1_4_2 -0.5
 post_1_4_2 w_2_0_2 -0.5
 w_2_0_3 post_1_4_3 -0.5
 post_1_4_3 w_2_0_3 -0.5
QCMATRIX out_definition_4_1
 w_2_1_0 post_1_4_0 -0.5
 post_1_4_0 w_2_1_0 -0.5
 w_2_1_1 post_1_4_1 -0.5
 post_1_4_1 w_2_1_1 -0.5
 w_2_1_2 post_1_4_2 -0.5
 post_1_4_2 w_2_1_2 -0.5
 w_2_1_3 post_1_4_3 -0.5
 post_1_4_3 w_2_1_3 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
 w_2_0_2 post_1_5_2 -0.5
 post_1_5_2 w_2_0_2 -0.5
 w_2_0_3 post_1_5_3 -0.5
 post_1_5_3 w_2_0_3 -0.5
QCMATRIX out_definition_5_1
 w_2_1_0 post_1_5_0 -0.5
 post_1_5_0 w_2_1_0 -0.5
 w_2_1_1 post_1_5_1 -0.5
 post_1_5_1 w_2_1_1 -0.5
 w_2_1_2 post_1_5_2 -0.5
 post_1_5_2 w_2_1_2 -0.5
 w_2_1_3 post_1_5_3 -0.5
 post_1_5_3 w_2_1_3 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
 w_2_0_2 post_1_6_2 -0.5
 post_1_6_2 w_2_0_2 -0.5
 w_2_0_3 post_1_6_3 -0.5
 post_1_6_3 w_2_0_3 -0.5
QCMATRIX out_definition_6_1
 w_2_1_0 post_1_6_0 -0.5
 post_1_6_0 w_2_1_0 -0.5
 w_2_1_1 post_1_6_1 -0.5
 post_1_6_1 w_2_1_1 -0.5
 w_2_1_2 post_1_6_2 -0.5
 post_1_6_2 w_2_1_2 -0.5
 w_2_1_3 post_1_6_3 -0.5
 post_1_6_3 w_2_1_3 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
 w_2_0_2 post_1_7_2 -0.5
 post_1_7_2 w_2_0_2 -0.5
 w_2_0_3 post_1_7_3 -0.5
 post_1_7_3 w_2_0_3 -0.5
QCMATRIX out_definition_7_1
 w_2_1_0 post_1_7_0 -0.5
 post_1_7_0 w_2_1_0 -0.5
 w_2_1_1 post_1_7_1 -0.5
 post_1_7_1 w_2_1_1 -0.5
 w_2_1_2 post_1_7_2 -0.5
 post_1_7_2 w_2_1_2 -0.5
 w_2_1_3 post_1_7_3 -0.5
 post_1_7_3 w_2_1_3 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
 w_2_0_2 post_1_8_2 -0.5
 post_1_8_2 w_2_0_2 -0.5
 w_2_0_3 post_1_8_3 -0.5
 post_1_8_3 w_2_0_3 -0.5
QCMATRIX out_definition_8_1
 w_2_1_0 post_1_8_0 -0.5
 post_1_8_0 w_2_1_0 -0.5
 w_2_1_1 post_1_8_1 -0.5
 post_1_8_1 w_2_1_1 -0.5
 w_2_1_2 post_1_8_2 -0.5
 post_1_8_2 w_2_1_2 -0.5
 w_2_1_3 post_1_8_3 -0.5
 post_1_8_3 w_2_1_3 -0.5
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
 w_2_0_2 post_1_9_2 -0.5
 post_1_9_2 w_2_0_2 -0.5
 w_2_0_3 post_1_9_3 -0.5
 post_1_9_3 w_2_0_3 -0.5
QCMATRIX out_definition_9_1
 w_2_1_0 post_1_9_0 -0.5
 post_1_9_0 w_2_1_0 -0.5
 w_2_1_1 post_1_9_1 -0.5
 post_1_9_1 w_2_1_1 -0.5
 w_2_1_2 post_1_9_2 -0.5
 post_1_9_2 w_2_1_2 -0.5
 w_2_1_3 post_1_9_3 -0.5
 post_1_9_3 w_2_1_3 -0.5
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
 w_2_0_2 post_1_10_2 -0.5
 post_1_10_2 w_2_0_2 -0.5
 w_2_0_3 post_1_10_3 -0.5
 post_1_10_3 w_2_0_3 -0.5
QCMATRIX out_definition_10_1
 w_2_1_0 post_1_10_0 -0.5
 post_1_10_0 w_2_1_0 -0.5
 w_2_1_1 post_1_10_1 -0.5
 post_1_10_1 w_2_1_1 -0.5
 w_2_1_2 post_1_10_2 -0.5
 post_1_10_2 w_2_1_2 -0.5
 w_2_1_3 post_1_10_3 -0.5
 post_1_10_3 w_2_1_3 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
 w_2_0_2 post_1_11_2 -0.5
 post_1_11_2 w_2_0_2 -0.5
 w_2_0_3 post_1_11_3 -0.5
 post_1_11_3 w_2_0_3 -0.5
QCMATRIX out_definition_11_1
 w_2_1_0 post_1_11_0 -0.5
 post_1_11_0 w_2_1_0 -0.5
 w_2_1_1 post_1_11_1 -0.5
 post_1_11_1 w_2_1_1 -0.5
 w_2_1_2 post_1_11_2 -0.5
 post_1_11_2 w_2_1_2 -0.5
 w_2_1_3 post_1_11_3 -0.5
 post_1_11_3 w_2_1_3 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
 w_2_0_2 post_1_12_2 -0.5
 post_1_12_2 w_2_0_2 -0.5
 w_2_0_3 post_1_12_3 -0.5
 post_1_12_3 w_2_0_3 -0.5
QCMATRIX out_definition_12_1
 w_2_1_0 post_1_12_0 -0.5
 post_1_12_0 w_2_1_0 -0.5
 w_2_1_1 post_1_12_1 -0.5
 post_1_12_1 w_2_1_1 -0.5
 w_2_1_2 post_1_12_2 -0.5
 post_1_12_2 w_2_1_2 -0.5
 w_2_1_3 post_1_12_3 -0.5
 post_1_12_3 w_2_1_3 -0.5
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
 w_2_0_2 post_1_13_2 -0.5
 post_1_13_2 w_2_0_2 -0.5
 w_2_0_3 post_1_13_3 -0.5
 post_1_13_3 w_2_0_3 -0.5
QCMATRIX out_definition_13_1
 w_2_1_0 post_1_13_0 -0.5
 post_1_13_0 w_2_1_0 -0.5
 w_2_1_1 post_1_13_1 -0.5
 post_1_13_1 w_2_1_1 -0.5
 w_2_1_2 post_1_13_2 -0.5
 post_1_13_2 w_2_1_2 -0.5
 w_2_1_3 post_1_13_3 -0.5
 post_1_13_3 w_2_1_3 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
 w_2_0_2 post_1_14_2 -0.5
 post_1_14_2 w_2_0_2 -0.5
 w_2_0_3 post_1_14_3 -0.5
 post_1_14_3 w_2_0_3 -0.5
QCMATRIX out_definition_14_1
 w_2_1_0 post_1_14_0 -0.5
 post_1_14_0 w_2_1_0 -0.5
 w_2_1_1 post_1_14_1 -0.5
 post_1_14_1 w_2_1_1 -0.5
 w_2_1_2 post_1_14_2 -0.5
 post_1_14_2 w_2_1_2 -0.5
 w_2_1_3 post_1_14_3 -0.5
 post_1_14_3 w_2_1_3 -0.5
QCMATRIX out_definition_15_0
 w_2_0_0 post_1_15_0 -0.5
 post_1_15_0 w_2_0_0 -0.5
 w_2_0_1 post_1_15_1 -0.5
 post_1_15_1 w_2_0_1 -0.5
 w_2_0_2 post_1_15_2 -0.5
 post_1_15_2 w_2_0_2 -0.5
 w_2_0_3 post_1_15_3 -0.5
 post_1_15_3 w_2_0_3 -0.5
QCMATRIX out_definition_15_1
 w_2_1_0 post_1_15_0 -0.5
 post_1_15_0 w_2_1_0 -0.5
 w_2_1_1 post_1_15_1 -0.5
 post_1_15_1 w_2_1_1 -0.5
 w_2_1_2 post_1_15_2 -0.5
 post_1_15_2 w_2_1_2 -0.5
 w_2_1_3 post_1_15_3 -0.5
 post_1_15_3 w_2_1_3 -0.5
QCMATRIX out_definition_16_0
 w_2_0_0 post_1_16_0 -0.5
 post_1_16_0 w_2_0_0 -0.5
 w_2_0_1 post_1_16_1 -0.5
 post_1_16_1 w_2_0_1 -0.5
 w_2_0_2 post_1_16_2 -0.5
 post_1_16_2 w_2_0_2 -0.5
 w_2_0_3 post_1_16_3 -0.5
 post_1_16_3 w_2_0_3 -0.5
QCMATRIX out_definition_16_1
 w_2_1_0 post_1_16_0 -0.5
 post_1_16_0 w_2_1_0 -0.5
 w_2_1_1 post_1_16_1 -0.5
 post_1_16_1 w_2_1_1 -0.5
 w_2_1_2 post_1_16_2 -0.5
 post_1_16_2 w_2_1_2 -0.5
 w_2_1_3 post_1_16_3 -0.5
 post_1_16_3 w_2_1_3 -0.5
QCMATRIX out_definition_17_0
 w_2_0_0 post_1_17_0 -0.5
 post_1_17_0 w_2_0_0 -0.5
 w_2_0_1 post_1_17_1 -0.5
 post_1_17_1 w_2_0_1 -0.5
 w_2_0_2 post_1_17_2 -0.5
 post_1_17_2 w_2_0_2 -0.5
 w_2_0_3 post_1_17_3 -0.5
 post_1_17_3 w_2_0_3 -0.5
QCMATRIX out_definition_17_1
 w_2_1_0 post_1_17_0 -0.5
 post_1_17_0 w_2_1_0 -0.5
 w_2_1_1 post_1_17_1 -0.5
 post_1_17_1 w_2_1_1 -0.5
 w_2_1_2 post_1_17_2 -0.5
 post_1_17_2 w_2_1_2 -0.5
 w_2_1_3 post_1_17_3 -0.5
 post_1_17_3 w_2_1_3 -0.5
QCMATRIX out_definition_18_0
 w_2_0_0 post_1_18_0 -0.5
 post_1_18_0 w_2_0_0 -0.5
 w_2_0_1 post_1_18_1 -0.5
 post_1_18_1 w_2_0_1 -0.5
 w_2_0_2 post_1_18_2 -0.5
 post_1_18_2 w_2_0_2 -0.5
 w_2_0_3 post_1_18_3 -0.5
 post_1_18_3 w_2_0_3 -0.5
QCMATRIX out_definition_18_1
 w_2_1_0 post_1_18_0 -0.5
 post_1_18_0 w_2_1_0 -0.5
 w_2_1_1 post_1_18_1 -0.5
 post_1_18_1 w_2_1_1 -0.5
 w_2_1_2 post_1_18_2 -0.5
 post_1_18_2 w_2_1_2 -0.5
 w_2_1_3 post_1_18_3 -0.5
 post_1_18_3 w_2_1_3 -0.5
QCMATRIX out_definition_19_0
 w_2_0_0 post_1_19_0 -0.5
 post_1_19_0 w_2_0_0 -0.5
 w_2_0_1 post_1_19_1 -0.5
 post_1_19_1 w_2_0_1 -0.5
 w_2_0_2 post_1_19_2 -0.5
 post_1_19_2 w_2_0_2 -0.5
 w_2_0_3 post_1_19_3 -0.5
 post_1_19_3 w_2_0_3 -0.5
QCMATRIX out_definition_19_1
 w_2_1_0 post_1_19_0 -0.5
 post_1_19_0 w_2_1_0 -0.5
 w_2_1_1 post_1_19_1 -0.5
 post_1_19_1 w_2_1_1 -0.5
 w_2_1_2 post_1_19_2 -0.5
 post_1_19_2 w_2_1_2 -0.5
 w_2_1_3 post_1_19_3 -0.5
 post_1_19_3 w_2_1_3 -0.5
QCMATRIX out_definition_20_0
 w_2_0_0 post_1_20_0 -0.5
 post_1_20_0 w_2_0_0 -0.5
 w_2_0_1 post_1_20_1 -0.5
 post_1_20_1 w_2_0_1 -0.5
 w_2_0_2 post_1_20_2 -0.5
 post_1_20_2 w_2_0_2 -0.5
 w_2_0_3 post_1_20_3 -0.5
 post_1_20_3 w_2_0_3 -0.5
QCMATRIX out_definition_20_1
 w_2_1_0 post_1_20_0 -0.5
 post_1_20_0 w_2_1_0 -0.5
 w_2_1_1 post_1_20_1 -0.5
 post_1_20_1 w_2_1_1 -0.5
 w_2_1_2 post_1_20_2 -0.5
 post_1_20_2 w_2_1_2 -0.5
 w_2_1_3 post_1_20_3 -0.5
 post_1_20_3 w_2_1_3 -0.5
QCMATRIX out_definition_21_0
 w_2_0_0 post_1_21_0 -0.5
 post_1_21_0 w_2_0_0 -0.5
 w_2_0_1 post_1_21_1 -0.5
 post_1_21_1 w_2_0_1 -0.5
 w_2_0_2 post_1_21_2 -0.5
 post_1_21_2 w_2_0_2 -0.5
 w_2_0_3 post_1_21_3 -0.5
 post_1_21_3 w_2_0_3 -0.5
QCMATRIX out_definition_21_1
 w_2_1_0 post_1_21_0 -0.5
 post_1_21_0 w_2_1_0 -0.5
 w_2_1_1 post_1_21_1 -0.5
 post_1_21_1 w_2_1_1 -0.5
 w_2_1_2 post_1_21_2 -0.5
 post_1_21_2 w_2_1_2 -0.5
 w_2_1_3 post_1_21_3 -0.5
 post_1_21_3 w_2_1_3 -0.5
QCMATRIX out_definition_22_0
 w_2_0_0 post_1_22_0 -0.5
 post_1_22_0 w_2_0_0 -0.5
 w_2_0_1 post_1_22_1 -0.5
 post_1_22_1 w_2_0_1 -0.5
 w_2_0_2 post_1_22_2 -0.5
 post_1_22_2 w_2_0_2 -0.5
 w_2_0_3 post_1_22_3 -0.5
 post_1_22_3 w_2_0_3 -0.5
QCMATRIX out_definition_22_1
 w_2_1_0 post_1_22_0 -0.5
 post_1_22_0 w_2_1_0 -0.5
 w_2_1_1 post_1_22_1 -0.5
 post_1_22_1 w_2_1_1 -0.5
 w_2_1_2 post_1_22_2 -0.5
 post_1_22_2 w_2_1_2 -0.5
 w_2_1_3 post_1_22_3 -0.5
 post_1_22_3 w_2_1_3 -0.5
QCMATRIX out_definition_23_0
 w_2_0_0 post_1_23_0 -0.5
 post_1_23_0 w_2_0_0 -0.5
 w_2_0_1 post_1_23_1 -0.5
 post_1_23_1 w_2_0_1 -0.5
 w_2_0_2 post_1_23_2 -0.5
 post_1_23_2 w_2_0_2 -0.5
 w_2_0_3 post_1_23_3 -0.5
 post_1_23_3 w_2_0_3 -0.5
QCMATRIX out_definition_23_1
 w_2_1_0 post_1_23_0 -0.5
 post_1_23_0 w_2_1_0 -0.5
 w_2_1_1 post_1_23_1 -0.5
 post_1_23_1 w_2_1_1 -0.5
 w_2_1_2 post_1_23_2 -0.5
 post_1_23_2 w_2_1_2 -0.5
 w_2_1_3 post_1_23_3 -0.5
 post_1_23_3 w_2_1_3 -0.5
QCMATRIX out_definition_24_0
 w_2_0_0 post_1_24_0 -0.5
 post_1_24_0 w_2_0_0 -0.5
 w_2_0_1 post_1_24_1 -0.5
 post_1_24_1 w_2_0_1 -0.5
 w_2_0_2 post_1_24_2 -0.5
 post_1_24_2 w_2_0_2 -0.5
 w_2_0_3 post_1_24_3 -0.5
 post_1_24_3 w_2_0_3 -0.5
QCMATRIX out_definition_24_1
 w_2_1_0 post_1_24_0 -0.5
 post_1_24_0 w_2_1_0 -0.5
 w_2_1_1 post_1_24_1 -0.5
 post_1_24_1 w_2_1_1 -0.5
 w_2_1_2 post_1_24_2 -0.5
 post_1_24_2 w_2_1_2 -0.5
 w_2_1_3 post_1_24_3 -0.5
 post_1_24_3 w_2_1_3 -0.5
QCMATRIX out_definition_25_0
 w_2_0_0 post_1_25_0 -0.5
 post_1_25_0 w_2_0_0 -0.5
 w_2_0_1 post_1_25_1 -0.5
 post_1_25_1 w_2_0_1 -0.5
 w_2_0_2 post_1_25_2 -0.5
 post_1_25_2 w_2_0_2 -0.5
 w_2_0_3 post_1_25_3 -0.5
 post_1_25_3 w_2_0_3 -0.5
QCMATRIX out_definition_25_1
 w_2_1_0 post_1_25_0 -0.5
 post_1_25_0 w_2_1_0 -0.5
 w_2_1_1 post_1_25_1 -0.5
 post_1_25_1 w_2_1_1 -0.5
 w_2_1_2 post_1_25_2 -0.5
 post_1_25_2 w_2_1_2 -0.5
 w_2_1_3 post_1_25_3 -0.5
 post_1_25_3 w_2_1_3 -0.5
QCMATRIX out_definition_26_0
 w_2_0_0 post_1_26_0 -0.5
 post_1_26_0 w_2_0_0 -0.5
 w_2_0_1 post_1_26_1 -0.5
 post_1_26_1 w_2_0_1 -0.5
 w_2_0_2 post_1_26_2 -0.5
 post_1_26_2 w_2_0_2 -0.5
 w_2_0_3 post_1_26_3 -0.5
 post_1_26_3 w_2_0_3 -0.5
QCMATRIX out_definition_26_1
 w_2_1_0 post_1_26_0 -0.5
 post_1_26_0 w_2_1_0 -0.5
 w_2_1_1 post_1_26_1 -0.5
 post_1_26_1 w_2_1_1 -0.5
 w_2_1_2 post_1_26_2 -0.5
 post_1_26_2 w_2_1_2 -0.5
 w_2_1_3 post_1_26_3 -0.5
 post_1_26_3 w_2_1_3 -0.5
QCMATRIX out_definition_27_0
 w_2_0_0 post_1_27_0 -0.5
 post_1_27_0 w_2_0_0 -0.5
 w_2_0_1 post_1_27_1 -0.5
 post_1_27_1 w_2_0_1 -0.5
 w_2_0_2 post_1_27_2 -0.5
 post_1_27_2 w_2_0_2 -0.5
 w_2_0_3 post_1_27_3 -0.5
 post_1_27_3 w_2_0_3 -0.5
QCMATRIX out_definition_27_1
 w_2_1_0 post_1_27_0 -0.5
 post_1_27_0 w_2_1_0 -0.5
 w_2_1_1 post_1_27_1 -0.5
 post_1_27_1 w_2_1_1 -0.5
 w_2_1_2 post_1_27_2 -0.5
 post_1_27_2 w_2_1_2 -0.5
 w_2_1_3 post_1_27_3 -0.5
 post_1_27_3 w_2_1_3 -0.5
QCMATRIX out_definition_28_0
 w_2_0_0 post_1_28_0 -0.5
 post_1_28_0 w_2_0_0 -0.5
 w_2_0_1 post_1_28_1 -0.5
 post_1_28_1 w_2_0_1 -0.5
 w_2_0_2 post_1_28_2 -0.5
 post_1_28_2 w_2_0_2 -0.5
 w_2_0_3 post_1_28_3 -0.5
 post_1_28_3 w_2_0_3 -0.5
QCMATRIX out_definition_28_1
 w_2_1_0 post_1_28_0 -0.5
 post_1_28_0 w_2_1_0 -0.5
 w_2_1_1 post_1_28_1 -0.5
 post_1_28_1 w_2_1_1 -0.5
 w_2_1_2 post_1_28_2 -0.5
 post_1_28_2 w_2_1_2 -0.5
 w_2_1_3 post_1_28_3 -0.5
 post_1_28_3 w_2_1_3 -0.5
QCMATRIX out_definition_29_0
 w_2_0_0 post_1_29_0 -0.5
 post_1_29_0 w_2_0_0 -0.5
 w_2_0_1 post_1_29_1 -0.5
 post_1_29_1 w_2_0_1 -0.5
 w_2_0_2 post_1_29_2 -0.5
 post_1_29_2 w_2_0_2 -0.5
 w_2_0_3 post_1_29_3 -0.5
 post_1_29_3 w_2_0_3 -0.5
QCMATRIX out_definition_29_1
 w_2_1_0 post_1_29_0 -0.5
 post_1_29_0 w_2_1_0 -0.5
 w_2_1_1 post_1_29_1 -0.5
 post_1_29_1 w_2_1_1 -0.5
 w_2_1_2 post_1_29_2 -0.5
 post_1_29_2 w_2_1_2 -0.5
 w_2_1_3 post_1_29_3 -0.5
 post_1_29_3 w_2_1_3 -0.5
QCMATRIX out_definition_30_0
 w_2_0_0 post_1_30_0 -0.5
 post_1_30_0 w_2_0_0 -0.5
 w_2_0_1 post_1_30_1 -0.5
 post_1_30_1 w_2_0_1 -0.5
 w_2_0_2 post_1_30_2 -0.5
 post_1_30_2 w_2_0_2 -0.5
 w_2_0_3 post_1_30_3 -0.5
 post_1_30_3 w_2_0_3 -0.5
QCMATRIX out_definition_30_1
 w_2_1_0 post_1_30_0 -0.5
 post_1_30_0 w_2_1_0 -0.5
 w_2_1_1 post_1_30_1 -0.5
 post_1_30_1 w_2_1_1 -0.5
 w_2_1_2 post_1_30_2 -0.5
 post_1_30_2 w_2_1_2 -0.5
 w_2_1_3 post_1_30_3 -0.5
 post_1_30_3 w_2_1_3 -0.5
QCMATRIX out_definition_31_0
 w_2_0_0 post_1_31_0 -0.5
 post_1_31_0 w_2_0_0 -0.5
 w_2_0_1 post_1_31_1 -0.5
 post_1_31_1 w_2_0_1 -0.5
 w_2_0_2 post_1_31_2 -0.5
 post_1_31_2 w_2_0_2 -0.5
 w_2_0_3 post_1_31_3 -0.5
 post_1_31_3 w_2_0_3 -0.5
QCMATRIX out_definition_31_1
 w_2_1_0 post_1_31_0 -0.5
 post_1_31_0 w_2_1_0 -0.5
 w_2_1_1 post_1_31_1 -0.5
 post_1_31_1 w_2_1_1 -0.5
 w_2_1_2 post_1_31_2 -0.5
 post_1_31_2 w_2_1_2 -0.5
 w_2_1_3 post_1_31_3 -0.5
 post_1_31_3 w_2_1_3 -0.5
QCMATRIX out_definition_32_0
 w_2_0_0 post_1_32_0 -0.5
 post_1_32_0 w_2_0_0 -0.5
 w_2_0_1 post_1_32_1 -0.5
 post_1_32_1 w_2_0_1 -0.5
 w_2_0_2 post_1_32_2 -0.5
 post_1_32_2 w_2_0_2 -0.5
 w_2_0_3 post_1_32_3 -0.5
 post_1_32_3 w_2_0_3 -0.5
QCMATRIX out_definition_32_1
 w_2_1_0 post_1_32_0 -0.5
 post_1_32_0 w_2_1_0 -0.5
 w_2_1_1 post_1_32_1 -0.5
 post_1_32_1 w_2_1_1 -0.5
 w_2_1_2 post_1_32_2 -0.5
 post_1_32_2 w_2_1_2 -0.5
 w_2_1_3 post_1_32_3 -0.5
 post_1_32_3 w_2_1_3 -0.5
QCMATRIX out_definition_33_0
 w_2_0_0 post_1_33_0 -0.5
 post_1_33_0 w_2_0_0 -0.5
 w_2_0_1 post_1_33_1 -0.5
 post_1_33_1 w_2_0_1 -0.5
 w_2_0_2 post_1_33_2 -0.5
 post_1_33_2 w_2_0_2 -0.5
 w_2_0_3 post_1_33_3 -0.5
 post_1_33_3 w_2_0_3 -0.5
QCMATRIX out_definition_33_1
 w_2_1_0 post_1_33_0 -0.5
 post_1_33_0 w_2_1_0 -0.5
 w_2_1_1 post_1_33_1 -0.5
 post_1_33_1 w_2_1_1 -0.5
 w_2_1_2 post_1_33_2 -0.5
 post_1_33_2 w_2_1_2 -0.5
 w_2_1_3 post_1_33_3 -0.5
 post_1_33_3 w_2_1_3 -0.5
QCMATRIX out_definition_34_0
 w_2_0_0 post_1_34_0 -0.5
 post_1_34_0 w_2_0_0 -0.5
 w_2_0_1 post_1_34_1 -0.5
 post_1_34_1 w_2_0_1 -0.5
 w_2_0_2 post_1_34_2 -0.5
 post_1_34_2 w_2_0_2 -0.5
 w_2_0_3 post_1_34_3 -0.5
 post_1_34_3 w_2_0_3 -0.5
QCMATRIX out_definition_34_1
 w_2_1_0 post_1_34_0 -0.5
 post_1_34_0 w_2_1_0 -0.5
 w_2_1_1 post_1_34_1 -0.5
 post_1_34_1 w_2_1_1 -0.5
 w_2_1_2 post_1_34_2 -0.5
 post_1_34_2 w_2_1_2 -0.5
 w_2_1_3 post_1_34_3 -0.5
 post_1_34_3 w_2_1_3 -0.5
QCMATRIX out_definition_35_0
 w_2_0_0 post_1_35_0 -0.5
 post_1_35_0 w_2_0_0 -0.5
 w_2_0_1 post_1_35_1 -0.5
 post_1_35_1 w_2_0_1 -0.5
 w_2_0_2 post_1_35_2 -0.5
 post_1_35_2 w_2_0_2 -0.5
 w_2_0_3 post_1_35_3 -0.5
 post_1_35_3 w_2_0_3 -0.5
QCMATRIX out_definition_35_1
 w_2_1_0 post_1_35_0 -0.5
 post_1_35_0 w_2_1_0 -0.5
 w_2_1_1 post_1_35_1 -0.5
 post_1_35_1 w_2_1_1 -0.5
 w_2_1_2 post_1_35_2 -0.5
 post_1_35_2 w_2_1_2 -0.5
 w_2_1_3 post_1_35_3 -0.5
 post_1_35_3 w_2_1_3 -0.5
QCMATRIX out_definition_36_0
 w_2_0_0 post_1_36_0 -0.5
 post_1_36_0 w_2_0_0 -0.5
 w_2_0_1 post_1_36_1 -0.5
 post_1_36_1 w_2_0_1 -0.5
 w_2_0_2 post_1_36_2 -0.5
 post_1_36_2 w_2_0_2 -0.5
 w_2_0_3 post_1_36_3 -0.5
 post_1_36_3 w_2_0_3 -0.5
QCMATRIX out_definition_36_1
 w_2_1_0 post_1_36_0 -0.5
 post_1_36_0 w_2_1_0 -0.5
 w_2_1_1 post_1_36_1 -0.5
 post_1_36_1 w_2_1_1 -0.5
 w_2_1_2 post_1_36_2 -0.5
 post_1_36_2 w_2_1_2 -0.5
 w_2_1_3 post_1_36_3 -0.5
 post_1_36_3 w_2_1_3 -0.5
QCMATRIX out_definition_37_0
 w_2_0_0 post_1_37_0 -0.5
 post_1_37_0 w_2_0_0 -0.5
 w_2_0_1 post_1_37_1 -0.5
 post_1_37_1 w_2_0_1 -0.5
 w_2_0_2 post_1_37_2 -0.5
 post_1_37_2 w_2_0_2 -0.5
 w_2_0_3 post_1_37_3 -0.5
 post_1_37_3 w_2_0_3 -0.5
QCMATRIX out_definition_37_1
 w_2_1_0 post_1_37_0 -0.5
 post_1_37_0 w_2_1_0 -0.5
 w_2_1_1 post_1_37_1 -0.5
 post_1_37_1 w_2_1_1 -0.5
 w_2_1_2 post_1_37_2 -0.5
 post_1_37_2 w_2_1_2 -0.5
 w_2_1_3 post_1_37_3 -0.5
 post_1_37_3 w_2_1_3 -0.5
QCMATRIX out_definition_38_0
 w_2_0_0 post_1_38_0 -0.5
 post_1_38_0 w_2_0_0 -0.5
 w_2_0_1 post_1_38_1 -0.5
 post_1_38_1 w_2_0_1 -0.5
 w_2_0_2 post_1_38_2 -0.5
 post_1_38_2 w_2_0_2 -0.5
 w_2_0_3 post_1_38_3 -0.5
 post_1_38_3 w_2_0_3 -0.5
QCMATRIX out_definition_38_1
 w_2_1_0 post_1_38_0 -0.5
 post_1_38_0 w_2_1_0 -0.5
 w_2_1_1 post_1_38_1 -0.5
 post_1_38_1 w_2_1_1 -0.5
 w_2_1_2 post_1_38_2 -0.5
 post_1_38_2 w_2_1_2 -0.5
 w_2_1_3 post_1_38_3 -0.5
 post_1_38_3 w_2_1_3 -0.5
QCMATRIX out_definition_39_0
 w_2_0_0 post_1_39_0 -0.5
 post_1_39_0 w_2_0_0 -0.5
 w_2_0_1 post_1_39_1 -0.5
 post_1_39_1 w_2_0_1 -0.5
 w_2_0_2 post_1_39_2 -0.5
 post_1_39_2 w_2_0_2 -0.5
 w_2_0_3 post_1_39_3 -0.5
 post_1_39_3 w_2_0_3 -0.5
QCMATRIX out_definition_39_1
 w_2_1_0 post_1_39_0 -0.5
 post_1_39_0 w_2_1_0 -0.5
 w_2_1_1 post_1_39_1 -0.5
 post_1_39_1 w_2_1_1 -0.5
 w_2_1_2 post_1_39_2 -0.5
 post_1_39_2 w_2_1_2 -0.5
 w_2_1_3 post_1_39_3 -0.5
 post_1_39_3 w_2_1_3 -0.5
QCMATRIX out_definition_40_0
 w_2_0_0 post_1_40_0 -0.5
 post_1_40_0 w_2_0_0 -0.5
 w_2_0_1 post_1_40_1 -0.5
 post_1_40_1 w_2_0_1 -0.5
 w_2_0_2 post_1_40_2 -0.5
 post_1_40_2 w_2_0_2 -0.5
 w_2_0_3 post_1_40_3 -0.5
 post_1_40_3 w_2_0_3 -0.5
QCMATRIX out_definition_40_1
 w_2_1_0 post_1_40_0 -0.5
 post_1_40_0 w_2_1_0 -0.5
 w_2_1_1 post_1_40_1 -0.5
 post_1_40_1 w_2_1_1 -0.5
 w_2_1_2 post_1_40_2 -0.5
 post_1_40_2 w_2_1_2 -0.5
 w_2_1_3 post_1_40_3 -0.5
 post_1_40_3 w_2_1_3 -0.5
QCMATRIX out_definition_41_0
 w_2_0_0 post_1_41_0 -0.5
 post_1_41_0 w_2_0_0 -0.5
 w_2_0_1 post_1_41_1 -0.5
 post_1_41_1 w_2_0_1 -0.5
 w_2_0_2 post_1_41_2 -0.5
 post_1_41_2 w_2_0_2 -0.5
 w_2_0_3 post_1_41_3 -0.5
 post_1_41_3 w_2_0_3 -0.5
QCMATRIX out_definition_41_1
 w_2_1_0 post_1_41_0 -0.5
 post_1_41_0 w_2_1_0 -0.5
 w_2_1_1 post_1_41_1 -0.5
 post_1_41_1 w_2_1_1 -0.5
 w_2_1_2 post_1_41_2 -0.5
 post_1_41_2 w_2_1_2 -0.5
 w_2_1_3 post_1_41_3 -0.5
 post_1_41_3 w_2_1_3 -0.5
QCMATRIX out_definition_42_0
 w_2_0_0 post_1_42_0 -0.5
 post_1_42_0 w_2_0_0 -0.5
 w_2_0_1 post_1_42_1 -0.5
 post_1_42_1 w_2_0_1 -0.5
 w_2_0_2 post_1_42_2 -0.5
 post_1_42_2 w_2_0_2 -0.5
 w_2_0_3 post_1_42_3 -0.5
 post_1_42_3 w_2_0_3 -0.5
QCMATRIX out_definition_42_1
 w_2_1_0 post_1_42_0 -0.5
 post_1_42_0 w_2_1_0 -0.5
 w_2_1_1 post_1_42_1 -0.5
 post_1_42_1 w_2_1_1 -0.5
 w_2_1_2 post_1_42_2 -0.5
 post_1_42_2 w_2_1_2 -0.5
 w_2_1_3 post_1_42_3 -0.5
 post_1_42_3 w_2_1_3 -0.5
QCMATRIX out_definition_43_0
 w_2_0_0 post_1_43_0 -0.5
 post_1_43_0 w_2_0_0 -0.5
 w_2_0_1 post_1_43_1 -0.5
 post_1_43_1 w_2_0_1 -0.5
 w_2_0_2 post_1_43_2 -0.5
 post_1_43_2 w_2_0_2 -0.5
 w_2_0_3 post_1_43_3 -0.5
 post_1_43_3 w_2_0_3 -0.5
QCMATRIX out_definition_43_1
 w_2_1_0 post_1_43_0 -0.5
 post_1_43_0 w_2_1_0 -0.5
 w_2_1_1 post_1_43_1 -0.5
 post_1_43_1 w_2_1_1 -0.5
 w_2_1_2 post_1_43_2 -0.5
 post_1_43_2 w_2_1_2 -0.5
 w_2_1_3 post_1_43_3 -0.5
 post_1_43_3 w_2_1_3 -0.5
QCMATRIX out_definition_44_0
 w_2_0_0 post_1_44_0 -0.5
 post_1_44_0 w_2_0_0 -0.5
 w_2_0_1 post_1_44_1 -0.5
 post_1_44_1 w_2_0_1 -0.5
 w_2_0_2 post_1_44_2 -0.5
 post_1_44_2 w_2_0_2 -0.5
 w_2_0_3 post_1_44_3 -0.5
 post_1_44_3 w_2_0_3 -0.5
QCMATRIX out_definition_44_1
 w_2_1_0 post_1_44_0 -0.5
 post_1_44_0 w_2_1_0 -0.5
 w_2_1_1 post_1_44_1 -0.5
 post_1_44_1 w_2_1_1 -0.5
 w_2_1_2 post_1_44_2 -0.5
 post_1_44_2 w_2_1_2 -0.5
 w_2_1_3 post_1_44_3 -0.5
 post_1_44_3 w_2_1_3 -0.5
QCMATRIX out_definition_45_0
 w_2_0_0 post_1_45_0 -0.5
 post_1_45_0 w_2_0_0 -0.5
 w_2_0_1 post_1_45_1 -0.5
 post_1_45_1 w_2_0_1 -0.5
 w_2_0_2 post_1_45_2 -0.5
 post_1_45_2 w_2_0_2 -0.5
 w_2_0_3 post_1_45_3 -0.5
 post_1_45_3 w_2_0_3 -0.5
QCMATRIX out_definition_45_1
 w_2_1_0 post_1_45_0 -0.5
 post_1_45_0 w_2_1_0 -0.5
 w_2_1_1 post_1_45_1 -0.5
 post_1_45_1 w_2_1_1 -0.5
 w_2_1_2 post_1_45_2 -0.5
 post_1_45_2 w_2_1_2 -0.5
 w_2_1_3 post_1_45_3 -0.5
 post_1_45_3 w_2_1_3 -0.5
ENDATA
