* teacher-N48-n2-m3-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N48-n2-m3-p1-s0, problem 1, plain-indicator; {"hidden": [3], "bound": 3.0, "loss": "squared"})
NAME teacher-N48-n2-m3-p1-s0-p1-plain-indicator
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
 G e195_
 L e196_
 G e197_
 L e198_
 L e199_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e202_
 L e203_
 G e204_
 L e205_
 L e206_
 L relu_1_0_2_above_pre
 E relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor
 G e209_
 L e210_
 G e211_
 L e212_
 L e213_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e216_
 L e217_
 G e218_
 L e219_
 L e220_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e223_
 L e224_
 G e225_
 L e226_
 L e227_
 L relu_1_1_2_above_pre
 E relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor
 G e230_
 L e231_
 G e232_
 L e233_
 L e234_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e237_
 L e238_
 G e239_
 L e240_
 L e241_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e244_
 L e245_
 G e246_
 L e247_
 L e248_
 L relu_1_2_2_above_pre
 E relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor
 G e251_
 L e252_
 G e253_
 L e254_
 L e255_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e258_
 L e259_
 G e260_
 L e261_
 L e262_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e265_
 L e266_
 G e267_
 L e268_
 L e269_
 L relu_1_3_2_above_pre
 E relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor
 G e272_
 L e273_
 G e274_
 L e275_
 L e276_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e279_
 L e280_
 G e281_
 L e282_
 L e283_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e286_
 L e287_
 G e288_
 L e289_
 L e290_
 L relu_1_4_2_above_pre
 E relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor
 G e293_
 L e294_
 G e295_
 L e296_
 L e297_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e300_
 L e301_
 G e302_
 L e303_
 L e304_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e307_
 L e308_
 G e309_
 L e310_
 L e311_
 L relu_1_5_2_above_pre
 E relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor
 G e314_
 L e315_
 G e316_
 L e317_
 L e318_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e321_
 L e322_
 G e323_
 L e324_
 L e325_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e328_
 L e329_
 G e330_
 L e331_
 L e332_
 L relu_1_6_2_above_pre
 E relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor
 G e335_
 L e336_
 G e337_
 L e338_
 L e339_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e342_
 L e343_
 G e344_
 L e345_
 L e346_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e349_
 L e350_
 G e351_
 L e352_
 L e353_
 L relu_1_7_2_above_pre
 E relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor
 G e356_
 L e357_
 G e358_
 L e359_
 L e360_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e363_
 L e364_
 G e365_
 L e366_
 L e367_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e370_
 L e371_
 G e372_
 L e373_
 L e374_
 L relu_1_8_2_above_pre
 E relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor
 G e377_
 L e378_
 G e379_
 L e380_
 L e381_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e384_
 L e385_
 G e386_
 L e387_
 L e388_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e391_
 L e392_
 G e393_
 L e394_
 L e395_
 L relu_1_9_2_above_pre
 E relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor
 G e398_
 L e399_
 G e400_
 L e401_
 L e402_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e405_
 L e406_
 G e407_
 L e408_
 L e409_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e412_
 L e413_
 G e414_
 L e415_
 L e416_
 L relu_1_10_2_above_pre
 E relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor
 G e419_
 L e420_
 G e421_
 L e422_
 L e423_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e426_
 L e427_
 G e428_
 L e429_
 L e430_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e433_
 L e434_
 G e435_
 L e436_
 L e437_
 L relu_1_11_2_above_pre
 E relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor
 G e440_
 L e441_
 G e442_
 L e443_
 L e444_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e447_
 L e448_
 G e449_
 L e450_
 L e451_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e454_
 L e455_
 G e456_
 L e457_
 L e458_
 L relu_1_12_2_above_pre
 E relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor
 G e461_
 L e462_
 G e463_
 L e464_
 L e465_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e468_
 L e469_
 G e470_
 L e471_
 L e472_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e475_
 L e476_
 G e477_
 L e478_
 L e479_
 L relu_1_13_2_above_pre
 E relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor
 G e482_
 L e483_
 G e484_
 L e485_
 L e486_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e489_
 L e490_
 G e491_
 L e492_
 L e493_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e496_
 L e497_
 G e498_
 L e499_
 L e500_
 L relu_1_14_2_above_pre
 E relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor
 G e503_
 L e504_
 G e505_
 L e506_
 L e507_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e510_
 L e511_
 G e512_
 L e513_
 L e514_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e517_
 L e518_
 G e519_
 L e520_
 L e521_
 L relu_1_15_2_above_pre
 E relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor
 G e524_
 L e525_
 G e526_
 L e527_
 L e528_
 L relu_1_16_0_above_pre
 E relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor
 G e531_
 L e532_
 G e533_
 L e534_
 L e535_
 L relu_1_16_1_above_pre
 E relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor
 G e538_
 L e539_
 G e540_
 L e541_
 L e542_
 L relu_1_16_2_above_pre
 E relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor
 G e545_
 L e546_
 G e547_
 L e548_
 L e549_
 L relu_1_17_0_above_pre
 E relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor
 G e552_
 L e553_
 G e554_
 L e555_
 L e556_
 L relu_1_17_1_above_pre
 E relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor
 G e559_
 L e560_
 G e561_
 L e562_
 L e563_
 L relu_1_17_2_above_pre
 E relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor
 G e566_
 L e567_
 G e568_
 L e569_
 L e570_
 L relu_1_18_0_above_pre
 E relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor
 G e573_
 L e574_
 G e575_
 L e576_
 L e577_
 L relu_1_18_1_above_pre
 E relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor
 G e580_
 L e581_
 G e582_
 L e583_
 L e584_
 L relu_1_18_2_above_pre
 E relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor
 G e587_
 L e588_
 G e589_
 L e590_
 L e591_
 L relu_1_19_0_above_pre
 E relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor
 G e594_
 L e595_
 G e596_
 L e597_
 L e598_
 L relu_1_19_1_above_pre
 E relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor
 G e601_
 L e602_
 G e603_
 L e604_
 L e605_
 L relu_1_19_2_above_pre
 E relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor
 G e608_
 L e609_
 G e610_
 L e611_
 L e612_
 L relu_1_20_0_above_pre
 E relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor
 G e615_
 L e616_
 G e617_
 L e618_
 L e619_
 L relu_1_20_1_above_pre
 E relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor
 G e622_
 L e623_
 G e624_
 L e625_
 L e626_
 L relu_1_20_2_above_pre
 E relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor
 G e629_
 L e630_
 G e631_
 L e632_
 L e633_
 L relu_1_21_0_above_pre
 E relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor
 G e636_
 L e637_
 G e638_
 L e639_
 L e640_
 L relu_1_21_1_above_pre
 E relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor
 G e643_
 L e644_
 G e645_
 L e646_
 L e647_
 L relu_1_21_2_above_pre
 E relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor
 G e650_
 L e651_
 G e652_
 L e653_
 L e654_
 L relu_1_22_0_above_pre
 E relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor
 G e657_
 L e658_
 G e659_
 L e660_
 L e661_
 L relu_1_22_1_above_pre
 E relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor
 G e664_
 L e665_
 G e666_
 L e667_
 L e668_
 L relu_1_22_2_above_pre
 E relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor
 G e671_
 L e672_
 G e673_
 L e674_
 L e675_
 L relu_1_23_0_above_pre
 E relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor
 G e678_
 L e679_
 G e680_
 L e681_
 L e682_
 L relu_1_23_1_above_pre
 E relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor
 G e685_
 L e686_
 G e687_
 L e688_
 L e689_
 L relu_1_23_2_above_pre
 E relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor
 G e692_
 L e693_
 G e694_
 L e695_
 L e696_
 L relu_1_24_0_above_pre
 E relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor
 G e699_
 L e700_
 G e701_
 L e702_
 L e703_
 L relu_1_24_1_above_pre
 E relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor
 G e706_
 L e707_
 G e708_
 L e709_
 L e710_
 L relu_1_24_2_above_pre
 E relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor
 G e713_
 L e714_
 G e715_
 L e716_
 L e717_
 L relu_1_25_0_above_pre
 E relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor
 G e720_
 L e721_
 G e722_
 L e723_
 L e724_
 L relu_1_25_1_above_pre
 E relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor
 G e727_
 L e728_
 G e729_
 L e730_
 L e731_
 L relu_1_25_2_above_pre
 E relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor
 G e734_
 L e735_
 G e736_
 L e737_
 L e738_
 L relu_1_26_0_above_pre
 E relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor
 G e741_
 L e742_
 G e743_
 L e744_
 L e745_
 L relu_1_26_1_above_pre
 E relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor
 G e748_
 L e749_
 G e750_
 L e751_
 L e752_
 L relu_1_26_2_above_pre
 E relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor
 G e755_
 L e756_
 G e757_
 L e758_
 L e759_
 L relu_1_27_0_above_pre
 E relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor
 G e762_
 L e763_
 G e764_
 L e765_
 L e766_
 L relu_1_27_1_above_pre
 E relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor
 G e769_
 L e770_
 G e771_
 L e772_
 L e773_
 L relu_1_27_2_above_pre
 E relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor
 G e776_
 L e777_
 G e778_
 L e779_
 L e780_
 L relu_1_28_0_above_pre
 E relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor
 G e783_
 L e784_
 G e785_
 L e786_
 L e787_
 L relu_1_28_1_above_pre
 E relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor
 G e790_
 L e791_
 G e792_
 L e793_
 L e794_
 L relu_1_28_2_above_pre
 E relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor
 G e797_
 L e798_
 G e799_
 L e800_
 L e801_
 L relu_1_29_0_above_pre
 E relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor
 G e804_
 L e805_
 G e806_
 L e807_
 L e808_
 L relu_1_29_1_above_pre
 E relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor
 G e811_
 L e812_
 G e813_
 L e814_
 L e815_
 L relu_1_29_2_above_pre
 E relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor
 G e818_
 L e819_
 G e820_
 L e821_
 L e822_
 L relu_1_30_0_above_pre
 E relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor
 G e825_
 L e826_
 G e827_
 L e828_
 L e829_
 L relu_1_30_1_above_pre
 E relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor
 G e832_
 L e833_
 G e834_
 L e835_
 L e836_
 L relu_1_30_2_above_pre
 E relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor
 G e839_
 L e840_
 G e841_
 L e842_
 L e843_
 L relu_1_31_0_above_pre
 E relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor
 G e846_
 L e847_
 G e848_
 L e849_
 L e850_
 L relu_1_31_1_above_pre
 E relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor
 G e853_
 L e854_
 G e855_
 L e856_
 L e857_
 L relu_1_31_2_above_pre
 E relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor
 G e860_
 L e861_
 G e862_
 L e863_
 L e864_
 L relu_1_32_0_above_pre
 E relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor
 G e867_
 L e868_
 G e869_
 L e870_
 L e871_
 L relu_1_32_1_above_pre
 E relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor
 G e874_
 L e875_
 G e876_
 L e877_
 L e878_
 L relu_1_32_2_above_pre
 E relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor
 G e881_
 L e882_
 G e883_
 L e884_
 L e885_
 L relu_1_33_0_above_pre
 E relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor
 G e888_
 L e889_
 G e890_
 L e891_
 L e892_
 L relu_1_33_1_above_pre
 E relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor
 G e895_
 L e896_
 G e897_
 L e898_
 L e899_
 L relu_1_33_2_above_pre
 E relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor
 G e902_
 L e903_
 G e904_
 L e905_
 L e906_
 L relu_1_34_0_above_pre
 E relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor
 G e909_
 L e910_
 G e911_
 L e912_
 L e913_
 L relu_1_34_1_above_pre
 E relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor
 G e916_
 L e917_
 G e918_
 L e919_
 L e920_
 L relu_1_34_2_above_pre
 E relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor
 G e923_
 L e924_
 G e925_
 L e926_
 L e927_
 L relu_1_35_0_above_pre
 E relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor
 G e930_
 L e931_
 G e932_
 L e933_
 L e934_
 L relu_1_35_1_above_pre
 E relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor
 G e937_
 L e938_
 G e939_
 L e940_
 L e941_
 L relu_1_35_2_above_pre
 E relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor
 G e944_
 L e945_
 G e946_
 L e947_
 L e948_
 L relu_1_36_0_above_pre
 E relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor
 G e951_
 L e952_
 G e953_
 L e954_
 L e955_
 L relu_1_36_1_above_pre
 E relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor
 G e958_
 L e959_
 G e960_
 L e961_
 L e962_
 L relu_1_36_2_above_pre
 E relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor
 G e965_
 L e966_
 G e967_
 L e968_
 L e969_
 L relu_1_37_0_above_pre
 E relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor
 G e972_
 L e973_
 G e974_
 L e975_
 L e976_
 L relu_1_37_1_above_pre
 E relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor
 G e979_
 L e980_
 G e981_
 L e982_
 L e983_
 L relu_1_37_2_above_pre
 E relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor
 G e986_
 L e987_
 G e988_
 L e989_
 L e990_
 L relu_1_38_0_above_pre
 E relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor
 G e993_
 L e994_
 G e995_
 L e996_
 L e997_
 L relu_1_38_1_above_pre
 E relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1000_
 L e1001_
 G e1002_
 L e1003_
 L e1004_
 L relu_1_38_2_above_pre
 E relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1007_
 L e1008_
 G e1009_
 L e1010_
 L e1011_
 L relu_1_39_0_above_pre
 E relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1014_
 L e1015_
 G e1016_
 L e1017_
 L e1018_
 L relu_1_39_1_above_pre
 E relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1021_
 L e1022_
 G e1023_
 L e1024_
 L e1025_
 L relu_1_39_2_above_pre
 E relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1028_
 L e1029_
 G e1030_
 L e1031_
 L e1032_
 L relu_1_40_0_above_pre
 E relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1035_
 L e1036_
 G e1037_
 L e1038_
 L e1039_
 L relu_1_40_1_above_pre
 E relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1042_
 L e1043_
 G e1044_
 L e1045_
 L e1046_
 L relu_1_40_2_above_pre
 E relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1049_
 L e1050_
 G e1051_
 L e1052_
 L e1053_
 L relu_1_41_0_above_pre
 E relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1056_
 L e1057_
 G e1058_
 L e1059_
 L e1060_
 L relu_1_41_1_above_pre
 E relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1063_
 L e1064_
 G e1065_
 L e1066_
 L e1067_
 L relu_1_41_2_above_pre
 E relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1070_
 L e1071_
 G e1072_
 L e1073_
 L e1074_
 L relu_1_42_0_above_pre
 E relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1077_
 L e1078_
 G e1079_
 L e1080_
 L e1081_
 L relu_1_42_1_above_pre
 E relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1084_
 L e1085_
 G e1086_
 L e1087_
 L e1088_
 L relu_1_42_2_above_pre
 E relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1091_
 L e1092_
 G e1093_
 L e1094_
 L e1095_
 L relu_1_43_0_above_pre
 E relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1098_
 L e1099_
 G e1100_
 L e1101_
 L e1102_
 L relu_1_43_1_above_pre
 E relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1105_
 L e1106_
 G e1107_
 L e1108_
 L e1109_
 L relu_1_43_2_above_pre
 E relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1112_
 L e1113_
 G e1114_
 L e1115_
 L e1116_
 L relu_1_44_0_above_pre
 E relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1119_
 L e1120_
 G e1121_
 L e1122_
 L e1123_
 L relu_1_44_1_above_pre
 E relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1126_
 L e1127_
 G e1128_
 L e1129_
 L e1130_
 L relu_1_44_2_above_pre
 E relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1133_
 L e1134_
 G e1135_
 L e1136_
 L e1137_
 L relu_1_45_0_above_pre
 E relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1140_
 L e1141_
 G e1142_
 L e1143_
 L e1144_
 L relu_1_45_1_above_pre
 E relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1147_
 L e1148_
 G e1149_
 L e1150_
 L e1151_
 L relu_1_45_2_above_pre
 E relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1154_
 L e1155_
 G e1156_
 L e1157_
 L e1158_
 L relu_1_46_0_above_pre
 E relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1161_
 L e1162_
 G e1163_
 L e1164_
 L e1165_
 L relu_1_46_1_above_pre
 E relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1168_
 L e1169_
 G e1170_
 L e1171_
 L e1172_
 L relu_1_46_2_above_pre
 E relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1175_
 L e1176_
 G e1177_
 L e1178_
 L e1179_
 L relu_1_47_0_above_pre
 E relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1182_
 L e1183_
 G e1184_
 L e1185_
 L e1186_
 L relu_1_47_1_above_pre
 E relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1189_
 L e1190_
 G e1191_
 L e1192_
 L e1193_
 L relu_1_47_2_above_pre
 E relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor
 G e1196_
 L e1197_
 G e1198_
 L e1199_
 L e1200_
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
 pre_1_0_0 e195_ -1
 pre_1_0_0 e196_ -1
 pre_1_0_0 e199_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e202_ -1
 pre_1_0_1 e203_ -1
 pre_1_0_1 e206_ 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 e209_ -1
 pre_1_0_2 e210_ -1
 pre_1_0_2 e213_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e216_ -1
 pre_1_1_0 e217_ -1
 pre_1_1_0 e220_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e223_ -1
 pre_1_1_1 e224_ -1
 pre_1_1_1 e227_ 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 e230_ -1
 pre_1_1_2 e231_ -1
 pre_1_1_2 e234_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e237_ -1
 pre_1_2_0 e238_ -1
 pre_1_2_0 e241_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e244_ -1
 pre_1_2_1 e245_ -1
 pre_1_2_1 e248_ 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 e251_ -1
 pre_1_2_2 e252_ -1
 pre_1_2_2 e255_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e258_ -1
 pre_1_3_0 e259_ -1
 pre_1_3_0 e262_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e265_ -1
 pre_1_3_1 e266_ -1
 pre_1_3_1 e269_ 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 e272_ -1
 pre_1_3_2 e273_ -1
 pre_1_3_2 e276_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e279_ -1
 pre_1_4_0 e280_ -1
 pre_1_4_0 e283_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e286_ -1
 pre_1_4_1 e287_ -1
 pre_1_4_1 e290_ 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 e293_ -1
 pre_1_4_2 e294_ -1
 pre_1_4_2 e297_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e300_ -1
 pre_1_5_0 e301_ -1
 pre_1_5_0 e304_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e307_ -1
 pre_1_5_1 e308_ -1
 pre_1_5_1 e311_ 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 e314_ -1
 pre_1_5_2 e315_ -1
 pre_1_5_2 e318_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e321_ -1
 pre_1_6_0 e322_ -1
 pre_1_6_0 e325_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e328_ -1
 pre_1_6_1 e329_ -1
 pre_1_6_1 e332_ 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 e335_ -1
 pre_1_6_2 e336_ -1
 pre_1_6_2 e339_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e342_ -1
 pre_1_7_0 e343_ -1
 pre_1_7_0 e346_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e349_ -1
 pre_1_7_1 e350_ -1
 pre_1_7_1 e353_ 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 e356_ -1
 pre_1_7_2 e357_ -1
 pre_1_7_2 e360_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e363_ -1
 pre_1_8_0 e364_ -1
 pre_1_8_0 e367_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e370_ -1
 pre_1_8_1 e371_ -1
 pre_1_8_1 e374_ 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 e377_ -1
 pre_1_8_2 e378_ -1
 pre_1_8_2 e381_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e384_ -1
 pre_1_9_0 e385_ -1
 pre_1_9_0 e388_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e391_ -1
 pre_1_9_1 e392_ -1
 pre_1_9_1 e395_ 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 e398_ -1
 pre_1_9_2 e399_ -1
 pre_1_9_2 e402_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e405_ -1
 pre_1_10_0 e406_ -1
 pre_1_10_0 e409_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e412_ -1
 pre_1_10_1 e413_ -1
 pre_1_10_1 e416_ 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 e419_ -1
 pre_1_10_2 e420_ -1
 pre_1_10_2 e423_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e426_ -1
 pre_1_11_0 e427_ -1
 pre_1_11_0 e430_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e433_ -1
 pre_1_11_1 e434_ -1
 pre_1_11_1 e437_ 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 e440_ -1
 pre_1_11_2 e441_ -1
 pre_1_11_2 e444_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e447_ -1
 pre_1_12_0 e448_ -1
 pre_1_12_0 e451_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e454_ -1
 pre_1_12_1 e455_ -1
 pre_1_12_1 e458_ 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 e461_ -1
 pre_1_12_2 e462_ -1
 pre_1_12_2 e465_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e468_ -1
 pre_1_13_0 e469_ -1
 pre_1_13_0 e472_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e475_ -1
 pre_1_13_1 e476_ -1
 pre_1_13_1 e479_ 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 e482_ -1
 pre_1_13_2 e483_ -1
 pre_1_13_2 e486_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e489_ -1
 pre_1_14_0 e490_ -1
 pre_1_14_0 e493_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e496_ -1
 pre_1_14_1 e497_ -1
 pre_1_14_1 e500_ 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 e503_ -1
 pre_1_14_2 e504_ -1
 pre_1_14_2 e507_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e510_ -1
 pre_1_15_0 e511_ -1
 pre_1_15_0 e514_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e517_ -1
 pre_1_15_1 e518_ -1
 pre_1_15_1 e521_ 1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_above_pre 1
 pre_1_15_2 e524_ -1
 pre_1_15_2 e525_ -1
 pre_1_15_2 e528_ 1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre 1
 pre_1_16_0 e531_ -1
 pre_1_16_0 e532_ -1
 pre_1_16_0 e535_ 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre 1
 pre_1_16_1 e538_ -1
 pre_1_16_1 e539_ -1
 pre_1_16_1 e542_ 1
 pre_1_16_2 pre_definition_1_16_2 1
 pre_1_16_2 relu_1_16_2_above_pre 1
 pre_1_16_2 e545_ -1
 pre_1_16_2 e546_ -1
 pre_1_16_2 e549_ 1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_above_pre 1
 pre_1_17_0 e552_ -1
 pre_1_17_0 e553_ -1
 pre_1_17_0 e556_ 1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_above_pre 1
 pre_1_17_1 e559_ -1
 pre_1_17_1 e560_ -1
 pre_1_17_1 e563_ 1
 pre_1_17_2 pre_definition_1_17_2 1
 pre_1_17_2 relu_1_17_2_above_pre 1
 pre_1_17_2 e566_ -1
 pre_1_17_2 e567_ -1
 pre_1_17_2 e570_ 1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_above_pre 1
 pre_1_18_0 e573_ -1
 pre_1_18_0 e574_ -1
 pre_1_18_0 e577_ 1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_above_pre 1
 pre_1_18_1 e580_ -1
 pre_1_18_1 e581_ -1
 pre_1_18_1 e584_ 1
 pre_1_18_2 pre_definition_1_18_2 1
 pre_1_18_2 relu_1_18_2_above_pre 1
 pre_1_18_2 e587_ -1
 pre_1_18_2 e588_ -1
 pre_1_18_2 e591_ 1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_above_pre 1
 pre_1_19_0 e594_ -1
 pre_1_19_0 e595_ -1
 pre_1_19_0 e598_ 1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_above_pre 1
 pre_1_19_1 e601_ -1
 pre_1_19_1 e602_ -1
 pre_1_19_1 e605_ 1
 pre_1_19_2 pre_definition_1_19_2 1
 pre_1_19_2 relu_1_19_2_above_pre 1
 pre_1_19_2 e608_ -1
 pre_1_19_2 e609_ -1
 pre_1_19_2 e612_ 1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_above_pre 1
 pre_1_20_0 e615_ -1
 pre_1_20_0 e616_ -1
 pre_1_20_0 e619_ 1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_above_pre 1
 pre_1_20_1 e622_ -1
 pre_1_20_1 e623_ -1
 pre_1_20_1 e626_ 1
 pre_1_20_2 pre_definition_1_20_2 1
 pre_1_20_2 relu_1_20_2_above_pre 1
 pre_1_20_2 e629_ -1
 pre_1_20_2 e630_ -1
 pre_1_20_2 e633_ 1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_above_pre 1
 pre_1_21_0 e636_ -1
 pre_1_21_0 e637_ -1
 pre_1_21_0 e640_ 1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_above_pre 1
 pre_1_21_1 e643_ -1
 pre_1_21_1 e644_ -1
 pre_1_21_1 e647_ 1
 pre_1_21_2 pre_definition_1_21_2 1
 pre_1_21_2 relu_1_21_2_above_pre 1
 pre_1_21_2 e650_ -1
 pre_1_21_2 e651_ -1
 pre_1_21_2 e654_ 1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_above_pre 1
 pre_1_22_0 e657_ -1
 pre_1_22_0 e658_ -1
 pre_1_22_0 e661_ 1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_above_pre 1
 pre_1_22_1 e664_ -1
 pre_1_22_1 e665_ -1
 pre_1_22_1 e668_ 1
 pre_1_22_2 pre_definition_1_22_2 1
 pre_1_22_2 relu_1_22_2_above_pre 1
 pre_1_22_2 e671_ -1
 pre_1_22_2 e672_ -1
 pre_1_22_2 e675_ 1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_above_pre 1
 pre_1_23_0 e678_ -1
 pre_1_23_0 e679_ -1
 pre_1_23_0 e682_ 1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_above_pre 1
 pre_1_23_1 e685_ -1
 pre_1_23_1 e686_ -1
 pre_1_23_1 e689_ 1
 pre_1_23_2 pre_definition_1_23_2 1
 pre_1_23_2 relu_1_23_2_above_pre 1
 pre_1_23_2 e692_ -1
 pre_1_23_2 e693_ -1
 pre_1_23_2 e696_ 1
 pre_1_24_0 pre_definition_1_24_0 1
 pre_1_24_0 relu_1_24_0_above_pre 1
 pre_1_24_0 e699_ -1
 pre_1_24_0 e700_ -1
 pre_1_24_0 e703_ 1
 pre_1_24_1 pre_definition_1_24_1 1
 pre_1_24_1 relu_1_24_1_above_pre 1
 pre_1_24_1 e706_ -1
 pre_1_24_1 e707_ -1
 pre_1_24_1 e710_ 1
 pre_1_24_2 pre_definition_1_24_2 1
 pre_1_24_2 relu_1_24_2_above_pre 1
 pre_1_24_2 e713_ -1
 pre_1_24_2 e714_ -1
 pre_1_24_2 e717_ 1
 pre_1_25_0 pre_definition_1_25_0 1
 pre_1_25_0 relu_1_25_0_above_pre 1
 pre_1_25_0 e720_ -1
 pre_1_25_0 e721_ -1
 pre_1_25_0 e724_ 1
 pre_1_25_1 pre_definition_1_25_1 1
 pre_1_25_1 relu_1_25_1_above_pre 1
 pre_1_25_1 e727_ -1
 pre_1_25_1 e728_ -1
 pre_1_25_1 e731_ 1
 pre_1_25_2 pre_definition_1_25_2 1
 pre_1_25_2 relu_1_25_2_above_pre 1
 pre_1_25_2 e734_ -1
 pre_1_25_2 e735_ -1
 pre_1_25_2 e738_ 1
 pre_1_26_0 pre_definition_1_26_0 1
 pre_1_26_0 relu_1_26_0_above_pre 1
 pre_1_26_0 e741_ -1
 pre_1_26_0 e742_ -1
 pre_1_26_0 e745_ 1
 pre_1_26_1 pre_definition_1_26_1 1
 pre_1_26_1 relu_1_26_1_above_pre 1
 pre_1_26_1 e748_ -1
 pre_1_26_1 e749_ -1
 pre_1_26_1 e752_ 1
 pre_1_26_2 pre_definition_1_26_2 1
 pre_1_26_2 relu_1_26_2_above_pre 1
 pre_1_26_2 e755_ -1
 pre_1_26_2 e756_ -1
 pre_1_26_2 e759_ 1
 pre_1_27_0 pre_definition_1_27_0 1
 pre_1_27_0 relu_1_27_0_above_pre 1
 pre_1_27_0 e762_ -1
 pre_1_27_0 e763_ -1
 pre_1_27_0 e766_ 1
 pre_1_27_1 pre_definition_1_27_1 1
 pre_1_27_1 relu_1_27_1_above_pre 1
 pre_1_27_1 e769_ -1
 pre_1_27_1 e770_ -1
 pre_1_27_1 e773_ 1
 pre_1_27_2 pre_definition_1_27_2 1
 pre_1_27_2 relu_1_27_2_above_pre 1
 pre_1_27_2 e776_ -1
 pre_1_27_2 e777_ -1
 pre_1_27_2 e780_ 1
 pre_1_28_0 pre_definition_1_28_0 1
 pre_1_28_0 relu_1_28_0_above_pre 1
 pre_1_28_0 e783_ -1
 pre_1_28_0 e784_ -1
 pre_1_28_0 e787_ 1
 pre_1_28_1 pre_definition_1_28_1 1
 pre_1_28_1 relu_1_28_1_above_pre 1
 pre_1_28_1 e790_ -1
 pre_1_28_1 e791_ -1
 pre_1_28_1 e794_ 1
 pre_1_28_2 pre_definition_1_28_2 1
 pre_1_28_2 relu_1_28_2_above_pre 1
 pre_1_28_2 e797_ -1
 pre_1_28_2 e798_ -1
 pre_1_28_2 e801_ 1
 pre_1_29_0 pre_definition_1_29_0 1
 pre_1_29_0 relu_1_29_0_above_pre 1
 pre_1_29_0 e804_ -1
 pre_1_29_0 e805_ -1
 pre_1_29_0 e808_ 1
 pre_1_29_1 pre_definition_1_29_1 1
 pre_1_29_1 relu_1_29_1_above_pre 1
 pre_1_29_1 e811_ -1
 pre_1_29_1 e812_ -1
 pre_1_29_1 e815_ 1
 pre_1_29_2 pre_definition_1_29_2 1
 pre_1_29_2 relu_1_29_2_above_pre 1
 pre_1_29_2 e818_ -1
 pre_1_29_2 e819_ -1
 pre_1_29_2 e822_ 1
 pre_1_30_0 pre_definition_1_30_0 1
 pre_1_30_0 relu_1_30_0_above_pre 1
 pre_1_30_0 e825_ -1
 pre_1_30_0 e826_ -1
 pre_1_30_0 e829_ 1
 pre_1_30_1 pre_definition_1_30_1 1
 pre_1_30_1 relu_1_30_1_above_pre 1
 pre_1_30_1 e832_ -1
 pre_1_30_1 e833_ -1
 pre_1_30_1 e836_ 1
 pre_1_30_2 pre_definition_1_30_2 1
 pre_1_30_2 relu_1_30_2_above_pre 1
 pre_1_30_2 e839_ -1
 pre_1_30_2 e840_ -1
 pre_1_30_2 e843_ 1
 pre_1_31_0 pre_definition_1_31_0 1
 pre_1_31_0 relu_1_31_0_above_pre 1
 pre_1_31_0 e846_ -1
 pre_1_31_0 e847_ -1
 pre_1_31_0 e850_ 1
 pre_1_31_1 pre_definition_1_31_1 1
 pre_1_31_1 relu_1_31_1_above_pre 1
 pre_1_31_1 e853_ -1
 pre_1_31_1 e854_ -1
 pre_1_31_1 e857_ 1
 pre_1_31_2 pre_definition_1_31_2 1
 pre_1_31_2 relu_1_31_2_above_pre 1
 pre_1_31_2 e860_ -1
 pre_1_31_2 e861_ -1
 pre_1_31_2 e864_ 1
 pre_1_32_0 pre_definition_1_32_0 1
 pre_1_32_0 relu_1_32_0_above_pre 1
 pre_1_32_0 e867_ -1
 pre_1_32_0 e868_ -1
 pre_1_32_0 e871_ 1
 pre_1_32_1 pre_definition_1_32_1 1
 pre_1_32_1 relu_1_32_1_above_pre 1
 pre_1_32_1 e874_ -1
 pre_1_32_1 e875_ -1
 pre_1_32_1 e878_ 1
 pre_1_32_2 pre_definition_1_32_2 1
 pre_1_32_2 relu_1_32_2_above_pre 1
 pre_1_32_2 e881_ -1
 pre_1_32_2 e882_ -1
 pre_1_32_2 e885_ 1
 pre_1_33_0 pre_definition_1_33_0 1
 pre_1_33_0 relu_1_33_0_above_pre 1
 pre_1_33_0 e888_ -1
 pre_1_33_0 e889_ -1
 pre_1_33_0 e892_ 1
 pre_1_33_1 pre_definition_1_33_1 1
 pre_1_33_1 relu_1_33_1_above_pre 1
 pre_1_33_1 e895_ -1
 pre_1_33_1 e896_ -1
 pre_1_33_1 e899_ 1
 pre_1_33_2 pre_definition_1_33_2 1
 pre_1_33_2 relu_1_33_2_above_pre 1
 pre_1_33_2 e902_ -1
 pre_1_33_2 e903_ -1
 pre_1_33_2 e906_ 1
 pre_1_34_0 pre_definition_1_34_0 1
 pre_1_34_0 relu_1_34_0_above_pre 1
 pre_1_34_0 e909_ -1
 pre_1_34_0 e910_ -1
 pre_1_34_0 e913_ 1
 pre_1_34_1 pre_definition_1_34_1 1
 pre_1_34_1 relu_1_34_1_above_pre 1
 pre_1_34_1 e916_ -1
 pre_1_34_1 e917_ -1
 pre_1_34_1 e920_ 1
 pre_1_34_2 pre_definition_1_34_2 1
 pre_1_34_2 relu_1_34_2_above_pre 1
 pre_1_34_2 e923_ -1
 pre_1_34_2 e924_ -1
 pre_1_34_2 e927_ 1
 pre_1_35_0 pre_definition_1_35_0 1
 pre_1_35_0 relu_1_35_0_above_pre 1
 pre_1_35_0 e930_ -1
 pre_1_35_0 e931_ -1
 pre_1_35_0 e934_ 1
 pre_1_35_1 pre_definition_1_35_1 1
 pre_1_35_1 relu_1_35_1_above_pre 1
 pre_1_35_1 e937_ -1
 pre_1_35_1 e938_ -1
 pre_1_35_1 e941_ 1
 pre_1_35_2 pre_definition_1_35_2 1
 pre_1_35_2 relu_1_35_2_above_pre 1
 pre_1_35_2 e944_ -1
 pre_1_35_2 e945_ -1
 pre_1_35_2 e948_ 1
 pre_1_36_0 pre_definition_1_36_0 1
 pre_1_36_0 relu_1_36_0_above_pre 1
 pre_1_36_0 e951_ -1
 pre_1_36_0 e952_ -1
 pre_1_36_0 e955_ 1
 pre_1_36_1 pre_definition_1_36_1 1
 pre_1_36_1 relu_1_36_1_above_pre 1
 pre_1_36_1 e958_ -1
 pre_1_36_1 e959_ -1
 pre_1_36_1 e962_ 1
 pre_1_36_2 pre_definition_1_36_2 1
 pre_1_36_2 relu_1_36_2_above_pre 1
 pre_1_36_2 e965_ -1
 pre_1_36_2 e966_ -1
 pre_1_36_2 e969_ 1
 pre_1_37_0 pre_definition_1_37_0 1
 pre_1_37_0 relu_1_37_0_above_pre 1
 pre_1_37_0 e972_ -1
 pre_1_37_0 e973_ -1
 pre_1_37_0 e976_ 1
 pre_1_37_1 pre_definition_1_37_1 1
 pre_1_37_1 relu_1_37_1_above_pre 1
 pre_1_37_1 e979_ -1
 pre_1_37_1 e980_ -1
 pre_1_37_1 e983_ 1
 pre_1_37_2 pre_definition_1_37_2 1
 pre_1_37_2 relu_1_37_2_above_pre 1
 pre_1_37_2 e986_ -1
 pre_1_37_2 e987_ -1
 pre_1_37_2 e990_ 1
 pre_1_38_0 pre_definition_1_38_0 1
 pre_1_38_0 relu_1_38_0_above_pre 1
 pre_1_38_0 e993_ -1
 pre_1_38_0 e994_ -1
 pre_1_38_0 e997_ 1
 pre_1_38_1 pre_definition_1_38_1 1
 pre_1_38_1 relu_1_38_1_above_pre 1
 pre_1_38_1 e1000_ -1
 pre_1_38_1 e1001_ -1
 pre_1_38_1 e1004_ 1
 pre_1_38_2 pre_definition_1_38_2 1
 pre_1_38_2 relu_1_38_2_above_pre 1
 pre_1_38_2 e1007_ -1
 pre_1_38_2 e1008_ -1
 pre_1_38_2 e1011_ 1
 pre_1_39_0 pre_definition_1_39_0 1
 pre_1_39_0 relu_1_39_0_above_pre 1
 pre_1_39_0 e1014_ -1
 pre_1_39_0 e1015_ -1
 pre_1_39_0 e1018_ 1
 pre_1_39_1 pre_definition_1_39_1 1
 pre_1_39_1 relu_1_39_1_above_pre 1
 pre_1_39_1 e1021_ -1
 pre_1_39_1 e1022_ -1
 pre_1_39_1 e1025_ 1
 pre_1_39_2 pre_definition_1_39_2 1
 pre_1_39_2 relu_1_39_2_above_pre 1
 pre_1_39_2 e1028_ -1
 pre_1_39_2 e1029_ -1
 pre_1_39_2 e1032_ 1
 pre_1_40_0 pre_definition_1_40_0 1
 pre_1_40_0 relu_1_40_0_above_pre 1
 pre_1_40_0 e1035_ -1
 pre_1_40_0 e1036_ -1
 pre_1_40_0 e1039_ 1
 pre_1_40_1 pre_definition_1_40_1 1
 pre_1_40_1 relu_1_40_1_above_pre 1
 pre_1_40_1 e1042_ -1
 pre_1_40_1 e1043_ -1
 pre_1_40_1 e1046_ 1
 pre_1_40_2 pre_definition_1_40_2 1
 pre_1_40_2 relu_1_40_2_above_pre 1
 pre_1_40_2 e1049_ -1
 pre_1_40_2 e1050_ -1
 pre_1_40_2 e1053_ 1
 pre_1_41_0 pre_definition_1_41_0 1
 pre_1_41_0 relu_1_41_0_above_pre 1
 pre_1_41_0 e1056_ -1
 pre_1_41_0 e1057_ -1
 pre_1_41_0 e1060_ 1
 pre_1_41_1 pre_definition_1_41_1 1
 pre_1_41_1 relu_1_41_1_above_pre 1
 pre_1_41_1 e1063_ -1
 pre_1_41_1 e1064_ -1
 pre_1_41_1 e1067_ 1
 pre_1_41_2 pre_definition_1_41_2 1
 pre_1_41_2 relu_1_41_2_above_pre 1
 pre_1_41_2 e1070_ -1
 pre_1_41_2 e1071_ -1
 pre_1_41_2 e1074_ 1
 pre_1_42_0 pre_definition_1_42_0 1
 pre_1_42_0 relu_1_42_0_above_pre 1
 pre_1_42_0 e1077_ -1
 pre_1_42_0 e1078_ -1
 pre_1_42_0 e1081_ 1
 pre_1_42_1 pre_definition_1_42_1 1
 pre_1_42_1 relu_1_42_1_above_pre 1
 pre_1_42_1 e1084_ -1
 pre_1_42_1 e1085_ -1
 pre_1_42_1 e1088_ 1
 pre_1_42_2 pre_definition_1_42_2 1
 pre_1_42_2 relu_1_42_2_above_pre 1
 pre_1_42_2 e1091_ -1
 pre_1_42_2 e1092_ -1
 pre_1_42_2 e1095_ 1
 pre_1_43_0 pre_definition_1_43_0 1
 pre_1_43_0 relu_1_43_0_above_pre 1
 pre_1_43_0 e1098_ -1
 pre_1_43_0 e1099_ -1
 pre_1_43_0 e1102_ 1
 pre_1_43_1 pre_definition_1_43_1 1
 pre_1_43_1 relu_1_43_1_above_pre 1
 pre_1_43_1 e1105_ -1
 pre_1_43_1 e1106_ -1
 pre_1_43_1 e1109_ 1
 pre_1_43_2 pre_definition_1_43_2 1
 pre_1_43_2 relu_1_43_2_above_pre 1
 pre_1_43_2 e1112_ -1
 pre_1_43_2 e1113_ -1
 pre_1_43_2 e1116_ 1
 pre_1_44_0 pre_definition_1_44_0 1
 pre_1_44_0 relu_1_44_0_above_pre 1
 pre_1_44_0 e1119_ -1
 pre_1_44_0 e1120_ -1
 pre_1_44_0 e1123_ 1
 pre_1_44_1 pre_definition_1_44_1 1
 pre_1_44_1 relu_1_44_1_above_pre 1
 pre_1_44_1 e1126_ -1
 pre_1_44_1 e1127_ -1
 pre_1_44_1 e1130_ 1
 pre_1_44_2 pre_definition_1_44_2 1
 pre_1_44_2 relu_1_44_2_above_pre 1
 pre_1_44_2 e1133_ -1
 pre_1_44_2 e1134_ -1
 pre_1_44_2 e1137_ 1
 pre_1_45_0 pre_definition_1_45_0 1
 pre_1_45_0 relu_1_45_0_above_pre 1
 pre_1_45_0 e1140_ -1
 pre_1_45_0 e1141_ -1
 pre_1_45_0 e1144_ 1
 pre_1_45_1 pre_definition_1_45_1 1
 pre_1_45_1 relu_1_45_1_above_pre 1
 pre_1_45_1 e1147_ -1
 pre_1_45_1 e1148_ -1
 pre_1_45_1 e1151_ 1
 pre_1_45_2 pre_definition_1_45_2 1
 pre_1_45_2 relu_1_45_2_above_pre 1
 pre_1_45_2 e1154_ -1
 pre_1_45_2 e1155_ -1
 pre_1_45_2 e1158_ 1
 pre_1_46_0 pre_definition_1_46_0 1
 pre_1_46_0 relu_1_46_0_above_pre 1
 pre_1_46_0 e1161_ -1
 pre_1_46_0 e1162_ -1
 pre_1_46_0 e1165_ 1
 pre_1_46_1 pre_definition_1_46_1 1
 pre_1_46_1 relu_1_46_1_above_pre 1
 pre_1_46_1 e1168_ -1
 pre_1_46_1 e1169_ -1
 pre_1_46_1 e1172_ 1
 pre_1_46_2 pre_definition_1_46_2 1
 pre_1_46_2 relu_1_46_2_above_pre 1
 pre_1_46_2 e1175_ -1
 pre_1_46_2 e1176_ -1
 pre_1_46_2 e1179_ 1
 pre_1_47_0 pre_definition_1_47_0 1
 pre_1_47_0 relu_1_47_0_above_pre 1
 pre_1_47_0 e1182_ -1
 pre_1_47_0 e1183_ -1
 pre_1_47_0 e1186_ 1
 pre_1_47_1 pre_definition_1_47_1 1
 pre_1_47_1 relu_1_47_1_above_pre 1
 pre_1_47_1 e1189_ -1
 pre_1_47_1 e1190_ -1
 pre_1_47_1 e1193_ 1
 pre_1_47_2 pre_definition_1_47_2 1
 pre_1_47_2 relu_1_47_2_above_pre 1
 pre_1_47_2 e1196_ -1
 pre_1_47_2 e1197_ -1
 pre_1_47_2 e1200_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e195_ 1
 post_1_0_0 e196_ 1
 post_1_0_0 e197_ 1
 post_1_0_0 e198_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e202_ 1
 post_1_0_1 e203_ 1
 post_1_0_1 e204_ 1
 post_1_0_1 e205_ 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 e209_ 1
 post_1_0_2 e210_ 1
 post_1_0_2 e211_ 1
 post_1_0_2 e212_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e216_ 1
 post_1_1_0 e217_ 1
 post_1_1_0 e218_ 1
 post_1_1_0 e219_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e223_ 1
 post_1_1_1 e224_ 1
 post_1_1_1 e225_ 1
 post_1_1_1 e226_ 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 e230_ 1
 post_1_1_2 e231_ 1
 post_1_1_2 e232_ 1
 post_1_1_2 e233_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e237_ 1
 post_1_2_0 e238_ 1
 post_1_2_0 e239_ 1
 post_1_2_0 e240_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e244_ 1
 post_1_2_1 e245_ 1
 post_1_2_1 e246_ 1
 post_1_2_1 e247_ 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 e251_ 1
 post_1_2_2 e252_ 1
 post_1_2_2 e253_ 1
 post_1_2_2 e254_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e258_ 1
 post_1_3_0 e259_ 1
 post_1_3_0 e260_ 1
 post_1_3_0 e261_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e265_ 1
 post_1_3_1 e266_ 1
 post_1_3_1 e267_ 1
 post_1_3_1 e268_ 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 e272_ 1
 post_1_3_2 e273_ 1
 post_1_3_2 e274_ 1
 post_1_3_2 e275_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e279_ 1
 post_1_4_0 e280_ 1
 post_1_4_0 e281_ 1
 post_1_4_0 e282_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e286_ 1
 post_1_4_1 e287_ 1
 post_1_4_1 e288_ 1
 post_1_4_1 e289_ 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 e293_ 1
 post_1_4_2 e294_ 1
 post_1_4_2 e295_ 1
 post_1_4_2 e296_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e300_ 1
 post_1_5_0 e301_ 1
 post_1_5_0 e302_ 1
 post_1_5_0 e303_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e307_ 1
 post_1_5_1 e308_ 1
 post_1_5_1 e309_ 1
 post_1_5_1 e310_ 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 e314_ 1
 post_1_5_2 e315_ 1
 post_1_5_2 e316_ 1
 post_1_5_2 e317_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e321_ 1
 post_1_6_0 e322_ 1
 post_1_6_0 e323_ 1
 post_1_6_0 e324_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e328_ 1
 post_1_6_1 e329_ 1
 post_1_6_1 e330_ 1
 post_1_6_1 e331_ 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 e335_ 1
 post_1_6_2 e336_ 1
 post_1_6_2 e337_ 1
 post_1_6_2 e338_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e342_ 1
 post_1_7_0 e343_ 1
 post_1_7_0 e344_ 1
 post_1_7_0 e345_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e349_ 1
 post_1_7_1 e350_ 1
 post_1_7_1 e351_ 1
 post_1_7_1 e352_ 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 e356_ 1
 post_1_7_2 e357_ 1
 post_1_7_2 e358_ 1
 post_1_7_2 e359_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e363_ 1
 post_1_8_0 e364_ 1
 post_1_8_0 e365_ 1
 post_1_8_0 e366_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e370_ 1
 post_1_8_1 e371_ 1
 post_1_8_1 e372_ 1
 post_1_8_1 e373_ 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 e377_ 1
 post_1_8_2 e378_ 1
 post_1_8_2 e379_ 1
 post_1_8_2 e380_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e384_ 1
 post_1_9_0 e385_ 1
 post_1_9_0 e386_ 1
 post_1_9_0 e387_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e391_ 1
 post_1_9_1 e392_ 1
 post_1_9_1 e393_ 1
 post_1_9_1 e394_ 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 e398_ 1
 post_1_9_2 e399_ 1
 post_1_9_2 e400_ 1
 post_1_9_2 e401_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e405_ 1
 post_1_10_0 e406_ 1
 post_1_10_0 e407_ 1
 post_1_10_0 e408_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e412_ 1
 post_1_10_1 e413_ 1
 post_1_10_1 e414_ 1
 post_1_10_1 e415_ 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 e419_ 1
 post_1_10_2 e420_ 1
 post_1_10_2 e421_ 1
 post_1_10_2 e422_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e426_ 1
 post_1_11_0 e427_ 1
 post_1_11_0 e428_ 1
 post_1_11_0 e429_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e433_ 1
 post_1_11_1 e434_ 1
 post_1_11_1 e435_ 1
 post_1_11_1 e436_ 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 e440_ 1
 post_1_11_2 e441_ 1
 post_1_11_2 e442_ 1
 post_1_11_2 e443_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e447_ 1
 post_1_12_0 e448_ 1
 post_1_12_0 e449_ 1
 post_1_12_0 e450_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e454_ 1
 post_1_12_1 e455_ 1
 post_1_12_1 e456_ 1
 post_1_12_1 e457_ 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 e461_ 1
 post_1_12_2 e462_ 1
 post_1_12_2 e463_ 1
 post_1_12_2 e464_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e468_ 1
 post_1_13_0 e469_ 1
 post_1_13_0 e470_ 1
 post_1_13_0 e471_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e475_ 1
 post_1_13_1 e476_ 1
 post_1_13_1 e477_ 1
 post_1_13_1 e478_ 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 e482_ 1
 post_1_13_2 e483_ 1
 post_1_13_2 e484_ 1
 post_1_13_2 e485_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e489_ 1
 post_1_14_0 e490_ 1
 post_1_14_0 e491_ 1
 post_1_14_0 e492_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e496_ 1
 post_1_14_1 e497_ 1
 post_1_14_1 e498_ 1
 post_1_14_1 e499_ 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 e503_ 1
 post_1_14_2 e504_ 1
 post_1_14_2 e505_ 1
 post_1_14_2 e506_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e510_ 1
 post_1_15_0 e511_ 1
 post_1_15_0 e512_ 1
 post_1_15_0 e513_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e517_ 1
 post_1_15_1 e518_ 1
 post_1_15_1 e519_ 1
 post_1_15_1 e520_ 1
 post_1_15_2 relu_1_15_2_above_pre -1
 post_1_15_2 e524_ 1
 post_1_15_2 e525_ 1
 post_1_15_2 e526_ 1
 post_1_15_2 e527_ 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 e531_ 1
 post_1_16_0 e532_ 1
 post_1_16_0 e533_ 1
 post_1_16_0 e534_ 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 e538_ 1
 post_1_16_1 e539_ 1
 post_1_16_1 e540_ 1
 post_1_16_1 e541_ 1
 post_1_16_2 relu_1_16_2_above_pre -1
 post_1_16_2 e545_ 1
 post_1_16_2 e546_ 1
 post_1_16_2 e547_ 1
 post_1_16_2 e548_ 1
 post_1_17_0 relu_1_17_0_above_pre -1
 post_1_17_0 e552_ 1
 post_1_17_0 e553_ 1
 post_1_17_0 e554_ 1
 post_1_17_0 e555_ 1
 post_1_17_1 relu_1_17_1_above_pre -1
 post_1_17_1 e559_ 1
 post_1_17_1 e560_ 1
 post_1_17_1 e561_ 1
 post_1_17_1 e562_ 1
 post_1_17_2 relu_1_17_2_above_pre -1
 post_1_17_2 e566_ 1
 post_1_17_2 e567_ 1
 post_1_17_2 e568_ 1
 post_1_17_2 e569_ 1
 post_1_18_0 relu_1_18_0_above_pre -1
 post_1_18_0 e573_ 1
 post_1_18_0 e574_ 1
 post_1_18_0 e575_ 1
 post_1_18_0 e576_ 1
 post_1_18_1 relu_1_18_1_above_pre -1
 post_1_18_1 e580_ 1
 post_1_18_1 e581_ 1
 post_1_18_1 e582_ 1
 post_1_18_1 e583_ 1
 post_1_18_2 relu_1_18_2_above_pre -1
 post_1_18_2 e587_ 1
 post_1_18_2 e588_ 1
 post_1_18_2 e589_ 1
 post_1_18_2 e590_ 1
 post_1_19_0 relu_1_19_0_above_pre -1
 post_1_19_0 e594_ 1
 post_1_19_0 e595_ 1
 post_1_19_0 e596_ 1
 post_1_19_0 e597_ 1
 post_1_19_1 relu_1_19_1_above_pre -1
 post_1_19_1 e601_ 1
 post_1_19_1 e602_ 1
 post_1_19_1 e603_ 1
 post_1_19_1 e604_ 1
 post_1_19_2 relu_1_19_2_above_pre -1
 post_1_19_2 e608_ 1
 post_1_19_2 e609_ 1
 post_1_19_2 e610_ 1
 post_1_19_2 e611_ 1
 post_1_20_0 relu_1_20_0_above_pre -1
 post_1_20_0 e615_ 1
 post_1_20_0 e616_ 1
 post_1_20_0 e617_ 1
 post_1_20_0 e618_ 1
 post_1_20_1 relu_1_20_1_above_pre -1
 post_1_20_1 e622_ 1
 post_1_20_1 e623_ 1
 post_1_20_1 e624_ 1
 post_1_20_1 e625_ 1
 post_1_20_2 relu_1_20_2_above_pre -1
 post_1_20_2 e629_ 1
 post_1_20_2 e630_ 1
 post_1_20_2 e631_ 1
 post_1_20_2 e632_ 1
 post_1_21_0 relu_1_21_0_above_pre -1
 post_1_21_0 e636_ 1
 post_1_21_0 e637_ 1
 post_1_21_0 e638_ 1
 post_1_21_0 e639_ 1
 post_1_21_1 relu_1_21_1_above_pre -1
 post_1_21_1 e643_ 1
 post_1_21_1 e644_ 1
 post_1_21_1 e645_ 1
 post_1_21_1 e646_ 1
 post_1_21_2 relu_1_21_2_above_pre -1
 post_1_21_2 e650_ 1
 post_1_21_2 e651_ 1
 post_1_21_2 e652_ 1
 post_1_21_2 e653_ 1
 post_1_22_0 relu_1_22_0_above_pre -1
 post_1_22_0 e657_ 1
 post_1_22_0 e658_ 1
 post_1_22_0 e659_ 1
 post_1_22_0 e660_ 1
 post_1_22_1 relu_1_22_1_above_pre -1
 post_1_22_1 e664_ 1
 post_1_22_1 e665_ 1
 post_1_22_1 e666_ 1
 post_1_22_1 e667_ 1
 post_1_22_2 relu_1_22_2_above_pre -1
 post_1_22_2 e671_ 1
 post_1_22_2 e672_ 1
 post_1_22_2 e673_ 1
 post_1_22_2 e674_ 1
 post_1_23_0 relu_1_23_0_above_pre -1
 post_1_23_0 e678_ 1
 post_1_23_0 e679_ 1
 post_1_23_0 e680_ 1
 post_1_23_0 e681_ 1
 post_1_23_1 relu_1_23_1_above_pre -1
 post_1_23_1 e685_ 1
 post_1_23_1 e686_ 1
 post_1_23_1 e687_ 1
 post_1_23_1 e688_ 1
 post_1_23_2 relu_1_23_2_above_pre -1
 post_1_23_2 e692_ 1
 post_1_23_2 e693_ 1
 post_1_23_2 e694_ 1
 post_1_23_2 e695_ 1
 post_1_24_0 relu_1_24_0_above_pre -1
 post_1_24_0 e699_ 1
 post_1_24_0 e700_ 1
 post_1_24_0 e701_ 1
 post_1_24_0 e702_ 1
 post_1_24_1 relu_1_24_1_above_pre -1
 post_1_24_1 e706_ 1
 post_1_24_1 e707_ 1
 post_1_24_1 e708_ 1
 post_1_24_1 e709_ 1
 post_1_24_2 relu_1_24_2_above_pre -1
 post_1_24_2 e713_ 1
 post_1_24_2 e714_ 1
 post_1_24_2 e715_ 1
 post_1_24_2 e716_ 1
 post_1_25_0 relu_1_25_0_above_pre -1
 post_1_25_0 e720_ 1
 post_1_25_0 e721_ 1
 post_1_25_0 e722_ 1
 post_1_25_0 e723_ 1
 post_1_25_1 relu_1_25_1_above_pre -1
 post_1_25_1 e727_ 1
 post_1_25_1 e728_ 1
 post_1_25_1 e729_ 1
 post_1_25_1 e730_ 1
 post_1_25_2 relu_1_25_2_above_pre -1
 post_1_25_2 e734_ 1
 post_1_25_2 e735_ 1
 post_1_25_2 e736_ 1
 post_1_25_2 e737_ 1
 post_1_26_0 relu_1_26_0_above_pre -1
 post_1_26_0 e741_ 1
 post_1_26_0 e742_ 1
 post_1_26_0 e743_ 1
 post_1_26_0 e744_ 1
 post_1_26_1 relu_1_26_1_above_pre -1
 post_1_26_1 e748_ 1
 post_1_26_1 e749_ 1
 post_1_26_1 e750_ 1
 post_1_26_1 e751_ 1
 post_1_26_2 relu_1_26_2_above_pre -1
 post_1_26_2 e755_ 1
 post_1_26_2 e756_ 1
 post_1_26_2 e757_ 1
 post_1_26_2 e758_ 1
 post_1_27_0 relu_1_27_0_above_pre -1
 post_1_27_0 e762_ 1
 post_1_27_0 e763_ 1
 post_1_27_0 e764_ 1
 post_1_27_0 e765_ 1
 post_1_27_1 relu_1_27_1_above_pre -1
 post_1_27_1 e769_ 1
 post_1_27_1 e770_ 1
 post_1_27_1 e771_ 1
 post_1_27_1 e772_ 1
 post_1_27_2 relu_1_27_2_above_pre -1
 post_1_27_2 e776_ 1
 post_1_27_2 e777_ 1
 post_1_27_2 e778_ 1
 post_1_27_2 e779_ 1
 post_1_28_0 relu_1_28_0_above_pre -1
 post_1_28_0 e783_ 1
 post_1_28_0 e784_ 1
 post_1_28_0 e785_ 1
 post_1_28_0 e786_ 1
 post_1_28_1 relu_1_28_1_above_pre -1
 post_1_28_1 e790_ 1
 post_1_28_1 e791_ 1
 post_1_28_1 e792_ 1
 post_1_28_1 e793_ 1
 post_1_28_2 relu_1_28_2_above_pre -1
 post_1_28_2 e797_ 1
 post_1_28_2 e798_ 1
 post_1_28_2 e799_ 1
 post_1_28_2 e800_ 1
 post_1_29_0 relu_1_29_0_above_pre -1
 post_1_29_0 e804_ 1
 post_1_29_0 e805_ 1
 post_1_29_0 e806_ 1
 post_1_29_0 e807_ 1
 post_1_29_1 relu_1_29_1_above_pre -1
 post_1_29_1 e811_ 1
 post_1_29_1 e812_ 1
 post_1_29_1 e813_ 1
 post_1_29_1 e814_ 1
 post_1_29_2 relu_1_29_2_above_pre -1
 post_1_29_2 e818_ 1
 post_1_29_2 e819_ 1
 post_1_29_2 e820_ 1
 post_1_29_2 e821_ 1
 post_1_30_0 relu_1_30_0_above_pre -1
 post_1_30_0 e825_ 1
 post_1_30_0 e826_ 1
 post_1_30_0 e827_ 1
 post_1_30_0 e828_ 1
 post_1_30_1 relu_1_30_1_above_pre -1
 post_1_30_1 e832_ 1
 post_1_30_1 e833_ 1
 post_1_30_1 e834_ 1
 post_1_30_1 e835_ 1
 post_1_30_2 relu_1_30_2_above_pre -1
 post_1_30_2 e839_ 1
 post_1_30_2 e840_ 1
 post_1_30_2 e841_ 1
 post_1_30_2 e842_ 1
 post_1_31_0 relu_1_31_0_above_pre -1
 post_1_31_0 e846_ 1
 post_1_31_0 e847_ 1
 post_1_31_0 e848_ 1
 post_1_31_0 e849_ 1
 post_1_31_1 relu_1_31_1_above_pre -1
 post_1_31_1 e853_ 1
 post_1_31_1 e854_ 1
 post_1_31_1 e855_ 1
 post_1_31_1 e856_ 1
 post_1_31_2 relu_1_31_2_above_pre -1
 post_1_31_2 e860_ 1
 post_1_31_2 e861_ 1
 post_1_31_2 e862_ 1
 post_1_31_2 e863_ 1
 post_1_32_0 relu_1_32_0_above_pre -1
 post_1_32_0 e867_ 1
 post_1_32_0 e868_ 1
 post_1_32_0 e869_ 1
 post_1_32_0 e870_ 1
 post_1_32_1 relu_1_32_1_above_pre -1
 post_1_32_1 e874_ 1
 post_1_32_1 e875_ 1
 post_1_32_1 e876_ 1
 post_1_32_1 e877_ 1
 post_1_32_2 relu_1_32_2_above_pre -1
 post_1_32_2 e881_ 1
 post_1_32_2 e882_ 1
 post_1_32_2 e883_ 1
 post_1_32_2 e884_ 1
 post_1_33_0 relu_1_33_0_above_pre -1
 post_1_33_0 e888_ 1
 post_1_33_0 e889_ 1
 post_1_33_0 e890_ 1
 post_1_33_0 e891_ 1
 post_1_33_1 relu_1_33_1_above_pre -1
 post_1_33_1 e895_ 1
 post_1_33_1 e896_ 1
 post_1_33_1 e897_ 1
 post_1_33_1 e898_ 1
 post_1_33_2 relu_1_33_2_above_pre -1
 post_1_33_2 e902_ 1
 post_1_33_2 e903_ 1
 post_1_33_2 e904_ 1
 post_1_33_2 e905_ 1
 post_1_34_0 relu_1_34_0_above_pre -1
 post_1_34_0 e909_ 1
 post_1_34_0 e910_ 1
 post_1_34_0 e911_ 1
 post_1_34_0 e912_ 1
 post_1_34_1 relu_1_34_1_above_pre -1
 post_1_34_1 e916_ 1
 post_1_34_1 e917_ 1
 post_1_34_1 e918_ 1
 post_1_34_1 e919_ 1
 post_1_34_2 relu_1_34_2_above_pre -1
 post_1_34_2 e923_ 1
 post_1_34_2 e924_ 1
 post_1_34_2 e925_ 1
 post_1_34_2 e926_ 1
 post_1_35_0 relu_1_35_0_above_pre -1
 post_1_35_0 e930_ 1
 post_1_35_0 e931_ 1
 post_1_35_0 e932_ 1
 post_1_35_0 e933_ 1
 post_1_35_1 relu_1_35_1_above_pre -1
 post_1_35_1 e937_ 1
 post_1_35_1 e938_ 1
 post_1_35_1 e939_ 1
 post_1_35_1 e940_ 1
 post_1_35_2 relu_1_35_2_above_pre -1
 post_1_35_2 e944_ 1
 post_1_35_2 e945_ 1
 post_1_35_2 e946_ 1
 post_1_35_2 e947_ 1
 post_1_36_0 relu_1_36_0_above_pre -1
 post_1_36_0 e951_ 1
 post_1_36_0 e952_ 1
 post_1_36_0 e953_ 1
 post_1_36_0 e954_ 1
 post_1_36_1 relu_1_36_1_above_pre -1
 post_1_36_1 e958_ 1
 post_1_36_1 e959_ 1
 post_1_36_1 e960_ 1
 post_1_36_1 e961_ 1
 post_1_36_2 relu_1_36_2_above_pre -1
 post_1_36_2 e965_ 1
 post_1_36_2 e966_ 1
 post_1_36_2 e967_ 1
 post_1_36_2 e968_ 1
 post_1_37_0 relu_1_37_0_above_pre -1
 post_1_37_0 e972_ 1
 post_1_37_0 e973_ 1
 post_1_37_0 e974_ 1
 post_1_37_0 e975_ 1
 post_1_37_1 relu_1_37_1_above_pre -1
 post_1_37_1 e979_ 1
 post_1_37_1 e980_ 1
 post_1_37_1 e981_ 1
 post_1_37_1 e982_ 1
 post_1_37_2 relu_1_37_2_above_pre -1
 post_1_37_2 e986_ 1
 post_1_37_2 e987_ 1
 post_1_37_2 e988_ 1
 post_1_37_2 e989_ 1
 post_1_38_0 relu_1_38_0_above_pre -1
 post_1_38_0 e993_ 1
 post_1_38_0 e994_ 1
 post_1_38_0 e995_ 1
 post_1_38_0 e996_ 1
 post_1_38_1 relu_1_38_1_above_pre -1
 post_1_38_1 e1000_ 1
 post_1_38_1 e1001_ 1
 post_1_38_1 e1002_ 1
 post_1_38_1 e1003_ 1
 post_1_38_2 relu_1_38_2_above_pre -1
 post_1_38_2 e1007_ 1
 post_1_38_2 e1008_ 1
 post_1_38_2 e1009_ 1
 post_1_38_2 e1010_ 1
 post_1_39_0 relu_1_39_0_above_pre -1
 post_1_39_0 e1014_ 1
 post_1_39_0 e1015_ 1
 post_1_39_0 e1016_ 1
 post_1_39_0 e1017_ 1
 post_1_39_1 relu_1_39_1_above_pre -1
 post_1_39_1 e1021_ 1
 post_1_39_1 e1022_ 1
 post_1_39_1 e1023_ 1
 post_1_39_1 e1024_ 1
 post_1_39_2 relu_1_39_2_above_pre -1
 post_1_39_2 e1028_ 1
 post_1_39_2 e1029_ 1
 post_1_39_2 e1030_ 1
 post_1_39_2 e1031_ 1
 post_1_40_0 relu_1_40_0_above_pre -1
 post_1_40_0 e1035_ 1
 post_1_40_0 e1036_ 1
 post_1_40_0 e1037_ 1
 post_1_40_0 e1038_ 1
 post_1_40_1 relu_1_40_1_above_pre -1
 post_1_40_1 e1042_ 1
 post_1_40_1 e1043_ 1
 post_1_40_1 e1044_ 1
 post_1_40_1 e1045_ 1
 post_1_40_2 relu_1_40_2_above_pre -1
 post_1_40_2 e1049_ 1
 post_1_40_2 e1050_ 1
 post_1_40_2 e1051_ 1
 post_1_40_2 e1052_ 1
 post_1_41_0 relu_1_41_0_above_pre -1
 post_1_41_0 e1056_ 1
 post_1_41_0 e1057_ 1
 post_1_41_0 e1058_ 1
 post_1_41_0 e1059_ 1
 post_1_41_1 relu_1_41_1_above_pre -1
 post_1_41_1 e1063_ 1
 post_1_41_1 e1064_ 1
 post_1_41_1 e1065_ 1
 post_1_41_1 e1066_ 1
 post_1_41_2 relu_1_41_2_above_pre -1
 post_1_41_2 e1070_ 1
 post_1_41_2 e1071_ 1
 post_1_41_2 e1072_ 1
 post_1_41_2 e1073_ 1
 post_1_42_0 relu_1_42_0_above_pre -1
 post_1_42_0 e1077_ 1
 post_1_42_0 e1078_ 1
 post_1_42_0 e1079_ 1
 post_1_42_0 e1080_ 1
 post_1_42_1 relu_1_42_1_above_pre -1
 post_1_42_1 e1084_ 1
 post_1_42_1 e1085_ 1
 post_1_42_1 e1086_ 1
 post_1_42_1 e1087_ 1
 post_1_42_2 relu_1_42_2_above_pre -1
 post_1_42_2 e1091_ 1
 post_1_42_2 e1092_ 1
 post_1_42_2 e1093_ 1
 post_1_42_2 e1094_ 1
 post_1_43_0 relu_1_43_0_above_pre -1
 post_1_43_0 e1098_ 1
 post_1_43_0 e1099_ 1
 post_1_43_0 e1100_ 1
 post_1_43_0 e1101_ 1
 post_1_43_1 relu_1_43_1_above_pre -1
 post_1_43_1 e1105_ 1
 post_1_43_1 e1106_ 1
 post_1_43_1 e1107_ 1
 post_1_43_1 e1108_ 1
 post_1_43_2 relu_1_43_2_above_pre -1
 post_1_43_2 e1112_ 1
 post_1_43_2 e1113_ 1
 post_1_43_2 e1114_ 1
 post_1_43_2 e1115_ 1
 post_1_44_0 relu_1_44_0_above_pre -1
 post_1_44_0 e1119_ 1
 post_1_44_0 e1120_ 1
 post_1_44_0 e1121_ 1
 post_1_44_0 e1122_ 1
 post_1_44_1 relu_1_44_1_above_pre -1
 post_1_44_1 e1126_ 1
 post_1_44_1 e1127_ 1
 post_1_44_1 e1128_ 1
 post_1_44_1 e1129_ 1
 post_1_44_2 relu_1_44_2_above_pre -1
 post_1_44_2 e1133_ 1
 post_1_44_2 e1134_ 1
 post_1_44_2 e1135_ 1
 post_1_44_2 e1136_ 1
 post_1_45_0 relu_1_45_0_above_pre -1
 post_1_45_0 e1140_ 1
 post_1_45_0 e1141_ 1
 post_1_45_0 e1142_ 1
 post_1_45_0 e1143_ 1
 post_1_45_1 relu_1_45_1_above_pre -1
 post_1_45_1 e1147_ 1
 post_1_45_1 e1148_ 1
 post_1_45_1 e1149_ 1
 post_1_45_1 e1150_ 1
 post_1_45_2 relu_1_45_2_above_pre -1
 post_1_45_2 e1154_ 1
 post_1_45_2 e1155_ 1
 post_1_45_2 e1156_ 1
 post_1_45_2 e1157_ 1
 post_1_46_0 relu_1_46_0_above_pre -1
 post_1_46_0 e1161_ 1
 post_1_46_0 e1162_ 1
 post_1_46_0 e1163_ 1
 post_1_46_0 e1164_ 1
 post_1_46_1 relu_1_46_1_above_pre -1
 post_1_46_1 e1168_ 1
 post_1_46_1 e1169_ 1
 post_1_46_1 e1170_ 1
 post_1_46_1 e1171_ 1
 post_1_46_2 relu_1_46_2_above_pre -1
 post_1_46_2 e1175_ 1
 post_1_46_2 e1176_ 1
 post_1_46_2 e1177_ 1
 post_1_46_2 e1178_ 1
 post_1_47_0 relu_1_47_0_above_pre -1
 post_1_47_0 e1182_ 1
 post_1_47_0 e1183_ 1
 post_1_47_0 e1184_ 1
 post_1_47_0 e1185_ 1
 post_1_47_1 relu_1_47_1_above_pre -1
 post_1_47_1 e1189_ 1
 post_1_47_1 e1190_ 1
 post_1_47_1 e1191_ 1
 post_1_47_1 e1192_ 1
 post_1_47_2 relu_1_47_2_above_pre -1
 post_1_47_2 e1196_ 1
 post_1_47_2 e1197_ 1
 post_1_47_2 e1198_ 1
 post_1_47_2 e1199_ 1
 out_0_0 obj -2.6545717713824035
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.8667313260223538
 out_1_0 out_definition_1_0 1
 out_2_0 obj -3.2116297798100386
 out_2_0 out_definition_2_0 1
 out_3_0 obj -4.278328055394707
 out_3_0 out_definition_3_0 1
 out_4_0 obj -2.486057754590653
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.8217281558766389
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.046395233852005904
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.1193917418704552
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.3231458928347486
 out_8_0 out_definition_8_0 1
 out_9_0 obj -4.292984980293711
 out_9_0 out_definition_9_0 1
 out_10_0 obj -1.3118257987143402
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.866000498231644
 out_11_0 out_definition_11_0 1
 out_12_0 obj 0.8601892402101066
 out_12_0 out_definition_12_0 1
 out_13_0 obj -2.3890807779041383
 out_13_0 out_definition_13_0 1
 out_14_0 obj -2.372107535735497
 out_14_0 out_definition_14_0 1
 out_15_0 obj -3.0557523582228074
 out_15_0 out_definition_15_0 1
 out_16_0 obj -2.415669741980031
 out_16_0 out_definition_16_0 1
 out_17_0 obj -3.868357485464237
 out_17_0 out_definition_17_0 1
 out_18_0 obj 0.44153187590198917
 out_18_0 out_definition_18_0 1
 out_19_0 obj -0.6494046829343197
 out_19_0 out_definition_19_0 1
 out_20_0 obj -3.6985576159821636
 out_20_0 out_definition_20_0 1
 out_21_0 obj -2.9457203778751424
 out_21_0 out_definition_21_0 1
 out_22_0 obj -2.8320552933739136
 out_22_0 out_definition_22_0 1
 out_23_0 obj -3.1703348015335098
 out_23_0 out_definition_23_0 1
 out_24_0 obj -4.502043721132246
 out_24_0 out_definition_24_0 1
 out_25_0 obj -3.157088231215124
 out_25_0 out_definition_25_0 1
 out_26_0 obj -3.6258729199744675
 out_26_0 out_definition_26_0 1
 out_27_0 obj -1.6031622974602697
 out_27_0 out_definition_27_0 1
 out_28_0 obj -2.817590282291485
 out_28_0 out_definition_28_0 1
 out_29_0 obj -1.5416268455833315
 out_29_0 out_definition_29_0 1
 out_30_0 obj -1.1581438915911908
 out_30_0 out_definition_30_0 1
 out_31_0 obj -1.1414493011925206
 out_31_0 out_definition_31_0 1
 out_32_0 obj 1.082769314853436
 out_32_0 out_definition_32_0 1
 out_33_0 obj -0.6200851973475748
 out_33_0 out_definition_33_0 1
 out_34_0 obj -2.086972450807233
 out_34_0 out_definition_34_0 1
 out_35_0 obj -1.8041419925365847
 out_35_0 out_definition_35_0 1
 out_36_0 obj -0.311150936330829
 out_36_0 out_definition_36_0 1
 out_37_0 obj -3.4121344136024634
 out_37_0 out_definition_37_0 1
 out_38_0 obj 0.7901580236833646
 out_38_0 out_definition_38_0 1
 out_39_0 obj -3.324419462890082
 out_39_0 out_definition_39_0 1
 out_40_0 obj 1.25228453443972
 out_40_0 out_definition_40_0 1
 out_41_0 obj -2.8565974828499727
 out_41_0 out_definition_41_0 1
 out_42_0 obj 0.7895512710634888
 out_42_0 out_definition_42_0 1
 out_43_0 obj -1.1711221482939655
 out_43_0 out_definition_43_0 1
 out_44_0 obj -1.411591481174123
 out_44_0 out_definition_44_0 1
 out_45_0 obj -2.117113792373134
 out_45_0 out_definition_45_0 1
 out_46_0 obj -2.374372673719489
 out_46_0 out_definition_46_0 1
 out_47_0 obj -3.6484694818676235
 out_47_0 out_definition_47_0 1
 M349 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e195_ -7.176419226746878
 relu_1_0_0_on_binary_indicator_var e196_ 14.352838453493757
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e198_ 7.176419226746878
 relu_1_0_0_off_binary_indicator_var e199_ 7.176419226746878
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e202_ -7.176419226746878
 relu_1_0_1_on_binary_indicator_var e203_ 14.352838453493757
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e205_ 7.176419226746878
 relu_1_0_1_off_binary_indicator_var e206_ 7.176419226746878
 relu_1_0_2_on_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_on_binary_indicator_var e209_ -7.176419226746878
 relu_1_0_2_on_binary_indicator_var e210_ 14.352838453493757
 relu_1_0_2_off_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_off_binary_indicator_var e212_ 7.176419226746878
 relu_1_0_2_off_binary_indicator_var e213_ 7.176419226746878
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e216_ -7.125139810483965
 relu_1_1_0_on_binary_indicator_var e217_ 14.25027962096793
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e219_ 7.125139810483965
 relu_1_1_0_off_binary_indicator_var e220_ 7.125139810483965
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e223_ -7.125139810483965
 relu_1_1_1_on_binary_indicator_var e224_ 14.25027962096793
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e226_ 7.125139810483965
 relu_1_1_1_off_binary_indicator_var e227_ 7.125139810483965
 relu_1_1_2_on_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_on_binary_indicator_var e230_ -7.125139810483965
 relu_1_1_2_on_binary_indicator_var e231_ 14.25027962096793
 relu_1_1_2_off_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_off_binary_indicator_var e233_ 7.125139810483965
 relu_1_1_2_off_binary_indicator_var e234_ 7.125139810483965
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e237_ -4.450495978270242
 relu_1_2_0_on_binary_indicator_var e238_ 8.900991956540484
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e240_ 4.450495978270242
 relu_1_2_0_off_binary_indicator_var e241_ 4.450495978270242
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e244_ -4.450495978270242
 relu_1_2_1_on_binary_indicator_var e245_ 8.900991956540484
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e247_ 4.450495978270242
 relu_1_2_1_off_binary_indicator_var e248_ 4.450495978270242
 relu_1_2_2_on_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_on_binary_indicator_var e251_ -4.450495978270242
 relu_1_2_2_on_binary_indicator_var e252_ 8.900991956540484
 relu_1_2_2_off_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_off_binary_indicator_var e254_ 4.450495978270242
 relu_1_2_2_off_binary_indicator_var e255_ 4.450495978270242
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e258_ -6.293958645941272
 relu_1_3_0_on_binary_indicator_var e259_ 12.587917291882544
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e261_ 6.293958645941272
 relu_1_3_0_off_binary_indicator_var e262_ 6.293958645941272
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e265_ -6.293958645941272
 relu_1_3_1_on_binary_indicator_var e266_ 12.587917291882544
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e268_ 6.293958645941272
 relu_1_3_1_off_binary_indicator_var e269_ 6.293958645941272
 relu_1_3_2_on_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_on_binary_indicator_var e272_ -6.293958645941272
 relu_1_3_2_on_binary_indicator_var e273_ 12.587917291882544
 relu_1_3_2_off_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_off_binary_indicator_var e275_ 6.293958645941272
 relu_1_3_2_off_binary_indicator_var e276_ 6.293958645941272
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e279_ -6.278046829164398
 relu_1_4_0_on_binary_indicator_var e280_ 12.556093658328797
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e282_ 6.278046829164398
 relu_1_4_0_off_binary_indicator_var e283_ 6.278046829164398
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e286_ -6.278046829164398
 relu_1_4_1_on_binary_indicator_var e287_ 12.556093658328797
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e289_ 6.278046829164398
 relu_1_4_1_off_binary_indicator_var e290_ 6.278046829164398
 relu_1_4_2_on_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_on_binary_indicator_var e293_ -6.278046829164398
 relu_1_4_2_on_binary_indicator_var e294_ 12.556093658328797
 relu_1_4_2_off_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_off_binary_indicator_var e296_ 6.278046829164398
 relu_1_4_2_off_binary_indicator_var e297_ 6.278046829164398
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e300_ -4.575447738333024
 relu_1_5_0_on_binary_indicator_var e301_ 9.150895476666047
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e303_ 4.575447738333024
 relu_1_5_0_off_binary_indicator_var e304_ 4.575447738333024
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e307_ -4.575447738333024
 relu_1_5_1_on_binary_indicator_var e308_ 9.150895476666047
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e310_ 4.575447738333024
 relu_1_5_1_off_binary_indicator_var e311_ 4.575447738333024
 relu_1_5_2_on_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_on_binary_indicator_var e314_ -4.575447738333024
 relu_1_5_2_on_binary_indicator_var e315_ 9.150895476666047
 relu_1_5_2_off_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_off_binary_indicator_var e317_ 4.575447738333024
 relu_1_5_2_off_binary_indicator_var e318_ 4.575447738333024
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e321_ -6.681194289163965
 relu_1_6_0_on_binary_indicator_var e322_ 13.36238857832793
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e324_ 6.681194289163965
 relu_1_6_0_off_binary_indicator_var e325_ 6.681194289163965
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e328_ -6.681194289163965
 relu_1_6_1_on_binary_indicator_var e329_ 13.36238857832793
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e331_ 6.681194289163965
 relu_1_6_1_off_binary_indicator_var e332_ 6.681194289163965
 relu_1_6_2_on_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_on_binary_indicator_var e335_ -6.681194289163965
 relu_1_6_2_on_binary_indicator_var e336_ 13.36238857832793
 relu_1_6_2_off_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_off_binary_indicator_var e338_ 6.681194289163965
 relu_1_6_2_off_binary_indicator_var e339_ 6.681194289163965
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e342_ -6.998263939541548
 relu_1_7_0_on_binary_indicator_var e343_ 13.996527879083096
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e345_ 6.998263939541548
 relu_1_7_0_off_binary_indicator_var e346_ 6.998263939541548
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e349_ -6.998263939541548
 relu_1_7_1_on_binary_indicator_var e350_ 13.996527879083096
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e352_ 6.998263939541548
 relu_1_7_1_off_binary_indicator_var e353_ 6.998263939541548
 relu_1_7_2_on_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_on_binary_indicator_var e356_ -6.998263939541548
 relu_1_7_2_on_binary_indicator_var e357_ 13.996527879083096
 relu_1_7_2_off_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_off_binary_indicator_var e359_ 6.998263939541548
 relu_1_7_2_off_binary_indicator_var e360_ 6.998263939541548
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e363_ -5.033436041032538
 relu_1_8_0_on_binary_indicator_var e364_ 10.066872082065077
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e366_ 5.033436041032538
 relu_1_8_0_off_binary_indicator_var e367_ 5.033436041032538
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e370_ -5.033436041032538
 relu_1_8_1_on_binary_indicator_var e371_ 10.066872082065077
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e373_ 5.033436041032538
 relu_1_8_1_off_binary_indicator_var e374_ 5.033436041032538
 relu_1_8_2_on_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_on_binary_indicator_var e377_ -5.033436041032538
 relu_1_8_2_on_binary_indicator_var e378_ 10.066872082065077
 relu_1_8_2_off_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_off_binary_indicator_var e380_ 5.033436041032538
 relu_1_8_2_off_binary_indicator_var e381_ 5.033436041032538
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e384_ -5.85589242599091
 relu_1_9_0_on_binary_indicator_var e385_ 11.71178485198182
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e387_ 5.85589242599091
 relu_1_9_0_off_binary_indicator_var e388_ 5.85589242599091
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e391_ -5.85589242599091
 relu_1_9_1_on_binary_indicator_var e392_ 11.71178485198182
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e394_ 5.85589242599091
 relu_1_9_1_off_binary_indicator_var e395_ 5.85589242599091
 relu_1_9_2_on_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_on_binary_indicator_var e398_ -5.85589242599091
 relu_1_9_2_on_binary_indicator_var e399_ 11.71178485198182
 relu_1_9_2_off_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_off_binary_indicator_var e401_ 5.85589242599091
 relu_1_9_2_off_binary_indicator_var e402_ 5.85589242599091
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e405_ -4.481055976018846
 relu_1_10_0_on_binary_indicator_var e406_ 8.962111952037692
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e408_ 4.481055976018846
 relu_1_10_0_off_binary_indicator_var e409_ 4.481055976018846
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e412_ -4.481055976018846
 relu_1_10_1_on_binary_indicator_var e413_ 8.962111952037692
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e415_ 4.481055976018846
 relu_1_10_1_off_binary_indicator_var e416_ 4.481055976018846
 relu_1_10_2_on_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_on_binary_indicator_var e419_ -4.481055976018846
 relu_1_10_2_on_binary_indicator_var e420_ 8.962111952037692
 relu_1_10_2_off_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_off_binary_indicator_var e422_ 4.481055976018846
 relu_1_10_2_off_binary_indicator_var e423_ 4.481055976018846
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e426_ -4.223536593655531
 relu_1_11_0_on_binary_indicator_var e427_ 8.447073187311062
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e429_ 4.223536593655531
 relu_1_11_0_off_binary_indicator_var e430_ 4.223536593655531
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e433_ -4.223536593655531
 relu_1_11_1_on_binary_indicator_var e434_ 8.447073187311062
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e436_ 4.223536593655531
 relu_1_11_1_off_binary_indicator_var e437_ 4.223536593655531
 relu_1_11_2_on_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_on_binary_indicator_var e440_ -4.223536593655531
 relu_1_11_2_on_binary_indicator_var e441_ 8.447073187311062
 relu_1_11_2_off_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_off_binary_indicator_var e443_ 4.223536593655531
 relu_1_11_2_off_binary_indicator_var e444_ 4.223536593655531
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e447_ -7.9411881018315
 relu_1_12_0_on_binary_indicator_var e448_ 15.882376203663
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e450_ 7.9411881018315
 relu_1_12_0_off_binary_indicator_var e451_ 7.9411881018315
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e454_ -7.9411881018315
 relu_1_12_1_on_binary_indicator_var e455_ 15.882376203663
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e457_ 7.9411881018315
 relu_1_12_1_off_binary_indicator_var e458_ 7.9411881018315
 relu_1_12_2_on_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_on_binary_indicator_var e461_ -7.9411881018315
 relu_1_12_2_on_binary_indicator_var e462_ 15.882376203663
 relu_1_12_2_off_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_off_binary_indicator_var e464_ 7.9411881018315
 relu_1_12_2_off_binary_indicator_var e465_ 7.9411881018315
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e468_ -4.282407804124144
 relu_1_13_0_on_binary_indicator_var e469_ 8.564815608248288
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e471_ 4.282407804124144
 relu_1_13_0_off_binary_indicator_var e472_ 4.282407804124144
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e475_ -4.282407804124144
 relu_1_13_1_on_binary_indicator_var e476_ 8.564815608248288
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e478_ 4.282407804124144
 relu_1_13_1_off_binary_indicator_var e479_ 4.282407804124144
 relu_1_13_2_on_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_on_binary_indicator_var e482_ -4.282407804124144
 relu_1_13_2_on_binary_indicator_var e483_ 8.564815608248288
 relu_1_13_2_off_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_off_binary_indicator_var e485_ 4.282407804124144
 relu_1_13_2_off_binary_indicator_var e486_ 4.282407804124144
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e489_ -4.634583834742528
 relu_1_14_0_on_binary_indicator_var e490_ 9.269167669485055
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e492_ 4.634583834742528
 relu_1_14_0_off_binary_indicator_var e493_ 4.634583834742528
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e496_ -4.634583834742528
 relu_1_14_1_on_binary_indicator_var e497_ 9.269167669485055
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e499_ 4.634583834742528
 relu_1_14_1_off_binary_indicator_var e500_ 4.634583834742528
 relu_1_14_2_on_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_on_binary_indicator_var e503_ -4.634583834742528
 relu_1_14_2_on_binary_indicator_var e504_ 9.269167669485055
 relu_1_14_2_off_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_off_binary_indicator_var e506_ 4.634583834742528
 relu_1_14_2_off_binary_indicator_var e507_ 4.634583834742528
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e510_ -4.622818643788233
 relu_1_15_0_on_binary_indicator_var e511_ 9.245637287576466
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e513_ 4.622818643788233
 relu_1_15_0_off_binary_indicator_var e514_ 4.622818643788233
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e517_ -4.622818643788233
 relu_1_15_1_on_binary_indicator_var e518_ 9.245637287576466
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e520_ 4.622818643788233
 relu_1_15_1_off_binary_indicator_var e521_ 4.622818643788233
 relu_1_15_2_on_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_on_binary_indicator_var e524_ -4.622818643788233
 relu_1_15_2_on_binary_indicator_var e525_ 9.245637287576466
 relu_1_15_2_off_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_off_binary_indicator_var e527_ 4.622818643788233
 relu_1_15_2_off_binary_indicator_var e528_ 4.622818643788233
 relu_1_16_0_on_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_on_binary_indicator_var e531_ -6.978700550828476
 relu_1_16_0_on_binary_indicator_var e532_ 13.957401101656952
 relu_1_16_0_off_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_off_binary_indicator_var e534_ 6.978700550828476
 relu_1_16_0_off_binary_indicator_var e535_ 6.978700550828476
 relu_1_16_1_on_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_on_binary_indicator_var e538_ -6.978700550828476
 relu_1_16_1_on_binary_indicator_var e539_ 13.957401101656952
 relu_1_16_1_off_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_off_binary_indicator_var e541_ 6.978700550828476
 relu_1_16_1_off_binary_indicator_var e542_ 6.978700550828476
 relu_1_16_2_on_binary_indicator_var relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_2_on_binary_indicator_var e545_ -6.978700550828476
 relu_1_16_2_on_binary_indicator_var e546_ 13.957401101656952
 relu_1_16_2_off_binary_indicator_var relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_2_off_binary_indicator_var e548_ 6.978700550828476
 relu_1_16_2_off_binary_indicator_var e549_ 6.978700550828476
 relu_1_17_0_on_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_on_binary_indicator_var e552_ -6.235030806621945
 relu_1_17_0_on_binary_indicator_var e553_ 12.47006161324389
 relu_1_17_0_off_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_off_binary_indicator_var e555_ 6.235030806621945
 relu_1_17_0_off_binary_indicator_var e556_ 6.235030806621945
 relu_1_17_1_on_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_on_binary_indicator_var e559_ -6.235030806621945
 relu_1_17_1_on_binary_indicator_var e560_ 12.47006161324389
 relu_1_17_1_off_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_off_binary_indicator_var e562_ 6.235030806621945
 relu_1_17_1_off_binary_indicator_var e563_ 6.235030806621945
 relu_1_17_2_on_binary_indicator_var relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_2_on_binary_indicator_var e566_ -6.235030806621945
 relu_1_17_2_on_binary_indicator_var e567_ 12.47006161324389
 relu_1_17_2_off_binary_indicator_var relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_2_off_binary_indicator_var e569_ 6.235030806621945
 relu_1_17_2_off_binary_indicator_var e570_ 6.235030806621945
 relu_1_18_0_on_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_on_binary_indicator_var e573_ -6.718454730852487
 relu_1_18_0_on_binary_indicator_var e574_ 13.436909461704975
 relu_1_18_0_off_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_off_binary_indicator_var e576_ 6.718454730852487
 relu_1_18_0_off_binary_indicator_var e577_ 6.718454730852487
 relu_1_18_1_on_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_on_binary_indicator_var e580_ -6.718454730852487
 relu_1_18_1_on_binary_indicator_var e581_ 13.436909461704975
 relu_1_18_1_off_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_off_binary_indicator_var e583_ 6.718454730852487
 relu_1_18_1_off_binary_indicator_var e584_ 6.718454730852487
 relu_1_18_2_on_binary_indicator_var relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_2_on_binary_indicator_var e587_ -6.718454730852487
 relu_1_18_2_on_binary_indicator_var e588_ 13.436909461704975
 relu_1_18_2_off_binary_indicator_var relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_2_off_binary_indicator_var e590_ 6.718454730852487
 relu_1_18_2_off_binary_indicator_var e591_ 6.718454730852487
 relu_1_19_0_on_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_on_binary_indicator_var e594_ -6.8226887269065095
 relu_1_19_0_on_binary_indicator_var e595_ 13.645377453813019
 relu_1_19_0_off_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_off_binary_indicator_var e597_ 6.8226887269065095
 relu_1_19_0_off_binary_indicator_var e598_ 6.8226887269065095
 relu_1_19_1_on_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_on_binary_indicator_var e601_ -6.8226887269065095
 relu_1_19_1_on_binary_indicator_var e602_ 13.645377453813019
 relu_1_19_1_off_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_off_binary_indicator_var e604_ 6.8226887269065095
 relu_1_19_1_off_binary_indicator_var e605_ 6.8226887269065095
 relu_1_19_2_on_binary_indicator_var relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_2_on_binary_indicator_var e608_ -6.8226887269065095
 relu_1_19_2_on_binary_indicator_var e609_ 13.645377453813019
 relu_1_19_2_off_binary_indicator_var relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_2_off_binary_indicator_var e611_ 6.8226887269065095
 relu_1_19_2_off_binary_indicator_var e612_ 6.8226887269065095
 relu_1_20_0_on_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_on_binary_indicator_var e615_ -6.631889427894872
 relu_1_20_0_on_binary_indicator_var e616_ 13.263778855789743
 relu_1_20_0_off_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_off_binary_indicator_var e618_ 6.631889427894872
 relu_1_20_0_off_binary_indicator_var e619_ 6.631889427894872
 relu_1_20_1_on_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_on_binary_indicator_var e622_ -6.631889427894872
 relu_1_20_1_on_binary_indicator_var e623_ 13.263778855789743
 relu_1_20_1_off_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_off_binary_indicator_var e625_ 6.631889427894872
 relu_1_20_1_off_binary_indicator_var e626_ 6.631889427894872
 relu_1_20_2_on_binary_indicator_var relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_2_on_binary_indicator_var e629_ -6.631889427894872
 relu_1_20_2_on_binary_indicator_var e630_ 13.263778855789743
 relu_1_20_2_off_binary_indicator_var relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_2_off_binary_indicator_var e632_ 6.631889427894872
 relu_1_20_2_off_binary_indicator_var e633_ 6.631889427894872
 relu_1_21_0_on_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_on_binary_indicator_var e636_ -5.396286998735244
 relu_1_21_0_on_binary_indicator_var e637_ 10.792573997470488
 relu_1_21_0_off_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_off_binary_indicator_var e639_ 5.396286998735244
 relu_1_21_0_off_binary_indicator_var e640_ 5.396286998735244
 relu_1_21_1_on_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_on_binary_indicator_var e643_ -5.396286998735244
 relu_1_21_1_on_binary_indicator_var e644_ 10.792573997470488
 relu_1_21_1_off_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_off_binary_indicator_var e646_ 5.396286998735244
 relu_1_21_1_off_binary_indicator_var e647_ 5.396286998735244
 relu_1_21_2_on_binary_indicator_var relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_2_on_binary_indicator_var e650_ -5.396286998735244
 relu_1_21_2_on_binary_indicator_var e651_ 10.792573997470488
 relu_1_21_2_off_binary_indicator_var relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_2_off_binary_indicator_var e653_ 5.396286998735244
 relu_1_21_2_off_binary_indicator_var e654_ 5.396286998735244
 relu_1_22_0_on_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_on_binary_indicator_var e657_ -6.394092367761281
 relu_1_22_0_on_binary_indicator_var e658_ 12.788184735522561
 relu_1_22_0_off_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_off_binary_indicator_var e660_ 6.394092367761281
 relu_1_22_0_off_binary_indicator_var e661_ 6.394092367761281
 relu_1_22_1_on_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_on_binary_indicator_var e664_ -6.394092367761281
 relu_1_22_1_on_binary_indicator_var e665_ 12.788184735522561
 relu_1_22_1_off_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_off_binary_indicator_var e667_ 6.394092367761281
 relu_1_22_1_off_binary_indicator_var e668_ 6.394092367761281
 relu_1_22_2_on_binary_indicator_var relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_2_on_binary_indicator_var e671_ -6.394092367761281
 relu_1_22_2_on_binary_indicator_var e672_ 12.788184735522561
 relu_1_22_2_off_binary_indicator_var relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_2_off_binary_indicator_var e674_ 6.394092367761281
 relu_1_22_2_off_binary_indicator_var e675_ 6.394092367761281
 relu_1_23_0_on_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_on_binary_indicator_var e678_ -6.260561154684373
 relu_1_23_0_on_binary_indicator_var e679_ 12.521122309368746
 relu_1_23_0_off_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_off_binary_indicator_var e681_ 6.260561154684373
 relu_1_23_0_off_binary_indicator_var e682_ 6.260561154684373
 relu_1_23_1_on_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_on_binary_indicator_var e685_ -6.260561154684373
 relu_1_23_1_on_binary_indicator_var e686_ 12.521122309368746
 relu_1_23_1_off_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_off_binary_indicator_var e688_ 6.260561154684373
 relu_1_23_1_off_binary_indicator_var e689_ 6.260561154684373
 relu_1_23_2_on_binary_indicator_var relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_2_on_binary_indicator_var e692_ -6.260561154684373
 relu_1_23_2_on_binary_indicator_var e693_ 12.521122309368746
 relu_1_23_2_off_binary_indicator_var relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_2_off_binary_indicator_var e695_ 6.260561154684373
 relu_1_23_2_off_binary_indicator_var e696_ 6.260561154684373
 relu_1_24_0_on_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_on_binary_indicator_var e699_ -7.264403459229737
 relu_1_24_0_on_binary_indicator_var e700_ 14.528806918459473
 relu_1_24_0_off_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_off_binary_indicator_var e702_ 7.264403459229737
 relu_1_24_0_off_binary_indicator_var e703_ 7.264403459229737
 relu_1_24_1_on_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_on_binary_indicator_var e706_ -7.264403459229737
 relu_1_24_1_on_binary_indicator_var e707_ 14.528806918459473
 relu_1_24_1_off_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_off_binary_indicator_var e709_ 7.264403459229737
 relu_1_24_1_off_binary_indicator_var e710_ 7.264403459229737
 relu_1_24_2_on_binary_indicator_var relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_2_on_binary_indicator_var e713_ -7.264403459229737
 relu_1_24_2_on_binary_indicator_var e714_ 14.528806918459473
 relu_1_24_2_off_binary_indicator_var relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_2_off_binary_indicator_var e716_ 7.264403459229737
 relu_1_24_2_off_binary_indicator_var e717_ 7.264403459229737
 relu_1_25_0_on_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_on_binary_indicator_var e720_ -4.689817519007568
 relu_1_25_0_on_binary_indicator_var e721_ 9.379635038015136
 relu_1_25_0_off_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_off_binary_indicator_var e723_ 4.689817519007568
 relu_1_25_0_off_binary_indicator_var e724_ 4.689817519007568
 relu_1_25_1_on_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_on_binary_indicator_var e727_ -4.689817519007568
 relu_1_25_1_on_binary_indicator_var e728_ 9.379635038015136
 relu_1_25_1_off_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_off_binary_indicator_var e730_ 4.689817519007568
 relu_1_25_1_off_binary_indicator_var e731_ 4.689817519007568
 relu_1_25_2_on_binary_indicator_var relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_2_on_binary_indicator_var e734_ -4.689817519007568
 relu_1_25_2_on_binary_indicator_var e735_ 9.379635038015136
 relu_1_25_2_off_binary_indicator_var relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_2_off_binary_indicator_var e737_ 4.689817519007568
 relu_1_25_2_off_binary_indicator_var e738_ 4.689817519007568
 relu_1_26_0_on_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_on_binary_indicator_var e741_ -5.834876603928876
 relu_1_26_0_on_binary_indicator_var e742_ 11.669753207857752
 relu_1_26_0_off_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_off_binary_indicator_var e744_ 5.834876603928876
 relu_1_26_0_off_binary_indicator_var e745_ 5.834876603928876
 relu_1_26_1_on_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_on_binary_indicator_var e748_ -5.834876603928876
 relu_1_26_1_on_binary_indicator_var e749_ 11.669753207857752
 relu_1_26_1_off_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_off_binary_indicator_var e751_ 5.834876603928876
 relu_1_26_1_off_binary_indicator_var e752_ 5.834876603928876
 relu_1_26_2_on_binary_indicator_var relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_2_on_binary_indicator_var e755_ -5.834876603928876
 relu_1_26_2_on_binary_indicator_var e756_ 11.669753207857752
 relu_1_26_2_off_binary_indicator_var relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_2_off_binary_indicator_var e758_ 5.834876603928876
 relu_1_26_2_off_binary_indicator_var e759_ 5.834876603928876
 relu_1_27_0_on_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_on_binary_indicator_var e762_ -6.462017653570015
 relu_1_27_0_on_binary_indicator_var e763_ 12.92403530714003
 relu_1_27_0_off_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_off_binary_indicator_var e765_ 6.462017653570015
 relu_1_27_0_off_binary_indicator_var e766_ 6.462017653570015
 relu_1_27_1_on_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_on_binary_indicator_var e769_ -6.462017653570015
 relu_1_27_1_on_binary_indicator_var e770_ 12.92403530714003
 relu_1_27_1_off_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_off_binary_indicator_var e772_ 6.462017653570015
 relu_1_27_1_off_binary_indicator_var e773_ 6.462017653570015
 relu_1_27_2_on_binary_indicator_var relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_2_on_binary_indicator_var e776_ -6.462017653570015
 relu_1_27_2_on_binary_indicator_var e777_ 12.92403530714003
 relu_1_27_2_off_binary_indicator_var relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_2_off_binary_indicator_var e779_ 6.462017653570015
 relu_1_27_2_off_binary_indicator_var e780_ 6.462017653570015
 relu_1_28_0_on_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_on_binary_indicator_var e783_ -6.141677231816878
 relu_1_28_0_on_binary_indicator_var e784_ 12.283354463633756
 relu_1_28_0_off_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_off_binary_indicator_var e786_ 6.141677231816878
 relu_1_28_0_off_binary_indicator_var e787_ 6.141677231816878
 relu_1_28_1_on_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_on_binary_indicator_var e790_ -6.141677231816878
 relu_1_28_1_on_binary_indicator_var e791_ 12.283354463633756
 relu_1_28_1_off_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_off_binary_indicator_var e793_ 6.141677231816878
 relu_1_28_1_off_binary_indicator_var e794_ 6.141677231816878
 relu_1_28_2_on_binary_indicator_var relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_2_on_binary_indicator_var e797_ -6.141677231816878
 relu_1_28_2_on_binary_indicator_var e798_ 12.283354463633756
 relu_1_28_2_off_binary_indicator_var relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_2_off_binary_indicator_var e800_ 6.141677231816878
 relu_1_28_2_off_binary_indicator_var e801_ 6.141677231816878
 relu_1_29_0_on_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_on_binary_indicator_var e804_ -5.920664390112501
 relu_1_29_0_on_binary_indicator_var e805_ 11.841328780225002
 relu_1_29_0_off_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_off_binary_indicator_var e807_ 5.920664390112501
 relu_1_29_0_off_binary_indicator_var e808_ 5.920664390112501
 relu_1_29_1_on_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_on_binary_indicator_var e811_ -5.920664390112501
 relu_1_29_1_on_binary_indicator_var e812_ 11.841328780225002
 relu_1_29_1_off_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_off_binary_indicator_var e814_ 5.920664390112501
 relu_1_29_1_off_binary_indicator_var e815_ 5.920664390112501
 relu_1_29_2_on_binary_indicator_var relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_2_on_binary_indicator_var e818_ -5.920664390112501
 relu_1_29_2_on_binary_indicator_var e819_ 11.841328780225002
 relu_1_29_2_off_binary_indicator_var relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_2_off_binary_indicator_var e821_ 5.920664390112501
 relu_1_29_2_off_binary_indicator_var e822_ 5.920664390112501
 relu_1_30_0_on_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_on_binary_indicator_var e825_ -5.728168080018541
 relu_1_30_0_on_binary_indicator_var e826_ 11.456336160037083
 relu_1_30_0_off_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_off_binary_indicator_var e828_ 5.728168080018541
 relu_1_30_0_off_binary_indicator_var e829_ 5.728168080018541
 relu_1_30_1_on_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_on_binary_indicator_var e832_ -5.728168080018541
 relu_1_30_1_on_binary_indicator_var e833_ 11.456336160037083
 relu_1_30_1_off_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_off_binary_indicator_var e835_ 5.728168080018541
 relu_1_30_1_off_binary_indicator_var e836_ 5.728168080018541
 relu_1_30_2_on_binary_indicator_var relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_2_on_binary_indicator_var e839_ -5.728168080018541
 relu_1_30_2_on_binary_indicator_var e840_ 11.456336160037083
 relu_1_30_2_off_binary_indicator_var relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_2_off_binary_indicator_var e842_ 5.728168080018541
 relu_1_30_2_off_binary_indicator_var e843_ 5.728168080018541
 relu_1_31_0_on_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_on_binary_indicator_var e846_ -4.169908962997813
 relu_1_31_0_on_binary_indicator_var e847_ 8.339817925995627
 relu_1_31_0_off_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_off_binary_indicator_var e849_ 4.169908962997813
 relu_1_31_0_off_binary_indicator_var e850_ 4.169908962997813
 relu_1_31_1_on_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_on_binary_indicator_var e853_ -4.169908962997813
 relu_1_31_1_on_binary_indicator_var e854_ 8.339817925995627
 relu_1_31_1_off_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_off_binary_indicator_var e856_ 4.169908962997813
 relu_1_31_1_off_binary_indicator_var e857_ 4.169908962997813
 relu_1_31_2_on_binary_indicator_var relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_2_on_binary_indicator_var e860_ -4.169908962997813
 relu_1_31_2_on_binary_indicator_var e861_ 8.339817925995627
 relu_1_31_2_off_binary_indicator_var relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_2_off_binary_indicator_var e863_ 4.169908962997813
 relu_1_31_2_off_binary_indicator_var e864_ 4.169908962997813
 relu_1_32_0_on_binary_indicator_var relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_0_on_binary_indicator_var e867_ -8.664241081038536
 relu_1_32_0_on_binary_indicator_var e868_ 17.328482162077073
 relu_1_32_0_off_binary_indicator_var relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_0_off_binary_indicator_var e870_ 8.664241081038536
 relu_1_32_0_off_binary_indicator_var e871_ 8.664241081038536
 relu_1_32_1_on_binary_indicator_var relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_1_on_binary_indicator_var e874_ -8.664241081038536
 relu_1_32_1_on_binary_indicator_var e875_ 17.328482162077073
 relu_1_32_1_off_binary_indicator_var relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_1_off_binary_indicator_var e877_ 8.664241081038536
 relu_1_32_1_off_binary_indicator_var e878_ 8.664241081038536
 relu_1_32_2_on_binary_indicator_var relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_2_on_binary_indicator_var e881_ -8.664241081038536
 relu_1_32_2_on_binary_indicator_var e882_ 17.328482162077073
 relu_1_32_2_off_binary_indicator_var relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_2_off_binary_indicator_var e884_ 8.664241081038536
 relu_1_32_2_off_binary_indicator_var e885_ 8.664241081038536
 relu_1_33_0_on_binary_indicator_var relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_0_on_binary_indicator_var e888_ -4.786102235995172
 relu_1_33_0_on_binary_indicator_var e889_ 9.572204471990345
 relu_1_33_0_off_binary_indicator_var relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_0_off_binary_indicator_var e891_ 4.786102235995172
 relu_1_33_0_off_binary_indicator_var e892_ 4.786102235995172
 relu_1_33_1_on_binary_indicator_var relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_1_on_binary_indicator_var e895_ -4.786102235995172
 relu_1_33_1_on_binary_indicator_var e896_ 9.572204471990345
 relu_1_33_1_off_binary_indicator_var relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_1_off_binary_indicator_var e898_ 4.786102235995172
 relu_1_33_1_off_binary_indicator_var e899_ 4.786102235995172
 relu_1_33_2_on_binary_indicator_var relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_2_on_binary_indicator_var e902_ -4.786102235995172
 relu_1_33_2_on_binary_indicator_var e903_ 9.572204471990345
 relu_1_33_2_off_binary_indicator_var relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_2_off_binary_indicator_var e905_ 4.786102235995172
 relu_1_33_2_off_binary_indicator_var e906_ 4.786102235995172
 relu_1_34_0_on_binary_indicator_var relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_0_on_binary_indicator_var e909_ -3.1913367882549086
 relu_1_34_0_on_binary_indicator_var e910_ 6.382673576509817
 relu_1_34_0_off_binary_indicator_var relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_0_off_binary_indicator_var e912_ 3.1913367882549086
 relu_1_34_0_off_binary_indicator_var e913_ 3.1913367882549086
 relu_1_34_1_on_binary_indicator_var relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_1_on_binary_indicator_var e916_ -3.1913367882549086
 relu_1_34_1_on_binary_indicator_var e917_ 6.382673576509817
 relu_1_34_1_off_binary_indicator_var relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_1_off_binary_indicator_var e919_ 3.1913367882549086
 relu_1_34_1_off_binary_indicator_var e920_ 3.1913367882549086
 relu_1_34_2_on_binary_indicator_var relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_2_on_binary_indicator_var e923_ -3.1913367882549086
 relu_1_34_2_on_binary_indicator_var e924_ 6.382673576509817
 relu_1_34_2_off_binary_indicator_var relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_2_off_binary_indicator_var e926_ 3.1913367882549086
 relu_1_34_2_off_binary_indicator_var e927_ 3.1913367882549086
 relu_1_35_0_on_binary_indicator_var relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_0_on_binary_indicator_var e930_ -5.22677910814882
 relu_1_35_0_on_binary_indicator_var e931_ 10.45355821629764
 relu_1_35_0_off_binary_indicator_var relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_0_off_binary_indicator_var e933_ 5.22677910814882
 relu_1_35_0_off_binary_indicator_var e934_ 5.22677910814882
 relu_1_35_1_on_binary_indicator_var relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_1_on_binary_indicator_var e937_ -5.22677910814882
 relu_1_35_1_on_binary_indicator_var e938_ 10.45355821629764
 relu_1_35_1_off_binary_indicator_var relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_1_off_binary_indicator_var e940_ 5.22677910814882
 relu_1_35_1_off_binary_indicator_var e941_ 5.22677910814882
 relu_1_35_2_on_binary_indicator_var relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_2_on_binary_indicator_var e944_ -5.22677910814882
 relu_1_35_2_on_binary_indicator_var e945_ 10.45355821629764
 relu_1_35_2_off_binary_indicator_var relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_2_off_binary_indicator_var e947_ 5.22677910814882
 relu_1_35_2_off_binary_indicator_var e948_ 5.22677910814882
 relu_1_36_0_on_binary_indicator_var relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_0_on_binary_indicator_var e951_ -5.673758698670875
 relu_1_36_0_on_binary_indicator_var e952_ 11.34751739734175
 relu_1_36_0_off_binary_indicator_var relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_0_off_binary_indicator_var e954_ 5.673758698670875
 relu_1_36_0_off_binary_indicator_var e955_ 5.673758698670875
 relu_1_36_1_on_binary_indicator_var relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_1_on_binary_indicator_var e958_ -5.673758698670875
 relu_1_36_1_on_binary_indicator_var e959_ 11.34751739734175
 relu_1_36_1_off_binary_indicator_var relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_1_off_binary_indicator_var e961_ 5.673758698670875
 relu_1_36_1_off_binary_indicator_var e962_ 5.673758698670875
 relu_1_36_2_on_binary_indicator_var relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_2_on_binary_indicator_var e965_ -5.673758698670875
 relu_1_36_2_on_binary_indicator_var e966_ 11.34751739734175
 relu_1_36_2_off_binary_indicator_var relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_2_off_binary_indicator_var e968_ 5.673758698670875
 relu_1_36_2_off_binary_indicator_var e969_ 5.673758698670875
 relu_1_37_0_on_binary_indicator_var relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_0_on_binary_indicator_var e972_ -7.902762319994838
 relu_1_37_0_on_binary_indicator_var e973_ 15.805524639989676
 relu_1_37_0_off_binary_indicator_var relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_0_off_binary_indicator_var e975_ 7.902762319994838
 relu_1_37_0_off_binary_indicator_var e976_ 7.902762319994838
 relu_1_37_1_on_binary_indicator_var relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_1_on_binary_indicator_var e979_ -7.902762319994838
 relu_1_37_1_on_binary_indicator_var e980_ 15.805524639989676
 relu_1_37_1_off_binary_indicator_var relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_1_off_binary_indicator_var e982_ 7.902762319994838
 relu_1_37_1_off_binary_indicator_var e983_ 7.902762319994838
 relu_1_37_2_on_binary_indicator_var relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_2_on_binary_indicator_var e986_ -7.902762319994838
 relu_1_37_2_on_binary_indicator_var e987_ 15.805524639989676
 relu_1_37_2_off_binary_indicator_var relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_2_off_binary_indicator_var e989_ 7.902762319994838
 relu_1_37_2_off_binary_indicator_var e990_ 7.902762319994838
 relu_1_38_0_on_binary_indicator_var relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_0_on_binary_indicator_var e993_ -6.938634274205215
 relu_1_38_0_on_binary_indicator_var e994_ 13.87726854841043
 relu_1_38_0_off_binary_indicator_var relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_0_off_binary_indicator_var e996_ 6.938634274205215
 relu_1_38_0_off_binary_indicator_var e997_ 6.938634274205215
 relu_1_38_1_on_binary_indicator_var relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_1_on_binary_indicator_var e1000_ -6.938634274205215
 relu_1_38_1_on_binary_indicator_var e1001_ 13.87726854841043
 relu_1_38_1_off_binary_indicator_var relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_1_off_binary_indicator_var e1003_ 6.938634274205215
 relu_1_38_1_off_binary_indicator_var e1004_ 6.938634274205215
 relu_1_38_2_on_binary_indicator_var relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_2_on_binary_indicator_var e1007_ -6.938634274205215
 relu_1_38_2_on_binary_indicator_var e1008_ 13.87726854841043
 relu_1_38_2_off_binary_indicator_var relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_2_off_binary_indicator_var e1010_ 6.938634274205215
 relu_1_38_2_off_binary_indicator_var e1011_ 6.938634274205215
 relu_1_39_0_on_binary_indicator_var relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_0_on_binary_indicator_var e1014_ -8.719319309755662
 relu_1_39_0_on_binary_indicator_var e1015_ 17.438638619511323
 relu_1_39_0_off_binary_indicator_var relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_0_off_binary_indicator_var e1017_ 8.719319309755662
 relu_1_39_0_off_binary_indicator_var e1018_ 8.719319309755662
 relu_1_39_1_on_binary_indicator_var relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_1_on_binary_indicator_var e1021_ -8.719319309755662
 relu_1_39_1_on_binary_indicator_var e1022_ 17.438638619511323
 relu_1_39_1_off_binary_indicator_var relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_1_off_binary_indicator_var e1024_ 8.719319309755662
 relu_1_39_1_off_binary_indicator_var e1025_ 8.719319309755662
 relu_1_39_2_on_binary_indicator_var relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_2_on_binary_indicator_var e1028_ -8.719319309755662
 relu_1_39_2_on_binary_indicator_var e1029_ 17.438638619511323
 relu_1_39_2_off_binary_indicator_var relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_2_off_binary_indicator_var e1031_ 8.719319309755662
 relu_1_39_2_off_binary_indicator_var e1032_ 8.719319309755662
 relu_1_40_0_on_binary_indicator_var relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_0_on_binary_indicator_var e1035_ -8.069010781871519
 relu_1_40_0_on_binary_indicator_var e1036_ 16.138021563743038
 relu_1_40_0_off_binary_indicator_var relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_0_off_binary_indicator_var e1038_ 8.069010781871519
 relu_1_40_0_off_binary_indicator_var e1039_ 8.069010781871519
 relu_1_40_1_on_binary_indicator_var relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_1_on_binary_indicator_var e1042_ -8.069010781871519
 relu_1_40_1_on_binary_indicator_var e1043_ 16.138021563743038
 relu_1_40_1_off_binary_indicator_var relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_1_off_binary_indicator_var e1045_ 8.069010781871519
 relu_1_40_1_off_binary_indicator_var e1046_ 8.069010781871519
 relu_1_40_2_on_binary_indicator_var relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_2_on_binary_indicator_var e1049_ -8.069010781871519
 relu_1_40_2_on_binary_indicator_var e1050_ 16.138021563743038
 relu_1_40_2_off_binary_indicator_var relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_2_off_binary_indicator_var e1052_ 8.069010781871519
 relu_1_40_2_off_binary_indicator_var e1053_ 8.069010781871519
 relu_1_41_0_on_binary_indicator_var relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_0_on_binary_indicator_var e1056_ -7.8506770042707945
 relu_1_41_0_on_binary_indicator_var e1057_ 15.701354008541589
 relu_1_41_0_off_binary_indicator_var relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_0_off_binary_indicator_var e1059_ 7.8506770042707945
 relu_1_41_0_off_binary_indicator_var e1060_ 7.8506770042707945
 relu_1_41_1_on_binary_indicator_var relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_1_on_binary_indicator_var e1063_ -7.8506770042707945
 relu_1_41_1_on_binary_indicator_var e1064_ 15.701354008541589
 relu_1_41_1_off_binary_indicator_var relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_1_off_binary_indicator_var e1066_ 7.8506770042707945
 relu_1_41_1_off_binary_indicator_var e1067_ 7.8506770042707945
 relu_1_41_2_on_binary_indicator_var relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_2_on_binary_indicator_var e1070_ -7.8506770042707945
 relu_1_41_2_on_binary_indicator_var e1071_ 15.701354008541589
 relu_1_41_2_off_binary_indicator_var relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_2_off_binary_indicator_var e1073_ 7.8506770042707945
 relu_1_41_2_off_binary_indicator_var e1074_ 7.8506770042707945
 relu_1_42_0_on_binary_indicator_var relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_0_on_binary_indicator_var e1077_ -8.175386217260854
 relu_1_42_0_on_binary_indicator_var e1078_ 16.35077243452171
 relu_1_42_0_off_binary_indicator_var relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_0_off_binary_indicator_var e1080_ 8.175386217260854
 relu_1_42_0_off_binary_indicator_var e1081_ 8.175386217260854
 relu_1_42_1_on_binary_indicator_var relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_1_on_binary_indicator_var e1084_ -8.175386217260854
 relu_1_42_1_on_binary_indicator_var e1085_ 16.35077243452171
 relu_1_42_1_off_binary_indicator_var relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_1_off_binary_indicator_var e1087_ 8.175386217260854
 relu_1_42_1_off_binary_indicator_var e1088_ 8.175386217260854
 relu_1_42_2_on_binary_indicator_var relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_2_on_binary_indicator_var e1091_ -8.175386217260854
 relu_1_42_2_on_binary_indicator_var e1092_ 16.35077243452171
 relu_1_42_2_off_binary_indicator_var relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_2_off_binary_indicator_var e1094_ 8.175386217260854
 relu_1_42_2_off_binary_indicator_var e1095_ 8.175386217260854
 relu_1_43_0_on_binary_indicator_var relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_0_on_binary_indicator_var e1098_ -5.054315422411429
 relu_1_43_0_on_binary_indicator_var e1099_ 10.108630844822859
 relu_1_43_0_off_binary_indicator_var relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_0_off_binary_indicator_var e1101_ 5.054315422411429
 relu_1_43_0_off_binary_indicator_var e1102_ 5.054315422411429
 relu_1_43_1_on_binary_indicator_var relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_1_on_binary_indicator_var e1105_ -5.054315422411429
 relu_1_43_1_on_binary_indicator_var e1106_ 10.108630844822859
 relu_1_43_1_off_binary_indicator_var relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_1_off_binary_indicator_var e1108_ 5.054315422411429
 relu_1_43_1_off_binary_indicator_var e1109_ 5.054315422411429
 relu_1_43_2_on_binary_indicator_var relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_2_on_binary_indicator_var e1112_ -5.054315422411429
 relu_1_43_2_on_binary_indicator_var e1113_ 10.108630844822859
 relu_1_43_2_off_binary_indicator_var relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_2_off_binary_indicator_var e1115_ 5.054315422411429
 relu_1_43_2_off_binary_indicator_var e1116_ 5.054315422411429
 relu_1_44_0_on_binary_indicator_var relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_0_on_binary_indicator_var e1119_ -6.417045954474024
 relu_1_44_0_on_binary_indicator_var e1120_ 12.834091908948048
 relu_1_44_0_off_binary_indicator_var relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_0_off_binary_indicator_var e1122_ 6.417045954474024
 relu_1_44_0_off_binary_indicator_var e1123_ 6.417045954474024
 relu_1_44_1_on_binary_indicator_var relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_1_on_binary_indicator_var e1126_ -6.417045954474024
 relu_1_44_1_on_binary_indicator_var e1127_ 12.834091908948048
 relu_1_44_1_off_binary_indicator_var relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_1_off_binary_indicator_var e1129_ 6.417045954474024
 relu_1_44_1_off_binary_indicator_var e1130_ 6.417045954474024
 relu_1_44_2_on_binary_indicator_var relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_2_on_binary_indicator_var e1133_ -6.417045954474024
 relu_1_44_2_on_binary_indicator_var e1134_ 12.834091908948048
 relu_1_44_2_off_binary_indicator_var relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_2_off_binary_indicator_var e1136_ 6.417045954474024
 relu_1_44_2_off_binary_indicator_var e1137_ 6.417045954474024
 relu_1_45_0_on_binary_indicator_var relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_0_on_binary_indicator_var e1140_ -6.944399324947062
 relu_1_45_0_on_binary_indicator_var e1141_ 13.888798649894124
 relu_1_45_0_off_binary_indicator_var relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_0_off_binary_indicator_var e1143_ 6.944399324947062
 relu_1_45_0_off_binary_indicator_var e1144_ 6.944399324947062
 relu_1_45_1_on_binary_indicator_var relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_1_on_binary_indicator_var e1147_ -6.944399324947062
 relu_1_45_1_on_binary_indicator_var e1148_ 13.888798649894124
 relu_1_45_1_off_binary_indicator_var relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_1_off_binary_indicator_var e1150_ 6.944399324947062
 relu_1_45_1_off_binary_indicator_var e1151_ 6.944399324947062
 relu_1_45_2_on_binary_indicator_var relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_2_on_binary_indicator_var e1154_ -6.944399324947062
 relu_1_45_2_on_binary_indicator_var e1155_ 13.888798649894124
 relu_1_45_2_off_binary_indicator_var relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_2_off_binary_indicator_var e1157_ 6.944399324947062
 relu_1_45_2_off_binary_indicator_var e1158_ 6.944399324947062
 relu_1_46_0_on_binary_indicator_var relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_0_on_binary_indicator_var e1161_ -3.5770894718859325
 relu_1_46_0_on_binary_indicator_var e1162_ 7.154178943771865
 relu_1_46_0_off_binary_indicator_var relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_0_off_binary_indicator_var e1164_ 3.5770894718859325
 relu_1_46_0_off_binary_indicator_var e1165_ 3.5770894718859325
 relu_1_46_1_on_binary_indicator_var relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_1_on_binary_indicator_var e1168_ -3.5770894718859325
 relu_1_46_1_on_binary_indicator_var e1169_ 7.154178943771865
 relu_1_46_1_off_binary_indicator_var relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_1_off_binary_indicator_var e1171_ 3.5770894718859325
 relu_1_46_1_off_binary_indicator_var e1172_ 3.5770894718859325
 relu_1_46_2_on_binary_indicator_var relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_2_on_binary_indicator_var e1175_ -3.5770894718859325
 relu_1_46_2_on_binary_indicator_var e1176_ 7.154178943771865
 relu_1_46_2_off_binary_indicator_var relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_2_off_binary_indicator_var e1178_ 3.5770894718859325
 relu_1_46_2_off_binary_indicator_var e1179_ 3.5770894718859325
 relu_1_47_0_on_binary_indicator_var relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_0_on_binary_indicator_var e1182_ -8.343039628756323
 relu_1_47_0_on_binary_indicator_var e1183_ 16.686079257512645
 relu_1_47_0_off_binary_indicator_var relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_0_off_binary_indicator_var e1185_ 8.343039628756323
 relu_1_47_0_off_binary_indicator_var e1186_ 8.343039628756323
 relu_1_47_1_on_binary_indicator_var relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_1_on_binary_indicator_var e1189_ -8.343039628756323
 relu_1_47_1_on_binary_indicator_var e1190_ 16.686079257512645
 relu_1_47_1_off_binary_indicator_var relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_1_off_binary_indicator_var e1192_ 8.343039628756323
 relu_1_47_1_off_binary_indicator_var e1193_ 8.343039628756323
 relu_1_47_2_on_binary_indicator_var relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_2_on_binary_indicator_var e1196_ -8.343039628756323
 relu_1_47_2_on_binary_indicator_var e1197_ 16.686079257512645
 relu_1_47_2_off_binary_indicator_var relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_2_off_binary_indicator_var e1199_ 8.343039628756323
 relu_1_47_2_off_binary_indicator_var e1200_ 8.343039628756323
 M637 'MARKER' 'INTEND'
