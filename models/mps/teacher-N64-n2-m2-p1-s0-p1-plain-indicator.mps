* teacher-N64-n2-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N64-n2-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N64-n2-m2-p1-s0-p1-plain-indicator
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
 E pre_definition_1_48_0
 E pre_definition_1_48_1
 E pre_definition_1_49_0
 E pre_definition_1_49_1
 E pre_definition_1_50_0
 E pre_definition_1_50_1
 E pre_definition_1_51_0
 E pre_definition_1_51_1
 E pre_definition_1_52_0
 E pre_definition_1_52_1
 E pre_definition_1_53_0
 E pre_definition_1_53_1
 E pre_definition_1_54_0
 E pre_definition_1_54_1
 E pre_definition_1_55_0
 E pre_definition_1_55_1
 E pre_definition_1_56_0
 E pre_definition_1_56_1
 E pre_definition_1_57_0
 E pre_definition_1_57_1
 E pre_definition_1_58_0
 E pre_definition_1_58_1
 E pre_definition_1_59_0
 E pre_definition_1_59_1
 E pre_definition_1_60_0
 E pre_definition_1_60_1
 E pre_definition_1_61_0
 E pre_definition_1_61_1
 E pre_definition_1_62_0
 E pre_definition_1_62_1
 E pre_definition_1_63_0
 E pre_definition_1_63_1
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
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e209_
 L e210_
 G e211_
 L e212_
 L e213_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e216_
 L e217_
 G e218_
 L e219_
 L e220_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e223_
 L e224_
 G e225_
 L e226_
 L e227_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e230_
 L e231_
 G e232_
 L e233_
 L e234_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e237_
 L e238_
 G e239_
 L e240_
 L e241_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e244_
 L e245_
 G e246_
 L e247_
 L e248_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e251_
 L e252_
 G e253_
 L e254_
 L e255_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e258_
 L e259_
 G e260_
 L e261_
 L e262_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e265_
 L e266_
 G e267_
 L e268_
 L e269_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e272_
 L e273_
 G e274_
 L e275_
 L e276_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e279_
 L e280_
 G e281_
 L e282_
 L e283_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e286_
 L e287_
 G e288_
 L e289_
 L e290_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e293_
 L e294_
 G e295_
 L e296_
 L e297_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e300_
 L e301_
 G e302_
 L e303_
 L e304_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e307_
 L e308_
 G e309_
 L e310_
 L e311_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e314_
 L e315_
 G e316_
 L e317_
 L e318_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e321_
 L e322_
 G e323_
 L e324_
 L e325_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e328_
 L e329_
 G e330_
 L e331_
 L e332_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e335_
 L e336_
 G e337_
 L e338_
 L e339_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e342_
 L e343_
 G e344_
 L e345_
 L e346_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e349_
 L e350_
 G e351_
 L e352_
 L e353_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e356_
 L e357_
 G e358_
 L e359_
 L e360_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e363_
 L e364_
 G e365_
 L e366_
 L e367_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e370_
 L e371_
 G e372_
 L e373_
 L e374_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e377_
 L e378_
 G e379_
 L e380_
 L e381_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e384_
 L e385_
 G e386_
 L e387_
 L e388_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e391_
 L e392_
 G e393_
 L e394_
 L e395_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e398_
 L e399_
 G e400_
 L e401_
 L e402_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e405_
 L e406_
 G e407_
 L e408_
 L e409_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
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
 L relu_1_17_0_above_pre
 E relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor
 G e433_
 L e434_
 G e435_
 L e436_
 L e437_
 L relu_1_17_1_above_pre
 E relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor
 G e440_
 L e441_
 G e442_
 L e443_
 L e444_
 L relu_1_18_0_above_pre
 E relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor
 G e447_
 L e448_
 G e449_
 L e450_
 L e451_
 L relu_1_18_1_above_pre
 E relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor
 G e454_
 L e455_
 G e456_
 L e457_
 L e458_
 L relu_1_19_0_above_pre
 E relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor
 G e461_
 L e462_
 G e463_
 L e464_
 L e465_
 L relu_1_19_1_above_pre
 E relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor
 G e468_
 L e469_
 G e470_
 L e471_
 L e472_
 L relu_1_20_0_above_pre
 E relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor
 G e475_
 L e476_
 G e477_
 L e478_
 L e479_
 L relu_1_20_1_above_pre
 E relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor
 G e482_
 L e483_
 G e484_
 L e485_
 L e486_
 L relu_1_21_0_above_pre
 E relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor
 G e489_
 L e490_
 G e491_
 L e492_
 L e493_
 L relu_1_21_1_above_pre
 E relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor
 G e496_
 L e497_
 G e498_
 L e499_
 L e500_
 L relu_1_22_0_above_pre
 E relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor
 G e503_
 L e504_
 G e505_
 L e506_
 L e507_
 L relu_1_22_1_above_pre
 E relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor
 G e510_
 L e511_
 G e512_
 L e513_
 L e514_
 L relu_1_23_0_above_pre
 E relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor
 G e517_
 L e518_
 G e519_
 L e520_
 L e521_
 L relu_1_23_1_above_pre
 E relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor
 G e524_
 L e525_
 G e526_
 L e527_
 L e528_
 L relu_1_24_0_above_pre
 E relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor
 G e531_
 L e532_
 G e533_
 L e534_
 L e535_
 L relu_1_24_1_above_pre
 E relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor
 G e538_
 L e539_
 G e540_
 L e541_
 L e542_
 L relu_1_25_0_above_pre
 E relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor
 G e545_
 L e546_
 G e547_
 L e548_
 L e549_
 L relu_1_25_1_above_pre
 E relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor
 G e552_
 L e553_
 G e554_
 L e555_
 L e556_
 L relu_1_26_0_above_pre
 E relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor
 G e559_
 L e560_
 G e561_
 L e562_
 L e563_
 L relu_1_26_1_above_pre
 E relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor
 G e566_
 L e567_
 G e568_
 L e569_
 L e570_
 L relu_1_27_0_above_pre
 E relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor
 G e573_
 L e574_
 G e575_
 L e576_
 L e577_
 L relu_1_27_1_above_pre
 E relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor
 G e580_
 L e581_
 G e582_
 L e583_
 L e584_
 L relu_1_28_0_above_pre
 E relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor
 G e587_
 L e588_
 G e589_
 L e590_
 L e591_
 L relu_1_28_1_above_pre
 E relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor
 G e594_
 L e595_
 G e596_
 L e597_
 L e598_
 L relu_1_29_0_above_pre
 E relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor
 G e601_
 L e602_
 G e603_
 L e604_
 L e605_
 L relu_1_29_1_above_pre
 E relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor
 G e608_
 L e609_
 G e610_
 L e611_
 L e612_
 L relu_1_30_0_above_pre
 E relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor
 G e615_
 L e616_
 G e617_
 L e618_
 L e619_
 L relu_1_30_1_above_pre
 E relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor
 G e622_
 L e623_
 G e624_
 L e625_
 L e626_
 L relu_1_31_0_above_pre
 E relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor
 G e629_
 L e630_
 G e631_
 L e632_
 L e633_
 L relu_1_31_1_above_pre
 E relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor
 G e636_
 L e637_
 G e638_
 L e639_
 L e640_
 L relu_1_32_0_above_pre
 E relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor
 G e643_
 L e644_
 G e645_
 L e646_
 L e647_
 L relu_1_32_1_above_pre
 E relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor
 G e650_
 L e651_
 G e652_
 L e653_
 L e654_
 L relu_1_33_0_above_pre
 E relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor
 G e657_
 L e658_
 G e659_
 L e660_
 L e661_
 L relu_1_33_1_above_pre
 E relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor
 G e664_
 L e665_
 G e666_
 L e667_
 L e668_
 L relu_1_34_0_above_pre
 E relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor
 G e671_
 L e672_
 G e673_
 L e674_
 L e675_
 L relu_1_34_1_above_pre
 E relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor
 G e678_
 L e679_
 G e680_
 L e681_
 L e682_
 L relu_1_35_0_above_pre
 E relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor
 G e685_
 L e686_
 G e687_
 L e688_
 L e689_
 L relu_1_35_1_above_pre
 E relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor
 G e692_
 L e693_
 G e694_
 L e695_
 L e696_
 L relu_1_36_0_above_pre
 E relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor
 G e699_
 L e700_
 G e701_
 L e702_
 L e703_
 L relu_1_36_1_above_pre
 E relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor
 G e706_
 L e707_
 G e708_
 L e709_
 L e710_
 L relu_1_37_0_above_pre
 E relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor
 G e713_
 L e714_
 G e715_
 L e716_
 L e717_
 L relu_1_37_1_above_pre
 E relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor
 G e720_
 L e721_
 G e722_
 L e723_
 L e724_
 L relu_1_38_0_above_pre
 E relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor
 G e727_
 L e728_
 G e729_
 L e730_
 L e731_
 L relu_1_38_1_above_pre
 E relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor
 G e734_
 L e735_
 G e736_
 L e737_
 L e738_
 L relu_1_39_0_above_pre
 E relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor
 G e741_
 L e742_
 G e743_
 L e744_
 L e745_
 L relu_1_39_1_above_pre
 E relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor
 G e748_
 L e749_
 G e750_
 L e751_
 L e752_
 L relu_1_40_0_above_pre
 E relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor
 G e755_
 L e756_
 G e757_
 L e758_
 L e759_
 L relu_1_40_1_above_pre
 E relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor
 G e762_
 L e763_
 G e764_
 L e765_
 L e766_
 L relu_1_41_0_above_pre
 E relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor
 G e769_
 L e770_
 G e771_
 L e772_
 L e773_
 L relu_1_41_1_above_pre
 E relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor
 G e776_
 L e777_
 G e778_
 L e779_
 L e780_
 L relu_1_42_0_above_pre
 E relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor
 G e783_
 L e784_
 G e785_
 L e786_
 L e787_
 L relu_1_42_1_above_pre
 E relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor
 G e790_
 L e791_
 G e792_
 L e793_
 L e794_
 L relu_1_43_0_above_pre
 E relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor
 G e797_
 L e798_
 G e799_
 L e800_
 L e801_
 L relu_1_43_1_above_pre
 E relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor
 G e804_
 L e805_
 G e806_
 L e807_
 L e808_
 L relu_1_44_0_above_pre
 E relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor
 G e811_
 L e812_
 G e813_
 L e814_
 L e815_
 L relu_1_44_1_above_pre
 E relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor
 G e818_
 L e819_
 G e820_
 L e821_
 L e822_
 L relu_1_45_0_above_pre
 E relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor
 G e825_
 L e826_
 G e827_
 L e828_
 L e829_
 L relu_1_45_1_above_pre
 E relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor
 G e832_
 L e833_
 G e834_
 L e835_
 L e836_
 L relu_1_46_0_above_pre
 E relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor
 G e839_
 L e840_
 G e841_
 L e842_
 L e843_
 L relu_1_46_1_above_pre
 E relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor
 G e846_
 L e847_
 G e848_
 L e849_
 L e850_
 L relu_1_47_0_above_pre
 E relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor
 G e853_
 L e854_
 G e855_
 L e856_
 L e857_
 L relu_1_47_1_above_pre
 E relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor
 G e860_
 L e861_
 G e862_
 L e863_
 L e864_
 L relu_1_48_0_above_pre
 E relu_1_48_0__pyomo_gdp_bigm_reformulation_either_xor
 G e867_
 L e868_
 G e869_
 L e870_
 L e871_
 L relu_1_48_1_above_pre
 E relu_1_48_1__pyomo_gdp_bigm_reformulation_either_xor
 G e874_
 L e875_
 G e876_
 L e877_
 L e878_
 L relu_1_49_0_above_pre
 E relu_1_49_0__pyomo_gdp_bigm_reformulation_either_xor
 G e881_
 L e882_
 G e883_
 L e884_
 L e885_
 L relu_1_49_1_above_pre
 E relu_1_49_1__pyomo_gdp_bigm_reformulation_either_xor
 G e888_
 L e889_
 G e890_
 L e891_
 L e892_
 L relu_1_50_0_above_pre
 E relu_1_50_0__pyomo_gdp_bigm_reformulation_either_xor
 G e895_
 L e896_
 G e897_
 L e898_
 L e899_
 L relu_1_50_1_above_pre
 E relu_1_50_1__pyomo_gdp_bigm_reformulation_either_xor
 G e902_
 L e903_
 G e904_
 L e905_
 L e906_
 L relu_1_51_0_above_pre
 E relu_1_51_0__pyomo_gdp_bigm_reformulation_either_xor
 G e909_
 L e910_
 G e911_
 L e912_
 L e913_
 L relu_1_51_1_above_pre
 E relu_1_51_1__pyomo_gdp_bigm_reformulation_either_xor
 G e916_
 L e917_
 G e918_
 L e919_
 L e920_
 L relu_1_52_0_above_pre
 E relu_1_52_0__pyomo_gdp_bigm_reformulation_either_xor
 G e923_
 L e924_
 G e925_
 L e926_
 L e927_
 L relu_1_52_1_above_pre
 E relu_1_52_1__pyomo_gdp_bigm_reformulation_either_xor
 G e930_
 L e931_
 G e932_
 L e933_
 L e934_
 L relu_1_53_0_above_pre
 E relu_1_53_0__pyomo_gdp_bigm_reformulation_either_xor
 G e937_
 L e938_
 G e939_
 L e940_
 L e941_
 L relu_1_53_1_above_pre
 E relu_1_53_1__pyomo_gdp_bigm_reformulation_either_xor
 G e944_
 L e945_
 G e946_
 L e947_
 L e948_
 L relu_1_54_0_above_pre
 E relu_1_54_0__pyomo_gdp_bigm_reformulation_either_xor
 G e951_
 L e952_
 G e953_
 L e954_
 L e955_
 L relu_1_54_1_above_pre
 E relu_1_54_1__pyomo_gdp_bigm_reformulation_either_xor
 G e958_
 L e959_
 G e960_
 L e961_
 L e962_
 L relu_1_55_0_above_pre
 E relu_1_55_0__pyomo_gdp_bigm_reformulation_either_xor
 G e965_
 L e966_
 G e967_
 L e968_
 L e969_
 L relu_1_55_1_above_pre
 E relu_1_55_1__pyomo_gdp_bigm_reformulation_either_xor
 G e972_
 L e973_
 G e974_
 L e975_
 L e976_
 L relu_1_56_0_above_pre
 E relu_1_56_0__pyomo_gdp_bigm_reformulation_either_xor
 G e979_
 L e980_
 G e981_
 L e982_
 L e983_
 L relu_1_56_1_above_pre
 E relu_1_56_1__pyomo_gdp_bigm_reformulation_either_xor
 G e986_
 L e987_
 G e988_
 L e989_
 L e990_
 L relu_1_57_0_above_pre
 E relu_1_57_0__pyomo_gdp_bigm_reformulation_either_xor
 G e993_
 L e994_
 G e995_
 L e996_
 L e997_
 L relu_1_57_1_above_pre
 E relu_1_57_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1000_
 L e1001_
 G e1002_
 L e1003_
 L e1004_
 L relu_1_58_0_above_pre
 E relu_1_58_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1007_
 L e1008_
 G e1009_
 L e1010_
 L e1011_
 L relu_1_58_1_above_pre
 E relu_1_58_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1014_
 L e1015_
 G e1016_
 L e1017_
 L e1018_
 L relu_1_59_0_above_pre
 E relu_1_59_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1021_
 L e1022_
 G e1023_
 L e1024_
 L e1025_
 L relu_1_59_1_above_pre
 E relu_1_59_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1028_
 L e1029_
 G e1030_
 L e1031_
 L e1032_
 L relu_1_60_0_above_pre
 E relu_1_60_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1035_
 L e1036_
 G e1037_
 L e1038_
 L e1039_
 L relu_1_60_1_above_pre
 E relu_1_60_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1042_
 L e1043_
 G e1044_
 L e1045_
 L e1046_
 L relu_1_61_0_above_pre
 E relu_1_61_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1049_
 L e1050_
 G e1051_
 L e1052_
 L e1053_
 L relu_1_61_1_above_pre
 E relu_1_61_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1056_
 L e1057_
 G e1058_
 L e1059_
 L e1060_
 L relu_1_62_0_above_pre
 E relu_1_62_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1063_
 L e1064_
 G e1065_
 L e1066_
 L e1067_
 L relu_1_62_1_above_pre
 E relu_1_62_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1070_
 L e1071_
 G e1072_
 L e1073_
 L e1074_
 L relu_1_63_0_above_pre
 E relu_1_63_0__pyomo_gdp_bigm_reformulation_either_xor
 G e1077_
 L e1078_
 G e1079_
 L e1080_
 L e1081_
 L relu_1_63_1_above_pre
 E relu_1_63_1__pyomo_gdp_bigm_reformulation_either_xor
 G e1084_
 L e1085_
 G e1086_
 L e1087_
 L e1088_
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
 w_1_0_0 pre_definition_1_48_0 -0.07786881524437383
 w_1_0_0 pre_definition_1_49_0 -0.86203463196231
 w_1_0_0 pre_definition_1_50_0 -0.46401239131312155
 w_1_0_0 pre_definition_1_51_0 0.9432692697729579
 w_1_0_0 pre_definition_1_52_0 0.968016540952856
 w_1_0_0 pre_definition_1_53_0 -0.025517446524156107
 w_1_0_0 pre_definition_1_54_0 0.8678350065518505
 w_1_0_0 pre_definition_1_55_0 0.8666199824657972
 w_1_0_0 pre_definition_1_56_0 0.1394025361043334
 w_1_0_0 pre_definition_1_57_0 -0.12446368445691403
 w_1_0_0 pre_definition_1_58_0 0.5166485718113101
 w_1_0_0 pre_definition_1_59_0 0.5482611431653512
 w_1_0_0 pre_definition_1_60_0 0.4233384859848448
 w_1_0_0 pre_definition_1_61_0 -0.10818100434653566
 w_1_0_0 pre_definition_1_62_0 -0.12095190401237166
 w_1_0_0 pre_definition_1_63_0 0.1742073146382146
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
 w_1_0_1 pre_definition_1_48_0 0.114494342050937
 w_1_0_1 pre_definition_1_49_0 0.9189785776231307
 w_1_0_1 pre_definition_1_50_0 -0.22874649389799329
 w_1_0_1 pre_definition_1_51_0 -0.43843954565348064
 w_1_0_1 pre_definition_1_52_0 -0.5159020047128562
 w_1_0_1 pre_definition_1_53_0 -0.8582084415940123
 w_1_0_1 pre_definition_1_54_0 -0.6826345592247665
 w_1_0_1 pre_definition_1_55_0 0.31138004239174966
 w_1_0_1 pre_definition_1_56_0 -0.9321241615681404
 w_1_0_1 pre_definition_1_57_0 0.4822708136581355
 w_1_0_1 pre_definition_1_58_0 -0.7762366413183597
 w_1_0_1 pre_definition_1_59_0 0.750890588329433
 w_1_0_1 pre_definition_1_60_0 -0.1722461296254656
 w_1_0_1 pre_definition_1_61_0 -0.6194215518255555
 w_1_0_1 pre_definition_1_62_0 0.423157571137579
 w_1_0_1 pre_definition_1_63_0 -0.6362419419418208
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
 w_1_1_0 pre_definition_1_48_1 -0.07786881524437383
 w_1_1_0 pre_definition_1_49_1 -0.86203463196231
 w_1_1_0 pre_definition_1_50_1 -0.46401239131312155
 w_1_1_0 pre_definition_1_51_1 0.9432692697729579
 w_1_1_0 pre_definition_1_52_1 0.968016540952856
 w_1_1_0 pre_definition_1_53_1 -0.025517446524156107
 w_1_1_0 pre_definition_1_54_1 0.8678350065518505
 w_1_1_0 pre_definition_1_55_1 0.8666199824657972
 w_1_1_0 pre_definition_1_56_1 0.1394025361043334
 w_1_1_0 pre_definition_1_57_1 -0.12446368445691403
 w_1_1_0 pre_definition_1_58_1 0.5166485718113101
 w_1_1_0 pre_definition_1_59_1 0.5482611431653512
 w_1_1_0 pre_definition_1_60_1 0.4233384859848448
 w_1_1_0 pre_definition_1_61_1 -0.10818100434653566
 w_1_1_0 pre_definition_1_62_1 -0.12095190401237166
 w_1_1_0 pre_definition_1_63_1 0.1742073146382146
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
 w_1_1_1 pre_definition_1_48_1 0.114494342050937
 w_1_1_1 pre_definition_1_49_1 0.9189785776231307
 w_1_1_1 pre_definition_1_50_1 -0.22874649389799329
 w_1_1_1 pre_definition_1_51_1 -0.43843954565348064
 w_1_1_1 pre_definition_1_52_1 -0.5159020047128562
 w_1_1_1 pre_definition_1_53_1 -0.8582084415940123
 w_1_1_1 pre_definition_1_54_1 -0.6826345592247665
 w_1_1_1 pre_definition_1_55_1 0.31138004239174966
 w_1_1_1 pre_definition_1_56_1 -0.9321241615681404
 w_1_1_1 pre_definition_1_57_1 0.4822708136581355
 w_1_1_1 pre_definition_1_58_1 -0.7762366413183597
 w_1_1_1 pre_definition_1_59_1 0.750890588329433
 w_1_1_1 pre_definition_1_60_1 -0.1722461296254656
 w_1_1_1 pre_definition_1_61_1 -0.6194215518255555
 w_1_1_1 pre_definition_1_62_1 0.423157571137579
 w_1_1_1 pre_definition_1_63_1 -0.6362419419418208
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
 pre_1_0_0 e195_ -1
 pre_1_0_0 e196_ -1
 pre_1_0_0 e199_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e202_ -1
 pre_1_0_1 e203_ -1
 pre_1_0_1 e206_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e209_ -1
 pre_1_1_0 e210_ -1
 pre_1_1_0 e213_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e216_ -1
 pre_1_1_1 e217_ -1
 pre_1_1_1 e220_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e223_ -1
 pre_1_2_0 e224_ -1
 pre_1_2_0 e227_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e230_ -1
 pre_1_2_1 e231_ -1
 pre_1_2_1 e234_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e237_ -1
 pre_1_3_0 e238_ -1
 pre_1_3_0 e241_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e244_ -1
 pre_1_3_1 e245_ -1
 pre_1_3_1 e248_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e251_ -1
 pre_1_4_0 e252_ -1
 pre_1_4_0 e255_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e258_ -1
 pre_1_4_1 e259_ -1
 pre_1_4_1 e262_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e265_ -1
 pre_1_5_0 e266_ -1
 pre_1_5_0 e269_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e272_ -1
 pre_1_5_1 e273_ -1
 pre_1_5_1 e276_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e279_ -1
 pre_1_6_0 e280_ -1
 pre_1_6_0 e283_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e286_ -1
 pre_1_6_1 e287_ -1
 pre_1_6_1 e290_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e293_ -1
 pre_1_7_0 e294_ -1
 pre_1_7_0 e297_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e300_ -1
 pre_1_7_1 e301_ -1
 pre_1_7_1 e304_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e307_ -1
 pre_1_8_0 e308_ -1
 pre_1_8_0 e311_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e314_ -1
 pre_1_8_1 e315_ -1
 pre_1_8_1 e318_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e321_ -1
 pre_1_9_0 e322_ -1
 pre_1_9_0 e325_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e328_ -1
 pre_1_9_1 e329_ -1
 pre_1_9_1 e332_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e335_ -1
 pre_1_10_0 e336_ -1
 pre_1_10_0 e339_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e342_ -1
 pre_1_10_1 e343_ -1
 pre_1_10_1 e346_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e349_ -1
 pre_1_11_0 e350_ -1
 pre_1_11_0 e353_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e356_ -1
 pre_1_11_1 e357_ -1
 pre_1_11_1 e360_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e363_ -1
 pre_1_12_0 e364_ -1
 pre_1_12_0 e367_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e370_ -1
 pre_1_12_1 e371_ -1
 pre_1_12_1 e374_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e377_ -1
 pre_1_13_0 e378_ -1
 pre_1_13_0 e381_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e384_ -1
 pre_1_13_1 e385_ -1
 pre_1_13_1 e388_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e391_ -1
 pre_1_14_0 e392_ -1
 pre_1_14_0 e395_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e398_ -1
 pre_1_14_1 e399_ -1
 pre_1_14_1 e402_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e405_ -1
 pre_1_15_0 e406_ -1
 pre_1_15_0 e409_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e412_ -1
 pre_1_15_1 e413_ -1
 pre_1_15_1 e416_ 1
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
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_above_pre 1
 pre_1_17_0 e433_ -1
 pre_1_17_0 e434_ -1
 pre_1_17_0 e437_ 1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_above_pre 1
 pre_1_17_1 e440_ -1
 pre_1_17_1 e441_ -1
 pre_1_17_1 e444_ 1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_above_pre 1
 pre_1_18_0 e447_ -1
 pre_1_18_0 e448_ -1
 pre_1_18_0 e451_ 1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_above_pre 1
 pre_1_18_1 e454_ -1
 pre_1_18_1 e455_ -1
 pre_1_18_1 e458_ 1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_above_pre 1
 pre_1_19_0 e461_ -1
 pre_1_19_0 e462_ -1
 pre_1_19_0 e465_ 1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_above_pre 1
 pre_1_19_1 e468_ -1
 pre_1_19_1 e469_ -1
 pre_1_19_1 e472_ 1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_above_pre 1
 pre_1_20_0 e475_ -1
 pre_1_20_0 e476_ -1
 pre_1_20_0 e479_ 1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_above_pre 1
 pre_1_20_1 e482_ -1
 pre_1_20_1 e483_ -1
 pre_1_20_1 e486_ 1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_above_pre 1
 pre_1_21_0 e489_ -1
 pre_1_21_0 e490_ -1
 pre_1_21_0 e493_ 1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_above_pre 1
 pre_1_21_1 e496_ -1
 pre_1_21_1 e497_ -1
 pre_1_21_1 e500_ 1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_above_pre 1
 pre_1_22_0 e503_ -1
 pre_1_22_0 e504_ -1
 pre_1_22_0 e507_ 1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_above_pre 1
 pre_1_22_1 e510_ -1
 pre_1_22_1 e511_ -1
 pre_1_22_1 e514_ 1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_above_pre 1
 pre_1_23_0 e517_ -1
 pre_1_23_0 e518_ -1
 pre_1_23_0 e521_ 1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_above_pre 1
 pre_1_23_1 e524_ -1
 pre_1_23_1 e525_ -1
 pre_1_23_1 e528_ 1
 pre_1_24_0 pre_definition_1_24_0 1
 pre_1_24_0 relu_1_24_0_above_pre 1
 pre_1_24_0 e531_ -1
 pre_1_24_0 e532_ -1
 pre_1_24_0 e535_ 1
 pre_1_24_1 pre_definition_1_24_1 1
 pre_1_24_1 relu_1_24_1_above_pre 1
 pre_1_24_1 e538_ -1
 pre_1_24_1 e539_ -1
 pre_1_24_1 e542_ 1
 pre_1_25_0 pre_definition_1_25_0 1
 pre_1_25_0 relu_1_25_0_above_pre 1
 pre_1_25_0 e545_ -1
 pre_1_25_0 e546_ -1
 pre_1_25_0 e549_ 1
 pre_1_25_1 pre_definition_1_25_1 1
 pre_1_25_1 relu_1_25_1_above_pre 1
 pre_1_25_1 e552_ -1
 pre_1_25_1 e553_ -1
 pre_1_25_1 e556_ 1
 pre_1_26_0 pre_definition_1_26_0 1
 pre_1_26_0 relu_1_26_0_above_pre 1
 pre_1_26_0 e559_ -1
 pre_1_26_0 e560_ -1
 pre_1_26_0 e563_ 1
 pre_1_26_1 pre_definition_1_26_1 1
 pre_1_26_1 relu_1_26_1_above_pre 1
 pre_1_26_1 e566_ -1
 pre_1_26_1 e567_ -1
 pre_1_26_1 e570_ 1
 pre_1_27_0 pre_definition_1_27_0 1
 pre_1_27_0 relu_1_27_0_above_pre 1
 pre_1_27_0 e573_ -1
 pre_1_27_0 e574_ -1
 pre_1_27_0 e577_ 1
 pre_1_27_1 pre_definition_1_27_1 1
 pre_1_27_1 relu_1_27_1_above_pre 1
 pre_1_27_1 e580_ -1
 pre_1_27_1 e581_ -1
 pre_1_27_1 e584_ 1
 pre_1_28_0 pre_definition_1_28_0 1
 pre_1_28_0 relu_1_28_0_above_pre 1
 pre_1_28_0 e587_ -1
 pre_1_28_0 e588_ -1
 pre_1_28_0 e591_ 1
 pre_1_28_1 pre_definition_1_28_1 1
 pre_1_28_1 relu_1_28_1_above_pre 1
 pre_1_28_1 e594_ -1
 pre_1_28_1 e595_ -1
 pre_1_28_1 e598_ 1
 pre_1_29_0 pre_definition_1_29_0 1
 pre_1_29_0 relu_1_29_0_above_pre 1
 pre_1_29_0 e601_ -1
 pre_1_29_0 e602_ -1
 pre_1_29_0 e605_ 1
 pre_1_29_1 pre_definition_1_29_1 1
 pre_1_29_1 relu_1_29_1_above_pre 1
 pre_1_29_1 e608_ -1
 pre_1_29_1 e609_ -1
 pre_1_29_1 e612_ 1
 pre_1_30_0 pre_definition_1_30_0 1
 pre_1_30_0 relu_1_30_0_above_pre 1
 pre_1_30_0 e615_ -1
 pre_1_30_0 e616_ -1
 pre_1_30_0 e619_ 1
 pre_1_30_1 pre_definition_1_30_1 1
 pre_1_30_1 relu_1_30_1_above_pre 1
 pre_1_30_1 e622_ -1
 pre_1_30_1 e623_ -1
 pre_1_30_1 e626_ 1
 pre_1_31_0 pre_definition_1_31_0 1
 pre_1_31_0 relu_1_31_0_above_pre 1
 pre_1_31_0 e629_ -1
 pre_1_31_0 e630_ -1
 pre_1_31_0 e633_ 1
 pre_1_31_1 pre_definition_1_31_1 1
 pre_1_31_1 relu_1_31_1_above_pre 1
 pre_1_31_1 e636_ -1
 pre_1_31_1 e637_ -1
 pre_1_31_1 e640_ 1
 pre_1_32_0 pre_definition_1_32_0 1
 pre_1_32_0 relu_1_32_0_above_pre 1
 pre_1_32_0 e643_ -1
 pre_1_32_0 e644_ -1
 pre_1_32_0 e647_ 1
 pre_1_32_1 pre_definition_1_32_1 1
 pre_1_32_1 relu_1_32_1_above_pre 1
 pre_1_32_1 e650_ -1
 pre_1_32_1 e651_ -1
 pre_1_32_1 e654_ 1
 pre_1_33_0 pre_definition_1_33_0 1
 pre_1_33_0 relu_1_33_0_above_pre 1
 pre_1_33_0 e657_ -1
 pre_1_33_0 e658_ -1
 pre_1_33_0 e661_ 1
 pre_1_33_1 pre_definition_1_33_1 1
 pre_1_33_1 relu_1_33_1_above_pre 1
 pre_1_33_1 e664_ -1
 pre_1_33_1 e665_ -1
 pre_1_33_1 e668_ 1
 pre_1_34_0 pre_definition_1_34_0 1
 pre_1_34_0 relu_1_34_0_above_pre 1
 pre_1_34_0 e671_ -1
 pre_1_34_0 e672_ -1
 pre_1_34_0 e675_ 1
 pre_1_34_1 pre_definition_1_34_1 1
 pre_1_34_1 relu_1_34_1_above_pre 1
 pre_1_34_1 e678_ -1
 pre_1_34_1 e679_ -1
 pre_1_34_1 e682_ 1
 pre_1_35_0 pre_definition_1_35_0 1
 pre_1_35_0 relu_1_35_0_above_pre 1
 pre_1_35_0 e685_ -1
 pre_1_35_0 e686_ -1
 pre_1_35_0 e689_ 1
 pre_1_35_1 pre_definition_1_35_1 1
 pre_1_35_1 relu_1_35_1_above_pre 1
 pre_1_35_1 e692_ -1
 pre_1_35_1 e693_ -1
 pre_1_35_1 e696_ 1
 pre_1_36_0 pre_definition_1_36_0 1
 pre_1_36_0 relu_1_36_0_above_pre 1
 pre_1_36_0 e699_ -1
 pre_1_36_0 e700_ -1
 pre_1_36_0 e703_ 1
 pre_1_36_1 pre_definition_1_36_1 1
 pre_1_36_1 relu_1_36_1_above_pre 1
 pre_1_36_1 e706_ -1
 pre_1_36_1 e707_ -1
 pre_1_36_1 e710_ 1
 pre_1_37_0 pre_definition_1_37_0 1
 pre_1_37_0 relu_1_37_0_above_pre 1
 pre_1_37_0 e713_ -1
 pre_1_37_0 e714_ -1
 pre_1_37_0 e717_ 1
 pre_1_37_1 pre_definition_1_37_1 1
 pre_1_37_1 relu_1_37_1_above_pre 1
 pre_1_37_1 e720_ -1
 pre_1_37_1 e721_ -1
 pre_1_37_1 e724_ 1
 pre_1_38_0 pre_definition_1_38_0 1
 pre_1_38_0 relu_1_38_0_above_pre 1
 pre_1_38_0 e727_ -1
 pre_1_38_0 e728_ -1
 pre_1_38_0 e731_ 1
 pre_1_38_1 pre_definition_1_38_1 1
 pre_1_38_1 relu_1_38_1_above_pre 1
 pre_1_38_1 e734_ -1
 pre_1_38_1 e735_ -1
 pre_1_38_1 e738_ 1
 pre_1_39_0 pre_definition_1_39_0 1
 pre_1_39_0 relu_1_39_0_above_pre 1
 pre_1_39_0 e741_ -1
 pre_1_39_0 e742_ -1
 pre_1_39_0 e745_ 1
 pre_1_39_1 pre_definition_1_39_1 1
 pre_1_39_1 relu_1_39_1_above_pre 1
 pre_1_39_1 e748_ -1
 pre_1_39_1 e749_ -1
 pre_1_39_1 e752_ 1
 pre_1_40_0 pre_definition_1_40_0 1
 pre_1_40_0 relu_1_40_0_above_pre 1
 pre_1_40_0 e755_ -1
 pre_1_40_0 e756_ -1
 pre_1_40_0 e759_ 1
 pre_1_40_1 pre_definition_1_40_1 1
 pre_1_40_1 relu_1_40_1_above_pre 1
 pre_1_40_1 e762_ -1
 pre_1_40_1 e763_ -1
 pre_1_40_1 e766_ 1
 pre_1_41_0 pre_definition_1_41_0 1
 pre_1_41_0 relu_1_41_0_above_pre 1
 pre_1_41_0 e769_ -1
 pre_1_41_0 e770_ -1
 pre_1_41_0 e773_ 1
 pre_1_41_1 pre_definition_1_41_1 1
 pre_1_41_1 relu_1_41_1_above_pre 1
 pre_1_41_1 e776_ -1
 pre_1_41_1 e777_ -1
 pre_1_41_1 e780_ 1
 pre_1_42_0 pre_definition_1_42_0 1
 pre_1_42_0 relu_1_42_0_above_pre 1
 pre_1_42_0 e783_ -1
 pre_1_42_0 e784_ -1
 pre_1_42_0 e787_ 1
 pre_1_42_1 pre_definition_1_42_1 1
 pre_1_42_1 relu_1_42_1_above_pre 1
 pre_1_42_1 e790_ -1
 pre_1_42_1 e791_ -1
 pre_1_42_1 e794_ 1
 pre_1_43_0 pre_definition_1_43_0 1
 pre_1_43_0 relu_1_43_0_above_pre 1
 pre_1_43_0 e797_ -1
 pre_1_43_0 e798_ -1
 pre_1_43_0 e801_ 1
 pre_1_43_1 pre_definition_1_43_1 1
 pre_1_43_1 relu_1_43_1_above_pre 1
 pre_1_43_1 e804_ -1
 pre_1_43_1 e805_ -1
 pre_1_43_1 e808_ 1
 pre_1_44_0 pre_definition_1_44_0 1
 pre_1_44_0 relu_1_44_0_above_pre 1
 pre_1_44_0 e811_ -1
 pre_1_44_0 e812_ -1
 pre_1_44_0 e815_ 1
 pre_1_44_1 pre_definition_1_44_1 1
 pre_1_44_1 relu_1_44_1_above_pre 1
 pre_1_44_1 e818_ -1
 pre_1_44_1 e819_ -1
 pre_1_44_1 e822_ 1
 pre_1_45_0 pre_definition_1_45_0 1
 pre_1_45_0 relu_1_45_0_above_pre 1
 pre_1_45_0 e825_ -1
 pre_1_45_0 e826_ -1
 pre_1_45_0 e829_ 1
 pre_1_45_1 pre_definition_1_45_1 1
 pre_1_45_1 relu_1_45_1_above_pre 1
 pre_1_45_1 e832_ -1
 pre_1_45_1 e833_ -1
 pre_1_45_1 e836_ 1
 pre_1_46_0 pre_definition_1_46_0 1
 pre_1_46_0 relu_1_46_0_above_pre 1
 pre_1_46_0 e839_ -1
 pre_1_46_0 e840_ -1
 pre_1_46_0 e843_ 1
 pre_1_46_1 pre_definition_1_46_1 1
 pre_1_46_1 relu_1_46_1_above_pre 1
 pre_1_46_1 e846_ -1
 pre_1_46_1 e847_ -1
 pre_1_46_1 e850_ 1
 pre_1_47_0 pre_definition_1_47_0 1
 pre_1_47_0 relu_1_47_0_above_pre 1
 pre_1_47_0 e853_ -1
 pre_1_47_0 e854_ -1
 pre_1_47_0 e857_ 1
 pre_1_47_1 pre_definition_1_47_1 1
 pre_1_47_1 relu_1_47_1_above_pre 1
 pre_1_47_1 e860_ -1
 pre_1_47_1 e861_ -1
 pre_1_47_1 e864_ 1
 pre_1_48_0 pre_definition_1_48_0 1
 pre_1_48_0 relu_1_48_0_above_pre 1
 pre_1_48_0 e867_ -1
 pre_1_48_0 e868_ -1
 pre_1_48_0 e871_ 1
 pre_1_48_1 pre_definition_1_48_1 1
 pre_1_48_1 relu_1_48_1_above_pre 1
 pre_1_48_1 e874_ -1
 pre_1_48_1 e875_ -1
 pre_1_48_1 e878_ 1
 pre_1_49_0 pre_definition_1_49_0 1
 pre_1_49_0 relu_1_49_0_above_pre 1
 pre_1_49_0 e881_ -1
 pre_1_49_0 e882_ -1
 pre_1_49_0 e885_ 1
 pre_1_49_1 pre_definition_1_49_1 1
 pre_1_49_1 relu_1_49_1_above_pre 1
 pre_1_49_1 e888_ -1
 pre_1_49_1 e889_ -1
 pre_1_49_1 e892_ 1
 pre_1_50_0 pre_definition_1_50_0 1
 pre_1_50_0 relu_1_50_0_above_pre 1
 pre_1_50_0 e895_ -1
 pre_1_50_0 e896_ -1
 pre_1_50_0 e899_ 1
 pre_1_50_1 pre_definition_1_50_1 1
 pre_1_50_1 relu_1_50_1_above_pre 1
 pre_1_50_1 e902_ -1
 pre_1_50_1 e903_ -1
 pre_1_50_1 e906_ 1
 pre_1_51_0 pre_definition_1_51_0 1
 pre_1_51_0 relu_1_51_0_above_pre 1
 pre_1_51_0 e909_ -1
 pre_1_51_0 e910_ -1
 pre_1_51_0 e913_ 1
 pre_1_51_1 pre_definition_1_51_1 1
 pre_1_51_1 relu_1_51_1_above_pre 1
 pre_1_51_1 e916_ -1
 pre_1_51_1 e917_ -1
 pre_1_51_1 e920_ 1
 pre_1_52_0 pre_definition_1_52_0 1
 pre_1_52_0 relu_1_52_0_above_pre 1
 pre_1_52_0 e923_ -1
 pre_1_52_0 e924_ -1
 pre_1_52_0 e927_ 1
 pre_1_52_1 pre_definition_1_52_1 1
 pre_1_52_1 relu_1_52_1_above_pre 1
 pre_1_52_1 e930_ -1
 pre_1_52_1 e931_ -1
 pre_1_52_1 e934_ 1
 pre_1_53_0 pre_definition_1_53_0 1
 pre_1_53_0 relu_1_53_0_above_pre 1
 pre_1_53_0 e937_ -1
 pre_1_53_0 e938_ -1
 pre_1_53_0 e941_ 1
 pre_1_53_1 pre_definition_1_53_1 1
 pre_1_53_1 relu_1_53_1_above_pre 1
 pre_1_53_1 e944_ -1
 pre_1_53_1 e945_ -1
 pre_1_53_1 e948_ 1
 pre_1_54_0 pre_definition_1_54_0 1
 pre_1_54_0 relu_1_54_0_above_pre 1
 pre_1_54_0 e951_ -1
 pre_1_54_0 e952_ -1
 pre_1_54_0 e955_ 1
 pre_1_54_1 pre_definition_1_54_1 1
 pre_1_54_1 relu_1_54_1_above_pre 1
 pre_1_54_1 e958_ -1
 pre_1_54_1 e959_ -1
 pre_1_54_1 e962_ 1
 pre_1_55_0 pre_definition_1_55_0 1
 pre_1_55_0 relu_1_55_0_above_pre 1
 pre_1_55_0 e965_ -1
 pre_1_55_0 e966_ -1
 pre_1_55_0 e969_ 1
 pre_1_55_1 pre_definition_1_55_1 1
 pre_1_55_1 relu_1_55_1_above_pre 1
 pre_1_55_1 e972_ -1
 pre_1_55_1 e973_ -1
 pre_1_55_1 e976_ 1
 pre_1_56_0 pre_definition_1_56_0 1
 pre_1_56_0 relu_1_56_0_above_pre 1
 pre_1_56_0 e979_ -1
 pre_1_56_0 e980_ -1
 pre_1_56_0 e983_ 1
 pre_1_56_1 pre_definition_1_56_1 1
 pre_1_56_1 relu_1_56_1_above_pre 1
 pre_1_56_1 e986_ -1
 pre_1_56_1 e987_ -1
 pre_1_56_1 e990_ 1
 pre_1_57_0 pre_definition_1_57_0 1
 pre_1_57_0 relu_1_57_0_above_pre 1
 pre_1_57_0 e993_ -1
 pre_1_57_0 e994_ -1
 pre_1_57_0 e997_ 1
 pre_1_57_1 pre_definition_1_57_1 1
 pre_1_57_1 relu_1_57_1_above_pre 1
 pre_1_57_1 e1000_ -1
 pre_1_57_1 e1001_ -1
 pre_1_57_1 e1004_ 1
 pre_1_58_0 pre_definition_1_58_0 1
 pre_1_58_0 relu_1_58_0_above_pre 1
 pre_1_58_0 e1007_ -1
 pre_1_58_0 e1008_ -1
 pre_1_58_0 e1011_ 1
 pre_1_58_1 pre_definition_1_58_1 1
 pre_1_58_1 relu_1_58_1_above_pre 1
 pre_1_58_1 e1014_ -1
 pre_1_58_1 e1015_ -1
 pre_1_58_1 e1018_ 1
 pre_1_59_0 pre_definition_1_59_0 1
 pre_1_59_0 relu_1_59_0_above_pre 1
 pre_1_59_0 e1021_ -1
 pre_1_59_0 e1022_ -1
 pre_1_59_0 e1025_ 1
 pre_1_59_1 pre_definition_1_59_1 1
 pre_1_59_1 relu_1_59_1_above_pre 1
 pre_1_59_1 e1028_ -1
 pre_1_59_1 e1029_ -1
 pre_1_59_1 e1032_ 1
 pre_1_60_0 pre_definition_1_60_0 1
 pre_1_60_0 relu_1_60_0_above_pre 1
 pre_1_60_0 e1035_ -1
 pre_1_60_0 e1036_ -1
 pre_1_60_0 e1039_ 1
 pre_1_60_1 pre_definition_1_60_1 1
 pre_1_60_1 relu_1_60_1_above_pre 1
 pre_1_60_1 e1042_ -1
 pre_1_60_1 e1043_ -1
 pre_1_60_1 e1046_ 1
 pre_1_61_0 pre_definition_1_61_0 1
 pre_1_61_0 relu_1_61_0_above_pre 1
 pre_1_61_0 e1049_ -1
 pre_1_61_0 e1050_ -1
 pre_1_61_0 e1053_ 1
 pre_1_61_1 pre_definition_1_61_1 1
 pre_1_61_1 relu_1_61_1_above_pre 1
 pre_1_61_1 e1056_ -1
 pre_1_61_1 e1057_ -1
 pre_1_61_1 e1060_ 1
 pre_1_62_0 pre_definition_1_62_0 1
 pre_1_62_0 relu_1_62_0_above_pre 1
 pre_1_62_0 e1063_ -1
 pre_1_62_0 e1064_ -1
 pre_1_62_0 e1067_ 1
 pre_1_62_1 pre_definition_1_62_1 1
 pre_1_62_1 relu_1_62_1_above_pre 1
 pre_1_62_1 e1070_ -1
 pre_1_62_1 e1071_ -1
 pre_1_62_1 e1074_ 1
 pre_1_63_0 pre_definition_1_63_0 1
 pre_1_63_0 relu_1_63_0_above_pre 1
 pre_1_63_0 e1077_ -1
 pre_1_63_0 e1078_ -1
 pre_1_63_0 e1081_ 1
 pre_1_63_1 pre_definition_1_63_1 1
 pre_1_63_1 relu_1_63_1_above_pre 1
 pre_1_63_1 e1084_ -1
 pre_1_63_1 e1085_ -1
 pre_1_63_1 e1088_ 1
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
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e209_ 1
 post_1_1_0 e210_ 1
 post_1_1_0 e211_ 1
 post_1_1_0 e212_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e216_ 1
 post_1_1_1 e217_ 1
 post_1_1_1 e218_ 1
 post_1_1_1 e219_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e223_ 1
 post_1_2_0 e224_ 1
 post_1_2_0 e225_ 1
 post_1_2_0 e226_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e230_ 1
 post_1_2_1 e231_ 1
 post_1_2_1 e232_ 1
 post_1_2_1 e233_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e237_ 1
 post_1_3_0 e238_ 1
 post_1_3_0 e239_ 1
 post_1_3_0 e240_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e244_ 1
 post_1_3_1 e245_ 1
 post_1_3_1 e246_ 1
 post_1_3_1 e247_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e251_ 1
 post_1_4_0 e252_ 1
 post_1_4_0 e253_ 1
 post_1_4_0 e254_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e258_ 1
 post_1_4_1 e259_ 1
 post_1_4_1 e260_ 1
 post_1_4_1 e261_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e265_ 1
 post_1_5_0 e266_ 1
 post_1_5_0 e267_ 1
 post_1_5_0 e268_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e272_ 1
 post_1_5_1 e273_ 1
 post_1_5_1 e274_ 1
 post_1_5_1 e275_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e279_ 1
 post_1_6_0 e280_ 1
 post_1_6_0 e281_ 1
 post_1_6_0 e282_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e286_ 1
 post_1_6_1 e287_ 1
 post_1_6_1 e288_ 1
 post_1_6_1 e289_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e293_ 1
 post_1_7_0 e294_ 1
 post_1_7_0 e295_ 1
 post_1_7_0 e296_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e300_ 1
 post_1_7_1 e301_ 1
 post_1_7_1 e302_ 1
 post_1_7_1 e303_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e307_ 1
 post_1_8_0 e308_ 1
 post_1_8_0 e309_ 1
 post_1_8_0 e310_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e314_ 1
 post_1_8_1 e315_ 1
 post_1_8_1 e316_ 1
 post_1_8_1 e317_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e321_ 1
 post_1_9_0 e322_ 1
 post_1_9_0 e323_ 1
 post_1_9_0 e324_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e328_ 1
 post_1_9_1 e329_ 1
 post_1_9_1 e330_ 1
 post_1_9_1 e331_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e335_ 1
 post_1_10_0 e336_ 1
 post_1_10_0 e337_ 1
 post_1_10_0 e338_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e342_ 1
 post_1_10_1 e343_ 1
 post_1_10_1 e344_ 1
 post_1_10_1 e345_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e349_ 1
 post_1_11_0 e350_ 1
 post_1_11_0 e351_ 1
 post_1_11_0 e352_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e356_ 1
 post_1_11_1 e357_ 1
 post_1_11_1 e358_ 1
 post_1_11_1 e359_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e363_ 1
 post_1_12_0 e364_ 1
 post_1_12_0 e365_ 1
 post_1_12_0 e366_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e370_ 1
 post_1_12_1 e371_ 1
 post_1_12_1 e372_ 1
 post_1_12_1 e373_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e377_ 1
 post_1_13_0 e378_ 1
 post_1_13_0 e379_ 1
 post_1_13_0 e380_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e384_ 1
 post_1_13_1 e385_ 1
 post_1_13_1 e386_ 1
 post_1_13_1 e387_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e391_ 1
 post_1_14_0 e392_ 1
 post_1_14_0 e393_ 1
 post_1_14_0 e394_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e398_ 1
 post_1_14_1 e399_ 1
 post_1_14_1 e400_ 1
 post_1_14_1 e401_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e405_ 1
 post_1_15_0 e406_ 1
 post_1_15_0 e407_ 1
 post_1_15_0 e408_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e412_ 1
 post_1_15_1 e413_ 1
 post_1_15_1 e414_ 1
 post_1_15_1 e415_ 1
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
 post_1_17_0 relu_1_17_0_above_pre -1
 post_1_17_0 e433_ 1
 post_1_17_0 e434_ 1
 post_1_17_0 e435_ 1
 post_1_17_0 e436_ 1
 post_1_17_1 relu_1_17_1_above_pre -1
 post_1_17_1 e440_ 1
 post_1_17_1 e441_ 1
 post_1_17_1 e442_ 1
 post_1_17_1 e443_ 1
 post_1_18_0 relu_1_18_0_above_pre -1
 post_1_18_0 e447_ 1
 post_1_18_0 e448_ 1
 post_1_18_0 e449_ 1
 post_1_18_0 e450_ 1
 post_1_18_1 relu_1_18_1_above_pre -1
 post_1_18_1 e454_ 1
 post_1_18_1 e455_ 1
 post_1_18_1 e456_ 1
 post_1_18_1 e457_ 1
 post_1_19_0 relu_1_19_0_above_pre -1
 post_1_19_0 e461_ 1
 post_1_19_0 e462_ 1
 post_1_19_0 e463_ 1
 post_1_19_0 e464_ 1
 post_1_19_1 relu_1_19_1_above_pre -1
 post_1_19_1 e468_ 1
 post_1_19_1 e469_ 1
 post_1_19_1 e470_ 1
 post_1_19_1 e471_ 1
 post_1_20_0 relu_1_20_0_above_pre -1
 post_1_20_0 e475_ 1
 post_1_20_0 e476_ 1
 post_1_20_0 e477_ 1
 post_1_20_0 e478_ 1
 post_1_20_1 relu_1_20_1_above_pre -1
 post_1_20_1 e482_ 1
 post_1_20_1 e483_ 1
 post_1_20_1 e484_ 1
 post_1_20_1 e485_ 1
 post_1_21_0 relu_1_21_0_above_pre -1
 post_1_21_0 e489_ 1
 post_1_21_0 e490_ 1
 post_1_21_0 e491_ 1
 post_1_21_0 e492_ 1
 post_1_21_1 relu_1_21_1_above_pre -1
 post_1_21_1 e496_ 1
 post_1_21_1 e497_ 1
 post_1_21_1 e498_ 1
 post_1_21_1 e499_ 1
 post_1_22_0 relu_1_22_0_above_pre -1
 post_1_22_0 e503_ 1
 post_1_22_0 e504_ 1
 post_1_22_0 e505_ 1
 post_1_22_0 e506_ 1
 post_1_22_1 relu_1_22_1_above_pre -1
 post_1_22_1 e510_ 1
 post_1_22_1 e511_ 1
 post_1_22_1 e512_ 1
 post_1_22_1 e513_ 1
 post_1_23_0 relu_1_23_0_above_pre -1
 post_1_23_0 e517_ 1
 post_1_23_0 e518_ 1
 post_1_23_0 e519_ 1
 post_1_23_0 e520_ 1
 post_1_23_1 relu_1_23_1_above_pre -1
 post_1_23_1 e524_ 1
 post_1_23_1 e525_ 1
 post_1_23_1 e526_ 1
 post_1_23_1 e527_ 1
 post_1_24_0 relu_1_24_0_above_pre -1
 post_1_24_0 e531_ 1
 post_1_24_0 e532_ 1
 post_1_24_0 e533_ 1
 post_1_24_0 e534_ 1
 post_1_24_1 relu_1_24_1_above_pre -1
 post_1_24_1 e538_ 1
 post_1_24_1 e539_ 1
 post_1_24_1 e540_ 1
 post_1_24_1 e541_ 1
 post_1_25_0 relu_1_25_0_above_pre -1
 post_1_25_0 e545_ 1
 post_1_25_0 e546_ 1
 post_1_25_0 e547_ 1
 post_1_25_0 e548_ 1
 post_1_25_1 relu_1_25_1_above_pre -1
 post_1_25_1 e552_ 1
 post_1_25_1 e553_ 1
 post_1_25_1 e554_ 1
 post_1_25_1 e555_ 1
 post_1_26_0 relu_1_26_0_above_pre -1
 post_1_26_0 e559_ 1
 post_1_26_0 e560_ 1
 post_1_26_0 e561_ 1
 post_1_26_0 e562_ 1
 post_1_26_1 relu_1_26_1_above_pre -1
 post_1_26_1 e566_ 1
 post_1_26_1 e567_ 1
 post_1_26_1 e568_ 1
 post_1_26_1 e569_ 1
 post_1_27_0 relu_1_27_0_above_pre -1
 post_1_27_0 e573_ 1
 post_1_27_0 e574_ 1
 post_1_27_0 e575_ 1
 post_1_27_0 e576_ 1
 post_1_27_1 relu_1_27_1_above_pre -1
 post_1_27_1 e580_ 1
 post_1_27_1 e581_ 1
 post_1_27_1 e582_ 1
 post_1_27_1 e583_ 1
 post_1_28_0 relu_1_28_0_above_pre -1
 post_1_28_0 e587_ 1
 post_1_28_0 e588_ 1
 post_1_28_0 e589_ 1
 post_1_28_0 e590_ 1
 post_1_28_1 relu_1_28_1_above_pre -1
 post_1_28_1 e594_ 1
 post_1_28_1 e595_ 1
 post_1_28_1 e596_ 1
 post_1_28_1 e597_ 1
 post_1_29_0 relu_1_29_0_above_pre -1
 post_1_29_0 e601_ 1
 post_1_29_0 e602_ 1
 post_1_29_0 e603_ 1
 post_1_29_0 e604_ 1
 post_1_29_1 relu_1_29_1_above_pre -1
 post_1_29_1 e608_ 1
 post_1_29_1 e609_ 1
 post_1_29_1 e610_ 1
 post_1_29_1 e611_ 1
 post_1_30_0 relu_1_30_0_above_pre -1
 post_1_30_0 e615_ 1
 post_1_30_0 e616_ 1
 post_1_30_0 e617_ 1
 post_1_30_0 e618_ 1
 post_1_30_1 relu_1_30_1_above_pre -1
 post_1_30_1 e622_ 1
 post_1_30_1 e623_ 1
 post_1_30_1 e624_ 1
 post_1_30_1 e625_ 1
 post_1_31_0 relu_1_31_0_above_pre -1
 post_1_31_0 e629_ 1
 post_1_31_0 e630_ 1
 post_1_31_0 e631_ 1
 post_1_31_0 e632_ 1
 post_1_31_1 relu_1_31_1_above_pre -1
 post_1_31_1 e636_ 1
 post_1_31_1 e637_ 1
 post_1_31_1 e638_ 1
 post_1_31_1 e639_ 1
 post_1_32_0 relu_1_32_0_above_pre -1
 post_1_32_0 e643_ 1
 post_1_32_0 e644_ 1
 post_1_32_0 e645_ 1
 post_1_32_0 e646_ 1
 post_1_32_1 relu_1_32_1_above_pre -1
 post_1_32_1 e650_ 1
 post_1_32_1 e651_ 1
 post_1_32_1 e652_ 1
 post_1_32_1 e653_ 1
 post_1_33_0 relu_1_33_0_above_pre -1
 post_1_33_0 e657_ 1
 post_1_33_0 e658_ 1
 post_1_33_0 e659_ 1
 post_1_33_0 e660_ 1
 post_1_33_1 relu_1_33_1_above_pre -1
 post_1_33_1 e664_ 1
 post_1_33_1 e665_ 1
 post_1_33_1 e666_ 1
 post_1_33_1 e667_ 1
 post_1_34_0 relu_1_34_0_above_pre -1
 post_1_34_0 e671_ 1
 post_1_34_0 e672_ 1
 post_1_34_0 e673_ 1
 post_1_34_0 e674_ 1
 post_1_34_1 relu_1_34_1_above_pre -1
 post_1_34_1 e678_ 1
 post_1_34_1 e679_ 1
 post_1_34_1 e680_ 1
 post_1_34_1 e681_ 1
 post_1_35_0 relu_1_35_0_above_pre -1
 post_1_35_0 e685_ 1
 post_1_35_0 e686_ 1
 post_1_35_0 e687_ 1
 post_1_35_0 e688_ 1
 post_1_35_1 relu_1_35_1_above_pre -1
 post_1_35_1 e692_ 1
 post_1_35_1 e693_ 1
 post_1_35_1 e694_ 1
 post_1_35_1 e695_ 1
 post_1_36_0 relu_1_36_0_above_pre -1
 post_1_36_0 e699_ 1
 post_1_36_0 e700_ 1
 post_1_36_0 e701_ 1
 post_1_36_0 e702_ 1
 post_1_36_1 relu_1_36_1_above_pre -1
 post_1_36_1 e706_ 1
 post_1_36_1 e707_ 1
 post_1_36_1 e708_ 1
 post_1_36_1 e709_ 1
 post_1_37_0 relu_1_37_0_above_pre -1
 post_1_37_0 e713_ 1
 post_1_37_0 e714_ 1
 post_1_37_0 e715_ 1
 post_1_37_0 e716_ 1
 post_1_37_1 relu_1_37_1_above_pre -1
 post_1_37_1 e720_ 1
 post_1_37_1 e721_ 1
 post_1_37_1 e722_ 1
 post_1_37_1 e723_ 1
 post_1_38_0 relu_1_38_0_above_pre -1
 post_1_38_0 e727_ 1
 post_1_38_0 e728_ 1
 post_1_38_0 e729_ 1
 post_1_38_0 e730_ 1
 post_1_38_1 relu_1_38_1_above_pre -1
 post_1_38_1 e734_ 1
 post_1_38_1 e735_ 1
 post_1_38_1 e736_ 1
 post_1_38_1 e737_ 1
 post_1_39_0 relu_1_39_0_above_pre -1
 post_1_39_0 e741_ 1
 post_1_39_0 e742_ 1
 post_1_39_0 e743_ 1
 post_1_39_0 e744_ 1
 post_1_39_1 relu_1_39_1_above_pre -1
 post_1_39_1 e748_ 1
 post_1_39_1 e749_ 1
 post_1_39_1 e750_ 1
 post_1_39_1 e751_ 1
 post_1_40_0 relu_1_40_0_above_pre -1
 post_1_40_0 e755_ 1
 post_1_40_0 e756_ 1
 post_1_40_0 e757_ 1
 post_1_40_0 e758_ 1
 post_1_40_1 relu_1_40_1_above_pre -1
 post_1_40_1 e762_ 1
 post_1_40_1 e763_ 1
 post_1_40_1 e764_ 1
 post_1_40_1 e765_ 1
 post_1_41_0 relu_1_41_0_above_pre -1
 post_1_41_0 e769_ 1
 post_1_41_0 e770_ 1
 post_1_41_0 e771_ 1
 post_1_41_0 e772_ 1
 post_1_41_1 relu_1_41_1_above_pre -1
 post_1_41_1 e776_ 1
 post_1_41_1 e777_ 1
 post_1_41_1 e778_ 1
 post_1_41_1 e779_ 1
 post_1_42_0 relu_1_42_0_above_pre -1
 post_1_42_0 e783_ 1
 post_1_42_0 e784_ 1
 post_1_42_0 e785_ 1
 post_1_42_0 e786_ 1
 post_1_42_1 relu_1_42_1_above_pre -1
 post_1_42_1 e790_ 1
 post_1_42_1 e791_ 1
 post_1_42_1 e792_ 1
 post_1_42_1 e793_ 1
 post_1_43_0 relu_1_43_0_above_pre -1
 post_1_43_0 e797_ 1
 post_1_43_0 e798_ 1
 post_1_43_0 e799_ 1
 post_1_43_0 e800_ 1
 post_1_43_1 relu_1_43_1_above_pre -1
 post_1_43_1 e804_ 1
 post_1_43_1 e805_ 1
 post_1_43_1 e806_ 1
 post_1_43_1 e807_ 1
 post_1_44_0 relu_1_44_0_above_pre -1
 post_1_44_0 e811_ 1
 post_1_44_0 e812_ 1
 post_1_44_0 e813_ 1
 post_1_44_0 e814_ 1
 post_1_44_1 relu_1_44_1_above_pre -1
 post_1_44_1 e818_ 1
 post_1_44_1 e819_ 1
 post_1_44_1 e820_ 1
 post_1_44_1 e821_ 1
 post_1_45_0 relu_1_45_0_above_pre -1
 post_1_45_0 e825_ 1
 post_1_45_0 e826_ 1
 post_1_45_0 e827_ 1
 post_1_45_0 e828_ 1
 post_1_45_1 relu_1_45_1_above_pre -1
 post_1_45_1 e832_ 1
 post_1_45_1 e833_ 1
 post_1_45_1 e834_ 1
 post_1_45_1 e835_ 1
 post_1_46_0 relu_1_46_0_above_pre -1
 post_1_46_0 e839_ 1
 post_1_46_0 e840_ 1
 post_1_46_0 e841_ 1
 post_1_46_0 e842_ 1
 post_1_46_1 relu_1_46_1_above_pre -1
 post_1_46_1 e846_ 1
 post_1_46_1 e847_ 1
 post_1_46_1 e848_ 1
 post_1_46_1 e849_ 1
 post_1_47_0 relu_1_47_0_above_pre -1
 post_1_47_0 e853_ 1
 post_1_47_0 e854_ 1
 post_1_47_0 e855_ 1
 post_1_47_0 e856_ 1
 post_1_47_1 relu_1_47_1_above_pre -1
 post_1_47_1 e860_ 1
 post_1_47_1 e861_ 1
 post_1_47_1 e862_ 1
 post_1_47_1 e863_ 1
 post_1_48_0 relu_1_48_0_above_pre -1
 post_1_48_0 e867_ 1
 post_1_48_0 e868_ 1
 post_1_48_0 e869_ 1
 post_1_48_0 e870_ 1
 post_1_48_1 relu_1_48_1_above_pre -1
 post_1_48_1 e874_ 1
 post_1_48_1 e875_ 1
 post_1_48_1 e876_ 1
 post_1_48_1 e877_ 1
 post_1_49_0 relu_1_49_0_above_pre -1
 post_1_49_0 e881_ 1
 post_1_49_0 e882_ 1
 post_1_49_0 e883_ 1
 post_1_49_0 e884_ 1
 post_1_49_1 relu_1_49_1_above_pre -1
 post_1_49_1 e888_ 1
 post_1_49_1 e889_ 1
 post_1_49_1 e890_ 1
 post_1_49_1 e891_ 1
 post_1_50_0 relu_1_50_0_above_pre -1
 post_1_50_0 e895_ 1
 post_1_50_0 e896_ 1
 post_1_50_0 e897_ 1
 post_1_50_0 e898_ 1
 post_1_50_1 relu_1_50_1_above_pre -1
 post_1_50_1 e902_ 1
 post_1_50_1 e903_ 1
 post_1_50_1 e904_ 1
 post_1_50_1 e905_ 1
 post_1_51_0 relu_1_51_0_above_pre -1
 post_1_51_0 e909_ 1
 post_1_51_0 e910_ 1
 post_1_51_0 e911_ 1
 post_1_51_0 e912_ 1
 post_1_51_1 relu_1_51_1_above_pre -1
 post_1_51_1 e916_ 1
 post_1_51_1 e917_ 1
 post_1_51_1 e918_ 1
 post_1_51_1 e919_ 1
 post_1_52_0 relu_1_52_0_above_pre -1
 post_1_52_0 e923_ 1
 post_1_52_0 e924_ 1
 post_1_52_0 e925_ 1
 post_1_52_0 e926_ 1
 post_1_52_1 relu_1_52_1_above_pre -1
 post_1_52_1 e930_ 1
 post_1_52_1 e931_ 1
 post_1_52_1 e932_ 1
 post_1_52_1 e933_ 1
 post_1_53_0 relu_1_53_0_above_pre -1
 post_1_53_0 e937_ 1
 post_1_53_0 e938_ 1
 post_1_53_0 e939_ 1
 post_1_53_0 e940_ 1
 post_1_53_1 relu_1_53_1_above_pre -1
 post_1_53_1 e944_ 1
 post_1_53_1 e945_ 1
 post_1_53_1 e946_ 1
 post_1_53_1 e947_ 1
 post_1_54_0 relu_1_54_0_above_pre -1
 post_1_54_0 e951_ 1
 post_1_54_0 e952_ 1
 post_1_54_0 e953_ 1
 post_1_54_0 e954_ 1
 post_1_54_1 relu_1_54_1_above_pre -1
 post_1_54_1 e958_ 1
 post_1_54_1 e959_ 1
 post_1_54_1 e960_ 1
 post_1_54_1 e961_ 1
 post_1_55_0 relu_1_55_0_above_pre -1
 post_1_55_0 e965_ 1
 post_1_55_0 e966_ 1
 post_1_55_0 e967_ 1
 post_1_55_0 e968_ 1
 post_1_55_1 relu_1_55_1_above_pre -1
 post_1_55_1 e972_ 1
 post_1_55_1 e973_ 1
 post_1_55_1 e974_ 1
 post_1_55_1 e975_ 1
 post_1_56_0 relu_1_56_0_above_pre -1
 post_1_56_0 e979_ 1
 post_1_56_0 e980_ 1
 post_1_56_0 e981_ 1
 post_1_56_0 e982_ 1
 post_1_56_1 relu_1_56_1_above_pre -1
 post_1_56_1 e986_ 1
 post_1_56_1 e987_ 1
 post_1_56_1 e988_ 1
 post_1_56_1 e989_ 1
 post_1_57_0 relu_1_57_0_above_pre -1
 post_1_57_0 e993_ 1
 post_1_57_0 e994_ 1
 post_1_57_0 e995_ 1
 post_1_57_0 e996_ 1
 post_1_57_1 relu_1_57_1_above_pre -1
 post_1_57_1 e1000_ 1
 post_1_57_1 e1001_ 1
 post_1_57_1 e1002_ 1
 post_1_57_1 e1003_ 1
 post_1_58_0 relu_1_58_0_above_pre -1
 post_1_58_0 e1007_ 1
 post_1_58_0 e1008_ 1
 post_1_58_0 e1009_ 1
 post_1_58_0 e1010_ 1
 post_1_58_1 relu_1_58_1_above_pre -1
 post_1_58_1 e1014_ 1
 post_1_58_1 e1015_ 1
 post_1_58_1 e1016_ 1
 post_1_58_1 e1017_ 1
 post_1_59_0 relu_1_59_0_above_pre -1
 post_1_59_0 e1021_ 1
 post_1_59_0 e1022_ 1
 post_1_59_0 e1023_ 1
 post_1_59_0 e1024_ 1
 post_1_59_1 relu_1_59_1_above_pre -1
 post_1_59_1 e1028_ 1
 post_1_59_1 e1029_ 1
 post_1_59_1 e1030_ 1
 post_1_59_1 e1031_ 1
 post_1_60_0 relu_1_60_0_above_pre -1
 post_1_60_0 e1035_ 1
 post_1_60_0 e1036_ 1
 post_1_60_0 e1037_ 1
 post_1_60_0 e1038_ 1
 post_1_60_1 relu_1_60_1_above_pre -1
 post_1_60_1 e1042_ 1
 post_1_60_1 e1043_ 1
 post_1_60_1 e1044_ 1
 post_1_60_1 e1045_ 1
 post_1_61_0 relu_1_61_0_above_pre -1
 post_1_61_0 e1049_ 1
 post_1_61_0 e1050_ 1
 post_1_61_0 e1051_ 1
 post_1_61_0 e1052_ 1
 post_1_61_1 relu_1_61_1_above_pre -1
 post_1_61_1 e1056_ 1
 post_1_61_1 e1057_ 1
 post_1_61_1 e1058_ 1
 post_1_61_1 e1059_ 1
 post_1_62_0 relu_1_62_0_above_pre -1
 post_1_62_0 e1063_ 1
 post_1_62_0 e1064_ 1
 post_1_62_0 e1065_ 1
 post_1_62_0 e1066_ 1
 post_1_62_1 relu_1_62_1_above_pre -1
 post_1_62_1 e1070_ 1
 post_1_62_1 e1071_ 1
 post_1_62_1 e1072_ 1
 post_1_62_1 e1073_ 1
 post_1_63_0 relu_1_63_0_above_pre -1
 post_1_63_0 e1077_ 1
 post_1_63_0 e1078_ 1
 post_1_63_0 e1079_ 1
 post_1_63_0 e1080_ 1
 post_1_63_1 relu_1_63_1_above_pre -1
 post_1_63_1 e1084_ 1
 post_1_63_1 e1085_ 1
 post_1_63_1 e1086_ 1
 post_1_63_1 e1087_ 1
 out_0_0 obj -0.41656930306720585
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.354989724992853
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1.6592578138433056
 out_2_0 out_definition_2_0 1
 out_3_0 obj -1.1130871367139519
 out_3_0 out_definition_3_0 1
 out_4_0 obj -1.1005366788388045
 out_4_0 out_definition_4_0 1
 out_5_0 obj -2.580171656804515
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1.4430335860064851
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.8204503549802041
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.3646967079587168
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.5577818003144132
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.6364292340300106
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.0801753956160756
 out_11_0 out_definition_11_0 1
 out_12_0 obj -0.4426918605532268
 out_12_0 out_definition_12_0 1
 out_13_0 obj -1.48397970245269
 out_13_0 out_definition_13_0 1
 out_14_0 obj -0.20153057498086377
 out_14_0 out_definition_14_0 1
 out_15_0 obj -1.466964133022745
 out_15_0 out_definition_15_0 1
 out_16_0 obj -1.1959693316224724
 out_16_0 out_definition_16_0 1
 out_17_0 obj -1.686553680540043
 out_17_0 out_definition_17_0 1
 out_18_0 obj -1.0545581245862419
 out_18_0 out_definition_18_0 1
 out_19_0 obj -1.8204646925472618
 out_19_0 out_definition_19_0 1
 out_20_0 obj -0.40440474709114954
 out_20_0 out_definition_20_0 1
 out_21_0 obj -0.46462990865198556
 out_21_0 out_definition_21_0 1
 out_22_0 obj -2.2558891201929874
 out_22_0 out_definition_22_0 1
 out_23_0 obj -1.793745680595705
 out_23_0 out_definition_23_0 1
 out_24_0 obj -1.1161809326575773
 out_24_0 out_definition_24_0 1
 out_25_0 obj -1.5772391129894983
 out_25_0 out_definition_25_0 1
 out_26_0 obj -2.6271505427183732
 out_26_0 out_definition_26_0 1
 out_27_0 obj -1.4598481815852284
 out_27_0 out_definition_27_0 1
 out_28_0 obj -1.4953144868629675
 out_28_0 out_definition_28_0 1
 out_29_0 obj -0.8028963309483983
 out_29_0 out_definition_29_0 1
 out_30_0 obj -1.855691992480968
 out_30_0 out_definition_30_0 1
 out_31_0 obj -0.6987005853011455
 out_31_0 out_definition_31_0 1
 out_32_0 obj -0.5653400823104033
 out_32_0 out_definition_32_0 1
 out_33_0 obj -0.750064971821737
 out_33_0 out_definition_33_0 1
 out_34_0 obj -0.7105708813712106
 out_34_0 out_definition_34_0 1
 out_35_0 obj -0.8822864923259176
 out_35_0 out_definition_35_0 1
 out_36_0 obj -1.3531324350322145
 out_36_0 out_definition_36_0 1
 out_37_0 obj -0.9792057646013065
 out_37_0 out_definition_37_0 1
 out_38_0 obj -0.5969381728866083
 out_38_0 out_definition_38_0 1
 out_39_0 obj -1.4813143611362962
 out_39_0 out_definition_39_0 1
 out_40_0 obj -0.4500155202378165
 out_40_0 out_definition_40_0 1
 out_41_0 obj -1.5419114314820104
 out_41_0 out_definition_41_0 1
 out_42_0 obj -0.042938904308258474
 out_42_0 out_definition_42_0 1
 out_43_0 obj -1.5030326667908056
 out_43_0 out_definition_43_0 1
 out_44_0 obj -0.01203830398895217
 out_44_0 out_definition_44_0 1
 out_45_0 obj -0.7269194427991512
 out_45_0 out_definition_45_0 1
 out_46_0 obj -0.8927040300697947
 out_46_0 out_definition_46_0 1
 out_47_0 obj -0.8831297878577514
 out_47_0 out_definition_47_0 1
 out_48_0 obj -1.3897682076897369
 out_48_0 out_definition_48_0 1
 out_49_0 obj -1.5299241578172167
 out_49_0 out_definition_49_0 1
 out_50_0 obj -0.5273759798470332
 out_50_0 out_definition_50_0 1
 out_51_0 obj -1.512977347681307
 out_51_0 out_definition_51_0 1
 out_52_0 obj -1.247685809772777
 out_52_0 out_definition_52_0 1
 out_53_0 obj -0.5539788597961708
 out_53_0 out_definition_53_0 1
 out_54_0 obj -1.1598251537495599
 out_54_0 out_definition_54_0 1
 out_55_0 obj -2.071330896022751
 out_55_0 out_definition_55_0 1
 out_56_0 obj 0.0985575964483057
 out_56_0 out_definition_56_0 1
 out_57_0 obj -1.3704509038873947
 out_57_0 out_definition_57_0 1
 out_58_0 obj -0.9504992746598354
 out_58_0 out_definition_58_0 1
 out_59_0 obj -2.4014179386366394
 out_59_0 out_definition_59_0 1
 out_60_0 obj -1.2635185531680881
 out_60_0 out_definition_60_0 1
 out_61_0 obj -0.7782000929677937
 out_61_0 out_definition_61_0 1
 out_62_0 obj -1.3139402163034681
 out_62_0 out_definition_62_0 1
 out_63_0 obj -0.519175627346528
 out_63_0 out_definition_63_0 1
 M329 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e195_ -7.5055558674558025
 relu_1_0_0_on_binary_indicator_var e196_ 15.011111734911605
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e198_ 7.5055558674558025
 relu_1_0_0_off_binary_indicator_var e199_ 7.5055558674558025
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e202_ -7.5055558674558025
 relu_1_0_1_on_binary_indicator_var e203_ 15.011111734911605
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e205_ 7.5055558674558025
 relu_1_0_1_off_binary_indicator_var e206_ 7.5055558674558025
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e209_ -8.127994658504527
 relu_1_1_0_on_binary_indicator_var e210_ 16.255989317009053
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e212_ 8.127994658504527
 relu_1_1_0_off_binary_indicator_var e213_ 8.127994658504527
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e216_ -8.127994658504527
 relu_1_1_1_on_binary_indicator_var e217_ 16.255989317009053
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e219_ 8.127994658504527
 relu_1_1_1_off_binary_indicator_var e220_ 8.127994658504527
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e223_ -7.176419226746878
 relu_1_2_0_on_binary_indicator_var e224_ 14.352838453493757
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e226_ 7.176419226746878
 relu_1_2_0_off_binary_indicator_var e227_ 7.176419226746878
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e230_ -7.176419226746878
 relu_1_2_1_on_binary_indicator_var e231_ 14.352838453493757
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e233_ 7.176419226746878
 relu_1_2_1_off_binary_indicator_var e234_ 7.176419226746878
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e237_ -7.125139810483965
 relu_1_3_0_on_binary_indicator_var e238_ 14.25027962096793
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e240_ 7.125139810483965
 relu_1_3_0_off_binary_indicator_var e241_ 7.125139810483965
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e244_ -7.125139810483965
 relu_1_3_1_on_binary_indicator_var e245_ 14.25027962096793
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e247_ 7.125139810483965
 relu_1_3_1_off_binary_indicator_var e248_ 7.125139810483965
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e251_ -4.450495978270242
 relu_1_4_0_on_binary_indicator_var e252_ 8.900991956540484
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e254_ 4.450495978270242
 relu_1_4_0_off_binary_indicator_var e255_ 4.450495978270242
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e258_ -4.450495978270242
 relu_1_4_1_on_binary_indicator_var e259_ 8.900991956540484
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e261_ 4.450495978270242
 relu_1_4_1_off_binary_indicator_var e262_ 4.450495978270242
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e265_ -6.293958645941272
 relu_1_5_0_on_binary_indicator_var e266_ 12.587917291882544
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e268_ 6.293958645941272
 relu_1_5_0_off_binary_indicator_var e269_ 6.293958645941272
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e272_ -6.293958645941272
 relu_1_5_1_on_binary_indicator_var e273_ 12.587917291882544
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e275_ 6.293958645941272
 relu_1_5_1_off_binary_indicator_var e276_ 6.293958645941272
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e279_ -6.278046829164398
 relu_1_6_0_on_binary_indicator_var e280_ 12.556093658328797
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e282_ 6.278046829164398
 relu_1_6_0_off_binary_indicator_var e283_ 6.278046829164398
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e286_ -6.278046829164398
 relu_1_6_1_on_binary_indicator_var e287_ 12.556093658328797
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e289_ 6.278046829164398
 relu_1_6_1_off_binary_indicator_var e290_ 6.278046829164398
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e293_ -4.575447738333024
 relu_1_7_0_on_binary_indicator_var e294_ 9.150895476666047
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e296_ 4.575447738333024
 relu_1_7_0_off_binary_indicator_var e297_ 4.575447738333024
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e300_ -4.575447738333024
 relu_1_7_1_on_binary_indicator_var e301_ 9.150895476666047
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e303_ 4.575447738333024
 relu_1_7_1_off_binary_indicator_var e304_ 4.575447738333024
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e307_ -6.681194289163965
 relu_1_8_0_on_binary_indicator_var e308_ 13.36238857832793
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e310_ 6.681194289163965
 relu_1_8_0_off_binary_indicator_var e311_ 6.681194289163965
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e314_ -6.681194289163965
 relu_1_8_1_on_binary_indicator_var e315_ 13.36238857832793
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e317_ 6.681194289163965
 relu_1_8_1_off_binary_indicator_var e318_ 6.681194289163965
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e321_ -6.998263939541548
 relu_1_9_0_on_binary_indicator_var e322_ 13.996527879083096
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e324_ 6.998263939541548
 relu_1_9_0_off_binary_indicator_var e325_ 6.998263939541548
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e328_ -6.998263939541548
 relu_1_9_1_on_binary_indicator_var e329_ 13.996527879083096
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e331_ 6.998263939541548
 relu_1_9_1_off_binary_indicator_var e332_ 6.998263939541548
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e335_ -5.033436041032538
 relu_1_10_0_on_binary_indicator_var e336_ 10.066872082065077
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e338_ 5.033436041032538
 relu_1_10_0_off_binary_indicator_var e339_ 5.033436041032538
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e342_ -5.033436041032538
 relu_1_10_1_on_binary_indicator_var e343_ 10.066872082065077
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e345_ 5.033436041032538
 relu_1_10_1_off_binary_indicator_var e346_ 5.033436041032538
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e349_ -5.85589242599091
 relu_1_11_0_on_binary_indicator_var e350_ 11.71178485198182
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e352_ 5.85589242599091
 relu_1_11_0_off_binary_indicator_var e353_ 5.85589242599091
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e356_ -5.85589242599091
 relu_1_11_1_on_binary_indicator_var e357_ 11.71178485198182
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e359_ 5.85589242599091
 relu_1_11_1_off_binary_indicator_var e360_ 5.85589242599091
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e363_ -4.481055976018846
 relu_1_12_0_on_binary_indicator_var e364_ 8.962111952037692
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e366_ 4.481055976018846
 relu_1_12_0_off_binary_indicator_var e367_ 4.481055976018846
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e370_ -4.481055976018846
 relu_1_12_1_on_binary_indicator_var e371_ 8.962111952037692
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e373_ 4.481055976018846
 relu_1_12_1_off_binary_indicator_var e374_ 4.481055976018846
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e377_ -4.223536593655531
 relu_1_13_0_on_binary_indicator_var e378_ 8.447073187311062
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e380_ 4.223536593655531
 relu_1_13_0_off_binary_indicator_var e381_ 4.223536593655531
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e384_ -4.223536593655531
 relu_1_13_1_on_binary_indicator_var e385_ 8.447073187311062
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e387_ 4.223536593655531
 relu_1_13_1_off_binary_indicator_var e388_ 4.223536593655531
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e391_ -7.9411881018315
 relu_1_14_0_on_binary_indicator_var e392_ 15.882376203663
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e394_ 7.9411881018315
 relu_1_14_0_off_binary_indicator_var e395_ 7.9411881018315
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e398_ -7.9411881018315
 relu_1_14_1_on_binary_indicator_var e399_ 15.882376203663
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e401_ 7.9411881018315
 relu_1_14_1_off_binary_indicator_var e402_ 7.9411881018315
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e405_ -4.282407804124144
 relu_1_15_0_on_binary_indicator_var e406_ 8.564815608248288
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e408_ 4.282407804124144
 relu_1_15_0_off_binary_indicator_var e409_ 4.282407804124144
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e412_ -4.282407804124144
 relu_1_15_1_on_binary_indicator_var e413_ 8.564815608248288
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e415_ 4.282407804124144
 relu_1_15_1_off_binary_indicator_var e416_ 4.282407804124144
 relu_1_16_0_on_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_on_binary_indicator_var e419_ -4.634583834742528
 relu_1_16_0_on_binary_indicator_var e420_ 9.269167669485055
 relu_1_16_0_off_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_off_binary_indicator_var e422_ 4.634583834742528
 relu_1_16_0_off_binary_indicator_var e423_ 4.634583834742528
 relu_1_16_1_on_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_on_binary_indicator_var e426_ -4.634583834742528
 relu_1_16_1_on_binary_indicator_var e427_ 9.269167669485055
 relu_1_16_1_off_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_off_binary_indicator_var e429_ 4.634583834742528
 relu_1_16_1_off_binary_indicator_var e430_ 4.634583834742528
 relu_1_17_0_on_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_on_binary_indicator_var e433_ -4.622818643788233
 relu_1_17_0_on_binary_indicator_var e434_ 9.245637287576466
 relu_1_17_0_off_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_off_binary_indicator_var e436_ 4.622818643788233
 relu_1_17_0_off_binary_indicator_var e437_ 4.622818643788233
 relu_1_17_1_on_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_on_binary_indicator_var e440_ -4.622818643788233
 relu_1_17_1_on_binary_indicator_var e441_ 9.245637287576466
 relu_1_17_1_off_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_off_binary_indicator_var e443_ 4.622818643788233
 relu_1_17_1_off_binary_indicator_var e444_ 4.622818643788233
 relu_1_18_0_on_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_on_binary_indicator_var e447_ -6.978700550828476
 relu_1_18_0_on_binary_indicator_var e448_ 13.957401101656952
 relu_1_18_0_off_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_off_binary_indicator_var e450_ 6.978700550828476
 relu_1_18_0_off_binary_indicator_var e451_ 6.978700550828476
 relu_1_18_1_on_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_on_binary_indicator_var e454_ -6.978700550828476
 relu_1_18_1_on_binary_indicator_var e455_ 13.957401101656952
 relu_1_18_1_off_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_off_binary_indicator_var e457_ 6.978700550828476
 relu_1_18_1_off_binary_indicator_var e458_ 6.978700550828476
 relu_1_19_0_on_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_on_binary_indicator_var e461_ -6.235030806621945
 relu_1_19_0_on_binary_indicator_var e462_ 12.47006161324389
 relu_1_19_0_off_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_off_binary_indicator_var e464_ 6.235030806621945
 relu_1_19_0_off_binary_indicator_var e465_ 6.235030806621945
 relu_1_19_1_on_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_on_binary_indicator_var e468_ -6.235030806621945
 relu_1_19_1_on_binary_indicator_var e469_ 12.47006161324389
 relu_1_19_1_off_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_off_binary_indicator_var e471_ 6.235030806621945
 relu_1_19_1_off_binary_indicator_var e472_ 6.235030806621945
 relu_1_20_0_on_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_on_binary_indicator_var e475_ -6.718454730852487
 relu_1_20_0_on_binary_indicator_var e476_ 13.436909461704975
 relu_1_20_0_off_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_off_binary_indicator_var e478_ 6.718454730852487
 relu_1_20_0_off_binary_indicator_var e479_ 6.718454730852487
 relu_1_20_1_on_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_on_binary_indicator_var e482_ -6.718454730852487
 relu_1_20_1_on_binary_indicator_var e483_ 13.436909461704975
 relu_1_20_1_off_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_off_binary_indicator_var e485_ 6.718454730852487
 relu_1_20_1_off_binary_indicator_var e486_ 6.718454730852487
 relu_1_21_0_on_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_on_binary_indicator_var e489_ -6.8226887269065095
 relu_1_21_0_on_binary_indicator_var e490_ 13.645377453813019
 relu_1_21_0_off_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_off_binary_indicator_var e492_ 6.8226887269065095
 relu_1_21_0_off_binary_indicator_var e493_ 6.8226887269065095
 relu_1_21_1_on_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_on_binary_indicator_var e496_ -6.8226887269065095
 relu_1_21_1_on_binary_indicator_var e497_ 13.645377453813019
 relu_1_21_1_off_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_off_binary_indicator_var e499_ 6.8226887269065095
 relu_1_21_1_off_binary_indicator_var e500_ 6.8226887269065095
 relu_1_22_0_on_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_on_binary_indicator_var e503_ -6.631889427894872
 relu_1_22_0_on_binary_indicator_var e504_ 13.263778855789743
 relu_1_22_0_off_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_off_binary_indicator_var e506_ 6.631889427894872
 relu_1_22_0_off_binary_indicator_var e507_ 6.631889427894872
 relu_1_22_1_on_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_on_binary_indicator_var e510_ -6.631889427894872
 relu_1_22_1_on_binary_indicator_var e511_ 13.263778855789743
 relu_1_22_1_off_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_off_binary_indicator_var e513_ 6.631889427894872
 relu_1_22_1_off_binary_indicator_var e514_ 6.631889427894872
 relu_1_23_0_on_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_on_binary_indicator_var e517_ -5.396286998735244
 relu_1_23_0_on_binary_indicator_var e518_ 10.792573997470488
 relu_1_23_0_off_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_off_binary_indicator_var e520_ 5.396286998735244
 relu_1_23_0_off_binary_indicator_var e521_ 5.396286998735244
 relu_1_23_1_on_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_on_binary_indicator_var e524_ -5.396286998735244
 relu_1_23_1_on_binary_indicator_var e525_ 10.792573997470488
 relu_1_23_1_off_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_off_binary_indicator_var e527_ 5.396286998735244
 relu_1_23_1_off_binary_indicator_var e528_ 5.396286998735244
 relu_1_24_0_on_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_on_binary_indicator_var e531_ -6.394092367761281
 relu_1_24_0_on_binary_indicator_var e532_ 12.788184735522561
 relu_1_24_0_off_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_off_binary_indicator_var e534_ 6.394092367761281
 relu_1_24_0_off_binary_indicator_var e535_ 6.394092367761281
 relu_1_24_1_on_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_on_binary_indicator_var e538_ -6.394092367761281
 relu_1_24_1_on_binary_indicator_var e539_ 12.788184735522561
 relu_1_24_1_off_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_off_binary_indicator_var e541_ 6.394092367761281
 relu_1_24_1_off_binary_indicator_var e542_ 6.394092367761281
 relu_1_25_0_on_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_on_binary_indicator_var e545_ -6.260561154684373
 relu_1_25_0_on_binary_indicator_var e546_ 12.521122309368746
 relu_1_25_0_off_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_off_binary_indicator_var e548_ 6.260561154684373
 relu_1_25_0_off_binary_indicator_var e549_ 6.260561154684373
 relu_1_25_1_on_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_on_binary_indicator_var e552_ -6.260561154684373
 relu_1_25_1_on_binary_indicator_var e553_ 12.521122309368746
 relu_1_25_1_off_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_off_binary_indicator_var e555_ 6.260561154684373
 relu_1_25_1_off_binary_indicator_var e556_ 6.260561154684373
 relu_1_26_0_on_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_on_binary_indicator_var e559_ -7.264403459229737
 relu_1_26_0_on_binary_indicator_var e560_ 14.528806918459473
 relu_1_26_0_off_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_off_binary_indicator_var e562_ 7.264403459229737
 relu_1_26_0_off_binary_indicator_var e563_ 7.264403459229737
 relu_1_26_1_on_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_on_binary_indicator_var e566_ -7.264403459229737
 relu_1_26_1_on_binary_indicator_var e567_ 14.528806918459473
 relu_1_26_1_off_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_off_binary_indicator_var e569_ 7.264403459229737
 relu_1_26_1_off_binary_indicator_var e570_ 7.264403459229737
 relu_1_27_0_on_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_on_binary_indicator_var e573_ -4.689817519007568
 relu_1_27_0_on_binary_indicator_var e574_ 9.379635038015136
 relu_1_27_0_off_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_off_binary_indicator_var e576_ 4.689817519007568
 relu_1_27_0_off_binary_indicator_var e577_ 4.689817519007568
 relu_1_27_1_on_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_on_binary_indicator_var e580_ -4.689817519007568
 relu_1_27_1_on_binary_indicator_var e581_ 9.379635038015136
 relu_1_27_1_off_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_off_binary_indicator_var e583_ 4.689817519007568
 relu_1_27_1_off_binary_indicator_var e584_ 4.689817519007568
 relu_1_28_0_on_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_on_binary_indicator_var e587_ -5.834876603928876
 relu_1_28_0_on_binary_indicator_var e588_ 11.669753207857752
 relu_1_28_0_off_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_off_binary_indicator_var e590_ 5.834876603928876
 relu_1_28_0_off_binary_indicator_var e591_ 5.834876603928876
 relu_1_28_1_on_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_on_binary_indicator_var e594_ -5.834876603928876
 relu_1_28_1_on_binary_indicator_var e595_ 11.669753207857752
 relu_1_28_1_off_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_off_binary_indicator_var e597_ 5.834876603928876
 relu_1_28_1_off_binary_indicator_var e598_ 5.834876603928876
 relu_1_29_0_on_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_on_binary_indicator_var e601_ -6.462017653570015
 relu_1_29_0_on_binary_indicator_var e602_ 12.92403530714003
 relu_1_29_0_off_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_off_binary_indicator_var e604_ 6.462017653570015
 relu_1_29_0_off_binary_indicator_var e605_ 6.462017653570015
 relu_1_29_1_on_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_on_binary_indicator_var e608_ -6.462017653570015
 relu_1_29_1_on_binary_indicator_var e609_ 12.92403530714003
 relu_1_29_1_off_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_off_binary_indicator_var e611_ 6.462017653570015
 relu_1_29_1_off_binary_indicator_var e612_ 6.462017653570015
 relu_1_30_0_on_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_on_binary_indicator_var e615_ -6.141677231816878
 relu_1_30_0_on_binary_indicator_var e616_ 12.283354463633756
 relu_1_30_0_off_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_off_binary_indicator_var e618_ 6.141677231816878
 relu_1_30_0_off_binary_indicator_var e619_ 6.141677231816878
 relu_1_30_1_on_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_on_binary_indicator_var e622_ -6.141677231816878
 relu_1_30_1_on_binary_indicator_var e623_ 12.283354463633756
 relu_1_30_1_off_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_off_binary_indicator_var e625_ 6.141677231816878
 relu_1_30_1_off_binary_indicator_var e626_ 6.141677231816878
 relu_1_31_0_on_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_on_binary_indicator_var e629_ -5.920664390112501
 relu_1_31_0_on_binary_indicator_var e630_ 11.841328780225002
 relu_1_31_0_off_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_off_binary_indicator_var e632_ 5.920664390112501
 relu_1_31_0_off_binary_indicator_var e633_ 5.920664390112501
 relu_1_31_1_on_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_on_binary_indicator_var e636_ -5.920664390112501
 relu_1_31_1_on_binary_indicator_var e637_ 11.841328780225002
 relu_1_31_1_off_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_off_binary_indicator_var e639_ 5.920664390112501
 relu_1_31_1_off_binary_indicator_var e640_ 5.920664390112501
 relu_1_32_0_on_binary_indicator_var relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_0_on_binary_indicator_var e643_ -5.728168080018541
 relu_1_32_0_on_binary_indicator_var e644_ 11.456336160037083
 relu_1_32_0_off_binary_indicator_var relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_0_off_binary_indicator_var e646_ 5.728168080018541
 relu_1_32_0_off_binary_indicator_var e647_ 5.728168080018541
 relu_1_32_1_on_binary_indicator_var relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_1_on_binary_indicator_var e650_ -5.728168080018541
 relu_1_32_1_on_binary_indicator_var e651_ 11.456336160037083
 relu_1_32_1_off_binary_indicator_var relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_32_1_off_binary_indicator_var e653_ 5.728168080018541
 relu_1_32_1_off_binary_indicator_var e654_ 5.728168080018541
 relu_1_33_0_on_binary_indicator_var relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_0_on_binary_indicator_var e657_ -4.169908962997813
 relu_1_33_0_on_binary_indicator_var e658_ 8.339817925995627
 relu_1_33_0_off_binary_indicator_var relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_0_off_binary_indicator_var e660_ 4.169908962997813
 relu_1_33_0_off_binary_indicator_var e661_ 4.169908962997813
 relu_1_33_1_on_binary_indicator_var relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_1_on_binary_indicator_var e664_ -4.169908962997813
 relu_1_33_1_on_binary_indicator_var e665_ 8.339817925995627
 relu_1_33_1_off_binary_indicator_var relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_33_1_off_binary_indicator_var e667_ 4.169908962997813
 relu_1_33_1_off_binary_indicator_var e668_ 4.169908962997813
 relu_1_34_0_on_binary_indicator_var relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_0_on_binary_indicator_var e671_ -8.664241081038536
 relu_1_34_0_on_binary_indicator_var e672_ 17.328482162077073
 relu_1_34_0_off_binary_indicator_var relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_0_off_binary_indicator_var e674_ 8.664241081038536
 relu_1_34_0_off_binary_indicator_var e675_ 8.664241081038536
 relu_1_34_1_on_binary_indicator_var relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_1_on_binary_indicator_var e678_ -8.664241081038536
 relu_1_34_1_on_binary_indicator_var e679_ 17.328482162077073
 relu_1_34_1_off_binary_indicator_var relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_34_1_off_binary_indicator_var e681_ 8.664241081038536
 relu_1_34_1_off_binary_indicator_var e682_ 8.664241081038536
 relu_1_35_0_on_binary_indicator_var relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_0_on_binary_indicator_var e685_ -4.786102235995172
 relu_1_35_0_on_binary_indicator_var e686_ 9.572204471990345
 relu_1_35_0_off_binary_indicator_var relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_0_off_binary_indicator_var e688_ 4.786102235995172
 relu_1_35_0_off_binary_indicator_var e689_ 4.786102235995172
 relu_1_35_1_on_binary_indicator_var relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_1_on_binary_indicator_var e692_ -4.786102235995172
 relu_1_35_1_on_binary_indicator_var e693_ 9.572204471990345
 relu_1_35_1_off_binary_indicator_var relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_35_1_off_binary_indicator_var e695_ 4.786102235995172
 relu_1_35_1_off_binary_indicator_var e696_ 4.786102235995172
 relu_1_36_0_on_binary_indicator_var relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_0_on_binary_indicator_var e699_ -3.1913367882549086
 relu_1_36_0_on_binary_indicator_var e700_ 6.382673576509817
 relu_1_36_0_off_binary_indicator_var relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_0_off_binary_indicator_var e702_ 3.1913367882549086
 relu_1_36_0_off_binary_indicator_var e703_ 3.1913367882549086
 relu_1_36_1_on_binary_indicator_var relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_1_on_binary_indicator_var e706_ -3.1913367882549086
 relu_1_36_1_on_binary_indicator_var e707_ 6.382673576509817
 relu_1_36_1_off_binary_indicator_var relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_36_1_off_binary_indicator_var e709_ 3.1913367882549086
 relu_1_36_1_off_binary_indicator_var e710_ 3.1913367882549086
 relu_1_37_0_on_binary_indicator_var relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_0_on_binary_indicator_var e713_ -5.22677910814882
 relu_1_37_0_on_binary_indicator_var e714_ 10.45355821629764
 relu_1_37_0_off_binary_indicator_var relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_0_off_binary_indicator_var e716_ 5.22677910814882
 relu_1_37_0_off_binary_indicator_var e717_ 5.22677910814882
 relu_1_37_1_on_binary_indicator_var relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_1_on_binary_indicator_var e720_ -5.22677910814882
 relu_1_37_1_on_binary_indicator_var e721_ 10.45355821629764
 relu_1_37_1_off_binary_indicator_var relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_37_1_off_binary_indicator_var e723_ 5.22677910814882
 relu_1_37_1_off_binary_indicator_var e724_ 5.22677910814882
 relu_1_38_0_on_binary_indicator_var relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_0_on_binary_indicator_var e727_ -5.673758698670875
 relu_1_38_0_on_binary_indicator_var e728_ 11.34751739734175
 relu_1_38_0_off_binary_indicator_var relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_0_off_binary_indicator_var e730_ 5.673758698670875
 relu_1_38_0_off_binary_indicator_var e731_ 5.673758698670875
 relu_1_38_1_on_binary_indicator_var relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_1_on_binary_indicator_var e734_ -5.673758698670875
 relu_1_38_1_on_binary_indicator_var e735_ 11.34751739734175
 relu_1_38_1_off_binary_indicator_var relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_38_1_off_binary_indicator_var e737_ 5.673758698670875
 relu_1_38_1_off_binary_indicator_var e738_ 5.673758698670875
 relu_1_39_0_on_binary_indicator_var relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_0_on_binary_indicator_var e741_ -7.902762319994838
 relu_1_39_0_on_binary_indicator_var e742_ 15.805524639989676
 relu_1_39_0_off_binary_indicator_var relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_0_off_binary_indicator_var e744_ 7.902762319994838
 relu_1_39_0_off_binary_indicator_var e745_ 7.902762319994838
 relu_1_39_1_on_binary_indicator_var relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_1_on_binary_indicator_var e748_ -7.902762319994838
 relu_1_39_1_on_binary_indicator_var e749_ 15.805524639989676
 relu_1_39_1_off_binary_indicator_var relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_39_1_off_binary_indicator_var e751_ 7.902762319994838
 relu_1_39_1_off_binary_indicator_var e752_ 7.902762319994838
 relu_1_40_0_on_binary_indicator_var relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_0_on_binary_indicator_var e755_ -6.938634274205215
 relu_1_40_0_on_binary_indicator_var e756_ 13.87726854841043
 relu_1_40_0_off_binary_indicator_var relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_0_off_binary_indicator_var e758_ 6.938634274205215
 relu_1_40_0_off_binary_indicator_var e759_ 6.938634274205215
 relu_1_40_1_on_binary_indicator_var relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_1_on_binary_indicator_var e762_ -6.938634274205215
 relu_1_40_1_on_binary_indicator_var e763_ 13.87726854841043
 relu_1_40_1_off_binary_indicator_var relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_40_1_off_binary_indicator_var e765_ 6.938634274205215
 relu_1_40_1_off_binary_indicator_var e766_ 6.938634274205215
 relu_1_41_0_on_binary_indicator_var relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_0_on_binary_indicator_var e769_ -8.719319309755662
 relu_1_41_0_on_binary_indicator_var e770_ 17.438638619511323
 relu_1_41_0_off_binary_indicator_var relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_0_off_binary_indicator_var e772_ 8.719319309755662
 relu_1_41_0_off_binary_indicator_var e773_ 8.719319309755662
 relu_1_41_1_on_binary_indicator_var relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_1_on_binary_indicator_var e776_ -8.719319309755662
 relu_1_41_1_on_binary_indicator_var e777_ 17.438638619511323
 relu_1_41_1_off_binary_indicator_var relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_41_1_off_binary_indicator_var e779_ 8.719319309755662
 relu_1_41_1_off_binary_indicator_var e780_ 8.719319309755662
 relu_1_42_0_on_binary_indicator_var relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_0_on_binary_indicator_var e783_ -8.069010781871519
 relu_1_42_0_on_binary_indicator_var e784_ 16.138021563743038
 relu_1_42_0_off_binary_indicator_var relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_0_off_binary_indicator_var e786_ 8.069010781871519
 relu_1_42_0_off_binary_indicator_var e787_ 8.069010781871519
 relu_1_42_1_on_binary_indicator_var relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_1_on_binary_indicator_var e790_ -8.069010781871519
 relu_1_42_1_on_binary_indicator_var e791_ 16.138021563743038
 relu_1_42_1_off_binary_indicator_var relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_42_1_off_binary_indicator_var e793_ 8.069010781871519
 relu_1_42_1_off_binary_indicator_var e794_ 8.069010781871519
 relu_1_43_0_on_binary_indicator_var relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_0_on_binary_indicator_var e797_ -7.8506770042707945
 relu_1_43_0_on_binary_indicator_var e798_ 15.701354008541589
 relu_1_43_0_off_binary_indicator_var relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_0_off_binary_indicator_var e800_ 7.8506770042707945
 relu_1_43_0_off_binary_indicator_var e801_ 7.8506770042707945
 relu_1_43_1_on_binary_indicator_var relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_1_on_binary_indicator_var e804_ -7.8506770042707945
 relu_1_43_1_on_binary_indicator_var e805_ 15.701354008541589
 relu_1_43_1_off_binary_indicator_var relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_43_1_off_binary_indicator_var e807_ 7.8506770042707945
 relu_1_43_1_off_binary_indicator_var e808_ 7.8506770042707945
 relu_1_44_0_on_binary_indicator_var relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_0_on_binary_indicator_var e811_ -8.175386217260854
 relu_1_44_0_on_binary_indicator_var e812_ 16.35077243452171
 relu_1_44_0_off_binary_indicator_var relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_0_off_binary_indicator_var e814_ 8.175386217260854
 relu_1_44_0_off_binary_indicator_var e815_ 8.175386217260854
 relu_1_44_1_on_binary_indicator_var relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_1_on_binary_indicator_var e818_ -8.175386217260854
 relu_1_44_1_on_binary_indicator_var e819_ 16.35077243452171
 relu_1_44_1_off_binary_indicator_var relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_44_1_off_binary_indicator_var e821_ 8.175386217260854
 relu_1_44_1_off_binary_indicator_var e822_ 8.175386217260854
 relu_1_45_0_on_binary_indicator_var relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_0_on_binary_indicator_var e825_ -5.054315422411429
 relu_1_45_0_on_binary_indicator_var e826_ 10.108630844822859
 relu_1_45_0_off_binary_indicator_var relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_0_off_binary_indicator_var e828_ 5.054315422411429
 relu_1_45_0_off_binary_indicator_var e829_ 5.054315422411429
 relu_1_45_1_on_binary_indicator_var relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_1_on_binary_indicator_var e832_ -5.054315422411429
 relu_1_45_1_on_binary_indicator_var e833_ 10.108630844822859
 relu_1_45_1_off_binary_indicator_var relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_45_1_off_binary_indicator_var e835_ 5.054315422411429
 relu_1_45_1_off_binary_indicator_var e836_ 5.054315422411429
 relu_1_46_0_on_binary_indicator_var relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_0_on_binary_indicator_var e839_ -6.417045954474024
 relu_1_46_0_on_binary_indicator_var e840_ 12.834091908948048
 relu_1_46_0_off_binary_indicator_var relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_0_off_binary_indicator_var e842_ 6.417045954474024
 relu_1_46_0_off_binary_indicator_var e843_ 6.417045954474024
 relu_1_46_1_on_binary_indicator_var relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_1_on_binary_indicator_var e846_ -6.417045954474024
 relu_1_46_1_on_binary_indicator_var e847_ 12.834091908948048
 relu_1_46_1_off_binary_indicator_var relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_46_1_off_binary_indicator_var e849_ 6.417045954474024
 relu_1_46_1_off_binary_indicator_var e850_ 6.417045954474024
 relu_1_47_0_on_binary_indicator_var relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_0_on_binary_indicator_var e853_ -6.944399324947062
 relu_1_47_0_on_binary_indicator_var e854_ 13.888798649894124
 relu_1_47_0_off_binary_indicator_var relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_0_off_binary_indicator_var e856_ 6.944399324947062
 relu_1_47_0_off_binary_indicator_var e857_ 6.944399324947062
 relu_1_47_1_on_binary_indicator_var relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_1_on_binary_indicator_var e860_ -6.944399324947062
 relu_1_47_1_on_binary_indicator_var e861_ 13.888798649894124
 relu_1_47_1_off_binary_indicator_var relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_47_1_off_binary_indicator_var e863_ 6.944399324947062
 relu_1_47_1_off_binary_indicator_var e864_ 6.944399324947062
 relu_1_48_0_on_binary_indicator_var relu_1_48_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_48_0_on_binary_indicator_var e867_ -3.5770894718859325
 relu_1_48_0_on_binary_indicator_var e868_ 7.154178943771865
 relu_1_48_0_off_binary_indicator_var relu_1_48_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_48_0_off_binary_indicator_var e870_ 3.5770894718859325
 relu_1_48_0_off_binary_indicator_var e871_ 3.5770894718859325
 relu_1_48_1_on_binary_indicator_var relu_1_48_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_48_1_on_binary_indicator_var e874_ -3.5770894718859325
 relu_1_48_1_on_binary_indicator_var e875_ 7.154178943771865
 relu_1_48_1_off_binary_indicator_var relu_1_48_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_48_1_off_binary_indicator_var e877_ 3.5770894718859325
 relu_1_48_1_off_binary_indicator_var e878_ 3.5770894718859325
 relu_1_49_0_on_binary_indicator_var relu_1_49_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_49_0_on_binary_indicator_var e881_ -8.343039628756323
 relu_1_49_0_on_binary_indicator_var e882_ 16.686079257512645
 relu_1_49_0_off_binary_indicator_var relu_1_49_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_49_0_off_binary_indicator_var e884_ 8.343039628756323
 relu_1_49_0_off_binary_indicator_var e885_ 8.343039628756323
 relu_1_49_1_on_binary_indicator_var relu_1_49_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_49_1_on_binary_indicator_var e888_ -8.343039628756323
 relu_1_49_1_on_binary_indicator_var e889_ 16.686079257512645
 relu_1_49_1_off_binary_indicator_var relu_1_49_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_49_1_off_binary_indicator_var e891_ 8.343039628756323
 relu_1_49_1_off_binary_indicator_var e892_ 8.343039628756323
 relu_1_50_0_on_binary_indicator_var relu_1_50_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_50_0_on_binary_indicator_var e895_ -5.078276655633345
 relu_1_50_0_on_binary_indicator_var e896_ 10.15655331126669
 relu_1_50_0_off_binary_indicator_var relu_1_50_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_50_0_off_binary_indicator_var e898_ 5.078276655633345
 relu_1_50_0_off_binary_indicator_var e899_ 5.078276655633345
 relu_1_50_1_on_binary_indicator_var relu_1_50_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_50_1_on_binary_indicator_var e902_ -5.078276655633345
 relu_1_50_1_on_binary_indicator_var e903_ 10.15655331126669
 relu_1_50_1_off_binary_indicator_var relu_1_50_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_50_1_off_binary_indicator_var e905_ 5.078276655633345
 relu_1_50_1_off_binary_indicator_var e906_ 5.078276655633345
 relu_1_51_0_on_binary_indicator_var relu_1_51_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_51_0_on_binary_indicator_var e909_ -7.145126446279315
 relu_1_51_0_on_binary_indicator_var e910_ 14.29025289255863
 relu_1_51_0_off_binary_indicator_var relu_1_51_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_51_0_off_binary_indicator_var e912_ 7.145126446279315
 relu_1_51_0_off_binary_indicator_var e913_ 7.145126446279315
 relu_1_51_1_on_binary_indicator_var relu_1_51_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_51_1_on_binary_indicator_var e916_ -7.145126446279315
 relu_1_51_1_on_binary_indicator_var e917_ 14.29025289255863
 relu_1_51_1_off_binary_indicator_var relu_1_51_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_51_1_off_binary_indicator_var e919_ 7.145126446279315
 relu_1_51_1_off_binary_indicator_var e920_ 7.145126446279315
 relu_1_52_0_on_binary_indicator_var relu_1_52_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_52_0_on_binary_indicator_var e923_ -7.451755636997136
 relu_1_52_0_on_binary_indicator_var e924_ 14.903511273994273
 relu_1_52_0_off_binary_indicator_var relu_1_52_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_52_0_off_binary_indicator_var e926_ 7.451755636997136
 relu_1_52_0_off_binary_indicator_var e927_ 7.451755636997136
 relu_1_52_1_on_binary_indicator_var relu_1_52_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_52_1_on_binary_indicator_var e930_ -7.451755636997136
 relu_1_52_1_on_binary_indicator_var e931_ 14.903511273994273
 relu_1_52_1_off_binary_indicator_var relu_1_52_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_52_1_off_binary_indicator_var e933_ 7.451755636997136
 relu_1_52_1_off_binary_indicator_var e934_ 7.451755636997136
 relu_1_53_0_on_binary_indicator_var relu_1_53_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_53_0_on_binary_indicator_var e937_ -5.651177664354505
 relu_1_53_0_on_binary_indicator_var e938_ 11.30235532870901
 relu_1_53_0_off_binary_indicator_var relu_1_53_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_53_0_off_binary_indicator_var e940_ 5.651177664354505
 relu_1_53_0_off_binary_indicator_var e941_ 5.651177664354505
 relu_1_53_1_on_binary_indicator_var relu_1_53_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_53_1_on_binary_indicator_var e944_ -5.651177664354505
 relu_1_53_1_on_binary_indicator_var e945_ 11.30235532870901
 relu_1_53_1_off_binary_indicator_var relu_1_53_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_53_1_off_binary_indicator_var e947_ 5.651177664354505
 relu_1_53_1_off_binary_indicator_var e948_ 5.651177664354505
 relu_1_54_0_on_binary_indicator_var relu_1_54_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_54_0_on_binary_indicator_var e951_ -7.651408697329851
 relu_1_54_0_on_binary_indicator_var e952_ 15.302817394659701
 relu_1_54_0_off_binary_indicator_var relu_1_54_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_54_0_off_binary_indicator_var e954_ 7.651408697329851
 relu_1_54_0_off_binary_indicator_var e955_ 7.651408697329851
 relu_1_54_1_on_binary_indicator_var relu_1_54_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_54_1_on_binary_indicator_var e958_ -7.651408697329851
 relu_1_54_1_on_binary_indicator_var e959_ 15.302817394659701
 relu_1_54_1_off_binary_indicator_var relu_1_54_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_54_1_off_binary_indicator_var e961_ 7.651408697329851
 relu_1_54_1_off_binary_indicator_var e962_ 7.651408697329851
 relu_1_55_0_on_binary_indicator_var relu_1_55_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_55_0_on_binary_indicator_var e965_ -6.53400007457264
 relu_1_55_0_on_binary_indicator_var e966_ 13.06800014914528
 relu_1_55_0_off_binary_indicator_var relu_1_55_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_55_0_off_binary_indicator_var e968_ 6.53400007457264
 relu_1_55_0_off_binary_indicator_var e969_ 6.53400007457264
 relu_1_55_1_on_binary_indicator_var relu_1_55_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_55_1_on_binary_indicator_var e972_ -6.53400007457264
 relu_1_55_1_on_binary_indicator_var e973_ 13.06800014914528
 relu_1_55_1_off_binary_indicator_var relu_1_55_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_55_1_off_binary_indicator_var e975_ 6.53400007457264
 relu_1_55_1_off_binary_indicator_var e976_ 6.53400007457264
 relu_1_56_0_on_binary_indicator_var relu_1_56_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_56_0_on_binary_indicator_var e979_ -6.214580093017421
 relu_1_56_0_on_binary_indicator_var e980_ 12.429160186034842
 relu_1_56_0_off_binary_indicator_var relu_1_56_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_56_0_off_binary_indicator_var e982_ 6.214580093017421
 relu_1_56_0_off_binary_indicator_var e983_ 6.214580093017421
 relu_1_56_1_on_binary_indicator_var relu_1_56_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_56_1_on_binary_indicator_var e986_ -6.214580093017421
 relu_1_56_1_on_binary_indicator_var e987_ 12.429160186034842
 relu_1_56_1_off_binary_indicator_var relu_1_56_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_56_1_off_binary_indicator_var e989_ 6.214580093017421
 relu_1_56_1_off_binary_indicator_var e990_ 6.214580093017421
 relu_1_57_0_on_binary_indicator_var relu_1_57_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_57_0_on_binary_indicator_var e993_ -4.820203494345149
 relu_1_57_0_on_binary_indicator_var e994_ 9.640406988690298
 relu_1_57_0_off_binary_indicator_var relu_1_57_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_57_0_off_binary_indicator_var e996_ 4.820203494345149
 relu_1_57_0_off_binary_indicator_var e997_ 4.820203494345149
 relu_1_57_1_on_binary_indicator_var relu_1_57_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_57_1_on_binary_indicator_var e1000_ -4.820203494345149
 relu_1_57_1_on_binary_indicator_var e1001_ 9.640406988690298
 relu_1_57_1_off_binary_indicator_var relu_1_57_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_57_1_off_binary_indicator_var e1003_ 4.820203494345149
 relu_1_57_1_off_binary_indicator_var e1004_ 4.820203494345149
 relu_1_58_0_on_binary_indicator_var relu_1_58_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_58_0_on_binary_indicator_var e1007_ -6.8786556393890095
 relu_1_58_0_on_binary_indicator_var e1008_ 13.757311278778019
 relu_1_58_0_off_binary_indicator_var relu_1_58_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_58_0_off_binary_indicator_var e1010_ 6.8786556393890095
 relu_1_58_0_off_binary_indicator_var e1011_ 6.8786556393890095
 relu_1_58_1_on_binary_indicator_var relu_1_58_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_58_1_on_binary_indicator_var e1014_ -6.8786556393890095
 relu_1_58_1_on_binary_indicator_var e1015_ 13.757311278778019
 relu_1_58_1_off_binary_indicator_var relu_1_58_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_58_1_off_binary_indicator_var e1017_ 6.8786556393890095
 relu_1_58_1_off_binary_indicator_var e1018_ 6.8786556393890095
 relu_1_59_0_on_binary_indicator_var relu_1_59_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_59_0_on_binary_indicator_var e1021_ -6.897455194484353
 relu_1_59_0_on_binary_indicator_var e1022_ 13.794910388968706
 relu_1_59_0_off_binary_indicator_var relu_1_59_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_59_0_off_binary_indicator_var e1024_ 6.897455194484353
 relu_1_59_0_off_binary_indicator_var e1025_ 6.897455194484353
 relu_1_59_1_on_binary_indicator_var relu_1_59_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_59_1_on_binary_indicator_var e1028_ -6.897455194484353
 relu_1_59_1_on_binary_indicator_var e1029_ 13.794910388968706
 relu_1_59_1_off_binary_indicator_var relu_1_59_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_59_1_off_binary_indicator_var e1031_ 6.897455194484353
 relu_1_59_1_off_binary_indicator_var e1032_ 6.897455194484353
 relu_1_60_0_on_binary_indicator_var relu_1_60_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_60_0_on_binary_indicator_var e1035_ -4.786753846830932
 relu_1_60_0_on_binary_indicator_var e1036_ 9.573507693661863
 relu_1_60_0_off_binary_indicator_var relu_1_60_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_60_0_off_binary_indicator_var e1038_ 4.786753846830932
 relu_1_60_0_off_binary_indicator_var e1039_ 4.786753846830932
 relu_1_60_1_on_binary_indicator_var relu_1_60_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_60_1_on_binary_indicator_var e1042_ -4.786753846830932
 relu_1_60_1_on_binary_indicator_var e1043_ 9.573507693661863
 relu_1_60_1_off_binary_indicator_var relu_1_60_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_60_1_off_binary_indicator_var e1045_ 4.786753846830932
 relu_1_60_1_off_binary_indicator_var e1046_ 4.786753846830932
 relu_1_61_0_on_binary_indicator_var relu_1_61_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_61_0_on_binary_indicator_var e1049_ -5.182807668516274
 relu_1_61_0_on_binary_indicator_var e1050_ 10.365615337032548
 relu_1_61_0_off_binary_indicator_var relu_1_61_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_61_0_off_binary_indicator_var e1052_ 5.182807668516274
 relu_1_61_0_off_binary_indicator_var e1053_ 5.182807668516274
 relu_1_61_1_on_binary_indicator_var relu_1_61_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_61_1_on_binary_indicator_var e1056_ -5.182807668516274
 relu_1_61_1_on_binary_indicator_var e1057_ 10.365615337032548
 relu_1_61_1_off_binary_indicator_var relu_1_61_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_61_1_off_binary_indicator_var e1059_ 5.182807668516274
 relu_1_61_1_off_binary_indicator_var e1060_ 5.182807668516274
 relu_1_62_0_on_binary_indicator_var relu_1_62_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_62_0_on_binary_indicator_var e1063_ -4.6323284254498525
 relu_1_62_0_on_binary_indicator_var e1064_ 9.264656850899705
 relu_1_62_0_off_binary_indicator_var relu_1_62_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_62_0_off_binary_indicator_var e1066_ 4.6323284254498525
 relu_1_62_0_off_binary_indicator_var e1067_ 4.6323284254498525
 relu_1_62_1_on_binary_indicator_var relu_1_62_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_62_1_on_binary_indicator_var e1070_ -4.6323284254498525
 relu_1_62_1_on_binary_indicator_var e1071_ 9.264656850899705
 relu_1_62_1_off_binary_indicator_var relu_1_62_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_62_1_off_binary_indicator_var e1073_ 4.6323284254498525
 relu_1_62_1_off_binary_indicator_var e1074_ 4.6323284254498525
 relu_1_63_0_on_binary_indicator_var relu_1_63_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_63_0_on_binary_indicator_var e1077_ -5.431347769740106
 relu_1_63_0_on_binary_indicator_var e1078_ 10.862695539480212
 relu_1_63_0_off_binary_indicator_var relu_1_63_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_63_0_off_binary_indicator_var e1080_ 5.431347769740106
 relu_1_63_0_off_binary_indicator_var e1081_ 5.431347769740106
 relu_1_63_1_on_binary_indicator_var relu_1_63_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_63_1_on_binary_indicator_var e1084_ -5.431347769740106
 relu_1_63_1_on_binary_indicator_var e1085_ 10.862695539480212
 relu_1_63_1_off_binary_indicator_var relu_1_63_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_63_1_off_binary_indicator_var e1087_ 5.431347769740106
 relu_1_63_1_off_binary_indicator_var e1088_ 5.431347769740106
 M585 'MARKER' 'INTEND'
