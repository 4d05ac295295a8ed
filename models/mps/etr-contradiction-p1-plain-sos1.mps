* etr-contradiction-p1-plain-sos1  (relu-opt library: etr-contradiction, problem 1, plain-sos1; {"hidden": [4], "bound": 11.0, "loss": "squared"})
NAME etr-contradiction-p1-plain-sos1
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
 E relu_1_0_0_slack_definition
 E relu_1_0_1_slack_definition
 E relu_1_0_2_slack_definition
 E relu_1_0_3_slack_definition
 E relu_1_1_0_slack_definition
 E relu_1_1_1_slack_definition
 E relu_1_1_2_slack_definition
 E relu_1_1_3_slack_definition
 E relu_1_2_0_slack_definition
 E relu_1_2_1_slack_definition
 E relu_1_2_2_slack_definition
 E relu_1_2_3_slack_definition
 E relu_1_3_0_slack_definition
 E relu_1_3_1_slack_definition
 E relu_1_3_2_slack_definition
 E relu_1_3_3_slack_definition
 E relu_1_4_0_slack_definition
 E relu_1_4_1_slack_definition
 E relu_1_4_2_slack_definition
 E relu_1_4_3_slack_definition
 E relu_1_5_0_slack_definition
 E relu_1_5_1_slack_definition
 E relu_1_5_2_slack_definition
 E relu_1_5_3_slack_definition
 E relu_1_6_0_slack_definition
 E relu_1_6_1_slack_definition
 E relu_1_6_2_slack_definition
 E relu_1_6_3_slack_definition
 E relu_1_7_0_slack_definition
 E relu_1_7_1_slack_definition
 E relu_1_7_2_slack_definition
 E relu_1_7_3_slack_definition
 E relu_1_8_0_slack_definition
 E relu_1_8_1_slack_definition
 E relu_1_8_2_slack_definition
 E relu_1_8_3_slack_definition
 E relu_1_9_0_slack_definition
 E relu_1_9_1_slack_definition
 E relu_1_9_2_slack_definition
 E relu_1_9_3_slack_definition
 E relu_1_10_0_slack_definition
 E relu_1_10_1_slack_definition
 E relu_1_10_2_slack_definition
 E relu_1_10_3_slack_definition
 E relu_1_11_0_slack_definition
 E relu_1_11_1_slack_definition
 E relu_1_11_2_slack_definition
 E relu_1_11_3_slack_definition
 E relu_1_12_0_slack_definition
 E relu_1_12_1_slack_definition
 E relu_1_12_2_slack_definition
 E relu_1_12_3_slack_definition
 E relu_1_13_0_slack_definition
 E relu_1_13_1_slack_definition
 E relu_1_13_2_slack_definition
 E relu_1_13_3_slack_definition
 E relu_1_14_0_slack_definition
 E relu_1_14_1_slack_definition
 E relu_1_14_2_slack_definition
 E relu_1_14_3_slack_definition
 E relu_1_15_0_slack_definition
 E relu_1_15_1_slack_definition
 E relu_1_15_2_slack_definition
 E relu_1_15_3_slack_definition
 E relu_1_16_0_slack_definition
 E relu_1_16_1_slack_definition
 E relu_1_16_2_slack_definition
 E relu_1_16_3_slack_definition
 E relu_1_17_0_slack_definition
 E relu_1_17_1_slack_definition
 E relu_1_17_2_slack_definition
 E relu_1_17_3_slack_definition
 E relu_1_18_0_slack_definition
 E relu_1_18_1_slack_definition
 E relu_1_18_2_slack_definition
 E relu_1_18_3_slack_definition
 E relu_1_19_0_slack_definition
 E relu_1_19_1_slack_definition
 E relu_1_19_2_slack_definition
 E relu_1_19_3_slack_definition
 E relu_1_20_0_slack_definition
 E relu_1_20_1_slack_definition
 E relu_1_20_2_slack_definition
 E relu_1_20_3_slack_definition
 E relu_1_21_0_slack_definition
 E relu_1_21_1_slack_definition
 E relu_1_21_2_slack_definition
 E relu_1_21_3_slack_definition
 E relu_1_22_0_slack_definition
 E relu_1_22_1_slack_definition
 E relu_1_22_2_slack_definition
 E relu_1_22_3_slack_definition
 E relu_1_23_0_slack_definition
 E relu_1_23_1_slack_definition
 E relu_1_23_2_slack_definition
 E relu_1_23_3_slack_definition
 E relu_1_24_0_slack_definition
 E relu_1_24_1_slack_definition
 E relu_1_24_2_slack_definition
 E relu_1_24_3_slack_definition
 E relu_1_25_0_slack_definition
 E relu_1_25_1_slack_definition
 E relu_1_25_2_slack_definition
 E relu_1_25_3_slack_definition
 E relu_1_26_0_slack_definition
 E relu_1_26_1_slack_definition
 E relu_1_26_2_slack_definition
 E relu_1_26_3_slack_definition
 E relu_1_27_0_slack_definition
 E relu_1_27_1_slack_definition
 E relu_1_27_2_slack_definition
 E relu_1_27_3_slack_definition
 E relu_1_28_0_slack_definition
 E relu_1_28_1_slack_definition
 E relu_1_28_2_slack_definition
 E relu_1_28_3_slack_definition
 E relu_1_29_0_slack_definition
 E relu_1_29_1_slack_definition
 E relu_1_29_2_slack_definition
 E relu_1_29_3_slack_definition
 E relu_1_30_0_slack_definition
 E relu_1_30_1_slack_definition
 E relu_1_30_2_slack_definition
 E relu_1_30_3_slack_definition
 E relu_1_31_0_slack_definition
 E relu_1_31_1_slack_definition
 E relu_1_31_2_slack_definition
 E relu_1_31_3_slack_definition
 E relu_1_32_0_slack_definition
 E relu_1_32_1_slack_definition
 E relu_1_32_2_slack_definition
 E relu_1_32_3_slack_definition
 E relu_1_33_0_slack_definition
 E relu_1_33_1_slack_definition
 E relu_1_33_2_slack_definition
 E relu_1_33_3_slack_definition
 E relu_1_34_0_slack_definition
 E relu_1_34_1_slack_definition
 E relu_1_34_2_slack_definition
 E relu_1_34_3_slack_definition
 E relu_1_35_0_slack_definition
 E relu_1_35_1_slack_definition
 E relu_1_35_2_slack_definition
 E relu_1_35_3_slack_definition
 E relu_1_36_0_slack_definition
 E relu_1_36_1_slack_definition
 E relu_1_36_2_slack_definition
 E relu_1_36_3_slack_definition
 E relu_1_37_0_slack_definition
 E relu_1_37_1_slack_definition
 E relu_1_37_2_slack_definition
 E relu_1_37_3_slack_definition
 E relu_1_38_0_slack_definition
 E relu_1_38_1_slack_definition
 E relu_1_38_2_slack_definition
 E relu_1_38_3_slack_definition
 E relu_1_39_0_slack_definition
 E relu_1_39_1_slack_definition
 E relu_1_39_2_slack_definition
 E relu_1_39_3_slack_definition
 E relu_1_40_0_slack_definition
 E relu_1_40_1_slack_definition
 E relu_1_40_2_slack_definition
 E relu_1_40_3_slack_definition
 E relu_1_41_0_slack_definition
 E relu_1_41_1_slack_definition
 E relu_1_41_2_slack_definition
 E relu_1_41_3_slack_definition
 E relu_1_42_0_slack_definition
 E relu_1_42_1_slack_definition
 E relu_1_42_2_slack_definition
 E relu_1_42_3_slack_definition
 E relu_1_43_0_slack_definition
 E relu_1_43_1_slack_definition
 E relu_1_43_2_slack_definition
 E relu_1_43_3_slack_definition
 E relu_1_44_0_slack_definition
 E relu_1_44_1_slack_definition
 E relu_1_44_2_slack_definition
 E relu_1_44_3_slack_definition
 E relu_1_45_0_slack_definition
 E relu_1_45_1_slack_definition
 E relu_1_45_2_slack_definition
 E relu_1_45_3_slack_definition
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
 pre_1_0_0 relu_1_0_0_slack_definition 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_slack_definition 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_slack_definition 1
 pre_1_0_3 pre_definition_1_0_3 1
 pre_1_0_3 relu_1_0_3_slack_definition 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_slack_definition 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_slack_definition 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_slack_definition 1
 pre_1_1_3 pre_definition_1_1_3 1
 pre_1_1_3 relu_1_1_3_slack_definition 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_slack_definition 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_slack_definition 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_slack_definition 1
 pre_1_2_3 pre_definition_1_2_3 1
 pre_1_2_3 relu_1_2_3_slack_definition 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_slack_definition 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_slack_definition 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_slack_definition 1
 pre_1_3_3 pre_definition_1_3_3 1
 pre_1_3_3 relu_1_3_3_slack_definition 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_slack_definition 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_slack_definition 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_slack_definition 1
 pre_1_4_3 pre_definition_1_4_3 1
 pre_1_4_3 relu_1_4_3_slack_definition 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_slack_definition 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_slack_definition 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_slack_definition 1
 pre_1_5_3 pre_definition_1_5_3 1
 pre_1_5_3 relu_1_5_3_slack_definition 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_slack_definition 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_slack_definition 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_slack_definition 1
 pre_1_6_3 pre_definition_1_6_3 1
 pre_1_6_3 relu_1_6_3_slack_definition 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_slack_definition 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_slack_definition 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_slack_definition 1
 pre_1_7_3 pre_definition_1_7_3 1
 pre_1_7_3 relu_1_7_3_slack_definition 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_slack_definition 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_slack_definition 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_slack_definition 1
 pre_1_8_3 pre_definition_1_8_3 1
 pre_1_8_3 relu_1_8_3_slack_definition 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_slack_definition 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_slack_definition 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_slack_definition 1
 pre_1_9_3 pre_definition_1_9_3 1
 pre_1_9_3 relu_1_9_3_slack_definition 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_slack_definition 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_slack_definition 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_slack_definition 1
 pre_1_10_3 pre_definition_1_10_3 1
 pre_1_10_3 relu_1_10_3_slack_definition 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_slack_definition 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_slack_definition 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_slack_definition 1
 pre_1_11_3 pre_definition_1_11_3 1
 pre_1_11_3 relu_1_11_3_slack_definition 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_slack_definition 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_slack_definition 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_slack_definition 1
 pre_1_12_3 pre_definition_1_12_3 1
 pre_1_12_3 relu_1_12_3_slack_definition 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_slack_definition 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_slack_definition 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_slack_definition 1
 pre_1_13_3 pre_definition_1_13_3 1
 pre_1_13_3 relu_1_13_3_slack_definition 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_slack_definition 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_slack_definition 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_slack_definition 1
 pre_1_14_3 pre_definition_1_14_3 1
 pre_1_14_3 relu_1_14_3_slack_definition 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_slack_definition 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_slack_definition 1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_slack_definition 1
 pre_1_15_3 pre_definition_1_15_3 1
 pre_1_15_3 relu_1_15_3_slack_definition 1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_slack_definition 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_slack_definition 1
 pre_1_16_2 pre_definition_1_16_2 1
 pre_1_16_2 relu_1_16_2_slack_definition 1
 pre_1_16_3 pre_definition_1_16_3 1
 pre_1_16_3 relu_1_16_3_slack_definition 1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_slack_definition 1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_slack_definition 1
 pre_1_17_2 pre_definition_1_17_2 1
 pre_1_17_2 relu_1_17_2_slack_definition 1
 pre_1_17_3 pre_definition_1_17_3 1
 pre_1_17_3 relu_1_17_3_slack_definition 1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_slack_definition 1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_slack_definition 1
 pre_1_18_2 pre_definition_1_18_2 1
 pre_1_18_2 relu_1_18_2_slack_definition 1
 pre_1_18_3 pre_definition_1_18_3 1
 pre_1_18_3 relu_1_18_3_slack_definition 1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_slack_definition 1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_slack_definition 1
 pre_1_19_2 pre_definition_1_19_2 1
 pre_1_19_2 relu_1_19_2_slack_definition 1
 pre_1_19_3 pre_definition_1_19_3 1
 pre_1_19_3 relu_1_19_3_slack_definition 1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_slack_definition 1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_slack_definition 1
 pre_1_20_2 pre_definition_1_20_2 1
 pre_1_20_2 relu_1_20_2_slack_definition 1
 pre_1_20_3 pre_definition_1_20_3 1
 pre_1_20_3 relu_1_20_3_slack_definition 1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_slack_definition 1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_slack_definition 1
 pre_1_21_2 pre_definition_1_21_2 1
 pre_1_21_2 relu_1_21_2_slack_definition 1
 pre_1_21_3 pre_definition_1_21_3 1
 pre_1_21_3 relu_1_21_3_slack_definition 1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_slack_definition 1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_slack_definition 1
 pre_1_22_2 pre_definition_1_22_2 1
 pre_1_22_2 relu_1_22_2_slack_definition 1
 pre_1_22_3 pre_definition_1_22_3 1
 pre_1_22_3 relu_1_22_3_slack_definition 1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_slack_definition 1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_slack_definition 1
 pre_1_23_2 pre_definition_1_23_2 1
 pre_1_23_2 relu_1_23_2_slack_definition 1
 pre_1_23_3 pre_definition_1_23_3 1
 pre_1_23_3 relu_1_23_3_slack_definition 1
 pre_1_24_0 pre_definition_1_24_0 1
 pre_1_24_0 relu_1_24_0_slack_definition 1
 pre_1_24_1 pre_definition_1_24_1 1
 pre_1_24_1 relu_1_24_1_slack_definition 1
 pre_1_24_2 pre_definition_1_24_2 1
 pre_1_24_2 relu_1_24_2_slack_definition 1
 pre_1_24_3 pre_definition_1_24_3 1
 pre_1_24_3 relu_1_24_3_slack_definition 1
 pre_1_25_0 pre_definition_1_25_0 1
 pre_1_25_0 relu_1_25_0_slack_definition 1
 pre_1_25_1 pre_definition_1_25_1 1
 pre_1_25_1 relu_1_25_1_slack_definition 1
 pre_1_25_2 pre_definition_1_25_2 1
 pre_1_25_2 relu_1_25_2_slack_definition 1
 pre_1_25_3 pre_definition_1_25_3 1
 pre_1_25_3 relu_1_25_3_slack_definition 1
 pre_1_26_0 pre_definition_1_26_0 1
 pre_1_26_0 relu_1_26_0_slack_definition 1
 pre_1_26_1 pre_definition_1_26_1 1
 pre_1_26_1 relu_1_26_1_slack_definition 1
 pre_1_26_2 pre_definition_1_26_2 1
 pre_1_26_2 relu_1_26_2_slack_definition 1
 pre_1_26_3 pre_definition_1_26_3 1
 pre_1_26_3 relu_1_26_3_slack_definition 1
 pre_1_27_0 pre_definition_1_27_0 1
 pre_1_27_0 relu_1_27_0_slack_definition 1
 pre_1_27_1 pre_definition_1_27_1 1
 pre_1_27_1 relu_1_27_1_slack_definition 1
 pre_1_27_2 pre_definition_1_27_2 1
 pre_1_27_2 relu_1_27_2_slack_definition 1
 pre_1_27_3 pre_definition_1_27_3 1
 pre_1_27_3 relu_1_27_3_slack_definition 1
 pre_1_28_0 pre_definition_1_28_0 1
 pre_1_28_0 relu_1_28_0_slack_definition 1
 pre_1_28_1 pre_definition_1_28_1 1
 pre_1_28_1 relu_1_28_1_slack_definition 1
 pre_1_28_2 pre_definition_1_28_2 1
 pre_1_28_2 relu_1_28_2_slack_definition 1
 pre_1_28_3 pre_definition_1_28_3 1
 pre_1_28_3 relu_1_28_3_slack_definition 1
 pre_1_29_0 pre_definition_1_29_0 1
 pre_1_29_0 relu_1_29_0_slack_definition 1
 pre_1_29_1 pre_definition_1_29_1 1
 pre_1_29_1 relu_1_29_1_slack_definition 1
 pre_1_29_2 pre_definition_1_29_2 1
 pre_1_29_2 relu_1_29_2_slack_definition 1
 pre_1_29_3 pre_definition_1_29_3 1
 pre_1_29_3 relu_1_29_3_slack_definition 1
 pre_1_30_0 pre_definition_1_30_0 1
 pre_1_30_0 relu_1_30_0_slack_definition 1
 pre_1_30_1 pre_definition_1_30_1 1
 pre_1_30_1 relu_1_30_1_slack_definition 1
 pre_1_30_2 pre_definition_1_30_2 1
 pre_1_30_2 relu_1_30_2_slack_definition 1
 pre_1_30_3 pre_definition_1_30_3 1
 pre_1_30_3 relu_1_30_3_slack_definition 1
 pre_1_31_0 pre_definition_1_31_0 1
 pre_1_31_0 relu_1_31_0_slack_definition 1
 pre_1_31_1 pre_definition_1_31_1 1
 pre_1_31_1 relu_1_31_1_slack_definition 1
 pre_1_31_2 pre_definition_1_31_2 1
 pre_1_31_2 relu_1_31_2_slack_definition 1
 pre_1_31_3 pre_definition_1_31_3 1
 pre_1_31_3 relu_1_31_3_slack_definition 1
 pre_1_32_0 pre_definition_1_32_0 1
 pre_1_32_0 relu_1_32_0_slack_definition 1
 pre_1_32_1 pre_definition_1_32_1 1
 pre_1_32_1 relu_1_32_1_slack_definition 1
 pre_1_32_2 pre_definition_1_32_2 1
 pre_1_32_2 relu_1_32_2_slack_definition 1
 pre_1_32_3 pre_definition_1_32_3 1
 pre_1_32_3 relu_1_32_3_slack_definition 1
 pre_1_33_0 pre_definition_1_33_0 1
 pre_1_33_0 relu_1_33_0_slack_definition 1
 pre_1_33_1 pre_definition_1_33_1 1
 pre_1_33_1 relu_1_33_1_slack_definition 1
 pre_1_33_2 pre_definition_1_33_2 1
 pre_1_33_2 relu_1_33_2_slack_definition 1
 pre_1_33_3 pre_definition_1_33_3 1
 pre_1_33_3 relu_1_33_3_slack_definition 1
 pre_1_34_0 pre_definition_1_34_0 1
 pre_1_34_0 relu_1_34_0_slack_definition 1
 pre_1_34_1 pre_definition_1_34_1 1
 pre_1_34_1 relu_1_34_1_slack_definition 1
 pre_1_34_2 pre_definition_1_34_2 1
 pre_1_34_2 relu_1_34_2_slack_definition 1
 pre_1_34_3 pre_definition_1_34_3 1
 pre_1_34_3 relu_1_34_3_slack_definition 1
 pre_1_35_0 pre_definition_1_35_0 1
 pre_1_35_0 relu_1_35_0_slack_definition 1
 pre_1_35_1 pre_definition_1_35_1 1
 pre_1_35_1 relu_1_35_1_slack_definition 1
 pre_1_35_2 pre_definition_1_35_2 1
 pre_1_35_2 relu_1_35_2_slack_definition 1
 pre_1_35_3 pre_definition_1_35_3 1
 pre_1_35_3 relu_1_35_3_slack_definition 1
 pre_1_36_0 pre_definition_1_36_0 1
 pre_1_36_0 relu_1_36_0_slack_definition 1
 pre_1_36_1 pre_definition_1_36_1 1
 pre_1_36_1 relu_1_36_1_slack_definition 1
 pre_1_36_2 pre_definition_1_36_2 1
 pre_1_36_2 relu_1_36_2_slack_definition 1
 pre_1_36_3 pre_definition_1_36_3 1
 pre_1_36_3 relu_1_36_3_slack_definition 1
 pre_1_37_0 pre_definition_1_37_0 1
 pre_1_37_0 relu_1_37_0_slack_definition 1
 pre_1_37_1 pre_definition_1_37_1 1
 pre_1_37_1 relu_1_37_1_slack_definition 1
 pre_1_37_2 pre_definition_1_37_2 1
 pre_1_37_2 relu_1_37_2_slack_definition 1
 pre_1_37_3 pre_definition_1_37_3 1
 pre_1_37_3 relu_1_37_3_slack_definition 1
 pre_1_38_0 pre_definition_1_38_0 1
 pre_1_38_0 relu_1_38_0_slack_definition 1
 pre_1_38_1 pre_definition_1_38_1 1
 pre_1_38_1 relu_1_38_1_slack_definition 1
 pre_1_38_2 pre_definition_1_38_2 1
 pre_1_38_2 relu_1_38_2_slack_definition 1
 pre_1_38_3 pre_definition_1_38_3 1
 pre_1_38_3 relu_1_38_3_slack_definition 1
 pre_1_39_0 pre_definition_1_39_0 1
 pre_1_39_0 relu_1_39_0_slack_definition 1
 pre_1_39_1 pre_definition_1_39_1 1
 pre_1_39_1 relu_1_39_1_slack_definition 1
 pre_1_39_2 pre_definition_1_39_2 1
 pre_1_39_2 relu_1_39_2_slack_definition 1
 pre_1_39_3 pre_definition_1_39_3 1
 pre_1_39_3 relu_1_39_3_slack_definition 1
 pre_1_40_0 pre_definition_1_40_0 1
 pre_1_40_0 relu_1_40_0_slack_definition 1
 pre_1_40_1 pre_definition_1_40_1 1
 pre_1_40_1 relu_1_40_1_slack_definition 1
 pre_1_40_2 pre_definition_1_40_2 1
 pre_1_40_2 relu_1_40_2_slack_definition 1
 pre_1_40_3 pre_definition_1_40_3 1
 pre_1_40_3 relu_1_40_3_slack_definition 1
 pre_1_41_0 pre_definition_1_41_0 1
 pre_1_41_0 relu_1_41_0_slack_definition 1
 pre_1_41_1 pre_definition_1_41_1 1
 pre_1_41_1 relu_1_41_1_slack_definition 1
 pre_1_41_2 pre_definition_1_41_2 1
 pre_1_41_2 relu_1_41_2_slack_definition 1
 pre_1_41_3 pre_definition_1_41_3 1
 pre_1_41_3 relu_1_41_3_slack_definition 1
 pre_1_42_0 pre_definition_1_42_0 1
 pre_1_42_0 relu_1_42_0_slack_definition 1
 pre_1_42_1 pre_definition_1_42_1 1
 pre_1_42_1 relu_1_42_1_slack_definition 1
 pre_1_42_2 pre_definition_1_42_2 1
 pre_1_42_2 relu_1_42_2_slack_definition 1
 pre_1_42_3 pre_definition_1_42_3 1
 pre_1_42_3 relu_1_42_3_slack_definition 1
 pre_1_43_0 pre_definition_1_43_0 1
 pre_1_43_0 relu_1_43_0_slack_definition 1
 pre_1_43_1 pre_definition_1_43_1 1
 pre_1_43_1 relu_1_43_1_slack_definition 1
 pre_1_43_2 pre_definition_1_43_2 1
 pre_1_43_2 relu_1_43_2_slack_definition 1
 pre_1_43_3 pre_definition_1_43_3 1
 pre_1_43_3 relu_1_43_3_slack_definition 1
 pre_1_44_0 pre_definition_1_44_0 1
 pre_1_44_0 relu_1_44_0_slack_definition 1
 pre_1_44_1 pre_definition_1_44_1 1
 pre_1_44_1 relu_1_44_1_slack_definition 1
 pre_1_44_2 pre_definition_1_44_2 1
 pre_1_44_2 relu_1_44_2_slack_definition 1
 pre_1_44_3 pre_definition_1_44_3 1
 pre_1_44_3 relu_1_44_3_slack_definition 1
 pre_1_45_0 pre_definition_1_45_0 1
 pre_1_45_0 relu_1_45_0_slack_definition 1
 pre_1_45_1 pre_definition_1_45_1 1
 pre_1_45_1 relu_1_45_1_slack_definition 1
 pre_1_45_2 pre_definition_1_45_2 1
 pre_1_45_2 relu_1_45_2_slack_definition 1
 pre_1_45_3 pre_definition_1_45_3 1
 pre_1_45_3 relu_1_45_3_slack_definition 1
 post_1_0_0 relu_1_0_0_slack_definition -1
 post_1_0_1 relu_1_0_1_slack_definition -1
 post_1_0_2 relu_1_0_2_slack_definition -1
 post_1_0_3 relu_1_0_3_slack_definition -1
 post_1_1_0 relu_1_1_0_slack_definition -1
 post_1_1_1 relu_1_1_1_slack_definition -1
 post_1_1_2 relu_1_1_2_slack_definition -1
 post_1_1_3 relu_1_1_3_slack_definition -1
 post_1_2_0 relu_1_2_0_slack_definition -1
 post_1_2_1 relu_1_2_1_slack_definition -1
 post_1_2_2 relu_1_2_2_slack_definition -1
 post_1_2_3 relu_1_2_3_slack_definition -1
 post_1_3_0 relu_1_3_0_slack_definition -1
 post_1_3_1 relu_1_3_1_slack_definition -1
 post_1_3_2 relu_1_3_2_slack_definition -1
 post_1_3_3 relu_1_3_3_slack_definition -1
 post_1_4_0 relu_1_4_0_slack_definition -1
 post_1_4_1 relu_1_4_1_slack_definition -1
 post_1_4_2 relu_1_4_2_slack_definition -1
 post_1_4_3 relu_1_4_3_slack_definition -1
 post_1_5_0 relu_1_5_0_slack_definition -1
 post_1_5_1 relu_1_5_1_slack_definition -1
 post_1_5_2 relu_1_5_2_slack_definition -1
 post_1_5_3 relu_1_5_3_slack_definition -1
 post_1_6_0 relu_1_6_0_slack_definition -1
 post_1_6_1 relu_1_6_1_slack_definition -1
 post_1_6_2 relu_1_6_2_slack_definition -1
 post_1_6_3 relu_1_6_3_slack_definition -1
 post_1_7_0 relu_1_7_0_slack_definition -1
 post_1_7_1 relu_1_7_1_slack_definition -1
 post_1_7_2 relu_1_7_2_slack_definition -1
 post_1_7_3 relu_1_7_3_slack_definition -1
 post_1_8_0 relu_1_8_0_slack_definition -1
 post_1_8_1 relu_1_8_1_slack_definition -1
 post_1_8_2 relu_1_8_2_slack_definition -1
 post_1_8_3 relu_1_8_3_slack_definition -1
 post_1_9_0 relu_1_9_0_slack_definition -1
 post_1_9_1 relu_1_9_1_slack_definition -1
 post_1_9_2 relu_1_9_2_slack_definition -1
 post_1_9_3 relu_1_9_3_slack_definition -1
 post_1_10_0 relu_1_10_0_slack_definition -1
 post_1_10_1 relu_1_10_1_slack_definition -1
 post_1_10_2 relu_1_10_2_slack_definition -1
 post_1_10_3 relu_1_10_3_slack_definition -1
 post_1_11_0 relu_1_11_0_slack_definition -1
 post_1_11_1 relu_1_11_1_slack_definition -1
 post_1_11_2 relu_1_11_2_slack_definition -1
 post_1_11_3 relu_1_11_3_slack_definition -1
 post_1_12_0 relu_1_12_0_slack_definition -1
 post_1_12_1 relu_1_12_1_slack_definition -1
 post_1_12_2 relu_1_12_2_slack_definition -1
 post_1_12_3 relu_1_12_3_slack_definition -1
 post_1_13_0 relu_1_13_0_slack_definition -1
 post_1_13_1 relu_1_13_1_slack_definition -1
 post_1_13_2 relu_1_13_2_slack_definition -1
 post_1_13_3 relu_1_13_3_slack_definition -1
 post_1_14_0 relu_1_14_0_slack_definition -1
 post_1_14_1 relu_1_14_1_slack_definition -1
 post_1_14_2 relu_1_14_2_slack_definition -1
 post_1_14_3 relu_1_14_3_slack_definition -1
 post_1_15_0 relu_1_15_0_slack_definition -1
 post_1_15_1 relu_1_15_1_slack_definition -1
 post_1_15_2 relu_1_15_2_slack_definition -1
 post_1_15_3 relu_1_15_3_slack_definition -1
 post_1_16_0 relu_1_16_0_slack_definition -1
 post_1_16_1 relu_1_16_1_slack_definition -1
 post_1_16_2 relu_1_16_2_slack_definition -1
 post_1_16_3 relu_1_16_3_slack_definition -1
 post_1_17_0 relu_1_17_0_slack_definition -1
 post_1_17_1 relu_1_17_1_slack_definition -1
 post_1_17_2 relu_1_17_2_slack_definition -1
 post_1_17_3 relu_1_17_3_slack_definition -1
 post_1_18_0 relu_1_18_0_slack_definition -1
 post_1_18_1 relu_1_18_1_slack_definition -1
 post_1_18_2 relu_1_18_2_slack_definition -1
 post_1_18_3 relu_1_18_3_slack_definition -1
 post_1_19_0 relu_1_19_0_slack_definition -1
 post_1_19_1 relu_1_19_1_slack_definition -1
 post_1_19_2 relu_1_19_2_slack_definition -1
 post_1_19_3 relu_1_19_3_slack_definition -1
 post_1_20_0 relu_1_20_0_slack_definition -1
 post_1_20_1 relu_1_20_1_slack_definition -1
 post_1_20_2 relu_1_20_2_slack_definition -1
 post_1_20_3 relu_1_20_3_slack_definition -1
 post_1_21_0 relu_1_21_0_slack_definition -1
 post_1_21_1 relu_1_21_1_slack_definition -1
 post_1_21_2 relu_1_21_2_slack_definition -1
 post_1_21_3 relu_1_21_3_slack_definition -1
 post_1_22_0 relu_1_22_0_slack_definition -1
 post_1_22_1 relu_1_22_1_slack_definition -1
 post_1_22_2 relu_1_22_2_slack_definition -1
 post_1_22_3 relu_1_22_3_slack_definition -1
 post_1_23_0 relu_1_23_0_slack_definition -1
 post_1_23_1 relu_1_23_1_slack_definition -1
 post_1_23_2 relu_1_23_2_slack_definition -1
 post_1_23_3 relu_1_23_3_slack_definition -1
 post_1_24_0 relu_1_24_0_slack_definition -1
 post_1_24_1 relu_1_24_1_slack_definition -1
 post_1_24_2 relu_1_24_2_slack_definition -1
 post_1_24_3 relu_1_24_3_slack_definition -1
 post_1_25_0 relu_1_25_0_slack_definition -1
 post_1_25_1 relu_1_25_1_slack_definition -1
 post_1_25_2 relu_1_25_2_slack_definition -1
 post_1_25_3 relu_1_25_3_slack_definition -1
 post_1_26_0 relu_1_26_0_slack_definition -1
 post_1_26_1 relu_1_26_1_slack_definition -1
 post_1_26_2 relu_1_26_2_slack_definition -1
 post_1_26_3 relu_1_26_3_slack_definition -1
 post_1_27_0 relu_1_27_0_slack_definition -1
 post_1_27_1 relu_1_27_1_slack_definition -1
 post_1_27_2 relu_1_27_2_slack_definition -1
 post_1_27_3 relu_1_27_3_slack_definition -1
 post_1_28_0 relu_1_28_0_slack_definition -1
 post_1_28_1 relu_1_28_1_slack_definition -1
 post_1_28_2 relu_1_28_2_slack_definition -1
 post_1_28_3 relu_1_28_3_slack_definition -1
 post_1_29_0 relu_1_29_0_slack_definition -1
 post_1_29_1 relu_1_29_1_slack_definition -1
 post_1_29_2 relu_1_29_2_slack_definition -1
 post_1_29_3 relu_1_29_3_slack_definition -1
 post_1_30_0 relu_1_30_0_slack_definition -1
 post_1_30_1 relu_1_30_1_slack_definition -1
 post_1_30_2 relu_1_30_2_slack_definition -1
 post_1_30_3 relu_1_30_3_slack_definition -1
 post_1_31_0 relu_1_31_0_slack_definition -1
 post_1_31_1 relu_1_31_1_slack_definition -1
 post_1_31_2 relu_1_31_2_slack_definition -1
 post_1_31_3 relu_1_31_3_slack_definition -1
 post_1_32_0 relu_1_32_0_slack_definition -1
 post_1_32_1 relu_1_32_1_slack_definition -1
 post_1_32_2 relu_1_32_2_slack_definition -1
 post_1_32_3 relu_1_32_3_slack_definition -1
 post_1_33_0 relu_1_33_0_slack_definition -1
 post_1_33_1 relu_1_33_1_slack_definition -1
 post_1_33_2 relu_1_33_2_slack_definition -1
 post_1_33_3 relu_1_33_3_slack_definition -1
 post_1_34_0 relu_1_34_0_slack_definition -1
 post_1_34_1 relu_1_34_1_slack_definition -1
 post_1_34_2 relu_1_34_2_slack_definition -1
 post_1_34_3 relu_1_34_3_slack_definition -1
 post_1_35_0 relu_1_35_0_slack_definition -1
 post_1_35_1 relu_1_35_1_slack_definition -1
 post_1_35_2 relu_1_35_2_slack_definition -1
 post_1_35_3 relu_1_35_3_slack_definition -1
 post_1_36_0 relu_1_36_0_slack_definition -1
 post_1_36_1 relu_1_36_1_slack_definition -1
 post_1_36_2 relu_1_36_2_slack_definition -1
 post_1_36_3 relu_1_36_3_slack_definition -1
 post_1_37_0 relu_1_37_0_slack_definition -1
 post_1_37_1 relu_1_37_1_slack_definition -1
 post_1_37_2 relu_1_37_2_slack_definition -1
 post_1_37_3 relu_1_37_3_slack_definition -1
 post_1_38_0 relu_1_38_0_slack_definition -1
 post_1_38_1 relu_1_38_1_slack_definition -1
 post_1_38_2 relu_1_38_2_slack_definition -1
 post_1_38_3 relu_1_38_3_slack_definition -1
 post_1_39_0 relu_1_39_0_slack_definition -1
 post_1_39_1 relu_1_39_1_slack_definition -1
 post_1_39_2 relu_1_39_2_slack_definition -1
 post_1_39_3 relu_1_39_3_slack_definition -1
 post_1_40_0 relu_1_40_0_slack_definition -1
 post_1_40_1 relu_1_40_1_slack_definition -1
 post_1_40_2 relu_1_40_2_slack_definition -1
 post_1_40_3 relu_1_40_3_slack_definition -1
 post_1_41_0 relu_1_41_0_slack_definition -1
 post_1_41_1 relu_1_41_1_slack_definition -1
 post_1_41_2 relu_1_41_2_slack_definition -1
 post_1_41_3 relu_1_41_3_slack_definition -1
 post_1_42_0 relu_1_42_0_slack_definition -1
 post_1_42_1 relu_1_42_1_slack_definition -1
 post_1_42_2 relu_1_42_2_slack_definition -1
 post_1_42_3 relu_1_42_3_slack_definition -1
 post_1_43_0 relu_1_43_0_slack_definition -1
 post_1_43_1 relu_1_43_1_slack_definition -1
 post_1_43_2 relu_1_43_2_slack_definition -1
 post_1_43_3 relu_1_43_3_slack_definition -1
 post_1_44_0 relu_1_44_0_slack_definition -1
 post_1_44_1 relu_1_44_1_slack_definition -1
 post_1_44_2 relu_1_44_2_slack_definition -1
 post_1_44_3 relu_1_44_3_slack_definition -1
 post_1_45_0 relu_1_45_0_slack_definition -1
 post_1_45_1 relu_1_45_1_slack_definition -1
 post_1_45_2 relu_1_45_2_slack_definition -1
 post_1_45_3 relu_1_45_3_slack_definition -1
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
 relu_1_0_0_slack relu_1_0_0_slack_definition 1
 relu_1_0_1_slack relu_1_0_1_slack_definition 1
 relu_1_0_2_slack relu_1_0_2_slack_definition 1
 relu_1_0_3_slack relu_1_0_3_slack_definition 1
 relu_1_1_0_slack relu_1_1_0_slack_definition 1
 relu_1_1_1_slack relu_1_1_1_slack_definition 1
 relu_1_1_2_slack relu_1_1_2_slack_definition 1
 relu_1_1_3_slack relu_1_1_3_slack_definition 1
 relu_1_2_0_slack relu_1_2_0_slack_definition 1
 relu_1_2_1_slack relu_1_2_1_slack_definition 1
 relu_1_2_2_slack relu_1_2_2_slack_definition 1
 relu_1_2_3_slack relu_1_2_3_slack_definition 1
 relu_1_3_0_slack relu_1_3_0_slack_definition 1
 relu_1_3_1_slack relu_1_3_1_slack_definition 1
 relu_1_3_2_slack relu_1_3_2_slack_definition 1
 relu_1_3_3_slack relu_1_3_3_slack_definition 1
 relu_1_4_0_slack relu_1_4_0_slack_definition 1
 relu_1_4_1_slack relu_1_4_1_slack_definition 1
 relu_1_4_2_slack relu_1_4_2_slack_definition 1
 relu_1_4_3_slack relu_1_4_3_slack_definition 1
 relu_1_5_0_slack relu_1_5_0_slack_definition 1
 relu_1_5_1_slack relu_1_5_1_slack_definition 1
 relu_1_5_2_slack relu_1_5_2_slack_definition 1
 relu_1_5_3_slack relu_1_5_3_slack_definition 1
 relu_1_6_0_slack relu_1_6_0_slack_definition 1
 relu_1_6_1_slack relu_1_6_1_slack_definition 1
 relu_1_6_2_slack relu_1_6_2_slack_definition 1
 relu_1_6_3_slack relu_1_6_3_slack_definition 1
 relu_1_7_0_slack relu_1_7_0_slack_definition 1
 relu_1_7_1_slack relu_1_7_1_slack_definition 1
 relu_1_7_2_slack relu_1_7_2_slack_definition 1
 relu_1_7_3_slack relu_1_7_3_slack_definition 1
 relu_1_8_0_slack relu_1_8_0_slack_definition 1
 relu_1_8_1_slack relu_1_8_1_slack_definition 1
 relu_1_8_2_slack relu_1_8_2_slack_definition 1
 relu_1_8_3_slack relu_1_8_3_slack_definition 1
 relu_1_9_0_slack relu_1_9_0_slack_definition 1
 relu_1_9_1_slack relu_1_9_1_slack_definition 1
 relu_1_9_2_slack relu_1_9_2_slack_definition 1
 relu_1_9_3_slack relu_1_9_3_slack_definition 1
 relu_1_10_0_slack relu_1_10_0_slack_definition 1
 relu_1_10_1_slack relu_1_10_1_slack_definition 1
 relu_1_10_2_slack relu_1_10_2_slack_definition 1
 relu_1_10_3_slack relu_1_10_3_slack_definition 1
 relu_1_11_0_slack relu_1_11_0_slack_definition 1
 relu_1_11_1_slack relu_1_11_1_slack_definition 1
 relu_1_11_2_slack relu_1_11_2_slack_definition 1
 relu_1_11_3_slack relu_1_11_3_slack_definition 1
 relu_1_12_0_slack relu_1_12_0_slack_definition 1
 relu_1_12_1_slack relu_1_12_1_slack_definition 1
 relu_1_12_2_slack relu_1_12_2_slack_definition 1
 relu_1_12_3_slack relu_1_12_3_slack_definition 1
 relu_1_13_0_slack relu_1_13_0_slack_definition 1
 relu_1_13_1_slack relu_1_13_1_slack_definition 1
 relu_1_13_2_slack relu_1_13_2_slack_definition 1
 relu_1_13_3_slack relu_1_13_3_slack_definition 1
 relu_1_14_0_slack relu_1_14_0_slack_definition 1
 relu_1_14_1_slack relu_1_14_1_slack_definition 1
 relu_1_14_2_slack relu_1_14_2_slack_definition 1
 relu_1_14_3_slack relu_1_14_3_slack_definition 1
 relu_1_15_0_slack relu_1_15_0_slack_definition 1
 relu_1_15_1_slack relu_1_15_1_slack_definition 1
 relu_1_15_2_slack relu_1_15_2_slack_definition 1
 relu_1_15_3_slack relu_1_15_3_slack_definition 1
 relu_1_16_0_slack relu_1_16_0_slack_definition 1
 relu_1_16_1_slack relu_1_16_1_slack_definition 1
 relu_1_16_2_slack relu_1_16_2_slack_definition 1
 relu_1_16_3_slack relu_1_16_3_slack_definition 1
 relu_1_17_0_slack relu_1_17_0_slack_definition 1
 relu_1_17_1_slack relu_1_17_1_slack_definition 1
 relu_1_17_2_slack relu_1_17_2_slack_definition 1
 relu_1_17_3_slack relu_1_17_3_slack_definition 1
 relu_1_18_0_slack relu_1_18_0_slack_definition 1
 relu_1_18_1_slack relu_1_18_1_slack_definition 1
 relu_1_18_2_slack relu_1_18_2_slack_definition 1
 relu_1_18_3_slack relu_1_18_3_slack_definition 1
 relu_1_19_0_slack relu_1_19_0_slack_definition 1
 relu_1_19_1_slack relu_1_19_1_slack_definition 1
 relu_1_19_2_slack relu_1_19_2_slack_definition 1
 relu_1_19_3_slack relu_1_19_3_slack_definition 1
 relu_1_20_0_slack relu_1_20_0_slack_definition 1
 relu_1_20_1_slack relu_1_20_1_slack_definition 1
 relu_1_20_2_slack relu_1_20_2_slack_definition 1
 relu_1_20_3_slack relu_1_20_3_slack_definition 1
 relu_1_21_0_slack relu_1_21_0_slack_definition 1
 relu_1_21_1_slack relu_1_21_1_slack_definition 1
 relu_1_21_2_slack relu_1_21_2_slack_definition 1
 relu_1_21_3_slack relu_1_21_3_slack_definition 1
 relu_1_22_0_slack relu_1_22_0_slack_definition 1
 relu_1_22_1_slack relu_1_22_1_slack_definition 1
 relu_1_22_2_slack relu_1_22_2_slack_definition 1
 relu_1_22_3_slack relu_1_22_3_slack_definition 1
 relu_1_23_0_slack relu_1_23_0_slack_definition 1
 relu_1_23_1_slack relu_1_23_1_slack_definition 1
 relu_1_23_2_slack relu_1_23_2_slack_definition 1
 relu_1_23_3_slack relu_1_23_3_slack_definition 1
 relu_1_24_0_slack relu_1_24_0_slack_definition 1
 relu_1_24_1_slack relu_1_24_1_slack_definition 1
 relu_1_24_2_slack relu_1_24_2_slack_definition 1
 relu_1_24_3_slack relu_1_24_3_slack_definition 1
 relu_1_25_0_slack relu_1_25_0_slack_definition 1
 relu_1_25_1_slack relu_1_25_1_slack_definition 1
 relu_1_25_2_slack relu_1_25_2_slack_definition 1
 relu_1_25_3_slack relu_1_25_3_slack_definition 1
 relu_1_26_0_slack relu_1_26_0_slack_definition 1
 relu_1_26_1_slack relu_1_26_1_slack_definition 1
 relu_1_26_2_slack relu_1_26_2_slack_definition 1
 relu_1_26_3_slack relu_1_26_3_slack_definition 1
 relu_1_27_0_slack relu_1_27_0_slack_definition 1
 relu_1_27_1_slack relu_1_27_1_slack_definition 1
 relu_1_27_2_slack relu_1_27_2_slack_definition 1
 relu_1_27_3_slack relu_1_27_3_slack_definition 1
 relu_1_28_0_slack relu_1_28_0_slack_definition 1
 relu_1_28_1_slack relu_1_28_1_slack_definition 1
 relu_1_28_2_slack relu_1_28_2_slack_definition 1
 relu_1_28_3_slack relu_1_28_3_slack_definition 1
 relu_1_29_0_slack relu_1_29_0_slack_definition 1
 relu_1_29_1_slack relu_1_29_1_slack_definition 1
 relu_1_29_2_slack relu_1_29_2_slack_definition 1
 relu_1_29_3_slack relu_1_29_3_slack_definition 1
 relu_1_30_0_slack relu_1_30_0_slack_definition 1
 relu_1_30_1_slack relu_1_30_1_slack_definition 1
 relu_1_30_2_slack relu_1_30_2_slack_definition 1
 relu_1_30_3_slack relu_1_30_3_slack_definition 1
 relu_1_31_0_slack relu_1_31_0_slack_definition 1
 relu_1_31_1_slack relu_1_31_1_slack_definition 1
 relu_1_31_2_slack relu_1_31_2_slack_definition 1
 relu_1_31_3_slack relu_1_31_3_slack_definition 1
 relu_1_32_0_slack relu_1_32_0_slack_definition 1
 relu_1_32_1_slack relu_1_32_1_slack_definition 1
 relu_1_32_2_slack relu_1_32_2_slack_definition 1
 relu_1_32_3_slack relu_1_32_3_slack_definition 1
 relu_1_33_0_slack relu_1_33_0_slack_definition 1
 relu_1_33_1_slack relu_1_33_1_slack_definition 1
 relu_1_33_2_slack relu_1_33_2_slack_definition 1
 relu_1_33_3_slack relu_1_33_3_slack_definition 1
 relu_1_34_0_slack relu_1_34_0_slack_definition 1
 relu_1_34_1_slack relu_1_34_1_slack_definition 1
 relu_1_34_2_slack relu_1_34_2_slack_definition 1
 relu_1_34_3_slack relu_1_34_3_slack_definition 1
 relu_1_35_0_slack relu_1_35_0_slack_definition 1
 relu_1_35_1_slack relu_1_35_1_slack_definition 1
 relu_1_35_2_slack relu_1_35_2_slack_definition 1
 relu_1_35_3_slack relu_1_35_3_slack_definition 1
 relu_1_36_0_slack relu_1_36_0_slack_definition 1
 relu_1_36_1_slack relu_1_36_1_slack_definition 1
 relu_1_36_2_slack relu_1_36_2_slack_definition 1
 relu_1_36_3_slack relu_1_36_3_slack_definition 1
 relu_1_37_0_slack relu_1_37_0_slack_definition 1
 relu_1_37_1_slack relu_1_37_1_slack_definition 1
 relu_1_37_2_slack relu_1_37_2_slack_definition 1
 relu_1_37_3_slack relu_1_37_3_slack_definition 1
 relu_1_38_0_slack relu_1_38_0_slack_definition 1
 relu_1_38_1_slack relu_1_38_1_slack_definition 1
 relu_1_38_2_slack relu_1_38_2_slack_definition 1
 relu_1_38_3_slack relu_1_38_3_slack_definition 1
 relu_1_39_0_slack relu_1_39_0_slack_definition 1
 relu_1_39_1_slack relu_1_39_1_slack_definition 1
 relu_1_39_2_slack relu_1_39_2_slack_definition 1
 relu_1_39_3_slack relu_1_39_3_slack_definition 1
 relu_1_40_0_slack relu_1_40_0_slack_definition 1
 relu_1_40_1_slack relu_1_40_1_slack_definition 1
 relu_1_40_2_slack relu_1_40_2_slack_definition 1
 relu_1_40_3_slack relu_1_40_3_slack_definition 1
 relu_1_41_0_slack relu_1_41_0_slack_definition 1
 relu_1_41_1_slack relu_1_41_1_slack_definition 1
 relu_1_41_2_slack relu_1_41_2_slack_definition 1
 relu_1_41_3_slack relu_1_41_3_slack_definition 1
 relu_1_42_0_slack relu_1_42_0_slack_definition 1
 relu_1_42_1_slack relu_1_42_1_slack_definition 1
 relu_1_42_2_slack relu_1_42_2_slack_definition 1
 relu_1_42_3_slack relu_1_42_3_slack_definition 1
 relu_1_43_0_slack relu_1_43_0_slack_definition 1
 relu_1_43_1_slack relu_1_43_1_slack_definition 1
 relu_1_43_2_slack relu_1_43_2_slack_definition 1
 relu_1_43_3_slack relu_1_43_3_slack_definition 1
 relu_1_44_0_slack relu_1_44_0_slack_definition 1
 relu_1_44_1_slack relu_1_44_1_slack_definition 1
 relu_1_44_2_slack relu_1_44_2_slack_definition 1
 relu_1_44_3_slack relu_1_44_3_slack_definition 1
 relu_1_45_0_slack relu_1_45_0_slack_definition 1
 relu_1_45_1_slack relu_1_45_1_slack_definition 1
 relu_1_45_2_slack relu_1_45_2_slack_definition 1
 relu_1_45_3_slack relu_1_45_3_slack_definition 1
