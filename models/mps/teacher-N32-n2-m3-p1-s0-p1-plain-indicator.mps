* teacher-N32-n2-m3-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N32-n2-m3-p1-s0, problem 1, plain-indicator; {"hidden": [3], "bound": 3.0, "loss": "squared"})
NAME teacher-N32-n2-m3-p1-s0-p1-plain-indicator
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
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e131_
 L e132_
 G e133_
 L e134_
 L e135_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e138_
 L e139_
 G e140_
 L e141_
 L e142_
 L relu_1_0_2_above_pre
 E relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor
 G e145_
 L e146_
 G e147_
 L e148_
 L e149_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e152_
 L e153_
 G e154_
 L e155_
 L e156_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e159_
 L e160_
 G e161_
 L e162_
 L e163_
 L relu_1_1_2_above_pre
 E relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor
 G e166_
 L e167_
 G e168_
 L e169_
 L e170_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e173_
 L e174_
 G e175_
 L e176_
 L e177_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e180_
 L e181_
 G e182_
 L e183_
 L e184_
 L relu_1_2_2_above_pre
 E relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor
 G e187_
 L e188_
 G e189_
 L e190_
 L e191_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e194_
 L e195_
 G e196_
 L e197_
 L e198_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e201_
 L e202_
 G e203_
 L e204_
 L e205_
 L relu_1_3_2_above_pre
 E relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor
 G e208_
 L e209_
 G e210_
 L e211_
 L e212_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e215_
 L e216_
 G e217_
 L e218_
 L e219_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e222_
 L e223_
 G e224_
 L e225_
 L e226_
 L relu_1_4_2_above_pre
 E relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor
 G e229_
 L e230_
 G e231_
 L e232_
 L e233_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e236_
 L e237_
 G e238_
 L e239_
 L e240_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e243_
 L e244_
 G e245_
 L e246_
 L e247_
 L relu_1_5_2_above_pre
 E relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor
 G e250_
 L e251_
 G e252_
 L e253_
 L e254_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e257_
 L e258_
 G e259_
 L e260_
 L e261_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e264_
 L e265_
 G e266_
 L e267_
 L e268_
 L relu_1_6_2_above_pre
 E relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor
 G e271_
 L e272_
 G e273_
 L e274_
 L e275_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e278_
 L e279_
 G e280_
 L e281_
 L e282_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e285_
 L e286_
 G e287_
 L e288_
 L e289_
 L relu_1_7_2_above_pre
 E relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor
 G e292_
 L e293_
 G e294_
 L e295_
 L e296_
 L relu_1_8_0_above_pre
 E relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor
 G e299_
 L e300_
 G e301_
 L e302_
 L e303_
 L relu_1_8_1_above_pre
 E relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor
 G e306_
 L e307_
 G e308_
 L e309_
 L e310_
 L relu_1_8_2_above_pre
 E relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor
 G e313_
 L e314_
 G e315_
 L e316_
 L e317_
 L relu_1_9_0_above_pre
 E relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor
 G e320_
 L e321_
 G e322_
 L e323_
 L e324_
 L relu_1_9_1_above_pre
 E relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor
 G e327_
 L e328_
 G e329_
 L e330_
 L e331_
 L relu_1_9_2_above_pre
 E relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor
 G e334_
 L e335_
 G e336_
 L e337_
 L e338_
 L relu_1_10_0_above_pre
 E relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor
 G e341_
 L e342_
 G e343_
 L e344_
 L e345_
 L relu_1_10_1_above_pre
 E relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor
 G e348_
 L e349_
 G e350_
 L e351_
 L e352_
 L relu_1_10_2_above_pre
 E relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor
 G e355_
 L e356_
 G e357_
 L e358_
 L e359_
 L relu_1_11_0_above_pre
 E relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor
 G e362_
 L e363_
 G e364_
 L e365_
 L e366_
 L relu_1_11_1_above_pre
 E relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor
 G e369_
 L e370_
 G e371_
 L e372_
 L e373_
 L relu_1_11_2_above_pre
 E relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor
 G e376_
 L e377_
 G e378_
 L e379_
 L e380_
 L relu_1_12_0_above_pre
 E relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor
 G e383_
 L e384_
 G e385_
 L e386_
 L e387_
 L relu_1_12_1_above_pre
 E relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor
 G e390_
 L e391_
 G e392_
 L e393_
 L e394_
 L relu_1_12_2_above_pre
 E relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor
 G e397_
 L e398_
 G e399_
 L e400_
 L e401_
 L relu_1_13_0_above_pre
 E relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor
 G e404_
 L e405_
 G e406_
 L e407_
 L e408_
 L relu_1_13_1_above_pre
 E relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor
 G e411_
 L e412_
 G e413_
 L e414_
 L e415_
 L relu_1_13_2_above_pre
 E relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor
 G e418_
 L e419_
 G e420_
 L e421_
 L e422_
 L relu_1_14_0_above_pre
 E relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor
 G e425_
 L e426_
 G e427_
 L e428_
 L e429_
 L relu_1_14_1_above_pre
 E relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor
 G e432_
 L e433_
 G e434_
 L e435_
 L e436_
 L relu_1_14_2_above_pre
 E relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor
 G e439_
 L e440_
 G e441_
 L e442_
 L e443_
 L relu_1_15_0_above_pre
 E relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor
 G e446_
 L e447_
 G e448_
 L e449_
 L e450_
 L relu_1_15_1_above_pre
 E relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor
 G e453_
 L e454_
 G e455_
 L e456_
 L e457_
 L relu_1_15_2_above_pre
 E relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor
 G e460_
 L e461_
 G e462_
 L e463_
 L e464_
 L relu_1_16_0_above_pre
 E relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor
 G e467_
 L e468_
 G e469_
 L e470_
 L e471_
 L relu_1_16_1_above_pre
 E relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor
 G e474_
 L e475_
 G e476_
 L e477_
 L e478_
 L relu_1_16_2_above_pre
 E relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor
 G e481_
 L e482_
 G e483_
 L e484_
 L e485_
 L relu_1_17_0_above_pre
 E relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor
 G e488_
 L e489_
 G e490_
 L e491_
 L e492_
 L relu_1_17_1_above_pre
 E relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor
 G e495_
 L e496_
 G e497_
 L e498_
 L e499_
 L relu_1_17_2_above_pre
 E relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor
 G e502_
 L e503_
 G e504_
 L e505_
 L e506_
 L relu_1_18_0_above_pre
 E relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor
 G e509_
 L e510_
 G e511_
 L e512_
 L e513_
 L relu_1_18_1_above_pre
 E relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor
 G e516_
 L e517_
 G e518_
 L e519_
 L e520_
 L relu_1_18_2_above_pre
 E relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor
 G e523_
 L e524_
 G e525_
 L e526_
 L e527_
 L relu_1_19_0_above_pre
 E relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor
 G e530_
 L e531_
 G e532_
 L e533_
 L e534_
 L relu_1_19_1_above_pre
 E relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor
 G e537_
 L e538_
 G e539_
 L e540_
 L e541_
 L relu_1_19_2_above_pre
 E relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor
 G e544_
 L e545_
 G e546_
 L e547_
 L e548_
 L relu_1_20_0_above_pre
 E relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor
 G e551_
 L e552_
 G e553_
 L e554_
 L e555_
 L relu_1_20_1_above_pre
 E relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor
 G e558_
 L e559_
 G e560_
 L e561_
 L e562_
 L relu_1_20_2_above_pre
 E relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor
 G e565_
 L e566_
 G e567_
 L e568_
 L e569_
 L relu_1_21_0_above_pre
 E relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor
 G e572_
 L e573_
 G e574_
 L e575_
 L e576_
 L relu_1_21_1_above_pre
 E relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor
 G e579_
 L e580_
 G e581_
 L e582_
 L e583_
 L relu_1_21_2_above_pre
 E relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor
 G e586_
 L e587_
 G e588_
 L e589_
 L e590_
 L relu_1_22_0_above_pre
 E relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor
 G e593_
 L e594_
 G e595_
 L e596_
 L e597_
 L relu_1_22_1_above_pre
 E relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor
 G e600_
 L e601_
 G e602_
 L e603_
 L e604_
 L relu_1_22_2_above_pre
 E relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor
 G e607_
 L e608_
 G e609_
 L e610_
 L e611_
 L relu_1_23_0_above_pre
 E relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor
 G e614_
 L e615_
 G e616_
 L e617_
 L e618_
 L relu_1_23_1_above_pre
 E relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor
 G e621_
 L e622_
 G e623_
 L e624_
 L e625_
 L relu_1_23_2_above_pre
 E relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor
 G e628_
 L e629_
 G e630_
 L e631_
 L e632_
 L relu_1_24_0_above_pre
 E relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor
 G e635_
 L e636_
 G e637_
 L e638_
 L e639_
 L relu_1_24_1_above_pre
 E relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor
 G e642_
 L e643_
 G e644_
 L e645_
 L e646_
 L relu_1_24_2_above_pre
 E relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor
 G e649_
 L e650_
 G e651_
 L e652_
 L e653_
 L relu_1_25_0_above_pre
 E relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor
 G e656_
 L e657_
 G e658_
 L e659_
 L e660_
 L relu_1_25_1_above_pre
 E relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor
 G e663_
 L e664_
 G e665_
 L e666_
 L e667_
 L relu_1_25_2_above_pre
 E relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor
 G e670_
 L e671_
 G e672_
 L e673_
 L e674_
 L relu_1_26_0_above_pre
 E relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor
 G e677_
 L e678_
 G e679_
 L e680_
 L e681_
 L relu_1_26_1_above_pre
 E relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor
 G e684_
 L e685_
 G e686_
 L e687_
 L e688_
 L relu_1_26_2_above_pre
 E relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor
 G e691_
 L e692_
 G e693_
 L e694_
 L e695_
 L relu_1_27_0_above_pre
 E relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor
 G e698_
 L e699_
 G e700_
 L e701_
 L e702_
 L relu_1_27_1_above_pre
 E relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor
 G e705_
 L e706_
 G e707_
 L e708_
 L e709_
 L relu_1_27_2_above_pre
 E relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor
 G e712_
 L e713_
 G e714_
 L e715_
 L e716_
 L relu_1_28_0_above_pre
 E relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor
 G e719_
 L e720_
 G e721_
 L e722_
 L e723_
 L relu_1_28_1_above_pre
 E relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor
 G e726_
 L e727_
 G e728_
 L e729_
 L e730_
 L relu_1_28_2_above_pre
 E relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor
 G e733_
 L e734_
 G e735_
 L e736_
 L e737_
 L relu_1_29_0_above_pre
 E relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor
 G e740_
 L e741_
 G e742_
 L e743_
 L e744_
 L relu_1_29_1_above_pre
 E relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor
 G e747_
 L e748_
 G e749_
 L e750_
 L e751_
 L relu_1_29_2_above_pre
 E relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor
 G e754_
 L e755_
 G e756_
 L e757_
 L e758_
 L relu_1_30_0_above_pre
 E relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor
 G e761_
 L e762_
 G e763_
 L e764_
 L e765_
 L relu_1_30_1_above_pre
 E relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor
 G e768_
 L e769_
 G e770_
 L e771_
 L e772_
 L relu_1_30_2_above_pre
 E relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor
 G e775_
 L e776_
 G e777_
 L e778_
 L e779_
 L relu_1_31_0_above_pre
 E relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor
 G e782_
 L e783_
 G e784_
 L e785_
 L e786_
 L relu_1_31_1_above_pre
 E relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor
 G e789_
 L e790_
 G e791_
 L e792_
 L e793_
 L relu_1_31_2_above_pre
 E relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor
 G e796_
 L e797_
 G e798_
 L e799_
 L e800_
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
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e131_ -1
 pre_1_0_0 e132_ -1
 pre_1_0_0 e135_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e138_ -1
 pre_1_0_1 e139_ -1
 pre_1_0_1 e142_ 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 e145_ -1
 pre_1_0_2 e146_ -1
 pre_1_0_2 e149_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e152_ -1
 pre_1_1_0 e153_ -1
 pre_1_1_0 e156_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e159_ -1
 pre_1_1_1 e160_ -1
 pre_1_1_1 e163_ 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 e166_ -1
 pre_1_1_2 e167_ -1
 pre_1_1_2 e170_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e173_ -1
 pre_1_2_0 e174_ -1
 pre_1_2_0 e177_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e180_ -1
 pre_1_2_1 e181_ -1
 pre_1_2_1 e184_ 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 e187_ -1
 pre_1_2_2 e188_ -1
 pre_1_2_2 e191_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e194_ -1
 pre_1_3_0 e195_ -1
 pre_1_3_0 e198_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e201_ -1
 pre_1_3_1 e202_ -1
 pre_1_3_1 e205_ 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 e208_ -1
 pre_1_3_2 e209_ -1
 pre_1_3_2 e212_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e215_ -1
 pre_1_4_0 e216_ -1
 pre_1_4_0 e219_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e222_ -1
 pre_1_4_1 e223_ -1
 pre_1_4_1 e226_ 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 e229_ -1
 pre_1_4_2 e230_ -1
 pre_1_4_2 e233_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e236_ -1
 pre_1_5_0 e237_ -1
 pre_1_5_0 e240_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e243_ -1
 pre_1_5_1 e244_ -1
 pre_1_5_1 e247_ 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 e250_ -1
 pre_1_5_2 e251_ -1
 pre_1_5_2 e254_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e257_ -1
 pre_1_6_0 e258_ -1
 pre_1_6_0 e261_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e264_ -1
 pre_1_6_1 e265_ -1
 pre_1_6_1 e268_ 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 e271_ -1
 pre_1_6_2 e272_ -1
 pre_1_6_2 e275_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e278_ -1
 pre_1_7_0 e279_ -1
 pre_1_7_0 e282_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e285_ -1
 pre_1_7_1 e286_ -1
 pre_1_7_1 e289_ 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 e292_ -1
 pre_1_7_2 e293_ -1
 pre_1_7_2 e296_ 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 e299_ -1
 pre_1_8_0 e300_ -1
 pre_1_8_0 e303_ 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 e306_ -1
 pre_1_8_1 e307_ -1
 pre_1_8_1 e310_ 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 e313_ -1
 pre_1_8_2 e314_ -1
 pre_1_8_2 e317_ 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 e320_ -1
 pre_1_9_0 e321_ -1
 pre_1_9_0 e324_ 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 e327_ -1
 pre_1_9_1 e328_ -1
 pre_1_9_1 e331_ 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 e334_ -1
 pre_1_9_2 e335_ -1
 pre_1_9_2 e338_ 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 e341_ -1
 pre_1_10_0 e342_ -1
 pre_1_10_0 e345_ 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 e348_ -1
 pre_1_10_1 e349_ -1
 pre_1_10_1 e352_ 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 e355_ -1
 pre_1_10_2 e356_ -1
 pre_1_10_2 e359_ 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 e362_ -1
 pre_1_11_0 e363_ -1
 pre_1_11_0 e366_ 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 e369_ -1
 pre_1_11_1 e370_ -1
 pre_1_11_1 e373_ 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 e376_ -1
 pre_1_11_2 e377_ -1
 pre_1_11_2 e380_ 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 e383_ -1
 pre_1_12_0 e384_ -1
 pre_1_12_0 e387_ 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 e390_ -1
 pre_1_12_1 e391_ -1
 pre_1_12_1 e394_ 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 e397_ -1
 pre_1_12_2 e398_ -1
 pre_1_12_2 e401_ 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 e404_ -1
 pre_1_13_0 e405_ -1
 pre_1_13_0 e408_ 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 e411_ -1
 pre_1_13_1 e412_ -1
 pre_1_13_1 e415_ 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 e418_ -1
 pre_1_13_2 e419_ -1
 pre_1_13_2 e422_ 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 e425_ -1
 pre_1_14_0 e426_ -1
 pre_1_14_0 e429_ 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 e432_ -1
 pre_1_14_1 e433_ -1
 pre_1_14_1 e436_ 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 e439_ -1
 pre_1_14_2 e440_ -1
 pre_1_14_2 e443_ 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 e446_ -1
 pre_1_15_0 e447_ -1
 pre_1_15_0 e450_ 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 e453_ -1
 pre_1_15_1 e454_ -1
 pre_1_15_1 e457_ 1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_above_pre 1
 pre_1_15_2 e460_ -1
 pre_1_15_2 e461_ -1
 pre_1_15_2 e464_ 1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre 1
 pre_1_16_0 e467_ -1
 pre_1_16_0 e468_ -1
 pre_1_16_0 e471_ 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre 1
 pre_1_16_1 e474_ -1
 pre_1_16_1 e475_ -1
 pre_1_16_1 e478_ 1
 pre_1_16_2 pre_definition_1_16_2 1
 pre_1_16_2 relu_1_16_2_above_pre 1
 pre_1_16_2 e481_ -1
 pre_1_16_2 e482_ -1
 pre_1_16_2 e485_ 1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_above_pre 1
 pre_1_17_0 e488_ -1
 pre_1_17_0 e489_ -1
 pre_1_17_0 e492_ 1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_above_pre 1
 pre_1_17_1 e495_ -1
 pre_1_17_1 e496_ -1
 pre_1_17_1 e499_ 1
 pre_1_17_2 pre_definition_1_17_2 1
 pre_1_17_2 relu_1_17_2_above_pre 1
 pre_1_17_2 e502_ -1
 pre_1_17_2 e503_ -1
 pre_1_17_2 e506_ 1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_above_pre 1
 pre_1_18_0 e509_ -1
 pre_1_18_0 e510_ -1
 pre_1_18_0 e513_ 1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_above_pre 1
 pre_1_18_1 e516_ -1
 pre_1_18_1 e517_ -1
 pre_1_18_1 e520_ 1
 pre_1_18_2 pre_definition_1_18_2 1
 pre_1_18_2 relu_1_18_2_above_pre 1
 pre_1_18_2 e523_ -1
 pre_1_18_2 e524_ -1
 pre_1_18_2 e527_ 1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_above_pre 1
 pre_1_19_0 e530_ -1
 pre_1_19_0 e531_ -1
 pre_1_19_0 e534_ 1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_above_pre 1
 pre_1_19_1 e537_ -1
 pre_1_19_1 e538_ -1
 pre_1_19_1 e541_ 1
 pre_1_19_2 pre_definition_1_19_2 1
 pre_1_19_2 relu_1_19_2_above_pre 1
 pre_1_19_2 e544_ -1
 pre_1_19_2 e545_ -1
 pre_1_19_2 e548_ 1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_above_pre 1
 pre_1_20_0 e551_ -1
 pre_1_20_0 e552_ -1
 pre_1_20_0 e555_ 1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_above_pre 1
 pre_1_20_1 e558_ -1
 pre_1_20_1 e559_ -1
 pre_1_20_1 e562_ 1
 pre_1_20_2 pre_definition_1_20_2 1
 pre_1_20_2 relu_1_20_2_above_pre 1
 pre_1_20_2 e565_ -1
 pre_1_20_2 e566_ -1
 pre_1_20_2 e569_ 1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_above_pre 1
 pre_1_21_0 e572_ -1
 pre_1_21_0 e573_ -1
 pre_1_21_0 e576_ 1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_above_pre 1
 pre_1_21_1 e579_ -1
 pre_1_21_1 e580_ -1
 pre_1_21_1 e583_ 1
 pre_1_21_2 pre_definition_1_21_2 1
 pre_1_21_2 relu_1_21_2_above_pre 1
 pre_1_21_2 e586_ -1
 pre_1_21_2 e587_ -1
 pre_1_21_2 e590_ 1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_above_pre 1
 pre_1_22_0 e593_ -1
 pre_1_22_0 e594_ -1
 pre_1_22_0 e597_ 1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_above_pre 1
 pre_1_22_1 e600_ -1
 pre_1_22_1 e601_ -1
 pre_1_22_1 e604_ 1
 pre_1_22_2 pre_definition_1_22_2 1
 pre_1_22_2 relu_1_22_2_above_pre 1
 pre_1_22_2 e607_ -1
 pre_1_22_2 e608_ -1
 pre_1_22_2 e611_ 1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_above_pre 1
 pre_1_23_0 e614_ -1
 pre_1_23_0 e615_ -1
 pre_1_23_0 e618_ 1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_above_pre 1
 pre_1_23_1 e621_ -1
 pre_1_23_1 e622_ -1
 pre_1_23_1 e625_ 1
 pre_1_23_2 pre_definition_1_23_2 1
 pre_1_23_2 relu_1_23_2_above_pre 1
 pre_1_23_2 e628_ -1
 pre_1_23_2 e629_ -1
 pre_1_23_2 e632_ 1
 pre_1_24_0 pre_definition_1_24_0 1
 pre_1_24_0 relu_1_24_0_above_pre 1
 pre_1_24_0 e635_ -1
 pre_1_24_0 e636_ -1
 pre_1_24_0 e639_ 1
 pre_1_24_1 pre_definition_1_24_1 1
 pre_1_24_1 relu_1_24_1_above_pre 1
 pre_1_24_1 e642_ -1
 pre_1_24_1 e643_ -1
 pre_1_24_1 e646_ 1
 pre_1_24_2 pre_definition_1_24_2 1
 pre_1_24_2 relu_1_24_2_above_pre 1
 pre_1_24_2 e649_ -1
 pre_1_24_2 e650_ -1
 pre_1_24_2 e653_ 1
 pre_1_25_0 pre_definition_1_25_0 1
 pre_1_25_0 relu_1_25_0_above_pre 1
 pre_1_25_0 e656_ -1
 pre_1_25_0 e657_ -1
 pre_1_25_0 e660_ 1
 pre_1_25_1 pre_definition_1_25_1 1
 pre_1_25_1 relu_1_25_1_above_pre 1
 pre_1_25_1 e663_ -1
 pre_1_25_1 e664_ -1
 pre_1_25_1 e667_ 1
 pre_1_25_2 pre_definition_1_25_2 1
 pre_1_25_2 relu_1_25_2_above_pre 1
 pre_1_25_2 e670_ -1
 pre_1_25_2 e671_ -1
 pre_1_25_2 e674_ 1
 pre_1_26_0 pre_definition_1_26_0 1
 pre_1_26_0 relu_1_26_0_above_pre 1
 pre_1_26_0 e677_ -1
 pre_1_26_0 e678_ -1
 pre_1_26_0 e681_ 1
 pre_1_26_1 pre_definition_1_26_1 1
 pre_1_26_1 relu_1_26_1_above_pre 1
 pre_1_26_1 e684_ -1
 pre_1_26_1 e685_ -1
 pre_1_26_1 e688_ 1
 pre_1_26_2 pre_definition_1_26_2 1
 pre_1_26_2 relu_1_26_2_above_pre 1
 pre_1_26_2 e691_ -1
 pre_1_26_2 e692_ -1
 pre_1_26_2 e695_ 1
 pre_1_27_0 pre_definition_1_27_0 1
 pre_1_27_0 relu_1_27_0_above_pre 1
 pre_1_27_0 e698_ -1
 pre_1_27_0 e699_ -1
 pre_1_27_0 e702_ 1
 pre_1_27_1 pre_definition_1_27_1 1
 pre_1_27_1 relu_1_27_1_above_pre 1
 pre_1_27_1 e705_ -1
 pre_1_27_1 e706_ -1
 pre_1_27_1 e709_ 1
 pre_1_27_2 pre_definition_1_27_2 1
 pre_1_27_2 relu_1_27_2_above_pre 1
 pre_1_27_2 e712_ -1
 pre_1_27_2 e713_ -1
 pre_1_27_2 e716_ 1
 pre_1_28_0 pre_definition_1_28_0 1
 pre_1_28_0 relu_1_28_0_above_pre 1
 pre_1_28_0 e719_ -1
 pre_1_28_0 e720_ -1
 pre_1_28_0 e723_ 1
 pre_1_28_1 pre_definition_1_28_1 1
 pre_1_28_1 relu_1_28_1_above_pre 1
 pre_1_28_1 e726_ -1
 pre_1_28_1 e727_ -1
 pre_1_28_1 e730_ 1
 pre_1_28_2 pre_definition_1_28_2 1
 pre_1_28_2 relu_1_28_2_above_pre 1
 pre_1_28_2 e733_ -1
 pre_1_28_2 e734_ -1
 pre_1_28_2 e737_ 1
 pre_1_29_0 pre_definition_1_29_0 1
 pre_1_29_0 relu_1_29_0_above_pre 1
 pre_1_29_0 e740_ -1
 pre_1_29_0 e741_ -1
 pre_1_29_0 e744_ 1
 pre_1_29_1 pre_definition_1_29_1 1
 pre_1_29_1 relu_1_29_1_above_pre 1
 pre_1_29_1 e747_ -1
 pre_1_29_1 e748_ -1
 pre_1_29_1 e751_ 1
 pre_1_29_2 pre_definition_1_29_2 1
 pre_1_29_2 relu_1_29_2_above_pre 1
 pre_1_29_2 e754_ -1
 pre_1_29_2 e755_ -1
 pre_1_29_2 e758_ 1
 pre_1_30_0 pre_definition_1_30_0 1
 pre_1_30_0 relu_1_30_0_above_pre 1
 pre_1_30_0 e761_ -1
 pre_1_30_0 e762_ -1
 pre_1_30_0 e765_ 1
 pre_1_30_1 pre_definition_1_30_1 1
 pre_1_30_1 relu_1_30_1_above_pre 1
 pre_1_30_1 e768_ -1
 pre_1_30_1 e769_ -1
 pre_1_30_1 e772_ 1
 pre_1_30_2 pre_definition_1_30_2 1
 pre_1_30_2 relu_1_30_2_above_pre 1
 pre_1_30_2 e775_ -1
 pre_1_30_2 e776_ -1
 pre_1_30_2 e779_ 1
 pre_1_31_0 pre_definition_1_31_0 1
 pre_1_31_0 relu_1_31_0_above_pre 1
 pre_1_31_0 e782_ -1
 pre_1_31_0 e783_ -1
 pre_1_31_0 e786_ 1
 pre_1_31_1 pre_definition_1_31_1 1
 pre_1_31_1 relu_1_31_1_above_pre 1
 pre_1_31_1 e789_ -1
 pre_1_31_1 e790_ -1
 pre_1_31_1 e793_ 1
 pre_1_31_2 pre_definition_1_31_2 1
 pre_1_31_2 relu_1_31_2_above_pre 1
 pre_1_31_2 e796_ -1
 pre_1_31_2 e797_ -1
 pre_1_31_2 e800_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e131_ 1
 post_1_0_0 e132_ 1
 post_1_0_0 e133_ 1
 post_1_0_0 e134_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e138_ 1
 post_1_0_1 e139_ 1
 post_1_0_1 e140_ 1
 post_1_0_1 e141_ 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 e145_ 1
 post_1_0_2 e146_ 1
 post_1_0_2 e147_ 1
 post_1_0_2 e148_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e152_ 1
 post_1_1_0 e153_ 1
 post_1_1_0 e154_ 1
 post_1_1_0 e155_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e159_ 1
 post_1_1_1 e160_ 1
 post_1_1_1 e161_ 1
 post_1_1_1 e162_ 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 e166_ 1
 post_1_1_2 e167_ 1
 post_1_1_2 e168_ 1
 post_1_1_2 e169_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e173_ 1
 post_1_2_0 e174_ 1
 post_1_2_0 e175_ 1
 post_1_2_0 e176_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e180_ 1
 post_1_2_1 e181_ 1
 post_1_2_1 e182_ 1
 post_1_2_1 e183_ 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 e187_ 1
 post_1_2_2 e188_ 1
 post_1_2_2 e189_ 1
 post_1_2_2 e190_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e194_ 1
 post_1_3_0 e195_ 1
 post_1_3_0 e196_ 1
 post_1_3_0 e197_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e201_ 1
 post_1_3_1 e202_ 1
 post_1_3_1 e203_ 1
 post_1_3_1 e204_ 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 e208_ 1
 post_1_3_2 e209_ 1
 post_1_3_2 e210_ 1
 post_1_3_2 e211_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e215_ 1
 post_1_4_0 e216_ 1
 post_1_4_0 e217_ 1
 post_1_4_0 e218_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e222_ 1
 post_1_4_1 e223_ 1
 post_1_4_1 e224_ 1
 post_1_4_1 e225_ 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 e229_ 1
 post_1_4_2 e230_ 1
 post_1_4_2 e231_ 1
 post_1_4_2 e232_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e236_ 1
 post_1_5_0 e237_ 1
 post_1_5_0 e238_ 1
 post_1_5_0 e239_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e243_ 1
 post_1_5_1 e244_ 1
 post_1_5_1 e245_ 1
 post_1_5_1 e246_ 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 e250_ 1
 post_1_5_2 e251_ 1
 post_1_5_2 e252_ 1
 post_1_5_2 e253_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e257_ 1
 post_1_6_0 e258_ 1
 post_1_6_0 e259_ 1
 post_1_6_0 e260_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e264_ 1
 post_1_6_1 e265_ 1
 post_1_6_1 e266_ 1
 post_1_6_1 e267_ 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 e271_ 1
 post_1_6_2 e272_ 1
 post_1_6_2 e273_ 1
 post_1_6_2 e274_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e278_ 1
 post_1_7_0 e279_ 1
 post_1_7_0 e280_ 1
 post_1_7_0 e281_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e285_ 1
 post_1_7_1 e286_ 1
 post_1_7_1 e287_ 1
 post_1_7_1 e288_ 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 e292_ 1
 post_1_7_2 e293_ 1
 post_1_7_2 e294_ 1
 post_1_7_2 e295_ 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 e299_ 1
 post_1_8_0 e300_ 1
 post_1_8_0 e301_ 1
 post_1_8_0 e302_ 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 e306_ 1
 post_1_8_1 e307_ 1
 post_1_8_1 e308_ 1
 post_1_8_1 e309_ 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 e313_ 1
 post_1_8_2 e314_ 1
 post_1_8_2 e315_ 1
 post_1_8_2 e316_ 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 e320_ 1
 post_1_9_0 e321_ 1
 post_1_9_0 e322_ 1
 post_1_9_0 e323_ 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 e327_ 1
 post_1_9_1 e328_ 1
 post_1_9_1 e329_ 1
 post_1_9_1 e330_ 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 e334_ 1
 post_1_9_2 e335_ 1
 post_1_9_2 e336_ 1
 post_1_9_2 e337_ 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 e341_ 1
 post_1_10_0 e342_ 1
 post_1_10_0 e343_ 1
 post_1_10_0 e344_ 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 e348_ 1
 post_1_10_1 e349_ 1
 post_1_10_1 e350_ 1
 post_1_10_1 e351_ 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 e355_ 1
 post_1_10_2 e356_ 1
 post_1_10_2 e357_ 1
 post_1_10_2 e358_ 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 e362_ 1
 post_1_11_0 e363_ 1
 post_1_11_0 e364_ 1
 post_1_11_0 e365_ 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 e369_ 1
 post_1_11_1 e370_ 1
 post_1_11_1 e371_ 1
 post_1_11_1 e372_ 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 e376_ 1
 post_1_11_2 e377_ 1
 post_1_11_2 e378_ 1
 post_1_11_2 e379_ 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 e383_ 1
 post_1_12_0 e384_ 1
 post_1_12_0 e385_ 1
 post_1_12_0 e386_ 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 e390_ 1
 post_1_12_1 e391_ 1
 post_1_12_1 e392_ 1
 post_1_12_1 e393_ 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 e397_ 1
 post_1_12_2 e398_ 1
 post_1_12_2 e399_ 1
 post_1_12_2 e400_ 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 e404_ 1
 post_1_13_0 e405_ 1
 post_1_13_0 e406_ 1
 post_1_13_0 e407_ 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 e411_ 1
 post_1_13_1 e412_ 1
 post_1_13_1 e413_ 1
 post_1_13_1 e414_ 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 e418_ 1
 post_1_13_2 e419_ 1
 post_1_13_2 e420_ 1
 post_1_13_2 e421_ 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 e425_ 1
 post_1_14_0 e426_ 1
 post_1_14_0 e427_ 1
 post_1_14_0 e428_ 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 e432_ 1
 post_1_14_1 e433_ 1
 post_1_14_1 e434_ 1
 post_1_14_1 e435_ 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 e439_ 1
 post_1_14_2 e440_ 1
 post_1_14_2 e441_ 1
 post_1_14_2 e442_ 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 e446_ 1
 post_1_15_0 e447_ 1
 post_1_15_0 e448_ 1
 post_1_15_0 e449_ 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 e453_ 1
 post_1_15_1 e454_ 1
 post_1_15_1 e455_ 1
 post_1_15_1 e456_ 1
 post_1_15_2 relu_1_15_2_above_pre -1
 post_1_15_2 e460_ 1
 post_1_15_2 e461_ 1
 post_1_15_2 e462_ 1
 post_1_15_2 e463_ 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 e467_ 1
 post_1_16_0 e468_ 1
 post_1_16_0 e469_ 1
 post_1_16_0 e470_ 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 e474_ 1
 post_1_16_1 e475_ 1
 post_1_16_1 e476_ 1
 post_1_16_1 e477_ 1
 post_1_16_2 relu_1_16_2_above_pre -1
 post_1_16_2 e481_ 1
 post_1_16_2 e482_ 1
 post_1_16_2 e483_ 1
 post_1_16_2 e484_ 1
 post_1_17_0 relu_1_17_0_above_pre -1
 post_1_17_0 e488_ 1
 post_1_17_0 e489_ 1
 post_1_17_0 e490_ 1
 post_1_17_0 e491_ 1
 post_1_17_1 relu_1_17_1_above_pre -1
 post_1_17_1 e495_ 1
 post_1_17_1 e496_ 1
 post_1_17_1 e497_ 1
 post_1_17_1 e498_ 1
 post_1_17_2 relu_1_17_2_above_pre -1
 post_1_17_2 e502_ 1
 post_1_17_2 e503_ 1
 post_1_17_2 e504_ 1
 post_1_17_2 e505_ 1
 post_1_18_0 relu_1_18_0_above_pre -1
 post_1_18_0 e509_ 1
 post_1_18_0 e510_ 1
 post_1_18_0 e511_ 1
 post_1_18_0 e512_ 1
 post_1_18_1 relu_1_18_1_above_pre -1
 post_1_18_1 e516_ 1
 post_1_18_1 e517_ 1
 post_1_18_1 e518_ 1
 post_1_18_1 e519_ 1
 post_1_18_2 relu_1_18_2_above_pre -1
 post_1_18_2 e523_ 1
 post_1_18_2 e524_ 1
 post_1_18_2 e525_ 1
 post_1_18_2 e526_ 1
 post_1_19_0 relu_1_19_0_above_pre -1
 post_1_19_0 e530_ 1
 post_1_19_0 e531_ 1
 post_1_19_0 e532_ 1
 post_1_19_0 e533_ 1
 post_1_19_1 relu_1_19_1_above_pre -1
 post_1_19_1 e537_ 1
 post_1_19_1 e538_ 1
 post_1_19_1 e539_ 1
 post_1_19_1 e540_ 1
 post_1_19_2 relu_1_19_2_above_pre -1
 post_1_19_2 e544_ 1
 post_1_19_2 e545_ 1
 post_1_19_2 e546_ 1
 post_1_19_2 e547_ 1
 post_1_20_0 relu_1_20_0_above_pre -1
 post_1_20_0 e551_ 1
 post_1_20_0 e552_ 1
 post_1_20_0 e553_ 1
 post_1_20_0 e554_ 1
 post_1_20_1 relu_1_20_1_above_pre -1
 post_1_20_1 e558_ 1
 post_1_20_1 e559_ 1
 post_1_20_1 e560_ 1
 post_1_20_1 e561_ 1
 post_1_20_2 relu_1_20_2_above_pre -1
 post_1_20_2 e565_ 1
 post_1_20_2 e566_ 1
 post_1_20_2 e567_ 1
 post_1_20_2 e568_ 1
 post_1_21_0 relu_1_21_0_above_pre -1
 post_1_21_0 e572_ 1
 post_1_21_0 e573_ 1
 post_1_21_0 e574_ 1
 post_1_21_0 e575_ 1
 post_1_21_1 relu_1_21_1_above_pre -1
 post_1_21_1 e579_ 1
 post_1_21_1 e580_ 1
 post_1_21_1 e581_ 1
 post_1_21_1 e582_ 1
 post_1_21_2 relu_1_21_2_above_pre -1
 post_1_21_2 e586_ 1
 post_1_21_2 e587_ 1
 post_1_21_2 e588_ 1
 post_1_21_2 e589_ 1
 post_1_22_0 relu_1_22_0_above_pre -1
 post_1_22_0 e593_ 1
 post_1_22_0 e594_ 1
 post_1_22_0 e595_ 1
 post_1_22_0 e596_ 1
 post_1_22_1 relu_1_22_1_above_pre -1
 post_1_22_1 e600_ 1
 post_1_22_1 e601_ 1
 post_1_22_1 e602_ 1
 post_1_22_1 e603_ 1
 post_1_22_2 relu_1_22_2_above_pre -1
 post_1_22_2 e607_ 1
 post_1_22_2 e608_ 1
 post_1_22_2 e609_ 1
 post_1_22_2 e610_ 1
 post_1_23_0 relu_1_23_0_above_pre -1
 post_1_23_0 e614_ 1
 post_1_23_0 e615_ 1
 post_1_23_0 e616_ 1
 post_1_23_0 e617_ 1
 post_1_23_1 relu_1_23_1_above_pre -1
 post_1_23_1 e621_ 1
 post_1_23_1 e622_ 1
 post_1_23_1 e623_ 1
 post_1_23_1 e624_ 1
 post_1_23_2 relu_1_23_2_above_pre -1
 post_1_23_2 e628_ 1
 post_1_23_2 e629_ 1
 post_1_23_2 e630_ 1
 post_1_23_2 e631_ 1
 post_1_24_0 relu_1_24_0_above_pre -1
 post_1_24_0 e635_ 1
 post_1_24_0 e636_ 1
 post_1_24_0 e637_ 1
 post_1_24_0 e638_ 1
 post_1_24_1 relu_1_24_1_above_pre -1
 post_1_24_1 e642_ 1
 post_1_24_1 e643_ 1
 post_1_24_1 e644_ 1
 post_1_24_1 e645_ 1
 post_1_24_2 relu_1_24_2_above_pre -1
 post_1_24_2 e649_ 1
 post_1_24_2 e650_ 1
 post_1_24_2 e651_ 1
 post_1_24_2 e652_ 1
 post_1_25_0 relu_1_25_0_above_pre -1
 post_1_25_0 e656_ 1
 post_1_25_0 e657_ 1
 post_1_25_0 e658_ 1
 post_1_25_0 e659_ 1
 post_1_25_1 relu_1_25_1_above_pre -1
 post_1_25_1 e663_ 1
 post_1_25_1 e664_ 1
 post_1_25_1 e665_ 1
 post_1_25_1 e666_ 1
 post_1_25_2 relu_1_25_2_above_pre -1
 post_1_25_2 e670_ 1
 post_1_25_2 e671_ 1
 post_1_25_2 e672_ 1
 post_1_25_2 e673_ 1
 post_1_26_0 relu_1_26_0_above_pre -1
 post_1_26_0 e677_ 1
 post_1_26_0 e678_ 1
 post_1_26_0 e679_ 1
 post_1_26_0 e680_ 1
 post_1_26_1 relu_1_26_1_above_pre -1
 post_1_26_1 e684_ 1
 post_1_26_1 e685_ 1
 post_1_26_1 e686_ 1
 post_1_26_1 e687_ 1
 post_1_26_2 relu_1_26_2_above_pre -1
 post_1_26_2 e691_ 1
 post_1_26_2 e692_ 1
 post_1_26_2 e693_ 1
 post_1_26_2 e694_ 1
 post_1_27_0 relu_1_27_0_above_pre -1
 post_1_27_0 e698_ 1
 post_1_27_0 e699_ 1
 post_1_27_0 e700_ 1
 post_1_27_0 e701_ 1
 post_1_27_1 relu_1_27_1_above_pre -1
 post_1_27_1 e705_ 1
 post_1_27_1 e706_ 1
 post_1_27_1 e707_ 1
 post_1_27_1 e708_ 1
 post_1_27_2 relu_1_27_2_above_pre -1
 post_1_27_2 e712_ 1
 post_1_27_2 e713_ 1
 post_1_27_2 e714_ 1
 post_1_27_2 e715_ 1
 post_1_28_0 relu_1_28_0_above_pre -1
 post_1_28_0 e719_ 1
 post_1_28_0 e720_ 1
 post_1_28_0 e721_ 1
 post_1_28_0 e722_ 1
 post_1_28_1 relu_1_28_1_above_pre -1
 post_1_28_1 e726_ 1
 post_1_28_1 e727_ 1
 post_1_28_1 e728_ 1
 post_1_28_1 e729_ 1
 post_1_28_2 relu_1_28_2_above_pre -1
 post_1_28_2 e733_ 1
 post_1_28_2 e734_ 1
 post_1_28_2 e735_ 1
 post_1_28_2 e736_ 1
 post_1_29_0 relu_1_29_0_above_pre -1
 post_1_29_0 e740_ 1
 post_1_29_0 e741_ 1
 post_1_29_0 e742_ 1
 post_1_29_0 e743_ 1
 post_1_29_1 relu_1_29_1_above_pre -1
 post_1_29_1 e747_ 1
 post_1_29_1 e748_ 1
 post_1_29_1 e749_ 1
 post_1_29_1 e750_ 1
 post_1_29_2 relu_1_29_2_above_pre -1
 post_1_29_2 e754_ 1
 post_1_29_2 e755_ 1
 post_1_29_2 e756_ 1
 post_1_29_2 e757_ 1
 post_1_30_0 relu_1_30_0_above_pre -1
 post_1_30_0 e761_ 1
 post_1_30_0 e762_ 1
 post_1_30_0 e763_ 1
 post_1_30_0 e764_ 1
 post_1_30_1 relu_1_30_1_above_pre -1
 post_1_30_1 e768_ 1
 post_1_30_1 e769_ 1
 post_1_30_1 e770_ 1
 post_1_30_1 e771_ 1
 post_1_30_2 relu_1_30_2_above_pre -1
 post_1_30_2 e775_ 1
 post_1_30_2 e776_ 1
 post_1_30_2 e777_ 1
 post_1_30_2 e778_ 1
 post_1_31_0 relu_1_31_0_above_pre -1
 post_1_31_0 e782_ 1
 post_1_31_0 e783_ 1
 post_1_31_0 e784_ 1
 post_1_31_0 e785_ 1
 post_1_31_1 relu_1_31_1_above_pre -1
 post_1_31_1 e789_ 1
 post_1_31_1 e790_ 1
 post_1_31_1 e791_ 1
 post_1_31_1 e792_ 1
 post_1_31_2 relu_1_31_2_above_pre -1
 post_1_31_2 e796_ 1
 post_1_31_2 e797_ 1
 post_1_31_2 e798_ 1
 post_1_31_2 e799_ 1
 out_0_0 obj -2.2662820066717253
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.1844539563742285
 out_1_0 out_definition_1_0 1
 out_2_0 obj -3.321365857919582
 out_2_0 out_definition_2_0 1
 out_3_0 obj -4.40446714544167
 out_3_0 out_definition_3_0 1
 out_4_0 obj -2.8646803318241414
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.8745722996232967
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.21345693089924322
 out_6_0 out_definition_6_0 1
 out_7_0 obj 0.09495534651750809
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.25659061949059137
 out_8_0 out_definition_8_0 1
 out_9_0 obj -3.753252542554006
 out_9_0 out_definition_9_0 1
 out_10_0 obj -1.2926893390784338
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.813487128253551
 out_11_0 out_definition_11_0 1
 out_12_0 obj 0.8342502725440888
 out_12_0 out_definition_12_0 1
 out_13_0 obj -2.080641975310978
 out_13_0 out_definition_13_0 1
 out_14_0 obj -2.5411132901085134
 out_14_0 out_definition_14_0 1
 out_15_0 obj -2.983156094512497
 out_15_0 out_definition_15_0 1
 out_16_0 obj -3.015906167946895
 out_16_0 out_definition_16_0 1
 out_17_0 obj -3.8088093360351203
 out_17_0 out_definition_17_0 1
 out_18_0 obj 0.43472560633510304
 out_18_0 out_definition_18_0 1
 out_19_0 obj -0.9839101109491358
 out_19_0 out_definition_19_0 1
 out_20_0 obj -3.85315767477346
 out_20_0 out_definition_20_0 1
 out_21_0 obj -3.09163218404774
 out_21_0 out_definition_21_0 1
 out_22_0 obj -2.920910416151539
 out_22_0 out_definition_22_0 1
 out_23_0 obj -3.110691074732489
 out_23_0 out_definition_23_0 1
 out_24_0 obj -4.168056262206978
 out_24_0 out_definition_24_0 1
 out_25_0 obj -3.185890411356028
 out_25_0 out_definition_25_0 1
 out_26_0 obj -3.559324032678262
 out_26_0 out_definition_26_0 1
 out_27_0 obj -1.5730863126400305
 out_27_0 out_definition_27_0 1
 out_28_0 obj -2.394349358803234
 out_28_0 out_definition_28_0 1
 out_29_0 obj -1.4357823107531684
 out_29_0 out_definition_29_0 1
 out_30_0 obj -0.6720319754183377
 out_30_0 out_definition_30_0 1
 out_31_0 obj -1.4718964634360612
 out_31_0 out_definition_31_0 1
 M237 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e131_ -7.176419226746878
 relu_1_0_0_on_binary_indicator_var e132_ 14.352838453493757
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e134_ 7.176419226746878
 relu_1_0_0_off_binary_indicator_var e135_ 7.176419226746878
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e138_ -7.176419226746878
 relu_1_0_1_on_binary_indicator_var e139_ 14.352838453493757
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e141_ 7.176419226746878
 relu_1_0_1_off_binary_indicator_var e142_ 7.176419226746878
 relu_1_0_2_on_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_on_binary_indicator_var e145_ -7.176419226746878
 relu_1_0_2_on_binary_indicator_var e146_ 14.352838453493757
 relu_1_0_2_off_binary_indicator_var relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_2_off_binary_indicator_var e148_ 7.176419226746878
 relu_1_0_2_off_binary_indicator_var e149_ 7.176419226746878
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e152_ -7.125139810483965
 relu_1_1_0_on_binary_indicator_var e153_ 14.25027962096793
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e155_ 7.125139810483965
 relu_1_1_0_off_binary_indicator_var e156_ 7.125139810483965
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e159_ -7.125139810483965
 relu_1_1_1_on_binary_indicator_var e160_ 14.25027962096793
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e162_ 7.125139810483965
 relu_1_1_1_off_binary_indicator_var e163_ 7.125139810483965
 relu_1_1_2_on_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_on_binary_indicator_var e166_ -7.125139810483965
 relu_1_1_2_on_binary_indicator_var e167_ 14.25027962096793
 relu_1_1_2_off_binary_indicator_var relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_2_off_binary_indicator_var e169_ 7.125139810483965
 relu_1_1_2_off_binary_indicator_var e170_ 7.125139810483965
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e173_ -4.450495978270242
 relu_1_2_0_on_binary_indicator_var e174_ 8.900991956540484
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e176_ 4.450495978270242
 relu_1_2_0_off_binary_indicator_var e177_ 4.450495978270242
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e180_ -4.450495978270242
 relu_1_2_1_on_binary_indicator_var e181_ 8.900991956540484
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e183_ 4.450495978270242
 relu_1_2_1_off_binary_indicator_var e184_ 4.450495978270242
 relu_1_2_2_on_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_on_binary_indicator_var e187_ -4.450495978270242
 relu_1_2_2_on_binary_indicator_var e188_ 8.900991956540484
 relu_1_2_2_off_binary_indicator_var relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_2_off_binary_indicator_var e190_ 4.450495978270242
 relu_1_2_2_off_binary_indicator_var e191_ 4.450495978270242
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e194_ -6.293958645941272
 relu_1_3_0_on_binary_indicator_var e195_ 12.587917291882544
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e197_ 6.293958645941272
 relu_1_3_0_off_binary_indicator_var e198_ 6.293958645941272
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e201_ -6.293958645941272
 relu_1_3_1_on_binary_indicator_var e202_ 12.587917291882544
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e204_ 6.293958645941272
 relu_1_3_1_off_binary_indicator_var e205_ 6.293958645941272
 relu_1_3_2_on_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_on_binary_indicator_var e208_ -6.293958645941272
 relu_1_3_2_on_binary_indicator_var e209_ 12.587917291882544
 relu_1_3_2_off_binary_indicator_var relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_2_off_binary_indicator_var e211_ 6.293958645941272
 relu_1_3_2_off_binary_indicator_var e212_ 6.293958645941272
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e215_ -6.278046829164398
 relu_1_4_0_on_binary_indicator_var e216_ 12.556093658328797
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e218_ 6.278046829164398
 relu_1_4_0_off_binary_indicator_var e219_ 6.278046829164398
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e222_ -6.278046829164398
 relu_1_4_1_on_binary_indicator_var e223_ 12.556093658328797
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e225_ 6.278046829164398
 relu_1_4_1_off_binary_indicator_var e226_ 6.278046829164398
 relu_1_4_2_on_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_on_binary_indicator_var e229_ -6.278046829164398
 relu_1_4_2_on_binary_indicator_var e230_ 12.556093658328797
 relu_1_4_2_off_binary_indicator_var relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_2_off_binary_indicator_var e232_ 6.278046829164398
 relu_1_4_2_off_binary_indicator_var e233_ 6.278046829164398
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e236_ -4.575447738333024
 relu_1_5_0_on_binary_indicator_var e237_ 9.150895476666047
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e239_ 4.575447738333024
 relu_1_5_0_off_binary_indicator_var e240_ 4.575447738333024
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e243_ -4.575447738333024
 relu_1_5_1_on_binary_indicator_var e244_ 9.150895476666047
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e246_ 4.575447738333024
 relu_1_5_1_off_binary_indicator_var e247_ 4.575447738333024
 relu_1_5_2_on_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_on_binary_indicator_var e250_ -4.575447738333024
 relu_1_5_2_on_binary_indicator_var e251_ 9.150895476666047
 relu_1_5_2_off_binary_indicator_var relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_2_off_binary_indicator_var e253_ 4.575447738333024
 relu_1_5_2_off_binary_indicator_var e254_ 4.575447738333024
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e257_ -6.681194289163965
 relu_1_6_0_on_binary_indicator_var e258_ 13.36238857832793
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e260_ 6.681194289163965
 relu_1_6_0_off_binary_indicator_var e261_ 6.681194289163965
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e264_ -6.681194289163965
 relu_1_6_1_on_binary_indicator_var e265_ 13.36238857832793
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e267_ 6.681194289163965
 relu_1_6_1_off_binary_indicator_var e268_ 6.681194289163965
 relu_1_6_2_on_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_on_binary_indicator_var e271_ -6.681194289163965
 relu_1_6_2_on_binary_indicator_var e272_ 13.36238857832793
 relu_1_6_2_off_binary_indicator_var relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_2_off_binary_indicator_var e274_ 6.681194289163965
 relu_1_6_2_off_binary_indicator_var e275_ 6.681194289163965
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e278_ -6.998263939541548
 relu_1_7_0_on_binary_indicator_var e279_ 13.996527879083096
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e281_ 6.998263939541548
 relu_1_7_0_off_binary_indicator_var e282_ 6.998263939541548
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e285_ -6.998263939541548
 relu_1_7_1_on_binary_indicator_var e286_ 13.996527879083096
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e288_ 6.998263939541548
 relu_1_7_1_off_binary_indicator_var e289_ 6.998263939541548
 relu_1_7_2_on_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_on_binary_indicator_var e292_ -6.998263939541548
 relu_1_7_2_on_binary_indicator_var e293_ 13.996527879083096
 relu_1_7_2_off_binary_indicator_var relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_2_off_binary_indicator_var e295_ 6.998263939541548
 relu_1_7_2_off_binary_indicator_var e296_ 6.998263939541548
 relu_1_8_0_on_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_on_binary_indicator_var e299_ -5.033436041032538
 relu_1_8_0_on_binary_indicator_var e300_ 10.066872082065077
 relu_1_8_0_off_binary_indicator_var relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_0_off_binary_indicator_var e302_ 5.033436041032538
 relu_1_8_0_off_binary_indicator_var e303_ 5.033436041032538
 relu_1_8_1_on_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_on_binary_indicator_var e306_ -5.033436041032538
 relu_1_8_1_on_binary_indicator_var e307_ 10.066872082065077
 relu_1_8_1_off_binary_indicator_var relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_1_off_binary_indicator_var e309_ 5.033436041032538
 relu_1_8_1_off_binary_indicator_var e310_ 5.033436041032538
 relu_1_8_2_on_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_on_binary_indicator_var e313_ -5.033436041032538
 relu_1_8_2_on_binary_indicator_var e314_ 10.066872082065077
 relu_1_8_2_off_binary_indicator_var relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_8_2_off_binary_indicator_var e316_ 5.033436041032538
 relu_1_8_2_off_binary_indicator_var e317_ 5.033436041032538
 relu_1_9_0_on_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_on_binary_indicator_var e320_ -5.85589242599091
 relu_1_9_0_on_binary_indicator_var e321_ 11.71178485198182
 relu_1_9_0_off_binary_indicator_var relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_0_off_binary_indicator_var e323_ 5.85589242599091
 relu_1_9_0_off_binary_indicator_var e324_ 5.85589242599091
 relu_1_9_1_on_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_on_binary_indicator_var e327_ -5.85589242599091
 relu_1_9_1_on_binary_indicator_var e328_ 11.71178485198182
 relu_1_9_1_off_binary_indicator_var relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_1_off_binary_indicator_var e330_ 5.85589242599091
 relu_1_9_1_off_binary_indicator_var e331_ 5.85589242599091
 relu_1_9_2_on_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_on_binary_indicator_var e334_ -5.85589242599091
 relu_1_9_2_on_binary_indicator_var e335_ 11.71178485198182
 relu_1_9_2_off_binary_indicator_var relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_9_2_off_binary_indicator_var e337_ 5.85589242599091
 relu_1_9_2_off_binary_indicator_var e338_ 5.85589242599091
 relu_1_10_0_on_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_on_binary_indicator_var e341_ -4.481055976018846
 relu_1_10_0_on_binary_indicator_var e342_ 8.962111952037692
 relu_1_10_0_off_binary_indicator_var relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_0_off_binary_indicator_var e344_ 4.481055976018846
 relu_1_10_0_off_binary_indicator_var e345_ 4.481055976018846
 relu_1_10_1_on_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_on_binary_indicator_var e348_ -4.481055976018846
 relu_1_10_1_on_binary_indicator_var e349_ 8.962111952037692
 relu_1_10_1_off_binary_indicator_var relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_1_off_binary_indicator_var e351_ 4.481055976018846
 relu_1_10_1_off_binary_indicator_var e352_ 4.481055976018846
 relu_1_10_2_on_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_on_binary_indicator_var e355_ -4.481055976018846
 relu_1_10_2_on_binary_indicator_var e356_ 8.962111952037692
 relu_1_10_2_off_binary_indicator_var relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_10_2_off_binary_indicator_var e358_ 4.481055976018846
 relu_1_10_2_off_binary_indicator_var e359_ 4.481055976018846
 relu_1_11_0_on_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_on_binary_indicator_var e362_ -4.223536593655531
 relu_1_11_0_on_binary_indicator_var e363_ 8.447073187311062
 relu_1_11_0_off_binary_indicator_var relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_0_off_binary_indicator_var e365_ 4.223536593655531
 relu_1_11_0_off_binary_indicator_var e366_ 4.223536593655531
 relu_1_11_1_on_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_on_binary_indicator_var e369_ -4.223536593655531
 relu_1_11_1_on_binary_indicator_var e370_ 8.447073187311062
 relu_1_11_1_off_binary_indicator_var relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_1_off_binary_indicator_var e372_ 4.223536593655531
 relu_1_11_1_off_binary_indicator_var e373_ 4.223536593655531
 relu_1_11_2_on_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_on_binary_indicator_var e376_ -4.223536593655531
 relu_1_11_2_on_binary_indicator_var e377_ 8.447073187311062
 relu_1_11_2_off_binary_indicator_var relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_11_2_off_binary_indicator_var e379_ 4.223536593655531
 relu_1_11_2_off_binary_indicator_var e380_ 4.223536593655531
 relu_1_12_0_on_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_on_binary_indicator_var e383_ -7.9411881018315
 relu_1_12_0_on_binary_indicator_var e384_ 15.882376203663
 relu_1_12_0_off_binary_indicator_var relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_0_off_binary_indicator_var e386_ 7.9411881018315
 relu_1_12_0_off_binary_indicator_var e387_ 7.9411881018315
 relu_1_12_1_on_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_on_binary_indicator_var e390_ -7.9411881018315
 relu_1_12_1_on_binary_indicator_var e391_ 15.882376203663
 relu_1_12_1_off_binary_indicator_var relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_1_off_binary_indicator_var e393_ 7.9411881018315
 relu_1_12_1_off_binary_indicator_var e394_ 7.9411881018315
 relu_1_12_2_on_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_on_binary_indicator_var e397_ -7.9411881018315
 relu_1_12_2_on_binary_indicator_var e398_ 15.882376203663
 relu_1_12_2_off_binary_indicator_var relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_12_2_off_binary_indicator_var e400_ 7.9411881018315
 relu_1_12_2_off_binary_indicator_var e401_ 7.9411881018315
 relu_1_13_0_on_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_on_binary_indicator_var e404_ -4.282407804124144
 relu_1_13_0_on_binary_indicator_var e405_ 8.564815608248288
 relu_1_13_0_off_binary_indicator_var relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_0_off_binary_indicator_var e407_ 4.282407804124144
 relu_1_13_0_off_binary_indicator_var e408_ 4.282407804124144
 relu_1_13_1_on_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_on_binary_indicator_var e411_ -4.282407804124144
 relu_1_13_1_on_binary_indicator_var e412_ 8.564815608248288
 relu_1_13_1_off_binary_indicator_var relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_1_off_binary_indicator_var e414_ 4.282407804124144
 relu_1_13_1_off_binary_indicator_var e415_ 4.282407804124144
 relu_1_13_2_on_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_on_binary_indicator_var e418_ -4.282407804124144
 relu_1_13_2_on_binary_indicator_var e419_ 8.564815608248288
 relu_1_13_2_off_binary_indicator_var relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_13_2_off_binary_indicator_var e421_ 4.282407804124144
 relu_1_13_2_off_binary_indicator_var e422_ 4.282407804124144
 relu_1_14_0_on_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_on_binary_indicator_var e425_ -4.634583834742528
 relu_1_14_0_on_binary_indicator_var e426_ 9.269167669485055
 relu_1_14_0_off_binary_indicator_var relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_0_off_binary_indicator_var e428_ 4.634583834742528
 relu_1_14_0_off_binary_indicator_var e429_ 4.634583834742528
 relu_1_14_1_on_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_on_binary_indicator_var e432_ -4.634583834742528
 relu_1_14_1_on_binary_indicator_var e433_ 9.269167669485055
 relu_1_14_1_off_binary_indicator_var relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_1_off_binary_indicator_var e435_ 4.634583834742528
 relu_1_14_1_off_binary_indicator_var e436_ 4.634583834742528
 relu_1_14_2_on_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_on_binary_indicator_var e439_ -4.634583834742528
 relu_1_14_2_on_binary_indicator_var e440_ 9.269167669485055
 relu_1_14_2_off_binary_indicator_var relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_14_2_off_binary_indicator_var e442_ 4.634583834742528
 relu_1_14_2_off_binary_indicator_var e443_ 4.634583834742528
 relu_1_15_0_on_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_on_binary_indicator_var e446_ -4.622818643788233
 relu_1_15_0_on_binary_indicator_var e447_ 9.245637287576466
 relu_1_15_0_off_binary_indicator_var relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_0_off_binary_indicator_var e449_ 4.622818643788233
 relu_1_15_0_off_binary_indicator_var e450_ 4.622818643788233
 relu_1_15_1_on_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_on_binary_indicator_var e453_ -4.622818643788233
 relu_1_15_1_on_binary_indicator_var e454_ 9.245637287576466
 relu_1_15_1_off_binary_indicator_var relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_1_off_binary_indicator_var e456_ 4.622818643788233
 relu_1_15_1_off_binary_indicator_var e457_ 4.622818643788233
 relu_1_15_2_on_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_on_binary_indicator_var e460_ -4.622818643788233
 relu_1_15_2_on_binary_indicator_var e461_ 9.245637287576466
 relu_1_15_2_off_binary_indicator_var relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_15_2_off_binary_indicator_var e463_ 4.622818643788233
 relu_1_15_2_off_binary_indicator_var e464_ 4.622818643788233
 relu_1_16_0_on_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_on_binary_indicator_var e467_ -6.978700550828476
 relu_1_16_0_on_binary_indicator_var e468_ 13.957401101656952
 relu_1_16_0_off_binary_indicator_var relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_0_off_binary_indicator_var e470_ 6.978700550828476
 relu_1_16_0_off_binary_indicator_var e471_ 6.978700550828476
 relu_1_16_1_on_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_on_binary_indicator_var e474_ -6.978700550828476
 relu_1_16_1_on_binary_indicator_var e475_ 13.957401101656952
 relu_1_16_1_off_binary_indicator_var relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_1_off_binary_indicator_var e477_ 6.978700550828476
 relu_1_16_1_off_binary_indicator_var e478_ 6.978700550828476
 relu_1_16_2_on_binary_indicator_var relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_2_on_binary_indicator_var e481_ -6.978700550828476
 relu_1_16_2_on_binary_indicator_var e482_ 13.957401101656952
 relu_1_16_2_off_binary_indicator_var relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_16_2_off_binary_indicator_var e484_ 6.978700550828476
 relu_1_16_2_off_binary_indicator_var e485_ 6.978700550828476
 relu_1_17_0_on_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_on_binary_indicator_var e488_ -6.235030806621945
 relu_1_17_0_on_binary_indicator_var e489_ 12.47006161324389
 relu_1_17_0_off_binary_indicator_var relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_0_off_binary_indicator_var e491_ 6.235030806621945
 relu_1_17_0_off_binary_indicator_var e492_ 6.235030806621945
 relu_1_17_1_on_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_on_binary_indicator_var e495_ -6.235030806621945
 relu_1_17_1_on_binary_indicator_var e496_ 12.47006161324389
 relu_1_17_1_off_binary_indicator_var relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_1_off_binary_indicator_var e498_ 6.235030806621945
 relu_1_17_1_off_binary_indicator_var e499_ 6.235030806621945
 relu_1_17_2_on_binary_indicator_var relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_2_on_binary_indicator_var e502_ -6.235030806621945
 relu_1_17_2_on_binary_indicator_var e503_ 12.47006161324389
 relu_1_17_2_off_binary_indicator_var relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_17_2_off_binary_indicator_var e505_ 6.235030806621945
 relu_1_17_2_off_binary_indicator_var e506_ 6.235030806621945
 relu_1_18_0_on_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_on_binary_indicator_var e509_ -6.718454730852487
 relu_1_18_0_on_binary_indicator_var e510_ 13.436909461704975
 relu_1_18_0_off_binary_indicator_var relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_0_off_binary_indicator_var e512_ 6.718454730852487
 relu_1_18_0_off_binary_indicator_var e513_ 6.718454730852487
 relu_1_18_1_on_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_on_binary_indicator_var e516_ -6.718454730852487
 relu_1_18_1_on_binary_indicator_var e517_ 13.436909461704975
 relu_1_18_1_off_binary_indicator_var relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_1_off_binary_indicator_var e519_ 6.718454730852487
 relu_1_18_1_off_binary_indicator_var e520_ 6.718454730852487
 relu_1_18_2_on_binary_indicator_var relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_2_on_binary_indicator_var e523_ -6.718454730852487
 relu_1_18_2_on_binary_indicator_var e524_ 13.436909461704975
 relu_1_18_2_off_binary_indicator_var relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_18_2_off_binary_indicator_var e526_ 6.718454730852487
 relu_1_18_2_off_binary_indicator_var e527_ 6.718454730852487
 relu_1_19_0_on_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_on_binary_indicator_var e530_ -6.8226887269065095
 relu_1_19_0_on_binary_indicator_var e531_ 13.645377453813019
 relu_1_19_0_off_binary_indicator_var relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_0_off_binary_indicator_var e533_ 6.8226887269065095
 relu_1_19_0_off_binary_indicator_var e534_ 6.8226887269065095
 relu_1_19_1_on_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_on_binary_indicator_var e537_ -6.8226887269065095
 relu_1_19_1_on_binary_indicator_var e538_ 13.645377453813019
 relu_1_19_1_off_binary_indicator_var relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_1_off_binary_indicator_var e540_ 6.8226887269065095
 relu_1_19_1_off_binary_indicator_var e541_ 6.8226887269065095
 relu_1_19_2_on_binary_indicator_var relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_2_on_binary_indicator_var e544_ -6.8226887269065095
 relu_1_19_2_on_binary_indicator_var e545_ 13.645377453813019
 relu_1_19_2_off_binary_indicator_var relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_19_2_off_binary_indicator_var e547_ 6.8226887269065095
 relu_1_19_2_off_binary_indicator_var e548_ 6.8226887269065095
 relu_1_20_0_on_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_on_binary_indicator_var e551_ -6.631889427894872
 relu_1_20_0_on_binary_indicator_var e552_ 13.263778855789743
 relu_1_20_0_off_binary_indicator_var relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_0_off_binary_indicator_var e554_ 6.631889427894872
 relu_1_20_0_off_binary_indicator_var e555_ 6.631889427894872
 relu_1_20_1_on_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_on_binary_indicator_var e558_ -6.631889427894872
 relu_1_20_1_on_binary_indicator_var e559_ 13.263778855789743
 relu_1_20_1_off_binary_indicator_var relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_1_off_binary_indicator_var e561_ 6.631889427894872
 relu_1_20_1_off_binary_indicator_var e562_ 6.631889427894872
 relu_1_20_2_on_binary_indicator_var relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_2_on_binary_indicator_var e565_ -6.631889427894872
 relu_1_20_2_on_binary_indicator_var e566_ 13.263778855789743
 relu_1_20_2_off_binary_indicator_var relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_20_2_off_binary_indicator_var e568_ 6.631889427894872
 relu_1_20_2_off_binary_indicator_var e569_ 6.631889427894872
 relu_1_21_0_on_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_on_binary_indicator_var e572_ -5.396286998735244
 relu_1_21_0_on_binary_indicator_var e573_ 10.792573997470488
 relu_1_21_0_off_binary_indicator_var relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_0_off_binary_indicator_var e575_ 5.396286998735244
 relu_1_21_0_off_binary_indicator_var e576_ 5.396286998735244
 relu_1_21_1_on_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_on_binary_indicator_var e579_ -5.396286998735244
 relu_1_21_1_on_binary_indicator_var e580_ 10.792573997470488
 relu_1_21_1_off_binary_indicator_var relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_1_off_binary_indicator_var e582_ 5.396286998735244
 relu_1_21_1_off_binary_indicator_var e583_ 5.396286998735244
 relu_1_21_2_on_binary_indicator_var relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_2_on_binary_indicator_var e586_ -5.396286998735244
 relu_1_21_2_on_binary_indicator_var e587_ 10.792573997470488
 relu_1_21_2_off_binary_indicator_var relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_21_2_off_binary_indicator_var e589_ 5.396286998735244
 relu_1_21_2_off_binary_indicator_var e590_ 5.396286998735244
 relu_1_22_0_on_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_on_binary_indicator_var e593_ -6.394092367761281
 relu_1_22_0_on_binary_indicator_var e594_ 12.788184735522561
 relu_1_22_0_off_binary_indicator_var relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_0_off_binary_indicator_var e596_ 6.394092367761281
 relu_1_22_0_off_binary_indicator_var e597_ 6.394092367761281
 relu_1_22_1_on_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_on_binary_indicator_var e600_ -6.394092367761281
 relu_1_22_1_on_binary_indicator_var e601_ 12.788184735522561
 relu_1_22_1_off_binary_indicator_var relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_1_off_binary_indicator_var e603_ 6.394092367761281
 relu_1_22_1_off_binary_indicator_var e604_ 6.394092367761281
 relu_1_22_2_on_binary_indicator_var relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_2_on_binary_indicator_var e607_ -6.394092367761281
 relu_1_22_2_on_binary_indicator_var e608_ 12.788184735522561
 relu_1_22_2_off_binary_indicator_var relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_22_2_off_binary_indicator_var e610_ 6.394092367761281
 relu_1_22_2_off_binary_indicator_var e611_ 6.394092367761281
 relu_1_23_0_on_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_on_binary_indicator_var e614_ -6.260561154684373
 relu_1_23_0_on_binary_indicator_var e615_ 12.521122309368746
 relu_1_23_0_off_binary_indicator_var relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_0_off_binary_indicator_var e617_ 6.260561154684373
 relu_1_23_0_off_binary_indicator_var e618_ 6.260561154684373
 relu_1_23_1_on_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_on_binary_indicator_var e621_ -6.260561154684373
 relu_1_23_1_on_binary_indicator_var e622_ 12.521122309368746
 relu_1_23_1_off_binary_indicator_var relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_1_off_binary_indicator_var e624_ 6.260561154684373
 relu_1_23_1_off_binary_indicator_var e625_ 6.260561154684373
 relu_1_23_2_on_binary_indicator_var relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_2_on_binary_indicator_var e628_ -6.260561154684373
 relu_1_23_2_on_binary_indicator_var e629_ 12.521122309368746
 relu_1_23_2_off_binary_indicator_var relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_23_2_off_binary_indicator_var e631_ 6.260561154684373
 relu_1_23_2_off_binary_indicator_var e632_ 6.260561154684373
 relu_1_24_0_on_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_on_binary_indicator_var e635_ -7.264403459229737
 relu_1_24_0_on_binary_indicator_var e636_ 14.528806918459473
 relu_1_24_0_off_binary_indicator_var relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_0_off_binary_indicator_var e638_ 7.264403459229737
 relu_1_24_0_off_binary_indicator_var e639_ 7.264403459229737
 relu_1_24_1_on_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_on_binary_indicator_var e642_ -7.264403459229737
 relu_1_24_1_on_binary_indicator_var e643_ 14.528806918459473
 relu_1_24_1_off_binary_indicator_var relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_1_off_binary_indicator_var e645_ 7.264403459229737
 relu_1_24_1_off_binary_indicator_var e646_ 7.264403459229737
 relu_1_24_2_on_binary_indicator_var relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_2_on_binary_indicator_var e649_ -7.264403459229737
 relu_1_24_2_on_binary_indicator_var e650_ 14.528806918459473
 relu_1_24_2_off_binary_indicator_var relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_24_2_off_binary_indicator_var e652_ 7.264403459229737
 relu_1_24_2_off_binary_indicator_var e653_ 7.264403459229737
 relu_1_25_0_on_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_on_binary_indicator_var e656_ -4.689817519007568
 relu_1_25_0_on_binary_indicator_var e657_ 9.379635038015136
 relu_1_25_0_off_binary_indicator_var relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_0_off_binary_indicator_var e659_ 4.689817519007568
 relu_1_25_0_off_binary_indicator_var e660_ 4.689817519007568
 relu_1_25_1_on_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_on_binary_indicator_var e663_ -4.689817519007568
 relu_1_25_1_on_binary_indicator_var e664_ 9.379635038015136
 relu_1_25_1_off_binary_indicator_var relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_1_off_binary_indicator_var e666_ 4.689817519007568
 relu_1_25_1_off_binary_indicator_var e667_ 4.689817519007568
 relu_1_25_2_on_binary_indicator_var relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_2_on_binary_indicator_var e670_ -4.689817519007568
 relu_1_25_2_on_binary_indicator_var e671_ 9.379635038015136
 relu_1_25_2_off_binary_indicator_var relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_25_2_off_binary_indicator_var e673_ 4.689817519007568
 relu_1_25_2_off_binary_indicator_var e674_ 4.689817519007568
 relu_1_26_0_on_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_on_binary_indicator_var e677_ -5.834876603928876
 relu_1_26_0_on_binary_indicator_var e678_ 11.669753207857752
 relu_1_26_0_off_binary_indicator_var relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_0_off_binary_indicator_var e680_ 5.834876603928876
 relu_1_26_0_off_binary_indicator_var e681_ 5.834876603928876
 relu_1_26_1_on_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_on_binary_indicator_var e684_ -5.834876603928876
 relu_1_26_1_on_binary_indicator_var e685_ 11.669753207857752
 relu_1_26_1_off_binary_indicator_var relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_1_off_binary_indicator_var e687_ 5.834876603928876
 relu_1_26_1_off_binary_indicator_var e688_ 5.834876603928876
 relu_1_26_2_on_binary_indicator_var relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_2_on_binary_indicator_var e691_ -5.834876603928876
 relu_1_26_2_on_binary_indicator_var e692_ 11.669753207857752
 relu_1_26_2_off_binary_indicator_var relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_26_2_off_binary_indicator_var e694_ 5.834876603928876
 relu_1_26_2_off_binary_indicator_var e695_ 5.834876603928876
 relu_1_27_0_on_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_on_binary_indicator_var e698_ -6.462017653570015
 relu_1_27_0_on_binary_indicator_var e699_ 12.92403530714003
 relu_1_27_0_off_binary_indicator_var relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_0_off_binary_indicator_var e701_ 6.462017653570015
 relu_1_27_0_off_binary_indicator_var e702_ 6.462017653570015
 relu_1_27_1_on_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_on_binary_indicator_var e705_ -6.462017653570015
 relu_1_27_1_on_binary_indicator_var e706_ 12.92403530714003
 relu_1_27_1_off_binary_indicator_var relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_1_off_binary_indicator_var e708_ 6.462017653570015
 relu_1_27_1_off_binary_indicator_var e709_ 6.462017653570015
 relu_1_27_2_on_binary_indicator_var relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_2_on_binary_indicator_var e712_ -6.462017653570015
 relu_1_27_2_on_binary_indicator_var e713_ 12.92403530714003
 relu_1_27_2_off_binary_indicator_var relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_27_2_off_binary_indicator_var e715_ 6.462017653570015
 relu_1_27_2_off_binary_indicator_var e716_ 6.462017653570015
 relu_1_28_0_on_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_on_binary_indicator_var e719_ -6.141677231816878
 relu_1_28_0_on_binary_indicator_var e720_ 12.283354463633756
 relu_1_28_0_off_binary_indicator_var relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_0_off_binary_indicator_var e722_ 6.141677231816878
 relu_1_28_0_off_binary_indicator_var e723_ 6.141677231816878
 relu_1_28_1_on_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_on_binary_indicator_var e726_ -6.141677231816878
 relu_1_28_1_on_binary_indicator_var e727_ 12.283354463633756
 relu_1_28_1_off_binary_indicator_var relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_1_off_binary_indicator_var e729_ 6.141677231816878
 relu_1_28_1_off_binary_indicator_var e730_ 6.141677231816878
 relu_1_28_2_on_binary_indicator_var relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_2_on_binary_indicator_var e733_ -6.141677231816878
 relu_1_28_2_on_binary_indicator_var e734_ 12.283354463633756
 relu_1_28_2_off_binary_indicator_var relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_28_2_off_binary_indicator_var e736_ 6.141677231816878
 relu_1_28_2_off_binary_indicator_var e737_ 6.141677231816878
 relu_1_29_0_on_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_on_binary_indicator_var e740_ -5.920664390112501
 relu_1_29_0_on_binary_indicator_var e741_ 11.841328780225002
 relu_1_29_0_off_binary_indicator_var relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_0_off_binary_indicator_var e743_ 5.920664390112501
 relu_1_29_0_off_binary_indicator_var e744_ 5.920664390112501
 relu_1_29_1_on_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_on_binary_indicator_var e747_ -5.920664390112501
 relu_1_29_1_on_binary_indicator_var e748_ 11.841328780225002
 relu_1_29_1_off_binary_indicator_var relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_1_off_binary_indicator_var e750_ 5.920664390112501
 relu_1_29_1_off_binary_indicator_var e751_ 5.920664390112501
 relu_1_29_2_on_binary_indicator_var relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_2_on_binary_indicator_var e754_ -5.920664390112501
 relu_1_29_2_on_binary_indicator_var e755_ 11.841328780225002
 relu_1_29_2_off_binary_indicator_var relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_29_2_off_binary_indicator_var e757_ 5.920664390112501
 relu_1_29_2_off_binary_indicator_var e758_ 5.920664390112501
 relu_1_30_0_on_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_on_binary_indicator_var e761_ -5.728168080018541
 relu_1_30_0_on_binary_indicator_var e762_ 11.456336160037083
 relu_1_30_0_off_binary_indicator_var relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_0_off_binary_indicator_var e764_ 5.728168080018541
 relu_1_30_0_off_binary_indicator_var e765_ 5.728168080018541
 relu_1_30_1_on_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_on_binary_indicator_var e768_ -5.728168080018541
 relu_1_30_1_on_binary_indicator_var e769_ 11.456336160037083
 relu_1_30_1_off_binary_indicator_var relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_1_off_binary_indicator_var e771_ 5.728168080018541
 relu_1_30_1_off_binary_indicator_var e772_ 5.728168080018541
 relu_1_30_2_on_binary_indicator_var relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_2_on_binary_indicator_var e775_ -5.728168080018541
 relu_1_30_2_on_binary_indicator_var e776_ 11.456336160037083
 relu_1_30_2_off_binary_indicator_var relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_30_2_off_binary_indicator_var e778_ 5.728168080018541
 relu_1_30_2_off_binary_indicator_var e779_ 5.728168080018541
 relu_1_31_0_on_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_on_binary_indicator_var e782_ -4.169908962997813
 relu_1_31_0_on_binary_indicator_var e783_ 8.339817925995627
 relu_1_31_0_off_binary_indicator_var relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_0_off_binary_indicator_var e785_ 4.169908962997813
 relu_1_31_0_off_binary_indicator_var e786_ 4.169908962997813
 relu_1_31_1_on_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_on_binary_indicator_var e789_ -4.169908962997813
 relu_1_31_1_on_binary_indicator_var e790_ 8.339817925995627
 relu_1_31_1_off_binary_indicator_var relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_1_off_binary_indicator_var e792_ 4.169908962997813
 relu_1_31_1_off_binary_indicator_var e793_ 4.169908962997813
 relu_1_31_2_on_binary_indicator_var relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_2_on_binary_indicator_var e796_ -4.169908962997813
 relu_1_31_2_on_binary_indicator_var e797_ 8.339817925995627
 relu_1_31_2_off_binary_indicator_var relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_31_2_off_binary_indicator_var e799_ 4.169908962997813
 relu_1_31_2_off_binary_indicator_var e800_ 4.169908962997813
 M429 'MARKER' 'INTEND'