RHS
 rhs obj -26.22642239898261
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e195_ -7.5055558674558025
 rhs e196_ 15.011111734911605
 rhs e198_ 7.5055558674558025
 rhs e199_ 7.5055558674558025
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e202_ -7.5055558674558025
 rhs e203_ 15.011111734911605
 rhs e205_ 7.5055558674558025
 rhs e206_ 7.5055558674558025
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e209_ -8.127994658504527
 rhs e210_ 16.255989317009053
 rhs e212_ 8.127994658504527
 rhs e213_ 8.127994658504527
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e216_ -8.127994658504527
 rhs e217_ 16.255989317009053
 rhs e219_ 8.127994658504527
 rhs e220_ 8.127994658504527
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e223_ -7.176419226746878
 rhs e224_ 14.352838453493757
 rhs e226_ 7.176419226746878
 rhs e227_ 7.176419226746878
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e230_ -7.176419226746878
 rhs e231_ 14.352838453493757
 rhs e233_ 7.176419226746878
 rhs e234_ 7.176419226746878
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e237_ -7.125139810483965
 rhs e238_ 14.25027962096793
 rhs e240_ 7.125139810483965
 rhs e241_ 7.125139810483965
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e244_ -7.125139810483965
 rhs e245_ 14.25027962096793
 rhs e247_ 7.125139810483965
 rhs e248_ 7.125139810483965
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e251_ -4.450495978270242
 rhs e252_ 8.900991956540484
 rhs e254_ 4.450495978270242
 rhs e255_ 4.450495978270242
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e258_ -4.450495978270242
 rhs e259_ 8.900991956540484
 rhs e261_ 4.450495978270242
 rhs e262_ 4.450495978270242
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e265_ -6.293958645941272
 rhs e266_ 12.587917291882544
 rhs e268_ 6.293958645941272
 rhs e269_ 6.293958645941272
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e272_ -6.293958645941272
 rhs e273_ 12.587917291882544
 rhs e275_ 6.293958645941272
 rhs e276_ 6.293958645941272
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e279_ -6.278046829164398
 rhs e280_ 12.556093658328797
 rhs e282_ 6.278046829164398
 rhs e283_ 6.278046829164398
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e286_ -6.278046829164398
 rhs e287_ 12.556093658328797
 rhs e289_ 6.278046829164398
 rhs e290_ 6.278046829164398
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e293_ -4.575447738333024
 rhs e294_ 9.150895476666047
 rhs e296_ 4.575447738333024
 rhs e297_ 4.575447738333024
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e300_ -4.575447738333024
 rhs e301_ 9.150895476666047
 rhs e303_ 4.575447738333024
 rhs e304_ 4.575447738333024
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e307_ -6.681194289163965
 rhs e308_ 13.36238857832793
 rhs e310_ 6.681194289163965
 rhs e311_ 6.681194289163965
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e314_ -6.681194289163965
 rhs e315_ 13.36238857832793
 rhs e317_ 6.681194289163965
 rhs e318_ 6.681194289163965
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e321_ -6.998263939541548
 rhs e322_ 13.996527879083096
 rhs e324_ 6.998263939541548
 rhs e325_ 6.998263939541548
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e328_ -6.998263939541548
 rhs e329_ 13.996527879083096
 rhs e331_ 6.998263939541548
 rhs e332_ 6.998263939541548
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e335_ -5.033436041032538
 rhs e336_ 10.066872082065077
 rhs e338_ 5.033436041032538
 rhs e339_ 5.033436041032538
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e342_ -5.033436041032538
 rhs e343_ 10.066872082065077
 rhs e345_ 5.033436041032538
 rhs e346_ 5.033436041032538
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e349_ -5.85589242599091
 rhs e350_ 11.71178485198182
 rhs e352_ 5.85589242599091
 rhs e353_ 5.85589242599091
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e356_ -5.85589242599091
 rhs e357_ 11.71178485198182
 rhs e359_ 5.85589242599091
 rhs e360_ 5.85589242599091
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e363_ -4.481055976018846
 rhs e364_ 8.962111952037692
 rhs e366_ 4.481055976018846
 rhs e367_ 4.481055976018846
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e370_ -4.481055976018846
 rhs e371_ 8.962111952037692
 rhs e373_ 4.481055976018846
 rhs e374_ 4.481055976018846
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e377_ -4.223536593655531
 rhs e378_ 8.447073187311062
 rhs e380_ 4.223536593655531
 rhs e381_ 4.223536593655531
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e384_ -4.223536593655531
 rhs e385_ 8.447073187311062
 rhs e387_ 4.223536593655531
 rhs e388_ 4.223536593655531
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e391_ -7.9411881018315
 rhs e392_ 15.882376203663
 rhs e394_ 7.9411881018315
 rhs e395_ 7.9411881018315
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e398_ -7.9411881018315
 rhs e399_ 15.882376203663
 rhs e401_ 7.9411881018315
 rhs e402_ 7.9411881018315
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e405_ -4.282407804124144
 rhs e406_ 8.564815608248288
 rhs e408_ 4.282407804124144
 rhs e409_ 4.282407804124144
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e412_ -4.282407804124144
 rhs e413_ 8.564815608248288
 rhs e415_ 4.282407804124144
 rhs e416_ 4.282407804124144
 rhs relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e419_ -4.634583834742528
 rhs e420_ 9.269167669485055
 rhs e422_ 4.634583834742528
 rhs e423_ 4.634583834742528
 rhs relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e426_ -4.634583834742528
 rhs e427_ 9.269167669485055
 rhs e429_ 4.634583834742528
 rhs e430_ 4.634583834742528
 rhs relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e433_ -4.622818643788233
 rhs e434_ 9.245637287576466
 rhs e436_ 4.622818643788233
 rhs e437_ 4.622818643788233
 rhs relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e440_ -4.622818643788233
 rhs e441_ 9.245637287576466
 rhs e443_ 4.622818643788233
 rhs e444_ 4.622818643788233
 rhs relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e447_ -6.978700550828476
 rhs e448_ 13.957401101656952
 rhs e450_ 6.978700550828476
 rhs e451_ 6.978700550828476
 rhs relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e454_ -6.978700550828476
 rhs e455_ 13.957401101656952
 rhs e457_ 6.978700550828476
 rhs e458_ 6.978700550828476
 rhs relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e461_ -6.235030806621945
 rhs e462_ 12.47006161324389
 rhs e464_ 6.235030806621945
 rhs e465_ 6.235030806621945
 rhs relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e468_ -6.235030806621945
 rhs e469_ 12.47006161324389
 rhs e471_ 6.235030806621945
 rhs e472_ 6.235030806621945
 rhs relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e475_ -6.718454730852487
 rhs e476_ 13.436909461704975
 rhs e478_ 6.718454730852487
 rhs e479_ 6.718454730852487
 rhs relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e482_ -6.718454730852487
 rhs e483_ 13.436909461704975
 rhs e485_ 6.718454730852487
 rhs e486_ 6.718454730852487
 rhs relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e489_ -6.8226887269065095
 rhs e490_ 13.645377453813019
 rhs e492_ 6.8226887269065095
 rhs e493_ 6.8226887269065095
 rhs relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e496_ -6.8226887269065095
 rhs e497_ 13.645377453813019
 rhs e499_ 6.8226887269065095
 rhs e500_ 6.8226887269065095
 rhs relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e503_ -6.631889427894872
 rhs e504_ 13.263778855789743
 rhs e506_ 6.631889427894872
 rhs e507_ 6.631889427894872
 rhs relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e510_ -6.631889427894872
 rhs e511_ 13.263778855789743
 rhs e513_ 6.631889427894872
 rhs e514_ 6.631889427894872
 rhs relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e517_ -5.396286998735244
 rhs e518_ 10.792573997470488
 rhs e520_ 5.396286998735244
 rhs e521_ 5.396286998735244
 rhs relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e524_ -5.396286998735244
 rhs e525_ 10.792573997470488
 rhs e527_ 5.396286998735244
 rhs e528_ 5.396286998735244
 rhs relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e531_ -6.394092367761281
 rhs e532_ 12.788184735522561
 rhs e534_ 6.394092367761281
 rhs e535_ 6.394092367761281
 rhs relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e538_ -6.394092367761281
 rhs e539_ 12.788184735522561
 rhs e541_ 6.394092367761281
 rhs e542_ 6.394092367761281
 rhs relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e545_ -6.260561154684373
 rhs e546_ 12.521122309368746
 rhs e548_ 6.260561154684373
 rhs e549_ 6.260561154684373
 rhs relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e552_ -6.260561154684373
 rhs e553_ 12.521122309368746
 rhs e555_ 6.260561154684373
 rhs e556_ 6.260561154684373
 rhs relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e559_ -7.264403459229737
 rhs e560_ 14.528806918459473
 rhs e562_ 7.264403459229737
 rhs e563_ 7.264403459229737
 rhs relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e566_ -7.264403459229737
 rhs e567_ 14.528806918459473
 rhs e569_ 7.264403459229737
 rhs e570_ 7.264403459229737
 rhs relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e573_ -4.689817519007568
 rhs e574_ 9.379635038015136
 rhs e576_ 4.689817519007568
 rhs e577_ 4.689817519007568
 rhs relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e580_ -4.689817519007568
 rhs e581_ 9.379635038015136
 rhs e583_ 4.689817519007568
 rhs e584_ 4.689817519007568
 rhs relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e587_ -5.834876603928876
 rhs e588_ 11.669753207857752
 rhs e590_ 5.834876603928876
 rhs e591_ 5.834876603928876
 rhs relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e594_ -5.834876603928876
 rhs e595_ 11.669753207857752
 rhs e597_ 5.834876603928876
 rhs e598_ 5.834876603928876
 rhs relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e601_ -6.462017653570015
 rhs e602_ 12.92403530714003
 rhs e604_ 6.462017653570015
 rhs e605_ 6.462017653570015
 rhs relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e608_ -6.462017653570015
 rhs e609_ 12.92403530714003
 rhs e611_ 6.462017653570015
 rhs e612_ 6.462017653570015
 rhs relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e615_ -6.141677231816878
 rhs e616_ 12.283354463633756
 rhs e618_ 6.141677231816878
 rhs e619_ 6.141677231816878
 rhs relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e622_ -6.141677231816878
 rhs e623_ 12.283354463633756
 rhs e625_ 6.141677231816878
 rhs e626_ 6.141677231816878
 rhs relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e629_ -5.920664390112501
 rhs e630_ 11.841328780225002
 rhs e632_ 5.920664390112501
 rhs e633_ 5.920664390112501
 rhs relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e636_ -5.920664390112501
 rhs e637_ 11.841328780225002
 rhs e639_ 5.920664390112501
 rhs e640_ 5.920664390112501
 rhs relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e643_ -5.728168080018541
 rhs e644_ 11.456336160037083
 rhs e646_ 5.728168080018541
 rhs e647_ 5.728168080018541
 rhs relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e650_ -5.728168080018541
 rhs e651_ 11.456336160037083
 rhs e653_ 5.728168080018541
 rhs e654_ 5.728168080018541
 rhs relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e657_ -4.169908962997813
 rhs e658_ 8.339817925995627
 rhs e660_ 4.169908962997813
 rhs e661_ 4.169908962997813
 rhs relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e664_ -4.169908962997813
 rhs e665_ 8.339817925995627
 rhs e667_ 4.169908962997813
 rhs e668_ 4.169908962997813
 rhs relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e671_ -8.664241081038536
 rhs e672_ 17.328482162077073
 rhs e674_ 8.664241081038536
 rhs e675_ 8.664241081038536
 rhs relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e678_ -8.664241081038536
 rhs e679_ 17.328482162077073
 rhs e681_ 8.664241081038536
 rhs e682_ 8.664241081038536
 rhs relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e685_ -4.786102235995172
 rhs e686_ 9.572204471990345
 rhs e688_ 4.786102235995172
 rhs e689_ 4.786102235995172
 rhs relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e692_ -4.786102235995172
 rhs e693_ 9.572204471990345
 rhs e695_ 4.786102235995172
 rhs e696_ 4.786102235995172
 rhs relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e699_ -3.1913367882549086
 rhs e700_ 6.382673576509817
 rhs e702_ 3.1913367882549086
 rhs e703_ 3.1913367882549086
 rhs relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e706_ -3.1913367882549086
 rhs e707_ 6.382673576509817
 rhs e709_ 3.1913367882549086
 rhs e710_ 3.1913367882549086
 rhs relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e713_ -5.22677910814882
 rhs e714_ 10.45355821629764
 rhs e716_ 5.22677910814882
 rhs e717_ 5.22677910814882
 rhs relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e720_ -5.22677910814882
 rhs e721_ 10.45355821629764
 rhs e723_ 5.22677910814882
 rhs e724_ 5.22677910814882
 rhs relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e727_ -5.673758698670875
 rhs e728_ 11.34751739734175
 rhs e730_ 5.673758698670875
 rhs e731_ 5.673758698670875
 rhs relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e734_ -5.673758698670875
 rhs e735_ 11.34751739734175
 rhs e737_ 5.673758698670875
 rhs e738_ 5.673758698670875
 rhs relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e741_ -7.902762319994838
 rhs e742_ 15.805524639989676
 rhs e744_ 7.902762319994838
 rhs e745_ 7.902762319994838
 rhs relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e748_ -7.902762319994838
 rhs e749_ 15.805524639989676
 rhs e751_ 7.902762319994838
 rhs e752_ 7.902762319994838
 rhs relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e755_ -6.938634274205215
 rhs e756_ 13.87726854841043
 rhs e758_ 6.938634274205215
 rhs e759_ 6.938634274205215
 rhs relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e762_ -6.938634274205215
 rhs e763_ 13.87726854841043
 rhs e765_ 6.938634274205215
 rhs e766_ 6.938634274205215
 rhs relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e769_ -8.719319309755662
 rhs e770_ 17.438638619511323
 rhs e772_ 8.719319309755662
 rhs e773_ 8.719319309755662
 rhs relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e776_ -8.719319309755662
 rhs e777_ 17.438638619511323
 rhs e779_ 8.719319309755662
 rhs e780_ 8.719319309755662
 rhs relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e783_ -8.069010781871519
 rhs e784_ 16.138021563743038
 rhs e786_ 8.069010781871519
 rhs e787_ 8.069010781871519
 rhs relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e790_ -8.069010781871519
 rhs e791_ 16.138021563743038
 rhs e793_ 8.069010781871519
 rhs e794_ 8.069010781871519
 rhs relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e797_ -7.8506770042707945
 rhs e798_ 15.701354008541589
 rhs e800_ 7.8506770042707945
 rhs e801_ 7.8506770042707945
 rhs relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e804_ -7.8506770042707945
 rhs e805_ 15.701354008541589
 rhs e807_ 7.8506770042707945
 rhs e808_ 7.8506770042707945
 rhs relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e811_ -8.175386217260854
 rhs e812_ 16.35077243452171
 rhs e814_ 8.175386217260854
 rhs e815_ 8.175386217260854
 rhs relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e818_ -8.175386217260854
 rhs e819_ 16.35077243452171
 rhs e821_ 8.175386217260854
 rhs e822_ 8.175386217260854
 rhs relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e825_ -5.054315422411429
 rhs e826_ 10.108630844822859
 rhs e828_ 5.054315422411429
 rhs e829_ 5.054315422411429
 rhs relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e832_ -5.054315422411429
 rhs e833_ 10.108630844822859
 rhs e835_ 5.054315422411429
 rhs e836_ 5.054315422411429
 rhs relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e839_ -6.417045954474024
 rhs e840_ 12.834091908948048
 rhs e842_ 6.417045954474024
 rhs e843_ 6.417045954474024
 rhs relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e846_ -6.417045954474024
 rhs e847_ 12.834091908948048
 rhs e849_ 6.417045954474024
 rhs e850_ 6.417045954474024
 rhs relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e853_ -6.944399324947062
 rhs e854_ 13.888798649894124
 rhs e856_ 6.944399324947062
 rhs e857_ 6.944399324947062
 rhs relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e860_ -6.944399324947062
 rhs e861_ 13.888798649894124
 rhs e863_ 6.944399324947062
 rhs e864_ 6.944399324947062
 rhs relu_1_48_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e867_ -3.5770894718859325
 rhs e868_ 7.154178943771865
 rhs e870_ 3.5770894718859325
 rhs e871_ 3.5770894718859325
 rhs relu_1_48_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e874_ -3.5770894718859325
 rhs e875_ 7.154178943771865
 rhs e877_ 3.5770894718859325
 rhs e878_ 3.5770894718859325
 rhs relu_1_49_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e881_ -8.343039628756323
 rhs e882_ 16.686079257512645
 rhs e884_ 8.343039628756323
 rhs e885_ 8.343039628756323
 rhs relu_1_49_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e888_ -8.343039628756323
 rhs e889_ 16.686079257512645
 rhs e891_ 8.343039628756323
 rhs e892_ 8.343039628756323
 rhs relu_1_50_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e895_ -5.078276655633345
 rhs e896_ 10.15655331126669
 rhs e898_ 5.078276655633345
 rhs e899_ 5.078276655633345
 rhs relu_1_50_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e902_ -5.078276655633345
 rhs e903_ 10.15655331126669
 rhs e905_ 5.078276655633345
 rhs e906_ 5.078276655633345
 rhs relu_1_51_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e909_ -7.145126446279315
 rhs e910_ 14.29025289255863
 rhs e912_ 7.145126446279315
 rhs e913_ 7.145126446279315
 rhs relu_1_51_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e916_ -7.145126446279315
 rhs e917_ 14.29025289255863
 rhs e919_ 7.145126446279315
 rhs e920_ 7.145126446279315
 rhs relu_1_52_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e923_ -7.451755636997136
 rhs e924_ 14.903511273994273
 rhs e926_ 7.451755636997136
 rhs e927_ 7.451755636997136
 rhs relu_1_52_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e930_ -7.451755636997136
 rhs e931_ 14.903511273994273
 rhs e933_ 7.451755636997136
 rhs e934_ 7.451755636997136
 rhs relu_1_53_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e937_ -5.651177664354505
 rhs e938_ 11.30235532870901
 rhs e940_ 5.651177664354505
 rhs e941_ 5.651177664354505
 rhs relu_1_53_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e944_ -5.651177664354505
 rhs e945_ 11.30235532870901
 rhs e947_ 5.651177664354505
 rhs e948_ 5.651177664354505
 rhs relu_1_54_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e951_ -7.651408697329851
 rhs e952_ 15.302817394659701
 rhs e954_ 7.651408697329851
 rhs e955_ 7.651408697329851
 rhs relu_1_54_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e958_ -7.651408697329851
 rhs e959_ 15.302817394659701
 rhs e961_ 7.651408697329851
 rhs e962_ 7.651408697329851
 rhs relu_1_55_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e965_ -6.53400007457264
 rhs e966_ 13.06800014914528
 rhs e968_ 6.53400007457264
 rhs e969_ 6.53400007457264
 rhs relu_1_55_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e972_ -6.53400007457264
 rhs e973_ 13.06800014914528
 rhs e975_ 6.53400007457264
 rhs e976_ 6.53400007457264
 rhs relu_1_56_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e979_ -6.214580093017421
 rhs e980_ 12.429160186034842
 rhs e982_ 6.214580093017421
 rhs e983_ 6.214580093017421
 rhs relu_1_56_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e986_ -6.214580093017421
 rhs e987_ 12.429160186034842
 rhs e989_ 6.214580093017421
 rhs e990_ 6.214580093017421
 rhs relu_1_57_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e993_ -4.820203494345149
 rhs e994_ 9.640406988690298
 rhs e996_ 4.820203494345149
 rhs e997_ 4.820203494345149
 rhs relu_1_57_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1000_ -4.820203494345149
 rhs e1001_ 9.640406988690298
 rhs e1003_ 4.820203494345149
 rhs e1004_ 4.820203494345149
 rhs relu_1_58_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1007_ -6.8786556393890095
 rhs e1008_ 13.757311278778019
 rhs e1010_ 6.8786556393890095
 rhs e1011_ 6.8786556393890095
 rhs relu_1_58_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1014_ -6.8786556393890095
 rhs e1015_ 13.757311278778019
 rhs e1017_ 6.8786556393890095
 rhs e1018_ 6.8786556393890095
 rhs relu_1_59_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1021_ -6.897455194484353
 rhs e1022_ 13.794910388968706
 rhs e1024_ 6.897455194484353
 rhs e1025_ 6.897455194484353
 rhs relu_1_59_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1028_ -6.897455194484353
 rhs e1029_ 13.794910388968706
 rhs e1031_ 6.897455194484353
 rhs e1032_ 6.897455194484353
 rhs relu_1_60_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1035_ -4.786753846830932
 rhs e1036_ 9.573507693661863
 rhs e1038_ 4.786753846830932
 rhs e1039_ 4.786753846830932
 rhs relu_1_60_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1042_ -4.786753846830932
 rhs e1043_ 9.573507693661863
 rhs e1045_ 4.786753846830932
 rhs e1046_ 4.786753846830932
 rhs relu_1_61_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1049_ -5.182807668516274
 rhs e1050_ 10.365615337032548
 rhs e1052_ 5.182807668516274
 rhs e1053_ 5.182807668516274
 rhs relu_1_61_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1056_ -5.182807668516274
 rhs e1057_ 10.365615337032548
 rhs e1059_ 5.182807668516274
 rhs e1060_ 5.182807668516274
 rhs relu_1_62_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1063_ -4.6323284254498525
 rhs e1064_ 9.264656850899705
 rhs e1066_ 4.6323284254498525
 rhs e1067_ 4.6323284254498525
 rhs relu_1_62_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1070_ -4.6323284254498525
 rhs e1071_ 9.264656850899705
 rhs e1073_ 4.6323284254498525
 rhs e1074_ 4.6323284254498525
 rhs relu_1_63_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1077_ -5.431347769740106
 rhs e1078_ 10.862695539480212
 rhs e1080_ 5.431347769740106
 rhs e1081_ 5.431347769740106
 rhs relu_1_63_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e1084_ -5.431347769740106
 rhs e1085_ 10.862695539480212
 rhs e1087_ 5.431347769740106
 rhs e1088_ 5.431347769740106
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
 LO bnd pre_1_48_0 -3.5770894718859325
 UP bnd pre_1_48_0 3.5770894718859325
 LO bnd pre_1_48_1 -3.5770894718859325
 UP bnd pre_1_48_1 3.5770894718859325
 LO bnd pre_1_49_0 -8.343039628756323
 UP bnd pre_1_49_0 8.343039628756323
 LO bnd pre_1_49_1 -8.343039628756323
 UP bnd pre_1_49_1 8.343039628756323
 LO bnd pre_1_50_0 -5.078276655633345
 UP bnd pre_1_50_0 5.078276655633345
 LO bnd pre_1_50_1 -5.078276655633345
 UP bnd pre_1_50_1 5.078276655633345
 LO bnd pre_1_51_0 -7.145126446279315
 UP bnd pre_1_51_0 7.145126446279315
 LO bnd pre_1_51_1 -7.145126446279315
 UP bnd pre_1_51_1 7.145126446279315
 LO bnd pre_1_52_0 -7.451755636997136
 UP bnd pre_1_52_0 7.451755636997136
 LO bnd pre_1_52_1 -7.451755636997136
 UP bnd pre_1_52_1 7.451755636997136
 LO bnd pre_1_53_0 -5.651177664354505
 UP bnd pre_1_53_0 5.651177664354505
 LO bnd pre_1_53_1 -5.651177664354505
 UP bnd pre_1_53_1 5.651177664354505
 LO bnd pre_1_54_0 -7.651408697329851
 UP bnd pre_1_54_0 7.651408697329851
 LO bnd pre_1_54_1 -7.651408697329851
 UP bnd pre_1_54_1 7.651408697329851
 LO bnd pre_1_55_0 -6.53400007457264
 UP bnd pre_1_55_0 6.53400007457264
 LO bnd pre_1_55_1 -6.53400007457264
 UP bnd pre_1_55_1 6.53400007457264
 LO bnd pre_1_56_0 -6.214580093017421
 UP bnd pre_1_56_0 6.214580093017421
 LO bnd pre_1_56_1 -6.214580093017421
 UP bnd pre_1_56_1 6.214580093017421
 LO bnd pre_1_57_0 -4.820203494345149
 UP bnd pre_1_57_0 4.820203494345149
 LO bnd pre_1_57_1 -4.820203494345149
 UP bnd pre_1_57_1 4.820203494345149
 LO bnd pre_1_58_0 -6.8786556393890095
 UP bnd pre_1_58_0 6.8786556393890095
 LO bnd pre_1_58_1 -6.8786556393890095
 UP bnd pre_1_58_1 6.8786556393890095
 LO bnd pre_1_59_0 -6.897455194484353
 UP bnd pre_1_59_0 6.897455194484353
 LO bnd pre_1_59_1 -6.897455194484353
 UP bnd pre_1_59_1 6.897455194484353
 LO bnd pre_1_60_0 -4.786753846830932
 UP bnd pre_1_60_0 4.786753846830932
 LO bnd pre_1_60_1 -4.786753846830932
 UP bnd pre_1_60_1 4.786753846830932
 LO bnd pre_1_61_0 -5.182807668516274
 UP bnd pre_1_61_0 5.182807668516274
 LO bnd pre_1_61_1 -5.182807668516274
 UP bnd pre_1_61_1 5.182807668516274
 LO bnd pre_1_62_0 -4.6323284254498525
 UP bnd pre_1_62_0 4.6323284254498525
 LO bnd pre_1_62_1 -4.6323284254498525
 UP bnd pre_1_62_1 4.6323284254498525
 LO bnd pre_1_63_0 -5.431347769740106
 UP bnd pre_1_63_0 5.431347769740106
 LO bnd pre_1_63_1 -5.431347769740106
 UP bnd pre_1_63_1 5.431347769740106
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
 LO bnd post_1_48_0 0
 UP bnd post_1_48_0 3.5770894718859325
 LO bnd post_1_48_1 0
 UP bnd post_1_48_1 3.5770894718859325
 LO bnd post_1_49_0 0
 UP bnd post_1_49_0 8.343039628756323
 LO bnd post_1_49_1 0
 UP bnd post_1_49_1 8.343039628756323
 LO bnd post_1_50_0 0
 UP bnd post_1_50_0 5.078276655633345
 LO bnd post_1_50_1 0
 UP bnd post_1_50_1 5.078276655633345
 LO bnd post_1_51_0 0
 UP bnd post_1_51_0 7.145126446279315
 LO bnd post_1_51_1 0
 UP bnd post_1_51_1 7.145126446279315
 LO bnd post_1_52_0 0
 UP bnd post_1_52_0 7.451755636997136
 LO bnd post_1_52_1 0
 UP bnd post_1_52_1 7.451755636997136
 LO bnd post_1_53_0 0
 UP bnd post_1_53_0 5.651177664354505
 LO bnd post_1_53_1 0
 UP bnd post_1_53_1 5.651177664354505
 LO bnd post_1_54_0 0
 UP bnd post_1_54_0 7.651408697329851
 LO bnd post_1_54_1 0
 UP bnd post_1_54_1 7.651408697329851
 LO bnd post_1_55_0 0
 UP bnd post_1_55_0 6.53400007457264
 LO bnd post_1_55_1 0
 UP bnd post_1_55_1 6.53400007457264
 LO bnd post_1_56_0 0
 UP bnd post_1_56_0 6.214580093017421
 LO bnd post_1_56_1 0
 UP bnd post_1_56_1 6.214580093017421
 LO bnd post_1_57_0 0
 UP bnd post_1_57_0 4.820203494345149
 LO bnd post_1_57_1 0
 UP bnd post_1_57_1 4.820203494345149
 LO bnd post_1_58_0 0
 UP bnd post_1_58_0 6.8786556393890095
 LO bnd post_1_58_1 0
 UP bnd post_1_58_1 6.8786556393890095
 LO bnd post_1_59_0 0
 UP bnd post_1_59_0 6.897455194484353
 LO bnd post_1_59_1 0
 UP bnd post_1_59_1 6.897455194484353
 LO bnd post_1_60_0 0
 UP bnd post_1_60_0 4.786753846830932
 LO bnd post_1_60_1 0
 UP bnd post_1_60_1 4.786753846830932
 LO bnd post_1_61_0 0
 UP bnd post_1_61_0 5.182807668516274
 LO bnd post_1_61_1 0
 UP bnd post_1_61_1 5.182807668516274
 LO bnd post_1_62_0 0
 UP bnd post_1_62_0 4.6323284254498525
 LO bnd post_1_62_1 0
 UP bnd post_1_62_1 4.6323284254498525
 LO bnd post_1_63_0 0
 UP bnd post_1_63_0 5.431347769740106
 LO bnd post_1_63_1 0
 UP bnd post_1_63_1 5.431347769740106
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
 LO bnd out_48_0 -24.462536831315596
 UP bnd out_48_0 24.462536831315596
 LO bnd out_49_0 -53.058237772537936
 UP bnd out_49_0 53.058237772537936
 LO bnd out_50_0 -33.46965993380007
 UP bnd out_50_0 33.46965993380007
 LO bnd out_51_0 -45.870758677675894
 UP bnd out_51_0 45.870758677675894
 LO bnd out_52_0 -47.71053382198282
 UP bnd out_52_0 47.71053382198282
 LO bnd out_53_0 -36.90706598612703
 UP bnd out_53_0 36.90706598612703
 LO bnd out_54_0 -48.90845218397911
 UP bnd out_54_0 48.90845218397911
 LO bnd out_55_0 -42.204000447435845
 UP bnd out_55_0 42.204000447435845
 LO bnd out_56_0 -40.28748055810453
 UP bnd out_56_0 40.28748055810453
 LO bnd out_57_0 -31.921220966070894
 UP bnd out_57_0 31.921220966070894
 LO bnd out_58_0 -44.27193383633406
 UP bnd out_58_0 44.27193383633406
 LO bnd out_59_0 -44.38473116690612
 UP bnd out_59_0 44.38473116690612
 LO bnd out_60_0 -31.72052308098559
 UP bnd out_60_0 31.72052308098559
 LO bnd out_61_0 -34.09684601109764
 UP bnd out_61_0 34.09684601109764
 LO bnd out_62_0 -30.793970552699115
 UP bnd out_62_0 30.793970552699115
 LO bnd out_63_0 -35.588086618440634
 UP bnd out_63_0 35.588086618440634
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
 BV bnd relu_1_48_0_on_binary_indicator_var
 BV bnd relu_1_48_0_off_binary_indicator_var
 BV bnd relu_1_48_1_on_binary_indicator_var
 BV bnd relu_1_48_1_off_binary_indicator_var
 BV bnd relu_1_49_0_on_binary_indicator_var
 BV bnd relu_1_49_0_off_binary_indicator_var
 BV bnd relu_1_49_1_on_binary_indicator_var
 BV bnd relu_1_49_1_off_binary_indicator_var
 BV bnd relu_1_50_0_on_binary_indicator_var
 BV bnd relu_1_50_0_off_binary_indicator_var
 BV bnd relu_1_50_1_on_binary_indicator_var
 BV bnd relu_1_50_1_off_binary_indicator_var
 BV bnd relu_1_51_0_on_binary_indicator_var
 BV bnd relu_1_51_0_off_binary_indicator_var
 BV bnd relu_1_51_1_on_binary_indicator_var
 BV bnd relu_1_51_1_off_binary_indicator_var
 BV bnd relu_1_52_0_on_binary_indicator_var
 BV bnd relu_1_52_0_off_binary_indicator_var
 BV bnd relu_1_52_1_on_binary_indicator_var
 BV bnd relu_1_52_1_off_binary_indicator_var
 BV bnd relu_1_53_0_on_binary_indicator_var
 BV bnd relu_1_53_0_off_binary_indicator_var
 BV bnd relu_1_53_1_on_binary_indicator_var
 BV bnd relu_1_53_1_off_binary_indicator_var
 BV bnd relu_1_54_0_on_binary_indicator_var
 BV bnd relu_1_54_0_off_binary_indicator_var
 BV bnd relu_1_54_1_on_binary_indicator_var
 BV bnd relu_1_54_1_off_binary_indicator_var
 BV bnd relu_1_55_0_on_binary_indicator_var
 BV bnd relu_1_55_0_off_binary_indicator_var
 BV bnd relu_1_55_1_on_binary_indicator_var
 BV bnd relu_1_55_1_off_binary_indicator_var
 BV bnd relu_1_56_0_on_binary_indicator_var
 BV bnd relu_1_56_0_off_binary_indicator_var
 BV bnd relu_1_56_1_on_binary_indicator_var
 BV bnd relu_1_56_1_off_binary_indicator_var
 BV bnd relu_1_57_0_on_binary_indicator_var
 BV bnd relu_1_57_0_off_binary_indicator_var
 BV bnd relu_1_57_1_on_binary_indicator_var
 BV bnd relu_1_57_1_off_binary_indicator_var
 BV bnd relu_1_58_0_on_binary_indicator_var
 BV bnd relu_1_58_0_off_binary_indicator_var
 BV bnd relu_1_58_1_on_binary_indicator_var
 BV bnd relu_1_58_1_off_binary_indicator_var
 BV bnd relu_1_59_0_on_binary_indicator_var
 BV bnd relu_1_59_0_off_binary_indicator_var
 BV bnd relu_1_59_1_on_binary_indicator_var
 BV bnd relu_1_59_1_off_binary_indicator_var
 BV bnd relu_1_60_0_on_binary_indicator_var
 BV bnd relu_1_60_0_off_binary_indicator_var
 BV bnd relu_1_60_1_on_binary_indicator_var
 BV bnd relu_1_60_1_off_binary_indicator_var
 BV bnd relu_1_61_0_on_binary_indicator_var
 BV bnd relu_1_61_0_off_binary_indicator_var
 BV bnd relu_1_61_1_on_binary_indicator_var
 BV bnd relu_1_61_1_off_binary_indicator_var
 BV bnd relu_1_62_0_on_binary_indicator_var
 BV bnd relu_1_62_0_off_binary_indicator_var
 BV bnd relu_1_62_1_on_binary_indicator_var
 BV bnd relu_1_62_1_off_binary_indicator_var
 BV bnd relu_1_63_0_on_binary_indicator_var
 BV bnd relu_1_63_0_off_binary_indicator_var
 BV bnd relu_1_63_1_on_binary_indicator_var
 BV bnd relu_1_63_1_off_binary_indicator_var
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
QCMATRIX out_definition_48_0
 w_2_0_0 post_1_48_0 -0.5
 post_1_48_0 w_2_0_0 -0.5
 w_2_0_1 post_1_48_1 -0.5
 post_1_48_1 w_2_0_1 -0.5
