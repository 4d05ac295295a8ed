* etr-double-p1-plain-indicator  (relu-opt library: etr-double, problem 1, plain-indicator; {"hidden": [8], "bound": 20.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_1_2_0, w_1_2_1, w_1_3_0,
  w_1_3_1, w_1_4_0, w_1_4_1, w_1_5_0, w_1_5_1, w_1_6_0, w_1_6_1, w_1_7_0,
  w_1_7_1, w_2_0_0, w_2_0_1, w_2_0_2, w_2_0_3, w_2_0_4, w_2_0_5, w_2_0_6,
  w_2_0_7, w_2_1_0, w_2_1_1, w_2_1_2, w_2_1_3, w_2_1_4, w_2_1_5, w_2_1_6,
  w_2_1_7, b_1_0, b_1_1, b_1_2, b_1_3, b_1_4, b_1_5, b_1_6,
  b_1_7, b_2_0, b_2_1, pre_1_0_0, pre_1_0_1, pre_1_0_2, pre_1_0_3, pre_1_0_4,
  pre_1_0_5, pre_1_0_6, pre_1_0_7, pre_1_1_0, pre_1_1_1, pre_1_1_2, pre_1_1_3, pre_1_1_4,
  pre_1_1_5, pre_1_1_6, pre_1_1_7, pre_1_2_0, pre_1_2_1, pre_1_2_2, pre_1_2_3, pre_1_2_4,
  pre_1_2_5, pre_1_2_6, pre_1_2_7, pre_1_3_0, pre_1_3_1, pre_1_3_2, pre_1_3_3, pre_1_3_4,
  pre_1_3_5, pre_1_3_6, pre_1_3_7, pre_1_4_0, pre_1_4_1, pre_1_4_2, pre_1_4_3, pre_1_4_4,
  pre_1_4_5, pre_1_4_6, pre_1_4_7, pre_1_5_0, pre_1_5_1, pre_1_5_2, pre_1_5_3, pre_1_5_4,
  pre_1_5_5, pre_1_5_6, pre_1_5_7, pre_1_6_0, pre_1_6_1, pre_1_6_2, pre_1_6_3, pre_1_6_4,
  pre_1_6_5, pre_1_6_6, pre_1_6_7, pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_7_3, pre_1_7_4,
  pre_1_7_5, pre_1_7_6, pre_1_7_7, pre_1_8_0, pre_1_8_1, pre_1_8_2, pre_1_8_3, pre_1_8_4,
  pre_1_8_5, pre_1_8_6, pre_1_8_7, pre_1_9_0, pre_1_9_1, pre_1_9_2, pre_1_9_3, pre_1_9_4,
  pre_1_9_5, pre_1_9_6, pre_1_9_7, pre_1_10_0, pre_1_10_1, pre_1_10_2, pre_1_10_3, pre_1_10_4,
  pre_1_10_5, pre_1_10_6, pre_1_10_7, pre_1_11_0, pre_1_11_1, pre_1_11_2, pre_1_11_3, pre_1_11_4,
  pre_1_11_5, pre_1_11_6, pre_1_11_7, pre_1_12_0, pre_1_12_1, pre_1_12_2, pre_1_12_3, pre_1_12_4,
  pre_1_12_5, pre_1_12_6, pre_1_12_7, pre_1_13_0, pre_1_13_1, pre_1_13_2, pre_1_13_3, pre_1_13_4,
  pre_1_13_5, pre_1_13_6, pre_1_13_7, pre_1_14_0, pre_1_14_1, pre_1_14_2, pre_1_14_3, pre_1_14_4,
  pre_1_14_5, pre_1_14_6, pre_1_14_7, pre_1_15_0, pre_1_15_1, pre_1_15_2, pre_1_15_3, pre_1_15_4,
  pre_1_15_5, pre_1_15_6, pre_1_15_7, pre_1_16_0, pre_1_16_1, pre_1_16_2, pre_1_16_3, pre_1_16_4,
  pre_1_16_5, pre_1_16_6, pre_1_16_7, pre_1_17_0, pre_1_17_1, pre_1_17_2, pre_1_17_3, pre_1_17_4,
  pre_1_17_5, pre_1_17_6, pre_1_17_7, pre_1_18_0, pre_1_18_1, pre_1_18_2, pre_1_18_3, pre_1_18_4,
  pre_1_18_5, pre_1_18_6, pre_1_18_7, pre_1_19_0, pre_1_19_1, pre_1_19_2, pre_1_19_3, pre_1_19_4,
  pre_1_19_5, pre_1_19_6, pre_1_19_7, pre_1_20_0, pre_1_20_1, pre_1_20_2, pre_1_20_3, pre_1_20_4,
  pre_1_20_5, pre_1_20_6, pre_1_20_7, pre_1_21_0, pre_1_21_1, pre_1_21_2, pre_1_21_3, pre_1_21_4,
  pre_1_21_5, pre_1_21_6, pre_1_21_7, pre_1_22_0, pre_1_22_1, pre_1_22_2, pre_1_22_3, pre_1_22_4,
  pre_1_22_5, pre_1_22_6, pre_1_22_7, pre_1_23_0, pre_1_23_1, pre_1_23_2, pre_1_23_3, pre_1_23_4,
  pre_1_23_5, pre_1_23_6, pre_1_23_7, pre_1_24_0, pre_1_24_1, pre_1_24_2, pre_1_24_3, pre_1_24_4,
  pre_1_24_5, pre_1_24_6, pre_1_24_7, pre_1_25_0, pre_1_25_1, pre_1_25_2, pre_1_25_3, pre_1_25_4,
  pre_1_25_5, pre_1_25_6, pre_1_25_7, pre_1_26_0, pre_1_26_1, pre_1_26_2, pre_1_26_3, pre_1_26_4,
  pre_1_26_5, pre_1_26_6, pre_1_26_7, pre_1_27_0, pre_1_27_1, pre_1_27_2, pre_1_27_3, pre_1_27_4,
  pre_1_27_5, pre_1_27_6, pre_1_27_7, pre_1_28_0, pre_1_28_1, pre_1_28_2, pre_1_28_3, pre_1_28_4,
  pre_1_28_5, pre_1_28_6, pre_1_28_7, pre_1_29_0, pre_1_29_1, pre_1_29_2, pre_1_29_3, pre_1_29_4,
  pre_1_29_5, pre_1_29_6, pre_1_29_7, pre_1_30_0, pre_1_30_1, pre_1_30_2, pre_1_30_3, pre_1_30_4,
  pre_1_30_5, pre_1_30_6, pre_1_30_7, pre_1_31_0, pre_1_31_1, pre_1_31_2, pre_1_31_3, pre_1_31_4,
  pre_1_31_5, pre_1_31_6, pre_1_31_7, pre_1_32_0, pre_1_32_1, pre_1_32_2, pre_1_32_3, pre_1_32_4,
  pre_1_32_5, pre_1_32_6, pre_1_32_7, pre_1_33_0, pre_1_33_1, pre_1_33_2, pre_1_33_3, pre_1_33_4,
  pre_1_33_5, pre_1_33_6, pre_1_33_7, pre_1_34_0, pre_1_34_1, pre_1_34_2, pre_1_34_3, pre_1_34_4,
  pre_1_34_5, pre_1_34_6, pre_1_34_7, pre_1_35_0, pre_1_35_1, pre_1_35_2, pre_1_35_3, pre_1_35_4,
  pre_1_35_5, pre_1_35_6, pre_1_35_7, pre_1_36_0, pre_1_36_1, pre_1_36_2, pre_1_36_3, pre_1_36_4,
  pre_1_36_5, pre_1_36_6, pre_1_36_7, pre_1_37_0, pre_1_37_1, pre_1_37_2, pre_1_37_3, pre_1_37_4,
  pre_1_37_5, pre_1_37_6, pre_1_37_7, pre_1_38_0, pre_1_38_1, pre_1_38_2, pre_1_38_3, pre_1_38_4,
  pre_1_38_5, pre_1_38_6, pre_1_38_7, pre_1_39_0, pre_1_39_1, pre_1_39_2, pre_1_39_3, pre_1_39_4,
  pre_1_39_5, pre_1_39_6, pre_1_39_7, pre_1_40_0, pre_1_40_1, pre_1_40_2, pre_1_40_3, pre_1_40_4,
  pre_1_40_5, pre_1_40_6, pre_1_40_7, pre_1_41_0, pre_1_41_1, pre_1_41_2, pre_1_41_3, pre_1_41_4,
  pre_1_41_5, pre_1_41_6, pre_1_41_7, pre_1_42_0, pre_1_42_1, pre_1_42_2, pre_1_42_3, pre_1_42_4,
  pre_1_42_5, pre_1_42_6, pre_1_42_7, pre_1_43_0, pre_1_43_1, pre_1_43_2, pre_1_43_3, pre_1_43_4,
  pre_1_43_5, pre_1_43_6, pre_1_43_7, pre_1_44_0, pre_1_44_1, pre_1_44_2, pre_1_44_3, pre_1_44_4,
  pre_1_44_5, pre_1_44_6, pre_1_44_7, pre_1_45_0, pre_1_45_1, pre_1_45_2, pre_1_45_3, pre_1_45_4,
  pre_1_45_5, pre_1_45_6, pre_1_45_7, pre_1_46_0, pre_1_46_1, pre_1_46_2, pre_1_46_3, pre_1_46_4,
  pre_1_46_5, pre_1_46_6, pre_1_46_7, pre_1_47_0, pre_1_47_1, pre_1_47_2, pre_1_47_3, pre_1_47_4,
  pre_1_47_5, pre_1_47_6, pre_1_47_7, pre_1_48_0, pre_1_48_1, pre_1_48_2, pre_1_48_3, pre_1_48_4,
  pre_1_48_5, pre_1_48_6, pre_1_48_7, pre_1_49_0, pre_1_49_1, pre_1_49_2, pre_1_49_3, pre_1_49_4,
  pre_1_49_5, pre_1_49_6, pre_1_49_7, pre_1_50_0, pre_1_50_1, pre_1_50_2, pre_1_50_3, pre_1_50_4,
  pre_1_50_5, pre_1_50_6, pre_1_50_7, pre_1_51_0, pre_1_51_1, pre_1_51_2, pre_1_51_3, pre_1_51_4,
  pre_1_51_5, pre_1_51_6, pre_1_51_7, pre_1_52_0, pre_1_52_1, pre_1_52_2, pre_1_52_3, pre_1_52_4,
  pre_1_52_5, pre_1_52_6, pre_1_52_7, pre_1_53_0, pre_1_53_1, pre_1_53_2, pre_1_53_3, pre_1_53_4,
  pre_1_53_5, pre_1_53_6, pre_1_53_7, pre_1_54_0, pre_1_54_1, pre_1_54_2, pre_1_54_3, pre_1_54_4,
  pre_1_54_5, pre_1_54_6, pre_1_54_7, pre_1_55_0, pre_1_55_1, pre_1_55_2, pre_1_55_3, pre_1_55_4,
  pre_1_55_5, pre_1_55_6, pre_1_55_7, pre_1_56_0, pre_1_56_1, pre_1_56_2, pre_1_56_3, pre_1_56_4,
  pre_1_56_5, pre_1_56_6, pre_1_56_7, pre_1_57_0, pre_1_57_1, pre_1_57_2, pre_1_57_3, pre_1_57_4,
  pre_1_57_5, pre_1_57_6, pre_1_57_7, pre_1_58_0, pre_1_58_1, pre_1_58_2, pre_1_58_3, pre_1_58_4,
  pre_1_58_5, pre_1_58_6, pre_1_58_7, pre_1_59_0, pre_1_59_1, pre_1_59_2, pre_1_59_3, pre_1_59_4,
  pre_1_59_5, pre_1_59_6, pre_1_59_7, pre_1_60_0, pre_1_60_1, pre_1_60_2, pre_1_60_3, pre_1_60_4,
  pre_1_60_5, pre_1_60_6, pre_1_60_7, pre_1_61_0, pre_1_61_1, pre_1_61_2, pre_1_61_3, pre_1_61_4,
  pre_1_61_5, pre_1_61_6, pre_1_61_7, pre_1_62_0, pre_1_62_1, pre_1_62_2, pre_1_62_3, pre_1_62_4,
  pre_1_62_5, pre_1_62_6, pre_1_62_7, pre_1_63_0, pre_1_63_1, pre_1_63_2, pre_1_63_3, pre_1_63_4,
  pre_1_63_5, pre_1_63_6, pre_1_63_7, pre_1_64_0, pre_1_64_1, pre_1_64_2, pre_1_64_3, pre_1_64_4,
  pre_1_64_5, pre_1_64_6, pre_1_64_7, pre_1_65_0, pre_1_65_1, pre_1_65_2, pre_1_65_3, pre_1_65_4,
  pre_1_65_5, pre_1_65_6, pre_1_65_7, pre_1_66_0, pre_1_66_1, pre_1_66_2, pre_1_66_3, pre_1_66_4,
  pre_1_66_5, pre_1_66_6, pre_1_66_7, pre_1_67_0, pre_1_67_1, pre_1_67_2, pre_1_67_3, pre_1_67_4,
  pre_1_67_5, pre_1_67_6, pre_1_67_7, pre_1_68_0, pre_1_68_1, pre_1_68_2, pre_1_68_3, pre_1_68_4,
  pre_1_68_5, pre_1_68_6, pre_1_68_7, pre_1_69_0, pre_1_69_1, pre_1_69_2, pre_1_69_3, pre_1_69_4,
  pre_1_69_5, pre_1_69_6, pre_1_69_7, pre_1_70_0, pre_1_70_1, pre_1_70_2, pre_1_70_3, pre_1_70_4,
  pre_1_70_5, pre_1_70_6, pre_1_70_7, pre_1_71_0, pre_1_71_1, pre_1_71_2, pre_1_71_3, pre_1_71_4,
  pre_1_71_5, pre_1_71_6, pre_1_71_7, pre_1_72_0, pre_1_72_1, pre_1_72_2, pre_1_72_3, pre_1_72_4,
  pre_1_72_5, pre_1_72_6, pre_1_72_7, pre_1_73_0, pre_1_73_1, pre_1_73_2, pre_1_73_3, pre_1_73_4,
  pre_1_73_5, pre_1_73_6, pre_1_73_7, pre_1_74_0, pre_1_74_1, pre_1_74_2, pre_1_74_3, pre_1_74_4,
  pre_1_74_5, pre_1_74_6, pre_1_74_7, pre_1_75_0, pre_1_75_1, pre_1_75_2, pre_1_75_3, pre_1_75_4,
  pre_1_75_5, pre_1_75_6, pre_1_75_7, pre_1_76_0, pre_1_76_1, pre_1_76_2, pre_1_76_3, pre_1_76_4,
  pre_1_76_5, pre_1_76_6, pre_1_76_7, pre_1_77_0, pre_1_77_1, pre_1_77_2, pre_1_77_3, pre_1_77_4,
  pre_1_77_5, pre_1_77_6, pre_1_77_7, pre_1_78_0, pre_1_78_1, pre_1_78_2, pre_1_78_3, pre_1_78_4,
  pre_1_78_5, pre_1_78_6, pre_1_78_7, pre_1_79_0, pre_1_79_1, pre_1_79_2, pre_1_79_3, pre_1_79_4,
  pre_1_79_5, pre_1_79_6, pre_1_79_7, pre_1_80_0, pre_1_80_1, pre_1_80_2, pre_1_80_3, pre_1_80_4,
  pre_1_80_5, pre_1_80_6, pre_1_80_7, pre_1_81_0, pre_1_81_1, pre_1_81_2, pre_1_81_3, pre_1_81_4,
  pre_1_81_5, pre_1_81_6, pre_1_81_7, pre_1_82_0, pre_1_82_1, pre_1_82_2, pre_1_82_3, pre_1_82_4,
  pre_1_82_5, pre_1_82_6, pre_1_82_7, pre_1_83_0, pre_1_83_1, pre_1_83_2, pre_1_83_3, pre_1_83_4,
  pre_1_83_5, pre_1_83_6, pre_1_83_7, pre_1_84_0, pre_1_84_1, pre_1_84_2, pre_1_84_3, pre_1_84_4,
  pre_1_84_5, pre_1_84_6, pre_1_84_7, pre_1_85_0, pre_1_85_1, pre_1_85_2, pre_1_85_3, pre_1_85_4,
  pre_1_85_5, pre_1_85_6, pre_1_85_7, pre_1_86_0, pre_1_86_1, pre_1_86_2, pre_1_86_3, pre_1_86_4,
  pre_1_86_5, pre_1_86_6, pre_1_86_7, pre_1_87_0, pre_1_87_1, pre_1_87_2, pre_1_87_3, pre_1_87_4,
  pre_1_87_5, pre_1_87_6, pre_1_87_7, pre_1_88_0, pre_1_88_1, pre_1_88_2, pre_1_88_3, pre_1_88_4,
  pre_1_88_5, pre_1_88_6, pre_1_88_7, pre_1_89_0, pre_1_89_1, pre_1_89_2, pre_1_89_3, pre_1_89_4,
  pre_1_89_5, pre_1_89_6, pre_1_89_7, pre_1_90_0, pre_1_90_1, pre_1_90_2, pre_1_90_3, pre_1_90_4,
  pre_1_90_5, pre_1_90_6, pre_1_90_7, post_1_0_0, post_1_0_1, post_1_0_2, post_1_0_3, post_1_0_4,
  post_1_0_5, post_1_0_6, post_1_0_7, post_1_1_0, post_1_1_1, post_1_1_2, post_1_1_3, post_1_1_4,
  post_1_1_5, post_1_1_6, post_1_1_7, post_1_2_0, post_1_2_1, post_1_2_2, post_1_2_3, post_1_2_4,
  post_1_2_5, post_1_2_6, post_1_2_7, post_1_3_0, post_1_3_1, post_1_3_2, post_1_3_3, post_1_3_4,
  post_1_3_5, post_1_3_6, post_1_3_7, post_1_4_0, post_1_4_1, post_1_4_2, post_1_4_3, post_1_4_4,
  post_1_4_5, post_1_4_6, post_1_4_7, post_1_5_0, post_1_5_1, post_1_5_2, post_1_5_3, post_1_5_4,
  post_1_5_5, post_1_5_6, post_1_5_7, post_1_6_0, post_1_6_1, post_1_6_2, post_1_6_3, post_1_6_4,
  post_1_6_5, post_1_6_6, post_1_6_7, post_1_7_0, post_1_7_1, post_1_7_2, post_1_7_3, post_1_7_4,
  post_1_7_5, post_1_7_6, post_1_7_7, post_1_8_0, post_1_8_1, post_1_8_2, post_1_8_3, post_1_8_4,
  post_1_8_5, post_1_8_6, post_1_8_7, post_1_9_0, post_1_9_1, post_1_9_2, post_1_9_3, post_1_9_4,
  post_1_9_5, post_1_9_6, post_1_9_7, post_1_10_0, post_1_10_1, post_1_10_2, post_1_10_3, post_1_10_4,
  post_1_10_5, post_1_10_6, post_1_10_7, post_1_11_0, post_1_11_1, post_1_11_2, post_1_11_3, post_1_11_4,
  post_1_11_5, post_1_11_6, post_1_11_7, post_1_12_0, post_1_12_1, post_1_12_2, post_1_12_3, post_1_12_4,
  post_1_12_5, post_1_12_6, post_1_12_7, post_1_13_0, post_1_13_1, post_1_13_2, post_1_13_3, post_1_13_4,
  post_1_13_5, post_1_13_6, post_1_13_7, post_1_14_0, post_1_14_1, post_1_14_2, post_1_14_3, post_1_14_4,
  post_1_14_5, post_1_14_6, post_1_14_7, post_1_15_0, post_1_15_1, post_1_15_2, post_1_15_3, post_1_15_4,
  post_1_15_5, post_1_15_6, post_1_15_7, post_1_16_0, post_1_16_1, post_1_16_2, post_1_16_3, post_1_16_4,
  post_1_16_5, post_1_16_6, post_1_16_7, post_1_17_0, post_1_17_1, post_1_17_2, post_1_17_3, post_1_17_4,
  post_1_17_5, post_1_17_6, post_1_17_7, post_1_18_0, post_1_18_1, post_1_18_2, post_1_18_3, post_1_18_4,
  post_1_18_5, post_1_18_6, post_1_18_7, post_1_19_0, post_1_19_1, post_1_19_2, post_1_19_3, post_1_19_4,
  post_1_19_5, post_1_19_6, post_1_19_7, post_1_20_0, post_1_20_1, post_1_20_2, post_1_20_3, post_1_20_4,
  post_1_20_5, post_1_20_6, post_1_20_7, post_1_21_0, post_1_21_1, post_1_21_2, post_1_21_3, post_1_21_4,
  post_1_21_5, post_1_21_6, post_1_21_7, post_1_22_0, post_1_22_1, post_1_22_2, post_1_22_3, post_1_22_4,
  post_1_22_5, post_1_22_6, post_1_22_7, post_1_23_0, post_1_23_1, post_1_23_2, post_1_23_3, post_1_23_4,
  post_1_23_5, post_1_23_6, post_1_23_7, post_1_24_0, post_1_24_1, post_1_24_2, post_1_24_3, post_1_24_4,
  post_1_24_5, post_1_24_6, post_1_24_7, post_1_25_0, post_1_25_1, post_1_25_2, post_1_25_3, post_1_25_4,
  post_1_25_5, post_1_25_6, post_1_25_7, post_1_26_0, post_1_26_1, post_1_26_2, post_1_26_3, post_1_26_4,
  post_1_26_5, post_1_26_6, post_1_26_7, post_1_27_0, post_1_27_1, post_1_27_2, post_1_27_3, post_1_27_4,
  post_1_27_5, post_1_27_6, post_1_27_7, post_1_28_0, post_1_28_1, post_1_28_2, post_1_28_3, post_1_28_4,
  post_1_28_5, post_1_28_6, post_1_28_7, post_1_29_0, post_1_29_1, post_1_29_2, post_1_29_3, post_1_29_4,
  post_1_29_5, post_1_29_6, post_1_29_7, post_1_30_0, post_1_30_1, post_1_30_2, post_1_30_3, post_1_30_4,
  post_1_30_5, post_1_30_6, post_1_30_7, post_1_31_0, post_1_31_1, post_1_31_2, post_1_31_3, post_1_31_4,
  post_1_31_5, post_1_31_6, post_1_31_7, post_1_32_0, post_1_32_1, post_1_32_2, post_1_32_3, post_1_32_4,
  post_1_32_5, post_1_32_6, post_1_32_7, post_1_33_0, post_1_33_1, post_1_33_2, post_1_33_3, post_1_33_4,
  post_1_33_5, post_1_33_6, post_1_33_7, post_1_34_0, post_1_34_1, post_1_34_2, post_1_34_3, post_1_34_4,
  post_1_34_5, post_1_34_6, post_1_34_7, post_1_35_0, post_1_35_1, post_1_35_2, post_1_35_3, post_1_35_4,
  post_1_35_5, post_1_35_6, post_1_35_7, post_1_36_0, post_1_36_1, post_1_36_2, post_1_36_3, post_1_36_4,
  post_1_36_5, post_1_36_6, post_1_36_7, post_1_37_0, post_1_37_1, post_1_37_2, post_1_37_3, post_1_37_4,
  post_1_37_5, post_1_37_6, post_1_37_7, post_1_38_0, post_1_38_1, post_1_38_2, post_1_38_3, post_1_38_4,
  post_1_38_5, post_1_38_6, post_1_38_7, post_1_39_0, post_1_39_1, post_1_39_2, post_1_39_3, post_1_39_4,
  post_1_39_5, post_1_39_6, post_1_39_7, post_1_40_0, post_1_40_1, post_1_40_2, post_1_40_3, post_1_40_4,
  post_1_40_5, post_1_40_6, post_1_40_7, post_1_41_0, post_1_41_1, post_1_41_2, post_1_41_3, post_1_41_4,
  post_1_41_5, post_1_41_6, post_1_41_7, post_1_42_0, post_1_42_1, post_1_42_2, post_1_42_3, post_1_42_4,
  post_1_42_5, post_1_42_6, post_1_42_7, post_1_43_0, post_1_43_1, post_1_43_2, post_1_43_3, post_1_43_4,
  post_1_43_5, post_1_43_6, post_1_43_7, post_1_44_0, post_1_44_1, post_1_44_2, post_1_44_3, post_1_44_4,
  post_1_44_5, post_1_44_6, post_1_44_7, post_1_45_0, post_1_45_1, post_1_45_2, post_1_45_3, post_1_45_4,
  post_1_45_5, post_1_45_6, post_1_45_7, post_1_46_0, post_1_46_1, post_1_46_2, post_1_46_3, post_1_46_4,
  post_1_46_5, post_1_46_6, post_1_46_7, post_1_47_0, post_1_47_1, post_1_47_2, post_1_47_3, post_1_47_4,
  post_1_47_5, post_1_47_6, post_1_47_7, post_1_48_0, post_1_48_1, post_1_48_2, post_1_48_3, post_1_48_4,
  post_1_48_5, post_1_48_6, post_1_48_7, post_1_49_0, post_1_49_1, post_1_49_2, post_1_49_3, post_1_49_4,
  post_1_49_5, post_1_49_6, post_1_49_7, post_1_50_0, post_1_50_1, post_1_50_2, post_1_50_3, post_1_50_4,
  post_1_50_5, post_1_50_6, post_1_50_7, post_1_51_0, post_1_51_1, post_1_51_2, post_1_51_3, post_1_51_4,
  post_1_51_5, post_1_51_6, post_1_51_7, post_1_52_0, post_1_52_1, post_1_52_2, post_1_52_3, post_1_52_4,
  post_1_52_5, post_1_52_6, post_1_52_7, post_1_53_0, post_1_53_1, post_1_53_2, post_1_53_3, post_1_53_4,
  post_1_53_5, post_1_53_6, post_1_53_7, post_1_54_0, post_1_54_1, post_1_54_2, post_1_54_3, post_1_54_4,
  post_1_54_5, post_1_54_6, post_1_54_7, post_1_55_0, post_1_55_1, post_1_55_2, post_1_55_3, post_1_55_4,
  post_1_55_5, post_1_55_6, post_1_55_7, post_1_56_0, post_1_56_1, post_1_56_2, post_1_56_3, post_1_56_4,
  post_1_56_5, post_1_56_6, post_1_56_7, post_1_57_0, post_1_57_1, post_1_57_2, post_1_57_3, post_1_57_4,
  post_1_57_5, post_1_57_6, post_1_57_7, post_1_58_0, post_1_58_1, post_1_58_2, post_1_58_3, post_1_58_4,
  post_1_58_5, post_1_58_6, post_1_58_7, post_1_59_0, post_1_59_1, post_1_59_2, post_1_59_3, post_1_59_4,
  post_1_59_5, post_1_59_6, post_1_59_7, post_1_60_0, post_1_60_1, post_1_60_2, post_1_60_3, post_1_60_4,
  post_1_60_5, post_1_60_6, post_1_60_7, post_1_61_0, post_1_61_1, post_1_61_2, post_1_61_3, post_1_61_4,
  post_1_61_5, post_1_61_6, post_1_61_7, post_1_62_0, post_1_62_1, post_1_62_2, post_1_62_3, post_1_62_4,
  post_1_62_5, post_1_62_6, post_1_62_7, post_1_63_0, post_1_63_1, post_1_63_2, post_1_63_3, post_1_63_4,
  post_1_63_5, post_1_63_6, post_1_63_7, post_1_64_0, post_1_64_1, post_1_64_2, post_1_64_3, post_1_64_4,
  post_1_64_5, post_1_64_6, post_1_64_7, post_1_65_0, post_1_65_1, post_1_65_2, post_1_65_3, post_1_65_4,
  post_1_65_5, post_1_65_6, post_1_65_7, post_1_66_0, post_1_66_1, post_1_66_2, post_1_66_3, post_1_66_4,
  post_1_66_5, post_1_66_6, post_1_66_7, post_1_67_0, post_1_67_1, post_1_67_2, post_1_67_3, post_1_67_4,
  post_1_67_5, post_1_67_6, post_1_67_7, post_1_68_0, post_1_68_1, post_1_68_2, post_1_68_3, post_1_68_4,
  post_1_68_5, post_1_68_6, post_1_68_7, post_1_69_0, post_1_69_1, post_1_69_2, post_1_69_3, post_1_69_4,
  post_1_69_5, post_1_69_6, post_1_69_7, post_1_70_0, post_1_70_1, post_1_70_2, post_1_70_3, post_1_70_4,
  post_1_70_5, post_1_70_6, post_1_70_7, post_1_71_0, post_1_71_1, post_1_71_2, post_1_71_3, post_1_71_4,
  post_1_71_5, post_1_71_6, post_1_71_7, post_1_72_0, post_1_72_1, post_1_72_2, post_1_72_3, post_1_72_4,
  post_1_72_5, post_1_72_6, post_1_72_7, post_1_73_0, post_1_73_1, post_1_73_2, post_1_73_3, post_1_73_4,
  post_1_73_5, post_1_73_6, post_1_73_7, post_1_74_0, post_1_74_1, post_1_74_2, post_1_74_3, post_1_74_4,
  post_1_74_5, post_1_74_6, post_1_74_7, post_1_75_0, post_1_75_1, post_1_75_2, post_1_75_3, post_1_75_4,
  post_1_75_5, post_1_75_6, post_1_75_7, post_1_76_0, post_1_76_1, post_1_76_2, post_1_76_3, post_1_76_4,
  post_1_76_5, post_1_76_6, post_1_76_7, post_1_77_0, post_1_77_1, post_1_77_2, post_1_77_3, post_1_77_4,
  post_1_77_5, post_1_77_6, post_1_77_7, post_1_78_0, post_1_78_1, post_1_78_2, post_1_78_3, post_1_78_4,
  post_1_78_5, post_1_78_6, post_1_78_7, post_1_79_0, post_1_79_1, post_1_79_2, post_1_79_3, post_1_79_4,
  post_1_79_5, post_1_79_6, post_1_79_7, post_1_80_0, post_1_80_1, post_1_80_2, post_1_80_3, post_1_80_4,
  post_1_80_5, post_1_80_6, post_1_80_7, post_1_81_0, post_1_81_1, post_1_81_2, post_1_81_3, post_1_81_4,
  post_1_81_5, post_1_81_6, post_1_81_7, post_1_82_0, post_1_82_1, post_1_82_2, post_1_82_3, post_1_82_4,
  post_1_82_5, post_1_82_6, post_1_82_7, post_1_83_0, post_1_83_1, post_1_83_2, post_1_83_3, post_1_83_4,
  post_1_83_5, post_1_83_6, post_1_83_7, post_1_84_0, post_1_84_1, post_1_84_2, post_1_84_3, post_1_84_4,
  post_1_84_5, post_1_84_6, post_1_84_7, post_1_85_0, post_1_85_1, post_1_85_2, post_1_85_3, post_1_85_4,
  post_1_85_5, post_1_85_6, post_1_85_7, post_1_86_0, post_1_86_1, post_1_86_2, post_1_86_3, post_1_86_4,
  post_1_86_5, post_1_86_6, post_1_86_7, post_1_87_0, post_1_87_1, post_1_87_2, post_1_87_3, post_1_87_4,
  post_1_87_5, post_1_87_6, post_1_87_7, post_1_88_0, post_1_88_1, post_1_88_2, post_1_88_3, post_1_88_4,
  post_1_88_5, post_1_88_6, post_1_88_7, post_1_89_0, post_1_89_1, post_1_89_2, post_1_89_3, post_1_89_4,
  post_1_89_5, post_1_89_6, post_1_89_7, post_1_90_0, post_1_90_1, post_1_90_2, post_1_90_3, post_1_90_4,
  post_1_90_5, post_1_90_6, post_1_90_7, out_0_0, out_0_1, out_1_0, out_1_1, out_2_0,
  out_2_1, out_3_0, out_3_1, out_4_0, out_4_1, out_5_0, out_5_1, out_6_0,
  out_6_1, out_7_0, out_7_1, out_8_0, out_8_1, out_9_0, out_9_1, out_10_0,
  out_10_1, out_11_0, out_11_1, out_12_0, out_12_1, out_13_0, out_13_1, out_14_0,
  out_14_1, out_15_0, out_15_1, out_16_0, out_16_1, out_17_0, out_17_1, out_18_0,
  out_18_1, out_19_0, out_19_1, out_20_0, out_20_1, out_21_0, out_21_1, out_22_0,
  out_22_1, out_23_0, out_23_1, out_24_0, out_24_1, out_25_0, out_25_1, out_26_0,
  out_26_1, out_27_0, out_27_1, out_28_0, out_28_1, out_29_0, out_29_1, out_30_0,
  out_30_1, out_31_0, out_31_1, out_32_0, out_32_1, out_33_0, out_33_1, out_34_0,
  out_34_1, out_35_0, out_35_1, out_36_0, out_36_1, out_37_0, out_37_1, out_38_0,
  out_38_1, out_39_0, out_39_1, out_40_0, out_40_1, out_41_0, out_41_1, out_42_0,
  out_42_1, out_43_0, out_43_1, out_44_0, out_44_1, out_45_0, out_45_1, out_46_0,
  out_46_1, out_47_0, out_47_1, out_48_0, out_48_1, out_49_0, out_49_1, out_50_0,
  out_50_1, out_51_0, out_51_1, out_52_0, out_52_1, out_53_0, out_53_1, out_54_0,
  out_54_1, out_55_0, out_55_1, out_56_0, out_56_1, out_57_0, out_57_1, out_58_0,
  out_58_1, out_59_0, out_59_1, out_60_0, out_60_1, out_61_0, out_61_1, out_62_0,
  out_62_1, out_63_0, out_63_1, out_64_0, out_64_1, out_65_0, out_65_1, out_66_0,
  out_66_1, out_67_0, out_67_1, out_68_0, out_68_1, out_69_0, out_69_1, out_70_0,
  out_70_1, out_71_0, out_71_1, out_72_0, out_72_1, out_73_0, out_73_1, out_74_0,
  out_74_1, out_75_0, out_75_1, out_76_0, out_76_1, out_77_0, out_77_1, out_78_0,
  out_78_1, out_79_0, out_79_1, out_80_0, out_80_1, out_81_0, out_81_1, out_82_0,
  out_82_1, out_83_0, out_83_1, out_84_0, out_84_1, out_85_0, out_85_1, out_86_0,
  out_86_1, out_87_0, out_87_1, out_88_0, out_88_1, out_89_0, out_89_1, out_90_0,
  out_90_1;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_0_2_on_binary_indicator_var, relu_1_0_2_off_binary_indicator_var, relu_1_0_3_on_binary_indicator_var, relu_1_0_3_off_binary_indicator_var,
  relu_1_0_4_on_binary_indicator_var, relu_1_0_4_off_binary_indicator_var, relu_1_0_5_on_binary_indicator_var, relu_1_0_5_off_binary_indicator_var, relu_1_0_6_on_binary_indicator_var, relu_1_0_6_off_binary_indicator_var, relu_1_0_7_on_binary_indicator_var, relu_1_0_7_off_binary_indicator_var,
  relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var, relu_1_1_2_on_binary_indicator_var, relu_1_1_2_off_binary_indicator_var, relu_1_1_3_on_binary_indicator_var, relu_1_1_3_off_binary_indicator_var,
  relu_1_1_4_on_binary_indicator_var, relu_1_1_4_off_binary_indicator_var, relu_1_1_5_on_binary_indicator_var, relu_1_1_5_off_binary_indicator_var, relu_1_1_6_on_binary_indicator_var, relu_1_1_6_off_binary_indicator_var, relu_1_1_7_on_binary_indicator_var, relu_1_1_7_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_2_2_on_binary_indicator_var, relu_1_2_2_off_binary_indicator_var, relu_1_2_3_on_binary_indicator_var, relu_1_2_3_off_binary_indicator_var,
  relu_1_2_4_on_binary_indicator_var, relu_1_2_4_off_binary_indicator_var, relu_1_2_5_on_binary_indicator_var, relu_1_2_5_off_binary_indicator_var, relu_1_2_6_on_binary_indicator_var, relu_1_2_6_off_binary_indicator_var, relu_1_2_7_on_binary_indicator_var, relu_1_2_7_off_binary_indicator_var,
  relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var, relu_1_3_2_on_binary_indicator_var, relu_1_3_2_off_binary_indicator_var, relu_1_3_3_on_binary_indicator_var, relu_1_3_3_off_binary_indicator_var,
  relu_1_3_4_on_binary_indicator_var, relu_1_3_4_off_binary_indicator_var, relu_1_3_5_on_binary_indicator_var, relu_1_3_5_off_binary_indicator_var, relu_1_3_6_on_binary_indicator_var, relu_1_3_6_off_binary_indicator_var, relu_1_3_7_on_binary_indicator_var, relu_1_3_7_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_4_2_on_binary_indicator_var, relu_1_4_2_off_binary_indicator_var, relu_1_4_3_on_binary_indicator_var, relu_1_4_3_off_binary_indicator_var,
  relu_1_4_4_on_binary_indicator_var, relu_1_4_4_off_binary_indicator_var, relu_1_4_5_on_binary_indicator_var, relu_1_4_5_off_binary_indicator_var, relu_1_4_6_on_binary_indicator_var, relu_1_4_6_off_binary_indicator_var, relu_1_4_7_on_binary_indicator_var, relu_1_4_7_off_binary_indicator_var,
  relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var, relu_1_5_2_on_binary_indicator_var, relu_1_5_2_off_binary_indicator_var, relu_1_5_3_on_binary_indicator_var, relu_1_5_3_off_binary_indicator_var,
  relu_1_5_4_on_binary_indicator_var, relu_1_5_4_off_binary_indicator_var, relu_1_5_5_on_binary_indicator_var, relu_1_5_5_off_binary_indicator_var, relu_1_5_6_on_binary_indicator_var, relu_1_5_6_off_binary_indicator_var, relu_1_5_7_on_binary_indicator_var, relu_1_5_7_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_6_2_on_binary_indicator_var, relu_1_6_2_off_binary_indicator_var, relu_1_6_3_on_binary_indicator_var, relu_1_6_3_off_binary_indicator_var,
  relu_1_6_4_on_binary_indicator_var, relu_1_6_4_off_binary_indicator_var, relu_1_6_5_on_binary_indicator_var, relu_1_6_5_off_binary_indicator_var, relu_1_6_6_on_binary_indicator_var, relu_1_6_6_off_binary_indicator_var, relu_1_6_7_on_binary_indicator_var, relu_1_6_7_off_binary_indicator_var,
  relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var, relu_1_7_2_on_binary_indicator_var, relu_1_7_2_off_binary_indicator_var, relu_1_7_3_on_binary_indicator_var, relu_1_7_3_off_binary_indicator_var,
  relu_1_7_4_on_binary_indicator_var, relu_1_7_4_off_binary_indicator_var, relu_1_7_5_on_binary_indicator_var, relu_1_7_5_off_binary_indicator_var, relu_1_7_6_on_binary_indicator_var, relu_1_7_6_off_binary_indicator_var, relu_1_7_7_on_binary_indicator_var, relu_1_7_7_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var, relu_1_8_2_on_binary_indicator_var, relu_1_8_2_off_binary_indicator_var, relu_1_8_3_on_binary_indicator_var, relu_1_8_3_off_binary_indicator_var,
  relu_1_8_4_on_binary_indicator_var, relu_1_8_4_off_binary_indicator_var, relu_1_8_5_on_binary_indicator_var, relu_1_8_5_off_binary_indicator_var, relu_1_8_6_on_binary_indicator_var, relu_1_8_6_off_binary_indicator_var, relu_1_8_7_on_binary_indicator_var, relu_1_8_7_off_binary_indicator_var,
  relu_1_9_0_on_binary_indicator_var, relu_1_9_0_off_binary_indicator_var, relu_1_9_1_on_binary_indicator_var, relu_1_9_1_off_binary_indicator_var, relu_1_9_2_on_binary_indicator_var, relu_1_9_2_off_binary_indicator_var, relu_1_9_3_on_binary_indicator_var, relu_1_9_3_off_binary_indicator_var,
  relu_1_9_4_on_binary_indicator_var, relu_1_9_4_off_binary_indicator_var, relu_1_9_5_on_binary_indicator_var, relu_1_9_5_off_binary_indicator_var, relu_1_9_6_on_binary_indicator_var, relu_1_9_6_off_binary_indicator_var, relu_1_9_7_on_binary_indicator_var, relu_1_9_7_off_binary_indicator_var,
  relu_1_10_0_on_binary_indicator_var, relu_1_10_0_off_binary_indicator_var, relu_1_10_1_on_binary_indicator_var, relu_1_10_1_off_binary_indicator_var, relu_1_10_2_on_binary_indicator_var, relu_1_10_2_off_binary_indicator_var, relu_1_10_3_on_binary_indicator_var, relu_1_10_3_off_binary_indicator_var,
  relu_1_10_4_on_binary_indicator_var, relu_1_10_4_off_binary_indicator_var, relu_1_10_5_on_binary_indicator_var, relu_1_10_5_off_binary_indicator_var, relu_1_10_6_on_binary_indicator_var, relu_1_10_6_off_binary_indicator_var, relu_1_10_7_on_binary_indicator_var, relu_1_10_7_off_binary_indicator_var,
  relu_1_11_0_on_binary_indicator_var, relu_1_11_0_off_binary_indicator_var, relu_1_11_1_on_binary_indicator_var, relu_1_11_1_off_binary_indicator_var, relu_1_11_2_on_binary_indicator_var, relu_1_11_2_off_binary_indicator_var, relu_1_11_3_on_binary_indicator_var, relu_1_11_3_off_binary_indicator_var,
  relu_1_11_4_on_binary_indicator_var, relu_1_11_4_off_binary_indicator_var, relu_1_11_5_on_binary_indicator_var, relu_1_11_5_off_binary_indicator_var, relu_1_11_6_on_binary_indicator_var, relu_1_11_6_off_binary_indicator_var, relu_1_11_7_on_binary_indicator_var, relu_1_11_7_off_binary_indicator_var,
  relu_1_12_0_on_binary_indicator_var, relu_1_12_0_off_binary_indicator_var, relu_1_12_1_on_binary_indicator_var, relu_1_12_1_off_binary_indicator_var, relu_1_12_2_on_binary_indicator_var, relu_1_12_2_off_binary_indicator_var, relu_1_12_3_on_binary_indicator_var, relu_1_12_3_off_binary_indicator_var,
  relu_1_12_4_on_binary_indicator_var, relu_1_12_4_off_binary_indicator_var, relu_1_12_5_on_binary_indicator_var, relu_1_12_5_off_binary_indicator_var, relu_1_12_6_on_binary_indicator_var, relu_1_12_6_off_binary_indicator_var, relu_1_12_7_on_binary_indicator_var, relu_1_12_7_off_binary_indicator_var,
  relu_1_13_0_on_binary_indicator_var, relu_1_13_0_off_binary_indicator_var, relu_1_13_1_on_binary_indicator_var, relu_1_13_1_off_binary_indicator_var, relu_1_13_2_on_binary_indicator_var, relu_1_13_2_off_binary_indicator_var, relu_1_13_3_on_binary_indicator_var, relu_1_13_3_off_binary_indicator_var,
  relu_1_13_4_on_binary_indicator_var, relu_1_13_4_off_binary_indicator_var, relu_1_13_5_on_binary_indicator_var, relu_1_13_5_off_binary_indicator_var, relu_1_13_6_on_binary_indicator_var, relu_1_13_6_off_binary_indicator_var, relu_1_13_7_on_binary_indicator_var, relu_1_13_7_off_binary_indicator_var,
  relu_1_14_0_on_binary_indicator_var, relu_1_14_0_off_binary_indicator_var, relu_1_14_1_on_binary_indicator_var, relu_1_14_1_off_binary_indicator_var, relu_1_14_2_on_binary_indicator_var, relu_1_14_2_off_binary_indicator_var, relu_1_14_3_on_binary_indicator_var, relu_1_14_3_off_binary_indicator_var,
  relu_1_14_4_on_binary_indicator_var, relu_1_14_4_off_binary_indicator_var, relu_1_14_5_on_binary_indicator_var, relu_1_14_5_off_binary_indicator_var, relu_1_14_6_on_binary_indicator_var, relu_1_14_6_off_binary_indicator_var, relu_1_14_7_on_binary_indicator_var, relu_1_14_7_off_binary_indicator_var,
  relu_1_15_0_on_binary_indicator_var, relu_1_15_0_off_binary_indicator_var, relu_1_15_1_on_binary_indicator_var, relu_1_15_1_off_binary_indicator_var, relu_1_15_2_on_binary_indicator_var, relu_1_15_2_off_binary_indicator_var, relu_1_15_3_on_binary_indicator_var, relu_1_15_3_off_binary_indicator_var,
  relu_1_15_4_on_binary_indicator_var, relu_1_15_4_off_binary_indicator_var, relu_1_15_5_on_binary_indicator_var, relu_1_15_5_off_binary_indicator_var, relu_1_15_6_on_binary_indicator_var, relu_1_15_6_off_binary_indicator_var, relu_1_15_7_on_binary_indicator_var, relu_1_15_7_off_binary_indicator_var,
  relu_1_16_0_on_binary_indicator_var, relu_1_16_0_off_binary_indicator_var, relu_1_16_1_on_binary_indicator_var, relu_1_16_1_off_binary_indicator_var, relu_1_16_2_on_binary_indicator_var, relu_1_16_2_off_binary_indicator_var, relu_1_16_3_on_binary_indicator_var, relu_1_16_3_off_binary_indicator_var,
  relu_1_16_4_on_binary_indicator_var, relu_1_16_4_off_binary_indicator_var, relu_1_16_5_on_binary_indicator_var, relu_1_16_5_off_binary_indicator_var, relu_1_16_6_on_binary_indicator_var, relu_1_16_6_off_binary_indicator_var, relu_1_16_7_on_binary_indicator_var, relu_1_16_7_off_binary_indicator_var,
  relu_1_17_0_on_binary_indicator_var, relu_1_17_0_off_binary_indicator_var, relu_1_17_1_on_binary_indicator_var, relu_1_17_1_off_binary_indicator_var, relu_1_17_2_on_binary_indicator_var, relu_1_17_2_off_binary_indicator_var, relu_1_17_3_on_binary_indicator_var, relu_1_17_3_off_binary_indicator_var,
  relu_1_17_4_on_binary_indicator_var, relu_1_17_4_off_binary_indicator_var, relu_1_17_5_on_binary_indicator_var, relu_1_17_5_off_binary_indicator_var, relu_1_17_6_on_binary_indicator_var, relu_1_17_6_off_binary_indicator_var, relu_1_17_7_on_binary_indicator_var, relu_1_17_7_off_binary_indicator_var,
  relu_1_18_0_on_binary_indicator_var, relu_1_18_0_off_binary_indicator_var, relu_1_18_1_on_binary_indicator_var, relu_1_18_1_off_binary_indicator_var, relu_1_18_2_on_binary_indicator_var, relu_1_18_2_off_binary_indicator_var, relu_1_18_3_on_binary_indicator_var, relu_1_18_3_off_binary_indicator_var,
  relu_1_18_4_on_binary_indicator_var, relu_1_18_4_off_binary_indicator_var, relu_1_18_5_on_binary_indicator_var, relu_1_18_5_off_binary_indicator_var, relu_1_18_6_on_binary_indicator_var, relu_1_18_6_off_binary_indicator_var, relu_1_18_7_on_binary_indicator_var, relu_1_18_7_off_binary_indicator_var,
  relu_1_19_0_on_binary_indicator_var, relu_1_19_0_off_binary_indicator_var, relu_1_19_1_on_binary_indicator_var, relu_1_19_1_off_binary_indicator_var, relu_1_19_2_on_binary_indicator_var, relu_1_19_2_off_binary_indicator_var, relu_1_19_3_on_binary_indicator_var, relu_1_19_3_off_binary_indicator_var,
  relu_1_19_4_on_binary_indicator_var, relu_1_19_4_off_binary_indicator_var, relu_1_19_5_on_binary_indicator_var, relu_1_19_5_off_binary_indicator_var, relu_1_19_6_on_binary_indicator_var, relu_1_19_6_off_binary_indicator_var, relu_1_19_7_on_binary_indicator_var, relu_1_19_7_off_binary_indicator_var,
  relu_1_20_0_on_binary_indicator_var, relu_1_20_0_off_binary_indicator_var, relu_1_20_1_on_binary_indicator_var, relu_1_20_1_off_binary_indicator_var, relu_1_20_2_on_binary_indicator_var, relu_1_20_2_off_binary_indicator_var, relu_1_20_3_on_binary_indicator_var, relu_1_20_3_off_binary_indicator_var,
  relu_1_20_4_on_binary_indicator_var, relu_1_20_4_off_binary_indicator_var, relu_1_20_5_on_binary_indicator_var, relu_1_20_5_off_binary_indicator_var, relu_1_20_6_on_binary_indicator_var, relu_1_20_6_off_binary_indicator_var, relu_1_20_7_on_binary_indicator_var, relu_1_20_7_off_binary_indicator_var,
  relu_1_21_0_on_binary_indicator_var, relu_1_21_0_off_binary_indicator_var, relu_1_21_1_on_binary_indicator_var, relu_1_21_1_off_binary_indicator_var, relu_1_21_2_on_binary_indicator_var, relu_1_21_2_off_binary_indicator_var, relu_1_21_3_on_binary_indicator_var, relu_1_21_3_off_binary_indicator_var,
  relu_1_21_4_on_binary_indicator_var, relu_1_21_4_off_binary_indicator_var, relu_1_21_5_on_binary_indicator_var, relu_1_21_5_off_binary_indicator_var, relu_1_21_6_on_binary_indicator_var, relu_1_21_6_off_binary_indicator_var, relu_1_21_7_on_binary_indicator_var, relu_1_21_7_off_binary_indicator_var,
  relu_1_22_0_on_binary_indicator_var, relu_1_22_0_off_binary_indicator_var, relu_1_22_1_on_binary_indicator_var, relu_1_22_1_off_binary_indicator_var, relu_1_22_2_on_binary_indicator_var, relu_1_22_2_off_binary_indicator_var, relu_1_22_3_on_binary_indicator_var, relu_1_22_3_off_binary_indicator_var,
  relu_1_22_4_on_binary_indicator_var, relu_1_22_4_off_binary_indicator_var, relu_1_22_5_on_binary_indicator_var, relu_1_22_5_off_binary_indicator_var, relu_1_22_6_on_binary_indicator_var, relu_1_22_6_off_binary_indicator_var, relu_1_22_7_on_binary_indicator_var, relu_1_22_7_off_binary_indicator_var,
  relu_1_23_0_on_binary_indicator_var, relu_1_23_0_off_binary_indicator_var, relu_1_23_1_on_binary_indicator_var, relu_1_23_1_off_binary_indicator_var, relu_1_23_2_on_binary_indicator_var, relu_1_23_2_off_binary_indicator_var, relu_1_23_3_on_binary_indicator_var, relu_1_23_3_off_binary_indicator_var,
  relu_1_23_4_on_binary_indicator_var, relu_1_23_4_off_binary_indicator_var, relu_1_23_5_on_binary_indicator_var, relu_1_23_5_off_binary_indicator_var, relu_1_23_6_on_binary_indicator_var, relu_1_23_6_off_binary_indicator_var, relu_1_23_7_on_binary_indicator_var, relu_1_23_7_off_binary_indicator_var,
  relu_1_24_0_on_binary_indicator_var, relu_1_24_0_off_binary_indicator_var, relu_1_24_1_on_binary_indicator_var, relu_1_24_1_off_binary_indicator_var, relu_1_24_2_on_binary_indicator_var, relu_1_24_2_off_binary_indicator_var, relu_1_24_3_on_binary_indicator_var, relu_1_24_3_off_binary_indicator_var,
  relu_1_24_4_on_binary_indicator_var, relu_1_24_4_off_binary_indicator_var, relu_1_24_5_on_binary_indicator_var, relu_1_24_5_off_binary_indicator_var, relu_1_24_6_on_binary_indicator_var, relu_1_24_6_off_binary_indicator_var, relu_1_24_7_on_binary_indicator_var, relu_1_24_7_off_binary_indicator_var,
  relu_1_25_0_on_binary_indicator_var, relu_1_25_0_off_binary_indicator_var, relu_1_25_1_on_binary_indicator_var, relu_1_25_1_off_binary_indicator_var, relu_1_25_2_on_binary_indicator_var, relu_1_25_2_off_binary_indicator_var, relu_1_25_3_on_binary_indicator_var, relu_1_25_3_off_binary_indicator_var,
  relu_1_25_4_on_binary_indicator_var, relu_1_25_4_off_binary_indicator_var, relu_1_25_5_on_binary_indicator_var, relu_1_25_5_off_binary_indicator_var, relu_1_25_6_on_binary_indicator_var, relu_1_25_6_off_binary_indicator_var, relu_1_25_7_on_binary_indicator_var, relu_1_25_7_off_binary_indicator_var,
  relu_1_26_0_on_binary_indicator_var, relu_1_26_0_off_binary_indicator_var, relu_1_26_1_on_binary_indicator_var, relu_1_26_1_off_binary_indicator_var, relu_1_26_2_on_binary_indicator_var, relu_1_26_2_off_binary_indicator_var, relu_1_26_3_on_binary_indicator_var, relu_1_26_3_off_binary_indicator_var,
  relu_1_26_4_on_binary_indicator_var, relu_1_26_4_off_binary_indicator_var, relu_1_26_5_on_binary_indicator_var, relu_1_26_5_off_binary_indicator_var, relu_1_26_6_on_binary_indicator_var, relu_1_26_6_off_binary_indicator_var, relu_1_26_7_on_binary_indicator_var, relu_1_26_7_off_binary_indicator_var,
  relu_1_27_0_on_binary_indicator_var, relu_1_27_0_off_binary_indicator_var, relu_1_27_1_on_binary_indicator_var, relu_1_27_1_off_binary_indicator_var, relu_1_27_2_on_binary_indicator_var, relu_1_27_2_off_binary_indicator_var, relu_1_27_3_on_binary_indicator_var, relu_1_27_3_off_binary_indicator_var,
  relu_1_27_4_on_binary_indicator_var, relu_1_27_4_off_binary_indicator_var, relu_1_27_5_on_binary_indicator_var, relu_1_27_5_off_binary_indicator_var, relu_1_27_6_on_binary_indicator_var, relu_1_27_6_off_binary_indicator_var, relu_1_27_7_on_binary_indicator_var, relu_1_27_7_off_binary_indicator_var,
  relu_1_28_0_on_binary_indicator_var, relu_1_28_0_off_binary_indicator_var, relu_1_28_1_on_binary_indicator_var, relu_1_28_1_off_binary_indicator_var, relu_1_28_2_on_binary_indicator_var, relu_1_28_2_off_binary_indicator_var, relu_1_28_3_on_binary_indicator_var, relu_1_28_3_off_binary_indicator_var,
  relu_1_28_4_on_binary_indicator_var, relu_1_28_4_off_binary_indicator_var, relu_1_28_5_on_binary_indicator_var, relu_1_28_5_off_binary_indicator_var, relu_1_28_6_on_binary_indicator_var, relu_1_28_6_off_binary_indicator_var, relu_1_28_7_on_binary_indicator_var, relu_1_28_7_off_binary_indicator_var,
  relu_1_29_0_on_binary_indicator_var, relu_1_29_0_off_binary_indicator_var, relu_1_29_1_on_binary_indicator_var, relu_1_29_1_off_binary_indicator_var, relu_1_29_2_on_binary_indicator_var, relu_1_29_2_off_binary_indicator_var, relu_1_29_3_on_binary_indicator_var, relu_1_29_3_off_binary_indicator_var,
  relu_1_29_4_on_binary_indicator_var, relu_1_29_4_off_binary_indicator_var, relu_1_29_5_on_binary_indicator_var, relu_1_29_5_off_binary_indicator_var, relu_1_29_6_on_binary_indicator_var, relu_1_29_6_off_binary_indicator_var, relu_1_29_7_on_binary_indicator_var, relu_1_29_7_off_binary_indicator_var,
  relu_1_30_0_on_binary_indicator_var, relu_1_30_0_off_binary_indicator_var, relu_1_30_1_on_binary_indicator_var, relu_1_30_1_off_binary_indicator_var, relu_1_30_2_on_binary_indicator_var, relu_1_30_2_off_binary_indicator_var, relu_1_30_3_on_binary_indicator_var, relu_1_30_3_off_binary_indicator_var,
  relu_1_30_4_on_binary_indicator_var, relu_1_30_4_off_binary_indicator_var, relu_1_30_5_on_binary_indicator_var, relu_1_30_5_off_binary_indicator_var, relu_1_30_6_on_binary_indicator_var, relu_1_30_6_off_binary_indicator_var, relu_1_30_7_on_binary_indicator_var, relu_1_30_7_off_binary_indicator_var,
  relu_1_31_0_on_binary_indicator_var, relu_1_31_0_off_binary_indicator_var, relu_1_31_1_on_binary_indicator_var, relu_1_31_1_off_binary_indicator_var, relu_1_31_2_on_binary_indicator_var, relu_1_31_2_off_binary_indicator_var, relu_1_31_3_on_binary_indicator_var, relu_1_31_3_off_binary_indicator_var,
  relu_1_31_4_on_binary_indicator_var, relu_1_31_4_off_binary_indicator_var, relu_1_31_5_on_binary_indicator_var, relu_1_31_5_off_binary_indicator_var, relu_1_31_6_on_binary_indicator_var, relu_1_31_6_off_binary_indicator_var, relu_1_31_7_on_binary_indicator_var, relu_1_31_7_off_binary_indicator_var,
  relu_1_32_0_on_binary_indicator_var, relu_1_32_0_off_binary_indicator_var, relu_1_32_1_on_binary_indicator_var, relu_1_32_1_off_binary_indicator_var, relu_1_32_2_on_binary_indicator_var, relu_1_32_2_off_binary_indicator_var, relu_1_32_3_on_binary_indicator_var, relu_1_32_3_off_binary_indicator_var,
  relu_1_32_4_on_binary_indicator_var, relu_1_32_4_off_binary_indicator_var, relu_1_32_5_on_binary_indicator_var, relu_1_32_5_off_binary_indicator_var, relu_1_32_6_on_binary_indicator_var, relu_1_32_6_off_binary_indicator_var, relu_1_32_7_on_binary_indicator_var, relu_1_32_7_off_binary_indicator_var,
  relu_1_33_0_on_binary_indicator_var, relu_1_33_0_off_binary_indicator_var, relu_1_33_1_on_binary_indicator_var, relu_1_33_1_off_binary_indicator_var, relu_1_33_2_on_binary_indicator_var, relu_1_33_2_off_binary_indicator_var, relu_1_33_3_on_binary_indicator_var, relu_1_33_3_off_binary_indicator_var,
  relu_1_33_4_on_binary_indicator_var, relu_1_33_4_off_binary_indicator_var, relu_1_33_5_on_binary_indicator_var, relu_1_33_5_off_binary_indicator_var, relu_1_33_6_on_binary_indicator_var, relu_1_33_6_off_binary_indicator_var, relu_1_33_7_on_binary_indicator_var, relu_1_33_7_off_binary_indicator_var,
  relu_1_34_0_on_binary_indicator_var, relu_1_34_0_off_binary_indicator_var, relu_1_34_1_on_binary_indicator_var, relu_1_34_1_off_binary_indicator_var, relu_1_34_2_on_binary_indicator_var, relu_1_34_2_off_binary_indicator_var, relu_1_34_3_on_binary_indicator_var, relu_1_34_3_off_binary_indicator_var,
  relu_1_34_4_on_binary_indicator_var, relu_1_34_4_off_binary_indicator_var, relu_1_34_5_on_binary_indicator_var, relu_1_34_5_off_binary_indicator_var, relu_1_34_6_on_binary_indicator_var, relu_1_34_6_off_binary_indicator_var, relu_1_34_7_on_binary_indicator_var, relu_1_34_7_off_binary_indicator_var,
  relu_1_35_0_on_binary_indicator_var, relu_1_35_0_off_binary_indicator_var, relu_1_35_1_on_binary_indicator_var, relu_1_35_1_off_binary_indicator_var, relu_1_35_2_on_binary_indicator_var, relu_1_35_2_off_binary_indicator_var, relu_1_35_3_on_binary_indicator_var, relu_1_35_3_off_binary_indicator_var,
  relu_1_35_4_on_binary_indicator_var, relu_1_35_4_off_binary_indicator_var, relu_1_35_5_on_binary_indicator_var, relu_1_35_5_off_binary_indicator_var, relu_1_35_6_on_binary_indicator_var, relu_1_35_6_off_binary_indicator_var, relu_1_35_7_on_binary_indicator_var, relu_1_35_7_off_binary_indicator_var,
  relu_1_36_0_on_binary_indicator_var, relu_1_36_0_off_binary_indicator_var, relu_1_36_1_on_binary_indicator_var, relu_1_36_1_off_binary_indicator_var, relu_1_36_2_on_binary_indicator_var, relu_1_36_2_off_binary_indicator_var, relu_1_36_3_on_binary_indicator_var, relu_1_36_3_off_binary_indicator_var,
  relu_1_36_4_on_binary_indicator_var, relu_1_36_4_off_binary_indicator_var, relu_1_36_5_on_binary_indicator_var, relu_1_36_5_off_binary_indicator_var, relu_1_36_6_on_binary_indicator_var, relu_1_36_6_off_binary_indicator_var, relu_1_36_7_on_binary_indicator_var, relu_1_36_7_off_binary_indicator_var,
  relu_1_37_0_on_binary_indicator_var, relu_1_37_0_off_binary_indicator_var, relu_1_37_1_on_binary_indicator_var, relu_1_37_1_off_binary_indicator_var, relu_1_37_2_on_binary_indicator_var, relu_1_37_2_off_binary_indicator_var, relu_1_37_3_on_binary_indicator_var, relu_1_37_3_off_binary_indicator_var,
  relu_1_37_4_on_binary_indicator_var, relu_1_37_4_off_binary_indicator_var, relu_1_37_5_on_binary_indicator_var, relu_1_37_5_off_binary_indicator_var, relu_1_37_6_on_binary_indicator_var, relu_1_37_6_off_binary_indicator_var, relu_1_37_7_on_binary_indicator_var, relu_1_37_7_off_binary_indicator_var,
  relu_1_38_0_on_binary_indicator_var, relu_1_38_0_off_binary_indicator_var, relu_1_38_1_on_binary_indicator_var, relu_1_38_1_off_binary_indicator_var, relu_1_38_2_on_binary_indicator_var, relu_1_38_2_off_binary_indicator_var, relu_1_38_3_on_binary_indicator_var, relu_1_38_3_off_binary_indicator_var,
  relu_1_38_4_on_binary_indicator_var, relu_1_38_4_off_binary_indicator_var, relu_1_38_5_on_binary_indicator_var, relu_1_38_5_off_binary_indicator_var, relu_1_38_6_on_binary_indicator_var, relu_1_38_6_off_binary_indicator_var, relu_1_38_7_on_binary_indicator_var, relu_1_38_7_off_binary_indicator_var,
  relu_1_39_0_on_binary_indicator_var, relu_1_39_0_off_binary_indicator_var, relu_1_39_1_on_binary_indicator_var, relu_1_39_1_off_binary_indicator_var, relu_1_39_2_on_binary_indicator_var, relu_1_39_2_off_binary_indicator_var, relu_1_39_3_on_binary_indicator_var, relu_1_39_3_off_binary_indicator_var,
  relu_1_39_4_on_binary_indicator_var, relu_1_39_4_off_binary_indicator_var, relu_1_39_5_on_binary_indicator_var, relu_1_39_5_off_binary_indicator_var, relu_1_39_6_on_binary_indicator_var, relu_1_39_6_off_binary_indicator_var, relu_1_39_7_on_binary_indicator_var, relu_1_39_7_off_binary_indicator_var,
  relu_1_40_0_on_binary_indicator_var, relu_1_40_0_off_binary_indicator_var, relu_1_40_1_on_binary_indicator_var, relu_1_40_1_off_binary_indicator_var, relu_1_40_2_on_binary_indicator_var, relu_1_40_2_off_binary_indicator_var, relu_1_40_3_on_binary_indicator_var, relu_1_40_3_off_binary_indicator_var,
  relu_1_40_4_on_binary_indicator_var, relu_1_40_4_off_binary_indicator_var, relu_1_40_5_on_binary_indicator_var, relu_1_40_5_off_binary_indicator_var, relu_1_40_6_on_binary_indicator_var, relu_1_40_6_off_binary_indicator_var, relu_1_40_7_on_binary_indicator_var, relu_1_40_7_off_binary_indicator_var,
  relu_1_41_0_on_binary_indicator_var, relu_1_41_0_off_binary_indicator_var, relu_1_41_1_on_binary_indicator_var, relu_1_41_1_off_binary_indicator_var, relu_1_41_2_on_binary_indicator_var, relu_1_41_2_off_binary_indicator_var, relu_1_41_3_on_binary_indicator_var, relu_1_41_3_off_binary_indicator_var,
  relu_1_41_4_on_binary_indicator_var, relu_1_41_4_off_binary_indicator_var, relu_1_41_5_on_binary_indicator_var, relu_1_41_5_off_binary_indicator_var, relu_1_41_6_on_binary_indicator_var, relu_1_41_6_off_binary_indicator_var, relu_1_41_7_on_binary_indicator_var, relu_1_41_7_off_binary_indicator_var,
  relu_1_42_0_on_binary_indicator_var, relu_1_42_0_off_binary_indicator_var, relu_1_42_1_on_binary_indicator_var, relu_1_42_1_off_binary_indicator_var, relu_1_42_2_on_binary_indicator_var, relu_1_42_2_off_binary_indicator_var, relu_1_42_3_on_binary_indicator_var, relu_1_42_3_off_binary_indicator_var,
  relu_1_42_4_on_binary_indicator_var, relu_1_42_4_off_binary_indicator_var, relu_1_42_5_on_binary_indicator_var, relu_1_42_5_off_binary_indicator_var, relu_1_42_6_on_binary_indicator_var, relu_1_42_6_off_binary_indicator_var, relu_1_42_7_on_binary_indicator_var, relu_1_42_7_off_binary_indicator_var,
  relu_1_43_0_on_binary_indicator_var, relu_1_43_0_off_binary_indicator_var, relu_1_43_1_on_binary_indicator_var, relu_1_43_1_off_binary_indicator_var, relu_1_43_2_on_binary_indicator_var, relu_1_43_2_off_binary_indicator_var, relu_1_43_3_on_binary_indicator_var, relu_1_43_3_off_binary_indicator_var,
  relu_1_43_4_on_binary_indicator_var, relu_1_43_4_off_binary_indicator_var, relu_1_43_5_on_binary_indicator_var, relu_1_43_5_off_binary_indicator_var, relu_1_43_6_on_binary_indicator_var, relu_1_43_6_off_binary_indicator_var, relu_1_43_7_on_binary_indicator_var, relu_1_43_7_off_binary_indicator_var,
  relu_1_44_0_on_binary_indicator_var, relu_1_44_0_off_binary_indicator_var, relu_1_44_1_on_binary_indicator_var, relu_1_44_1_off_binary_indicator_var, relu_1_44_2_on_binary_indicator_var, relu_1_44_2_off_binary_indicator_var, relu_1_44_3_on_binary_indicator_var, relu_1_44_3_off_binary_indicator_var,
  relu_1_44_4_on_binary_indicator_var, relu_1_44_4_off_binary_indicator_var, relu_1_44_5_on_binary_indicator_var, relu_1_44_5_off_binary_indicator_var, relu_1_44_6_on_binary_indicator_var, relu_1_44_6_off_binary_indicator_var, relu_1_44_7_on_binary_indicator_var, relu_1_44_7_off_binary_indicator_var,
  relu_1_45_0_on_binary_indicator_var, relu_1_45_0_off_binary_indicator_var, relu_1_45_1_on_binary_indicator_var, relu_1_45_1_off_binary_indicator_var, relu_1_45_2_on_binary_indicator_var, relu_1_45_2_off_binary_indicator_var, relu_1_45_3_on_binary_indicator_var, relu_1_45_3_off_binary_indicator_var,
  relu_1_45_4_on_binary_indicator_var, relu_1_45_4_off_binary_indicator_var, relu_1_45_5_on_binary_indicator_var, relu_1_45_5_off_binary_indicator_var, relu_1_45_6_on_binary_indicator_var, relu_1_45_6_off_binary_indicator_var, relu_1_45_7_on_binary_indicator_var, relu_1_45_7_off_binary_indicator_var,
  relu_1_46_0_on_binary_indicator_var, relu_1_46_0_off_binary_indicator_var, relu_1_46_1_on_binary_indicator_var, relu_1_46_1_off_binary_indicator_var, relu_1_46_2_on_binary_indicator_var, relu_1_46_2_off_binary_indicator_var, relu_1_46_3_on_binary_indicator_var, relu_1_46_3_off_binary_indicator_var,
  relu_1_46_4_on_binary_indicator_var, relu_1_46_4_off_binary_indicator_var, relu_1_46_5_on_binary_indicator_var, relu_1_46_5_off_binary_indicator_var, relu_1_46_6_on_binary_indicator_var, relu_1_46_6_off_binary_indicator_var, relu_1_46_7_on_binary_indicator_var, relu_1_46_7_off_binary_indicator_var,
  relu_1_47_0_on_binary_indicator_var, relu_1_47_0_off_binary_indicator_var, relu_1_47_1_on_binary_indicator_var, relu_1_47_1_off_binary_indicator_var, relu_1_47_2_on_binary_indicator_var, relu_1_47_2_off_binary_indicator_var, relu_1_47_3_on_binary_indicator_var, relu_1_47_3_off_binary_indicator_var,
  relu_1_47_4_on_binary_indicator_var, relu_1_47_4_off_binary_indicator_var, relu_1_47_5_on_binary_indicator_var, relu_1_47_5_off_binary_indicator_var, relu_1_47_6_on_binary_indicator_var, relu_1_47_6_off_binary_indicator_var, relu_1_47_7_on_binary_indicator_var, relu_1_47_7_off_binary_indicator_var,
  relu_1_48_0_on_binary_indicator_var, relu_1_48_0_off_binary_indicator_var, relu_1_48_1_on_binary_indicator_var, relu_1_48_1_off_binary_indicator_var, relu_1_48_2_on_binary_indicator_var, relu_1_48_2_off_binary_indicator_var, relu_1_48_3_on_binary_indicator_var, relu_1_48_3_off_binary_indicator_var,
  relu_1_48_4_on_binary_indicator_var, relu_1_48_4_off_binary_indicator_var, relu_1_48_5_on_binary_indicator_var, relu_1_48_5_off_binary_indicator_var, relu_1_48_6_on_binary_indicator_var, relu_1_48_6_off_binary_indicator_var, relu_1_48_7_on_binary_indicator_var, relu_1_48_7_off_binary_indicator_var,
  relu_1_49_0_on_binary_indicator_var, relu_1_49_0_off_binary_indicator_var, relu_1_49_1_on_binary_indicator_var, relu_1_49_1_off_binary_indicator_var, relu_1_49_2_on_binary_indicator_var, relu_1_49_2_off_binary_indicator_var, relu_1_49_3_on_binary_indicator_var, relu_1_49_3_off_binary_indicator_var,
  relu_1_49_4_on_binary_indicator_var, relu_1_49_4_off_binary_indicator_var, relu_1_49_5_on_binary_indicator_var, relu_1_49_5_off_binary_indicator_var, relu_1_49_6_on_binary_indicator_var, relu_1_49_6_off_binary_indicator_var, relu_1_49_7_on_binary_indicator_var, relu_1_49_7_off_binary_indicator_var,
  relu_1_50_0_on_binary_indicator_var, relu_1_50_0_off_binary_indicator_var, relu_1_50_1_on_binary_indicator_var, relu_1_50_1_off_binary_indicator_var, relu_1_50_2_on_binary_indicator_var, relu_1_50_2_off_binary_indicator_var, relu_1_50_3_on_binary_indicator_var, relu_1_50_3_off_binary_indicator_var,
  relu_1_50_4_on_binary_indicator_var, relu_1_50_4_off_binary_indicator_var, relu_1_50_5_on_binary_indicator_var, relu_1_50_5_off_binary_indicator_var, relu_1_50_6_on_binary_indicator_var, relu_1_50_6_off_binary_indicator_var, relu_1_50_7_on_binary_indicator_var, relu_1_50_7_off_binary_indicator_var,
  relu_1_51_0_on_binary_indicator_var, relu_1_51_0_off_binary_indicator_var, relu_1_51_1_on_binary_indicator_var, relu_1_51_1_off_binary_indicator_var, relu_1_51_2_on_binary_indicator_var, relu_1_51_2_off_binary_indicator_var, relu_1_51_3_on_binary_indicator_var, relu_1_51_3_off_binary_indicator_var,
  relu_1_51_4_on_binary_indicator_var, relu_1_51_4_off_binary_indicator_var, relu_1_51_5_on_binary_indicator_var, relu_1_51_5_off_binary_indicator_var, relu_1_51_6_on_binary_indicator_var, relu_1_51_6_off_binary_indicator_var, relu_1_51_7_on_binary_indicator_var, relu_1_51_7_off_binary_indicator_var,
  relu_1_52_0_on_binary_indicator_var, relu_1_52_0_off_binary_indicator_var, relu_1_52_1_on_binary_indicator_var, relu_1_52_1_off_binary_indicator_var, relu_1_52_2_on_binary_indicator_var, relu_1_52_2_off_binary_indicator_var, relu_1_52_3_on_binary_indicator_var, relu_1_52_3_off_binary_indicator_var,
  relu_1_52_4_on_binary_indicator_var, relu_1_52_4_off_binary_indicator_var, relu_1_52_5_on_binary_indicator_var, relu_1_52_5_off_binary_indicator_var, relu_1_52_6_on_binary_indicator_var, relu_1_52_6_off_binary_indicator_var, relu_1_52_7_on_binary_indicator_var, relu_1_52_7_off_binary_indicator_var,
  relu_1_53_0_on_binary_indicator_var, relu_1_53_0_off_binary_indicator_var, relu_1_53_1_on_binary_indicator_var, relu_1_53_1_off_binary_indicator_var, relu_1_53_2_on_binary_indicator_var, relu_1_53_2_off_binary_indicator_var, relu_1_53_3_on_binary_indicator_var, relu_1_53_3_off_binary_indicator_var,
  relu_1_53_4_on_binary_indicator_var, relu_1_53_4_off_binary_indicator_var, relu_1_53_5_on_binary_indicator_var, relu_1_53_5_off_binary_indicator_var, relu_1_53_6_on_binary_indicator_var, relu_1_53_6_off_binary_indicator_var, relu_1_53_7_on_binary_indicator_var, relu_1_53_7_off_binary_indicator_var,
  relu_1_54_0_on_binary_indicator_var, relu_1_54_0_off_binary_indicator_var, relu_1_54_1_on_binary_indicator_var, relu_1_54_1_off_binary_indicator_var, relu_1_54_2_on_binary_indicator_var, relu_1_54_2_off_binary_indicator_var, relu_1_54_3_on_binary_indicator_var, relu_1_54_3_off_binary_indicator_var,
  relu_1_54_4_on_binary_indicator_var, relu_1_54_4_off_binary_indicator_var, relu_1_54_5_on_binary_indicator_var, relu_1_54_5_off_binary_indicator_var, relu_1_54_6_on_binary_indicator_var, relu_1_54_6_off_binary_indicator_var, relu_1_54_7_on_binary_indicator_var, relu_1_54_7_off_binary_indicator_var,
  relu_1_55_0_on_binary_indicator_var, relu_1_55_0_off_binary_indicator_var, relu_1_55_1_on_binary_indicator_var, relu_1_55_1_off_binary_indicator_var, relu_1_55_2_on_binary_indicator_var, relu_1_55_2_off_binary_indicator_var, relu_1_55_3_on_binary_indicator_var, relu_1_55_3_off_binary_indicator_var,
  relu_1_55_4_on_binary_indicator_var, relu_1_55_4_off_binary_indicator_var, relu_1_55_5_on_binary_indicator_var, relu_1_55_5_off_binary_indicator_var, relu_1_55_6_on_binary_indicator_var, relu_1_55_6_off_binary_indicator_var, relu_1_55_7_on_binary_indicator_var, relu_1_55_7_off_binary_indicator_var,
  relu_1_56_0_on_binary_indicator_var, relu_1_56_0_off_binary_indicator_var, relu_1_56_1_on_binary_indicator_var, relu_1_56_1_off_binary_indicator_var, relu_1_56_2_on_binary_indicator_var, relu_1_56_2_off_binary_indicator_var, relu_1_56_3_on_binary_indicator_var, relu_1_56_3_off_binary_indicator_var,
  relu_1_56_4_on_binary_indicator_var, relu_1_56_4_off_binary_indicator_var, relu_1_56_5_on_binary_indicator_var, relu_1_56_5_off_binary_indicator_var, relu_1_56_6_on_binary_indicator_var, relu_1_56_6_off_binary_indicator_var, relu_1_56_7_on_binary_indicator_var, relu_1_56_7_off_binary_indicator_var,
  relu_1_57_0_on_binary_indicator_var, relu_1_57_0_off_binary_indicator_var, relu_1_57_1_on_binary_indicator_var, relu_1_57_1_off_binary_indicator_var, relu_1_57_2_on_binary_indicator_var, relu_1_57_2_off_binary_indicator_var, relu_1_57_3_on_binary_indicator_var, relu_1_57_3_off_binary_indicator_var,
  relu_1_57_4_on_binary_indicator_var, relu_1_57_4_off_binary_indicator_var, relu_1_57_5_on_binary_indicator_var, relu_1_57_5_off_binary_indicator_var, relu_1_57_6_on_binary_indicator_var, relu_1_57_6_off_binary_indicator_var, relu_1_57_7_on_binary_indicator_var, relu_1_57_7_off_binary_indicator_var,
  relu_1_58_0_on_binary_indicator_var, relu_1_58_0_off_binary_indicator_var, relu_1_58_1_on_binary_indicator_var, relu_1_58_1_off_binary_indicator_var, relu_1_58_2_on_binary_indicator_var, relu_1_58_2_off_binary_indicator_var, relu_1_58_3_on_binary_indicator_var, relu_1_58_3_off_binary_indicator_var,
  relu_1_58_4_on_binary_indicator_var, relu_1_58_4_off_binary_indicator_var, relu_1_58_5_on_binary_indicator_var, relu_1_58_5_off_binary_indicator_var, relu_1_58_6_on_binary_indicator_var, relu_1_58_6_off_binary_indicator_var, relu_1_58_7_on_binary_indicator_var, relu_1_58_7_off_binary_indicator_var,
  relu_1_59_0_on_binary_indicator_var, relu_1_59_0_off_binary_indicator_var, relu_1_59_1_on_binary_indicator_var, relu_1_59_1_off_binary_indicator_var, relu_1_59_2_on_binary_indicator_var, relu_1_59_2_off_binary_indicator_var, relu_1_59_3_on_binary_indicator_var, relu_1_59_3_off_binary_indicator_var,
  relu_1_59_4_on_binary_indicator_var, relu_1_59_4_off_binary_indicator_var, relu_1_59_5_on_binary_indicator_var, relu_1_59_5_off_binary_indicator_var, relu_1_59_6_on_binary_indicator_var, relu_1_59_6_off_binary_indicator_var, relu_1_59_7_on_binary_indicator_var, relu_1_59_7_off_binary_indicator_var,
  relu_1_60_0_on_binary_indicator_var, relu_1_60_0_off_binary_indicator_var, relu_1_60_1_on_binary_indicator_var, relu_1_60_1_off_binary_indicator_var, relu_1_60_2_on_binary_indicator_var, relu_1_60_2_off_binary_indicator_var, relu_1_60_3_on_binary_indicator_var, relu_1_60_3_off_binary_indicator_var,
  relu_1_60_4_on_binary_indicator_var, relu_1_60_4_off_binary_indicator_var, relu_1_60_5_on_binary_indicator_var, relu_1_60_5_off_binary_indicator_var, relu_1_60_6_on_binary_indicator_var, relu_1_60_6_off_binary_indicator_var, relu_1_60_7_on_binary_indicator_var, relu_1_60_7_off_binary_indicator_var,
  relu_1_61_0_on_binary_indicator_var, relu_1_61_0_off_binary_indicator_var, relu_1_61_1_on_binary_indicator_var, relu_1_61_1_off_binary_indicator_var, relu_1_61_2_on_binary_indicator_var, relu_1_61_2_off_binary_indicator_var, relu_1_61_3_on_binary_indicator_var, relu_1_61_3_off_binary_indicator_var,
  relu_1_61_4_on_binary_indicator_var, relu_1_61_4_off_binary_indicator_var, relu_1_61_5_on_binary_indicator_var, relu_1_61_5_off_binary_indicator_var, relu_1_61_6_on_binary_indicator_var, relu_1_61_6_off_binary_indicator_var, relu_1_61_7_on_binary_indicator_var, relu_1_61_7_off_binary_indicator_var,
  relu_1_62_0_on_binary_indicator_var, relu_1_62_0_off_binary_indicator_var, relu_1_62_1_on_binary_indicator_var, relu_1_62_1_off_binary_indicator_var, relu_1_62_2_on_binary_indicator_var, relu_1_62_2_off_binary_indicator_var, relu_1_62_3_on_binary_indicator_var, relu_1_62_3_off_binary_indicator_var,
  relu_1_62_4_on_binary_indicator_var, relu_1_62_4_off_binary_indicator_var, relu_1_62_5_on_binary_indicator_var, relu_1_62_5_off_binary_indicator_var, relu_1_62_6_on_binary_indicator_var, relu_1_62_6_off_binary_indicator_var, relu_1_62_7_on_binary_indicator_var, relu_1_62_7_off_binary_indicator_var,
  relu_1_63_0_on_binary_indicator_var, relu_1_63_0_off_binary_indicator_var, relu_1_63_1_on_binary_indicator_var, relu_1_63_1_off_binary_indicator_var, relu_1_63_2_on_binary_indicator_var, relu_1_63_2_off_binary_indicator_var, relu_1_63_3_on_binary_indicator_var, relu_1_63_3_off_binary_indicator_var,
  relu_1_63_4_on_binary_indicator_var, relu_1_63_4_off_binary_indicator_var, relu_1_63_5_on_binary_indicator_var, relu_1_63_5_off_binary_indicator_var, relu_1_63_6_on_binary_indicator_var, relu_1_63_6_off_binary_indicator_var, relu_1_63_7_on_binary_indicator_var, relu_1_63_7_off_binary_indicator_var,
  relu_1_64_0_on_binary_indicator_var, relu_1_64_0_off_binary_indicator_var, relu_1_64_1_on_binary_indicator_var, relu_1_64_1_off_binary_indicator_var, relu_1_64_2_on_binary_indicator_var, relu_1_64_2_off_binary_indicator_var, relu_1_64_3_on_binary_indicator_var, relu_1_64_3_off_binary_indicator_var,
  relu_1_64_4_on_binary_indicator_var, relu_1_64_4_off_binary_indicator_var, relu_1_64_5_on_binary_indicator_var, relu_1_64_5_off_binary_indicator_var, relu_1_64_6_on_binary_indicator_var, relu_1_64_6_off_binary_indicator_var, relu_1_64_7_on_binary_indicator_var, relu_1_64_7_off_binary_indicator_var,
  relu_1_65_0_on_binary_indicator_var, relu_1_65_0_off_binary_indicator_var, relu_1_65_1_on_binary_indicator_var, relu_1_65_1_off_binary_indicator_var, relu_1_65_2_on_binary_indicator_var, relu_1_65_2_off_binary_indicator_var, relu_1_65_3_on_binary_indicator_var, relu_1_65_3_off_binary_indicator_var,
  relu_1_65_4_on_binary_indicator_var, relu_1_65_4_off_binary_indicator_var, relu_1_65_5_on_binary_indicator_var, relu_1_65_5_off_binary_indicator_var, relu_1_65_6_on_binary_indicator_var, relu_1_65_6_off_binary_indicator_var, relu_1_65_7_on_binary_indicator_var, relu_1_65_7_off_binary_indicator_var,
  relu_1_66_0_on_binary_indicator_var, relu_1_66_0_off_binary_indicator_var, relu_1_66_1_on_binary_indicator_var, relu_1_66_1_off_binary_indicator_var, relu_1_66_2_on_binary_indicator_var, relu_1_66_2_off_binary_indicator_var, relu_1_66_3_on_binary_indicator_var, relu_1_66_3_off_binary_indicator_var,
  relu_1_66_4_on_binary_indicator_var, relu_1_66_4_off_binary_indicator_var, relu_1_66_5_on_binary_indicator_var, relu_1_66_5_off_binary_indicator_var, relu_1_66_6_on_binary_indicator_var, relu_1_66_6_off_binary_indicator_var, relu_1_66_7_on_binary_indicator_var, relu_1_66_7_off_binary_indicator_var,
  relu_1_67_0_on_binary_indicator_var, relu_1_67_0_off_binary_indicator_var, relu_1_67_1_on_binary_indicator_var, relu_1_67_1_off_binary_indicator_var, relu_1_67_2_on_binary_indicator_var, relu_1_67_2_off_binary_indicator_var, relu_1_67_3_on_binary_indicator_var, relu_1_67_3_off_binary_indicator_var,
  relu_1_67_4_on_binary_indicator_var, relu_1_67_4_off_binary_indicator_var, relu_1_67_5_on_binary_indicator_var, relu_1_67_5_off_binary_indicator_var, relu_1_67_6_on_binary_indicator_var, relu_1_67_6_off_binary_indicator_var, relu_1_67_7_on_binary_indicator_var, relu_1_67_7_off_binary_indicator_var,
  relu_1_68_0_on_binary_indicator_var, relu_1_68_0_off_binary_indicator_var, relu_1_68_1_on_binary_indicator_var, relu_1_68_1_off_binary_indicator_var, relu_1_68_2_on_binary_indicator_var, relu_1_68_2_off_binary_indicator_var, relu_1_68_3_on_binary_indicator_var, relu_1_68_3_off_binary_indicator_var,
  relu_1_68_4_on_binary_indicator_var, relu_1_68_4_off_binary_indicator_var, relu_1_68_5_on_binary_indicator_var, relu_1_68_5_off_binary_indicator_var, relu_1_68_6_on_binary_indicator_var, relu_1_68_6_off_binary_indicator_var, relu_1_68_7_on_binary_indicator_var, relu_1_68_7_off_binary_indicator_var,
  relu_1_69_0_on_binary_indicator_var, relu_1_69_0_off_binary_indicator_var, relu_1_69_1_on_binary_indicator_var, relu_1_69_1_off_binary_indicator_var, relu_1_69_2_on_binary_indicator_var, relu_1_69_2_off_binary_indicator_var, relu_1_69_3_on_binary_indicator_var, relu_1_69_3_off_binary_indicator_var,
  relu_1_69_4_on_binary_indicator_var, relu_1_69_4_off_binary_indicator_var, relu_1_69_5_on_binary_indicator_var, relu_1_69_5_off_binary_indicator_var, relu_1_69_6_on_binary_indicator_var, relu_1_69_6_off_binary_indicator_var, relu_1_69_7_on_binary_indicator_var, relu_1_69_7_off_binary_indicator_var,
  relu_1_70_0_on_binary_indicator_var, relu_1_70_0_off_binary_indicator_var, relu_1_70_1_on_binary_indicator_var, relu_1_70_1_off_binary_indicator_var, relu_1_70_2_on_binary_indicator_var, relu_1_70_2_off_binary_indicator_var, relu_1_70_3_on_binary_indicator_var, relu_1_70_3_off_binary_indicator_var,
  relu_1_70_4_on_binary_indicator_var, relu_1_70_4_off_binary_indicator_var, relu_1_70_5_on_binary_indicator_var, relu_1_70_5_off_binary_indicator_var, relu_1_70_6_on_binary_indicator_var, relu_1_70_6_off_binary_indicator_var, relu_1_70_7_on_binary_indicator_var, relu_1_70_7_off_binary_indicator_var,
  relu_1_71_0_on_binary_indicator_var, relu_1_71_0_off_binary_indicator_var, relu_1_71_1_on_binary_indicator_var, relu_1_71_1_off_binary_indicator_var, relu_1_71_2_on_binary_indicator_var, relu_1_71_2_off_binary_indicator_var, relu_1_71_3_on_binary_indicator_var, relu_1_71_3_off_binary_indicator_var,
  relu_1_71_4_on_binary_indicator_var, relu_1_71_4_off_binary_indicator_var, relu_1_71_5_on_binary_indicator_var, relu_1_71_5_off_binary_indicator_var, relu_1_71_6_on_binary_indicator_var, relu_1_71_6_off_binary_indicator_var, relu_1_71_7_on_binary_indicator_var, relu_1_71_7_off_binary_indicator_var,
  relu_1_72_0_on_binary_indicator_var, relu_1_72_0_off_binary_indicator_var, relu_1_72_1_on_binary_indicator_var, relu_1_72_1_off_binary_indicator_var, relu_1_72_2_on_binary_indicator_var, relu_1_72_2_off_binary_indicator_var, relu_1_72_3_on_binary_indicator_var, relu_1_72_3_off_binary_indicator_var,
  relu_1_72_4_on_binary_indicator_var, relu_1_72_4_off_binary_indicator_var, relu_1_72_5_on_binary_indicator_var, relu_1_72_5_off_binary_indicator_var, relu_1_72_6_on_binary_indicator_var, relu_1_72_6_off_binary_indicator_var, relu_1_72_7_on_binary_indicator_var, relu_1_72_7_off_binary_indicator_var,
  relu_1_73_0_on_binary_indicator_var, relu_1_73_0_off_binary_indicator_var, relu_1_73_1_on_binary_indicator_var, relu_1_73_1_off_binary_indicator_var, relu_1_73_2_on_binary_indicator_var, relu_1_73_2_off_binary_indicator_var, relu_1_73_3_on_binary_indicator_var, relu_1_73_3_off_binary_indicator_var,
  relu_1_73_4_on_binary_indicator_var, relu_1_73_4_off_binary_indicator_var, relu_1_73_5_on_binary_indicator_var, relu_1_73_5_off_binary_indicator_var, relu_1_73_6_on_binary_indicator_var, relu_1_73_6_off_binary_indicator_var, relu_1_73_7_on_binary_indicator_var, relu_1_73_7_off_binary_indicator_var,
  relu_1_74_0_on_binary_indicator_var, relu_1_74_0_off_binary_indicator_var, relu_1_74_1_on_binary_indicator_var, relu_1_74_1_off_binary_indicator_var, relu_1_74_2_on_binary_indicator_var, relu_1_74_2_off_binary_indicator_var, relu_1_74_3_on_binary_indicator_var, relu_1_74_3_off_binary_indicator_var,
  relu_1_74_4_on_binary_indicator_var, relu_1_74_4_off_binary_indicator_var, relu_1_74_5_on_binary_indicator_var, relu_1_74_5_off_binary_indicator_var, relu_1_74_6_on_binary_indicator_var, relu_1_74_6_off_binary_indicator_var, relu_1_74_7_on_binary_indicator_var, relu_1_74_7_off_binary_indicator_var,
  relu_1_75_0_on_binary_indicator_var, relu_1_75_0_off_binary_indicator_var, relu_1_75_1_on_binary_indicator_var, relu_1_75_1_off_binary_indicator_var, relu_1_75_2_on_binary_indicator_var, relu_1_75_2_off_binary_indicator_var, relu_1_75_3_on_binary_indicator_var, relu_1_75_3_off_binary_indicator_var,
  relu_1_75_4_on_binary_indicator_var, relu_1_75_4_off_binary_indicator_var, relu_1_75_5_on_binary_indicator_var, relu_1_75_5_off_binary_indicator_var, relu_1_75_6_on_binary_indicator_var, relu_1_75_6_off_binary_indicator_var, relu_1_75_7_on_binary_indicator_var, relu_1_75_7_off_binary_indicator_var,
  relu_1_76_0_on_binary_indicator_var, relu_1_76_0_off_binary_indicator_var, relu_1_76_1_on_binary_indicator_var, relu_1_76_1_off_binary_indicator_var, relu_1_76_2_on_binary_indicator_var, relu_1_76_2_off_binary_indicator_var, relu_1_76_3_on_binary_indicator_var, relu_1_76_3_off_binary_indicator_var,
  relu_1_76_4_on_binary_indicator_var, relu_1_76_4_off_binary_indicator_var, relu_1_76_5_on_binary_indicator_var, relu_1_76_5_off_binary_indicator_var, relu_1_76_6_on_binary_indicator_var, relu_1_76_6_off_binary_indicator_var, relu_1_76_7_on_binary_indicator_var, relu_1_76_7_off_binary_indicator_var,
  relu_1_77_0_on_binary_indicator_var, relu_1_77_0_off_binary_indicator_var, relu_1_77_1_on_binary_indicator_var, relu_1_77_1_off_binary_indicator_var, relu_1_77_2_on_binary_indicator_var, relu_1_77_2_off_binary_indicator_var, relu_1_77_3_on_binary_indicator_var, relu_1_77_3_off_binary_indicator_var,
  relu_1_77_4_on_binary_indicator_var, relu_1_77_4_off_binary_indicator_var, relu_1_77_5_on_binary_indicator_var, relu_1_77_5_off_binary_indicator_var, relu_1_77_6_on_binary_indicator_var, relu_1_77_6_off_binary_indicator_var, relu_1_77_7_on_binary_indicator_var, relu_1_77_7_off_binary_indicator_var,
  relu_1_78_0_on_binary_indicator_var, relu_1_78_0_off_binary_indicator_var, relu_1_78_1_on_binary_indicator_var, relu_1_78_1_off_binary_indicator_var, relu_1_78_2_on_binary_indicator_var, relu_1_78_2_off_binary_indicator_var, relu_1_78_3_on_binary_indicator_var, relu_1_78_3_off_binary_indicator_var,
  relu_1_78_4_on_binary_indicator_var, relu_1_78_4_off_binary_indicator_var, relu_1_78_5_on_binary_indicator_var, relu_1_78_5_off_binary_indicator_var, relu_1_78_6_on_binary_indicator_var, relu_1_78_6_off_binary_indicator_var, relu_1_78_7_on_binary_indicator_var, relu_1_78_7_off_binary_indicator_var,
  relu_1_79_0_on_binary_indicator_var, relu_1_79_0_off_binary_indicator_var, relu_1_79_1_on_binary_indicator_var, relu_1_79_1_off_binary_indicator_var, relu_1_79_2_on_binary_indicator_var, relu_1_79_2_off_binary_indicator_var, relu_1_79_3_on_binary_indicator_var, relu_1_79_3_off_binary_indicator_var,
  relu_1_79_4_on_binary_indicator_var, relu_1_79_4_off_binary_indicator_var, relu_1_79_5_on_binary_indicator_var, relu_1_79_5_off_binary_indicator_var, relu_1_79_6_on_binary_indicator_var, relu_1_79_6_off_binary_indicator_var, relu_1_79_7_on_binary_indicator_var, relu_1_79_7_off_binary_indicator_var,
  relu_1_80_0_on_binary_indicator_var, relu_1_80_0_off_binary_indicator_var, relu_1_80_1_on_binary_indicator_var, relu_1_80_1_off_binary_indicator_var, relu_1_80_2_on_binary_indicator_var, relu_1_80_2_off_binary_indicator_var, relu_1_80_3_on_binary_indicator_var, relu_1_80_3_off_binary_indicator_var,
  relu_1_80_4_on_binary_indicator_var, relu_1_80_4_off_binary_indicator_var, relu_1_80_5_on_binary_indicator_var, relu_1_80_5_off_binary_indicator_var, relu_1_80_6_on_binary_indicator_var, relu_1_80_6_off_binary_indicator_var, relu_1_80_7_on_binary_indicator_var, relu_1_80_7_off_binary_indicator_var,
  relu_1_81_0_on_binary_indicator_var, relu_1_81_0_off_binary_indicator_var, relu_1_81_1_on_binary_indicator_var, relu_1_81_1_off_binary_indicator_var, relu_1_81_2_on_binary_indicator_var, relu_1_81_2_off_binary_indicator_var, relu_1_81_3_on_binary_indicator_var, relu_1_81_3_off_binary_indicator_var,
  relu_1_81_4_on_binary_indicator_var, relu_1_81_4_off_binary_indicator_var, relu_1_81_5_on_binary_indicator_var, relu_1_81_5_off_binary_indicator_var, relu_1_81_6_on_binary_indicator_var, relu_1_81_6_off_binary_indicator_var, relu_1_81_7_on_binary_indicator_var, relu_1_81_7_off_binary_indicator_var,
  relu_1_82_0_on_binary_indicator_var, relu_1_82_0_off_binary_indicator_var, relu_1_82_1_on_binary_indicator_var, relu_1_82_1_off_binary_indicator_var, relu_1_82_2_on_binary_indicator_var, relu_1_82_2_off_binary_indicator_var, relu_1_82_3_on_binary_indicator_var, relu_1_82_3_off_binary_indicator_var,
  relu_1_82_4_on_binary_indicator_var, relu_1_82_4_off_binary_indicator_var, relu_1_82_5_on_binary_indicator_var, relu_1_82_5_off_binary_indicator_var, relu_1_82_6_on_binary_indicator_var, relu_1_82_6_off_binary_indicator_var, relu_1_82_7_on_binary_indicator_var, relu_1_82_7_off_binary_indicator_var,
  relu_1_83_0_on_binary_indicator_var, relu_1_83_0_off_binary_indicator_var, relu_1_83_1_on_binary_indicator_var, relu_1_83_1_off_binary_indicator_var, relu_1_83_2_on_binary_indicator_var, relu_1_83_2_off_binary_indicator_var, relu_1_83_3_on_binary_indicator_var, relu_1_83_3_off_binary_indicator_var,
  relu_1_83_4_on_binary_indicator_var, relu_1_83_4_off_binary_indicator_var, relu_1_83_5_on_binary_indicator_var, relu_1_83_5_off_binary_indicator_var, relu_1_83_6_on_binary_indicator_var, relu_1_83_6_off_binary_indicator_var, relu_1_83_7_on_binary_indicator_var, relu_1_83_7_off_binary_indicator_var,
  relu_1_84_0_on_binary_indicator_var, relu_1_84_0_off_binary_indicator_var, relu_1_84_1_on_binary_indicator_var, relu_1_84_1_off_binary_indicator_var, relu_1_84_2_on_binary_indicator_var, relu_1_84_2_off_binary_indicator_var, relu_1_84_3_on_binary_indicator_var, relu_1_84_3_off_binary_indicator_var,
  relu_1_84_4_on_binary_indicator_var, relu_1_84_4_off_binary_indicator_var, relu_1_84_5_on_binary_indicator_var, relu_1_84_5_off_binary_indicator_var, relu_1_84_6_on_binary_indicator_var, relu_1_84_6_off_binary_indicator_var, relu_1_84_7_on_binary_indicator_var, relu_1_84_7_off_binary_indicator_var,
  relu_1_85_0_on_binary_indicator_var, relu_1_85_0_off_binary_indicator_var, relu_1_85_1_on_binary_indicator_var, relu_1_85_1_off_binary_indicator_var, relu_1_85_2_on_binary_indicator_var, relu_1_85_2_off_binary_indicator_var, relu_1_85_3_on_binary_indicator_var, relu_1_85_3_off_binary_indicator_var,
  relu_1_85_4_on_binary_indicator_var, relu_1_85_4_off_binary_indicator_var, relu_1_85_5_on_binary_indicator_var, relu_1_85_5_off_binary_indicator_var, relu_1_85_6_on_binary_indicator_var, relu_1_85_6_off_binary_indicator_var, relu_1_85_7_on_binary_indicator_var, relu_1_85_7_off_binary_indicator_var,
  relu_1_86_0_on_binary_indicator_var, relu_1_86_0_off_binary_indicator_var, relu_1_86_1_on_binary_indicator_var, relu_1_86_1_off_binary_indicator_var, relu_1_86_2_on_binary_indicator_var, relu_1_86_2_off_binary_indicator_var, relu_1_86_3_on_binary_indicator_var, relu_1_86_3_off_binary_indicator_var,
  relu_1_86_4_on_binary_indicator_var, relu_1_86_4_off_binary_indicator_var, relu_1_86_5_on_binary_indicator_var, relu_1_86_5_off_binary_indicator_var, relu_1_86_6_on_binary_indicator_var, relu_1_86_6_off_binary_indicator_var, relu_1_86_7_on_binary_indicator_var, relu_1_86_7_off_binary_indicator_var,
  relu_1_87_0_on_binary_indicator_var, relu_1_87_0_off_binary_indicator_var, relu_1_87_1_on_binary_indicator_var, relu_1_87_1_off_binary_indicator_var, relu_1_87_2_on_binary_indicator_var, relu_1_87_2_off_binary_indicator_var, relu_1_87_3_on_binary_indicator_var, relu_1_87_3_off_binary_indicator_var,
  relu_1_87_4_on_binary_indicator_var, relu_1_87_4_off_binary_indicator_var, relu_1_87_5_on_binary_indicator_var, relu_1_87_5_off_binary_indicator_var, relu_1_87_6_on_binary_indicator_var, relu_1_87_6_off_binary_indicator_var, relu_1_87_7_on_binary_indicator_var, relu_1_87_7_off_binary_indicator_var,
  relu_1_88_0_on_binary_indicator_var, relu_1_88_0_off_binary_indicator_var, relu_1_88_1_on_binary_indicator_var, relu_1_88_1_off_binary_indicator_var, relu_1_88_2_on_binary_indicator_var, relu_1_88_2_off_binary_indicator_var, relu_1_88_3_on_binary_indicator_var, relu_1_88_3_off_binary_indicator_var,
  relu_1_88_4_on_binary_indicator_var, relu_1_88_4_off_binary_indicator_var, relu_1_88_5_on_binary_indicator_var, relu_1_88_5_off_binary_indicator_var, relu_1_88_6_on_binary_indicator_var, relu_1_88_6_off_binary_indicator_var, relu_1_88_7_on_binary_indicator_var, relu_1_88_7_off_binary_indicator_var,
  relu_1_89_0_on_binary_indicator_var, relu_1_89_0_off_binary_indicator_var, relu_1_89_1_on_binary_indicator_var, relu_1_89_1_off_binary_indicator_var, relu_1_89_2_on_binary_indicator_var, relu_1_89_2_off_binary_indicator_var, relu_1_89_3_on_binary_indicator_var, relu_1_89_3_off_binary_indicator_var,
  relu_1_89_4_on_binary_indicator_var, relu_1_89_4_off_binary_indicator_var, relu_1_89_5_on_binary_indicator_var, relu_1_89_5_off_binary_indicator_var, relu_1_89_6_on_binary_indicator_var, relu_1_89_6_off_binary_indicator_var, relu_1_89_7_on_binary_indicator_var, relu_1_89_7_off_binary_indicator_var,
  relu_1_90_0_on_binary_indicator_var, relu_1_90_0_off_binary_indicator_var, relu_1_90_1_on_binary_indicator_var, relu_1_90_1_off_binary_indicator_var, relu_1_90_2_on_binary_indicator_var, relu_1_90_2_off_binary_indicator_var, relu_1_90_3_on_binary_indicator_var, relu_1_90_3_off_binary_indicator_var,
  relu_1_90_4_on_binary_indicator_var, relu_1_90_4_off_binary_indicator_var, relu_1_90_5_on_binary_indicator_var, relu_1_90_5_off_binary_indicator_var, relu_1_90_6_on_binary_indicator_var, relu_1_90_6_off_binary_indicator_var, relu_1_90_7_on_binary_indicator_var, relu_1_90_7_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_0_3, pre_definition_1_0_4, pre_definition_1_0_5, pre_definition_1_0_6,
  pre_definition_1_0_7, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_1_3, pre_definition_1_1_4, pre_definition_1_1_5, pre_definition_1_1_6,
  pre_definition_1_1_7, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_2_3, pre_definition_1_2_4, pre_definition_1_2_5, pre_definition_1_2_6,
  pre_definition_1_2_7, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_3_3, pre_definition_1_3_4, pre_definition_1_3_5, pre_definition_1_3_6,
  pre_definition_1_3_7, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2, pre_definition_1_4_3, pre_definition_1_4_4, pre_definition_1_4_5, pre_definition_1_4_6,
  pre_definition_1_4_7, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_5_3, pre_definition_1_5_4, pre_definition_1_5_5, pre_definition_1_5_6,
  pre_definition_1_5_7, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_6_3, pre_definition_1_6_4, pre_definition_1_6_5, pre_definition_1_6_6,
  pre_definition_1_6_7, pre_definition_1_7_0, pre_definition_1_7_1, pre_definition_1_7_2, pre_definition_1_7_3, pre_definition_1_7_4, pre_definition_1_7_5, pre_definition_1_7_6,
  pre_definition_1_7_7, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_8_3, pre_definition_1_8_4, pre_definition_1_8_5, pre_definition_1_8_6,
  pre_definition_1_8_7, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2, pre_definition_1_9_3, pre_definition_1_9_4, pre_definition_1_9_5, pre_definition_1_9_6,
  pre_definition_1_9_7, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_10_3, pre_definition_1_10_4, pre_definition_1_10_5, pre_definition_1_10_6,
  pre_definition_1_10_7, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_11_3, pre_definition_1_11_4, pre_definition_1_11_5, pre_definition_1_11_6,
  pre_definition_1_11_7, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2, pre_definition_1_12_3, pre_definition_1_12_4, pre_definition_1_12_5, pre_definition_1_12_6,
  pre_definition_1_12_7, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_13_3, pre_definition_1_13_4, pre_definition_1_13_5, pre_definition_1_13_6,
  pre_definition_1_13_7, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_14_3, pre_definition_1_14_4, pre_definition_1_14_5, pre_definition_1_14_6,
  pre_definition_1_14_7, pre_definition_1_15_0, pre_definition_1_15_1, pre_definition_1_15_2, pre_definition_1_15_3, pre_definition_1_15_4, pre_definition_1_15_5, pre_definition_1_15_6,
  pre_definition_1_15_7, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_16_2, pre_definition_1_16_3, pre_definition_1_16_4, pre_definition_1_16_5, pre_definition_1_16_6,
  pre_definition_1_16_7, pre_definition_1_17_0, pre_definition_1_17_1, pre_definition_1_17_2, pre_definition_1_17_3, pre_definition_1_17_4, pre_definition_1_17_5, pre_definition_1_17_6,
  pre_definition_1_17_7, pre_definition_1_18_0, pre_definition_1_18_1, pre_definition_1_18_2, pre_definition_1_18_3, pre_definition_1_18_4, pre_definition_1_18_5, pre_definition_1_18_6,
  pre_definition_1_18_7, pre_definition_1_19_0, pre_definition_1_19_1, pre_definition_1_19_2, pre_definition_1_19_3, pre_definition_1_19_4, pre_definition_1_19_5, pre_definition_1_19_6,
  pre_definition_1_19_7, pre_definition_1_20_0, pre_definition_1_20_1, pre_definition_1_20_2, pre_definition_1_20_3, pre_definition_1_20_4, pre_definition_1_20_5, pre_definition_1_20_6,
  pre_definition_1_20_7, pre_definition_1_21_0, pre_definition_1_21_1, pre_definition_1_21_2, pre_definition_1_21_3, pre_definition_1_21_4, pre_definition_1_21_5, pre_definition_1_21_6,
  pre_definition_1_21_7, pre_definition_1_22_0, pre_definition_1_22_1, pre_definition_1_22_2, pre_definition_1_22_3, pre_definition_1_22_4, pre_definition_1_22_5, pre_definition_1_22_6,
  pre_definition_1_22_7, pre_definition_1_23_0, pre_definition_1_23_1, pre_definition_1_23_2, pre_definition_1_23_3, pre_definition_1_23_4, pre_definition_1_23_5, pre_definition_1_23_6,
  pre_definition_1_23_7, pre_definition_1_24_0, pre_definition_1_24_1, pre_definition_1_24_2, pre_definition_1_24_3, pre_definition_1_24_4, pre_definition_1_24_5, pre_definition_1_24_6,
  pre_definition_1_24_7, pre_definition_1_25_0, pre_definition_1_25_1, pre_definition_1_25_2, pre_definition_1_25_3, pre_definition_1_25_4, pre_definition_1_25_5, pre_definition_1_25_6,
  pre_definition_1_25_7, pre_definition_1_26_0, pre_definition_1_26_1, pre_definition_1_26_2, pre_definition_1_26_3, pre_definition_1_26_4, pre_definition_1_26_5, pre_definition_1_26_6,
  pre_definition_1_26_7, pre_definition_1_27_0, pre_definition_1_27_1, pre_definition_1_27_2, pre_definition_1_27_3, pre_definition_1_27_4, pre_definition_1_27_5, pre_definition_1_27_6,
  pre_definition_1_27_7, pre_definition_1_28_0, pre_definition_1_28_1, pre_definition_1_28_2, pre_definition_1_28_3, pre_definition_1_28_4, pre_definition_1_28_5, pre_definition_1_28_6,
  pre_definition_1_28_7, pre_definition_1_29_0, pre_definition_1_29_1, pre_definition_1_29_2, pre_definition_1_29_3, pre_definition_1_29_4, pre_definition_1_29_5, pre_definition_1_29_6,
  pre_definition_1_29_7, pre_definition_1_30_0, pre_definition_1_30_1, pre_definition_1_30_2, pre_definition_1_30_3, pre_definition_1_30_4, pre_definition_1_30_5, pre_definition_1_30_6,
  pre_definition_1_30_7, pre_definition_1_31_0, pre_definition_1_31_1, pre_definition_1_31_2, pre_definition_1_31_3, pre_definition_1_31_4, pre_definition_1_31_5, pre_definition_1_31_6,
  pre_definition_1_31_7, pre_definition_1_32_0, pre_definition_1_32_1, pre_definition_1_32_2, pre_definition_1_32_3, pre_definition_1_32_4, pre_definition_1_32_5, pre_definition_1_32_6,
  pre_definition_1_32_7, pre_definition_1_33_0, pre_definition_1_33_1, pre_definition_1_33_2, pre_definition_1_33_3, pre_definition_1_33_4, pre_definition_1_33_5, pre_definition_1_33_6,
  pre_definition_1_33_7, pre_definition_1_34_0, pre_definition_1_34_1, pre_definition_1_34_2, pre_definition_1_34_3, pre_definition_1_34_4, pre_definition_1_34_5, pre_definition_1_34_6,
  pre_definition_1_34_7, pre_definition_1_35_0, pre_definition_1_35_1, pre_definition_1_35_2, pre_definition_1_35_3, pre_definition_1_35_4, pre_definition_1_35_5, pre_definition_1_35_6,
  pre_definition_1_35_7, pre_definition_1_36_0, pre_definition_1_36_1, pre_definition_1_36_2, pre_definition_1_36_3, pre_definition_1_36_4, pre_definition_1_36_5, pre_definition_1_36_6,
  pre_definition_1_36_7, pre_definition_1_37_0, pre_definition_1_37_1, pre_definition_1_37_2, pre_definition_1_37_3, pre_definition_1_37_4, pre_definition_1_37_5, pre_definition_1_37_6,
  pre_definition_1_37_7, pre_definition_1_38_0, pre_definition_1_38_1, pre_definition_1_38_2, pre_definition_1_38_3, pre_definition_1_38_4, pre_definition_1_38_5, pre_definition_1_38_6,
  pre_definition_1_38_7, pre_definition_1_39_0, pre_definition_1_39_1, pre_definition_1_39_2, pre_definition_1_39_3, pre_definition_1_39_4, pre_definition_1_39_5, pre_definition_1_39_6,
  pre_definition_1_39_7, pre_definition_1_40_0, pre_definition_1_40_1, pre_definition_1_40_2, pre_definition_1_40_3, pre_definition_1_40_4, pre_definition_1_40_5, pre_definition_1_40_6,
  pre_definition_1_40_7, pre_definition_1_41_0, pre_definition_1_41_1, pre_definition_1_41_2, pre_definition_1_41_3, pre_definition_1_41_4, pre_definition_1_41_5, pre_definition_1_41_6,
  pre_definition_1_41_7, pre_definition_1_42_0, pre_definition_1_42_1, pre_definition_1_42_2, pre_definition_1_42_3, pre_definition_1_42_4, pre_definition_1_42_5, pre_definition_1_42_6,
  pre_definition_1_42_7, pre_definition_1_43_0, pre_definition_1_43_1, pre_definition_1_43_2, pre_definition_1_43_3, pre_definition_1_43_4, pre_definition_1_43_5, pre_definition_1_43_6,
  pre_definition_1_43_7, pre_definition_1_44_0, pre_definition_1_44_1, pre_definition_1_44_2, pre_definition_1_44_3, pre_definition_1_44_4, pre_definition_1_44_5, pre_definition_1_44_6,
  pre_definition_1_44_7, pre_definition_1_45_0, pre_definition_1_45_1, pre_definition_1_45_2, pre_definition_1_45_3, pre_definition_1_45_4, pre_definition_1_45_5, pre_definition_1_45_6,
  pre_definition_1_45_7, pre_definition_1_46_0, pre_definition_1_46_1, pre_definition_1_46_2, pre_definition_1_46_3, pre_definition_1_46_4, pre_definition_1_46_5, pre_definition_1_46_6,
  pre_definition_1_46_7, pre_definition_1_47_0, pre_definition_1_47_1, pre_definition_1_47_2, pre_definition_1_47_3, pre_definition_1_47_4, pre_definition_1_47_5, pre_definition_1_47_6,
  pre_definition_1_47_7, pre_definition_1_48_0, pre_definition_1_48_1, pre_definition_1_48_2, pre_definition_1_48_3, pre_definition_1_48_4, pre_definition_1_48_5, pre_definition_1_48_6,
  pre_definition_1_48_7, pre_definition_1_49_0, pre_definition_1_49_1, pre_definition_1_49_2, pre_definition_1_49_3, pre_definition_1_49_4, pre_definition_1_49_5, pre_definition_1_49_6,
  pre_definition_1_49_7, pre_definition_1_50_0, pre_definition_1_50_1, pre_definition_1_50_2, pre_definition_1_50_3, pre_definition_1_50_4, pre_definition_1_50_5, pre_definition_1_50_6,
  pre_definition_1_50_7, pre_definition_1_51_0, pre_definition_1_51_1, pre_definition_1_51_2, pre_definition_1_51_3, pre_definition_1_51_4, pre_definition_1_51_5, pre_definition_1_51_6,
  pre_definition_1_51_7, pre_definition_1_52_0, pre_definition_1_52_1, pre_definition_1_52_2, pre_definition_1_52_3, pre_definition_1_52_4, pre_definition_1_52_5, pre_definition_1_52_6,
  pre_definition_1_52_7, pre_definition_1_53_0, pre_definition_1_53_1, pre_definition_1_53_2, pre_definition_1_53_3, pre_definition_1_53_4, pre_definition_1_53_5, pre_definition_1_53_6,
  pre_definition_1_53_7, pre_definition_1_54_0, pre_definition_1_54_1, pre_definition_1_54_2, pre_definition_1_54_3, pre_definition_1_54_4, pre_definition_1_54_5, pre_definition_1_54_6,
  pre_definition_1_54_7, pre_definition_1_55_0, pre_definition_1_55_1, pre_definition_1_55_2, pre_definition_1_55_3, pre_definition_1_55_4, pre_definition_1_55_5, pre_definition_1_55_6,
  pre_definition_1_55_7, pre_definition_1_56_0, pre_definition_1_56_1, pre_definition_1_56_2, pre_definition_1_56_3, pre_definition_1_56_4, pre_definition_1_56_5, pre_definition_1_56_6,
  pre_definition_1_56_7, pre_definition_1_57_0, pre_definition_1_57_1, pre_definition_1_57_2, pre_definition_1_57_3, pre_definition_1_57_4, pre_definition_1_57_5, pre_definition_1_57_6,
  pre_definition_1_57_7, pre_definition_1_58_0, pre_definition_1_58_1, pre_definition_1_58_2, pre_definition_1_58_3, pre_definition_1_58_4, pre_definition_1_58_5, pre_definition_1_58_6,
  pre_definition_1_58_7, pre_definition_1_59_0, pre_definition_1_59_1, pre_definition_1_59_2, pre_definition_1_59_3, pre_definition_1_59_4, pre_definition_1_59_5, pre_definition_1_59_6,
  pre_definition_1_59_7, pre_definition_1_60_0, pre_definition_1_60_1, pre_definition_1_60_2, pre_definition_1_60_3, pre_definition_1_60_4, pre_definition_1_60_5, pre_definition_1_60_6,
  pre_definition_1_60_7, pre_definition_1_61_0, pre_definition_1_61_1, pre_definition_1_61_2, pre_definition_1_61_3, pre_definition_1_61_4, pre_definition_1_61_5, pre_definition_1_61_6,
  pre_definition_1_61_7, pre_definition_1_62_0, pre_definition_1_62_1, pre_definition_1_62_2, pre_definition_1_62_3, pre_definition_1_62_4, pre_definition_1_62_5, pre_definition_1_62_6,
  pre_definition_1_62_7, pre_definition_1_63_0, pre_definition_1_63_1, pre_definition_1_63_2, pre_definition_1_63_3, pre_definition_1_63_4, pre_definition_1_63_5, pre_definition_1_63_6,
  pre_definition_1_63_7, pre_definition_1_64_0, pre_definition_1_64_1, pre_definition_1_64_2, pre_definition_1_64_3, pre_definition_1_64_4, pre_definition_1_64_5, pre_definition_1_64_6,
  pre_definition_1_64_7, pre_definition_1_65_0, pre_definition_1_65_1, pre_definition_1_65_2, pre_definition_1_65_3, pre_definition_1_65_4, pre_definition_1_65_5, pre_definition_1_65_6,
  pre_definition_1_65_7, pre_definition_1_66_0, pre_definition_1_66_1, pre_definition_1_66_2, pre_definition_1_66_3, pre_definition_1_66_4, pre_definition_1_66_5, pre_definition_1_66_6,
  pre_definition_1_66_7, pre_definition_1_67_0, pre_definition_1_67_1, pre_definition_1_67_2, pre_definition_1_67_3, pre_definition_1_67_4, pre_definition_1_67_5, pre_definition_1_67_6,
  pre_definition_1_67_7, pre_definition_1_68_0, pre_definition_1_68_1, pre_definition_1_68_2, pre_definition_1_68_3, pre_definition_1_68_4, pre_definition_1_68_5, pre_definition_1_68_6,
  pre_definition_1_68_7, pre_definition_1_69_0, pre_definition_1_69_1, pre_definition_1_69_2, pre_definition_1_69_3, pre_definition_1_69_4, pre_definition_1_69_5, pre_definition_1_69_6,
  pre_definition_1_69_7, pre_definition_1_70_0, pre_definition_1_70_1, pre_definition_1_70_2, pre_definition_1_70_3, pre_definition_1_70_4, pre_definition_1_70_5, pre_definition_1_70_6,
  pre_definition_1_70_7, pre_definition_1_71_0, pre_definition_1_71_1, pre_definition_1_71_2, pre_definition_1_71_3, pre_definition_1_71_4, pre_definition_1_71_5, pre_definition_1_71_6,
  pre_definition_1_71_7, pre_definition_1_72_0, pre_definition_1_72_1, pre_definition_1_72_2, pre_definition_1_72_3, pre_definition_1_72_4, pre_definition_1_72_5, pre_definition_1_72_6,
  pre_definition_1_72_7, pre_definition_1_73_0, pre_definition_1_73_1, pre_definition_1_73_2, pre_definition_1_73_3, pre_definition_1_73_4, pre_definition_1_73_5, pre_definition_1_73_6,
  pre_definition_1_73_7, pre_definition_1_74_0, pre_definition_1_74_1, pre_definition_1_74_2, pre_definition_1_74_3, pre_definition_1_74_4, pre_definition_1_74_5, pre_definition_1_74_6,
  pre_definition_1_74_7, pre_definition_1_75_0, pre_definition_1_75_1, pre_definition_1_75_2, pre_definition_1_75_3, pre_definition_1_75_4, pre_definition_1_75_5, pre_definition_1_75_6,
  pre_definition_1_75_7, pre_definition_1_76_0, pre_definition_1_76_1, pre_definition_1_76_2, pre_definition_1_76_3, pre_definition_1_76_4, pre_definition_1_76_5, pre_definition_1_76_6,
  pre_definition_1_76_7, pre_definition_1_77_0, pre_definition_1_77_1, pre_definition_1_77_2, pre_definition_1_77_3, pre_definition_1_77_4, pre_definition_1_77_5, pre_definition_1_77_6,
  pre_definition_1_77_7, pre_definition_1_78_0, pre_definition_1_78_1, pre_definition_1_78_2, pre_definition_1_78_3, pre_definition_1_78_4, pre_definition_1_78_5, pre_definition_1_78_6,
  pre_definition_1_78_7, pre_definition_1_79_0, pre_definition_1_79_1, pre_definition_1_79_2, pre_definition_1_79_3, pre_definition_1_79_4, pre_definition_1_79_5, pre_definition_1_79_6,
  pre_definition_1_79_7, pre_definition_1_80_0, pre_definition_1_80_1, pre_definition_1_80_2, pre_definition_1_80_3, pre_definition_1_80_4, pre_definition_1_80_5, pre_definition_1_80_6,
  pre_definition_1_80_7, pre_definition_1_81_0, pre_definition_1_81_1, pre_definition_1_81_2, pre_definition_1_81_3, pre_definition_1_81_4, pre_definition_1_81_5, pre_definition_1_81_6,
  pre_definition_1_81_7, pre_definition_1_82_0, pre_definition_1_82_1, pre_definition_1_82_2, pre_definition_1_82_3, pre_definition_1_82_4, pre_definition_1_82_5, pre_definition_1_82_6,
  pre_definition_1_82_7, pre_definition_1_83_0, pre_definition_1_83_1, pre_definition_1_83_2, pre_definition_1_83_3, pre_definition_1_83_4, pre_definition_1_83_5, pre_definition_1_83_6,
  pre_definition_1_83_7, pre_definition_1_84_0, pre_definition_1_84_1, pre_definition_1_84_2, pre_definition_1_84_3, pre_definition_1_84_4, pre_definition_1_84_5, pre_definition_1_84_6,
  pre_definition_1_84_7, pre_definition_1_85_0, pre_definition_1_85_1, pre_definition_1_85_2, pre_definition_1_85_3, pre_definition_1_85_4, pre_definition_1_85_5, pre_definition_1_85_6,
  pre_definition_1_85_7, pre_definition_1_86_0, pre_definition_1_86_1, pre_definition_1_86_2, pre_definition_1_86_3, pre_definition_1_86_4, pre_definition_1_86_5, pre_definition_1_86_6,
  pre_definition_1_86_7, pre_definition_1_87_0, pre_definition_1_87_1, pre_definition_1_87_2, pre_definition_1_87_3, pre_definition_1_87_4, pre_definition_1_87_5, pre_definition_1_87_6,
  pre_definition_1_87_7, pre_definition_1_88_0, pre_definition_1_88_1, pre_definition_1_88_2, pre_definition_1_88_3, pre_definition_1_88_4, pre_definition_1_88_5, pre_definition_1_88_6,
  pre_definition_1_88_7, pre_definition_1_89_0, pre_definition_1_89_1, pre_definition_1_89_2, pre_definition_1_89_3, pre_definition_1_89_4, pre_definition_1_89_5, pre_definition_1_89_6,
  pre_definition_1_89_7, pre_definition_1_90_0, pre_definition_1_90_1, pre_definition_1_90_2, pre_definition_1_90_3, pre_definition_1_90_4, pre_definition_1_90_5, pre_definition_1_90_6,
  pre_definition_1_90_7, out_definition_0_0, out_definition_0_1, out_definition_1_0, out_definition_1_1, out_definition_2_0, out_definition_2_1, out_definition_3_0,
  out_definition_3_1, out_definition_4_0, out_definition_4_1, out_definition_5_0, out_definition_5_1, out_definition_6_0, out_definition_6_1, out_definition_7_0,
  out_definition_7_1, out_definition_8_0, out_definition_8_1, out_definition_9_0, out_definition_9_1, out_definition_10_0, out_definition_10_1, out_definition_11_0,
  out_definition_11_1, out_definition_12_0, out_definition_12_1, out_definition_13_0, out_definition_13_1, out_definition_14_0, out_definition_14_1, out_definition_15_0,
  out_definition_15_1, out_definition_16_0, out_definition_16_1, out_definition_17_0, out_definition_17_1, out_definition_18_0, out_definition_18_1, out_definition_19_0,
  out_definition_19_1, out_definition_20_0, out_definition_20_1, out_definition_21_0, out_definition_21_1, out_definition_22_0, out_definition_22_1, out_definition_23_0,
  out_definition_23_1, out_definition_24_0, out_definition_24_1, out_definition_25_0, out_definition_25_1, out_definition_26_0, out_definition_26_1, out_definition_27_0,
  out_definition_27_1, out_definition_28_0, out_definition_28_1, out_definition_29_0, out_definition_29_1, out_definition_30_0, out_definition_30_1, out_definition_31_0,
  out_definition_31_1, out_definition_32_0, out_definition_32_1, out_definition_33_0, out_definition_33_1, out_definition_34_0, out_definition_34_1, out_definition_35_0,
  out_definition_35_1, out_definition_36_0, out_definition_36_1, out_definition_37_0, out_definition_37_1, out_definition_38_0, out_definition_38_1, out_definition_39_0,
  out_definition_39_1, out_definition_40_0, out_definition_40_1, out_definition_41_0, out_definition_41_1, out_definition_42_0, out_definition_42_1, out_definition_43_0,
  out_definition_43_1, out_definition_44_0, out_definition_44_1, out_definition_45_0, out_definition_45_1, out_definition_46_0, out_definition_46_1, out_definition_47_0,
  out_definition_47_1, out_definition_48_0, out_definition_48_1, out_definition_49_0, out_definition_49_1, out_definition_50_0, out_definition_50_1, out_definition_51_0,
  out_definition_51_1, out_definition_52_0, out_definition_52_1, out_definition_53_0, out_definition_53_1, out_definition_54_0, out_definition_54_1, out_definition_55_0,
  out_definition_55_1, out_definition_56_0, out_definition_56_1, out_definition_57_0, out_definition_57_1, out_definition_58_0, out_definition_58_1, out_definition_59_0,
  out_definition_59_1, out_definition_60_0, out_definition_60_1, out_definition_61_0, out_definition_61_1, out_definition_62_0, out_definition_62_1, out_definition_63_0,
  out_definition_63_1, out_definition_64_0, out_definition_64_1, out_definition_65_0, out_definition_65_1, out_definition_66_0, out_definition_66_1, out_definition_67_0,
  out_definition_67_1, out_definition_68_0, out_definition_68_1, out_definition_69_0, out_definition_69_1, out_definition_70_0, out_definition_70_1, out_definition_71_0,
  out_definition_71_1, out_definition_72_0, out_definition_72_1, out_definition_73_0, out_definition_73_1, out_definition_74_0, out_definition_74_1, out_definition_75_0,
  out_definition_75_1, out_definition_76_0, out_definition_76_1, out_definition_77_0, out_definition_77_1, out_definition_78_0, out_definition_78_1, out_definition_79_0,
  out_definition_79_1, out_definition_80_0, out_definition_80_1, out_definition_81_0, out_definition_81_1, out_definition_82_0, out_definition_82_1, out_definition_83_0,
  out_definition_83_1, out_definition_84_0, out_definition_84_1, out_definition_85_0, out_definition_85_1, out_definition_86_0, out_definition_86_1, out_definition_87_0,
  out_definition_87_1, out_definition_88_0, out_definition_88_1, out_definition_89_0, out_definition_89_1, out_definition_90_0, out_definition_90_1, relu_1_0_0_above_pre,
  relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e913_, e914_, e915_, e916_, e917_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor,
  e920_, e921_, e922_, e923_, e924_, relu_1_0_2_above_pre, relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor, e927_,
  e928_, e929_, e930_, e931_, relu_1_0_3_above_pre, relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor, e934_, e935_,
  e936_, e937_, e938_, relu_1_0_4_above_pre, relu_1_0_4__pyomo_gdp_bigm_reformulation_either_xor, e941_, e942_, e943_,
  e944_, e945_, relu_1_0_5_above_pre, relu_1_0_5__pyomo_gdp_bigm_reformulation_either_xor, e948_, e949_, e950_, e951_,
  e952_, relu_1_0_6_above_pre, relu_1_0_6__pyomo_gdp_bigm_reformulation_either_xor, e955_, e956_, e957_, e958_, e959_,
  relu_1_0_7_above_pre, relu_1_0_7__pyomo_gdp_bigm_reformulation_either_xor, e962_, e963_, e964_, e965_, e966_, relu_1_1_0_above_pre,
  relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e969_, e970_, e971_, e972_, e973_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e976_, e977_, e978_, e979_, e980_, relu_1_1_2_above_pre, relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor, e983_,
  e984_, e985_, e986_, e987_, relu_1_1_3_above_pre, relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor, e990_, e991_,
  e992_, e993_, e994_, relu_1_1_4_above_pre, relu_1_1_4__pyomo_gdp_bigm_reformulation_either_xor, e997_, e998_, e999_,
  e1000_, e1001_, relu_1_1_5_above_pre, relu_1_1_5__pyomo_gdp_bigm_reformulation_either_xor, e1004_, e1005_, e1006_, e1007_,
  e1008_, relu_1_1_6_above_pre, relu_1_1_6__pyomo_gdp_bigm_reformulation_either_xor, e1011_, e1012_, e1013_, e1014_, e1015_,
  relu_1_1_7_above_pre, relu_1_1_7__pyomo_gdp_bigm_reformulation_either_xor, e1018_, e1019_, e1020_, e1021_, e1022_, relu_1_2_0_above_pre,
  relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e1025_, e1026_, e1027_, e1028_, e1029_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1032_, e1033_, e1034_, e1035_, e1036_, relu_1_2_2_above_pre, relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor, e1039_,
  e1040_, e1041_, e1042_, e1043_, relu_1_2_3_above_pre, relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor, e1046_, e1047_,
  e1048_, e1049_, e1050_, relu_1_2_4_above_pre, relu_1_2_4__pyomo_gdp_bigm_reformulation_either_xor, e1053_, e1054_, e1055_,
  e1056_, e1057_, relu_1_2_5_above_pre, relu_1_2_5__pyomo_gdp_bigm_reformulation_either_xor, e1060_, e1061_, e1062_, e1063_,
  e1064_, relu_1_2_6_above_pre, relu_1_2_6__pyomo_gdp_bigm_reformulation_either_xor, e1067_, e1068_, e1069_, e1070_, e1071_,
  relu_1_2_7_above_pre, relu_1_2_7__pyomo_gdp_bigm_reformulation_either_xor, e1074_, e1075_, e1076_, e1077_, e1078_, relu_1_3_0_above_pre,
  relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e1081_, e1082_, e1083_, e1084_, e1085_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1088_, e1089_, e1090_, e1091_, e1092_, relu_1_3_2_above_pre, relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor, e1095_,
  e1096_, e1097_, e1098_, e1099_, relu_1_3_3_above_pre, relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor, e1102_, e1103_,
  e1104_, e1105_, e1106_, relu_1_3_4_above_pre, relu_1_3_4__pyomo_gdp_bigm_reformulation_either_xor, e1109_, e1110_, e1111_,
  e1112_, e1113_, relu_1_3_5_above_pre, relu_1_3_5__pyomo_gdp_bigm_reformulation_either_xor, e1116_, e1117_, e1118_, e1119_,
  e1120_, relu_1_3_6_above_pre, relu_1_3_6__pyomo_gdp_bigm_reformulation_either_xor, e1123_, e1124_, e1125_, e1126_, e1127_,
  relu_1_3_7_above_pre, relu_1_3_7__pyomo_gdp_bigm_reformulation_either_xor, e1130_, e1131_, e1132_, e1133_, e1134_, relu_1_4_0_above_pre,
  relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e1137_, e1138_, e1139_, e1140_, e1141_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1144_, e1145_, e1146_, e1147_, e1148_, relu_1_4_2_above_pre, relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor, e1151_,
  e1152_, e1153_, e1154_, e1155_, relu_1_4_3_above_pre, relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor, e1158_, e1159_,
  e1160_, e1161_, e1162_, relu_1_4_4_above_pre, relu_1_4_4__pyomo_gdp_bigm_reformulation_either_xor, e1165_, e1166_, e1167_,
  e1168_, e1169_, relu_1_4_5_above_pre, relu_1_4_5__pyomo_gdp_bigm_reformulation_either_xor, e1172_, e1173_, e1174_, e1175_,
  e1176_, relu_1_4_6_above_pre, relu_1_4_6__pyomo_gdp_bigm_reformulation_either_xor, e1179_, e1180_, e1181_, e1182_, e1183_,
  relu_1_4_7_above_pre, relu_1_4_7__pyomo_gdp_bigm_reformulation_either_xor, e1186_, e1187_, e1188_, e1189_, e1190_, relu_1_5_0_above_pre,
  relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e1193_, e1194_, e1195_, e1196_, e1197_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1200_, e1201_, e1202_, e1203_, e1204_, relu_1_5_2_above_pre, relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor, e1207_,
  e1208_, e1209_, e1210_, e1211_, relu_1_5_3_above_pre, relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor, e1214_, e1215_,
  e1216_, e1217_, e1218_, relu_1_5_4_above_pre, relu_1_5_4__pyomo_gdp_bigm_reformulation_either_xor, e1221_, e1222_, e1223_,
  e1224_, e1225_, relu_1_5_5_above_pre, relu_1_5_5__pyomo_gdp_bigm_reformulation_either_xor, e1228_, e1229_, e1230_, e1231_,
  e1232_, relu_1_5_6_above_pre, relu_1_5_6__pyomo_gdp_bigm_reformulation_either_xor, e1235_, e1236_, e1237_, e1238_, e1239_,
  relu_1_5_7_above_pre, relu_1_5_7__pyomo_gdp_bigm_reformulation_either_xor, e1242_, e1243_, e1244_, e1245_, e1246_, relu_1_6_0_above_pre,
  relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e1249_, e1250_, e1251_, e1252_, e1253_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1256_, e1257_, e1258_, e1259_, e1260_, relu_1_6_2_above_pre, relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor, e1263_,
  e1264_, e1265_, e1266_, e1267_, relu_1_6_3_above_pre, relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor, e1270_, e1271_,
  e1272_, e1273_, e1274_, relu_1_6_4_above_pre, relu_1_6_4__pyomo_gdp_bigm_reformulation_either_xor, e1277_, e1278_, e1279_,
  e1280_, e1281_, relu_1_6_5_above_pre, relu_1_6_5__pyomo_gdp_bigm_reformulation_either_xor, e1284_, e1285_, e1286_, e1287_,
  e1288_, relu_1_6_6_above_pre, relu_1_6_6__pyomo_gdp_bigm_reformulation_either_xor, e1291_, e1292_, e1293_, e1294_, e1295_,
  relu_1_6_7_above_pre, relu_1_6_7__pyomo_gdp_bigm_reformulation_either_xor, e1298_, e1299_, e1300_, e1301_, e1302_, relu_1_7_0_above_pre,
  relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e1305_, e1306_, e1307_, e1308_, e1309_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1312_, e1313_, e1314_, e1315_, e1316_, relu_1_7_2_above_pre, relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor, e1319_,
  e1320_, e1321_, e1322_, e1323_, relu_1_7_3_above_pre, relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor, e1326_, e1327_,
  e1328_, e1329_, e1330_, relu_1_7_4_above_pre, relu_1_7_4__pyomo_gdp_bigm_reformulation_either_xor, e1333_, e1334_, e1335_,
  e1336_, e1337_, relu_1_7_5_above_pre, relu_1_7_5__pyomo_gdp_bigm_reformulation_either_xor, e1340_, e1341_, e1342_, e1343_,
  e1344_, relu_1_7_6_above_pre, relu_1_7_6__pyomo_gdp_bigm_reformulation_either_xor, e1347_, e1348_, e1349_, e1350_, e1351_,
  relu_1_7_7_above_pre, relu_1_7_7__pyomo_gdp_bigm_reformulation_either_xor, e1354_, e1355_, e1356_, e1357_, e1358_, relu_1_8_0_above_pre,
  relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e1361_, e1362_, e1363_, e1364_, e1365_, relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1368_, e1369_, e1370_, e1371_, e1372_, relu_1_8_2_above_pre, relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor, e1375_,
  e1376_, e1377_, e1378_, e1379_, relu_1_8_3_above_pre, relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor, e1382_, e1383_,
  e1384_, e1385_, e1386_, relu_1_8_4_above_pre, relu_1_8_4__pyomo_gdp_bigm_reformulation_either_xor, e1389_, e1390_, e1391_,
  e1392_, e1393_, relu_1_8_5_above_pre, relu_1_8_5__pyomo_gdp_bigm_reformulation_either_xor, e1396_, e1397_, e1398_, e1399_,
  e1400_, relu_1_8_6_above_pre, relu_1_8_6__pyomo_gdp_bigm_reformulation_either_xor, e1403_, e1404_, e1405_, e1406_, e1407_,
  relu_1_8_7_above_pre, relu_1_8_7__pyomo_gdp_bigm_reformulation_either_xor, e1410_, e1411_, e1412_, e1413_, e1414_, relu_1_9_0_above_pre,
  relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e1417_, e1418_, e1419_, e1420_, e1421_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1424_, e1425_, e1426_, e1427_, e1428_, relu_1_9_2_above_pre, relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor, e1431_,
  e1432_, e1433_, e1434_, e1435_, relu_1_9_3_above_pre, relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor, e1438_, e1439_,
  e1440_, e1441_, e1442_, relu_1_9_4_above_pre, relu_1_9_4__pyomo_gdp_bigm_reformulation_either_xor, e1445_, e1446_, e1447_,
  e1448_, e1449_, relu_1_9_5_above_pre, relu_1_9_5__pyomo_gdp_bigm_reformulation_either_xor, e1452_, e1453_, e1454_, e1455_,
  e1456_, relu_1_9_6_above_pre, relu_1_9_6__pyomo_gdp_bigm_reformulation_either_xor, e1459_, e1460_, e1461_, e1462_, e1463_,
  relu_1_9_7_above_pre, relu_1_9_7__pyomo_gdp_bigm_reformulation_either_xor, e1466_, e1467_, e1468_, e1469_, e1470_, relu_1_10_0_above_pre,
  relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e1473_, e1474_, e1475_, e1476_, e1477_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1480_, e1481_, e1482_, e1483_, e1484_, relu_1_10_2_above_pre, relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor, e1487_,
  e1488_, e1489_, e1490_, e1491_, relu_1_10_3_above_pre, relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor, e1494_, e1495_,
  e1496_, e1497_, e1498_, relu_1_10_4_above_pre, relu_1_10_4__pyomo_gdp_bigm_reformulation_either_xor, e1501_, e1502_, e1503_,
  e1504_, e1505_, relu_1_10_5_above_pre, relu_1_10_5__pyomo_gdp_bigm_reformulation_either_xor, e1508_, e1509_, e1510_, e1511_,
  e1512_, relu_1_10_6_above_pre, relu_1_10_6__pyomo_gdp_bigm_reformulation_either_xor, e1515_, e1516_, e1517_, e1518_, e1519_,
  relu_1_10_7_above_pre, relu_1_10_7__pyomo_gdp_bigm_reformulation_either_xor, e1522_, e1523_, e1524_, e1525_, e1526_, relu_1_11_0_above_pre,
  relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e1529_, e1530_, e1531_, e1532_, e1533_, relu_1_11_1_above_pre, relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1536_, e1537_, e1538_, e1539_, e1540_, relu_1_11_2_above_pre, relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor, e1543_,
  e1544_, e1545_, e1546_, e1547_, relu_1_11_3_above_pre, relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor, e1550_, e1551_,
  e1552_, e1553_, e1554_, relu_1_11_4_above_pre, relu_1_11_4__pyomo_gdp_bigm_reformulation_either_xor, e1557_, e1558_, e1559_,
  e1560_, e1561_, relu_1_11_5_above_pre, relu_1_11_5__pyomo_gdp_bigm_reformulation_either_xor, e1564_, e1565_, e1566_, e1567_,
  e1568_, relu_1_11_6_above_pre, relu_1_11_6__pyomo_gdp_bigm_reformulation_either_xor, e1571_, e1572_, e1573_, e1574_, e1575_,
  relu_1_11_7_above_pre, relu_1_11_7__pyomo_gdp_bigm_reformulation_either_xor, e1578_, e1579_, e1580_, e1581_, e1582_, relu_1_12_0_above_pre,
  relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e1585_, e1586_, e1587_, e1588_, e1589_, relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1592_, e1593_, e1594_, e1595_, e1596_, relu_1_12_2_above_pre, relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor, e1599_,
  e1600_, e1601_, e1602_, e1603_, relu_1_12_3_above_pre, relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor, e1606_, e1607_,
  e1608_, e1609_, e1610_, relu_1_12_4_above_pre, relu_1_12_4__pyomo_gdp_bigm_reformulation_either_xor, e1613_, e1614_, e1615_,
  e1616_, e1617_, relu_1_12_5_above_pre, relu_1_12_5__pyomo_gdp_bigm_reformulation_either_xor, e1620_, e1621_, e1622_, e1623_,
  e1624_, relu_1_12_6_above_pre, relu_1_12_6__pyomo_gdp_bigm_reformulation_either_xor, e1627_, e1628_, e1629_, e1630_, e1631_,
  relu_1_12_7_above_pre, relu_1_12_7__pyomo_gdp_bigm_reformulation_either_xor, e1634_, e1635_, e1636_, e1637_, e1638_, relu_1_13_0_above_pre,
  relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e1641_, e1642_, e1643_, e1644_, e1645_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1648_, e1649_, e1650_, e1651_, e1652_, relu_1_13_2_above_pre, relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor, e1655_,
  e1656_, e1657_, e1658_, e1659_, relu_1_13_3_above_pre, relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor, e1662_, e1663_,
  e1664_, e1665_, e1666_, relu_1_13_4_above_pre, relu_1_13_4__pyomo_gdp_bigm_reformulation_either_xor, e1669_, e1670_, e1671_,
  e1672_, e1673_, relu_1_13_5_above_pre, relu_1_13_5__pyomo_gdp_bigm_reformulation_either_xor, e1676_, e1677_, e1678_, e1679_,
  e1680_, relu_1_13_6_above_pre, relu_1_13_6__pyomo_gdp_bigm_reformulation_either_xor, e1683_, e1684_, e1685_, e1686_, e1687_,
  relu_1_13_7_above_pre, relu_1_13_7__pyomo_gdp_bigm_reformulation_either_xor, e1690_, e1691_, e1692_, e1693_, e1694_, relu_1_14_0_above_pre,
  relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e1697_, e1698_, e1699_, e1700_, e1701_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1704_, e1705_, e1706_, e1707_, e1708_, relu_1_14_2_above_pre, relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor, e1711_,
  e1712_, e1713_, e1714_, e1715_, relu_1_14_3_above_pre, relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor, e1718_, e1719_,
  e1720_, e1721_, e1722_, relu_1_14_4_above_pre, relu_1_14_4__pyomo_gdp_bigm_reformulation_either_xor, e1725_, e1726_, e1727_,
  e1728_, e1729_, relu_1_14_5_above_pre, relu_1_14_5__pyomo_gdp_bigm_reformulation_either_xor, e1732_, e1733_, e1734_, e1735_,
  e1736_, relu_1_14_6_above_pre, relu_1_14_6__pyomo_gdp_bigm_reformulation_either_xor, e1739_, e1740_, e1741_, e1742_, e1743_,
  relu_1_14_7_above_pre, relu_1_14_7__pyomo_gdp_bigm_reformulation_either_xor, e1746_, e1747_, e1748_, e1749_, e1750_, relu_1_15_0_above_pre,
  relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e1753_, e1754_, e1755_, e1756_, e1757_, relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1760_, e1761_, e1762_, e1763_, e1764_, relu_1_15_2_above_pre, relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor, e1767_,
  e1768_, e1769_, e1770_, e1771_, relu_1_15_3_above_pre, relu_1_15_3__pyomo_gdp_bigm_reformulation_either_xor, e1774_, e1775_,
  e1776_, e1777_, e1778_, relu_1_15_4_above_pre, relu_1_15_4__pyomo_gdp_bigm_reformulation_either_xor, e1781_, e1782_, e1783_,
  e1784_, e1785_, relu_1_15_5_above_pre, relu_1_15_5__pyomo_gdp_bigm_reformulation_either_xor, e1788_, e1789_, e1790_, e1791_,
  e1792_, relu_1_15_6_above_pre, relu_1_15_6__pyomo_gdp_bigm_reformulation_either_xor, e1795_, e1796_, e1797_, e1798_, e1799_,
  relu_1_15_7_above_pre, relu_1_15_7__pyomo_gdp_bigm_reformulation_either_xor, e1802_, e1803_, e1804_, e1805_, e1806_, relu_1_16_0_above_pre,
  relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor, e1809_, e1810_, e1811_, e1812_, e1813_, relu_1_16_1_above_pre, relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1816_, e1817_, e1818_, e1819_, e1820_, relu_1_16_2_above_pre, relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor, e1823_,
  e1824_, e1825_, e1826_, e1827_, relu_1_16_3_above_pre, relu_1_16_3__pyomo_gdp_bigm_reformulation_either_xor, e1830_, e1831_,
  e1832_, e1833_, e1834_, relu_1_16_4_above_pre, relu_1_16_4__pyomo_gdp_bigm_reformulation_either_xor, e1837_, e1838_, e1839_,
  e1840_, e1841_, relu_1_16_5_above_pre, relu_1_16_5__pyomo_gdp_bigm_reformulation_either_xor, e1844_, e1845_, e1846_, e1847_,
  e1848_, relu_1_16_6_above_pre, relu_1_16_6__pyomo_gdp_bigm_reformulation_either_xor, e1851_, e1852_, e1853_, e1854_, e1855_,
  relu_1_16_7_above_pre, relu_1_16_7__pyomo_gdp_bigm_reformulation_either_xor, e1858_, e1859_, e1860_, e1861_, e1862_, relu_1_17_0_above_pre,
  relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor, e1865_, e1866_, e1867_, e1868_, e1869_, relu_1_17_1_above_pre, relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1872_, e1873_, e1874_, e1875_, e1876_, relu_1_17_2_above_pre, relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor, e1879_,
  e1880_, e1881_, e1882_, e1883_, relu_1_17_3_above_pre, relu_1_17_3__pyomo_gdp_bigm_reformulation_either_xor, e1886_, e1887_,
  e1888_, e1889_, e1890_, relu_1_17_4_above_pre, relu_1_17_4__pyomo_gdp_bigm_reformulation_either_xor, e1893_, e1894_, e1895_,
  e1896_, e1897_, relu_1_17_5_above_pre, relu_1_17_5__pyomo_gdp_bigm_reformulation_either_xor, e1900_, e1901_, e1902_, e1903_,
  e1904_, relu_1_17_6_above_pre, relu_1_17_6__pyomo_gdp_bigm_reformulation_either_xor, e1907_, e1908_, e1909_, e1910_, e1911_,
  relu_1_17_7_above_pre, relu_1_17_7__pyomo_gdp_bigm_reformulation_either_xor, e1914_, e1915_, e1916_, e1917_, e1918_, relu_1_18_0_above_pre,
  relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor, e1921_, e1922_, e1923_, e1924_, e1925_, relu_1_18_1_above_pre, relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1928_, e1929_, e1930_, e1931_, e1932_, relu_1_18_2_above_pre, relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor, e1935_,
  e1936_, e1937_, e1938_, e1939_, relu_1_18_3_above_pre, relu_1_18_3__pyomo_gdp_bigm_reformulation_either_xor, e1942_, e1943_,
  e1944_, e1945_, e1946_, relu_1_18_4_above_pre, relu_1_18_4__pyomo_gdp_bigm_reformulation_either_xor, e1949_, e1950_, e1951_,
  e1952_, e1953_, relu_1_18_5_above_pre, relu_1_18_5__pyomo_gdp_bigm_reformulation_either_xor, e1956_, e1957_, e1958_, e1959_,
  e1960_, relu_1_18_6_above_pre, relu_1_18_6__pyomo_gdp_bigm_reformulation_either_xor, e1963_, e1964_, e1965_, e1966_, e1967_,
  relu_1_18_7_above_pre, relu_1_18_7__pyomo_gdp_bigm_reformulation_either_xor, e1970_, e1971_, e1972_, e1973_, e1974_, relu_1_19_0_above_pre,
  relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor, e1977_, e1978_, e1979_, e1980_, e1981_, relu_1_19_1_above_pre, relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1984_, e1985_, e1986_, e1987_, e1988_, relu_1_19_2_above_pre, relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor, e1991_,
  e1992_, e1993_, e1994_, e1995_, relu_1_19_3_above_pre, relu_1_19_3__pyomo_gdp_bigm_reformulation_either_xor, e1998_, e1999_,
  e2000_, e2001_, e2002_, relu_1_19_4_above_pre, relu_1_19_4__pyomo_gdp_bigm_reformulation_either_xor, e2005_, e2006_, e2007_,
  e2008_, e2009_, relu_1_19_5_above_pre, relu_1_19_5__pyomo_gdp_bigm_reformulation_either_xor, e2012_, e2013_, e2014_, e2015_,
  e2016_, relu_1_19_6_above_pre, relu_1_19_6__pyomo_gdp_bigm_reformulation_either_xor, e2019_, e2020_, e2021_, e2022_, e2023_,
  relu_1_19_7_above_pre, relu_1_19_7__pyomo_gdp_bigm_reformulation_either_xor, e2026_, e2027_, e2028_, e2029_, e2030_, relu_1_20_0_above_pre,
  relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor, e2033_, e2034_, e2035_, e2036_, e2037_, relu_1_20_1_above_pre, relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2040_, e2041_, e2042_, e2043_, e2044_, relu_1_20_2_above_pre, relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor, e2047_,
  e2048_, e2049_, e2050_, e2051_, relu_1_20_3_above_pre, relu_1_20_3__pyomo_gdp_bigm_reformulation_either_xor, e2054_, e2055_,
  e2056_, e2057_, e2058_, relu_1_20_4_above_pre, relu_1_20_4__pyomo_gdp_bigm_reformulation_either_xor, e2061_, e2062_, e2063_,
  e2064_, e2065_, relu_1_20_5_above_pre, relu_1_20_5__pyomo_gdp_bigm_reformulation_either_xor, e2068_, e2069_, e2070_, e2071_,
  e2072_, relu_1_20_6_above_pre, relu_1_20_6__pyomo_gdp_bigm_reformulation_either_xor, e2075_, e2076_, e2077_, e2078_, e2079_,
  relu_1_20_7_above_pre, relu_1_20_7__pyomo_gdp_bigm_reformulation_either_xor, e2082_, e2083_, e2084_, e2085_, e2086_, relu_1_21_0_above_pre,
  relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor, e2089_, e2090_, e2091_, e2092_, e2093_, relu_1_21_1_above_pre, relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2096_, e2097_, e2098_, e2099_, e2100_, relu_1_21_2_above_pre, relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor, e2103_,
  e2104_, e2105_, e2106_, e2107_, relu_1_21_3_above_pre, relu_1_21_3__pyomo_gdp_bigm_reformulation_either_xor, e2110_, e2111_,
  e2112_, e2113_, e2114_, relu_1_21_4_above_pre, relu_1_21_4__pyomo_gdp_bigm_reformulation_either_xor, e2117_, e2118_, e2119_,
  e2120_, e2121_, relu_1_21_5_above_pre, relu_1_21_5__pyomo_gdp_bigm_reformulation_either_xor, e2124_, e2125_, e2126_, e2127_,
  e2128_, relu_1_21_6_above_pre, relu_1_21_6__pyomo_gdp_bigm_reformulation_either_xor, e2131_, e2132_, e2133_, e2134_, e2135_,
  relu_1_21_7_above_pre, relu_1_21_7__pyomo_gdp_bigm_reformulation_either_xor, e2138_, e2139_, e2140_, e2141_, e2142_, relu_1_22_0_above_pre,
  relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor, e2145_, e2146_, e2147_, e2148_, e2149_, relu_1_22_1_above_pre, relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2152_, e2153_, e2154_, e2155_, e2156_, relu_1_22_2_above_pre, relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor, e2159_,
  e2160_, e2161_, e2162_, e2163_, relu_1_22_3_above_pre, relu_1_22_3__pyomo_gdp_bigm_reformulation_either_xor, e2166_, e2167_,
  e2168_, e2169_, e2170_, relu_1_22_4_above_pre, relu_1_22_4__pyomo_gdp_bigm_reformulation_either_xor, e2173_, e2174_, e2175_,
  e2176_, e2177_, relu_1_22_5_above_pre, relu_1_22_5__pyomo_gdp_bigm_reformulation_either_xor, e2180_, e2181_, e2182_, e2183_,
  e2184_, relu_1_22_6_above_pre, relu_1_22_6__pyomo_gdp_bigm_reformulation_either_xor, e2187_, e2188_, e2189_, e2190_, e2191_,
  relu_1_22_7_above_pre, relu_1_22_7__pyomo_gdp_bigm_reformulation_either_xor, e2194_, e2195_, e2196_, e2197_, e2198_, relu_1_23_0_above_pre,
  relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor, e2201_, e2202_, e2203_, e2204_, e2205_, relu_1_23_1_above_pre, relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2208_, e2209_, e2210_, e2211_, e2212_, relu_1_23_2_above_pre, relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor, e2215_,
  e2216_, e2217_, e2218_, e2219_, relu_1_23_3_above_pre, relu_1_23_3__pyomo_gdp_bigm_reformulation_either_xor, e2222_, e2223_,
  e2224_, e2225_, e2226_, relu_1_23_4_above_pre, relu_1_23_4__pyomo_gdp_bigm_reformulation_either_xor, e2229_, e2230_, e2231_,
  e2232_, e2233_, relu_1_23_5_above_pre, relu_1_23_5__pyomo_gdp_bigm_reformulation_either_xor, e2236_, e2237_, e2238_, e2239_,
  e2240_, relu_1_23_6_above_pre, relu_1_23_6__pyomo_gdp_bigm_reformulation_either_xor, e2243_, e2244_, e2245_, e2246_, e2247_,
  relu_1_23_7_above_pre, relu_1_23_7__pyomo_gdp_bigm_reformulation_either_xor, e2250_, e2251_, e2252_, e2253_, e2254_, relu_1_24_0_above_pre,
  relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor, e2257_, e2258_, e2259_, e2260_, e2261_, relu_1_24_1_above_pre, relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2264_, e2265_, e2266_, e2267_, e2268_, relu_1_24_2_above_pre, relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor, e2271_,
  e2272_, e2273_, e2274_, e2275_, relu_1_24_3_above_pre, relu_1_24_3__pyomo_gdp_bigm_reformulation_either_xor, e2278_, e2279_,
  e2280_, e2281_, e2282_, relu_1_24_4_above_pre, relu_1_24_4__pyomo_gdp_bigm_reformulation_either_xor, e2285_, e2286_, e2287_,
  e2288_, e2289_, relu_1_24_5_above_pre, relu_1_24_5__pyomo_gdp_bigm_reformulation_either_xor, e2292_, e2293_, e2294_, e2295_,
  e2296_, relu_1_24_6_above_pre, relu_1_24_6__pyomo_gdp_bigm_reformulation_either_xor, e2299_, e2300_, e2301_, e2302_, e2303_,
  relu_1_24_7_above_pre, relu_1_24_7__pyomo_gdp_bigm_reformulation_either_xor, e2306_, e2307_, e2308_, e2309_, e2310_, relu_1_25_0_above_pre,
  relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor, e2313_, e2314_, e2315_, e2316_, e2317_, relu_1_25_1_above_pre, relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2320_, e2321_, e2322_, e2323_, e2324_, relu_1_25_2_above_pre, relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor, e2327_,
  e2328_, e2329_, e2330_, e2331_, relu_1_25_3_above_pre, relu_1_25_3__pyomo_gdp_bigm_reformulation_either_xor, e2334_, e2335_,
  e2336_, e2337_, e2338_, relu_1_25_4_above_pre, relu_1_25_4__pyomo_gdp_bigm_reformulation_either_xor, e2341_, e2342_, e2343_,
  e2344_, e2345_, relu_1_25_5_above_pre, relu_1_25_5__pyomo_gdp_bigm_reformulation_either_xor, e2348_, e2349_, e2350_, e2351_,
  e2352_, relu_1_25_6_above_pre, relu_1_25_6__pyomo_gdp_bigm_reformulation_either_xor, e2355_, e2356_, e2357_, e2358_, e2359_,
  relu_1_25_7_above_pre, relu_1_25_7__pyomo_gdp_bigm_reformulation_either_xor, e2362_, e2363_, e2364_, e2365_, e2366_, relu_1_26_0_above_pre,
  relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor, e2369_, e2370_, e2371_, e2372_, e2373_, relu_1_26_1_above_pre, relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2376_, e2377_, e2378_, e2379_, e2380_, relu_1_26_2_above_pre, relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor, e2383_,
  e2384_, e2385_, e2386_, e2387_, relu_1_26_3_above_pre, relu_1_26_3__pyomo_gdp_bigm_reformulation_either_xor, e2390_, e2391_,
  e2392_, e2393_, e2394_, relu_1_26_4_above_pre, relu_1_26_4__pyomo_gdp_bigm_reformulation_either_xor, e2397_, e2398_, e2399_,
  e2400_, e2401_, relu_1_26_5_above_pre, relu_1_26_5__pyomo_gdp_bigm_reformulation_either_xor, e2404_, e2405_, e2406_, e2407_,
  e2408_, relu_1_26_6_above_pre, relu_1_26_6__pyomo_gdp_bigm_reformulation_either_xor, e2411_, e2412_, e2413_, e2414_, e2415_,
  relu_1_26_7_above_pre, relu_1_26_7__pyomo_gdp_bigm_reformulation_either_xor, e2418_, e2419_, e2420_, e2421_, e2422_, relu_1_27_0_above_pre,
  relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor, e2425_, e2426_, e2427_, e2428_, e2429_, relu_1_27_1_above_pre, relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2432_, e2433_, e2434_, e2435_, e2436_, relu_1_27_2_above_pre, relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor, e2439_,
  e2440_, e2441_, e2442_, e2443_, relu_1_27_3_above_pre, relu_1_27_3__pyomo_gdp_bigm_reformulation_either_xor, e2446_, e2447_,
  e2448_, e2449_, e2450_, relu_1_27_4_above_pre, relu_1_27_4__pyomo_gdp_bigm_reformulation_either_xor, e2453_, e2454_, e2455_,
  e2456_, e2457_, relu_1_27_5_above_pre, relu_1_27_5__pyomo_gdp_bigm_reformulation_either_xor, e2460_, e2461_, e2462_, e2463_,
  e2464_, relu_1_27_6_above_pre, relu_1_27_6__pyomo_gdp_bigm_reformulation_either_xor, e2467_, e2468_, e2469_, e2470_, e2471_,
  relu_1_27_7_above_pre, relu_1_27_7__pyomo_gdp_bigm_reformulation_either_xor, e2474_, e2475_, e2476_, e2477_, e2478_, relu_1_28_0_above_pre,
  relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor, e2481_, e2482_, e2483_, e2484_, e2485_, relu_1_28_1_above_pre, relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2488_, e2489_, e2490_, e2491_, e2492_, relu_1_28_2_above_pre, relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor, e2495_,
  e2496_, e2497_, e2498_, e2499_, relu_1_28_3_above_pre, relu_1_28_3__pyomo_gdp_bigm_reformulation_either_xor, e2502_, e2503_,
  e2504_, e2505_, e2506_, relu_1_28_4_above_pre, relu_1_28_4__pyomo_gdp_bigm_reformulation_either_xor, e2509_, e2510_, e2511_,
  e2512_, e2513_, relu_1_28_5_above_pre, relu_1_28_5__pyomo_gdp_bigm_reformulation_either_xor, e2516_, e2517_, e2518_, e2519_,
  e2520_, relu_1_28_6_above_pre, relu_1_28_6__pyomo_gdp_bigm_reformulation_either_xor, e2523_, e2524_, e2525_, e2526_, e2527_,
  relu_1_28_7_above_pre, relu_1_28_7__pyomo_gdp_bigm_reformulation_either_xor, e2530_, e2531_, e2532_, e2533_, e2534_, relu_1_29_0_above_pre,
  relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor, e2537_, e2538_, e2539_, e2540_, e2541_, relu_1_29_1_above_pre, relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2544_, e2545_, e2546_, e2547_, e2548_, relu_1_29_2_above_pre, relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor, e2551_,
  e2552_, e2553_, e2554_, e2555_, relu_1_29_3_above_pre, relu_1_29_3__pyomo_gdp_bigm_reformulation_either_xor, e2558_, e2559_,
  e2560_, e2561_, e2562_, relu_1_29_4_above_pre, relu_1_29_4__pyomo_gdp_bigm_reformulation_either_xor, e2565_, e2566_, e2567_,
  e2568_, e2569_, relu_1_29_5_above_pre, relu_1_29_5__pyomo_gdp_bigm_reformulation_either_xor, e2572_, e2573_, e2574_, e2575_,
  e2576_, relu_1_29_6_above_pre, relu_1_29_6__pyomo_gdp_bigm_reformulation_either_xor, e2579_, e2580_, e2581_, e2582_, e2583_,
  relu_1_29_7_above_pre, relu_1_29_7__pyomo_gdp_bigm_reformulation_either_xor, e2586_, e2587_, e2588_, e2589_, e2590_, relu_1_30_0_above_pre,
  relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor, e2593_, e2594_, e2595_, e2596_, e2597_, relu_1_30_1_above_pre, relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2600_, e2601_, e2602_, e2603_, e2604_, relu_1_30_2_above_pre, relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor, e2607_,
  e2608_, e2609_, e2610_, e2611_, relu_1_30_3_above_pre, relu_1_30_3__pyomo_gdp_bigm_reformulation_either_xor, e2614_, e2615_,
  e2616_, e2617_, e2618_, relu_1_30_4_above_pre, relu_1_30_4__pyomo_gdp_bigm_reformulation_either_xor, e2621_, e2622_, e2623_,
  e2624_, e2625_, relu_1_30_5_above_pre, relu_1_30_5__pyomo_gdp_bigm_reformulation_either_xor, e2628_, e2629_, e2630_, e2631_,
  e2632_, relu_1_30_6_above_pre, relu_1_30_6__pyomo_gdp_bigm_reformulation_either_xor, e2635_, e2636_, e2637_, e2638_, e2639_,
  relu_1_30_7_above_pre, relu_1_30_7__pyomo_gdp_bigm_reformulation_either_xor, e2642_, e2643_, e2644_, e2645_, e2646_, relu_1_31_0_above_pre,
  relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor, e2649_, e2650_, e2651_, e2652_, e2653_, relu_1_31_1_above_pre, relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2656_, e2657_, e2658_, e2659_, e2660_, relu_1_31_2_above_pre, relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor, e2663_,
  e2664_, e2665_, e2666_, e2667_, relu_1_31_3_above_pre, relu_1_31_3__pyomo_gdp_bigm_reformulation_either_xor, e2670_, e2671_,
  e2672_, e2673_, e2674_, relu_1_31_4_above_pre, relu_1_31_4__pyomo_gdp_bigm_reformulation_either_xor, e2677_, e2678_, e2679_,
  e2680_, e2681_, relu_1_31_5_above_pre, relu_1_31_5__pyomo_gdp_bigm_reformulation_either_xor, e2684_, e2685_, e2686_, e2687_,
  e2688_, relu_1_31_6_above_pre, relu_1_31_6__pyomo_gdp_bigm_reformulation_either_xor, e2691_, e2692_, e2693_, e2694_, e2695_,
  relu_1_31_7_above_pre, relu_1_31_7__pyomo_gdp_bigm_reformulation_either_xor, e2698_, e2699_, e2700_, e2701_, e2702_, relu_1_32_0_above_pre,
  relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor, e2705_, e2706_, e2707_, e2708_, e2709_, relu_1_32_1_above_pre, relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2712_, e2713_, e2714_, e2715_, e2716_, relu_1_32_2_above_pre, relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor, e2719_,
  e2720_, e2721_, e2722_, e2723_, relu_1_32_3_above_pre, relu_1_32_3__pyomo_gdp_bigm_reformulation_either_xor, e2726_, e2727_,
  e2728_, e2729_, e2730_, relu_1_32_4_above_pre, relu_1_32_4__pyomo_gdp_bigm_reformulation_either_xor, e2733_, e2734_, e2735_,
  e2736_, e2737_, relu_1_32_5_above_pre, relu_1_32_5__pyomo_gdp_bigm_reformulation_either_xor, e2740_, e2741_, e2742_, e2743_,
  e2744_, relu_1_32_6_above_pre, relu_1_32_6__pyomo_gdp_bigm_reformulation_either_xor, e2747_, e2748_, e2749_, e2750_, e2751_,
  relu_1_32_7_above_pre, relu_1_32_7__pyomo_gdp_bigm_reformulation_either_xor, e2754_, e2755_, e2756_, e2757_, e2758_, relu_1_33_0_above_pre,
  relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor, e2761_, e2762_, e2763_, e2764_, e2765_, relu_1_33_1_above_pre, relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2768_, e2769_, e2770_, e2771_, e2772_, relu_1_33_2_above_pre, relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor, e2775_,
  e2776_, e2777_, e2778_, e2779_, relu_1_33_3_above_pre, relu_1_33_3__pyomo_gdp_bigm_reformulation_either_xor, e2782_, e2783_,
  e2784_, e2785_, e2786_, relu_1_33_4_above_pre, relu_1_33_4__pyomo_gdp_bigm_reformulation_either_xor, e2789_, e2790_, e2791_,
  e2792_, e2793_, relu_1_33_5_above_pre, relu_1_33_5__pyomo_gdp_bigm_reformulation_either_xor, e2796_, e2797_, e2798_, e2799_,
  e2800_, relu_1_33_6_above_pre, relu_1_33_6__pyomo_gdp_bigm_reformulation_either_xor, e2803_, e2804_, e2805_, e2806_, e2807_,
  relu_1_33_7_above_pre, relu_1_33_7__pyomo_gdp_bigm_reformulation_either_xor, e2810_, e2811_, e2812_, e2813_, e2814_, relu_1_34_0_above_pre,
  relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor, e2817_, e2818_, e2819_, e2820_, e2821_, relu_1_34_1_above_pre, relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2824_, e2825_, e2826_, e2827_, e2828_, relu_1_34_2_above_pre, relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor, e2831_,
  e2832_, e2833_, e2834_, e2835_, relu_1_34_3_above_pre, relu_1_34_3__pyomo_gdp_bigm_reformulation_either_xor, e2838_, e2839_,
  e2840_, e2841_, e2842_, relu_1_34_4_above_pre, relu_1_34_4__pyomo_gdp_bigm_reformulation_either_xor, e2845_, e2846_, e2847_,
  e2848_, e2849_, relu_1_34_5_above_pre, relu_1_34_5__pyomo_gdp_bigm_reformulation_either_xor, e2852_, e2853_, e2854_, e2855_,
  e2856_, relu_1_34_6_above_pre, relu_1_34_6__pyomo_gdp_bigm_reformulation_either_xor, e2859_, e2860_, e2861_, e2862_, e2863_,
  relu_1_34_7_above_pre, relu_1_34_7__pyomo_gdp_bigm_reformulation_either_xor, e2866_, e2867_, e2868_, e2869_, e2870_, relu_1_35_0_above_pre,
  relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor, e2873_, e2874_, e2875_, e2876_, e2877_, relu_1_35_1_above_pre, relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2880_, e2881_, e2882_, e2883_, e2884_, relu_1_35_2_above_pre, relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor, e2887_,
  e2888_, e2889_, e2890_, e2891_, relu_1_35_3_above_pre, relu_1_35_3__pyomo_gdp_bigm_reformulation_either_xor, e2894_, e2895_,
  e2896_, e2897_, e2898_, relu_1_35_4_above_pre, relu_1_35_4__pyomo_gdp_bigm_reformulation_either_xor, e2901_, e2902_, e2903_,
  e2904_, e2905_, relu_1_35_5_above_pre, relu_1_35_5__pyomo_gdp_bigm_reformulation_either_xor, e2908_, e2909_, e2910_, e2911_,
  e2912_, relu_1_35_6_above_pre, relu_1_35_6__pyomo_gdp_bigm_reformulation_either_xor, e2915_, e2916_, e2917_, e2918_, e2919_,
  relu_1_35_7_above_pre, relu_1_35_7__pyomo_gdp_bigm_reformulation_either_xor, e2922_, e2923_, e2924_, e2925_, e2926_, relu_1_36_0_above_pre,
  relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor, e2929_, e2930_, e2931_, e2932_, e2933_, relu_1_36_1_above_pre, relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2936_, e2937_, e2938_, e2939_, e2940_, relu_1_36_2_above_pre, relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor, e2943_,
  e2944_, e2945_, e2946_, e2947_, relu_1_36_3_above_pre, relu_1_36_3__pyomo_gdp_bigm_reformulation_either_xor, e2950_, e2951_,
  e2952_, e2953_, e2954_, relu_1_36_4_above_pre, relu_1_36_4__pyomo_gdp_bigm_reformulation_either_xor, e2957_, e2958_, e2959_,
  e2960_, e2961_, relu_1_36_5_above_pre, relu_1_36_5__pyomo_gdp_bigm_reformulation_either_xor, e2964_, e2965_, e2966_, e2967_,
  e2968_, relu_1_36_6_above_pre, relu_1_36_6__pyomo_gdp_bigm_reformulation_either_xor, e2971_, e2972_, e2973_, e2974_, e2975_,
  relu_1_36_7_above_pre, relu_1_36_7__pyomo_gdp_bigm_reformulation_either_xor, e2978_, e2979_, e2980_, e2981_, e2982_, relu_1_37_0_above_pre,
  relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor, e2985_, e2986_, e2987_, e2988_, e2989_, relu_1_37_1_above_pre, relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor,
  e2992_, e2993_, e2994_, e2995_, e2996_, relu_1_37_2_above_pre, relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor, e2999_,
  e3000_, e3001_, e3002_, e3003_, relu_1_37_3_above_pre, relu_1_37_3__pyomo_gdp_bigm_reformulation_either_xor, e3006_, e3007_,
  e3008_, e3009_, e3010_, relu_1_37_4_above_pre, relu_1_37_4__pyomo_gdp_bigm_reformulation_either_xor, e3013_, e3014_, e3015_,
  e3016_, e3017_, relu_1_37_5_above_pre, relu_1_37_5__pyomo_gdp_bigm_reformulation_either_xor, e3020_, e3021_, e3022_, e3023_,
  e3024_, relu_1_37_6_above_pre, relu_1_37_6__pyomo_gdp_bigm_reformulation_either_xor, e3027_, e3028_, e3029_, e3030_, e3031_,
  relu_1_37_7_above_pre, relu_1_37_7__pyomo_gdp_bigm_reformulation_either_xor, e3034_, e3035_, e3036_, e3037_, e3038_, relu_1_38_0_above_pre,
  relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor, e3041_, e3042_, e3043_, e3044_, e3045_, relu_1_38_1_above_pre, relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3048_, e3049_, e3050_, e3051_, e3052_, relu_1_38_2_above_pre, relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor, e3055_,
  e3056_, e3057_, e3058_, e3059_, relu_1_38_3_above_pre, relu_1_38_3__pyomo_gdp_bigm_reformulation_either_xor, e3062_, e3063_,
  e3064_, e3065_, e3066_, relu_1_38_4_above_pre, relu_1_38_4__pyomo_gdp_bigm_reformulation_either_xor, e3069_, e3070_, e3071_,
  e3072_, e3073_, relu_1_38_5_above_pre, relu_1_38_5__pyomo_gdp_bigm_reformulation_either_xor, e3076_, e3077_, e3078_, e3079_,
  e3080_, relu_1_38_6_above_pre, relu_1_38_6__pyomo_gdp_bigm_reformulation_either_xor, e3083_, e3084_, e3085_, e3086_, e3087_,
  relu_1_38_7_above_pre, relu_1_38_7__pyomo_gdp_bigm_reformulation_either_xor, e3090_, e3091_, e3092_, e3093_, e3094_, relu_1_39_0_above_pre,
  relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor, e3097_, e3098_, e3099_, e3100_, e3101_, relu_1_39_1_above_pre, relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3104_, e3105_, e3106_, e3107_, e3108_, relu_1_39_2_above_pre, relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor, e3111_,
  e3112_, e3113_, e3114_, e3115_, relu_1_39_3_above_pre, relu_1_39_3__pyomo_gdp_bigm_reformulation_either_xor, e3118_, e3119_,
  e3120_, e3121_, e3122_, relu_1_39_4_above_pre, relu_1_39_4__pyomo_gdp_bigm_reformulation_either_xor, e3125_, e3126_, e3127_,
  e3128_, e3129_, relu_1_39_5_above_pre, relu_1_39_5__pyomo_gdp_bigm_reformulation_either_xor, e3132_, e3133_, e3134_, e3135_,
  e3136_, relu_1_39_6_above_pre, relu_1_39_6__pyomo_gdp_bigm_reformulation_either_xor, e3139_, e3140_, e3141_, e3142_, e3143_,
  relu_1_39_7_above_pre, relu_1_39_7__pyomo_gdp_bigm_reformulation_either_xor, e3146_, e3147_, e3148_, e3149_, e3150_, relu_1_40_0_above_pre,
  relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor, e3153_, e3154_, e3155_, e3156_, e3157_, relu_1_40_1_above_pre, relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3160_, e3161_, e3162_, e3163_, e3164_, relu_1_40_2_above_pre, relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor, e3167_,
  e3168_, e3169_, e3170_, e3171_, relu_1_40_3_above_pre, relu_1_40_3__pyomo_gdp_bigm_reformulation_either_xor, e3174_, e3175_,
  e3176_, e3177_, e3178_, relu_1_40_4_above_pre, relu_1_40_4__pyomo_gdp_bigm_reformulation_either_xor, e3181_, e3182_, e3183_,
  e3184_, e3185_, relu_1_40_5_above_pre, relu_1_40_5__pyomo_gdp_bigm_reformulation_either_xor, e3188_, e3189_, e3190_, e3191_,
  e3192_, relu_1_40_6_above_pre, relu_1_40_6__pyomo_gdp_bigm_reformulation_either_xor, e3195_, e3196_, e3197_, e3198_, e3199_,
  relu_1_40_7_above_pre, relu_1_40_7__pyomo_gdp_bigm_reformulation_either_xor, e3202_, e3203_, e3204_, e3205_, e3206_, relu_1_41_0_above_pre,
  relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor, e3209_, e3210_, e3211_, e3212_, e3213_, relu_1_41_1_above_pre, relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3216_, e3217_, e3218_, e3219_, e3220_, relu_1_41_2_above_pre, relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor, e3223_,
  e3224_, e3225_, e3226_, e3227_, relu_1_41_3_above_pre, relu_1_41_3__pyomo_gdp_bigm_reformulation_either_xor, e3230_, e3231_,
  e3232_, e3233_, e3234_, relu_1_41_4_above_pre, relu_1_41_4__pyomo_gdp_bigm_reformulation_either_xor, e3237_, e3238_, e3239_,
  e3240_, e3241_, relu_1_41_5_above_pre, relu_1_41_5__pyomo_gdp_bigm_reformulation_either_xor, e3244_, e3245_, e3246_, e3247_,
  e3248_, relu_1_41_6_above_pre, relu_1_41_6__pyomo_gdp_bigm_reformulation_either_xor, e3251_, e3252_, e3253_, e3254_, e3255_,
  relu_1_41_7_above_pre, relu_1_41_7__pyomo_gdp_bigm_reformulation_either_xor, e3258_, e3259_, e3260_, e3261_, e3262_, relu_1_42_0_above_pre,
  relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor, e3265_, e3266_, e3267_, e3268_, e3269_, relu_1_42_1_above_pre, relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3272_, e3273_, e3274_, e3275_, e3276_, relu_1_42_2_above_pre, relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor, e3279_,
  e3280_, e3281_, e3282_, e3283_, relu_1_42_3_above_pre, relu_1_42_3__pyomo_gdp_bigm_reformulation_either_xor, e3286_, e3287_,
  e3288_, e3289_, e3290_, relu_1_42_4_above_pre, relu_1_42_4__pyomo_gdp_bigm_reformulation_either_xor, e3293_, e3294_, e3295_,
  e3296_, e3297_, relu_1_42_5_above_pre, relu_1_42_5__pyomo_gdp_bigm_reformulation_either_xor, e3300_, e3301_, e3302_, e3303_,
  e3304_, relu_1_42_6_above_pre, relu_1_42_6__pyomo_gdp_bigm_reformulation_either_xor, e3307_, e3308_, e3309_, e3310_, e3311_,
  relu_1_42_7_above_pre, relu_1_42_7__pyomo_gdp_bigm_reformulation_either_xor, e3314_, e3315_, e3316_, e3317_, e3318_, relu_1_43_0_above_pre,
  relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor, e3321_, e3322_, e3323_, e3324_, e3325_, relu_1_43_1_above_pre, relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3328_, e3329_, e3330_, e3331_, e3332_, relu_1_43_2_above_pre, relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor, e3335_,
  e3336_, e3337_, e3338_, e3339_, relu_1_43_3_above_pre, relu_1_43_3__pyomo_gdp_bigm_reformulation_either_xor, e3342_, e3343_,
  e3344_, e3345_, e3346_, relu_1_43_4_above_pre, relu_1_43_4__pyomo_gdp_bigm_reformulation_either_xor, e3349_, e3350_, e3351_,
  e3352_, e3353_, relu_1_43_5_above_pre, relu_1_43_5__pyomo_gdp_bigm_reformulation_either_xor, e3356_, e3357_, e3358_, e3359_,
  e3360_, relu_1_43_6_above_pre, relu_1_43_6__pyomo_gdp_bigm_reformulation_either_xor, e3363_, e3364_, e3365_, e3366_, e3367_,
  relu_1_43_7_above_pre, relu_1_43_7__pyomo_gdp_bigm_reformulation_either_xor, e3370_, e3371_, e3372_, e3373_, e3374_, relu_1_44_0_above_pre,
  relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor, e3377_, e3378_, e3379_, e3380_, e3381_, relu_1_44_1_above_pre, relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3384_, e3385_, e3386_, e3387_, e3388_, relu_1_44_2_above_pre, relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor, e3391_,
  e3392_, e3393_, e3394_, e3395_, relu_1_44_3_above_pre, relu_1_44_3__pyomo_gdp_bigm_reformulation_either_xor, e3398_, e3399_,
  e3400_, e3401_, e3402_, relu_1_44_4_above_pre, relu_1_44_4__pyomo_gdp_bigm_reformulation_either_xor, e3405_, e3406_, e3407_,
  e3408_, e3409_, relu_1_44_5_above_pre, relu_1_44_5__pyomo_gdp_bigm_reformulation_either_xor, e3412_, e3413_, e3414_, e3415_,
  e3416_, relu_1_44_6_above_pre, relu_1_44_6__pyomo_gdp_bigm_reformulation_either_xor, e3419_, e3420_, e3421_, e3422_, e3423_,
  relu_1_44_7_above_pre, relu_1_44_7__pyomo_gdp_bigm_reformulation_either_xor, e3426_, e3427_, e3428_, e3429_, e3430_, relu_1_45_0_above_pre,
  relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor, e3433_, e3434_, e3435_, e3436_, e3437_, relu_1_45_1_above_pre, relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3440_, e3441_, e3442_, e3443_, e3444_, relu_1_45_2_above_pre, relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor, e3447_,
  e3448_, e3449_, e3450_, e3451_, relu_1_45_3_above_pre, relu_1_45_3__pyomo_gdp_bigm_reformulation_either_xor, e3454_, e3455_,
  e3456_, e3457_, e3458_, relu_1_45_4_above_pre, relu_1_45_4__pyomo_gdp_bigm_reformulation_either_xor, e3461_, e3462_, e3463_,
  e3464_, e3465_, relu_1_45_5_above_pre, relu_1_45_5__pyomo_gdp_bigm_reformulation_either_xor, e3468_, e3469_, e3470_, e3471_,
  e3472_, relu_1_45_6_above_pre, relu_1_45_6__pyomo_gdp_bigm_reformulation_either_xor, e3475_, e3476_, e3477_, e3478_, e3479_,
  relu_1_45_7_above_pre, relu_1_45_7__pyomo_gdp_bigm_reformulation_either_xor, e3482_, e3483_, e3484_, e3485_, e3486_, relu_1_46_0_above_pre,
  relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor, e3489_, e3490_, e3491_, e3492_, e3493_, relu_1_46_1_above_pre, relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3496_, e3497_, e3498_, e3499_, e3500_, relu_1_46_2_above_pre, relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor, e3503_,
  e3504_, e3505_, e3506_, e3507_, relu_1_46_3_above_pre, relu_1_46_3__pyomo_gdp_bigm_reformulation_either_xor, e3510_, e3511_,
  e3512_, e3513_, e3514_, relu_1_46_4_above_pre, relu_1_46_4__pyomo_gdp_bigm_reformulation_either_xor, e3517_, e3518_, e3519_,
  e3520_, e3521_, relu_1_46_5_above_pre, relu_1_46_5__pyomo_gdp_bigm_reformulation_either_xor, e3524_, e3525_, e3526_, e3527_,
  e3528_, relu_1_46_6_above_pre, relu_1_46_6__pyomo_gdp_bigm_reformulation_either_xor, e3531_, e3532_, e3533_, e3534_, e3535_,
  relu_1_46_7_above_pre, relu_1_46_7__pyomo_gdp_bigm_reformulation_either_xor, e3538_, e3539_, e3540_, e3541_, e3542_, relu_1_47_0_above_pre,
  relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor, e3545_, e3546_, e3547_, e3548_, e3549_, relu_1_47_1_above_pre, relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3552_, e3553_, e3554_, e3555_, e3556_, relu_1_47_2_above_pre, relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor, e3559_,
  e3560_, e3561_, e3562_, e3563_, relu_1_47_3_above_pre, relu_1_47_3__pyomo_gdp_bigm_reformulation_either_xor, e3566_, e3567_,
  e3568_, e3569_, e3570_, relu_1_47_4_above_pre, relu_1_47_4__pyomo_gdp_bigm_reformulation_either_xor, e3573_, e3574_, e3575_,
  e3576_, e3577_, relu_1_47_5_above_pre, relu_1_47_5__pyomo_gdp_bigm_reformulation_either_xor, e3580_, e3581_, e3582_, e3583_,
  e3584_, relu_1_47_6_above_pre, relu_1_47_6__pyomo_gdp_bigm_reformulation_either_xor, e3587_, e3588_, e3589_, e3590_, e3591_,
  relu_1_47_7_above_pre, relu_1_47_7__pyomo_gdp_bigm_reformulation_either_xor, e3594_, e3595_, e3596_, e3597_, e3598_, relu_1_48_0_above_pre,
  relu_1_48_0__pyomo_gdp_bigm_reformulation_either_xor, e3601_, e3602_, e3603_, e3604_, e3605_, relu_1_48_1_above_pre, relu_1_48_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3608_, e3609_, e3610_, e3611_, e3612_, relu_1_48_2_above_pre, relu_1_48_2__pyomo_gdp_bigm_reformulation_either_xor, e3615_,
  e3616_, e3617_, e3618_, e3619_, relu_1_48_3_above_pre, relu_1_48_3__pyomo_gdp_bigm_reformulation_either_xor, e3622_, e3623_,
  e3624_, e3625_, e3626_, relu_1_48_4_above_pre, relu_1_48_4__pyomo_gdp_bigm_reformulation_either_xor, e3629_, e3630_, e3631_,
  e3632_, e3633_, relu_1_48_5_above_pre, relu_1_48_5__pyomo_gdp_bigm_reformulation_either_xor, e3636_, e3637_, e3638_, e3639_,
  e3640_, relu_1_48_6_above_pre, relu_1_48_6__pyomo_gdp_bigm_reformulation_either_xor, e3643_, e3644_, e3645_, e3646_, e3647_,
  relu_1_48_7_above_pre, relu_1_48_7__pyomo_gdp_bigm_reformulation_either_xor, e3650_, e3651_, e3652_, e3653_, e3654_, relu_1_49_0_above_pre,
  relu_1_49_0__pyomo_gdp_bigm_reformulation_either_xor, e3657_, e3658_, e3659_, e3660_, e3661_, relu_1_49_1_above_pre, relu_1_49_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3664_, e3665_, e3666_, e3667_, e3668_, relu_1_49_2_above_pre, relu_1_49_2__pyomo_gdp_bigm_reformulation_either_xor, e3671_,
  e3672_, e3673_, e3674_, e3675_, relu_1_49_3_above_pre, relu_1_49_3__pyomo_gdp_bigm_reformulation_either_xor, e3678_, e3679_,
  e3680_, e3681_, e3682_, relu_1_49_4_above_pre, relu_1_49_4__pyomo_gdp_bigm_reformulation_either_xor, e3685_, e3686_, e3687_,
  e3688_, e3689_, relu_1_49_5_above_pre, relu_1_49_5__pyomo_gdp_bigm_reformulation_either_xor, e3692_, e3693_, e3694_, e3695_,
  e3696_, relu_1_49_6_above_pre, relu_1_49_6__pyomo_gdp_bigm_reformulation_either_xor, e3699_, e3700_, e3701_, e3702_, e3703_,
  relu_1_49_7_above_pre, relu_1_49_7__pyomo_gdp_bigm_reformulation_either_xor, e3706_, e3707_, e3708_, e3709_, e3710_, relu_1_50_0_above_pre,
  relu_1_50_0__pyomo_gdp_bigm_reformulation_either_xor, e3713_, e3714_, e3715_, e3716_, e3717_, relu_1_50_1_above_pre, relu_1_50_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3720_, e3721_, e3722_, e3723_, e3724_, relu_1_50_2_above_pre, relu_1_50_2__pyomo_gdp_bigm_reformulation_either_xor, e3727_,
  e3728_, e3729_, e3730_, e3731_, relu_1_50_3_above_pre, relu_1_50_3__pyomo_gdp_bigm_reformulation_either_xor, e3734_, e3735_,
  e3736_, e3737_, e3738_, relu_1_50_4_above_pre, relu_1_50_4__pyomo_gdp_bigm_reformulation_either_xor, e3741_, e3742_, e3743_,
  e3744_, e3745_, relu_1_50_5_above_pre, relu_1_50_5__pyomo_gdp_bigm_reformulation_either_xor, e3748_, e3749_, e3750_, e3751_,
  e3752_, relu_1_50_6_above_pre, relu_1_50_6__pyomo_gdp_bigm_reformulation_either_xor, e3755_, e3756_, e3757_, e3758_, e3759_,
  relu_1_50_7_above_pre, relu_1_50_7__pyomo_gdp_bigm_reformulation_either_xor, e3762_, e3763_, e3764_, e3765_, e3766_, relu_1_51_0_above_pre,
  relu_1_51_0__pyomo_gdp_bigm_reformulation_either_xor, e3769_, e3770_, e3771_, e3772_, e3773_, relu_1_51_1_above_pre, relu_1_51_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3776_, e3777_, e3778_, e3779_, e3780_, relu_1_51_2_above_pre, relu_1_51_2__pyomo_gdp_bigm_reformulation_either_xor, e3783_,
  e3784_, e3785_, e3786_, e3787_, relu_1_51_3_above_pre, relu_1_51_3__pyomo_gdp_bigm_reformulation_either_xor, e3790_, e3791_,
  e3792_, e3793_, e3794_, relu_1_51_4_above_pre, relu_1_51_4__pyomo_gdp_bigm_reformulation_either_xor, e3797_, e3798_, e3799_,
  e3800_, e3801_, relu_1_51_5_above_pre, relu_1_51_5__pyomo_gdp_bigm_reformulation_either_xor, e3804_, e3805_, e3806_, e3807_,
  e3808_, relu_1_51_6_above_pre, relu_1_51_6__pyomo_gdp_bigm_reformulation_either_xor, e3811_, e3812_, e3813_, e3814_, e3815_,
  relu_1_51_7_above_pre, relu_1_51_7__pyomo_gdp_bigm_reformulation_either_xor, e3818_, e3819_, e3820_, e3821_, e3822_, relu_1_52_0_above_pre,
  relu_1_52_0__pyomo_gdp_bigm_reformulation_either_xor, e3825_, e3826_, e3827_, e3828_, e3829_, relu_1_52_1_above_pre, relu_1_52_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3832_, e3833_, e3834_, e3835_, e3836_, relu_1_52_2_above_pre, relu_1_52_2__pyomo_gdp_bigm_reformulation_either_xor, e3839_,
  e3840_, e3841_, e3842_, e3843_, relu_1_52_3_above_pre, relu_1_52_3__pyomo_gdp_bigm_reformulation_either_xor, e3846_, e3847_,
  e3848_, e3849_, e3850_, relu_1_52_4_above_pre, relu_1_52_4__pyomo_gdp_bigm_reformulation_either_xor, e3853_, e3854_, e3855_,
  e3856_, e3857_, relu_1_52_5_above_pre, relu_1_52_5__pyomo_gdp_bigm_reformulation_either_xor, e3860_, e3861_, e3862_, e3863_,
  e3864_, relu_1_52_6_above_pre, relu_1_52_6__pyomo_gdp_bigm_reformulation_either_xor, e3867_, e3868_, e3869_, e3870_, e3871_,
  relu_1_52_7_above_pre, relu_1_52_7__pyomo_gdp_bigm_reformulation_either_xor, e3874_, e3875_, e3876_, e3877_, e3878_, relu_1_53_0_above_pre,
  relu_1_53_0__pyomo_gdp_bigm_reformulation_either_xor, e3881_, e3882_, e3883_, e3884_, e3885_, relu_1_53_1_above_pre, relu_1_53_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3888_, e3889_, e3890_, e3891_, e3892_, relu_1_53_2_above_pre, relu_1_53_2__pyomo_gdp_bigm_reformulation_either_xor, e3895_,
  e3896_, e3897_, e3898_, e3899_, relu_1_53_3_above_pre, relu_1_53_3__pyomo_gdp_bigm_reformulation_either_xor, e3902_, e3903_,
  e3904_, e3905_, e3906_, relu_1_53_4_above_pre, relu_1_53_4__pyomo_gdp_bigm_reformulation_either_xor, e3909_, e3910_, e3911_,
  e3912_, e3913_, relu_1_53_5_above_pre, relu_1_53_5__pyomo_gdp_bigm_reformulation_either_xor, e3916_, e3917_, e3918_, e3919_,
  e3920_, relu_1_53_6_above_pre, relu_1_53_6__pyomo_gdp_bigm_reformulation_either_xor, e3923_, e3924_, e3925_, e3926_, e3927_,
  relu_1_53_7_above_pre, relu_1_53_7__pyomo_gdp_bigm_reformulation_either_xor, e3930_, e3931_, e3932_, e3933_, e3934_, relu_1_54_0_above_pre,
  relu_1_54_0__pyomo_gdp_bigm_reformulation_either_xor, e3937_, e3938_, e3939_, e3940_, e3941_, relu_1_54_1_above_pre, relu_1_54_1__pyomo_gdp_bigm_reformulation_either_xor,
  e3944_, e3945_, e3946_, e3947_, e3948_, relu_1_54_2_above_pre, relu_1_54_2__pyomo_gdp_bigm_reformulation_either_xor, e3951_,
  e3952_, e3953_, e3954_, e3955_, relu_1_54_3_above_pre, relu_1_54_3__pyomo_gdp_bigm_reformulation_either_xor, e3958_, e3959_,
  e3960_, e3961_, e3962_, relu_1_54_4_above_pre, relu_1_54_4__pyomo_gdp_bigm_reformulation_either_xor, e3965_, e3966_, e3967_,
  e3968_, e3969_, relu_1_54_5_above_pre, relu_1_54_5__pyomo_gdp_bigm_reformulation_either_xor, e3972_, e3973_, e3974_, e3975_,
  e3976_, relu_1_54_6_above_pre, relu_1_54_6__pyomo_gdp_bigm_reformulation_either_xor, e3979_, e3980_, e3981_, e3982_, e3983_,
  relu_1_54_7_above_pre, relu_1_54_7__pyomo_gdp_bigm_reformulation_either_xor, e3986_, e3987_, e3988_, e3989_, e3990_, relu_1_55_0_above_pre,
  relu_1_55_0__pyomo_gdp_bigm_reformulation_either_xor, e3993_, e3994_, e3995_, e3996_, e3997_, relu_1_55_1_above_pre, relu_1_55_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4000_, e4001_, e4002_, e4003_, e4004_, relu_1_55_2_above_pre, relu_1_55_2__pyomo_gdp_bigm_reformulation_either_xor, e4007_,
  e4008_, e4009_, e4010_, e4011_, relu_1_55_3_above_pre, relu_1_55_3__pyomo_gdp_bigm_reformulation_either_xor, e4014_, e4015_,
  e4016_, e4017_, e4018_, relu_1_55_4_above_pre, relu_1_55_4__pyomo_gdp_bigm_reformulation_either_xor, e4021_, e4022_, e4023_,
  e4024_, e4025_, relu_1_55_5_above_pre, relu_1_55_5__pyomo_gdp_bigm_reformulation_either_xor, e4028_, e4029_, e4030_, e4031_,
  e4032_, relu_1_55_6_above_pre, relu_1_55_6__pyomo_gdp_bigm_reformulation_either_xor, e4035_, e4036_, e4037_, e4038_, e4039_,
  relu_1_55_7_above_pre, relu_1_55_7__pyomo_gdp_bigm_reformulation_either_xor, e4042_, e4043_, e4044_, e4045_, e4046_, relu_1_56_0_above_pre,
  relu_1_56_0__pyomo_gdp_bigm_reformulation_either_xor, e4049_, e4050_, e4051_, e4052_, e4053_, relu_1_56_1_above_pre, relu_1_56_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4056_, e4057_, e4058_, e4059_, e4060_, relu_1_56_2_above_pre, relu_1_56_2__pyomo_gdp_bigm_reformulation_either_xor, e4063_,
  e4064_, e4065_, e4066_, e4067_, relu_1_56_3_above_pre, relu_1_56_3__pyomo_gdp_bigm_reformulation_either_xor, e4070_, e4071_,
  e4072_, e4073_, e4074_, relu_1_56_4_above_pre, relu_1_56_4__pyomo_gdp_bigm_reformulation_either_xor, e4077_, e4078_, e4079_,
  e4080_, e4081_, relu_1_56_5_above_pre, relu_1_56_5__pyomo_gdp_bigm_reformulation_either_xor, e4084_, e4085_, e4086_, e4087_,
  e4088_, relu_1_56_6_above_pre, relu_1_56_6__pyomo_gdp_bigm_reformulation_either_xor, e4091_, e4092_, e4093_, e4094_, e4095_,
  relu_1_56_7_above_pre, relu_1_56_7__pyomo_gdp_bigm_reformulation_either_xor, e4098_, e4099_, e4100_, e4101_, e4102_, relu_1_57_0_above_pre,
  relu_1_57_0__pyomo_gdp_bigm_reformulation_either_xor, e4105_, e4106_, e4107_, e4108_, e4109_, relu_1_57_1_above_pre, relu_1_57_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4112_, e4113_, e4114_, e4115_, e4116_, relu_1_57_2_above_pre, relu_1_57_2__pyomo_gdp_bigm_reformulation_either_xor, e4119_,
  e4120_, e4121_, e4122_, e4123_, relu_1_57_3_above_pre, relu_1_57_3__pyomo_gdp_bigm_reformulation_either_xor, e4126_, e4127_,
  e4128_, e4129_, e4130_, relu_1_57_4_above_pre, relu_1_57_4__pyomo_gdp_bigm_reformulation_either_xor, e4133_, e4134_, e4135_,
  e4136_, e4137_, relu_1_57_5_above_pre, relu_1_57_5__pyomo_gdp_bigm_reformulation_either_xor, e4140_, e4141_, e4142_, e4143_,
  e4144_, relu_1_57_6_above_pre, relu_1_57_6__pyomo_gdp_bigm_reformulation_either_xor, e4147_, e4148_, e4149_, e4150_, e4151_,
  relu_1_57_7_above_pre, relu_1_57_7__pyomo_gdp_bigm_reformulation_either_xor, e4154_, e4155_, e4156_, e4157_, e4158_, relu_1_58_0_above_pre,
  relu_1_58_0__pyomo_gdp_bigm_reformulation_either_xor, e4161_, e4162_, e4163_, e4164_, e4165_, relu_1_58_1_above_pre, relu_1_58_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4168_, e4169_, e4170_, e4171_, e4172_, relu_1_58_2_above_pre, relu_1_58_2__pyomo_gdp_bigm_reformulation_either_xor, e4175_,
  e4176_, e4177_, e4178_, e4179_, relu_1_58_3_above_pre, relu_1_58_3__pyomo_gdp_bigm_reformulation_either_xor, e4182_, e4183_,
  e4184_, e4185_, e4186_, relu_1_58_4_above_pre, relu_1_58_4__pyomo_gdp_bigm_reformulation_either_xor, e4189_, e4190_, e4191_,
  e4192_, e4193_, relu_1_58_5_above_pre, relu_1_58_5__pyomo_gdp_bigm_reformulation_either_xor, e4196_, e4197_, e4198_, e4199_,
  e4200_, relu_1_58_6_above_pre, relu_1_58_6__pyomo_gdp_bigm_reformulation_either_xor, e4203_, e4204_, e4205_, e4206_, e4207_,
  relu_1_58_7_above_pre, relu_1_58_7__pyomo_gdp_bigm_reformulation_either_xor, e4210_, e4211_, e4212_, e4213_, e4214_, relu_1_59_0_above_pre,
  relu_1_59_0__pyomo_gdp_bigm_reformulation_either_xor, e4217_, e4218_, e4219_, e4220_, e4221_, relu_1_59_1_above_pre, relu_1_59_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4224_, e4225_, e4226_, e4227_, e4228_, relu_1_59_2_above_pre, relu_1_59_2__pyomo_gdp_bigm_reformulation_either_xor, e4231_,
  e4232_, e4233_, e4234_, e4235_, relu_1_59_3_above_pre, relu_1_59_3__pyomo_gdp_bigm_reformulation_either_xor, e4238_, e4239_,
  e4240_, e4241_, e4242_, relu_1_59_4_above_pre, relu_1_59_4__pyomo_gdp_bigm_reformulation_either_xor, e4245_, e4246_, e4247_,
  e4248_, e4249_, relu_1_59_5_above_pre, relu_1_59_5__pyomo_gdp_bigm_reformulation_either_xor, e4252_, e4253_, e4254_, e4255_,
  e4256_, relu_1_59_6_above_pre, relu_1_59_6__pyomo_gdp_bigm_reformulation_either_xor, e4259_, e4260_, e4261_, e4262_, e4263_,
  relu_1_59_7_above_pre, relu_1_59_7__pyomo_gdp_bigm_reformulation_either_xor, e4266_, e4267_, e4268_, e4269_, e4270_, relu_1_60_0_above_pre,
  relu_1_60_0__pyomo_gdp_bigm_reformulation_either_xor, e4273_, e4274_, e4275_, e4276_, e4277_, relu_1_60_1_above_pre, relu_1_60_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4280_, e4281_, e4282_, e4283_, e4284_, relu_1_60_2_above_pre, relu_1_60_2__pyomo_gdp_bigm_reformulation_either_xor, e4287_,
  e4288_, e4289_, e4290_, e4291_, relu_1_60_3_above_pre, relu_1_60_3__pyomo_gdp_bigm_reformulation_either_xor, e4294_, e4295_,
  e4296_, e4297_, e4298_, relu_1_60_4_above_pre, relu_1_60_4__pyomo_gdp_bigm_reformulation_either_xor, e4301_, e4302_, e4303_,
  e4304_, e4305_, relu_1_60_5_above_pre, relu_1_60_5__pyomo_gdp_bigm_reformulation_either_xor, e4308_, e4309_, e4310_, e4311_,
  e4312_, relu_1_60_6_above_pre, relu_1_60_6__pyomo_gdp_bigm_reformulation_either_xor, e4315_, e4316_, e4317_, e4318_, e4319_,
  relu_1_60_7_above_pre, relu_1_60_7__pyomo_gdp_bigm_reformulation_either_xor, e4322_, e4323_, e4324_, e4325_, e4326_, relu_1_61_0_above_pre,
  relu_1_61_0__pyomo_gdp_bigm_reformulation_either_xor, e4329_, e4330_, e4331_, e4332_, e4333_, relu_1_61_1_above_pre, relu_1_61_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4336_, e4337_, e4338_, e4339_, e4340_, relu_1_61_2_above_pre, relu_1_61_2__pyomo_gdp_bigm_reformulation_either_xor, e4343_,
  e4344_, e4345_, e4346_, e4347_, relu_1_61_3_above_pre, relu_1_61_3__pyomo_gdp_bigm_reformulation_either_xor, e4350_, e4351_,
  e4352_, e4353_, e4354_, relu_1_61_4_above_pre, relu_1_61_4__pyomo_gdp_bigm_reformulation_either_xor, e4357_, e4358_, e4359_,
  e4360_, e4361_, relu_1_61_5_above_pre, relu_1_61_5__pyomo_gdp_bigm_reformulation_either_xor, e4364_, e4365_, e4366_, e4367_,
  e4368_, relu_1_61_6_above_pre, relu_1_61_6__pyomo_gdp_bigm_reformulation_either_xor, e4371_, e4372_, e4373_, e4374_, e4375_,
  relu_1_61_7_above_pre, relu_1_61_7__pyomo_gdp_bigm_reformulation_either_xor, e4378_, e4379_, e4380_, e4381_, e4382_, relu_1_62_0_above_pre,
  relu_1_62_0__pyomo_gdp_bigm_reformulation_either_xor, e4385_, e4386_, e4387_, e4388_, e4389_, relu_1_62_1_above_pre, relu_1_62_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4392_, e4393_, e4394_, e4395_, e4396_, relu_1_62_2_above_pre, relu_1_62_2__pyomo_gdp_bigm_reformulation_either_xor, e4399_,
  e4400_, e4401_, e4402_, e4403_, relu_1_62_3_above_pre, relu_1_62_3__pyomo_gdp_bigm_reformulation_either_xor, e4406_, e4407_,
  e4408_, e4409_, e4410_, relu_1_62_4_above_pre, relu_1_62_4__pyomo_gdp_bigm_reformulation_either_xor, e4413_, e4414_, e4415_,
  e4416_, e4417_, relu_1_62_5_above_pre, relu_1_62_5__pyomo_gdp_bigm_reformulation_either_xor, e4420_, e4421_, e4422_, e4423_,
  e4424_, relu_1_62_6_above_pre, relu_1_62_6__pyomo_gdp_bigm_reformulation_either_xor, e4427_, e4428_, e4429_, e4430_, e4431_,
  relu_1_62_7_above_pre, relu_1_62_7__pyomo_gdp_bigm_reformulation_either_xor, e4434_, e4435_, e4436_, e4437_, e4438_, relu_1_63_0_above_pre,
  relu_1_63_0__pyomo_gdp_bigm_reformulation_either_xor, e4441_, e4442_, e4443_, e4444_, e4445_, relu_1_63_1_above_pre, relu_1_63_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4448_, e4449_, e4450_, e4451_, e4452_, relu_1_63_2_above_pre, relu_1_63_2__pyomo_gdp_bigm_reformulation_either_xor, e4455_,
  e4456_, e4457_, e4458_, e4459_, relu_1_63_3_above_pre, relu_1_63_3__pyomo_gdp_bigm_reformulation_either_xor, e4462_, e4463_,
  e4464_, e4465_, e4466_, relu_1_63_4_above_pre, relu_1_63_4__pyomo_gdp_bigm_reformulation_either_xor, e4469_, e4470_, e4471_,
  e4472_, e4473_, relu_1_63_5_above_pre, relu_1_63_5__pyomo_gdp_bigm_reformulation_either_xor, e4476_, e4477_, e4478_, e4479_,
  e4480_, relu_1_63_6_above_pre, relu_1_63_6__pyomo_gdp_bigm_reformulation_either_xor, e4483_, e4484_, e4485_, e4486_, e4487_,
  relu_1_63_7_above_pre, relu_1_63_7__pyomo_gdp_bigm_reformulation_either_xor, e4490_, e4491_, e4492_, e4493_, e4494_, relu_1_64_0_above_pre,
  relu_1_64_0__pyomo_gdp_bigm_reformulation_either_xor, e4497_, e4498_, e4499_, e4500_, e4501_, relu_1_64_1_above_pre, relu_1_64_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4504_, e4505_, e4506_, e4507_, e4508_, relu_1_64_2_above_pre, relu_1_64_2__pyomo_gdp_bigm_reformulation_either_xor, e4511_,
  e4512_, e4513_, e4514_, e4515_, relu_1_64_3_above_pre, relu_1_64_3__pyomo_gdp_bigm_reformulation_either_xor, e4518_, e4519_,
  e4520_, e4521_, e4522_, relu_1_64_4_above_pre, relu_1_64_4__pyomo_gdp_bigm_reformulation_either_xor, e4525_, e4526_, e4527_,
  e4528_, e4529_, relu_1_64_5_above_pre, relu_1_64_5__pyomo_gdp_bigm_reformulation_either_xor, e4532_, e4533_, e4534_, e4535_,
  e4536_, relu_1_64_6_above_pre, relu_1_64_6__pyomo_gdp_bigm_reformulation_either_xor, e4539_, e4540_, e4541_, e4542_, e4543_,
  relu_1_64_7_above_pre, relu_1_64_7__pyomo_gdp_bigm_reformulation_either_xor, e4546_, e4547_, e4548_, e4549_, e4550_, relu_1_65_0_above_pre,
  relu_1_65_0__pyomo_gdp_bigm_reformulation_either_xor, e4553_, e4554_, e4555_, e4556_, e4557_, relu_1_65_1_above_pre, relu_1_65_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4560_, e4561_, e4562_, e4563_, e4564_, relu_1_65_2_above_pre, relu_1_65_2__pyomo_gdp_bigm_reformulation_either_xor, e4567_,
  e4568_, e4569_, e4570_, e4571_, relu_1_65_3_above_pre, relu_1_65_3__pyomo_gdp_bigm_reformulation_either_xor, e4574_, e4575_,
  e4576_, e4577_, e4578_, relu_1_65_4_above_pre, relu_1_65_4__pyomo_gdp_bigm_reformulation_either_xor, e4581_, e4582_, e4583_,
  e4584_, e4585_, relu_1_65_5_above_pre, relu_1_65_5__pyomo_gdp_bigm_reformulation_either_xor, e4588_, e4589_, e4590_, e4591_,
  e4592_, relu_1_65_6_above_pre, relu_1_65_6__pyomo_gdp_bigm_reformulation_either_xor, e4595_, e4596_, e4597_, e4598_, e4599_,
  relu_1_65_7_above_pre, relu_1_65_7__pyomo_gdp_bigm_reformulation_either_xor, e4602_, e4603_, e4604_, e4605_, e4606_, relu_1_66_0_above_pre,
  relu_1_66_0__pyomo_gdp_bigm_reformulation_either_xor, e4609_, e4610_, e4611_, e4612_, e4613_, relu_1_66_1_above_pre, relu_1_66_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4616_, e4617_, e4618_, e4619_, e4620_, relu_1_66_2_above_pre, relu_1_66_2__pyomo_gdp_bigm_reformulation_either_xor, e4623_,
  e4624_, e4625_, e4626_, e4627_, relu_1_66_3_above_pre, relu_1_66_3__pyomo_gdp_bigm_reformulation_either_xor, e4630_, e4631_,
  e4632_, e4633_, e4634_, relu_1_66_4_above_pre, relu_1_66_4__pyomo_gdp_bigm_reformulation_either_xor, e4637_, e4638_, e4639_,
  e4640_, e4641_, relu_1_66_5_above_pre, relu_1_66_5__pyomo_gdp_bigm_reformulation_either_xor, e4644_, e4645_, e4646_, e4647_,
  e4648_, relu_1_66_6_above_pre, relu_1_66_6__pyomo_gdp_bigm_reformulation_either_xor, e4651_, e4652_, e4653_, e4654_, e4655_,
  relu_1_66_7_above_pre, relu_1_66_7__pyomo_gdp_bigm_reformulation_either_xor, e4658_, e4659_, e4660_, e4661_, e4662_, relu_1_67_0_above_pre,
  relu_1_67_0__pyomo_gdp_bigm_reformulation_either_xor, e4665_, e4666_, e4667_, e4668_, e4669_, relu_1_67_1_above_pre, relu_1_67_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4672_, e4673_, e4674_, e4675_, e4676_, relu_1_67_2_above_pre, relu_1_67_2__pyomo_gdp_bigm_reformulation_either_xor, e4679_,
  e4680_, e4681_, e4682_, e4683_, relu_1_67_3_above_pre, relu_1_67_3__pyomo_gdp_bigm_reformulation_either_xor, e4686_, e4687_,
  e4688_, e4689_, e4690_, relu_1_67_4_above_pre, relu_1_67_4__pyomo_gdp_bigm_reformulation_either_xor, e4693_, e4694_, e4695_,
  e4696_, e4697_, relu_1_67_5_above_pre, relu_1_67_5__pyomo_gdp_bigm_reformulation_either_xor, e4700_, e4701_, e4702_, e4703_,
  e4704_, relu_1_67_6_above_pre, relu_1_67_6__pyomo_gdp_bigm_reformulation_either_xor, e4707_, e4708_, e4709_, e4710_, e4711_,
  relu_1_67_7_above_pre, relu_1_67_7__pyomo_gdp_bigm_reformulation_either_xor, e4714_, e4715_, e4716_, e4717_, e4718_, relu_1_68_0_above_pre,
  relu_1_68_0__pyomo_gdp_bigm_reformulation_either_xor, e4721_, e4722_, e4723_, e4724_, e4725_, relu_1_68_1_above_pre, relu_1_68_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4728_, e4729_, e4730_, e4731_, e4732_, relu_1_68_2_above_pre, relu_1_68_2__pyomo_gdp_bigm_reformulation_either_xor, e4735_,
  e4736_, e4737_, e4738_, e4739_, relu_1_68_3_above_pre, relu_1_68_3__pyomo_gdp_bigm_reformulation_either_xor, e4742_, e4743_,
  e4744_, e4745_, e4746_, relu_1_68_4_above_pre, relu_1_68_4__pyomo_gdp_bigm_reformulation_either_xor, e4749_, e4750_, e4751_,
  e4752_, e4753_, relu_1_68_5_above_pre, relu_1_68_5__pyomo_gdp_bigm_reformulation_either_xor, e4756_, e4757_, e4758_, e4759_,
  e4760_, relu_1_68_6_above_pre, relu_1_68_6__pyomo_gdp_bigm_reformulation_either_xor, e4763_, e4764_, e4765_, e4766_, e4767_,
  relu_1_68_7_above_pre, relu_1_68_7__pyomo_gdp_bigm_reformulation_either_xor, e4770_, e4771_, e4772_, e4773_, e4774_, relu_1_69_0_above_pre,
  relu_1_69_0__pyomo_gdp_bigm_reformulation_either_xor, e4777_, e4778_, e4779_, e4780_, e4781_, relu_1_69_1_above_pre, relu_1_69_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4784_, e4785_, e4786_, e4787_, e4788_, relu_1_69_2_above_pre, relu_1_69_2__pyomo_gdp_bigm_reformulation_either_xor, e4791_,
  e4792_, e4793_, e4794_, e4795_, relu_1_69_3_above_pre, relu_1_69_3__pyomo_gdp_bigm_reformulation_either_xor, e4798_, e4799_,
  e4800_, e4801_, e4802_, relu_1_69_4_above_pre, relu_1_69_4__pyomo_gdp_bigm_reformulation_either_xor, e4805_, e4806_, e4807_,
  e4808_, e4809_, relu_1_69_5_above_pre, relu_1_69_5__pyomo_gdp_bigm_reformulation_either_xor, e4812_, e4813_, e4814_, e4815_,
  e4816_, relu_1_69_6_above_pre, relu_1_69_6__pyomo_gdp_bigm_reformulation_either_xor, e4819_, e4820_, e4821_, e4822_, e4823_,
  relu_1_69_7_above_pre, relu_1_69_7__pyomo_gdp_bigm_reformulation_either_xor, e4826_, e4827_, e4828_, e4829_, e4830_, relu_1_70_0_above_pre,
  relu_1_70_0__pyomo_gdp_bigm_reformulation_either_xor, e4833_, e4834_, e4835_, e4836_, e4837_, relu_1_70_1_above_pre, relu_1_70_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4840_, e4841_, e4842_, e4843_, e4844_, relu_1_70_2_above_pre, relu_1_70_2__pyomo_gdp_bigm_reformulation_either_xor, e4847_,
  e4848_, e4849_, e4850_, e4851_, relu_1_70_3_above_pre, relu_1_70_3__pyomo_gdp_bigm_reformulation_either_xor, e4854_, e4855_,
  e4856_, e4857_, e4858_, relu_1_70_4_above_pre, relu_1_70_4__pyomo_gdp_bigm_reformulation_either_xor, e4861_, e4862_, e4863_,
  e4864_, e4865_, relu_1_70_5_above_pre, relu_1_70_5__pyomo_gdp_bigm_reformulation_either_xor, e4868_, e4869_, e4870_, e4871_,
  e4872_, relu_1_70_6_above_pre, relu_1_70_6__pyomo_gdp_bigm_reformulation_either_xor, e4875_, e4876_, e4877_, e4878_, e4879_,
  relu_1_70_7_above_pre, relu_1_70_7__pyomo_gdp_bigm_reformulation_either_xor, e4882_, e4883_, e4884_, e4885_, e4886_, relu_1_71_0_above_pre,
  relu_1_71_0__pyomo_gdp_bigm_reformulation_either_xor, e4889_, e4890_, e4891_, e4892_, e4893_, relu_1_71_1_above_pre, relu_1_71_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4896_, e4897_, e4898_, e4899_, e4900_, relu_1_71_2_above_pre, relu_1_71_2__pyomo_gdp_bigm_reformulation_either_xor, e4903_,
  e4904_, e4905_, e4906_, e4907_, relu_1_71_3_above_pre, relu_1_71_3__pyomo_gdp_bigm_reformulation_either_xor, e4910_, e4911_,
  e4912_, e4913_, e4914_, relu_1_71_4_above_pre, relu_1_71_4__pyomo_gdp_bigm_reformulation_either_xor, e4917_, e4918_, e4919_,
  e4920_, e4921_, relu_1_71_5_above_pre, relu_1_71_5__pyomo_gdp_bigm_reformulation_either_xor, e4924_, e4925_, e4926_, e4927_,
  e4928_, relu_1_71_6_above_pre, relu_1_71_6__pyomo_gdp_bigm_reformulation_either_xor, e4931_, e4932_, e4933_, e4934_, e4935_,
  relu_1_71_7_above_pre, relu_1_71_7__pyomo_gdp_bigm_reformulation_either_xor, e4938_, e4939_, e4940_, e4941_, e4942_, relu_1_72_0_above_pre,
  relu_1_72_0__pyomo_gdp_bigm_reformulation_either_xor, e4945_, e4946_, e4947_, e4948_, e4949_, relu_1_72_1_above_pre, relu_1_72_1__pyomo_gdp_bigm_reformulation_either_xor,
  e4952_, e4953_, e4954_, e4955_, e4956_, relu_1_72_2_above_pre, relu_1_72_2__pyomo_gdp_bigm_reformulation_either_xor, e4959_,
  e4960_, e4961_, e4962_, e4963_, relu_1_72_3_above_pre, relu_1_72_3__pyomo_gdp_bigm_reformulation_either_xor, e4966_, e4967_,
  e4968_, e4969_, e4970_, relu_1_72_4_above_pre, relu_1_72_4__pyomo_gdp_bigm_reformulation_either_xor, e4973_, e4974_, e4975_,
  e4976_, e4977_, relu_1_72_5_above_pre, relu_1_72_5__pyomo_gdp_bigm_reformulation_either_xor, e4980_, e4981_, e4982_, e4983_,
  e4984_, relu_1_72_6_above_pre, relu_1_72_6__pyomo_gdp_bigm_reformulation_either_xor, e4987_, e4988_, e4989_, e4990_, e4991_,
  relu_1_72_7_above_pre, relu_1_72_7__pyomo_gdp_bigm_reformulation_either_xor, e4994_, e4995_, e4996_, e4997_, e4998_, relu_1_73_0_above_pre,
  relu_1_73_0__pyomo_gdp_bigm_reformulation_either_xor, e5001_, e5002_, e5003_, e5004_, e5005_, relu_1_73_1_above_pre, relu_1_73_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5008_, e5009_, e5010_, e5011_, e5012_, relu_1_73_2_above_pre, relu_1_73_2__pyomo_gdp_bigm_reformulation_either_xor, e5015_,
  e5016_, e5017_, e5018_, e5019_, relu_1_73_3_above_pre, relu_1_73_3__pyomo_gdp_bigm_reformulation_either_xor, e5022_, e5023_,
  e5024_, e5025_, e5026_, relu_1_73_4_above_pre, relu_1_73_4__pyomo_gdp_bigm_reformulation_either_xor, e5029_, e5030_, e5031_,
  e5032_, e5033_, relu_1_73_5_above_pre, relu_1_73_5__pyomo_gdp_bigm_reformulation_either_xor, e5036_, e5037_, e5038_, e5039_,
  e5040_, relu_1_73_6_above_pre, relu_1_73_6__pyomo_gdp_bigm_reformulation_either_xor, e5043_, e5044_, e5045_, e5046_, e5047_,
  relu_1_73_7_above_pre, relu_1_73_7__pyomo_gdp_bigm_reformulation_either_xor, e5050_, e5051_, e5052_, e5053_, e5054_, relu_1_74_0_above_pre,
  relu_1_74_0__pyomo_gdp_bigm_reformulation_either_xor, e5057_, e5058_, e5059_, e5060_, e5061_, relu_1_74_1_above_pre, relu_1_74_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5064_, e5065_, e5066_, e5067_, e5068_, relu_1_74_2_above_pre, relu_1_74_2__pyomo_gdp_bigm_reformulation_either_xor, e5071_,
  e5072_, e5073_, e5074_, e5075_, relu_1_74_3_above_pre, relu_1_74_3__pyomo_gdp_bigm_reformulation_either_xor, e5078_, e5079_,
  e5080_, e5081_, e5082_, relu_1_74_4_above_pre, relu_1_74_4__pyomo_gdp_bigm_reformulation_either_xor, e5085_, e5086_, e5087_,
  e5088_, e5089_, relu_1_74_5_above_pre, relu_1_74_5__pyomo_gdp_bigm_reformulation_either_xor, e5092_, e5093_, e5094_, e5095_,
  e5096_, relu_1_74_6_above_pre, relu_1_74_6__pyomo_gdp_bigm_reformulation_either_xor, e5099_, e5100_, e5101_, e5102_, e5103_,
  relu_1_74_7_above_pre, relu_1_74_7__pyomo_gdp_bigm_reformulation_either_xor, e5106_, e5107_, e5108_, e5109_, e5110_, relu_1_75_0_above_pre,
  relu_1_75_0__pyomo_gdp_bigm_reformulation_either_xor, e5113_, e5114_, e5115_, e5116_, e5117_, relu_1_75_1_above_pre, relu_1_75_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5120_, e5121_, e5122_, e5123_, e5124_, relu_1_75_2_above_pre, relu_1_75_2__pyomo_gdp_bigm_reformulation_either_xor, e5127_,
  e5128_, e5129_, e5130_, e5131_, relu_1_75_3_above_pre, relu_1_75_3__pyomo_gdp_bigm_reformulation_either_xor, e5134_, e5135_,
  e5136_, e5137_, e5138_, relu_1_75_4_above_pre, relu_1_75_4__pyomo_gdp_bigm_reformulation_either_xor, e5141_, e5142_, e5143_,
  e5144_, e5145_, relu_1_75_5_above_pre, relu_1_75_5__pyomo_gdp_bigm_reformulation_either_xor, e5148_, e5149_, e5150_, e5151_,
  e5152_, relu_1_75_6_above_pre, relu_1_75_6__pyomo_gdp_bigm_reformulation_either_xor, e5155_, e5156_, e5157_, e5158_, e5159_,
  relu_1_75_7_above_pre, relu_1_75_7__pyomo_gdp_bigm_reformulation_either_xor, e5162_, e5163_, e5164_, e5165_, e5166_, relu_1_76_0_above_pre,
  relu_1_76_0__pyomo_gdp_bigm_reformulation_either_xor, e5169_, e5170_, e5171_, e5172_, e5173_, relu_1_76_1_above_pre, relu_1_76_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5176_, e5177_, e5178_, e5179_, e5180_, relu_1_76_2_above_pre, relu_1_76_2__pyomo_gdp_bigm_reformulation_either_xor, e5183_,
  e5184_, e5185_, e5186_, e5187_, relu_1_76_3_above_pre, relu_1_76_3__pyomo_gdp_bigm_reformulation_either_xor, e5190_, e5191_,
  e5192_, e5193_, e5194_, relu_1_76_4_above_pre, relu_1_76_4__pyomo_gdp_bigm_reformulation_either_xor, e5197_, e5198_, e5199_,
  e5200_, e5201_, relu_1_76_5_above_pre, relu_1_76_5__pyomo_gdp_bigm_reformulation_either_xor, e5204_, e5205_, e5206_, e5207_,
  e5208_, relu_1_76_6_above_pre, relu_1_76_6__pyomo_gdp_bigm_reformulation_either_xor, e5211_, e5212_, e5213_, e5214_, e5215_,
  relu_1_76_7_above_pre, relu_1_76_7__pyomo_gdp_bigm_reformulation_either_xor, e5218_, e5219_, e5220_, e5221_, e5222_, relu_1_77_0_above_pre,
  relu_1_77_0__pyomo_gdp_bigm_reformulation_either_xor, e5225_, e5226_, e5227_, e5228_, e5229_, relu_1_77_1_above_pre, relu_1_77_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5232_, e5233_, e5234_, e5235_, e5236_, relu_1_77_2_above_pre, relu_1_77_2__pyomo_gdp_bigm_reformulation_either_xor, e5239_,
  e5240_, e5241_, e5242_, e5243_, relu_1_77_3_above_pre, relu_1_77_3__pyomo_gdp_bigm_reformulation_either_xor, e5246_, e5247_,
  e5248_, e5249_, e5250_, relu_1_77_4_above_pre, relu_1_77_4__pyomo_gdp_bigm_reformulation_either_xor, e5253_, e5254_, e5255_,
  e5256_, e5257_, relu_1_77_5_above_pre, relu_1_77_5__pyomo_gdp_bigm_reformulation_either_xor, e5260_, e5261_, e5262_, e5263_,
  e5264_, relu_1_77_6_above_pre, relu_1_77_6__pyomo_gdp_bigm_reformulation_either_xor, e5267_, e5268_, e5269_, e5270_, e5271_,
  relu_1_77_7_above_pre, relu_1_77_7__pyomo_gdp_bigm_reformulation_either_xor, e5274_, e5275_, e5276_, e5277_, e5278_, relu_1_78_0_above_pre,
  relu_1_78_0__pyomo_gdp_bigm_reformulation_either_xor, e5281_, e5282_, e5283_, e5284_, e5285_, relu_1_78_1_above_pre, relu_1_78_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5288_, e5289_, e5290_, e5291_, e5292_, relu_1_78_2_above_pre, relu_1_78_2__pyomo_gdp_bigm_reformulation_either_xor, e5295_,
  e5296_, e5297_, e5298_, e5299_, relu_1_78_3_above_pre, relu_1_78_3__pyomo_gdp_bigm_reformulation_either_xor, e5302_, e5303_,
  e5304_, e5305_, e5306_, relu_1_78_4_above_pre, relu_1_78_4__pyomo_gdp_bigm_reformulation_either_xor, e5309_, e5310_, e5311_,
  e5312_, e5313_, relu_1_78_5_above_pre, relu_1_78_5__pyomo_gdp_bigm_reformulation_either_xor, e5316_, e5317_, e5318_, e5319_,
  e5320_, relu_1_78_6_above_pre, relu_1_78_6__pyomo_gdp_bigm_reformulation_either_xor, e5323_, e5324_, e5325_, e5326_, e5327_,
  relu_1_78_7_above_pre, relu_1_78_7__pyomo_gdp_bigm_reformulation_either_xor, e5330_, e5331_, e5332_, e5333_, e5334_, relu_1_79_0_above_pre,
  relu_1_79_0__pyomo_gdp_bigm_reformulation_either_xor, e5337_, e5338_, e5339_, e5340_, e5341_, relu_1_79_1_above_pre, relu_1_79_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5344_, e5345_, e5346_, e5347_, e5348_, relu_1_79_2_above_pre, relu_1_79_2__pyomo_gdp_bigm_reformulation_either_xor, e5351_,
  e5352_, e5353_, e5354_, e5355_, relu_1_79_3_above_pre, relu_1_79_3__pyomo_gdp_bigm_reformulation_either_xor, e5358_, e5359_,
  e5360_, e5361_, e5362_, relu_1_79_4_above_pre, relu_1_79_4__pyomo_gdp_bigm_reformulation_either_xor, e5365_, e5366_, e5367_,
  e5368_, e5369_, relu_1_79_5_above_pre, relu_1_79_5__pyomo_gdp_bigm_reformulation_either_xor, e5372_, e5373_, e5374_, e5375_,
  e5376_, relu_1_79_6_above_pre, relu_1_79_6__pyomo_gdp_bigm_reformulation_either_xor, e5379_, e5380_, e5381_, e5382_, e5383_,
  relu_1_79_7_above_pre, relu_1_79_7__pyomo_gdp_bigm_reformulation_either_xor, e5386_, e5387_, e5388_, e5389_, e5390_, relu_1_80_0_above_pre,
  relu_1_80_0__pyomo_gdp_bigm_reformulation_either_xor, e5393_, e5394_, e5395_, e5396_, e5397_, relu_1_80_1_above_pre, relu_1_80_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5400_, e5401_, e5402_, e5403_, e5404_, relu_1_80_2_above_pre, relu_1_80_2__pyomo_gdp_bigm_reformulation_either_xor, e5407_,
  e5408_, e5409_, e5410_, e5411_, relu_1_80_3_above_pre, relu_1_80_3__pyomo_gdp_bigm_reformulation_either_xor, e5414_, e5415_,
  e5416_, e5417_, e5418_, relu_1_80_4_above_pre, relu_1_80_4__pyomo_gdp_bigm_reformulation_either_xor, e5421_, e5422_, e5423_,
  e5424_, e5425_, relu_1_80_5_above_pre, relu_1_80_5__pyomo_gdp_bigm_reformulation_either_xor, e5428_, e5429_, e5430_, e5431_,
  e5432_, relu_1_80_6_above_pre, relu_1_80_6__pyomo_gdp_bigm_reformulation_either_xor, e5435_, e5436_, e5437_, e5438_, e5439_,
  relu_1_80_7_above_pre, relu_1_80_7__pyomo_gdp_bigm_reformulation_either_xor, e5442_, e5443_, e5444_, e5445_, e5446_, relu_1_81_0_above_pre,
  relu_1_81_0__pyomo_gdp_bigm_reformulation_either_xor, e5449_, e5450_, e5451_, e5452_, e5453_, relu_1_81_1_above_pre, relu_1_81_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5456_, e5457_, e5458_, e5459_, e5460_, relu_1_81_2_above_pre, relu_1_81_2__pyomo_gdp_bigm_reformulation_either_xor, e5463_,
  e5464_, e5465_, e5466_, e5467_, relu_1_81_3_above_pre, relu_1_81_3__pyomo_gdp_bigm_reformulation_either_xor, e5470_, e5471_,
  e5472_, e5473_, e5474_, relu_1_81_4_above_pre, relu_1_81_4__pyomo_gdp_bigm_reformulation_either_xor, e5477_, e5478_, e5479_,
  e5480_, e5481_, relu_1_81_5_above_pre, relu_1_81_5__pyomo_gdp_bigm_reformulation_either_xor, e5484_, e5485_, e5486_, e5487_,
  e5488_, relu_1_81_6_above_pre, relu_1_81_6__pyomo_gdp_bigm_reformulation_either_xor, e5491_, e5492_, e5493_, e5494_, e5495_,
  relu_1_81_7_above_pre, relu_1_81_7__pyomo_gdp_bigm_reformulation_either_xor, e5498_, e5499_, e5500_, e5501_, e5502_, relu_1_82_0_above_pre,
  relu_1_82_0__pyomo_gdp_bigm_reformulation_either_xor, e5505_, e5506_, e5507_, e5508_, e5509_, relu_1_82_1_above_pre, relu_1_82_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5512_, e5513_, e5514_, e5515_, e5516_, relu_1_82_2_above_pre, relu_1_82_2__pyomo_gdp_bigm_reformulation_either_xor, e5519_,
  e5520_, e5521_, e5522_, e5523_, relu_1_82_3_above_pre, relu_1_82_3__pyomo_gdp_bigm_reformulation_either_xor, e5526_, e5527_,
  e5528_, e5529_, e5530_, relu_1_82_4_above_pre, relu_1_82_4__pyomo_gdp_bigm_reformulation_either_xor, e5533_, e5534_, e5535_,
  e5536_, e5537_, relu_1_82_5_above_pre, relu_1_82_5__pyomo_gdp_bigm_reformulation_either_xor, e5540_, e5541_, e5542_, e5543_,
  e5544_, relu_1_82_6_above_pre, relu_1_82_6__pyomo_gdp_bigm_reformulation_either_xor, e5547_, e5548_, e5549_, e5550_, e5551_,
  relu_1_82_7_above_pre, relu_1_82_7__pyomo_gdp_bigm_reformulation_either_xor, e5554_, e5555_, e5556_, e5557_, e5558_, relu_1_83_0_above_pre,
  relu_1_83_0__pyomo_gdp_bigm_reformulation_either_xor, e5561_, e5562_, e5563_, e5564_, e5565_, relu_1_83_1_above_pre, relu_1_83_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5568_, e5569_, e5570_, e5571_, e5572_, relu_1_83_2_above_pre, relu_1_83_2__pyomo_gdp_bigm_reformulation_either_xor, e5575_,
  e5576_, e5577_, e5578_, e5579_, relu_1_83_3_above_pre, relu_1_83_3__pyomo_gdp_bigm_reformulation_either_xor, e5582_, e5583_,
  e5584_, e5585_, e5586_, relu_1_83_4_above_pre, relu_1_83_4__pyomo_gdp_bigm_reformulation_either_xor, e5589_, e5590_, e5591_,
  e5592_, e5593_, relu_1_83_5_above_pre, relu_1_83_5__pyomo_gdp_bigm_reformulation_either_xor, e5596_, e5597_, e5598_, e5599_,
  e5600_, relu_1_83_6_above_pre, relu_1_83_6__pyomo_gdp_bigm_reformulation_either_xor, e5603_, e5604_, e5605_, e5606_, e5607_,
  relu_1_83_7_above_pre, relu_1_83_7__pyomo_gdp_bigm_reformulation_either_xor, e5610_, e5611_, e5612_, e5613_, e5614_, relu_1_84_0_above_pre,
  relu_1_84_0__pyomo_gdp_bigm_reformulation_either_xor, e5617_, e5618_, e5619_, e5620_, e5621_, relu_1_84_1_above_pre, relu_1_84_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5624_, e5625_, e5626_, e5627_, e5628_, relu_1_84_2_above_pre, relu_1_84_2__pyomo_gdp_bigm_reformulation_either_xor, e5631_,
  e5632_, e5633_, e5634_, e5635_, relu_1_84_3_above_pre, relu_1_84_3__pyomo_gdp_bigm_reformulation_either_xor, e5638_, e5639_,
  e5640_, e5641_, e5642_, relu_1_84_4_above_pre, relu_1_84_4__pyomo_gdp_bigm_reformulation_either_xor, e5645_, e5646_, e5647_,
  e5648_, e5649_, relu_1_84_5_above_pre, relu_1_84_5__pyomo_gdp_bigm_reformulation_either_xor, e5652_, e5653_, e5654_, e5655_,
  e5656_, relu_1_84_6_above_pre, relu_1_84_6__pyomo_gdp_bigm_reformulation_either_xor, e5659_, e5660_, e5661_, e5662_, e5663_,
  relu_1_84_7_above_pre, relu_1_84_7__pyomo_gdp_bigm_reformulation_either_xor, e5666_, e5667_, e5668_, e5669_, e5670_, relu_1_85_0_above_pre,
  relu_1_85_0__pyomo_gdp_bigm_reformulation_either_xor, e5673_, e5674_, e5675_, e5676_, e5677_, relu_1_85_1_above_pre, relu_1_85_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5680_, e5681_, e5682_, e5683_, e5684_, relu_1_85_2_above_pre, relu_1_85_2__pyomo_gdp_bigm_reformulation_either_xor, e5687_,
  e5688_, e5689_, e5690_, e5691_, relu_1_85_3_above_pre, relu_1_85_3__pyomo_gdp_bigm_reformulation_either_xor, e5694_, e5695_,
  e5696_, e5697_, e5698_, relu_1_85_4_above_pre, relu_1_85_4__pyomo_gdp_bigm_reformulation_either_xor, e5701_, e5702_, e5703_,
  e5704_, e5705_, relu_1_85_5_above_pre, relu_1_85_5__pyomo_gdp_bigm_reformulation_either_xor, e5708_, e5709_, e5710_, e5711_,
  e5712_, relu_1_85_6_above_pre, relu_1_85_6__pyomo_gdp_bigm_reformulation_either_xor, e5715_, e5716_, e5717_, e5718_, e5719_,
  relu_1_85_7_above_pre, relu_1_85_7__pyomo_gdp_bigm_reformulation_either_xor, e5722_, e5723_, e5724_, e5725_, e5726_, relu_1_86_0_above_pre,
  relu_1_86_0__pyomo_gdp_bigm_reformulation_either_xor, e5729_, e5730_, e5731_, e5732_, e5733_, relu_1_86_1_above_pre, relu_1_86_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5736_, e5737_, e5738_, e5739_, e5740_, relu_1_86_2_above_pre, relu_1_86_2__pyomo_gdp_bigm_reformulation_either_xor, e5743_,
  e5744_, e5745_, e5746_, e5747_, relu_1_86_3_above_pre, relu_1_86_3__pyomo_gdp_bigm_reformulation_either_xor, e5750_, e5751_,
  e5752_, e5753_, e5754_, relu_1_86_4_above_pre, relu_1_86_4__pyomo_gdp_bigm_reformulation_either_xor, e5757_, e5758_, e5759_,
  e5760_, e5761_, relu_1_86_5_above_pre, relu_1_86_5__pyomo_gdp_bigm_reformulation_either_xor, e5764_, e5765_, e5766_, e5767_,
  e5768_, relu_1_86_6_above_pre, relu_1_86_6__pyomo_gdp_bigm_reformulation_either_xor, e5771_, e5772_, e5773_, e5774_, e5775_,
  relu_1_86_7_above_pre, relu_1_86_7__pyomo_gdp_bigm_reformulation_either_xor, e5778_, e5779_, e5780_, e5781_, e5782_, relu_1_87_0_above_pre,
  relu_1_87_0__pyomo_gdp_bigm_reformulation_either_xor, e5785_, e5786_, e5787_, e5788_, e5789_, relu_1_87_1_above_pre, relu_1_87_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5792_, e5793_, e5794_, e5795_, e5796_, relu_1_87_2_above_pre, relu_1_87_2__pyomo_gdp_bigm_reformulation_either_xor, e5799_,
  e5800_, e5801_, e5802_, e5803_, relu_1_87_3_above_pre, relu_1_87_3__pyomo_gdp_bigm_reformulation_either_xor, e5806_, e5807_,
  e5808_, e5809_, e5810_, relu_1_87_4_above_pre, relu_1_87_4__pyomo_gdp_bigm_reformulation_either_xor, e5813_, e5814_, e5815_,
  e5816_, e5817_, relu_1_87_5_above_pre, relu_1_87_5__pyomo_gdp_bigm_reformulation_either_xor, e5820_, e5821_, e5822_, e5823_,
  e5824_, relu_1_87_6_above_pre, relu_1_87_6__pyomo_gdp_bigm_reformulation_either_xor, e5827_, e5828_, e5829_, e5830_, e5831_,
  relu_1_87_7_above_pre, relu_1_87_7__pyomo_gdp_bigm_reformulation_either_xor, e5834_, e5835_, e5836_, e5837_, e5838_, relu_1_88_0_above_pre,
  relu_1_88_0__pyomo_gdp_bigm_reformulation_either_xor, e5841_, e5842_, e5843_, e5844_, e5845_, relu_1_88_1_above_pre, relu_1_88_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5848_, e5849_, e5850_, e5851_, e5852_, relu_1_88_2_above_pre, relu_1_88_2__pyomo_gdp_bigm_reformulation_either_xor, e5855_,
  e5856_, e5857_, e5858_, e5859_, relu_1_88_3_above_pre, relu_1_88_3__pyomo_gdp_bigm_reformulation_either_xor, e5862_, e5863_,
  e5864_, e5865_, e5866_, relu_1_88_4_above_pre, relu_1_88_4__pyomo_gdp_bigm_reformulation_either_xor, e5869_, e5870_, e5871_,
  e5872_, e5873_, relu_1_88_5_above_pre, relu_1_88_5__pyomo_gdp_bigm_reformulation_either_xor, e5876_, e5877_, e5878_, e5879_,
  e5880_, relu_1_88_6_above_pre, relu_1_88_6__pyomo_gdp_bigm_reformulation_either_xor, e5883_, e5884_, e5885_, e5886_, e5887_,
  relu_1_88_7_above_pre, relu_1_88_7__pyomo_gdp_bigm_reformulation_either_xor, e5890_, e5891_, e5892_, e5893_, e5894_, relu_1_89_0_above_pre,
  relu_1_89_0__pyomo_gdp_bigm_reformulation_either_xor, e5897_, e5898_, e5899_, e5900_, e5901_, relu_1_89_1_above_pre, relu_1_89_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5904_, e5905_, e5906_, e5907_, e5908_, relu_1_89_2_above_pre, relu_1_89_2__pyomo_gdp_bigm_reformulation_either_xor, e5911_,
  e5912_, e5913_, e5914_, e5915_, relu_1_89_3_above_pre, relu_1_89_3__pyomo_gdp_bigm_reformulation_either_xor, e5918_, e5919_,
  e5920_, e5921_, e5922_, relu_1_89_4_above_pre, relu_1_89_4__pyomo_gdp_bigm_reformulation_either_xor, e5925_, e5926_, e5927_,
  e5928_, e5929_, relu_1_89_5_above_pre, relu_1_89_5__pyomo_gdp_bigm_reformulation_either_xor, e5932_, e5933_, e5934_, e5935_,
  e5936_, relu_1_89_6_above_pre, relu_1_89_6__pyomo_gdp_bigm_reformulation_either_xor, e5939_, e5940_, e5941_, e5942_, e5943_,
  relu_1_89_7_above_pre, relu_1_89_7__pyomo_gdp_bigm_reformulation_either_xor, e5946_, e5947_, e5948_, e5949_, e5950_, relu_1_90_0_above_pre,
  relu_1_90_0__pyomo_gdp_bigm_reformulation_either_xor, e5953_, e5954_, e5955_, e5956_, e5957_, relu_1_90_1_above_pre, relu_1_90_1__pyomo_gdp_bigm_reformulation_either_xor,
  e5960_, e5961_, e5962_, e5963_, e5964_, relu_1_90_2_above_pre, relu_1_90_2__pyomo_gdp_bigm_reformulation_either_xor, e5967_,
  e5968_, e5969_, e5970_, e5971_, relu_1_90_3_above_pre, relu_1_90_3__pyomo_gdp_bigm_reformulation_either_xor, e5974_, e5975_,
  e5976_, e5977_, e5978_, relu_1_90_4_above_pre, relu_1_90_4__pyomo_gdp_bigm_reformulation_either_xor, e5981_, e5982_, e5983_,
  e5984_, e5985_, relu_1_90_5_above_pre, relu_1_90_5__pyomo_gdp_bigm_reformulation_either_xor, e5988_, e5989_, e5990_, e5991_,
  e5992_, relu_1_90_6_above_pre, relu_1_90_6__pyomo_gdp_bigm_reformulation_either_xor, e5995_, e5996_, e5997_, e5998_, e5999_,
  relu_1_90_7_above_pre, relu_1_90_7__pyomo_gdp_bigm_reformulation_either_xor, e6002_, e6003_, e6004_, e6005_, e6006_;

e_obj.. - objvar - 0.25*out_9_0 - 0.25*out_10_0 - 0.25*out_11_0 - 0.5*out_12_0 - 0.5*out_13_0 - 0.5*out_14_0 - 0.75*out_15_0
    - 0.75*out_16_0 - 0.75*out_17_0 - 1*out_18_0 - 1*out_19_0 - 1*out_20_0 - 2*out_21_0 - 2*out_22_0 - 2*out_23_0
    - 1*out_24_0 - 1*out_25_0 - 1*out_26_0 - 0.75*out_27_0 - 0.75*out_28_0 - 0.75*out_29_0 - 0.5*out_30_0 - 0.5*out_31_0
    - 0.5*out_32_0 - 0.25*out_33_0 - 0.25*out_34_0 - 0.25*out_35_0 - 0.25*out_54_0 - 0.25*out_55_0 - 0.25*out_56_0 - 0.5*out_57_0
    - 0.5*out_58_0 - 0.5*out_59_0 - 0.75*out_60_0 - 0.75*out_61_0 - 0.75*out_62_0 - 1*out_63_0 - 1*out_64_0 - 1*out_65_0
    - 2*out_66_0 - 2*out_67_0 - 2*out_68_0 - 1*out_69_0 - 1*out_70_0 - 1*out_71_0 - 0.75*out_72_0 - 0.75*out_73_0
    - 0.75*out_74_0 - 0.5*out_75_0 - 0.5*out_76_0 - 0.5*out_77_0 - 0.25*out_78_0 - 0.25*out_79_0 - 0.25*out_80_0 - 3.611111111111111*out_90_0
    + 1*sqr(out_0_0) + 1*sqr(out_0_1) + 1*sqr(out_1_0) + 1*sqr(out_1_1) + 1*sqr(out_2_0) + 1*sqr(out_2_1) + 1*sqr(out_3_0) + 1*sqr(out_3_1)
    + 1*sqr(out_4_0) + 1*sqr(out_4_1) + 1*sqr(out_5_0) + 1*sqr(out_5_1) + 1*sqr(out_6_0) + 1*sqr(out_6_1) + 1*sqr(out_7_0) + 1*sqr(out_7_1)
    + 1*sqr(out_8_0) + 1*sqr(out_8_1) + 1*sqr(out_9_0) + 1*sqr(out_9_1) + 1*sqr(out_10_0) + 1*sqr(out_10_1) + 1*sqr(out_11_0) + 1*sqr(out_11_1)
    + 1*sqr(out_12_0) + 1*sqr(out_12_1) + 1*sqr(out_13_0) + 1*sqr(out_13_1) + 1*sqr(out_14_0) + 1*sqr(out_14_1) + 1*sqr(out_15_0) + 1*sqr(out_15_1)
    + 1*sqr(out_16_0) + 1*sqr(out_16_1) + 1*sqr(out_17_0) + 1*sqr(out_17_1) + 1*sqr(out_18_0) + 1*sqr(out_18_1) + 1*sqr(out_19_0) + 1*sqr(out_19_1)
    + 1*sqr(out_20_0) + 1*sqr(out_20_1) + 1*sqr(out_21_0) + 1*sqr(out_21_1) + 1*sqr(out_22_0) + 1*sqr(out_22_1) + 1*sqr(out_23_0) + 1*sqr(out_23_1)
    + 1*sqr(out_24_0) + 1*sqr(out_24_1) + 1*sqr(out_25_0) + 1*sqr(out_25_1) + 1*sqr(out_26_0) + 1*sqr(out_26_1) + 1*sqr(out_27_0) + 1*sqr(out_27_1)
    + 1*sqr(out_28_0) + 1*sqr(out_28_1) + 1*sqr(out_29_0) + 1*sqr(out_29_1) + 1*sqr(out_30_0) + 1*sqr(out_30_1) + 1*sqr(out_31_0) + 1*sqr(out_31_1)
    + 1*sqr(out_32_0) + 1*sqr(out_32_1) + 1*sqr(out_33_0) + 1*sqr(out_33_1) + 1*sqr(out_34_0) + 1*sqr(out_34_1) + 1*sqr(out_35_0) + 1*sqr(out_35_1)
    + 1*sqr(out_36_0) + 1*sqr(out_36_1) + 1*sqr(out_37_0) + 1*sqr(out_37_1) + 1*sqr(out_38_0) + 1*sqr(out_38_1) + 1*sqr(out_39_0) + 1*sqr(out_39_1)
    + 1*sqr(out_40_0) + 1*sqr(out_40_1) + 1*sqr(out_41_0) + 1*sqr(out_41_1) + 1*sqr(out_42_0) + 1*sqr(out_42_1) + 1*sqr(out_43_0) + 1*sqr(out_43_1)
    + 1*sqr(out_44_0) + 1*sqr(out_44_1) + 1*sqr(out_45_0) + 1*sqr(out_45_1) + 1*sqr(out_46_0) + 1*sqr(out_46_1) + 1*sqr(out_47_0) + 1*sqr(out_47_1)
    + 1*sqr(out_48_0) + 1*sqr(out_48_1) + 1*sqr(out_49_0) + 1*sqr(out_49_1) + 1*sqr(out_50_0) + 1*sqr(out_50_1) + 1*sqr(out_51_0) + 1*sqr(out_51_1)
    + 1*sqr(out_52_0) + 1*sqr(out_52_1) + 1*sqr(out_53_0) + 1*sqr(out_53_1) + 1*sqr(out_54_0) + 1*sqr(out_54_1) + 1*sqr(out_55_0) + 1*sqr(out_55_1)
    + 1*sqr(out_56_0) + 1*sqr(out_56_1) + 1*sqr(out_57_0) + 1*sqr(out_57_1) + 1*sqr(out_58_0) + 1*sqr(out_58_1) + 1*sqr(out_59_0) + 1*sqr(out_59_1)
    + 1*sqr(out_60_0) + 1*sqr(out_60_1) + 1*sqr(out_61_0) + 1*sqr(out_61_1) + 1*sqr(out_62_0) + 1*sqr(out_62_1) + 1*sqr(out_63_0) + 1*sqr(out_63_1)
    + 1*sqr(out_64_0) + 1*sqr(out_64_1) + 1*sqr(out_65_0) + 1*sqr(out_65_1) + 1*sqr(out_66_0) + 1*sqr(out_66_1) + 1*sqr(out_67_0) + 1*sqr(out_67_1)
    + 1*sqr(out_68_0) + 1*sqr(out_68_1) + 1*sqr(out_69_0) + 1*sqr(out_69_1) + 1*sqr(out_70_0) + 1*sqr(out_70_1) + 1*sqr(out_71_0) + 1*sqr(out_71_1)
    + 1*sqr(out_72_0) + 1*sqr(out_72_1) + 1*sqr(out_73_0) + 1*sqr(out_73_1) + 1*sqr(out_74_0) + 1*sqr(out_74_1) + 1*sqr(out_75_0) + 1*sqr(out_75_1)
    + 1*sqr(out_76_0) + 1*sqr(out_76_1) + 1*sqr(out_77_0) + 1*sqr(out_77_1) + 1*sqr(out_78_0) + 1*sqr(out_78_1) + 1*sqr(out_79_0) + 1*sqr(out_79_1)
    + 1*sqr(out_80_0) + 1*sqr(out_80_1) + 1*sqr(out_81_0) + 1*sqr(out_81_1) + 1*sqr(out_82_0) + 1*sqr(out_82_1) + 1*sqr(out_83_0) + 1*sqr(out_83_1)
    + 1*sqr(out_84_0) + 1*sqr(out_84_1) + 1*sqr(out_85_0) + 1*sqr(out_85_1) + 1*sqr(out_86_0) + 1*sqr(out_86_1) + 1*sqr(out_87_0) + 1*sqr(out_87_1)
    + 1*sqr(out_88_0) + 1*sqr(out_88_1) + 1*sqr(out_89_0) + 1*sqr(out_89_1) + 1*sqr(out_90_0) + 1*sqr(out_90_1) + 14.885030864197532 =e= 0;
pre_definition_1_0_0.. + 8.682560668858486*w_1_0_0 + 8.367357239996755*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 8.682560668858486*w_1_1_0 + 8.367357239996755*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 8.682560668858486*w_1_2_0 + 8.367357239996755*w_1_2_1 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_0_3.. + 8.682560668858486*w_1_3_0 + 8.367357239996755*w_1_3_1 - 1*b_1_3 + 1*pre_1_0_3 =e= 0;
pre_definition_1_0_4.. + 8.682560668858486*w_1_4_0 + 8.367357239996755*w_1_4_1 - 1*b_1_4 + 1*pre_1_0_4 =e= 0;
pre_definition_1_0_5.. + 8.682560668858486*w_1_5_0 + 8.367357239996755*w_1_5_1 - 1*b_1_5 + 1*pre_1_0_5 =e= 0;
pre_definition_1_0_6.. + 8.682560668858486*w_1_6_0 + 8.367357239996755*w_1_6_1 - 1*b_1_6 + 1*pre_1_0_6 =e= 0;
pre_definition_1_0_7.. + 8.682560668858486*w_1_7_0 + 8.367357239996755*w_1_7_1 - 1*b_1_7 + 1*pre_1_0_7 =e= 0;
pre_definition_1_1_0.. + 9.058181017797244*w_1_0_0 + 8.037343068387223*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 9.058181017797244*w_1_1_0 + 8.037343068387223*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 9.058181017797244*w_1_2_0 + 8.037343068387223*w_1_2_1 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_1_3.. + 9.058181017797244*w_1_3_0 + 8.037343068387223*w_1_3_1 - 1*b_1_3 + 1*pre_1_1_3 =e= 0;
pre_definition_1_1_4.. + 9.058181017797244*w_1_4_0 + 8.037343068387223*w_1_4_1 - 1*b_1_4 + 1*pre_1_1_4 =e= 0;
pre_definition_1_1_5.. + 9.058181017797244*w_1_5_0 + 8.037343068387223*w_1_5_1 - 1*b_1_5 + 1*pre_1_1_5 =e= 0;
pre_definition_1_1_6.. + 9.058181017797244*w_1_6_0 + 8.037343068387223*w_1_6_1 - 1*b_1_6 + 1*pre_1_1_6 =e= 0;
pre_definition_1_1_7.. + 9.058181017797244*w_1_7_0 + 8.037343068387223*w_1_7_1 - 1*b_1_7 + 1*pre_1_1_7 =e= 0;
pre_definition_1_2_0.. + 9.433801366736*w_1_0_0 + 7.707328896777691*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 9.433801366736*w_1_1_0 + 7.707328896777691*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. + 9.433801366736*w_1_2_0 + 7.707328896777691*w_1_2_1 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_2_3.. + 9.433801366736*w_1_3_0 + 7.707328896777691*w_1_3_1 - 1*b_1_3 + 1*pre_1_2_3 =e= 0;
pre_definition_1_2_4.. + 9.433801366736*w_1_4_0 + 7.707328896777691*w_1_4_1 - 1*b_1_4 + 1*pre_1_2_4 =e= 0;
pre_definition_1_2_5.. + 9.433801366736*w_1_5_0 + 7.707328896777691*w_1_5_1 - 1*b_1_5 + 1*pre_1_2_5 =e= 0;
pre_definition_1_2_6.. + 9.433801366736*w_1_6_0 + 7.707328896777691*w_1_6_1 - 1*b_1_6 + 1*pre_1_2_6 =e= 0;
pre_definition_1_2_7.. + 9.433801366736*w_1_7_0 + 7.707328896777691*w_1_7_1 - 1*b_1_7 + 1*pre_1_2_7 =e= 0;
pre_definition_1_3_0.. + 8.517553583053719*w_1_0_0 + 8.179547065527377*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 8.517553583053719*w_1_1_0 + 8.179547065527377*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. + 8.517553583053719*w_1_2_0 + 8.179547065527377*w_1_2_1 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_3_3.. + 8.517553583053719*w_1_3_0 + 8.179547065527377*w_1_3_1 - 1*b_1_3 + 1*pre_1_3_3 =e= 0;
pre_definition_1_3_4.. + 8.517553583053719*w_1_4_0 + 8.179547065527377*w_1_4_1 - 1*b_1_4 + 1*pre_1_3_4 =e= 0;
pre_definition_1_3_5.. + 8.517553583053719*w_1_5_0 + 8.179547065527377*w_1_5_1 - 1*b_1_5 + 1*pre_1_3_5 =e= 0;
pre_definition_1_3_6.. + 8.517553583053719*w_1_6_0 + 8.179547065527377*w_1_6_1 - 1*b_1_6 + 1*pre_1_3_6 =e= 0;
pre_definition_1_3_7.. + 8.517553583053719*w_1_7_0 + 8.179547065527377*w_1_7_1 - 1*b_1_7 + 1*pre_1_3_7 =e= 0;
pre_definition_1_4_0.. + 8.893173931992477*w_1_0_0 + 7.849532893917845*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 8.893173931992477*w_1_1_0 + 7.849532893917845*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. + 8.893173931992477*w_1_2_0 + 7.849532893917845*w_1_2_1 - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_4_3.. + 8.893173931992477*w_1_3_0 + 7.849532893917845*w_1_3_1 - 1*b_1_3 + 1*pre_1_4_3 =e= 0;
pre_definition_1_4_4.. + 8.893173931992477*w_1_4_0 + 7.849532893917845*w_1_4_1 - 1*b_1_4 + 1*pre_1_4_4 =e= 0;
pre_definition_1_4_5.. + 8.893173931992477*w_1_5_0 + 7.849532893917845*w_1_5_1 - 1*b_1_5 + 1*pre_1_4_5 =e= 0;
pre_definition_1_4_6.. + 8.893173931992477*w_1_6_0 + 7.849532893917845*w_1_6_1 - 1*b_1_6 + 1*pre_1_4_6 =e= 0;
pre_definition_1_4_7.. + 8.893173931992477*w_1_7_0 + 7.849532893917845*w_1_7_1 - 1*b_1_7 + 1*pre_1_4_7 =e= 0;
pre_definition_1_5_0.. + 9.268794280931234*w_1_0_0 + 7.519518722308312*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 9.268794280931234*w_1_1_0 + 7.519518722308312*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. + 9.268794280931234*w_1_2_0 + 7.519518722308312*w_1_2_1 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_5_3.. + 9.268794280931234*w_1_3_0 + 7.519518722308312*w_1_3_1 - 1*b_1_3 + 1*pre_1_5_3 =e= 0;
pre_definition_1_5_4.. + 9.268794280931234*w_1_4_0 + 7.519518722308312*w_1_4_1 - 1*b_1_4 + 1*pre_1_5_4 =e= 0;
pre_definition_1_5_5.. + 9.268794280931234*w_1_5_0 + 7.519518722308312*w_1_5_1 - 1*b_1_5 + 1*pre_1_5_5 =e= 0;
pre_definition_1_5_6.. + 9.268794280931234*w_1_6_0 + 7.519518722308312*w_1_6_1 - 1*b_1_6 + 1*pre_1_5_6 =e= 0;
pre_definition_1_5_7.. + 9.268794280931234*w_1_7_0 + 7.519518722308312*w_1_7_1 - 1*b_1_7 + 1*pre_1_5_7 =e= 0;
pre_definition_1_6_0.. + 8.352546497248953*w_1_0_0 + 7.991736891057998*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 8.352546497248953*w_1_1_0 + 7.991736891057998*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. + 8.352546497248953*w_1_2_0 + 7.991736891057998*w_1_2_1 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_6_3.. + 8.352546497248953*w_1_3_0 + 7.991736891057998*w_1_3_1 - 1*b_1_3 + 1*pre_1_6_3 =e= 0;
pre_definition_1_6_4.. + 8.352546497248953*w_1_4_0 + 7.991736891057998*w_1_4_1 - 1*b_1_4 + 1*pre_1_6_4 =e= 0;
pre_definition_1_6_5.. + 8.352546497248953*w_1_5_0 + 7.991736891057998*w_1_5_1 - 1*b_1_5 + 1*pre_1_6_5 =e= 0;
pre_definition_1_6_6.. + 8.352546497248953*w_1_6_0 + 7.991736891057998*w_1_6_1 - 1*b_1_6 + 1*pre_1_6_6 =e= 0;
pre_definition_1_6_7.. + 8.352546497248953*w_1_7_0 + 7.991736891057998*w_1_7_1 - 1*b_1_7 + 1*pre_1_6_7 =e= 0;
pre_definition_1_7_0.. + 8.72816684618771*w_1_0_0 + 7.6617227194484645*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. + 8.72816684618771*w_1_1_0 + 7.6617227194484645*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. + 8.72816684618771*w_1_2_0 + 7.6617227194484645*w_1_2_1 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_7_3.. + 8.72816684618771*w_1_3_0 + 7.6617227194484645*w_1_3_1 - 1*b_1_3 + 1*pre_1_7_3 =e= 0;
pre_definition_1_7_4.. + 8.72816684618771*w_1_4_0 + 7.6617227194484645*w_1_4_1 - 1*b_1_4 + 1*pre_1_7_4 =e= 0;
pre_definition_1_7_5.. + 8.72816684618771*w_1_5_0 + 7.6617227194484645*w_1_5_1 - 1*b_1_5 + 1*pre_1_7_5 =e= 0;
pre_definition_1_7_6.. + 8.72816684618771*w_1_6_0 + 7.6617227194484645*w_1_6_1 - 1*b_1_6 + 1*pre_1_7_6 =e= 0;
pre_definition_1_7_7.. + 8.72816684618771*w_1_7_0 + 7.6617227194484645*w_1_7_1 - 1*b_1_7 + 1*pre_1_7_7 =e= 0;
pre_definition_1_8_0.. + 9.103787195126468*w_1_0_0 + 7.331708547838932*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 9.103787195126468*w_1_1_0 + 7.331708547838932*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. + 9.103787195126468*w_1_2_0 + 7.331708547838932*w_1_2_1 - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_8_3.. + 9.103787195126468*w_1_3_0 + 7.331708547838932*w_1_3_1 - 1*b_1_3 + 1*pre_1_8_3 =e= 0;
pre_definition_1_8_4.. + 9.103787195126468*w_1_4_0 + 7.331708547838932*w_1_4_1 - 1*b_1_4 + 1*pre_1_8_4 =e= 0;
pre_definition_1_8_5.. + 9.103787195126468*w_1_5_0 + 7.331708547838932*w_1_5_1 - 1*b_1_5 + 1*pre_1_8_5 =e= 0;
pre_definition_1_8_6.. + 9.103787195126468*w_1_6_0 + 7.331708547838932*w_1_6_1 - 1*b_1_6 + 1*pre_1_8_6 =e= 0;
pre_definition_1_8_7.. + 9.103787195126468*w_1_7_0 + 7.331708547838932*w_1_7_1 - 1*b_1_7 + 1*pre_1_8_7 =e= 0;
pre_definition_1_9_0.. + 7.940028782737038*w_1_0_0 + 7.522211454884551*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. + 7.940028782737038*w_1_1_0 + 7.522211454884551*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. + 7.940028782737038*w_1_2_0 + 7.522211454884551*w_1_2_1 - 1*b_1_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_9_3.. + 7.940028782737038*w_1_3_0 + 7.522211454884551*w_1_3_1 - 1*b_1_3 + 1*pre_1_9_3 =e= 0;
pre_definition_1_9_4.. + 7.940028782737038*w_1_4_0 + 7.522211454884551*w_1_4_1 - 1*b_1_4 + 1*pre_1_9_4 =e= 0;
pre_definition_1_9_5.. + 7.940028782737038*w_1_5_0 + 7.522211454884551*w_1_5_1 - 1*b_1_5 + 1*pre_1_9_5 =e= 0;
pre_definition_1_9_6.. + 7.940028782737038*w_1_6_0 + 7.522211454884551*w_1_6_1 - 1*b_1_6 + 1*pre_1_9_6 =e= 0;
pre_definition_1_9_7.. + 7.940028782737038*w_1_7_0 + 7.522211454884551*w_1_7_1 - 1*b_1_7 + 1*pre_1_9_7 =e= 0;
pre_definition_1_10_0.. + 8.315649131675794*w_1_0_0 + 7.192197283275018*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. + 8.315649131675794*w_1_1_0 + 7.192197283275018*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. + 8.315649131675794*w_1_2_0 + 7.192197283275018*w_1_2_1 - 1*b_1_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_10_3.. + 8.315649131675794*w_1_3_0 + 7.192197283275018*w_1_3_1 - 1*b_1_3 + 1*pre_1_10_3 =e= 0;
pre_definition_1_10_4.. + 8.315649131675794*w_1_4_0 + 7.192197283275018*w_1_4_1 - 1*b_1_4 + 1*pre_1_10_4 =e= 0;
pre_definition_1_10_5.. + 8.315649131675794*w_1_5_0 + 7.192197283275018*w_1_5_1 - 1*b_1_5 + 1*pre_1_10_5 =e= 0;
pre_definition_1_10_6.. + 8.315649131675794*w_1_6_0 + 7.192197283275018*w_1_6_1 - 1*b_1_6 + 1*pre_1_10_6 =e= 0;
pre_definition_1_10_7.. + 8.315649131675794*w_1_7_0 + 7.192197283275018*w_1_7_1 - 1*b_1_7 + 1*pre_1_10_7 =e= 0;
pre_definition_1_11_0.. + 8.691269480614553*w_1_0_0 + 6.862183111665486*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 8.691269480614553*w_1_1_0 + 6.862183111665486*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. + 8.691269480614553*w_1_2_0 + 6.862183111665486*w_1_2_1 - 1*b_1_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_11_3.. + 8.691269480614553*w_1_3_0 + 6.862183111665486*w_1_3_1 - 1*b_1_3 + 1*pre_1_11_3 =e= 0;
pre_definition_1_11_4.. + 8.691269480614553*w_1_4_0 + 6.862183111665486*w_1_4_1 - 1*b_1_4 + 1*pre_1_11_4 =e= 0;
pre_definition_1_11_5.. + 8.691269480614553*w_1_5_0 + 6.862183111665486*w_1_5_1 - 1*b_1_5 + 1*pre_1_11_5 =e= 0;
pre_definition_1_11_6.. + 8.691269480614553*w_1_6_0 + 6.862183111665486*w_1_6_1 - 1*b_1_6 + 1*pre_1_11_6 =e= 0;
pre_definition_1_11_7.. + 8.691269480614553*w_1_7_0 + 6.862183111665486*w_1_7_1 - 1*b_1_7 + 1*pre_1_11_7 =e= 0;
pre_definition_1_12_0.. + 7.857525239834654*w_1_0_0 + 7.428306367649863*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. + 7.857525239834654*w_1_1_0 + 7.428306367649863*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. + 7.857525239834654*w_1_2_0 + 7.428306367649863*w_1_2_1 - 1*b_1_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_12_3.. + 7.857525239834654*w_1_3_0 + 7.428306367649863*w_1_3_1 - 1*b_1_3 + 1*pre_1_12_3 =e= 0;
pre_definition_1_12_4.. + 7.857525239834654*w_1_4_0 + 7.428306367649863*w_1_4_1 - 1*b_1_4 + 1*pre_1_12_4 =e= 0;
pre_definition_1_12_5.. + 7.857525239834654*w_1_5_0 + 7.428306367649863*w_1_5_1 - 1*b_1_5 + 1*pre_1_12_5 =e= 0;
pre_definition_1_12_6.. + 7.857525239834654*w_1_6_0 + 7.428306367649863*w_1_6_1 - 1*b_1_6 + 1*pre_1_12_6 =e= 0;
pre_definition_1_12_7.. + 7.857525239834654*w_1_7_0 + 7.428306367649863*w_1_7_1 - 1*b_1_7 + 1*pre_1_12_7 =e= 0;
pre_definition_1_13_0.. + 8.23314558877341*w_1_0_0 + 7.09829219604033*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 8.23314558877341*w_1_1_0 + 7.09829219604033*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. + 8.23314558877341*w_1_2_0 + 7.09829219604033*w_1_2_1 - 1*b_1_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_13_3.. + 8.23314558877341*w_1_3_0 + 7.09829219604033*w_1_3_1 - 1*b_1_3 + 1*pre_1_13_3 =e= 0;
pre_definition_1_13_4.. + 8.23314558877341*w_1_4_0 + 7.09829219604033*w_1_4_1 - 1*b_1_4 + 1*pre_1_13_4 =e= 0;
pre_definition_1_13_5.. + 8.23314558877341*w_1_5_0 + 7.09829219604033*w_1_5_1 - 1*b_1_5 + 1*pre_1_13_5 =e= 0;
pre_definition_1_13_6.. + 8.23314558877341*w_1_6_0 + 7.09829219604033*w_1_6_1 - 1*b_1_6 + 1*pre_1_13_6 =e= 0;
pre_definition_1_13_7.. + 8.23314558877341*w_1_7_0 + 7.09829219604033*w_1_7_1 - 1*b_1_7 + 1*pre_1_13_7 =e= 0;
pre_definition_1_14_0.. + 8.60876593771217*w_1_0_0 + 6.768278024430797*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. + 8.60876593771217*w_1_1_0 + 6.768278024430797*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. + 8.60876593771217*w_1_2_0 + 6.768278024430797*w_1_2_1 - 1*b_1_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_14_3.. + 8.60876593771217*w_1_3_0 + 6.768278024430797*w_1_3_1 - 1*b_1_3 + 1*pre_1_14_3 =e= 0;
pre_definition_1_14_4.. + 8.60876593771217*w_1_4_0 + 6.768278024430797*w_1_4_1 - 1*b_1_4 + 1*pre_1_14_4 =e= 0;
pre_definition_1_14_5.. + 8.60876593771217*w_1_5_0 + 6.768278024430797*w_1_5_1 - 1*b_1_5 + 1*pre_1_14_5 =e= 0;
pre_definition_1_14_6.. + 8.60876593771217*w_1_6_0 + 6.768278024430797*w_1_6_1 - 1*b_1_6 + 1*pre_1_14_6 =e= 0;
pre_definition_1_14_7.. + 8.60876593771217*w_1_7_0 + 6.768278024430797*w_1_7_1 - 1*b_1_7 + 1*pre_1_14_7 =e= 0;
pre_definition_1_15_0.. + 7.775021696932271*w_1_0_0 + 7.334401280415173*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 7.775021696932271*w_1_1_0 + 7.334401280415173*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_1_15_2.. + 7.775021696932271*w_1_2_0 + 7.334401280415173*w_1_2_1 - 1*b_1_2 + 1*pre_1_15_2 =e= 0;
pre_definition_1_15_3.. + 7.775021696932271*w_1_3_0 + 7.334401280415173*w_1_3_1 - 1*b_1_3 + 1*pre_1_15_3 =e= 0;
pre_definition_1_15_4.. + 7.775021696932271*w_1_4_0 + 7.334401280415173*w_1_4_1 - 1*b_1_4 + 1*pre_1_15_4 =e= 0;
pre_definition_1_15_5.. + 7.775021696932271*w_1_5_0 + 7.334401280415173*w_1_5_1 - 1*b_1_5 + 1*pre_1_15_5 =e= 0;
pre_definition_1_15_6.. + 7.775021696932271*w_1_6_0 + 7.334401280415173*w_1_6_1 - 1*b_1_6 + 1*pre_1_15_6 =e= 0;
pre_definition_1_15_7.. + 7.775021696932271*w_1_7_0 + 7.334401280415173*w_1_7_1 - 1*b_1_7 + 1*pre_1_15_7 =e= 0;
pre_definition_1_16_0.. + 8.150642045871027*w_1_0_0 + 7.0043871088056395*w_1_0_1 - 1*b_1_0 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. + 8.150642045871027*w_1_1_0 + 7.0043871088056395*w_1_1_1 - 1*b_1_1 + 1*pre_1_16_1 =e= 0;
pre_definition_1_16_2.. + 8.150642045871027*w_1_2_0 + 7.0043871088056395*w_1_2_1 - 1*b_1_2 + 1*pre_1_16_2 =e= 0;
pre_definition_1_16_3.. + 8.150642045871027*w_1_3_0 + 7.0043871088056395*w_1_3_1 - 1*b_1_3 + 1*pre_1_16_3 =e= 0;
pre_definition_1_16_4.. + 8.150642045871027*w_1_4_0 + 7.0043871088056395*w_1_4_1 - 1*b_1_4 + 1*pre_1_16_4 =e= 0;
pre_definition_1_16_5.. + 8.150642045871027*w_1_5_0 + 7.0043871088056395*w_1_5_1 - 1*b_1_5 + 1*pre_1_16_5 =e= 0;
pre_definition_1_16_6.. + 8.150642045871027*w_1_6_0 + 7.0043871088056395*w_1_6_1 - 1*b_1_6 + 1*pre_1_16_6 =e= 0;
pre_definition_1_16_7.. + 8.150642045871027*w_1_7_0 + 7.0043871088056395*w_1_7_1 - 1*b_1_7 + 1*pre_1_16_7 =e= 0;
pre_definition_1_17_0.. + 8.526262394809786*w_1_0_0 + 6.674372937196107*w_1_0_1 - 1*b_1_0 + 1*pre_1_17_0 =e= 0;
pre_definition_1_17_1.. + 8.526262394809786*w_1_1_0 + 6.674372937196107*w_1_1_1 - 1*b_1_1 + 1*pre_1_17_1 =e= 0;
pre_definition_1_17_2.. + 8.526262394809786*w_1_2_0 + 6.674372937196107*w_1_2_1 - 1*b_1_2 + 1*pre_1_17_2 =e= 0;
pre_definition_1_17_3.. + 8.526262394809786*w_1_3_0 + 6.674372937196107*w_1_3_1 - 1*b_1_3 + 1*pre_1_17_3 =e= 0;
pre_definition_1_17_4.. + 8.526262394809786*w_1_4_0 + 6.674372937196107*w_1_4_1 - 1*b_1_4 + 1*pre_1_17_4 =e= 0;
pre_definition_1_17_5.. + 8.526262394809786*w_1_5_0 + 6.674372937196107*w_1_5_1 - 1*b_1_5 + 1*pre_1_17_5 =e= 0;
pre_definition_1_17_6.. + 8.526262394809786*w_1_6_0 + 6.674372937196107*w_1_6_1 - 1*b_1_6 + 1*pre_1_17_6 =e= 0;
pre_definition_1_17_7.. + 8.526262394809786*w_1_7_0 + 6.674372937196107*w_1_7_1 - 1*b_1_7 + 1*pre_1_17_7 =e= 0;
pre_definition_1_18_0.. + 7.692518154029888*w_1_0_0 + 7.240496193180483*w_1_0_1 - 1*b_1_0 + 1*pre_1_18_0 =e= 0;
pre_definition_1_18_1.. + 7.692518154029888*w_1_1_0 + 7.240496193180483*w_1_1_1 - 1*b_1_1 + 1*pre_1_18_1 =e= 0;
pre_definition_1_18_2.. + 7.692518154029888*w_1_2_0 + 7.240496193180483*w_1_2_1 - 1*b_1_2 + 1*pre_1_18_2 =e= 0;
pre_definition_1_18_3.. + 7.692518154029888*w_1_3_0 + 7.240496193180483*w_1_3_1 - 1*b_1_3 + 1*pre_1_18_3 =e= 0;
pre_definition_1_18_4.. + 7.692518154029888*w_1_4_0 + 7.240496193180483*w_1_4_1 - 1*b_1_4 + 1*pre_1_18_4 =e= 0;
pre_definition_1_18_5.. + 7.692518154029888*w_1_5_0 + 7.240496193180483*w_1_5_1 - 1*b_1_5 + 1*pre_1_18_5 =e= 0;
pre_definition_1_18_6.. + 7.692518154029888*w_1_6_0 + 7.240496193180483*w_1_6_1 - 1*b_1_6 + 1*pre_1_18_6 =e= 0;
pre_definition_1_18_7.. + 7.692518154029888*w_1_7_0 + 7.240496193180483*w_1_7_1 - 1*b_1_7 + 1*pre_1_18_7 =e= 0;
pre_definition_1_19_0.. + 8.068138502968646*w_1_0_0 + 6.91048202157095*w_1_0_1 - 1*b_1_0 + 1*pre_1_19_0 =e= 0;
pre_definition_1_19_1.. + 8.068138502968646*w_1_1_0 + 6.91048202157095*w_1_1_1 - 1*b_1_1 + 1*pre_1_19_1 =e= 0;
pre_definition_1_19_2.. + 8.068138502968646*w_1_2_0 + 6.91048202157095*w_1_2_1 - 1*b_1_2 + 1*pre_1_19_2 =e= 0;
pre_definition_1_19_3.. + 8.068138502968646*w_1_3_0 + 6.91048202157095*w_1_3_1 - 1*b_1_3 + 1*pre_1_19_3 =e= 0;
pre_definition_1_19_4.. + 8.068138502968646*w_1_4_0 + 6.91048202157095*w_1_4_1 - 1*b_1_4 + 1*pre_1_19_4 =e= 0;
pre_definition_1_19_5.. + 8.068138502968646*w_1_5_0 + 6.91048202157095*w_1_5_1 - 1*b_1_5 + 1*pre_1_19_5 =e= 0;
pre_definition_1_19_6.. + 8.068138502968646*w_1_6_0 + 6.91048202157095*w_1_6_1 - 1*b_1_6 + 1*pre_1_19_6 =e= 0;
pre_definition_1_19_7.. + 8.068138502968646*w_1_7_0 + 6.91048202157095*w_1_7_1 - 1*b_1_7 + 1*pre_1_19_7 =e= 0;
pre_definition_1_20_0.. + 8.443758851907402*w_1_0_0 + 6.580467849961417*w_1_0_1 - 1*b_1_0 + 1*pre_1_20_0 =e= 0;
pre_definition_1_20_1.. + 8.443758851907402*w_1_1_0 + 6.580467849961417*w_1_1_1 - 1*b_1_1 + 1*pre_1_20_1 =e= 0;
pre_definition_1_20_2.. + 8.443758851907402*w_1_2_0 + 6.580467849961417*w_1_2_1 - 1*b_1_2 + 1*pre_1_20_2 =e= 0;
pre_definition_1_20_3.. + 8.443758851907402*w_1_3_0 + 6.580467849961417*w_1_3_1 - 1*b_1_3 + 1*pre_1_20_3 =e= 0;
pre_definition_1_20_4.. + 8.443758851907402*w_1_4_0 + 6.580467849961417*w_1_4_1 - 1*b_1_4 + 1*pre_1_20_4 =e= 0;
pre_definition_1_20_5.. + 8.443758851907402*w_1_5_0 + 6.580467849961417*w_1_5_1 - 1*b_1_5 + 1*pre_1_20_5 =e= 0;
pre_definition_1_20_6.. + 8.443758851907402*w_1_6_0 + 6.580467849961417*w_1_6_1 - 1*b_1_6 + 1*pre_1_20_6 =e= 0;
pre_definition_1_20_7.. + 8.443758851907402*w_1_7_0 + 6.580467849961417*w_1_7_1 - 1*b_1_7 + 1*pre_1_20_7 =e= 0;
pre_definition_1_21_0.. + 6.70247563920129*w_1_0_0 + 6.113635146364211*w_1_0_1 - 1*b_1_0 + 1*pre_1_21_0 =e= 0;
pre_definition_1_21_1.. + 6.70247563920129*w_1_1_0 + 6.113635146364211*w_1_1_1 - 1*b_1_1 + 1*pre_1_21_1 =e= 0;
pre_definition_1_21_2.. + 6.70247563920129*w_1_2_0 + 6.113635146364211*w_1_2_1 - 1*b_1_2 + 1*pre_1_21_2 =e= 0;
pre_definition_1_21_3.. + 6.70247563920129*w_1_3_0 + 6.113635146364211*w_1_3_1 - 1*b_1_3 + 1*pre_1_21_3 =e= 0;
pre_definition_1_21_4.. + 6.70247563920129*w_1_4_0 + 6.113635146364211*w_1_4_1 - 1*b_1_4 + 1*pre_1_21_4 =e= 0;
pre_definition_1_21_5.. + 6.70247563920129*w_1_5_0 + 6.113635146364211*w_1_5_1 - 1*b_1_5 + 1*pre_1_21_5 =e= 0;
pre_definition_1_21_6.. + 6.70247563920129*w_1_6_0 + 6.113635146364211*w_1_6_1 - 1*b_1_6 + 1*pre_1_21_6 =e= 0;
pre_definition_1_21_7.. + 6.70247563920129*w_1_7_0 + 6.113635146364211*w_1_7_1 - 1*b_1_7 + 1*pre_1_21_7 =e= 0;
pre_definition_1_22_0.. + 7.078095988140047*w_1_0_0 + 5.783620974754678*w_1_0_1 - 1*b_1_0 + 1*pre_1_22_0 =e= 0;
pre_definition_1_22_1.. + 7.078095988140047*w_1_1_0 + 5.783620974754678*w_1_1_1 - 1*b_1_1 + 1*pre_1_22_1 =e= 0;
pre_definition_1_22_2.. + 7.078095988140047*w_1_2_0 + 5.783620974754678*w_1_2_1 - 1*b_1_2 + 1*pre_1_22_2 =e= 0;
pre_definition_1_22_3.. + 7.078095988140047*w_1_3_0 + 5.783620974754678*w_1_3_1 - 1*b_1_3 + 1*pre_1_22_3 =e= 0;
pre_definition_1_22_4.. + 7.078095988140047*w_1_4_0 + 5.783620974754678*w_1_4_1 - 1*b_1_4 + 1*pre_1_22_4 =e= 0;
pre_definition_1_22_5.. + 7.078095988140047*w_1_5_0 + 5.783620974754678*w_1_5_1 - 1*b_1_5 + 1*pre_1_22_5 =e= 0;
pre_definition_1_22_6.. + 7.078095988140047*w_1_6_0 + 5.783620974754678*w_1_6_1 - 1*b_1_6 + 1*pre_1_22_6 =e= 0;
pre_definition_1_22_7.. + 7.078095988140047*w_1_7_0 + 5.783620974754678*w_1_7_1 - 1*b_1_7 + 1*pre_1_22_7 =e= 0;
pre_definition_1_23_0.. + 7.453716337078804*w_1_0_0 + 5.453606803145146*w_1_0_1 - 1*b_1_0 + 1*pre_1_23_0 =e= 0;
pre_definition_1_23_1.. + 7.453716337078804*w_1_1_0 + 5.453606803145146*w_1_1_1 - 1*b_1_1 + 1*pre_1_23_1 =e= 0;
pre_definition_1_23_2.. + 7.453716337078804*w_1_2_0 + 5.453606803145146*w_1_2_1 - 1*b_1_2 + 1*pre_1_23_2 =e= 0;
pre_definition_1_23_3.. + 7.453716337078804*w_1_3_0 + 5.453606803145146*w_1_3_1 - 1*b_1_3 + 1*pre_1_23_3 =e= 0;
pre_definition_1_23_4.. + 7.453716337078804*w_1_4_0 + 5.453606803145146*w_1_4_1 - 1*b_1_4 + 1*pre_1_23_4 =e= 0;
pre_definition_1_23_5.. + 7.453716337078804*w_1_5_0 + 5.453606803145146*w_1_5_1 - 1*b_1_5 + 1*pre_1_23_5 =e= 0;
pre_definition_1_23_6.. + 7.453716337078804*w_1_6_0 + 5.453606803145146*w_1_6_1 - 1*b_1_6 + 1*pre_1_23_6 =e= 0;
pre_definition_1_23_7.. + 7.453716337078804*w_1_7_0 + 5.453606803145146*w_1_7_1 - 1*b_1_7 + 1*pre_1_23_7 =e= 0;
pre_definition_1_24_0.. + 5.712433124372692*w_1_0_0 + 4.986774099547939*w_1_0_1 - 1*b_1_0 + 1*pre_1_24_0 =e= 0;
pre_definition_1_24_1.. + 5.712433124372692*w_1_1_0 + 4.986774099547939*w_1_1_1 - 1*b_1_1 + 1*pre_1_24_1 =e= 0;
pre_definition_1_24_2.. + 5.712433124372692*w_1_2_0 + 4.986774099547939*w_1_2_1 - 1*b_1_2 + 1*pre_1_24_2 =e= 0;
pre_definition_1_24_3.. + 5.712433124372692*w_1_3_0 + 4.986774099547939*w_1_3_1 - 1*b_1_3 + 1*pre_1_24_3 =e= 0;
pre_definition_1_24_4.. + 5.712433124372692*w_1_4_0 + 4.986774099547939*w_1_4_1 - 1*b_1_4 + 1*pre_1_24_4 =e= 0;
pre_definition_1_24_5.. + 5.712433124372692*w_1_5_0 + 4.986774099547939*w_1_5_1 - 1*b_1_5 + 1*pre_1_24_5 =e= 0;
pre_definition_1_24_6.. + 5.712433124372692*w_1_6_0 + 4.986774099547939*w_1_6_1 - 1*b_1_6 + 1*pre_1_24_6 =e= 0;
pre_definition_1_24_7.. + 5.712433124372692*w_1_7_0 + 4.986774099547939*w_1_7_1 - 1*b_1_7 + 1*pre_1_24_7 =e= 0;
pre_definition_1_25_0.. + 6.088053473311449*w_1_0_0 + 4.656759927938406*w_1_0_1 - 1*b_1_0 + 1*pre_1_25_0 =e= 0;
pre_definition_1_25_1.. + 6.088053473311449*w_1_1_0 + 4.656759927938406*w_1_1_1 - 1*b_1_1 + 1*pre_1_25_1 =e= 0;
pre_definition_1_25_2.. + 6.088053473311449*w_1_2_0 + 4.656759927938406*w_1_2_1 - 1*b_1_2 + 1*pre_1_25_2 =e= 0;
pre_definition_1_25_3.. + 6.088053473311449*w_1_3_0 + 4.656759927938406*w_1_3_1 - 1*b_1_3 + 1*pre_1_25_3 =e= 0;
pre_definition_1_25_4.. + 6.088053473311449*w_1_4_0 + 4.656759927938406*w_1_4_1 - 1*b_1_4 + 1*pre_1_25_4 =e= 0;
pre_definition_1_25_5.. + 6.088053473311449*w_1_5_0 + 4.656759927938406*w_1_5_1 - 1*b_1_5 + 1*pre_1_25_5 =e= 0;
pre_definition_1_25_6.. + 6.088053473311449*w_1_6_0 + 4.656759927938406*w_1_6_1 - 1*b_1_6 + 1*pre_1_25_6 =e= 0;
pre_definition_1_25_7.. + 6.088053473311449*w_1_7_0 + 4.656759927938406*w_1_7_1 - 1*b_1_7 + 1*pre_1_25_7 =e= 0;
pre_definition_1_26_0.. + 6.463673822250206*w_1_0_0 + 4.326745756328874*w_1_0_1 - 1*b_1_0 + 1*pre_1_26_0 =e= 0;
pre_definition_1_26_1.. + 6.463673822250206*w_1_1_0 + 4.326745756328874*w_1_1_1 - 1*b_1_1 + 1*pre_1_26_1 =e= 0;
pre_definition_1_26_2.. + 6.463673822250206*w_1_2_0 + 4.326745756328874*w_1_2_1 - 1*b_1_2 + 1*pre_1_26_2 =e= 0;
pre_definition_1_26_3.. + 6.463673822250206*w_1_3_0 + 4.326745756328874*w_1_3_1 - 1*b_1_3 + 1*pre_1_26_3 =e= 0;
pre_definition_1_26_4.. + 6.463673822250206*w_1_4_0 + 4.326745756328874*w_1_4_1 - 1*b_1_4 + 1*pre_1_26_4 =e= 0;
pre_definition_1_26_5.. + 6.463673822250206*w_1_5_0 + 4.326745756328874*w_1_5_1 - 1*b_1_5 + 1*pre_1_26_5 =e= 0;
pre_definition_1_26_6.. + 6.463673822250206*w_1_6_0 + 4.326745756328874*w_1_6_1 - 1*b_1_6 + 1*pre_1_26_6 =e= 0;
pre_definition_1_26_7.. + 6.463673822250206*w_1_7_0 + 4.326745756328874*w_1_7_1 - 1*b_1_7 + 1*pre_1_26_7 =e= 0;
pre_definition_1_27_0.. + 5.629929581470308*w_1_0_0 + 4.892869012313249*w_1_0_1 - 1*b_1_0 + 1*pre_1_27_0 =e= 0;
pre_definition_1_27_1.. + 5.629929581470308*w_1_1_0 + 4.892869012313249*w_1_1_1 - 1*b_1_1 + 1*pre_1_27_1 =e= 0;
pre_definition_1_27_2.. + 5.629929581470308*w_1_2_0 + 4.892869012313249*w_1_2_1 - 1*b_1_2 + 1*pre_1_27_2 =e= 0;
pre_definition_1_27_3.. + 5.629929581470308*w_1_3_0 + 4.892869012313249*w_1_3_1 - 1*b_1_3 + 1*pre_1_27_3 =e= 0;
pre_definition_1_27_4.. + 5.629929581470308*w_1_4_0 + 4.892869012313249*w_1_4_1 - 1*b_1_4 + 1*pre_1_27_4 =e= 0;
pre_definition_1_27_5.. + 5.629929581470308*w_1_5_0 + 4.892869012313249*w_1_5_1 - 1*b_1_5 + 1*pre_1_27_5 =e= 0;
pre_definition_1_27_6.. + 5.629929581470308*w_1_6_0 + 4.892869012313249*w_1_6_1 - 1*b_1_6 + 1*pre_1_27_6 =e= 0;
pre_definition_1_27_7.. + 5.629929581470308*w_1_7_0 + 4.892869012313249*w_1_7_1 - 1*b_1_7 + 1*pre_1_27_7 =e= 0;
pre_definition_1_28_0.. + 6.005549930409066*w_1_0_0 + 4.562854840703716*w_1_0_1 - 1*b_1_0 + 1*pre_1_28_0 =e= 0;
pre_definition_1_28_1.. + 6.005549930409066*w_1_1_0 + 4.562854840703716*w_1_1_1 - 1*b_1_1 + 1*pre_1_28_1 =e= 0;
pre_definition_1_28_2.. + 6.005549930409066*w_1_2_0 + 4.562854840703716*w_1_2_1 - 1*b_1_2 + 1*pre_1_28_2 =e= 0;
pre_definition_1_28_3.. + 6.005549930409066*w_1_3_0 + 4.562854840703716*w_1_3_1 - 1*b_1_3 + 1*pre_1_28_3 =e= 0;
pre_definition_1_28_4.. + 6.005549930409066*w_1_4_0 + 4.562854840703716*w_1_4_1 - 1*b_1_4 + 1*pre_1_28_4 =e= 0;
pre_definition_1_28_5.. + 6.005549930409066*w_1_5_0 + 4.562854840703716*w_1_5_1 - 1*b_1_5 + 1*pre_1_28_5 =e= 0;
pre_definition_1_28_6.. + 6.005549930409066*w_1_6_0 + 4.562854840703716*w_1_6_1 - 1*b_1_6 + 1*pre_1_28_6 =e= 0;
pre_definition_1_28_7.. + 6.005549930409066*w_1_7_0 + 4.562854840703716*w_1_7_1 - 1*b_1_7 + 1*pre_1_28_7 =e= 0;
pre_definition_1_29_0.. + 6.381170279347822*w_1_0_0 + 4.232840669094184*w_1_0_1 - 1*b_1_0 + 1*pre_1_29_0 =e= 0;
pre_definition_1_29_1.. + 6.381170279347822*w_1_1_0 + 4.232840669094184*w_1_1_1 - 1*b_1_1 + 1*pre_1_29_1 =e= 0;
pre_definition_1_29_2.. + 6.381170279347822*w_1_2_0 + 4.232840669094184*w_1_2_1 - 1*b_1_2 + 1*pre_1_29_2 =e= 0;
pre_definition_1_29_3.. + 6.381170279347822*w_1_3_0 + 4.232840669094184*w_1_3_1 - 1*b_1_3 + 1*pre_1_29_3 =e= 0;
pre_definition_1_29_4.. + 6.381170279347822*w_1_4_0 + 4.232840669094184*w_1_4_1 - 1*b_1_4 + 1*pre_1_29_4 =e= 0;
pre_definition_1_29_5.. + 6.381170279347822*w_1_5_0 + 4.232840669094184*w_1_5_1 - 1*b_1_5 + 1*pre_1_29_5 =e= 0;
pre_definition_1_29_6.. + 6.381170279347822*w_1_6_0 + 4.232840669094184*w_1_6_1 - 1*b_1_6 + 1*pre_1_29_6 =e= 0;
pre_definition_1_29_7.. + 6.381170279347822*w_1_7_0 + 4.232840669094184*w_1_7_1 - 1*b_1_7 + 1*pre_1_29_7 =e= 0;
pre_definition_1_30_0.. + 5.5474260385679255*w_1_0_0 + 4.79896392507856*w_1_0_1 - 1*b_1_0 + 1*pre_1_30_0 =e= 0;
pre_definition_1_30_1.. + 5.5474260385679255*w_1_1_0 + 4.79896392507856*w_1_1_1 - 1*b_1_1 + 1*pre_1_30_1 =e= 0;
pre_definition_1_30_2.. + 5.5474260385679255*w_1_2_0 + 4.79896392507856*w_1_2_1 - 1*b_1_2 + 1*pre_1_30_2 =e= 0;
pre_definition_1_30_3.. + 5.5474260385679255*w_1_3_0 + 4.79896392507856*w_1_3_1 - 1*b_1_3 + 1*pre_1_30_3 =e= 0;
pre_definition_1_30_4.. + 5.5474260385679255*w_1_4_0 + 4.79896392507856*w_1_4_1 - 1*b_1_4 + 1*pre_1_30_4 =e= 0;
pre_definition_1_30_5.. + 5.5474260385679255*w_1_5_0 + 4.79896392507856*w_1_5_1 - 1*b_1_5 + 1*pre_1_30_5 =e= 0;
pre_definition_1_30_6.. + 5.5474260385679255*w_1_6_0 + 4.79896392507856*w_1_6_1 - 1*b_1_6 + 1*pre_1_30_6 =e= 0;
pre_definition_1_30_7.. + 5.5474260385679255*w_1_7_0 + 4.79896392507856*w_1_7_1 - 1*b_1_7 + 1*pre_1_30_7 =e= 0;
pre_definition_1_31_0.. + 5.923046387506682*w_1_0_0 + 4.468949753469027*w_1_0_1 - 1*b_1_0 + 1*pre_1_31_0 =e= 0;
pre_definition_1_31_1.. + 5.923046387506682*w_1_1_0 + 4.468949753469027*w_1_1_1 - 1*b_1_1 + 1*pre_1_31_1 =e= 0;
pre_definition_1_31_2.. + 5.923046387506682*w_1_2_0 + 4.468949753469027*w_1_2_1 - 1*b_1_2 + 1*pre_1_31_2 =e= 0;
pre_definition_1_31_3.. + 5.923046387506682*w_1_3_0 + 4.468949753469027*w_1_3_1 - 1*b_1_3 + 1*pre_1_31_3 =e= 0;
pre_definition_1_31_4.. + 5.923046387506682*w_1_4_0 + 4.468949753469027*w_1_4_1 - 1*b_1_4 + 1*pre_1_31_4 =e= 0;
pre_definition_1_31_5.. + 5.923046387506682*w_1_5_0 + 4.468949753469027*w_1_5_1 - 1*b_1_5 + 1*pre_1_31_5 =e= 0;
pre_definition_1_31_6.. + 5.923046387506682*w_1_6_0 + 4.468949753469027*w_1_6_1 - 1*b_1_6 + 1*pre_1_31_6 =e= 0;
pre_definition_1_31_7.. + 5.923046387506682*w_1_7_0 + 4.468949753469027*w_1_7_1 - 1*b_1_7 + 1*pre_1_31_7 =e= 0;
pre_definition_1_32_0.. + 6.2986667364454405*w_1_0_0 + 4.138935581859494*w_1_0_1 - 1*b_1_0 + 1*pre_1_32_0 =e= 0;
pre_definition_1_32_1.. + 6.2986667364454405*w_1_1_0 + 4.138935581859494*w_1_1_1 - 1*b_1_1 + 1*pre_1_32_1 =e= 0;
pre_definition_1_32_2.. + 6.2986667364454405*w_1_2_0 + 4.138935581859494*w_1_2_1 - 1*b_1_2 + 1*pre_1_32_2 =e= 0;
pre_definition_1_32_3.. + 6.2986667364454405*w_1_3_0 + 4.138935581859494*w_1_3_1 - 1*b_1_3 + 1*pre_1_32_3 =e= 0;
pre_definition_1_32_4.. + 6.2986667364454405*w_1_4_0 + 4.138935581859494*w_1_4_1 - 1*b_1_4 + 1*pre_1_32_4 =e= 0;
pre_definition_1_32_5.. + 6.2986667364454405*w_1_5_0 + 4.138935581859494*w_1_5_1 - 1*b_1_5 + 1*pre_1_32_5 =e= 0;
pre_definition_1_32_6.. + 6.2986667364454405*w_1_6_0 + 4.138935581859494*w_1_6_1 - 1*b_1_6 + 1*pre_1_32_6 =e= 0;
pre_definition_1_32_7.. + 6.2986667364454405*w_1_7_0 + 4.138935581859494*w_1_7_1 - 1*b_1_7 + 1*pre_1_32_7 =e= 0;
pre_definition_1_33_0.. + 5.464922495665542*w_1_0_0 + 4.705058837843871*w_1_0_1 - 1*b_1_0 + 1*pre_1_33_0 =e= 0;
pre_definition_1_33_1.. + 5.464922495665542*w_1_1_0 + 4.705058837843871*w_1_1_1 - 1*b_1_1 + 1*pre_1_33_1 =e= 0;
pre_definition_1_33_2.. + 5.464922495665542*w_1_2_0 + 4.705058837843871*w_1_2_1 - 1*b_1_2 + 1*pre_1_33_2 =e= 0;
pre_definition_1_33_3.. + 5.464922495665542*w_1_3_0 + 4.705058837843871*w_1_3_1 - 1*b_1_3 + 1*pre_1_33_3 =e= 0;
pre_definition_1_33_4.. + 5.464922495665542*w_1_4_0 + 4.705058837843871*w_1_4_1 - 1*b_1_4 + 1*pre_1_33_4 =e= 0;
pre_definition_1_33_5.. + 5.464922495665542*w_1_5_0 + 4.705058837843871*w_1_5_1 - 1*b_1_5 + 1*pre_1_33_5 =e= 0;
pre_definition_1_33_6.. + 5.464922495665542*w_1_6_0 + 4.705058837843871*w_1_6_1 - 1*b_1_6 + 1*pre_1_33_6 =e= 0;
pre_definition_1_33_7.. + 5.464922495665542*w_1_7_0 + 4.705058837843871*w_1_7_1 - 1*b_1_7 + 1*pre_1_33_7 =e= 0;
pre_definition_1_34_0.. + 5.840542844604299*w_1_0_0 + 4.375044666234338*w_1_0_1 - 1*b_1_0 + 1*pre_1_34_0 =e= 0;
pre_definition_1_34_1.. + 5.840542844604299*w_1_1_0 + 4.375044666234338*w_1_1_1 - 1*b_1_1 + 1*pre_1_34_1 =e= 0;
pre_definition_1_34_2.. + 5.840542844604299*w_1_2_0 + 4.375044666234338*w_1_2_1 - 1*b_1_2 + 1*pre_1_34_2 =e= 0;
pre_definition_1_34_3.. + 5.840542844604299*w_1_3_0 + 4.375044666234338*w_1_3_1 - 1*b_1_3 + 1*pre_1_34_3 =e= 0;
pre_definition_1_34_4.. + 5.840542844604299*w_1_4_0 + 4.375044666234338*w_1_4_1 - 1*b_1_4 + 1*pre_1_34_4 =e= 0;
pre_definition_1_34_5.. + 5.840542844604299*w_1_5_0 + 4.375044666234338*w_1_5_1 - 1*b_1_5 + 1*pre_1_34_5 =e= 0;
pre_definition_1_34_6.. + 5.840542844604299*w_1_6_0 + 4.375044666234338*w_1_6_1 - 1*b_1_6 + 1*pre_1_34_6 =e= 0;
pre_definition_1_34_7.. + 5.840542844604299*w_1_7_0 + 4.375044666234338*w_1_7_1 - 1*b_1_7 + 1*pre_1_34_7 =e= 0;
pre_definition_1_35_0.. + 6.216163193543057*w_1_0_0 + 4.045030494624806*w_1_0_1 - 1*b_1_0 + 1*pre_1_35_0 =e= 0;
pre_definition_1_35_1.. + 6.216163193543057*w_1_1_0 + 4.045030494624806*w_1_1_1 - 1*b_1_1 + 1*pre_1_35_1 =e= 0;
pre_definition_1_35_2.. + 6.216163193543057*w_1_2_0 + 4.045030494624806*w_1_2_1 - 1*b_1_2 + 1*pre_1_35_2 =e= 0;
pre_definition_1_35_3.. + 6.216163193543057*w_1_3_0 + 4.045030494624806*w_1_3_1 - 1*b_1_3 + 1*pre_1_35_3 =e= 0;
pre_definition_1_35_4.. + 6.216163193543057*w_1_4_0 + 4.045030494624806*w_1_4_1 - 1*b_1_4 + 1*pre_1_35_4 =e= 0;
pre_definition_1_35_5.. + 6.216163193543057*w_1_5_0 + 4.045030494624806*w_1_5_1 - 1*b_1_5 + 1*pre_1_35_5 =e= 0;
pre_definition_1_35_6.. + 6.216163193543057*w_1_6_0 + 4.045030494624806*w_1_6_1 - 1*b_1_6 + 1*pre_1_35_6 =e= 0;
pre_definition_1_35_7.. + 6.216163193543057*w_1_7_0 + 4.045030494624806*w_1_7_1 - 1*b_1_7 + 1*pre_1_35_7 =e= 0;
pre_definition_1_36_0.. + 5.052404781153626*w_1_0_0 + 4.235533401670424*w_1_0_1 - 1*b_1_0 + 1*pre_1_36_0 =e= 0;
pre_definition_1_36_1.. + 5.052404781153626*w_1_1_0 + 4.235533401670424*w_1_1_1 - 1*b_1_1 + 1*pre_1_36_1 =e= 0;
pre_definition_1_36_2.. + 5.052404781153626*w_1_2_0 + 4.235533401670424*w_1_2_1 - 1*b_1_2 + 1*pre_1_36_2 =e= 0;
pre_definition_1_36_3.. + 5.052404781153626*w_1_3_0 + 4.235533401670424*w_1_3_1 - 1*b_1_3 + 1*pre_1_36_3 =e= 0;
pre_definition_1_36_4.. + 5.052404781153626*w_1_4_0 + 4.235533401670424*w_1_4_1 - 1*b_1_4 + 1*pre_1_36_4 =e= 0;
pre_definition_1_36_5.. + 5.052404781153626*w_1_5_0 + 4.235533401670424*w_1_5_1 - 1*b_1_5 + 1*pre_1_36_5 =e= 0;
pre_definition_1_36_6.. + 5.052404781153626*w_1_6_0 + 4.235533401670424*w_1_6_1 - 1*b_1_6 + 1*pre_1_36_6 =e= 0;
pre_definition_1_36_7.. + 5.052404781153626*w_1_7_0 + 4.235533401670424*w_1_7_1 - 1*b_1_7 + 1*pre_1_36_7 =e= 0;
pre_definition_1_37_0.. + 5.428025130092383*w_1_0_0 + 3.905519230060891*w_1_0_1 - 1*b_1_0 + 1*pre_1_37_0 =e= 0;
pre_definition_1_37_1.. + 5.428025130092383*w_1_1_0 + 3.905519230060891*w_1_1_1 - 1*b_1_1 + 1*pre_1_37_1 =e= 0;
pre_definition_1_37_2.. + 5.428025130092383*w_1_2_0 + 3.905519230060891*w_1_2_1 - 1*b_1_2 + 1*pre_1_37_2 =e= 0;
pre_definition_1_37_3.. + 5.428025130092383*w_1_3_0 + 3.905519230060891*w_1_3_1 - 1*b_1_3 + 1*pre_1_37_3 =e= 0;
pre_definition_1_37_4.. + 5.428025130092383*w_1_4_0 + 3.905519230060891*w_1_4_1 - 1*b_1_4 + 1*pre_1_37_4 =e= 0;
pre_definition_1_37_5.. + 5.428025130092383*w_1_5_0 + 3.905519230060891*w_1_5_1 - 1*b_1_5 + 1*pre_1_37_5 =e= 0;
pre_definition_1_37_6.. + 5.428025130092383*w_1_6_0 + 3.905519230060891*w_1_6_1 - 1*b_1_6 + 1*pre_1_37_6 =e= 0;
pre_definition_1_37_7.. + 5.428025130092383*w_1_7_0 + 3.905519230060891*w_1_7_1 - 1*b_1_7 + 1*pre_1_37_7 =e= 0;
pre_definition_1_38_0.. + 5.803645479031141*w_1_0_0 + 3.5755050584513586*w_1_0_1 - 1*b_1_0 + 1*pre_1_38_0 =e= 0;
pre_definition_1_38_1.. + 5.803645479031141*w_1_1_0 + 3.5755050584513586*w_1_1_1 - 1*b_1_1 + 1*pre_1_38_1 =e= 0;
pre_definition_1_38_2.. + 5.803645479031141*w_1_2_0 + 3.5755050584513586*w_1_2_1 - 1*b_1_2 + 1*pre_1_38_2 =e= 0;
pre_definition_1_38_3.. + 5.803645479031141*w_1_3_0 + 3.5755050584513586*w_1_3_1 - 1*b_1_3 + 1*pre_1_38_3 =e= 0;
pre_definition_1_38_4.. + 5.803645479031141*w_1_4_0 + 3.5755050584513586*w_1_4_1 - 1*b_1_4 + 1*pre_1_38_4 =e= 0;
pre_definition_1_38_5.. + 5.803645479031141*w_1_5_0 + 3.5755050584513586*w_1_5_1 - 1*b_1_5 + 1*pre_1_38_5 =e= 0;
pre_definition_1_38_6.. + 5.803645479031141*w_1_6_0 + 3.5755050584513586*w_1_6_1 - 1*b_1_6 + 1*pre_1_38_6 =e= 0;
pre_definition_1_38_7.. + 5.803645479031141*w_1_7_0 + 3.5755050584513586*w_1_7_1 - 1*b_1_7 + 1*pre_1_38_7 =e= 0;
pre_definition_1_39_0.. + 4.887397695348859*w_1_0_0 + 4.047723227201045*w_1_0_1 - 1*b_1_0 + 1*pre_1_39_0 =e= 0;
pre_definition_1_39_1.. + 4.887397695348859*w_1_1_0 + 4.047723227201045*w_1_1_1 - 1*b_1_1 + 1*pre_1_39_1 =e= 0;
pre_definition_1_39_2.. + 4.887397695348859*w_1_2_0 + 4.047723227201045*w_1_2_1 - 1*b_1_2 + 1*pre_1_39_2 =e= 0;
pre_definition_1_39_3.. + 4.887397695348859*w_1_3_0 + 4.047723227201045*w_1_3_1 - 1*b_1_3 + 1*pre_1_39_3 =e= 0;
pre_definition_1_39_4.. + 4.887397695348859*w_1_4_0 + 4.047723227201045*w_1_4_1 - 1*b_1_4 + 1*pre_1_39_4 =e= 0;
pre_definition_1_39_5.. + 4.887397695348859*w_1_5_0 + 4.047723227201045*w_1_5_1 - 1*b_1_5 + 1*pre_1_39_5 =e= 0;
pre_definition_1_39_6.. + 4.887397695348859*w_1_6_0 + 4.047723227201045*w_1_6_1 - 1*b_1_6 + 1*pre_1_39_6 =e= 0;
pre_definition_1_39_7.. + 4.887397695348859*w_1_7_0 + 4.047723227201045*w_1_7_1 - 1*b_1_7 + 1*pre_1_39_7 =e= 0;
pre_definition_1_40_0.. + 5.263018044287616*w_1_0_0 + 3.717709055591512*w_1_0_1 - 1*b_1_0 + 1*pre_1_40_0 =e= 0;
pre_definition_1_40_1.. + 5.263018044287616*w_1_1_0 + 3.717709055591512*w_1_1_1 - 1*b_1_1 + 1*pre_1_40_1 =e= 0;
pre_definition_1_40_2.. + 5.263018044287616*w_1_2_0 + 3.717709055591512*w_1_2_1 - 1*b_1_2 + 1*pre_1_40_2 =e= 0;
pre_definition_1_40_3.. + 5.263018044287616*w_1_3_0 + 3.717709055591512*w_1_3_1 - 1*b_1_3 + 1*pre_1_40_3 =e= 0;
pre_definition_1_40_4.. + 5.263018044287616*w_1_4_0 + 3.717709055591512*w_1_4_1 - 1*b_1_4 + 1*pre_1_40_4 =e= 0;
pre_definition_1_40_5.. + 5.263018044287616*w_1_5_0 + 3.717709055591512*w_1_5_1 - 1*b_1_5 + 1*pre_1_40_5 =e= 0;
pre_definition_1_40_6.. + 5.263018044287616*w_1_6_0 + 3.717709055591512*w_1_6_1 - 1*b_1_6 + 1*pre_1_40_6 =e= 0;
pre_definition_1_40_7.. + 5.263018044287616*w_1_7_0 + 3.717709055591512*w_1_7_1 - 1*b_1_7 + 1*pre_1_40_7 =e= 0;
pre_definition_1_41_0.. + 5.638638393226374*w_1_0_0 + 3.3876948839819794*w_1_0_1 - 1*b_1_0 + 1*pre_1_41_0 =e= 0;
pre_definition_1_41_1.. + 5.638638393226374*w_1_1_0 + 3.3876948839819794*w_1_1_1 - 1*b_1_1 + 1*pre_1_41_1 =e= 0;
pre_definition_1_41_2.. + 5.638638393226374*w_1_2_0 + 3.3876948839819794*w_1_2_1 - 1*b_1_2 + 1*pre_1_41_2 =e= 0;
pre_definition_1_41_3.. + 5.638638393226374*w_1_3_0 + 3.3876948839819794*w_1_3_1 - 1*b_1_3 + 1*pre_1_41_3 =e= 0;
pre_definition_1_41_4.. + 5.638638393226374*w_1_4_0 + 3.3876948839819794*w_1_4_1 - 1*b_1_4 + 1*pre_1_41_4 =e= 0;
pre_definition_1_41_5.. + 5.638638393226374*w_1_5_0 + 3.3876948839819794*w_1_5_1 - 1*b_1_5 + 1*pre_1_41_5 =e= 0;
pre_definition_1_41_6.. + 5.638638393226374*w_1_6_0 + 3.3876948839819794*w_1_6_1 - 1*b_1_6 + 1*pre_1_41_6 =e= 0;
pre_definition_1_41_7.. + 5.638638393226374*w_1_7_0 + 3.3876948839819794*w_1_7_1 - 1*b_1_7 + 1*pre_1_41_7 =e= 0;
pre_definition_1_42_0.. + 4.722390609544093*w_1_0_0 + 3.8599130527316667*w_1_0_1 - 1*b_1_0 + 1*pre_1_42_0 =e= 0;
pre_definition_1_42_1.. + 4.722390609544093*w_1_1_0 + 3.8599130527316667*w_1_1_1 - 1*b_1_1 + 1*pre_1_42_1 =e= 0;
pre_definition_1_42_2.. + 4.722390609544093*w_1_2_0 + 3.8599130527316667*w_1_2_1 - 1*b_1_2 + 1*pre_1_42_2 =e= 0;
pre_definition_1_42_3.. + 4.722390609544093*w_1_3_0 + 3.8599130527316667*w_1_3_1 - 1*b_1_3 + 1*pre_1_42_3 =e= 0;
pre_definition_1_42_4.. + 4.722390609544093*w_1_4_0 + 3.8599130527316667*w_1_4_1 - 1*b_1_4 + 1*pre_1_42_4 =e= 0;
pre_definition_1_42_5.. + 4.722390609544093*w_1_5_0 + 3.8599130527316667*w_1_5_1 - 1*b_1_5 + 1*pre_1_42_5 =e= 0;
pre_definition_1_42_6.. + 4.722390609544093*w_1_6_0 + 3.8599130527316667*w_1_6_1 - 1*b_1_6 + 1*pre_1_42_6 =e= 0;
pre_definition_1_42_7.. + 4.722390609544093*w_1_7_0 + 3.8599130527316667*w_1_7_1 - 1*b_1_7 + 1*pre_1_42_7 =e= 0;
pre_definition_1_43_0.. + 5.098010958482851*w_1_0_0 + 3.5298988811221337*w_1_0_1 - 1*b_1_0 + 1*pre_1_43_0 =e= 0;
pre_definition_1_43_1.. + 5.098010958482851*w_1_1_0 + 3.5298988811221337*w_1_1_1 - 1*b_1_1 + 1*pre_1_43_1 =e= 0;
pre_definition_1_43_2.. + 5.098010958482851*w_1_2_0 + 3.5298988811221337*w_1_2_1 - 1*b_1_2 + 1*pre_1_43_2 =e= 0;
pre_definition_1_43_3.. + 5.098010958482851*w_1_3_0 + 3.5298988811221337*w_1_3_1 - 1*b_1_3 + 1*pre_1_43_3 =e= 0;
pre_definition_1_43_4.. + 5.098010958482851*w_1_4_0 + 3.5298988811221337*w_1_4_1 - 1*b_1_4 + 1*pre_1_43_4 =e= 0;
pre_definition_1_43_5.. + 5.098010958482851*w_1_5_0 + 3.5298988811221337*w_1_5_1 - 1*b_1_5 + 1*pre_1_43_5 =e= 0;
pre_definition_1_43_6.. + 5.098010958482851*w_1_6_0 + 3.5298988811221337*w_1_6_1 - 1*b_1_6 + 1*pre_1_43_6 =e= 0;
pre_definition_1_43_7.. + 5.098010958482851*w_1_7_0 + 3.5298988811221337*w_1_7_1 - 1*b_1_7 + 1*pre_1_43_7 =e= 0;
pre_definition_1_44_0.. + 5.473631307421607*w_1_0_0 + 3.199884709512601*w_1_0_1 - 1*b_1_0 + 1*pre_1_44_0 =e= 0;
pre_definition_1_44_1.. + 5.473631307421607*w_1_1_0 + 3.199884709512601*w_1_1_1 - 1*b_1_1 + 1*pre_1_44_1 =e= 0;
pre_definition_1_44_2.. + 5.473631307421607*w_1_2_0 + 3.199884709512601*w_1_2_1 - 1*b_1_2 + 1*pre_1_44_2 =e= 0;
pre_definition_1_44_3.. + 5.473631307421607*w_1_3_0 + 3.199884709512601*w_1_3_1 - 1*b_1_3 + 1*pre_1_44_3 =e= 0;
pre_definition_1_44_4.. + 5.473631307421607*w_1_4_0 + 3.199884709512601*w_1_4_1 - 1*b_1_4 + 1*pre_1_44_4 =e= 0;
pre_definition_1_44_5.. + 5.473631307421607*w_1_5_0 + 3.199884709512601*w_1_5_1 - 1*b_1_5 + 1*pre_1_44_5 =e= 0;
pre_definition_1_44_6.. + 5.473631307421607*w_1_6_0 + 3.199884709512601*w_1_6_1 - 1*b_1_6 + 1*pre_1_44_6 =e= 0;
pre_definition_1_44_7.. + 5.473631307421607*w_1_7_0 + 3.199884709512601*w_1_7_1 - 1*b_1_7 + 1*pre_1_44_7 =e= 0;
pre_definition_1_45_0.. - 0.7117840936336712*w_1_0_0 + 18.284995927925202*w_1_0_1 - 1*b_1_0 + 1*pre_1_45_0 =e= 0;
pre_definition_1_45_1.. - 0.7117840936336712*w_1_1_0 + 18.284995927925202*w_1_1_1 - 1*b_1_1 + 1*pre_1_45_1 =e= 0;
pre_definition_1_45_2.. - 0.7117840936336712*w_1_2_0 + 18.284995927925202*w_1_2_1 - 1*b_1_2 + 1*pre_1_45_2 =e= 0;
pre_definition_1_45_3.. - 0.7117840936336712*w_1_3_0 + 18.284995927925202*w_1_3_1 - 1*b_1_3 + 1*pre_1_45_3 =e= 0;
pre_definition_1_45_4.. - 0.7117840936336712*w_1_4_0 + 18.284995927925202*w_1_4_1 - 1*b_1_4 + 1*pre_1_45_4 =e= 0;
pre_definition_1_45_5.. - 0.7117840936336712*w_1_5_0 + 18.284995927925202*w_1_5_1 - 1*b_1_5 + 1*pre_1_45_5 =e= 0;
pre_definition_1_45_6.. - 0.7117840936336712*w_1_6_0 + 18.284995927925202*w_1_6_1 - 1*b_1_6 + 1*pre_1_45_6 =e= 0;
pre_definition_1_45_7.. - 0.7117840936336712*w_1_7_0 + 18.284995927925202*w_1_7_1 - 1*b_1_7 + 1*pre_1_45_7 =e= 0;
pre_definition_1_46_0.. - 0.3817699220241373*w_1_0_0 + 18.660616276863955*w_1_0_1 - 1*b_1_0 + 1*pre_1_46_0 =e= 0;
pre_definition_1_46_1.. - 0.3817699220241373*w_1_1_0 + 18.660616276863955*w_1_1_1 - 1*b_1_1 + 1*pre_1_46_1 =e= 0;
pre_definition_1_46_2.. - 0.3817699220241373*w_1_2_0 + 18.660616276863955*w_1_2_1 - 1*b_1_2 + 1*pre_1_46_2 =e= 0;
pre_definition_1_46_3.. - 0.3817699220241373*w_1_3_0 + 18.660616276863955*w_1_3_1 - 1*b_1_3 + 1*pre_1_46_3 =e= 0;
pre_definition_1_46_4.. - 0.3817699220241373*w_1_4_0 + 18.660616276863955*w_1_4_1 - 1*b_1_4 + 1*pre_1_46_4 =e= 0;
pre_definition_1_46_5.. - 0.3817699220241373*w_1_5_0 + 18.660616276863955*w_1_5_1 - 1*b_1_5 + 1*pre_1_46_5 =e= 0;
pre_definition_1_46_6.. - 0.3817699220241373*w_1_6_0 + 18.660616276863955*w_1_6_1 - 1*b_1_6 + 1*pre_1_46_6 =e= 0;
pre_definition_1_46_7.. - 0.3817699220241373*w_1_7_0 + 18.660616276863955*w_1_7_1 - 1*b_1_7 + 1*pre_1_46_7 =e= 0;
pre_definition_1_47_0.. - 0.05175575041460512*w_1_0_0 + 19.036236625802715*w_1_0_1 - 1*b_1_0 + 1*pre_1_47_0 =e= 0;
pre_definition_1_47_1.. - 0.05175575041460512*w_1_1_0 + 19.036236625802715*w_1_1_1 - 1*b_1_1 + 1*pre_1_47_1 =e= 0;
pre_definition_1_47_2.. - 0.05175575041460512*w_1_2_0 + 19.036236625802715*w_1_2_1 - 1*b_1_2 + 1*pre_1_47_2 =e= 0;
pre_definition_1_47_3.. - 0.05175575041460512*w_1_3_0 + 19.036236625802715*w_1_3_1 - 1*b_1_3 + 1*pre_1_47_3 =e= 0;
pre_definition_1_47_4.. - 0.05175575041460512*w_1_4_0 + 19.036236625802715*w_1_4_1 - 1*b_1_4 + 1*pre_1_47_4 =e= 0;
pre_definition_1_47_5.. - 0.05175575041460512*w_1_5_0 + 19.036236625802715*w_1_5_1 - 1*b_1_5 + 1*pre_1_47_5 =e= 0;
pre_definition_1_47_6.. - 0.05175575041460512*w_1_6_0 + 19.036236625802715*w_1_6_1 - 1*b_1_6 + 1*pre_1_47_6 =e= 0;
pre_definition_1_47_7.. - 0.05175575041460512*w_1_7_0 + 19.036236625802715*w_1_7_1 - 1*b_1_7 + 1*pre_1_47_7 =e= 0;
pre_definition_1_48_0.. - 0.5239739191642929*w_1_0_0 + 18.119988842120435*w_1_0_1 - 1*b_1_0 + 1*pre_1_48_0 =e= 0;
pre_definition_1_48_1.. - 0.5239739191642929*w_1_1_0 + 18.119988842120435*w_1_1_1 - 1*b_1_1 + 1*pre_1_48_1 =e= 0;
pre_definition_1_48_2.. - 0.5239739191642929*w_1_2_0 + 18.119988842120435*w_1_2_1 - 1*b_1_2 + 1*pre_1_48_2 =e= 0;
pre_definition_1_48_3.. - 0.5239739191642929*w_1_3_0 + 18.119988842120435*w_1_3_1 - 1*b_1_3 + 1*pre_1_48_3 =e= 0;
pre_definition_1_48_4.. - 0.5239739191642929*w_1_4_0 + 18.119988842120435*w_1_4_1 - 1*b_1_4 + 1*pre_1_48_4 =e= 0;
pre_definition_1_48_5.. - 0.5239739191642929*w_1_5_0 + 18.119988842120435*w_1_5_1 - 1*b_1_5 + 1*pre_1_48_5 =e= 0;
pre_definition_1_48_6.. - 0.5239739191642929*w_1_6_0 + 18.119988842120435*w_1_6_1 - 1*b_1_6 + 1*pre_1_48_6 =e= 0;
pre_definition_1_48_7.. - 0.5239739191642929*w_1_7_0 + 18.119988842120435*w_1_7_1 - 1*b_1_7 + 1*pre_1_48_7 =e= 0;
pre_definition_1_49_0.. - 0.19395974755475898*w_1_0_0 + 18.495609191059188*w_1_0_1 - 1*b_1_0 + 1*pre_1_49_0 =e= 0;
pre_definition_1_49_1.. - 0.19395974755475898*w_1_1_0 + 18.495609191059188*w_1_1_1 - 1*b_1_1 + 1*pre_1_49_1 =e= 0;
pre_definition_1_49_2.. - 0.19395974755475898*w_1_2_0 + 18.495609191059188*w_1_2_1 - 1*b_1_2 + 1*pre_1_49_2 =e= 0;
pre_definition_1_49_3.. - 0.19395974755475898*w_1_3_0 + 18.495609191059188*w_1_3_1 - 1*b_1_3 + 1*pre_1_49_3 =e= 0;
pre_definition_1_49_4.. - 0.19395974755475898*w_1_4_0 + 18.495609191059188*w_1_4_1 - 1*b_1_4 + 1*pre_1_49_4 =e= 0;
pre_definition_1_49_5.. - 0.19395974755475898*w_1_5_0 + 18.495609191059188*w_1_5_1 - 1*b_1_5 + 1*pre_1_49_5 =e= 0;
pre_definition_1_49_6.. - 0.19395974755475898*w_1_6_0 + 18.495609191059188*w_1_6_1 - 1*b_1_6 + 1*pre_1_49_6 =e= 0;
pre_definition_1_49_7.. - 0.19395974755475898*w_1_7_0 + 18.495609191059188*w_1_7_1 - 1*b_1_7 + 1*pre_1_49_7 =e= 0;
pre_definition_1_50_0.. + 0.1360544240547732*w_1_0_0 + 18.871229539997948*w_1_0_1 - 1*b_1_0 + 1*pre_1_50_0 =e= 0;
pre_definition_1_50_1.. + 0.1360544240547732*w_1_1_0 + 18.871229539997948*w_1_1_1 - 1*b_1_1 + 1*pre_1_50_1 =e= 0;
pre_definition_1_50_2.. + 0.1360544240547732*w_1_2_0 + 18.871229539997948*w_1_2_1 - 1*b_1_2 + 1*pre_1_50_2 =e= 0;
pre_definition_1_50_3.. + 0.1360544240547732*w_1_3_0 + 18.871229539997948*w_1_3_1 - 1*b_1_3 + 1*pre_1_50_3 =e= 0;
pre_definition_1_50_4.. + 0.1360544240547732*w_1_4_0 + 18.871229539997948*w_1_4_1 - 1*b_1_4 + 1*pre_1_50_4 =e= 0;
pre_definition_1_50_5.. + 0.1360544240547732*w_1_5_0 + 18.871229539997948*w_1_5_1 - 1*b_1_5 + 1*pre_1_50_5 =e= 0;
pre_definition_1_50_6.. + 0.1360544240547732*w_1_6_0 + 18.871229539997948*w_1_6_1 - 1*b_1_6 + 1*pre_1_50_6 =e= 0;
pre_definition_1_50_7.. + 0.1360544240547732*w_1_7_0 + 18.871229539997948*w_1_7_1 - 1*b_1_7 + 1*pre_1_50_7 =e= 0;
pre_definition_1_51_0.. - 0.33616374469491284*w_1_0_0 + 17.954981756315668*w_1_0_1 - 1*b_1_0 + 1*pre_1_51_0 =e= 0;
pre_definition_1_51_1.. - 0.33616374469491284*w_1_1_0 + 17.954981756315668*w_1_1_1 - 1*b_1_1 + 1*pre_1_51_1 =e= 0;
pre_definition_1_51_2.. - 0.33616374469491284*w_1_2_0 + 17.954981756315668*w_1_2_1 - 1*b_1_2 + 1*pre_1_51_2 =e= 0;
pre_definition_1_51_3.. - 0.33616374469491284*w_1_3_0 + 17.954981756315668*w_1_3_1 - 1*b_1_3 + 1*pre_1_51_3 =e= 0;
pre_definition_1_51_4.. - 0.33616374469491284*w_1_4_0 + 17.954981756315668*w_1_4_1 - 1*b_1_4 + 1*pre_1_51_4 =e= 0;
pre_definition_1_51_5.. - 0.33616374469491284*w_1_5_0 + 17.954981756315668*w_1_5_1 - 1*b_1_5 + 1*pre_1_51_5 =e= 0;
pre_definition_1_51_6.. - 0.33616374469491284*w_1_6_0 + 17.954981756315668*w_1_6_1 - 1*b_1_6 + 1*pre_1_51_6 =e= 0;
pre_definition_1_51_7.. - 0.33616374469491284*w_1_7_0 + 17.954981756315668*w_1_7_1 - 1*b_1_7 + 1*pre_1_51_7 =e= 0;
pre_definition_1_52_0.. - 0.00614957308537889*w_1_0_0 + 18.330602105254425*w_1_0_1 - 1*b_1_0 + 1*pre_1_52_0 =e= 0;
pre_definition_1_52_1.. - 0.00614957308537889*w_1_1_0 + 18.330602105254425*w_1_1_1 - 1*b_1_1 + 1*pre_1_52_1 =e= 0;
pre_definition_1_52_2.. - 0.00614957308537889*w_1_2_0 + 18.330602105254425*w_1_2_1 - 1*b_1_2 + 1*pre_1_52_2 =e= 0;
pre_definition_1_52_3.. - 0.00614957308537889*w_1_3_0 + 18.330602105254425*w_1_3_1 - 1*b_1_3 + 1*pre_1_52_3 =e= 0;
pre_definition_1_52_4.. - 0.00614957308537889*w_1_4_0 + 18.330602105254425*w_1_4_1 - 1*b_1_4 + 1*pre_1_52_4 =e= 0;
pre_definition_1_52_5.. - 0.00614957308537889*w_1_5_0 + 18.330602105254425*w_1_5_1 - 1*b_1_5 + 1*pre_1_52_5 =e= 0;
pre_definition_1_52_6.. - 0.00614957308537889*w_1_6_0 + 18.330602105254425*w_1_6_1 - 1*b_1_6 + 1*pre_1_52_6 =e= 0;
pre_definition_1_52_7.. - 0.00614957308537889*w_1_7_0 + 18.330602105254425*w_1_7_1 - 1*b_1_7 + 1*pre_1_52_7 =e= 0;
pre_definition_1_53_0.. + 0.3238645985241533*w_1_0_0 + 18.70622245419318*w_1_0_1 - 1*b_1_0 + 1*pre_1_53_0 =e= 0;
pre_definition_1_53_1.. + 0.3238645985241533*w_1_1_0 + 18.70622245419318*w_1_1_1 - 1*b_1_1 + 1*pre_1_53_1 =e= 0;
pre_definition_1_53_2.. + 0.3238645985241533*w_1_2_0 + 18.70622245419318*w_1_2_1 - 1*b_1_2 + 1*pre_1_53_2 =e= 0;
pre_definition_1_53_3.. + 0.3238645985241533*w_1_3_0 + 18.70622245419318*w_1_3_1 - 1*b_1_3 + 1*pre_1_53_3 =e= 0;
pre_definition_1_53_4.. + 0.3238645985241533*w_1_4_0 + 18.70622245419318*w_1_4_1 - 1*b_1_4 + 1*pre_1_53_4 =e= 0;
pre_definition_1_53_5.. + 0.3238645985241533*w_1_5_0 + 18.70622245419318*w_1_5_1 - 1*b_1_5 + 1*pre_1_53_5 =e= 0;
pre_definition_1_53_6.. + 0.3238645985241533*w_1_6_0 + 18.70622245419318*w_1_6_1 - 1*b_1_6 + 1*pre_1_53_6 =e= 0;
pre_definition_1_53_7.. + 0.3238645985241533*w_1_7_0 + 18.70622245419318*w_1_7_1 - 1*b_1_7 + 1*pre_1_53_7 =e= 0;
pre_definition_1_54_0.. + 0.13336169147853383*w_1_0_0 + 17.54246404180375*w_1_0_1 - 1*b_1_0 + 1*pre_1_54_0 =e= 0;
pre_definition_1_54_1.. + 0.13336169147853383*w_1_1_0 + 17.54246404180375*w_1_1_1 - 1*b_1_1 + 1*pre_1_54_1 =e= 0;
pre_definition_1_54_2.. + 0.13336169147853383*w_1_2_0 + 17.54246404180375*w_1_2_1 - 1*b_1_2 + 1*pre_1_54_2 =e= 0;
pre_definition_1_54_3.. + 0.13336169147853383*w_1_3_0 + 17.54246404180375*w_1_3_1 - 1*b_1_3 + 1*pre_1_54_3 =e= 0;
pre_definition_1_54_4.. + 0.13336169147853383*w_1_4_0 + 17.54246404180375*w_1_4_1 - 1*b_1_4 + 1*pre_1_54_4 =e= 0;
pre_definition_1_54_5.. + 0.13336169147853383*w_1_5_0 + 17.54246404180375*w_1_5_1 - 1*b_1_5 + 1*pre_1_54_5 =e= 0;
pre_definition_1_54_6.. + 0.13336169147853383*w_1_6_0 + 17.54246404180375*w_1_6_1 - 1*b_1_6 + 1*pre_1_54_6 =e= 0;
pre_definition_1_54_7.. + 0.13336169147853383*w_1_7_0 + 17.54246404180375*w_1_7_1 - 1*b_1_7 + 1*pre_1_54_7 =e= 0;
pre_definition_1_55_0.. + 0.4633758630880678*w_1_0_0 + 17.918084390742507*w_1_0_1 - 1*b_1_0 + 1*pre_1_55_0 =e= 0;
pre_definition_1_55_1.. + 0.4633758630880678*w_1_1_0 + 17.918084390742507*w_1_1_1 - 1*b_1_1 + 1*pre_1_55_1 =e= 0;
pre_definition_1_55_2.. + 0.4633758630880678*w_1_2_0 + 17.918084390742507*w_1_2_1 - 1*b_1_2 + 1*pre_1_55_2 =e= 0;
pre_definition_1_55_3.. + 0.4633758630880678*w_1_3_0 + 17.918084390742507*w_1_3_1 - 1*b_1_3 + 1*pre_1_55_3 =e= 0;
pre_definition_1_55_4.. + 0.4633758630880678*w_1_4_0 + 17.918084390742507*w_1_4_1 - 1*b_1_4 + 1*pre_1_55_4 =e= 0;
pre_definition_1_55_5.. + 0.4633758630880678*w_1_5_0 + 17.918084390742507*w_1_5_1 - 1*b_1_5 + 1*pre_1_55_5 =e= 0;
pre_definition_1_55_6.. + 0.4633758630880678*w_1_6_0 + 17.918084390742507*w_1_6_1 - 1*b_1_6 + 1*pre_1_55_6 =e= 0;
pre_definition_1_55_7.. + 0.4633758630880678*w_1_7_0 + 17.918084390742507*w_1_7_1 - 1*b_1_7 + 1*pre_1_55_7 =e= 0;
pre_definition_1_56_0.. + 0.7933900346975999*w_1_0_0 + 18.293704739681267*w_1_0_1 - 1*b_1_0 + 1*pre_1_56_0 =e= 0;
pre_definition_1_56_1.. + 0.7933900346975999*w_1_1_0 + 18.293704739681267*w_1_1_1 - 1*b_1_1 + 1*pre_1_56_1 =e= 0;
pre_definition_1_56_2.. + 0.7933900346975999*w_1_2_0 + 18.293704739681267*w_1_2_1 - 1*b_1_2 + 1*pre_1_56_2 =e= 0;
pre_definition_1_56_3.. + 0.7933900346975999*w_1_3_0 + 18.293704739681267*w_1_3_1 - 1*b_1_3 + 1*pre_1_56_3 =e= 0;
pre_definition_1_56_4.. + 0.7933900346975999*w_1_4_0 + 18.293704739681267*w_1_4_1 - 1*b_1_4 + 1*pre_1_56_4 =e= 0;
pre_definition_1_56_5.. + 0.7933900346975999*w_1_5_0 + 18.293704739681267*w_1_5_1 - 1*b_1_5 + 1*pre_1_56_5 =e= 0;
pre_definition_1_56_6.. + 0.7933900346975999*w_1_6_0 + 18.293704739681267*w_1_6_1 - 1*b_1_6 + 1*pre_1_56_6 =e= 0;
pre_definition_1_56_7.. + 0.7933900346975999*w_1_7_0 + 18.293704739681267*w_1_7_1 - 1*b_1_7 + 1*pre_1_56_7 =e= 0;
pre_definition_1_57_0.. + 0.2272667787132221*w_1_0_0 + 17.459960498901367*w_1_0_1 - 1*b_1_0 + 1*pre_1_57_0 =e= 0;
pre_definition_1_57_1.. + 0.2272667787132221*w_1_1_0 + 17.459960498901367*w_1_1_1 - 1*b_1_1 + 1*pre_1_57_1 =e= 0;
pre_definition_1_57_2.. + 0.2272667787132221*w_1_2_0 + 17.459960498901367*w_1_2_1 - 1*b_1_2 + 1*pre_1_57_2 =e= 0;
pre_definition_1_57_3.. + 0.2272667787132221*w_1_3_0 + 17.459960498901367*w_1_3_1 - 1*b_1_3 + 1*pre_1_57_3 =e= 0;
pre_definition_1_57_4.. + 0.2272667787132221*w_1_4_0 + 17.459960498901367*w_1_4_1 - 1*b_1_4 + 1*pre_1_57_4 =e= 0;
pre_definition_1_57_5.. + 0.2272667787132221*w_1_5_0 + 17.459960498901367*w_1_5_1 - 1*b_1_5 + 1*pre_1_57_5 =e= 0;
pre_definition_1_57_6.. + 0.2272667787132221*w_1_6_0 + 17.459960498901367*w_1_6_1 - 1*b_1_6 + 1*pre_1_57_6 =e= 0;
pre_definition_1_57_7.. + 0.2272667787132221*w_1_7_0 + 17.459960498901367*w_1_7_1 - 1*b_1_7 + 1*pre_1_57_7 =e= 0;
pre_definition_1_58_0.. + 0.557280950322756*w_1_0_0 + 17.835580847840124*w_1_0_1 - 1*b_1_0 + 1*pre_1_58_0 =e= 0;
pre_definition_1_58_1.. + 0.557280950322756*w_1_1_0 + 17.835580847840124*w_1_1_1 - 1*b_1_1 + 1*pre_1_58_1 =e= 0;
pre_definition_1_58_2.. + 0.557280950322756*w_1_2_0 + 17.835580847840124*w_1_2_1 - 1*b_1_2 + 1*pre_1_58_2 =e= 0;
pre_definition_1_58_3.. + 0.557280950322756*w_1_3_0 + 17.835580847840124*w_1_3_1 - 1*b_1_3 + 1*pre_1_58_3 =e= 0;
pre_definition_1_58_4.. + 0.557280950322756*w_1_4_0 + 17.835580847840124*w_1_4_1 - 1*b_1_4 + 1*pre_1_58_4 =e= 0;
pre_definition_1_58_5.. + 0.557280950322756*w_1_5_0 + 17.835580847840124*w_1_5_1 - 1*b_1_5 + 1*pre_1_58_5 =e= 0;
pre_definition_1_58_6.. + 0.557280950322756*w_1_6_0 + 17.835580847840124*w_1_6_1 - 1*b_1_6 + 1*pre_1_58_6 =e= 0;
pre_definition_1_58_7.. + 0.557280950322756*w_1_7_0 + 17.835580847840124*w_1_7_1 - 1*b_1_7 + 1*pre_1_58_7 =e= 0;
pre_definition_1_59_0.. + 0.8872951219322882*w_1_0_0 + 18.211201196778884*w_1_0_1 - 1*b_1_0 + 1*pre_1_59_0 =e= 0;
pre_definition_1_59_1.. + 0.8872951219322882*w_1_1_0 + 18.211201196778884*w_1_1_1 - 1*b_1_1 + 1*pre_1_59_1 =e= 0;
pre_definition_1_59_2.. + 0.8872951219322882*w_1_2_0 + 18.211201196778884*w_1_2_1 - 1*b_1_2 + 1*pre_1_59_2 =e= 0;
pre_definition_1_59_3.. + 0.8872951219322882*w_1_3_0 + 18.211201196778884*w_1_3_1 - 1*b_1_3 + 1*pre_1_59_3 =e= 0;
pre_definition_1_59_4.. + 0.8872951219322882*w_1_4_0 + 18.211201196778884*w_1_4_1 - 1*b_1_4 + 1*pre_1_59_4 =e= 0;
pre_definition_1_59_5.. + 0.8872951219322882*w_1_5_0 + 18.211201196778884*w_1_5_1 - 1*b_1_5 + 1*pre_1_59_5 =e= 0;
pre_definition_1_59_6.. + 0.8872951219322882*w_1_6_0 + 18.211201196778884*w_1_6_1 - 1*b_1_6 + 1*pre_1_59_6 =e= 0;
pre_definition_1_59_7.. + 0.8872951219322882*w_1_7_0 + 18.211201196778884*w_1_7_1 - 1*b_1_7 + 1*pre_1_59_7 =e= 0;
pre_definition_1_60_0.. + 0.32117186594791214*w_1_0_0 + 17.377456955998984*w_1_0_1 - 1*b_1_0 + 1*pre_1_60_0 =e= 0;
pre_definition_1_60_1.. + 0.32117186594791214*w_1_1_0 + 17.377456955998984*w_1_1_1 - 1*b_1_1 + 1*pre_1_60_1 =e= 0;
pre_definition_1_60_2.. + 0.32117186594791214*w_1_2_0 + 17.377456955998984*w_1_2_1 - 1*b_1_2 + 1*pre_1_60_2 =e= 0;
pre_definition_1_60_3.. + 0.32117186594791214*w_1_3_0 + 17.377456955998984*w_1_3_1 - 1*b_1_3 + 1*pre_1_60_3 =e= 0;
pre_definition_1_60_4.. + 0.32117186594791214*w_1_4_0 + 17.377456955998984*w_1_4_1 - 1*b_1_4 + 1*pre_1_60_4 =e= 0;
pre_definition_1_60_5.. + 0.32117186594791214*w_1_5_0 + 17.377456955998984*w_1_5_1 - 1*b_1_5 + 1*pre_1_60_5 =e= 0;
pre_definition_1_60_6.. + 0.32117186594791214*w_1_6_0 + 17.377456955998984*w_1_6_1 - 1*b_1_6 + 1*pre_1_60_6 =e= 0;
pre_definition_1_60_7.. + 0.32117186594791214*w_1_7_0 + 17.377456955998984*w_1_7_1 - 1*b_1_7 + 1*pre_1_60_7 =e= 0;
pre_definition_1_61_0.. + 0.6511860375574461*w_1_0_0 + 17.75307730493774*w_1_0_1 - 1*b_1_0 + 1*pre_1_61_0 =e= 0;
pre_definition_1_61_1.. + 0.6511860375574461*w_1_1_0 + 17.75307730493774*w_1_1_1 - 1*b_1_1 + 1*pre_1_61_1 =e= 0;
pre_definition_1_61_2.. + 0.6511860375574461*w_1_2_0 + 17.75307730493774*w_1_2_1 - 1*b_1_2 + 1*pre_1_61_2 =e= 0;
pre_definition_1_61_3.. + 0.6511860375574461*w_1_3_0 + 17.75307730493774*w_1_3_1 - 1*b_1_3 + 1*pre_1_61_3 =e= 0;
pre_definition_1_61_4.. + 0.6511860375574461*w_1_4_0 + 17.75307730493774*w_1_4_1 - 1*b_1_4 + 1*pre_1_61_4 =e= 0;
pre_definition_1_61_5.. + 0.6511860375574461*w_1_5_0 + 17.75307730493774*w_1_5_1 - 1*b_1_5 + 1*pre_1_61_5 =e= 0;
pre_definition_1_61_6.. + 0.6511860375574461*w_1_6_0 + 17.75307730493774*w_1_6_1 - 1*b_1_6 + 1*pre_1_61_6 =e= 0;
pre_definition_1_61_7.. + 0.6511860375574461*w_1_7_0 + 17.75307730493774*w_1_7_1 - 1*b_1_7 + 1*pre_1_61_7 =e= 0;
pre_definition_1_62_0.. + 0.9812002091669783*w_1_0_0 + 18.1286976538765*w_1_0_1 - 1*b_1_0 + 1*pre_1_62_0 =e= 0;
pre_definition_1_62_1.. + 0.9812002091669783*w_1_1_0 + 18.1286976538765*w_1_1_1 - 1*b_1_1 + 1*pre_1_62_1 =e= 0;
pre_definition_1_62_2.. + 0.9812002091669783*w_1_2_0 + 18.1286976538765*w_1_2_1 - 1*b_1_2 + 1*pre_1_62_2 =e= 0;
pre_definition_1_62_3.. + 0.9812002091669783*w_1_3_0 + 18.1286976538765*w_1_3_1 - 1*b_1_3 + 1*pre_1_62_3 =e= 0;
pre_definition_1_62_4.. + 0.9812002091669783*w_1_4_0 + 18.1286976538765*w_1_4_1 - 1*b_1_4 + 1*pre_1_62_4 =e= 0;
pre_definition_1_62_5.. + 0.9812002091669783*w_1_5_0 + 18.1286976538765*w_1_5_1 - 1*b_1_5 + 1*pre_1_62_5 =e= 0;
pre_definition_1_62_6.. + 0.9812002091669783*w_1_6_0 + 18.1286976538765*w_1_6_1 - 1*b_1_6 + 1*pre_1_62_6 =e= 0;
pre_definition_1_62_7.. + 0.9812002091669783*w_1_7_0 + 18.1286976538765*w_1_7_1 - 1*b_1_7 + 1*pre_1_62_7 =e= 0;
pre_definition_1_63_0.. + 0.4150769531826004*w_1_0_0 + 17.2949534130966*w_1_0_1 - 1*b_1_0 + 1*pre_1_63_0 =e= 0;
pre_definition_1_63_1.. + 0.4150769531826004*w_1_1_0 + 17.2949534130966*w_1_1_1 - 1*b_1_1 + 1*pre_1_63_1 =e= 0;
pre_definition_1_63_2.. + 0.4150769531826004*w_1_2_0 + 17.2949534130966*w_1_2_1 - 1*b_1_2 + 1*pre_1_63_2 =e= 0;
pre_definition_1_63_3.. + 0.4150769531826004*w_1_3_0 + 17.2949534130966*w_1_3_1 - 1*b_1_3 + 1*pre_1_63_3 =e= 0;
pre_definition_1_63_4.. + 0.4150769531826004*w_1_4_0 + 17.2949534130966*w_1_4_1 - 1*b_1_4 + 1*pre_1_63_4 =e= 0;
pre_definition_1_63_5.. + 0.4150769531826004*w_1_5_0 + 17.2949534130966*w_1_5_1 - 1*b_1_5 + 1*pre_1_63_5 =e= 0;
pre_definition_1_63_6.. + 0.4150769531826004*w_1_6_0 + 17.2949534130966*w_1_6_1 - 1*b_1_6 + 1*pre_1_63_6 =e= 0;
pre_definition_1_63_7.. + 0.4150769531826004*w_1_7_0 + 17.2949534130966*w_1_7_1 - 1*b_1_7 + 1*pre_1_63_7 =e= 0;
pre_definition_1_64_0.. + 0.7450911247921344*w_1_0_0 + 17.67057376203536*w_1_0_1 - 1*b_1_0 + 1*pre_1_64_0 =e= 0;
pre_definition_1_64_1.. + 0.7450911247921344*w_1_1_0 + 17.67057376203536*w_1_1_1 - 1*b_1_1 + 1*pre_1_64_1 =e= 0;
pre_definition_1_64_2.. + 0.7450911247921344*w_1_2_0 + 17.67057376203536*w_1_2_1 - 1*b_1_2 + 1*pre_1_64_2 =e= 0;
pre_definition_1_64_3.. + 0.7450911247921344*w_1_3_0 + 17.67057376203536*w_1_3_1 - 1*b_1_3 + 1*pre_1_64_3 =e= 0;
pre_definition_1_64_4.. + 0.7450911247921344*w_1_4_0 + 17.67057376203536*w_1_4_1 - 1*b_1_4 + 1*pre_1_64_4 =e= 0;
pre_definition_1_64_5.. + 0.7450911247921344*w_1_5_0 + 17.67057376203536*w_1_5_1 - 1*b_1_5 + 1*pre_1_64_5 =e= 0;
pre_definition_1_64_6.. + 0.7450911247921344*w_1_6_0 + 17.67057376203536*w_1_6_1 - 1*b_1_6 + 1*pre_1_64_6 =e= 0;
pre_definition_1_64_7.. + 0.7450911247921344*w_1_7_0 + 17.67057376203536*w_1_7_1 - 1*b_1_7 + 1*pre_1_64_7 =e= 0;
pre_definition_1_65_0.. + 1.0751052964016665*w_1_0_0 + 18.046194110974117*w_1_0_1 - 1*b_1_0 + 1*pre_1_65_0 =e= 0;
pre_definition_1_65_1.. + 1.0751052964016665*w_1_1_0 + 18.046194110974117*w_1_1_1 - 1*b_1_1 + 1*pre_1_65_1 =e= 0;
pre_definition_1_65_2.. + 1.0751052964016665*w_1_2_0 + 18.046194110974117*w_1_2_1 - 1*b_1_2 + 1*pre_1_65_2 =e= 0;
pre_definition_1_65_3.. + 1.0751052964016665*w_1_3_0 + 18.046194110974117*w_1_3_1 - 1*b_1_3 + 1*pre_1_65_3 =e= 0;
pre_definition_1_65_4.. + 1.0751052964016665*w_1_4_0 + 18.046194110974117*w_1_4_1 - 1*b_1_4 + 1*pre_1_65_4 =e= 0;
pre_definition_1_65_5.. + 1.0751052964016665*w_1_5_0 + 18.046194110974117*w_1_5_1 - 1*b_1_5 + 1*pre_1_65_5 =e= 0;
pre_definition_1_65_6.. + 1.0751052964016665*w_1_6_0 + 18.046194110974117*w_1_6_1 - 1*b_1_6 + 1*pre_1_65_6 =e= 0;
pre_definition_1_65_7.. + 1.0751052964016665*w_1_7_0 + 18.046194110974117*w_1_7_1 - 1*b_1_7 + 1*pre_1_65_7 =e= 0;
pre_definition_1_66_0.. + 1.541937999998873*w_1_0_0 + 16.304910898268005*w_1_0_1 - 1*b_1_0 + 1*pre_1_66_0 =e= 0;
pre_definition_1_66_1.. + 1.541937999998873*w_1_1_0 + 16.304910898268005*w_1_1_1 - 1*b_1_1 + 1*pre_1_66_1 =e= 0;
pre_definition_1_66_2.. + 1.541937999998873*w_1_2_0 + 16.304910898268005*w_1_2_1 - 1*b_1_2 + 1*pre_1_66_2 =e= 0;
pre_definition_1_66_3.. + 1.541937999998873*w_1_3_0 + 16.304910898268005*w_1_3_1 - 1*b_1_3 + 1*pre_1_66_3 =e= 0;
pre_definition_1_66_4.. + 1.541937999998873*w_1_4_0 + 16.304910898268005*w_1_4_1 - 1*b_1_4 + 1*pre_1_66_4 =e= 0;
pre_definition_1_66_5.. + 1.541937999998873*w_1_5_0 + 16.304910898268005*w_1_5_1 - 1*b_1_5 + 1*pre_1_66_5 =e= 0;
pre_definition_1_66_6.. + 1.541937999998873*w_1_6_0 + 16.304910898268005*w_1_6_1 - 1*b_1_6 + 1*pre_1_66_6 =e= 0;
pre_definition_1_66_7.. + 1.541937999998873*w_1_7_0 + 16.304910898268005*w_1_7_1 - 1*b_1_7 + 1*pre_1_66_7 =e= 0;
pre_definition_1_67_0.. + 1.8719521716084069*w_1_0_0 + 16.68053124720676*w_1_0_1 - 1*b_1_0 + 1*pre_1_67_0 =e= 0;
pre_definition_1_67_1.. + 1.8719521716084069*w_1_1_0 + 16.68053124720676*w_1_1_1 - 1*b_1_1 + 1*pre_1_67_1 =e= 0;
pre_definition_1_67_2.. + 1.8719521716084069*w_1_2_0 + 16.68053124720676*w_1_2_1 - 1*b_1_2 + 1*pre_1_67_2 =e= 0;
pre_definition_1_67_3.. + 1.8719521716084069*w_1_3_0 + 16.68053124720676*w_1_3_1 - 1*b_1_3 + 1*pre_1_67_3 =e= 0;
pre_definition_1_67_4.. + 1.8719521716084069*w_1_4_0 + 16.68053124720676*w_1_4_1 - 1*b_1_4 + 1*pre_1_67_4 =e= 0;
pre_definition_1_67_5.. + 1.8719521716084069*w_1_5_0 + 16.68053124720676*w_1_5_1 - 1*b_1_5 + 1*pre_1_67_5 =e= 0;
pre_definition_1_67_6.. + 1.8719521716084069*w_1_6_0 + 16.68053124720676*w_1_6_1 - 1*b_1_6 + 1*pre_1_67_6 =e= 0;
pre_definition_1_67_7.. + 1.8719521716084069*w_1_7_0 + 16.68053124720676*w_1_7_1 - 1*b_1_7 + 1*pre_1_67_7 =e= 0;
pre_definition_1_68_0.. + 2.201966343217939*w_1_0_0 + 17.05615159614552*w_1_0_1 - 1*b_1_0 + 1*pre_1_68_0 =e= 0;
pre_definition_1_68_1.. + 2.201966343217939*w_1_1_0 + 17.05615159614552*w_1_1_1 - 1*b_1_1 + 1*pre_1_68_1 =e= 0;
pre_definition_1_68_2.. + 2.201966343217939*w_1_2_0 + 17.05615159614552*w_1_2_1 - 1*b_1_2 + 1*pre_1_68_2 =e= 0;
pre_definition_1_68_3.. + 2.201966343217939*w_1_3_0 + 17.05615159614552*w_1_3_1 - 1*b_1_3 + 1*pre_1_68_3 =e= 0;
pre_definition_1_68_4.. + 2.201966343217939*w_1_4_0 + 17.05615159614552*w_1_4_1 - 1*b_1_4 + 1*pre_1_68_4 =e= 0;
pre_definition_1_68_5.. + 2.201966343217939*w_1_5_0 + 17.05615159614552*w_1_5_1 - 1*b_1_5 + 1*pre_1_68_5 =e= 0;
pre_definition_1_68_6.. + 2.201966343217939*w_1_6_0 + 17.05615159614552*w_1_6_1 - 1*b_1_6 + 1*pre_1_68_6 =e= 0;
pre_definition_1_68_7.. + 2.201966343217939*w_1_7_0 + 17.05615159614552*w_1_7_1 - 1*b_1_7 + 1*pre_1_68_7 =e= 0;
pre_definition_1_69_0.. + 2.6687990468151455*w_1_0_0 + 15.314868383439405*w_1_0_1 - 1*b_1_0 + 1*pre_1_69_0 =e= 0;
pre_definition_1_69_1.. + 2.6687990468151455*w_1_1_0 + 15.314868383439405*w_1_1_1 - 1*b_1_1 + 1*pre_1_69_1 =e= 0;
pre_definition_1_69_2.. + 2.6687990468151455*w_1_2_0 + 15.314868383439405*w_1_2_1 - 1*b_1_2 + 1*pre_1_69_2 =e= 0;
pre_definition_1_69_3.. + 2.6687990468151455*w_1_3_0 + 15.314868383439405*w_1_3_1 - 1*b_1_3 + 1*pre_1_69_3 =e= 0;
pre_definition_1_69_4.. + 2.6687990468151455*w_1_4_0 + 15.314868383439405*w_1_4_1 - 1*b_1_4 + 1*pre_1_69_4 =e= 0;
pre_definition_1_69_5.. + 2.6687990468151455*w_1_5_0 + 15.314868383439405*w_1_5_1 - 1*b_1_5 + 1*pre_1_69_5 =e= 0;
pre_definition_1_69_6.. + 2.6687990468151455*w_1_6_0 + 15.314868383439405*w_1_6_1 - 1*b_1_6 + 1*pre_1_69_6 =e= 0;
pre_definition_1_69_7.. + 2.6687990468151455*w_1_7_0 + 15.314868383439405*w_1_7_1 - 1*b_1_7 + 1*pre_1_69_7 =e= 0;
pre_definition_1_70_0.. + 2.9988132184246794*w_1_0_0 + 15.690488732378162*w_1_0_1 - 1*b_1_0 + 1*pre_1_70_0 =e= 0;
pre_definition_1_70_1.. + 2.9988132184246794*w_1_1_0 + 15.690488732378162*w_1_1_1 - 1*b_1_1 + 1*pre_1_70_1 =e= 0;
pre_definition_1_70_2.. + 2.9988132184246794*w_1_2_0 + 15.690488732378162*w_1_2_1 - 1*b_1_2 + 1*pre_1_70_2 =e= 0;
pre_definition_1_70_3.. + 2.9988132184246794*w_1_3_0 + 15.690488732378162*w_1_3_1 - 1*b_1_3 + 1*pre_1_70_3 =e= 0;
pre_definition_1_70_4.. + 2.9988132184246794*w_1_4_0 + 15.690488732378162*w_1_4_1 - 1*b_1_4 + 1*pre_1_70_4 =e= 0;
pre_definition_1_70_5.. + 2.9988132184246794*w_1_5_0 + 15.690488732378162*w_1_5_1 - 1*b_1_5 + 1*pre_1_70_5 =e= 0;
pre_definition_1_70_6.. + 2.9988132184246794*w_1_6_0 + 15.690488732378162*w_1_6_1 - 1*b_1_6 + 1*pre_1_70_6 =e= 0;
pre_definition_1_70_7.. + 2.9988132184246794*w_1_7_0 + 15.690488732378162*w_1_7_1 - 1*b_1_7 + 1*pre_1_70_7 =e= 0;
pre_definition_1_71_0.. + 3.3288273900342116*w_1_0_0 + 16.06610908131692*w_1_0_1 - 1*b_1_0 + 1*pre_1_71_0 =e= 0;
pre_definition_1_71_1.. + 3.3288273900342116*w_1_1_0 + 16.06610908131692*w_1_1_1 - 1*b_1_1 + 1*pre_1_71_1 =e= 0;
pre_definition_1_71_2.. + 3.3288273900342116*w_1_2_0 + 16.06610908131692*w_1_2_1 - 1*b_1_2 + 1*pre_1_71_2 =e= 0;
pre_definition_1_71_3.. + 3.3288273900342116*w_1_3_0 + 16.06610908131692*w_1_3_1 - 1*b_1_3 + 1*pre_1_71_3 =e= 0;
pre_definition_1_71_4.. + 3.3288273900342116*w_1_4_0 + 16.06610908131692*w_1_4_1 - 1*b_1_4 + 1*pre_1_71_4 =e= 0;
pre_definition_1_71_5.. + 3.3288273900342116*w_1_5_0 + 16.06610908131692*w_1_5_1 - 1*b_1_5 + 1*pre_1_71_5 =e= 0;
pre_definition_1_71_6.. + 3.3288273900342116*w_1_6_0 + 16.06610908131692*w_1_6_1 - 1*b_1_6 + 1*pre_1_71_6 =e= 0;
pre_definition_1_71_7.. + 3.3288273900342116*w_1_7_0 + 16.06610908131692*w_1_7_1 - 1*b_1_7 + 1*pre_1_71_7 =e= 0;
pre_definition_1_72_0.. + 2.7627041340498346*w_1_0_0 + 15.232364840537022*w_1_0_1 - 1*b_1_0 + 1*pre_1_72_0 =e= 0;
pre_definition_1_72_1.. + 2.7627041340498346*w_1_1_0 + 15.232364840537022*w_1_1_1 - 1*b_1_1 + 1*pre_1_72_1 =e= 0;
pre_definition_1_72_2.. + 2.7627041340498346*w_1_2_0 + 15.232364840537022*w_1_2_1 - 1*b_1_2 + 1*pre_1_72_2 =e= 0;
pre_definition_1_72_3.. + 2.7627041340498346*w_1_3_0 + 15.232364840537022*w_1_3_1 - 1*b_1_3 + 1*pre_1_72_3 =e= 0;
pre_definition_1_72_4.. + 2.7627041340498346*w_1_4_0 + 15.232364840537022*w_1_4_1 - 1*b_1_4 + 1*pre_1_72_4 =e= 0;
pre_definition_1_72_5.. + 2.7627041340498346*w_1_5_0 + 15.232364840537022*w_1_5_1 - 1*b_1_5 + 1*pre_1_72_5 =e= 0;
pre_definition_1_72_6.. + 2.7627041340498346*w_1_6_0 + 15.232364840537022*w_1_6_1 - 1*b_1_6 + 1*pre_1_72_6 =e= 0;
pre_definition_1_72_7.. + 2.7627041340498346*w_1_7_0 + 15.232364840537022*w_1_7_1 - 1*b_1_7 + 1*pre_1_72_7 =e= 0;
pre_definition_1_73_0.. + 3.0927183056593686*w_1_0_0 + 15.607985189475778*w_1_0_1 - 1*b_1_0 + 1*pre_1_73_0 =e= 0;
pre_definition_1_73_1.. + 3.0927183056593686*w_1_1_0 + 15.607985189475778*w_1_1_1 - 1*b_1_1 + 1*pre_1_73_1 =e= 0;
pre_definition_1_73_2.. + 3.0927183056593686*w_1_2_0 + 15.607985189475778*w_1_2_1 - 1*b_1_2 + 1*pre_1_73_2 =e= 0;
pre_definition_1_73_3.. + 3.0927183056593686*w_1_3_0 + 15.607985189475778*w_1_3_1 - 1*b_1_3 + 1*pre_1_73_3 =e= 0;
pre_definition_1_73_4.. + 3.0927183056593686*w_1_4_0 + 15.607985189475778*w_1_4_1 - 1*b_1_4 + 1*pre_1_73_4 =e= 0;
pre_definition_1_73_5.. + 3.0927183056593686*w_1_5_0 + 15.607985189475778*w_1_5_1 - 1*b_1_5 + 1*pre_1_73_5 =e= 0;
pre_definition_1_73_6.. + 3.0927183056593686*w_1_6_0 + 15.607985189475778*w_1_6_1 - 1*b_1_6 + 1*pre_1_73_6 =e= 0;
pre_definition_1_73_7.. + 3.0927183056593686*w_1_7_0 + 15.607985189475778*w_1_7_1 - 1*b_1_7 + 1*pre_1_73_7 =e= 0;
pre_definition_1_74_0.. + 3.4227324772689007*w_1_0_0 + 15.983605538414537*w_1_0_1 - 1*b_1_0 + 1*pre_1_74_0 =e= 0;
pre_definition_1_74_1.. + 3.4227324772689007*w_1_1_0 + 15.983605538414537*w_1_1_1 - 1*b_1_1 + 1*pre_1_74_1 =e= 0;
pre_definition_1_74_2.. + 3.4227324772689007*w_1_2_0 + 15.983605538414537*w_1_2_1 - 1*b_1_2 + 1*pre_1_74_2 =e= 0;
pre_definition_1_74_3.. + 3.4227324772689007*w_1_3_0 + 15.983605538414537*w_1_3_1 - 1*b_1_3 + 1*pre_1_74_3 =e= 0;
pre_definition_1_74_4.. + 3.4227324772689007*w_1_4_0 + 15.983605538414537*w_1_4_1 - 1*b_1_4 + 1*pre_1_74_4 =e= 0;
pre_definition_1_74_5.. + 3.4227324772689007*w_1_5_0 + 15.983605538414537*w_1_5_1 - 1*b_1_5 + 1*pre_1_74_5 =e= 0;
pre_definition_1_74_6.. + 3.4227324772689007*w_1_6_0 + 15.983605538414537*w_1_6_1 - 1*b_1_6 + 1*pre_1_74_6 =e= 0;
pre_definition_1_74_7.. + 3.4227324772689007*w_1_7_0 + 15.983605538414537*w_1_7_1 - 1*b_1_7 + 1*pre_1_74_7 =e= 0;
pre_definition_1_75_0.. + 2.8566092212845247*w_1_0_0 + 15.149861297634638*w_1_0_1 - 1*b_1_0 + 1*pre_1_75_0 =e= 0;
pre_definition_1_75_1.. + 2.8566092212845247*w_1_1_0 + 15.149861297634638*w_1_1_1 - 1*b_1_1 + 1*pre_1_75_1 =e= 0;
pre_definition_1_75_2.. + 2.8566092212845247*w_1_2_0 + 15.149861297634638*w_1_2_1 - 1*b_1_2 + 1*pre_1_75_2 =e= 0;
pre_definition_1_75_3.. + 2.8566092212845247*w_1_3_0 + 15.149861297634638*w_1_3_1 - 1*b_1_3 + 1*pre_1_75_3 =e= 0;
pre_definition_1_75_4.. + 2.8566092212845247*w_1_4_0 + 15.149861297634638*w_1_4_1 - 1*b_1_4 + 1*pre_1_75_4 =e= 0;
pre_definition_1_75_5.. + 2.8566092212845247*w_1_5_0 + 15.149861297634638*w_1_5_1 - 1*b_1_5 + 1*pre_1_75_5 =e= 0;
pre_definition_1_75_6.. + 2.8566092212845247*w_1_6_0 + 15.149861297634638*w_1_6_1 - 1*b_1_6 + 1*pre_1_75_6 =e= 0;
pre_definition_1_75_7.. + 2.8566092212845247*w_1_7_0 + 15.149861297634638*w_1_7_1 - 1*b_1_7 + 1*pre_1_75_7 =e= 0;
pre_definition_1_76_0.. + 3.1866233928940586*w_1_0_0 + 15.525481646573395*w_1_0_1 - 1*b_1_0 + 1*pre_1_76_0 =e= 0;
pre_definition_1_76_1.. + 3.1866233928940586*w_1_1_0 + 15.525481646573395*w_1_1_1 - 1*b_1_1 + 1*pre_1_76_1 =e= 0;
pre_definition_1_76_2.. + 3.1866233928940586*w_1_2_0 + 15.525481646573395*w_1_2_1 - 1*b_1_2 + 1*pre_1_76_2 =e= 0;
pre_definition_1_76_3.. + 3.1866233928940586*w_1_3_0 + 15.525481646573395*w_1_3_1 - 1*b_1_3 + 1*pre_1_76_3 =e= 0;
pre_definition_1_76_4.. + 3.1866233928940586*w_1_4_0 + 15.525481646573395*w_1_4_1 - 1*b_1_4 + 1*pre_1_76_4 =e= 0;
pre_definition_1_76_5.. + 3.1866233928940586*w_1_5_0 + 15.525481646573395*w_1_5_1 - 1*b_1_5 + 1*pre_1_76_5 =e= 0;
pre_definition_1_76_6.. + 3.1866233928940586*w_1_6_0 + 15.525481646573395*w_1_6_1 - 1*b_1_6 + 1*pre_1_76_6 =e= 0;
pre_definition_1_76_7.. + 3.1866233928940586*w_1_7_0 + 15.525481646573395*w_1_7_1 - 1*b_1_7 + 1*pre_1_76_7 =e= 0;
pre_definition_1_77_0.. + 3.5166375645035908*w_1_0_0 + 15.901101995512153*w_1_0_1 - 1*b_1_0 + 1*pre_1_77_0 =e= 0;
pre_definition_1_77_1.. + 3.5166375645035908*w_1_1_0 + 15.901101995512153*w_1_1_1 - 1*b_1_1 + 1*pre_1_77_1 =e= 0;
pre_definition_1_77_2.. + 3.5166375645035908*w_1_2_0 + 15.901101995512153*w_1_2_1 - 1*b_1_2 + 1*pre_1_77_2 =e= 0;
pre_definition_1_77_3.. + 3.5166375645035908*w_1_3_0 + 15.901101995512153*w_1_3_1 - 1*b_1_3 + 1*pre_1_77_3 =e= 0;
pre_definition_1_77_4.. + 3.5166375645035908*w_1_4_0 + 15.901101995512153*w_1_4_1 - 1*b_1_4 + 1*pre_1_77_4 =e= 0;
pre_definition_1_77_5.. + 3.5166375645035908*w_1_5_0 + 15.901101995512153*w_1_5_1 - 1*b_1_5 + 1*pre_1_77_5 =e= 0;
pre_definition_1_77_6.. + 3.5166375645035908*w_1_6_0 + 15.901101995512153*w_1_6_1 - 1*b_1_6 + 1*pre_1_77_6 =e= 0;
pre_definition_1_77_7.. + 3.5166375645035908*w_1_7_0 + 15.901101995512153*w_1_7_1 - 1*b_1_7 + 1*pre_1_77_7 =e= 0;
pre_definition_1_78_0.. + 2.950514308519214*w_1_0_0 + 15.067357754732255*w_1_0_1 - 1*b_1_0 + 1*pre_1_78_0 =e= 0;
pre_definition_1_78_1.. + 2.950514308519214*w_1_1_0 + 15.067357754732255*w_1_1_1 - 1*b_1_1 + 1*pre_1_78_1 =e= 0;
pre_definition_1_78_2.. + 2.950514308519214*w_1_2_0 + 15.067357754732255*w_1_2_1 - 1*b_1_2 + 1*pre_1_78_2 =e= 0;
pre_definition_1_78_3.. + 2.950514308519214*w_1_3_0 + 15.067357754732255*w_1_3_1 - 1*b_1_3 + 1*pre_1_78_3 =e= 0;
pre_definition_1_78_4.. + 2.950514308519214*w_1_4_0 + 15.067357754732255*w_1_4_1 - 1*b_1_4 + 1*pre_1_78_4 =e= 0;
pre_definition_1_78_5.. + 2.950514308519214*w_1_5_0 + 15.067357754732255*w_1_5_1 - 1*b_1_5 + 1*pre_1_78_5 =e= 0;
pre_definition_1_78_6.. + 2.950514308519214*w_1_6_0 + 15.067357754732255*w_1_6_1 - 1*b_1_6 + 1*pre_1_78_6 =e= 0;
pre_definition_1_78_7.. + 2.950514308519214*w_1_7_0 + 15.067357754732255*w_1_7_1 - 1*b_1_7 + 1*pre_1_78_7 =e= 0;
pre_definition_1_79_0.. + 3.2805284801287478*w_1_0_0 + 15.442978103671011*w_1_0_1 - 1*b_1_0 + 1*pre_1_79_0 =e= 0;
pre_definition_1_79_1.. + 3.2805284801287478*w_1_1_0 + 15.442978103671011*w_1_1_1 - 1*b_1_1 + 1*pre_1_79_1 =e= 0;
pre_definition_1_79_2.. + 3.2805284801287478*w_1_2_0 + 15.442978103671011*w_1_2_1 - 1*b_1_2 + 1*pre_1_79_2 =e= 0;
pre_definition_1_79_3.. + 3.2805284801287478*w_1_3_0 + 15.442978103671011*w_1_3_1 - 1*b_1_3 + 1*pre_1_79_3 =e= 0;
pre_definition_1_79_4.. + 3.2805284801287478*w_1_4_0 + 15.442978103671011*w_1_4_1 - 1*b_1_4 + 1*pre_1_79_4 =e= 0;
pre_definition_1_79_5.. + 3.2805284801287478*w_1_5_0 + 15.442978103671011*w_1_5_1 - 1*b_1_5 + 1*pre_1_79_5 =e= 0;
pre_definition_1_79_6.. + 3.2805284801287478*w_1_6_0 + 15.442978103671011*w_1_6_1 - 1*b_1_6 + 1*pre_1_79_6 =e= 0;
pre_definition_1_79_7.. + 3.2805284801287478*w_1_7_0 + 15.442978103671011*w_1_7_1 - 1*b_1_7 + 1*pre_1_79_7 =e= 0;
pre_definition_1_80_0.. + 3.61054265173828*w_1_0_0 + 15.81859845260977*w_1_0_1 - 1*b_1_0 + 1*pre_1_80_0 =e= 0;
pre_definition_1_80_1.. + 3.61054265173828*w_1_1_0 + 15.81859845260977*w_1_1_1 - 1*b_1_1 + 1*pre_1_80_1 =e= 0;
pre_definition_1_80_2.. + 3.61054265173828*w_1_2_0 + 15.81859845260977*w_1_2_1 - 1*b_1_2 + 1*pre_1_80_2 =e= 0;
pre_definition_1_80_3.. + 3.61054265173828*w_1_3_0 + 15.81859845260977*w_1_3_1 - 1*b_1_3 + 1*pre_1_80_3 =e= 0;
pre_definition_1_80_4.. + 3.61054265173828*w_1_4_0 + 15.81859845260977*w_1_4_1 - 1*b_1_4 + 1*pre_1_80_4 =e= 0;
pre_definition_1_80_5.. + 3.61054265173828*w_1_5_0 + 15.81859845260977*w_1_5_1 - 1*b_1_5 + 1*pre_1_80_5 =e= 0;
pre_definition_1_80_6.. + 3.61054265173828*w_1_6_0 + 15.81859845260977*w_1_6_1 - 1*b_1_6 + 1*pre_1_80_6 =e= 0;
pre_definition_1_80_7.. + 3.61054265173828*w_1_7_0 + 15.81859845260977*w_1_7_1 - 1*b_1_7 + 1*pre_1_80_7 =e= 0;
pre_definition_1_81_0.. + 3.4200397446926605*w_1_0_0 + 14.65484004022034*w_1_0_1 - 1*b_1_0 + 1*pre_1_81_0 =e= 0;
pre_definition_1_81_1.. + 3.4200397446926605*w_1_1_0 + 14.65484004022034*w_1_1_1 - 1*b_1_1 + 1*pre_1_81_1 =e= 0;
pre_definition_1_81_2.. + 3.4200397446926605*w_1_2_0 + 14.65484004022034*w_1_2_1 - 1*b_1_2 + 1*pre_1_81_2 =e= 0;
pre_definition_1_81_3.. + 3.4200397446926605*w_1_3_0 + 14.65484004022034*w_1_3_1 - 1*b_1_3 + 1*pre_1_81_3 =e= 0;
pre_definition_1_81_4.. + 3.4200397446926605*w_1_4_0 + 14.65484004022034*w_1_4_1 - 1*b_1_4 + 1*pre_1_81_4 =e= 0;
pre_definition_1_81_5.. + 3.4200397446926605*w_1_5_0 + 14.65484004022034*w_1_5_1 - 1*b_1_5 + 1*pre_1_81_5 =e= 0;
pre_definition_1_81_6.. + 3.4200397446926605*w_1_6_0 + 14.65484004022034*w_1_6_1 - 1*b_1_6 + 1*pre_1_81_6 =e= 0;
pre_definition_1_81_7.. + 3.4200397446926605*w_1_7_0 + 14.65484004022034*w_1_7_1 - 1*b_1_7 + 1*pre_1_81_7 =e= 0;
pre_definition_1_82_0.. + 3.7500539163021944*w_1_0_0 + 15.030460389159096*w_1_0_1 - 1*b_1_0 + 1*pre_1_82_0 =e= 0;
pre_definition_1_82_1.. + 3.7500539163021944*w_1_1_0 + 15.030460389159096*w_1_1_1 - 1*b_1_1 + 1*pre_1_82_1 =e= 0;
pre_definition_1_82_2.. + 3.7500539163021944*w_1_2_0 + 15.030460389159096*w_1_2_1 - 1*b_1_2 + 1*pre_1_82_2 =e= 0;
pre_definition_1_82_3.. + 3.7500539163021944*w_1_3_0 + 15.030460389159096*w_1_3_1 - 1*b_1_3 + 1*pre_1_82_3 =e= 0;
pre_definition_1_82_4.. + 3.7500539163021944*w_1_4_0 + 15.030460389159096*w_1_4_1 - 1*b_1_4 + 1*pre_1_82_4 =e= 0;
pre_definition_1_82_5.. + 3.7500539163021944*w_1_5_0 + 15.030460389159096*w_1_5_1 - 1*b_1_5 + 1*pre_1_82_5 =e= 0;
pre_definition_1_82_6.. + 3.7500539163021944*w_1_6_0 + 15.030460389159096*w_1_6_1 - 1*b_1_6 + 1*pre_1_82_6 =e= 0;
pre_definition_1_82_7.. + 3.7500539163021944*w_1_7_0 + 15.030460389159096*w_1_7_1 - 1*b_1_7 + 1*pre_1_82_7 =e= 0;
pre_definition_1_83_0.. + 4.080068087911727*w_1_0_0 + 15.406080738097854*w_1_0_1 - 1*b_1_0 + 1*pre_1_83_0 =e= 0;
pre_definition_1_83_1.. + 4.080068087911727*w_1_1_0 + 15.406080738097854*w_1_1_1 - 1*b_1_1 + 1*pre_1_83_1 =e= 0;
pre_definition_1_83_2.. + 4.080068087911727*w_1_2_0 + 15.406080738097854*w_1_2_1 - 1*b_1_2 + 1*pre_1_83_2 =e= 0;
pre_definition_1_83_3.. + 4.080068087911727*w_1_3_0 + 15.406080738097854*w_1_3_1 - 1*b_1_3 + 1*pre_1_83_3 =e= 0;
pre_definition_1_83_4.. + 4.080068087911727*w_1_4_0 + 15.406080738097854*w_1_4_1 - 1*b_1_4 + 1*pre_1_83_4 =e= 0;
pre_definition_1_83_5.. + 4.080068087911727*w_1_5_0 + 15.406080738097854*w_1_5_1 - 1*b_1_5 + 1*pre_1_83_5 =e= 0;
pre_definition_1_83_6.. + 4.080068087911727*w_1_6_0 + 15.406080738097854*w_1_6_1 - 1*b_1_6 + 1*pre_1_83_6 =e= 0;
pre_definition_1_83_7.. + 4.080068087911727*w_1_7_0 + 15.406080738097854*w_1_7_1 - 1*b_1_7 + 1*pre_1_83_7 =e= 0;
pre_definition_1_84_0.. + 3.607849919162039*w_1_0_0 + 14.489832954415572*w_1_0_1 - 1*b_1_0 + 1*pre_1_84_0 =e= 0;
pre_definition_1_84_1.. + 3.607849919162039*w_1_1_0 + 14.489832954415572*w_1_1_1 - 1*b_1_1 + 1*pre_1_84_1 =e= 0;
pre_definition_1_84_2.. + 3.607849919162039*w_1_2_0 + 14.489832954415572*w_1_2_1 - 1*b_1_2 + 1*pre_1_84_2 =e= 0;
pre_definition_1_84_3.. + 3.607849919162039*w_1_3_0 + 14.489832954415572*w_1_3_1 - 1*b_1_3 + 1*pre_1_84_3 =e= 0;
pre_definition_1_84_4.. + 3.607849919162039*w_1_4_0 + 14.489832954415572*w_1_4_1 - 1*b_1_4 + 1*pre_1_84_4 =e= 0;
pre_definition_1_84_5.. + 3.607849919162039*w_1_5_0 + 14.489832954415572*w_1_5_1 - 1*b_1_5 + 1*pre_1_84_5 =e= 0;
pre_definition_1_84_6.. + 3.607849919162039*w_1_6_0 + 14.489832954415572*w_1_6_1 - 1*b_1_6 + 1*pre_1_84_6 =e= 0;
pre_definition_1_84_7.. + 3.607849919162039*w_1_7_0 + 14.489832954415572*w_1_7_1 - 1*b_1_7 + 1*pre_1_84_7 =e= 0;
pre_definition_1_85_0.. + 3.9378640907715727*w_1_0_0 + 14.865453303354329*w_1_0_1 - 1*b_1_0 + 1*pre_1_85_0 =e= 0;
pre_definition_1_85_1.. + 3.9378640907715727*w_1_1_0 + 14.865453303354329*w_1_1_1 - 1*b_1_1 + 1*pre_1_85_1 =e= 0;
pre_definition_1_85_2.. + 3.9378640907715727*w_1_2_0 + 14.865453303354329*w_1_2_1 - 1*b_1_2 + 1*pre_1_85_2 =e= 0;
pre_definition_1_85_3.. + 3.9378640907715727*w_1_3_0 + 14.865453303354329*w_1_3_1 - 1*b_1_3 + 1*pre_1_85_3 =e= 0;
pre_definition_1_85_4.. + 3.9378640907715727*w_1_4_0 + 14.865453303354329*w_1_4_1 - 1*b_1_4 + 1*pre_1_85_4 =e= 0;
pre_definition_1_85_5.. + 3.9378640907715727*w_1_5_0 + 14.865453303354329*w_1_5_1 - 1*b_1_5 + 1*pre_1_85_5 =e= 0;
pre_definition_1_85_6.. + 3.9378640907715727*w_1_6_0 + 14.865453303354329*w_1_6_1 - 1*b_1_6 + 1*pre_1_85_6 =e= 0;
pre_definition_1_85_7.. + 3.9378640907715727*w_1_7_0 + 14.865453303354329*w_1_7_1 - 1*b_1_7 + 1*pre_1_85_7 =e= 0;
pre_definition_1_86_0.. + 4.267878262381105*w_1_0_0 + 15.241073652293089*w_1_0_1 - 1*b_1_0 + 1*pre_1_86_0 =e= 0;
pre_definition_1_86_1.. + 4.267878262381105*w_1_1_0 + 15.241073652293089*w_1_1_1 - 1*b_1_1 + 1*pre_1_86_1 =e= 0;
pre_definition_1_86_2.. + 4.267878262381105*w_1_2_0 + 15.241073652293089*w_1_2_1 - 1*b_1_2 + 1*pre_1_86_2 =e= 0;
pre_definition_1_86_3.. + 4.267878262381105*w_1_3_0 + 15.241073652293089*w_1_3_1 - 1*b_1_3 + 1*pre_1_86_3 =e= 0;
pre_definition_1_86_4.. + 4.267878262381105*w_1_4_0 + 15.241073652293089*w_1_4_1 - 1*b_1_4 + 1*pre_1_86_4 =e= 0;
pre_definition_1_86_5.. + 4.267878262381105*w_1_5_0 + 15.241073652293089*w_1_5_1 - 1*b_1_5 + 1*pre_1_86_5 =e= 0;
pre_definition_1_86_6.. + 4.267878262381105*w_1_6_0 + 15.241073652293089*w_1_6_1 - 1*b_1_6 + 1*pre_1_86_6 =e= 0;
pre_definition_1_86_7.. + 4.267878262381105*w_1_7_0 + 15.241073652293089*w_1_7_1 - 1*b_1_7 + 1*pre_1_86_7 =e= 0;
pre_definition_1_87_0.. + 3.795660093631418*w_1_0_0 + 14.324825868610805*w_1_0_1 - 1*b_1_0 + 1*pre_1_87_0 =e= 0;
pre_definition_1_87_1.. + 3.795660093631418*w_1_1_0 + 14.324825868610805*w_1_1_1 - 1*b_1_1 + 1*pre_1_87_1 =e= 0;
pre_definition_1_87_2.. + 3.795660093631418*w_1_2_0 + 14.324825868610805*w_1_2_1 - 1*b_1_2 + 1*pre_1_87_2 =e= 0;
pre_definition_1_87_3.. + 3.795660093631418*w_1_3_0 + 14.324825868610805*w_1_3_1 - 1*b_1_3 + 1*pre_1_87_3 =e= 0;
pre_definition_1_87_4.. + 3.795660093631418*w_1_4_0 + 14.324825868610805*w_1_4_1 - 1*b_1_4 + 1*pre_1_87_4 =e= 0;
pre_definition_1_87_5.. + 3.795660093631418*w_1_5_0 + 14.324825868610805*w_1_5_1 - 1*b_1_5 + 1*pre_1_87_5 =e= 0;
pre_definition_1_87_6.. + 3.795660093631418*w_1_6_0 + 14.324825868610805*w_1_6_1 - 1*b_1_6 + 1*pre_1_87_6 =e= 0;
pre_definition_1_87_7.. + 3.795660093631418*w_1_7_0 + 14.324825868610805*w_1_7_1 - 1*b_1_7 + 1*pre_1_87_7 =e= 0;
pre_definition_1_88_0.. + 4.125674265240952*w_1_0_0 + 14.700446217549562*w_1_0_1 - 1*b_1_0 + 1*pre_1_88_0 =e= 0;
pre_definition_1_88_1.. + 4.125674265240952*w_1_1_0 + 14.700446217549562*w_1_1_1 - 1*b_1_1 + 1*pre_1_88_1 =e= 0;
pre_definition_1_88_2.. + 4.125674265240952*w_1_2_0 + 14.700446217549562*w_1_2_1 - 1*b_1_2 + 1*pre_1_88_2 =e= 0;
pre_definition_1_88_3.. + 4.125674265240952*w_1_3_0 + 14.700446217549562*w_1_3_1 - 1*b_1_3 + 1*pre_1_88_3 =e= 0;
pre_definition_1_88_4.. + 4.125674265240952*w_1_4_0 + 14.700446217549562*w_1_4_1 - 1*b_1_4 + 1*pre_1_88_4 =e= 0;
pre_definition_1_88_5.. + 4.125674265240952*w_1_5_0 + 14.700446217549562*w_1_5_1 - 1*b_1_5 + 1*pre_1_88_5 =e= 0;
pre_definition_1_88_6.. + 4.125674265240952*w_1_6_0 + 14.700446217549562*w_1_6_1 - 1*b_1_6 + 1*pre_1_88_6 =e= 0;
pre_definition_1_88_7.. + 4.125674265240952*w_1_7_0 + 14.700446217549562*w_1_7_1 - 1*b_1_7 + 1*pre_1_88_7 =e= 0;
pre_definition_1_89_0.. + 4.455688436850484*w_1_0_0 + 15.076066566488322*w_1_0_1 - 1*b_1_0 + 1*pre_1_89_0 =e= 0;
pre_definition_1_89_1.. + 4.455688436850484*w_1_1_0 + 15.076066566488322*w_1_1_1 - 1*b_1_1 + 1*pre_1_89_1 =e= 0;
pre_definition_1_89_2.. + 4.455688436850484*w_1_2_0 + 15.076066566488322*w_1_2_1 - 1*b_1_2 + 1*pre_1_89_2 =e= 0;
pre_definition_1_89_3.. + 4.455688436850484*w_1_3_0 + 15.076066566488322*w_1_3_1 - 1*b_1_3 + 1*pre_1_89_3 =e= 0;
pre_definition_1_89_4.. + 4.455688436850484*w_1_4_0 + 15.076066566488322*w_1_4_1 - 1*b_1_4 + 1*pre_1_89_4 =e= 0;
pre_definition_1_89_5.. + 4.455688436850484*w_1_5_0 + 15.076066566488322*w_1_5_1 - 1*b_1_5 + 1*pre_1_89_5 =e= 0;
pre_definition_1_89_6.. + 4.455688436850484*w_1_6_0 + 15.076066566488322*w_1_6_1 - 1*b_1_6 + 1*pre_1_89_6 =e= 0;
pre_definition_1_89_7.. + 4.455688436850484*w_1_7_0 + 15.076066566488322*w_1_7_1 - 1*b_1_7 + 1*pre_1_89_7 =e= 0;
pre_definition_1_90_0.. - 1.9881365431926281*w_1_0_0 + 12.817279363900978*w_1_0_1 - 1*b_1_0 + 1*pre_1_90_0 =e= 0;
pre_definition_1_90_1.. - 1.9881365431926281*w_1_1_0 + 12.817279363900978*w_1_1_1 - 1*b_1_1 + 1*pre_1_90_1 =e= 0;
pre_definition_1_90_2.. - 1.9881365431926281*w_1_2_0 + 12.817279363900978*w_1_2_1 - 1*b_1_2 + 1*pre_1_90_2 =e= 0;
pre_definition_1_90_3.. - 1.9881365431926281*w_1_3_0 + 12.817279363900978*w_1_3_1 - 1*b_1_3 + 1*pre_1_90_3 =e= 0;
pre_definition_1_90_4.. - 1.9881365431926281*w_1_4_0 + 12.817279363900978*w_1_4_1 - 1*b_1_4 + 1*pre_1_90_4 =e= 0;
pre_definition_1_90_5.. - 1.9881365431926281*w_1_5_0 + 12.817279363900978*w_1_5_1 - 1*b_1_5 + 1*pre_1_90_5 =e= 0;
pre_definition_1_90_6.. - 1.9881365431926281*w_1_6_0 + 12.817279363900978*w_1_6_1 - 1*b_1_6 + 1*pre_1_90_6 =e= 0;
pre_definition_1_90_7.. - 1.9881365431926281*w_1_7_0 + 12.817279363900978*w_1_7_1 - 1*b_1_7 + 1*pre_1_90_7 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 - 1*w_2_0_2*post_1_0_2 - 1*w_2_0_3*post_1_0_3 - 1*w_2_0_4*post_1_0_4 - 1*w_2_0_5*post_1_0_5
    - 1*w_2_0_6*post_1_0_6 - 1*w_2_0_7*post_1_0_7 =e= 0;
out_definition_0_1.. - 1*b_2_1 + 1*out_0_1 - 1*w_2_1_0*post_1_0_0 - 1*w_2_1_1*post_1_0_1 - 1*w_2_1_2*post_1_0_2 - 1*w_2_1_3*post_1_0_3 - 1*w_2_1_4*post_1_0_4 - 1*w_2_1_5*post_1_0_5
    - 1*w_2_1_6*post_1_0_6 - 1*w_2_1_7*post_1_0_7 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 - 1*w_2_0_2*post_1_1_2 - 1*w_2_0_3*post_1_1_3 - 1*w_2_0_4*post_1_1_4 - 1*w_2_0_5*post_1_1_5
    - 1*w_2_0_6*post_1_1_6 - 1*w_2_0_7*post_1_1_7 =e= 0;
out_definition_1_1.. - 1*b_2_1 + 1*out_1_1 - 1*w_2_1_0*post_1_1_0 - 1*w_2_1_1*post_1_1_1 - 1*w_2_1_2*post_1_1_2 - 1*w_2_1_3*post_1_1_3 - 1*w_2_1_4*post_1_1_4 - 1*w_2_1_5*post_1_1_5
    - 1*w_2_1_6*post_1_1_6 - 1*w_2_1_7*post_1_1_7 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 - 1*w_2_0_2*post_1_2_2 - 1*w_2_0_3*post_1_2_3 - 1*w_2_0_4*post_1_2_4 - 1*w_2_0_5*post_1_2_5
    - 1*w_2_0_6*post_1_2_6 - 1*w_2_0_7*post_1_2_7 =e= 0;
out_definition_2_1.. - 1*b_2_1 + 1*out_2_1 - 1*w_2_1_0*post_1_2_0 - 1*w_2_1_1*post_1_2_1 - 1*w_2_1_2*post_1_2_2 - 1*w_2_1_3*post_1_2_3 - 1*w_2_1_4*post_1_2_4 - 1*w_2_1_5*post_1_2_5
    - 1*w_2_1_6*post_1_2_6 - 1*w_2_1_7*post_1_2_7 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 - 1*w_2_0_2*post_1_3_2 - 1*w_2_0_3*post_1_3_3 - 1*w_2_0_4*post_1_3_4 - 1*w_2_0_5*post_1_3_5
    - 1*w_2_0_6*post_1_3_6 - 1*w_2_0_7*post_1_3_7 =e= 0;
out_definition_3_1.. - 1*b_2_1 + 1*out_3_1 - 1*w_2_1_0*post_1_3_0 - 1*w_2_1_1*post_1_3_1 - 1*w_2_1_2*post_1_3_2 - 1*w_2_1_3*post_1_3_3 - 1*w_2_1_4*post_1_3_4 - 1*w_2_1_5*post_1_3_5
    - 1*w_2_1_6*post_1_3_6 - 1*w_2_1_7*post_1_3_7 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 - 1*w_2_0_2*post_1_4_2 - 1*w_2_0_3*post_1_4_3 - 1*w_2_0_4*post_1_4_4 - 1*w_2_0_5*post_1_4_5
    - 1*w_2_0_6*post_1_4_6 - 1*w_2_0_7*post_1_4_7 =e= 0;
out_definition_4_1.. - 1*b_2_1 + 1*out_4_1 - 1*w_2_1_0*post_1_4_0 - 1*w_2_1_1*post_1_4_1 - 1*w_2_1_2*post_1_4_2 - 1*w_2_1_3*post_1_4_3 - 1*w_2_1_4*post_1_4_4 - 1*w_2_1_5*post_1_4_5
    - 1*w_2_1_6*post_1_4_6 - 1*w_2_1_7*post_1_4_7 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 - 1*w_2_0_2*post_1_5_2 - 1*w_2_0_3*post_1_5_3 - 1*w_2_0_4*post_1_5_4 - 1*w_2_0_5*post_1_5_5
    - 1*w_2_0_6*post_1_5_6 - 1*w_2_0_7*post_1_5_7 =e= 0;
out_definition_5_1.. - 1*b_2_1 + 1*out_5_1 - 1*w_2_1_0*post_1_5_0 - 1*w_2_1_1*post_1_5_1 - 1*w_2_1_2*post_1_5_2 - 1*w_2_1_3*post_1_5_3 - 1*w_2_1_4*post_1_5_4 - 1*w_2_1_5*post_1_5_5
    - 1*w_2_1_6*post_1_5_6 - 1*w_2_1_7*post_1_5_7 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 - 1*w_2_0_2*post_1_6_2 - 1*w_2_0_3*post_1_6_3 - 1*w_2_0_4*post_1_6_4 - 1*w_2_0_5*post_1_6_5
    - 1*w_2_0_6*post_1_6_6 - 1*w_2_0_7*post_1_6_7 =e= 0;
out_definition_6_1.. - 1*b_2_1 + 1*out_6_1 - 1*w_2_1_0*post_1_6_0 - 1*w_2_1_1*post_1_6_1 - 1*w_2_1_2*post_1_6_2 - 1*w_2_1_3*post_1_6_3 - 1*w_2_1_4*post_1_6_4 - 1*w_2_1_5*post_1_6_5
    - 1*w_2_1_6*post_1_6_6 - 1*w_2_1_7*post_1_6_7 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 - 1*w_2_0_2*post_1_7_2 - 1*w_2_0_3*post_1_7_3 - 1*w_2_0_4*post_1_7_4 - 1*w_2_0_5*post_1_7_5
    - 1*w_2_0_6*post_1_7_6 - 1*w_2_0_7*post_1_7_7 =e= 0;
out_definition_7_1.. - 1*b_2_1 + 1*out_7_1 - 1*w_2_1_0*post_1_7_0 - 1*w_2_1_1*post_1_7_1 - 1*w_2_1_2*post_1_7_2 - 1*w_2_1_3*post_1_7_3 - 1*w_2_1_4*post_1_7_4 - 1*w_2_1_5*post_1_7_5
    - 1*w_2_1_6*post_1_7_6 - 1*w_2_1_7*post_1_7_7 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 - 1*w_2_0_2*post_1_8_2 - 1*w_2_0_3*post_1_8_3 - 1*w_2_0_4*post_1_8_4 - 1*w_2_0_5*post_1_8_5
    - 1*w_2_0_6*post_1_8_6 - 1*w_2_0_7*post_1_8_7 =e= 0;
out_definition_8_1.. - 1*b_2_1 + 1*out_8_1 - 1*w_2_1_0*post_1_8_0 - 1*w_2_1_1*post_1_8_1 - 1*w_2_1_2*post_1_8_2 - 1*w_2_1_3*post_1_8_3 - 1*w_2_1_4*post_1_8_4 - 1*w_2_1_5*post_1_8_5
    - 1*w_2_1_6*post_1_8_6 - 1*w_2_1_7*post_1_8_7 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 - 1*w_2_0_2*post_1_9_2 - 1*w_2_0_3*post_1_9_3 - 1*w_2_0_4*post_1_9_4 - 1*w_2_0_5*post_1_9_5
    - 1*w_2_0_6*post_1_9_6 - 1*w_2_0_7*post_1_9_7 =e= 0;
out_definition_9_1.. - 1*b_2_1 + 1*out_9_1 - 1*w_2_1_0*post_1_9_0 - 1*w_2_1_1*post_1_9_1 - 1*w_2_1_2*post_1_9_2 - 1*w_2_1_3*post_1_9_3 - 1*w_2_1_4*post_1_9_4 - 1*w_2_1_5*post_1_9_5
    - 1*w_2_1_6*post_1_9_6 - 1*w_2_1_7*post_1_9_7 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 - 1*w_2_0_2*post_1_10_2 - 1*w_2_0_3*post_1_10_3 - 1*w_2_0_4*post_1_10_4 - 1*w_2_0_5*post_1_10_5
    - 1*w_2_0_6*post_1_10_6 - 1*w_2_0_7*post_1_10_7 =e= 0;
out_definition_10_1.. - 1*b_2_1 + 1*out_10_1 - 1*w_2_1_0*post_1_10_0 - 1*w_2_1_1*post_1_10_1 - 1*w_2_1_2*post_1_10_2 - 1*w_2_1_3*post_1_10_3 - 1*w_2_1_4*post_1_10_4 - 1*w_2_1_5*post_1_10_5
    - 1*w_2_1_6*post_1_10_6 - 1*w_2_1_7*post_1_10_7 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 - 1*w_2_0_2*post_1_11_2 - 1*w_2_0_3*post_1_11_3 - 1*w_2_0_4*post_1_11_4 - 1*w_2_0_5*post_1_11_5
    - 1*w_2_0_6*post_1_11_6 - 1*w_2_0_7*post_1_11_7 =e= 0;
out_definition_11_1.. - 1*b_2_1 + 1*out_11_1 - 1*w_2_1_0*post_1_11_0 - 1*w_2_1_1*post_1_11_1 - 1*w_2_1_2*post_1_11_2 - 1*w_2_1_3*post_1_11_3 - 1*w_2_1_4*post_1_11_4 - 1*w_2_1_5*post_1_11_5
    - 1*w_2_1_6*post_1_11_6 - 1*w_2_1_7*post_1_11_7 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 - 1*w_2_0_2*post_1_12_2 - 1*w_2_0_3*post_1_12_3 - 1*w_2_0_4*post_1_12_4 - 1*w_2_0_5*post_1_12_5
    - 1*w_2_0_6*post_1_12_6 - 1*w_2_0_7*post_1_12_7 =e= 0;
out_definition_12_1.. - 1*b_2_1 + 1*out_12_1 - 1*w_2_1_0*post_1_12_0 - 1*w_2_1_1*post_1_12_1 - 1*w_2_1_2*post_1_12_2 - 1*w_2_1_3*post_1_12_3 - 1*w_2_1_4*post_1_12_4 - 1*w_2_1_5*post_1_12_5
    - 1*w_2_1_6*post_1_12_6 - 1*w_2_1_7*post_1_12_7 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 - 1*w_2_0_2*post_1_13_2 - 1*w_2_0_3*post_1_13_3 - 1*w_2_0_4*post_1_13_4 - 1*w_2_0_5*post_1_13_5
    - 1*w_2_0_6*post_1_13_6 - 1*w_2_0_7*post_1_13_7 =e= 0;
out_definition_13_1.. - 1*b_2_1 + 1*out_13_1 - 1*w_2_1_0*post_1_13_0 - 1*w_2_1_1*post_1_13_1 - 1*w_2_1_2*post_1_13_2 - 1*w_2_1_3*post_1_13_3 - 1*w_2_1_4*post_1_13_4 - 1*w_2_1_5*post_1_13_5
    - 1*w_2_1_6*post_1_13_6 - 1*w_2_1_7*post_1_13_7 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 - 1*w_2_0_2*post_1_14_2 - 1*w_2_0_3*post_1_14_3 - 1*w_2_0_4*post_1_14_4 - 1*w_2_0_5*post_1_14_5
    - 1*w_2_0_6*post_1_14_6 - 1*w_2_0_7*post_1_14_7 =e= 0;
out_definition_14_1.. - 1*b_2_1 + 1*out_14_1 - 1*w_2_1_0*post_1_14_0 - 1*w_2_1_1*post_1_14_1 - 1*w_2_1_2*post_1_14_2 - 1*w_2_1_3*post_1_14_3 - 1*w_2_1_4*post_1_14_4 - 1*w_2_1_5*post_1_14_5
    - 1*w_2_1_6*post_1_14_6 - 1*w_2_1_7*post_1_14_7 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*w_2_0_0*post_1_15_0 - 1*w_2_0_1*post_1_15_1 - 1*w_2_0_2*post_1_15_2 - 1*w_2_0_3*post_1_15_3 - 1*w_2_0_4*post_1_15_4 - 1*w_2_0_5*post_1_15_5
    - 1*w_2_0_6*post_1_15_6 - 1*w_2_0_7*post_1_15_7 =e= 0;
out_definition_15_1.. - 1*b_2_1 + 1*out_15_1 - 1*w_2_1_0*post_1_15_0 - 1*w_2_1_1*post_1_15_1 - 1*w_2_1_2*post_1_15_2 - 1*w_2_1_3*post_1_15_3 - 1*w_2_1_4*post_1_15_4 - 1*w_2_1_5*post_1_15_5
    - 1*w_2_1_6*post_1_15_6 - 1*w_2_1_7*post_1_15_7 =e= 0;
out_definition_16_0.. - 1*b_2_0 + 1*out_16_0 - 1*w_2_0_0*post_1_16_0 - 1*w_2_0_1*post_1_16_1 - 1*w_2_0_2*post_1_16_2 - 1*w_2_0_3*post_1_16_3 - 1*w_2_0_4*post_1_16_4 - 1*w_2_0_5*post_1_16_5
    - 1*w_2_0_6*post_1_16_6 - 1*w_2_0_7*post_1_16_7 =e= 0;
out_definition_16_1.. - 1*b_2_1 + 1*out_16_1 - 1*w_2_1_0*post_1_16_0 - 1*w_2_1_1*post_1_16_1 - 1*w_2_1_2*post_1_16_2 - 1*w_2_1_3*post_1_16_3 - 1*w_2_1_4*post_1_16_4 - 1*w_2_1_5*post_1_16_5
    - 1*w_2_1_6*post_1_16_6 - 1*w_2_1_7*post_1_16_7 =e= 0;
out_definition_17_0.. - 1*b_2_0 + 1*out_17_0 - 1*w_2_0_0*post_1_17_0 - 1*w_2_0_1*post_1_17_1 - 1*w_2_0_2*post_1_17_2 - 1*w_2_0_3*post_1_17_3 - 1*w_2_0_4*post_1_17_4 - 1*w_2_0_5*post_1_17_5
    - 1*w_2_0_6*post_1_17_6 - 1*w_2_0_7*post_1_17_7 =e= 0;
out_definition_17_1.. - 1*b_2_1 + 1*out_17_1 - 1*w_2_1_0*post_1_17_0 - 1*w_2_1_1*post_1_17_1 - 1*w_2_1_2*post_1_17_2 - 1*w_2_1_3*post_1_17_3 - 1*w_2_1_4*post_1_17_4 - 1*w_2_1_5*post_1_17_5
    - 1*w_2_1_6*post_1_17_6 - 1*w_2_1_7*post_1_17_7 =e= 0;
out_definition_18_0.. - 1*b_2_0 + 1*out_18_0 - 1*w_2_0_0*post_1_18_0 - 1*w_2_0_1*post_1_18_1 - 1*w_2_0_2*post_1_18_2 - 1*w_2_0_3*post_1_18_3 - 1*w_2_0_4*post_1_18_4 - 1*w_2_0_5*post_1_18_5
    - 1*w_2_0_6*post_1_18_6 - 1*w_2_0_7*post_1_18_7 =e= 0;
out_definition_18_1.. - 1*b_2_1 + 1*out_18_1 - 1*w_2_1_0*post_1_18_0 - 1*w_2_1_1*post_1_18_1 - 1*w_2_1_2*post_1_18_2 - 1*w_2_1_3*post_1_18_3 - 1*w_2_1_4*post_1_18_4 - 1*w_2_1_5*post_1_18_5
    - 1*w_2_1_6*post_1_18_6 - 1*w_2_1_7*post_1_18_7 =e= 0;
out_definition_19_0.. - 1*b_2_0 + 1*out_19_0 - 1*w_2_0_0*post_1_19_0 - 1*w_2_0_1*post_1_19_1 - 1*w_2_0_2*post_1_19_2 - 1*w_2_0_3*post_1_19_3 - 1*w_2_0_4*post_1_19_4 - 1*w_2_0_5*post_1_19_5
    - 1*w_2_0_6*post_1_19_6 - 1*w_2_0_7*post_1_19_7 =e= 0;
out_definition_19_1.. - 1*b_2_1 + 1*out_19_1 - 1*w_2_1_0*post_1_19_0 - 1*w_2_1_1*post_1_19_1 - 1*w_2_1_2*post_1_19_2 - 1*w_2_1_3*post_1_19_3 - 1*w_2_1_4*post_1_19_4 - 1*w_2_1_5*post_1_19_5
    - 1*w_2_1_6*post_1_19_6 - 1*w_2_1_7*post_1_19_7 =e= 0;
out_definition_20_0.. - 1*b_2_0 + 1*out_20_0 - 1*w_2_0_0*post_1_20_0 - 1*w_2_0_1*post_1_20_1 - 1*w_2_0_2*post_1_20_2 - 1*w_2_0_3*post_1_20_3 - 1*w_2_0_4*post_1_20_4 - 1*w_2_0_5*post_1_20_5
    - 1*w_2_0_6*post_1_20_6 - 1*w_2_0_7*post_1_20_7 =e= 0;
out_definition_20_1.. - 1*b_2_1 + 1*out_20_1 - 1*w_2_1_0*post_1_20_0 - 1*w_2_1_1*post_1_20_1 - 1*w_2_1_2*post_1_20_2 - 1*w_2_1_3*post_1_20_3 - 1*w_2_1_4*post_1_20_4 - 1*w_2_1_5*post_1_20_5
    - 1*w_2_1_6*post_1_20_6 - 1*w_2_1_7*post_1_20_7 =e= 0;
out_definition_21_0.. - 1*b_2_0 + 1*out_21_0 - 1*w_2_0_0*post_1_21_0 - 1*w_2_0_1*post_1_21_1 - 1*w_2_0_2*post_1_21_2 - 1*w_2_0_3*post_1_21_3 - 1*w_2_0_4*post_1_21_4 - 1*w_2_0_5*post_1_21_5
    - 1*w_2_0_6*post_1_21_6 - 1*w_2_0_7*post_1_21_7 =e= 0;
out_definition_21_1.. - 1*b_2_1 + 1*out_21_1 - 1*w_2_1_0*post_1_21_0 - 1*w_2_1_1*post_1_21_1 - 1*w_2_1_2*post_1_21_2 - 1*w_2_1_3*post_1_21_3 - 1*w_2_1_4*post_1_21_4 - 1*w_2_1_5*post_1_21_5
    - 1*w_2_1_6*post_1_21_6 - 1*w_2_1_7*post_1_21_7 =e= 0;
out_definition_22_0.. - 1*b_2_0 + 1*out_22_0 - 1*w_2_0_0*post_1_22_0 - 1*w_2_0_1*post_1_22_1 - 1*w_2_0_2*post_1_22_2 - 1*w_2_0_3*post_1_22_3 - 1*w_2_0_4*post_1_22_4 - 1*w_2_0_5*post_1_22_5
    - 1*w_2_0_6*post_1_22_6 - 1*w_2_0_7*post_1_22_7 =e= 0;
out_definition_22_1.. - 1*b_2_1 + 1*out_22_1 - 1*w_2_1_0*post_1_22_0 - 1*w_2_1_1*post_1_22_1 - 1*w_2_1_2*post_1_22_2 - 1*w_2_1_3*post_1_22_3 - 1*w_2_1_4*post_1_22_4 - 1*w_2_1_5*post_1_22_5
    - 1*w_2_1_6*post_1_22_6 - 1*w_2_1_7*post_1_22_7 =e= 0;
out_definition_23_0.. - 1*b_2_0 + 1*out_23_0 - 1*w_2_0_0*post_1_23_0 - 1*w_2_0_1*post_1_23_1 - 1*w_2_0_2*post_1_23_2 - 1*w_2_0_3*post_1_23_3 - 1*w_2_0_4*post_1_23_4 - 1*w_2_0_5*post_1_23_5
    - 1*w_2_0_6*post_1_23_6 - 1*w_2_0_7*post_1_23_7 =e= 0;
out_definition_23_1.. - 1*b_2_1 + 1*out_23_1 - 1*w_2_1_0*post_1_23_0 - 1*w_2_1_1*post_1_23_1 - 1*w_2_1_2*post_1_23_2 - 1*w_2_1_3*post_1_23_3 - 1*w_2_1_4*post_1_23_4 - 1*w_2_1_5*post_1_23_5
    - 1*w_2_1_6*post_1_23_6 - 1*w_2_1_7*post_1_23_7 =e= 0;
out_definition_24_0.. - 1*b_2_0 + 1*out_24_0 - 1*w_2_0_0*post_1_24_0 - 1*w_2_0_1*post_1_24_1 - 1*w_2_0_2*post_1_24_2 - 1*w_2_0_3*post_1_24_3 - 1*w_2_0_4*post_1_24_4 - 1*w_2_0_5*post_1_24_5
    - 1*w_2_0_6*post_1_24_6 - 1*w_2_0_7*post_1_24_7 =e= 0;
out_definition_24_1.. - 1*b_2_1 + 1*out_24_1 - 1*w_2_1_0*post_1_24_0 - 1*w_2_1_1*post_1_24_1 - 1*w_2_1_2*post_1_24_2 - 1*w_2_1_3*post_1_24_3 - 1*w_2_1_4*post_1_24_4 - 1*w_2_1_5*post_1_24_5
    - 1*w_2_1_6*post_1_24_6 - 1*w_2_1_7*post_1_24_7 =e= 0;
out_definition_25_0.. - 1*b_2_0 + 1*out_25_0 - 1*w_2_0_0*post_1_25_0 - 1*w_2_0_1*post_1_25_1 - 1*w_2_0_2*post_1_25_2 - 1*w_2_0_3*post_1_25_3 - 1*w_2_0_4*post_1_25_4 - 1*w_2_0_5*post_1_25_5
    - 1*w_2_0_6*post_1_25_6 - 1*w_2_0_7*post_1_25_7 =e= 0;
out_definition_25_1.. - 1*b_2_1 + 1*out_25_1 - 1*w_2_1_0*post_1_25_0 - 1*w_2_1_1*post_1_25_1 - 1*w_2_1_2*post_1_25_2 - 1*w_2_1_3*post_1_25_3 - 1*w_2_1_4*post_1_25_4 - 1*w_2_1_5*post_1_25_5
    - 1*w_2_1_6*post_1_25_6 - 1*w_2_1_7*post_1_25_7 =e= 0;
out_definition_26_0.. - 1*b_2_0 + 1*out_26_0 - 1*w_2_0_0*post_1_26_0 - 1*w_2_0_1*post_1_26_1 - 1*w_2_0_2*post_1_26_2 - 1*w_2_0_3*post_1_26_3 - 1*w_2_0_4*post_1_26_4 - 1*w_2_0_5*post_1_26_5
    - 1*w_2_0_6*post_1_26_6 - 1*w_2_0_7*post_1_26_7 =e= 0;
out_definition_26_1.. - 1*b_2_1 + 1*out_26_1 - 1*w_2_1_0*post_1_26_0 - 1*w_2_1_1*post_1_26_1 - 1*w_2_1_2*post_1_26_2 - 1*w_2_1_3*post_1_26_3 - 1*w_2_1_4*post_1_26_4 - 1*w_2_1_5*post_1_26_5
    - 1*w_2_1_6*post_1_26_6 - 1*w_2_1_7*post_1_26_7 =e= 0;
out_definition_27_0.. - 1*b_2_0 + 1*out_27_0 - 1*w_2_0_0*post_1_27_0 - 1*w_2_0_1*post_1_27_1 - 1*w_2_0_2*post_1_27_2 - 1*w_2_0_3*post_1_27_3 - 1*w_2_0_4*post_1_27_4 - 1*w_2_0_5*post_1_27_5
    - 1*w_2_0_6*post_1_27_6 - 1*w_2_0_7*post_1_27_7 =e= 0;
out_definition_27_1.. - 1*b_2_1 + 1*out_27_1 - 1*w_2_1_0*post_1_27_0 - 1*w_2_1_1*post_1_27_1 - 1*w_2_1_2*post_1_27_2 - 1*w_2_1_3*post_1_27_3 - 1*w_2_1_4*post_1_27_4 - 1*w_2_1_5*post_1_27_5
    - 1*w_2_1_6*post_1_27_6 - 1*w_2_1_7*post_1_27_7 =e= 0;
out_definition_28_0.. - 1*b_2_0 + 1*out_28_0 - 1*w_2_0_0*post_1_28_0 - 1*w_2_0_1*post_1_28_1 - 1*w_2_0_2*post_1_28_2 - 1*w_2_0_3*post_1_28_3 - 1*w_2_0_4*post_1_28_4 - 1*w_2_0_5*post_1_28_5
    - 1*w_2_0_6*post_1_28_6 - 1*w_2_0_7*post_1_28_7 =e= 0;
out_definition_28_1.. - 1*b_2_1 + 1*out_28_1 - 1*w_2_1_0*post_1_28_0 - 1*w_2_1_1*post_1_28_1 - 1*w_2_1_2*post_1_28_2 - 1*w_2_1_3*post_1_28_3 - 1*w_2_1_4*post_1_28_4 - 1*w_2_1_5*post_1_28_5
    - 1*w_2_1_6*post_1_28_6 - 1*w_2_1_7*post_1_28_7 =e= 0;
out_definition_29_0.. - 1*b_2_0 + 1*out_29_0 - 1*w_2_0_0*post_1_29_0 - 1*w_2_0_1*post_1_29_1 - 1*w_2_0_2*post_1_29_2 - 1*w_2_0_3*post_1_29_3 - 1*w_2_0_4*post_1_29_4 - 1*w_2_0_5*post_1_29_5
    - 1*w_2_0_6*post_1_29_6 - 1*w_2_0_7*post_1_29_7 =e= 0;
out_definition_29_1.. - 1*b_2_1 + 1*out_29_1 - 1*w_2_1_0*post_1_29_0 - 1*w_2_1_1*post_1_29_1 - 1*w_2_1_2*post_1_29_2 - 1*w_2_1_3*post_1_29_3 - 1*w_2_1_4*post_1_29_4 - 1*w_2_1_5*post_1_29_5
    - 1*w_2_1_6*post_1_29_6 - 1*w_2_1_7*post_1_29_7 =e= 0;
out_definition_30_0.. - 1*b_2_0 + 1*out_30_0 - 1*w_2_0_0*post_1_30_0 - 1*w_2_0_1*post_1_30_1 - 1*w_2_0_2*post_1_30_2 - 1*w_2_0_3*post_1_30_3 - 1*w_2_0_4*post_1_30_4 - 1*w_2_0_5*post_1_30_5
    - 1*w_2_0_6*post_1_30_6 - 1*w_2_0_7*post_1_30_7 =e= 0;
out_definition_30_1.. - 1*b_2_1 + 1*out_30_1 - 1*w_2_1_0*post_1_30_0 - 1*w_2_1_1*post_1_30_1 - 1*w_2_1_2*post_1_30_2 - 1*w_2_1_3*post_1_30_3 - 1*w_2_1_4*post_1_30_4 - 1*w_2_1_5*post_1_30_5
    - 1*w_2_1_6*post_1_30_6 - 1*w_2_1_7*post_1_30_7 =e= 0;
out_definition_31_0.. - 1*b_2_0 + 1*out_31_0 - 1*w_2_0_0*post_1_31_0 - 1*w_2_0_1*post_1_31_1 - 1*w_2_0_2*post_1_31_2 - 1*w_2_0_3*post_1_31_3 - 1*w_2_0_4*post_1_31_4 - 1*w_2_0_5*post_1_31_5
    - 1*w_2_0_6*post_1_31_6 - 1*w_2_0_7*post_1_31_7 =e= 0;
out_definition_31_1.. - 1*b_2_1 + 1*out_31_1 - 1*w_2_1_0*post_1_31_0 - 1*w_2_1_1*post_1_31_1 - 1*w_2_1_2*post_1_31_2 - 1*w_2_1_3*post_1_31_3 - 1*w_2_1_4*post_1_31_4 - 1*w_2_1_5*post_1_31_5
    - 1*w_2_1_6*post_1_31_6 - 1*w_2_1_7*post_1_31_7 =e= 0;
out_definition_32_0.. - 1*b_2_0 + 1*out_32_0 - 1*w_2_0_0*post_1_32_0 - 1*w_2_0_1*post_1_32_1 - 1*w_2_0_2*post_1_32_2 - 1*w_2_0_3*post_1_32_3 - 1*w_2_0_4*post_1_32_4 - 1*w_2_0_5*post_1_32_5
    - 1*w_2_0_6*post_1_32_6 - 1*w_2_0_7*post_1_32_7 =e= 0;
out_definition_32_1.. - 1*b_2_1 + 1*out_32_1 - 1*w_2_1_0*post_1_32_0 - 1*w_2_1_1*post_1_32_1 - 1*w_2_1_2*post_1_32_2 - 1*w_2_1_3*post_1_32_3 - 1*w_2_1_4*post_1_32_4 - 1*w_2_1_5*post_1_32_5
    - 1*w_2_1_6*post_1_32_6 - 1*w_2_1_7*post_1_32_7 =e= 0;
out_definition_33_0.. - 1*b_2_0 + 1*out_33_0 - 1*w_2_0_0*post_1_33_0 - 1*w_2_0_1*post_1_33_1 - 1*w_2_0_2*post_1_33_2 - 1*w_2_0_3*post_1_33_3 - 1*w_2_0_4*post_1_33_4 - 1*w_2_0_5*post_1_33_5
    - 1*w_2_0_6*post_1_33_6 - 1*w_2_0_7*post_1_33_7 =e= 0;
out_definition_33_1.. - 1*b_2_1 + 1*out_33_1 - 1*w_2_1_0*post_1_33_0 - 1*w_2_1_1*post_1_33_1 - 1*w_2_1_2*post_1_33_2 - 1*w_2_1_3*post_1_33_3 - 1*w_2_1_4*post_1_33_4 - 1*w_2_1_5*post_1_33_5
    - 1*w_2_1_6*post_1_33_6 - 1*w_2_1_7*post_1_33_7 =e= 0;
out_definition_34_0.. - 1*b_2_0 + 1*out_34_0 - 1*w_2_0_0*post_1_34_0 - 1*w_2_0_1*post_1_34_1 - 1*w_2_0_2*post_1_34_2 - 1*w_2_0_3*post_1_34_3 - 1*w_2_0_4*post_1_34_4 - 1*w_2_0_5*post_1_34_5
    - 1*w_2_0_6*post_1_34_6 - 1*w_2_0_7*post_1_34_7 =e= 0;
out_definition_34_1.. - 1*b_2_1 + 1*out_34_1 - 1*w_2_1_0*post_1_34_0 - 1*w_2_1_1*post_1_34_1 - 1*w_2_1_2*post_1_34_2 - 1*w_2_1_3*post_1_34_3 - 1*w_2_1_4*post_1_34_4 - 1*w_2_1_5*post_1_34_5
    - 1*w_2_1_6*post_1_34_6 - 1*w_2_1_7*post_1_34_7 =e= 0;
out_definition_35_0.. - 1*b_2_0 + 1*out_35_0 - 1*w_2_0_0*post_1_35_0 - 1*w_2_0_1*post_1_35_1 - 1*w_2_0_2*post_1_35_2 - 1*w_2_0_3*post_1_35_3 - 1*w_2_0_4*post_1_35_4 - 1*w_2_0_5*post_1_35_5
    - 1*w_2_0_6*post_1_35_6 - 1*w_2_0_7*post_1_35_7 =e= 0;
out_definition_35_1.. - 1*b_2_1 + 1*out_35_1 - 1*w_2_1_0*post_1_35_0 - 1*w_2_1_1*post_1_35_1 - 1*w_2_1_2*post_1_35_2 - 1*w_2_1_3*post_1_35_3 - 1*w_2_1_4*post_1_35_4 - 1*w_2_1_5*post_1_35_5
    - 1*w_2_1_6*post_1_35_6 - 1*w_2_1_7*post_1_35_7 =e= 0;
out_definition_36_0.. - 1*b_2_0 + 1*out_36_0 - 1*w_2_0_0*post_1_36_0 - 1*w_2_0_1*post_1_36_1 - 1*w_2_0_2*post_1_36_2 - 1*w_2_0_3*post_1_36_3 - 1*w_2_0_4*post_1_36_4 - 1*w_2_0_5*post_1_36_5
    - 1*w_2_0_6*post_1_36_6 - 1*w_2_0_7*post_1_36_7 =e= 0;
out_definition_36_1.. - 1*b_2_1 + 1*out_36_1 - 1*w_2_1_0*post_1_36_0 - 1*w_2_1_1*post_1_36_1 - 1*w_2_1_2*post_1_36_2 - 1*w_2_1_3*post_1_36_3 - 1*w_2_1_4*post_1_36_4 - 1*w_2_1_5*post_1_36_5
    - 1*w_2_1_6*post_1_36_6 - 1*w_2_1_7*post_1_36_7 =e= 0;
out_definition_37_0.. - 1*b_2_0 + 1*out_37_0 - 1*w_2_0_0*post_1_37_0 - 1*w_2_0_1*post_1_37_1 - 1*w_2_0_2*post_1_37_2 - 1*w_2_0_3*post_1_37_3 - 1*w_2_0_4*post_1_37_4 - 1*w_2_0_5*post_1_37_5
    - 1*w_2_0_6*post_1_37_6 - 1*w_2_0_7*post_1_37_7 =e= 0;
out_definition_37_1.. - 1*b_2_1 + 1*out_37_1 - 1*w_2_1_0*post_1_37_0 - 1*w_2_1_1*post_1_37_1 - 1*w_2_1_2*post_1_37_2 - 1*w_2_1_3*post_1_37_3 - 1*w_2_1_4*post_1_37_4 - 1*w_2_1_5*post_1_37_5
    - 1*w_2_1_6*post_1_37_6 - 1*w_2_1_7*post_1_37_7 =e= 0;
out_definition_38_0.. - 1*b_2_0 + 1*out_38_0 - 1*w_2_0_0*post_1_38_0 - 1*w_2_0_1*post_1_38_1 - 1*w_2_0_2*post_1_38_2 - 1*w_2_0_3*post_1_38_3 - 1*w_2_0_4*post_1_38_4 - 1*w_2_0_5*post_1_38_5
    - 1*w_2_0_6*post_1_38_6 - 1*w_2_0_7*post_1_38_7 =e= 0;
out_definition_38_1.. - 1*b_2_1 + 1*out_38_1 - 1*w_2_1_0*post_1_38_0 - 1*w_2_1_1*post_1_38_1 - 1*w_2_1_2*post_1_38_2 - 1*w_2_1_3*post_1_38_3 - 1*w_2_1_4*post_1_38_4 - 1*w_2_1_5*post_1_38_5
    - 1*w_2_1_6*post_1_38_6 - 1*w_2_1_7*post_1_38_7 =e= 0;
out_definition_39_0.. - 1*b_2_0 + 1*out_39_0 - 1*w_2_0_0*post_1_39_0 - 1*w_2_0_1*post_1_39_1 - 1*w_2_0_2*post_1_39_2 - 1*w_2_0_3*post_1_39_3 - 1*w_2_0_4*post_1_39_4 - 1*w_2_0_5*post_1_39_5
    - 1*w_2_0_6*post_1_39_6 - 1*w_2_0_7*post_1_39_7 =e= 0;
out_definition_39_1.. - 1*b_2_1 + 1*out_39_1 - 1*w_2_1_0*post_1_39_0 - 1*w_2_1_1*post_1_39_1 - 1*w_2_1_2*post_1_39_2 - 1*w_2_1_3*post_1_39_3 - 1*w_2_1_4*post_1_39_4 - 1*w_2_1_5*post_1_39_5
    - 1*w_2_1_6*post_1_39_6 - 1*w_2_1_7*post_1_39_7 =e= 0;
out_definition_40_0.. - 1*b_2_0 + 1*out_40_0 - 1*w_2_0_0*post_1_40_0 - 1*w_2_0_1*post_1_40_1 - 1*w_2_0_2*post_1_40_2 - 1*w_2_0_3*post_1_40_3 - 1*w_2_0_4*post_1_40_4 - 1*w_2_0_5*post_1_40_5
    - 1*w_2_0_6*post_1_40_6 - 1*w_2_0_7*post_1_40_7 =e= 0;
out_definition_40_1.. - 1*b_2_1 + 1*out_40_1 - 1*w_2_1_0*post_1_40_0 - 1*w_2_1_1*post_1_40_1 - 1*w_2_1_2*post_1_40_2 - 1*w_2_1_3*post_1_40_3 - 1*w_2_1_4*post_1_40_4 - 1*w_2_1_5*post_1_40_5
    - 1*w_2_1_6*post_1_40_6 - 1*w_2_1_7*post_1_40_7 =e= 0;
out_definition_41_0.. - 1*b_2_0 + 1*out_41_0 - 1*w_2_0_0*post_1_41_0 - 1*w_2_0_1*post_1_41_1 - 1*w_2_0_2*post_1_41_2 - 1*w_2_0_3*post_1_41_3 - 1*w_2_0_4*post_1_41_4 - 1*w_2_0_5*post_1_41_5
    - 1*w_2_0_6*post_1_41_6 - 1*w_2_0_7*post_1_41_7 =e= 0;
out_definition_41_1.. - 1*b_2_1 + 1*out_41_1 - 1*w_2_1_0*post_1_41_0 - 1*w_2_1_1*post_1_41_1 - 1*w_2_1_2*post_1_41_2 - 1*w_2_1_3*post_1_41_3 - 1*w_2_1_4*post_1_41_4 - 1*w_2_1_5*post_1_41_5
    - 1*w_2_1_6*post_1_41_6 - 1*w_2_1_7*post_1_41_7 =e= 0;
out_definition_42_0.. - 1*b_2_0 + 1*out_42_0 - 1*w_2_0_0*post_1_42_0 - 1*w_2_0_1*post_1_42_1 - 1*w_2_0_2*post_1_42_2 - 1*w_2_0_3*post_1_42_3 - 1*w_2_0_4*post_1_42_4 - 1*w_2_0_5*post_1_42_5
    - 1*w_2_0_6*post_1_42_6 - 1*w_2_0_7*post_1_42_7 =e= 0;
out_definition_42_1.. - 1*b_2_1 + 1*out_42_1 - 1*w_2_1_0*post_1_42_0 - 1*w_2_1_1*post_1_42_1 - 1*w_2_1_2*post_1_42_2 - 1*w_2_1_3*post_1_42_3 - 1*w_2_1_4*post_1_42_4 - 1*w_2_1_5*post_1_42_5
    - 1*w_2_1_6*post_1_42_6 - 1*w_2_1_7*post_1_42_7 =e= 0;
out_definition_43_0.. - 1*b_2_0 + 1*out_43_0 - 1*w_2_0_0*post_1_43_0 - 1*w_2_0_1*post_1_43_1 - 1*w_2_0_2*post_1_43_2 - 1*w_2_0_3*post_1_43_3 - 1*w_2_0_4*post_1_43_4 - 1*w_2_0_5*post_1_43_5
    - 1*w_2_0_6*post_1_43_6 - 1*w_2_0_7*post_1_43_7 =e= 0;
out_definition_43_1.. - 1*b_2_1 + 1*out_43_1 - 1*w_2_1_0*post_1_43_0 - 1*w_2_1_1*post_1_43_1 - 1*w_2_1_2*post_1_43_2 - 1*w_2_1_3*post_1_43_3 - 1*w_2_1_4*post_1_43_4 - 1*w_2_1_5*post_1_43_5
    - 1*w_2_1_6*post_1_43_6 - 1*w_2_1_7*post_1_43_7 =e= 0;
out_definition_44_0.. - 1*b_2_0 + 1*out_44_0 - 1*w_2_0_0*post_1_44_0 - 1*w_2_0_1*post_1_44_1 - 1*w_2_0_2*post_1_44_2 - 1*w_2_0_3*post_1_44_3 - 1*w_2_0_4*post_1_44_4 - 1*w_2_0_5*post_1_44_5
    - 1*w_2_0_6*post_1_44_6 - 1*w_2_0_7*post_1_44_7 =e= 0;
out_definition_44_1.. - 1*b_2_1 + 1*out_44_1 - 1*w_2_1_0*post_1_44_0 - 1*w_2_1_1*post_1_44_1 - 1*w_2_1_2*post_1_44_2 - 1*w_2_1_3*post_1_44_3 - 1*w_2_1_4*post_1_44_4 - 1*w_2_1_5*post_1_44_5
    - 1*w_2_1_6*post_1_44_6 - 1*w_2_1_7*post_1_44_7 =e= 0;
out_definition_45_0.. - 1*b_2_0 + 1*out_45_0 - 1*w_2_0_0*post_1_45_0 - 1*w_2_0_1*post_1_45_1 - 1*w_2_0_2*post_1_45_2 - 1*w_2_0_3*post_1_45_3 - 1*w_2_0_4*post_1_45_4 - 1*w_2_0_5*post_1_45_5
    - 1*w_2_0_6*post_1_45_6 - 1*w_2_0_7*post_1_45_7 =e= 0;
out_definition_45_1.. - 1*b_2_1 + 1*out_45_1 - 1*w_2_1_0*post_1_45_0 - 1*w_2_1_1*post_1_45_1 - 1*w_2_1_2*post_1_45_2 - 1*w_2_1_3*post_1_45_3 - 1*w_2_1_4*post_1_45_4 - 1*w_2_1_5*post_1_45_5
    - 1*w_2_1_6*post_1_45_6 - 1*w_2_1_7*post_1_45_7 =e= 0;
out_definition_46_0.. - 1*b_2_0 + 1*out_46_0 - 1*w_2_0_0*post_1_46_0 - 1*w_2_0_1*post_1_46_1 - 1*w_2_0_2*post_1_46_2 - 1*w_2_0_3*post_1_46_3 - 1*w_2_0_4*post_1_46_4 - 1*w_2_0_5*post_1_46_5
    - 1*w_2_0_6*post_1_46_6 - 1*w_2_0_7*post_1_46_7 =e= 0;
out_definition_46_1.. - 1*b_2_1 + 1*out_46_1 - 1*w_2_1_0*post_1_46_0 - 1*w_2_1_1*post_1_46_1 - 1*w_2_1_2*post_1_46_2 - 1*w_2_1_3*post_1_46_3 - 1*w_2_1_4*post_1_46_4 - 1*w_2_1_5*post_1_46_5
    - 1*w_2_1_6*post_1_46_6 - 1*w_2_1_7*post_1_46_7 =e= 0;
out_definition_47_0.. - 1*b_2_0 + 1*out_47_0 - 1*w_2_0_0*post_1_47_0 - 1*w_2_0_1*post_1_47_1 - 1*w_2_0_2*post_1_47_2 - 1*w_2_0_3*post_1_47_3 - 1*w_2_0_4*post_1_47_4 - 1*w_2_0_5*post_1_47_5
    - 1*w_2_0_6*post_1_47_6 - 1*w_2_0_7*post_1_47_7 =e= 0;
out_definition_47_1.. - 1*b_2_1 + 1*out_47_1 - 1*w_2_1_0*post_1_47_0 - 1*w_2_1_1*post_1_47_1 - 1*w_2_1_2*post_1_47_2 - 1*w_2_1_3*post_1_47_3 - 1*w_2_1_4*post_1_47_4 - 1*w_2_1_5*post_1_47_5
    - 1*w_2_1_6*post_1_47_6 - 1*w_2_1_7*post_1_47_7 =e= 0;
out_definition_48_0.. - 1*b_2_0 + 1*out_48_0 - 1*w_2_0_0*post_1_48_0 - 1*w_2_0_1*post_1_48_1 - 1*w_2_0_2*post_1_48_2 - 1*w_2_0_3*post_1_48_3 - 1*w_2_0_4*post_1_48_4 - 1*w_2_0_5*post_1_48_5
    - 1*w_2_0_6*post_1_48_6 - 1*w_2_0_7*post_1_48_7 =e= 0;
out_definition_48_1.. - 1*b_2_1 + 1*out_48_1 - 1*w_2_1_0*post_1_48_0 - 1*w_2_1_1*post_1_48_1 - 1*w_2_1_2*post_1_48_2 - 1*w_2_1_3*post_1_48_3 - 1*w_2_1_4*post_1_48_4 - 1*w_2_1_5*post_1_48_5
    - 1*w_2_1_6*post_1_48_6 - 1*w_2_1_7*post_1_48_7 =e= 0;
out_definition_49_0.. - 1*b_2_0 + 1*out_49_0 - 1*w_2_0_0*post_1_49_0 - 1*w_2_0_1*post_1_49_1 - 1*w_2_0_2*post_1_49_2 - 1*w_2_0_3*post_1_49_3 - 1*w_2_0_4*post_1_49_4 - 1*w_2_0_5*post_1_49_5
    - 1*w_2_0_6*post_1_49_6 - 1*w_2_0_7*post_1_49_7 =e= 0;
out_definition_49_1.. - 1*b_2_1 + 1*out_49_1 - 1*w_2_1_0*post_1_49_0 - 1*w_2_1_1*post_1_49_1 - 1*w_2_1_2*post_1_49_2 - 1*w_2_1_3*post_1_49_3 - 1*w_2_1_4*post_1_49_4 - 1*w_2_1_5*post_1_49_5
    - 1*w_2_1_6*post_1_49_6 - 1*w_2_1_7*post_1_49_7 =e= 0;
out_definition_50_0.. - 1*b_2_0 + 1*out_50_0 - 1*w_2_0_0*post_1_50_0 - 1*w_2_0_1*post_1_50_1 - 1*w_2_0_2*post_1_50_2 - 1*w_2_0_3*post_1_50_3 - 1*w_2_0_4*post_1_50_4 - 1*w_2_0_5*post_1_50_5
    - 1*w_2_0_6*post_1_50_6 - 1*w_2_0_7*post_1_50_7 =e= 0;
out_definition_50_1.. - 1*b_2_1 + 1*out_50_1 - 1*w_2_1_0*post_1_50_0 - 1*w_2_1_1*post_1_50_1 - 1*w_2_1_2*post_1_50_2 - 1*w_2_1_3*post_1_50_3 - 1*w_2_1_4*post_1_50_4 - 1*w_2_1_5*post_1_50_5
    - 1*w_2_1_6*post_1_50_6 - 1*w_2_1_7*post_1_50_7 =e= 0;
out_definition_51_0.. - 1*b_2_0 + 1*out_51_0 - 1*w_2_0_0*post_1_51_0 - 1*w_2_0_1*post_1_51_1 - 1*w_2_0_2*post_1_51_2 - 1*w_2_0_3*post_1_51_3 - 1*w_2_0_4*post_1_51_4 - 1*w_2_0_5*post_1_51_5
    - 1*w_2_0_6*post_1_51_6 - 1*w_2_0_7*post_1_51_7 =e= 0;
out_definition_51_1.. - 1*b_2_1 + 1*out_51_1 - 1*w_2_1_0*post_1_51_0 - 1*w_2_1_1*post_1_51_1 - 1*w_2_1_2*post_1_51_2 - 1*w_2_1_3*post_1_51_3 - 1*w_2_1_4*post_1_51_4 - 1*w_2_1_5*post_1_51_5
    - 1*w_2_1_6*post_1_51_6 - 1*w_2_1_7*post_1_51_7 =e= 0;
out_definition_52_0.. - 1*b_2_0 + 1*out_52_0 - 1*w_2_0_0*post_1_52_0 - 1*w_2_0_1*post_1_52_1 - 1*w_2_0_2*post_1_52_2 - 1*w_2_0_3*post_1_52_3 - 1*w_2_0_4*post_1_52_4 - 1*w_2_0_5*post_1_52_5
    - 1*w_2_0_6*post_1_52_6 - 1*w_2_0_7*post_1_52_7 =e= 0;
out_definition_52_1.. - 1*b_2_1 + 1*out_52_1 - 1*w_2_1_0*post_1_52_0 - 1*w_2_1_1*post_1_52_1 - 1*w_2_1_2*post_1_52_2 - 1*w_2_1_3*post_1_52_3 - 1*w_2_1_4*post_1_52_4 - 1*w_2_1_5*post_1_52_5
    - 1*w_2_1_6*post_1_52_6 - 1*w_2_1_7*post_1_52_7 =e= 0;
out_definition_53_0.. - 1*b_2_0 + 1*out_53_0 - 1*w_2_0_0*post_1_53_0 - 1*w_2_0_1*post_1_53_1 - 1*w_2_0_2*post_1_53_2 - 1*w_2_0_3*post_1_53_3 - 1*w_2_0_4*post_1_53_4 - 1*w_2_0_5*post_1_53_5
    - 1*w_2_0_6*post_1_53_6 - 1*w_2_0_7*post_1_53_7 =e= 0;
out_definition_53_1.. - 1*b_2_1 + 1*out_53_1 - 1*w_2_1_0*post_1_53_0 - 1*w_2_1_1*post_1_53_1 - 1*w_2_1_2*post_1_53_2 - 1*w_2_1_3*post_1_53_3 - 1*w_2_1_4*post_1_53_4 - 1*w_2_1_5*post_1_53_5
    - 1*w_2_1_6*post_1_53_6 - 1*w_2_1_7*post_1_53_7 =e= 0;
out_definition_54_0.. - 1*b_2_0 + 1*out_54_0 - 1*w_2_0_0*post_1_54_0 - 1*w_2_0_1*post_1_54_1 - 1*w_2_0_2*post_1_54_2 - 1*w_2_0_3*post_1_54_3 - 1*w_2_0_4*post_1_54_4 - 1*w_2_0_5*post_1_54_5
    - 1*w_2_0_6*post_1_54_6 - 1*w_2_0_7*post_1_54_7 =e= 0;
out_definition_54_1.. - 1*b_2_1 + 1*out_54_1 - 1*w_2_1_0*post_1_54_0 - 1*w_2_1_1*post_1_54_1 - 1*w_2_1_2*post_1_54_2 - 1*w_2_1_3*post_1_54_3 - 1*w_2_1_4*post_1_54_4 - 1*w_2_1_5*post_1_54_5
    - 1*w_2_1_6*post_1_54_6 - 1*w_2_1_7*post_1_54_7 =e= 0;
out_definition_55_0.. - 1*b_2_0 + 1*out_55_0 - 1*w_2_0_0*post_1_55_0 - 1*w_2_0_1*post_1_55_1 - 1*w_2_0_2*post_1_55_2 - 1*w_2_0_3*post_1_55_3 - 1*w_2_0_4*post_1_55_4 - 1*w_2_0_5*post_1_55_5
    - 1*w_2_0_6*post_1_55_6 - 1*w_2_0_7*post_1_55_7 =e= 0;
out_definition_55_1.. - 1*b_2_1 + 1*out_55_1 - 1*w_2_1_0*post_1_55_0 - 1*w_2_1_1*post_1_55_1 - 1*w_2_1_2*post_1_55_2 - 1*w_2_1_3*post_1_55_3 - 1*w_2_1_4*post_1_55_4 - 1*w_2_1_5*post_1_55_5
    - 1*w_2_1_6*post_1_55_6 - 1*w_2_1_7*post_1_55_7 =e= 0;
out_definition_56_0.. - 1*b_2_0 + 1*out_56_0 - 1*w_2_0_0*post_1_56_0 - 1*w_2_0_1*post_1_56_1 - 1*w_2_0_2*post_1_56_2 - 1*w_2_0_3*post_1_56_3 - 1*w_2_0_4*post_1_56_4 - 1*w_2_0_5*post_1_56_5
    - 1*w_2_0_6*post_1_56_6 - 1*w_2_0_7*post_1_56_7 =e= 0;
out_definition_56_1.. - 1*b_2_1 + 1*out_56_1 - 1*w_2_1_0*post_1_56_0 - 1*w_2_1_1*post_1_56_1 - 1*w_2_1_2*post_1_56_2 - 1*w_2_1_3*post_1_56_3 - 1*w_2_1_4*post_1_56_4 - 1*w_2_1_5*post_1_56_5
    - 1*w_2_1_6*post_1_56_6 - 1*w_2_1_7*post_1_56_7 =e= 0;
out_definition_57_0.. - 1*b_2_0 + 1*out_57_0 - 1*w_2_0_0*post_1_57_0 - 1*w_2_0_1*post_1_57_1 - 1*w_2_0_2*post_1_57_2 - 1*w_2_0_3*post_1_57_3 - 1*w_2_0_4*post_1_57_4 - 1*w_2_0_5*post_1_57_5
    - 1*w_2_0_6*post_1_57_6 - 1*w_2_0_7*post_1_57_7 =e= 0;
out_definition_57_1.. - 1*b_2_1 + 1*out_57_1 - 1*w_2_1_0*post_1_57_0 - 1*w_2_1_1*post_1_57_1 - 1*w_2_1_2*post_1_57_2 - 1*w_2_1_3*post_1_57_3 - 1*w_2_1_4*post_1_57_4 - 1*w_2_1_5*post_1_57_5
    - 1*w_2_1_6*post_1_57_6 - 1*w_2_1_7*post_1_57_7 =e= 0;
out_definition_58_0.. - 1*b_2_0 + 1*out_58_0 - 1*w_2_0_0*post_1_58_0 - 1*w_2_0_1*post_1_58_1 - 1*w_2_0_2*post_1_58_2 - 1*w_2_0_3*post_1_58_3 - 1*w_2_0_4*post_1_58_4 - 1*w_2_0_5*post_1_58_5
    - 1*w_2_0_6*post_1_58_6 - 1*w_2_0_7*post_1_58_7 =e= 0;
out_definition_58_1.. - 1*b_2_1 + 1*out_58_1 - 1*w_2_1_0*post_1_58_0 - 1*w_2_1_1*post_1_58_1 - 1*w_2_1_2*post_1_58_2 - 1*w_2_1_3*post_1_58_3 - 1*w_2_1_4*post_1_58_4 - 1*w_2_1_5*post_1_58_5
    - 1*w_2_1_6*post_1_58_6 - 1*w_2_1_7*post_1_58_7 =e= 0;
out_definition_59_0.. - 1*b_2_0 + 1*out_59_0 - 1*w_2_0_0*post_1_59_0 - 1*w_2_0_1*post_1_59_1 - 1*w_2_0_2*post_1_59_2 - 1*w_2_0_3*post_1_59_3 - 1*w_2_0_4*post_1_59_4 - 1*w_2_0_5*post_1_59_5
    - 1*w_2_0_6*post_1_59_6 - 1*w_2_0_7*post_1_59_7 =e= 0;
out_definition_59_1.. - 1*b_2_1 + 1*out_59_1 - 1*w_2_1_0*post_1_59_0 - 1*w_2_1_1*post_1_59_1 - 1*w_2_1_2*post_1_59_2 - 1*w_2_1_3*post_1_59_3 - 1*w_2_1_4*post_1_59_4 - 1*w_2_1_5*post_1_59_5
    - 1*w_2_1_6*post_1_59_6 - 1*w_2_1_7*post_1_59_7 =e= 0;
out_definition_60_0.. - 1*b_2_0 + 1*out_60_0 - 1*w_2_0_0*post_1_60_0 - 1*w_2_0_1*post_1_60_1 - 1*w_2_0_2*post_1_60_2 - 1*w_2_0_3*post_1_60_3 - 1*w_2_0_4*post_1_60_4 - 1*w_2_0_5*post_1_60_5
    - 1*w_2_0_6*post_1_60_6 - 1*w_2_0_7*post_1_60_7 =e= 0;
out_definition_60_1.. - 1*b_2_1 + 1*out_60_1 - 1*w_2_1_0*post_1_60_0 - 1*w_2_1_1*post_1_60_1 - 1*w_2_1_2*post_1_60_2 - 1*w_2_1_3*post_1_60_3 - 1*w_2_1_4*post_1_60_4 - 1*w_2_1_5*post_1_60_5
    - 1*w_2_1_6*post_1_60_6 - 1*w_2_1_7*post_1_60_7 =e= 0;
out_definition_61_0.. - 1*b_2_0 + 1*out_61_0 - 1*w_2_0_0*post_1_61_0 - 1*w_2_0_1*post_1_61_1 - 1*w_2_0_2*post_1_61_2 - 1*w_2_0_3*post_1_61_3 - 1*w_2_0_4*post_1_61_4 - 1*w_2_0_5*post_1_61_5
    - 1*w_2_0_6*post_1_61_6 - 1*w_2_0_7*post_1_61_7 =e= 0;
out_definition_61_1.. - 1*b_2_1 + 1*out_61_1 - 1*w_2_1_0*post_1_61_0 - 1*w_2_1_1*post_1_61_1 - 1*w_2_1_2*post_1_61_2 - 1*w_2_1_3*post_1_61_3 - 1*w_2_1_4*post_1_61_4 - 1*w_2_1_5*post_1_61_5
    - 1*w_2_1_6*post_1_61_6 - 1*w_2_1_7*post_1_61_7 =e= 0;
out_definition_62_0.. - 1*b_2_0 + 1*out_62_0 - 1*w_2_0_0*post_1_62_0 - 1*w_2_0_1*post_1_62_1 - 1*w_2_0_2*post_1_62_2 - 1*w_2_0_3*post_1_62_3 - 1*w_2_0_4*post_1_62_4 - 1*w_2_0_5*post_1_62_5
    - 1*w_2_0_6*post_1_62_6 - 1*w_2_0_7*post_1_62_7 =e= 0;
out_definition_62_1.. - 1*b_2_1 + 1*out_62_1 - 1*w_2_1_0*post_1_62_0 - 1*w_2_1_1*post_1_62_1 - 1*w_2_1_2*post_1_62_2 - 1*w_2_1_3*post_1_62_3 - 1*w_2_1_4*post_1_62_4 - 1*w_2_1_5*post_1_62_5
    - 1*w_2_1_6*post_1_62_6 - 1*w_2_1_7*post_1_62_7 =e= 0;
out_definition_63_0.. - 1*b_2_0 + 1*out_63_0 - 1*w_2_0_0*post_1_63_0 - 1*w_2_0_1*post_1_63_1 - 1*w_2_0_2*post_1_63_2 - 1*w_2_0_3*post_1_63_3 - 1*w_2_0_4*post_1_63_4 - 1*w_2_0_5*post_1_63_5
    - 1*w_2_0_6*post_1_63_6 - 1*w_2_0_7*post_1_63_7 =e= 0;
out_definition_63_1.. - 1*b_2_1 + 1*out_63_1 - 1*w_2_1_0*post_1_63_0 - 1*w_2_1_1*post_1_63_1 - 1*w_2_1_2*post_1_63_2 - 1*w_2_1_3*post_1_63_3 - 1*w_2_1_4*post_1_63_4 - 1*w_2_1_5*post_1_63_5
    - 1*w_2_1_6*post_1_63_6 - 1*w_2_1_7*post_1_63_7 =e= 0;
out_definition_64_0.. - 1*b_2_0 + 1*out_64_0 - 1*w_2_0_0*post_1_64_0 - 1*w_2_0_1*post_1_64_1 - 1*w_2_0_2*post_1_64_2 - 1*w_2_0_3*post_1_64_3 - 1*w_2_0_4*post_1_64_4 - 1*w_2_0_5*post_1_64_5
    - 1*w_2_0_6*post_1_64_6 - 1*w_2_0_7*post_1_64_7 =e= 0;
out_definition_64_1.. - 1*b_2_1 + 1*out_64_1 - 1*w_2_1_0*post_1_64_0 - 1*w_2_1_1*post_1_64_1 - 1*w_2_1_2*post_1_64_2 - 1*w_2_1_3*post_1_64_3 - 1*w_2_1_4*post_1_64_4 - 1*w_2_1_5*post_1_64_5
    - 1*w_2_1_6*post_1_64_6 - 1*w_2_1_7*post_1_64_7 =e= 0;
out_definition_65_0.. - 1*b_2_0 + 1*out_65_0 - 1*w_2_0_0*post_1_65_0 - 1*w_2_0_1*post_1_65_1 - 1*w_2_0_2*post_1_65_2 - 1*w_2_0_3*post_1_65_3 - 1*w_2_0_4*post_1_65_4 - 1*w_2_0_5*post_1_65_5
    - 1*w_2_0_6*post_1_65_6 - 1*w_2_0_7*post_1_65_7 =e= 0;
out_definition_65_1.. - 1*b_2_1 + 1*out_65_1 - 1*w_2_1_0*post_1_65_0 - 1*w_2_1_1*post_1_65_1 - 1*w_2_1_2*post_1_65_2 - 1*w_2_1_3*post_1_65_3 - 1*w_2_1_4*post_1_65_4 - 1*w_2_1_5*post_1_65_5
    - 1*w_2_1_6*post_1_65_6 - 1*w_2_1_7*post_1_65_7 =e= 0;
out_definition_66_0.. - 1*b_2_0 + 1*out_66_0 - 1*w_2_0_0*post_1_66_0 - 1*w_2_0_1*post_1_66_1 - 1*w_2_0_2*post_1_66_2 - 1*w_2_0_3*post_1_66_3 - 1*w_2_0_4*post_1_66_4 - 1*w_2_0_5*post_1_66_5
    - 1*w_2_0_6*post_1_66_6 - 1*w_2_0_7*post_1_66_7 =e= 0;
out_definition_66_1.. - 1*b_2_1 + 1*out_66_1 - 1*w_2_1_0*post_1_66_0 - 1*w_2_1_1*post_1_66_1 - 1*w_2_1_2*post_1_66_2 - 1*w_2_1_3*post_1_66_3 - 1*w_2_1_4*post_1_66_4 - 1*w_2_1_5*post_1_66_5
    - 1*w_2_1_6*post_1_66_6 - 1*w_2_1_7*post_1_66_7 =e= 0;
out_definition_67_0.. - 1*b_2_0 + 1*out_67_0 - 1*w_2_0_0*post_1_67_0 - 1*w_2_0_1*post_1_67_1 - 1*w_2_0_2*post_1_67_2 - 1*w_2_0_3*post_1_67_3 - 1*w_2_0_4*post_1_67_4 - 1*w_2_0_5*post_1_67_5
    - 1*w_2_0_6*post_1_67_6 - 1*w_2_0_7*post_1_67_7 =e= 0;
out_definition_67_1.. - 1*b_2_1 + 1*out_67_1 - 1*w_2_1_0*post_1_67_0 - 1*w_2_1_1*post_1_67_1 - 1*w_2_1_2*post_1_67_2 - 1*w_2_1_3*post_1_67_3 - 1*w_2_1_4*post_1_67_4 - 1*w_2_1_5*post_1_67_5
    - 1*w_2_1_6*post_1_67_6 - 1*w_2_1_7*post_1_67_7 =e= 0;
out_definition_68_0.. - 1*b_2_0 + 1*out_68_0 - 1*w_2_0_0*post_1_68_0 - 1*w_2_0_1*post_1_68_1 - 1*w_2_0_2*post_1_68_2 - 1*w_2_0_3*post_1_68_3 - 1*w_2_0_4*post_1_68_4 - 1*w_2_0_5*post_1_68_5
    - 1*w_2_0_6*post_1_68_6 - 1*w_2_0_7*post_1_68_7 =e= 0;
out_definition_68_1.. - 1*b_2_1 + 1*out_68_1 - 1*w_2_1_0*post_1_68_0 - 1*w_2_1_1*post_1_68_1 - 1*w_2_1_2*post_1_68_2 - 1*w_2_1_3*post_1_68_3 - 1*w_2_1_4*post_1_68_4 - 1*w_2_1_5*post_1_68_5
    - 1*w_2_1_6*post_1_68_6 - 1*w_2_1_7*post_1_68_7 =e= 0;
out_definition_69_0.. - 1*b_2_0 + 1*out_69_0 - 1*w_2_0_0*post_1_69_0 - 1*w_2_0_1*post_1_69_1 - 1*w_2_0_2*post_1_69_2 - 1*w_2_0_3*post_1_69_3 - 1*w_2_0_4*post_1_69_4 - 1*w_2_0_5*post_1_69_5
    - 1*w_2_0_6*post_1_69_6 - 1*w_2_0_7*post_1_69_7 =e= 0;
out_definition_69_1.. - 1*b_2_1 + 1*out_69_1 - 1*w_2_1_0*post_1_69_0 - 1*w_2_1_1*post_1_69_1 - 1*w_2_1_2*post_1_69_2 - 1*w_2_1_3*post_1_69_3 - 1*w_2_1_4*post_1_69_4 - 1*w_2_1_5*post_1_69_5
    - 1*w_2_1_6*post_1_69_6 - 1*w_2_1_7*post_1_69_7 =e= 0;
out_definition_70_0.. - 1*b_2_0 + 1*out_70_0 - 1*w_2_0_0*post_1_70_0 - 1*w_2_0_1*post_1_70_1 - 1*w_2_0_2*post_1_70_2 - 1*w_2_0_3*post_1_70_3 - 1*w_2_0_4*post_1_70_4 - 1*w_2_0_5*post_1_70_5
    - 1*w_2_0_6*post_1_70_6 - 1*w_2_0_7*post_1_70_7 =e= 0;
out_definition_70_1.. - 1*b_2_1 + 1*out_70_1 - 1*w_2_1_0*post_1_70_0 - 1*w_2_1_1*post_1_70_1 - 1*w_2_1_2*post_1_70_2 - 1*w_2_1_3*post_1_70_3 - 1*w_2_1_4*post_1_70_4 - 1*w_2_1_5*post_1_70_5
    - 1*w_2_1_6*post_1_70_6 - 1*w_2_1_7*post_1_70_7 =e= 0;
out_definition_71_0.. - 1*b_2_0 + 1*out_71_0 - 1*w_2_0_0*post_1_71_0 - 1*w_2_0_1*post_1_71_1 - 1*w_2_0_2*post_1_71_2 - 1*w_2_0_3*post_1_71_3 - 1*w_2_0_4*post_1_71_4 - 1*w_2_0_5*post_1_71_5
    - 1*w_2_0_6*post_1_71_6 - 1*w_2_0_7*post_1_71_7 =e= 0;
out_definition_71_1.. - 1*b_2_1 + 1*out_71_1 - 1*w_2_1_0*post_1_71_0 - 1*w_2_1_1*post_1_71_1 - 1*w_2_1_2*post_1_71_2 - 1*w_2_1_3*post_1_71_3 - 1*w_2_1_4*post_1_71_4 - 1*w_2_1_5*post_1_71_5
    - 1*w_2_1_6*post_1_71_6 - 1*w_2_1_7*post_1_71_7 =e= 0;
out_definition_72_0.. - 1*b_2_0 + 1*out_72_0 - 1*w_2_0_0*post_1_72_0 - 1*w_2_0_1*post_1_72_1 - 1*w_2_0_2*post_1_72_2 - 1*w_2_0_3*post_1_72_3 - 1*w_2_0_4*post_1_72_4 - 1*w_2_0_5*post_1_72_5
    - 1*w_2_0_6*post_1_72_6 - 1*w_2_0_7*post_1_72_7 =e= 0;
out_definition_72_1.. - 1*b_2_1 + 1*out_72_1 - 1*w_2_1_0*post_1_72_0 - 1*w_2_1_1*post_1_72_1 - 1*w_2_1_2*post_1_72_2 - 1*w_2_1_3*post_1_72_3 - 1*w_2_1_4*post_1_72_4 - 1*w_2_1_5*post_1_72_5
    - 1*w_2_1_6*post_1_72_6 - 1*w_2_1_7*post_1_72_7 =e= 0;
out_definition_73_0.. - 1*b_2_0 + 1*out_73_0 - 1*w_2_0_0*post_1_73_0 - 1*w_2_0_1*post_1_73_1 - 1*w_2_0_2*post_1_73_2 - 1*w_2_0_3*post_1_73_3 - 1*w_2_0_4*post_1_73_4 - 1*w_2_0_5*post_1_73_5
    - 1*w_2_0_6*post_1_73_6 - 1*w_2_0_7*post_1_73_7 =e= 0;
out_definition_73_1.. - 1*b_2_1 + 1*out_73_1 - 1*w_2_1_0*post_1_73_0 - 1*w_2_1_1*post_1_73_1 - 1*w_2_1_2*post_1_73_2 - 1*w_2_1_3*post_1_73_3 - 1*w_2_1_4*post_1_73_4 - 1*w_2_1_5*post_1_73_5
    - 1*w_2_1_6*post_1_73_6 - 1*w_2_1_7*post_1_73_7 =e= 0;
out_definition_74_0.. - 1*b_2_0 + 1*out_74_0 - 1*w_2_0_0*post_1_74_0 - 1*w_2_0_1*post_1_74_1 - 1*w_2_0_2*post_1_74_2 - 1*w_2_0_3*post_1_74_3 - 1*w_2_0_4*post_1_74_4 - 1*w_2_0_5*post_1_74_5
    - 1*w_2_0_6*post_1_74_6 - 1*w_2_0_7*post_1_74_7 =e= 0;
out_definition_74_1.. - 1*b_2_1 + 1*out_74_1 - 1*w_2_1_0*post_1_74_0 - 1*w_2_1_1*post_1_74_1 - 1*w_2_1_2*post_1_74_2 - 1*w_2_1_3*post_1_74_3 - 1*w_2_1_4*post_1_74_4 - 1*w_2_1_5*post_1_74_5
    - 1*w_2_1_6*post_1_74_6 - 1*w_2_1_7*post_1_74_7 =e= 0;
out_definition_75_0.. - 1*b_2_0 + 1*out_75_0 - 1*w_2_0_0*post_1_75_0 - 1*w_2_0_1*post_1_75_1 - 1*w_2_0_2*post_1_75_2 - 1*w_2_0_3*post_1_75_3 - 1*w_2_0_4*post_1_75_4 - 1*w_2_0_5*post_1_75_5
    - 1*w_2_0_6*post_1_75_6 - 1*w_2_0_7*post_1_75_7 =e= 0;
out_definition_75_1.. - 1*b_2_1 + 1*out_75_1 - 1*w_2_1_0*post_1_75_0 - 1*w_2_1_1*post_1_75_1 - 1*w_2_1_2*post_1_75_2 - 1*w_2_1_3*post_1_75_3 - 1*w_2_1_4*post_1_75_4 - 1*w_2_1_5*post_1_75_5
    - 1*w_2_1_6*post_1_75_6 - 1*w_2_1_7*post_1_75_7 =e= 0;
out_definition_76_0.. - 1*b_2_0 + 1*out_76_0 - 1*w_2_0_0*post_1_76_0 - 1*w_2_0_1*post_1_76_1 - 1*w_2_0_2*post_1_76_2 - 1*w_2_0_3*post_1_76_3 - 1*w_2_0_4*post_1_76_4 - 1*w_2_0_5*post_1_76_5
    - 1*w_2_0_6*post_1_76_6 - 1*w_2_0_7*post_1_76_7 =e= 0;
out_definition_76_1.. - 1*b_2_1 + 1*out_76_1 - 1*w_2_1_0*post_1_76_0 - 1*w_2_1_1*post_1_76_1 - 1*w_2_1_2*post_1_76_2 - 1*w_2_1_3*post_1_76_3 - 1*w_2_1_4*post_1_76_4 - 1*w_2_1_5*post_1_76_5
    - 1*w_2_1_6*post_1_76_6 - 1*w_2_1_7*post_1_76_7 =e= 0;
out_definition_77_0.. - 1*b_2_0 + 1*out_77_0 - 1*w_2_0_0*post_1_77_0 - 1*w_2_0_1*post_1_77_1 - 1*w_2_0_2*post_1_77_2 - 1*w_2_0_3*post_1_77_3 - 1*w_2_0_4*post_1_77_4 - 1*w_2_0_5*post_1_77_5
    - 1*w_2_0_6*post_1_77_6 - 1*w_2_0_7*post_1_77_7 =e= 0;
out_definition_77_1.. - 1*b_2_1 + 1*out_77_1 - 1*w_2_1_0*post_1_77_0 - 1*w_2_1_1*post_1_77_1 - 1*w_2_1_2*post_1_77_2 - 1*w_2_1_3*post_1_77_3 - 1*w_2_1_4*post_1_77_4 - 1*w_2_1_5*post_1_77_5
    - 1*w_2_1_6*post_1_77_6 - 1*w_2_1_7*post_1_77_7 =e= 0;
out_definition_78_0.. - 1*b_2_0 + 1*out_78_0 - 1*w_2_0_0*post_1_78_0 - 1*w_2_0_1*post_1_78_1 - 1*w_2_0_2*post_1_78_2 - 1*w_2_0_3*post_1_78_3 - 1*w_2_0_4*post_1_78_4 - 1*w_2_0_5*post_1_78_5
    - 1*w_2_0_6*post_1_78_6 - 1*w_2_0_7*post_1_78_7 =e= 0;
out_definition_78_1.. - 1*b_2_1 + 1*out_78_1 - 1*w_2_1_0*post_1_78_0 - 1*w_2_1_1*post_1_78_1 - 1*w_2_1_2*post_1_78_2 - 1*w_2_1_3*post_1_78_3 - 1*w_2_1_4*post_1_78_4 - 1*w_2_1_5*post_1_78_5
    - 1*w_2_1_6*post_1_78_6 - 1*w_2_1_7*post_1_78_7 =e= 0;
out_definition_79_0.. - 1*b_2_0 + 1*out_79_0 - 1*w_2_0_0*post_1_79_0 - 1*w_2_0_1*post_1_79_1 - 1*w_2_0_2*post_1_79_2 - 1*w_2_0_3*post_1_79_3 - 1*w_2_0_4*post_1_79_4 - 1*w_2_0_5*post_1_79_5
    - 1*w_2_0_6*post_1_79_6 - 1*w_2_0_7*post_1_79_7 =e= 0;
out_definition_79_1.. - 1*b_2_1 + 1*out_79_1 - 1*w_2_1_0*post_1_79_0 - 1*w_2_1_1*post_1_79_1 - 1*w_2_1_2*post_1_79_2 - 1*w_2_1_3*post_1_79_3 - 1*w_2_1_4*post_1_79_4 - 1*w_2_1_5*post_1_79_5
    - 1*w_2_1_6*post_1_79_6 - 1*w_2_1_7*post_1_79_7 =e= 0;
out_definition_80_0.. - 1*b_2_0 + 1*out_80_0 - 1*w_2_0_0*post_1_80_0 - 1*w_2_0_1*post_1_80_1 - 1*w_2_0_2*post_1_80_2 - 1*w_2_0_3*post_1_80_3 - 1*w_2_0_4*post_1_80_4 - 1*w_2_0_5*post_1_80_5
    - 1*w_2_0_6*post_1_80_6 - 1*w_2_0_7*post_1_80_7 =e= 0;
out_definition_80_1.. - 1*b_2_1 + 1*out_80_1 - 1*w_2_1_0*post_1_80_0 - 1*w_2_1_1*post_1_80_1 - 1*w_2_1_2*post_1_80_2 - 1*w_2_1_3*post_1_80_3 - 1*w_2_1_4*post_1_80_4 - 1*w_2_1_5*post_1_80_5
    - 1*w_2_1_6*post_1_80_6 - 1*w_2_1_7*post_1_80_7 =e= 0;
out_definition_81_0.. - 1*b_2_0 + 1*out_81_0 - 1*w_2_0_0*post_1_81_0 - 1*w_2_0_1*post_1_81_1 - 1*w_2_0_2*post_1_81_2 - 1*w_2_0_3*post_1_81_3 - 1*w_2_0_4*post_1_81_4 - 1*w_2_0_5*post_1_81_5
    - 1*w_2_0_6*post_1_81_6 - 1*w_2_0_7*post_1_81_7 =e= 0;
out_definition_81_1.. - 1*b_2_1 + 1*out_81_1 - 1*w_2_1_0*post_1_81_0 - 1*w_2_1_1*post_1_81_1 - 1*w_2_1_2*post_1_81_2 - 1*w_2_1_3*post_1_81_3 - 1*w_2_1_4*post_1_81_4 - 1*w_2_1_5*post_1_81_5
    - 1*w_2_1_6*post_1_81_6 - 1*w_2_1_7*post_1_81_7 =e= 0;
out_definition_82_0.. - 1*b_2_0 + 1*out_82_0 - 1*w_2_0_0*post_1_82_0 - 1*w_2_0_1*post_1_82_1 - 1*w_2_0_2*post_1_82_2 - 1*w_2_0_3*post_1_82_3 - 1*w_2_0_4*post_1_82_4 - 1*w_2_0_5*post_1_82_5
    - 1*w_2_0_6*post_1_82_6 - 1*w_2_0_7*post_1_82_7 =e= 0;
out_definition_82_1.. - 1*b_2_1 + 1*out_82_1 - 1*w_2_1_0*post_1_82_0 - 1*w_2_1_1*post_1_82_1 - 1*w_2_1_2*post_1_82_2 - 1*w_2_1_3*post_1_82_3 - 1*w_2_1_4*post_1_82_4 - 1*w_2_1_5*post_1_82_5
    - 1*w_2_1_6*post_1_82_6 - 1*w_2_1_7*post_1_82_7 =e= 0;
out_definition_83_0.. - 1*b_2_0 + 1*out_83_0 - 1*w_2_0_0*post_1_83_0 - 1*w_2_0_1*post_1_83_1 - 1*w_2_0_2*post_1_83_2 - 1*w_2_0_3*post_1_83_3 - 1*w_2_0_4*post_1_83_4 - 1*w_2_0_5*post_1_83_5
    - 1*w_2_0_6*post_1_83_6 - 1*w_2_0_7*post_1_83_7 =e= 0;
out_definition_83_1.. - 1*b_2_1 + 1*out_83_1 - 1*w_2_1_0*post_1_83_0 - 1*w_2_1_1*post_1_83_1 - 1*w_2_1_2*post_1_83_2 - 1*w_2_1_3*post_1_83_3 - 1*w_2_1_4*post_1_83_4 - 1*w_2_1_5*post_1_83_5
    - 1*w_2_1_6*post_1_83_6 - 1*w_2_1_7*post_1_83_7 =e= 0;
out_definition_84_0.. - 1*b_2_0 + 1*out_84_0 - 1*w_2_0_0*post_1_84_0 - 1*w_2_0_1*post_1_84_1 - 1*w_2_0_2*post_1_84_2 - 1*w_2_0_3*post_1_84_3 - 1*w_2_0_4*post_1_84_4 - 1*w_2_0_5*post_1_84_5
    - 1*w_2_0_6*post_1_84_6 - 1*w_2_0_7*post_1_84_7 =e= 0;
out_definition_84_1.. - 1*b_2_1 + 1*out_84_1 - 1*w_2_1_0*post_1_84_0 - 1*w_2_1_1*post_1_84_1 - 1*w_2_1_2*post_1_84_2 - 1*w_2_1_3*post_1_84_3 - 1*w_2_1_4*post_1_84_4 - 1*w_2_1_5*post_1_84_5
    - 1*w_2_1_6*post_1_84_6 - 1*w_2_1_7*post_1_84_7 =e= 0;
out_definition_85_0.. - 1*b_2_0 + 1*out_85_0 - 1*w_2_0_0*post_1_85_0 - 1*w_2_0_1*post_1_85_1 - 1*w_2_0_2*post_1_85_2 - 1*w_2_0_3*post_1_85_3 - 1*w_2_0_4*post_1_85_4 - 1*w_2_0_5*post_1_85_5
    - 1*w_2_0_6*post_1_85_6 - 1*w_2_0_7*post_1_85_7 =e= 0;
out_definition_85_1.. - 1*b_2_1 + 1*out_85_1 - 1*w_2_1_0*post_1_85_0 - 1*w_2_1_1*post_1_85_1 - 1*w_2_1_2*post_1_85_2 - 1*w_2_1_3*post_1_85_3 - 1*w_2_1_4*post_1_85_4 - 1*w_2_1_5*post_1_85_5
    - 1*w_2_1_6*post_1_85_6 - 1*w_2_1_7*post_1_85_7 =e= 0;
out_definition_86_0.. - 1*b_2_0 + 1*out_86_0 - 1*w_2_0_0*post_1_86_0 - 1*w_2_0_1*post_1_86_1 - 1*w_2_0_2*post_1_86_2 - 1*w_2_0_3*post_1_86_3 - 1*w_2_0_4*post_1_86_4 - 1*w_2_0_5*post_1_86_5
    - 1*w_2_0_6*post_1_86_6 - 1*w_2_0_7*post_1_86_7 =e= 0;
out_definition_86_1.. - 1*b_2_1 + 1*out_86_1 - 1*w_2_1_0*post_1_86_0 - 1*w_2_1_1*post_1_86_1 - 1*w_2_1_2*post_1_86_2 - 1*w_2_1_3*post_1_86_3 - 1*w_2_1_4*post_1_86_4 - 1*w_2_1_5*post_1_86_5
    - 1*w_2_1_6*post_1_86_6 - 1*w_2_1_7*post_1_86_7 =e= 0;
out_definition_87_0.. - 1*b_2_0 + 1*out_87_0 - 1*w_2_0_0*post_1_87_0 - 1*w_2_0_1*post_1_87_1 - 1*w_2_0_2*post_1_87_2 - 1*w_2_0_3*post_1_87_3 - 1*w_2_0_4*post_1_87_4 - 1*w_2_0_5*post_1_87_5
    - 1*w_2_0_6*post_1_87_6 - 1*w_2_0_7*post_1_87_7 =e= 0;
out_definition_87_1.. - 1*b_2_1 + 1*out_87_1 - 1*w_2_1_0*post_1_87_0 - 1*w_2_1_1*post_1_87_1 - 1*w_2_1_2*post_1_87_2 - 1*w_2_1_3*post_1_87_3 - 1*w_2_1_4*post_1_87_4 - 1*w_2_1_5*post_1_87_5
    - 1*w_2_1_6*post_1_87_6 - 1*w_2_1_7*post_1_87_7 =e= 0;
out_definition_88_0.. - 1*b_2_0 + 1*out_88_0 - 1*w_2_0_0*post_1_88_0 - 1*w_2_0_1*post_1_88_1 - 1*w_2_0_2*post_1_88_2 - 1*w_2_0_3*post_1_88_3 - 1*w_2_0_4*post_1_88_4 - 1*w_2_0_5*post_1_88_5
    - 1*w_2_0_6*post_1_88_6 - 1*w_2_0_7*post_1_88_7 =e= 0;
out_definition_88_1.. - 1*b_2_1 + 1*out_88_1 - 1*w_2_1_0*post_1_88_0 - 1*w_2_1_1*post_1_88_1 - 1*w_2_1_2*post_1_88_2 - 1*w_2_1_3*post_1_88_3 - 1*w_2_1_4*post_1_88_4 - 1*w_2_1_5*post_1_88_5
    - 1*w_2_1_6*post_1_88_6 - 1*w_2_1_7*post_1_88_7 =e= 0;
out_definition_89_0.. - 1*b_2_0 + 1*out_89_0 - 1*w_2_0_0*post_1_89_0 - 1*w_2_0_1*post_1_89_1 - 1*w_2_0_2*post_1_89_2 - 1*w_2_0_3*post_1_89_3 - 1*w_2_0_4*post_1_89_4 - 1*w_2_0_5*post_1_89_5
    - 1*w_2_0_6*post_1_89_6 - 1*w_2_0_7*post_1_89_7 =e= 0;
out_definition_89_1.. - 1*b_2_1 + 1*out_89_1 - 1*w_2_1_0*post_1_89_0 - 1*w_2_1_1*post_1_89_1 - 1*w_2_1_2*post_1_89_2 - 1*w_2_1_3*post_1_89_3 - 1*w_2_1_4*post_1_89_4 - 1*w_2_1_5*post_1_89_5
    - 1*w_2_1_6*post_1_89_6 - 1*w_2_1_7*post_1_89_7 =e= 0;
out_definition_90_0.. - 1*b_2_0 + 1*out_90_0 - 1*w_2_0_0*post_1_90_0 - 1*w_2_0_1*post_1_90_1 - 1*w_2_0_2*post_1_90_2 - 1*w_2_0_3*post_1_90_3 - 1*w_2_0_4*post_1_90_4 - 1*w_2_0_5*post_1_90_5
    - 1*w_2_0_6*post_1_90_6 - 1*w_2_0_7*post_1_90_7 =e= 0;
out_definition_90_1.. - 1*b_2_1 + 1*out_90_1 - 1*w_2_1_0*post_1_90_0 - 1*w_2_1_1*post_1_90_1 - 1*w_2_1_2*post_1_90_2 - 1*w_2_1_3*post_1_90_3 - 1*w_2_1_4*post_1_90_4 - 1*w_2_1_5*post_1_90_5
    - 1*w_2_1_6*post_1_90_6 - 1*w_2_1_7*post_1_90_7 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e913_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 360.9983581771048*relu_1_0_0_on_binary_indicator_var =g= -360.9983581771048;
e914_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 721.9967163542096*relu_1_0_0_on_binary_indicator_var =l= 721.9967163542096;
e915_.. + 1*post_1_0_0 =g= 0;
e916_.. + 1*post_1_0_0 + 360.9983581771048*relu_1_0_0_off_binary_indicator_var =l= 360.9983581771048;
e917_.. + 1*pre_1_0_0 + 360.9983581771048*relu_1_0_0_off_binary_indicator_var =l= 360.9983581771048;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e920_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 360.9983581771048*relu_1_0_1_on_binary_indicator_var =g= -360.9983581771048;
e921_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 721.9967163542096*relu_1_0_1_on_binary_indicator_var =l= 721.9967163542096;
e922_.. + 1*post_1_0_1 =g= 0;
e923_.. + 1*post_1_0_1 + 360.9983581771048*relu_1_0_1_off_binary_indicator_var =l= 360.9983581771048;
e924_.. + 1*pre_1_0_1 + 360.9983581771048*relu_1_0_1_off_binary_indicator_var =l= 360.9983581771048;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_2_on_binary_indicator_var + 1*relu_1_0_2_off_binary_indicator_var =e= 1;
e927_.. - 1*pre_1_0_2 + 1*post_1_0_2 - 360.9983581771048*relu_1_0_2_on_binary_indicator_var =g= -360.9983581771048;
e928_.. - 1*pre_1_0_2 + 1*post_1_0_2 + 721.9967163542096*relu_1_0_2_on_binary_indicator_var =l= 721.9967163542096;
e929_.. + 1*post_1_0_2 =g= 0;
e930_.. + 1*post_1_0_2 + 360.9983581771048*relu_1_0_2_off_binary_indicator_var =l= 360.9983581771048;
e931_.. + 1*pre_1_0_2 + 360.9983581771048*relu_1_0_2_off_binary_indicator_var =l= 360.9983581771048;
relu_1_0_3_above_pre.. + 1*pre_1_0_3 - 1*post_1_0_3 =l= 0;
relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_3_on_binary_indicator_var + 1*relu_1_0_3_off_binary_indicator_var =e= 1;
e934_.. - 1*pre_1_0_3 + 1*post_1_0_3 - 360.9983581771048*relu_1_0_3_on_binary_indicator_var =g= -360.9983581771048;
e935_.. - 1*pre_1_0_3 + 1*post_1_0_3 + 721.9967163542096*relu_1_0_3_on_binary_indicator_var =l= 721.9967163542096;
e936_.. + 1*post_1_0_3 =g= 0;
e937_.. + 1*post_1_0_3 + 360.9983581771048*relu_1_0_3_off_binary_indicator_var =l= 360.9983581771048;
e938_.. + 1*pre_1_0_3 + 360.9983581771048*relu_1_0_3_off_binary_indicator_var =l= 360.9983581771048;
relu_1_0_4_above_pre.. + 1*pre_1_0_4 - 1*post_1_0_4 =l= 0;
relu_1_0_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_4_on_binary_indicator_var + 1*relu_1_0_4_off_binary_indicator_var =e= 1;
e941_.. - 1*pre_1_0_4 + 1*post_1_0_4 - 360.9983581771048*relu_1_0_4_on_binary_indicator_var =g= -360.9983581771048;
e942_.. - 1*pre_1_0_4 + 1*post_1_0_4 + 721.9967163542096*relu_1_0_4_on_binary_indicator_var =l= 721.9967163542096;
e943_.. + 1*post_1_0_4 =g= 0;
e944_.. + 1*post_1_0_4 + 360.9983581771048*relu_1_0_4_off_binary_indicator_var =l= 360.9983581771048;
e945_.. + 1*pre_1_0_4 + 360.9983581771048*relu_1_0_4_off_binary_indicator_var =l= 360.9983581771048;
relu_1_0_5_above_pre.. + 1*pre_1_0_5 - 1*post_1_0_5 =l= 0;
relu_1_0_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_5_on_binary_indicator_var + 1*relu_1_0_5_off_binary_indicator_var =e= 1;
e948_.. - 1*pre_1_0_5 + 1*post_1_0_5 - 360.9983581771048*relu_1_0_5_on_binary_indicator_var =g= -360.9983581771048;
e949_.. - 1*pre_1_0_5 + 1*post_1_0_5 + 721.9967163542096*relu_1_0_5_on_binary_indicator_var =l= 721.9967163542096;
e950_.. + 1*post_1_0_5 =g= 0;
e951_.. + 1*post_1_0_5 + 360.9983581771048*relu_1_0_5_off_binary_indicator_var =l= 360.9983581771048;
e952_.. + 1*pre_1_0_5 + 360.9983581771048*relu_1_0_5_off_binary_indicator_var =l= 360.9983581771048;
relu_1_0_6_above_pre.. + 1*pre_1_0_6 - 1*post_1_0_6 =l= 0;
relu_1_0_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_6_on_binary_indicator_var + 1*relu_1_0_6_off_binary_indicator_var =e= 1;
e955_.. - 1*pre_1_0_6 + 1*post_1_0_6 - 360.9983581771048*relu_1_0_6_on_binary_indicator_var =g= -360.9983581771048;
e956_.. - 1*pre_1_0_6 + 1*post_1_0_6 + 721.9967163542096*relu_1_0_6_on_binary_indicator_var =l= 721.9967163542096;
e957_.. + 1*post_1_0_6 =g= 0;
e958_.. + 1*post_1_0_6 + 360.9983581771048*relu_1_0_6_off_binary_indicator_var =l= 360.9983581771048;
e959_.. + 1*pre_1_0_6 + 360.9983581771048*relu_1_0_6_off_binary_indicator_var =l= 360.9983581771048;
relu_1_0_7_above_pre.. + 1*pre_1_0_7 - 1*post_1_0_7 =l= 0;
relu_1_0_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_7_on_binary_indicator_var + 1*relu_1_0_7_off_binary_indicator_var =e= 1;
e962_.. - 1*pre_1_0_7 + 1*post_1_0_7 - 360.9983581771048*relu_1_0_7_on_binary_indicator_var =g= -360.9983581771048;
e963_.. - 1*pre_1_0_7 + 1*post_1_0_7 + 721.9967163542096*relu_1_0_7_on_binary_indicator_var =l= 721.9967163542096;
e964_.. + 1*post_1_0_7 =g= 0;
e965_.. + 1*post_1_0_7 + 360.9983581771048*relu_1_0_7_off_binary_indicator_var =l= 360.9983581771048;
e966_.. + 1*pre_1_0_7 + 360.9983581771048*relu_1_0_7_off_binary_indicator_var =l= 360.9983581771048;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e969_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 361.9104817236893*relu_1_1_0_on_binary_indicator_var =g= -361.9104817236893;
e970_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 723.8209634473786*relu_1_1_0_on_binary_indicator_var =l= 723.8209634473786;
e971_.. + 1*post_1_1_0 =g= 0;
e972_.. + 1*post_1_1_0 + 361.9104817236893*relu_1_1_0_off_binary_indicator_var =l= 361.9104817236893;
e973_.. + 1*pre_1_1_0 + 361.9104817236893*relu_1_1_0_off_binary_indicator_var =l= 361.9104817236893;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e976_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 361.9104817236893*relu_1_1_1_on_binary_indicator_var =g= -361.9104817236893;
e977_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 723.8209634473786*relu_1_1_1_on_binary_indicator_var =l= 723.8209634473786;
e978_.. + 1*post_1_1_1 =g= 0;
e979_.. + 1*post_1_1_1 + 361.9104817236893*relu_1_1_1_off_binary_indicator_var =l= 361.9104817236893;
e980_.. + 1*pre_1_1_1 + 361.9104817236893*relu_1_1_1_off_binary_indicator_var =l= 361.9104817236893;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_2_on_binary_indicator_var + 1*relu_1_1_2_off_binary_indicator_var =e= 1;
e983_.. - 1*pre_1_1_2 + 1*post_1_1_2 - 361.9104817236893*relu_1_1_2_on_binary_indicator_var =g= -361.9104817236893;
e984_.. - 1*pre_1_1_2 + 1*post_1_1_2 + 723.8209634473786*relu_1_1_2_on_binary_indicator_var =l= 723.8209634473786;
e985_.. + 1*post_1_1_2 =g= 0;
e986_.. + 1*post_1_1_2 + 361.9104817236893*relu_1_1_2_off_binary_indicator_var =l= 361.9104817236893;
e987_.. + 1*pre_1_1_2 + 361.9104817236893*relu_1_1_2_off_binary_indicator_var =l= 361.9104817236893;
relu_1_1_3_above_pre.. + 1*pre_1_1_3 - 1*post_1_1_3 =l= 0;
relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_3_on_binary_indicator_var + 1*relu_1_1_3_off_binary_indicator_var =e= 1;
e990_.. - 1*pre_1_1_3 + 1*post_1_1_3 - 361.9104817236893*relu_1_1_3_on_binary_indicator_var =g= -361.9104817236893;
e991_.. - 1*pre_1_1_3 + 1*post_1_1_3 + 723.8209634473786*relu_1_1_3_on_binary_indicator_var =l= 723.8209634473786;
e992_.. + 1*post_1_1_3 =g= 0;
e993_.. + 1*post_1_1_3 + 361.9104817236893*relu_1_1_3_off_binary_indicator_var =l= 361.9104817236893;
e994_.. + 1*pre_1_1_3 + 361.9104817236893*relu_1_1_3_off_binary_indicator_var =l= 361.9104817236893;
relu_1_1_4_above_pre.. + 1*pre_1_1_4 - 1*post_1_1_4 =l= 0;
relu_1_1_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_4_on_binary_indicator_var + 1*relu_1_1_4_off_binary_indicator_var =e= 1;
e997_.. - 1*pre_1_1_4 + 1*post_1_1_4 - 361.9104817236893*relu_1_1_4_on_binary_indicator_var =g= -361.9104817236893;
e998_.. - 1*pre_1_1_4 + 1*post_1_1_4 + 723.8209634473786*relu_1_1_4_on_binary_indicator_var =l= 723.8209634473786;
e999_.. + 1*post_1_1_4 =g= 0;
e1000_.. + 1*post_1_1_4 + 361.9104817236893*relu_1_1_4_off_binary_indicator_var =l= 361.9104817236893;
e1001_.. + 1*pre_1_1_4 + 361.9104817236893*relu_1_1_4_off_binary_indicator_var =l= 361.9104817236893;
relu_1_1_5_above_pre.. + 1*pre_1_1_5 - 1*post_1_1_5 =l= 0;
relu_1_1_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_5_on_binary_indicator_var + 1*relu_1_1_5_off_binary_indicator_var =e= 1;
e1004_.. - 1*pre_1_1_5 + 1*post_1_1_5 - 361.9104817236893*relu_1_1_5_on_binary_indicator_var =g= -361.9104817236893;
e1005_.. - 1*pre_1_1_5 + 1*post_1_1_5 + 723.8209634473786*relu_1_1_5_on_binary_indicator_var =l= 723.8209634473786;
e1006_.. + 1*post_1_1_5 =g= 0;
e1007_.. + 1*post_1_1_5 + 361.9104817236893*relu_1_1_5_off_binary_indicator_var =l= 361.9104817236893;
e1008_.. + 1*pre_1_1_5 + 361.9104817236893*relu_1_1_5_off_binary_indicator_var =l= 361.9104817236893;
relu_1_1_6_above_pre.. + 1*pre_1_1_6 - 1*post_1_1_6 =l= 0;
relu_1_1_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_6_on_binary_indicator_var + 1*relu_1_1_6_off_binary_indicator_var =e= 1;
e1011_.. - 1*pre_1_1_6 + 1*post_1_1_6 - 361.9104817236893*relu_1_1_6_on_binary_indicator_var =g= -361.9104817236893;
e1012_.. - 1*pre_1_1_6 + 1*post_1_1_6 + 723.8209634473786*relu_1_1_6_on_binary_indicator_var =l= 723.8209634473786;
e1013_.. + 1*post_1_1_6 =g= 0;
e1014_.. + 1*post_1_1_6 + 361.9104817236893*relu_1_1_6_off_binary_indicator_var =l= 361.9104817236893;
e1015_.. + 1*pre_1_1_6 + 361.9104817236893*relu_1_1_6_off_binary_indicator_var =l= 361.9104817236893;
relu_1_1_7_above_pre.. + 1*pre_1_1_7 - 1*post_1_1_7 =l= 0;
relu_1_1_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_7_on_binary_indicator_var + 1*relu_1_1_7_off_binary_indicator_var =e= 1;
e1018_.. - 1*pre_1_1_7 + 1*post_1_1_7 - 361.9104817236893*relu_1_1_7_on_binary_indicator_var =g= -361.9104817236893;
e1019_.. - 1*pre_1_1_7 + 1*post_1_1_7 + 723.8209634473786*relu_1_1_7_on_binary_indicator_var =l= 723.8209634473786;
e1020_.. + 1*post_1_1_7 =g= 0;
e1021_.. + 1*post_1_1_7 + 361.9104817236893*relu_1_1_7_off_binary_indicator_var =l= 361.9104817236893;
e1022_.. + 1*pre_1_1_7 + 361.9104817236893*relu_1_1_7_off_binary_indicator_var =l= 361.9104817236893;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e1025_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 362.8226052702738*relu_1_2_0_on_binary_indicator_var =g= -362.8226052702738;
e1026_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 725.6452105405476*relu_1_2_0_on_binary_indicator_var =l= 725.6452105405476;
e1027_.. + 1*post_1_2_0 =g= 0;
e1028_.. + 1*post_1_2_0 + 362.8226052702738*relu_1_2_0_off_binary_indicator_var =l= 362.8226052702738;
e1029_.. + 1*pre_1_2_0 + 362.8226052702738*relu_1_2_0_off_binary_indicator_var =l= 362.8226052702738;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e1032_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 362.8226052702738*relu_1_2_1_on_binary_indicator_var =g= -362.8226052702738;
e1033_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 725.6452105405476*relu_1_2_1_on_binary_indicator_var =l= 725.6452105405476;
e1034_.. + 1*post_1_2_1 =g= 0;
e1035_.. + 1*post_1_2_1 + 362.8226052702738*relu_1_2_1_off_binary_indicator_var =l= 362.8226052702738;
e1036_.. + 1*pre_1_2_1 + 362.8226052702738*relu_1_2_1_off_binary_indicator_var =l= 362.8226052702738;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_2_on_binary_indicator_var + 1*relu_1_2_2_off_binary_indicator_var =e= 1;
e1039_.. - 1*pre_1_2_2 + 1*post_1_2_2 - 362.8226052702738*relu_1_2_2_on_binary_indicator_var =g= -362.8226052702738;
e1040_.. - 1*pre_1_2_2 + 1*post_1_2_2 + 725.6452105405476*relu_1_2_2_on_binary_indicator_var =l= 725.6452105405476;
e1041_.. + 1*post_1_2_2 =g= 0;
e1042_.. + 1*post_1_2_2 + 362.8226052702738*relu_1_2_2_off_binary_indicator_var =l= 362.8226052702738;
e1043_.. + 1*pre_1_2_2 + 362.8226052702738*relu_1_2_2_off_binary_indicator_var =l= 362.8226052702738;
relu_1_2_3_above_pre.. + 1*pre_1_2_3 - 1*post_1_2_3 =l= 0;
relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_3_on_binary_indicator_var + 1*relu_1_2_3_off_binary_indicator_var =e= 1;
e1046_.. - 1*pre_1_2_3 + 1*post_1_2_3 - 362.8226052702738*relu_1_2_3_on_binary_indicator_var =g= -362.8226052702738;
e1047_.. - 1*pre_1_2_3 + 1*post_1_2_3 + 725.6452105405476*relu_1_2_3_on_binary_indicator_var =l= 725.6452105405476;
e1048_.. + 1*post_1_2_3 =g= 0;
e1049_.. + 1*post_1_2_3 + 362.8226052702738*relu_1_2_3_off_binary_indicator_var =l= 362.8226052702738;
e1050_.. + 1*pre_1_2_3 + 362.8226052702738*relu_1_2_3_off_binary_indicator_var =l= 362.8226052702738;
relu_1_2_4_above_pre.. + 1*pre_1_2_4 - 1*post_1_2_4 =l= 0;
relu_1_2_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_4_on_binary_indicator_var + 1*relu_1_2_4_off_binary_indicator_var =e= 1;
e1053_.. - 1*pre_1_2_4 + 1*post_1_2_4 - 362.8226052702738*relu_1_2_4_on_binary_indicator_var =g= -362.8226052702738;
e1054_.. - 1*pre_1_2_4 + 1*post_1_2_4 + 725.6452105405476*relu_1_2_4_on_binary_indicator_var =l= 725.6452105405476;
e1055_.. + 1*post_1_2_4 =g= 0;
e1056_.. + 1*post_1_2_4 + 362.8226052702738*relu_1_2_4_off_binary_indicator_var =l= 362.8226052702738;
e1057_.. + 1*pre_1_2_4 + 362.8226052702738*relu_1_2_4_off_binary_indicator_var =l= 362.8226052702738;
relu_1_2_5_above_pre.. + 1*pre_1_2_5 - 1*post_1_2_5 =l= 0;
relu_1_2_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_5_on_binary_indicator_var + 1*relu_1_2_5_off_binary_indicator_var =e= 1;
e1060_.. - 1*pre_1_2_5 + 1*post_1_2_5 - 362.8226052702738*relu_1_2_5_on_binary_indicator_var =g= -362.8226052702738;
e1061_.. - 1*pre_1_2_5 + 1*post_1_2_5 + 725.6452105405476*relu_1_2_5_on_binary_indicator_var =l= 725.6452105405476;
e1062_.. + 1*post_1_2_5 =g= 0;
e1063_.. + 1*post_1_2_5 + 362.8226052702738*relu_1_2_5_off_binary_indicator_var =l= 362.8226052702738;
e1064_.. + 1*pre_1_2_5 + 362.8226052702738*relu_1_2_5_off_binary_indicator_var =l= 362.8226052702738;
relu_1_2_6_above_pre.. + 1*pre_1_2_6 - 1*post_1_2_6 =l= 0;
relu_1_2_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_6_on_binary_indicator_var + 1*relu_1_2_6_off_binary_indicator_var =e= 1;
e1067_.. - 1*pre_1_2_6 + 1*post_1_2_6 - 362.8226052702738*relu_1_2_6_on_binary_indicator_var =g= -362.8226052702738;
e1068_.. - 1*pre_1_2_6 + 1*post_1_2_6 + 725.6452105405476*relu_1_2_6_on_binary_indicator_var =l= 725.6452105405476;
e1069_.. + 1*post_1_2_6 =g= 0;
e1070_.. + 1*post_1_2_6 + 362.8226052702738*relu_1_2_6_off_binary_indicator_var =l= 362.8226052702738;
e1071_.. + 1*pre_1_2_6 + 362.8226052702738*relu_1_2_6_off_binary_indicator_var =l= 362.8226052702738;
relu_1_2_7_above_pre.. + 1*pre_1_2_7 - 1*post_1_2_7 =l= 0;
relu_1_2_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_7_on_binary_indicator_var + 1*relu_1_2_7_off_binary_indicator_var =e= 1;
e1074_.. - 1*pre_1_2_7 + 1*post_1_2_7 - 362.8226052702738*relu_1_2_7_on_binary_indicator_var =g= -362.8226052702738;
e1075_.. - 1*pre_1_2_7 + 1*post_1_2_7 + 725.6452105405476*relu_1_2_7_on_binary_indicator_var =l= 725.6452105405476;
e1076_.. + 1*post_1_2_7 =g= 0;
e1077_.. + 1*post_1_2_7 + 362.8226052702738*relu_1_2_7_off_binary_indicator_var =l= 362.8226052702738;
e1078_.. + 1*pre_1_2_7 + 362.8226052702738*relu_1_2_7_off_binary_indicator_var =l= 362.8226052702738;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e1081_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 353.9420129716219*relu_1_3_0_on_binary_indicator_var =g= -353.9420129716219;
e1082_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 707.8840259432438*relu_1_3_0_on_binary_indicator_var =l= 707.8840259432438;
e1083_.. + 1*post_1_3_0 =g= 0;
e1084_.. + 1*post_1_3_0 + 353.9420129716219*relu_1_3_0_off_binary_indicator_var =l= 353.9420129716219;
e1085_.. + 1*pre_1_3_0 + 353.9420129716219*relu_1_3_0_off_binary_indicator_var =l= 353.9420129716219;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e1088_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 353.9420129716219*relu_1_3_1_on_binary_indicator_var =g= -353.9420129716219;
e1089_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 707.8840259432438*relu_1_3_1_on_binary_indicator_var =l= 707.8840259432438;
e1090_.. + 1*post_1_3_1 =g= 0;
e1091_.. + 1*post_1_3_1 + 353.9420129716219*relu_1_3_1_off_binary_indicator_var =l= 353.9420129716219;
e1092_.. + 1*pre_1_3_1 + 353.9420129716219*relu_1_3_1_off_binary_indicator_var =l= 353.9420129716219;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_2_on_binary_indicator_var + 1*relu_1_3_2_off_binary_indicator_var =e= 1;
e1095_.. - 1*pre_1_3_2 + 1*post_1_3_2 - 353.9420129716219*relu_1_3_2_on_binary_indicator_var =g= -353.9420129716219;
e1096_.. - 1*pre_1_3_2 + 1*post_1_3_2 + 707.8840259432438*relu_1_3_2_on_binary_indicator_var =l= 707.8840259432438;
e1097_.. + 1*post_1_3_2 =g= 0;
e1098_.. + 1*post_1_3_2 + 353.9420129716219*relu_1_3_2_off_binary_indicator_var =l= 353.9420129716219;
e1099_.. + 1*pre_1_3_2 + 353.9420129716219*relu_1_3_2_off_binary_indicator_var =l= 353.9420129716219;
relu_1_3_3_above_pre.. + 1*pre_1_3_3 - 1*post_1_3_3 =l= 0;
relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_3_on_binary_indicator_var + 1*relu_1_3_3_off_binary_indicator_var =e= 1;
e1102_.. - 1*pre_1_3_3 + 1*post_1_3_3 - 353.9420129716219*relu_1_3_3_on_binary_indicator_var =g= -353.9420129716219;
e1103_.. - 1*pre_1_3_3 + 1*post_1_3_3 + 707.8840259432438*relu_1_3_3_on_binary_indicator_var =l= 707.8840259432438;
e1104_.. + 1*post_1_3_3 =g= 0;
e1105_.. + 1*post_1_3_3 + 353.9420129716219*relu_1_3_3_off_binary_indicator_var =l= 353.9420129716219;
e1106_.. + 1*pre_1_3_3 + 353.9420129716219*relu_1_3_3_off_binary_indicator_var =l= 353.9420129716219;
relu_1_3_4_above_pre.. + 1*pre_1_3_4 - 1*post_1_3_4 =l= 0;
relu_1_3_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_4_on_binary_indicator_var + 1*relu_1_3_4_off_binary_indicator_var =e= 1;
e1109_.. - 1*pre_1_3_4 + 1*post_1_3_4 - 353.9420129716219*relu_1_3_4_on_binary_indicator_var =g= -353.9420129716219;
e1110_.. - 1*pre_1_3_4 + 1*post_1_3_4 + 707.8840259432438*relu_1_3_4_on_binary_indicator_var =l= 707.8840259432438;
e1111_.. + 1*post_1_3_4 =g= 0;
e1112_.. + 1*post_1_3_4 + 353.9420129716219*relu_1_3_4_off_binary_indicator_var =l= 353.9420129716219;
e1113_.. + 1*pre_1_3_4 + 353.9420129716219*relu_1_3_4_off_binary_indicator_var =l= 353.9420129716219;
relu_1_3_5_above_pre.. + 1*pre_1_3_5 - 1*post_1_3_5 =l= 0;
relu_1_3_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_5_on_binary_indicator_var + 1*relu_1_3_5_off_binary_indicator_var =e= 1;
e1116_.. - 1*pre_1_3_5 + 1*post_1_3_5 - 353.9420129716219*relu_1_3_5_on_binary_indicator_var =g= -353.9420129716219;
e1117_.. - 1*pre_1_3_5 + 1*post_1_3_5 + 707.8840259432438*relu_1_3_5_on_binary_indicator_var =l= 707.8840259432438;
e1118_.. + 1*post_1_3_5 =g= 0;
e1119_.. + 1*post_1_3_5 + 353.9420129716219*relu_1_3_5_off_binary_indicator_var =l= 353.9420129716219;
e1120_.. + 1*pre_1_3_5 + 353.9420129716219*relu_1_3_5_off_binary_indicator_var =l= 353.9420129716219;
relu_1_3_6_above_pre.. + 1*pre_1_3_6 - 1*post_1_3_6 =l= 0;
relu_1_3_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_6_on_binary_indicator_var + 1*relu_1_3_6_off_binary_indicator_var =e= 1;
e1123_.. - 1*pre_1_3_6 + 1*post_1_3_6 - 353.9420129716219*relu_1_3_6_on_binary_indicator_var =g= -353.9420129716219;
e1124_.. - 1*pre_1_3_6 + 1*post_1_3_6 + 707.8840259432438*relu_1_3_6_on_binary_indicator_var =l= 707.8840259432438;
e1125_.. + 1*post_1_3_6 =g= 0;
e1126_.. + 1*post_1_3_6 + 353.9420129716219*relu_1_3_6_off_binary_indicator_var =l= 353.9420129716219;
e1127_.. + 1*pre_1_3_6 + 353.9420129716219*relu_1_3_6_off_binary_indicator_var =l= 353.9420129716219;
relu_1_3_7_above_pre.. + 1*pre_1_3_7 - 1*post_1_3_7 =l= 0;
relu_1_3_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_7_on_binary_indicator_var + 1*relu_1_3_7_off_binary_indicator_var =e= 1;
e1130_.. - 1*pre_1_3_7 + 1*post_1_3_7 - 353.9420129716219*relu_1_3_7_on_binary_indicator_var =g= -353.9420129716219;
e1131_.. - 1*pre_1_3_7 + 1*post_1_3_7 + 707.8840259432438*relu_1_3_7_on_binary_indicator_var =l= 707.8840259432438;
e1132_.. + 1*post_1_3_7 =g= 0;
e1133_.. + 1*post_1_3_7 + 353.9420129716219*relu_1_3_7_off_binary_indicator_var =l= 353.9420129716219;
e1134_.. + 1*pre_1_3_7 + 353.9420129716219*relu_1_3_7_off_binary_indicator_var =l= 353.9420129716219;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e1137_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 354.8541365182064*relu_1_4_0_on_binary_indicator_var =g= -354.8541365182064;
e1138_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 709.7082730364128*relu_1_4_0_on_binary_indicator_var =l= 709.7082730364128;
e1139_.. + 1*post_1_4_0 =g= 0;
e1140_.. + 1*post_1_4_0 + 354.8541365182064*relu_1_4_0_off_binary_indicator_var =l= 354.8541365182064;
e1141_.. + 1*pre_1_4_0 + 354.8541365182064*relu_1_4_0_off_binary_indicator_var =l= 354.8541365182064;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e1144_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 354.8541365182064*relu_1_4_1_on_binary_indicator_var =g= -354.8541365182064;
e1145_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 709.7082730364128*relu_1_4_1_on_binary_indicator_var =l= 709.7082730364128;
e1146_.. + 1*post_1_4_1 =g= 0;
e1147_.. + 1*post_1_4_1 + 354.8541365182064*relu_1_4_1_off_binary_indicator_var =l= 354.8541365182064;
e1148_.. + 1*pre_1_4_1 + 354.8541365182064*relu_1_4_1_off_binary_indicator_var =l= 354.8541365182064;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_2_on_binary_indicator_var + 1*relu_1_4_2_off_binary_indicator_var =e= 1;
e1151_.. - 1*pre_1_4_2 + 1*post_1_4_2 - 354.8541365182064*relu_1_4_2_on_binary_indicator_var =g= -354.8541365182064;
e1152_.. - 1*pre_1_4_2 + 1*post_1_4_2 + 709.7082730364128*relu_1_4_2_on_binary_indicator_var =l= 709.7082730364128;
e1153_.. + 1*post_1_4_2 =g= 0;
e1154_.. + 1*post_1_4_2 + 354.8541365182064*relu_1_4_2_off_binary_indicator_var =l= 354.8541365182064;
e1155_.. + 1*pre_1_4_2 + 354.8541365182064*relu_1_4_2_off_binary_indicator_var =l= 354.8541365182064;
relu_1_4_3_above_pre.. + 1*pre_1_4_3 - 1*post_1_4_3 =l= 0;
relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_3_on_binary_indicator_var + 1*relu_1_4_3_off_binary_indicator_var =e= 1;
e1158_.. - 1*pre_1_4_3 + 1*post_1_4_3 - 354.8541365182064*relu_1_4_3_on_binary_indicator_var =g= -354.8541365182064;
e1159_.. - 1*pre_1_4_3 + 1*post_1_4_3 + 709.7082730364128*relu_1_4_3_on_binary_indicator_var =l= 709.7082730364128;
e1160_.. + 1*post_1_4_3 =g= 0;
e1161_.. + 1*post_1_4_3 + 354.8541365182064*relu_1_4_3_off_binary_indicator_var =l= 354.8541365182064;
e1162_.. + 1*pre_1_4_3 + 354.8541365182064*relu_1_4_3_off_binary_indicator_var =l= 354.8541365182064;
relu_1_4_4_above_pre.. + 1*pre_1_4_4 - 1*post_1_4_4 =l= 0;
relu_1_4_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_4_on_binary_indicator_var + 1*relu_1_4_4_off_binary_indicator_var =e= 1;
e1165_.. - 1*pre_1_4_4 + 1*post_1_4_4 - 354.8541365182064*relu_1_4_4_on_binary_indicator_var =g= -354.8541365182064;
e1166_.. - 1*pre_1_4_4 + 1*post_1_4_4 + 709.7082730364128*relu_1_4_4_on_binary_indicator_var =l= 709.7082730364128;
e1167_.. + 1*post_1_4_4 =g= 0;
e1168_.. + 1*post_1_4_4 + 354.8541365182064*relu_1_4_4_off_binary_indicator_var =l= 354.8541365182064;
e1169_.. + 1*pre_1_4_4 + 354.8541365182064*relu_1_4_4_off_binary_indicator_var =l= 354.8541365182064;
relu_1_4_5_above_pre.. + 1*pre_1_4_5 - 1*post_1_4_5 =l= 0;
relu_1_4_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_5_on_binary_indicator_var + 1*relu_1_4_5_off_binary_indicator_var =e= 1;
e1172_.. - 1*pre_1_4_5 + 1*post_1_4_5 - 354.8541365182064*relu_1_4_5_on_binary_indicator_var =g= -354.8541365182064;
e1173_.. - 1*pre_1_4_5 + 1*post_1_4_5 + 709.7082730364128*relu_1_4_5_on_binary_indicator_var =l= 709.7082730364128;
e1174_.. + 1*post_1_4_5 =g= 0;
e1175_.. + 1*post_1_4_5 + 354.8541365182064*relu_1_4_5_off_binary_indicator_var =l= 354.8541365182064;
e1176_.. + 1*pre_1_4_5 + 354.8541365182064*relu_1_4_5_off_binary_indicator_var =l= 354.8541365182064;
relu_1_4_6_above_pre.. + 1*pre_1_4_6 - 1*post_1_4_6 =l= 0;
relu_1_4_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_6_on_binary_indicator_var + 1*relu_1_4_6_off_binary_indicator_var =e= 1;
e1179_.. - 1*pre_1_4_6 + 1*post_1_4_6 - 354.8541365182064*relu_1_4_6_on_binary_indicator_var =g= -354.8541365182064;
e1180_.. - 1*pre_1_4_6 + 1*post_1_4_6 + 709.7082730364128*relu_1_4_6_on_binary_indicator_var =l= 709.7082730364128;
e1181_.. + 1*post_1_4_6 =g= 0;
e1182_.. + 1*post_1_4_6 + 354.8541365182064*relu_1_4_6_off_binary_indicator_var =l= 354.8541365182064;
e1183_.. + 1*pre_1_4_6 + 354.8541365182064*relu_1_4_6_off_binary_indicator_var =l= 354.8541365182064;
relu_1_4_7_above_pre.. + 1*pre_1_4_7 - 1*post_1_4_7 =l= 0;
relu_1_4_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_7_on_binary_indicator_var + 1*relu_1_4_7_off_binary_indicator_var =e= 1;
e1186_.. - 1*pre_1_4_7 + 1*post_1_4_7 - 354.8541365182064*relu_1_4_7_on_binary_indicator_var =g= -354.8541365182064;
e1187_.. - 1*pre_1_4_7 + 1*post_1_4_7 + 709.7082730364128*relu_1_4_7_on_binary_indicator_var =l= 709.7082730364128;
e1188_.. + 1*post_1_4_7 =g= 0;
e1189_.. + 1*post_1_4_7 + 354.8541365182064*relu_1_4_7_off_binary_indicator_var =l= 354.8541365182064;
e1190_.. + 1*pre_1_4_7 + 354.8541365182064*relu_1_4_7_off_binary_indicator_var =l= 354.8541365182064;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e1193_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 355.7662600647909*relu_1_5_0_on_binary_indicator_var =g= -355.7662600647909;
e1194_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 711.5325201295818*relu_1_5_0_on_binary_indicator_var =l= 711.5325201295818;
e1195_.. + 1*post_1_5_0 =g= 0;
e1196_.. + 1*post_1_5_0 + 355.7662600647909*relu_1_5_0_off_binary_indicator_var =l= 355.7662600647909;
e1197_.. + 1*pre_1_5_0 + 355.7662600647909*relu_1_5_0_off_binary_indicator_var =l= 355.7662600647909;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e1200_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 355.7662600647909*relu_1_5_1_on_binary_indicator_var =g= -355.7662600647909;
e1201_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 711.5325201295818*relu_1_5_1_on_binary_indicator_var =l= 711.5325201295818;
e1202_.. + 1*post_1_5_1 =g= 0;
e1203_.. + 1*post_1_5_1 + 355.7662600647909*relu_1_5_1_off_binary_indicator_var =l= 355.7662600647909;
e1204_.. + 1*pre_1_5_1 + 355.7662600647909*relu_1_5_1_off_binary_indicator_var =l= 355.7662600647909;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_2_on_binary_indicator_var + 1*relu_1_5_2_off_binary_indicator_var =e= 1;
e1207_.. - 1*pre_1_5_2 + 1*post_1_5_2 - 355.7662600647909*relu_1_5_2_on_binary_indicator_var =g= -355.7662600647909;
e1208_.. - 1*pre_1_5_2 + 1*post_1_5_2 + 711.5325201295818*relu_1_5_2_on_binary_indicator_var =l= 711.5325201295818;
e1209_.. + 1*post_1_5_2 =g= 0;
e1210_.. + 1*post_1_5_2 + 355.7662600647909*relu_1_5_2_off_binary_indicator_var =l= 355.7662600647909;
e1211_.. + 1*pre_1_5_2 + 355.7662600647909*relu_1_5_2_off_binary_indicator_var =l= 355.7662600647909;
relu_1_5_3_above_pre.. + 1*pre_1_5_3 - 1*post_1_5_3 =l= 0;
relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_3_on_binary_indicator_var + 1*relu_1_5_3_off_binary_indicator_var =e= 1;
e1214_.. - 1*pre_1_5_3 + 1*post_1_5_3 - 355.7662600647909*relu_1_5_3_on_binary_indicator_var =g= -355.7662600647909;
e1215_.. - 1*pre_1_5_3 + 1*post_1_5_3 + 711.5325201295818*relu_1_5_3_on_binary_indicator_var =l= 711.5325201295818;
e1216_.. + 1*post_1_5_3 =g= 0;
e1217_.. + 1*post_1_5_3 + 355.7662600647909*relu_1_5_3_off_binary_indicator_var =l= 355.7662600647909;
e1218_.. + 1*pre_1_5_3 + 355.7662600647909*relu_1_5_3_off_binary_indicator_var =l= 355.7662600647909;
relu_1_5_4_above_pre.. + 1*pre_1_5_4 - 1*post_1_5_4 =l= 0;
relu_1_5_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_4_on_binary_indicator_var + 1*relu_1_5_4_off_binary_indicator_var =e= 1;
e1221_.. - 1*pre_1_5_4 + 1*post_1_5_4 - 355.7662600647909*relu_1_5_4_on_binary_indicator_var =g= -355.7662600647909;
e1222_.. - 1*pre_1_5_4 + 1*post_1_5_4 + 711.5325201295818*relu_1_5_4_on_binary_indicator_var =l= 711.5325201295818;
e1223_.. + 1*post_1_5_4 =g= 0;
e1224_.. + 1*post_1_5_4 + 355.7662600647909*relu_1_5_4_off_binary_indicator_var =l= 355.7662600647909;
e1225_.. + 1*pre_1_5_4 + 355.7662600647909*relu_1_5_4_off_binary_indicator_var =l= 355.7662600647909;
relu_1_5_5_above_pre.. + 1*pre_1_5_5 - 1*post_1_5_5 =l= 0;
relu_1_5_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_5_on_binary_indicator_var + 1*relu_1_5_5_off_binary_indicator_var =e= 1;
e1228_.. - 1*pre_1_5_5 + 1*post_1_5_5 - 355.7662600647909*relu_1_5_5_on_binary_indicator_var =g= -355.7662600647909;
e1229_.. - 1*pre_1_5_5 + 1*post_1_5_5 + 711.5325201295818*relu_1_5_5_on_binary_indicator_var =l= 711.5325201295818;
e1230_.. + 1*post_1_5_5 =g= 0;
e1231_.. + 1*post_1_5_5 + 355.7662600647909*relu_1_5_5_off_binary_indicator_var =l= 355.7662600647909;
e1232_.. + 1*pre_1_5_5 + 355.7662600647909*relu_1_5_5_off_binary_indicator_var =l= 355.7662600647909;
relu_1_5_6_above_pre.. + 1*pre_1_5_6 - 1*post_1_5_6 =l= 0;
relu_1_5_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_6_on_binary_indicator_var + 1*relu_1_5_6_off_binary_indicator_var =e= 1;
e1235_.. - 1*pre_1_5_6 + 1*post_1_5_6 - 355.7662600647909*relu_1_5_6_on_binary_indicator_var =g= -355.7662600647909;
e1236_.. - 1*pre_1_5_6 + 1*post_1_5_6 + 711.5325201295818*relu_1_5_6_on_binary_indicator_var =l= 711.5325201295818;
e1237_.. + 1*post_1_5_6 =g= 0;
e1238_.. + 1*post_1_5_6 + 355.7662600647909*relu_1_5_6_off_binary_indicator_var =l= 355.7662600647909;
e1239_.. + 1*pre_1_5_6 + 355.7662600647909*relu_1_5_6_off_binary_indicator_var =l= 355.7662600647909;
relu_1_5_7_above_pre.. + 1*pre_1_5_7 - 1*post_1_5_7 =l= 0;
relu_1_5_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_7_on_binary_indicator_var + 1*relu_1_5_7_off_binary_indicator_var =e= 1;
e1242_.. - 1*pre_1_5_7 + 1*post_1_5_7 - 355.7662600647909*relu_1_5_7_on_binary_indicator_var =g= -355.7662600647909;
e1243_.. - 1*pre_1_5_7 + 1*post_1_5_7 + 711.5325201295818*relu_1_5_7_on_binary_indicator_var =l= 711.5325201295818;
e1244_.. + 1*post_1_5_7 =g= 0;
e1245_.. + 1*post_1_5_7 + 355.7662600647909*relu_1_5_7_off_binary_indicator_var =l= 355.7662600647909;
e1246_.. + 1*pre_1_5_7 + 355.7662600647909*relu_1_5_7_off_binary_indicator_var =l= 355.7662600647909;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e1249_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 346.885667766139*relu_1_6_0_on_binary_indicator_var =g= -346.885667766139;
e1250_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 693.771335532278*relu_1_6_0_on_binary_indicator_var =l= 693.771335532278;
e1251_.. + 1*post_1_6_0 =g= 0;
e1252_.. + 1*post_1_6_0 + 346.885667766139*relu_1_6_0_off_binary_indicator_var =l= 346.885667766139;
e1253_.. + 1*pre_1_6_0 + 346.885667766139*relu_1_6_0_off_binary_indicator_var =l= 346.885667766139;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e1256_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 346.885667766139*relu_1_6_1_on_binary_indicator_var =g= -346.885667766139;
e1257_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 693.771335532278*relu_1_6_1_on_binary_indicator_var =l= 693.771335532278;
e1258_.. + 1*post_1_6_1 =g= 0;
e1259_.. + 1*post_1_6_1 + 346.885667766139*relu_1_6_1_off_binary_indicator_var =l= 346.885667766139;
e1260_.. + 1*pre_1_6_1 + 346.885667766139*relu_1_6_1_off_binary_indicator_var =l= 346.885667766139;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_2_on_binary_indicator_var + 1*relu_1_6_2_off_binary_indicator_var =e= 1;
e1263_.. - 1*pre_1_6_2 + 1*post_1_6_2 - 346.885667766139*relu_1_6_2_on_binary_indicator_var =g= -346.885667766139;
e1264_.. - 1*pre_1_6_2 + 1*post_1_6_2 + 693.771335532278*relu_1_6_2_on_binary_indicator_var =l= 693.771335532278;
e1265_.. + 1*post_1_6_2 =g= 0;
e1266_.. + 1*post_1_6_2 + 346.885667766139*relu_1_6_2_off_binary_indicator_var =l= 346.885667766139;
e1267_.. + 1*pre_1_6_2 + 346.885667766139*relu_1_6_2_off_binary_indicator_var =l= 346.885667766139;
relu_1_6_3_above_pre.. + 1*pre_1_6_3 - 1*post_1_6_3 =l= 0;
relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_3_on_binary_indicator_var + 1*relu_1_6_3_off_binary_indicator_var =e= 1;
e1270_.. - 1*pre_1_6_3 + 1*post_1_6_3 - 346.885667766139*relu_1_6_3_on_binary_indicator_var =g= -346.885667766139;
e1271_.. - 1*pre_1_6_3 + 1*post_1_6_3 + 693.771335532278*relu_1_6_3_on_binary_indicator_var =l= 693.771335532278;
e1272_.. + 1*post_1_6_3 =g= 0;
e1273_.. + 1*post_1_6_3 + 346.885667766139*relu_1_6_3_off_binary_indicator_var =l= 346.885667766139;
e1274_.. + 1*pre_1_6_3 + 346.885667766139*relu_1_6_3_off_binary_indicator_var =l= 346.885667766139;
relu_1_6_4_above_pre.. + 1*pre_1_6_4 - 1*post_1_6_4 =l= 0;
relu_1_6_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_4_on_binary_indicator_var + 1*relu_1_6_4_off_binary_indicator_var =e= 1;
e1277_.. - 1*pre_1_6_4 + 1*post_1_6_4 - 346.885667766139*relu_1_6_4_on_binary_indicator_var =g= -346.885667766139;
e1278_.. - 1*pre_1_6_4 + 1*post_1_6_4 + 693.771335532278*relu_1_6_4_on_binary_indicator_var =l= 693.771335532278;
e1279_.. + 1*post_1_6_4 =g= 0;
e1280_.. + 1*post_1_6_4 + 346.885667766139*relu_1_6_4_off_binary_indicator_var =l= 346.885667766139;
e1281_.. + 1*pre_1_6_4 + 346.885667766139*relu_1_6_4_off_binary_indicator_var =l= 346.885667766139;
relu_1_6_5_above_pre.. + 1*pre_1_6_5 - 1*post_1_6_5 =l= 0;
relu_1_6_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_5_on_binary_indicator_var + 1*relu_1_6_5_off_binary_indicator_var =e= 1;
e1284_.. - 1*pre_1_6_5 + 1*post_1_6_5 - 346.885667766139*relu_1_6_5_on_binary_indicator_var =g= -346.885667766139;
e1285_.. - 1*pre_1_6_5 + 1*post_1_6_5 + 693.771335532278*relu_1_6_5_on_binary_indicator_var =l= 693.771335532278;
e1286_.. + 1*post_1_6_5 =g= 0;
e1287_.. + 1*post_1_6_5 + 346.885667766139*relu_1_6_5_off_binary_indicator_var =l= 346.885667766139;
e1288_.. + 1*pre_1_6_5 + 346.885667766139*relu_1_6_5_off_binary_indicator_var =l= 346.885667766139;
relu_1_6_6_above_pre.. + 1*pre_1_6_6 - 1*post_1_6_6 =l= 0;
relu_1_6_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_6_on_binary_indicator_var + 1*relu_1_6_6_off_binary_indicator_var =e= 1;
e1291_.. - 1*pre_1_6_6 + 1*post_1_6_6 - 346.885667766139*relu_1_6_6_on_binary_indicator_var =g= -346.885667766139;
e1292_.. - 1*pre_1_6_6 + 1*post_1_6_6 + 693.771335532278*relu_1_6_6_on_binary_indicator_var =l= 693.771335532278;
e1293_.. + 1*post_1_6_6 =g= 0;
e1294_.. + 1*post_1_6_6 + 346.885667766139*relu_1_6_6_off_binary_indicator_var =l= 346.885667766139;
e1295_.. + 1*pre_1_6_6 + 346.885667766139*relu_1_6_6_off_binary_indicator_var =l= 346.885667766139;
relu_1_6_7_above_pre.. + 1*pre_1_6_7 - 1*post_1_6_7 =l= 0;
relu_1_6_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_7_on_binary_indicator_var + 1*relu_1_6_7_off_binary_indicator_var =e= 1;
e1298_.. - 1*pre_1_6_7 + 1*post_1_6_7 - 346.885667766139*relu_1_6_7_on_binary_indicator_var =g= -346.885667766139;
e1299_.. - 1*pre_1_6_7 + 1*post_1_6_7 + 693.771335532278*relu_1_6_7_on_binary_indicator_var =l= 693.771335532278;
e1300_.. + 1*post_1_6_7 =g= 0;
e1301_.. + 1*post_1_6_7 + 346.885667766139*relu_1_6_7_off_binary_indicator_var =l= 346.885667766139;
e1302_.. + 1*pre_1_6_7 + 346.885667766139*relu_1_6_7_off_binary_indicator_var =l= 346.885667766139;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e1305_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 347.79779131272346*relu_1_7_0_on_binary_indicator_var =g= -347.79779131272346;
e1306_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 695.5955826254469*relu_1_7_0_on_binary_indicator_var =l= 695.5955826254469;
e1307_.. + 1*post_1_7_0 =g= 0;
e1308_.. + 1*post_1_7_0 + 347.79779131272346*relu_1_7_0_off_binary_indicator_var =l= 347.79779131272346;
e1309_.. + 1*pre_1_7_0 + 347.79779131272346*relu_1_7_0_off_binary_indicator_var =l= 347.79779131272346;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e1312_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 347.79779131272346*relu_1_7_1_on_binary_indicator_var =g= -347.79779131272346;
e1313_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 695.5955826254469*relu_1_7_1_on_binary_indicator_var =l= 695.5955826254469;
e1314_.. + 1*post_1_7_1 =g= 0;
e1315_.. + 1*post_1_7_1 + 347.79779131272346*relu_1_7_1_off_binary_indicator_var =l= 347.79779131272346;
e1316_.. + 1*pre_1_7_1 + 347.79779131272346*relu_1_7_1_off_binary_indicator_var =l= 347.79779131272346;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_2_on_binary_indicator_var + 1*relu_1_7_2_off_binary_indicator_var =e= 1;
e1319_.. - 1*pre_1_7_2 + 1*post_1_7_2 - 347.79779131272346*relu_1_7_2_on_binary_indicator_var =g= -347.79779131272346;
e1320_.. - 1*pre_1_7_2 + 1*post_1_7_2 + 695.5955826254469*relu_1_7_2_on_binary_indicator_var =l= 695.5955826254469;
e1321_.. + 1*post_1_7_2 =g= 0;
e1322_.. + 1*post_1_7_2 + 347.79779131272346*relu_1_7_2_off_binary_indicator_var =l= 347.79779131272346;
e1323_.. + 1*pre_1_7_2 + 347.79779131272346*relu_1_7_2_off_binary_indicator_var =l= 347.79779131272346;
relu_1_7_3_above_pre.. + 1*pre_1_7_3 - 1*post_1_7_3 =l= 0;
relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_3_on_binary_indicator_var + 1*relu_1_7_3_off_binary_indicator_var =e= 1;
e1326_.. - 1*pre_1_7_3 + 1*post_1_7_3 - 347.79779131272346*relu_1_7_3_on_binary_indicator_var =g= -347.79779131272346;
e1327_.. - 1*pre_1_7_3 + 1*post_1_7_3 + 695.5955826254469*relu_1_7_3_on_binary_indicator_var =l= 695.5955826254469;
e1328_.. + 1*post_1_7_3 =g= 0;
e1329_.. + 1*post_1_7_3 + 347.79779131272346*relu_1_7_3_off_binary_indicator_var =l= 347.79779131272346;
e1330_.. + 1*pre_1_7_3 + 347.79779131272346*relu_1_7_3_off_binary_indicator_var =l= 347.79779131272346;
relu_1_7_4_above_pre.. + 1*pre_1_7_4 - 1*post_1_7_4 =l= 0;
relu_1_7_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_4_on_binary_indicator_var + 1*relu_1_7_4_off_binary_indicator_var =e= 1;
e1333_.. - 1*pre_1_7_4 + 1*post_1_7_4 - 347.79779131272346*relu_1_7_4_on_binary_indicator_var =g= -347.79779131272346;
e1334_.. - 1*pre_1_7_4 + 1*post_1_7_4 + 695.5955826254469*relu_1_7_4_on_binary_indicator_var =l= 695.5955826254469;
e1335_.. + 1*post_1_7_4 =g= 0;
e1336_.. + 1*post_1_7_4 + 347.79779131272346*relu_1_7_4_off_binary_indicator_var =l= 347.79779131272346;
e1337_.. + 1*pre_1_7_4 + 347.79779131272346*relu_1_7_4_off_binary_indicator_var =l= 347.79779131272346;
relu_1_7_5_above_pre.. + 1*pre_1_7_5 - 1*post_1_7_5 =l= 0;
relu_1_7_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_5_on_binary_indicator_var + 1*relu_1_7_5_off_binary_indicator_var =e= 1;
e1340_.. - 1*pre_1_7_5 + 1*post_1_7_5 - 347.79779131272346*relu_1_7_5_on_binary_indicator_var =g= -347.79779131272346;
e1341_.. - 1*pre_1_7_5 + 1*post_1_7_5 + 695.5955826254469*relu_1_7_5_on_binary_indicator_var =l= 695.5955826254469;
e1342_.. + 1*post_1_7_5 =g= 0;
e1343_.. + 1*post_1_7_5 + 347.79779131272346*relu_1_7_5_off_binary_indicator_var =l= 347.79779131272346;
e1344_.. + 1*pre_1_7_5 + 347.79779131272346*relu_1_7_5_off_binary_indicator_var =l= 347.79779131272346;
relu_1_7_6_above_pre.. + 1*pre_1_7_6 - 1*post_1_7_6 =l= 0;
relu_1_7_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_6_on_binary_indicator_var + 1*relu_1_7_6_off_binary_indicator_var =e= 1;
e1347_.. - 1*pre_1_7_6 + 1*post_1_7_6 - 347.79779131272346*relu_1_7_6_on_binary_indicator_var =g= -347.79779131272346;
e1348_.. - 1*pre_1_7_6 + 1*post_1_7_6 + 695.5955826254469*relu_1_7_6_on_binary_indicator_var =l= 695.5955826254469;
e1349_.. + 1*post_1_7_6 =g= 0;
e1350_.. + 1*post_1_7_6 + 347.79779131272346*relu_1_7_6_off_binary_indicator_var =l= 347.79779131272346;
e1351_.. + 1*pre_1_7_6 + 347.79779131272346*relu_1_7_6_off_binary_indicator_var =l= 347.79779131272346;
relu_1_7_7_above_pre.. + 1*pre_1_7_7 - 1*post_1_7_7 =l= 0;
relu_1_7_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_7_on_binary_indicator_var + 1*relu_1_7_7_off_binary_indicator_var =e= 1;
e1354_.. - 1*pre_1_7_7 + 1*post_1_7_7 - 347.79779131272346*relu_1_7_7_on_binary_indicator_var =g= -347.79779131272346;
e1355_.. - 1*pre_1_7_7 + 1*post_1_7_7 + 695.5955826254469*relu_1_7_7_on_binary_indicator_var =l= 695.5955826254469;
e1356_.. + 1*post_1_7_7 =g= 0;
e1357_.. + 1*post_1_7_7 + 347.79779131272346*relu_1_7_7_off_binary_indicator_var =l= 347.79779131272346;
e1358_.. + 1*pre_1_7_7 + 347.79779131272346*relu_1_7_7_off_binary_indicator_var =l= 347.79779131272346;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e1361_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 348.709914859308*relu_1_8_0_on_binary_indicator_var =g= -348.709914859308;
e1362_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 697.419829718616*relu_1_8_0_on_binary_indicator_var =l= 697.419829718616;
e1363_.. + 1*post_1_8_0 =g= 0;
e1364_.. + 1*post_1_8_0 + 348.709914859308*relu_1_8_0_off_binary_indicator_var =l= 348.709914859308;
e1365_.. + 1*pre_1_8_0 + 348.709914859308*relu_1_8_0_off_binary_indicator_var =l= 348.709914859308;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e1368_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 348.709914859308*relu_1_8_1_on_binary_indicator_var =g= -348.709914859308;
e1369_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 697.419829718616*relu_1_8_1_on_binary_indicator_var =l= 697.419829718616;
e1370_.. + 1*post_1_8_1 =g= 0;
e1371_.. + 1*post_1_8_1 + 348.709914859308*relu_1_8_1_off_binary_indicator_var =l= 348.709914859308;
e1372_.. + 1*pre_1_8_1 + 348.709914859308*relu_1_8_1_off_binary_indicator_var =l= 348.709914859308;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_2_on_binary_indicator_var + 1*relu_1_8_2_off_binary_indicator_var =e= 1;
e1375_.. - 1*pre_1_8_2 + 1*post_1_8_2 - 348.709914859308*relu_1_8_2_on_binary_indicator_var =g= -348.709914859308;
e1376_.. - 1*pre_1_8_2 + 1*post_1_8_2 + 697.419829718616*relu_1_8_2_on_binary_indicator_var =l= 697.419829718616;
e1377_.. + 1*post_1_8_2 =g= 0;
e1378_.. + 1*post_1_8_2 + 348.709914859308*relu_1_8_2_off_binary_indicator_var =l= 348.709914859308;
e1379_.. + 1*pre_1_8_2 + 348.709914859308*relu_1_8_2_off_binary_indicator_var =l= 348.709914859308;
relu_1_8_3_above_pre.. + 1*pre_1_8_3 - 1*post_1_8_3 =l= 0;
relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_3_on_binary_indicator_var + 1*relu_1_8_3_off_binary_indicator_var =e= 1;
e1382_.. - 1*pre_1_8_3 + 1*post_1_8_3 - 348.709914859308*relu_1_8_3_on_binary_indicator_var =g= -348.709914859308;
e1383_.. - 1*pre_1_8_3 + 1*post_1_8_3 + 697.419829718616*relu_1_8_3_on_binary_indicator_var =l= 697.419829718616;
e1384_.. + 1*post_1_8_3 =g= 0;
e1385_.. + 1*post_1_8_3 + 348.709914859308*relu_1_8_3_off_binary_indicator_var =l= 348.709914859308;
e1386_.. + 1*pre_1_8_3 + 348.709914859308*relu_1_8_3_off_binary_indicator_var =l= 348.709914859308;
relu_1_8_4_above_pre.. + 1*pre_1_8_4 - 1*post_1_8_4 =l= 0;
relu_1_8_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_4_on_binary_indicator_var + 1*relu_1_8_4_off_binary_indicator_var =e= 1;
e1389_.. - 1*pre_1_8_4 + 1*post_1_8_4 - 348.709914859308*relu_1_8_4_on_binary_indicator_var =g= -348.709914859308;
e1390_.. - 1*pre_1_8_4 + 1*post_1_8_4 + 697.419829718616*relu_1_8_4_on_binary_indicator_var =l= 697.419829718616;
e1391_.. + 1*post_1_8_4 =g= 0;
e1392_.. + 1*post_1_8_4 + 348.709914859308*relu_1_8_4_off_binary_indicator_var =l= 348.709914859308;
e1393_.. + 1*pre_1_8_4 + 348.709914859308*relu_1_8_4_off_binary_indicator_var =l= 348.709914859308;
relu_1_8_5_above_pre.. + 1*pre_1_8_5 - 1*post_1_8_5 =l= 0;
relu_1_8_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_5_on_binary_indicator_var + 1*relu_1_8_5_off_binary_indicator_var =e= 1;
e1396_.. - 1*pre_1_8_5 + 1*post_1_8_5 - 348.709914859308*relu_1_8_5_on_binary_indicator_var =g= -348.709914859308;
e1397_.. - 1*pre_1_8_5 + 1*post_1_8_5 + 697.419829718616*relu_1_8_5_on_binary_indicator_var =l= 697.419829718616;
e1398_.. + 1*post_1_8_5 =g= 0;
e1399_.. + 1*post_1_8_5 + 348.709914859308*relu_1_8_5_off_binary_indicator_var =l= 348.709914859308;
e1400_.. + 1*pre_1_8_5 + 348.709914859308*relu_1_8_5_off_binary_indicator_var =l= 348.709914859308;
relu_1_8_6_above_pre.. + 1*pre_1_8_6 - 1*post_1_8_6 =l= 0;
relu_1_8_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_6_on_binary_indicator_var + 1*relu_1_8_6_off_binary_indicator_var =e= 1;
e1403_.. - 1*pre_1_8_6 + 1*post_1_8_6 - 348.709914859308*relu_1_8_6_on_binary_indicator_var =g= -348.709914859308;
e1404_.. - 1*pre_1_8_6 + 1*post_1_8_6 + 697.419829718616*relu_1_8_6_on_binary_indicator_var =l= 697.419829718616;
e1405_.. + 1*post_1_8_6 =g= 0;
e1406_.. + 1*post_1_8_6 + 348.709914859308*relu_1_8_6_off_binary_indicator_var =l= 348.709914859308;
e1407_.. + 1*pre_1_8_6 + 348.709914859308*relu_1_8_6_off_binary_indicator_var =l= 348.709914859308;
relu_1_8_7_above_pre.. + 1*pre_1_8_7 - 1*post_1_8_7 =l= 0;
relu_1_8_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_7_on_binary_indicator_var + 1*relu_1_8_7_off_binary_indicator_var =e= 1;
e1410_.. - 1*pre_1_8_7 + 1*post_1_8_7 - 348.709914859308*relu_1_8_7_on_binary_indicator_var =g= -348.709914859308;
e1411_.. - 1*pre_1_8_7 + 1*post_1_8_7 + 697.419829718616*relu_1_8_7_on_binary_indicator_var =l= 697.419829718616;
e1412_.. + 1*post_1_8_7 =g= 0;
e1413_.. + 1*post_1_8_7 + 348.709914859308*relu_1_8_7_off_binary_indicator_var =l= 348.709914859308;
e1414_.. + 1*pre_1_8_7 + 348.709914859308*relu_1_8_7_off_binary_indicator_var =l= 348.709914859308;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e1417_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 329.2448047524318*relu_1_9_0_on_binary_indicator_var =g= -329.2448047524318;
e1418_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 658.4896095048636*relu_1_9_0_on_binary_indicator_var =l= 658.4896095048636;
e1419_.. + 1*post_1_9_0 =g= 0;
e1420_.. + 1*post_1_9_0 + 329.2448047524318*relu_1_9_0_off_binary_indicator_var =l= 329.2448047524318;
e1421_.. + 1*pre_1_9_0 + 329.2448047524318*relu_1_9_0_off_binary_indicator_var =l= 329.2448047524318;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e1424_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 329.2448047524318*relu_1_9_1_on_binary_indicator_var =g= -329.2448047524318;
e1425_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 658.4896095048636*relu_1_9_1_on_binary_indicator_var =l= 658.4896095048636;
e1426_.. + 1*post_1_9_1 =g= 0;
e1427_.. + 1*post_1_9_1 + 329.2448047524318*relu_1_9_1_off_binary_indicator_var =l= 329.2448047524318;
e1428_.. + 1*pre_1_9_1 + 329.2448047524318*relu_1_9_1_off_binary_indicator_var =l= 329.2448047524318;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_2_on_binary_indicator_var + 1*relu_1_9_2_off_binary_indicator_var =e= 1;
e1431_.. - 1*pre_1_9_2 + 1*post_1_9_2 - 329.2448047524318*relu_1_9_2_on_binary_indicator_var =g= -329.2448047524318;
e1432_.. - 1*pre_1_9_2 + 1*post_1_9_2 + 658.4896095048636*relu_1_9_2_on_binary_indicator_var =l= 658.4896095048636;
e1433_.. + 1*post_1_9_2 =g= 0;
e1434_.. + 1*post_1_9_2 + 329.2448047524318*relu_1_9_2_off_binary_indicator_var =l= 329.2448047524318;
e1435_.. + 1*pre_1_9_2 + 329.2448047524318*relu_1_9_2_off_binary_indicator_var =l= 329.2448047524318;
relu_1_9_3_above_pre.. + 1*pre_1_9_3 - 1*post_1_9_3 =l= 0;
relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_3_on_binary_indicator_var + 1*relu_1_9_3_off_binary_indicator_var =e= 1;
e1438_.. - 1*pre_1_9_3 + 1*post_1_9_3 - 329.2448047524318*relu_1_9_3_on_binary_indicator_var =g= -329.2448047524318;
e1439_.. - 1*pre_1_9_3 + 1*post_1_9_3 + 658.4896095048636*relu_1_9_3_on_binary_indicator_var =l= 658.4896095048636;
e1440_.. + 1*post_1_9_3 =g= 0;
e1441_.. + 1*post_1_9_3 + 329.2448047524318*relu_1_9_3_off_binary_indicator_var =l= 329.2448047524318;
e1442_.. + 1*pre_1_9_3 + 329.2448047524318*relu_1_9_3_off_binary_indicator_var =l= 329.2448047524318;
relu_1_9_4_above_pre.. + 1*pre_1_9_4 - 1*post_1_9_4 =l= 0;
relu_1_9_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_4_on_binary_indicator_var + 1*relu_1_9_4_off_binary_indicator_var =e= 1;
e1445_.. - 1*pre_1_9_4 + 1*post_1_9_4 - 329.2448047524318*relu_1_9_4_on_binary_indicator_var =g= -329.2448047524318;
e1446_.. - 1*pre_1_9_4 + 1*post_1_9_4 + 658.4896095048636*relu_1_9_4_on_binary_indicator_var =l= 658.4896095048636;
e1447_.. + 1*post_1_9_4 =g= 0;
e1448_.. + 1*post_1_9_4 + 329.2448047524318*relu_1_9_4_off_binary_indicator_var =l= 329.2448047524318;
e1449_.. + 1*pre_1_9_4 + 329.2448047524318*relu_1_9_4_off_binary_indicator_var =l= 329.2448047524318;
relu_1_9_5_above_pre.. + 1*pre_1_9_5 - 1*post_1_9_5 =l= 0;
relu_1_9_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_5_on_binary_indicator_var + 1*relu_1_9_5_off_binary_indicator_var =e= 1;
e1452_.. - 1*pre_1_9_5 + 1*post_1_9_5 - 329.2448047524318*relu_1_9_5_on_binary_indicator_var =g= -329.2448047524318;
e1453_.. - 1*pre_1_9_5 + 1*post_1_9_5 + 658.4896095048636*relu_1_9_5_on_binary_indicator_var =l= 658.4896095048636;
e1454_.. + 1*post_1_9_5 =g= 0;
e1455_.. + 1*post_1_9_5 + 329.2448047524318*relu_1_9_5_off_binary_indicator_var =l= 329.2448047524318;
e1456_.. + 1*pre_1_9_5 + 329.2448047524318*relu_1_9_5_off_binary_indicator_var =l= 329.2448047524318;
relu_1_9_6_above_pre.. + 1*pre_1_9_6 - 1*post_1_9_6 =l= 0;
relu_1_9_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_6_on_binary_indicator_var + 1*relu_1_9_6_off_binary_indicator_var =e= 1;
e1459_.. - 1*pre_1_9_6 + 1*post_1_9_6 - 329.2448047524318*relu_1_9_6_on_binary_indicator_var =g= -329.2448047524318;
e1460_.. - 1*pre_1_9_6 + 1*post_1_9_6 + 658.4896095048636*relu_1_9_6_on_binary_indicator_var =l= 658.4896095048636;
e1461_.. + 1*post_1_9_6 =g= 0;
e1462_.. + 1*post_1_9_6 + 329.2448047524318*relu_1_9_6_off_binary_indicator_var =l= 329.2448047524318;
e1463_.. + 1*pre_1_9_6 + 329.2448047524318*relu_1_9_6_off_binary_indicator_var =l= 329.2448047524318;
relu_1_9_7_above_pre.. + 1*pre_1_9_7 - 1*post_1_9_7 =l= 0;
relu_1_9_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_7_on_binary_indicator_var + 1*relu_1_9_7_off_binary_indicator_var =e= 1;
e1466_.. - 1*pre_1_9_7 + 1*post_1_9_7 - 329.2448047524318*relu_1_9_7_on_binary_indicator_var =g= -329.2448047524318;
e1467_.. - 1*pre_1_9_7 + 1*post_1_9_7 + 658.4896095048636*relu_1_9_7_on_binary_indicator_var =l= 658.4896095048636;
e1468_.. + 1*post_1_9_7 =g= 0;
e1469_.. + 1*post_1_9_7 + 329.2448047524318*relu_1_9_7_off_binary_indicator_var =l= 329.2448047524318;
e1470_.. + 1*pre_1_9_7 + 329.2448047524318*relu_1_9_7_off_binary_indicator_var =l= 329.2448047524318;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e1473_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 330.1569282990163*relu_1_10_0_on_binary_indicator_var =g= -330.1569282990163;
e1474_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 660.3138565980325*relu_1_10_0_on_binary_indicator_var =l= 660.3138565980325;
e1475_.. + 1*post_1_10_0 =g= 0;
e1476_.. + 1*post_1_10_0 + 330.1569282990163*relu_1_10_0_off_binary_indicator_var =l= 330.1569282990163;
e1477_.. + 1*pre_1_10_0 + 330.1569282990163*relu_1_10_0_off_binary_indicator_var =l= 330.1569282990163;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e1480_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 330.1569282990163*relu_1_10_1_on_binary_indicator_var =g= -330.1569282990163;
e1481_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 660.3138565980325*relu_1_10_1_on_binary_indicator_var =l= 660.3138565980325;
e1482_.. + 1*post_1_10_1 =g= 0;
e1483_.. + 1*post_1_10_1 + 330.1569282990163*relu_1_10_1_off_binary_indicator_var =l= 330.1569282990163;
e1484_.. + 1*pre_1_10_1 + 330.1569282990163*relu_1_10_1_off_binary_indicator_var =l= 330.1569282990163;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_2_on_binary_indicator_var + 1*relu_1_10_2_off_binary_indicator_var =e= 1;
e1487_.. - 1*pre_1_10_2 + 1*post_1_10_2 - 330.1569282990163*relu_1_10_2_on_binary_indicator_var =g= -330.1569282990163;
e1488_.. - 1*pre_1_10_2 + 1*post_1_10_2 + 660.3138565980325*relu_1_10_2_on_binary_indicator_var =l= 660.3138565980325;
e1489_.. + 1*post_1_10_2 =g= 0;
e1490_.. + 1*post_1_10_2 + 330.1569282990163*relu_1_10_2_off_binary_indicator_var =l= 330.1569282990163;
e1491_.. + 1*pre_1_10_2 + 330.1569282990163*relu_1_10_2_off_binary_indicator_var =l= 330.1569282990163;
relu_1_10_3_above_pre.. + 1*pre_1_10_3 - 1*post_1_10_3 =l= 0;
relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_3_on_binary_indicator_var + 1*relu_1_10_3_off_binary_indicator_var =e= 1;
e1494_.. - 1*pre_1_10_3 + 1*post_1_10_3 - 330.1569282990163*relu_1_10_3_on_binary_indicator_var =g= -330.1569282990163;
e1495_.. - 1*pre_1_10_3 + 1*post_1_10_3 + 660.3138565980325*relu_1_10_3_on_binary_indicator_var =l= 660.3138565980325;
e1496_.. + 1*post_1_10_3 =g= 0;
e1497_.. + 1*post_1_10_3 + 330.1569282990163*relu_1_10_3_off_binary_indicator_var =l= 330.1569282990163;
e1498_.. + 1*pre_1_10_3 + 330.1569282990163*relu_1_10_3_off_binary_indicator_var =l= 330.1569282990163;
relu_1_10_4_above_pre.. + 1*pre_1_10_4 - 1*post_1_10_4 =l= 0;
relu_1_10_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_4_on_binary_indicator_var + 1*relu_1_10_4_off_binary_indicator_var =e= 1;
e1501_.. - 1*pre_1_10_4 + 1*post_1_10_4 - 330.1569282990163*relu_1_10_4_on_binary_indicator_var =g= -330.1569282990163;
e1502_.. - 1*pre_1_10_4 + 1*post_1_10_4 + 660.3138565980325*relu_1_10_4_on_binary_indicator_var =l= 660.3138565980325;
e1503_.. + 1*post_1_10_4 =g= 0;
e1504_.. + 1*post_1_10_4 + 330.1569282990163*relu_1_10_4_off_binary_indicator_var =l= 330.1569282990163;
e1505_.. + 1*pre_1_10_4 + 330.1569282990163*relu_1_10_4_off_binary_indicator_var =l= 330.1569282990163;
relu_1_10_5_above_pre.. + 1*pre_1_10_5 - 1*post_1_10_5 =l= 0;
relu_1_10_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_5_on_binary_indicator_var + 1*relu_1_10_5_off_binary_indicator_var =e= 1;
e1508_.. - 1*pre_1_10_5 + 1*post_1_10_5 - 330.1569282990163*relu_1_10_5_on_binary_indicator_var =g= -330.1569282990163;
e1509_.. - 1*pre_1_10_5 + 1*post_1_10_5 + 660.3138565980325*relu_1_10_5_on_binary_indicator_var =l= 660.3138565980325;
e1510_.. + 1*post_1_10_5 =g= 0;
e1511_.. + 1*post_1_10_5 + 330.1569282990163*relu_1_10_5_off_binary_indicator_var =l= 330.1569282990163;
e1512_.. + 1*pre_1_10_5 + 330.1569282990163*relu_1_10_5_off_binary_indicator_var =l= 330.1569282990163;
relu_1_10_6_above_pre.. + 1*pre_1_10_6 - 1*post_1_10_6 =l= 0;
relu_1_10_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_6_on_binary_indicator_var + 1*relu_1_10_6_off_binary_indicator_var =e= 1;
e1515_.. - 1*pre_1_10_6 + 1*post_1_10_6 - 330.1569282990163*relu_1_10_6_on_binary_indicator_var =g= -330.1569282990163;
e1516_.. - 1*pre_1_10_6 + 1*post_1_10_6 + 660.3138565980325*relu_1_10_6_on_binary_indicator_var =l= 660.3138565980325;
e1517_.. + 1*post_1_10_6 =g= 0;
e1518_.. + 1*post_1_10_6 + 330.1569282990163*relu_1_10_6_off_binary_indicator_var =l= 330.1569282990163;
e1519_.. + 1*pre_1_10_6 + 330.1569282990163*relu_1_10_6_off_binary_indicator_var =l= 330.1569282990163;
relu_1_10_7_above_pre.. + 1*pre_1_10_7 - 1*post_1_10_7 =l= 0;
relu_1_10_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_7_on_binary_indicator_var + 1*relu_1_10_7_off_binary_indicator_var =e= 1;
e1522_.. - 1*pre_1_10_7 + 1*post_1_10_7 - 330.1569282990163*relu_1_10_7_on_binary_indicator_var =g= -330.1569282990163;
e1523_.. - 1*pre_1_10_7 + 1*post_1_10_7 + 660.3138565980325*relu_1_10_7_on_binary_indicator_var =l= 660.3138565980325;
e1524_.. + 1*post_1_10_7 =g= 0;
e1525_.. + 1*post_1_10_7 + 330.1569282990163*relu_1_10_7_off_binary_indicator_var =l= 330.1569282990163;
e1526_.. + 1*pre_1_10_7 + 330.1569282990163*relu_1_10_7_off_binary_indicator_var =l= 330.1569282990163;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e1529_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 331.06905184560077*relu_1_11_0_on_binary_indicator_var =g= -331.06905184560077;
e1530_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 662.1381036912015*relu_1_11_0_on_binary_indicator_var =l= 662.1381036912015;
e1531_.. + 1*post_1_11_0 =g= 0;
e1532_.. + 1*post_1_11_0 + 331.06905184560077*relu_1_11_0_off_binary_indicator_var =l= 331.06905184560077;
e1533_.. + 1*pre_1_11_0 + 331.06905184560077*relu_1_11_0_off_binary_indicator_var =l= 331.06905184560077;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e1536_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 331.06905184560077*relu_1_11_1_on_binary_indicator_var =g= -331.06905184560077;
e1537_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 662.1381036912015*relu_1_11_1_on_binary_indicator_var =l= 662.1381036912015;
e1538_.. + 1*post_1_11_1 =g= 0;
e1539_.. + 1*post_1_11_1 + 331.06905184560077*relu_1_11_1_off_binary_indicator_var =l= 331.06905184560077;
e1540_.. + 1*pre_1_11_1 + 331.06905184560077*relu_1_11_1_off_binary_indicator_var =l= 331.06905184560077;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_2_on_binary_indicator_var + 1*relu_1_11_2_off_binary_indicator_var =e= 1;
e1543_.. - 1*pre_1_11_2 + 1*post_1_11_2 - 331.06905184560077*relu_1_11_2_on_binary_indicator_var =g= -331.06905184560077;
e1544_.. - 1*pre_1_11_2 + 1*post_1_11_2 + 662.1381036912015*relu_1_11_2_on_binary_indicator_var =l= 662.1381036912015;
e1545_.. + 1*post_1_11_2 =g= 0;
e1546_.. + 1*post_1_11_2 + 331.06905184560077*relu_1_11_2_off_binary_indicator_var =l= 331.06905184560077;
e1547_.. + 1*pre_1_11_2 + 331.06905184560077*relu_1_11_2_off_binary_indicator_var =l= 331.06905184560077;
relu_1_11_3_above_pre.. + 1*pre_1_11_3 - 1*post_1_11_3 =l= 0;
relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_3_on_binary_indicator_var + 1*relu_1_11_3_off_binary_indicator_var =e= 1;
e1550_.. - 1*pre_1_11_3 + 1*post_1_11_3 - 331.06905184560077*relu_1_11_3_on_binary_indicator_var =g= -331.06905184560077;
e1551_.. - 1*pre_1_11_3 + 1*post_1_11_3 + 662.1381036912015*relu_1_11_3_on_binary_indicator_var =l= 662.1381036912015;
e1552_.. + 1*post_1_11_3 =g= 0;
e1553_.. + 1*post_1_11_3 + 331.06905184560077*relu_1_11_3_off_binary_indicator_var =l= 331.06905184560077;
e1554_.. + 1*pre_1_11_3 + 331.06905184560077*relu_1_11_3_off_binary_indicator_var =l= 331.06905184560077;
relu_1_11_4_above_pre.. + 1*pre_1_11_4 - 1*post_1_11_4 =l= 0;
relu_1_11_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_4_on_binary_indicator_var + 1*relu_1_11_4_off_binary_indicator_var =e= 1;
e1557_.. - 1*pre_1_11_4 + 1*post_1_11_4 - 331.06905184560077*relu_1_11_4_on_binary_indicator_var =g= -331.06905184560077;
e1558_.. - 1*pre_1_11_4 + 1*post_1_11_4 + 662.1381036912015*relu_1_11_4_on_binary_indicator_var =l= 662.1381036912015;
e1559_.. + 1*post_1_11_4 =g= 0;
e1560_.. + 1*post_1_11_4 + 331.06905184560077*relu_1_11_4_off_binary_indicator_var =l= 331.06905184560077;
e1561_.. + 1*pre_1_11_4 + 331.06905184560077*relu_1_11_4_off_binary_indicator_var =l= 331.06905184560077;
relu_1_11_5_above_pre.. + 1*pre_1_11_5 - 1*post_1_11_5 =l= 0;
relu_1_11_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_5_on_binary_indicator_var + 1*relu_1_11_5_off_binary_indicator_var =e= 1;
e1564_.. - 1*pre_1_11_5 + 1*post_1_11_5 - 331.06905184560077*relu_1_11_5_on_binary_indicator_var =g= -331.06905184560077;
e1565_.. - 1*pre_1_11_5 + 1*post_1_11_5 + 662.1381036912015*relu_1_11_5_on_binary_indicator_var =l= 662.1381036912015;
e1566_.. + 1*post_1_11_5 =g= 0;
e1567_.. + 1*post_1_11_5 + 331.06905184560077*relu_1_11_5_off_binary_indicator_var =l= 331.06905184560077;
e1568_.. + 1*pre_1_11_5 + 331.06905184560077*relu_1_11_5_off_binary_indicator_var =l= 331.06905184560077;
relu_1_11_6_above_pre.. + 1*pre_1_11_6 - 1*post_1_11_6 =l= 0;
relu_1_11_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_6_on_binary_indicator_var + 1*relu_1_11_6_off_binary_indicator_var =e= 1;
e1571_.. - 1*pre_1_11_6 + 1*post_1_11_6 - 331.06905184560077*relu_1_11_6_on_binary_indicator_var =g= -331.06905184560077;
e1572_.. - 1*pre_1_11_6 + 1*post_1_11_6 + 662.1381036912015*relu_1_11_6_on_binary_indicator_var =l= 662.1381036912015;
e1573_.. + 1*post_1_11_6 =g= 0;
e1574_.. + 1*post_1_11_6 + 331.06905184560077*relu_1_11_6_off_binary_indicator_var =l= 331.06905184560077;
e1575_.. + 1*pre_1_11_6 + 331.06905184560077*relu_1_11_6_off_binary_indicator_var =l= 331.06905184560077;
relu_1_11_7_above_pre.. + 1*pre_1_11_7 - 1*post_1_11_7 =l= 0;
relu_1_11_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_7_on_binary_indicator_var + 1*relu_1_11_7_off_binary_indicator_var =e= 1;
e1578_.. - 1*pre_1_11_7 + 1*post_1_11_7 - 331.06905184560077*relu_1_11_7_on_binary_indicator_var =g= -331.06905184560077;
e1579_.. - 1*pre_1_11_7 + 1*post_1_11_7 + 662.1381036912015*relu_1_11_7_on_binary_indicator_var =l= 662.1381036912015;
e1580_.. + 1*post_1_11_7 =g= 0;
e1581_.. + 1*post_1_11_7 + 331.06905184560077*relu_1_11_7_off_binary_indicator_var =l= 331.06905184560077;
e1582_.. + 1*pre_1_11_7 + 331.06905184560077*relu_1_11_7_off_binary_indicator_var =l= 331.06905184560077;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e1585_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 325.7166321496903*relu_1_12_0_on_binary_indicator_var =g= -325.7166321496903;
e1586_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 651.4332642993807*relu_1_12_0_on_binary_indicator_var =l= 651.4332642993807;
e1587_.. + 1*post_1_12_0 =g= 0;
e1588_.. + 1*post_1_12_0 + 325.7166321496903*relu_1_12_0_off_binary_indicator_var =l= 325.7166321496903;
e1589_.. + 1*pre_1_12_0 + 325.7166321496903*relu_1_12_0_off_binary_indicator_var =l= 325.7166321496903;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e1592_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 325.7166321496903*relu_1_12_1_on_binary_indicator_var =g= -325.7166321496903;
e1593_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 651.4332642993807*relu_1_12_1_on_binary_indicator_var =l= 651.4332642993807;
e1594_.. + 1*post_1_12_1 =g= 0;
e1595_.. + 1*post_1_12_1 + 325.7166321496903*relu_1_12_1_off_binary_indicator_var =l= 325.7166321496903;
e1596_.. + 1*pre_1_12_1 + 325.7166321496903*relu_1_12_1_off_binary_indicator_var =l= 325.7166321496903;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_2_on_binary_indicator_var + 1*relu_1_12_2_off_binary_indicator_var =e= 1;
e1599_.. - 1*pre_1_12_2 + 1*post_1_12_2 - 325.7166321496903*relu_1_12_2_on_binary_indicator_var =g= -325.7166321496903;
e1600_.. - 1*pre_1_12_2 + 1*post_1_12_2 + 651.4332642993807*relu_1_12_2_on_binary_indicator_var =l= 651.4332642993807;
e1601_.. + 1*post_1_12_2 =g= 0;
e1602_.. + 1*post_1_12_2 + 325.7166321496903*relu_1_12_2_off_binary_indicator_var =l= 325.7166321496903;
e1603_.. + 1*pre_1_12_2 + 325.7166321496903*relu_1_12_2_off_binary_indicator_var =l= 325.7166321496903;
relu_1_12_3_above_pre.. + 1*pre_1_12_3 - 1*post_1_12_3 =l= 0;
relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_3_on_binary_indicator_var + 1*relu_1_12_3_off_binary_indicator_var =e= 1;
e1606_.. - 1*pre_1_12_3 + 1*post_1_12_3 - 325.7166321496903*relu_1_12_3_on_binary_indicator_var =g= -325.7166321496903;
e1607_.. - 1*pre_1_12_3 + 1*post_1_12_3 + 651.4332642993807*relu_1_12_3_on_binary_indicator_var =l= 651.4332642993807;
e1608_.. + 1*post_1_12_3 =g= 0;
e1609_.. + 1*post_1_12_3 + 325.7166321496903*relu_1_12_3_off_binary_indicator_var =l= 325.7166321496903;
e1610_.. + 1*pre_1_12_3 + 325.7166321496903*relu_1_12_3_off_binary_indicator_var =l= 325.7166321496903;
relu_1_12_4_above_pre.. + 1*pre_1_12_4 - 1*post_1_12_4 =l= 0;
relu_1_12_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_4_on_binary_indicator_var + 1*relu_1_12_4_off_binary_indicator_var =e= 1;
e1613_.. - 1*pre_1_12_4 + 1*post_1_12_4 - 325.7166321496903*relu_1_12_4_on_binary_indicator_var =g= -325.7166321496903;
e1614_.. - 1*pre_1_12_4 + 1*post_1_12_4 + 651.4332642993807*relu_1_12_4_on_binary_indicator_var =l= 651.4332642993807;
e1615_.. + 1*post_1_12_4 =g= 0;
e1616_.. + 1*post_1_12_4 + 325.7166321496903*relu_1_12_4_off_binary_indicator_var =l= 325.7166321496903;
e1617_.. + 1*pre_1_12_4 + 325.7166321496903*relu_1_12_4_off_binary_indicator_var =l= 325.7166321496903;
relu_1_12_5_above_pre.. + 1*pre_1_12_5 - 1*post_1_12_5 =l= 0;
relu_1_12_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_5_on_binary_indicator_var + 1*relu_1_12_5_off_binary_indicator_var =e= 1;
e1620_.. - 1*pre_1_12_5 + 1*post_1_12_5 - 325.7166321496903*relu_1_12_5_on_binary_indicator_var =g= -325.7166321496903;
e1621_.. - 1*pre_1_12_5 + 1*post_1_12_5 + 651.4332642993807*relu_1_12_5_on_binary_indicator_var =l= 651.4332642993807;
e1622_.. + 1*post_1_12_5 =g= 0;
e1623_.. + 1*post_1_12_5 + 325.7166321496903*relu_1_12_5_off_binary_indicator_var =l= 325.7166321496903;
e1624_.. + 1*pre_1_12_5 + 325.7166321496903*relu_1_12_5_off_binary_indicator_var =l= 325.7166321496903;
relu_1_12_6_above_pre.. + 1*pre_1_12_6 - 1*post_1_12_6 =l= 0;
relu_1_12_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_6_on_binary_indicator_var + 1*relu_1_12_6_off_binary_indicator_var =e= 1;
e1627_.. - 1*pre_1_12_6 + 1*post_1_12_6 - 325.7166321496903*relu_1_12_6_on_binary_indicator_var =g= -325.7166321496903;
e1628_.. - 1*pre_1_12_6 + 1*post_1_12_6 + 651.4332642993807*relu_1_12_6_on_binary_indicator_var =l= 651.4332642993807;
e1629_.. + 1*post_1_12_6 =g= 0;
e1630_.. + 1*post_1_12_6 + 325.7166321496903*relu_1_12_6_off_binary_indicator_var =l= 325.7166321496903;
e1631_.. + 1*pre_1_12_6 + 325.7166321496903*relu_1_12_6_off_binary_indicator_var =l= 325.7166321496903;
relu_1_12_7_above_pre.. + 1*pre_1_12_7 - 1*post_1_12_7 =l= 0;
relu_1_12_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_7_on_binary_indicator_var + 1*relu_1_12_7_off_binary_indicator_var =e= 1;
e1634_.. - 1*pre_1_12_7 + 1*post_1_12_7 - 325.7166321496903*relu_1_12_7_on_binary_indicator_var =g= -325.7166321496903;
e1635_.. - 1*pre_1_12_7 + 1*post_1_12_7 + 651.4332642993807*relu_1_12_7_on_binary_indicator_var =l= 651.4332642993807;
e1636_.. + 1*post_1_12_7 =g= 0;
e1637_.. + 1*post_1_12_7 + 325.7166321496903*relu_1_12_7_off_binary_indicator_var =l= 325.7166321496903;
e1638_.. + 1*pre_1_12_7 + 325.7166321496903*relu_1_12_7_off_binary_indicator_var =l= 325.7166321496903;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e1641_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 326.6287556962748*relu_1_13_0_on_binary_indicator_var =g= -326.6287556962748;
e1642_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 653.2575113925496*relu_1_13_0_on_binary_indicator_var =l= 653.2575113925496;
e1643_.. + 1*post_1_13_0 =g= 0;
e1644_.. + 1*post_1_13_0 + 326.6287556962748*relu_1_13_0_off_binary_indicator_var =l= 326.6287556962748;
e1645_.. + 1*pre_1_13_0 + 326.6287556962748*relu_1_13_0_off_binary_indicator_var =l= 326.6287556962748;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e1648_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 326.6287556962748*relu_1_13_1_on_binary_indicator_var =g= -326.6287556962748;
e1649_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 653.2575113925496*relu_1_13_1_on_binary_indicator_var =l= 653.2575113925496;
e1650_.. + 1*post_1_13_1 =g= 0;
e1651_.. + 1*post_1_13_1 + 326.6287556962748*relu_1_13_1_off_binary_indicator_var =l= 326.6287556962748;
e1652_.. + 1*pre_1_13_1 + 326.6287556962748*relu_1_13_1_off_binary_indicator_var =l= 326.6287556962748;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_2_on_binary_indicator_var + 1*relu_1_13_2_off_binary_indicator_var =e= 1;
e1655_.. - 1*pre_1_13_2 + 1*post_1_13_2 - 326.6287556962748*relu_1_13_2_on_binary_indicator_var =g= -326.6287556962748;
e1656_.. - 1*pre_1_13_2 + 1*post_1_13_2 + 653.2575113925496*relu_1_13_2_on_binary_indicator_var =l= 653.2575113925496;
e1657_.. + 1*post_1_13_2 =g= 0;
e1658_.. + 1*post_1_13_2 + 326.6287556962748*relu_1_13_2_off_binary_indicator_var =l= 326.6287556962748;
e1659_.. + 1*pre_1_13_2 + 326.6287556962748*relu_1_13_2_off_binary_indicator_var =l= 326.6287556962748;
relu_1_13_3_above_pre.. + 1*pre_1_13_3 - 1*post_1_13_3 =l= 0;
relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_3_on_binary_indicator_var + 1*relu_1_13_3_off_binary_indicator_var =e= 1;
e1662_.. - 1*pre_1_13_3 + 1*post_1_13_3 - 326.6287556962748*relu_1_13_3_on_binary_indicator_var =g= -326.6287556962748;
e1663_.. - 1*pre_1_13_3 + 1*post_1_13_3 + 653.2575113925496*relu_1_13_3_on_binary_indicator_var =l= 653.2575113925496;
e1664_.. + 1*post_1_13_3 =g= 0;
e1665_.. + 1*post_1_13_3 + 326.6287556962748*relu_1_13_3_off_binary_indicator_var =l= 326.6287556962748;
e1666_.. + 1*pre_1_13_3 + 326.6287556962748*relu_1_13_3_off_binary_indicator_var =l= 326.6287556962748;
relu_1_13_4_above_pre.. + 1*pre_1_13_4 - 1*post_1_13_4 =l= 0;
relu_1_13_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_4_on_binary_indicator_var + 1*relu_1_13_4_off_binary_indicator_var =e= 1;
e1669_.. - 1*pre_1_13_4 + 1*post_1_13_4 - 326.6287556962748*relu_1_13_4_on_binary_indicator_var =g= -326.6287556962748;
e1670_.. - 1*pre_1_13_4 + 1*post_1_13_4 + 653.2575113925496*relu_1_13_4_on_binary_indicator_var =l= 653.2575113925496;
e1671_.. + 1*post_1_13_4 =g= 0;
e1672_.. + 1*post_1_13_4 + 326.6287556962748*relu_1_13_4_off_binary_indicator_var =l= 326.6287556962748;
e1673_.. + 1*pre_1_13_4 + 326.6287556962748*relu_1_13_4_off_binary_indicator_var =l= 326.6287556962748;
relu_1_13_5_above_pre.. + 1*pre_1_13_5 - 1*post_1_13_5 =l= 0;
relu_1_13_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_5_on_binary_indicator_var + 1*relu_1_13_5_off_binary_indicator_var =e= 1;
e1676_.. - 1*pre_1_13_5 + 1*post_1_13_5 - 326.6287556962748*relu_1_13_5_on_binary_indicator_var =g= -326.6287556962748;
e1677_.. - 1*pre_1_13_5 + 1*post_1_13_5 + 653.2575113925496*relu_1_13_5_on_binary_indicator_var =l= 653.2575113925496;
e1678_.. + 1*post_1_13_5 =g= 0;
e1679_.. + 1*post_1_13_5 + 326.6287556962748*relu_1_13_5_off_binary_indicator_var =l= 326.6287556962748;
e1680_.. + 1*pre_1_13_5 + 326.6287556962748*relu_1_13_5_off_binary_indicator_var =l= 326.6287556962748;
relu_1_13_6_above_pre.. + 1*pre_1_13_6 - 1*post_1_13_6 =l= 0;
relu_1_13_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_6_on_binary_indicator_var + 1*relu_1_13_6_off_binary_indicator_var =e= 1;
e1683_.. - 1*pre_1_13_6 + 1*post_1_13_6 - 326.6287556962748*relu_1_13_6_on_binary_indicator_var =g= -326.6287556962748;
e1684_.. - 1*pre_1_13_6 + 1*post_1_13_6 + 653.2575113925496*relu_1_13_6_on_binary_indicator_var =l= 653.2575113925496;
e1685_.. + 1*post_1_13_6 =g= 0;
e1686_.. + 1*post_1_13_6 + 326.6287556962748*relu_1_13_6_off_binary_indicator_var =l= 326.6287556962748;
e1687_.. + 1*pre_1_13_6 + 326.6287556962748*relu_1_13_6_off_binary_indicator_var =l= 326.6287556962748;
relu_1_13_7_above_pre.. + 1*pre_1_13_7 - 1*post_1_13_7 =l= 0;
relu_1_13_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_7_on_binary_indicator_var + 1*relu_1_13_7_off_binary_indicator_var =e= 1;
e1690_.. - 1*pre_1_13_7 + 1*post_1_13_7 - 326.6287556962748*relu_1_13_7_on_binary_indicator_var =g= -326.6287556962748;
e1691_.. - 1*pre_1_13_7 + 1*post_1_13_7 + 653.2575113925496*relu_1_13_7_on_binary_indicator_var =l= 653.2575113925496;
e1692_.. + 1*post_1_13_7 =g= 0;
e1693_.. + 1*post_1_13_7 + 326.6287556962748*relu_1_13_7_off_binary_indicator_var =l= 326.6287556962748;
e1694_.. + 1*pre_1_13_7 + 326.6287556962748*relu_1_13_7_off_binary_indicator_var =l= 326.6287556962748;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e1697_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 327.5408792428593*relu_1_14_0_on_binary_indicator_var =g= -327.5408792428593;
e1698_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 655.0817584857186*relu_1_14_0_on_binary_indicator_var =l= 655.0817584857186;
e1699_.. + 1*post_1_14_0 =g= 0;
e1700_.. + 1*post_1_14_0 + 327.5408792428593*relu_1_14_0_off_binary_indicator_var =l= 327.5408792428593;
e1701_.. + 1*pre_1_14_0 + 327.5408792428593*relu_1_14_0_off_binary_indicator_var =l= 327.5408792428593;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e1704_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 327.5408792428593*relu_1_14_1_on_binary_indicator_var =g= -327.5408792428593;
e1705_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 655.0817584857186*relu_1_14_1_on_binary_indicator_var =l= 655.0817584857186;
e1706_.. + 1*post_1_14_1 =g= 0;
e1707_.. + 1*post_1_14_1 + 327.5408792428593*relu_1_14_1_off_binary_indicator_var =l= 327.5408792428593;
e1708_.. + 1*pre_1_14_1 + 327.5408792428593*relu_1_14_1_off_binary_indicator_var =l= 327.5408792428593;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_2_on_binary_indicator_var + 1*relu_1_14_2_off_binary_indicator_var =e= 1;
e1711_.. - 1*pre_1_14_2 + 1*post_1_14_2 - 327.5408792428593*relu_1_14_2_on_binary_indicator_var =g= -327.5408792428593;
e1712_.. - 1*pre_1_14_2 + 1*post_1_14_2 + 655.0817584857186*relu_1_14_2_on_binary_indicator_var =l= 655.0817584857186;
e1713_.. + 1*post_1_14_2 =g= 0;
e1714_.. + 1*post_1_14_2 + 327.5408792428593*relu_1_14_2_off_binary_indicator_var =l= 327.5408792428593;
e1715_.. + 1*pre_1_14_2 + 327.5408792428593*relu_1_14_2_off_binary_indicator_var =l= 327.5408792428593;
relu_1_14_3_above_pre.. + 1*pre_1_14_3 - 1*post_1_14_3 =l= 0;
relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_3_on_binary_indicator_var + 1*relu_1_14_3_off_binary_indicator_var =e= 1;
e1718_.. - 1*pre_1_14_3 + 1*post_1_14_3 - 327.5408792428593*relu_1_14_3_on_binary_indicator_var =g= -327.5408792428593;
e1719_.. - 1*pre_1_14_3 + 1*post_1_14_3 + 655.0817584857186*relu_1_14_3_on_binary_indicator_var =l= 655.0817584857186;
e1720_.. + 1*post_1_14_3 =g= 0;
e1721_.. + 1*post_1_14_3 + 327.5408792428593*relu_1_14_3_off_binary_indicator_var =l= 327.5408792428593;
e1722_.. + 1*pre_1_14_3 + 327.5408792428593*relu_1_14_3_off_binary_indicator_var =l= 327.5408792428593;
relu_1_14_4_above_pre.. + 1*pre_1_14_4 - 1*post_1_14_4 =l= 0;
relu_1_14_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_4_on_binary_indicator_var + 1*relu_1_14_4_off_binary_indicator_var =e= 1;
e1725_.. - 1*pre_1_14_4 + 1*post_1_14_4 - 327.5408792428593*relu_1_14_4_on_binary_indicator_var =g= -327.5408792428593;
e1726_.. - 1*pre_1_14_4 + 1*post_1_14_4 + 655.0817584857186*relu_1_14_4_on_binary_indicator_var =l= 655.0817584857186;
e1727_.. + 1*post_1_14_4 =g= 0;
e1728_.. + 1*post_1_14_4 + 327.5408792428593*relu_1_14_4_off_binary_indicator_var =l= 327.5408792428593;
e1729_.. + 1*pre_1_14_4 + 327.5408792428593*relu_1_14_4_off_binary_indicator_var =l= 327.5408792428593;
relu_1_14_5_above_pre.. + 1*pre_1_14_5 - 1*post_1_14_5 =l= 0;
relu_1_14_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_5_on_binary_indicator_var + 1*relu_1_14_5_off_binary_indicator_var =e= 1;
e1732_.. - 1*pre_1_14_5 + 1*post_1_14_5 - 327.5408792428593*relu_1_14_5_on_binary_indicator_var =g= -327.5408792428593;
e1733_.. - 1*pre_1_14_5 + 1*post_1_14_5 + 655.0817584857186*relu_1_14_5_on_binary_indicator_var =l= 655.0817584857186;
e1734_.. + 1*post_1_14_5 =g= 0;
e1735_.. + 1*post_1_14_5 + 327.5408792428593*relu_1_14_5_off_binary_indicator_var =l= 327.5408792428593;
e1736_.. + 1*pre_1_14_5 + 327.5408792428593*relu_1_14_5_off_binary_indicator_var =l= 327.5408792428593;
relu_1_14_6_above_pre.. + 1*pre_1_14_6 - 1*post_1_14_6 =l= 0;
relu_1_14_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_6_on_binary_indicator_var + 1*relu_1_14_6_off_binary_indicator_var =e= 1;
e1739_.. - 1*pre_1_14_6 + 1*post_1_14_6 - 327.5408792428593*relu_1_14_6_on_binary_indicator_var =g= -327.5408792428593;
e1740_.. - 1*pre_1_14_6 + 1*post_1_14_6 + 655.0817584857186*relu_1_14_6_on_binary_indicator_var =l= 655.0817584857186;
e1741_.. + 1*post_1_14_6 =g= 0;
e1742_.. + 1*post_1_14_6 + 327.5408792428593*relu_1_14_6_off_binary_indicator_var =l= 327.5408792428593;
e1743_.. + 1*pre_1_14_6 + 327.5408792428593*relu_1_14_6_off_binary_indicator_var =l= 327.5408792428593;
relu_1_14_7_above_pre.. + 1*pre_1_14_7 - 1*post_1_14_7 =l= 0;
relu_1_14_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_7_on_binary_indicator_var + 1*relu_1_14_7_off_binary_indicator_var =e= 1;
e1746_.. - 1*pre_1_14_7 + 1*post_1_14_7 - 327.5408792428593*relu_1_14_7_on_binary_indicator_var =g= -327.5408792428593;
e1747_.. - 1*pre_1_14_7 + 1*post_1_14_7 + 655.0817584857186*relu_1_14_7_on_binary_indicator_var =l= 655.0817584857186;
e1748_.. + 1*post_1_14_7 =g= 0;
e1749_.. + 1*post_1_14_7 + 327.5408792428593*relu_1_14_7_off_binary_indicator_var =l= 327.5408792428593;
e1750_.. + 1*pre_1_14_7 + 327.5408792428593*relu_1_14_7_off_binary_indicator_var =l= 327.5408792428593;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e1753_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 322.1884595469489*relu_1_15_0_on_binary_indicator_var =g= -322.1884595469489;
e1754_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 644.3769190938978*relu_1_15_0_on_binary_indicator_var =l= 644.3769190938978;
e1755_.. + 1*post_1_15_0 =g= 0;
e1756_.. + 1*post_1_15_0 + 322.1884595469489*relu_1_15_0_off_binary_indicator_var =l= 322.1884595469489;
e1757_.. + 1*pre_1_15_0 + 322.1884595469489*relu_1_15_0_off_binary_indicator_var =l= 322.1884595469489;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e1760_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 322.1884595469489*relu_1_15_1_on_binary_indicator_var =g= -322.1884595469489;
e1761_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 644.3769190938978*relu_1_15_1_on_binary_indicator_var =l= 644.3769190938978;
e1762_.. + 1*post_1_15_1 =g= 0;
e1763_.. + 1*post_1_15_1 + 322.1884595469489*relu_1_15_1_off_binary_indicator_var =l= 322.1884595469489;
e1764_.. + 1*pre_1_15_1 + 322.1884595469489*relu_1_15_1_off_binary_indicator_var =l= 322.1884595469489;
relu_1_15_2_above_pre.. + 1*pre_1_15_2 - 1*post_1_15_2 =l= 0;
relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_2_on_binary_indicator_var + 1*relu_1_15_2_off_binary_indicator_var =e= 1;
e1767_.. - 1*pre_1_15_2 + 1*post_1_15_2 - 322.1884595469489*relu_1_15_2_on_binary_indicator_var =g= -322.1884595469489;
e1768_.. - 1*pre_1_15_2 + 1*post_1_15_2 + 644.3769190938978*relu_1_15_2_on_binary_indicator_var =l= 644.3769190938978;
e1769_.. + 1*post_1_15_2 =g= 0;
e1770_.. + 1*post_1_15_2 + 322.1884595469489*relu_1_15_2_off_binary_indicator_var =l= 322.1884595469489;
e1771_.. + 1*pre_1_15_2 + 322.1884595469489*relu_1_15_2_off_binary_indicator_var =l= 322.1884595469489;
relu_1_15_3_above_pre.. + 1*pre_1_15_3 - 1*post_1_15_3 =l= 0;
relu_1_15_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_3_on_binary_indicator_var + 1*relu_1_15_3_off_binary_indicator_var =e= 1;
e1774_.. - 1*pre_1_15_3 + 1*post_1_15_3 - 322.1884595469489*relu_1_15_3_on_binary_indicator_var =g= -322.1884595469489;
e1775_.. - 1*pre_1_15_3 + 1*post_1_15_3 + 644.3769190938978*relu_1_15_3_on_binary_indicator_var =l= 644.3769190938978;
e1776_.. + 1*post_1_15_3 =g= 0;
e1777_.. + 1*post_1_15_3 + 322.1884595469489*relu_1_15_3_off_binary_indicator_var =l= 322.1884595469489;
e1778_.. + 1*pre_1_15_3 + 322.1884595469489*relu_1_15_3_off_binary_indicator_var =l= 322.1884595469489;
relu_1_15_4_above_pre.. + 1*pre_1_15_4 - 1*post_1_15_4 =l= 0;
relu_1_15_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_4_on_binary_indicator_var + 1*relu_1_15_4_off_binary_indicator_var =e= 1;
e1781_.. - 1*pre_1_15_4 + 1*post_1_15_4 - 322.1884595469489*relu_1_15_4_on_binary_indicator_var =g= -322.1884595469489;
e1782_.. - 1*pre_1_15_4 + 1*post_1_15_4 + 644.3769190938978*relu_1_15_4_on_binary_indicator_var =l= 644.3769190938978;
e1783_.. + 1*post_1_15_4 =g= 0;
e1784_.. + 1*post_1_15_4 + 322.1884595469489*relu_1_15_4_off_binary_indicator_var =l= 322.1884595469489;
e1785_.. + 1*pre_1_15_4 + 322.1884595469489*relu_1_15_4_off_binary_indicator_var =l= 322.1884595469489;
relu_1_15_5_above_pre.. + 1*pre_1_15_5 - 1*post_1_15_5 =l= 0;
relu_1_15_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_5_on_binary_indicator_var + 1*relu_1_15_5_off_binary_indicator_var =e= 1;
e1788_.. - 1*pre_1_15_5 + 1*post_1_15_5 - 322.1884595469489*relu_1_15_5_on_binary_indicator_var =g= -322.1884595469489;
e1789_.. - 1*pre_1_15_5 + 1*post_1_15_5 + 644.3769190938978*relu_1_15_5_on_binary_indicator_var =l= 644.3769190938978;
e1790_.. + 1*post_1_15_5 =g= 0;
e1791_.. + 1*post_1_15_5 + 322.1884595469489*relu_1_15_5_off_binary_indicator_var =l= 322.1884595469489;
e1792_.. + 1*pre_1_15_5 + 322.1884595469489*relu_1_15_5_off_binary_indicator_var =l= 322.1884595469489;
relu_1_15_6_above_pre.. + 1*pre_1_15_6 - 1*post_1_15_6 =l= 0;
relu_1_15_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_6_on_binary_indicator_var + 1*relu_1_15_6_off_binary_indicator_var =e= 1;
e1795_.. - 1*pre_1_15_6 + 1*post_1_15_6 - 322.1884595469489*relu_1_15_6_on_binary_indicator_var =g= -322.1884595469489;
e1796_.. - 1*pre_1_15_6 + 1*post_1_15_6 + 644.3769190938978*relu_1_15_6_on_binary_indicator_var =l= 644.3769190938978;
e1797_.. + 1*post_1_15_6 =g= 0;
e1798_.. + 1*post_1_15_6 + 322.1884595469489*relu_1_15_6_off_binary_indicator_var =l= 322.1884595469489;
e1799_.. + 1*pre_1_15_6 + 322.1884595469489*relu_1_15_6_off_binary_indicator_var =l= 322.1884595469489;
relu_1_15_7_above_pre.. + 1*pre_1_15_7 - 1*post_1_15_7 =l= 0;
relu_1_15_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_7_on_binary_indicator_var + 1*relu_1_15_7_off_binary_indicator_var =e= 1;
e1802_.. - 1*pre_1_15_7 + 1*post_1_15_7 - 322.1884595469489*relu_1_15_7_on_binary_indicator_var =g= -322.1884595469489;
e1803_.. - 1*pre_1_15_7 + 1*post_1_15_7 + 644.3769190938978*relu_1_15_7_on_binary_indicator_var =l= 644.3769190938978;
e1804_.. + 1*post_1_15_7 =g= 0;
e1805_.. + 1*post_1_15_7 + 322.1884595469489*relu_1_15_7_off_binary_indicator_var =l= 322.1884595469489;
e1806_.. + 1*pre_1_15_7 + 322.1884595469489*relu_1_15_7_off_binary_indicator_var =l= 322.1884595469489;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_0_on_binary_indicator_var + 1*relu_1_16_0_off_binary_indicator_var =e= 1;
e1809_.. - 1*pre_1_16_0 + 1*post_1_16_0 - 323.1005830935333*relu_1_16_0_on_binary_indicator_var =g= -323.1005830935333;
e1810_.. - 1*pre_1_16_0 + 1*post_1_16_0 + 646.2011661870666*relu_1_16_0_on_binary_indicator_var =l= 646.2011661870666;
e1811_.. + 1*post_1_16_0 =g= 0;
e1812_.. + 1*post_1_16_0 + 323.1005830935333*relu_1_16_0_off_binary_indicator_var =l= 323.1005830935333;
e1813_.. + 1*pre_1_16_0 + 323.1005830935333*relu_1_16_0_off_binary_indicator_var =l= 323.1005830935333;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_1_on_binary_indicator_var + 1*relu_1_16_1_off_binary_indicator_var =e= 1;
e1816_.. - 1*pre_1_16_1 + 1*post_1_16_1 - 323.1005830935333*relu_1_16_1_on_binary_indicator_var =g= -323.1005830935333;
e1817_.. - 1*pre_1_16_1 + 1*post_1_16_1 + 646.2011661870666*relu_1_16_1_on_binary_indicator_var =l= 646.2011661870666;
e1818_.. + 1*post_1_16_1 =g= 0;
e1819_.. + 1*post_1_16_1 + 323.1005830935333*relu_1_16_1_off_binary_indicator_var =l= 323.1005830935333;
e1820_.. + 1*pre_1_16_1 + 323.1005830935333*relu_1_16_1_off_binary_indicator_var =l= 323.1005830935333;
relu_1_16_2_above_pre.. + 1*pre_1_16_2 - 1*post_1_16_2 =l= 0;
relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_2_on_binary_indicator_var + 1*relu_1_16_2_off_binary_indicator_var =e= 1;
e1823_.. - 1*pre_1_16_2 + 1*post_1_16_2 - 323.1005830935333*relu_1_16_2_on_binary_indicator_var =g= -323.1005830935333;
e1824_.. - 1*pre_1_16_2 + 1*post_1_16_2 + 646.2011661870666*relu_1_16_2_on_binary_indicator_var =l= 646.2011661870666;
e1825_.. + 1*post_1_16_2 =g= 0;
e1826_.. + 1*post_1_16_2 + 323.1005830935333*relu_1_16_2_off_binary_indicator_var =l= 323.1005830935333;
e1827_.. + 1*pre_1_16_2 + 323.1005830935333*relu_1_16_2_off_binary_indicator_var =l= 323.1005830935333;
relu_1_16_3_above_pre.. + 1*pre_1_16_3 - 1*post_1_16_3 =l= 0;
relu_1_16_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_3_on_binary_indicator_var + 1*relu_1_16_3_off_binary_indicator_var =e= 1;
e1830_.. - 1*pre_1_16_3 + 1*post_1_16_3 - 323.1005830935333*relu_1_16_3_on_binary_indicator_var =g= -323.1005830935333;
e1831_.. - 1*pre_1_16_3 + 1*post_1_16_3 + 646.2011661870666*relu_1_16_3_on_binary_indicator_var =l= 646.2011661870666;
e1832_.. + 1*post_1_16_3 =g= 0;
e1833_.. + 1*post_1_16_3 + 323.1005830935333*relu_1_16_3_off_binary_indicator_var =l= 323.1005830935333;
e1834_.. + 1*pre_1_16_3 + 323.1005830935333*relu_1_16_3_off_binary_indicator_var =l= 323.1005830935333;
relu_1_16_4_above_pre.. + 1*pre_1_16_4 - 1*post_1_16_4 =l= 0;
relu_1_16_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_4_on_binary_indicator_var + 1*relu_1_16_4_off_binary_indicator_var =e= 1;
e1837_.. - 1*pre_1_16_4 + 1*post_1_16_4 - 323.1005830935333*relu_1_16_4_on_binary_indicator_var =g= -323.1005830935333;
e1838_.. - 1*pre_1_16_4 + 1*post_1_16_4 + 646.2011661870666*relu_1_16_4_on_binary_indicator_var =l= 646.2011661870666;
e1839_.. + 1*post_1_16_4 =g= 0;
e1840_.. + 1*post_1_16_4 + 323.1005830935333*relu_1_16_4_off_binary_indicator_var =l= 323.1005830935333;
e1841_.. + 1*pre_1_16_4 + 323.1005830935333*relu_1_16_4_off_binary_indicator_var =l= 323.1005830935333;
relu_1_16_5_above_pre.. + 1*pre_1_16_5 - 1*post_1_16_5 =l= 0;
relu_1_16_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_5_on_binary_indicator_var + 1*relu_1_16_5_off_binary_indicator_var =e= 1;
e1844_.. - 1*pre_1_16_5 + 1*post_1_16_5 - 323.1005830935333*relu_1_16_5_on_binary_indicator_var =g= -323.1005830935333;
e1845_.. - 1*pre_1_16_5 + 1*post_1_16_5 + 646.2011661870666*relu_1_16_5_on_binary_indicator_var =l= 646.2011661870666;
e1846_.. + 1*post_1_16_5 =g= 0;
e1847_.. + 1*post_1_16_5 + 323.1005830935333*relu_1_16_5_off_binary_indicator_var =l= 323.1005830935333;
e1848_.. + 1*pre_1_16_5 + 323.1005830935333*relu_1_16_5_off_binary_indicator_var =l= 323.1005830935333;
relu_1_16_6_above_pre.. + 1*pre_1_16_6 - 1*post_1_16_6 =l= 0;
relu_1_16_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_6_on_binary_indicator_var + 1*relu_1_16_6_off_binary_indicator_var =e= 1;
e1851_.. - 1*pre_1_16_6 + 1*post_1_16_6 - 323.1005830935333*relu_1_16_6_on_binary_indicator_var =g= -323.1005830935333;
e1852_.. - 1*pre_1_16_6 + 1*post_1_16_6 + 646.2011661870666*relu_1_16_6_on_binary_indicator_var =l= 646.2011661870666;
e1853_.. + 1*post_1_16_6 =g= 0;
e1854_.. + 1*post_1_16_6 + 323.1005830935333*relu_1_16_6_off_binary_indicator_var =l= 323.1005830935333;
e1855_.. + 1*pre_1_16_6 + 323.1005830935333*relu_1_16_6_off_binary_indicator_var =l= 323.1005830935333;
relu_1_16_7_above_pre.. + 1*pre_1_16_7 - 1*post_1_16_7 =l= 0;
relu_1_16_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_7_on_binary_indicator_var + 1*relu_1_16_7_off_binary_indicator_var =e= 1;
e1858_.. - 1*pre_1_16_7 + 1*post_1_16_7 - 323.1005830935333*relu_1_16_7_on_binary_indicator_var =g= -323.1005830935333;
e1859_.. - 1*pre_1_16_7 + 1*post_1_16_7 + 646.2011661870666*relu_1_16_7_on_binary_indicator_var =l= 646.2011661870666;
e1860_.. + 1*post_1_16_7 =g= 0;
e1861_.. + 1*post_1_16_7 + 323.1005830935333*relu_1_16_7_off_binary_indicator_var =l= 323.1005830935333;
e1862_.. + 1*pre_1_16_7 + 323.1005830935333*relu_1_16_7_off_binary_indicator_var =l= 323.1005830935333;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_0_on_binary_indicator_var + 1*relu_1_17_0_off_binary_indicator_var =e= 1;
e1865_.. - 1*pre_1_17_0 + 1*post_1_17_0 - 324.01270664011787*relu_1_17_0_on_binary_indicator_var =g= -324.01270664011787;
e1866_.. - 1*pre_1_17_0 + 1*post_1_17_0 + 648.0254132802357*relu_1_17_0_on_binary_indicator_var =l= 648.0254132802357;
e1867_.. + 1*post_1_17_0 =g= 0;
e1868_.. + 1*post_1_17_0 + 324.01270664011787*relu_1_17_0_off_binary_indicator_var =l= 324.01270664011787;
e1869_.. + 1*pre_1_17_0 + 324.01270664011787*relu_1_17_0_off_binary_indicator_var =l= 324.01270664011787;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_1_on_binary_indicator_var + 1*relu_1_17_1_off_binary_indicator_var =e= 1;
e1872_.. - 1*pre_1_17_1 + 1*post_1_17_1 - 324.01270664011787*relu_1_17_1_on_binary_indicator_var =g= -324.01270664011787;
e1873_.. - 1*pre_1_17_1 + 1*post_1_17_1 + 648.0254132802357*relu_1_17_1_on_binary_indicator_var =l= 648.0254132802357;
e1874_.. + 1*post_1_17_1 =g= 0;
e1875_.. + 1*post_1_17_1 + 324.01270664011787*relu_1_17_1_off_binary_indicator_var =l= 324.01270664011787;
e1876_.. + 1*pre_1_17_1 + 324.01270664011787*relu_1_17_1_off_binary_indicator_var =l= 324.01270664011787;
relu_1_17_2_above_pre.. + 1*pre_1_17_2 - 1*post_1_17_2 =l= 0;
relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_2_on_binary_indicator_var + 1*relu_1_17_2_off_binary_indicator_var =e= 1;
e1879_.. - 1*pre_1_17_2 + 1*post_1_17_2 - 324.01270664011787*relu_1_17_2_on_binary_indicator_var =g= -324.01270664011787;
e1880_.. - 1*pre_1_17_2 + 1*post_1_17_2 + 648.0254132802357*relu_1_17_2_on_binary_indicator_var =l= 648.0254132802357;
e1881_.. + 1*post_1_17_2 =g= 0;
e1882_.. + 1*post_1_17_2 + 324.01270664011787*relu_1_17_2_off_binary_indicator_var =l= 324.01270664011787;
e1883_.. + 1*pre_1_17_2 + 324.01270664011787*relu_1_17_2_off_binary_indicator_var =l= 324.01270664011787;
relu_1_17_3_above_pre.. + 1*pre_1_17_3 - 1*post_1_17_3 =l= 0;
relu_1_17_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_3_on_binary_indicator_var + 1*relu_1_17_3_off_binary_indicator_var =e= 1;
e1886_.. - 1*pre_1_17_3 + 1*post_1_17_3 - 324.01270664011787*relu_1_17_3_on_binary_indicator_var =g= -324.01270664011787;
e1887_.. - 1*pre_1_17_3 + 1*post_1_17_3 + 648.0254132802357*relu_1_17_3_on_binary_indicator_var =l= 648.0254132802357;
e1888_.. + 1*post_1_17_3 =g= 0;
e1889_.. + 1*post_1_17_3 + 324.01270664011787*relu_1_17_3_off_binary_indicator_var =l= 324.01270664011787;
e1890_.. + 1*pre_1_17_3 + 324.01270664011787*relu_1_17_3_off_binary_indicator_var =l= 324.01270664011787;
relu_1_17_4_above_pre.. + 1*pre_1_17_4 - 1*post_1_17_4 =l= 0;
relu_1_17_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_4_on_binary_indicator_var + 1*relu_1_17_4_off_binary_indicator_var =e= 1;
e1893_.. - 1*pre_1_17_4 + 1*post_1_17_4 - 324.01270664011787*relu_1_17_4_on_binary_indicator_var =g= -324.01270664011787;
e1894_.. - 1*pre_1_17_4 + 1*post_1_17_4 + 648.0254132802357*relu_1_17_4_on_binary_indicator_var =l= 648.0254132802357;
e1895_.. + 1*post_1_17_4 =g= 0;
e1896_.. + 1*post_1_17_4 + 324.01270664011787*relu_1_17_4_off_binary_indicator_var =l= 324.01270664011787;
e1897_.. + 1*pre_1_17_4 + 324.01270664011787*relu_1_17_4_off_binary_indicator_var =l= 324.01270664011787;
relu_1_17_5_above_pre.. + 1*pre_1_17_5 - 1*post_1_17_5 =l= 0;
relu_1_17_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_5_on_binary_indicator_var + 1*relu_1_17_5_off_binary_indicator_var =e= 1;
e1900_.. - 1*pre_1_17_5 + 1*post_1_17_5 - 324.01270664011787*relu_1_17_5_on_binary_indicator_var =g= -324.01270664011787;
e1901_.. - 1*pre_1_17_5 + 1*post_1_17_5 + 648.0254132802357*relu_1_17_5_on_binary_indicator_var =l= 648.0254132802357;
e1902_.. + 1*post_1_17_5 =g= 0;
e1903_.. + 1*post_1_17_5 + 324.01270664011787*relu_1_17_5_off_binary_indicator_var =l= 324.01270664011787;
e1904_.. + 1*pre_1_17_5 + 324.01270664011787*relu_1_17_5_off_binary_indicator_var =l= 324.01270664011787;
relu_1_17_6_above_pre.. + 1*pre_1_17_6 - 1*post_1_17_6 =l= 0;
relu_1_17_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_6_on_binary_indicator_var + 1*relu_1_17_6_off_binary_indicator_var =e= 1;
e1907_.. - 1*pre_1_17_6 + 1*post_1_17_6 - 324.01270664011787*relu_1_17_6_on_binary_indicator_var =g= -324.01270664011787;
e1908_.. - 1*pre_1_17_6 + 1*post_1_17_6 + 648.0254132802357*relu_1_17_6_on_binary_indicator_var =l= 648.0254132802357;
e1909_.. + 1*post_1_17_6 =g= 0;
e1910_.. + 1*post_1_17_6 + 324.01270664011787*relu_1_17_6_off_binary_indicator_var =l= 324.01270664011787;
e1911_.. + 1*pre_1_17_6 + 324.01270664011787*relu_1_17_6_off_binary_indicator_var =l= 324.01270664011787;
relu_1_17_7_above_pre.. + 1*pre_1_17_7 - 1*post_1_17_7 =l= 0;
relu_1_17_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_7_on_binary_indicator_var + 1*relu_1_17_7_off_binary_indicator_var =e= 1;
e1914_.. - 1*pre_1_17_7 + 1*post_1_17_7 - 324.01270664011787*relu_1_17_7_on_binary_indicator_var =g= -324.01270664011787;
e1915_.. - 1*pre_1_17_7 + 1*post_1_17_7 + 648.0254132802357*relu_1_17_7_on_binary_indicator_var =l= 648.0254132802357;
e1916_.. + 1*post_1_17_7 =g= 0;
e1917_.. + 1*post_1_17_7 + 324.01270664011787*relu_1_17_7_off_binary_indicator_var =l= 324.01270664011787;
e1918_.. + 1*pre_1_17_7 + 324.01270664011787*relu_1_17_7_off_binary_indicator_var =l= 324.01270664011787;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_0_on_binary_indicator_var + 1*relu_1_18_0_off_binary_indicator_var =e= 1;
e1921_.. - 1*pre_1_18_0 + 1*post_1_18_0 - 318.6602869442074*relu_1_18_0_on_binary_indicator_var =g= -318.6602869442074;
e1922_.. - 1*pre_1_18_0 + 1*post_1_18_0 + 637.3205738884149*relu_1_18_0_on_binary_indicator_var =l= 637.3205738884149;
e1923_.. + 1*post_1_18_0 =g= 0;
e1924_.. + 1*post_1_18_0 + 318.6602869442074*relu_1_18_0_off_binary_indicator_var =l= 318.6602869442074;
e1925_.. + 1*pre_1_18_0 + 318.6602869442074*relu_1_18_0_off_binary_indicator_var =l= 318.6602869442074;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_1_on_binary_indicator_var + 1*relu_1_18_1_off_binary_indicator_var =e= 1;
e1928_.. - 1*pre_1_18_1 + 1*post_1_18_1 - 318.6602869442074*relu_1_18_1_on_binary_indicator_var =g= -318.6602869442074;
e1929_.. - 1*pre_1_18_1 + 1*post_1_18_1 + 637.3205738884149*relu_1_18_1_on_binary_indicator_var =l= 637.3205738884149;
e1930_.. + 1*post_1_18_1 =g= 0;
e1931_.. + 1*post_1_18_1 + 318.6602869442074*relu_1_18_1_off_binary_indicator_var =l= 318.6602869442074;
e1932_.. + 1*pre_1_18_1 + 318.6602869442074*relu_1_18_1_off_binary_indicator_var =l= 318.6602869442074;
relu_1_18_2_above_pre.. + 1*pre_1_18_2 - 1*post_1_18_2 =l= 0;
relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_2_on_binary_indicator_var + 1*relu_1_18_2_off_binary_indicator_var =e= 1;
e1935_.. - 1*pre_1_18_2 + 1*post_1_18_2 - 318.6602869442074*relu_1_18_2_on_binary_indicator_var =g= -318.6602869442074;
e1936_.. - 1*pre_1_18_2 + 1*post_1_18_2 + 637.3205738884149*relu_1_18_2_on_binary_indicator_var =l= 637.3205738884149;
e1937_.. + 1*post_1_18_2 =g= 0;
e1938_.. + 1*post_1_18_2 + 318.6602869442074*relu_1_18_2_off_binary_indicator_var =l= 318.6602869442074;
e1939_.. + 1*pre_1_18_2 + 318.6602869442074*relu_1_18_2_off_binary_indicator_var =l= 318.6602869442074;
relu_1_18_3_above_pre.. + 1*pre_1_18_3 - 1*post_1_18_3 =l= 0;
relu_1_18_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_3_on_binary_indicator_var + 1*relu_1_18_3_off_binary_indicator_var =e= 1;
e1942_.. - 1*pre_1_18_3 + 1*post_1_18_3 - 318.6602869442074*relu_1_18_3_on_binary_indicator_var =g= -318.6602869442074;
e1943_.. - 1*pre_1_18_3 + 1*post_1_18_3 + 637.3205738884149*relu_1_18_3_on_binary_indicator_var =l= 637.3205738884149;
e1944_.. + 1*post_1_18_3 =g= 0;
e1945_.. + 1*post_1_18_3 + 318.6602869442074*relu_1_18_3_off_binary_indicator_var =l= 318.6602869442074;
e1946_.. + 1*pre_1_18_3 + 318.6602869442074*relu_1_18_3_off_binary_indicator_var =l= 318.6602869442074;
relu_1_18_4_above_pre.. + 1*pre_1_18_4 - 1*post_1_18_4 =l= 0;
relu_1_18_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_4_on_binary_indicator_var + 1*relu_1_18_4_off_binary_indicator_var =e= 1;
e1949_.. - 1*pre_1_18_4 + 1*post_1_18_4 - 318.6602869442074*relu_1_18_4_on_binary_indicator_var =g= -318.6602869442074;
e1950_.. - 1*pre_1_18_4 + 1*post_1_18_4 + 637.3205738884149*relu_1_18_4_on_binary_indicator_var =l= 637.3205738884149;
e1951_.. + 1*post_1_18_4 =g= 0;
e1952_.. + 1*post_1_18_4 + 318.6602869442074*relu_1_18_4_off_binary_indicator_var =l= 318.6602869442074;
e1953_.. + 1*pre_1_18_4 + 318.6602869442074*relu_1_18_4_off_binary_indicator_var =l= 318.6602869442074;
relu_1_18_5_above_pre.. + 1*pre_1_18_5 - 1*post_1_18_5 =l= 0;
relu_1_18_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_5_on_binary_indicator_var + 1*relu_1_18_5_off_binary_indicator_var =e= 1;
e1956_.. - 1*pre_1_18_5 + 1*post_1_18_5 - 318.6602869442074*relu_1_18_5_on_binary_indicator_var =g= -318.6602869442074;
e1957_.. - 1*pre_1_18_5 + 1*post_1_18_5 + 637.3205738884149*relu_1_18_5_on_binary_indicator_var =l= 637.3205738884149;
e1958_.. + 1*post_1_18_5 =g= 0;
e1959_.. + 1*post_1_18_5 + 318.6602869442074*relu_1_18_5_off_binary_indicator_var =l= 318.6602869442074;
e1960_.. + 1*pre_1_18_5 + 318.6602869442074*relu_1_18_5_off_binary_indicator_var =l= 318.6602869442074;
relu_1_18_6_above_pre.. + 1*pre_1_18_6 - 1*post_1_18_6 =l= 0;
relu_1_18_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_6_on_binary_indicator_var + 1*relu_1_18_6_off_binary_indicator_var =e= 1;
e1963_.. - 1*pre_1_18_6 + 1*post_1_18_6 - 318.6602869442074*relu_1_18_6_on_binary_indicator_var =g= -318.6602869442074;
e1964_.. - 1*pre_1_18_6 + 1*post_1_18_6 + 637.3205738884149*relu_1_18_6_on_binary_indicator_var =l= 637.3205738884149;
e1965_.. + 1*post_1_18_6 =g= 0;
e1966_.. + 1*post_1_18_6 + 318.6602869442074*relu_1_18_6_off_binary_indicator_var =l= 318.6602869442074;
e1967_.. + 1*pre_1_18_6 + 318.6602869442074*relu_1_18_6_off_binary_indicator_var =l= 318.6602869442074;
relu_1_18_7_above_pre.. + 1*pre_1_18_7 - 1*post_1_18_7 =l= 0;
relu_1_18_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_7_on_binary_indicator_var + 1*relu_1_18_7_off_binary_indicator_var =e= 1;
e1970_.. - 1*pre_1_18_7 + 1*post_1_18_7 - 318.6602869442074*relu_1_18_7_on_binary_indicator_var =g= -318.6602869442074;
e1971_.. - 1*pre_1_18_7 + 1*post_1_18_7 + 637.3205738884149*relu_1_18_7_on_binary_indicator_var =l= 637.3205738884149;
e1972_.. + 1*post_1_18_7 =g= 0;
e1973_.. + 1*post_1_18_7 + 318.6602869442074*relu_1_18_7_off_binary_indicator_var =l= 318.6602869442074;
e1974_.. + 1*pre_1_18_7 + 318.6602869442074*relu_1_18_7_off_binary_indicator_var =l= 318.6602869442074;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_0_on_binary_indicator_var + 1*relu_1_19_0_off_binary_indicator_var =e= 1;
e1977_.. - 1*pre_1_19_0 + 1*post_1_19_0 - 319.5724104907919*relu_1_19_0_on_binary_indicator_var =g= -319.5724104907919;
e1978_.. - 1*pre_1_19_0 + 1*post_1_19_0 + 639.1448209815838*relu_1_19_0_on_binary_indicator_var =l= 639.1448209815838;
e1979_.. + 1*post_1_19_0 =g= 0;
e1980_.. + 1*post_1_19_0 + 319.5724104907919*relu_1_19_0_off_binary_indicator_var =l= 319.5724104907919;
e1981_.. + 1*pre_1_19_0 + 319.5724104907919*relu_1_19_0_off_binary_indicator_var =l= 319.5724104907919;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_1_on_binary_indicator_var + 1*relu_1_19_1_off_binary_indicator_var =e= 1;
e1984_.. - 1*pre_1_19_1 + 1*post_1_19_1 - 319.5724104907919*relu_1_19_1_on_binary_indicator_var =g= -319.5724104907919;
e1985_.. - 1*pre_1_19_1 + 1*post_1_19_1 + 639.1448209815838*relu_1_19_1_on_binary_indicator_var =l= 639.1448209815838;
e1986_.. + 1*post_1_19_1 =g= 0;
e1987_.. + 1*post_1_19_1 + 319.5724104907919*relu_1_19_1_off_binary_indicator_var =l= 319.5724104907919;
e1988_.. + 1*pre_1_19_1 + 319.5724104907919*relu_1_19_1_off_binary_indicator_var =l= 319.5724104907919;
relu_1_19_2_above_pre.. + 1*pre_1_19_2 - 1*post_1_19_2 =l= 0;
relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_2_on_binary_indicator_var + 1*relu_1_19_2_off_binary_indicator_var =e= 1;
e1991_.. - 1*pre_1_19_2 + 1*post_1_19_2 - 319.5724104907919*relu_1_19_2_on_binary_indicator_var =g= -319.5724104907919;
e1992_.. - 1*pre_1_19_2 + 1*post_1_19_2 + 639.1448209815838*relu_1_19_2_on_binary_indicator_var =l= 639.1448209815838;
e1993_.. + 1*post_1_19_2 =g= 0;
e1994_.. + 1*post_1_19_2 + 319.5724104907919*relu_1_19_2_off_binary_indicator_var =l= 319.5724104907919;
e1995_.. + 1*pre_1_19_2 + 319.5724104907919*relu_1_19_2_off_binary_indicator_var =l= 319.5724104907919;
relu_1_19_3_above_pre.. + 1*pre_1_19_3 - 1*post_1_19_3 =l= 0;
relu_1_19_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_3_on_binary_indicator_var + 1*relu_1_19_3_off_binary_indicator_var =e= 1;
e1998_.. - 1*pre_1_19_3 + 1*post_1_19_3 - 319.5724104907919*relu_1_19_3_on_binary_indicator_var =g= -319.5724104907919;
e1999_.. - 1*pre_1_19_3 + 1*post_1_19_3 + 639.1448209815838*relu_1_19_3_on_binary_indicator_var =l= 639.1448209815838;
e2000_.. + 1*post_1_19_3 =g= 0;
e2001_.. + 1*post_1_19_3 + 319.5724104907919*relu_1_19_3_off_binary_indicator_var =l= 319.5724104907919;
e2002_.. + 1*pre_1_19_3 + 319.5724104907919*relu_1_19_3_off_binary_indicator_var =l= 319.5724104907919;
relu_1_19_4_above_pre.. + 1*pre_1_19_4 - 1*post_1_19_4 =l= 0;
relu_1_19_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_4_on_binary_indicator_var + 1*relu_1_19_4_off_binary_indicator_var =e= 1;
e2005_.. - 1*pre_1_19_4 + 1*post_1_19_4 - 319.5724104907919*relu_1_19_4_on_binary_indicator_var =g= -319.5724104907919;
e2006_.. - 1*pre_1_19_4 + 1*post_1_19_4 + 639.1448209815838*relu_1_19_4_on_binary_indicator_var =l= 639.1448209815838;
e2007_.. + 1*post_1_19_4 =g= 0;
e2008_.. + 1*post_1_19_4 + 319.5724104907919*relu_1_19_4_off_binary_indicator_var =l= 319.5724104907919;
e2009_.. + 1*pre_1_19_4 + 319.5724104907919*relu_1_19_4_off_binary_indicator_var =l= 319.5724104907919;
relu_1_19_5_above_pre.. + 1*pre_1_19_5 - 1*post_1_19_5 =l= 0;
relu_1_19_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_5_on_binary_indicator_var + 1*relu_1_19_5_off_binary_indicator_var =e= 1;
e2012_.. - 1*pre_1_19_5 + 1*post_1_19_5 - 319.5724104907919*relu_1_19_5_on_binary_indicator_var =g= -319.5724104907919;
e2013_.. - 1*pre_1_19_5 + 1*post_1_19_5 + 639.1448209815838*relu_1_19_5_on_binary_indicator_var =l= 639.1448209815838;
e2014_.. + 1*post_1_19_5 =g= 0;
e2015_.. + 1*post_1_19_5 + 319.5724104907919*relu_1_19_5_off_binary_indicator_var =l= 319.5724104907919;
e2016_.. + 1*pre_1_19_5 + 319.5724104907919*relu_1_19_5_off_binary_indicator_var =l= 319.5724104907919;
relu_1_19_6_above_pre.. + 1*pre_1_19_6 - 1*post_1_19_6 =l= 0;
relu_1_19_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_6_on_binary_indicator_var + 1*relu_1_19_6_off_binary_indicator_var =e= 1;
e2019_.. - 1*pre_1_19_6 + 1*post_1_19_6 - 319.5724104907919*relu_1_19_6_on_binary_indicator_var =g= -319.5724104907919;
e2020_.. - 1*pre_1_19_6 + 1*post_1_19_6 + 639.1448209815838*relu_1_19_6_on_binary_indicator_var =l= 639.1448209815838;
e2021_.. + 1*post_1_19_6 =g= 0;
e2022_.. + 1*post_1_19_6 + 319.5724104907919*relu_1_19_6_off_binary_indicator_var =l= 319.5724104907919;
e2023_.. + 1*pre_1_19_6 + 319.5724104907919*relu_1_19_6_off_binary_indicator_var =l= 319.5724104907919;
relu_1_19_7_above_pre.. + 1*pre_1_19_7 - 1*post_1_19_7 =l= 0;
relu_1_19_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_7_on_binary_indicator_var + 1*relu_1_19_7_off_binary_indicator_var =e= 1;
e2026_.. - 1*pre_1_19_7 + 1*post_1_19_7 - 319.5724104907919*relu_1_19_7_on_binary_indicator_var =g= -319.5724104907919;
e2027_.. - 1*pre_1_19_7 + 1*post_1_19_7 + 639.1448209815838*relu_1_19_7_on_binary_indicator_var =l= 639.1448209815838;
e2028_.. + 1*post_1_19_7 =g= 0;
e2029_.. + 1*post_1_19_7 + 319.5724104907919*relu_1_19_7_off_binary_indicator_var =l= 319.5724104907919;
e2030_.. + 1*pre_1_19_7 + 319.5724104907919*relu_1_19_7_off_binary_indicator_var =l= 319.5724104907919;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_0_on_binary_indicator_var + 1*relu_1_20_0_off_binary_indicator_var =e= 1;
e2033_.. - 1*pre_1_20_0 + 1*post_1_20_0 - 320.48453403737636*relu_1_20_0_on_binary_indicator_var =g= -320.48453403737636;
e2034_.. - 1*pre_1_20_0 + 1*post_1_20_0 + 640.9690680747527*relu_1_20_0_on_binary_indicator_var =l= 640.9690680747527;
e2035_.. + 1*post_1_20_0 =g= 0;
e2036_.. + 1*post_1_20_0 + 320.48453403737636*relu_1_20_0_off_binary_indicator_var =l= 320.48453403737636;
e2037_.. + 1*pre_1_20_0 + 320.48453403737636*relu_1_20_0_off_binary_indicator_var =l= 320.48453403737636;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_1_on_binary_indicator_var + 1*relu_1_20_1_off_binary_indicator_var =e= 1;
e2040_.. - 1*pre_1_20_1 + 1*post_1_20_1 - 320.48453403737636*relu_1_20_1_on_binary_indicator_var =g= -320.48453403737636;
e2041_.. - 1*pre_1_20_1 + 1*post_1_20_1 + 640.9690680747527*relu_1_20_1_on_binary_indicator_var =l= 640.9690680747527;
e2042_.. + 1*post_1_20_1 =g= 0;
e2043_.. + 1*post_1_20_1 + 320.48453403737636*relu_1_20_1_off_binary_indicator_var =l= 320.48453403737636;
e2044_.. + 1*pre_1_20_1 + 320.48453403737636*relu_1_20_1_off_binary_indicator_var =l= 320.48453403737636;
relu_1_20_2_above_pre.. + 1*pre_1_20_2 - 1*post_1_20_2 =l= 0;
relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_2_on_binary_indicator_var + 1*relu_1_20_2_off_binary_indicator_var =e= 1;
e2047_.. - 1*pre_1_20_2 + 1*post_1_20_2 - 320.48453403737636*relu_1_20_2_on_binary_indicator_var =g= -320.48453403737636;
e2048_.. - 1*pre_1_20_2 + 1*post_1_20_2 + 640.9690680747527*relu_1_20_2_on_binary_indicator_var =l= 640.9690680747527;
e2049_.. + 1*post_1_20_2 =g= 0;
e2050_.. + 1*post_1_20_2 + 320.48453403737636*relu_1_20_2_off_binary_indicator_var =l= 320.48453403737636;
e2051_.. + 1*pre_1_20_2 + 320.48453403737636*relu_1_20_2_off_binary_indicator_var =l= 320.48453403737636;
relu_1_20_3_above_pre.. + 1*pre_1_20_3 - 1*post_1_20_3 =l= 0;
relu_1_20_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_3_on_binary_indicator_var + 1*relu_1_20_3_off_binary_indicator_var =e= 1;
e2054_.. - 1*pre_1_20_3 + 1*post_1_20_3 - 320.48453403737636*relu_1_20_3_on_binary_indicator_var =g= -320.48453403737636;
e2055_.. - 1*pre_1_20_3 + 1*post_1_20_3 + 640.9690680747527*relu_1_20_3_on_binary_indicator_var =l= 640.9690680747527;
e2056_.. + 1*post_1_20_3 =g= 0;
e2057_.. + 1*post_1_20_3 + 320.48453403737636*relu_1_20_3_off_binary_indicator_var =l= 320.48453403737636;
e2058_.. + 1*pre_1_20_3 + 320.48453403737636*relu_1_20_3_off_binary_indicator_var =l= 320.48453403737636;
relu_1_20_4_above_pre.. + 1*pre_1_20_4 - 1*post_1_20_4 =l= 0;
relu_1_20_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_4_on_binary_indicator_var + 1*relu_1_20_4_off_binary_indicator_var =e= 1;
e2061_.. - 1*pre_1_20_4 + 1*post_1_20_4 - 320.48453403737636*relu_1_20_4_on_binary_indicator_var =g= -320.48453403737636;
e2062_.. - 1*pre_1_20_4 + 1*post_1_20_4 + 640.9690680747527*relu_1_20_4_on_binary_indicator_var =l= 640.9690680747527;
e2063_.. + 1*post_1_20_4 =g= 0;
e2064_.. + 1*post_1_20_4 + 320.48453403737636*relu_1_20_4_off_binary_indicator_var =l= 320.48453403737636;
e2065_.. + 1*pre_1_20_4 + 320.48453403737636*relu_1_20_4_off_binary_indicator_var =l= 320.48453403737636;
relu_1_20_5_above_pre.. + 1*pre_1_20_5 - 1*post_1_20_5 =l= 0;
relu_1_20_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_5_on_binary_indicator_var + 1*relu_1_20_5_off_binary_indicator_var =e= 1;
e2068_.. - 1*pre_1_20_5 + 1*post_1_20_5 - 320.48453403737636*relu_1_20_5_on_binary_indicator_var =g= -320.48453403737636;
e2069_.. - 1*pre_1_20_5 + 1*post_1_20_5 + 640.9690680747527*relu_1_20_5_on_binary_indicator_var =l= 640.9690680747527;
e2070_.. + 1*post_1_20_5 =g= 0;
e2071_.. + 1*post_1_20_5 + 320.48453403737636*relu_1_20_5_off_binary_indicator_var =l= 320.48453403737636;
e2072_.. + 1*pre_1_20_5 + 320.48453403737636*relu_1_20_5_off_binary_indicator_var =l= 320.48453403737636;
relu_1_20_6_above_pre.. + 1*pre_1_20_6 - 1*post_1_20_6 =l= 0;
relu_1_20_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_6_on_binary_indicator_var + 1*relu_1_20_6_off_binary_indicator_var =e= 1;
e2075_.. - 1*pre_1_20_6 + 1*post_1_20_6 - 320.48453403737636*relu_1_20_6_on_binary_indicator_var =g= -320.48453403737636;
e2076_.. - 1*pre_1_20_6 + 1*post_1_20_6 + 640.9690680747527*relu_1_20_6_on_binary_indicator_var =l= 640.9690680747527;
e2077_.. + 1*post_1_20_6 =g= 0;
e2078_.. + 1*post_1_20_6 + 320.48453403737636*relu_1_20_6_off_binary_indicator_var =l= 320.48453403737636;
e2079_.. + 1*pre_1_20_6 + 320.48453403737636*relu_1_20_6_off_binary_indicator_var =l= 320.48453403737636;
relu_1_20_7_above_pre.. + 1*pre_1_20_7 - 1*post_1_20_7 =l= 0;
relu_1_20_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_7_on_binary_indicator_var + 1*relu_1_20_7_off_binary_indicator_var =e= 1;
e2082_.. - 1*pre_1_20_7 + 1*post_1_20_7 - 320.48453403737636*relu_1_20_7_on_binary_indicator_var =g= -320.48453403737636;
e2083_.. - 1*pre_1_20_7 + 1*post_1_20_7 + 640.9690680747527*relu_1_20_7_on_binary_indicator_var =l= 640.9690680747527;
e2084_.. + 1*post_1_20_7 =g= 0;
e2085_.. + 1*post_1_20_7 + 320.48453403737636*relu_1_20_7_off_binary_indicator_var =l= 320.48453403737636;
e2086_.. + 1*pre_1_20_7 + 320.48453403737636*relu_1_20_7_off_binary_indicator_var =l= 320.48453403737636;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_0_on_binary_indicator_var + 1*relu_1_21_0_off_binary_indicator_var =e= 1;
e2089_.. - 1*pre_1_21_0 + 1*post_1_21_0 - 276.32221571131004*relu_1_21_0_on_binary_indicator_var =g= -276.32221571131004;
e2090_.. - 1*pre_1_21_0 + 1*post_1_21_0 + 552.6444314226201*relu_1_21_0_on_binary_indicator_var =l= 552.6444314226201;
e2091_.. + 1*post_1_21_0 =g= 0;
e2092_.. + 1*post_1_21_0 + 276.32221571131004*relu_1_21_0_off_binary_indicator_var =l= 276.32221571131004;
e2093_.. + 1*pre_1_21_0 + 276.32221571131004*relu_1_21_0_off_binary_indicator_var =l= 276.32221571131004;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_1_on_binary_indicator_var + 1*relu_1_21_1_off_binary_indicator_var =e= 1;
e2096_.. - 1*pre_1_21_1 + 1*post_1_21_1 - 276.32221571131004*relu_1_21_1_on_binary_indicator_var =g= -276.32221571131004;
e2097_.. - 1*pre_1_21_1 + 1*post_1_21_1 + 552.6444314226201*relu_1_21_1_on_binary_indicator_var =l= 552.6444314226201;
e2098_.. + 1*post_1_21_1 =g= 0;
e2099_.. + 1*post_1_21_1 + 276.32221571131004*relu_1_21_1_off_binary_indicator_var =l= 276.32221571131004;
e2100_.. + 1*pre_1_21_1 + 276.32221571131004*relu_1_21_1_off_binary_indicator_var =l= 276.32221571131004;
relu_1_21_2_above_pre.. + 1*pre_1_21_2 - 1*post_1_21_2 =l= 0;
relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_2_on_binary_indicator_var + 1*relu_1_21_2_off_binary_indicator_var =e= 1;
e2103_.. - 1*pre_1_21_2 + 1*post_1_21_2 - 276.32221571131004*relu_1_21_2_on_binary_indicator_var =g= -276.32221571131004;
e2104_.. - 1*pre_1_21_2 + 1*post_1_21_2 + 552.6444314226201*relu_1_21_2_on_binary_indicator_var =l= 552.6444314226201;
e2105_.. + 1*post_1_21_2 =g= 0;
e2106_.. + 1*post_1_21_2 + 276.32221571131004*relu_1_21_2_off_binary_indicator_var =l= 276.32221571131004;
e2107_.. + 1*pre_1_21_2 + 276.32221571131004*relu_1_21_2_off_binary_indicator_var =l= 276.32221571131004;
relu_1_21_3_above_pre.. + 1*pre_1_21_3 - 1*post_1_21_3 =l= 0;
relu_1_21_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_3_on_binary_indicator_var + 1*relu_1_21_3_off_binary_indicator_var =e= 1;
e2110_.. - 1*pre_1_21_3 + 1*post_1_21_3 - 276.32221571131004*relu_1_21_3_on_binary_indicator_var =g= -276.32221571131004;
e2111_.. - 1*pre_1_21_3 + 1*post_1_21_3 + 552.6444314226201*relu_1_21_3_on_binary_indicator_var =l= 552.6444314226201;
e2112_.. + 1*post_1_21_3 =g= 0;
e2113_.. + 1*post_1_21_3 + 276.32221571131004*relu_1_21_3_off_binary_indicator_var =l= 276.32221571131004;
e2114_.. + 1*pre_1_21_3 + 276.32221571131004*relu_1_21_3_off_binary_indicator_var =l= 276.32221571131004;
relu_1_21_4_above_pre.. + 1*pre_1_21_4 - 1*post_1_21_4 =l= 0;
relu_1_21_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_4_on_binary_indicator_var + 1*relu_1_21_4_off_binary_indicator_var =e= 1;
e2117_.. - 1*pre_1_21_4 + 1*post_1_21_4 - 276.32221571131004*relu_1_21_4_on_binary_indicator_var =g= -276.32221571131004;
e2118_.. - 1*pre_1_21_4 + 1*post_1_21_4 + 552.6444314226201*relu_1_21_4_on_binary_indicator_var =l= 552.6444314226201;
e2119_.. + 1*post_1_21_4 =g= 0;
e2120_.. + 1*post_1_21_4 + 276.32221571131004*relu_1_21_4_off_binary_indicator_var =l= 276.32221571131004;
e2121_.. + 1*pre_1_21_4 + 276.32221571131004*relu_1_21_4_off_binary_indicator_var =l= 276.32221571131004;
relu_1_21_5_above_pre.. + 1*pre_1_21_5 - 1*post_1_21_5 =l= 0;
relu_1_21_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_5_on_binary_indicator_var + 1*relu_1_21_5_off_binary_indicator_var =e= 1;
e2124_.. - 1*pre_1_21_5 + 1*post_1_21_5 - 276.32221571131004*relu_1_21_5_on_binary_indicator_var =g= -276.32221571131004;
e2125_.. - 1*pre_1_21_5 + 1*post_1_21_5 + 552.6444314226201*relu_1_21_5_on_binary_indicator_var =l= 552.6444314226201;
e2126_.. + 1*post_1_21_5 =g= 0;
e2127_.. + 1*post_1_21_5 + 276.32221571131004*relu_1_21_5_off_binary_indicator_var =l= 276.32221571131004;
e2128_.. + 1*pre_1_21_5 + 276.32221571131004*relu_1_21_5_off_binary_indicator_var =l= 276.32221571131004;
relu_1_21_6_above_pre.. + 1*pre_1_21_6 - 1*post_1_21_6 =l= 0;
relu_1_21_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_6_on_binary_indicator_var + 1*relu_1_21_6_off_binary_indicator_var =e= 1;
e2131_.. - 1*pre_1_21_6 + 1*post_1_21_6 - 276.32221571131004*relu_1_21_6_on_binary_indicator_var =g= -276.32221571131004;
e2132_.. - 1*pre_1_21_6 + 1*post_1_21_6 + 552.6444314226201*relu_1_21_6_on_binary_indicator_var =l= 552.6444314226201;
e2133_.. + 1*post_1_21_6 =g= 0;
e2134_.. + 1*post_1_21_6 + 276.32221571131004*relu_1_21_6_off_binary_indicator_var =l= 276.32221571131004;
e2135_.. + 1*pre_1_21_6 + 276.32221571131004*relu_1_21_6_off_binary_indicator_var =l= 276.32221571131004;
relu_1_21_7_above_pre.. + 1*pre_1_21_7 - 1*post_1_21_7 =l= 0;
relu_1_21_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_7_on_binary_indicator_var + 1*relu_1_21_7_off_binary_indicator_var =e= 1;
e2138_.. - 1*pre_1_21_7 + 1*post_1_21_7 - 276.32221571131004*relu_1_21_7_on_binary_indicator_var =g= -276.32221571131004;
e2139_.. - 1*pre_1_21_7 + 1*post_1_21_7 + 552.6444314226201*relu_1_21_7_on_binary_indicator_var =l= 552.6444314226201;
e2140_.. + 1*post_1_21_7 =g= 0;
e2141_.. + 1*post_1_21_7 + 276.32221571131004*relu_1_21_7_off_binary_indicator_var =l= 276.32221571131004;
e2142_.. + 1*pre_1_21_7 + 276.32221571131004*relu_1_21_7_off_binary_indicator_var =l= 276.32221571131004;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_0_on_binary_indicator_var + 1*relu_1_22_0_off_binary_indicator_var =e= 1;
e2145_.. - 1*pre_1_22_0 + 1*post_1_22_0 - 277.2343392578945*relu_1_22_0_on_binary_indicator_var =g= -277.2343392578945;
e2146_.. - 1*pre_1_22_0 + 1*post_1_22_0 + 554.468678515789*relu_1_22_0_on_binary_indicator_var =l= 554.468678515789;
e2147_.. + 1*post_1_22_0 =g= 0;
e2148_.. + 1*post_1_22_0 + 277.2343392578945*relu_1_22_0_off_binary_indicator_var =l= 277.2343392578945;
e2149_.. + 1*pre_1_22_0 + 277.2343392578945*relu_1_22_0_off_binary_indicator_var =l= 277.2343392578945;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_1_on_binary_indicator_var + 1*relu_1_22_1_off_binary_indicator_var =e= 1;
e2152_.. - 1*pre_1_22_1 + 1*post_1_22_1 - 277.2343392578945*relu_1_22_1_on_binary_indicator_var =g= -277.2343392578945;
e2153_.. - 1*pre_1_22_1 + 1*post_1_22_1 + 554.468678515789*relu_1_22_1_on_binary_indicator_var =l= 554.468678515789;
e2154_.. + 1*post_1_22_1 =g= 0;
e2155_.. + 1*post_1_22_1 + 277.2343392578945*relu_1_22_1_off_binary_indicator_var =l= 277.2343392578945;
e2156_.. + 1*pre_1_22_1 + 277.2343392578945*relu_1_22_1_off_binary_indicator_var =l= 277.2343392578945;
relu_1_22_2_above_pre.. + 1*pre_1_22_2 - 1*post_1_22_2 =l= 0;
relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_2_on_binary_indicator_var + 1*relu_1_22_2_off_binary_indicator_var =e= 1;
e2159_.. - 1*pre_1_22_2 + 1*post_1_22_2 - 277.2343392578945*relu_1_22_2_on_binary_indicator_var =g= -277.2343392578945;
e2160_.. - 1*pre_1_22_2 + 1*post_1_22_2 + 554.468678515789*relu_1_22_2_on_binary_indicator_var =l= 554.468678515789;
e2161_.. + 1*post_1_22_2 =g= 0;
e2162_.. + 1*post_1_22_2 + 277.2343392578945*relu_1_22_2_off_binary_indicator_var =l= 277.2343392578945;
e2163_.. + 1*pre_1_22_2 + 277.2343392578945*relu_1_22_2_off_binary_indicator_var =l= 277.2343392578945;
relu_1_22_3_above_pre.. + 1*pre_1_22_3 - 1*post_1_22_3 =l= 0;
relu_1_22_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_3_on_binary_indicator_var + 1*relu_1_22_3_off_binary_indicator_var =e= 1;
e2166_.. - 1*pre_1_22_3 + 1*post_1_22_3 - 277.2343392578945*relu_1_22_3_on_binary_indicator_var =g= -277.2343392578945;
e2167_.. - 1*pre_1_22_3 + 1*post_1_22_3 + 554.468678515789*relu_1_22_3_on_binary_indicator_var =l= 554.468678515789;
e2168_.. + 1*post_1_22_3 =g= 0;
e2169_.. + 1*post_1_22_3 + 277.2343392578945*relu_1_22_3_off_binary_indicator_var =l= 277.2343392578945;
e2170_.. + 1*pre_1_22_3 + 277.2343392578945*relu_1_22_3_off_binary_indicator_var =l= 277.2343392578945;
relu_1_22_4_above_pre.. + 1*pre_1_22_4 - 1*post_1_22_4 =l= 0;
relu_1_22_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_4_on_binary_indicator_var + 1*relu_1_22_4_off_binary_indicator_var =e= 1;
e2173_.. - 1*pre_1_22_4 + 1*post_1_22_4 - 277.2343392578945*relu_1_22_4_on_binary_indicator_var =g= -277.2343392578945;
e2174_.. - 1*pre_1_22_4 + 1*post_1_22_4 + 554.468678515789*relu_1_22_4_on_binary_indicator_var =l= 554.468678515789;
e2175_.. + 1*post_1_22_4 =g= 0;
e2176_.. + 1*post_1_22_4 + 277.2343392578945*relu_1_22_4_off_binary_indicator_var =l= 277.2343392578945;
e2177_.. + 1*pre_1_22_4 + 277.2343392578945*relu_1_22_4_off_binary_indicator_var =l= 277.2343392578945;
relu_1_22_5_above_pre.. + 1*pre_1_22_5 - 1*post_1_22_5 =l= 0;
relu_1_22_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_5_on_binary_indicator_var + 1*relu_1_22_5_off_binary_indicator_var =e= 1;
e2180_.. - 1*pre_1_22_5 + 1*post_1_22_5 - 277.2343392578945*relu_1_22_5_on_binary_indicator_var =g= -277.2343392578945;
e2181_.. - 1*pre_1_22_5 + 1*post_1_22_5 + 554.468678515789*relu_1_22_5_on_binary_indicator_var =l= 554.468678515789;
e2182_.. + 1*post_1_22_5 =g= 0;
e2183_.. + 1*post_1_22_5 + 277.2343392578945*relu_1_22_5_off_binary_indicator_var =l= 277.2343392578945;
e2184_.. + 1*pre_1_22_5 + 277.2343392578945*relu_1_22_5_off_binary_indicator_var =l= 277.2343392578945;
relu_1_22_6_above_pre.. + 1*pre_1_22_6 - 1*post_1_22_6 =l= 0;
relu_1_22_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_6_on_binary_indicator_var + 1*relu_1_22_6_off_binary_indicator_var =e= 1;
e2187_.. - 1*pre_1_22_6 + 1*post_1_22_6 - 277.2343392578945*relu_1_22_6_on_binary_indicator_var =g= -277.2343392578945;
e2188_.. - 1*pre_1_22_6 + 1*post_1_22_6 + 554.468678515789*relu_1_22_6_on_binary_indicator_var =l= 554.468678515789;
e2189_.. + 1*post_1_22_6 =g= 0;
e2190_.. + 1*post_1_22_6 + 277.2343392578945*relu_1_22_6_off_binary_indicator_var =l= 277.2343392578945;
e2191_.. + 1*pre_1_22_6 + 277.2343392578945*relu_1_22_6_off_binary_indicator_var =l= 277.2343392578945;
relu_1_22_7_above_pre.. + 1*pre_1_22_7 - 1*post_1_22_7 =l= 0;
relu_1_22_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_7_on_binary_indicator_var + 1*relu_1_22_7_off_binary_indicator_var =e= 1;
e2194_.. - 1*pre_1_22_7 + 1*post_1_22_7 - 277.2343392578945*relu_1_22_7_on_binary_indicator_var =g= -277.2343392578945;
e2195_.. - 1*pre_1_22_7 + 1*post_1_22_7 + 554.468678515789*relu_1_22_7_on_binary_indicator_var =l= 554.468678515789;
e2196_.. + 1*post_1_22_7 =g= 0;
e2197_.. + 1*post_1_22_7 + 277.2343392578945*relu_1_22_7_off_binary_indicator_var =l= 277.2343392578945;
e2198_.. + 1*pre_1_22_7 + 277.2343392578945*relu_1_22_7_off_binary_indicator_var =l= 277.2343392578945;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_0_on_binary_indicator_var + 1*relu_1_23_0_off_binary_indicator_var =e= 1;
e2201_.. - 1*pre_1_23_0 + 1*post_1_23_0 - 278.146462804479*relu_1_23_0_on_binary_indicator_var =g= -278.146462804479;
e2202_.. - 1*pre_1_23_0 + 1*post_1_23_0 + 556.292925608958*relu_1_23_0_on_binary_indicator_var =l= 556.292925608958;
e2203_.. + 1*post_1_23_0 =g= 0;
e2204_.. + 1*post_1_23_0 + 278.146462804479*relu_1_23_0_off_binary_indicator_var =l= 278.146462804479;
e2205_.. + 1*pre_1_23_0 + 278.146462804479*relu_1_23_0_off_binary_indicator_var =l= 278.146462804479;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_1_on_binary_indicator_var + 1*relu_1_23_1_off_binary_indicator_var =e= 1;
e2208_.. - 1*pre_1_23_1 + 1*post_1_23_1 - 278.146462804479*relu_1_23_1_on_binary_indicator_var =g= -278.146462804479;
e2209_.. - 1*pre_1_23_1 + 1*post_1_23_1 + 556.292925608958*relu_1_23_1_on_binary_indicator_var =l= 556.292925608958;
e2210_.. + 1*post_1_23_1 =g= 0;
e2211_.. + 1*post_1_23_1 + 278.146462804479*relu_1_23_1_off_binary_indicator_var =l= 278.146462804479;
e2212_.. + 1*pre_1_23_1 + 278.146462804479*relu_1_23_1_off_binary_indicator_var =l= 278.146462804479;
relu_1_23_2_above_pre.. + 1*pre_1_23_2 - 1*post_1_23_2 =l= 0;
relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_2_on_binary_indicator_var + 1*relu_1_23_2_off_binary_indicator_var =e= 1;
e2215_.. - 1*pre_1_23_2 + 1*post_1_23_2 - 278.146462804479*relu_1_23_2_on_binary_indicator_var =g= -278.146462804479;
e2216_.. - 1*pre_1_23_2 + 1*post_1_23_2 + 556.292925608958*relu_1_23_2_on_binary_indicator_var =l= 556.292925608958;
e2217_.. + 1*post_1_23_2 =g= 0;
e2218_.. + 1*post_1_23_2 + 278.146462804479*relu_1_23_2_off_binary_indicator_var =l= 278.146462804479;
e2219_.. + 1*pre_1_23_2 + 278.146462804479*relu_1_23_2_off_binary_indicator_var =l= 278.146462804479;
relu_1_23_3_above_pre.. + 1*pre_1_23_3 - 1*post_1_23_3 =l= 0;
relu_1_23_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_3_on_binary_indicator_var + 1*relu_1_23_3_off_binary_indicator_var =e= 1;
e2222_.. - 1*pre_1_23_3 + 1*post_1_23_3 - 278.146462804479*relu_1_23_3_on_binary_indicator_var =g= -278.146462804479;
e2223_.. - 1*pre_1_23_3 + 1*post_1_23_3 + 556.292925608958*relu_1_23_3_on_binary_indicator_var =l= 556.292925608958;
e2224_.. + 1*post_1_23_3 =g= 0;
e2225_.. + 1*post_1_23_3 + 278.146462804479*relu_1_23_3_off_binary_indicator_var =l= 278.146462804479;
e2226_.. + 1*pre_1_23_3 + 278.146462804479*relu_1_23_3_off_binary_indicator_var =l= 278.146462804479;
relu_1_23_4_above_pre.. + 1*pre_1_23_4 - 1*post_1_23_4 =l= 0;
relu_1_23_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_4_on_binary_indicator_var + 1*relu_1_23_4_off_binary_indicator_var =e= 1;
e2229_.. - 1*pre_1_23_4 + 1*post_1_23_4 - 278.146462804479*relu_1_23_4_on_binary_indicator_var =g= -278.146462804479;
e2230_.. - 1*pre_1_23_4 + 1*post_1_23_4 + 556.292925608958*relu_1_23_4_on_binary_indicator_var =l= 556.292925608958;
e2231_.. + 1*post_1_23_4 =g= 0;
e2232_.. + 1*post_1_23_4 + 278.146462804479*relu_1_23_4_off_binary_indicator_var =l= 278.146462804479;
e2233_.. + 1*pre_1_23_4 + 278.146462804479*relu_1_23_4_off_binary_indicator_var =l= 278.146462804479;
relu_1_23_5_above_pre.. + 1*pre_1_23_5 - 1*post_1_23_5 =l= 0;
relu_1_23_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_5_on_binary_indicator_var + 1*relu_1_23_5_off_binary_indicator_var =e= 1;
e2236_.. - 1*pre_1_23_5 + 1*post_1_23_5 - 278.146462804479*relu_1_23_5_on_binary_indicator_var =g= -278.146462804479;
e2237_.. - 1*pre_1_23_5 + 1*post_1_23_5 + 556.292925608958*relu_1_23_5_on_binary_indicator_var =l= 556.292925608958;
e2238_.. + 1*post_1_23_5 =g= 0;
e2239_.. + 1*post_1_23_5 + 278.146462804479*relu_1_23_5_off_binary_indicator_var =l= 278.146462804479;
e2240_.. + 1*pre_1_23_5 + 278.146462804479*relu_1_23_5_off_binary_indicator_var =l= 278.146462804479;
relu_1_23_6_above_pre.. + 1*pre_1_23_6 - 1*post_1_23_6 =l= 0;
relu_1_23_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_6_on_binary_indicator_var + 1*relu_1_23_6_off_binary_indicator_var =e= 1;
e2243_.. - 1*pre_1_23_6 + 1*post_1_23_6 - 278.146462804479*relu_1_23_6_on_binary_indicator_var =g= -278.146462804479;
e2244_.. - 1*pre_1_23_6 + 1*post_1_23_6 + 556.292925608958*relu_1_23_6_on_binary_indicator_var =l= 556.292925608958;
e2245_.. + 1*post_1_23_6 =g= 0;
e2246_.. + 1*post_1_23_6 + 278.146462804479*relu_1_23_6_off_binary_indicator_var =l= 278.146462804479;
e2247_.. + 1*pre_1_23_6 + 278.146462804479*relu_1_23_6_off_binary_indicator_var =l= 278.146462804479;
relu_1_23_7_above_pre.. + 1*pre_1_23_7 - 1*post_1_23_7 =l= 0;
relu_1_23_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_7_on_binary_indicator_var + 1*relu_1_23_7_off_binary_indicator_var =e= 1;
e2250_.. - 1*pre_1_23_7 + 1*post_1_23_7 - 278.146462804479*relu_1_23_7_on_binary_indicator_var =g= -278.146462804479;
e2251_.. - 1*pre_1_23_7 + 1*post_1_23_7 + 556.292925608958*relu_1_23_7_on_binary_indicator_var =l= 556.292925608958;
e2252_.. + 1*post_1_23_7 =g= 0;
e2253_.. + 1*post_1_23_7 + 278.146462804479*relu_1_23_7_off_binary_indicator_var =l= 278.146462804479;
e2254_.. + 1*pre_1_23_7 + 278.146462804479*relu_1_23_7_off_binary_indicator_var =l= 278.146462804479;
relu_1_24_0_above_pre.. + 1*pre_1_24_0 - 1*post_1_24_0 =l= 0;
relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_0_on_binary_indicator_var + 1*relu_1_24_0_off_binary_indicator_var =e= 1;
e2257_.. - 1*pre_1_24_0 + 1*post_1_24_0 - 233.98414447841262*relu_1_24_0_on_binary_indicator_var =g= -233.98414447841262;
e2258_.. - 1*pre_1_24_0 + 1*post_1_24_0 + 467.96828895682523*relu_1_24_0_on_binary_indicator_var =l= 467.96828895682523;
e2259_.. + 1*post_1_24_0 =g= 0;
e2260_.. + 1*post_1_24_0 + 233.98414447841262*relu_1_24_0_off_binary_indicator_var =l= 233.98414447841262;
e2261_.. + 1*pre_1_24_0 + 233.98414447841262*relu_1_24_0_off_binary_indicator_var =l= 233.98414447841262;
relu_1_24_1_above_pre.. + 1*pre_1_24_1 - 1*post_1_24_1 =l= 0;
relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_1_on_binary_indicator_var + 1*relu_1_24_1_off_binary_indicator_var =e= 1;
e2264_.. - 1*pre_1_24_1 + 1*post_1_24_1 - 233.98414447841262*relu_1_24_1_on_binary_indicator_var =g= -233.98414447841262;
e2265_.. - 1*pre_1_24_1 + 1*post_1_24_1 + 467.96828895682523*relu_1_24_1_on_binary_indicator_var =l= 467.96828895682523;
e2266_.. + 1*post_1_24_1 =g= 0;
e2267_.. + 1*post_1_24_1 + 233.98414447841262*relu_1_24_1_off_binary_indicator_var =l= 233.98414447841262;
e2268_.. + 1*pre_1_24_1 + 233.98414447841262*relu_1_24_1_off_binary_indicator_var =l= 233.98414447841262;
relu_1_24_2_above_pre.. + 1*pre_1_24_2 - 1*post_1_24_2 =l= 0;
relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_2_on_binary_indicator_var + 1*relu_1_24_2_off_binary_indicator_var =e= 1;
e2271_.. - 1*pre_1_24_2 + 1*post_1_24_2 - 233.98414447841262*relu_1_24_2_on_binary_indicator_var =g= -233.98414447841262;
e2272_.. - 1*pre_1_24_2 + 1*post_1_24_2 + 467.96828895682523*relu_1_24_2_on_binary_indicator_var =l= 467.96828895682523;
e2273_.. + 1*post_1_24_2 =g= 0;
e2274_.. + 1*post_1_24_2 + 233.98414447841262*relu_1_24_2_off_binary_indicator_var =l= 233.98414447841262;
e2275_.. + 1*pre_1_24_2 + 233.98414447841262*relu_1_24_2_off_binary_indicator_var =l= 233.98414447841262;
relu_1_24_3_above_pre.. + 1*pre_1_24_3 - 1*post_1_24_3 =l= 0;
relu_1_24_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_3_on_binary_indicator_var + 1*relu_1_24_3_off_binary_indicator_var =e= 1;
e2278_.. - 1*pre_1_24_3 + 1*post_1_24_3 - 233.98414447841262*relu_1_24_3_on_binary_indicator_var =g= -233.98414447841262;
e2279_.. - 1*pre_1_24_3 + 1*post_1_24_3 + 467.96828895682523*relu_1_24_3_on_binary_indicator_var =l= 467.96828895682523;
e2280_.. + 1*post_1_24_3 =g= 0;
e2281_.. + 1*post_1_24_3 + 233.98414447841262*relu_1_24_3_off_binary_indicator_var =l= 233.98414447841262;
e2282_.. + 1*pre_1_24_3 + 233.98414447841262*relu_1_24_3_off_binary_indicator_var =l= 233.98414447841262;
relu_1_24_4_above_pre.. + 1*pre_1_24_4 - 1*post_1_24_4 =l= 0;
relu_1_24_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_4_on_binary_indicator_var + 1*relu_1_24_4_off_binary_indicator_var =e= 1;
e2285_.. - 1*pre_1_24_4 + 1*post_1_24_4 - 233.98414447841262*relu_1_24_4_on_binary_indicator_var =g= -233.98414447841262;
e2286_.. - 1*pre_1_24_4 + 1*post_1_24_4 + 467.96828895682523*relu_1_24_4_on_binary_indicator_var =l= 467.96828895682523;
e2287_.. + 1*post_1_24_4 =g= 0;
e2288_.. + 1*post_1_24_4 + 233.98414447841262*relu_1_24_4_off_binary_indicator_var =l= 233.98414447841262;
e2289_.. + 1*pre_1_24_4 + 233.98414447841262*relu_1_24_4_off_binary_indicator_var =l= 233.98414447841262;
relu_1_24_5_above_pre.. + 1*pre_1_24_5 - 1*post_1_24_5 =l= 0;
relu_1_24_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_5_on_binary_indicator_var + 1*relu_1_24_5_off_binary_indicator_var =e= 1;
e2292_.. - 1*pre_1_24_5 + 1*post_1_24_5 - 233.98414447841262*relu_1_24_5_on_binary_indicator_var =g= -233.98414447841262;
e2293_.. - 1*pre_1_24_5 + 1*post_1_24_5 + 467.96828895682523*relu_1_24_5_on_binary_indicator_var =l= 467.96828895682523;
e2294_.. + 1*post_1_24_5 =g= 0;
e2295_.. + 1*post_1_24_5 + 233.98414447841262*relu_1_24_5_off_binary_indicator_var =l= 233.98414447841262;
e2296_.. + 1*pre_1_24_5 + 233.98414447841262*relu_1_24_5_off_binary_indicator_var =l= 233.98414447841262;
relu_1_24_6_above_pre.. + 1*pre_1_24_6 - 1*post_1_24_6 =l= 0;
relu_1_24_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_6_on_binary_indicator_var + 1*relu_1_24_6_off_binary_indicator_var =e= 1;
e2299_.. - 1*pre_1_24_6 + 1*post_1_24_6 - 233.98414447841262*relu_1_24_6_on_binary_indicator_var =g= -233.98414447841262;
e2300_.. - 1*pre_1_24_6 + 1*post_1_24_6 + 467.96828895682523*relu_1_24_6_on_binary_indicator_var =l= 467.96828895682523;
e2301_.. + 1*post_1_24_6 =g= 0;
e2302_.. + 1*post_1_24_6 + 233.98414447841262*relu_1_24_6_off_binary_indicator_var =l= 233.98414447841262;
e2303_.. + 1*pre_1_24_6 + 233.98414447841262*relu_1_24_6_off_binary_indicator_var =l= 233.98414447841262;
relu_1_24_7_above_pre.. + 1*pre_1_24_7 - 1*post_1_24_7 =l= 0;
relu_1_24_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_7_on_binary_indicator_var + 1*relu_1_24_7_off_binary_indicator_var =e= 1;
e2306_.. - 1*pre_1_24_7 + 1*post_1_24_7 - 233.98414447841262*relu_1_24_7_on_binary_indicator_var =g= -233.98414447841262;
e2307_.. - 1*pre_1_24_7 + 1*post_1_24_7 + 467.96828895682523*relu_1_24_7_on_binary_indicator_var =l= 467.96828895682523;
e2308_.. + 1*post_1_24_7 =g= 0;
e2309_.. + 1*post_1_24_7 + 233.98414447841262*relu_1_24_7_off_binary_indicator_var =l= 233.98414447841262;
e2310_.. + 1*pre_1_24_7 + 233.98414447841262*relu_1_24_7_off_binary_indicator_var =l= 233.98414447841262;
relu_1_25_0_above_pre.. + 1*pre_1_25_0 - 1*post_1_25_0 =l= 0;
relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_0_on_binary_indicator_var + 1*relu_1_25_0_off_binary_indicator_var =e= 1;
e2313_.. - 1*pre_1_25_0 + 1*post_1_25_0 - 234.8962680249971*relu_1_25_0_on_binary_indicator_var =g= -234.8962680249971;
e2314_.. - 1*pre_1_25_0 + 1*post_1_25_0 + 469.7925360499942*relu_1_25_0_on_binary_indicator_var =l= 469.7925360499942;
e2315_.. + 1*post_1_25_0 =g= 0;
e2316_.. + 1*post_1_25_0 + 234.8962680249971*relu_1_25_0_off_binary_indicator_var =l= 234.8962680249971;
e2317_.. + 1*pre_1_25_0 + 234.8962680249971*relu_1_25_0_off_binary_indicator_var =l= 234.8962680249971;
relu_1_25_1_above_pre.. + 1*pre_1_25_1 - 1*post_1_25_1 =l= 0;
relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_1_on_binary_indicator_var + 1*relu_1_25_1_off_binary_indicator_var =e= 1;
e2320_.. - 1*pre_1_25_1 + 1*post_1_25_1 - 234.8962680249971*relu_1_25_1_on_binary_indicator_var =g= -234.8962680249971;
e2321_.. - 1*pre_1_25_1 + 1*post_1_25_1 + 469.7925360499942*relu_1_25_1_on_binary_indicator_var =l= 469.7925360499942;
e2322_.. + 1*post_1_25_1 =g= 0;
e2323_.. + 1*post_1_25_1 + 234.8962680249971*relu_1_25_1_off_binary_indicator_var =l= 234.8962680249971;
e2324_.. + 1*pre_1_25_1 + 234.8962680249971*relu_1_25_1_off_binary_indicator_var =l= 234.8962680249971;
relu_1_25_2_above_pre.. + 1*pre_1_25_2 - 1*post_1_25_2 =l= 0;
relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_2_on_binary_indicator_var + 1*relu_1_25_2_off_binary_indicator_var =e= 1;
e2327_.. - 1*pre_1_25_2 + 1*post_1_25_2 - 234.8962680249971*relu_1_25_2_on_binary_indicator_var =g= -234.8962680249971;
e2328_.. - 1*pre_1_25_2 + 1*post_1_25_2 + 469.7925360499942*relu_1_25_2_on_binary_indicator_var =l= 469.7925360499942;
e2329_.. + 1*post_1_25_2 =g= 0;
e2330_.. + 1*post_1_25_2 + 234.8962680249971*relu_1_25_2_off_binary_indicator_var =l= 234.8962680249971;
e2331_.. + 1*pre_1_25_2 + 234.8962680249971*relu_1_25_2_off_binary_indicator_var =l= 234.8962680249971;
relu_1_25_3_above_pre.. + 1*pre_1_25_3 - 1*post_1_25_3 =l= 0;
relu_1_25_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_3_on_binary_indicator_var + 1*relu_1_25_3_off_binary_indicator_var =e= 1;
e2334_.. - 1*pre_1_25_3 + 1*post_1_25_3 - 234.8962680249971*relu_1_25_3_on_binary_indicator_var =g= -234.8962680249971;
e2335_.. - 1*pre_1_25_3 + 1*post_1_25_3 + 469.7925360499942*relu_1_25_3_on_binary_indicator_var =l= 469.7925360499942;
e2336_.. + 1*post_1_25_3 =g= 0;
e2337_.. + 1*post_1_25_3 + 234.8962680249971*relu_1_25_3_off_binary_indicator_var =l= 234.8962680249971;
e2338_.. + 1*pre_1_25_3 + 234.8962680249971*relu_1_25_3_off_binary_indicator_var =l= 234.8962680249971;
relu_1_25_4_above_pre.. + 1*pre_1_25_4 - 1*post_1_25_4 =l= 0;
relu_1_25_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_4_on_binary_indicator_var + 1*relu_1_25_4_off_binary_indicator_var =e= 1;
e2341_.. - 1*pre_1_25_4 + 1*post_1_25_4 - 234.8962680249971*relu_1_25_4_on_binary_indicator_var =g= -234.8962680249971;
e2342_.. - 1*pre_1_25_4 + 1*post_1_25_4 + 469.7925360499942*relu_1_25_4_on_binary_indicator_var =l= 469.7925360499942;
e2343_.. + 1*post_1_25_4 =g= 0;
e2344_.. + 1*post_1_25_4 + 234.8962680249971*relu_1_25_4_off_binary_indicator_var =l= 234.8962680249971;
e2345_.. + 1*pre_1_25_4 + 234.8962680249971*relu_1_25_4_off_binary_indicator_var =l= 234.8962680249971;
relu_1_25_5_above_pre.. + 1*pre_1_25_5 - 1*post_1_25_5 =l= 0;
relu_1_25_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_5_on_binary_indicator_var + 1*relu_1_25_5_off_binary_indicator_var =e= 1;
e2348_.. - 1*pre_1_25_5 + 1*post_1_25_5 - 234.8962680249971*relu_1_25_5_on_binary_indicator_var =g= -234.8962680249971;
e2349_.. - 1*pre_1_25_5 + 1*post_1_25_5 + 469.7925360499942*relu_1_25_5_on_binary_indicator_var =l= 469.7925360499942;
e2350_.. + 1*post_1_25_5 =g= 0;
e2351_.. + 1*post_1_25_5 + 234.8962680249971*relu_1_25_5_off_binary_indicator_var =l= 234.8962680249971;
e2352_.. + 1*pre_1_25_5 + 234.8962680249971*relu_1_25_5_off_binary_indicator_var =l= 234.8962680249971;
relu_1_25_6_above_pre.. + 1*pre_1_25_6 - 1*post_1_25_6 =l= 0;
relu_1_25_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_6_on_binary_indicator_var + 1*relu_1_25_6_off_binary_indicator_var =e= 1;
e2355_.. - 1*pre_1_25_6 + 1*post_1_25_6 - 234.8962680249971*relu_1_25_6_on_binary_indicator_var =g= -234.8962680249971;
e2356_.. - 1*pre_1_25_6 + 1*post_1_25_6 + 469.7925360499942*relu_1_25_6_on_binary_indicator_var =l= 469.7925360499942;
e2357_.. + 1*post_1_25_6 =g= 0;
e2358_.. + 1*post_1_25_6 + 234.8962680249971*relu_1_25_6_off_binary_indicator_var =l= 234.8962680249971;
e2359_.. + 1*pre_1_25_6 + 234.8962680249971*relu_1_25_6_off_binary_indicator_var =l= 234.8962680249971;
relu_1_25_7_above_pre.. + 1*pre_1_25_7 - 1*post_1_25_7 =l= 0;
relu_1_25_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_7_on_binary_indicator_var + 1*relu_1_25_7_off_binary_indicator_var =e= 1;
e2362_.. - 1*pre_1_25_7 + 1*post_1_25_7 - 234.8962680249971*relu_1_25_7_on_binary_indicator_var =g= -234.8962680249971;
e2363_.. - 1*pre_1_25_7 + 1*post_1_25_7 + 469.7925360499942*relu_1_25_7_on_binary_indicator_var =l= 469.7925360499942;
e2364_.. + 1*post_1_25_7 =g= 0;
e2365_.. + 1*post_1_25_7 + 234.8962680249971*relu_1_25_7_off_binary_indicator_var =l= 234.8962680249971;
e2366_.. + 1*pre_1_25_7 + 234.8962680249971*relu_1_25_7_off_binary_indicator_var =l= 234.8962680249971;
relu_1_26_0_above_pre.. + 1*pre_1_26_0 - 1*post_1_26_0 =l= 0;
relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_0_on_binary_indicator_var + 1*relu_1_26_0_off_binary_indicator_var =e= 1;
e2369_.. - 1*pre_1_26_0 + 1*post_1_26_0 - 235.8083915715816*relu_1_26_0_on_binary_indicator_var =g= -235.8083915715816;
e2370_.. - 1*pre_1_26_0 + 1*post_1_26_0 + 471.6167831431632*relu_1_26_0_on_binary_indicator_var =l= 471.6167831431632;
e2371_.. + 1*post_1_26_0 =g= 0;
e2372_.. + 1*post_1_26_0 + 235.8083915715816*relu_1_26_0_off_binary_indicator_var =l= 235.8083915715816;
e2373_.. + 1*pre_1_26_0 + 235.8083915715816*relu_1_26_0_off_binary_indicator_var =l= 235.8083915715816;
relu_1_26_1_above_pre.. + 1*pre_1_26_1 - 1*post_1_26_1 =l= 0;
relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_1_on_binary_indicator_var + 1*relu_1_26_1_off_binary_indicator_var =e= 1;
e2376_.. - 1*pre_1_26_1 + 1*post_1_26_1 - 235.8083915715816*relu_1_26_1_on_binary_indicator_var =g= -235.8083915715816;
e2377_.. - 1*pre_1_26_1 + 1*post_1_26_1 + 471.6167831431632*relu_1_26_1_on_binary_indicator_var =l= 471.6167831431632;
e2378_.. + 1*post_1_26_1 =g= 0;
e2379_.. + 1*post_1_26_1 + 235.8083915715816*relu_1_26_1_off_binary_indicator_var =l= 235.8083915715816;
e2380_.. + 1*pre_1_26_1 + 235.8083915715816*relu_1_26_1_off_binary_indicator_var =l= 235.8083915715816;
relu_1_26_2_above_pre.. + 1*pre_1_26_2 - 1*post_1_26_2 =l= 0;
relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_2_on_binary_indicator_var + 1*relu_1_26_2_off_binary_indicator_var =e= 1;
e2383_.. - 1*pre_1_26_2 + 1*post_1_26_2 - 235.8083915715816*relu_1_26_2_on_binary_indicator_var =g= -235.8083915715816;
e2384_.. - 1*pre_1_26_2 + 1*post_1_26_2 + 471.6167831431632*relu_1_26_2_on_binary_indicator_var =l= 471.6167831431632;
e2385_.. + 1*post_1_26_2 =g= 0;
e2386_.. + 1*post_1_26_2 + 235.8083915715816*relu_1_26_2_off_binary_indicator_var =l= 235.8083915715816;
e2387_.. + 1*pre_1_26_2 + 235.8083915715816*relu_1_26_2_off_binary_indicator_var =l= 235.8083915715816;
relu_1_26_3_above_pre.. + 1*pre_1_26_3 - 1*post_1_26_3 =l= 0;
relu_1_26_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_3_on_binary_indicator_var + 1*relu_1_26_3_off_binary_indicator_var =e= 1;
e2390_.. - 1*pre_1_26_3 + 1*post_1_26_3 - 235.8083915715816*relu_1_26_3_on_binary_indicator_var =g= -235.8083915715816;
e2391_.. - 1*pre_1_26_3 + 1*post_1_26_3 + 471.6167831431632*relu_1_26_3_on_binary_indicator_var =l= 471.6167831431632;
e2392_.. + 1*post_1_26_3 =g= 0;
e2393_.. + 1*post_1_26_3 + 235.8083915715816*relu_1_26_3_off_binary_indicator_var =l= 235.8083915715816;
e2394_.. + 1*pre_1_26_3 + 235.8083915715816*relu_1_26_3_off_binary_indicator_var =l= 235.8083915715816;
relu_1_26_4_above_pre.. + 1*pre_1_26_4 - 1*post_1_26_4 =l= 0;
relu_1_26_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_4_on_binary_indicator_var + 1*relu_1_26_4_off_binary_indicator_var =e= 1;
e2397_.. - 1*pre_1_26_4 + 1*post_1_26_4 - 235.8083915715816*relu_1_26_4_on_binary_indicator_var =g= -235.8083915715816;
e2398_.. - 1*pre_1_26_4 + 1*post_1_26_4 + 471.6167831431632*relu_1_26_4_on_binary_indicator_var =l= 471.6167831431632;
e2399_.. + 1*post_1_26_4 =g= 0;
e2400_.. + 1*post_1_26_4 + 235.8083915715816*relu_1_26_4_off_binary_indicator_var =l= 235.8083915715816;
e2401_.. + 1*pre_1_26_4 + 235.8083915715816*relu_1_26_4_off_binary_indicator_var =l= 235.8083915715816;
relu_1_26_5_above_pre.. + 1*pre_1_26_5 - 1*post_1_26_5 =l= 0;
relu_1_26_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_5_on_binary_indicator_var + 1*relu_1_26_5_off_binary_indicator_var =e= 1;
e2404_.. - 1*pre_1_26_5 + 1*post_1_26_5 - 235.8083915715816*relu_1_26_5_on_binary_indicator_var =g= -235.8083915715816;
e2405_.. - 1*pre_1_26_5 + 1*post_1_26_5 + 471.6167831431632*relu_1_26_5_on_binary_indicator_var =l= 471.6167831431632;
e2406_.. + 1*post_1_26_5 =g= 0;
e2407_.. + 1*post_1_26_5 + 235.8083915715816*relu_1_26_5_off_binary_indicator_var =l= 235.8083915715816;
e2408_.. + 1*pre_1_26_5 + 235.8083915715816*relu_1_26_5_off_binary_indicator_var =l= 235.8083915715816;
relu_1_26_6_above_pre.. + 1*pre_1_26_6 - 1*post_1_26_6 =l= 0;
relu_1_26_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_6_on_binary_indicator_var + 1*relu_1_26_6_off_binary_indicator_var =e= 1;
e2411_.. - 1*pre_1_26_6 + 1*post_1_26_6 - 235.8083915715816*relu_1_26_6_on_binary_indicator_var =g= -235.8083915715816;
e2412_.. - 1*pre_1_26_6 + 1*post_1_26_6 + 471.6167831431632*relu_1_26_6_on_binary_indicator_var =l= 471.6167831431632;
e2413_.. + 1*post_1_26_6 =g= 0;
e2414_.. + 1*post_1_26_6 + 235.8083915715816*relu_1_26_6_off_binary_indicator_var =l= 235.8083915715816;
e2415_.. + 1*pre_1_26_6 + 235.8083915715816*relu_1_26_6_off_binary_indicator_var =l= 235.8083915715816;
relu_1_26_7_above_pre.. + 1*pre_1_26_7 - 1*post_1_26_7 =l= 0;
relu_1_26_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_7_on_binary_indicator_var + 1*relu_1_26_7_off_binary_indicator_var =e= 1;
e2418_.. - 1*pre_1_26_7 + 1*post_1_26_7 - 235.8083915715816*relu_1_26_7_on_binary_indicator_var =g= -235.8083915715816;
e2419_.. - 1*pre_1_26_7 + 1*post_1_26_7 + 471.6167831431632*relu_1_26_7_on_binary_indicator_var =l= 471.6167831431632;
e2420_.. + 1*post_1_26_7 =g= 0;
e2421_.. + 1*post_1_26_7 + 235.8083915715816*relu_1_26_7_off_binary_indicator_var =l= 235.8083915715816;
e2422_.. + 1*pre_1_26_7 + 235.8083915715816*relu_1_26_7_off_binary_indicator_var =l= 235.8083915715816;
relu_1_27_0_above_pre.. + 1*pre_1_27_0 - 1*post_1_27_0 =l= 0;
relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_0_on_binary_indicator_var + 1*relu_1_27_0_off_binary_indicator_var =e= 1;
e2425_.. - 1*pre_1_27_0 + 1*post_1_27_0 - 230.45597187567114*relu_1_27_0_on_binary_indicator_var =g= -230.45597187567114;
e2426_.. - 1*pre_1_27_0 + 1*post_1_27_0 + 460.9119437513423*relu_1_27_0_on_binary_indicator_var =l= 460.9119437513423;
e2427_.. + 1*post_1_27_0 =g= 0;
e2428_.. + 1*post_1_27_0 + 230.45597187567114*relu_1_27_0_off_binary_indicator_var =l= 230.45597187567114;
e2429_.. + 1*pre_1_27_0 + 230.45597187567114*relu_1_27_0_off_binary_indicator_var =l= 230.45597187567114;
relu_1_27_1_above_pre.. + 1*pre_1_27_1 - 1*post_1_27_1 =l= 0;
relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_1_on_binary_indicator_var + 1*relu_1_27_1_off_binary_indicator_var =e= 1;
e2432_.. - 1*pre_1_27_1 + 1*post_1_27_1 - 230.45597187567114*relu_1_27_1_on_binary_indicator_var =g= -230.45597187567114;
e2433_.. - 1*pre_1_27_1 + 1*post_1_27_1 + 460.9119437513423*relu_1_27_1_on_binary_indicator_var =l= 460.9119437513423;
e2434_.. + 1*post_1_27_1 =g= 0;
e2435_.. + 1*post_1_27_1 + 230.45597187567114*relu_1_27_1_off_binary_indicator_var =l= 230.45597187567114;
e2436_.. + 1*pre_1_27_1 + 230.45597187567114*relu_1_27_1_off_binary_indicator_var =l= 230.45597187567114;
relu_1_27_2_above_pre.. + 1*pre_1_27_2 - 1*post_1_27_2 =l= 0;
relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_2_on_binary_indicator_var + 1*relu_1_27_2_off_binary_indicator_var =e= 1;
e2439_.. - 1*pre_1_27_2 + 1*post_1_27_2 - 230.45597187567114*relu_1_27_2_on_binary_indicator_var =g= -230.45597187567114;
e2440_.. - 1*pre_1_27_2 + 1*post_1_27_2 + 460.9119437513423*relu_1_27_2_on_binary_indicator_var =l= 460.9119437513423;
e2441_.. + 1*post_1_27_2 =g= 0;
e2442_.. + 1*post_1_27_2 + 230.45597187567114*relu_1_27_2_off_binary_indicator_var =l= 230.45597187567114;
e2443_.. + 1*pre_1_27_2 + 230.45597187567114*relu_1_27_2_off_binary_indicator_var =l= 230.45597187567114;
relu_1_27_3_above_pre.. + 1*pre_1_27_3 - 1*post_1_27_3 =l= 0;
relu_1_27_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_3_on_binary_indicator_var + 1*relu_1_27_3_off_binary_indicator_var =e= 1;
e2446_.. - 1*pre_1_27_3 + 1*post_1_27_3 - 230.45597187567114*relu_1_27_3_on_binary_indicator_var =g= -230.45597187567114;
e2447_.. - 1*pre_1_27_3 + 1*post_1_27_3 + 460.9119437513423*relu_1_27_3_on_binary_indicator_var =l= 460.9119437513423;
e2448_.. + 1*post_1_27_3 =g= 0;
e2449_.. + 1*post_1_27_3 + 230.45597187567114*relu_1_27_3_off_binary_indicator_var =l= 230.45597187567114;
e2450_.. + 1*pre_1_27_3 + 230.45597187567114*relu_1_27_3_off_binary_indicator_var =l= 230.45597187567114;
relu_1_27_4_above_pre.. + 1*pre_1_27_4 - 1*post_1_27_4 =l= 0;
relu_1_27_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_4_on_binary_indicator_var + 1*relu_1_27_4_off_binary_indicator_var =e= 1;
e2453_.. - 1*pre_1_27_4 + 1*post_1_27_4 - 230.45597187567114*relu_1_27_4_on_binary_indicator_var =g= -230.45597187567114;
e2454_.. - 1*pre_1_27_4 + 1*post_1_27_4 + 460.9119437513423*relu_1_27_4_on_binary_indicator_var =l= 460.9119437513423;
e2455_.. + 1*post_1_27_4 =g= 0;
e2456_.. + 1*post_1_27_4 + 230.45597187567114*relu_1_27_4_off_binary_indicator_var =l= 230.45597187567114;
e2457_.. + 1*pre_1_27_4 + 230.45597187567114*relu_1_27_4_off_binary_indicator_var =l= 230.45597187567114;
relu_1_27_5_above_pre.. + 1*pre_1_27_5 - 1*post_1_27_5 =l= 0;
relu_1_27_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_5_on_binary_indicator_var + 1*relu_1_27_5_off_binary_indicator_var =e= 1;
e2460_.. - 1*pre_1_27_5 + 1*post_1_27_5 - 230.45597187567114*relu_1_27_5_on_binary_indicator_var =g= -230.45597187567114;
e2461_.. - 1*pre_1_27_5 + 1*post_1_27_5 + 460.9119437513423*relu_1_27_5_on_binary_indicator_var =l= 460.9119437513423;
e2462_.. + 1*post_1_27_5 =g= 0;
e2463_.. + 1*post_1_27_5 + 230.45597187567114*relu_1_27_5_off_binary_indicator_var =l= 230.45597187567114;
e2464_.. + 1*pre_1_27_5 + 230.45597187567114*relu_1_27_5_off_binary_indicator_var =l= 230.45597187567114;
relu_1_27_6_above_pre.. + 1*pre_1_27_6 - 1*post_1_27_6 =l= 0;
relu_1_27_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_6_on_binary_indicator_var + 1*relu_1_27_6_off_binary_indicator_var =e= 1;
e2467_.. - 1*pre_1_27_6 + 1*post_1_27_6 - 230.45597187567114*relu_1_27_6_on_binary_indicator_var =g= -230.45597187567114;
e2468_.. - 1*pre_1_27_6 + 1*post_1_27_6 + 460.9119437513423*relu_1_27_6_on_binary_indicator_var =l= 460.9119437513423;
e2469_.. + 1*post_1_27_6 =g= 0;
e2470_.. + 1*post_1_27_6 + 230.45597187567114*relu_1_27_6_off_binary_indicator_var =l= 230.45597187567114;
e2471_.. + 1*pre_1_27_6 + 230.45597187567114*relu_1_27_6_off_binary_indicator_var =l= 230.45597187567114;
relu_1_27_7_above_pre.. + 1*pre_1_27_7 - 1*post_1_27_7 =l= 0;
relu_1_27_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_7_on_binary_indicator_var + 1*relu_1_27_7_off_binary_indicator_var =e= 1;
e2474_.. - 1*pre_1_27_7 + 1*post_1_27_7 - 230.45597187567114*relu_1_27_7_on_binary_indicator_var =g= -230.45597187567114;
e2475_.. - 1*pre_1_27_7 + 1*post_1_27_7 + 460.9119437513423*relu_1_27_7_on_binary_indicator_var =l= 460.9119437513423;
e2476_.. + 1*post_1_27_7 =g= 0;
e2477_.. + 1*post_1_27_7 + 230.45597187567114*relu_1_27_7_off_binary_indicator_var =l= 230.45597187567114;
e2478_.. + 1*pre_1_27_7 + 230.45597187567114*relu_1_27_7_off_binary_indicator_var =l= 230.45597187567114;
relu_1_28_0_above_pre.. + 1*pre_1_28_0 - 1*post_1_28_0 =l= 0;
relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_0_on_binary_indicator_var + 1*relu_1_28_0_off_binary_indicator_var =e= 1;
e2481_.. - 1*pre_1_28_0 + 1*post_1_28_0 - 231.36809542225564*relu_1_28_0_on_binary_indicator_var =g= -231.36809542225564;
e2482_.. - 1*pre_1_28_0 + 1*post_1_28_0 + 462.73619084451127*relu_1_28_0_on_binary_indicator_var =l= 462.73619084451127;
e2483_.. + 1*post_1_28_0 =g= 0;
e2484_.. + 1*post_1_28_0 + 231.36809542225564*relu_1_28_0_off_binary_indicator_var =l= 231.36809542225564;
e2485_.. + 1*pre_1_28_0 + 231.36809542225564*relu_1_28_0_off_binary_indicator_var =l= 231.36809542225564;
relu_1_28_1_above_pre.. + 1*pre_1_28_1 - 1*post_1_28_1 =l= 0;
relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_1_on_binary_indicator_var + 1*relu_1_28_1_off_binary_indicator_var =e= 1;
e2488_.. - 1*pre_1_28_1 + 1*post_1_28_1 - 231.36809542225564*relu_1_28_1_on_binary_indicator_var =g= -231.36809542225564;
e2489_.. - 1*pre_1_28_1 + 1*post_1_28_1 + 462.73619084451127*relu_1_28_1_on_binary_indicator_var =l= 462.73619084451127;
e2490_.. + 1*post_1_28_1 =g= 0;
e2491_.. + 1*post_1_28_1 + 231.36809542225564*relu_1_28_1_off_binary_indicator_var =l= 231.36809542225564;
e2492_.. + 1*pre_1_28_1 + 231.36809542225564*relu_1_28_1_off_binary_indicator_var =l= 231.36809542225564;
relu_1_28_2_above_pre.. + 1*pre_1_28_2 - 1*post_1_28_2 =l= 0;
relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_2_on_binary_indicator_var + 1*relu_1_28_2_off_binary_indicator_var =e= 1;
e2495_.. - 1*pre_1_28_2 + 1*post_1_28_2 - 231.36809542225564*relu_1_28_2_on_binary_indicator_var =g= -231.36809542225564;
e2496_.. - 1*pre_1_28_2 + 1*post_1_28_2 + 462.73619084451127*relu_1_28_2_on_binary_indicator_var =l= 462.73619084451127;
e2497_.. + 1*post_1_28_2 =g= 0;
e2498_.. + 1*post_1_28_2 + 231.36809542225564*relu_1_28_2_off_binary_indicator_var =l= 231.36809542225564;
e2499_.. + 1*pre_1_28_2 + 231.36809542225564*relu_1_28_2_off_binary_indicator_var =l= 231.36809542225564;
relu_1_28_3_above_pre.. + 1*pre_1_28_3 - 1*post_1_28_3 =l= 0;
relu_1_28_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_3_on_binary_indicator_var + 1*relu_1_28_3_off_binary_indicator_var =e= 1;
e2502_.. - 1*pre_1_28_3 + 1*post_1_28_3 - 231.36809542225564*relu_1_28_3_on_binary_indicator_var =g= -231.36809542225564;
e2503_.. - 1*pre_1_28_3 + 1*post_1_28_3 + 462.73619084451127*relu_1_28_3_on_binary_indicator_var =l= 462.73619084451127;
e2504_.. + 1*post_1_28_3 =g= 0;
e2505_.. + 1*post_1_28_3 + 231.36809542225564*relu_1_28_3_off_binary_indicator_var =l= 231.36809542225564;
e2506_.. + 1*pre_1_28_3 + 231.36809542225564*relu_1_28_3_off_binary_indicator_var =l= 231.36809542225564;
relu_1_28_4_above_pre.. + 1*pre_1_28_4 - 1*post_1_28_4 =l= 0;
relu_1_28_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_4_on_binary_indicator_var + 1*relu_1_28_4_off_binary_indicator_var =e= 1;
e2509_.. - 1*pre_1_28_4 + 1*post_1_28_4 - 231.36809542225564*relu_1_28_4_on_binary_indicator_var =g= -231.36809542225564;
e2510_.. - 1*pre_1_28_4 + 1*post_1_28_4 + 462.73619084451127*relu_1_28_4_on_binary_indicator_var =l= 462.73619084451127;
e2511_.. + 1*post_1_28_4 =g= 0;
e2512_.. + 1*post_1_28_4 + 231.36809542225564*relu_1_28_4_off_binary_indicator_var =l= 231.36809542225564;
e2513_.. + 1*pre_1_28_4 + 231.36809542225564*relu_1_28_4_off_binary_indicator_var =l= 231.36809542225564;
relu_1_28_5_above_pre.. + 1*pre_1_28_5 - 1*post_1_28_5 =l= 0;
relu_1_28_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_5_on_binary_indicator_var + 1*relu_1_28_5_off_binary_indicator_var =e= 1;
e2516_.. - 1*pre_1_28_5 + 1*post_1_28_5 - 231.36809542225564*relu_1_28_5_on_binary_indicator_var =g= -231.36809542225564;
e2517_.. - 1*pre_1_28_5 + 1*post_1_28_5 + 462.73619084451127*relu_1_28_5_on_binary_indicator_var =l= 462.73619084451127;
e2518_.. + 1*post_1_28_5 =g= 0;
e2519_.. + 1*post_1_28_5 + 231.36809542225564*relu_1_28_5_off_binary_indicator_var =l= 231.36809542225564;
e2520_.. + 1*pre_1_28_5 + 231.36809542225564*relu_1_28_5_off_binary_indicator_var =l= 231.36809542225564;
relu_1_28_6_above_pre.. + 1*pre_1_28_6 - 1*post_1_28_6 =l= 0;
relu_1_28_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_6_on_binary_indicator_var + 1*relu_1_28_6_off_binary_indicator_var =e= 1;
e2523_.. - 1*pre_1_28_6 + 1*post_1_28_6 - 231.36809542225564*relu_1_28_6_on_binary_indicator_var =g= -231.36809542225564;
e2524_.. - 1*pre_1_28_6 + 1*post_1_28_6 + 462.73619084451127*relu_1_28_6_on_binary_indicator_var =l= 462.73619084451127;
e2525_.. + 1*post_1_28_6 =g= 0;
e2526_.. + 1*post_1_28_6 + 231.36809542225564*relu_1_28_6_off_binary_indicator_var =l= 231.36809542225564;
e2527_.. + 1*pre_1_28_6 + 231.36809542225564*relu_1_28_6_off_binary_indicator_var =l= 231.36809542225564;
relu_1_28_7_above_pre.. + 1*pre_1_28_7 - 1*post_1_28_7 =l= 0;
relu_1_28_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_7_on_binary_indicator_var + 1*relu_1_28_7_off_binary_indicator_var =e= 1;
e2530_.. - 1*pre_1_28_7 + 1*post_1_28_7 - 231.36809542225564*relu_1_28_7_on_binary_indicator_var =g= -231.36809542225564;
e2531_.. - 1*pre_1_28_7 + 1*post_1_28_7 + 462.73619084451127*relu_1_28_7_on_binary_indicator_var =l= 462.73619084451127;
e2532_.. + 1*post_1_28_7 =g= 0;
e2533_.. + 1*post_1_28_7 + 231.36809542225564*relu_1_28_7_off_binary_indicator_var =l= 231.36809542225564;
e2534_.. + 1*pre_1_28_7 + 231.36809542225564*relu_1_28_7_off_binary_indicator_var =l= 231.36809542225564;
relu_1_29_0_above_pre.. + 1*pre_1_29_0 - 1*post_1_29_0 =l= 0;
relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_0_on_binary_indicator_var + 1*relu_1_29_0_off_binary_indicator_var =e= 1;
e2537_.. - 1*pre_1_29_0 + 1*post_1_29_0 - 232.28021896884013*relu_1_29_0_on_binary_indicator_var =g= -232.28021896884013;
e2538_.. - 1*pre_1_29_0 + 1*post_1_29_0 + 464.56043793768026*relu_1_29_0_on_binary_indicator_var =l= 464.56043793768026;
e2539_.. + 1*post_1_29_0 =g= 0;
e2540_.. + 1*post_1_29_0 + 232.28021896884013*relu_1_29_0_off_binary_indicator_var =l= 232.28021896884013;
e2541_.. + 1*pre_1_29_0 + 232.28021896884013*relu_1_29_0_off_binary_indicator_var =l= 232.28021896884013;
relu_1_29_1_above_pre.. + 1*pre_1_29_1 - 1*post_1_29_1 =l= 0;
relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_1_on_binary_indicator_var + 1*relu_1_29_1_off_binary_indicator_var =e= 1;
e2544_.. - 1*pre_1_29_1 + 1*post_1_29_1 - 232.28021896884013*relu_1_29_1_on_binary_indicator_var =g= -232.28021896884013;
e2545_.. - 1*pre_1_29_1 + 1*post_1_29_1 + 464.56043793768026*relu_1_29_1_on_binary_indicator_var =l= 464.56043793768026;
e2546_.. + 1*post_1_29_1 =g= 0;
e2547_.. + 1*post_1_29_1 + 232.28021896884013*relu_1_29_1_off_binary_indicator_var =l= 232.28021896884013;
e2548_.. + 1*pre_1_29_1 + 232.28021896884013*relu_1_29_1_off_binary_indicator_var =l= 232.28021896884013;
relu_1_29_2_above_pre.. + 1*pre_1_29_2 - 1*post_1_29_2 =l= 0;
relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_2_on_binary_indicator_var + 1*relu_1_29_2_off_binary_indicator_var =e= 1;
e2551_.. - 1*pre_1_29_2 + 1*post_1_29_2 - 232.28021896884013*relu_1_29_2_on_binary_indicator_var =g= -232.28021896884013;
e2552_.. - 1*pre_1_29_2 + 1*post_1_29_2 + 464.56043793768026*relu_1_29_2_on_binary_indicator_var =l= 464.56043793768026;
e2553_.. + 1*post_1_29_2 =g= 0;
e2554_.. + 1*post_1_29_2 + 232.28021896884013*relu_1_29_2_off_binary_indicator_var =l= 232.28021896884013;
e2555_.. + 1*pre_1_29_2 + 232.28021896884013*relu_1_29_2_off_binary_indicator_var =l= 232.28021896884013;
relu_1_29_3_above_pre.. + 1*pre_1_29_3 - 1*post_1_29_3 =l= 0;
relu_1_29_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_3_on_binary_indicator_var + 1*relu_1_29_3_off_binary_indicator_var =e= 1;
e2558_.. - 1*pre_1_29_3 + 1*post_1_29_3 - 232.28021896884013*relu_1_29_3_on_binary_indicator_var =g= -232.28021896884013;
e2559_.. - 1*pre_1_29_3 + 1*post_1_29_3 + 464.56043793768026*relu_1_29_3_on_binary_indicator_var =l= 464.56043793768026;
e2560_.. + 1*post_1_29_3 =g= 0;
e2561_.. + 1*post_1_29_3 + 232.28021896884013*relu_1_29_3_off_binary_indicator_var =l= 232.28021896884013;
e2562_.. + 1*pre_1_29_3 + 232.28021896884013*relu_1_29_3_off_binary_indicator_var =l= 232.28021896884013;
relu_1_29_4_above_pre.. + 1*pre_1_29_4 - 1*post_1_29_4 =l= 0;
relu_1_29_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_4_on_binary_indicator_var + 1*relu_1_29_4_off_binary_indicator_var =e= 1;
e2565_.. - 1*pre_1_29_4 + 1*post_1_29_4 - 232.28021896884013*relu_1_29_4_on_binary_indicator_var =g= -232.28021896884013;
e2566_.. - 1*pre_1_29_4 + 1*post_1_29_4 + 464.56043793768026*relu_1_29_4_on_binary_indicator_var =l= 464.56043793768026;
e2567_.. + 1*post_1_29_4 =g= 0;
e2568_.. + 1*post_1_29_4 + 232.28021896884013*relu_1_29_4_off_binary_indicator_var =l= 232.28021896884013;
e2569_.. + 1*pre_1_29_4 + 232.28021896884013*relu_1_29_4_off_binary_indicator_var =l= 232.28021896884013;
relu_1_29_5_above_pre.. + 1*pre_1_29_5 - 1*post_1_29_5 =l= 0;
relu_1_29_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_5_on_binary_indicator_var + 1*relu_1_29_5_off_binary_indicator_var =e= 1;
e2572_.. - 1*pre_1_29_5 + 1*post_1_29_5 - 232.28021896884013*relu_1_29_5_on_binary_indicator_var =g= -232.28021896884013;
e2573_.. - 1*pre_1_29_5 + 1*post_1_29_5 + 464.56043793768026*relu_1_29_5_on_binary_indicator_var =l= 464.56043793768026;
e2574_.. + 1*post_1_29_5 =g= 0;
e2575_.. + 1*post_1_29_5 + 232.28021896884013*relu_1_29_5_off_binary_indicator_var =l= 232.28021896884013;
e2576_.. + 1*pre_1_29_5 + 232.28021896884013*relu_1_29_5_off_binary_indicator_var =l= 232.28021896884013;
relu_1_29_6_above_pre.. + 1*pre_1_29_6 - 1*post_1_29_6 =l= 0;
relu_1_29_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_6_on_binary_indicator_var + 1*relu_1_29_6_off_binary_indicator_var =e= 1;
e2579_.. - 1*pre_1_29_6 + 1*post_1_29_6 - 232.28021896884013*relu_1_29_6_on_binary_indicator_var =g= -232.28021896884013;
e2580_.. - 1*pre_1_29_6 + 1*post_1_29_6 + 464.56043793768026*relu_1_29_6_on_binary_indicator_var =l= 464.56043793768026;
e2581_.. + 1*post_1_29_6 =g= 0;
e2582_.. + 1*post_1_29_6 + 232.28021896884013*relu_1_29_6_off_binary_indicator_var =l= 232.28021896884013;
e2583_.. + 1*pre_1_29_6 + 232.28021896884013*relu_1_29_6_off_binary_indicator_var =l= 232.28021896884013;
relu_1_29_7_above_pre.. + 1*pre_1_29_7 - 1*post_1_29_7 =l= 0;
relu_1_29_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_7_on_binary_indicator_var + 1*relu_1_29_7_off_binary_indicator_var =e= 1;
e2586_.. - 1*pre_1_29_7 + 1*post_1_29_7 - 232.28021896884013*relu_1_29_7_on_binary_indicator_var =g= -232.28021896884013;
e2587_.. - 1*pre_1_29_7 + 1*post_1_29_7 + 464.56043793768026*relu_1_29_7_on_binary_indicator_var =l= 464.56043793768026;
e2588_.. + 1*post_1_29_7 =g= 0;
e2589_.. + 1*post_1_29_7 + 232.28021896884013*relu_1_29_7_off_binary_indicator_var =l= 232.28021896884013;
e2590_.. + 1*pre_1_29_7 + 232.28021896884013*relu_1_29_7_off_binary_indicator_var =l= 232.28021896884013;
relu_1_30_0_above_pre.. + 1*pre_1_30_0 - 1*post_1_30_0 =l= 0;
relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_0_on_binary_indicator_var + 1*relu_1_30_0_off_binary_indicator_var =e= 1;
e2593_.. - 1*pre_1_30_0 + 1*post_1_30_0 - 226.92779927292972*relu_1_30_0_on_binary_indicator_var =g= -226.92779927292972;
e2594_.. - 1*pre_1_30_0 + 1*post_1_30_0 + 453.85559854585944*relu_1_30_0_on_binary_indicator_var =l= 453.85559854585944;
e2595_.. + 1*post_1_30_0 =g= 0;
e2596_.. + 1*post_1_30_0 + 226.92779927292972*relu_1_30_0_off_binary_indicator_var =l= 226.92779927292972;
e2597_.. + 1*pre_1_30_0 + 226.92779927292972*relu_1_30_0_off_binary_indicator_var =l= 226.92779927292972;
relu_1_30_1_above_pre.. + 1*pre_1_30_1 - 1*post_1_30_1 =l= 0;
relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_1_on_binary_indicator_var + 1*relu_1_30_1_off_binary_indicator_var =e= 1;
e2600_.. - 1*pre_1_30_1 + 1*post_1_30_1 - 226.92779927292972*relu_1_30_1_on_binary_indicator_var =g= -226.92779927292972;
e2601_.. - 1*pre_1_30_1 + 1*post_1_30_1 + 453.85559854585944*relu_1_30_1_on_binary_indicator_var =l= 453.85559854585944;
e2602_.. + 1*post_1_30_1 =g= 0;
e2603_.. + 1*post_1_30_1 + 226.92779927292972*relu_1_30_1_off_binary_indicator_var =l= 226.92779927292972;
e2604_.. + 1*pre_1_30_1 + 226.92779927292972*relu_1_30_1_off_binary_indicator_var =l= 226.92779927292972;
relu_1_30_2_above_pre.. + 1*pre_1_30_2 - 1*post_1_30_2 =l= 0;
relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_2_on_binary_indicator_var + 1*relu_1_30_2_off_binary_indicator_var =e= 1;
e2607_.. - 1*pre_1_30_2 + 1*post_1_30_2 - 226.92779927292972*relu_1_30_2_on_binary_indicator_var =g= -226.92779927292972;
e2608_.. - 1*pre_1_30_2 + 1*post_1_30_2 + 453.85559854585944*relu_1_30_2_on_binary_indicator_var =l= 453.85559854585944;
e2609_.. + 1*post_1_30_2 =g= 0;
e2610_.. + 1*post_1_30_2 + 226.92779927292972*relu_1_30_2_off_binary_indicator_var =l= 226.92779927292972;
e2611_.. + 1*pre_1_30_2 + 226.92779927292972*relu_1_30_2_off_binary_indicator_var =l= 226.92779927292972;
relu_1_30_3_above_pre.. + 1*pre_1_30_3 - 1*post_1_30_3 =l= 0;
relu_1_30_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_3_on_binary_indicator_var + 1*relu_1_30_3_off_binary_indicator_var =e= 1;
e2614_.. - 1*pre_1_30_3 + 1*post_1_30_3 - 226.92779927292972*relu_1_30_3_on_binary_indicator_var =g= -226.92779927292972;
e2615_.. - 1*pre_1_30_3 + 1*post_1_30_3 + 453.85559854585944*relu_1_30_3_on_binary_indicator_var =l= 453.85559854585944;
e2616_.. + 1*post_1_30_3 =g= 0;
e2617_.. + 1*post_1_30_3 + 226.92779927292972*relu_1_30_3_off_binary_indicator_var =l= 226.92779927292972;
e2618_.. + 1*pre_1_30_3 + 226.92779927292972*relu_1_30_3_off_binary_indicator_var =l= 226.92779927292972;
relu_1_30_4_above_pre.. + 1*pre_1_30_4 - 1*post_1_30_4 =l= 0;
relu_1_30_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_4_on_binary_indicator_var + 1*relu_1_30_4_off_binary_indicator_var =e= 1;
e2621_.. - 1*pre_1_30_4 + 1*post_1_30_4 - 226.92779927292972*relu_1_30_4_on_binary_indicator_var =g= -226.92779927292972;
e2622_.. - 1*pre_1_30_4 + 1*post_1_30_4 + 453.85559854585944*relu_1_30_4_on_binary_indicator_var =l= 453.85559854585944;
e2623_.. + 1*post_1_30_4 =g= 0;
e2624_.. + 1*post_1_30_4 + 226.92779927292972*relu_1_30_4_off_binary_indicator_var =l= 226.92779927292972;
e2625_.. + 1*pre_1_30_4 + 226.92779927292972*relu_1_30_4_off_binary_indicator_var =l= 226.92779927292972;
relu_1_30_5_above_pre.. + 1*pre_1_30_5 - 1*post_1_30_5 =l= 0;
relu_1_30_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_5_on_binary_indicator_var + 1*relu_1_30_5_off_binary_indicator_var =e= 1;
e2628_.. - 1*pre_1_30_5 + 1*post_1_30_5 - 226.92779927292972*relu_1_30_5_on_binary_indicator_var =g= -226.92779927292972;
e2629_.. - 1*pre_1_30_5 + 1*post_1_30_5 + 453.85559854585944*relu_1_30_5_on_binary_indicator_var =l= 453.85559854585944;
e2630_.. + 1*post_1_30_5 =g= 0;
e2631_.. + 1*post_1_30_5 + 226.92779927292972*relu_1_30_5_off_binary_indicator_var =l= 226.92779927292972;
e2632_.. + 1*pre_1_30_5 + 226.92779927292972*relu_1_30_5_off_binary_indicator_var =l= 226.92779927292972;
relu_1_30_6_above_pre.. + 1*pre_1_30_6 - 1*post_1_30_6 =l= 0;
relu_1_30_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_6_on_binary_indicator_var + 1*relu_1_30_6_off_binary_indicator_var =e= 1;
e2635_.. - 1*pre_1_30_6 + 1*post_1_30_6 - 226.92779927292972*relu_1_30_6_on_binary_indicator_var =g= -226.92779927292972;
e2636_.. - 1*pre_1_30_6 + 1*post_1_30_6 + 453.85559854585944*relu_1_30_6_on_binary_indicator_var =l= 453.85559854585944;
e2637_.. + 1*post_1_30_6 =g= 0;
e2638_.. + 1*post_1_30_6 + 226.92779927292972*relu_1_30_6_off_binary_indicator_var =l= 226.92779927292972;
e2639_.. + 1*pre_1_30_6 + 226.92779927292972*relu_1_30_6_off_binary_indicator_var =l= 226.92779927292972;
relu_1_30_7_above_pre.. + 1*pre_1_30_7 - 1*post_1_30_7 =l= 0;
relu_1_30_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_7_on_binary_indicator_var + 1*relu_1_30_7_off_binary_indicator_var =e= 1;
e2642_.. - 1*pre_1_30_7 + 1*post_1_30_7 - 226.92779927292972*relu_1_30_7_on_binary_indicator_var =g= -226.92779927292972;
e2643_.. - 1*pre_1_30_7 + 1*post_1_30_7 + 453.85559854585944*relu_1_30_7_on_binary_indicator_var =l= 453.85559854585944;
e2644_.. + 1*post_1_30_7 =g= 0;
e2645_.. + 1*post_1_30_7 + 226.92779927292972*relu_1_30_7_off_binary_indicator_var =l= 226.92779927292972;
e2646_.. + 1*pre_1_30_7 + 226.92779927292972*relu_1_30_7_off_binary_indicator_var =l= 226.92779927292972;
relu_1_31_0_above_pre.. + 1*pre_1_31_0 - 1*post_1_31_0 =l= 0;
relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_0_on_binary_indicator_var + 1*relu_1_31_0_off_binary_indicator_var =e= 1;
e2649_.. - 1*pre_1_31_0 + 1*post_1_31_0 - 227.8399228195142*relu_1_31_0_on_binary_indicator_var =g= -227.8399228195142;
e2650_.. - 1*pre_1_31_0 + 1*post_1_31_0 + 455.6798456390284*relu_1_31_0_on_binary_indicator_var =l= 455.6798456390284;
e2651_.. + 1*post_1_31_0 =g= 0;
e2652_.. + 1*post_1_31_0 + 227.8399228195142*relu_1_31_0_off_binary_indicator_var =l= 227.8399228195142;
e2653_.. + 1*pre_1_31_0 + 227.8399228195142*relu_1_31_0_off_binary_indicator_var =l= 227.8399228195142;
relu_1_31_1_above_pre.. + 1*pre_1_31_1 - 1*post_1_31_1 =l= 0;
relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_1_on_binary_indicator_var + 1*relu_1_31_1_off_binary_indicator_var =e= 1;
e2656_.. - 1*pre_1_31_1 + 1*post_1_31_1 - 227.8399228195142*relu_1_31_1_on_binary_indicator_var =g= -227.8399228195142;
e2657_.. - 1*pre_1_31_1 + 1*post_1_31_1 + 455.6798456390284*relu_1_31_1_on_binary_indicator_var =l= 455.6798456390284;
e2658_.. + 1*post_1_31_1 =g= 0;
e2659_.. + 1*post_1_31_1 + 227.8399228195142*relu_1_31_1_off_binary_indicator_var =l= 227.8399228195142;
e2660_.. + 1*pre_1_31_1 + 227.8399228195142*relu_1_31_1_off_binary_indicator_var =l= 227.8399228195142;
relu_1_31_2_above_pre.. + 1*pre_1_31_2 - 1*post_1_31_2 =l= 0;
relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_2_on_binary_indicator_var + 1*relu_1_31_2_off_binary_indicator_var =e= 1;
e2663_.. - 1*pre_1_31_2 + 1*post_1_31_2 - 227.8399228195142*relu_1_31_2_on_binary_indicator_var =g= -227.8399228195142;
e2664_.. - 1*pre_1_31_2 + 1*post_1_31_2 + 455.6798456390284*relu_1_31_2_on_binary_indicator_var =l= 455.6798456390284;
e2665_.. + 1*post_1_31_2 =g= 0;
e2666_.. + 1*post_1_31_2 + 227.8399228195142*relu_1_31_2_off_binary_indicator_var =l= 227.8399228195142;
e2667_.. + 1*pre_1_31_2 + 227.8399228195142*relu_1_31_2_off_binary_indicator_var =l= 227.8399228195142;
relu_1_31_3_above_pre.. + 1*pre_1_31_3 - 1*post_1_31_3 =l= 0;
relu_1_31_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_3_on_binary_indicator_var + 1*relu_1_31_3_off_binary_indicator_var =e= 1;
e2670_.. - 1*pre_1_31_3 + 1*post_1_31_3 - 227.8399228195142*relu_1_31_3_on_binary_indicator_var =g= -227.8399228195142;
e2671_.. - 1*pre_1_31_3 + 1*post_1_31_3 + 455.6798456390284*relu_1_31_3_on_binary_indicator_var =l= 455.6798456390284;
e2672_.. + 1*post_1_31_3 =g= 0;
e2673_.. + 1*post_1_31_3 + 227.8399228195142*relu_1_31_3_off_binary_indicator_var =l= 227.8399228195142;
e2674_.. + 1*pre_1_31_3 + 227.8399228195142*relu_1_31_3_off_binary_indicator_var =l= 227.8399228195142;
relu_1_31_4_above_pre.. + 1*pre_1_31_4 - 1*post_1_31_4 =l= 0;
relu_1_31_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_4_on_binary_indicator_var + 1*relu_1_31_4_off_binary_indicator_var =e= 1;
e2677_.. - 1*pre_1_31_4 + 1*post_1_31_4 - 227.8399228195142*relu_1_31_4_on_binary_indicator_var =g= -227.8399228195142;
e2678_.. - 1*pre_1_31_4 + 1*post_1_31_4 + 455.6798456390284*relu_1_31_4_on_binary_indicator_var =l= 455.6798456390284;
e2679_.. + 1*post_1_31_4 =g= 0;
e2680_.. + 1*post_1_31_4 + 227.8399228195142*relu_1_31_4_off_binary_indicator_var =l= 227.8399228195142;
e2681_.. + 1*pre_1_31_4 + 227.8399228195142*relu_1_31_4_off_binary_indicator_var =l= 227.8399228195142;
relu_1_31_5_above_pre.. + 1*pre_1_31_5 - 1*post_1_31_5 =l= 0;
relu_1_31_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_5_on_binary_indicator_var + 1*relu_1_31_5_off_binary_indicator_var =e= 1;
e2684_.. - 1*pre_1_31_5 + 1*post_1_31_5 - 227.8399228195142*relu_1_31_5_on_binary_indicator_var =g= -227.8399228195142;
e2685_.. - 1*pre_1_31_5 + 1*post_1_31_5 + 455.6798456390284*relu_1_31_5_on_binary_indicator_var =l= 455.6798456390284;
e2686_.. + 1*post_1_31_5 =g= 0;
e2687_.. + 1*post_1_31_5 + 227.8399228195142*relu_1_31_5_off_binary_indicator_var =l= 227.8399228195142;
e2688_.. + 1*pre_1_31_5 + 227.8399228195142*relu_1_31_5_off_binary_indicator_var =l= 227.8399228195142;
relu_1_31_6_above_pre.. + 1*pre_1_31_6 - 1*post_1_31_6 =l= 0;
relu_1_31_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_6_on_binary_indicator_var + 1*relu_1_31_6_off_binary_indicator_var =e= 1;
e2691_.. - 1*pre_1_31_6 + 1*post_1_31_6 - 227.8399228195142*relu_1_31_6_on_binary_indicator_var =g= -227.8399228195142;
e2692_.. - 1*pre_1_31_6 + 1*post_1_31_6 + 455.6798456390284*relu_1_31_6_on_binary_indicator_var =l= 455.6798456390284;
e2693_.. + 1*post_1_31_6 =g= 0;
e2694_.. + 1*post_1_31_6 + 227.8399228195142*relu_1_31_6_off_binary_indicator_var =l= 227.8399228195142;
e2695_.. + 1*pre_1_31_6 + 227.8399228195142*relu_1_31_6_off_binary_indicator_var =l= 227.8399228195142;
relu_1_31_7_above_pre.. + 1*pre_1_31_7 - 1*post_1_31_7 =l= 0;
relu_1_31_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_7_on_binary_indicator_var + 1*relu_1_31_7_off_binary_indicator_var =e= 1;
e2698_.. - 1*pre_1_31_7 + 1*post_1_31_7 - 227.8399228195142*relu_1_31_7_on_binary_indicator_var =g= -227.8399228195142;
e2699_.. - 1*pre_1_31_7 + 1*post_1_31_7 + 455.6798456390284*relu_1_31_7_on_binary_indicator_var =l= 455.6798456390284;
e2700_.. + 1*post_1_31_7 =g= 0;
e2701_.. + 1*post_1_31_7 + 227.8399228195142*relu_1_31_7_off_binary_indicator_var =l= 227.8399228195142;
e2702_.. + 1*pre_1_31_7 + 227.8399228195142*relu_1_31_7_off_binary_indicator_var =l= 227.8399228195142;
relu_1_32_0_above_pre.. + 1*pre_1_32_0 - 1*post_1_32_0 =l= 0;
relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_0_on_binary_indicator_var + 1*relu_1_32_0_off_binary_indicator_var =e= 1;
e2705_.. - 1*pre_1_32_0 + 1*post_1_32_0 - 228.75204636609868*relu_1_32_0_on_binary_indicator_var =g= -228.75204636609868;
e2706_.. - 1*pre_1_32_0 + 1*post_1_32_0 + 457.50409273219736*relu_1_32_0_on_binary_indicator_var =l= 457.50409273219736;
e2707_.. + 1*post_1_32_0 =g= 0;
e2708_.. + 1*post_1_32_0 + 228.75204636609868*relu_1_32_0_off_binary_indicator_var =l= 228.75204636609868;
e2709_.. + 1*pre_1_32_0 + 228.75204636609868*relu_1_32_0_off_binary_indicator_var =l= 228.75204636609868;
relu_1_32_1_above_pre.. + 1*pre_1_32_1 - 1*post_1_32_1 =l= 0;
relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_1_on_binary_indicator_var + 1*relu_1_32_1_off_binary_indicator_var =e= 1;
e2712_.. - 1*pre_1_32_1 + 1*post_1_32_1 - 228.75204636609868*relu_1_32_1_on_binary_indicator_var =g= -228.75204636609868;
e2713_.. - 1*pre_1_32_1 + 1*post_1_32_1 + 457.50409273219736*relu_1_32_1_on_binary_indicator_var =l= 457.50409273219736;
e2714_.. + 1*post_1_32_1 =g= 0;
e2715_.. + 1*post_1_32_1 + 228.75204636609868*relu_1_32_1_off_binary_indicator_var =l= 228.75204636609868;
e2716_.. + 1*pre_1_32_1 + 228.75204636609868*relu_1_32_1_off_binary_indicator_var =l= 228.75204636609868;
relu_1_32_2_above_pre.. + 1*pre_1_32_2 - 1*post_1_32_2 =l= 0;
relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_2_on_binary_indicator_var + 1*relu_1_32_2_off_binary_indicator_var =e= 1;
e2719_.. - 1*pre_1_32_2 + 1*post_1_32_2 - 228.75204636609868*relu_1_32_2_on_binary_indicator_var =g= -228.75204636609868;
e2720_.. - 1*pre_1_32_2 + 1*post_1_32_2 + 457.50409273219736*relu_1_32_2_on_binary_indicator_var =l= 457.50409273219736;
e2721_.. + 1*post_1_32_2 =g= 0;
e2722_.. + 1*post_1_32_2 + 228.75204636609868*relu_1_32_2_off_binary_indicator_var =l= 228.75204636609868;
e2723_.. + 1*pre_1_32_2 + 228.75204636609868*relu_1_32_2_off_binary_indicator_var =l= 228.75204636609868;
relu_1_32_3_above_pre.. + 1*pre_1_32_3 - 1*post_1_32_3 =l= 0;
relu_1_32_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_3_on_binary_indicator_var + 1*relu_1_32_3_off_binary_indicator_var =e= 1;
e2726_.. - 1*pre_1_32_3 + 1*post_1_32_3 - 228.75204636609868*relu_1_32_3_on_binary_indicator_var =g= -228.75204636609868;
e2727_.. - 1*pre_1_32_3 + 1*post_1_32_3 + 457.50409273219736*relu_1_32_3_on_binary_indicator_var =l= 457.50409273219736;
e2728_.. + 1*post_1_32_3 =g= 0;
e2729_.. + 1*post_1_32_3 + 228.75204636609868*relu_1_32_3_off_binary_indicator_var =l= 228.75204636609868;
e2730_.. + 1*pre_1_32_3 + 228.75204636609868*relu_1_32_3_off_binary_indicator_var =l= 228.75204636609868;
relu_1_32_4_above_pre.. + 1*pre_1_32_4 - 1*post_1_32_4 =l= 0;
relu_1_32_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_4_on_binary_indicator_var + 1*relu_1_32_4_off_binary_indicator_var =e= 1;
e2733_.. - 1*pre_1_32_4 + 1*post_1_32_4 - 228.75204636609868*relu_1_32_4_on_binary_indicator_var =g= -228.75204636609868;
e2734_.. - 1*pre_1_32_4 + 1*post_1_32_4 + 457.50409273219736*relu_1_32_4_on_binary_indicator_var =l= 457.50409273219736;
e2735_.. + 1*post_1_32_4 =g= 0;
e2736_.. + 1*post_1_32_4 + 228.75204636609868*relu_1_32_4_off_binary_indicator_var =l= 228.75204636609868;
e2737_.. + 1*pre_1_32_4 + 228.75204636609868*relu_1_32_4_off_binary_indicator_var =l= 228.75204636609868;
relu_1_32_5_above_pre.. + 1*pre_1_32_5 - 1*post_1_32_5 =l= 0;
relu_1_32_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_5_on_binary_indicator_var + 1*relu_1_32_5_off_binary_indicator_var =e= 1;
e2740_.. - 1*pre_1_32_5 + 1*post_1_32_5 - 228.75204636609868*relu_1_32_5_on_binary_indicator_var =g= -228.75204636609868;
e2741_.. - 1*pre_1_32_5 + 1*post_1_32_5 + 457.50409273219736*relu_1_32_5_on_binary_indicator_var =l= 457.50409273219736;
e2742_.. + 1*post_1_32_5 =g= 0;
e2743_.. + 1*post_1_32_5 + 228.75204636609868*relu_1_32_5_off_binary_indicator_var =l= 228.75204636609868;
e2744_.. + 1*pre_1_32_5 + 228.75204636609868*relu_1_32_5_off_binary_indicator_var =l= 228.75204636609868;
relu_1_32_6_above_pre.. + 1*pre_1_32_6 - 1*post_1_32_6 =l= 0;
relu_1_32_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_6_on_binary_indicator_var + 1*relu_1_32_6_off_binary_indicator_var =e= 1;
e2747_.. - 1*pre_1_32_6 + 1*post_1_32_6 - 228.75204636609868*relu_1_32_6_on_binary_indicator_var =g= -228.75204636609868;
e2748_.. - 1*pre_1_32_6 + 1*post_1_32_6 + 457.50409273219736*relu_1_32_6_on_binary_indicator_var =l= 457.50409273219736;
e2749_.. + 1*post_1_32_6 =g= 0;
e2750_.. + 1*post_1_32_6 + 228.75204636609868*relu_1_32_6_off_binary_indicator_var =l= 228.75204636609868;
e2751_.. + 1*pre_1_32_6 + 228.75204636609868*relu_1_32_6_off_binary_indicator_var =l= 228.75204636609868;
relu_1_32_7_above_pre.. + 1*pre_1_32_7 - 1*post_1_32_7 =l= 0;
relu_1_32_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_7_on_binary_indicator_var + 1*relu_1_32_7_off_binary_indicator_var =e= 1;
e2754_.. - 1*pre_1_32_7 + 1*post_1_32_7 - 228.75204636609868*relu_1_32_7_on_binary_indicator_var =g= -228.75204636609868;
e2755_.. - 1*pre_1_32_7 + 1*post_1_32_7 + 457.50409273219736*relu_1_32_7_on_binary_indicator_var =l= 457.50409273219736;
e2756_.. + 1*post_1_32_7 =g= 0;
e2757_.. + 1*post_1_32_7 + 228.75204636609868*relu_1_32_7_off_binary_indicator_var =l= 228.75204636609868;
e2758_.. + 1*pre_1_32_7 + 228.75204636609868*relu_1_32_7_off_binary_indicator_var =l= 228.75204636609868;
relu_1_33_0_above_pre.. + 1*pre_1_33_0 - 1*post_1_33_0 =l= 0;
relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_0_on_binary_indicator_var + 1*relu_1_33_0_off_binary_indicator_var =e= 1;
e2761_.. - 1*pre_1_33_0 + 1*post_1_33_0 - 223.39962667018827*relu_1_33_0_on_binary_indicator_var =g= -223.39962667018827;
e2762_.. - 1*pre_1_33_0 + 1*post_1_33_0 + 446.79925334037654*relu_1_33_0_on_binary_indicator_var =l= 446.79925334037654;
e2763_.. + 1*post_1_33_0 =g= 0;
e2764_.. + 1*post_1_33_0 + 223.39962667018827*relu_1_33_0_off_binary_indicator_var =l= 223.39962667018827;
e2765_.. + 1*pre_1_33_0 + 223.39962667018827*relu_1_33_0_off_binary_indicator_var =l= 223.39962667018827;
relu_1_33_1_above_pre.. + 1*pre_1_33_1 - 1*post_1_33_1 =l= 0;
relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_1_on_binary_indicator_var + 1*relu_1_33_1_off_binary_indicator_var =e= 1;
e2768_.. - 1*pre_1_33_1 + 1*post_1_33_1 - 223.39962667018827*relu_1_33_1_on_binary_indicator_var =g= -223.39962667018827;
e2769_.. - 1*pre_1_33_1 + 1*post_1_33_1 + 446.79925334037654*relu_1_33_1_on_binary_indicator_var =l= 446.79925334037654;
e2770_.. + 1*post_1_33_1 =g= 0;
e2771_.. + 1*post_1_33_1 + 223.39962667018827*relu_1_33_1_off_binary_indicator_var =l= 223.39962667018827;
e2772_.. + 1*pre_1_33_1 + 223.39962667018827*relu_1_33_1_off_binary_indicator_var =l= 223.39962667018827;
relu_1_33_2_above_pre.. + 1*pre_1_33_2 - 1*post_1_33_2 =l= 0;
relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_2_on_binary_indicator_var + 1*relu_1_33_2_off_binary_indicator_var =e= 1;
e2775_.. - 1*pre_1_33_2 + 1*post_1_33_2 - 223.39962667018827*relu_1_33_2_on_binary_indicator_var =g= -223.39962667018827;
e2776_.. - 1*pre_1_33_2 + 1*post_1_33_2 + 446.79925334037654*relu_1_33_2_on_binary_indicator_var =l= 446.79925334037654;
e2777_.. + 1*post_1_33_2 =g= 0;
e2778_.. + 1*post_1_33_2 + 223.39962667018827*relu_1_33_2_off_binary_indicator_var =l= 223.39962667018827;
e2779_.. + 1*pre_1_33_2 + 223.39962667018827*relu_1_33_2_off_binary_indicator_var =l= 223.39962667018827;
relu_1_33_3_above_pre.. + 1*pre_1_33_3 - 1*post_1_33_3 =l= 0;
relu_1_33_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_3_on_binary_indicator_var + 1*relu_1_33_3_off_binary_indicator_var =e= 1;
e2782_.. - 1*pre_1_33_3 + 1*post_1_33_3 - 223.39962667018827*relu_1_33_3_on_binary_indicator_var =g= -223.39962667018827;
e2783_.. - 1*pre_1_33_3 + 1*post_1_33_3 + 446.79925334037654*relu_1_33_3_on_binary_indicator_var =l= 446.79925334037654;
e2784_.. + 1*post_1_33_3 =g= 0;
e2785_.. + 1*post_1_33_3 + 223.39962667018827*relu_1_33_3_off_binary_indicator_var =l= 223.39962667018827;
e2786_.. + 1*pre_1_33_3 + 223.39962667018827*relu_1_33_3_off_binary_indicator_var =l= 223.39962667018827;
relu_1_33_4_above_pre.. + 1*pre_1_33_4 - 1*post_1_33_4 =l= 0;
relu_1_33_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_4_on_binary_indicator_var + 1*relu_1_33_4_off_binary_indicator_var =e= 1;
e2789_.. - 1*pre_1_33_4 + 1*post_1_33_4 - 223.39962667018827*relu_1_33_4_on_binary_indicator_var =g= -223.39962667018827;
e2790_.. - 1*pre_1_33_4 + 1*post_1_33_4 + 446.79925334037654*relu_1_33_4_on_binary_indicator_var =l= 446.79925334037654;
e2791_.. + 1*post_1_33_4 =g= 0;
e2792_.. + 1*post_1_33_4 + 223.39962667018827*relu_1_33_4_off_binary_indicator_var =l= 223.39962667018827;
e2793_.. + 1*pre_1_33_4 + 223.39962667018827*relu_1_33_4_off_binary_indicator_var =l= 223.39962667018827;
relu_1_33_5_above_pre.. + 1*pre_1_33_5 - 1*post_1_33_5 =l= 0;
relu_1_33_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_5_on_binary_indicator_var + 1*relu_1_33_5_off_binary_indicator_var =e= 1;
e2796_.. - 1*pre_1_33_5 + 1*post_1_33_5 - 223.39962667018827*relu_1_33_5_on_binary_indicator_var =g= -223.39962667018827;
e2797_.. - 1*pre_1_33_5 + 1*post_1_33_5 + 446.79925334037654*relu_1_33_5_on_binary_indicator_var =l= 446.79925334037654;
e2798_.. + 1*post_1_33_5 =g= 0;
e2799_.. + 1*post_1_33_5 + 223.39962667018827*relu_1_33_5_off_binary_indicator_var =l= 223.39962667018827;
e2800_.. + 1*pre_1_33_5 + 223.39962667018827*relu_1_33_5_off_binary_indicator_var =l= 223.39962667018827;
relu_1_33_6_above_pre.. + 1*pre_1_33_6 - 1*post_1_33_6 =l= 0;
relu_1_33_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_6_on_binary_indicator_var + 1*relu_1_33_6_off_binary_indicator_var =e= 1;
e2803_.. - 1*pre_1_33_6 + 1*post_1_33_6 - 223.39962667018827*relu_1_33_6_on_binary_indicator_var =g= -223.39962667018827;
e2804_.. - 1*pre_1_33_6 + 1*post_1_33_6 + 446.79925334037654*relu_1_33_6_on_binary_indicator_var =l= 446.79925334037654;
e2805_.. + 1*post_1_33_6 =g= 0;
e2806_.. + 1*post_1_33_6 + 223.39962667018827*relu_1_33_6_off_binary_indicator_var =l= 223.39962667018827;
e2807_.. + 1*pre_1_33_6 + 223.39962667018827*relu_1_33_6_off_binary_indicator_var =l= 223.39962667018827;
relu_1_33_7_above_pre.. + 1*pre_1_33_7 - 1*post_1_33_7 =l= 0;
relu_1_33_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_7_on_binary_indicator_var + 1*relu_1_33_7_off_binary_indicator_var =e= 1;
e2810_.. - 1*pre_1_33_7 + 1*post_1_33_7 - 223.39962667018827*relu_1_33_7_on_binary_indicator_var =g= -223.39962667018827;
e2811_.. - 1*pre_1_33_7 + 1*post_1_33_7 + 446.79925334037654*relu_1_33_7_on_binary_indicator_var =l= 446.79925334037654;
e2812_.. + 1*post_1_33_7 =g= 0;
e2813_.. + 1*post_1_33_7 + 223.39962667018827*relu_1_33_7_off_binary_indicator_var =l= 223.39962667018827;
e2814_.. + 1*pre_1_33_7 + 223.39962667018827*relu_1_33_7_off_binary_indicator_var =l= 223.39962667018827;
relu_1_34_0_above_pre.. + 1*pre_1_34_0 - 1*post_1_34_0 =l= 0;
relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_0_on_binary_indicator_var + 1*relu_1_34_0_off_binary_indicator_var =e= 1;
e2817_.. - 1*pre_1_34_0 + 1*post_1_34_0 - 224.31175021677274*relu_1_34_0_on_binary_indicator_var =g= -224.31175021677274;
e2818_.. - 1*pre_1_34_0 + 1*post_1_34_0 + 448.6235004335455*relu_1_34_0_on_binary_indicator_var =l= 448.6235004335455;
e2819_.. + 1*post_1_34_0 =g= 0;
e2820_.. + 1*post_1_34_0 + 224.31175021677274*relu_1_34_0_off_binary_indicator_var =l= 224.31175021677274;
e2821_.. + 1*pre_1_34_0 + 224.31175021677274*relu_1_34_0_off_binary_indicator_var =l= 224.31175021677274;
relu_1_34_1_above_pre.. + 1*pre_1_34_1 - 1*post_1_34_1 =l= 0;
relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_1_on_binary_indicator_var + 1*relu_1_34_1_off_binary_indicator_var =e= 1;
e2824_.. - 1*pre_1_34_1 + 1*post_1_34_1 - 224.31175021677274*relu_1_34_1_on_binary_indicator_var =g= -224.31175021677274;
e2825_.. - 1*pre_1_34_1 + 1*post_1_34_1 + 448.6235004335455*relu_1_34_1_on_binary_indicator_var =l= 448.6235004335455;
e2826_.. + 1*post_1_34_1 =g= 0;
e2827_.. + 1*post_1_34_1 + 224.31175021677274*relu_1_34_1_off_binary_indicator_var =l= 224.31175021677274;
e2828_.. + 1*pre_1_34_1 + 224.31175021677274*relu_1_34_1_off_binary_indicator_var =l= 224.31175021677274;
relu_1_34_2_above_pre.. + 1*pre_1_34_2 - 1*post_1_34_2 =l= 0;
relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_2_on_binary_indicator_var + 1*relu_1_34_2_off_binary_indicator_var =e= 1;
e2831_.. - 1*pre_1_34_2 + 1*post_1_34_2 - 224.31175021677274*relu_1_34_2_on_binary_indicator_var =g= -224.31175021677274;
e2832_.. - 1*pre_1_34_2 + 1*post_1_34_2 + 448.6235004335455*relu_1_34_2_on_binary_indicator_var =l= 448.6235004335455;
e2833_.. + 1*post_1_34_2 =g= 0;
e2834_.. + 1*post_1_34_2 + 224.31175021677274*relu_1_34_2_off_binary_indicator_var =l= 224.31175021677274;
e2835_.. + 1*pre_1_34_2 + 224.31175021677274*relu_1_34_2_off_binary_indicator_var =l= 224.31175021677274;
relu_1_34_3_above_pre.. + 1*pre_1_34_3 - 1*post_1_34_3 =l= 0;
relu_1_34_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_3_on_binary_indicator_var + 1*relu_1_34_3_off_binary_indicator_var =e= 1;
e2838_.. - 1*pre_1_34_3 + 1*post_1_34_3 - 224.31175021677274*relu_1_34_3_on_binary_indicator_var =g= -224.31175021677274;
e2839_.. - 1*pre_1_34_3 + 1*post_1_34_3 + 448.6235004335455*relu_1_34_3_on_binary_indicator_var =l= 448.6235004335455;
e2840_.. + 1*post_1_34_3 =g= 0;
e2841_.. + 1*post_1_34_3 + 224.31175021677274*relu_1_34_3_off_binary_indicator_var =l= 224.31175021677274;
e2842_.. + 1*pre_1_34_3 + 224.31175021677274*relu_1_34_3_off_binary_indicator_var =l= 224.31175021677274;
relu_1_34_4_above_pre.. + 1*pre_1_34_4 - 1*post_1_34_4 =l= 0;
relu_1_34_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_4_on_binary_indicator_var + 1*relu_1_34_4_off_binary_indicator_var =e= 1;
e2845_.. - 1*pre_1_34_4 + 1*post_1_34_4 - 224.31175021677274*relu_1_34_4_on_binary_indicator_var =g= -224.31175021677274;
e2846_.. - 1*pre_1_34_4 + 1*post_1_34_4 + 448.6235004335455*relu_1_34_4_on_binary_indicator_var =l= 448.6235004335455;
e2847_.. + 1*post_1_34_4 =g= 0;
e2848_.. + 1*post_1_34_4 + 224.31175021677274*relu_1_34_4_off_binary_indicator_var =l= 224.31175021677274;
e2849_.. + 1*pre_1_34_4 + 224.31175021677274*relu_1_34_4_off_binary_indicator_var =l= 224.31175021677274;
relu_1_34_5_above_pre.. + 1*pre_1_34_5 - 1*post_1_34_5 =l= 0;
relu_1_34_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_5_on_binary_indicator_var + 1*relu_1_34_5_off_binary_indicator_var =e= 1;
e2852_.. - 1*pre_1_34_5 + 1*post_1_34_5 - 224.31175021677274*relu_1_34_5_on_binary_indicator_var =g= -224.31175021677274;
e2853_.. - 1*pre_1_34_5 + 1*post_1_34_5 + 448.6235004335455*relu_1_34_5_on_binary_indicator_var =l= 448.6235004335455;
e2854_.. + 1*post_1_34_5 =g= 0;
e2855_.. + 1*post_1_34_5 + 224.31175021677274*relu_1_34_5_off_binary_indicator_var =l= 224.31175021677274;
e2856_.. + 1*pre_1_34_5 + 224.31175021677274*relu_1_34_5_off_binary_indicator_var =l= 224.31175021677274;
relu_1_34_6_above_pre.. + 1*pre_1_34_6 - 1*post_1_34_6 =l= 0;
relu_1_34_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_6_on_binary_indicator_var + 1*relu_1_34_6_off_binary_indicator_var =e= 1;
e2859_.. - 1*pre_1_34_6 + 1*post_1_34_6 - 224.31175021677274*relu_1_34_6_on_binary_indicator_var =g= -224.31175021677274;
e2860_.. - 1*pre_1_34_6 + 1*post_1_34_6 + 448.6235004335455*relu_1_34_6_on_binary_indicator_var =l= 448.6235004335455;
e2861_.. + 1*post_1_34_6 =g= 0;
e2862_.. + 1*post_1_34_6 + 224.31175021677274*relu_1_34_6_off_binary_indicator_var =l= 224.31175021677274;
e2863_.. + 1*pre_1_34_6 + 224.31175021677274*relu_1_34_6_off_binary_indicator_var =l= 224.31175021677274;
relu_1_34_7_above_pre.. + 1*pre_1_34_7 - 1*post_1_34_7 =l= 0;
relu_1_34_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_7_on_binary_indicator_var + 1*relu_1_34_7_off_binary_indicator_var =e= 1;
e2866_.. - 1*pre_1_34_7 + 1*post_1_34_7 - 224.31175021677274*relu_1_34_7_on_binary_indicator_var =g= -224.31175021677274;
e2867_.. - 1*pre_1_34_7 + 1*post_1_34_7 + 448.6235004335455*relu_1_34_7_on_binary_indicator_var =l= 448.6235004335455;
e2868_.. + 1*post_1_34_7 =g= 0;
e2869_.. + 1*post_1_34_7 + 224.31175021677274*relu_1_34_7_off_binary_indicator_var =l= 224.31175021677274;
e2870_.. + 1*pre_1_34_7 + 224.31175021677274*relu_1_34_7_off_binary_indicator_var =l= 224.31175021677274;
relu_1_35_0_above_pre.. + 1*pre_1_35_0 - 1*post_1_35_0 =l= 0;
relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_0_on_binary_indicator_var + 1*relu_1_35_0_off_binary_indicator_var =e= 1;
e2873_.. - 1*pre_1_35_0 + 1*post_1_35_0 - 225.22387376335723*relu_1_35_0_on_binary_indicator_var =g= -225.22387376335723;
e2874_.. - 1*pre_1_35_0 + 1*post_1_35_0 + 450.44774752671447*relu_1_35_0_on_binary_indicator_var =l= 450.44774752671447;
e2875_.. + 1*post_1_35_0 =g= 0;
e2876_.. + 1*post_1_35_0 + 225.22387376335723*relu_1_35_0_off_binary_indicator_var =l= 225.22387376335723;
e2877_.. + 1*pre_1_35_0 + 225.22387376335723*relu_1_35_0_off_binary_indicator_var =l= 225.22387376335723;
relu_1_35_1_above_pre.. + 1*pre_1_35_1 - 1*post_1_35_1 =l= 0;
relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_1_on_binary_indicator_var + 1*relu_1_35_1_off_binary_indicator_var =e= 1;
e2880_.. - 1*pre_1_35_1 + 1*post_1_35_1 - 225.22387376335723*relu_1_35_1_on_binary_indicator_var =g= -225.22387376335723;
e2881_.. - 1*pre_1_35_1 + 1*post_1_35_1 + 450.44774752671447*relu_1_35_1_on_binary_indicator_var =l= 450.44774752671447;
e2882_.. + 1*post_1_35_1 =g= 0;
e2883_.. + 1*post_1_35_1 + 225.22387376335723*relu_1_35_1_off_binary_indicator_var =l= 225.22387376335723;
e2884_.. + 1*pre_1_35_1 + 225.22387376335723*relu_1_35_1_off_binary_indicator_var =l= 225.22387376335723;
relu_1_35_2_above_pre.. + 1*pre_1_35_2 - 1*post_1_35_2 =l= 0;
relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_2_on_binary_indicator_var + 1*relu_1_35_2_off_binary_indicator_var =e= 1;
e2887_.. - 1*pre_1_35_2 + 1*post_1_35_2 - 225.22387376335723*relu_1_35_2_on_binary_indicator_var =g= -225.22387376335723;
e2888_.. - 1*pre_1_35_2 + 1*post_1_35_2 + 450.44774752671447*relu_1_35_2_on_binary_indicator_var =l= 450.44774752671447;
e2889_.. + 1*post_1_35_2 =g= 0;
e2890_.. + 1*post_1_35_2 + 225.22387376335723*relu_1_35_2_off_binary_indicator_var =l= 225.22387376335723;
e2891_.. + 1*pre_1_35_2 + 225.22387376335723*relu_1_35_2_off_binary_indicator_var =l= 225.22387376335723;
relu_1_35_3_above_pre.. + 1*pre_1_35_3 - 1*post_1_35_3 =l= 0;
relu_1_35_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_3_on_binary_indicator_var + 1*relu_1_35_3_off_binary_indicator_var =e= 1;
e2894_.. - 1*pre_1_35_3 + 1*post_1_35_3 - 225.22387376335723*relu_1_35_3_on_binary_indicator_var =g= -225.22387376335723;
e2895_.. - 1*pre_1_35_3 + 1*post_1_35_3 + 450.44774752671447*relu_1_35_3_on_binary_indicator_var =l= 450.44774752671447;
e2896_.. + 1*post_1_35_3 =g= 0;
e2897_.. + 1*post_1_35_3 + 225.22387376335723*relu_1_35_3_off_binary_indicator_var =l= 225.22387376335723;
e2898_.. + 1*pre_1_35_3 + 225.22387376335723*relu_1_35_3_off_binary_indicator_var =l= 225.22387376335723;
relu_1_35_4_above_pre.. + 1*pre_1_35_4 - 1*post_1_35_4 =l= 0;
relu_1_35_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_4_on_binary_indicator_var + 1*relu_1_35_4_off_binary_indicator_var =e= 1;
e2901_.. - 1*pre_1_35_4 + 1*post_1_35_4 - 225.22387376335723*relu_1_35_4_on_binary_indicator_var =g= -225.22387376335723;
e2902_.. - 1*pre_1_35_4 + 1*post_1_35_4 + 450.44774752671447*relu_1_35_4_on_binary_indicator_var =l= 450.44774752671447;
e2903_.. + 1*post_1_35_4 =g= 0;
e2904_.. + 1*post_1_35_4 + 225.22387376335723*relu_1_35_4_off_binary_indicator_var =l= 225.22387376335723;
e2905_.. + 1*pre_1_35_4 + 225.22387376335723*relu_1_35_4_off_binary_indicator_var =l= 225.22387376335723;
relu_1_35_5_above_pre.. + 1*pre_1_35_5 - 1*post_1_35_5 =l= 0;
relu_1_35_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_5_on_binary_indicator_var + 1*relu_1_35_5_off_binary_indicator_var =e= 1;
e2908_.. - 1*pre_1_35_5 + 1*post_1_35_5 - 225.22387376335723*relu_1_35_5_on_binary_indicator_var =g= -225.22387376335723;
e2909_.. - 1*pre_1_35_5 + 1*post_1_35_5 + 450.44774752671447*relu_1_35_5_on_binary_indicator_var =l= 450.44774752671447;
e2910_.. + 1*post_1_35_5 =g= 0;
e2911_.. + 1*post_1_35_5 + 225.22387376335723*relu_1_35_5_off_binary_indicator_var =l= 225.22387376335723;
e2912_.. + 1*pre_1_35_5 + 225.22387376335723*relu_1_35_5_off_binary_indicator_var =l= 225.22387376335723;
relu_1_35_6_above_pre.. + 1*pre_1_35_6 - 1*post_1_35_6 =l= 0;
relu_1_35_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_6_on_binary_indicator_var + 1*relu_1_35_6_off_binary_indicator_var =e= 1;
e2915_.. - 1*pre_1_35_6 + 1*post_1_35_6 - 225.22387376335723*relu_1_35_6_on_binary_indicator_var =g= -225.22387376335723;
e2916_.. - 1*pre_1_35_6 + 1*post_1_35_6 + 450.44774752671447*relu_1_35_6_on_binary_indicator_var =l= 450.44774752671447;
e2917_.. + 1*post_1_35_6 =g= 0;
e2918_.. + 1*post_1_35_6 + 225.22387376335723*relu_1_35_6_off_binary_indicator_var =l= 225.22387376335723;
e2919_.. + 1*pre_1_35_6 + 225.22387376335723*relu_1_35_6_off_binary_indicator_var =l= 225.22387376335723;
relu_1_35_7_above_pre.. + 1*pre_1_35_7 - 1*post_1_35_7 =l= 0;
relu_1_35_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_7_on_binary_indicator_var + 1*relu_1_35_7_off_binary_indicator_var =e= 1;
e2922_.. - 1*pre_1_35_7 + 1*post_1_35_7 - 225.22387376335723*relu_1_35_7_on_binary_indicator_var =g= -225.22387376335723;
e2923_.. - 1*pre_1_35_7 + 1*post_1_35_7 + 450.44774752671447*relu_1_35_7_on_binary_indicator_var =l= 450.44774752671447;
e2924_.. + 1*post_1_35_7 =g= 0;
e2925_.. + 1*post_1_35_7 + 225.22387376335723*relu_1_35_7_off_binary_indicator_var =l= 225.22387376335723;
e2926_.. + 1*pre_1_35_7 + 225.22387376335723*relu_1_35_7_off_binary_indicator_var =l= 225.22387376335723;
relu_1_36_0_above_pre.. + 1*pre_1_36_0 - 1*post_1_36_0 =l= 0;
relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_0_on_binary_indicator_var + 1*relu_1_36_0_off_binary_indicator_var =e= 1;
e2929_.. - 1*pre_1_36_0 + 1*post_1_36_0 - 205.758763656481*relu_1_36_0_on_binary_indicator_var =g= -205.758763656481;
e2930_.. - 1*pre_1_36_0 + 1*post_1_36_0 + 411.517527312962*relu_1_36_0_on_binary_indicator_var =l= 411.517527312962;
e2931_.. + 1*post_1_36_0 =g= 0;
e2932_.. + 1*post_1_36_0 + 205.758763656481*relu_1_36_0_off_binary_indicator_var =l= 205.758763656481;
e2933_.. + 1*pre_1_36_0 + 205.758763656481*relu_1_36_0_off_binary_indicator_var =l= 205.758763656481;
relu_1_36_1_above_pre.. + 1*pre_1_36_1 - 1*post_1_36_1 =l= 0;
relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_1_on_binary_indicator_var + 1*relu_1_36_1_off_binary_indicator_var =e= 1;
e2936_.. - 1*pre_1_36_1 + 1*post_1_36_1 - 205.758763656481*relu_1_36_1_on_binary_indicator_var =g= -205.758763656481;
e2937_.. - 1*pre_1_36_1 + 1*post_1_36_1 + 411.517527312962*relu_1_36_1_on_binary_indicator_var =l= 411.517527312962;
e2938_.. + 1*post_1_36_1 =g= 0;
e2939_.. + 1*post_1_36_1 + 205.758763656481*relu_1_36_1_off_binary_indicator_var =l= 205.758763656481;
e2940_.. + 1*pre_1_36_1 + 205.758763656481*relu_1_36_1_off_binary_indicator_var =l= 205.758763656481;
relu_1_36_2_above_pre.. + 1*pre_1_36_2 - 1*post_1_36_2 =l= 0;
relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_2_on_binary_indicator_var + 1*relu_1_36_2_off_binary_indicator_var =e= 1;
e2943_.. - 1*pre_1_36_2 + 1*post_1_36_2 - 205.758763656481*relu_1_36_2_on_binary_indicator_var =g= -205.758763656481;
e2944_.. - 1*pre_1_36_2 + 1*post_1_36_2 + 411.517527312962*relu_1_36_2_on_binary_indicator_var =l= 411.517527312962;
e2945_.. + 1*post_1_36_2 =g= 0;
e2946_.. + 1*post_1_36_2 + 205.758763656481*relu_1_36_2_off_binary_indicator_var =l= 205.758763656481;
e2947_.. + 1*pre_1_36_2 + 205.758763656481*relu_1_36_2_off_binary_indicator_var =l= 205.758763656481;
relu_1_36_3_above_pre.. + 1*pre_1_36_3 - 1*post_1_36_3 =l= 0;
relu_1_36_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_3_on_binary_indicator_var + 1*relu_1_36_3_off_binary_indicator_var =e= 1;
e2950_.. - 1*pre_1_36_3 + 1*post_1_36_3 - 205.758763656481*relu_1_36_3_on_binary_indicator_var =g= -205.758763656481;
e2951_.. - 1*pre_1_36_3 + 1*post_1_36_3 + 411.517527312962*relu_1_36_3_on_binary_indicator_var =l= 411.517527312962;
e2952_.. + 1*post_1_36_3 =g= 0;
e2953_.. + 1*post_1_36_3 + 205.758763656481*relu_1_36_3_off_binary_indicator_var =l= 205.758763656481;
e2954_.. + 1*pre_1_36_3 + 205.758763656481*relu_1_36_3_off_binary_indicator_var =l= 205.758763656481;
relu_1_36_4_above_pre.. + 1*pre_1_36_4 - 1*post_1_36_4 =l= 0;
relu_1_36_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_4_on_binary_indicator_var + 1*relu_1_36_4_off_binary_indicator_var =e= 1;
e2957_.. - 1*pre_1_36_4 + 1*post_1_36_4 - 205.758763656481*relu_1_36_4_on_binary_indicator_var =g= -205.758763656481;
e2958_.. - 1*pre_1_36_4 + 1*post_1_36_4 + 411.517527312962*relu_1_36_4_on_binary_indicator_var =l= 411.517527312962;
e2959_.. + 1*post_1_36_4 =g= 0;
e2960_.. + 1*post_1_36_4 + 205.758763656481*relu_1_36_4_off_binary_indicator_var =l= 205.758763656481;
e2961_.. + 1*pre_1_36_4 + 205.758763656481*relu_1_36_4_off_binary_indicator_var =l= 205.758763656481;
relu_1_36_5_above_pre.. + 1*pre_1_36_5 - 1*post_1_36_5 =l= 0;
relu_1_36_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_5_on_binary_indicator_var + 1*relu_1_36_5_off_binary_indicator_var =e= 1;
e2964_.. - 1*pre_1_36_5 + 1*post_1_36_5 - 205.758763656481*relu_1_36_5_on_binary_indicator_var =g= -205.758763656481;
e2965_.. - 1*pre_1_36_5 + 1*post_1_36_5 + 411.517527312962*relu_1_36_5_on_binary_indicator_var =l= 411.517527312962;
e2966_.. + 1*post_1_36_5 =g= 0;
e2967_.. + 1*post_1_36_5 + 205.758763656481*relu_1_36_5_off_binary_indicator_var =l= 205.758763656481;
e2968_.. + 1*pre_1_36_5 + 205.758763656481*relu_1_36_5_off_binary_indicator_var =l= 205.758763656481;
relu_1_36_6_above_pre.. + 1*pre_1_36_6 - 1*post_1_36_6 =l= 0;
relu_1_36_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_6_on_binary_indicator_var + 1*relu_1_36_6_off_binary_indicator_var =e= 1;
e2971_.. - 1*pre_1_36_6 + 1*post_1_36_6 - 205.758763656481*relu_1_36_6_on_binary_indicator_var =g= -205.758763656481;
e2972_.. - 1*pre_1_36_6 + 1*post_1_36_6 + 411.517527312962*relu_1_36_6_on_binary_indicator_var =l= 411.517527312962;
e2973_.. + 1*post_1_36_6 =g= 0;
e2974_.. + 1*post_1_36_6 + 205.758763656481*relu_1_36_6_off_binary_indicator_var =l= 205.758763656481;
e2975_.. + 1*pre_1_36_6 + 205.758763656481*relu_1_36_6_off_binary_indicator_var =l= 205.758763656481;
relu_1_36_7_above_pre.. + 1*pre_1_36_7 - 1*post_1_36_7 =l= 0;
relu_1_36_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_7_on_binary_indicator_var + 1*relu_1_36_7_off_binary_indicator_var =e= 1;
e2978_.. - 1*pre_1_36_7 + 1*post_1_36_7 - 205.758763656481*relu_1_36_7_on_binary_indicator_var =g= -205.758763656481;
e2979_.. - 1*pre_1_36_7 + 1*post_1_36_7 + 411.517527312962*relu_1_36_7_on_binary_indicator_var =l= 411.517527312962;
e2980_.. + 1*post_1_36_7 =g= 0;
e2981_.. + 1*post_1_36_7 + 205.758763656481*relu_1_36_7_off_binary_indicator_var =l= 205.758763656481;
e2982_.. + 1*pre_1_36_7 + 205.758763656481*relu_1_36_7_off_binary_indicator_var =l= 205.758763656481;
relu_1_37_0_above_pre.. + 1*pre_1_37_0 - 1*post_1_37_0 =l= 0;
relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_0_on_binary_indicator_var + 1*relu_1_37_0_off_binary_indicator_var =e= 1;
e2985_.. - 1*pre_1_37_0 + 1*post_1_37_0 - 206.6708872030655*relu_1_37_0_on_binary_indicator_var =g= -206.6708872030655;
e2986_.. - 1*pre_1_37_0 + 1*post_1_37_0 + 413.341774406131*relu_1_37_0_on_binary_indicator_var =l= 413.341774406131;
e2987_.. + 1*post_1_37_0 =g= 0;
e2988_.. + 1*post_1_37_0 + 206.6708872030655*relu_1_37_0_off_binary_indicator_var =l= 206.6708872030655;
e2989_.. + 1*pre_1_37_0 + 206.6708872030655*relu_1_37_0_off_binary_indicator_var =l= 206.6708872030655;
relu_1_37_1_above_pre.. + 1*pre_1_37_1 - 1*post_1_37_1 =l= 0;
relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_1_on_binary_indicator_var + 1*relu_1_37_1_off_binary_indicator_var =e= 1;
e2992_.. - 1*pre_1_37_1 + 1*post_1_37_1 - 206.6708872030655*relu_1_37_1_on_binary_indicator_var =g= -206.6708872030655;
e2993_.. - 1*pre_1_37_1 + 1*post_1_37_1 + 413.341774406131*relu_1_37_1_on_binary_indicator_var =l= 413.341774406131;
e2994_.. + 1*post_1_37_1 =g= 0;
e2995_.. + 1*post_1_37_1 + 206.6708872030655*relu_1_37_1_off_binary_indicator_var =l= 206.6708872030655;
e2996_.. + 1*pre_1_37_1 + 206.6708872030655*relu_1_37_1_off_binary_indicator_var =l= 206.6708872030655;
relu_1_37_2_above_pre.. + 1*pre_1_37_2 - 1*post_1_37_2 =l= 0;
relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_2_on_binary_indicator_var + 1*relu_1_37_2_off_binary_indicator_var =e= 1;
e2999_.. - 1*pre_1_37_2 + 1*post_1_37_2 - 206.6708872030655*relu_1_37_2_on_binary_indicator_var =g= -206.6708872030655;
e3000_.. - 1*pre_1_37_2 + 1*post_1_37_2 + 413.341774406131*relu_1_37_2_on_binary_indicator_var =l= 413.341774406131;
e3001_.. + 1*post_1_37_2 =g= 0;
e3002_.. + 1*post_1_37_2 + 206.6708872030655*relu_1_37_2_off_binary_indicator_var =l= 206.6708872030655;
e3003_.. + 1*pre_1_37_2 + 206.6708872030655*relu_1_37_2_off_binary_indicator_var =l= 206.6708872030655;
relu_1_37_3_above_pre.. + 1*pre_1_37_3 - 1*post_1_37_3 =l= 0;
relu_1_37_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_3_on_binary_indicator_var + 1*relu_1_37_3_off_binary_indicator_var =e= 1;
e3006_.. - 1*pre_1_37_3 + 1*post_1_37_3 - 206.6708872030655*relu_1_37_3_on_binary_indicator_var =g= -206.6708872030655;
e3007_.. - 1*pre_1_37_3 + 1*post_1_37_3 + 413.341774406131*relu_1_37_3_on_binary_indicator_var =l= 413.341774406131;
e3008_.. + 1*post_1_37_3 =g= 0;
e3009_.. + 1*post_1_37_3 + 206.6708872030655*relu_1_37_3_off_binary_indicator_var =l= 206.6708872030655;
e3010_.. + 1*pre_1_37_3 + 206.6708872030655*relu_1_37_3_off_binary_indicator_var =l= 206.6708872030655;
relu_1_37_4_above_pre.. + 1*pre_1_37_4 - 1*post_1_37_4 =l= 0;
relu_1_37_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_4_on_binary_indicator_var + 1*relu_1_37_4_off_binary_indicator_var =e= 1;
e3013_.. - 1*pre_1_37_4 + 1*post_1_37_4 - 206.6708872030655*relu_1_37_4_on_binary_indicator_var =g= -206.6708872030655;
e3014_.. - 1*pre_1_37_4 + 1*post_1_37_4 + 413.341774406131*relu_1_37_4_on_binary_indicator_var =l= 413.341774406131;
e3015_.. + 1*post_1_37_4 =g= 0;
e3016_.. + 1*post_1_37_4 + 206.6708872030655*relu_1_37_4_off_binary_indicator_var =l= 206.6708872030655;
e3017_.. + 1*pre_1_37_4 + 206.6708872030655*relu_1_37_4_off_binary_indicator_var =l= 206.6708872030655;
relu_1_37_5_above_pre.. + 1*pre_1_37_5 - 1*post_1_37_5 =l= 0;
relu_1_37_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_5_on_binary_indicator_var + 1*relu_1_37_5_off_binary_indicator_var =e= 1;
e3020_.. - 1*pre_1_37_5 + 1*post_1_37_5 - 206.6708872030655*relu_1_37_5_on_binary_indicator_var =g= -206.6708872030655;
e3021_.. - 1*pre_1_37_5 + 1*post_1_37_5 + 413.341774406131*relu_1_37_5_on_binary_indicator_var =l= 413.341774406131;
e3022_.. + 1*post_1_37_5 =g= 0;
e3023_.. + 1*post_1_37_5 + 206.6708872030655*relu_1_37_5_off_binary_indicator_var =l= 206.6708872030655;
e3024_.. + 1*pre_1_37_5 + 206.6708872030655*relu_1_37_5_off_binary_indicator_var =l= 206.6708872030655;
relu_1_37_6_above_pre.. + 1*pre_1_37_6 - 1*post_1_37_6 =l= 0;
relu_1_37_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_6_on_binary_indicator_var + 1*relu_1_37_6_off_binary_indicator_var =e= 1;
e3027_.. - 1*pre_1_37_6 + 1*post_1_37_6 - 206.6708872030655*relu_1_37_6_on_binary_indicator_var =g= -206.6708872030655;
e3028_.. - 1*pre_1_37_6 + 1*post_1_37_6 + 413.341774406131*relu_1_37_6_on_binary_indicator_var =l= 413.341774406131;
e3029_.. + 1*post_1_37_6 =g= 0;
e3030_.. + 1*post_1_37_6 + 206.6708872030655*relu_1_37_6_off_binary_indicator_var =l= 206.6708872030655;
e3031_.. + 1*pre_1_37_6 + 206.6708872030655*relu_1_37_6_off_binary_indicator_var =l= 206.6708872030655;
relu_1_37_7_above_pre.. + 1*pre_1_37_7 - 1*post_1_37_7 =l= 0;
relu_1_37_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_7_on_binary_indicator_var + 1*relu_1_37_7_off_binary_indicator_var =e= 1;
e3034_.. - 1*pre_1_37_7 + 1*post_1_37_7 - 206.6708872030655*relu_1_37_7_on_binary_indicator_var =g= -206.6708872030655;
e3035_.. - 1*pre_1_37_7 + 1*post_1_37_7 + 413.341774406131*relu_1_37_7_on_binary_indicator_var =l= 413.341774406131;
e3036_.. + 1*post_1_37_7 =g= 0;
e3037_.. + 1*post_1_37_7 + 206.6708872030655*relu_1_37_7_off_binary_indicator_var =l= 206.6708872030655;
e3038_.. + 1*pre_1_37_7 + 206.6708872030655*relu_1_37_7_off_binary_indicator_var =l= 206.6708872030655;
relu_1_38_0_above_pre.. + 1*pre_1_38_0 - 1*post_1_38_0 =l= 0;
relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_0_on_binary_indicator_var + 1*relu_1_38_0_off_binary_indicator_var =e= 1;
e3041_.. - 1*pre_1_38_0 + 1*post_1_38_0 - 207.58301074965*relu_1_38_0_on_binary_indicator_var =g= -207.58301074965;
e3042_.. - 1*pre_1_38_0 + 1*post_1_38_0 + 415.1660214993*relu_1_38_0_on_binary_indicator_var =l= 415.1660214993;
e3043_.. + 1*post_1_38_0 =g= 0;
e3044_.. + 1*post_1_38_0 + 207.58301074965*relu_1_38_0_off_binary_indicator_var =l= 207.58301074965;
e3045_.. + 1*pre_1_38_0 + 207.58301074965*relu_1_38_0_off_binary_indicator_var =l= 207.58301074965;
relu_1_38_1_above_pre.. + 1*pre_1_38_1 - 1*post_1_38_1 =l= 0;
relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_1_on_binary_indicator_var + 1*relu_1_38_1_off_binary_indicator_var =e= 1;
e3048_.. - 1*pre_1_38_1 + 1*post_1_38_1 - 207.58301074965*relu_1_38_1_on_binary_indicator_var =g= -207.58301074965;
e3049_.. - 1*pre_1_38_1 + 1*post_1_38_1 + 415.1660214993*relu_1_38_1_on_binary_indicator_var =l= 415.1660214993;
e3050_.. + 1*post_1_38_1 =g= 0;
e3051_.. + 1*post_1_38_1 + 207.58301074965*relu_1_38_1_off_binary_indicator_var =l= 207.58301074965;
e3052_.. + 1*pre_1_38_1 + 207.58301074965*relu_1_38_1_off_binary_indicator_var =l= 207.58301074965;
relu_1_38_2_above_pre.. + 1*pre_1_38_2 - 1*post_1_38_2 =l= 0;
relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_2_on_binary_indicator_var + 1*relu_1_38_2_off_binary_indicator_var =e= 1;
e3055_.. - 1*pre_1_38_2 + 1*post_1_38_2 - 207.58301074965*relu_1_38_2_on_binary_indicator_var =g= -207.58301074965;
e3056_.. - 1*pre_1_38_2 + 1*post_1_38_2 + 415.1660214993*relu_1_38_2_on_binary_indicator_var =l= 415.1660214993;
e3057_.. + 1*post_1_38_2 =g= 0;
e3058_.. + 1*post_1_38_2 + 207.58301074965*relu_1_38_2_off_binary_indicator_var =l= 207.58301074965;
e3059_.. + 1*pre_1_38_2 + 207.58301074965*relu_1_38_2_off_binary_indicator_var =l= 207.58301074965;
relu_1_38_3_above_pre.. + 1*pre_1_38_3 - 1*post_1_38_3 =l= 0;
relu_1_38_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_3_on_binary_indicator_var + 1*relu_1_38_3_off_binary_indicator_var =e= 1;
e3062_.. - 1*pre_1_38_3 + 1*post_1_38_3 - 207.58301074965*relu_1_38_3_on_binary_indicator_var =g= -207.58301074965;
e3063_.. - 1*pre_1_38_3 + 1*post_1_38_3 + 415.1660214993*relu_1_38_3_on_binary_indicator_var =l= 415.1660214993;
e3064_.. + 1*post_1_38_3 =g= 0;
e3065_.. + 1*post_1_38_3 + 207.58301074965*relu_1_38_3_off_binary_indicator_var =l= 207.58301074965;
e3066_.. + 1*pre_1_38_3 + 207.58301074965*relu_1_38_3_off_binary_indicator_var =l= 207.58301074965;
relu_1_38_4_above_pre.. + 1*pre_1_38_4 - 1*post_1_38_4 =l= 0;
relu_1_38_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_4_on_binary_indicator_var + 1*relu_1_38_4_off_binary_indicator_var =e= 1;
e3069_.. - 1*pre_1_38_4 + 1*post_1_38_4 - 207.58301074965*relu_1_38_4_on_binary_indicator_var =g= -207.58301074965;
e3070_.. - 1*pre_1_38_4 + 1*post_1_38_4 + 415.1660214993*relu_1_38_4_on_binary_indicator_var =l= 415.1660214993;
e3071_.. + 1*post_1_38_4 =g= 0;
e3072_.. + 1*post_1_38_4 + 207.58301074965*relu_1_38_4_off_binary_indicator_var =l= 207.58301074965;
e3073_.. + 1*pre_1_38_4 + 207.58301074965*relu_1_38_4_off_binary_indicator_var =l= 207.58301074965;
relu_1_38_5_above_pre.. + 1*pre_1_38_5 - 1*post_1_38_5 =l= 0;
relu_1_38_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_5_on_binary_indicator_var + 1*relu_1_38_5_off_binary_indicator_var =e= 1;
e3076_.. - 1*pre_1_38_5 + 1*post_1_38_5 - 207.58301074965*relu_1_38_5_on_binary_indicator_var =g= -207.58301074965;
e3077_.. - 1*pre_1_38_5 + 1*post_1_38_5 + 415.1660214993*relu_1_38_5_on_binary_indicator_var =l= 415.1660214993;
e3078_.. + 1*post_1_38_5 =g= 0;
e3079_.. + 1*post_1_38_5 + 207.58301074965*relu_1_38_5_off_binary_indicator_var =l= 207.58301074965;
e3080_.. + 1*pre_1_38_5 + 207.58301074965*relu_1_38_5_off_binary_indicator_var =l= 207.58301074965;
relu_1_38_6_above_pre.. + 1*pre_1_38_6 - 1*post_1_38_6 =l= 0;
relu_1_38_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_6_on_binary_indicator_var + 1*relu_1_38_6_off_binary_indicator_var =e= 1;
e3083_.. - 1*pre_1_38_6 + 1*post_1_38_6 - 207.58301074965*relu_1_38_6_on_binary_indicator_var =g= -207.58301074965;
e3084_.. - 1*pre_1_38_6 + 1*post_1_38_6 + 415.1660214993*relu_1_38_6_on_binary_indicator_var =l= 415.1660214993;
e3085_.. + 1*post_1_38_6 =g= 0;
e3086_.. + 1*post_1_38_6 + 207.58301074965*relu_1_38_6_off_binary_indicator_var =l= 207.58301074965;
e3087_.. + 1*pre_1_38_6 + 207.58301074965*relu_1_38_6_off_binary_indicator_var =l= 207.58301074965;
relu_1_38_7_above_pre.. + 1*pre_1_38_7 - 1*post_1_38_7 =l= 0;
relu_1_38_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_7_on_binary_indicator_var + 1*relu_1_38_7_off_binary_indicator_var =e= 1;
e3090_.. - 1*pre_1_38_7 + 1*post_1_38_7 - 207.58301074965*relu_1_38_7_on_binary_indicator_var =g= -207.58301074965;
e3091_.. - 1*pre_1_38_7 + 1*post_1_38_7 + 415.1660214993*relu_1_38_7_on_binary_indicator_var =l= 415.1660214993;
e3092_.. + 1*post_1_38_7 =g= 0;
e3093_.. + 1*post_1_38_7 + 207.58301074965*relu_1_38_7_off_binary_indicator_var =l= 207.58301074965;
e3094_.. + 1*pre_1_38_7 + 207.58301074965*relu_1_38_7_off_binary_indicator_var =l= 207.58301074965;
relu_1_39_0_above_pre.. + 1*pre_1_39_0 - 1*post_1_39_0 =l= 0;
relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_0_on_binary_indicator_var + 1*relu_1_39_0_off_binary_indicator_var =e= 1;
e3097_.. - 1*pre_1_39_0 + 1*post_1_39_0 - 198.7024184509981*relu_1_39_0_on_binary_indicator_var =g= -198.7024184509981;
e3098_.. - 1*pre_1_39_0 + 1*post_1_39_0 + 397.4048369019962*relu_1_39_0_on_binary_indicator_var =l= 397.4048369019962;
e3099_.. + 1*post_1_39_0 =g= 0;
e3100_.. + 1*post_1_39_0 + 198.7024184509981*relu_1_39_0_off_binary_indicator_var =l= 198.7024184509981;
e3101_.. + 1*pre_1_39_0 + 198.7024184509981*relu_1_39_0_off_binary_indicator_var =l= 198.7024184509981;
relu_1_39_1_above_pre.. + 1*pre_1_39_1 - 1*post_1_39_1 =l= 0;
relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_1_on_binary_indicator_var + 1*relu_1_39_1_off_binary_indicator_var =e= 1;
e3104_.. - 1*pre_1_39_1 + 1*post_1_39_1 - 198.7024184509981*relu_1_39_1_on_binary_indicator_var =g= -198.7024184509981;
e3105_.. - 1*pre_1_39_1 + 1*post_1_39_1 + 397.4048369019962*relu_1_39_1_on_binary_indicator_var =l= 397.4048369019962;
e3106_.. + 1*post_1_39_1 =g= 0;
e3107_.. + 1*post_1_39_1 + 198.7024184509981*relu_1_39_1_off_binary_indicator_var =l= 198.7024184509981;
e3108_.. + 1*pre_1_39_1 + 198.7024184509981*relu_1_39_1_off_binary_indicator_var =l= 198.7024184509981;
relu_1_39_2_above_pre.. + 1*pre_1_39_2 - 1*post_1_39_2 =l= 0;
relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_2_on_binary_indicator_var + 1*relu_1_39_2_off_binary_indicator_var =e= 1;
e3111_.. - 1*pre_1_39_2 + 1*post_1_39_2 - 198.7024184509981*relu_1_39_2_on_binary_indicator_var =g= -198.7024184509981;
e3112_.. - 1*pre_1_39_2 + 1*post_1_39_2 + 397.4048369019962*relu_1_39_2_on_binary_indicator_var =l= 397.4048369019962;
e3113_.. + 1*post_1_39_2 =g= 0;
e3114_.. + 1*post_1_39_2 + 198.7024184509981*relu_1_39_2_off_binary_indicator_var =l= 198.7024184509981;
e3115_.. + 1*pre_1_39_2 + 198.7024184509981*relu_1_39_2_off_binary_indicator_var =l= 198.7024184509981;
relu_1_39_3_above_pre.. + 1*pre_1_39_3 - 1*post_1_39_3 =l= 0;
relu_1_39_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_3_on_binary_indicator_var + 1*relu_1_39_3_off_binary_indicator_var =e= 1;
e3118_.. - 1*pre_1_39_3 + 1*post_1_39_3 - 198.7024184509981*relu_1_39_3_on_binary_indicator_var =g= -198.7024184509981;
e3119_.. - 1*pre_1_39_3 + 1*post_1_39_3 + 397.4048369019962*relu_1_39_3_on_binary_indicator_var =l= 397.4048369019962;
e3120_.. + 1*post_1_39_3 =g= 0;
e3121_.. + 1*post_1_39_3 + 198.7024184509981*relu_1_39_3_off_binary_indicator_var =l= 198.7024184509981;
e3122_.. + 1*pre_1_39_3 + 198.7024184509981*relu_1_39_3_off_binary_indicator_var =l= 198.7024184509981;
relu_1_39_4_above_pre.. + 1*pre_1_39_4 - 1*post_1_39_4 =l= 0;
relu_1_39_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_4_on_binary_indicator_var + 1*relu_1_39_4_off_binary_indicator_var =e= 1;
e3125_.. - 1*pre_1_39_4 + 1*post_1_39_4 - 198.7024184509981*relu_1_39_4_on_binary_indicator_var =g= -198.7024184509981;
e3126_.. - 1*pre_1_39_4 + 1*post_1_39_4 + 397.4048369019962*relu_1_39_4_on_binary_indicator_var =l= 397.4048369019962;
e3127_.. + 1*post_1_39_4 =g= 0;
e3128_.. + 1*post_1_39_4 + 198.7024184509981*relu_1_39_4_off_binary_indicator_var =l= 198.7024184509981;
e3129_.. + 1*pre_1_39_4 + 198.7024184509981*relu_1_39_4_off_binary_indicator_var =l= 198.7024184509981;
relu_1_39_5_above_pre.. + 1*pre_1_39_5 - 1*post_1_39_5 =l= 0;
relu_1_39_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_5_on_binary_indicator_var + 1*relu_1_39_5_off_binary_indicator_var =e= 1;
e3132_.. - 1*pre_1_39_5 + 1*post_1_39_5 - 198.7024184509981*relu_1_39_5_on_binary_indicator_var =g= -198.7024184509981;
e3133_.. - 1*pre_1_39_5 + 1*post_1_39_5 + 397.4048369019962*relu_1_39_5_on_binary_indicator_var =l= 397.4048369019962;
e3134_.. + 1*post_1_39_5 =g= 0;
e3135_.. + 1*post_1_39_5 + 198.7024184509981*relu_1_39_5_off_binary_indicator_var =l= 198.7024184509981;
e3136_.. + 1*pre_1_39_5 + 198.7024184509981*relu_1_39_5_off_binary_indicator_var =l= 198.7024184509981;
relu_1_39_6_above_pre.. + 1*pre_1_39_6 - 1*post_1_39_6 =l= 0;
relu_1_39_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_6_on_binary_indicator_var + 1*relu_1_39_6_off_binary_indicator_var =e= 1;
e3139_.. - 1*pre_1_39_6 + 1*post_1_39_6 - 198.7024184509981*relu_1_39_6_on_binary_indicator_var =g= -198.7024184509981;
e3140_.. - 1*pre_1_39_6 + 1*post_1_39_6 + 397.4048369019962*relu_1_39_6_on_binary_indicator_var =l= 397.4048369019962;
e3141_.. + 1*post_1_39_6 =g= 0;
e3142_.. + 1*post_1_39_6 + 198.7024184509981*relu_1_39_6_off_binary_indicator_var =l= 198.7024184509981;
e3143_.. + 1*pre_1_39_6 + 198.7024184509981*relu_1_39_6_off_binary_indicator_var =l= 198.7024184509981;
relu_1_39_7_above_pre.. + 1*pre_1_39_7 - 1*post_1_39_7 =l= 0;
relu_1_39_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_7_on_binary_indicator_var + 1*relu_1_39_7_off_binary_indicator_var =e= 1;
e3146_.. - 1*pre_1_39_7 + 1*post_1_39_7 - 198.7024184509981*relu_1_39_7_on_binary_indicator_var =g= -198.7024184509981;
e3147_.. - 1*pre_1_39_7 + 1*post_1_39_7 + 397.4048369019962*relu_1_39_7_on_binary_indicator_var =l= 397.4048369019962;
e3148_.. + 1*post_1_39_7 =g= 0;
e3149_.. + 1*post_1_39_7 + 198.7024184509981*relu_1_39_7_off_binary_indicator_var =l= 198.7024184509981;
e3150_.. + 1*pre_1_39_7 + 198.7024184509981*relu_1_39_7_off_binary_indicator_var =l= 198.7024184509981;
relu_1_40_0_above_pre.. + 1*pre_1_40_0 - 1*post_1_40_0 =l= 0;
relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_0_on_binary_indicator_var + 1*relu_1_40_0_off_binary_indicator_var =e= 1;
e3153_.. - 1*pre_1_40_0 + 1*post_1_40_0 - 199.61454199758256*relu_1_40_0_on_binary_indicator_var =g= -199.61454199758256;
e3154_.. - 1*pre_1_40_0 + 1*post_1_40_0 + 399.2290839951651*relu_1_40_0_on_binary_indicator_var =l= 399.2290839951651;
e3155_.. + 1*post_1_40_0 =g= 0;
e3156_.. + 1*post_1_40_0 + 199.61454199758256*relu_1_40_0_off_binary_indicator_var =l= 199.61454199758256;
e3157_.. + 1*pre_1_40_0 + 199.61454199758256*relu_1_40_0_off_binary_indicator_var =l= 199.61454199758256;
relu_1_40_1_above_pre.. + 1*pre_1_40_1 - 1*post_1_40_1 =l= 0;
relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_1_on_binary_indicator_var + 1*relu_1_40_1_off_binary_indicator_var =e= 1;
e3160_.. - 1*pre_1_40_1 + 1*post_1_40_1 - 199.61454199758256*relu_1_40_1_on_binary_indicator_var =g= -199.61454199758256;
e3161_.. - 1*pre_1_40_1 + 1*post_1_40_1 + 399.2290839951651*relu_1_40_1_on_binary_indicator_var =l= 399.2290839951651;
e3162_.. + 1*post_1_40_1 =g= 0;
e3163_.. + 1*post_1_40_1 + 199.61454199758256*relu_1_40_1_off_binary_indicator_var =l= 199.61454199758256;
e3164_.. + 1*pre_1_40_1 + 199.61454199758256*relu_1_40_1_off_binary_indicator_var =l= 199.61454199758256;
relu_1_40_2_above_pre.. + 1*pre_1_40_2 - 1*post_1_40_2 =l= 0;
relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_2_on_binary_indicator_var + 1*relu_1_40_2_off_binary_indicator_var =e= 1;
e3167_.. - 1*pre_1_40_2 + 1*post_1_40_2 - 199.61454199758256*relu_1_40_2_on_binary_indicator_var =g= -199.61454199758256;
e3168_.. - 1*pre_1_40_2 + 1*post_1_40_2 + 399.2290839951651*relu_1_40_2_on_binary_indicator_var =l= 399.2290839951651;
e3169_.. + 1*post_1_40_2 =g= 0;
e3170_.. + 1*post_1_40_2 + 199.61454199758256*relu_1_40_2_off_binary_indicator_var =l= 199.61454199758256;
e3171_.. + 1*pre_1_40_2 + 199.61454199758256*relu_1_40_2_off_binary_indicator_var =l= 199.61454199758256;
relu_1_40_3_above_pre.. + 1*pre_1_40_3 - 1*post_1_40_3 =l= 0;
relu_1_40_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_3_on_binary_indicator_var + 1*relu_1_40_3_off_binary_indicator_var =e= 1;
e3174_.. - 1*pre_1_40_3 + 1*post_1_40_3 - 199.61454199758256*relu_1_40_3_on_binary_indicator_var =g= -199.61454199758256;
e3175_.. - 1*pre_1_40_3 + 1*post_1_40_3 + 399.2290839951651*relu_1_40_3_on_binary_indicator_var =l= 399.2290839951651;
e3176_.. + 1*post_1_40_3 =g= 0;
e3177_.. + 1*post_1_40_3 + 199.61454199758256*relu_1_40_3_off_binary_indicator_var =l= 199.61454199758256;
e3178_.. + 1*pre_1_40_3 + 199.61454199758256*relu_1_40_3_off_binary_indicator_var =l= 199.61454199758256;
relu_1_40_4_above_pre.. + 1*pre_1_40_4 - 1*post_1_40_4 =l= 0;
relu_1_40_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_4_on_binary_indicator_var + 1*relu_1_40_4_off_binary_indicator_var =e= 1;
e3181_.. - 1*pre_1_40_4 + 1*post_1_40_4 - 199.61454199758256*relu_1_40_4_on_binary_indicator_var =g= -199.61454199758256;
e3182_.. - 1*pre_1_40_4 + 1*post_1_40_4 + 399.2290839951651*relu_1_40_4_on_binary_indicator_var =l= 399.2290839951651;
e3183_.. + 1*post_1_40_4 =g= 0;
e3184_.. + 1*post_1_40_4 + 199.61454199758256*relu_1_40_4_off_binary_indicator_var =l= 199.61454199758256;
e3185_.. + 1*pre_1_40_4 + 199.61454199758256*relu_1_40_4_off_binary_indicator_var =l= 199.61454199758256;
relu_1_40_5_above_pre.. + 1*pre_1_40_5 - 1*post_1_40_5 =l= 0;
relu_1_40_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_5_on_binary_indicator_var + 1*relu_1_40_5_off_binary_indicator_var =e= 1;
e3188_.. - 1*pre_1_40_5 + 1*post_1_40_5 - 199.61454199758256*relu_1_40_5_on_binary_indicator_var =g= -199.61454199758256;
e3189_.. - 1*pre_1_40_5 + 1*post_1_40_5 + 399.2290839951651*relu_1_40_5_on_binary_indicator_var =l= 399.2290839951651;
e3190_.. + 1*post_1_40_5 =g= 0;
e3191_.. + 1*post_1_40_5 + 199.61454199758256*relu_1_40_5_off_binary_indicator_var =l= 199.61454199758256;
e3192_.. + 1*pre_1_40_5 + 199.61454199758256*relu_1_40_5_off_binary_indicator_var =l= 199.61454199758256;
relu_1_40_6_above_pre.. + 1*pre_1_40_6 - 1*post_1_40_6 =l= 0;
relu_1_40_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_6_on_binary_indicator_var + 1*relu_1_40_6_off_binary_indicator_var =e= 1;
e3195_.. - 1*pre_1_40_6 + 1*post_1_40_6 - 199.61454199758256*relu_1_40_6_on_binary_indicator_var =g= -199.61454199758256;
e3196_.. - 1*pre_1_40_6 + 1*post_1_40_6 + 399.2290839951651*relu_1_40_6_on_binary_indicator_var =l= 399.2290839951651;
e3197_.. + 1*post_1_40_6 =g= 0;
e3198_.. + 1*post_1_40_6 + 199.61454199758256*relu_1_40_6_off_binary_indicator_var =l= 199.61454199758256;
e3199_.. + 1*pre_1_40_6 + 199.61454199758256*relu_1_40_6_off_binary_indicator_var =l= 199.61454199758256;
relu_1_40_7_above_pre.. + 1*pre_1_40_7 - 1*post_1_40_7 =l= 0;
relu_1_40_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_7_on_binary_indicator_var + 1*relu_1_40_7_off_binary_indicator_var =e= 1;
e3202_.. - 1*pre_1_40_7 + 1*post_1_40_7 - 199.61454199758256*relu_1_40_7_on_binary_indicator_var =g= -199.61454199758256;
e3203_.. - 1*pre_1_40_7 + 1*post_1_40_7 + 399.2290839951651*relu_1_40_7_on_binary_indicator_var =l= 399.2290839951651;
e3204_.. + 1*post_1_40_7 =g= 0;
e3205_.. + 1*post_1_40_7 + 199.61454199758256*relu_1_40_7_off_binary_indicator_var =l= 199.61454199758256;
e3206_.. + 1*pre_1_40_7 + 199.61454199758256*relu_1_40_7_off_binary_indicator_var =l= 199.61454199758256;
relu_1_41_0_above_pre.. + 1*pre_1_41_0 - 1*post_1_41_0 =l= 0;
relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_0_on_binary_indicator_var + 1*relu_1_41_0_off_binary_indicator_var =e= 1;
e3209_.. - 1*pre_1_41_0 + 1*post_1_41_0 - 200.5266655441671*relu_1_41_0_on_binary_indicator_var =g= -200.5266655441671;
e3210_.. - 1*pre_1_41_0 + 1*post_1_41_0 + 401.0533310883342*relu_1_41_0_on_binary_indicator_var =l= 401.0533310883342;
e3211_.. + 1*post_1_41_0 =g= 0;
e3212_.. + 1*post_1_41_0 + 200.5266655441671*relu_1_41_0_off_binary_indicator_var =l= 200.5266655441671;
e3213_.. + 1*pre_1_41_0 + 200.5266655441671*relu_1_41_0_off_binary_indicator_var =l= 200.5266655441671;
relu_1_41_1_above_pre.. + 1*pre_1_41_1 - 1*post_1_41_1 =l= 0;
relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_1_on_binary_indicator_var + 1*relu_1_41_1_off_binary_indicator_var =e= 1;
e3216_.. - 1*pre_1_41_1 + 1*post_1_41_1 - 200.5266655441671*relu_1_41_1_on_binary_indicator_var =g= -200.5266655441671;
e3217_.. - 1*pre_1_41_1 + 1*post_1_41_1 + 401.0533310883342*relu_1_41_1_on_binary_indicator_var =l= 401.0533310883342;
e3218_.. + 1*post_1_41_1 =g= 0;
e3219_.. + 1*post_1_41_1 + 200.5266655441671*relu_1_41_1_off_binary_indicator_var =l= 200.5266655441671;
e3220_.. + 1*pre_1_41_1 + 200.5266655441671*relu_1_41_1_off_binary_indicator_var =l= 200.5266655441671;
relu_1_41_2_above_pre.. + 1*pre_1_41_2 - 1*post_1_41_2 =l= 0;
relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_2_on_binary_indicator_var + 1*relu_1_41_2_off_binary_indicator_var =e= 1;
e3223_.. - 1*pre_1_41_2 + 1*post_1_41_2 - 200.5266655441671*relu_1_41_2_on_binary_indicator_var =g= -200.5266655441671;
e3224_.. - 1*pre_1_41_2 + 1*post_1_41_2 + 401.0533310883342*relu_1_41_2_on_binary_indicator_var =l= 401.0533310883342;
e3225_.. + 1*post_1_41_2 =g= 0;
e3226_.. + 1*post_1_41_2 + 200.5266655441671*relu_1_41_2_off_binary_indicator_var =l= 200.5266655441671;
e3227_.. + 1*pre_1_41_2 + 200.5266655441671*relu_1_41_2_off_binary_indicator_var =l= 200.5266655441671;
relu_1_41_3_above_pre.. + 1*pre_1_41_3 - 1*post_1_41_3 =l= 0;
relu_1_41_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_3_on_binary_indicator_var + 1*relu_1_41_3_off_binary_indicator_var =e= 1;
e3230_.. - 1*pre_1_41_3 + 1*post_1_41_3 - 200.5266655441671*relu_1_41_3_on_binary_indicator_var =g= -200.5266655441671;
e3231_.. - 1*pre_1_41_3 + 1*post_1_41_3 + 401.0533310883342*relu_1_41_3_on_binary_indicator_var =l= 401.0533310883342;
e3232_.. + 1*post_1_41_3 =g= 0;
e3233_.. + 1*post_1_41_3 + 200.5266655441671*relu_1_41_3_off_binary_indicator_var =l= 200.5266655441671;
e3234_.. + 1*pre_1_41_3 + 200.5266655441671*relu_1_41_3_off_binary_indicator_var =l= 200.5266655441671;
relu_1_41_4_above_pre.. + 1*pre_1_41_4 - 1*post_1_41_4 =l= 0;
relu_1_41_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_4_on_binary_indicator_var + 1*relu_1_41_4_off_binary_indicator_var =e= 1;
e3237_.. - 1*pre_1_41_4 + 1*post_1_41_4 - 200.5266655441671*relu_1_41_4_on_binary_indicator_var =g= -200.5266655441671;
e3238_.. - 1*pre_1_41_4 + 1*post_1_41_4 + 401.0533310883342*relu_1_41_4_on_binary_indicator_var =l= 401.0533310883342;
e3239_.. + 1*post_1_41_4 =g= 0;
e3240_.. + 1*post_1_41_4 + 200.5266655441671*relu_1_41_4_off_binary_indicator_var =l= 200.5266655441671;
e3241_.. + 1*pre_1_41_4 + 200.5266655441671*relu_1_41_4_off_binary_indicator_var =l= 200.5266655441671;
relu_1_41_5_above_pre.. + 1*pre_1_41_5 - 1*post_1_41_5 =l= 0;
relu_1_41_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_5_on_binary_indicator_var + 1*relu_1_41_5_off_binary_indicator_var =e= 1;
e3244_.. - 1*pre_1_41_5 + 1*post_1_41_5 - 200.5266655441671*relu_1_41_5_on_binary_indicator_var =g= -200.5266655441671;
e3245_.. - 1*pre_1_41_5 + 1*post_1_41_5 + 401.0533310883342*relu_1_41_5_on_binary_indicator_var =l= 401.0533310883342;
e3246_.. + 1*post_1_41_5 =g= 0;
e3247_.. + 1*post_1_41_5 + 200.5266655441671*relu_1_41_5_off_binary_indicator_var =l= 200.5266655441671;
e3248_.. + 1*pre_1_41_5 + 200.5266655441671*relu_1_41_5_off_binary_indicator_var =l= 200.5266655441671;
relu_1_41_6_above_pre.. + 1*pre_1_41_6 - 1*post_1_41_6 =l= 0;
relu_1_41_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_6_on_binary_indicator_var + 1*relu_1_41_6_off_binary_indicator_var =e= 1;
e3251_.. - 1*pre_1_41_6 + 1*post_1_41_6 - 200.5266655441671*relu_1_41_6_on_binary_indicator_var =g= -200.5266655441671;
e3252_.. - 1*pre_1_41_6 + 1*post_1_41_6 + 401.0533310883342*relu_1_41_6_on_binary_indicator_var =l= 401.0533310883342;
e3253_.. + 1*post_1_41_6 =g= 0;
e3254_.. + 1*post_1_41_6 + 200.5266655441671*relu_1_41_6_off_binary_indicator_var =l= 200.5266655441671;
e3255_.. + 1*pre_1_41_6 + 200.5266655441671*relu_1_41_6_off_binary_indicator_var =l= 200.5266655441671;
relu_1_41_7_above_pre.. + 1*pre_1_41_7 - 1*post_1_41_7 =l= 0;
relu_1_41_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_7_on_binary_indicator_var + 1*relu_1_41_7_off_binary_indicator_var =e= 1;
e3258_.. - 1*pre_1_41_7 + 1*post_1_41_7 - 200.5266655441671*relu_1_41_7_on_binary_indicator_var =g= -200.5266655441671;
e3259_.. - 1*pre_1_41_7 + 1*post_1_41_7 + 401.0533310883342*relu_1_41_7_on_binary_indicator_var =l= 401.0533310883342;
e3260_.. + 1*post_1_41_7 =g= 0;
e3261_.. + 1*post_1_41_7 + 200.5266655441671*relu_1_41_7_off_binary_indicator_var =l= 200.5266655441671;
e3262_.. + 1*pre_1_41_7 + 200.5266655441671*relu_1_41_7_off_binary_indicator_var =l= 200.5266655441671;
relu_1_42_0_above_pre.. + 1*pre_1_42_0 - 1*post_1_42_0 =l= 0;
relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_0_on_binary_indicator_var + 1*relu_1_42_0_off_binary_indicator_var =e= 1;
e3265_.. - 1*pre_1_42_0 + 1*post_1_42_0 - 191.6460732455152*relu_1_42_0_on_binary_indicator_var =g= -191.6460732455152;
e3266_.. - 1*pre_1_42_0 + 1*post_1_42_0 + 383.2921464910304*relu_1_42_0_on_binary_indicator_var =l= 383.2921464910304;
e3267_.. + 1*post_1_42_0 =g= 0;
e3268_.. + 1*post_1_42_0 + 191.6460732455152*relu_1_42_0_off_binary_indicator_var =l= 191.6460732455152;
e3269_.. + 1*pre_1_42_0 + 191.6460732455152*relu_1_42_0_off_binary_indicator_var =l= 191.6460732455152;
relu_1_42_1_above_pre.. + 1*pre_1_42_1 - 1*post_1_42_1 =l= 0;
relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_1_on_binary_indicator_var + 1*relu_1_42_1_off_binary_indicator_var =e= 1;
e3272_.. - 1*pre_1_42_1 + 1*post_1_42_1 - 191.6460732455152*relu_1_42_1_on_binary_indicator_var =g= -191.6460732455152;
e3273_.. - 1*pre_1_42_1 + 1*post_1_42_1 + 383.2921464910304*relu_1_42_1_on_binary_indicator_var =l= 383.2921464910304;
e3274_.. + 1*post_1_42_1 =g= 0;
e3275_.. + 1*post_1_42_1 + 191.6460732455152*relu_1_42_1_off_binary_indicator_var =l= 191.6460732455152;
e3276_.. + 1*pre_1_42_1 + 191.6460732455152*relu_1_42_1_off_binary_indicator_var =l= 191.6460732455152;
relu_1_42_2_above_pre.. + 1*pre_1_42_2 - 1*post_1_42_2 =l= 0;
relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_2_on_binary_indicator_var + 1*relu_1_42_2_off_binary_indicator_var =e= 1;
e3279_.. - 1*pre_1_42_2 + 1*post_1_42_2 - 191.6460732455152*relu_1_42_2_on_binary_indicator_var =g= -191.6460732455152;
e3280_.. - 1*pre_1_42_2 + 1*post_1_42_2 + 383.2921464910304*relu_1_42_2_on_binary_indicator_var =l= 383.2921464910304;
e3281_.. + 1*post_1_42_2 =g= 0;
e3282_.. + 1*post_1_42_2 + 191.6460732455152*relu_1_42_2_off_binary_indicator_var =l= 191.6460732455152;
e3283_.. + 1*pre_1_42_2 + 191.6460732455152*relu_1_42_2_off_binary_indicator_var =l= 191.6460732455152;
relu_1_42_3_above_pre.. + 1*pre_1_42_3 - 1*post_1_42_3 =l= 0;
relu_1_42_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_3_on_binary_indicator_var + 1*relu_1_42_3_off_binary_indicator_var =e= 1;
e3286_.. - 1*pre_1_42_3 + 1*post_1_42_3 - 191.6460732455152*relu_1_42_3_on_binary_indicator_var =g= -191.6460732455152;
e3287_.. - 1*pre_1_42_3 + 1*post_1_42_3 + 383.2921464910304*relu_1_42_3_on_binary_indicator_var =l= 383.2921464910304;
e3288_.. + 1*post_1_42_3 =g= 0;
e3289_.. + 1*post_1_42_3 + 191.6460732455152*relu_1_42_3_off_binary_indicator_var =l= 191.6460732455152;
e3290_.. + 1*pre_1_42_3 + 191.6460732455152*relu_1_42_3_off_binary_indicator_var =l= 191.6460732455152;
relu_1_42_4_above_pre.. + 1*pre_1_42_4 - 1*post_1_42_4 =l= 0;
relu_1_42_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_4_on_binary_indicator_var + 1*relu_1_42_4_off_binary_indicator_var =e= 1;
e3293_.. - 1*pre_1_42_4 + 1*post_1_42_4 - 191.6460732455152*relu_1_42_4_on_binary_indicator_var =g= -191.6460732455152;
e3294_.. - 1*pre_1_42_4 + 1*post_1_42_4 + 383.2921464910304*relu_1_42_4_on_binary_indicator_var =l= 383.2921464910304;
e3295_.. + 1*post_1_42_4 =g= 0;
e3296_.. + 1*post_1_42_4 + 191.6460732455152*relu_1_42_4_off_binary_indicator_var =l= 191.6460732455152;
e3297_.. + 1*pre_1_42_4 + 191.6460732455152*relu_1_42_4_off_binary_indicator_var =l= 191.6460732455152;
relu_1_42_5_above_pre.. + 1*pre_1_42_5 - 1*post_1_42_5 =l= 0;
relu_1_42_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_5_on_binary_indicator_var + 1*relu_1_42_5_off_binary_indicator_var =e= 1;
e3300_.. - 1*pre_1_42_5 + 1*post_1_42_5 - 191.6460732455152*relu_1_42_5_on_binary_indicator_var =g= -191.6460732455152;
e3301_.. - 1*pre_1_42_5 + 1*post_1_42_5 + 383.2921464910304*relu_1_42_5_on_binary_indicator_var =l= 383.2921464910304;
e3302_.. + 1*post_1_42_5 =g= 0;
e3303_.. + 1*post_1_42_5 + 191.6460732455152*relu_1_42_5_off_binary_indicator_var =l= 191.6460732455152;
e3304_.. + 1*pre_1_42_5 + 191.6460732455152*relu_1_42_5_off_binary_indicator_var =l= 191.6460732455152;
relu_1_42_6_above_pre.. + 1*pre_1_42_6 - 1*post_1_42_6 =l= 0;
relu_1_42_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_6_on_binary_indicator_var + 1*relu_1_42_6_off_binary_indicator_var =e= 1;
e3307_.. - 1*pre_1_42_6 + 1*post_1_42_6 - 191.6460732455152*relu_1_42_6_on_binary_indicator_var =g= -191.6460732455152;
e3308_.. - 1*pre_1_42_6 + 1*post_1_42_6 + 383.2921464910304*relu_1_42_6_on_binary_indicator_var =l= 383.2921464910304;
e3309_.. + 1*post_1_42_6 =g= 0;
e3310_.. + 1*post_1_42_6 + 191.6460732455152*relu_1_42_6_off_binary_indicator_var =l= 191.6460732455152;
e3311_.. + 1*pre_1_42_6 + 191.6460732455152*relu_1_42_6_off_binary_indicator_var =l= 191.6460732455152;
relu_1_42_7_above_pre.. + 1*pre_1_42_7 - 1*post_1_42_7 =l= 0;
relu_1_42_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_7_on_binary_indicator_var + 1*relu_1_42_7_off_binary_indicator_var =e= 1;
e3314_.. - 1*pre_1_42_7 + 1*post_1_42_7 - 191.6460732455152*relu_1_42_7_on_binary_indicator_var =g= -191.6460732455152;
e3315_.. - 1*pre_1_42_7 + 1*post_1_42_7 + 383.2921464910304*relu_1_42_7_on_binary_indicator_var =l= 383.2921464910304;
e3316_.. + 1*post_1_42_7 =g= 0;
e3317_.. + 1*post_1_42_7 + 191.6460732455152*relu_1_42_7_off_binary_indicator_var =l= 191.6460732455152;
e3318_.. + 1*pre_1_42_7 + 191.6460732455152*relu_1_42_7_off_binary_indicator_var =l= 191.6460732455152;
relu_1_43_0_above_pre.. + 1*pre_1_43_0 - 1*post_1_43_0 =l= 0;
relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_0_on_binary_indicator_var + 1*relu_1_43_0_off_binary_indicator_var =e= 1;
e3321_.. - 1*pre_1_43_0 + 1*post_1_43_0 - 192.5581967920997*relu_1_43_0_on_binary_indicator_var =g= -192.5581967920997;
e3322_.. - 1*pre_1_43_0 + 1*post_1_43_0 + 385.1163935841994*relu_1_43_0_on_binary_indicator_var =l= 385.1163935841994;
e3323_.. + 1*post_1_43_0 =g= 0;
e3324_.. + 1*post_1_43_0 + 192.5581967920997*relu_1_43_0_off_binary_indicator_var =l= 192.5581967920997;
e3325_.. + 1*pre_1_43_0 + 192.5581967920997*relu_1_43_0_off_binary_indicator_var =l= 192.5581967920997;
relu_1_43_1_above_pre.. + 1*pre_1_43_1 - 1*post_1_43_1 =l= 0;
relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_1_on_binary_indicator_var + 1*relu_1_43_1_off_binary_indicator_var =e= 1;
e3328_.. - 1*pre_1_43_1 + 1*post_1_43_1 - 192.5581967920997*relu_1_43_1_on_binary_indicator_var =g= -192.5581967920997;
e3329_.. - 1*pre_1_43_1 + 1*post_1_43_1 + 385.1163935841994*relu_1_43_1_on_binary_indicator_var =l= 385.1163935841994;
e3330_.. + 1*post_1_43_1 =g= 0;
e3331_.. + 1*post_1_43_1 + 192.5581967920997*relu_1_43_1_off_binary_indicator_var =l= 192.5581967920997;
e3332_.. + 1*pre_1_43_1 + 192.5581967920997*relu_1_43_1_off_binary_indicator_var =l= 192.5581967920997;
relu_1_43_2_above_pre.. + 1*pre_1_43_2 - 1*post_1_43_2 =l= 0;
relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_2_on_binary_indicator_var + 1*relu_1_43_2_off_binary_indicator_var =e= 1;
e3335_.. - 1*pre_1_43_2 + 1*post_1_43_2 - 192.5581967920997*relu_1_43_2_on_binary_indicator_var =g= -192.5581967920997;
e3336_.. - 1*pre_1_43_2 + 1*post_1_43_2 + 385.1163935841994*relu_1_43_2_on_binary_indicator_var =l= 385.1163935841994;
e3337_.. + 1*post_1_43_2 =g= 0;
e3338_.. + 1*post_1_43_2 + 192.5581967920997*relu_1_43_2_off_binary_indicator_var =l= 192.5581967920997;
e3339_.. + 1*pre_1_43_2 + 192.5581967920997*relu_1_43_2_off_binary_indicator_var =l= 192.5581967920997;
relu_1_43_3_above_pre.. + 1*pre_1_43_3 - 1*post_1_43_3 =l= 0;
relu_1_43_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_3_on_binary_indicator_var + 1*relu_1_43_3_off_binary_indicator_var =e= 1;
e3342_.. - 1*pre_1_43_3 + 1*post_1_43_3 - 192.5581967920997*relu_1_43_3_on_binary_indicator_var =g= -192.5581967920997;
e3343_.. - 1*pre_1_43_3 + 1*post_1_43_3 + 385.1163935841994*relu_1_43_3_on_binary_indicator_var =l= 385.1163935841994;
e3344_.. + 1*post_1_43_3 =g= 0;
e3345_.. + 1*post_1_43_3 + 192.5581967920997*relu_1_43_3_off_binary_indicator_var =l= 192.5581967920997;
e3346_.. + 1*pre_1_43_3 + 192.5581967920997*relu_1_43_3_off_binary_indicator_var =l= 192.5581967920997;
relu_1_43_4_above_pre.. + 1*pre_1_43_4 - 1*post_1_43_4 =l= 0;
relu_1_43_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_4_on_binary_indicator_var + 1*relu_1_43_4_off_binary_indicator_var =e= 1;
e3349_.. - 1*pre_1_43_4 + 1*post_1_43_4 - 192.5581967920997*relu_1_43_4_on_binary_indicator_var =g= -192.5581967920997;
e3350_.. - 1*pre_1_43_4 + 1*post_1_43_4 + 385.1163935841994*relu_1_43_4_on_binary_indicator_var =l= 385.1163935841994;
e3351_.. + 1*post_1_43_4 =g= 0;
e3352_.. + 1*post_1_43_4 + 192.5581967920997*relu_1_43_4_off_binary_indicator_var =l= 192.5581967920997;
e3353_.. + 1*pre_1_43_4 + 192.5581967920997*relu_1_43_4_off_binary_indicator_var =l= 192.5581967920997;
relu_1_43_5_above_pre.. + 1*pre_1_43_5 - 1*post_1_43_5 =l= 0;
relu_1_43_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_5_on_binary_indicator_var + 1*relu_1_43_5_off_binary_indicator_var =e= 1;
e3356_.. - 1*pre_1_43_5 + 1*post_1_43_5 - 192.5581967920997*relu_1_43_5_on_binary_indicator_var =g= -192.5581967920997;
e3357_.. - 1*pre_1_43_5 + 1*post_1_43_5 + 385.1163935841994*relu_1_43_5_on_binary_indicator_var =l= 385.1163935841994;
e3358_.. + 1*post_1_43_5 =g= 0;
e3359_.. + 1*post_1_43_5 + 192.5581967920997*relu_1_43_5_off_binary_indicator_var =l= 192.5581967920997;
e3360_.. + 1*pre_1_43_5 + 192.5581967920997*relu_1_43_5_off_binary_indicator_var =l= 192.5581967920997;
relu_1_43_6_above_pre.. + 1*pre_1_43_6 - 1*post_1_43_6 =l= 0;
relu_1_43_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_6_on_binary_indicator_var + 1*relu_1_43_6_off_binary_indicator_var =e= 1;
e3363_.. - 1*pre_1_43_6 + 1*post_1_43_6 - 192.5581967920997*relu_1_43_6_on_binary_indicator_var =g= -192.5581967920997;
e3364_.. - 1*pre_1_43_6 + 1*post_1_43_6 + 385.1163935841994*relu_1_43_6_on_binary_indicator_var =l= 385.1163935841994;
e3365_.. + 1*post_1_43_6 =g= 0;
e3366_.. + 1*post_1_43_6 + 192.5581967920997*relu_1_43_6_off_binary_indicator_var =l= 192.5581967920997;
e3367_.. + 1*pre_1_43_6 + 192.5581967920997*relu_1_43_6_off_binary_indicator_var =l= 192.5581967920997;
relu_1_43_7_above_pre.. + 1*pre_1_43_7 - 1*post_1_43_7 =l= 0;
relu_1_43_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_7_on_binary_indicator_var + 1*relu_1_43_7_off_binary_indicator_var =e= 1;
e3370_.. - 1*pre_1_43_7 + 1*post_1_43_7 - 192.5581967920997*relu_1_43_7_on_binary_indicator_var =g= -192.5581967920997;
e3371_.. - 1*pre_1_43_7 + 1*post_1_43_7 + 385.1163935841994*relu_1_43_7_on_binary_indicator_var =l= 385.1163935841994;
e3372_.. + 1*post_1_43_7 =g= 0;
e3373_.. + 1*post_1_43_7 + 192.5581967920997*relu_1_43_7_off_binary_indicator_var =l= 192.5581967920997;
e3374_.. + 1*pre_1_43_7 + 192.5581967920997*relu_1_43_7_off_binary_indicator_var =l= 192.5581967920997;
relu_1_44_0_above_pre.. + 1*pre_1_44_0 - 1*post_1_44_0 =l= 0;
relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_0_on_binary_indicator_var + 1*relu_1_44_0_off_binary_indicator_var =e= 1;
e3377_.. - 1*pre_1_44_0 + 1*post_1_44_0 - 193.47032033868416*relu_1_44_0_on_binary_indicator_var =g= -193.47032033868416;
e3378_.. - 1*pre_1_44_0 + 1*post_1_44_0 + 386.9406406773683*relu_1_44_0_on_binary_indicator_var =l= 386.9406406773683;
e3379_.. + 1*post_1_44_0 =g= 0;
e3380_.. + 1*post_1_44_0 + 193.47032033868416*relu_1_44_0_off_binary_indicator_var =l= 193.47032033868416;
e3381_.. + 1*pre_1_44_0 + 193.47032033868416*relu_1_44_0_off_binary_indicator_var =l= 193.47032033868416;
relu_1_44_1_above_pre.. + 1*pre_1_44_1 - 1*post_1_44_1 =l= 0;
relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_1_on_binary_indicator_var + 1*relu_1_44_1_off_binary_indicator_var =e= 1;
e3384_.. - 1*pre_1_44_1 + 1*post_1_44_1 - 193.47032033868416*relu_1_44_1_on_binary_indicator_var =g= -193.47032033868416;
e3385_.. - 1*pre_1_44_1 + 1*post_1_44_1 + 386.9406406773683*relu_1_44_1_on_binary_indicator_var =l= 386.9406406773683;
e3386_.. + 1*post_1_44_1 =g= 0;
e3387_.. + 1*post_1_44_1 + 193.47032033868416*relu_1_44_1_off_binary_indicator_var =l= 193.47032033868416;
e3388_.. + 1*pre_1_44_1 + 193.47032033868416*relu_1_44_1_off_binary_indicator_var =l= 193.47032033868416;
relu_1_44_2_above_pre.. + 1*pre_1_44_2 - 1*post_1_44_2 =l= 0;
relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_2_on_binary_indicator_var + 1*relu_1_44_2_off_binary_indicator_var =e= 1;
e3391_.. - 1*pre_1_44_2 + 1*post_1_44_2 - 193.47032033868416*relu_1_44_2_on_binary_indicator_var =g= -193.47032033868416;
e3392_.. - 1*pre_1_44_2 + 1*post_1_44_2 + 386.9406406773683*relu_1_44_2_on_binary_indicator_var =l= 386.9406406773683;
e3393_.. + 1*post_1_44_2 =g= 0;
e3394_.. + 1*post_1_44_2 + 193.47032033868416*relu_1_44_2_off_binary_indicator_var =l= 193.47032033868416;
e3395_.. + 1*pre_1_44_2 + 193.47032033868416*relu_1_44_2_off_binary_indicator_var =l= 193.47032033868416;
relu_1_44_3_above_pre.. + 1*pre_1_44_3 - 1*post_1_44_3 =l= 0;
relu_1_44_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_3_on_binary_indicator_var + 1*relu_1_44_3_off_binary_indicator_var =e= 1;
e3398_.. - 1*pre_1_44_3 + 1*post_1_44_3 - 193.47032033868416*relu_1_44_3_on_binary_indicator_var =g= -193.47032033868416;
e3399_.. - 1*pre_1_44_3 + 1*post_1_44_3 + 386.9406406773683*relu_1_44_3_on_binary_indicator_var =l= 386.9406406773683;
e3400_.. + 1*post_1_44_3 =g= 0;
e3401_.. + 1*post_1_44_3 + 193.47032033868416*relu_1_44_3_off_binary_indicator_var =l= 193.47032033868416;
e3402_.. + 1*pre_1_44_3 + 193.47032033868416*relu_1_44_3_off_binary_indicator_var =l= 193.47032033868416;
relu_1_44_4_above_pre.. + 1*pre_1_44_4 - 1*post_1_44_4 =l= 0;
relu_1_44_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_4_on_binary_indicator_var + 1*relu_1_44_4_off_binary_indicator_var =e= 1;
e3405_.. - 1*pre_1_44_4 + 1*post_1_44_4 - 193.47032033868416*relu_1_44_4_on_binary_indicator_var =g= -193.47032033868416;
e3406_.. - 1*pre_1_44_4 + 1*post_1_44_4 + 386.9406406773683*relu_1_44_4_on_binary_indicator_var =l= 386.9406406773683;
e3407_.. + 1*post_1_44_4 =g= 0;
e3408_.. + 1*post_1_44_4 + 193.47032033868416*relu_1_44_4_off_binary_indicator_var =l= 193.47032033868416;
e3409_.. + 1*pre_1_44_4 + 193.47032033868416*relu_1_44_4_off_binary_indicator_var =l= 193.47032033868416;
relu_1_44_5_above_pre.. + 1*pre_1_44_5 - 1*post_1_44_5 =l= 0;
relu_1_44_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_5_on_binary_indicator_var + 1*relu_1_44_5_off_binary_indicator_var =e= 1;
e3412_.. - 1*pre_1_44_5 + 1*post_1_44_5 - 193.47032033868416*relu_1_44_5_on_binary_indicator_var =g= -193.47032033868416;
e3413_.. - 1*pre_1_44_5 + 1*post_1_44_5 + 386.9406406773683*relu_1_44_5_on_binary_indicator_var =l= 386.9406406773683;
e3414_.. + 1*post_1_44_5 =g= 0;
e3415_.. + 1*post_1_44_5 + 193.47032033868416*relu_1_44_5_off_binary_indicator_var =l= 193.47032033868416;
e3416_.. + 1*pre_1_44_5 + 193.47032033868416*relu_1_44_5_off_binary_indicator_var =l= 193.47032033868416;
relu_1_44_6_above_pre.. + 1*pre_1_44_6 - 1*post_1_44_6 =l= 0;
relu_1_44_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_6_on_binary_indicator_var + 1*relu_1_44_6_off_binary_indicator_var =e= 1;
e3419_.. - 1*pre_1_44_6 + 1*post_1_44_6 - 193.47032033868416*relu_1_44_6_on_binary_indicator_var =g= -193.47032033868416;
e3420_.. - 1*pre_1_44_6 + 1*post_1_44_6 + 386.9406406773683*relu_1_44_6_on_binary_indicator_var =l= 386.9406406773683;
e3421_.. + 1*post_1_44_6 =g= 0;
e3422_.. + 1*post_1_44_6 + 193.47032033868416*relu_1_44_6_off_binary_indicator_var =l= 193.47032033868416;
e3423_.. + 1*pre_1_44_6 + 193.47032033868416*relu_1_44_6_off_binary_indicator_var =l= 193.47032033868416;
relu_1_44_7_above_pre.. + 1*pre_1_44_7 - 1*post_1_44_7 =l= 0;
relu_1_44_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_7_on_binary_indicator_var + 1*relu_1_44_7_off_binary_indicator_var =e= 1;
e3426_.. - 1*pre_1_44_7 + 1*post_1_44_7 - 193.47032033868416*relu_1_44_7_on_binary_indicator_var =g= -193.47032033868416;
e3427_.. - 1*pre_1_44_7 + 1*post_1_44_7 + 386.9406406773683*relu_1_44_7_on_binary_indicator_var =l= 386.9406406773683;
e3428_.. + 1*post_1_44_7 =g= 0;
e3429_.. + 1*post_1_44_7 + 193.47032033868416*relu_1_44_7_off_binary_indicator_var =l= 193.47032033868416;
e3430_.. + 1*pre_1_44_7 + 193.47032033868416*relu_1_44_7_off_binary_indicator_var =l= 193.47032033868416;
relu_1_45_0_above_pre.. + 1*pre_1_45_0 - 1*post_1_45_0 =l= 0;
relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_0_on_binary_indicator_var + 1*relu_1_45_0_off_binary_indicator_var =e= 1;
e3433_.. - 1*pre_1_45_0 + 1*post_1_45_0 - 399.9356004311774*relu_1_45_0_on_binary_indicator_var =g= -399.9356004311774;
e3434_.. - 1*pre_1_45_0 + 1*post_1_45_0 + 799.8712008623548*relu_1_45_0_on_binary_indicator_var =l= 799.8712008623548;
e3435_.. + 1*post_1_45_0 =g= 0;
e3436_.. + 1*post_1_45_0 + 399.9356004311774*relu_1_45_0_off_binary_indicator_var =l= 399.9356004311774;
e3437_.. + 1*pre_1_45_0 + 399.9356004311774*relu_1_45_0_off_binary_indicator_var =l= 399.9356004311774;
relu_1_45_1_above_pre.. + 1*pre_1_45_1 - 1*post_1_45_1 =l= 0;
relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_1_on_binary_indicator_var + 1*relu_1_45_1_off_binary_indicator_var =e= 1;
e3440_.. - 1*pre_1_45_1 + 1*post_1_45_1 - 399.9356004311774*relu_1_45_1_on_binary_indicator_var =g= -399.9356004311774;
e3441_.. - 1*pre_1_45_1 + 1*post_1_45_1 + 799.8712008623548*relu_1_45_1_on_binary_indicator_var =l= 799.8712008623548;
e3442_.. + 1*post_1_45_1 =g= 0;
e3443_.. + 1*post_1_45_1 + 399.9356004311774*relu_1_45_1_off_binary_indicator_var =l= 399.9356004311774;
e3444_.. + 1*pre_1_45_1 + 399.9356004311774*relu_1_45_1_off_binary_indicator_var =l= 399.9356004311774;
relu_1_45_2_above_pre.. + 1*pre_1_45_2 - 1*post_1_45_2 =l= 0;
relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_2_on_binary_indicator_var + 1*relu_1_45_2_off_binary_indicator_var =e= 1;
e3447_.. - 1*pre_1_45_2 + 1*post_1_45_2 - 399.9356004311774*relu_1_45_2_on_binary_indicator_var =g= -399.9356004311774;
e3448_.. - 1*pre_1_45_2 + 1*post_1_45_2 + 799.8712008623548*relu_1_45_2_on_binary_indicator_var =l= 799.8712008623548;
e3449_.. + 1*post_1_45_2 =g= 0;
e3450_.. + 1*post_1_45_2 + 399.9356004311774*relu_1_45_2_off_binary_indicator_var =l= 399.9356004311774;
e3451_.. + 1*pre_1_45_2 + 399.9356004311774*relu_1_45_2_off_binary_indicator_var =l= 399.9356004311774;
relu_1_45_3_above_pre.. + 1*pre_1_45_3 - 1*post_1_45_3 =l= 0;
relu_1_45_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_3_on_binary_indicator_var + 1*relu_1_45_3_off_binary_indicator_var =e= 1;
e3454_.. - 1*pre_1_45_3 + 1*post_1_45_3 - 399.9356004311774*relu_1_45_3_on_binary_indicator_var =g= -399.9356004311774;
e3455_.. - 1*pre_1_45_3 + 1*post_1_45_3 + 799.8712008623548*relu_1_45_3_on_binary_indicator_var =l= 799.8712008623548;
e3456_.. + 1*post_1_45_3 =g= 0;
e3457_.. + 1*post_1_45_3 + 399.9356004311774*relu_1_45_3_off_binary_indicator_var =l= 399.9356004311774;
e3458_.. + 1*pre_1_45_3 + 399.9356004311774*relu_1_45_3_off_binary_indicator_var =l= 399.9356004311774;
relu_1_45_4_above_pre.. + 1*pre_1_45_4 - 1*post_1_45_4 =l= 0;
relu_1_45_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_4_on_binary_indicator_var + 1*relu_1_45_4_off_binary_indicator_var =e= 1;
e3461_.. - 1*pre_1_45_4 + 1*post_1_45_4 - 399.9356004311774*relu_1_45_4_on_binary_indicator_var =g= -399.9356004311774;
e3462_.. - 1*pre_1_45_4 + 1*post_1_45_4 + 799.8712008623548*relu_1_45_4_on_binary_indicator_var =l= 799.8712008623548;
e3463_.. + 1*post_1_45_4 =g= 0;
e3464_.. + 1*post_1_45_4 + 399.9356004311774*relu_1_45_4_off_binary_indicator_var =l= 399.9356004311774;
e3465_.. + 1*pre_1_45_4 + 399.9356004311774*relu_1_45_4_off_binary_indicator_var =l= 399.9356004311774;
relu_1_45_5_above_pre.. + 1*pre_1_45_5 - 1*post_1_45_5 =l= 0;
relu_1_45_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_5_on_binary_indicator_var + 1*relu_1_45_5_off_binary_indicator_var =e= 1;
e3468_.. - 1*pre_1_45_5 + 1*post_1_45_5 - 399.9356004311774*relu_1_45_5_on_binary_indicator_var =g= -399.9356004311774;
e3469_.. - 1*pre_1_45_5 + 1*post_1_45_5 + 799.8712008623548*relu_1_45_5_on_binary_indicator_var =l= 799.8712008623548;
e3470_.. + 1*post_1_45_5 =g= 0;
e3471_.. + 1*post_1_45_5 + 399.9356004311774*relu_1_45_5_off_binary_indicator_var =l= 399.9356004311774;
e3472_.. + 1*pre_1_45_5 + 399.9356004311774*relu_1_45_5_off_binary_indicator_var =l= 399.9356004311774;
relu_1_45_6_above_pre.. + 1*pre_1_45_6 - 1*post_1_45_6 =l= 0;
relu_1_45_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_6_on_binary_indicator_var + 1*relu_1_45_6_off_binary_indicator_var =e= 1;
e3475_.. - 1*pre_1_45_6 + 1*post_1_45_6 - 399.9356004311774*relu_1_45_6_on_binary_indicator_var =g= -399.9356004311774;
e3476_.. - 1*pre_1_45_6 + 1*post_1_45_6 + 799.8712008623548*relu_1_45_6_on_binary_indicator_var =l= 799.8712008623548;
e3477_.. + 1*post_1_45_6 =g= 0;
e3478_.. + 1*post_1_45_6 + 399.9356004311774*relu_1_45_6_off_binary_indicator_var =l= 399.9356004311774;
e3479_.. + 1*pre_1_45_6 + 399.9356004311774*relu_1_45_6_off_binary_indicator_var =l= 399.9356004311774;
relu_1_45_7_above_pre.. + 1*pre_1_45_7 - 1*post_1_45_7 =l= 0;
relu_1_45_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_7_on_binary_indicator_var + 1*relu_1_45_7_off_binary_indicator_var =e= 1;
e3482_.. - 1*pre_1_45_7 + 1*post_1_45_7 - 399.9356004311774*relu_1_45_7_on_binary_indicator_var =g= -399.9356004311774;
e3483_.. - 1*pre_1_45_7 + 1*post_1_45_7 + 799.8712008623548*relu_1_45_7_on_binary_indicator_var =l= 799.8712008623548;
e3484_.. + 1*post_1_45_7 =g= 0;
e3485_.. + 1*post_1_45_7 + 399.9356004311774*relu_1_45_7_off_binary_indicator_var =l= 399.9356004311774;
e3486_.. + 1*pre_1_45_7 + 399.9356004311774*relu_1_45_7_off_binary_indicator_var =l= 399.9356004311774;
relu_1_46_0_above_pre.. + 1*pre_1_46_0 - 1*post_1_46_0 =l= 0;
relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_0_on_binary_indicator_var + 1*relu_1_46_0_off_binary_indicator_var =e= 1;
e3489_.. - 1*pre_1_46_0 + 1*post_1_46_0 - 400.8477239777618*relu_1_46_0_on_binary_indicator_var =g= -400.8477239777618;
e3490_.. - 1*pre_1_46_0 + 1*post_1_46_0 + 801.6954479555236*relu_1_46_0_on_binary_indicator_var =l= 801.6954479555236;
e3491_.. + 1*post_1_46_0 =g= 0;
e3492_.. + 1*post_1_46_0 + 400.8477239777618*relu_1_46_0_off_binary_indicator_var =l= 400.8477239777618;
e3493_.. + 1*pre_1_46_0 + 400.8477239777618*relu_1_46_0_off_binary_indicator_var =l= 400.8477239777618;
relu_1_46_1_above_pre.. + 1*pre_1_46_1 - 1*post_1_46_1 =l= 0;
relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_1_on_binary_indicator_var + 1*relu_1_46_1_off_binary_indicator_var =e= 1;
e3496_.. - 1*pre_1_46_1 + 1*post_1_46_1 - 400.8477239777618*relu_1_46_1_on_binary_indicator_var =g= -400.8477239777618;
e3497_.. - 1*pre_1_46_1 + 1*post_1_46_1 + 801.6954479555236*relu_1_46_1_on_binary_indicator_var =l= 801.6954479555236;
e3498_.. + 1*post_1_46_1 =g= 0;
e3499_.. + 1*post_1_46_1 + 400.8477239777618*relu_1_46_1_off_binary_indicator_var =l= 400.8477239777618;
e3500_.. + 1*pre_1_46_1 + 400.8477239777618*relu_1_46_1_off_binary_indicator_var =l= 400.8477239777618;
relu_1_46_2_above_pre.. + 1*pre_1_46_2 - 1*post_1_46_2 =l= 0;
relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_2_on_binary_indicator_var + 1*relu_1_46_2_off_binary_indicator_var =e= 1;
e3503_.. - 1*pre_1_46_2 + 1*post_1_46_2 - 400.8477239777618*relu_1_46_2_on_binary_indicator_var =g= -400.8477239777618;
e3504_.. - 1*pre_1_46_2 + 1*post_1_46_2 + 801.6954479555236*relu_1_46_2_on_binary_indicator_var =l= 801.6954479555236;
e3505_.. + 1*post_1_46_2 =g= 0;
e3506_.. + 1*post_1_46_2 + 400.8477239777618*relu_1_46_2_off_binary_indicator_var =l= 400.8477239777618;
e3507_.. + 1*pre_1_46_2 + 400.8477239777618*relu_1_46_2_off_binary_indicator_var =l= 400.8477239777618;
relu_1_46_3_above_pre.. + 1*pre_1_46_3 - 1*post_1_46_3 =l= 0;
relu_1_46_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_3_on_binary_indicator_var + 1*relu_1_46_3_off_binary_indicator_var =e= 1;
e3510_.. - 1*pre_1_46_3 + 1*post_1_46_3 - 400.8477239777618*relu_1_46_3_on_binary_indicator_var =g= -400.8477239777618;
e3511_.. - 1*pre_1_46_3 + 1*post_1_46_3 + 801.6954479555236*relu_1_46_3_on_binary_indicator_var =l= 801.6954479555236;
e3512_.. + 1*post_1_46_3 =g= 0;
e3513_.. + 1*post_1_46_3 + 400.8477239777618*relu_1_46_3_off_binary_indicator_var =l= 400.8477239777618;
e3514_.. + 1*pre_1_46_3 + 400.8477239777618*relu_1_46_3_off_binary_indicator_var =l= 400.8477239777618;
relu_1_46_4_above_pre.. + 1*pre_1_46_4 - 1*post_1_46_4 =l= 0;
relu_1_46_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_4_on_binary_indicator_var + 1*relu_1_46_4_off_binary_indicator_var =e= 1;
e3517_.. - 1*pre_1_46_4 + 1*post_1_46_4 - 400.8477239777618*relu_1_46_4_on_binary_indicator_var =g= -400.8477239777618;
e3518_.. - 1*pre_1_46_4 + 1*post_1_46_4 + 801.6954479555236*relu_1_46_4_on_binary_indicator_var =l= 801.6954479555236;
e3519_.. + 1*post_1_46_4 =g= 0;
e3520_.. + 1*post_1_46_4 + 400.8477239777618*relu_1_46_4_off_binary_indicator_var =l= 400.8477239777618;
e3521_.. + 1*pre_1_46_4 + 400.8477239777618*relu_1_46_4_off_binary_indicator_var =l= 400.8477239777618;
relu_1_46_5_above_pre.. + 1*pre_1_46_5 - 1*post_1_46_5 =l= 0;
relu_1_46_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_5_on_binary_indicator_var + 1*relu_1_46_5_off_binary_indicator_var =e= 1;
e3524_.. - 1*pre_1_46_5 + 1*post_1_46_5 - 400.8477239777618*relu_1_46_5_on_binary_indicator_var =g= -400.8477239777618;
e3525_.. - 1*pre_1_46_5 + 1*post_1_46_5 + 801.6954479555236*relu_1_46_5_on_binary_indicator_var =l= 801.6954479555236;
e3526_.. + 1*post_1_46_5 =g= 0;
e3527_.. + 1*post_1_46_5 + 400.8477239777618*relu_1_46_5_off_binary_indicator_var =l= 400.8477239777618;
e3528_.. + 1*pre_1_46_5 + 400.8477239777618*relu_1_46_5_off_binary_indicator_var =l= 400.8477239777618;
relu_1_46_6_above_pre.. + 1*pre_1_46_6 - 1*post_1_46_6 =l= 0;
relu_1_46_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_6_on_binary_indicator_var + 1*relu_1_46_6_off_binary_indicator_var =e= 1;
e3531_.. - 1*pre_1_46_6 + 1*post_1_46_6 - 400.8477239777618*relu_1_46_6_on_binary_indicator_var =g= -400.8477239777618;
e3532_.. - 1*pre_1_46_6 + 1*post_1_46_6 + 801.6954479555236*relu_1_46_6_on_binary_indicator_var =l= 801.6954479555236;
e3533_.. + 1*post_1_46_6 =g= 0;
e3534_.. + 1*post_1_46_6 + 400.8477239777618*relu_1_46_6_off_binary_indicator_var =l= 400.8477239777618;
e3535_.. + 1*pre_1_46_6 + 400.8477239777618*relu_1_46_6_off_binary_indicator_var =l= 400.8477239777618;
relu_1_46_7_above_pre.. + 1*pre_1_46_7 - 1*post_1_46_7 =l= 0;
relu_1_46_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_7_on_binary_indicator_var + 1*relu_1_46_7_off_binary_indicator_var =e= 1;
e3538_.. - 1*pre_1_46_7 + 1*post_1_46_7 - 400.8477239777618*relu_1_46_7_on_binary_indicator_var =g= -400.8477239777618;
e3539_.. - 1*pre_1_46_7 + 1*post_1_46_7 + 801.6954479555236*relu_1_46_7_on_binary_indicator_var =l= 801.6954479555236;
e3540_.. + 1*post_1_46_7 =g= 0;
e3541_.. + 1*post_1_46_7 + 400.8477239777618*relu_1_46_7_off_binary_indicator_var =l= 400.8477239777618;
e3542_.. + 1*pre_1_46_7 + 400.8477239777618*relu_1_46_7_off_binary_indicator_var =l= 400.8477239777618;
relu_1_47_0_above_pre.. + 1*pre_1_47_0 - 1*post_1_47_0 =l= 0;
relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_0_on_binary_indicator_var + 1*relu_1_47_0_off_binary_indicator_var =e= 1;
e3545_.. - 1*pre_1_47_0 + 1*post_1_47_0 - 401.7598475243464*relu_1_47_0_on_binary_indicator_var =g= -401.7598475243464;
e3546_.. - 1*pre_1_47_0 + 1*post_1_47_0 + 803.5196950486928*relu_1_47_0_on_binary_indicator_var =l= 803.5196950486928;
e3547_.. + 1*post_1_47_0 =g= 0;
e3548_.. + 1*post_1_47_0 + 401.7598475243464*relu_1_47_0_off_binary_indicator_var =l= 401.7598475243464;
e3549_.. + 1*pre_1_47_0 + 401.7598475243464*relu_1_47_0_off_binary_indicator_var =l= 401.7598475243464;
relu_1_47_1_above_pre.. + 1*pre_1_47_1 - 1*post_1_47_1 =l= 0;
relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_1_on_binary_indicator_var + 1*relu_1_47_1_off_binary_indicator_var =e= 1;
e3552_.. - 1*pre_1_47_1 + 1*post_1_47_1 - 401.7598475243464*relu_1_47_1_on_binary_indicator_var =g= -401.7598475243464;
e3553_.. - 1*pre_1_47_1 + 1*post_1_47_1 + 803.5196950486928*relu_1_47_1_on_binary_indicator_var =l= 803.5196950486928;
e3554_.. + 1*post_1_47_1 =g= 0;
e3555_.. + 1*post_1_47_1 + 401.7598475243464*relu_1_47_1_off_binary_indicator_var =l= 401.7598475243464;
e3556_.. + 1*pre_1_47_1 + 401.7598475243464*relu_1_47_1_off_binary_indicator_var =l= 401.7598475243464;
relu_1_47_2_above_pre.. + 1*pre_1_47_2 - 1*post_1_47_2 =l= 0;
relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_2_on_binary_indicator_var + 1*relu_1_47_2_off_binary_indicator_var =e= 1;
e3559_.. - 1*pre_1_47_2 + 1*post_1_47_2 - 401.7598475243464*relu_1_47_2_on_binary_indicator_var =g= -401.7598475243464;
e3560_.. - 1*pre_1_47_2 + 1*post_1_47_2 + 803.5196950486928*relu_1_47_2_on_binary_indicator_var =l= 803.5196950486928;
e3561_.. + 1*post_1_47_2 =g= 0;
e3562_.. + 1*post_1_47_2 + 401.7598475243464*relu_1_47_2_off_binary_indicator_var =l= 401.7598475243464;
e3563_.. + 1*pre_1_47_2 + 401.7598475243464*relu_1_47_2_off_binary_indicator_var =l= 401.7598475243464;
relu_1_47_3_above_pre.. + 1*pre_1_47_3 - 1*post_1_47_3 =l= 0;
relu_1_47_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_3_on_binary_indicator_var + 1*relu_1_47_3_off_binary_indicator_var =e= 1;
e3566_.. - 1*pre_1_47_3 + 1*post_1_47_3 - 401.7598475243464*relu_1_47_3_on_binary_indicator_var =g= -401.7598475243464;
e3567_.. - 1*pre_1_47_3 + 1*post_1_47_3 + 803.5196950486928*relu_1_47_3_on_binary_indicator_var =l= 803.5196950486928;
e3568_.. + 1*post_1_47_3 =g= 0;
e3569_.. + 1*post_1_47_3 + 401.7598475243464*relu_1_47_3_off_binary_indicator_var =l= 401.7598475243464;
e3570_.. + 1*pre_1_47_3 + 401.7598475243464*relu_1_47_3_off_binary_indicator_var =l= 401.7598475243464;
relu_1_47_4_above_pre.. + 1*pre_1_47_4 - 1*post_1_47_4 =l= 0;
relu_1_47_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_4_on_binary_indicator_var + 1*relu_1_47_4_off_binary_indicator_var =e= 1;
e3573_.. - 1*pre_1_47_4 + 1*post_1_47_4 - 401.7598475243464*relu_1_47_4_on_binary_indicator_var =g= -401.7598475243464;
e3574_.. - 1*pre_1_47_4 + 1*post_1_47_4 + 803.5196950486928*relu_1_47_4_on_binary_indicator_var =l= 803.5196950486928;
e3575_.. + 1*post_1_47_4 =g= 0;
e3576_.. + 1*post_1_47_4 + 401.7598475243464*relu_1_47_4_off_binary_indicator_var =l= 401.7598475243464;
e3577_.. + 1*pre_1_47_4 + 401.7598475243464*relu_1_47_4_off_binary_indicator_var =l= 401.7598475243464;
relu_1_47_5_above_pre.. + 1*pre_1_47_5 - 1*post_1_47_5 =l= 0;
relu_1_47_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_5_on_binary_indicator_var + 1*relu_1_47_5_off_binary_indicator_var =e= 1;
e3580_.. - 1*pre_1_47_5 + 1*post_1_47_5 - 401.7598475243464*relu_1_47_5_on_binary_indicator_var =g= -401.7598475243464;
e3581_.. - 1*pre_1_47_5 + 1*post_1_47_5 + 803.5196950486928*relu_1_47_5_on_binary_indicator_var =l= 803.5196950486928;
e3582_.. + 1*post_1_47_5 =g= 0;
e3583_.. + 1*post_1_47_5 + 401.7598475243464*relu_1_47_5_off_binary_indicator_var =l= 401.7598475243464;
e3584_.. + 1*pre_1_47_5 + 401.7598475243464*relu_1_47_5_off_binary_indicator_var =l= 401.7598475243464;
relu_1_47_6_above_pre.. + 1*pre_1_47_6 - 1*post_1_47_6 =l= 0;
relu_1_47_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_6_on_binary_indicator_var + 1*relu_1_47_6_off_binary_indicator_var =e= 1;
e3587_.. - 1*pre_1_47_6 + 1*post_1_47_6 - 401.7598475243464*relu_1_47_6_on_binary_indicator_var =g= -401.7598475243464;
e3588_.. - 1*pre_1_47_6 + 1*post_1_47_6 + 803.5196950486928*relu_1_47_6_on_binary_indicator_var =l= 803.5196950486928;
e3589_.. + 1*post_1_47_6 =g= 0;
e3590_.. + 1*post_1_47_6 + 401.7598475243464*relu_1_47_6_off_binary_indicator_var =l= 401.7598475243464;
e3591_.. + 1*pre_1_47_6 + 401.7598475243464*relu_1_47_6_off_binary_indicator_var =l= 401.7598475243464;
relu_1_47_7_above_pre.. + 1*pre_1_47_7 - 1*post_1_47_7 =l= 0;
relu_1_47_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_7_on_binary_indicator_var + 1*relu_1_47_7_off_binary_indicator_var =e= 1;
e3594_.. - 1*pre_1_47_7 + 1*post_1_47_7 - 401.7598475243464*relu_1_47_7_on_binary_indicator_var =g= -401.7598475243464;
e3595_.. - 1*pre_1_47_7 + 1*post_1_47_7 + 803.5196950486928*relu_1_47_7_on_binary_indicator_var =l= 803.5196950486928;
e3596_.. + 1*post_1_47_7 =g= 0;
e3597_.. + 1*post_1_47_7 + 401.7598475243464*relu_1_47_7_off_binary_indicator_var =l= 401.7598475243464;
e3598_.. + 1*pre_1_47_7 + 401.7598475243464*relu_1_47_7_off_binary_indicator_var =l= 401.7598475243464;
relu_1_48_0_above_pre.. + 1*pre_1_48_0 - 1*post_1_48_0 =l= 0;
relu_1_48_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_48_0_on_binary_indicator_var + 1*relu_1_48_0_off_binary_indicator_var =e= 1;
e3601_.. - 1*pre_1_48_0 + 1*post_1_48_0 - 392.8792552256946*relu_1_48_0_on_binary_indicator_var =g= -392.8792552256946;
e3602_.. - 1*pre_1_48_0 + 1*post_1_48_0 + 785.7585104513892*relu_1_48_0_on_binary_indicator_var =l= 785.7585104513892;
e3603_.. + 1*post_1_48_0 =g= 0;
e3604_.. + 1*post_1_48_0 + 392.8792552256946*relu_1_48_0_off_binary_indicator_var =l= 392.8792552256946;
e3605_.. + 1*pre_1_48_0 + 392.8792552256946*relu_1_48_0_off_binary_indicator_var =l= 392.8792552256946;
relu_1_48_1_above_pre.. + 1*pre_1_48_1 - 1*post_1_48_1 =l= 0;
relu_1_48_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_48_1_on_binary_indicator_var + 1*relu_1_48_1_off_binary_indicator_var =e= 1;
e3608_.. - 1*pre_1_48_1 + 1*post_1_48_1 - 392.8792552256946*relu_1_48_1_on_binary_indicator_var =g= -392.8792552256946;
e3609_.. - 1*pre_1_48_1 + 1*post_1_48_1 + 785.7585104513892*relu_1_48_1_on_binary_indicator_var =l= 785.7585104513892;
e3610_.. + 1*post_1_48_1 =g= 0;
e3611_.. + 1*post_1_48_1 + 392.8792552256946*relu_1_48_1_off_binary_indicator_var =l= 392.8792552256946;
e3612_.. + 1*pre_1_48_1 + 392.8792552256946*relu_1_48_1_off_binary_indicator_var =l= 392.8792552256946;
relu_1_48_2_above_pre.. + 1*pre_1_48_2 - 1*post_1_48_2 =l= 0;
relu_1_48_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_48_2_on_binary_indicator_var + 1*relu_1_48_2_off_binary_indicator_var =e= 1;
e3615_.. - 1*pre_1_48_2 + 1*post_1_48_2 - 392.8792552256946*relu_1_48_2_on_binary_indicator_var =g= -392.8792552256946;
e3616_.. - 1*pre_1_48_2 + 1*post_1_48_2 + 785.7585104513892*relu_1_48_2_on_binary_indicator_var =l= 785.7585104513892;
e3617_.. + 1*post_1_48_2 =g= 0;
e3618_.. + 1*post_1_48_2 + 392.8792552256946*relu_1_48_2_off_binary_indicator_var =l= 392.8792552256946;
e3619_.. + 1*pre_1_48_2 + 392.8792552256946*relu_1_48_2_off_binary_indicator_var =l= 392.8792552256946;
relu_1_48_3_above_pre.. + 1*pre_1_48_3 - 1*post_1_48_3 =l= 0;
relu_1_48_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_48_3_on_binary_indicator_var + 1*relu_1_48_3_off_binary_indicator_var =e= 1;
e3622_.. - 1*pre_1_48_3 + 1*post_1_48_3 - 392.8792552256946*relu_1_48_3_on_binary_indicator_var =g= -392.8792552256946;
e3623_.. - 1*pre_1_48_3 + 1*post_1_48_3 + 785.7585104513892*relu_1_48_3_on_binary_indicator_var =l= 785.7585104513892;
e3624_.. + 1*post_1_48_3 =g= 0;
e3625_.. + 1*post_1_48_3 + 392.8792552256946*relu_1_48_3_off_binary_indicator_var =l= 392.8792552256946;
e3626_.. + 1*pre_1_48_3 + 392.8792552256946*relu_1_48_3_off_binary_indicator_var =l= 392.8792552256946;
relu_1_48_4_above_pre.. + 1*pre_1_48_4 - 1*post_1_48_4 =l= 0;
relu_1_48_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_48_4_on_binary_indicator_var + 1*relu_1_48_4_off_binary_indicator_var =e= 1;
e3629_.. - 1*pre_1_48_4 + 1*post_1_48_4 - 392.8792552256946*relu_1_48_4_on_binary_indicator_var =g= -392.8792552256946;
e3630_.. - 1*pre_1_48_4 + 1*post_1_48_4 + 785.7585104513892*relu_1_48_4_on_binary_indicator_var =l= 785.7585104513892;
e3631_.. + 1*post_1_48_4 =g= 0;
e3632_.. + 1*post_1_48_4 + 392.8792552256946*relu_1_48_4_off_binary_indicator_var =l= 392.8792552256946;
e3633_.. + 1*pre_1_48_4 + 392.8792552256946*relu_1_48_4_off_binary_indicator_var =l= 392.8792552256946;
relu_1_48_5_above_pre.. + 1*pre_1_48_5 - 1*post_1_48_5 =l= 0;
relu_1_48_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_48_5_on_binary_indicator_var + 1*relu_1_48_5_off_binary_indicator_var =e= 1;
e3636_.. - 1*pre_1_48_5 + 1*post_1_48_5 - 392.8792552256946*relu_1_48_5_on_binary_indicator_var =g= -392.8792552256946;
e3637_.. - 1*pre_1_48_5 + 1*post_1_48_5 + 785.7585104513892*relu_1_48_5_on_binary_indicator_var =l= 785.7585104513892;
e3638_.. + 1*post_1_48_5 =g= 0;
e3639_.. + 1*post_1_48_5 + 392.8792552256946*relu_1_48_5_off_binary_indicator_var =l= 392.8792552256946;
e3640_.. + 1*pre_1_48_5 + 392.8792552256946*relu_1_48_5_off_binary_indicator_var =l= 392.8792552256946;
relu_1_48_6_above_pre.. + 1*pre_1_48_6 - 1*post_1_48_6 =l= 0;
relu_1_48_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_48_6_on_binary_indicator_var + 1*relu_1_48_6_off_binary_indicator_var =e= 1;
e3643_.. - 1*pre_1_48_6 + 1*post_1_48_6 - 392.8792552256946*relu_1_48_6_on_binary_indicator_var =g= -392.8792552256946;
e3644_.. - 1*pre_1_48_6 + 1*post_1_48_6 + 785.7585104513892*relu_1_48_6_on_binary_indicator_var =l= 785.7585104513892;
e3645_.. + 1*post_1_48_6 =g= 0;
e3646_.. + 1*post_1_48_6 + 392.8792552256946*relu_1_48_6_off_binary_indicator_var =l= 392.8792552256946;
e3647_.. + 1*pre_1_48_6 + 392.8792552256946*relu_1_48_6_off_binary_indicator_var =l= 392.8792552256946;
relu_1_48_7_above_pre.. + 1*pre_1_48_7 - 1*post_1_48_7 =l= 0;
relu_1_48_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_48_7_on_binary_indicator_var + 1*relu_1_48_7_off_binary_indicator_var =e= 1;
e3650_.. - 1*pre_1_48_7 + 1*post_1_48_7 - 392.8792552256946*relu_1_48_7_on_binary_indicator_var =g= -392.8792552256946;
e3651_.. - 1*pre_1_48_7 + 1*post_1_48_7 + 785.7585104513892*relu_1_48_7_on_binary_indicator_var =l= 785.7585104513892;
e3652_.. + 1*post_1_48_7 =g= 0;
e3653_.. + 1*post_1_48_7 + 392.8792552256946*relu_1_48_7_off_binary_indicator_var =l= 392.8792552256946;
e3654_.. + 1*pre_1_48_7 + 392.8792552256946*relu_1_48_7_off_binary_indicator_var =l= 392.8792552256946;
relu_1_49_0_above_pre.. + 1*pre_1_49_0 - 1*post_1_49_0 =l= 0;
relu_1_49_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_49_0_on_binary_indicator_var + 1*relu_1_49_0_off_binary_indicator_var =e= 1;
e3657_.. - 1*pre_1_49_0 + 1*post_1_49_0 - 393.79137877227896*relu_1_49_0_on_binary_indicator_var =g= -393.79137877227896;
e3658_.. - 1*pre_1_49_0 + 1*post_1_49_0 + 787.5827575445579*relu_1_49_0_on_binary_indicator_var =l= 787.5827575445579;
e3659_.. + 1*post_1_49_0 =g= 0;
e3660_.. + 1*post_1_49_0 + 393.79137877227896*relu_1_49_0_off_binary_indicator_var =l= 393.79137877227896;
e3661_.. + 1*pre_1_49_0 + 393.79137877227896*relu_1_49_0_off_binary_indicator_var =l= 393.79137877227896;
relu_1_49_1_above_pre.. + 1*pre_1_49_1 - 1*post_1_49_1 =l= 0;
relu_1_49_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_49_1_on_binary_indicator_var + 1*relu_1_49_1_off_binary_indicator_var =e= 1;
e3664_.. - 1*pre_1_49_1 + 1*post_1_49_1 - 393.79137877227896*relu_1_49_1_on_binary_indicator_var =g= -393.79137877227896;
e3665_.. - 1*pre_1_49_1 + 1*post_1_49_1 + 787.5827575445579*relu_1_49_1_on_binary_indicator_var =l= 787.5827575445579;
e3666_.. + 1*post_1_49_1 =g= 0;
e3667_.. + 1*post_1_49_1 + 393.79137877227896*relu_1_49_1_off_binary_indicator_var =l= 393.79137877227896;
e3668_.. + 1*pre_1_49_1 + 393.79137877227896*relu_1_49_1_off_binary_indicator_var =l= 393.79137877227896;
relu_1_49_2_above_pre.. + 1*pre_1_49_2 - 1*post_1_49_2 =l= 0;
relu_1_49_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_49_2_on_binary_indicator_var + 1*relu_1_49_2_off_binary_indicator_var =e= 1;
e3671_.. - 1*pre_1_49_2 + 1*post_1_49_2 - 393.79137877227896*relu_1_49_2_on_binary_indicator_var =g= -393.79137877227896;
e3672_.. - 1*pre_1_49_2 + 1*post_1_49_2 + 787.5827575445579*relu_1_49_2_on_binary_indicator_var =l= 787.5827575445579;
e3673_.. + 1*post_1_49_2 =g= 0;
e3674_.. + 1*post_1_49_2 + 393.79137877227896*relu_1_49_2_off_binary_indicator_var =l= 393.79137877227896;
e3675_.. + 1*pre_1_49_2 + 393.79137877227896*relu_1_49_2_off_binary_indicator_var =l= 393.79137877227896;
relu_1_49_3_above_pre.. + 1*pre_1_49_3 - 1*post_1_49_3 =l= 0;
relu_1_49_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_49_3_on_binary_indicator_var + 1*relu_1_49_3_off_binary_indicator_var =e= 1;
e3678_.. - 1*pre_1_49_3 + 1*post_1_49_3 - 393.79137877227896*relu_1_49_3_on_binary_indicator_var =g= -393.79137877227896;
e3679_.. - 1*pre_1_49_3 + 1*post_1_49_3 + 787.5827575445579*relu_1_49_3_on_binary_indicator_var =l= 787.5827575445579;
e3680_.. + 1*post_1_49_3 =g= 0;
e3681_.. + 1*post_1_49_3 + 393.79137877227896*relu_1_49_3_off_binary_indicator_var =l= 393.79137877227896;
e3682_.. + 1*pre_1_49_3 + 393.79137877227896*relu_1_49_3_off_binary_indicator_var =l= 393.79137877227896;
relu_1_49_4_above_pre.. + 1*pre_1_49_4 - 1*post_1_49_4 =l= 0;
relu_1_49_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_49_4_on_binary_indicator_var + 1*relu_1_49_4_off_binary_indicator_var =e= 1;
e3685_.. - 1*pre_1_49_4 + 1*post_1_49_4 - 393.79137877227896*relu_1_49_4_on_binary_indicator_var =g= -393.79137877227896;
e3686_.. - 1*pre_1_49_4 + 1*post_1_49_4 + 787.5827575445579*relu_1_49_4_on_binary_indicator_var =l= 787.5827575445579;
e3687_.. + 1*post_1_49_4 =g= 0;
e3688_.. + 1*post_1_49_4 + 393.79137877227896*relu_1_49_4_off_binary_indicator_var =l= 393.79137877227896;
e3689_.. + 1*pre_1_49_4 + 393.79137877227896*relu_1_49_4_off_binary_indicator_var =l= 393.79137877227896;
relu_1_49_5_above_pre.. + 1*pre_1_49_5 - 1*post_1_49_5 =l= 0;
relu_1_49_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_49_5_on_binary_indicator_var + 1*relu_1_49_5_off_binary_indicator_var =e= 1;
e3692_.. - 1*pre_1_49_5 + 1*post_1_49_5 - 393.79137877227896*relu_1_49_5_on_binary_indicator_var =g= -393.79137877227896;
e3693_.. - 1*pre_1_49_5 + 1*post_1_49_5 + 787.5827575445579*relu_1_49_5_on_binary_indicator_var =l= 787.5827575445579;
e3694_.. + 1*post_1_49_5 =g= 0;
e3695_.. + 1*post_1_49_5 + 393.79137877227896*relu_1_49_5_off_binary_indicator_var =l= 393.79137877227896;
e3696_.. + 1*pre_1_49_5 + 393.79137877227896*relu_1_49_5_off_binary_indicator_var =l= 393.79137877227896;
relu_1_49_6_above_pre.. + 1*pre_1_49_6 - 1*post_1_49_6 =l= 0;
relu_1_49_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_49_6_on_binary_indicator_var + 1*relu_1_49_6_off_binary_indicator_var =e= 1;
e3699_.. - 1*pre_1_49_6 + 1*post_1_49_6 - 393.79137877227896*relu_1_49_6_on_binary_indicator_var =g= -393.79137877227896;
e3700_.. - 1*pre_1_49_6 + 1*post_1_49_6 + 787.5827575445579*relu_1_49_6_on_binary_indicator_var =l= 787.5827575445579;
e3701_.. + 1*post_1_49_6 =g= 0;
e3702_.. + 1*post_1_49_6 + 393.79137877227896*relu_1_49_6_off_binary_indicator_var =l= 393.79137877227896;
e3703_.. + 1*pre_1_49_6 + 393.79137877227896*relu_1_49_6_off_binary_indicator_var =l= 393.79137877227896;
relu_1_49_7_above_pre.. + 1*pre_1_49_7 - 1*post_1_49_7 =l= 0;
relu_1_49_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_49_7_on_binary_indicator_var + 1*relu_1_49_7_off_binary_indicator_var =e= 1;
e3706_.. - 1*pre_1_49_7 + 1*post_1_49_7 - 393.79137877227896*relu_1_49_7_on_binary_indicator_var =g= -393.79137877227896;
e3707_.. - 1*pre_1_49_7 + 1*post_1_49_7 + 787.5827575445579*relu_1_49_7_on_binary_indicator_var =l= 787.5827575445579;
e3708_.. + 1*post_1_49_7 =g= 0;
e3709_.. + 1*post_1_49_7 + 393.79137877227896*relu_1_49_7_off_binary_indicator_var =l= 393.79137877227896;
e3710_.. + 1*pre_1_49_7 + 393.79137877227896*relu_1_49_7_off_binary_indicator_var =l= 393.79137877227896;
relu_1_50_0_above_pre.. + 1*pre_1_50_0 - 1*post_1_50_0 =l= 0;
relu_1_50_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_50_0_on_binary_indicator_var + 1*relu_1_50_0_off_binary_indicator_var =e= 1;
e3713_.. - 1*pre_1_50_0 + 1*post_1_50_0 - 400.14567928105447*relu_1_50_0_on_binary_indicator_var =g= -400.14567928105447;
e3714_.. - 1*pre_1_50_0 + 1*post_1_50_0 + 800.2913585621089*relu_1_50_0_on_binary_indicator_var =l= 800.2913585621089;
e3715_.. + 1*post_1_50_0 =g= 0;
e3716_.. + 1*post_1_50_0 + 400.14567928105447*relu_1_50_0_off_binary_indicator_var =l= 400.14567928105447;
e3717_.. + 1*pre_1_50_0 + 400.14567928105447*relu_1_50_0_off_binary_indicator_var =l= 400.14567928105447;
relu_1_50_1_above_pre.. + 1*pre_1_50_1 - 1*post_1_50_1 =l= 0;
relu_1_50_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_50_1_on_binary_indicator_var + 1*relu_1_50_1_off_binary_indicator_var =e= 1;
e3720_.. - 1*pre_1_50_1 + 1*post_1_50_1 - 400.14567928105447*relu_1_50_1_on_binary_indicator_var =g= -400.14567928105447;
e3721_.. - 1*pre_1_50_1 + 1*post_1_50_1 + 800.2913585621089*relu_1_50_1_on_binary_indicator_var =l= 800.2913585621089;
e3722_.. + 1*post_1_50_1 =g= 0;
e3723_.. + 1*post_1_50_1 + 400.14567928105447*relu_1_50_1_off_binary_indicator_var =l= 400.14567928105447;
e3724_.. + 1*pre_1_50_1 + 400.14567928105447*relu_1_50_1_off_binary_indicator_var =l= 400.14567928105447;
relu_1_50_2_above_pre.. + 1*pre_1_50_2 - 1*post_1_50_2 =l= 0;
relu_1_50_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_50_2_on_binary_indicator_var + 1*relu_1_50_2_off_binary_indicator_var =e= 1;
e3727_.. - 1*pre_1_50_2 + 1*post_1_50_2 - 400.14567928105447*relu_1_50_2_on_binary_indicator_var =g= -400.14567928105447;
e3728_.. - 1*pre_1_50_2 + 1*post_1_50_2 + 800.2913585621089*relu_1_50_2_on_binary_indicator_var =l= 800.2913585621089;
e3729_.. + 1*post_1_50_2 =g= 0;
e3730_.. + 1*post_1_50_2 + 400.14567928105447*relu_1_50_2_off_binary_indicator_var =l= 400.14567928105447;
e3731_.. + 1*pre_1_50_2 + 400.14567928105447*relu_1_50_2_off_binary_indicator_var =l= 400.14567928105447;
relu_1_50_3_above_pre.. + 1*pre_1_50_3 - 1*post_1_50_3 =l= 0;
relu_1_50_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_50_3_on_binary_indicator_var + 1*relu_1_50_3_off_binary_indicator_var =e= 1;
e3734_.. - 1*pre_1_50_3 + 1*post_1_50_3 - 400.14567928105447*relu_1_50_3_on_binary_indicator_var =g= -400.14567928105447;
e3735_.. - 1*pre_1_50_3 + 1*post_1_50_3 + 800.2913585621089*relu_1_50_3_on_binary_indicator_var =l= 800.2913585621089;
e3736_.. + 1*post_1_50_3 =g= 0;
e3737_.. + 1*post_1_50_3 + 400.14567928105447*relu_1_50_3_off_binary_indicator_var =l= 400.14567928105447;
e3738_.. + 1*pre_1_50_3 + 400.14567928105447*relu_1_50_3_off_binary_indicator_var =l= 400.14567928105447;
relu_1_50_4_above_pre.. + 1*pre_1_50_4 - 1*post_1_50_4 =l= 0;
relu_1_50_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_50_4_on_binary_indicator_var + 1*relu_1_50_4_off_binary_indicator_var =e= 1;
e3741_.. - 1*pre_1_50_4 + 1*post_1_50_4 - 400.14567928105447*relu_1_50_4_on_binary_indicator_var =g= -400.14567928105447;
e3742_.. - 1*pre_1_50_4 + 1*post_1_50_4 + 800.2913585621089*relu_1_50_4_on_binary_indicator_var =l= 800.2913585621089;
e3743_.. + 1*post_1_50_4 =g= 0;
e3744_.. + 1*post_1_50_4 + 400.14567928105447*relu_1_50_4_off_binary_indicator_var =l= 400.14567928105447;
e3745_.. + 1*pre_1_50_4 + 400.14567928105447*relu_1_50_4_off_binary_indicator_var =l= 400.14567928105447;
relu_1_50_5_above_pre.. + 1*pre_1_50_5 - 1*post_1_50_5 =l= 0;
relu_1_50_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_50_5_on_binary_indicator_var + 1*relu_1_50_5_off_binary_indicator_var =e= 1;
e3748_.. - 1*pre_1_50_5 + 1*post_1_50_5 - 400.14567928105447*relu_1_50_5_on_binary_indicator_var =g= -400.14567928105447;
e3749_.. - 1*pre_1_50_5 + 1*post_1_50_5 + 800.2913585621089*relu_1_50_5_on_binary_indicator_var =l= 800.2913585621089;
e3750_.. + 1*post_1_50_5 =g= 0;
e3751_.. + 1*post_1_50_5 + 400.14567928105447*relu_1_50_5_off_binary_indicator_var =l= 400.14567928105447;
e3752_.. + 1*pre_1_50_5 + 400.14567928105447*relu_1_50_5_off_binary_indicator_var =l= 400.14567928105447;
relu_1_50_6_above_pre.. + 1*pre_1_50_6 - 1*post_1_50_6 =l= 0;
relu_1_50_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_50_6_on_binary_indicator_var + 1*relu_1_50_6_off_binary_indicator_var =e= 1;
e3755_.. - 1*pre_1_50_6 + 1*post_1_50_6 - 400.14567928105447*relu_1_50_6_on_binary_indicator_var =g= -400.14567928105447;
e3756_.. - 1*pre_1_50_6 + 1*post_1_50_6 + 800.2913585621089*relu_1_50_6_on_binary_indicator_var =l= 800.2913585621089;
e3757_.. + 1*post_1_50_6 =g= 0;
e3758_.. + 1*post_1_50_6 + 400.14567928105447*relu_1_50_6_off_binary_indicator_var =l= 400.14567928105447;
e3759_.. + 1*pre_1_50_6 + 400.14567928105447*relu_1_50_6_off_binary_indicator_var =l= 400.14567928105447;
relu_1_50_7_above_pre.. + 1*pre_1_50_7 - 1*post_1_50_7 =l= 0;
relu_1_50_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_50_7_on_binary_indicator_var + 1*relu_1_50_7_off_binary_indicator_var =e= 1;
e3762_.. - 1*pre_1_50_7 + 1*post_1_50_7 - 400.14567928105447*relu_1_50_7_on_binary_indicator_var =g= -400.14567928105447;
e3763_.. - 1*pre_1_50_7 + 1*post_1_50_7 + 800.2913585621089*relu_1_50_7_on_binary_indicator_var =l= 800.2913585621089;
e3764_.. + 1*post_1_50_7 =g= 0;
e3765_.. + 1*post_1_50_7 + 400.14567928105447*relu_1_50_7_off_binary_indicator_var =l= 400.14567928105447;
e3766_.. + 1*pre_1_50_7 + 400.14567928105447*relu_1_50_7_off_binary_indicator_var =l= 400.14567928105447;
relu_1_51_0_above_pre.. + 1*pre_1_51_0 - 1*post_1_51_0 =l= 0;
relu_1_51_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_51_0_on_binary_indicator_var + 1*relu_1_51_0_off_binary_indicator_var =e= 1;
e3769_.. - 1*pre_1_51_0 + 1*post_1_51_0 - 385.8229100202116*relu_1_51_0_on_binary_indicator_var =g= -385.8229100202116;
e3770_.. - 1*pre_1_51_0 + 1*post_1_51_0 + 771.6458200404232*relu_1_51_0_on_binary_indicator_var =l= 771.6458200404232;
e3771_.. + 1*post_1_51_0 =g= 0;
e3772_.. + 1*post_1_51_0 + 385.8229100202116*relu_1_51_0_off_binary_indicator_var =l= 385.8229100202116;
e3773_.. + 1*pre_1_51_0 + 385.8229100202116*relu_1_51_0_off_binary_indicator_var =l= 385.8229100202116;
relu_1_51_1_above_pre.. + 1*pre_1_51_1 - 1*post_1_51_1 =l= 0;
relu_1_51_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_51_1_on_binary_indicator_var + 1*relu_1_51_1_off_binary_indicator_var =e= 1;
e3776_.. - 1*pre_1_51_1 + 1*post_1_51_1 - 385.8229100202116*relu_1_51_1_on_binary_indicator_var =g= -385.8229100202116;
e3777_.. - 1*pre_1_51_1 + 1*post_1_51_1 + 771.6458200404232*relu_1_51_1_on_binary_indicator_var =l= 771.6458200404232;
e3778_.. + 1*post_1_51_1 =g= 0;
e3779_.. + 1*post_1_51_1 + 385.8229100202116*relu_1_51_1_off_binary_indicator_var =l= 385.8229100202116;
e3780_.. + 1*pre_1_51_1 + 385.8229100202116*relu_1_51_1_off_binary_indicator_var =l= 385.8229100202116;
relu_1_51_2_above_pre.. + 1*pre_1_51_2 - 1*post_1_51_2 =l= 0;
relu_1_51_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_51_2_on_binary_indicator_var + 1*relu_1_51_2_off_binary_indicator_var =e= 1;
e3783_.. - 1*pre_1_51_2 + 1*post_1_51_2 - 385.8229100202116*relu_1_51_2_on_binary_indicator_var =g= -385.8229100202116;
e3784_.. - 1*pre_1_51_2 + 1*post_1_51_2 + 771.6458200404232*relu_1_51_2_on_binary_indicator_var =l= 771.6458200404232;
e3785_.. + 1*post_1_51_2 =g= 0;
e3786_.. + 1*post_1_51_2 + 385.8229100202116*relu_1_51_2_off_binary_indicator_var =l= 385.8229100202116;
e3787_.. + 1*pre_1_51_2 + 385.8229100202116*relu_1_51_2_off_binary_indicator_var =l= 385.8229100202116;
relu_1_51_3_above_pre.. + 1*pre_1_51_3 - 1*post_1_51_3 =l= 0;
relu_1_51_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_51_3_on_binary_indicator_var + 1*relu_1_51_3_off_binary_indicator_var =e= 1;
e3790_.. - 1*pre_1_51_3 + 1*post_1_51_3 - 385.8229100202116*relu_1_51_3_on_binary_indicator_var =g= -385.8229100202116;
e3791_.. - 1*pre_1_51_3 + 1*post_1_51_3 + 771.6458200404232*relu_1_51_3_on_binary_indicator_var =l= 771.6458200404232;
e3792_.. + 1*post_1_51_3 =g= 0;
e3793_.. + 1*post_1_51_3 + 385.8229100202116*relu_1_51_3_off_binary_indicator_var =l= 385.8229100202116;
e3794_.. + 1*pre_1_51_3 + 385.8229100202116*relu_1_51_3_off_binary_indicator_var =l= 385.8229100202116;
relu_1_51_4_above_pre.. + 1*pre_1_51_4 - 1*post_1_51_4 =l= 0;
relu_1_51_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_51_4_on_binary_indicator_var + 1*relu_1_51_4_off_binary_indicator_var =e= 1;
e3797_.. - 1*pre_1_51_4 + 1*post_1_51_4 - 385.8229100202116*relu_1_51_4_on_binary_indicator_var =g= -385.8229100202116;
e3798_.. - 1*pre_1_51_4 + 1*post_1_51_4 + 771.6458200404232*relu_1_51_4_on_binary_indicator_var =l= 771.6458200404232;
e3799_.. + 1*post_1_51_4 =g= 0;
e3800_.. + 1*post_1_51_4 + 385.8229100202116*relu_1_51_4_off_binary_indicator_var =l= 385.8229100202116;
e3801_.. + 1*pre_1_51_4 + 385.8229100202116*relu_1_51_4_off_binary_indicator_var =l= 385.8229100202116;
relu_1_51_5_above_pre.. + 1*pre_1_51_5 - 1*post_1_51_5 =l= 0;
relu_1_51_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_51_5_on_binary_indicator_var + 1*relu_1_51_5_off_binary_indicator_var =e= 1;
e3804_.. - 1*pre_1_51_5 + 1*post_1_51_5 - 385.8229100202116*relu_1_51_5_on_binary_indicator_var =g= -385.8229100202116;
e3805_.. - 1*pre_1_51_5 + 1*post_1_51_5 + 771.6458200404232*relu_1_51_5_on_binary_indicator_var =l= 771.6458200404232;
e3806_.. + 1*post_1_51_5 =g= 0;
e3807_.. + 1*post_1_51_5 + 385.8229100202116*relu_1_51_5_off_binary_indicator_var =l= 385.8229100202116;
e3808_.. + 1*pre_1_51_5 + 385.8229100202116*relu_1_51_5_off_binary_indicator_var =l= 385.8229100202116;
relu_1_51_6_above_pre.. + 1*pre_1_51_6 - 1*post_1_51_6 =l= 0;
relu_1_51_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_51_6_on_binary_indicator_var + 1*relu_1_51_6_off_binary_indicator_var =e= 1;
e3811_.. - 1*pre_1_51_6 + 1*post_1_51_6 - 385.8229100202116*relu_1_51_6_on_binary_indicator_var =g= -385.8229100202116;
e3812_.. - 1*pre_1_51_6 + 1*post_1_51_6 + 771.6458200404232*relu_1_51_6_on_binary_indicator_var =l= 771.6458200404232;
e3813_.. + 1*post_1_51_6 =g= 0;
e3814_.. + 1*post_1_51_6 + 385.8229100202116*relu_1_51_6_off_binary_indicator_var =l= 385.8229100202116;
e3815_.. + 1*pre_1_51_6 + 385.8229100202116*relu_1_51_6_off_binary_indicator_var =l= 385.8229100202116;
relu_1_51_7_above_pre.. + 1*pre_1_51_7 - 1*post_1_51_7 =l= 0;
relu_1_51_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_51_7_on_binary_indicator_var + 1*relu_1_51_7_off_binary_indicator_var =e= 1;
e3818_.. - 1*pre_1_51_7 + 1*post_1_51_7 - 385.8229100202116*relu_1_51_7_on_binary_indicator_var =g= -385.8229100202116;
e3819_.. - 1*pre_1_51_7 + 1*post_1_51_7 + 771.6458200404232*relu_1_51_7_on_binary_indicator_var =l= 771.6458200404232;
e3820_.. + 1*post_1_51_7 =g= 0;
e3821_.. + 1*post_1_51_7 + 385.8229100202116*relu_1_51_7_off_binary_indicator_var =l= 385.8229100202116;
e3822_.. + 1*pre_1_51_7 + 385.8229100202116*relu_1_51_7_off_binary_indicator_var =l= 385.8229100202116;
relu_1_52_0_above_pre.. + 1*pre_1_52_0 - 1*post_1_52_0 =l= 0;
relu_1_52_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_52_0_on_binary_indicator_var + 1*relu_1_52_0_off_binary_indicator_var =e= 1;
e3825_.. - 1*pre_1_52_0 + 1*post_1_52_0 - 386.73503356679606*relu_1_52_0_on_binary_indicator_var =g= -386.73503356679606;
e3826_.. - 1*pre_1_52_0 + 1*post_1_52_0 + 773.4700671335921*relu_1_52_0_on_binary_indicator_var =l= 773.4700671335921;
e3827_.. + 1*post_1_52_0 =g= 0;
e3828_.. + 1*post_1_52_0 + 386.73503356679606*relu_1_52_0_off_binary_indicator_var =l= 386.73503356679606;
e3829_.. + 1*pre_1_52_0 + 386.73503356679606*relu_1_52_0_off_binary_indicator_var =l= 386.73503356679606;
relu_1_52_1_above_pre.. + 1*pre_1_52_1 - 1*post_1_52_1 =l= 0;
relu_1_52_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_52_1_on_binary_indicator_var + 1*relu_1_52_1_off_binary_indicator_var =e= 1;
e3832_.. - 1*pre_1_52_1 + 1*post_1_52_1 - 386.73503356679606*relu_1_52_1_on_binary_indicator_var =g= -386.73503356679606;
e3833_.. - 1*pre_1_52_1 + 1*post_1_52_1 + 773.4700671335921*relu_1_52_1_on_binary_indicator_var =l= 773.4700671335921;
e3834_.. + 1*post_1_52_1 =g= 0;
e3835_.. + 1*post_1_52_1 + 386.73503356679606*relu_1_52_1_off_binary_indicator_var =l= 386.73503356679606;
e3836_.. + 1*pre_1_52_1 + 386.73503356679606*relu_1_52_1_off_binary_indicator_var =l= 386.73503356679606;
relu_1_52_2_above_pre.. + 1*pre_1_52_2 - 1*post_1_52_2 =l= 0;
relu_1_52_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_52_2_on_binary_indicator_var + 1*relu_1_52_2_off_binary_indicator_var =e= 1;
e3839_.. - 1*pre_1_52_2 + 1*post_1_52_2 - 386.73503356679606*relu_1_52_2_on_binary_indicator_var =g= -386.73503356679606;
e3840_.. - 1*pre_1_52_2 + 1*post_1_52_2 + 773.4700671335921*relu_1_52_2_on_binary_indicator_var =l= 773.4700671335921;
e3841_.. + 1*post_1_52_2 =g= 0;
e3842_.. + 1*post_1_52_2 + 386.73503356679606*relu_1_52_2_off_binary_indicator_var =l= 386.73503356679606;
e3843_.. + 1*pre_1_52_2 + 386.73503356679606*relu_1_52_2_off_binary_indicator_var =l= 386.73503356679606;
relu_1_52_3_above_pre.. + 1*pre_1_52_3 - 1*post_1_52_3 =l= 0;
relu_1_52_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_52_3_on_binary_indicator_var + 1*relu_1_52_3_off_binary_indicator_var =e= 1;
e3846_.. - 1*pre_1_52_3 + 1*post_1_52_3 - 386.73503356679606*relu_1_52_3_on_binary_indicator_var =g= -386.73503356679606;
e3847_.. - 1*pre_1_52_3 + 1*post_1_52_3 + 773.4700671335921*relu_1_52_3_on_binary_indicator_var =l= 773.4700671335921;
e3848_.. + 1*post_1_52_3 =g= 0;
e3849_.. + 1*post_1_52_3 + 386.73503356679606*relu_1_52_3_off_binary_indicator_var =l= 386.73503356679606;
e3850_.. + 1*pre_1_52_3 + 386.73503356679606*relu_1_52_3_off_binary_indicator_var =l= 386.73503356679606;
relu_1_52_4_above_pre.. + 1*pre_1_52_4 - 1*post_1_52_4 =l= 0;
relu_1_52_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_52_4_on_binary_indicator_var + 1*relu_1_52_4_off_binary_indicator_var =e= 1;
e3853_.. - 1*pre_1_52_4 + 1*post_1_52_4 - 386.73503356679606*relu_1_52_4_on_binary_indicator_var =g= -386.73503356679606;
e3854_.. - 1*pre_1_52_4 + 1*post_1_52_4 + 773.4700671335921*relu_1_52_4_on_binary_indicator_var =l= 773.4700671335921;
e3855_.. + 1*post_1_52_4 =g= 0;
e3856_.. + 1*post_1_52_4 + 386.73503356679606*relu_1_52_4_off_binary_indicator_var =l= 386.73503356679606;
e3857_.. + 1*pre_1_52_4 + 386.73503356679606*relu_1_52_4_off_binary_indicator_var =l= 386.73503356679606;
relu_1_52_5_above_pre.. + 1*pre_1_52_5 - 1*post_1_52_5 =l= 0;
relu_1_52_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_52_5_on_binary_indicator_var + 1*relu_1_52_5_off_binary_indicator_var =e= 1;
e3860_.. - 1*pre_1_52_5 + 1*post_1_52_5 - 386.73503356679606*relu_1_52_5_on_binary_indicator_var =g= -386.73503356679606;
e3861_.. - 1*pre_1_52_5 + 1*post_1_52_5 + 773.4700671335921*relu_1_52_5_on_binary_indicator_var =l= 773.4700671335921;
e3862_.. + 1*post_1_52_5 =g= 0;
e3863_.. + 1*post_1_52_5 + 386.73503356679606*relu_1_52_5_off_binary_indicator_var =l= 386.73503356679606;
e3864_.. + 1*pre_1_52_5 + 386.73503356679606*relu_1_52_5_off_binary_indicator_var =l= 386.73503356679606;
relu_1_52_6_above_pre.. + 1*pre_1_52_6 - 1*post_1_52_6 =l= 0;
relu_1_52_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_52_6_on_binary_indicator_var + 1*relu_1_52_6_off_binary_indicator_var =e= 1;
e3867_.. - 1*pre_1_52_6 + 1*post_1_52_6 - 386.73503356679606*relu_1_52_6_on_binary_indicator_var =g= -386.73503356679606;
e3868_.. - 1*pre_1_52_6 + 1*post_1_52_6 + 773.4700671335921*relu_1_52_6_on_binary_indicator_var =l= 773.4700671335921;
e3869_.. + 1*post_1_52_6 =g= 0;
e3870_.. + 1*post_1_52_6 + 386.73503356679606*relu_1_52_6_off_binary_indicator_var =l= 386.73503356679606;
e3871_.. + 1*pre_1_52_6 + 386.73503356679606*relu_1_52_6_off_binary_indicator_var =l= 386.73503356679606;
relu_1_52_7_above_pre.. + 1*pre_1_52_7 - 1*post_1_52_7 =l= 0;
relu_1_52_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_52_7_on_binary_indicator_var + 1*relu_1_52_7_off_binary_indicator_var =e= 1;
e3874_.. - 1*pre_1_52_7 + 1*post_1_52_7 - 386.73503356679606*relu_1_52_7_on_binary_indicator_var =g= -386.73503356679606;
e3875_.. - 1*pre_1_52_7 + 1*post_1_52_7 + 773.4700671335921*relu_1_52_7_on_binary_indicator_var =l= 773.4700671335921;
e3876_.. + 1*post_1_52_7 =g= 0;
e3877_.. + 1*post_1_52_7 + 386.73503356679606*relu_1_52_7_off_binary_indicator_var =l= 386.73503356679606;
e3878_.. + 1*pre_1_52_7 + 386.73503356679606*relu_1_52_7_off_binary_indicator_var =l= 386.73503356679606;
relu_1_53_0_above_pre.. + 1*pre_1_53_0 - 1*post_1_53_0 =l= 0;
relu_1_53_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_53_0_on_binary_indicator_var + 1*relu_1_53_0_off_binary_indicator_var =e= 1;
e3881_.. - 1*pre_1_53_0 + 1*post_1_53_0 - 400.6017410543467*relu_1_53_0_on_binary_indicator_var =g= -400.6017410543467;
e3882_.. - 1*pre_1_53_0 + 1*post_1_53_0 + 801.2034821086934*relu_1_53_0_on_binary_indicator_var =l= 801.2034821086934;
e3883_.. + 1*post_1_53_0 =g= 0;
e3884_.. + 1*post_1_53_0 + 400.6017410543467*relu_1_53_0_off_binary_indicator_var =l= 400.6017410543467;
e3885_.. + 1*pre_1_53_0 + 400.6017410543467*relu_1_53_0_off_binary_indicator_var =l= 400.6017410543467;
relu_1_53_1_above_pre.. + 1*pre_1_53_1 - 1*post_1_53_1 =l= 0;
relu_1_53_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_53_1_on_binary_indicator_var + 1*relu_1_53_1_off_binary_indicator_var =e= 1;
e3888_.. - 1*pre_1_53_1 + 1*post_1_53_1 - 400.6017410543467*relu_1_53_1_on_binary_indicator_var =g= -400.6017410543467;
e3889_.. - 1*pre_1_53_1 + 1*post_1_53_1 + 801.2034821086934*relu_1_53_1_on_binary_indicator_var =l= 801.2034821086934;
e3890_.. + 1*post_1_53_1 =g= 0;
e3891_.. + 1*post_1_53_1 + 400.6017410543467*relu_1_53_1_off_binary_indicator_var =l= 400.6017410543467;
e3892_.. + 1*pre_1_53_1 + 400.6017410543467*relu_1_53_1_off_binary_indicator_var =l= 400.6017410543467;
relu_1_53_2_above_pre.. + 1*pre_1_53_2 - 1*post_1_53_2 =l= 0;
relu_1_53_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_53_2_on_binary_indicator_var + 1*relu_1_53_2_off_binary_indicator_var =e= 1;
e3895_.. - 1*pre_1_53_2 + 1*post_1_53_2 - 400.6017410543467*relu_1_53_2_on_binary_indicator_var =g= -400.6017410543467;
e3896_.. - 1*pre_1_53_2 + 1*post_1_53_2 + 801.2034821086934*relu_1_53_2_on_binary_indicator_var =l= 801.2034821086934;
e3897_.. + 1*post_1_53_2 =g= 0;
e3898_.. + 1*post_1_53_2 + 400.6017410543467*relu_1_53_2_off_binary_indicator_var =l= 400.6017410543467;
e3899_.. + 1*pre_1_53_2 + 400.6017410543467*relu_1_53_2_off_binary_indicator_var =l= 400.6017410543467;
relu_1_53_3_above_pre.. + 1*pre_1_53_3 - 1*post_1_53_3 =l= 0;
relu_1_53_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_53_3_on_binary_indicator_var + 1*relu_1_53_3_off_binary_indicator_var =e= 1;
e3902_.. - 1*pre_1_53_3 + 1*post_1_53_3 - 400.6017410543467*relu_1_53_3_on_binary_indicator_var =g= -400.6017410543467;
e3903_.. - 1*pre_1_53_3 + 1*post_1_53_3 + 801.2034821086934*relu_1_53_3_on_binary_indicator_var =l= 801.2034821086934;
e3904_.. + 1*post_1_53_3 =g= 0;
e3905_.. + 1*post_1_53_3 + 400.6017410543467*relu_1_53_3_off_binary_indicator_var =l= 400.6017410543467;
e3906_.. + 1*pre_1_53_3 + 400.6017410543467*relu_1_53_3_off_binary_indicator_var =l= 400.6017410543467;
relu_1_53_4_above_pre.. + 1*pre_1_53_4 - 1*post_1_53_4 =l= 0;
relu_1_53_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_53_4_on_binary_indicator_var + 1*relu_1_53_4_off_binary_indicator_var =e= 1;
e3909_.. - 1*pre_1_53_4 + 1*post_1_53_4 - 400.6017410543467*relu_1_53_4_on_binary_indicator_var =g= -400.6017410543467;
e3910_.. - 1*pre_1_53_4 + 1*post_1_53_4 + 801.2034821086934*relu_1_53_4_on_binary_indicator_var =l= 801.2034821086934;
e3911_.. + 1*post_1_53_4 =g= 0;
e3912_.. + 1*post_1_53_4 + 400.6017410543467*relu_1_53_4_off_binary_indicator_var =l= 400.6017410543467;
e3913_.. + 1*pre_1_53_4 + 400.6017410543467*relu_1_53_4_off_binary_indicator_var =l= 400.6017410543467;
relu_1_53_5_above_pre.. + 1*pre_1_53_5 - 1*post_1_53_5 =l= 0;
relu_1_53_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_53_5_on_binary_indicator_var + 1*relu_1_53_5_off_binary_indicator_var =e= 1;
e3916_.. - 1*pre_1_53_5 + 1*post_1_53_5 - 400.6017410543467*relu_1_53_5_on_binary_indicator_var =g= -400.6017410543467;
e3917_.. - 1*pre_1_53_5 + 1*post_1_53_5 + 801.2034821086934*relu_1_53_5_on_binary_indicator_var =l= 801.2034821086934;
e3918_.. + 1*post_1_53_5 =g= 0;
e3919_.. + 1*post_1_53_5 + 400.6017410543467*relu_1_53_5_off_binary_indicator_var =l= 400.6017410543467;
e3920_.. + 1*pre_1_53_5 + 400.6017410543467*relu_1_53_5_off_binary_indicator_var =l= 400.6017410543467;
relu_1_53_6_above_pre.. + 1*pre_1_53_6 - 1*post_1_53_6 =l= 0;
relu_1_53_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_53_6_on_binary_indicator_var + 1*relu_1_53_6_off_binary_indicator_var =e= 1;
e3923_.. - 1*pre_1_53_6 + 1*post_1_53_6 - 400.6017410543467*relu_1_53_6_on_binary_indicator_var =g= -400.6017410543467;
e3924_.. - 1*pre_1_53_6 + 1*post_1_53_6 + 801.2034821086934*relu_1_53_6_on_binary_indicator_var =l= 801.2034821086934;
e3925_.. + 1*post_1_53_6 =g= 0;
e3926_.. + 1*post_1_53_6 + 400.6017410543467*relu_1_53_6_off_binary_indicator_var =l= 400.6017410543467;
e3927_.. + 1*pre_1_53_6 + 400.6017410543467*relu_1_53_6_off_binary_indicator_var =l= 400.6017410543467;
relu_1_53_7_above_pre.. + 1*pre_1_53_7 - 1*post_1_53_7 =l= 0;
relu_1_53_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_53_7_on_binary_indicator_var + 1*relu_1_53_7_off_binary_indicator_var =e= 1;
e3930_.. - 1*pre_1_53_7 + 1*post_1_53_7 - 400.6017410543467*relu_1_53_7_on_binary_indicator_var =g= -400.6017410543467;
e3931_.. - 1*pre_1_53_7 + 1*post_1_53_7 + 801.2034821086934*relu_1_53_7_on_binary_indicator_var =l= 801.2034821086934;
e3932_.. + 1*post_1_53_7 =g= 0;
e3933_.. + 1*post_1_53_7 + 400.6017410543467*relu_1_53_7_off_binary_indicator_var =l= 400.6017410543467;
e3934_.. + 1*pre_1_53_7 + 400.6017410543467*relu_1_53_7_off_binary_indicator_var =l= 400.6017410543467;
relu_1_54_0_above_pre.. + 1*pre_1_54_0 - 1*post_1_54_0 =l= 0;
relu_1_54_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_54_0_on_binary_indicator_var + 1*relu_1_54_0_off_binary_indicator_var =e= 1;
e3937_.. - 1*pre_1_54_0 + 1*post_1_54_0 - 373.5165146656457*relu_1_54_0_on_binary_indicator_var =g= -373.5165146656457;
e3938_.. - 1*pre_1_54_0 + 1*post_1_54_0 + 747.0330293312913*relu_1_54_0_on_binary_indicator_var =l= 747.0330293312913;
e3939_.. + 1*post_1_54_0 =g= 0;
e3940_.. + 1*post_1_54_0 + 373.5165146656457*relu_1_54_0_off_binary_indicator_var =l= 373.5165146656457;
e3941_.. + 1*pre_1_54_0 + 373.5165146656457*relu_1_54_0_off_binary_indicator_var =l= 373.5165146656457;
relu_1_54_1_above_pre.. + 1*pre_1_54_1 - 1*post_1_54_1 =l= 0;
relu_1_54_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_54_1_on_binary_indicator_var + 1*relu_1_54_1_off_binary_indicator_var =e= 1;
e3944_.. - 1*pre_1_54_1 + 1*post_1_54_1 - 373.5165146656457*relu_1_54_1_on_binary_indicator_var =g= -373.5165146656457;
e3945_.. - 1*pre_1_54_1 + 1*post_1_54_1 + 747.0330293312913*relu_1_54_1_on_binary_indicator_var =l= 747.0330293312913;
e3946_.. + 1*post_1_54_1 =g= 0;
e3947_.. + 1*post_1_54_1 + 373.5165146656457*relu_1_54_1_off_binary_indicator_var =l= 373.5165146656457;
e3948_.. + 1*pre_1_54_1 + 373.5165146656457*relu_1_54_1_off_binary_indicator_var =l= 373.5165146656457;
relu_1_54_2_above_pre.. + 1*pre_1_54_2 - 1*post_1_54_2 =l= 0;
relu_1_54_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_54_2_on_binary_indicator_var + 1*relu_1_54_2_off_binary_indicator_var =e= 1;
e3951_.. - 1*pre_1_54_2 + 1*post_1_54_2 - 373.5165146656457*relu_1_54_2_on_binary_indicator_var =g= -373.5165146656457;
e3952_.. - 1*pre_1_54_2 + 1*post_1_54_2 + 747.0330293312913*relu_1_54_2_on_binary_indicator_var =l= 747.0330293312913;
e3953_.. + 1*post_1_54_2 =g= 0;
e3954_.. + 1*post_1_54_2 + 373.5165146656457*relu_1_54_2_off_binary_indicator_var =l= 373.5165146656457;
e3955_.. + 1*pre_1_54_2 + 373.5165146656457*relu_1_54_2_off_binary_indicator_var =l= 373.5165146656457;
relu_1_54_3_above_pre.. + 1*pre_1_54_3 - 1*post_1_54_3 =l= 0;
relu_1_54_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_54_3_on_binary_indicator_var + 1*relu_1_54_3_off_binary_indicator_var =e= 1;
e3958_.. - 1*pre_1_54_3 + 1*post_1_54_3 - 373.5165146656457*relu_1_54_3_on_binary_indicator_var =g= -373.5165146656457;
e3959_.. - 1*pre_1_54_3 + 1*post_1_54_3 + 747.0330293312913*relu_1_54_3_on_binary_indicator_var =l= 747.0330293312913;
e3960_.. + 1*post_1_54_3 =g= 0;
e3961_.. + 1*post_1_54_3 + 373.5165146656457*relu_1_54_3_off_binary_indicator_var =l= 373.5165146656457;
e3962_.. + 1*pre_1_54_3 + 373.5165146656457*relu_1_54_3_off_binary_indicator_var =l= 373.5165146656457;
relu_1_54_4_above_pre.. + 1*pre_1_54_4 - 1*post_1_54_4 =l= 0;
relu_1_54_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_54_4_on_binary_indicator_var + 1*relu_1_54_4_off_binary_indicator_var =e= 1;
e3965_.. - 1*pre_1_54_4 + 1*post_1_54_4 - 373.5165146656457*relu_1_54_4_on_binary_indicator_var =g= -373.5165146656457;
e3966_.. - 1*pre_1_54_4 + 1*post_1_54_4 + 747.0330293312913*relu_1_54_4_on_binary_indicator_var =l= 747.0330293312913;
e3967_.. + 1*post_1_54_4 =g= 0;
e3968_.. + 1*post_1_54_4 + 373.5165146656457*relu_1_54_4_off_binary_indicator_var =l= 373.5165146656457;
e3969_.. + 1*pre_1_54_4 + 373.5165146656457*relu_1_54_4_off_binary_indicator_var =l= 373.5165146656457;
relu_1_54_5_above_pre.. + 1*pre_1_54_5 - 1*post_1_54_5 =l= 0;
relu_1_54_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_54_5_on_binary_indicator_var + 1*relu_1_54_5_off_binary_indicator_var =e= 1;
e3972_.. - 1*pre_1_54_5 + 1*post_1_54_5 - 373.5165146656457*relu_1_54_5_on_binary_indicator_var =g= -373.5165146656457;
e3973_.. - 1*pre_1_54_5 + 1*post_1_54_5 + 747.0330293312913*relu_1_54_5_on_binary_indicator_var =l= 747.0330293312913;
e3974_.. + 1*post_1_54_5 =g= 0;
e3975_.. + 1*post_1_54_5 + 373.5165146656457*relu_1_54_5_off_binary_indicator_var =l= 373.5165146656457;
e3976_.. + 1*pre_1_54_5 + 373.5165146656457*relu_1_54_5_off_binary_indicator_var =l= 373.5165146656457;
relu_1_54_6_above_pre.. + 1*pre_1_54_6 - 1*post_1_54_6 =l= 0;
relu_1_54_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_54_6_on_binary_indicator_var + 1*relu_1_54_6_off_binary_indicator_var =e= 1;
e3979_.. - 1*pre_1_54_6 + 1*post_1_54_6 - 373.5165146656457*relu_1_54_6_on_binary_indicator_var =g= -373.5165146656457;
e3980_.. - 1*pre_1_54_6 + 1*post_1_54_6 + 747.0330293312913*relu_1_54_6_on_binary_indicator_var =l= 747.0330293312913;
e3981_.. + 1*post_1_54_6 =g= 0;
e3982_.. + 1*post_1_54_6 + 373.5165146656457*relu_1_54_6_off_binary_indicator_var =l= 373.5165146656457;
e3983_.. + 1*pre_1_54_6 + 373.5165146656457*relu_1_54_6_off_binary_indicator_var =l= 373.5165146656457;
relu_1_54_7_above_pre.. + 1*pre_1_54_7 - 1*post_1_54_7 =l= 0;
relu_1_54_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_54_7_on_binary_indicator_var + 1*relu_1_54_7_off_binary_indicator_var =e= 1;
e3986_.. - 1*pre_1_54_7 + 1*post_1_54_7 - 373.5165146656457*relu_1_54_7_on_binary_indicator_var =g= -373.5165146656457;
e3987_.. - 1*pre_1_54_7 + 1*post_1_54_7 + 747.0330293312913*relu_1_54_7_on_binary_indicator_var =l= 747.0330293312913;
e3988_.. + 1*post_1_54_7 =g= 0;
e3989_.. + 1*post_1_54_7 + 373.5165146656457*relu_1_54_7_off_binary_indicator_var =l= 373.5165146656457;
e3990_.. + 1*pre_1_54_7 + 373.5165146656457*relu_1_54_7_off_binary_indicator_var =l= 373.5165146656457;
relu_1_55_0_above_pre.. + 1*pre_1_55_0 - 1*post_1_55_0 =l= 0;
relu_1_55_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_55_0_on_binary_indicator_var + 1*relu_1_55_0_off_binary_indicator_var =e= 1;
e3993_.. - 1*pre_1_55_0 + 1*post_1_55_0 - 387.62920507661147*relu_1_55_0_on_binary_indicator_var =g= -387.62920507661147;
e3994_.. - 1*pre_1_55_0 + 1*post_1_55_0 + 775.2584101532229*relu_1_55_0_on_binary_indicator_var =l= 775.2584101532229;
e3995_.. + 1*post_1_55_0 =g= 0;
e3996_.. + 1*post_1_55_0 + 387.62920507661147*relu_1_55_0_off_binary_indicator_var =l= 387.62920507661147;
e3997_.. + 1*pre_1_55_0 + 387.62920507661147*relu_1_55_0_off_binary_indicator_var =l= 387.62920507661147;
relu_1_55_1_above_pre.. + 1*pre_1_55_1 - 1*post_1_55_1 =l= 0;
relu_1_55_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_55_1_on_binary_indicator_var + 1*relu_1_55_1_off_binary_indicator_var =e= 1;
e4000_.. - 1*pre_1_55_1 + 1*post_1_55_1 - 387.62920507661147*relu_1_55_1_on_binary_indicator_var =g= -387.62920507661147;
e4001_.. - 1*pre_1_55_1 + 1*post_1_55_1 + 775.2584101532229*relu_1_55_1_on_binary_indicator_var =l= 775.2584101532229;
e4002_.. + 1*post_1_55_1 =g= 0;
e4003_.. + 1*post_1_55_1 + 387.62920507661147*relu_1_55_1_off_binary_indicator_var =l= 387.62920507661147;
e4004_.. + 1*pre_1_55_1 + 387.62920507661147*relu_1_55_1_off_binary_indicator_var =l= 387.62920507661147;
relu_1_55_2_above_pre.. + 1*pre_1_55_2 - 1*post_1_55_2 =l= 0;
relu_1_55_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_55_2_on_binary_indicator_var + 1*relu_1_55_2_off_binary_indicator_var =e= 1;
e4007_.. - 1*pre_1_55_2 + 1*post_1_55_2 - 387.62920507661147*relu_1_55_2_on_binary_indicator_var =g= -387.62920507661147;
e4008_.. - 1*pre_1_55_2 + 1*post_1_55_2 + 775.2584101532229*relu_1_55_2_on_binary_indicator_var =l= 775.2584101532229;
e4009_.. + 1*post_1_55_2 =g= 0;
e4010_.. + 1*post_1_55_2 + 387.62920507661147*relu_1_55_2_off_binary_indicator_var =l= 387.62920507661147;
e4011_.. + 1*pre_1_55_2 + 387.62920507661147*relu_1_55_2_off_binary_indicator_var =l= 387.62920507661147;
relu_1_55_3_above_pre.. + 1*pre_1_55_3 - 1*post_1_55_3 =l= 0;
relu_1_55_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_55_3_on_binary_indicator_var + 1*relu_1_55_3_off_binary_indicator_var =e= 1;
e4014_.. - 1*pre_1_55_3 + 1*post_1_55_3 - 387.62920507661147*relu_1_55_3_on_binary_indicator_var =g= -387.62920507661147;
e4015_.. - 1*pre_1_55_3 + 1*post_1_55_3 + 775.2584101532229*relu_1_55_3_on_binary_indicator_var =l= 775.2584101532229;
e4016_.. + 1*post_1_55_3 =g= 0;
e4017_.. + 1*post_1_55_3 + 387.62920507661147*relu_1_55_3_off_binary_indicator_var =l= 387.62920507661147;
e4018_.. + 1*pre_1_55_3 + 387.62920507661147*relu_1_55_3_off_binary_indicator_var =l= 387.62920507661147;
relu_1_55_4_above_pre.. + 1*pre_1_55_4 - 1*post_1_55_4 =l= 0;
relu_1_55_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_55_4_on_binary_indicator_var + 1*relu_1_55_4_off_binary_indicator_var =e= 1;
e4021_.. - 1*pre_1_55_4 + 1*post_1_55_4 - 387.62920507661147*relu_1_55_4_on_binary_indicator_var =g= -387.62920507661147;
e4022_.. - 1*pre_1_55_4 + 1*post_1_55_4 + 775.2584101532229*relu_1_55_4_on_binary_indicator_var =l= 775.2584101532229;
e4023_.. + 1*post_1_55_4 =g= 0;
e4024_.. + 1*post_1_55_4 + 387.62920507661147*relu_1_55_4_off_binary_indicator_var =l= 387.62920507661147;
e4025_.. + 1*pre_1_55_4 + 387.62920507661147*relu_1_55_4_off_binary_indicator_var =l= 387.62920507661147;
relu_1_55_5_above_pre.. + 1*pre_1_55_5 - 1*post_1_55_5 =l= 0;
relu_1_55_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_55_5_on_binary_indicator_var + 1*relu_1_55_5_off_binary_indicator_var =e= 1;
e4028_.. - 1*pre_1_55_5 + 1*post_1_55_5 - 387.62920507661147*relu_1_55_5_on_binary_indicator_var =g= -387.62920507661147;
e4029_.. - 1*pre_1_55_5 + 1*post_1_55_5 + 775.2584101532229*relu_1_55_5_on_binary_indicator_var =l= 775.2584101532229;
e4030_.. + 1*post_1_55_5 =g= 0;
e4031_.. + 1*post_1_55_5 + 387.62920507661147*relu_1_55_5_off_binary_indicator_var =l= 387.62920507661147;
e4032_.. + 1*pre_1_55_5 + 387.62920507661147*relu_1_55_5_off_binary_indicator_var =l= 387.62920507661147;
relu_1_55_6_above_pre.. + 1*pre_1_55_6 - 1*post_1_55_6 =l= 0;
relu_1_55_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_55_6_on_binary_indicator_var + 1*relu_1_55_6_off_binary_indicator_var =e= 1;
e4035_.. - 1*pre_1_55_6 + 1*post_1_55_6 - 387.62920507661147*relu_1_55_6_on_binary_indicator_var =g= -387.62920507661147;
e4036_.. - 1*pre_1_55_6 + 1*post_1_55_6 + 775.2584101532229*relu_1_55_6_on_binary_indicator_var =l= 775.2584101532229;
e4037_.. + 1*post_1_55_6 =g= 0;
e4038_.. + 1*post_1_55_6 + 387.62920507661147*relu_1_55_6_off_binary_indicator_var =l= 387.62920507661147;
e4039_.. + 1*pre_1_55_6 + 387.62920507661147*relu_1_55_6_off_binary_indicator_var =l= 387.62920507661147;
relu_1_55_7_above_pre.. + 1*pre_1_55_7 - 1*post_1_55_7 =l= 0;
relu_1_55_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_55_7_on_binary_indicator_var + 1*relu_1_55_7_off_binary_indicator_var =e= 1;
e4042_.. - 1*pre_1_55_7 + 1*post_1_55_7 - 387.62920507661147*relu_1_55_7_on_binary_indicator_var =g= -387.62920507661147;
e4043_.. - 1*pre_1_55_7 + 1*post_1_55_7 + 775.2584101532229*relu_1_55_7_on_binary_indicator_var =l= 775.2584101532229;
e4044_.. + 1*post_1_55_7 =g= 0;
e4045_.. + 1*post_1_55_7 + 387.62920507661147*relu_1_55_7_off_binary_indicator_var =l= 387.62920507661147;
e4046_.. + 1*pre_1_55_7 + 387.62920507661147*relu_1_55_7_off_binary_indicator_var =l= 387.62920507661147;
relu_1_56_0_above_pre.. + 1*pre_1_56_0 - 1*post_1_56_0 =l= 0;
relu_1_56_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_56_0_on_binary_indicator_var + 1*relu_1_56_0_off_binary_indicator_var =e= 1;
e4049_.. - 1*pre_1_56_0 + 1*post_1_56_0 - 401.7418954875773*relu_1_56_0_on_binary_indicator_var =g= -401.7418954875773;
e4050_.. - 1*pre_1_56_0 + 1*post_1_56_0 + 803.4837909751546*relu_1_56_0_on_binary_indicator_var =l= 803.4837909751546;
e4051_.. + 1*post_1_56_0 =g= 0;
e4052_.. + 1*post_1_56_0 + 401.7418954875773*relu_1_56_0_off_binary_indicator_var =l= 401.7418954875773;
e4053_.. + 1*pre_1_56_0 + 401.7418954875773*relu_1_56_0_off_binary_indicator_var =l= 401.7418954875773;
relu_1_56_1_above_pre.. + 1*pre_1_56_1 - 1*post_1_56_1 =l= 0;
relu_1_56_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_56_1_on_binary_indicator_var + 1*relu_1_56_1_off_binary_indicator_var =e= 1;
e4056_.. - 1*pre_1_56_1 + 1*post_1_56_1 - 401.7418954875773*relu_1_56_1_on_binary_indicator_var =g= -401.7418954875773;
e4057_.. - 1*pre_1_56_1 + 1*post_1_56_1 + 803.4837909751546*relu_1_56_1_on_binary_indicator_var =l= 803.4837909751546;
e4058_.. + 1*post_1_56_1 =g= 0;
e4059_.. + 1*post_1_56_1 + 401.7418954875773*relu_1_56_1_off_binary_indicator_var =l= 401.7418954875773;
e4060_.. + 1*pre_1_56_1 + 401.7418954875773*relu_1_56_1_off_binary_indicator_var =l= 401.7418954875773;
relu_1_56_2_above_pre.. + 1*pre_1_56_2 - 1*post_1_56_2 =l= 0;
relu_1_56_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_56_2_on_binary_indicator_var + 1*relu_1_56_2_off_binary_indicator_var =e= 1;
e4063_.. - 1*pre_1_56_2 + 1*post_1_56_2 - 401.7418954875773*relu_1_56_2_on_binary_indicator_var =g= -401.7418954875773;
e4064_.. - 1*pre_1_56_2 + 1*post_1_56_2 + 803.4837909751546*relu_1_56_2_on_binary_indicator_var =l= 803.4837909751546;
e4065_.. + 1*post_1_56_2 =g= 0;
e4066_.. + 1*post_1_56_2 + 401.7418954875773*relu_1_56_2_off_binary_indicator_var =l= 401.7418954875773;
e4067_.. + 1*pre_1_56_2 + 401.7418954875773*relu_1_56_2_off_binary_indicator_var =l= 401.7418954875773;
relu_1_56_3_above_pre.. + 1*pre_1_56_3 - 1*post_1_56_3 =l= 0;
relu_1_56_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_56_3_on_binary_indicator_var + 1*relu_1_56_3_off_binary_indicator_var =e= 1;
e4070_.. - 1*pre_1_56_3 + 1*post_1_56_3 - 401.7418954875773*relu_1_56_3_on_binary_indicator_var =g= -401.7418954875773;
e4071_.. - 1*pre_1_56_3 + 1*post_1_56_3 + 803.4837909751546*relu_1_56_3_on_binary_indicator_var =l= 803.4837909751546;
e4072_.. + 1*post_1_56_3 =g= 0;
e4073_.. + 1*post_1_56_3 + 401.7418954875773*relu_1_56_3_off_binary_indicator_var =l= 401.7418954875773;
e4074_.. + 1*pre_1_56_3 + 401.7418954875773*relu_1_56_3_off_binary_indicator_var =l= 401.7418954875773;
relu_1_56_4_above_pre.. + 1*pre_1_56_4 - 1*post_1_56_4 =l= 0;
relu_1_56_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_56_4_on_binary_indicator_var + 1*relu_1_56_4_off_binary_indicator_var =e= 1;
e4077_.. - 1*pre_1_56_4 + 1*post_1_56_4 - 401.7418954875773*relu_1_56_4_on_binary_indicator_var =g= -401.7418954875773;
e4078_.. - 1*pre_1_56_4 + 1*post_1_56_4 + 803.4837909751546*relu_1_56_4_on_binary_indicator_var =l= 803.4837909751546;
e4079_.. + 1*post_1_56_4 =g= 0;
e4080_.. + 1*post_1_56_4 + 401.7418954875773*relu_1_56_4_off_binary_indicator_var =l= 401.7418954875773;
e4081_.. + 1*pre_1_56_4 + 401.7418954875773*relu_1_56_4_off_binary_indicator_var =l= 401.7418954875773;
relu_1_56_5_above_pre.. + 1*pre_1_56_5 - 1*post_1_56_5 =l= 0;
relu_1_56_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_56_5_on_binary_indicator_var + 1*relu_1_56_5_off_binary_indicator_var =e= 1;
e4084_.. - 1*pre_1_56_5 + 1*post_1_56_5 - 401.7418954875773*relu_1_56_5_on_binary_indicator_var =g= -401.7418954875773;
e4085_.. - 1*pre_1_56_5 + 1*post_1_56_5 + 803.4837909751546*relu_1_56_5_on_binary_indicator_var =l= 803.4837909751546;
e4086_.. + 1*post_1_56_5 =g= 0;
e4087_.. + 1*post_1_56_5 + 401.7418954875773*relu_1_56_5_off_binary_indicator_var =l= 401.7418954875773;
e4088_.. + 1*pre_1_56_5 + 401.7418954875773*relu_1_56_5_off_binary_indicator_var =l= 401.7418954875773;
relu_1_56_6_above_pre.. + 1*pre_1_56_6 - 1*post_1_56_6 =l= 0;
relu_1_56_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_56_6_on_binary_indicator_var + 1*relu_1_56_6_off_binary_indicator_var =e= 1;
e4091_.. - 1*pre_1_56_6 + 1*post_1_56_6 - 401.7418954875773*relu_1_56_6_on_binary_indicator_var =g= -401.7418954875773;
e4092_.. - 1*pre_1_56_6 + 1*post_1_56_6 + 803.4837909751546*relu_1_56_6_on_binary_indicator_var =l= 803.4837909751546;
e4093_.. + 1*post_1_56_6 =g= 0;
e4094_.. + 1*post_1_56_6 + 401.7418954875773*relu_1_56_6_off_binary_indicator_var =l= 401.7418954875773;
e4095_.. + 1*pre_1_56_6 + 401.7418954875773*relu_1_56_6_off_binary_indicator_var =l= 401.7418954875773;
relu_1_56_7_above_pre.. + 1*pre_1_56_7 - 1*post_1_56_7 =l= 0;
relu_1_56_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_56_7_on_binary_indicator_var + 1*relu_1_56_7_off_binary_indicator_var =e= 1;
e4098_.. - 1*pre_1_56_7 + 1*post_1_56_7 - 401.7418954875773*relu_1_56_7_on_binary_indicator_var =g= -401.7418954875773;
e4099_.. - 1*pre_1_56_7 + 1*post_1_56_7 + 803.4837909751546*relu_1_56_7_on_binary_indicator_var =l= 803.4837909751546;
e4100_.. + 1*post_1_56_7 =g= 0;
e4101_.. + 1*post_1_56_7 + 401.7418954875773*relu_1_56_7_off_binary_indicator_var =l= 401.7418954875773;
e4102_.. + 1*pre_1_56_7 + 401.7418954875773*relu_1_56_7_off_binary_indicator_var =l= 401.7418954875773;
relu_1_57_0_above_pre.. + 1*pre_1_57_0 - 1*post_1_57_0 =l= 0;
relu_1_57_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_57_0_on_binary_indicator_var + 1*relu_1_57_0_off_binary_indicator_var =e= 1;
e4105_.. - 1*pre_1_57_0 + 1*post_1_57_0 - 373.7445455522918*relu_1_57_0_on_binary_indicator_var =g= -373.7445455522918;
e4106_.. - 1*pre_1_57_0 + 1*post_1_57_0 + 747.4890911045836*relu_1_57_0_on_binary_indicator_var =l= 747.4890911045836;
e4107_.. + 1*post_1_57_0 =g= 0;
e4108_.. + 1*post_1_57_0 + 373.7445455522918*relu_1_57_0_off_binary_indicator_var =l= 373.7445455522918;
e4109_.. + 1*pre_1_57_0 + 373.7445455522918*relu_1_57_0_off_binary_indicator_var =l= 373.7445455522918;
relu_1_57_1_above_pre.. + 1*pre_1_57_1 - 1*post_1_57_1 =l= 0;
relu_1_57_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_57_1_on_binary_indicator_var + 1*relu_1_57_1_off_binary_indicator_var =e= 1;
e4112_.. - 1*pre_1_57_1 + 1*post_1_57_1 - 373.7445455522918*relu_1_57_1_on_binary_indicator_var =g= -373.7445455522918;
e4113_.. - 1*pre_1_57_1 + 1*post_1_57_1 + 747.4890911045836*relu_1_57_1_on_binary_indicator_var =l= 747.4890911045836;
e4114_.. + 1*post_1_57_1 =g= 0;
e4115_.. + 1*post_1_57_1 + 373.7445455522918*relu_1_57_1_off_binary_indicator_var =l= 373.7445455522918;
e4116_.. + 1*pre_1_57_1 + 373.7445455522918*relu_1_57_1_off_binary_indicator_var =l= 373.7445455522918;
relu_1_57_2_above_pre.. + 1*pre_1_57_2 - 1*post_1_57_2 =l= 0;
relu_1_57_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_57_2_on_binary_indicator_var + 1*relu_1_57_2_off_binary_indicator_var =e= 1;
e4119_.. - 1*pre_1_57_2 + 1*post_1_57_2 - 373.7445455522918*relu_1_57_2_on_binary_indicator_var =g= -373.7445455522918;
e4120_.. - 1*pre_1_57_2 + 1*post_1_57_2 + 747.4890911045836*relu_1_57_2_on_binary_indicator_var =l= 747.4890911045836;
e4121_.. + 1*post_1_57_2 =g= 0;
e4122_.. + 1*post_1_57_2 + 373.7445455522918*relu_1_57_2_off_binary_indicator_var =l= 373.7445455522918;
e4123_.. + 1*pre_1_57_2 + 373.7445455522918*relu_1_57_2_off_binary_indicator_var =l= 373.7445455522918;
relu_1_57_3_above_pre.. + 1*pre_1_57_3 - 1*post_1_57_3 =l= 0;
relu_1_57_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_57_3_on_binary_indicator_var + 1*relu_1_57_3_off_binary_indicator_var =e= 1;
e4126_.. - 1*pre_1_57_3 + 1*post_1_57_3 - 373.7445455522918*relu_1_57_3_on_binary_indicator_var =g= -373.7445455522918;
e4127_.. - 1*pre_1_57_3 + 1*post_1_57_3 + 747.4890911045836*relu_1_57_3_on_binary_indicator_var =l= 747.4890911045836;
e4128_.. + 1*post_1_57_3 =g= 0;
e4129_.. + 1*post_1_57_3 + 373.7445455522918*relu_1_57_3_off_binary_indicator_var =l= 373.7445455522918;
e4130_.. + 1*pre_1_57_3 + 373.7445455522918*relu_1_57_3_off_binary_indicator_var =l= 373.7445455522918;
relu_1_57_4_above_pre.. + 1*pre_1_57_4 - 1*post_1_57_4 =l= 0;
relu_1_57_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_57_4_on_binary_indicator_var + 1*relu_1_57_4_off_binary_indicator_var =e= 1;
e4133_.. - 1*pre_1_57_4 + 1*post_1_57_4 - 373.7445455522918*relu_1_57_4_on_binary_indicator_var =g= -373.7445455522918;
e4134_.. - 1*pre_1_57_4 + 1*post_1_57_4 + 747.4890911045836*relu_1_57_4_on_binary_indicator_var =l= 747.4890911045836;
e4135_.. + 1*post_1_57_4 =g= 0;
e4136_.. + 1*post_1_57_4 + 373.7445455522918*relu_1_57_4_off_binary_indicator_var =l= 373.7445455522918;
e4137_.. + 1*pre_1_57_4 + 373.7445455522918*relu_1_57_4_off_binary_indicator_var =l= 373.7445455522918;
relu_1_57_5_above_pre.. + 1*pre_1_57_5 - 1*post_1_57_5 =l= 0;
relu_1_57_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_57_5_on_binary_indicator_var + 1*relu_1_57_5_off_binary_indicator_var =e= 1;
e4140_.. - 1*pre_1_57_5 + 1*post_1_57_5 - 373.7445455522918*relu_1_57_5_on_binary_indicator_var =g= -373.7445455522918;
e4141_.. - 1*pre_1_57_5 + 1*post_1_57_5 + 747.4890911045836*relu_1_57_5_on_binary_indicator_var =l= 747.4890911045836;
e4142_.. + 1*post_1_57_5 =g= 0;
e4143_.. + 1*post_1_57_5 + 373.7445455522918*relu_1_57_5_off_binary_indicator_var =l= 373.7445455522918;
e4144_.. + 1*pre_1_57_5 + 373.7445455522918*relu_1_57_5_off_binary_indicator_var =l= 373.7445455522918;
relu_1_57_6_above_pre.. + 1*pre_1_57_6 - 1*post_1_57_6 =l= 0;
relu_1_57_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_57_6_on_binary_indicator_var + 1*relu_1_57_6_off_binary_indicator_var =e= 1;
e4147_.. - 1*pre_1_57_6 + 1*post_1_57_6 - 373.7445455522918*relu_1_57_6_on_binary_indicator_var =g= -373.7445455522918;
e4148_.. - 1*pre_1_57_6 + 1*post_1_57_6 + 747.4890911045836*relu_1_57_6_on_binary_indicator_var =l= 747.4890911045836;
e4149_.. + 1*post_1_57_6 =g= 0;
e4150_.. + 1*post_1_57_6 + 373.7445455522918*relu_1_57_6_off_binary_indicator_var =l= 373.7445455522918;
e4151_.. + 1*pre_1_57_6 + 373.7445455522918*relu_1_57_6_off_binary_indicator_var =l= 373.7445455522918;
relu_1_57_7_above_pre.. + 1*pre_1_57_7 - 1*post_1_57_7 =l= 0;
relu_1_57_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_57_7_on_binary_indicator_var + 1*relu_1_57_7_off_binary_indicator_var =e= 1;
e4154_.. - 1*pre_1_57_7 + 1*post_1_57_7 - 373.7445455522918*relu_1_57_7_on_binary_indicator_var =g= -373.7445455522918;
e4155_.. - 1*pre_1_57_7 + 1*post_1_57_7 + 747.4890911045836*relu_1_57_7_on_binary_indicator_var =l= 747.4890911045836;
e4156_.. + 1*post_1_57_7 =g= 0;
e4157_.. + 1*post_1_57_7 + 373.7445455522918*relu_1_57_7_off_binary_indicator_var =l= 373.7445455522918;
e4158_.. + 1*pre_1_57_7 + 373.7445455522918*relu_1_57_7_off_binary_indicator_var =l= 373.7445455522918;
relu_1_58_0_above_pre.. + 1*pre_1_58_0 - 1*post_1_58_0 =l= 0;
relu_1_58_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_58_0_on_binary_indicator_var + 1*relu_1_58_0_off_binary_indicator_var =e= 1;
e4161_.. - 1*pre_1_58_0 + 1*post_1_58_0 - 387.8572359632576*relu_1_58_0_on_binary_indicator_var =g= -387.8572359632576;
e4162_.. - 1*pre_1_58_0 + 1*post_1_58_0 + 775.7144719265152*relu_1_58_0_on_binary_indicator_var =l= 775.7144719265152;
e4163_.. + 1*post_1_58_0 =g= 0;
e4164_.. + 1*post_1_58_0 + 387.8572359632576*relu_1_58_0_off_binary_indicator_var =l= 387.8572359632576;
e4165_.. + 1*pre_1_58_0 + 387.8572359632576*relu_1_58_0_off_binary_indicator_var =l= 387.8572359632576;
relu_1_58_1_above_pre.. + 1*pre_1_58_1 - 1*post_1_58_1 =l= 0;
relu_1_58_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_58_1_on_binary_indicator_var + 1*relu_1_58_1_off_binary_indicator_var =e= 1;
e4168_.. - 1*pre_1_58_1 + 1*post_1_58_1 - 387.8572359632576*relu_1_58_1_on_binary_indicator_var =g= -387.8572359632576;
e4169_.. - 1*pre_1_58_1 + 1*post_1_58_1 + 775.7144719265152*relu_1_58_1_on_binary_indicator_var =l= 775.7144719265152;
e4170_.. + 1*post_1_58_1 =g= 0;
e4171_.. + 1*post_1_58_1 + 387.8572359632576*relu_1_58_1_off_binary_indicator_var =l= 387.8572359632576;
e4172_.. + 1*pre_1_58_1 + 387.8572359632576*relu_1_58_1_off_binary_indicator_var =l= 387.8572359632576;
relu_1_58_2_above_pre.. + 1*pre_1_58_2 - 1*post_1_58_2 =l= 0;
relu_1_58_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_58_2_on_binary_indicator_var + 1*relu_1_58_2_off_binary_indicator_var =e= 1;
e4175_.. - 1*pre_1_58_2 + 1*post_1_58_2 - 387.8572359632576*relu_1_58_2_on_binary_indicator_var =g= -387.8572359632576;
e4176_.. - 1*pre_1_58_2 + 1*post_1_58_2 + 775.7144719265152*relu_1_58_2_on_binary_indicator_var =l= 775.7144719265152;
e4177_.. + 1*post_1_58_2 =g= 0;
e4178_.. + 1*post_1_58_2 + 387.8572359632576*relu_1_58_2_off_binary_indicator_var =l= 387.8572359632576;
e4179_.. + 1*pre_1_58_2 + 387.8572359632576*relu_1_58_2_off_binary_indicator_var =l= 387.8572359632576;
relu_1_58_3_above_pre.. + 1*pre_1_58_3 - 1*post_1_58_3 =l= 0;
relu_1_58_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_58_3_on_binary_indicator_var + 1*relu_1_58_3_off_binary_indicator_var =e= 1;
e4182_.. - 1*pre_1_58_3 + 1*post_1_58_3 - 387.8572359632576*relu_1_58_3_on_binary_indicator_var =g= -387.8572359632576;
e4183_.. - 1*pre_1_58_3 + 1*post_1_58_3 + 775.7144719265152*relu_1_58_3_on_binary_indicator_var =l= 775.7144719265152;
e4184_.. + 1*post_1_58_3 =g= 0;
e4185_.. + 1*post_1_58_3 + 387.8572359632576*relu_1_58_3_off_binary_indicator_var =l= 387.8572359632576;
e4186_.. + 1*pre_1_58_3 + 387.8572359632576*relu_1_58_3_off_binary_indicator_var =l= 387.8572359632576;
relu_1_58_4_above_pre.. + 1*pre_1_58_4 - 1*post_1_58_4 =l= 0;
relu_1_58_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_58_4_on_binary_indicator_var + 1*relu_1_58_4_off_binary_indicator_var =e= 1;
e4189_.. - 1*pre_1_58_4 + 1*post_1_58_4 - 387.8572359632576*relu_1_58_4_on_binary_indicator_var =g= -387.8572359632576;
e4190_.. - 1*pre_1_58_4 + 1*post_1_58_4 + 775.7144719265152*relu_1_58_4_on_binary_indicator_var =l= 775.7144719265152;
e4191_.. + 1*post_1_58_4 =g= 0;
e4192_.. + 1*post_1_58_4 + 387.8572359632576*relu_1_58_4_off_binary_indicator_var =l= 387.8572359632576;
e4193_.. + 1*pre_1_58_4 + 387.8572359632576*relu_1_58_4_off_binary_indicator_var =l= 387.8572359632576;
relu_1_58_5_above_pre.. + 1*pre_1_58_5 - 1*post_1_58_5 =l= 0;
relu_1_58_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_58_5_on_binary_indicator_var + 1*relu_1_58_5_off_binary_indicator_var =e= 1;
e4196_.. - 1*pre_1_58_5 + 1*post_1_58_5 - 387.8572359632576*relu_1_58_5_on_binary_indicator_var =g= -387.8572359632576;
e4197_.. - 1*pre_1_58_5 + 1*post_1_58_5 + 775.7144719265152*relu_1_58_5_on_binary_indicator_var =l= 775.7144719265152;
e4198_.. + 1*post_1_58_5 =g= 0;
e4199_.. + 1*post_1_58_5 + 387.8572359632576*relu_1_58_5_off_binary_indicator_var =l= 387.8572359632576;
e4200_.. + 1*pre_1_58_5 + 387.8572359632576*relu_1_58_5_off_binary_indicator_var =l= 387.8572359632576;
relu_1_58_6_above_pre.. + 1*pre_1_58_6 - 1*post_1_58_6 =l= 0;
relu_1_58_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_58_6_on_binary_indicator_var + 1*relu_1_58_6_off_binary_indicator_var =e= 1;
e4203_.. - 1*pre_1_58_6 + 1*post_1_58_6 - 387.8572359632576*relu_1_58_6_on_binary_indicator_var =g= -387.8572359632576;
e4204_.. - 1*pre_1_58_6 + 1*post_1_58_6 + 775.7144719265152*relu_1_58_6_on_binary_indicator_var =l= 775.7144719265152;
e4205_.. + 1*post_1_58_6 =g= 0;
e4206_.. + 1*post_1_58_6 + 387.8572359632576*relu_1_58_6_off_binary_indicator_var =l= 387.8572359632576;
e4207_.. + 1*pre_1_58_6 + 387.8572359632576*relu_1_58_6_off_binary_indicator_var =l= 387.8572359632576;
relu_1_58_7_above_pre.. + 1*pre_1_58_7 - 1*post_1_58_7 =l= 0;
relu_1_58_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_58_7_on_binary_indicator_var + 1*relu_1_58_7_off_binary_indicator_var =e= 1;
e4210_.. - 1*pre_1_58_7 + 1*post_1_58_7 - 387.8572359632576*relu_1_58_7_on_binary_indicator_var =g= -387.8572359632576;
e4211_.. - 1*pre_1_58_7 + 1*post_1_58_7 + 775.7144719265152*relu_1_58_7_on_binary_indicator_var =l= 775.7144719265152;
e4212_.. + 1*post_1_58_7 =g= 0;
e4213_.. + 1*post_1_58_7 + 387.8572359632576*relu_1_58_7_off_binary_indicator_var =l= 387.8572359632576;
e4214_.. + 1*pre_1_58_7 + 387.8572359632576*relu_1_58_7_off_binary_indicator_var =l= 387.8572359632576;
relu_1_59_0_above_pre.. + 1*pre_1_59_0 - 1*post_1_59_0 =l= 0;
relu_1_59_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_59_0_on_binary_indicator_var + 1*relu_1_59_0_off_binary_indicator_var =e= 1;
e4217_.. - 1*pre_1_59_0 + 1*post_1_59_0 - 401.96992637422346*relu_1_59_0_on_binary_indicator_var =g= -401.96992637422346;
e4218_.. - 1*pre_1_59_0 + 1*post_1_59_0 + 803.9398527484469*relu_1_59_0_on_binary_indicator_var =l= 803.9398527484469;
e4219_.. + 1*post_1_59_0 =g= 0;
e4220_.. + 1*post_1_59_0 + 401.96992637422346*relu_1_59_0_off_binary_indicator_var =l= 401.96992637422346;
e4221_.. + 1*pre_1_59_0 + 401.96992637422346*relu_1_59_0_off_binary_indicator_var =l= 401.96992637422346;
relu_1_59_1_above_pre.. + 1*pre_1_59_1 - 1*post_1_59_1 =l= 0;
relu_1_59_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_59_1_on_binary_indicator_var + 1*relu_1_59_1_off_binary_indicator_var =e= 1;
e4224_.. - 1*pre_1_59_1 + 1*post_1_59_1 - 401.96992637422346*relu_1_59_1_on_binary_indicator_var =g= -401.96992637422346;
e4225_.. - 1*pre_1_59_1 + 1*post_1_59_1 + 803.9398527484469*relu_1_59_1_on_binary_indicator_var =l= 803.9398527484469;
e4226_.. + 1*post_1_59_1 =g= 0;
e4227_.. + 1*post_1_59_1 + 401.96992637422346*relu_1_59_1_off_binary_indicator_var =l= 401.96992637422346;
e4228_.. + 1*pre_1_59_1 + 401.96992637422346*relu_1_59_1_off_binary_indicator_var =l= 401.96992637422346;
relu_1_59_2_above_pre.. + 1*pre_1_59_2 - 1*post_1_59_2 =l= 0;
relu_1_59_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_59_2_on_binary_indicator_var + 1*relu_1_59_2_off_binary_indicator_var =e= 1;
e4231_.. - 1*pre_1_59_2 + 1*post_1_59_2 - 401.96992637422346*relu_1_59_2_on_binary_indicator_var =g= -401.96992637422346;
e4232_.. - 1*pre_1_59_2 + 1*post_1_59_2 + 803.9398527484469*relu_1_59_2_on_binary_indicator_var =l= 803.9398527484469;
e4233_.. + 1*post_1_59_2 =g= 0;
e4234_.. + 1*post_1_59_2 + 401.96992637422346*relu_1_59_2_off_binary_indicator_var =l= 401.96992637422346;
e4235_.. + 1*pre_1_59_2 + 401.96992637422346*relu_1_59_2_off_binary_indicator_var =l= 401.96992637422346;
relu_1_59_3_above_pre.. + 1*pre_1_59_3 - 1*post_1_59_3 =l= 0;
relu_1_59_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_59_3_on_binary_indicator_var + 1*relu_1_59_3_off_binary_indicator_var =e= 1;
e4238_.. - 1*pre_1_59_3 + 1*post_1_59_3 - 401.96992637422346*relu_1_59_3_on_binary_indicator_var =g= -401.96992637422346;
e4239_.. - 1*pre_1_59_3 + 1*post_1_59_3 + 803.9398527484469*relu_1_59_3_on_binary_indicator_var =l= 803.9398527484469;
e4240_.. + 1*post_1_59_3 =g= 0;
e4241_.. + 1*post_1_59_3 + 401.96992637422346*relu_1_59_3_off_binary_indicator_var =l= 401.96992637422346;
e4242_.. + 1*pre_1_59_3 + 401.96992637422346*relu_1_59_3_off_binary_indicator_var =l= 401.96992637422346;
relu_1_59_4_above_pre.. + 1*pre_1_59_4 - 1*post_1_59_4 =l= 0;
relu_1_59_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_59_4_on_binary_indicator_var + 1*relu_1_59_4_off_binary_indicator_var =e= 1;
e4245_.. - 1*pre_1_59_4 + 1*post_1_59_4 - 401.96992637422346*relu_1_59_4_on_binary_indicator_var =g= -401.96992637422346;
e4246_.. - 1*pre_1_59_4 + 1*post_1_59_4 + 803.9398527484469*relu_1_59_4_on_binary_indicator_var =l= 803.9398527484469;
e4247_.. + 1*post_1_59_4 =g= 0;
e4248_.. + 1*post_1_59_4 + 401.96992637422346*relu_1_59_4_off_binary_indicator_var =l= 401.96992637422346;
e4249_.. + 1*pre_1_59_4 + 401.96992637422346*relu_1_59_4_off_binary_indicator_var =l= 401.96992637422346;
relu_1_59_5_above_pre.. + 1*pre_1_59_5 - 1*post_1_59_5 =l= 0;
relu_1_59_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_59_5_on_binary_indicator_var + 1*relu_1_59_5_off_binary_indicator_var =e= 1;
e4252_.. - 1*pre_1_59_5 + 1*post_1_59_5 - 401.96992637422346*relu_1_59_5_on_binary_indicator_var =g= -401.96992637422346;
e4253_.. - 1*pre_1_59_5 + 1*post_1_59_5 + 803.9398527484469*relu_1_59_5_on_binary_indicator_var =l= 803.9398527484469;
e4254_.. + 1*post_1_59_5 =g= 0;
e4255_.. + 1*post_1_59_5 + 401.96992637422346*relu_1_59_5_off_binary_indicator_var =l= 401.96992637422346;
e4256_.. + 1*pre_1_59_5 + 401.96992637422346*relu_1_59_5_off_binary_indicator_var =l= 401.96992637422346;
relu_1_59_6_above_pre.. + 1*pre_1_59_6 - 1*post_1_59_6 =l= 0;
relu_1_59_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_59_6_on_binary_indicator_var + 1*relu_1_59_6_off_binary_indicator_var =e= 1;
e4259_.. - 1*pre_1_59_6 + 1*post_1_59_6 - 401.96992637422346*relu_1_59_6_on_binary_indicator_var =g= -401.96992637422346;
e4260_.. - 1*pre_1_59_6 + 1*post_1_59_6 + 803.9398527484469*relu_1_59_6_on_binary_indicator_var =l= 803.9398527484469;
e4261_.. + 1*post_1_59_6 =g= 0;
e4262_.. + 1*post_1_59_6 + 401.96992637422346*relu_1_59_6_off_binary_indicator_var =l= 401.96992637422346;
e4263_.. + 1*pre_1_59_6 + 401.96992637422346*relu_1_59_6_off_binary_indicator_var =l= 401.96992637422346;
relu_1_59_7_above_pre.. + 1*pre_1_59_7 - 1*post_1_59_7 =l= 0;
relu_1_59_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_59_7_on_binary_indicator_var + 1*relu_1_59_7_off_binary_indicator_var =e= 1;
e4266_.. - 1*pre_1_59_7 + 1*post_1_59_7 - 401.96992637422346*relu_1_59_7_on_binary_indicator_var =g= -401.96992637422346;
e4267_.. - 1*pre_1_59_7 + 1*post_1_59_7 + 803.9398527484469*relu_1_59_7_on_binary_indicator_var =l= 803.9398527484469;
e4268_.. + 1*post_1_59_7 =g= 0;
e4269_.. + 1*post_1_59_7 + 401.96992637422346*relu_1_59_7_off_binary_indicator_var =l= 401.96992637422346;
e4270_.. + 1*pre_1_59_7 + 401.96992637422346*relu_1_59_7_off_binary_indicator_var =l= 401.96992637422346;
relu_1_60_0_above_pre.. + 1*pre_1_60_0 - 1*post_1_60_0 =l= 0;
relu_1_60_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_60_0_on_binary_indicator_var + 1*relu_1_60_0_off_binary_indicator_var =e= 1;
e4273_.. - 1*pre_1_60_0 + 1*post_1_60_0 - 373.9725764389379*relu_1_60_0_on_binary_indicator_var =g= -373.9725764389379;
e4274_.. - 1*pre_1_60_0 + 1*post_1_60_0 + 747.9451528778758*relu_1_60_0_on_binary_indicator_var =l= 747.9451528778758;
e4275_.. + 1*post_1_60_0 =g= 0;
e4276_.. + 1*post_1_60_0 + 373.9725764389379*relu_1_60_0_off_binary_indicator_var =l= 373.9725764389379;
e4277_.. + 1*pre_1_60_0 + 373.9725764389379*relu_1_60_0_off_binary_indicator_var =l= 373.9725764389379;
relu_1_60_1_above_pre.. + 1*pre_1_60_1 - 1*post_1_60_1 =l= 0;
relu_1_60_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_60_1_on_binary_indicator_var + 1*relu_1_60_1_off_binary_indicator_var =e= 1;
e4280_.. - 1*pre_1_60_1 + 1*post_1_60_1 - 373.9725764389379*relu_1_60_1_on_binary_indicator_var =g= -373.9725764389379;
e4281_.. - 1*pre_1_60_1 + 1*post_1_60_1 + 747.9451528778758*relu_1_60_1_on_binary_indicator_var =l= 747.9451528778758;
e4282_.. + 1*post_1_60_1 =g= 0;
e4283_.. + 1*post_1_60_1 + 373.9725764389379*relu_1_60_1_off_binary_indicator_var =l= 373.9725764389379;
e4284_.. + 1*pre_1_60_1 + 373.9725764389379*relu_1_60_1_off_binary_indicator_var =l= 373.9725764389379;
relu_1_60_2_above_pre.. + 1*pre_1_60_2 - 1*post_1_60_2 =l= 0;
relu_1_60_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_60_2_on_binary_indicator_var + 1*relu_1_60_2_off_binary_indicator_var =e= 1;
e4287_.. - 1*pre_1_60_2 + 1*post_1_60_2 - 373.9725764389379*relu_1_60_2_on_binary_indicator_var =g= -373.9725764389379;
e4288_.. - 1*pre_1_60_2 + 1*post_1_60_2 + 747.9451528778758*relu_1_60_2_on_binary_indicator_var =l= 747.9451528778758;
e4289_.. + 1*post_1_60_2 =g= 0;
e4290_.. + 1*post_1_60_2 + 373.9725764389379*relu_1_60_2_off_binary_indicator_var =l= 373.9725764389379;
e4291_.. + 1*pre_1_60_2 + 373.9725764389379*relu_1_60_2_off_binary_indicator_var =l= 373.9725764389379;
relu_1_60_3_above_pre.. + 1*pre_1_60_3 - 1*post_1_60_3 =l= 0;
relu_1_60_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_60_3_on_binary_indicator_var + 1*relu_1_60_3_off_binary_indicator_var =e= 1;
e4294_.. - 1*pre_1_60_3 + 1*post_1_60_3 - 373.9725764389379*relu_1_60_3_on_binary_indicator_var =g= -373.9725764389379;
e4295_.. - 1*pre_1_60_3 + 1*post_1_60_3 + 747.9451528778758*relu_1_60_3_on_binary_indicator_var =l= 747.9451528778758;
e4296_.. + 1*post_1_60_3 =g= 0;
e4297_.. + 1*post_1_60_3 + 373.9725764389379*relu_1_60_3_off_binary_indicator_var =l= 373.9725764389379;
e4298_.. + 1*pre_1_60_3 + 373.9725764389379*relu_1_60_3_off_binary_indicator_var =l= 373.9725764389379;
relu_1_60_4_above_pre.. + 1*pre_1_60_4 - 1*post_1_60_4 =l= 0;
relu_1_60_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_60_4_on_binary_indicator_var + 1*relu_1_60_4_off_binary_indicator_var =e= 1;
e4301_.. - 1*pre_1_60_4 + 1*post_1_60_4 - 373.9725764389379*relu_1_60_4_on_binary_indicator_var =g= -373.9725764389379;
e4302_.. - 1*pre_1_60_4 + 1*post_1_60_4 + 747.9451528778758*relu_1_60_4_on_binary_indicator_var =l= 747.9451528778758;
e4303_.. + 1*post_1_60_4 =g= 0;
e4304_.. + 1*post_1_60_4 + 373.9725764389379*relu_1_60_4_off_binary_indicator_var =l= 373.9725764389379;
e4305_.. + 1*pre_1_60_4 + 373.9725764389379*relu_1_60_4_off_binary_indicator_var =l= 373.9725764389379;
relu_1_60_5_above_pre.. + 1*pre_1_60_5 - 1*post_1_60_5 =l= 0;
relu_1_60_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_60_5_on_binary_indicator_var + 1*relu_1_60_5_off_binary_indicator_var =e= 1;
e4308_.. - 1*pre_1_60_5 + 1*post_1_60_5 - 373.9725764389379*relu_1_60_5_on_binary_indicator_var =g= -373.9725764389379;
e4309_.. - 1*pre_1_60_5 + 1*post_1_60_5 + 747.9451528778758*relu_1_60_5_on_binary_indicator_var =l= 747.9451528778758;
e4310_.. + 1*post_1_60_5 =g= 0;
e4311_.. + 1*post_1_60_5 + 373.9725764389379*relu_1_60_5_off_binary_indicator_var =l= 373.9725764389379;
e4312_.. + 1*pre_1_60_5 + 373.9725764389379*relu_1_60_5_off_binary_indicator_var =l= 373.9725764389379;
relu_1_60_6_above_pre.. + 1*pre_1_60_6 - 1*post_1_60_6 =l= 0;
relu_1_60_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_60_6_on_binary_indicator_var + 1*relu_1_60_6_off_binary_indicator_var =e= 1;
e4315_.. - 1*pre_1_60_6 + 1*post_1_60_6 - 373.9725764389379*relu_1_60_6_on_binary_indicator_var =g= -373.9725764389379;
e4316_.. - 1*pre_1_60_6 + 1*post_1_60_6 + 747.9451528778758*relu_1_60_6_on_binary_indicator_var =l= 747.9451528778758;
e4317_.. + 1*post_1_60_6 =g= 0;
e4318_.. + 1*post_1_60_6 + 373.9725764389379*relu_1_60_6_off_binary_indicator_var =l= 373.9725764389379;
e4319_.. + 1*pre_1_60_6 + 373.9725764389379*relu_1_60_6_off_binary_indicator_var =l= 373.9725764389379;
relu_1_60_7_above_pre.. + 1*pre_1_60_7 - 1*post_1_60_7 =l= 0;
relu_1_60_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_60_7_on_binary_indicator_var + 1*relu_1_60_7_off_binary_indicator_var =e= 1;
e4322_.. - 1*pre_1_60_7 + 1*post_1_60_7 - 373.9725764389379*relu_1_60_7_on_binary_indicator_var =g= -373.9725764389379;
e4323_.. - 1*pre_1_60_7 + 1*post_1_60_7 + 747.9451528778758*relu_1_60_7_on_binary_indicator_var =l= 747.9451528778758;
e4324_.. + 1*post_1_60_7 =g= 0;
e4325_.. + 1*post_1_60_7 + 373.9725764389379*relu_1_60_7_off_binary_indicator_var =l= 373.9725764389379;
e4326_.. + 1*pre_1_60_7 + 373.9725764389379*relu_1_60_7_off_binary_indicator_var =l= 373.9725764389379;
relu_1_61_0_above_pre.. + 1*pre_1_61_0 - 1*post_1_61_0 =l= 0;
relu_1_61_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_61_0_on_binary_indicator_var + 1*relu_1_61_0_off_binary_indicator_var =e= 1;
e4329_.. - 1*pre_1_61_0 + 1*post_1_61_0 - 388.0852668499037*relu_1_61_0_on_binary_indicator_var =g= -388.0852668499037;
e4330_.. - 1*pre_1_61_0 + 1*post_1_61_0 + 776.1705336998074*relu_1_61_0_on_binary_indicator_var =l= 776.1705336998074;
e4331_.. + 1*post_1_61_0 =g= 0;
e4332_.. + 1*post_1_61_0 + 388.0852668499037*relu_1_61_0_off_binary_indicator_var =l= 388.0852668499037;
e4333_.. + 1*pre_1_61_0 + 388.0852668499037*relu_1_61_0_off_binary_indicator_var =l= 388.0852668499037;
relu_1_61_1_above_pre.. + 1*pre_1_61_1 - 1*post_1_61_1 =l= 0;
relu_1_61_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_61_1_on_binary_indicator_var + 1*relu_1_61_1_off_binary_indicator_var =e= 1;
e4336_.. - 1*pre_1_61_1 + 1*post_1_61_1 - 388.0852668499037*relu_1_61_1_on_binary_indicator_var =g= -388.0852668499037;
e4337_.. - 1*pre_1_61_1 + 1*post_1_61_1 + 776.1705336998074*relu_1_61_1_on_binary_indicator_var =l= 776.1705336998074;
e4338_.. + 1*post_1_61_1 =g= 0;
e4339_.. + 1*post_1_61_1 + 388.0852668499037*relu_1_61_1_off_binary_indicator_var =l= 388.0852668499037;
e4340_.. + 1*pre_1_61_1 + 388.0852668499037*relu_1_61_1_off_binary_indicator_var =l= 388.0852668499037;
relu_1_61_2_above_pre.. + 1*pre_1_61_2 - 1*post_1_61_2 =l= 0;
relu_1_61_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_61_2_on_binary_indicator_var + 1*relu_1_61_2_off_binary_indicator_var =e= 1;
e4343_.. - 1*pre_1_61_2 + 1*post_1_61_2 - 388.0852668499037*relu_1_61_2_on_binary_indicator_var =g= -388.0852668499037;
e4344_.. - 1*pre_1_61_2 + 1*post_1_61_2 + 776.1705336998074*relu_1_61_2_on_binary_indicator_var =l= 776.1705336998074;
e4345_.. + 1*post_1_61_2 =g= 0;
e4346_.. + 1*post_1_61_2 + 388.0852668499037*relu_1_61_2_off_binary_indicator_var =l= 388.0852668499037;
e4347_.. + 1*pre_1_61_2 + 388.0852668499037*relu_1_61_2_off_binary_indicator_var =l= 388.0852668499037;
relu_1_61_3_above_pre.. + 1*pre_1_61_3 - 1*post_1_61_3 =l= 0;
relu_1_61_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_61_3_on_binary_indicator_var + 1*relu_1_61_3_off_binary_indicator_var =e= 1;
e4350_.. - 1*pre_1_61_3 + 1*post_1_61_3 - 388.0852668499037*relu_1_61_3_on_binary_indicator_var =g= -388.0852668499037;
e4351_.. - 1*pre_1_61_3 + 1*post_1_61_3 + 776.1705336998074*relu_1_61_3_on_binary_indicator_var =l= 776.1705336998074;
e4352_.. + 1*post_1_61_3 =g= 0;
e4353_.. + 1*post_1_61_3 + 388.0852668499037*relu_1_61_3_off_binary_indicator_var =l= 388.0852668499037;
e4354_.. + 1*pre_1_61_3 + 388.0852668499037*relu_1_61_3_off_binary_indicator_var =l= 388.0852668499037;
relu_1_61_4_above_pre.. + 1*pre_1_61_4 - 1*post_1_61_4 =l= 0;
relu_1_61_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_61_4_on_binary_indicator_var + 1*relu_1_61_4_off_binary_indicator_var =e= 1;
e4357_.. - 1*pre_1_61_4 + 1*post_1_61_4 - 388.0852668499037*relu_1_61_4_on_binary_indicator_var =g= -388.0852668499037;
e4358_.. - 1*pre_1_61_4 + 1*post_1_61_4 + 776.1705336998074*relu_1_61_4_on_binary_indicator_var =l= 776.1705336998074;
e4359_.. + 1*post_1_61_4 =g= 0;
e4360_.. + 1*post_1_61_4 + 388.0852668499037*relu_1_61_4_off_binary_indicator_var =l= 388.0852668499037;
e4361_.. + 1*pre_1_61_4 + 388.0852668499037*relu_1_61_4_off_binary_indicator_var =l= 388.0852668499037;
relu_1_61_5_above_pre.. + 1*pre_1_61_5 - 1*post_1_61_5 =l= 0;
relu_1_61_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_61_5_on_binary_indicator_var + 1*relu_1_61_5_off_binary_indicator_var =e= 1;
e4364_.. - 1*pre_1_61_5 + 1*post_1_61_5 - 388.0852668499037*relu_1_61_5_on_binary_indicator_var =g= -388.0852668499037;
e4365_.. - 1*pre_1_61_5 + 1*post_1_61_5 + 776.1705336998074*relu_1_61_5_on_binary_indicator_var =l= 776.1705336998074;
e4366_.. + 1*post_1_61_5 =g= 0;
e4367_.. + 1*post_1_61_5 + 388.0852668499037*relu_1_61_5_off_binary_indicator_var =l= 388.0852668499037;
e4368_.. + 1*pre_1_61_5 + 388.0852668499037*relu_1_61_5_off_binary_indicator_var =l= 388.0852668499037;
relu_1_61_6_above_pre.. + 1*pre_1_61_6 - 1*post_1_61_6 =l= 0;
relu_1_61_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_61_6_on_binary_indicator_var + 1*relu_1_61_6_off_binary_indicator_var =e= 1;
e4371_.. - 1*pre_1_61_6 + 1*post_1_61_6 - 388.0852668499037*relu_1_61_6_on_binary_indicator_var =g= -388.0852668499037;
e4372_.. - 1*pre_1_61_6 + 1*post_1_61_6 + 776.1705336998074*relu_1_61_6_on_binary_indicator_var =l= 776.1705336998074;
e4373_.. + 1*post_1_61_6 =g= 0;
e4374_.. + 1*post_1_61_6 + 388.0852668499037*relu_1_61_6_off_binary_indicator_var =l= 388.0852668499037;
e4375_.. + 1*pre_1_61_6 + 388.0852668499037*relu_1_61_6_off_binary_indicator_var =l= 388.0852668499037;
relu_1_61_7_above_pre.. + 1*pre_1_61_7 - 1*post_1_61_7 =l= 0;
relu_1_61_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_61_7_on_binary_indicator_var + 1*relu_1_61_7_off_binary_indicator_var =e= 1;
e4378_.. - 1*pre_1_61_7 + 1*post_1_61_7 - 388.0852668499037*relu_1_61_7_on_binary_indicator_var =g= -388.0852668499037;
e4379_.. - 1*pre_1_61_7 + 1*post_1_61_7 + 776.1705336998074*relu_1_61_7_on_binary_indicator_var =l= 776.1705336998074;
e4380_.. + 1*post_1_61_7 =g= 0;
e4381_.. + 1*post_1_61_7 + 388.0852668499037*relu_1_61_7_off_binary_indicator_var =l= 388.0852668499037;
e4382_.. + 1*pre_1_61_7 + 388.0852668499037*relu_1_61_7_off_binary_indicator_var =l= 388.0852668499037;
relu_1_62_0_above_pre.. + 1*pre_1_62_0 - 1*post_1_62_0 =l= 0;
relu_1_62_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_62_0_on_binary_indicator_var + 1*relu_1_62_0_off_binary_indicator_var =e= 1;
e4385_.. - 1*pre_1_62_0 + 1*post_1_62_0 - 402.19795726086954*relu_1_62_0_on_binary_indicator_var =g= -402.19795726086954;
e4386_.. - 1*pre_1_62_0 + 1*post_1_62_0 + 804.3959145217391*relu_1_62_0_on_binary_indicator_var =l= 804.3959145217391;
e4387_.. + 1*post_1_62_0 =g= 0;
e4388_.. + 1*post_1_62_0 + 402.19795726086954*relu_1_62_0_off_binary_indicator_var =l= 402.19795726086954;
e4389_.. + 1*pre_1_62_0 + 402.19795726086954*relu_1_62_0_off_binary_indicator_var =l= 402.19795726086954;
relu_1_62_1_above_pre.. + 1*pre_1_62_1 - 1*post_1_62_1 =l= 0;
relu_1_62_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_62_1_on_binary_indicator_var + 1*relu_1_62_1_off_binary_indicator_var =e= 1;
e4392_.. - 1*pre_1_62_1 + 1*post_1_62_1 - 402.19795726086954*relu_1_62_1_on_binary_indicator_var =g= -402.19795726086954;
e4393_.. - 1*pre_1_62_1 + 1*post_1_62_1 + 804.3959145217391*relu_1_62_1_on_binary_indicator_var =l= 804.3959145217391;
e4394_.. + 1*post_1_62_1 =g= 0;
e4395_.. + 1*post_1_62_1 + 402.19795726086954*relu_1_62_1_off_binary_indicator_var =l= 402.19795726086954;
e4396_.. + 1*pre_1_62_1 + 402.19795726086954*relu_1_62_1_off_binary_indicator_var =l= 402.19795726086954;
relu_1_62_2_above_pre.. + 1*pre_1_62_2 - 1*post_1_62_2 =l= 0;
relu_1_62_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_62_2_on_binary_indicator_var + 1*relu_1_62_2_off_binary_indicator_var =e= 1;
e4399_.. - 1*pre_1_62_2 + 1*post_1_62_2 - 402.19795726086954*relu_1_62_2_on_binary_indicator_var =g= -402.19795726086954;
e4400_.. - 1*pre_1_62_2 + 1*post_1_62_2 + 804.3959145217391*relu_1_62_2_on_binary_indicator_var =l= 804.3959145217391;
e4401_.. + 1*post_1_62_2 =g= 0;
e4402_.. + 1*post_1_62_2 + 402.19795726086954*relu_1_62_2_off_binary_indicator_var =l= 402.19795726086954;
e4403_.. + 1*pre_1_62_2 + 402.19795726086954*relu_1_62_2_off_binary_indicator_var =l= 402.19795726086954;
relu_1_62_3_above_pre.. + 1*pre_1_62_3 - 1*post_1_62_3 =l= 0;
relu_1_62_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_62_3_on_binary_indicator_var + 1*relu_1_62_3_off_binary_indicator_var =e= 1;
e4406_.. - 1*pre_1_62_3 + 1*post_1_62_3 - 402.19795726086954*relu_1_62_3_on_binary_indicator_var =g= -402.19795726086954;
e4407_.. - 1*pre_1_62_3 + 1*post_1_62_3 + 804.3959145217391*relu_1_62_3_on_binary_indicator_var =l= 804.3959145217391;
e4408_.. + 1*post_1_62_3 =g= 0;
e4409_.. + 1*post_1_62_3 + 402.19795726086954*relu_1_62_3_off_binary_indicator_var =l= 402.19795726086954;
e4410_.. + 1*pre_1_62_3 + 402.19795726086954*relu_1_62_3_off_binary_indicator_var =l= 402.19795726086954;
relu_1_62_4_above_pre.. + 1*pre_1_62_4 - 1*post_1_62_4 =l= 0;
relu_1_62_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_62_4_on_binary_indicator_var + 1*relu_1_62_4_off_binary_indicator_var =e= 1;
e4413_.. - 1*pre_1_62_4 + 1*post_1_62_4 - 402.19795726086954*relu_1_62_4_on_binary_indicator_var =g= -402.19795726086954;
e4414_.. - 1*pre_1_62_4 + 1*post_1_62_4 + 804.3959145217391*relu_1_62_4_on_binary_indicator_var =l= 804.3959145217391;
e4415_.. + 1*post_1_62_4 =g= 0;
e4416_.. + 1*post_1_62_4 + 402.19795726086954*relu_1_62_4_off_binary_indicator_var =l= 402.19795726086954;
e4417_.. + 1*pre_1_62_4 + 402.19795726086954*relu_1_62_4_off_binary_indicator_var =l= 402.19795726086954;
relu_1_62_5_above_pre.. + 1*pre_1_62_5 - 1*post_1_62_5 =l= 0;
relu_1_62_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_62_5_on_binary_indicator_var + 1*relu_1_62_5_off_binary_indicator_var =e= 1;
e4420_.. - 1*pre_1_62_5 + 1*post_1_62_5 - 402.19795726086954*relu_1_62_5_on_binary_indicator_var =g= -402.19795726086954;
e4421_.. - 1*pre_1_62_5 + 1*post_1_62_5 + 804.3959145217391*relu_1_62_5_on_binary_indicator_var =l= 804.3959145217391;
e4422_.. + 1*post_1_62_5 =g= 0;
e4423_.. + 1*post_1_62_5 + 402.19795726086954*relu_1_62_5_off_binary_indicator_var =l= 402.19795726086954;
e4424_.. + 1*pre_1_62_5 + 402.19795726086954*relu_1_62_5_off_binary_indicator_var =l= 402.19795726086954;
relu_1_62_6_above_pre.. + 1*pre_1_62_6 - 1*post_1_62_6 =l= 0;
relu_1_62_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_62_6_on_binary_indicator_var + 1*relu_1_62_6_off_binary_indicator_var =e= 1;
e4427_.. - 1*pre_1_62_6 + 1*post_1_62_6 - 402.19795726086954*relu_1_62_6_on_binary_indicator_var =g= -402.19795726086954;
e4428_.. - 1*pre_1_62_6 + 1*post_1_62_6 + 804.3959145217391*relu_1_62_6_on_binary_indicator_var =l= 804.3959145217391;
e4429_.. + 1*post_1_62_6 =g= 0;
e4430_.. + 1*post_1_62_6 + 402.19795726086954*relu_1_62_6_off_binary_indicator_var =l= 402.19795726086954;
e4431_.. + 1*pre_1_62_6 + 402.19795726086954*relu_1_62_6_off_binary_indicator_var =l= 402.19795726086954;
relu_1_62_7_above_pre.. + 1*pre_1_62_7 - 1*post_1_62_7 =l= 0;
relu_1_62_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_62_7_on_binary_indicator_var + 1*relu_1_62_7_off_binary_indicator_var =e= 1;
e4434_.. - 1*pre_1_62_7 + 1*post_1_62_7 - 402.19795726086954*relu_1_62_7_on_binary_indicator_var =g= -402.19795726086954;
e4435_.. - 1*pre_1_62_7 + 1*post_1_62_7 + 804.3959145217391*relu_1_62_7_on_binary_indicator_var =l= 804.3959145217391;
e4436_.. + 1*post_1_62_7 =g= 0;
e4437_.. + 1*post_1_62_7 + 402.19795726086954*relu_1_62_7_off_binary_indicator_var =l= 402.19795726086954;
e4438_.. + 1*pre_1_62_7 + 402.19795726086954*relu_1_62_7_off_binary_indicator_var =l= 402.19795726086954;
relu_1_63_0_above_pre.. + 1*pre_1_63_0 - 1*post_1_63_0 =l= 0;
relu_1_63_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_63_0_on_binary_indicator_var + 1*relu_1_63_0_off_binary_indicator_var =e= 1;
e4441_.. - 1*pre_1_63_0 + 1*post_1_63_0 - 374.20060732558403*relu_1_63_0_on_binary_indicator_var =g= -374.20060732558403;
e4442_.. - 1*pre_1_63_0 + 1*post_1_63_0 + 748.4012146511681*relu_1_63_0_on_binary_indicator_var =l= 748.4012146511681;
e4443_.. + 1*post_1_63_0 =g= 0;
e4444_.. + 1*post_1_63_0 + 374.20060732558403*relu_1_63_0_off_binary_indicator_var =l= 374.20060732558403;
e4445_.. + 1*pre_1_63_0 + 374.20060732558403*relu_1_63_0_off_binary_indicator_var =l= 374.20060732558403;
relu_1_63_1_above_pre.. + 1*pre_1_63_1 - 1*post_1_63_1 =l= 0;
relu_1_63_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_63_1_on_binary_indicator_var + 1*relu_1_63_1_off_binary_indicator_var =e= 1;
e4448_.. - 1*pre_1_63_1 + 1*post_1_63_1 - 374.20060732558403*relu_1_63_1_on_binary_indicator_var =g= -374.20060732558403;
e4449_.. - 1*pre_1_63_1 + 1*post_1_63_1 + 748.4012146511681*relu_1_63_1_on_binary_indicator_var =l= 748.4012146511681;
e4450_.. + 1*post_1_63_1 =g= 0;
e4451_.. + 1*post_1_63_1 + 374.20060732558403*relu_1_63_1_off_binary_indicator_var =l= 374.20060732558403;
e4452_.. + 1*pre_1_63_1 + 374.20060732558403*relu_1_63_1_off_binary_indicator_var =l= 374.20060732558403;
relu_1_63_2_above_pre.. + 1*pre_1_63_2 - 1*post_1_63_2 =l= 0;
relu_1_63_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_63_2_on_binary_indicator_var + 1*relu_1_63_2_off_binary_indicator_var =e= 1;
e4455_.. - 1*pre_1_63_2 + 1*post_1_63_2 - 374.20060732558403*relu_1_63_2_on_binary_indicator_var =g= -374.20060732558403;
e4456_.. - 1*pre_1_63_2 + 1*post_1_63_2 + 748.4012146511681*relu_1_63_2_on_binary_indicator_var =l= 748.4012146511681;
e4457_.. + 1*post_1_63_2 =g= 0;
e4458_.. + 1*post_1_63_2 + 374.20060732558403*relu_1_63_2_off_binary_indicator_var =l= 374.20060732558403;
e4459_.. + 1*pre_1_63_2 + 374.20060732558403*relu_1_63_2_off_binary_indicator_var =l= 374.20060732558403;
relu_1_63_3_above_pre.. + 1*pre_1_63_3 - 1*post_1_63_3 =l= 0;
relu_1_63_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_63_3_on_binary_indicator_var + 1*relu_1_63_3_off_binary_indicator_var =e= 1;
e4462_.. - 1*pre_1_63_3 + 1*post_1_63_3 - 374.20060732558403*relu_1_63_3_on_binary_indicator_var =g= -374.20060732558403;
e4463_.. - 1*pre_1_63_3 + 1*post_1_63_3 + 748.4012146511681*relu_1_63_3_on_binary_indicator_var =l= 748.4012146511681;
e4464_.. + 1*post_1_63_3 =g= 0;
e4465_.. + 1*post_1_63_3 + 374.20060732558403*relu_1_63_3_off_binary_indicator_var =l= 374.20060732558403;
e4466_.. + 1*pre_1_63_3 + 374.20060732558403*relu_1_63_3_off_binary_indicator_var =l= 374.20060732558403;
relu_1_63_4_above_pre.. + 1*pre_1_63_4 - 1*post_1_63_4 =l= 0;
relu_1_63_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_63_4_on_binary_indicator_var + 1*relu_1_63_4_off_binary_indicator_var =e= 1;
e4469_.. - 1*pre_1_63_4 + 1*post_1_63_4 - 374.20060732558403*relu_1_63_4_on_binary_indicator_var =g= -374.20060732558403;
e4470_.. - 1*pre_1_63_4 + 1*post_1_63_4 + 748.4012146511681*relu_1_63_4_on_binary_indicator_var =l= 748.4012146511681;
e4471_.. + 1*post_1_63_4 =g= 0;
e4472_.. + 1*post_1_63_4 + 374.20060732558403*relu_1_63_4_off_binary_indicator_var =l= 374.20060732558403;
e4473_.. + 1*pre_1_63_4 + 374.20060732558403*relu_1_63_4_off_binary_indicator_var =l= 374.20060732558403;
relu_1_63_5_above_pre.. + 1*pre_1_63_5 - 1*post_1_63_5 =l= 0;
relu_1_63_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_63_5_on_binary_indicator_var + 1*relu_1_63_5_off_binary_indicator_var =e= 1;
e4476_.. - 1*pre_1_63_5 + 1*post_1_63_5 - 374.20060732558403*relu_1_63_5_on_binary_indicator_var =g= -374.20060732558403;
e4477_.. - 1*pre_1_63_5 + 1*post_1_63_5 + 748.4012146511681*relu_1_63_5_on_binary_indicator_var =l= 748.4012146511681;
e4478_.. + 1*post_1_63_5 =g= 0;
e4479_.. + 1*post_1_63_5 + 374.20060732558403*relu_1_63_5_off_binary_indicator_var =l= 374.20060732558403;
e4480_.. + 1*pre_1_63_5 + 374.20060732558403*relu_1_63_5_off_binary_indicator_var =l= 374.20060732558403;
relu_1_63_6_above_pre.. + 1*pre_1_63_6 - 1*post_1_63_6 =l= 0;
relu_1_63_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_63_6_on_binary_indicator_var + 1*relu_1_63_6_off_binary_indicator_var =e= 1;
e4483_.. - 1*pre_1_63_6 + 1*post_1_63_6 - 374.20060732558403*relu_1_63_6_on_binary_indicator_var =g= -374.20060732558403;
e4484_.. - 1*pre_1_63_6 + 1*post_1_63_6 + 748.4012146511681*relu_1_63_6_on_binary_indicator_var =l= 748.4012146511681;
e4485_.. + 1*post_1_63_6 =g= 0;
e4486_.. + 1*post_1_63_6 + 374.20060732558403*relu_1_63_6_off_binary_indicator_var =l= 374.20060732558403;
e4487_.. + 1*pre_1_63_6 + 374.20060732558403*relu_1_63_6_off_binary_indicator_var =l= 374.20060732558403;
relu_1_63_7_above_pre.. + 1*pre_1_63_7 - 1*post_1_63_7 =l= 0;
relu_1_63_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_63_7_on_binary_indicator_var + 1*relu_1_63_7_off_binary_indicator_var =e= 1;
e4490_.. - 1*pre_1_63_7 + 1*post_1_63_7 - 374.20060732558403*relu_1_63_7_on_binary_indicator_var =g= -374.20060732558403;
e4491_.. - 1*pre_1_63_7 + 1*post_1_63_7 + 748.4012146511681*relu_1_63_7_on_binary_indicator_var =l= 748.4012146511681;
e4492_.. + 1*post_1_63_7 =g= 0;
e4493_.. + 1*post_1_63_7 + 374.20060732558403*relu_1_63_7_off_binary_indicator_var =l= 374.20060732558403;
e4494_.. + 1*pre_1_63_7 + 374.20060732558403*relu_1_63_7_off_binary_indicator_var =l= 374.20060732558403;
relu_1_64_0_above_pre.. + 1*pre_1_64_0 - 1*post_1_64_0 =l= 0;
relu_1_64_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_64_0_on_binary_indicator_var + 1*relu_1_64_0_off_binary_indicator_var =e= 1;
e4497_.. - 1*pre_1_64_0 + 1*post_1_64_0 - 388.3132977365499*relu_1_64_0_on_binary_indicator_var =g= -388.3132977365499;
e4498_.. - 1*pre_1_64_0 + 1*post_1_64_0 + 776.6265954730998*relu_1_64_0_on_binary_indicator_var =l= 776.6265954730998;
e4499_.. + 1*post_1_64_0 =g= 0;
e4500_.. + 1*post_1_64_0 + 388.3132977365499*relu_1_64_0_off_binary_indicator_var =l= 388.3132977365499;
e4501_.. + 1*pre_1_64_0 + 388.3132977365499*relu_1_64_0_off_binary_indicator_var =l= 388.3132977365499;
relu_1_64_1_above_pre.. + 1*pre_1_64_1 - 1*post_1_64_1 =l= 0;
relu_1_64_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_64_1_on_binary_indicator_var + 1*relu_1_64_1_off_binary_indicator_var =e= 1;
e4504_.. - 1*pre_1_64_1 + 1*post_1_64_1 - 388.3132977365499*relu_1_64_1_on_binary_indicator_var =g= -388.3132977365499;
e4505_.. - 1*pre_1_64_1 + 1*post_1_64_1 + 776.6265954730998*relu_1_64_1_on_binary_indicator_var =l= 776.6265954730998;
e4506_.. + 1*post_1_64_1 =g= 0;
e4507_.. + 1*post_1_64_1 + 388.3132977365499*relu_1_64_1_off_binary_indicator_var =l= 388.3132977365499;
e4508_.. + 1*pre_1_64_1 + 388.3132977365499*relu_1_64_1_off_binary_indicator_var =l= 388.3132977365499;
relu_1_64_2_above_pre.. + 1*pre_1_64_2 - 1*post_1_64_2 =l= 0;
relu_1_64_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_64_2_on_binary_indicator_var + 1*relu_1_64_2_off_binary_indicator_var =e= 1;
e4511_.. - 1*pre_1_64_2 + 1*post_1_64_2 - 388.3132977365499*relu_1_64_2_on_binary_indicator_var =g= -388.3132977365499;
e4512_.. - 1*pre_1_64_2 + 1*post_1_64_2 + 776.6265954730998*relu_1_64_2_on_binary_indicator_var =l= 776.6265954730998;
e4513_.. + 1*post_1_64_2 =g= 0;
e4514_.. + 1*post_1_64_2 + 388.3132977365499*relu_1_64_2_off_binary_indicator_var =l= 388.3132977365499;
e4515_.. + 1*pre_1_64_2 + 388.3132977365499*relu_1_64_2_off_binary_indicator_var =l= 388.3132977365499;
relu_1_64_3_above_pre.. + 1*pre_1_64_3 - 1*post_1_64_3 =l= 0;
relu_1_64_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_64_3_on_binary_indicator_var + 1*relu_1_64_3_off_binary_indicator_var =e= 1;
e4518_.. - 1*pre_1_64_3 + 1*post_1_64_3 - 388.3132977365499*relu_1_64_3_on_binary_indicator_var =g= -388.3132977365499;
e4519_.. - 1*pre_1_64_3 + 1*post_1_64_3 + 776.6265954730998*relu_1_64_3_on_binary_indicator_var =l= 776.6265954730998;
e4520_.. + 1*post_1_64_3 =g= 0;
e4521_.. + 1*post_1_64_3 + 388.3132977365499*relu_1_64_3_off_binary_indicator_var =l= 388.3132977365499;
e4522_.. + 1*pre_1_64_3 + 388.3132977365499*relu_1_64_3_off_binary_indicator_var =l= 388.3132977365499;
relu_1_64_4_above_pre.. + 1*pre_1_64_4 - 1*post_1_64_4 =l= 0;
relu_1_64_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_64_4_on_binary_indicator_var + 1*relu_1_64_4_off_binary_indicator_var =e= 1;
e4525_.. - 1*pre_1_64_4 + 1*post_1_64_4 - 388.3132977365499*relu_1_64_4_on_binary_indicator_var =g= -388.3132977365499;
e4526_.. - 1*pre_1_64_4 + 1*post_1_64_4 + 776.6265954730998*relu_1_64_4_on_binary_indicator_var =l= 776.6265954730998;
e4527_.. + 1*post_1_64_4 =g= 0;
e4528_.. + 1*post_1_64_4 + 388.3132977365499*relu_1_64_4_off_binary_indicator_var =l= 388.3132977365499;
e4529_.. + 1*pre_1_64_4 + 388.3132977365499*relu_1_64_4_off_binary_indicator_var =l= 388.3132977365499;
relu_1_64_5_above_pre.. + 1*pre_1_64_5 - 1*post_1_64_5 =l= 0;
relu_1_64_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_64_5_on_binary_indicator_var + 1*relu_1_64_5_off_binary_indicator_var =e= 1;
e4532_.. - 1*pre_1_64_5 + 1*post_1_64_5 - 388.3132977365499*relu_1_64_5_on_binary_indicator_var =g= -388.3132977365499;
e4533_.. - 1*pre_1_64_5 + 1*post_1_64_5 + 776.6265954730998*relu_1_64_5_on_binary_indicator_var =l= 776.6265954730998;
e4534_.. + 1*post_1_64_5 =g= 0;
e4535_.. + 1*post_1_64_5 + 388.3132977365499*relu_1_64_5_off_binary_indicator_var =l= 388.3132977365499;
e4536_.. + 1*pre_1_64_5 + 388.3132977365499*relu_1_64_5_off_binary_indicator_var =l= 388.3132977365499;
relu_1_64_6_above_pre.. + 1*pre_1_64_6 - 1*post_1_64_6 =l= 0;
relu_1_64_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_64_6_on_binary_indicator_var + 1*relu_1_64_6_off_binary_indicator_var =e= 1;
e4539_.. - 1*pre_1_64_6 + 1*post_1_64_6 - 388.3132977365499*relu_1_64_6_on_binary_indicator_var =g= -388.3132977365499;
e4540_.. - 1*pre_1_64_6 + 1*post_1_64_6 + 776.6265954730998*relu_1_64_6_on_binary_indicator_var =l= 776.6265954730998;
e4541_.. + 1*post_1_64_6 =g= 0;
e4542_.. + 1*post_1_64_6 + 388.3132977365499*relu_1_64_6_off_binary_indicator_var =l= 388.3132977365499;
e4543_.. + 1*pre_1_64_6 + 388.3132977365499*relu_1_64_6_off_binary_indicator_var =l= 388.3132977365499;
relu_1_64_7_above_pre.. + 1*pre_1_64_7 - 1*post_1_64_7 =l= 0;
relu_1_64_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_64_7_on_binary_indicator_var + 1*relu_1_64_7_off_binary_indicator_var =e= 1;
e4546_.. - 1*pre_1_64_7 + 1*post_1_64_7 - 388.3132977365499*relu_1_64_7_on_binary_indicator_var =g= -388.3132977365499;
e4547_.. - 1*pre_1_64_7 + 1*post_1_64_7 + 776.6265954730998*relu_1_64_7_on_binary_indicator_var =l= 776.6265954730998;
e4548_.. + 1*post_1_64_7 =g= 0;
e4549_.. + 1*post_1_64_7 + 388.3132977365499*relu_1_64_7_off_binary_indicator_var =l= 388.3132977365499;
e4550_.. + 1*pre_1_64_7 + 388.3132977365499*relu_1_64_7_off_binary_indicator_var =l= 388.3132977365499;
relu_1_65_0_above_pre.. + 1*pre_1_65_0 - 1*post_1_65_0 =l= 0;
relu_1_65_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_65_0_on_binary_indicator_var + 1*relu_1_65_0_off_binary_indicator_var =e= 1;
e4553_.. - 1*pre_1_65_0 + 1*post_1_65_0 - 402.4259881475157*relu_1_65_0_on_binary_indicator_var =g= -402.4259881475157;
e4554_.. - 1*pre_1_65_0 + 1*post_1_65_0 + 804.8519762950314*relu_1_65_0_on_binary_indicator_var =l= 804.8519762950314;
e4555_.. + 1*post_1_65_0 =g= 0;
e4556_.. + 1*post_1_65_0 + 402.4259881475157*relu_1_65_0_off_binary_indicator_var =l= 402.4259881475157;
e4557_.. + 1*pre_1_65_0 + 402.4259881475157*relu_1_65_0_off_binary_indicator_var =l= 402.4259881475157;
relu_1_65_1_above_pre.. + 1*pre_1_65_1 - 1*post_1_65_1 =l= 0;
relu_1_65_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_65_1_on_binary_indicator_var + 1*relu_1_65_1_off_binary_indicator_var =e= 1;
e4560_.. - 1*pre_1_65_1 + 1*post_1_65_1 - 402.4259881475157*relu_1_65_1_on_binary_indicator_var =g= -402.4259881475157;
e4561_.. - 1*pre_1_65_1 + 1*post_1_65_1 + 804.8519762950314*relu_1_65_1_on_binary_indicator_var =l= 804.8519762950314;
e4562_.. + 1*post_1_65_1 =g= 0;
e4563_.. + 1*post_1_65_1 + 402.4259881475157*relu_1_65_1_off_binary_indicator_var =l= 402.4259881475157;
e4564_.. + 1*pre_1_65_1 + 402.4259881475157*relu_1_65_1_off_binary_indicator_var =l= 402.4259881475157;
relu_1_65_2_above_pre.. + 1*pre_1_65_2 - 1*post_1_65_2 =l= 0;
relu_1_65_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_65_2_on_binary_indicator_var + 1*relu_1_65_2_off_binary_indicator_var =e= 1;
e4567_.. - 1*pre_1_65_2 + 1*post_1_65_2 - 402.4259881475157*relu_1_65_2_on_binary_indicator_var =g= -402.4259881475157;
e4568_.. - 1*pre_1_65_2 + 1*post_1_65_2 + 804.8519762950314*relu_1_65_2_on_binary_indicator_var =l= 804.8519762950314;
e4569_.. + 1*post_1_65_2 =g= 0;
e4570_.. + 1*post_1_65_2 + 402.4259881475157*relu_1_65_2_off_binary_indicator_var =l= 402.4259881475157;
e4571_.. + 1*pre_1_65_2 + 402.4259881475157*relu_1_65_2_off_binary_indicator_var =l= 402.4259881475157;
relu_1_65_3_above_pre.. + 1*pre_1_65_3 - 1*post_1_65_3 =l= 0;
relu_1_65_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_65_3_on_binary_indicator_var + 1*relu_1_65_3_off_binary_indicator_var =e= 1;
e4574_.. - 1*pre_1_65_3 + 1*post_1_65_3 - 402.4259881475157*relu_1_65_3_on_binary_indicator_var =g= -402.4259881475157;
e4575_.. - 1*pre_1_65_3 + 1*post_1_65_3 + 804.8519762950314*relu_1_65_3_on_binary_indicator_var =l= 804.8519762950314;
e4576_.. + 1*post_1_65_3 =g= 0;
e4577_.. + 1*post_1_65_3 + 402.4259881475157*relu_1_65_3_off_binary_indicator_var =l= 402.4259881475157;
e4578_.. + 1*pre_1_65_3 + 402.4259881475157*relu_1_65_3_off_binary_indicator_var =l= 402.4259881475157;
relu_1_65_4_above_pre.. + 1*pre_1_65_4 - 1*post_1_65_4 =l= 0;
relu_1_65_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_65_4_on_binary_indicator_var + 1*relu_1_65_4_off_binary_indicator_var =e= 1;
e4581_.. - 1*pre_1_65_4 + 1*post_1_65_4 - 402.4259881475157*relu_1_65_4_on_binary_indicator_var =g= -402.4259881475157;
e4582_.. - 1*pre_1_65_4 + 1*post_1_65_4 + 804.8519762950314*relu_1_65_4_on_binary_indicator_var =l= 804.8519762950314;
e4583_.. + 1*post_1_65_4 =g= 0;
e4584_.. + 1*post_1_65_4 + 402.4259881475157*relu_1_65_4_off_binary_indicator_var =l= 402.4259881475157;
e4585_.. + 1*pre_1_65_4 + 402.4259881475157*relu_1_65_4_off_binary_indicator_var =l= 402.4259881475157;
relu_1_65_5_above_pre.. + 1*pre_1_65_5 - 1*post_1_65_5 =l= 0;
relu_1_65_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_65_5_on_binary_indicator_var + 1*relu_1_65_5_off_binary_indicator_var =e= 1;
e4588_.. - 1*pre_1_65_5 + 1*post_1_65_5 - 402.4259881475157*relu_1_65_5_on_binary_indicator_var =g= -402.4259881475157;
e4589_.. - 1*pre_1_65_5 + 1*post_1_65_5 + 804.8519762950314*relu_1_65_5_on_binary_indicator_var =l= 804.8519762950314;
e4590_.. + 1*post_1_65_5 =g= 0;
e4591_.. + 1*post_1_65_5 + 402.4259881475157*relu_1_65_5_off_binary_indicator_var =l= 402.4259881475157;
e4592_.. + 1*pre_1_65_5 + 402.4259881475157*relu_1_65_5_off_binary_indicator_var =l= 402.4259881475157;
relu_1_65_6_above_pre.. + 1*pre_1_65_6 - 1*post_1_65_6 =l= 0;
relu_1_65_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_65_6_on_binary_indicator_var + 1*relu_1_65_6_off_binary_indicator_var =e= 1;
e4595_.. - 1*pre_1_65_6 + 1*post_1_65_6 - 402.4259881475157*relu_1_65_6_on_binary_indicator_var =g= -402.4259881475157;
e4596_.. - 1*pre_1_65_6 + 1*post_1_65_6 + 804.8519762950314*relu_1_65_6_on_binary_indicator_var =l= 804.8519762950314;
e4597_.. + 1*post_1_65_6 =g= 0;
e4598_.. + 1*post_1_65_6 + 402.4259881475157*relu_1_65_6_off_binary_indicator_var =l= 402.4259881475157;
e4599_.. + 1*pre_1_65_6 + 402.4259881475157*relu_1_65_6_off_binary_indicator_var =l= 402.4259881475157;
relu_1_65_7_above_pre.. + 1*pre_1_65_7 - 1*post_1_65_7 =l= 0;
relu_1_65_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_65_7_on_binary_indicator_var + 1*relu_1_65_7_off_binary_indicator_var =e= 1;
e4602_.. - 1*pre_1_65_7 + 1*post_1_65_7 - 402.4259881475157*relu_1_65_7_on_binary_indicator_var =g= -402.4259881475157;
e4603_.. - 1*pre_1_65_7 + 1*post_1_65_7 + 804.8519762950314*relu_1_65_7_on_binary_indicator_var =l= 804.8519762950314;
e4604_.. + 1*post_1_65_7 =g= 0;
e4605_.. + 1*post_1_65_7 + 402.4259881475157*relu_1_65_7_off_binary_indicator_var =l= 402.4259881475157;
e4606_.. + 1*pre_1_65_7 + 402.4259881475157*relu_1_65_7_off_binary_indicator_var =l= 402.4259881475157;
relu_1_66_0_above_pre.. + 1*pre_1_66_0 - 1*post_1_66_0 =l= 0;
relu_1_66_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_66_0_on_binary_indicator_var + 1*relu_1_66_0_off_binary_indicator_var =e= 1;
e4609_.. - 1*pre_1_66_0 + 1*post_1_66_0 - 376.9369779653376*relu_1_66_0_on_binary_indicator_var =g= -376.9369779653376;
e4610_.. - 1*pre_1_66_0 + 1*post_1_66_0 + 753.8739559306752*relu_1_66_0_on_binary_indicator_var =l= 753.8739559306752;
e4611_.. + 1*post_1_66_0 =g= 0;
e4612_.. + 1*post_1_66_0 + 376.9369779653376*relu_1_66_0_off_binary_indicator_var =l= 376.9369779653376;
e4613_.. + 1*pre_1_66_0 + 376.9369779653376*relu_1_66_0_off_binary_indicator_var =l= 376.9369779653376;
relu_1_66_1_above_pre.. + 1*pre_1_66_1 - 1*post_1_66_1 =l= 0;
relu_1_66_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_66_1_on_binary_indicator_var + 1*relu_1_66_1_off_binary_indicator_var =e= 1;
e4616_.. - 1*pre_1_66_1 + 1*post_1_66_1 - 376.9369779653376*relu_1_66_1_on_binary_indicator_var =g= -376.9369779653376;
e4617_.. - 1*pre_1_66_1 + 1*post_1_66_1 + 753.8739559306752*relu_1_66_1_on_binary_indicator_var =l= 753.8739559306752;
e4618_.. + 1*post_1_66_1 =g= 0;
e4619_.. + 1*post_1_66_1 + 376.9369779653376*relu_1_66_1_off_binary_indicator_var =l= 376.9369779653376;
e4620_.. + 1*pre_1_66_1 + 376.9369779653376*relu_1_66_1_off_binary_indicator_var =l= 376.9369779653376;
relu_1_66_2_above_pre.. + 1*pre_1_66_2 - 1*post_1_66_2 =l= 0;
relu_1_66_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_66_2_on_binary_indicator_var + 1*relu_1_66_2_off_binary_indicator_var =e= 1;
e4623_.. - 1*pre_1_66_2 + 1*post_1_66_2 - 376.9369779653376*relu_1_66_2_on_binary_indicator_var =g= -376.9369779653376;
e4624_.. - 1*pre_1_66_2 + 1*post_1_66_2 + 753.8739559306752*relu_1_66_2_on_binary_indicator_var =l= 753.8739559306752;
e4625_.. + 1*post_1_66_2 =g= 0;
e4626_.. + 1*post_1_66_2 + 376.9369779653376*relu_1_66_2_off_binary_indicator_var =l= 376.9369779653376;
e4627_.. + 1*pre_1_66_2 + 376.9369779653376*relu_1_66_2_off_binary_indicator_var =l= 376.9369779653376;
relu_1_66_3_above_pre.. + 1*pre_1_66_3 - 1*post_1_66_3 =l= 0;
relu_1_66_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_66_3_on_binary_indicator_var + 1*relu_1_66_3_off_binary_indicator_var =e= 1;
e4630_.. - 1*pre_1_66_3 + 1*post_1_66_3 - 376.9369779653376*relu_1_66_3_on_binary_indicator_var =g= -376.9369779653376;
e4631_.. - 1*pre_1_66_3 + 1*post_1_66_3 + 753.8739559306752*relu_1_66_3_on_binary_indicator_var =l= 753.8739559306752;
e4632_.. + 1*post_1_66_3 =g= 0;
e4633_.. + 1*post_1_66_3 + 376.9369779653376*relu_1_66_3_off_binary_indicator_var =l= 376.9369779653376;
e4634_.. + 1*pre_1_66_3 + 376.9369779653376*relu_1_66_3_off_binary_indicator_var =l= 376.9369779653376;
relu_1_66_4_above_pre.. + 1*pre_1_66_4 - 1*post_1_66_4 =l= 0;
relu_1_66_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_66_4_on_binary_indicator_var + 1*relu_1_66_4_off_binary_indicator_var =e= 1;
e4637_.. - 1*pre_1_66_4 + 1*post_1_66_4 - 376.9369779653376*relu_1_66_4_on_binary_indicator_var =g= -376.9369779653376;
e4638_.. - 1*pre_1_66_4 + 1*post_1_66_4 + 753.8739559306752*relu_1_66_4_on_binary_indicator_var =l= 753.8739559306752;
e4639_.. + 1*post_1_66_4 =g= 0;
e4640_.. + 1*post_1_66_4 + 376.9369779653376*relu_1_66_4_off_binary_indicator_var =l= 376.9369779653376;
e4641_.. + 1*pre_1_66_4 + 376.9369779653376*relu_1_66_4_off_binary_indicator_var =l= 376.9369779653376;
relu_1_66_5_above_pre.. + 1*pre_1_66_5 - 1*post_1_66_5 =l= 0;
relu_1_66_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_66_5_on_binary_indicator_var + 1*relu_1_66_5_off_binary_indicator_var =e= 1;
e4644_.. - 1*pre_1_66_5 + 1*post_1_66_5 - 376.9369779653376*relu_1_66_5_on_binary_indicator_var =g= -376.9369779653376;
e4645_.. - 1*pre_1_66_5 + 1*post_1_66_5 + 753.8739559306752*relu_1_66_5_on_binary_indicator_var =l= 753.8739559306752;
e4646_.. + 1*post_1_66_5 =g= 0;
e4647_.. + 1*post_1_66_5 + 376.9369779653376*relu_1_66_5_off_binary_indicator_var =l= 376.9369779653376;
e4648_.. + 1*pre_1_66_5 + 376.9369779653376*relu_1_66_5_off_binary_indicator_var =l= 376.9369779653376;
relu_1_66_6_above_pre.. + 1*pre_1_66_6 - 1*post_1_66_6 =l= 0;
relu_1_66_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_66_6_on_binary_indicator_var + 1*relu_1_66_6_off_binary_indicator_var =e= 1;
e4651_.. - 1*pre_1_66_6 + 1*post_1_66_6 - 376.9369779653376*relu_1_66_6_on_binary_indicator_var =g= -376.9369779653376;
e4652_.. - 1*pre_1_66_6 + 1*post_1_66_6 + 753.8739559306752*relu_1_66_6_on_binary_indicator_var =l= 753.8739559306752;
e4653_.. + 1*post_1_66_6 =g= 0;
e4654_.. + 1*post_1_66_6 + 376.9369779653376*relu_1_66_6_off_binary_indicator_var =l= 376.9369779653376;
e4655_.. + 1*pre_1_66_6 + 376.9369779653376*relu_1_66_6_off_binary_indicator_var =l= 376.9369779653376;
relu_1_66_7_above_pre.. + 1*pre_1_66_7 - 1*post_1_66_7 =l= 0;
relu_1_66_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_66_7_on_binary_indicator_var + 1*relu_1_66_7_off_binary_indicator_var =e= 1;
e4658_.. - 1*pre_1_66_7 + 1*post_1_66_7 - 376.9369779653376*relu_1_66_7_on_binary_indicator_var =g= -376.9369779653376;
e4659_.. - 1*pre_1_66_7 + 1*post_1_66_7 + 753.8739559306752*relu_1_66_7_on_binary_indicator_var =l= 753.8739559306752;
e4660_.. + 1*post_1_66_7 =g= 0;
e4661_.. + 1*post_1_66_7 + 376.9369779653376*relu_1_66_7_off_binary_indicator_var =l= 376.9369779653376;
e4662_.. + 1*pre_1_66_7 + 376.9369779653376*relu_1_66_7_off_binary_indicator_var =l= 376.9369779653376;
relu_1_67_0_above_pre.. + 1*pre_1_67_0 - 1*post_1_67_0 =l= 0;
relu_1_67_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_67_0_on_binary_indicator_var + 1*relu_1_67_0_off_binary_indicator_var =e= 1;
e4665_.. - 1*pre_1_67_0 + 1*post_1_67_0 - 391.0496683763033*relu_1_67_0_on_binary_indicator_var =g= -391.0496683763033;
e4666_.. - 1*pre_1_67_0 + 1*post_1_67_0 + 782.0993367526066*relu_1_67_0_on_binary_indicator_var =l= 782.0993367526066;
e4667_.. + 1*post_1_67_0 =g= 0;
e4668_.. + 1*post_1_67_0 + 391.0496683763033*relu_1_67_0_off_binary_indicator_var =l= 391.0496683763033;
e4669_.. + 1*pre_1_67_0 + 391.0496683763033*relu_1_67_0_off_binary_indicator_var =l= 391.0496683763033;
relu_1_67_1_above_pre.. + 1*pre_1_67_1 - 1*post_1_67_1 =l= 0;
relu_1_67_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_67_1_on_binary_indicator_var + 1*relu_1_67_1_off_binary_indicator_var =e= 1;
e4672_.. - 1*pre_1_67_1 + 1*post_1_67_1 - 391.0496683763033*relu_1_67_1_on_binary_indicator_var =g= -391.0496683763033;
e4673_.. - 1*pre_1_67_1 + 1*post_1_67_1 + 782.0993367526066*relu_1_67_1_on_binary_indicator_var =l= 782.0993367526066;
e4674_.. + 1*post_1_67_1 =g= 0;
e4675_.. + 1*post_1_67_1 + 391.0496683763033*relu_1_67_1_off_binary_indicator_var =l= 391.0496683763033;
e4676_.. + 1*pre_1_67_1 + 391.0496683763033*relu_1_67_1_off_binary_indicator_var =l= 391.0496683763033;
relu_1_67_2_above_pre.. + 1*pre_1_67_2 - 1*post_1_67_2 =l= 0;
relu_1_67_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_67_2_on_binary_indicator_var + 1*relu_1_67_2_off_binary_indicator_var =e= 1;
e4679_.. - 1*pre_1_67_2 + 1*post_1_67_2 - 391.0496683763033*relu_1_67_2_on_binary_indicator_var =g= -391.0496683763033;
e4680_.. - 1*pre_1_67_2 + 1*post_1_67_2 + 782.0993367526066*relu_1_67_2_on_binary_indicator_var =l= 782.0993367526066;
e4681_.. + 1*post_1_67_2 =g= 0;
e4682_.. + 1*post_1_67_2 + 391.0496683763033*relu_1_67_2_off_binary_indicator_var =l= 391.0496683763033;
e4683_.. + 1*pre_1_67_2 + 391.0496683763033*relu_1_67_2_off_binary_indicator_var =l= 391.0496683763033;
relu_1_67_3_above_pre.. + 1*pre_1_67_3 - 1*post_1_67_3 =l= 0;
relu_1_67_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_67_3_on_binary_indicator_var + 1*relu_1_67_3_off_binary_indicator_var =e= 1;
e4686_.. - 1*pre_1_67_3 + 1*post_1_67_3 - 391.0496683763033*relu_1_67_3_on_binary_indicator_var =g= -391.0496683763033;
e4687_.. - 1*pre_1_67_3 + 1*post_1_67_3 + 782.0993367526066*relu_1_67_3_on_binary_indicator_var =l= 782.0993367526066;
e4688_.. + 1*post_1_67_3 =g= 0;
e4689_.. + 1*post_1_67_3 + 391.0496683763033*relu_1_67_3_off_binary_indicator_var =l= 391.0496683763033;
e4690_.. + 1*pre_1_67_3 + 391.0496683763033*relu_1_67_3_off_binary_indicator_var =l= 391.0496683763033;
relu_1_67_4_above_pre.. + 1*pre_1_67_4 - 1*post_1_67_4 =l= 0;
relu_1_67_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_67_4_on_binary_indicator_var + 1*relu_1_67_4_off_binary_indicator_var =e= 1;
e4693_.. - 1*pre_1_67_4 + 1*post_1_67_4 - 391.0496683763033*relu_1_67_4_on_binary_indicator_var =g= -391.0496683763033;
e4694_.. - 1*pre_1_67_4 + 1*post_1_67_4 + 782.0993367526066*relu_1_67_4_on_binary_indicator_var =l= 782.0993367526066;
e4695_.. + 1*post_1_67_4 =g= 0;
e4696_.. + 1*post_1_67_4 + 391.0496683763033*relu_1_67_4_off_binary_indicator_var =l= 391.0496683763033;
e4697_.. + 1*pre_1_67_4 + 391.0496683763033*relu_1_67_4_off_binary_indicator_var =l= 391.0496683763033;
relu_1_67_5_above_pre.. + 1*pre_1_67_5 - 1*post_1_67_5 =l= 0;
relu_1_67_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_67_5_on_binary_indicator_var + 1*relu_1_67_5_off_binary_indicator_var =e= 1;
e4700_.. - 1*pre_1_67_5 + 1*post_1_67_5 - 391.0496683763033*relu_1_67_5_on_binary_indicator_var =g= -391.0496683763033;
e4701_.. - 1*pre_1_67_5 + 1*post_1_67_5 + 782.0993367526066*relu_1_67_5_on_binary_indicator_var =l= 782.0993367526066;
e4702_.. + 1*post_1_67_5 =g= 0;
e4703_.. + 1*post_1_67_5 + 391.0496683763033*relu_1_67_5_off_binary_indicator_var =l= 391.0496683763033;
e4704_.. + 1*pre_1_67_5 + 391.0496683763033*relu_1_67_5_off_binary_indicator_var =l= 391.0496683763033;
relu_1_67_6_above_pre.. + 1*pre_1_67_6 - 1*post_1_67_6 =l= 0;
relu_1_67_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_67_6_on_binary_indicator_var + 1*relu_1_67_6_off_binary_indicator_var =e= 1;
e4707_.. - 1*pre_1_67_6 + 1*post_1_67_6 - 391.0496683763033*relu_1_67_6_on_binary_indicator_var =g= -391.0496683763033;
e4708_.. - 1*pre_1_67_6 + 1*post_1_67_6 + 782.0993367526066*relu_1_67_6_on_binary_indicator_var =l= 782.0993367526066;
e4709_.. + 1*post_1_67_6 =g= 0;
e4710_.. + 1*post_1_67_6 + 391.0496683763033*relu_1_67_6_off_binary_indicator_var =l= 391.0496683763033;
e4711_.. + 1*pre_1_67_6 + 391.0496683763033*relu_1_67_6_off_binary_indicator_var =l= 391.0496683763033;
relu_1_67_7_above_pre.. + 1*pre_1_67_7 - 1*post_1_67_7 =l= 0;
relu_1_67_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_67_7_on_binary_indicator_var + 1*relu_1_67_7_off_binary_indicator_var =e= 1;
e4714_.. - 1*pre_1_67_7 + 1*post_1_67_7 - 391.0496683763033*relu_1_67_7_on_binary_indicator_var =g= -391.0496683763033;
e4715_.. - 1*pre_1_67_7 + 1*post_1_67_7 + 782.0993367526066*relu_1_67_7_on_binary_indicator_var =l= 782.0993367526066;
e4716_.. + 1*post_1_67_7 =g= 0;
e4717_.. + 1*post_1_67_7 + 391.0496683763033*relu_1_67_7_off_binary_indicator_var =l= 391.0496683763033;
e4718_.. + 1*pre_1_67_7 + 391.0496683763033*relu_1_67_7_off_binary_indicator_var =l= 391.0496683763033;
relu_1_68_0_above_pre.. + 1*pre_1_68_0 - 1*post_1_68_0 =l= 0;
relu_1_68_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_68_0_on_binary_indicator_var + 1*relu_1_68_0_off_binary_indicator_var =e= 1;
e4721_.. - 1*pre_1_68_0 + 1*post_1_68_0 - 405.16235878726917*relu_1_68_0_on_binary_indicator_var =g= -405.16235878726917;
e4722_.. - 1*pre_1_68_0 + 1*post_1_68_0 + 810.3247175745383*relu_1_68_0_on_binary_indicator_var =l= 810.3247175745383;
e4723_.. + 1*post_1_68_0 =g= 0;
e4724_.. + 1*post_1_68_0 + 405.16235878726917*relu_1_68_0_off_binary_indicator_var =l= 405.16235878726917;
e4725_.. + 1*pre_1_68_0 + 405.16235878726917*relu_1_68_0_off_binary_indicator_var =l= 405.16235878726917;
relu_1_68_1_above_pre.. + 1*pre_1_68_1 - 1*post_1_68_1 =l= 0;
relu_1_68_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_68_1_on_binary_indicator_var + 1*relu_1_68_1_off_binary_indicator_var =e= 1;
e4728_.. - 1*pre_1_68_1 + 1*post_1_68_1 - 405.16235878726917*relu_1_68_1_on_binary_indicator_var =g= -405.16235878726917;
e4729_.. - 1*pre_1_68_1 + 1*post_1_68_1 + 810.3247175745383*relu_1_68_1_on_binary_indicator_var =l= 810.3247175745383;
e4730_.. + 1*post_1_68_1 =g= 0;
e4731_.. + 1*post_1_68_1 + 405.16235878726917*relu_1_68_1_off_binary_indicator_var =l= 405.16235878726917;
e4732_.. + 1*pre_1_68_1 + 405.16235878726917*relu_1_68_1_off_binary_indicator_var =l= 405.16235878726917;
relu_1_68_2_above_pre.. + 1*pre_1_68_2 - 1*post_1_68_2 =l= 0;
relu_1_68_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_68_2_on_binary_indicator_var + 1*relu_1_68_2_off_binary_indicator_var =e= 1;
e4735_.. - 1*pre_1_68_2 + 1*post_1_68_2 - 405.16235878726917*relu_1_68_2_on_binary_indicator_var =g= -405.16235878726917;
e4736_.. - 1*pre_1_68_2 + 1*post_1_68_2 + 810.3247175745383*relu_1_68_2_on_binary_indicator_var =l= 810.3247175745383;
e4737_.. + 1*post_1_68_2 =g= 0;
e4738_.. + 1*post_1_68_2 + 405.16235878726917*relu_1_68_2_off_binary_indicator_var =l= 405.16235878726917;
e4739_.. + 1*pre_1_68_2 + 405.16235878726917*relu_1_68_2_off_binary_indicator_var =l= 405.16235878726917;
relu_1_68_3_above_pre.. + 1*pre_1_68_3 - 1*post_1_68_3 =l= 0;
relu_1_68_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_68_3_on_binary_indicator_var + 1*relu_1_68_3_off_binary_indicator_var =e= 1;
e4742_.. - 1*pre_1_68_3 + 1*post_1_68_3 - 405.16235878726917*relu_1_68_3_on_binary_indicator_var =g= -405.16235878726917;
e4743_.. - 1*pre_1_68_3 + 1*post_1_68_3 + 810.3247175745383*relu_1_68_3_on_binary_indicator_var =l= 810.3247175745383;
e4744_.. + 1*post_1_68_3 =g= 0;
e4745_.. + 1*post_1_68_3 + 405.16235878726917*relu_1_68_3_off_binary_indicator_var =l= 405.16235878726917;
e4746_.. + 1*pre_1_68_3 + 405.16235878726917*relu_1_68_3_off_binary_indicator_var =l= 405.16235878726917;
relu_1_68_4_above_pre.. + 1*pre_1_68_4 - 1*post_1_68_4 =l= 0;
relu_1_68_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_68_4_on_binary_indicator_var + 1*relu_1_68_4_off_binary_indicator_var =e= 1;
e4749_.. - 1*pre_1_68_4 + 1*post_1_68_4 - 405.16235878726917*relu_1_68_4_on_binary_indicator_var =g= -405.16235878726917;
e4750_.. - 1*pre_1_68_4 + 1*post_1_68_4 + 810.3247175745383*relu_1_68_4_on_binary_indicator_var =l= 810.3247175745383;
e4751_.. + 1*post_1_68_4 =g= 0;
e4752_.. + 1*post_1_68_4 + 405.16235878726917*relu_1_68_4_off_binary_indicator_var =l= 405.16235878726917;
e4753_.. + 1*pre_1_68_4 + 405.16235878726917*relu_1_68_4_off_binary_indicator_var =l= 405.16235878726917;
relu_1_68_5_above_pre.. + 1*pre_1_68_5 - 1*post_1_68_5 =l= 0;
relu_1_68_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_68_5_on_binary_indicator_var + 1*relu_1_68_5_off_binary_indicator_var =e= 1;
e4756_.. - 1*pre_1_68_5 + 1*post_1_68_5 - 405.16235878726917*relu_1_68_5_on_binary_indicator_var =g= -405.16235878726917;
e4757_.. - 1*pre_1_68_5 + 1*post_1_68_5 + 810.3247175745383*relu_1_68_5_on_binary_indicator_var =l= 810.3247175745383;
e4758_.. + 1*post_1_68_5 =g= 0;
e4759_.. + 1*post_1_68_5 + 405.16235878726917*relu_1_68_5_off_binary_indicator_var =l= 405.16235878726917;
e4760_.. + 1*pre_1_68_5 + 405.16235878726917*relu_1_68_5_off_binary_indicator_var =l= 405.16235878726917;
relu_1_68_6_above_pre.. + 1*pre_1_68_6 - 1*post_1_68_6 =l= 0;
relu_1_68_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_68_6_on_binary_indicator_var + 1*relu_1_68_6_off_binary_indicator_var =e= 1;
e4763_.. - 1*pre_1_68_6 + 1*post_1_68_6 - 405.16235878726917*relu_1_68_6_on_binary_indicator_var =g= -405.16235878726917;
e4764_.. - 1*pre_1_68_6 + 1*post_1_68_6 + 810.3247175745383*relu_1_68_6_on_binary_indicator_var =l= 810.3247175745383;
e4765_.. + 1*post_1_68_6 =g= 0;
e4766_.. + 1*post_1_68_6 + 405.16235878726917*relu_1_68_6_off_binary_indicator_var =l= 405.16235878726917;
e4767_.. + 1*pre_1_68_6 + 405.16235878726917*relu_1_68_6_off_binary_indicator_var =l= 405.16235878726917;
relu_1_68_7_above_pre.. + 1*pre_1_68_7 - 1*post_1_68_7 =l= 0;
relu_1_68_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_68_7_on_binary_indicator_var + 1*relu_1_68_7_off_binary_indicator_var =e= 1;
e4770_.. - 1*pre_1_68_7 + 1*post_1_68_7 - 405.16235878726917*relu_1_68_7_on_binary_indicator_var =g= -405.16235878726917;
e4771_.. - 1*pre_1_68_7 + 1*post_1_68_7 + 810.3247175745383*relu_1_68_7_on_binary_indicator_var =l= 810.3247175745383;
e4772_.. + 1*post_1_68_7 =g= 0;
e4773_.. + 1*post_1_68_7 + 405.16235878726917*relu_1_68_7_off_binary_indicator_var =l= 405.16235878726917;
e4774_.. + 1*pre_1_68_7 + 405.16235878726917*relu_1_68_7_off_binary_indicator_var =l= 405.16235878726917;
relu_1_69_0_above_pre.. + 1*pre_1_69_0 - 1*post_1_69_0 =l= 0;
relu_1_69_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_69_0_on_binary_indicator_var + 1*relu_1_69_0_off_binary_indicator_var =e= 1;
e4777_.. - 1*pre_1_69_0 + 1*post_1_69_0 - 379.67334860509106*relu_1_69_0_on_binary_indicator_var =g= -379.67334860509106;
e4778_.. - 1*pre_1_69_0 + 1*post_1_69_0 + 759.3466972101821*relu_1_69_0_on_binary_indicator_var =l= 759.3466972101821;
e4779_.. + 1*post_1_69_0 =g= 0;
e4780_.. + 1*post_1_69_0 + 379.67334860509106*relu_1_69_0_off_binary_indicator_var =l= 379.67334860509106;
e4781_.. + 1*pre_1_69_0 + 379.67334860509106*relu_1_69_0_off_binary_indicator_var =l= 379.67334860509106;
relu_1_69_1_above_pre.. + 1*pre_1_69_1 - 1*post_1_69_1 =l= 0;
relu_1_69_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_69_1_on_binary_indicator_var + 1*relu_1_69_1_off_binary_indicator_var =e= 1;
e4784_.. - 1*pre_1_69_1 + 1*post_1_69_1 - 379.67334860509106*relu_1_69_1_on_binary_indicator_var =g= -379.67334860509106;
e4785_.. - 1*pre_1_69_1 + 1*post_1_69_1 + 759.3466972101821*relu_1_69_1_on_binary_indicator_var =l= 759.3466972101821;
e4786_.. + 1*post_1_69_1 =g= 0;
e4787_.. + 1*post_1_69_1 + 379.67334860509106*relu_1_69_1_off_binary_indicator_var =l= 379.67334860509106;
e4788_.. + 1*pre_1_69_1 + 379.67334860509106*relu_1_69_1_off_binary_indicator_var =l= 379.67334860509106;
relu_1_69_2_above_pre.. + 1*pre_1_69_2 - 1*post_1_69_2 =l= 0;
relu_1_69_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_69_2_on_binary_indicator_var + 1*relu_1_69_2_off_binary_indicator_var =e= 1;
e4791_.. - 1*pre_1_69_2 + 1*post_1_69_2 - 379.67334860509106*relu_1_69_2_on_binary_indicator_var =g= -379.67334860509106;
e4792_.. - 1*pre_1_69_2 + 1*post_1_69_2 + 759.3466972101821*relu_1_69_2_on_binary_indicator_var =l= 759.3466972101821;
e4793_.. + 1*post_1_69_2 =g= 0;
e4794_.. + 1*post_1_69_2 + 379.67334860509106*relu_1_69_2_off_binary_indicator_var =l= 379.67334860509106;
e4795_.. + 1*pre_1_69_2 + 379.67334860509106*relu_1_69_2_off_binary_indicator_var =l= 379.67334860509106;
relu_1_69_3_above_pre.. + 1*pre_1_69_3 - 1*post_1_69_3 =l= 0;
relu_1_69_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_69_3_on_binary_indicator_var + 1*relu_1_69_3_off_binary_indicator_var =e= 1;
e4798_.. - 1*pre_1_69_3 + 1*post_1_69_3 - 379.67334860509106*relu_1_69_3_on_binary_indicator_var =g= -379.67334860509106;
e4799_.. - 1*pre_1_69_3 + 1*post_1_69_3 + 759.3466972101821*relu_1_69_3_on_binary_indicator_var =l= 759.3466972101821;
e4800_.. + 1*post_1_69_3 =g= 0;
e4801_.. + 1*post_1_69_3 + 379.67334860509106*relu_1_69_3_off_binary_indicator_var =l= 379.67334860509106;
e4802_.. + 1*pre_1_69_3 + 379.67334860509106*relu_1_69_3_off_binary_indicator_var =l= 379.67334860509106;
relu_1_69_4_above_pre.. + 1*pre_1_69_4 - 1*post_1_69_4 =l= 0;
relu_1_69_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_69_4_on_binary_indicator_var + 1*relu_1_69_4_off_binary_indicator_var =e= 1;
e4805_.. - 1*pre_1_69_4 + 1*post_1_69_4 - 379.67334860509106*relu_1_69_4_on_binary_indicator_var =g= -379.67334860509106;
e4806_.. - 1*pre_1_69_4 + 1*post_1_69_4 + 759.3466972101821*relu_1_69_4_on_binary_indicator_var =l= 759.3466972101821;
e4807_.. + 1*post_1_69_4 =g= 0;
e4808_.. + 1*post_1_69_4 + 379.67334860509106*relu_1_69_4_off_binary_indicator_var =l= 379.67334860509106;
e4809_.. + 1*pre_1_69_4 + 379.67334860509106*relu_1_69_4_off_binary_indicator_var =l= 379.67334860509106;
relu_1_69_5_above_pre.. + 1*pre_1_69_5 - 1*post_1_69_5 =l= 0;
relu_1_69_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_69_5_on_binary_indicator_var + 1*relu_1_69_5_off_binary_indicator_var =e= 1;
e4812_.. - 1*pre_1_69_5 + 1*post_1_69_5 - 379.67334860509106*relu_1_69_5_on_binary_indicator_var =g= -379.67334860509106;
e4813_.. - 1*pre_1_69_5 + 1*post_1_69_5 + 759.3466972101821*relu_1_69_5_on_binary_indicator_var =l= 759.3466972101821;
e4814_.. + 1*post_1_69_5 =g= 0;
e4815_.. + 1*post_1_69_5 + 379.67334860509106*relu_1_69_5_off_binary_indicator_var =l= 379.67334860509106;
e4816_.. + 1*pre_1_69_5 + 379.67334860509106*relu_1_69_5_off_binary_indicator_var =l= 379.67334860509106;
relu_1_69_6_above_pre.. + 1*pre_1_69_6 - 1*post_1_69_6 =l= 0;
relu_1_69_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_69_6_on_binary_indicator_var + 1*relu_1_69_6_off_binary_indicator_var =e= 1;
e4819_.. - 1*pre_1_69_6 + 1*post_1_69_6 - 379.67334860509106*relu_1_69_6_on_binary_indicator_var =g= -379.67334860509106;
e4820_.. - 1*pre_1_69_6 + 1*post_1_69_6 + 759.3466972101821*relu_1_69_6_on_binary_indicator_var =l= 759.3466972101821;
e4821_.. + 1*post_1_69_6 =g= 0;
e4822_.. + 1*post_1_69_6 + 379.67334860509106*relu_1_69_6_off_binary_indicator_var =l= 379.67334860509106;
e4823_.. + 1*pre_1_69_6 + 379.67334860509106*relu_1_69_6_off_binary_indicator_var =l= 379.67334860509106;
relu_1_69_7_above_pre.. + 1*pre_1_69_7 - 1*post_1_69_7 =l= 0;
relu_1_69_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_69_7_on_binary_indicator_var + 1*relu_1_69_7_off_binary_indicator_var =e= 1;
e4826_.. - 1*pre_1_69_7 + 1*post_1_69_7 - 379.67334860509106*relu_1_69_7_on_binary_indicator_var =g= -379.67334860509106;
e4827_.. - 1*pre_1_69_7 + 1*post_1_69_7 + 759.3466972101821*relu_1_69_7_on_binary_indicator_var =l= 759.3466972101821;
e4828_.. + 1*post_1_69_7 =g= 0;
e4829_.. + 1*post_1_69_7 + 379.67334860509106*relu_1_69_7_off_binary_indicator_var =l= 379.67334860509106;
e4830_.. + 1*pre_1_69_7 + 379.67334860509106*relu_1_69_7_off_binary_indicator_var =l= 379.67334860509106;
relu_1_70_0_above_pre.. + 1*pre_1_70_0 - 1*post_1_70_0 =l= 0;
relu_1_70_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_70_0_on_binary_indicator_var + 1*relu_1_70_0_off_binary_indicator_var =e= 1;
e4833_.. - 1*pre_1_70_0 + 1*post_1_70_0 - 393.78603901605686*relu_1_70_0_on_binary_indicator_var =g= -393.78603901605686;
e4834_.. - 1*pre_1_70_0 + 1*post_1_70_0 + 787.5720780321137*relu_1_70_0_on_binary_indicator_var =l= 787.5720780321137;
e4835_.. + 1*post_1_70_0 =g= 0;
e4836_.. + 1*post_1_70_0 + 393.78603901605686*relu_1_70_0_off_binary_indicator_var =l= 393.78603901605686;
e4837_.. + 1*pre_1_70_0 + 393.78603901605686*relu_1_70_0_off_binary_indicator_var =l= 393.78603901605686;
relu_1_70_1_above_pre.. + 1*pre_1_70_1 - 1*post_1_70_1 =l= 0;
relu_1_70_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_70_1_on_binary_indicator_var + 1*relu_1_70_1_off_binary_indicator_var =e= 1;
e4840_.. - 1*pre_1_70_1 + 1*post_1_70_1 - 393.78603901605686*relu_1_70_1_on_binary_indicator_var =g= -393.78603901605686;
e4841_.. - 1*pre_1_70_1 + 1*post_1_70_1 + 787.5720780321137*relu_1_70_1_on_binary_indicator_var =l= 787.5720780321137;
e4842_.. + 1*post_1_70_1 =g= 0;
e4843_.. + 1*post_1_70_1 + 393.78603901605686*relu_1_70_1_off_binary_indicator_var =l= 393.78603901605686;
e4844_.. + 1*pre_1_70_1 + 393.78603901605686*relu_1_70_1_off_binary_indicator_var =l= 393.78603901605686;
relu_1_70_2_above_pre.. + 1*pre_1_70_2 - 1*post_1_70_2 =l= 0;
relu_1_70_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_70_2_on_binary_indicator_var + 1*relu_1_70_2_off_binary_indicator_var =e= 1;
e4847_.. - 1*pre_1_70_2 + 1*post_1_70_2 - 393.78603901605686*relu_1_70_2_on_binary_indicator_var =g= -393.78603901605686;
e4848_.. - 1*pre_1_70_2 + 1*post_1_70_2 + 787.5720780321137*relu_1_70_2_on_binary_indicator_var =l= 787.5720780321137;
e4849_.. + 1*post_1_70_2 =g= 0;
e4850_.. + 1*post_1_70_2 + 393.78603901605686*relu_1_70_2_off_binary_indicator_var =l= 393.78603901605686;
e4851_.. + 1*pre_1_70_2 + 393.78603901605686*relu_1_70_2_off_binary_indicator_var =l= 393.78603901605686;
relu_1_70_3_above_pre.. + 1*pre_1_70_3 - 1*post_1_70_3 =l= 0;
relu_1_70_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_70_3_on_binary_indicator_var + 1*relu_1_70_3_off_binary_indicator_var =e= 1;
e4854_.. - 1*pre_1_70_3 + 1*post_1_70_3 - 393.78603901605686*relu_1_70_3_on_binary_indicator_var =g= -393.78603901605686;
e4855_.. - 1*pre_1_70_3 + 1*post_1_70_3 + 787.5720780321137*relu_1_70_3_on_binary_indicator_var =l= 787.5720780321137;
e4856_.. + 1*post_1_70_3 =g= 0;
e4857_.. + 1*post_1_70_3 + 393.78603901605686*relu_1_70_3_off_binary_indicator_var =l= 393.78603901605686;
e4858_.. + 1*pre_1_70_3 + 393.78603901605686*relu_1_70_3_off_binary_indicator_var =l= 393.78603901605686;
relu_1_70_4_above_pre.. + 1*pre_1_70_4 - 1*post_1_70_4 =l= 0;
relu_1_70_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_70_4_on_binary_indicator_var + 1*relu_1_70_4_off_binary_indicator_var =e= 1;
e4861_.. - 1*pre_1_70_4 + 1*post_1_70_4 - 393.78603901605686*relu_1_70_4_on_binary_indicator_var =g= -393.78603901605686;
e4862_.. - 1*pre_1_70_4 + 1*post_1_70_4 + 787.5720780321137*relu_1_70_4_on_binary_indicator_var =l= 787.5720780321137;
e4863_.. + 1*post_1_70_4 =g= 0;
e4864_.. + 1*post_1_70_4 + 393.78603901605686*relu_1_70_4_off_binary_indicator_var =l= 393.78603901605686;
e4865_.. + 1*pre_1_70_4 + 393.78603901605686*relu_1_70_4_off_binary_indicator_var =l= 393.78603901605686;
relu_1_70_5_above_pre.. + 1*pre_1_70_5 - 1*post_1_70_5 =l= 0;
relu_1_70_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_70_5_on_binary_indicator_var + 1*relu_1_70_5_off_binary_indicator_var =e= 1;
e4868_.. - 1*pre_1_70_5 + 1*post_1_70_5 - 393.78603901605686*relu_1_70_5_on_binary_indicator_var =g= -393.78603901605686;
e4869_.. - 1*pre_1_70_5 + 1*post_1_70_5 + 787.5720780321137*relu_1_70_5_on_binary_indicator_var =l= 787.5720780321137;
e4870_.. + 1*post_1_70_5 =g= 0;
e4871_.. + 1*post_1_70_5 + 393.78603901605686*relu_1_70_5_off_binary_indicator_var =l= 393.78603901605686;
e4872_.. + 1*pre_1_70_5 + 393.78603901605686*relu_1_70_5_off_binary_indicator_var =l= 393.78603901605686;
relu_1_70_6_above_pre.. + 1*pre_1_70_6 - 1*post_1_70_6 =l= 0;
relu_1_70_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_70_6_on_binary_indicator_var + 1*relu_1_70_6_off_binary_indicator_var =e= 1;
e4875_.. - 1*pre_1_70_6 + 1*post_1_70_6 - 393.78603901605686*relu_1_70_6_on_binary_indicator_var =g= -393.78603901605686;
e4876_.. - 1*pre_1_70_6 + 1*post_1_70_6 + 787.5720780321137*relu_1_70_6_on_binary_indicator_var =l= 787.5720780321137;
e4877_.. + 1*post_1_70_6 =g= 0;
e4878_.. + 1*post_1_70_6 + 393.78603901605686*relu_1_70_6_off_binary_indicator_var =l= 393.78603901605686;
e4879_.. + 1*pre_1_70_6 + 393.78603901605686*relu_1_70_6_off_binary_indicator_var =l= 393.78603901605686;
relu_1_70_7_above_pre.. + 1*pre_1_70_7 - 1*post_1_70_7 =l= 0;
relu_1_70_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_70_7_on_binary_indicator_var + 1*relu_1_70_7_off_binary_indicator_var =e= 1;
e4882_.. - 1*pre_1_70_7 + 1*post_1_70_7 - 393.78603901605686*relu_1_70_7_on_binary_indicator_var =g= -393.78603901605686;
e4883_.. - 1*pre_1_70_7 + 1*post_1_70_7 + 787.5720780321137*relu_1_70_7_on_binary_indicator_var =l= 787.5720780321137;
e4884_.. + 1*post_1_70_7 =g= 0;
e4885_.. + 1*post_1_70_7 + 393.78603901605686*relu_1_70_7_off_binary_indicator_var =l= 393.78603901605686;
e4886_.. + 1*pre_1_70_7 + 393.78603901605686*relu_1_70_7_off_binary_indicator_var =l= 393.78603901605686;
relu_1_71_0_above_pre.. + 1*pre_1_71_0 - 1*post_1_71_0 =l= 0;
relu_1_71_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_71_0_on_binary_indicator_var + 1*relu_1_71_0_off_binary_indicator_var =e= 1;
e4889_.. - 1*pre_1_71_0 + 1*post_1_71_0 - 407.89872942702266*relu_1_71_0_on_binary_indicator_var =g= -407.89872942702266;
e4890_.. - 1*pre_1_71_0 + 1*post_1_71_0 + 815.7974588540453*relu_1_71_0_on_binary_indicator_var =l= 815.7974588540453;
e4891_.. + 1*post_1_71_0 =g= 0;
e4892_.. + 1*post_1_71_0 + 407.89872942702266*relu_1_71_0_off_binary_indicator_var =l= 407.89872942702266;
e4893_.. + 1*pre_1_71_0 + 407.89872942702266*relu_1_71_0_off_binary_indicator_var =l= 407.89872942702266;
relu_1_71_1_above_pre.. + 1*pre_1_71_1 - 1*post_1_71_1 =l= 0;
relu_1_71_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_71_1_on_binary_indicator_var + 1*relu_1_71_1_off_binary_indicator_var =e= 1;
e4896_.. - 1*pre_1_71_1 + 1*post_1_71_1 - 407.89872942702266*relu_1_71_1_on_binary_indicator_var =g= -407.89872942702266;
e4897_.. - 1*pre_1_71_1 + 1*post_1_71_1 + 815.7974588540453*relu_1_71_1_on_binary_indicator_var =l= 815.7974588540453;
e4898_.. + 1*post_1_71_1 =g= 0;
e4899_.. + 1*post_1_71_1 + 407.89872942702266*relu_1_71_1_off_binary_indicator_var =l= 407.89872942702266;
e4900_.. + 1*pre_1_71_1 + 407.89872942702266*relu_1_71_1_off_binary_indicator_var =l= 407.89872942702266;
relu_1_71_2_above_pre.. + 1*pre_1_71_2 - 1*post_1_71_2 =l= 0;
relu_1_71_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_71_2_on_binary_indicator_var + 1*relu_1_71_2_off_binary_indicator_var =e= 1;
e4903_.. - 1*pre_1_71_2 + 1*post_1_71_2 - 407.89872942702266*relu_1_71_2_on_binary_indicator_var =g= -407.89872942702266;
e4904_.. - 1*pre_1_71_2 + 1*post_1_71_2 + 815.7974588540453*relu_1_71_2_on_binary_indicator_var =l= 815.7974588540453;
e4905_.. + 1*post_1_71_2 =g= 0;
e4906_.. + 1*post_1_71_2 + 407.89872942702266*relu_1_71_2_off_binary_indicator_var =l= 407.89872942702266;
e4907_.. + 1*pre_1_71_2 + 407.89872942702266*relu_1_71_2_off_binary_indicator_var =l= 407.89872942702266;
relu_1_71_3_above_pre.. + 1*pre_1_71_3 - 1*post_1_71_3 =l= 0;
relu_1_71_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_71_3_on_binary_indicator_var + 1*relu_1_71_3_off_binary_indicator_var =e= 1;
e4910_.. - 1*pre_1_71_3 + 1*post_1_71_3 - 407.89872942702266*relu_1_71_3_on_binary_indicator_var =g= -407.89872942702266;
e4911_.. - 1*pre_1_71_3 + 1*post_1_71_3 + 815.7974588540453*relu_1_71_3_on_binary_indicator_var =l= 815.7974588540453;
e4912_.. + 1*post_1_71_3 =g= 0;
e4913_.. + 1*post_1_71_3 + 407.89872942702266*relu_1_71_3_off_binary_indicator_var =l= 407.89872942702266;
e4914_.. + 1*pre_1_71_3 + 407.89872942702266*relu_1_71_3_off_binary_indicator_var =l= 407.89872942702266;
relu_1_71_4_above_pre.. + 1*pre_1_71_4 - 1*post_1_71_4 =l= 0;
relu_1_71_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_71_4_on_binary_indicator_var + 1*relu_1_71_4_off_binary_indicator_var =e= 1;
e4917_.. - 1*pre_1_71_4 + 1*post_1_71_4 - 407.89872942702266*relu_1_71_4_on_binary_indicator_var =g= -407.89872942702266;
e4918_.. - 1*pre_1_71_4 + 1*post_1_71_4 + 815.7974588540453*relu_1_71_4_on_binary_indicator_var =l= 815.7974588540453;
e4919_.. + 1*post_1_71_4 =g= 0;
e4920_.. + 1*post_1_71_4 + 407.89872942702266*relu_1_71_4_off_binary_indicator_var =l= 407.89872942702266;
e4921_.. + 1*pre_1_71_4 + 407.89872942702266*relu_1_71_4_off_binary_indicator_var =l= 407.89872942702266;
relu_1_71_5_above_pre.. + 1*pre_1_71_5 - 1*post_1_71_5 =l= 0;
relu_1_71_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_71_5_on_binary_indicator_var + 1*relu_1_71_5_off_binary_indicator_var =e= 1;
e4924_.. - 1*pre_1_71_5 + 1*post_1_71_5 - 407.89872942702266*relu_1_71_5_on_binary_indicator_var =g= -407.89872942702266;
e4925_.. - 1*pre_1_71_5 + 1*post_1_71_5 + 815.7974588540453*relu_1_71_5_on_binary_indicator_var =l= 815.7974588540453;
e4926_.. + 1*post_1_71_5 =g= 0;
e4927_.. + 1*post_1_71_5 + 407.89872942702266*relu_1_71_5_off_binary_indicator_var =l= 407.89872942702266;
e4928_.. + 1*pre_1_71_5 + 407.89872942702266*relu_1_71_5_off_binary_indicator_var =l= 407.89872942702266;
relu_1_71_6_above_pre.. + 1*pre_1_71_6 - 1*post_1_71_6 =l= 0;
relu_1_71_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_71_6_on_binary_indicator_var + 1*relu_1_71_6_off_binary_indicator_var =e= 1;
e4931_.. - 1*pre_1_71_6 + 1*post_1_71_6 - 407.89872942702266*relu_1_71_6_on_binary_indicator_var =g= -407.89872942702266;
e4932_.. - 1*pre_1_71_6 + 1*post_1_71_6 + 815.7974588540453*relu_1_71_6_on_binary_indicator_var =l= 815.7974588540453;
e4933_.. + 1*post_1_71_6 =g= 0;
e4934_.. + 1*post_1_71_6 + 407.89872942702266*relu_1_71_6_off_binary_indicator_var =l= 407.89872942702266;
e4935_.. + 1*pre_1_71_6 + 407.89872942702266*relu_1_71_6_off_binary_indicator_var =l= 407.89872942702266;
relu_1_71_7_above_pre.. + 1*pre_1_71_7 - 1*post_1_71_7 =l= 0;
relu_1_71_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_71_7_on_binary_indicator_var + 1*relu_1_71_7_off_binary_indicator_var =e= 1;
e4938_.. - 1*pre_1_71_7 + 1*post_1_71_7 - 407.89872942702266*relu_1_71_7_on_binary_indicator_var =g= -407.89872942702266;
e4939_.. - 1*pre_1_71_7 + 1*post_1_71_7 + 815.7974588540453*relu_1_71_7_on_binary_indicator_var =l= 815.7974588540453;
e4940_.. + 1*post_1_71_7 =g= 0;
e4941_.. + 1*post_1_71_7 + 407.89872942702266*relu_1_71_7_off_binary_indicator_var =l= 407.89872942702266;
e4942_.. + 1*pre_1_71_7 + 407.89872942702266*relu_1_71_7_off_binary_indicator_var =l= 407.89872942702266;
relu_1_72_0_above_pre.. + 1*pre_1_72_0 - 1*post_1_72_0 =l= 0;
relu_1_72_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_72_0_on_binary_indicator_var + 1*relu_1_72_0_off_binary_indicator_var =e= 1;
e4945_.. - 1*pre_1_72_0 + 1*post_1_72_0 - 379.90137949173715*relu_1_72_0_on_binary_indicator_var =g= -379.90137949173715;
e4946_.. - 1*pre_1_72_0 + 1*post_1_72_0 + 759.8027589834743*relu_1_72_0_on_binary_indicator_var =l= 759.8027589834743;
e4947_.. + 1*post_1_72_0 =g= 0;
e4948_.. + 1*post_1_72_0 + 379.90137949173715*relu_1_72_0_off_binary_indicator_var =l= 379.90137949173715;
e4949_.. + 1*pre_1_72_0 + 379.90137949173715*relu_1_72_0_off_binary_indicator_var =l= 379.90137949173715;
relu_1_72_1_above_pre.. + 1*pre_1_72_1 - 1*post_1_72_1 =l= 0;
relu_1_72_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_72_1_on_binary_indicator_var + 1*relu_1_72_1_off_binary_indicator_var =e= 1;
e4952_.. - 1*pre_1_72_1 + 1*post_1_72_1 - 379.90137949173715*relu_1_72_1_on_binary_indicator_var =g= -379.90137949173715;
e4953_.. - 1*pre_1_72_1 + 1*post_1_72_1 + 759.8027589834743*relu_1_72_1_on_binary_indicator_var =l= 759.8027589834743;
e4954_.. + 1*post_1_72_1 =g= 0;
e4955_.. + 1*post_1_72_1 + 379.90137949173715*relu_1_72_1_off_binary_indicator_var =l= 379.90137949173715;
e4956_.. + 1*pre_1_72_1 + 379.90137949173715*relu_1_72_1_off_binary_indicator_var =l= 379.90137949173715;
relu_1_72_2_above_pre.. + 1*pre_1_72_2 - 1*post_1_72_2 =l= 0;
relu_1_72_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_72_2_on_binary_indicator_var + 1*relu_1_72_2_off_binary_indicator_var =e= 1;
e4959_.. - 1*pre_1_72_2 + 1*post_1_72_2 - 379.90137949173715*relu_1_72_2_on_binary_indicator_var =g= -379.90137949173715;
e4960_.. - 1*pre_1_72_2 + 1*post_1_72_2 + 759.8027589834743*relu_1_72_2_on_binary_indicator_var =l= 759.8027589834743;
e4961_.. + 1*post_1_72_2 =g= 0;
e4962_.. + 1*post_1_72_2 + 379.90137949173715*relu_1_72_2_off_binary_indicator_var =l= 379.90137949173715;
e4963_.. + 1*pre_1_72_2 + 379.90137949173715*relu_1_72_2_off_binary_indicator_var =l= 379.90137949173715;
relu_1_72_3_above_pre.. + 1*pre_1_72_3 - 1*post_1_72_3 =l= 0;
relu_1_72_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_72_3_on_binary_indicator_var + 1*relu_1_72_3_off_binary_indicator_var =e= 1;
e4966_.. - 1*pre_1_72_3 + 1*post_1_72_3 - 379.90137949173715*relu_1_72_3_on_binary_indicator_var =g= -379.90137949173715;
e4967_.. - 1*pre_1_72_3 + 1*post_1_72_3 + 759.8027589834743*relu_1_72_3_on_binary_indicator_var =l= 759.8027589834743;
e4968_.. + 1*post_1_72_3 =g= 0;
e4969_.. + 1*post_1_72_3 + 379.90137949173715*relu_1_72_3_off_binary_indicator_var =l= 379.90137949173715;
e4970_.. + 1*pre_1_72_3 + 379.90137949173715*relu_1_72_3_off_binary_indicator_var =l= 379.90137949173715;
relu_1_72_4_above_pre.. + 1*pre_1_72_4 - 1*post_1_72_4 =l= 0;
relu_1_72_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_72_4_on_binary_indicator_var + 1*relu_1_72_4_off_binary_indicator_var =e= 1;
e4973_.. - 1*pre_1_72_4 + 1*post_1_72_4 - 379.90137949173715*relu_1_72_4_on_binary_indicator_var =g= -379.90137949173715;
e4974_.. - 1*pre_1_72_4 + 1*post_1_72_4 + 759.8027589834743*relu_1_72_4_on_binary_indicator_var =l= 759.8027589834743;
e4975_.. + 1*post_1_72_4 =g= 0;
e4976_.. + 1*post_1_72_4 + 379.90137949173715*relu_1_72_4_off_binary_indicator_var =l= 379.90137949173715;
e4977_.. + 1*pre_1_72_4 + 379.90137949173715*relu_1_72_4_off_binary_indicator_var =l= 379.90137949173715;
relu_1_72_5_above_pre.. + 1*pre_1_72_5 - 1*post_1_72_5 =l= 0;
relu_1_72_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_72_5_on_binary_indicator_var + 1*relu_1_72_5_off_binary_indicator_var =e= 1;
e4980_.. - 1*pre_1_72_5 + 1*post_1_72_5 - 379.90137949173715*relu_1_72_5_on_binary_indicator_var =g= -379.90137949173715;
e4981_.. - 1*pre_1_72_5 + 1*post_1_72_5 + 759.8027589834743*relu_1_72_5_on_binary_indicator_var =l= 759.8027589834743;
e4982_.. + 1*post_1_72_5 =g= 0;
e4983_.. + 1*post_1_72_5 + 379.90137949173715*relu_1_72_5_off_binary_indicator_var =l= 379.90137949173715;
e4984_.. + 1*pre_1_72_5 + 379.90137949173715*relu_1_72_5_off_binary_indicator_var =l= 379.90137949173715;
relu_1_72_6_above_pre.. + 1*pre_1_72_6 - 1*post_1_72_6 =l= 0;
relu_1_72_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_72_6_on_binary_indicator_var + 1*relu_1_72_6_off_binary_indicator_var =e= 1;
e4987_.. - 1*pre_1_72_6 + 1*post_1_72_6 - 379.90137949173715*relu_1_72_6_on_binary_indicator_var =g= -379.90137949173715;
e4988_.. - 1*pre_1_72_6 + 1*post_1_72_6 + 759.8027589834743*relu_1_72_6_on_binary_indicator_var =l= 759.8027589834743;
e4989_.. + 1*post_1_72_6 =g= 0;
e4990_.. + 1*post_1_72_6 + 379.90137949173715*relu_1_72_6_off_binary_indicator_var =l= 379.90137949173715;
e4991_.. + 1*pre_1_72_6 + 379.90137949173715*relu_1_72_6_off_binary_indicator_var =l= 379.90137949173715;
relu_1_72_7_above_pre.. + 1*pre_1_72_7 - 1*post_1_72_7 =l= 0;
relu_1_72_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_72_7_on_binary_indicator_var + 1*relu_1_72_7_off_binary_indicator_var =e= 1;
e4994_.. - 1*pre_1_72_7 + 1*post_1_72_7 - 379.90137949173715*relu_1_72_7_on_binary_indicator_var =g= -379.90137949173715;
e4995_.. - 1*pre_1_72_7 + 1*post_1_72_7 + 759.8027589834743*relu_1_72_7_on_binary_indicator_var =l= 759.8027589834743;
e4996_.. + 1*post_1_72_7 =g= 0;
e4997_.. + 1*post_1_72_7 + 379.90137949173715*relu_1_72_7_off_binary_indicator_var =l= 379.90137949173715;
e4998_.. + 1*pre_1_72_7 + 379.90137949173715*relu_1_72_7_off_binary_indicator_var =l= 379.90137949173715;
relu_1_73_0_above_pre.. + 1*pre_1_73_0 - 1*post_1_73_0 =l= 0;
relu_1_73_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_73_0_on_binary_indicator_var + 1*relu_1_73_0_off_binary_indicator_var =e= 1;
e5001_.. - 1*pre_1_73_0 + 1*post_1_73_0 - 394.01406990270294*relu_1_73_0_on_binary_indicator_var =g= -394.01406990270294;
e5002_.. - 1*pre_1_73_0 + 1*post_1_73_0 + 788.0281398054059*relu_1_73_0_on_binary_indicator_var =l= 788.0281398054059;
e5003_.. + 1*post_1_73_0 =g= 0;
e5004_.. + 1*post_1_73_0 + 394.01406990270294*relu_1_73_0_off_binary_indicator_var =l= 394.01406990270294;
e5005_.. + 1*pre_1_73_0 + 394.01406990270294*relu_1_73_0_off_binary_indicator_var =l= 394.01406990270294;
relu_1_73_1_above_pre.. + 1*pre_1_73_1 - 1*post_1_73_1 =l= 0;
relu_1_73_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_73_1_on_binary_indicator_var + 1*relu_1_73_1_off_binary_indicator_var =e= 1;
e5008_.. - 1*pre_1_73_1 + 1*post_1_73_1 - 394.01406990270294*relu_1_73_1_on_binary_indicator_var =g= -394.01406990270294;
e5009_.. - 1*pre_1_73_1 + 1*post_1_73_1 + 788.0281398054059*relu_1_73_1_on_binary_indicator_var =l= 788.0281398054059;
e5010_.. + 1*post_1_73_1 =g= 0;
e5011_.. + 1*post_1_73_1 + 394.01406990270294*relu_1_73_1_off_binary_indicator_var =l= 394.01406990270294;
e5012_.. + 1*pre_1_73_1 + 394.01406990270294*relu_1_73_1_off_binary_indicator_var =l= 394.01406990270294;
relu_1_73_2_above_pre.. + 1*pre_1_73_2 - 1*post_1_73_2 =l= 0;
relu_1_73_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_73_2_on_binary_indicator_var + 1*relu_1_73_2_off_binary_indicator_var =e= 1;
e5015_.. - 1*pre_1_73_2 + 1*post_1_73_2 - 394.01406990270294*relu_1_73_2_on_binary_indicator_var =g= -394.01406990270294;
e5016_.. - 1*pre_1_73_2 + 1*post_1_73_2 + 788.0281398054059*relu_1_73_2_on_binary_indicator_var =l= 788.0281398054059;
e5017_.. + 1*post_1_73_2 =g= 0;
e5018_.. + 1*post_1_73_2 + 394.01406990270294*relu_1_73_2_off_binary_indicator_var =l= 394.01406990270294;
e5019_.. + 1*pre_1_73_2 + 394.01406990270294*relu_1_73_2_off_binary_indicator_var =l= 394.01406990270294;
relu_1_73_3_above_pre.. + 1*pre_1_73_3 - 1*post_1_73_3 =l= 0;
relu_1_73_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_73_3_on_binary_indicator_var + 1*relu_1_73_3_off_binary_indicator_var =e= 1;
e5022_.. - 1*pre_1_73_3 + 1*post_1_73_3 - 394.01406990270294*relu_1_73_3_on_binary_indicator_var =g= -394.01406990270294;
e5023_.. - 1*pre_1_73_3 + 1*post_1_73_3 + 788.0281398054059*relu_1_73_3_on_binary_indicator_var =l= 788.0281398054059;
e5024_.. + 1*post_1_73_3 =g= 0;
e5025_.. + 1*post_1_73_3 + 394.01406990270294*relu_1_73_3_off_binary_indicator_var =l= 394.01406990270294;
e5026_.. + 1*pre_1_73_3 + 394.01406990270294*relu_1_73_3_off_binary_indicator_var =l= 394.01406990270294;
relu_1_73_4_above_pre.. + 1*pre_1_73_4 - 1*post_1_73_4 =l= 0;
relu_1_73_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_73_4_on_binary_indicator_var + 1*relu_1_73_4_off_binary_indicator_var =e= 1;
e5029_.. - 1*pre_1_73_4 + 1*post_1_73_4 - 394.01406990270294*relu_1_73_4_on_binary_indicator_var =g= -394.01406990270294;
e5030_.. - 1*pre_1_73_4 + 1*post_1_73_4 + 788.0281398054059*relu_1_73_4_on_binary_indicator_var =l= 788.0281398054059;
e5031_.. + 1*post_1_73_4 =g= 0;
e5032_.. + 1*post_1_73_4 + 394.01406990270294*relu_1_73_4_off_binary_indicator_var =l= 394.01406990270294;
e5033_.. + 1*pre_1_73_4 + 394.01406990270294*relu_1_73_4_off_binary_indicator_var =l= 394.01406990270294;
relu_1_73_5_above_pre.. + 1*pre_1_73_5 - 1*post_1_73_5 =l= 0;
relu_1_73_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_73_5_on_binary_indicator_var + 1*relu_1_73_5_off_binary_indicator_var =e= 1;
e5036_.. - 1*pre_1_73_5 + 1*post_1_73_5 - 394.01406990270294*relu_1_73_5_on_binary_indicator_var =g= -394.01406990270294;
e5037_.. - 1*pre_1_73_5 + 1*post_1_73_5 + 788.0281398054059*relu_1_73_5_on_binary_indicator_var =l= 788.0281398054059;
e5038_.. + 1*post_1_73_5 =g= 0;
e5039_.. + 1*post_1_73_5 + 394.01406990270294*relu_1_73_5_off_binary_indicator_var =l= 394.01406990270294;
e5040_.. + 1*pre_1_73_5 + 394.01406990270294*relu_1_73_5_off_binary_indicator_var =l= 394.01406990270294;
relu_1_73_6_above_pre.. + 1*pre_1_73_6 - 1*post_1_73_6 =l= 0;
relu_1_73_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_73_6_on_binary_indicator_var + 1*relu_1_73_6_off_binary_indicator_var =e= 1;
e5043_.. - 1*pre_1_73_6 + 1*post_1_73_6 - 394.01406990270294*relu_1_73_6_on_binary_indicator_var =g= -394.01406990270294;
e5044_.. - 1*pre_1_73_6 + 1*post_1_73_6 + 788.0281398054059*relu_1_73_6_on_binary_indicator_var =l= 788.0281398054059;
e5045_.. + 1*post_1_73_6 =g= 0;
e5046_.. + 1*post_1_73_6 + 394.01406990270294*relu_1_73_6_off_binary_indicator_var =l= 394.01406990270294;
e5047_.. + 1*pre_1_73_6 + 394.01406990270294*relu_1_73_6_off_binary_indicator_var =l= 394.01406990270294;
relu_1_73_7_above_pre.. + 1*pre_1_73_7 - 1*post_1_73_7 =l= 0;
relu_1_73_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_73_7_on_binary_indicator_var + 1*relu_1_73_7_off_binary_indicator_var =e= 1;
e5050_.. - 1*pre_1_73_7 + 1*post_1_73_7 - 394.01406990270294*relu_1_73_7_on_binary_indicator_var =g= -394.01406990270294;
e5051_.. - 1*pre_1_73_7 + 1*post_1_73_7 + 788.0281398054059*relu_1_73_7_on_binary_indicator_var =l= 788.0281398054059;
e5052_.. + 1*post_1_73_7 =g= 0;
e5053_.. + 1*post_1_73_7 + 394.01406990270294*relu_1_73_7_off_binary_indicator_var =l= 394.01406990270294;
e5054_.. + 1*pre_1_73_7 + 394.01406990270294*relu_1_73_7_off_binary_indicator_var =l= 394.01406990270294;
relu_1_74_0_above_pre.. + 1*pre_1_74_0 - 1*post_1_74_0 =l= 0;
relu_1_74_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_74_0_on_binary_indicator_var + 1*relu_1_74_0_off_binary_indicator_var =e= 1;
e5057_.. - 1*pre_1_74_0 + 1*post_1_74_0 - 408.12676031366874*relu_1_74_0_on_binary_indicator_var =g= -408.12676031366874;
e5058_.. - 1*pre_1_74_0 + 1*post_1_74_0 + 816.2535206273375*relu_1_74_0_on_binary_indicator_var =l= 816.2535206273375;
e5059_.. + 1*post_1_74_0 =g= 0;
e5060_.. + 1*post_1_74_0 + 408.12676031366874*relu_1_74_0_off_binary_indicator_var =l= 408.12676031366874;
e5061_.. + 1*pre_1_74_0 + 408.12676031366874*relu_1_74_0_off_binary_indicator_var =l= 408.12676031366874;
relu_1_74_1_above_pre.. + 1*pre_1_74_1 - 1*post_1_74_1 =l= 0;
relu_1_74_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_74_1_on_binary_indicator_var + 1*relu_1_74_1_off_binary_indicator_var =e= 1;
e5064_.. - 1*pre_1_74_1 + 1*post_1_74_1 - 408.12676031366874*relu_1_74_1_on_binary_indicator_var =g= -408.12676031366874;
e5065_.. - 1*pre_1_74_1 + 1*post_1_74_1 + 816.2535206273375*relu_1_74_1_on_binary_indicator_var =l= 816.2535206273375;
e5066_.. + 1*post_1_74_1 =g= 0;
e5067_.. + 1*post_1_74_1 + 408.12676031366874*relu_1_74_1_off_binary_indicator_var =l= 408.12676031366874;
e5068_.. + 1*pre_1_74_1 + 408.12676031366874*relu_1_74_1_off_binary_indicator_var =l= 408.12676031366874;
relu_1_74_2_above_pre.. + 1*pre_1_74_2 - 1*post_1_74_2 =l= 0;
relu_1_74_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_74_2_on_binary_indicator_var + 1*relu_1_74_2_off_binary_indicator_var =e= 1;
e5071_.. - 1*pre_1_74_2 + 1*post_1_74_2 - 408.12676031366874*relu_1_74_2_on_binary_indicator_var =g= -408.12676031366874;
e5072_.. - 1*pre_1_74_2 + 1*post_1_74_2 + 816.2535206273375*relu_1_74_2_on_binary_indicator_var =l= 816.2535206273375;
e5073_.. + 1*post_1_74_2 =g= 0;
e5074_.. + 1*post_1_74_2 + 408.12676031366874*relu_1_74_2_off_binary_indicator_var =l= 408.12676031366874;
e5075_.. + 1*pre_1_74_2 + 408.12676031366874*relu_1_74_2_off_binary_indicator_var =l= 408.12676031366874;
relu_1_74_3_above_pre.. + 1*pre_1_74_3 - 1*post_1_74_3 =l= 0;
relu_1_74_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_74_3_on_binary_indicator_var + 1*relu_1_74_3_off_binary_indicator_var =e= 1;
e5078_.. - 1*pre_1_74_3 + 1*post_1_74_3 - 408.12676031366874*relu_1_74_3_on_binary_indicator_var =g= -408.12676031366874;
e5079_.. - 1*pre_1_74_3 + 1*post_1_74_3 + 816.2535206273375*relu_1_74_3_on_binary_indicator_var =l= 816.2535206273375;
e5080_.. + 1*post_1_74_3 =g= 0;
e5081_.. + 1*post_1_74_3 + 408.12676031366874*relu_1_74_3_off_binary_indicator_var =l= 408.12676031366874;
e5082_.. + 1*pre_1_74_3 + 408.12676031366874*relu_1_74_3_off_binary_indicator_var =l= 408.12676031366874;
relu_1_74_4_above_pre.. + 1*pre_1_74_4 - 1*post_1_74_4 =l= 0;
relu_1_74_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_74_4_on_binary_indicator_var + 1*relu_1_74_4_off_binary_indicator_var =e= 1;
e5085_.. - 1*pre_1_74_4 + 1*post_1_74_4 - 408.12676031366874*relu_1_74_4_on_binary_indicator_var =g= -408.12676031366874;
e5086_.. - 1*pre_1_74_4 + 1*post_1_74_4 + 816.2535206273375*relu_1_74_4_on_binary_indicator_var =l= 816.2535206273375;
e5087_.. + 1*post_1_74_4 =g= 0;
e5088_.. + 1*post_1_74_4 + 408.12676031366874*relu_1_74_4_off_binary_indicator_var =l= 408.12676031366874;
e5089_.. + 1*pre_1_74_4 + 408.12676031366874*relu_1_74_4_off_binary_indicator_var =l= 408.12676031366874;
relu_1_74_5_above_pre.. + 1*pre_1_74_5 - 1*post_1_74_5 =l= 0;
relu_1_74_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_74_5_on_binary_indicator_var + 1*relu_1_74_5_off_binary_indicator_var =e= 1;
e5092_.. - 1*pre_1_74_5 + 1*post_1_74_5 - 408.12676031366874*relu_1_74_5_on_binary_indicator_var =g= -408.12676031366874;
e5093_.. - 1*pre_1_74_5 + 1*post_1_74_5 + 816.2535206273375*relu_1_74_5_on_binary_indicator_var =l= 816.2535206273375;
e5094_.. + 1*post_1_74_5 =g= 0;
e5095_.. + 1*post_1_74_5 + 408.12676031366874*relu_1_74_5_off_binary_indicator_var =l= 408.12676031366874;
e5096_.. + 1*pre_1_74_5 + 408.12676031366874*relu_1_74_5_off_binary_indicator_var =l= 408.12676031366874;
relu_1_74_6_above_pre.. + 1*pre_1_74_6 - 1*post_1_74_6 =l= 0;
relu_1_74_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_74_6_on_binary_indicator_var + 1*relu_1_74_6_off_binary_indicator_var =e= 1;
e5099_.. - 1*pre_1_74_6 + 1*post_1_74_6 - 408.12676031366874*relu_1_74_6_on_binary_indicator_var =g= -408.12676031366874;
e5100_.. - 1*pre_1_74_6 + 1*post_1_74_6 + 816.2535206273375*relu_1_74_6_on_binary_indicator_var =l= 816.2535206273375;
e5101_.. + 1*post_1_74_6 =g= 0;
e5102_.. + 1*post_1_74_6 + 408.12676031366874*relu_1_74_6_off_binary_indicator_var =l= 408.12676031366874;
e5103_.. + 1*pre_1_74_6 + 408.12676031366874*relu_1_74_6_off_binary_indicator_var =l= 408.12676031366874;
relu_1_74_7_above_pre.. + 1*pre_1_74_7 - 1*post_1_74_7 =l= 0;
relu_1_74_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_74_7_on_binary_indicator_var + 1*relu_1_74_7_off_binary_indicator_var =e= 1;
e5106_.. - 1*pre_1_74_7 + 1*post_1_74_7 - 408.12676031366874*relu_1_74_7_on_binary_indicator_var =g= -408.12676031366874;
e5107_.. - 1*pre_1_74_7 + 1*post_1_74_7 + 816.2535206273375*relu_1_74_7_on_binary_indicator_var =l= 816.2535206273375;
e5108_.. + 1*post_1_74_7 =g= 0;
e5109_.. + 1*post_1_74_7 + 408.12676031366874*relu_1_74_7_off_binary_indicator_var =l= 408.12676031366874;
e5110_.. + 1*pre_1_74_7 + 408.12676031366874*relu_1_74_7_off_binary_indicator_var =l= 408.12676031366874;
relu_1_75_0_above_pre.. + 1*pre_1_75_0 - 1*post_1_75_0 =l= 0;
relu_1_75_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_75_0_on_binary_indicator_var + 1*relu_1_75_0_off_binary_indicator_var =e= 1;
e5113_.. - 1*pre_1_75_0 + 1*post_1_75_0 - 380.1294103783832*relu_1_75_0_on_binary_indicator_var =g= -380.1294103783832;
e5114_.. - 1*pre_1_75_0 + 1*post_1_75_0 + 760.2588207567665*relu_1_75_0_on_binary_indicator_var =l= 760.2588207567665;
e5115_.. + 1*post_1_75_0 =g= 0;
e5116_.. + 1*post_1_75_0 + 380.1294103783832*relu_1_75_0_off_binary_indicator_var =l= 380.1294103783832;
e5117_.. + 1*pre_1_75_0 + 380.1294103783832*relu_1_75_0_off_binary_indicator_var =l= 380.1294103783832;
relu_1_75_1_above_pre.. + 1*pre_1_75_1 - 1*post_1_75_1 =l= 0;
relu_1_75_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_75_1_on_binary_indicator_var + 1*relu_1_75_1_off_binary_indicator_var =e= 1;
e5120_.. - 1*pre_1_75_1 + 1*post_1_75_1 - 380.1294103783832*relu_1_75_1_on_binary_indicator_var =g= -380.1294103783832;
e5121_.. - 1*pre_1_75_1 + 1*post_1_75_1 + 760.2588207567665*relu_1_75_1_on_binary_indicator_var =l= 760.2588207567665;
e5122_.. + 1*post_1_75_1 =g= 0;
e5123_.. + 1*post_1_75_1 + 380.1294103783832*relu_1_75_1_off_binary_indicator_var =l= 380.1294103783832;
e5124_.. + 1*pre_1_75_1 + 380.1294103783832*relu_1_75_1_off_binary_indicator_var =l= 380.1294103783832;
relu_1_75_2_above_pre.. + 1*pre_1_75_2 - 1*post_1_75_2 =l= 0;
relu_1_75_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_75_2_on_binary_indicator_var + 1*relu_1_75_2_off_binary_indicator_var =e= 1;
e5127_.. - 1*pre_1_75_2 + 1*post_1_75_2 - 380.1294103783832*relu_1_75_2_on_binary_indicator_var =g= -380.1294103783832;
e5128_.. - 1*pre_1_75_2 + 1*post_1_75_2 + 760.2588207567665*relu_1_75_2_on_binary_indicator_var =l= 760.2588207567665;
e5129_.. + 1*post_1_75_2 =g= 0;
e5130_.. + 1*post_1_75_2 + 380.1294103783832*relu_1_75_2_off_binary_indicator_var =l= 380.1294103783832;
e5131_.. + 1*pre_1_75_2 + 380.1294103783832*relu_1_75_2_off_binary_indicator_var =l= 380.1294103783832;
relu_1_75_3_above_pre.. + 1*pre_1_75_3 - 1*post_1_75_3 =l= 0;
relu_1_75_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_75_3_on_binary_indicator_var + 1*relu_1_75_3_off_binary_indicator_var =e= 1;
e5134_.. - 1*pre_1_75_3 + 1*post_1_75_3 - 380.1294103783832*relu_1_75_3_on_binary_indicator_var =g= -380.1294103783832;
e5135_.. - 1*pre_1_75_3 + 1*post_1_75_3 + 760.2588207567665*relu_1_75_3_on_binary_indicator_var =l= 760.2588207567665;
e5136_.. + 1*post_1_75_3 =g= 0;
e5137_.. + 1*post_1_75_3 + 380.1294103783832*relu_1_75_3_off_binary_indicator_var =l= 380.1294103783832;
e5138_.. + 1*pre_1_75_3 + 380.1294103783832*relu_1_75_3_off_binary_indicator_var =l= 380.1294103783832;
relu_1_75_4_above_pre.. + 1*pre_1_75_4 - 1*post_1_75_4 =l= 0;
relu_1_75_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_75_4_on_binary_indicator_var + 1*relu_1_75_4_off_binary_indicator_var =e= 1;
e5141_.. - 1*pre_1_75_4 + 1*post_1_75_4 - 380.1294103783832*relu_1_75_4_on_binary_indicator_var =g= -380.1294103783832;
e5142_.. - 1*pre_1_75_4 + 1*post_1_75_4 + 760.2588207567665*relu_1_75_4_on_binary_indicator_var =l= 760.2588207567665;
e5143_.. + 1*post_1_75_4 =g= 0;
e5144_.. + 1*post_1_75_4 + 380.1294103783832*relu_1_75_4_off_binary_indicator_var =l= 380.1294103783832;
e5145_.. + 1*pre_1_75_4 + 380.1294103783832*relu_1_75_4_off_binary_indicator_var =l= 380.1294103783832;
relu_1_75_5_above_pre.. + 1*pre_1_75_5 - 1*post_1_75_5 =l= 0;
relu_1_75_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_75_5_on_binary_indicator_var + 1*relu_1_75_5_off_binary_indicator_var =e= 1;
e5148_.. - 1*pre_1_75_5 + 1*post_1_75_5 - 380.1294103783832*relu_1_75_5_on_binary_indicator_var =g= -380.1294103783832;
e5149_.. - 1*pre_1_75_5 + 1*post_1_75_5 + 760.2588207567665*relu_1_75_5_on_binary_indicator_var =l= 760.2588207567665;
e5150_.. + 1*post_1_75_5 =g= 0;
e5151_.. + 1*post_1_75_5 + 380.1294103783832*relu_1_75_5_off_binary_indicator_var =l= 380.1294103783832;
e5152_.. + 1*pre_1_75_5 + 380.1294103783832*relu_1_75_5_off_binary_indicator_var =l= 380.1294103783832;
relu_1_75_6_above_pre.. + 1*pre_1_75_6 - 1*post_1_75_6 =l= 0;
relu_1_75_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_75_6_on_binary_indicator_var + 1*relu_1_75_6_off_binary_indicator_var =e= 1;
e5155_.. - 1*pre_1_75_6 + 1*post_1_75_6 - 380.1294103783832*relu_1_75_6_on_binary_indicator_var =g= -380.1294103783832;
e5156_.. - 1*pre_1_75_6 + 1*post_1_75_6 + 760.2588207567665*relu_1_75_6_on_binary_indicator_var =l= 760.2588207567665;
e5157_.. + 1*post_1_75_6 =g= 0;
e5158_.. + 1*post_1_75_6 + 380.1294103783832*relu_1_75_6_off_binary_indicator_var =l= 380.1294103783832;
e5159_.. + 1*pre_1_75_6 + 380.1294103783832*relu_1_75_6_off_binary_indicator_var =l= 380.1294103783832;
relu_1_75_7_above_pre.. + 1*pre_1_75_7 - 1*post_1_75_7 =l= 0;
relu_1_75_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_75_7_on_binary_indicator_var + 1*relu_1_75_7_off_binary_indicator_var =e= 1;
e5162_.. - 1*pre_1_75_7 + 1*post_1_75_7 - 380.1294103783832*relu_1_75_7_on_binary_indicator_var =g= -380.1294103783832;
e5163_.. - 1*pre_1_75_7 + 1*post_1_75_7 + 760.2588207567665*relu_1_75_7_on_binary_indicator_var =l= 760.2588207567665;
e5164_.. + 1*post_1_75_7 =g= 0;
e5165_.. + 1*post_1_75_7 + 380.1294103783832*relu_1_75_7_off_binary_indicator_var =l= 380.1294103783832;
e5166_.. + 1*pre_1_75_7 + 380.1294103783832*relu_1_75_7_off_binary_indicator_var =l= 380.1294103783832;
relu_1_76_0_above_pre.. + 1*pre_1_76_0 - 1*post_1_76_0 =l= 0;
relu_1_76_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_76_0_on_binary_indicator_var + 1*relu_1_76_0_off_binary_indicator_var =e= 1;
e5169_.. - 1*pre_1_76_0 + 1*post_1_76_0 - 394.242100789349*relu_1_76_0_on_binary_indicator_var =g= -394.242100789349;
e5170_.. - 1*pre_1_76_0 + 1*post_1_76_0 + 788.484201578698*relu_1_76_0_on_binary_indicator_var =l= 788.484201578698;
e5171_.. + 1*post_1_76_0 =g= 0;
e5172_.. + 1*post_1_76_0 + 394.242100789349*relu_1_76_0_off_binary_indicator_var =l= 394.242100789349;
e5173_.. + 1*pre_1_76_0 + 394.242100789349*relu_1_76_0_off_binary_indicator_var =l= 394.242100789349;
relu_1_76_1_above_pre.. + 1*pre_1_76_1 - 1*post_1_76_1 =l= 0;
relu_1_76_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_76_1_on_binary_indicator_var + 1*relu_1_76_1_off_binary_indicator_var =e= 1;
e5176_.. - 1*pre_1_76_1 + 1*post_1_76_1 - 394.242100789349*relu_1_76_1_on_binary_indicator_var =g= -394.242100789349;
e5177_.. - 1*pre_1_76_1 + 1*post_1_76_1 + 788.484201578698*relu_1_76_1_on_binary_indicator_var =l= 788.484201578698;
e5178_.. + 1*post_1_76_1 =g= 0;
e5179_.. + 1*post_1_76_1 + 394.242100789349*relu_1_76_1_off_binary_indicator_var =l= 394.242100789349;
e5180_.. + 1*pre_1_76_1 + 394.242100789349*relu_1_76_1_off_binary_indicator_var =l= 394.242100789349;
relu_1_76_2_above_pre.. + 1*pre_1_76_2 - 1*post_1_76_2 =l= 0;
relu_1_76_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_76_2_on_binary_indicator_var + 1*relu_1_76_2_off_binary_indicator_var =e= 1;
e5183_.. - 1*pre_1_76_2 + 1*post_1_76_2 - 394.242100789349*relu_1_76_2_on_binary_indicator_var =g= -394.242100789349;
e5184_.. - 1*pre_1_76_2 + 1*post_1_76_2 + 788.484201578698*relu_1_76_2_on_binary_indicator_var =l= 788.484201578698;
e5185_.. + 1*post_1_76_2 =g= 0;
e5186_.. + 1*post_1_76_2 + 394.242100789349*relu_1_76_2_off_binary_indicator_var =l= 394.242100789349;
e5187_.. + 1*pre_1_76_2 + 394.242100789349*relu_1_76_2_off_binary_indicator_var =l= 394.242100789349;
relu_1_76_3_above_pre.. + 1*pre_1_76_3 - 1*post_1_76_3 =l= 0;
relu_1_76_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_76_3_on_binary_indicator_var + 1*relu_1_76_3_off_binary_indicator_var =e= 1;
e5190_.. - 1*pre_1_76_3 + 1*post_1_76_3 - 394.242100789349*relu_1_76_3_on_binary_indicator_var =g= -394.242100789349;
e5191_.. - 1*pre_1_76_3 + 1*post_1_76_3 + 788.484201578698*relu_1_76_3_on_binary_indicator_var =l= 788.484201578698;
e5192_.. + 1*post_1_76_3 =g= 0;
e5193_.. + 1*post_1_76_3 + 394.242100789349*relu_1_76_3_off_binary_indicator_var =l= 394.242100789349;
e5194_.. + 1*pre_1_76_3 + 394.242100789349*relu_1_76_3_off_binary_indicator_var =l= 394.242100789349;
relu_1_76_4_above_pre.. + 1*pre_1_76_4 - 1*post_1_76_4 =l= 0;
relu_1_76_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_76_4_on_binary_indicator_var + 1*relu_1_76_4_off_binary_indicator_var =e= 1;
e5197_.. - 1*pre_1_76_4 + 1*post_1_76_4 - 394.242100789349*relu_1_76_4_on_binary_indicator_var =g= -394.242100789349;
e5198_.. - 1*pre_1_76_4 + 1*post_1_76_4 + 788.484201578698*relu_1_76_4_on_binary_indicator_var =l= 788.484201578698;
e5199_.. + 1*post_1_76_4 =g= 0;
e5200_.. + 1*post_1_76_4 + 394.242100789349*relu_1_76_4_off_binary_indicator_var =l= 394.242100789349;
e5201_.. + 1*pre_1_76_4 + 394.242100789349*relu_1_76_4_off_binary_indicator_var =l= 394.242100789349;
relu_1_76_5_above_pre.. + 1*pre_1_76_5 - 1*post_1_76_5 =l= 0;
relu_1_76_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_76_5_on_binary_indicator_var + 1*relu_1_76_5_off_binary_indicator_var =e= 1;
e5204_.. - 1*pre_1_76_5 + 1*post_1_76_5 - 394.242100789349*relu_1_76_5_on_binary_indicator_var =g= -394.242100789349;
e5205_.. - 1*pre_1_76_5 + 1*post_1_76_5 + 788.484201578698*relu_1_76_5_on_binary_indicator_var =l= 788.484201578698;
e5206_.. + 1*post_1_76_5 =g= 0;
e5207_.. + 1*post_1_76_5 + 394.242100789349*relu_1_76_5_off_binary_indicator_var =l= 394.242100789349;
e5208_.. + 1*pre_1_76_5 + 394.242100789349*relu_1_76_5_off_binary_indicator_var =l= 394.242100789349;
relu_1_76_6_above_pre.. + 1*pre_1_76_6 - 1*post_1_76_6 =l= 0;
relu_1_76_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_76_6_on_binary_indicator_var + 1*relu_1_76_6_off_binary_indicator_var =e= 1;
e5211_.. - 1*pre_1_76_6 + 1*post_1_76_6 - 394.242100789349*relu_1_76_6_on_binary_indicator_var =g= -394.242100789349;
e5212_.. - 1*pre_1_76_6 + 1*post_1_76_6 + 788.484201578698*relu_1_76_6_on_binary_indicator_var =l= 788.484201578698;
e5213_.. + 1*post_1_76_6 =g= 0;
e5214_.. + 1*post_1_76_6 + 394.242100789349*relu_1_76_6_off_binary_indicator_var =l= 394.242100789349;
e5215_.. + 1*pre_1_76_6 + 394.242100789349*relu_1_76_6_off_binary_indicator_var =l= 394.242100789349;
relu_1_76_7_above_pre.. + 1*pre_1_76_7 - 1*post_1_76_7 =l= 0;
relu_1_76_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_76_7_on_binary_indicator_var + 1*relu_1_76_7_off_binary_indicator_var =e= 1;
e5218_.. - 1*pre_1_76_7 + 1*post_1_76_7 - 394.242100789349*relu_1_76_7_on_binary_indicator_var =g= -394.242100789349;
e5219_.. - 1*pre_1_76_7 + 1*post_1_76_7 + 788.484201578698*relu_1_76_7_on_binary_indicator_var =l= 788.484201578698;
e5220_.. + 1*post_1_76_7 =g= 0;
e5221_.. + 1*post_1_76_7 + 394.242100789349*relu_1_76_7_off_binary_indicator_var =l= 394.242100789349;
e5222_.. + 1*pre_1_76_7 + 394.242100789349*relu_1_76_7_off_binary_indicator_var =l= 394.242100789349;
relu_1_77_0_above_pre.. + 1*pre_1_77_0 - 1*post_1_77_0 =l= 0;
relu_1_77_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_77_0_on_binary_indicator_var + 1*relu_1_77_0_off_binary_indicator_var =e= 1;
e5225_.. - 1*pre_1_77_0 + 1*post_1_77_0 - 408.3547912003149*relu_1_77_0_on_binary_indicator_var =g= -408.3547912003149;
e5226_.. - 1*pre_1_77_0 + 1*post_1_77_0 + 816.7095824006298*relu_1_77_0_on_binary_indicator_var =l= 816.7095824006298;
e5227_.. + 1*post_1_77_0 =g= 0;
e5228_.. + 1*post_1_77_0 + 408.3547912003149*relu_1_77_0_off_binary_indicator_var =l= 408.3547912003149;
e5229_.. + 1*pre_1_77_0 + 408.3547912003149*relu_1_77_0_off_binary_indicator_var =l= 408.3547912003149;
relu_1_77_1_above_pre.. + 1*pre_1_77_1 - 1*post_1_77_1 =l= 0;
relu_1_77_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_77_1_on_binary_indicator_var + 1*relu_1_77_1_off_binary_indicator_var =e= 1;
e5232_.. - 1*pre_1_77_1 + 1*post_1_77_1 - 408.3547912003149*relu_1_77_1_on_binary_indicator_var =g= -408.3547912003149;
e5233_.. - 1*pre_1_77_1 + 1*post_1_77_1 + 816.7095824006298*relu_1_77_1_on_binary_indicator_var =l= 816.7095824006298;
e5234_.. + 1*post_1_77_1 =g= 0;
e5235_.. + 1*post_1_77_1 + 408.3547912003149*relu_1_77_1_off_binary_indicator_var =l= 408.3547912003149;
e5236_.. + 1*pre_1_77_1 + 408.3547912003149*relu_1_77_1_off_binary_indicator_var =l= 408.3547912003149;
relu_1_77_2_above_pre.. + 1*pre_1_77_2 - 1*post_1_77_2 =l= 0;
relu_1_77_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_77_2_on_binary_indicator_var + 1*relu_1_77_2_off_binary_indicator_var =e= 1;
e5239_.. - 1*pre_1_77_2 + 1*post_1_77_2 - 408.3547912003149*relu_1_77_2_on_binary_indicator_var =g= -408.3547912003149;
e5240_.. - 1*pre_1_77_2 + 1*post_1_77_2 + 816.7095824006298*relu_1_77_2_on_binary_indicator_var =l= 816.7095824006298;
e5241_.. + 1*post_1_77_2 =g= 0;
e5242_.. + 1*post_1_77_2 + 408.3547912003149*relu_1_77_2_off_binary_indicator_var =l= 408.3547912003149;
e5243_.. + 1*pre_1_77_2 + 408.3547912003149*relu_1_77_2_off_binary_indicator_var =l= 408.3547912003149;
relu_1_77_3_above_pre.. + 1*pre_1_77_3 - 1*post_1_77_3 =l= 0;
relu_1_77_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_77_3_on_binary_indicator_var + 1*relu_1_77_3_off_binary_indicator_var =e= 1;
e5246_.. - 1*pre_1_77_3 + 1*post_1_77_3 - 408.3547912003149*relu_1_77_3_on_binary_indicator_var =g= -408.3547912003149;
e5247_.. - 1*pre_1_77_3 + 1*post_1_77_3 + 816.7095824006298*relu_1_77_3_on_binary_indicator_var =l= 816.7095824006298;
e5248_.. + 1*post_1_77_3 =g= 0;
e5249_.. + 1*post_1_77_3 + 408.3547912003149*relu_1_77_3_off_binary_indicator_var =l= 408.3547912003149;
e5250_.. + 1*pre_1_77_3 + 408.3547912003149*relu_1_77_3_off_binary_indicator_var =l= 408.3547912003149;
relu_1_77_4_above_pre.. + 1*pre_1_77_4 - 1*post_1_77_4 =l= 0;
relu_1_77_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_77_4_on_binary_indicator_var + 1*relu_1_77_4_off_binary_indicator_var =e= 1;
e5253_.. - 1*pre_1_77_4 + 1*post_1_77_4 - 408.3547912003149*relu_1_77_4_on_binary_indicator_var =g= -408.3547912003149;
e5254_.. - 1*pre_1_77_4 + 1*post_1_77_4 + 816.7095824006298*relu_1_77_4_on_binary_indicator_var =l= 816.7095824006298;
e5255_.. + 1*post_1_77_4 =g= 0;
e5256_.. + 1*post_1_77_4 + 408.3547912003149*relu_1_77_4_off_binary_indicator_var =l= 408.3547912003149;
e5257_.. + 1*pre_1_77_4 + 408.3547912003149*relu_1_77_4_off_binary_indicator_var =l= 408.3547912003149;
relu_1_77_5_above_pre.. + 1*pre_1_77_5 - 1*post_1_77_5 =l= 0;
relu_1_77_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_77_5_on_binary_indicator_var + 1*relu_1_77_5_off_binary_indicator_var =e= 1;
e5260_.. - 1*pre_1_77_5 + 1*post_1_77_5 - 408.3547912003149*relu_1_77_5_on_binary_indicator_var =g= -408.3547912003149;
e5261_.. - 1*pre_1_77_5 + 1*post_1_77_5 + 816.7095824006298*relu_1_77_5_on_binary_indicator_var =l= 816.7095824006298;
e5262_.. + 1*post_1_77_5 =g= 0;
e5263_.. + 1*post_1_77_5 + 408.3547912003149*relu_1_77_5_off_binary_indicator_var =l= 408.3547912003149;
e5264_.. + 1*pre_1_77_5 + 408.3547912003149*relu_1_77_5_off_binary_indicator_var =l= 408.3547912003149;
relu_1_77_6_above_pre.. + 1*pre_1_77_6 - 1*post_1_77_6 =l= 0;
relu_1_77_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_77_6_on_binary_indicator_var + 1*relu_1_77_6_off_binary_indicator_var =e= 1;
e5267_.. - 1*pre_1_77_6 + 1*post_1_77_6 - 408.3547912003149*relu_1_77_6_on_binary_indicator_var =g= -408.3547912003149;
e5268_.. - 1*pre_1_77_6 + 1*post_1_77_6 + 816.7095824006298*relu_1_77_6_on_binary_indicator_var =l= 816.7095824006298;
e5269_.. + 1*post_1_77_6 =g= 0;
e5270_.. + 1*post_1_77_6 + 408.3547912003149*relu_1_77_6_off_binary_indicator_var =l= 408.3547912003149;
e5271_.. + 1*pre_1_77_6 + 408.3547912003149*relu_1_77_6_off_binary_indicator_var =l= 408.3547912003149;
relu_1_77_7_above_pre.. + 1*pre_1_77_7 - 1*post_1_77_7 =l= 0;
relu_1_77_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_77_7_on_binary_indicator_var + 1*relu_1_77_7_off_binary_indicator_var =e= 1;
e5274_.. - 1*pre_1_77_7 + 1*post_1_77_7 - 408.3547912003149*relu_1_77_7_on_binary_indicator_var =g= -408.3547912003149;
e5275_.. - 1*pre_1_77_7 + 1*post_1_77_7 + 816.7095824006298*relu_1_77_7_on_binary_indicator_var =l= 816.7095824006298;
e5276_.. + 1*post_1_77_7 =g= 0;
e5277_.. + 1*post_1_77_7 + 408.3547912003149*relu_1_77_7_off_binary_indicator_var =l= 408.3547912003149;
e5278_.. + 1*pre_1_77_7 + 408.3547912003149*relu_1_77_7_off_binary_indicator_var =l= 408.3547912003149;
relu_1_78_0_above_pre.. + 1*pre_1_78_0 - 1*post_1_78_0 =l= 0;
relu_1_78_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_78_0_on_binary_indicator_var + 1*relu_1_78_0_off_binary_indicator_var =e= 1;
e5281_.. - 1*pre_1_78_0 + 1*post_1_78_0 - 380.35744126502937*relu_1_78_0_on_binary_indicator_var =g= -380.35744126502937;
e5282_.. - 1*pre_1_78_0 + 1*post_1_78_0 + 760.7148825300587*relu_1_78_0_on_binary_indicator_var =l= 760.7148825300587;
e5283_.. + 1*post_1_78_0 =g= 0;
e5284_.. + 1*post_1_78_0 + 380.35744126502937*relu_1_78_0_off_binary_indicator_var =l= 380.35744126502937;
e5285_.. + 1*pre_1_78_0 + 380.35744126502937*relu_1_78_0_off_binary_indicator_var =l= 380.35744126502937;
relu_1_78_1_above_pre.. + 1*pre_1_78_1 - 1*post_1_78_1 =l= 0;
relu_1_78_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_78_1_on_binary_indicator_var + 1*relu_1_78_1_off_binary_indicator_var =e= 1;
e5288_.. - 1*pre_1_78_1 + 1*post_1_78_1 - 380.35744126502937*relu_1_78_1_on_binary_indicator_var =g= -380.35744126502937;
e5289_.. - 1*pre_1_78_1 + 1*post_1_78_1 + 760.7148825300587*relu_1_78_1_on_binary_indicator_var =l= 760.7148825300587;
e5290_.. + 1*post_1_78_1 =g= 0;
e5291_.. + 1*post_1_78_1 + 380.35744126502937*relu_1_78_1_off_binary_indicator_var =l= 380.35744126502937;
e5292_.. + 1*pre_1_78_1 + 380.35744126502937*relu_1_78_1_off_binary_indicator_var =l= 380.35744126502937;
relu_1_78_2_above_pre.. + 1*pre_1_78_2 - 1*post_1_78_2 =l= 0;
relu_1_78_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_78_2_on_binary_indicator_var + 1*relu_1_78_2_off_binary_indicator_var =e= 1;
e5295_.. - 1*pre_1_78_2 + 1*post_1_78_2 - 380.35744126502937*relu_1_78_2_on_binary_indicator_var =g= -380.35744126502937;
e5296_.. - 1*pre_1_78_2 + 1*post_1_78_2 + 760.7148825300587*relu_1_78_2_on_binary_indicator_var =l= 760.7148825300587;
e5297_.. + 1*post_1_78_2 =g= 0;
e5298_.. + 1*post_1_78_2 + 380.35744126502937*relu_1_78_2_off_binary_indicator_var =l= 380.35744126502937;
e5299_.. + 1*pre_1_78_2 + 380.35744126502937*relu_1_78_2_off_binary_indicator_var =l= 380.35744126502937;
relu_1_78_3_above_pre.. + 1*pre_1_78_3 - 1*post_1_78_3 =l= 0;
relu_1_78_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_78_3_on_binary_indicator_var + 1*relu_1_78_3_off_binary_indicator_var =e= 1;
e5302_.. - 1*pre_1_78_3 + 1*post_1_78_3 - 380.35744126502937*relu_1_78_3_on_binary_indicator_var =g= -380.35744126502937;
e5303_.. - 1*pre_1_78_3 + 1*post_1_78_3 + 760.7148825300587*relu_1_78_3_on_binary_indicator_var =l= 760.7148825300587;
e5304_.. + 1*post_1_78_3 =g= 0;
e5305_.. + 1*post_1_78_3 + 380.35744126502937*relu_1_78_3_off_binary_indicator_var =l= 380.35744126502937;
e5306_.. + 1*pre_1_78_3 + 380.35744126502937*relu_1_78_3_off_binary_indicator_var =l= 380.35744126502937;
relu_1_78_4_above_pre.. + 1*pre_1_78_4 - 1*post_1_78_4 =l= 0;
relu_1_78_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_78_4_on_binary_indicator_var + 1*relu_1_78_4_off_binary_indicator_var =e= 1;
e5309_.. - 1*pre_1_78_4 + 1*post_1_78_4 - 380.35744126502937*relu_1_78_4_on_binary_indicator_var =g= -380.35744126502937;
e5310_.. - 1*pre_1_78_4 + 1*post_1_78_4 + 760.7148825300587*relu_1_78_4_on_binary_indicator_var =l= 760.7148825300587;
e5311_.. + 1*post_1_78_4 =g= 0;
e5312_.. + 1*post_1_78_4 + 380.35744126502937*relu_1_78_4_off_binary_indicator_var =l= 380.35744126502937;
e5313_.. + 1*pre_1_78_4 + 380.35744126502937*relu_1_78_4_off_binary_indicator_var =l= 380.35744126502937;
relu_1_78_5_above_pre.. + 1*pre_1_78_5 - 1*post_1_78_5 =l= 0;
relu_1_78_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_78_5_on_binary_indicator_var + 1*relu_1_78_5_off_binary_indicator_var =e= 1;
e5316_.. - 1*pre_1_78_5 + 1*post_1_78_5 - 380.35744126502937*relu_1_78_5_on_binary_indicator_var =g= -380.35744126502937;
e5317_.. - 1*pre_1_78_5 + 1*post_1_78_5 + 760.7148825300587*relu_1_78_5_on_binary_indicator_var =l= 760.7148825300587;
e5318_.. + 1*post_1_78_5 =g= 0;
e5319_.. + 1*post_1_78_5 + 380.35744126502937*relu_1_78_5_off_binary_indicator_var =l= 380.35744126502937;
e5320_.. + 1*pre_1_78_5 + 380.35744126502937*relu_1_78_5_off_binary_indicator_var =l= 380.35744126502937;
relu_1_78_6_above_pre.. + 1*pre_1_78_6 - 1*post_1_78_6 =l= 0;
relu_1_78_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_78_6_on_binary_indicator_var + 1*relu_1_78_6_off_binary_indicator_var =e= 1;
e5323_.. - 1*pre_1_78_6 + 1*post_1_78_6 - 380.35744126502937*relu_1_78_6_on_binary_indicator_var =g= -380.35744126502937;
e5324_.. - 1*pre_1_78_6 + 1*post_1_78_6 + 760.7148825300587*relu_1_78_6_on_binary_indicator_var =l= 760.7148825300587;
e5325_.. + 1*post_1_78_6 =g= 0;
e5326_.. + 1*post_1_78_6 + 380.35744126502937*relu_1_78_6_off_binary_indicator_var =l= 380.35744126502937;
e5327_.. + 1*pre_1_78_6 + 380.35744126502937*relu_1_78_6_off_binary_indicator_var =l= 380.35744126502937;
relu_1_78_7_above_pre.. + 1*pre_1_78_7 - 1*post_1_78_7 =l= 0;
relu_1_78_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_78_7_on_binary_indicator_var + 1*relu_1_78_7_off_binary_indicator_var =e= 1;
e5330_.. - 1*pre_1_78_7 + 1*post_1_78_7 - 380.35744126502937*relu_1_78_7_on_binary_indicator_var =g= -380.35744126502937;
e5331_.. - 1*pre_1_78_7 + 1*post_1_78_7 + 760.7148825300587*relu_1_78_7_on_binary_indicator_var =l= 760.7148825300587;
e5332_.. + 1*post_1_78_7 =g= 0;
e5333_.. + 1*post_1_78_7 + 380.35744126502937*relu_1_78_7_off_binary_indicator_var =l= 380.35744126502937;
e5334_.. + 1*pre_1_78_7 + 380.35744126502937*relu_1_78_7_off_binary_indicator_var =l= 380.35744126502937;
relu_1_79_0_above_pre.. + 1*pre_1_79_0 - 1*post_1_79_0 =l= 0;
relu_1_79_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_79_0_on_binary_indicator_var + 1*relu_1_79_0_off_binary_indicator_var =e= 1;
e5337_.. - 1*pre_1_79_0 + 1*post_1_79_0 - 394.4701316759952*relu_1_79_0_on_binary_indicator_var =g= -394.4701316759952;
e5338_.. - 1*pre_1_79_0 + 1*post_1_79_0 + 788.9402633519904*relu_1_79_0_on_binary_indicator_var =l= 788.9402633519904;
e5339_.. + 1*post_1_79_0 =g= 0;
e5340_.. + 1*post_1_79_0 + 394.4701316759952*relu_1_79_0_off_binary_indicator_var =l= 394.4701316759952;
e5341_.. + 1*pre_1_79_0 + 394.4701316759952*relu_1_79_0_off_binary_indicator_var =l= 394.4701316759952;
relu_1_79_1_above_pre.. + 1*pre_1_79_1 - 1*post_1_79_1 =l= 0;
relu_1_79_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_79_1_on_binary_indicator_var + 1*relu_1_79_1_off_binary_indicator_var =e= 1;
e5344_.. - 1*pre_1_79_1 + 1*post_1_79_1 - 394.4701316759952*relu_1_79_1_on_binary_indicator_var =g= -394.4701316759952;
e5345_.. - 1*pre_1_79_1 + 1*post_1_79_1 + 788.9402633519904*relu_1_79_1_on_binary_indicator_var =l= 788.9402633519904;
e5346_.. + 1*post_1_79_1 =g= 0;
e5347_.. + 1*post_1_79_1 + 394.4701316759952*relu_1_79_1_off_binary_indicator_var =l= 394.4701316759952;
e5348_.. + 1*pre_1_79_1 + 394.4701316759952*relu_1_79_1_off_binary_indicator_var =l= 394.4701316759952;
relu_1_79_2_above_pre.. + 1*pre_1_79_2 - 1*post_1_79_2 =l= 0;
relu_1_79_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_79_2_on_binary_indicator_var + 1*relu_1_79_2_off_binary_indicator_var =e= 1;
e5351_.. - 1*pre_1_79_2 + 1*post_1_79_2 - 394.4701316759952*relu_1_79_2_on_binary_indicator_var =g= -394.4701316759952;
e5352_.. - 1*pre_1_79_2 + 1*post_1_79_2 + 788.9402633519904*relu_1_79_2_on_binary_indicator_var =l= 788.9402633519904;
e5353_.. + 1*post_1_79_2 =g= 0;
e5354_.. + 1*post_1_79_2 + 394.4701316759952*relu_1_79_2_off_binary_indicator_var =l= 394.4701316759952;
e5355_.. + 1*pre_1_79_2 + 394.4701316759952*relu_1_79_2_off_binary_indicator_var =l= 394.4701316759952;
relu_1_79_3_above_pre.. + 1*pre_1_79_3 - 1*post_1_79_3 =l= 0;
relu_1_79_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_79_3_on_binary_indicator_var + 1*relu_1_79_3_off_binary_indicator_var =e= 1;
e5358_.. - 1*pre_1_79_3 + 1*post_1_79_3 - 394.4701316759952*relu_1_79_3_on_binary_indicator_var =g= -394.4701316759952;
e5359_.. - 1*pre_1_79_3 + 1*post_1_79_3 + 788.9402633519904*relu_1_79_3_on_binary_indicator_var =l= 788.9402633519904;
e5360_.. + 1*post_1_79_3 =g= 0;
e5361_.. + 1*post_1_79_3 + 394.4701316759952*relu_1_79_3_off_binary_indicator_var =l= 394.4701316759952;
e5362_.. + 1*pre_1_79_3 + 394.4701316759952*relu_1_79_3_off_binary_indicator_var =l= 394.4701316759952;
relu_1_79_4_above_pre.. + 1*pre_1_79_4 - 1*post_1_79_4 =l= 0;
relu_1_79_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_79_4_on_binary_indicator_var + 1*relu_1_79_4_off_binary_indicator_var =e= 1;
e5365_.. - 1*pre_1_79_4 + 1*post_1_79_4 - 394.4701316759952*relu_1_79_4_on_binary_indicator_var =g= -394.4701316759952;
e5366_.. - 1*pre_1_79_4 + 1*post_1_79_4 + 788.9402633519904*relu_1_79_4_on_binary_indicator_var =l= 788.9402633519904;
e5367_.. + 1*post_1_79_4 =g= 0;
e5368_.. + 1*post_1_79_4 + 394.4701316759952*relu_1_79_4_off_binary_indicator_var =l= 394.4701316759952;
e5369_.. + 1*pre_1_79_4 + 394.4701316759952*relu_1_79_4_off_binary_indicator_var =l= 394.4701316759952;
relu_1_79_5_above_pre.. + 1*pre_1_79_5 - 1*post_1_79_5 =l= 0;
relu_1_79_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_79_5_on_binary_indicator_var + 1*relu_1_79_5_off_binary_indicator_var =e= 1;
e5372_.. - 1*pre_1_79_5 + 1*post_1_79_5 - 394.4701316759952*relu_1_79_5_on_binary_indicator_var =g= -394.4701316759952;
e5373_.. - 1*pre_1_79_5 + 1*post_1_79_5 + 788.9402633519904*relu_1_79_5_on_binary_indicator_var =l= 788.9402633519904;
e5374_.. + 1*post_1_79_5 =g= 0;
e5375_.. + 1*post_1_79_5 + 394.4701316759952*relu_1_79_5_off_binary_indicator_var =l= 394.4701316759952;
e5376_.. + 1*pre_1_79_5 + 394.4701316759952*relu_1_79_5_off_binary_indicator_var =l= 394.4701316759952;
relu_1_79_6_above_pre.. + 1*pre_1_79_6 - 1*post_1_79_6 =l= 0;
relu_1_79_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_79_6_on_binary_indicator_var + 1*relu_1_79_6_off_binary_indicator_var =e= 1;
e5379_.. - 1*pre_1_79_6 + 1*post_1_79_6 - 394.4701316759952*relu_1_79_6_on_binary_indicator_var =g= -394.4701316759952;
e5380_.. - 1*pre_1_79_6 + 1*post_1_79_6 + 788.9402633519904*relu_1_79_6_on_binary_indicator_var =l= 788.9402633519904;
e5381_.. + 1*post_1_79_6 =g= 0;
e5382_.. + 1*post_1_79_6 + 394.4701316759952*relu_1_79_6_off_binary_indicator_var =l= 394.4701316759952;
e5383_.. + 1*pre_1_79_6 + 394.4701316759952*relu_1_79_6_off_binary_indicator_var =l= 394.4701316759952;
relu_1_79_7_above_pre.. + 1*pre_1_79_7 - 1*post_1_79_7 =l= 0;
relu_1_79_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_79_7_on_binary_indicator_var + 1*relu_1_79_7_off_binary_indicator_var =e= 1;
e5386_.. - 1*pre_1_79_7 + 1*post_1_79_7 - 394.4701316759952*relu_1_79_7_on_binary_indicator_var =g= -394.4701316759952;
e5387_.. - 1*pre_1_79_7 + 1*post_1_79_7 + 788.9402633519904*relu_1_79_7_on_binary_indicator_var =l= 788.9402633519904;
e5388_.. + 1*post_1_79_7 =g= 0;
e5389_.. + 1*post_1_79_7 + 394.4701316759952*relu_1_79_7_off_binary_indicator_var =l= 394.4701316759952;
e5390_.. + 1*pre_1_79_7 + 394.4701316759952*relu_1_79_7_off_binary_indicator_var =l= 394.4701316759952;
relu_1_80_0_above_pre.. + 1*pre_1_80_0 - 1*post_1_80_0 =l= 0;
relu_1_80_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_80_0_on_binary_indicator_var + 1*relu_1_80_0_off_binary_indicator_var =e= 1;
e5393_.. - 1*pre_1_80_0 + 1*post_1_80_0 - 408.58282208696096*relu_1_80_0_on_binary_indicator_var =g= -408.58282208696096;
e5394_.. - 1*pre_1_80_0 + 1*post_1_80_0 + 817.1656441739219*relu_1_80_0_on_binary_indicator_var =l= 817.1656441739219;
e5395_.. + 1*post_1_80_0 =g= 0;
e5396_.. + 1*post_1_80_0 + 408.58282208696096*relu_1_80_0_off_binary_indicator_var =l= 408.58282208696096;
e5397_.. + 1*pre_1_80_0 + 408.58282208696096*relu_1_80_0_off_binary_indicator_var =l= 408.58282208696096;
relu_1_80_1_above_pre.. + 1*pre_1_80_1 - 1*post_1_80_1 =l= 0;
relu_1_80_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_80_1_on_binary_indicator_var + 1*relu_1_80_1_off_binary_indicator_var =e= 1;
e5400_.. - 1*pre_1_80_1 + 1*post_1_80_1 - 408.58282208696096*relu_1_80_1_on_binary_indicator_var =g= -408.58282208696096;
e5401_.. - 1*pre_1_80_1 + 1*post_1_80_1 + 817.1656441739219*relu_1_80_1_on_binary_indicator_var =l= 817.1656441739219;
e5402_.. + 1*post_1_80_1 =g= 0;
e5403_.. + 1*post_1_80_1 + 408.58282208696096*relu_1_80_1_off_binary_indicator_var =l= 408.58282208696096;
e5404_.. + 1*pre_1_80_1 + 408.58282208696096*relu_1_80_1_off_binary_indicator_var =l= 408.58282208696096;
relu_1_80_2_above_pre.. + 1*pre_1_80_2 - 1*post_1_80_2 =l= 0;
relu_1_80_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_80_2_on_binary_indicator_var + 1*relu_1_80_2_off_binary_indicator_var =e= 1;
e5407_.. - 1*pre_1_80_2 + 1*post_1_80_2 - 408.58282208696096*relu_1_80_2_on_binary_indicator_var =g= -408.58282208696096;
e5408_.. - 1*pre_1_80_2 + 1*post_1_80_2 + 817.1656441739219*relu_1_80_2_on_binary_indicator_var =l= 817.1656441739219;
e5409_.. + 1*post_1_80_2 =g= 0;
e5410_.. + 1*post_1_80_2 + 408.58282208696096*relu_1_80_2_off_binary_indicator_var =l= 408.58282208696096;
e5411_.. + 1*pre_1_80_2 + 408.58282208696096*relu_1_80_2_off_binary_indicator_var =l= 408.58282208696096;
relu_1_80_3_above_pre.. + 1*pre_1_80_3 - 1*post_1_80_3 =l= 0;
relu_1_80_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_80_3_on_binary_indicator_var + 1*relu_1_80_3_off_binary_indicator_var =e= 1;
e5414_.. - 1*pre_1_80_3 + 1*post_1_80_3 - 408.58282208696096*relu_1_80_3_on_binary_indicator_var =g= -408.58282208696096;
e5415_.. - 1*pre_1_80_3 + 1*post_1_80_3 + 817.1656441739219*relu_1_80_3_on_binary_indicator_var =l= 817.1656441739219;
e5416_.. + 1*post_1_80_3 =g= 0;
e5417_.. + 1*post_1_80_3 + 408.58282208696096*relu_1_80_3_off_binary_indicator_var =l= 408.58282208696096;
e5418_.. + 1*pre_1_80_3 + 408.58282208696096*relu_1_80_3_off_binary_indicator_var =l= 408.58282208696096;
relu_1_80_4_above_pre.. + 1*pre_1_80_4 - 1*post_1_80_4 =l= 0;
relu_1_80_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_80_4_on_binary_indicator_var + 1*relu_1_80_4_off_binary_indicator_var =e= 1;
e5421_.. - 1*pre_1_80_4 + 1*post_1_80_4 - 408.58282208696096*relu_1_80_4_on_binary_indicator_var =g= -408.58282208696096;
e5422_.. - 1*pre_1_80_4 + 1*post_1_80_4 + 817.1656441739219*relu_1_80_4_on_binary_indicator_var =l= 817.1656441739219;
e5423_.. + 1*post_1_80_4 =g= 0;
e5424_.. + 1*post_1_80_4 + 408.58282208696096*relu_1_80_4_off_binary_indicator_var =l= 408.58282208696096;
e5425_.. + 1*pre_1_80_4 + 408.58282208696096*relu_1_80_4_off_binary_indicator_var =l= 408.58282208696096;
relu_1_80_5_above_pre.. + 1*pre_1_80_5 - 1*post_1_80_5 =l= 0;
relu_1_80_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_80_5_on_binary_indicator_var + 1*relu_1_80_5_off_binary_indicator_var =e= 1;
e5428_.. - 1*pre_1_80_5 + 1*post_1_80_5 - 408.58282208696096*relu_1_80_5_on_binary_indicator_var =g= -408.58282208696096;
e5429_.. - 1*pre_1_80_5 + 1*post_1_80_5 + 817.1656441739219*relu_1_80_5_on_binary_indicator_var =l= 817.1656441739219;
e5430_.. + 1*post_1_80_5 =g= 0;
e5431_.. + 1*post_1_80_5 + 408.58282208696096*relu_1_80_5_off_binary_indicator_var =l= 408.58282208696096;
e5432_.. + 1*pre_1_80_5 + 408.58282208696096*relu_1_80_5_off_binary_indicator_var =l= 408.58282208696096;
relu_1_80_6_above_pre.. + 1*pre_1_80_6 - 1*post_1_80_6 =l= 0;
relu_1_80_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_80_6_on_binary_indicator_var + 1*relu_1_80_6_off_binary_indicator_var =e= 1;
e5435_.. - 1*pre_1_80_6 + 1*post_1_80_6 - 408.58282208696096*relu_1_80_6_on_binary_indicator_var =g= -408.58282208696096;
e5436_.. - 1*pre_1_80_6 + 1*post_1_80_6 + 817.1656441739219*relu_1_80_6_on_binary_indicator_var =l= 817.1656441739219;
e5437_.. + 1*post_1_80_6 =g= 0;
e5438_.. + 1*post_1_80_6 + 408.58282208696096*relu_1_80_6_off_binary_indicator_var =l= 408.58282208696096;
e5439_.. + 1*pre_1_80_6 + 408.58282208696096*relu_1_80_6_off_binary_indicator_var =l= 408.58282208696096;
relu_1_80_7_above_pre.. + 1*pre_1_80_7 - 1*post_1_80_7 =l= 0;
relu_1_80_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_80_7_on_binary_indicator_var + 1*relu_1_80_7_off_binary_indicator_var =e= 1;
e5442_.. - 1*pre_1_80_7 + 1*post_1_80_7 - 408.58282208696096*relu_1_80_7_on_binary_indicator_var =g= -408.58282208696096;
e5443_.. - 1*pre_1_80_7 + 1*post_1_80_7 + 817.1656441739219*relu_1_80_7_on_binary_indicator_var =l= 817.1656441739219;
e5444_.. + 1*post_1_80_7 =g= 0;
e5445_.. + 1*post_1_80_7 + 408.58282208696096*relu_1_80_7_off_binary_indicator_var =l= 408.58282208696096;
e5446_.. + 1*pre_1_80_7 + 408.58282208696096*relu_1_80_7_off_binary_indicator_var =l= 408.58282208696096;
relu_1_81_0_above_pre.. + 1*pre_1_81_0 - 1*post_1_81_0 =l= 0;
relu_1_81_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_81_0_on_binary_indicator_var + 1*relu_1_81_0_off_binary_indicator_var =e= 1;
e5449_.. - 1*pre_1_81_0 + 1*post_1_81_0 - 381.49759569826*relu_1_81_0_on_binary_indicator_var =g= -381.49759569826;
e5450_.. - 1*pre_1_81_0 + 1*post_1_81_0 + 762.99519139652*relu_1_81_0_on_binary_indicator_var =l= 762.99519139652;
e5451_.. + 1*post_1_81_0 =g= 0;
e5452_.. + 1*post_1_81_0 + 381.49759569826*relu_1_81_0_off_binary_indicator_var =l= 381.49759569826;
e5453_.. + 1*pre_1_81_0 + 381.49759569826*relu_1_81_0_off_binary_indicator_var =l= 381.49759569826;
relu_1_81_1_above_pre.. + 1*pre_1_81_1 - 1*post_1_81_1 =l= 0;
relu_1_81_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_81_1_on_binary_indicator_var + 1*relu_1_81_1_off_binary_indicator_var =e= 1;
e5456_.. - 1*pre_1_81_1 + 1*post_1_81_1 - 381.49759569826*relu_1_81_1_on_binary_indicator_var =g= -381.49759569826;
e5457_.. - 1*pre_1_81_1 + 1*post_1_81_1 + 762.99519139652*relu_1_81_1_on_binary_indicator_var =l= 762.99519139652;
e5458_.. + 1*post_1_81_1 =g= 0;
e5459_.. + 1*post_1_81_1 + 381.49759569826*relu_1_81_1_off_binary_indicator_var =l= 381.49759569826;
e5460_.. + 1*pre_1_81_1 + 381.49759569826*relu_1_81_1_off_binary_indicator_var =l= 381.49759569826;
relu_1_81_2_above_pre.. + 1*pre_1_81_2 - 1*post_1_81_2 =l= 0;
relu_1_81_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_81_2_on_binary_indicator_var + 1*relu_1_81_2_off_binary_indicator_var =e= 1;
e5463_.. - 1*pre_1_81_2 + 1*post_1_81_2 - 381.49759569826*relu_1_81_2_on_binary_indicator_var =g= -381.49759569826;
e5464_.. - 1*pre_1_81_2 + 1*post_1_81_2 + 762.99519139652*relu_1_81_2_on_binary_indicator_var =l= 762.99519139652;
e5465_.. + 1*post_1_81_2 =g= 0;
e5466_.. + 1*post_1_81_2 + 381.49759569826*relu_1_81_2_off_binary_indicator_var =l= 381.49759569826;
e5467_.. + 1*pre_1_81_2 + 381.49759569826*relu_1_81_2_off_binary_indicator_var =l= 381.49759569826;
relu_1_81_3_above_pre.. + 1*pre_1_81_3 - 1*post_1_81_3 =l= 0;
relu_1_81_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_81_3_on_binary_indicator_var + 1*relu_1_81_3_off_binary_indicator_var =e= 1;
e5470_.. - 1*pre_1_81_3 + 1*post_1_81_3 - 381.49759569826*relu_1_81_3_on_binary_indicator_var =g= -381.49759569826;
e5471_.. - 1*pre_1_81_3 + 1*post_1_81_3 + 762.99519139652*relu_1_81_3_on_binary_indicator_var =l= 762.99519139652;
e5472_.. + 1*post_1_81_3 =g= 0;
e5473_.. + 1*post_1_81_3 + 381.49759569826*relu_1_81_3_off_binary_indicator_var =l= 381.49759569826;
e5474_.. + 1*pre_1_81_3 + 381.49759569826*relu_1_81_3_off_binary_indicator_var =l= 381.49759569826;
relu_1_81_4_above_pre.. + 1*pre_1_81_4 - 1*post_1_81_4 =l= 0;
relu_1_81_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_81_4_on_binary_indicator_var + 1*relu_1_81_4_off_binary_indicator_var =e= 1;
e5477_.. - 1*pre_1_81_4 + 1*post_1_81_4 - 381.49759569826*relu_1_81_4_on_binary_indicator_var =g= -381.49759569826;
e5478_.. - 1*pre_1_81_4 + 1*post_1_81_4 + 762.99519139652*relu_1_81_4_on_binary_indicator_var =l= 762.99519139652;
e5479_.. + 1*post_1_81_4 =g= 0;
e5480_.. + 1*post_1_81_4 + 381.49759569826*relu_1_81_4_off_binary_indicator_var =l= 381.49759569826;
e5481_.. + 1*pre_1_81_4 + 381.49759569826*relu_1_81_4_off_binary_indicator_var =l= 381.49759569826;
relu_1_81_5_above_pre.. + 1*pre_1_81_5 - 1*post_1_81_5 =l= 0;
relu_1_81_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_81_5_on_binary_indicator_var + 1*relu_1_81_5_off_binary_indicator_var =e= 1;
e5484_.. - 1*pre_1_81_5 + 1*post_1_81_5 - 381.49759569826*relu_1_81_5_on_binary_indicator_var =g= -381.49759569826;
e5485_.. - 1*pre_1_81_5 + 1*post_1_81_5 + 762.99519139652*relu_1_81_5_on_binary_indicator_var =l= 762.99519139652;
e5486_.. + 1*post_1_81_5 =g= 0;
e5487_.. + 1*post_1_81_5 + 381.49759569826*relu_1_81_5_off_binary_indicator_var =l= 381.49759569826;
e5488_.. + 1*pre_1_81_5 + 381.49759569826*relu_1_81_5_off_binary_indicator_var =l= 381.49759569826;
relu_1_81_6_above_pre.. + 1*pre_1_81_6 - 1*post_1_81_6 =l= 0;
relu_1_81_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_81_6_on_binary_indicator_var + 1*relu_1_81_6_off_binary_indicator_var =e= 1;
e5491_.. - 1*pre_1_81_6 + 1*post_1_81_6 - 381.49759569826*relu_1_81_6_on_binary_indicator_var =g= -381.49759569826;
e5492_.. - 1*pre_1_81_6 + 1*post_1_81_6 + 762.99519139652*relu_1_81_6_on_binary_indicator_var =l= 762.99519139652;
e5493_.. + 1*post_1_81_6 =g= 0;
e5494_.. + 1*post_1_81_6 + 381.49759569826*relu_1_81_6_off_binary_indicator_var =l= 381.49759569826;
e5495_.. + 1*pre_1_81_6 + 381.49759569826*relu_1_81_6_off_binary_indicator_var =l= 381.49759569826;
relu_1_81_7_above_pre.. + 1*pre_1_81_7 - 1*post_1_81_7 =l= 0;
relu_1_81_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_81_7_on_binary_indicator_var + 1*relu_1_81_7_off_binary_indicator_var =e= 1;
e5498_.. - 1*pre_1_81_7 + 1*post_1_81_7 - 381.49759569826*relu_1_81_7_on_binary_indicator_var =g= -381.49759569826;
e5499_.. - 1*pre_1_81_7 + 1*post_1_81_7 + 762.99519139652*relu_1_81_7_on_binary_indicator_var =l= 762.99519139652;
e5500_.. + 1*post_1_81_7 =g= 0;
e5501_.. + 1*post_1_81_7 + 381.49759569826*relu_1_81_7_off_binary_indicator_var =l= 381.49759569826;
e5502_.. + 1*pre_1_81_7 + 381.49759569826*relu_1_81_7_off_binary_indicator_var =l= 381.49759569826;
relu_1_82_0_above_pre.. + 1*pre_1_82_0 - 1*post_1_82_0 =l= 0;
relu_1_82_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_82_0_on_binary_indicator_var + 1*relu_1_82_0_off_binary_indicator_var =e= 1;
e5505_.. - 1*pre_1_82_0 + 1*post_1_82_0 - 395.6102861092258*relu_1_82_0_on_binary_indicator_var =g= -395.6102861092258;
e5506_.. - 1*pre_1_82_0 + 1*post_1_82_0 + 791.2205722184516*relu_1_82_0_on_binary_indicator_var =l= 791.2205722184516;
e5507_.. + 1*post_1_82_0 =g= 0;
e5508_.. + 1*post_1_82_0 + 395.6102861092258*relu_1_82_0_off_binary_indicator_var =l= 395.6102861092258;
e5509_.. + 1*pre_1_82_0 + 395.6102861092258*relu_1_82_0_off_binary_indicator_var =l= 395.6102861092258;
relu_1_82_1_above_pre.. + 1*pre_1_82_1 - 1*post_1_82_1 =l= 0;
relu_1_82_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_82_1_on_binary_indicator_var + 1*relu_1_82_1_off_binary_indicator_var =e= 1;
e5512_.. - 1*pre_1_82_1 + 1*post_1_82_1 - 395.6102861092258*relu_1_82_1_on_binary_indicator_var =g= -395.6102861092258;
e5513_.. - 1*pre_1_82_1 + 1*post_1_82_1 + 791.2205722184516*relu_1_82_1_on_binary_indicator_var =l= 791.2205722184516;
e5514_.. + 1*post_1_82_1 =g= 0;
e5515_.. + 1*post_1_82_1 + 395.6102861092258*relu_1_82_1_off_binary_indicator_var =l= 395.6102861092258;
e5516_.. + 1*pre_1_82_1 + 395.6102861092258*relu_1_82_1_off_binary_indicator_var =l= 395.6102861092258;
relu_1_82_2_above_pre.. + 1*pre_1_82_2 - 1*post_1_82_2 =l= 0;
relu_1_82_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_82_2_on_binary_indicator_var + 1*relu_1_82_2_off_binary_indicator_var =e= 1;
e5519_.. - 1*pre_1_82_2 + 1*post_1_82_2 - 395.6102861092258*relu_1_82_2_on_binary_indicator_var =g= -395.6102861092258;
e5520_.. - 1*pre_1_82_2 + 1*post_1_82_2 + 791.2205722184516*relu_1_82_2_on_binary_indicator_var =l= 791.2205722184516;
e5521_.. + 1*post_1_82_2 =g= 0;
e5522_.. + 1*post_1_82_2 + 395.6102861092258*relu_1_82_2_off_binary_indicator_var =l= 395.6102861092258;
e5523_.. + 1*pre_1_82_2 + 395.6102861092258*relu_1_82_2_off_binary_indicator_var =l= 395.6102861092258;
relu_1_82_3_above_pre.. + 1*pre_1_82_3 - 1*post_1_82_3 =l= 0;
relu_1_82_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_82_3_on_binary_indicator_var + 1*relu_1_82_3_off_binary_indicator_var =e= 1;
e5526_.. - 1*pre_1_82_3 + 1*post_1_82_3 - 395.6102861092258*relu_1_82_3_on_binary_indicator_var =g= -395.6102861092258;
e5527_.. - 1*pre_1_82_3 + 1*post_1_82_3 + 791.2205722184516*relu_1_82_3_on_binary_indicator_var =l= 791.2205722184516;
e5528_.. + 1*post_1_82_3 =g= 0;
e5529_.. + 1*post_1_82_3 + 395.6102861092258*relu_1_82_3_off_binary_indicator_var =l= 395.6102861092258;
e5530_.. + 1*pre_1_82_3 + 395.6102861092258*relu_1_82_3_off_binary_indicator_var =l= 395.6102861092258;
relu_1_82_4_above_pre.. + 1*pre_1_82_4 - 1*post_1_82_4 =l= 0;
relu_1_82_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_82_4_on_binary_indicator_var + 1*relu_1_82_4_off_binary_indicator_var =e= 1;
e5533_.. - 1*pre_1_82_4 + 1*post_1_82_4 - 395.6102861092258*relu_1_82_4_on_binary_indicator_var =g= -395.6102861092258;
e5534_.. - 1*pre_1_82_4 + 1*post_1_82_4 + 791.2205722184516*relu_1_82_4_on_binary_indicator_var =l= 791.2205722184516;
e5535_.. + 1*post_1_82_4 =g= 0;
e5536_.. + 1*post_1_82_4 + 395.6102861092258*relu_1_82_4_off_binary_indicator_var =l= 395.6102861092258;
e5537_.. + 1*pre_1_82_4 + 395.6102861092258*relu_1_82_4_off_binary_indicator_var =l= 395.6102861092258;
relu_1_82_5_above_pre.. + 1*pre_1_82_5 - 1*post_1_82_5 =l= 0;
relu_1_82_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_82_5_on_binary_indicator_var + 1*relu_1_82_5_off_binary_indicator_var =e= 1;
e5540_.. - 1*pre_1_82_5 + 1*post_1_82_5 - 395.6102861092258*relu_1_82_5_on_binary_indicator_var =g= -395.6102861092258;
e5541_.. - 1*pre_1_82_5 + 1*post_1_82_5 + 791.2205722184516*relu_1_82_5_on_binary_indicator_var =l= 791.2205722184516;
e5542_.. + 1*post_1_82_5 =g= 0;
e5543_.. + 1*post_1_82_5 + 395.6102861092258*relu_1_82_5_off_binary_indicator_var =l= 395.6102861092258;
e5544_.. + 1*pre_1_82_5 + 395.6102861092258*relu_1_82_5_off_binary_indicator_var =l= 395.6102861092258;
relu_1_82_6_above_pre.. + 1*pre_1_82_6 - 1*post_1_82_6 =l= 0;
relu_1_82_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_82_6_on_binary_indicator_var + 1*relu_1_82_6_off_binary_indicator_var =e= 1;
e5547_.. - 1*pre_1_82_6 + 1*post_1_82_6 - 395.6102861092258*relu_1_82_6_on_binary_indicator_var =g= -395.6102861092258;
e5548_.. - 1*pre_1_82_6 + 1*post_1_82_6 + 791.2205722184516*relu_1_82_6_on_binary_indicator_var =l= 791.2205722184516;
e5549_.. + 1*post_1_82_6 =g= 0;
e5550_.. + 1*post_1_82_6 + 395.6102861092258*relu_1_82_6_off_binary_indicator_var =l= 395.6102861092258;
e5551_.. + 1*pre_1_82_6 + 395.6102861092258*relu_1_82_6_off_binary_indicator_var =l= 395.6102861092258;
relu_1_82_7_above_pre.. + 1*pre_1_82_7 - 1*post_1_82_7 =l= 0;
relu_1_82_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_82_7_on_binary_indicator_var + 1*relu_1_82_7_off_binary_indicator_var =e= 1;
e5554_.. - 1*pre_1_82_7 + 1*post_1_82_7 - 395.6102861092258*relu_1_82_7_on_binary_indicator_var =g= -395.6102861092258;
e5555_.. - 1*pre_1_82_7 + 1*post_1_82_7 + 791.2205722184516*relu_1_82_7_on_binary_indicator_var =l= 791.2205722184516;
e5556_.. + 1*post_1_82_7 =g= 0;
e5557_.. + 1*post_1_82_7 + 395.6102861092258*relu_1_82_7_off_binary_indicator_var =l= 395.6102861092258;
e5558_.. + 1*pre_1_82_7 + 395.6102861092258*relu_1_82_7_off_binary_indicator_var =l= 395.6102861092258;
relu_1_83_0_above_pre.. + 1*pre_1_83_0 - 1*post_1_83_0 =l= 0;
relu_1_83_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_83_0_on_binary_indicator_var + 1*relu_1_83_0_off_binary_indicator_var =e= 1;
e5561_.. - 1*pre_1_83_0 + 1*post_1_83_0 - 409.7229765201916*relu_1_83_0_on_binary_indicator_var =g= -409.7229765201916;
e5562_.. - 1*pre_1_83_0 + 1*post_1_83_0 + 819.4459530403832*relu_1_83_0_on_binary_indicator_var =l= 819.4459530403832;
e5563_.. + 1*post_1_83_0 =g= 0;
e5564_.. + 1*post_1_83_0 + 409.7229765201916*relu_1_83_0_off_binary_indicator_var =l= 409.7229765201916;
e5565_.. + 1*pre_1_83_0 + 409.7229765201916*relu_1_83_0_off_binary_indicator_var =l= 409.7229765201916;
relu_1_83_1_above_pre.. + 1*pre_1_83_1 - 1*post_1_83_1 =l= 0;
relu_1_83_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_83_1_on_binary_indicator_var + 1*relu_1_83_1_off_binary_indicator_var =e= 1;
e5568_.. - 1*pre_1_83_1 + 1*post_1_83_1 - 409.7229765201916*relu_1_83_1_on_binary_indicator_var =g= -409.7229765201916;
e5569_.. - 1*pre_1_83_1 + 1*post_1_83_1 + 819.4459530403832*relu_1_83_1_on_binary_indicator_var =l= 819.4459530403832;
e5570_.. + 1*post_1_83_1 =g= 0;
e5571_.. + 1*post_1_83_1 + 409.7229765201916*relu_1_83_1_off_binary_indicator_var =l= 409.7229765201916;
e5572_.. + 1*pre_1_83_1 + 409.7229765201916*relu_1_83_1_off_binary_indicator_var =l= 409.7229765201916;
relu_1_83_2_above_pre.. + 1*pre_1_83_2 - 1*post_1_83_2 =l= 0;
relu_1_83_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_83_2_on_binary_indicator_var + 1*relu_1_83_2_off_binary_indicator_var =e= 1;
e5575_.. - 1*pre_1_83_2 + 1*post_1_83_2 - 409.7229765201916*relu_1_83_2_on_binary_indicator_var =g= -409.7229765201916;
e5576_.. - 1*pre_1_83_2 + 1*post_1_83_2 + 819.4459530403832*relu_1_83_2_on_binary_indicator_var =l= 819.4459530403832;
e5577_.. + 1*post_1_83_2 =g= 0;
e5578_.. + 1*post_1_83_2 + 409.7229765201916*relu_1_83_2_off_binary_indicator_var =l= 409.7229765201916;
e5579_.. + 1*pre_1_83_2 + 409.7229765201916*relu_1_83_2_off_binary_indicator_var =l= 409.7229765201916;
relu_1_83_3_above_pre.. + 1*pre_1_83_3 - 1*post_1_83_3 =l= 0;
relu_1_83_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_83_3_on_binary_indicator_var + 1*relu_1_83_3_off_binary_indicator_var =e= 1;
e5582_.. - 1*pre_1_83_3 + 1*post_1_83_3 - 409.7229765201916*relu_1_83_3_on_binary_indicator_var =g= -409.7229765201916;
e5583_.. - 1*pre_1_83_3 + 1*post_1_83_3 + 819.4459530403832*relu_1_83_3_on_binary_indicator_var =l= 819.4459530403832;
e5584_.. + 1*post_1_83_3 =g= 0;
e5585_.. + 1*post_1_83_3 + 409.7229765201916*relu_1_83_3_off_binary_indicator_var =l= 409.7229765201916;
e5586_.. + 1*pre_1_83_3 + 409.7229765201916*relu_1_83_3_off_binary_indicator_var =l= 409.7229765201916;
relu_1_83_4_above_pre.. + 1*pre_1_83_4 - 1*post_1_83_4 =l= 0;
relu_1_83_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_83_4_on_binary_indicator_var + 1*relu_1_83_4_off_binary_indicator_var =e= 1;
e5589_.. - 1*pre_1_83_4 + 1*post_1_83_4 - 409.7229765201916*relu_1_83_4_on_binary_indicator_var =g= -409.7229765201916;
e5590_.. - 1*pre_1_83_4 + 1*post_1_83_4 + 819.4459530403832*relu_1_83_4_on_binary_indicator_var =l= 819.4459530403832;
e5591_.. + 1*post_1_83_4 =g= 0;
e5592_.. + 1*post_1_83_4 + 409.7229765201916*relu_1_83_4_off_binary_indicator_var =l= 409.7229765201916;
e5593_.. + 1*pre_1_83_4 + 409.7229765201916*relu_1_83_4_off_binary_indicator_var =l= 409.7229765201916;
relu_1_83_5_above_pre.. + 1*pre_1_83_5 - 1*post_1_83_5 =l= 0;
relu_1_83_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_83_5_on_binary_indicator_var + 1*relu_1_83_5_off_binary_indicator_var =e= 1;
e5596_.. - 1*pre_1_83_5 + 1*post_1_83_5 - 409.7229765201916*relu_1_83_5_on_binary_indicator_var =g= -409.7229765201916;
e5597_.. - 1*pre_1_83_5 + 1*post_1_83_5 + 819.4459530403832*relu_1_83_5_on_binary_indicator_var =l= 819.4459530403832;
e5598_.. + 1*post_1_83_5 =g= 0;
e5599_.. + 1*post_1_83_5 + 409.7229765201916*relu_1_83_5_off_binary_indicator_var =l= 409.7229765201916;
e5600_.. + 1*pre_1_83_5 + 409.7229765201916*relu_1_83_5_off_binary_indicator_var =l= 409.7229765201916;
relu_1_83_6_above_pre.. + 1*pre_1_83_6 - 1*post_1_83_6 =l= 0;
relu_1_83_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_83_6_on_binary_indicator_var + 1*relu_1_83_6_off_binary_indicator_var =e= 1;
e5603_.. - 1*pre_1_83_6 + 1*post_1_83_6 - 409.7229765201916*relu_1_83_6_on_binary_indicator_var =g= -409.7229765201916;
e5604_.. - 1*pre_1_83_6 + 1*post_1_83_6 + 819.4459530403832*relu_1_83_6_on_binary_indicator_var =l= 819.4459530403832;
e5605_.. + 1*post_1_83_6 =g= 0;
e5606_.. + 1*post_1_83_6 + 409.7229765201916*relu_1_83_6_off_binary_indicator_var =l= 409.7229765201916;
e5607_.. + 1*pre_1_83_6 + 409.7229765201916*relu_1_83_6_off_binary_indicator_var =l= 409.7229765201916;
relu_1_83_7_above_pre.. + 1*pre_1_83_7 - 1*post_1_83_7 =l= 0;
relu_1_83_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_83_7_on_binary_indicator_var + 1*relu_1_83_7_off_binary_indicator_var =e= 1;
e5610_.. - 1*pre_1_83_7 + 1*post_1_83_7 - 409.7229765201916*relu_1_83_7_on_binary_indicator_var =g= -409.7229765201916;
e5611_.. - 1*pre_1_83_7 + 1*post_1_83_7 + 819.4459530403832*relu_1_83_7_on_binary_indicator_var =l= 819.4459530403832;
e5612_.. + 1*post_1_83_7 =g= 0;
e5613_.. + 1*post_1_83_7 + 409.7229765201916*relu_1_83_7_off_binary_indicator_var =l= 409.7229765201916;
e5614_.. + 1*pre_1_83_7 + 409.7229765201916*relu_1_83_7_off_binary_indicator_var =l= 409.7229765201916;
relu_1_84_0_above_pre.. + 1*pre_1_84_0 - 1*post_1_84_0 =l= 0;
relu_1_84_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_84_0_on_binary_indicator_var + 1*relu_1_84_0_off_binary_indicator_var =e= 1;
e5617_.. - 1*pre_1_84_0 + 1*post_1_84_0 - 381.9536574715522*relu_1_84_0_on_binary_indicator_var =g= -381.9536574715522;
e5618_.. - 1*pre_1_84_0 + 1*post_1_84_0 + 763.9073149431044*relu_1_84_0_on_binary_indicator_var =l= 763.9073149431044;
e5619_.. + 1*post_1_84_0 =g= 0;
e5620_.. + 1*post_1_84_0 + 381.9536574715522*relu_1_84_0_off_binary_indicator_var =l= 381.9536574715522;
e5621_.. + 1*pre_1_84_0 + 381.9536574715522*relu_1_84_0_off_binary_indicator_var =l= 381.9536574715522;
relu_1_84_1_above_pre.. + 1*pre_1_84_1 - 1*post_1_84_1 =l= 0;
relu_1_84_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_84_1_on_binary_indicator_var + 1*relu_1_84_1_off_binary_indicator_var =e= 1;
e5624_.. - 1*pre_1_84_1 + 1*post_1_84_1 - 381.9536574715522*relu_1_84_1_on_binary_indicator_var =g= -381.9536574715522;
e5625_.. - 1*pre_1_84_1 + 1*post_1_84_1 + 763.9073149431044*relu_1_84_1_on_binary_indicator_var =l= 763.9073149431044;
e5626_.. + 1*post_1_84_1 =g= 0;
e5627_.. + 1*post_1_84_1 + 381.9536574715522*relu_1_84_1_off_binary_indicator_var =l= 381.9536574715522;
e5628_.. + 1*pre_1_84_1 + 381.9536574715522*relu_1_84_1_off_binary_indicator_var =l= 381.9536574715522;
relu_1_84_2_above_pre.. + 1*pre_1_84_2 - 1*post_1_84_2 =l= 0;
relu_1_84_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_84_2_on_binary_indicator_var + 1*relu_1_84_2_off_binary_indicator_var =e= 1;
e5631_.. - 1*pre_1_84_2 + 1*post_1_84_2 - 381.9536574715522*relu_1_84_2_on_binary_indicator_var =g= -381.9536574715522;
e5632_.. - 1*pre_1_84_2 + 1*post_1_84_2 + 763.9073149431044*relu_1_84_2_on_binary_indicator_var =l= 763.9073149431044;
e5633_.. + 1*post_1_84_2 =g= 0;
e5634_.. + 1*post_1_84_2 + 381.9536574715522*relu_1_84_2_off_binary_indicator_var =l= 381.9536574715522;
e5635_.. + 1*pre_1_84_2 + 381.9536574715522*relu_1_84_2_off_binary_indicator_var =l= 381.9536574715522;
relu_1_84_3_above_pre.. + 1*pre_1_84_3 - 1*post_1_84_3 =l= 0;
relu_1_84_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_84_3_on_binary_indicator_var + 1*relu_1_84_3_off_binary_indicator_var =e= 1;
e5638_.. - 1*pre_1_84_3 + 1*post_1_84_3 - 381.9536574715522*relu_1_84_3_on_binary_indicator_var =g= -381.9536574715522;
e5639_.. - 1*pre_1_84_3 + 1*post_1_84_3 + 763.9073149431044*relu_1_84_3_on_binary_indicator_var =l= 763.9073149431044;
e5640_.. + 1*post_1_84_3 =g= 0;
e5641_.. + 1*post_1_84_3 + 381.9536574715522*relu_1_84_3_off_binary_indicator_var =l= 381.9536574715522;
e5642_.. + 1*pre_1_84_3 + 381.9536574715522*relu_1_84_3_off_binary_indicator_var =l= 381.9536574715522;
relu_1_84_4_above_pre.. + 1*pre_1_84_4 - 1*post_1_84_4 =l= 0;
relu_1_84_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_84_4_on_binary_indicator_var + 1*relu_1_84_4_off_binary_indicator_var =e= 1;
e5645_.. - 1*pre_1_84_4 + 1*post_1_84_4 - 381.9536574715522*relu_1_84_4_on_binary_indicator_var =g= -381.9536574715522;
e5646_.. - 1*pre_1_84_4 + 1*post_1_84_4 + 763.9073149431044*relu_1_84_4_on_binary_indicator_var =l= 763.9073149431044;
e5647_.. + 1*post_1_84_4 =g= 0;
e5648_.. + 1*post_1_84_4 + 381.9536574715522*relu_1_84_4_off_binary_indicator_var =l= 381.9536574715522;
e5649_.. + 1*pre_1_84_4 + 381.9536574715522*relu_1_84_4_off_binary_indicator_var =l= 381.9536574715522;
relu_1_84_5_above_pre.. + 1*pre_1_84_5 - 1*post_1_84_5 =l= 0;
relu_1_84_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_84_5_on_binary_indicator_var + 1*relu_1_84_5_off_binary_indicator_var =e= 1;
e5652_.. - 1*pre_1_84_5 + 1*post_1_84_5 - 381.9536574715522*relu_1_84_5_on_binary_indicator_var =g= -381.9536574715522;
e5653_.. - 1*pre_1_84_5 + 1*post_1_84_5 + 763.9073149431044*relu_1_84_5_on_binary_indicator_var =l= 763.9073149431044;
e5654_.. + 1*post_1_84_5 =g= 0;
e5655_.. + 1*post_1_84_5 + 381.9536574715522*relu_1_84_5_off_binary_indicator_var =l= 381.9536574715522;
e5656_.. + 1*pre_1_84_5 + 381.9536574715522*relu_1_84_5_off_binary_indicator_var =l= 381.9536574715522;
relu_1_84_6_above_pre.. + 1*pre_1_84_6 - 1*post_1_84_6 =l= 0;
relu_1_84_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_84_6_on_binary_indicator_var + 1*relu_1_84_6_off_binary_indicator_var =e= 1;
e5659_.. - 1*pre_1_84_6 + 1*post_1_84_6 - 381.9536574715522*relu_1_84_6_on_binary_indicator_var =g= -381.9536574715522;
e5660_.. - 1*pre_1_84_6 + 1*post_1_84_6 + 763.9073149431044*relu_1_84_6_on_binary_indicator_var =l= 763.9073149431044;
e5661_.. + 1*post_1_84_6 =g= 0;
e5662_.. + 1*post_1_84_6 + 381.9536574715522*relu_1_84_6_off_binary_indicator_var =l= 381.9536574715522;
e5663_.. + 1*pre_1_84_6 + 381.9536574715522*relu_1_84_6_off_binary_indicator_var =l= 381.9536574715522;
relu_1_84_7_above_pre.. + 1*pre_1_84_7 - 1*post_1_84_7 =l= 0;
relu_1_84_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_84_7_on_binary_indicator_var + 1*relu_1_84_7_off_binary_indicator_var =e= 1;
e5666_.. - 1*pre_1_84_7 + 1*post_1_84_7 - 381.9536574715522*relu_1_84_7_on_binary_indicator_var =g= -381.9536574715522;
e5667_.. - 1*pre_1_84_7 + 1*post_1_84_7 + 763.9073149431044*relu_1_84_7_on_binary_indicator_var =l= 763.9073149431044;
e5668_.. + 1*post_1_84_7 =g= 0;
e5669_.. + 1*post_1_84_7 + 381.9536574715522*relu_1_84_7_off_binary_indicator_var =l= 381.9536574715522;
e5670_.. + 1*pre_1_84_7 + 381.9536574715522*relu_1_84_7_off_binary_indicator_var =l= 381.9536574715522;
relu_1_85_0_above_pre.. + 1*pre_1_85_0 - 1*post_1_85_0 =l= 0;
relu_1_85_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_85_0_on_binary_indicator_var + 1*relu_1_85_0_off_binary_indicator_var =e= 1;
e5673_.. - 1*pre_1_85_0 + 1*post_1_85_0 - 396.066347882518*relu_1_85_0_on_binary_indicator_var =g= -396.066347882518;
e5674_.. - 1*pre_1_85_0 + 1*post_1_85_0 + 792.132695765036*relu_1_85_0_on_binary_indicator_var =l= 792.132695765036;
e5675_.. + 1*post_1_85_0 =g= 0;
e5676_.. + 1*post_1_85_0 + 396.066347882518*relu_1_85_0_off_binary_indicator_var =l= 396.066347882518;
e5677_.. + 1*pre_1_85_0 + 396.066347882518*relu_1_85_0_off_binary_indicator_var =l= 396.066347882518;
relu_1_85_1_above_pre.. + 1*pre_1_85_1 - 1*post_1_85_1 =l= 0;
relu_1_85_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_85_1_on_binary_indicator_var + 1*relu_1_85_1_off_binary_indicator_var =e= 1;
e5680_.. - 1*pre_1_85_1 + 1*post_1_85_1 - 396.066347882518*relu_1_85_1_on_binary_indicator_var =g= -396.066347882518;
e5681_.. - 1*pre_1_85_1 + 1*post_1_85_1 + 792.132695765036*relu_1_85_1_on_binary_indicator_var =l= 792.132695765036;
e5682_.. + 1*post_1_85_1 =g= 0;
e5683_.. + 1*post_1_85_1 + 396.066347882518*relu_1_85_1_off_binary_indicator_var =l= 396.066347882518;
e5684_.. + 1*pre_1_85_1 + 396.066347882518*relu_1_85_1_off_binary_indicator_var =l= 396.066347882518;
relu_1_85_2_above_pre.. + 1*pre_1_85_2 - 1*post_1_85_2 =l= 0;
relu_1_85_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_85_2_on_binary_indicator_var + 1*relu_1_85_2_off_binary_indicator_var =e= 1;
e5687_.. - 1*pre_1_85_2 + 1*post_1_85_2 - 396.066347882518*relu_1_85_2_on_binary_indicator_var =g= -396.066347882518;
e5688_.. - 1*pre_1_85_2 + 1*post_1_85_2 + 792.132695765036*relu_1_85_2_on_binary_indicator_var =l= 792.132695765036;
e5689_.. + 1*post_1_85_2 =g= 0;
e5690_.. + 1*post_1_85_2 + 396.066347882518*relu_1_85_2_off_binary_indicator_var =l= 396.066347882518;
e5691_.. + 1*pre_1_85_2 + 396.066347882518*relu_1_85_2_off_binary_indicator_var =l= 396.066347882518;
relu_1_85_3_above_pre.. + 1*pre_1_85_3 - 1*post_1_85_3 =l= 0;
relu_1_85_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_85_3_on_binary_indicator_var + 1*relu_1_85_3_off_binary_indicator_var =e= 1;
e5694_.. - 1*pre_1_85_3 + 1*post_1_85_3 - 396.066347882518*relu_1_85_3_on_binary_indicator_var =g= -396.066347882518;
e5695_.. - 1*pre_1_85_3 + 1*post_1_85_3 + 792.132695765036*relu_1_85_3_on_binary_indicator_var =l= 792.132695765036;
e5696_.. + 1*post_1_85_3 =g= 0;
e5697_.. + 1*post_1_85_3 + 396.066347882518*relu_1_85_3_off_binary_indicator_var =l= 396.066347882518;
e5698_.. + 1*pre_1_85_3 + 396.066347882518*relu_1_85_3_off_binary_indicator_var =l= 396.066347882518;
relu_1_85_4_above_pre.. + 1*pre_1_85_4 - 1*post_1_85_4 =l= 0;
relu_1_85_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_85_4_on_binary_indicator_var + 1*relu_1_85_4_off_binary_indicator_var =e= 1;
e5701_.. - 1*pre_1_85_4 + 1*post_1_85_4 - 396.066347882518*relu_1_85_4_on_binary_indicator_var =g= -396.066347882518;
e5702_.. - 1*pre_1_85_4 + 1*post_1_85_4 + 792.132695765036*relu_1_85_4_on_binary_indicator_var =l= 792.132695765036;
e5703_.. + 1*post_1_85_4 =g= 0;
e5704_.. + 1*post_1_85_4 + 396.066347882518*relu_1_85_4_off_binary_indicator_var =l= 396.066347882518;
e5705_.. + 1*pre_1_85_4 + 396.066347882518*relu_1_85_4_off_binary_indicator_var =l= 396.066347882518;
relu_1_85_5_above_pre.. + 1*pre_1_85_5 - 1*post_1_85_5 =l= 0;
relu_1_85_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_85_5_on_binary_indicator_var + 1*relu_1_85_5_off_binary_indicator_var =e= 1;
e5708_.. - 1*pre_1_85_5 + 1*post_1_85_5 - 396.066347882518*relu_1_85_5_on_binary_indicator_var =g= -396.066347882518;
e5709_.. - 1*pre_1_85_5 + 1*post_1_85_5 + 792.132695765036*relu_1_85_5_on_binary_indicator_var =l= 792.132695765036;
e5710_.. + 1*post_1_85_5 =g= 0;
e5711_.. + 1*post_1_85_5 + 396.066347882518*relu_1_85_5_off_binary_indicator_var =l= 396.066347882518;
e5712_.. + 1*pre_1_85_5 + 396.066347882518*relu_1_85_5_off_binary_indicator_var =l= 396.066347882518;
relu_1_85_6_above_pre.. + 1*pre_1_85_6 - 1*post_1_85_6 =l= 0;
relu_1_85_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_85_6_on_binary_indicator_var + 1*relu_1_85_6_off_binary_indicator_var =e= 1;
e5715_.. - 1*pre_1_85_6 + 1*post_1_85_6 - 396.066347882518*relu_1_85_6_on_binary_indicator_var =g= -396.066347882518;
e5716_.. - 1*pre_1_85_6 + 1*post_1_85_6 + 792.132695765036*relu_1_85_6_on_binary_indicator_var =l= 792.132695765036;
e5717_.. + 1*post_1_85_6 =g= 0;
e5718_.. + 1*post_1_85_6 + 396.066347882518*relu_1_85_6_off_binary_indicator_var =l= 396.066347882518;
e5719_.. + 1*pre_1_85_6 + 396.066347882518*relu_1_85_6_off_binary_indicator_var =l= 396.066347882518;
relu_1_85_7_above_pre.. + 1*pre_1_85_7 - 1*post_1_85_7 =l= 0;
relu_1_85_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_85_7_on_binary_indicator_var + 1*relu_1_85_7_off_binary_indicator_var =e= 1;
e5722_.. - 1*pre_1_85_7 + 1*post_1_85_7 - 396.066347882518*relu_1_85_7_on_binary_indicator_var =g= -396.066347882518;
e5723_.. - 1*pre_1_85_7 + 1*post_1_85_7 + 792.132695765036*relu_1_85_7_on_binary_indicator_var =l= 792.132695765036;
e5724_.. + 1*post_1_85_7 =g= 0;
e5725_.. + 1*post_1_85_7 + 396.066347882518*relu_1_85_7_off_binary_indicator_var =l= 396.066347882518;
e5726_.. + 1*pre_1_85_7 + 396.066347882518*relu_1_85_7_off_binary_indicator_var =l= 396.066347882518;
relu_1_86_0_above_pre.. + 1*pre_1_86_0 - 1*post_1_86_0 =l= 0;
relu_1_86_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_86_0_on_binary_indicator_var + 1*relu_1_86_0_off_binary_indicator_var =e= 1;
e5729_.. - 1*pre_1_86_0 + 1*post_1_86_0 - 410.1790382934839*relu_1_86_0_on_binary_indicator_var =g= -410.1790382934839;
e5730_.. - 1*pre_1_86_0 + 1*post_1_86_0 + 820.3580765869679*relu_1_86_0_on_binary_indicator_var =l= 820.3580765869679;
e5731_.. + 1*post_1_86_0 =g= 0;
e5732_.. + 1*post_1_86_0 + 410.1790382934839*relu_1_86_0_off_binary_indicator_var =l= 410.1790382934839;
e5733_.. + 1*pre_1_86_0 + 410.1790382934839*relu_1_86_0_off_binary_indicator_var =l= 410.1790382934839;
relu_1_86_1_above_pre.. + 1*pre_1_86_1 - 1*post_1_86_1 =l= 0;
relu_1_86_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_86_1_on_binary_indicator_var + 1*relu_1_86_1_off_binary_indicator_var =e= 1;
e5736_.. - 1*pre_1_86_1 + 1*post_1_86_1 - 410.1790382934839*relu_1_86_1_on_binary_indicator_var =g= -410.1790382934839;
e5737_.. - 1*pre_1_86_1 + 1*post_1_86_1 + 820.3580765869679*relu_1_86_1_on_binary_indicator_var =l= 820.3580765869679;
e5738_.. + 1*post_1_86_1 =g= 0;
e5739_.. + 1*post_1_86_1 + 410.1790382934839*relu_1_86_1_off_binary_indicator_var =l= 410.1790382934839;
e5740_.. + 1*pre_1_86_1 + 410.1790382934839*relu_1_86_1_off_binary_indicator_var =l= 410.1790382934839;
relu_1_86_2_above_pre.. + 1*pre_1_86_2 - 1*post_1_86_2 =l= 0;
relu_1_86_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_86_2_on_binary_indicator_var + 1*relu_1_86_2_off_binary_indicator_var =e= 1;
e5743_.. - 1*pre_1_86_2 + 1*post_1_86_2 - 410.1790382934839*relu_1_86_2_on_binary_indicator_var =g= -410.1790382934839;
e5744_.. - 1*pre_1_86_2 + 1*post_1_86_2 + 820.3580765869679*relu_1_86_2_on_binary_indicator_var =l= 820.3580765869679;
e5745_.. + 1*post_1_86_2 =g= 0;
e5746_.. + 1*post_1_86_2 + 410.1790382934839*relu_1_86_2_off_binary_indicator_var =l= 410.1790382934839;
e5747_.. + 1*pre_1_86_2 + 410.1790382934839*relu_1_86_2_off_binary_indicator_var =l= 410.1790382934839;
relu_1_86_3_above_pre.. + 1*pre_1_86_3 - 1*post_1_86_3 =l= 0;
relu_1_86_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_86_3_on_binary_indicator_var + 1*relu_1_86_3_off_binary_indicator_var =e= 1;
e5750_.. - 1*pre_1_86_3 + 1*post_1_86_3 - 410.1790382934839*relu_1_86_3_on_binary_indicator_var =g= -410.1790382934839;
e5751_.. - 1*pre_1_86_3 + 1*post_1_86_3 + 820.3580765869679*relu_1_86_3_on_binary_indicator_var =l= 820.3580765869679;
e5752_.. + 1*post_1_86_3 =g= 0;
e5753_.. + 1*post_1_86_3 + 410.1790382934839*relu_1_86_3_off_binary_indicator_var =l= 410.1790382934839;
e5754_.. + 1*pre_1_86_3 + 410.1790382934839*relu_1_86_3_off_binary_indicator_var =l= 410.1790382934839;
relu_1_86_4_above_pre.. + 1*pre_1_86_4 - 1*post_1_86_4 =l= 0;
relu_1_86_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_86_4_on_binary_indicator_var + 1*relu_1_86_4_off_binary_indicator_var =e= 1;
e5757_.. - 1*pre_1_86_4 + 1*post_1_86_4 - 410.1790382934839*relu_1_86_4_on_binary_indicator_var =g= -410.1790382934839;
e5758_.. - 1*pre_1_86_4 + 1*post_1_86_4 + 820.3580765869679*relu_1_86_4_on_binary_indicator_var =l= 820.3580765869679;
e5759_.. + 1*post_1_86_4 =g= 0;
e5760_.. + 1*post_1_86_4 + 410.1790382934839*relu_1_86_4_off_binary_indicator_var =l= 410.1790382934839;
e5761_.. + 1*pre_1_86_4 + 410.1790382934839*relu_1_86_4_off_binary_indicator_var =l= 410.1790382934839;
relu_1_86_5_above_pre.. + 1*pre_1_86_5 - 1*post_1_86_5 =l= 0;
relu_1_86_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_86_5_on_binary_indicator_var + 1*relu_1_86_5_off_binary_indicator_var =e= 1;
e5764_.. - 1*pre_1_86_5 + 1*post_1_86_5 - 410.1790382934839*relu_1_86_5_on_binary_indicator_var =g= -410.1790382934839;
e5765_.. - 1*pre_1_86_5 + 1*post_1_86_5 + 820.3580765869679*relu_1_86_5_on_binary_indicator_var =l= 820.3580765869679;
e5766_.. + 1*post_1_86_5 =g= 0;
e5767_.. + 1*post_1_86_5 + 410.1790382934839*relu_1_86_5_off_binary_indicator_var =l= 410.1790382934839;
e5768_.. + 1*pre_1_86_5 + 410.1790382934839*relu_1_86_5_off_binary_indicator_var =l= 410.1790382934839;
relu_1_86_6_above_pre.. + 1*pre_1_86_6 - 1*post_1_86_6 =l= 0;
relu_1_86_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_86_6_on_binary_indicator_var + 1*relu_1_86_6_off_binary_indicator_var =e= 1;
e5771_.. - 1*pre_1_86_6 + 1*post_1_86_6 - 410.1790382934839*relu_1_86_6_on_binary_indicator_var =g= -410.1790382934839;
e5772_.. - 1*pre_1_86_6 + 1*post_1_86_6 + 820.3580765869679*relu_1_86_6_on_binary_indicator_var =l= 820.3580765869679;
e5773_.. + 1*post_1_86_6 =g= 0;
e5774_.. + 1*post_1_86_6 + 410.1790382934839*relu_1_86_6_off_binary_indicator_var =l= 410.1790382934839;
e5775_.. + 1*pre_1_86_6 + 410.1790382934839*relu_1_86_6_off_binary_indicator_var =l= 410.1790382934839;
relu_1_86_7_above_pre.. + 1*pre_1_86_7 - 1*post_1_86_7 =l= 0;
relu_1_86_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_86_7_on_binary_indicator_var + 1*relu_1_86_7_off_binary_indicator_var =e= 1;
e5778_.. - 1*pre_1_86_7 + 1*post_1_86_7 - 410.1790382934839*relu_1_86_7_on_binary_indicator_var =g= -410.1790382934839;
e5779_.. - 1*pre_1_86_7 + 1*post_1_86_7 + 820.3580765869679*relu_1_86_7_on_binary_indicator_var =l= 820.3580765869679;
e5780_.. + 1*post_1_86_7 =g= 0;
e5781_.. + 1*post_1_86_7 + 410.1790382934839*relu_1_86_7_off_binary_indicator_var =l= 410.1790382934839;
e5782_.. + 1*pre_1_86_7 + 410.1790382934839*relu_1_86_7_off_binary_indicator_var =l= 410.1790382934839;
relu_1_87_0_above_pre.. + 1*pre_1_87_0 - 1*post_1_87_0 =l= 0;
relu_1_87_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_87_0_on_binary_indicator_var + 1*relu_1_87_0_off_binary_indicator_var =e= 1;
e5785_.. - 1*pre_1_87_0 + 1*post_1_87_0 - 382.40971924484444*relu_1_87_0_on_binary_indicator_var =g= -382.40971924484444;
e5786_.. - 1*pre_1_87_0 + 1*post_1_87_0 + 764.8194384896889*relu_1_87_0_on_binary_indicator_var =l= 764.8194384896889;
e5787_.. + 1*post_1_87_0 =g= 0;
e5788_.. + 1*post_1_87_0 + 382.40971924484444*relu_1_87_0_off_binary_indicator_var =l= 382.40971924484444;
e5789_.. + 1*pre_1_87_0 + 382.40971924484444*relu_1_87_0_off_binary_indicator_var =l= 382.40971924484444;
relu_1_87_1_above_pre.. + 1*pre_1_87_1 - 1*post_1_87_1 =l= 0;
relu_1_87_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_87_1_on_binary_indicator_var + 1*relu_1_87_1_off_binary_indicator_var =e= 1;
e5792_.. - 1*pre_1_87_1 + 1*post_1_87_1 - 382.40971924484444*relu_1_87_1_on_binary_indicator_var =g= -382.40971924484444;
e5793_.. - 1*pre_1_87_1 + 1*post_1_87_1 + 764.8194384896889*relu_1_87_1_on_binary_indicator_var =l= 764.8194384896889;
e5794_.. + 1*post_1_87_1 =g= 0;
e5795_.. + 1*post_1_87_1 + 382.40971924484444*relu_1_87_1_off_binary_indicator_var =l= 382.40971924484444;
e5796_.. + 1*pre_1_87_1 + 382.40971924484444*relu_1_87_1_off_binary_indicator_var =l= 382.40971924484444;
relu_1_87_2_above_pre.. + 1*pre_1_87_2 - 1*post_1_87_2 =l= 0;
relu_1_87_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_87_2_on_binary_indicator_var + 1*relu_1_87_2_off_binary_indicator_var =e= 1;
e5799_.. - 1*pre_1_87_2 + 1*post_1_87_2 - 382.40971924484444*relu_1_87_2_on_binary_indicator_var =g= -382.40971924484444;
e5800_.. - 1*pre_1_87_2 + 1*post_1_87_2 + 764.8194384896889*relu_1_87_2_on_binary_indicator_var =l= 764.8194384896889;
e5801_.. + 1*post_1_87_2 =g= 0;
e5802_.. + 1*post_1_87_2 + 382.40971924484444*relu_1_87_2_off_binary_indicator_var =l= 382.40971924484444;
e5803_.. + 1*pre_1_87_2 + 382.40971924484444*relu_1_87_2_off_binary_indicator_var =l= 382.40971924484444;
relu_1_87_3_above_pre.. + 1*pre_1_87_3 - 1*post_1_87_3 =l= 0;
relu_1_87_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_87_3_on_binary_indicator_var + 1*relu_1_87_3_off_binary_indicator_var =e= 1;
e5806_.. - 1*pre_1_87_3 + 1*post_1_87_3 - 382.40971924484444*relu_1_87_3_on_binary_indicator_var =g= -382.40971924484444;
e5807_.. - 1*pre_1_87_3 + 1*post_1_87_3 + 764.8194384896889*relu_1_87_3_on_binary_indicator_var =l= 764.8194384896889;
e5808_.. + 1*post_1_87_3 =g= 0;
e5809_.. + 1*post_1_87_3 + 382.40971924484444*relu_1_87_3_off_binary_indicator_var =l= 382.40971924484444;
e5810_.. + 1*pre_1_87_3 + 382.40971924484444*relu_1_87_3_off_binary_indicator_var =l= 382.40971924484444;
relu_1_87_4_above_pre.. + 1*pre_1_87_4 - 1*post_1_87_4 =l= 0;
relu_1_87_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_87_4_on_binary_indicator_var + 1*relu_1_87_4_off_binary_indicator_var =e= 1;
e5813_.. - 1*pre_1_87_4 + 1*post_1_87_4 - 382.40971924484444*relu_1_87_4_on_binary_indicator_var =g= -382.40971924484444;
e5814_.. - 1*pre_1_87_4 + 1*post_1_87_4 + 764.8194384896889*relu_1_87_4_on_binary_indicator_var =l= 764.8194384896889;
e5815_.. + 1*post_1_87_4 =g= 0;
e5816_.. + 1*post_1_87_4 + 382.40971924484444*relu_1_87_4_off_binary_indicator_var =l= 382.40971924484444;
e5817_.. + 1*pre_1_87_4 + 382.40971924484444*relu_1_87_4_off_binary_indicator_var =l= 382.40971924484444;
relu_1_87_5_above_pre.. + 1*pre_1_87_5 - 1*post_1_87_5 =l= 0;
relu_1_87_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_87_5_on_binary_indicator_var + 1*relu_1_87_5_off_binary_indicator_var =e= 1;
e5820_.. - 1*pre_1_87_5 + 1*post_1_87_5 - 382.40971924484444*relu_1_87_5_on_binary_indicator_var =g= -382.40971924484444;
e5821_.. - 1*pre_1_87_5 + 1*post_1_87_5 + 764.8194384896889*relu_1_87_5_on_binary_indicator_var =l= 764.8194384896889;
e5822_.. + 1*post_1_87_5 =g= 0;
e5823_.. + 1*post_1_87_5 + 382.40971924484444*relu_1_87_5_off_binary_indicator_var =l= 382.40971924484444;
e5824_.. + 1*pre_1_87_5 + 382.40971924484444*relu_1_87_5_off_binary_indicator_var =l= 382.40971924484444;
relu_1_87_6_above_pre.. + 1*pre_1_87_6 - 1*post_1_87_6 =l= 0;
relu_1_87_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_87_6_on_binary_indicator_var + 1*relu_1_87_6_off_binary_indicator_var =e= 1;
e5827_.. - 1*pre_1_87_6 + 1*post_1_87_6 - 382.40971924484444*relu_1_87_6_on_binary_indicator_var =g= -382.40971924484444;
e5828_.. - 1*pre_1_87_6 + 1*post_1_87_6 + 764.8194384896889*relu_1_87_6_on_binary_indicator_var =l= 764.8194384896889;
e5829_.. + 1*post_1_87_6 =g= 0;
e5830_.. + 1*post_1_87_6 + 382.40971924484444*relu_1_87_6_off_binary_indicator_var =l= 382.40971924484444;
e5831_.. + 1*pre_1_87_6 + 382.40971924484444*relu_1_87_6_off_binary_indicator_var =l= 382.40971924484444;
relu_1_87_7_above_pre.. + 1*pre_1_87_7 - 1*post_1_87_7 =l= 0;
relu_1_87_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_87_7_on_binary_indicator_var + 1*relu_1_87_7_off_binary_indicator_var =e= 1;
e5834_.. - 1*pre_1_87_7 + 1*post_1_87_7 - 382.40971924484444*relu_1_87_7_on_binary_indicator_var =g= -382.40971924484444;
e5835_.. - 1*pre_1_87_7 + 1*post_1_87_7 + 764.8194384896889*relu_1_87_7_on_binary_indicator_var =l= 764.8194384896889;
e5836_.. + 1*post_1_87_7 =g= 0;
e5837_.. + 1*post_1_87_7 + 382.40971924484444*relu_1_87_7_off_binary_indicator_var =l= 382.40971924484444;
e5838_.. + 1*pre_1_87_7 + 382.40971924484444*relu_1_87_7_off_binary_indicator_var =l= 382.40971924484444;
relu_1_88_0_above_pre.. + 1*pre_1_88_0 - 1*post_1_88_0 =l= 0;
relu_1_88_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_88_0_on_binary_indicator_var + 1*relu_1_88_0_off_binary_indicator_var =e= 1;
e5841_.. - 1*pre_1_88_0 + 1*post_1_88_0 - 396.5224096558103*relu_1_88_0_on_binary_indicator_var =g= -396.5224096558103;
e5842_.. - 1*pre_1_88_0 + 1*post_1_88_0 + 793.0448193116206*relu_1_88_0_on_binary_indicator_var =l= 793.0448193116206;
e5843_.. + 1*post_1_88_0 =g= 0;
e5844_.. + 1*post_1_88_0 + 396.5224096558103*relu_1_88_0_off_binary_indicator_var =l= 396.5224096558103;
e5845_.. + 1*pre_1_88_0 + 396.5224096558103*relu_1_88_0_off_binary_indicator_var =l= 396.5224096558103;
relu_1_88_1_above_pre.. + 1*pre_1_88_1 - 1*post_1_88_1 =l= 0;
relu_1_88_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_88_1_on_binary_indicator_var + 1*relu_1_88_1_off_binary_indicator_var =e= 1;
e5848_.. - 1*pre_1_88_1 + 1*post_1_88_1 - 396.5224096558103*relu_1_88_1_on_binary_indicator_var =g= -396.5224096558103;
e5849_.. - 1*pre_1_88_1 + 1*post_1_88_1 + 793.0448193116206*relu_1_88_1_on_binary_indicator_var =l= 793.0448193116206;
e5850_.. + 1*post_1_88_1 =g= 0;
e5851_.. + 1*post_1_88_1 + 396.5224096558103*relu_1_88_1_off_binary_indicator_var =l= 396.5224096558103;
e5852_.. + 1*pre_1_88_1 + 396.5224096558103*relu_1_88_1_off_binary_indicator_var =l= 396.5224096558103;
relu_1_88_2_above_pre.. + 1*pre_1_88_2 - 1*post_1_88_2 =l= 0;
relu_1_88_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_88_2_on_binary_indicator_var + 1*relu_1_88_2_off_binary_indicator_var =e= 1;
e5855_.. - 1*pre_1_88_2 + 1*post_1_88_2 - 396.5224096558103*relu_1_88_2_on_binary_indicator_var =g= -396.5224096558103;
e5856_.. - 1*pre_1_88_2 + 1*post_1_88_2 + 793.0448193116206*relu_1_88_2_on_binary_indicator_var =l= 793.0448193116206;
e5857_.. + 1*post_1_88_2 =g= 0;
e5858_.. + 1*post_1_88_2 + 396.5224096558103*relu_1_88_2_off_binary_indicator_var =l= 396.5224096558103;
e5859_.. + 1*pre_1_88_2 + 396.5224096558103*relu_1_88_2_off_binary_indicator_var =l= 396.5224096558103;
relu_1_88_3_above_pre.. + 1*pre_1_88_3 - 1*post_1_88_3 =l= 0;
relu_1_88_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_88_3_on_binary_indicator_var + 1*relu_1_88_3_off_binary_indicator_var =e= 1;
e5862_.. - 1*pre_1_88_3 + 1*post_1_88_3 - 396.5224096558103*relu_1_88_3_on_binary_indicator_var =g= -396.5224096558103;
e5863_.. - 1*pre_1_88_3 + 1*post_1_88_3 + 793.0448193116206*relu_1_88_3_on_binary_indicator_var =l= 793.0448193116206;
e5864_.. + 1*post_1_88_3 =g= 0;
e5865_.. + 1*post_1_88_3 + 396.5224096558103*relu_1_88_3_off_binary_indicator_var =l= 396.5224096558103;
e5866_.. + 1*pre_1_88_3 + 396.5224096558103*relu_1_88_3_off_binary_indicator_var =l= 396.5224096558103;
relu_1_88_4_above_pre.. + 1*pre_1_88_4 - 1*post_1_88_4 =l= 0;
relu_1_88_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_88_4_on_binary_indicator_var + 1*relu_1_88_4_off_binary_indicator_var =e= 1;
e5869_.. - 1*pre_1_88_4 + 1*post_1_88_4 - 396.5224096558103*relu_1_88_4_on_binary_indicator_var =g= -396.5224096558103;
e5870_.. - 1*pre_1_88_4 + 1*post_1_88_4 + 793.0448193116206*relu_1_88_4_on_binary_indicator_var =l= 793.0448193116206;
e5871_.. + 1*post_1_88_4 =g= 0;
e5872_.. + 1*post_1_88_4 + 396.5224096558103*relu_1_88_4_off_binary_indicator_var =l= 396.5224096558103;
e5873_.. + 1*pre_1_88_4 + 396.5224096558103*relu_1_88_4_off_binary_indicator_var =l= 396.5224096558103;
relu_1_88_5_above_pre.. + 1*pre_1_88_5 - 1*post_1_88_5 =l= 0;
relu_1_88_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_88_5_on_binary_indicator_var + 1*relu_1_88_5_off_binary_indicator_var =e= 1;
e5876_.. - 1*pre_1_88_5 + 1*post_1_88_5 - 396.5224096558103*relu_1_88_5_on_binary_indicator_var =g= -396.5224096558103;
e5877_.. - 1*pre_1_88_5 + 1*post_1_88_5 + 793.0448193116206*relu_1_88_5_on_binary_indicator_var =l= 793.0448193116206;
e5878_.. + 1*post_1_88_5 =g= 0;
e5879_.. + 1*post_1_88_5 + 396.5224096558103*relu_1_88_5_off_binary_indicator_var =l= 396.5224096558103;
e5880_.. + 1*pre_1_88_5 + 396.5224096558103*relu_1_88_5_off_binary_indicator_var =l= 396.5224096558103;
relu_1_88_6_above_pre.. + 1*pre_1_88_6 - 1*post_1_88_6 =l= 0;
relu_1_88_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_88_6_on_binary_indicator_var + 1*relu_1_88_6_off_binary_indicator_var =e= 1;
e5883_.. - 1*pre_1_88_6 + 1*post_1_88_6 - 396.5224096558103*relu_1_88_6_on_binary_indicator_var =g= -396.5224096558103;
e5884_.. - 1*pre_1_88_6 + 1*post_1_88_6 + 793.0448193116206*relu_1_88_6_on_binary_indicator_var =l= 793.0448193116206;
e5885_.. + 1*post_1_88_6 =g= 0;
e5886_.. + 1*post_1_88_6 + 396.5224096558103*relu_1_88_6_off_binary_indicator_var =l= 396.5224096558103;
e5887_.. + 1*pre_1_88_6 + 396.5224096558103*relu_1_88_6_off_binary_indicator_var =l= 396.5224096558103;
relu_1_88_7_above_pre.. + 1*pre_1_88_7 - 1*post_1_88_7 =l= 0;
relu_1_88_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_88_7_on_binary_indicator_var + 1*relu_1_88_7_off_binary_indicator_var =e= 1;
e5890_.. - 1*pre_1_88_7 + 1*post_1_88_7 - 396.5224096558103*relu_1_88_7_on_binary_indicator_var =g= -396.5224096558103;
e5891_.. - 1*pre_1_88_7 + 1*post_1_88_7 + 793.0448193116206*relu_1_88_7_on_binary_indicator_var =l= 793.0448193116206;
e5892_.. + 1*post_1_88_7 =g= 0;
e5893_.. + 1*post_1_88_7 + 396.5224096558103*relu_1_88_7_off_binary_indicator_var =l= 396.5224096558103;
e5894_.. + 1*pre_1_88_7 + 396.5224096558103*relu_1_88_7_off_binary_indicator_var =l= 396.5224096558103;
relu_1_89_0_above_pre.. + 1*pre_1_89_0 - 1*post_1_89_0 =l= 0;
relu_1_89_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_89_0_on_binary_indicator_var + 1*relu_1_89_0_off_binary_indicator_var =e= 1;
e5897_.. - 1*pre_1_89_0 + 1*post_1_89_0 - 410.6351000667761*relu_1_89_0_on_binary_indicator_var =g= -410.6351000667761;
e5898_.. - 1*pre_1_89_0 + 1*post_1_89_0 + 821.2702001335522*relu_1_89_0_on_binary_indicator_var =l= 821.2702001335522;
e5899_.. + 1*post_1_89_0 =g= 0;
e5900_.. + 1*post_1_89_0 + 410.6351000667761*relu_1_89_0_off_binary_indicator_var =l= 410.6351000667761;
e5901_.. + 1*pre_1_89_0 + 410.6351000667761*relu_1_89_0_off_binary_indicator_var =l= 410.6351000667761;
relu_1_89_1_above_pre.. + 1*pre_1_89_1 - 1*post_1_89_1 =l= 0;
relu_1_89_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_89_1_on_binary_indicator_var + 1*relu_1_89_1_off_binary_indicator_var =e= 1;
e5904_.. - 1*pre_1_89_1 + 1*post_1_89_1 - 410.6351000667761*relu_1_89_1_on_binary_indicator_var =g= -410.6351000667761;
e5905_.. - 1*pre_1_89_1 + 1*post_1_89_1 + 821.2702001335522*relu_1_89_1_on_binary_indicator_var =l= 821.2702001335522;
e5906_.. + 1*post_1_89_1 =g= 0;
e5907_.. + 1*post_1_89_1 + 410.6351000667761*relu_1_89_1_off_binary_indicator_var =l= 410.6351000667761;
e5908_.. + 1*pre_1_89_1 + 410.6351000667761*relu_1_89_1_off_binary_indicator_var =l= 410.6351000667761;
relu_1_89_2_above_pre.. + 1*pre_1_89_2 - 1*post_1_89_2 =l= 0;
relu_1_89_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_89_2_on_binary_indicator_var + 1*relu_1_89_2_off_binary_indicator_var =e= 1;
e5911_.. - 1*pre_1_89_2 + 1*post_1_89_2 - 410.6351000667761*relu_1_89_2_on_binary_indicator_var =g= -410.6351000667761;
e5912_.. - 1*pre_1_89_2 + 1*post_1_89_2 + 821.2702001335522*relu_1_89_2_on_binary_indicator_var =l= 821.2702001335522;
e5913_.. + 1*post_1_89_2 =g= 0;
e5914_.. + 1*post_1_89_2 + 410.6351000667761*relu_1_89_2_off_binary_indicator_var =l= 410.6351000667761;
e5915_.. + 1*pre_1_89_2 + 410.6351000667761*relu_1_89_2_off_binary_indicator_var =l= 410.6351000667761;
relu_1_89_3_above_pre.. + 1*pre_1_89_3 - 1*post_1_89_3 =l= 0;
relu_1_89_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_89_3_on_binary_indicator_var + 1*relu_1_89_3_off_binary_indicator_var =e= 1;
e5918_.. - 1*pre_1_89_3 + 1*post_1_89_3 - 410.6351000667761*relu_1_89_3_on_binary_indicator_var =g= -410.6351000667761;
e5919_.. - 1*pre_1_89_3 + 1*post_1_89_3 + 821.2702001335522*relu_1_89_3_on_binary_indicator_var =l= 821.2702001335522;
e5920_.. + 1*post_1_89_3 =g= 0;
e5921_.. + 1*post_1_89_3 + 410.6351000667761*relu_1_89_3_off_binary_indicator_var =l= 410.6351000667761;
e5922_.. + 1*pre_1_89_3 + 410.6351000667761*relu_1_89_3_off_binary_indicator_var =l= 410.6351000667761;
relu_1_89_4_above_pre.. + 1*pre_1_89_4 - 1*post_1_89_4 =l= 0;
relu_1_89_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_89_4_on_binary_indicator_var + 1*relu_1_89_4_off_binary_indicator_var =e= 1;
e5925_.. - 1*pre_1_89_4 + 1*post_1_89_4 - 410.6351000667761*relu_1_89_4_on_binary_indicator_var =g= -410.6351000667761;
e5926_.. - 1*pre_1_89_4 + 1*post_1_89_4 + 821.2702001335522*relu_1_89_4_on_binary_indicator_var =l= 821.2702001335522;
e5927_.. + 1*post_1_89_4 =g= 0;
e5928_.. + 1*post_1_89_4 + 410.6351000667761*relu_1_89_4_off_binary_indicator_var =l= 410.6351000667761;
e5929_.. + 1*pre_1_89_4 + 410.6351000667761*relu_1_89_4_off_binary_indicator_var =l= 410.6351000667761;
relu_1_89_5_above_pre.. + 1*pre_1_89_5 - 1*post_1_89_5 =l= 0;
relu_1_89_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_89_5_on_binary_indicator_var + 1*relu_1_89_5_off_binary_indicator_var =e= 1;
e5932_.. - 1*pre_1_89_5 + 1*post_1_89_5 - 410.6351000667761*relu_1_89_5_on_binary_indicator_var =g= -410.6351000667761;
e5933_.. - 1*pre_1_89_5 + 1*post_1_89_5 + 821.2702001335522*relu_1_89_5_on_binary_indicator_var =l= 821.2702001335522;
e5934_.. + 1*post_1_89_5 =g= 0;
e5935_.. + 1*post_1_89_5 + 410.6351000667761*relu_1_89_5_off_binary_indicator_var =l= 410.6351000667761;
e5936_.. + 1*pre_1_89_5 + 410.6351000667761*relu_1_89_5_off_binary_indicator_var =l= 410.6351000667761;
relu_1_89_6_above_pre.. + 1*pre_1_89_6 - 1*post_1_89_6 =l= 0;
relu_1_89_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_89_6_on_binary_indicator_var + 1*relu_1_89_6_off_binary_indicator_var =e= 1;
e5939_.. - 1*pre_1_89_6 + 1*post_1_89_6 - 410.6351000667761*relu_1_89_6_on_binary_indicator_var =g= -410.6351000667761;
e5940_.. - 1*pre_1_89_6 + 1*post_1_89_6 + 821.2702001335522*relu_1_89_6_on_binary_indicator_var =l= 821.2702001335522;
e5941_.. + 1*post_1_89_6 =g= 0;
e5942_.. + 1*post_1_89_6 + 410.6351000667761*relu_1_89_6_off_binary_indicator_var =l= 410.6351000667761;
e5943_.. + 1*pre_1_89_6 + 410.6351000667761*relu_1_89_6_off_binary_indicator_var =l= 410.6351000667761;
relu_1_89_7_above_pre.. + 1*pre_1_89_7 - 1*post_1_89_7 =l= 0;
relu_1_89_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_89_7_on_binary_indicator_var + 1*relu_1_89_7_off_binary_indicator_var =e= 1;
e5946_.. - 1*pre_1_89_7 + 1*post_1_89_7 - 410.6351000667761*relu_1_89_7_on_binary_indicator_var =g= -410.6351000667761;
e5947_.. - 1*pre_1_89_7 + 1*post_1_89_7 + 821.2702001335522*relu_1_89_7_on_binary_indicator_var =l= 821.2702001335522;
e5948_.. + 1*post_1_89_7 =g= 0;
e5949_.. + 1*post_1_89_7 + 410.6351000667761*relu_1_89_7_off_binary_indicator_var =l= 410.6351000667761;
e5950_.. + 1*pre_1_89_7 + 410.6351000667761*relu_1_89_7_off_binary_indicator_var =l= 410.6351000667761;
relu_1_90_0_above_pre.. + 1*pre_1_90_0 - 1*post_1_90_0 =l= 0;
relu_1_90_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_90_0_on_binary_indicator_var + 1*relu_1_90_0_off_binary_indicator_var =e= 1;
e5953_.. - 1*pre_1_90_0 + 1*post_1_90_0 - 316.10831814187213*relu_1_90_0_on_binary_indicator_var =g= -316.10831814187213;
e5954_.. - 1*pre_1_90_0 + 1*post_1_90_0 + 632.2166362837443*relu_1_90_0_on_binary_indicator_var =l= 632.2166362837443;
e5955_.. + 1*post_1_90_0 =g= 0;
e5956_.. + 1*post_1_90_0 + 316.10831814187213*relu_1_90_0_off_binary_indicator_var =l= 316.10831814187213;
e5957_.. + 1*pre_1_90_0 + 316.10831814187213*relu_1_90_0_off_binary_indicator_var =l= 316.10831814187213;
relu_1_90_1_above_pre.. + 1*pre_1_90_1 - 1*post_1_90_1 =l= 0;
relu_1_90_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_90_1_on_binary_indicator_var + 1*relu_1_90_1_off_binary_indicator_var =e= 1;
e5960_.. - 1*pre_1_90_1 + 1*post_1_90_1 - 316.10831814187213*relu_1_90_1_on_binary_indicator_var =g= -316.10831814187213;
e5961_.. - 1*pre_1_90_1 + 1*post_1_90_1 + 632.2166362837443*relu_1_90_1_on_binary_indicator_var =l= 632.2166362837443;
e5962_.. + 1*post_1_90_1 =g= 0;
e5963_.. + 1*post_1_90_1 + 316.10831814187213*relu_1_90_1_off_binary_indicator_var =l= 316.10831814187213;
e5964_.. + 1*pre_1_90_1 + 316.10831814187213*relu_1_90_1_off_binary_indicator_var =l= 316.10831814187213;
relu_1_90_2_above_pre.. + 1*pre_1_90_2 - 1*post_1_90_2 =l= 0;
relu_1_90_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_90_2_on_binary_indicator_var + 1*relu_1_90_2_off_binary_indicator_var =e= 1;
e5967_.. - 1*pre_1_90_2 + 1*post_1_90_2 - 316.10831814187213*relu_1_90_2_on_binary_indicator_var =g= -316.10831814187213;
e5968_.. - 1*pre_1_90_2 + 1*post_1_90_2 + 632.2166362837443*relu_1_90_2_on_binary_indicator_var =l= 632.2166362837443;
e5969_.. + 1*post_1_90_2 =g= 0;
e5970_.. + 1*post_1_90_2 + 316.10831814187213*relu_1_90_2_off_binary_indicator_var =l= 316.10831814187213;
e5971_.. + 1*pre_1_90_2 + 316.10831814187213*relu_1_90_2_off_binary_indicator_var =l= 316.10831814187213;
relu_1_90_3_above_pre.. + 1*pre_1_90_3 - 1*post_1_90_3 =l= 0;
relu_1_90_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_90_3_on_binary_indicator_var + 1*relu_1_90_3_off_binary_indicator_var =e= 1;
e5974_.. - 1*pre_1_90_3 + 1*post_1_90_3 - 316.10831814187213*relu_1_90_3_on_binary_indicator_var =g= -316.10831814187213;
e5975_.. - 1*pre_1_90_3 + 1*post_1_90_3 + 632.2166362837443*relu_1_90_3_on_binary_indicator_var =l= 632.2166362837443;
e5976_.. + 1*post_1_90_3 =g= 0;
e5977_.. + 1*post_1_90_3 + 316.10831814187213*relu_1_90_3_off_binary_indicator_var =l= 316.10831814187213;
e5978_.. + 1*pre_1_90_3 + 316.10831814187213*relu_1_90_3_off_binary_indicator_var =l= 316.10831814187213;
relu_1_90_4_above_pre.. + 1*pre_1_90_4 - 1*post_1_90_4 =l= 0;
relu_1_90_4__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_90_4_on_binary_indicator_var + 1*relu_1_90_4_off_binary_indicator_var =e= 1;
e5981_.. - 1*pre_1_90_4 + 1*post_1_90_4 - 316.10831814187213*relu_1_90_4_on_binary_indicator_var =g= -316.10831814187213;
e5982_.. - 1*pre_1_90_4 + 1*post_1_90_4 + 632.2166362837443*relu_1_90_4_on_binary_indicator_var =l= 632.2166362837443;
e5983_.. + 1*post_1_90_4 =g= 0;
e5984_.. + 1*post_1_90_4 + 316.10831814187213*relu_1_90_4_off_binary_indicator_var =l= 316.10831814187213;
e5985_.. + 1*pre_1_90_4 + 316.10831814187213*relu_1_90_4_off_binary_indicator_var =l= 316.10831814187213;
relu_1_90_5_above_pre.. + 1*pre_1_90_5 - 1*post_1_90_5 =l= 0;
relu_1_90_5__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_90_5_on_binary_indicator_var + 1*relu_1_90_5_off_binary_indicator_var =e= 1;
e5988_.. - 1*pre_1_90_5 + 1*post_1_90_5 - 316.10831814187213*relu_1_90_5_on_binary_indicator_var =g= -316.10831814187213;
e5989_.. - 1*pre_1_90_5 + 1*post_1_90_5 + 632.2166362837443*relu_1_90_5_on_binary_indicator_var =l= 632.2166362837443;
e5990_.. + 1*post_1_90_5 =g= 0;
e5991_.. + 1*post_1_90_5 + 316.10831814187213*relu_1_90_5_off_binary_indicator_var =l= 316.10831814187213;
e5992_.. + 1*pre_1_90_5 + 316.10831814187213*relu_1_90_5_off_binary_indicator_var =l= 316.10831814187213;
relu_1_90_6_above_pre.. + 1*pre_1_90_6 - 1*post_1_90_6 =l= 0;
relu_1_90_6__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_90_6_on_binary_indicator_var + 1*relu_1_90_6_off_binary_indicator_var =e= 1;
e5995_.. - 1*pre_1_90_6 + 1*post_1_90_6 - 316.10831814187213*relu_1_90_6_on_binary_indicator_var =g= -316.10831814187213;
e5996_.. - 1*pre_1_90_6 + 1*post_1_90_6 + 632.2166362837443*relu_1_90_6_on_binary_indicator_var =l= 632.2166362837443;
e5997_.. + 1*post_1_90_6 =g= 0;
e5998_.. + 1*post_1_90_6 + 316.10831814187213*relu_1_90_6_off_binary_indicator_var =l= 316.10831814187213;
e5999_.. + 1*pre_1_90_6 + 316.10831814187213*relu_1_90_6_off_binary_indicator_var =l= 316.10831814187213;
relu_1_90_7_above_pre.. + 1*pre_1_90_7 - 1*post_1_90_7 =l= 0;
relu_1_90_7__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_90_7_on_binary_indicator_var + 1*relu_1_90_7_off_binary_indicator_var =e= 1;
e6002_.. - 1*pre_1_90_7 + 1*post_1_90_7 - 316.10831814187213*relu_1_90_7_on_binary_indicator_var =g= -316.10831814187213;
e6003_.. - 1*pre_1_90_7 + 1*post_1_90_7 + 632.2166362837443*relu_1_90_7_on_binary_indicator_var =l= 632.2166362837443;
e6004_.. + 1*post_1_90_7 =g= 0;
e6005_.. + 1*post_1_90_7 + 316.10831814187213*relu_1_90_7_off_binary_indicator_var =l= 316.10831814187213;
e6006_.. + 1*pre_1_90_7 + 316.10831814187213*relu_1_90_7_off_binary_indicator_var =l= 316.10831814187213;

w_1_0_0.lo = -20;
w_1_0_0.up = 20;
w_1_0_1.lo = -20;
w_1_0_1.up = 20;
w_1_1_0.lo = -20;
w_1_1_0.up = 20;
w_1_1_1.lo = -20;
w_1_1_1.up = 20;
w_1_2_0.lo = -20;
w_1_2_0.up = 20;
w_1_2_1.lo = -20;
w_1_2_1.up = 20;
w_1_3_0.lo = -20;
w_1_3_0.up = 20;
w_1_3_1.lo = -20;
w_1_3_1.up = 20;
w_1_4_0.lo = -20;
w_1_4_0.up = 20;
w_1_4_1.lo = -20;
w_1_4_1.up = 20;
w_1_5_0.lo = -20;
w_1_5_0.up = 20;
w_1_5_1.lo = -20;
w_1_5_1.up = 20;
w_1_6_0.lo = -20;
w_1_6_0.up = 20;
w_1_6_1.lo = -20;
w_1_6_1.up = 20;
w_1_7_0.lo = -20;
w_1_7_0.up = 20;
w_1_7_1.lo = -20;
w_1_7_1.up = 20;
w_2_0_0.lo = -20;
w_2_0_0.up = 20;
w_2_0_1.lo = -20;
w_2_0_1.up = 20;
w_2_0_2.lo = -20;
w_2_0_2.up = 20;
w_2_0_3.lo = -20;
w_2_0_3.up = 20;
w_2_0_4.lo = -20;
w_2_0_4.up = 20;
w_2_0_5.lo = -20;
w_2_0_5.up = 20;
w_2_0_6.lo = -20;
w_2_0_6.up = 20;
w_2_0_7.lo = -20;
w_2_0_7.up = 20;
w_2_1_0.lo = -20;
w_2_1_0.up = 20;
w_2_1_1.lo = -20;
w_2_1_1.up = 20;
w_2_1_2.lo = -20;
w_2_1_2.up = 20;
w_2_1_3.lo = -20;
w_2_1_3.up = 20;
w_2_1_4.lo = -20;
w_2_1_4.up = 20;
w_2_1_5.lo = -20;
w_2_1_5.up = 20;
w_2_1_6.lo = -20;
w_2_1_6.up = 20;
w_2_1_7.lo = -20;
w_2_1_7.up = 20;
b_1_0.lo = -20;
b_1_0.up = 20;
b_1_1.lo = -20;
b_1_1.up = 20;
b_1_2.lo = -20;
b_1_2.up = 20;
b_1_3.lo = -20;
b_1_3.up = 20;
b_1_4.lo = -20;
b_1_4.up = 20;
b_1_5.lo = -20;
b_1_5.up = 20;
b_1_6.lo = -20;
b_1_6.up = 20;
b_1_7.lo = -20;
b_1_7.up = 20;
b_2_0.lo = -20;
b_2_0.up = 20;
b_2_1.lo = -20;
b_2_1.up = 20;
pre_1_0_0.lo = -360.9983581771048;
pre_1_0_0.up = 360.9983581771048;
pre_1_0_1.lo = -360.9983581771048;
pre_1_0_1.up = 360.9983581771048;
pre_1_0_2.lo = -360.9983581771048;
pre_1_0_2.up = 360.9983581771048;
pre_1_0_3.lo = -360.9983581771048;
pre_1_0_3.up = 360.9983581771048;
pre_1_0_4.lo = -360.9983581771048;
pre_1_0_4.up = 360.9983581771048;
pre_1_0_5.lo = -360.9983581771048;
pre_1_0_5.up = 360.9983581771048;
pre_1_0_6.lo = -360.9983581771048;
pre_1_0_6.up = 360.9983581771048;
pre_1_0_7.lo = -360.9983581771048;
pre_1_0_7.up = 360.9983581771048;
pre_1_1_0.lo = -361.9104817236893;
pre_1_1_0.up = 361.9104817236893;
pre_1_1_1.lo = -361.9104817236893;
pre_1_1_1.up = 361.9104817236893;
pre_1_1_2.lo = -361.9104817236893;
pre_1_1_2.up = 361.9104817236893;
pre_1_1_3.lo = -361.9104817236893;
pre_1_1_3.up = 361.9104817236893;
pre_1_1_4.lo = -361.9104817236893;
pre_1_1_4.up = 361.9104817236893;
pre_1_1_5.lo = -361.9104817236893;
pre_1_1_5.up = 361.9104817236893;
pre_1_1_6.lo = -361.9104817236893;
pre_1_1_6.up = 361.9104817236893;
pre_1_1_7.lo = -361.9104817236893;
pre_1_1_7.up = 361.9104817236893;
pre_1_2_0.lo = -362.8226052702738;
pre_1_2_0.up = 362.8226052702738;
pre_1_2_1.lo = -362.8226052702738;
pre_1_2_1.up = 362.8226052702738;
pre_1_2_2.lo = -362.8226052702738;
pre_1_2_2.up = 362.8226052702738;
pre_1_2_3.lo = -362.8226052702738;
pre_1_2_3.up = 362.8226052702738;
pre_1_2_4.lo = -362.8226052702738;
pre_1_2_4.up = 362.8226052702738;
pre_1_2_5.lo = -362.8226052702738;
pre_1_2_5.up = 362.8226052702738;
pre_1_2_6.lo = -362.8226052702738;
pre_1_2_6.up = 362.8226052702738;
pre_1_2_7.lo = -362.8226052702738;
pre_1_2_7.up = 362.8226052702738;
pre_1_3_0.lo = -353.9420129716219;
pre_1_3_0.up = 353.9420129716219;
pre_1_3_1.lo = -353.9420129716219;
pre_1_3_1.up = 353.9420129716219;
pre_1_3_2.lo = -353.9420129716219;
pre_1_3_2.up = 353.9420129716219;
pre_1_3_3.lo = -353.9420129716219;
pre_1_3_3.up = 353.9420129716219;
pre_1_3_4.lo = -353.9420129716219;
pre_1_3_4.up = 353.9420129716219;
pre_1_3_5.lo = -353.9420129716219;
pre_1_3_5.up = 353.9420129716219;
pre_1_3_6.lo = -353.9420129716219;
pre_1_3_6.up = 353.9420129716219;
pre_1_3_7.lo = -353.9420129716219;
pre_1_3_7.up = 353.9420129716219;
pre_1_4_0.lo = -354.8541365182064;
pre_1_4_0.up = 354.8541365182064;
pre_1_4_1.lo = -354.8541365182064;
pre_1_4_1.up = 354.8541365182064;
pre_1_4_2.lo = -354.8541365182064;
pre_1_4_2.up = 354.8541365182064;
pre_1_4_3.lo = -354.8541365182064;
pre_1_4_3.up = 354.8541365182064;
pre_1_4_4.lo = -354.8541365182064;
pre_1_4_4.up = 354.8541365182064;
pre_1_4_5.lo = -354.8541365182064;
pre_1_4_5.up = 354.8541365182064;
pre_1_4_6.lo = -354.8541365182064;
pre_1_4_6.up = 354.8541365182064;
pre_1_4_7.lo = -354.8541365182064;
pre_1_4_7.up = 354.8541365182064;
pre_1_5_0.lo = -355.7662600647909;
pre_1_5_0.up = 355.7662600647909;
pre_1_5_1.lo = -355.7662600647909;
pre_1_5_1.up = 355.7662600647909;
pre_1_5_2.lo = -355.7662600647909;
pre_1_5_2.up = 355.7662600647909;
pre_1_5_3.lo = -355.7662600647909;
pre_1_5_3.up = 355.7662600647909;
pre_1_5_4.lo = -355.7662600647909;
pre_1_5_4.up = 355.7662600647909;
pre_1_5_5.lo = -355.7662600647909;
pre_1_5_5.up = 355.7662600647909;
pre_1_5_6.lo = -355.7662600647909;
pre_1_5_6.up = 355.7662600647909;
pre_1_5_7.lo = -355.7662600647909;
pre_1_5_7.up = 355.7662600647909;
pre_1_6_0.lo = -346.885667766139;
pre_1_6_0.up = 346.885667766139;
pre_1_6_1.lo = -346.885667766139;
pre_1_6_1.up = 346.885667766139;
pre_1_6_2.lo = -346.885667766139;
pre_1_6_2.up = 346.885667766139;
pre_1_6_3.lo = -346.885667766139;
pre_1_6_3.up = 346.885667766139;
pre_1_6_4.lo = -346.885667766139;
pre_1_6_4.up = 346.885667766139;
pre_1_6_5.lo = -346.885667766139;
pre_1_6_5.up = 346.885667766139;
pre_1_6_6.lo = -346.885667766139;
pre_1_6_6.up = 346.885667766139;
pre_1_6_7.lo = -346.885667766139;
pre_1_6_7.up = 346.885667766139;
pre_1_7_0.lo = -347.79779131272346;
pre_1_7_0.up = 347.79779131272346;
pre_1_7_1.lo = -347.79779131272346;
pre_1_7_1.up = 347.79779131272346;
pre_1_7_2.lo = -347.79779131272346;
pre_1_7_2.up = 347.79779131272346;
pre_1_7_3.lo = -347.79779131272346;
pre_1_7_3.up = 347.79779131272346;
pre_1_7_4.lo = -347.79779131272346;
pre_1_7_4.up = 347.79779131272346;
pre_1_7_5.lo = -347.79779131272346;
pre_1_7_5.up = 347.79779131272346;
pre_1_7_6.lo = -347.79779131272346;
pre_1_7_6.up = 347.79779131272346;
pre_1_7_7.lo = -347.79779131272346;
pre_1_7_7.up = 347.79779131272346;
pre_1_8_0.lo = -348.709914859308;
pre_1_8_0.up = 348.709914859308;
pre_1_8_1.lo = -348.709914859308;
pre_1_8_1.up = 348.709914859308;
pre_1_8_2.lo = -348.709914859308;
pre_1_8_2.up = 348.709914859308;
pre_1_8_3.lo = -348.709914859308;
pre_1_8_3.up = 348.709914859308;
pre_1_8_4.lo = -348.709914859308;
pre_1_8_4.up = 348.709914859308;
pre_1_8_5.lo = -348.709914859308;
pre_1_8_5.up = 348.709914859308;
pre_1_8_6.lo = -348.709914859308;
pre_1_8_6.up = 348.709914859308;
pre_1_8_7.lo = -348.709914859308;
pre_1_8_7.up = 348.709914859308;
pre_1_9_0.lo = -329.2448047524318;
pre_1_9_0.up = 329.2448047524318;
pre_1_9_1.lo = -329.2448047524318;
pre_1_9_1.up = 329.2448047524318;
pre_1_9_2.lo = -329.2448047524318;
pre_1_9_2.up = 329.2448047524318;
pre_1_9_3.lo = -329.2448047524318;
pre_1_9_3.up = 329.2448047524318;
pre_1_9_4.lo = -329.2448047524318;
pre_1_9_4.up = 329.2448047524318;
pre_1_9_5.lo = -329.2448047524318;
pre_1_9_5.up = 329.2448047524318;
pre_1_9_6.lo = -329.2448047524318;
pre_1_9_6.up = 329.2448047524318;
pre_1_9_7.lo = -329.2448047524318;
pre_1_9_7.up = 329.2448047524318;
pre_1_10_0.lo = -330.1569282990163;
pre_1_10_0.up = 330.1569282990163;
pre_1_10_1.lo = -330.1569282990163;
pre_1_10_1.up = 330.1569282990163;
pre_1_10_2.lo = -330.1569282990163;
pre_1_10_2.up = 330.1569282990163;
pre_1_10_3.lo = -330.1569282990163;
pre_1_10_3.up = 330.1569282990163;
pre_1_10_4.lo = -330.1569282990163;
pre_1_10_4.up = 330.1569282990163;
pre_1_10_5.lo = -330.1569282990163;
pre_1_10_5.up = 330.1569282990163;
pre_1_10_6.lo = -330.1569282990163;
pre_1_10_6.up = 330.1569282990163;
pre_1_10_7.lo = -330.1569282990163;
pre_1_10_7.up = 330.1569282990163;
pre_1_11_0.lo = -331.06905184560077;
pre_1_11_0.up = 331.06905184560077;
pre_1_11_1.lo = -331.06905184560077;
pre_1_11_1.up = 331.06905184560077;
pre_1_11_2.lo = -331.06905184560077;
pre_1_11_2.up = 331.06905184560077;
pre_1_11_3.lo = -331.06905184560077;
pre_1_11_3.up = 331.06905184560077;
pre_1_11_4.lo = -331.06905184560077;
pre_1_11_4.up = 331.06905184560077;
pre_1_11_5.lo = -331.06905184560077;
pre_1_11_5.up = 331.06905184560077;
pre_1_11_6.lo = -331.06905184560077;
pre_1_11_6.up = 331.06905184560077;
pre_1_11_7.lo = -331.06905184560077;
pre_1_11_7.up = 331.06905184560077;
pre_1_12_0.lo = -325.7166321496903;
pre_1_12_0.up = 325.7166321496903;
pre_1_12_1.lo = -325.7166321496903;
pre_1_12_1.up = 325.7166321496903;
pre_1_12_2.lo = -325.7166321496903;
pre_1_12_2.up = 325.7166321496903;
pre_1_12_3.lo = -325.7166321496903;
pre_1_12_3.up = 325.7166321496903;
pre_1_12_4.lo = -325.7166321496903;
pre_1_12_4.up = 325.7166321496903;
pre_1_12_5.lo = -325.7166321496903;
pre_1_12_5.up = 325.7166321496903;
pre_1_12_6.lo = -325.7166321496903;
pre_1_12_6.up = 325.7166321496903;
pre_1_12_7.lo = -325.7166321496903;
pre_1_12_7.up = 325.7166321496903;
pre_1_13_0.lo = -326.6287556962748;
pre_1_13_0.up = 326.6287556962748;
pre_1_13_1.lo = -326.6287556962748;
pre_1_13_1.up = 326.6287556962748;
pre_1_13_2.lo = -326.6287556962748;
pre_1_13_2.up = 326.6287556962748;
pre_1_13_3.lo = -326.6287556962748;
pre_1_13_3.up = 326.6287556962748;
pre_1_13_4.lo = -326.6287556962748;
pre_1_13_4.up = 326.6287556962748;
pre_1_13_5.lo = -326.6287556962748;
pre_1_13_5.up = 326.6287556962748;
pre_1_13_6.lo = -326.6287556962748;
pre_1_13_6.up = 326.6287556962748;
pre_1_13_7.lo = -326.6287556962748;
pre_1_13_7.up = 326.6287556962748;
pre_1_14_0.lo = -327.5408792428593;
pre_1_14_0.up = 327.5408792428593;
pre_1_14_1.lo = -327.5408792428593;
pre_1_14_1.up = 327.5408792428593;
pre_1_14_2.lo = -327.5408792428593;
pre_1_14_2.up = 327.5408792428593;
pre_1_14_3.lo = -327.5408792428593;
pre_1_14_3.up = 327.5408792428593;
pre_1_14_4.lo = -327.5408792428593;
pre_1_14_4.up = 327.5408792428593;
pre_1_14_5.lo = -327.5408792428593;
pre_1_14_5.up = 327.5408792428593;
pre_1_14_6.lo = -327.5408792428593;
pre_1_14_6.up = 327.5408792428593;
pre_1_14_7.lo = -327.5408792428593;
pre_1_14_7.up = 327.5408792428593;
pre_1_15_0.lo = -322.1884595469489;
pre_1_15_0.up = 322.1884595469489;
pre_1_15_1.lo = -322.1884595469489;
pre_1_15_1.up = 322.1884595469489;
pre_1_15_2.lo = -322.1884595469489;
pre_1_15_2.up = 322.1884595469489;
pre_1_15_3.lo = -322.1884595469489;
pre_1_15_3.up = 322.1884595469489;
pre_1_15_4.lo = -322.1884595469489;
pre_1_15_4.up = 322.1884595469489;
pre_1_15_5.lo = -322.1884595469489;
pre_1_15_5.up = 322.1884595469489;
pre_1_15_6.lo = -322.1884595469489;
pre_1_15_6.up = 322.1884595469489;
pre_1_15_7.lo = -322.1884595469489;
pre_1_15_7.up = 322.1884595469489;
pre_1_16_0.lo = -323.1005830935333;
pre_1_16_0.up = 323.1005830935333;
pre_1_16_1.lo = -323.1005830935333;
pre_1_16_1.up = 323.1005830935333;
pre_1_16_2.lo = -323.1005830935333;
pre_1_16_2.up = 323.1005830935333;
pre_1_16_3.lo = -323.1005830935333;
pre_1_16_3.up = 323.1005830935333;
pre_1_16_4.lo = -323.1005830935333;
pre_1_16_4.up = 323.1005830935333;
pre_1_16_5.lo = -323.1005830935333;
pre_1_16_5.up = 323.1005830935333;
pre_1_16_6.lo = -323.1005830935333;
pre_1_16_6.up = 323.1005830935333;
pre_1_16_7.lo = -323.1005830935333;
pre_1_16_7.up = 323.1005830935333;
pre_1_17_0.lo = -324.01270664011787;
pre_1_17_0.up = 324.01270664011787;
pre_1_17_1.lo = -324.01270664011787;
pre_1_17_1.up = 324.01270664011787;
pre_1_17_2.lo = -324.01270664011787;
pre_1_17_2.up = 324.01270664011787;
pre_1_17_3.lo = -324.01270664011787;
pre_1_17_3.up = 324.01270664011787;
pre_1_17_4.lo = -324.01270664011787;
pre_1_17_4.up = 324.01270664011787;
pre_1_17_5.lo = -324.01270664011787;
pre_1_17_5.up = 324.01270664011787;
pre_1_17_6.lo = -324.01270664011787;
pre_1_17_6.up = 324.01270664011787;
pre_1_17_7.lo = -324.01270664011787;
pre_1_17_7.up = 324.01270664011787;
pre_1_18_0.lo = -318.6602869442074;
pre_1_18_0.up = 318.6602869442074;
pre_1_18_1.lo = -318.6602869442074;
pre_1_18_1.up = 318.6602869442074;
pre_1_18_2.lo = -318.6602869442074;
pre_1_18_2.up = 318.6602869442074;
pre_1_18_3.lo = -318.6602869442074;
pre_1_18_3.up = 318.6602869442074;
pre_1_18_4.lo = -318.6602869442074;
pre_1_18_4.up = 318.6602869442074;
pre_1_18_5.lo = -318.6602869442074;
pre_1_18_5.up = 318.6602869442074;
pre_1_18_6.lo = -318.6602869442074;
pre_1_18_6.up = 318.6602869442074;
pre_1_18_7.lo = -318.6602869442074;
pre_1_18_7.up = 318.6602869442074;
pre_1_19_0.lo = -319.5724104907919;
pre_1_19_0.up = 319.5724104907919;
pre_1_19_1.lo = -319.5724104907919;
pre_1_19_1.up = 319.5724104907919;
pre_1_19_2.lo = -319.5724104907919;
pre_1_19_2.up = 319.5724104907919;
pre_1_19_3.lo = -319.5724104907919;
pre_1_19_3.up = 319.5724104907919;
pre_1_19_4.lo = -319.5724104907919;
pre_1_19_4.up = 319.5724104907919;
pre_1_19_5.lo = -319.5724104907919;
pre_1_19_5.up = 319.5724104907919;
pre_1_19_6.lo = -319.5724104907919;
pre_1_19_6.up = 319.5724104907919;
pre_1_19_7.lo = -319.5724104907919;
pre_1_19_7.up = 319.5724104907919;
pre_1_20_0.lo = -320.48453403737636;
pre_1_20_0.up = 320.48453403737636;
pre_1_20_1.lo = -320.48453403737636;
pre_1_20_1.up = 320.48453403737636;
pre_1_20_2.lo = -320.48453403737636;
pre_1_20_2.up = 320.48453403737636;
pre_1_20_3.lo = -320.48453403737636;
pre_1_20_3.up = 320.48453403737636;
pre_1_20_4.lo = -320.48453403737636;
pre_1_20_4.up = 320.48453403737636;
pre_1_20_5.lo = -320.48453403737636;
pre_1_20_5.up = 320.48453403737636;
pre_1_20_6.lo = -320.48453403737636;
pre_1_20_6.up = 320.48453403737636;
pre_1_20_7.lo = -320.48453403737636;
pre_1_20_7.up = 320.48453403737636;
pre_1_21_0.lo = -276.32221571131004;
pre_1_21_0.up = 276.32221571131004;
pre_1_21_1.lo = -276.32221571131004;
pre_1_21_1.up = 276.32221571131004;
pre_1_21_2.lo = -276.32221571131004;
pre_1_21_2.up = 276.32221571131004;
pre_1_21_3.lo = -276.32221571131004;
pre_1_21_3.up = 276.32221571131004;
pre_1_21_4.lo = -276.32221571131004;
pre_1_21_4.up = 276.32221571131004;
pre_1_21_5.lo = -276.32221571131004;
pre_1_21_5.up = 276.32221571131004;
pre_1_21_6.lo = -276.32221571131004;
pre_1_21_6.up = 276.32221571131004;
pre_1_21_7.lo = -276.32221571131004;
pre_1_21_7.up = 276.32221571131004;
pre_1_22_0.lo = -277.2343392578945;
pre_1_22_0.up = 277.2343392578945;
pre_1_22_1.lo = -277.2343392578945;
pre_1_22_1.up = 277.2343392578945;
pre_1_22_2.lo = -277.2343392578945;
pre_1_22_2.up = 277.2343392578945;
pre_1_22_3.lo = -277.2343392578945;
pre_1_22_3.up = 277.2343392578945;
pre_1_22_4.lo = -277.2343392578945;
pre_1_22_4.up = 277.2343392578945;
pre_1_22_5.lo = -277.2343392578945;
pre_1_22_5.up = 277.2343392578945;
pre_1_22_6.lo = -277.2343392578945;
pre_1_22_6.up = 277.2343392578945;
pre_1_22_7.lo = -277.2343392578945;
pre_1_22_7.up = 277.2343392578945;
pre_1_23_0.lo = -278.146462804479;
pre_1_23_0.up = 278.146462804479;
pre_1_23_1.lo = -278.146462804479;
pre_1_23_1.up = 278.146462804479;
pre_1_23_2.lo = -278.146462804479;
pre_1_23_2.up = 278.146462804479;
pre_1_23_3.lo = -278.146462804479;
pre_1_23_3.up = 278.146462804479;
pre_1_23_4.lo = -278.146462804479;
pre_1_23_4.up = 278.146462804479;
pre_1_23_5.lo = -278.146462804479;
pre_1_23_5.up = 278.146462804479;
pre_1_23_6.lo = -278.146462804479;
pre_1_23_6.up = 278.146462804479;
pre_1_23_7.lo = -278.146462804479;
pre_1_23_7.up = 278.146462804479;
pre_1_24_0.lo = -233.98414447841262;
pre_1_24_0.up = 233.98414447841262;
pre_1_24_1.lo = -233.98414447841262;
pre_1_24_1.up = 233.98414447841262;
pre_1_24_2.lo = -233.98414447841262;
pre_1_24_2.up = 233.98414447841262;
pre_1_24_3.lo = -233.98414447841262;
pre_1_24_3.up = 233.98414447841262;
pre_1_24_4.lo = -233.98414447841262;
pre_1_24_4.up = 233.98414447841262;
pre_1_24_5.lo = -233.98414447841262;
pre_1_24_5.up = 233.98414447841262;
pre_1_24_6.lo = -233.98414447841262;
pre_1_24_6.up = 233.98414447841262;
pre_1_24_7.lo = -233.98414447841262;
pre_1_24_7.up = 233.98414447841262;
pre_1_25_0.lo = -234.8962680249971;
pre_1_25_0.up = 234.8962680249971;
pre_1_25_1.lo = -234.8962680249971;
pre_1_25_1.up = 234.8962680249971;
pre_1_25_2.lo = -234.8962680249971;
pre_1_25_2.up = 234.8962680249971;
pre_1_25_3.lo = -234.8962680249971;
pre_1_25_3.up = 234.8962680249971;
pre_1_25_4.lo = -234.8962680249971;
pre_1_25_4.up = 234.8962680249971;
pre_1_25_5.lo = -234.8962680249971;
pre_1_25_5.up = 234.8962680249971;
pre_1_25_6.lo = -234.8962680249971;
pre_1_25_6.up = 234.8962680249971;
pre_1_25_7.lo = -234.8962680249971;
pre_1_25_7.up = 234.8962680249971;
pre_1_26_0.lo = -235.8083915715816;
pre_1_26_0.up = 235.8083915715816;
pre_1_26_1.lo = -235.8083915715816;
pre_1_26_1.up = 235.8083915715816;
pre_1_26_2.lo = -235.8083915715816;
pre_1_26_2.up = 235.8083915715816;
pre_1_26_3.lo = -235.8083915715816;
pre_1_26_3.up = 235.8083915715816;
pre_1_26_4.lo = -235.8083915715816;
pre_1_26_4.up = 235.8083915715816;
pre_1_26_5.lo = -235.8083915715816;
pre_1_26_5.up = 235.8083915715816;
pre_1_26_6.lo = -235.8083915715816;
pre_1_26_6.up = 235.8083915715816;
pre_1_26_7.lo = -235.8083915715816;
pre_1_26_7.up = 235.8083915715816;
pre_1_27_0.lo = -230.45597187567114;
pre_1_27_0.up = 230.45597187567114;
pre_1_27_1.lo = -230.45597187567114;
pre_1_27_1.up = 230.45597187567114;
pre_1_27_2.lo = -230.45597187567114;
pre_1_27_2.up = 230.45597187567114;
pre_1_27_3.lo = -230.45597187567114;
pre_1_27_3.up = 230.45597187567114;
pre_1_27_4.lo = -230.45597187567114;
pre_1_27_4.up = 230.45597187567114;
pre_1_27_5.lo = -230.45597187567114;
pre_1_27_5.up = 230.45597187567114;
pre_1_27_6.lo = -230.45597187567114;
pre_1_27_6.up = 230.45597187567114;
pre_1_27_7.lo = -230.45597187567114;
pre_1_27_7.up = 230.45597187567114;
pre_1_28_0.lo = -231.36809542225564;
pre_1_28_0.up = 231.36809542225564;
pre_1_28_1.lo = -231.36809542225564;
pre_1_28_1.up = 231.36809542225564;
pre_1_28_2.lo = -231.36809542225564;
pre_1_28_2.up = 231.36809542225564;
pre_1_28_3.lo = -231.36809542225564;
pre_1_28_3.up = 231.36809542225564;
pre_1_28_4.lo = -231.36809542225564;
pre_1_28_4.up = 231.36809542225564;
pre_1_28_5.lo = -231.36809542225564;
pre_1_28_5.up = 231.36809542225564;
pre_1_28_6.lo = -231.36809542225564;
pre_1_28_6.up = 231.36809542225564;
pre_1_28_7.lo = -231.36809542225564;
pre_1_28_7.up = 231.36809542225564;
pre_1_29_0.lo = -232.28021896884013;
pre_1_29_0.up = 232.28021896884013;
pre_1_29_1.lo = -232.28021896884013;
pre_1_29_1.up = 232.28021896884013;
pre_1_29_2.lo = -232.28021896884013;
pre_1_29_2.up = 232.28021896884013;
pre_1_29_3.lo = -232.28021896884013;
pre_1_29_3.up = 232.28021896884013;
pre_1_29_4.lo = -232.28021896884013;
pre_1_29_4.up = 232.28021896884013;
pre_1_29_5.lo = -232.28021896884013;
pre_1_29_5.up = 232.28021896884013;
pre_1_29_6.lo = -232.28021896884013;
pre_1_29_6.up = 232.28021896884013;
pre_1_29_7.lo = -232.28021896884013;
pre_1_29_7.up = 232.28021896884013;
pre_1_30_0.lo = -226.92779927292972;
pre_1_30_0.up = 226.92779927292972;
pre_1_30_1.lo = -226.92779927292972;
pre_1_30_1.up = 226.92779927292972;
pre_1_30_2.lo = -226.92779927292972;
pre_1_30_2.up = 226.92779927292972;
pre_1_30_3.lo = -226.92779927292972;
pre_1_30_3.up = 226.92779927292972;
pre_1_30_4.lo = -226.92779927292972;
pre_1_30_4.up = 226.92779927292972;
pre_1_30_5.lo = -226.92779927292972;
pre_1_30_5.up = 226.92779927292972;
pre_1_30_6.lo = -226.92779927292972;
pre_1_30_6.up = 226.92779927292972;
pre_1_30_7.lo = -226.92779927292972;
pre_1_30_7.up = 226.92779927292972;
pre_1_31_0.lo = -227.8399228195142;
pre_1_31_0.up = 227.8399228195142;
pre_1_31_1.lo = -227.8399228195142;
pre_1_31_1.up = 227.8399228195142;
pre_1_31_2.lo = -227.8399228195142;
pre_1_31_2.up = 227.8399228195142;
pre_1_31_3.lo = -227.8399228195142;
pre_1_31_3.up = 227.8399228195142;
pre_1_31_4.lo = -227.8399228195142;
pre_1_31_4.up = 227.8399228195142;
pre_1_31_5.lo = -227.8399228195142;
pre_1_31_5.up = 227.8399228195142;
pre_1_31_6.lo = -227.8399228195142;
pre_1_31_6.up = 227.8399228195142;
pre_1_31_7.lo = -227.8399228195142;
pre_1_31_7.up = 227.8399228195142;
pre_1_32_0.lo = -228.75204636609868;
pre_1_32_0.up = 228.75204636609868;
pre_1_32_1.lo = -228.75204636609868;
pre_1_32_1.up = 228.75204636609868;
pre_1_32_2.lo = -228.75204636609868;
pre_1_32_2.up = 228.75204636609868;
pre_1_32_3.lo = -228.75204636609868;
pre_1_32_3.up = 228.75204636609868;
pre_1_32_4.lo = -228.75204636609868;
pre_1_32_4.up = 228.75204636609868;
pre_1_32_5.lo = -228.75204636609868;
pre_1_32_5.up = 228.75204636609868;
pre_1_32_6.lo = -228.75204636609868;
pre_1_32_6.up = 228.75204636609868;
pre_1_32_7.lo = -228.75204636609868;
pre_1_32_7.up = 228.75204636609868;
pre_1_33_0.lo = -223.39962667018827;
pre_1_33_0.up = 223.39962667018827;
pre_1_33_1.lo = -223.39962667018827;
pre_1_33_1.up = 223.39962667018827;
pre_1_33_2.lo = -223.39962667018827;
pre_1_33_2.up = 223.39962667018827;
pre_1_33_3.lo = -223.39962667018827;
pre_1_33_3.up = 223.39962667018827;
pre_1_33_4.lo = -223.39962667018827;
pre_1_33_4.up = 223.39962667018827;
pre_1_33_5.lo = -223.39962667018827;
pre_1_33_5.up = 223.39962667018827;
pre_1_33_6.lo = -223.39962667018827;
pre_1_33_6.up = 223.39962667018827;
pre_1_33_7.lo = -223.39962667018827;
pre_1_33_7.up = 223.39962667018827;
pre_1_34_0.lo = -224.31175021677274;
pre_1_34_0.up = 224.31175021677274;
pre_1_34_1.lo = -224.31175021677274;
pre_1_34_1.up = 224.31175021677274;
pre_1_34_2.lo = -224.31175021677274;
pre_1_34_2.up = 224.31175021677274;
pre_1_34_3.lo = -224.31175021677274;
pre_1_34_3.up = 224.31175021677274;
pre_1_34_4.lo = -224.31175021677274;
pre_1_34_4.up = 224.31175021677274;
pre_1_34_5.lo = -224.31175021677274;
pre_1_34_5.up = 224.31175021677274;
pre_1_34_6.lo = -224.31175021677274;
pre_1_34_6.up = 224.31175021677274;
pre_1_34_7.lo = -224.31175021677274;
pre_1_34_7.up = 224.31175021677274;
pre_1_35_0.lo = -225.22387376335723;
pre_1_35_0.up = 225.22387376335723;
pre_1_35_1.lo = -225.22387376335723;
pre_1_35_1.up = 225.22387376335723;
pre_1_35_2.lo = -225.22387376335723;
pre_1_35_2.up = 225.22387376335723;
pre_1_35_3.lo = -225.22387376335723;
pre_1_35_3.up = 225.22387376335723;
pre_1_35_4.lo = -225.22387376335723;
pre_1_35_4.up = 225.22387376335723;
pre_1_35_5.lo = -225.22387376335723;
pre_1_35_5.up = 225.22387376335723;
pre_1_35_6.lo = -225.22387376335723;
pre_1_35_6.up = 225.22387376335723;
pre_1_35_7.lo = -225.22387376335723;
pre_1_35_7.up = 225.22387376335723;
pre_1_36_0.lo = -205.758763656481;
pre_1_36_0.up = 205.758763656481;
pre_1_36_1.lo = -205.758763656481;
pre_1_36_1.up = 205.758763656481;
pre_1_36_2.lo = -205.758763656481;
pre_1_36_2.up = 205.758763656481;
pre_1_36_3.lo = -205.758763656481;
pre_1_36_3.up = 205.758763656481;
pre_1_36_4.lo = -205.758763656481;
pre_1_36_4.up = 205.758763656481;
pre_1_36_5.lo = -205.758763656481;
pre_1_36_5.up = 205.758763656481;
pre_1_36_6.lo = -205.758763656481;
pre_1_36_6.up = 205.758763656481;
pre_1_36_7.lo = -205.758763656481;
pre_1_36_7.up = 205.758763656481;
pre_1_37_0.lo = -206.6708872030655;
pre_1_37_0.up = 206.6708872030655;
pre_1_37_1.lo = -206.6708872030655;
pre_1_37_1.up = 206.6708872030655;
pre_1_37_2.lo = -206.6708872030655;
pre_1_37_2.up = 206.6708872030655;
pre_1_37_3.lo = -206.6708872030655;
pre_1_37_3.up = 206.6708872030655;
pre_1_37_4.lo = -206.6708872030655;
pre_1_37_4.up = 206.6708872030655;
pre_1_37_5.lo = -206.6708872030655;
pre_1_37_5.up = 206.6708872030655;
pre_1_37_6.lo = -206.6708872030655;
pre_1_37_6.up = 206.6708872030655;
pre_1_37_7.lo = -206.6708872030655;
pre_1_37_7.up = 206.6708872030655;
pre_1_38_0.lo = -207.58301074965;
pre_1_38_0.up = 207.58301074965;
pre_1_38_1.lo = -207.58301074965;
pre_1_38_1.up = 207.58301074965;
pre_1_38_2.lo = -207.58301074965;
pre_1_38_2.up = 207.58301074965;
pre_1_38_3.lo = -207.58301074965;
pre_1_38_3.up = 207.58301074965;
pre_1_38_4.lo = -207.58301074965;
pre_1_38_4.up = 207.58301074965;
pre_1_38_5.lo = -207.58301074965;
pre_1_38_5.up = 207.58301074965;
pre_1_38_6.lo = -207.58301074965;
pre_1_38_6.up = 207.58301074965;
pre_1_38_7.lo = -207.58301074965;
pre_1_38_7.up = 207.58301074965;
pre_1_39_0.lo = -198.7024184509981;
pre_1_39_0.up = 198.7024184509981;
pre_1_39_1.lo = -198.7024184509981;
pre_1_39_1.up = 198.7024184509981;
pre_1_39_2.lo = -198.7024184509981;
pre_1_39_2.up = 198.7024184509981;
pre_1_39_3.lo = -198.7024184509981;
pre_1_39_3.up = 198.7024184509981;
pre_1_39_4.lo = -198.7024184509981;
pre_1_39_4.up = 198.7024184509981;
pre_1_39_5.lo = -198.7024184509981;
pre_1_39_5.up = 198.7024184509981;
pre_1_39_6.lo = -198.7024184509981;
pre_1_39_6.up = 198.7024184509981;
pre_1_39_7.lo = -198.7024184509981;
pre_1_39_7.up = 198.7024184509981;
pre_1_40_0.lo = -199.61454199758256;
pre_1_40_0.up = 199.61454199758256;
pre_1_40_1.lo = -199.61454199758256;
pre_1_40_1.up = 199.61454199758256;
pre_1_40_2.lo = -199.61454199758256;
pre_1_40_2.up = 199.61454199758256;
pre_1_40_3.lo = -199.61454199758256;
pre_1_40_3.up = 199.61454199758256;
pre_1_40_4.lo = -199.61454199758256;
pre_1_40_4.up = 199.61454199758256;
pre_1_40_5.lo = -199.61454199758256;
pre_1_40_5.up = 199.61454199758256;
pre_1_40_6.lo = -199.61454199758256;
pre_1_40_6.up = 199.61454199758256;
pre_1_40_7.lo = -199.61454199758256;
pre_1_40_7.up = 199.61454199758256;
pre_1_41_0.lo = -200.5266655441671;
pre_1_41_0.up = 200.5266655441671;
pre_1_41_1.lo = -200.5266655441671;
pre_1_41_1.up = 200.5266655441671;
pre_1_41_2.lo = -200.5266655441671;
pre_1_41_2.up = 200.5266655441671;
pre_1_41_3.lo = -200.5266655441671;
pre_1_41_3.up = 200.5266655441671;
pre_1_41_4.lo = -200.5266655441671;
pre_1_41_4.up = 200.5266655441671;
pre_1_41_5.lo = -200.5266655441671;
pre_1_41_5.up = 200.5266655441671;
pre_1_41_6.lo = -200.5266655441671;
pre_1_41_6.up = 200.5266655441671;
pre_1_41_7.lo = -200.5266655441671;
pre_1_41_7.up = 200.5266655441671;
pre_1_42_0.lo = -191.6460732455152;
pre_1_42_0.up = 191.6460732455152;
pre_1_42_1.lo = -191.6460732455152;
pre_1_42_1.up = 191.6460732455152;
pre_1_42_2.lo = -191.6460732455152;
pre_1_42_2.up = 191.6460732455152;
pre_1_42_3.lo = -191.6460732455152;
pre_1_42_3.up = 191.6460732455152;
pre_1_42_4.lo = -191.6460732455152;
pre_1_42_4.up = 191.6460732455152;
pre_1_42_5.lo = -191.6460732455152;
pre_1_42_5.up = 191.6460732455152;
pre_1_42_6.lo = -191.6460732455152;
pre_1_42_6.up = 191.6460732455152;
pre_1_42_7.lo = -191.6460732455152;
pre_1_42_7.up = 191.6460732455152;
pre_1_43_0.lo = -192.5581967920997;
pre_1_43_0.up = 192.5581967920997;
pre_1_43_1.lo = -192.5581967920997;
pre_1_43_1.up = 192.5581967920997;
pre_1_43_2.lo = -192.5581967920997;
pre_1_43_2.up = 192.5581967920997;
pre_1_43_3.lo = -192.5581967920997;
pre_1_43_3.up = 192.5581967920997;
pre_1_43_4.lo = -192.5581967920997;
pre_1_43_4.up = 192.5581967920997;
pre_1_43_5.lo = -192.5581967920997;
pre_1_43_5.up = 192.5581967920997;
pre_1_43_6.lo = -192.5581967920997;
pre_1_43_6.up = 192.5581967920997;
pre_1_43_7.lo = -192.5581967920997;
pre_1_43_7.up = 192.5581967920997;
pre_1_44_0.lo = -193.47032033868416;
pre_1_44_0.up = 193.47032033868416;
pre_1_44_1.lo = -193.47032033868416;
pre_1_44_1.up = 193.47032033868416;
pre_1_44_2.lo = -193.47032033868416;
pre_1_44_2.up = 193.47032033868416;
pre_1_44_3.lo = -193.47032033868416;
pre_1_44_3.up = 193.47032033868416;
pre_1_44_4.lo = -193.47032033868416;
pre_1_44_4.up = 193.47032033868416;
pre_1_44_5.lo = -193.47032033868416;
pre_1_44_5.up = 193.47032033868416;
pre_1_44_6.lo = -193.47032033868416;
pre_1_44_6.up = 193.47032033868416;
pre_1_44_7.lo = -193.47032033868416;
pre_1_44_7.up = 193.47032033868416;
pre_1_45_0.lo = -399.9356004311774;
pre_1_45_0.up = 399.9356004311774;
pre_1_45_1.lo = -399.9356004311774;
pre_1_45_1.up = 399.9356004311774;
pre_1_45_2.lo = -399.9356004311774;
pre_1_45_2.up = 399.9356004311774;
pre_1_45_3.lo = -399.9356004311774;
pre_1_45_3.up = 399.9356004311774;
pre_1_45_4.lo = -399.9356004311774;
pre_1_45_4.up = 399.9356004311774;
pre_1_45_5.lo = -399.9356004311774;
pre_1_45_5.up = 399.9356004311774;
pre_1_45_6.lo = -399.9356004311774;
pre_1_45_6.up = 399.9356004311774;
pre_1_45_7.lo = -399.9356004311774;
pre_1_45_7.up = 399.9356004311774;
pre_1_46_0.lo = -400.8477239777618;
pre_1_46_0.up = 400.8477239777618;
pre_1_46_1.lo = -400.8477239777618;
pre_1_46_1.up = 400.8477239777618;
pre_1_46_2.lo = -400.8477239777618;
pre_1_46_2.up = 400.8477239777618;
pre_1_46_3.lo = -400.8477239777618;
pre_1_46_3.up = 400.8477239777618;
pre_1_46_4.lo = -400.8477239777618;
pre_1_46_4.up = 400.8477239777618;
pre_1_46_5.lo = -400.8477239777618;
pre_1_46_5.up = 400.8477239777618;
pre_1_46_6.lo = -400.8477239777618;
pre_1_46_6.up = 400.8477239777618;
pre_1_46_7.lo = -400.8477239777618;
pre_1_46_7.up = 400.8477239777618;
pre_1_47_0.lo = -401.7598475243464;
pre_1_47_0.up = 401.7598475243464;
pre_1_47_1.lo = -401.7598475243464;
pre_1_47_1.up = 401.7598475243464;
pre_1_47_2.lo = -401.7598475243464;
pre_1_47_2.up = 401.7598475243464;
pre_1_47_3.lo = -401.7598475243464;
pre_1_47_3.up = 401.7598475243464;
pre_1_47_4.lo = -401.7598475243464;
pre_1_47_4.up = 401.7598475243464;
pre_1_47_5.lo = -401.7598475243464;
pre_1_47_5.up = 401.7598475243464;
pre_1_47_6.lo = -401.7598475243464;
pre_1_47_6.up = 401.7598475243464;
pre_1_47_7.lo = -401.7598475243464;
pre_1_47_7.up = 401.7598475243464;
pre_1_48_0.lo = -392.8792552256946;
pre_1_48_0.up = 392.8792552256946;
pre_1_48_1.lo = -392.8792552256946;
pre_1_48_1.up = 392.8792552256946;
pre_1_48_2.lo = -392.8792552256946;
pre_1_48_2.up = 392.8792552256946;
pre_1_48_3.lo = -392.8792552256946;
pre_1_48_3.up = 392.8792552256946;
pre_1_48_4.lo = -392.8792552256946;
pre_1_48_4.up = 392.8792552256946;
pre_1_48_5.lo = -392.8792552256946;
pre_1_48_5.up = 392.8792552256946;
pre_1_48_6.lo = -392.8792552256946;
pre_1_48_6.up = 392.8792552256946;
pre_1_48_7.lo = -392.8792552256946;
pre_1_48_7.up = 392.8792552256946;
pre_1_49_0.lo = -393.79137877227896;
pre_1_49_0.up = 393.79137877227896;
pre_1_49_1.lo = -393.79137877227896;
pre_1_49_1.up = 393.79137877227896;
pre_1_49_2.lo = -393.79137877227896;
pre_1_49_2.up = 393.79137877227896;
pre_1_49_3.lo = -393.79137877227896;
pre_1_49_3.up = 393.79137877227896;
pre_1_49_4.lo = -393.79137877227896;
pre_1_49_4.up = 393.79137877227896;
pre_1_49_5.lo = -393.79137877227896;
pre_1_49_5.up = 393.79137877227896;
pre_1_49_6.lo = -393.79137877227896;
pre_1_49_6.up = 393.79137877227896;
pre_1_49_7.lo = -393.79137877227896;
pre_1_49_7.up = 393.79137877227896;
pre_1_50_0.lo = -400.14567928105447;
pre_1_50_0.up = 400.14567928105447;
pre_1_50_1.lo = -400.14567928105447;
pre_1_50_1.up = 400.14567928105447;
pre_1_50_2.lo = -400.14567928105447;
pre_1_50_2.up = 400.14567928105447;
pre_1_50_3.lo = -400.14567928105447;
pre_1_50_3.up = 400.14567928105447;
pre_1_50_4.lo = -400.14567928105447;
pre_1_50_4.up = 400.14567928105447;
pre_1_50_5.lo = -400.14567928105447;
pre_1_50_5.up = 400.14567928105447;
pre_1_50_6.lo = -400.14567928105447;
pre_1_50_6.up = 400.14567928105447;
pre_1_50_7.lo = -400.14567928105447;
pre_1_50_7.up = 400.14567928105447;
pre_1_51_0.lo = -385.8229100202116;
pre_1_51_0.up = 385.8229100202116;
pre_1_51_1.lo = -385.8229100202116;
pre_1_51_1.up = 385.8229100202116;
pre_1_51_2.lo = -385.8229100202116;
pre_1_51_2.up = 385.8229100202116;
pre_1_51_3.lo = -385.8229100202116;
pre_1_51_3.up = 385.8229100202116;
pre_1_51_4.lo = -385.8229100202116;
pre_1_51_4.up = 385.8229100202116;
pre_1_51_5.lo = -385.8229100202116;
pre_1_51_5.up = 385.8229100202116;
pre_1_51_6.lo = -385.8229100202116;
pre_1_51_6.up = 385.8229100202116;
pre_1_51_7.lo = -385.8229100202116;
pre_1_51_7.up = 385.8229100202116;
pre_1_52_0.lo = -386.73503356679606;
pre_1_52_0.up = 386.73503356679606;
pre_1_52_1.lo = -386.73503356679606;
pre_1_52_1.up = 386.73503356679606;
pre_1_52_2.lo = -386.73503356679606;
pre_1_52_2.up = 386.73503356679606;
pre_1_52_3.lo = -386.73503356679606;
pre_1_52_3.up = 386.73503356679606;
pre_1_52_4.lo = -386.73503356679606;
pre_1_52_4.up = 386.73503356679606;
pre_1_52_5.lo = -386.73503356679606;
pre_1_52_5.up = 386.73503356679606;
pre_1_52_6.lo = -386.73503356679606;
pre_1_52_6.up = 386.73503356679606;
pre_1_52_7.lo = -386.73503356679606;
pre_1_52_7.up = 386.73503356679606;
pre_1_53_0.lo = -400.6017410543467;
pre_1_53_0.up = 400.6017410543467;
pre_1_53_1.lo = -400.6017410543467;
pre_1_53_1.up = 400.6017410543467;
pre_1_53_2.lo = -400.6017410543467;
pre_1_53_2.up = 400.6017410543467;
pre_1_53_3.lo = -400.6017410543467;
pre_1_53_3.up = 400.6017410543467;
pre_1_53_4.lo = -400.6017410543467;
pre_1_53_4.up = 400.6017410543467;
pre_1_53_5.lo = -400.6017410543467;
pre_1_53_5.up = 400.6017410543467;
pre_1_53_6.lo = -400.6017410543467;
pre_1_53_6.up = 400.6017410543467;
pre_1_53_7.lo = -400.6017410543467;
pre_1_53_7.up = 400.6017410543467;
pre_1_54_0.lo = -373.5165146656457;
pre_1_54_0.up = 373.5165146656457;
pre_1_54_1.lo = -373.5165146656457;
pre_1_54_1.up = 373.5165146656457;
pre_1_54_2.lo = -373.5165146656457;
pre_1_54_2.up = 373.5165146656457;
pre_1_54_3.lo = -373.5165146656457;
pre_1_54_3.up = 373.5165146656457;
pre_1_54_4.lo = -373.5165146656457;
pre_1_54_4.up = 373.5165146656457;
pre_1_54_5.lo = -373.5165146656457;
pre_1_54_5.up = 373.5165146656457;
pre_1_54_6.lo = -373.5165146656457;
pre_1_54_6.up = 373.5165146656457;
pre_1_54_7.lo = -373.5165146656457;
pre_1_54_7.up = 373.5165146656457;
pre_1_55_0.lo = -387.62920507661147;
pre_1_55_0.up = 387.62920507661147;
pre_1_55_1.lo = -387.62920507661147;
pre_1_55_1.up = 387.62920507661147;
pre_1_55_2.lo = -387.62920507661147;
pre_1_55_2.up = 387.62920507661147;
pre_1_55_3.lo = -387.62920507661147;
pre_1_55_3.up = 387.62920507661147;
pre_1_55_4.lo = -387.62920507661147;
pre_1_55_4.up = 387.62920507661147;
pre_1_55_5.lo = -387.62920507661147;
pre_1_55_5.up = 387.62920507661147;
pre_1_55_6.lo = -387.62920507661147;
pre_1_55_6.up = 387.62920507661147;
pre_1_55_7.lo = -387.62920507661147;
pre_1_55_7.up = 387.62920507661147;
pre_1_56_0.lo = -401.7418954875773;
pre_1_56_0.up = 401.7418954875773;
pre_1_56_1.lo = -401.7418954875773;
pre_1_56_1.up = 401.7418954875773;
pre_1_56_2.lo = -401.7418954875773;
pre_1_56_2.up = 401.7418954875773;
pre_1_56_3.lo = -401.7418954875773;
pre_1_56_3.up = 401.7418954875773;
pre_1_56_4.lo = -401.7418954875773;
pre_1_56_4.up = 401.7418954875773;
pre_1_56_5.lo = -401.7418954875773;
pre_1_56_5.up = 401.7418954875773;
pre_1_56_6.lo = -401.7418954875773;
pre_1_56_6.up = 401.7418954875773;
pre_1_56_7.lo = -401.7418954875773;
pre_1_56_7.up = 401.7418954875773;
pre_1_57_0.lo = -373.7445455522918;
pre_1_57_0.up = 373.7445455522918;
pre_1_57_1.lo = -373.7445455522918;
pre_1_57_1.up = 373.7445455522918;
pre_1_57_2.lo = -373.7445455522918;
pre_1_57_2.up = 373.7445455522918;
pre_1_57_3.lo = -373.7445455522918;
pre_1_57_3.up = 373.7445455522918;
pre_1_57_4.lo = -373.7445455522918;
pre_1_57_4.up = 373.7445455522918;
pre_1_57_5.lo = -373.7445455522918;
pre_1_57_5.up = 373.7445455522918;
pre_1_57_6.lo = -373.7445455522918;
pre_1_57_6.up = 373.7445455522918;
pre_1_57_7.lo = -373.7445455522918;
pre_1_57_7.up = 373.7445455522918;
pre_1_58_0.lo = -387.8572359632576;
pre_1_58_0.up = 387.8572359632576;
pre_1_58_1.lo = -387.8572359632576;
pre_1_58_1.up = 387.8572359632576;
pre_1_58_2.lo = -387.8572359632576;
pre_1_58_2.up = 387.8572359632576;
pre_1_58_3.lo = -387.8572359632576;
pre_1_58_3.up = 387.8572359632576;
pre_1_58_4.lo = -387.8572359632576;
pre_1_58_4.up = 387.8572359632576;
pre_1_58_5.lo = -387.8572359632576;
pre_1_58_5.up = 387.8572359632576;
pre_1_58_6.lo = -387.8572359632576;
pre_1_58_6.up = 387.8572359632576;
pre_1_58_7.lo = -387.8572359632576;
pre_1_58_7.up = 387.8572359632576;
pre_1_59_0.lo = -401.96992637422346;
pre_1_59_0.up = 401.96992637422346;
pre_1_59_1.lo = -401.96992637422346;
pre_1_59_1.up = 401.96992637422346;
pre_1_59_2.lo = -401.96992637422346;
pre_1_59_2.up = 401.96992637422346;
pre_1_59_3.lo = -401.96992637422346;
pre_1_59_3.up = 401.96992637422346;
pre_1_59_4.lo = -401.96992637422346;
pre_1_59_4.up = 401.96992637422346;
pre_1_59_5.lo = -401.96992637422346;
pre_1_59_5.up = 401.96992637422346;
pre_1_59_6.lo = -401.96992637422346;
pre_1_59_6.up = 401.96992637422346;
pre_1_59_7.lo = -401.96992637422346;
pre_1_59_7.up = 401.96992637422346;
pre_1_60_0.lo = -373.9725764389379;
pre_1_60_0.up = 373.9725764389379;
pre_1_60_1.lo = -373.9725764389379;
pre_1_60_1.up = 373.9725764389379;
pre_1_60_2.lo = -373.9725764389379;
pre_1_60_2.up = 373.9725764389379;
pre_1_60_3.lo = -373.9725764389379;
pre_1_60_3.up = 373.9725764389379;
pre_1_60_4.lo = -373.9725764389379;
pre_1_60_4.up = 373.9725764389379;
pre_1_60_5.lo = -373.9725764389379;
pre_1_60_5.up = 373.9725764389379;
pre_1_60_6.lo = -373.9725764389379;
pre_1_60_6.up = 373.9725764389379;
pre_1_60_7.lo = -373.9725764389379;
pre_1_60_7.up = 373.9725764389379;
pre_1_61_0.lo = -388.0852668499037;
pre_1_61_0.up = 388.0852668499037;
pre_1_61_1.lo = -388.0852668499037;
pre_1_61_1.up = 388.0852668499037;
pre_1_61_2.lo = -388.0852668499037;
pre_1_61_2.up = 388.0852668499037;
pre_1_61_3.lo = -388.0852668499037;
pre_1_61_3.up = 388.0852668499037;
pre_1_61_4.lo = -388.0852668499037;
pre_1_61_4.up = 388.0852668499037;
pre_1_61_5.lo = -388.0852668499037;
pre_1_61_5.up = 388.0852668499037;
pre_1_61_6.lo = -388.0852668499037;
pre_1_61_6.up = 388.0852668499037;
pre_1_61_7.lo = -388.0852668499037;
pre_1_61_7.up = 388.0852668499037;
pre_1_62_0.lo = -402.19795726086954;
pre_1_62_0.up = 402.19795726086954;
pre_1_62_1.lo = -402.19795726086954;
pre_1_62_1.up = 402.19795726086954;
pre_1_62_2.lo = -402.19795726086954;
pre_1_62_2.up = 402.19795726086954;
pre_1_62_3.lo = -402.19795726086954;
pre_1_62_3.up = 402.19795726086954;
pre_1_62_4.lo = -402.19795726086954;
pre_1_62_4.up = 402.19795726086954;
pre_1_62_5.lo = -402.19795726086954;
pre_1_62_5.up = 402.19795726086954;
pre_1_62_6.lo = -402.19795726086954;
pre_1_62_6.up = 402.19795726086954;
pre_1_62_7.lo = -402.19795726086954;
pre_1_62_7.up = 402.19795726086954;
pre_1_63_0.lo = -374.20060732558403;
pre_1_63_0.up = 374.20060732558403;
pre_1_63_1.lo = -374.20060732558403;
pre_1_63_1.up = 374.20060732558403;
pre_1_63_2.lo = -374.20060732558403;
pre_1_63_2.up = 374.20060732558403;
pre_1_63_3.lo = -374.20060732558403;
pre_1_63_3.up = 374.20060732558403;
pre_1_63_4.lo = -374.20060732558403;
pre_1_63_4.up = 374.20060732558403;
pre_1_63_5.lo = -374.20060732558403;
pre_1_63_5.up = 374.20060732558403;
pre_1_63_6.lo = -374.20060732558403;
pre_1_63_6.up = 374.20060732558403;
pre_1_63_7.lo = -374.20060732558403;
pre_1_63_7.up = 374.20060732558403;
pre_1_64_0.lo = -388.3132977365499;
pre_1_64_0.up = 388.3132977365499;
pre_1_64_1.lo = -388.3132977365499;
pre_1_64_1.up = 388.3132977365499;
pre_1_64_2.lo = -388.3132977365499;
pre_1_64_2.up = 388.3132977365499;
pre_1_64_3.lo = -388.3132977365499;
pre_1_64_3.up = 388.3132977365499;
pre_1_64_4.lo = -388.3132977365499;
pre_1_64_4.up = 388.3132977365499;
pre_1_64_5.lo = -388.3132977365499;
pre_1_64_5.up = 388.3132977365499;
pre_1_64_6.lo = -388.3132977365499;
pre_1_64_6.up = 388.3132977365499;
pre_1_64_7.lo = -388.3132977365499;
pre_1_64_7.up = 388.3132977365499;
pre_1_65_0.lo = -402.4259881475157;
pre_1_65_0.up = 402.4259881475157;
pre_1_65_1.lo = -402.4259881475157;
pre_1_65_1.up = 402.4259881475157;
pre_1_65_2.lo = -402.4259881475157;
pre_1_65_2.up = 402.4259881475157;
pre_1_65_3.lo = -402.4259881475157;
pre_1_65_3.up = 402.4259881475157;
pre_1_65_4.lo = -402.4259881475157;
pre_1_65_4.up = 402.4259881475157;
pre_1_65_5.lo = -402.4259881475157;
pre_1_65_5.up = 402.4259881475157;
pre_1_65_6.lo = -402.4259881475157;
pre_1_65_6.up = 402.4259881475157;
pre_1_65_7.lo = -402.4259881475157;
pre_1_65_7.up = 402.4259881475157;
pre_1_66_0.lo = -376.9369779653376;
pre_1_66_0.up = 376.9369779653376;
pre_1_66_1.lo = -376.9369779653376;
pre_1_66_1.up = 376.9369779653376;
pre_1_66_2.lo = -376.9369779653376;
pre_1_66_2.up = 376.9369779653376;
pre_1_66_3.lo = -376.9369779653376;
pre_1_66_3.up = 376.9369779653376;
pre_1_66_4.lo = -376.9369779653376;
pre_1_66_4.up = 376.9369779653376;
pre_1_66_5.lo = -376.9369779653376;
pre_1_66_5.up = 376.9369779653376;
pre_1_66_6.lo = -376.9369779653376;
pre_1_66_6.up = 376.9369779653376;
pre_1_66_7.lo = -376.9369779653376;
pre_1_66_7.up = 376.9369779653376;
pre_1_67_0.lo = -391.0496683763033;
pre_1_67_0.up = 391.0496683763033;
pre_1_67_1.lo = -391.0496683763033;
pre_1_67_1.up = 391.0496683763033;
pre_1_67_2.lo = -391.0496683763033;
pre_1_67_2.up = 391.0496683763033;
pre_1_67_3.lo = -391.0496683763033;
pre_1_67_3.up = 391.0496683763033;
pre_1_67_4.lo = -391.0496683763033;
pre_1_67_4.up = 391.0496683763033;
pre_1_67_5.lo = -391.0496683763033;
pre_1_67_5.up = 391.0496683763033;
pre_1_67_6.lo = -391.0496683763033;
pre_1_67_6.up = 391.0496683763033;
pre_1_67_7.lo = -391.0496683763033;
pre_1_67_7.up = 391.0496683763033;
pre_1_68_0.lo = -405.16235878726917;
pre_1_68_0.up = 405.16235878726917;
pre_1_68_1.lo = -405.16235878726917;
pre_1_68_1.up = 405.16235878726917;
pre_1_68_2.lo = -405.16235878726917;
pre_1_68_2.up = 405.16235878726917;
pre_1_68_3.lo = -405.16235878726917;
pre_1_68_3.up = 405.16235878726917;
pre_1_68_4.lo = -405.16235878726917;
pre_1_68_4.up = 405.16235878726917;
pre_1_68_5.lo = -405.16235878726917;
pre_1_68_5.up = 405.16235878726917;
pre_1_68_6.lo = -405.16235878726917;
pre_1_68_6.up = 405.16235878726917;
pre_1_68_7.lo = -405.16235878726917;
pre_1_68_7.up = 405.16235878726917;
pre_1_69_0.lo = -379.67334860509106;
pre_1_69_0.up = 379.67334860509106;
pre_1_69_1.lo = -379.67334860509106;
pre_1_69_1.up = 379.67334860509106;
pre_1_69_2.lo = -379.67334860509106;
pre_1_69_2.up = 379.67334860509106;
pre_1_69_3.lo = -379.67334860509106;
pre_1_69_3.up = 379.67334860509106;
pre_1_69_4.lo = -379.67334860509106;
pre_1_69_4.up = 379.67334860509106;
pre_1_69_5.lo = -379.67334860509106;
pre_1_69_5.up = 379.67334860509106;
pre_1_69_6.lo = -379.67334860509106;
pre_1_69_6.up = 379.67334860509106;
pre_1_69_7.lo = -379.67334860509106;
pre_1_69_7.up = 379.67334860509106;
pre_1_70_0.lo = -393.78603901605686;
pre_1_70_0.up = 393.78603901605686;
pre_1_70_1.lo = -393.78603901605686;
pre_1_70_1.up = 393.78603901605686;
pre_1_70_2.lo = -393.78603901605686;
pre_1_70_2.up = 393.78603901605686;
pre_1_70_3.lo = -393.78603901605686;
pre_1_70_3.up = 393.78603901605686;
pre_1_70_4.lo = -393.78603901605686;
pre_1_70_4.up = 393.78603901605686;
pre_1_70_5.lo = -393.78603901605686;
pre_1_70_5.up = 393.78603901605686;
pre_1_70_6.lo = -393.78603901605686;
pre_1_70_6.up = 393.78603901605686;
pre_1_70_7.lo = -393.78603901605686;
pre_1_70_7.up = 393.78603901605686;
pre_1_71_0.lo = -407.89872942702266;
pre_1_71_0.up = 407.89872942702266;
pre_1_71_1.lo = -407.89872942702266;
pre_1_71_1.up = 407.89872942702266;
pre_1_71_2.lo = -407.89872942702266;
pre_1_71_2.up = 407.89872942702266;
pre_1_71_3.lo = -407.89872942702266;
pre_1_71_3.up = 407.89872942702266;
pre_1_71_4.lo = -407.89872942702266;
pre_1_71_4.up = 407.89872942702266;
pre_1_71_5.lo = -407.89872942702266;
pre_1_71_5.up = 407.89872942702266;
pre_1_71_6.lo = -407.89872942702266;
pre_1_71_6.up = 407.89872942702266;
pre_1_71_7.lo = -407.89872942702266;
pre_1_71_7.up = 407.89872942702266;
pre_1_72_0.lo = -379.90137949173715;
pre_1_72_0.up = 379.90137949173715;
pre_1_72_1.lo = -379.90137949173715;
pre_1_72_1.up = 379.90137949173715;
pre_1_72_2.lo = -379.90137949173715;
pre_1_72_2.up = 379.90137949173715;
pre_1_72_3.lo = -379.90137949173715;
pre_1_72_3.up = 379.90137949173715;
pre_1_72_4.lo = -379.90137949173715;
pre_1_72_4.up = 379.90137949173715;
pre_1_72_5.lo = -379.90137949173715;
pre_1_72_5.up = 379.90137949173715;
pre_1_72_6.lo = -379.90137949173715;
pre_1_72_6.up = 379.90137949173715;
pre_1_72_7.lo = -379.90137949173715;
pre_1_72_7.up = 379.90137949173715;
pre_1_73_0.lo = -394.01406990270294;
pre_1_73_0.up = 394.01406990270294;
pre_1_73_1.lo = -394.01406990270294;
pre_1_73_1.up = 394.01406990270294;
pre_1_73_2.lo = -394.01406990270294;
pre_1_73_2.up = 394.01406990270294;
pre_1_73_3.lo = -394.01406990270294;
pre_1_73_3.up = 394.01406990270294;
pre_1_73_4.lo = -394.01406990270294;
pre_1_73_4.up = 394.01406990270294;
pre_1_73_5.lo = -394.01406990270294;
pre_1_73_5.up = 394.01406990270294;
pre_1_73_6.lo = -394.01406990270294;
pre_1_73_6.up = 394.01406990270294;
pre_1_73_7.lo = -394.01406990270294;
pre_1_73_7.up = 394.01406990270294;
pre_1_74_0.lo = -408.12676031366874;
pre_1_74_0.up = 408.12676031366874;
pre_1_74_1.lo = -408.12676031366874;
pre_1_74_1.up = 408.12676031366874;
pre_1_74_2.lo = -408.12676031366874;
pre_1_74_2.up = 408.12676031366874;
pre_1_74_3.lo = -408.12676031366874;
pre_1_74_3.up = 408.12676031366874;
pre_1_74_4.lo = -408.12676031366874;
pre_1_74_4.up = 408.12676031366874;
pre_1_74_5.lo = -408.12676031366874;
pre_1_74_5.up = 408.12676031366874;
pre_1_74_6.lo = -408.12676031366874;
pre_1_74_6.up = 408.12676031366874;
pre_1_74_7.lo = -408.12676031366874;
pre_1_74_7.up = 408.12676031366874;
pre_1_75_0.lo = -380.1294103783832;
pre_1_75_0.up = 380.1294103783832;
pre_1_75_1.lo = -380.1294103783832;
pre_1_75_1.up = 380.1294103783832;
pre_1_75_2.lo = -380.1294103783832;
pre_1_75_2.up = 380.1294103783832;
pre_1_75_3.lo = -380.1294103783832;
pre_1_75_3.up = 380.1294103783832;
pre_1_75_4.lo = -380.1294103783832;
pre_1_75_4.up = 380.1294103783832;
pre_1_75_5.lo = -380.1294103783832;
pre_1_75_5.up = 380.1294103783832;
pre_1_75_6.lo = -380.1294103783832;
pre_1_75_6.up = 380.1294103783832;
pre_1_75_7.lo = -380.1294103783832;
pre_1_75_7.up = 380.1294103783832;
pre_1_76_0.lo = -394.242100789349;
pre_1_76_0.up = 394.242100789349;
pre_1_76_1.lo = -394.242100789349;
pre_1_76_1.up = 394.242100789349;
pre_1_76_2.lo = -394.242100789349;
pre_1_76_2.up = 394.242100789349;
pre_1_76_3.lo = -394.242100789349;
pre_1_76_3.up = 394.242100789349;
pre_1_76_4.lo = -394.242100789349;
pre_1_76_4.up = 394.242100789349;
pre_1_76_5.lo = -394.242100789349;
pre_1_76_5.up = 394.242100789349;
pre_1_76_6.lo = -394.242100789349;
pre_1_76_6.up = 394.242100789349;
pre_1_76_7.lo = -394.242100789349;
pre_1_76_7.up = 394.242100789349;
pre_1_77_0.lo = -408.3547912003149;
pre_1_77_0.up = 408.3547912003149;
pre_1_77_1.lo = -408.3547912003149;
pre_1_77_1.up = 408.3547912003149;
pre_1_77_2.lo = -408.3547912003149;
pre_1_77_2.up = 408.3547912003149;
pre_1_77_3.lo = -408.3547912003149;
pre_1_77_3.up = 408.3547912003149;
pre_1_77_4.lo = -408.3547912003149;
pre_1_77_4.up = 408.3547912003149;
pre_1_77_5.lo = -408.3547912003149;
pre_1_77_5.up = 408.3547912003149;
pre_1_77_6.lo = -408.3547912003149;
pre_1_77_6.up = 408.3547912003149;
pre_1_77_7.lo = -408.3547912003149;
pre_1_77_7.up = 408.3547912003149;
pre_1_78_0.lo = -380.35744126502937;
pre_1_78_0.up = 380.35744126502937;
pre_1_78_1.lo = -380.35744126502937;
pre_1_78_1.up = 380.35744126502937;
pre_1_78_2.lo = -380.35744126502937;
pre_1_78_2.up = 380.35744126502937;
pre_1_78_3.lo = -380.35744126502937;
pre_1_78_3.up = 380.35744126502937;
pre_1_78_4.lo = -380.35744126502937;
pre_1_78_4.up = 380.35744126502937;
pre_1_78_5.lo = -380.35744126502937;
pre_1_78_5.up = 380.35744126502937;
pre_1_78_6.lo = -380.35744126502937;
pre_1_78_6.up = 380.35744126502937;
pre_1_78_7.lo = -380.35744126502937;
pre_1_78_7.up = 380.35744126502937;
pre_1_79_0.lo = -394.4701316759952;
pre_1_79_0.up = 394.4701316759952;
pre_1_79_1.lo = -394.4701316759952;
pre_1_79_1.up = 394.4701316759952;
pre_1_79_2.lo = -394.4701316759952;
pre_1_79_2.up = 394.4701316759952;
pre_1_79_3.lo = -394.4701316759952;
pre_1_79_3.up = 394.4701316759952;
pre_1_79_4.lo = -394.4701316759952;
pre_1_79_4.up = 394.4701316759952;
pre_1_79_5.lo = -394.4701316759952;
pre_1_79_5.up = 394.4701316759952;
pre_1_79_6.lo = -394.4701316759952;
pre_1_79_6.up = 394.4701316759952;
pre_1_79_7.lo = -394.4701316759952;
pre_1_79_7.up = 394.4701316759952;
pre_1_80_0.lo = -408.58282208696096;
pre_1_80_0.up = 408.58282208696096;
pre_1_80_1.lo = -408.58282208696096;
pre_1_80_1.up = 408.58282208696096;
pre_1_80_2.lo = -408.58282208696096;
pre_1_80_2.up = 408.58282208696096;
pre_1_80_3.lo = -408.58282208696096;
pre_1_80_3.up = 408.58282208696096;
pre_1_80_4.lo = -408.58282208696096;
pre_1_80_4.up = 408.58282208696096;
pre_1_80_5.lo = -408.58282208696096;
pre_1_80_5.up = 408.58282208696096;
pre_1_80_6.lo = -408.58282208696096;
pre_1_80_6.up = 408.58282208696096;
pre_1_80_7.lo = -408.58282208696096;
pre_1_80_7.up = 408.58282208696096;
pre_1_81_0.lo = -381.49759569826;
pre_1_81_0.up = 381.49759569826;
pre_1_81_1.lo = -381.49759569826;
pre_1_81_1.up = 381.49759569826;
pre_1_81_2.lo = -381.49759569826;
pre_1_81_2.up = 381.49759569826;
pre_1_81_3.lo = -381.49759569826;
pre_1_81_3.up = 381.49759569826;
pre_1_81_4.lo = -381.49759569826;
pre_1_81_4.up = 381.49759569826;
pre_1_81_5.lo = -381.49759569826;
pre_1_81_5.up = 381.49759569826;
pre_1_81_6.lo = -381.49759569826;
pre_1_81_6.up = 381.49759569826;
pre_1_81_7.lo = -381.49759569826;
pre_1_81_7.up = 381.49759569826;
pre_1_82_0.lo = -395.6102861092258;
pre_1_82_0.up = 395.6102861092258;
pre_1_82_1.lo = -395.6102861092258;
pre_1_82_1.up = 395.6102861092258;
pre_1_82_2.lo = -395.6102861092258;
pre_1_82_2.up = 395.6102861092258;
pre_1_82_3.lo = -395.6102861092258;
pre_1_82_3.up = 395.6102861092258;
pre_1_82_4.lo = -395.6102861092258;
pre_1_82_4.up = 395.6102861092258;
pre_1_82_5.lo = -395.6102861092258;
pre_1_82_5.up = 395.6102861092258;
pre_1_82_6.lo = -395.6102861092258;
pre_1_82_6.up = 395.6102861092258;
pre_1_82_7.lo = -395.6102861092258;
pre_1_82_7.up = 395.6102861092258;
pre_1_83_0.lo = -409.7229765201916;
pre_1_83_0.up = 409.7229765201916;
pre_1_83_1.lo = -409.7229765201916;
pre_1_83_1.up = 409.7229765201916;
pre_1_83_2.lo = -409.7229765201916;
pre_1_83_2.up = 409.7229765201916;
pre_1_83_3.lo = -409.7229765201916;
pre_1_83_3.up = 409.7229765201916;
pre_1_83_4.lo = -409.7229765201916;
pre_1_83_4.up = 409.7229765201916;
pre_1_83_5.lo = -409.7229765201916;
pre_1_83_5.up = 409.7229765201916;
pre_1_83_6.lo = -409.7229765201916;
pre_1_83_6.up = 409.7229765201916;
pre_1_83_7.lo = -409.7229765201916;
pre_1_83_7.up = 409.7229765201916;
pre_1_84_0.lo = -381.9536574715522;
pre_1_84_0.up = 381.9536574715522;
pre_1_84_1.lo = -381.9536574715522;
pre_1_84_1.up = 381.9536574715522;
pre_1_84_2.lo = -381.9536574715522;
pre_1_84_2.up = 381.9536574715522;
pre_1_84_3.lo = -381.9536574715522;
pre_1_84_3.up = 381.9536574715522;
pre_1_84_4.lo = -381.9536574715522;
pre_1_84_4.up = 381.9536574715522;
pre_1_84_5.lo = -381.9536574715522;
pre_1_84_5.up = 381.9536574715522;
pre_1_84_6.lo = -381.9536574715522;
pre_1_84_6.up = 381.9536574715522;
pre_1_84_7.lo = -381.9536574715522;
pre_1_84_7.up = 381.9536574715522;
pre_1_85_0.lo = -396.066347882518;
pre_1_85_0.up = 396.066347882518;
pre_1_85_1.lo = -396.066347882518;
pre_1_85_1.up = 396.066347882518;
pre_1_85_2.lo = -396.066347882518;
pre_1_85_2.up = 396.066347882518;
pre_1_85_3.lo = -396.066347882518;
pre_1_85_3.up = 396.066347882518;
pre_1_85_4.lo = -396.066347882518;
pre_1_85_4.up = 396.066347882518;
pre_1_85_5.lo = -396.066347882518;
pre_1_85_5.up = 396.066347882518;
pre_1_85_6.lo = -396.066347882518;
pre_1_85_6.up = 396.066347882518;
pre_1_85_7.lo = -396.066347882518;
pre_1_85_7.up = 396.066347882518;
pre_1_86_0.lo = -410.1790382934839;
pre_1_86_0.up = 410.1790382934839;
pre_1_86_1.lo = -410.1790382934839;
pre_1_86_1.up = 410.1790382934839;
pre_1_86_2.lo = -410.1790382934839;
pre_1_86_2.up = 410.1790382934839;
pre_1_86_3.lo = -410.1790382934839;
pre_1_86_3.up = 410.1790382934839;
pre_1_86_4.lo = -410.1790382934839;
pre_1_86_4.up = 410.1790382934839;
pre_1_86_5.lo = -410.1790382934839;
pre_1_86_5.up = 410.1790382934839;
pre_1_86_6.lo = -410.1790382934839;
pre_1_86_6.up = 410.1790382934839;
pre_1_86_7.lo = -410.1790382934839;
pre_1_86_7.up = 410.1790382934839;
pre_1_87_0.lo = -382.40971924484444;
pre_1_87_0.up = 382.40971924484444;
pre_1_87_1.lo = -382.40971924484444;
pre_1_87_1.up = 382.40971924484444;
pre_1_87_2.lo = -382.40971924484444;
pre_1_87_2.up = 382.40971924484444;
pre_1_87_3.lo = -382.40971924484444;
pre_1_87_3.up = 382.40971924484444;
pre_1_87_4.lo = -382.40971924484444;
pre_1_87_4.up = 382.40971924484444;
pre_1_87_5.lo = -382.40971924484444;
pre_1_87_5.up = 382.40971924484444;
pre_1_87_6.lo = -382.40971924484444;
pre_1_87_6.up = 382.40971924484444;
pre_1_87_7.lo = -382.40971924484444;
pre_1_87_7.up = 382.40971924484444;
pre_1_88_0.lo = -396.5224096558103;
pre_1_88_0.up = 396.5224096558103;
pre_1_88_1.lo = -396.5224096558103;
pre_1_88_1.up = 396.5224096558103;
pre_1_88_2.lo = -396.5224096558103;
pre_1_88_2.up = 396.5224096558103;
pre_1_88_3.lo = -396.5224096558103;
pre_1_88_3.up = 396.5224096558103;
pre_1_88_4.lo = -396.5224096558103;
pre_1_88_4.up = 396.5224096558103;
pre_1_88_5.lo = -396.5224096558103;
pre_1_88_5.up = 396.5224096558103;
pre_1_88_6.lo = -396.5224096558103;
pre_1_88_6.up = 396.5224096558103;
pre_1_88_7.lo = -396.5224096558103;
pre_1_88_7.up = 396.5224096558103;
pre_1_89_0.lo = -410.6351000667761;
pre_1_89_0.up = 410.6351000667761;
pre_1_89_1.lo = -410.6351000667761;
pre_1_89_1.up = 410.6351000667761;
pre_1_89_2.lo = -410.6351000667761;
pre_1_89_2.up = 410.6351000667761;
pre_1_89_3.lo = -410.6351000667761;
pre_1_89_3.up = 410.6351000667761;
pre_1_89_4.lo = -410.6351000667761;
pre_1_89_4.up = 410.6351000667761;
pre_1_89_5.lo = -410.6351000667761;
pre_1_89_5.up = 410.6351000667761;
pre_1_89_6.lo = -410.6351000667761;
pre_1_89_6.up = 410.6351000667761;
pre_1_89_7.lo = -410.6351000667761;
pre_1_89_7.up = 410.6351000667761;
pre_1_90_0.lo = -316.10831814187213;
pre_1_90_0.up = 316.10831814187213;
pre_1_90_1.lo = -316.10831814187213;
pre_1_90_1.up = 316.10831814187213;
pre_1_90_2.lo = -316.10831814187213;
pre_1_90_2.up = 316.10831814187213;
pre_1_90_3.lo = -316.10831814187213;
pre_1_90_3.up = 316.10831814187213;
pre_1_90_4.lo = -316.10831814187213;
pre_1_90_4.up = 316.10831814187213;
pre_1_90_5.lo = -316.10831814187213;
pre_1_90_5.up = 316.10831814187213;
pre_1_90_6.lo = -316.10831814187213;
pre_1_90_6.up = 316.10831814187213;
pre_1_90_7.lo = -316.10831814187213;
pre_1_90_7.up = 316.10831814187213;
post_1_0_0.lo = 0;
post_1_0_0.up = 360.9983581771048;
post_1_0_1.lo = 0;
post_1_0_1.up = 360.9983581771048;
post_1_0_2.lo = 0;
post_1_0_2.up = 360.9983581771048;
post_1_0_3.lo = 0;
post_1_0_3.up = 360.9983581771048;
post_1_0_4.lo = 0;
post_1_0_4.up = 360.9983581771048;
post_1_0_5.lo = 0;
post_1_0_5.up = 360.9983581771048;
post_1_0_6.lo = 0;
post_1_0_6.up = 360.9983581771048;
post_1_0_7.lo = 0;
post_1_0_7.up = 360.9983581771048;
post_1_1_0.lo = 0;
post_1_1_0.up = 361.9104817236893;
post_1_1_1.lo = 0;
post_1_1_1.up = 361.9104817236893;
post_1_1_2.lo = 0;
post_1_1_2.up = 361.9104817236893;
post_1_1_3.lo = 0;
post_1_1_3.up = 361.9104817236893;
post_1_1_4.lo = 0;
post_1_1_4.up = 361.9104817236893;
post_1_1_5.lo = 0;
post_1_1_5.up = 361.9104817236893;
post_1_1_6.lo = 0;
post_1_1_6.up = 361.9104817236893;
post_1_1_7.lo = 0;
post_1_1_7.up = 361.9104817236893;
post_1_2_0.lo = 0;
post_1_2_0.up = 362.8226052702738;
post_1_2_1.lo = 0;
post_1_2_1.up = 362.8226052702738;
post_1_2_2.lo = 0;
post_1_2_2.up = 362.8226052702738;
post_1_2_3.lo = 0;
post_1_2_3.up = 362.8226052702738;
post_1_2_4.lo = 0;
post_1_2_4.up = 362.8226052702738;
post_1_2_5.lo = 0;
post_1_2_5.up = 362.8226052702738;
post_1_2_6.lo = 0;
post_1_2_6.up = 362.8226052702738;
post_1_2_7.lo = 0;
post_1_2_7.up = 362.8226052702738;
post_1_3_0.lo = 0;
post_1_3_0.up = 353.9420129716219;
post_1_3_1.lo = 0;
post_1_3_1.up = 353.9420129716219;
post_1_3_2.lo = 0;
post_1_3_2.up = 353.9420129716219;
post_1_3_3.lo = 0;
post_1_3_3.up = 353.9420129716219;
post_1_3_4.lo = 0;
post_1_3_4.up = 353.9420129716219;
post_1_3_5.lo = 0;
post_1_3_5.up = 353.9420129716219;
post_1_3_6.lo = 0;
post_1_3_6.up = 353.9420129716219;
post_1_3_7.lo = 0;
post_1_3_7.up = 353.9420129716219;
post_1_4_0.lo = 0;
post_1_4_0.up = 354.8541365182064;
post_1_4_1.lo = 0;
post_1_4_1.up = 354.8541365182064;
post_1_4_2.lo = 0;
post_1_4_2.up = 354.8541365182064;
post_1_4_3.lo = 0;
post_1_4_3.up = 354.8541365182064;
post_1_4_4.lo = 0;
post_1_4_4.up = 354.8541365182064;
post_1_4_5.lo = 0;
post_1_4_5.up = 354.8541365182064;
post_1_4_6.lo = 0;
post_1_4_6.up = 354.8541365182064;
post_1_4_7.lo = 0;
post_1_4_7.up = 354.8541365182064;
post_1_5_0.lo = 0;
post_1_5_0.up = 355.7662600647909;
post_1_5_1.lo = 0;
post_1_5_1.up = 355.7662600647909;
post_1_5_2.lo = 0;
post_1_5_2.up = 355.7662600647909;
post_1_5_3.lo = 0;
post_1_5_3.up = 355.7662600647909;
post_1_5_4.lo = 0;
post_1_5_4.up = 355.7662600647909;
post_1_5_5.lo = 0;
post_1_5_5.up = 355.7662600647909;
post_1_5_6.lo = 0;
post_1_5_6.up = 355.7662600647909;
post_1_5_7.lo = 0;
post_1_5_7.up = 355.7662600647909;
post_1_6_0.lo = 0;
post_1_6_0.up = 346.885667766139;
post_1_6_1.lo = 0;
post_1_6_1.up = 346.885667766139;
post_1_6_2.lo = 0;
post_1_6_2.up = 346.885667766139;
post_1_6_3.lo = 0;
post_1_6_3.up = 346.885667766139;
post_1_6_4.lo = 0;
post_1_6_4.up = 346.885667766139;
post_1_6_5.lo = 0;
post_1_6_5.up = 346.885667766139;
post_1_6_6.lo = 0;
post_1_6_6.up = 346.885667766139;
post_1_6_7.lo = 0;
post_1_6_7.up = 346.885667766139;
post_1_7_0.lo = 0;
post_1_7_0.up = 347.79779131272346;
post_1_7_1.lo = 0;
post_1_7_1.up = 347.79779131272346;
post_1_7_2.lo = 0;
post_1_7_2.up = 347.79779131272346;
post_1_7_3.lo = 0;
post_1_7_3.up = 347.79779131272346;
post_1_7_4.lo = 0;
post_1_7_4.up = 347.79779131272346;
post_1_7_5.lo = 0;
post_1_7_5.up = 347.79779131272346;
post_1_7_6.lo = 0;
post_1_7_6.up = 347.79779131272346;
post_1_7_7.lo = 0;
post_1_7_7.up = 347.79779131272346;
post_1_8_0.lo = 0;
post_1_8_0.up = 348.709914859308;
post_1_8_1.lo = 0;
post_1_8_1.up = 348.709914859308;
post_1_8_2.lo = 0;
post_1_8_2.up = 348.709914859308;
post_1_8_3.lo = 0;
post_1_8_3.up = 348.709914859308;
post_1_8_4.lo = 0;
post_1_8_4.up = 348.709914859308;
post_1_8_5.lo = 0;
post_1_8_5.up = 348.709914859308;
post_1_8_6.lo = 0;
post_1_8_6.up = 348.709914859308;
post_1_8_7.lo = 0;
post_1_8_7.up = 348.709914859308;
post_1_9_0.lo = 0;
post_1_9_0.up = 329.2448047524318;
post_1_9_1.lo = 0;
post_1_9_1.up = 329.2448047524318;
post_1_9_2.lo = 0;
post_1_9_2.up = 329.2448047524318;
post_1_9_3.lo = 0;
post_1_9_3.up = 329.2448047524318;
post_1_9_4.lo = 0;
post_1_9_4.up = 329.2448047524318;
post_1_9_5.lo = 0;
post_1_9_5.up = 329.2448047524318;
post_1_9_6.lo = 0;
post_1_9_6.up = 329.2448047524318;
post_1_9_7.lo = 0;
post_1_9_7.up = 329.2448047524318;
post_1_10_0.lo = 0;
post_1_10_0.up = 330.1569282990163;
post_1_10_1.lo = 0;
post_1_10_1.up = 330.1569282990163;
post_1_10_2.lo = 0;
post_1_10_2.up = 330.1569282990163;
post_1_10_3.lo = 0;
post_1_10_3.up = 330.1569282990163;
post_1_10_4.lo = 0;
post_1_10_4.up = 330.1569282990163;
post_1_10_5.lo = 0;
post_1_10_5.up = 330.1569282990163;
post_1_10_6.lo = 0;
post_1_10_6.up = 330.1569282990163;
post_1_10_7.lo = 0;
post_1_10_7.up = 330.1569282990163;
post_1_11_0.lo = 0;
post_1_11_0.up = 331.06905184560077;
post_1_11_1.lo = 0;
post_1_11_1.up = 331.06905184560077;
post_1_11_2.lo = 0;
post_1_11_2.up = 331.06905184560077;
post_1_11_3.lo = 0;
post_1_11_3.up = 331.06905184560077;
post_1_11_4.lo = 0;
post_1_11_4.up = 331.06905184560077;
post_1_11_5.lo = 0;
post_1_11_5.up = 331.06905184560077;
post_1_11_6.lo = 0;
post_1_11_6.up = 331.06905184560077;
post_1_11_7.lo = 0;
post_1_11_7.up = 331.06905184560077;
post_1_12_0.lo = 0;
post_1_12_0.up = 325.7166321496903;
post_1_12_1.lo = 0;
post_1_12_1.up = 325.7166321496903;
post_1_12_2.lo = 0;
post_1_12_2.up = 325.7166321496903;
post_1_12_3.lo = 0;
post_1_12_3.up = 325.7166321496903;
post_1_12_4.lo = 0;
post_1_12_4.up = 325.7166321496903;
post_1_12_5.lo = 0;
post_1_12_5.up = 325.7166321496903;
post_1_12_6.lo = 0;
post_1_12_6.up = 325.7166321496903;
post_1_12_7.lo = 0;
post_1_12_7.up = 325.7166321496903;
post_1_13_0.lo = 0;
post_1_13_0.up = 326.6287556962748;
post_1_13_1.lo = 0;
post_1_13_1.up = 326.6287556962748;
post_1_13_2.lo = 0;
post_1_13_2.up = 326.6287556962748;
post_1_13_3.lo = 0;
post_1_13_3.up = 326.6287556962748;
post_1_13_4.lo = 0;
post_1_13_4.up = 326.6287556962748;
post_1_13_5.lo = 0;
post_1_13_5.up = 326.6287556962748;
post_1_13_6.lo = 0;
post_1_13_6.up = 326.6287556962748;
post_1_13_7.lo = 0;
post_1_13_7.up = 326.6287556962748;
post_1_14_0.lo = 0;
post_1_14_0.up = 327.5408792428593;
post_1_14_1.lo = 0;
post_1_14_1.up = 327.5408792428593;
post_1_14_2.lo = 0;
post_1_14_2.up = 327.5408792428593;
post_1_14_3.lo = 0;
post_1_14_3.up = 327.5408792428593;
post_1_14_4.lo = 0;
post_1_14_4.up = 327.5408792428593;
post_1_14_5.lo = 0;
post_1_14_5.up = 327.5408792428593;
post_1_14_6.lo = 0;
post_1_14_6.up = 327.5408792428593;
post_1_14_7.lo = 0;
post_1_14_7.up = 327.5408792428593;
post_1_15_0.lo = 0;
post_1_15_0.up = 322.1884595469489;
post_1_15_1.lo = 0;
post_1_15_1.up = 322.1884595469489;
post_1_15_2.lo = 0;
post_1_15_2.up = 322.1884595469489;
post_1_15_3.lo = 0;
post_1_15_3.up = 322.1884595469489;
post_1_15_4.lo = 0;
post_1_15_4.up = 322.1884595469489;
post_1_15_5.lo = 0;
post_1_15_5.up = 322.1884595469489;
post_1_15_6.lo = 0;
post_1_15_6.up = 322.1884595469489;
post_1_15_7.lo = 0;
post_1_15_7.up = 322.1884595469489;
post_1_16_0.lo = 0;
post_1_16_0.up = 323.1005830935333;
post_1_16_1.lo = 0;
post_1_16_1.up = 323.1005830935333;
post_1_16_2.lo = 0;
post_1_16_2.up = 323.1005830935333;
post_1_16_3.lo = 0;
post_1_16_3.up = 323.1005830935333;
post_1_16_4.lo = 0;
post_1_16_4.up = 323.1005830935333;
post_1_16_5.lo = 0;
post_1_16_5.up = 323.1005830935333;
post_1_16_6.lo = 0;
post_1_16_6.up = 323.1005830935333;
post_1_16_7.lo = 0;
post_1_16_7.up = 323.1005830935333;
post_1_17_0.lo = 0;
post_1_17_0.up = 324.01270664011787;
post_1_17_1.lo = 0;
post_1_17_1.up = 324.01270664011787;
post_1_17_2.lo = 0;
post_1_17_2.up = 324.01270664011787;
post_1_17_3.lo = 0;
post_1_17_3.up = 324.01270664011787;
post_1_17_4.lo = 0;
post_1_17_4.up = 324.01270664011787;
post_1_17_5.lo = 0;
post_1_17_5.up = 324.01270664011787;
post_1_17_6.lo = 0;
post_1_17_6.up = 324.01270664011787;
post_1_17_7.lo = 0;
post_1_17_7.up = 324.01270664011787;
post_1_18_0.lo = 0;
post_1_18_0.up = 318.6602869442074;
post_1_18_1.lo = 0;
post_1_18_1.up = 318.6602869442074;
post_1_18_2.lo = 0;
post_1_18_2.up = 318.6602869442074;
post_1_18_3.lo = 0;
post_1_18_3.up = 318.6602869442074;
post_1_18_4.lo = 0;
post_1_18_4.up = 318.6602869442074;
post_1_18_5.lo = 0;
post_1_18_5.up = 318.6602869442074;
post_1_18_6.lo = 0;
post_1_18_6.up = 318.6602869442074;
post_1_18_7.lo = 0;
post_1_18_7.up = 318.6602869442074;
post_1_19_0.lo = 0;
post_1_19_0.up = 319.5724104907919;
post_1_19_1.lo = 0;
post_1_19_1.up = 319.5724104907919;
post_1_19_2.lo = 0;
post_1_19_2.up = 319.5724104907919;
post_1_19_3.lo = 0;
post_1_19_3.up = 319.5724104907919;
post_1_19_4.lo = 0;
post_1_19_4.up = 319.5724104907919;
post_1_19_5.lo = 0;
post_1_19_5.up = 319.5724104907919;
post_1_19_6.lo = 0;
post_1_19_6.up = 319.5724104907919;
post_1_19_7.lo = 0;
post_1_19_7.up = 319.5724104907919;
post_1_20_0.lo = 0;
post_1_20_0.up = 320.48453403737636;
post_1_20_1.lo = 0;
post_1_20_1.up = 320.48453403737636;
post_1_20_2.lo = 0;
post_1_20_2.up = 320.48453403737636;
post_1_20_3.lo = 0;
post_1_20_3.up = 320.48453403737636;
post_1_20_4.lo = 0;
post_1_20_4.up = 320.48453403737636;
post_1_20_5.lo = 0;
post_1_20_5.up = 320.48453403737636;
post_1_20_6.lo = 0;
post_1_20_6.up = 320.48453403737636;
post_1_20_7.lo = 0;
post_1_20_7.up = 320.48453403737636;
post_1_21_0.lo = 0;
post_1_21_0.up = 276.32221571131004;
post_1_21_1.lo = 0;
post_1_21_1.up = 276.32221571131004;
post_1_21_2.lo = 0;
post_1_21_2.up = 276.32221571131004;
post_1_21_3.lo = 0;
post_1_21_3.up = 276.32221571131004;
post_1_21_4.lo = 0;
post_1_21_4.up = 276.32221571131004;
post_1_21_5.lo = 0;
post_1_21_5.up = 276.32221571131004;
post_1_21_6.lo = 0;
post_1_21_6.up = 276.32221571131004;
post_1_21_7.lo = 0;
post_1_21_7.up = 276.32221571131004;
post_1_22_0.lo = 0;
post_1_22_0.up = 277.2343392578945;
post_1_22_1.lo = 0;
post_1_22_1.up = 277.2343392578945;
post_1_22_2.lo = 0;
post_1_22_2.up = 277.2343392578945;
post_1_22_3.lo = 0;
post_1_22_3.up = 277.2343392578945;
post_1_22_4.lo = 0;
post_1_22_4.up = 277.2343392578945;
post_1_22_5.lo = 0;
post_1_22_5.up = 277.2343392578945;
post_1_22_6.lo = 0;
post_1_22_6.up = 277.2343392578945;
post_1_22_7.lo = 0;
post_1_22_7.up = 277.2343392578945;
post_1_23_0.lo = 0;
post_1_23_0.up = 278.146462804479;
post_1_23_1.lo = 0;
post_1_23_1.up = 278.146462804479;
post_1_23_2.lo = 0;
post_1_23_2.up = 278.146462804479;
post_1_23_3.lo = 0;
post_1_23_3.up = 278.146462804479;
post_1_23_4.lo = 0;
post_1_23_4.up = 278.146462804479;
post_1_23_5.lo = 0;
post_1_23_5.up = 278.146462804479;
post_1_23_6.lo = 0;
post_1_23_6.up = 278.146462804479;
post_1_23_7.lo = 0;
post_1_23_7.up = 278.146462804479;
post_1_24_0.lo = 0;
post_1_24_0.up = 233.98414447841262;
post_1_24_1.lo = 0;
post_1_24_1.up = 233.98414447841262;
post_1_24_2.lo = 0;
post_1_24_2.up = 233.98414447841262;
post_1_24_3.lo = 0;
post_1_24_3.up = 233.98414447841262;
post_1_24_4.lo = 0;
post_1_24_4.up = 233.98414447841262;
post_1_24_5.lo = 0;
post_1_24_5.up = 233.98414447841262;
post_1_24_6.lo = 0;
post_1_24_6.up = 233.98414447841262;
post_1_24_7.lo = 0;
post_1_24_7.up = 233.98414447841262;
post_1_25_0.lo = 0;
post_1_25_0.up = 234.8962680249971;
post_1_25_1.lo = 0;
post_1_25_1.up = 234.8962680249971;
post_1_25_2.lo = 0;
post_1_25_2.up = 234.8962680249971;
post_1_25_3.lo = 0;
post_1_25_3.up = 234.8962680249971;
post_1_25_4.lo = 0;
post_1_25_4.up = 234.8962680249971;
post_1_25_5.lo = 0;
post_1_25_5.up = 234.8962680249971;
post_1_25_6.lo = 0;
post_1_25_6.up = 234.8962680249971;
post_1_25_7.lo = 0;
post_1_25_7.up = 234.8962680249971;
post_1_26_0.lo = 0;
post_1_26_0.up = 235.8083915715816;
post_1_26_1.lo = 0;
post_1_26_1.up = 235.8083915715816;
post_1_26_2.lo = 0;
post_1_26_2.up = 235.8083915715816;
post_1_26_3.lo = 0;
post_1_26_3.up = 235.8083915715816;
post_1_26_4.lo = 0;
post_1_26_4.up = 235.8083915715816;
post_1_26_5.lo = 0;
post_1_26_5.up = 235.8083915715816;
post_1_26_6.lo = 0;
post_1_26_6.up = 235.8083915715816;
post_1_26_7.lo = 0;
post_1_26_7.up = 235.8083915715816;
post_1_27_0.lo = 0;
post_1_27_0.up = 230.45597187567114;
post_1_27_1.lo = 0;
post_1_27_1.up = 230.45597187567114;
post_1_27_2.lo = 0;
post_1_27_2.up = 230.45597187567114;
post_1_27_3.lo = 0;
post_1_27_3.up = 230.45597187567114;
post_1_27_4.lo = 0;
post_1_27_4.up = 230.45597187567114;
post_1_27_5.lo = 0;
post_1_27_5.up = 230.45597187567114;
post_1_27_6.lo = 0;
post_1_27_6.up = 230.45597187567114;
post_1_27_7.lo = 0;
post_1_27_7.up = 230.45597187567114;
post_1_28_0.lo = 0;
post_1_28_0.up = 231.36809542225564;
post_1_28_1.lo = 0;
post_1_28_1.up = 231.36809542225564;
post_1_28_2.lo = 0;
post_1_28_2.up = 231.36809542225564;
post_1_28_3.lo = 0;
post_1_28_3.up = 231.36809542225564;
post_1_28_4.lo = 0;
post_1_28_4.up = 231.36809542225564;
post_1_28_5.lo = 0;
post_1_28_5.up = 231.36809542225564;
post_1_28_6.lo = 0;
post_1_28_6.up = 231.36809542225564;
post_1_28_7.lo = 0;
post_1_28_7.up = 231.36809542225564;
post_1_29_0.lo = 0;
post_1_29_0.up = 232.28021896884013;
post_1_29_1.lo = 0;
post_1_29_1.up = 232.28021896884013;
post_1_29_2.lo = 0;
post_1_29_2.up = 232.28021896884013;
post_1_29_3.lo = 0;
post_1_29_3.up = 232.28021896884013;
post_1_29_4.lo = 0;
post_1_29_4.up = 232.28021896884013;
post_1_29_5.lo = 0;
post_1_29_5.up = 232.28021896884013;
post_1_29_6.lo = 0;
post_1_29_6.up = 232.28021896884013;
post_1_29_7.lo = 0;
post_1_29_7.up = 232.28021896884013;
post_1_30_0.lo = 0;
post_1_30_0.up = 226.92779927292972;
post_1_30_1.lo = 0;
post_1_30_1.up = 226.92779927292972;
post_1_30_2.lo = 0;
post_1_30_2.up = 226.92779927292972;
post_1_30_3.lo = 0;
post_1_30_3.up = 226.92779927292972;
post_1_30_4.lo = 0;
post_1_30_4.up = 226.92779927292972;
post_1_30_5.lo = 0;
post_1_30_5.up = 226.92779927292972;
post_1_30_6.lo = 0;
post_1_30_6.up = 226.92779927292972;
post_1_30_7.lo = 0;
post_1_30_7.up = 226.92779927292972;
post_1_31_0.lo = 0;
post_1_31_0.up = 227.8399228195142;
post_1_31_1.lo = 0;
post_1_31_1.up = 227.8399228195142;
post_1_31_2.lo = 0;
post_1_31_2.up = 227.8399228195142;
post_1_31_3.lo = 0;
post_1_31_3.up = 227.8399228195142;
post_1_31_4.lo = 0;
post_1_31_4.up = 227.8399228195142;
post_1_31_5.lo = 0;
post_1_31_5.up = 227.8399228195142;
post_1_31_6.lo = 0;
post_1_31_6.up = 227.8399228195142;
post_1_31_7.lo = 0;
post_1_31_7.up = 227.8399228195142;
post_1_32_0.lo = 0;
post_1_32_0.up = 228.75204636609868;
post_1_32_1.lo = 0;
post_1_32_1.up = 228.75204636609868;
post_1_32_2.lo = 0;
post_1_32_2.up = 228.75204636609868;
post_1_32_3.lo = 0;
post_1_32_3.up = 228.75204636609868;
post_1_32_4.lo = 0;
post_1_32_4.up = 228.75204636609868;
post_1_32_5.lo = 0;
post_1_32_5.up = 228.75204636609868;
post_1_32_6.lo = 0;
post_1_32_6.up = 228.75204636609868;
post_1_32_7.lo = 0;
post_1_32_7.up = 228.75204636609868;
post_1_33_0.lo = 0;
post_1_33_0.up = 223.39962667018827;
post_1_33_1.lo = 0;
post_1_33_1.up = 223.39962667018827;
post_1_33_2.lo = 0;
post_1_33_2.up = 223.39962667018827;
post_1_33_3.lo = 0;
post_1_33_3.up = 223.39962667018827;
post_1_33_4.lo = 0;
post_1_33_4.up = 223.39962667018827;
post_1_33_5.lo = 0;
post_1_33_5.up = 223.39962667018827;
post_1_33_6.lo = 0;
post_1_33_6.up = 223.39962667018827;
post_1_33_7.lo = 0;
post_1_33_7.up = 223.39962667018827;
post_1_34_0.lo = 0;
post_1_34_0.up = 224.31175021677274;
post_1_34_1.lo = 0;
post_1_34_1.up = 224.31175021677274;
post_1_34_2.lo = 0;
post_1_34_2.up = 224.31175021677274;
post_1_34_3.lo = 0;
post_1_34_3.up = 224.31175021677274;
post_1_34_4.lo = 0;
post_1_34_4.up = 224.31175021677274;
post_1_34_5.lo = 0;
post_1_34_5.up = 224.31175021677274;
post_1_34_6.lo = 0;
post_1_34_6.up = 224.31175021677274;
post_1_34_7.lo = 0;
post_1_34_7.up = 224.31175021677274;
post_1_35_0.lo = 0;
post_1_35_0.up = 225.22387376335723;
post_1_35_1.lo = 0;
post_1_35_1.up = 225.22387376335723;
post_1_35_2.lo = 0;
post_1_35_2.up = 225.22387376335723;
post_1_35_3.lo = 0;
post_1_35_3.up = 225.22387376335723;
post_1_35_4.lo = 0;
post_1_35_4.up = 225.22387376335723;
post_1_35_5.lo = 0;
post_1_35_5.up = 225.22387376335723;
post_1_35_6.lo = 0;
post_1_35_6.up = 225.22387376335723;
post_1_35_7.lo = 0;
post_1_35_7.up = 225.22387376335723;
post_1_36_0.lo = 0;
post_1_36_0.up = 205.758763656481;
post_1_36_1.lo = 0;
post_1_36_1.up = 205.758763656481;
post_1_36_2.lo = 0;
post_1_36_2.up = 205.758763656481;
post_1_36_3.lo = 0;
post_1_36_3.up = 205.758763656481;
post_1_36_4.lo = 0;
post_1_36_4.up = 205.758763656481;
post_1_36_5.lo = 0;
post_1_36_5.up = 205.758763656481;
post_1_36_6.lo = 0;
post_1_36_6.up = 205.758763656481;
post_1_36_7.lo = 0;
post_1_36_7.up = 205.758763656481;
post_1_37_0.lo = 0;
post_1_37_0.up = 206.6708872030655;
post_1_37_1.lo = 0;
post_1_37_1.up = 206.6708872030655;
post_1_37_2.lo = 0;
post_1_37_2.up = 206.6708872030655;
post_1_37_3.lo = 0;
post_1_37_3.up = 206.6708872030655;
post_1_37_4.lo = 0;
post_1_37_4.up = 206.6708872030655;
post_1_37_5.lo = 0;
post_1_37_5.up = 206.6708872030655;
post_1_37_6.lo = 0;
post_1_37_6.up = 206.6708872030655;
post_1_37_7.lo = 0;
post_1_37_7.up = 206.6708872030655;
post_1_38_0.lo = 0;
post_1_38_0.up = 207.58301074965;
post_1_38_1.lo = 0;
post_1_38_1.up = 207.58301074965;
post_1_38_2.lo = 0;
post_1_38_2.up = 207.58301074965;
post_1_38_3.lo = 0;
post_1_38_3.up = 207.58301074965;
post_1_38_4.lo = 0;
post_1_38_4.up = 207.58301074965;
post_1_38_5.lo = 0;
post_1_38_5.up = 207.58301074965;
post_1_38_6.lo = 0;
post_1_38_6.up = 207.58301074965;
post_1_38_7.lo = 0;
post_1_38_7.up = 207.58301074965;
post_1_39_0.lo = 0;
post_1_39_0.up = 198.7024184509981;
post_1_39_1.lo = 0;
post_1_39_1.up = 198.7024184509981;
post_1_39_2.lo = 0;
post_1_39_2.up = 198.7024184509981;
post_1_39_3.lo = 0;
post_1_39_3.up = 198.7024184509981;
post_1_39_4.lo = 0;
post_1_39_4.up = 198.7024184509981;
post_1_39_5.lo = 0;
post_1_39_5.up = 198.7024184509981;
post_1_39_6.lo = 0;
post_1_39_6.up = 198.7024184509981;
post_1_39_7.lo = 0;
post_1_39_7.up = 198.7024184509981;
post_1_40_0.lo = 0;
post_1_40_0.up = 199.61454199758256;
post_1_40_1.lo = 0;
post_1_40_1.up = 199.61454199758256;
post_1_40_2.lo = 0;
post_1_40_2.up = 199.61454199758256;
post_1_40_3.lo = 0;
post_1_40_3.up = 199.61454199758256;
post_1_40_4.lo = 0;
post_1_40_4.up = 199.61454199758256;
post_1_40_5.lo = 0;
post_1_40_5.up = 199.61454199758256;
post_1_40_6.lo = 0;
post_1_40_6.up = 199.61454199758256;
post_1_40_7.lo = 0;
post_1_40_7.up = 199.61454199758256;
post_1_41_0.lo = 0;
post_1_41_0.up = 200.5266655441671;
post_1_41_1.lo = 0;
post_1_41_1.up = 200.5266655441671;
post_1_41_2.lo = 0;
post_1_41_2.up = 200.5266655441671;
post_1_41_3.lo = 0;
post_1_41_3.up = 200.5266655441671;
post_1_41_4.lo = 0;
post_1_41_4.up = 200.5266655441671;
post_1_41_5.lo = 0;
post_1_41_5.up = 200.5266655441671;
post_1_41_6.lo = 0;
post_1_41_6.up = 200.5266655441671;
post_1_41_7.lo = 0;
post_1_41_7.up = 200.5266655441671;
post_1_42_0.lo = 0;
post_1_42_0.up = 191.6460732455152;
post_1_42_1.lo = 0;
post_1_42_1.up = 191.6460732455152;
post_1_42_2.lo = 0;
post_1_42_2.up = 191.6460732455152;
post_1_42_3.lo = 0;
post_1_42_3.up = 191.6460732455152;
post_1_42_4.lo = 0;
post_1_42_4.up = 191.6460732455152;
post_1_42_5.lo = 0;
post_1_42_5.up = 191.6460732455152;
post_1_42_6.lo = 0;
post_1_42_6.up = 191.6460732455152;
post_1_42_7.lo = 0;
post_1_42_7.up = 191.6460732455152;
post_1_43_0.lo = 0;
post_1_43_0.up = 192.5581967920997;
post_1_43_1.lo = 0;
post_1_43_1.up = 192.5581967920997;
post_1_43_2.lo = 0;
post_1_43_2.up = 192.5581967920997;
post_1_43_3.lo = 0;
post_1_43_3.up = 192.5581967920997;
post_1_43_4.lo = 0;
post_1_43_4.up = 192.5581967920997;
post_1_43_5.lo = 0;
post_1_43_5.up = 192.5581967920997;
post_1_43_6.lo = 0;
post_1_43_6.up = 192.5581967920997;
post_1_43_7.lo = 0;
post_1_43_7.up = 192.5581967920997;
post_1_44_0.lo = 0;
post_1_44_0.up = 193.47032033868416;
post_1_44_1.lo = 0;
post_1_44_1.up = 193.47032033868416;
post_1_44_2.lo = 0;
post_1_44_2.up = 193.47032033868416;
post_1_44_3.lo = 0;
post_1_44_3.up = 193.47032033868416;
post_1_44_4.lo = 0;
post_1_44_4.up = 193.47032033868416;
post_1_44_5.lo = 0;
post_1_44_5.up = 193.47032033868416;
post_1_44_6.lo = 0;
post_1_44_6.up = 193.47032033868416;
post_1_44_7.lo = 0;
post_1_44_7.up = 193.47032033868416;
post_1_45_0.lo = 0;
post_1_45_0.up = 399.9356004311774;
post_1_45_1.lo = 0;
post_1_45_1.up = 399.9356004311774;
post_1_45_2.lo = 0;
post_1_45_2.up = 399.9356004311774;
post_1_45_3.lo = 0;
post_1_45_3.up = 399.9356004311774;
post_1_45_4.lo = 0;
post_1_45_4.up = 399.9356004311774;
post_1_45_5.lo = 0;
post_1_45_5.up = 399.9356004311774;
post_1_45_6.lo = 0;
post_1_45_6.up = 399.9356004311774;
post_1_45_7.lo = 0;
post_1_45_7.up = 399.9356004311774;
post_1_46_0.lo = 0;
post_1_46_0.up = 400.8477239777618;
post_1_46_1.lo = 0;
post_1_46_1.up = 400.8477239777618;
post_1_46_2.lo = 0;
post_1_46_2.up = 400.8477239777618;
post_1_46_3.lo = 0;
post_1_46_3.up = 400.8477239777618;
post_1_46_4.lo = 0;
post_1_46_4.up = 400.8477239777618;
post_1_46_5.lo = 0;
post_1_46_5.up = 400.8477239777618;
post_1_46_6.lo = 0;
post_1_46_6.up = 400.8477239777618;
post_1_46_7.lo = 0;
post_1_46_7.up = 400.8477239777618;
post_1_47_0.lo = 0;
post_1_47_0.up = 401.7598475243464;
post_1_47_1.lo = 0;
post_1_47_1.up = 401.7598475243464;
post_1_47_2.lo = 0;
post_1_47_2.up = 401.7598475243464;
post_1_47_3.lo = 0;
post_1_47_3.up = 401.7598475243464;
post_1_47_4.lo = 0;
post_1_47_4.up = 401.7598475243464;
post_1_47_5.lo = 0;
post_1_47_5.up = 401.7598475243464;
post_1_47_6.lo = 0;
post_1_47_6.up = 401.7598475243464;
post_1_47_7.lo = 0;
post_1_47_7.up = 401.7598475243464;
post_1_48_0.lo = 0;
post_1_48_0.up = 392.8792552256946;
post_1_48_1.lo = 0;
post_1_48_1.up = 392.8792552256946;
post_1_48_2.lo = 0;
post_1_48_2.up = 392.8792552256946;
post_1_48_3.lo = 0;
post_1_48_3.up = 392.8792552256946;
post_1_48_4.lo = 0;
post_1_48_4.up = 392.8792552256946;
post_1_48_5.lo = 0;
post_1_48_5.up = 392.8792552256946;
post_1_48_6.lo = 0;
post_1_48_6.up = 392.8792552256946;
post_1_48_7.lo = 0;
post_1_48_7.up = 392.8792552256946;
post_1_49_0.lo = 0;
post_1_49_0.up = 393.79137877227896;
post_1_49_1.lo = 0;
post_1_49_1.up = 393.79137877227896;
post_1_49_2.lo = 0;
post_1_49_2.up = 393.79137877227896;
post_1_49_3.lo = 0;
post_1_49_3.up = 393.79137877227896;
post_1_49_4.lo = 0;
post_1_49_4.up = 393.79137877227896;
post_1_49_5.lo = 0;
post_1_49_5.up = 393.79137877227896;
post_1_49_6.lo = 0;
post_1_49_6.up = 393.79137877227896;
post_1_49_7.lo = 0;
post_1_49_7.up = 393.79137877227896;
post_1_50_0.lo = 0;
post_1_50_0.up = 400.14567928105447;
post_1_50_1.lo = 0;
post_1_50_1.up = 400.14567928105447;
post_1_50_2.lo = 0;
post_1_50_2.up = 400.14567928105447;
post_1_50_3.lo = 0;
post_1_50_3.up = 400.14567928105447;
post_1_50_4.lo = 0;
post_1_50_4.up = 400.14567928105447;
post_1_50_5.lo = 0;
post_1_50_5.up = 400.14567928105447;
post_1_50_6.lo = 0;
post_1_50_6.up = 400.14567928105447;
post_1_50_7.lo = 0;
post_1_50_7.up = 400.14567928105447;
post_1_51_0.lo = 0;
post_1_51_0.up = 385.8229100202116;
post_1_51_1.lo = 0;
post_1_51_1.up = 385.8229100202116;
post_1_51_2.lo = 0;
post_1_51_2.up = 385.8229100202116;
post_1_51_3.lo = 0;
post_1_51_3.up = 385.8229100202116;
post_1_51_4.lo = 0;
post_1_51_4.up = 385.8229100202116;
post_1_51_5.lo = 0;
post_1_51_5.up = 385.8229100202116;
post_1_51_6.lo = 0;
post_1_51_6.up = 385.8229100202116;
post_1_51_7.lo = 0;
post_1_51_7.up = 385.8229100202116;
post_1_52_0.lo = 0;
post_1_52_0.up = 386.73503356679606;
post_1_52_1.lo = 0;
post_1_52_1.up = 386.73503356679606;
post_1_52_2.lo = 0;
post_1_52_2.up = 386.73503356679606;
post_1_52_3.lo = 0;
post_1_52_3.up = 386.73503356679606;
post_1_52_4.lo = 0;
post_1_52_4.up = 386.73503356679606;
post_1_52_5.lo = 0;
post_1_52_5.up = 386.73503356679606;
post_1_52_6.lo = 0;
post_1_52_6.up = 386.73503356679606;
post_1_52_7.lo = 0;
post_1_52_7.up = 386.73503356679606;
post_1_53_0.lo = 0;
post_1_53_0.up = 400.6017410543467;
post_1_53_1.lo = 0;
post_1_53_1.up = 400.6017410543467;
post_1_53_2.lo = 0;
post_1_53_2.up = 400.6017410543467;
post_1_53_3.lo = 0;
post_1_53_3.up = 400.6017410543467;
post_1_53_4.lo = 0;
post_1_53_4.up = 400.6017410543467;
post_1_53_5.lo = 0;
post_1_53_5.up = 400.6017410543467;
post_1_53_6.lo = 0;
post_1_53_6.up = 400.6017410543467;
post_1_53_7.lo = 0;
post_1_53_7.up = 400.6017410543467;
post_1_54_0.lo = 0;
post_1_54_0.up = 373.5165146656457;
post_1_54_1.lo = 0;
post_1_54_1.up = 373.5165146656457;
post_1_54_2.lo = 0;
post_1_54_2.up = 373.5165146656457;
post_1_54_3.lo = 0;
post_1_54_3.up = 373.5165146656457;
post_1_54_4.lo = 0;
post_1_54_4.up = 373.5165146656457;
post_1_54_5.lo = 0;
post_1_54_5.up = 373.5165146656457;
post_1_54_6.lo = 0;
post_1_54_6.up = 373.5165146656457;
post_1_54_7.lo = 0;
post_1_54_7.up = 373.5165146656457;
post_1_55_0.lo = 0;
post_1_55_0.up = 387.62920507661147;
post_1_55_1.lo = 0;
post_1_55_1.up = 387.62920507661147;
post_1_55_2.lo = 0;
post_1_55_2.up = 387.62920507661147;
post_1_55_3.lo = 0;
post_1_55_3.up = 387.62920507661147;
post_1_55_4.lo = 0;
post_1_55_4.up = 387.62920507661147;
post_1_55_5.lo = 0;
post_1_55_5.up = 387.62920507661147;
post_1_55_6.lo = 0;
post_1_55_6.up = 387.62920507661147;
post_1_55_7.lo = 0;
post_1_55_7.up = 387.62920507661147;
post_1_56_0.lo = 0;
post_1_56_0.up = 401.7418954875773;
post_1_56_1.lo = 0;
post_1_56_1.up = 401.7418954875773;
post_1_56_2.lo = 0;
post_1_56_2.up = 401.7418954875773;
post_1_56_3.lo = 0;
post_1_56_3.up = 401.7418954875773;
post_1_56_4.lo = 0;
post_1_56_4.up = 401.7418954875773;
post_1_56_5.lo = 0;
post_1_56_5.up = 401.7418954875773;
post_1_56_6.lo = 0;
post_1_56_6.up = 401.7418954875773;
post_1_56_7.lo = 0;
post_1_56_7.up = 401.7418954875773;
post_1_57_0.lo = 0;
post_1_57_0.up = 373.7445455522918;
post_1_57_1.lo = 0;
post_1_57_1.up = 373.7445455522918;
post_1_57_2.lo = 0;
post_1_57_2.up = 373.7445455522918;
post_1_57_3.lo = 0;
post_1_57_3.up = 373.7445455522918;
post_1_57_4.lo = 0;
post_1_57_4.up = 373.7445455522918;
post_1_57_5.lo = 0;
post_1_57_5.up = 373.7445455522918;
post_1_57_6.lo = 0;
post_1_57_6.up = 373.7445455522918;
post_1_57_7.lo = 0;
post_1_57_7.up = 373.7445455522918;
post_1_58_0.lo = 0;
post_1_58_0.up = 387.8572359632576;
post_1_58_1.lo = 0;
post_1_58_1.up = 387.8572359632576;
post_1_58_2.lo = 0;
post_1_58_2.up = 387.8572359632576;
post_1_58_3.lo = 0;
post_1_58_3.up = 387.8572359632576;
post_1_58_4.lo = 0;
post_1_58_4.up = 387.8572359632576;
post_1_58_5.lo = 0;
post_1_58_5.up = 387.8572359632576;
post_1_58_6.lo = 0;
post_1_58_6.up = 387.8572359632576;
post_1_58_7.lo = 0;
post_1_58_7.up = 387.8572359632576;
post_1_59_0.lo = 0;
post_1_59_0.up = 401.96992637422346;
post_1_59_1.lo = 0;
post_1_59_1.up = 401.96992637422346;
post_1_59_2.lo = 0;
post_1_59_2.up = 401.96992637422346;
post_1_59_3.lo = 0;
post_1_59_3.up = 401.96992637422346;
post_1_59_4.lo = 0;
post_1_59_4.up = 401.96992637422346;
post_1_59_5.lo = 0;
post_1_59_5.up = 401.96992637422346;
post_1_59_6.lo = 0;
post_1_59_6.up = 401.96992637422346;
post_1_59_7.lo = 0;
post_1_59_7.up = 401.96992637422346;
post_1_60_0.lo = 0;
post_1_60_0.up = 373.9725764389379;
post_1_60_1.lo = 0;
post_1_60_1.up = 373.9725764389379;
post_1_60_2.lo = 0;
post_1_60_2.up = 373.9725764389379;
post_1_60_3.lo = 0;
post_1_60_3.up = 373.9725764389379;
post_1_60_4.lo = 0;
post_1_60_4.up = 373.9725764389379;
post_1_60_5.lo = 0;
post_1_60_5.up = 373.9725764389379;
post_1_60_6.lo = 0;
post_1_60_6.up = 373.9725764389379;
post_1_60_7.lo = 0;
post_1_60_7.up = 373.9725764389379;
post_1_61_0.lo = 0;
post_1_61_0.up = 388.0852668499037;
post_1_61_1.lo = 0;
post_1_61_1.up = 388.0852668499037;
post_1_61_2.lo = 0;
post_1_61_2.up = 388.0852668499037;
post_1_61_3.lo = 0;
post_1_61_3.up = 388.0852668499037;
post_1_61_4.lo = 0;
post_1_61_4.up = 388.0852668499037;
post_1_61_5.lo = 0;
post_1_61_5.up = 388.0852668499037;
post_1_61_6.lo = 0;
post_1_61_6.up = 388.0852668499037;
post_1_61_7.lo = 0;
post_1_61_7.up = 388.0852668499037;
post_1_62_0.lo = 0;
post_1_62_0.up = 402.19795726086954;
post_1_62_1.lo = 0;
post_1_62_1.up = 402.19795726086954;
post_1_62_2.lo = 0;
post_1_62_2.up = 402.19795726086954;
post_1_62_3.lo = 0;
post_1_62_3.up = 402.19795726086954;
post_1_62_4.lo = 0;
post_1_62_4.up = 402.19795726086954;
post_1_62_5.lo = 0;
post_1_62_5.up = 402.19795726086954;
post_1_62_6.lo = 0;
post_1_62_6.up = 402.19795726086954;
post_1_62_7.lo = 0;
post_1_62_7.up = 402.19795726086954;
post_1_63_0.lo = 0;
post_1_63_0.up = 374.20060732558403;
post_1_63_1.lo = 0;
post_1_63_1.up = 374.20060732558403;
post_1_63_2.lo = 0;
post_1_63_2.up = 374.20060732558403;
post_1_63_3.lo = 0;
post_1_63_3.up = 374.20060732558403;
post_1_63_4.lo = 0;
post_1_63_4.up = 374.20060732558403;
post_1_63_5.lo = 0;
post_1_63_5.up = 374.20060732558403;
post_1_63_6.lo = 0;
post_1_63_6.up = 374.20060732558403;
post_1_63_7.lo = 0;
post_1_63_7.up = 374.20060732558403;
post_1_64_0.lo = 0;
post_1_64_0.up = 388.3132977365499;
post_1_64_1.lo = 0;
post_1_64_1.up = 388.3132977365499;
post_1_64_2.lo = 0;
post_1_64_2.up = 388.3132977365499;
post_1_64_3.lo = 0;
post_1_64_3.up = 388.3132977365499;
post_1_64_4.lo = 0;
post_1_64_4.up = 388.3132977365499;
post_1_64_5.lo = 0;
post_1_64_5.up = 388.3132977365499;
post_1_64_6.lo = 0;
post_1_64_6.up = 388.3132977365499;
post_1_64_7.lo = 0;
post_1_64_7.up = 388.3132977365499;
post_1_65_0.lo = 0;
post_1_65_0.up = 402.4259881475157;
post_1_65_1.lo = 0;
post_1_65_1.up = 402.4259881475157;
post_1_65_2.lo = 0;
post_1_65_2.up = 402.4259881475157;
post_1_65_3.lo = 0;
post_1_65_3.up = 402.4259881475157;
post_1_65_4.lo = 0;
post_1_65_4.up = 402.4259881475157;
post_1_65_5.lo = 0;
post_1_65_5.up = 402.4259881475157;
post_1_65_6.lo = 0;
post_1_65_6.up = 402.4259881475157;
post_1_65_7.lo = 0;
post_1_65_7.up = 402.4259881475157;
post_1_66_0.lo = 0;
post_1_66_0.up = 376.9369779653376;
post_1_66_1.lo = 0;
post_1_66_1.up = 376.9369779653376;
post_1_66_2.lo = 0;
post_1_66_2.up = 376.9369779653376;
post_1_66_3.lo = 0;
post_1_66_3.up = 376.9369779653376;
post_1_66_4.lo = 0;
post_1_66_4.up = 376.9369779653376;
post_1_66_5.lo = 0;
post_1_66_5.up = 376.9369779653376;
post_1_66_6.lo = 0;
post_1_66_6.up = 376.9369779653376;
post_1_66_7.lo = 0;
post_1_66_7.up = 376.9369779653376;
post_1_67_0.lo = 0;
post_1_67_0.up = 391.0496683763033;
post_1_67_1.lo = 0;
post_1_67_1.up = 391.0496683763033;
post_1_67_2.lo = 0;
post_1_67_2.up = 391.0496683763033;
post_1_67_3.lo = 0;
post_1_67_3.up = 391.0496683763033;
post_1_67_4.lo = 0;
post_1_67_4.up = 391.0496683763033;
post_1_67_5.lo = 0;
post_1_67_5.up = 391.0496683763033;
post_1_67_6.lo = 0;
post_1_67_6.up = 391.0496683763033;
post_1_67_7.lo = 0;
post_1_67_7.up = 391.0496683763033;
post_1_68_0.lo = 0;
post_1_68_0.up = 405.16235878726917;
post_1_68_1.lo = 0;
post_1_68_1.up = 405.16235878726917;
post_1_68_2.lo = 0;
post_1_68_2.up = 405.16235878726917;
post_1_68_3.lo = 0;
post_1_68_3.up = 405.16235878726917;
post_1_68_4.lo = 0;
post_1_68_4.up = 405.16235878726917;
post_1_68_5.lo = 0;
post_1_68_5.up = 405.16235878726917;
post_1_68_6.lo = 0;
post_1_68_6.up = 405.16235878726917;
post_1_68_7.lo = 0;
post_1_68_7.up = 405.16235878726917;
post_1_69_0.lo = 0;
post_1_69_0.up = 379.67334860509106;
post_1_69_1.lo = 0;
post_1_69_1.up = 379.67334860509106;
post_1_69_2.lo = 0;
post_1_69_2.up = 379.67334860509106;
post_1_69_3.lo = 0;
post_1_69_3.up = 379.67334860509106;
post_1_69_4.lo = 0;
post_1_69_4.up = 379.67334860509106;
post_1_69_5.lo = 0;
post_1_69_5.up = 379.67334860509106;
post_1_69_6.lo = 0;
post_1_69_6.up = 379.67334860509106;
post_1_69_7.lo = 0;
post_1_69_7.up = 379.67334860509106;
post_1_70_0.lo = 0;
post_1_70_0.up = 393.78603901605686;
post_1_70_1.lo = 0;
post_1_70_1.up = 393.78603901605686;
post_1_70_2.lo = 0;
post_1_70_2.up = 393.78603901605686;
post_1_70_3.lo = 0;
post_1_70_3.up = 393.78603901605686;
post_1_70_4.lo = 0;
post_1_70_4.up = 393.78603901605686;
post_1_70_5.lo = 0;
post_1_70_5.up = 393.78603901605686;
post_1_70_6.lo = 0;
post_1_70_6.up = 393.78603901605686;
post_1_70_7.lo = 0;
post_1_70_7.up = 393.78603901605686;
post_1_71_0.lo = 0;
post_1_71_0.up = 407.89872942702266;
post_1_71_1.lo = 0;
post_1_71_1.up = 407.89872942702266;
post_1_71_2.lo = 0;
post_1_71_2.up = 407.89872942702266;
post_1_71_3.lo = 0;
post_1_71_3.up = 407.89872942702266;
post_1_71_4.lo = 0;
post_1_71_4.up = 407.89872942702266;
post_1_71_5.lo = 0;
post_1_71_5.up = 407.89872942702266;
post_1_71_6.lo = 0;
post_1_71_6.up = 407.89872942702266;
post_1_71_7.lo = 0;
post_1_71_7.up = 407.89872942702266;
post_1_72_0.lo = 0;
post_1_72_0.up = 379.90137949173715;
post_1_72_1.lo = 0;
post_1_72_1.up = 379.90137949173715;
post_1_72_2.lo = 0;
post_1_72_2.up = 379.90137949173715;
post_1_72_3.lo = 0;
post_1_72_3.up = 379.90137949173715;
post_1_72_4.lo = 0;
post_1_72_4.up = 379.90137949173715;
post_1_72_5.lo = 0;
post_1_72_5.up = 379.90137949173715;
post_1_72_6.lo = 0;
post_1_72_6.up = 379.90137949173715;
post_1_72_7.lo = 0;
post_1_72_7.up = 379.90137949173715;
post_1_73_0.lo = 0;
post_1_73_0.up = 394.01406990270294;
post_1_73_1.lo = 0;
post_1_73_1.up = 394.01406990270294;
post_1_73_2.lo = 0;
post_1_73_2.up = 394.01406990270294;
post_1_73_3.lo = 0;
post_1_73_3.up = 394.01406990270294;
post_1_73_4.lo = 0;
post_1_73_4.up = 394.01406990270294;
post_1_73_5.lo = 0;
post_1_73_5.up = 394.01406990270294;
post_1_73_6.lo = 0;
post_1_73_6.up = 394.01406990270294;
post_1_73_7.lo = 0;
post_1_73_7.up = 394.01406990270294;
post_1_74_0.lo = 0;
post_1_74_0.up = 408.12676031366874;
post_1_74_1.lo = 0;
post_1_74_1.up = 408.12676031366874;
post_1_74_2.lo = 0;
post_1_74_2.up = 408.12676031366874;
post_1_74_3.lo = 0;
post_1_74_3.up = 408.12676031366874;
post_1_74_4.lo = 0;
post_1_74_4.up = 408.12676031366874;
post_1_74_5.lo = 0;
post_1_74_5.up = 408.12676031366874;
post_1_74_6.lo = 0;
post_1_74_6.up = 408.12676031366874;
post_1_74_7.lo = 0;
post_1_74_7.up = 408.12676031366874;
post_1_75_0.lo = 0;
post_1_75_0.up = 380.1294103783832;
post_1_75_1.lo = 0;
post_1_75_1.up = 380.1294103783832;
post_1_75_2.lo = 0;
post_1_75_2.up = 380.1294103783832;
post_1_75_3.lo = 0;
post_1_75_3.up = 380.1294103783832;
post_1_75_4.lo = 0;
post_1_75_4.up = 380.1294103783832;
post_1_75_5.lo = 0;
post_1_75_5.up = 380.1294103783832;
post_1_75_6.lo = 0;
post_1_75_6.up = 380.1294103783832;
post_1_75_7.lo = 0;
post_1_75_7.up = 380.1294103783832;
post_1_76_0.lo = 0;
post_1_76_0.up = 394.242100789349;
post_1_76_1.lo = 0;
post_1_76_1.up = 394.242100789349;
post_1_76_2.lo = 0;
post_1_76_2.up = 394.242100789349;
post_1_76_3.lo = 0;
post_1_76_3.up = 394.242100789349;
post_1_76_4.lo = 0;
post_1_76_4.up = 394.242100789349;
post_1_76_5.lo = 0;
post_1_76_5.up = 394.242100789349;
post_1_76_6.lo = 0;
post_1_76_6.up = 394.242100789349;
post_1_76_7.lo = 0;
post_1_76_7.up = 394.242100789349;
post_1_77_0.lo = 0;
post_1_77_0.up = 408.3547912003149;
post_1_77_1.lo = 0;
post_1_77_1.up = 408.3547912003149;
post_1_77_2.lo = 0;
post_1_77_2.up = 408.3547912003149;
post_1_77_3.lo = 0;
post_1_77_3.up = 408.3547912003149;
post_1_77_4.lo = 0;
post_1_77_4.up = 408.3547912003149;
post_1_77_5.lo = 0;
post_1_77_5.up = 408.3547912003149;
post_1_77_6.lo = 0;
post_1_77_6.up = 408.3547912003149;
post_1_77_7.lo = 0;
post_1_77_7.up = 408.3547912003149;
post_1_78_0.lo = 0;
post_1_78_0.up = 380.35744126502937;
post_1_78_1.lo = 0;
post_1_78_1.up = 380.35744126502937;
post_1_78_2.lo = 0;
post_1_78_2.up = 380.35744126502937;
post_1_78_3.lo = 0;
post_1_78_3.up = 380.35744126502937;
post_1_78_4.lo = 0;
post_1_78_4.up = 380.35744126502937;
post_1_78_5.lo = 0;
post_1_78_5.up = 380.35744126502937;
post_1_78_6.lo = 0;
post_1_78_6.up = 380.35744126502937;
post_1_78_7.lo = 0;
post_1_78_7.up = 380.35744126502937;
post_1_79_0.lo = 0;
post_1_79_0.up = 394.4701316759952;
post_1_79_1.lo = 0;
post_1_79_1.up = 394.4701316759952;
post_1_79_2.lo = 0;
post_1_79_2.up = 394.4701316759952;
post_1_79_3.lo = 0;
post_1_79_3.up = 394.4701316759952;
post_1_79_4.lo = 0;
post_1_79_4.up = 394.4701316759952;
post_1_79_5.lo = 0;
post_1_79_5.up = 394.4701316759952;
post_1_79_6.lo = 0;
post_1_79_6.up = 394.4701316759952;
post_1_79_7.lo = 0;
post_1_79_7.up = 394.4701316759952;
post_1_80_0.lo = 0;
post_1_80_0.up = 408.58282208696096;
post_1_80_1.lo = 0;
post_1_80_1.up = 408.58282208696096;
post_1_80_2.lo = 0;
post_1_80_2.up = 408.58282208696096;
post_1_80_3.lo = 0;
post_1_80_3.up = 408.58282208696096;
post_1_80_4.lo = 0;
post_1_80_4.up = 408.58282208696096;
post_1_80_5.lo = 0;
post_1_80_5.up = 408.58282208696096;
post_1_80_6.lo = 0;
post_1_80_6.up = 408.58282208696096;
post_1_80_7.lo = 0;
post_1_80_7.up = 408.58282208696096;
post_1_81_0.lo = 0;
post_1_81_0.up = 381.49759569826;
post_1_81_1.lo = 0;
post_1_81_1.up = 381.49759569826;
post_1_81_2.lo = 0;
post_1_81_2.up = 381.49759569826;
post_1_81_3.lo = 0;
post_1_81_3.up = 381.49759569826;
post_1_81_4.lo = 0;
post_1_81_4.up = 381.49759569826;
post_1_81_5.lo = 0;
post_1_81_5.up = 381.49759569826;
post_1_81_6.lo = 0;
post_1_81_6.up = 381.49759569826;
post_1_81_7.lo = 0;
post_1_81_7.up = 381.49759569826;
post_1_82_0.lo = 0;
post_1_82_0.up = 395.6102861092258;
post_1_82_1.lo = 0;
post_1_82_1.up = 395.6102861092258;
post_1_82_2.lo = 0;
post_1_82_2.up = 395.6102861092258;
post_1_82_3.lo = 0;
post_1_82_3.up = 395.6102861092258;
post_1_82_4.lo = 0;
post_1_82_4.up = 395.6102861092258;
post_1_82_5.lo = 0;
post_1_82_5.up = 395.6102861092258;
post_1_82_6.lo = 0;
post_1_82_6.up = 395.6102861092258;
post_1_82_7.lo = 0;
post_1_82_7.up = 395.6102861092258;
post_1_83_0.lo = 0;
post_1_83_0.up = 409.7229765201916;
post_1_83_1.lo = 0;
post_1_83_1.up = 409.7229765201916;
post_1_83_2.lo = 0;
post_1_83_2.up = 409.7229765201916;
post_1_83_3.lo = 0;
post_1_83_3.up = 409.7229765201916;
post_1_83_4.lo = 0;
post_1_83_4.up = 409.7229765201916;
post_1_83_5.lo = 0;
post_1_83_5.up = 409.7229765201916;
post_1_83_6.lo = 0;
post_1_83_6.up = 409.7229765201916;
post_1_83_7.lo = 0;
post_1_83_7.up = 409.7229765201916;
post_1_84_0.lo = 0;
post_1_84_0.up = 381.9536574715522;
post_1_84_1.lo = 0;
post_1_84_1.up = 381.9536574715522;
post_1_84_2.lo = 0;
post_1_84_2.up = 381.9536574715522;
post_1_84_3.lo = 0;
post_1_84_3.up = 381.9536574715522;
post_1_84_4.lo = 0;
post_1_84_4.up = 381.9536574715522;
post_1_84_5.lo = 0;
post_1_84_5.up = 381.9536574715522;
post_1_84_6.lo = 0;
post_1_84_6.up = 381.9536574715522;
post_1_84_7.lo = 0;
post_1_84_7.up = 381.9536574715522;
post_1_85_0.lo = 0;
post_1_85_0.up = 396.066347882518;
post_1_85_1.lo = 0;
post_1_85_1.up = 396.066347882518;
post_1_85_2.lo = 0;
post_1_85_2.up = 396.066347882518;
post_1_85_3.lo = 0;
post_1_85_3.up = 396.066347882518;
post_1_85_4.lo = 0;
post_1_85_4.up = 396.066347882518;
post_1_85_5.lo = 0;
post_1_85_5.up = 396.066347882518;
post_1_85_6.lo = 0;
post_1_85_6.up = 396.066347882518;
post_1_85_7.lo = 0;
post_1_85_7.up = 396.066347882518;
post_1_86_0.lo = 0;
post_1_86_0.up = 410.1790382934839;
post_1_86_1.lo = 0;
post_1_86_1.up = 410.1790382934839;
post_1_86_2.lo = 0;
post_1_86_2.up = 410.1790382934839;
post_1_86_3.lo = 0;
post_1_86_3.up = 410.1790382934839;
post_1_86_4.lo = 0;
post_1_86_4.up = 410.1790382934839;
post_1_86_5.lo = 0;
post_1_86_5.up = 410.1790382934839;
post_1_86_6.lo = 0;
post_1_86_6.up = 410.1790382934839;
post_1_86_7.lo = 0;
post_1_86_7.up = 410.1790382934839;
post_1_87_0.lo = 0;
post_1_87_0.up = 382.40971924484444;
post_1_87_1.lo = 0;
post_1_87_1.up = 382.40971924484444;
post_1_87_2.lo = 0;
post_1_87_2.up = 382.40971924484444;
post_1_87_3.lo = 0;
post_1_87_3.up = 382.40971924484444;
post_1_87_4.lo = 0;
post_1_87_4.up = 382.40971924484444;
post_1_87_5.lo = 0;
post_1_87_5.up = 382.40971924484444;
post_1_87_6.lo = 0;
post_1_87_6.up = 382.40971924484444;
post_1_87_7.lo = 0;
post_1_87_7.up = 382.40971924484444;
post_1_88_0.lo = 0;
post_1_88_0.up = 396.5224096558103;
post_1_88_1.lo = 0;
post_1_88_1.up = 396.5224096558103;
post_1_88_2.lo = 0;
post_1_88_2.up = 396.5224096558103;
post_1_88_3.lo = 0;
post_1_88_3.up = 396.5224096558103;
post_1_88_4.lo = 0;
post_1_88_4.up = 396.5224096558103;
post_1_88_5.lo = 0;
post_1_88_5.up = 396.5224096558103;
post_1_88_6.lo = 0;
post_1_88_6.up = 396.5224096558103;
post_1_88_7.lo = 0;
post_1_88_7.up = 396.5224096558103;
post_1_89_0.lo = 0;
post_1_89_0.up = 410.6351000667761;
post_1_89_1.lo = 0;
post_1_89_1.up = 410.6351000667761;
post_1_89_2.lo = 0;
post_1_89_2.up = 410.6351000667761;
post_1_89_3.lo = 0;
post_1_89_3.up = 410.6351000667761;
post_1_89_4.lo = 0;
post_1_89_4.up = 410.6351000667761;
post_1_89_5.lo = 0;
post_1_89_5.up = 410.6351000667761;
post_1_89_6.lo = 0;
post_1_89_6.up = 410.6351000667761;
post_1_89_7.lo = 0;
post_1_89_7.up = 410.6351000667761;
post_1_90_0.lo = 0;
post_1_90_0.up = 316.10831814187213;
post_1_90_1.lo = 0;
post_1_90_1.up = 316.10831814187213;
post_1_90_2.lo = 0;
post_1_90_2.up = 316.10831814187213;
post_1_90_3.lo = 0;
post_1_90_3.up = 316.10831814187213;
post_1_90_4.lo = 0;
post_1_90_4.up = 316.10831814187213;
post_1_90_5.lo = 0;
post_1_90_5.up = 316.10831814187213;
post_1_90_6.lo = 0;
post_1_90_6.up = 316.10831814187213;
post_1_90_7.lo = 0;
post_1_90_7.up = 316.10831814187213;
out_0_0.lo = -57779.73730833677;
out_0_0.up = 57779.73730833677;
out_0_1.lo = -57779.73730833677;
out_0_1.up = 57779.73730833677;
out_1_0.lo = -57925.67707579029;
out_1_0.up = 57925.67707579029;
out_1_1.lo = -57925.67707579029;
out_1_1.up = 57925.67707579029;
out_2_0.lo = -58071.61684324381;
out_2_0.up = 58071.61684324381;
out_2_1.lo = -58071.61684324381;
out_2_1.up = 58071.61684324381;
out_3_0.lo = -56650.722075459504;
out_3_0.up = 56650.722075459504;
out_3_1.lo = -56650.722075459504;
out_3_1.up = 56650.722075459504;
out_4_0.lo = -56796.661842913025;
out_4_0.up = 56796.661842913025;
out_4_1.lo = -56796.661842913025;
out_4_1.up = 56796.661842913025;
out_5_0.lo = -56942.601610366546;
out_5_0.up = 56942.601610366546;
out_5_1.lo = -56942.601610366546;
out_5_1.up = 56942.601610366546;
out_6_0.lo = -55521.70684258224;
out_6_0.up = 55521.70684258224;
out_6_1.lo = -55521.70684258224;
out_6_1.up = 55521.70684258224;
out_7_0.lo = -55667.64661003575;
out_7_0.up = 55667.64661003575;
out_7_1.lo = -55667.64661003575;
out_7_1.up = 55667.64661003575;
out_8_0.lo = -55813.58637748928;
out_8_0.up = 55813.58637748928;
out_8_1.lo = -55813.58637748928;
out_8_1.up = 55813.58637748928;
out_9_0.lo = -52699.16876038908;
out_9_0.up = 52699.16876038908;
out_9_1.lo = -52699.16876038908;
out_9_1.up = 52699.16876038908;
out_10_0.lo = -52845.1085278426;
out_10_0.up = 52845.1085278426;
out_10_1.lo = -52845.1085278426;
out_10_1.up = 52845.1085278426;
out_11_0.lo = -52991.048295296125;
out_11_0.up = 52991.048295296125;
out_11_1.lo = -52991.048295296125;
out_11_1.up = 52991.048295296125;
out_12_0.lo = -52134.66114395045;
out_12_0.up = 52134.66114395045;
out_12_1.lo = -52134.66114395045;
out_12_1.up = 52134.66114395045;
out_13_0.lo = -52280.60091140397;
out_13_0.up = 52280.60091140397;
out_13_1.lo = -52280.60091140397;
out_13_1.up = 52280.60091140397;
out_14_0.lo = -52426.54067885749;
out_14_0.up = 52426.54067885749;
out_14_1.lo = -52426.54067885749;
out_14_1.up = 52426.54067885749;
out_15_0.lo = -51570.15352751182;
out_15_0.up = 51570.15352751182;
out_15_1.lo = -51570.15352751182;
out_15_1.up = 51570.15352751182;
out_16_0.lo = -51716.09329496533;
out_16_0.up = 51716.09329496533;
out_16_1.lo = -51716.09329496533;
out_16_1.up = 51716.09329496533;
out_17_0.lo = -51862.03306241886;
out_17_0.up = 51862.03306241886;
out_17_1.lo = -51862.03306241886;
out_17_1.up = 51862.03306241886;
out_18_0.lo = -51005.64591107319;
out_18_0.up = 51005.64591107319;
out_18_1.lo = -51005.64591107319;
out_18_1.up = 51005.64591107319;
out_19_0.lo = -51151.58567852671;
out_19_0.up = 51151.58567852671;
out_19_1.lo = -51151.58567852671;
out_19_1.up = 51151.58567852671;
out_20_0.lo = -51297.525445980216;
out_20_0.up = 51297.525445980216;
out_20_1.lo = -51297.525445980216;
out_20_1.up = 51297.525445980216;
out_21_0.lo = -44231.554513809606;
out_21_0.up = 44231.554513809606;
out_21_1.lo = -44231.554513809606;
out_21_1.up = 44231.554513809606;
out_22_0.lo = -44377.49428126312;
out_22_0.up = 44377.49428126312;
out_22_1.lo = -44377.49428126312;
out_22_1.up = 44377.49428126312;
out_23_0.lo = -44523.434048716634;
out_23_0.up = 44523.434048716634;
out_23_1.lo = -44523.434048716634;
out_23_1.up = 44523.434048716634;
out_24_0.lo = -37457.463116546016;
out_24_0.up = 37457.463116546016;
out_24_1.lo = -37457.463116546016;
out_24_1.up = 37457.463116546016;
out_25_0.lo = -37603.40288399954;
out_25_0.up = 37603.40288399954;
out_25_1.lo = -37603.40288399954;
out_25_1.up = 37603.40288399954;
out_26_0.lo = -37749.34265145306;
out_26_0.up = 37749.34265145306;
out_26_1.lo = -37749.34265145306;
out_26_1.up = 37749.34265145306;
out_27_0.lo = -36892.95550010738;
out_27_0.up = 36892.95550010738;
out_27_1.lo = -36892.95550010738;
out_27_1.up = 36892.95550010738;
out_28_0.lo = -37038.8952675609;
out_28_0.up = 37038.8952675609;
out_28_1.lo = -37038.8952675609;
out_28_1.up = 37038.8952675609;
out_29_0.lo = -37184.83503501442;
out_29_0.up = 37184.83503501442;
out_29_1.lo = -37184.83503501442;
out_29_1.up = 37184.83503501442;
out_30_0.lo = -36328.447883668756;
out_30_0.up = 36328.447883668756;
out_30_1.lo = -36328.447883668756;
out_30_1.up = 36328.447883668756;
out_31_0.lo = -36474.38765112227;
out_31_0.up = 36474.38765112227;
out_31_1.lo = -36474.38765112227;
out_31_1.up = 36474.38765112227;
out_32_0.lo = -36620.32741857579;
out_32_0.up = 36620.32741857579;
out_32_1.lo = -36620.32741857579;
out_32_1.up = 36620.32741857579;
out_33_0.lo = -35763.94026723012;
out_33_0.up = 35763.94026723012;
out_33_1.lo = -35763.94026723012;
out_33_1.up = 35763.94026723012;
out_34_0.lo = -35909.880034683636;
out_34_0.up = 35909.880034683636;
out_34_1.lo = -35909.880034683636;
out_34_1.up = 35909.880034683636;
out_35_0.lo = -36055.81980213716;
out_35_0.up = 36055.81980213716;
out_35_1.lo = -36055.81980213716;
out_35_1.up = 36055.81980213716;
out_36_0.lo = -32941.40218503696;
out_36_0.up = 32941.40218503696;
out_36_1.lo = -32941.40218503696;
out_36_1.up = 32941.40218503696;
out_37_0.lo = -33087.341952490475;
out_37_0.up = 33087.341952490475;
out_37_1.lo = -33087.341952490475;
out_37_1.up = 33087.341952490475;
out_38_0.lo = -33233.281719943996;
out_38_0.up = 33233.281719943996;
out_38_1.lo = -33233.281719943996;
out_38_1.up = 33233.281719943996;
out_39_0.lo = -31812.386952159693;
out_39_0.up = 31812.386952159693;
out_39_1.lo = -31812.386952159693;
out_39_1.up = 31812.386952159693;
out_40_0.lo = -31958.32671961321;
out_40_0.up = 31958.32671961321;
out_40_1.lo = -31958.32671961321;
out_40_1.up = 31958.32671961321;
out_41_0.lo = -32104.266487066736;
out_41_0.up = 32104.266487066736;
out_41_1.lo = -32104.266487066736;
out_41_1.up = 32104.266487066736;
out_42_0.lo = -30683.371719282433;
out_42_0.up = 30683.371719282433;
out_42_1.lo = -30683.371719282433;
out_42_1.up = 30683.371719282433;
out_43_0.lo = -30829.31148673595;
out_43_0.up = 30829.31148673595;
out_43_1.lo = -30829.31148673595;
out_43_1.up = 30829.31148673595;
out_44_0.lo = -30975.251254189465;
out_44_0.up = 30975.251254189465;
out_44_1.lo = -30975.251254189465;
out_44_1.up = 30975.251254189465;
out_45_0.lo = -64009.696068988385;
out_45_0.up = 64009.696068988385;
out_45_1.lo = -64009.696068988385;
out_45_1.up = 64009.696068988385;
out_46_0.lo = -64155.635836441885;
out_46_0.up = 64155.635836441885;
out_46_1.lo = -64155.635836441885;
out_46_1.up = 64155.635836441885;
out_47_0.lo = -64301.57560389543;
out_47_0.up = 64301.57560389543;
out_47_1.lo = -64301.57560389543;
out_47_1.up = 64301.57560389543;
out_48_0.lo = -62880.68083611113;
out_48_0.up = 62880.68083611113;
out_48_1.lo = -62880.68083611113;
out_48_1.up = 62880.68083611113;
out_49_0.lo = -63026.62060356463;
out_49_0.up = 63026.62060356463;
out_49_1.lo = -63026.62060356463;
out_49_1.up = 63026.62060356463;
out_50_0.lo = -64043.30868496872;
out_50_0.up = 64043.30868496872;
out_50_1.lo = -64043.30868496872;
out_50_1.up = 64043.30868496872;
out_51_0.lo = -61751.66560323386;
out_51_0.up = 61751.66560323386;
out_51_1.lo = -61751.66560323386;
out_51_1.up = 61751.66560323386;
out_52_0.lo = -61897.60537068737;
out_52_0.up = 61897.60537068737;
out_52_1.lo = -61897.60537068737;
out_52_1.up = 61897.60537068737;
out_53_0.lo = -64116.278568695474;
out_53_0.up = 64116.278568695474;
out_53_1.lo = -64116.278568695474;
out_53_1.up = 64116.278568695474;
out_54_0.lo = -59782.64234650331;
out_54_0.up = 59782.64234650331;
out_54_1.lo = -59782.64234650331;
out_54_1.up = 59782.64234650331;
out_55_0.lo = -62040.672812257835;
out_55_0.up = 62040.672812257835;
out_55_1.lo = -62040.672812257835;
out_55_1.up = 62040.672812257835;
out_56_0.lo = -64298.70327801237;
out_56_0.up = 64298.70327801237;
out_56_1.lo = -64298.70327801237;
out_56_1.up = 64298.70327801237;
out_57_0.lo = -59819.12728836669;
out_57_0.up = 59819.12728836669;
out_57_1.lo = -59819.12728836669;
out_57_1.up = 59819.12728836669;
out_58_0.lo = -62077.15775412122;
out_58_0.up = 62077.15775412122;
out_58_1.lo = -62077.15775412122;
out_58_1.up = 62077.15775412122;
out_59_0.lo = -64335.18821987575;
out_59_0.up = 64335.18821987575;
out_59_1.lo = -64335.18821987575;
out_59_1.up = 64335.18821987575;
out_60_0.lo = -59855.612230230065;
out_60_0.up = 59855.612230230065;
out_60_1.lo = -59855.612230230065;
out_60_1.up = 59855.612230230065;
out_61_0.lo = -62113.64269598459;
out_61_0.up = 62113.64269598459;
out_61_1.lo = -62113.64269598459;
out_61_1.up = 62113.64269598459;
out_62_0.lo = -64371.67316173913;
out_62_0.up = 64371.67316173913;
out_62_1.lo = -64371.67316173913;
out_62_1.up = 64371.67316173913;
out_63_0.lo = -59892.09717209345;
out_63_0.up = 59892.09717209345;
out_63_1.lo = -59892.09717209345;
out_63_1.up = 59892.09717209345;
out_64_0.lo = -62150.12763784798;
out_64_0.up = 62150.12763784798;
out_64_1.lo = -62150.12763784798;
out_64_1.up = 62150.12763784798;
out_65_0.lo = -64408.15810360251;
out_65_0.up = 64408.15810360251;
out_65_1.lo = -64408.15810360251;
out_65_1.up = 64408.15810360251;
out_66_0.lo = -60329.91647445401;
out_66_0.up = 60329.91647445401;
out_66_1.lo = -60329.91647445401;
out_66_1.up = 60329.91647445401;
out_67_0.lo = -62587.94694020853;
out_67_0.up = 62587.94694020853;
out_67_1.lo = -62587.94694020853;
out_67_1.up = 62587.94694020853;
out_68_0.lo = -64845.977405963065;
out_68_0.up = 64845.977405963065;
out_68_1.lo = -64845.977405963065;
out_68_1.up = 64845.977405963065;
out_69_0.lo = -60767.735776814574;
out_69_0.up = 60767.735776814574;
out_69_1.lo = -60767.735776814574;
out_69_1.up = 60767.735776814574;
out_70_0.lo = -63025.766242569094;
out_70_0.up = 63025.766242569094;
out_70_1.lo = -63025.766242569094;
out_70_1.up = 63025.766242569094;
out_71_0.lo = -65283.79670832363;
out_71_0.up = 65283.79670832363;
out_71_1.lo = -65283.79670832363;
out_71_1.up = 65283.79670832363;
out_72_0.lo = -60804.22071867794;
out_72_0.up = 60804.22071867794;
out_72_1.lo = -60804.22071867794;
out_72_1.up = 60804.22071867794;
out_73_0.lo = -63062.25118443247;
out_73_0.up = 63062.25118443247;
out_73_1.lo = -63062.25118443247;
out_73_1.up = 63062.25118443247;
out_74_0.lo = -65320.281650187;
out_74_0.up = 65320.281650187;
out_74_1.lo = -65320.281650187;
out_74_1.up = 65320.281650187;
out_75_0.lo = -60840.705660541316;
out_75_0.up = 60840.705660541316;
out_75_1.lo = -60840.705660541316;
out_75_1.up = 60840.705660541316;
out_76_0.lo = -63098.736126295844;
out_76_0.up = 63098.736126295844;
out_76_1.lo = -63098.736126295844;
out_76_1.up = 63098.736126295844;
out_77_0.lo = -65356.76659205038;
out_77_0.up = 65356.76659205038;
out_77_1.lo = -65356.76659205038;
out_77_1.up = 65356.76659205038;
out_78_0.lo = -60877.1906024047;
out_78_0.up = 60877.1906024047;
out_78_1.lo = -60877.1906024047;
out_78_1.up = 60877.1906024047;
out_79_0.lo = -63135.22106815923;
out_79_0.up = 63135.22106815923;
out_79_1.lo = -63135.22106815923;
out_79_1.up = 63135.22106815923;
out_80_0.lo = -65393.25153391375;
out_80_0.up = 65393.25153391375;
out_80_1.lo = -65393.25153391375;
out_80_1.up = 65393.25153391375;
out_81_0.lo = -61059.6153117216;
out_81_0.up = 61059.6153117216;
out_81_1.lo = -61059.6153117216;
out_81_1.up = 61059.6153117216;
out_82_0.lo = -63317.64577747613;
out_82_0.up = 63317.64577747613;
out_82_1.lo = -63317.64577747613;
out_82_1.up = 63317.64577747613;
out_83_0.lo = -65575.67624323066;
out_83_0.up = 65575.67624323066;
out_83_1.lo = -65575.67624323066;
out_83_1.up = 65575.67624323066;
out_84_0.lo = -61132.58519544835;
out_84_0.up = 61132.58519544835;
out_84_1.lo = -61132.58519544835;
out_84_1.up = 61132.58519544835;
out_85_0.lo = -63390.615661202886;
out_85_0.up = 63390.615661202886;
out_85_1.lo = -63390.615661202886;
out_85_1.up = 63390.615661202886;
out_86_0.lo = -65648.64612695744;
out_86_0.up = 65648.64612695744;
out_86_1.lo = -65648.64612695744;
out_86_1.up = 65648.64612695744;
out_87_0.lo = -61205.55507917511;
out_87_0.up = 61205.55507917511;
out_87_1.lo = -61205.55507917511;
out_87_1.up = 61205.55507917511;
out_88_0.lo = -63463.58554492965;
out_88_0.up = 63463.58554492965;
out_88_1.lo = -63463.58554492965;
out_88_1.up = 63463.58554492965;
out_89_0.lo = -65721.61601068417;
out_89_0.up = 65721.61601068417;
out_89_1.lo = -65721.61601068417;
out_89_1.up = 65721.61601068417;
out_90_0.lo = -50597.33090269954;
out_90_0.up = 50597.33090269954;
out_90_1.lo = -50597.33090269954;
out_90_1.up = 50597.33090269954;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