RHS
 rhs obj -52.64200432728436
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e131_ -7.176419226746878
 rhs e132_ 14.352838453493757
 rhs e134_ 7.176419226746878
 rhs e135_ 7.176419226746878
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e138_ -7.176419226746878
 rhs e139_ 14.352838453493757
 rhs e141_ 7.176419226746878
 rhs e142_ 7.176419226746878
 rhs relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e145_ -7.176419226746878
 rhs e146_ 14.352838453493757
 rhs e148_ 7.176419226746878
 rhs e149_ 7.176419226746878
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e152_ -7.125139810483965
 rhs e153_ 14.25027962096793
 rhs e155_ 7.125139810483965
 rhs e156_ 7.125139810483965
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e159_ -7.125139810483965
 rhs e160_ 14.25027962096793
 rhs e162_ 7.125139810483965
 rhs e163_ 7.125139810483965
 rhs relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e166_ -7.125139810483965
 rhs e167_ 14.25027962096793
 rhs e169_ 7.125139810483965
 rhs e170_ 7.125139810483965
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e173_ -4.450495978270242
 rhs e174_ 8.900991956540484
 rhs e176_ 4.450495978270242
 rhs e177_ 4.450495978270242
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e180_ -4.450495978270242
 rhs e181_ 8.900991956540484
 rhs e183_ 4.450495978270242
 rhs e184_ 4.450495978270242
 rhs relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e187_ -4.450495978270242
 rhs e188_ 8.900991956540484
 rhs e190_ 4.450495978270242
 rhs e191_ 4.450495978270242
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e194_ -6.293958645941272
 rhs e195_ 12.587917291882544
 rhs e197_ 6.293958645941272
 rhs e198_ 6.293958645941272
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e201_ -6.293958645941272
 rhs e202_ 12.587917291882544
 rhs e204_ 6.293958645941272
 rhs e205_ 6.293958645941272
 rhs relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e208_ -6.293958645941272
 rhs e209_ 12.587917291882544
 rhs e211_ 6.293958645941272
 rhs e212_ 6.293958645941272
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e215_ -6.278046829164398
 rhs e216_ 12.556093658328797
 rhs e218_ 6.278046829164398
 rhs e219_ 6.278046829164398
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e222_ -6.278046829164398
 rhs e223_ 12.556093658328797
 rhs e225_ 6.278046829164398
 rhs e226_ 6.278046829164398
 rhs relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e229_ -6.278046829164398
 rhs e230_ 12.556093658328797
 rhs e232_ 6.278046829164398
 rhs e233_ 6.278046829164398
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e236_ -4.575447738333024
 rhs e237_ 9.150895476666047
 rhs e239_ 4.575447738333024
 rhs e240_ 4.575447738333024
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e243_ -4.575447738333024
 rhs e244_ 9.150895476666047
 rhs e246_ 4.575447738333024
 rhs e247_ 4.575447738333024
 rhs relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e250_ -4.575447738333024
 rhs e251_ 9.150895476666047
 rhs e253_ 4.575447738333024
 rhs e254_ 4.575447738333024
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e257_ -6.681194289163965
 rhs e258_ 13.36238857832793
 rhs e260_ 6.681194289163965
 rhs e261_ 6.681194289163965
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e264_ -6.681194289163965
 rhs e265_ 13.36238857832793
 rhs e267_ 6.681194289163965
 rhs e268_ 6.681194289163965
 rhs relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e271_ -6.681194289163965
 rhs e272_ 13.36238857832793
 rhs e274_ 6.681194289163965
 rhs e275_ 6.681194289163965
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e278_ -6.998263939541548
 rhs e279_ 13.996527879083096
 rhs e281_ 6.998263939541548
 rhs e282_ 6.998263939541548
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e285_ -6.998263939541548
 rhs e286_ 13.996527879083096
 rhs e288_ 6.998263939541548
 rhs e289_ 6.998263939541548
 rhs relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e292_ -6.998263939541548
 rhs e293_ 13.996527879083096
 rhs e295_ 6.998263939541548
 rhs e296_ 6.998263939541548
 rhs relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e299_ -5.033436041032538
 rhs e300_ 10.066872082065077
 rhs e302_ 5.033436041032538
 rhs e303_ 5.033436041032538
 rhs relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e306_ -5.033436041032538
 rhs e307_ 10.066872082065077
 rhs e309_ 5.033436041032538
 rhs e310_ 5.033436041032538
 rhs relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e313_ -5.033436041032538
 rhs e314_ 10.066872082065077
 rhs e316_ 5.033436041032538
 rhs e317_ 5.033436041032538
 rhs relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e320_ -5.85589242599091
 rhs e321_ 11.71178485198182
 rhs e323_ 5.85589242599091
 rhs e324_ 5.85589242599091
 rhs relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e327_ -5.85589242599091
 rhs e328_ 11.71178485198182
 rhs e330_ 5.85589242599091
 rhs e331_ 5.85589242599091
 rhs relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e334_ -5.85589242599091
 rhs e335_ 11.71178485198182
 rhs e337_ 5.85589242599091
 rhs e338_ 5.85589242599091
 rhs relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e341_ -4.481055976018846
 rhs e342_ 8.962111952037692
 rhs e344_ 4.481055976018846
 rhs e345_ 4.481055976018846
 rhs relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e348_ -4.481055976018846
 rhs e349_ 8.962111952037692
 rhs e351_ 4.481055976018846
 rhs e352_ 4.481055976018846
 rhs relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e355_ -4.481055976018846
 rhs e356_ 8.962111952037692
 rhs e358_ 4.481055976018846
 rhs e359_ 4.481055976018846
 rhs relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e362_ -4.223536593655531
 rhs e363_ 8.447073187311062
 rhs e365_ 4.223536593655531
 rhs e366_ 4.223536593655531
 rhs relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e369_ -4.223536593655531
 rhs e370_ 8.447073187311062
 rhs e372_ 4.223536593655531
 rhs e373_ 4.223536593655531
 rhs relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e376_ -4.223536593655531
 rhs e377_ 8.447073187311062
 rhs e379_ 4.223536593655531
 rhs e380_ 4.223536593655531
 rhs relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e383_ -7.9411881018315
 rhs e384_ 15.882376203663
 rhs e386_ 7.9411881018315
 rhs e387_ 7.9411881018315
 rhs relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e390_ -7.9411881018315
 rhs e391_ 15.882376203663
 rhs e393_ 7.9411881018315
 rhs e394_ 7.9411881018315
 rhs relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e397_ -7.9411881018315
 rhs e398_ 15.882376203663
 rhs e400_ 7.9411881018315
 rhs e401_ 7.9411881018315
 rhs relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e404_ -4.282407804124144
 rhs e405_ 8.564815608248288
 rhs e407_ 4.282407804124144
 rhs e408_ 4.282407804124144
 rhs relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e411_ -4.282407804124144
 rhs e412_ 8.564815608248288
 rhs e414_ 4.282407804124144
 rhs e415_ 4.282407804124144
 rhs relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e418_ -4.282407804124144
 rhs e419_ 8.564815608248288
 rhs e421_ 4.282407804124144
 rhs e422_ 4.282407804124144
 rhs relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e425_ -4.634583834742528
 rhs e426_ 9.269167669485055
 rhs e428_ 4.634583834742528
 rhs e429_ 4.634583834742528
 rhs relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e432_ -4.634583834742528
 rhs e433_ 9.269167669485055
 rhs e435_ 4.634583834742528
 rhs e436_ 4.634583834742528
 rhs relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e439_ -4.634583834742528
 rhs e440_ 9.269167669485055
 rhs e442_ 4.634583834742528
 rhs e443_ 4.634583834742528
 rhs relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e446_ -4.622818643788233
 rhs e447_ 9.245637287576466
 rhs e449_ 4.622818643788233
 rhs e450_ 4.622818643788233
 rhs relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e453_ -4.622818643788233
 rhs e454_ 9.245637287576466
 rhs e456_ 4.622818643788233
 rhs e457_ 4.622818643788233
 rhs relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e460_ -4.622818643788233
 rhs e461_ 9.245637287576466
 rhs e463_ 4.622818643788233
 rhs e464_ 4.622818643788233
 rhs relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e467_ -6.978700550828476
 rhs e468_ 13.957401101656952
 rhs e470_ 6.978700550828476
 rhs e471_ 6.978700550828476
 rhs relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e474_ -6.978700550828476
 rhs e475_ 13.957401101656952
 rhs e477_ 6.978700550828476
 rhs e478_ 6.978700550828476
 rhs relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e481_ -6.978700550828476
 rhs e482_ 13.957401101656952
 rhs e484_ 6.978700550828476
 rhs e485_ 6.978700550828476
 rhs relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e488_ -6.235030806621945
 rhs e489_ 12.47006161324389
 rhs e491_ 6.235030806621945
 rhs e492_ 6.235030806621945
 rhs relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e495_ -6.235030806621945
 rhs e496_ 12.47006161324389
 rhs e498_ 6.235030806621945
 rhs e499_ 6.235030806621945
 rhs relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e502_ -6.235030806621945
 rhs e503_ 12.47006161324389
 rhs e505_ 6.235030806621945
 rhs e506_ 6.235030806621945
 rhs relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e509_ -6.718454730852487
 rhs e510_ 13.436909461704975
 rhs e512_ 6.718454730852487
 rhs e513_ 6.718454730852487
 rhs relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e516_ -6.718454730852487
 rhs e517_ 13.436909461704975
 rhs e519_ 6.718454730852487
 rhs e520_ 6.718454730852487
 rhs relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e523_ -6.718454730852487
 rhs e524_ 13.436909461704975
 rhs e526_ 6.718454730852487
 rhs e527_ 6.718454730852487
 rhs relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e530_ -6.8226887269065095
 rhs e531_ 13.645377453813019
 rhs e533_ 6.8226887269065095
 rhs e534_ 6.8226887269065095
 rhs relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e537_ -6.8226887269065095
 rhs e538_ 13.645377453813019
 rhs e540_ 6.8226887269065095
 rhs e541_ 6.8226887269065095
 rhs relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e544_ -6.8226887269065095
 rhs e545_ 13.645377453813019
 rhs e547_ 6.8226887269065095
 rhs e548_ 6.8226887269065095
 rhs relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e551_ -6.631889427894872
 rhs e552_ 13.263778855789743
 rhs e554_ 6.631889427894872
 rhs e555_ 6.631889427894872
 rhs relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e558_ -6.631889427894872
 rhs e559_ 13.263778855789743
 rhs e561_ 6.631889427894872
 rhs e562_ 6.631889427894872
 rhs relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e565_ -6.631889427894872
 rhs e566_ 13.263778855789743
 rhs e568_ 6.631889427894872
 rhs e569_ 6.631889427894872
 rhs relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e572_ -5.396286998735244
 rhs e573_ 10.792573997470488
 rhs e575_ 5.396286998735244
 rhs e576_ 5.396286998735244
 rhs relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e579_ -5.396286998735244
 rhs e580_ 10.792573997470488
 rhs e582_ 5.396286998735244
 rhs e583_ 5.396286998735244
 rhs relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e586_ -5.396286998735244
 rhs e587_ 10.792573997470488
 rhs e589_ 5.396286998735244
 rhs e590_ 5.396286998735244
 rhs relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e593_ -6.394092367761281
 rhs e594_ 12.788184735522561
 rhs e596_ 6.394092367761281
 rhs e597_ 6.394092367761281
 rhs relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e600_ -6.394092367761281
 rhs e601_ 12.788184735522561
 rhs e603_ 6.394092367761281
 rhs e604_ 6.394092367761281
 rhs relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e607_ -6.394092367761281
 rhs e608_ 12.788184735522561
 rhs e610_ 6.394092367761281
 rhs e611_ 6.394092367761281
 rhs relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e614_ -6.260561154684373
 rhs e615_ 12.521122309368746
 rhs e617_ 6.260561154684373
 rhs e618_ 6.260561154684373
 rhs relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e621_ -6.260561154684373
 rhs e622_ 12.521122309368746
 rhs e624_ 6.260561154684373
 rhs e625_ 6.260561154684373
 rhs relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e628_ -6.260561154684373
 rhs e629_ 12.521122309368746
 rhs e631_ 6.260561154684373
 rhs e632_ 6.260561154684373
 rhs relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e635_ -7.264403459229737
 rhs e636_ 14.528806918459473
 rhs e638_ 7.264403459229737
 rhs e639_ 7.264403459229737
 rhs relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e642_ -7.264403459229737
 rhs e643_ 14.528806918459473
 rhs e645_ 7.264403459229737
 rhs e646_ 7.264403459229737
 rhs relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e649_ -7.264403459229737
 rhs e650_ 14.528806918459473
 rhs e652_ 7.264403459229737
 rhs e653_ 7.264403459229737
 rhs relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e656_ -4.689817519007568
 rhs e657_ 9.379635038015136
 rhs e659_ 4.689817519007568
 rhs e660_ 4.689817519007568
 rhs relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e663_ -4.689817519007568
 rhs e664_ 9.379635038015136
 rhs e666_ 4.689817519007568
 rhs e667_ 4.689817519007568
 rhs relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e670_ -4.689817519007568
 rhs e671_ 9.379635038015136
 rhs e673_ 4.689817519007568
 rhs e674_ 4.689817519007568
 rhs relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e677_ -5.834876603928876
 rhs e678_ 11.669753207857752
 rhs e680_ 5.834876603928876
 rhs e681_ 5.834876603928876
 rhs relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e684_ -5.834876603928876
 rhs e685_ 11.669753207857752
 rhs e687_ 5.834876603928876
 rhs e688_ 5.834876603928876
 rhs relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e691_ -5.834876603928876
 rhs e692_ 11.669753207857752
 rhs e694_ 5.834876603928876
 rhs e695_ 5.834876603928876
 rhs relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e698_ -6.462017653570015
 rhs e699_ 12.92403530714003
 rhs e701_ 6.462017653570015
 rhs e702_ 6.462017653570015
 rhs relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e705_ -6.462017653570015
 rhs e706_ 12.92403530714003
 rhs e708_ 6.462017653570015
 rhs e709_ 6.462017653570015
 rhs relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e712_ -6.462017653570015
 rhs e713_ 12.92403530714003
 rhs e715_ 6.462017653570015
 rhs e716_ 6.462017653570015
 rhs relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e719_ -6.141677231816878
 rhs e720_ 12.283354463633756
 rhs e722_ 6.141677231816878
 rhs e723_ 6.141677231816878
 rhs relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e726_ -6.141677231816878
 rhs e727_ 12.283354463633756
 rhs e729_ 6.141677231816878
 rhs e730_ 6.141677231816878
 rhs relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e733_ -6.141677231816878
 rhs e734_ 12.283354463633756
 rhs e736_ 6.141677231816878
 rhs e737_ 6.141677231816878
 rhs relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e740_ -5.920664390112501
 rhs e741_ 11.841328780225002
 rhs e743_ 5.920664390112501
 rhs e744_ 5.920664390112501
 rhs relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e747_ -5.920664390112501
 rhs e748_ 11.841328780225002
 rhs e750_ 5.920664390112501
 rhs e751_ 5.920664390112501
 rhs relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e754_ -5.920664390112501
 rhs e755_ 11.841328780225002
 rhs e757_ 5.920664390112501
 rhs e758_ 5.920664390112501
 rhs relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e761_ -5.728168080018541
 rhs e762_ 11.456336160037083
 rhs e764_ 5.728168080018541
 rhs e765_ 5.728168080018541
 rhs relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e768_ -5.728168080018541
 rhs e769_ 11.456336160037083
 rhs e771_ 5.728168080018541
 rhs e772_ 5.728168080018541
 rhs relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e775_ -5.728168080018541
 rhs e776_ 11.456336160037083
 rhs e778_ 5.728168080018541
 rhs e779_ 5.728168080018541
 rhs relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e782_ -4.169908962997813
 rhs e783_ 8.339817925995627
 rhs e785_ 4.169908962997813
 rhs e786_ 4.169908962997813
 rhs relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e789_ -4.169908962997813
 rhs e790_ 8.339817925995627
 rhs e792_ 4.169908962997813
 rhs e793_ 4.169908962997813
 rhs relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e796_ -4.169908962997813
 rhs e797_ 8.339817925995627
 rhs e799_ 4.169908962997813
 rhs e800_ 4.169908962997813
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
ENDATA