QCMATRIX out_definition_49_0
 w_2_0_0 post_1_49_0 -0.5
 post_1_49_0 w_2_0_0 -0.5
 w_2_0_1 post_1_49_1 -0.5
 post_1_49_1 w_2_0_1 -0.5
QCMATRIX out_definition_50_0
 w_2_0_0 post_1_50_0 -0.5
 post_1_50_0 w_2_0_0 -0.5
 w_2_0_1 post_1_50_1 -0.5
 post_1_50_1 w_2_0_1 -0.5
QCMATRIX out_definition_51_0
 w_2_0_0 post_1_51_0 -0.5
 post_1_51_0 w_2_0_0 -0.5
 w_2_0_1 post_1_51_1 -0.5
 post_1_51_1 w_2_0_1 -0.5
QCMATRIX out_definition_52_0
 w_2_0_0 post_1_52_0 -0.5
 post_1_52_0 w_2_0_0 -0.5
 w_2_0_1 post_1_52_1 -0.5
 post_1_52_1 w_2_0_1 -0.5
QCMATRIX out_definition_53_0
 w_2_0_0 post_1_53_0 -0.5
 post_1_53_0 w_2_0_0 -0.5
 w_2_0_1 post_1_53_1 -0.5
 post_1_53_1 w_2_0_1 -0.5
