* etr-double-p1-plain-complementarity  (relu-opt library: etr-double, problem 1, plain-complementarity; {"hidden": [8], "bound": 20.0, "loss": "squared"})
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
  relu_1_0_0_complementary, relu_1_0_1_above_pre, relu_1_0_1_complementary, relu_1_0_2_above_pre, relu_1_0_2_complementary, relu_1_0_3_above_pre, relu_1_0_3_complementary, relu_1_0_4_above_pre,
  relu_1_0_4_complementary, relu_1_0_5_above_pre, relu_1_0_5_complementary, relu_1_0_6_above_pre, relu_1_0_6_complementary, relu_1_0_7_above_pre, relu_1_0_7_complementary, relu_1_1_0_above_pre,
  relu_1_1_0_complementary, relu_1_1_1_above_pre, relu_1_1_1_complementary, relu_1_1_2_above_pre, relu_1_1_2_complementary, relu_1_1_3_above_pre, relu_1_1_3_complementary, relu_1_1_4_above_pre,
  relu_1_1_4_complementary, relu_1_1_5_above_pre, relu_1_1_5_complementary, relu_1_1_6_above_pre, relu_1_1_6_complementary, relu_1_1_7_above_pre, relu_1_1_7_complementary, relu_1_2_0_above_pre,
  relu_1_2_0_complementary, relu_1_2_1_above_pre, relu_1_2_1_complementary, relu_1_2_2_above_pre, relu_1_2_2_complementary, relu_1_2_3_above_pre, relu_1_2_3_complementary, relu_1_2_4_above_pre,
  relu_1_2_4_complementary, relu_1_2_5_above_pre, relu_1_2_5_complementary, relu_1_2_6_above_pre, relu_1_2_6_complementary, relu_1_2_7_above_pre, relu_1_2_7_complementary, relu_1_3_0_above_pre,
  relu_1_3_0_complementary, relu_1_3_1_above_pre, relu_1_3_1_complementary, relu_1_3_2_above_pre, relu_1_3_2_complementary, relu_1_3_3_above_pre, relu_1_3_3_complementary, relu_1_3_4_above_pre,
  relu_1_3_4_complementary, relu_1_3_5_above_pre, relu_1_3_5_complementary, relu_1_3_6_above_pre, relu_1_3_6_complementary, relu_1_3_7_above_pre, relu_1_3_7_complementary, relu_1_4_0_above_pre,
  relu_1_4_0_complementary, relu_1_4_1_above_pre, relu_1_4_1_complementary, relu_1_4_2_above_pre, relu_1_4_2_complementary, relu_1_4_3_above_pre, relu_1_4_3_complementary, relu_1_4_4_above_pre,
  relu_1_4_4_complementary, relu_1_4_5_above_pre, relu_1_4_5_complementary, relu_1_4_6_above_pre, relu_1_4_6_complementary, relu_1_4_7_above_pre, relu_1_4_7_complementary, relu_1_5_0_above_pre,
  relu_1_5_0_complementary, relu_1_5_1_above_pre, relu_1_5_1_complementary, relu_1_5_2_above_pre, relu_1_5_2_complementary, relu_1_5_3_above_pre, relu_1_5_3_complementary, relu_1_5_4_above_pre,
  relu_1_5_4_complementary, relu_1_5_5_above_pre, relu_1_5_5_complementary, relu_1_5_6_above_pre, relu_1_5_6_complementary, relu_1_5_7_above_pre, relu_1_5_7_complementary, relu_1_6_0_above_pre,
  relu_1_6_0_complementary, relu_1_6_1_above_pre, relu_1_6_1_complementary, relu_1_6_2_above_pre, relu_1_6_2_complementary, relu_1_6_3_above_pre, relu_1_6_3_complementary, relu_1_6_4_above_pre,
  relu_1_6_4_complementary, relu_1_6_5_above_pre, relu_1_6_5_complementary, relu_1_6_6_above_pre, relu_1_6_6_complementary, relu_1_6_7_above_pre, relu_1_6_7_complementary, relu_1_7_0_above_pre,
  relu_1_7_0_complementary, relu_1_7_1_above_pre, relu_1_7_1_complementary, relu_1_7_2_above_pre, relu_1_7_2_complementary, relu_1_7_3_above_pre, relu_1_7_3_complementary, relu_1_7_4_above_pre,
  relu_1_7_4_complementary, relu_1_7_5_above_pre, relu_1_7_5_complementary, relu_1_7_6_above_pre, relu_1_7_6_complementary, relu_1_7_7_above_pre, relu_1_7_7_complementary, relu_1_8_0_above_pre,
  relu_1_8_0_complementary, relu_1_8_1_above_pre, relu_1_8_1_complementary, relu_1_8_2_above_pre, relu_1_8_2_complementary, relu_1_8_3_above_pre, relu_1_8_3_complementary, relu_1_8_4_above_pre,
  relu_1_8_4_complementary, relu_1_8_5_above_pre, relu_1_8_5_complementary, relu_1_8_6_above_pre, relu_1_8_6_complementary, relu_1_8_7_above_pre, relu_1_8_7_complementary, relu_1_9_0_above_pre,
  relu_1_9_0_complementary, relu_1_9_1_above_pre, relu_1_9_1_complementary, relu_1_9_2_above_pre, relu_1_9_2_complementary, relu_1_9_3_above_pre, relu_1_9_3_complementary, relu_1_9_4_above_pre,
  relu_1_9_4_complementary, relu_1_9_5_above_pre, relu_1_9_5_complementary, relu_1_9_6_above_pre, relu_1_9_6_complementary, relu_1_9_7_above_pre, relu_1_9_7_complementary, relu_1_10_0_above_pre,
  relu_1_10_0_complementary, relu_1_10_1_above_pre, relu_1_10_1_complementary, relu_1_10_2_above_pre, relu_1_10_2_complementary, relu_1_10_3_above_pre, relu_1_10_3_complementary, relu_1_10_4_above_pre,
  relu_1_10_4_complementary, relu_1_10_5_above_pre, relu_1_10_5_complementary, relu_1_10_6_above_pre, relu_1_10_6_complementary, relu_1_10_7_above_pre, relu_1_10_7_complementary, relu_1_11_0_above_pre,
  relu_1_11_0_complementary, relu_1_11_1_above_pre, relu_1_11_1_complementary, relu_1_11_2_above_pre, relu_1_11_2_complementary, relu_1_11_3_above_pre, relu_1_11_3_complementary, relu_1_11_4_above_pre,
  relu_1_11_4_complementary, relu_1_11_5_above_pre, relu_1_11_5_complementary, relu_1_11_6_above_pre, relu_1_11_6_complementary, relu_1_11_7_above_pre, relu_1_11_7_complementary, relu_1_12_0_above_pre,
  relu_1_12_0_complementary, relu_1_12_1_above_pre, relu_1_12_1_complementary, relu_1_12_2_above_pre, relu_1_12_2_complementary, relu_1_12_3_above_pre, relu_1_12_3_complementary, relu_1_12_4_above_pre,
  relu_1_12_4_complementary, relu_1_12_5_above_pre, relu_1_12_5_complementary, relu_1_12_6_above_pre, relu_1_12_6_complementary, relu_1_12_7_above_pre, relu_1_12_7_complementary, relu_1_13_0_above_pre,
  relu_1_13_0_complementary, relu_1_13_1_above_pre, relu_1_13_1_complementary, relu_1_13_2_above_pre, relu_1_13_2_complementary, relu_1_13_3_above_pre, relu_1_13_3_complementary, relu_1_13_4_above_pre,
  relu_1_13_4_complementary, relu_1_13_5_above_pre, relu_1_13_5_complementary, relu_1_13_6_above_pre, relu_1_13_6_complementary, relu_1_13_7_above_pre, relu_1_13_7_complementary, relu_1_14_0_above_pre,
  relu_1_14_0_complementary, relu_1_14_1_above_pre, relu_1_14_1_complementary, relu_1_14_2_above_pre, relu_1_14_2_complementary, relu_1_14_3_above_pre, relu_1_14_3_complementary, relu_1_14_4_above_pre,
  relu_1_14_4_complementary, relu_1_14_5_above_pre, relu_1_14_5_complementary, relu_1_14_6_above_pre, relu_1_14_6_complementary, relu_1_14_7_above_pre, relu_1_14_7_complementary, relu_1_15_0_above_pre,
  relu_1_15_0_complementary, relu_1_15_1_above_pre, relu_1_15_1_complementary, relu_1_15_2_above_pre, relu_1_15_2_complementary, relu_1_15_3_above_pre, relu_1_15_3_complementary, relu_1_15_4_above_pre,
  relu_1_15_4_complementary, relu_1_15_5_above_pre, relu_1_15_5_complementary, relu_1_15_6_above_pre, relu_1_15_6_complementary, relu_1_15_7_above_pre, relu_1_15_7_complementary, relu_1_16_0_above_pre,
  relu_1_16_0_complementary, relu_1_16_1_above_pre, relu_1_16_1_complementary, relu_1_16_2_above_pre, relu_1_16_2_complementary, relu_1_16_3_above_pre, relu_1_16_3_complementary, relu_1_16_4_above_pre,
  relu_1_16_4_complementary, relu_1_16_5_above_pre, relu_1_16_5_complementary, relu_1_16_6_above_pre, relu_1_16_6_complementary, relu_1_16_7_above_pre, relu_1_16_7_complementary, relu_1_17_0_above_pre,
  relu_1_17_0_complementary, relu_1_17_1_above_pre, relu_1_17_1_complementary, relu_1_17_2_above_pre, relu_1_17_2_complementary, relu_1_17_3_above_pre, relu_1_17_3_complementary, relu_1_17_4_above_pre,
  relu_1_17_4_complementary, relu_1_17_5_above_pre, relu_1_17_5_complementary, relu_1_17_6_above_pre, relu_1_17_6_complementary, relu_1_17_7_above_pre, relu_1_17_7_complementary, relu_1_18_0_above_pre,
  relu_1_18_0_complementary, relu_1_18_1_above_pre, relu_1_18_1_complementary, relu_1_18_2_above_pre, relu_1_18_2_complementary, relu_1_18_3_above_pre, relu_1_18_3_complementary, relu_1_18_4_above_pre,
  relu_1_18_4_complementary, relu_1_18_5_above_pre, relu_1_18_5_complementary, relu_1_18_6_above_pre, relu_1_18_6_complementary, relu_1_18_7_above_pre, relu_1_18_7_complementary, relu_1_19_0_above_pre,
  relu_1_19_0_complementary, relu_1_19_1_above_pre, relu_1_19_1_complementary, relu_1_19_2_above_pre, relu_1_19_2_complementary, relu_1_19_3_above_pre, relu_1_19_3_complementary, relu_1_19_4_above_pre,
  relu_1_19_4_complementary, relu_1_19_5_above_pre, relu_1_19_5_complementary, relu_1_19_6_above_pre, relu_1_19_6_complementary, relu_1_19_7_above_pre, relu_1_19_7_complementary, relu_1_20_0_above_pre,
  relu_1_20_0_complementary, relu_1_20_1_above_pre, relu_1_20_1_complementary, relu_1_20_2_above_pre, relu_1_20_2_complementary, relu_1_20_3_above_pre, relu_1_20_3_complementary, relu_1_20_4_above_pre,
  relu_1_20_4_complementary, relu_1_20_5_above_pre, relu_1_20_5_complementary, relu_1_20_6_above_pre, relu_1_20_6_complementary, relu_1_20_7_above_pre, relu_1_20_7_complementary, relu_1_21_0_above_pre,
  relu_1_21_0_complementary, relu_1_21_1_above_pre, relu_1_21_1_complementary, relu_1_21_2_above_pre, relu_1_21_2_complementary, relu_1_21_3_above_pre, relu_1_21_3_complementary, relu_1_21_4_above_pre,
  relu_1_21_4_complementary, relu_1_21_5_above_pre, relu_1_21_5_complementary, relu_1_21_6_above_pre, relu_1_21_6_complementary, relu_1_21_7_above_pre, relu_1_21_7_complementary, relu_1_22_0_above_pre,
  relu_1_22_0_complementary, relu_1_22_1_above_pre, relu_1_22_1_complementary, relu_1_22_2_above_pre, relu_1_22_2_complementary, relu_1_22_3_above_pre, relu_1_22_3_complementary, relu_1_22_4_above_pre,
  relu_1_22_4_complementary, relu_1_22_5_above_pre, relu_1_22_5_complementary, relu_1_22_6_above_pre, relu_1_22_6_complementary, relu_1_22_7_above_pre, relu_1_22_7_complementary, relu_1_23_0_above_pre,
  relu_1_23_0_complementary, relu_1_23_1_above_pre, relu_1_23_1_complementary, relu_1_23_2_above_pre, relu_1_23_2_complementary, relu_1_23_3_above_pre, relu_1_23_3_complementary, relu_1_23_4_above_pre,
  relu_1_23_4_complementary, relu_1_23_5_above_pre, relu_1_23_5_complementary, relu_1_23_6_above_pre, relu_1_23_6_complementary, relu_1_23_7_above_pre, relu_1_23_7_complementary, relu_1_24_0_above_pre,
  relu_1_24_0_complementary, relu_1_24_1_above_pre, relu_1_24_1_complementary, relu_1_24_2_above_pre, relu_1_24_2_complementary, relu_1_24_3_above_pre, relu_1_24_3_complementary, relu_1_24_4_above_pre,
  relu_1_24_4_complementary, relu_1_24_5_above_pre, relu_1_24_5_complementary, relu_1_24_6_above_pre, relu_1_24_6_complementary, relu_1_24_7_above_pre, relu_1_24_7_complementary, relu_1_25_0_above_pre,
  relu_1_25_0_complementary, relu_1_25_1_above_pre, relu_1_25_1_complementary, relu_1_25_2_above_pre, relu_1_25_2_complementary, relu_1_25_3_above_pre, relu_1_25_3_complementary, relu_1_25_4_above_pre,
  relu_1_25_4_complementary, relu_1_25_5_above_pre, relu_1_25_5_complementary, relu_1_25_6_above_pre, relu_1_25_6_complementary, relu_1_25_7_above_pre, relu_1_25_7_complementary, relu_1_26_0_above_pre,
  relu_1_26_0_complementary, relu_1_26_1_above_pre, relu_1_26_1_complementary, relu_1_26_2_above_pre, relu_1_26_2_complementary, relu_1_26_3_above_pre, relu_1_26_3_complementary, relu_1_26_4_above_pre,
  relu_1_26_4_complementary, relu_1_26_5_above_pre, relu_1_26_5_complementary, relu_1_26_6_above_pre, relu_1_26_6_complementary, relu_1_26_7_above_pre, relu_1_26_7_complementary, relu_1_27_0_above_pre,
  relu_1_27_0_complementary, relu_1_27_1_above_pre, relu_1_27_1_complementary, relu_1_27_2_above_pre, relu_1_27_2_complementary, relu_1_27_3_above_pre, relu_1_27_3_complementary, relu_1_27_4_above_pre,
  relu_1_27_4_complementary, relu_1_27_5_above_pre, relu_1_27_5_complementary, relu_1_27_6_above_pre, relu_1_27_6_complementary, relu_1_27_7_above_pre, relu_1_27_7_complementary, relu_1_28_0_above_pre,
  relu_1_28_0_complementary, relu_1_28_1_above_pre, relu_1_28_1_complementary, relu_1_28_2_above_pre, relu_1_28_2_complementary, relu_1_28_3_above_pre, relu_1_28_3_complementary, relu_1_28_4_above_pre,
  relu_1_28_4_complementary, relu_1_28_5_above_pre, relu_1_28_5_complementary, relu_1_28_6_above_pre, relu_1_28_6_complementary, relu_1_28_7_above_pre, relu_1_28_7_complementary, relu_1_29_0_above_pre,
  relu_1_29_0_complementary, relu_1_29_1_above_pre, relu_1_29_1_complementary, relu_1_29_2_above_pre, relu_1_29_2_complementary, relu_1_29_3_above_pre, relu_1_29_3_complementary, relu_1_29_4_above_pre,
  relu_1_29_4_complementary, relu_1_29_5_above_pre, relu_1_29_5_complementary, relu_1_29_6_above_pre, relu_1_29_6_complementary, relu_1_29_7_above_pre, relu_1_29_7_complementary, relu_1_30_0_above_pre,
  relu_1_30_0_complementary, relu_1_30_1_above_pre, relu_1_30_1_complementary, relu_1_30_2_above_pre, relu_1_30_2_complementary, relu_1_30_3_above_pre, relu_1_30_3_complementary, relu_1_30_4_above_pre,
  relu_1_30_4_complementary, relu_1_30_5_above_pre, relu_1_30_5_complementary, relu_1_30_6_above_pre, relu_1_30_6_complementary, relu_1_30_7_above_pre, relu_1_30_7_complementary, relu_1_31_0_above_pre,
  relu_1_31_0_complementary, relu_1_31_1_above_pre, relu_1_31_1_complementary, relu_1_31_2_above_pre, relu_1_31_2_complementary, relu_1_31_3_above_pre, relu_1_31_3_complementary, relu_1_31_4_above_pre,
  relu_1_31_4_complementary, relu_1_31_5_above_pre, relu_1_31_5_complementary, relu_1_31_6_above_pre, relu_1_31_6_complementary, relu_1_31_7_above_pre, relu_1_31_7_complementary, relu_1_32_0_above_pre,
  relu_1_32_0_complementary, relu_1_32_1_above_pre, relu_1_32_1_complementary, relu_1_32_2_above_pre, relu_1_32_2_complementary, relu_1_32_3_above_pre, relu_1_32_3_complementary, relu_1_32_4_above_pre,
  relu_1_32_4_complementary, relu_1_32_5_above_pre, relu_1_32_5_complementary, relu_1_32_6_above_pre, relu_1_32_6_complementary, relu_1_32_7_above_pre, relu_1_32_7_complementary, relu_1_33_0_above_pre,
  relu_1_33_0_complementary, relu_1_33_1_above_pre, relu_1_33_1_complementary, relu_1_33_2_above_pre, relu_1_33_2_complementary, relu_1_33_3_above_pre, relu_1_33_3_complementary, relu_1_33_4_above_pre,
  relu_1_33_4_complementary, relu_1_33_5_above_pre, relu_1_33_5_complementary, relu_1_33_6_above_pre, relu_1_33_6_complementary, relu_1_33_7_above_pre, relu_1_33_7_complementary, relu_1_34_0_above_pre,
  relu_1_34_0_complementary, relu_1_34_1_above_pre, relu_1_34_1_complementary, relu_1_34_2_above_pre, relu_1_34_2_complementary, relu_1_34_3_above_pre, relu_1_34_3_complementary, relu_1_34_4_above_pre,
  relu_1_34_4_complementary, relu_1_34_5_above_pre, relu_1_34_5_complementary, relu_1_34_6_above_pre, relu_1_34_6_complementary, relu_1_34_7_above_pre, relu_1_34_7_complementary, relu_1_35_0_above_pre,
  relu_1_35_0_complementary, relu_1_35_1_above_pre, relu_1_35_1_complementary, relu_1_35_2_above_pre, relu_1_35_2_complementary, relu_1_35_3_above_pre, relu_1_35_3_complementary, relu_1_35_4_above_pre,
  relu_1_35_4_complementary, relu_1_35_5_above_pre, relu_1_35_5_complementary, relu_1_35_6_above_pre, relu_1_35_6_complementary, relu_1_35_7_above_pre, relu_1_35_7_complementary, relu_1_36_0_above_pre,
  relu_1_36_0_complementary, relu_1_36_1_above_pre, relu_1_36_1_complementary, relu_1_36_2_above_pre, relu_1_36_2_complementary, relu_1_36_3_above_pre, relu_1_36_3_complementary, relu_1_36_4_above_pre,
  relu_1_36_4_complementary, relu_1_36_5_above_pre, relu_1_36_5_complementary, relu_1_36_6_above_pre, relu_1_36_6_complementary, relu_1_36_7_above_pre, relu_1_36_7_complementary, relu_1_37_0_above_pre,
  relu_1_37_0_complementary, relu_1_37_1_above_pre, relu_1_37_1_complementary, relu_1_37_2_above_pre, relu_1_37_2_complementary, relu_1_37_3_above_pre, relu_1_37_3_complementary, relu_1_37_4_above_pre,
  relu_1_37_4_complementary, relu_1_37_5_above_pre, relu_1_37_5_complementary, relu_1_37_6_above_pre, relu_1_37_6_complementary, relu_1_37_7_above_pre, relu_1_37_7_complementary, relu_1_38_0_above_pre,
  relu_1_38_0_complementary, relu_1_38_1_above_pre, relu_1_38_1_complementary, relu_1_38_2_above_pre, relu_1_38_2_complementary, relu_1_38_3_above_pre, relu_1_38_3_complementary, relu_1_38_4_above_pre,
  relu_1_38_4_complementary, relu_1_38_5_above_pre, relu_1_38_5_complementary, relu_1_38_6_above_pre, relu_1_38_6_complementary, relu_1_38_7_above_pre, relu_1_38_7_complementary, relu_1_39_0_above_pre,
  relu_1_39_0_complementary, relu_1_39_1_above_pre, relu_1_39_1_complementary, relu_1_39_2_above_pre, relu_1_39_2_complementary, relu_1_39_3_above_pre, relu_1_39_3_complementary, relu_1_39_4_above_pre,
  relu_1_39_4_complementary, relu_1_39_5_above_pre, relu_1_39_5_complementary, relu_1_39_6_above_pre, relu_1_39_6_complementary, relu_1_39_7_above_pre, relu_1_39_7_complementary, relu_1_40_0_above_pre,
  relu_1_40_0_complementary, relu_1_40_1_above_pre, relu_1_40_1_complementary, relu_1_40_2_above_pre, relu_1_40_2_complementary, relu_1_40_3_above_pre, relu_1_40_3_complementary, relu_1_40_4_above_pre,
  relu_1_40_4_complementary, relu_1_40_5_above_pre, relu_1_40_5_complementary, relu_1_40_6_above_pre, relu_1_40_6_complementary, relu_1_40_7_above_pre, relu_1_40_7_complementary, relu_1_41_0_above_pre,
  relu_1_41_0_complementary, relu_1_41_1_above_pre, relu_1_41_1_complementary, relu_1_41_2_above_pre, relu_1_41_2_complementary, relu_1_41_3_above_pre, relu_1_41_3_complementary, relu_1_41_4_above_pre,
  relu_1_41_4_complementary, relu_1_41_5_above_pre, relu_1_41_5_complementary, relu_1_41_6_above_pre, relu_1_41_6_complementary, relu_1_41_7_above_pre, relu_1_41_7_complementary, relu_1_42_0_above_pre,
  relu_1_42_0_complementary, relu_1_42_1_above_pre, relu_1_42_1_complementary, relu_1_42_2_above_pre, relu_1_42_2_complementary, relu_1_42_3_above_pre, relu_1_42_3_complementary, relu_1_42_4_above_pre,
  relu_1_42_4_complementary, relu_1_42_5_above_pre, relu_1_42_5_complementary, relu_1_42_6_above_pre, relu_1_42_6_complementary, relu_1_42_7_above_pre, relu_1_42_7_complementary, relu_1_43_0_above_pre,
  relu_1_43_0_complementary, relu_1_43_1_above_pre, relu_1_43_1_complementary, relu_1_43_2_above_pre, relu_1_43_2_complementary, relu_1_43_3_above_pre, relu_1_43_3_complementary, relu_1_43_4_above_pre,
  relu_1_43_4_complementary, relu_1_43_5_above_pre, relu_1_43_5_complementary, relu_1_43_6_above_pre, relu_1_43_6_complementary, relu_1_43_7_above_pre, relu_1_43_7_complementary, relu_1_44_0_above_pre,
  relu_1_44_0_complementary, relu_1_44_1_above_pre, relu_1_44_1_complementary, relu_1_44_2_above_pre, relu_1_44_2_complementary, relu_1_44_3_above_pre, relu_1_44_3_complementary, relu_1_44_4_above_pre,
  relu_1_44_4_complementary, relu_1_44_5_above_pre, relu_1_44_5_complementary, relu_1_44_6_above_pre, relu_1_44_6_complementary, relu_1_44_7_above_pre, relu_1_44_7_complementary, relu_1_45_0_above_pre,
  relu_1_45_0_complementary, relu_1_45_1_above_pre, relu_1_45_1_complementary, relu_1_45_2_above_pre, relu_1_45_2_complementary, relu_1_45_3_above_pre, relu_1_45_3_complementary, relu_1_45_4_above_pre,
  relu_1_45_4_complementary, relu_1_45_5_above_pre, relu_1_45_5_complementary, relu_1_45_6_above_pre, relu_1_45_6_complementary, relu_1_45_7_above_pre, relu_1_45_7_complementary, relu_1_46_0_above_pre,
  relu_1_46_0_complementary, relu_1_46_1_above_pre, relu_1_46_1_complementary, relu_1_46_2_above_pre, relu_1_46_2_complementary, relu_1_46_3_above_pre, relu_1_46_3_complementary, relu_1_46_4_above_pre,
  relu_1_46_4_complementary, relu_1_46_5_above_pre, relu_1_46_5_complementary, relu_1_46_6_above_pre, relu_1_46_6_complementary, relu_1_46_7_above_pre, relu_1_46_7_complementary, relu_1_47_0_above_pre,
  relu_1_47_0_complementary, relu_1_47_1_above_pre, relu_1_47_1_complementary, relu_1_47_2_above_pre, relu_1_47_2_complementary, relu_1_47_3_above_pre, relu_1_47_3_complementary, relu_1_47_4_above_pre,
  relu_1_47_4_complementary, relu_1_47_5_above_pre, relu_1_47_5_complementary, relu_1_47_6_above_pre, relu_1_47_6_complementary, relu_1_47_7_above_pre, relu_1_47_7_complementary, relu_1_48_0_above_pre,
  relu_1_48_0_complementary, relu_1_48_1_above_pre, relu_1_48_1_complementary, relu_1_48_2_above_pre, relu_1_48_2_complementary, relu_1_48_3_above_pre, relu_1_48_3_complementary, relu_1_48_4_above_pre,
  relu_1_48_4_complementary, relu_1_48_5_above_pre, relu_1_48_5_complementary, relu_1_48_6_above_pre, relu_1_48_6_complementary, relu_1_48_7_above_pre, relu_1_48_7_complementary, relu_1_49_0_above_pre,
  relu_1_49_0_complementary, relu_1_49_1_above_pre, relu_1_49_1_complementary, relu_1_49_2_above_pre, relu_1_49_2_complementary, relu_1_49_3_above_pre, relu_1_49_3_complementary, relu_1_49_4_above_pre,
  relu_1_49_4_complementary, relu_1_49_5_above_pre, relu_1_49_5_complementary, relu_1_49_6_above_pre, relu_1_49_6_complementary, relu_1_49_7_above_pre, relu_1_49_7_complementary, relu_1_50_0_above_pre,
  relu_1_50_0_complementary, relu_1_50_1_above_pre, relu_1_50_1_complementary, relu_1_50_2_above_pre, relu_1_50_2_complementary, relu_1_50_3_above_pre, relu_1_50_3_complementary, relu_1_50_4_above_pre,
  relu_1_50_4_complementary, relu_1_50_5_above_pre, relu_1_50_5_complementary, relu_1_50_6_above_pre, relu_1_50_6_complementary, relu_1_50_7_above_pre, relu_1_50_7_complementary, relu_1_51_0_above_pre,
  relu_1_51_0_complementary, relu_1_51_1_above_pre, relu_1_51_1_complementary, relu_1_51_2_above_pre, relu_1_51_2_complementary, relu_1_51_3_above_pre, relu_1_51_3_complementary, relu_1_51_4_above_pre,
  relu_1_51_4_complementary, relu_1_51_5_above_pre, relu_1_51_5_complementary, relu_1_51_6_above_pre, relu_1_51_6_complementary, relu_1_51_7_above_pre, relu_1_51_7_complementary, relu_1_52_0_above_pre,
  relu_1_52_0_complementary, relu_1_52_1_above_pre, relu_1_52_1_complementary, relu_1_52_2_above_pre, relu_1_52_2_complementary, relu_1_52_3_above_pre, relu_1_52_3_complementary, relu_1_52_4_above_pre,
  relu_1_52_4_complementary, relu_1_52_5_above_pre, relu_1_52_5_complementary, relu_1_52_6_above_pre, relu_1_52_6_complementary, relu_1_52_7_above_pre, relu_1_52_7_complementary, relu_1_53_0_above_pre,
  relu_1_53_0_complementary, relu_1_53_1_above_pre, relu_1_53_1_complementary, relu_1_53_2_above_pre, relu_1_53_2_complementary, relu_1_53_3_above_pre, relu_1_53_3_complementary, relu_1_53_4_above_pre,
  relu_1_53_4_complementary, relu_1_53_5_above_pre, relu_1_53_5_complementary, relu_1_53_6_above_pre, relu_1_53_6_complementary, relu_1_53_7_above_pre, relu_1_53_7_complementary, relu_1_54_0_above_pre,
  relu_1_54_0_complementary, relu_1_54_1_above_pre, relu_1_54_1_complementary, relu_1_54_2_above_pre, relu_1_54_2_complementary, relu_1_54_3_above_pre, relu_1_54_3_complementary, relu_1_54_4_above_pre,
  relu_1_54_4_complementary, relu_1_54_5_above_pre, relu_1_54_5_complementary, relu_1_54_6_above_pre, relu_1_54_6_complementary, relu_1_54_7_above_pre, relu_1_54_7_complementary, relu_1_55_0_above_pre,
  relu_1_55_0_complementary, relu_1_55_1_above_pre, relu_1_55_1_complementary, relu_1_55_2_above_pre, relu_1_55_2_complementary, relu_1_55_3_above_pre, relu_1_55_3_complementary, relu_1_55_4_above_pre,
  relu_1_55_4_complementary, relu_1_55_5_above_pre, relu_1_55_5_complementary, relu_1_55_6_above_pre, relu_1_55_6_complementary, relu_1_55_7_above_pre, relu_1_55_7_complementary, relu_1_56_0_above_pre,
  relu_1_56_0_complementary, relu_1_56_1_above_pre, relu_1_56_1_complementary, relu_1_56_2_above_pre, relu_1_56_2_complementary, relu_1_56_3_above_pre, relu_1_56_3_complementary, relu_1_56_4_above_pre,
  relu_1_56_4_complementary, relu_1_56_5_above_pre, relu_1_56_5_complementary, relu_1_56_6_above_pre, relu_1_56_6_complementary, relu_1_56_7_above_pre, relu_1_56_7_complementary, relu_1_57_0_above_pre,
  relu_1_57_0_complementary, relu_1_57_1_above_pre, relu_1_57_1_complementary, relu_1_57_2_above_pre, relu_1_57_2_complementary, relu_1_57_3_above_pre, relu_1_57_3_complementary, relu_1_57_4_above_pre,
  relu_1_57_4_complementary, relu_1_57_5_above_pre, relu_1_57_5_complementary, relu_1_57_6_above_pre, relu_1_57_6_complementary, relu_1_57_7_above_pre, relu_1_57_7_complementary, relu_1_58_0_above_pre,
  relu_1_58_0_complementary, relu_1_58_1_above_pre, relu_1_58_1_complementary, relu_1_58_2_above_pre, relu_1_58_2_complementary, relu_1_58_3_above_pre, relu_1_58_3_complementary, relu_1_58_4_above_pre,
  relu_1_58_4_complementary, relu_1_58_5_above_pre, relu_1_58_5_complementary, relu_1_58_6_above_pre, relu_1_58_6_complementary, relu_1_58_7_above_pre, relu_1_58_7_complementary, relu_1_59_0_above_pre,
  relu_1_59_0_complementary, relu_1_59_1_above_pre, relu_1_59_1_complementary, relu_1_59_2_above_pre, relu_1_59_2_complementary, relu_1_59_3_above_pre, relu_1_59_3_complementary, relu_1_59_4_above_pre,
  relu_1_59_4_complementary, relu_1_59_5_above_pre, relu_1_59_5_complementary, relu_1_59_6_above_pre, relu_1_59_6_complementary, relu_1_59_7_above_pre, relu_1_59_7_complementary, relu_1_60_0_above_pre,
  relu_1_60_0_complementary, relu_1_60_1_above_pre, relu_1_60_1_complementary, relu_1_60_2_above_pre, relu_1_60_2_complementary, relu_1_60_3_above_pre, relu_1_60_3_complementary, relu_1_60_4_above_pre,
  relu_1_60_4_complementary, relu_1_60_5_above_pre, relu_1_60_5_complementary, relu_1_60_6_above_pre, relu_1_60_6_complementary, relu_1_60_7_above_pre, relu_1_60_7_complementary, relu_1_61_0_above_pre,
  relu_1_61_0_complementary, relu_1_61_1_above_pre, relu_1_61_1_complementary, relu_1_61_2_above_pre, relu_1_61_2_complementary, relu_1_61_3_above_pre, relu_1_61_3_complementary, relu_1_61_4_above_pre,
  relu_1_61_4_complementary, relu_1_61_5_above_pre, relu_1_61_5_complementary, relu_1_61_6_above_pre, relu_1_61_6_complementary, relu_1_61_7_above_pre, relu_1_61_7_complementary, relu_1_62_0_above_pre,
  relu_1_62_0_complementary, relu_1_62_1_above_pre, relu_1_62_1_complementary, relu_1_62_2_above_pre, relu_1_62_2_complementary, relu_1_62_3_above_pre, relu_1_62_3_complementary, relu_1_62_4_above_pre,
  relu_1_62_4_complementary, relu_1_62_5_above_pre, relu_1_62_5_complementary, relu_1_62_6_above_pre, relu_1_62_6_complementary, relu_1_62_7_above_pre, relu_1_62_7_complementary, relu_1_63_0_above_pre,
  relu_1_63_0_complementary, relu_1_63_1_above_pre, relu_1_63_1_complementary, relu_1_63_2_above_pre, relu_1_63_2_complementary, relu_1_63_3_above_pre, relu_1_63_3_complementary, relu_1_63_4_above_pre,
  relu_1_63_4_complementary, relu_1_63_5_above_pre, relu_1_63_5_complementary, relu_1_63_6_above_pre, relu_1_63_6_complementary, relu_1_63_7_above_pre, relu_1_63_7_complementary, relu_1_64_0_above_pre,
  relu_1_64_0_complementary, relu_1_64_1_above_pre, relu_1_64_1_complementary, relu_1_64_2_above_pre, relu_1_64_2_complementary, relu_1_64_3_above_pre, relu_1_64_3_complementary, relu_1_64_4_above_pre,
  relu_1_64_4_complementary, relu_1_64_5_above_pre, relu_1_64_5_complementary, relu_1_64_6_above_pre, relu_1_64_6_complementary, relu_1_64_7_above_pre, relu_1_64_7_complementary, relu_1_65_0_above_pre,
  relu_1_65_0_complementary, relu_1_65_1_above_pre, relu_1_65_1_complementary, relu_1_65_2_above_pre, relu_1_65_2_complementary, relu_1_65_3_above_pre, relu_1_65_3_complementary, relu_1_65_4_above_pre,
  relu_1_65_4_complementary, relu_1_65_5_above_pre, relu_1_65_5_complementary, relu_1_65_6_above_pre, relu_1_65_6_complementary, relu_1_65_7_above_pre, relu_1_65_7_complementary, relu_1_66_0_above_pre,
  relu_1_66_0_complementary, relu_1_66_1_above_pre, relu_1_66_1_complementary, relu_1_66_2_above_pre, relu_1_66_2_complementary, relu_1_66_3_above_pre, relu_1_66_3_complementary, relu_1_66_4_above_pre,
  relu_1_66_4_complementary, relu_1_66_5_above_pre, relu_1_66_5_complementary, relu_1_66_6_above_pre, relu_1_66_6_complementary, relu_1_66_7_above_pre, relu_1_66_7_complementary, relu_1_67_0_above_pre,
  relu_1_67_0_complementary, relu_1_67_1_above_pre, relu_1_67_1_complementary, relu_1_67_2_above_pre, relu_1_67_2_complementary, relu_1_67_3_above_pre, relu_1_67_3_complementary, relu_1_67_4_above_pre,
  relu_1_67_4_complementary, relu_1_67_5_above_pre, relu_1_67_5_complementary, relu_1_67_6_above_pre, relu_1_67_6_complementary, relu_1_67_7_above_pre, relu_1_67_7_complementary, relu_1_68_0_above_pre,
  relu_1_68_0_complementary, relu_1_68_1_above_pre, relu_1_68_1_complementary, relu_1_68_2_above_pre, relu_1_68_2_complementary, relu_1_68_3_above_pre, relu_1_68_3_complementary, relu_1_68_4_above_pre,
  relu_1_68_4_complementary, relu_1_68_5_above_pre, relu_1_68_5_complementary, relu_1_68_6_above_pre, relu_1_68_6_complementary, relu_1_68_7_above_pre, relu_1_68_7_complementary, relu_1_69_0_above_pre,
  relu_1_69_0_complementary, relu_1_69_1_above_pre, relu_1_69_1_complementary, relu_1_69_2_above_pre, relu_1_69_2_complementary, relu_1_69_3_above_pre, relu_1_69_3_complementary, relu_1_69_4_above_pre,
  relu_1_69_4_complementary, relu_1_69_5_above_pre, relu_1_69_5_complementary, relu_1_69_6_above_pre, relu_1_69_6_complementary, relu_1_69_7_above_pre, relu_1_69_7_complementary, relu_1_70_0_above_pre,
  relu_1_70_0_complementary, relu_1_70_1_above_pre, relu_1_70_1_complementary, relu_1_70_2_above_pre, relu_1_70_2_complementary, relu_1_70_3_above_pre, relu_1_70_3_complementary, relu_1_70_4_above_pre,
  relu_1_70_4_complementary, relu_1_70_5_above_pre, relu_1_70_5_complementary, relu_1_70_6_above_pre, relu_1_70_6_complementary, relu_1_70_7_above_pre, relu_1_70_7_complementary, relu_1_71_0_above_pre,
  relu_1_71_0_complementary, relu_1_71_1_above_pre, relu_1_71_1_complementary, relu_1_71_2_above_pre, relu_1_71_2_complementary, relu_1_71_3_above_pre, relu_1_71_3_complementary, relu_1_71_4_above_pre,
  relu_1_71_4_complementary, relu_1_71_5_above_pre, relu_1_71_5_complementary, relu_1_71_6_above_pre, relu_1_71_6_complementary, relu_1_71_7_above_pre, relu_1_71_7_complementary, relu_1_72_0_above_pre,
  relu_1_72_0_complementary, relu_1_72_1_above_pre, relu_1_72_1_complementary, relu_1_72_2_above_pre, relu_1_72_2_complementary, relu_1_72_3_above_pre, relu_1_72_3_complementary, relu_1_72_4_above_pre,
  relu_1_72_4_complementary, relu_1_72_5_above_pre, relu_1_72_5_complementary, relu_1_72_6_above_pre, relu_1_72_6_complementary, relu_1_72_7_above_pre, relu_1_72_7_complementary, relu_1_73_0_above_pre,
  relu_1_73_0_complementary, relu_1_73_1_above_pre, relu_1_73_1_complementary, relu_1_73_2_above_pre, relu_1_73_2_complementary, relu_1_73_3_above_pre, relu_1_73_3_complementary, relu_1_73_4_above_pre,
  relu_1_73_4_complementary, relu_1_73_5_above_pre, relu_1_73_5_complementary, relu_1_73_6_above_pre, relu_1_73_6_complementary, relu_1_73_7_above_pre, relu_1_73_7_complementary, relu_1_74_0_above_pre,
  relu_1_74_0_complementary, relu_1_74_1_above_pre, relu_1_74_1_complementary, relu_1_74_2_above_pre, relu_1_74_2_complementary, relu_1_74_3_above_pre, relu_1_74_3_complementary, relu_1_74_4_above_pre,
  relu_1_74_4_complementary, relu_1_74_5_above_pre, relu_1_74_5_complementary, relu_1_74_6_above_pre, relu_1_74_6_complementary, relu_1_74_7_above_pre, relu_1_74_7_complementary, relu_1_75_0_above_pre,
  relu_1_75_0_complementary, relu_1_75_1_above_pre, relu_1_75_1_complementary, relu_1_75_2_above_pre, relu_1_75_2_complementary, relu_1_75_3_above_pre, relu_1_75_3_complementary, relu_1_75_4_above_pre,
  relu_1_75_4_complementary, relu_1_75_5_above_pre, relu_1_75_5_complementary, relu_1_75_6_above_pre, relu_1_75_6_complementary, relu_1_75_7_above_pre, relu_1_75_7_complementary, relu_1_76_0_above_pre,
  relu_1_76_0_complementary, relu_1_76_1_above_pre, relu_1_76_1_complementary, relu_1_76_2_above_pre, relu_1_76_2_complementary, relu_1_76_3_above_pre, relu_1_76_3_complementary, relu_1_76_4_above_pre,
  relu_1_76_4_complementary, relu_1_76_5_above_pre, relu_1_76_5_complementary, relu_1_76_6_above_pre, relu_1_76_6_complementary, relu_1_76_7_above_pre, relu_1_76_7_complementary, relu_1_77_0_above_pre,
  relu_1_77_0_complementary, relu_1_77_1_above_pre, relu_1_77_1_complementary, relu_1_77_2_above_pre, relu_1_77_2_complementary, relu_1_77_3_above_pre, relu_1_77_3_complementary, relu_1_77_4_above_pre,
  relu_1_77_4_complementary, relu_1_77_5_above_pre, relu_1_77_5_complementary, relu_1_77_6_above_pre, relu_1_77_6_complementary, relu_1_77_7_above_pre, relu_1_77_7_complementary, relu_1_78_0_above_pre,
  relu_1_78_0_complementary, relu_1_78_1_above_pre, relu_1_78_1_complementary, relu_1_78_2_above_pre, relu_1_78_2_complementary, relu_1_78_3_above_pre, relu_1_78_3_complementary, relu_1_78_4_above_pre,
  relu_1_78_4_complementary, relu_1_78_5_above_pre, relu_1_78_5_complementary, relu_1_78_6_above_pre, relu_1_78_6_complementary, relu_1_78_7_above_pre, relu_1_78_7_complementary, relu_1_79_0_above_pre,
  relu_1_79_0_complementary, relu_1_79_1_above_pre, relu_1_79_1_complementary, relu_1_79_2_above_pre, relu_1_79_2_complementary, relu_1_79_3_above_pre, relu_1_79_3_complementary, relu_1_79_4_above_pre,
  relu_1_79_4_complementary, relu_1_79_5_above_pre, relu_1_79_5_complementary, relu_1_79_6_above_pre, relu_1_79_6_complementary, relu_1_79_7_above_pre, relu_1_79_7_complementary, relu_1_80_0_above_pre,
  relu_1_80_0_complementary, relu_1_80_1_above_pre, relu_1_80_1_complementary, relu_1_80_2_above_pre, relu_1_80_2_complementary, relu_1_80_3_above_pre, relu_1_80_3_complementary, relu_1_80_4_above_pre,
  relu_1_80_4_complementary, relu_1_80_5_above_pre, relu_1_80_5_complementary, relu_1_80_6_above_pre, relu_1_80_6_complementary, relu_1_80_7_above_pre, relu_1_80_7_complementary, relu_1_81_0_above_pre,
  relu_1_81_0_complementary, relu_1_81_1_above_pre, relu_1_81_1_complementary, relu_1_81_2_above_pre, relu_1_81_2_complementary, relu_1_81_3_above_pre, relu_1_81_3_complementary, relu_1_81_4_above_pre,
  relu_1_81_4_complementary, relu_1_81_5_above_pre, relu_1_81_5_complementary, relu_1_81_6_above_pre, relu_1_81_6_complementary, relu_1_81_7_above_pre, relu_1_81_7_complementary, relu_1_82_0_above_pre,
  relu_1_82_0_complementary, relu_1_82_1_above_pre, relu_1_82_1_complementary, relu_1_82_2_above_pre, relu_1_82_2_complementary, relu_1_82_3_above_pre, relu_1_82_3_complementary, relu_1_82_4_above_pre,
  relu_1_82_4_complementary, relu_1_82_5_above_pre, relu_1_82_5_complementary, relu_1_82_6_above_pre, relu_1_82_6_complementary, relu_1_82_7_above_pre, relu_1_82_7_complementary, relu_1_83_0_above_pre,
  relu_1_83_0_complementary, relu_1_83_1_above_pre, relu_1_83_1_complementary, relu_1_83_2_above_pre, relu_1_83_2_complementary, relu_1_83_3_above_pre, relu_1_83_3_complementary, relu_1_83_4_above_pre,
  relu_1_83_4_complementary, relu_1_83_5_above_pre, relu_1_83_5_complementary, relu_1_83_6_above_pre, relu_1_83_6_complementary, relu_1_83_7_above_pre, relu_1_83_7_complementary, relu_1_84_0_above_pre,
  relu_1_84_0_complementary, relu_1_84_1_above_pre, relu_1_84_1_complementary, relu_1_84_2_above_pre, relu_1_84_2_complementary, relu_1_84_3_above_pre, relu_1_84_3_complementary, relu_1_84_4_above_pre,
  relu_1_84_4_complementary, relu_1_84_5_above_pre, relu_1_84_5_complementary, relu_1_84_6_above_pre, relu_1_84_6_complementary, relu_1_84_7_above_pre, relu_1_84_7_complementary, relu_1_85_0_above_pre,
  relu_1_85_0_complementary, relu_1_85_1_above_pre, relu_1_85_1_complementary, relu_1_85_2_above_pre, relu_1_85_2_complementary, relu_1_85_3_above_pre, relu_1_85_3_complementary, relu_1_85_4_above_pre,
  relu_1_85_4_complementary, relu_1_85_5_above_pre, relu_1_85_5_complementary, relu_1_85_6_above_pre, relu_1_85_6_complementary, relu_1_85_7_above_pre, relu_1_85_7_complementary, relu_1_86_0_above_pre,
  relu_1_86_0_complementary, relu_1_86_1_above_pre, relu_1_86_1_complementary, relu_1_86_2_above_pre, relu_1_86_2_complementary, relu_1_86_3_above_pre, relu_1_86_3_complementary, relu_1_86_4_above_pre,
  relu_1_86_4_complementary, relu_1_86_5_above_pre, relu_1_86_5_complementary, relu_1_86_6_above_pre, relu_1_86_6_complementary, relu_1_86_7_above_pre, relu_1_86_7_complementary, relu_1_87_0_above_pre,
  relu_1_87_0_complementary, relu_1_87_1_above_pre, relu_1_87_1_complementary, relu_1_87_2_above_pre, relu_1_87_2_complementary, relu_1_87_3_above_pre, relu_1_87_3_complementary, relu_1_87_4_above_pre,
  relu_1_87_4_complementary, relu_1_87_5_above_pre, relu_1_87_5_complementary, relu_1_87_6_above_pre, relu_1_87_6_complementary, relu_1_87_7_above_pre, relu_1_87_7_complementary, relu_1_88_0_above_pre,
  relu_1_88_0_complementary, relu_1_88_1_above_pre, relu_1_88_1_complementary, relu_1_88_2_above_pre, relu_1_88_2_complementary, relu_1_88_3_above_pre, relu_1_88_3_complementary, relu_1_88_4_above_pre,
  relu_1_88_4_complementary, relu_1_88_5_above_pre, relu_1_88_5_complementary, relu_1_88_6_above_pre, relu_1_88_6_complementary, relu_1_88_7_above_pre, relu_1_88_7_complementary, relu_1_89_0_above_pre,
  relu_1_89_0_complementary, relu_1_89_1_above_pre, relu_1_89_1_complementary, relu_1_89_2_above_pre, relu_1_89_2_complementary, relu_1_89_3_above_pre, relu_1_89_3_complementary, relu_1_89_4_above_pre,
  relu_1_89_4_complementary, relu_1_89_5_above_pre, relu_1_89_5_complementary, relu_1_89_6_above_pre, relu_1_89_6_complementary, relu_1_89_7_above_pre, relu_1_89_7_complementary, relu_1_90_0_above_pre,
  relu_1_90_0_complementary, relu_1_90_1_above_pre, relu_1_90_1_complementary, relu_1_90_2_above_pre, relu_1_90_2_complementary, relu_1_90_3_above_pre, relu_1_90_3_complementary, relu_1_90_4_above_pre,
  relu_1_90_4_complementary, relu_1_90_5_above_pre, relu_1_90_5_complementary, relu_1_90_6_above_pre, relu_1_90_6_complementary, relu_1_90_7_above_pre, relu_1_90_7_complementary;

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
relu_1_0_0_above_pre.. - 1*pre_1_0_0 + 1*post_1_0_0 =g= 0;
relu_1_0_0_complementary.. - 1*pre_1_0_0*post_1_0_0 + 1*sqr(post_1_0_0) =e= 0;
relu_1_0_1_above_pre.. - 1*pre_1_0_1 + 1*post_1_0_1 =g= 0;
relu_1_0_1_complementary.. - 1*pre_1_0_1*post_1_0_1 + 1*sqr(post_1_0_1) =e= 0;
relu_1_0_2_above_pre.. - 1*pre_1_0_2 + 1*post_1_0_2 =g= 0;
relu_1_0_2_complementary.. - 1*pre_1_0_2*post_1_0_2 + 1*sqr(post_1_0_2) =e= 0;
relu_1_0_3_above_pre.. - 1*pre_1_0_3 + 1*post_1_0_3 =g= 0;
relu_1_0_3_complementary.. - 1*pre_1_0_3*post_1_0_3 + 1*sqr(post_1_0_3) =e= 0;
relu_1_0_4_above_pre.. - 1*pre_1_0_4 + 1*post_1_0_4 =g= 0;
relu_1_0_4_complementary.. - 1*pre_1_0_4*post_1_0_4 + 1*sqr(post_1_0_4) =e= 0;
relu_1_0_5_above_pre.. - 1*pre_1_0_5 + 1*post_1_0_5 =g= 0;
relu_1_0_5_complementary.. - 1*pre_1_0_5*post_1_0_5 + 1*sqr(post_1_0_5) =e= 0;
relu_1_0_6_above_pre.. - 1*pre_1_0_6 + 1*post_1_0_6 =g= 0;
relu_1_0_6_complementary.. - 1*pre_1_0_6*post_1_0_6 + 1*sqr(post_1_0_6) =e= 0;
relu_1_0_7_above_pre.. - 1*pre_1_0_7 + 1*post_1_0_7 =g= 0;
relu_1_0_7_complementary.. - 1*pre_1_0_7*post_1_0_7 + 1*sqr(post_1_0_7) =e= 0;
relu_1_1_0_above_pre.. - 1*pre_1_1_0 + 1*post_1_1_0 =g= 0;
relu_1_1_0_complementary.. - 1*pre_1_1_0*post_1_1_0 + 1*sqr(post_1_1_0) =e= 0;
relu_1_1_1_above_pre.. - 1*pre_1_1_1 + 1*post_1_1_1 =g= 0;
relu_1_1_1_complementary.. - 1*pre_1_1_1*post_1_1_1 + 1*sqr(post_1_1_1) =e= 0;
relu_1_1_2_above_pre.. - 1*pre_1_1_2 + 1*post_1_1_2 =g= 0;
relu_1_1_2_complementary.. - 1*pre_1_1_2*post_1_1_2 + 1*sqr(post_1_1_2) =e= 0;
relu_1_1_3_above_pre.. - 1*pre_1_1_3 + 1*post_1_1_3 =g= 0;
relu_1_1_3_complementary.. - 1*pre_1_1_3*post_1_1_3 + 1*sqr(post_1_1_3) =e= 0;
relu_1_1_4_above_pre.. - 1*pre_1_1_4 + 1*post_1_1_4 =g= 0;
relu_1_1_4_complementary.. - 1*pre_1_1_4*post_1_1_4 + 1*sqr(post_1_1_4) =e= 0;
relu_1_1_5_above_pre.. - 1*pre_1_1_5 + 1*post_1_1_5 =g= 0;
relu_1_1_5_complementary.. - 1*pre_1_1_5*post_1_1_5 + 1*sqr(post_1_1_5) =e= 0;
relu_1_1_6_above_pre.. - 1*pre_1_1_6 + 1*post_1_1_6 =g= 0;
relu_1_1_6_complementary.. - 1*pre_1_1_6*post_1_1_6 + 1*sqr(post_1_1_6) =e= 0;
relu_1_1_7_above_pre.. - 1*pre_1_1_7 + 1*post_1_1_7 =g= 0;
relu_1_1_7_complementary.. - 1*pre_1_1_7*post_1_1_7 + 1*sqr(post_1_1_7) =e= 0;
relu_1_2_0_above_pre.. - 1*pre_1_2_0 + 1*post_1_2_0 =g= 0;
relu_1_2_0_complementary.. - 1*pre_1_2_0*post_1_2_0 + 1*sqr(post_1_2_0) =e= 0;
relu_1_2_1_above_pre.. - 1*pre_1_2_1 + 1*post_1_2_1 =g= 0;
relu_1_2_1_complementary.. - 1*pre_1_2_1*post_1_2_1 + 1*sqr(post_1_2_1) =e= 0;
relu_1_2_2_above_pre.. - 1*pre_1_2_2 + 1*post_1_2_2 =g= 0;
relu_1_2_2_complementary.. - 1*pre_1_2_2*post_1_2_2 + 1*sqr(post_1_2_2) =e= 0;
relu_1_2_3_above_pre.. - 1*pre_1_2_3 + 1*post_1_2_3 =g= 0;
relu_1_2_3_complementary.. - 1*pre_1_2_3*post_1_2_3 + 1*sqr(post_1_2_3) =e= 0;
relu_1_2_4_above_pre.. - 1*pre_1_2_4 + 1*post_1_2_4 =g= 0;
relu_1_2_4_complementary.. - 1*pre_1_2_4*post_1_2_4 + 1*sqr(post_1_2_4) =e= 0;
relu_1_2_5_above_pre.. - 1*pre_1_2_5 + 1*post_1_2_5 =g= 0;
relu_1_2_5_complementary.. - 1*pre_1_2_5*post_1_2_5 + 1*sqr(post_1_2_5) =e= 0;
relu_1_2_6_above_pre.. - 1*pre_1_2_6 + 1*post_1_2_6 =g= 0;
relu_1_2_6_complementary.. - 1*pre_1_2_6*post_1_2_6 + 1*sqr(post_1_2_6) =e= 0;
relu_1_2_7_above_pre.. - 1*pre_1_2_7 + 1*post_1_2_7 =g= 0;
relu_1_2_7_complementary.. - 1*pre_1_2_7*post_1_2_7 + 1*sqr(post_1_2_7) =e= 0;
relu_1_3_0_above_pre.. - 1*pre_1_3_0 + 1*post_1_3_0 =g= 0;
relu_1_3_0_complementary.. - 1*pre_1_3_0*post_1_3_0 + 1*sqr(post_1_3_0) =e= 0;
relu_1_3_1_above_pre.. - 1*pre_1_3_1 + 1*post_1_3_1 =g= 0;
relu_1_3_1_complementary.. - 1*pre_1_3_1*post_1_3_1 + 1*sqr(post_1_3_1) =e= 0;
relu_1_3_2_above_pre.. - 1*pre_1_3_2 + 1*post_1_3_2 =g= 0;
relu_1_3_2_complementary.. - 1*pre_1_3_2*post_1_3_2 + 1*sqr(post_1_3_2) =e= 0;
relu_1_3_3_above_pre.. - 1*pre_1_3_3 + 1*post_1_3_3 =g= 0;
relu_1_3_3_complementary.. - 1*pre_1_3_3*post_1_3_3 + 1*sqr(post_1_3_3) =e= 0;
relu_1_3_4_above_pre.. - 1*pre_1_3_4 + 1*post_1_3_4 =g= 0;
relu_1_3_4_complementary.. - 1*pre_1_3_4*post_1_3_4 + 1*sqr(post_1_3_4) =e= 0;
relu_1_3_5_above_pre.. - 1*pre_1_3_5 + 1*post_1_3_5 =g= 0;
relu_1_3_5_complementary.. - 1*pre_1_3_5*post_1_3_5 + 1*sqr(post_1_3_5) =e= 0;
relu_1_3_6_above_pre.. - 1*pre_1_3_6 + 1*post_1_3_6 =g= 0;
relu_1_3_6_complementary.. - 1*pre_1_3_6*post_1_3_6 + 1*sqr(post_1_3_6) =e= 0;
relu_1_3_7_above_pre.. - 1*pre_1_3_7 + 1*post_1_3_7 =g= 0;
relu_1_3_7_complementary.. - 1*pre_1_3_7*post_1_3_7 + 1*sqr(post_1_3_7) =e= 0;
relu_1_4_0_above_pre.. - 1*pre_1_4_0 + 1*post_1_4_0 =g= 0;
relu_1_4_0_complementary.. - 1*pre_1_4_0*post_1_4_0 + 1*sqr(post_1_4_0) =e= 0;
relu_1_4_1_above_pre.. - 1*pre_1_4_1 + 1*post_1_4_1 =g= 0;
relu_1_4_1_complementary.. - 1*pre_1_4_1*post_1_4_1 + 1*sqr(post_1_4_1) =e= 0;
relu_1_4_2_above_pre.. - 1*pre_1_4_2 + 1*post_1_4_2 =g= 0;
relu_1_4_2_complementary.. - 1*pre_1_4_2*post_1_4_2 + 1*sqr(post_1_4_2) =e= 0;
relu_1_4_3_above_pre.. - 1*pre_1_4_3 + 1*post_1_4_3 =g= 0;
relu_1_4_3_complementary.. - 1*pre_1_4_3*post_1_4_3 + 1*sqr(post_1_4_3) =e= 0;
relu_1_4_4_above_pre.. - 1*pre_1_4_4 + 1*post_1_4_4 =g= 0;
relu_1_4_4_complementary.. - 1*pre_1_4_4*post_1_4_4 + 1*sqr(post_1_4_4) =e= 0;
relu_1_4_5_above_pre.. - 1*pre_1_4_5 + 1*post_1_4_5 =g= 0;
relu_1_4_5_complementary.. - 1*pre_1_4_5*post_1_4_5 + 1*sqr(post_1_4_5) =e= 0;
relu_1_4_6_above_pre.. - 1*pre_1_4_6 + 1*post_1_4_6 =g= 0;
relu_1_4_6_complementary.. - 1*pre_1_4_6*post_1_4_6 + 1*sqr(post_1_4_6) =e= 0;
relu_1_4_7_above_pre.. - 1*pre_1_4_7 + 1*post_1_4_7 =g= 0;
relu_1_4_7_complementary.. - 1*pre_1_4_7*post_1_4_7 + 1*sqr(post_1_4_7) =e= 0;
relu_1_5_0_above_pre.. - 1*pre_1_5_0 + 1*post_1_5_0 =g= 0;
relu_1_5_0_complementary.. - 1*pre_1_5_0*post_1_5_0 + 1*sqr(post_1_5_0) =e= 0;
relu_1_5_1_above_pre.. - 1*pre_1_5_1 + 1*post_1_5_1 =g= 0;
relu_1_5_1_complementary.. - 1*pre_1_5_1*post_1_5_1 + 1*sqr(post_1_5_1) =e= 0;
relu_1_5_2_above_pre.. - 1*pre_1_5_2 + 1*post_1_5_2 =g= 0;
relu_1_5_2_complementary.. - 1*pre_1_5_2*post_1_5_2 + 1*sqr(post_1_5_2) =e= 0;
relu_1_5_3_above_pre.. - 1*pre_1_5_3 + 1*post_1_5_3 =g= 0;
relu_1_5_3_complementary.. - 1*pre_1_5_3*post_1_5_3 + 1*sqr(post_1_5_3) =e= 0;
relu_1_5_4_above_pre.. - 1*pre_1_5_4 + 1*post_1_5_4 =g= 0;
relu_1_5_4_complementary.. - 1*pre_1_5_4*post_1_5_4 + 1*sqr(post_1_5_4) =e= 0;
relu_1_5_5_above_pre.. - 1*pre_1_5_5 + 1*post_1_5_5 =g= 0;
relu_1_5_5_complementary.. - 1*pre_1_5_5*post_1_5_5 + 1*sqr(post_1_5_5) =e= 0;
relu_1_5_6_above_pre.. - 1*pre_1_5_6 + 1*post_1_5_6 =g= 0;
relu_1_5_6_complementary.. - 1*pre_1_5_6*post_1_5_6 + 1*sqr(post_1_5_6) =e= 0;
relu_1_5_7_above_pre.. - 1*pre_1_5_7 + 1*post_1_5_7 =g= 0;
relu_1_5_7_complementary.. - 1*pre_1_5_7*post_1_5_7 + 1*sqr(post_1_5_7) =e= 0;
relu_1_6_0_above_pre.. - 1*pre_1_6_0 + 1*post_1_6_0 =g= 0;
relu_1_6_0_complementary.. - 1*pre_1_6_0*post_1_6_0 + 1*sqr(post_1_6_0) =e= 0;
relu_1_6_1_above_pre.. - 1*pre_1_6_1 + 1*post_1_6_1 =g= 0;
relu_1_6_1_complementary.. - 1*pre_1_6_1*post_1_6_1 + 1*sqr(post_1_6_1) =e= 0;
relu_1_6_2_above_pre.. - 1*pre_1_6_2 + 1*post_1_6_2 =g= 0;
relu_1_6_2_complementary.. - 1*pre_1_6_2*post_1_6_2 + 1*sqr(post_1_6_2) =e= 0;
relu_1_6_3_above_pre.. - 1*pre_1_6_3 + 1*post_1_6_3 =g= 0;
relu_1_6_3_complementary.. - 1*pre_1_6_3*post_1_6_3 + 1*sqr(post_1_6_3) =e= 0;
relu_1_6_4_above_pre.. - 1*pre_1_6_4 + 1*post_1_6_4 =g= 0;
relu_1_6_4_complementary.. - 1*pre_1_6_4*post_1_6_4 + 1*sqr(post_1_6_4) =e= 0;
relu_1_6_5_above_pre.. - 1*pre_1_6_5 + 1*post_1_6_5 =g= 0;
relu_1_6_5_complementary.. - 1*pre_1_6_5*post_1_6_5 + 1*sqr(post_1_6_5) =e= 0;
relu_1_6_6_above_pre.. - 1*pre_1_6_6 + 1*post_1_6_6 =g= 0;
relu_1_6_6_complementary.. - 1*pre_1_6_6*post_1_6_6 + 1*sqr(post_1_6_6) =e= 0;
relu_1_6_7_above_pre.. - 1*pre_1_6_7 + 1*post_1_6_7 =g= 0;
relu_1_6_7_complementary.. - 1*pre_1_6_7*post_1_6_7 + 1*sqr(post_1_6_7) =e= 0;
relu_1_7_0_above_pre.. - 1*pre_1_7_0 + 1*post_1_7_0 =g= 0;
relu_1_7_0_complementary.. - 1*pre_1_7_0*post_1_7_0 + 1*sqr(post_1_7_0) =e= 0;
relu_1_7_1_above_pre.. - 1*pre_1_7_1 + 1*post_1_7_1 =g= 0;
relu_1_7_1_complementary.. - 1*pre_1_7_1*post_1_7_1 + 1*sqr(post_1_7_1) =e= 0;
relu_1_7_2_above_pre.. - 1*pre_1_7_2 + 1*post_1_7_2 =g= 0;
relu_1_7_2_complementary.. - 1*pre_1_7_2*post_1_7_2 + 1*sqr(post_1_7_2) =e= 0;
relu_1_7_3_above_pre.. - 1*pre_1_7_3 + 1*post_1_7_3 =g= 0;
relu_1_7_3_complementary.. - 1*pre_1_7_3*post_1_7_3 + 1*sqr(post_1_7_3) =e= 0;
relu_1_7_4_above_pre.. - 1*pre_1_7_4 + 1*post_1_7_4 =g= 0;
relu_1_7_4_complementary.. - 1*pre_1_7_4*post_1_7_4 + 1*sqr(post_1_7_4) =e= 0;
relu_1_7_5_above_pre.. - 1*pre_1_7_5 + 1*post_1_7_5 =g= 0;
relu_1_7_5_complementary.. - 1*pre_1_7_5*post_1_7_5 + 1*sqr(post_1_7_5) =e= 0;
relu_1_7_6_above_pre.. - 1*pre_1_7_6 + 1*post_1_7_6 =g= 0;
relu_1_7_6_complementary.. - 1*pre_1_7_6*post_1_7_6 + 1*sqr(post_1_7_6) =e= 0;
relu_1_7_7_above_pre.. - 1*pre_1_7_7 + 1*post_1_7_7 =g= 0;
relu_1_7_7_complementary.. - 1*pre_1_7_7*post_1_7_7 + 1*sqr(post_1_7_7) =e= 0;
relu_1_8_0_above_pre.. - 1*pre_1_8_0 + 1*post_1_8_0 =g= 0;
relu_1_8_0_complementary.. - 1*pre_1_8_0*post_1_8_0 + 1*sqr(post_1_8_0) =e= 0;
relu_1_8_1_above_pre.. - 1*pre_1_8_1 + 1*post_1_8_1 =g= 0;
relu_1_8_1_complementary.. - 1*pre_1_8_1*post_1_8_1 + 1*sqr(post_1_8_1) =e= 0;
relu_1_8_2_above_pre.. - 1*pre_1_8_2 + 1*post_1_8_2 =g= 0;
relu_1_8_2_complementary.. - 1*pre_1_8_2*post_1_8_2 + 1*sqr(post_1_8_2) =e= 0;
relu_1_8_3_above_pre.. - 1*pre_1_8_3 + 1*post_1_8_3 =g= 0;
relu_1_8_3_complementary.. - 1*pre_1_8_3*post_1_8_3 + 1*sqr(post_1_8_3) =e= 0;
relu_1_8_4_above_pre.. - 1*pre_1_8_4 + 1*post_1_8_4 =g= 0;
relu_1_8_4_complementary.. - 1*pre_1_8_4*post_1_8_4 + 1*sqr(post_1_8_4) =e= 0;
relu_1_8_5_above_pre.. - 1*pre_1_8_5 + 1*post_1_8_5 =g= 0;
relu_1_8_5_complementary.. - 1*pre_1_8_5*post_1_8_5 + 1*sqr(post_1_8_5) =e= 0;
relu_1_8_6_above_pre.. - 1*pre_1_8_6 + 1*post_1_8_6 =g= 0;
relu_1_8_6_complementary.. - 1*pre_1_8_6*post_1_8_6 + 1*sqr(post_1_8_6) =e= 0;
relu_1_8_7_above_pre.. - 1*pre_1_8_7 + 1*post_1_8_7 =g= 0;
relu_1_8_7_complementary.. - 1*pre_1_8_7*post_1_8_7 + 1*sqr(post_1_8_7) =e= 0;
relu_1_9_0_above_pre.. - 1*pre_1_9_0 + 1*post_1_9_0 =g= 0;
relu_1_9_0_complementary.. - 1*pre_1_9_0*post_1_9_0 + 1*sqr(post_1_9_0) =e= 0;
relu_1_9_1_above_pre.. - 1*pre_1_9_1 + 1*post_1_9_1 =g= 0;
relu_1_9_1_complementary.. - 1*pre_1_9_1*post_1_9_1 + 1*sqr(post_1_9_1) =e= 0;
relu_1_9_2_above_pre.. - 1*pre_1_9_2 + 1*post_1_9_2 =g= 0;
relu_1_9_2_complementary.. - 1*pre_1_9_2*post_1_9_2 + 1*sqr(post_1_9_2) =e= 0;
relu_1_9_3_above_pre.. - 1*pre_1_9_3 + 1*post_1_9_3 =g= 0;
relu_1_9_3_complementary.. - 1*pre_1_9_3*post_1_9_3 + 1*sqr(post_1_9_3) =e= 0;
relu_1_9_4_above_pre.. - 1*pre_1_9_4 + 1*post_1_9_4 =g= 0;
relu_1_9_4_complementary.. - 1*pre_1_9_4*post_1_9_4 + 1*sqr(post_1_9_4) =e= 0;
relu_1_9_5_above_pre.. - 1*pre_1_9_5 + 1*post_1_9_5 =g= 0;
relu_1_9_5_complementary.. - 1*pre_1_9_5*post_1_9_5 + 1*sqr(post_1_9_5) =e= 0;
relu_1_9_6_above_pre.. - 1*pre_1_9_6 + 1*post_1_9_6 =g= 0;
relu_1_9_6_complementary.. - 1*pre_1_9_6*post_1_9_6 + 1*sqr(post_1_9_6) =e= 0;
relu_1_9_7_above_pre.. - 1*pre_1_9_7 + 1*post_1_9_7 =g= 0;
relu_1_9_7_complementary.. - 1*pre_1_9_7*post_1_9_7 + 1*sqr(post_1_9_7) =e= 0;
relu_1_10_0_above_pre.. - 1*pre_1_10_0 + 1*post_1_10_0 =g= 0;
relu_1_10_0_complementary.. - 1*pre_1_10_0*post_1_10_0 + 1*sqr(post_1_10_0) =e= 0;
relu_1_10_1_above_pre.. - 1*pre_1_10_1 + 1*post_1_10_1 =g= 0;
relu_1_10_1_complementary.. - 1*pre_1_10_1*post_1_10_1 + 1*sqr(post_1_10_1) =e= 0;
relu_1_10_2_above_pre.. - 1*pre_1_10_2 + 1*post_1_10_2 =g= 0;
relu_1_10_2_complementary.. - 1*pre_1_10_2*post_1_10_2 + 1*sqr(post_1_10_2) =e= 0;
relu_1_10_3_above_pre.. - 1*pre_1_10_3 + 1*post_1_10_3 =g= 0;
relu_1_10_3_complementary.. - 1*pre_1_10_3*post_1_10_3 + 1*sqr(post_1_10_3) =e= 0;
relu_1_10_4_above_pre.. - 1*pre_1_10_4 + 1*post_1_10_4 =g= 0;
relu_1_10_4_complementary.. - 1*pre_1_10_4*post_1_10_4 + 1*sqr(post_1_10_4) =e= 0;
relu_1_10_5_above_pre.. - 1*pre_1_10_5 + 1*post_1_10_5 =g= 0;
relu_1_10_5_complementary.. - 1*pre_1_10_5*post_1_10_5 + 1*sqr(post_1_10_5) =e= 0;
relu_1_10_6_above_pre.. - 1*pre_1_10_6 + 1*post_1_10_6 =g= 0;
relu_1_10_6_complementary.. - 1*pre_1_10_6*post_1_10_6 + 1*sqr(post_1_10_6) =e= 0;
relu_1_10_7_above_pre.. - 1*pre_1_10_7 + 1*post_1_10_7 =g= 0;
relu_1_10_7_complementary.. - 1*pre_1_10_7*post_1_10_7 + 1*sqr(post_1_10_7) =e= 0;
relu_1_11_0_above_pre.. - 1*pre_1_11_0 + 1*post_1_11_0 =g= 0;
relu_1_11_0_complementary.. - 1*pre_1_11_0*post_1_11_0 + 1*sqr(post_1_11_0) =e= 0;
relu_1_11_1_above_pre.. - 1*pre_1_11_1 + 1*post_1_11_1 =g= 0;
relu_1_11_1_complementary.. - 1*pre_1_11_1*post_1_11_1 + 1*sqr(post_1_11_1) =e= 0;
relu_1_11_2_above_pre.. - 1*pre_1_11_2 + 1*post_1_11_2 =g= 0;
relu_1_11_2_complementary.. - 1*pre_1_11_2*post_1_11_2 + 1*sqr(post_1_11_2) =e= 0;
relu_1_11_3_above_pre.. - 1*pre_1_11_3 + 1*post_1_11_3 =g= 0;
relu_1_11_3_complementary.. - 1*pre_1_11_3*post_1_11_3 + 1*sqr(post_1_11_3) =e= 0;
relu_1_11_4_above_pre.. - 1*pre_1_11_4 + 1*post_1_11_4 =g= 0;
relu_1_11_4_complementary.. - 1*pre_1_11_4*post_1_11_4 + 1*sqr(post_1_11_4) =e= 0;
relu_1_11_5_above_pre.. - 1*pre_1_11_5 + 1*post_1_11_5 =g= 0;
relu_1_11_5_complementary.. - 1*pre_1_11_5*post_1_11_5 + 1*sqr(post_1_11_5) =e= 0;
relu_1_11_6_above_pre.. - 1*pre_1_11_6 + 1*post_1_11_6 =g= 0;
relu_1_11_6_complementary.. - 1*pre_1_11_6*post_1_11_6 + 1*sqr(post_1_11_6) =e= 0;
relu_1_11_7_above_pre.. - 1*pre_1_11_7 + 1*post_1_11_7 =g= 0;
relu_1_11_7_complementary.. - 1*pre_1_11_7*post_1_11_7 + 1*sqr(post_1_11_7) =e= 0;
relu_1_12_0_above_pre.. - 1*pre_1_12_0 + 1*post_1_12_0 =g= 0;
relu_1_12_0_complementary.. - 1*pre_1_12_0*post_1_12_0 + 1*sqr(post_1_12_0) =e= 0;
relu_1_12_1_above_pre.. - 1*pre_1_12_1 + 1*post_1_12_1 =g= 0;
relu_1_12_1_complementary.. - 1*pre_1_12_1*post_1_12_1 + 1*sqr(post_1_12_1) =e= 0;
relu_1_12_2_above_pre.. - 1*pre_1_12_2 + 1*post_1_12_2 =g= 0;
relu_1_12_2_complementary.. - 1*pre_1_12_2*post_1_12_2 + 1*sqr(post_1_12_2) =e= 0;
relu_1_12_3_above_pre.. - 1*pre_1_12_3 + 1*post_1_12_3 =g= 0;
relu_1_12_3_complementary.. - 1*pre_1_12_3*post_1_12_3 + 1*sqr(post_1_12_3) =e= 0;
relu_1_12_4_above_pre.. - 1*pre_1_12_4 + 1*post_1_12_4 =g= 0;
relu_1_12_4_complementary.. - 1*pre_1_12_4*post_1_12_4 + 1*sqr(post_1_12_4) =e= 0;
relu_1_12_5_above_pre.. - 1*pre_1_12_5 + 1*post_1_12_5 =g= 0;
relu_1_12_5_complementary.. - 1*pre_1_12_5*post_1_12_5 + 1*sqr(post_1_12_5) =e= 0;
relu_1_12_6_above_pre.. - 1*pre_1_12_6 + 1*post_1_12_6 =g= 0;
relu_1_12_6_complementary.. - 1*pre_1_12_6*post_1_12_6 + 1*sqr(post_1_12_6) =e= 0;
relu_1_12_7_above_pre.. - 1*pre_1_12_7 + 1*post_1_12_7 =g= 0;
relu_1_12_7_complementary.. - 1*pre_1_12_7*post_1_12_7 + 1*sqr(post_1_12_7) =e= 0;
relu_1_13_0_above_pre.. - 1*pre_1_13_0 + 1*post_1_13_0 =g= 0;
relu_1_13_0_complementary.. - 1*pre_1_13_0*post_1_13_0 + 1*sqr(post_1_13_0) =e= 0;
relu_1_13_1_above_pre.. - 1*pre_1_13_1 + 1*post_1_13_1 =g= 0;
relu_1_13_1_complementary.. - 1*pre_1_13_1*post_1_13_1 + 1*sqr(post_1_13_1) =e= 0;
relu_1_13_2_above_pre.. - 1*pre_1_13_2 + 1*post_1_13_2 =g= 0;
relu_1_13_2_complementary.. - 1*pre_1_13_2*post_1_13_2 + 1*sqr(post_1_13_2) =e= 0;
relu_1_13_3_above_pre.. - 1*pre_1_13_3 + 1*post_1_13_3 =g= 0;
relu_1_13_3_complementary.. - 1*pre_1_13_3*post_1_13_3 + 1*sqr(post_1_13_3) =e= 0;
relu_1_13_4_above_pre.. - 1*pre_1_13_4 + 1*post_1_13_4 =g= 0;
relu_1_13_4_complementary.. - 1*pre_1_13_4*post_1_13_4 + 1*sqr(post_1_13_4) =e= 0;
relu_1_13_5_above_pre.. - 1*pre_1_13_5 + 1*post_1_13_5 =g= 0;
relu_1_13_5_complementary.. - 1*pre_1_13_5*post_1_13_5 + 1*sqr(post_1_13_5) =e= 0;
relu_1_13_6_above_pre.. - 1*pre_1_13_6 + 1*post_1_13_6 =g= 0;
relu_1_13_6_complementary.. - 1*pre_1_13_6*post_1_13_6 + 1*sqr(post_1_13_6) =e= 0;
relu_1_13_7_above_pre.. - 1*pre_1_13_7 + 1*post_1_13_7 =g= 0;
relu_1_13_7_complementary.. - 1*pre_1_13_7*post_1_13_7 + 1*sqr(post_1_13_7) =e= 0;
relu_1_14_0_above_pre.. - 1*pre_1_14_0 + 1*post_1_14_0 =g= 0;
relu_1_14_0_complementary.. - 1*pre_1_14_0*post_1_14_0 + 1*sqr(post_1_14_0) =e= 0;
relu_1_14_1_above_pre.. - 1*pre_1_14_1 + 1*post_1_14_1 =g= 0;
relu_1_14_1_complementary.. - 1*pre_1_14_1*post_1_14_1 + 1*sqr(post_1_14_1) =e= 0;
relu_1_14_2_above_pre.. - 1*pre_1_14_2 + 1*post_1_14_2 =g= 0;
relu_1_14_2_complementary.. - 1*pre_1_14_2*post_1_14_2 + 1*sqr(post_1_14_2) =e= 0;
relu_1_14_3_above_pre.. - 1*pre_1_14_3 + 1*post_1_14_3 =g= 0;
relu_1_14_3_complementary.. - 1*pre_1_14_3*post_1_14_3 + 1*sqr(post_1_14_3) =e= 0;
relu_1_14_4_above_pre.. - 1*pre_1_14_4 + 1*post_1_14_4 =g= 0;
relu_1_14_4_complementary.. - 1*pre_1_14_4*post_1_14_4 + 1*sqr(post_1_14_4) =e= 0;
relu_1_14_5_above_pre.. - 1*pre_1_14_5 + 1*post_1_14_5 =g= 0;
relu_1_14_5_complementary.. - 1*pre_1_14_5*post_1_14_5 + 1*sqr(post_1_14_5) =e= 0;
relu_1_14_6_above_pre.. - 1*pre_1_14_6 + 1*post_1_14_6 =g= 0;
relu_1_14_6_complementary.. - 1*pre_1_14_6*post_1_14_6 + 1*sqr(post_1_14_6) =e= 0;
relu_1_14_7_above_pre.. - 1*pre_1_14_7 + 1*post_1_14_7 =g= 0;
relu_1_14_7_complementary.. - 1*pre_1_14_7*post_1_14_7 + 1*sqr(post_1_14_7) =e= 0;
relu_1_15_0_above_pre.. - 1*pre_1_15_0 + 1*post_1_15_0 =g= 0;
relu_1_15_0_complementary.. - 1*pre_1_15_0*post_1_15_0 + 1*sqr(post_1_15_0) =e= 0;
relu_1_15_1_above_pre.. - 1*pre_1_15_1 + 1*post_1_15_1 =g= 0;
relu_1_15_1_complementary.. - 1*pre_1_15_1*post_1_15_1 + 1*sqr(post_1_15_1) =e= 0;
relu_1_15_2_above_pre.. - 1*pre_1_15_2 + 1*post_1_15_2 =g= 0;
relu_1_15_2_complementary.. - 1*pre_1_15_2*post_1_15_2 + 1*sqr(post_1_15_2) =e= 0;
relu_1_15_3_above_pre.. - 1*pre_1_15_3 + 1*post_1_15_3 =g= 0;
relu_1_15_3_complementary.. - 1*pre_1_15_3*post_1_15_3 + 1*sqr(post_1_15_3) =e= 0;
relu_1_15_4_above_pre.. - 1*pre_1_15_4 + 1*post_1_15_4 =g= 0;
relu_1_15_4_complementary.. - 1*pre_1_15_4*post_1_15_4 + 1*sqr(post_1_15_4) =e= 0;
relu_1_15_5_above_pre.. - 1*pre_1_15_5 + 1*post_1_15_5 =g= 0;
relu_1_15_5_complementary.. - 1*pre_1_15_5*post_1_15_5 + 1*sqr(post_1_15_5) =e= 0;
relu_1_15_6_above_pre.. - 1*pre_1_15_6 + 1*post_1_15_6 =g= 0;
relu_1_15_6_complementary.. - 1*pre_1_15_6*post_1_15_6 + 1*sqr(post_1_15_6) =e= 0;
relu_1_15_7_above_pre.. - 1*pre_1_15_7 + 1*post_1_15_7 =g= 0;
relu_1_15_7_complementary.. - 1*pre_1_15_7*post_1_15_7 + 1*sqr(post_1_15_7) =e= 0;
relu_1_16_0_above_pre.. - 1*pre_1_16_0 + 1*post_1_16_0 =g= 0;
relu_1_16_0_complementary.. - 1*pre_1_16_0*post_1_16_0 + 1*sqr(post_1_16_0) =e= 0;
relu_1_16_1_above_pre.. - 1*pre_1_16_1 + 1*post_1_16_1 =g= 0;
relu_1_16_1_complementary.. - 1*pre_1_16_1*post_1_16_1 + 1*sqr(post_1_16_1) =e= 0;
relu_1_16_2_above_pre.. - 1*pre_1_16_2 + 1*post_1_16_2 =g= 0;
relu_1_16_2_complementary.. - 1*pre_1_16_2*post_1_16_2 + 1*sqr(post_1_16_2) =e= 0;
relu_1_16_3_above_pre.. - 1*pre_1_16_3 + 1*post_1_16_3 =g= 0;
relu_1_16_3_complementary.. - 1*pre_1_16_3*post_1_16_3 + 1*sqr(post_1_16_3) =e= 0;
relu_1_16_4_above_pre.. - 1*pre_1_16_4 + 1*post_1_16_4 =g= 0;
relu_1_16_4_complementary.. - 1*pre_1_16_4*post_1_16_4 + 1*sqr(post_1_16_4) =e= 0;
relu_1_16_5_above_pre.. - 1*pre_1_16_5 + 1*post_1_16_5 =g= 0;
relu_1_16_5_complementary.. - 1*pre_1_16_5*post_1_16_5 + 1*sqr(post_1_16_5) =e= 0;
relu_1_16_6_above_pre.. - 1*pre_1_16_6 + 1*post_1_16_6 =g= 0;
relu_1_16_6_complementary.. - 1*pre_1_16_6*post_1_16_6 + 1*sqr(post_1_16_6) =e= 0;
relu_1_16_7_above_pre.. - 1*pre_1_16_7 + 1*post_1_16_7 =g= 0;
relu_1_16_7_complementary.. - 1*pre_1_16_7*post_1_16_7 + 1*sqr(post_1_16_7) =e= 0;
relu_1_17_0_above_pre.. - 1*pre_1_17_0 + 1*post_1_17_0 =g= 0;
relu_1_17_0_complementary.. - 1*pre_1_17_0*post_1_17_0 + 1*sqr(post_1_17_0) =e= 0;
relu_1_17_1_above_pre.. - 1*pre_1_17_1 + 1*post_1_17_1 =g= 0;
relu_1_17_1_complementary.. - 1*pre_1_17_1*post_1_17_1 + 1*sqr(post_1_17_1) =e= 0;
relu_1_17_2_above_pre.. - 1*pre_1_17_2 + 1*post_1_17_2 =g= 0;
relu_1_17_2_complementary.. - 1*pre_1_17_2*post_1_17_2 + 1*sqr(post_1_17_2) =e= 0;
relu_1_17_3_above_pre.. - 1*pre_1_17_3 + 1*post_1_17_3 =g= 0;
relu_1_17_3_complementary.. - 1*pre_1_17_3*post_1_17_3 + 1*sqr(post_1_17_3) =e= 0;
relu_1_17_4_above_pre.. - 1*pre_1_17_4 + 1*post_1_17_4 =g= 0;
relu_1_17_4_complementary.. - 1*pre_1_17_4*post_1_17_4 + 1*sqr(post_1_17_4) =e= 0;
relu_1_17_5_above_pre.. - 1*pre_1_17_5 + 1*post_1_17_5 =g= 0;
relu_1_17_5_complementary.. - 1*pre_1_17_5*post_1_17_5 + 1*sqr(post_1_17_5) =e= 0;
relu_1_17_6_above_pre.. - 1*pre_1_17_6 + 1*post_1_17_6 =g= 0;
relu_1_17_6_complementary.. - 1*pre_1_17_6*post_1_17_6 + 1*sqr(post_1_17_6) =e= 0;
relu_1_17_7_above_pre.. - 1*pre_1_17_7 + 1*post_1_17_7 =g= 0;
relu_1_17_7_complementary.. - 1*pre_1_17_7*post_1_17_7 + 1*sqr(post_1_17_7) =e= 0;
relu_1_18_0_above_pre.. - 1*pre_1_18_0 + 1*post_1_18_0 =g= 0;
relu_1_18_0_complementary.. - 1*pre_1_18_0*post_1_18_0 + 1*sqr(post_1_18_0) =e= 0;
relu_1_18_1_above_pre.. - 1*pre_1_18_1 + 1*post_1_18_1 =g= 0;
relu_1_18_1_complementary.. - 1*pre_1_18_1*post_1_18_1 + 1*sqr(post_1_18_1) =e= 0;
relu_1_18_2_above_pre.. - 1*pre_1_18_2 + 1*post_1_18_2 =g= 0;
relu_1_18_2_complementary.. - 1*pre_1_18_2*post_1_18_2 + 1*sqr(post_1_18_2) =e= 0;
relu_1_18_3_above_pre.. - 1*pre_1_18_3 + 1*post_1_18_3 =g= 0;
relu_1_18_3_complementary.. - 1*pre_1_18_3*post_1_18_3 + 1*sqr(post_1_18_3) =e= 0;
relu_1_18_4_above_pre.. - 1*pre_1_18_4 + 1*post_1_18_4 =g= 0;
relu_1_18_4_complementary.. - 1*pre_1_18_4*post_1_18_4 + 1*sqr(post_1_18_4) =e= 0;
relu_1_18_5_above_pre.. - 1*pre_1_18_5 + 1*post_1_18_5 =g= 0;
relu_1_18_5_complementary.. - 1*pre_1_18_5*post_1_18_5 + 1*sqr(post_1_18_5) =e= 0;
relu_1_18_6_above_pre.. - 1*pre_1_18_6 + 1*post_1_18_6 =g= 0;
relu_1_18_6_complementary.. - 1*pre_1_18_6*post_1_18_6 + 1*sqr(post_1_18_6) =e= 0;
relu_1_18_7_above_pre.. - 1*pre_1_18_7 + 1*post_1_18_7 =g= 0;
relu_1_18_7_complementary.. - 1*pre_1_18_7*post_1_18_7 + 1*sqr(post_1_18_7) =e= 0;
relu_1_19_0_above_pre.. - 1*pre_1_19_0 + 1*post_1_19_0 =g= 0;
relu_1_19_0_complementary.. - 1*pre_1_19_0*post_1_19_0 + 1*sqr(post_1_19_0) =e= 0;
relu_1_19_1_above_pre.. - 1*pre_1_19_1 + 1*post_1_19_1 =g= 0;
relu_1_19_1_complementary.. - 1*pre_1_19_1*post_1_19_1 + 1*sqr(post_1_19_1) =e= 0;
relu_1_19_2_above_pre.. - 1*pre_1_19_2 + 1*post_1_19_2 =g= 0;
relu_1_19_2_complementary.. - 1*pre_1_19_2*post_1_19_2 + 1*sqr(post_1_19_2) =e= 0;
relu_1_19_3_above_pre.. - 1*pre_1_19_3 + 1*post_1_19_3 =g= 0;
relu_1_19_3_complementary.. - 1*pre_1_19_3*post_1_19_3 + 1*sqr(post_1_19_3) =e= 0;
relu_1_19_4_above_pre.. - 1*pre_1_19_4 + 1*post_1_19_4 =g= 0;
relu_1_19_4_complementary.. - 1*pre_1_19_4*post_1_19_4 + 1*sqr(post_1_19_4) =e= 0;
relu_1_19_5_above_pre.. - 1*pre_1_19_5 + 1*post_1_19_5 =g= 0;
relu_1_19_5_complementary.. - 1*pre_1_19_5*post_1_19_5 + 1*sqr(post_1_19_5) =e= 0;
relu_1_19_6_above_pre.. - 1*pre_1_19_6 + 1*post_1_19_6 =g= 0;
relu_1_19_6_complementary.. - 1*pre_1_19_6*post_1_19_6 + 1*sqr(post_1_19_6) =e= 0;
relu_1_19_7_above_pre.. - 1*pre_1_19_7 + 1*post_1_19_7 =g= 0;
relu_1_19_7_complementary.. - 1*pre_1_19_7*post_1_19_7 + 1*sqr(post_1_19_7) =e= 0;
relu_1_20_0_above_pre.. - 1*pre_1_20_0 + 1*post_1_20_0 =g= 0;
relu_1_20_0_complementary.. - 1*pre_1_20_0*post_1_20_0 + 1*sqr(post_1_20_0) =e= 0;
relu_1_20_1_above_pre.. - 1*pre_1_20_1 + 1*post_1_20_1 =g= 0;
relu_1_20_1_complementary.. - 1*pre_1_20_1*post_1_20_1 + 1*sqr(post_1_20_1) =e= 0;
relu_1_20_2_above_pre.. - 1*pre_1_20_2 + 1*post_1_20_2 =g= 0;
relu_1_20_2_complementary.. - 1*pre_1_20_2*post_1_20_2 + 1*sqr(post_1_20_2) =e= 0;
relu_1_20_3_above_pre.. - 1*pre_1_20_3 + 1*post_1_20_3 =g= 0;
relu_1_20_3_complementary.. - 1*pre_1_20_3*post_1_20_3 + 1*sqr(post_1_20_3) =e= 0;
relu_1_20_4_above_pre.. - 1*pre_1_20_4 + 1*post_1_20_4 =g= 0;
relu_1_20_4_complementary.. - 1*pre_1_20_4*post_1_20_4 + 1*sqr(post_1_20_4) =e= 0;
relu_1_20_5_above_pre.. - 1*pre_1_20_5 + 1*post_1_20_5 =g= 0;
relu_1_20_5_complementary.. - 1*pre_1_20_5*post_1_20_5 + 1*sqr(post_1_20_5) =e= 0;
relu_1_20_6_above_pre.. - 1*pre_1_20_6 + 1*post_1_20_6 =g= 0;
relu_1_20_6_complementary.. - 1*pre_1_20_6*post_1_20_6 + 1*sqr(post_1_20_6) =e= 0;
relu_1_20_7_above_pre.. - 1*pre_1_20_7 + 1*post_1_20_7 =g= 0;
relu_1_20_7_complementary.. - 1*pre_1_20_7*post_1_20_7 + 1*sqr(post_1_20_7) =e= 0;
relu_1_21_0_above_pre.. - 1*pre_1_21_0 + 1*post_1_21_0 =g= 0;
relu_1_21_0_complementary.. - 1*pre_1_21_0*post_1_21_0 + 1*sqr(post_1_21_0) =e= 0;
relu_1_21_1_above_pre.. - 1*pre_1_21_1 + 1*post_1_21_1 =g= 0;
relu_1_21_1_complementary.. - 1*pre_1_21_1*post_1_21_1 + 1*sqr(post_1_21_1) =e= 0;
relu_1_21_2_above_pre.. - 1*pre_1_21_2 + 1*post_1_21_2 =g= 0;
relu_1_21_2_complementary.. - 1*pre_1_21_2*post_1_21_2 + 1*sqr(post_1_21_2) =e= 0;
relu_1_21_3_above_pre.. - 1*pre_1_21_3 + 1*post_1_21_3 =g= 0;
relu_1_21_3_complementary.. - 1*pre_1_21_3*post_1_21_3 + 1*sqr(post_1_21_3) =e= 0;
relu_1_21_4_above_pre.. - 1*pre_1_21_4 + 1*post_1_21_4 =g= 0;
relu_1_21_4_complementary.. - 1*pre_1_21_4*post_1_21_4 + 1*sqr(post_1_21_4) =e= 0;
relu_1_21_5_above_pre.. - 1*pre_1_21_5 + 1*post_1_21_5 =g= 0;
relu_1_21_5_complementary.. - 1*pre_1_21_5*post_1_21_5 + 1*sqr(post_1_21_5) =e= 0;
relu_1_21_6_above_pre.. - 1*pre_1_21_6 + 1*post_1_21_6 =g= 0;
relu_1_21_6_complementary.. - 1*pre_1_21_6*post_1_21_6 + 1*sqr(post_1_21_6) =e= 0;
relu_1_21_7_above_pre.. - 1*pre_1_21_7 + 1*post_1_21_7 =g= 0;
relu_1_21_7_complementary.. - 1*pre_1_21_7*post_1_21_7 + 1*sqr(post_1_21_7) =e= 0;
relu_1_22_0_above_pre.. - 1*pre_1_22_0 + 1*post_1_22_0 =g= 0;
relu_1_22_0_complementary.. - 1*pre_1_22_0*post_1_22_0 + 1*sqr(post_1_22_0) =e= 0;
relu_1_22_1_above_pre.. - 1*pre_1_22_1 + 1*post_1_22_1 =g= 0;
relu_1_22_1_complementary.. - 1*pre_1_22_1*post_1_22_1 + 1*sqr(post_1_22_1) =e= 0;
relu_1_22_2_above_pre.. - 1*pre_1_22_2 + 1*post_1_22_2 =g= 0;
relu_1_22_2_complementary.. - 1*pre_1_22_2*post_1_22_2 + 1*sqr(post_1_22_2) =e= 0;
relu_1_22_3_above_pre.. - 1*pre_1_22_3 + 1*post_1_22_3 =g= 0;
relu_1_22_3_complementary.. - 1*pre_1_22_3*post_1_22_3 + 1*sqr(post_1_22_3) =e= 0;
relu_1_22_4_above_pre.. - 1*pre_1_22_4 + 1*post_1_22_4 =g= 0;
relu_1_22_4_complementary.. - 1*pre_1_22_4*post_1_22_4 + 1*sqr(post_1_22_4) =e= 0;
relu_1_22_5_above_pre.. - 1*pre_1_22_5 + 1*post_1_22_5 =g= 0;
relu_1_22_5_complementary.. - 1*pre_1_22_5*post_1_22_5 + 1*sqr(post_1_22_5) =e= 0;
relu_1_22_6_above_pre.. - 1*pre_1_22_6 + 1*post_1_22_6 =g= 0;
relu_1_22_6_complementary.. - 1*pre_1_22_6*post_1_22_6 + 1*sqr(post_1_22_6) =e= 0;
relu_1_22_7_above_pre.. - 1*pre_1_22_7 + 1*post_1_22_7 =g= 0;
relu_1_22_7_complementary.. - 1*pre_1_22_7*post_1_22_7 + 1*sqr(post_1_22_7) =e= 0;
relu_1_23_0_above_pre.. - 1*pre_1_23_0 + 1*post_1_23_0 =g= 0;
relu_1_23_0_complementary.. - 1*pre_1_23_0*post_1_23_0 + 1*sqr(post_1_23_0) =e= 0;
relu_1_23_1_above_pre.. - 1*pre_1_23_1 + 1*post_1_23_1 =g= 0;
relu_1_23_1_complementary.. - 1*pre_1_23_1*post_1_23_1 + 1*sqr(post_1_23_1) =e= 0;
relu_1_23_2_above_pre.. - 1*pre_1_23_2 + 1*post_1_23_2 =g= 0;
relu_1_23_2_complementary.. - 1*pre_1_23_2*post_1_23_2 + 1*sqr(post_1_23_2) =e= 0;
relu_1_23_3_above_pre.. - 1*pre_1_23_3 + 1*post_1_23_3 =g= 0;
relu_1_23_3_complementary.. - 1*pre_1_23_3*post_1_23_3 + 1*sqr(post_1_23_3) =e= 0;
relu_1_23_4_above_pre.. - 1*pre_1_23_4 + 1*post_1_23_4 =g= 0;
relu_1_23_4_complementary.. - 1*pre_1_23_4*post_1_23_4 + 1*sqr(post_1_23_4) =e= 0;
relu_1_23_5_above_pre.. - 1*pre_1_23_5 + 1*post_1_23_5 =g= 0;
relu_1_23_5_complementary.. - 1*pre_1_23_5*post_1_23_5 + 1*sqr(post_1_23_5) =e= 0;
relu_1_23_6_above_pre.. - 1*pre_1_23_6 + 1*post_1_23_6 =g= 0;
relu_1_23_6_complementary.. - 1*pre_1_23_6*post_1_23_6 + 1*sqr(post_1_23_6) =e= 0;
relu_1_23_7_above_pre.. - 1*pre_1_23_7 + 1*post_1_23_7 =g= 0;
relu_1_23_7_complementary.. - 1*pre_1_23_7*post_1_23_7 + 1*sqr(post_1_23_7) =e= 0;
relu_1_24_0_above_pre.. - 1*pre_1_24_0 + 1*post_1_24_0 =g= 0;
relu_1_24_0_complementary.. - 1*pre_1_24_0*post_1_24_0 + 1*sqr(post_1_24_0) =e= 0;
relu_1_24_1_above_pre.. - 1*pre_1_24_1 + 1*post_1_24_1 =g= 0;
relu_1_24_1_complementary.. - 1*pre_1_24_1*post_1_24_1 + 1*sqr(post_1_24_1) =e= 0;
relu_1_24_2_above_pre.. - 1*pre_1_24_2 + 1*post_1_24_2 =g= 0;
relu_1_24_2_complementary.. - 1*pre_1_24_2*post_1_24_2 + 1*sqr(post_1_24_2) =e= 0;
relu_1_24_3_above_pre.. - 1*pre_1_24_3 + 1*post_1_24_3 =g= 0;
relu_1_24_3_complementary.. - 1*pre_1_24_3*post_1_24_3 + 1*sqr(post_1_24_3) =e= 0;
relu_1_24_4_above_pre.. - 1*pre_1_24_4 + 1*post_1_24_4 =g= 0;
relu_1_24_4_complementary.. - 1*pre_1_24_4*post_1_24_4 + 1*sqr(post_1_24_4) =e= 0;
relu_1_24_5_above_pre.. - 1*pre_1_24_5 + 1*post_1_24_5 =g= 0;
relu_1_24_5_complementary.. - 1*pre_1_24_5*post_1_24_5 + 1*sqr(post_1_24_5) =e= 0;
relu_1_24_6_above_pre.. - 1*pre_1_24_6 + 1*post_1_24_6 =g= 0;
relu_1_24_6_complementary.. - 1*pre_1_24_6*post_1_24_6 + 1*sqr(post_1_24_6) =e= 0;
relu_1_24_7_above_pre.. - 1*pre_1_24_7 + 1*post_1_24_7 =g= 0;
relu_1_24_7_complementary.. - 1*pre_1_24_7*post_1_24_7 + 1*sqr(post_1_24_7) =e= 0;
relu_1_25_0_above_pre.. - 1*pre_1_25_0 + 1*post_1_25_0 =g= 0;
relu_1_25_0_complementary.. - 1*pre_1_25_0*post_1_25_0 + 1*sqr(post_1_25_0) =e= 0;
relu_1_25_1_above_pre.. - 1*pre_1_25_1 + 1*post_1_25_1 =g= 0;
relu_1_25_1_complementary.. - 1*pre_1_25_1*post_1_25_1 + 1*sqr(post_1_25_1) =e= 0;
relu_1_25_2_above_pre.. - 1*pre_1_25_2 + 1*post_1_25_2 =g= 0;
relu_1_25_2_complementary.. - 1*pre_1_25_2*post_1_25_2 + 1*sqr(post_1_25_2) =e= 0;
relu_1_25_3_above_pre.. - 1*pre_1_25_3 + 1*post_1_25_3 =g= 0;
relu_1_25_3_complementary.. - 1*pre_1_25_3*post_1_25_3 + 1*sqr(post_1_25_3) =e= 0;
relu_1_25_4_above_pre.. - 1*pre_1_25_4 + 1*post_1_25_4 =g= 0;
relu_1_25_4_complementary.. - 1*pre_1_25_4*post_1_25_4 + 1*sqr(post_1_25_4) =e= 0;
relu_1_25_5_above_pre.. - 1*pre_1_25_5 + 1*post_1_25_5 =g= 0;
relu_1_25_5_complementary.. - 1*pre_1_25_5*post_1_25_5 + 1*sqr(post_1_25_5) =e= 0;
relu_1_25_6_above_pre.. - 1*pre_1_25_6 + 1*post_1_25_6 =g= 0;
relu_1_25_6_complementary.. - 1*pre_1_25_6*post_1_25_6 + 1*sqr(post_1_25_6) =e= 0;
relu_1_25_7_above_pre.. - 1*pre_1_25_7 + 1*post_1_25_7 =g= 0;
relu_1_25_7_complementary.. - 1*pre_1_25_7*post_1_25_7 + 1*sqr(post_1_25_7) =e= 0;
relu_1_26_0_above_pre.. - 1*pre_1_26_0 + 1*post_1_26_0 =g= 0;
relu_1_26_0_complementary.. - 1*pre_1_26_0*post_1_26_0 + 1*sqr(post_1_26_0) =e= 0;
relu_1_26_1_above_pre.. - 1*pre_1_26_1 + 1*post_1_26_1 =g= 0;
relu_1_26_1_complementary.. - 1*pre_1_26_1*post_1_26_1 + 1*sqr(post_1_26_1) =e= 0;
relu_1_26_2_above_pre.. - 1*pre_1_26_2 + 1*post_1_26_2 =g= 0;
relu_1_26_2_complementary.. - 1*pre_1_26_2*post_1_26_2 + 1*sqr(post_1_26_2) =e= 0;
relu_1_26_3_above_pre.. - 1*pre_1_26_3 + 1*post_1_26_3 =g= 0;
relu_1_26_3_complementary.. - 1*pre_1_26_3*post_1_26_3 + 1*sqr(post_1_26_3) =e= 0;
relu_1_26_4_above_pre.. - 1*pre_1_26_4 + 1*post_1_26_4 =g= 0;
relu_1_26_4_complementary.. - 1*pre_1_26_4*post_1_26_4 + 1*sqr(post_1_26_4) =e= 0;
relu_1_26_5_above_pre.. - 1*pre_1_26_5 + 1*post_1_26_5 =g= 0;
relu_1_26_5_complementary.. - 1*pre_1_26_5*post_1_26_5 + 1*sqr(post_1_26_5) =e= 0;
relu_1_26_6_above_pre.. - 1*pre_1_26_6 + 1*post_1_26_6 =g= 0;
relu_1_26_6_complementary.. - 1*pre_1_26_6*post_1_26_6 + 1*sqr(post_1_26_6) =e= 0;
relu_1_26_7_above_pre.. - 1*pre_1_26_7 + 1*post_1_26_7 =g= 0;
relu_1_26_7_complementary.. - 1*pre_1_26_7*post_1_26_7 + 1*sqr(post_1_26_7) =e= 0;
relu_1_27_0_above_pre.. - 1*pre_1_27_0 + 1*post_1_27_0 =g= 0;
relu_1_27_0_complementary.. - 1*pre_1_27_0*post_1_27_0 + 1*sqr(post_1_27_0) =e= 0;
relu_1_27_1_above_pre.. - 1*pre_1_27_1 + 1*post_1_27_1 =g= 0;
relu_1_27_1_complementary.. - 1*pre_1_27_1*post_1_27_1 + 1*sqr(post_1_27_1) =e= 0;
relu_1_27_2_above_pre.. - 1*pre_1_27_2 + 1*post_1_27_2 =g= 0;
relu_1_27_2_complementary.. - 1*pre_1_27_2*post_1_27_2 + 1*sqr(post_1_27_2) =e= 0;
relu_1_27_3_above_pre.. - 1*pre_1_27_3 + 1*post_1_27_3 =g= 0;
relu_1_27_3_complementary.. - 1*pre_1_27_3*post_1_27_3 + 1*sqr(post_1_27_3) =e= 0;
relu_1_27_4_above_pre.. - 1*pre_1_27_4 + 1*post_1_27_4 =g= 0;
relu_1_27_4_complementary.. - 1*pre_1_27_4*post_1_27_4 + 1*sqr(post_1_27_4) =e= 0;
relu_1_27_5_above_pre.. - 1*pre_1_27_5 + 1*post_1_27_5 =g= 0;
relu_1_27_5_complementary.. - 1*pre_1_27_5*post_1_27_5 + 1*sqr(post_1_27_5) =e= 0;
relu_1_27_6_above_pre.. - 1*pre_1_27_6 + 1*post_1_27_6 =g= 0;
relu_1_27_6_complementary.. - 1*pre_1_27_6*post_1_27_6 + 1*sqr(post_1_27_6) =e= 0;
relu_1_27_7_above_pre.. - 1*pre_1_27_7 + 1*post_1_27_7 =g= 0;
relu_1_27_7_complementary.. - 1*pre_1_27_7*post_1_27_7 + 1*sqr(post_1_27_7) =e= 0;
relu_1_28_0_above_pre.. - 1*pre_1_28_0 + 1*post_1_28_0 =g= 0;
relu_1_28_0_complementary.. - 1*pre_1_28_0*post_1_28_0 + 1*sqr(post_1_28_0) =e= 0;
relu_1_28_1_above_pre.. - 1*pre_1_28_1 + 1*post_1_28_1 =g= 0;
relu_1_28_1_complementary.. - 1*pre_1_28_1*post_1_28_1 + 1*sqr(post_1_28_1) =e= 0;
relu_1_28_2_above_pre.. - 1*pre_1_28_2 + 1*post_1_28_2 =g= 0;
relu_1_28_2_complementary.. - 1*pre_1_28_2*post_1_28_2 + 1*sqr(post_1_28_2) =e= 0;
relu_1_28_3_above_pre.. - 1*pre_1_28_3 + 1*post_1_28_3 =g= 0;
relu_1_28_3_complementary.. - 1*pre_1_28_3*post_1_28_3 + 1*sqr(post_1_28_3) =e= 0;
relu_1_28_4_above_pre.. - 1*pre_1_28_4 + 1*post_1_28_4 =g= 0;
relu_1_28_4_complementary.. - 1*pre_1_28_4*post_1_28_4 + 1*sqr(post_1_28_4) =e= 0;
relu_1_28_5_above_pre.. - 1*pre_1_28_5 + 1*post_1_28_5 =g= 0;
relu_1_28_5_complementary.. - 1*pre_1_28_5*post_1_28_5 + 1*sqr(post_1_28_5) =e= 0;
relu_1_28_6_above_pre.. - 1*pre_1_28_6 + 1*post_1_28_6 =g= 0;
relu_1_28_6_complementary.. - 1*pre_1_28_6*post_1_28_6 + 1*sqr(post_1_28_6) =e= 0;
relu_1_28_7_above_pre.. - 1*pre_1_28_7 + 1*post_1_28_7 =g= 0;
relu_1_28_7_complementary.. - 1*pre_1_28_7*post_1_28_7 + 1*sqr(post_1_28_7) =e= 0;
relu_1_29_0_above_pre.. - 1*pre_1_29_0 + 1*post_1_29_0 =g= 0;
relu_1_29_0_complementary.. - 1*pre_1_29_0*post_1_29_0 + 1*sqr(post_1_29_0) =e= 0;
relu_1_29_1_above_pre.. - 1*pre_1_29_1 + 1*post_1_29_1 =g= 0;
relu_1_29_1_complementary.. - 1*pre_1_29_1*post_1_29_1 + 1*sqr(post_1_29_1) =e= 0;
relu_1_29_2_above_pre.. - 1*pre_1_29_2 + 1*post_1_29_2 =g= 0;
relu_1_29_2_complementary.. - 1*pre_1_29_2*post_1_29_2 + 1*sqr(post_1_29_2) =e= 0;
relu_1_29_3_above_pre.. - 1*pre_1_29_3 + 1*post_1_29_3 =g= 0;
relu_1_29_3_complementary.. - 1*pre_1_29_3*post_1_29_3 + 1*sqr(post_1_29_3) =e= 0;
relu_1_29_4_above_pre.. - 1*pre_1_29_4 + 1*post_1_29_4 =g= 0;
relu_1_29_4_complementary.. - 1*pre_1_29_4*post_1_29_4 + 1*sqr(post_1_29_4) =e= 0;
relu_1_29_5_above_pre.. - 1*pre_1_29_5 + 1*post_1_29_5 =g= 0;
relu_1_29_5_complementary.. - 1*pre_1_29_5*post_1_29_5 + 1*sqr(post_1_29_5) =e= 0;
relu_1_29_6_above_pre.. - 1*pre_1_29_6 + 1*post_1_29_6 =g= 0;
relu_1_29_6_complementary.. - 1*pre_1_29_6*post_1_29_6 + 1*sqr(post_1_29_6) =e= 0;
relu_1_29_7_above_pre.. - 1*pre_1_29_7 + 1*post_1_29_7 =g= 0;
relu_1_29_7_complementary.. - 1*pre_1_29_7*post_1_29_7 + 1*sqr(post_1_29_7) =e= 0;
relu_1_30_0_above_pre.. - 1*pre_1_30_0 + 1*post_1_30_0 =g= 0;
relu_1_30_0_complementary.. - 1*pre_1_30_0*post_1_30_0 + 1*sqr(post_1_30_0) =e= 0;
relu_1_30_1_above_pre.. - 1*pre_1_30_1 + 1*post_1_30_1 =g= 0;
relu_1_30_1_complementary.. - 1*pre_1_30_1*post_1_30_1 + 1*sqr(post_1_30_1) =e= 0;
relu_1_30_2_above_pre.. - 1*pre_1_30_2 + 1*post_1_30_2 =g= 0;
relu_1_30_2_complementary.. - 1*pre_1_30_2*post_1_30_2 + 1*sqr(post_1_30_2) =e= 0;
relu_1_30_3_above_pre.. - 1*pre_1_30_3 + 1*post_1_30_3 =g= 0;
relu_1_30_3_complementary.. - 1*pre_1_30_3*post_1_30_3 + 1*sqr(post_1_30_3) =e= 0;
relu_1_30_4_above_pre.. - 1*pre_1_30_4 + 1*post_1_30_4 =g= 0;
relu_1_30_4_complementary.. - 1*pre_1_30_4*post_1_30_4 + 1*sqr(post_1_30_4) =e= 0;
relu_1_30_5_above_pre.. - 1*pre_1_30_5 + 1*post_1_30_5 =g= 0;
relu_1_30_5_complementary.. - 1*pre_1_30_5*post_1_30_5 + 1*sqr(post_1_30_5) =e= 0;
relu_1_30_6_above_pre.. - 1*pre_1_30_6 + 1*post_1_30_6 =g= 0;
relu_1_30_6_complementary.. - 1*pre_1_30_6*post_1_30_6 + 1*sqr(post_1_30_6) =e= 0;
relu_1_30_7_above_pre.. - 1*pre_1_30_7 + 1*post_1_30_7 =g= 0;
relu_1_30_7_complementary.. - 1*pre_1_30_7*post_1_30_7 + 1*sqr(post_1_30_7) =e= 0;
relu_1_31_0_above_pre.. - 1*pre_1_31_0 + 1*post_1_31_0 =g= 0;
relu_1_31_0_complementary.. - 1*pre_1_31_0*post_1_31_0 + 1*sqr(post_1_31_0) =e= 0;
relu_1_31_1_above_pre.. - 1*pre_1_31_1 + 1*post_1_31_1 =g= 0;
relu_1_31_1_complementary.. - 1*pre_1_31_1*post_1_31_1 + 1*sqr(post_1_31_1) =e= 0;
relu_1_31_2_above_pre.. - 1*pre_1_31_2 + 1*post_1_31_2 =g= 0;
relu_1_31_2_complementary.. - 1*pre_1_31_2*post_1_31_2 + 1*sqr(post_1_31_2) =e= 0;
relu_1_31_3_above_pre.. - 1*pre_1_31_3 + 1*post_1_31_3 =g= 0;
relu_1_31_3_complementary.. - 1*pre_1_31_3*post_1_31_3 + 1*sqr(post_1_31_3) =e= 0;
relu_1_31_4_above_pre.. - 1*pre_1_31_4 + 1*post_1_31_4 =g= 0;
relu_1_31_4_complementary.. - 1*pre_1_31_4*post_1_31_4 + 1*sqr(post_1_31_4) =e= 0;
relu_1_31_5_above_pre.. - 1*pre_1_31_5 + 1*post_1_31_5 =g= 0;
relu_1_31_5_complementary.. - 1*pre_1_31_5*post_1_31_5 + 1*sqr(post_1_31_5) =e= 0;
relu_1_31_6_above_pre.. - 1*pre_1_31_6 + 1*post_1_31_6 =g= 0;
relu_1_31_6_complementary.. - 1*pre_1_31_6*post_1_31_6 + 1*sqr(post_1_31_6) =e= 0;
relu_1_31_7_above_pre.. - 1*pre_1_31_7 + 1*post_1_31_7 =g= 0;
relu_1_31_7_complementary.. - 1*pre_1_31_7*post_1_31_7 + 1*sqr(post_1_31_7) =e= 0;
relu_1_32_0_above_pre.. - 1*pre_1_32_0 + 1*post_1_32_0 =g= 0;
relu_1_32_0_complementary.. - 1*pre_1_32_0*post_1_32_0 + 1*sqr(post_1_32_0) =e= 0;
relu_1_32_1_above_pre.. - 1*pre_1_32_1 + 1*post_1_32_1 =g= 0;
relu_1_32_1_complementary.. - 1*pre_1_32_1*post_1_32_1 + 1*sqr(post_1_32_1) =e= 0;
relu_1_32_2_above_pre.. - 1*pre_1_32_2 + 1*post_1_32_2 =g= 0;
relu_1_32_2_complementary.. - 1*pre_1_32_2*post_1_32_2 + 1*sqr(post_1_32_2) =e= 0;
relu_1_32_3_above_pre.. - 1*pre_1_32_3 + 1*post_1_32_3 =g= 0;
relu_1_32_3_complementary.. - 1*pre_1_32_3*post_1_32_3 + 1*sqr(post_1_32_3) =e= 0;
relu_1_32_4_above_pre.. - 1*pre_1_32_4 + 1*post_1_32_4 =g= 0;
relu_1_32_4_complementary.. - 1*pre_1_32_4*post_1_32_4 + 1*sqr(post_1_32_4) =e= 0;
relu_1_32_5_above_pre.. - 1*pre_1_32_5 + 1*post_1_32_5 =g= 0;
relu_1_32_5_complementary.. - 1*pre_1_32_5*post_1_32_5 + 1*sqr(post_1_32_5) =e= 0;
relu_1_32_6_above_pre.. - 1*pre_1_32_6 + 1*post_1_32_6 =g= 0;
relu_1_32_6_complementary.. - 1*pre_1_32_6*post_1_32_6 + 1*sqr(post_1_32_6) =e= 0;
relu_1_32_7_above_pre.. - 1*pre_1_32_7 + 1*post_1_32_7 =g= 0;
relu_1_32_7_complementary.. - 1*pre_1_32_7*post_1_32_7 + 1*sqr(post_1_32_7) =e= 0;
relu_1_33_0_above_pre.. - 1*pre_1_33_0 + 1*post_1_33_0 =g= 0;
relu_1_33_0_complementary.. - 1*pre_1_33_0*post_1_33_0 + 1*sqr(post_1_33_0) =e= 0;
relu_1_33_1_above_pre.. - 1*pre_1_33_1 + 1*post_1_33_1 =g= 0;
relu_1_33_1_complementary.. - 1*pre_1_33_1*post_1_33_1 + 1*sqr(post_1_33_1) =e= 0;
relu_1_33_2_above_pre.. - 1*pre_1_33_2 + 1*post_1_33_2 =g= 0;
relu_1_33_2_complementary.. - 1*pre_1_33_2*post_1_33_2 + 1*sqr(post_1_33_2) =e= 0;
relu_1_33_3_above_pre.. - 1*pre_1_33_3 + 1*post_1_33_3 =g= 0;
relu_1_33_3_complementary.. - 1*pre_1_33_3*post_1_33_3 + 1*sqr(post_1_33_3) =e= 0;
relu_1_33_4_above_pre.. - 1*pre_1_33_4 + 1*post_1_33_4 =g= 0;
relu_1_33_4_complementary.. - 1*pre_1_33_4*post_1_33_4 + 1*sqr(post_1_33_4) =e= 0;
relu_1_33_5_above_pre.. - 1*pre_1_33_5 + 1*post_1_33_5 =g= 0;
relu_1_33_5_complementary.. - 1*pre_1_33_5*post_1_33_5 + 1*sqr(post_1_33_5) =e= 0;
relu_1_33_6_above_pre.. - 1*pre_1_33_6 + 1*post_1_33_6 =g= 0;
relu_1_33_6_complementary.. - 1*pre_1_33_6*post_1_33_6 + 1*sqr(post_1_33_6) =e= 0;
relu_1_33_7_above_pre.. - 1*pre_1_33_7 + 1*post_1_33_7 =g= 0;
relu_1_33_7_complementary.. - 1*pre_1_33_7*post_1_33_7 + 1*sqr(post_1_33_7) =e= 0;
relu_1_34_0_above_pre.. - 1*pre_1_34_0 + 1*post_1_34_0 =g= 0;
relu_1_34_0_complementary.. - 1*pre_1_34_0*post_1_34_0 + 1*sqr(post_1_34_0) =e= 0;
relu_1_34_1_above_pre.. - 1*pre_1_34_1 + 1*post_1_34_1 =g= 0;
relu_1_34_1_complementary.. - 1*pre_1_34_1*post_1_34_1 + 1*sqr(post_1_34_1) =e= 0;
relu_1_34_2_above_pre.. - 1*pre_1_34_2 + 1*post_1_34_2 =g= 0;
relu_1_34_2_complementary.. - 1*pre_1_34_2*post_1_34_2 + 1*sqr(post_1_34_2) =e= 0;
relu_1_34_3_above_pre.. - 1*pre_1_34_3 + 1*post_1_34_3 =g= 0;
relu_1_34_3_complementary.. - 1*pre_1_34_3*post_1_34_3 + 1*sqr(post_1_34_3) =e= 0;
relu_1_34_4_above_pre.. - 1*pre_1_34_4 + 1*post_1_34_4 =g= 0;
relu_1_34_4_complementary.. - 1*pre_1_34_4*post_1_34_4 + 1*sqr(post_1_34_4) =e= 0;
relu_1_34_5_above_pre.. - 1*pre_1_34_5 + 1*post_1_34_5 =g= 0;
relu_1_34_5_complementary.. - 1*pre_1_34_5*post_1_34_5 + 1*sqr(post_1_34_5) =e= 0;
relu_1_34_6_above_pre.. - 1*pre_1_34_6 + 1*post_1_34_6 =g= 0;
relu_1_34_6_complementary.. - 1*pre_1_34_6*post_1_34_6 + 1*sqr(post_1_34_6) =e= 0;
relu_1_34_7_above_pre.. - 1*pre_1_34_7 + 1*post_1_34_7 =g= 0;
relu_1_34_7_complementary.. - 1*pre_1_34_7*post_1_34_7 + 1*sqr(post_1_34_7) =e= 0;
relu_1_35_0_above_pre.. - 1*pre_1_35_0 + 1*post_1_35_0 =g= 0;
relu_1_35_0_complementary.. - 1*pre_1_35_0*post_1_35_0 + 1*sqr(post_1_35_0) =e= 0;
relu_1_35_1_above_pre.. - 1*pre_1_35_1 + 1*post_1_35_1 =g= 0;
relu_1_35_1_complementary.. - 1*pre_1_35_1*post_1_35_1 + 1*sqr(post_1_35_1) =e= 0;
relu_1_35_2_above_pre.. - 1*pre_1_35_2 + 1*post_1_35_2 =g= 0;
relu_1_35_2_complementary.. - 1*pre_1_35_2*post_1_35_2 + 1*sqr(post_1_35_2) =e= 0;
relu_1_35_3_above_pre.. - 1*pre_1_35_3 + 1*post_1_35_3 =g= 0;
relu_1_35_3_complementary.. - 1*pre_1_35_3*post_1_35_3 + 1*sqr(post_1_35_3) =e= 0;
relu_1_35_4_above_pre.. - 1*pre_1_35_4 + 1*post_1_35_4 =g= 0;
relu_1_35_4_complementary.. - 1*pre_1_35_4*post_1_35_4 + 1*sqr(post_1_35_4) =e= 0;
relu_1_35_5_above_pre.. - 1*pre_1_35_5 + 1*post_1_35_5 =g= 0;
relu_1_35_5_complementary.. - 1*pre_1_35_5*post_1_35_5 + 1*sqr(post_1_35_5) =e= 0;
relu_1_35_6_above_pre.. - 1*pre_1_35_6 + 1*post_1_35_6 =g= 0;
relu_1_35_6_complementary.. - 1*pre_1_35_6*post_1_35_6 + 1*sqr(post_1_35_6) =e= 0;
relu_1_35_7_above_pre.. - 1*pre_1_35_7 + 1*post_1_35_7 =g= 0;
relu_1_35_7_complementary.. - 1*pre_1_35_7*post_1_35_7 + 1*sqr(post_1_35_7) =e= 0;
relu_1_36_0_above_pre.. - 1*pre_1_36_0 + 1*post_1_36_0 =g= 0;
relu_1_36_0_complementary.. - 1*pre_1_36_0*post_1_36_0 + 1*sqr(post_1_36_0) =e= 0;
relu_1_36_1_above_pre.. - 1*pre_1_36_1 + 1*post_1_36_1 =g= 0;
relu_1_36_1_complementary.. - 1*pre_1_36_1*post_1_36_1 + 1*sqr(post_1_36_1) =e= 0;
relu_1_36_2_above_pre.. - 1*pre_1_36_2 + 1*post_1_36_2 =g= 0;
relu_1_36_2_complementary.. - 1*pre_1_36_2*post_1_36_2 + 1*sqr(post_1_36_2) =e= 0;
relu_1_36_3_above_pre.. - 1*pre_1_36_3 + 1*post_1_36_3 =g= 0;
relu_1_36_3_complementary.. - 1*pre_1_36_3*post_1_36_3 + 1*sqr(post_1_36_3) =e= 0;
relu_1_36_4_above_pre.. - 1*pre_1_36_4 + 1*post_1_36_4 =g= 0;
relu_1_36_4_complementary.. - 1*pre_1_36_4*post_1_36_4 + 1*sqr(post_1_36_4) =e= 0;
relu_1_36_5_above_pre.. - 1*pre_1_36_5 + 1*post_1_36_5 =g= 0;
relu_1_36_5_complementary.. - 1*pre_1_36_5*post_1_36_5 + 1*sqr(post_1_36_5) =e= 0;
relu_1_36_6_above_pre.. - 1*pre_1_36_6 + 1*post_1_36_6 =g= 0;
relu_1_36_6_complementary.. - 1*pre_1_36_6*post_1_36_6 + 1*sqr(post_1_36_6) =e= 0;
relu_1_36_7_above_pre.. - 1*pre_1_36_7 + 1*post_1_36_7 =g= 0;
relu_1_36_7_complementary.. - 1*pre_1_36_7*post_1_36_7 + 1*sqr(post_1_36_7) =e= 0;
relu_1_37_0_above_pre.. - 1*pre_1_37_0 + 1*post_1_37_0 =g= 0;
relu_1_37_0_complementary.. - 1*pre_1_37_0*post_1_37_0 + 1*sqr(post_1_37_0) =e= 0;
relu_1_37_1_above_pre.. - 1*pre_1_37_1 + 1*post_1_37_1 =g= 0;
relu_1_37_1_complementary.. - 1*pre_1_37_1*post_1_37_1 + 1*sqr(post_1_37_1) =e= 0;
relu_1_37_2_above_pre.. - 1*pre_1_37_2 + 1*post_1_37_2 =g= 0;
relu_1_37_2_complementary.. - 1*pre_1_37_2*post_1_37_2 + 1*sqr(post_1_37_2) =e= 0;
relu_1_37_3_above_pre.. - 1*pre_1_37_3 + 1*post_1_37_3 =g= 0;
relu_1_37_3_complementary.. - 1*pre_1_37_3*post_1_37_3 + 1*sqr(post_1_37_3) =e= 0;
relu_1_37_4_above_pre.. - 1*pre_1_37_4 + 1*post_1_37_4 =g= 0;
relu_1_37_4_complementary.. - 1*pre_1_37_4*post_1_37_4 + 1*sqr(post_1_37_4) =e= 0;
relu_1_37_5_above_pre.. - 1*pre_1_37_5 + 1*post_1_37_5 =g= 0;
relu_1_37_5_complementary.. - 1*pre_1_37_5*post_1_37_5 + 1*sqr(post_1_37_5) =e= 0;
relu_1_37_6_above_pre.. - 1*pre_1_37_6 + 1*post_1_37_6 =g= 0;
relu_1_37_6_complementary.. - 1*pre_1_37_6*post_1_37_6 + 1*sqr(post_1_37_6) =e= 0;
relu_1_37_7_above_pre.. - 1*pre_1_37_7 + 1*post_1_37_7 =g= 0;
relu_1_37_7_complementary.. - 1*pre_1_37_7*post_1_37_7 + 1*sqr(post_1_37_7) =e= 0;
relu_1_38_0_above_pre.. - 1*pre_1_38_0 + 1*post_1_38_0 =g= 0;
relu_1_38_0_complementary.. - 1*pre_1_38_0*post_1_38_0 + 1*sqr(post_1_38_0) =e= 0;
relu_1_38_1_above_pre.. - 1*pre_1_38_1 + 1*post_1_38_1 =g= 0;
relu_1_38_1_complementary.. - 1*pre_1_38_1*post_1_38_1 + 1*sqr(post_1_38_1) =e= 0;
relu_1_38_2_above_pre.. - 1*pre_1_38_2 + 1*post_1_38_2 =g= 0;
relu_1_38_2_complementary.. - 1*pre_1_38_2*post_1_38_2 + 1*sqr(post_1_38_2) =e= 0;
relu_1_38_3_above_pre.. - 1*pre_1_38_3 + 1*post_1_38_3 =g= 0;
relu_1_38_3_complementary.. - 1*pre_1_38_3*post_1_38_3 + 1*sqr(post_1_38_3) =e= 0;
relu_1_38_4_above_pre.. - 1*pre_1_38_4 + 1*post_1_38_4 =g= 0;
relu_1_38_4_complementary.. - 1*pre_1_38_4*post_1_38_4 + 1*sqr(post_1_38_4) =e= 0;
relu_1_38_5_above_pre.. - 1*pre_1_38_5 + 1*post_1_38_5 =g= 0;
relu_1_38_5_complementary.. - 1*pre_1_38_5*post_1_38_5 + 1*sqr(post_1_38_5) =e= 0;
relu_1_38_6_above_pre.. - 1*pre_1_38_6 + 1*post_1_38_6 =g= 0;
relu_1_38_6_complementary.. - 1*pre_1_38_6*post_1_38_6 + 1*sqr(post_1_38_6) =e= 0;
relu_1_38_7_above_pre.. - 1*pre_1_38_7 + 1*post_1_38_7 =g= 0;
relu_1_38_7_complementary.. - 1*pre_1_38_7*post_1_38_7 + 1*sqr(post_1_38_7) =e= 0;
relu_1_39_0_above_pre.. - 1*pre_1_39_0 + 1*post_1_39_0 =g= 0;
relu_1_39_0_complementary.. - 1*pre_1_39_0*post_1_39_0 + 1*sqr(post_1_39_0) =e= 0;
relu_1_39_1_above_pre.. - 1*pre_1_39_1 + 1*post_1_39_1 =g= 0;
relu_1_39_1_complementary.. - 1*pre_1_39_1*post_1_39_1 + 1*sqr(post_1_39_1) =e= 0;
relu_1_39_2_above_pre.. - 1*pre_1_39_2 + 1*post_1_39_2 =g= 0;
relu_1_39_2_complementary.. - 1*pre_1_39_2*post_1_39_2 + 1*sqr(post_1_39_2) =e= 0;
relu_1_39_3_above_pre.. - 1*pre_1_39_3 + 1*post_1_39_3 =g= 0;
relu_1_39_3_complementary.. - 1*pre_1_39_3*post_1_39_3 + 1*sqr(post_1_39_3) =e= 0;
relu_1_39_4_above_pre.. - 1*pre_1_39_4 + 1*post_1_39_4 =g= 0;
relu_1_39_4_complementary.. - 1*pre_1_39_4*post_1_39_4 + 1*sqr(post_1_39_4) =e= 0;
relu_1_39_5_above_pre.. - 1*pre_1_39_5 + 1*post_1_39_5 =g= 0;
relu_1_39_5_complementary.. - 1*pre_1_39_5*post_1_39_5 + 1*sqr(post_1_39_5) =e= 0;
relu_1_39_6_above_pre.. - 1*pre_1_39_6 + 1*post_1_39_6 =g= 0;
relu_1_39_6_complementary.. - 1*pre_1_39_6*post_1_39_6 + 1*sqr(post_1_39_6) =e= 0;
relu_1_39_7_above_pre.. - 1*pre_1_39_7 + 1*post_1_39_7 =g= 0;
relu_1_39_7_complementary.. - 1*pre_1_39_7*post_1_39_7 + 1*sqr(post_1_39_7) =e= 0;
relu_1_40_0_above_pre.. - 1*pre_1_40_0 + 1*post_1_40_0 =g= 0;
relu_1_40_0_complementary.. - 1*pre_1_40_0*post_1_40_0 + 1*sqr(post_1_40_0) =e= 0;
relu_1_40_1_above_pre.. - 1*pre_1_40_1 + 1*post_1_40_1 =g= 0;
relu_1_40_1_complementary.. - 1*pre_1_40_1*post_1_40_1 + 1*sqr(post_1_40_1) =e= 0;
relu_1_40_2_above_pre.. - 1*pre_1_40_2 + 1*post_1_40_2 =g= 0;
relu_1_40_2_complementary.. - 1*pre_1_40_2*post_1_40_2 + 1*sqr(post_1_40_2) =e= 0;
relu_1_40_3_above_pre.. - 1*pre_1_40_3 + 1*post_1_40_3 =g= 0;
relu_1_40_3_complementary.. - 1*pre_1_40_3*post_1_40_3 + 1*sqr(post_1_40_3) =e= 0;
relu_1_40_4_above_pre.. - 1*pre_1_40_4 + 1*post_1_40_4 =g= 0;
relu_1_40_4_complementary.. - 1*pre_1_40_4*post_1_40_4 + 1*sqr(post_1_40_4) =e= 0;
relu_1_40_5_above_pre.. - 1*pre_1_40_5 + 1*post_1_40_5 =g= 0;
relu_1_40_5_complementary.. - 1*pre_1_40_5*post_1_40_5 + 1*sqr(post_1_40_5) =e= 0;
relu_1_40_6_above_pre.. - 1*pre_1_40_6 + 1*post_1_40_6 =g= 0;
relu_1_40_6_complementary.. - 1*pre_1_40_6*post_1_40_6 + 1*sqr(post_1_40_6) =e= 0;
relu_1_40_7_above_pre.. - 1*pre_1_40_7 + 1*post_1_40_7 =g= 0;
relu_1_40_7_complementary.. - 1*pre_1_40_7*post_1_40_7 + 1*sqr(post_1_40_7) =e= 0;
relu_1_41_0_above_pre.. - 1*pre_1_41_0 + 1*post_1_41_0 =g= 0;
relu_1_41_0_complementary.. - 1*pre_1_41_0*post_1_41_0 + 1*sqr(post_1_41_0) =e= 0;
relu_1_41_1_above_pre.. - 1*pre_1_41_1 + 1*post_1_41_1 =g= 0;
relu_1_41_1_complementary.. - 1*pre_1_41_1*post_1_41_1 + 1*sqr(post_1_41_1) =e= 0;
relu_1_41_2_above_pre.. - 1*pre_1_41_2 + 1*post_1_41_2 =g= 0;
relu_1_41_2_complementary.. - 1*pre_1_41_2*post_1_41_2 + 1*sqr(post_1_41_2) =e= 0;
relu_1_41_3_above_pre.. - 1*pre_1_41_3 + 1*post_1_41_3 =g= 0;
relu_1_41_3_complementary.. - 1*pre_1_41_3*post_1_41_3 + 1*sqr(post_1_41_3) =e= 0;
relu_1_41_4_above_pre.. - 1*pre_1_41_4 + 1*post_1_41_4 =g= 0;
relu_1_41_4_complementary.. - 1*pre_1_41_4*post_1_41_4 + 1*sqr(post_1_41_4) =e= 0;
relu_1_41_5_above_pre.. - 1*pre_1_41_5 + 1*post_1_41_5 =g= 0;
relu_1_41_5_complementary.. - 1*pre_1_41_5*post_1_41_5 + 1*sqr(post_1_41_5) =e= 0;
relu_1_41_6_above_pre.. - 1*pre_1_41_6 + 1*post_1_41_6 =g= 0;
relu_1_41_6_complementary.. - 1*pre_1_41_6*post_1_41_6 + 1*sqr(post_1_41_6) =e= 0;
relu_1_41_7_above_pre.. - 1*pre_1_41_7 + 1*post_1_41_7 =g= 0;
relu_1_41_7_complementary.. - 1*pre_1_41_7*post_1_41_7 + 1*sqr(post_1_41_7) =e= 0;
relu_1_42_0_above_pre.. - 1*pre_1_42_0 + 1*post_1_42_0 =g= 0;
relu_1_42_0_complementary.. - 1*pre_1_42_0*post_1_42_0 + 1*sqr(post_1_42_0) =e= 0;
relu_1_42_1_above_pre.. - 1*pre_1_42_1 + 1*post_1_42_1 =g= 0;
relu_1_42_1_complementary.. - 1*pre_1_42_1*post_1_42_1 + 1*sqr(post_1_42_1) =e= 0;
relu_1_42_2_above_pre.. - 1*pre_1_42_2 + 1*post_1_42_2 =g= 0;
relu_1_42_2_complementary.. - 1*pre_1_42_2*post_1_42_2 + 1*sqr(post_1_42_2) =e= 0;
relu_1_42_3_above_pre.. - 1*pre_1_42_3 + 1*post_1_42_3 =g= 0;
relu_1_42_3_complementary.. - 1*pre_1_42_3*post_1_42_3 + 1*sqr(post_1_42_3) =e= 0;
relu_1_42_4_above_pre.. - 1*pre_1_42_4 + 1*post_1_42_4 =g= 0;
relu_1_42_4_complementary.. - 1*pre_1_42_4*post_1_42_4 + 1*sqr(post_1_42_4) =e= 0;
relu_1_42_5_above_pre.. - 1*pre_1_42_5 + 1*post_1_42_5 =g= 0;
relu_1_42_5_complementary.. - 1*pre_1_42_5*post_1_42_5 + 1*sqr(post_1_42_5) =e= 0;
relu_1_42_6_above_pre.. - 1*pre_1_42_6 + 1*post_1_42_6 =g= 0;
relu_1_42_6_complementary.. - 1*pre_1_42_6*post_1_42_6 + 1*sqr(post_1_42_6) =e= 0;
relu_1_42_7_above_pre.. - 1*pre_1_42_7 + 1*post_1_42_7 =g= 0;
relu_1_42_7_complementary.. - 1*pre_1_42_7*post_1_42_7 + 1*sqr(post_1_42_7) =e= 0;
relu_1_43_0_above_pre.. - 1*pre_1_43_0 + 1*post_1_43_0 =g= 0;
relu_1_43_0_complementary.. - 1*pre_1_43_0*post_1_43_0 + 1*sqr(post_1_43_0) =e= 0;
relu_1_43_1_above_pre.. - 1*pre_1_43_1 + 1*post_1_43_1 =g= 0;
relu_1_43_1_complementary.. - 1*pre_1_43_1*post_1_43_1 + 1*sqr(post_1_43_1) =e= 0;
relu_1_43_2_above_pre.. - 1*pre_1_43_2 + 1*post_1_43_2 =g= 0;
relu_1_43_2_complementary.. - 1*pre_1_43_2*post_1_43_2 + 1*sqr(post_1_43_2) =e= 0;
relu_1_43_3_above_pre.. - 1*pre_1_43_3 + 1*post_1_43_3 =g= 0;
relu_1_43_3_complementary.. - 1*pre_1_43_3*post_1_43_3 + 1*sqr(post_1_43_3) =e= 0;
relu_1_43_4_above_pre.. - 1*pre_1_43_4 + 1*post_1_43_4 =g= 0;
relu_1_43_4_complementary.. - 1*pre_1_43_4*post_1_43_4 + 1*sqr(post_1_43_4) =e= 0;
relu_1_43_5_above_pre.. - 1*pre_1_43_5 + 1*post_1_43_5 =g= 0;
relu_1_43_5_complementary.. - 1*pre_1_43_5*post_1_43_5 + 1*sqr(post_1_43_5) =e= 0;
relu_1_43_6_above_pre.. - 1*pre_1_43_6 + 1*post_1_43_6 =g= 0;
relu_1_43_6_complementary.. - 1*pre_1_43_6*post_1_43_6 + 1*sqr(post_1_43_6) =e= 0;
relu_1_43_7_above_pre.. - 1*pre_1_43_7 + 1*post_1_43_7 =g= 0;
relu_1_43_7_complementary.. - 1*pre_1_43_7*post_1_43_7 + 1*sqr(post_1_43_7) =e= 0;
relu_1_44_0_above_pre.. - 1*pre_1_44_0 + 1*post_1_44_0 =g= 0;
relu_1_44_0_complementary.. - 1*pre_1_44_0*post_1_44_0 + 1*sqr(post_1_44_0) =e= 0;
relu_1_44_1_above_pre.. - 1*pre_1_44_1 + 1*post_1_44_1 =g= 0;
relu_1_44_1_complementary.. - 1*pre_1_44_1*post_1_44_1 + 1*sqr(post_1_44_1) =e= 0;
relu_1_44_2_above_pre.. - 1*pre_1_44_2 + 1*post_1_44_2 =g= 0;
relu_1_44_2_complementary.. - 1*pre_1_44_2*post_1_44_2 + 1*sqr(post_1_44_2) =e= 0;
relu_1_44_3_above_pre.. - 1*pre_1_44_3 + 1*post_1_44_3 =g= 0;
relu_1_44_3_complementary.. - 1*pre_1_44_3*post_1_44_3 + 1*sqr(post_1_44_3) =e= 0;
relu_1_44_4_above_pre.. - 1*pre_1_44_4 + 1*post_1_44_4 =g= 0;
relu_1_44_4_complementary.. - 1*pre_1_44_4*post_1_44_4 + 1*sqr(post_1_44_4) =e= 0;
relu_1_44_5_above_pre.. - 1*pre_1_44_5 + 1*post_1_44_5 =g= 0;
relu_1_44_5_complementary.. - 1*pre_1_44_5*post_1_44_5 + 1*sqr(post_1_44_5) =e= 0;
relu_1_44_6_above_pre.. - 1*pre_1_44_6 + 1*post_1_44_6 =g= 0;
relu_1_44_6_complementary.. - 1*pre_1_44_6*post_1_44_6 + 1*sqr(post_1_44_6) =e= 0;
relu_1_44_7_above_pre.. - 1*pre_1_44_7 + 1*post_1_44_7 =g= 0;
relu_1_44_7_complementary.. - 1*pre_1_44_7*post_1_44_7 + 1*sqr(post_1_44_7) =e= 0;
relu_1_45_0_above_pre.. - 1*pre_1_45_0 + 1*post_1_45_0 =g= 0;
relu_1_45_0_complementary.. - 1*pre_1_45_0*post_1_45_0 + 1*sqr(post_1_45_0) =e= 0;
relu_1_45_1_above_pre.. - 1*pre_1_45_1 + 1*post_1_45_1 =g= 0;
relu_1_45_1_complementary.. - 1*pre_1_45_1*post_1_45_1 + 1*sqr(post_1_45_1) =e= 0;
relu_1_45_2_above_pre.. - 1*pre_1_45_2 + 1*post_1_45_2 =g= 0;
relu_1_45_2_complementary.. - 1*pre_1_45_2*post_1_45_2 + 1*sqr(post_1_45_2) =e= 0;
relu_1_45_3_above_pre.. - 1*pre_1_45_3 + 1*post_1_45_3 =g= 0;
relu_1_45_3_complementary.. - 1*pre_1_45_3*post_1_45_3 + 1*sqr(post_1_45_3) =e= 0;
relu_1_45_4_above_pre.. - 1*pre_1_45_4 + 1*post_1_45_4 =g= 0;
relu_1_45_4_complementary.. - 1*pre_1_45_4*post_1_45_4 + 1*sqr(post_1_45_4) =e= 0;
relu_1_45_5_above_pre.. - 1*pre_1_45_5 + 1*post_1_45_5 =g= 0;
relu_1_45_5_complementary.. - 1*pre_1_45_5*post_1_45_5 + 1*sqr(post_1_45_5) =e= 0;
relu_1_45_6_above_pre.. - 1*pre_1_45_6 + 1*post_1_45_6 =g= 0;
relu_1_45_6_complementary.. - 1*pre_1_45_6*post_1_45_6 + 1*sqr(post_1_45_6) =e= 0;
relu_1_45_7_above_pre.. - 1*pre_1_45_7 + 1*post_1_45_7 =g= 0;
relu_1_45_7_complementary.. - 1*pre_1_45_7*post_1_45_7 + 1*sqr(post_1_45_7) =e= 0;
relu_1_46_0_above_pre.. - 1*pre_1_46_0 + 1*post_1_46_0 =g= 0;
relu_1_46_0_complementary.. - 1*pre_1_46_0*post_1_46_0 + 1*sqr(post_1_46_0) =e= 0;
relu_1_46_1_above_pre.. - 1*pre_1_46_1 + 1*post_1_46_1 =g= 0;
relu_1_46_1_complementary.. - 1*pre_1_46_1*post_1_46_1 + 1*sqr(post_1_46_1) =e= 0;
relu_1_46_2_above_pre.. - 1*pre_1_46_2 + 1*post_1_46_2 =g= 0;
relu_1_46_2_complementary.. - 1*pre_1_46_2*post_1_46_2 + 1*sqr(post_1_46_2) =e= 0;
relu_1_46_3_above_pre.. - 1*pre_1_46_3 + 1*post_1_46_3 =g= 0;
relu_1_46_3_complementary.. - 1*pre_1_46_3*post_1_46_3 + 1*sqr(post_1_46_3) =e= 0;
relu_1_46_4_above_pre.. - 1*pre_1_46_4 + 1*post_1_46_4 =g= 0;
relu_1_46_4_complementary.. - 1*pre_1_46_4*post_1_46_4 + 1*sqr(post_1_46_4) =e= 0;
relu_1_46_5_above_pre.. - 1*pre_1_46_5 + 1*post_1_46_5 =g= 0;
relu_1_46_5_complementary.. - 1*pre_1_46_5*post_1_46_5 + 1*sqr(post_1_46_5) =e= 0;
relu_1_46_6_above_pre.. - 1*pre_1_46_6 + 1*post_1_46_6 =g= 0;
relu_1_46_6_complementary.. - 1*pre_1_46_6*post_1_46_6 + 1*sqr(post_1_46_6) =e= 0;
relu_1_46_7_above_pre.. - 1*pre_1_46_7 + 1*post_1_46_7 =g= 0;
relu_1_46_7_complementary.. - 1*pre_1_46_7*post_1_46_7 + 1*sqr(post_1_46_7) =e= 0;
relu_1_47_0_above_pre.. - 1*pre_1_47_0 + 1*post_1_47_0 =g= 0;
relu_1_47_0_complementary.. - 1*pre_1_47_0*post_1_47_0 + 1*sqr(post_1_47_0) =e= 0;
relu_1_47_1_above_pre.. - 1*pre_1_47_1 + 1*post_1_47_1 =g= 0;
relu_1_47_1_complementary.. - 1*pre_1_47_1*post_1_47_1 + 1*sqr(post_1_47_1) =e= 0;
relu_1_47_2_above_pre.. - 1*pre_1_47_2 + 1*post_1_47_2 =g= 0;
relu_1_47_2_complementary.. - 1*pre_1_47_2*post_1_47_2 + 1*sqr(post_1_47_2) =e= 0;
relu_1_47_3_above_pre.. - 1*pre_1_47_3 + 1*post_1_47_3 =g= 0;
relu_1_47_3_complementary.. - 1*pre_1_47_3*post_1_47_3 + 1*sqr(post_1_47_3) =e= 0;
relu_1_47_4_above_pre.. - 1*pre_1_47_4 + 1*post_1_47_4 =g= 0;
relu_1_47_4_complementary.. - 1*pre_1_47_4*post_1_47_4 + 1*sqr(post_1_47_4) =e= 0;
relu_1_47_5_above_pre.. - 1*pre_1_47_5 + 1*post_1_47_5 =g= 0;
relu_1_47_5_complementary.. - 1*pre_1_47_5*post_1_47_5 + 1*sqr(post_1_47_5) =e= 0;
relu_1_47_6_above_pre.. - 1*pre_1_47_6 + 1*post_1_47_6 =g= 0;
relu_1_47_6_complementary.. - 1*pre_1_47_6*post_1_47_6 + 1*sqr(post_1_47_6) =e= 0;
relu_1_47_7_above_pre.. - 1*pre_1_47_7 + 1*post_1_47_7 =g= 0;
relu_1_47_7_complementary.. - 1*pre_1_47_7*post_1_47_7 + 1*sqr(post_1_47_7) =e= 0;
relu_1_48_0_above_pre.. - 1*pre_1_48_0 + 1*post_1_48_0 =g= 0;
relu_1_48_0_complementary.. - 1*pre_1_48_0*post_1_48_0 + 1*sqr(post_1_48_0) =e= 0;
relu_1_48_1_above_pre.. - 1*pre_1_48_1 + 1*post_1_48_1 =g= 0;
relu_1_48_1_complementary.. - 1*pre_1_48_1*post_1_48_1 + 1*sqr(post_1_48_1) =e= 0;
relu_1_48_2_above_pre.. - 1*pre_1_48_2 + 1*post_1_48_2 =g= 0;
relu_1_48_2_complementary.. - 1*pre_1_48_2*post_1_48_2 + 1*sqr(post_1_48_2) =e= 0;
relu_1_48_3_above_pre.. - 1*pre_1_48_3 + 1*post_1_48_3 =g= 0;
relu_1_48_3_complementary.. - 1*pre_1_48_3*post_1_48_3 + 1*sqr(post_1_48_3) =e= 0;
relu_1_48_4_above_pre.. - 1*pre_1_48_4 + 1*post_1_48_4 =g= 0;
relu_1_48_4_complementary.. - 1*pre_1_48_4*post_1_48_4 + 1*sqr(post_1_48_4) =e= 0;
relu_1_48_5_above_pre.. - 1*pre_1_48_5 + 1*post_1_48_5 =g= 0;
relu_1_48_5_complementary.. - 1*pre_1_48_5*post_1_48_5 + 1*sqr(post_1_48_5) =e= 0;
relu_1_48_6_above_pre.. - 1*pre_1_48_6 + 1*post_1_48_6 =g= 0;
relu_1_48_6_complementary.. - 1*pre_1_48_6*post_1_48_6 + 1*sqr(post_1_48_6) =e= 0;
relu_1_48_7_above_pre.. - 1*pre_1_48_7 + 1*post_1_48_7 =g= 0;
relu_1_48_7_complementary.. - 1*pre_1_48_7*post_1_48_7 + 1*sqr(post_1_48_7) =e= 0;
relu_1_49_0_above_pre.. - 1*pre_1_49_0 + 1*post_1_49_0 =g= 0;
relu_1_49_0_complementary.. - 1*pre_1_49_0*post_1_49_0 + 1*sqr(post_1_49_0) =e= 0;
relu_1_49_1_above_pre.. - 1*pre_1_49_1 + 1*post_1_49_1 =g= 0;
relu_1_49_1_complementary.. - 1*pre_1_49_1*post_1_49_1 + 1*sqr(post_1_49_1) =e= 0;
relu_1_49_2_above_pre.. - 1*pre_1_49_2 + 1*post_1_49_2 =g= 0;
relu_1_49_2_complementary.. - 1*pre_1_49_2*post_1_49_2 + 1*sqr(post_1_49_2) =e= 0;
relu_1_49_3_above_pre.. - 1*pre_1_49_3 + 1*post_1_49_3 =g= 0;
relu_1_49_3_complementary.. - 1*pre_1_49_3*post_1_49_3 + 1*sqr(post_1_49_3) =e= 0;
relu_1_49_4_above_pre.. - 1*pre_1_49_4 + 1*post_1_49_4 =g= 0;
relu_1_49_4_complementary.. - 1*pre_1_49_4*post_1_49_4 + 1*sqr(post_1_49_4) =e= 0;
relu_1_49_5_above_pre.. - 1*pre_1_49_5 + 1*post_1_49_5 =g= 0;
relu_1_49_5_complementary.. - 1*pre_1_49_5*post_1_49_5 + 1*sqr(post_1_49_5) =e= 0;
relu_1_49_6_above_pre.. - 1*pre_1_49_6 + 1*post_1_49_6 =g= 0;
relu_1_49_6_complementary.. - 1*pre_1_49_6*post_1_49_6 + 1*sqr(post_1_49_6) =e= 0;
relu_1_49_7_above_pre.. - 1*pre_1_49_7 + 1*post_1_49_7 =g= 0;
relu_1_49_7_complementary.. - 1*pre_1_49_7*post_1_49_7 + 1*sqr(post_1_49_7) =e= 0;
relu_1_50_0_above_pre.. - 1*pre_1_50_0 + 1*post_1_50_0 =g= 0;
relu_1_50_0_complementary.. - 1*pre_1_50_0*post_1_50_0 + 1*sqr(post_1_50_0) =e= 0;
relu_1_50_1_above_pre.. - 1*pre_1_50_1 + 1*post_1_50_1 =g= 0;
relu_1_50_1_complementary.. - 1*pre_1_50_1*post_1_50_1 + 1*sqr(post_1_50_1) =e= 0;
relu_1_50_2_above_pre.. - 1*pre_1_50_2 + 1*post_1_50_2 =g= 0;
relu_1_50_2_complementary.. - 1*pre_1_50_2*post_1_50_2 + 1*sqr(post_1_50_2) =e= 0;
relu_1_50_3_above_pre.. - 1*pre_1_50_3 + 1*post_1_50_3 =g= 0;
relu_1_50_3_complementary.. - 1*pre_1_50_3*post_1_50_3 + 1*sqr(post_1_50_3) =e= 0;
relu_1_50_4_above_pre.. - 1*pre_1_50_4 + 1*post_1_50_4 =g= 0;
relu_1_50_4_complementary.. - 1*pre_1_50_4*post_1_50_4 + 1*sqr(post_1_50_4) =e= 0;
relu_1_50_5_above_pre.. - 1*pre_1_50_5 + 1*post_1_50_5 =g= 0;
relu_1_50_5_complementary.. - 1*pre_1_50_5*post_1_50_5 + 1*sqr(post_1_50_5) =e= 0;
relu_1_50_6_above_pre.. - 1*pre_1_50_6 + 1*post_1_50_6 =g= 0;
relu_1_50_6_complementary.. - 1*pre_1_50_6*post_1_50_6 + 1*sqr(post_1_50_6) =e= 0;
relu_1_50_7_above_pre.. - 1*pre_1_50_7 + 1*post_1_50_7 =g= 0;
relu_1_50_7_complementary.. - 1*pre_1_50_7*post_1_50_7 + 1*sqr(post_1_50_7) =e= 0;
relu_1_51_0_above_pre.. - 1*pre_1_51_0 + 1*post_1_51_0 =g= 0;
relu_1_51_0_complementary.. - 1*pre_1_51_0*post_1_51_0 + 1*sqr(post_1_51_0) =e= 0;
relu_1_51_1_above_pre.. - 1*pre_1_51_1 + 1*post_1_51_1 =g= 0;
relu_1_51_1_complementary.. - 1*pre_1_51_1*post_1_51_1 + 1*sqr(post_1_51_1) =e= 0;
relu_1_51_2_above_pre.. - 1*pre_1_51_2 + 1*post_1_51_2 =g= 0;
relu_1_51_2_complementary.. - 1*pre_1_51_2*post_1_51_2 + 1*sqr(post_1_51_2) =e= 0;
relu_1_51_3_above_pre.. - 1*pre_1_51_3 + 1*post_1_51_3 =g= 0;
relu_1_51_3_complementary.. - 1*pre_1_51_3*post_1_51_3 + 1*sqr(post_1_51_3) =e= 0;
relu_1_51_4_above_pre.. - 1*pre_1_51_4 + 1*post_1_51_4 =g= 0;
relu_1_51_4_complementary.. - 1*pre_1_51_4*post_1_51_4 + 1*sqr(post_1_51_4) =e= 0;
relu_1_51_5_above_pre.. - 1*pre_1_51_5 + 1*post_1_51_5 =g= 0;
relu_1_51_5_complementary.. - 1*pre_1_51_5*post_1_51_5 + 1*sqr(post_1_51_5) =e= 0;
relu_1_51_6_above_pre.. - 1*pre_1_51_6 + 1*post_1_51_6 =g= 0;
relu_1_51_6_complementary.. - 1*pre_1_51_6*post_1_51_6 + 1*sqr(post_1_51_6) =e= 0;
relu_1_51_7_above_pre.. - 1*pre_1_51_7 + 1*post_1_51_7 =g= 0;
relu_1_51_7_complementary.. - 1*pre_1_51_7*post_1_51_7 + 1*sqr(post_1_51_7) =e= 0;
relu_1_52_0_above_pre.. - 1*pre_1_52_0 + 1*post_1_52_0 =g= 0;
relu_1_52_0_complementary.. - 1*pre_1_52_0*post_1_52_0 + 1*sqr(post_1_52_0) =e= 0;
relu_1_52_1_above_pre.. - 1*pre_1_52_1 + 1*post_1_52_1 =g= 0;
relu_1_52_1_complementary.. - 1*pre_1_52_1*post_1_52_1 + 1*sqr(post_1_52_1) =e= 0;
relu_1_52_2_above_pre.. - 1*pre_1_52_2 + 1*post_1_52_2 =g= 0;
relu_1_52_2_complementary.. - 1*pre_1_52_2*post_1_52_2 + 1*sqr(post_1_52_2) =e= 0;
relu_1_52_3_above_pre.. - 1*pre_1_52_3 + 1*post_1_52_3 =g= 0;
relu_1_52_3_complementary.. - 1*pre_1_52_3*post_1_52_3 + 1*sqr(post_1_52_3) =e= 0;
relu_1_52_4_above_pre.. - 1*pre_1_52_4 + 1*post_1_52_4 =g= 0;
relu_1_52_4_complementary.. - 1*pre_1_52_4*post_1_52_4 + 1*sqr(post_1_52_4) =e= 0;
relu_1_52_5_above_pre.. - 1*pre_1_52_5 + 1*post_1_52_5 =g= 0;
relu_1_52_5_complementary.. - 1*pre_1_52_5*post_1_52_5 + 1*sqr(post_1_52_5) =e= 0;
relu_1_52_6_above_pre.. - 1*pre_1_52_6 + 1*post_1_52_6 =g= 0;
relu_1_52_6_complementary.. - 1*pre_1_52_6*post_1_52_6 + 1*sqr(post_1_52_6) =e= 0;
relu_1_52_7_above_pre.. - 1*pre_1_52_7 + 1*post_1_52_7 =g= 0;
relu_1_52_7_complementary.. - 1*pre_1_52_7*post_1_52_7 + 1*sqr(post_1_52_7) =e= 0;
relu_1_53_0_above_pre.. - 1*pre_1_53_0 + 1*post_1_53_0 =g= 0;
relu_1_53_0_complementary.. - 1*pre_1_53_0*post_1_53_0 + 1*sqr(post_1_53_0) =e= 0;
relu_1_53_1_above_pre.. - 1*pre_1_53_1 + 1*post_1_53_1 =g= 0;
relu_1_53_1_complementary.. - 1*pre_1_53_1*post_1_53_1 + 1*sqr(post_1_53_1) =e= 0;
relu_1_53_2_above_pre.. - 1*pre_1_53_2 + 1*post_1_53_2 =g= 0;
relu_1_53_2_complementary.. - 1*pre_1_53_2*post_1_53_2 + 1*sqr(post_1_53_2) =e= 0;
relu_1_53_3_above_pre.. - 1*pre_1_53_3 + 1*post_1_53_3 =g= 0;
relu_1_53_3_complementary.. - 1*pre_1_53_3*post_1_53_3 + 1*sqr(post_1_53_3) =e= 0;
relu_1_53_4_above_pre.. - 1*pre_1_53_4 + 1*post_1_53_4 =g= 0;
relu_1_53_4_complementary.. - 1*pre_1_53_4*post_1_53_4 + 1*sqr(post_1_53_4) =e= 0;
relu_1_53_5_above_pre.. - 1*pre_1_53_5 + 1*post_1_53_5 =g= 0;
relu_1_53_5_complementary.. - 1*pre_1_53_5*post_1_53_5 + 1*sqr(post_1_53_5) =e= 0;
relu_1_53_6_above_pre.. - 1*pre_1_53_6 + 1*post_1_53_6 =g= 0;
relu_1_53_6_complementary.. - 1*pre_1_53_6*post_1_53_6 + 1*sqr(post_1_53_6) =e= 0;
relu_1_53_7_above_pre.. - 1*pre_1_53_7 + 1*post_1_53_7 =g= 0;
relu_1_53_7_complementary.. - 1*pre_1_53_7*post_1_53_7 + 1*sqr(post_1_53_7) =e= 0;
relu_1_54_0_above_pre.. - 1*pre_1_54_0 + 1*post_1_54_0 =g= 0;
relu_1_54_0_complementary.. - 1*pre_1_54_0*post_1_54_0 + 1*sqr(post_1_54_0) =e= 0;
relu_1_54_1_above_pre.. - 1*pre_1_54_1 + 1*post_1_54_1 =g= 0;
relu_1_54_1_complementary.. - 1*pre_1_54_1*post_1_54_1 + 1*sqr(post_1_54_1) =e= 0;
relu_1_54_2_above_pre.. - 1*pre_1_54_2 + 1*post_1_54_2 =g= 0;
relu_1_54_2_complementary.. - 1*pre_1_54_2*post_1_54_2 + 1*sqr(post_1_54_2) =e= 0;
relu_1_54_3_above_pre.. - 1*pre_1_54_3 + 1*post_1_54_3 =g= 0;
relu_1_54_3_complementary.. - 1*pre_1_54_3*post_1_54_3 + 1*sqr(post_1_54_3) =e= 0;
relu_1_54_4_above_pre.. - 1*pre_1_54_4 + 1*post_1_54_4 =g= 0;
relu_1_54_4_complementary.. - 1*pre_1_54_4*post_1_54_4 + 1*sqr(post_1_54_4) =e= 0;
relu_1_54_5_above_pre.. - 1*pre_1_54_5 + 1*post_1_54_5 =g= 0;
relu_1_54_5_complementary.. - 1*pre_1_54_5*post_1_54_5 + 1*sqr(post_1_54_5) =e= 0;
relu_1_54_6_above_pre.. - 1*pre_1_54_6 + 1*post_1_54_6 =g= 0;
relu_1_54_6_complementary.. - 1*pre_1_54_6*post_1_54_6 + 1*sqr(post_1_54_6) =e= 0;
relu_1_54_7_above_pre.. - 1*pre_1_54_7 + 1*post_1_54_7 =g= 0;
relu_1_54_7_complementary.. - 1*pre_1_54_7*post_1_54_7 + 1*sqr(post_1_54_7) =e= 0;
relu_1_55_0_above_pre.. - 1*pre_1_55_0 + 1*post_1_55_0 =g= 0;
relu_1_55_0_complementary.. - 1*pre_1_55_0*post_1_55_0 + 1*sqr(post_1_55_0) =e= 0;
relu_1_55_1_above_pre.. - 1*pre_1_55_1 + 1*post_1_55_1 =g= 0;
relu_1_55_1_complementary.. - 1*pre_1_55_1*post_1_55_1 + 1*sqr(post_1_55_1) =e= 0;
relu_1_55_2_above_pre.. - 1*pre_1_55_2 + 1*post_1_55_2 =g= 0;
relu_1_55_2_complementary.. - 1*pre_1_55_2*post_1_55_2 + 1*sqr(post_1_55_2) =e= 0;
relu_1_55_3_above_pre.. - 1*pre_1_55_3 + 1*post_1_55_3 =g= 0;
relu_1_55_3_complementary.. - 1*pre_1_55_3*post_1_55_3 + 1*sqr(post_1_55_3) =e= 0;
relu_1_55_4_above_pre.. - 1*pre_1_55_4 + 1*post_1_55_4 =g= 0;
relu_1_55_4_complementary.. - 1*pre_1_55_4*post_1_55_4 + 1*sqr(post_1_55_4) =e= 0;
relu_1_55_5_above_pre.. - 1*pre_1_55_5 + 1*post_1_55_5 =g= 0;
relu_1_55_5_complementary.. - 1*pre_1_55_5*post_1_55_5 + 1*sqr(post_1_55_5) =e= 0;
relu_1_55_6_above_pre.. - 1*pre_1_55_6 + 1*post_1_55_6 =g= 0;
relu_1_55_6_complementary.. - 1*pre_1_55_6*post_1_55_6 + 1*sqr(post_1_55_6) =e= 0;
relu_1_55_7_above_pre.. - 1*pre_1_55_7 + 1*post_1_55_7 =g= 0;
relu_1_55_7_complementary.. - 1*pre_1_55_7*post_1_55_7 + 1*sqr(post_1_55_7) =e= 0;
relu_1_56_0_above_pre.. - 1*pre_1_56_0 + 1*post_1_56_0 =g= 0;
relu_1_56_0_complementary.. - 1*pre_1_56_0*post_1_56_0 + 1*sqr(post_1_56_0) =e= 0;
relu_1_56_1_above_pre.. - 1*pre_1_56_1 + 1*post_1_56_1 =g= 0;
relu_1_56_1_complementary.. - 1*pre_1_56_1*post_1_56_1 + 1*sqr(post_1_56_1) =e= 0;
relu_1_56_2_above_pre.. - 1*pre_1_56_2 + 1*post_1_56_2 =g= 0;
relu_1_56_2_complementary.. - 1*pre_1_56_2*post_1_56_2 + 1*sqr(post_1_56_2) =e= 0;
relu_1_56_3_above_pre.. - 1*pre_1_56_3 + 1*post_1_56_3 =g= 0;
relu_1_56_3_complementary.. - 1*pre_1_56_3*post_1_56_3 + 1*sqr(post_1_56_3) =e= 0;
relu_1_56_4_above_pre.. - 1*pre_1_56_4 + 1*post_1_56_4 =g= 0;
relu_1_56_4_complementary.. - 1*pre_1_56_4*post_1_56_4 + 1*sqr(post_1_56_4) =e= 0;
relu_1_56_5_above_pre.. - 1*pre_1_56_5 + 1*post_1_56_5 =g= 0;
relu_1_56_5_complementary.. - 1*pre_1_56_5*post_1_56_5 + 1*sqr(post_1_56_5) =e= 0;
relu_1_56_6_above_pre.. - 1*pre_1_56_6 + 1*post_1_56_6 =g= 0;
relu_1_56_6_complementary.. - 1*pre_1_56_6*post_1_56_6 + 1*sqr(post_1_56_6) =e= 0;
relu_1_56_7_above_pre.. - 1*pre_1_56_7 + 1*post_1_56_7 =g= 0;
relu_1_56_7_complementary.. - 1*pre_1_56_7*post_1_56_7 + 1*sqr(post_1_56_7) =e= 0;
relu_1_57_0_above_pre.. - 1*pre_1_57_0 + 1*post_1_57_0 =g= 0;
relu_1_57_0_complementary.. - 1*pre_1_57_0*post_1_57_0 + 1*sqr(post_1_57_0) =e= 0;
relu_1_57_1_above_pre.. - 1*pre_1_57_1 + 1*post_1_57_1 =g= 0;
relu_1_57_1_complementary.. - 1*pre_1_57_1*post_1_57_1 + 1*sqr(post_1_57_1) =e= 0;
relu_1_57_2_above_pre.. - 1*pre_1_57_2 + 1*post_1_57_2 =g= 0;
relu_1_57_2_complementary.. - 1*pre_1_57_2*post_1_57_2 + 1*sqr(post_1_57_2) =e= 0;
relu_1_57_3_above_pre.. - 1*pre_1_57_3 + 1*post_1_57_3 =g= 0;
relu_1_57_3_complementary.. - 1*pre_1_57_3*post_1_57_3 + 1*sqr(post_1_57_3) =e= 0;
relu_1_57_4_above_pre.. - 1*pre_1_57_4 + 1*post_1_57_4 =g= 0;
relu_1_57_4_complementary.. - 1*pre_1_57_4*post_1_57_4 + 1*sqr(post_1_57_4) =e= 0;
relu_1_57_5_above_pre.. - 1*pre_1_57_5 + 1*post_1_57_5 =g= 0;
relu_1_57_5_complementary.. - 1*pre_1_57_5*post_1_57_5 + 1*sqr(post_1_57_5) =e= 0;
relu_1_57_6_above_pre.. - 1*pre_1_57_6 + 1*post_1_57_6 =g= 0;
relu_1_57_6_complementary.. - 1*pre_1_57_6*post_1_57_6 + 1*sqr(post_1_57_6) =e= 0;
relu_1_57_7_above_pre.. - 1*pre_1_57_7 + 1*post_1_57_7 =g= 0;
relu_1_57_7_complementary.. - 1*pre_1_57_7*post_1_57_7 + 1*sqr(post_1_57_7) =e= 0;
relu_1_58_0_above_pre.. - 1*pre_1_58_0 + 1*post_1_58_0 =g= 0;
relu_1_58_0_complementary.. - 1*pre_1_58_0*post_1_58_0 + 1*sqr(post_1_58_0) =e= 0;
relu_1_58_1_above_pre.. - 1*pre_1_58_1 + 1*post_1_58_1 =g= 0;
relu_1_58_1_complementary.. - 1*pre_1_58_1*post_1_58_1 + 1*sqr(post_1_58_1) =e= 0;
relu_1_58_2_above_pre.. - 1*pre_1_58_2 + 1*post_1_58_2 =g= 0;
relu_1_58_2_complementary.. - 1*pre_1_58_2*post_1_58_2 + 1*sqr(post_1_58_2) =e= 0;
relu_1_58_3_above_pre.. - 1*pre_1_58_3 + 1*post_1_58_3 =g= 0;
relu_1_58_3_complementary.. - 1*pre_1_58_3*post_1_58_3 + 1*sqr(post_1_58_3) =e= 0;
relu_1_58_4_above_pre.. - 1*pre_1_58_4 + 1*post_1_58_4 =g= 0;
relu_1_58_4_complementary.. - 1*pre_1_58_4*post_1_58_4 + 1*sqr(post_1_58_4) =e= 0;
relu_1_58_5_above_pre.. - 1*pre_1_58_5 + 1*post_1_58_5 =g= 0;
relu_1_58_5_complementary.. - 1*pre_1_58_5*post_1_58_5 + 1*sqr(post_1_58_5) =e= 0;
relu_1_58_6_above_pre.. - 1*pre_1_58_6 + 1*post_1_58_6 =g= 0;
relu_1_58_6_complementary.. - 1*pre_1_58_6*post_1_58_6 + 1*sqr(post_1_58_6) =e= 0;
relu_1_58_7_above_pre.. - 1*pre_1_58_7 + 1*post_1_58_7 =g= 0;
relu_1_58_7_complementary.. - 1*pre_1_58_7*post_1_58_7 + 1*sqr(post_1_58_7) =e= 0;
relu_1_59_0_above_pre.. - 1*pre_1_59_0 + 1*post_1_59_0 =g= 0;
relu_1_59_0_complementary.. - 1*pre_1_59_0*post_1_59_0 + 1*sqr(post_1_59_0) =e= 0;
relu_1_59_1_above_pre.. - 1*pre_1_59_1 + 1*post_1_59_1 =g= 0;
relu_1_59_1_complementary.. - 1*pre_1_59_1*post_1_59_1 + 1*sqr(post_1_59_1) =e= 0;
relu_1_59_2_above_pre.. - 1*pre_1_59_2 + 1*post_1_59_2 =g= 0;
relu_1_59_2_complementary.. - 1*pre_1_59_2*post_1_59_2 + 1*sqr(post_1_59_2) =e= 0;
relu_1_59_3_above_pre.. - 1*pre_1_59_3 + 1*post_1_59_3 =g= 0;
relu_1_59_3_complementary.. - 1*pre_1_59_3*post_1_59_3 + 1*sqr(post_1_59_3) =e= 0;
relu_1_59_4_above_pre.. - 1*pre_1_59_4 + 1*post_1_59_4 =g= 0;
relu_1_59_4_complementary.. - 1*pre_1_59_4*post_1_59_4 + 1*sqr(post_1_59_4) =e= 0;
relu_1_59_5_above_pre.. - 1*pre_1_59_5 + 1*post_1_59_5 =g= 0;
relu_1_59_5_complementary.. - 1*pre_1_59_5*post_1_59_5 + 1*sqr(post_1_59_5) =e= 0;
relu_1_59_6_above_pre.. - 1*pre_1_59_6 + 1*post_1_59_6 =g= 0;
relu_1_59_6_complementary.. - 1*pre_1_59_6*post_1_59_6 + 1*sqr(post_1_59_6) =e= 0;
relu_1_59_7_above_pre.. - 1*pre_1_59_7 + 1*post_1_59_7 =g= 0;
relu_1_59_7_complementary.. - 1*pre_1_59_7*post_1_59_7 + 1*sqr(post_1_59_7) =e= 0;
relu_1_60_0_above_pre.. - 1*pre_1_60_0 + 1*post_1_60_0 =g= 0;
relu_1_60_0_complementary.. - 1*pre_1_60_0*post_1_60_0 + 1*sqr(post_1_60_0) =e= 0;
relu_1_60_1_above_pre.. - 1*pre_1_60_1 + 1*post_1_60_1 =g= 0;
relu_1_60_1_complementary.. - 1*pre_1_60_1*post_1_60_1 + 1*sqr(post_1_60_1) =e= 0;
relu_1_60_2_above_pre.. - 1*pre_1_60_2 + 1*post_1_60_2 =g= 0;
relu_1_60_2_complementary.. - 1*pre_1_60_2*post_1_60_2 + 1*sqr(post_1_60_2) =e= 0;
relu_1_60_3_above_pre.. - 1*pre_1_60_3 + 1*post_1_60_3 =g= 0;
relu_1_60_3_complementary.. - 1*pre_1_60_3*post_1_60_3 + 1*sqr(post_1_60_3) =e= 0;
relu_1_60_4_above_pre.. - 1*pre_1_60_4 + 1*post_1_60_4 =g= 0;
relu_1_60_4_complementary.. - 1*pre_1_60_4*post_1_60_4 + 1*sqr(post_1_60_4) =e= 0;
relu_1_60_5_above_pre.. - 1*pre_1_60_5 + 1*post_1_60_5 =g= 0;
relu_1_60_5_complementary.. - 1*pre_1_60_5*post_1_60_5 + 1*sqr(post_1_60_5) =e= 0;
relu_1_60_6_above_pre.. - 1*pre_1_60_6 + 1*post_1_60_6 =g= 0;
relu_1_60_6_complementary.. - 1*pre_1_60_6*post_1_60_6 + 1*sqr(post_1_60_6) =e= 0;
relu_1_60_7_above_pre.. - 1*pre_1_60_7 + 1*post_1_60_7 =g= 0;
relu_1_60_7_complementary.. - 1*pre_1_60_7*post_1_60_7 + 1*sqr(post_1_60_7) =e= 0;
relu_1_61_0_above_pre.. - 1*pre_1_61_0 + 1*post_1_61_0 =g= 0;
relu_1_61_0_complementary.. - 1*pre_1_61_0*post_1_61_0 + 1*sqr(post_1_61_0) =e= 0;
relu_1_61_1_above_pre.. - 1*pre_1_61_1 + 1*post_1_61_1 =g= 0;
relu_1_61_1_complementary.. - 1*pre_1_61_1*post_1_61_1 + 1*sqr(post_1_61_1) =e= 0;
relu_1_61_2_above_pre.. - 1*pre_1_61_2 + 1*post_1_61_2 =g= 0;
relu_1_61_2_complementary.. - 1*pre_1_61_2*post_1_61_2 + 1*sqr(post_1_61_2) =e= 0;
relu_1_61_3_above_pre.. - 1*pre_1_61_3 + 1*post_1_61_3 =g= 0;
relu_1_61_3_complementary.. - 1*pre_1_61_3*post_1_61_3 + 1*sqr(post_1_61_3) =e= 0;
relu_1_61_4_above_pre.. - 1*pre_1_61_4 + 1*post_1_61_4 =g= 0;
relu_1_61_4_complementary.. - 1*pre_1_61_4*post_1_61_4 + 1*sqr(post_1_61_4) =e= 0;
relu_1_61_5_above_pre.. - 1*pre_1_61_5 + 1*post_1_61_5 =g= 0;
relu_1_61_5_complementary.. - 1*pre_1_61_5*post_1_61_5 + 1*sqr(post_1_61_5) =e= 0;
relu_1_61_6_above_pre.. - 1*pre_1_61_6 + 1*post_1_61_6 =g= 0;
relu_1_61_6_complementary.. - 1*pre_1_61_6*post_1_61_6 + 1*sqr(post_1_61_6) =e= 0;
relu_1_61_7_above_pre.. - 1*pre_1_61_7 + 1*post_1_61_7 =g= 0;
relu_1_61_7_complementary.. - 1*pre_1_61_7*post_1_61_7 + 1*sqr(post_1_61_7) =e= 0;
relu_1_62_0_above_pre.. - 1*pre_1_62_0 + 1*post_1_62_0 =g= 0;
relu_1_62_0_complementary.. - 1*pre_1_62_0*post_1_62_0 + 1*sqr(post_1_62_0) =e= 0;
relu_1_62_1_above_pre.. - 1*pre_1_62_1 + 1*post_1_62_1 =g= 0;
relu_1_62_1_complementary.. - 1*pre_1_62_1*post_1_62_1 + 1*sqr(post_1_62_1) =e= 0;
relu_1_62_2_above_pre.. - 1*pre_1_62_2 + 1*post_1_62_2 =g= 0;
relu_1_62_2_complementary.. - 1*pre_1_62_2*post_1_62_2 + 1*sqr(post_1_62_2) =e= 0;
relu_1_62_3_above_pre.. - 1*pre_1_62_3 + 1*post_1_62_3 =g= 0;
relu_1_62_3_complementary.. - 1*pre_1_62_3*post_1_62_3 + 1*sqr(post_1_62_3) =e= 0;
relu_1_62_4_above_pre.. - 1*pre_1_62_4 + 1*post_1_62_4 =g= 0;
relu_1_62_4_complementary.. - 1*pre_1_62_4*post_1_62_4 + 1*sqr(post_1_62_4) =e= 0;
relu_1_62_5_above_pre.. - 1*pre_1_62_5 + 1*post_1_62_5 =g= 0;
relu_1_62_5_complementary.. - 1*pre_1_62_5*post_1_62_5 + 1*sqr(post_1_62_5) =e= 0;
relu_1_62_6_above_pre.. - 1*pre_1_62_6 + 1*post_1_62_6 =g= 0;
relu_1_62_6_complementary.. - 1*pre_1_62_6*post_1_62_6 + 1*sqr(post_1_62_6) =e= 0;
relu_1_62_7_above_pre.. - 1*pre_1_62_7 + 1*post_1_62_7 =g= 0;
relu_1_62_7_complementary.. - 1*pre_1_62_7*post_1_62_7 + 1*sqr(post_1_62_7) =e= 0;
relu_1_63_0_above_pre.. - 1*pre_1_63_0 + 1*post_1_63_0 =g= 0;
relu_1_63_0_complementary.. - 1*pre_1_63_0*post_1_63_0 + 1*sqr(post_1_63_0) =e= 0;
relu_1_63_1_above_pre.. - 1*pre_1_63_1 + 1*post_1_63_1 =g= 0;
relu_1_63_1_complementary.. - 1*pre_1_63_1*post_1_63_1 + 1*sqr(post_1_63_1) =e= 0;
relu_1_63_2_above_pre.. - 1*pre_1_63_2 + 1*post_1_63_2 =g= 0;
relu_1_63_2_complementary.. - 1*pre_1_63_2*post_1_63_2 + 1*sqr(post_1_63_2) =e= 0;
relu_1_63_3_above_pre.. - 1*pre_1_63_3 + 1*post_1_63_3 =g= 0;
relu_1_63_3_complementary.. - 1*pre_1_63_3*post_1_63_3 + 1*sqr(post_1_63_3) =e= 0;
relu_1_63_4_above_pre.. - 1*pre_1_63_4 + 1*post_1_63_4 =g= 0;
relu_1_63_4_complementary.. - 1*pre_1_63_4*post_1_63_4 + 1*sqr(post_1_63_4) =e= 0;
relu_1_63_5_above_pre.. - 1*pre_1_63_5 + 1*post_1_63_5 =g= 0;
relu_1_63_5_complementary.. - 1*pre_1_63_5*post_1_63_5 + 1*sqr(post_1_63_5) =e= 0;
relu_1_63_6_above_pre.. - 1*pre_1_63_6 + 1*post_1_63_6 =g= 0;
relu_1_63_6_complementary.. - 1*pre_1_63_6*post_1_63_6 + 1*sqr(post_1_63_6) =e= 0;
relu_1_63_7_above_pre.. - 1*pre_1_63_7 + 1*post_1_63_7 =g= 0;
relu_1_63_7_complementary.. - 1*pre_1_63_7*post_1_63_7 + 1*sqr(post_1_63_7) =e= 0;
relu_1_64_0_above_pre.. - 1*pre_1_64_0 + 1*post_1_64_0 =g= 0;
relu_1_64_0_complementary.. - 1*pre_1_64_0*post_1_64_0 + 1*sqr(post_1_64_0) =e= 0;
relu_1_64_1_above_pre.. - 1*pre_1_64_1 + 1*post_1_64_1 =g= 0;
relu_1_64_1_complementary.. - 1*pre_1_64_1*post_1_64_1 + 1*sqr(post_1_64_1) =e= 0;
relu_1_64_2_above_pre.. - 1*pre_1_64_2 + 1*post_1_64_2 =g= 0;
relu_1_64_2_complementary.. - 1*pre_1_64_2*post_1_64_2 + 1*sqr(post_1_64_2) =e= 0;
relu_1_64_3_above_pre.. - 1*pre_1_64_3 + 1*post_1_64_3 =g= 0;
relu_1_64_3_complementary.. - 1*pre_1_64_3*post_1_64_3 + 1*sqr(post_1_64_3) =e= 0;
relu_1_64_4_above_pre.. - 1*pre_1_64_4 + 1*post_1_64_4 =g= 0;
relu_1_64_4_complementary.. - 1*pre_1_64_4*post_1_64_4 + 1*sqr(post_1_64_4) =e= 0;
relu_1_64_5_above_pre.. - 1*pre_1_64_5 + 1*post_1_64_5 =g= 0;
relu_1_64_5_complementary.. - 1*pre_1_64_5*post_1_64_5 + 1*sqr(post_1_64_5) =e= 0;
relu_1_64_6_above_pre.. - 1*pre_1_64_6 + 1*post_1_64_6 =g= 0;
relu_1_64_6_complementary.. - 1*pre_1_64_6*post_1_64_6 + 1*sqr(post_1_64_6) =e= 0;
relu_1_64_7_above_pre.. - 1*pre_1_64_7 + 1*post_1_64_7 =g= 0;
relu_1_64_7_complementary.. - 1*pre_1_64_7*post_1_64_7 + 1*sqr(post_1_64_7) =e= 0;
relu_1_65_0_above_pre.. - 1*pre_1_65_0 + 1*post_1_65_0 =g= 0;
relu_1_65_0_complementary.. - 1*pre_1_65_0*post_1_65_0 + 1*sqr(post_1_65_0) =e= 0;
relu_1_65_1_above_pre.. - 1*pre_1_65_1 + 1*post_1_65_1 =g= 0;
relu_1_65_1_complementary.. - 1*pre_1_65_1*post_1_65_1 + 1*sqr(post_1_65_1) =e= 0;
relu_1_65_2_above_pre.. - 1*pre_1_65_2 + 1*post_1_65_2 =g= 0;
relu_1_65_2_complementary.. - 1*pre_1_65_2*post_1_65_2 + 1*sqr(post_1_65_2) =e= 0;
relu_1_65_3_above_pre.. - 1*pre_1_65_3 + 1*post_1_65_3 =g= 0;
relu_1_65_3_complementary.. - 1*pre_1_65_3*post_1_65_3 + 1*sqr(post_1_65_3) =e= 0;
relu_1_65_4_above_pre.. - 1*pre_1_65_4 + 1*post_1_65_4 =g= 0;
relu_1_65_4_complementary.. - 1*pre_1_65_4*post_1_65_4 + 1*sqr(post_1_65_4) =e= 0;
relu_1_65_5_above_pre.. - 1*pre_1_65_5 + 1*post_1_65_5 =g= 0;
relu_1_65_5_complementary.. - 1*pre_1_65_5*post_1_65_5 + 1*sqr(post_1_65_5) =e= 0;
relu_1_65_6_above_pre.. - 1*pre_1_65_6 + 1*post_1_65_6 =g= 0;
relu_1_65_6_complementary.. - 1*pre_1_65_6*post_1_65_6 + 1*sqr(post_1_65_6) =e= 0;
relu_1_65_7_above_pre.. - 1*pre_1_65_7 + 1*post_1_65_7 =g= 0;
relu_1_65_7_complementary.. - 1*pre_1_65_7*post_1_65_7 + 1*sqr(post_1_65_7) =e= 0;
relu_1_66_0_above_pre.. - 1*pre_1_66_0 + 1*post_1_66_0 =g= 0;
relu_1_66_0_complementary.. - 1*pre_1_66_0*post_1_66_0 + 1*sqr(post_1_66_0) =e= 0;
relu_1_66_1_above_pre.. - 1*pre_1_66_1 + 1*post_1_66_1 =g= 0;
relu_1_66_1_complementary.. - 1*pre_1_66_1*post_1_66_1 + 1*sqr(post_1_66_1) =e= 0;
relu_1_66_2_above_pre.. - 1*pre_1_66_2 + 1*post_1_66_2 =g= 0;
relu_1_66_2_complementary.. - 1*pre_1_66_2*post_1_66_2 + 1*sqr(post_1_66_2) =e= 0;
relu_1_66_3_above_pre.. - 1*pre_1_66_3 + 1*post_1_66_3 =g= 0;
relu_1_66_3_complementary.. - 1*pre_1_66_3*post_1_66_3 + 1*sqr(post_1_66_3) =e= 0;
relu_1_66_4_above_pre.. - 1*pre_1_66_4 + 1*post_1_66_4 =g= 0;
relu_1_66_4_complementary.. - 1*pre_1_66_4*post_1_66_4 + 1*sqr(post_1_66_4) =e= 0;
relu_1_66_5_above_pre.. - 1*pre_1_66_5 + 1*post_1_66_5 =g= 0;
relu_1_66_5_complementary.. - 1*pre_1_66_5*post_1_66_5 + 1*sqr(post_1_66_5) =e= 0;
relu_1_66_6_above_pre.. - 1*pre_1_66_6 + 1*post_1_66_6 =g= 0;
relu_1_66_6_complementary.. - 1*pre_1_66_6*post_1_66_6 + 1*sqr(post_1_66_6) =e= 0;
relu_1_66_7_above_pre.. - 1*pre_1_66_7 + 1*post_1_66_7 =g= 0;
relu_1_66_7_complementary.. - 1*pre_1_66_7*post_1_66_7 + 1*sqr(post_1_66_7) =e= 0;
relu_1_67_0_above_pre.. - 1*pre_1_67_0 + 1*post_1_67_0 =g= 0;
relu_1_67_0_complementary.. - 1*pre_1_67_0*post_1_67_0 + 1*sqr(post_1_67_0) =e= 0;
relu_1_67_1_above_pre.. - 1*pre_1_67_1 + 1*post_1_67_1 =g= 0;
relu_1_67_1_complementary.. - 1*pre_1_67_1*post_1_67_1 + 1*sqr(post_1_67_1) =e= 0;
relu_1_67_2_above_pre.. - 1*pre_1_67_2 + 1*post_1_67_2 =g= 0;
relu_1_67_2_complementary.. - 1*pre_1_67_2*post_1_67_2 + 1*sqr(post_1_67_2) =e= 0;
relu_1_67_3_above_pre.. - 1*pre_1_67_3 + 1*post_1_67_3 =g= 0;
relu_1_67_3_complementary.. - 1*pre_1_67_3*post_1_67_3 + 1*sqr(post_1_67_3) =e= 0;
relu_1_67_4_above_pre.. - 1*pre_1_67_4 + 1*post_1_67_4 =g= 0;
relu_1_67_4_complementary.. - 1*pre_1_67_4*post_1_67_4 + 1*sqr(post_1_67_4) =e= 0;
relu_1_67_5_above_pre.. - 1*pre_1_67_5 + 1*post_1_67_5 =g= 0;
relu_1_67_5_complementary.. - 1*pre_1_67_5*post_1_67_5 + 1*sqr(post_1_67_5) =e= 0;
relu_1_67_6_above_pre.. - 1*pre_1_67_6 + 1*post_1_67_6 =g= 0;
relu_1_67_6_complementary.. - 1*pre_1_67_6*post_1_67_6 + 1*sqr(post_1_67_6) =e= 0;
relu_1_67_7_above_pre.. - 1*pre_1_67_7 + 1*post_1_67_7 =g= 0;
relu_1_67_7_complementary.. - 1*pre_1_67_7*post_1_67_7 + 1*sqr(post_1_67_7) =e= 0;
relu_1_68_0_above_pre.. - 1*pre_1_68_0 + 1*post_1_68_0 =g= 0;
relu_1_68_0_complementary.. - 1*pre_1_68_0*post_1_68_0 + 1*sqr(post_1_68_0) =e= 0;
relu_1_68_1_above_pre.. - 1*pre_1_68_1 + 1*post_1_68_1 =g= 0;
relu_1_68_1_complementary.. - 1*pre_1_68_1*post_1_68_1 + 1*sqr(post_1_68_1) =e= 0;
relu_1_68_2_above_pre.. - 1*pre_1_68_2 + 1*post_1_68_2 =g= 0;
relu_1_68_2_complementary.. - 1*pre_1_68_2*post_1_68_2 + 1*sqr(post_1_68_2) =e= 0;
relu_1_68_3_above_pre.. - 1*pre_1_68_3 + 1*post_1_68_3 =g= 0;
relu_1_68_3_complementary.. - 1*pre_1_68_3*post_1_68_3 + 1*sqr(post_1_68_3) =e= 0;
relu_1_68_4_above_pre.. - 1*pre_1_68_4 + 1*post_1_68_4 =g= 0;
relu_1_68_4_complementary.. - 1*pre_1_68_4*post_1_68_4 + 1*sqr(post_1_68_4) =e= 0;
relu_1_68_5_above_pre.. - 1*pre_1_68_5 + 1*post_1_68_5 =g= 0;
relu_1_68_5_complementary.. - 1*pre_1_68_5*post_1_68_5 + 1*sqr(post_1_68_5) =e= 0;
relu_1_68_6_above_pre.. - 1*pre_1_68_6 + 1*post_1_68_6 =g= 0;
relu_1_68_6_complementary.. - 1*pre_1_68_6*post_1_68_6 + 1*sqr(post_1_68_6) =e= 0;
relu_1_68_7_above_pre.. - 1*pre_1_68_7 + 1*post_1_68_7 =g= 0;
relu_1_68_7_complementary.. - 1*pre_1_68_7*post_1_68_7 + 1*sqr(post_1_68_7) =e= 0;
relu_1_69_0_above_pre.. - 1*pre_1_69_0 + 1*post_1_69_0 =g= 0;
relu_1_69_0_complementary.. - 1*pre_1_69_0*post_1_69_0 + 1*sqr(post_1_69_0) =e= 0;
relu_1_69_1_above_pre.. - 1*pre_1_69_1 + 1*post_1_69_1 =g= 0;
relu_1_69_1_complementary.. - 1*pre_1_69_1*post_1_69_1 + 1*sqr(post_1_69_1) =e= 0;
relu_1_69_2_above_pre.. - 1*pre_1_69_2 + 1*post_1_69_2 =g= 0;
relu_1_69_2_complementary.. - 1*pre_1_69_2*post_1_69_2 + 1*sqr(post_1_69_2) =e= 0;
relu_1_69_3_above_pre.. - 1*pre_1_69_3 + 1*post_1_69_3 =g= 0;
relu_1_69_3_complementary.. - 1*pre_1_69_3*post_1_69_3 + 1*sqr(post_1_69_3) =e= 0;
relu_1_69_4_above_pre.. - 1*pre_1_69_4 + 1*post_1_69_4 =g= 0;
relu_1_69_4_complementary.. - 1*pre_1_69_4*post_1_69_4 + 1*sqr(post_1_69_4) =e= 0;
relu_1_69_5_above_pre.. - 1*pre_1_69_5 + 1*post_1_69_5 =g= 0;
relu_1_69_5_complementary.. - 1*pre_1_69_5*post_1_69_5 + 1*sqr(post_1_69_5) =e= 0;
relu_1_69_6_above_pre.. - 1*pre_1_69_6 + 1*post_1_69_6 =g= 0;
relu_1_69_6_complementary.. - 1*pre_1_69_6*post_1_69_6 + 1*sqr(post_1_69_6) =e= 0;
relu_1_69_7_above_pre.. - 1*pre_1_69_7 + 1*post_1_69_7 =g= 0;
relu_1_69_7_complementary.. - 1*pre_1_69_7*post_1_69_7 + 1*sqr(post_1_69_7) =e= 0;
relu_1_70_0_above_pre.. - 1*pre_1_70_0 + 1*post_1_70_0 =g= 0;
relu_1_70_0_complementary.. - 1*pre_1_70_0*post_1_70_0 + 1*sqr(post_1_70_0) =e= 0;
relu_1_70_1_above_pre.. - 1*pre_1_70_1 + 1*post_1_70_1 =g= 0;
relu_1_70_1_complementary.. - 1*pre_1_70_1*post_1_70_1 + 1*sqr(post_1_70_1) =e= 0;
relu_1_70_2_above_pre.. - 1*pre_1_70_2 + 1*post_1_70_2 =g= 0;
relu_1_70_2_complementary.. - 1*pre_1_70_2*post_1_70_2 + 1*sqr(post_1_70_2) =e= 0;
relu_1_70_3_above_pre.. - 1*pre_1_70_3 + 1*post_1_70_3 =g= 0;
relu_1_70_3_complementary.. - 1*pre_1_70_3*post_1_70_3 + 1*sqr(post_1_70_3) =e= 0;
relu_1_70_4_above_pre.. - 1*pre_1_70_4 + 1*post_1_70_4 =g= 0;
relu_1_70_4_complementary.. - 1*pre_1_70_4*post_1_70_4 + 1*sqr(post_1_70_4) =e= 0;
relu_1_70_5_above_pre.. - 1*pre_1_70_5 + 1*post_1_70_5 =g= 0;
relu_1_70_5_complementary.. - 1*pre_1_70_5*post_1_70_5 + 1*sqr(post_1_70_5) =e= 0;
relu_1_70_6_above_pre.. - 1*pre_1_70_6 + 1*post_1_70_6 =g= 0;
relu_1_70_6_complementary.. - 1*pre_1_70_6*post_1_70_6 + 1*sqr(post_1_70_6) =e= 0;
relu_1_70_7_above_pre.. - 1*pre_1_70_7 + 1*post_1_70_7 =g= 0;
relu_1_70_7_complementary.. - 1*pre_1_70_7*post_1_70_7 + 1*sqr(post_1_70_7) =e= 0;
relu_1_71_0_above_pre.. - 1*pre_1_71_0 + 1*post_1_71_0 =g= 0;
relu_1_71_0_complementary.. - 1*pre_1_71_0*post_1_71_0 + 1*sqr(post_1_71_0) =e= 0;
relu_1_71_1_above_pre.. - 1*pre_1_71_1 + 1*post_1_71_1 =g= 0;
relu_1_71_1_complementary.. - 1*pre_1_71_1*post_1_71_1 + 1*sqr(post_1_71_1) =e= 0;
relu_1_71_2_above_pre.. - 1*pre_1_71_2 + 1*post_1_71_2 =g= 0;
relu_1_71_2_complementary.. - 1*pre_1_71_2*post_1_71_2 + 1*sqr(post_1_71_2) =e= 0;
relu_1_71_3_above_pre.. - 1*pre_1_71_3 + 1*post_1_71_3 =g= 0;
relu_1_71_3_complementary.. - 1*pre_1_71_3*post_1_71_3 + 1*sqr(post_1_71_3) =e= 0;
relu_1_71_4_above_pre.. - 1*pre_1_71_4 + 1*post_1_71_4 =g= 0;
relu_1_71_4_complementary.. - 1*pre_1_71_4*post_1_71_4 + 1*sqr(post_1_71_4) =e= 0;
relu_1_71_5_above_pre.. - 1*pre_1_71_5 + 1*post_1_71_5 =g= 0;
relu_1_71_5_complementary.. - 1*pre_1_71_5*post_1_71_5 + 1*sqr(post_1_71_5) =e= 0;
relu_1_71_6_above_pre.. - 1*pre_1_71_6 + 1*post_1_71_6 =g= 0;
relu_1_71_6_complementary.. - 1*pre_1_71_6*post_1_71_6 + 1*sqr(post_1_71_6) =e= 0;
relu_1_71_7_above_pre.. - 1*pre_1_71_7 + 1*post_1_71_7 =g= 0;
relu_1_71_7_complementary.. - 1*pre_1_71_7*post_1_71_7 + 1*sqr(post_1_71_7) =e= 0;
relu_1_72_0_above_pre.. - 1*pre_1_72_0 + 1*post_1_72_0 =g= 0;
relu_1_72_0_complementary.. - 1*pre_1_72_0*post_1_72_0 + 1*sqr(post_1_72_0) =e= 0;
relu_1_72_1_above_pre.. - 1*pre_1_72_1 + 1*post_1_72_1 =g= 0;
relu_1_72_1_complementary.. - 1*pre_1_72_1*post_1_72_1 + 1*sqr(post_1_72_1) =e= 0;
relu_1_72_2_above_pre.. - 1*pre_1_72_2 + 1*post_1_72_2 =g= 0;
relu_1_72_2_complementary.. - 1*pre_1_72_2*post_1_72_2 + 1*sqr(post_1_72_2) =e= 0;
relu_1_72_3_above_pre.. - 1*pre_1_72_3 + 1*post_1_72_3 =g= 0;
relu_1_72_3_complementary.. - 1*pre_1_72_3*post_1_72_3 + 1*sqr(post_1_72_3) =e= 0;
relu_1_72_4_above_pre.. - 1*pre_1_72_4 + 1*post_1_72_4 =g= 0;
relu_1_72_4_complementary.. - 1*pre_1_72_4*post_1_72_4 + 1*sqr(post_1_72_4) =e= 0;
relu_1_72_5_above_pre.. - 1*pre_1_72_5 + 1*post_1_72_5 =g= 0;
relu_1_72_5_complementary.. - 1*pre_1_72_5*post_1_72_5 + 1*sqr(post_1_72_5) =e= 0;
relu_1_72_6_above_pre.. - 1*pre_1_72_6 + 1*post_1_72_6 =g= 0;
relu_1_72_6_complementary.. - 1*pre_1_72_6*post_1_72_6 + 1*sqr(post_1_72_6) =e= 0;
relu_1_72_7_above_pre.. - 1*pre_1_72_7 + 1*post_1_72_7 =g= 0;
relu_1_72_7_complementary.. - 1*pre_1_72_7*post_1_72_7 + 1*sqr(post_1_72_7) =e= 0;
relu_1_73_0_above_pre.. - 1*pre_1_73_0 + 1*post_1_73_0 =g= 0;
relu_1_73_0_complementary.. - 1*pre_1_73_0*post_1_73_0 + 1*sqr(post_1_73_0) =e= 0;
relu_1_73_1_above_pre.. - 1*pre_1_73_1 + 1*post_1_73_1 =g= 0;
relu_1_73_1_complementary.. - 1*pre_1_73_1*post_1_73_1 + 1*sqr(post_1_73_1) =e= 0;
relu_1_73_2_above_pre.. - 1*pre_1_73_2 + 1*post_1_73_2 =g= 0;
relu_1_73_2_complementary.. - 1*pre_1_73_2*post_1_73_2 + 1*sqr(post_1_73_2) =e= 0;
relu_1_73_3_above_pre.. - 1*pre_1_73_3 + 1*post_1_73_3 =g= 0;
relu_1_73_3_complementary.. - 1*pre_1_73_3*post_1_73_3 + 1*sqr(post_1_73_3) =e= 0;
relu_1_73_4_above_pre.. - 1*pre_1_73_4 + 1*post_1_73_4 =g= 0;
relu_1_73_4_complementary.. - 1*pre_1_73_4*post_1_73_4 + 1*sqr(post_1_73_4) =e= 0;
relu_1_73_5_above_pre.. - 1*pre_1_73_5 + 1*post_1_73_5 =g= 0;
relu_1_73_5_complementary.. - 1*pre_1_73_5*post_1_73_5 + 1*sqr(post_1_73_5) =e= 0;
relu_1_73_6_above_pre.. - 1*pre_1_73_6 + 1*post_1_73_6 =g= 0;
relu_1_73_6_complementary.. - 1*pre_1_73_6*post_1_73_6 + 1*sqr(post_1_73_6) =e= 0;
relu_1_73_7_above_pre.. - 1*pre_1_73_7 + 1*post_1_73_7 =g= 0;
relu_1_73_7_complementary.. - 1*pre_1_73_7*post_1_73_7 + 1*sqr(post_1_73_7) =e= 0;
relu_1_74_0_above_pre.. - 1*pre_1_74_0 + 1*post_1_74_0 =g= 0;
relu_1_74_0_complementary.. - 1*pre_1_74_0*post_1_74_0 + 1*sqr(post_1_74_0) =e= 0;
relu_1_74_1_above_pre.. - 1*pre_1_74_1 + 1*post_1_74_1 =g= 0;
relu_1_74_1_complementary.. - 1*pre_1_74_1*post_1_74_1 + 1*sqr(post_1_74_1) =e= 0;
relu_1_74_2_above_pre.. - 1*pre_1_74_2 + 1*post_1_74_2 =g= 0;
relu_1_74_2_complementary.. - 1*pre_1_74_2*post_1_74_2 + 1*sqr(post_1_74_2) =e= 0;
relu_1_74_3_above_pre.. - 1*pre_1_74_3 + 1*post_1_74_3 =g= 0;
relu_1_74_3_complementary.. - 1*pre_1_74_3*post_1_74_3 + 1*sqr(post_1_74_3) =e= 0;
relu_1_74_4_above_pre.. - 1*pre_1_74_4 + 1*post_1_74_4 =g= 0;
relu_1_74_4_complementary.. - 1*pre_1_74_4*post_1_74_4 + 1*sqr(post_1_74_4) =e= 0;
relu_1_74_5_above_pre.. - 1*pre_1_74_5 + 1*post_1_74_5 =g= 0;
relu_1_74_5_complementary.. - 1*pre_1_74_5*post_1_74_5 + 1*sqr(post_1_74_5) =e= 0;
relu_1_74_6_above_pre.. - 1*pre_1_74_6 + 1*post_1_74_6 =g= 0;
relu_1_74_6_complementary.. - 1*pre_1_74_6*post_1_74_6 + 1*sqr(post_1_74_6) =e= 0;
relu_1_74_7_above_pre.. - 1*pre_1_74_7 + 1*post_1_74_7 =g= 0;
relu_1_74_7_complementary.. - 1*pre_1_74_7*post_1_74_7 + 1*sqr(post_1_74_7) =e= 0;
relu_1_75_0_above_pre.. - 1*pre_1_75_0 + 1*post_1_75_0 =g= 0;
relu_1_75_0_complementary.. - 1*pre_1_75_0*post_1_75_0 + 1*sqr(post_1_75_0) =e= 0;
relu_1_75_1_above_pre.. - 1*pre_1_75_1 + 1*post_1_75_1 =g= 0;
relu_1_75_1_complementary.. - 1*pre_1_75_1*post_1_75_1 + 1*sqr(post_1_75_1) =e= 0;
relu_1_75_2_above_pre.. - 1*pre_1_75_2 + 1*post_1_75_2 =g= 0;
relu_1_75_2_complementary.. - 1*pre_1_75_2*post_1_75_2 + 1*sqr(post_1_75_2) =e= 0;
relu_1_75_3_above_pre.. - 1*pre_1_75_3 + 1*post_1_75_3 =g= 0;
relu_1_75_3_complementary.. - 1*pre_1_75_3*post_1_75_3 + 1*sqr(post_1_75_3) =e= 0;
relu_1_75_4_above_pre.. - 1*pre_1_75_4 + 1*post_1_75_4 =g= 0;
relu_1_75_4_complementary.. - 1*pre_1_75_4*post_1_75_4 + 1*sqr(post_1_75_4) =e= 0;
relu_1_75_5_above_pre.. - 1*pre_1_75_5 + 1*post_1_75_5 =g= 0;
relu_1_75_5_complementary.. - 1*pre_1_75_5*post_1_75_5 + 1*sqr(post_1_75_5) =e= 0;
relu_1_75_6_above_pre.. - 1*pre_1_75_6 + 1*post_1_75_6 =g= 0;
relu_1_75_6_complementary.. - 1*pre_1_75_6*post_1_75_6 + 1*sqr(post_1_75_6) =e= 0;
relu_1_75_7_above_pre.. - 1*pre_1_75_7 + 1*post_1_75_7 =g= 0;
relu_1_75_7_complementary.. - 1*pre_1_75_7*post_1_75_7 + 1*sqr(post_1_75_7) =e= 0;
relu_1_76_0_above_pre.. - 1*pre_1_76_0 + 1*post_1_76_0 =g= 0;
relu_1_76_0_complementary.. - 1*pre_1_76_0*post_1_76_0 + 1*sqr(post_1_76_0) =e= 0;
relu_1_76_1_above_pre.. - 1*pre_1_76_1 + 1*post_1_76_1 =g= 0;
relu_1_76_1_complementary.. - 1*pre_1_76_1*post_1_76_1 + 1*sqr(post_1_76_1) =e= 0;
relu_1_76_2_above_pre.. - 1*pre_1_76_2 + 1*post_1_76_2 =g= 0;
relu_1_76_2_complementary.. - 1*pre_1_76_2*post_1_76_2 + 1*sqr(post_1_76_2) =e= 0;
relu_1_76_3_above_pre.. - 1*pre_1_76_3 + 1*post_1_76_3 =g= 0;
relu_1_76_3_complementary.. - 1*pre_1_76_3*post_1_76_3 + 1*sqr(post_1_76_3) =e= 0;
relu_1_76_4_above_pre.. - 1*pre_1_76_4 + 1*post_1_76_4 =g= 0;
relu_1_76_4_complementary.. - 1*pre_1_76_4*post_1_76_4 + 1*sqr(post_1_76_4) =e= 0;
relu_1_76_5_above_pre.. - 1*pre_1_76_5 + 1*post_1_76_5 =g= 0;
relu_1_76_5_complementary.. - 1*pre_1_76_5*post_1_76_5 + 1*sqr(post_1_76_5) =e= 0;
relu_1_76_6_above_pre.. - 1*pre_1_76_6 + 1*post_1_76_6 =g= 0;
relu_1_76_6_complementary.. - 1*pre_1_76_6*post_1_76_6 + 1*sqr(post_1_76_6) =e= 0;
relu_1_76_7_above_pre.. - 1*pre_1_76_7 + 1*post_1_76_7 =g= 0;
relu_1_76_7_complementary.. - 1*pre_1_76_7*post_1_76_7 + 1*sqr(post_1_76_7) =e= 0;
relu_1_77_0_above_pre.. - 1*pre_1_77_0 + 1*post_1_77_0 =g= 0;
relu_1_77_0_complementary.. - 1*pre_1_77_0*post_1_77_0 + 1*sqr(post_1_77_0) =e= 0;
relu_1_77_1_above_pre.. - 1*pre_1_77_1 + 1*post_1_77_1 =g= 0;
relu_1_77_1_complementary.. - 1*pre_1_77_1*post_1_77_1 + 1*sqr(post_1_77_1) =e= 0;
relu_1_77_2_above_pre.. - 1*pre_1_77_2 + 1*post_1_77_2 =g= 0;
relu_1_77_2_complementary.. - 1*pre_1_77_2*post_1_77_2 + 1*sqr(post_1_77_2) =e= 0;
relu_1_77_3_above_pre.. - 1*pre_1_77_3 + 1*post_1_77_3 =g= 0;
relu_1_77_3_complementary.. - 1*pre_1_77_3*post_1_77_3 + 1*sqr(post_1_77_3) =e= 0;
relu_1_77_4_above_pre.. - 1*pre_1_77_4 + 1*post_1_77_4 =g= 0;
relu_1_77_4_complementary.. - 1*pre_1_77_4*post_1_77_4 + 1*sqr(post_1_77_4) =e= 0;
relu_1_77_5_above_pre.. - 1*pre_1_77_5 + 1*post_1_77_5 =g= 0;
relu_1_77_5_complementary.. - 1*pre_1_77_5*post_1_77_5 + 1*sqr(post_1_77_5) =e= 0;
relu_1_77_6_above_pre.. - 1*pre_1_77_6 + 1*post_1_77_6 =g= 0;
relu_1_77_6_complementary.. - 1*pre_1_77_6*post_1_77_6 + 1*sqr(post_1_77_6) =e= 0;
relu_1_77_7_above_pre.. - 1*pre_1_77_7 + 1*post_1_77_7 =g= 0;
relu_1_77_7_complementary.. - 1*pre_1_77_7*post_1_77_7 + 1*sqr(post_1_77_7) =e= 0;
relu_1_78_0_above_pre.. - 1*pre_1_78_0 + 1*post_1_78_0 =g= 0;
relu_1_78_0_complementary.. - 1*pre_1_78_0*post_1_78_0 + 1*sqr(post_1_78_0) =e= 0;
relu_1_78_1_above_pre.. - 1*pre_1_78_1 + 1*post_1_78_1 =g= 0;
relu_1_78_1_complementary.. - 1*pre_1_78_1*post_1_78_1 + 1*sqr(post_1_78_1) =e= 0;
relu_1_78_2_above_pre.. - 1*pre_1_78_2 + 1*post_1_78_2 =g= 0;
relu_1_78_2_complementary.. - 1*pre_1_78_2*post_1_78_2 + 1*sqr(post_1_78_2) =e= 0;
relu_1_78_3_above_pre.. - 1*pre_1_78_3 + 1*post_1_78_3 =g= 0;
relu_1_78_3_complementary.. - 1*pre_1_78_3*post_1_78_3 + 1*sqr(post_1_78_3) =e= 0;
relu_1_78_4_above_pre.. - 1*pre_1_78_4 + 1*post_1_78_4 =g= 0;
relu_1_78_4_complementary.. - 1*pre_1_78_4*post_1_78_4 + 1*sqr(post_1_78_4) =e= 0;
relu_1_78_5_above_pre.. - 1*pre_1_78_5 + 1*post_1_78_5 =g= 0;
relu_1_78_5_complementary.. - 1*pre_1_78_5*post_1_78_5 + 1*sqr(post_1_78_5) =e= 0;
relu_1_78_6_above_pre.. - 1*pre_1_78_6 + 1*post_1_78_6 =g= 0;
relu_1_78_6_complementary.. - 1*pre_1_78_6*post_1_78_6 + 1*sqr(post_1_78_6) =e= 0;
relu_1_78_7_above_pre.. - 1*pre_1_78_7 + 1*post_1_78_7 =g= 0;
relu_1_78_7_complementary.. - 1*pre_1_78_7*post_1_78_7 + 1*sqr(post_1_78_7) =e= 0;
relu_1_79_0_above_pre.. - 1*pre_1_79_0 + 1*post_1_79_0 =g= 0;
relu_1_79_0_complementary.. - 1*pre_1_79_0*post_1_79_0 + 1*sqr(post_1_79_0) =e= 0;
relu_1_79_1_above_pre.. - 1*pre_1_79_1 + 1*post_1_79_1 =g= 0;
relu_1_79_1_complementary.. - 1*pre_1_79_1*post_1_79_1 + 1*sqr(post_1_79_1) =e= 0;
relu_1_79_2_above_pre.. - 1*pre_1_79_2 + 1*post_1_79_2 =g= 0;
relu_1_79_2_complementary.. - 1*pre_1_79_2*post_1_79_2 + 1*sqr(post_1_79_2) =e= 0;
relu_1_79_3_above_pre.. - 1*pre_1_79_3 + 1*post_1_79_3 =g= 0;
relu_1_79_3_complementary.. - 1*pre_1_79_3*post_1_79_3 + 1*sqr(post_1_79_3) =e= 0;
relu_1_79_4_above_pre.. - 1*pre_1_79_4 + 1*post_1_79_4 =g= 0;
relu_1_79_4_complementary.. - 1*pre_1_79_4*post_1_79_4 + 1*sqr(post_1_79_4) =e= 0;
relu_1_79_5_above_pre.. - 1*pre_1_79_5 + 1*post_1_79_5 =g= 0;
relu_1_79_5_complementary.. - 1*pre_1_79_5*post_1_79_5 + 1*sqr(post_1_79_5) =e= 0;
relu_1_79_6_above_pre.. - 1*pre_1_79_6 + 1*post_1_79_6 =g= 0;
relu_1_79_6_complementary.. - 1*pre_1_79_6*post_1_79_6 + 1*sqr(post_1_79_6) =e= 0;
relu_1_79_7_above_pre.. - 1*pre_1_79_7 + 1*post_1_79_7 =g= 0;
relu_1_79_7_complementary.. - 1*pre_1_79_7*post_1_79_7 + 1*sqr(post_1_79_7) =e= 0;
relu_1_80_0_above_pre.. - 1*pre_1_80_0 + 1*post_1_80_0 =g= 0;
relu_1_80_0_complementary.. - 1*pre_1_80_0*post_1_80_0 + 1*sqr(post_1_80_0) =e= 0;
relu_1_80_1_above_pre.. - 1*pre_1_80_1 + 1*post_1_80_1 =g= 0;
relu_1_80_1_complementary.. - 1*pre_1_80_1*post_1_80_1 + 1*sqr(post_1_80_1) =e= 0;
relu_1_80_2_above_pre.. - 1*pre_1_80_2 + 1*post_1_80_2 =g= 0;
relu_1_80_2_complementary.. - 1*pre_1_80_2*post_1_80_2 + 1*sqr(post_1_80_2) =e= 0;
relu_1_80_3_above_pre.. - 1*pre_1_80_3 + 1*post_1_80_3 =g= 0;
relu_1_80_3_complementary.. - 1*pre_1_80_3*post_1_80_3 + 1*sqr(post_1_80_3) =e= 0;
relu_1_80_4_above_pre.. - 1*pre_1_80_4 + 1*post_1_80_4 =g= 0;
relu_1_80_4_complementary.. - 1*pre_1_80_4*post_1_80_4 + 1*sqr(post_1_80_4) =e= 0;
relu_1_80_5_above_pre.. - 1*pre_1_80_5 + 1*post_1_80_5 =g= 0;
relu_1_80_5_complementary.. - 1*pre_1_80_5*post_1_80_5 + 1*sqr(post_1_80_5) =e= 0;
relu_1_80_6_above_pre.. - 1*pre_1_80_6 + 1*post_1_80_6 =g= 0;
relu_1_80_6_complementary.. - 1*pre_1_80_6*post_1_80_6 + 1*sqr(post_1_80_6) =e= 0;
relu_1_80_7_above_pre.. - 1*pre_1_80_7 + 1*post_1_80_7 =g= 0;
relu_1_80_7_complementary.. - 1*pre_1_80_7*post_1_80_7 + 1*sqr(post_1_80_7) =e= 0;
relu_1_81_0_above_pre.. - 1*pre_1_81_0 + 1*post_1_81_0 =g= 0;
relu_1_81_0_complementary.. - 1*pre_1_81_0*post_1_81_0 + 1*sqr(post_1_81_0) =e= 0;
relu_1_81_1_above_pre.. - 1*pre_1_81_1 + 1*post_1_81_1 =g= 0;
relu_1_81_1_complementary.. - 1*pre_1_81_1*post_1_81_1 + 1*sqr(post_1_81_1) =e= 0;
relu_1_81_2_above_pre.. - 1*pre_1_81_2 + 1*post_1_81_2 =g= 0;
relu_1_81_2_complementary.. - 1*pre_1_81_2*post_1_81_2 + 1*sqr(post_1_81_2) =e= 0;
relu_1_81_3_above_pre.. - 1*pre_1_81_3 + 1*post_1_81_3 =g= 0;
relu_1_81_3_complementary.. - 1*pre_1_81_3*post_1_81_3 + 1*sqr(post_1_81_3) =e= 0;
relu_1_81_4_above_pre.. - 1*pre_1_81_4 + 1*post_1_81_4 =g= 0;
relu_1_81_4_complementary.. - 1*pre_1_81_4*post_1_81_4 + 1*sqr(post_1_81_4) =e= 0;
relu_1_81_5_above_pre.. - 1*pre_1_81_5 + 1*post_1_81_5 =g= 0;
relu_1_81_5_complementary.. - 1*pre_1_81_5*post_1_81_5 + 1*sqr(post_1_81_5) =e= 0;
relu_1_81_6_above_pre.. - 1*pre_1_81_6 + 1*post_1_81_6 =g= 0;
relu_1_81_6_complementary.. - 1*pre_1_81_6*post_1_81_6 + 1*sqr(post_1_81_6) =e= 0;
relu_1_81_7_above_pre.. - 1*pre_1_81_7 + 1*post_1_81_7 =g= 0;
relu_1_81_7_complementary.. - 1*pre_1_81_7*post_1_81_7 + 1*sqr(post_1_81_7) =e= 0;
relu_1_82_0_above_pre.. - 1*pre_1_82_0 + 1*post_1_82_0 =g= 0;
relu_1_82_0_complementary.. - 1*pre_1_82_0*post_1_82_0 + 1*sqr(post_1_82_0) =e= 0;
relu_1_82_1_above_pre.. - 1*pre_1_82_1 + 1*post_1_82_1 =g= 0;
relu_1_82_1_complementary.. - 1*pre_1_82_1*post_1_82_1 + 1*sqr(post_1_82_1) =e= 0;
relu_1_82_2_above_pre.. - 1*pre_1_82_2 + 1*post_1_82_2 =g= 0;
relu_1_82_2_complementary.. - 1*pre_1_82_2*post_1_82_2 + 1*sqr(post_1_82_2) =e= 0;
relu_1_82_3_above_pre.. - 1*pre_1_82_3 + 1*post_1_82_3 =g= 0;
relu_1_82_3_complementary.. - 1*pre_1_82_3*post_1_82_3 + 1*sqr(post_1_82_3) =e= 0;
relu_1_82_4_above_pre.. - 1*pre_1_82_4 + 1*post_1_82_4 =g= 0;
relu_1_82_4_complementary.. - 1*pre_1_82_4*post_1_82_4 + 1*sqr(post_1_82_4) =e= 0;
relu_1_82_5_above_pre.. - 1*pre_1_82_5 + 1*post_1_82_5 =g= 0;
relu_1_82_5_complementary.. - 1*pre_1_82_5*post_1_82_5 + 1*sqr(post_1_82_5) =e= 0;
relu_1_82_6_above_pre.. - 1*pre_1_82_6 + 1*post_1_82_6 =g= 0;
relu_1_82_6_complementary.. - 1*pre_1_82_6*post_1_82_6 + 1*sqr(post_1_82_6) =e= 0;
relu_1_82_7_above_pre.. - 1*pre_1_82_7 + 1*post_1_82_7 =g= 0;
relu_1_82_7_complementary.. - 1*pre_1_82_7*post_1_82_7 + 1*sqr(post_1_82_7) =e= 0;
relu_1_83_0_above_pre.. - 1*pre_1_83_0 + 1*post_1_83_0 =g= 0;
relu_1_83_0_complementary.. - 1*pre_1_83_0*post_1_83_0 + 1*sqr(post_1_83_0) =e= 0;
relu_1_83_1_above_pre.. - 1*pre_1_83_1 + 1*post_1_83_1 =g= 0;
relu_1_83_1_complementary.. - 1*pre_1_83_1*post_1_83_1 + 1*sqr(post_1_83_1) =e= 0;
relu_1_83_2_above_pre.. - 1*pre_1_83_2 + 1*post_1_83_2 =g= 0;
relu_1_83_2_complementary.. - 1*pre_1_83_2*post_1_83_2 + 1*sqr(post_1_83_2) =e= 0;
relu_1_83_3_above_pre.. - 1*pre_1_83_3 + 1*post_1_83_3 =g= 0;
relu_1_83_3_complementary.. - 1*pre_1_83_3*post_1_83_3 + 1*sqr(post_1_83_3) =e= 0;
relu_1_83_4_above_pre.. - 1*pre_1_83_4 + 1*post_1_83_4 =g= 0;
relu_1_83_4_complementary.. - 1*pre_1_83_4*post_1_83_4 + 1*sqr(post_1_83_4) =e= 0;
relu_1_83_5_above_pre.. - 1*pre_1_83_5 + 1*post_1_83_5 =g= 0;
relu_1_83_5_complementary.. - 1*pre_1_83_5*post_1_83_5 + 1*sqr(post_1_83_5) =e= 0;
relu_1_83_6_above_pre.. - 1*pre_1_83_6 + 1*post_1_83_6 =g= 0;
relu_1_83_6_complementary.. - 1*pre_1_83_6*post_1_83_6 + 1*sqr(post_1_83_6) =e= 0;
relu_1_83_7_above_pre.. - 1*pre_1_83_7 + 1*post_1_83_7 =g= 0;
relu_1_83_7_complementary.. - 1*pre_1_83_7*post_1_83_7 + 1*sqr(post_1_83_7) =e= 0;
relu_1_84_0_above_pre.. - 1*pre_1_84_0 + 1*post_1_84_0 =g= 0;
relu_1_84_0_complementary.. - 1*pre_1_84_0*post_1_84_0 + 1*sqr(post_1_84_0) =e= 0;
relu_1_84_1_above_pre.. - 1*pre_1_84_1 + 1*post_1_84_1 =g= 0;
relu_1_84_1_complementary.. - 1*pre_1_84_1*post_1_84_1 + 1*sqr(post_1_84_1) =e= 0;
relu_1_84_2_above_pre.. - 1*pre_1_84_2 + 1*post_1_84_2 =g= 0;
relu_1_84_2_complementary.. - 1*pre_1_84_2*post_1_84_2 + 1*sqr(post_1_84_2) =e= 0;
relu_1_84_3_above_pre.. - 1*pre_1_84_3 + 1*post_1_84_3 =g= 0;
relu_1_84_3_complementary.. - 1*pre_1_84_3*post_1_84_3 + 1*sqr(post_1_84_3) =e= 0;
relu_1_84_4_above_pre.. - 1*pre_1_84_4 + 1*post_1_84_4 =g= 0;
relu_1_84_4_complementary.. - 1*pre_1_84_4*post_1_84_4 + 1*sqr(post_1_84_4) =e= 0;
relu_1_84_5_above_pre.. - 1*pre_1_84_5 + 1*post_1_84_5 =g= 0;
relu_1_84_5_complementary.. - 1*pre_1_84_5*post_1_84_5 + 1*sqr(post_1_84_5) =e= 0;
relu_1_84_6_above_pre.. - 1*pre_1_84_6 + 1*post_1_84_6 =g= 0;
relu_1_84_6_complementary.. - 1*pre_1_84_6*post_1_84_6 + 1*sqr(post_1_84_6) =e= 0;
relu_1_84_7_above_pre.. - 1*pre_1_84_7 + 1*post_1_84_7 =g= 0;
relu_1_84_7_complementary.. - 1*pre_1_84_7*post_1_84_7 + 1*sqr(post_1_84_7) =e= 0;
relu_1_85_0_above_pre.. - 1*pre_1_85_0 + 1*post_1_85_0 =g= 0;
relu_1_85_0_complementary.. - 1*pre_1_85_0*post_1_85_0 + 1*sqr(post_1_85_0) =e= 0;
relu_1_85_1_above_pre.. - 1*pre_1_85_1 + 1*post_1_85_1 =g= 0;
relu_1_85_1_complementary.. - 1*pre_1_85_1*post_1_85_1 + 1*sqr(post_1_85_1) =e= 0;
relu_1_85_2_above_pre.. - 1*pre_1_85_2 + 1*post_1_85_2 =g= 0;
relu_1_85_2_complementary.. - 1*pre_1_85_2*post_1_85_2 + 1*sqr(post_1_85_2) =e= 0;
relu_1_85_3_above_pre.. - 1*pre_1_85_3 + 1*post_1_85_3 =g= 0;
relu_1_85_3_complementary.. - 1*pre_1_85_3*post_1_85_3 + 1*sqr(post_1_85_3) =e= 0;
relu_1_85_4_above_pre.. - 1*pre_1_85_4 + 1*post_1_85_4 =g= 0;
relu_1_85_4_complementary.. - 1*pre_1_85_4*post_1_85_4 + 1*sqr(post_1_85_4) =e= 0;
relu_1_85_5_above_pre.. - 1*pre_1_85_5 + 1*post_1_85_5 =g= 0;
relu_1_85_5_complementary.. - 1*pre_1_85_5*post_1_85_5 + 1*sqr(post_1_85_5) =e= 0;
relu_1_85_6_above_pre.. - 1*pre_1_85_6 + 1*post_1_85_6 =g= 0;
relu_1_85_6_complementary.. - 1*pre_1_85_6*post_1_85_6 + 1*sqr(post_1_85_6) =e= 0;
relu_1_85_7_above_pre.. - 1*pre_1_85_7 + 1*post_1_85_7 =g= 0;
relu_1_85_7_complementary.. - 1*pre_1_85_7*post_1_85_7 + 1*sqr(post_1_85_7) =e= 0;
relu_1_86_0_above_pre.. - 1*pre_1_86_0 + 1*post_1_86_0 =g= 0;
relu_1_86_0_complementary.. - 1*pre_1_86_0*post_1_86_0 + 1*sqr(post_1_86_0) =e= 0;
relu_1_86_1_above_pre.. - 1*pre_1_86_1 + 1*post_1_86_1 =g= 0;
relu_1_86_1_complementary.. - 1*pre_1_86_1*post_1_86_1 + 1*sqr(post_1_86_1) =e= 0;
relu_1_86_2_above_pre.. - 1*pre_1_86_2 + 1*post_1_86_2 =g= 0;
relu_1_86_2_complementary.. - 1*pre_1_86_2*post_1_86_2 + 1*sqr(post_1_86_2) =e= 0;
relu_1_86_3_above_pre.. - 1*pre_1_86_3 + 1*post_1_86_3 =g= 0;
relu_1_86_3_complementary.. - 1*pre_1_86_3*post_1_86_3 + 1*sqr(post_1_86_3) =e= 0;
relu_1_86_4_above_pre.. - 1*pre_1_86_4 + 1*post_1_86_4 =g= 0;
relu_1_86_4_complementary.. - 1*pre_1_86_4*post_1_86_4 + 1*sqr(post_1_86_4) =e= 0;
relu_1_86_5_above_pre.. - 1*pre_1_86_5 + 1*post_1_86_5 =g= 0;
relu_1_86_5_complementary.. - 1*pre_1_86_5*post_1_86_5 + 1*sqr(post_1_86_5) =e= 0;
relu_1_86_6_above_pre.. - 1*pre_1_86_6 + 1*post_1_86_6 =g= 0;
relu_1_86_6_complementary.. - 1*pre_1_86_6*post_1_86_6 + 1*sqr(post_1_86_6) =e= 0;
relu_1_86_7_above_pre.. - 1*pre_1_86_7 + 1*post_1_86_7 =g= 0;
relu_1_86_7_complementary.. - 1*pre_1_86_7*post_1_86_7 + 1*sqr(post_1_86_7) =e= 0;
relu_1_87_0_above_pre.. - 1*pre_1_87_0 + 1*post_1_87_0 =g= 0;
relu_1_87_0_complementary.. - 1*pre_1_87_0*post_1_87_0 + 1*sqr(post_1_87_0) =e= 0;
relu_1_87_1_above_pre.. - 1*pre_1_87_1 + 1*post_1_87_1 =g= 0;
relu_1_87_1_complementary.. - 1*pre_1_87_1*post_1_87_1 + 1*sqr(post_1_87_1) =e= 0;
relu_1_87_2_above_pre.. - 1*pre_1_87_2 + 1*post_1_87_2 =g= 0;
relu_1_87_2_complementary.. - 1*pre_1_87_2*post_1_87_2 + 1*sqr(post_1_87_2) =e= 0;
relu_1_87_3_above_pre.. - 1*pre_1_87_3 + 1*post_1_87_3 =g= 0;
relu_1_87_3_complementary.. - 1*pre_1_87_3*post_1_87_3 + 1*sqr(post_1_87_3) =e= 0;
relu_1_87_4_above_pre.. - 1*pre_1_87_4 + 1*post_1_87_4 =g= 0;
relu_1_87_4_complementary.. - 1*pre_1_87_4*post_1_87_4 + 1*sqr(post_1_87_4) =e= 0;
relu_1_87_5_above_pre.. - 1*pre_1_87_5 + 1*post_1_87_5 =g= 0;
relu_1_87_5_complementary.. - 1*pre_1_87_5*post_1_87_5 + 1*sqr(post_1_87_5) =e= 0;
relu_1_87_6_above_pre.. - 1*pre_1_87_6 + 1*post_1_87_6 =g= 0;
relu_1_87_6_complementary.. - 1*pre_1_87_6*post_1_87_6 + 1*sqr(post_1_87_6) =e= 0;
relu_1_87_7_above_pre.. - 1*pre_1_87_7 + 1*post_1_87_7 =g= 0;
relu_1_87_7_complementary.. - 1*pre_1_87_7*post_1_87_7 + 1*sqr(post_1_87_7) =e= 0;
relu_1_88_0_above_pre.. - 1*pre_1_88_0 + 1*post_1_88_0 =g= 0;
relu_1_88_0_complementary.. - 1*pre_1_88_0*post_1_88_0 + 1*sqr(post_1_88_0) =e= 0;
relu_1_88_1_above_pre.. - 1*pre_1_88_1 + 1*post_1_88_1 =g= 0;
relu_1_88_1_complementary.. - 1*pre_1_88_1*post_1_88_1 + 1*sqr(post_1_88_1) =e= 0;
relu_1_88_2_above_pre.. - 1*pre_1_88_2 + 1*post_1_88_2 =g= 0;
relu_1_88_2_complementary.. - 1*pre_1_88_2*post_1_88_2 + 1*sqr(post_1_88_2) =e= 0;
relu_1_88_3_above_pre.. - 1*pre_1_88_3 + 1*post_1_88_3 =g= 0;
relu_1_88_3_complementary.. - 1*pre_1_88_3*post_1_88_3 + 1*sqr(post_1_88_3) =e= 0;
relu_1_88_4_above_pre.. - 1*pre_1_88_4 + 1*post_1_88_4 =g= 0;
relu_1_88_4_complementary.. - 1*pre_1_88_4*post_1_88_4 + 1*sqr(post_1_88_4) =e= 0;
relu_1_88_5_above_pre.. - 1*pre_1_88_5 + 1*post_1_88_5 =g= 0;
relu_1_88_5_complementary.. - 1*pre_1_88_5*post_1_88_5 + 1*sqr(post_1_88_5) =e= 0;
relu_1_88_6_above_pre.. - 1*pre_1_88_6 + 1*post_1_88_6 =g= 0;
relu_1_88_6_complementary.. - 1*pre_1_88_6*post_1_88_6 + 1*sqr(post_1_88_6) =e= 0;
relu_1_88_7_above_pre.. - 1*pre_1_88_7 + 1*post_1_88_7 =g= 0;
relu_1_88_7_complementary.. - 1*pre_1_88_7*post_1_88_7 + 1*sqr(post_1_88_7) =e= 0;
relu_1_89_0_above_pre.. - 1*pre_1_89_0 + 1*post_1_89_0 =g= 0;
relu_1_89_0_complementary.. - 1*pre_1_89_0*post_1_89_0 + 1*sqr(post_1_89_0) =e= 0;
relu_1_89_1_above_pre.. - 1*pre_1_89_1 + 1*post_1_89_1 =g= 0;
relu_1_89_1_complementary.. - 1*pre_1_89_1*post_1_89_1 + 1*sqr(post_1_89_1) =e= 0;
relu_1_89_2_above_pre.. - 1*pre_1_89_2 + 1*post_1_89_2 =g= 0;
relu_1_89_2_complementary.. - 1*pre_1_89_2*post_1_89_2 + 1*sqr(post_1_89_2) =e= 0;
relu_1_89_3_above_pre.. - 1*pre_1_89_3 + 1*post_1_89_3 =g= 0;
relu_1_89_3_complementary.. - 1*pre_1_89_3*post_1_89_3 + 1*sqr(post_1_89_3) =e= 0;
relu_1_89_4_above_pre.. - 1*pre_1_89_4 + 1*post_1_89_4 =g= 0;
relu_1_89_4_complementary.. - 1*pre_1_89_4*post_1_89_4 + 1*sqr(post_1_89_4) =e= 0;
relu_1_89_5_above_pre.. - 1*pre_1_89_5 + 1*post_1_89_5 =g= 0;
relu_1_89_5_complementary.. - 1*pre_1_89_5*post_1_89_5 + 1*sqr(post_1_89_5) =e= 0;
relu_1_89_6_above_pre.. - 1*pre_1_89_6 + 1*post_1_89_6 =g= 0;
relu_1_89_6_complementary.. - 1*pre_1_89_6*post_1_89_6 + 1*sqr(post_1_89_6) =e= 0;
relu_1_89_7_above_pre.. - 1*pre_1_89_7 + 1*post_1_89_7 =g= 0;
relu_1_89_7_complementary.. - 1*pre_1_89_7*post_1_89_7 + 1*sqr(post_1_89_7) =e= 0;
relu_1_90_0_above_pre.. - 1*pre_1_90_0 + 1*post_1_90_0 =g= 0;
relu_1_90_0_complementary.. - 1*pre_1_90_0*post_1_90_0 + 1*sqr(post_1_90_0) =e= 0;
relu_1_90_1_above_pre.. - 1*pre_1_90_1 + 1*post_1_90_1 =g= 0;
relu_1_90_1_complementary.. - 1*pre_1_90_1*post_1_90_1 + 1*sqr(post_1_90_1) =e= 0;
relu_1_90_2_above_pre.. - 1*pre_1_90_2 + 1*post_1_90_2 =g= 0;
relu_1_90_2_complementary.. - 1*pre_1_90_2*post_1_90_2 + 1*sqr(post_1_90_2) =e= 0;
relu_1_90_3_above_pre.. - 1*pre_1_90_3 + 1*post_1_90_3 =g= 0;
relu_1_90_3_complementary.. - 1*pre_1_90_3*post_1_90_3 + 1*sqr(post_1_90_3) =e= 0;
relu_1_90_4_above_pre.. - 1*pre_1_90_4 + 1*post_1_90_4 =g= 0;
relu_1_90_4_complementary.. - 1*pre_1_90_4*post_1_90_4 + 1*sqr(post_1_90_4) =e= 0;
relu_1_90_5_above_pre.. - 1*pre_1_90_5 + 1*post_1_90_5 =g= 0;
relu_1_90_5_complementary.. - 1*pre_1_90_5*post_1_90_5 + 1*sqr(post_1_90_5) =e= 0;
relu_1_90_6_above_pre.. - 1*pre_1_90_6 + 1*post_1_90_6 =g= 0;
relu_1_90_6_complementary.. - 1*pre_1_90_6*post_1_90_6 + 1*sqr(post_1_90_6) =e= 0;
relu_1_90_7_above_pre.. - 1*pre_1_90_7 + 1*post_1_90_7 =g= 0;
relu_1_90_7_complementary.. - 1*pre_1_90_7*post_1_90_7 + 1*sqr(post_1_90_7) =e= 0;

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
Solve m using QCP minimizing objvar;