RHS
 rhs obj -6.334104938271605
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
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 59.04058006174029
 LO bnd relu_1_0_1_slack 0
 UP bnd relu_1_0_1_slack 59.04058006174029
 LO bnd relu_1_0_2_slack 0
 UP bnd relu_1_0_2_slack 59.04058006174029
 LO bnd relu_1_0_3_slack 0
 UP bnd relu_1_0_3_slack 59.04058006174029
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 65.20281019432989
 LO bnd relu_1_1_1_slack 0
 UP bnd relu_1_1_1_slack 65.20281019432989
 LO bnd relu_1_1_2_slack 0
 UP bnd relu_1_1_2_slack 65.20281019432989
 LO bnd relu_1_1_3_slack 0
 UP bnd relu_1_1_3_slack 65.20281019432989
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 71.36504032691947
 LO bnd relu_1_2_1_slack 0
 UP bnd relu_1_2_1_slack 71.36504032691947
 LO bnd relu_1_2_2_slack 0
 UP bnd relu_1_2_2_slack 71.36504032691947
 LO bnd relu_1_2_3_slack 0
 UP bnd relu_1_2_3_slack 71.36504032691947
 LO bnd relu_1_3_0_slack 0
 UP bnd relu_1_3_0_slack 56.66745344306795
 LO bnd relu_1_3_1_slack 0
 UP bnd relu_1_3_1_slack 56.66745344306795
 LO bnd relu_1_3_2_slack 0
 UP bnd relu_1_3_2_slack 56.66745344306795
 LO bnd relu_1_3_3_slack 0
 UP bnd relu_1_3_3_slack 56.66745344306795
 LO bnd relu_1_4_0_slack 0
 UP bnd relu_1_4_0_slack 62.82968357565754
 LO bnd relu_1_4_1_slack 0
 UP bnd relu_1_4_1_slack 62.82968357565754
 LO bnd relu_1_4_2_slack 0
 UP bnd relu_1_4_2_slack 62.82968357565754
 LO bnd relu_1_4_3_slack 0
 UP bnd relu_1_4_3_slack 62.82968357565754
 LO bnd relu_1_5_0_slack 0
 UP bnd relu_1_5_0_slack 68.99191370824713
 LO bnd relu_1_5_1_slack 0
 UP bnd relu_1_5_1_slack 68.99191370824713
 LO bnd relu_1_5_2_slack 0
 UP bnd relu_1_5_2_slack 68.99191370824713
 LO bnd relu_1_5_3_slack 0
 UP bnd relu_1_5_3_slack 68.99191370824713
 LO bnd relu_1_6_0_slack 0
 UP bnd relu_1_6_0_slack 54.294326824395604
 LO bnd relu_1_6_1_slack 0
 UP bnd relu_1_6_1_slack 54.294326824395604
 LO bnd relu_1_6_2_slack 0
 UP bnd relu_1_6_2_slack 54.294326824395604
 LO bnd relu_1_6_3_slack 0
 UP bnd relu_1_6_3_slack 54.294326824395604
 LO bnd relu_1_7_0_slack 0
 UP bnd relu_1_7_0_slack 60.45655695698519
 LO bnd relu_1_7_1_slack 0
 UP bnd relu_1_7_1_slack 60.45655695698519
 LO bnd relu_1_7_2_slack 0
 UP bnd relu_1_7_2_slack 60.45655695698519
 LO bnd relu_1_7_3_slack 0
 UP bnd relu_1_7_3_slack 60.45655695698519
 LO bnd relu_1_8_0_slack 0
 UP bnd relu_1_8_0_slack 66.61878708957478
 LO bnd relu_1_8_1_slack 0
 UP bnd relu_1_8_1_slack 66.61878708957478
 LO bnd relu_1_8_2_slack 0
 UP bnd relu_1_8_2_slack 66.61878708957478
 LO bnd relu_1_8_3_slack 0
 UP bnd relu_1_8_3_slack 66.61878708957478
 LO bnd relu_1_9_0_slack 0
 UP bnd relu_1_9_0_slack 48.36151027771475
 LO bnd relu_1_9_1_slack 0
 UP bnd relu_1_9_1_slack 48.36151027771475
 LO bnd relu_1_9_2_slack 0
 UP bnd relu_1_9_2_slack 48.36151027771475
 LO bnd relu_1_9_3_slack 0
 UP bnd relu_1_9_3_slack 48.36151027771475
 LO bnd relu_1_10_0_slack 0
 UP bnd relu_1_10_0_slack 54.52374041030434
 LO bnd relu_1_10_1_slack 0
 UP bnd relu_1_10_1_slack 54.52374041030434
 LO bnd relu_1_10_2_slack 0
 UP bnd relu_1_10_2_slack 54.52374041030434
 LO bnd relu_1_10_3_slack 0
 UP bnd relu_1_10_3_slack 54.52374041030434
 LO bnd relu_1_11_0_slack 0
 UP bnd relu_1_11_0_slack 60.68597054289393
 LO bnd relu_1_11_1_slack 0
 UP bnd relu_1_11_1_slack 60.68597054289393
 LO bnd relu_1_11_2_slack 0
 UP bnd relu_1_11_2_slack 60.68597054289393
 LO bnd relu_1_11_3_slack 0
 UP bnd relu_1_11_3_slack 60.68597054289393
 LO bnd relu_1_12_0_slack 0
 UP bnd relu_1_12_0_slack 47.17494696837858
 LO bnd relu_1_12_1_slack 0
 UP bnd relu_1_12_1_slack 47.17494696837858
 LO bnd relu_1_12_2_slack 0
 UP bnd relu_1_12_2_slack 47.17494696837858
 LO bnd relu_1_12_3_slack 0
 UP bnd relu_1_12_3_slack 47.17494696837858
 LO bnd relu_1_13_0_slack 0
 UP bnd relu_1_13_0_slack 53.33717710096817
 LO bnd relu_1_13_1_slack 0
 UP bnd relu_1_13_1_slack 53.33717710096817
 LO bnd relu_1_13_2_slack 0
 UP bnd relu_1_13_2_slack 53.33717710096817
 LO bnd relu_1_13_3_slack 0
 UP bnd relu_1_13_3_slack 53.33717710096817
 LO bnd relu_1_14_0_slack 0
 UP bnd relu_1_14_0_slack 59.49940723355775
 LO bnd relu_1_14_1_slack 0
 UP bnd relu_1_14_1_slack 59.49940723355775
 LO bnd relu_1_14_2_slack 0
 UP bnd relu_1_14_2_slack 59.49940723355775
 LO bnd relu_1_14_3_slack 0
 UP bnd relu_1_14_3_slack 59.49940723355775
 LO bnd relu_1_15_0_slack 0
 UP bnd relu_1_15_0_slack 45.988383659042405
 LO bnd relu_1_15_1_slack 0
 UP bnd relu_1_15_1_slack 45.988383659042405
 LO bnd relu_1_15_2_slack 0
 UP bnd relu_1_15_2_slack 45.988383659042405
 LO bnd relu_1_15_3_slack 0
 UP bnd relu_1_15_3_slack 45.988383659042405
 LO bnd relu_1_16_0_slack 0
 UP bnd relu_1_16_0_slack 52.15061379163199
 LO bnd relu_1_16_1_slack 0
 UP bnd relu_1_16_1_slack 52.15061379163199
 LO bnd relu_1_16_2_slack 0
 UP bnd relu_1_16_2_slack 52.15061379163199
 LO bnd relu_1_16_3_slack 0
 UP bnd relu_1_16_3_slack 52.15061379163199
 LO bnd relu_1_17_0_slack 0
 UP bnd relu_1_17_0_slack 58.31284392422158
 LO bnd relu_1_17_1_slack 0
 UP bnd relu_1_17_1_slack 58.31284392422158
 LO bnd relu_1_17_2_slack 0
 UP bnd relu_1_17_2_slack 58.31284392422158
 LO bnd relu_1_17_3_slack 0
 UP bnd relu_1_17_3_slack 58.31284392422158
 LO bnd relu_1_18_0_slack 0
 UP bnd relu_1_18_0_slack 44.80182034970623
 LO bnd relu_1_18_1_slack 0
 UP bnd relu_1_18_1_slack 44.80182034970623
 LO bnd relu_1_18_2_slack 0
 UP bnd relu_1_18_2_slack 44.80182034970623
 LO bnd relu_1_18_3_slack 0
 UP bnd relu_1_18_3_slack 44.80182034970623
 LO bnd relu_1_19_0_slack 0
 UP bnd relu_1_19_0_slack 50.964050482295825
 LO bnd relu_1_19_1_slack 0
 UP bnd relu_1_19_1_slack 50.964050482295825
 LO bnd relu_1_19_2_slack 0
 UP bnd relu_1_19_2_slack 50.964050482295825
 LO bnd relu_1_19_3_slack 0
 UP bnd relu_1_19_3_slack 50.964050482295825
 LO bnd relu_1_20_0_slack 0
 UP bnd relu_1_20_0_slack 57.12628061488541
 LO bnd relu_1_20_1_slack 0
 UP bnd relu_1_20_1_slack 57.12628061488541
 LO bnd relu_1_20_2_slack 0
 UP bnd relu_1_20_2_slack 57.12628061488541
 LO bnd relu_1_20_3_slack 0
 UP bnd relu_1_20_3_slack 57.12628061488541
 LO bnd relu_1_21_0_slack 0
 UP bnd relu_1_21_0_slack 30.563060637672177
 LO bnd relu_1_21_1_slack 0
 UP bnd relu_1_21_1_slack 30.563060637672177
 LO bnd relu_1_21_2_slack 0
 UP bnd relu_1_21_2_slack 30.563060637672177
 LO bnd relu_1_21_3_slack 0
 UP bnd relu_1_21_3_slack 30.563060637672177
 LO bnd relu_1_22_0_slack 0
 UP bnd relu_1_22_0_slack 36.725290770261765
 LO bnd relu_1_22_1_slack 0
 UP bnd relu_1_22_1_slack 36.725290770261765
 LO bnd relu_1_22_2_slack 0
 UP bnd relu_1_22_2_slack 36.725290770261765
 LO bnd relu_1_22_3_slack 0
 UP bnd relu_1_22_3_slack 36.725290770261765
 LO bnd relu_1_23_0_slack 0
 UP bnd relu_1_23_0_slack 42.88752090285135
 LO bnd relu_1_23_1_slack 0
 UP bnd relu_1_23_1_slack 42.88752090285135
 LO bnd relu_1_23_2_slack 0
 UP bnd relu_1_23_2_slack 42.88752090285135
 LO bnd relu_1_23_3_slack 0
 UP bnd relu_1_23_3_slack 42.88752090285135
 LO bnd relu_1_24_0_slack 0
 UP bnd relu_1_24_0_slack 29.581063418014484
 LO bnd relu_1_24_1_slack 0
 UP bnd relu_1_24_1_slack 29.581063418014484
 LO bnd relu_1_24_2_slack 0
 UP bnd relu_1_24_2_slack 29.581063418014484
 LO bnd relu_1_24_3_slack 0
 UP bnd relu_1_24_3_slack 29.581063418014484
 LO bnd relu_1_25_0_slack 0
 UP bnd relu_1_25_0_slack 34.32731665535917
 LO bnd relu_1_25_1_slack 0
 UP bnd relu_1_25_1_slack 34.32731665535917
 LO bnd relu_1_25_2_slack 0
 UP bnd relu_1_25_2_slack 34.32731665535917
 LO bnd relu_1_25_3_slack 0
 UP bnd relu_1_25_3_slack 34.32731665535917
 LO bnd relu_1_26_0_slack 0
 UP bnd relu_1_26_0_slack 39.07356989270386
 LO bnd relu_1_26_1_slack 0
 UP bnd relu_1_26_1_slack 39.07356989270386
 LO bnd relu_1_26_2_slack 0
 UP bnd relu_1_26_2_slack 39.07356989270386
 LO bnd relu_1_26_3_slack 0
 UP bnd relu_1_26_3_slack 39.07356989270386
 LO bnd relu_1_27_0_slack 0
 UP bnd relu_1_27_0_slack 31.12162095116188
 LO bnd relu_1_27_1_slack 0
 UP bnd relu_1_27_1_slack 31.12162095116188
 LO bnd relu_1_27_2_slack 0
 UP bnd relu_1_27_2_slack 31.12162095116188
 LO bnd relu_1_27_3_slack 0
 UP bnd relu_1_27_3_slack 31.12162095116188
 LO bnd relu_1_28_0_slack 0
 UP bnd relu_1_28_0_slack 35.86787418850656
 LO bnd relu_1_28_1_slack 0
 UP bnd relu_1_28_1_slack 35.86787418850656
 LO bnd relu_1_28_2_slack 0
 UP bnd relu_1_28_2_slack 35.86787418850656
 LO bnd relu_1_28_3_slack 0
 UP bnd relu_1_28_3_slack 35.86787418850656
 LO bnd relu_1_29_0_slack 0
 UP bnd relu_1_29_0_slack 40.61412742585125
 LO bnd relu_1_29_1_slack 0
 UP bnd relu_1_29_1_slack 40.61412742585125
 LO bnd relu_1_29_2_slack 0
 UP bnd relu_1_29_2_slack 40.61412742585125
 LO bnd relu_1_29_3_slack 0
 UP bnd relu_1_29_3_slack 40.61412742585125
 LO bnd relu_1_30_0_slack 0
 UP bnd relu_1_30_0_slack 32.66217848430928
 LO bnd relu_1_30_1_slack 0
 UP bnd relu_1_30_1_slack 32.66217848430928
 LO bnd relu_1_30_2_slack 0
 UP bnd relu_1_30_2_slack 32.66217848430928
 LO bnd relu_1_30_3_slack 0
 UP bnd relu_1_30_3_slack 32.66217848430928
 LO bnd relu_1_31_0_slack 0
 UP bnd relu_1_31_0_slack 37.40843172165396
 LO bnd relu_1_31_1_slack 0
 UP bnd relu_1_31_1_slack 37.40843172165396
 LO bnd relu_1_31_2_slack 0
 UP bnd relu_1_31_2_slack 37.40843172165396
 LO bnd relu_1_31_3_slack 0
 UP bnd relu_1_31_3_slack 37.40843172165396
 LO bnd relu_1_32_0_slack 0
 UP bnd relu_1_32_0_slack 42.15468495899865
 LO bnd relu_1_32_1_slack 0
 UP bnd relu_1_32_1_slack 42.15468495899865
 LO bnd relu_1_32_2_slack 0
 UP bnd relu_1_32_2_slack 42.15468495899865
 LO bnd relu_1_32_3_slack 0
 UP bnd relu_1_32_3_slack 42.15468495899865
 LO bnd relu_1_33_0_slack 0
 UP bnd relu_1_33_0_slack 34.20273601745667
 LO bnd relu_1_33_1_slack 0
 UP bnd relu_1_33_1_slack 34.20273601745667
 LO bnd relu_1_33_2_slack 0
 UP bnd relu_1_33_2_slack 34.20273601745667
 LO bnd relu_1_33_3_slack 0
 UP bnd relu_1_33_3_slack 34.20273601745667
 LO bnd relu_1_34_0_slack 0
 UP bnd relu_1_34_0_slack 38.94898925480136
 LO bnd relu_1_34_1_slack 0
 UP bnd relu_1_34_1_slack 38.94898925480136
 LO bnd relu_1_34_2_slack 0
 UP bnd relu_1_34_2_slack 38.94898925480136
 LO bnd relu_1_34_3_slack 0
 UP bnd relu_1_34_3_slack 38.94898925480136
 LO bnd relu_1_35_0_slack 0
 UP bnd relu_1_35_0_slack 43.69524249214605
 LO bnd relu_1_35_1_slack 0
 UP bnd relu_1_35_1_slack 43.69524249214605
 LO bnd relu_1_35_2_slack 0
 UP bnd relu_1_35_2_slack 43.69524249214605
 LO bnd relu_1_35_3_slack 0
 UP bnd relu_1_35_3_slack 43.69524249214605
 LO bnd relu_1_36_0_slack 0
 UP bnd relu_1_36_0_slack 41.90552368319366
 LO bnd relu_1_36_1_slack 0
 UP bnd relu_1_36_1_slack 41.90552368319366
 LO bnd relu_1_36_2_slack 0
 UP bnd relu_1_36_2_slack 41.90552368319366
 LO bnd relu_1_36_3_slack 0
 UP bnd relu_1_36_3_slack 41.90552368319366
 LO bnd relu_1_37_0_slack 0
 UP bnd relu_1_37_0_slack 46.651776920538346
 LO bnd relu_1_37_1_slack 0
 UP bnd relu_1_37_1_slack 46.651776920538346
 LO bnd relu_1_37_2_slack 0
 UP bnd relu_1_37_2_slack 46.651776920538346
 LO bnd relu_1_37_3_slack 0
 UP bnd relu_1_37_3_slack 46.651776920538346
 LO bnd relu_1_38_0_slack 0
 UP bnd relu_1_38_0_slack 51.39803015788303
 LO bnd relu_1_38_1_slack 0
 UP bnd relu_1_38_1_slack 51.39803015788303
 LO bnd relu_1_38_2_slack 0
 UP bnd relu_1_38_2_slack 51.39803015788303
 LO bnd relu_1_38_3_slack 0
 UP bnd relu_1_38_3_slack 51.39803015788303
 LO bnd relu_1_39_0_slack 0
 UP bnd relu_1_39_0_slack 44.986638749488456
 LO bnd relu_1_39_1_slack 0
 UP bnd relu_1_39_1_slack 44.986638749488456
 LO bnd relu_1_39_2_slack 0
 UP bnd relu_1_39_2_slack 44.986638749488456
 LO bnd relu_1_39_3_slack 0
 UP bnd relu_1_39_3_slack 44.986638749488456
 LO bnd relu_1_40_0_slack 0
 UP bnd relu_1_40_0_slack 49.73289198683314
 LO bnd relu_1_40_1_slack 0
 UP bnd relu_1_40_1_slack 49.73289198683314
 LO bnd relu_1_40_2_slack 0
 UP bnd relu_1_40_2_slack 49.73289198683314
 LO bnd relu_1_40_3_slack 0
 UP bnd relu_1_40_3_slack 49.73289198683314
 LO bnd relu_1_41_0_slack 0
 UP bnd relu_1_41_0_slack 54.47914522417783
 LO bnd relu_1_41_1_slack 0
 UP bnd relu_1_41_1_slack 54.47914522417783
 LO bnd relu_1_41_2_slack 0
 UP bnd relu_1_41_2_slack 54.47914522417783
 LO bnd relu_1_41_3_slack 0
 UP bnd relu_1_41_3_slack 54.47914522417783
 LO bnd relu_1_42_0_slack 0
 UP bnd relu_1_42_0_slack 48.06775381578325
 LO bnd relu_1_42_1_slack 0
 UP bnd relu_1_42_1_slack 48.06775381578325
 LO bnd relu_1_42_2_slack 0
 UP bnd relu_1_42_2_slack 48.06775381578325
 LO bnd relu_1_42_3_slack 0
 UP bnd relu_1_42_3_slack 48.06775381578325
 LO bnd relu_1_43_0_slack 0
 UP bnd relu_1_43_0_slack 52.81400705312794
 LO bnd relu_1_43_1_slack 0
 UP bnd relu_1_43_1_slack 52.81400705312794
 LO bnd relu_1_43_2_slack 0
 UP bnd relu_1_43_2_slack 52.81400705312794
 LO bnd relu_1_43_3_slack 0
 UP bnd relu_1_43_3_slack 52.81400705312794
 LO bnd relu_1_44_0_slack 0
 UP bnd relu_1_44_0_slack 57.56026029047262
 LO bnd relu_1_44_1_slack 0
 UP bnd relu_1_44_1_slack 57.56026029047262
 LO bnd relu_1_44_2_slack 0
 UP bnd relu_1_44_2_slack 57.56026029047262
 LO bnd relu_1_44_3_slack 0
 UP bnd relu_1_44_3_slack 57.56026029047262
 LO bnd relu_1_45_0_slack 0
 UP bnd relu_1_45_0_slack 25.81680740032749
 LO bnd relu_1_45_1_slack 0
 UP bnd relu_1_45_1_slack 25.81680740032749
 LO bnd relu_1_45_2_slack 0
 UP bnd relu_1_45_2_slack 25.81680740032749
 LO bnd relu_1_45_3_slack 0
 UP bnd relu_1_45_3_slack 25.81680740032749