QCMATRIX out_definition_54_0
 w_2_0_0 post_1_54_0 -0.5
 post_1_54_0 w_2_0_0 -0.5
 w_2_0_1 post_1_54_1 -0.5
 post_1_54_1 w_2_0_1 -0.5
QCMATRIX out_definition_55_0
 w_2_0_0 post_1_55_0 -0.5
 post_1_55_0 w_2_0_0 -0.5
 w_2_0_1 post_1_55_1 -0.5
 post_1_55_1 w_2_0_1 -0.5
QCMATRIX out_definition_56_0
 w_2_0_0 post_1_56_0 -0.5
 post_1_56_0 w_2_0_0 -0.5
 w_2_0_1 post_1_56_1 -0.5
 post_1_56_1 w_2_0_1 -0.5
QCMATRIX out_definition_57_0
 w_2_0_0 post_1_57_0 -0.5
 post_1_57_0 w_2_0_0 -0.5
 w_2_0_1 post_1_57_1 -0.5
 post_1_57_1 w_2_0_1 -0.5
QCMATRIX out_definition_58_0
 w_2_0_0 post_1_58_0 -0.5
 post_1_58_0 w_2_0_0 -0.5
 w_2_0_1 post_1_58_1 -0.5
 post_1_58_1 w_2_0_1 -0.5