RHS
 rhs obj -70.91414714837002
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e195_ -7.176419226746878
 rhs e196_ 14.352838453493757
 rhs e198_ 7.176419226746878
 rhs e199_ 7.176419226746878
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e202_ -7.176419226746878
 rhs e203_ 14.352838453493757
 rhs e205_ 7.176419226746878
 rhs e206_ 7.176419226746878
 rhs relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e209_ -7.176419226746878
 rhs e210_ 14.352838453493757
 rhs e212_ 7.176419226746878
 rhs e213_ 7.176419226746878
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e216_ -7.125139810483965
 rhs e217_ 14.25027962096793
 rhs e219_ 7.125139810483965
 rhs e220_ 7.125139810483965
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e223_ -7.125139810483965
 rhs e224_ 14.25027962096793
 rhs e226_ 7.125139810483965
 rhs e227_ 7.125139810483965
 rhs relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e230_ -7.125139810483965
 rhs e231_ 14.25027962096793
 rhs e233_ 7.125139810483965
 rhs e234_ 7.125139810483965
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e237_ -4.450495978270242
 rhs e238_ 8.900991956540484
 rhs e240_ 4.450495978270242
 rhs e241_ 4.450495978270242
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e244_ -4.450495978270242
 rhs e245_ 8.900991956540484
 rhs e247_ 4.450495978270242
 rhs e248_ 4.450495978270242
 rhs relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e251_ -4.450495978270242
 rhs e252_ 8.900991956540484
 rhs e254_ 4.450495978270242
 rhs e255_ 4.450495978270242
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e258_ -6.293958645941272
 rhs e259_ 12.587917291882544
 rhs e261_ 6.293958645941272
 rhs e262_ 6.293958645941272
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e265_ -6.293958645941272
 rhs e266_ 12.587917291882544
 rhs e268_ 6.293958645941272
 rhs e269_ 6.293958645941272
 rhs relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e272_ -6.293958645941272
 rhs e273_ 12.587917291882544
 rhs e275_ 6.293958645941272
 rhs e276_ 6.293958645941272
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e279_ -6.278046829164398
 rhs e280_ 12.556093658328797
 rhs e282_ 6.278046829164398
 rhs e283_ 6.278046829164398
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e286_ -6.278046829164398
 rhs e287_ 12.556093658328797
 rhs e289_ 6.278046829164398
 rhs e290_ 6.278046829164398
 rhs relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e293_ -6.278046829164398
 rhs e294_ 12.556093658328797
 rhs e296_ 6.278046829164398
 rhs e297_ 6.278046829164398
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e300_ -4.575447738333024
 rhs e301_ 9.150895476666047
 rhs e303_ 4.575447738333024
 rhs e304_ 4.575447738333024
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e307_ -4.575447738333024
 rhs e308_ 9.150895476666047
 rhs e310_ 4.575447738333024
 rhs e311_ 4.575447738333024
 rhs relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e314_ -4.575447738333024
 rhs e315_ 9.150895476666047
 rhs e317_ 4.575447738333024
 rhs e318_ 4.575447738333024
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e321_ -6.681194289163965
 rhs e322_ 13.36238857832793
 rhs e324_ 6.681194289163965
 rhs e325_ 6.681194289163965
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e328_ -6.681194289163965
 rhs e329_ 13.36238857832793
 rhs e331_ 6.681194289163965
 rhs e332_ 6.681194289163965
 rhs relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e335_ -6.681194289163965
 rhs e336_ 13.36238857832793
 rhs e338_ 6.681194289163965
 rhs e339_ 6.681194289163965
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e342_ -6.998263939541548
 rhs e343_ 13.996527879083096
 rhs e345_ 6.998263939541548
 rhs e346_ 6.998263939541548
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e349_ -6.998263939541548
 rhs e350_ 13.996527879083096
 rhs e352_ 6.998263939541548
 rhs e353_ 6.998263939541548
 rhs relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e356_ -6.998263939541548
 rhs e357_ 13.996527879083096
 rhs e359_ 6.998263939541548
 rhs e360_ 6.998263939541548
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e363_ -5.033436041032538
 rhs e364_ 10.066872082065077
 rhs e366_ 5.033436041032538
 rhs e367_ 5.033436041032538
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e370_ -5.033436041032538
 rhs e371_ 10.066872082065077
 rhs e373_ 5.033436041032538
 rhs e374_ 5.033436041032538
 rhs relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e377_ -5.033436041032538
 rhs e378_ 10.066872082065077
 rhs e380_ 5.033436041032538
 rhs e381_ 5.033436041032538
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e384_ -5.85589242599091
 rhs e385_ 11.71178485198182
 rhs e387_ 5.85589242599091
 rhs e388_ 5.85589242599091
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e391_ -5.85589242599091
 rhs e392_ 11.71178485198182
 rhs e394_ 5.85589242599091
 rhs e395_ 5.85589242599091
 rhs relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e398_ -5.85589242599091
 rhs e399_ 11.71178485198182
 rhs e401_ 5.85589242599091
 rhs e402_ 5.85589242599091
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e405_ -4.481055976018846
 rhs e406_ 8.962111952037692
 rhs e408_ 4.481055976018846
 rhs e409_ 4.481055976018846
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e412_ -4.481055976018846
 rhs e413_ 8.962111952037692
 rhs e415_ 4.481055976018846
 rhs e416_ 4.481055976018846
 rhs relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e419_ -4.481055976018846
 rhs e420_ 8.962111952037692
 rhs e422_ 4.481055976018846
 rhs e423_ 4.481055976018846
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e426_ -4.223536593655531
 rhs e427_ 8.447073187311062
 rhs e429_ 4.223536593655531
 rhs e430_ 4.223536593655531
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e433_ -4.223536593655531
 rhs e434_ 8.447073187311062
 rhs e436_ 4.223536593655531
 rhs e437_ 4.223536593655531
 rhs relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e440_ -4.223536593655531
 rhs e441_ 8.447073187311062
 rhs e443_ 4.223536593655531
 rhs e444_ 4.223536593655531
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e447_ -7.9411881018315
 rhs e448_ 15.882376203663
 rhs e450_ 7.9411881018315
 rhs e451_ 7.9411881018315
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e454_ -7.9411881018315
 rhs e455_ 15.882376203663
 rhs e457_ 7.9411881018315
 rhs e458_ 7.9411881018315
 rhs relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e461_ -7.9411881018315
 rhs e462_ 15.882376203663
 rhs e464_ 7.9411881018315
 rhs e465_ 7.9411881018315
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e468_ -4.282407804124144
 rhs e469_ 8.564815608248288
 rhs e471_ 4.282407804124144
 rhs e472_ 4.282407804124144
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e475_ -4.282407804124144
 rhs e476_ 8.564815608248288
 rhs e478_ 4.282407804124144
 rhs e479_ 4.282407804124144
 rhs relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e482_ -4.282407804124144
 rhs e483_ 8.564815608248288
 rhs e485_ 4.282407804124144
 rhs e486_ 4.282407804124144
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e489_ -4.634583834742528
 rhs e490_ 9.269167669485055
 rhs e492_ 4.634583834742528
 rhs e493_ 4.634583834742528
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e496_ -4.634583834742528
 rhs e497_ 9.269167669485055
 rhs e499_ 4.634583834742528
 rhs e500_ 4.634583834742528
 rhs relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e503_ -4.634583834742528
 rhs e504_ 9.269167669485055
 rhs e506_ 4.634583834742528
 rhs e507_ 4.634583834742528
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e510_ -4.622818643788233
 rhs e511_ 9.245637287576466
 rhs e513_ 4.622818643788233
 rhs e514_ 4.622818643788233
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e517_ -4.622818643788233
 rhs e518_ 9.245637287576466
 rhs e520_ 4.622818643788233
 rhs e521_ 4.622818643788233
 rhs relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e524_ -4.622818643788233
 rhs e525_ 9.245637287576466
 rhs e527_ 4.622818643788233
 rhs e528_ 4.622818643788233
 rhs relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e531_ -6.978700550828476
 rhs e532_ 13.957401101656952
 rhs e534_ 6.978700550828476
 rhs e535_ 6.978700550828476
 rhs relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e538_ -6.978700550828476
 rhs e539_ 13.957401101656952
 rhs e541_ 6.978700550828476
 rhs e542_ 6.978700550828476
 rhs relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e545_ -6.978700550828476
 rhs e546_ 13.957401101656952
 rhs e548_ 6.978700550828476
 rhs e549_ 6.978700550828476
 rhs relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e552_ -6.235030806621945
 rhs e553_ 12.47006161324389
 rhs e555_ 6.235030806621945
 rhs e556_ 6.235030806621945
 rhs relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e559_ -6.235030806621945
 rhs e560_ 12.47006161324389
 rhs e562_ 6.235030806621945
 rhs e563_ 6.235030806621945
 rhs relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e566_ -6.235030806621945
 rhs e567_ 12.47006161324389
 rhs e569_ 6.235030806621945
 rhs e570_ 6.235030806621945
 rhs relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e573_ -6.718454730852487
 rhs e574_ 13.436909461704975
 rhs e576_ 6.718454730852487
 rhs e577_ 6.718454730852487
 rhs relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e580_ -6.718454730852487
 rhs e581_ 13.436909461704975
 rhs e583_ 6.718454730852487
 rhs e584_ 6.718454730852487
 rhs relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e587_ -6.718454730852487
 rhs e588_ 13.436909461704975
 rhs e590_ 6.718454730852487
 rhs e591_ 6.718454730852487
 rhs relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e594_ -6.8226887269065095
 rhs e595_ 13.645377453813019
 rhs e597_ 6.8226887269065095
 rhs e598_ 6.8226887269065095
 rhs relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e601_ -6.8226887269065095
 rhs e602_ 13.645377453813019
 rhs e604_ 6.8226887269065095
 rhs e605_ 6.8226887269065095
 rhs relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e608_ -6.8226887269065095
 rhs e609_ 13.645377453813019
 rhs e611_ 6.8226887269065095
 rhs e612_ 6.8226887269065095
 rhs relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e615_ -6.631889427894872
 rhs e616_ 13.263778855789743
 rhs e618_ 6.631889427894872
 rhs e619_ 6.631889427894872
 rhs relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e622_ -6.631889427894872
 rhs e623_ 13.263778855789743
 rhs e625_ 6.631889427894872
 rhs e626_ 6.631889427894872
 rhs relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e629_ -6.631889427894872
 rhs e630_ 13.263778855789743
 rhs e632_ 6.631889427894872
 rhs e633_ 6.631889427894872
 rhs relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e636_ -5.396286998735244
 rhs e637_ 10.792573997470488
 rhs e639_ 5.396286998735244
 rhs e640_ 5.396286998735244
 rhs relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e643_ -5.396286998735244
 rhs e644_ 10.792573997470488
 rhs e646_ 5.396286998735244
 rhs e647_ 5.396286998735244
 rhs relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e650_ -5.396286998735244
 rhs e651_ 10.792573997470488
 rhs e653_ 5.396286998735244
 rhs e654_ 5.396286998735244
 rhs relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e657_ -6.394092367761281
 rhs e658_ 12.788184735522561
 rhs e660_ 6.394092367761281
 rhs e661_ 6.394092367761281
 rhs relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e664_ -6.394092367761281
 rhs e665_ 12.788184735522561
 rhs e667_ 6.394092367761281
 rhs e668_ 6.394092367761281
 rhs relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e671_ -6.394092367761281
 rhs e672_ 12.788184735522561
 rhs e674_ 6.394092367761281
 rhs e675_ 6.394092367761281
 rhs relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e678_ -6.260561154684373
 rhs e679_ 12.521122309368746
 rhs e681_ 6.260561154684373
 rhs e682_ 6.260561154684373
 rhs relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e685_ -6.260561154684373
 rhs e686_ 12.521122309368746
 rhs e688_ 6.260561154684373
 rhs e689_ 6.260561154684373
 rhs relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e692_ -6.260561154684373
 rhs e693_ 12.521122309368746
 rhs e695_ 6.260561154684373
 rhs e696_ 6.260561154684373
 rhs relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e699_ -7.264403459229737
 rhs e700_ 14.528806918459473
 rhs e702_ 7.264403459229737
 rhs e703_ 7.264403459229737
 rhs relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e706_ -7.264403459229737
 rhs e707_ 14.528806918459473
 rhs e709_ 7.264403459229737
 rhs e710_ 7.264403459229737
 rhs relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e713_ -7.264403459229737
 rhs e714_ 14.528806918459473
 rhs e716_ 7.264403459229737
 rhs e717_ 7.264403459229737
 rhs relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e720_ -4.689817519007568
 rhs e721_ 9.379635038015136
 rhs e723_ 4.689817519007568
 rhs e724_ 4.689817519007568
 rhs relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e727_ -4.689817519007568
 rhs e728_ 9.379635038015136
 rhs e730_ 4.689817519007568
 rhs e731_ 4.689817519007568
 rhs relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e734_ -4.689817519007568
 rhs e735_ 9.379635038015136
 rhs e737_ 4.689817519007568
 rhs e738_ 4.689817519007568
 rhs relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e741_ -5.834876603928876
 rhs e742_ 11.669753207857752
 rhs e744_ 5.834876603928876
 rhs e745_ 5.834876603928876
 rhs relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e748_ -5.834876603928876
 rhs e749_ 11.669753207857752
 rhs e751_ 5.834876603928876
 rhs e752_ 5.834876603928876
 rhs relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e755_ -5.834876603928876
 rhs e756_ 11.669753207857752
 rhs e758_ 5.834876603928876
 rhs e759_ 5.834876603928876
 rhs relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e762_ -6.462017653570015
 rhs e763_ 12.92403530714003
 rhs e765_ 6.462017653570015
 rhs e766_ 6.462017653570015
 rhs relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e769_ -6.462017653570015
 rhs e770_ 12.92403530714003
 rhs e772_ 6.462017653570015
 rhs e773_ 6.462017653570015
 rhs relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e776_ -6.462017653570015
 rhs e777_ 12.92403530714003
 rhs e779_ 6.462017653570015
 rhs e780_ 6.462017653570015
 rhs relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e783_ -6.141677231816878
 rhs e784_ 12.283354463633756
 rhs e786_ 6.141677231816878
 rhs e787_ 6.141677231816878
 rhs relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e790_ -6.141677231816878
 rhs e791_ 12.283354463633756
 rhs e793_ 6.141677231816878
 rhs e794_ 6.141677231816878
 rhs relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e797_ -6.141677231816878
 rhs e798_ 12.283354463633756
 rhs e800_ 6.141677231816878
 rhs e801_ 6.141677231816878
 rhs relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e804_ -5.920664390112501
 rhs e805_ 11.841328780225002
 rhs e807_ 5.920664390112501
 rhs e808_ 5.920664390112501
 rhs relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e811_ -5.920664390112501
 rhs e812_ 11.841328780225002
 rhs e814_ 5.920664390112501
 rhs e815_ 5.920664390112501
 rhs relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e818_ -5.920664390112501
 rhs e819_ 11.841328780225002
 rhs e821_ 5.920664390112501
 rhs e822_ 5.920664390112501
 rhs relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e825_ -5.728168080018541
 rhs e826_ 11.456336160037083
 rhs e828_ 5.728168080018541
 rhs e829_ 5.728168080018541
 rhs relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e832_ -5.728168080018541
 rhs e833_ 11.456336160037083
 rhs e835_ 5.728168080018541
 rhs e836_ 5.728168080018541
 rhs relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e839_ -5.728168080018541
 rhs e840_ 11.456336160037083
 rhs e842_ 5.728168080018541
 rhs e843_ 5.728168080018541
 rhs relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e846_ -4.169908962997813
 rhs e847_ 8.339817925995627
 rhs e849_ 4.169908962997813
 rhs e850_ 4.169908962997813
 rhs relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e853_ -4.169908962997813
 rhs e854_ 8.339817925995627
 rhs e856_ 4.169908962997813
 rhs e857_ 4.169908962997813
 rhs relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e860_ -4.169908962997813
 rhs e861_ 8.339817925995627
 rhs e863_ 4.169908962997813
 rhs e864_ 4.169908962997813
 rhs relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e867_ -8.664241081038536
 rhs e868_ 17.328482162077073
 rhs e870_ 8.664241081038536
 rhs e871_ 8.664241081038536
 rhs relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e874_ -8.664241081038536
 rhs e875_ 17.328482162077073
 rhs e877_ 8.664241081038536
 rhs e878_ 8.664241081038536
 rhs relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e881_ -8.664241081038536
 rhs e882_ 17.328482162077073
 rhs e884_ 8.664241081038536
 rhs e885_ 8.664241081038536
 rhs relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e888_ -4.786102235995172
 rhs e889_ 9.572204471990345
 rhs e891_ 4.786102235995172
 rhs e892_ 4.786102235995172
 rhs relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e895_ -4.786102235995172
 rhs e896_ 9.572204471990345
 rhs e898_ 4.786102235995172
 rhs e899_ 4.786102235995172
 rhs relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e902_ -4.786102235995172
 rhs e903_ 9.572204471990345
 rhs e905_ 4.786102235995172
 rhs e906_ 4.786102235995172
 rhs relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e909_ -3.1913367882549086
 rhs e910_ 6.382673576509817
 rhs e912_ 3.1913367882549086
 rhs e913_ 3.1913367882549086
 rhs relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e916_ -3.1913367882549086
 rhs e917_ 6.382673576509817
 rhs e919_ 3.1913367882549086
 rhs e920_ 3.1913367882549086
 rhs relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e923_ -3.1913367882549086
 rhs e924_ 6.382673576509817
 rhs e926_ 3.1913367882549086
 rhs e927_ 3.1913367882549086
 rhs relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e930_ -5.22677910814882
 rhs e931_ 10.45355821629764
 rhs e933_ 5.22677910814882
 rhs e934_ 5.22677910814882
 rhs relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e937_ -5.22677910814882
 rhs e938_ 10.45355821629764
 rhs e940_ 5.22677910814882
 rhs e941_ 5.22677910814882
 rhs relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e944_ -5.22677910814882
 rhs e945_ 10.45355821629764
 rhs e947_ 5.22677910814882
 rhs e948_ 5.22677910814882
 rhs relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e951_ -5.673758698670875
 rhs e952_ 11.34751739734175
 rhs e954_ 5.673758698670875
 rhs e955_ 5.673758698670875
 rhs relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e958_ -5.673758698670875
 rhs e959_ 11.34751739734175
 rhs e961_ 5.673758698670875
 rhs e962_ 5.673758698670875
 rhs relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e965_ -5.673758698670875
 rhs e966_ 11.34751739734175
 rhs e968_ 5.673758698670875
 rhs e969_ 5.673758698670875
 rhs relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e972_ -7.902762319994838
 rhs e973_ 15.805524639989676
 rhs e975_ 7.902762319994838
 rhs e976_ 7.902762319994838
 rhs relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e979_ -7.902762319994838
 rhs e980_ 15.805524639989676
 rhs e982_ 7.902762319994838
 rhs e983_ 7.902762319994838
 rhs relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e986_ -7.902762319994838
 rhs e987_ 15.805524639989676
 rhs e989_ 7.902762319994838
 rhs e990_ 7.902762319994838
 rhs relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e993_ -6.938634274205215
 rhs e994_ 13.87726854841043
 rhs e996_ 6.938634274205215
 rhs e997_ 6.938634274205215
 rhs relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1000_ -6.938634274205215
 rhs e1001_ 13.87726854841043
 rhs e1003_ 6.938634274205215
 rhs e1004_ 6.938634274205215
 rhs relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1007_ -6.938634274205215
 rhs e1008_ 13.87726854841043
 rhs e1010_ 6.938634274205215
 rhs e1011_ 6.938634274205215
 rhs relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1014_ -8.719319309755662
 rhs e1015_ 17.438638619511323
 rhs e1017_ 8.719319309755662
 rhs e1018_ 8.719319309755662
 rhs relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1021_ -8.719319309755662
 rhs e1022_ 17.438638619511323
 rhs e1024_ 8.719319309755662
 rhs e1025_ 8.719319309755662
 rhs relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1028_ -8.719319309755662
 rhs e1029_ 17.438638619511323
 rhs e1031_ 8.719319309755662
 rhs e1032_ 8.719319309755662
 rhs relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1035_ -8.069010781871519
 rhs e1036_ 16.138021563743038
 rhs e1038_ 8.069010781871519
 rhs e1039_ 8.069010781871519
 rhs relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1042_ -8.069010781871519
 rhs e1043_ 16.138021563743038
 rhs e1045_ 8.069010781871519
 rhs e1046_ 8.069010781871519
 rhs relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1049_ -8.069010781871519
 rhs e1050_ 16.138021563743038
 rhs e1052_ 8.069010781871519
 rhs e1053_ 8.069010781871519
 rhs relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1056_ -7.8506770042707945
 rhs e1057_ 15.701354008541589
 rhs e1059_ 7.8506770042707945
 rhs e1060_ 7.8506770042707945
 rhs relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1063_ -7.8506770042707945
 rhs e1064_ 15.701354008541589
 rhs e1066_ 7.8506770042707945
 rhs e1067_ 7.8506770042707945
 rhs relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1070_ -7.8506770042707945
 rhs e1071_ 15.701354008541589
 rhs e1073_ 7.8506770042707945
 rhs e1074_ 7.8506770042707945
 rhs relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1077_ -8.175386217260854
 rhs e1078_ 16.35077243452171
 rhs e1080_ 8.175386217260854
 rhs e1081_ 8.175386217260854
 rhs relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1084_ -8.175386217260854
 rhs e1085_ 16.35077243452171
 rhs e1087_ 8.175386217260854
 rhs e1088_ 8.175386217260854
 rhs relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1091_ -8.175386217260854
 rhs e1092_ 16.35077243452171
 rhs e1094_ 8.175386217260854
 rhs e1095_ 8.175386217260854
 rhs relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1098_ -5.054315422411429
 rhs e1099_ 10.108630844822859
 rhs e1101_ 5.054315422411429
 rhs e1102_ 5.054315422411429
 rhs relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1105_ -5.054315422411429
 rhs e1106_ 10.108630844822859
 rhs e1108_ 5.054315422411429
 rhs e1109_ 5.054315422411429
 rhs relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1112_ -5.054315422411429
 rhs e1113_ 10.108630844822859
 rhs e1115_ 5.054315422411429
 rhs e1116_ 5.054315422411429
 rhs relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1119_ -6.417045954474024
 rhs e1120_ 12.834091908948048
 rhs e1122_ 6.417045954474024
 rhs e1123_ 6.417045954474024
 rhs relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1126_ -6.417045954474024
 rhs e1127_ 12.834091908948048
 rhs e1129_ 6.417045954474024
 rhs e1130_ 6.417045954474024
 rhs relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1133_ -6.417045954474024
 rhs e1134_ 12.834091908948048
 rhs e1136_ 6.417045954474024
 rhs e1137_ 6.417045954474024
 rhs relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1140_ -6.944399324947062
 rhs e1141_ 13.888798649894124
 rhs e1143_ 6.944399324947062
 rhs e1144_ 6.944399324947062
 rhs relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1147_ -6.944399324947062
 rhs e1148_ 13.888798649894124
 rhs e1150_ 6.944399324947062
 rhs e1151_ 6.944399324947062
 rhs relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1154_ -6.944399324947062
 rhs e1155_ 13.888798649894124
 rhs e1157_ 6.944399324947062
 rhs e1158_ 6.944399324947062
 rhs relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1161_ -3.5770894718859325
 rhs e1162_ 7.154178943771865
 rhs e1164_ 3.5770894718859325
 rhs e1165_ 3.5770894718859325
 rhs relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1168_ -3.5770894718859325
 rhs e1169_ 7.154178943771865
 rhs e1171_ 3.5770894718859325
 rhs e1172_ 3.5770894718859325
 rhs relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1175_ -3.5770894718859325
 rhs e1176_ 7.154178943771865
 rhs e1178_ 3.5770894718859325
 rhs e1179_ 3.5770894718859325
 rhs relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1182_ -8.343039628756323
 rhs e1183_ 16.686079257512645
 rhs e1185_ 8.343039628756323
 rhs e1186_ 8.343039628756323
 rhs relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1189_ -8.343039628756323
 rhs e1190_ 16.686079257512645
 rhs e1192_ 8.343039628756323
 rhs e1193_ 8.343039628756323
 rhs relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1196_ -8.343039628756323
 rhs e1197_ 16.686079257512645
 rhs e1199_ 8.343039628756323
 rhs e1200_ 8.343039628756323
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
ENDATA