SOS
 S1 SOS s1 1
    post_1_0_0 1
    relu_1_0_0_slack 2
 S1 SOS s2 1
    post_1_0_1 1
    relu_1_0_1_slack 2
 S1 SOS s3 1
    post_1_0_2 1
    relu_1_0_2_slack 2
 S1 SOS s4 1
    post_1_0_3 1
    relu_1_0_3_slack 2
 S1 SOS s5 1
    post_1_1_0 1
    relu_1_1_0_slack 2
 S1 SOS s6 1
    post_1_1_1 1
    relu_1_1_1_slack 2
 S1 SOS s7 1
    post_1_1_2 1
    relu_1_1_2_slack 2
 S1 SOS s8 1
    post_1_1_3 1
    relu_1_1_3_slack 2
 S1 SOS s9 1
    post_1_2_0 1
    relu_1_2_0_slack 2
 S1 SOS s10 1
    post_1_2_1 1
    relu_1_2_1_slack 2
 S1 SOS s11 1
    post_1_2_2 1
    relu_1_2_2_slack 2
 S1 SOS s12 1
    post_1_2_3 1
    relu_1_2_3_slack 2
 S1 SOS s13 1
    post_1_3_0 1
    relu_1_3_0_slack 2
 S1 SOS s14 1
    post_1_3_1 1
    relu_1_3_1_slack 2
 S1 SOS s15 1
    post_1_3_2 1
    relu_1_3_2_slack 2
 S1 SOS s16 1
    post_1_3_3 1
    relu_1_3_3_slack 2
 S1 SOS s17 1
    post_1_4_0 1
    relu_1_4_0_slack 2
 S1 SOS s18 1
    post_1_4_1 1
    relu_1_4_1_slack 2
 S1 SOS s19 1
    post_1_4_2 1
    relu_1_4_2_slack 2
 S1 SOS s20 1
    post_1_4_3 1
    relu_1_4_3_slack 2
 S1 SOS s21 1
    post_1_5_0 1
    relu_1_5_0_slack 2
 S1 SOS s22 1
    post_1_5_1 1
    relu_1_5_1_slack 2
 S1 SOS s23 1
    post_1_5_2 1
    relu_1_5_2_slack 2
 S1 SOS s24 1
    post_1_5_3 1
    relu_1_5_3_slack 2
 S1 SOS s25 1
    post_1_6_0 1
    relu_1_6_0_slack 2
 S1 SOS s26 1
    post_1_6_1 1
    relu_1_6_1_slack 2
 S1 SOS s27 1
    post_1_6_2 1
    relu_1_6_2_slack 2
 S1 SOS s28 1
    post_1_6_3 1
    relu_1_6_3_slack 2
 S1 SOS s29 1
    post_1_7_0 1
    relu_1_7_0_slack 2
 S1 SOS s30 1
    post_1_7_1 1
    relu_1_7_1_slack 2
 S1 SOS s31 1
    post_1_7_2 1
    relu_1_7_2_slack 2
 S1 SOS s32 1
    post_1_7_3 1
    relu_1_7_3_slack 2
 S1 SOS s33 1
    post_1_8_0 1
    relu_1_8_0_slack 2
 S1 SOS s34 1
    post_1_8_1 1
    relu_1_8_1_slack 2
 S1 SOS s35 1
    post_1_8_2 1
    relu_1_8_2_slack 2
 S1 SOS s36 1
    post_1_8_3 1
    relu_1_8_3_slack 2
 S1 SOS s37 1
    post_1_9_0 1
    relu_1_9_0_slack 2
 S1 SOS s38 1
    post_1_9_1 1
    relu_1_9_1_slack 2
 S1 SOS s39 1
    post_1_9_2 1
    relu_1_9_2_slack 2
 S1 SOS s40 1
    post_1_9_3 1
    relu_1_9_3_slack 2
 S1 SOS s41 1
    post_1_10_0 1
    relu_1_10_0_slack 2
 S1 SOS s42 1
    post_1_10_1 1
    relu_1_10_1_slack 2
 S1 SOS s43 1
    post_1_10_2 1
    relu_1_10_2_slack 2
 S1 SOS s44 1
    post_1_10_3 1
    relu_1_10_3_slack 2
 S1 SOS s45 1
    post_1_11_0 1
    relu_1_11_0_slack 2
 S1 SOS s46 1
    post_1_11_1 1
    relu_1_11_1_slack 2
 S1 SOS s47 1
    post_1_11_2 1
    relu_1_11_2_slack 2
 S1 SOS s48 1
    post_1_11_3 1
    relu_1_11_3_slack 2
 S1 SOS s49 1
    post_1_12_0 1
    relu_1_12_0_slack 2
 S1 SOS s50 1
    post_1_12_1 1
    relu_1_12_1_slack 2
 S1 SOS s51 1
    post_1_12_2 1
    relu_1_12_2_slack 2
 S1 SOS s52 1
    post_1_12_3 1
    relu_1_12_3_slack 2
 S1 SOS s53 1
    post_1_13_0 1
    relu_1_13_0_slack 2
 S1 SOS s54 1
    post_1_13_1 1
    relu_1_13_1_slack 2
 S1 SOS s55 1
    post_1_13_2 1
    relu_1_13_2_slack 2
 S1 SOS s56 1
    post_1_13_3 1
    relu_1_13_3_slack 2
 S1 SOS s57 1
    post_1_14_0 1
    relu_1_14_0_slack 2
 S1 SOS s58 1
    post_1_14_1 1
    relu_1_14_1_slack 2
 S1 SOS s59 1
    post_1_14_2 1
    relu_1_14_2_slack 2
 S1 SOS s60 1
    post_1_14_3 1
    relu_1_14_3_slack 2
 S1 SOS s61 1
    post_1_15_0 1
    relu_1_15_0_slack 2
 S1 SOS s62 1
    post_1_15_1 1
    relu_1_15_1_slack 2
 S1 SOS s63 1
    post_1_15_2 1
    relu_1_15_2_slack 2
 S1 SOS s64 1
    post_1_15_3 1
    relu_1_15_3_slack 2
 S1 SOS s65 1
    post_1_16_0 1
    relu_1_16_0_slack 2
 S1 SOS s66 1
    post_1_16_1 1
    relu_1_16_1_slack 2
 S1 SOS s67 1
    post_1_16_2 1
    relu_1_16_2_slack 2
 S1 SOS s68 1
    post_1_16_3 1
    relu_1_16_3_slack 2
 S1 SOS s69 1
    post_1_17_0 1
    relu_1_17_0_slack 2
 S1 SOS s70 1
    post_1_17_1 1
    relu_1_17_1_slack 2
 S1 SOS s71 1
    post_1_17_2 1
    relu_1_17_2_slack 2
 S1 SOS s72 1
    post_1_17_3 1
    relu_1_17_3_slack 2
 S1 SOS s73 1
    post_1_18_0 1
    relu_1_18_0_slack 2
 S1 SOS s74 1
    post_1_18_1 1
    relu_1_18_1_slack 2
 S1 SOS s75 1
    post_1_18_2 1
    relu_1_18_2_slack 2
 S1 SOS s76 1
    post_1_18_3 1
    relu_1_18_3_slack 2
 S1 SOS s77 1
    post_1_19_0 1
    relu_1_19_0_slack 2
 S1 SOS s78 1
    post_1_19_1 1
    relu_1_19_1_slack 2
 S1 SOS s79 1
    post_1_19_2 1
    relu_1_19_2_slack 2
 S1 SOS s80 1
    post_1_19_3 1
    relu_1_19_3_slack 2
 S1 SOS s81 1
    post_1_20_0 1
    relu_1_20_0_slack 2
 S1 SOS s82 1
    post_1_20_1 1
    relu_1_20_1_slack 2
 S1 SOS s83 1
    post_1_20_2 1
    relu_1_20_2_slack 2
 S1 SOS s84 1
    post_1_20_3 1
    relu_1_20_3_slack 2
 S1 SOS s85 1
    post_1_21_0 1
    relu_1_21_0_slack 2
 S1 SOS s86 1
    post_1_21_1 1
    relu_1_21_1_slack 2
 S1 SOS s87 1
    post_1_21_2 1
    relu_1_21_2_slack 2
 S1 SOS s88 1
    post_1_21_3 1
    relu_1_21_3_slack 2
 S1 SOS s89 1
    post_1_22_0 1
    relu_1_22_0_slack 2
 S1 SOS s90 1
    post_1_22_1 1
    relu_1_22_1_slack 2
 S1 SOS s91 1
    post_1_22_2 1
    relu_1_22_2_slack 2
 S1 SOS s92 1
    post_1_22_3 1
    relu_1_22_3_slack 2
 S1 SOS s93 1
    post_1_23_0 1
    relu_1_23_0_slack 2
 S1 SOS s94 1
    post_1_23_1 1
    relu_1_23_1_slack 2
 S1 SOS s95 1
    post_1_23_2 1
    relu_1_23_2_slack 2
 S1 SOS s96 1
    post_1_23_3 1
    relu_1_23_3_slack 2
 S1 SOS s97 1
    post_1_24_0 1
    relu_1_24_0_slack 2
 S1 SOS s98 1
    post_1_24_1 1
    relu_1_24_1_slack 2
 S1 SOS s99 1
    post_1_24_2 1
    relu_1_24_2_slack 2
 S1 SOS s100 1
    post_1_24_3 1
    relu_1_24_3_slack 2
 S1 SOS s101 1
    post_1_25_0 1
    relu_1_25_0_slack 2
 S1 SOS s102 1
    post_1_25_1 1
    relu_1_25_1_slack 2
 S1 SOS s103 1
    post_1_25_2 1
    relu_1_25_2_slack 2
 S1 SOS s104 1
    post_1_25_3 1
    relu_1_25_3_slack 2
 S1 SOS s105 1
    post_1_26_0 1
    relu_1_26_0_slack 2
 S1 SOS s106 1
    post_1_26_1 1
    relu_1_26_1_slack 2
 S1 SOS s107 1
    post_1_26_2 1
    relu_1_26_2_slack 2
 S1 SOS s108 1
    post_1_26_3 1
    relu_1_26_3_slack 2
 S1 SOS s109 1
    post_1_27_0 1
    relu_1_27_0_slack 2
 S1 SOS s110 1
    post_1_27_1 1
    relu_1_27_1_slack 2
 S1 SOS s111 1
    post_1_27_2 1
    relu_1_27_2_slack 2
 S1 SOS s112 1
    post_1_27_3 1
    relu_1_27_3_slack 2
 S1 SOS s113 1
    post_1_28_0 1
    relu_1_28_0_slack 2
 S1 SOS s114 1
    post_1_28_1 1
    relu_1_28_1_slack 2
 S1 SOS s115 1
    post_1_28_2 1
    relu_1_28_2_slack 2
 S1 SOS s116 1
    post_1_28_3 1
    relu_1_28_3_slack 2
 S1 SOS s117 1
    post_1_29_0 1
    relu_1_29_0_slack 2
 S1 SOS s118 1
    post_1_29_1 1
    relu_1_29_1_slack 2
 S1 SOS s119 1
    post_1_29_2 1
    relu_1_29_2_slack 2
 S1 SOS s120 1
    post_1_29_3 1
    relu_1_29_3_slack 2
 S1 SOS s121 1
    post_1_30_0 1
    relu_1_30_0_slack 2
 S1 SOS s122 1
    post_1_30_1 1
    relu_1_30_1_slack 2
 S1 SOS s123 1
    post_1_30_2 1
    relu_1_30_2_slack 2
 S1 SOS s124 1
    post_1_30_3 1
    relu_1_30_3_slack 2
 S1 SOS s125 1
    post_1_31_0 1
    relu_1_31_0_slack 2
 S1 SOS s126 1
    post_1_31_1 1
    relu_1_31_1_slack 2
 S1 SOS s127 1
    post_1_31_2 1
    relu_1_31_2_slack 2
 S1 SOS s128 1
    post_1_31_3 1
    relu_1_31_3_slack 2
 S1 SOS s129 1
    post_1_32_0 1
    relu_1_32_0_slack 2
 S1 SOS s130 1
    post_1_32_1 1
    relu_1_32_1_slack 2
 S1 SOS s131 1
    post_1_32_2 1
    relu_1_32_2_slack 2
 S1 SOS s132 1
    post_1_32_3 1
    relu_1_32_3_slack 2
 S1 SOS s133 1
    post_1_33_0 1
    relu_1_33_0_slack 2
 S1 SOS s134 1
    post_1_33_1 1
    relu_1_33_1_slack 2
 S1 SOS s135 1
    post_1_33_2 1
    relu_1_33_2_slack 2
 S1 SOS s136 1
    post_1_33_3 1
    relu_1_33_3_slack 2
 S1 SOS s137 1
    post_1_34_0 1
    relu_1_34_0_slack 2
 S1 SOS s138 1
    post_1_34_1 1
    relu_1_34_1_slack 2
 S1 SOS s139 1
    post_1_34_2 1
    relu_1_34_2_slack 2
 S1 SOS s140 1
    post_1_34_3 1
    relu_1_34_3_slack 2
 S1 SOS s141 1
    post_1_35_0 1
    relu_1_35_0_slack 2
 S1 SOS s142 1
    post_1_35_1 1
    relu_1_35_1_slack 2
 S1 SOS s143 1
    post_1_35_2 1
    relu_1_35_2_slack 2
 S1 SOS s144 1
    post_1_35_3 1
    relu_1_35_3_slack 2
 S1 SOS s145 1
    post_1_36_0 1
    relu_1_36_0_slack 2
 S1 SOS s146 1
    post_1_36_1 1
    relu_1_36_1_slack 2
 S1 SOS s147 1
    post_1_36_2 1
    relu_1_36_2_slack 2
 S1 SOS s148 1
    post_1_36_3 1
    relu_1_36_3_slack 2
 S1 SOS s149 1
    post_1_37_0 1
    relu_1_37_0_slack 2
 S1 SOS s150 1
    post_1_37_1 1
    relu_1_37_1_slack 2
 S1 SOS s151 1
    post_1_37_2 1
    relu_1_37_2_slack 2
 S1 SOS s152 1
    post_1_37_3 1
    relu_1_37_3_slack 2
 S1 SOS s153 1
    post_1_38_0 1
    relu_1_38_0_slack 2
 S1 SOS s154 1
    post_1_38_1 1
    relu_1_38_1_slack 2
 S1 SOS s155 1
    post_1_38_2 1
    relu_1_38_2_slack 2
 S1 SOS s156 1
    post_1_38_3 1
    relu_1_38_3_slack 2
 S1 SOS s157 1
    post_1_39_0 1
    relu_1_39_0_slack 2
 S1 SOS s158 1
    post_1_39_1 1
    relu_1_39_1_slack 2
 S1 SOS s159 1
    post_1_39_2 1
    relu_1_39_2_slack 2
 S1 SOS s160 1
    post_1_39_3 1
    relu_1_39_3_slack 2
 S1 SOS s161 1
    post_1_40_0 1
    relu_1_40_0_slack 2
 S1 SOS s162 1
    post_1_40_1 1
    relu_1_40_1_slack 2
 S1 SOS s163 1
    post_1_40_2 1
    relu_1_40_2_slack 2
 S1 SOS s164 1
    post_1_40_3 1
    relu_1_40_3_slack 2
 S1 SOS s165 1
    post_1_41_0 1
    relu_1_41_0_slack 2
 S1 SOS s166 1
    post_1_41_1 1
    relu_1_41_1_slack 2
 S1 SOS s167 1
    post_1_41_2 1
    relu_1_41_2_slack 2
 S1 SOS s168 1
    post_1_41_3 1
    relu_1_41_3_slack 2
 S1 SOS s169 1
    post_1_42_0 1
    relu_1_42_0_slack 2
 S1 SOS s170 1
    post_1_42_1 1
    relu_1_42_1_slack 2
 S1 SOS s171 1
    post_1_42_2 1
    relu_1_42_2_slack 2
 S1 SOS s172 1
    post_1_42_3 1
    relu_1_42_3_slack 2
 S1 SOS s173 1
    post_1_43_0 1
    relu_1_43_0_slack 2
 S1 SOS s174 1
    post_1_43_1 1
    relu_1_43_1_slack 2
 S1 SOS s175 1
    post_1_43_2 1
    relu_1_43_2_slack 2
 S1 SOS s176 1
    post_1_43_3 1
    relu_1_43_3_slack 2
 S1 SOS s177 1
    post_1_44_0 1
    relu_1_44_0_slack 2
 S1 SOS s178 1
    post_1_44_1 1
    relu_1_44_1_slack 2
 S1 SOS s179 1
    post_1_44_2 1
    relu_1_44_2_slack 2
 S1 SOS s180 1
    post_1_44_3 1
    relu_1_44_3_slack 2
 S1 SOS s181 1
    post_1_45_0 1
    relu_1_45_0_slack 2
 S1 SOS s182 1
    post_1_45_1 1
    relu_1_45_1_slack 2
 S1 SOS s183 1
    post_1_45_2 1
    relu_1_45_2_slack 2
 S1 SOS s184 1
    post_1_45_3 1
    relu_1_45_3_slack 2
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