QCMATRIX out_definition_59_0
 w_2_0_0 post_1_59_0 -0.5
 post_1_59_0 w_2_0_0 -0.5
 w_2_0_1 post_1_59_1 -0.5
 post_1_59_1 w_2_0_1 -0.5
QCMATRIX out_definition_60_0
 w_2_0_0 post_1_60_0 -0.5
 post_1_60_0 w_2_0_0 -0.5
 w_2_0_1 post_1_60_1 -0.5
 post_1_60_1 w_2_0_1 -0.5
QCMATRIX out_definition_61_0
 w_2_0_0 post_1_61_0 -0.5
 post_1_61_0 w_2_0_0 -0.5
 w_2_0_1 post_1_61_1 -0.5
 post_1_61_1 w_2_0_1 -0.5
QCMATRIX out_definition_62_0
 w_2_0_0 post_1_62_0 -0.5
 post_1_62_0 w_2_0_0 -0.5
 w_2_0_1 post_1_62_1 -0.5
 post_1_62_1 w_2_0_1 -0.5
QCMATRIX out_definition_63_0
 w_2_0_0 post_1_63_0 -0.5
 post_1_63_0 w_2_0_0 -0.5
 w_2_0_1 post_1_63_1 -0.5
 post_1_63_1 w_2_0_1 -0.5
ENDATA
