* etr-double-p1-plain-complementarity  (relu-opt library: etr-double, problem 1, plain-complementarity; {"hidden": [8], "bound": 20.0, "loss": "squared"})
NAME etr-double-p1-plain-complementarity
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_0_1
 E pre_definition_1_0_2
 E pre_definition_1_0_3
 E pre_definition_1_0_4
 E pre_definition_1_0_5
 E pre_definition_1_0_6
 E pre_definition_1_0_7
 E pre_definition_1_1_0
 E pre_definition_1_1_1
 E pre_definition_1_1_2
 E pre_definition_1_1_3
 E pre_definition_1_1_4
 E pre_definition_1_1_5
 E pre_definition_1_1_6
 E pre_definition_1_1_7
 E pre_definition_1_2_0
 E pre_definition_1_2_1
 E pre_definition_1_2_2
 E pre_definition_1_2_3
 E pre_definition_1_2_4
 E pre_definition_1_2_5
 E pre_definition_1_2_6
 E pre_definition_1_2_7
 E pre_definition_1_3_0
 E pre_definition_1_3_1
 E pre_definition_1_3_2
 E pre_definition_1_3_3
 E pre_definition_1_3_4
 E pre_definition_1_3_5
 E pre_definition_1_3_6
 E pre_definition_1_3_7
 E pre_definition_1_4_0
 E pre_definition_1_4_1
 E pre_definition_1_4_2
 E pre_definition_1_4_3
 E pre_definition_1_4_4
 E pre_definition_1_4_5
 E pre_definition_1_4_6
 E pre_definition_1_4_7
 E pre_definition_1_5_0
 E pre_definition_1_5_1
 E pre_definition_1_5_2
 E pre_definition_1_5_3
 E pre_definition_1_5_4
 E pre_definition_1_5_5
 E pre_definition_1_5_6
 E pre_definition_1_5_7
 E pre_definition_1_6_0
 E pre_definition_1_6_1
 E pre_definition_1_6_2
 E pre_definition_1_6_3
 E pre_definition_1_6_4
 E pre_definition_1_6_5
 E pre_definition_1_6_6
 E pre_definition_1_6_7
 E pre_definition_1_7_0
 E pre_definition_1_7_1
 E pre_definition_1_7_2
 E pre_definition_1_7_3
 E pre_definition_1_7_4
 E pre_definition_1_7_5
 E pre_definition_1_7_6
 E pre_definition_1_7_7
 E pre_definition_1_8_0
 E pre_definition_1_8_1
 E pre_definition_1_8_2
 E pre_definition_1_8_3
 E pre_definition_1_8_4
 E pre_definition_1_8_5
 E pre_definition_1_8_6
 E pre_definition_1_8_7
 E pre_definition_1_9_0
 E pre_definition_1_9_1
 E pre_definition_1_9_2
 E pre_definition_1_9_3
 E pre_definition_1_9_4
 E pre_definition_1_9_5
 E pre_definition_1_9_6
 E pre_definition_1_9_7
 E pre_definition_1_10_0
 E pre_definition_1_10_1
 E pre_definition_1_10_2
 E pre_definition_1_10_3
 E pre_definition_1_10_4
 E pre_definition_1_10_5
 E pre_definition_1_10_6
 E pre_definition_1_10_7
 E pre_definition_1_11_0
 E pre_definition_1_11_1
 E pre_definition_1_11_2
 E pre_definition_1_11_3
 E pre_definition_1_11_4
 E pre_definition_1_11_5
 E pre_definition_1_11_6
 E pre_definition_1_11_7
 E pre_definition_1_12_0
 E pre_definition_1_12_1
 E pre_definition_1_12_2
 E pre_definition_1_12_3
 E pre_definition_1_12_4
 E pre_definition_1_12_5
 E pre_definition_1_12_6
 E pre_definition_1_12_7
 E pre_definition_1_13_0
 E pre_definition_1_13_1
 E pre_definition_1_13_2
 E pre_definition_1_13_3
 E pre_definition_1_13_4
 E pre_definition_1_13_5
 E pre_definition_1_13_6
 E pre_definition_1_13_7
 E pre_definition_1_14_0
 E pre_definition_1_14_1
 E pre_definition_1_14_2
 E pre_definition_1_14_3
 E pre_definition_1_14_4
 E pre_definition_1_14_5
 E pre_definition_1_14_6
 E pre_definition_1_14_7
 E pre_definition_1_15_0
 E pre_definition_1_15_1
 E pre_definition_1_15_2
 E pre_definition_1_15_3
 E pre_definition_1_15_4
 E pre_definition_1_15_5
 E pre_definition_1_15_6
 E pre_definition_1_15_7
 E pre_definition_1_16_0
 E pre_definition_1_16_1
 E pre_definition_1_16_2
 E pre_definition_1_16_3
 E pre_definition_1_16_4
 E pre_definition_1_16_5
 E pre_definition_1_16_6
 E pre_definition_1_16_7
 E pre_definition_1_17_0
 E pre_definition_1_17_1
 E pre_definition_1_17_2
 E pre_definition_1_17_3
 E pre_definition_1_17_4
 E pre_definition_1_17_5
 E pre_definition_1_17_6
 E pre_definition_1_17_7
 E pre_definition_1_18_0
 E pre_definition_1_18_1
 E pre_definition_1_18_2
 E pre_definition_1_18_3
 E pre_definition_1_18_4
 E pre_definition_1_18_5
 E pre_definition_1_18_6
 E pre_definition_1_18_7
 E pre_definition_1_19_0
 E pre_definition_1_19_1
 E pre_definition_1_19_2
 E pre_definition_1_19_3
 E pre_definition_1_19_4
 E pre_definition_1_19_5
 E pre_definition_1_19_6
 E pre_definition_1_19_7
 E pre_definition_1_20_0
 E pre_definition_1_20_1
 E pre_definition_1_20_2
 E pre_definition_1_20_3
 E pre_definition_1_20_4
 E pre_definition_1_20_5
 E pre_definition_1_20_6
 E pre_definition_1_20_7
 E pre_definition_1_21_0
 E pre_definition_1_21_1
 E pre_definition_1_21_2
 E pre_definition_1_21_3
 E pre_definition_1_21_4
 E pre_definition_1_21_5
 E pre_definition_1_21_6
 E pre_definition_1_21_7
 E pre_definition_1_22_0
 E pre_definition_1_22_1
 E pre_definition_1_22_2
 E pre_definition_1_22_3
 E pre_definition_1_22_4
 E pre_definition_1_22_5
 E pre_definition_1_22_6
 E pre_definition_1_22_7
 E pre_definition_1_23_0
 E pre_definition_1_23_1
 E pre_definition_1_23_2
 E pre_definition_1_23_3
 E pre_definition_1_23_4
 E pre_definition_1_23_5
 E pre_definition_1_23_6
 E pre_definition_1_23_7
 E pre_definition_1_24_0
 E pre_definition_1_24_1
 E pre_definition_1_24_2
 E pre_definition_1_24_3
 E pre_definition_1_24_4
 E pre_definition_1_24_5
 E pre_definition_1_24_6
 E pre_definition_1_24_7
 E pre_definition_1_25_0
 E pre_definition_1_25_1
 E pre_definition_1_25_2
 E pre_definition_1_25_3
 E pre_definition_1_25_4
 E pre_definition_1_25_5
 E pre_definition_1_25_6
 E pre_definition_1_25_7
 E pre_definition_1_26_0
 E pre_definition_1_26_1
 E pre_definition_1_26_2
 E pre_definition_1_26_3
 E pre_definition_1_26_4
 E pre_definition_1_26_5
 E pre_definition_1_26_6
 E pre_definition_1_26_7
 E pre_definition_1_27_0
 E pre_definition_1_27_1
 E pre_definition_1_27_2
 E pre_definition_1_27_3
 E pre_definition_1_27_4
 E pre_definition_1_27_5
 E pre_definition_1_27_6
 E pre_definition_1_27_7
 E pre_definition_1_28_0
 E pre_definition_1_28_1
 E pre_definition_1_28_2
 E pre_definition_1_28_3
 E pre_definition_1_28_4
 E pre_definition_1_28_5
 E pre_definition_1_28_6
 E pre_definition_1_28_7
 E pre_definition_1_29_0
 E pre_definition_1_29_1
 E pre_definition_1_29_2
 E pre_definition_1_29_3
 E pre_definition_1_29_4
 E pre_definition_1_29_5
 E pre_definition_1_29_6
 E pre_definition_1_29_7
 E pre_definition_1_30_0
 E pre_definition_1_30_1
 E pre_definition_1_30_2
 E pre_definition_1_30_3
 E pre_definition_1_30_4
 E pre_definition_1_30_5
 E pre_definition_1_30_6
 E pre_definition_1_30_7
 E pre_definition_1_31_0
 E pre_definition_1_31_1
 E pre_definition_1_31_2
 E pre_definition_1_31_3
 E pre_definition_1_31_4
 E pre_definition_1_31_5
 E pre_definition_1_31_6
 E pre_definition_1_31_7
 E pre_definition_1_32_0
 E pre_definition_1_32_1
 E pre_definition_1_32_2
 E pre_definition_1_32_3
 E pre_definition_1_32_4
 E pre_definition_1_32_5
 E pre_definition_1_32_6
 E pre_definition_1_32_7
 E pre_definition_1_33_0
 E pre_definition_1_33_1
 E pre_definition_1_33_2
 E pre_definition_1_33_3
 E pre_definition_1_33_4
 E pre_definition_1_33_5
 E pre_definition_1_33_6
 E pre_definition_1_33_7
 E pre_definition_1_34_0
 E pre_definition_1_34_1
 E pre_definition_1_34_2
 E pre_definition_1_34_3
 E pre_definition_1_34_4
 E pre_definition_1_34_5
 E pre_definition_1_34_6
 E pre_definition_1_34_7
 E pre_definition_1_35_0
 E pre_definition_1_35_1
 E pre_definition_1_35_2
 E pre_definition_1_35_3
 E pre_definition_1_35_4
 E pre_definition_1_35_5
 E pre_definition_1_35_6
 E pre_definition_1_35_7
 E pre_definition_1_36_0
 E pre_definition_1_36_1
 E pre_definition_1_36_2
 E pre_definition_1_36_3
 E pre_definition_1_36_4
 E pre_definition_1_36_5
 E pre_definition_1_36_6
 E pre_definition_1_36_7
 E pre_definition_1_37_0
 E pre_definition_1_37_1
 E pre_definition_1_37_2
 E pre_definition_1_37_3
 E pre_definition_1_37_4
 E pre_definition_1_37_5
 E pre_definition_1_37_6
 E pre_definition_1_37_7
 E pre_definition_1_38_0
 E pre_definition_1_38_1
 E pre_definition_1_38_2
 E pre_definition_1_38_3
 E pre_definition_1_38_4
 E pre_definition_1_38_5
 E pre_definition_1_38_6
 E pre_definition_1_38_7
 E pre_definition_1_39_0
 E pre_definition_1_39_1
 E pre_definition_1_39_2
 E pre_definition_1_39_3
 E pre_definition_1_39_4
 E pre_definition_1_39_5
 E pre_definition_1_39_6
 E pre_definition_1_39_7
 E pre_definition_1_40_0
 E pre_definition_1_40_1
 E pre_definition_1_40_2
 E pre_definition_1_40_3
 E pre_definition_1_40_4
 E pre_definition_1_40_5
 E pre_definition_1_40_6
 E pre_definition_1_40_7
 E pre_definition_1_41_0
 E pre_definition_1_41_1
 E pre_definition_1_41_2
 E pre_definition_1_41_3
 E pre_definition_1_41_4
 E pre_definition_1_41_5
 E pre_definition_1_41_6
 E pre_definition_1_41_7
 E pre_definition_1_42_0
 E pre_definition_1_42_1
 E pre_definition_1_42_2
 E pre_definition_1_42_3
 E pre_definition_1_42_4
 E pre_definition_1_42_5
 E pre_definition_1_42_6
 E pre_definition_1_42_7
 E pre_definition_1_43_0
 E pre_definition_1_43_1
 E pre_definition_1_43_2
 E pre_definition_1_43_3
 E pre_definition_1_43_4
 E pre_definition_1_43_5
 E pre_definition_1_43_6
 E pre_definition_1_43_7
 E pre_definition_1_44_0
 E pre_definition_1_44_1
 E pre_definition_1_44_2
 E pre_definition_1_44_3
 E pre_definition_1_44_4
 E pre_definition_1_44_5
 E pre_definition_1_44_6
 E pre_definition_1_44_7
 E pre_definition_1_45_0
 E pre_definition_1_45_1
 E pre_definition_1_45_2
 E pre_definition_1_45_3
 E pre_definition_1_45_4
 E pre_definition_1_45_5
 E pre_definition_1_45_6
 E pre_definition_1_45_7
 E pre_definition_1_46_0
 E pre_definition_1_46_1
 E pre_definition_1_46_2
 E pre_definition_1_46_3
 E pre_definition_1_46_4
 E pre_definition_1_46_5
 E pre_definition_1_46_6
 E pre_definition_1_46_7
 E pre_definition_1_47_0
 E pre_definition_1_47_1
 E pre_definition_1_47_2
 E pre_definition_1_47_3
 E pre_definition_1_47_4
 E pre_definition_1_47_5
 E pre_definition_1_47_6
 E pre_definition_1_47_7
 E pre_definition_1_48_0
 E pre_definition_1_48_1
 E pre_definition_1_48_2
 E pre_definition_1_48_3
 E pre_definition_1_48_4
 E pre_definition_1_48_5
 E pre_definition_1_48_6
 E pre_definition_1_48_7
 E pre_definition_1_49_0
 E pre_definition_1_49_1
 E pre_definition_1_49_2
 E pre_definition_1_49_3
 E pre_definition_1_49_4
 E pre_definition_1_49_5
 E pre_definition_1_49_6
 E pre_definition_1_49_7
 E pre_definition_1_50_0
 E pre_definition_1_50_1
 E pre_definition_1_50_2
 E pre_definition_1_50_3
 E pre_definition_1_50_4
 E pre_definition_1_50_5
 E pre_definition_1_50_6
 E pre_definition_1_50_7
 E pre_definition_1_51_0
 E pre_definition_1_51_1
 E pre_definition_1_51_2
 E pre_definition_1_51_3
 E pre_definition_1_51_4
 E pre_definition_1_51_5
 E pre_definition_1_51_6
 E pre_definition_1_51_7
 E pre_definition_1_52_0
 E pre_definition_1_52_1
 E pre_definition_1_52_2
 E pre_definition_1_52_3
 E pre_definition_1_52_4
 E pre_definition_1_52_5
 E pre_definition_1_52_6
 E pre_definition_1_52_7
 E pre_definition_1_53_0
 E pre_definition_1_53_1
 E pre_definition_1_53_2
 E pre_definition_1_53_3
 E pre_definition_1_53_4
 E pre_definition_1_53_5
 E pre_definition_1_53_6
 E pre_definition_1_53_7
 E pre_definition_1_54_0
 E pre_definition_1_54_1
 E pre_definition_1_54_2
 E pre_definition_1_54_3
 E pre_definition_1_54_4
 E pre_definition_1_54_5
 E pre_definition_1_54_6
 E pre_definition_1_54_7
 E pre_definition_1_55_0
 E pre_definition_1_55_1
 E pre_definition_1_55_2
 E pre_definition_1_55_3
 E pre_definition_1_55_4
 E pre_definition_1_55_5
 E pre_definition_1_55_6
 E pre_definition_1_55_7
 E pre_definition_1_56_0
 E pre_definition_1_56_1
 E pre_definition_1_56_2
 E pre_definition_1_56_3
 E pre_definition_1_56_4
 E pre_definition_1_56_5
 E pre_definition_1_56_6
 E pre_definition_1_56_7
 E pre_definition_1_57_0
 E pre_definition_1_57_1
 E pre_definition_1_57_2
 E pre_definition_1_57_3
 E pre_definition_1_57_4
 E pre_definition_1_57_5
 E pre_definition_1_57_6
 E pre_definition_1_57_7
 E pre_definition_1_58_0
 E pre_definition_1_58_1
 E pre_definition_1_58_2
 E pre_definition_1_58_3
 E pre_definition_1_58_4
 E pre_definition_1_58_5
 E pre_definition_1_58_6
 E pre_definition_1_58_7
 E pre_definition_1_59_0
 E pre_definition_1_59_1
 E pre_definition_1_59_2
 E pre_definition_1_59_3
 E pre_definition_1_59_4
 E pre_definition_1_59_5
 E pre_definition_1_59_6
 E pre_definition_1_59_7
 E pre_definition_1_60_0
 E pre_definition_1_60_1
 E pre_definition_1_60_2
 E pre_definition_1_60_3
 E pre_definition_1_60_4
 E pre_definition_1_60_5
 E pre_definition_1_60_6
 E pre_definition_1_60_7
 E pre_definition_1_61_0
 E pre_definition_1_61_1
 E pre_definition_1_61_2
 E pre_definition_1_61_3
 E pre_definition_1_61_4
 E pre_definition_1_61_5
 E pre_definition_1_61_6
 E pre_definition_1_61_7
 E pre_definition_1_62_0
 E pre_definition_1_62_1
 E pre_definition_1_62_2
 E pre_definition_1_62_3
 E pre_definition_1_62_4
 E pre_definition_1_62_5
 E pre_definition_1_62_6
 E pre_definition_1_62_7
 E pre_definition_1_63_0
 E pre_definition_1_63_1
 E pre_definition_1_63_2
 E pre_definition_1_63_3
 E pre_definition_1_63_4
 E pre_definition_1_63_5
 E pre_definition_1_63_6
 E pre_definition_1_63_7
 E pre_definition_1_64_0
 E pre_definition_1_64_1
 E pre_definition_1_64_2
 E pre_definition_1_64_3
 E pre_definition_1_64_4
 E pre_definition_1_64_5
 E pre_definition_1_64_6
 E pre_definition_1_64_7
 E pre_definition_1_65_0
 E pre_definition_1_65_1
 E pre_definition_1_65_2
 E pre_definition_1_65_3
 E pre_definition_1_65_4
 E pre_definition_1_65_5
 E pre_definition_1_65_6
 E pre_definition_1_65_7
 E pre_definition_1_66_0
 E pre_definition_1_66_1
 E pre_definition_1_66_2
 E pre_definition_1_66_3
 E pre_definition_1_66_4
 E pre_definition_1_66_5
 E pre_definition_1_66_6
 E pre_definition_1_66_7
 E pre_definition_1_67_0
 E pre_definition_1_67_1
 E pre_definition_1_67_2
 E pre_definition_1_67_3
 E pre_definition_1_67_4
 E pre_definition_1_67_5
 E pre_definition_1_67_6
 E pre_definition_1_67_7
 E pre_definition_1_68_0
 E pre_definition_1_68_1
 E pre_definition_1_68_2
 E pre_definition_1_68_3
 E pre_definition_1_68_4
 E pre_definition_1_68_5
 E pre_definition_1_68_6
 E pre_definition_1_68_7
 E pre_definition_1_69_0
 E pre_definition_1_69_1
 E pre_definition_1_69_2
 E pre_definition_1_69_3
 E pre_definition_1_69_4
 E pre_definition_1_69_5
 E pre_definition_1_69_6
 E pre_definition_1_69_7
 E pre_definition_1_70_0
 E pre_definition_1_70_1
 E pre_definition_1_70_2
 E pre_definition_1_70_3
 E pre_definition_1_70_4
 E pre_definition_1_70_5
 E pre_definition_1_70_6
 E pre_definition_1_70_7
 E pre_definition_1_71_0
 E pre_definition_1_71_1
 E pre_definition_1_71_2
 E pre_definition_1_71_3
 E pre_definition_1_71_4
 E pre_definition_1_71_5
 E pre_definition_1_71_6
 E pre_definition_1_71_7
 E pre_definition_1_72_0
 E pre_definition_1_72_1
 E pre_definition_1_72_2
 E pre_definition_1_72_3
 E pre_definition_1_72_4
 E pre_definition_1_72_5
 E pre_definition_1_72_6
 E pre_definition_1_72_7
 E pre_definition_1_73_0
 E pre_definition_1_73_1
 E pre_definition_1_73_2
 E pre_definition_1_73_3
 E pre_definition_1_73_4
 E pre_definition_1_73_5
 E pre_definition_1_73_6
 E pre_definition_1_73_7
 E pre_definition_1_74_0
 E pre_definition_1_74_1
 E pre_definition_1_74_2
 E pre_definition_1_74_3
 E pre_definition_1_74_4
 E pre_definition_1_74_5
 E pre_definition_1_74_6
 E pre_definition_1_74_7
 E pre_definition_1_75_0
 E pre_definition_1_75_1
 E pre_definition_1_75_2
 E pre_definition_1_75_3
 E pre_definition_1_75_4
 E pre_definition_1_75_5
 E pre_definition_1_75_6
 E pre_definition_1_75_7
 E pre_definition_1_76_0
 E pre_definition_1_76_1
 E pre_definition_1_76_2
 E pre_definition_1_76_3
 E pre_definition_1_76_4
 E pre_definition_1_76_5
 E pre_definition_1_76_6
 E pre_definition_1_76_7
 E pre_definition_1_77_0
 E pre_definition_1_77_1
 E pre_definition_1_77_2
 E pre_definition_1_77_3
 E pre_definition_1_77_4
 E pre_definition_1_77_5
 E pre_definition_1_77_6
 E pre_definition_1_77_7
 E pre_definition_1_78_0
 E pre_definition_1_78_1
 E pre_definition_1_78_2
 E pre_definition_1_78_3
 E pre_definition_1_78_4
 E pre_definition_1_78_5
 E pre_definition_1_78_6
 E pre_definition_1_78_7
 E pre_definition_1_79_0
 E pre_definition_1_79_1
 E pre_definition_1_79_2
 E pre_definition_1_79_3
 E pre_definition_1_79_4
 E pre_definition_1_79_5
 E pre_definition_1_79_6
 E pre_definition_1_79_7
 E pre_definition_1_80_0
 E pre_definition_1_80_1
 E pre_definition_1_80_2
 E pre_definition_1_80_3
 E pre_definition_1_80_4
 E pre_definition_1_80_5
 E pre_definition_1_80_6
 E pre_definition_1_80_7
 E pre_definition_1_81_0
 E pre_definition_1_81_1
 E pre_definition_1_81_2
 E pre_definition_1_81_3
 E pre_definition_1_81_4
 E pre_definition_1_81_5
 E pre_definition_1_81_6
 E pre_definition_1_81_7
 E pre_definition_1_82_0
 E pre_definition_1_82_1
 E pre_definition_1_82_2
 E pre_definition_1_82_3
 E pre_definition_1_82_4
 E pre_definition_1_82_5
 E pre_definition_1_82_6
 E pre_definition_1_82_7
 E pre_definition_1_83_0
 E pre_definition_1_83_1
 E pre_definition_1_83_2
 E pre_definition_1_83_3
 E pre_definition_1_83_4
 E pre_definition_1_83_5
 E pre_definition_1_83_6
 E pre_definition_1_83_7
 E pre_definition_1_84_0
 E pre_definition_1_84_1
 E pre_definition_1_84_2
 E pre_definition_1_84_3
 E pre_definition_1_84_4
 E pre_definition_1_84_5
 E pre_definition_1_84_6
 E pre_definition_1_84_7
 E pre_definition_1_85_0
 E pre_definition_1_85_1
 E pre_definition_1_85_2
 E pre_definition_1_85_3
 E pre_definition_1_85_4
 E pre_definition_1_85_5
 E pre_definition_1_85_6
 E pre_definition_1_85_7
 E pre_definition_1_86_0
 E pre_definition_1_86_1
 E pre_definition_1_86_2
 E pre_definition_1_86_3
 E pre_definition_1_86_4
 E pre_definition_1_86_5
 E pre_definition_1_86_6
 E pre_definition_1_86_7
 E pre_definition_1_87_0
 E pre_definition_1_87_1
 E pre_definition_1_87_2
 E pre_definition_1_87_3
 E pre_definition_1_87_4
 E pre_definition_1_87_5
 E pre_definition_1_87_6
 E pre_definition_1_87_7
 E pre_definition_1_88_0
 E pre_definition_1_88_1
 E pre_definition_1_88_2
 E pre_definition_1_88_3
 E pre_definition_1_88_4
 E pre_definition_1_88_5
 E pre_definition_1_88_6
 E pre_definition_1_88_7
 E pre_definition_1_89_0
 E pre_definition_1_89_1
 E pre_definition_1_89_2
 E pre_definition_1_89_3
 E pre_definition_1_89_4
 E pre_definition_1_89_5
 E pre_definition_1_89_6
 E pre_definition_1_89_7
 E pre_definition_1_90_0
 E pre_definition_1_90_1
 E pre_definition_1_90_2
 E pre_definition_1_90_3
 E pre_definition_1_90_4
 E pre_definition_1_90_5
 E pre_definition_1_90_6
 E pre_definition_1_90_7
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
 E out_definition_46_0
 E out_definition_46_1
 E out_definition_47_0
 E out_definition_47_1
 E out_definition_48_0
 E out_definition_48_1
 E out_definition_49_0
 E out_definition_49_1
 E out_definition_50_0
 E out_definition_50_1
 E out_definition_51_0
 E out_definition_51_1
 E out_definition_52_0
 E out_definition_52_1
 E out_definition_53_0
 E out_definition_53_1
 E out_definition_54_0
 E out_definition_54_1
 E out_definition_55_0
 E out_definition_55_1
 E out_definition_56_0
 E out_definition_56_1
 E out_definition_57_0
 E out_definition_57_1
 E out_definition_58_0
 E out_definition_58_1
 E out_definition_59_0
 E out_definition_59_1
 E out_definition_60_0
 E out_definition_60_1
 E out_definition_61_0
 E out_definition_61_1
 E out_definition_62_0
 E out_definition_62_1
 E out_definition_63_0
 E out_definition_63_1
 E out_definition_64_0
 E out_definition_64_1
 E out_definition_65_0
 E out_definition_65_1
 E out_definition_66_0
 E out_definition_66_1
 E out_definition_67_0
 E out_definition_67_1
 E out_definition_68_0
 E out_definition_68_1
 E out_definition_69_0
 E out_definition_69_1
 E out_definition_70_0
 E out_definition_70_1
 E out_definition_71_0
 E out_definition_71_1
 E out_definition_72_0
 E out_definition_72_1
 E out_definition_73_0
 E out_definition_73_1
 E out_definition_74_0
 E out_definition_74_1
 E out_definition_75_0
 E out_definition_75_1
 E out_definition_76_0
 E out_definition_76_1
 E out_definition_77_0
 E out_definition_77_1
 E out_definition_78_0
 E out_definition_78_1
 E out_definition_79_0
 E out_definition_79_1
 E out_definition_80_0
 E out_definition_80_1
 E out_definition_81_0
 E out_definition_81_1
 E out_definition_82_0
 E out_definition_82_1
 E out_definition_83_0
 E out_definition_83_1
 E out_definition_84_0
 E out_definition_84_1
 E out_definition_85_0
 E out_definition_85_1
 E out_definition_86_0
 E out_definition_86_1
 E out_definition_87_0
 E out_definition_87_1
 E out_definition_88_0
 E out_definition_88_1
 E out_definition_89_0
 E out_definition_89_1
 E out_definition_90_0
 E out_definition_90_1
 G relu_1_0_0_above_pre
 E relu_1_0_0_complementary
 G relu_1_0_1_above_pre
 E relu_1_0_1_complementary
 G relu_1_0_2_above_pre
 E relu_1_0_2_complementary
 G relu_1_0_3_above_pre
 E relu_1_0_3_complementary
 G relu_1_0_4_above_pre
 E relu_1_0_4_complementary
 G relu_1_0_5_above_pre
 E relu_1_0_5_complementary
 G relu_1_0_6_above_pre
 E relu_1_0_6_complementary
 G relu_1_0_7_above_pre
 E relu_1_0_7_complementary
 G relu_1_1_0_above_pre
 E relu_1_1_0_complementary
 G relu_1_1_1_above_pre
 E relu_1_1_1_complementary
 G relu_1_1_2_above_pre
 E relu_1_1_2_complementary
 G relu_1_1_3_above_pre
 E relu_1_1_3_complementary
 G relu_1_1_4_above_pre
 E relu_1_1_4_complementary
 G relu_1_1_5_above_pre
 E relu_1_1_5_complementary
 G relu_1_1_6_above_pre
 E relu_1_1_6_complementary
 G relu_1_1_7_above_pre
 E relu_1_1_7_complementary
 G relu_1_2_0_above_pre
 E relu_1_2_0_complementary
 G relu_1_2_1_above_pre
 E relu_1_2_1_complementary
 G relu_1_2_2_above_pre
 E relu_1_2_2_complementary
 G relu_1_2_3_above_pre
 E relu_1_2_3_complementary
 G relu_1_2_4_above_pre
 E relu_1_2_4_complementary
 G relu_1_2_5_above_pre
 E relu_1_2_5_complementary
 G relu_1_2_6_above_pre
 E relu_1_2_6_complementary
 G relu_1_2_7_above_pre
 E relu_1_2_7_complementary
 G relu_1_3_0_above_pre
 E relu_1_3_0_complementary
 G relu_1_3_1_above_pre
 E relu_1_3_1_complementary
 G relu_1_3_2_above_pre
 E relu_1_3_2_complementary
 G relu_1_3_3_above_pre
 E relu_1_3_3_complementary
 G relu_1_3_4_above_pre
 E relu_1_3_4_complementary
 G relu_1_3_5_above_pre
 E relu_1_3_5_complementary
 G relu_1_3_6_above_pre
 E relu_1_3_6_complementary
 G relu_1_3_7_above_pre
 E relu_1_3_7_complementary
 G relu_1_4_0_above_pre
 E relu_1_4_0_complementary
 G relu_1_4_1_above_pre
 E relu_1_4_1_complementary
 G relu_1_4_2_above_pre
 E relu_1_4_2_complementary
 G relu_1_4_3_above_pre
 E relu_1_4_3_complementary
 G relu_1_4_4_above_pre
 E relu_1_4_4_complementary
 G relu_1_4_5_above_pre
 E relu_1_4_5_complementary
 G relu_1_4_6_above_pre
 E relu_1_4_6_complementary
 G relu_1_4_7_above_pre
 E relu_1_4_7_complementary
 G relu_1_5_0_above_pre
 E relu_1_5_0_complementary
 G relu_1_5_1_above_pre
 E relu_1_5_1_complementary
 G relu_1_5_2_above_pre
 E relu_1_5_2_complementary
 G relu_1_5_3_above_pre
 E relu_1_5_3_complementary
 G relu_1_5_4_above_pre
 E relu_1_5_4_complementary
 G relu_1_5_5_above_pre
 E relu_1_5_5_complementary
 G relu_1_5_6_above_pre
 E relu_1_5_6_complementary
 G relu_1_5_7_above_pre
 E relu_1_5_7_complementary
 G relu_1_6_0_above_pre
 E relu_1_6_0_complementary
 G relu_1_6_1_above_pre
 E relu_1_6_1_complementary
 G relu_1_6_2_above_pre
 E relu_1_6_2_complementary
 G relu_1_6_3_above_pre
 E relu_1_6_3_complementary
 G relu_1_6_4_above_pre
 E relu_1_6_4_complementary
 G relu_1_6_5_above_pre
 E relu_1_6_5_complementary
 G relu_1_6_6_above_pre
 E relu_1_6_6_complementary
 G relu_1_6_7_above_pre
 E relu_1_6_7_complementary
 G relu_1_7_0_above_pre
 E relu_1_7_0_complementary
 G relu_1_7_1_above_pre
 E relu_1_7_1_complementary
 G relu_1_7_2_above_pre
 E relu_1_7_2_complementary
 G relu_1_7_3_above_pre
 E relu_1_7_3_complementary
 G relu_1_7_4_above_pre
 E relu_1_7_4_complementary
 G relu_1_7_5_above_pre
 E relu_1_7_5_complementary
 G relu_1_7_6_above_pre
 E relu_1_7_6_complementary
 G relu_1_7_7_above_pre
 E relu_1_7_7_complementary
 G relu_1_8_0_above_pre
 E relu_1_8_0_complementary
 G relu_1_8_1_above_pre
 E relu_1_8_1_complementary
 G relu_1_8_2_above_pre
 E relu_1_8_2_complementary
 G relu_1_8_3_above_pre
 E relu_1_8_3_complementary
 G relu_1_8_4_above_pre
 E relu_1_8_4_complementary
 G relu_1_8_5_above_pre
 E relu_1_8_5_complementary
 G relu_1_8_6_above_pre
 E relu_1_8_6_complementary
 G relu_1_8_7_above_pre
 E relu_1_8_7_complementary
 G relu_1_9_0_above_pre
 E relu_1_9_0_complementary
 G relu_1_9_1_above_pre
 E relu_1_9_1_complementary
 G relu_1_9_2_above_pre
 E relu_1_9_2_complementary
 G relu_1_9_3_above_pre
 E relu_1_9_3_complementary
 G relu_1_9_4_above_pre
 E relu_1_9_4_complementary
 G relu_1_9_5_above_pre
 E relu_1_9_5_complementary
 G relu_1_9_6_above_pre
 E relu_1_9_6_complementary
 G relu_1_9_7_above_pre
 E relu_1_9_7_complementary
 G relu_1_10_0_above_pre
 E relu_1_10_0_complementary
 G relu_1_10_1_above_pre
 E relu_1_10_1_complementary
 G relu_1_10_2_above_pre
 E relu_1_10_2_complementary
 G relu_1_10_3_above_pre
 E relu_1_10_3_complementary
 G relu_1_10_4_above_pre
 E relu_1_10_4_complementary
 G relu_1_10_5_above_pre
 E relu_1_10_5_complementary
 G relu_1_10_6_above_pre
 E relu_1_10_6_complementary
 G relu_1_10_7_above_pre
 E relu_1_10_7_complementary
 G relu_1_11_0_above_pre
 E relu_1_11_0_complementary
 G relu_1_11_1_above_pre
 E relu_1_11_1_complementary
 G relu_1_11_2_above_pre
 E relu_1_11_2_complementary
 G relu_1_11_3_above_pre
 E relu_1_11_3_complementary
 G relu_1_11_4_above_pre
 E relu_1_11_4_complementary
 G relu_1_11_5_above_pre
 E relu_1_11_5_complementary
 G relu_1_11_6_above_pre
 E relu_1_11_6_complementary
 G relu_1_11_7_above_pre
 E relu_1_11_7_complementary
 G relu_1_12_0_above_pre
 E relu_1_12_0_complementary
 G relu_1_12_1_above_pre
 E relu_1_12_1_complementary
 G relu_1_12_2_above_pre
 E relu_1_12_2_complementary
 G relu_1_12_3_above_pre
 E relu_1_12_3_complementary
 G relu_1_12_4_above_pre
 E relu_1_12_4_complementary
 G relu_1_12_5_above_pre
 E relu_1_12_5_complementary
 G relu_1_12_6_above_pre
 E relu_1_12_6_complementary
 G relu_1_12_7_above_pre
 E relu_1_12_7_complementary
 G relu_1_13_0_above_pre
 E relu_1_13_0_complementary
 G relu_1_13_1_above_pre
 E relu_1_13_1_complementary
 G relu_1_13_2_above_pre
 E relu_1_13_2_complementary
 G relu_1_13_3_above_pre
 E relu_1_13_3_complementary
 G relu_1_13_4_above_pre
 E relu_1_13_4_complementary
 G relu_1_13_5_above_pre
 E relu_1_13_5_complementary
 G relu_1_13_6_above_pre
 E relu_1_13_6_complementary
 G relu_1_13_7_above_pre
 E relu_1_13_7_complementary
 G relu_1_14_0_above_pre
 E relu_1_14_0_complementary
 G relu_1_14_1_above_pre
 E relu_1_14_1_complementary
 G relu_1_14_2_above_pre
 E relu_1_14_2_complementary
 G relu_1_14_3_above_pre
 E relu_1_14_3_complementary
 G relu_1_14_4_above_pre
 E relu_1_14_4_complementary
 G relu_1_14_5_above_pre
 E relu_1_14_5_complementary
 G relu_1_14_6_above_pre
 E relu_1_14_6_complementary
 G relu_1_14_7_above_pre
 E relu_1_14_7_complementary
 G relu_1_15_0_above_pre
 E relu_1_15_0_complementary
 G relu_1_15_1_above_pre
 E relu_1_15_1_complementary
 G relu_1_15_2_above_pre
 E relu_1_15_2_complementary
 G relu_1_15_3_above_pre
 E relu_1_15_3_complementary
 G relu_1_15_4_above_pre
 E relu_1_15_4_complementary
 G relu_1_15_5_above_pre
 E relu_1_15_5_complementary
 G relu_1_15_6_above_pre
 E relu_1_15_6_complementary
 G relu_1_15_7_above_pre
 E relu_1_15_7_complementary
 G relu_1_16_0_above_pre
 E relu_1_16_0_complementary
 G relu_1_16_1_above_pre
 E relu_1_16_1_complementary
 G relu_1_16_2_above_pre
 E relu_1_16_2_complementary
 G relu_1_16_3_above_pre
 E relu_1_16_3_complementary
 G relu_1_16_4_above_pre
 E relu_1_16_4_complementary
 G relu_1_16_5_above_pre
 E relu_1_16_5_complementary
 G relu_1_16_6_above_pre
 E relu_1_16_6_complementary
 G relu_1_16_7_above_pre
 E relu_1_16_7_complementary
 G relu_1_17_0_above_pre
 E relu_1_17_0_complementary
 G relu_1_17_1_above_pre
 E relu_1_17_1_complementary
 G relu_1_17_2_above_pre
 E relu_1_17_2_complementary
 G relu_1_17_3_above_pre
 E relu_1_17_3_complementary
 G relu_1_17_4_above_pre
 E relu_1_17_4_complementary
 G relu_1_17_5_above_pre
 E relu_1_17_5_complementary
 G relu_1_17_6_above_pre
 E relu_1_17_6_complementary
 G relu_1_17_7_above_pre
 E relu_1_17_7_complementary
 G relu_1_18_0_above_pre
 E relu_1_18_0_complementary
 G relu_1_18_1_above_pre
 E relu_1_18_1_complementary
 G relu_1_18_2_above_pre
 E relu_1_18_2_complementary
 G relu_1_18_3_above_pre
 E relu_1_18_3_complementary
 G relu_1_18_4_above_pre
 E relu_1_18_4_complementary
 G relu_1_18_5_above_pre
 E relu_1_18_5_complementary
 G relu_1_18_6_above_pre
 E relu_1_18_6_complementary
 G relu_1_18_7_above_pre
 E relu_1_18_7_complementary
 G relu_1_19_0_above_pre
 E relu_1_19_0_complementary
 G relu_1_19_1_above_pre
 E relu_1_19_1_complementary
 G relu_1_19_2_above_pre
 E relu_1_19_2_complementary
 G relu_1_19_3_above_pre
 E relu_1_19_3_complementary
 G relu_1_19_4_above_pre
 E relu_1_19_4_complementary
 G relu_1_19_5_above_pre
 E relu_1_19_5_complementary
 G relu_1_19_6_above_pre
 E relu_1_19_6_complementary
 G relu_1_19_7_above_pre
 E relu_1_19_7_complementary
 G relu_1_20_0_above_pre
 E relu_1_20_0_complementary
 G relu_1_20_1_above_pre
 E relu_1_20_1_complementary
 G relu_1_20_2_above_pre
 E relu_1_20_2_complementary
 G relu_1_20_3_above_pre
 E relu_1_20_3_complementary
 G relu_1_20_4_above_pre
 E relu_1_20_4_complementary
 G relu_1_20_5_above_pre
 E relu_1_20_5_complementary
 G relu_1_20_6_above_pre
 E relu_1_20_6_complementary
 G relu_1_20_7_above_pre
 E relu_1_20_7_complementary
 G relu_1_21_0_above_pre
 E relu_1_21_0_complementary
 G relu_1_21_1_above_pre
 E relu_1_21_1_complementary
 G relu_1_21_2_above_pre
 E relu_1_21_2_complementary
 G relu_1_21_3_above_pre
 E relu_1_21_3_complementary
 G relu_1_21_4_above_pre
 E relu_1_21_4_complementary
 G relu_1_21_5_above_pre
 E relu_1_21_5_complementary
 G relu_1_21_6_above_pre
 E relu_1_21_6_complementary
 G relu_1_21_7_above_pre
 E relu_1_21_7_complementary
 G relu_1_22_0_above_pre
 E relu_1_22_0_complementary
 G relu_1_22_1_above_pre
 E relu_1_22_1_complementary
 G relu_1_22_2_above_pre
 E relu_1_22_2_complementary
 G relu_1_22_3_above_pre
 E relu_1_22_3_complementary
 G relu_1_22_4_above_pre
 E relu_1_22_4_complementary
 G relu_1_22_5_above_pre
 E relu_1_22_5_complementary
 G relu_1_22_6_above_pre
 E relu_1_22_6_complementary
 G relu_1_22_7_above_pre
 E relu_1_22_7_complementary
 G relu_1_23_0_above_pre
 E relu_1_23_0_complementary
 G relu_1_23_1_above_pre
 E relu_1_23_1_complementary
 G relu_1_23_2_above_pre
 E relu_1_23_2_complementary
 G relu_1_23_3_above_pre
 E relu_1_23_3_complementary
 G relu_1_23_4_above_pre
 E relu_1_23_4_complementary
 G relu_1_23_5_above_pre
 E relu_1_23_5_complementary
 G relu_1_23_6_above_pre
 E relu_1_23_6_complementary
 G relu_1_23_7_above_pre
 E relu_1_23_7_complementary
 G relu_1_24_0_above_pre
 E relu_1_24_0_complementary
 G relu_1_24_1_above_pre
 E relu_1_24_1_complementary
 G relu_1_24_2_above_pre
 E relu_1_24_2_complementary
 G relu_1_24_3_above_pre
 E relu_1_24_3_complementary
 G relu_1_24_4_above_pre
 E relu_1_24_4_complementary
 G relu_1_24_5_above_pre
 E relu_1_24_5_complementary
 G relu_1_24_6_above_pre
 E relu_1_24_6_complementary
 G relu_1_24_7_above_pre
 E relu_1_24_7_complementary
 G relu_1_25_0_above_pre
 E relu_1_25_0_complementary
 G relu_1_25_1_above_pre
 E relu_1_25_1_complementary
 G relu_1_25_2_above_pre
 E relu_1_25_2_complementary
 G relu_1_25_3_above_pre
 E relu_1_25_3_complementary
 G relu_1_25_4_above_pre
 E relu_1_25_4_complementary
 G relu_1_25_5_above_pre
 E relu_1_25_5_complementary
 G relu_1_25_6_above_pre
 E relu_1_25_6_complementary
 G relu_1_25_7_above_pre
 E relu_1_25_7_complementary
 G relu_1_26_0_above_pre
 E relu_1_26_0_complementary
 G relu_1_26_1_above_pre
 E relu_1_26_1_complementary
 G relu_1_26_2_above_pre
 E relu_1_26_2_complementary
 G relu_1_26_3_above_pre
 E relu_1_26_3_complementary
 G relu_1_26_4_above_pre
 E relu_1_26_4_complementary
 G relu_1_26_5_above_pre
 E relu_1_26_5_complementary
 G relu_1_26_6_above_pre
 E relu_1_26_6_complementary
 G relu_1_26_7_above_pre
 E relu_1_26_7_complementary
 G relu_1_27_0_above_pre
 E relu_1_27_0_complementary
 G relu_1_27_1_above_pre
 E relu_1_27_1_complementary
 G relu_1_27_2_above_pre
 E relu_1_27_2_complementary
 G relu_1_27_3_above_pre
 E relu_1_27_3_complementary
 G relu_1_27_4_above_pre
 E relu_1_27_4_complementary
 G relu_1_27_5_above_pre
 E relu_1_27_5_complementary
 G relu_1_27_6_above_pre
 E relu_1_27_6_complementary
 G relu_1_27_7_above_pre
 E relu_1_27_7_complementary
 G relu_1_28_0_above_pre
 E relu_1_28_0_complementary
 G relu_1_28_1_above_pre
 E relu_1_28_1_complementary
 G relu_1_28_2_above_pre
 E relu_1_28_2_complementary
 G relu_1_28_3_above_pre
 E relu_1_28_3_complementary
 G relu_1_28_4_above_pre
 E relu_1_28_4_complementary
 G relu_1_28_5_above_pre
 E relu_1_28_5_complementary
 G relu_1_28_6_above_pre
 E relu_1_28_6_complementary
 G relu_1_28_7_above_pre
 E relu_1_28_7_complementary
 G relu_1_29_0_above_pre
 E relu_1_29_0_complementary
 G relu_1_29_1_above_pre
 E relu_1_29_1_complementary
 G relu_1_29_2_above_pre
 E relu_1_29_2_complementary
 G relu_1_29_3_above_pre
 E relu_1_29_3_complementary
 G relu_1_29_4_above_pre
 E relu_1_29_4_complementary
 G relu_1_29_5_above_pre
 E relu_1_29_5_complementary
 G relu_1_29_6_above_pre
 E relu_1_29_6_complementary
 G relu_1_29_7_above_pre
 E relu_1_29_7_complementary
 G relu_1_30_0_above_pre
 E relu_1_30_0_complementary
 G relu_1_30_1_above_pre
 E relu_1_30_1_complementary
 G relu_1_30_2_above_pre
 E relu_1_30_2_complementary
 G relu_1_30_3_above_pre
 E relu_1_30_3_complementary
 G relu_1_30_4_above_pre
 E relu_1_30_4_complementary
 G relu_1_30_5_above_pre
 E relu_1_30_5_complementary
 G relu_1_30_6_above_pre
 E relu_1_30_6_complementary
 G relu_1_30_7_above_pre
 E relu_1_30_7_complementary
 G relu_1_31_0_above_pre
 E relu_1_31_0_complementary
 G relu_1_31_1_above_pre
 E relu_1_31_1_complementary
 G relu_1_31_2_above_pre
 E relu_1_31_2_complementary
 G relu_1_31_3_above_pre
 E relu_1_31_3_complementary
 G relu_1_31_4_above_pre
 E relu_1_31_4_complementary
 G relu_1_31_5_above_pre
 E relu_1_31_5_complementary
 G relu_1_31_6_above_pre
 E relu_1_31_6_complementary
 G relu_1_31_7_above_pre
 E relu_1_31_7_complementary
 G relu_1_32_0_above_pre
 E relu_1_32_0_complementary
 G relu_1_32_1_above_pre
 E relu_1_32_1_complementary
 G relu_1_32_2_above_pre
 E relu_1_32_2_complementary
 G relu_1_32_3_above_pre
 E relu_1_32_3_complementary
 G relu_1_32_4_above_pre
 E relu_1_32_4_complementary
 G relu_1_32_5_above_pre
 E relu_1_32_5_complementary
 G relu_1_32_6_above_pre
 E relu_1_32_6_complementary
 G relu_1_32_7_above_pre
 E relu_1_32_7_complementary
 G relu_1_33_0_above_pre
 E relu_1_33_0_complementary
 G relu_1_33_1_above_pre
 E relu_1_33_1_complementary
 G relu_1_33_2_above_pre
 E relu_1_33_2_complementary
 G relu_1_33_3_above_pre
 E relu_1_33_3_complementary
 G relu_1_33_4_above_pre
 E relu_1_33_4_complementary
 G relu_1_33_5_above_pre
 E relu_1_33_5_complementary
 G relu_1_33_6_above_pre
 E relu_1_33_6_complementary
 G relu_1_33_7_above_pre
 E relu_1_33_7_complementary
 G relu_1_34_0_above_pre
 E relu_1_34_0_complementary
 G relu_1_34_1_above_pre
 E relu_1_34_1_complementary
 G relu_1_34_2_above_pre
 E relu_1_34_2_complementary
 G relu_1_34_3_above_pre
 E relu_1_34_3_complementary
 G relu_1_34_4_above_pre
 E relu_1_34_4_complementary
 G relu_1_34_5_above_pre
 E relu_1_34_5_complementary
 G relu_1_34_6_above_pre
 E relu_1_34_6_complementary
 G relu_1_34_7_above_pre
 E relu_1_34_7_complementary
 G relu_1_35_0_above_pre
 E relu_1_35_0_complementary
 G relu_1_35_1_above_pre
 E relu_1_35_1_complementary
 G relu_1_35_2_above_pre
 E relu_1_35_2_complementary
 G relu_1_35_3_above_pre
 E relu_1_35_3_complementary
 G relu_1_35_4_above_pre
 E relu_1_35_4_complementary
 G relu_1_35_5_above_pre
 E relu_1_35_5_complementary
 G relu_1_35_6_above_pre
 E relu_1_35_6_complementary
 G relu_1_35_7_above_pre
 E relu_1_35_7_complementary
 G relu_1_36_0_above_pre
 E relu_1_36_0_complementary
 G relu_1_36_1_above_pre
 E relu_1_36_1_complementary
 G relu_1_36_2_above_pre
 E relu_1_36_2_complementary
 G relu_1_36_3_above_pre
 E relu_1_36_3_complementary
 G relu_1_36_4_above_pre
 E relu_1_36_4_complementary
 G relu_1_36_5_above_pre
 E relu_1_36_5_complementary
 G relu_1_36_6_above_pre
 E relu_1_36_6_complementary
 G relu_1_36_7_above_pre
 E relu_1_36_7_complementary
 G relu_1_37_0_above_pre
 E relu_1_37_0_complementary
 G relu_1_37_1_above_pre
 E relu_1_37_1_complementary
 G relu_1_37_2_above_pre
 E relu_1_37_2_complementary
 G relu_1_37_3_above_pre
 E relu_1_37_3_complementary
 G relu_1_37_4_above_pre
 E relu_1_37_4_complementary
 G relu_1_37_5_above_pre
 E relu_1_37_5_complementary
 G relu_1_37_6_above_pre
 E relu_1_37_6_complementary
 G relu_1_37_7_above_pre
 E relu_1_37_7_complementary
 G relu_1_38_0_above_pre
 E relu_1_38_0_complementary
 G relu_1_38_1_above_pre
 E relu_1_38_1_complementary
 G relu_1_38_2_above_pre
 E relu_1_38_2_complementary
 G relu_1_38_3_above_pre
 E relu_1_38_3_complementary
 G relu_1_38_4_above_pre
 E relu_1_38_4_complementary
 G relu_1_38_5_above_pre
 E relu_1_38_5_complementary
 G relu_1_38_6_above_pre
 E relu_1_38_6_complementary
 G relu_1_38_7_above_pre
 E relu_1_38_7_complementary
 G relu_1_39_0_above_pre
 E relu_1_39_0_complementary
 G relu_1_39_1_above_pre
 E relu_1_39_1_complementary
 G relu_1_39_2_above_pre
 E relu_1_39_2_complementary
 G relu_1_39_3_above_pre
 E relu_1_39_3_complementary
 G relu_1_39_4_above_pre
 E relu_1_39_4_complementary
 G relu_1_39_5_above_pre
 E relu_1_39_5_complementary
 G relu_1_39_6_above_pre
 E relu_1_39_6_complementary
 G relu_1_39_7_above_pre
 E relu_1_39_7_complementary
 G relu_1_40_0_above_pre
 E relu_1_40_0_complementary
 G relu_1_40_1_above_pre
 E relu_1_40_1_complementary
 G relu_1_40_2_above_pre
 E relu_1_40_2_complementary
 G relu_1_40_3_above_pre
 E relu_1_40_3_complementary
 G relu_1_40_4_above_pre
 E relu_1_40_4_complementary
 G relu_1_40_5_above_pre
 E relu_1_40_5_complementary
 G relu_1_40_6_above_pre
 E relu_1_40_6_complementary
 G relu_1_40_7_above_pre
 E relu_1_40_7_complementary
 G relu_1_41_0_above_pre
 E relu_1_41_0_complementary
 G relu_1_41_1_above_pre
 E relu_1_41_1_complementary
 G relu_1_41_2_above_pre
 E relu_1_41_2_complementary
 G relu_1_41_3_above_pre
 E relu_1_41_3_complementary
 G relu_1_41_4_above_pre
 E relu_1_41_4_complementary
 G relu_1_41_5_above_pre
 E relu_1_41_5_complementary
 G relu_1_41_6_above_pre
 E relu_1_41_6_complementary
 G relu_1_41_7_above_pre
 E relu_1_41_7_complementary
 G relu_1_42_0_above_pre
 E relu_1_42_0_complementary
 G relu_1_42_1_above_pre
 E relu_1_42_1_complementary
 G relu_1_42_2_above_pre
 E relu_1_42_2_complementary
 G relu_1_42_3_above_pre
 E relu_1_42_3_complementary
 G relu_1_42_4_above_pre
 E relu_1_42_4_complementary
 G relu_1_42_5_above_pre
 E relu_1_42_5_complementary
 G relu_1_42_6_above_pre
 E relu_1_42_6_complementary
 G relu_1_42_7_above_pre
 E relu_1_42_7_complementary
 G relu_1_43_0_above_pre
 E relu_1_43_0_complementary
 G relu_1_43_1_above_pre
 E relu_1_43_1_complementary
 G relu_1_43_2_above_pre
 E relu_1_43_2_complementary
 G relu_1_43_3_above_pre
 E relu_1_43_3_complementary
 G relu_1_43_4_above_pre
 E relu_1_43_4_complementary
 G relu_1_43_5_above_pre
 E relu_1_43_5_complementary
 G relu_1_43_6_above_pre
 E relu_1_43_6_complementary
 G relu_1_43_7_above_pre
 E relu_1_43_7_complementary
 G relu_1_44_0_above_pre
 E relu_1_44_0_complementary
 G relu_1_44_1_above_pre
 E relu_1_44_1_complementary
 G relu_1_44_2_above_pre
 E relu_1_44_2_complementary
 G relu_1_44_3_above_pre
 E relu_1_44_3_complementary
 G relu_1_44_4_above_pre
 E relu_1_44_4_complementary
 G relu_1_44_5_above_pre
 E relu_1_44_5_complementary
 G relu_1_44_6_above_pre
 E relu_1_44_6_complementary
 G relu_1_44_7_above_pre
 E relu_1_44_7_complementary
 G relu_1_45_0_above_pre
 E relu_1_45_0_complementary
 G relu_1_45_1_above_pre
 E relu_1_45_1_complementary
 G relu_1_45_2_above_pre
 E relu_1_45_2_complementary
 G relu_1_45_3_above_pre
 E relu_1_45_3_complementary
 G relu_1_45_4_above_pre
 E relu_1_45_4_complementary
 G relu_1_45_5_above_pre
 E relu_1_45_5_complementary
 G relu_1_45_6_above_pre
 E relu_1_45_6_complementary
 G relu_1_45_7_above_pre
 E relu_1_45_7_complementary
 G relu_1_46_0_above_pre
 E relu_1_46_0_complementary
 G relu_1_46_1_above_pre
 E relu_1_46_1_complementary
 G relu_1_46_2_above_pre
 E relu_1_46_2_complementary
 G relu_1_46_3_above_pre
 E relu_1_46_3_complementary
 G relu_1_46_4_above_pre
 E relu_1_46_4_complementary
 G relu_1_46_5_above_pre
 E relu_1_46_5_complementary
 G relu_1_46_6_above_pre
 E relu_1_46_6_complementary
 G relu_1_46_7_above_pre
 E relu_1_46_7_complementary
 G relu_1_47_0_above_pre
 E relu_1_47_0_complementary
 G relu_1_47_1_above_pre
 E relu_1_47_1_complementary
 G relu_1_47_2_above_pre
 E relu_1_47_2_complementary
 G relu_1_47_3_above_pre
 E relu_1_47_3_complementary
 G relu_1_47_4_above_pre
 E relu_1_47_4_complementary
 G relu_1_47_5_above_pre
 E relu_1_47_5_complementary
 G relu_1_47_6_above_pre
 E relu_1_47_6_complementary
 G relu_1_47_7_above_pre
 E relu_1_47_7_complementary
 G relu_1_48_0_above_pre
 E relu_1_48_0_complementary
 G relu_1_48_1_above_pre
 E relu_1_48_1_complementary
 G relu_1_48_2_above_pre
 E relu_1_48_2_complementary
 G relu_1_48_3_above_pre
 E relu_1_48_3_complementary
 G relu_1_48_4_above_pre
 E relu_1_48_4_complementary
 G relu_1_48_5_above_pre
 E relu_1_48_5_complementary
 G relu_1_48_6_above_pre
 E relu_1_48_6_complementary
 G relu_1_48_7_above_pre
 E relu_1_48_7_complementary
 G relu_1_49_0_above_pre
 E relu_1_49_0_complementary
 G relu_1_49_1_above_pre
 E relu_1_49_1_complementary
 G relu_1_49_2_above_pre
 E relu_1_49_2_complementary
 G relu_1_49_3_above_pre
 E relu_1_49_3_complementary
 G relu_1_49_4_above_pre
 E relu_1_49_4_complementary
 G relu_1_49_5_above_pre
 E relu_1_49_5_complementary
 G relu_1_49_6_above_pre
 E relu_1_49_6_complementary
 G relu_1_49_7_above_pre
 E relu_1_49_7_complementary
 G relu_1_50_0_above_pre
 E relu_1_50_0_complementary
 G relu_1_50_1_above_pre
 E relu_1_50_1_complementary
 G relu_1_50_2_above_pre
 E relu_1_50_2_complementary
 G relu_1_50_3_above_pre
 E relu_1_50_3_complementary
 G relu_1_50_4_above_pre
 E relu_1_50_4_complementary
 G relu_1_50_5_above_pre
 E relu_1_50_5_complementary
 G relu_1_50_6_above_pre
 E relu_1_50_6_complementary
 G relu_1_50_7_above_pre
 E relu_1_50_7_complementary
 G relu_1_51_0_above_pre
 E relu_1_51_0_complementary
 G relu_1_51_1_above_pre
 E relu_1_51_1_complementary
 G relu_1_51_2_above_pre
 E relu_1_51_2_complementary
 G relu_1_51_3_above_pre
 E relu_1_51_3_complementary
 G relu_1_51_4_above_pre
 E relu_1_51_4_complementary
 G relu_1_51_5_above_pre
 E relu_1_51_5_complementary
 G relu_1_51_6_above_pre
 E relu_1_51_6_complementary
 G relu_1_51_7_above_pre
 E relu_1_51_7_complementary
 G relu_1_52_0_above_pre
 E relu_1_52_0_complementary
 G relu_1_52_1_above_pre
 E relu_1_52_1_complementary
 G relu_1_52_2_above_pre
 E relu_1_52_2_complementary
 G relu_1_52_3_above_pre
 E relu_1_52_3_complementary
 G relu_1_52_4_above_pre
 E relu_1_52_4_complementary
 G relu_1_52_5_above_pre
 E relu_1_52_5_complementary
 G relu_1_52_6_above_pre
 E relu_1_52_6_complementary
 G relu_1_52_7_above_pre
 E relu_1_52_7_complementary
 G relu_1_53_0_above_pre
 E relu_1_53_0_complementary
 G relu_1_53_1_above_pre
 E relu_1_53_1_complementary
 G relu_1_53_2_above_pre
 E relu_1_53_2_complementary
 G relu_1_53_3_above_pre
 E relu_1_53_3_complementary
 G relu_1_53_4_above_pre
 E relu_1_53_4_complementary
 G relu_1_53_5_above_pre
 E relu_1_53_5_complementary
 G relu_1_53_6_above_pre
 E relu_1_53_6_complementary
 G relu_1_53_7_above_pre
 E relu_1_53_7_complementary
 G relu_1_54_0_above_pre
 E relu_1_54_0_complementary
 G relu_1_54_1_above_pre
 E relu_1_54_1_complementary
 G relu_1_54_2_above_pre
 E relu_1_54_2_complementary
 G relu_1_54_3_above_pre
 E relu_1_54_3_complementary
 G relu_1_54_4_above_pre
 E relu_1_54_4_complementary
 G relu_1_54_5_above_pre
 E relu_1_54_5_complementary
 G relu_1_54_6_above_pre
 E relu_1_54_6_complementary
 G relu_1_54_7_above_pre
 E relu_1_54_7_complementary
 G relu_1_55_0_above_pre
 E relu_1_55_0_complementary
 G relu_1_55_1_above_pre
 E relu_1_55_1_complementary
 G relu_1_55_2_above_pre
 E relu_1_55_2_complementary
 G relu_1_55_3_above_pre
 E relu_1_55_3_complementary
 G relu_1_55_4_above_pre
 E relu_1_55_4_complementary
 G relu_1_55_5_above_pre
 E relu_1_55_5_complementary
 G relu_1_55_6_above_pre
 E relu_1_55_6_complementary
 G relu_1_55_7_above_pre
 E relu_1_55_7_complementary
 G relu_1_56_0_above_pre
 E relu_1_56_0_complementary
 G relu_1_56_1_above_pre
 E relu_1_56_1_complementary
 G relu_1_56_2_above_pre
 E relu_1_56_2_complementary
 G relu_1_56_3_above_pre
 E relu_1_56_3_complementary
 G relu_1_56_4_above_pre
 E relu_1_56_4_complementary
 G relu_1_56_5_above_pre
 E relu_1_56_5_complementary
 G relu_1_56_6_above_pre
 E relu_1_56_6_complementary
 G relu_1_56_7_above_pre
 E relu_1_56_7_complementary
 G relu_1_57_0_above_pre
 E relu_1_57_0_complementary
 G relu_1_57_1_above_pre
 E relu_1_57_1_complementary
 G relu_1_57_2_above_pre
 E relu_1_57_2_complementary
 G relu_1_57_3_above_pre
 E relu_1_57_3_complementary
 G relu_1_57_4_above_pre
 E relu_1_57_4_complementary
 G relu_1_57_5_above_pre
 E relu_1_57_5_complementary
 G relu_1_57_6_above_pre
 E relu_1_57_6_complementary
 G relu_1_57_7_above_pre
 E relu_1_57_7_complementary
 G relu_1_58_0_above_pre
 E relu_1_58_0_complementary
 G relu_1_58_1_above_pre
 E relu_1_58_1_complementary
 G relu_1_58_2_above_pre
 E relu_1_58_2_complementary
 G relu_1_58_3_above_pre
 E relu_1_58_3_complementary
 G relu_1_58_4_above_pre
 E relu_1_58_4_complementary
 G relu_1_58_5_above_pre
 E relu_1_58_5_complementary
 G relu_1_58_6_above_pre
 E relu_1_58_6_complementary
 G relu_1_58_7_above_pre
 E relu_1_58_7_complementary
 G relu_1_59_0_above_pre
 E relu_1_59_0_complementary
 G relu_1_59_1_above_pre
 E relu_1_59_1_complementary
 G relu_1_59_2_above_pre
 E relu_1_59_2_complementary
 G relu_1_59_3_above_pre
 E relu_1_59_3_complementary
 G relu_1_59_4_above_pre
 E relu_1_59_4_complementary
 G relu_1_59_5_above_pre
 E relu_1_59_5_complementary
 G relu_1_59_6_above_pre
 E relu_1_59_6_complementary
 G relu_1_59_7_above_pre
 E relu_1_59_7_complementary
 G relu_1_60_0_above_pre
 E relu_1_60_0_complementary
 G relu_1_60_1_above_pre
 E relu_1_60_1_complementary
 G relu_1_60_2_above_pre
 E relu_1_60_2_complementary
 G relu_1_60_3_above_pre
 E relu_1_60_3_complementary
 G relu_1_60_4_above_pre
 E relu_1_60_4_complementary
 G relu_1_60_5_above_pre
 E relu_1_60_5_complementary
 G relu_1_60_6_above_pre
 E relu_1_60_6_complementary
 G relu_1_60_7_above_pre
 E relu_1_60_7_complementary
 G relu_1_61_0_above_pre
 E relu_1_61_0_complementary
 G relu_1_61_1_above_pre
 E relu_1_61_1_complementary
 G relu_1_61_2_above_pre
 E relu_1_61_2_complementary
 G relu_1_61_3_above_pre
 E relu_1_61_3_complementary
 G relu_1_61_4_above_pre
 E relu_1_61_4_complementary
 G relu_1_61_5_above_pre
 E relu_1_61_5_complementary
 G relu_1_61_6_above_pre
 E relu_1_61_6_complementary
 G relu_1_61_7_above_pre
 E relu_1_61_7_complementary
 G relu_1_62_0_above_pre
 E relu_1_62_0_complementary
 G relu_1_62_1_above_pre
 E relu_1_62_1_complementary
 G relu_1_62_2_above_pre
 E relu_1_62_2_complementary
 G relu_1_62_3_above_pre
 E relu_1_62_3_complementary
 G relu_1_62_4_above_pre
 E relu_1_62_4_complementary
 G relu_1_62_5_above_pre
 E relu_1_62_5_complementary
 G relu_1_62_6_above_pre
 E relu_1_62_6_complementary
 G relu_1_62_7_above_pre
 E relu_1_62_7_complementary
 G relu_1_63_0_above_pre
 E relu_1_63_0_complementary
 G relu_1_63_1_above_pre
 E relu_1_63_1_complementary
 G relu_1_63_2_above_pre
 E relu_1_63_2_complementary
 G relu_1_63_3_above_pre
 E relu_1_63_3_complementary
 G relu_1_63_4_above_pre
 E relu_1_63_4_complementary
 G relu_1_63_5_above_pre
 E relu_1_63_5_complementary
 G relu_1_63_6_above_pre
 E relu_1_63_6_complementary
 G relu_1_63_7_above_pre
 E relu_1_63_7_complementary
 G relu_1_64_0_above_pre
 E relu_1_64_0_complementary
 G relu_1_64_1_above_pre
 E relu_1_64_1_complementary
 G relu_1_64_2_above_pre
 E relu_1_64_2_complementary
 G relu_1_64_3_above_pre
 E relu_1_64_3_complementary
 G relu_1_64_4_above_pre
 E relu_1_64_4_complementary
 G relu_1_64_5_above_pre
 E relu_1_64_5_complementary
 G relu_1_64_6_above_pre
 E relu_1_64_6_complementary
 G relu_1_64_7_above_pre
 E relu_1_64_7_complementary
 G relu_1_65_0_above_pre
 E relu_1_65_0_complementary
 G relu_1_65_1_above_pre
 E relu_1_65_1_complementary
 G relu_1_65_2_above_pre
 E relu_1_65_2_complementary
 G relu_1_65_3_above_pre
 E relu_1_65_3_complementary
 G relu_1_65_4_above_pre
 E relu_1_65_4_complementary
 G relu_1_65_5_above_pre
 E relu_1_65_5_complementary
 G relu_1_65_6_above_pre
 E relu_1_65_6_complementary
 G relu_1_65_7_above_pre
 E relu_1_65_7_complementary
 G relu_1_66_0_above_pre
 E relu_1_66_0_complementary
 G relu_1_66_1_above_pre
 E relu_1_66_1_complementary
 G relu_1_66_2_above_pre
 E relu_1_66_2_complementary
 G relu_1_66_3_above_pre
 E relu_1_66_3_complementary
 G relu_1_66_4_above_pre
 E relu_1_66_4_complementary
 G relu_1_66_5_above_pre
 E relu_1_66_5_complementary
 G relu_1_66_6_above_pre
 E relu_1_66_6_complementary
 G relu_1_66_7_above_pre
 E relu_1_66_7_complementary
 G relu_1_67_0_above_pre
 E relu_1_67_0_complementary
 G relu_1_67_1_above_pre
 E relu_1_67_1_complementary
 G relu_1_67_2_above_pre
 E relu_1_67_2_complementary
 G relu_1_67_3_above_pre
 E relu_1_67_3_complementary
 G relu_1_67_4_above_pre
 E relu_1_67_4_complementary
 G relu_1_67_5_above_pre
 E relu_1_67_5_complementary
 G relu_1_67_6_above_pre
 E relu_1_67_6_complementary
 G relu_1_67_7_above_pre
 E relu_1_67_7_complementary
 G relu_1_68_0_above_pre
 E relu_1_68_0_complementary
 G relu_1_68_1_above_pre
 E relu_1_68_1_complementary
 G relu_1_68_2_above_pre
 E relu_1_68_2_complementary
 G relu_1_68_3_above_pre
 E relu_1_68_3_complementary
 G relu_1_68_4_above_pre
 E relu_1_68_4_complementary
 G relu_1_68_5_above_pre
 E relu_1_68_5_complementary
 G relu_1_68_6_above_pre
 E relu_1_68_6_complementary
 G relu_1_68_7_above_pre
 E relu_1_68_7_complementary
 G relu_1_69_0_above_pre
 E relu_1_69_0_complementary
 G relu_1_69_1_above_pre
 E relu_1_69_1_complementary
 G relu_1_69_2_above_pre
 E relu_1_69_2_complementary
 G relu_1_69_3_above_pre
 E relu_1_69_3_complementary
 G relu_1_69_4_above_pre
 E relu_1_69_4_complementary
 G relu_1_69_5_above_pre
 E relu_1_69_5_complementary
 G relu_1_69_6_above_pre
 E relu_1_69_6_complementary
 G relu_1_69_7_above_pre
 E relu_1_69_7_complementary
 G relu_1_70_0_above_pre
 E relu_1_70_0_complementary
 G relu_1_70_1_above_pre
 E relu_1_70_1_complementary
 G relu_1_70_2_above_pre
 E relu_1_70_2_complementary
 G relu_1_70_3_above_pre
 E relu_1_70_3_complementary
 G relu_1_70_4_above_pre
 E relu_1_70_4_complementary
 G relu_1_70_5_above_pre
 E relu_1_70_5_complementary
 G relu_1_70_6_above_pre
 E relu_1_70_6_complementary
 G relu_1_70_7_above_pre
 E relu_1_70_7_complementary
 G relu_1_71_0_above_pre
 E relu_1_71_0_complementary
 G relu_1_71_1_above_pre
 E relu_1_71_1_complementary
 G relu_1_71_2_above_pre
 E relu_1_71_2_complementary
 G relu_1_71_3_above_pre
 E relu_1_71_3_complementary
 G relu_1_71_4_above_pre
 E relu_1_71_4_complementary
 G relu_1_71_5_above_pre
 E relu_1_71_5_complementary
 G relu_1_71_6_above_pre
 E relu_1_71_6_complementary
 G relu_1_71_7_above_pre
 E relu_1_71_7_complementary
 G relu_1_72_0_above_pre
 E relu_1_72_0_complementary
 G relu_1_72_1_above_pre
 E relu_1_72_1_complementary
 G relu_1_72_2_above_pre
 E relu_1_72_2_complementary
 G relu_1_72_3_above_pre
 E relu_1_72_3_complementary
 G relu_1_72_4_above_pre
 E relu_1_72_4_complementary
 G relu_1_72_5_above_pre
 E relu_1_72_5_complementary
 G relu_1_72_6_above_pre
 E relu_1_72_6_complementary
 G relu_1_72_7_above_pre
 E relu_1_72_7_complementary
 G relu_1_73_0_above_pre
 E relu_1_73_0_complementary
 G relu_1_73_1_above_pre
 E relu_1_73_1_complementary
 G relu_1_73_2_above_pre
 E relu_1_73_2_complementary
 G relu_1_73_3_above_pre
 E relu_1_73_3_complementary
 G relu_1_73_4_above_pre
 E relu_1_73_4_complementary
 G relu_1_73_5_above_pre
 E relu_1_73_5_complementary
 G relu_1_73_6_above_pre
 E relu_1_73_6_complementary
 G relu_1_73_7_above_pre
 E relu_1_73_7_complementary
 G relu_1_74_0_above_pre
 E relu_1_74_0_complementary
 G relu_1_74_1_above_pre
 E relu_1_74_1_complementary
 G relu_1_74_2_above_pre
 E relu_1_74_2_complementary
 G relu_1_74_3_above_pre
 E relu_1_74_3_complementary
 G relu_1_74_4_above_pre
 E relu_1_74_4_complementary
 G relu_1_74_5_above_pre
 E relu_1_74_5_complementary
 G relu_1_74_6_above_pre
 E relu_1_74_6_complementary
 G relu_1_74_7_above_pre
 E relu_1_74_7_complementary
 G relu_1_75_0_above_pre
 E relu_1_75_0_complementary
 G relu_1_75_1_above_pre
 E relu_1_75_1_complementary
 G relu_1_75_2_above_pre
 E relu_1_75_2_complementary
 G relu_1_75_3_above_pre
 E relu_1_75_3_complementary
 G relu_1_75_4_above_pre
 E relu_1_75_4_complementary
 G relu_1_75_5_above_pre
 E relu_1_75_5_complementary
 G relu_1_75_6_above_pre
 E relu_1_75_6_complementary
 G relu_1_75_7_above_pre
 E relu_1_75_7_complementary
 G relu_1_76_0_above_pre
 E relu_1_76_0_complementary
 G relu_1_76_1_above_pre
 E relu_1_76_1_complementary
 G relu_1_76_2_above_pre
 E relu_1_76_2_complementary
 G relu_1_76_3_above_pre
 E relu_1_76_3_complementary
 G relu_1_76_4_above_pre
 E relu_1_76_4_complementary
 G relu_1_76_5_above_pre
 E relu_1_76_5_complementary
 G relu_1_76_6_above_pre
 E relu_1_76_6_complementary
 G relu_1_76_7_above_pre
 E relu_1_76_7_complementary
 G relu_1_77_0_above_pre
 E relu_1_77_0_complementary
 G relu_1_77_1_above_pre
 E relu_1_77_1_complementary
 G relu_1_77_2_above_pre
 E relu_1_77_2_complementary
 G relu_1_77_3_above_pre
 E relu_1_77_3_complementary
 G relu_1_77_4_above_pre
 E relu_1_77_4_complementary
 G relu_1_77_5_above_pre
 E relu_1_77_5_complementary
 G relu_1_77_6_above_pre
 E relu_1_77_6_complementary
 G relu_1_77_7_above_pre
 E relu_1_77_7_complementary
 G relu_1_78_0_above_pre
 E relu_1_78_0_complementary
 G relu_1_78_1_above_pre
 E relu_1_78_1_complementary
 G relu_1_78_2_above_pre
 E relu_1_78_2_complementary
 G relu_1_78_3_above_pre
 E relu_1_78_3_complementary
 G relu_1_78_4_above_pre
 E relu_1_78_4_complementary
 G relu_1_78_5_above_pre
 E relu_1_78_5_complementary
 G relu_1_78_6_above_pre
 E relu_1_78_6_complementary
 G relu_1_78_7_above_pre
 E relu_1_78_7_complementary
 G relu_1_79_0_above_pre
 E relu_1_79_0_complementary
 G relu_1_79_1_above_pre
 E relu_1_79_1_complementary
 G relu_1_79_2_above_pre
 E relu_1_79_2_complementary
 G relu_1_79_3_above_pre
 E relu_1_79_3_complementary
 G relu_1_79_4_above_pre
 E relu_1_79_4_complementary
 G relu_1_79_5_above_pre
 E relu_1_79_5_complementary
 G relu_1_79_6_above_pre
 E relu_1_79_6_complementary
 G relu_1_79_7_above_pre
 E relu_1_79_7_complementary
 G relu_1_80_0_above_pre
 E relu_1_80_0_complementary
 G relu_1_80_1_above_pre
 E relu_1_80_1_complementary
 G relu_1_80_2_above_pre
 E relu_1_80_2_complementary
 G relu_1_80_3_above_pre
 E relu_1_80_3_complementary
 G relu_1_80_4_above_pre
 E relu_1_80_4_complementary
 G relu_1_80_5_above_pre
 E relu_1_80_5_complementary
 G relu_1_80_6_above_pre
 E relu_1_80_6_complementary
 G relu_1_80_7_above_pre
 E relu_1_80_7_complementary
 G relu_1_81_0_above_pre
 E relu_1_81_0_complementary
 G relu_1_81_1_above_pre
 E relu_1_81_1_complementary
 G relu_1_81_2_above_pre
 E relu_1_81_2_complementary
 G relu_1_81_3_above_pre
 E relu_1_81_3_complementary
 G relu_1_81_4_above_pre
 E relu_1_81_4_complementary
 G relu_1_81_5_above_pre
 E relu_1_81_5_complementary
 G relu_1_81_6_above_pre
 E relu_1_81_6_complementary
 G relu_1_81_7_above_pre
 E relu_1_81_7_complementary
 G relu_1_82_0_above_pre
 E relu_1_82_0_complementary
 G relu_1_82_1_above_pre
 E relu_1_82_1_complementary
 G relu_1_82_2_above_pre
 E relu_1_82_2_complementary
 G relu_1_82_3_above_pre
 E relu_1_82_3_complementary
 G relu_1_82_4_above_pre
 E relu_1_82_4_complementary
 G relu_1_82_5_above_pre
 E relu_1_82_5_complementary
 G relu_1_82_6_above_pre
 E relu_1_82_6_complementary
 G relu_1_82_7_above_pre
 E relu_1_82_7_complementary
 G relu_1_83_0_above_pre
 E relu_1_83_0_complementary
 G relu_1_83_1_above_pre
 E relu_1_83_1_complementary
 G relu_1_83_2_above_pre
 E relu_1_83_2_complementary
 G relu_1_83_3_above_pre
 E relu_1_83_3_complementary
 G relu_1_83_4_above_pre
 E relu_1_83_4_complementary
 G relu_1_83_5_above_pre
 E relu_1_83_5_complementary
 G relu_1_83_6_above_pre
 E relu_1_83_6_complementary
 G relu_1_83_7_above_pre
 E relu_1_83_7_complementary
 G relu_1_84_0_above_pre
 E relu_1_84_0_complementary
 G relu_1_84_1_above_pre
 E relu_1_84_1_complementary
 G relu_1_84_2_above_pre
 E relu_1_84_2_complementary
 G relu_1_84_3_above_pre
 E relu_1_84_3_complementary
 G relu_1_84_4_above_pre
 E relu_1_84_4_complementary
 G relu_1_84_5_above_pre
 E relu_1_84_5_complementary
 G relu_1_84_6_above_pre
 E relu_1_84_6_complementary
 G relu_1_84_7_above_pre
 E relu_1_84_7_complementary
 G relu_1_85_0_above_pre
 E relu_1_85_0_complementary
 G relu_1_85_1_above_pre
 E relu_1_85_1_complementary
 G relu_1_85_2_above_pre
 E relu_1_85_2_complementary
 G relu_1_85_3_above_pre
 E relu_1_85_3_complementary
 G relu_1_85_4_above_pre
 E relu_1_85_4_complementary
 G relu_1_85_5_above_pre
 E relu_1_85_5_complementary
 G relu_1_85_6_above_pre
 E relu_1_85_6_complementary
 G relu_1_85_7_above_pre
 E relu_1_85_7_complementary
 G relu_1_86_0_above_pre
 E relu_1_86_0_complementary
 G relu_1_86_1_above_pre
 E relu_1_86_1_complementary
 G relu_1_86_2_above_pre
 E relu_1_86_2_complementary
 G relu_1_86_3_above_pre
 E relu_1_86_3_complementary
 G relu_1_86_4_above_pre
 E relu_1_86_4_complementary
 G relu_1_86_5_above_pre
 E relu_1_86_5_complementary
 G relu_1_86_6_above_pre
 E relu_1_86_6_complementary
 G relu_1_86_7_above_pre
 E relu_1_86_7_complementary
 G relu_1_87_0_above_pre
 E relu_1_87_0_complementary
 G relu_1_87_1_above_pre
 E relu_1_87_1_complementary
 G relu_1_87_2_above_pre
 E relu_1_87_2_complementary
 G relu_1_87_3_above_pre
 E relu_1_87_3_complementary
 G relu_1_87_4_above_pre
 E relu_1_87_4_complementary
 G relu_1_87_5_above_pre
 E relu_1_87_5_complementary
 G relu_1_87_6_above_pre
 E relu_1_87_6_complementary
 G relu_1_87_7_above_pre
 E relu_1_87_7_complementary
 G relu_1_88_0_above_pre
 E relu_1_88_0_complementary
 G relu_1_88_1_above_pre
 E relu_1_88_1_complementary
 G relu_1_88_2_above_pre
 E relu_1_88_2_complementary
 G relu_1_88_3_above_pre
 E relu_1_88_3_complementary
 G relu_1_88_4_above_pre
 E relu_1_88_4_complementary
 G relu_1_88_5_above_pre
 E relu_1_88_5_complementary
 G relu_1_88_6_above_pre
 E relu_1_88_6_complementary
 G relu_1_88_7_above_pre
 E relu_1_88_7_complementary
 G relu_1_89_0_above_pre
 E relu_1_89_0_complementary
 G relu_1_89_1_above_pre
 E relu_1_89_1_complementary
 G relu_1_89_2_above_pre
 E relu_1_89_2_complementary
 G relu_1_89_3_above_pre
 E relu_1_89_3_complementary
 G relu_1_89_4_above_pre
 E relu_1_89_4_complementary
 G relu_1_89_5_above_pre
 E relu_1_89_5_complementary
 G relu_1_89_6_above_pre
 E relu_1_89_6_complementary
 G relu_1_89_7_above_pre
 E relu_1_89_7_complementary
 G relu_1_90_0_above_pre
 E relu_1_90_0_complementary
 G relu_1_90_1_above_pre
 E relu_1_90_1_complementary
 G relu_1_90_2_above_pre
 E relu_1_90_2_complementary
 G relu_1_90_3_above_pre
 E relu_1_90_3_complementary
 G relu_1_90_4_above_pre
 E relu_1_90_4_complementary
 G relu_1_90_5_above_pre
 E relu_1_90_5_complementary
 G relu_1_90_6_above_pre
 E relu_1_90_6_complementary
 G relu_1_90_7_above_pre
 E relu_1_90_7_complementary
COLUMNS
 w_1_0_0 pre_definition_1_0_0 8.682560668858486
 w_1_0_0 pre_definition_1_1_0 9.058181017797244
 w_1_0_0 pre_definition_1_2_0 9.433801366736
 w_1_0_0 pre_definition_1_3_0 8.517553583053719
 w_1_0_0 pre_definition_1_4_0 8.893173931992477
 w_1_0_0 pre_definition_1_5_0 9.268794280931234
 w_1_0_0 pre_definition_1_6_0 8.352546497248953
 w_1_0_0 pre_definition_1_7_0 8.72816684618771
 w_1_0_0 pre_definition_1_8_0 9.103787195126468
 w_1_0_0 pre_definition_1_9_0 7.940028782737038
 w_1_0_0 pre_definition_1_10_0 8.315649131675794
 w_1_0_0 pre_definition_1_11_0 8.691269480614553
 w_1_0_0 pre_definition_1_12_0 7.857525239834654
 w_1_0_0 pre_definition_1_13_0 8.23314558877341
 w_1_0_0 pre_definition_1_14_0 8.60876593771217
 w_1_0_0 pre_definition_1_15_0 7.775021696932271
 w_1_0_0 pre_definition_1_16_0 8.150642045871027
 w_1_0_0 pre_definition_1_17_0 8.526262394809786
 w_1_0_0 pre_definition_1_18_0 7.692518154029888
 w_1_0_0 pre_definition_1_19_0 8.068138502968646
 w_1_0_0 pre_definition_1_20_0 8.443758851907402
 w_1_0_0 pre_definition_1_21_0 6.70247563920129
 w_1_0_0 pre_definition_1_22_0 7.078095988140047
 w_1_0_0 pre_definition_1_23_0 7.453716337078804
 w_1_0_0 pre_definition_1_24_0 5.712433124372692
 w_1_0_0 pre_definition_1_25_0 6.088053473311449
 w_1_0_0 pre_definition_1_26_0 6.463673822250206
 w_1_0_0 pre_definition_1_27_0 5.629929581470308
 w_1_0_0 pre_definition_1_28_0 6.005549930409066
 w_1_0_0 pre_definition_1_29_0 6.381170279347822
 w_1_0_0 pre_definition_1_30_0 5.5474260385679255
 w_1_0_0 pre_definition_1_31_0 5.923046387506682
 w_1_0_0 pre_definition_1_32_0 6.2986667364454405
 w_1_0_0 pre_definition_1_33_0 5.464922495665542
 w_1_0_0 pre_definition_1_34_0 5.840542844604299
 w_1_0_0 pre_definition_1_35_0 6.216163193543057
 w_1_0_0 pre_definition_1_36_0 5.052404781153626
 w_1_0_0 pre_definition_1_37_0 5.428025130092383
 w_1_0_0 pre_definition_1_38_0 5.803645479031141
 w_1_0_0 pre_definition_1_39_0 4.887397695348859
 w_1_0_0 pre_definition_1_40_0 5.263018044287616
 w_1_0_0 pre_definition_1_41_0 5.638638393226374
 w_1_0_0 pre_definition_1_42_0 4.722390609544093
 w_1_0_0 pre_definition_1_43_0 5.098010958482851
 w_1_0_0 pre_definition_1_44_0 5.473631307421607
 w_1_0_0 pre_definition_1_45_0 -0.7117840936336712
 w_1_0_0 pre_definition_1_46_0 -0.3817699220241373
 w_1_0_0 pre_definition_1_47_0 -0.05175575041460512
 w_1_0_0 pre_definition_1_48_0 -0.5239739191642929
 w_1_0_0 pre_definition_1_49_0 -0.19395974755475898
 w_1_0_0 pre_definition_1_50_0 0.1360544240547732
 w_1_0_0 pre_definition_1_51_0 -0.33616374469491284
 w_1_0_0 pre_definition_1_52_0 -0.00614957308537889
 w_1_0_0 pre_definition_1_53_0 0.3238645985241533
 w_1_0_0 pre_definition_1_54_0 0.13336169147853383
 w_1_0_0 pre_definition_1_55_0 0.4633758630880678
 w_1_0_0 pre_definition_1_56_0 0.7933900346975999
 w_1_0_0 pre_definition_1_57_0 0.2272667787132221
 w_1_0_0 pre_definition_1_58_0 0.557280950322756
 w_1_0_0 pre_definition_1_59_0 0.8872951219322882
 w_1_0_0 pre_definition_1_60_0 0.32117186594791214
 w_1_0_0 pre_definition_1_61_0 0.6511860375574461
 w_1_0_0 pre_definition_1_62_0 0.9812002091669783
 w_1_0_0 pre_definition_1_63_0 0.4150769531826004
 w_1_0_0 pre_definition_1_64_0 0.7450911247921344
 w_1_0_0 pre_definition_1_65_0 1.0751052964016665
 w_1_0_0 pre_definition_1_66_0 1.541937999998873
 w_1_0_0 pre_definition_1_67_0 1.8719521716084069
 w_1_0_0 pre_definition_1_68_0 2.201966343217939
 w_1_0_0 pre_definition_1_69_0 2.6687990468151455
 w_1_0_0 pre_definition_1_70_0 2.9988132184246794
 w_1_0_0 pre_definition_1_71_0 3.3288273900342116
 w_1_0_0 pre_definition_1_72_0 2.7627041340498346
 w_1_0_0 pre_definition_1_73_0 3.0927183056593686
 w_1_0_0 pre_definition_1_74_0 3.4227324772689007
 w_1_0_0 pre_definition_1_75_0 2.8566092212845247
 w_1_0_0 pre_definition_1_76_0 3.1866233928940586
 w_1_0_0 pre_definition_1_77_0 3.5166375645035908
 w_1_0_0 pre_definition_1_78_0 2.950514308519214
 w_1_0_0 pre_definition_1_79_0 3.2805284801287478
 w_1_0_0 pre_definition_1_80_0 3.61054265173828
 w_1_0_0 pre_definition_1_81_0 3.4200397446926605
 w_1_0_0 pre_definition_1_82_0 3.7500539163021944
 w_1_0_0 pre_definition_1_83_0 4.080068087911727
 w_1_0_0 pre_definition_1_84_0 3.607849919162039
 w_1_0_0 pre_definition_1_85_0 3.9378640907715727
 w_1_0_0 pre_definition_1_86_0 4.267878262381105
 w_1_0_0 pre_definition_1_87_0 3.795660093631418
 w_1_0_0 pre_definition_1_88_0 4.125674265240952
 w_1_0_0 pre_definition_1_89_0 4.455688436850484
 w_1_0_0 pre_definition_1_90_0 -1.9881365431926281
 w_1_0_1 pre_definition_1_0_0 8.367357239996755
 w_1_0_1 pre_definition_1_1_0 8.037343068387223
 w_1_0_1 pre_definition_1_2_0 7.707328896777691
 w_1_0_1 pre_definition_1_3_0 8.179547065527377
 w_1_0_1 pre_definition_1_4_0 7.849532893917845
 w_1_0_1 pre_definition_1_5_0 7.519518722308312
 w_1_0_1 pre_definition_1_6_0 7.991736891057998
 w_1_0_1 pre_definition_1_7_0 7.6617227194484645
 w_1_0_1 pre_definition_1_8_0 7.331708547838932
 w_1_0_1 pre_definition_1_9_0 7.522211454884551
 w_1_0_1 pre_definition_1_10_0 7.192197283275018
 w_1_0_1 pre_definition_1_11_0 6.862183111665486
 w_1_0_1 pre_definition_1_12_0 7.428306367649863
 w_1_0_1 pre_definition_1_13_0 7.09829219604033
 w_1_0_1 pre_definition_1_14_0 6.768278024430797
 w_1_0_1 pre_definition_1_15_0 7.334401280415173
 w_1_0_1 pre_definition_1_16_0 7.0043871088056395
 w_1_0_1 pre_definition_1_17_0 6.674372937196107
 w_1_0_1 pre_definition_1_18_0 7.240496193180483
 w_1_0_1 pre_definition_1_19_0 6.91048202157095
 w_1_0_1 pre_definition_1_20_0 6.580467849961417
 w_1_0_1 pre_definition_1_21_0 6.113635146364211
 w_1_0_1 pre_definition_1_22_0 5.783620974754678
 w_1_0_1 pre_definition_1_23_0 5.453606803145146
 w_1_0_1 pre_definition_1_24_0 4.986774099547939
 w_1_0_1 pre_definition_1_25_0 4.656759927938406
 w_1_0_1 pre_definition_1_26_0 4.326745756328874
 w_1_0_1 pre_definition_1_27_0 4.892869012313249
 w_1_0_1 pre_definition_1_28_0 4.562854840703716
 w_1_0_1 pre_definition_1_29_0 4.232840669094184
 w_1_0_1 pre_definition_1_30_0 4.79896392507856
 w_1_0_1 pre_definition_1_31_0 4.468949753469027
 w_1_0_1 pre_definition_1_32_0 4.138935581859494
 w_1_0_1 pre_definition_1_33_0 4.705058837843871
 w_1_0_1 pre_definition_1_34_0 4.375044666234338
 w_1_0_1 pre_definition_1_35_0 4.045030494624806
 w_1_0_1 pre_definition_1_36_0 4.235533401670424
 w_1_0_1 pre_definition_1_37_0 3.905519230060891
 w_1_0_1 pre_definition_1_38_0 3.5755050584513586
 w_1_0_1 pre_definition_1_39_0 4.047723227201045
 w_1_0_1 pre_definition_1_40_0 3.717709055591512
 w_1_0_1 pre_definition_1_41_0 3.3876948839819794
 w_1_0_1 pre_definition_1_42_0 3.8599130527316667
 w_1_0_1 pre_definition_1_43_0 3.5298988811221337
 w_1_0_1 pre_definition_1_44_0 3.199884709512601
 w_1_0_1 pre_definition_1_45_0 18.284995927925202
 w_1_0_1 pre_definition_1_46_0 18.660616276863955
 w_1_0_1 pre_definition_1_47_0 19.036236625802715
 w_1_0_1 pre_definition_1_48_0 18.119988842120435
 w_1_0_1 pre_definition_1_49_0 18.495609191059188
 w_1_0_1 pre_definition_1_50_0 18.871229539997948
 w_1_0_1 pre_definition_1_51_0 17.954981756315668
 w_1_0_1 pre_definition_1_52_0 18.330602105254425
 w_1_0_1 pre_definition_1_53_0 18.70622245419318
 w_1_0_1 pre_definition_1_54_0 17.54246404180375
 w_1_0_1 pre_definition_1_55_0 17.918084390742507
 w_1_0_1 pre_definition_1_56_0 18.293704739681267
 w_1_0_1 pre_definition_1_57_0 17.459960498901367
 w_1_0_1 pre_definition_1_58_0 17.835580847840124
 w_1_0_1 pre_definition_1_59_0 18.211201196778884
 w_1_0_1 pre_definition_1_60_0 17.377456955998984
 w_1_0_1 pre_definition_1_61_0 17.75307730493774
 w_1_0_1 pre_definition_1_62_0 18.1286976538765
 w_1_0_1 pre_definition_1_63_0 17.2949534130966
 w_1_0_1 pre_definition_1_64_0 17.67057376203536
 w_1_0_1 pre_definition_1_65_0 18.046194110974117
 w_1_0_1 pre_definition_1_66_0 16.304910898268005
 w_1_0_1 pre_definition_1_67_0 16.68053124720676
 w_1_0_1 pre_definition_1_68_0 17.05615159614552
 w_1_0_1 pre_definition_1_69_0 15.314868383439405
 w_1_0_1 pre_definition_1_70_0 15.690488732378162
 w_1_0_1 pre_definition_1_71_0 16.06610908131692
 w_1_0_1 pre_definition_1_72_0 15.232364840537022
 w_1_0_1 pre_definition_1_73_0 15.607985189475778
 w_1_0_1 pre_definition_1_74_0 15.983605538414537
 w_1_0_1 pre_definition_1_75_0 15.149861297634638
 w_1_0_1 pre_definition_1_76_0 15.525481646573395
 w_1_0_1 pre_definition_1_77_0 15.901101995512153
 w_1_0_1 pre_definition_1_78_0 15.067357754732255
 w_1_0_1 pre_definition_1_79_0 15.442978103671011
 w_1_0_1 pre_definition_1_80_0 15.81859845260977
 w_1_0_1 pre_definition_1_81_0 14.65484004022034
 w_1_0_1 pre_definition_1_82_0 15.030460389159096
 w_1_0_1 pre_definition_1_83_0 15.406080738097854
 w_1_0_1 pre_definition_1_84_0 14.489832954415572
 w_1_0_1 pre_definition_1_85_0 14.865453303354329
 w_1_0_1 pre_definition_1_86_0 15.241073652293089
 w_1_0_1 pre_definition_1_87_0 14.324825868610805
 w_1_0_1 pre_definition_1_88_0 14.700446217549562
 w_1_0_1 pre_definition_1_89_0 15.076066566488322
 w_1_0_1 pre_definition_1_90_0 12.817279363900978
 w_1_1_0 pre_definition_1_0_1 8.682560668858486
 w_1_1_0 pre_definition_1_1_1 9.058181017797244
 w_1_1_0 pre_definition_1_2_1 9.433801366736
 w_1_1_0 pre_definition_1_3_1 8.517553583053719
 w_1_1_0 pre_definition_1_4_1 8.893173931992477
 w_1_1_0 pre_definition_1_5_1 9.268794280931234
 w_1_1_0 pre_definition_1_6_1 8.352546497248953
 w_1_1_0 pre_definition_1_7_1 8.72816684618771
 w_1_1_0 pre_definition_1_8_1 9.103787195126468
 w_1_1_0 pre_definition_1_9_1 7.940028782737038
 w_1_1_0 pre_definition_1_10_1 8.315649131675794
 w_1_1_0 pre_definition_1_11_1 8.691269480614553
 w_1_1_0 pre_definition_1_12_1 7.857525239834654
 w_1_1_0 pre_definition_1_13_1 8.23314558877341
 w_1_1_0 pre_definition_1_14_1 8.60876593771217
 w_1_1_0 pre_definition_1_15_1 7.775021696932271
 w_1_1_0 pre_definition_1_16_1 8.150642045871027
 w_1_1_0 pre_definition_1_17_1 8.526262394809786
 w_1_1_0 pre_definition_1_18_1 7.692518154029888
 w_1_1_0 pre_definition_1_19_1 8.068138502968646
 w_1_1_0 pre_definition_1_20_1 8.443758851907402
 w_1_1_0 pre_definition_1_21_1 6.70247563920129
 w_1_1_0 pre_definition_1_22_1 7.078095988140047
 w_1_1_0 pre_definition_1_23_1 7.453716337078804
 w_1_1_0 pre_definition_1_24_1 5.712433124372692
 w_1_1_0 pre_definition_1_25_1 6.088053473311449
 w_1_1_0 pre_definition_1_26_1 6.463673822250206
 w_1_1_0 pre_definition_1_27_1 5.629929581470308
 w_1_1_0 pre_definition_1_28_1 6.005549930409066
 w_1_1_0 pre_definition_1_29_1 6.381170279347822
 w_1_1_0 pre_definition_1_30_1 5.5474260385679255
 w_1_1_0 pre_definition_1_31_1 5.923046387506682
 w_1_1_0 pre_definition_1_32_1 6.2986667364454405
 w_1_1_0 pre_definition_1_33_1 5.464922495665542
 w_1_1_0 pre_definition_1_34_1 5.840542844604299
 w_1_1_0 pre_definition_1_35_1 6.216163193543057
 w_1_1_0 pre_definition_1_36_1 5.052404781153626
 w_1_1_0 pre_definition_1_37_1 5.428025130092383
 w_1_1_0 pre_definition_1_38_1 5.803645479031141
 w_1_1_0 pre_definition_1_39_1 4.887397695348859
 w_1_1_0 pre_definition_1_40_1 5.263018044287616
 w_1_1_0 pre_definition_1_41_1 5.638638393226374
 w_1_1_0 pre_definition_1_42_1 4.722390609544093
 w_1_1_0 pre_definition_1_43_1 5.098010958482851
 w_1_1_0 pre_definition_1_44_1 5.473631307421607
 w_1_1_0 pre_definition_1_45_1 -0.7117840936336712
 w_1_1_0 pre_definition_1_46_1 -0.3817699220241373
 w_1_1_0 pre_definition_1_47_1 -0.05175575041460512
 w_1_1_0 pre_definition_1_48_1 -0.5239739191642929
 w_1_1_0 pre_definition_1_49_1 -0.19395974755475898
 w_1_1_0 pre_definition_1_50_1 0.1360544240547732
 w_1_1_0 pre_definition_1_51_1 -0.33616374469491284
 w_1_1_0 pre_definition_1_52_1 -0.00614957308537889
 w_1_1_0 pre_definition_1_53_1 0.3238645985241533
 w_1_1_0 pre_definition_1_54_1 0.13336169147853383
 w_1_1_0 pre_definition_1_55_1 0.4633758630880678
 w_1_1_0 pre_definition_1_56_1 0.7933900346975999
 w_1_1_0 pre_definition_1_57_1 0.2272667787132221
 w_1_1_0 pre_definition_1_58_1 0.557280950322756
 w_1_1_0 pre_definition_1_59_1 0.8872951219322882
 w_1_1_0 pre_definition_1_60_1 0.32117186594791214
 w_1_1_0 pre_definition_1_61_1 0.6511860375574461
 w_1_1_0 pre_definition_1_62_1 0.9812002091669783
 w_1_1_0 pre_definition_1_63_1 0.4150769531826004
 w_1_1_0 pre_definition_1_64_1 0.7450911247921344
 w_1_1_0 pre_definition_1_65_1 1.0751052964016665
 w_1_1_0 pre_definition_1_66_1 1.541937999998873
 w_1_1_0 pre_definition_1_67_1 1.8719521716084069
 w_1_1_0 pre_definition_1_68_1 2.201966343217939
 w_1_1_0 pre_definition_1_69_1 2.6687990468151455
 w_1_1_0 pre_definition_1_70_1 2.9988132184246794
 w_1_1_0 pre_definition_1_71_1 3.3288273900342116
 w_1_1_0 pre_definition_1_72_1 2.7627041340498346
 w_1_1_0 pre_definition_1_73_1 3.0927183056593686
 w_1_1_0 pre_definition_1_74_1 3.4227324772689007
 w_1_1_0 pre_definition_1_75_1 2.8566092212845247
 w_1_1_0 pre_definition_1_76_1 3.1866233928940586
 w_1_1_0 pre_definition_1_77_1 3.5166375645035908
 w_1_1_0 pre_definition_1_78_1 2.950514308519214
 w_1_1_0 pre_definition_1_79_1 3.2805284801287478
 w_1_1_0 pre_definition_1_80_1 3.61054265173828
 w_1_1_0 pre_definition_1_81_1 3.4200397446926605
 w_1_1_0 pre_definition_1_82_1 3.7500539163021944
 w_1_1_0 pre_definition_1_83_1 4.080068087911727
 w_1_1_0 pre_definition_1_84_1 3.607849919162039
 w_1_1_0 pre_definition_1_85_1 3.9378640907715727
 w_1_1_0 pre_definition_1_86_1 4.267878262381105
 w_1_1_0 pre_definition_1_87_1 3.795660093631418
 w_1_1_0 pre_definition_1_88_1 4.125674265240952
 w_1_1_0 pre_definition_1_89_1 4.455688436850484
 w_1_1_0 pre_definition_1_90_1 -1.9881365431926281
 w_1_1_1 pre_definition_1_0_1 8.367357239996755
 w_1_1_1 pre_definition_1_1_1 8.037343068387223
 w_1_1_1 pre_definition_1_2_1 7.707328896777691
 w_1_1_1 pre_definition_1_3_1 8.179547065527377
 w_1_1_1 pre_definition_1_4_1 7.849532893917845
 w_1_1_1 pre_definition_1_5_1 7.519518722308312
 w_1_1_1 pre_definition_1_6_1 7.991736891057998
 w_1_1_1 pre_definition_1_7_1 7.6617227194484645
 w_1_1_1 pre_definition_1_8_1 7.331708547838932
 w_1_1_1 pre_definition_1_9_1 7.522211454884551
 w_1_1_1 pre_definition_1_10_1 7.192197283275018
 w_1_1_1 pre_definition_1_11_1 6.862183111665486
 w_1_1_1 pre_definition_1_12_1 7.428306367649863
 w_1_1_1 pre_definition_1_13_1 7.09829219604033
 w_1_1_1 pre_definition_1_14_1 6.768278024430797
 w_1_1_1 pre_definition_1_15_1 7.334401280415173
 w_1_1_1 pre_definition_1_16_1 7.0043871088056395
 w_1_1_1 pre_definition_1_17_1 6.674372937196107
 w_1_1_1 pre_definition_1_18_1 7.240496193180483
 w_1_1_1 pre_definition_1_19_1 6.91048202157095
 w_1_1_1 pre_definition_1_20_1 6.580467849961417
 w_1_1_1 pre_definition_1_21_1 6.113635146364211
 w_1_1_1 pre_definition_1_22_1 5.783620974754678
 w_1_1_1 pre_definition_1_23_1 5.453606803145146
 w_1_1_1 pre_definition_1_24_1 4.986774099547939
 w_1_1_1 pre_definition_1_25_1 4.656759927938406
 w_1_1_1 pre_definition_1_26_1 4.326745756328874
 w_1_1_1 pre_definition_1_27_1 4.892869012313249
 w_1_1_1 pre_definition_1_28_1 4.562854840703716
 w_1_1_1 pre_definition_1_29_1 4.232840669094184
 w_1_1_1 pre_definition_1_30_1 4.79896392507856
 w_1_1_1 pre_definition_1_31_1 4.468949753469027
 w_1_1_1 pre_definition_1_32_1 4.138935581859494
 w_1_1_1 pre_definition_1_33_1 4.705058837843871
 w_1_1_1 pre_definition_1_34_1 4.375044666234338
 w_1_1_1 pre_definition_1_35_1 4.045030494624806
 w_1_1_1 pre_definition_1_36_1 4.235533401670424
 w_1_1_1 pre_definition_1_37_1 3.905519230060891
 w_1_1_1 pre_definition_1_38_1 3.5755050584513586
 w_1_1_1 pre_definition_1_39_1 4.047723227201045
 w_1_1_1 pre_definition_1_40_1 3.717709055591512
 w_1_1_1 pre_definition_1_41_1 3.3876948839819794
 w_1_1_1 pre_definition_1_42_1 3.8599130527316667
 w_1_1_1 pre_definition_1_43_1 3.5298988811221337
 w_1_1_1 pre_definition_1_44_1 3.199884709512601
 w_1_1_1 pre_definition_1_45_1 18.284995927925202
 w_1_1_1 pre_definition_1_46_1 18.660616276863955
 w_1_1_1 pre_definition_1_47_1 19.036236625802715
 w_1_1_1 pre_definition_1_48_1 18.119988842120435
 w_1_1_1 pre_definition_1_49_1 18.495609191059188
 w_1_1_1 pre_definition_1_50_1 18.871229539997948
 w_1_1_1 pre_definition_1_51_1 17.954981756315668
 w_1_1_1 pre_definition_1_52_1 18.330602105254425
 w_1_1_1 pre_definition_1_53_1 18.70622245419318
 w_1_1_1 pre_definition_1_54_1 17.54246404180375
 w_1_1_1 pre_definition_1_55_1 17.918084390742507
 w_1_1_1 pre_definition_1_56_1 18.293704739681267
 w_1_1_1 pre_definition_1_57_1 17.459960498901367
 w_1_1_1 pre_definition_1_58_1 17.835580847840124
 w_1_1_1 pre_definition_1_59_1 18.211201196778884
 w_1_1_1 pre_definition_1_60_1 17.377456955998984
 w_1_1_1 pre_definition_1_61_1 17.75307730493774
 w_1_1_1 pre_definition_1_62_1 18.1286976538765
 w_1_1_1 pre_definition_1_63_1 17.2949534130966
 w_1_1_1 pre_definition_1_64_1 17.67057376203536
 w_1_1_1 pre_definition_1_65_1 18.046194110974117
 w_1_1_1 pre_definition_1_66_1 16.304910898268005
 w_1_1_1 pre_definition_1_67_1 16.68053124720676
 w_1_1_1 pre_definition_1_68_1 17.05615159614552
 w_1_1_1 pre_definition_1_69_1 15.314868383439405
 w_1_1_1 pre_definition_1_70_1 15.690488732378162
 w_1_1_1 pre_definition_1_71_1 16.06610908131692
 w_1_1_1 pre_definition_1_72_1 15.232364840537022
 w_1_1_1 pre_definition_1_73_1 15.607985189475778
 w_1_1_1 pre_definition_1_74_1 15.983605538414537
 w_1_1_1 pre_definition_1_75_1 15.149861297634638
 w_1_1_1 pre_definition_1_76_1 15.525481646573395
 w_1_1_1 pre_definition_1_77_1 15.901101995512153
 w_1_1_1 pre_definition_1_78_1 15.067357754732255
 w_1_1_1 pre_definition_1_79_1 15.442978103671011
 w_1_1_1 pre_definition_1_80_1 15.81859845260977
 w_1_1_1 pre_definition_1_81_1 14.65484004022034
 w_1_1_1 pre_definition_1_82_1 15.030460389159096
 w_1_1_1 pre_definition_1_83_1 15.406080738097854
 w_1_1_1 pre_definition_1_84_1 14.489832954415572
 w_1_1_1 pre_definition_1_85_1 14.865453303354329
 w_1_1_1 pre_definition_1_86_1 15.241073652293089
 w_1_1_1 pre_definition_1_87_1 14.324825868610805
 w_1_1_1 pre_definition_1_88_1 14.700446217549562
 w_1_1_1 pre_definition_1_89_1 15.076066566488322
 w_1_1_1 pre_definition_1_90_1 12.817279363900978
 w_1_2_0 pre_definition_1_0_2 8.682560668858486
 w_1_2_0 pre_definition_1_1_2 9.058181017797244
 w_1_2_0 pre_definition_1_2_2 9.433801366736
 w_1_2_0 pre_definition_1_3_2 8.517553583053719
 w_1_2_0 pre_definition_1_4_2 8.893173931992477
 w_1_2_0 pre_definition_1_5_2 9.268794280931234
 w_1_2_0 pre_definition_1_6_2 8.352546497248953
 w_1_2_0 pre_definition_1_7_2 8.72816684618771
 w_1_2_0 pre_definition_1_8_2 9.103787195126468
 w_1_2_0 pre_definition_1_9_2 7.940028782737038
 w_1_2_0 pre_definition_1_10_2 8.315649131675794
 w_1_2_0 pre_definition_1_11_2 8.691269480614553
 w_1_2_0 pre_definition_1_12_2 7.857525239834654
 w_1_2_0 pre_definition_1_13_2 8.23314558877341
 w_1_2_0 pre_definition_1_14_2 8.60876593771217
 w_1_2_0 pre_definition_1_15_2 7.775021696932271
 w_1_2_0 pre_definition_1_16_2 8.150642045871027
 w_1_2_0 pre_definition_1_17_2 8.526262394809786
 w_1_2_0 pre_definition_1_18_2 7.692518154029888
 w_1_2_0 pre_definition_1_19_2 8.068138502968646
 w_1_2_0 pre_definition_1_20_2 8.443758851907402
 w_1_2_0 pre_definition_1_21_2 6.70247563920129
 w_1_2_0 pre_definition_1_22_2 7.078095988140047
 w_1_2_0 pre_definition_1_23_2 7.453716337078804
 w_1_2_0 pre_definition_1_24_2 5.712433124372692
 w_1_2_0 pre_definition_1_25_2 6.088053473311449
 w_1_2_0 pre_definition_1_26_2 6.463673822250206
 w_1_2_0 pre_definition_1_27_2 5.629929581470308
 w_1_2_0 pre_definition_1_28_2 6.005549930409066
 w_1_2_0 pre_definition_1_29_2 6.381170279347822
 w_1_2_0 pre_definition_1_30_2 5.5474260385679255
 w_1_2_0 pre_definition_1_31_2 5.923046387506682
 w_1_2_0 pre_definition_1_32_2 6.2986667364454405
 w_1_2_0 pre_definition_1_33_2 5.464922495665542
 w_1_2_0 pre_definition_1_34_2 5.840542844604299
 w_1_2_0 pre_definition_1_35_2 6.216163193543057
 w_1_2_0 pre_definition_1_36_2 5.052404781153626
 w_1_2_0 pre_definition_1_37_2 5.428025130092383
 w_1_2_0 pre_definition_1_38_2 5.803645479031141
 w_1_2_0 pre_definition_1_39_2 4.887397695348859
 w_1_2_0 pre_definition_1_40_2 5.263018044287616
 w_1_2_0 pre_definition_1_41_2 5.638638393226374
 w_1_2_0 pre_definition_1_42_2 4.722390609544093
 w_1_2_0 pre_definition_1_43_2 5.098010958482851
 w_1_2_0 pre_definition_1_44_2 5.473631307421607
 w_1_2_0 pre_definition_1_45_2 -0.7117840936336712
 w_1_2_0 pre_definition_1_46_2 -0.3817699220241373
 w_1_2_0 pre_definition_1_47_2 -0.05175575041460512
 w_1_2_0 pre_definition_1_48_2 -0.5239739191642929
 w_1_2_0 pre_definition_1_49_2 -0.19395974755475898
 w_1_2_0 pre_definition_1_50_2 0.1360544240547732
 w_1_2_0 pre_definition_1_51_2 -0.33616374469491284
 w_1_2_0 pre_definition_1_52_2 -0.00614957308537889
 w_1_2_0 pre_definition_1_53_2 0.3238645985241533
 w_1_2_0 pre_definition_1_54_2 0.13336169147853383
 w_1_2_0 pre_definition_1_55_2 0.4633758630880678
 w_1_2_0 pre_definition_1_56_2 0.7933900346975999
 w_1_2_0 pre_definition_1_57_2 0.2272667787132221
 w_1_2_0 pre_definition_1_58_2 0.557280950322756
 w_1_2_0 pre_definition_1_59_2 0.8872951219322882
 w_1_2_0 pre_definition_1_60_2 0.32117186594791214
 w_1_2_0 pre_definition_1_61_2 0.6511860375574461
 w_1_2_0 pre_definition_1_62_2 0.9812002091669783
 w_1_2_0 pre_definition_1_63_2 0.4150769531826004
 w_1_2_0 pre_definition_1_64_2 0.7450911247921344
 w_1_2_0 pre_definition_1_65_2 1.0751052964016665
 w_1_2_0 pre_definition_1_66_2 1.541937999998873
 w_1_2_0 pre_definition_1_67_2 1.8719521716084069
 w_1_2_0 pre_definition_1_68_2 2.201966343217939
 w_1_2_0 pre_definition_1_69_2 2.6687990468151455
 w_1_2_0 pre_definition_1_70_2 2.9988132184246794
 w_1_2_0 pre_definition_1_71_2 3.3288273900342116
 w_1_2_0 pre_definition_1_72_2 2.7627041340498346
 w_1_2_0 pre_definition_1_73_2 3.0927183056593686
 w_1_2_0 pre_definition_1_74_2 3.4227324772689007
 w_1_2_0 pre_definition_1_75_2 2.8566092212845247
 w_1_2_0 pre_definition_1_76_2 3.1866233928940586
 w_1_2_0 pre_definition_1_77_2 3.5166375645035908
 w_1_2_0 pre_definition_1_78_2 2.950514308519214
 w_1_2_0 pre_definition_1_79_2 3.2805284801287478
 w_1_2_0 pre_definition_1_80_2 3.61054265173828
 w_1_2_0 pre_definition_1_81_2 3.4200397446926605
 w_1_2_0 pre_definition_1_82_2 3.7500539163021944
 w_1_2_0 pre_definition_1_83_2 4.080068087911727
 w_1_2_0 pre_definition_1_84_2 3.607849919162039
 w_1_2_0 pre_definition_1_85_2 3.9378640907715727
 w_1_2_0 pre_definition_1_86_2 4.267878262381105
 w_1_2_0 pre_definition_1_87_2 3.795660093631418
 w_1_2_0 pre_definition_1_88_2 4.125674265240952
 w_1_2_0 pre_definition_1_89_2 4.455688436850484
 w_1_2_0 pre_definition_1_90_2 -1.9881365431926281
 w_1_2_1 pre_definition_1_0_2 8.367357239996755
 w_1_2_1 pre_definition_1_1_2 8.037343068387223
 w_1_2_1 pre_definition_1_2_2 7.707328896777691
 w_1_2_1 pre_definition_1_3_2 8.179547065527377
 w_1_2_1 pre_definition_1_4_2 7.849532893917845
 w_1_2_1 pre_definition_1_5_2 7.519518722308312
 w_1_2_1 pre_definition_1_6_2 7.991736891057998
 w_1_2_1 pre_definition_1_7_2 7.6617227194484645
 w_1_2_1 pre_definition_1_8_2 7.331708547838932
 w_1_2_1 pre_definition_1_9_2 7.522211454884551
 w_1_2_1 pre_definition_1_10_2 7.192197283275018
 w_1_2_1 pre_definition_1_11_2 6.862183111665486
 w_1_2_1 pre_definition_1_12_2 7.428306367649863
 w_1_2_1 pre_definition_1_13_2 7.09829219604033
 w_1_2_1 pre_definition_1_14_2 6.768278024430797
 w_1_2_1 pre_definition_1_15_2 7.334401280415173
 w_1_2_1 pre_definition_1_16_2 7.0043871088056395
 w_1_2_1 pre_definition_1_17_2 6.674372937196107
 w_1_2_1 pre_definition_1_18_2 7.240496193180483
 w_1_2_1 pre_definition_1_19_2 6.91048202157095
 w_1_2_1 pre_definition_1_20_2 6.580467849961417
 w_1_2_1 pre_definition_1_21_2 6.113635146364211
 w_1_2_1 pre_definition_1_22_2 5.783620974754678
 w_1_2_1 pre_definition_1_23_2 5.453606803145146
 w_1_2_1 pre_definition_1_24_2 4.986774099547939
 w_1_2_1 pre_definition_1_25_2 4.656759927938406
 w_1_2_1 pre_definition_1_26_2 4.326745756328874
 w_1_2_1 pre_definition_1_27_2 4.892869012313249
 w_1_2_1 pre_definition_1_28_2 4.562854840703716
 w_1_2_1 pre_definition_1_29_2 4.232840669094184
 w_1_2_1 pre_definition_1_30_2 4.79896392507856
 w_1_2_1 pre_definition_1_31_2 4.468949753469027
 w_1_2_1 pre_definition_1_32_2 4.138935581859494
 w_1_2_1 pre_definition_1_33_2 4.705058837843871
 w_1_2_1 pre_definition_1_34_2 4.375044666234338
 w_1_2_1 pre_definition_1_35_2 4.045030494624806
 w_1_2_1 pre_definition_1_36_2 4.235533401670424
 w_1_2_1 pre_definition_1_37_2 3.905519230060891
 w_1_2_1 pre_definition_1_38_2 3.5755050584513586
 w_1_2_1 pre_definition_1_39_2 4.047723227201045
 w_1_2_1 pre_definition_1_40_2 3.717709055591512
 w_1_2_1 pre_definition_1_41_2 3.3876948839819794
 w_1_2_1 pre_definition_1_42_2 3.8599130527316667
 w_1_2_1 pre_definition_1_43_2 3.5298988811221337
 w_1_2_1 pre_definition_1_44_2 3.199884709512601
 w_1_2_1 pre_definition_1_45_2 18.284995927925202
 w_1_2_1 pre_definition_1_46_2 18.660616276863955
 w_1_2_1 pre_definition_1_47_2 19.036236625802715
 w_1_2_1 pre_definition_1_48_2 18.119988842120435
 w_1_2_1 pre_definition_1_49_2 18.495609191059188
 w_1_2_1 pre_definition_1_50_2 18.871229539997948
 w_1_2_1 pre_definition_1_51_2 17.954981756315668
 w_1_2_1 pre_definition_1_52_2 18.330602105254425
 w_1_2_1 pre_definition_1_53_2 18.70622245419318
 w_1_2_1 pre_definition_1_54_2 17.54246404180375
 w_1_2_1 pre_definition_1_55_2 17.918084390742507
 w_1_2_1 pre_definition_1_56_2 18.293704739681267
 w_1_2_1 pre_definition_1_57_2 17.459960498901367
 w_1_2_1 pre_definition_1_58_2 17.835580847840124
 w_1_2_1 pre_definition_1_59_2 18.211201196778884
 w_1_2_1 pre_definition_1_60_2 17.377456955998984
 w_1_2_1 pre_definition_1_61_2 17.75307730493774
 w_1_2_1 pre_definition_1_62_2 18.1286976538765
 w_1_2_1 pre_definition_1_63_2 17.2949534130966
 w_1_2_1 pre_definition_1_64_2 17.67057376203536
 w_1_2_1 pre_definition_1_65_2 18.046194110974117
 w_1_2_1 pre_definition_1_66_2 16.304910898268005
 w_1_2_1 pre_definition_1_67_2 16.68053124720676
 w_1_2_1 pre_definition_1_68_2 17.05615159614552
 w_1_2_1 pre_definition_1_69_2 15.314868383439405
 w_1_2_1 pre_definition_1_70_2 15.690488732378162
 w_1_2_1 pre_definition_1_71_2 16.06610908131692
 w_1_2_1 pre_definition_1_72_2 15.232364840537022
 w_1_2_1 pre_definition_1_73_2 15.607985189475778
 w_1_2_1 pre_definition_1_74_2 15.983605538414537
 w_1_2_1 pre_definition_1_75_2 15.149861297634638
 w_1_2_1 pre_definition_1_76_2 15.525481646573395
 w_1_2_1 pre_definition_1_77_2 15.901101995512153
 w_1_2_1 pre_definition_1_78_2 15.067357754732255
 w_1_2_1 pre_definition_1_79_2 15.442978103671011
 w_1_2_1 pre_definition_1_80_2 15.81859845260977
 w_1_2_1 pre_definition_1_81_2 14.65484004022034
 w_1_2_1 pre_definition_1_82_2 15.030460389159096
 w_1_2_1 pre_definition_1_83_2 15.406080738097854
 w_1_2_1 pre_definition_1_84_2 14.489832954415572
 w_1_2_1 pre_definition_1_85_2 14.865453303354329
 w_1_2_1 pre_definition_1_86_2 15.241073652293089
 w_1_2_1 pre_definition_1_87_2 14.324825868610805
 w_1_2_1 pre_definition_1_88_2 14.700446217549562
 w_1_2_1 pre_definition_1_89_2 15.076066566488322
 w_1_2_1 pre_definition_1_90_2 12.817279363900978
 w_1_3_0 pre_definition_1_0_3 8.682560668858486
 w_1_3_0 pre_definition_1_1_3 9.058181017797244
 w_1_3_0 pre_definition_1_2_3 9.433801366736
 w_1_3_0 pre_definition_1_3_3 8.517553583053719
 w_1_3_0 pre_definition_1_4_3 8.893173931992477
 w_1_3_0 pre_definition_1_5_3 9.268794280931234
 w_1_3_0 pre_definition_1_6_3 8.352546497248953
 w_1_3_0 pre_definition_1_7_3 8.72816684618771
 w_1_3_0 pre_definition_1_8_3 9.103787195126468
 w_1_3_0 pre_definition_1_9_3 7.940028782737038
 w_1_3_0 pre_definition_1_10_3 8.315649131675794
 w_1_3_0 pre_definition_1_11_3 8.691269480614553
 w_1_3_0 pre_definition_1_12_3 7.857525239834654
 w_1_3_0 pre_definition_1_13_3 8.23314558877341
 w_1_3_0 pre_definition_1_14_3 8.60876593771217
 w_1_3_0 pre_definition_1_15_3 7.775021696932271
 w_1_3_0 pre_definition_1_16_3 8.150642045871027
 w_1_3_0 pre_definition_1_17_3 8.526262394809786
 w_1_3_0 pre_definition_1_18_3 7.692518154029888
 w_1_3_0 pre_definition_1_19_3 8.068138502968646
 w_1_3_0 pre_definition_1_20_3 8.443758851907402
 w_1_3_0 pre_definition_1_21_3 6.70247563920129
 w_1_3_0 pre_definition_1_22_3 7.078095988140047
 w_1_3_0 pre_definition_1_23_3 7.453716337078804
 w_1_3_0 pre_definition_1_24_3 5.712433124372692
 w_1_3_0 pre_definition_1_25_3 6.088053473311449
 w_1_3_0 pre_definition_1_26_3 6.463673822250206
 w_1_3_0 pre_definition_1_27_3 5.629929581470308
 w_1_3_0 pre_definition_1_28_3 6.005549930409066
 w_1_3_0 pre_definition_1_29_3 6.381170279347822
 w_1_3_0 pre_definition_1_30_3 5.5474260385679255
 w_1_3_0 pre_definition_1_31_3 5.923046387506682
 w_1_3_0 pre_definition_1_32_3 6.2986667364454405
 w_1_3_0 pre_definition_1_33_3 5.464922495665542
 w_1_3_0 pre_definition_1_34_3 5.840542844604299
 w_1_3_0 pre_definition_1_35_3 6.216163193543057
 w_1_3_0 pre_definition_1_36_3 5.052404781153626
 w_1_3_0 pre_definition_1_37_3 5.428025130092383
 w_1_3_0 pre_definition_1_38_3 5.803645479031141
 w_1_3_0 pre_definition_1_39_3 4.887397695348859
 w_1_3_0 pre_definition_1_40_3 5.263018044287616
 w_1_3_0 pre_definition_1_41_3 5.638638393226374
 w_1_3_0 pre_definition_1_42_3 4.722390609544093
 w_1_3_0 pre_definition_1_43_3 5.098010958482851
 w_1_3_0 pre_definition_1_44_3 5.473631307421607
 w_1_3_0 pre_definition_1_45_3 -0.7117840936336712
 w_1_3_0 pre_definition_1_46_3 -0.3817699220241373
 w_1_3_0 pre_definition_1_47_3 -0.05175575041460512
 w_1_3_0 pre_definition_1_48_3 -0.5239739191642929
 w_1_3_0 pre_definition_1_49_3 -0.19395974755475898
 w_1_3_0 pre_definition_1_50_3 0.1360544240547732
 w_1_3_0 pre_definition_1_51_3 -0.33616374469491284
 w_1_3_0 pre_definition_1_52_3 -0.00614957308537889
 w_1_3_0 pre_definition_1_53_3 0.3238645985241533
 w_1_3_0 pre_definition_1_54_3 0.13336169147853383
 w_1_3_0 pre_definition_1_55_3 0.4633758630880678
 w_1_3_0 pre_definition_1_56_3 0.7933900346975999
 w_1_3_0 pre_definition_1_57_3 0.2272667787132221
 w_1_3_0 pre_definition_1_58_3 0.557280950322756
 w_1_3_0 pre_definition_1_59_3 0.8872951219322882
 w_1_3_0 pre_definition_1_60_3 0.32117186594791214
 w_1_3_0 pre_definition_1_61_3 0.6511860375574461
 w_1_3_0 pre_definition_1_62_3 0.9812002091669783
 w_1_3_0 pre_definition_1_63_3 0.4150769531826004
 w_1_3_0 pre_definition_1_64_3 0.7450911247921344
 w_1_3_0 pre_definition_1_65_3 1.0751052964016665
 w_1_3_0 pre_definition_1_66_3 1.541937999998873
 w_1_3_0 pre_definition_1_67_3 1.8719521716084069
 w_1_3_0 pre_definition_1_68_3 2.201966343217939
 w_1_3_0 pre_definition_1_69_3 2.6687990468151455
 w_1_3_0 pre_definition_1_70_3 2.9988132184246794
 w_1_3_0 pre_definition_1_71_3 3.3288273900342116
 w_1_3_0 pre_definition_1_72_3 2.7627041340498346
 w_1_3_0 pre_definition_1_73_3 3.0927183056593686
 w_1_3_0 pre_definition_1_74_3 3.4227324772689007
 w_1_3_0 pre_definition_1_75_3 2.8566092212845247
 w_1_3_0 pre_definition_1_76_3 3.1866233928940586
 w_1_3_0 pre_definition_1_77_3 3.5166375645035908
 w_1_3_0 pre_definition_1_78_3 2.950514308519214
 w_1_3_0 pre_definition_1_79_3 3.2805284801287478
 w_1_3_0 pre_definition_1_80_3 3.61054265173828
 w_1_3_0 pre_definition_1_81_3 3.4200397446926605
 w_1_3_0 pre_definition_1_82_3 3.7500539163021944
 w_1_3_0 pre_definition_1_83_3 4.080068087911727
 w_1_3_0 pre_definition_1_84_3 3.607849919162039
 w_1_3_0 pre_definition_1_85_3 3.9378640907715727
 w_1_3_0 pre_definition_1_86_3 4.267878262381105
 w_1_3_0 pre_definition_1_87_3 3.795660093631418
 w_1_3_0 pre_definition_1_88_3 4.125674265240952
 w_1_3_0 pre_definition_1_89_3 4.455688436850484
 w_1_3_0 pre_definition_1_90_3 -1.9881365431926281
 w_1_3_1 pre_definition_1_0_3 8.367357239996755
 w_1_3_1 pre_definition_1_1_3 8.037343068387223
 w_1_3_1 pre_definition_1_2_3 7.707328896777691
 w_1_3_1 pre_definition_1_3_3 8.179547065527377
 w_1_3_1 pre_definition_1_4_3 7.849532893917845
 w_1_3_1 pre_definition_1_5_3 7.519518722308312
 w_1_3_1 pre_definition_1_6_3 7.991736891057998
 w_1_3_1 pre_definition_1_7_3 7.6617227194484645
 w_1_3_1 pre_definition_1_8_3 7.331708547838932
 w_1_3_1 pre_definition_1_9_3 7.522211454884551
 w_1_3_1 pre_definition_1_10_3 7.192197283275018
 w_1_3_1 pre_definition_1_11_3 6.862183111665486
 w_1_3_1 pre_definition_1_12_3 7.428306367649863
 w_1_3_1 pre_definition_1_13_3 7.09829219604033
 w_1_3_1 pre_definition_1_14_3 6.768278024430797
 w_1_3_1 pre_definition_1_15_3 7.334401280415173
 w_1_3_1 pre_definition_1_16_3 7.0043871088056395
 w_1_3_1 pre_definition_1_17_3 6.674372937196107
 w_1_3_1 pre_definition_1_18_3 7.240496193180483
 w_1_3_1 pre_definition_1_19_3 6.91048202157095
 w_1_3_1 pre_definition_1_20_3 6.580467849961417
 w_1_3_1 pre_definition_1_21_3 6.113635146364211
 w_1_3_1 pre_definition_1_22_3 5.783620974754678
 w_1_3_1 pre_definition_1_23_3 5.453606803145146
 w_1_3_1 pre_definition_1_24_3 4.986774099547939
 w_1_3_1 pre_definition_1_25_3 4.656759927938406
 w_1_3_1 pre_definition_1_26_3 4.326745756328874
 w_1_3_1 pre_definition_1_27_3 4.892869012313249
 w_1_3_1 pre_definition_1_28_3 4.562854840703716
 w_1_3_1 pre_definition_1_29_3 4.232840669094184
 w_1_3_1 pre_definition_1_30_3 4.79896392507856
 w_1_3_1 pre_definition_1_31_3 4.468949753469027
 w_1_3_1 pre_definition_1_32_3 4.138935581859494
 w_1_3_1 pre_definition_1_33_3 4.705058837843871
 w_1_3_1 pre_definition_1_34_3 4.375044666234338
 w_1_3_1 pre_definition_1_35_3 4.045030494624806
 w_1_3_1 pre_definition_1_36_3 4.235533401670424
 w_1_3_1 pre_definition_1_37_3 3.905519230060891
 w_1_3_1 pre_definition_1_38_3 3.5755050584513586
 w_1_3_1 pre_definition_1_39_3 4.047723227201045
 w_1_3_1 pre_definition_1_40_3 3.717709055591512
 w_1_3_1 pre_definition_1_41_3 3.3876948839819794
 w_1_3_1 pre_definition_1_42_3 3.8599130527316667
 w_1_3_1 pre_definition_1_43_3 3.5298988811221337
 w_1_3_1 pre_definition_1_44_3 3.199884709512601
 w_1_3_1 pre_definition_1_45_3 18.284995927925202
 w_1_3_1 pre_definition_1_46_3 18.660616276863955
 w_1_3_1 pre_definition_1_47_3 19.036236625802715
 w_1_3_1 pre_definition_1_48_3 18.119988842120435
 w_1_3_1 pre_definition_1_49_3 18.495609191059188
 w_1_3_1 pre_definition_1_50_3 18.871229539997948
 w_1_3_1 pre_definition_1_51_3 17.954981756315668
 w_1_3_1 pre_definition_1_52_3 18.330602105254425
 w_1_3_1 pre_definition_1_53_3 18.70622245419318
 w_1_3_1 pre_definition_1_54_3 17.54246404180375
 w_1_3_1 pre_definition_1_55_3 17.918084390742507
 w_1_3_1 pre_definition_1_56_3 18.293704739681267
 w_1_3_1 pre_definition_1_57_3 17.459960498901367
 w_1_3_1 pre_definition_1_58_3 17.835580847840124
 w_1_3_1 pre_definition_1_59_3 18.211201196778884
 w_1_3_1 pre_definition_1_60_3 17.377456955998984
 w_1_3_1 pre_definition_1_61_3 17.75307730493774
 w_1_3_1 pre_definition_1_62_3 18.1286976538765
 w_1_3_1 pre_definition_1_63_3 17.2949534130966
 w_1_3_1 pre_definition_1_64_3 17.67057376203536
 w_1_3_1 pre_definition_1_65_3 18.046194110974117
 w_1_3_1 pre_definition_1_66_3 16.304910898268005
 w_1_3_1 pre_definition_1_67_3 16.68053124720676
 w_1_3_1 pre_definition_1_68_3 17.05615159614552
 w_1_3_1 pre_definition_1_69_3 15.314868383439405
 w_1_3_1 pre_definition_1_70_3 15.690488732378162
 w_1_3_1 pre_definition_1_71_3 16.06610908131692
 w_1_3_1 pre_definition_1_72_3 15.232364840537022
 w_1_3_1 pre_definition_1_73_3 15.607985189475778
 w_1_3_1 pre_definition_1_74_3 15.983605538414537
 w_1_3_1 pre_definition_1_75_3 15.149861297634638
 w_1_3_1 pre_definition_1_76_3 15.525481646573395
 w_1_3_1 pre_definition_1_77_3 15.901101995512153
 w_1_3_1 pre_definition_1_78_3 15.067357754732255
 w_1_3_1 pre_definition_1_79_3 15.442978103671011
 w_1_3_1 pre_definition_1_80_3 15.81859845260977
 w_1_3_1 pre_definition_1_81_3 14.65484004022034
 w_1_3_1 pre_definition_1_82_3 15.030460389159096
 w_1_3_1 pre_definition_1_83_3 15.406080738097854
 w_1_3_1 pre_definition_1_84_3 14.489832954415572
 w_1_3_1 pre_definition_1_85_3 14.865453303354329
 w_1_3_1 pre_definition_1_86_3 15.241073652293089
 w_1_3_1 pre_definition_1_87_3 14.324825868610805
 w_1_3_1 pre_definition_1_88_3 14.700446217549562
 w_1_3_1 pre_definition_1_89_3 15.076066566488322
 w_1_3_1 pre_definition_1_90_3 12.817279363900978
 w_1_4_0 pre_definition_1_0_4 8.682560668858486
 w_1_4_0 pre_definition_1_1_4 9.058181017797244
 w_1_4_0 pre_definition_1_2_4 9.433801366736
 w_1_4_0 pre_definition_1_3_4 8.517553583053719
 w_1_4_0 pre_definition_1_4_4 8.893173931992477
 w_1_4_0 pre_definition_1_5_4 9.268794280931234
 w_1_4_0 pre_definition_1_6_4 8.352546497248953
 w_1_4_0 pre_definition_1_7_4 8.72816684618771
 w_1_4_0 pre_definition_1_8_4 9.103787195126468
 w_1_4_0 pre_definition_1_9_4 7.940028782737038
 w_1_4_0 pre_definition_1_10_4 8.315649131675794
 w_1_4_0 pre_definition_1_11_4 8.691269480614553
 w_1_4_0 pre_definition_1_12_4 7.857525239834654
 w_1_4_0 pre_definition_1_13_4 8.23314558877341
 w_1_4_0 pre_definition_1_14_4 8.60876593771217
 w_1_4_0 pre_definition_1_15_4 7.775021696932271
 w_1_4_0 pre_definition_1_16_4 8.150642045871027
 w_1_4_0 pre_definition_1_17_4 8.526262394809786
 w_1_4_0 pre_definition_1_18_4 7.692518154029888
 w_1_4_0 pre_definition_1_19_4 8.068138502968646
 w_1_4_0 pre_definition_1_20_4 8.443758851907402
 w_1_4_0 pre_definition_1_21_4 6.70247563920129
 w_1_4_0 pre_definition_1_22_4 7.078095988140047
 w_1_4_0 pre_definition_1_23_4 7.453716337078804
 w_1_4_0 pre_definition_1_24_4 5.712433124372692
 w_1_4_0 pre_definition_1_25_4 6.088053473311449
 w_1_4_0 pre_definition_1_26_4 6.463673822250206
 w_1_4_0 pre_definition_1_27_4 5.629929581470308
 w_1_4_0 pre_definition_1_28_4 6.005549930409066
 w_1_4_0 pre_definition_1_29_4 6.381170279347822
 w_1_4_0 pre_definition_1_30_4 5.5474260385679255
 w_1_4_0 pre_definition_1_31_4 5.923046387506682
 w_1_4_0 pre_definition_1_32_4 6.2986667364454405
 w_1_4_0 pre_definition_1_33_4 5.464922495665542
 w_1_4_0 pre_definition_1_34_4 5.840542844604299
 w_1_4_0 pre_definition_1_35_4 6.216163193543057
 w_1_4_0 pre_definition_1_36_4 5.052404781153626
 w_1_4_0 pre_definition_1_37_4 5.428025130092383
 w_1_4_0 pre_definition_1_38_4 5.803645479031141
 w_1_4_0 pre_definition_1_39_4 4.887397695348859
 w_1_4_0 pre_definition_1_40_4 5.263018044287616
 w_1_4_0 pre_definition_1_41_4 5.638638393226374
 w_1_4_0 pre_definition_1_42_4 4.722390609544093
 w_1_4_0 pre_definition_1_43_4 5.098010958482851
 w_1_4_0 pre_definition_1_44_4 5.473631307421607
 w_1_4_0 pre_definition_1_45_4 -0.7117840936336712
 w_1_4_0 pre_definition_1_46_4 -0.3817699220241373
 w_1_4_0 pre_definition_1_47_4 -0.05175575041460512
 w_1_4_0 pre_definition_1_48_4 -0.5239739191642929
 w_1_4_0 pre_definition_1_49_4 -0.19395974755475898
 w_1_4_0 pre_definition_1_50_4 0.1360544240547732
 w_1_4_0 pre_definition_1_51_4 -0.33616374469491284
 w_1_4_0 pre_definition_1_52_4 -0.00614957308537889
 w_1_4_0 pre_definition_1_53_4 0.3238645985241533
 w_1_4_0 pre_definition_1_54_4 0.13336169147853383
 w_1_4_0 pre_definition_1_55_4 0.4633758630880678
 w_1_4_0 pre_definition_1_56_4 0.7933900346975999
 w_1_4_0 pre_definition_1_57_4 0.2272667787132221
 w_1_4_0 pre_definition_1_58_4 0.557280950322756
 w_1_4_0 pre_definition_1_59_4 0.8872951219322882
 w_1_4_0 pre_definition_1_60_4 0.32117186594791214
 w_1_4_0 pre_definition_1_61_4 0.6511860375574461
 w_1_4_0 pre_definition_1_62_4 0.9812002091669783
 w_1_4_0 pre_definition_1_63_4 0.4150769531826004
 w_1_4_0 pre_definition_1_64_4 0.7450911247921344
 w_1_4_0 pre_definition_1_65_4 1.0751052964016665
 w_1_4_0 pre_definition_1_66_4 1.541937999998873
 w_1_4_0 pre_definition_1_67_4 1.8719521716084069
 w_1_4_0 pre_definition_1_68_4 2.201966343217939
 w_1_4_0 pre_definition_1_69_4 2.6687990468151455
 w_1_4_0 pre_definition_1_70_4 2.9988132184246794
 w_1_4_0 pre_definition_1_71_4 3.3288273900342116
 w_1_4_0 pre_definition_1_72_4 2.7627041340498346
 w_1_4_0 pre_definition_1_73_4 3.0927183056593686
 w_1_4_0 pre_definition_1_74_4 3.4227324772689007
 w_1_4_0 pre_definition_1_75_4 2.8566092212845247
 w_1_4_0 pre_definition_1_76_4 3.1866233928940586
 w_1_4_0 pre_definition_1_77_4 3.5166375645035908
 w_1_4_0 pre_definition_1_78_4 2.950514308519214
 w_1_4_0 pre_definition_1_79_4 3.2805284801287478
 w_1_4_0 pre_definition_1_80_4 3.61054265173828
 w_1_4_0 pre_definition_1_81_4 3.4200397446926605
 w_1_4_0 pre_definition_1_82_4 3.7500539163021944
 w_1_4_0 pre_definition_1_83_4 4.080068087911727
 w_1_4_0 pre_definition_1_84_4 3.607849919162039
 w_1_4_0 pre_definition_1_85_4 3.9378640907715727
 w_1_4_0 pre_definition_1_86_4 4.267878262381105
 w_1_4_0 pre_definition_1_87_4 3.795660093631418
 w_1_4_0 pre_definition_1_88_4 4.125674265240952
 w_1_4_0 pre_definition_1_89_4 4.455688436850484
 w_1_4_0 pre_definition_1_90_4 -1.9881365431926281
 w_1_4_1 pre_definition_1_0_4 8.367357239996755
 w_1_4_1 pre_definition_1_1_4 8.037343068387223
 w_1_4_1 pre_definition_1_2_4 7.707328896777691
 w_1_4_1 pre_definition_1_3_4 8.179547065527377
 w_1_4_1 pre_definition_1_4_4 7.849532893917845
 w_1_4_1 pre_definition_1_5_4 7.519518722308312
 w_1_4_1 pre_definition_1_6_4 7.991736891057998
 w_1_4_1 pre_definition_1_7_4 7.6617227194484645
 w_1_4_1 pre_definition_1_8_4 7.331708547838932
 w_1_4_1 pre_definition_1_9_4 7.522211454884551
 w_1_4_1 pre_definition_1_10_4 7.192197283275018
 w_1_4_1 pre_definition_1_11_4 6.862183111665486
 w_1_4_1 pre_definition_1_12_4 7.428306367649863
 w_1_4_1 pre_definition_1_13_4 7.09829219604033
 w_1_4_1 pre_definition_1_14_4 6.768278024430797
 w_1_4_1 pre_definition_1_15_4 7.334401280415173
 w_1_4_1 pre_definition_1_16_4 7.0043871088056395
 w_1_4_1 pre_definition_1_17_4 6.674372937196107
 w_1_4_1 pre_definition_1_18_4 7.240496193180483
 w_1_4_1 pre_definition_1_19_4 6.91048202157095
 w_1_4_1 pre_definition_1_20_4 6.580467849961417
 w_1_4_1 pre_definition_1_21_4 6.113635146364211
 w_1_4_1 pre_definition_1_22_4 5.783620974754678
 w_1_4_1 pre_definition_1_23_4 5.453606803145146
 w_1_4_1 pre_definition_1_24_4 4.986774099547939
 w_1_4_1 pre_definition_1_25_4 4.656759927938406
 w_1_4_1 pre_definition_1_26_4 4.326745756328874
 w_1_4_1 pre_definition_1_27_4 4.892869012313249
 w_1_4_1 pre_definition_1_28_4 4.562854840703716
 w_1_4_1 pre_definition_1_29_4 4.232840669094184
 w_1_4_1 pre_definition_1_30_4 4.79896392507856
 w_1_4_1 pre_definition_1_31_4 4.468949753469027
 w_1_4_1 pre_definition_1_32_4 4.138935581859494
 w_1_4_1 pre_definition_1_33_4 4.705058837843871
 w_1_4_1 pre_definition_1_34_4 4.375044666234338
 w_1_4_1 pre_definition_1_35_4 4.045030494624806
 w_1_4_1 pre_definition_1_36_4 4.235533401670424
 w_1_4_1 pre_definition_1_37_4 3.905519230060891
 w_1_4_1 pre_definition_1_38_4 3.5755050584513586
 w_1_4_1 pre_definition_1_39_4 4.047723227201045
 w_1_4_1 pre_definition_1_40_4 3.717709055591512
 w_1_4_1 pre_definition_1_41_4 3.3876948839819794
 w_1_4_1 pre_definition_1_42_4 3.8599130527316667
 w_1_4_1 pre_definition_1_43_4 3.5298988811221337
 w_1_4_1 pre_definition_1_44_4 3.199884709512601
 w_1_4_1 pre_definition_1_45_4 18.284995927925202
 w_1_4_1 pre_definition_1_46_4 18.660616276863955
 w_1_4_1 pre_definition_1_47_4 19.036236625802715
 w_1_4_1 pre_definition_1_48_4 18.119988842120435
 w_1_4_1 pre_definition_1_49_4 18.495609191059188
 w_1_4_1 pre_definition_1_50_4 18.871229539997948
 w_1_4_1 pre_definition_1_51_4 17.954981756315668
 w_1_4_1 pre_definition_1_52_4 18.330602105254425
 w_1_4_1 pre_definition_1_53_4 18.70622245419318
 w_1_4_1 pre_definition_1_54_4 17.54246404180375
 w_1_4_1 pre_definition_1_55_4 17.918084390742507
 w_1_4_1 pre_definition_1_56_4 18.293704739681267
 w_1_4_1 pre_definition_1_57_4 17.459960498901367
 w_1_4_1 pre_definition_1_58_4 17.835580847840124
 w_1_4_1 pre_definition_1_59_4 18.211201196778884
 w_1_4_1 pre_definition_1_60_4 17.377456955998984
 w_1_4_1 pre_definition_1_61_4 17.75307730493774
 w_1_4_1 pre_definition_1_62_4 18.1286976538765
 w_1_4_1 pre_definition_1_63_4 17.2949534130966
 w_1_4_1 pre_definition_1_64_4 17.67057376203536
 w_1_4_1 pre_definition_1_65_4 18.046194110974117
 w_1_4_1 pre_definition_1_66_4 16.304910898268005
 w_1_4_1 pre_definition_1_67_4 16.68053124720676
 w_1_4_1 pre_definition_1_68_4 17.05615159614552
 w_1_4_1 pre_definition_1_69_4 15.314868383439405
 w_1_4_1 pre_definition_1_70_4 15.690488732378162
 w_1_4_1 pre_definition_1_71_4 16.06610908131692
 w_1_4_1 pre_definition_1_72_4 15.232364840537022
 w_1_4_1 pre_definition_1_73_4 15.607985189475778
 w_1_4_1 pre_definition_1_74_4 15.983605538414537
 w_1_4_1 pre_definition_1_75_4 15.149861297634638
 w_1_4_1 pre_definition_1_76_4 15.525481646573395
 w_1_4_1 pre_definition_1_77_4 15.901101995512153
 w_1_4_1 pre_definition_1_78_4 15.067357754732255
 w_1_4_1 pre_definition_1_79_4 15.442978103671011
 w_1_4_1 pre_definition_1_80_4 15.81859845260977
 w_1_4_1 pre_definition_1_81_4 14.65484004022034
 w_1_4_1 pre_definition_1_82_4 15.030460389159096
 w_1_4_1 pre_definition_1_83_4 15.406080738097854
 w_1_4_1 pre_definition_1_84_4 14.489832954415572
 w_1_4_1 pre_definition_1_85_4 14.865453303354329
 w_1_4_1 pre_definition_1_86_4 15.241073652293089
 w_1_4_1 pre_definition_1_87_4 14.324825868610805
 w_1_4_1 pre_definition_1_88_4 14.700446217549562
 w_1_4_1 pre_definition_1_89_4 15.076066566488322
 w_1_4_1 pre_definition_1_90_4 12.817279363900978
 w_1_5_0 pre_definition_1_0_5 8.682560668858486
 w_1_5_0 pre_definition_1_1_5 9.058181017797244
 w_1_5_0 pre_definition_1_2_5 9.433801366736
 w_1_5_0 pre_definition_1_3_5 8.517553583053719
 w_1_5_0 pre_definition_1_4_5 8.893173931992477
 w_1_5_0 pre_definition_1_5_5 9.268794280931234
 w_1_5_0 pre_definition_1_6_5 8.352546497248953
 w_1_5_0 pre_definition_1_7_5 8.72816684618771
 w_1_5_0 pre_definition_1_8_5 9.103787195126468
 w_1_5_0 pre_definition_1_9_5 7.940028782737038
 w_1_5_0 pre_definition_1_10_5 8.315649131675794
 w_1_5_0 pre_definition_1_11_5 8.691269480614553
 w_1_5_0 pre_definition_1_12_5 7.857525239834654
 w_1_5_0 pre_definition_1_13_5 8.23314558877341
 w_1_5_0 pre_definition_1_14_5 8.60876593771217
 w_1_5_0 pre_definition_1_15_5 7.775021696932271
 w_1_5_0 pre_definition_1_16_5 8.150642045871027
 w_1_5_0 pre_definition_1_17_5 8.526262394809786
 w_1_5_0 pre_definition_1_18_5 7.692518154029888
 w_1_5_0 pre_definition_1_19_5 8.068138502968646
 w_1_5_0 pre_definition_1_20_5 8.443758851907402
 w_1_5_0 pre_definition_1_21_5 6.70247563920129
 w_1_5_0 pre_definition_1_22_5 7.078095988140047
 w_1_5_0 pre_definition_1_23_5 7.453716337078804
 w_1_5_0 pre_definition_1_24_5 5.712433124372692
 w_1_5_0 pre_definition_1_25_5 6.088053473311449
 w_1_5_0 pre_definition_1_26_5 6.463673822250206
 w_1_5_0 pre_definition_1_27_5 5.629929581470308
 w_1_5_0 pre_definition_1_28_5 6.005549930409066
 w_1_5_0 pre_definition_1_29_5 6.381170279347822
 w_1_5_0 pre_definition_1_30_5 5.5474260385679255
 w_1_5_0 pre_definition_1_31_5 5.923046387506682
 w_1_5_0 pre_definition_1_32_5 6.2986667364454405
 w_1_5_0 pre_definition_1_33_5 5.464922495665542
 w_1_5_0 pre_definition_1_34_5 5.840542844604299
 w_1_5_0 pre_definition_1_35_5 6.216163193543057
 w_1_5_0 pre_definition_1_36_5 5.052404781153626
 w_1_5_0 pre_definition_1_37_5 5.428025130092383
 w_1_5_0 pre_definition_1_38_5 5.803645479031141
 w_1_5_0 pre_definition_1_39_5 4.887397695348859
 w_1_5_0 pre_definition_1_40_5 5.263018044287616
 w_1_5_0 pre_definition_1_41_5 5.638638393226374
 w_1_5_0 pre_definition_1_42_5 4.722390609544093
 w_1_5_0 pre_definition_1_43_5 5.098010958482851
 w_1_5_0 pre_definition_1_44_5 5.473631307421607
 w_1_5_0 pre_definition_1_45_5 -0.7117840936336712
 w_1_5_0 pre_definition_1_46_5 -0.3817699220241373
 w_1_5_0 pre_definition_1_47_5 -0.05175575041460512
 w_1_5_0 pre_definition_1_48_5 -0.5239739191642929
 w_1_5_0 pre_definition_1_49_5 -0.19395974755475898
 w_1_5_0 pre_definition_1_50_5 0.1360544240547732
 w_1_5_0 pre_definition_1_51_5 -0.33616374469491284
 w_1_5_0 pre_definition_1_52_5 -0.00614957308537889
 w_1_5_0 pre_definition_1_53_5 0.3238645985241533
 w_1_5_0 pre_definition_1_54_5 0.13336169147853383
 w_1_5_0 pre_definition_1_55_5 0.4633758630880678
 w_1_5_0 pre_definition_1_56_5 0.7933900346975999
 w_1_5_0 pre_definition_1_57_5 0.2272667787132221
 w_1_5_0 pre_definition_1_58_5 0.557280950322756
 w_1_5_0 pre_definition_1_59_5 0.8872951219322882
 w_1_5_0 pre_definition_1_60_5 0.32117186594791214
 w_1_5_0 pre_definition_1_61_5 0.6511860375574461
 w_1_5_0 pre_definition_1_62_5 0.9812002091669783
 w_1_5_0 pre_definition_1_63_5 0.4150769531826004
 w_1_5_0 pre_definition_1_64_5 0.7450911247921344
 w_1_5_0 pre_definition_1_65_5 1.0751052964016665
 w_1_5_0 pre_definition_1_66_5 1.541937999998873
 w_1_5_0 pre_definition_1_67_5 1.8719521716084069
 w_1_5_0 pre_definition_1_68_5 2.201966343217939
 w_1_5_0 pre_definition_1_69_5 2.6687990468151455
 w_1_5_0 pre_definition_1_70_5 2.9988132184246794
 w_1_5_0 pre_definition_1_71_5 3.3288273900342116
 w_1_5_0 pre_definition_1_72_5 2.7627041340498346
 w_1_5_0 pre_definition_1_73_5 3.0927183056593686
 w_1_5_0 pre_definition_1_74_5 3.4227324772689007
 w_1_5_0 pre_definition_1_75_5 2.8566092212845247
 w_1_5_0 pre_definition_1_76_5 3.1866233928940586
 w_1_5_0 pre_definition_1_77_5 3.5166375645035908
 w_1_5_0 pre_definition_1_78_5 2.950514308519214
 w_1_5_0 pre_definition_1_79_5 3.2805284801287478
 w_1_5_0 pre_definition_1_80_5 3.61054265173828
 w_1_5_0 pre_definition_1_81_5 3.4200397446926605
 w_1_5_0 pre_definition_1_82_5 3.7500539163021944
 w_1_5_0 pre_definition_1_83_5 4.080068087911727
 w_1_5_0 pre_definition_1_84_5 3.607849919162039
 w_1_5_0 pre_definition_1_85_5 3.9378640907715727
 w_1_5_0 pre_definition_1_86_5 4.267878262381105
 w_1_5_0 pre_definition_1_87_5 3.795660093631418
 w_1_5_0 pre_definition_1_88_5 4.125674265240952
 w_1_5_0 pre_definition_1_89_5 4.455688436850484
 w_1_5_0 pre_definition_1_90_5 -1.9881365431926281
 w_1_5_1 pre_definition_1_0_5 8.367357239996755
 w_1_5_1 pre_definition_1_1_5 8.037343068387223
 w_1_5_1 pre_definition_1_2_5 7.707328896777691
 w_1_5_1 pre_definition_1_3_5 8.179547065527377
 w_1_5_1 pre_definition_1_4_5 7.849532893917845
 w_1_5_1 pre_definition_1_5_5 7.519518722308312
 w_1_5_1 pre_definition_1_6_5 7.991736891057998
 w_1_5_1 pre_definition_1_7_5 7.6617227194484645
 w_1_5_1 pre_definition_1_8_5 7.331708547838932
 w_1_5_1 pre_definition_1_9_5 7.522211454884551
 w_1_5_1 pre_definition_1_10_5 7.192197283275018
 w_1_5_1 pre_definition_1_11_5 6.862183111665486
 w_1_5_1 pre_definition_1_12_5 7.428306367649863
 w_1_5_1 pre_definition_1_13_5 7.09829219604033
 w_1_5_1 pre_definition_1_14_5 6.768278024430797
 w_1_5_1 pre_definition_1_15_5 7.334401280415173
 w_1_5_1 pre_definition_1_16_5 7.0043871088056395
 w_1_5_1 pre_definition_1_17_5 6.674372937196107
 w_1_5_1 pre_definition_1_18_5 7.240496193180483
 w_1_5_1 pre_definition_1_19_5 6.91048202157095
 w_1_5_1 pre_definition_1_20_5 6.580467849961417
 w_1_5_1 pre_definition_1_21_5 6.113635146364211
 w_1_5_1 pre_definition_1_22_5 5.783620974754678
 w_1_5_1 pre_definition_1_23_5 5.453606803145146
 w_1_5_1 pre_definition_1_24_5 4.986774099547939
 w_1_5_1 pre_definition_1_25_5 4.656759927938406
 w_1_5_1 pre_definition_1_26_5 4.326745756328874
 w_1_5_1 pre_definition_1_27_5 4.892869012313249
 w_1_5_1 pre_definition_1_28_5 4.562854840703716
 w_1_5_1 pre_definition_1_29_5 4.232840669094184
 w_1_5_1 pre_definition_1_30_5 4.79896392507856
 w_1_5_1 pre_definition_1_31_5 4.468949753469027
 w_1_5_1 pre_definition_1_32_5 4.138935581859494
 w_1_5_1 pre_definition_1_33_5 4.705058837843871
 w_1_5_1 pre_definition_1_34_5 4.375044666234338
 w_1_5_1 pre_definition_1_35_5 4.045030494624806
 w_1_5_1 pre_definition_1_36_5 4.235533401670424
 w_1_5_1 pre_definition_1_37_5 3.905519230060891
 w_1_5_1 pre_definition_1_38_5 3.5755050584513586
 w_1_5_1 pre_definition_1_39_5 4.047723227201045
 w_1_5_1 pre_definition_1_40_5 3.717709055591512
 w_1_5_1 pre_definition_1_41_5 3.3876948839819794
 w_1_5_1 pre_definition_1_42_5 3.8599130527316667
 w_1_5_1 pre_definition_1_43_5 3.5298988811221337
 w_1_5_1 pre_definition_1_44_5 3.199884709512601
 w_1_5_1 pre_definition_1_45_5 18.284995927925202
 w_1_5_1 pre_definition_1_46_5 18.660616276863955
 w_1_5_1 pre_definition_1_47_5 19.036236625802715
 w_1_5_1 pre_definition_1_48_5 18.119988842120435
 w_1_5_1 pre_definition_1_49_5 18.495609191059188
 w_1_5_1 pre_definition_1_50_5 18.871229539997948
 w_1_5_1 pre_definition_1_51_5 17.954981756315668
 w_1_5_1 pre_definition_1_52_5 18.330602105254425
 w_1_5_1 pre_definition_1_53_5 18.70622245419318
 w_1_5_1 pre_definition_1_54_5 17.54246404180375
 w_1_5_1 pre_definition_1_55_5 17.918084390742507
 w_1_5_1 pre_definition_1_56_5 18.293704739681267
 w_1_5_1 pre_definition_1_57_5 17.459960498901367
 w_1_5_1 pre_definition_1_58_5 17.835580847840124
 w_1_5_1 pre_definition_1_59_5 18.211201196778884
 w_1_5_1 pre_definition_1_60_5 17.377456955998984
 w_1_5_1 pre_definition_1_61_5 17.75307730493774
 w_1_5_1 pre_definition_1_62_5 18.1286976538765
 w_1_5_1 pre_definition_1_63_5 17.2949534130966
 w_1_5_1 pre_definition_1_64_5 17.67057376203536
 w_1_5_1 pre_definition_1_65_5 18.046194110974117
 w_1_5_1 pre_definition_1_66_5 16.304910898268005
 w_1_5_1 pre_definition_1_67_5 16.68053124720676
 w_1_5_1 pre_definition_1_68_5 17.05615159614552
 w_1_5_1 pre_definition_1_69_5 15.314868383439405
 w_1_5_1 pre_definition_1_70_5 15.690488732378162
 w_1_5_1 pre_definition_1_71_5 16.06610908131692
 w_1_5_1 pre_definition_1_72_5 15.232364840537022
 w_1_5_1 pre_definition_1_73_5 15.607985189475778
 w_1_5_1 pre_definition_1_74_5 15.983605538414537
 w_1_5_1 pre_definition_1_75_5 15.149861297634638
 w_1_5_1 pre_definition_1_76_5 15.525481646573395
 w_1_5_1 pre_definition_1_77_5 15.901101995512153
 w_1_5_1 pre_definition_1_78_5 15.067357754732255
 w_1_5_1 pre_definition_1_79_5 15.442978103671011
 w_1_5_1 pre_definition_1_80_5 15.81859845260977
 w_1_5_1 pre_definition_1_81_5 14.65484004022034
 w_1_5_1 pre_definition_1_82_5 15.030460389159096
 w_1_5_1 pre_definition_1_83_5 15.406080738097854
 w_1_5_1 pre_definition_1_84_5 14.489832954415572
 w_1_5_1 pre_definition_1_85_5 14.865453303354329
 w_1_5_1 pre_definition_1_86_5 15.241073652293089
 w_1_5_1 pre_definition_1_87_5 14.324825868610805
 w_1_5_1 pre_definition_1_88_5 14.700446217549562
 w_1_5_1 pre_definition_1_89_5 15.076066566488322
 w_1_5_1 pre_definition_1_90_5 12.817279363900978
 w_1_6_0 pre_definition_1_0_6 8.682560668858486
 w_1_6_0 pre_definition_1_1_6 9.058181017797244
 w_1_6_0 pre_definition_1_2_6 9.433801366736
 w_1_6_0 pre_definition_1_3_6 8.517553583053719
 w_1_6_0 pre_definition_1_4_6 8.893173931992477
 w_1_6_0 pre_definition_1_5_6 9.268794280931234
 w_1_6_0 pre_definition_1_6_6 8.352546497248953
 w_1_6_0 pre_definition_1_7_6 8.72816684618771
 w_1_6_0 pre_definition_1_8_6 9.103787195126468
 w_1_6_0 pre_definition_1_9_6 7.940028782737038
 w_1_6_0 pre_definition_1_10_6 8.315649131675794
 w_1_6_0 pre_definition_1_11_6 8.691269480614553
 w_1_6_0 pre_definition_1_12_6 7.857525239834654
 w_1_6_0 pre_definition_1_13_6 8.23314558877341
 w_1_6_0 pre_definition_1_14_6 8.60876593771217
 w_1_6_0 pre_definition_1_15_6 7.775021696932271
 w_1_6_0 pre_definition_1_16_6 8.150642045871027
 w_1_6_0 pre_definition_1_17_6 8.526262394809786
 w_1_6_0 pre_definition_1_18_6 7.692518154029888
 w_1_6_0 pre_definition_1_19_6 8.068138502968646
 w_1_6_0 pre_definition_1_20_6 8.443758851907402
 w_1_6_0 pre_definition_1_21_6 6.70247563920129
 w_1_6_0 pre_definition_1_22_6 7.078095988140047
 w_1_6_0 pre_definition_1_23_6 7.453716337078804
 w_1_6_0 pre_definition_1_24_6 5.712433124372692
 w_1_6_0 pre_definition_1_25_6 6.088053473311449
 w_1_6_0 pre_definition_1_26_6 6.463673822250206
 w_1_6_0 pre_definition_1_27_6 5.629929581470308
 w_1_6_0 pre_definition_1_28_6 6.005549930409066
 w_1_6_0 pre_definition_1_29_6 6.381170279347822
 w_1_6_0 pre_definition_1_30_6 5.5474260385679255
 w_1_6_0 pre_definition_1_31_6 5.923046387506682
 w_1_6_0 pre_definition_1_32_6 6.2986667364454405
 w_1_6_0 pre_definition_1_33_6 5.464922495665542
 w_1_6_0 pre_definition_1_34_6 5.840542844604299
 w_1_6_0 pre_definition_1_35_6 6.216163193543057
 w_1_6_0 pre_definition_1_36_6 5.052404781153626
 w_1_6_0 pre_definition_1_37_6 5.428025130092383
 w_1_6_0 pre_definition_1_38_6 5.803645479031141
 w_1_6_0 pre_definition_1_39_6 4.887397695348859
 w_1_6_0 pre_definition_1_40_6 5.263018044287616
 w_1_6_0 pre_definition_1_41_6 5.638638393226374
 w_1_6_0 pre_definition_1_42_6 4.722390609544093
 w_1_6_0 pre_definition_1_43_6 5.098010958482851
 w_1_6_0 pre_definition_1_44_6 5.473631307421607
 w_1_6_0 pre_definition_1_45_6 -0.7117840936336712
 w_1_6_0 pre_definition_1_46_6 -0.3817699220241373
 w_1_6_0 pre_definition_1_47_6 -0.05175575041460512
 w_1_6_0 pre_definition_1_48_6 -0.5239739191642929
 w_1_6_0 pre_definition_1_49_6 -0.19395974755475898
 w_1_6_0 pre_definition_1_50_6 0.1360544240547732
 w_1_6_0 pre_definition_1_51_6 -0.33616374469491284
 w_1_6_0 pre_definition_1_52_6 -0.00614957308537889
 w_1_6_0 pre_definition_1_53_6 0.3238645985241533
 w_1_6_0 pre_definition_1_54_6 0.13336169147853383
 w_1_6_0 pre_definition_1_55_6 0.4633758630880678
 w_1_6_0 pre_definition_1_56_6 0.7933900346975999
 w_1_6_0 pre_definition_1_57_6 0.2272667787132221
 w_1_6_0 pre_definition_1_58_6 0.557280950322756
 w_1_6_0 pre_definition_1_59_6 0.8872951219322882
 w_1_6_0 pre_definition_1_60_6 0.32117186594791214
 w_1_6_0 pre_definition_1_61_6 0.6511860375574461
 w_1_6_0 pre_definition_1_62_6 0.9812002091669783
 w_1_6_0 pre_definition_1_63_6 0.4150769531826004
 w_1_6_0 pre_definition_1_64_6 0.7450911247921344
 w_1_6_0 pre_definition_1_65_6 1.0751052964016665
 w_1_6_0 pre_definition_1_66_6 1.541937999998873
 w_1_6_0 pre_definition_1_67_6 1.8719521716084069
 w_1_6_0 pre_definition_1_68_6 2.201966343217939
 w_1_6_0 pre_definition_1_69_6 2.6687990468151455
 w_1_6_0 pre_definition_1_70_6 2.9988132184246794
 w_1_6_0 pre_definition_1_71_6 3.3288273900342116
 w_1_6_0 pre_definition_1_72_6 2.7627041340498346
 w_1_6_0 pre_definition_1_73_6 3.0927183056593686
 w_1_6_0 pre_definition_1_74_6 3.4227324772689007
 w_1_6_0 pre_definition_1_75_6 2.8566092212845247
 w_1_6_0 pre_definition_1_76_6 3.1866233928940586
 w_1_6_0 pre_definition_1_77_6 3.5166375645035908
 w_1_6_0 pre_definition_1_78_6 2.950514308519214
 w_1_6_0 pre_definition_1_79_6 3.2805284801287478
 w_1_6_0 pre_definition_1_80_6 3.61054265173828
 w_1_6_0 pre_definition_1_81_6 3.4200397446926605
 w_1_6_0 pre_definition_1_82_6 3.7500539163021944
 w_1_6_0 pre_definition_1_83_6 4.080068087911727
 w_1_6_0 pre_definition_1_84_6 3.607849919162039
 w_1_6_0 pre_definition_1_85_6 3.9378640907715727
 w_1_6_0 pre_definition_1_86_6 4.267878262381105
 w_1_6_0 pre_definition_1_87_6 3.795660093631418
 w_1_6_0 pre_definition_1_88_6 4.125674265240952
 w_1_6_0 pre_definition_1_89_6 4.455688436850484
 w_1_6_0 pre_definition_1_90_6 -1.9881365431926281
 w_1_6_1 pre_definition_1_0_6 8.367357239996755
 w_1_6_1 pre_definition_1_1_6 8.037343068387223
 w_1_6_1 pre_definition_1_2_6 7.707328896777691
 w_1_6_1 pre_definition_1_3_6 8.179547065527377
 w_1_6_1 pre_definition_1_4_6 7.849532893917845
 w_1_6_1 pre_definition_1_5_6 7.519518722308312
 w_1_6_1 pre_definition_1_6_6 7.991736891057998
 w_1_6_1 pre_definition_1_7_6 7.6617227194484645
 w_1_6_1 pre_definition_1_8_6 7.331708547838932
 w_1_6_1 pre_definition_1_9_6 7.522211454884551
 w_1_6_1 pre_definition_1_10_6 7.192197283275018
 w_1_6_1 pre_definition_1_11_6 6.862183111665486
 w_1_6_1 pre_definition_1_12_6 7.428306367649863
 w_1_6_1 pre_definition_1_13_6 7.09829219604033
 w_1_6_1 pre_definition_1_14_6 6.768278024430797
 w_1_6_1 pre_definition_1_15_6 7.334401280415173
 w_1_6_1 pre_definition_1_16_6 7.0043871088056395
 w_1_6_1 pre_definition_1_17_6 6.674372937196107
 w_1_6_1 pre_definition_1_18_6 7.240496193180483
 w_1_6_1 pre_definition_1_19_6 6.91048202157095
 w_1_6_1 pre_definition_1_20_6 6.580467849961417
 w_1_6_1 pre_definition_1_21_6 6.113635146364211
 w_1_6_1 pre_definition_1_22_6 5.783620974754678
 w_1_6_1 pre_definition_1_23_6 5.453606803145146
 w_1_6_1 pre_definition_1_24_6 4.986774099547939
 w_1_6_1 pre_definition_1_25_6 4.656759927938406
 w_1_6_1 pre_definition_1_26_6 4.326745756328874
 w_1_6_1 pre_definition_1_27_6 4.892869012313249
 w_1_6_1 pre_definition_1_28_6 4.562854840703716
 w_1_6_1 pre_definition_1_29_6 4.232840669094184
 w_1_6_1 pre_definition_1_30_6 4.79896392507856
 w_1_6_1 pre_definition_1_31_6 4.468949753469027
 w_1_6_1 pre_definition_1_32_6 4.138935581859494
 w_1_6_1 pre_definition_1_33_6 4.705058837843871
 w_1_6_1 pre_definition_1_34_6 4.375044666234338
 w_1_6_1 pre_definition_1_35_6 4.045030494624806
 w_1_6_1 pre_definition_1_36_6 4.235533401670424
 w_1_6_1 pre_definition_1_37_6 3.905519230060891
 w_1_6_1 pre_definition_1_38_6 3.5755050584513586
 w_1_6_1 pre_definition_1_39_6 4.047723227201045
 w_1_6_1 pre_definition_1_40_6 3.717709055591512
 w_1_6_1 pre_definition_1_41_6 3.3876948839819794
 w_1_6_1 pre_definition_1_42_6 3.8599130527316667
 w_1_6_1 pre_definition_1_43_6 3.5298988811221337
 w_1_6_1 pre_definition_1_44_6 3.199884709512601
 w_1_6_1 pre_definition_1_45_6 18.284995927925202
 w_1_6_1 pre_definition_1_46_6 18.660616276863955
 w_1_6_1 pre_definition_1_47_6 19.036236625802715
 w_1_6_1 pre_definition_1_48_6 18.119988842120435
 w_1_6_1 pre_definition_1_49_6 18.495609191059188
 w_1_6_1 pre_definition_1_50_6 18.871229539997948
 w_1_6_1 pre_definition_1_51_6 17.954981756315668
 w_1_6_1 pre_definition_1_52_6 18.330602105254425
 w_1_6_1 pre_definition_1_53_6 18.70622245419318
 w_1_6_1 pre_definition_1_54_6 17.54246404180375
 w_1_6_1 pre_definition_1_55_6 17.918084390742507
 w_1_6_1 pre_definition_1_56_6 18.293704739681267
 w_1_6_1 pre_definition_1_57_6 17.459960498901367
 w_1_6_1 pre_definition_1_58_6 17.835580847840124
 w_1_6_1 pre_definition_1_59_6 18.211201196778884
 w_1_6_1 pre_definition_1_60_6 17.377456955998984
 w_1_6_1 pre_definition_1_61_6 17.75307730493774
 w_1_6_1 pre_definition_1_62_6 18.1286976538765
 w_1_6_1 pre_definition_1_63_6 17.2949534130966
 w_1_6_1 pre_definition_1_64_6 17.67057376203536
 w_1_6_1 pre_definition_1_65_6 18.046194110974117
 w_1_6_1 pre_definition_1_66_6 16.304910898268005
 w_1_6_1 pre_definition_1_67_6 16.68053124720676
 w_1_6_1 pre_definition_1_68_6 17.05615159614552
 w_1_6_1 pre_definition_1_69_6 15.314868383439405
 w_1_6_1 pre_definition_1_70_6 15.690488732378162
 w_1_6_1 pre_definition_1_71_6 16.06610908131692
 w_1_6_1 pre_definition_1_72_6 15.232364840537022
 w_1_6_1 pre_definition_1_73_6 15.607985189475778
 w_1_6_1 pre_definition_1_74_6 15.983605538414537
 w_1_6_1 pre_definition_1_75_6 15.149861297634638
 w_1_6_1 pre_definition_1_76_6 15.525481646573395
 w_1_6_1 pre_definition_1_77_6 15.901101995512153
 w_1_6_1 pre_definition_1_78_6 15.067357754732255
 w_1_6_1 pre_definition_1_79_6 15.442978103671011
 w_1_6_1 pre_definition_1_80_6 15.81859845260977
 w_1_6_1 pre_definition_1_81_6 14.65484004022034
 w_1_6_1 pre_definition_1_82_6 15.030460389159096
 w_1_6_1 pre_definition_1_83_6 15.406080738097854
 w_1_6_1 pre_definition_1_84_6 14.489832954415572
 w_1_6_1 pre_definition_1_85_6 14.865453303354329
 w_1_6_1 pre_definition_1_86_6 15.241073652293089
 w_1_6_1 pre_definition_1_87_6 14.324825868610805
 w_1_6_1 pre_definition_1_88_6 14.700446217549562
 w_1_6_1 pre_definition_1_89_6 15.076066566488322
 w_1_6_1 pre_definition_1_90_6 12.817279363900978
 w_1_7_0 pre_definition_1_0_7 8.682560668858486
 w_1_7_0 pre_definition_1_1_7 9.058181017797244
 w_1_7_0 pre_definition_1_2_7 9.433801366736
 w_1_7_0 pre_definition_1_3_7 8.517553583053719
 w_1_7_0 pre_definition_1_4_7 8.893173931992477
 w_1_7_0 pre_definition_1_5_7 9.268794280931234
 w_1_7_0 pre_definition_1_6_7 8.352546497248953
 w_1_7_0 pre_definition_1_7_7 8.72816684618771
 w_1_7_0 pre_definition_1_8_7 9.103787195126468
 w_1_7_0 pre_definition_1_9_7 7.940028782737038
 w_1_7_0 pre_definition_1_10_7 8.315649131675794
 w_1_7_0 pre_definition_1_11_7 8.691269480614553
 w_1_7_0 pre_definition_1_12_7 7.857525239834654
 w_1_7_0 pre_definition_1_13_7 8.23314558877341
 w_1_7_0 pre_definition_1_14_7 8.60876593771217
 w_1_7_0 pre_definition_1_15_7 7.775021696932271
 w_1_7_0 pre_definition_1_16_7 8.150642045871027
 w_1_7_0 pre_definition_1_17_7 8.526262394809786
 w_1_7_0 pre_definition_1_18_7 7.692518154029888
 w_1_7_0 pre_definition_1_19_7 8.068138502968646
 w_1_7_0 pre_definition_1_20_7 8.443758851907402
 w_1_7_0 pre_definition_1_21_7 6.70247563920129
 w_1_7_0 pre_definition_1_22_7 7.078095988140047
 w_1_7_0 pre_definition_1_23_7 7.453716337078804
 w_1_7_0 pre_definition_1_24_7 5.712433124372692
 w_1_7_0 pre_definition_1_25_7 6.088053473311449
 w_1_7_0 pre_definition_1_26_7 6.463673822250206
 w_1_7_0 pre_definition_1_27_7 5.629929581470308
 w_1_7_0 pre_definition_1_28_7 6.005549930409066
 w_1_7_0 pre_definition_1_29_7 6.381170279347822
 w_1_7_0 pre_definition_1_30_7 5.5474260385679255
 w_1_7_0 pre_definition_1_31_7 5.923046387506682
 w_1_7_0 pre_definition_1_32_7 6.2986667364454405
 w_1_7_0 pre_definition_1_33_7 5.464922495665542
 w_1_7_0 pre_definition_1_34_7 5.840542844604299
 w_1_7_0 pre_definition_1_35_7 6.216163193543057
 w_1_7_0 pre_definition_1_36_7 5.052404781153626
 w_1_7_0 pre_definition_1_37_7 5.428025130092383
 w_1_7_0 pre_definition_1_38_7 5.803645479031141
 w_1_7_0 pre_definition_1_39_7 4.887397695348859
 w_1_7_0 pre_definition_1_40_7 5.263018044287616
 w_1_7_0 pre_definition_1_41_7 5.638638393226374
 w_1_7_0 pre_definition_1_42_7 4.722390609544093
 w_1_7_0 pre_definition_1_43_7 5.098010958482851
 w_1_7_0 pre_definition_1_44_7 5.473631307421607
 w_1_7_0 pre_definition_1_45_7 -0.7117840936336712
 w_1_7_0 pre_definition_1_46_7 -0.3817699220241373
 w_1_7_0 pre_definition_1_47_7 -0.05175575041460512
 w_1_7_0 pre_definition_1_48_7 -0.5239739191642929
 w_1_7_0 pre_definition_1_49_7 -0.19395974755475898
 w_1_7_0 pre_definition_1_50_7 0.1360544240547732
 w_1_7_0 pre_definition_1_51_7 -0.33616374469491284
 w_1_7_0 pre_definition_1_52_7 -0.00614957308537889
 w_1_7_0 pre_definition_1_53_7 0.3238645985241533
 w_1_7_0 pre_definition_1_54_7 0.13336169147853383
 w_1_7_0 pre_definition_1_55_7 0.4633758630880678
 w_1_7_0 pre_definition_1_56_7 0.7933900346975999
 w_1_7_0 pre_definition_1_57_7 0.2272667787132221
 w_1_7_0 pre_definition_1_58_7 0.557280950322756
 w_1_7_0 pre_definition_1_59_7 0.8872951219322882
 w_1_7_0 pre_definition_1_60_7 0.32117186594791214
 w_1_7_0 pre_definition_1_61_7 0.6511860375574461
 w_1_7_0 pre_definition_1_62_7 0.9812002091669783
 w_1_7_0 pre_definition_1_63_7 0.4150769531826004
 w_1_7_0 pre_definition_1_64_7 0.7450911247921344
 w_1_7_0 pre_definition_1_65_7 1.0751052964016665
 w_1_7_0 pre_definition_1_66_7 1.541937999998873
 w_1_7_0 pre_definition_1_67_7 1.8719521716084069
 w_1_7_0 pre_definition_1_68_7 2.201966343217939
 w_1_7_0 pre_definition_1_69_7 2.6687990468151455
 w_1_7_0 pre_definition_1_70_7 2.9988132184246794
 w_1_7_0 pre_definition_1_71_7 3.3288273900342116
 w_1_7_0 pre_definition_1_72_7 2.7627041340498346
 w_1_7_0 pre_definition_1_73_7 3.0927183056593686
 w_1_7_0 pre_definition_1_74_7 3.4227324772689007
 w_1_7_0 pre_definition_1_75_7 2.8566092212845247
 w_1_7_0 pre_definition_1_76_7 3.1866233928940586
 w_1_7_0 pre_definition_1_77_7 3.5166375645035908
 w_1_7_0 pre_definition_1_78_7 2.950514308519214
 w_1_7_0 pre_definition_1_79_7 3.2805284801287478
 w_1_7_0 pre_definition_1_80_7 3.61054265173828
 w_1_7_0 pre_definition_1_81_7 3.4200397446926605
 w_1_7_0 pre_definition_1_82_7 3.7500539163021944
 w_1_7_0 pre_definition_1_83_7 4.080068087911727
 w_1_7_0 pre_definition_1_84_7 3.607849919162039
 w_1_7_0 pre_definition_1_85_7 3.9378640907715727
 w_1_7_0 pre_definition_1_86_7 4.267878262381105
 w_1_7_0 pre_definition_1_87_7 3.795660093631418
 w_1_7_0 pre_definition_1_88_7 4.125674265240952
 w_1_7_0 pre_definition_1_89_7 4.455688436850484
 w_1_7_0 pre_definition_1_90_7 -1.9881365431926281
 w_1_7_1 pre_definition_1_0_7 8.367357239996755
 w_1_7_1 pre_definition_1_1_7 8.037343068387223
 w_1_7_1 pre_definition_1_2_7 7.707328896777691
 w_1_7_1 pre_definition_1_3_7 8.179547065527377
 w_1_7_1 pre_definition_1_4_7 7.849532893917845
 w_1_7_1 pre_definition_1_5_7 7.519518722308312
 w_1_7_1 pre_definition_1_6_7 7.991736891057998
 w_1_7_1 pre_definition_1_7_7 7.6617227194484645
 w_1_7_1 pre_definition_1_8_7 7.331708547838932
 w_1_7_1 pre_definition_1_9_7 7.522211454884551
 w_1_7_1 pre_definition_1_10_7 7.192197283275018
 w_1_7_1 pre_definition_1_11_7 6.862183111665486
 w_1_7_1 pre_definition_1_12_7 7.428306367649863
 w_1_7_1 pre_definition_1_13_7 7.09829219604033
 w_1_7_1 pre_definition_1_14_7 6.768278024430797
 w_1_7_1 pre_definition_1_15_7 7.334401280415173
 w_1_7_1 pre_definition_1_16_7 7.0043871088056395
 w_1_7_1 pre_definition_1_17_7 6.674372937196107
 w_1_7_1 pre_definition_1_18_7 7.240496193180483
 w_1_7_1 pre_definition_1_19_7 6.91048202157095
 w_1_7_1 pre_definition_1_20_7 6.580467849961417
 w_1_7_1 pre_definition_1_21_7 6.113635146364211
 w_1_7_1 pre_definition_1_22_7 5.783620974754678
 w_1_7_1 pre_definition_1_23_7 5.453606803145146
 w_1_7_1 pre_definition_1_24_7 4.986774099547939
 w_1_7_1 pre_definition_1_25_7 4.656759927938406
 w_1_7_1 pre_definition_1_26_7 4.326745756328874
 w_1_7_1 pre_definition_1_27_7 4.892869012313249
 w_1_7_1 pre_definition_1_28_7 4.562854840703716
 w_1_7_1 pre_definition_1_29_7 4.232840669094184
 w_1_7_1 pre_definition_1_30_7 4.79896392507856
 w_1_7_1 pre_definition_1_31_7 4.468949753469027
 w_1_7_1 pre_definition_1_32_7 4.138935581859494
 w_1_7_1 pre_definition_1_33_7 4.705058837843871
 w_1_7_1 pre_definition_1_34_7 4.375044666234338
 w_1_7_1 pre_definition_1_35_7 4.045030494624806
 w_1_7_1 pre_definition_1_36_7 4.235533401670424
 w_1_7_1 pre_definition_1_37_7 3.905519230060891
 w_1_7_1 pre_definition_1_38_7 3.5755050584513586
 w_1_7_1 pre_definition_1_39_7 4.047723227201045
 w_1_7_1 pre_definition_1_40_7 3.717709055591512
 w_1_7_1 pre_definition_1_41_7 3.3876948839819794
 w_1_7_1 pre_definition_1_42_7 3.8599130527316667
 w_1_7_1 pre_definition_1_43_7 3.5298988811221337
 w_1_7_1 pre_definition_1_44_7 3.199884709512601
 w_1_7_1 pre_definition_1_45_7 18.284995927925202
 w_1_7_1 pre_definition_1_46_7 18.660616276863955
 w_1_7_1 pre_definition_1_47_7 19.036236625802715
 w_1_7_1 pre_definition_1_48_7 18.119988842120435
 w_1_7_1 pre_definition_1_49_7 18.495609191059188
 w_1_7_1 pre_definition_1_50_7 18.871229539997948
 w_1_7_1 pre_definition_1_51_7 17.954981756315668
 w_1_7_1 pre_definition_1_52_7 18.330602105254425
 w_1_7_1 pre_definition_1_53_7 18.70622245419318
 w_1_7_1 pre_definition_1_54_7 17.54246404180375
 w_1_7_1 pre_definition_1_55_7 17.918084390742507
 w_1_7_1 pre_definition_1_56_7 18.293704739681267
 w_1_7_1 pre_definition_1_57_7 17.459960498901367
 w_1_7_1 pre_definition_1_58_7 17.835580847840124
 w_1_7_1 pre_definition_1_59_7 18.211201196778884
 w_1_7_1 pre_definition_1_60_7 17.377456955998984
 w_1_7_1 pre_definition_1_61_7 17.75307730493774
 w_1_7_1 pre_definition_1_62_7 18.1286976538765
 w_1_7_1 pre_definition_1_63_7 17.2949534130966
 w_1_7_1 pre_definition_1_64_7 17.67057376203536
 w_1_7_1 pre_definition_1_65_7 18.046194110974117
 w_1_7_1 pre_definition_1_66_7 16.304910898268005
 w_1_7_1 pre_definition_1_67_7 16.68053124720676
 w_1_7_1 pre_definition_1_68_7 17.05615159614552
 w_1_7_1 pre_definition_1_69_7 15.314868383439405
 w_1_7_1 pre_definition_1_70_7 15.690488732378162
 w_1_7_1 pre_definition_1_71_7 16.06610908131692
 w_1_7_1 pre_definition_1_72_7 15.232364840537022
 w_1_7_1 pre_definition_1_73_7 15.607985189475778
 w_1_7_1 pre_definition_1_74_7 15.983605538414537
 w_1_7_1 pre_definition_1_75_7 15.149861297634638
 w_1_7_1 pre_definition_1_76_7 15.525481646573395
 w_1_7_1 pre_definition_1_77_7 15.901101995512153
 w_1_7_1 pre_definition_1_78_7 15.067357754732255
 w_1_7_1 pre_definition_1_79_7 15.442978103671011
 w_1_7_1 pre_definition_1_80_7 15.81859845260977
 w_1_7_1 pre_definition_1_81_7 14.65484004022034
 w_1_7_1 pre_definition_1_82_7 15.030460389159096
 w_1_7_1 pre_definition_1_83_7 15.406080738097854
 w_1_7_1 pre_definition_1_84_7 14.489832954415572
 w_1_7_1 pre_definition_1_85_7 14.865453303354329
 w_1_7_1 pre_definition_1_86_7 15.241073652293089
 w_1_7_1 pre_definition_1_87_7 14.324825868610805
 w_1_7_1 pre_definition_1_88_7 14.700446217549562
 w_1_7_1 pre_definition_1_89_7 15.076066566488322
 w_1_7_1 pre_definition_1_90_7 12.817279363900978
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_0_2 obj 0
 w_2_0_3 obj 0
 w_2_0_4 obj 0
 w_2_0_5 obj 0
 w_2_0_6 obj 0
 w_2_0_7 obj 0
 w_2_1_0 obj 0
 w_2_1_1 obj 0
 w_2_1_2 obj 0
 w_2_1_3 obj 0
 w_2_1_4 obj 0
 w_2_1_5 obj 0
 w_2_1_6 obj 0
 w_2_1_7 obj 0
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
 b_1_0 pre_definition_1_64_0 -1
 b_1_0 pre_definition_1_65_0 -1
 b_1_0 pre_definition_1_66_0 -1
 b_1_0 pre_definition_1_67_0 -1
 b_1_0 pre_definition_1_68_0 -1
 b_1_0 pre_definition_1_69_0 -1
 b_1_0 pre_definition_1_70_0 -1
 b_1_0 pre_definition_1_71_0 -1
 b_1_0 pre_definition_1_72_0 -1
 b_1_0 pre_definition_1_73_0 -1
 b_1_0 pre_definition_1_74_0 -1
 b_1_0 pre_definition_1_75_0 -1
 b_1_0 pre_definition_1_76_0 -1
 b_1_0 pre_definition_1_77_0 -1
 b_1_0 pre_definition_1_78_0 -1
 b_1_0 pre_definition_1_79_0 -1
 b_1_0 pre_definition_1_80_0 -1
 b_1_0 pre_definition_1_81_0 -1
 b_1_0 pre_definition_1_82_0 -1
 b_1_0 pre_definition_1_83_0 -1
 b_1_0 pre_definition_1_84_0 -1
 b_1_0 pre_definition_1_85_0 -1
 b_1_0 pre_definition_1_86_0 -1
 b_1_0 pre_definition_1_87_0 -1
 b_1_0 pre_definition_1_88_0 -1
 b_1_0 pre_definition_1_89_0 -1
 b_1_0 pre_definition_1_90_0 -1
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
 b_1_1 pre_definition_1_64_1 -1
 b_1_1 pre_definition_1_65_1 -1
 b_1_1 pre_definition_1_66_1 -1
 b_1_1 pre_definition_1_67_1 -1
 b_1_1 pre_definition_1_68_1 -1
 b_1_1 pre_definition_1_69_1 -1
 b_1_1 pre_definition_1_70_1 -1
 b_1_1 pre_definition_1_71_1 -1
 b_1_1 pre_definition_1_72_1 -1
 b_1_1 pre_definition_1_73_1 -1
 b_1_1 pre_definition_1_74_1 -1
 b_1_1 pre_definition_1_75_1 -1
 b_1_1 pre_definition_1_76_1 -1
 b_1_1 pre_definition_1_77_1 -1
 b_1_1 pre_definition_1_78_1 -1
 b_1_1 pre_definition_1_79_1 -1
 b_1_1 pre_definition_1_80_1 -1
 b_1_1 pre_definition_1_81_1 -1
 b_1_1 pre_definition_1_82_1 -1
 b_1_1 pre_definition_1_83_1 -1
 b_1_1 pre_definition_1_84_1 -1
 b_1_1 pre_definition_1_85_1 -1
 b_1_1 pre_definition_1_86_1 -1
 b_1_1 pre_definition_1_87_1 -1
 b_1_1 pre_definition_1_88_1 -1
 b_1_1 pre_definition_1_89_1 -1
 b_1_1 pre_definition_1_90_1 -1
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
 b_1_2 pre_definition_1_64_2 -1
 b_1_2 pre_definition_1_65_2 -1
 b_1_2 pre_definition_1_66_2 -1
 b_1_2 pre_definition_1_67_2 -1
 b_1_2 pre_definition_1_68_2 -1
 b_1_2 pre_definition_1_69_2 -1
 b_1_2 pre_definition_1_70_2 -1
 b_1_2 pre_definition_1_71_2 -1
 b_1_2 pre_definition_1_72_2 -1
 b_1_2 pre_definition_1_73_2 -1
 b_1_2 pre_definition_1_74_2 -1
 b_1_2 pre_definition_1_75_2 -1
 b_1_2 pre_definition_1_76_2 -1
 b_1_2 pre_definition_1_77_2 -1
 b_1_2 pre_definition_1_78_2 -1
 b_1_2 pre_definition_1_79_2 -1
 b_1_2 pre_definition_1_80_2 -1
 b_1_2 pre_definition_1_81_2 -1
 b_1_2 pre_definition_1_82_2 -1
 b_1_2 pre_definition_1_83_2 -1
 b_1_2 pre_definition_1_84_2 -1
 b_1_2 pre_definition_1_85_2 -1
 b_1_2 pre_definition_1_86_2 -1
 b_1_2 pre_definition_1_87_2 -1
 b_1_2 pre_definition_1_88_2 -1
 b_1_2 pre_definition_1_89_2 -1
 b_1_2 pre_definition_1_90_2 -1
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
 b_1_3 pre_definition_1_46_3 -1
 b_1_3 pre_definition_1_47_3 -1
 b_1_3 pre_definition_1_48_3 -1
 b_1_3 pre_definition_1_49_3 -1
 b_1_3 pre_definition_1_50_3 -1
 b_1_3 pre_definition_1_51_3 -1
 b_1_3 pre_definition_1_52_3 -1
 b_1_3 pre_definition_1_53_3 -1
 b_1_3 pre_definition_1_54_3 -1
 b_1_3 pre_definition_1_55_3 -1
 b_1_3 pre_definition_1_56_3 -1
 b_1_3 pre_definition_1_57_3 -1
 b_1_3 pre_definition_1_58_3 -1
 b_1_3 pre_definition_1_59_3 -1
 b_1_3 pre_definition_1_60_3 -1
 b_1_3 pre_definition_1_61_3 -1
 b_1_3 pre_definition_1_62_3 -1
 b_1_3 pre_definition_1_63_3 -1
 b_1_3 pre_definition_1_64_3 -1
 b_1_3 pre_definition_1_65_3 -1
 b_1_3 pre_definition_1_66_3 -1
 b_1_3 pre_definition_1_67_3 -1
 b_1_3 pre_definition_1_68_3 -1
 b_1_3 pre_definition_1_69_3 -1
 b_1_3 pre_definition_1_70_3 -1
 b_1_3 pre_definition_1_71_3 -1
 b_1_3 pre_definition_1_72_3 -1
 b_1_3 pre_definition_1_73_3 -1
 b_1_3 pre_definition_1_74_3 -1
 b_1_3 pre_definition_1_75_3 -1
 b_1_3 pre_definition_1_76_3 -1
 b_1_3 pre_definition_1_77_3 -1
 b_1_3 pre_definition_1_78_3 -1
 b_1_3 pre_definition_1_79_3 -1
 b_1_3 pre_definition_1_80_3 -1
 b_1_3 pre_definition_1_81_3 -1
 b_1_3 pre_definition_1_82_3 -1
 b_1_3 pre_definition_1_83_3 -1
 b_1_3 pre_definition_1_84_3 -1
 b_1_3 pre_definition_1_85_3 -1
 b_1_3 pre_definition_1_86_3 -1
 b_1_3 pre_definition_1_87_3 -1
 b_1_3 pre_definition_1_88_3 -1
 b_1_3 pre_definition_1_89_3 -1
 b_1_3 pre_definition_1_90_3 -1
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
 b_1_4 pre_definition_1_15_4 -1
 b_1_4 pre_definition_1_16_4 -1
 b_1_4 pre_definition_1_17_4 -1
 b_1_4 pre_definition_1_18_4 -1
 b_1_4 pre_definition_1_19_4 -1
 b_1_4 pre_definition_1_20_4 -1
 b_1_4 pre_definition_1_21_4 -1
 b_1_4 pre_definition_1_22_4 -1
 b_1_4 pre_definition_1_23_4 -1
 b_1_4 pre_definition_1_24_4 -1
 b_1_4 pre_definition_1_25_4 -1
 b_1_4 pre_definition_1_26_4 -1
 b_1_4 pre_definition_1_27_4 -1
 b_1_4 pre_definition_1_28_4 -1
 b_1_4 pre_definition_1_29_4 -1
 b_1_4 pre_definition_1_30_4 -1
 b_1_4 pre_definition_1_31_4 -1
 b_1_4 pre_definition_1_32_4 -1
 b_1_4 pre_definition_1_33_4 -1
 b_1_4 pre_definition_1_34_4 -1
 b_1_4 pre_definition_1_35_4 -1
 b_1_4 pre_definition_1_36_4 -1
 b_1_4 pre_definition_1_37_4 -1
 b_1_4 pre_definition_1_38_4 -1
 b_1_4 pre_definition_1_39_4 -1
 b_1_4 pre_definition_1_40_4 -1
 b_1_4 pre_definition_1_41_4 -1
 b_1_4 pre_definition_1_42_4 -1
 b_1_4 pre_definition_1_43_4 -1
 b_1_4 pre_definition_1_44_4 -1
 b_1_4 pre_definition_1_45_4 -1
 b_1_4 pre_definition_1_46_4 -1
 b_1_4 pre_definition_1_47_4 -1
 b_1_4 pre_definition_1_48_4 -1
 b_1_4 pre_definition_1_49_4 -1
 b_1_4 pre_definition_1_50_4 -1
 b_1_4 pre_definition_1_51_4 -1
 b_1_4 pre_definition_1_52_4 -1
 b_1_4 pre_definition_1_53_4 -1
 b_1_4 pre_definition_1_54_4 -1
 b_1_4 pre_definition_1_55_4 -1
 b_1_4 pre_definition_1_56_4 -1
 b_1_4 pre_definition_1_57_4 -1
 b_1_4 pre_definition_1_58_4 -1
 b_1_4 pre_definition_1_59_4 -1
 b_1_4 pre_definition_1_60_4 -1
 b_1_4 pre_definition_1_61_4 -1
 b_1_4 pre_definition_1_62_4 -1
 b_1_4 pre_definition_1_63_4 -1
 b_1_4 pre_definition_1_64_4 -1
 b_1_4 pre_definition_1_65_4 -1
 b_1_4 pre_definition_1_66_4 -1
 b_1_4 pre_definition_1_67_4 -1
 b_1_4 pre_definition_1_68_4 -1
 b_1_4 pre_definition_1_69_4 -1
 b_1_4 pre_definition_1_70_4 -1
 b_1_4 pre_definition_1_71_4 -1
 b_1_4 pre_definition_1_72_4 -1
 b_1_4 pre_definition_1_73_4 -1
 b_1_4 pre_definition_1_74_4 -1
 b_1_4 pre_definition_1_75_4 -1
 b_1_4 pre_definition_1_76_4 -1
 b_1_4 pre_definition_1_77_4 -1
 b_1_4 pre_definition_1_78_4 -1
 b_1_4 pre_definition_1_79_4 -1
 b_1_4 pre_definition_1_80_4 -1
 b_1_4 pre_definition_1_81_4 -1
 b_1_4 pre_definition_1_82_4 -1
 b_1_4 pre_definition_1_83_4 -1
 b_1_4 pre_definition_1_84_4 -1
 b_1_4 pre_definition_1_85_4 -1
 b_1_4 pre_definition_1_86_4 -1
 b_1_4 pre_definition_1_87_4 -1
 b_1_4 pre_definition_1_88_4 -1
 b_1_4 pre_definition_1_89_4 -1
 b_1_4 pre_definition_1_90_4 -1
 b_1_5 pre_definition_1_0_5 -1
 b_1_5 pre_definition_1_1_5 -1
 b_1_5 pre_definition_1_2_5 -1
 b_1_5 pre_definition_1_3_5 -1
 b_1_5 pre_definition_1_4_5 -1
 b_1_5 pre_definition_1_5_5 -1
 b_1_5 pre_definition_1_6_5 -1
 b_1_5 pre_definition_1_7_5 -1
 b_1_5 pre_definition_1_8_5 -1
 b_1_5 pre_definition_1_9_5 -1
 b_1_5 pre_definition_1_10_5 -1
 b_1_5 pre_definition_1_11_5 -1
 b_1_5 pre_definition_1_12_5 -1
 b_1_5 pre_definition_1_13_5 -1
 b_1_5 pre_definition_1_14_5 -1
 b_1_5 pre_definition_1_15_5 -1
 b_1_5 pre_definition_1_16_5 -1
 b_1_5 pre_definition_1_17_5 -1
 b_1_5 pre_definition_1_18_5 -1
 b_1_5 pre_definition_1_19_5 -1
 b_1_5 pre_definition_1_20_5 -1
 b_1_5 pre_definition_1_21_5 -1
 b_1_5 pre_definition_1_22_5 -1
 b_1_5 pre_definition_1_23_5 -1
 b_1_5 pre_definition_1_24_5 -1
 b_1_5 pre_definition_1_25_5 -1
 b_1_5 pre_definition_1_26_5 -1
 b_1_5 pre_definition_1_27_5 -1
 b_1_5 pre_definition_1_28_5 -1
 b_1_5 pre_definition_1_29_5 -1
 b_1_5 pre_definition_1_30_5 -1
 b_1_5 pre_definition_1_31_5 -1
 b_1_5 pre_definition_1_32_5 -1
 b_1_5 pre_definition_1_33_5 -1
 b_1_5 pre_definition_1_34_5 -1
 b_1_5 pre_definition_1_35_5 -1
 b_1_5 pre_definition_1_36_5 -1
 b_1_5 pre_definition_1_37_5 -1
 b_1_5 pre_definition_1_38_5 -1
 b_1_5 pre_definition_1_39_5 -1
 b_1_5 pre_definition_1_40_5 -1
 b_1_5 pre_definition_1_41_5 -1
 b_1_5 pre_definition_1_42_5 -1
 b_1_5 pre_definition_1_43_5 -1
 b_1_5 pre_definition_1_44_5 -1
 b_1_5 pre_definition_1_45_5 -1
 b_1_5 pre_definition_1_46_5 -1
 b_1_5 pre_definition_1_47_5 -1
 b_1_5 pre_definition_1_48_5 -1
 b_1_5 pre_definition_1_49_5 -1
 b_1_5 pre_definition_1_50_5 -1
 b_1_5 pre_definition_1_51_5 -1
 b_1_5 pre_definition_1_52_5 -1
 b_1_5 pre_definition_1_53_5 -1
 b_1_5 pre_definition_1_54_5 -1
 b_1_5 pre_definition_1_55_5 -1
 b_1_5 pre_definition_1_56_5 -1
 b_1_5 pre_definition_1_57_5 -1
 b_1_5 pre_definition_1_58_5 -1
 b_1_5 pre_definition_1_59_5 -1
 b_1_5 pre_definition_1_60_5 -1
 b_1_5 pre_definition_1_61_5 -1
 b_1_5 pre_definition_1_62_5 -1
 b_1_5 pre_definition_1_63_5 -1
 b_1_5 pre_definition_1_64_5 -1
 b_1_5 pre_definition_1_65_5 -1
 b_1_5 pre_definition_1_66_5 -1
 b_1_5 pre_definition_1_67_5 -1
 b_1_5 pre_definition_1_68_5 -1
 b_1_5 pre_definition_1_69_5 -1
 b_1_5 pre_definition_1_70_5 -1
 b_1_5 pre_definition_1_71_5 -1
 b_1_5 pre_definition_1_72_5 -1
 b_1_5 pre_definition_1_73_5 -1
 b_1_5 pre_definition_1_74_5 -1
 b_1_5 pre_definition_1_75_5 -1
 b_1_5 pre_definition_1_76_5 -1
 b_1_5 pre_definition_1_77_5 -1
 b_1_5 pre_definition_1_78_5 -1
 b_1_5 pre_definition_1_79_5 -1
 b_1_5 pre_definition_1_80_5 -1
 b_1_5 pre_definition_1_81_5 -1
 b_1_5 pre_definition_1_82_5 -1
 b_1_5 pre_definition_1_83_5 -1
 b_1_5 pre_definition_1_84_5 -1
 b_1_5 pre_definition_1_85_5 -1
 b_1_5 pre_definition_1_86_5 -1
 b_1_5 pre_definition_1_87_5 -1
 b_1_5 pre_definition_1_88_5 -1
 b_1_5 pre_definition_1_89_5 -1
 b_1_5 pre_definition_1_90_5 -1
 b_1_6 pre_definition_1_0_6 -1
 b_1_6 pre_definition_1_1_6 -1
 b_1_6 pre_definition_1_2_6 -1
 b_1_6 pre_definition_1_3_6 -1
 b_1_6 pre_definition_1_4_6 -1
 b_1_6 pre_definition_1_5_6 -1
 b_1_6 pre_definition_1_6_6 -1
 b_1_6 pre_definition_1_7_6 -1
 b_1_6 pre_definition_1_8_6 -1
 b_1_6 pre_definition_1_9_6 -1
 b_1_6 pre_definition_1_10_6 -1
 b_1_6 pre_definition_1_11_6 -1
 b_1_6 pre_definition_1_12_6 -1
 b_1_6 pre_definition_1_13_6 -1
 b_1_6 pre_definition_1_14_6 -1
 b_1_6 pre_definition_1_15_6 -1
 b_1_6 pre_definition_1_16_6 -1
 b_1_6 pre_definition_1_17_6 -1
 b_1_6 pre_definition_1_18_6 -1
 b_1_6 pre_definition_1_19_6 -1
 b_1_6 pre_definition_1_20_6 -1
 b_1_6 pre_definition_1_21_6 -1
 b_1_6 pre_definition_1_22_6 -1
 b_1_6 pre_definition_1_23_6 -1
 b_1_6 pre_definition_1_24_6 -1
 b_1_6 pre_definition_1_25_6 -1
 b_1_6 pre_definition_1_26_6 -1
 b_1_6 pre_definition_1_27_6 -1
 b_1_6 pre_definition_1_28_6 -1
 b_1_6 pre_definition_1_29_6 -1
 b_1_6 pre_definition_1_30_6 -1
 b_1_6 pre_definition_1_31_6 -1
 b_1_6 pre_definition_1_32_6 -1
 b_1_6 pre_definition_1_33_6 -1
 b_1_6 pre_definition_1_34_6 -1
 b_1_6 pre_definition_1_35_6 -1
 b_1_6 pre_definition_1_36_6 -1
 b_1_6 pre_definition_1_37_6 -1
 b_1_6 pre_definition_1_38_6 -1
 b_1_6 pre_definition_1_39_6 -1
 b_1_6 pre_definition_1_40_6 -1
 b_1_6 pre_definition_1_41_6 -1
 b_1_6 pre_definition_1_42_6 -1
 b_1_6 pre_definition_1_43_6 -1
 b_1_6 pre_definition_1_44_6 -1
 b_1_6 pre_definition_1_45_6 -1
 b_1_6 pre_definition_1_46_6 -1
 b_1_6 pre_definition_1_47_6 -1
 b_1_6 pre_definition_1_48_6 -1
 b_1_6 pre_definition_1_49_6 -1
 b_1_6 pre_definition_1_50_6 -1
 b_1_6 pre_definition_1_51_6 -1
 b_1_6 pre_definition_1_52_6 -1
 b_1_6 pre_definition_1_53_6 -1
 b_1_6 pre_definition_1_54_6 -1
 b_1_6 pre_definition_1_55_6 -1
 b_1_6 pre_definition_1_56_6 -1
 b_1_6 pre_definition_1_57_6 -1
 b_1_6 pre_definition_1_58_6 -1
 b_1_6 pre_definition_1_59_6 -1
 b_1_6 pre_definition_1_60_6 -1
 b_1_6 pre_definition_1_61_6 -1
 b_1_6 pre_definition_1_62_6 -1
 b_1_6 pre_definition_1_63_6 -1
 b_1_6 pre_definition_1_64_6 -1
 b_1_6 pre_definition_1_65_6 -1
 b_1_6 pre_definition_1_66_6 -1
 b_1_6 pre_definition_1_67_6 -1
 b_1_6 pre_definition_1_68_6 -1
 b_1_6 pre_definition_1_69_6 -1
 b_1_6 pre_definition_1_70_6 -1
 b_1_6 pre_definition_1_71_6 -1
 b_1_6 pre_definition_1_72_6 -1
 b_1_6 pre_definition_1_73_6 -1
 b_1_6 pre_definition_1_74_6 -1
 b_1_6 pre_definition_1_75_6 -1
 b_1_6 pre_definition_1_76_6 -1
 b_1_6 pre_definition_1_77_6 -1
 b_1_6 pre_definition_1_78_6 -1
 b_1_6 pre_definition_1_79_6 -1
 b_1_6 pre_definition_1_80_6 -1
 b_1_6 pre_definition_1_81_6 -1
 b_1_6 pre_definition_1_82_6 -1
 b_1_6 pre_definition_1_83_6 -1
 b_1_6 pre_definition_1_84_6 -1
 b_1_6 pre_definition_1_85_6 -1
 b_1_6 pre_definition_1_86_6 -1
 b_1_6 pre_definition_1_87_6 -1
 b_1_6 pre_definition_1_88_6 -1
 b_1_6 pre_definition_1_89_6 -1
 b_1_6 pre_definition_1_90_6 -1
 b_1_7 pre_definition_1_0_7 -1
 b_1_7 pre_definition_1_1_7 -1
 b_1_7 pre_definition_1_2_7 -1
 b_1_7 pre_definition_1_3_7 -1
 b_1_7 pre_definition_1_4_7 -1
 b_1_7 pre_definition_1_5_7 -1
 b_1_7 pre_definition_1_6_7 -1
 b_1_7 pre_definition_1_7_7 -1
 b_1_7 pre_definition_1_8_7 -1
 b_1_7 pre_definition_1_9_7 -1
 b_1_7 pre_definition_1_10_7 -1
 b_1_7 pre_definition_1_11_7 -1
 b_1_7 pre_definition_1_12_7 -1
 b_1_7 pre_definition_1_13_7 -1
 b_1_7 pre_definition_1_14_7 -1
 b_1_7 pre_definition_1_15_7 -1
 b_1_7 pre_definition_1_16_7 -1
 b_1_7 pre_definition_1_17_7 -1
 b_1_7 pre_definition_1_18_7 -1
 b_1_7 pre_definition_1_19_7 -1
 b_1_7 pre_definition_1_20_7 -1
 b_1_7 pre_definition_1_21_7 -1
 b_1_7 pre_definition_1_22_7 -1
 b_1_7 pre_definition_1_23_7 -1
 b_1_7 pre_definition_1_24_7 -1
 b_1_7 pre_definition_1_25_7 -1
 b_1_7 pre_definition_1_26_7 -1
 b_1_7 pre_definition_1_27_7 -1
 b_1_7 pre_definition_1_28_7 -1
 b_1_7 pre_definition_1_29_7 -1
 b_1_7 pre_definition_1_30_7 -1
 b_1_7 pre_definition_1_31_7 -1
 b_1_7 pre_definition_1_32_7 -1
 b_1_7 pre_definition_1_33_7 -1
 b_1_7 pre_definition_1_34_7 -1
 b_1_7 pre_definition_1_35_7 -1
 b_1_7 pre_definition_1_36_7 -1
 b_1_7 pre_definition_1_37_7 -1
 b_1_7 pre_definition_1_38_7 -1
 b_1_7 pre_definition_1_39_7 -1
 b_1_7 pre_definition_1_40_7 -1
 b_1_7 pre_definition_1_41_7 -1
 b_1_7 pre_definition_1_42_7 -1
 b_1_7 pre_definition_1_43_7 -1
 b_1_7 pre_definition_1_44_7 -1
 b_1_7 pre_definition_1_45_7 -1
 b_1_7 pre_definition_1_46_7 -1
 b_1_7 pre_definition_1_47_7 -1
 b_1_7 pre_definition_1_48_7 -1
 b_1_7 pre_definition_1_49_7 -1
 b_1_7 pre_definition_1_50_7 -1
 b_1_7 pre_definition_1_51_7 -1
 b_1_7 pre_definition_1_52_7 -1
 b_1_7 pre_definition_1_53_7 -1
 b_1_7 pre_definition_1_54_7 -1
 b_1_7 pre_definition_1_55_7 -1
 b_1_7 pre_definition_1_56_7 -1
 b_1_7 pre_definition_1_57_7 -1
 b_1_7 pre_definition_1_58_7 -1
 b_1_7 pre_definition_1_59_7 -1
 b_1_7 pre_definition_1_60_7 -1
 b_1_7 pre_definition_1_61_7 -1
 b_1_7 pre_definition_1_62_7 -1
 b_1_7 pre_definition_1_63_7 -1
 b_1_7 pre_definition_1_64_7 -1
 b_1_7 pre_definition_1_65_7 -1
 b_1_7 pre_definition_1_66_7 -1
 b_1_7 pre_definition_1_67_7 -1
 b_1_7 pre_definition_1_68_7 -1
 b_1_7 pre_definition_1_69_7 -1
 b_1_7 pre_definition_1_70_7 -1
 b_1_7 pre_definition_1_71_7 -1
 b_1_7 pre_definition_1_72_7 -1
 b_1_7 pre_definition_1_73_7 -1
 b_1_7 pre_definition_1_74_7 -1
 b_1_7 pre_definition_1_75_7 -1
 b_1_7 pre_definition_1_76_7 -1
 b_1_7 pre_definition_1_77_7 -1
 b_1_7 pre_definition_1_78_7 -1
 b_1_7 pre_definition_1_79_7 -1
 b_1_7 pre_definition_1_80_7 -1
 b_1_7 pre_definition_1_81_7 -1
 b_1_7 pre_definition_1_82_7 -1
 b_1_7 pre_definition_1_83_7 -1
 b_1_7 pre_definition_1_84_7 -1
 b_1_7 pre_definition_1_85_7 -1
 b_1_7 pre_definition_1_86_7 -1
 b_1_7 pre_definition_1_87_7 -1
 b_1_7 pre_definition_1_88_7 -1
 b_1_7 pre_definition_1_89_7 -1
 b_1_7 pre_definition_1_90_7 -1
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
 b_2_0 out_definition_64_0 -1
 b_2_0 out_definition_65_0 -1
 b_2_0 out_definition_66_0 -1
 b_2_0 out_definition_67_0 -1
 b_2_0 out_definition_68_0 -1
 b_2_0 out_definition_69_0 -1
 b_2_0 out_definition_70_0 -1
 b_2_0 out_definition_71_0 -1
 b_2_0 out_definition_72_0 -1
 b_2_0 out_definition_73_0 -1
 b_2_0 out_definition_74_0 -1
 b_2_0 out_definition_75_0 -1
 b_2_0 out_definition_76_0 -1
 b_2_0 out_definition_77_0 -1
 b_2_0 out_definition_78_0 -1
 b_2_0 out_definition_79_0 -1
 b_2_0 out_definition_80_0 -1
 b_2_0 out_definition_81_0 -1
 b_2_0 out_definition_82_0 -1
 b_2_0 out_definition_83_0 -1
 b_2_0 out_definition_84_0 -1
 b_2_0 out_definition_85_0 -1
 b_2_0 out_definition_86_0 -1
 b_2_0 out_definition_87_0 -1
 b_2_0 out_definition_88_0 -1
 b_2_0 out_definition_89_0 -1
 b_2_0 out_definition_90_0 -1
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
 b_2_1 out_definition_46_1 -1
 b_2_1 out_definition_47_1 -1
 b_2_1 out_definition_48_1 -1
 b_2_1 out_definition_49_1 -1
 b_2_1 out_definition_50_1 -1
 b_2_1 out_definition_51_1 -1
 b_2_1 out_definition_52_1 -1
 b_2_1 out_definition_53_1 -1
 b_2_1 out_definition_54_1 -1
 b_2_1 out_definition_55_1 -1
 b_2_1 out_definition_56_1 -1
 b_2_1 out_definition_57_1 -1
 b_2_1 out_definition_58_1 -1
 b_2_1 out_definition_59_1 -1
 b_2_1 out_definition_60_1 -1
 b_2_1 out_definition_61_1 -1
 b_2_1 out_definition_62_1 -1
 b_2_1 out_definition_63_1 -1
 b_2_1 out_definition_64_1 -1
 b_2_1 out_definition_65_1 -1
 b_2_1 out_definition_66_1 -1
 b_2_1 out_definition_67_1 -1
 b_2_1 out_definition_68_1 -1
 b_2_1 out_definition_69_1 -1
 b_2_1 out_definition_70_1 -1
 b_2_1 out_definition_71_1 -1
 b_2_1 out_definition_72_1 -1
 b_2_1 out_definition_73_1 -1
 b_2_1 out_definition_74_1 -1
 b_2_1 out_definition_75_1 -1
 b_2_1 out_definition_76_1 -1
 b_2_1 out_definition_77_1 -1
 b_2_1 out_definition_78_1 -1
 b_2_1 out_definition_79_1 -1
 b_2_1 out_definition_80_1 -1
 b_2_1 out_definition_81_1 -1
 b_2_1 out_definition_82_1 -1
 b_2_1 out_definition_83_1 -1
 b_2_1 out_definition_84_1 -1
 b_2_1 out_definition_85_1 -1
 b_2_1 out_definition_86_1 -1
 b_2_1 out_definition_87_1 -1
 b_2_1 out_definition_88_1 -1
 b_2_1 out_definition_89_1 -1
 b_2_1 out_definition_90_1 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre -1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre -1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre -1
 pre_1_0_3 pre_definition_1_0_3 1
 pre_1_0_3 relu_1_0_3_above_pre -1
 pre_1_0_4 pre_definition_1_0_4 1
 pre_1_0_4 relu_1_0_4_above_pre -1
 pre_1_0_5 pre_definition_1_0_5 1
 pre_1_0_5 relu_1_0_5_above_pre -1
 pre_1_0_6 pre_definition_1_0_6 1
 pre_1_0_6 relu_1_0_6_above_pre -1
 pre_1_0_7 pre_definition_1_0_7 1
 pre_1_0_7 relu_1_0_7_above_pre -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre -1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre -1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre -1
 pre_1_1_3 pre_definition_1_1_3 1
 pre_1_1_3 relu_1_1_3_above_pre -1
 pre_1_1_4 pre_definition_1_1_4 1
 pre_1_1_4 relu_1_1_4_above_pre -1
 pre_1_1_5 pre_definition_1_1_5 1
 pre_1_1_5 relu_1_1_5_above_pre -1
 pre_1_1_6 pre_definition_1_1_6 1
 pre_1_1_6 relu_1_1_6_above_pre -1
 pre_1_1_7 pre_definition_1_1_7 1
 pre_1_1_7 relu_1_1_7_above_pre -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre -1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre -1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre -1
 pre_1_2_3 pre_definition_1_2_3 1
 pre_1_2_3 relu_1_2_3_above_pre -1
 pre_1_2_4 pre_definition_1_2_4 1
 pre_1_2_4 relu_1_2_4_above_pre -1
 pre_1_2_5 pre_definition_1_2_5 1
 pre_1_2_5 relu_1_2_5_above_pre -1
 pre_1_2_6 pre_definition_1_2_6 1
 pre_1_2_6 relu_1_2_6_above_pre -1
 pre_1_2_7 pre_definition_1_2_7 1
 pre_1_2_7 relu_1_2_7_above_pre -1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre -1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre -1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre -1
 pre_1_3_3 pre_definition_1_3_3 1
 pre_1_3_3 relu_1_3_3_above_pre -1
 pre_1_3_4 pre_definition_1_3_4 1
 pre_1_3_4 relu_1_3_4_above_pre -1
 pre_1_3_5 pre_definition_1_3_5 1
 pre_1_3_5 relu_1_3_5_above_pre -1
 pre_1_3_6 pre_definition_1_3_6 1
 pre_1_3_6 relu_1_3_6_above_pre -1
 pre_1_3_7 pre_definition_1_3_7 1
 pre_1_3_7 relu_1_3_7_above_pre -1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre -1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre -1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre -1
 pre_1_4_3 pre_definition_1_4_3 1
 pre_1_4_3 relu_1_4_3_above_pre -1
 pre_1_4_4 pre_definition_1_4_4 1
 pre_1_4_4 relu_1_4_4_above_pre -1
 pre_1_4_5 pre_definition_1_4_5 1
 pre_1_4_5 relu_1_4_5_above_pre -1
 pre_1_4_6 pre_definition_1_4_6 1
 pre_1_4_6 relu_1_4_6_above_pre -1
 pre_1_4_7 pre_definition_1_4_7 1
 pre_1_4_7 relu_1_4_7_above_pre -1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre -1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre -1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre -1
 pre_1_5_3 pre_definition_1_5_3 1
 pre_1_5_3 relu_1_5_3_above_pre -1
 pre_1_5_4 pre_definition_1_5_4 1
 pre_1_5_4 relu_1_5_4_above_pre -1
 pre_1_5_5 pre_definition_1_5_5 1
 pre_1_5_5 relu_1_5_5_above_pre -1
 pre_1_5_6 pre_definition_1_5_6 1
 pre_1_5_6 relu_1_5_6_above_pre -1
 pre_1_5_7 pre_definition_1_5_7 1
 pre_1_5_7 relu_1_5_7_above_pre -1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre -1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre -1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre -1
 pre_1_6_3 pre_definition_1_6_3 1
 pre_1_6_3 relu_1_6_3_above_pre -1
 pre_1_6_4 pre_definition_1_6_4 1
 pre_1_6_4 relu_1_6_4_above_pre -1
 pre_1_6_5 pre_definition_1_6_5 1
 pre_1_6_5 relu_1_6_5_above_pre -1
 pre_1_6_6 pre_definition_1_6_6 1
 pre_1_6_6 relu_1_6_6_above_pre -1
 pre_1_6_7 pre_definition_1_6_7 1
 pre_1_6_7 relu_1_6_7_above_pre -1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre -1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre -1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre -1
 pre_1_7_3 pre_definition_1_7_3 1
 pre_1_7_3 relu_1_7_3_above_pre -1
 pre_1_7_4 pre_definition_1_7_4 1
 pre_1_7_4 relu_1_7_4_above_pre -1
 pre_1_7_5 pre_definition_1_7_5 1
 pre_1_7_5 relu_1_7_5_above_pre -1
 pre_1_7_6 pre_definition_1_7_6 1
 pre_1_7_6 relu_1_7_6_above_pre -1
 pre_1_7_7 pre_definition_1_7_7 1
 pre_1_7_7 relu_1_7_7_above_pre -1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre -1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre -1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre -1
 pre_1_8_3 pre_definition_1_8_3 1
 pre_1_8_3 relu_1_8_3_above_pre -1
 pre_1_8_4 pre_definition_1_8_4 1
 pre_1_8_4 relu_1_8_4_above_pre -1
 pre_1_8_5 pre_definition_1_8_5 1
 pre_1_8_5 relu_1_8_5_above_pre -1
 pre_1_8_6 pre_definition_1_8_6 1
 pre_1_8_6 relu_1_8_6_above_pre -1
 pre_1_8_7 pre_definition_1_8_7 1
 pre_1_8_7 relu_1_8_7_above_pre -1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre -1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre -1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre -1
 pre_1_9_3 pre_definition_1_9_3 1
 pre_1_9_3 relu_1_9_3_above_pre -1
 pre_1_9_4 pre_definition_1_9_4 1
 pre_1_9_4 relu_1_9_4_above_pre -1
 pre_1_9_5 pre_definition_1_9_5 1
 pre_1_9_5 relu_1_9_5_above_pre -1
 pre_1_9_6 pre_definition_1_9_6 1
 pre_1_9_6 relu_1_9_6_above_pre -1
 pre_1_9_7 pre_definition_1_9_7 1
 pre_1_9_7 relu_1_9_7_above_pre -1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre -1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre -1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre -1
 pre_1_10_3 pre_definition_1_10_3 1
 pre_1_10_3 relu_1_10_3_above_pre -1
 pre_1_10_4 pre_definition_1_10_4 1
 pre_1_10_4 relu_1_10_4_above_pre -1
 pre_1_10_5 pre_definition_1_10_5 1
 pre_1_10_5 relu_1_10_5_above_pre -1
 pre_1_10_6 pre_definition_1_10_6 1
 pre_1_10_6 relu_1_10_6_above_pre -1
 pre_1_10_7 pre_definition_1_10_7 1
 pre_1_10_7 relu_1_10_7_above_pre -1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre -1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre -1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre -1
 pre_1_11_3 pre_definition_1_11_3 1
 pre_1_11_3 relu_1_11_3_above_pre -1
 pre_1_11_4 pre_definition_1_11_4 1
 pre_1_11_4 relu_1_11_4_above_pre -1
 pre_1_11_5 pre_definition_1_11_5 1
 pre_1_11_5 relu_1_11_5_above_pre -1
 pre_1_11_6 pre_definition_1_11_6 1
 pre_1_11_6 relu_1_11_6_above_pre -1
 pre_1_11_7 pre_definition_1_11_7 1
 pre_1_11_7 relu_1_11_7_above_pre -1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre -1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre -1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre -1
 pre_1_12_3 pre_definition_1_12_3 1
 pre_1_12_3 relu_1_12_3_above_pre -1
 pre_1_12_4 pre_definition_1_12_4 1
 pre_1_12_4 relu_1_12_4_above_pre -1
 pre_1_12_5 pre_definition_1_12_5 1
 pre_1_12_5 relu_1_12_5_above_pre -1
 pre_1_12_6 pre_definition_1_12_6 1
 pre_1_12_6 relu_1_12_6_above_pre -1
 pre_1_12_7 pre_definition_1_12_7 1
 pre_1_12_7 relu_1_12_7_above_pre -1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre -1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre -1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre -1
 pre_1_13_3 pre_definition_1_13_3 1
 pre_1_13_3 relu_1_13_3_above_pre -1
 pre_1_13_4 pre_definition_1_13_4 1
 pre_1_13_4 relu_1_13_4_above_pre -1
 pre_1_13_5 pre_definition_1_13_5 1
 pre_1_13_5 relu_1_13_5_above_pre -1
 pre_1_13_6 pre_definition_1_13_6 1
 pre_1_13_6 relu_1_13_6_above_pre -1
 pre_1_13_7 pre_definition_1_13_7 1
 pre_1_13_7 relu_1_13_7_above_pre -1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre -1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre -1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre -1
 pre_1_14_3 pre_definition_1_14_3 1
 pre_1_14_3 relu_1_14_3_above_pre -1
 pre_1_14_4 pre_definition_1_14_4 1
 pre_1_14_4 relu_1_14_4_above_pre -1
 pre_1_14_5 pre_definition_1_14_5 1
 pre_1_14_5 relu_1_14_5_above_pre -1
 pre_1_14_6 pre_definition_1_14_6 1
 pre_1_14_6 relu_1_14_6_above_pre -1
 pre_1_14_7 pre_definition_1_14_7 1
 pre_1_14_7 relu_1_14_7_above_pre -1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre -1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre -1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_above_pre -1
 pre_1_15_3 pre_definition_1_15_3 1
 pre_1_15_3 relu_1_15_3_above_pre -1
 pre_1_15_4 pre_definition_1_15_4 1
 pre_1_15_4 relu_1_15_4_above_pre -1
 pre_1_15_5 pre_definition_1_15_5 1
 pre_1_15_5 relu_1_15_5_above_pre -1
 pre_1_15_6 pre_definition_1_15_6 1
 pre_1_15_6 relu_1_15_6_above_pre -1
 pre_1_15_7 pre_definition_1_15_7 1
 pre_1_15_7 relu_1_15_7_above_pre -1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre -1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre -1
 pre_1_16_2 pre_definition_1_16_2 1
 pre_1_16_2 relu_1_16_2_above_pre -1
 pre_1_16_3 pre_definition_1_16_3 1
 pre_1_16_3 relu_1_16_3_above_pre -1
 pre_1_16_4 pre_definition_1_16_4 1
 pre_1_16_4 relu_1_16_4_above_pre -1
 pre_1_16_5 pre_definition_1_16_5 1
 pre_1_16_5 relu_1_16_5_above_pre -1
 pre_1_16_6 pre_definition_1_16_6 1
 pre_1_16_6 relu_1_16_6_above_pre -1
 pre_1_16_7 pre_definition_1_16_7 1
 pre_1_16_7 relu_1_16_7_above_pre -1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_above_pre -1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_above_pre -1
 pre_1_17_2 pre_definition_1_17_2 1
 pre_1_17_2 relu_1_17_2_above_pre -1
 pre_1_17_3 pre_definition_1_17_3 1
 pre_1_17_3 relu_1_17_3_above_pre -1
 pre_1_17_4 pre_definition_1_17_4 1
 pre_1_17_4 relu_1_17_4_above_pre -1
 pre_1_17_5 pre_definition_1_17_5 1
 pre_1_17_5 relu_1_17_5_above_pre -1
 pre_1_17_6 pre_definition_1_17_6 1
 pre_1_17_6 relu_1_17_6_above_pre -1
 pre_1_17_7 pre_definition_1_17_7 1
 pre_1_17_7 relu_1_17_7_above_pre -1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_above_pre -1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_above_pre -1
 pre_1_18_2 pre_definition_1_18_2 1
 pre_1_18_2 relu_1_18_2_above_pre -1
 pre_1_18_3 pre_definition_1_18_3 1
 pre_1_18_3 relu_1_18_3_above_pre -1
 pre_1_18_4 pre_definition_1_18_4 1
 pre_1_18_4 relu_1_18_4_above_pre -1
 pre_1_18_5 pre_definition_1_18_5 1
 pre_1_18_5 relu_1_18_5_above_pre -1
 pre_1_18_6 pre_definition_1_18_6 1
 pre_1_18_6 relu_1_18_6_above_pre -1
 pre_1_18_7 pre_definition_1_18_7 1
 pre_1_18_7 relu_1_18_7_above_pre -1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_above_pre -1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_above_pre -1
 pre_1_19_2 pre_definition_1_19_2 1
 pre_1_19_2 relu_1_19_2_above_pre -1
 pre_1_19_3 pre_definition_1_19_3 1
 pre_1_19_3 relu_1_19_3_above_pre -1
 pre_1_19_4 pre_definition_1_19_4 1
 pre_1_19_4 relu_1_19_4_above_pre -1
 pre_1_19_5 pre_definition_1_19_5 1
 pre_1_19_5 relu_1_19_5_above_pre -1
 pre_1_19_6 pre_definition_1_19_6 1
 pre_1_19_6 relu_1_19_6_above_pre -1
 pre_1_19_7 pre_definition_1_19_7 1
 pre_1_19_7 relu_1_19_7_above_pre -1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_above_pre -1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_above_pre -1
 pre_1_20_2 pre_definition_1_20_2 1
 pre_1_20_2 relu_1_20_2_above_pre -1
 pre_1_20_3 pre_definition_1_20_3 1
 pre_1_20_3 relu_1_20_3_above_pre -1
 pre_1_20_4 pre_definition_1_20_4 1
 pre_1_20_4 relu_1_20_4_above_pre -1
 pre_1_20_5 pre_definition_1_20_5 1
 pre_1_20_5 relu_1_20_5_above_pre -1
 pre_1_20_6 pre_definition_1_20_6 1
 pre_1_20_6 relu_1_20_6_above_pre -1
 pre_1_20_7 pre_definition_1_20_7 1
 pre_1_20_7 relu_1_20_7_above_pre -1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_above_pre -1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_above_pre -1
 pre_1_21_2 pre_definition_1_21_2 1
 pre_1_21_2 relu_1_21_2_above_pre -1
 pre_1_21_3 pre_definition_1_21_3 1
 pre_1_21_3 relu_1_21_3_above_pre -1
 pre_1_21_4 pre_definition_1_21_4 1
 pre_1_21_4 relu_1_21_4_above_pre -1
 pre_1_21_5 pre_definition_1_21_5 1
 pre_1_21_5 relu_1_21_5_above_pre -1
 pre_1_21_6 pre_definition_1_21_6 1
 pre_1_21_6 relu_1_21_6_above_pre -1
 pre_1_21_7 pre_definition_1_21_7 1
 pre_1_21_7 relu_1_21_7_above_pre -1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_above_pre -1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_above_pre -1
 pre_1_22_2 pre_definition_1_22_2 1
 pre_1_22_2 relu_1_22_2_above_pre -1
 pre_1_22_3 pre_definition_1_22_3 1
 pre_1_22_3 relu_1_22_3_above_pre -1
 pre_1_22_4 pre_definition_1_22_4 1
 pre_1_22_4 relu_1_22_4_above_pre -1
 pre_1_22_5 pre_definition_1_22_5 1
 pre_1_22_5 relu_1_22_5_above_pre -1
 pre_1_22_6 pre_definition_1_22_6 1
 pre_1_22_6 relu_1_22_6_above_pre -1
 pre_1_22_7 pre_definition_1_22_7 1
 pre_1_22_7 relu_1_22_7_above_pre -1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_above_pre -1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_above_pre -1
 pre_1_23_2 pre_definition_1_23_2 1
 pre_1_23_2 relu_1_23_2_above_pre -1
 pre_1_23_3 pre_definition_1_23_3 1
 pre_1_23_3 relu_1_23_3_above_pre -1
 pre_1_23_4 pre_definition_1_23_4 1
 pre_1_23_4 relu_1_23_4_above_pre -1
 pre_1_23_5 pre_definition_1_23_5 1
 pre_1_23_5 relu_1_23_5_above_pre -1
 pre_1_23_6 pre_definition_1_23_6 1
 pre_1_23_6 relu_1_23_6_above_pre -1
 pre_1_23_7 pre_definition_1_23_7 1
 pre_1_23_7 relu_1_23_7_above_pre -1
 pre_1_24_0 pre_definition_1_24_0 1
 pre_1_24_0 relu_1_24_0_above_pre -1
 pre_1_24_1 pre_definition_1_24_1 1
 pre_1_24_1 relu_1_24_1_above_pre -1
 pre_1_24_2 pre_definition_1_24_2 1
 pre_1_24_2 relu_1_24_2_above_pre -1
 pre_1_24_3 pre_definition_1_24_3 1
 pre_1_24_3 relu_1_24_3_above_pre -1
 pre_1_24_4 pre_definition_1_24_4 1
 pre_1_24_4 relu_1_24_4_above_pre -1
 pre_1_24_5 pre_definition_1_24_5 1
 pre_1_24_5 relu_1_24_5_above_pre -1
 pre_1_24_6 pre_definition_1_24_6 1
 pre_1_24_6 relu_1_24_6_above_pre -1
 pre_1_24_7 pre_definition_1_24_7 1
 pre_1_24_7 relu_1_24_7_above_pre -1
 pre_1_25_0 pre_definition_1_25_0 1
 pre_1_25_0 relu_1_25_0_above_pre -1
 pre_1_25_1 pre_definition_1_25_1 1
 pre_1_25_1 relu_1_25_1_above_pre -1
 pre_1_25_2 pre_definition_1_25_2 1
 pre_1_25_2 relu_1_25_2_above_pre -1
 pre_1_25_3 pre_definition_1_25_3 1
 pre_1_25_3 relu_1_25_3_above_pre -1
 pre_1_25_4 pre_definition_1_25_4 1
 pre_1_25_4 relu_1_25_4_above_pre -1
 pre_1_25_5 pre_definition_1_25_5 1
 pre_1_25_5 relu_1_25_5_above_pre -1
 pre_1_25_6 pre_definition_1_25_6 1
 pre_1_25_6 relu_1_25_6_above_pre -1
 pre_1_25_7 pre_definition_1_25_7 1
 pre_1_25_7 relu_1_25_7_above_pre -1
 pre_1_26_0 pre_definition_1_26_0 1
 pre_1_26_0 relu_1_26_0_above_pre -1
 pre_1_26_1 pre_definition_1_26_1 1
 pre_1_26_1 relu_1_26_1_above_pre -1
 pre_1_26_2 pre_definition_1_26_2 1
 pre_1_26_2 relu_1_26_2_above_pre -1
 pre_1_26_3 pre_definition_1_26_3 1
 pre_1_26_3 relu_1_26_3_above_pre -1
 pre_1_26_4 pre_definition_1_26_4 1
 pre_1_26_4 relu_1_26_4_above_pre -1
 pre_1_26_5 pre_definition_1_26_5 1
 pre_1_26_5 relu_1_26_5_above_pre -1
 pre_1_26_6 pre_definition_1_26_6 1
 pre_1_26_6 relu_1_26_6_above_pre -1
 pre_1_26_7 pre_definition_1_26_7 1
 pre_1_26_7 relu_1_26_7_above_pre -1
 pre_1_27_0 pre_definition_1_27_0 1
 pre_1_27_0 relu_1_27_0_above_pre -1
 pre_1_27_1 pre_definition_1_27_1 1
 pre_1_27_1 relu_1_27_1_above_pre -1
 pre_1_27_2 pre_definition_1_27_2 1
 pre_1_27_2 relu_1_27_2_above_pre -1
 pre_1_27_3 pre_definition_1_27_3 1
 pre_1_27_3 relu_1_27_3_above_pre -1
 pre_1_27_4 pre_definition_1_27_4 1
 pre_1_27_4 relu_1_27_4_above_pre -1
 pre_1_27_5 pre_definition_1_27_5 1
 pre_1_27_5 relu_1_27_5_above_pre -1
 pre_1_27_6 pre_definition_1_27_6 1
 pre_1_27_6 relu_1_27_6_above_pre -1
 pre_1_27_7 pre_definition_1_27_7 1
 pre_1_27_7 relu_1_27_7_above_pre -1
 pre_1_28_0 pre_definition_1_28_0 1
 pre_1_28_0 relu_1_28_0_above_pre -1
 pre_1_28_1 pre_definition_1_28_1 1
 pre_1_28_1 relu_1_28_1_above_pre -1
 pre_1_28_2 pre_definition_1_28_2 1
 pre_1_28_2 relu_1_28_2_above_pre -1
 pre_1_28_3 pre_definition_1_28_3 1
 pre_1_28_3 relu_1_28_3_above_pre -1
 pre_1_28_4 pre_definition_1_28_4 1
 pre_1_28_4 relu_1_28_4_above_pre -1
 pre_1_28_5 pre_definition_1_28_5 1
 pre_1_28_5 relu_1_28_5_above_pre -1
 pre_1_28_6 pre_definition_1_28_6 1
 pre_1_28_6 relu_1_28_6_above_pre -1
 pre_1_28_7 pre_definition_1_28_7 1
 pre_1_28_7 relu_1_28_7_above_pre -1
 pre_1_29_0 pre_definition_1_29_0 1
 pre_1_29_0 relu_1_29_0_above_pre -1
 pre_1_29_1 pre_definition_1_29_1 1
 pre_1_29_1 relu_1_29_1_above_pre -1
 pre_1_29_2 pre_definition_1_29_2 1
 pre_1_29_2 relu_1_29_2_above_pre -1
 pre_1_29_3 pre_definition_1_29_3 1
 pre_1_29_3 relu_1_29_3_above_pre -1
 pre_1_29_4 pre_definition_1_29_4 1
 pre_1_29_4 relu_1_29_4_above_pre -1
 pre_1_29_5 pre_definition_1_29_5 1
 pre_1_29_5 relu_1_29_5_above_pre -1
 pre_1_29_6 pre_definition_1_29_6 1
 pre_1_29_6 relu_1_29_6_above_pre -1
 pre_1_29_7 pre_definition_1_29_7 1
 pre_1_29_7 relu_1_29_7_above_pre -1
 pre_1_30_0 pre_definition_1_30_0 1
 pre_1_30_0 relu_1_30_0_above_pre -1
 pre_1_30_1 pre_definition_1_30_1 1
 pre_1_30_1 relu_1_30_1_above_pre -1
 pre_1_30_2 pre_definition_1_30_2 1
 pre_1_30_2 relu_1_30_2_above_pre -1
 pre_1_30_3 pre_definition_1_30_3 1
 pre_1_30_3 relu_1_30_3_above_pre -1
 pre_1_30_4 pre_definition_1_30_4 1
 pre_1_30_4 relu_1_30_4_above_pre -1
 pre_1_30_5 pre_definition_1_30_5 1
 pre_1_30_5 relu_1_30_5_above_pre -1
 pre_1_30_6 pre_definition_1_30_6 1
 pre_1_30_6 relu_1_30_6_above_pre -1
 pre_1_30_7 pre_definition_1_30_7 1
 pre_1_30_7 relu_1_30_7_above_pre -1
 pre_1_31_0 pre_definition_1_31_0 1
 pre_1_31_0 relu_1_31_0_above_pre -1
 pre_1_31_1 pre_definition_1_31_1 1
 pre_1_31_1 relu_1_31_1_above_pre -1
 pre_1_31_2 pre_definition_1_31_2 1
 pre_1_31_2 relu_1_31_2_above_pre -1
 pre_1_31_3 pre_definition_1_31_3 1
 pre_1_31_3 relu_1_31_3_above_pre -1
 pre_1_31_4 pre_definition_1_31_4 1
 pre_1_31_4 relu_1_31_4_above_pre -1
 pre_1_31_5 pre_definition_1_31_5 1
 pre_1_31_5 relu_1_31_5_above_pre -1
 pre_1_31_6 pre_definition_1_31_6 1
 pre_1_31_6 relu_1_31_6_above_pre -1
 pre_1_31_7 pre_definition_1_31_7 1
 pre_1_31_7 relu_1_31_7_above_pre -1
 pre_1_32_0 pre_definition_1_32_0 1
 pre_1_32_0 relu_1_32_0_above_pre -1
 pre_1_32_1 pre_definition_1_32_1 1
 pre_1_32_1 relu_1_32_1_above_pre -1
 pre_1_32_2 pre_definition_1_32_2 1
 pre_1_32_2 relu_1_32_2_above_pre -1
 pre_1_32_3 pre_definition_1_32_3 1
 pre_1_32_3 relu_1_32_3_above_pre -1
 pre_1_32_4 pre_definition_1_32_4 1
 pre_1_32_4 relu_1_32_4_above_pre -1
 pre_1_32_5 pre_definition_1_32_5 1
 pre_1_32_5 relu_1_32_5_above_pre -1
 pre_1_32_6 pre_definition_1_32_6 1
 pre_1_32_6 relu_1_32_6_above_pre -1
 pre_1_32_7 pre_definition_1_32_7 1
 pre_1_32_7 relu_1_32_7_above_pre -1
 pre_1_33_0 pre_definition_1_33_0 1
 pre_1_33_0 relu_1_33_0_above_pre -1
 pre_1_33_1 pre_definition_1_33_1 1
 pre_1_33_1 relu_1_33_1_above_pre -1
 pre_1_33_2 pre_definition_1_33_2 1
 pre_1_33_2 relu_1_33_2_above_pre -1
 pre_1_33_3 pre_definition_1_33_3 1
 pre_1_33_3 relu_1_33_3_above_pre -1
 pre_1_33_4 pre_definition_1_33_4 1
 pre_1_33_4 relu_1_33_4_above_pre -1
 pre_1_33_5 pre_definition_1_33_5 1
 pre_1_33_5 relu_1_33_5_above_pre -1
 pre_1_33_6 pre_definition_1_33_6 1
 pre_1_33_6 relu_1_33_6_above_pre -1
 pre_1_33_7 pre_definition_1_33_7 1
 pre_1_33_7 relu_1_33_7_above_pre -1
 pre_1_34_0 pre_definition_1_34_0 1
 pre_1_34_0 relu_1_34_0_above_pre -1
 pre_1_34_1 pre_definition_1_34_1 1
 pre_1_34_1 relu_1_34_1_above_pre -1
 pre_1_34_2 pre_definition_1_34_2 1
 pre_1_34_2 relu_1_34_2_above_pre -1
 pre_1_34_3 pre_definition_1_34_3 1
 pre_1_34_3 relu_1_34_3_above_pre -1
 pre_1_34_4 pre_definition_1_34_4 1
 pre_1_34_4 relu_1_34_4_above_pre -1
 pre_1_34_5 pre_definition_1_34_5 1
 pre_1_34_5 relu_1_34_5_above_pre -1
 pre_1_34_6 pre_definition_1_34_6 1
 pre_1_34_6 relu_1_34_6_above_pre -1
 pre_1_34_7 pre_definition_1_34_7 1
 pre_1_34_7 relu_1_34_7_above_pre -1
 pre_1_35_0 pre_definition_1_35_0 1
 pre_1_35_0 relu_1_35_0_above_pre -1
 pre_1_35_1 pre_definition_1_35_1 1
 pre_1_35_1 relu_1_35_1_above_pre -1
 pre_1_35_2 pre_definition_1_35_2 1
 pre_1_35_2 relu_1_35_2_above_pre -1
 pre_1_35_3 pre_definition_1_35_3 1
 pre_1_35_3 relu_1_35_3_above_pre -1
 pre_1_35_4 pre_definition_1_35_4 1
 pre_1_35_4 relu_1_35_4_above_pre -1
 pre_1_35_5 pre_definition_1_35_5 1
 pre_1_35_5 relu_1_35_5_above_pre -1
 pre_1_35_6 pre_definition_1_35_6 1
 pre_1_35_6 relu_1_35_6_above_pre -1
 pre_1_35_7 pre_definition_1_35_7 1
 pre_1_35_7 relu_1_35_7_above_pre -1
 pre_1_36_0 pre_definition_1_36_0 1
 pre_1_36_0 relu_1_36_0_above_pre -1
 pre_1_36_1 pre_definition_1_36_1 1
 pre_1_36_1 relu_1_36_1_above_pre -1
 pre_1_36_2 pre_definition_1_36_2 1
 pre_1_36_2 relu_1_36_2_above_pre -1
 pre_1_36_3 pre_definition_1_36_3 1
 pre_1_36_3 relu_1_36_3_above_pre -1
 pre_1_36_4 pre_definition_1_36_4 1
 pre_1_36_4 relu_1_36_4_above_pre -1
 pre_1_36_5 pre_definition_1_36_5 1
 pre_1_36_5 relu_1_36_5_above_pre -1
 pre_1_36_6 pre_definition_1_36_6 1
 pre_1_36_6 relu_1_36_6_above_pre -1
 pre_1_36_7 pre_definition_1_36_7 1
 pre_1_36_7 relu_1_36_7_above_pre -1
 pre_1_37_0 pre_definition_1_37_0 1
 pre_1_37_0 relu_1_37_0_above_pre -1
 pre_1_37_1 pre_definition_1_37_1 1
 pre_1_37_1 relu_1_37_1_above_pre -1
 pre_1_37_2 pre_definition_1_37_2 1
 pre_1_37_2 relu_1_37_2_above_pre -1
 pre_1_37_3 pre_definition_1_37_3 1
 pre_1_37_3 relu_1_37_3_above_pre -1
 pre_1_37_4 pre_definition_1_37_4 1
 pre_1_37_4 relu_1_37_4_above_pre -1
 pre_1_37_5 pre_definition_1_37_5 1
 pre_1_37_5 relu_1_37_5_above_pre -1
 pre_1_37_6 pre_definition_1_37_6 1
 pre_1_37_6 relu_1_37_6_above_pre -1
 pre_1_37_7 pre_definition_1_37_7 1
 pre_1_37_7 relu_1_37_7_above_pre -1
 pre_1_38_0 pre_definition_1_38_0 1
 pre_1_38_0 relu_1_38_0_above_pre -1
 pre_1_38_1 pre_definition_1_38_1 1
 pre_1_38_1 relu_1_38_1_above_pre -1
 pre_1_38_2 pre_definition_1_38_2 1
 pre_1_38_2 relu_1_38_2_above_pre -1
 pre_1_38_3 pre_definition_1_38_3 1
 pre_1_38_3 relu_1_38_3_above_pre -1
 pre_1_38_4 pre_definition_1_38_4 1
 pre_1_38_4 relu_1_38_4_above_pre -1
 pre_1_38_5 pre_definition_1_38_5 1
 pre_1_38_5 relu_1_38_5_above_pre -1
 pre_1_38_6 pre_definition_1_38_6 1
 pre_1_38_6 relu_1_38_6_above_pre -1
 pre_1_38_7 pre_definition_1_38_7 1
 pre_1_38_7 relu_1_38_7_above_pre -1
 pre_1_39_0 pre_definition_1_39_0 1
 pre_1_39_0 relu_1_39_0_above_pre -1
 pre_1_39_1 pre_definition_1_39_1 1
 pre_1_39_1 relu_1_39_1_above_pre -1
 pre_1_39_2 pre_definition_1_39_2 1
 pre_1_39_2 relu_1_39_2_above_pre -1
 pre_1_39_3 pre_definition_1_39_3 1
 pre_1_39_3 relu_1_39_3_above_pre -1
 pre_1_39_4 pre_definition_1_39_4 1
 pre_1_39_4 relu_1_39_4_above_pre -1
 pre_1_39_5 pre_definition_1_39_5 1
 pre_1_39_5 relu_1_39_5_above_pre -1
 pre_1_39_6 pre_definition_1_39_6 1
 pre_1_39_6 relu_1_39_6_above_pre -1
 pre_1_39_7 pre_definition_1_39_7 1
 pre_1_39_7 relu_1_39_7_above_pre -1
 pre_1_40_0 pre_definition_1_40_0 1
 pre_1_40_0 relu_1_40_0_above_pre -1
 pre_1_40_1 pre_definition_1_40_1 1
 pre_1_40_1 relu_1_40_1_above_pre -1
 pre_1_40_2 pre_definition_1_40_2 1
 pre_1_40_2 relu_1_40_2_above_pre -1
 pre_1_40_3 pre_definition_1_40_3 1
 pre_1_40_3 relu_1_40_3_above_pre -1
 pre_1_40_4 pre_definition_1_40_4 1
 pre_1_40_4 relu_1_40_4_above_pre -1
 pre_1_40_5 pre_definition_1_40_5 1
 pre_1_40_5 relu_1_40_5_above_pre -1
 pre_1_40_6 pre_definition_1_40_6 1
 pre_1_40_6 relu_1_40_6_above_pre -1
 pre_1_40_7 pre_definition_1_40_7 1
 pre_1_40_7 relu_1_40_7_above_pre -1
 pre_1_41_0 pre_definition_1_41_0 1
 pre_1_41_0 relu_1_41_0_above_pre -1
 pre_1_41_1 pre_definition_1_41_1 1
 pre_1_41_1 relu_1_41_1_above_pre -1
 pre_1_41_2 pre_definition_1_41_2 1
 pre_1_41_2 relu_1_41_2_above_pre -1
 pre_1_41_3 pre_definition_1_41_3 1
 pre_1_41_3 relu_1_41_3_above_pre -1
 pre_1_41_4 pre_definition_1_41_4 1
 pre_1_41_4 relu_1_41_4_above_pre -1
 pre_1_41_5 pre_definition_1_41_5 1
 pre_1_41_5 relu_1_41_5_above_pre -1
 pre_1_41_6 pre_definition_1_41_6 1
 pre_1_41_6 relu_1_41_6_above_pre -1
 pre_1_41_7 pre_definition_1_41_7 1
 pre_1_41_7 relu_1_41_7_above_pre -1
 pre_1_42_0 pre_definition_1_42_0 1
 pre_1_42_0 relu_1_42_0_above_pre -1
 pre_1_42_1 pre_definition_1_42_1 1
 pre_1_42_1 relu_1_42_1_above_pre -1
 pre_1_42_2 pre_definition_1_42_2 1
 pre_1_42_2 relu_1_42_2_above_pre -1
 pre_1_42_3 pre_definition_1_42_3 1
 pre_1_42_3 relu_1_42_3_above_pre -1
 pre_1_42_4 pre_definition_1_42_4 1
 pre_1_42_4 relu_1_42_4_above_pre -1
 pre_1_42_5 pre_definition_1_42_5 1
 pre_1_42_5 relu_1_42_5_above_pre -1
 pre_1_42_6 pre_definition_1_42_6 1
 pre_1_42_6 relu_1_42_6_above_pre -1
 pre_1_42_7 pre_definition_1_42_7 1
 pre_1_42_7 relu_1_42_7_above_pre -1
 pre_1_43_0 pre_definition_1_43_0 1
 pre_1_43_0 relu_1_43_0_above_pre -1
 pre_1_43_1 pre_definition_1_43_1 1
 pre_1_43_1 relu_1_43_1_above_pre -1
 pre_1_43_2 pre_definition_1_43_2 1
 pre_1_43_2 relu_1_43_2_above_pre -1
 pre_1_43_3 pre_definition_1_43_3 1
 pre_1_43_3 relu_1_43_3_above_pre -1
 pre_1_43_4 pre_definition_1_43_4 1
 pre_1_43_4 relu_1_43_4_above_pre -1
 pre_1_43_5 pre_definition_1_43_5 1
 pre_1_43_5 relu_1_43_5_above_pre -1
 pre_1_43_6 pre_definition_1_43_6 1
 pre_1_43_6 relu_1_43_6_above_pre -1
 pre_1_43_7 pre_definition_1_43_7 1
 pre_1_43_7 relu_1_43_7_above_pre -1
 pre_1_44_0 pre_definition_1_44_0 1
 pre_1_44_0 relu_1_44_0_above_pre -1
 pre_1_44_1 pre_definition_1_44_1 1
 pre_1_44_1 relu_1_44_1_above_pre -1
 pre_1_44_2 pre_definition_1_44_2 1
 pre_1_44_2 relu_1_44_2_above_pre -1
 pre_1_44_3 pre_definition_1_44_3 1
 pre_1_44_3 relu_1_44_3_above_pre -1
 pre_1_44_4 pre_definition_1_44_4 1
 pre_1_44_4 relu_1_44_4_above_pre -1
 pre_1_44_5 pre_definition_1_44_5 1
 pre_1_44_5 relu_1_44_5_above_pre -1
 pre_1_44_6 pre_definition_1_44_6 1
 pre_1_44_6 relu_1_44_6_above_pre -1
 pre_1_44_7 pre_definition_1_44_7 1
 pre_1_44_7 relu_1_44_7_above_pre -1
 pre_1_45_0 pre_definition_1_45_0 1
 pre_1_45_0 relu_1_45_0_above_pre -1
 pre_1_45_1 pre_definition_1_45_1 1
 pre_1_45_1 relu_1_45_1_above_pre -1
 pre_1_45_2 pre_definition_1_45_2 1
 pre_1_45_2 relu_1_45_2_above_pre -1
 pre_1_45_3 pre_definition_1_45_3 1
 pre_1_45_3 relu_1_45_3_above_pre -1
 pre_1_45_4 pre_definition_1_45_4 1
 pre_1_45_4 relu_1_45_4_above_pre -1
 pre_1_45_5 pre_definition_1_45_5 1
 pre_1_45_5 relu_1_45_5_above_pre -1
 pre_1_45_6 pre_definition_1_45_6 1
 pre_1_45_6 relu_1_45_6_above_pre -1
 pre_1_45_7 pre_definition_1_45_7 1
 pre_1_45_7 relu_1_45_7_above_pre -1
 pre_1_46_0 pre_definition_1_46_0 1
 pre_1_46_0 relu_1_46_0_above_pre -1
 pre_1_46_1 pre_definition_1_46_1 1
 pre_1_46_1 relu_1_46_1_above_pre -1
 pre_1_46_2 pre_definition_1_46_2 1
 pre_1_46_2 relu_1_46_2_above_pre -1
 pre_1_46_3 pre_definition_1_46_3 1
 pre_1_46_3 relu_1_46_3_above_pre -1
 pre_1_46_4 pre_definition_1_46_4 1
 pre_1_46_4 relu_1_46_4_above_pre -1
 pre_1_46_5 pre_definition_1_46_5 1
 pre_1_46_5 relu_1_46_5_above_pre -1
 pre_1_46_6 pre_definition_1_46_6 1
 pre_1_46_6 relu_1_46_6_above_pre -1
 pre_1_46_7 pre_definition_1_46_7 1
 pre_1_46_7 relu_1_46_7_above_pre -1
 pre_1_47_0 pre_definition_1_47_0 1
 pre_1_47_0 relu_1_47_0_above_pre -1
 pre_1_47_1 pre_definition_1_47_1 1
 pre_1_47_1 relu_1_47_1_above_pre -1
 pre_1_47_2 pre_definition_1_47_2 1
 pre_1_47_2 relu_1_47_2_above_pre -1
 pre_1_47_3 pre_definition_1_47_3 1
 pre_1_47_3 relu_1_47_3_above_pre -1
 pre_1_47_4 pre_definition_1_47_4 1
 pre_1_47_4 relu_1_47_4_above_pre -1
 pre_1_47_5 pre_definition_1_47_5 1
 pre_1_47_5 relu_1_47_5_above_pre -1
 pre_1_47_6 pre_definition_1_47_6 1
 pre_1_47_6 relu_1_47_6_above_pre -1
 pre_1_47_7 pre_definition_1_47_7 1
 pre_1_47_7 relu_1_47_7_above_pre -1
 pre_1_48_0 pre_definition_1_48_0 1
 pre_1_48_0 relu_1_48_0_above_pre -1
 pre_1_48_1 pre_definition_1_48_1 1
 pre_1_48_1 relu_1_48_1_above_pre -1
 pre_1_48_2 pre_definition_1_48_2 1
 pre_1_48_2 relu_1_48_2_above_pre -1
 pre_1_48_3 pre_definition_1_48_3 1
 pre_1_48_3 relu_1_48_3_above_pre -1
 pre_1_48_4 pre_definition_1_48_4 1
 pre_1_48_4 relu_1_48_4_above_pre -1
 pre_1_48_5 pre_definition_1_48_5 1
 pre_1_48_5 relu_1_48_5_above_pre -1
 pre_1_48_6 pre_definition_1_48_6 1
 pre_1_48_6 relu_1_48_6_above_pre -1
 pre_1_48_7 pre_definition_1_48_7 1
 pre_1_48_7 relu_1_48_7_above_pre -1
 pre_1_49_0 pre_definition_1_49_0 1
 pre_1_49_0 relu_1_49_0_above_pre -1
 pre_1_49_1 pre_definition_1_49_1 1
 pre_1_49_1 relu_1_49_1_above_pre -1
 pre_1_49_2 pre_definition_1_49_2 1
 pre_1_49_2 relu_1_49_2_above_pre -1
 pre_1_49_3 pre_definition_1_49_3 1
 pre_1_49_3 relu_1_49_3_above_pre -1
 pre_1_49_4 pre_definition_1_49_4 1
 pre_1_49_4 relu_1_49_4_above_pre -1
 pre_1_49_5 pre_definition_1_49_5 1
 pre_1_49_5 relu_1_49_5_above_pre -1
 pre_1_49_6 pre_definition_1_49_6 1
 pre_1_49_6 relu_1_49_6_above_pre -1
 pre_1_49_7 pre_definition_1_49_7 1
 pre_1_49_7 relu_1_49_7_above_pre -1
 pre_1_50_0 pre_definition_1_50_0 1
 pre_1_50_0 relu_1_50_0_above_pre -1
 pre_1_50_1 pre_definition_1_50_1 1
 pre_1_50_1 relu_1_50_1_above_pre -1
 pre_1_50_2 pre_definition_1_50_2 1
 pre_1_50_2 relu_1_50_2_above_pre -1
 pre_1_50_3 pre_definition_1_50_3 1
 pre_1_50_3 relu_1_50_3_above_pre -1
 pre_1_50_4 pre_definition_1_50_4 1
 pre_1_50_4 relu_1_50_4_above_pre -1
 pre_1_50_5 pre_definition_1_50_5 1
 pre_1_50_5 relu_1_50_5_above_pre -1
 pre_1_50_6 pre_definition_1_50_6 1
 pre_1_50_6 relu_1_50_6_above_pre -1
 pre_1_50_7 pre_definition_1_50_7 1
 pre_1_50_7 relu_1_50_7_above_pre -1
 pre_1_51_0 pre_definition_1_51_0 1
 pre_1_51_0 relu_1_51_0_above_pre -1
 pre_1_51_1 pre_definition_1_51_1 1
 pre_1_51_1 relu_1_51_1_above_pre -1
 pre_1_51_2 pre_definition_1_51_2 1
 pre_1_51_2 relu_1_51_2_above_pre -1
 pre_1_51_3 pre_definition_1_51_3 1
 pre_1_51_3 relu_1_51_3_above_pre -1
 pre_1_51_4 pre_definition_1_51_4 1
 pre_1_51_4 relu_1_51_4_above_pre -1
 pre_1_51_5 pre_definition_1_51_5 1
 pre_1_51_5 relu_1_51_5_above_pre -1
 pre_1_51_6 pre_definition_1_51_6 1
 pre_1_51_6 relu_1_51_6_above_pre -1
 pre_1_51_7 pre_definition_1_51_7 1
 pre_1_51_7 relu_1_51_7_above_pre -1
 pre_1_52_0 pre_definition_1_52_0 1
 pre_1_52_0 relu_1_52_0_above_pre -1
 pre_1_52_1 pre_definition_1_52_1 1
 pre_1_52_1 relu_1_52_1_above_pre -1
 pre_1_52_2 pre_definition_1_52_2 1
 pre_1_52_2 relu_1_52_2_above_pre -1
 pre_1_52_3 pre_definition_1_52_3 1
 pre_1_52_3 relu_1_52_3_above_pre -1
 pre_1_52_4 pre_definition_1_52_4 1
 pre_1_52_4 relu_1_52_4_above_pre -1
 pre_1_52_5 pre_definition_1_52_5 1
 pre_1_52_5 relu_1_52_5_above_pre -1
 pre_1_52_6 pre_definition_1_52_6 1
 pre_1_52_6 relu_1_52_6_above_pre -1
 pre_1_52_7 pre_definition_1_52_7 1
 pre_1_52_7 relu_1_52_7_above_pre -1
 pre_1_53_0 pre_definition_1_53_0 1
 pre_1_53_0 relu_1_53_0_above_pre -1
 pre_1_53_1 pre_definition_1_53_1 1
 pre_1_53_1 relu_1_53_1_above_pre -1
 pre_1_53_2 pre_definition_1_53_2 1
 pre_1_53_2 relu_1_53_2_above_pre -1
 pre_1_53_3 pre_definition_1_53_3 1
 pre_1_53_3 relu_1_53_3_above_pre -1
 pre_1_53_4 pre_definition_1_53_4 1
 pre_1_53_4 relu_1_53_4_above_pre -1
 pre_1_53_5 pre_definition_1_53_5 1
 pre_1_53_5 relu_1_53_5_above_pre -1
 pre_1_53_6 pre_definition_1_53_6 1
 pre_1_53_6 relu_1_53_6_above_pre -1
 pre_1_53_7 pre_definition_1_53_7 1
 pre_1_53_7 relu_1_53_7_above_pre -1
 pre_1_54_0 pre_definition_1_54_0 1
 pre_1_54_0 relu_1_54_0_above_pre -1
 pre_1_54_1 pre_definition_1_54_1 1
 pre_1_54_1 relu_1_54_1_above_pre -1
 pre_1_54_2 pre_definition_1_54_2 1
 pre_1_54_2 relu_1_54_2_above_pre -1
 pre_1_54_3 pre_definition_1_54_3 1
 pre_1_54_3 relu_1_54_3_above_pre -1
 pre_1_54_4 pre_definition_1_54_4 1
 pre_1_54_4 relu_1_54_4_above_pre -1
 pre_1_54_5 pre_definition_1_54_5 1
 pre_1_54_5 relu_1_54_5_above_pre -1
 pre_1_54_6 pre_definition_1_54_6 1
 pre_1_54_6 relu_1_54_6_above_pre -1
 pre_1_54_7 pre_definition_1_54_7 1
 pre_1_54_7 relu_1_54_7_above_pre -1
 pre_1_55_0 pre_definition_1_55_0 1
 pre_1_55_0 relu_1_55_0_above_pre -1
 pre_1_55_1 pre_definition_1_55_1 1
 pre_1_55_1 relu_1_55_1_above_pre -1
 pre_1_55_2 pre_definition_1_55_2 1
 pre_1_55_2 relu_1_55_2_above_pre -1
 pre_1_55_3 pre_definition_1_55_3 1
 pre_1_55_3 relu_1_55_3_above_pre -1
 pre_1_55_4 pre_definition_1_55_4 1
 pre_1_55_4 relu_1_55_4_above_pre -1
 pre_1_55_5 pre_definition_1_55_5 1
 pre_1_55_5 relu_1_55_5_above_pre -1
 pre_1_55_6 pre_definition_1_55_6 1
 pre_1_55_6 relu_1_55_6_above_pre -1
 pre_1_55_7 pre_definition_1_55_7 1
 pre_1_55_7 relu_1_55_7_above_pre -1
 pre_1_56_0 pre_definition_1_56_0 1
 pre_1_56_0 relu_1_56_0_above_pre -1
 pre_1_56_1 pre_definition_1_56_1 1
 pre_1_56_1 relu_1_56_1_above_pre -1
 pre_1_56_2 pre_definition_1_56_2 1
 pre_1_56_2 relu_1_56_2_above_pre -1
 pre_1_56_3 pre_definition_1_56_3 1
 pre_1_56_3 relu_1_56_3_above_pre -1
 pre_1_56_4 pre_definition_1_56_4 1
 pre_1_56_4 relu_1_56_4_above_pre -1
 pre_1_56_5 pre_definition_1_56_5 1
 pre_1_56_5 relu_1_56_5_above_pre -1
 pre_1_56_6 pre_definition_1_56_6 1
 pre_1_56_6 relu_1_56_6_above_pre -1
 pre_1_56_7 pre_definition_1_56_7 1
 pre_1_56_7 relu_1_56_7_above_pre -1
 pre_1_57_0 pre_definition_1_57_0 1
 pre_1_57_0 relu_1_57_0_above_pre -1
 pre_1_57_1 pre_definition_1_57_1 1
 pre_1_57_1 relu_1_57_1_above_pre -1
 pre_1_57_2 pre_definition_1_57_2 1
 pre_1_57_2 relu_1_57_2_above_pre -1
 pre_1_57_3 pre_definition_1_57_3 1
 pre_1_57_3 relu_1_57_3_above_pre -1
 pre_1_57_4 pre_definition_1_57_4 1
 pre_1_57_4 relu_1_57_4_above_pre -1
 pre_1_57_5 pre_definition_1_57_5 1
 pre_1_57_5 relu_1_57_5_above_pre -1
 pre_1_57_6 pre_definition_1_57_6 1
 pre_1_57_6 relu_1_57_6_above_pre -1
 pre_1_57_7 pre_definition_1_57_7 1
 pre_1_57_7 relu_1_57_7_above_pre -1
 pre_1_58_0 pre_definition_1_58_0 1
 pre_1_58_0 relu_1_58_0_above_pre -1
 pre_1_58_1 pre_definition_1_58_1 1
 pre_1_58_1 relu_1_58_1_above_pre -1
 pre_1_58_2 pre_definition_1_58_2 1
 pre_1_58_2 relu_1_58_2_above_pre -1
 pre_1_58_3 pre_definition_1_58_3 1
 pre_1_58_3 relu_1_58_3_above_pre -1
 pre_1_58_4 pre_definition_1_58_4 1
 pre_1_58_4 relu_1_58_4_above_pre -1
 pre_1_58_5 pre_definition_1_58_5 1
 pre_1_58_5 relu_1_58_5_above_pre -1
 pre_1_58_6 pre_definition_1_58_6 1
 pre_1_58_6 relu_1_58_6_above_pre -1
 pre_1_58_7 pre_definition_1_58_7 1
 pre_1_58_7 relu_1_58_7_above_pre -1
 pre_1_59_0 pre_definition_1_59_0 1
 pre_1_59_0 relu_1_59_0_above_pre -1
 pre_1_59_1 pre_definition_1_59_1 1
 pre_1_59_1 relu_1_59_1_above_pre -1
 pre_1_59_2 pre_definition_1_59_2 1
 pre_1_59_2 relu_1_59_2_above_pre -1
 pre_1_59_3 pre_definition_1_59_3 1
 pre_1_59_3 relu_1_59_3_above_pre -1
 pre_1_59_4 pre_definition_1_59_4 1
 pre_1_59_4 relu_1_59_4_above_pre -1
 pre_1_59_5 pre_definition_1_59_5 1
 pre_1_59_5 relu_1_59_5_above_pre -1
 pre_1_59_6 pre_definition_1_59_6 1
 pre_1_59_6 relu_1_59_6_above_pre -1
 pre_1_59_7 pre_definition_1_59_7 1
 pre_1_59_7 relu_1_59_7_above_pre -1
 pre_1_60_0 pre_definition_1_60_0 1
 pre_1_60_0 relu_1_60_0_above_pre -1
 pre_1_60_1 pre_definition_1_60_1 1
 pre_1_60_1 relu_1_60_1_above_pre -1
 pre_1_60_2 pre_definition_1_60_2 1
 pre_1_60_2 relu_1_60_2_above_pre -1
 pre_1_60_3 pre_definition_1_60_3 1
 pre_1_60_3 relu_1_60_3_above_pre -1
 pre_1_60_4 pre_definition_1_60_4 1
 pre_1_60_4 relu_1_60_4_above_pre -1
 pre_1_60_5 pre_definition_1_60_5 1
 pre_1_60_5 relu_1_60_5_above_pre -1
 pre_1_60_6 pre_definition_1_60_6 1
 pre_1_60_6 relu_1_60_6_above_pre -1
 pre_1_60_7 pre_definition_1_60_7 1
 pre_1_60_7 relu_1_60_7_above_pre -1
 pre_1_61_0 pre_definition_1_61_0 1
 pre_1_61_0 relu_1_61_0_above_pre -1
 pre_1_61_1 pre_definition_1_61_1 1
 pre_1_61_1 relu_1_61_1_above_pre -1
 pre_1_61_2 pre_definition_1_61_2 1
 pre_1_61_2 relu_1_61_2_above_pre -1
 pre_1_61_3 pre_definition_1_61_3 1
 pre_1_61_3 relu_1_61_3_above_pre -1
 pre_1_61_4 pre_definition_1_61_4 1
 pre_1_61_4 relu_1_61_4_above_pre -1
 pre_1_61_5 pre_definition_1_61_5 1
 pre_1_61_5 relu_1_61_5_above_pre -1
 pre_1_61_6 pre_definition_1_61_6 1
 pre_1_61_6 relu_1_61_6_above_pre -1
 pre_1_61_7 pre_definition_1_61_7 1
 pre_1_61_7 relu_1_61_7_above_pre -1
 pre_1_62_0 pre_definition_1_62_0 1
 pre_1_62_0 relu_1_62_0_above_pre -1
 pre_1_62_1 pre_definition_1_62_1 1
 pre_1_62_1 relu_1_62_1_above_pre -1
 pre_1_62_2 pre_definition_1_62_2 1
 pre_1_62_2 relu_1_62_2_above_pre -1
 pre_1_62_3 pre_definition_1_62_3 1
 pre_1_62_3 relu_1_62_3_above_pre -1
 pre_1_62_4 pre_definition_1_62_4 1
 pre_1_62_4 relu_1_62_4_above_pre -1
 pre_1_62_5 pre_definition_1_62_5 1
 pre_1_62_5 relu_1_62_5_above_pre -1
 pre_1_62_6 pre_definition_1_62_6 1
 pre_1_62_6 relu_1_62_6_above_pre -1
 pre_1_62_7 pre_definition_1_62_7 1
 pre_1_62_7 relu_1_62_7_above_pre -1
 pre_1_63_0 pre_definition_1_63_0 1
 pre_1_63_0 relu_1_63_0_above_pre -1
 pre_1_63_1 pre_definition_1_63_1 1
 pre_1_63_1 relu_1_63_1_above_pre -1
 pre_1_63_2 pre_definition_1_63_2 1
 pre_1_63_2 relu_1_63_2_above_pre -1
 pre_1_63_3 pre_definition_1_63_3 1
 pre_1_63_3 relu_1_63_3_above_pre -1
 pre_1_63_4 pre_definition_1_63_4 1
 pre_1_63_4 relu_1_63_4_above_pre -1
 pre_1_63_5 pre_definition_1_63_5 1
 pre_1_63_5 relu_1_63_5_above_pre -1
 pre_1_63_6 pre_definition_1_63_6 1
 pre_1_63_6 relu_1_63_6_above_pre -1
 pre_1_63_7 pre_definition_1_63_7 1
 pre_1_63_7 relu_1_63_7_above_pre -1
 pre_1_64_0 pre_definition_1_64_0 1
 pre_1_64_0 relu_1_64_0_above_pre -1
 pre_1_64_1 pre_definition_1_64_1 1
 pre_1_64_1 relu_1_64_1_above_pre -1
 pre_1_64_2 pre_definition_1_64_2 1
 pre_1_64_2 relu_1_64_2_above_pre -1
 pre_1_64_3 pre_definition_1_64_3 1
 pre_1_64_3 relu_1_64_3_above_pre -1
 pre_1_64_4 pre_definition_1_64_4 1
 pre_1_64_4 relu_1_64_4_above_pre -1
 pre_1_64_5 pre_definition_1_64_5 1
 pre_1_64_5 relu_1_64_5_above_pre -1
 pre_1_64_6 pre_definition_1_64_6 1
 pre_1_64_6 relu_1_64_6_above_pre -1
 pre_1_64_7 pre_definition_1_64_7 1
 pre_1_64_7 relu_1_64_7_above_pre -1
 pre_1_65_0 pre_definition_1_65_0 1
 pre_1_65_0 relu_1_65_0_above_pre -1
 pre_1_65_1 pre_definition_1_65_1 1
 pre_1_65_1 relu_1_65_1_above_pre -1
 pre_1_65_2 pre_definition_1_65_2 1
 pre_1_65_2 relu_1_65_2_above_pre -1
 pre_1_65_3 pre_definition_1_65_3 1
 pre_1_65_3 relu_1_65_3_above_pre -1
 pre_1_65_4 pre_definition_1_65_4 1
 pre_1_65_4 relu_1_65_4_above_pre -1
 pre_1_65_5 pre_definition_1_65_5 1
 pre_1_65_5 relu_1_65_5_above_pre -1
 pre_1_65_6 pre_definition_1_65_6 1
 pre_1_65_6 relu_1_65_6_above_pre -1
 pre_1_65_7 pre_definition_1_65_7 1
 pre_1_65_7 relu_1_65_7_above_pre -1
 pre_1_66_0 pre_definition_1_66_0 1
 pre_1_66_0 relu_1_66_0_above_pre -1
 pre_1_66_1 pre_definition_1_66_1 1
 pre_1_66_1 relu_1_66_1_above_pre -1
 pre_1_66_2 pre_definition_1_66_2 1
 pre_1_66_2 relu_1_66_2_above_pre -1
 pre_1_66_3 pre_definition_1_66_3 1
 pre_1_66_3 relu_1_66_3_above_pre -1
 pre_1_66_4 pre_definition_1_66_4 1
 pre_1_66_4 relu_1_66_4_above_pre -1
 pre_1_66_5 pre_definition_1_66_5 1
 pre_1_66_5 relu_1_66_5_above_pre -1
 pre_1_66_6 pre_definition_1_66_6 1
 pre_1_66_6 relu_1_66_6_above_pre -1
 pre_1_66_7 pre_definition_1_66_7 1
 pre_1_66_7 relu_1_66_7_above_pre -1
 pre_1_67_0 pre_definition_1_67_0 1
 pre_1_67_0 relu_1_67_0_above_pre -1
 pre_1_67_1 pre_definition_1_67_1 1
 pre_1_67_1 relu_1_67_1_above_pre -1
 pre_1_67_2 pre_definition_1_67_2 1
 pre_1_67_2 relu_1_67_2_above_pre -1
 pre_1_67_3 pre_definition_1_67_3 1
 pre_1_67_3 relu_1_67_3_above_pre -1
 pre_1_67_4 pre_definition_1_67_4 1
 pre_1_67_4 relu_1_67_4_above_pre -1
 pre_1_67_5 pre_definition_1_67_5 1
 pre_1_67_5 relu_1_67_5_above_pre -1
 pre_1_67_6 pre_definition_1_67_6 1
 pre_1_67_6 relu_1_67_6_above_pre -1
 pre_1_67_7 pre_definition_1_67_7 1
 pre_1_67_7 relu_1_67_7_above_pre -1
 pre_1_68_0 pre_definition_1_68_0 1
 pre_1_68_0 relu_1_68_0_above_pre -1
 pre_1_68_1 pre_definition_1_68_1 1
 pre_1_68_1 relu_1_68_1_above_pre -1
 pre_1_68_2 pre_definition_1_68_2 1
 pre_1_68_2 relu_1_68_2_above_pre -1
 pre_1_68_3 pre_definition_1_68_3 1
 pre_1_68_3 relu_1_68_3_above_pre -1
 pre_1_68_4 pre_definition_1_68_4 1
 pre_1_68_4 relu_1_68_4_above_pre -1
 pre_1_68_5 pre_definition_1_68_5 1
 pre_1_68_5 relu_1_68_5_above_pre -1
 pre_1_68_6 pre_definition_1_68_6 1
 pre_1_68_6 relu_1_68_6_above_pre -1
 pre_1_68_7 pre_definition_1_68_7 1
 pre_1_68_7 relu_1_68_7_above_pre -1
 pre_1_69_0 pre_definition_1_69_0 1
 pre_1_69_0 relu_1_69_0_above_pre -1
 pre_1_69_1 pre_definition_1_69_1 1
 pre_1_69_1 relu_1_69_1_above_pre -1
 pre_1_69_2 pre_definition_1_69_2 1
 pre_1_69_2 relu_1_69_2_above_pre -1
 pre_1_69_3 pre_definition_1_69_3 1
 pre_1_69_3 relu_1_69_3_above_pre -1
 pre_1_69_4 pre_definition_1_69_4 1
 pre_1_69_4 relu_1_69_4_above_pre -1
 pre_1_69_5 pre_definition_1_69_5 1
 pre_1_69_5 relu_1_69_5_above_pre -1
 pre_1_69_6 pre_definition_1_69_6 1
 pre_1_69_6 relu_1_69_6_above_pre -1
 pre_1_69_7 pre_definition_1_69_7 1
 pre_1_69_7 relu_1_69_7_above_pre -1
 pre_1_70_0 pre_definition_1_70_0 1
 pre_1_70_0 relu_1_70_0_above_pre -1
 pre_1_70_1 pre_definition_1_70_1 1
 pre_1_70_1 relu_1_70_1_above_pre -1
 pre_1_70_2 pre_definition_1_70_2 1
 pre_1_70_2 relu_1_70_2_above_pre -1
 pre_1_70_3 pre_definition_1_70_3 1
 pre_1_70_3 relu_1_70_3_above_pre -1
 pre_1_70_4 pre_definition_1_70_4 1
 pre_1_70_4 relu_1_70_4_above_pre -1
 pre_1_70_5 pre_definition_1_70_5 1
 pre_1_70_5 relu_1_70_5_above_pre -1
 pre_1_70_6 pre_definition_1_70_6 1
 pre_1_70_6 relu_1_70_6_above_pre -1
 pre_1_70_7 pre_definition_1_70_7 1
 pre_1_70_7 relu_1_70_7_above_pre -1
 pre_1_71_0 pre_definition_1_71_0 1
 pre_1_71_0 relu_1_71_0_above_pre -1
 pre_1_71_1 pre_definition_1_71_1 1
 pre_1_71_1 relu_1_71_1_above_pre -1
 pre_1_71_2 pre_definition_1_71_2 1
 pre_1_71_2 relu_1_71_2_above_pre -1
 pre_1_71_3 pre_definition_1_71_3 1
 pre_1_71_3 relu_1_71_3_above_pre -1
 pre_1_71_4 pre_definition_1_71_4 1
 pre_1_71_4 relu_1_71_4_above_pre -1
 pre_1_71_5 pre_definition_1_71_5 1
 pre_1_71_5 relu_1_71_5_above_pre -1
 pre_1_71_6 pre_definition_1_71_6 1
 pre_1_71_6 relu_1_71_6_above_pre -1
 pre_1_71_7 pre_definition_1_71_7 1
 pre_1_71_7 relu_1_71_7_above_pre -1
 pre_1_72_0 pre_definition_1_72_0 1
 pre_1_72_0 relu_1_72_0_above_pre -1
 pre_1_72_1 pre_definition_1_72_1 1
 pre_1_72_1 relu_1_72_1_above_pre -1
 pre_1_72_2 pre_definition_1_72_2 1
 pre_1_72_2 relu_1_72_2_above_pre -1
 pre_1_72_3 pre_definition_1_72_3 1
 pre_1_72_3 relu_1_72_3_above_pre -1
 pre_1_72_4 pre_definition_1_72_4 1
 pre_1_72_4 relu_1_72_4_above_pre -1
 pre_1_72_5 pre_definition_1_72_5 1
 pre_1_72_5 relu_1_72_5_above_pre -1
 pre_1_72_6 pre_definition_1_72_6 1
 pre_1_72_6 relu_1_72_6_above_pre -1
 pre_1_72_7 pre_definition_1_72_7 1
 pre_1_72_7 relu_1_72_7_above_pre -1
 pre_1_73_0 pre_definition_1_73_0 1
 pre_1_73_0 relu_1_73_0_above_pre -1
 pre_1_73_1 pre_definition_1_73_1 1
 pre_1_73_1 relu_1_73_1_above_pre -1
 pre_1_73_2 pre_definition_1_73_2 1
 pre_1_73_2 relu_1_73_2_above_pre -1
 pre_1_73_3 pre_definition_1_73_3 1
 pre_1_73_3 relu_1_73_3_above_pre -1
 pre_1_73_4 pre_definition_1_73_4 1
 pre_1_73_4 relu_1_73_4_above_pre -1
 pre_1_73_5 pre_definition_1_73_5 1
 pre_1_73_5 relu_1_73_5_above_pre -1
 pre_1_73_6 pre_definition_1_73_6 1
 pre_1_73_6 relu_1_73_6_above_pre -1
 pre_1_73_7 pre_definition_1_73_7 1
 pre_1_73_7 relu_1_73_7_above_pre -1
 pre_1_74_0 pre_definition_1_74_0 1
 pre_1_74_0 relu_1_74_0_above_pre -1
 pre_1_74_1 pre_definition_1_74_1 1
 pre_1_74_1 relu_1_74_1_above_pre -1
 pre_1_74_2 pre_definition_1_74_2 1
 pre_1_74_2 relu_1_74_2_above_pre -1
 pre_1_74_3 pre_definition_1_74_3 1
 pre_1_74_3 relu_1_74_3_above_pre -1
 pre_1_74_4 pre_definition_1_74_4 1
 pre_1_74_4 relu_1_74_4_above_pre -1
 pre_1_74_5 pre_definition_1_74_5 1
 pre_1_74_5 relu_1_74_5_above_pre -1
 pre_1_74_6 pre_definition_1_74_6 1
 pre_1_74_6 relu_1_74_6_above_pre -1
 pre_1_74_7 pre_definition_1_74_7 1
 pre_1_74_7 relu_1_74_7_above_pre -1
 pre_1_75_0 pre_definition_1_75_0 1
 pre_1_75_0 relu_1_75_0_above_pre -1
 pre_1_75_1 pre_definition_1_75_1 1
 pre_1_75_1 relu_1_75_1_above_pre -1
 pre_1_75_2 pre_definition_1_75_2 1
 pre_1_75_2 relu_1_75_2_above_pre -1
 pre_1_75_3 pre_definition_1_75_3 1
 pre_1_75_3 relu_1_75_3_above_pre -1
 pre_1_75_4 pre_definition_1_75_4 1
 pre_1_75_4 relu_1_75_4_above_pre -1
 pre_1_75_5 pre_definition_1_75_5 1
 pre_1_75_5 relu_1_75_5_above_pre -1
 pre_1_75_6 pre_definition_1_75_6 1
 pre_1_75_6 relu_1_75_6_above_pre -1
 pre_1_75_7 pre_definition_1_75_7 1
 pre_1_75_7 relu_1_75_7_above_pre -1
 pre_1_76_0 pre_definition_1_76_0 1
 pre_1_76_0 relu_1_76_0_above_pre -1
 pre_1_76_1 pre_definition_1_76_1 1
 pre_1_76_1 relu_1_76_1_above_pre -1
 pre_1_76_2 pre_definition_1_76_2 1
 pre_1_76_2 relu_1_76_2_above_pre -1
 pre_1_76_3 pre_definition_1_76_3 1
 pre_1_76_3 relu_1_76_3_above_pre -1
 pre_1_76_4 pre_definition_1_76_4 1
 pre_1_76_4 relu_1_76_4_above_pre -1
 pre_1_76_5 pre_definition_1_76_5 1
 pre_1_76_5 relu_1_76_5_above_pre -1
 pre_1_76_6 pre_definition_1_76_6 1
 pre_1_76_6 relu_1_76_6_above_pre -1
 pre_1_76_7 pre_definition_1_76_7 1
 pre_1_76_7 relu_1_76_7_above_pre -1
 pre_1_77_0 pre_definition_1_77_0 1
 pre_1_77_0 relu_1_77_0_above_pre -1
 pre_1_77_1 pre_definition_1_77_1 1
 pre_1_77_1 relu_1_77_1_above_pre -1
 pre_1_77_2 pre_definition_1_77_2 1
 pre_1_77_2 relu_1_77_2_above_pre -1
 pre_1_77_3 pre_definition_1_77_3 1
 pre_1_77_3 relu_1_77_3_above_pre -1
 pre_1_77_4 pre_definition_1_77_4 1
 pre_1_77_4 relu_1_77_4_above_pre -1
 pre_1_77_5 pre_definition_1_77_5 1
 pre_1_77_5 relu_1_77_5_above_pre -1
 pre_1_77_6 pre_definition_1_77_6 1
 pre_1_77_6 relu_1_77_6_above_pre -1
 pre_1_77_7 pre_definition_1_77_7 1
 pre_1_77_7 relu_1_77_7_above_pre -1
 pre_1_78_0 pre_definition_1_78_0 1
 pre_1_78_0 relu_1_78_0_above_pre -1
 pre_1_78_1 pre_definition_1_78_1 1
 pre_1_78_1 relu_1_78_1_above_pre -1
 pre_1_78_2 pre_definition_1_78_2 1
 pre_1_78_2 relu_1_78_2_above_pre -1
 pre_1_78_3 pre_definition_1_78_3 1
 pre_1_78_3 relu_1_78_3_above_pre -1
 pre_1_78_4 pre_definition_1_78_4 1
 pre_1_78_4 relu_1_78_4_above_pre -1
 pre_1_78_5 pre_definition_1_78_5 1
 pre_1_78_5 relu_1_78_5_above_pre -1
 pre_1_78_6 pre_definition_1_78_6 1
 pre_1_78_6 relu_1_78_6_above_pre -1
 pre_1_78_7 pre_definition_1_78_7 1
 pre_1_78_7 relu_1_78_7_above_pre -1
 pre_1_79_0 pre_definition_1_79_0 1
 pre_1_79_0 relu_1_79_0_above_pre -1
 pre_1_79_1 pre_definition_1_79_1 1
 pre_1_79_1 relu_1_79_1_above_pre -1
 pre_1_79_2 pre_definition_1_79_2 1
 pre_1_79_2 relu_1_79_2_above_pre -1
 pre_1_79_3 pre_definition_1_79_3 1
 pre_1_79_3 relu_1_79_3_above_pre -1
 pre_1_79_4 pre_definition_1_79_4 1
 pre_1_79_4 relu_1_79_4_above_pre -1
 pre_1_79_5 pre_definition_1_79_5 1
 pre_1_79_5 relu_1_79_5_above_pre -1
 pre_1_79_6 pre_definition_1_79_6 1
 pre_1_79_6 relu_1_79_6_above_pre -1
 pre_1_79_7 pre_definition_1_79_7 1
 pre_1_79_7 relu_1_79_7_above_pre -1
 pre_1_80_0 pre_definition_1_80_0 1
 pre_1_80_0 relu_1_80_0_above_pre -1
 pre_1_80_1 pre_definition_1_80_1 1
 pre_1_80_1 relu_1_80_1_above_pre -1
 pre_1_80_2 pre_definition_1_80_2 1
 pre_1_80_2 relu_1_80_2_above_pre -1
 pre_1_80_3 pre_definition_1_80_3 1
 pre_1_80_3 relu_1_80_3_above_pre -1
 pre_1_80_4 pre_definition_1_80_4 1
 pre_1_80_4 relu_1_80_4_above_pre -1
 pre_1_80_5 pre_definition_1_80_5 1
 pre_1_80_5 relu_1_80_5_above_pre -1
 pre_1_80_6 pre_definition_1_80_6 1
 pre_1_80_6 relu_1_80_6_above_pre -1
 pre_1_80_7 pre_definition_1_80_7 1
 pre_1_80_7 relu_1_80_7_above_pre -1
 pre_1_81_0 pre_definition_1_81_0 1
 pre_1_81_0 relu_1_81_0_above_pre -1
 pre_1_81_1 pre_definition_1_81_1 1
 pre_1_81_1 relu_1_81_1_above_pre -1
 pre_1_81_2 pre_definition_1_81_2 1
 pre_1_81_2 relu_1_81_2_above_pre -1
 pre_1_81_3 pre_definition_1_81_3 1
 pre_1_81_3 relu_1_81_3_above_pre -1
 pre_1_81_4 pre_definition_1_81_4 1
 pre_1_81_4 relu_1_81_4_above_pre -1
 pre_1_81_5 pre_definition_1_81_5 1
 pre_1_81_5 relu_1_81_5_above_pre -1
 pre_1_81_6 pre_definition_1_81_6 1
 pre_1_81_6 relu_1_81_6_above_pre -1
 pre_1_81_7 pre_definition_1_81_7 1
 pre_1_81_7 relu_1_81_7_above_pre -1
 pre_1_82_0 pre_definition_1_82_0 1
 pre_1_82_0 relu_1_82_0_above_pre -1
 pre_1_82_1 pre_definition_1_82_1 1
 pre_1_82_1 relu_1_82_1_above_pre -1
 pre_1_82_2 pre_definition_1_82_2 1
 pre_1_82_2 relu_1_82_2_above_pre -1
 pre_1_82_3 pre_definition_1_82_3 1
 pre_1_82_3 relu_1_82_3_above_pre -1
 pre_1_82_4 pre_definition_1_82_4 1
 pre_1_82_4 relu_1_82_4_above_pre -1
 pre_1_82_5 pre_definition_1_82_5 1
 pre_1_82_5 relu_1_82_5_above_pre -1
 pre_1_82_6 pre_definition_1_82_6 1
 pre_1_82_6 relu_1_82_6_above_pre -1
 pre_1_82_7 pre_definition_1_82_7 1
 pre_1_82_7 relu_1_82_7_above_pre -1
 pre_1_83_0 pre_definition_1_83_0 1
 pre_1_83_0 relu_1_83_0_above_pre -1
 pre_1_83_1 pre_definition_1_83_1 1
 pre_1_83_1 relu_1_83_1_above_pre -1
 pre_1_83_2 pre_definition_1_83_2 1
 pre_1_83_2 relu_1_83_2_above_pre -1
 pre_1_83_3 pre_definition_1_83_3 1
 pre_1_83_3 relu_1_83_3_above_pre -1
 pre_1_83_4 pre_definition_1_83_4 1
 pre_1_83_4 relu_1_83_4_above_pre -1
 pre_1_83_5 pre_definition_1_83_5 1
 pre_1_83_5 relu_1_83_5_above_pre -1
 pre_1_83_6 pre_definition_1_83_6 1
 pre_1_83_6 relu_1_83_6_above_pre -1
 pre_1_83_7 pre_definition_1_83_7 1
 pre_1_83_7 relu_1_83_7_above_pre -1
 pre_1_84_0 pre_definition_1_84_0 1
 pre_1_84_0 relu_1_84_0_above_pre -1
 pre_1_84_1 pre_definition_1_84_1 1
 pre_1_84_1 relu_1_84_1_above_pre -1
 pre_1_84_2 pre_definition_1_84_2 1
 pre_1_84_2 relu_1_84_2_above_pre -1
 pre_1_84_3 pre_definition_1_84_3 1
 pre_1_84_3 relu_1_84_3_above_pre -1
 pre_1_84_4 pre_definition_1_84_4 1
 pre_1_84_4 relu_1_84_4_above_pre -1
 pre_1_84_5 pre_definition_1_84_5 1
 pre_1_84_5 relu_1_84_5_above_pre -1
 pre_1_84_6 pre_definition_1_84_6 1
 pre_1_84_6 relu_1_84_6_above_pre -1
 pre_1_84_7 pre_definition_1_84_7 1
 pre_1_84_7 relu_1_84_7_above_pre -1
 pre_1_85_0 pre_definition_1_85_0 1
 pre_1_85_0 relu_1_85_0_above_pre -1
 pre_1_85_1 pre_definition_1_85_1 1
 pre_1_85_1 relu_1_85_1_above_pre -1
 pre_1_85_2 pre_definition_1_85_2 1
 pre_1_85_2 relu_1_85_2_above_pre -1
 pre_1_85_3 pre_definition_1_85_3 1
 pre_1_85_3 relu_1_85_3_above_pre -1
 pre_1_85_4 pre_definition_1_85_4 1
 pre_1_85_4 relu_1_85_4_above_pre -1
 pre_1_85_5 pre_definition_1_85_5 1
 pre_1_85_5 relu_1_85_5_above_pre -1
 pre_1_85_6 pre_definition_1_85_6 1
 pre_1_85_6 relu_1_85_6_above_pre -1
 pre_1_85_7 pre_definition_1_85_7 1
 pre_1_85_7 relu_1_85_7_above_pre -1
 pre_1_86_0 pre_definition_1_86_0 1
 pre_1_86_0 relu_1_86_0_above_pre -1
 pre_1_86_1 pre_definition_1_86_1 1
 pre_1_86_1 relu_1_86_1_above_pre -1
 pre_1_86_2 pre_definition_1_86_2 1
 pre_1_86_2 relu_1_86_2_above_pre -1
 pre_1_86_3 pre_definition_1_86_3 1
 pre_1_86_3 relu_1_86_3_above_pre -1
 pre_1_86_4 pre_definition_1_86_4 1
 pre_1_86_4 relu_1_86_4_above_pre -1
 pre_1_86_5 pre_definition_1_86_5 1
 pre_1_86_5 relu_1_86_5_above_pre -1
 pre_1_86_6 pre_definition_1_86_6 1
 pre_1_86_6 relu_1_86_6_above_pre -1
 pre_1_86_7 pre_definition_1_86_7 1
 pre_1_86_7 relu_1_86_7_above_pre -1
 pre_1_87_0 pre_definition_1_87_0 1
 pre_1_87_0 relu_1_87_0_above_pre -1
 pre_1_87_1 pre_definition_1_87_1 1
 pre_1_87_1 relu_1_87_1_above_pre -1
 pre_1_87_2 pre_definition_1_87_2 1
 pre_1_87_2 relu_1_87_2_above_pre -1
 pre_1_87_3 pre_definition_1_87_3 1
 pre_1_87_3 relu_1_87_3_above_pre -1
 pre_1_87_4 pre_definition_1_87_4 1
 pre_1_87_4 relu_1_87_4_above_pre -1
 pre_1_87_5 pre_definition_1_87_5 1
 pre_1_87_5 relu_1_87_5_above_pre -1
 pre_1_87_6 pre_definition_1_87_6 1
 pre_1_87_6 relu_1_87_6_above_pre -1
 pre_1_87_7 pre_definition_1_87_7 1
 pre_1_87_7 relu_1_87_7_above_pre -1
 pre_1_88_0 pre_definition_1_88_0 1
 pre_1_88_0 relu_1_88_0_above_pre -1
 pre_1_88_1 pre_definition_1_88_1 1
 pre_1_88_1 relu_1_88_1_above_pre -1
 pre_1_88_2 pre_definition_1_88_2 1
 pre_1_88_2 relu_1_88_2_above_pre -1
 pre_1_88_3 pre_definition_1_88_3 1
 pre_1_88_3 relu_1_88_3_above_pre -1
 pre_1_88_4 pre_definition_1_88_4 1
 pre_1_88_4 relu_1_88_4_above_pre -1
 pre_1_88_5 pre_definition_1_88_5 1
 pre_1_88_5 relu_1_88_5_above_pre -1
 pre_1_88_6 pre_definition_1_88_6 1
 pre_1_88_6 relu_1_88_6_above_pre -1
 pre_1_88_7 pre_definition_1_88_7 1
 pre_1_88_7 relu_1_88_7_above_pre -1
 pre_1_89_0 pre_definition_1_89_0 1
 pre_1_89_0 relu_1_89_0_above_pre -1
 pre_1_89_1 pre_definition_1_89_1 1
 pre_1_89_1 relu_1_89_1_above_pre -1
 pre_1_89_2 pre_definition_1_89_2 1
 pre_1_89_2 relu_1_89_2_above_pre -1
 pre_1_89_3 pre_definition_1_89_3 1
 pre_1_89_3 relu_1_89_3_above_pre -1
 pre_1_89_4 pre_definition_1_89_4 1
 pre_1_89_4 relu_1_89_4_above_pre -1
 pre_1_89_5 pre_definition_1_89_5 1
 pre_1_89_5 relu_1_89_5_above_pre -1
 pre_1_89_6 pre_definition_1_89_6 1
 pre_1_89_6 relu_1_89_6_above_pre -1
 pre_1_89_7 pre_definition_1_89_7 1
 pre_1_89_7 relu_1_89_7_above_pre -1
 pre_1_90_0 pre_definition_1_90_0 1
 pre_1_90_0 relu_1_90_0_above_pre -1
 pre_1_90_1 pre_definition_1_90_1 1
 pre_1_90_1 relu_1_90_1_above_pre -1
 pre_1_90_2 pre_definition_1_90_2 1
 pre_1_90_2 relu_1_90_2_above_pre -1
 pre_1_90_3 pre_definition_1_90_3 1
 pre_1_90_3 relu_1_90_3_above_pre -1
 pre_1_90_4 pre_definition_1_90_4 1
 pre_1_90_4 relu_1_90_4_above_pre -1
 pre_1_90_5 pre_definition_1_90_5 1
 pre_1_90_5 relu_1_90_5_above_pre -1
 pre_1_90_6 pre_definition_1_90_6 1
 pre_1_90_6 relu_1_90_6_above_pre -1
 pre_1_90_7 pre_definition_1_90_7 1
 pre_1_90_7 relu_1_90_7_above_pre -1
 post_1_0_0 relu_1_0_0_above_pre 1
 post_1_0_1 relu_1_0_1_above_pre 1
 post_1_0_2 relu_1_0_2_above_pre 1
 post_1_0_3 relu_1_0_3_above_pre 1
 post_1_0_4 relu_1_0_4_above_pre 1
 post_1_0_5 relu_1_0_5_above_pre 1
 post_1_0_6 relu_1_0_6_above_pre 1
 post_1_0_7 relu_1_0_7_above_pre 1
 post_1_1_0 relu_1_1_0_above_pre 1
 post_1_1_1 relu_1_1_1_above_pre 1
 post_1_1_2 relu_1_1_2_above_pre 1
 post_1_1_3 relu_1_1_3_above_pre 1
 post_1_1_4 relu_1_1_4_above_pre 1
 post_1_1_5 relu_1_1_5_above_pre 1
 post_1_1_6 relu_1_1_6_above_pre 1
 post_1_1_7 relu_1_1_7_above_pre 1
 post_1_2_0 relu_1_2_0_above_pre 1
 post_1_2_1 relu_1_2_1_above_pre 1
 post_1_2_2 relu_1_2_2_above_pre 1
 post_1_2_3 relu_1_2_3_above_pre 1
 post_1_2_4 relu_1_2_4_above_pre 1
 post_1_2_5 relu_1_2_5_above_pre 1
 post_1_2_6 relu_1_2_6_above_pre 1
 post_1_2_7 relu_1_2_7_above_pre 1
 post_1_3_0 relu_1_3_0_above_pre 1
 post_1_3_1 relu_1_3_1_above_pre 1
 post_1_3_2 relu_1_3_2_above_pre 1
 post_1_3_3 relu_1_3_3_above_pre 1
 post_1_3_4 relu_1_3_4_above_pre 1
 post_1_3_5 relu_1_3_5_above_pre 1
 post_1_3_6 relu_1_3_6_above_pre 1
 post_1_3_7 relu_1_3_7_above_pre 1
 post_1_4_0 relu_1_4_0_above_pre 1
 post_1_4_1 relu_1_4_1_above_pre 1
 post_1_4_2 relu_1_4_2_above_pre 1
 post_1_4_3 relu_1_4_3_above_pre 1
 post_1_4_4 relu_1_4_4_above_pre 1
 post_1_4_5 relu_1_4_5_above_pre 1
 post_1_4_6 relu_1_4_6_above_pre 1
 post_1_4_7 relu_1_4_7_above_pre 1
 post_1_5_0 relu_1_5_0_above_pre 1
 post_1_5_1 relu_1_5_1_above_pre 1
 post_1_5_2 relu_1_5_2_above_pre 1
 post_1_5_3 relu_1_5_3_above_pre 1
 post_1_5_4 relu_1_5_4_above_pre 1
 post_1_5_5 relu_1_5_5_above_pre 1
 post_1_5_6 relu_1_5_6_above_pre 1
 post_1_5_7 relu_1_5_7_above_pre 1
 post_1_6_0 relu_1_6_0_above_pre 1
 post_1_6_1 relu_1_6_1_above_pre 1
 post_1_6_2 relu_1_6_2_above_pre 1
 post_1_6_3 relu_1_6_3_above_pre 1
 post_1_6_4 relu_1_6_4_above_pre 1
 post_1_6_5 relu_1_6_5_above_pre 1
 post_1_6_6 relu_1_6_6_above_pre 1
 post_1_6_7 relu_1_6_7_above_pre 1
 post_1_7_0 relu_1_7_0_above_pre 1
 post_1_7_1 relu_1_7_1_above_pre 1
 post_1_7_2 relu_1_7_2_above_pre 1
 post_1_7_3 relu_1_7_3_above_pre 1
 post_1_7_4 relu_1_7_4_above_pre 1
 post_1_7_5 relu_1_7_5_above_pre 1
 post_1_7_6 relu_1_7_6_above_pre 1
 post_1_7_7 relu_1_7_7_above_pre 1
 post_1_8_0 relu_1_8_0_above_pre 1
 post_1_8_1 relu_1_8_1_above_pre 1
 post_1_8_2 relu_1_8_2_above_pre 1
 post_1_8_3 relu_1_8_3_above_pre 1
 post_1_8_4 relu_1_8_4_above_pre 1
 post_1_8_5 relu_1_8_5_above_pre 1
 post_1_8_6 relu_1_8_6_above_pre 1
 post_1_8_7 relu_1_8_7_above_pre 1
 post_1_9_0 relu_1_9_0_above_pre 1
 post_1_9_1 relu_1_9_1_above_pre 1
 post_1_9_2 relu_1_9_2_above_pre 1
 post_1_9_3 relu_1_9_3_above_pre 1
 post_1_9_4 relu_1_9_4_above_pre 1
 post_1_9_5 relu_1_9_5_above_pre 1
 post_1_9_6 relu_1_9_6_above_pre 1
 post_1_9_7 relu_1_9_7_above_pre 1
 post_1_10_0 relu_1_10_0_above_pre 1
 post_1_10_1 relu_1_10_1_above_pre 1
 post_1_10_2 relu_1_10_2_above_pre 1
 post_1_10_3 relu_1_10_3_above_pre 1
 post_1_10_4 relu_1_10_4_above_pre 1
 post_1_10_5 relu_1_10_5_above_pre 1
 post_1_10_6 relu_1_10_6_above_pre 1
 post_1_10_7 relu_1_10_7_above_pre 1
 post_1_11_0 relu_1_11_0_above_pre 1
 post_1_11_1 relu_1_11_1_above_pre 1
 post_1_11_2 relu_1_11_2_above_pre 1
 post_1_11_3 relu_1_11_3_above_pre 1
 post_1_11_4 relu_1_11_4_above_pre 1
 post_1_11_5 relu_1_11_5_above_pre 1
 post_1_11_6 relu_1_11_6_above_pre 1
 post_1_11_7 relu_1_11_7_above_pre 1
 post_1_12_0 relu_1_12_0_above_pre 1
 post_1_12_1 relu_1_12_1_above_pre 1
 post_1_12_2 relu_1_12_2_above_pre 1
 post_1_12_3 relu_1_12_3_above_pre 1
 post_1_12_4 relu_1_12_4_above_pre 1
 post_1_12_5 relu_1_12_5_above_pre 1
 post_1_12_6 relu_1_12_6_above_pre 1
 post_1_12_7 relu_1_12_7_above_pre 1
 post_1_13_0 relu_1_13_0_above_pre 1
 post_1_13_1 relu_1_13_1_above_pre 1
 post_1_13_2 relu_1_13_2_above_pre 1
 post_1_13_3 relu_1_13_3_above_pre 1
 post_1_13_4 relu_1_13_4_above_pre 1
 post_1_13_5 relu_1_13_5_above_pre 1
 post_1_13_6 relu_1_13_6_above_pre 1
 post_1_13_7 relu_1_13_7_above_pre 1
 post_1_14_0 relu_1_14_0_above_pre 1
 post_1_14_1 relu_1_14_1_above_pre 1
 post_1_14_2 relu_1_14_2_above_pre 1
 post_1_14_3 relu_1_14_3_above_pre 1
 post_1_14_4 relu_1_14_4_above_pre 1
 post_1_14_5 relu_1_14_5_above_pre 1
 post_1_14_6 relu_1_14_6_above_pre 1
 post_1_14_7 relu_1_14_7_above_pre 1
 post_1_15_0 relu_1_15_0_above_pre 1
 post_1_15_1 relu_1_15_1_above_pre 1
 post_1_15_2 relu_1_15_2_above_pre 1
 post_1_15_3 relu_1_15_3_above_pre 1
 post_1_15_4 relu_1_15_4_above_pre 1
 post_1_15_5 relu_1_15_5_above_pre 1
 post_1_15_6 relu_1_15_6_above_pre 1
 post_1_15_7 relu_1_15_7_above_pre 1
 post_1_16_0 relu_1_16_0_above_pre 1
 post_1_16_1 relu_1_16_1_above_pre 1
 post_1_16_2 relu_1_16_2_above_pre 1
 post_1_16_3 relu_1_16_3_above_pre 1
 post_1_16_4 relu_1_16_4_above_pre 1
 post_1_16_5 relu_1_16_5_above_pre 1
 post_1_16_6 relu_1_16_6_above_pre 1
 post_1_16_7 relu_1_16_7_above_pre 1
 post_1_17_0 relu_1_17_0_above_pre 1
 post_1_17_1 relu_1_17_1_above_pre 1
 post_1_17_2 relu_1_17_2_above_pre 1
 post_1_17_3 relu_1_17_3_above_pre 1
 post_1_17_4 relu_1_17_4_above_pre 1
 post_1_17_5 relu_1_17_5_above_pre 1
 post_1_17_6 relu_1_17_6_above_pre 1
 post_1_17_7 relu_1_17_7_above_pre 1
 post_1_18_0 relu_1_18_0_above_pre 1
 post_1_18_1 relu_1_18_1_above_pre 1
 post_1_18_2 relu_1_18_2_above_pre 1
 post_1_18_3 relu_1_18_3_above_pre 1
 post_1_18_4 relu_1_18_4_above_pre 1
 post_1_18_5 relu_1_18_5_above_pre 1
 post_1_18_6 relu_1_18_6_above_pre 1
 post_1_18_7 relu_1_18_7_above_pre 1
 post_1_19_0 relu_1_19_0_above_pre 1
 post_1_19_1 relu_1_19_1_above_pre 1
 post_1_19_2 relu_1_19_2_above_pre 1
 post_1_19_3 relu_1_19_3_above_pre 1
 post_1_19_4 relu_1_19_4_above_pre 1
 post_1_19_5 relu_1_19_5_above_pre 1
 post_1_19_6 relu_1_19_6_above_pre 1
 post_1_19_7 relu_1_19_7_above_pre 1
 post_1_20_0 relu_1_20_0_above_pre 1
 post_1_20_1 relu_1_20_1_above_pre 1
 post_1_20_2 relu_1_20_2_above_pre 1
 post_1_20_3 relu_1_20_3_above_pre 1
 post_1_20_4 relu_1_20_4_above_pre 1
 post_1_20_5 relu_1_20_5_above_pre 1
 post_1_20_6 relu_1_20_6_above_pre 1
 post_1_20_7 relu_1_20_7_above_pre 1
 post_1_21_0 relu_1_21_0_above_pre 1
 post_1_21_1 relu_1_21_1_above_pre 1
 post_1_21_2 relu_1_21_2_above_pre 1
 post_1_21_3 relu_1_21_3_above_pre 1
 post_1_21_4 relu_1_21_4_above_pre 1
 post_1_21_5 relu_1_21_5_above_pre 1
 post_1_21_6 relu_1_21_6_above_pre 1
 post_1_21_7 relu_1_21_7_above_pre 1
 post_1_22_0 relu_1_22_0_above_pre 1
 post_1_22_1 relu_1_22_1_above_pre 1
 post_1_22_2 relu_1_22_2_above_pre 1
 post_1_22_3 relu_1_22_3_above_pre 1
 post_1_22_4 relu_1_22_4_above_pre 1
 post_1_22_5 relu_1_22_5_above_pre 1
 post_1_22_6 relu_1_22_6_above_pre 1
 post_1_22_7 relu_1_22_7_above_pre 1
 post_1_23_0 relu_1_23_0_above_pre 1
 post_1_23_1 relu_1_23_1_above_pre 1
 post_1_23_2 relu_1_23_2_above_pre 1
 post_1_23_3 relu_1_23_3_above_pre 1
 post_1_23_4 relu_1_23_4_above_pre 1
 post_1_23_5 relu_1_23_5_above_pre 1
 post_1_23_6 relu_1_23_6_above_pre 1
 post_1_23_7 relu_1_23_7_above_pre 1
 post_1_24_0 relu_1_24_0_above_pre 1
 post_1_24_1 relu_1_24_1_above_pre 1
 post_1_24_2 relu_1_24_2_above_pre 1
 post_1_24_3 relu_1_24_3_above_pre 1
 post_1_24_4 relu_1_24_4_above_pre 1
 post_1_24_5 relu_1_24_5_above_pre 1
 post_1_24_6 relu_1_24_6_above_pre 1
 post_1_24_7 relu_1_24_7_above_pre 1
 post_1_25_0 relu_1_25_0_above_pre 1
 post_1_25_1 relu_1_25_1_above_pre 1
 post_1_25_2 relu_1_25_2_above_pre 1
 post_1_25_3 relu_1_25_3_above_pre 1
 post_1_25_4 relu_1_25_4_above_pre 1
 post_1_25_5 relu_1_25_5_above_pre 1
 post_1_25_6 relu_1_25_6_above_pre 1
 post_1_25_7 relu_1_25_7_above_pre 1
 post_1_26_0 relu_1_26_0_above_pre 1
 post_1_26_1 relu_1_26_1_above_pre 1
 post_1_26_2 relu_1_26_2_above_pre 1
 post_1_26_3 relu_1_26_3_above_pre 1
 post_1_26_4 relu_1_26_4_above_pre 1
 post_1_26_5 relu_1_26_5_above_pre 1
 post_1_26_6 relu_1_26_6_above_pre 1
 post_1_26_7 relu_1_26_7_above_pre 1
 post_1_27_0 relu_1_27_0_above_pre 1
 post_1_27_1 relu_1_27_1_above_pre 1
 post_1_27_2 relu_1_27_2_above_pre 1
 post_1_27_3 relu_1_27_3_above_pre 1
 post_1_27_4 relu_1_27_4_above_pre 1
 post_1_27_5 relu_1_27_5_above_pre 1
 post_1_27_6 relu_1_27_6_above_pre 1
 post_1_27_7 relu_1_27_7_above_pre 1
 post_1_28_0 relu_1_28_0_above_pre 1
 post_1_28_1 relu_1_28_1_above_pre 1
 post_1_28_2 relu_1_28_2_above_pre 1
 post_1_28_3 relu_1_28_3_above_pre 1
 post_1_28_4 relu_1_28_4_above_pre 1
 post_1_28_5 relu_1_28_5_above_pre 1
 post_1_28_6 relu_1_28_6_above_pre 1
 post_1_28_7 relu_1_28_7_above_pre 1
 post_1_29_0 relu_1_29_0_above_pre 1
 post_1_29_1 relu_1_29_1_above_pre 1
 post_1_29_2 relu_1_29_2_above_pre 1
 post_1_29_3 relu_1_29_3_above_pre 1
 post_1_29_4 relu_1_29_4_above_pre 1
 post_1_29_5 relu_1_29_5_above_pre 1
 post_1_29_6 relu_1_29_6_above_pre 1
 post_1_29_7 relu_1_29_7_above_pre 1
 post_1_30_0 relu_1_30_0_above_pre 1
 post_1_30_1 relu_1_30_1_above_pre 1
 post_1_30_2 relu_1_30_2_above_pre 1
 post_1_30_3 relu_1_30_3_above_pre 1
 post_1_30_4 relu_1_30_4_above_pre 1
 post_1_30_5 relu_1_30_5_above_pre 1
 post_1_30_6 relu_1_30_6_above_pre 1
 post_1_30_7 relu_1_30_7_above_pre 1
 post_1_31_0 relu_1_31_0_above_pre 1
 post_1_31_1 relu_1_31_1_above_pre 1
 post_1_31_2 relu_1_31_2_above_pre 1
 post_1_31_3 relu_1_31_3_above_pre 1
 post_1_31_4 relu_1_31_4_above_pre 1
 post_1_31_5 relu_1_31_5_above_pre 1
 post_1_31_6 relu_1_31_6_above_pre 1
 post_1_31_7 relu_1_31_7_above_pre 1
 post_1_32_0 relu_1_32_0_above_pre 1
 post_1_32_1 relu_1_32_1_above_pre 1
 post_1_32_2 relu_1_32_2_above_pre 1
 post_1_32_3 relu_1_32_3_above_pre 1
 post_1_32_4 relu_1_32_4_above_pre 1
 post_1_32_5 relu_1_32_5_above_pre 1
 post_1_32_6 relu_1_32_6_above_pre 1
 post_1_32_7 relu_1_32_7_above_pre 1
 post_1_33_0 relu_1_33_0_above_pre 1
 post_1_33_1 relu_1_33_1_above_pre 1
 post_1_33_2 relu_1_33_2_above_pre 1
 post_1_33_3 relu_1_33_3_above_pre 1
 post_1_33_4 relu_1_33_4_above_pre 1
 post_1_33_5 relu_1_33_5_above_pre 1
 post_1_33_6 relu_1_33_6_above_pre 1
 post_1_33_7 relu_1_33_7_above_pre 1
 post_1_34_0 relu_1_34_0_above_pre 1
 post_1_34_1 relu_1_34_1_above_pre 1
 post_1_34_2 relu_1_34_2_above_pre 1
 post_1_34_3 relu_1_34_3_above_pre 1
 post_1_34_4 relu_1_34_4_above_pre 1
 post_1_34_5 relu_1_34_5_above_pre 1
 post_1_34_6 relu_1_34_6_above_pre 1
 post_1_34_7 relu_1_34_7_above_pre 1
 post_1_35_0 relu_1_35_0_above_pre 1
 post_1_35_1 relu_1_35_1_above_pre 1
 post_1_35_2 relu_1_35_2_above_pre 1
 post_1_35_3 relu_1_35_3_above_pre 1
 post_1_35_4 relu_1_35_4_above_pre 1
 post_1_35_5 relu_1_35_5_above_pre 1
 post_1_35_6 relu_1_35_6_above_pre 1
 post_1_35_7 relu_1_35_7_above_pre 1
 post_1_36_0 relu_1_36_0_above_pre 1
 post_1_36_1 relu_1_36_1_above_pre 1
 post_1_36_2 relu_1_36_2_above_pre 1
 post_1_36_3 relu_1_36_3_above_pre 1
 post_1_36_4 relu_1_36_4_above_pre 1
 post_1_36_5 relu_1_36_5_above_pre 1
 post_1_36_6 relu_1_36_6_above_pre 1
 post_1_36_7 relu_1_36_7_above_pre 1
 post_1_37_0 relu_1_37_0_above_pre 1
 post_1_37_1 relu_1_37_1_above_pre 1
 post_1_37_2 relu_1_37_2_above_pre 1
 post_1_37_3 relu_1_37_3_above_pre 1
 post_1_37_4 relu_1_37_4_above_pre 1
 post_1_37_5 relu_1_37_5_above_pre 1
 post_1_37_6 relu_1_37_6_above_pre 1
 post_1_37_7 relu_1_37_7_above_pre 1
 post_1_38_0 relu_1_38_0_above_pre 1
 post_1_38_1 relu_1_38_1_above_pre 1
 post_1_38_2 relu_1_38_2_above_pre 1
 post_1_38_3 relu_1_38_3_above_pre 1
 post_1_38_4 relu_1_38_4_above_pre 1
 post_1_38_5 relu_1_38_5_above_pre 1
 post_1_38_6 relu_1_38_6_above_pre 1
 post_1_38_7 relu_1_38_7_above_pre 1
 post_1_39_0 relu_1_39_0_above_pre 1
 post_1_39_1 relu_1_39_1_above_pre 1
 post_1_39_2 relu_1_39_2_above_pre 1
 post_1_39_3 relu_1_39_3_above_pre 1
 post_1_39_4 relu_1_39_4_above_pre 1
 post_1_39_5 relu_1_39_5_above_pre 1
 post_1_39_6 relu_1_39_6_above_pre 1
 post_1_39_7 relu_1_39_7_above_pre 1
 post_1_40_0 relu_1_40_0_above_pre 1
 post_1_40_1 relu_1_40_1_above_pre 1
 post_1_40_2 relu_1_40_2_above_pre 1
 post_1_40_3 relu_1_40_3_above_pre 1
 post_1_40_4 relu_1_40_4_above_pre 1
 post_1_40_5 relu_1_40_5_above_pre 1
 post_1_40_6 relu_1_40_6_above_pre 1
 post_1_40_7 relu_1_40_7_above_pre 1
 post_1_41_0 relu_1_41_0_above_pre 1
 post_1_41_1 relu_1_41_1_above_pre 1
 post_1_41_2 relu_1_41_2_above_pre 1
 post_1_41_3 relu_1_41_3_above_pre 1
 post_1_41_4 relu_1_41_4_above_pre 1
 post_1_41_5 relu_1_41_5_above_pre 1
 post_1_41_6 relu_1_41_6_above_pre 1
 post_1_41_7 relu_1_41_7_above_pre 1
 post_1_42_0 relu_1_42_0_above_pre 1
 post_1_42_1 relu_1_42_1_above_pre 1
 post_1_42_2 relu_1_42_2_above_pre 1
 post_1_42_3 relu_1_42_3_above_pre 1
 post_1_42_4 relu_1_42_4_above_pre 1
 post_1_42_5 relu_1_42_5_above_pre 1
 post_1_42_6 relu_1_42_6_above_pre 1
 post_1_42_7 relu_1_42_7_above_pre 1
 post_1_43_0 relu_1_43_0_above_pre 1
 post_1_43_1 relu_1_43_1_above_pre 1
 post_1_43_2 relu_1_43_2_above_pre 1
 post_1_43_3 relu_1_43_3_above_pre 1
 post_1_43_4 relu_1_43_4_above_pre 1
 post_1_43_5 relu_1_43_5_above_pre 1
 post_1_43_6 relu_1_43_6_above_pre 1
 post_1_43_7 relu_1_43_7_above_pre 1
 post_1_44_0 relu_1_44_0_above_pre 1
 post_1_44_1 relu_1_44_1_above_pre 1
 post_1_44_2 relu_1_44_2_above_pre 1
 post_1_44_3 relu_1_44_3_above_pre 1
 post_1_44_4 relu_1_44_4_above_pre 1
 post_1_44_5 relu_1_44_5_above_pre 1
 post_1_44_6 relu_1_44_6_above_pre 1
 post_1_44_7 relu_1_44_7_above_pre 1
 post_1_45_0 relu_1_45_0_above_pre 1
 post_1_45_1 relu_1_45_1_above_pre 1
 post_1_45_2 relu_1_45_2_above_pre 1
 post_1_45_3 relu_1_45_3_above_pre 1
 post_1_45_4 relu_1_45_4_above_pre 1
 post_1_45_5 relu_1_45_5_above_pre 1
 post_1_45_6 relu_1_45_6_above_pre 1
 post_1_45_7 relu_1_45_7_above_pre 1
 post_1_46_0 relu_1_46_0_above_pre 1
 post_1_46_1 relu_1_46_1_above_pre 1
 post_1_46_2 relu_1_46_2_above_pre 1
 post_1_46_3 relu_1_46_3_above_pre 1
 post_1_46_4 relu_1_46_4_above_pre 1
 post_1_46_5 relu_1_46_5_above_pre 1
 post_1_46_6 relu_1_46_6_above_pre 1
 post_1_46_7 relu_1_46_7_above_pre 1
 post_1_47_0 relu_1_47_0_above_pre 1
 post_1_47_1 relu_1_47_1_above_pre 1
 post_1_47_2 relu_1_47_2_above_pre 1
 post_1_47_3 relu_1_47_3_above_pre 1
 post_1_47_4 relu_1_47_4_above_pre 1
 post_1_47_5 relu_1_47_5_above_pre 1
 post_1_47_6 relu_1_47_6_above_pre 1
 post_1_47_7 relu_1_47_7_above_pre 1
 post_1_48_0 relu_1_48_0_above_pre 1
 post_1_48_1 relu_1_48_1_above_pre 1
 post_1_48_2 relu_1_48_2_above_pre 1
 post_1_48_3 relu_1_48_3_above_pre 1
 post_1_48_4 relu_1_48_4_above_pre 1
 post_1_48_5 relu_1_48_5_above_pre 1
 post_1_48_6 relu_1_48_6_above_pre 1
 post_1_48_7 relu_1_48_7_above_pre 1
 post_1_49_0 relu_1_49_0_above_pre 1
 post_1_49_1 relu_1_49_1_above_pre 1
 post_1_49_2 relu_1_49_2_above_pre 1
 post_1_49_3 relu_1_49_3_above_pre 1
 post_1_49_4 relu_1_49_4_above_pre 1
 post_1_49_5 relu_1_49_5_above_pre 1
 post_1_49_6 relu_1_49_6_above_pre 1
 post_1_49_7 relu_1_49_7_above_pre 1
 post_1_50_0 relu_1_50_0_above_pre 1
 post_1_50_1 relu_1_50_1_above_pre 1
 post_1_50_2 relu_1_50_2_above_pre 1
 post_1_50_3 relu_1_50_3_above_pre 1
 post_1_50_4 relu_1_50_4_above_pre 1
 post_1_50_5 relu_1_50_5_above_pre 1
 post_1_50_6 relu_1_50_6_above_pre 1
 post_1_50_7 relu_1_50_7_above_pre 1
 post_1_51_0 relu_1_51_0_above_pre 1
 post_1_51_1 relu_1_51_1_above_pre 1
 post_1_51_2 relu_1_51_2_above_pre 1
 post_1_51_3 relu_1_51_3_above_pre 1
 post_1_51_4 relu_1_51_4_above_pre 1
 post_1_51_5 relu_1_51_5_above_pre 1
 post_1_51_6 relu_1_51_6_above_pre 1
 post_1_51_7 relu_1_51_7_above_pre 1
 post_1_52_0 relu_1_52_0_above_pre 1
 post_1_52_1 relu_1_52_1_above_pre 1
 post_1_52_2 relu_1_52_2_above_pre 1
 post_1_52_3 relu_1_52_3_above_pre 1
 post_1_52_4 relu_1_52_4_above_pre 1
 post_1_52_5 relu_1_52_5_above_pre 1
 post_1_52_6 relu_1_52_6_above_pre 1
 post_1_52_7 relu_1_52_7_above_pre 1
 post_1_53_0 relu_1_53_0_above_pre 1
 post_1_53_1 relu_1_53_1_above_pre 1
 post_1_53_2 relu_1_53_2_above_pre 1
 post_1_53_3 relu_1_53_3_above_pre 1
 post_1_53_4 relu_1_53_4_above_pre 1
 post_1_53_5 relu_1_53_5_above_pre 1
 post_1_53_6 relu_1_53_6_above_pre 1
 post_1_53_7 relu_1_53_7_above_pre 1
 post_1_54_0 relu_1_54_0_above_pre 1
 post_1_54_1 relu_1_54_1_above_pre 1
 post_1_54_2 relu_1_54_2_above_pre 1
 post_1_54_3 relu_1_54_3_above_pre 1
 post_1_54_4 relu_1_54_4_above_pre 1
 post_1_54_5 relu_1_54_5_above_pre 1
 post_1_54_6 relu_1_54_6_above_pre 1
 post_1_54_7 relu_1_54_7_above_pre 1
 post_1_55_0 relu_1_55_0_above_pre 1
 post_1_55_1 relu_1_55_1_above_pre 1
 post_1_55_2 relu_1_55_2_above_pre 1
 post_1_55_3 relu_1_55_3_above_pre 1
 post_1_55_4 relu_1_55_4_above_pre 1
 post_1_55_5 relu_1_55_5_above_pre 1
 post_1_55_6 relu_1_55_6_above_pre 1
 post_1_55_7 relu_1_55_7_above_pre 1
 post_1_56_0 relu_1_56_0_above_pre 1
 post_1_56_1 relu_1_56_1_above_pre 1
 post_1_56_2 relu_1_56_2_above_pre 1
 post_1_56_3 relu_1_56_3_above_pre 1
 post_1_56_4 relu_1_56_4_above_pre 1
 post_1_56_5 relu_1_56_5_above_pre 1
 post_1_56_6 relu_1_56_6_above_pre 1
 post_1_56_7 relu_1_56_7_above_pre 1
 post_1_57_0 relu_1_57_0_above_pre 1
 post_1_57_1 relu_1_57_1_above_pre 1
 post_1_57_2 relu_1_57_2_above_pre 1
 post_1_57_3 relu_1_57_3_above_pre 1
 post_1_57_4 relu_1_57_4_above_pre 1
 post_1_57_5 relu_1_57_5_above_pre 1
 post_1_57_6 relu_1_57_6_above_pre 1
 post_1_57_7 relu_1_57_7_above_pre 1
 post_1_58_0 relu_1_58_0_above_pre 1
 post_1_58_1 relu_1_58_1_above_pre 1
 post_1_58_2 relu_1_58_2_above_pre 1
 post_1_58_3 relu_1_58_3_above_pre 1
 post_1_58_4 relu_1_58_4_above_pre 1
 post_1_58_5 relu_1_58_5_above_pre 1
 post_1_58_6 relu_1_58_6_above_pre 1
 post_1_58_7 relu_1_58_7_above_pre 1
 post_1_59_0 relu_1_59_0_above_pre 1
 post_1_59_1 relu_1_59_1_above_pre 1
 post_1_59_2 relu_1_59_2_above_pre 1
 post_1_59_3 relu_1_59_3_above_pre 1
 post_1_59_4 relu_1_59_4_above_pre 1
 post_1_59_5 relu_1_59_5_above_pre 1
 post_1_59_6 relu_1_59_6_above_pre 1
 post_1_59_7 relu_1_59_7_above_pre 1
 post_1_60_0 relu_1_60_0_above_pre 1
 post_1_60_1 relu_1_60_1_above_pre 1
 post_1_60_2 relu_1_60_2_above_pre 1
 post_1_60_3 relu_1_60_3_above_pre 1
 post_1_60_4 relu_1_60_4_above_pre 1
 post_1_60_5 relu_1_60_5_above_pre 1
 post_1_60_6 relu_1_60_6_above_pre 1
 post_1_60_7 relu_1_60_7_above_pre 1
 post_1_61_0 relu_1_61_0_above_pre 1
 post_1_61_1 relu_1_61_1_above_pre 1
 post_1_61_2 relu_1_61_2_above_pre 1
 post_1_61_3 relu_1_61_3_above_pre 1
 post_1_61_4 relu_1_61_4_above_pre 1
 post_1_61_5 relu_1_61_5_above_pre 1
 post_1_61_6 relu_1_61_6_above_pre 1
 post_1_61_7 relu_1_61_7_above_pre 1
 post_1_62_0 relu_1_62_0_above_pre 1
 post_1_62_1 relu_1_62_1_above_pre 1
 post_1_62_2 relu_1_62_2_above_pre 1
 post_1_62_3 relu_1_62_3_above_pre 1
 post_1_62_4 relu_1_62_4_above_pre 1
 post_1_62_5 relu_1_62_5_above_pre 1
 post_1_62_6 relu_1_62_6_above_pre 1
 post_1_62_7 relu_1_62_7_above_pre 1
 post_1_63_0 relu_1_63_0_above_pre 1
 post_1_63_1 relu_1_63_1_above_pre 1
 post_1_63_2 relu_1_63_2_above_pre 1
 post_1_63_3 relu_1_63_3_above_pre 1
 post_1_63_4 relu_1_63_4_above_pre 1
 post_1_63_5 relu_1_63_5_above_pre 1
 post_1_63_6 relu_1_63_6_above_pre 1
 post_1_63_7 relu_1_63_7_above_pre 1
 post_1_64_0 relu_1_64_0_above_pre 1
 post_1_64_1 relu_1_64_1_above_pre 1
 post_1_64_2 relu_1_64_2_above_pre 1
 post_1_64_3 relu_1_64_3_above_pre 1
 post_1_64_4 relu_1_64_4_above_pre 1
 post_1_64_5 relu_1_64_5_above_pre 1
 post_1_64_6 relu_1_64_6_above_pre 1
 post_1_64_7 relu_1_64_7_above_pre 1
 post_1_65_0 relu_1_65_0_above_pre 1
 post_1_65_1 relu_1_65_1_above_pre 1
 post_1_65_2 relu_1_65_2_above_pre 1
 post_1_65_3 relu_1_65_3_above_pre 1
 post_1_65_4 relu_1_65_4_above_pre 1
 post_1_65_5 relu_1_65_5_above_pre 1
 post_1_65_6 relu_1_65_6_above_pre 1
 post_1_65_7 relu_1_65_7_above_pre 1
 post_1_66_0 relu_1_66_0_above_pre 1
 post_1_66_1 relu_1_66_1_above_pre 1
 post_1_66_2 relu_1_66_2_above_pre 1
 post_1_66_3 relu_1_66_3_above_pre 1
 post_1_66_4 relu_1_66_4_above_pre 1
 post_1_66_5 relu_1_66_5_above_pre 1
 post_1_66_6 relu_1_66_6_above_pre 1
 post_1_66_7 relu_1_66_7_above_pre 1
 post_1_67_0 relu_1_67_0_above_pre 1
 post_1_67_1 relu_1_67_1_above_pre 1
 post_1_67_2 relu_1_67_2_above_pre 1
 post_1_67_3 relu_1_67_3_above_pre 1
 post_1_67_4 relu_1_67_4_above_pre 1
 post_1_67_5 relu_1_67_5_above_pre 1
 post_1_67_6 relu_1_67_6_above_pre 1
 post_1_67_7 relu_1_67_7_above_pre 1
 post_1_68_0 relu_1_68_0_above_pre 1
 post_1_68_1 relu_1_68_1_above_pre 1
 post_1_68_2 relu_1_68_2_above_pre 1
 post_1_68_3 relu_1_68_3_above_pre 1
 post_1_68_4 relu_1_68_4_above_pre 1
 post_1_68_5 relu_1_68_5_above_pre 1
 post_1_68_6 relu_1_68_6_above_pre 1
 post_1_68_7 relu_1_68_7_above_pre 1
 post_1_69_0 relu_1_69_0_above_pre 1
 post_1_69_1 relu_1_69_1_above_pre 1
 post_1_69_2 relu_1_69_2_above_pre 1
 post_1_69_3 relu_1_69_3_above_pre 1
 post_1_69_4 relu_1_69_4_above_pre 1
 post_1_69_5 relu_1_69_5_above_pre 1
 post_1_69_6 relu_1_69_6_above_pre 1
 post_1_69_7 relu_1_69_7_above_pre 1
 post_1_70_0 relu_1_70_0_above_pre 1
 post_1_70_1 relu_1_70_1_above_pre 1
 post_1_70_2 relu_1_70_2_above_pre 1
 post_1_70_3 relu_1_70_3_above_pre 1
 post_1_70_4 relu_1_70_4_above_pre 1
 post_1_70_5 relu_1_70_5_above_pre 1
 post_1_70_6 relu_1_70_6_above_pre 1
 post_1_70_7 relu_1_70_7_above_pre 1
 post_1_71_0 relu_1_71_0_above_pre 1
 post_1_71_1 relu_1_71_1_above_pre 1
 post_1_71_2 relu_1_71_2_above_pre 1
 post_1_71_3 relu_1_71_3_above_pre 1
 post_1_71_4 relu_1_71_4_above_pre 1
 post_1_71_5 relu_1_71_5_above_pre 1
 post_1_71_6 relu_1_71_6_above_pre 1
 post_1_71_7 relu_1_71_7_above_pre 1
 post_1_72_0 relu_1_72_0_above_pre 1
 post_1_72_1 relu_1_72_1_above_pre 1
 post_1_72_2 relu_1_72_2_above_pre 1
 post_1_72_3 relu_1_72_3_above_pre 1
 post_1_72_4 relu_1_72_4_above_pre 1
 post_1_72_5 relu_1_72_5_above_pre 1
 post_1_72_6 relu_1_72_6_above_pre 1
 post_1_72_7 relu_1_72_7_above_pre 1
 post_1_73_0 relu_1_73_0_above_pre 1
 post_1_73_1 relu_1_73_1_above_pre 1
 post_1_73_2 relu_1_73_2_above_pre 1
 post_1_73_3 relu_1_73_3_above_pre 1
 post_1_73_4 relu_1_73_4_above_pre 1
 post_1_73_5 relu_1_73_5_above_pre 1
 post_1_73_6 relu_1_73_6_above_pre 1
 post_1_73_7 relu_1_73_7_above_pre 1
 post_1_74_0 relu_1_74_0_above_pre 1
 post_1_74_1 relu_1_74_1_above_pre 1
 post_1_74_2 relu_1_74_2_above_pre 1
 post_1_74_3 relu_1_74_3_above_pre 1
 post_1_74_4 relu_1_74_4_above_pre 1
 post_1_74_5 relu_1_74_5_above_pre 1
 post_1_74_6 relu_1_74_6_above_pre 1
 post_1_74_7 relu_1_74_7_above_pre 1
 post_1_75_0 relu_1_75_0_above_pre 1
 post_1_75_1 relu_1_75_1_above_pre 1
 post_1_75_2 relu_1_75_2_above_pre 1
 post_1_75_3 relu_1_75_3_above_pre 1
 post_1_75_4 relu_1_75_4_above_pre 1
 post_1_75_5 relu_1_75_5_above_pre 1
 post_1_75_6 relu_1_75_6_above_pre 1
 post_1_75_7 relu_1_75_7_above_pre 1
 post_1_76_0 relu_1_76_0_above_pre 1
 post_1_76_1 relu_1_76_1_above_pre 1
 post_1_76_2 relu_1_76_2_above_pre 1
 post_1_76_3 relu_1_76_3_above_pre 1
 post_1_76_4 relu_1_76_4_above_pre 1
 post_1_76_5 relu_1_76_5_above_pre 1
 post_1_76_6 relu_1_76_6_above_pre 1
 post_1_76_7 relu_1_76_7_above_pre 1
 post_1_77_0 relu_1_77_0_above_pre 1
 post_1_77_1 relu_1_77_1_above_pre 1
 post_1_77_2 relu_1_77_2_above_pre 1
 post_1_77_3 relu_1_77_3_above_pre 1
 post_1_77_4 relu_1_77_4_above_pre 1
 post_1_77_5 relu_1_77_5_above_pre 1
 post_1_77_6 relu_1_77_6_above_pre 1
 post_1_77_7 relu_1_77_7_above_pre 1
 post_1_78_0 relu_1_78_0_above_pre 1
 post_1_78_1 relu_1_78_1_above_pre 1
 post_1_78_2 relu_1_78_2_above_pre 1
 post_1_78_3 relu_1_78_3_above_pre 1
 post_1_78_4 relu_1_78_4_above_pre 1
 post_1_78_5 relu_1_78_5_above_pre 1
 post_1_78_6 relu_1_78_6_above_pre 1
 post_1_78_7 relu_1_78_7_above_pre 1
 post_1_79_0 relu_1_79_0_above_pre 1
 post_1_79_1 relu_1_79_1_above_pre 1
 post_1_79_2 relu_1_79_2_above_pre 1
 post_1_79_3 relu_1_79_3_above_pre 1
 post_1_79_4 relu_1_79_4_above_pre 1
 post_1_79_5 relu_1_79_5_above_pre 1
 post_1_79_6 relu_1_79_6_above_pre 1
 post_1_79_7 relu_1_79_7_above_pre 1
 post_1_80_0 relu_1_80_0_above_pre 1
 post_1_80_1 relu_1_80_1_above_pre 1
 post_1_80_2 relu_1_80_2_above_pre 1
 post_1_80_3 relu_1_80_3_above_pre 1
 post_1_80_4 relu_1_80_4_above_pre 1
 post_1_80_5 relu_1_80_5_above_pre 1
 post_1_80_6 relu_1_80_6_above_pre 1
 post_1_80_7 relu_1_80_7_above_pre 1
 post_1_81_0 relu_1_81_0_above_pre 1
 post_1_81_1 relu_1_81_1_above_pre 1
 post_1_81_2 relu_1_81_2_above_pre 1
 post_1_81_3 relu_1_81_3_above_pre 1
 post_1_81_4 relu_1_81_4_above_pre 1
 post_1_81_5 relu_1_81_5_above_pre 1
 post_1_81_6 relu_1_81_6_above_pre 1
 post_1_81_7 relu_1_81_7_above_pre 1
 post_1_82_0 relu_1_82_0_above_pre 1
 post_1_82_1 relu_1_82_1_above_pre 1
 post_1_82_2 relu_1_82_2_above_pre 1
 post_1_82_3 relu_1_82_3_above_pre 1
 post_1_82_4 relu_1_82_4_above_pre 1
 post_1_82_5 relu_1_82_5_above_pre 1
 post_1_82_6 relu_1_82_6_above_pre 1
 post_1_82_7 relu_1_82_7_above_pre 1
 post_1_83_0 relu_1_83_0_above_pre 1
 post_1_83_1 relu_1_83_1_above_pre 1
 post_1_83_2 relu_1_83_2_above_pre 1
 post_1_83_3 relu_1_83_3_above_pre 1
 post_1_83_4 relu_1_83_4_above_pre 1
 post_1_83_5 relu_1_83_5_above_pre 1
 post_1_83_6 relu_1_83_6_above_pre 1
 post_1_83_7 relu_1_83_7_above_pre 1
 post_1_84_0 relu_1_84_0_above_pre 1
 post_1_84_1 relu_1_84_1_above_pre 1
 post_1_84_2 relu_1_84_2_above_pre 1
 post_1_84_3 relu_1_84_3_above_pre 1
 post_1_84_4 relu_1_84_4_above_pre 1
 post_1_84_5 relu_1_84_5_above_pre 1
 post_1_84_6 relu_1_84_6_above_pre 1
 post_1_84_7 relu_1_84_7_above_pre 1
 post_1_85_0 relu_1_85_0_above_pre 1
 post_1_85_1 relu_1_85_1_above_pre 1
 post_1_85_2 relu_1_85_2_above_pre 1
 post_1_85_3 relu_1_85_3_above_pre 1
 post_1_85_4 relu_1_85_4_above_pre 1
 post_1_85_5 relu_1_85_5_above_pre 1
 post_1_85_6 relu_1_85_6_above_pre 1
 post_1_85_7 relu_1_85_7_above_pre 1
 post_1_86_0 relu_1_86_0_above_pre 1
 post_1_86_1 relu_1_86_1_above_pre 1
 post_1_86_2 relu_1_86_2_above_pre 1
 post_1_86_3 relu_1_86_3_above_pre 1
 post_1_86_4 relu_1_86_4_above_pre 1
 post_1_86_5 relu_1_86_5_above_pre 1
 post_1_86_6 relu_1_86_6_above_pre 1
 post_1_86_7 relu_1_86_7_above_pre 1
 post_1_87_0 relu_1_87_0_above_pre 1
 post_1_87_1 relu_1_87_1_above_pre 1
 post_1_87_2 relu_1_87_2_above_pre 1
 post_1_87_3 relu_1_87_3_above_pre 1
 post_1_87_4 relu_1_87_4_above_pre 1
 post_1_87_5 relu_1_87_5_above_pre 1
 post_1_87_6 relu_1_87_6_above_pre 1
 post_1_87_7 relu_1_87_7_above_pre 1
 post_1_88_0 relu_1_88_0_above_pre 1
 post_1_88_1 relu_1_88_1_above_pre 1
 post_1_88_2 relu_1_88_2_above_pre 1
 post_1_88_3 relu_1_88_3_above_pre 1
 post_1_88_4 relu_1_88_4_above_pre 1
 post_1_88_5 relu_1_88_5_above_pre 1
 post_1_88_6 relu_1_88_6_above_pre 1
 post_1_88_7 relu_1_88_7_above_pre 1
 post_1_89_0 relu_1_89_0_above_pre 1
 post_1_89_1 relu_1_89_1_above_pre 1
 post_1_89_2 relu_1_89_2_above_pre 1
 post_1_89_3 relu_1_89_3_above_pre 1
 post_1_89_4 relu_1_89_4_above_pre 1
 post_1_89_5 relu_1_89_5_above_pre 1
 post_1_89_6 relu_1_89_6_above_pre 1
 post_1_89_7 relu_1_89_7_above_pre 1
 post_1_90_0 relu_1_90_0_above_pre 1
 post_1_90_1 relu_1_90_1_above_pre 1
 post_1_90_2 relu_1_90_2_above_pre 1
 post_1_90_3 relu_1_90_3_above_pre 1
 post_1_90_4 relu_1_90_4_above_pre 1
 post_1_90_5 relu_1_90_5_above_pre 1
 post_1_90_6 relu_1_90_6_above_pre 1
 post_1_90_7 relu_1_90_7_above_pre 1
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
 out_45_0 out_definition_45_0 1
 out_45_1 out_definition_45_1 1
 out_46_0 out_definition_46_0 1
 out_46_1 out_definition_46_1 1
 out_47_0 out_definition_47_0 1
 out_47_1 out_definition_47_1 1
 out_48_0 out_definition_48_0 1
 out_48_1 out_definition_48_1 1
 out_49_0 out_definition_49_0 1
 out_49_1 out_definition_49_1 1
 out_50_0 out_definition_50_0 1
 out_50_1 out_definition_50_1 1
 out_51_0 out_definition_51_0 1
 out_51_1 out_definition_51_1 1
 out_52_0 out_definition_52_0 1
 out_52_1 out_definition_52_1 1
 out_53_0 out_definition_53_0 1
 out_53_1 out_definition_53_1 1
 out_54_0 obj -0.25
 out_54_0 out_definition_54_0 1
 out_54_1 out_definition_54_1 1
 out_55_0 obj -0.25
 out_55_0 out_definition_55_0 1
 out_55_1 out_definition_55_1 1
 out_56_0 obj -0.25
 out_56_0 out_definition_56_0 1
 out_56_1 out_definition_56_1 1
 out_57_0 obj -0.5
 out_57_0 out_definition_57_0 1
 out_57_1 out_definition_57_1 1
 out_58_0 obj -0.5
 out_58_0 out_definition_58_0 1
 out_58_1 out_definition_58_1 1
 out_59_0 obj -0.5
 out_59_0 out_definition_59_0 1
 out_59_1 out_definition_59_1 1
 out_60_0 obj -0.75
 out_60_0 out_definition_60_0 1
 out_60_1 out_definition_60_1 1
 out_61_0 obj -0.75
 out_61_0 out_definition_61_0 1
 out_61_1 out_definition_61_1 1
 out_62_0 obj -0.75
 out_62_0 out_definition_62_0 1
 out_62_1 out_definition_62_1 1
 out_63_0 obj -1
 out_63_0 out_definition_63_0 1
 out_63_1 out_definition_63_1 1
 out_64_0 obj -1
 out_64_0 out_definition_64_0 1
 out_64_1 out_definition_64_1 1
 out_65_0 obj -1
 out_65_0 out_definition_65_0 1
 out_65_1 out_definition_65_1 1
 out_66_0 obj -2
 out_66_0 out_definition_66_0 1
 out_66_1 out_definition_66_1 1
 out_67_0 obj -2
 out_67_0 out_definition_67_0 1
 out_67_1 out_definition_67_1 1
 out_68_0 obj -2
 out_68_0 out_definition_68_0 1
 out_68_1 out_definition_68_1 1
 out_69_0 obj -1
 out_69_0 out_definition_69_0 1
 out_69_1 out_definition_69_1 1
 out_70_0 obj -1
 out_70_0 out_definition_70_0 1
 out_70_1 out_definition_70_1 1
 out_71_0 obj -1
 out_71_0 out_definition_71_0 1
 out_71_1 out_definition_71_1 1
 out_72_0 obj -0.75
 out_72_0 out_definition_72_0 1
 out_72_1 out_definition_72_1 1
 out_73_0 obj -0.75
 out_73_0 out_definition_73_0 1
 out_73_1 out_definition_73_1 1
 out_74_0 obj -0.75
 out_74_0 out_definition_74_0 1
 out_74_1 out_definition_74_1 1
 out_75_0 obj -0.5
 out_75_0 out_definition_75_0 1
 out_75_1 out_definition_75_1 1
 out_76_0 obj -0.5
 out_76_0 out_definition_76_0 1
 out_76_1 out_definition_76_1 1
 out_77_0 obj -0.5
 out_77_0 out_definition_77_0 1
 out_77_1 out_definition_77_1 1
 out_78_0 obj -0.25
 out_78_0 out_definition_78_0 1
 out_78_1 out_definition_78_1 1
 out_79_0 obj -0.25
 out_79_0 out_definition_79_0 1
 out_79_1 out_definition_79_1 1
 out_80_0 obj -0.25
 out_80_0 out_definition_80_0 1
 out_80_1 out_definition_80_1 1
 out_81_0 out_definition_81_0 1
 out_81_1 out_definition_81_1 1
 out_82_0 out_definition_82_0 1
 out_82_1 out_definition_82_1 1
 out_83_0 out_definition_83_0 1
 out_83_1 out_definition_83_1 1
 out_84_0 out_definition_84_0 1
 out_84_1 out_definition_84_1 1
 out_85_0 out_definition_85_0 1
 out_85_1 out_definition_85_1 1
 out_86_0 out_definition_86_0 1
 out_86_1 out_definition_86_1 1
 out_87_0 out_definition_87_0 1
 out_87_1 out_definition_87_1 1
 out_88_0 out_definition_88_0 1
 out_88_1 out_definition_88_1 1
 out_89_0 out_definition_89_0 1
 out_89_1 out_definition_89_1 1
 out_90_0 obj -3.611111111111111
 out_90_0 out_definition_90_0 1
 out_90_1 out_definition_90_1 1
RHS
 rhs obj -14.885030864197532
BOUNDS
 LO bnd w_1_0_0 -20
 UP bnd w_1_0_0 20
 LO bnd w_1_0_1 -20
 UP bnd w_1_0_1 20
 LO bnd w_1_1_0 -20
 UP bnd w_1_1_0 20
 LO bnd w_1_1_1 -20
 UP bnd w_1_1_1 20
 LO bnd w_1_2_0 -20
 UP bnd w_1_2_0 20
 LO bnd w_1_2_1 -20
 UP bnd w_1_2_1 20
 LO bnd w_1_3_0 -20
 UP bnd w_1_3_0 20
 LO bnd w_1_3_1 -20
 UP bnd w_1_3_1 20
 LO bnd w_1_4_0 -20
 UP bnd w_1_4_0 20
 LO bnd w_1_4_1 -20
 UP bnd w_1_4_1 20
 LO bnd w_1_5_0 -20
 UP bnd w_1_5_0 20
 LO bnd w_1_5_1 -20
 UP bnd w_1_5_1 20
 LO bnd w_1_6_0 -20
 UP bnd w_1_6_0 20
 LO bnd w_1_6_1 -20
 UP bnd w_1_6_1 20
 LO bnd w_1_7_0 -20
 UP bnd w_1_7_0 20
 LO bnd w_1_7_1 -20
 UP bnd w_1_7_1 20
 LO bnd w_2_0_0 -20
 UP bnd w_2_0_0 20
 LO bnd w_2_0_1 -20
 UP bnd w_2_0_1 20
 LO bnd w_2_0_2 -20
 UP bnd w_2_0_2 20
 LO bnd w_2_0_3 -20
 UP bnd w_2_0_3 20
 LO bnd w_2_0_4 -20
 UP bnd w_2_0_4 20
 LO bnd w_2_0_5 -20
 UP bnd w_2_0_5 20
 LO bnd w_2_0_6 -20
 UP bnd w_2_0_6 20
 LO bnd w_2_0_7 -20
 UP bnd w_2_0_7 20
 LO bnd w_2_1_0 -20
 UP bnd w_2_1_0 20
 LO bnd w_2_1_1 -20
 UP bnd w_2_1_1 20
 LO bnd w_2_1_2 -20
 UP bnd w_2_1_2 20
 LO bnd w_2_1_3 -20
 UP bnd w_2_1_3 20
 LO bnd w_2_1_4 -20
 UP bnd w_2_1_4 20
 LO bnd w_2_1_5 -20
 UP bnd w_2_1_5 20
 LO bnd w_2_1_6 -20
 UP bnd w_2_1_6 20
 LO bnd w_2_1_7 -20
 UP bnd w_2_1_7 20
 LO bnd b_1_0 -20
 UP bnd b_1_0 20
 LO bnd b_1_1 -20
 UP bnd b_1_1 20
 LO bnd b_1_2 -20
 UP bnd b_1_2 20
 LO bnd b_1_3 -20
 UP bnd b_1_3 20
 LO bnd b_1_4 -20
 UP bnd b_1_4 20
 LO bnd b_1_5 -20
 UP bnd b_1_5 20
 LO bnd b_1_6 -20
 UP bnd b_1_6 20
 LO bnd b_1_7 -20
 UP bnd b_1_7 20
 LO bnd b_2_0 -20
 UP bnd b_2_0 20
 LO bnd b_2_1 -20
 UP bnd b_2_1 20
 LO bnd pre_1_0_0 -360.9983581771048
 UP bnd pre_1_0_0 360.9983581771048
 LO bnd pre_1_0_1 -360.9983581771048
 UP bnd pre_1_0_1 360.9983581771048
 LO bnd pre_1_0_2 -360.9983581771048
 UP bnd pre_1_0_2 360.9983581771048
 LO bnd pre_1_0_3 -360.9983581771048
 UP bnd pre_1_0_3 360.9983581771048
 LO bnd pre_1_0_4 -360.9983581771048
 UP bnd pre_1_0_4 360.9983581771048
 LO bnd pre_1_0_5 -360.9983581771048
 UP bnd pre_1_0_5 360.9983581771048
 LO bnd pre_1_0_6 -360.9983581771048
 UP bnd pre_1_0_6 360.9983581771048
 LO bnd pre_1_0_7 -360.9983581771048
 UP bnd pre_1_0_7 360.9983581771048
 LO bnd pre_1_1_0 -361.9104817236893
 UP bnd pre_1_1_0 361.9104817236893
 LO bnd pre_1_1_1 -361.9104817236893
 UP bnd pre_1_1_1 361.9104817236893
 LO bnd pre_1_1_2 -361.9104817236893
 UP bnd pre_1_1_2 361.9104817236893
 LO bnd pre_1_1_3 -361.9104817236893
 UP bnd pre_1_1_3 361.9104817236893
 LO bnd pre_1_1_4 -361.9104817236893
 UP bnd pre_1_1_4 361.9104817236893
 LO bnd pre_1_1_5 -361.9104817236893
 UP bnd pre_1_1_5 361.9104817236893
 LO bnd pre_1_1_6 -361.9104817236893
 UP bnd pre_1_1_6 361.9104817236893
 LO bnd pre_1_1_7 -361.9104817236893
 UP bnd pre_1_1_7 361.9104817236893
 LO bnd pre_1_2_0 -362.8226052702738
 UP bnd pre_1_2_0 362.8226052702738
 LO bnd pre_1_2_1 -362.8226052702738
 UP bnd pre_1_2_1 362.8226052702738
 LO bnd pre_1_2_2 -362.8226052702738
 UP bnd pre_1_2_2 362.8226052702738
 LO bnd pre_1_2_3 -362.8226052702738
 UP bnd pre_1_2_3 362.8226052702738
 LO bnd pre_1_2_4 -362.8226052702738
 UP bnd pre_1_2_4 362.8226052702738
 LO bnd pre_1_2_5 -362.8226052702738
 UP bnd pre_1_2_5 362.8226052702738
 LO bnd pre_1_2_6 -362.8226052702738
 UP bnd pre_1_2_6 362.8226052702738
 LO bnd pre_1_2_7 -362.8226052702738
 UP bnd pre_1_2_7 362.8226052702738
 LO bnd pre_1_3_0 -353.9420129716219
 UP bnd pre_1_3_0 353.9420129716219
 LO bnd pre_1_3_1 -353.9420129716219
 UP bnd pre_1_3_1 353.9420129716219
 LO bnd pre_1_3_2 -353.9420129716219
 UP bnd pre_1_3_2 353.9420129716219
 LO bnd pre_1_3_3 -353.9420129716219
 UP bnd pre_1_3_3 353.9420129716219
 LO bnd pre_1_3_4 -353.9420129716219
 UP bnd pre_1_3_4 353.9420129716219
 LO bnd pre_1_3_5 -353.9420129716219
 UP bnd pre_1_3_5 353.9420129716219
 LO bnd pre_1_3_6 -353.9420129716219
 UP bnd pre_1_3_6 353.9420129716219
 LO bnd pre_1_3_7 -353.9420129716219
 UP bnd pre_1_3_7 353.9420129716219
 LO bnd pre_1_4_0 -354.8541365182064
 UP bnd pre_1_4_0 354.8541365182064
 LO bnd pre_1_4_1 -354.8541365182064
 UP bnd pre_1_4_1 354.8541365182064
 LO bnd pre_1_4_2 -354.8541365182064
 UP bnd pre_1_4_2 354.8541365182064
 LO bnd pre_1_4_3 -354.8541365182064
 UP bnd pre_1_4_3 354.8541365182064
 LO bnd pre_1_4_4 -354.8541365182064
 UP bnd pre_1_4_4 354.8541365182064
 LO bnd pre_1_4_5 -354.8541365182064
 UP bnd pre_1_4_5 354.8541365182064
 LO bnd pre_1_4_6 -354.8541365182064
 UP bnd pre_1_4_6 354.8541365182064
 LO bnd pre_1_4_7 -354.8541365182064
 UP bnd pre_1_4_7 354.8541365182064
 LO bnd pre_1_5_0 -355.7662600647909
 UP bnd pre_1_5_0 355.7662600647909
 LO bnd pre_1_5_1 -355.7662600647909
 UP bnd pre_1_5_1 355.7662600647909
 LO bnd pre_1_5_2 -355.7662600647909
 UP bnd pre_1_5_2 355.7662600647909
 LO bnd pre_1_5_3 -355.7662600647909
 UP bnd pre_1_5_3 355.7662600647909
 LO bnd pre_1_5_4 -355.7662600647909
 UP bnd pre_1_5_4 355.7662600647909
 LO bnd pre_1_5_5 -355.7662600647909
 UP bnd pre_1_5_5 355.7662600647909
 LO bnd pre_1_5_6 -355.7662600647909
 UP bnd pre_1_5_6 355.7662600647909
 LO bnd pre_1_5_7 -355.7662600647909
 UP bnd pre_1_5_7 355.7662600647909
 LO bnd pre_1_6_0 -346.885667766139
 UP bnd pre_1_6_0 346.885667766139
 LO bnd pre_1_6_1 -346.885667766139
 UP bnd pre_1_6_1 346.885667766139
 LO bnd pre_1_6_2 -346.885667766139
 UP bnd pre_1_6_2 346.885667766139
 LO bnd pre_1_6_3 -346.885667766139
 UP bnd pre_1_6_3 346.885667766139
 LO bnd pre_1_6_4 -346.885667766139
 UP bnd pre_1_6_4 346.885667766139
 LO bnd pre_1_6_5 -346.885667766139
 UP bnd pre_1_6_5 346.885667766139
 LO bnd pre_1_6_6 -346.885667766139
 UP bnd pre_1_6_6 346.885667766139
 LO bnd pre_1_6_7 -346.885667766139
 UP bnd pre_1_6_7 346.885667766139
 LO bnd pre_1_7_0 -347.79779131272346
 UP bnd pre_1_7_0 347.79779131272346
 LO bnd pre_1_7_1 -347.79779131272346
 UP bnd pre_1_7_1 347.79779131272346
 LO bnd pre_1_7_2 -347.79779131272346
 UP bnd pre_1_7_2 347.79779131272346
 LO bnd pre_1_7_3 -347.79779131272346
 UP bnd pre_1_7_3 347.79779131272346
 LO bnd pre_1_7_4 -347.79779131272346
 UP bnd pre_1_7_4 347.79779131272346
 LO bnd pre_1_7_5 -347.79779131272346
 UP bnd pre_1_7_5 347.79779131272346
 LO bnd pre_1_7_6 -347.79779131272346
 UP bnd pre_1_7_6 347.79779131272346
 LO bnd pre_1_7_7 -347.79779131272346
 UP bnd pre_1_7_7 347.79779131272346
 LO bnd pre_1_8_0 -348.709914859308
 UP bnd pre_1_8_0 348.709914859308
 LO bnd pre_1_8_1 -348.709914859308
 UP bnd pre_1_8_1 348.709914859308
 LO bnd pre_1_8_2 -348.709914859308
 UP bnd pre_1_8_2 348.709914859308
 LO bnd pre_1_8_3 -348.709914859308
 UP bnd pre_1_8_3 348.709914859308
 LO bnd pre_1_8_4 -348.709914859308
 UP bnd pre_1_8_4 348.709914859308
 LO bnd pre_1_8_5 -348.709914859308
 UP bnd pre_1_8_5 348.709914859308
 LO bnd pre_1_8_6 -348.709914859308
 UP bnd pre_1_8_6 348.709914859308
 LO bnd pre_1_8_7 -348.709914859308
 UP bnd pre_1_8_7 348.709914859308
 LO bnd pre_1_9_0 -329.2448047524318
 UP bnd pre_1_9_0 329.2448047524318
 LO bnd pre_1_9_1 -329.2448047524318
 UP bnd pre_1_9_1 329.2448047524318
 LO bnd pre_1_9_2 -329.2448047524318
 UP bnd pre_1_9_2 329.2448047524318
 LO bnd pre_1_9_3 -329.2448047524318
 UP bnd pre_1_9_3 329.2448047524318
 LO bnd pre_1_9_4 -329.2448047524318
 UP bnd pre_1_9_4 329.2448047524318
 LO bnd pre_1_9_5 -329.2448047524318
 UP bnd pre_1_9_5 329.2448047524318
 LO bnd pre_1_9_6 -329.2448047524318
 UP bnd pre_1_9_6 329.2448047524318
 LO bnd pre_1_9_7 -329.2448047524318
 UP bnd pre_1_9_7 329.2448047524318
 LO bnd pre_1_10_0 -330.1569282990163
 UP bnd pre_1_10_0 330.1569282990163
 LO bnd pre_1_10_1 -330.1569282990163
 UP bnd pre_1_10_1 330.1569282990163
 LO bnd pre_1_10_2 -330.1569282990163
 UP bnd pre_1_10_2 330.1569282990163
 LO bnd pre_1_10_3 -330.1569282990163
 UP bnd pre_1_10_3 330.1569282990163
 LO bnd pre_1_10_4 -330.1569282990163
 UP bnd pre_1_10_4 330.1569282990163
 LO bnd pre_1_10_5 -330.1569282990163
 UP bnd pre_1_10_5 330.1569282990163
 LO bnd pre_1_10_6 -330.1569282990163
 UP bnd pre_1_10_6 330.1569282990163
 LO bnd pre_1_10_7 -330.1569282990163
 UP bnd pre_1_10_7 330.1569282990163
 LO bnd pre_1_11_0 -331.06905184560077
 UP bnd pre_1_11_0 331.06905184560077
 LO bnd pre_1_11_1 -331.06905184560077
 UP bnd pre_1_11_1 331.06905184560077
 LO bnd pre_1_11_2 -331.06905184560077
 UP bnd pre_1_11_2 331.06905184560077
 LO bnd pre_1_11_3 -331.06905184560077
 UP bnd pre_1_11_3 331.06905184560077
 LO bnd pre_1_11_4 -331.06905184560077
 UP bnd pre_1_11_4 331.06905184560077
 LO bnd pre_1_11_5 -331.06905184560077
 UP bnd pre_1_11_5 331.06905184560077
 LO bnd pre_1_11_6 -331.06905184560077
 UP bnd pre_1_11_6 331.06905184560077
 LO bnd pre_1_11_7 -331.06905184560077
 UP bnd pre_1_11_7 331.06905184560077
 LO bnd pre_1_12_0 -325.7166321496903
 UP bnd pre_1_12_0 325.7166321496903
 LO bnd pre_1_12_1 -325.7166321496903
 UP bnd pre_1_12_1 325.7166321496903
 LO bnd pre_1_12_2 -325.7166321496903
 UP bnd pre_1_12_2 325.7166321496903
 LO bnd pre_1_12_3 -325.7166321496903
 UP bnd pre_1_12_3 325.7166321496903
 LO bnd pre_1_12_4 -325.7166321496903
 UP bnd pre_1_12_4 325.7166321496903
 LO bnd pre_1_12_5 -325.7166321496903
 UP bnd pre_1_12_5 325.7166321496903
 LO bnd pre_1_12_6 -325.7166321496903
 UP bnd pre_1_12_6 325.7166321496903
 LO bnd pre_1_12_7 -325.7166321496903
 UP bnd pre_1_12_7 325.7166321496903
 LO bnd pre_1_13_0 -326.6287556962748
 UP bnd pre_1_13_0 326.6287556962748
 LO bnd pre_1_13_1 -326.6287556962748
 UP bnd pre_1_13_1 326.6287556962748
 LO bnd pre_1_13_2 -326.6287556962748
 UP bnd pre_1_13_2 326.6287556962748
 LO bnd pre_1_13_3 -326.6287556962748
 UP bnd pre_1_13_3 326.6287556962748
 LO bnd pre_1_13_4 -326.6287556962748
 UP bnd pre_1_13_4 326.6287556962748
 LO bnd pre_1_13_5 -326.6287556962748
 UP bnd pre_1_13_5 326.6287556962748
 LO bnd pre_1_13_6 -326.6287556962748
 UP bnd pre_1_13_6 326.6287556962748
 LO bnd pre_1_13_7 -326.6287556962748
 UP bnd pre_1_13_7 326.6287556962748
 LO bnd pre_1_14_0 -327.5408792428593
 UP bnd pre_1_14_0 327.5408792428593
 LO bnd pre_1_14_1 -327.5408792428593
 UP bnd pre_1_14_1 327.5408792428593
 LO bnd pre_1_14_2 -327.5408792428593
 UP bnd pre_1_14_2 327.5408792428593
 LO bnd pre_1_14_3 -327.5408792428593
 UP bnd pre_1_14_3 327.5408792428593
 LO bnd pre_1_14_4 -327.5408792428593
 UP bnd pre_1_14_4 327.5408792428593
 LO bnd pre_1_14_5 -327.5408792428593
 UP bnd pre_1_14_5 327.5408792428593
 LO bnd pre_1_14_6 -327.5408792428593
 UP bnd pre_1_14_6 327.5408792428593
 LO bnd pre_1_14_7 -327.5408792428593
 UP bnd pre_1_14_7 327.5408792428593
 LO bnd pre_1_15_0 -322.1884595469489
 UP bnd pre_1_15_0 322.1884595469489
 LO bnd pre_1_15_1 -322.1884595469489
 UP bnd pre_1_15_1 322.1884595469489
 LO bnd pre_1_15_2 -322.1884595469489
 UP bnd pre_1_15_2 322.1884595469489
 LO bnd pre_1_15_3 -322.1884595469489
 UP bnd pre_1_15_3 322.1884595469489
 LO bnd pre_1_15_4 -322.1884595469489
 UP bnd pre_1_15_4 322.1884595469489
 LO bnd pre_1_15_5 -322.1884595469489
 UP bnd pre_1_15_5 322.1884595469489
 LO bnd pre_1_15_6 -322.1884595469489
 UP bnd pre_1_15_6 322.1884595469489
 LO bnd pre_1_15_7 -322.1884595469489
 UP bnd pre_1_15_7 322.1884595469489
 LO bnd pre_1_16_0 -323.1005830935333
 UP bnd pre_1_16_0 323.1005830935333
 LO bnd pre_1_16_1 -323.1005830935333
 UP bnd pre_1_16_1 323.1005830935333
 LO bnd pre_1_16_2 -323.1005830935333
 UP bnd pre_1_16_2 323.1005830935333
 LO bnd pre_1_16_3 -323.1005830935333
 UP bnd pre_1_16_3 323.1005830935333
 LO bnd pre_1_16_4 -323.1005830935333
 UP bnd pre_1_16_4 323.1005830935333
 LO bnd pre_1_16_5 -323.1005830935333
 UP bnd pre_1_16_5 323.1005830935333
 LO bnd pre_1_16_6 -323.1005830935333
 UP bnd pre_1_16_6 323.1005830935333
 LO bnd pre_1_16_7 -323.1005830935333
 UP bnd pre_1_16_7 323.1005830935333
 LO bnd pre_1_17_0 -324.01270664011787
 UP bnd pre_1_17_0 324.01270664011787
 LO bnd pre_1_17_1 -324.01270664011787
 UP bnd pre_1_17_1 324.01270664011787
 LO bnd pre_1_17_2 -324.01270664011787
 UP bnd pre_1_17_2 324.01270664011787
 LO bnd pre_1_17_3 -324.01270664011787
 UP bnd pre_1_17_3 324.01270664011787
 LO bnd pre_1_17_4 -324.01270664011787
 UP bnd pre_1_17_4 324.01270664011787
 LO bnd pre_1_17_5 -324.01270664011787
 UP bnd pre_1_17_5 324.01270664011787
 LO bnd pre_1_17_6 -324.01270664011787
 UP bnd pre_1_17_6 324.01270664011787
 LO bnd pre_1_17_7 -324.01270664011787
 UP bnd pre_1_17_7 324.01270664011787
 LO bnd pre_1_18_0 -318.6602869442074
 UP bnd pre_1_18_0 318.6602869442074
 LO bnd pre_1_18_1 -318.6602869442074
 UP bnd pre_1_18_1 318.6602869442074
 LO bnd pre_1_18_2 -318.6602869442074
 UP bnd pre_1_18_2 318.6602869442074
 LO bnd pre_1_18_3 -318.6602869442074
 UP bnd pre_1_18_3 318.6602869442074
 LO bnd pre_1_18_4 -318.6602869442074
 UP bnd pre_1_18_4 318.6602869442074
 LO bnd pre_1_18_5 -318.6602869442074
 UP bnd pre_1_18_5 318.6602869442074
 LO bnd pre_1_18_6 -318.6602869442074
 UP bnd pre_1_18_6 318.6602869442074
 LO bnd pre_1_18_7 -318.6602869442074
 UP bnd pre_1_18_7 318.6602869442074
 LO bnd pre_1_19_0 -319.5724104907919
 UP bnd pre_1_19_0 319.5724104907919
 LO bnd pre_1_19_1 -319.5724104907919
 UP bnd pre_1_19_1 319.5724104907919
 LO bnd pre_1_19_2 -319.5724104907919
 UP bnd pre_1_19_2 319.5724104907919
 LO bnd pre_1_19_3 -319.5724104907919
 UP bnd pre_1_19_3 319.5724104907919
 LO bnd pre_1_19_4 -319.5724104907919
 UP bnd pre_1_19_4 319.5724104907919
 LO bnd pre_1_19_5 -319.5724104907919
 UP bnd pre_1_19_5 319.5724104907919
 LO bnd pre_1_19_6 -319.5724104907919
 UP bnd pre_1_19_6 319.5724104907919
 LO bnd pre_1_19_7 -319.5724104907919
 UP bnd pre_1_19_7 319.5724104907919
 LO bnd pre_1_20_0 -320.48453403737636
 UP bnd pre_1_20_0 320.48453403737636
 LO bnd pre_1_20_1 -320.48453403737636
 UP bnd pre_1_20_1 320.48453403737636
 LO bnd pre_1_20_2 -320.48453403737636
 UP bnd pre_1_20_2 320.48453403737636
 LO bnd pre_1_20_3 -320.48453403737636
 UP bnd pre_1_20_3 320.48453403737636
 LO bnd pre_1_20_4 -320.48453403737636
 UP bnd pre_1_20_4 320.48453403737636
 LO bnd pre_1_20_5 -320.48453403737636
 UP bnd pre_1_20_5 320.48453403737636
 LO bnd pre_1_20_6 -320.48453403737636
 UP bnd pre_1_20_6 320.48453403737636
 LO bnd pre_1_20_7 -320.48453403737636
 UP bnd pre_1_20_7 320.48453403737636
 LO bnd pre_1_21_0 -276.32221571131004
 UP bnd pre_1_21_0 276.32221571131004
 LO bnd pre_1_21_1 -276.32221571131004
 UP bnd pre_1_21_1 276.32221571131004
 LO bnd pre_1_21_2 -276.32221571131004
 UP bnd pre_1_21_2 276.32221571131004
 LO bnd pre_1_21_3 -276.32221571131004
 UP bnd pre_1_21_3 276.32221571131004
 LO bnd pre_1_21_4 -276.32221571131004
 UP bnd pre_1_21_4 276.32221571131004
 LO bnd pre_1_21_5 -276.32221571131004
 UP bnd pre_1_21_5 276.32221571131004
 LO bnd pre_1_21_6 -276.32221571131004
 UP bnd pre_1_21_6 276.32221571131004
 LO bnd pre_1_21_7 -276.32221571131004
 UP bnd pre_1_21_7 276.32221571131004
 LO bnd pre_1_22_0 -277.2343392578945
 UP bnd pre_1_22_0 277.2343392578945
 LO bnd pre_1_22_1 -277.2343392578945
 UP bnd pre_1_22_1 277.2343392578945
 LO bnd pre_1_22_2 -277.2343392578945
 UP bnd pre_1_22_2 277.2343392578945
 LO bnd pre_1_22_3 -277.2343392578945
 UP bnd pre_1_22_3 277.2343392578945
 LO bnd pre_1_22_4 -277.2343392578945
 UP bnd pre_1_22_4 277.2343392578945
 LO bnd pre_1_22_5 -277.2343392578945
 UP bnd pre_1_22_5 277.2343392578945
 LO bnd pre_1_22_6 -277.2343392578945
 UP bnd pre_1_22_6 277.2343392578945
 LO bnd pre_1_22_7 -277.2343392578945
 UP bnd pre_1_22_7 277.2343392578945
 LO bnd pre_1_23_0 -278.146462804479
 UP bnd pre_1_23_0 278.146462804479
 LO bnd pre_1_23_1 -278.146462804479
 UP bnd pre_1_23_1 278.146462804479
 LO bnd pre_1_23_2 -278.146462804479
 UP bnd pre_1_23_2 278.146462804479
 LO bnd pre_1_23_3 -278.146462804479
 UP bnd pre_1_23_3 278.146462804479
 LO bnd pre_1_23_4 -278.146462804479
 UP bnd pre_1_23_4 278.146462804479
 LO bnd pre_1_23_5 -278.146462804479
 UP bnd pre_1_23_5 278.146462804479
 LO bnd pre_1_23_6 -278.146462804479
 UP bnd pre_1_23_6 278.146462804479
 LO bnd pre_1_23_7 -278.146462804479
 UP bnd pre_1_23_7 278.146462804479
 LO bnd pre_1_24_0 -233.98414447841262
 UP bnd pre_1_24_0 233.98414447841262
 LO bnd pre_1_24_1 -233.98414447841262
 UP bnd pre_1_24_1 233.98414447841262
 LO bnd pre_1_24_2 -233.98414447841262
 UP bnd pre_1_24_2 233.98414447841262
 LO bnd pre_1_24_3 -233.98414447841262
 UP bnd pre_1_24_3 233.98414447841262
 LO bnd pre_1_24_4 -233.98414447841262
 UP bnd pre_1_24_4 233.98414447841262
 LO bnd pre_1_24_5 -233.98414447841262
 UP bnd pre_1_24_5 233.98414447841262
 LO bnd pre_1_24_6 -233.98414447841262
 UP bnd pre_1_24_6 233.98414447841262
 LO bnd pre_1_24_7 -233.98414447841262
 UP bnd pre_1_24_7 233.98414447841262
 LO bnd pre_1_25_0 -234.8962680249971
 UP bnd pre_1_25_0 234.8962680249971
 LO bnd pre_1_25_1 -234.8962680249971
 UP bnd pre_1_25_1 234.8962680249971
 LO bnd pre_1_25_2 -234.8962680249971
 UP bnd pre_1_25_2 234.8962680249971
 LO bnd pre_1_25_3 -234.8962680249971
 UP bnd pre_1_25_3 234.8962680249971
 LO bnd pre_1_25_4 -234.8962680249971
 UP bnd pre_1_25_4 234.8962680249971
 LO bnd pre_1_25_5 -234.8962680249971
 UP bnd pre_1_25_5 234.8962680249971
 LO bnd pre_1_25_6 -234.8962680249971
 UP bnd pre_1_25_6 234.8962680249971
 LO bnd pre_1_25_7 -234.8962680249971
 UP bnd pre_1_25_7 234.8962680249971
 LO bnd pre_1_26_0 -235.8083915715816
 UP bnd pre_1_26_0 235.8083915715816
 LO bnd pre_1_26_1 -235.8083915715816
 UP bnd pre_1_26_1 235.8083915715816
 LO bnd pre_1_26_2 -235.8083915715816
 UP bnd pre_1_26_2 235.8083915715816
 LO bnd pre_1_26_3 -235.8083915715816
 UP bnd pre_1_26_3 235.8083915715816
 LO bnd pre_1_26_4 -235.8083915715816
 UP bnd pre_1_26_4 235.8083915715816
 LO bnd pre_1_26_5 -235.8083915715816
 UP bnd pre_1_26_5 235.8083915715816
 LO bnd pre_1_26_6 -235.8083915715816
 UP bnd pre_1_26_6 235.8083915715816
 LO bnd pre_1_26_7 -235.8083915715816
 UP bnd pre_1_26_7 235.8083915715816
 LO bnd pre_1_27_0 -230.45597187567114
 UP bnd pre_1_27_0 230.45597187567114
 LO bnd pre_1_27_1 -230.45597187567114
 UP bnd pre_1_27_1 230.45597187567114
 LO bnd pre_1_27_2 -230.45597187567114
 UP bnd pre_1_27_2 230.45597187567114
 LO bnd pre_1_27_3 -230.45597187567114
 UP bnd pre_1_27_3 230.45597187567114
 LO bnd pre_1_27_4 -230.45597187567114
 UP bnd pre_1_27_4 230.45597187567114
 LO bnd pre_1_27_5 -230.45597187567114
 UP bnd pre_1_27_5 230.45597187567114
 LO bnd pre_1_27_6 -230.45597187567114
 UP bnd pre_1_27_6 230.45597187567114
 LO bnd pre_1_27_7 -230.45597187567114
 UP bnd pre_1_27_7 230.45597187567114
 LO bnd pre_1_28_0 -231.36809542225564
 UP bnd pre_1_28_0 231.36809542225564
 LO bnd pre_1_28_1 -231.36809542225564
 UP bnd pre_1_28_1 231.36809542225564
 LO bnd pre_1_28_2 -231.36809542225564
 UP bnd pre_1_28_2 231.36809542225564
 LO bnd pre_1_28_3 -231.36809542225564
 UP bnd pre_1_28_3 231.36809542225564
 LO bnd pre_1_28_4 -231.36809542225564
 UP bnd pre_1_28_4 231.36809542225564
 LO bnd pre_1_28_5 -231.36809542225564
 UP bnd pre_1_28_5 231.36809542225564
 LO bnd pre_1_28_6 -231.36809542225564
 UP bnd pre_1_28_6 231.36809542225564
 LO bnd pre_1_28_7 -231.36809542225564
 UP bnd pre_1_28_7 231.36809542225564
 LO bnd pre_1_29_0 -232.28021896884013
 UP bnd pre_1_29_0 232.28021896884013
 LO bnd pre_1_29_1 -232.28021896884013
 UP bnd pre_1_29_1 232.28021896884013
 LO bnd pre_1_29_2 -232.28021896884013
 UP bnd pre_1_29_2 232.28021896884013
 LO bnd pre_1_29_3 -232.28021896884013
 UP bnd pre_1_29_3 232.28021896884013
 LO bnd pre_1_29_4 -232.28021896884013
 UP bnd pre_1_29_4 232.28021896884013
 LO bnd pre_1_29_5 -232.28021896884013
 UP bnd pre_1_29_5 232.28021896884013
 LO bnd pre_1_29_6 -232.28021896884013
 UP bnd pre_1_29_6 232.28021896884013
 LO bnd pre_1_29_7 -232.28021896884013
 UP bnd pre_1_29_7 232.28021896884013
 LO bnd pre_1_30_0 -226.92779927292972
 UP bnd pre_1_30_0 226.92779927292972
 LO bnd pre_1_30_1 -226.92779927292972
 UP bnd pre_1_30_1 226.92779927292972
 LO bnd pre_1_30_2 -226.92779927292972
 UP bnd pre_1_30_2 226.92779927292972
 LO bnd pre_1_30_3 -226.92779927292972
 UP bnd pre_1_30_3 226.92779927292972
 LO bnd pre_1_30_4 -226.92779927292972
 UP bnd pre_1_30_4 226.92779927292972
 LO bnd pre_1_30_5 -226.92779927292972
 UP bnd pre_1_30_5 226.92779927292972
 LO bnd pre_1_30_6 -226.92779927292972
 UP bnd pre_1_30_6 226.92779927292972
 LO bnd pre_1_30_7 -226.92779927292972
 UP bnd pre_1_30_7 226.92779927292972
 LO bnd pre_1_31_0 -227.8399228195142
 UP bnd pre_1_31_0 227.8399228195142
 LO bnd pre_1_31_1 -227.8399228195142
 UP bnd pre_1_31_1 227.8399228195142
 LO bnd pre_1_31_2 -227.8399228195142
 UP bnd pre_1_31_2 227.8399228195142
 LO bnd pre_1_31_3 -227.8399228195142
 UP bnd pre_1_31_3 227.8399228195142
 LO bnd pre_1_31_4 -227.8399228195142
 UP bnd pre_1_31_4 227.8399228195142
 LO bnd pre_1_31_5 -227.8399228195142
 UP bnd pre_1_31_5 227.8399228195142
 LO bnd pre_1_31_6 -227.8399228195142
 UP bnd pre_1_31_6 227.8399228195142
 LO bnd pre_1_31_7 -227.8399228195142
 UP bnd pre_1_31_7 227.8399228195142
 LO bnd pre_1_32_0 -228.75204636609868
 UP bnd pre_1_32_0 228.75204636609868
 LO bnd pre_1_32_1 -228.75204636609868
 UP bnd pre_1_32_1 228.75204636609868
 LO bnd pre_1_32_2 -228.75204636609868
 UP bnd pre_1_32_2 228.75204636609868
 LO bnd pre_1_32_3 -228.75204636609868
 UP bnd pre_1_32_3 228.75204636609868
 LO bnd pre_1_32_4 -228.75204636609868
 UP bnd pre_1_32_4 228.75204636609868
 LO bnd pre_1_32_5 -228.75204636609868
 UP bnd pre_1_32_5 228.75204636609868
 LO bnd pre_1_32_6 -228.75204636609868
 UP bnd pre_1_32_6 228.75204636609868
 LO bnd pre_1_32_7 -228.75204636609868
 UP bnd pre_1_32_7 228.75204636609868
 LO bnd pre_1_33_0 -223.39962667018827
 UP bnd pre_1_33_0 223.39962667018827
 LO bnd pre_1_33_1 -223.39962667018827
 UP bnd pre_1_33_1 223.39962667018827
 LO bnd pre_1_33_2 -223.39962667018827
 UP bnd pre_1_33_2 223.39962667018827
 LO bnd pre_1_33_3 -223.39962667018827
 UP bnd pre_1_33_3 223.39962667018827
 LO bnd pre_1_33_4 -223.39962667018827
 UP bnd pre_1_33_4 223.39962667018827
 LO bnd pre_1_33_5 -223.39962667018827
 UP bnd pre_1_33_5 223.39962667018827
 LO bnd pre_1_33_6 -223.39962667018827
 UP bnd pre_1_33_6 223.39962667018827
 LO bnd pre_1_33_7 -223.39962667018827
 UP bnd pre_1_33_7 223.39962667018827
 LO bnd pre_1_34_0 -224.31175021677274
 UP bnd pre_1_34_0 224.31175021677274
 LO bnd pre_1_34_1 -224.31175021677274
 UP bnd pre_1_34_1 224.31175021677274
 LO bnd pre_1_34_2 -224.31175021677274
 UP bnd pre_1_34_2 224.31175021677274
 LO bnd pre_1_34_3 -224.31175021677274
 UP bnd pre_1_34_3 224.31175021677274
 LO bnd pre_1_34_4 -224.31175021677274
 UP bnd pre_1_34_4 224.31175021677274
 LO bnd pre_1_34_5 -224.31175021677274
 UP bnd pre_1_34_5 224.31175021677274
 LO bnd pre_1_34_6 -224.31175021677274
 UP bnd pre_1_34_6 224.31175021677274
 LO bnd pre_1_34_7 -224.31175021677274
 UP bnd pre_1_34_7 224.31175021677274
 LO bnd pre_1_35_0 -225.22387376335723
 UP bnd pre_1_35_0 225.22387376335723
 LO bnd pre_1_35_1 -225.22387376335723
 UP bnd pre_1_35_1 225.22387376335723
 LO bnd pre_1_35_2 -225.22387376335723
 UP bnd pre_1_35_2 225.22387376335723
 LO bnd pre_1_35_3 -225.22387376335723
 UP bnd pre_1_35_3 225.22387376335723
 LO bnd pre_1_35_4 -225.22387376335723
 UP bnd pre_1_35_4 225.22387376335723
 LO bnd pre_1_35_5 -225.22387376335723
 UP bnd pre_1_35_5 225.22387376335723
 LO bnd pre_1_35_6 -225.22387376335723
 UP bnd pre_1_35_6 225.22387376335723
 LO bnd pre_1_35_7 -225.22387376335723
 UP bnd pre_1_35_7 225.22387376335723
 LO bnd pre_1_36_0 -205.758763656481
 UP bnd pre_1_36_0 205.758763656481
 LO bnd pre_1_36_1 -205.758763656481
 UP bnd pre_1_36_1 205.758763656481
 LO bnd pre_1_36_2 -205.758763656481
 UP bnd pre_1_36_2 205.758763656481
 LO bnd pre_1_36_3 -205.758763656481
 UP bnd pre_1_36_3 205.758763656481
 LO bnd pre_1_36_4 -205.758763656481
 UP bnd pre_1_36_4 205.758763656481
 LO bnd pre_1_36_5 -205.758763656481
 UP bnd pre_1_36_5 205.758763656481
 LO bnd pre_1_36_6 -205.758763656481
 UP bnd pre_1_36_6 205.758763656481
 LO bnd pre_1_36_7 -205.758763656481
 UP bnd pre_1_36_7 205.758763656481
 LO bnd pre_1_37_0 -206.6708872030655
 UP bnd pre_1_37_0 206.6708872030655
 LO bnd pre_1_37_1 -206.6708872030655
 UP bnd pre_1_37_1 206.6708872030655
 LO bnd pre_1_37_2 -206.6708872030655
 UP bnd pre_1_37_2 206.6708872030655
 LO bnd pre_1_37_3 -206.6708872030655
 UP bnd pre_1_37_3 206.6708872030655
 LO bnd pre_1_37_4 -206.6708872030655
 UP bnd pre_1_37_4 206.6708872030655
 LO bnd pre_1_37_5 -206.6708872030655
 UP bnd pre_1_37_5 206.6708872030655
 LO bnd pre_1_37_6 -206.6708872030655
 UP bnd pre_1_37_6 206.6708872030655
 LO bnd pre_1_37_7 -206.6708872030655
 UP bnd pre_1_37_7 206.6708872030655
 LO bnd pre_1_38_0 -207.58301074965
 UP bnd pre_1_38_0 207.58301074965
 LO bnd pre_1_38_1 -207.58301074965
 UP bnd pre_1_38_1 207.58301074965
 LO bnd pre_1_38_2 -207.58301074965
 UP bnd pre_1_38_2 207.58301074965
 LO bnd pre_1_38_3 -207.58301074965
 UP bnd pre_1_38_3 207.58301074965
 LO bnd pre_1_38_4 -207.58301074965
 UP bnd pre_1_38_4 207.58301074965
 LO bnd pre_1_38_5 -207.58301074965
 UP bnd pre_1_38_5 207.58301074965
 LO bnd pre_1_38_6 -207.58301074965
 UP bnd pre_1_38_6 207.58301074965
 LO bnd pre_1_38_7 -207.58301074965
 UP bnd pre_1_38_7 207.58301074965
 LO bnd pre_1_39_0 -198.7024184509981
 UP bnd pre_1_39_0 198.7024184509981
 LO bnd pre_1_39_1 -198.7024184509981
 UP bnd pre_1_39_1 198.7024184509981
 LO bnd pre_1_39_2 -198.7024184509981
 UP bnd pre_1_39_2 198.7024184509981
 LO bnd pre_1_39_3 -198.7024184509981
 UP bnd pre_1_39_3 198.7024184509981
 LO bnd pre_1_39_4 -198.7024184509981
 UP bnd pre_1_39_4 198.7024184509981
 LO bnd pre_1_39_5 -198.7024184509981
 UP bnd pre_1_39_5 198.7024184509981
 LO bnd pre_1_39_6 -198.7024184509981
 UP bnd pre_1_39_6 198.7024184509981
 LO bnd pre_1_39_7 -198.7024184509981
 UP bnd pre_1_39_7 198.7024184509981
 LO bnd pre_1_40_0 -199.61454199758256
 UP bnd pre_1_40_0 199.61454199758256
 LO bnd pre_1_40_1 -199.61454199758256
 UP bnd pre_1_40_1 199.61454199758256
 LO bnd pre_1_40_2 -199.61454199758256
 UP bnd pre_1_40_2 199.61454199758256
 LO bnd pre_1_40_3 -199.61454199758256
 UP bnd pre_1_40_3 199.61454199758256
 LO bnd pre_1_40_4 -199.61454199758256
 UP bnd pre_1_40_4 199.61454199758256
 LO bnd pre_1_40_5 -199.61454199758256
 UP bnd pre_1_40_5 199.61454199758256
 LO bnd pre_1_40_6 -199.61454199758256
 UP bnd pre_1_40_6 199.61454199758256
 LO bnd pre_1_40_7 -199.61454199758256
 UP bnd pre_1_40_7 199.61454199758256
 LO bnd pre_1_41_0 -200.5266655441671
 UP bnd pre_1_41_0 200.5266655441671
 LO bnd pre_1_41_1 -200.5266655441671
 UP bnd pre_1_41_1 200.5266655441671
 LO bnd pre_1_41_2 -200.5266655441671
 UP bnd pre_1_41_2 200.5266655441671
 LO bnd pre_1_41_3 -200.5266655441671
 UP bnd pre_1_41_3 200.5266655441671
 LO bnd pre_1_41_4 -200.5266655441671
 UP bnd pre_1_41_4 200.5266655441671
 LO bnd pre_1_41_5 -200.5266655441671
 UP bnd pre_1_41_5 200.5266655441671
 LO bnd pre_1_41_6 -200.5266655441671
 UP bnd pre_1_41_6 200.5266655441671
 LO bnd pre_1_41_7 -200.5266655441671
 UP bnd pre_1_41_7 200.5266655441671
 LO bnd pre_1_42_0 -191.6460732455152
 UP bnd pre_1_42_0 191.6460732455152
 LO bnd pre_1_42_1 -191.6460732455152
 UP bnd pre_1_42_1 191.6460732455152
 LO bnd pre_1_42_2 -191.6460732455152
 UP bnd pre_1_42_2 191.6460732455152
 LO bnd pre_1_42_3 -191.6460732455152
 UP bnd pre_1_42_3 191.6460732455152
 LO bnd pre_1_42_4 -191.6460732455152
 UP bnd pre_1_42_4 191.6460732455152
 LO bnd pre_1_42_5 -191.6460732455152
 UP bnd pre_1_42_5 191.6460732455152
 LO bnd pre_1_42_6 -191.6460732455152
 UP bnd pre_1_42_6 191.6460732455152
 LO bnd pre_1_42_7 -191.6460732455152
 UP bnd pre_1_42_7 191.6460732455152
 LO bnd pre_1_43_0 -192.5581967920997
 UP bnd pre_1_43_0 192.5581967920997
 LO bnd pre_1_43_1 -192.5581967920997
 UP bnd pre_1_43_1 192.5581967920997
 LO bnd pre_1_43_2 -192.5581967920997
 UP bnd pre_1_43_2 192.5581967920997
 LO bnd pre_1_43_3 -192.5581967920997
 UP bnd pre_1_43_3 192.5581967920997
 LO bnd pre_1_43_4 -192.5581967920997
 UP bnd pre_1_43_4 192.5581967920997
 LO bnd pre_1_43_5 -192.5581967920997
 UP bnd pre_1_43_5 192.5581967920997
 LO bnd pre_1_43_6 -192.5581967920997
 UP bnd pre_1_43_6 192.5581967920997
 LO bnd pre_1_43_7 -192.5581967920997
 UP bnd pre_1_43_7 192.5581967920997
 LO bnd pre_1_44_0 -193.47032033868416
 UP bnd pre_1_44_0 193.47032033868416
 LO bnd pre_1_44_1 -193.47032033868416
 UP bnd pre_1_44_1 193.47032033868416
 LO bnd pre_1_44_2 -193.47032033868416
 UP bnd pre_1_44_2 193.47032033868416
 LO bnd pre_1_44_3 -193.47032033868416
 UP bnd pre_1_44_3 193.47032033868416
 LO bnd pre_1_44_4 -193.47032033868416
 UP bnd pre_1_44_4 193.47032033868416
 LO bnd pre_1_44_5 -193.47032033868416
 UP bnd pre_1_44_5 193.47032033868416
 LO bnd pre_1_44_6 -193.47032033868416
 UP bnd pre_1_44_6 193.47032033868416
 LO bnd pre_1_44_7 -193.47032033868416
 UP bnd pre_1_44_7 193.47032033868416
 LO bnd pre_1_45_0 -399.9356004311774
 UP bnd pre_1_45_0 399.9356004311774
 LO bnd pre_1_45_1 -399.9356004311774
 UP bnd pre_1_45_1 399.9356004311774
 LO bnd pre_1_45_2 -399.9356004311774
 UP bnd pre_1_45_2 399.9356004311774
 LO bnd pre_1_45_3 -399.9356004311774
 UP bnd pre_1_45_3 399.9356004311774
 LO bnd pre_1_45_4 -399.9356004311774
 UP bnd pre_1_45_4 399.9356004311774
 LO bnd pre_1_45_5 -399.9356004311774
 UP bnd pre_1_45_5 399.9356004311774
 LO bnd pre_1_45_6 -399.9356004311774
 UP bnd pre_1_45_6 399.9356004311774
 LO bnd pre_1_45_7 -399.9356004311774
 UP bnd pre_1_45_7 399.9356004311774
 LO bnd pre_1_46_0 -400.8477239777618
 UP bnd pre_1_46_0 400.8477239777618
 LO bnd pre_1_46_1 -400.8477239777618
 UP bnd pre_1_46_1 400.8477239777618
 LO bnd pre_1_46_2 -400.8477239777618
 UP bnd pre_1_46_2 400.8477239777618
 LO bnd pre_1_46_3 -400.8477239777618
 UP bnd pre_1_46_3 400.8477239777618
 LO bnd pre_1_46_4 -400.8477239777618
 UP bnd pre_1_46_4 400.8477239777618
 LO bnd pre_1_46_5 -400.8477239777618
 UP bnd pre_1_46_5 400.8477239777618
 LO bnd pre_1_46_6 -400.8477239777618
 UP bnd pre_1_46_6 400.8477239777618
 LO bnd pre_1_46_7 -400.8477239777618
 UP bnd pre_1_46_7 400.8477239777618
 LO bnd pre_1_47_0 -401.7598475243464
 UP bnd pre_1_47_0 401.7598475243464
 LO bnd pre_1_47_1 -401.7598475243464
 UP bnd pre_1_47_1 401.7598475243464
 LO bnd pre_1_47_2 -401.7598475243464
 UP bnd pre_1_47_2 401.7598475243464
 LO bnd pre_1_47_3 -401.7598475243464
 UP bnd pre_1_47_3 401.7598475243464
 LO bnd pre_1_47_4 -401.7598475243464
 UP bnd pre_1_47_4 401.7598475243464
 LO bnd pre_1_47_5 -401.7598475243464
 UP bnd pre_1_47_5 401.7598475243464
 LO bnd pre_1_47_6 -401.7598475243464
 UP bnd pre_1_47_6 401.7598475243464
 LO bnd pre_1_47_7 -401.7598475243464
 UP bnd pre_1_47_7 401.7598475243464
 LO bnd pre_1_48_0 -392.8792552256946
 UP bnd pre_1_48_0 392.8792552256946
 LO bnd pre_1_48_1 -392.8792552256946
 UP bnd pre_1_48_1 392.8792552256946
 LO bnd pre_1_48_2 -392.8792552256946
 UP bnd pre_1_48_2 392.8792552256946
 LO bnd pre_1_48_3 -392.8792552256946
 UP bnd pre_1_48_3 392.8792552256946
 LO bnd pre_1_48_4 -392.8792552256946
 UP bnd pre_1_48_4 392.8792552256946
 LO bnd pre_1_48_5 -392.8792552256946
 UP bnd pre_1_48_5 392.8792552256946
 LO bnd pre_1_48_6 -392.8792552256946
 UP bnd pre_1_48_6 392.8792552256946
 LO bnd pre_1_48_7 -392.8792552256946
 UP bnd pre_1_48_7 392.8792552256946
 LO bnd pre_1_49_0 -393.79137877227896
 UP bnd pre_1_49_0 393.79137877227896
 LO bnd pre_1_49_1 -393.79137877227896
 UP bnd pre_1_49_1 393.79137877227896
 LO bnd pre_1_49_2 -393.79137877227896
 UP bnd pre_1_49_2 393.79137877227896
 LO bnd pre_1_49_3 -393.79137877227896
 UP bnd pre_1_49_3 393.79137877227896
 LO bnd pre_1_49_4 -393.79137877227896
 UP bnd pre_1_49_4 393.79137877227896
 LO bnd pre_1_49_5 -393.79137877227896
 UP bnd pre_1_49_5 393.79137877227896
 LO bnd pre_1_49_6 -393.79137877227896
 UP bnd pre_1_49_6 393.79137877227896
 LO bnd pre_1_49_7 -393.79137877227896
 UP bnd pre_1_49_7 393.79137877227896
 LO bnd pre_1_50_0 -400.14567928105447
 UP bnd pre_1_50_0 400.14567928105447
 LO bnd pre_1_50_1 -400.14567928105447
 UP bnd pre_1_50_1 400.14567928105447
 LO bnd pre_1_50_2 -400.14567928105447
 UP bnd pre_1_50_2 400.14567928105447
 LO bnd pre_1_50_3 -400.14567928105447
 UP bnd pre_1_50_3 400.14567928105447
 LO bnd pre_1_50_4 -400.14567928105447
 UP bnd pre_1_50_4 400.14567928105447
 LO bnd pre_1_50_5 -400.14567928105447
 UP bnd pre_1_50_5 400.14567928105447
 LO bnd pre_1_50_6 -400.14567928105447
 UP bnd pre_1_50_6 400.14567928105447
 LO bnd pre_1_50_7 -400.14567928105447
 UP bnd pre_1_50_7 400.14567928105447
 LO bnd pre_1_51_0 -385.8229100202116
 UP bnd pre_1_51_0 385.8229100202116
 LO bnd pre_1_51_1 -385.8229100202116
 UP bnd pre_1_51_1 385.8229100202116
 LO bnd pre_1_51_2 -385.8229100202116
 UP bnd pre_1_51_2 385.8229100202116
 LO bnd pre_1_51_3 -385.8229100202116
 UP bnd pre_1_51_3 385.8229100202116
 LO bnd pre_1_51_4 -385.8229100202116
 UP bnd pre_1_51_4 385.8229100202116
 LO bnd pre_1_51_5 -385.8229100202116
 UP bnd pre_1_51_5 385.8229100202116
 LO bnd pre_1_51_6 -385.8229100202116
 UP bnd pre_1_51_6 385.8229100202116
 LO bnd pre_1_51_7 -385.8229100202116
 UP bnd pre_1_51_7 385.8229100202116
 LO bnd pre_1_52_0 -386.73503356679606
 UP bnd pre_1_52_0 386.73503356679606
 LO bnd pre_1_52_1 -386.73503356679606
 UP bnd pre_1_52_1 386.73503356679606
 LO bnd pre_1_52_2 -386.73503356679606
 UP bnd pre_1_52_2 386.73503356679606
 LO bnd pre_1_52_3 -386.73503356679606
 UP bnd pre_1_52_3 386.73503356679606
 LO bnd pre_1_52_4 -386.73503356679606
 UP bnd pre_1_52_4 386.73503356679606
 LO bnd pre_1_52_5 -386.73503356679606
 UP bnd pre_1_52_5 386.73503356679606
 LO bnd pre_1_52_6 -386.73503356679606
 UP bnd pre_1_52_6 386.73503356679606
 LO bnd pre_1_52_7 -386.73503356679606
 UP bnd pre_1_52_7 386.73503356679606
 LO bnd pre_1_53_0 -400.6017410543467
 UP bnd pre_1_53_0 400.6017410543467
 LO bnd pre_1_53_1 -400.6017410543467
 UP bnd pre_1_53_1 400.6017410543467
 LO bnd pre_1_53_2 -400.6017410543467
 UP bnd pre_1_53_2 400.6017410543467
 LO bnd pre_1_53_3 -400.6017410543467
 UP bnd pre_1_53_3 400.6017410543467
 LO bnd pre_1_53_4 -400.6017410543467
 UP bnd pre_1_53_4 400.6017410543467
 LO bnd pre_1_53_5 -400.6017410543467
 UP bnd pre_1_53_5 400.6017410543467
 LO bnd pre_1_53_6 -400.6017410543467
 UP bnd pre_1_53_6 400.6017410543467
 LO bnd pre_1_53_7 -400.6017410543467
 UP bnd pre_1_53_7 400.6017410543467
 LO bnd pre_1_54_0 -373.5165146656457
 UP bnd pre_1_54_0 373.5165146656457
 LO bnd pre_1_54_1 -373.5165146656457
 UP bnd pre_1_54_1 373.5165146656457
 LO bnd pre_1_54_2 -373.5165146656457
 UP bnd pre_1_54_2 373.5165146656457
 LO bnd pre_1_54_3 -373.5165146656457
 UP bnd pre_1_54_3 373.5165146656457
 LO bnd pre_1_54_4 -373.5165146656457
 UP bnd pre_1_54_4 373.5165146656457
 LO bnd pre_1_54_5 -373.5165146656457
 UP bnd pre_1_54_5 373.5165146656457
 LO bnd pre_1_54_6 -373.5165146656457
 UP bnd pre_1_54_6 373.5165146656457
 LO bnd pre_1_54_7 -373.5165146656457
 UP bnd pre_1_54_7 373.5165146656457
 LO bnd pre_1_55_0 -387.62920507661147
 UP bnd pre_1_55_0 387.62920507661147
 LO bnd pre_1_55_1 -387.62920507661147
 UP bnd pre_1_55_1 387.62920507661147
 LO bnd pre_1_55_2 -387.62920507661147
 UP bnd pre_1_55_2 387.62920507661147
 LO bnd pre_1_55_3 -387.62920507661147
 UP bnd pre_1_55_3 387.62920507661147
 LO bnd pre_1_55_4 -387.62920507661147
 UP bnd pre_1_55_4 387.62920507661147
 LO bnd pre_1_55_5 -387.62920507661147
 UP bnd pre_1_55_5 387.62920507661147
 LO bnd pre_1_55_6 -387.62920507661147
 UP bnd pre_1_55_6 387.62920507661147
 LO bnd pre_1_55_7 -387.62920507661147
 UP bnd pre_1_55_7 387.62920507661147
 LO bnd pre_1_56_0 -401.7418954875773
 UP bnd pre_1_56_0 401.7418954875773
 LO bnd pre_1_56_1 -401.7418954875773
 UP bnd pre_1_56_1 401.7418954875773
 LO bnd pre_1_56_2 -401.7418954875773
 UP bnd pre_1_56_2 401.7418954875773
 LO bnd pre_1_56_3 -401.7418954875773
 UP bnd pre_1_56_3 401.7418954875773
 LO bnd pre_1_56_4 -401.7418954875773
 UP bnd pre_1_56_4 401.7418954875773
 LO bnd pre_1_56_5 -401.7418954875773
 UP bnd pre_1_56_5 401.7418954875773
 LO bnd pre_1_56_6 -401.7418954875773
 UP bnd pre_1_56_6 401.7418954875773
 LO bnd pre_1_56_7 -401.7418954875773
 UP bnd pre_1_56_7 401.7418954875773
 LO bnd pre_1_57_0 -373.7445455522918
 UP bnd pre_1_57_0 373.7445455522918
 LO bnd pre_1_57_1 -373.7445455522918
 UP bnd pre_1_57_1 373.7445455522918
 LO bnd pre_1_57_2 -373.7445455522918
 UP bnd pre_1_57_2 373.7445455522918
 LO bnd pre_1_57_3 -373.7445455522918
 UP bnd pre_1_57_3 373.7445455522918
 LO bnd pre_1_57_4 -373.7445455522918
 UP bnd pre_1_57_4 373.7445455522918
 LO bnd pre_1_57_5 -373.7445455522918
 UP bnd pre_1_57_5 373.7445455522918
 LO bnd pre_1_57_6 -373.7445455522918
 UP bnd pre_1_57_6 373.7445455522918
 LO bnd pre_1_57_7 -373.7445455522918
 UP bnd pre_1_57_7 373.7445455522918
 LO bnd pre_1_58_0 -387.8572359632576
 UP bnd pre_1_58_0 387.8572359632576
 LO bnd pre_1_58_1 -387.8572359632576
 UP bnd pre_1_58_1 387.8572359632576
 LO bnd pre_1_58_2 -387.8572359632576
 UP bnd pre_1_58_2 387.8572359632576
 LO bnd pre_1_58_3 -387.8572359632576
 UP bnd pre_1_58_3 387.8572359632576
 LO bnd pre_1_58_4 -387.8572359632576
 UP bnd pre_1_58_4 387.8572359632576
 LO bnd pre_1_58_5 -387.8572359632576
 UP bnd pre_1_58_5 387.8572359632576
 LO bnd pre_1_58_6 -387.8572359632576
 UP bnd pre_1_58_6 387.8572359632576
 LO bnd pre_1_58_7 -387.8572359632576
 UP bnd pre_1_58_7 387.8572359632576
 LO bnd pre_1_59_0 -401.96992637422346
 UP bnd pre_1_59_0 401.96992637422346
 LO bnd pre_1_59_1 -401.96992637422346
 UP bnd pre_1_59_1 401.96992637422346
 LO bnd pre_1_59_2 -401.96992637422346
 UP bnd pre_1_59_2 401.96992637422346
 LO bnd pre_1_59_3 -401.96992637422346
 UP bnd pre_1_59_3 401.96992637422346
 LO bnd pre_1_59_4 -401.96992637422346
 UP bnd pre_1_59_4 401.96992637422346
 LO bnd pre_1_59_5 -401.96992637422346
 UP bnd pre_1_59_5 401.96992637422346
 LO bnd pre_1_59_6 -401.96992637422346
 UP bnd pre_1_59_6 401.96992637422346
 LO bnd pre_1_59_7 -401.96992637422346
 UP bnd pre_1_59_7 401.96992637422346
 LO bnd pre_1_60_0 -373.9725764389379
 UP bnd pre_1_60_0 373.9725764389379
 LO bnd pre_1_60_1 -373.9725764389379
 UP bnd pre_1_60_1 373.9725764389379
 LO bnd pre_1_60_2 -373.9725764389379
 UP bnd pre_1_60_2 373.9725764389379
 LO bnd pre_1_60_3 -373.9725764389379
 UP bnd pre_1_60_3 373.9725764389379
 LO bnd pre_1_60_4 -373.9725764389379
 UP bnd pre_1_60_4 373.9725764389379
 LO bnd pre_1_60_5 -373.9725764389379
 UP bnd pre_1_60_5 373.9725764389379
 LO bnd pre_1_60_6 -373.9725764389379
 UP bnd pre_1_60_6 373.9725764389379
 LO bnd pre_1_60_7 -373.9725764389379
 UP bnd pre_1_60_7 373.9725764389379
 LO bnd pre_1_61_0 -388.0852668499037
 UP bnd pre_1_61_0 388.0852668499037
 LO bnd pre_1_61_1 -388.0852668499037
 UP bnd pre_1_61_1 388.0852668499037
 LO bnd pre_1_61_2 -388.0852668499037
 UP bnd pre_1_61_2 388.0852668499037
 LO bnd pre_1_61_3 -388.0852668499037
 UP bnd pre_1_61_3 388.0852668499037
 LO bnd pre_1_61_4 -388.0852668499037
 UP bnd pre_1_61_4 388.0852668499037
 LO bnd pre_1_61_5 -388.0852668499037
 UP bnd pre_1_61_5 388.0852668499037
 LO bnd pre_1_61_6 -388.0852668499037
 UP bnd pre_1_61_6 388.0852668499037
 LO bnd pre_1_61_7 -388.0852668499037
 UP bnd pre_1_61_7 388.0852668499037
 LO bnd pre_1_62_0 -402.19795726086954
 UP bnd pre_1_62_0 402.19795726086954
 LO bnd pre_1_62_1 -402.19795726086954
 UP bnd pre_1_62_1 402.19795726086954
 LO bnd pre_1_62_2 -402.19795726086954
 UP bnd pre_1_62_2 402.19795726086954
 LO bnd pre_1_62_3 -402.19795726086954
 UP bnd pre_1_62_3 402.19795726086954
 LO bnd pre_1_62_4 -402.19795726086954
 UP bnd pre_1_62_4 402.19795726086954
 LO bnd pre_1_62_5 -402.19795726086954
 UP bnd pre_1_62_5 402.19795726086954
 LO bnd pre_1_62_6 -402.19795726086954
 UP bnd pre_1_62_6 402.19795726086954
 LO bnd pre_1_62_7 -402.19795726086954
 UP bnd pre_1_62_7 402.19795726086954
 LO bnd pre_1_63_0 -374.20060732558403
 UP bnd pre_1_63_0 374.20060732558403
 LO bnd pre_1_63_1 -374.20060732558403
 UP bnd pre_1_63_1 374.20060732558403
 LO bnd pre_1_63_2 -374.20060732558403
 UP bnd pre_1_63_2 374.20060732558403
 LO bnd pre_1_63_3 -374.20060732558403
 UP bnd pre_1_63_3 374.20060732558403
 LO bnd pre_1_63_4 -374.20060732558403
 UP bnd pre_1_63_4 374.20060732558403
 LO bnd pre_1_63_5 -374.20060732558403
 UP bnd pre_1_63_5 374.20060732558403
 LO bnd pre_1_63_6 -374.20060732558403
 UP bnd pre_1_63_6 374.20060732558403
 LO bnd pre_1_63_7 -374.20060732558403
 UP bnd pre_1_63_7 374.20060732558403
 LO bnd pre_1_64_0 -388.3132977365499
 UP bnd pre_1_64_0 388.3132977365499
 LO bnd pre_1_64_1 -388.3132977365499
 UP bnd pre_1_64_1 388.3132977365499
 LO bnd pre_1_64_2 -388.3132977365499
 UP bnd pre_1_64_2 388.3132977365499
 LO bnd pre_1_64_3 -388.3132977365499
 UP bnd pre_1_64_3 388.3132977365499
 LO bnd pre_1_64_4 -388.3132977365499
 UP bnd pre_1_64_4 388.3132977365499
 LO bnd pre_1_64_5 -388.3132977365499
 UP bnd pre_1_64_5 388.3132977365499
 LO bnd pre_1_64_6 -388.3132977365499
 UP bnd pre_1_64_6 388.3132977365499
 LO bnd pre_1_64_7 -388.3132977365499
 UP bnd pre_1_64_7 388.3132977365499
 LO bnd pre_1_65_0 -402.4259881475157
 UP bnd pre_1_65_0 402.4259881475157
 LO bnd pre_1_65_1 -402.4259881475157
 UP bnd pre_1_65_1 402.4259881475157
 LO bnd pre_1_65_2 -402.4259881475157
 UP bnd pre_1_65_2 402.4259881475157
 LO bnd pre_1_65_3 -402.4259881475157
 UP bnd pre_1_65_3 402.4259881475157
 LO bnd pre_1_65_4 -402.4259881475157
 UP bnd pre_1_65_4 402.4259881475157
 LO bnd pre_1_65_5 -402.4259881475157
 UP bnd pre_1_65_5 402.4259881475157
 LO bnd pre_1_65_6 -402.4259881475157
 UP bnd pre_1_65_6 402.4259881475157
 LO bnd pre_1_65_7 -402.4259881475157
 UP bnd pre_1_65_7 402.4259881475157
 LO bnd pre_1_66_0 -376.9369779653376
 UP bnd pre_1_66_0 376.9369779653376
 LO bnd pre_1_66_1 -376.9369779653376
 UP bnd pre_1_66_1 376.9369779653376
 LO bnd pre_1_66_2 -376.9369779653376
 UP bnd pre_1_66_2 376.9369779653376
 LO bnd pre_1_66_3 -376.9369779653376
 UP bnd pre_1_66_3 376.9369779653376
 LO bnd pre_1_66_4 -376.9369779653376
 UP bnd pre_1_66_4 376.9369779653376
 LO bnd pre_1_66_5 -376.9369779653376
 UP bnd pre_1_66_5 376.9369779653376
 LO bnd pre_1_66_6 -376.9369779653376
 UP bnd pre_1_66_6 376.9369779653376
 LO bnd pre_1_66_7 -376.9369779653376
 UP bnd pre_1_66_7 376.9369779653376
 LO bnd pre_1_67_0 -391.0496683763033
 UP bnd pre_1_67_0 391.0496683763033
 LO bnd pre_1_67_1 -391.0496683763033
 UP bnd pre_1_67_1 391.0496683763033
 LO bnd pre_1_67_2 -391.0496683763033
 UP bnd pre_1_67_2 391.0496683763033
 LO bnd pre_1_67_3 -391.0496683763033
 UP bnd pre_1_67_3 391.0496683763033
 LO bnd pre_1_67_4 -391.0496683763033
 UP bnd pre_1_67_4 391.0496683763033
 LO bnd pre_1_67_5 -391.0496683763033
 UP bnd pre_1_67_5 391.0496683763033
 LO bnd pre_1_67_6 -391.0496683763033
 UP bnd pre_1_67_6 391.0496683763033
 LO bnd pre_1_67_7 -391.0496683763033
 UP bnd pre_1_67_7 391.0496683763033
 LO bnd pre_1_68_0 -405.16235878726917
 UP bnd pre_1_68_0 405.16235878726917
 LO bnd pre_1_68_1 -405.16235878726917
 UP bnd pre_1_68_1 405.16235878726917
 LO bnd pre_1_68_2 -405.16235878726917
 UP bnd pre_1_68_2 405.16235878726917
 LO bnd pre_1_68_3 -405.16235878726917
 UP bnd pre_1_68_3 405.16235878726917
 LO bnd pre_1_68_4 -405.16235878726917
 UP bnd pre_1_68_4 405.16235878726917
 LO bnd pre_1_68_5 -405.16235878726917
 UP bnd pre_1_68_5 405.16235878726917
 LO bnd pre_1_68_6 -405.16235878726917
 UP bnd pre_1_68_6 405.16235878726917
 LO bnd pre_1_68_7 -405.16235878726917
 UP bnd pre_1_68_7 405.16235878726917
 LO bnd pre_1_69_0 -379.67334860509106
 UP bnd pre_1_69_0 379.67334860509106
 LO bnd pre_1_69_1 -379.67334860509106
 UP bnd pre_1_69_1 379.67334860509106
 LO bnd pre_1_69_2 -379.67334860509106
 UP bnd pre_1_69_2 379.67334860509106
 LO bnd pre_1_69_3 -379.67334860509106
 UP bnd pre_1_69_3 379.67334860509106
 LO bnd pre_1_69_4 -379.67334860509106
 UP bnd pre_1_69_4 379.67334860509106
 LO bnd pre_1_69_5 -379.67334860509106
 UP bnd pre_1_69_5 379.67334860509106
 LO bnd pre_1_69_6 -379.67334860509106
 UP bnd pre_1_69_6 379.67334860509106
 LO bnd pre_1_69_7 -379.67334860509106
 UP bnd pre_1_69_7 379.67334860509106
 LO bnd pre_1_70_0 -393.78603901605686
 UP bnd pre_1_70_0 393.78603901605686
 LO bnd pre_1_70_1 -393.78603901605686
 UP bnd pre_1_70_1 393.78603901605686
 LO bnd pre_1_70_2 -393.78603901605686
 UP bnd pre_1_70_2 393.78603901605686
 LO bnd pre_1_70_3 -393.78603901605686
 UP bnd pre_1_70_3 393.78603901605686
 LO bnd pre_1_70_4 -393.78603901605686
 UP bnd pre_1_70_4 393.78603901605686
 LO bnd pre_1_70_5 -393.78603901605686
 UP bnd pre_1_70_5 393.78603901605686
 LO bnd pre_1_70_6 -393.78603901605686
 UP bnd pre_1_70_6 393.78603901605686
 LO bnd pre_1_70_7 -393.78603901605686
 UP bnd pre_1_70_7 393.78603901605686
 LO bnd pre_1_71_0 -407.89872942702266
 UP bnd pre_1_71_0 407.89872942702266
 LO bnd pre_1_71_1 -407.89872942702266
 UP bnd pre_1_71_1 407.89872942702266
 LO bnd pre_1_71_2 -407.89872942702266
 UP bnd pre_1_71_2 407.89872942702266
 LO bnd pre_1_71_3 -407.89872942702266
 UP bnd pre_1_71_3 407.89872942702266
 LO bnd pre_1_71_4 -407.89872942702266
 UP bnd pre_1_71_4 407.89872942702266
 LO bnd pre_1_71_5 -407.89872942702266
 UP bnd pre_1_71_5 407.89872942702266
 LO bnd pre_1_71_6 -407.89872942702266
 UP bnd pre_1_71_6 407.89872942702266
 LO bnd pre_1_71_7 -407.89872942702266
 UP bnd pre_1_71_7 407.89872942702266
 LO bnd pre_1_72_0 -379.90137949173715
 UP bnd pre_1_72_0 379.90137949173715
 LO bnd pre_1_72_1 -379.90137949173715
 UP bnd pre_1_72_1 379.90137949173715
 LO bnd pre_1_72_2 -379.90137949173715
 UP bnd pre_1_72_2 379.90137949173715
 LO bnd pre_1_72_3 -379.90137949173715
 UP bnd pre_1_72_3 379.90137949173715
 LO bnd pre_1_72_4 -379.90137949173715
 UP bnd pre_1_72_4 379.90137949173715
 LO bnd pre_1_72_5 -379.90137949173715
 UP bnd pre_1_72_5 379.90137949173715
 LO bnd pre_1_72_6 -379.90137949173715
 UP bnd pre_1_72_6 379.90137949173715
 LO bnd pre_1_72_7 -379.90137949173715
 UP bnd pre_1_72_7 379.90137949173715
 LO bnd pre_1_73_0 -394.01406990270294
 UP bnd pre_1_73_0 394.01406990270294
 LO bnd pre_1_73_1 -394.01406990270294
 UP bnd pre_1_73_1 394.01406990270294
 LO bnd pre_1_73_2 -394.01406990270294
 UP bnd pre_1_73_2 394.01406990270294
 LO bnd pre_1_73_3 -394.01406990270294
 UP bnd pre_1_73_3 394.01406990270294
 LO bnd pre_1_73_4 -394.01406990270294
 UP bnd pre_1_73_4 394.01406990270294
 LO bnd pre_1_73_5 -394.01406990270294
 UP bnd pre_1_73_5 394.01406990270294
 LO bnd pre_1_73_6 -394.01406990270294
 UP bnd pre_1_73_6 394.01406990270294
 LO bnd pre_1_73_7 -394.01406990270294
 UP bnd pre_1_73_7 394.01406990270294
 LO bnd pre_1_74_0 -408.12676031366874
 UP bnd pre_1_74_0 408.12676031366874
 LO bnd pre_1_74_1 -408.12676031366874
 UP bnd pre_1_74_1 408.12676031366874
 LO bnd pre_1_74_2 -408.12676031366874
 UP bnd pre_1_74_2 408.12676031366874
 LO bnd pre_1_74_3 -408.12676031366874
 UP bnd pre_1_74_3 408.12676031366874
 LO bnd pre_1_74_4 -408.12676031366874
 UP bnd pre_1_74_4 408.12676031366874
 LO bnd pre_1_74_5 -408.12676031366874
 UP bnd pre_1_74_5 408.12676031366874
 LO bnd pre_1_74_6 -408.12676031366874
 UP bnd pre_1_74_6 408.12676031366874
 LO bnd pre_1_74_7 -408.12676031366874
 UP bnd pre_1_74_7 408.12676031366874
 LO bnd pre_1_75_0 -380.1294103783832
 UP bnd pre_1_75_0 380.1294103783832
 LO bnd pre_1_75_1 -380.1294103783832
 UP bnd pre_1_75_1 380.1294103783832
 LO bnd pre_1_75_2 -380.1294103783832
 UP bnd pre_1_75_2 380.1294103783832
 LO bnd pre_1_75_3 -380.1294103783832
 UP bnd pre_1_75_3 380.1294103783832
 LO bnd pre_1_75_4 -380.1294103783832
 UP bnd pre_1_75_4 380.1294103783832
 LO bnd pre_1_75_5 -380.1294103783832
 UP bnd pre_1_75_5 380.1294103783832
 LO bnd pre_1_75_6 -380.1294103783832
 UP bnd pre_1_75_6 380.1294103783832
 LO bnd pre_1_75_7 -380.1294103783832
 UP bnd pre_1_75_7 380.1294103783832
 LO bnd pre_1_76_0 -394.242100789349
 UP bnd pre_1_76_0 394.242100789349
 LO bnd pre_1_76_1 -394.242100789349
 UP bnd pre_1_76_1 394.242100789349
 LO bnd pre_1_76_2 -394.242100789349
 UP bnd pre_1_76_2 394.242100789349
 LO bnd pre_1_76_3 -394.242100789349
 UP bnd pre_1_76_3 394.242100789349
 LO bnd pre_1_76_4 -394.242100789349
 UP bnd pre_1_76_4 394.242100789349
 LO bnd pre_1_76_5 -394.242100789349
 UP bnd pre_1_76_5 394.242100789349
 LO bnd pre_1_76_6 -394.242100789349
 UP bnd pre_1_76_6 394.242100789349
 LO bnd pre_1_76_7 -394.242100789349
 UP bnd pre_1_76_7 394.242100789349
 LO bnd pre_1_77_0 -408.3547912003149
 UP bnd pre_1_77_0 408.3547912003149
 LO bnd pre_1_77_1 -408.3547912003149
 UP bnd pre_1_77_1 408.3547912003149
 LO bnd pre_1_77_2 -408.3547912003149
 UP bnd pre_1_77_2 408.3547912003149
 LO bnd pre_1_77_3 -408.3547912003149
 UP bnd pre_1_77_3 408.3547912003149
 LO bnd pre_1_77_4 -408.3547912003149
 UP bnd pre_1_77_4 408.3547912003149
 LO bnd pre_1_77_5 -408.3547912003149
 UP bnd pre_1_77_5 408.3547912003149
 LO bnd pre_1_77_6 -408.3547912003149
 UP bnd pre_1_77_6 408.3547912003149
 LO bnd pre_1_77_7 -408.3547912003149
 UP bnd pre_1_77_7 408.3547912003149
 LO bnd pre_1_78_0 -380.35744126502937
 UP bnd pre_1_78_0 380.35744126502937
 LO bnd pre_1_78_1 -380.35744126502937
 UP bnd pre_1_78_1 380.35744126502937
 LO bnd pre_1_78_2 -380.35744126502937
 UP bnd pre_1_78_2 380.35744126502937
 LO bnd pre_1_78_3 -380.35744126502937
 UP bnd pre_1_78_3 380.35744126502937
 LO bnd pre_1_78_4 -380.35744126502937
 UP bnd pre_1_78_4 380.35744126502937
 LO bnd pre_1_78_5 -380.35744126502937
 UP bnd pre_1_78_5 380.35744126502937
 LO bnd pre_1_78_6 -380.35744126502937
 UP bnd pre_1_78_6 380.35744126502937
 LO bnd pre_1_78_7 -380.35744126502937
 UP bnd pre_1_78_7 380.35744126502937
 LO bnd pre_1_79_0 -394.4701316759952
 UP bnd pre_1_79_0 394.4701316759952
 LO bnd pre_1_79_1 -394.4701316759952
 UP bnd pre_1_79_1 394.4701316759952
 LO bnd pre_1_79_2 -394.4701316759952
 UP bnd pre_1_79_2 394.4701316759952
 LO bnd pre_1_79_3 -394.4701316759952
 UP bnd pre_1_79_3 394.4701316759952
 LO bnd pre_1_79_4 -394.4701316759952
 UP bnd pre_1_79_4 394.4701316759952
 LO bnd pre_1_79_5 -394.4701316759952
 UP bnd pre_1_79_5 394.4701316759952
 LO bnd pre_1_79_6 -394.4701316759952
 UP bnd pre_1_79_6 394.4701316759952
 LO bnd pre_1_79_7 -394.4701316759952
 UP bnd pre_1_79_7 394.4701316759952
 LO bnd pre_1_80_0 -408.58282208696096
 UP bnd pre_1_80_0 408.58282208696096
 LO bnd pre_1_80_1 -408.58282208696096
 UP bnd pre_1_80_1 408.58282208696096
 LO bnd pre_1_80_2 -408.58282208696096
 UP bnd pre_1_80_2 408.58282208696096
 LO bnd pre_1_80_3 -408.58282208696096
 UP bnd pre_1_80_3 408.58282208696096
 LO bnd pre_1_80_4 -408.58282208696096
 UP bnd pre_1_80_4 408.58282208696096
 LO bnd pre_1_80_5 -408.58282208696096
 UP bnd pre_1_80_5 408.58282208696096
 LO bnd pre_1_80_6 -408.58282208696096
 UP bnd pre_1_80_6 408.58282208696096
 LO bnd pre_1_80_7 -408.58282208696096
 UP bnd pre_1_80_7 408.58282208696096
 LO bnd pre_1_81_0 -381.49759569826
 UP bnd pre_1_81_0 381.49759569826
 LO bnd pre_1_81_1 -381.49759569826
 UP bnd pre_1_81_1 381.49759569826
 LO bnd pre_1_81_2 -381.49759569826
 UP bnd pre_1_81_2 381.49759569826
 LO bnd pre_1_81_3 -381.49759569826
 UP bnd pre_1_81_3 381.49759569826
 LO bnd pre_1_81_4 -381.49759569826
 UP bnd pre_1_81_4 381.49759569826
 LO bnd pre_1_81_5 -381.49759569826
 UP bnd pre_1_81_5 381.49759569826
 LO bnd pre_1_81_6 -381.49759569826
 UP bnd pre_1_81_6 381.49759569826
 LO bnd pre_1_81_7 -381.49759569826
 UP bnd pre_1_81_7 381.49759569826
 LO bnd pre_1_82_0 -395.6102861092258
 UP bnd pre_1_82_0 395.6102861092258
 LO bnd pre_1_82_1 -395.6102861092258
 UP bnd pre_1_82_1 395.6102861092258
 LO bnd pre_1_82_2 -395.6102861092258
 UP bnd pre_1_82_2 395.6102861092258
 LO bnd pre_1_82_3 -395.6102861092258
 UP bnd pre_1_82_3 395.6102861092258
 LO bnd pre_1_82_4 -395.6102861092258
 UP bnd pre_1_82_4 395.6102861092258
 LO bnd pre_1_82_5 -395.6102861092258
 UP bnd pre_1_82_5 395.6102861092258
 LO bnd pre_1_82_6 -395.6102861092258
 UP bnd pre_1_82_6 395.6102861092258
 LO bnd pre_1_82_7 -395.6102861092258
 UP bnd pre_1_82_7 395.6102861092258
 LO bnd pre_1_83_0 -409.7229765201916
 UP bnd pre_1_83_0 409.7229765201916
 LO bnd pre_1_83_1 -409.7229765201916
 UP bnd pre_1_83_1 409.7229765201916
 LO bnd pre_1_83_2 -409.7229765201916
 UP bnd pre_1_83_2 409.7229765201916
 LO bnd pre_1_83_3 -409.7229765201916
 UP bnd pre_1_83_3 409.7229765201916
 LO bnd pre_1_83_4 -409.7229765201916
 UP bnd pre_1_83_4 409.7229765201916
 LO bnd pre_1_83_5 -409.7229765201916
 UP bnd pre_1_83_5 409.7229765201916
 LO bnd pre_1_83_6 -409.7229765201916
 UP bnd pre_1_83_6 409.7229765201916
 LO bnd pre_1_83_7 -409.7229765201916
 UP bnd pre_1_83_7 409.7229765201916
 LO bnd pre_1_84_0 -381.9536574715522
 UP bnd pre_1_84_0 381.9536574715522
 LO bnd pre_1_84_1 -381.9536574715522
 UP bnd pre_1_84_1 381.9536574715522
 LO bnd pre_1_84_2 -381.9536574715522
 UP bnd pre_1_84_2 381.9536574715522
 LO bnd pre_1_84_3 -381.9536574715522
 UP bnd pre_1_84_3 381.9536574715522
 LO bnd pre_1_84_4 -381.9536574715522
 UP bnd pre_1_84_4 381.9536574715522
 LO bnd pre_1_84_5 -381.9536574715522
 UP bnd pre_1_84_5 381.9536574715522
 LO bnd pre_1_84_6 -381.9536574715522
 UP bnd pre_1_84_6 381.9536574715522
 LO bnd pre_1_84_7 -381.9536574715522
 UP bnd pre_1_84_7 381.9536574715522
 LO bnd pre_1_85_0 -396.066347882518
 UP bnd pre_1_85_0 396.066347882518
 LO bnd pre_1_85_1 -396.066347882518
 UP bnd pre_1_85_1 396.066347882518
 LO bnd pre_1_85_2 -396.066347882518
 UP bnd pre_1_85_2 396.066347882518
 LO bnd pre_1_85_3 -396.066347882518
 UP bnd pre_1_85_3 396.066347882518
 LO bnd pre_1_85_4 -396.066347882518
 UP bnd pre_1_85_4 396.066347882518
 LO bnd pre_1_85_5 -396.066347882518
 UP bnd pre_1_85_5 396.066347882518
 LO bnd pre_1_85_6 -396.066347882518
 UP bnd pre_1_85_6 396.066347882518
 LO bnd pre_1_85_7 -396.066347882518
 UP bnd pre_1_85_7 396.066347882518
 LO bnd pre_1_86_0 -410.1790382934839
 UP bnd pre_1_86_0 410.1790382934839
 LO bnd pre_1_86_1 -410.1790382934839
 UP bnd pre_1_86_1 410.1790382934839
 LO bnd pre_1_86_2 -410.1790382934839
 UP bnd pre_1_86_2 410.1790382934839
 LO bnd pre_1_86_3 -410.1790382934839
 UP bnd pre_1_86_3 410.1790382934839
 LO bnd pre_1_86_4 -410.1790382934839
 UP bnd pre_1_86_4 410.1790382934839
 LO bnd pre_1_86_5 -410.1790382934839
 UP bnd pre_1_86_5 410.1790382934839
 LO bnd pre_1_86_6 -410.1790382934839
 UP bnd pre_1_86_6 410.1790382934839
 LO bnd pre_1_86_7 -410.1790382934839
 UP bnd pre_1_86_7 410.1790382934839
 LO bnd pre_1_87_0 -382.40971924484444
 UP bnd pre_1_87_0 382.40971924484444
 LO bnd pre_1_87_1 -382.40971924484444
 UP bnd pre_1_87_1 382.40971924484444
 LO bnd pre_1_87_2 -382.40971924484444
 UP bnd pre_1_87_2 382.40971924484444
 LO bnd pre_1_87_3 -382.40971924484444
 UP bnd pre_1_87_3 382.40971924484444
 LO bnd pre_1_87_4 -382.40971924484444
 UP bnd pre_1_87_4 382.40971924484444
 LO bnd pre_1_87_5 -382.40971924484444
 UP bnd pre_1_87_5 382.40971924484444
 LO bnd pre_1_87_6 -382.40971924484444
 UP bnd pre_1_87_6 382.40971924484444
 LO bnd pre_1_87_7 -382.40971924484444
 UP bnd pre_1_87_7 382.40971924484444
 LO bnd pre_1_88_0 -396.5224096558103
 UP bnd pre_1_88_0 396.5224096558103
 LO bnd pre_1_88_1 -396.5224096558103
 UP bnd pre_1_88_1 396.5224096558103
 LO bnd pre_1_88_2 -396.5224096558103
 UP bnd pre_1_88_2 396.5224096558103
 LO bnd pre_1_88_3 -396.5224096558103
 UP bnd pre_1_88_3 396.5224096558103
 LO bnd pre_1_88_4 -396.5224096558103
 UP bnd pre_1_88_4 396.5224096558103
 LO bnd pre_1_88_5 -396.5224096558103
 UP bnd pre_1_88_5 396.5224096558103
 LO bnd pre_1_88_6 -396.5224096558103
 UP bnd pre_1_88_6 396.5224096558103
 LO bnd pre_1_88_7 -396.5224096558103
 UP bnd pre_1_88_7 396.5224096558103
 LO bnd pre_1_89_0 -410.6351000667761
 UP bnd pre_1_89_0 410.6351000667761
 LO bnd pre_1_89_1 -410.6351000667761
 UP bnd pre_1_89_1 410.6351000667761
 LO bnd pre_1_89_2 -410.6351000667761
 UP bnd pre_1_89_2 410.6351000667761
 LO bnd pre_1_89_3 -410.6351000667761
 UP bnd pre_1_89_3 410.6351000667761
 LO bnd pre_1_89_4 -410.6351000667761
 UP bnd pre_1_89_4 410.6351000667761
 LO bnd pre_1_89_5 -410.6351000667761
 UP bnd pre_1_89_5 410.6351000667761
 LO bnd pre_1_89_6 -410.6351000667761
 UP bnd pre_1_89_6 410.6351000667761
 LO bnd pre_1_89_7 -410.6351000667761
 UP bnd pre_1_89_7 410.6351000667761
 LO bnd pre_1_90_0 -316.10831814187213
 UP bnd pre_1_90_0 316.10831814187213
 LO bnd pre_1_90_1 -316.10831814187213
 UP bnd pre_1_90_1 316.10831814187213
 LO bnd pre_1_90_2 -316.10831814187213
 UP bnd pre_1_90_2 316.10831814187213
 LO bnd pre_1_90_3 -316.10831814187213
 UP bnd pre_1_90_3 316.10831814187213
 LO bnd pre_1_90_4 -316.10831814187213
 UP bnd pre_1_90_4 316.10831814187213
 LO bnd pre_1_90_5 -316.10831814187213
 UP bnd pre_1_90_5 316.10831814187213
 LO bnd pre_1_90_6 -316.10831814187213
 UP bnd pre_1_90_6 316.10831814187213
 LO bnd pre_1_90_7 -316.10831814187213
 UP bnd pre_1_90_7 316.10831814187213
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 360.9983581771048
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 360.9983581771048
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 360.9983581771048
 LO bnd post_1_0_3 0
 UP bnd post_1_0_3 360.9983581771048
 LO bnd post_1_0_4 0
 UP bnd post_1_0_4 360.9983581771048
 LO bnd post_1_0_5 0
 UP bnd post_1_0_5 360.9983581771048
 LO bnd post_1_0_6 0
 UP bnd post_1_0_6 360.9983581771048
 LO bnd post_1_0_7 0
 UP bnd post_1_0_7 360.9983581771048
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 361.9104817236893
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 361.9104817236893
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 361.9104817236893
 LO bnd post_1_1_3 0
 UP bnd post_1_1_3 361.9104817236893
 LO bnd post_1_1_4 0
 UP bnd post_1_1_4 361.9104817236893
 LO bnd post_1_1_5 0
 UP bnd post_1_1_5 361.9104817236893
 LO bnd post_1_1_6 0
 UP bnd post_1_1_6 361.9104817236893
 LO bnd post_1_1_7 0
 UP bnd post_1_1_7 361.9104817236893
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 362.8226052702738
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 362.8226052702738
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 362.8226052702738
 LO bnd post_1_2_3 0
 UP bnd post_1_2_3 362.8226052702738
 LO bnd post_1_2_4 0
 UP bnd post_1_2_4 362.8226052702738
 LO bnd post_1_2_5 0
 UP bnd post_1_2_5 362.8226052702738
 LO bnd post_1_2_6 0
 UP bnd post_1_2_6 362.8226052702738
 LO bnd post_1_2_7 0
 UP bnd post_1_2_7 362.8226052702738
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 353.9420129716219
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 353.9420129716219
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 353.9420129716219
 LO bnd post_1_3_3 0
 UP bnd post_1_3_3 353.9420129716219
 LO bnd post_1_3_4 0
 UP bnd post_1_3_4 353.9420129716219
 LO bnd post_1_3_5 0
 UP bnd post_1_3_5 353.9420129716219
 LO bnd post_1_3_6 0
 UP bnd post_1_3_6 353.9420129716219
 LO bnd post_1_3_7 0
 UP bnd post_1_3_7 353.9420129716219
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 354.8541365182064
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 354.8541365182064
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 354.8541365182064
 LO bnd post_1_4_3 0
 UP bnd post_1_4_3 354.8541365182064
 LO bnd post_1_4_4 0
 UP bnd post_1_4_4 354.8541365182064
 LO bnd post_1_4_5 0
 UP bnd post_1_4_5 354.8541365182064
 LO bnd post_1_4_6 0
 UP bnd post_1_4_6 354.8541365182064
 LO bnd post_1_4_7 0
 UP bnd post_1_4_7 354.8541365182064
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 355.7662600647909
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 355.7662600647909
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 355.7662600647909
 LO bnd post_1_5_3 0
 UP bnd post_1_5_3 355.7662600647909
 LO bnd post_1_5_4 0
 UP bnd post_1_5_4 355.7662600647909
 LO bnd post_1_5_5 0
 UP bnd post_1_5_5 355.7662600647909
 LO bnd post_1_5_6 0
 UP bnd post_1_5_6 355.7662600647909
 LO bnd post_1_5_7 0
 UP bnd post_1_5_7 355.7662600647909
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 346.885667766139
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 346.885667766139
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 346.885667766139
 LO bnd post_1_6_3 0
 UP bnd post_1_6_3 346.885667766139
 LO bnd post_1_6_4 0
 UP bnd post_1_6_4 346.885667766139
 LO bnd post_1_6_5 0
 UP bnd post_1_6_5 346.885667766139
 LO bnd post_1_6_6 0
 UP bnd post_1_6_6 346.885667766139
 LO bnd post_1_6_7 0
 UP bnd post_1_6_7 346.885667766139
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 347.79779131272346
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 347.79779131272346
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 347.79779131272346
 LO bnd post_1_7_3 0
 UP bnd post_1_7_3 347.79779131272346
 LO bnd post_1_7_4 0
 UP bnd post_1_7_4 347.79779131272346
 LO bnd post_1_7_5 0
 UP bnd post_1_7_5 347.79779131272346
 LO bnd post_1_7_6 0
 UP bnd post_1_7_6 347.79779131272346
 LO bnd post_1_7_7 0
 UP bnd post_1_7_7 347.79779131272346
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 348.709914859308
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 348.709914859308
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 348.709914859308
 LO bnd post_1_8_3 0
 UP bnd post_1_8_3 348.709914859308
 LO bnd post_1_8_4 0
 UP bnd post_1_8_4 348.709914859308
 LO bnd post_1_8_5 0
 UP bnd post_1_8_5 348.709914859308
 LO bnd post_1_8_6 0
 UP bnd post_1_8_6 348.709914859308
 LO bnd post_1_8_7 0
 UP bnd post_1_8_7 348.709914859308
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 329.2448047524318
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 329.2448047524318
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 329.2448047524318
 LO bnd post_1_9_3 0
 UP bnd post_1_9_3 329.2448047524318
 LO bnd post_1_9_4 0
 UP bnd post_1_9_4 329.2448047524318
 LO bnd post_1_9_5 0
 UP bnd post_1_9_5 329.2448047524318
 LO bnd post_1_9_6 0
 UP bnd post_1_9_6 329.2448047524318
 LO bnd post_1_9_7 0
 UP bnd post_1_9_7 329.2448047524318
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 330.1569282990163
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 330.1569282990163
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 330.1569282990163
 LO bnd post_1_10_3 0
 UP bnd post_1_10_3 330.1569282990163
 LO bnd post_1_10_4 0
 UP bnd post_1_10_4 330.1569282990163
 LO bnd post_1_10_5 0
 UP bnd post_1_10_5 330.1569282990163
 LO bnd post_1_10_6 0
 UP bnd post_1_10_6 330.1569282990163
 LO bnd post_1_10_7 0
 UP bnd post_1_10_7 330.1569282990163
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 331.06905184560077
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 331.06905184560077
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 331.06905184560077
 LO bnd post_1_11_3 0
 UP bnd post_1_11_3 331.06905184560077
 LO bnd post_1_11_4 0
 UP bnd post_1_11_4 331.06905184560077
 LO bnd post_1_11_5 0
 UP bnd post_1_11_5 331.06905184560077
 LO bnd post_1_11_6 0
 UP bnd post_1_11_6 331.06905184560077
 LO bnd post_1_11_7 0
 UP bnd post_1_11_7 331.06905184560077
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 325.7166321496903
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 325.7166321496903
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 325.7166321496903
 LO bnd post_1_12_3 0
 UP bnd post_1_12_3 325.7166321496903
 LO bnd post_1_12_4 0
 UP bnd post_1_12_4 325.7166321496903
 LO bnd post_1_12_5 0
 UP bnd post_1_12_5 325.7166321496903
 LO bnd post_1_12_6 0
 UP bnd post_1_12_6 325.7166321496903
 LO bnd post_1_12_7 0
 UP bnd post_1_12_7 325.7166321496903
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 326.6287556962748
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 326.6287556962748
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 326.6287556962748
 LO bnd post_1_13_3 0
 UP bnd post_1_13_3 326.6287556962748
 LO bnd post_1_13_4 0
 UP bnd post_1_13_4 326.6287556962748
 LO bnd post_1_13_5 0
 UP bnd post_1_13_5 326.6287556962748
 LO bnd post_1_13_6 0
 UP bnd post_1_13_6 326.6287556962748
 LO bnd post_1_13_7 0
 UP bnd post_1_13_7 326.6287556962748
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 327.5408792428593
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 327.5408792428593
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 327.5408792428593
 LO bnd post_1_14_3 0
 UP bnd post_1_14_3 327.5408792428593
 LO bnd post_1_14_4 0
 UP bnd post_1_14_4 327.5408792428593
 LO bnd post_1_14_5 0
 UP bnd post_1_14_5 327.5408792428593
 LO bnd post_1_14_6 0
 UP bnd post_1_14_6 327.5408792428593
 LO bnd post_1_14_7 0
 UP bnd post_1_14_7 327.5408792428593
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 322.1884595469489
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 322.1884595469489
 LO bnd post_1_15_2 0
 UP bnd post_1_15_2 322.1884595469489
 LO bnd post_1_15_3 0
 UP bnd post_1_15_3 322.1884595469489
 LO bnd post_1_15_4 0
 UP bnd post_1_15_4 322.1884595469489
 LO bnd post_1_15_5 0
 UP bnd post_1_15_5 322.1884595469489
 LO bnd post_1_15_6 0
 UP bnd post_1_15_6 322.1884595469489
 LO bnd post_1_15_7 0
 UP bnd post_1_15_7 322.1884595469489
 LO bnd post_1_16_0 0
 UP bnd post_1_16_0 323.1005830935333
 LO bnd post_1_16_1 0
 UP bnd post_1_16_1 323.1005830935333
 LO bnd post_1_16_2 0
 UP bnd post_1_16_2 323.1005830935333
 LO bnd post_1_16_3 0
 UP bnd post_1_16_3 323.1005830935333
 LO bnd post_1_16_4 0
 UP bnd post_1_16_4 323.1005830935333
 LO bnd post_1_16_5 0
 UP bnd post_1_16_5 323.1005830935333
 LO bnd post_1_16_6 0
 UP bnd post_1_16_6 323.1005830935333
 LO bnd post_1_16_7 0
 UP bnd post_1_16_7 323.1005830935333
 LO bnd post_1_17_0 0
 UP bnd post_1_17_0 324.01270664011787
 LO bnd post_1_17_1 0
 UP bnd post_1_17_1 324.01270664011787
 LO bnd post_1_17_2 0
 UP bnd post_1_17_2 324.01270664011787
 LO bnd post_1_17_3 0
 UP bnd post_1_17_3 324.01270664011787
 LO bnd post_1_17_4 0
 UP bnd post_1_17_4 324.01270664011787
 LO bnd post_1_17_5 0
 UP bnd post_1_17_5 324.01270664011787
 LO bnd post_1_17_6 0
 UP bnd post_1_17_6 324.01270664011787
 LO bnd post_1_17_7 0
 UP bnd post_1_17_7 324.01270664011787
 LO bnd post_1_18_0 0
 UP bnd post_1_18_0 318.6602869442074
 LO bnd post_1_18_1 0
 UP bnd post_1_18_1 318.6602869442074
 LO bnd post_1_18_2 0
 UP bnd post_1_18_2 318.6602869442074
 LO bnd post_1_18_3 0
 UP bnd post_1_18_3 318.6602869442074
 LO bnd post_1_18_4 0
 UP bnd post_1_18_4 318.6602869442074
 LO bnd post_1_18_5 0
 UP bnd post_1_18_5 318.6602869442074
 LO bnd post_1_18_6 0
 UP bnd post_1_18_6 318.6602869442074
 LO bnd post_1_18_7 0
 UP bnd post_1_18_7 318.6602869442074
 LO bnd post_1_19_0 0
 UP bnd post_1_19_0 319.5724104907919
 LO bnd post_1_19_1 0
 UP bnd post_1_19_1 319.5724104907919
 LO bnd post_1_19_2 0
 UP bnd post_1_19_2 319.5724104907919
 LO bnd post_1_19_3 0
 UP bnd post_1_19_3 319.5724104907919
 LO bnd post_1_19_4 0
 UP bnd post_1_19_4 319.5724104907919
 LO bnd post_1_19_5 0
 UP bnd post_1_19_5 319.5724104907919
 LO bnd post_1_19_6 0
 UP bnd post_1_19_6 319.5724104907919
 LO bnd post_1_19_7 0
 UP bnd post_1_19_7 319.5724104907919
 LO bnd post_1_20_0 0
 UP bnd post_1_20_0 320.48453403737636
 LO bnd post_1_20_1 0
 UP bnd post_1_20_1 320.48453403737636
 LO bnd post_1_20_2 0
 UP bnd post_1_20_2 320.48453403737636
 LO bnd post_1_20_3 0
 UP bnd post_1_20_3 320.48453403737636
 LO bnd post_1_20_4 0
 UP bnd post_1_20_4 320.48453403737636
 LO bnd post_1_20_5 0
 UP bnd post_1_20_5 320.48453403737636
 LO bnd post_1_20_6 0
 UP bnd post_1_20_6 320.48453403737636
 LO bnd post_1_20_7 0
 UP bnd post_1_20_7 320.48453403737636
 LO bnd post_1_21_0 0
 UP bnd post_1_21_0 276.32221571131004
 LO bnd post_1_21_1 0
 UP bnd post_1_21_1 276.32221571131004
 LO bnd post_1_21_2 0
 UP bnd post_1_21_2 276.32221571131004
 LO bnd post_1_21_3 0
 UP bnd post_1_21_3 276.32221571131004
 LO bnd post_1_21_4 0
 UP bnd post_1_21_4 276.32221571131004
 LO bnd post_1_21_5 0
 UP bnd post_1_21_5 276.32221571131004
 LO bnd post_1_21_6 0
 UP bnd post_1_21_6 276.32221571131004
 LO bnd post_1_21_7 0
 UP bnd post_1_21_7 276.32221571131004
 LO bnd post_1_22_0 0
 UP bnd post_1_22_0 277.2343392578945
 LO bnd post_1_22_1 0
 UP bnd post_1_22_1 277.2343392578945
 LO bnd post_1_22_2 0
 UP bnd post_1_22_2 277.2343392578945
 LO bnd post_1_22_3 0
 UP bnd post_1_22_3 277.2343392578945
 LO bnd post_1_22_4 0
 UP bnd post_1_22_4 277.2343392578945
 LO bnd post_1_22_5 0
 UP bnd post_1_22_5 277.2343392578945
 LO bnd post_1_22_6 0
 UP bnd post_1_22_6 277.2343392578945
 LO bnd post_1_22_7 0
 UP bnd post_1_22_7 277.2343392578945
 LO bnd post_1_23_0 0
 UP bnd post_1_23_0 278.146462804479
 LO bnd post_1_23_1 0
 UP bnd post_1_23_1 278.146462804479
 LO bnd post_1_23_2 0
 UP bnd post_1_23_2 278.146462804479
 LO bnd post_1_23_3 0
 UP bnd post_1_23_3 278.146462804479
 LO bnd post_1_23_4 0
 UP bnd post_1_23_4 278.146462804479
 LO bnd post_1_23_5 0
 UP bnd post_1_23_5 278.146462804479
 LO bnd post_1_23_6 0
 UP bnd post_1_23_6 278.146462804479
 LO bnd post_1_23_7 0
 UP bnd post_1_23_7 278.146462804479
 LO bnd post_1_24_0 0
 UP bnd post_1_24_0 233.98414447841262
 LO bnd post_1_24_1 0
 UP bnd post_1_24_1 233.98414447841262
 LO bnd post_1_24_2 0
 UP bnd post_1_24_2 233.98414447841262
 LO bnd post_1_24_3 0
 UP bnd post_1_24_3 233.98414447841262
 LO bnd post_1_24_4 0
 UP bnd post_1_24_4 233.98414447841262
 LO bnd post_1_24_5 0
 UP bnd post_1_24_5 233.98414447841262
 LO bnd post_1_24_6 0
 UP bnd post_1_24_6 233.98414447841262
 LO bnd post_1_24_7 0
 UP bnd post_1_24_7 233.98414447841262
 LO bnd post_1_25_0 0
 UP bnd post_1_25_0 234.8962680249971
 LO bnd post_1_25_1 0
 UP bnd post_1_25_1 234.8962680249971
 LO bnd post_1_25_2 0
 UP bnd post_1_25_2 234.8962680249971
 LO bnd post_1_25_3 0
 UP bnd post_1_25_3 234.8962680249971
 LO bnd post_1_25_4 0
 UP bnd post_1_25_4 234.8962680249971
 LO bnd post_1_25_5 0
 UP bnd post_1_25_5 234.8962680249971
 LO bnd post_1_25_6 0
 UP bnd post_1_25_6 234.8962680249971
 LO bnd post_1_25_7 0
 UP bnd post_1_25_7 234.8962680249971
 LO bnd post_1_26_0 0
 UP bnd post_1_26_0 235.8083915715816
 LO bnd post_1_26_1 0
 UP bnd post_1_26_1 235.8083915715816
 LO bnd post_1_26_2 0
 UP bnd post_1_26_2 235.8083915715816
 LO bnd post_1_26_3 0
 UP bnd post_1_26_3 235.8083915715816
 LO bnd post_1_26_4 0
 UP bnd post_1_26_4 235.8083915715816
 LO bnd post_1_26_5 0
 UP bnd post_1_26_5 235.8083915715816
 LO bnd post_1_26_6 0
 UP bnd post_1_26_6 235.8083915715816
 LO bnd post_1_26_7 0
 UP bnd post_1_26_7 235.8083915715816
 LO bnd post_1_27_0 0
 UP bnd post_1_27_0 230.45597187567114
 LO bnd post_1_27_1 0
 UP bnd post_1_27_1 230.45597187567114
 LO bnd post_1_27_2 0
 UP bnd post_1_27_2 230.45597187567114
 LO bnd post_1_27_3 0
 UP bnd post_1_27_3 230.45597187567114
 LO bnd post_1_27_4 0
 UP bnd post_1_27_4 230.45597187567114
 LO bnd post_1_27_5 0
 UP bnd post_1_27_5 230.45597187567114
 LO bnd post_1_27_6 0
 UP bnd post_1_27_6 230.45597187567114
 LO bnd post_1_27_7 0
 UP bnd post_1_27_7 230.45597187567114
 LO bnd post_1_28_0 0
 UP bnd post_1_28_0 231.36809542225564
 LO bnd post_1_28_1 0
 UP bnd post_1_28_1 231.36809542225564
 LO bnd post_1_28_2 0
 UP bnd post_1_28_2 231.36809542225564
 LO bnd post_1_28_3 0
 UP bnd post_1_28_3 231.36809542225564
 LO bnd post_1_28_4 0
 UP bnd post_1_28_4 231.36809542225564
 LO bnd post_1_28_5 0
 UP bnd post_1_28_5 231.36809542225564
 LO bnd post_1_28_6 0
 UP bnd post_1_28_6 231.36809542225564
 LO bnd post_1_28_7 0
 UP bnd post_1_28_7 231.36809542225564
 LO bnd post_1_29_0 0
 UP bnd post_1_29_0 232.28021896884013
 LO bnd post_1_29_1 0
 UP bnd post_1_29_1 232.28021896884013
 LO bnd post_1_29_2 0
 UP bnd post_1_29_2 232.28021896884013
 LO bnd post_1_29_3 0
 UP bnd post_1_29_3 232.28021896884013
 LO bnd post_1_29_4 0
 UP bnd post_1_29_4 232.28021896884013
 LO bnd post_1_29_5 0
 UP bnd post_1_29_5 232.28021896884013
 LO bnd post_1_29_6 0
 UP bnd post_1_29_6 232.28021896884013
 LO bnd post_1_29_7 0
 UP bnd post_1_29_7 232.28021896884013
 LO bnd post_1_30_0 0
 UP bnd post_1_30_0 226.92779927292972
 LO bnd post_1_30_1 0
 UP bnd post_1_30_1 226.92779927292972
 LO bnd post_1_30_2 0
 UP bnd post_1_30_2 226.92779927292972
 LO bnd post_1_30_3 0
 UP bnd post_1_30_3 226.92779927292972
 LO bnd post_1_30_4 0
 UP bnd post_1_30_4 226.92779927292972
 LO bnd post_1_30_5 0
 UP bnd post_1_30_5 226.92779927292972
 LO bnd post_1_30_6 0
 UP bnd post_1_30_6 226.92779927292972
 LO bnd post_1_30_7 0
 UP bnd post_1_30_7 226.92779927292972
 LO bnd post_1_31_0 0
 UP bnd post_1_31_0 227.8399228195142
 LO bnd post_1_31_1 0
 UP bnd post_1_31_1 227.8399228195142
 LO bnd post_1_31_2 0
 UP bnd post_1_31_2 227.8399228195142
 LO bnd post_1_31_3 0
 UP bnd post_1_31_3 227.8399228195142
 LO bnd post_1_31_4 0
 UP bnd post_1_31_4 227.8399228195142
 LO bnd post_1_31_5 0
 UP bnd post_1_31_5 227.8399228195142
 LO bnd post_1_31_6 0
 UP bnd post_1_31_6 227.8399228195142
 LO bnd post_1_31_7 0
 UP bnd post_1_31_7 227.8399228195142
 LO bnd post_1_32_0 0
 UP bnd post_1_32_0 228.75204636609868
 LO bnd post_1_32_1 0
 UP bnd post_1_32_1 228.75204636609868
 LO bnd post_1_32_2 0
 UP bnd post_1_32_2 228.75204636609868
 LO bnd post_1_32_3 0
 UP bnd post_1_32_3 228.75204636609868
 LO bnd post_1_32_4 0
 UP bnd post_1_32_4 228.75204636609868
 LO bnd post_1_32_5 0
 UP bnd post_1_32_5 228.75204636609868
 LO bnd post_1_32_6 0
 UP bnd post_1_32_6 228.75204636609868
 LO bnd post_1_32_7 0
 UP bnd post_1_32_7 228.75204636609868
 LO bnd post_1_33_0 0
 UP bnd post_1_33_0 223.39962667018827
 LO bnd post_1_33_1 0
 UP bnd post_1_33_1 223.39962667018827
 LO bnd post_1_33_2 0
 UP bnd post_1_33_2 223.39962667018827
 LO bnd post_1_33_3 0
 UP bnd post_1_33_3 223.39962667018827
 LO bnd post_1_33_4 0
 UP bnd post_1_33_4 223.39962667018827
 LO bnd post_1_33_5 0
 UP bnd post_1_33_5 223.39962667018827
 LO bnd post_1_33_6 0
 UP bnd post_1_33_6 223.39962667018827
 LO bnd post_1_33_7 0
 UP bnd post_1_33_7 223.39962667018827
 LO bnd post_1_34_0 0
 UP bnd post_1_34_0 224.31175021677274
 LO bnd post_1_34_1 0
 UP bnd post_1_34_1 224.31175021677274
 LO bnd post_1_34_2 0
 UP bnd post_1_34_2 224.31175021677274
 LO bnd post_1_34_3 0
 UP bnd post_1_34_3 224.31175021677274
 LO bnd post_1_34_4 0
 UP bnd post_1_34_4 224.31175021677274
 LO bnd post_1_34_5 0
 UP bnd post_1_34_5 224.31175021677274
 LO bnd post_1_34_6 0
 UP bnd post_1_34_6 224.31175021677274
 LO bnd post_1_34_7 0
 UP bnd post_1_34_7 224.31175021677274
 LO bnd post_1_35_0 0
 UP bnd post_1_35_0 225.22387376335723
 LO bnd post_1_35_1 0
 UP bnd post_1_35_1 225.22387376335723
 LO bnd post_1_35_2 0
 UP bnd post_1_35_2 225.22387376335723
 LO bnd post_1_35_3 0
 UP bnd post_1_35_3 225.22387376335723
 LO bnd post_1_35_4 0
 UP bnd post_1_35_4 225.22387376335723
 LO bnd post_1_35_5 0
 UP bnd post_1_35_5 225.22387376335723
 LO bnd post_1_35_6 0
 UP bnd post_1_35_6 225.22387376335723
 LO bnd post_1_35_7 0
 UP bnd post_1_35_7 225.22387376335723
 LO bnd post_1_36_0 0
 UP bnd post_1_36_0 205.758763656481
 LO bnd post_1_36_1 0
 UP bnd post_1_36_1 205.758763656481
 LO bnd post_1_36_2 0
 UP bnd post_1_36_2 205.758763656481
 LO bnd post_1_36_3 0
 UP bnd post_1_36_3 205.758763656481
 LO bnd post_1_36_4 0
 UP bnd post_1_36_4 205.758763656481
 LO bnd post_1_36_5 0
 UP bnd post_1_36_5 205.758763656481
 LO bnd post_1_36_6 0
 UP bnd post_1_36_6 205.758763656481
 LO bnd post_1_36_7 0
 UP bnd post_1_36_7 205.758763656481
 LO bnd post_1_37_0 0
 UP bnd post_1_37_0 206.6708872030655
 LO bnd post_1_37_1 0
 UP bnd post_1_37_1 206.6708872030655
 LO bnd post_1_37_2 0
 UP bnd post_1_37_2 206.6708872030655
 LO bnd post_1_37_3 0
 UP bnd post_1_37_3 206.6708872030655
 LO bnd post_1_37_4 0
 UP bnd post_1_37_4 206.6708872030655
 LO bnd post_1_37_5 0
 UP bnd post_1_37_5 206.6708872030655
 LO bnd post_1_37_6 0
 UP bnd post_1_37_6 206.6708872030655
 LO bnd post_1_37_7 0
 UP bnd post_1_37_7 206.6708872030655
 LO bnd post_1_38_0 0
 UP bnd post_1_38_0 207.58301074965
 LO bnd post_1_38_1 0
 UP bnd post_1_38_1 207.58301074965
 LO bnd post_1_38_2 0
 UP bnd post_1_38_2 207.58301074965
 LO bnd post_1_38_3 0
 UP bnd post_1_38_3 207.58301074965
 LO bnd post_1_38_4 0
 UP bnd post_1_38_4 207.58301074965
 LO bnd post_1_38_5 0
 UP bnd post_1_38_5 207.58301074965
 LO bnd post_1_38_6 0
 UP bnd post_1_38_6 207.58301074965
 LO bnd post_1_38_7 0
 UP bnd post_1_38_7 207.58301074965
 LO bnd post_1_39_0 0
 UP bnd post_1_39_0 198.7024184509981
 LO bnd post_1_39_1 0
 UP bnd post_1_39_1 198.7024184509981
 LO bnd post_1_39_2 0
 UP bnd post_1_39_2 198.7024184509981
 LO bnd post_1_39_3 0
 UP bnd post_1_39_3 198.7024184509981
 LO bnd post_1_39_4 0
 UP bnd post_1_39_4 198.7024184509981
 LO bnd post_1_39_5 0
 UP bnd post_1_39_5 198.7024184509981
 LO bnd post_1_39_6 0
 UP bnd post_1_39_6 198.7024184509981
 LO bnd post_1_39_7 0
 UP bnd post_1_39_7 198.7024184509981
 LO bnd post_1_40_0 0
 UP bnd post_1_40_0 199.61454199758256
 LO bnd post_1_40_1 0
 UP bnd post_1_40_1 199.61454199758256
 LO bnd post_1_40_2 0
 UP bnd post_1_40_2 199.61454199758256
 LO bnd post_1_40_3 0
 UP bnd post_1_40_3 199.61454199758256
 LO bnd post_1_40_4 0
 UP bnd post_1_40_4 199.61454199758256
 LO bnd post_1_40_5 0
 UP bnd post_1_40_5 199.61454199758256
 LO bnd post_1_40_6 0
 UP bnd post_1_40_6 199.61454199758256
 LO bnd post_1_40_7 0
 UP bnd post_1_40_7 199.61454199758256
 LO bnd post_1_41_0 0
 UP bnd post_1_41_0 200.5266655441671
 LO bnd post_1_41_1 0
 UP bnd post_1_41_1 200.5266655441671
 LO bnd post_1_41_2 0
 UP bnd post_1_41_2 200.5266655441671
 LO bnd post_1_41_3 0
 UP bnd post_1_41_3 200.5266655441671
 LO bnd post_1_41_4 0
 UP bnd post_1_41_4 200.5266655441671
 LO bnd post_1_41_5 0
 UP bnd post_1_41_5 200.5266655441671
 LO bnd post_1_41_6 0
 UP bnd post_1_41_6 200.5266655441671
 LO bnd post_1_41_7 0
 UP bnd post_1_41_7 200.5266655441671
 LO bnd post_1_42_0 0
 UP bnd post_1_42_0 191.6460732455152
 LO bnd post_1_42_1 0
 UP bnd post_1_42_1 191.6460732455152
 LO bnd post_1_42_2 0
 UP bnd post_1_42_2 191.6460732455152
 LO bnd post_1_42_3 0
 UP bnd post_1_42_3 191.6460732455152
 LO bnd post_1_42_4 0
 UP bnd post_1_42_4 191.6460732455152
 LO bnd post_1_42_5 0
 UP bnd post_1_42_5 191.6460732455152
 LO bnd post_1_42_6 0
 UP bnd post_1_42_6 191.6460732455152
 LO bnd post_1_42_7 0
 UP bnd post_1_42_7 191.6460732455152
 LO bnd post_1_43_0 0
 UP bnd post_1_43_0 192.5581967920997
 LO bnd post_1_43_1 0
 UP bnd post_1_43_1 192.5581967920997
 LO bnd post_1_43_2 0
 UP bnd post_1_43_2 192.5581967920997
 LO bnd post_1_43_3 0
 UP bnd post_1_43_3 192.5581967920997
 LO bnd post_1_43_4 0
 UP bnd post_1_43_4 192.5581967920997
 LO bnd post_1_43_5 0
 UP bnd post_1_43_5 192.5581967920997
 LO bnd post_1_43_6 0
 UP bnd post_1_43_6 192.5581967920997
 LO bnd post_1_43_7 0
 UP bnd post_1_43_7 192.5581967920997
 LO bnd post_1_44_0 0
 UP bnd post_1_44_0 193.47032033868416
 LO bnd post_1_44_1 0
 UP bnd post_1_44_1 193.47032033868416
 LO bnd post_1_44_2 0
 UP bnd post_1_44_2 193.47032033868416
 LO bnd post_1_44_3 0
 UP bnd post_1_44_3 193.47032033868416
 LO bnd post_1_44_4 0
 UP bnd post_1_44_4 193.47032033868416
 LO bnd post_1_44_5 0
 UP bnd post_1_44_5 193.47032033868416
 LO bnd post_1_44_6 0
 UP bnd post_1_44_6 193.47032033868416
 LO bnd post_1_44_7 0
 UP bnd post_1_44_7 193.47032033868416
 LO bnd post_1_45_0 0
 UP bnd post_1_45_0 399.9356004311774
 LO bnd post_1_45_1 0
 UP bnd post_1_45_1 399.9356004311774
 LO bnd post_1_45_2 0
 UP bnd post_1_45_2 399.9356004311774
 LO bnd post_1_45_3 0
 UP bnd post_1_45_3 399.9356004311774
 LO bnd post_1_45_4 0
 UP bnd post_1_45_4 399.9356004311774
 LO bnd post_1_45_5 0
 UP bnd post_1_45_5 399.9356004311774
 LO bnd post_1_45_6 0
 UP bnd post_1_45_6 399.9356004311774
 LO bnd post_1_45_7 0
 UP bnd post_1_45_7 399.9356004311774
 LO bnd post_1_46_0 0
 UP bnd post_1_46_0 400.8477239777618
 LO bnd post_1_46_1 0
 UP bnd post_1_46_1 400.8477239777618
 LO bnd post_1_46_2 0
 UP bnd post_1_46_2 400.8477239777618
 LO bnd post_1_46_3 0
 UP bnd post_1_46_3 400.8477239777618
 LO bnd post_1_46_4 0
 UP bnd post_1_46_4 400.8477239777618
 LO bnd post_1_46_5 0
 UP bnd post_1_46_5 400.8477239777618
 LO bnd post_1_46_6 0
 UP bnd post_1_46_6 400.8477239777618
 LO bnd post_1_46_7 0
 UP bnd post_1_46_7 400.8477239777618
 LO bnd post_1_47_0 0
 UP bnd post_1_47_0 401.7598475243464
 LO bnd post_1_47_1 0
 UP bnd post_1_47_1 401.7598475243464
 LO bnd post_1_47_2 0
 UP bnd post_1_47_2 401.7598475243464
 LO bnd post_1_47_3 0
 UP bnd post_1_47_3 401.7598475243464
 LO bnd post_1_47_4 0
 UP bnd post_1_47_4 401.7598475243464
 LO bnd post_1_47_5 0
 UP bnd post_1_47_5 401.7598475243464
 LO bnd post_1_47_6 0
 UP bnd post_1_47_6 401.7598475243464
 LO bnd post_1_47_7 0
 UP bnd post_1_47_7 401.7598475243464
 LO bnd post_1_48_0 0
 UP bnd post_1_48_0 392.8792552256946
 LO bnd post_1_48_1 0
 UP bnd post_1_48_1 392.8792552256946
 LO bnd post_1_48_2 0
 UP bnd post_1_48_2 392.8792552256946
 LO bnd post_1_48_3 0
 UP bnd post_1_48_3 392.8792552256946
 LO bnd post_1_48_4 0
 UP bnd post_1_48_4 392.8792552256946
 LO bnd post_1_48_5 0
 UP bnd post_1_48_5 392.8792552256946
 LO bnd post_1_48_6 0
 UP bnd post_1_48_6 392.8792552256946
 LO bnd post_1_48_7 0
 UP bnd post_1_48_7 392.8792552256946
 LO bnd post_1_49_0 0
 UP bnd post_1_49_0 393.79137877227896
 LO bnd post_1_49_1 0
 UP bnd post_1_49_1 393.79137877227896
 LO bnd post_1_49_2 0
 UP bnd post_1_49_2 393.79137877227896
 LO bnd post_1_49_3 0
 UP bnd post_1_49_3 393.79137877227896
 LO bnd post_1_49_4 0
 UP bnd post_1_49_4 393.79137877227896
 LO bnd post_1_49_5 0
 UP bnd post_1_49_5 393.79137877227896
 LO bnd post_1_49_6 0
 UP bnd post_1_49_6 393.79137877227896
 LO bnd post_1_49_7 0
 UP bnd post_1_49_7 393.79137877227896
 LO bnd post_1_50_0 0
 UP bnd post_1_50_0 400.14567928105447
 LO bnd post_1_50_1 0
 UP bnd post_1_50_1 400.14567928105447
 LO bnd post_1_50_2 0
 UP bnd post_1_50_2 400.14567928105447
 LO bnd post_1_50_3 0
 UP bnd post_1_50_3 400.14567928105447
 LO bnd post_1_50_4 0
 UP bnd post_1_50_4 400.14567928105447
 LO bnd post_1_50_5 0
 UP bnd post_1_50_5 400.14567928105447
 LO bnd post_1_50_6 0
 UP bnd post_1_50_6 400.14567928105447
 LO bnd post_1_50_7 0
 UP bnd post_1_50_7 400.14567928105447
 LO bnd post_1_51_0 0
 UP bnd post_1_51_0 385.8229100202116
 LO bnd post_1_51_1 0
 UP bnd post_1_51_1 385.8229100202116
 LO bnd post_1_51_2 0
 UP bnd post_1_51_2 385.8229100202116
 LO bnd post_1_51_3 0
 UP bnd post_1_51_3 385.8229100202116
 LO bnd post_1_51_4 0
 UP bnd post_1_51_4 385.8229100202116
 LO bnd post_1_51_5 0
 UP bnd post_1_51_5 385.8229100202116
 LO bnd post_1_51_6 0
 UP bnd post_1_51_6 385.8229100202116
 LO bnd post_1_51_7 0
 UP bnd post_1_51_7 385.8229100202116
 LO bnd post_1_52_0 0
 UP bnd post_1_52_0 386.73503356679606
 LO bnd post_1_52_1 0
 UP bnd post_1_52_1 386.73503356679606
 LO bnd post_1_52_2 0
 UP bnd post_1_52_2 386.73503356679606
 LO bnd post_1_52_3 0
 UP bnd post_1_52_3 386.73503356679606
 LO bnd post_1_52_4 0
 UP bnd post_1_52_4 386.73503356679606
 LO bnd post_1_52_5 0
 UP bnd post_1_52_5 386.73503356679606
 LO bnd post_1_52_6 0
 UP bnd post_1_52_6 386.73503356679606
 LO bnd post_1_52_7 0
 UP bnd post_1_52_7 386.73503356679606
 LO bnd post_1_53_0 0
 UP bnd post_1_53_0 400.6017410543467
 LO bnd post_1_53_1 0
 UP bnd post_1_53_1 400.6017410543467
 LO bnd post_1_53_2 0
 UP bnd post_1_53_2 400.6017410543467
 LO bnd post_1_53_3 0
 UP bnd post_1_53_3 400.6017410543467
 LO bnd post_1_53_4 0
 UP bnd post_1_53_4 400.6017410543467
 LO bnd post_1_53_5 0
 UP bnd post_1_53_5 400.6017410543467
 LO bnd post_1_53_6 0
 UP bnd post_1_53_6 400.6017410543467
 LO bnd post_1_53_7 0
 UP bnd post_1_53_7 400.6017410543467
 LO bnd post_1_54_0 0
 UP bnd post_1_54_0 373.5165146656457
 LO bnd post_1_54_1 0
 UP bnd post_1_54_1 373.5165146656457
 LO bnd post_1_54_2 0
 UP bnd post_1_54_2 373.5165146656457
 LO bnd post_1_54_3 0
 UP bnd post_1_54_3 373.5165146656457
 LO bnd post_1_54_4 0
 UP bnd post_1_54_4 373.5165146656457
 LO bnd post_1_54_5 0
 UP bnd post_1_54_5 373.5165146656457
 LO bnd post_1_54_6 0
 UP bnd post_1_54_6 373.5165146656457
 LO bnd post_1_54_7 0
 UP bnd post_1_54_7 373.5165146656457
 LO bnd post_1_55_0 0
 UP bnd post_1_55_0 387.62920507661147
 LO bnd post_1_55_1 0
 UP bnd post_1_55_1 387.62920507661147
 LO bnd post_1_55_2 0
 UP bnd post_1_55_2 387.62920507661147
 LO bnd post_1_55_3 0
 UP bnd post_1_55_3 387.62920507661147
 LO bnd post_1_55_4 0
 UP bnd post_1_55_4 387.62920507661147
 LO bnd post_1_55_5 0
 UP bnd post_1_55_5 387.62920507661147
 LO bnd post_1_55_6 0
 UP bnd post_1_55_6 387.62920507661147
 LO bnd post_1_55_7 0
 UP bnd post_1_55_7 387.62920507661147
 LO bnd post_1_56_0 0
 UP bnd post_1_56_0 401.7418954875773
 LO bnd post_1_56_1 0
 UP bnd post_1_56_1 401.7418954875773
 LO bnd post_1_56_2 0
 UP bnd post_1_56_2 401.7418954875773
 LO bnd post_1_56_3 0
 UP bnd post_1_56_3 401.7418954875773
 LO bnd post_1_56_4 0
 UP bnd post_1_56_4 401.7418954875773
 LO bnd post_1_56_5 0
 UP bnd post_1_56_5 401.7418954875773
 LO bnd post_1_56_6 0
 UP bnd post_1_56_6 401.7418954875773
 LO bnd post_1_56_7 0
 UP bnd post_1_56_7 401.7418954875773
 LO bnd post_1_57_0 0
 UP bnd post_1_57_0 373.7445455522918
 LO bnd post_1_57_1 0
 UP bnd post_1_57_1 373.7445455522918
 LO bnd post_1_57_2 0
 UP bnd post_1_57_2 373.7445455522918
 LO bnd post_1_57_3 0
 UP bnd post_1_57_3 373.7445455522918
 LO bnd post_1_57_4 0
 UP bnd post_1_57_4 373.7445455522918
 LO bnd post_1_57_5 0
 UP bnd post_1_57_5 373.7445455522918
 LO bnd post_1_57_6 0
 UP bnd post_1_57_6 373.7445455522918
 LO bnd post_1_57_7 0
 UP bnd post_1_57_7 373.7445455522918
 LO bnd post_1_58_0 0
 UP bnd post_1_58_0 387.8572359632576
 LO bnd post_1_58_1 0
 UP bnd post_1_58_1 387.8572359632576
 LO bnd post_1_58_2 0
 UP bnd post_1_58_2 387.8572359632576
 LO bnd post_1_58_3 0
 UP bnd post_1_58_3 387.8572359632576
 LO bnd post_1_58_4 0
 UP bnd post_1_58_4 387.8572359632576
 LO bnd post_1_58_5 0
 UP bnd post_1_58_5 387.8572359632576
 LO bnd post_1_58_6 0
 UP bnd post_1_58_6 387.8572359632576
 LO bnd post_1_58_7 0
 UP bnd post_1_58_7 387.8572359632576
 LO bnd post_1_59_0 0
 UP bnd post_1_59_0 401.96992637422346
 LO bnd post_1_59_1 0
 UP bnd post_1_59_1 401.96992637422346
 LO bnd post_1_59_2 0
 UP bnd post_1_59_2 401.96992637422346
 LO bnd post_1_59_3 0
 UP bnd post_1_59_3 401.96992637422346
 LO bnd post_1_59_4 0
 UP bnd post_1_59_4 401.96992637422346
 LO bnd post_1_59_5 0
 UP bnd post_1_59_5 401.96992637422346
 LO bnd post_1_59_6 0
 UP bnd post_1_59_6 401.96992637422346
 LO bnd post_1_59_7 0
 UP bnd post_1_59_7 401.96992637422346
 LO bnd post_1_60_0 0
 UP bnd post_1_60_0 373.9725764389379
 LO bnd post_1_60_1 0
 UP bnd post_1_60_1 373.9725764389379
 LO bnd post_1_60_2 0
 UP bnd post_1_60_2 373.9725764389379
 LO bnd post_1_60_3 0
 UP bnd post_1_60_3 373.9725764389379
 LO bnd post_1_60_4 0
 UP bnd post_1_60_4 373.9725764389379
 LO bnd post_1_60_5 0
 UP bnd post_1_60_5 373.9725764389379
 LO bnd post_1_60_6 0
 UP bnd post_1_60_6 373.9725764389379
 LO bnd post_1_60_7 0
 UP bnd post_1_60_7 373.9725764389379
 LO bnd post_1_61_0 0
 UP bnd post_1_61_0 388.0852668499037
 LO bnd post_1_61_1 0
 UP bnd post_1_61_1 388.0852668499037
 LO bnd post_1_61_2 0
 UP bnd post_1_61_2 388.0852668499037
 LO bnd post_1_61_3 0
 UP bnd post_1_61_3 388.0852668499037
 LO bnd post_1_61_4 0
 UP bnd post_1_61_4 388.0852668499037
 LO bnd post_1_61_5 0
 UP bnd post_1_61_5 388.0852668499037
 LO bnd post_1_61_6 0
 UP bnd post_1_61_6 388.0852668499037
 LO bnd post_1_61_7 0
 UP bnd post_1_61_7 388.0852668499037
 LO bnd post_1_62_0 0
 UP bnd post_1_62_0 402.19795726086954
 LO bnd post_1_62_1 0
 UP bnd post_1_62_1 402.19795726086954
 LO bnd post_1_62_2 0
 UP bnd post_1_62_2 402.19795726086954
 LO bnd post_1_62_3 0
 UP bnd post_1_62_3 402.19795726086954
 LO bnd post_1_62_4 0
 UP bnd post_1_62_4 402.19795726086954
 LO bnd post_1_62_5 0
 UP bnd post_1_62_5 402.19795726086954
 LO bnd post_1_62_6 0
 UP bnd post_1_62_6 402.19795726086954
 LO bnd post_1_62_7 0
 UP bnd post_1_62_7 402.19795726086954
 LO bnd post_1_63_0 0
 UP bnd post_1_63_0 374.20060732558403
 LO bnd post_1_63_1 0
 UP bnd post_1_63_1 374.20060732558403
 LO bnd post_1_63_2 0
 UP bnd post_1_63_2 374.20060732558403
 LO bnd post_1_63_3 0
 UP bnd post_1_63_3 374.20060732558403
 LO bnd post_1_63_4 0
 UP bnd post_1_63_4 374.20060732558403
 LO bnd post_1_63_5 0
 UP bnd post_1_63_5 374.20060732558403
 LO bnd post_1_63_6 0
 UP bnd post_1_63_6 374.20060732558403
 LO bnd post_1_63_7 0
 UP bnd post_1_63_7 374.20060732558403
 LO bnd post_1_64_0 0
 UP bnd post_1_64_0 388.3132977365499
 LO bnd post_1_64_1 0
 UP bnd post_1_64_1 388.3132977365499
 LO bnd post_1_64_2 0
 UP bnd post_1_64_2 388.3132977365499
 LO bnd post_1_64_3 0
 UP bnd post_1_64_3 388.3132977365499
 LO bnd post_1_64_4 0
 UP bnd post_1_64_4 388.3132977365499
 LO bnd post_1_64_5 0
 UP bnd post_1_64_5 388.3132977365499
 LO bnd post_1_64_6 0
 UP bnd post_1_64_6 388.3132977365499
 LO bnd post_1_64_7 0
 UP bnd post_1_64_7 388.3132977365499
 LO bnd post_1_65_0 0
 UP bnd post_1_65_0 402.4259881475157
 LO bnd post_1_65_1 0
 UP bnd post_1_65_1 402.4259881475157
 LO bnd post_1_65_2 0
 UP bnd post_1_65_2 402.4259881475157
 LO bnd post_1_65_3 0
 UP bnd post_1_65_3 402.4259881475157
 LO bnd post_1_65_4 0
 UP bnd post_1_65_4 402.4259881475157
 LO bnd post_1_65_5 0
 UP bnd post_1_65_5 402.4259881475157
 LO bnd post_1_65_6 0
 UP bnd post_1_65_6 402.4259881475157
 LO bnd post_1_65_7 0
 UP bnd post_1_65_7 402.4259881475157
 LO bnd post_1_66_0 0
 UP bnd post_1_66_0 376.9369779653376
 LO bnd post_1_66_1 0
 UP bnd post_1_66_1 376.9369779653376
 LO bnd post_1_66_2 0
 UP bnd post_1_66_2 376.9369779653376
 LO bnd post_1_66_3 0
 UP bnd post_1_66_3 376.9369779653376
 LO bnd post_1_66_4 0
 UP bnd post_1_66_4 376.9369779653376
 LO bnd post_1_66_5 0
 UP bnd post_1_66_5 376.9369779653376
 LO bnd post_1_66_6 0
 UP bnd post_1_66_6 376.9369779653376
 LO bnd post_1_66_7 0
 UP bnd post_1_66_7 376.9369779653376
 LO bnd post_1_67_0 0
 UP bnd post_1_67_0 391.0496683763033
 LO bnd post_1_67_1 0
 UP bnd post_1_67_1 391.0496683763033
 LO bnd post_1_67_2 0
 UP bnd post_1_67_2 391.0496683763033
 LO bnd post_1_67_3 0
 UP bnd post_1_67_3 391.0496683763033
 LO bnd post_1_67_4 0
 UP bnd post_1_67_4 391.0496683763033
 LO bnd post_1_67_5 0
 UP bnd post_1_67_5 391.0496683763033
 LO bnd post_1_67_6 0
 UP bnd post_1_67_6 391.0496683763033
 LO bnd post_1_67_7 0
 UP bnd post_1_67_7 391.0496683763033
 LO bnd post_1_68_0 0
 UP bnd post_1_68_0 405.16235878726917
 LO bnd post_1_68_1 0
 UP bnd post_1_68_1 405.16235878726917
 LO bnd post_1_68_2 0
 UP bnd post_1_68_2 405.16235878726917
 LO bnd post_1_68_3 0
 UP bnd post_1_68_3 405.16235878726917
 LO bnd post_1_68_4 0
 UP bnd post_1_68_4 405.16235878726917
 LO bnd post_1_68_5 0
 UP bnd post_1_68_5 405.16235878726917
 LO bnd post_1_68_6 0
 UP bnd post_1_68_6 405.16235878726917
 LO bnd post_1_68_7 0
 UP bnd post_1_68_7 405.16235878726917
 LO bnd post_1_69_0 0
 UP bnd post_1_69_0 379.67334860509106
 LO bnd post_1_69_1 0
 UP bnd post_1_69_1 379.67334860509106
 LO bnd post_1_69_2 0
 UP bnd post_1_69_2 379.67334860509106
 LO bnd post_1_69_3 0
 UP bnd post_1_69_3 379.67334860509106
 LO bnd post_1_69_4 0
 UP bnd post_1_69_4 379.67334860509106
 LO bnd post_1_69_5 0
 UP bnd post_1_69_5 379.67334860509106
 LO bnd post_1_69_6 0
 UP bnd post_1_69_6 379.67334860509106
 LO bnd post_1_69_7 0
 UP bnd post_1_69_7 379.67334860509106
 LO bnd post_1_70_0 0
 UP bnd post_1_70_0 393.78603901605686
 LO bnd post_1_70_1 0
 UP bnd post_1_70_1 393.78603901605686
 LO bnd post_1_70_2 0
 UP bnd post_1_70_2 393.78603901605686
 LO bnd post_1_70_3 0
 UP bnd post_1_70_3 393.78603901605686
 LO bnd post_1_70_4 0
 UP bnd post_1_70_4 393.78603901605686
 LO bnd post_1_70_5 0
 UP bnd post_1_70_5 393.78603901605686
 LO bnd post_1_70_6 0
 UP bnd post_1_70_6 393.78603901605686
 LO bnd post_1_70_7 0
 UP bnd post_1_70_7 393.78603901605686
 LO bnd post_1_71_0 0
 UP bnd post_1_71_0 407.89872942702266
 LO bnd post_1_71_1 0
 UP bnd post_1_71_1 407.89872942702266
 LO bnd post_1_71_2 0
 UP bnd post_1_71_2 407.89872942702266
 LO bnd post_1_71_3 0
 UP bnd post_1_71_3 407.89872942702266
 LO bnd post_1_71_4 0
 UP bnd post_1_71_4 407.89872942702266
 LO bnd post_1_71_5 0
 UP bnd post_1_71_5 407.89872942702266
 LO bnd post_1_71_6 0
 UP bnd post_1_71_6 407.89872942702266
 LO bnd post_1_71_7 0
 UP bnd post_1_71_7 407.89872942702266
 LO bnd post_1_72_0 0
 UP bnd post_1_72_0 379.90137949173715
 LO bnd post_1_72_1 0
 UP bnd post_1_72_1 379.90137949173715
 LO bnd post_1_72_2 0
 UP bnd post_1_72_2 379.90137949173715
 LO bnd post_1_72_3 0
 UP bnd post_1_72_3 379.90137949173715
 LO bnd post_1_72_4 0
 UP bnd post_1_72_4 379.90137949173715
 LO bnd post_1_72_5 0
 UP bnd post_1_72_5 379.90137949173715
 LO bnd post_1_72_6 0
 UP bnd post_1_72_6 379.90137949173715
 LO bnd post_1_72_7 0
 UP bnd post_1_72_7 379.90137949173715
 LO bnd post_1_73_0 0
 UP bnd post_1_73_0 394.01406990270294
 LO bnd post_1_73_1 0
 UP bnd post_1_73_1 394.01406990270294
 LO bnd post_1_73_2 0
 UP bnd post_1_73_2 394.01406990270294
 LO bnd post_1_73_3 0
 UP bnd post_1_73_3 394.01406990270294
 LO bnd post_1_73_4 0
 UP bnd post_1_73_4 394.01406990270294
 LO bnd post_1_73_5 0
 UP bnd post_1_73_5 394.01406990270294
 LO bnd post_1_73_6 0
 UP bnd post_1_73_6 394.01406990270294
 LO bnd post_1_73_7 0
 UP bnd post_1_73_7 394.01406990270294
 LO bnd post_1_74_0 0
 UP bnd post_1_74_0 408.12676031366874
 LO bnd post_1_74_1 0
 UP bnd post_1_74_1 408.12676031366874
 LO bnd post_1_74_2 0
 UP bnd post_1_74_2 408.12676031366874
 LO bnd post_1_74_3 0
 UP bnd post_1_74_3 408.12676031366874
 LO bnd post_1_74_4 0
 UP bnd post_1_74_4 408.12676031366874
 LO bnd post_1_74_5 0
 UP bnd post_1_74_5 408.12676031366874
 LO bnd post_1_74_6 0
 UP bnd post_1_74_6 408.12676031366874
 LO bnd post_1_74_7 0
 UP bnd post_1_74_7 408.12676031366874
 LO bnd post_1_75_0 0
 UP bnd post_1_75_0 380.1294103783832
 LO bnd post_1_75_1 0
 UP bnd post_1_75_1 380.1294103783832
 LO bnd post_1_75_2 0
 UP bnd post_1_75_2 380.1294103783832
 LO bnd post_1_75_3 0
 UP bnd post_1_75_3 380.1294103783832
 LO bnd post_1_75_4 0
 UP bnd post_1_75_4 380.1294103783832
 LO bnd post_1_75_5 0
 UP bnd post_1_75_5 380.1294103783832
 LO bnd post_1_75_6 0
 UP bnd post_1_75_6 380.1294103783832
 LO bnd post_1_75_7 0
 UP bnd post_1_75_7 380.1294103783832
 LO bnd post_1_76_0 0
 UP bnd post_1_76_0 394.242100789349
 LO bnd post_1_76_1 0
 UP bnd post_1_76_1 394.242100789349
 LO bnd post_1_76_2 0
 UP bnd post_1_76_2 394.242100789349
 LO bnd post_1_76_3 0
 UP bnd post_1_76_3 394.242100789349
 LO bnd post_1_76_4 0
 UP bnd post_1_76_4 394.242100789349
 LO bnd post_1_76_5 0
 UP bnd post_1_76_5 394.242100789349
 LO bnd post_1_76_6 0
 UP bnd post_1_76_6 394.242100789349
 LO bnd post_1_76_7 0
 UP bnd post_1_76_7 394.242100789349
 LO bnd post_1_77_0 0
 UP bnd post_1_77_0 408.3547912003149
 LO bnd post_1_77_1 0
 UP bnd post_1_77_1 408.3547912003149
 LO bnd post_1_77_2 0
 UP bnd post_1_77_2 408.3547912003149
 LO bnd post_1_77_3 0
 UP bnd post_1_77_3 408.3547912003149
 LO bnd post_1_77_4 0
 UP bnd post_1_77_4 408.3547912003149
 LO bnd post_1_77_5 0
 UP bnd post_1_77_5 408.3547912003149
 LO bnd post_1_77_6 0
 UP bnd post_1_77_6 408.3547912003149
 LO bnd post_1_77_7 0
 UP bnd post_1_77_7 408.3547912003149
 LO bnd post_1_78_0 0
 UP bnd post_1_78_0 380.35744126502937
 LO bnd post_1_78_1 0
 UP bnd post_1_78_1 380.35744126502937
 LO bnd post_1_78_2 0
 UP bnd post_1_78_2 380.35744126502937
 LO bnd post_1_78_3 0
 UP bnd post_1_78_3 380.35744126502937
 LO bnd post_1_78_4 0
 UP bnd post_1_78_4 380.35744126502937
 LO bnd post_1_78_5 0
 UP bnd post_1_78_5 380.35744126502937
 LO bnd post_1_78_6 0
 UP bnd post_1_78_6 380.35744126502937
 LO bnd post_1_78_7 0
 UP bnd post_1_78_7 380.35744126502937
 LO bnd post_1_79_0 0
 UP bnd post_1_79_0 394.4701316759952
 LO bnd post_1_79_1 0
 UP bnd post_1_79_1 394.4701316759952
 LO bnd post_1_79_2 0
 UP bnd post_1_79_2 394.4701316759952
 LO bnd post_1_79_3 0
 UP bnd post_1_79_3 394.4701316759952
 LO bnd post_1_79_4 0
 UP bnd post_1_79_4 394.4701316759952
 LO bnd post_1_79_5 0
 UP bnd post_1_79_5 394.4701316759952
 LO bnd post_1_79_6 0
 UP bnd post_1_79_6 394.4701316759952
 LO bnd post_1_79_7 0
 UP bnd post_1_79_7 394.4701316759952
 LO bnd post_1_80_0 0
 UP bnd post_1_80_0 408.58282208696096
 LO bnd post_1_80_1 0
 UP bnd post_1_80_1 408.58282208696096
 LO bnd post_1_80_2 0
 UP bnd post_1_80_2 408.58282208696096
 LO bnd post_1_80_3 0
 UP bnd post_1_80_3 408.58282208696096
 LO bnd post_1_80_4 0
 UP bnd post_1_80_4 408.58282208696096
 LO bnd post_1_80_5 0
 UP bnd post_1_80_5 408.58282208696096
 LO bnd post_1_80_6 0
 UP bnd post_1_80_6 408.58282208696096
 LO bnd post_1_80_7 0
 UP bnd post_1_80_7 408.58282208696096
 LO bnd post_1_81_0 0
 UP bnd post_1_81_0 381.49759569826
 LO bnd post_1_81_1 0
 UP bnd post_1_81_1 381.49759569826
 LO bnd post_1_81_2 0
 UP bnd post_1_81_2 381.49759569826
 LO bnd post_1_81_3 0
 UP bnd post_1_81_3 381.49759569826
 LO bnd post_1_81_4 0
 UP bnd post_1_81_4 381.49759569826
 LO bnd post_1_81_5 0
 UP bnd post_1_81_5 381.49759569826
 LO bnd post_1_81_6 0
 UP bnd post_1_81_6 381.49759569826
 LO bnd post_1_81_7 0
 UP bnd post_1_81_7 381.49759569826
 LO bnd post_1_82_0 0
 UP bnd post_1_82_0 395.6102861092258
 LO bnd post_1_82_1 0
 UP bnd post_1_82_1 395.6102861092258
 LO bnd post_1_82_2 0
 UP bnd post_1_82_2 395.6102861092258
 LO bnd post_1_82_3 0
 UP bnd post_1_82_3 395.6102861092258
 LO bnd post_1_82_4 0
 UP bnd post_1_82_4 395.6102861092258
 LO bnd post_1_82_5 0
 UP bnd post_1_82_5 395.6102861092258
 LO bnd post_1_82_6 0
 UP bnd post_1_82_6 395.6102861092258
 LO bnd post_1_82_7 0
 UP bnd post_1_82_7 395.6102861092258
 LO bnd post_1_83_0 0
 UP bnd post_1_83_0 409.7229765201916
 LO bnd post_1_83_1 0
 UP bnd post_1_83_1 409.7229765201916
 LO bnd post_1_83_2 0
 UP bnd post_1_83_2 409.7229765201916
 LO bnd post_1_83_3 0
 UP bnd post_1_83_3 409.7229765201916
 LO bnd post_1_83_4 0
 UP bnd post_1_83_4 409.7229765201916
 LO bnd post_1_83_5 0
 UP bnd post_1_83_5 409.7229765201916
 LO bnd post_1_83_6 0
 UP bnd post_1_83_6 409.7229765201916
 LO bnd post_1_83_7 0
 UP bnd post_1_83_7 409.7229765201916
 LO bnd post_1_84_0 0
 UP bnd post_1_84_0 381.9536574715522
 LO bnd post_1_84_1 0
 UP bnd post_1_84_1 381.9536574715522
 LO bnd post_1_84_2 0
 UP bnd post_1_84_2 381.9536574715522
 LO bnd post_1_84_3 0
 UP bnd post_1_84_3 381.9536574715522
 LO bnd post_1_84_4 0
 UP bnd post_1_84_4 381.9536574715522
 LO bnd post_1_84_5 0
 UP bnd post_1_84_5 381.9536574715522
 LO bnd post_1_84_6 0
 UP bnd post_1_84_6 381.9536574715522
 LO bnd post_1_84_7 0
 UP bnd post_1_84_7 381.9536574715522
 LO bnd post_1_85_0 0
 UP bnd post_1_85_0 396.066347882518
 LO bnd post_1_85_1 0
 UP bnd post_1_85_1 396.066347882518
 LO bnd post_1_85_2 0
 UP bnd post_1_85_2 396.066347882518
 LO bnd post_1_85_3 0
 UP bnd post_1_85_3 396.066347882518
 LO bnd post_1_85_4 0
 UP bnd post_1_85_4 396.066347882518
 LO bnd post_1_85_5 0
 UP bnd post_1_85_5 396.066347882518
 LO bnd post_1_85_6 0
 UP bnd post_1_85_6 396.066347882518
 LO bnd post_1_85_7 0
 UP bnd post_1_85_7 396.066347882518
 LO bnd post_1_86_0 0
 UP bnd post_1_86_0 410.1790382934839
 LO bnd post_1_86_1 0
 UP bnd post_1_86_1 410.1790382934839
 LO bnd post_1_86_2 0
 UP bnd post_1_86_2 410.1790382934839
 LO bnd post_1_86_3 0
 UP bnd post_1_86_3 410.1790382934839
 LO bnd post_1_86_4 0
 UP bnd post_1_86_4 410.1790382934839
 LO bnd post_1_86_5 0
 UP bnd post_1_86_5 410.1790382934839
 LO bnd post_1_86_6 0
 UP bnd post_1_86_6 410.1790382934839
 LO bnd post_1_86_7 0
 UP bnd post_1_86_7 410.1790382934839
 LO bnd post_1_87_0 0
 UP bnd post_1_87_0 382.40971924484444
 LO bnd post_1_87_1 0
 UP bnd post_1_87_1 382.40971924484444
 LO bnd post_1_87_2 0
 UP bnd post_1_87_2 382.40971924484444
 LO bnd post_1_87_3 0
 UP bnd post_1_87_3 382.40971924484444
 LO bnd post_1_87_4 0
 UP bnd post_1_87_4 382.40971924484444
 LO bnd post_1_87_5 0
 UP bnd post_1_87_5 382.40971924484444
 LO bnd post_1_87_6 0
 UP bnd post_1_87_6 382.40971924484444
 LO bnd post_1_87_7 0
 UP bnd post_1_87_7 382.40971924484444
 LO bnd post_1_88_0 0
 UP bnd post_1_88_0 396.5224096558103
 LO bnd post_1_88_1 0
 UP bnd post_1_88_1 396.5224096558103
 LO bnd post_1_88_2 0
 UP bnd post_1_88_2 396.5224096558103
 LO bnd post_1_88_3 0
 UP bnd post_1_88_3 396.5224096558103
 LO bnd post_1_88_4 0
 UP bnd post_1_88_4 396.5224096558103
 LO bnd post_1_88_5 0
 UP bnd post_1_88_5 396.5224096558103
 LO bnd post_1_88_6 0
 UP bnd post_1_88_6 396.5224096558103
 LO bnd post_1_88_7 0
 UP bnd post_1_88_7 396.5224096558103
 LO bnd post_1_89_0 0
 UP bnd post_1_89_0 410.6351000667761
 LO bnd post_1_89_1 0
 UP bnd post_1_89_1 410.6351000667761
 LO bnd post_1_89_2 0
 UP bnd post_1_89_2 410.6351000667761
 LO bnd post_1_89_3 0
 UP bnd post_1_89_3 410.6351000667761
 LO bnd post_1_89_4 0
 UP bnd post_1_89_4 410.6351000667761
 LO bnd post_1_89_5 0
 UP bnd post_1_89_5 410.6351000667761
 LO bnd post_1_89_6 0
 UP bnd post_1_89_6 410.6351000667761
 LO bnd post_1_89_7 0
 UP bnd post_1_89_7 410.6351000667761
 LO bnd post_1_90_0 0
 UP bnd post_1_90_0 316.10831814187213
 LO bnd post_1_90_1 0
 UP bnd post_1_90_1 316.10831814187213
 LO bnd post_1_90_2 0
 UP bnd post_1_90_2 316.10831814187213
 LO bnd post_1_90_3 0
 UP bnd post_1_90_3 316.10831814187213
 LO bnd post_1_90_4 0
 UP bnd post_1_90_4 316.10831814187213
 LO bnd post_1_90_5 0
 UP bnd post_1_90_5 316.10831814187213
 LO bnd post_1_90_6 0
 UP bnd post_1_90_6 316.10831814187213
 LO bnd post_1_90_7 0
 UP bnd post_1_90_7 316.10831814187213
 LO bnd out_0_0 -57779.73730833677
 UP bnd out_0_0 57779.73730833677
 LO bnd out_0_1 -57779.73730833677
 UP bnd out_0_1 57779.73730833677
 LO bnd out_1_0 -57925.67707579029
 UP bnd out_1_0 57925.67707579029
 LO bnd out_1_1 -57925.67707579029
 UP bnd out_1_1 57925.67707579029
 LO bnd out_2_0 -58071.61684324381
 UP bnd out_2_0 58071.61684324381
 LO bnd out_2_1 -58071.61684324381
 UP bnd out_2_1 58071.61684324381
 LO bnd out_3_0 -56650.722075459504
 UP bnd out_3_0 56650.722075459504
 LO bnd out_3_1 -56650.722075459504
 UP bnd out_3_1 56650.722075459504
 LO bnd out_4_0 -56796.661842913025
 UP bnd out_4_0 56796.661842913025
 LO bnd out_4_1 -56796.661842913025
 UP bnd out_4_1 56796.661842913025
 LO bnd out_5_0 -56942.601610366546
 UP bnd out_5_0 56942.601610366546
 LO bnd out_5_1 -56942.601610366546
 UP bnd out_5_1 56942.601610366546
 LO bnd out_6_0 -55521.70684258224
 UP bnd out_6_0 55521.70684258224
 LO bnd out_6_1 -55521.70684258224
 UP bnd out_6_1 55521.70684258224
 LO bnd out_7_0 -55667.64661003575
 UP bnd out_7_0 55667.64661003575
 LO bnd out_7_1 -55667.64661003575
 UP bnd out_7_1 55667.64661003575
 LO bnd out_8_0 -55813.58637748928
 UP bnd out_8_0 55813.58637748928
 LO bnd out_8_1 -55813.58637748928
 UP bnd out_8_1 55813.58637748928
 LO bnd out_9_0 -52699.16876038908
 UP bnd out_9_0 52699.16876038908
 LO bnd out_9_1 -52699.16876038908
 UP bnd out_9_1 52699.16876038908
 LO bnd out_10_0 -52845.1085278426
 UP bnd out_10_0 52845.1085278426
 LO bnd out_10_1 -52845.1085278426
 UP bnd out_10_1 52845.1085278426
 LO bnd out_11_0 -52991.048295296125
 UP bnd out_11_0 52991.048295296125
 LO bnd out_11_1 -52991.048295296125
 UP bnd out_11_1 52991.048295296125
 LO bnd out_12_0 -52134.66114395045
 UP bnd out_12_0 52134.66114395045
 LO bnd out_12_1 -52134.66114395045
 UP bnd out_12_1 52134.66114395045
 LO bnd out_13_0 -52280.60091140397
 UP bnd out_13_0 52280.60091140397
 LO bnd out_13_1 -52280.60091140397
 UP bnd out_13_1 52280.60091140397
 LO bnd out_14_0 -52426.54067885749
 UP bnd out_14_0 52426.54067885749
 LO bnd out_14_1 -52426.54067885749
 UP bnd out_14_1 52426.54067885749
 LO bnd out_15_0 -51570.15352751182
 UP bnd out_15_0 51570.15352751182
 LO bnd out_15_1 -51570.15352751182
 UP bnd out_15_1 51570.15352751182
 LO bnd out_16_0 -51716.09329496533
 UP bnd out_16_0 51716.09329496533
 LO bnd out_16_1 -51716.09329496533
 UP bnd out_16_1 51716.09329496533
 LO bnd out_17_0 -51862.03306241886
 UP bnd out_17_0 51862.03306241886
 LO bnd out_17_1 -51862.03306241886
 UP bnd out_17_1 51862.03306241886
 LO bnd out_18_0 -51005.64591107319
 UP bnd out_18_0 51005.64591107319
 LO bnd out_18_1 -51005.64591107319
 UP bnd out_18_1 51005.64591107319
 LO bnd out_19_0 -51151.58567852671
 UP bnd out_19_0 51151.58567852671
 LO bnd out_19_1 -51151.58567852671
 UP bnd out_19_1 51151.58567852671
 LO bnd out_20_0 -51297.525445980216
 UP bnd out_20_0 51297.525445980216
 LO bnd out_20_1 -51297.525445980216
 UP bnd out_20_1 51297.525445980216
 LO bnd out_21_0 -44231.554513809606
 UP bnd out_21_0 44231.554513809606
 LO bnd out_21_1 -44231.554513809606
 UP bnd out_21_1 44231.554513809606
 LO bnd out_22_0 -44377.49428126312
 UP bnd out_22_0 44377.49428126312
 LO bnd out_22_1 -44377.49428126312
 UP bnd out_22_1 44377.49428126312
 LO bnd out_23_0 -44523.434048716634
 UP bnd out_23_0 44523.434048716634
 LO bnd out_23_1 -44523.434048716634
 UP bnd out_23_1 44523.434048716634
 LO bnd out_24_0 -37457.463116546016
 UP bnd out_24_0 37457.463116546016
 LO bnd out_24_1 -37457.463116546016
 UP bnd out_24_1 37457.463116546016
 LO bnd out_25_0 -37603.40288399954
 UP bnd out_25_0 37603.40288399954
 LO bnd out_25_1 -37603.40288399954
 UP bnd out_25_1 37603.40288399954
 LO bnd out_26_0 -37749.34265145306
 UP bnd out_26_0 37749.34265145306
 LO bnd out_26_1 -37749.34265145306
 UP bnd out_26_1 37749.34265145306
 LO bnd out_27_0 -36892.95550010738
 UP bnd out_27_0 36892.95550010738
 LO bnd out_27_1 -36892.95550010738
 UP bnd out_27_1 36892.95550010738
 LO bnd out_28_0 -37038.8952675609
 UP bnd out_28_0 37038.8952675609
 LO bnd out_28_1 -37038.8952675609
 UP bnd out_28_1 37038.8952675609
 LO bnd out_29_0 -37184.83503501442
 UP bnd out_29_0 37184.83503501442
 LO bnd out_29_1 -37184.83503501442
 UP bnd out_29_1 37184.83503501442
 LO bnd out_30_0 -36328.447883668756
 UP bnd out_30_0 36328.447883668756
 LO bnd out_30_1 -36328.447883668756
 UP bnd out_30_1 36328.447883668756
 LO bnd out_31_0 -36474.38765112227
 UP bnd out_31_0 36474.38765112227
 LO bnd out_31_1 -36474.38765112227
 UP bnd out_31_1 36474.38765112227
 LO bnd out_32_0 -36620.32741857579
 UP bnd out_32_0 36620.32741857579
 LO bnd out_32_1 -36620.32741857579
 UP bnd out_32_1 36620.32741857579
 LO bnd out_33_0 -35763.94026723012
 UP bnd out_33_0 35763.94026723012
 LO bnd out_33_1 -35763.94026723012
 UP bnd out_33_1 35763.94026723012
 LO bnd out_34_0 -35909.880034683636
 UP bnd out_34_0 35909.880034683636
 LO bnd out_34_1 -35909.880034683636
 UP bnd out_34_1 35909.880034683636
 LO bnd out_35_0 -36055.81980213716
 UP bnd out_35_0 36055.81980213716
 LO bnd out_35_1 -36055.81980213716
 UP bnd out_35_1 36055.81980213716
 LO bnd out_36_0 -32941.40218503696
 UP bnd out_36_0 32941.40218503696
 LO bnd out_36_1 -32941.40218503696
 UP bnd out_36_1 32941.40218503696
 LO bnd out_37_0 -33087.341952490475
 UP bnd out_37_0 33087.341952490475
 LO bnd out_37_1 -33087.341952490475
 UP bnd out_37_1 33087.341952490475
 LO bnd out_38_0 -33233.281719943996
 UP bnd out_38_0 33233.281719943996
 LO bnd out_38_1 -33233.281719943996
 UP bnd out_38_1 33233.281719943996
 LO bnd out_39_0 -31812.386952159693
 UP bnd out_39_0 31812.386952159693
 LO bnd out_39_1 -31812.386952159693
 UP bnd out_39_1 31812.386952159693
 LO bnd out_40_0 -31958.32671961321
 UP bnd out_40_0 31958.32671961321
 LO bnd out_40_1 -31958.32671961321
 UP bnd out_40_1 31958.32671961321
 LO bnd out_41_0 -32104.266487066736
 UP bnd out_41_0 32104.266487066736
 LO bnd out_41_1 -32104.266487066736
 UP bnd out_41_1 32104.266487066736
 LO bnd out_42_0 -30683.371719282433
 UP bnd out_42_0 30683.371719282433
 LO bnd out_42_1 -30683.371719282433
 UP bnd out_42_1 30683.371719282433
 LO bnd out_43_0 -30829.31148673595
 UP bnd out_43_0 30829.31148673595
 LO bnd out_43_1 -30829.31148673595
 UP bnd out_43_1 30829.31148673595
 LO bnd out_44_0 -30975.251254189465
 UP bnd out_44_0 30975.251254189465
 LO bnd out_44_1 -30975.251254189465
 UP bnd out_44_1 30975.251254189465
 LO bnd out_45_0 -64009.696068988385
 UP bnd out_45_0 64009.696068988385
 LO bnd out_45_1 -64009.696068988385
 UP bnd out_45_1 64009.696068988385
 LO bnd out_46_0 -64155.635836441885
 UP bnd out_46_0 64155.635836441885
 LO bnd out_46_1 -64155.635836441885
 UP bnd out_46_1 64155.635836441885
 LO bnd out_47_0 -64301.57560389543
 UP bnd out_47_0 64301.57560389543
 LO bnd out_47_1 -64301.57560389543
 UP bnd out_47_1 64301.57560389543
 LO bnd out_48_0 -62880.68083611113
 UP bnd out_48_0 62880.68083611113
 LO bnd out_48_1 -62880.68083611113
 UP bnd out_48_1 62880.68083611113
 LO bnd out_49_0 -63026.62060356463
 UP bnd out_49_0 63026.62060356463
 LO bnd out_49_1 -63026.62060356463
 UP bnd out_49_1 63026.62060356463
 LO bnd out_50_0 -64043.30868496872
 UP bnd out_50_0 64043.30868496872
 LO bnd out_50_1 -64043.30868496872
 UP bnd out_50_1 64043.30868496872
 LO bnd out_51_0 -61751.66560323386
 UP bnd out_51_0 61751.66560323386
 LO bnd out_51_1 -61751.66560323386
 UP bnd out_51_1 61751.66560323386
 LO bnd out_52_0 -61897.60537068737
 UP bnd out_52_0 61897.60537068737
 LO bnd out_52_1 -61897.60537068737
 UP bnd out_52_1 61897.60537068737
 LO bnd out_53_0 -64116.278568695474
 UP bnd out_53_0 64116.278568695474
 LO bnd out_53_1 -64116.278568695474
 UP bnd out_53_1 64116.278568695474
 LO bnd out_54_0 -59782.64234650331
 UP bnd out_54_0 59782.64234650331
 LO bnd out_54_1 -59782.64234650331
 UP bnd out_54_1 59782.64234650331
 LO bnd out_55_0 -62040.672812257835
 UP bnd out_55_0 62040.672812257835
 LO bnd out_55_1 -62040.672812257835
 UP bnd out_55_1 62040.672812257835
 LO bnd out_56_0 -64298.70327801237
 UP bnd out_56_0 64298.70327801237
 LO bnd out_56_1 -64298.70327801237
 UP bnd out_56_1 64298.70327801237
 LO bnd out_57_0 -59819.12728836669
 UP bnd out_57_0 59819.12728836669
 LO bnd out_57_1 -59819.12728836669
 UP bnd out_57_1 59819.12728836669
 LO bnd out_58_0 -62077.15775412122
 UP bnd out_58_0 62077.15775412122
 LO bnd out_58_1 -62077.15775412122
 UP bnd out_58_1 62077.15775412122
 LO bnd out_59_0 -64335.18821987575
 UP bnd out_59_0 64335.18821987575
 LO bnd out_59_1 -64335.18821987575
 UP bnd out_59_1 64335.18821987575
 LO bnd out_60_0 -59855.612230230065
 UP bnd out_60_0 59855.612230230065
 LO bnd out_60_1 -59855.612230230065
 UP bnd out_60_1 59855.612230230065
 LO bnd out_61_0 -62113.64269598459
 UP bnd out_61_0 62113.64269598459
 LO bnd out_61_1 -62113.64269598459
 UP bnd out_61_1 62113.64269598459
 LO bnd out_62_0 -64371.67316173913
 UP bnd out_62_0 64371.67316173913
 LO bnd out_62_1 -64371.67316173913
 UP bnd out_62_1 64371.67316173913
 LO bnd out_63_0 -59892.09717209345
 UP bnd out_63_0 59892.09717209345
 LO bnd out_63_1 -59892.09717209345
 UP bnd out_63_1 59892.09717209345
 LO bnd out_64_0 -62150.12763784798
 UP bnd out_64_0 62150.12763784798
 LO bnd out_64_1 -62150.12763784798
 UP bnd out_64_1 62150.12763784798
 LO bnd out_65_0 -64408.15810360251
 UP bnd out_65_0 64408.15810360251
 LO bnd out_65_1 -64408.15810360251
 UP bnd out_65_1 64408.15810360251
 LO bnd out_66_0 -60329.91647445401
 UP bnd out_66_0 60329.91647445401
 LO bnd out_66_1 -60329.91647445401
 UP bnd out_66_1 60329.91647445401
 LO bnd out_67_0 -62587.94694020853
 UP bnd out_67_0 62587.94694020853
 LO bnd out_67_1 -62587.94694020853
 UP bnd out_67_1 62587.94694020853
 LO bnd out_68_0 -64845.977405963065
 UP bnd out_68_0 64845.977405963065
 LO bnd out_68_1 -64845.977405963065
 UP bnd out_68_1 64845.977405963065
 LO bnd out_69_0 -60767.735776814574
 UP bnd out_69_0 60767.735776814574
 LO bnd out_69_1 -60767.735776814574
 UP bnd out_69_1 60767.735776814574
 LO bnd out_70_0 -63025.766242569094
 UP bnd out_70_0 63025.766242569094
 LO bnd out_70_1 -63025.766242569094
 UP bnd out_70_1 63025.766242569094
 LO bnd out_71_0 -65283.79670832363
 UP bnd out_71_0 65283.79670832363
 LO bnd out_71_1 -65283.79670832363
 UP bnd out_71_1 65283.79670832363
 LO bnd out_72_0 -60804.22071867794
 UP bnd out_72_0 60804.22071867794
 LO bnd out_72_1 -60804.22071867794
 UP bnd out_72_1 60804.22071867794
 LO bnd out_73_0 -63062.25118443247
 UP bnd out_73_0 63062.25118443247
 LO bnd out_73_1 -63062.25118443247
 UP bnd out_73_1 63062.25118443247
 LO bnd out_74_0 -65320.281650187
 UP bnd out_74_0 65320.281650187
 LO bnd out_74_1 -65320.281650187
 UP bnd out_74_1 65320.281650187
 LO bnd out_75_0 -60840.705660541316
 UP bnd out_75_0 60840.705660541316
 LO bnd out_75_1 -60840.705660541316
 UP bnd out_75_1 60840.705660541316
 LO bnd out_76_0 -63098.736126295844
 UP bnd out_76_0 63098.736126295844
 LO bnd out_76_1 -63098.736126295844
 UP bnd out_76_1 63098.736126295844
 LO bnd out_77_0 -65356.76659205038
 UP bnd out_77_0 65356.76659205038
 LO bnd out_77_1 -65356.76659205038
 UP bnd out_77_1 65356.76659205038
 LO bnd out_78_0 -60877.1906024047
 UP bnd out_78_0 60877.1906024047
 LO bnd out_78_1 -60877.1906024047
 UP bnd out_78_1 60877.1906024047
 LO bnd out_79_0 -63135.22106815923
 UP bnd out_79_0 63135.22106815923
 LO bnd out_79_1 -63135.22106815923
 UP bnd out_79_1 63135.22106815923
 LO bnd out_80_0 -65393.25153391375
 UP bnd out_80_0 65393.25153391375
 LO bnd out_80_1 -65393.25153391375
 UP bnd out_80_1 65393.25153391375
 LO bnd out_81_0 -61059.6153117216
 UP bnd out_81_0 61059.6153117216
 LO bnd out_81_1 -61059.6153117216
 UP bnd out_81_1 61059.6153117216
 LO bnd out_82_0 -63317.64577747613
 UP bnd out_82_0 63317.64577747613
 LO bnd out_82_1 -63317.64577747613
 UP bnd out_82_1 63317.64577747613
 LO bnd out_83_0 -65575.67624323066
 UP bnd out_83_0 65575.67624323066
 LO bnd out_83_1 -65575.67624323066
 UP bnd out_83_1 65575.67624323066
 LO bnd out_84_0 -61132.58519544835
 UP bnd out_84_0 61132.58519544835
 LO bnd out_84_1 -61132.58519544835
 UP bnd out_84_1 61132.58519544835
 LO bnd out_85_0 -63390.615661202886
 UP bnd out_85_0 63390.615661202886
 LO bnd out_85_1 -63390.615661202886
 UP bnd out_85_1 63390.615661202886
 LO bnd out_86_0 -65648.64612695744
 UP bnd out_86_0 65648.64612695744
 LO bnd out_86_1 -65648.64612695744
 UP bnd out_86_1 65648.64612695744
 LO bnd out_87_0 -61205.55507917511
 UP bnd out_87_0 61205.55507917511
 LO bnd out_87_1 -61205.55507917511
 UP bnd out_87_1 61205.55507917511
 LO bnd out_88_0 -63463.58554492965
 UP bnd out_88_0 63463.58554492965
 LO bnd out_88_1 -63463.58554492965
 UP bnd out_88_1 63463.58554492965
 LO bnd out_89_0 -65721.61601068417
 UP bnd out_89_0 65721.61601068417
 LO bnd out_89_1 -65721.61601068417
 UP bnd out_89_1 65721.61601068417
 LO bnd out_90_0 -50597.33090269954
 UP bnd out_90_0 50597.33090269954
 LO bnd out_90_1 -50597.33090269954
 UP bnd out_90_1 50597.33090269954
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
 out_46_0 out_46_0 2
 out_46_1 out_46_1 2
 out_47_0 out_47_0 2
 out_47_1 out_47_1 2
 out_48_0 out_48_0 2
 out_48_1 out_48_1 2
 out_49_0 out_49_0 2
 out_49_1 out_49_1 2
 out_50_0 out_50_0 2
 out_50_1 out_50_1 2
 out_51_0 out_51_0 2
 out_51_1 out_51_1 2
 out_52_0 out_52_0 2
 out_52_1 out_52_1 2
 out_53_0 out_53_0 2
 out_53_1 out_53_1 2
 out_54_0 out_54_0 2
 out_54_1 out_54_1 2
 out_55_0 out_55_0 2
 out_55_1 out_55_1 2
 out_56_0 out_56_0 2
 out_56_1 out_56_1 2
 out_57_0 out_57_0 2
 out_57_1 out_57_1 2
 out_58_0 out_58_0 2
 out_58_1 out_58_1 2
 out_59_0 out_59_0 2
 out_59_1 out_59_1 2
 out_60_0 out_60_0 2
 out_60_1 out_60_1 2
 out_61_0 out_61_0 2
 out_61_1 out_61_1 2
 out_62_0 out_62_0 2
 out_62_1 out_62_1 2
 out_63_0 out_63_0 2
 out_63_1 out_63_1 2
 out_64_0 out_64_0 2
 out_64_1 out_64_1 2
 out_65_0 out_65_0 2
 out_65_1 out_65_1 2
 out_66_0 out_66_0 2
 out_66_1 out_66_1 2
 out_67_0 out_67_0 2
 out_67_1 out_67_1 2
 out_68_0 out_68_0 2
 out_68_1 out_68_1 2
 out_69_0 out_69_0 2
 out_69_1 out_69_1 2
 out_70_0 out_70_0 2
 out_70_1 out_70_1 2
 out_71_0 out_71_0 2
 out_71_1 out_71_1 2
 out_72_0 out_72_0 2
 out_72_1 out_72_1 2
 out_73_0 out_73_0 2
 out_73_1 out_73_1 2
 out_74_0 out_74_0 2
 out_74_1 out_74_1 2
 out_75_0 out_75_0 2
 out_75_1 out_75_1 2
 out_76_0 out_76_0 2
 out_76_1 out_76_1 2
 out_77_0 out_77_0 2
 out_77_1 out_77_1 2
 out_78_0 out_78_0 2
 out_78_1 out_78_1 2
 out_79_0 out_79_0 2
 out_79_1 out_79_1 2
 out_80_0 out_80_0 2
 out_80_1 out_80_1 2
 out_81_0 out_81_0 2
 out_81_1 out_81_1 2
 out_82_0 out_82_0 2
 out_82_1 out_82_1 2
 out_83_0 out_83_0 2
 out_83_1 out_83_1 2
 out_84_0 out_84_0 2
 out_84_1 out_84_1 2
 out_85_0 out_85_0 2
 out_85_1 out_85_1 2
 out_86_0 out_86_0 2
 out_86_1 out_86_1 2
 out_87_0 out_87_0 2
 out_87_1 out_87_1 2
 out_88_0 out_88_0 2
 out_88_1 out_88_1 2
 out_89_0 out_89_0 2
 out_89_1 out_89_1 2
 out_90_0 out_90_0 2
 out_90_1 out_90_1 2
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
 w_2_0_5 post_1_0_5 -0.5
 post_1_0_5 w_2_0_5 -0.5
 w_2_0_6 post_1_0_6 -0.5
 post_1_0_6 w_2_0_6 -0.5
 w_2_0_7 post_1_0_7 -0.5
 post_1_0_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_0_5 -0.5
 post_1_0_5 w_2_1_5 -0.5
 w_2_1_6 post_1_0_6 -0.5
 post_1_0_6 w_2_1_6 -0.5
 w_2_1_7 post_1_0_7 -0.5
 post_1_0_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_1_5 -0.5
 post_1_1_5 w_2_0_5 -0.5
 w_2_0_6 post_1_1_6 -0.5
 post_1_1_6 w_2_0_6 -0.5
 w_2_0_7 post_1_1_7 -0.5
 post_1_1_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_1_5 -0.5
 post_1_1_5 w_2_1_5 -0.5
 w_2_1_6 post_1_1_6 -0.5
 post_1_1_6 w_2_1_6 -0.5
 w_2_1_7 post_1_1_7 -0.5
 post_1_1_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_2_5 -0.5
 post_1_2_5 w_2_0_5 -0.5
 w_2_0_6 post_1_2_6 -0.5
 post_1_2_6 w_2_0_6 -0.5
 w_2_0_7 post_1_2_7 -0.5
 post_1_2_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_2_5 -0.5
 post_1_2_5 w_2_1_5 -0.5
 w_2_1_6 post_1_2_6 -0.5
 post_1_2_6 w_2_1_6 -0.5
 w_2_1_7 post_1_2_7 -0.5
 post_1_2_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_3_5 -0.5
 post_1_3_5 w_2_0_5 -0.5
 w_2_0_6 post_1_3_6 -0.5
 post_1_3_6 w_2_0_6 -0.5
 w_2_0_7 post_1_3_7 -0.5
 post_1_3_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_3_5 -0.5
 post_1_3_5 w_2_1_5 -0.5
 w_2_1_6 post_1_3_6 -0.5
 post_1_3_6 w_2_1_6 -0.5
 w_2_1_7 post_1_3_7 -0.5
 post_1_3_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_4_5 -0.5
 post_1_4_5 w_2_0_5 -0.5
 w_2_0_6 post_1_4_6 -0.5
 post_1_4_6 w_2_0_6 -0.5
 w_2_0_7 post_1_4_7 -0.5
 post_1_4_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_4_5 -0.5
 post_1_4_5 w_2_1_5 -0.5
 w_2_1_6 post_1_4_6 -0.5
 post_1_4_6 w_2_1_6 -0.5
 w_2_1_7 post_1_4_7 -0.5
 post_1_4_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_5_5 -0.5
 post_1_5_5 w_2_0_5 -0.5
 w_2_0_6 post_1_5_6 -0.5
 post_1_5_6 w_2_0_6 -0.5
 w_2_0_7 post_1_5_7 -0.5
 post_1_5_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_5_5 -0.5
 post_1_5_5 w_2_1_5 -0.5
 w_2_1_6 post_1_5_6 -0.5
 post_1_5_6 w_2_1_6 -0.5
 w_2_1_7 post_1_5_7 -0.5
 post_1_5_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_6_5 -0.5
 post_1_6_5 w_2_0_5 -0.5
 w_2_0_6 post_1_6_6 -0.5
 post_1_6_6 w_2_0_6 -0.5
 w_2_0_7 post_1_6_7 -0.5
 post_1_6_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_6_5 -0.5
 post_1_6_5 w_2_1_5 -0.5
 w_2_1_6 post_1_6_6 -0.5
 post_1_6_6 w_2_1_6 -0.5
 w_2_1_7 post_1_6_7 -0.5
 post_1_6_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_7_5 -0.5
 post_1_7_5 w_2_0_5 -0.5
 w_2_0_6 post_1_7_6 -0.5
 post_1_7_6 w_2_0_6 -0.5
 w_2_0_7 post_1_7_7 -0.5
 post_1_7_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_7_5 -0.5
 post_1_7_5 w_2_1_5 -0.5
 w_2_1_6 post_1_7_6 -0.5
 post_1_7_6 w_2_1_6 -0.5
 w_2_1_7 post_1_7_7 -0.5
 post_1_7_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_8_5 -0.5
 post_1_8_5 w_2_0_5 -0.5
 w_2_0_6 post_1_8_6 -0.5
 post_1_8_6 w_2_0_6 -0.5
 w_2_0_7 post_1_8_7 -0.5
 post_1_8_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_8_5 -0.5
 post_1_8_5 w_2_1_5 -0.5
 w_2_1_6 post_1_8_6 -0.5
 post_1_8_6 w_2_1_6 -0.5
 w_2_1_7 post_1_8_7 -0.5
 post_1_8_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_9_5 -0.5
 post_1_9_5 w_2_0_5 -0.5
 w_2_0_6 post_1_9_6 -0.5
 post_1_9_6 w_2_0_6 -0.5
 w_2_0_7 post_1_9_7 -0.5
 post_1_9_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_9_5 -0.5
 post_1_9_5 w_2_1_5 -0.5
 w_2_1_6 post_1_9_6 -0.5
 post_1_9_6 w_2_1_6 -0.5
 w_2_1_7 post_1_9_7 -0.5
 post_1_9_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_10_5 -0.5
 post_1_10_5 w_2_0_5 -0.5
 w_2_0_6 post_1_10_6 -0.5
 post_1_10_6 w_2_0_6 -0.5
 w_2_0_7 post_1_10_7 -0.5
 post_1_10_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_10_5 -0.5
 post_1_10_5 w_2_1_5 -0.5
 w_2_1_6 post_1_10_6 -0.5
 post_1_10_6 w_2_1_6 -0.5
 w_2_1_7 post_1_10_7 -0.5
 post_1_10_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_11_5 -0.5
 post_1_11_5 w_2_0_5 -0.5
 w_2_0_6 post_1_11_6 -0.5
 post_1_11_6 w_2_0_6 -0.5
 w_2_0_7 post_1_11_7 -0.5
 post_1_11_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_11_5 -0.5
 post_1_11_5 w_2_1_5 -0.5
 w_2_1_6 post_1_11_6 -0.5
 post_1_11_6 w_2_1_6 -0.5
 w_2_1_7 post_1_11_7 -0.5
 post_1_11_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_12_5 -0.5
 post_1_12_5 w_2_0_5 -0.5
 w_2_0_6 post_1_12_6 -0.5
 post_1_12_6 w_2_0_6 -0.5
 w_2_0_7 post_1_12_7 -0.5
 post_1_12_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_12_5 -0.5
 post_1_12_5 w_2_1_5 -0.5
 w_2_1_6 post_1_12_6 -0.5
 post_1_12_6 w_2_1_6 -0.5
 w_2_1_7 post_1_12_7 -0.5
 post_1_12_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_13_5 -0.5
 post_1_13_5 w_2_0_5 -0.5
 w_2_0_6 post_1_13_6 -0.5
 post_1_13_6 w_2_0_6 -0.5
 w_2_0_7 post_1_13_7 -0.5
 post_1_13_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_13_5 -0.5
 post_1_13_5 w_2_1_5 -0.5
 w_2_1_6 post_1_13_6 -0.5
 post_1_13_6 w_2_1_6 -0.5
 w_2_1_7 post_1_13_7 -0.5
 post_1_13_7 w_2_1_7 -0.5
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
 w_2_0_5 post_1_14_5 -0.5
 post_1_14_5 w_2_0_5 -0.5
 w_2_0_6 post_1_14_6 -0.5
 post_1_14_6 w_2_0_6 -0.5
 w_2_0_7 post_1_14_7 -0.5
 post_1_14_7 w_2_0_7 -0.5
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
 w_2_1_5 post_1_14_5 -0.5
 post_1_14_5 w_2_1_5 -0.5
 w_2_1_6 post_1_14_6 -0.5
 post_1_14_6 w_2_1_6 -0.5
 w_2_1_7 post_1_14_7 -0.5
 post_1_14_7 w_2_1_7 -0.5
QCMATRIX out_definition_15_0
 w_2_0_0 post_1_15_0 -0.5
 post_1_15_0 w_2_0_0 -0.5
 w_2_0_1 post_1_15_1 -0.5
 post_1_15_1 w_2_0_1 -0.5
 w_2_0_2 post_1_15_2 -0.5
 post_1_15_2 w_2_0_2 -0.5
 w_2_0_3 post_1_15_3 -0.5
 post_1_15_3 w_2_0_3 -0.5
 w_2_0_4 post_1_15_4 -0.5
 post_1_15_4 w_2_0_4 -0.5
 w_2_0_5 post_1_15_5 -0.5
 post_1_15_5 w_2_0_5 -0.5
 w_2_0_6 post_1_15_6 -0.5
 post_1_15_6 w_2_0_6 -0.5
 w_2_0_7 post_1_15_7 -0.5
 post_1_15_7 w_2_0_7 -0.5
QCMATRIX out_definition_15_1
 w_2_1_0 post_1_15_0 -0.5
 post_1_15_0 w_2_1_0 -0.5
 w_2_1_1 post_1_15_1 -0.5
 post_1_15_1 w_2_1_1 -0.5
 w_2_1_2 post_1_15_2 -0.5
 post_1_15_2 w_2_1_2 -0.5
 w_2_1_3 post_1_15_3 -0.5
 post_1_15_3 w_2_1_3 -0.5
 w_2_1_4 post_1_15_4 -0.5
 post_1_15_4 w_2_1_4 -0.5
 w_2_1_5 post_1_15_5 -0.5
 post_1_15_5 w_2_1_5 -0.5
 w_2_1_6 post_1_15_6 -0.5
 post_1_15_6 w_2_1_6 -0.5
 w_2_1_7 post_1_15_7 -0.5
 post_1_15_7 w_2_1_7 -0.5
QCMATRIX out_definition_16_0
 w_2_0_0 post_1_16_0 -0.5
 post_1_16_0 w_2_0_0 -0.5
 w_2_0_1 post_1_16_1 -0.5
 post_1_16_1 w_2_0_1 -0.5
 w_2_0_2 post_1_16_2 -0.5
 post_1_16_2 w_2_0_2 -0.5
 w_2_0_3 post_1_16_3 -0.5
 post_1_16_3 w_2_0_3 -0.5
 w_2_0_4 post_1_16_4 -0.5
 post_1_16_4 w_2_0_4 -0.5
 w_2_0_5 post_1_16_5 -0.5
 post_1_16_5 w_2_0_5 -0.5
 w_2_0_6 post_1_16_6 -0.5
 post_1_16_6 w_2_0_6 -0.5
 w_2_0_7 post_1_16_7 -0.5
 post_1_16_7 w_2_0_7 -0.5
QCMATRIX out_definition_16_1
 w_2_1_0 post_1_16_0 -0.5
 post_1_16_0 w_2_1_0 -0.5
 w_2_1_1 post_1_16_1 -0.5
 post_1_16_1 w_2_1_1 -0.5
 w_2_1_2 post_1_16_2 -0.5
 post_1_16_2 w_2_1_2 -0.5
 w_2_1_3 post_1_16_3 -0.5
 post_1_16_3 w_2_1_3 -0.5
 w_2_1_4 post_1_16_4 -0.5
 post_1_16_4 w_2_1_4 -0.5
 w_2_1_5 post_1_16_5 -0.5
 post_1_16_5 w_2_1_5 -0.5
 w_2_1_6 post_1_16_6 -0.5
 post_1_16_6 w_2_1_6 -0.5
 w_2_1_7 post_1_16_7 -0.5
 post_1_16_7 w_2_1_7 -0.5
QCMATRIX out_definition_17_0
 w_2_0_0 post_1_17_0 -0.5
 post_1_17_0 w_2_0_0 -0.5
 w_2_0_1 post_1_17_1 -0.5
 post_1_17_1 w_2_0_1 -0.5
 w_2_0_2 post_1_17_2 -0.5
 post_1_17_2 w_2_0_2 -0.5
 w_2_0_3 post_1_17_3 -0.5
 post_1_17_3 w_2_0_3 -0.5
 w_2_0_4 post_1_17_4 -0.5
 post_1_17_4 w_2_0_4 -0.5
 w_2_0_5 post_1_17_5 -0.5
 post_1_17_5 w_2_0_5 -0.5
 w_2_0_6 post_1_17_6 -0.5
 post_1_17_6 w_2_0_6 -0.5
 w_2_0_7 post_1_17_7 -0.5
 post_1_17_7 w_2_0_7 -0.5
QCMATRIX out_definition_17_1
 w_2_1_0 post_1_17_0 -0.5
 post_1_17_0 w_2_1_0 -0.5
 w_2_1_1 post_1_17_1 -0.5
 post_1_17_1 w_2_1_1 -0.5
 w_2_1_2 post_1_17_2 -0.5
 post_1_17_2 w_2_1_2 -0.5
 w_2_1_3 post_1_17_3 -0.5
 post_1_17_3 w_2_1_3 -0.5
 w_2_1_4 post_1_17_4 -0.5
 post_1_17_4 w_2_1_4 -0.5
 w_2_1_5 post_1_17_5 -0.5
 post_1_17_5 w_2_1_5 -0.5
 w_2_1_6 post_1_17_6 -0.5
 post_1_17_6 w_2_1_6 -0.5
 w_2_1_7 post_1_17_7 -0.5
 post_1_17_7 w_2_1_7 -0.5
QCMATRIX out_definition_18_0
 w_2_0_0 post_1_18_0 -0.5
 post_1_18_0 w_2_0_0 -0.5
 w_2_0_1 post_1_18_1 -0.5
 post_1_18_1 w_2_0_1 -0.5
 w_2_0_2 post_1_18_2 -0.5
 post_1_18_2 w_2_0_2 -0.5
 w_2_0_3 post_1_18_3 -0.5
 post_1_18_3 w_2_0_3 -0.5
 w_2_0_4 post_1_18_4 -0.5
 post_1_18_4 w_2_0_4 -0.5
 w_2_0_5 post_1_18_5 -0.5
 post_1_18_5 w_2_0_5 -0.5
 w_2_0_6 post_1_18_6 -0.5
 post_1_18_6 w_2_0_6 -0.5
 w_2_0_7 post_1_18_7 -0.5
 post_1_18_7 w_2_0_7 -0.5
QCMATRIX out_definition_18_1
 w_2_1_0 post_1_18_0 -0.5
 post_1_18_0 w_2_1_0 -0.5
 w_2_1_1 post_1_18_1 -0.5
 post_1_18_1 w_2_1_1 -0.5
 w_2_1_2 post_1_18_2 -0.5
 post_1_18_2 w_2_1_2 -0.5
 w_2_1_3 post_1_18_3 -0.5
 post_1_18_3 w_2_1_3 -0.5
 w_2_1_4 post_1_18_4 -0.5
 post_1_18_4 w_2_1_4 -0.5
 w_2_1_5 post_1_18_5 -0.5
 post_1_18_5 w_2_1_5 -0.5
 w_2_1_6 post_1_18_6 -0.5
 post_1_18_6 w_2_1_6 -0.5
 w_2_1_7 post_1_18_7 -0.5
 post_1_18_7 w_2_1_7 -0.5
QCMATRIX out_definition_19_0
 w_2_0_0 post_1_19_0 -0.5
 post_1_19_0 w_2_0_0 -0.5
 w_2_0_1 post_1_19_1 -0.5
 post_1_19_1 w_2_0_1 -0.5
 w_2_0_2 post_1_19_2 -0.5
 post_1_19_2 w_2_0_2 -0.5
 w_2_0_3 post_1_19_3 -0.5
 post_1_19_3 w_2_0_3 -0.5
 w_2_0_4 post_1_19_4 -0.5
 post_1_19_4 w_2_0_4 -0.5
 w_2_0_5 post_1_19_5 -0.5
 post_1_19_5 w_2_0_5 -0.5
 w_2_0_6 post_1_19_6 -0.5
 post_1_19_6 w_2_0_6 -0.5
 w_2_0_7 post_1_19_7 -0.5
 post_1_19_7 w_2_0_7 -0.5
QCMATRIX out_definition_19_1
 w_2_1_0 post_1_19_0 -0.5
 post_1_19_0 w_2_1_0 -0.5
 w_2_1_1 post_1_19_1 -0.5
 post_1_19_1 w_2_1_1 -0.5
 w_2_1_2 post_1_19_2 -0.5
 post_1_19_2 w_2_1_2 -0.5
 w_2_1_3 post_1_19_3 -0.5
 post_1_19_3 w_2_1_3 -0.5
 w_2_1_4 post_1_19_4 -0.5
 post_1_19_4 w_2_1_4 -0.5
 w_2_1_5 post_1_19_5 -0.5
 post_1_19_5 w_2_1_5 -0.5
 w_2_1_6 post_1_19_6 -0.5
 post_1_19_6 w_2_1_6 -0.5
 w_2_1_7 post_1_19_7 -0.5
 post_1_19_7 w_2_1_7 -0.5
QCMATRIX out_definition_20_0
 w_2_0_0 post_1_20_0 -0.5
 post_1_20_0 w_2_0_0 -0.5
 w_2_0_1 post_1_20_1 -0.5
 post_1_20_1 w_2_0_1 -0.5
 w_2_0_2 post_1_20_2 -0.5
 post_1_20_2 w_2_0_2 -0.5
 w_2_0_3 post_1_20_3 -0.5
 post_1_20_3 w_2_0_3 -0.5
 w_2_0_4 post_1_20_4 -0.5
 post_1_20_4 w_2_0_4 -0.5
 w_2_0_5 post_1_20_5 -0.5
 post_1_20_5 w_2_0_5 -0.5
 w_2_0_6 post_1_20_6 -0.5
 post_1_20_6 w_2_0_6 -0.5
 w_2_0_7 post_1_20_7 -0.5
 post_1_20_7 w_2_0_7 -0.5
QCMATRIX out_definition_20_1
 w_2_1_0 post_1_20_0 -0.5
 post_1_20_0 w_2_1_0 -0.5
 w_2_1_1 post_1_20_1 -0.5
 post_1_20_1 w_2_1_1 -0.5
 w_2_1_2 post_1_20_2 -0.5
 post_1_20_2 w_2_1_2 -0.5
 w_2_1_3 post_1_20_3 -0.5
 post_1_20_3 w_2_1_3 -0.5
 w_2_1_4 post_1_20_4 -0.5
 post_1_20_4 w_2_1_4 -0.5
 w_2_1_5 post_1_20_5 -0.5
 post_1_20_5 w_2_1_5 -0.5
 w_2_1_6 post_1_20_6 -0.5
 post_1_20_6 w_2_1_6 -0.5
 w_2_1_7 post_1_20_7 -0.5
 post_1_20_7 w_2_1_7 -0.5
QCMATRIX out_definition_21_0
 w_2_0_0 post_1_21_0 -0.5
 post_1_21_0 w_2_0_0 -0.5
 w_2_0_1 post_1_21_1 -0.5
 post_1_21_1 w_2_0_1 -0.5
 w_2_0_2 post_1_21_2 -0.5
 post_1_21_2 w_2_0_2 -0.5
 w_2_0_3 post_1_21_3 -0.5
 post_1_21_3 w_2_0_3 -0.5
 w_2_0_4 post_1_21_4 -0.5
 post_1_21_4 w_2_0_4 -0.5
 w_2_0_5 post_1_21_5 -0.5
 post_1_21_5 w_2_0_5 -0.5
 w_2_0_6 post_1_21_6 -0.5
 post_1_21_6 w_2_0_6 -0.5
 w_2_0_7 post_1_21_7 -0.5
 post_1_21_7 w_2_0_7 -0.5
QCMATRIX out_definition_21_1
 w_2_1_0 post_1_21_0 -0.5
 post_1_21_0 w_2_1_0 -0.5
 w_2_1_1 post_1_21_1 -0.5
 post_1_21_1 w_2_1_1 -0.5
 w_2_1_2 post_1_21_2 -0.5
 post_1_21_2 w_2_1_2 -0.5
 w_2_1_3 post_1_21_3 -0.5
 post_1_21_3 w_2_1_3 -0.5
 w_2_1_4 post_1_21_4 -0.5
 post_1_21_4 w_2_1_4 -0.5
 w_2_1_5 post_1_21_5 -0.5
 post_1_21_5 w_2_1_5 -0.5
 w_2_1_6 post_1_21_6 -0.5
 post_1_21_6 w_2_1_6 -0.5
 w_2_1_7 post_1_21_7 -0.5
 post_1_21_7 w_2_1_7 -0.5
QCMATRIX out_definition_22_0
 w_2_0_0 post_1_22_0 -0.5
 post_1_22_0 w_2_0_0 -0.5
 w_2_0_1 post_1_22_1 -0.5
 post_1_22_1 w_2_0_1 -0.5
 w_2_0_2 post_1_22_2 -0.5
 post_1_22_2 w_2_0_2 -0.5
 w_2_0_3 post_1_22_3 -0.5
 post_1_22_3 w_2_0_3 -0.5
 w_2_0_4 post_1_22_4 -0.5
 post_1_22_4 w_2_0_4 -0.5
 w_2_0_5 post_1_22_5 -0.5
 post_1_22_5 w_2_0_5 -0.5
 w_2_0_6 post_1_22_6 -0.5
 post_1_22_6 w_2_0_6 -0.5
 w_2_0_7 post_1_22_7 -0.5
 post_1_22_7 w_2_0_7 -0.5
QCMATRIX out_definition_22_1
 w_2_1_0 post_1_22_0 -0.5
 post_1_22_0 w_2_1_0 -0.5
 w_2_1_1 post_1_22_1 -0.5
 post_1_22_1 w_2_1_1 -0.5
 w_2_1_2 post_1_22_2 -0.5
 post_1_22_2 w_2_1_2 -0.5
 w_2_1_3 post_1_22_3 -0.5
 post_1_22_3 w_2_1_3 -0.5
 w_2_1_4 post_1_22_4 -0.5
 post_1_22_4 w_2_1_4 -0.5
 w_2_1_5 post_1_22_5 -0.5
 post_1_22_5 w_2_1_5 -0.5
 w_2_1_6 post_1_22_6 -0.5
 post_1_22_6 w_2_1_6 -0.5
 w_2_1_7 post_1_22_7 -0.5
 post_1_22_7 w_2_1_7 -0.5
QCMATRIX out_definition_23_0
 w_2_0_0 post_1_23_0 -0.5
 post_1_23_0 w_2_0_0 -0.5
 w_2_0_1 post_1_23_1 -0.5
 post_1_23_1 w_2_0_1 -0.5
 w_2_0_2 post_1_23_2 -0.5
 post_1_23_2 w_2_0_2 -0.5
 w_2_0_3 post_1_23_3 -0.5
 post_1_23_3 w_2_0_3 -0.5
 w_2_0_4 post_1_23_4 -0.5
 post_1_23_4 w_2_0_4 -0.5
 w_2_0_5 post_1_23_5 -0.5
 post_1_23_5 w_2_0_5 -0.5
 w_2_0_6 post_1_23_6 -0.5
 post_1_23_6 w_2_0_6 -0.5
 w_2_0_7 post_1_23_7 -0.5
 post_1_23_7 w_2_0_7 -0.5
QCMATRIX out_definition_23_1
 w_2_1_0 post_1_23_0 -0.5
 post_1_23_0 w_2_1_0 -0.5
 w_2_1_1 post_1_23_1 -0.5
 post_1_23_1 w_2_1_1 -0.5
 w_2_1_2 post_1_23_2 -0.5
 post_1_23_2 w_2_1_2 -0.5
 w_2_1_3 post_1_23_3 -0.5
 post_1_23_3 w_2_1_3 -0.5
 w_2_1_4 post_1_23_4 -0.5
 post_1_23_4 w_2_1_4 -0.5
 w_2_1_5 post_1_23_5 -0.5
 post_1_23_5 w_2_1_5 -0.5
 w_2_1_6 post_1_23_6 -0.5
 post_1_23_6 w_2_1_6 -0.5
 w_2_1_7 post_1_23_7 -0.5
 post_1_23_7 w_2_1_7 -0.5
QCMATRIX out_definition_24_0
 w_2_0_0 post_1_24_0 -0.5
 post_1_24_0 w_2_0_0 -0.5
 w_2_0_1 post_1_24_1 -0.5
 post_1_24_1 w_2_0_1 -0.5
 w_2_0_2 post_1_24_2 -0.5
 post_1_24_2 w_2_0_2 -0.5
 w_2_0_3 post_1_24_3 -0.5
 post_1_24_3 w_2_0_3 -0.5
 w_2_0_4 post_1_24_4 -0.5
 post_1_24_4 w_2_0_4 -0.5
 w_2_0_5 post_1_24_5 -0.5
 post_1_24_5 w_2_0_5 -0.5
 w_2_0_6 post_1_24_6 -0.5
 post_1_24_6 w_2_0_6 -0.5
 w_2_0_7 post_1_24_7 -0.5
 post_1_24_7 w_2_0_7 -0.5
QCMATRIX out_definition_24_1
 w_2_1_0 post_1_24_0 -0.5
 post_1_24_0 w_2_1_0 -0.5
 w_2_1_1 post_1_24_1 -0.5
 post_1_24_1 w_2_1_1 -0.5
 w_2_1_2 post_1_24_2 -0.5
 post_1_24_2 w_2_1_2 -0.5
 w_2_1_3 post_1_24_3 -0.5
 post_1_24_3 w_2_1_3 -0.5
 w_2_1_4 post_1_24_4 -0.5
 post_1_24_4 w_2_1_4 -0.5
 w_2_1_5 post_1_24_5 -0.5
 post_1_24_5 w_2_1_5 -0.5
 w_2_1_6 post_1_24_6 -0.5
 post_1_24_6 w_2_1_6 -0.5
 w_2_1_7 post_1_24_7 -0.5
 post_1_24_7 w_2_1_7 -0.5
QCMATRIX out_definition_25_0
 w_2_0_0 post_1_25_0 -0.5
 post_1_25_0 w_2_0_0 -0.5
 w_2_0_1 post_1_25_1 -0.5
 post_1_25_1 w_2_0_1 -0.5
 w_2_0_2 post_1_25_2 -0.5
 post_1_25_2 w_2_0_2 -0.5
 w_2_0_3 post_1_25_3 -0.5
 post_1_25_3 w_2_0_3 -0.5
 w_2_0_4 post_1_25_4 -0.5
 post_1_25_4 w_2_0_4 -0.5
 w_2_0_5 post_1_25_5 -0.5
 post_1_25_5 w_2_0_5 -0.5
 w_2_0_6 post_1_25_6 -0.5
 post_1_25_6 w_2_0_6 -0.5
 w_2_0_7 post_1_25_7 -0.5
 post_1_25_7 w_2_0_7 -0.5
QCMATRIX out_definition_25_1
 w_2_1_0 post_1_25_0 -0.5
 post_1_25_0 w_2_1_0 -0.5
 w_2_1_1 post_1_25_1 -0.5
 post_1_25_1 w_2_1_1 -0.5
 w_2_1_2 post_1_25_2 -0.5
 post_1_25_2 w_2_1_2 -0.5
 w_2_1_3 post_1_25_3 -0.5
 post_1_25_3 w_2_1_3 -0.5
 w_2_1_4 post_1_25_4 -0.5
 post_1_25_4 w_2_1_4 -0.5
 w_2_1_5 post_1_25_5 -0.5
 post_1_25_5 w_2_1_5 -0.5
 w_2_1_6 post_1_25_6 -0.5
 post_1_25_6 w_2_1_6 -0.5
 w_2_1_7 post_1_25_7 -0.5
 post_1_25_7 w_2_1_7 -0.5
QCMATRIX out_definition_26_0
 w_2_0_0 post_1_26_0 -0.5
 post_1_26_0 w_2_0_0 -0.5
 w_2_0_1 post_1_26_1 -0.5
 post_1_26_1 w_2_0_1 -0.5
 w_2_0_2 post_1_26_2 -0.5
 post_1_26_2 w_2_0_2 -0.5
 w_2_0_3 post_1_26_3 -0.5
 post_1_26_3 w_2_0_3 -0.5
 w_2_0_4 post_1_26_4 -0.5
 post_1_26_4 w_2_0_4 -0.5
 w_2_0_5 post_1_26_5 -0.5
 post_1_26_5 w_2_0_5 -0.5
 w_2_0_6 post_1_26_6 -0.5
 post_1_26_6 w_2_0_6 -0.5
 w_2_0_7 post_1_26_7 -0.5
 post_1_26_7 w_2_0_7 -0.5
QCMATRIX out_definition_26_1
 w_2_1_0 post_1_26_0 -0.5
 post_1_26_0 w_2_1_0 -0.5
 w_2_1_1 post_1_26_1 -0.5
 post_1_26_1 w_2_1_1 -0.5
 w_2_1_2 post_1_26_2 -0.5
 post_1_26_2 w_2_1_2 -0.5
 w_2_1_3 post_1_26_3 -0.5
 post_1_26_3 w_2_1_3 -0.5
 w_2_1_4 post_1_26_4 -0.5
 post_1_26_4 w_2_1_4 -0.5
 w_2_1_5 post_1_26_5 -0.5
 post_1_26_5 w_2_1_5 -0.5
 w_2_1_6 post_1_26_6 -0.5
 post_1_26_6 w_2_1_6 -0.5
 w_2_1_7 post_1_26_7 -0.5
 post_1_26_7 w_2_1_7 -0.5
QCMATRIX out_definition_27_0
 w_2_0_0 post_1_27_0 -0.5
 post_1_27_0 w_2_0_0 -0.5
 w_2_0_1 post_1_27_1 -0.5
 post_1_27_1 w_2_0_1 -0.5
 w_2_0_2 post_1_27_2 -0.5
 post_1_27_2 w_2_0_2 -0.5
 w_2_0_3 post_1_27_3 -0.5
 post_1_27_3 w_2_0_3 -0.5
 w_2_0_4 post_1_27_4 -0.5
 post_1_27_4 w_2_0_4 -0.5
 w_2_0_5 post_1_27_5 -0.5
 post_1_27_5 w_2_0_5 -0.5
 w_2_0_6 post_1_27_6 -0.5
 post_1_27_6 w_2_0_6 -0.5
 w_2_0_7 post_1_27_7 -0.5
 post_1_27_7 w_2_0_7 -0.5
QCMATRIX out_definition_27_1
 w_2_1_0 post_1_27_0 -0.5
 post_1_27_0 w_2_1_0 -0.5
 w_2_1_1 post_1_27_1 -0.5
 post_1_27_1 w_2_1_1 -0.5
 w_2_1_2 post_1_27_2 -0.5
 post_1_27_2 w_2_1_2 -0.5
 w_2_1_3 post_1_27_3 -0.5
 post_1_27_3 w_2_1_3 -0.5
 w_2_1_4 post_1_27_4 -0.5
 post_1_27_4 w_2_1_4 -0.5
 w_2_1_5 post_1_27_5 -0.5
 post_1_27_5 w_2_1_5 -0.5
 w_2_1_6 post_1_27_6 -0.5
 post_1_27_6 w_2_1_6 -0.5
 w_2_1_7 post_1_27_7 -0.5
 post_1_27_7 w_2_1_7 -0.5
QCMATRIX out_definition_28_0
 w_2_0_0 post_1_28_0 -0.5
 post_1_28_0 w_2_0_0 -0.5
 w_2_0_1 post_1_28_1 -0.5
 post_1_28_1 w_2_0_1 -0.5
 w_2_0_2 post_1_28_2 -0.5
 post_1_28_2 w_2_0_2 -0.5
 w_2_0_3 post_1_28_3 -0.5
 post_1_28_3 w_2_0_3 -0.5
 w_2_0_4 post_1_28_4 -0.5
 post_1_28_4 w_2_0_4 -0.5
 w_2_0_5 post_1_28_5 -0.5
 post_1_28_5 w_2_0_5 -0.5
 w_2_0_6 post_1_28_6 -0.5
 post_1_28_6 w_2_0_6 -0.5
 w_2_0_7 post_1_28_7 -0.5
 post_1_28_7 w_2_0_7 -0.5
QCMATRIX out_definition_28_1
 w_2_1_0 post_1_28_0 -0.5
 post_1_28_0 w_2_1_0 -0.5
 w_2_1_1 post_1_28_1 -0.5
 post_1_28_1 w_2_1_1 -0.5
 w_2_1_2 post_1_28_2 -0.5
 post_1_28_2 w_2_1_2 -0.5
 w_2_1_3 post_1_28_3 -0.5
 post_1_28_3 w_2_1_3 -0.5
 w_2_1_4 post_1_28_4 -0.5
 post_1_28_4 w_2_1_4 -0.5
 w_2_1_5 post_1_28_5 -0.5
 post_1_28_5 w_2_1_5 -0.5
 w_2_1_6 post_1_28_6 -0.5
 post_1_28_6 w_2_1_6 -0.5
 w_2_1_7 post_1_28_7 -0.5
 post_1_28_7 w_2_1_7 -0.5
QCMATRIX out_definition_29_0
 w_2_0_0 post_1_29_0 -0.5
 post_1_29_0 w_2_0_0 -0.5
 w_2_0_1 post_1_29_1 -0.5
 post_1_29_1 w_2_0_1 -0.5
 w_2_0_2 post_1_29_2 -0.5
 post_1_29_2 w_2_0_2 -0.5
 w_2_0_3 post_1_29_3 -0.5
 post_1_29_3 w_2_0_3 -0.5
 w_2_0_4 post_1_29_4 -0.5
 post_1_29_4 w_2_0_4 -0.5
 w_2_0_5 post_1_29_5 -0.5
 post_1_29_5 w_2_0_5 -0.5
 w_2_0_6 post_1_29_6 -0.5
 post_1_29_6 w_2_0_6 -0.5
 w_2_0_7 post_1_29_7 -0.5
 post_1_29_7 w_2_0_7 -0.5
QCMATRIX out_definition_29_1
 w_2_1_0 post_1_29_0 -0.5
 post_1_29_0 w_2_1_0 -0.5
 w_2_1_1 post_1_29_1 -0.5
 post_1_29_1 w_2_1_1 -0.5
 w_2_1_2 post_1_29_2 -0.5
 post_1_29_2 w_2_1_2 -0.5
 w_2_1_3 post_1_29_3 -0.5
 post_1_29_3 w_2_1_3 -0.5
 w_2_1_4 post_1_29_4 -0.5
 post_1_29_4 w_2_1_4 -0.5
 w_2_1_5 post_1_29_5 -0.5
 post_1_29_5 w_2_1_5 -0.5
 w_2_1_6 post_1_29_6 -0.5
 post_1_29_6 w_2_1_6 -0.5
 w_2_1_7 post_1_29_7 -0.5
 post_1_29_7 w_2_1_7 -0.5
QCMATRIX out_definition_30_0
 w_2_0_0 post_1_30_0 -0.5
 post_1_30_0 w_2_0_0 -0.5
 w_2_0_1 post_1_30_1 -0.5
 post_1_30_1 w_2_0_1 -0.5
 w_2_0_2 post_1_30_2 -0.5
 post_1_30_2 w_2_0_2 -0.5
 w_2_0_3 post_1_30_3 -0.5
 post_1_30_3 w_2_0_3 -0.5
 w_2_0_4 post_1_30_4 -0.5
 post_1_30_4 w_2_0_4 -0.5
 w_2_0_5 post_1_30_5 -0.5
 post_1_30_5 w_2_0_5 -0.5
 w_2_0_6 post_1_30_6 -0.5
 post_1_30_6 w_2_0_6 -0.5
 w_2_0_7 post_1_30_7 -0.5
 post_1_30_7 w_2_0_7 -0.5
QCMATRIX out_definition_30_1
 w_2_1_0 post_1_30_0 -0.5
 post_1_30_0 w_2_1_0 -0.5
 w_2_1_1 post_1_30_1 -0.5
 post_1_30_1 w_2_1_1 -0.5
 w_2_1_2 post_1_30_2 -0.5
 post_1_30_2 w_2_1_2 -0.5
 w_2_1_3 post_1_30_3 -0.5
 post_1_30_3 w_2_1_3 -0.5
 w_2_1_4 post_1_30_4 -0.5
 post_1_30_4 w_2_1_4 -0.5
 w_2_1_5 post_1_30_5 -0.5
 post_1_30_5 w_2_1_5 -0.5
 w_2_1_6 post_1_30_6 -0.5
 post_1_30_6 w_2_1_6 -0.5
 w_2_1_7 post_1_30_7 -0.5
 post_1_30_7 w_2_1_7 -0.5
QCMATRIX out_definition_31_0
 w_2_0_0 post_1_31_0 -0.5
 post_1_31_0 w_2_0_0 -0.5
 w_2_0_1 post_1_31_1 -0.5
 post_1_31_1 w_2_0_1 -0.5
 w_2_0_2 post_1_31_2 -0.5
 post_1_31_2 w_2_0_2 -0.5
 w_2_0_3 post_1_31_3 -0.5
 post_1_31_3 w_2_0_3 -0.5
 w_2_0_4 post_1_31_4 -0.5
 post_1_31_4 w_2_0_4 -0.5
 w_2_0_5 post_1_31_5 -0.5
 post_1_31_5 w_2_0_5 -0.5
 w_2_0_6 post_1_31_6 -0.5
 post_1_31_6 w_2_0_6 -0.5
 w_2_0_7 post_1_31_7 -0.5
 post_1_31_7 w_2_0_7 -0.5
QCMATRIX out_definition_31_1
 w_2_1_0 post_1_31_0 -0.5
 post_1_31_0 w_2_1_0 -0.5
 w_2_1_1 post_1_31_1 -0.5
 post_1_31_1 w_2_1_1 -0.5
 w_2_1_2 post_1_31_2 -0.5
 post_1_31_2 w_2_1_2 -0.5
 w_2_1_3 post_1_31_3 -0.5
 post_1_31_3 w_2_1_3 -0.5
 w_2_1_4 post_1_31_4 -0.5
 post_1_31_4 w_2_1_4 -0.5
 w_2_1_5 post_1_31_5 -0.5
 post_1_31_5 w_2_1_5 -0.5
 w_2_1_6 post_1_31_6 -0.5
 post_1_31_6 w_2_1_6 -0.5
 w_2_1_7 post_1_31_7 -0.5
 post_1_31_7 w_2_1_7 -0.5
QCMATRIX out_definition_32_0
 w_2_0_0 post_1_32_0 -0.5
 post_1_32_0 w_2_0_0 -0.5
 w_2_0_1 post_1_32_1 -0.5
 post_1_32_1 w_2_0_1 -0.5
 w_2_0_2 post_1_32_2 -0.5
 post_1_32_2 w_2_0_2 -0.5
 w_2_0_3 post_1_32_3 -0.5
 post_1_32_3 w_2_0_3 -0.5
 w_2_0_4 post_1_32_4 -0.5
 post_1_32_4 w_2_0_4 -0.5
 w_2_0_5 post_1_32_5 -0.5
 post_1_32_5 w_2_0_5 -0.5
 w_2_0_6 post_1_32_6 -0.5
 post_1_32_6 w_2_0_6 -0.5
 w_2_0_7 post_1_32_7 -0.5
 post_1_32_7 w_2_0_7 -0.5
QCMATRIX out_definition_32_1
 w_2_1_0 post_1_32_0 -0.5
 post_1_32_0 w_2_1_0 -0.5
 w_2_1_1 post_1_32_1 -0.5
 post_1_32_1 w_2_1_1 -0.5
 w_2_1_2 post_1_32_2 -0.5
 post_1_32_2 w_2_1_2 -0.5
 w_2_1_3 post_1_32_3 -0.5
 post_1_32_3 w_2_1_3 -0.5
 w_2_1_4 post_1_32_4 -0.5
 post_1_32_4 w_2_1_4 -0.5
 w_2_1_5 post_1_32_5 -0.5
 post_1_32_5 w_2_1_5 -0.5
 w_2_1_6 post_1_32_6 -0.5
 post_1_32_6 w_2_1_6 -0.5
 w_2_1_7 post_1_32_7 -0.5
 post_1_32_7 w_2_1_7 -0.5
QCMATRIX out_definition_33_0
 w_2_0_0 post_1_33_0 -0.5
 post_1_33_0 w_2_0_0 -0.5
 w_2_0_1 post_1_33_1 -0.5
 post_1_33_1 w_2_0_1 -0.5
 w_2_0_2 post_1_33_2 -0.5
 post_1_33_2 w_2_0_2 -0.5
 w_2_0_3 post_1_33_3 -0.5
 post_1_33_3 w_2_0_3 -0.5
 w_2_0_4 post_1_33_4 -0.5
 post_1_33_4 w_2_0_4 -0.5
 w_2_0_5 post_1_33_5 -0.5
 post_1_33_5 w_2_0_5 -0.5
 w_2_0_6 post_1_33_6 -0.5
 post_1_33_6 w_2_0_6 -0.5
 w_2_0_7 post_1_33_7 -0.5
 post_1_33_7 w_2_0_7 -0.5
QCMATRIX out_definition_33_1
 w_2_1_0 post_1_33_0 -0.5
 post_1_33_0 w_2_1_0 -0.5
 w_2_1_1 post_1_33_1 -0.5
 post_1_33_1 w_2_1_1 -0.5
 w_2_1_2 post_1_33_2 -0.5
 post_1_33_2 w_2_1_2 -0.5
 w_2_1_3 post_1_33_3 -0.5
 post_1_33_3 w_2_1_3 -0.5
 w_2_1_4 post_1_33_4 -0.5
 post_1_33_4 w_2_1_4 -0.5
 w_2_1_5 post_1_33_5 -0.5
 post_1_33_5 w_2_1_5 -0.5
 w_2_1_6 post_1_33_6 -0.5
 post_1_33_6 w_2_1_6 -0.5
 w_2_1_7 post_1_33_7 -0.5
 post_1_33_7 w_2_1_7 -0.5
QCMATRIX out_definition_34_0
 w_2_0_0 post_1_34_0 -0.5
 post_1_34_0 w_2_0_0 -0.5
 w_2_0_1 post_1_34_1 -0.5
 post_1_34_1 w_2_0_1 -0.5
 w_2_0_2 post_1_34_2 -0.5
 post_1_34_2 w_2_0_2 -0.5
 w_2_0_3 post_1_34_3 -0.5
 post_1_34_3 w_2_0_3 -0.5
 w_2_0_4 post_1_34_4 -0.5
 post_1_34_4 w_2_0_4 -0.5
 w_2_0_5 post_1_34_5 -0.5
 post_1_34_5 w_2_0_5 -0.5
 w_2_0_6 post_1_34_6 -0.5
 post_1_34_6 w_2_0_6 -0.5
 w_2_0_7 post_1_34_7 -0.5
 post_1_34_7 w_2_0_7 -0.5
QCMATRIX out_definition_34_1
 w_2_1_0 post_1_34_0 -0.5
 post_1_34_0 w_2_1_0 -0.5
 w_2_1_1 post_1_34_1 -0.5
 post_1_34_1 w_2_1_1 -0.5
 w_2_1_2 post_1_34_2 -0.5
 post_1_34_2 w_2_1_2 -0.5
 w_2_1_3 post_1_34_3 -0.5
 post_1_34_3 w_2_1_3 -0.5
 w_2_1_4 post_1_34_4 -0.5
 post_1_34_4 w_2_1_4 -0.5
 w_2_1_5 post_1_34_5 -0.5
 post_1_34_5 w_2_1_5 -0.5
 w_2_1_6 post_1_34_6 -0.5
 post_1_34_6 w_2_1_6 -0.5
 w_2_1_7 post_1_34_7 -0.5
 post_1_34_7 w_2_1_7 -0.5
QCMATRIX out_definition_35_0
 w_2_0_0 post_1_35_0 -0.5
 post_1_35_0 w_2_0_0 -0.5
 w_2_0_1 post_1_35_1 -0.5
 post_1_35_1 w_2_0_1 -0.5
 w_2_0_2 post_1_35_2 -0.5
 post_1_35_2 w_2_0_2 -0.5
 w_2_0_3 post_1_35_3 -0.5
 post_1_35_3 w_2_0_3 -0.5
 w_2_0_4 post_1_35_4 -0.5
 post_1_35_4 w_2_0_4 -0.5
 w_2_0_5 post_1_35_5 -0.5
 post_1_35_5 w_2_0_5 -0.5
 w_2_0_6 post_1_35_6 -0.5
 post_1_35_6 w_2_0_6 -0.5
 w_2_0_7 post_1_35_7 -0.5
 post_1_35_7 w_2_0_7 -0.5
QCMATRIX out_definition_35_1
 w_2_1_0 post_1_35_0 -0.5
 post_1_35_0 w_2_1_0 -0.5
 w_2_1_1 post_1_35_1 -0.5
 post_1_35_1 w_2_1_1 -0.5
 w_2_1_2 post_1_35_2 -0.5
 post_1_35_2 w_2_1_2 -0.5
 w_2_1_3 post_1_35_3 -0.5
 post_1_35_3 w_2_1_3 -0.5
 w_2_1_4 post_1_35_4 -0.5
 post_1_35_4 w_2_1_4 -0.5
 w_2_1_5 post_1_35_5 -0.5
 post_1_35_5 w_2_1_5 -0.5
 w_2_1_6 post_1_35_6 -0.5
 post_1_35_6 w_2_1_6 -0.5
 w_2_1_7 post_1_35_7 -0.5
 post_1_35_7 w_2_1_7 -0.5
QCMATRIX out_definition_36_0
 w_2_0_0 post_1_36_0 -0.5
 post_1_36_0 w_2_0_0 -0.5
 w_2_0_1 post_1_36_1 -0.5
 post_1_36_1 w_2_0_1 -0.5
 w_2_0_2 post_1_36_2 -0.5
 post_1_36_2 w_2_0_2 -0.5
 w_2_0_3 post_1_36_3 -0.5
 post_1_36_3 w_2_0_3 -0.5
 w_2_0_4 post_1_36_4 -0.5
 post_1_36_4 w_2_0_4 -0.5
 w_2_0_5 post_1_36_5 -0.5
 post_1_36_5 w_2_0_5 -0.5
 w_2_0_6 post_1_36_6 -0.5
 post_1_36_6 w_2_0_6 -0.5
 w_2_0_7 post_1_36_7 -0.5
 post_1_36_7 w_2_0_7 -0.5
QCMATRIX out_definition_36_1
 w_2_1_0 post_1_36_0 -0.5
 post_1_36_0 w_2_1_0 -0.5
 w_2_1_1 post_1_36_1 -0.5
 post_1_36_1 w_2_1_1 -0.5
 w_2_1_2 post_1_36_2 -0.5
 post_1_36_2 w_2_1_2 -0.5
 w_2_1_3 post_1_36_3 -0.5
 post_1_36_3 w_2_1_3 -0.5
 w_2_1_4 post_1_36_4 -0.5
 post_1_36_4 w_2_1_4 -0.5
 w_2_1_5 post_1_36_5 -0.5
 post_1_36_5 w_2_1_5 -0.5
 w_2_1_6 post_1_36_6 -0.5
 post_1_36_6 w_2_1_6 -0.5
 w_2_1_7 post_1_36_7 -0.5
 post_1_36_7 w_2_1_7 -0.5
QCMATRIX out_definition_37_0
 w_2_0_0 post_1_37_0 -0.5
 post_1_37_0 w_2_0_0 -0.5
 w_2_0_1 post_1_37_1 -0.5
 post_1_37_1 w_2_0_1 -0.5
 w_2_0_2 post_1_37_2 -0.5
 post_1_37_2 w_2_0_2 -0.5
 w_2_0_3 post_1_37_3 -0.5
 post_1_37_3 w_2_0_3 -0.5
 w_2_0_4 post_1_37_4 -0.5
 post_1_37_4 w_2_0_4 -0.5
 w_2_0_5 post_1_37_5 -0.5
 post_1_37_5 w_2_0_5 -0.5
 w_2_0_6 post_1_37_6 -0.5
 post_1_37_6 w_2_0_6 -0.5
 w_2_0_7 post_1_37_7 -0.5
 post_1_37_7 w_2_0_7 -0.5
QCMATRIX out_definition_37_1
 w_2_1_0 post_1_37_0 -0.5
 post_1_37_0 w_2_1_0 -0.5
 w_2_1_1 post_1_37_1 -0.5
 post_1_37_1 w_2_1_1 -0.5
 w_2_1_2 post_1_37_2 -0.5
 post_1_37_2 w_2_1_2 -0.5
 w_2_1_3 post_1_37_3 -0.5
 post_1_37_3 w_2_1_3 -0.5
 w_2_1_4 post_1_37_4 -0.5
 post_1_37_4 w_2_1_4 -0.5
 w_2_1_5 post_1_37_5 -0.5
 post_1_37_5 w_2_1_5 -0.5
 w_2_1_6 post_1_37_6 -0.5
 post_1_37_6 w_2_1_6 -0.5
 w_2_1_7 post_1_37_7 -0.5
 post_1_37_7 w_2_1_7 -0.5
QCMATRIX out_definition_38_0
 w_2_0_0 post_1_38_0 -0.5
 post_1_38_0 w_2_0_0 -0.5
 w_2_0_1 post_1_38_1 -0.5
 post_1_38_1 w_2_0_1 -0.5
 w_2_0_2 post_1_38_2 -0.5
 post_1_38_2 w_2_0_2 -0.5
 w_2_0_3 post_1_38_3 -0.5
 post_1_38_3 w_2_0_3 -0.5
 w_2_0_4 post_1_38_4 -0.5
 post_1_38_4 w_2_0_4 -0.5
 w_2_0_5 post_1_38_5 -0.5
 post_1_38_5 w_2_0_5 -0.5
 w_2_0_6 post_1_38_6 -0.5
 post_1_38_6 w_2_0_6 -0.5
 w_2_0_7 post_1_38_7 -0.5
 post_1_38_7 w_2_0_7 -0.5
QCMATRIX out_definition_38_1
 w_2_1_0 post_1_38_0 -0.5
 post_1_38_0 w_2_1_0 -0.5
 w_2_1_1 post_1_38_1 -0.5
 post_1_38_1 w_2_1_1 -0.5
 w_2_1_2 post_1_38_2 -0.5
 post_1_38_2 w_2_1_2 -0.5
 w_2_1_3 post_1_38_3 -0.5
 post_1_38_3 w_2_1_3 -0.5
 w_2_1_4 post_1_38_4 -0.5
 post_1_38_4 w_2_1_4 -0.5
 w_2_1_5 post_1_38_5 -0.5
 post_1_38_5 w_2_1_5 -0.5
 w_2_1_6 post_1_38_6 -0.5
 post_1_38_6 w_2_1_6 -0.5
 w_2_1_7 post_1_38_7 -0.5
 post_1_38_7 w_2_1_7 -0.5
QCMATRIX out_definition_39_0
 w_2_0_0 post_1_39_0 -0.5
 post_1_39_0 w_2_0_0 -0.5
 w_2_0_1 post_1_39_1 -0.5
 post_1_39_1 w_2_0_1 -0.5
 w_2_0_2 post_1_39_2 -0.5
 post_1_39_2 w_2_0_2 -0.5
 w_2_0_3 post_1_39_3 -0.5
 post_1_39_3 w_2_0_3 -0.5
 w_2_0_4 post_1_39_4 -0.5
 post_1_39_4 w_2_0_4 -0.5
 w_2_0_5 post_1_39_5 -0.5
 post_1_39_5 w_2_0_5 -0.5
 w_2_0_6 post_1_39_6 -0.5
 post_1_39_6 w_2_0_6 -0.5
 w_2_0_7 post_1_39_7 -0.5
 post_1_39_7 w_2_0_7 -0.5
QCMATRIX out_definition_39_1
 w_2_1_0 post_1_39_0 -0.5
 post_1_39_0 w_2_1_0 -0.5
 w_2_1_1 post_1_39_1 -0.5
 post_1_39_1 w_2_1_1 -0.5
 w_2_1_2 post_1_39_2 -0.5
 post_1_39_2 w_2_1_2 -0.5
 w_2_1_3 post_1_39_3 -0.5
 post_1_39_3 w_2_1_3 -0.5
 w_2_1_4 post_1_39_4 -0.5
 post_1_39_4 w_2_1_4 -0.5
 w_2_1_5 post_1_39_5 -0.5
 post_1_39_5 w_2_1_5 -0.5
 w_2_1_6 post_1_39_6 -0.5
 post_1_39_6 w_2_1_6 -0.5
 w_2_1_7 post_1_39_7 -0.5
 post_1_39_7 w_2_1_7 -0.5
QCMATRIX out_definition_40_0
 w_2_0_0 post_1_40_0 -0.5
 post_1_40_0 w_2_0_0 -0.5
 w_2_0_1 post_1_40_1 -0.5
 post_1_40_1 w_2_0_1 -0.5
 w_2_0_2 post_1_40_2 -0.5
 post_1_40_2 w_2_0_2 -0.5
 w_2_0_3 post_1_40_3 -0.5
 post_1_40_3 w_2_0_3 -0.5
 w_2_0_4 post_1_40_4 -0.5
 post_1_40_4 w_2_0_4 -0.5
 w_2_0_5 post_1_40_5 -0.5
 post_1_40_5 w_2_0_5 -0.5
 w_2_0_6 post_1_40_6 -0.5
 post_1_40_6 w_2_0_6 -0.5
 w_2_0_7 post_1_40_7 -0.5
 post_1_40_7 w_2_0_7 -0.5
QCMATRIX out_definition_40_1
 w_2_1_0 post_1_40_0 -0.5
 post_1_40_0 w_2_1_0 -0.5
 w_2_1_1 post_1_40_1 -0.5
 post_1_40_1 w_2_1_1 -0.5
 w_2_1_2 post_1_40_2 -0.5
 post_1_40_2 w_2_1_2 -0.5
 w_2_1_3 post_1_40_3 -0.5
 post_1_40_3 w_2_1_3 -0.5
 w_2_1_4 post_1_40_4 -0.5
 post_1_40_4 w_2_1_4 -0.5
 w_2_1_5 post_1_40_5 -0.5
 post_1_40_5 w_2_1_5 -0.5
 w_2_1_6 post_1_40_6 -0.5
 post_1_40_6 w_2_1_6 -0.5
 w_2_1_7 post_1_40_7 -0.5
 post_1_40_7 w_2_1_7 -0.5
QCMATRIX out_definition_41_0
 w_2_0_0 post_1_41_0 -0.5
 post_1_41_0 w_2_0_0 -0.5
 w_2_0_1 post_1_41_1 -0.5
 post_1_41_1 w_2_0_1 -0.5
 w_2_0_2 post_1_41_2 -0.5
 post_1_41_2 w_2_0_2 -0.5
 w_2_0_3 post_1_41_3 -0.5
 post_1_41_3 w_2_0_3 -0.5
 w_2_0_4 post_1_41_4 -0.5
 post_1_41_4 w_2_0_4 -0.5
 w_2_0_5 post_1_41_5 -0.5
 post_1_41_5 w_2_0_5 -0.5
 w_2_0_6 post_1_41_6 -0.5
 post_1_41_6 w_2_0_6 -0.5
 w_2_0_7 post_1_41_7 -0.5
 post_1_41_7 w_2_0_7 -0.5
QCMATRIX out_definition_41_1
 w_2_1_0 post_1_41_0 -0.5
 post_1_41_0 w_2_1_0 -0.5
 w_2_1_1 post_1_41_1 -0.5
 post_1_41_1 w_2_1_1 -0.5
 w_2_1_2 post_1_41_2 -0.5
 post_1_41_2 w_2_1_2 -0.5
 w_2_1_3 post_1_41_3 -0.5
 post_1_41_3 w_2_1_3 -0.5
 w_2_1_4 post_1_41_4 -0.5
 post_1_41_4 w_2_1_4 -0.5
 w_2_1_5 post_1_41_5 -0.5
 post_1_41_5 w_2_1_5 -0.5
 w_2_1_6 post_1_41_6 -0.5
 post_1_41_6 w_2_1_6 -0.5
 w_2_1_7 post_1_41_7 -0.5
 post_1_41_7 w_2_1_7 -0.5
QCMATRIX out_definition_42_0
 w_2_0_0 post_1_42_0 -0.5
 post_1_42_0 w_2_0_0 -0.5
 w_2_0_1 post_1_42_1 -0.5
 post_1_42_1 w_2_0_1 -0.5
 w_2_0_2 post_1_42_2 -0.5
 post_1_42_2 w_2_0_2 -0.5
 w_2_0_3 post_1_42_3 -0.5
 post_1_42_3 w_2_0_3 -0.5
 w_2_0_4 post_1_42_4 -0.5
 post_1_42_4 w_2_0_4 -0.5
 w_2_0_5 post_1_42_5 -0.5
 post_1_42_5 w_2_0_5 -0.5
 w_2_0_6 post_1_42_6 -0.5
 post_1_42_6 w_2_0_6 -0.5
 w_2_0_7 post_1_42_7 -0.5
 post_1_42_7 w_2_0_7 -0.5
QCMATRIX out_definition_42_1
 w_2_1_0 post_1_42_0 -0.5
 post_1_42_0 w_2_1_0 -0.5
 w_2_1_1 post_1_42_1 -0.5
 post_1_42_1 w_2_1_1 -0.5
 w_2_1_2 post_1_42_2 -0.5
 post_1_42_2 w_2_1_2 -0.5
 w_2_1_3 post_1_42_3 -0.5
 post_1_42_3 w_2_1_3 -0.5
 w_2_1_4 post_1_42_4 -0.5
 post_1_42_4 w_2_1_4 -0.5
 w_2_1_5 post_1_42_5 -0.5
 post_1_42_5 w_2_1_5 -0.5
 w_2_1_6 post_1_42_6 -0.5
 post_1_42_6 w_2_1_6 -0.5
 w_2_1_7 post_1_42_7 -0.5
 post_1_42_7 w_2_1_7 -0.5
QCMATRIX out_definition_43_0
 w_2_0_0 post_1_43_0 -0.5
 post_1_43_0 w_2_0_0 -0.5
 w_2_0_1 post_1_43_1 -0.5
 post_1_43_1 w_2_0_1 -0.5
 w_2_0_2 post_1_43_2 -0.5
 post_1_43_2 w_2_0_2 -0.5
 w_2_0_3 post_1_43_3 -0.5
 post_1_43_3 w_2_0_3 -0.5
 w_2_0_4 post_1_43_4 -0.5
 post_1_43_4 w_2_0_4 -0.5
 w_2_0_5 post_1_43_5 -0.5
 post_1_43_5 w_2_0_5 -0.5
 w_2_0_6 post_1_43_6 -0.5
 post_1_43_6 w_2_0_6 -0.5
 w_2_0_7 post_1_43_7 -0.5
 post_1_43_7 w_2_0_7 -0.5
QCMATRIX out_definition_43_1
 w_2_1_0 post_1_43_0 -0.5
 post_1_43_0 w_2_1_0 -0.5
 w_2_1_1 post_1_43_1 -0.5
 post_1_43_1 w_2_1_1 -0.5
 w_2_1_2 post_1_43_2 -0.5
 post_1_43_2 w_2_1_2 -0.5
 w_2_1_3 post_1_43_3 -0.5
 post_1_43_3 w_2_1_3 -0.5
 w_2_1_4 post_1_43_4 -0.5
 post_1_43_4 w_2_1_4 -0.5
 w_2_1_5 post_1_43_5 -0.5
 post_1_43_5 w_2_1_5 -0.5
 w_2_1_6 post_1_43_6 -0.5
 post_1_43_6 w_2_1_6 -0.5
 w_2_1_7 post_1_43_7 -0.5
 post_1_43_7 w_2_1_7 -0.5
QCMATRIX out_definition_44_0
 w_2_0_0 post_1_44_0 -0.5
 post_1_44_0 w_2_0_0 -0.5
 w_2_0_1 post_1_44_1 -0.5
 post_1_44_1 w_2_0_1 -0.5
 w_2_0_2 post_1_44_2 -0.5
 post_1_44_2 w_2_0_2 -0.5
 w_2_0_3 post_1_44_3 -0.5
 post_1_44_3 w_2_0_3 -0.5
 w_2_0_4 post_1_44_4 -0.5
 post_1_44_4 w_2_0_4 -0.5
 w_2_0_5 post_1_44_5 -0.5
 post_1_44_5 w_2_0_5 -0.5
 w_2_0_6 post_1_44_6 -0.5
 post_1_44_6 w_2_0_6 -0.5
 w_2_0_7 post_1_44_7 -0.5
 post_1_44_7 w_2_0_7 -0.5
QCMATRIX out_definition_44_1
 w_2_1_0 post_1_44_0 -0.5
 post_1_44_0 w_2_1_0 -0.5
 w_2_1_1 post_1_44_1 -0.5
 post_1_44_1 w_2_1_1 -0.5
 w_2_1_2 post_1_44_2 -0.5
 post_1_44_2 w_2_1_2 -0.5
 w_2_1_3 post_1_44_3 -0.5
 post_1_44_3 w_2_1_3 -0.5
 w_2_1_4 post_1_44_4 -0.5
 post_1_44_4 w_2_1_4 -0.5
 w_2_1_5 post_1_44_5 -0.5
 post_1_44_5 w_2_1_5 -0.5
 w_2_1_6 post_1_44_6 -0.5
 post_1_44_6 w_2_1_6 -0.5
 w_2_1_7 post_1_44_7 -0.5
 post_1_44_7 w_2_1_7 -0.5
QCMATRIX out_definition_45_0
 w_2_0_0 post_1_45_0 -0.5
 post_1_45_0 w_2_0_0 -0.5
 w_2_0_1 post_1_45_1 -0.5
 post_1_45_1 w_2_0_1 -0.5
 w_2_0_2 post_1_45_2 -0.5
 post_1_45_2 w_2_0_2 -0.5
 w_2_0_3 post_1_45_3 -0.5
 post_1_45_3 w_2_0_3 -0.5
 w_2_0_4 post_1_45_4 -0.5
 post_1_45_4 w_2_0_4 -0.5
 w_2_0_5 post_1_45_5 -0.5
 post_1_45_5 w_2_0_5 -0.5
 w_2_0_6 post_1_45_6 -0.5
 post_1_45_6 w_2_0_6 -0.5
 w_2_0_7 post_1_45_7 -0.5
 post_1_45_7 w_2_0_7 -0.5
QCMATRIX out_definition_45_1
 w_2_1_0 post_1_45_0 -0.5
 post_1_45_0 w_2_1_0 -0.5
 w_2_1_1 post_1_45_1 -0.5
 post_1_45_1 w_2_1_1 -0.5
 w_2_1_2 post_1_45_2 -0.5
 post_1_45_2 w_2_1_2 -0.5
 w_2_1_3 post_1_45_3 -0.5
 post_1_45_3 w_2_1_3 -0.5
 w_2_1_4 post_1_45_4 -0.5
 post_1_45_4 w_2_1_4 -0.5
 w_2_1_5 post_1_45_5 -0.5
 post_1_45_5 w_2_1_5 -0.5
 w_2_1_6 post_1_45_6 -0.5
 post_1_45_6 w_2_1_6 -0.5
 w_2_1_7 post_1_45_7 -0.5
 post_1_45_7 w_2_1_7 -0.5
QCMATRIX out_definition_46_0
 w_2_0_0 post_1_46_0 -0.5
 post_1_46_0 w_2_0_0 -0.5
 w_2_0_1 post_1_46_1 -0.5
 post_1_46_1 w_2_0_1 -0.5
 w_2_0_2 post_1_46_2 -0.5
 post_1_46_2 w_2_0_2 -0.5
 w_2_0_3 post_1_46_3 -0.5
 post_1_46_3 w_2_0_3 -0.5
 w_2_0_4 post_1_46_4 -0.5
 post_1_46_4 w_2_0_4 -0.5
 w_2_0_5 post_1_46_5 -0.5
 post_1_46_5 w_2_0_5 -0.5
 w_2_0_6 post_1_46_6 -0.5
 post_1_46_6 w_2_0_6 -0.5
 w_2_0_7 post_1_46_7 -0.5
 post_1_46_7 w_2_0_7 -0.5
QCMATRIX out_definition_46_1
 w_2_1_0 post_1_46_0 -0.5
 post_1_46_0 w_2_1_0 -0.5
 w_2_1_1 post_1_46_1 -0.5
 post_1_46_1 w_2_1_1 -0.5
 w_2_1_2 post_1_46_2 -0.5
 post_1_46_2 w_2_1_2 -0.5
 w_2_1_3 post_1_46_3 -0.5
 post_1_46_3 w_2_1_3 -0.5
 w_2_1_4 post_1_46_4 -0.5
 post_1_46_4 w_2_1_4 -0.5
 w_2_1_5 post_1_46_5 -0.5
 post_1_46_5 w_2_1_5 -0.5
 w_2_1_6 post_1_46_6 -0.5
 post_1_46_6 w_2_1_6 -0.5
 w_2_1_7 post_1_46_7 -0.5
 post_1_46_7 w_2_1_7 -0.5
QCMATRIX out_definition_47_0
 w_2_0_0 post_1_47_0 -0.5
 post_1_47_0 w_2_0_0 -0.5
 w_2_0_1 post_1_47_1 -0.5
 post_1_47_1 w_2_0_1 -0.5
 w_2_0_2 post_1_47_2 -0.5
 post_1_47_2 w_2_0_2 -0.5
 w_2_0_3 post_1_47_3 -0.5
 post_1_47_3 w_2_0_3 -0.5
 w_2_0_4 post_1_47_4 -0.5
 post_1_47_4 w_2_0_4 -0.5
 w_2_0_5 post_1_47_5 -0.5
 post_1_47_5 w_2_0_5 -0.5
 w_2_0_6 post_1_47_6 -0.5
 post_1_47_6 w_2_0_6 -0.5
 w_2_0_7 post_1_47_7 -0.5
 post_1_47_7 w_2_0_7 -0.5
QCMATRIX out_definition_47_1
 w_2_1_0 post_1_47_0 -0.5
 post_1_47_0 w_2_1_0 -0.5
 w_2_1_1 post_1_47_1 -0.5
 post_1_47_1 w_2_1_1 -0.5
 w_2_1_2 post_1_47_2 -0.5
 post_1_47_2 w_2_1_2 -0.5
 w_2_1_3 post_1_47_3 -0.5
 post_1_47_3 w_2_1_3 -0.5
 w_2_1_4 post_1_47_4 -0.5
 post_1_47_4 w_2_1_4 -0.5
 w_2_1_5 post_1_47_5 -0.5
 post_1_47_5 w_2_1_5 -0.5
 w_2_1_6 post_1_47_6 -0.5
 post_1_47_6 w_2_1_6 -0.5
 w_2_1_7 post_1_47_7 -0.5
 post_1_47_7 w_2_1_7 -0.5
QCMATRIX out_definition_48_0
 w_2_0_0 post_1_48_0 -0.5
 post_1_48_0 w_2_0_0 -0.5
 w_2_0_1 post_1_48_1 -0.5
 post_1_48_1 w_2_0_1 -0.5
 w_2_0_2 post_1_48_2 -0.5
 post_1_48_2 w_2_0_2 -0.5
 w_2_0_3 post_1_48_3 -0.5
 post_1_48_3 w_2_0_3 -0.5
 w_2_0_4 post_1_48_4 -0.5
 post_1_48_4 w_2_0_4 -0.5
 w_2_0_5 post_1_48_5 -0.5
 post_1_48_5 w_2_0_5 -0.5
 w_2_0_6 post_1_48_6 -0.5
 post_1_48_6 w_2_0_6 -0.5
 w_2_0_7 post_1_48_7 -0.5
 post_1_48_7 w_2_0_7 -0.5
QCMATRIX out_definition_48_1
 w_2_1_0 post_1_48_0 -0.5
 post_1_48_0 w_2_1_0 -0.5
 w_2_1_1 post_1_48_1 -0.5
 post_1_48_1 w_2_1_1 -0.5
 w_2_1_2 post_1_48_2 -0.5
 post_1_48_2 w_2_1_2 -0.5
 w_2_1_3 post_1_48_3 -0.5
 post_1_48_3 w_2_1_3 -0.5
 w_2_1_4 post_1_48_4 -0.5
 post_1_48_4 w_2_1_4 -0.5
 w_2_1_5 post_1_48_5 -0.5
 post_1_48_5 w_2_1_5 -0.5
 w_2_1_6 post_1_48_6 -0.5
 post_1_48_6 w_2_1_6 -0.5
 w_2_1_7 post_1_48_7 -0.5
 post_1_48_7 w_2_1_7 -0.5
QCMATRIX out_definition_49_0
 w_2_0_0 post_1_49_0 -0.5
 post_1_49_0 w_2_0_0 -0.5
 w_2_0_1 post_1_49_1 -0.5
 post_1_49_1 w_2_0_1 -0.5
 w_2_0_2 post_1_49_2 -0.5
 post_1_49_2 w_2_0_2 -0.5
 w_2_0_3 post_1_49_3 -0.5
 post_1_49_3 w_2_0_3 -0.5
 w_2_0_4 post_1_49_4 -0.5
 post_1_49_4 w_2_0_4 -0.5
 w_2_0_5 post_1_49_5 -0.5
 post_1_49_5 w_2_0_5 -0.5
 w_2_0_6 post_1_49_6 -0.5
 post_1_49_6 w_2_0_6 -0.5
 w_2_0_7 post_1_49_7 -0.5
 post_1_49_7 w_2_0_7 -0.5
QCMATRIX out_definition_49_1
 w_2_1_0 post_1_49_0 -0.5
 post_1_49_0 w_2_1_0 -0.5
 w_2_1_1 post_1_49_1 -0.5
 post_1_49_1 w_2_1_1 -0.5
 w_2_1_2 post_1_49_2 -0.5
 post_1_49_2 w_2_1_2 -0.5
 w_2_1_3 post_1_49_3 -0.5
 post_1_49_3 w_2_1_3 -0.5
 w_2_1_4 post_1_49_4 -0.5
 post_1_49_4 w_2_1_4 -0.5
 w_2_1_5 post_1_49_5 -0.5
 post_1_49_5 w_2_1_5 -0.5
 w_2_1_6 post_1_49_6 -0.5
 post_1_49_6 w_2_1_6 -0.5
 w_2_1_7 post_1_49_7 -0.5
 post_1_49_7 w_2_1_7 -0.5
QCMATRIX out_definition_50_0
 w_2_0_0 post_1_50_0 -0.5
 post_1_50_0 w_2_0_0 -0.5
 w_2_0_1 post_1_50_1 -0.5
 post_1_50_1 w_2_0_1 -0.5
 w_2_0_2 post_1_50_2 -0.5
 post_1_50_2 w_2_0_2 -0.5
 w_2_0_3 post_1_50_3 -0.5
 post_1_50_3 w_2_0_3 -0.5
 w_2_0_4 post_1_50_4 -0.5
 post_1_50_4 w_2_0_4 -0.5
 w_2_0_5 post_1_50_5 -0.5
 post_1_50_5 w_2_0_5 -0.5
 w_2_0_6 post_1_50_6 -0.5
 post_1_50_6 w_2_0_6 -0.5
 w_2_0_7 post_1_50_7 -0.5
 post_1_50_7 w_2_0_7 -0.5
QCMATRIX out_definition_50_1
 w_2_1_0 post_1_50_0 -0.5
 post_1_50_0 w_2_1_0 -0.5
 w_2_1_1 post_1_50_1 -0.5
 post_1_50_1 w_2_1_1 -0.5
 w_2_1_2 post_1_50_2 -0.5
 post_1_50_2 w_2_1_2 -0.5
 w_2_1_3 post_1_50_3 -0.5
 post_1_50_3 w_2_1_3 -0.5
 w_2_1_4 post_1_50_4 -0.5
 post_1_50_4 w_2_1_4 -0.5
 w_2_1_5 post_1_50_5 -0.5
 post_1_50_5 w_2_1_5 -0.5
 w_2_1_6 post_1_50_6 -0.5
 post_1_50_6 w_2_1_6 -0.5
 w_2_1_7 post_1_50_7 -0.5
 post_1_50_7 w_2_1_7 -0.5
QCMATRIX out_definition_51_0
 w_2_0_0 post_1_51_0 -0.5
 post_1_51_0 w_2_0_0 -0.5
 w_2_0_1 post_1_51_1 -0.5
 post_1_51_1 w_2_0_1 -0.5
 w_2_0_2 post_1_51_2 -0.5
 post_1_51_2 w_2_0_2 -0.5
 w_2_0_3 post_1_51_3 -0.5
 post_1_51_3 w_2_0_3 -0.5
 w_2_0_4 post_1_51_4 -0.5
 post_1_51_4 w_2_0_4 -0.5
 w_2_0_5 post_1_51_5 -0.5
 post_1_51_5 w_2_0_5 -0.5
 w_2_0_6 post_1_51_6 -0.5
 post_1_51_6 w_2_0_6 -0.5
 w_2_0_7 post_1_51_7 -0.5
 post_1_51_7 w_2_0_7 -0.5
QCMATRIX out_definition_51_1
 w_2_1_0 post_1_51_0 -0.5
 post_1_51_0 w_2_1_0 -0.5
 w_2_1_1 post_1_51_1 -0.5
 post_1_51_1 w_2_1_1 -0.5
 w_2_1_2 post_1_51_2 -0.5
 post_1_51_2 w_2_1_2 -0.5
 w_2_1_3 post_1_51_3 -0.5
 post_1_51_3 w_2_1_3 -0.5
 w_2_1_4 post_1_51_4 -0.5
 post_1_51_4 w_2_1_4 -0.5
 w_2_1_5 post_1_51_5 -0.5
 post_1_51_5 w_2_1_5 -0.5
 w_2_1_6 post_1_51_6 -0.5
 post_1_51_6 w_2_1_6 -0.5
 w_2_1_7 post_1_51_7 -0.5
 post_1_51_7 w_2_1_7 -0.5
QCMATRIX out_definition_52_0
 w_2_0_0 post_1_52_0 -0.5
 post_1_52_0 w_2_0_0 -0.5
 w_2_0_1 post_1_52_1 -0.5
 post_1_52_1 w_2_0_1 -0.5
 w_2_0_2 post_1_52_2 -0.5
 post_1_52_2 w_2_0_2 -0.5
 w_2_0_3 post_1_52_3 -0.5
 post_1_52_3 w_2_0_3 -0.5
 w_2_0_4 post_1_52_4 -0.5
 post_1_52_4 w_2_0_4 -0.5
 w_2_0_5 post_1_52_5 -0.5
 post_1_52_5 w_2_0_5 -0.5
 w_2_0_6 post_1_52_6 -0.5
 post_1_52_6 w_2_0_6 -0.5
 w_2_0_7 post_1_52_7 -0.5
 post_1_52_7 w_2_0_7 -0.5
QCMATRIX out_definition_52_1
 w_2_1_0 post_1_52_0 -0.5
 post_1_52_0 w_2_1_0 -0.5
 w_2_1_1 post_1_52_1 -0.5
 post_1_52_1 w_2_1_1 -0.5
 w_2_1_2 post_1_52_2 -0.5
 post_1_52_2 w_2_1_2 -0.5
 w_2_1_3 post_1_52_3 -0.5
 post_1_52_3 w_2_1_3 -0.5
 w_2_1_4 post_1_52_4 -0.5
 post_1_52_4 w_2_1_4 -0.5
 w_2_1_5 post_1_52_5 -0.5
 post_1_52_5 w_2_1_5 -0.5
 w_2_1_6 post_1_52_6 -0.5
 post_1_52_6 w_2_1_6 -0.5
 w_2_1_7 post_1_52_7 -0.5
 post_1_52_7 w_2_1_7 -0.5
QCMATRIX out_definition_53_0
 w_2_0_0 post_1_53_0 -0.5
 post_1_53_0 w_2_0_0 -0.5
 w_2_0_1 post_1_53_1 -0.5
 post_1_53_1 w_2_0_1 -0.5
 w_2_0_2 post_1_53_2 -0.5
 post_1_53_2 w_2_0_2 -0.5
 w_2_0_3 post_1_53_3 -0.5
 post_1_53_3 w_2_0_3 -0.5
 w_2_0_4 post_1_53_4 -0.5
 post_1_53_4 w_2_0_4 -0.5
 w_2_0_5 post_1_53_5 -0.5
 post_1_53_5 w_2_0_5 -0.5
 w_2_0_6 post_1_53_6 -0.5
 post_1_53_6 w_2_0_6 -0.5
 w_2_0_7 post_1_53_7 -0.5
 post_1_53_7 w_2_0_7 -0.5
QCMATRIX out_definition_53_1
 w_2_1_0 post_1_53_0 -0.5
 post_1_53_0 w_2_1_0 -0.5
 w_2_1_1 post_1_53_1 -0.5
 post_1_53_1 w_2_1_1 -0.5
 w_2_1_2 post_1_53_2 -0.5
 post_1_53_2 w_2_1_2 -0.5
 w_2_1_3 post_1_53_3 -0.5
 post_1_53_3 w_2_1_3 -0.5
 w_2_1_4 post_1_53_4 -0.5
 post_1_53_4 w_2_1_4 -0.5
 w_2_1_5 post_1_53_5 -0.5
 post_1_53_5 w_2_1_5 -0.5
 w_2_1_6 post_1_53_6 -0.5
 post_1_53_6 w_2_1_6 -0.5
 w_2_1_7 post_1_53_7 -0.5
 post_1_53_7 w_2_1_7 -0.5
QCMATRIX out_definition_54_0
 w_2_0_0 post_1_54_0 -0.5
 post_1_54_0 w_2_0_0 -0.5
 w_2_0_1 post_1_54_1 -0.5
 post_1_54_1 w_2_0_1 -0.5
 w_2_0_2 post_1_54_2 -0.5
 post_1_54_2 w_2_0_2 -0.5
 w_2_0_3 post_1_54_3 -0.5
 post_1_54_3 w_2_0_3 -0.5
 w_2_0_4 post_1_54_4 -0.5
 post_1_54_4 w_2_0_4 -0.5
 w_2_0_5 post_1_54_5 -0.5
 post_1_54_5 w_2_0_5 -0.5
 w_2_0_6 post_1_54_6 -0.5
 post_1_54_6 w_2_0_6 -0.5
 w_2_0_7 post_1_54_7 -0.5
 post_1_54_7 w_2_0_7 -0.5
QCMATRIX out_definition_54_1
 w_2_1_0 post_1_54_0 -0.5
 post_1_54_0 w_2_1_0 -0.5
 w_2_1_1 post_1_54_1 -0.5
 post_1_54_1 w_2_1_1 -0.5
 w_2_1_2 post_1_54_2 -0.5
 post_1_54_2 w_2_1_2 -0.5
 w_2_1_3 post_1_54_3 -0.5
 post_1_54_3 w_2_1_3 -0.5
 w_2_1_4 post_1_54_4 -0.5
 post_1_54_4 w_2_1_4 -0.5
 w_2_1_5 post_1_54_5 -0.5
 post_1_54_5 w_2_1_5 -0.5
 w_2_1_6 post_1_54_6 -0.5
 post_1_54_6 w_2_1_6 -0.5
 w_2_1_7 post_1_54_7 -0.5
 post_1_54_7 w_2_1_7 -0.5
QCMATRIX out_definition_55_0
 w_2_0_0 post_1_55_0 -0.5
 post_1_55_0 w_2_0_0 -0.5
 w_2_0_1 post_1_55_1 -0.5
 post_1_55_1 w_2_0_1 -0.5
 w_2_0_2 post_1_55_2 -0.5
 post_1_55_2 w_2_0_2 -0.5
 w_2_0_3 post_1_55_3 -0.5
 post_1_55_3 w_2_0_3 -0.5
 w_2_0_4 post_1_55_4 -0.5
 post_1_55_4 w_2_0_4 -0.5
 w_2_0_5 post_1_55_5 -0.5
 post_1_55_5 w_2_0_5 -0.5
 w_2_0_6 post_1_55_6 -0.5
 post_1_55_6 w_2_0_6 -0.5
 w_2_0_7 post_1_55_7 -0.5
 post_1_55_7 w_2_0_7 -0.5
QCMATRIX out_definition_55_1
 w_2_1_0 post_1_55_0 -0.5
 post_1_55_0 w_2_1_0 -0.5
 w_2_1_1 post_1_55_1 -0.5
 post_1_55_1 w_2_1_1 -0.5
 w_2_1_2 post_1_55_2 -0.5
 post_1_55_2 w_2_1_2 -0.5
 w_2_1_3 post_1_55_3 -0.5
 post_1_55_3 w_2_1_3 -0.5
 w_2_1_4 post_1_55_4 -0.5
 post_1_55_4 w_2_1_4 -0.5
 w_2_1_5 post_1_55_5 -0.5
 post_1_55_5 w_2_1_5 -0.5
 w_2_1_6 post_1_55_6 -0.5
 post_1_55_6 w_2_1_6 -0.5
 w_2_1_7 post_1_55_7 -0.5
 post_1_55_7 w_2_1_7 -0.5
QCMATRIX out_definition_56_0
 w_2_0_0 post_1_56_0 -0.5
 post_1_56_0 w_2_0_0 -0.5
 w_2_0_1 post_1_56_1 -0.5
 post_1_56_1 w_2_0_1 -0.5
 w_2_0_2 post_1_56_2 -0.5
 post_1_56_2 w_2_0_2 -0.5
 w_2_0_3 post_1_56_3 -0.5
 post_1_56_3 w_2_0_3 -0.5
 w_2_0_4 post_1_56_4 -0.5
 post_1_56_4 w_2_0_4 -0.5
 w_2_0_5 post_1_56_5 -0.5
 post_1_56_5 w_2_0_5 -0.5
 w_2_0_6 post_1_56_6 -0.5
 post_1_56_6 w_2_0_6 -0.5
 w_2_0_7 post_1_56_7 -0.5
 post_1_56_7 w_2_0_7 -0.5
QCMATRIX out_definition_56_1
 w_2_1_0 post_1_56_0 -0.5
 post_1_56_0 w_2_1_0 -0.5
 w_2_1_1 post_1_56_1 -0.5
 post_1_56_1 w_2_1_1 -0.5
 w_2_1_2 post_1_56_2 -0.5
 post_1_56_2 w_2_1_2 -0.5
 w_2_1_3 post_1_56_3 -0.5
 post_1_56_3 w_2_1_3 -0.5
 w_2_1_4 post_1_56_4 -0.5
 post_1_56_4 w_2_1_4 -0.5
 w_2_1_5 post_1_56_5 -0.5
 post_1_56_5 w_2_1_5 -0.5
 w_2_1_6 post_1_56_6 -0.5
 post_1_56_6 w_2_1_6 -0.5
 w_2_1_7 post_1_56_7 -0.5
 post_1_56_7 w_2_1_7 -0.5
QCMATRIX out_definition_57_0
 w_2_0_0 post_1_57_0 -0.5
 post_1_57_0 w_2_0_0 -0.5
 w_2_0_1 post_1_57_1 -0.5
 post_1_57_1 w_2_0_1 -0.5
 w_2_0_2 post_1_57_2 -0.5
 post_1_57_2 w_2_0_2 -0.5
 w_2_0_3 post_1_57_3 -0.5
 post_1_57_3 w_2_0_3 -0.5
 w_2_0_4 post_1_57_4 -0.5
 post_1_57_4 w_2_0_4 -0.5
 w_2_0_5 post_1_57_5 -0.5
 post_1_57_5 w_2_0_5 -0.5
 w_2_0_6 post_1_57_6 -0.5
 post_1_57_6 w_2_0_6 -0.5
 w_2_0_7 post_1_57_7 -0.5
 post_1_57_7 w_2_0_7 -0.5
QCMATRIX out_definition_57_1
 w_2_1_0 post_1_57_0 -0.5
 post_1_57_0 w_2_1_0 -0.5
 w_2_1_1 post_1_57_1 -0.5
 post_1_57_1 w_2_1_1 -0.5
 w_2_1_2 post_1_57_2 -0.5
 post_1_57_2 w_2_1_2 -0.5
 w_2_1_3 post_1_57_3 -0.5
 post_1_57_3 w_2_1_3 -0.5
 w_2_1_4 post_1_57_4 -0.5
 post_1_57_4 w_2_1_4 -0.5
 w_2_1_5 post_1_57_5 -0.5
 post_1_57_5 w_2_1_5 -0.5
 w_2_1_6 post_1_57_6 -0.5
 post_1_57_6 w_2_1_6 -0.5
 w_2_1_7 post_1_57_7 -0.5
 post_1_57_7 w_2_1_7 -0.5
QCMATRIX out_definition_58_0
 w_2_0_0 post_1_58_0 -0.5
 post_1_58_0 w_2_0_0 -0.5
 w_2_0_1 post_1_58_1 -0.5
 post_1_58_1 w_2_0_1 -0.5
 w_2_0_2 post_1_58_2 -0.5
 post_1_58_2 w_2_0_2 -0.5
 w_2_0_3 post_1_58_3 -0.5
 post_1_58_3 w_2_0_3 -0.5
 w_2_0_4 post_1_58_4 -0.5
 post_1_58_4 w_2_0_4 -0.5
 w_2_0_5 post_1_58_5 -0.5
 post_1_58_5 w_2_0_5 -0.5
 w_2_0_6 post_1_58_6 -0.5
 post_1_58_6 w_2_0_6 -0.5
 w_2_0_7 post_1_58_7 -0.5
 post_1_58_7 w_2_0_7 -0.5
QCMATRIX out_definition_58_1
 w_2_1_0 post_1_58_0 -0.5
 post_1_58_0 w_2_1_0 -0.5
 w_2_1_1 post_1_58_1 -0.5
 post_1_58_1 w_2_1_1 -0.5
 w_2_1_2 post_1_58_2 -0.5
 post_1_58_2 w_2_1_2 -0.5
 w_2_1_3 post_1_58_3 -0.5
 post_1_58_3 w_2_1_3 -0.5
 w_2_1_4 post_1_58_4 -0.5
 post_1_58_4 w_2_1_4 -0.5
 w_2_1_5 post_1_58_5 -0.5
 post_1_58_5 w_2_1_5 -0.5
 w_2_1_6 post_1_58_6 -0.5
 post_1_58_6 w_2_1_6 -0.5
 w_2_1_7 post_1_58_7 -0.5
 post_1_58_7 w_2_1_7 -0.5
QCMATRIX out_definition_59_0
 w_2_0_0 post_1_59_0 -0.5
 post_1_59_0 w_2_0_0 -0.5
 w_2_0_1 post_1_59_1 -0.5
 post_1_59_1 w_2_0_1 -0.5
 w_2_0_2 post_1_59_2 -0.5
 post_1_59_2 w_2_0_2 -0.5
 w_2_0_3 post_1_59_3 -0.5
 post_1_59_3 w_2_0_3 -0.5
 w_2_0_4 post_1_59_4 -0.5
 post_1_59_4 w_2_0_4 -0.5
 w_2_0_5 post_1_59_5 -0.5
 post_1_59_5 w_2_0_5 -0.5
 w_2_0_6 post_1_59_6 -0.5
 post_1_59_6 w_2_0_6 -0.5
 w_2_0_7 post_1_59_7 -0.5
 post_1_59_7 w_2_0_7 -0.5
QCMATRIX out_definition_59_1
 w_2_1_0 post_1_59_0 -0.5
 post_1_59_0 w_2_1_0 -0.5
 w_2_1_1 post_1_59_1 -0.5
 post_1_59_1 w_2_1_1 -0.5
 w_2_1_2 post_1_59_2 -0.5
 post_1_59_2 w_2_1_2 -0.5
 w_2_1_3 post_1_59_3 -0.5
 post_1_59_3 w_2_1_3 -0.5
 w_2_1_4 post_1_59_4 -0.5
 post_1_59_4 w_2_1_4 -0.5
 w_2_1_5 post_1_59_5 -0.5
 post_1_59_5 w_2_1_5 -0.5
 w_2_1_6 post_1_59_6 -0.5
 post_1_59_6 w_2_1_6 -0.5
 w_2_1_7 post_1_59_7 -0.5
 post_1_59_7 w_2_1_7 -0.5
QCMATRIX out_definition_60_0
 w_2_0_0 post_1_60_0 -0.5
 post_1_60_0 w_2_0_0 -0.5
 w_2_0_1 post_1_60_1 -0.5
 post_1_60_1 w_2_0_1 -0.5
 w_2_0_2 post_1_60_2 -0.5
 post_1_60_2 w_2_0_2 -0.5
 w_2_0_3 post_1_60_3 -0.5
 post_1_60_3 w_2_0_3 -0.5
 w_2_0_4 post_1_60_4 -0.5
 post_1_60_4 w_2_0_4 -0.5
 w_2_0_5 post_1_60_5 -0.5
 post_1_60_5 w_2_0_5 -0.5
 w_2_0_6 post_1_60_6 -0.5
 post_1_60_6 w_2_0_6 -0.5
 w_2_0_7 post_1_60_7 -0.5
 post_1_60_7 w_2_0_7 -0.5
QCMATRIX out_definition_60_1
 w_2_1_0 post_1_60_0 -0.5
 post_1_60_0 w_2_1_0 -0.5
 w_2_1_1 post_1_60_1 -0.5
 post_1_60_1 w_2_1_1 -0.5
 w_2_1_2 post_1_60_2 -0.5
 post_1_60_2 w_2_1_2 -0.5
 w_2_1_3 post_1_60_3 -0.5
 post_1_60_3 w_2_1_3 -0.5
 w_2_1_4 post_1_60_4 -0.5
 post_1_60_4 w_2_1_4 -0.5
 w_2_1_5 post_1_60_5 -0.5
 post_1_60_5 w_2_1_5 -0.5
 w_2_1_6 post_1_60_6 -0.5
 post_1_60_6 w_2_1_6 -0.5
 w_2_1_7 post_1_60_7 -0.5
 post_1_60_7 w_2_1_7 -0.5
QCMATRIX out_definition_61_0
 w_2_0_0 post_1_61_0 -0.5
 post_1_61_0 w_2_0_0 -0.5
 w_2_0_1 post_1_61_1 -0.5
 post_1_61_1 w_2_0_1 -0.5
 w_2_0_2 post_1_61_2 -0.5
 post_1_61_2 w_2_0_2 -0.5
 w_2_0_3 post_1_61_3 -0.5
 post_1_61_3 w_2_0_3 -0.5
 w_2_0_4 post_1_61_4 -0.5
 post_1_61_4 w_2_0_4 -0.5
 w_2_0_5 post_1_61_5 -0.5
 post_1_61_5 w_2_0_5 -0.5
 w_2_0_6 post_1_61_6 -0.5
 post_1_61_6 w_2_0_6 -0.5
 w_2_0_7 post_1_61_7 -0.5
 post_1_61_7 w_2_0_7 -0.5
QCMATRIX out_definition_61_1
 w_2_1_0 post_1_61_0 -0.5
 post_1_61_0 w_2_1_0 -0.5
 w_2_1_1 post_1_61_1 -0.5
 post_1_61_1 w_2_1_1 -0.5
 w_2_1_2 post_1_61_2 -0.5
 post_1_61_2 w_2_1_2 -0.5
 w_2_1_3 post_1_61_3 -0.5
 post_1_61_3 w_2_1_3 -0.5
 w_2_1_4 post_1_61_4 -0.5
 post_1_61_4 w_2_1_4 -0.5
 w_2_1_5 post_1_61_5 -0.5
 post_1_61_5 w_2_1_5 -0.5
 w_2_1_6 post_1_61_6 -0.5
 post_1_61_6 w_2_1_6 -0.5
 w_2_1_7 post_1_61_7 -0.5
 post_1_61_7 w_2_1_7 -0.5
QCMATRIX out_definition_62_0
 w_2_0_0 post_1_62_0 -0.5
 post_1_62_0 w_2_0_0 -0.5
 w_2_0_1 post_1_62_1 -0.5
 post_1_62_1 w_2_0_1 -0.5
 w_2_0_2 post_1_62_2 -0.5
 post_1_62_2 w_2_0_2 -0.5
 w_2_0_3 post_1_62_3 -0.5
 post_1_62_3 w_2_0_3 -0.5
 w_2_0_4 post_1_62_4 -0.5
 post_1_62_4 w_2_0_4 -0.5
 w_2_0_5 post_1_62_5 -0.5
 post_1_62_5 w_2_0_5 -0.5
 w_2_0_6 post_1_62_6 -0.5
 post_1_62_6 w_2_0_6 -0.5
 w_2_0_7 post_1_62_7 -0.5
 post_1_62_7 w_2_0_7 -0.5
QCMATRIX out_definition_62_1
 w_2_1_0 post_1_62_0 -0.5
 post_1_62_0 w_2_1_0 -0.5
 w_2_1_1 post_1_62_1 -0.5
 post_1_62_1 w_2_1_1 -0.5
 w_2_1_2 post_1_62_2 -0.5
 post_1_62_2 w_2_1_2 -0.5
 w_2_1_3 post_1_62_3 -0.5
 post_1_62_3 w_2_1_3 -0.5
 w_2_1_4 post_1_62_4 -0.5
 post_1_62_4 w_2_1_4 -0.5
 w_2_1_5 post_1_62_5 -0.5
 post_1_62_5 w_2_1_5 -0.5
 w_2_1_6 post_1_62_6 -0.5
 post_1_62_6 w_2_1_6 -0.5
 w_2_1_7 post_1_62_7 -0.5
 post_1_62_7 w_2_1_7 -0.5
QCMATRIX out_definition_63_0
 w_2_0_0 post_1_63_0 -0.5
 post_1_63_0 w_2_0_0 -0.5
 w_2_0_1 post_1_63_1 -0.5
 post_1_63_1 w_2_0_1 -0.5
 w_2_0_2 post_1_63_2 -0.5
 post_1_63_2 w_2_0_2 -0.5
 w_2_0_3 post_1_63_3 -0.5
 post_1_63_3 w_2_0_3 -0.5
 w_2_0_4 post_1_63_4 -0.5
 post_1_63_4 w_2_0_4 -0.5
 w_2_0_5 post_1_63_5 -0.5
 post_1_63_5 w_2_0_5 -0.5
 w_2_0_6 post_1_63_6 -0.5
 post_1_63_6 w_2_0_6 -0.5
 w_2_0_7 post_1_63_7 -0.5
 post_1_63_7 w_2_0_7 -0.5
QCMATRIX out_definition_63_1
 w_2_1_0 post_1_63_0 -0.5
 post_1_63_0 w_2_1_0 -0.5
 w_2_1_1 post_1_63_1 -0.5
 post_1_63_1 w_2_1_1 -0.5
 w_2_1_2 post_1_63_2 -0.5
 post_1_63_2 w_2_1_2 -0.5
 w_2_1_3 post_1_63_3 -0.5
 post_1_63_3 w_2_1_3 -0.5
 w_2_1_4 post_1_63_4 -0.5
 post_1_63_4 w_2_1_4 -0.5
 w_2_1_5 post_1_63_5 -0.5
 post_1_63_5 w_2_1_5 -0.5
 w_2_1_6 post_1_63_6 -0.5
 post_1_63_6 w_2_1_6 -0.5
 w_2_1_7 post_1_63_7 -0.5
 post_1_63_7 w_2_1_7 -0.5
QCMATRIX out_definition_64_0
 w_2_0_0 post_1_64_0 -0.5
 post_1_64_0 w_2_0_0 -0.5
 w_2_0_1 post_1_64_1 -0.5
 post_1_64_1 w_2_0_1 -0.5
 w_2_0_2 post_1_64_2 -0.5
 post_1_64_2 w_2_0_2 -0.5
 w_2_0_3 post_1_64_3 -0.5
 post_1_64_3 w_2_0_3 -0.5
 w_2_0_4 post_1_64_4 -0.5
 post_1_64_4 w_2_0_4 -0.5
 w_2_0_5 post_1_64_5 -0.5
 post_1_64_5 w_2_0_5 -0.5
 w_2_0_6 post_1_64_6 -0.5
 post_1_64_6 w_2_0_6 -0.5
 w_2_0_7 post_1_64_7 -0.5
 post_1_64_7 w_2_0_7 -0.5
QCMATRIX out_definition_64_1
 w_2_1_0 post_1_64_0 -0.5
 post_1_64_0 w_2_1_0 -0.5
 w_2_1_1 post_1_64_1 -0.5
 post_1_64_1 w_2_1_1 -0.5
 w_2_1_2 post_1_64_2 -0.5
 post_1_64_2 w_2_1_2 -0.5
 w_2_1_3 post_1_64_3 -0.5
 post_1_64_3 w_2_1_3 -0.5
 w_2_1_4 post_1_64_4 -0.5
 post_1_64_4 w_2_1_4 -0.5
 w_2_1_5 post_1_64_5 -0.5
 post_1_64_5 w_2_1_5 -0.5
 w_2_1_6 post_1_64_6 -0.5
 post_1_64_6 w_2_1_6 -0.5
 w_2_1_7 post_1_64_7 -0.5
 post_1_64_7 w_2_1_7 -0.5
QCMATRIX out_definition_65_0
 w_2_0_0 post_1_65_0 -0.5
 post_1_65_0 w_2_0_0 -0.5
 w_2_0_1 post_1_65_1 -0.5
 post_1_65_1 w_2_0_1 -0.5
 w_2_0_2 post_1_65_2 -0.5
 post_1_65_2 w_2_0_2 -0.5
 w_2_0_3 post_1_65_3 -0.5
 post_1_65_3 w_2_0_3 -0.5
 w_2_0_4 post_1_65_4 -0.5
 post_1_65_4 w_2_0_4 -0.5
 w_2_0_5 post_1_65_5 -0.5
 post_1_65_5 w_2_0_5 -0.5
 w_2_0_6 post_1_65_6 -0.5
 post_1_65_6 w_2_0_6 -0.5
 w_2_0_7 post_1_65_7 -0.5
 post_1_65_7 w_2_0_7 -0.5
QCMATRIX out_definition_65_1
 w_2_1_0 post_1_65_0 -0.5
 post_1_65_0 w_2_1_0 -0.5
 w_2_1_1 post_1_65_1 -0.5
 post_1_65_1 w_2_1_1 -0.5
 w_2_1_2 post_1_65_2 -0.5
 post_1_65_2 w_2_1_2 -0.5
 w_2_1_3 post_1_65_3 -0.5
 post_1_65_3 w_2_1_3 -0.5
 w_2_1_4 post_1_65_4 -0.5
 post_1_65_4 w_2_1_4 -0.5
 w_2_1_5 post_1_65_5 -0.5
 post_1_65_5 w_2_1_5 -0.5
 w_2_1_6 post_1_65_6 -0.5
 post_1_65_6 w_2_1_6 -0.5
 w_2_1_7 post_1_65_7 -0.5
 post_1_65_7 w_2_1_7 -0.5
QCMATRIX out_definition_66_0
 w_2_0_0 post_1_66_0 -0.5
 post_1_66_0 w_2_0_0 -0.5
 w_2_0_1 post_1_66_1 -0.5
 post_1_66_1 w_2_0_1 -0.5
 w_2_0_2 post_1_66_2 -0.5
 post_1_66_2 w_2_0_2 -0.5
 w_2_0_3 post_1_66_3 -0.5
 post_1_66_3 w_2_0_3 -0.5
 w_2_0_4 post_1_66_4 -0.5
 post_1_66_4 w_2_0_4 -0.5
 w_2_0_5 post_1_66_5 -0.5
 post_1_66_5 w_2_0_5 -0.5
 w_2_0_6 post_1_66_6 -0.5
 post_1_66_6 w_2_0_6 -0.5
 w_2_0_7 post_1_66_7 -0.5
 post_1_66_7 w_2_0_7 -0.5
QCMATRIX out_definition_66_1
 w_2_1_0 post_1_66_0 -0.5
 post_1_66_0 w_2_1_0 -0.5
 w_2_1_1 post_1_66_1 -0.5
 post_1_66_1 w_2_1_1 -0.5
 w_2_1_2 post_1_66_2 -0.5
 post_1_66_2 w_2_1_2 -0.5
 w_2_1_3 post_1_66_3 -0.5
 post_1_66_3 w_2_1_3 -0.5
 w_2_1_4 post_1_66_4 -0.5
 post_1_66_4 w_2_1_4 -0.5
 w_2_1_5 post_1_66_5 -0.5
 post_1_66_5 w_2_1_5 -0.5
 w_2_1_6 post_1_66_6 -0.5
 post_1_66_6 w_2_1_6 -0.5
 w_2_1_7 post_1_66_7 -0.5
 post_1_66_7 w_2_1_7 -0.5
QCMATRIX out_definition_67_0
 w_2_0_0 post_1_67_0 -0.5
 post_1_67_0 w_2_0_0 -0.5
 w_2_0_1 post_1_67_1 -0.5
 post_1_67_1 w_2_0_1 -0.5
 w_2_0_2 post_1_67_2 -0.5
 post_1_67_2 w_2_0_2 -0.5
 w_2_0_3 post_1_67_3 -0.5
 post_1_67_3 w_2_0_3 -0.5
 w_2_0_4 post_1_67_4 -0.5
 post_1_67_4 w_2_0_4 -0.5
 w_2_0_5 post_1_67_5 -0.5
 post_1_67_5 w_2_0_5 -0.5
 w_2_0_6 post_1_67_6 -0.5
 post_1_67_6 w_2_0_6 -0.5
 w_2_0_7 post_1_67_7 -0.5
 post_1_67_7 w_2_0_7 -0.5
QCMATRIX out_definition_67_1
 w_2_1_0 post_1_67_0 -0.5
 post_1_67_0 w_2_1_0 -0.5
 w_2_1_1 post_1_67_1 -0.5
 post_1_67_1 w_2_1_1 -0.5
 w_2_1_2 post_1_67_2 -0.5
 post_1_67_2 w_2_1_2 -0.5
 w_2_1_3 post_1_67_3 -0.5
 post_1_67_3 w_2_1_3 -0.5
 w_2_1_4 post_1_67_4 -0.5
 post_1_67_4 w_2_1_4 -0.5
 w_2_1_5 post_1_67_5 -0.5
 post_1_67_5 w_2_1_5 -0.5
 w_2_1_6 post_1_67_6 -0.5
 post_1_67_6 w_2_1_6 -0.5
 w_2_1_7 post_1_67_7 -0.5
 post_1_67_7 w_2_1_7 -0.5
QCMATRIX out_definition_68_0
 w_2_0_0 post_1_68_0 -0.5
 post_1_68_0 w_2_0_0 -0.5
 w_2_0_1 post_1_68_1 -0.5
 post_1_68_1 w_2_0_1 -0.5
 w_2_0_2 post_1_68_2 -0.5
 post_1_68_2 w_2_0_2 -0.5
 w_2_0_3 post_1_68_3 -0.5
 post_1_68_3 w_2_0_3 -0.5
 w_2_0_4 post_1_68_4 -0.5
 post_1_68_4 w_2_0_4 -0.5
 w_2_0_5 post_1_68_5 -0.5
 post_1_68_5 w_2_0_5 -0.5
 w_2_0_6 post_1_68_6 -0.5
 post_1_68_6 w_2_0_6 -0.5
 w_2_0_7 post_1_68_7 -0.5
 post_1_68_7 w_2_0_7 -0.5
QCMATRIX out_definition_68_1
 w_2_1_0 post_1_68_0 -0.5
 post_1_68_0 w_2_1_0 -0.5
 w_2_1_1 post_1_68_1 -0.5
 post_1_68_1 w_2_1_1 -0.5
 w_2_1_2 post_1_68_2 -0.5
 post_1_68_2 w_2_1_2 -0.5
 w_2_1_3 post_1_68_3 -0.5
 post_1_68_3 w_2_1_3 -0.5
 w_2_1_4 post_1_68_4 -0.5
 post_1_68_4 w_2_1_4 -0.5
 w_2_1_5 post_1_68_5 -0.5
 post_1_68_5 w_2_1_5 -0.5
 w_2_1_6 post_1_68_6 -0.5
 post_1_68_6 w_2_1_6 -0.5
 w_2_1_7 post_1_68_7 -0.5
 post_1_68_7 w_2_1_7 -0.5
QCMATRIX out_definition_69_0
 w_2_0_0 post_1_69_0 -0.5
 post_1_69_0 w_2_0_0 -0.5
 w_2_0_1 post_1_69_1 -0.5
 post_1_69_1 w_2_0_1 -0.5
 w_2_0_2 post_1_69_2 -0.5
 post_1_69_2 w_2_0_2 -0.5
 w_2_0_3 post_1_69_3 -0.5
 post_1_69_3 w_2_0_3 -0.5
 w_2_0_4 post_1_69_4 -0.5
 post_1_69_4 w_2_0_4 -0.5
 w_2_0_5 post_1_69_5 -0.5
 post_1_69_5 w_2_0_5 -0.5
 w_2_0_6 post_1_69_6 -0.5
 post_1_69_6 w_2_0_6 -0.5
 w_2_0_7 post_1_69_7 -0.5
 post_1_69_7 w_2_0_7 -0.5
QCMATRIX out_definition_69_1
 w_2_1_0 post_1_69_0 -0.5
 post_1_69_0 w_2_1_0 -0.5
 w_2_1_1 post_1_69_1 -0.5
 post_1_69_1 w_2_1_1 -0.5
 w_2_1_2 post_1_69_2 -0.5
 post_1_69_2 w_2_1_2 -0.5
 w_2_1_3 post_1_69_3 -0.5
 post_1_69_3 w_2_1_3 -0.5
 w_2_1_4 post_1_69_4 -0.5
 post_1_69_4 w_2_1_4 -0.5
 w_2_1_5 post_1_69_5 -0.5
 post_1_69_5 w_2_1_5 -0.5
 w_2_1_6 post_1_69_6 -0.5
 post_1_69_6 w_2_1_6 -0.5
 w_2_1_7 post_1_69_7 -0.5
 post_1_69_7 w_2_1_7 -0.5
QCMATRIX out_definition_70_0
 w_2_0_0 post_1_70_0 -0.5
 post_1_70_0 w_2_0_0 -0.5
 w_2_0_1 post_1_70_1 -0.5
 post_1_70_1 w_2_0_1 -0.5
 w_2_0_2 post_1_70_2 -0.5
 post_1_70_2 w_2_0_2 -0.5
 w_2_0_3 post_1_70_3 -0.5
 post_1_70_3 w_2_0_3 -0.5
 w_2_0_4 post_1_70_4 -0.5
 post_1_70_4 w_2_0_4 -0.5
 w_2_0_5 post_1_70_5 -0.5
 post_1_70_5 w_2_0_5 -0.5
 w_2_0_6 post_1_70_6 -0.5
 post_1_70_6 w_2_0_6 -0.5
 w_2_0_7 post_1_70_7 -0.5
 post_1_70_7 w_2_0_7 -0.5
QCMATRIX out_definition_70_1
 w_2_1_0 post_1_70_0 -0.5
 post_1_70_0 w_2_1_0 -0.5
 w_2_1_1 post_1_70_1 -0.5
 post_1_70_1 w_2_1_1 -0.5
 w_2_1_2 post_1_70_2 -0.5
 post_1_70_2 w_2_1_2 -0.5
 w_2_1_3 post_1_70_3 -0.5
 post_1_70_3 w_2_1_3 -0.5
 w_2_1_4 post_1_70_4 -0.5
 post_1_70_4 w_2_1_4 -0.5
 w_2_1_5 post_1_70_5 -0.5
 post_1_70_5 w_2_1_5 -0.5
 w_2_1_6 post_1_70_6 -0.5
 post_1_70_6 w_2_1_6 -0.5
 w_2_1_7 post_1_70_7 -0.5
 post_1_70_7 w_2_1_7 -0.5
QCMATRIX out_definition_71_0
 w_2_0_0 post_1_71_0 -0.5
 post_1_71_0 w_2_0_0 -0.5
 w_2_0_1 post_1_71_1 -0.5
 post_1_71_1 w_2_0_1 -0.5
 w_2_0_2 post_1_71_2 -0.5
 post_1_71_2 w_2_0_2 -0.5
 w_2_0_3 post_1_71_3 -0.5
 post_1_71_3 w_2_0_3 -0.5
 w_2_0_4 post_1_71_4 -0.5
 post_1_71_4 w_2_0_4 -0.5
 w_2_0_5 post_1_71_5 -0.5
 post_1_71_5 w_2_0_5 -0.5
 w_2_0_6 post_1_71_6 -0.5
 post_1_71_6 w_2_0_6 -0.5
 w_2_0_7 post_1_71_7 -0.5
 post_1_71_7 w_2_0_7 -0.5
QCMATRIX out_definition_71_1
 w_2_1_0 post_1_71_0 -0.5
 post_1_71_0 w_2_1_0 -0.5
 w_2_1_1 post_1_71_1 -0.5
 post_1_71_1 w_2_1_1 -0.5
 w_2_1_2 post_1_71_2 -0.5
 post_1_71_2 w_2_1_2 -0.5
 w_2_1_3 post_1_71_3 -0.5
 post_1_71_3 w_2_1_3 -0.5
 w_2_1_4 post_1_71_4 -0.5
 post_1_71_4 w_2_1_4 -0.5
 w_2_1_5 post_1_71_5 -0.5
 post_1_71_5 w_2_1_5 -0.5
 w_2_1_6 post_1_71_6 -0.5
 post_1_71_6 w_2_1_6 -0.5
 w_2_1_7 post_1_71_7 -0.5
 post_1_71_7 w_2_1_7 -0.5
QCMATRIX out_definition_72_0
 w_2_0_0 post_1_72_0 -0.5
 post_1_72_0 w_2_0_0 -0.5
 w_2_0_1 post_1_72_1 -0.5
 post_1_72_1 w_2_0_1 -0.5
 w_2_0_2 post_1_72_2 -0.5
 post_1_72_2 w_2_0_2 -0.5
 w_2_0_3 post_1_72_3 -0.5
 post_1_72_3 w_2_0_3 -0.5
 w_2_0_4 post_1_72_4 -0.5
 post_1_72_4 w_2_0_4 -0.5
 w_2_0_5 post_1_72_5 -0.5
 post_1_72_5 w_2_0_5 -0.5
 w_2_0_6 post_1_72_6 -0.5
 post_1_72_6 w_2_0_6 -0.5
 w_2_0_7 post_1_72_7 -0.5
 post_1_72_7 w_2_0_7 -0.5
QCMATRIX out_definition_72_1
 w_2_1_0 post_1_72_0 -0.5
 post_1_72_0 w_2_1_0 -0.5
 w_2_1_1 post_1_72_1 -0.5
 post_1_72_1 w_2_1_1 -0.5
 w_2_1_2 post_1_72_2 -0.5
 post_1_72_2 w_2_1_2 -0.5
 w_2_1_3 post_1_72_3 -0.5
 post_1_72_3 w_2_1_3 -0.5
 w_2_1_4 post_1_72_4 -0.5
 post_1_72_4 w_2_1_4 -0.5
 w_2_1_5 post_1_72_5 -0.5
 post_1_72_5 w_2_1_5 -0.5
 w_2_1_6 post_1_72_6 -0.5
 post_1_72_6 w_2_1_6 -0.5
 w_2_1_7 post_1_72_7 -0.5
 post_1_72_7 w_2_1_7 -0.5
QCMATRIX out_definition_73_0
 w_2_0_0 post_1_73_0 -0.5
 post_1_73_0 w_2_0_0 -0.5
 w_2_0_1 post_1_73_1 -0.5
 post_1_73_1 w_2_0_1 -0.5
 w_2_0_2 post_1_73_2 -0.5
 post_1_73_2 w_2_0_2 -0.5
 w_2_0_3 post_1_73_3 -0.5
 post_1_73_3 w_2_0_3 -0.5
 w_2_0_4 post_1_73_4 -0.5
 post_1_73_4 w_2_0_4 -0.5
 w_2_0_5 post_1_73_5 -0.5
 post_1_73_5 w_2_0_5 -0.5
 w_2_0_6 post_1_73_6 -0.5
 post_1_73_6 w_2_0_6 -0.5
 w_2_0_7 post_1_73_7 -0.5
 post_1_73_7 w_2_0_7 -0.5
QCMATRIX out_definition_73_1
 w_2_1_0 post_1_73_0 -0.5
 post_1_73_0 w_2_1_0 -0.5
 w_2_1_1 post_1_73_1 -0.5
 post_1_73_1 w_2_1_1 -0.5
 w_2_1_2 post_1_73_2 -0.5
 post_1_73_2 w_2_1_2 -0.5
 w_2_1_3 post_1_73_3 -0.5
 post_1_73_3 w_2_1_3 -0.5
 w_2_1_4 post_1_73_4 -0.5
 post_1_73_4 w_2_1_4 -0.5
 w_2_1_5 post_1_73_5 -0.5
 post_1_73_5 w_2_1_5 -0.5
 w_2_1_6 post_1_73_6 -0.5
 post_1_73_6 w_2_1_6 -0.5
 w_2_1_7 post_1_73_7 -0.5
 post_1_73_7 w_2_1_7 -0.5
QCMATRIX out_definition_74_0
 w_2_0_0 post_1_74_0 -0.5
 post_1_74_0 w_2_0_0 -0.5
 w_2_0_1 post_1_74_1 -0.5
 post_1_74_1 w_2_0_1 -0.5
 w_2_0_2 post_1_74_2 -0.5
 post_1_74_2 w_2_0_2 -0.5
 w_2_0_3 post_1_74_3 -0.5
 post_1_74_3 w_2_0_3 -0.5
 w_2_0_4 post_1_74_4 -0.5
 post_1_74_4 w_2_0_4 -0.5
 w_2_0_5 post_1_74_5 -0.5
 post_1_74_5 w_2_0_5 -0.5
 w_2_0_6 post_1_74_6 -0.5
 post_1_74_6 w_2_0_6 -0.5
 w_2_0_7 post_1_74_7 -0.5
 post_1_74_7 w_2_0_7 -0.5
QCMATRIX out_definition_74_1
 w_2_1_0 post_1_74_0 -0.5
 post_1_74_0 w_2_1_0 -0.5
 w_2_1_1 post_1_74_1 -0.5
 post_1_74_1 w_2_1_1 -0.5
 w_2_1_2 post_1_74_2 -0.5
 post_1_74_2 w_2_1_2 -0.5
 w_2_1_3 post_1_74_3 -0.5
 post_1_74_3 w_2_1_3 -0.5
 w_2_1_4 post_1_74_4 -0.5
 post_1_74_4 w_2_1_4 -0.5
 w_2_1_5 post_1_74_5 -0.5
 post_1_74_5 w_2_1_5 -0.5
 w_2_1_6 post_1_74_6 -0.5
 post_1_74_6 w_2_1_6 -0.5
 w_2_1_7 post_1_74_7 -0.5
 post_1_74_7 w_2_1_7 -0.5
QCMATRIX out_definition_75_0
 w_2_0_0 post_1_75_0 -0.5
 post_1_75_0 w_2_0_0 -0.5
 w_2_0_1 post_1_75_1 -0.5
 post_1_75_1 w_2_0_1 -0.5
 w_2_0_2 post_1_75_2 -0.5
 post_1_75_2 w_2_0_2 -0.5
 w_2_0_3 post_1_75_3 -0.5
 post_1_75_3 w_2_0_3 -0.5
 w_2_0_4 post_1_75_4 -0.5
 post_1_75_4 w_2_0_4 -0.5
 w_2_0_5 post_1_75_5 -0.5
 post_1_75_5 w_2_0_5 -0.5
 w_2_0_6 post_1_75_6 -0.5
 post_1_75_6 w_2_0_6 -0.5
 w_2_0_7 post_1_75_7 -0.5
 post_1_75_7 w_2_0_7 -0.5
QCMATRIX out_definition_75_1
 w_2_1_0 post_1_75_0 -0.5
 post_1_75_0 w_2_1_0 -0.5
 w_2_1_1 post_1_75_1 -0.5
 post_1_75_1 w_2_1_1 -0.5
 w_2_1_2 post_1_75_2 -0.5
 post_1_75_2 w_2_1_2 -0.5
 w_2_1_3 post_1_75_3 -0.5
 post_1_75_3 w_2_1_3 -0.5
 w_2_1_4 post_1_75_4 -0.5
 post_1_75_4 w_2_1_4 -0.5
 w_2_1_5 post_1_75_5 -0.5
 post_1_75_5 w_2_1_5 -0.5
 w_2_1_6 post_1_75_6 -0.5
 post_1_75_6 w_2_1_6 -0.5
 w_2_1_7 post_1_75_7 -0.5
 post_1_75_7 w_2_1_7 -0.5
QCMATRIX out_definition_76_0
 w_2_0_0 post_1_76_0 -0.5
 post_1_76_0 w_2_0_0 -0.5
 w_2_0_1 post_1_76_1 -0.5
 post_1_76_1 w_2_0_1 -0.5
 w_2_0_2 post_1_76_2 -0.5
 post_1_76_2 w_2_0_2 -0.5
 w_2_0_3 post_1_76_3 -0.5
 post_1_76_3 w_2_0_3 -0.5
 w_2_0_4 post_1_76_4 -0.5
 post_1_76_4 w_2_0_4 -0.5
 w_2_0_5 post_1_76_5 -0.5
 post_1_76_5 w_2_0_5 -0.5
 w_2_0_6 post_1_76_6 -0.5
 post_1_76_6 w_2_0_6 -0.5
 w_2_0_7 post_1_76_7 -0.5
 post_1_76_7 w_2_0_7 -0.5
QCMATRIX out_definition_76_1
 w_2_1_0 post_1_76_0 -0.5
 post_1_76_0 w_2_1_0 -0.5
 w_2_1_1 post_1_76_1 -0.5
 post_1_76_1 w_2_1_1 -0.5
 w_2_1_2 post_1_76_2 -0.5
 post_1_76_2 w_2_1_2 -0.5
 w_2_1_3 post_1_76_3 -0.5
 post_1_76_3 w_2_1_3 -0.5
 w_2_1_4 post_1_76_4 -0.5
 post_1_76_4 w_2_1_4 -0.5
 w_2_1_5 post_1_76_5 -0.5
 post_1_76_5 w_2_1_5 -0.5
 w_2_1_6 post_1_76_6 -0.5
 post_1_76_6 w_2_1_6 -0.5
 w_2_1_7 post_1_76_7 -0.5
 post_1_76_7 w_2_1_7 -0.5
QCMATRIX out_definition_77_0
 w_2_0_0 post_1_77_0 -0.5
 post_1_77_0 w_2_0_0 -0.5
 w_2_0_1 post_1_77_1 -0.5
 post_1_77_1 w_2_0_1 -0.5
 w_2_0_2 post_1_77_2 -0.5
 post_1_77_2 w_2_0_2 -0.5
 w_2_0_3 post_1_77_3 -0.5
 post_1_77_3 w_2_0_3 -0.5
 w_2_0_4 post_1_77_4 -0.5
 post_1_77_4 w_2_0_4 -0.5
 w_2_0_5 post_1_77_5 -0.5
 post_1_77_5 w_2_0_5 -0.5
 w_2_0_6 post_1_77_6 -0.5
 post_1_77_6 w_2_0_6 -0.5
 w_2_0_7 post_1_77_7 -0.5
 post_1_77_7 w_2_0_7 -0.5
QCMATRIX out_definition_77_1
 w_2_1_0 post_1_77_0 -0.5
 post_1_77_0 w_2_1_0 -0.5
 w_2_1_1 post_1_77_1 -0.5
 post_1_77_1 w_2_1_1 -0.5
 w_2_1_2 post_1_77_2 -0.5
 post_1_77_2 w_2_1_2 -0.5
 w_2_1_3 post_1_77_3 -0.5
 post_1_77_3 w_2_1_3 -0.5
 w_2_1_4 post_1_77_4 -0.5
 post_1_77_4 w_2_1_4 -0.5
 w_2_1_5 post_1_77_5 -0.5
 post_1_77_5 w_2_1_5 -0.5
 w_2_1_6 post_1_77_6 -0.5
 post_1_77_6 w_2_1_6 -0.5
 w_2_1_7 post_1_77_7 -0.5
 post_1_77_7 w_2_1_7 -0.5
QCMATRIX out_definition_78_0
 w_2_0_0 post_1_78_0 -0.5
 post_1_78_0 w_2_0_0 -0.5
 w_2_0_1 post_1_78_1 -0.5
 post_1_78_1 w_2_0_1 -0.5
 w_2_0_2 post_1_78_2 -0.5
 post_1_78_2 w_2_0_2 -0.5
 w_2_0_3 post_1_78_3 -0.5
 post_1_78_3 w_2_0_3 -0.5
 w_2_0_4 post_1_78_4 -0.5
 post_1_78_4 w_2_0_4 -0.5
 w_2_0_5 post_1_78_5 -0.5
 post_1_78_5 w_2_0_5 -0.5
 w_2_0_6 post_1_78_6 -0.5
 post_1_78_6 w_2_0_6 -0.5
 w_2_0_7 post_1_78_7 -0.5
 post_1_78_7 w_2_0_7 -0.5
QCMATRIX out_definition_78_1
 w_2_1_0 post_1_78_0 -0.5
 post_1_78_0 w_2_1_0 -0.5
 w_2_1_1 post_1_78_1 -0.5
 post_1_78_1 w_2_1_1 -0.5
 w_2_1_2 post_1_78_2 -0.5
 post_1_78_2 w_2_1_2 -0.5
 w_2_1_3 post_1_78_3 -0.5
 post_1_78_3 w_2_1_3 -0.5
 w_2_1_4 post_1_78_4 -0.5
 post_1_78_4 w_2_1_4 -0.5
 w_2_1_5 post_1_78_5 -0.5
 post_1_78_5 w_2_1_5 -0.5
 w_2_1_6 post_1_78_6 -0.5
 post_1_78_6 w_2_1_6 -0.5
 w_2_1_7 post_1_78_7 -0.5
 post_1_78_7 w_2_1_7 -0.5
QCMATRIX out_definition_79_0
 w_2_0_0 post_1_79_0 -0.5
 post_1_79_0 w_2_0_0 -0.5
 w_2_0_1 post_1_79_1 -0.5
 post_1_79_1 w_2_0_1 -0.5
 w_2_0_2 post_1_79_2 -0.5
 post_1_79_2 w_2_0_2 -0.5
 w_2_0_3 post_1_79_3 -0.5
 post_1_79_3 w_2_0_3 -0.5
 w_2_0_4 post_1_79_4 -0.5
 post_1_79_4 w_2_0_4 -0.5
 w_2_0_5 post_1_79_5 -0.5
 post_1_79_5 w_2_0_5 -0.5
 w_2_0_6 post_1_79_6 -0.5
 post_1_79_6 w_2_0_6 -0.5
 w_2_0_7 post_1_79_7 -0.5
 post_1_79_7 w_2_0_7 -0.5
QCMATRIX out_definition_79_1
 w_2_1_0 post_1_79_0 -0.5
 post_1_79_0 w_2_1_0 -0.5
 w_2_1_1 post_1_79_1 -0.5
 post_1_79_1 w_2_1_1 -0.5
 w_2_1_2 post_1_79_2 -0.5
 post_1_79_2 w_2_1_2 -0.5
 w_2_1_3 post_1_79_3 -0.5
 post_1_79_3 w_2_1_3 -0.5
 w_2_1_4 post_1_79_4 -0.5
 post_1_79_4 w_2_1_4 -0.5
 w_2_1_5 post_1_79_5 -0.5
 post_1_79_5 w_2_1_5 -0.5
 w_2_1_6 post_1_79_6 -0.5
 post_1_79_6 w_2_1_6 -0.5
 w_2_1_7 post_1_79_7 -0.5
 post_1_79_7 w_2_1_7 -0.5
QCMATRIX out_definition_80_0
 w_2_0_0 post_1_80_0 -0.5
 post_1_80_0 w_2_0_0 -0.5
 w_2_0_1 post_1_80_1 -0.5
 post_1_80_1 w_2_0_1 -0.5
 w_2_0_2 post_1_80_2 -0.5
 post_1_80_2 w_2_0_2 -0.5
 w_2_0_3 post_1_80_3 -0.5
 post_1_80_3 w_2_0_3 -0.5
 w_2_0_4 post_1_80_4 -0.5
 post_1_80_4 w_2_0_4 -0.5
 w_2_0_5 post_1_80_5 -0.5
 post_1_80_5 w_2_0_5 -0.5
 w_2_0_6 post_1_80_6 -0.5
 post_1_80_6 w_2_0_6 -0.5
 w_2_0_7 post_1_80_7 -0.5
 post_1_80_7 w_2_0_7 -0.5
QCMATRIX out_definition_80_1
 w_2_1_0 post_1_80_0 -0.5
 post_1_80_0 w_2_1_0 -0.5
 w_2_1_1 post_1_80_1 -0.5
 post_1_80_1 w_2_1_1 -0.5
 w_2_1_2 post_1_80_2 -0.5
 post_1_80_2 w_2_1_2 -0.5
 w_2_1_3 post_1_80_3 -0.5
 post_1_80_3 w_2_1_3 -0.5
 w_2_1_4 post_1_80_4 -0.5
 post_1_80_4 w_2_1_4 -0.5
 w_2_1_5 post_1_80_5 -0.5
 post_1_80_5 w_2_1_5 -0.5
 w_2_1_6 post_1_80_6 -0.5
 post_1_80_6 w_2_1_6 -0.5
 w_2_1_7 post_1_80_7 -0.5
 post_1_80_7 w_2_1_7 -0.5
QCMATRIX out_definition_81_0
 w_2_0_0 post_1_81_0 -0.5
 post_1_81_0 w_2_0_0 -0.5
 w_2_0_1 post_1_81_1 -0.5
 post_1_81_1 w_2_0_1 -0.5
 w_2_0_2 post_1_81_2 -0.5
 post_1_81_2 w_2_0_2 -0.5
 w_2_0_3 post_1_81_3 -0.5
 post_1_81_3 w_2_0_3 -0.5
 w_2_0_4 post_1_81_4 -0.5
 post_1_81_4 w_2_0_4 -0.5
 w_2_0_5 post_1_81_5 -0.5
 post_1_81_5 w_2_0_5 -0.5
 w_2_0_6 post_1_81_6 -0.5
 post_1_81_6 w_2_0_6 -0.5
 w_2_0_7 post_1_81_7 -0.5
 post_1_81_7 w_2_0_7 -0.5
QCMATRIX out_definition_81_1
 w_2_1_0 post_1_81_0 -0.5
 post_1_81_0 w_2_1_0 -0.5
 w_2_1_1 post_1_81_1 -0.5
 post_1_81_1 w_2_1_1 -0.5
 w_2_1_2 post_1_81_2 -0.5
 post_1_81_2 w_2_1_2 -0.5
 w_2_1_3 post_1_81_3 -0.5
 post_1_81_3 w_2_1_3 -0.5
 w_2_1_4 post_1_81_4 -0.5
 post_1_81_4 w_2_1_4 -0.5
 w_2_1_5 post_1_81_5 -0.5
 post_1_81_5 w_2_1_5 -0.5
 w_2_1_6 post_1_81_6 -0.5
 post_1_81_6 w_2_1_6 -0.5
 w_2_1_7 post_1_81_7 -0.5
 post_1_81_7 w_2_1_7 -0.5
QCMATRIX out_definition_82_0
 w_2_0_0 post_1_82_0 -0.5
 post_1_82_0 w_2_0_0 -0.5
 w_2_0_1 post_1_82_1 -0.5
 post_1_82_1 w_2_0_1 -0.5
 w_2_0_2 post_1_82_2 -0.5
 post_1_82_2 w_2_0_2 -0.5
 w_2_0_3 post_1_82_3 -0.5
 post_1_82_3 w_2_0_3 -0.5
 w_2_0_4 post_1_82_4 -0.5
 post_1_82_4 w_2_0_4 -0.5
 w_2_0_5 post_1_82_5 -0.5
 post_1_82_5 w_2_0_5 -0.5
 w_2_0_6 post_1_82_6 -0.5
 post_1_82_6 w_2_0_6 -0.5
 w_2_0_7 post_1_82_7 -0.5
 post_1_82_7 w_2_0_7 -0.5
QCMATRIX out_definition_82_1
 w_2_1_0 post_1_82_0 -0.5
 post_1_82_0 w_2_1_0 -0.5
 w_2_1_1 post_1_82_1 -0.5
 post_1_82_1 w_2_1_1 -0.5
 w_2_1_2 post_1_82_2 -0.5
 post_1_82_2 w_2_1_2 -0.5
 w_2_1_3 post_1_82_3 -0.5
 post_1_82_3 w_2_1_3 -0.5
 w_2_1_4 post_1_82_4 -0.5
 post_1_82_4 w_2_1_4 -0.5
 w_2_1_5 post_1_82_5 -0.5
 post_1_82_5 w_2_1_5 -0.5
 w_2_1_6 post_1_82_6 -0.5
 post_1_82_6 w_2_1_6 -0.5
 w_2_1_7 post_1_82_7 -0.5
 post_1_82_7 w_2_1_7 -0.5
QCMATRIX out_definition_83_0
 w_2_0_0 post_1_83_0 -0.5
 post_1_83_0 w_2_0_0 -0.5
 w_2_0_1 post_1_83_1 -0.5
 post_1_83_1 w_2_0_1 -0.5
 w_2_0_2 post_1_83_2 -0.5
 post_1_83_2 w_2_0_2 -0.5
 w_2_0_3 post_1_83_3 -0.5
 post_1_83_3 w_2_0_3 -0.5
 w_2_0_4 post_1_83_4 -0.5
 post_1_83_4 w_2_0_4 -0.5
 w_2_0_5 post_1_83_5 -0.5
 post_1_83_5 w_2_0_5 -0.5
 w_2_0_6 post_1_83_6 -0.5
 post_1_83_6 w_2_0_6 -0.5
 w_2_0_7 post_1_83_7 -0.5
 post_1_83_7 w_2_0_7 -0.5
QCMATRIX out_definition_83_1
 w_2_1_0 post_1_83_0 -0.5
 post_1_83_0 w_2_1_0 -0.5
 w_2_1_1 post_1_83_1 -0.5
 post_1_83_1 w_2_1_1 -0.5
 w_2_1_2 post_1_83_2 -0.5
 post_1_83_2 w_2_1_2 -0.5
 w_2_1_3 post_1_83_3 -0.5
 post_1_83_3 w_2_1_3 -0.5
 w_2_1_4 post_1_83_4 -0.5
 post_1_83_4 w_2_1_4 -0.5
 w_2_1_5 post_1_83_5 -0.5
 post_1_83_5 w_2_1_5 -0.5
 w_2_1_6 post_1_83_6 -0.5
 post_1_83_6 w_2_1_6 -0.5
 w_2_1_7 post_1_83_7 -0.5
 post_1_83_7 w_2_1_7 -0.5
QCMATRIX out_definition_84_0
 w_2_0_0 post_1_84_0 -0.5
 post_1_84_0 w_2_0_0 -0.5
 w_2_0_1 post_1_84_1 -0.5
 post_1_84_1 w_2_0_1 -0.5
 w_2_0_2 post_1_84_2 -0.5
 post_1_84_2 w_2_0_2 -0.5
 w_2_0_3 post_1_84_3 -0.5
 post_1_84_3 w_2_0_3 -0.5
 w_2_0_4 post_1_84_4 -0.5
 post_1_84_4 w_2_0_4 -0.5
 w_2_0_5 post_1_84_5 -0.5
 post_1_84_5 w_2_0_5 -0.5
 w_2_0_6 post_1_84_6 -0.5
 post_1_84_6 w_2_0_6 -0.5
 w_2_0_7 post_1_84_7 -0.5
 post_1_84_7 w_2_0_7 -0.5
QCMATRIX out_definition_84_1
 w_2_1_0 post_1_84_0 -0.5
 post_1_84_0 w_2_1_0 -0.5
 w_2_1_1 post_1_84_1 -0.5
 post_1_84_1 w_2_1_1 -0.5
 w_2_1_2 post_1_84_2 -0.5
 post_1_84_2 w_2_1_2 -0.5
 w_2_1_3 post_1_84_3 -0.5
 post_1_84_3 w_2_1_3 -0.5
 w_2_1_4 post_1_84_4 -0.5
 post_1_84_4 w_2_1_4 -0.5
 w_2_1_5 post_1_84_5 -0.5
 post_1_84_5 w_2_1_5 -0.5
 w_2_1_6 post_1_84_6 -0.5
 post_1_84_6 w_2_1_6 -0.5
 w_2_1_7 post_1_84_7 -0.5
 post_1_84_7 w_2_1_7 -0.5
QCMATRIX out_definition_85_0
 w_2_0_0 post_1_85_0 -0.5
 post_1_85_0 w_2_0_0 -0.5
 w_2_0_1 post_1_85_1 -0.5
 post_1_85_1 w_2_0_1 -0.5
 w_2_0_2 post_1_85_2 -0.5
 post_1_85_2 w_2_0_2 -0.5
 w_2_0_3 post_1_85_3 -0.5
 post_1_85_3 w_2_0_3 -0.5
 w_2_0_4 post_1_85_4 -0.5
 post_1_85_4 w_2_0_4 -0.5
 w_2_0_5 post_1_85_5 -0.5
 post_1_85_5 w_2_0_5 -0.5
 w_2_0_6 post_1_85_6 -0.5
 post_1_85_6 w_2_0_6 -0.5
 w_2_0_7 post_1_85_7 -0.5
 post_1_85_7 w_2_0_7 -0.5
QCMATRIX out_definition_85_1
 w_2_1_0 post_1_85_0 -0.5
 post_1_85_0 w_2_1_0 -0.5
 w_2_1_1 post_1_85_1 -0.5
 post_1_85_1 w_2_1_1 -0.5
 w_2_1_2 post_1_85_2 -0.5
 post_1_85_2 w_2_1_2 -0.5
 w_2_1_3 post_1_85_3 -0.5
 post_1_85_3 w_2_1_3 -0.5
 w_2_1_4 post_1_85_4 -0.5
 post_1_85_4 w_2_1_4 -0.5
 w_2_1_5 post_1_85_5 -0.5
 post_1_85_5 w_2_1_5 -0.5
 w_2_1_6 post_1_85_6 -0.5
 post_1_85_6 w_2_1_6 -0.5
 w_2_1_7 post_1_85_7 -0.5
 post_1_85_7 w_2_1_7 -0.5
QCMATRIX out_definition_86_0
 w_2_0_0 post_1_86_0 -0.5
 post_1_86_0 w_2_0_0 -0.5
 w_2_0_1 post_1_86_1 -0.5
 post_1_86_1 w_2_0_1 -0.5
 w_2_0_2 post_1_86_2 -0.5
 post_1_86_2 w_2_0_2 -0.5
 w_2_0_3 post_1_86_3 -0.5
 post_1_86_3 w_2_0_3 -0.5
 w_2_0_4 post_1_86_4 -0.5
 post_1_86_4 w_2_0_4 -0.5
 w_2_0_5 post_1_86_5 -0.5
 post_1_86_5 w_2_0_5 -0.5
 w_2_0_6 post_1_86_6 -0.5
 post_1_86_6 w_2_0_6 -0.5
 w_2_0_7 post_1_86_7 -0.5
 post_1_86_7 w_2_0_7 -0.5
QCMATRIX out_definition_86_1
 w_2_1_0 post_1_86_0 -0.5
 post_1_86_0 w_2_1_0 -0.5
 w_2_1_1 post_1_86_1 -0.5
 post_1_86_1 w_2_1_1 -0.5
 w_2_1_2 post_1_86_2 -0.5
 post_1_86_2 w_2_1_2 -0.5
 w_2_1_3 post_1_86_3 -0.5
 post_1_86_3 w_2_1_3 -0.5
 w_2_1_4 post_1_86_4 -0.5
 post_1_86_4 w_2_1_4 -0.5
 w_2_1_5 post_1_86_5 -0.5
 post_1_86_5 w_2_1_5 -0.5
 w_2_1_6 post_1_86_6 -0.5
 post_1_86_6 w_2_1_6 -0.5
 w_2_1_7 post_1_86_7 -0.5
 post_1_86_7 w_2_1_7 -0.5
QCMATRIX out_definition_87_0
 w_2_0_0 post_1_87_0 -0.5
 post_1_87_0 w_2_0_0 -0.5
 w_2_0_1 post_1_87_1 -0.5
 post_1_87_1 w_2_0_1 -0.5
 w_2_0_2 post_1_87_2 -0.5
 post_1_87_2 w_2_0_2 -0.5
 w_2_0_3 post_1_87_3 -0.5
 post_1_87_3 w_2_0_3 -0.5
 w_2_0_4 post_1_87_4 -0.5
 post_1_87_4 w_2_0_4 -0.5
 w_2_0_5 post_1_87_5 -0.5
 post_1_87_5 w_2_0_5 -0.5
 w_2_0_6 post_1_87_6 -0.5
 post_1_87_6 w_2_0_6 -0.5
 w_2_0_7 post_1_87_7 -0.5
 post_1_87_7 w_2_0_7 -0.5
QCMATRIX out_definition_87_1
 w_2_1_0 post_1_87_0 -0.5
 post_1_87_0 w_2_1_0 -0.5
 w_2_1_1 post_1_87_1 -0.5
 post_1_87_1 w_2_1_1 -0.5
 w_2_1_2 post_1_87_2 -0.5
 post_1_87_2 w_2_1_2 -0.5
 w_2_1_3 post_1_87_3 -0.5
 post_1_87_3 w_2_1_3 -0.5
 w_2_1_4 post_1_87_4 -0.5
 post_1_87_4 w_2_1_4 -0.5
 w_2_1_5 post_1_87_5 -0.5
 post_1_87_5 w_2_1_5 -0.5
 w_2_1_6 post_1_87_6 -0.5
 post_1_87_6 w_2_1_6 -0.5
 w_2_1_7 post_1_87_7 -0.5
 post_1_87_7 w_2_1_7 -0.5
QCMATRIX out_definition_88_0
 w_2_0_0 post_1_88_0 -0.5
 post_1_88_0 w_2_0_0 -0.5
 w_2_0_1 post_1_88_1 -0.5
 post_1_88_1 w_2_0_1 -0.5
 w_2_0_2 post_1_88_2 -0.5
 post_1_88_2 w_2_0_2 -0.5
 w_2_0_3 post_1_88_3 -0.5
 post_1_88_3 w_2_0_3 -0.5
 w_2_0_4 post_1_88_4 -0.5
 post_1_88_4 w_2_0_4 -0.5
 w_2_0_5 post_1_88_5 -0.5
 post_1_88_5 w_2_0_5 -0.5
 w_2_0_6 post_1_88_6 -0.5
 post_1_88_6 w_2_0_6 -0.5
 w_2_0_7 post_1_88_7 -0.5
 post_1_88_7 w_2_0_7 -0.5
QCMATRIX out_definition_88_1
 w_2_1_0 post_1_88_0 -0.5
 post_1_88_0 w_2_1_0 -0.5
 w_2_1_1 post_1_88_1 -0.5
 post_1_88_1 w_2_1_1 -0.5
 w_2_1_2 post_1_88_2 -0.5
 post_1_88_2 w_2_1_2 -0.5
 w_2_1_3 post_1_88_3 -0.5
 post_1_88_3 w_2_1_3 -0.5
 w_2_1_4 post_1_88_4 -0.5
 post_1_88_4 w_2_1_4 -0.5
 w_2_1_5 post_1_88_5 -0.5
 post_1_88_5 w_2_1_5 -0.5
 w_2_1_6 post_1_88_6 -0.5
 post_1_88_6 w_2_1_6 -0.5
 w_2_1_7 post_1_88_7 -0.5
 post_1_88_7 w_2_1_7 -0.5
QCMATRIX out_definition_89_0
 w_2_0_0 post_1_89_0 -0.5
 post_1_89_0 w_2_0_0 -0.5
 w_2_0_1 post_1_89_1 -0.5
 post_1_89_1 w_2_0_1 -0.5
 w_2_0_2 post_1_89_2 -0.5
 post_1_89_2 w_2_0_2 -0.5
 w_2_0_3 post_1_89_3 -0.5
 post_1_89_3 w_2_0_3 -0.5
 w_2_0_4 post_1_89_4 -0.5
 post_1_89_4 w_2_0_4 -0.5
 w_2_0_5 post_1_89_5 -0.5
 post_1_89_5 w_2_0_5 -0.5
 w_2_0_6 post_1_89_6 -0.5
 post_1_89_6 w_2_0_6 -0.5
 w_2_0_7 post_1_89_7 -0.5
 post_1_89_7 w_2_0_7 -0.5
QCMATRIX out_definition_89_1
 w_2_1_0 post_1_89_0 -0.5
 post_1_89_0 w_2_1_0 -0.5
 w_2_1_1 post_1_89_1 -0.5
 post_1_89_1 w_2_1_1 -0.5
 w_2_1_2 post_1_89_2 -0.5
 post_1_89_2 w_2_1_2 -0.5
 w_2_1_3 post_1_89_3 -0.5
 post_1_89_3 w_2_1_3 -0.5
 w_2_1_4 post_1_89_4 -0.5
 post_1_89_4 w_2_1_4 -0.5
 w_2_1_5 post_1_89_5 -0.5
 post_1_89_5 w_2_1_5 -0.5
 w_2_1_6 post_1_89_6 -0.5
 post_1_89_6 w_2_1_6 -0.5
 w_2_1_7 post_1_89_7 -0.5
 post_1_89_7 w_2_1_7 -0.5
QCMATRIX out_definition_90_0
 w_2_0_0 post_1_90_0 -0.5
 post_1_90_0 w_2_0_0 -0.5
 w_2_0_1 post_1_90_1 -0.5
 post_1_90_1 w_2_0_1 -0.5
 w_2_0_2 post_1_90_2 -0.5
 post_1_90_2 w_2_0_2 -0.5
 w_2_0_3 post_1_90_3 -0.5
 post_1_90_3 w_2_0_3 -0.5
 w_2_0_4 post_1_90_4 -0.5
 post_1_90_4 w_2_0_4 -0.5
 w_2_0_5 post_1_90_5 -0.5
 post_1_90_5 w_2_0_5 -0.5
 w_2_0_6 post_1_90_6 -0.5
 post_1_90_6 w_2_0_6 -0.5
 w_2_0_7 post_1_90_7 -0.5
 post_1_90_7 w_2_0_7 -0.5
QCMATRIX out_definition_90_1
 w_2_1_0 post_1_90_0 -0.5
 post_1_90_0 w_2_1_0 -0.5
 w_2_1_1 post_1_90_1 -0.5
 post_1_90_1 w_2_1_1 -0.5
 w_2_1_2 post_1_90_2 -0.5
 post_1_90_2 w_2_1_2 -0.5
 w_2_1_3 post_1_90_3 -0.5
 post_1_90_3 w_2_1_3 -0.5
 w_2_1_4 post_1_90_4 -0.5
 post_1_90_4 w_2_1_4 -0.5
 w_2_1_5 post_1_90_5 -0.5
 post_1_90_5 w_2_1_5 -0.5
 w_2_1_6 post_1_90_6 -0.5
 post_1_90_6 w_2_1_6 -0.5
 w_2_1_7 post_1_90_7 -0.5
 post_1_90_7 w_2_1_7 -0.5
QCMATRIX relu_1_0_0_complementary
 pre_1_0_0 post_1_0_0 -0.5
 post_1_0_0 pre_1_0_0 -0.5
 post_1_0_0 post_1_0_0 1
QCMATRIX relu_1_0_1_complementary
 pre_1_0_1 post_1_0_1 -0.5
 post_1_0_1 pre_1_0_1 -0.5
 post_1_0_1 post_1_0_1 1
QCMATRIX relu_1_0_2_complementary
 pre_1_0_2 post_1_0_2 -0.5
 post_1_0_2 pre_1_0_2 -0.5
 post_1_0_2 post_1_0_2 1
QCMATRIX relu_1_0_3_complementary
 pre_1_0_3 post_1_0_3 -0.5
 post_1_0_3 pre_1_0_3 -0.5
 post_1_0_3 post_1_0_3 1
QCMATRIX relu_1_0_4_complementary
 pre_1_0_4 post_1_0_4 -0.5
 post_1_0_4 pre_1_0_4 -0.5
 post_1_0_4 post_1_0_4 1
QCMATRIX relu_1_0_5_complementary
 pre_1_0_5 post_1_0_5 -0.5
 post_1_0_5 pre_1_0_5 -0.5
 post_1_0_5 post_1_0_5 1
QCMATRIX relu_1_0_6_complementary
 pre_1_0_6 post_1_0_6 -0.5
 post_1_0_6 pre_1_0_6 -0.5
 post_1_0_6 post_1_0_6 1
QCMATRIX relu_1_0_7_complementary
 pre_1_0_7 post_1_0_7 -0.5
 post_1_0_7 pre_1_0_7 -0.5
 post_1_0_7 post_1_0_7 1
QCMATRIX relu_1_1_0_complementary
 pre_1_1_0 post_1_1_0 -0.5
 post_1_1_0 pre_1_1_0 -0.5
 post_1_1_0 post_1_1_0 1
QCMATRIX relu_1_1_1_complementary
 pre_1_1_1 post_1_1_1 -0.5
 post_1_1_1 pre_1_1_1 -0.5
 post_1_1_1 post_1_1_1 1
QCMATRIX relu_1_1_2_complementary
 pre_1_1_2 post_1_1_2 -0.5
 post_1_1_2 pre_1_1_2 -0.5
 post_1_1_2 post_1_1_2 1
QCMATRIX relu_1_1_3_complementary
 pre_1_1_3 post_1_1_3 -0.5
 post_1_1_3 pre_1_1_3 -0.5
 post_1_1_3 post_1_1_3 1
QCMATRIX relu_1_1_4_complementary
 pre_1_1_4 post_1_1_4 -0.5
 post_1_1_4 pre_1_1_4 -0.5
 post_1_1_4 post_1_1_4 1
QCMATRIX relu_1_1_5_complementary
 pre_1_1_5 post_1_1_5 -0.5
 post_1_1_5 pre_1_1_5 -0.5
 post_1_1_5 post_1_1_5 1
QCMATRIX relu_1_1_6_complementary
 pre_1_1_6 post_1_1_6 -0.5
 post_1_1_6 pre_1_1_6 -0.5
 post_1_1_6 post_1_1_6 1
QCMATRIX relu_1_1_7_complementary
 pre_1_1_7 post_1_1_7 -0.5
 post_1_1_7 pre_1_1_7 -0.5
 post_1_1_7 post_1_1_7 1
QCMATRIX relu_1_2_0_complementary
 pre_1_2_0 post_1_2_0 -0.5
 post_1_2_0 pre_1_2_0 -0.5
 post_1_2_0 post_1_2_0 1
QCMATRIX relu_1_2_1_complementary
 pre_1_2_1 post_1_2_1 -0.5
 post_1_2_1 pre_1_2_1 -0.5
 post_1_2_1 post_1_2_1 1
QCMATRIX relu_1_2_2_complementary
 pre_1_2_2 post_1_2_2 -0.5
 post_1_2_2 pre_1_2_2 -0.5
 post_1_2_2 post_1_2_2 1
QCMATRIX relu_1_2_3_complementary
 pre_1_2_3 post_1_2_3 -0.5
 post_1_2_3 pre_1_2_3 -0.5
 post_1_2_3 post_1_2_3 1
QCMATRIX relu_1_2_4_complementary
 pre_1_2_4 post_1_2_4 -0.5
 post_1_2_4 pre_1_2_4 -0.5
 post_1_2_4 post_1_2_4 1
QCMATRIX relu_1_2_5_complementary
 pre_1_2_5 post_1_2_5 -0.5
 post_1_2_5 pre_1_2_5 -0.5
 post_1_2_5 post_1_2_5 1
QCMATRIX relu_1_2_6_complementary
 pre_1_2_6 post_1_2_6 -0.5
 post_1_2_6 pre_1_2_6 -0.5
 post_1_2_6 post_1_2_6 1
QCMATRIX relu_1_2_7_complementary
 pre_1_2_7 post_1_2_7 -0.5
 post_1_2_7 pre_1_2_7 -0.5
 post_1_2_7 post_1_2_7 1
QCMATRIX relu_1_3_0_complementary
 pre_1_3_0 post_1_3_0 -0.5
 post_1_3_0 pre_1_3_0 -0.5
 post_1_3_0 post_1_3_0 1
QCMATRIX relu_1_3_1_complementary
 pre_1_3_1 post_1_3_1 -0.5
 post_1_3_1 pre_1_3_1 -0.5
 post_1_3_1 post_1_3_1 1
QCMATRIX relu_1_3_2_complementary
 pre_1_3_2 post_1_3_2 -0.5
 post_1_3_2 pre_1_3_2 -0.5
 post_1_3_2 post_1_3_2 1
QCMATRIX relu_1_3_3_complementary
 pre_1_3_3 post_1_3_3 -0.5
 post_1_3_3 pre_1_3_3 -0.5
 post_1_3_3 post_1_3_3 1
QCMATRIX relu_1_3_4_complementary
 pre_1_3_4 post_1_3_4 -0.5
 post_1_3_4 pre_1_3_4 -0.5
 post_1_3_4 post_1_3_4 1
QCMATRIX relu_1_3_5_complementary
 pre_1_3_5 post_1_3_5 -0.5
 post_1_3_5 pre_1_3_5 -0.5
 post_1_3_5 post_1_3_5 1
QCMATRIX relu_1_3_6_complementary
 pre_1_3_6 post_1_3_6 -0.5
 post_1_3_6 pre_1_3_6 -0.5
 post_1_3_6 post_1_3_6 1
QCMATRIX relu_1_3_7_complementary
 pre_1_3_7 post_1_3_7 -0.5
 post_1_3_7 pre_1_3_7 -0.5
 post_1_3_7 post_1_3_7 1
QCMATRIX relu_1_4_0_complementary
 pre_1_4_0 post_1_4_0 -0.5
 post_1_4_0 pre_1_4_0 -0.5
 post_1_4_0 post_1_4_0 1
QCMATRIX relu_1_4_1_complementary
 pre_1_4_1 post_1_4_1 -0.5
 post_1_4_1 pre_1_4_1 -0.5
 post_1_4_1 post_1_4_1 1
QCMATRIX relu_1_4_2_complementary
 pre_1_4_2 post_1_4_2 -0.5
 post_1_4_2 pre_1_4_2 -0.5
 post_1_4_2 post_1_4_2 1
QCMATRIX relu_1_4_3_complementary
 pre_1_4_3 post_1_4_3 -0.5
 post_1_4_3 pre_1_4_3 -0.5
 post_1_4_3 post_1_4_3 1
QCMATRIX relu_1_4_4_complementary
 pre_1_4_4 post_1_4_4 -0.5
 post_1_4_4 pre_1_4_4 -0.5
 post_1_4_4 post_1_4_4 1
QCMATRIX relu_1_4_5_complementary
 pre_1_4_5 post_1_4_5 -0.5
 post_1_4_5 pre_1_4_5 -0.5
 post_1_4_5 post_1_4_5 1
QCMATRIX relu_1_4_6_complementary
 pre_1_4_6 post_1_4_6 -0.5
 post_1_4_6 pre_1_4_6 -0.5
 post_1_4_6 post_1_4_6 1
QCMATRIX relu_1_4_7_complementary
 pre_1_4_7 post_1_4_7 -0.5
 post_1_4_7 pre_1_4_7 -0.5
 post_1_4_7 post_1_4_7 1
QCMATRIX relu_1_5_0_complementary
 pre_1_5_0 post_1_5_0 -0.5
 post_1_5_0 pre_1_5_0 -0.5
 post_1_5_0 post_1_5_0 1
QCMATRIX relu_1_5_1_complementary
 pre_1_5_1 post_1_5_1 -0.5
 post_1_5_1 pre_1_5_1 -0.5
 post_1_5_1 post_1_5_1 1
QCMATRIX relu_1_5_2_complementary
 pre_1_5_2 post_1_5_2 -0.5
 post_1_5_2 pre_1_5_2 -0.5
 post_1_5_2 post_1_5_2 1
QCMATRIX relu_1_5_3_complementary
 pre_1_5_3 post_1_5_3 -0.5
 post_1_5_3 pre_1_5_3 -0.5
 post_1_5_3 post_1_5_3 1
QCMATRIX relu_1_5_4_complementary
 pre_1_5_4 post_1_5_4 -0.5
 post_1_5_4 pre_1_5_4 -0.5
 post_1_5_4 post_1_5_4 1
QCMATRIX relu_1_5_5_complementary
 pre_1_5_5 post_1_5_5 -0.5
 post_1_5_5 pre_1_5_5 -0.5
 post_1_5_5 post_1_5_5 1
QCMATRIX relu_1_5_6_complementary
 pre_1_5_6 post_1_5_6 -0.5
 post_1_5_6 pre_1_5_6 -0.5
 post_1_5_6 post_1_5_6 1
QCMATRIX relu_1_5_7_complementary
 pre_1_5_7 post_1_5_7 -0.5
 post_1_5_7 pre_1_5_7 -0.5
 post_1_5_7 post_1_5_7 1
QCMATRIX relu_1_6_0_complementary
 pre_1_6_0 post_1_6_0 -0.5
 post_1_6_0 pre_1_6_0 -0.5
 post_1_6_0 post_1_6_0 1
QCMATRIX relu_1_6_1_complementary
 pre_1_6_1 post_1_6_1 -0.5
 post_1_6_1 pre_1_6_1 -0.5
 post_1_6_1 post_1_6_1 1
QCMATRIX relu_1_6_2_complementary
 pre_1_6_2 post_1_6_2 -0.5
 post_1_6_2 pre_1_6_2 -0.5
 post_1_6_2 post_1_6_2 1
QCMATRIX relu_1_6_3_complementary
 pre_1_6_3 post_1_6_3 -0.5
 post_1_6_3 pre_1_6_3 -0.5
 post_1_6_3 post_1_6_3 1
QCMATRIX relu_1_6_4_complementary
 pre_1_6_4 post_1_6_4 -0.5
 post_1_6_4 pre_1_6_4 -0.5
 post_1_6_4 post_1_6_4 1
QCMATRIX relu_1_6_5_complementary
 pre_1_6_5 post_1_6_5 -0.5
 post_1_6_5 pre_1_6_5 -0.5
 post_1_6_5 post_1_6_5 1
QCMATRIX relu_1_6_6_complementary
 pre_1_6_6 post_1_6_6 -0.5
 post_1_6_6 pre_1_6_6 -0.5
 post_1_6_6 post_1_6_6 1
QCMATRIX relu_1_6_7_complementary
 pre_1_6_7 post_1_6_7 -0.5
 post_1_6_7 pre_1_6_7 -0.5
 post_1_6_7 post_1_6_7 1
QCMATRIX relu_1_7_0_complementary
 pre_1_7_0 post_1_7_0 -0.5
 post_1_7_0 pre_1_7_0 -0.5
 post_1_7_0 post_1_7_0 1
QCMATRIX relu_1_7_1_complementary
 pre_1_7_1 post_1_7_1 -0.5
 post_1_7_1 pre_1_7_1 -0.5
 post_1_7_1 post_1_7_1 1
QCMATRIX relu_1_7_2_complementary
 pre_1_7_2 post_1_7_2 -0.5
 post_1_7_2 pre_1_7_2 -0.5
 post_1_7_2 post_1_7_2 1
QCMATRIX relu_1_7_3_complementary
 pre_1_7_3 post_1_7_3 -0.5
 post_1_7_3 pre_1_7_3 -0.5
 post_1_7_3 post_1_7_3 1
QCMATRIX relu_1_7_4_complementary
 pre_1_7_4 post_1_7_4 -0.5
 post_1_7_4 pre_1_7_4 -0.5
 post_1_7_4 post_1_7_4 1
QCMATRIX relu_1_7_5_complementary
 pre_1_7_5 post_1_7_5 -0.5
 post_1_7_5 pre_1_7_5 -0.5
 post_1_7_5 post_1_7_5 1
QCMATRIX relu_1_7_6_complementary
 pre_1_7_6 post_1_7_6 -0.5
 post_1_7_6 pre_1_7_6 -0.5
 post_1_7_6 post_1_7_6 1
QCMATRIX relu_1_7_7_complementary
 pre_1_7_7 post_1_7_7 -0.5
 post_1_7_7 pre_1_7_7 -0.5
 post_1_7_7 post_1_7_7 1
QCMATRIX relu_1_8_0_complementary
 pre_1_8_0 post_1_8_0 -0.5
 post_1_8_0 pre_1_8_0 -0.5
 post_1_8_0 post_1_8_0 1
QCMATRIX relu_1_8_1_complementary
 pre_1_8_1 post_1_8_1 -0.5
 post_1_8_1 pre_1_8_1 -0.5
 post_1_8_1 post_1_8_1 1
QCMATRIX relu_1_8_2_complementary
 pre_1_8_2 post_1_8_2 -0.5
 post_1_8_2 pre_1_8_2 -0.5
 post_1_8_2 post_1_8_2 1
QCMATRIX relu_1_8_3_complementary
 pre_1_8_3 post_1_8_3 -0.5
 post_1_8_3 pre_1_8_3 -0.5
 post_1_8_3 post_1_8_3 1
QCMATRIX relu_1_8_4_complementary
 pre_1_8_4 post_1_8_4 -0.5
 post_1_8_4 pre_1_8_4 -0.5
 post_1_8_4 post_1_8_4 1
QCMATRIX relu_1_8_5_complementary
 pre_1_8_5 post_1_8_5 -0.5
 post_1_8_5 pre_1_8_5 -0.5
 post_1_8_5 post_1_8_5 1
QCMATRIX relu_1_8_6_complementary
 pre_1_8_6 post_1_8_6 -0.5
 post_1_8_6 pre_1_8_6 -0.5
 post_1_8_6 post_1_8_6 1
QCMATRIX relu_1_8_7_complementary
 pre_1_8_7 post_1_8_7 -0.5
 post_1_8_7 pre_1_8_7 -0.5
 post_1_8_7 post_1_8_7 1
QCMATRIX relu_1_9_0_complementary
 pre_1_9_0 post_1_9_0 -0.5
 post_1_9_0 pre_1_9_0 -0.5
 post_1_9_0 post_1_9_0 1
QCMATRIX relu_1_9_1_complementary
 pre_1_9_1 post_1_9_1 -0.5
 post_1_9_1 pre_1_9_1 -0.5
 post_1_9_1 post_1_9_1 1
QCMATRIX relu_1_9_2_complementary
 pre_1_9_2 post_1_9_2 -0.5
 post_1_9_2 pre_1_9_2 -0.5
 post_1_9_2 post_1_9_2 1
QCMATRIX relu_1_9_3_complementary
 pre_1_9_3 post_1_9_3 -0.5
 post_1_9_3 pre_1_9_3 -0.5
 post_1_9_3 post_1_9_3 1
QCMATRIX relu_1_9_4_complementary
 pre_1_9_4 post_1_9_4 -0.5
 post_1_9_4 pre_1_9_4 -0.5
 post_1_9_4 post_1_9_4 1
QCMATRIX relu_1_9_5_complementary
 pre_1_9_5 post_1_9_5 -0.5
 post_1_9_5 pre_1_9_5 -0.5
 post_1_9_5 post_1_9_5 1
QCMATRIX relu_1_9_6_complementary
 pre_1_9_6 post_1_9_6 -0.5
 post_1_9_6 pre_1_9_6 -0.5
 post_1_9_6 post_1_9_6 1
QCMATRIX relu_1_9_7_complementary
 pre_1_9_7 post_1_9_7 -0.5
 post_1_9_7 pre_1_9_7 -0.5
 post_1_9_7 post_1_9_7 1
QCMATRIX relu_1_10_0_complementary
 pre_1_10_0 post_1_10_0 -0.5
 post_1_10_0 pre_1_10_0 -0.5
 post_1_10_0 post_1_10_0 1
QCMATRIX relu_1_10_1_complementary
 pre_1_10_1 post_1_10_1 -0.5
 post_1_10_1 pre_1_10_1 -0.5
 post_1_10_1 post_1_10_1 1
QCMATRIX relu_1_10_2_complementary
 pre_1_10_2 post_1_10_2 -0.5
 post_1_10_2 pre_1_10_2 -0.5
 post_1_10_2 post_1_10_2 1
QCMATRIX relu_1_10_3_complementary
 pre_1_10_3 post_1_10_3 -0.5
 post_1_10_3 pre_1_10_3 -0.5
 post_1_10_3 post_1_10_3 1
QCMATRIX relu_1_10_4_complementary
 pre_1_10_4 post_1_10_4 -0.5
 post_1_10_4 pre_1_10_4 -0.5
 post_1_10_4 post_1_10_4 1
QCMATRIX relu_1_10_5_complementary
 pre_1_10_5 post_1_10_5 -0.5
 post_1_10_5 pre_1_10_5 -0.5
 post_1_10_5 post_1_10_5 1
QCMATRIX relu_1_10_6_complementary
 pre_1_10_6 post_1_10_6 -0.5
 post_1_10_6 pre_1_10_6 -0.5
 post_1_10_6 post_1_10_6 1
QCMATRIX relu_1_10_7_complementary
 pre_1_10_7 post_1_10_7 -0.5
 post_1_10_7 pre_1_10_7 -0.5
 post_1_10_7 post_1_10_7 1
QCMATRIX relu_1_11_0_complementary
 pre_1_11_0 post_1_11_0 -0.5
 post_1_11_0 pre_1_11_0 -0.5
 post_1_11_0 post_1_11_0 1
QCMATRIX relu_1_11_1_complementary
 pre_1_11_1 post_1_11_1 -0.5
 post_1_11_1 pre_1_11_1 -0.5
 post_1_11_1 post_1_11_1 1
QCMATRIX relu_1_11_2_complementary
 pre_1_11_2 post_1_11_2 -0.5
 post_1_11_2 pre_1_11_2 -0.5
 post_1_11_2 post_1_11_2 1
QCMATRIX relu_1_11_3_complementary
 pre_1_11_3 post_1_11_3 -0.5
 post_1_11_3 pre_1_11_3 -0.5
 post_1_11_3 post_1_11_3 1
QCMATRIX relu_1_11_4_complementary
 pre_1_11_4 post_1_11_4 -0.5
 post_1_11_4 pre_1_11_4 -0.5
 post_1_11_4 post_1_11_4 1
QCMATRIX relu_1_11_5_complementary
 pre_1_11_5 post_1_11_5 -0.5
 post_1_11_5 pre_1_11_5 -0.5
 post_1_11_5 post_1_11_5 1
QCMATRIX relu_1_11_6_complementary
 pre_1_11_6 post_1_11_6 -0.5
 post_1_11_6 pre_1_11_6 -0.5
 post_1_11_6 post_1_11_6 1
QCMATRIX relu_1_11_7_complementary
 pre_1_11_7 post_1_11_7 -0.5
 post_1_11_7 pre_1_11_7 -0.5
 post_1_11_7 post_1_11_7 1
QCMATRIX relu_1_12_0_complementary
 pre_1_12_0 post_1_12_0 -0.5
 post_1_12_0 pre_1_12_0 -0.5
 post_1_12_0 post_1_12_0 1
QCMATRIX relu_1_12_1_complementary
 pre_1_12_1 post_1_12_1 -0.5
 post_1_12_1 pre_1_12_1 -0.5
 post_1_12_1 post_1_12_1 1
QCMATRIX relu_1_12_2_complementary
 pre_1_12_2 post_1_12_2 -0.5
 post_1_12_2 pre_1_12_2 -0.5
 post_1_12_2 post_1_12_2 1
QCMATRIX relu_1_12_3_complementary
 pre_1_12_3 post_1_12_3 -0.5
 post_1_12_3 pre_1_12_3 -0.5
 post_1_12_3 post_1_12_3 1
QCMATRIX relu_1_12_4_complementary
 pre_1_12_4 post_1_12_4 -0.5
 post_1_12_4 pre_1_12_4 -0.5
 post_1_12_4 post_1_12_4 1
QCMATRIX relu_1_12_5_complementary
 pre_1_12_5 post_1_12_5 -0.5
 post_1_12_5 pre_1_12_5 -0.5
 post_1_12_5 post_1_12_5 1
QCMATRIX relu_1_12_6_complementary
 pre_1_12_6 post_1_12_6 -0.5
 post_1_12_6 pre_1_12_6 -0.5
 post_1_12_6 post_1_12_6 1
QCMATRIX relu_1_12_7_complementary
 pre_1_12_7 post_1_12_7 -0.5
 post_1_12_7 pre_1_12_7 -0.5
 post_1_12_7 post_1_12_7 1
QCMATRIX relu_1_13_0_complementary
 pre_1_13_0 post_1_13_0 -0.5
 post_1_13_0 pre_1_13_0 -0.5
 post_1_13_0 post_1_13_0 1
QCMATRIX relu_1_13_1_complementary
 pre_1_13_1 post_1_13_1 -0.5
 post_1_13_1 pre_1_13_1 -0.5
 post_1_13_1 post_1_13_1 1
QCMATRIX relu_1_13_2_complementary
 pre_1_13_2 post_1_13_2 -0.5
 post_1_13_2 pre_1_13_2 -0.5
 post_1_13_2 post_1_13_2 1
QCMATRIX relu_1_13_3_complementary
 pre_1_13_3 post_1_13_3 -0.5
 post_1_13_3 pre_1_13_3 -0.5
 post_1_13_3 post_1_13_3 1
QCMATRIX relu_1_13_4_complementary
 pre_1_13_4 post_1_13_4 -0.5
 post_1_13_4 pre_1_13_4 -0.5
 post_1_13_4 post_1_13_4 1
QCMATRIX relu_1_13_5_complementary
 pre_1_13_5 post_1_13_5 -0.5
 post_1_13_5 pre_1_13_5 -0.5
 post_1_13_5 post_1_13_5 1
QCMATRIX relu_1_13_6_complementary
 pre_1_13_6 post_1_13_6 -0.5
 post_1_13_6 pre_1_13_6 -0.5
 post_1_13_6 post_1_13_6 1
QCMATRIX relu_1_13_7_complementary
 pre_1_13_7 post_1_13_7 -0.5
 post_1_13_7 pre_1_13_7 -0.5
 post_1_13_7 post_1_13_7 1
QCMATRIX relu_1_14_0_complementary
 pre_1_14_0 post_1_14_0 -0.5
 post_1_14_0 pre_1_14_0 -0.5
 post_1_14_0 post_1_14_0 1
QCMATRIX relu_1_14_1_complementary
 pre_1_14_1 post_1_14_1 -0.5
 post_1_14_1 pre_1_14_1 -0.5
 post_1_14_1 post_1_14_1 1
QCMATRIX relu_1_14_2_complementary
 pre_1_14_2 post_1_14_2 -0.5
 post_1_14_2 pre_1_14_2 -0.5
 post_1_14_2 post_1_14_2 1
QCMATRIX relu_1_14_3_complementary
 pre_1_14_3 post_1_14_3 -0.5
 post_1_14_3 pre_1_14_3 -0.5
 post_1_14_3 post_1_14_3 1
QCMATRIX relu_1_14_4_complementary
 pre_1_14_4 post_1_14_4 -0.5
 post_1_14_4 pre_1_14_4 -0.5
 post_1_14_4 post_1_14_4 1
QCMATRIX relu_1_14_5_complementary
 pre_1_14_5 post_1_14_5 -0.5
 post_1_14_5 pre_1_14_5 -0.5
 post_1_14_5 post_1_14_5 1
QCMATRIX relu_1_14_6_complementary
 pre_1_14_6 post_1_14_6 -0.5
 post_1_14_6 pre_1_14_6 -0.5
 post_1_14_6 post_1_14_6 1
QCMATRIX relu_1_14_7_complementary
 pre_1_14_7 post_1_14_7 -0.5
 post_1_14_7 pre_1_14_7 -0.5
 post_1_14_7 post_1_14_7 1
QCMATRIX relu_1_15_0_complementary
 pre_1_15_0 post_1_15_0 -0.5
 post_1_15_0 pre_1_15_0 -0.5
 post_1_15_0 post_1_15_0 1
QCMATRIX relu_1_15_1_complementary
 pre_1_15_1 post_1_15_1 -0.5
 post_1_15_1 pre_1_15_1 -0.5
 post_1_15_1 post_1_15_1 1
QCMATRIX relu_1_15_2_complementary
 pre_1_15_2 post_1_15_2 -0.5
 post_1_15_2 pre_1_15_2 -0.5
 post_1_15_2 post_1_15_2 1
QCMATRIX relu_1_15_3_complementary
 pre_1_15_3 post_1_15_3 -0.5
 post_1_15_3 pre_1_15_3 -0.5
 post_1_15_3 post_1_15_3 1
QCMATRIX relu_1_15_4_complementary
 pre_1_15_4 post_1_15_4 -0.5
 post_1_15_4 pre_1_15_4 -0.5
 post_1_15_4 post_1_15_4 1
QCMATRIX relu_1_15_5_complementary
 pre_1_15_5 post_1_15_5 -0.5
 post_1_15_5 pre_1_15_5 -0.5
 post_1_15_5 post_1_15_5 1
QCMATRIX relu_1_15_6_complementary
 pre_1_15_6 post_1_15_6 -0.5
 post_1_15_6 pre_1_15_6 -0.5
 post_1_15_6 post_1_15_6 1
QCMATRIX relu_1_15_7_complementary
 pre_1_15_7 post_1_15_7 -0.5
 post_1_15_7 pre_1_15_7 -0.5
 post_1_15_7 post_1_15_7 1
QCMATRIX relu_1_16_0_complementary
 pre_1_16_0 post_1_16_0 -0.5
 post_1_16_0 pre_1_16_0 -0.5
 post_1_16_0 post_1_16_0 1
QCMATRIX relu_1_16_1_complementary
 pre_1_16_1 post_1_16_1 -0.5
 post_1_16_1 pre_1_16_1 -0.5
 post_1_16_1 post_1_16_1 1
QCMATRIX relu_1_16_2_complementary
 pre_1_16_2 post_1_16_2 -0.5
 post_1_16_2 pre_1_16_2 -0.5
 post_1_16_2 post_1_16_2 1
QCMATRIX relu_1_16_3_complementary
 pre_1_16_3 post_1_16_3 -0.5
 post_1_16_3 pre_1_16_3 -0.5
 post_1_16_3 post_1_16_3 1
QCMATRIX relu_1_16_4_complementary
 pre_1_16_4 post_1_16_4 -0.5
 post_1_16_4 pre_1_16_4 -0.5
 post_1_16_4 post_1_16_4 1
QCMATRIX relu_1_16_5_complementary
 pre_1_16_5 post_1_16_5 -0.5
 post_1_16_5 pre_1_16_5 -0.5
 post_1_16_5 post_1_16_5 1
QCMATRIX relu_1_16_6_complementary
 pre_1_16_6 post_1_16_6 -0.5
 post_1_16_6 pre_1_16_6 -0.5
 post_1_16_6 post_1_16_6 1
QCMATRIX relu_1_16_7_complementary
 pre_1_16_7 post_1_16_7 -0.5
 post_1_16_7 pre_1_16_7 -0.5
 post_1_16_7 post_1_16_7 1
QCMATRIX relu_1_17_0_complementary
 pre_1_17_0 post_1_17_0 -0.5
 post_1_17_0 pre_1_17_0 -0.5
 post_1_17_0 post_1_17_0 1
QCMATRIX relu_1_17_1_complementary
 pre_1_17_1 post_1_17_1 -0.5
 post_1_17_1 pre_1_17_1 -0.5
 post_1_17_1 post_1_17_1 1
QCMATRIX relu_1_17_2_complementary
 pre_1_17_2 post_1_17_2 -0.5
 post_1_17_2 pre_1_17_2 -0.5
 post_1_17_2 post_1_17_2 1
QCMATRIX relu_1_17_3_complementary
 pre_1_17_3 post_1_17_3 -0.5
 post_1_17_3 pre_1_17_3 -0.5
 post_1_17_3 post_1_17_3 1
QCMATRIX relu_1_17_4_complementary
 pre_1_17_4 post_1_17_4 -0.5
 post_1_17_4 pre_1_17_4 -0.5
 post_1_17_4 post_1_17_4 1
QCMATRIX relu_1_17_5_complementary
 pre_1_17_5 post_1_17_5 -0.5
 post_1_17_5 pre_1_17_5 -0.5
 post_1_17_5 post_1_17_5 1
QCMATRIX relu_1_17_6_complementary
 pre_1_17_6 post_1_17_6 -0.5
 post_1_17_6 pre_1_17_6 -0.5
 post_1_17_6 post_1_17_6 1
QCMATRIX relu_1_17_7_complementary
 pre_1_17_7 post_1_17_7 -0.5
 post_1_17_7 pre_1_17_7 -0.5
 post_1_17_7 post_1_17_7 1
QCMATRIX relu_1_18_0_complementary
 pre_1_18_0 post_1_18_0 -0.5
 post_1_18_0 pre_1_18_0 -0.5
 post_1_18_0 post_1_18_0 1
QCMATRIX relu_1_18_1_complementary
 pre_1_18_1 post_1_18_1 -0.5
 post_1_18_1 pre_1_18_1 -0.5
 post_1_18_1 post_1_18_1 1
QCMATRIX relu_1_18_2_complementary
 pre_1_18_2 post_1_18_2 -0.5
 post_1_18_2 pre_1_18_2 -0.5
 post_1_18_2 post_1_18_2 1
QCMATRIX relu_1_18_3_complementary
 pre_1_18_3 post_1_18_3 -0.5
 post_1_18_3 pre_1_18_3 -0.5
 post_1_18_3 post_1_18_3 1
QCMATRIX relu_1_18_4_complementary
 pre_1_18_4 post_1_18_4 -0.5
 post_1_18_4 pre_1_18_4 -0.5
 post_1_18_4 post_1_18_4 1
QCMATRIX relu_1_18_5_complementary
 pre_1_18_5 post_1_18_5 -0.5
 post_1_18_5 pre_1_18_5 -0.5
 post_1_18_5 post_1_18_5 1
QCMATRIX relu_1_18_6_complementary
 pre_1_18_6 post_1_18_6 -0.5
 post_1_18_6 pre_1_18_6 -0.5
 post_1_18_6 post_1_18_6 1
QCMATRIX relu_1_18_7_complementary
 pre_1_18_7 post_1_18_7 -0.5
 post_1_18_7 pre_1_18_7 -0.5
 post_1_18_7 post_1_18_7 1
QCMATRIX relu_1_19_0_complementary
 pre_1_19_0 post_1_19_0 -0.5
 post_1_19_0 pre_1_19_0 -0.5
 post_1_19_0 post_1_19_0 1
QCMATRIX relu_1_19_1_complementary
 pre_1_19_1 post_1_19_1 -0.5
 post_1_19_1 pre_1_19_1 -0.5
 post_1_19_1 post_1_19_1 1
QCMATRIX relu_1_19_2_complementary
 pre_1_19_2 post_1_19_2 -0.5
 post_1_19_2 pre_1_19_2 -0.5
 post_1_19_2 post_1_19_2 1
QCMATRIX relu_1_19_3_complementary
 pre_1_19_3 post_1_19_3 -0.5
 post_1_19_3 pre_1_19_3 -0.5
 post_1_19_3 post_1_19_3 1
QCMATRIX relu_1_19_4_complementary
 pre_1_19_4 post_1_19_4 -0.5
 post_1_19_4 pre_1_19_4 -0.5
 post_1_19_4 post_1_19_4 1
QCMATRIX relu_1_19_5_complementary
 pre_1_19_5 post_1_19_5 -0.5
 post_1_19_5 pre_1_19_5 -0.5
 post_1_19_5 post_1_19_5 1
QCMATRIX relu_1_19_6_complementary
 pre_1_19_6 post_1_19_6 -0.5
 post_1_19_6 pre_1_19_6 -0.5
 post_1_19_6 post_1_19_6 1
QCMATRIX relu_1_19_7_complementary
 pre_1_19_7 post_1_19_7 -0.5
 post_1_19_7 pre_1_19_7 -0.5
 post_1_19_7 post_1_19_7 1
QCMATRIX relu_1_20_0_complementary
 pre_1_20_0 post_1_20_0 -0.5
 post_1_20_0 pre_1_20_0 -0.5
 post_1_20_0 post_1_20_0 1
QCMATRIX relu_1_20_1_complementary
 pre_1_20_1 post_1_20_1 -0.5
 post_1_20_1 pre_1_20_1 -0.5
 post_1_20_1 post_1_20_1 1
QCMATRIX relu_1_20_2_complementary
 pre_1_20_2 post_1_20_2 -0.5
 post_1_20_2 pre_1_20_2 -0.5
 post_1_20_2 post_1_20_2 1
QCMATRIX relu_1_20_3_complementary
 pre_1_20_3 post_1_20_3 -0.5
 post_1_20_3 pre_1_20_3 -0.5
 post_1_20_3 post_1_20_3 1
QCMATRIX relu_1_20_4_complementary
 pre_1_20_4 post_1_20_4 -0.5
 post_1_20_4 pre_1_20_4 -0.5
 post_1_20_4 post_1_20_4 1
QCMATRIX relu_1_20_5_complementary
 pre_1_20_5 post_1_20_5 -0.5
 post_1_20_5 pre_1_20_5 -0.5
 post_1_20_5 post_1_20_5 1
QCMATRIX relu_1_20_6_complementary
 pre_1_20_6 post_1_20_6 -0.5
 post_1_20_6 pre_1_20_6 -0.5
 post_1_20_6 post_1_20_6 1
QCMATRIX relu_1_20_7_complementary
 pre_1_20_7 post_1_20_7 -0.5
 post_1_20_7 pre_1_20_7 -0.5
 post_1_20_7 post_1_20_7 1
QCMATRIX relu_1_21_0_complementary
 pre_1_21_0 post_1_21_0 -0.5
 post_1_21_0 pre_1_21_0 -0.5
 post_1_21_0 post_1_21_0 1
QCMATRIX relu_1_21_1_complementary
 pre_1_21_1 post_1_21_1 -0.5
 post_1_21_1 pre_1_21_1 -0.5
 post_1_21_1 post_1_21_1 1
QCMATRIX relu_1_21_2_complementary
 pre_1_21_2 post_1_21_2 -0.5
 post_1_21_2 pre_1_21_2 -0.5
 post_1_21_2 post_1_21_2 1
QCMATRIX relu_1_21_3_complementary
 pre_1_21_3 post_1_21_3 -0.5
 post_1_21_3 pre_1_21_3 -0.5
 post_1_21_3 post_1_21_3 1
QCMATRIX relu_1_21_4_complementary
 pre_1_21_4 post_1_21_4 -0.5
 post_1_21_4 pre_1_21_4 -0.5
 post_1_21_4 post_1_21_4 1
QCMATRIX relu_1_21_5_complementary
 pre_1_21_5 post_1_21_5 -0.5
 post_1_21_5 pre_1_21_5 -0.5
 post_1_21_5 post_1_21_5 1
QCMATRIX relu_1_21_6_complementary
 pre_1_21_6 post_1_21_6 -0.5
 post_1_21_6 pre_1_21_6 -0.5
 post_1_21_6 post_1_21_6 1
QCMATRIX relu_1_21_7_complementary
 pre_1_21_7 post_1_21_7 -0.5
 post_1_21_7 pre_1_21_7 -0.5
 post_1_21_7 post_1_21_7 1
QCMATRIX relu_1_22_0_complementary
 pre_1_22_0 post_1_22_0 -0.5
 post_1_22_0 pre_1_22_0 -0.5
 post_1_22_0 post_1_22_0 1
QCMATRIX relu_1_22_1_complementary
 pre_1_22_1 post_1_22_1 -0.5
 post_1_22_1 pre_1_22_1 -0.5
 post_1_22_1 post_1_22_1 1
QCMATRIX relu_1_22_2_complementary
 pre_1_22_2 post_1_22_2 -0.5
 post_1_22_2 pre_1_22_2 -0.5
 post_1_22_2 post_1_22_2 1
QCMATRIX relu_1_22_3_complementary
 pre_1_22_3 post_1_22_3 -0.5
 post_1_22_3 pre_1_22_3 -0.5
 post_1_22_3 post_1_22_3 1
QCMATRIX relu_1_22_4_complementary
 pre_1_22_4 post_1_22_4 -0.5
 post_1_22_4 pre_1_22_4 -0.5
 post_1_22_4 post_1_22_4 1
QCMATRIX relu_1_22_5_complementary
 pre_1_22_5 post_1_22_5 -0.5
 post_1_22_5 pre_1_22_5 -0.5
 post_1_22_5 post_1_22_5 1
QCMATRIX relu_1_22_6_complementary
 pre_1_22_6 post_1_22_6 -0.5
 post_1_22_6 pre_1_22_6 -0.5
 post_1_22_6 post_1_22_6 1
QCMATRIX relu_1_22_7_complementary
 pre_1_22_7 post_1_22_7 -0.5
 post_1_22_7 pre_1_22_7 -0.5
 post_1_22_7 post_1_22_7 1
QCMATRIX relu_1_23_0_complementary
 pre_1_23_0 post_1_23_0 -0.5
 post_1_23_0 pre_1_23_0 -0.5
 post_1_23_0 post_1_23_0 1
QCMATRIX relu_1_23_1_complementary
 pre_1_23_1 post_1_23_1 -0.5
 post_1_23_1 pre_1_23_1 -0.5
 post_1_23_1 post_1_23_1 1
QCMATRIX relu_1_23_2_complementary
 pre_1_23_2 post_1_23_2 -0.5
 post_1_23_2 pre_1_23_2 -0.5
 post_1_23_2 post_1_23_2 1
QCMATRIX relu_1_23_3_complementary
 pre_1_23_3 post_1_23_3 -0.5
 post_1_23_3 pre_1_23_3 -0.5
 post_1_23_3 post_1_23_3 1
QCMATRIX relu_1_23_4_complementary
 pre_1_23_4 post_1_23_4 -0.5
 post_1_23_4 pre_1_23_4 -0.5
 post_1_23_4 post_1_23_4 1
QCMATRIX relu_1_23_5_complementary
 pre_1_23_5 post_1_23_5 -0.5
 post_1_23_5 pre_1_23_5 -0.5
 post_1_23_5 post_1_23_5 1
QCMATRIX relu_1_23_6_complementary
 pre_1_23_6 post_1_23_6 -0.5
 post_1_23_6 pre_1_23_6 -0.5
 post_1_23_6 post_1_23_6 1
QCMATRIX relu_1_23_7_complementary
 pre_1_23_7 post_1_23_7 -0.5
 post_1_23_7 pre_1_23_7 -0.5
 post_1_23_7 post_1_23_7 1
QCMATRIX relu_1_24_0_complementary
 pre_1_24_0 post_1_24_0 -0.5
 post_1_24_0 pre_1_24_0 -0.5
 post_1_24_0 post_1_24_0 1
QCMATRIX relu_1_24_1_complementary
 pre_1_24_1 post_1_24_1 -0.5
 post_1_24_1 pre_1_24_1 -0.5
 post_1_24_1 post_1_24_1 1
QCMATRIX relu_1_24_2_complementary
 pre_1_24_2 post_1_24_2 -0.5
 post_1_24_2 pre_1_24_2 -0.5
 post_1_24_2 post_1_24_2 1
QCMATRIX relu_1_24_3_complementary
 pre_1_24_3 post_1_24_3 -0.5
 post_1_24_3 pre_1_24_3 -0.5
 post_1_24_3 post_1_24_3 1
QCMATRIX relu_1_24_4_complementary
 pre_1_24_4 post_1_24_4 -0.5
 post_1_24_4 pre_1_24_4 -0.5
 post_1_24_4 post_1_24_4 1
QCMATRIX relu_1_24_5_complementary
 pre_1_24_5 post_1_24_5 -0.5
 post_1_24_5 pre_1_24_5 -0.5
 post_1_24_5 post_1_24_5 1
QCMATRIX relu_1_24_6_complementary
 pre_1_24_6 post_1_24_6 -0.5
 post_1_24_6 pre_1_24_6 -0.5
 post_1_24_6 post_1_24_6 1
QCMATRIX relu_1_24_7_complementary
 pre_1_24_7 post_1_24_7 -0.5
 post_1_24_7 pre_1_24_7 -0.5
 post_1_24_7 post_1_24_7 1
QCMATRIX relu_1_25_0_complementary
 pre_1_25_0 post_1_25_0 -0.5
 post_1_25_0 pre_1_25_0 -0.5
 post_1_25_0 post_1_25_0 1
QCMATRIX relu_1_25_1_complementary
 pre_1_25_1 post_1_25_1 -0.5
 post_1_25_1 pre_1_25_1 -0.5
 post_1_25_1 post_1_25_1 1
QCMATRIX relu_1_25_2_complementary
 pre_1_25_2 post_1_25_2 -0.5
 post_1_25_2 pre_1_25_2 -0.5
 post_1_25_2 post_1_25_2 1
QCMATRIX relu_1_25_3_complementary
 pre_1_25_3 post_1_25_3 -0.5
 post_1_25_3 pre_1_25_3 -0.5
 post_1_25_3 post_1_25_3 1
QCMATRIX relu_1_25_4_complementary
 pre_1_25_4 post_1_25_4 -0.5
 post_1_25_4 pre_1_25_4 -0.5
 post_1_25_4 post_1_25_4 1
QCMATRIX relu_1_25_5_complementary
 pre_1_25_5 post_1_25_5 -0.5
 post_1_25_5 pre_1_25_5 -0.5
 post_1_25_5 post_1_25_5 1
QCMATRIX relu_1_25_6_complementary
 pre_1_25_6 post_1_25_6 -0.5
 post_1_25_6 pre_1_25_6 -0.5
 post_1_25_6 post_1_25_6 1
QCMATRIX relu_1_25_7_complementary
 pre_1_25_7 post_1_25_7 -0.5
 post_1_25_7 pre_1_25_7 -0.5
 post_1_25_7 post_1_25_7 1
QCMATRIX relu_1_26_0_complementary
 pre_1_26_0 post_1_26_0 -0.5
 post_1_26_0 pre_1_26_0 -0.5
 post_1_26_0 post_1_26_0 1
QCMATRIX relu_1_26_1_complementary
 pre_1_26_1 post_1_26_1 -0.5
 post_1_26_1 pre_1_26_1 -0.5
 post_1_26_1 post_1_26_1 1
QCMATRIX relu_1_26_2_complementary
 pre_1_26_2 post_1_26_2 -0.5
 post_1_26_2 pre_1_26_2 -0.5
 post_1_26_2 post_1_26_2 1
QCMATRIX relu_1_26_3_complementary
 pre_1_26_3 post_1_26_3 -0.5
 post_1_26_3 pre_1_26_3 -0.5
 post_1_26_3 post_1_26_3 1
QCMATRIX relu_1_26_4_complementary
 pre_1_26_4 post_1_26_4 -0.5
 post_1_26_4 pre_1_26_4 -0.5
 post_1_26_4 post_1_26_4 1
QCMATRIX relu_1_26_5_complementary
 pre_1_26_5 post_1_26_5 -0.5
 post_1_26_5 pre_1_26_5 -0.5
 post_1_26_5 post_1_26_5 1
QCMATRIX relu_1_26_6_complementary
 pre_1_26_6 post_1_26_6 -0.5
 post_1_26_6 pre_1_26_6 -0.5
 post_1_26_6 post_1_26_6 1
QCMATRIX relu_1_26_7_complementary
 pre_1_26_7 post_1_26_7 -0.5
 post_1_26_7 pre_1_26_7 -0.5
 post_1_26_7 post_1_26_7 1
QCMATRIX relu_1_27_0_complementary
 pre_1_27_0 post_1_27_0 -0.5
 post_1_27_0 pre_1_27_0 -0.5
 post_1_27_0 post_1_27_0 1
QCMATRIX relu_1_27_1_complementary
 pre_1_27_1 post_1_27_1 -0.5
 post_1_27_1 pre_1_27_1 -0.5
 post_1_27_1 post_1_27_1 1
QCMATRIX relu_1_27_2_complementary
 pre_1_27_2 post_1_27_2 -0.5
 post_1_27_2 pre_1_27_2 -0.5
 post_1_27_2 post_1_27_2 1
QCMATRIX relu_1_27_3_complementary
 pre_1_27_3 post_1_27_3 -0.5
 post_1_27_3 pre_1_27_3 -0.5
 post_1_27_3 post_1_27_3 1
QCMATRIX relu_1_27_4_complementary
 pre_1_27_4 post_1_27_4 -0.5
 post_1_27_4 pre_1_27_4 -0.5
 post_1_27_4 post_1_27_4 1
QCMATRIX relu_1_27_5_complementary
 pre_1_27_5 post_1_27_5 -0.5
 post_1_27_5 pre_1_27_5 -0.5
 post_1_27_5 post_1_27_5 1
QCMATRIX relu_1_27_6_complementary
 pre_1_27_6 post_1_27_6 -0.5
 post_1_27_6 pre_1_27_6 -0.5
 post_1_27_6 post_1_27_6 1
QCMATRIX relu_1_27_7_complementary
 pre_1_27_7 post_1_27_7 -0.5
 post_1_27_7 pre_1_27_7 -0.5
 post_1_27_7 post_1_27_7 1
QCMATRIX relu_1_28_0_complementary
 pre_1_28_0 post_1_28_0 -0.5
 post_1_28_0 pre_1_28_0 -0.5
 post_1_28_0 post_1_28_0 1
QCMATRIX relu_1_28_1_complementary
 pre_1_28_1 post_1_28_1 -0.5
 post_1_28_1 pre_1_28_1 -0.5
 post_1_28_1 post_1_28_1 1
QCMATRIX relu_1_28_2_complementary
 pre_1_28_2 post_1_28_2 -0.5
 post_1_28_2 pre_1_28_2 -0.5
 post_1_28_2 post_1_28_2 1
QCMATRIX relu_1_28_3_complementary
 pre_1_28_3 post_1_28_3 -0.5
 post_1_28_3 pre_1_28_3 -0.5
 post_1_28_3 post_1_28_3 1
QCMATRIX relu_1_28_4_complementary
 pre_1_28_4 post_1_28_4 -0.5
 post_1_28_4 pre_1_28_4 -0.5
 post_1_28_4 post_1_28_4 1
QCMATRIX relu_1_28_5_complementary
 pre_1_28_5 post_1_28_5 -0.5
 post_1_28_5 pre_1_28_5 -0.5
 post_1_28_5 post_1_28_5 1
QCMATRIX relu_1_28_6_complementary
 pre_1_28_6 post_1_28_6 -0.5
 post_1_28_6 pre_1_28_6 -0.5
 post_1_28_6 post_1_28_6 1
QCMATRIX relu_1_28_7_complementary
 pre_1_28_7 post_1_28_7 -0.5
 post_1_28_7 pre_1_28_7 -0.5
 post_1_28_7 post_1_28_7 1
QCMATRIX relu_1_29_0_complementary
 pre_1_29_0 post_1_29_0 -0.5
 post_1_29_0 pre_1_29_0 -0.5
 post_1_29_0 post_1_29_0 1
QCMATRIX relu_1_29_1_complementary
 pre_1_29_1 post_1_29_1 -0.5
 post_1_29_1 pre_1_29_1 -0.5
 post_1_29_1 post_1_29_1 1
QCMATRIX relu_1_29_2_complementary
 pre_1_29_2 post_1_29_2 -0.5
 post_1_29_2 pre_1_29_2 -0.5
 post_1_29_2 post_1_29_2 1
QCMATRIX relu_1_29_3_complementary
 pre_1_29_3 post_1_29_3 -0.5
 post_1_29_3 pre_1_29_3 -0.5
 post_1_29_3 post_1_29_3 1
QCMATRIX relu_1_29_4_complementary
 pre_1_29_4 post_1_29_4 -0.5
 post_1_29_4 pre_1_29_4 -0.5
 post_1_29_4 post_1_29_4 1
QCMATRIX relu_1_29_5_complementary
 pre_1_29_5 post_1_29_5 -0.5
 post_1_29_5 pre_1_29_5 -0.5
 post_1_29_5 post_1_29_5 1
QCMATRIX relu_1_29_6_complementary
 pre_1_29_6 post_1_29_6 -0.5
 post_1_29_6 pre_1_29_6 -0.5
 post_1_29_6 post_1_29_6 1
QCMATRIX relu_1_29_7_complementary
 pre_1_29_7 post_1_29_7 -0.5
 post_1_29_7 pre_1_29_7 -0.5
 post_1_29_7 post_1_29_7 1
QCMATRIX relu_1_30_0_complementary
 pre_1_30_0 post_1_30_0 -0.5
 post_1_30_0 pre_1_30_0 -0.5
 post_1_30_0 post_1_30_0 1
QCMATRIX relu_1_30_1_complementary
 pre_1_30_1 post_1_30_1 -0.5
 post_1_30_1 pre_1_30_1 -0.5
 post_1_30_1 post_1_30_1 1
QCMATRIX relu_1_30_2_complementary
 pre_1_30_2 post_1_30_2 -0.5
 post_1_30_2 pre_1_30_2 -0.5
 post_1_30_2 post_1_30_2 1
QCMATRIX relu_1_30_3_complementary
 pre_1_30_3 post_1_30_3 -0.5
 post_1_30_3 pre_1_30_3 -0.5
 post_1_30_3 post_1_30_3 1
QCMATRIX relu_1_30_4_complementary
 pre_1_30_4 post_1_30_4 -0.5
 post_1_30_4 pre_1_30_4 -0.5
 post_1_30_4 post_1_30_4 1
QCMATRIX relu_1_30_5_complementary
 pre_1_30_5 post_1_30_5 -0.5
 post_1_30_5 pre_1_30_5 -0.5
 post_1_30_5 post_1_30_5 1
QCMATRIX relu_1_30_6_complementary
 pre_1_30_6 post_1_30_6 -0.5
 post_1_30_6 pre_1_30_6 -0.5
 post_1_30_6 post_1_30_6 1
QCMATRIX relu_1_30_7_complementary
 pre_1_30_7 post_1_30_7 -0.5
 post_1_30_7 pre_1_30_7 -0.5
 post_1_30_7 post_1_30_7 1
QCMATRIX relu_1_31_0_complementary
 pre_1_31_0 post_1_31_0 -0.5
 post_1_31_0 pre_1_31_0 -0.5
 post_1_31_0 post_1_31_0 1
QCMATRIX relu_1_31_1_complementary
 pre_1_31_1 post_1_31_1 -0.5
 post_1_31_1 pre_1_31_1 -0.5
 post_1_31_1 post_1_31_1 1
QCMATRIX relu_1_31_2_complementary
 pre_1_31_2 post_1_31_2 -0.5
 post_1_31_2 pre_1_31_2 -0.5
 post_1_31_2 post_1_31_2 1
QCMATRIX relu_1_31_3_complementary
 pre_1_31_3 post_1_31_3 -0.5
 post_1_31_3 pre_1_31_3 -0.5
 post_1_31_3 post_1_31_3 1
QCMATRIX relu_1_31_4_complementary
 pre_1_31_4 post_1_31_4 -0.5
 post_1_31_4 pre_1_31_4 -0.5
 post_1_31_4 post_1_31_4 1
QCMATRIX relu_1_31_5_complementary
 pre_1_31_5 post_1_31_5 -0.5
 post_1_31_5 pre_1_31_5 -0.5
 post_1_31_5 post_1_31_5 1
QCMATRIX relu_1_31_6_complementary
 pre_1_31_6 post_1_31_6 -0.5
 post_1_31_6 pre_1_31_6 -0.5
 post_1_31_6 post_1_31_6 1
QCMATRIX relu_1_31_7_complementary
 pre_1_31_7 post_1_31_7 -0.5
 post_1_31_7 pre_1_31_7 -0.5
 post_1_31_7 post_1_31_7 1
QCMATRIX relu_1_32_0_complementary
 pre_1_32_0 post_1_32_0 -0.5
 post_1_32_0 pre_1_32_0 -0.5
 post_1_32_0 post_1_32_0 1
QCMATRIX relu_1_32_1_complementary
 pre_1_32_1 post_1_32_1 -0.5
 post_1_32_1 pre_1_32_1 -0.5
 post_1_32_1 post_1_32_1 1
QCMATRIX relu_1_32_2_complementary
 pre_1_32_2 post_1_32_2 -0.5
 post_1_32_2 pre_1_32_2 -0.5
 post_1_32_2 post_1_32_2 1
QCMATRIX relu_1_32_3_complementary
 pre_1_32_3 post_1_32_3 -0.5
 post_1_32_3 pre_1_32_3 -0.5
 post_1_32_3 post_1_32_3 1
QCMATRIX relu_1_32_4_complementary
 pre_1_32_4 post_1_32_4 -0.5
 post_1_32_4 pre_1_32_4 -0.5
 post_1_32_4 post_1_32_4 1
QCMATRIX relu_1_32_5_complementary
 pre_1_32_5 post_1_32_5 -0.5
 post_1_32_5 pre_1_32_5 -0.5
 post_1_32_5 post_1_32_5 1
QCMATRIX relu_1_32_6_complementary
 pre_1_32_6 post_1_32_6 -0.5
 post_1_32_6 pre_1_32_6 -0.5
 post_1_32_6 post_1_32_6 1
QCMATRIX relu_1_32_7_complementary
 pre_1_32_7 post_1_32_7 -0.5
 post_1_32_7 pre_1_32_7 -0.5
 post_1_32_7 post_1_32_7 1
QCMATRIX relu_1_33_0_complementary
 pre_1_33_0 post_1_33_0 -0.5
 post_1_33_0 pre_1_33_0 -0.5
 post_1_33_0 post_1_33_0 1
QCMATRIX relu_1_33_1_complementary
 pre_1_33_1 post_1_33_1 -0.5
 post_1_33_1 pre_1_33_1 -0.5
 post_1_33_1 post_1_33_1 1
QCMATRIX relu_1_33_2_complementary
 pre_1_33_2 post_1_33_2 -0.5
 post_1_33_2 pre_1_33_2 -0.5
 post_1_33_2 post_1_33_2 1
QCMATRIX relu_1_33_3_complementary
 pre_1_33_3 post_1_33_3 -0.5
 post_1_33_3 pre_1_33_3 -0.5
 post_1_33_3 post_1_33_3 1
QCMATRIX relu_1_33_4_complementary
 pre_1_33_4 post_1_33_4 -0.5
 post_1_33_4 pre_1_33_4 -0.5
 post_1_33_4 post_1_33_4 1
QCMATRIX relu_1_33_5_complementary
 pre_1_33_5 post_1_33_5 -0.5
 post_1_33_5 pre_1_33_5 -0.5
 post_1_33_5 post_1_33_5 1
QCMATRIX relu_1_33_6_complementary
 pre_1_33_6 post_1_33_6 -0.5
 post_1_33_6 pre_1_33_6 -0.5
 post_1_33_6 post_1_33_6 1
QCMATRIX relu_1_33_7_complementary
 pre_1_33_7 post_1_33_7 -0.5
 post_1_33_7 pre_1_33_7 -0.5
 post_1_33_7 post_1_33_7 1
QCMATRIX relu_1_34_0_complementary
 pre_1_34_0 post_1_34_0 -0.5
 post_1_34_0 pre_1_34_0 -0.5
 post_1_34_0 post_1_34_0 1
QCMATRIX relu_1_34_1_complementary
 pre_1_34_1 post_1_34_1 -0.5
 post_1_34_1 pre_1_34_1 -0.5
 post_1_34_1 post_1_34_1 1
QCMATRIX relu_1_34_2_complementary
 pre_1_34_2 post_1_34_2 -0.5
 post_1_34_2 pre_1_34_2 -0.5
 post_1_34_2 post_1_34_2 1
QCMATRIX relu_1_34_3_complementary
 pre_1_34_3 post_1_34_3 -0.5
 post_1_34_3 pre_1_34_3 -0.5
 post_1_34_3 post_1_34_3 1
QCMATRIX relu_1_34_4_complementary
 pre_1_34_4 post_1_34_4 -0.5
 post_1_34_4 pre_1_34_4 -0.5
 post_1_34_4 post_1_34_4 1
QCMATRIX relu_1_34_5_complementary
 pre_1_34_5 post_1_34_5 -0.5
 post_1_34_5 pre_1_34_5 -0.5
 post_1_34_5 post_1_34_5 1
QCMATRIX relu_1_34_6_complementary
 pre_1_34_6 post_1_34_6 -0.5
 post_1_34_6 pre_1_34_6 -0.5
 post_1_34_6 post_1_34_6 1
QCMATRIX relu_1_34_7_complementary
 pre_1_34_7 post_1_34_7 -0.5
 post_1_34_7 pre_1_34_7 -0.5
 post_1_34_7 post_1_34_7 1
QCMATRIX relu_1_35_0_complementary
 pre_1_35_0 post_1_35_0 -0.5
 post_1_35_0 pre_1_35_0 -0.5
 post_1_35_0 post_1_35_0 1
QCMATRIX relu_1_35_1_complementary
 pre_1_35_1 post_1_35_1 -0.5
 post_1_35_1 pre_1_35_1 -0.5
 post_1_35_1 post_1_35_1 1
QCMATRIX relu_1_35_2_complementary
 pre_1_35_2 post_1_35_2 -0.5
 post_1_35_2 pre_1_35_2 -0.5
 post_1_35_2 post_1_35_2 1
QCMATRIX relu_1_35_3_complementary
 pre_1_35_3 post_1_35_3 -0.5
 post_1_35_3 pre_1_35_3 -0.5
 post_1_35_3 post_1_35_3 1
QCMATRIX relu_1_35_4_complementary
 pre_1_35_4 post_1_35_4 -0.5
 post_1_35_4 pre_1_35_4 -0.5
 post_1_35_4 post_1_35_4 1
QCMATRIX relu_1_35_5_complementary
 pre_1_35_5 post_1_35_5 -0.5
 post_1_35_5 pre_1_35_5 -0.5
 post_1_35_5 post_1_35_5 1
QCMATRIX relu_1_35_6_complementary
 pre_1_35_6 post_1_35_6 -0.5
 post_1_35_6 pre_1_35_6 -0.5
 post_1_35_6 post_1_35_6 1
QCMATRIX relu_1_35_7_complementary
 pre_1_35_7 post_1_35_7 -0.5
 post_1_35_7 pre_1_35_7 -0.5
 post_1_35_7 post_1_35_7 1
QCMATRIX relu_1_36_0_complementary
 pre_1_36_0 post_1_36_0 -0.5
 post_1_36_0 pre_1_36_0 -0.5
 post_1_36_0 post_1_36_0 1
QCMATRIX relu_1_36_1_complementary
 pre_1_36_1 post_1_36_1 -0.5
 post_1_36_1 pre_1_36_1 -0.5
 post_1_36_1 post_1_36_1 1
QCMATRIX relu_1_36_2_complementary
 pre_1_36_2 post_1_36_2 -0.5
 post_1_36_2 pre_1_36_2 -0.5
 post_1_36_2 post_1_36_2 1
QCMATRIX relu_1_36_3_complementary
 pre_1_36_3 post_1_36_3 -0.5
 post_1_36_3 pre_1_36_3 -0.5
 post_1_36_3 post_1_36_3 1
QCMATRIX relu_1_36_4_complementary
 pre_1_36_4 post_1_36_4 -0.5
 post_1_36_4 pre_1_36_4 -0.5
 post_1_36_4 post_1_36_4 1
QCMATRIX relu_1_36_5_complementary
 pre_1_36_5 post_1_36_5 -0.5
 post_1_36_5 pre_1_36_5 -0.5
 post_1_36_5 post_1_36_5 1
QCMATRIX relu_1_36_6_complementary
 pre_1_36_6 post_1_36_6 -0.5
 post_1_36_6 pre_1_36_6 -0.5
 post_1_36_6 post_1_36_6 1
QCMATRIX relu_1_36_7_complementary
 pre_1_36_7 post_1_36_7 -0.5
 post_1_36_7 pre_1_36_7 -0.5
 post_1_36_7 post_1_36_7 1
QCMATRIX relu_1_37_0_complementary
 pre_1_37_0 post_1_37_0 -0.5
 post_1_37_0 pre_1_37_0 -0.5
 post_1_37_0 post_1_37_0 1
QCMATRIX relu_1_37_1_complementary
 pre_1_37_1 post_1_37_1 -0.5
 post_1_37_1 pre_1_37_1 -0.5
 post_1_37_1 post_1_37_1 1
QCMATRIX relu_1_37_2_complementary
 pre_1_37_2 post_1_37_2 -0.5
 post_1_37_2 pre_1_37_2 -0.5
 post_1_37_2 post_1_37_2 1
QCMATRIX relu_1_37_3_complementary
 pre_1_37_3 post_1_37_3 -0.5
 post_1_37_3 pre_1_37_3 -0.5
 post_1_37_3 post_1_37_3 1
QCMATRIX relu_1_37_4_complementary
 pre_1_37_4 post_1_37_4 -0.5
 post_1_37_4 pre_1_37_4 -0.5
 post_1_37_4 post_1_37_4 1
QCMATRIX relu_1_37_5_complementary
 pre_1_37_5 post_1_37_5 -0.5
 post_1_37_5 pre_1_37_5 -0.5
 post_1_37_5 post_1_37_5 1
QCMATRIX relu_1_37_6_complementary
 pre_1_37_6 post_1_37_6 -0.5
 post_1_37_6 pre_1_37_6 -0.5
 post_1_37_6 post_1_37_6 1
QCMATRIX relu_1_37_7_complementary
 pre_1_37_7 post_1_37_7 -0.5
 post_1_37_7 pre_1_37_7 -0.5
 post_1_37_7 post_1_37_7 1
QCMATRIX relu_1_38_0_complementary
 pre_1_38_0 post_1_38_0 -0.5
 post_1_38_0 pre_1_38_0 -0.5
 post_1_38_0 post_1_38_0 1
QCMATRIX relu_1_38_1_complementary
 pre_1_38_1 post_1_38_1 -0.5
 post_1_38_1 pre_1_38_1 -0.5
 post_1_38_1 post_1_38_1 1
QCMATRIX relu_1_38_2_complementary
 pre_1_38_2 post_1_38_2 -0.5
 post_1_38_2 pre_1_38_2 -0.5
 post_1_38_2 post_1_38_2 1
QCMATRIX relu_1_38_3_complementary
 pre_1_38_3 post_1_38_3 -0.5
 post_1_38_3 pre_1_38_3 -0.5
 post_1_38_3 post_1_38_3 1
QCMATRIX relu_1_38_4_complementary
 pre_1_38_4 post_1_38_4 -0.5
 post_1_38_4 pre_1_38_4 -0.5
 post_1_38_4 post_1_38_4 1
QCMATRIX relu_1_38_5_complementary
 pre_1_38_5 post_1_38_5 -0.5
 post_1_38_5 pre_1_38_5 -0.5
 post_1_38_5 post_1_38_5 1
QCMATRIX relu_1_38_6_complementary
 pre_1_38_6 post_1_38_6 -0.5
 post_1_38_6 pre_1_38_6 -0.5
 post_1_38_6 post_1_38_6 1
QCMATRIX relu_1_38_7_complementary
 pre_1_38_7 post_1_38_7 -0.5
 post_1_38_7 pre_1_38_7 -0.5
 post_1_38_7 post_1_38_7 1
QCMATRIX relu_1_39_0_complementary
 pre_1_39_0 post_1_39_0 -0.5
 post_1_39_0 pre_1_39_0 -0.5
 post_1_39_0 post_1_39_0 1
QCMATRIX relu_1_39_1_complementary
 pre_1_39_1 post_1_39_1 -0.5
 post_1_39_1 pre_1_39_1 -0.5
 post_1_39_1 post_1_39_1 1
QCMATRIX relu_1_39_2_complementary
 pre_1_39_2 post_1_39_2 -0.5
 post_1_39_2 pre_1_39_2 -0.5
 post_1_39_2 post_1_39_2 1
QCMATRIX relu_1_39_3_complementary
 pre_1_39_3 post_1_39_3 -0.5
 post_1_39_3 pre_1_39_3 -0.5
 post_1_39_3 post_1_39_3 1
QCMATRIX relu_1_39_4_complementary
 pre_1_39_4 post_1_39_4 -0.5
 post_1_39_4 pre_1_39_4 -0.5
 post_1_39_4 post_1_39_4 1
QCMATRIX relu_1_39_5_complementary
 pre_1_39_5 post_1_39_5 -0.5
 post_1_39_5 pre_1_39_5 -0.5
 post_1_39_5 post_1_39_5 1
QCMATRIX relu_1_39_6_complementary
 pre_1_39_6 post_1_39_6 -0.5
 post_1_39_6 pre_1_39_6 -0.5
 post_1_39_6 post_1_39_6 1
QCMATRIX relu_1_39_7_complementary
 pre_1_39_7 post_1_39_7 -0.5
 post_1_39_7 pre_1_39_7 -0.5
 post_1_39_7 post_1_39_7 1
QCMATRIX relu_1_40_0_complementary
 pre_1_40_0 post_1_40_0 -0.5
 post_1_40_0 pre_1_40_0 -0.5
 post_1_40_0 post_1_40_0 1
QCMATRIX relu_1_40_1_complementary
 pre_1_40_1 post_1_40_1 -0.5
 post_1_40_1 pre_1_40_1 -0.5
 post_1_40_1 post_1_40_1 1
QCMATRIX relu_1_40_2_complementary
 pre_1_40_2 post_1_40_2 -0.5
 post_1_40_2 pre_1_40_2 -0.5
 post_1_40_2 post_1_40_2 1
QCMATRIX relu_1_40_3_complementary
 pre_1_40_3 post_1_40_3 -0.5
 post_1_40_3 pre_1_40_3 -0.5
 post_1_40_3 post_1_40_3 1
QCMATRIX relu_1_40_4_complementary
 pre_1_40_4 post_1_40_4 -0.5
 post_1_40_4 pre_1_40_4 -0.5
 post_1_40_4 post_1_40_4 1
QCMATRIX relu_1_40_5_complementary
 pre_1_40_5 post_1_40_5 -0.5
 post_1_40_5 pre_1_40_5 -0.5
 post_1_40_5 post_1_40_5 1
QCMATRIX relu_1_40_6_complementary
 pre_1_40_6 post_1_40_6 -0.5
 post_1_40_6 pre_1_40_6 -0.5
 post_1_40_6 post_1_40_6 1
QCMATRIX relu_1_40_7_complementary
 pre_1_40_7 post_1_40_7 -0.5
 post_1_40_7 pre_1_40_7 -0.5
 post_1_40_7 post_1_40_7 1
QCMATRIX relu_1_41_0_complementary
 pre_1_41_0 post_1_41_0 -0.5
 post_1_41_0 pre_1_41_0 -0.5
 post_1_41_0 post_1_41_0 1
QCMATRIX relu_1_41_1_complementary
 pre_1_41_1 post_1_41_1 -0.5
 post_1_41_1 pre_1_41_1 -0.5
 post_1_41_1 post_1_41_1 1
QCMATRIX relu_1_41_2_complementary
 pre_1_41_2 post_1_41_2 -0.5
 post_1_41_2 pre_1_41_2 -0.5
 post_1_41_2 post_1_41_2 1
QCMATRIX relu_1_41_3_complementary
 pre_1_41_3 post_1_41_3 -0.5
 post_1_41_3 pre_1_41_3 -0.5
 post_1_41_3 post_1_41_3 1
QCMATRIX relu_1_41_4_complementary
 pre_1_41_4 post_1_41_4 -0.5
 post_1_41_4 pre_1_41_4 -0.5
 post_1_41_4 post_1_41_4 1
QCMATRIX relu_1_41_5_complementary
 pre_1_41_5 post_1_41_5 -0.5
 post_1_41_5 pre_1_41_5 -0.5
 post_1_41_5 post_1_41_5 1
QCMATRIX relu_1_41_6_complementary
 pre_1_41_6 post_1_41_6 -0.5
 post_1_41_6 pre_1_41_6 -0.5
 post_1_41_6 post_1_41_6 1
QCMATRIX relu_1_41_7_complementary
 pre_1_41_7 post_1_41_7 -0.5
 post_1_41_7 pre_1_41_7 -0.5
 post_1_41_7 post_1_41_7 1
QCMATRIX relu_1_42_0_complementary
 pre_1_42_0 post_1_42_0 -0.5
 post_1_42_0 pre_1_42_0 -0.5
 post_1_42_0 post_1_42_0 1
QCMATRIX relu_1_42_1_complementary
 pre_1_42_1 post_1_42_1 -0.5
 post_1_42_1 pre_1_42_1 -0.5
 post_1_42_1 post_1_42_1 1
QCMATRIX relu_1_42_2_complementary
 pre_1_42_2 post_1_42_2 -0.5
 post_1_42_2 pre_1_42_2 -0.5
 post_1_42_2 post_1_42_2 1
QCMATRIX relu_1_42_3_complementary
 pre_1_42_3 post_1_42_3 -0.5
 post_1_42_3 pre_1_42_3 -0.5
 post_1_42_3 post_1_42_3 1
QCMATRIX relu_1_42_4_complementary
 pre_1_42_4 post_1_42_4 -0.5
 post_1_42_4 pre_1_42_4 -0.5
 post_1_42_4 post_1_42_4 1
QCMATRIX relu_1_42_5_complementary
 pre_1_42_5 post_1_42_5 -0.5
 post_1_42_5 pre_1_42_5 -0.5
 post_1_42_5 post_1_42_5 1
QCMATRIX relu_1_42_6_complementary
 pre_1_42_6 post_1_42_6 -0.5
 post_1_42_6 pre_1_42_6 -0.5
 post_1_42_6 post_1_42_6 1
QCMATRIX relu_1_42_7_complementary
 pre_1_42_7 post_1_42_7 -0.5
 post_1_42_7 pre_1_42_7 -0.5
 post_1_42_7 post_1_42_7 1
QCMATRIX relu_1_43_0_complementary
 pre_1_43_0 post_1_43_0 -0.5
 post_1_43_0 pre_1_43_0 -0.5
 post_1_43_0 post_1_43_0 1
QCMATRIX relu_1_43_1_complementary
 pre_1_43_1 post_1_43_1 -0.5
 post_1_43_1 pre_1_43_1 -0.5
 post_1_43_1 post_1_43_1 1
QCMATRIX relu_1_43_2_complementary
 pre_1_43_2 post_1_43_2 -0.5
 post_1_43_2 pre_1_43_2 -0.5
 post_1_43_2 post_1_43_2 1
QCMATRIX relu_1_43_3_complementary
 pre_1_43_3 post_1_43_3 -0.5
 post_1_43_3 pre_1_43_3 -0.5
 post_1_43_3 post_1_43_3 1
QCMATRIX relu_1_43_4_complementary
 pre_1_43_4 post_1_43_4 -0.5
 post_1_43_4 pre_1_43_4 -0.5
 post_1_43_4 post_1_43_4 1
QCMATRIX relu_1_43_5_complementary
 pre_1_43_5 post_1_43_5 -0.5
 post_1_43_5 pre_1_43_5 -0.5
 post_1_43_5 post_1_43_5 1
QCMATRIX relu_1_43_6_complementary
 pre_1_43_6 post_1_43_6 -0.5
 post_1_43_6 pre_1_43_6 -0.5
 post_1_43_6 post_1_43_6 1
QCMATRIX relu_1_43_7_complementary
 pre_1_43_7 post_1_43_7 -0.5
 post_1_43_7 pre_1_43_7 -0.5
 post_1_43_7 post_1_43_7 1
QCMATRIX relu_1_44_0_complementary
 pre_1_44_0 post_1_44_0 -0.5
 post_1_44_0 pre_1_44_0 -0.5
 post_1_44_0 post_1_44_0 1
QCMATRIX relu_1_44_1_complementary
 pre_1_44_1 post_1_44_1 -0.5
 post_1_44_1 pre_1_44_1 -0.5
 post_1_44_1 post_1_44_1 1
QCMATRIX relu_1_44_2_complementary
 pre_1_44_2 post_1_44_2 -0.5
 post_1_44_2 pre_1_44_2 -0.5
 post_1_44_2 post_1_44_2 1
QCMATRIX relu_1_44_3_complementary
 pre_1_44_3 post_1_44_3 -0.5
 post_1_44_3 pre_1_44_3 -0.5
 post_1_44_3 post_1_44_3 1
QCMATRIX relu_1_44_4_complementary
 pre_1_44_4 post_1_44_4 -0.5
 post_1_44_4 pre_1_44_4 -0.5
 post_1_44_4 post_1_44_4 1
QCMATRIX relu_1_44_5_complementary
 pre_1_44_5 post_1_44_5 -0.5
 post_1_44_5 pre_1_44_5 -0.5
 post_1_44_5 post_1_44_5 1
QCMATRIX relu_1_44_6_complementary
 pre_1_44_6 post_1_44_6 -0.5
 post_1_44_6 pre_1_44_6 -0.5
 post_1_44_6 post_1_44_6 1
QCMATRIX relu_1_44_7_complementary
 pre_1_44_7 post_1_44_7 -0.5
 post_1_44_7 pre_1_44_7 -0.5
 post_1_44_7 post_1_44_7 1
QCMATRIX relu_1_45_0_complementary
 pre_1_45_0 post_1_45_0 -0.5
 post_1_45_0 pre_1_45_0 -0.5
 post_1_45_0 post_1_45_0 1
QCMATRIX relu_1_45_1_complementary
 pre_1_45_1 post_1_45_1 -0.5
 post_1_45_1 pre_1_45_1 -0.5
 post_1_45_1 post_1_45_1 1
QCMATRIX relu_1_45_2_complementary
 pre_1_45_2 post_1_45_2 -0.5
 post_1_45_2 pre_1_45_2 -0.5
 post_1_45_2 post_1_45_2 1
QCMATRIX relu_1_45_3_complementary
 pre_1_45_3 post_1_45_3 -0.5
 post_1_45_3 pre_1_45_3 -0.5
 post_1_45_3 post_1_45_3 1
QCMATRIX relu_1_45_4_complementary
 pre_1_45_4 post_1_45_4 -0.5
 post_1_45_4 pre_1_45_4 -0.5
 post_1_45_4 post_1_45_4 1
QCMATRIX relu_1_45_5_complementary
 pre_1_45_5 post_1_45_5 -0.5
 post_1_45_5 pre_1_45_5 -0.5
 post_1_45_5 post_1_45_5 1
QCMATRIX relu_1_45_6_complementary
 pre_1_45_6 post_1_45_6 -0.5
 post_1_45_6 pre_1_45_6 -0.5
 post_1_45_6 post_1_45_6 1
QCMATRIX relu_1_45_7_complementary
 pre_1_45_7 post_1_45_7 -0.5
 post_1_45_7 pre_1_45_7 -0.5
 post_1_45_7 post_1_45_7 1
QCMATRIX relu_1_46_0_complementary
 pre_1_46_0 post_1_46_0 -0.5
 post_1_46_0 pre_1_46_0 -0.5
 post_1_46_0 post_1_46_0 1
QCMATRIX relu_1_46_1_complementary
 pre_1_46_1 post_1_46_1 -0.5
 post_1_46_1 pre_1_46_1 -0.5
 post_1_46_1 post_1_46_1 1
QCMATRIX relu_1_46_2_complementary
 pre_1_46_2 post_1_46_2 -0.5
 post_1_46_2 pre_1_46_2 -0.5
 post_1_46_2 post_1_46_2 1
QCMATRIX relu_1_46_3_complementary
 pre_1_46_3 post_1_46_3 -0.5
 post_1_46_3 pre_1_46_3 -0.5
 post_1_46_3 post_1_46_3 1
QCMATRIX relu_1_46_4_complementary
 pre_1_46_4 post_1_46_4 -0.5
 post_1_46_4 pre_1_46_4 -0.5
 post_1_46_4 post_1_46_4 1
QCMATRIX relu_1_46_5_complementary
 pre_1_46_5 post_1_46_5 -0.5
 post_1_46_5 pre_1_46_5 -0.5
 post_1_46_5 post_1_46_5 1
QCMATRIX relu_1_46_6_complementary
 pre_1_46_6 post_1_46_6 -0.5
 post_1_46_6 pre_1_46_6 -0.5
 post_1_46_6 post_1_46_6 1
QCMATRIX relu_1_46_7_complementary
 pre_1_46_7 post_1_46_7 -0.5
 post_1_46_7 pre_1_46_7 -0.5
 post_1_46_7 post_1_46_7 1
QCMATRIX relu_1_47_0_complementary
 pre_1_47_0 post_1_47_0 -0.5
 post_1_47_0 pre_1_47_0 -0.5
 post_1_47_0 post_1_47_0 1
QCMATRIX relu_1_47_1_complementary
 pre_1_47_1 post_1_47_1 -0.5
 post_1_47_1 pre_1_47_1 -0.5
 post_1_47_1 post_1_47_1 1
QCMATRIX relu_1_47_2_complementary
 pre_1_47_2 post_1_47_2 -0.5
 post_1_47_2 pre_1_47_2 -0.5
 post_1_47_2 post_1_47_2 1
QCMATRIX relu_1_47_3_complementary
 pre_1_47_3 post_1_47_3 -0.5
 post_1_47_3 pre_1_47_3 -0.5
 post_1_47_3 post_1_47_3 1
QCMATRIX relu_1_47_4_complementary
 pre_1_47_4 post_1_47_4 -0.5
 post_1_47_4 pre_1_47_4 -0.5
 post_1_47_4 post_1_47_4 1
QCMATRIX relu_1_47_5_complementary
 pre_1_47_5 post_1_47_5 -0.5
 post_1_47_5 pre_1_47_5 -0.5
 post_1_47_5 post_1_47_5 1
QCMATRIX relu_1_47_6_complementary
 pre_1_47_6 post_1_47_6 -0.5
 post_1_47_6 pre_1_47_6 -0.5
 post_1_47_6 post_1_47_6 1
QCMATRIX relu_1_47_7_complementary
 pre_1_47_7 post_1_47_7 -0.5
 post_1_47_7 pre_1_47_7 -0.5
 post_1_47_7 post_1_47_7 1
QCMATRIX relu_1_48_0_complementary
 pre_1_48_0 post_1_48_0 -0.5
 post_1_48_0 pre_1_48_0 -0.5
 post_1_48_0 post_1_48_0 1
QCMATRIX relu_1_48_1_complementary
 pre_1_48_1 post_1_48_1 -0.5
 post_1_48_1 pre_1_48_1 -0.5
 post_1_48_1 post_1_48_1 1
QCMATRIX relu_1_48_2_complementary
 pre_1_48_2 post_1_48_2 -0.5
 post_1_48_2 pre_1_48_2 -0.5
 post_1_48_2 post_1_48_2 1
QCMATRIX relu_1_48_3_complementary
 pre_1_48_3 post_1_48_3 -0.5
 post_1_48_3 pre_1_48_3 -0.5
 post_1_48_3 post_1_48_3 1
QCMATRIX relu_1_48_4_complementary
 pre_1_48_4 post_1_48_4 -0.5
 post_1_48_4 pre_1_48_4 -0.5
 post_1_48_4 post_1_48_4 1
QCMATRIX relu_1_48_5_complementary
 pre_1_48_5 post_1_48_5 -0.5
 post_1_48_5 pre_1_48_5 -0.5
 post_1_48_5 post_1_48_5 1
QCMATRIX relu_1_48_6_complementary
 pre_1_48_6 post_1_48_6 -0.5
 post_1_48_6 pre_1_48_6 -0.5
 post_1_48_6 post_1_48_6 1
QCMATRIX relu_1_48_7_complementary
 pre_1_48_7 post_1_48_7 -0.5
 post_1_48_7 pre_1_48_7 -0.5
 post_1_48_7 post_1_48_7 1
QCMATRIX relu_1_49_0_complementary
 pre_1_49_0 post_1_49_0 -0.5
 post_1_49_0 pre_1_49_0 -0.5
 post_1_49_0 post_1_49_0 1
QCMATRIX relu_1_49_1_complementary
 pre_1_49_1 post_1_49_1 -0.5
 post_1_49_1 pre_1_49_1 -0.5
 post_1_49_1 post_1_49_1 1
QCMATRIX relu_1_49_2_complementary
 pre_1_49_2 post_1_49_2 -0.5
 post_1_49_2 pre_1_49_2 -0.5
 post_1_49_2 post_1_49_2 1
QCMATRIX relu_1_49_3_complementary
 pre_1_49_3 post_1_49_3 -0.5
 post_1_49_3 pre_1_49_3 -0.5
 post_1_49_3 post_1_49_3 1
QCMATRIX relu_1_49_4_complementary
 pre_1_49_4 post_1_49_4 -0.5
 post_1_49_4 pre_1_49_4 -0.5
 post_1_49_4 post_1_49_4 1
QCMATRIX relu_1_49_5_complementary
 pre_1_49_5 post_1_49_5 -0.5
 post_1_49_5 pre_1_49_5 -0.5
 post_1_49_5 post_1_49_5 1
QCMATRIX relu_1_49_6_complementary
 pre_1_49_6 post_1_49_6 -0.5
 post_1_49_6 pre_1_49_6 -0.5
 post_1_49_6 post_1_49_6 1
QCMATRIX relu_1_49_7_complementary
 pre_1_49_7 post_1_49_7 -0.5
 post_1_49_7 pre_1_49_7 -0.5
 post_1_49_7 post_1_49_7 1
QCMATRIX relu_1_50_0_complementary
 pre_1_50_0 post_1_50_0 -0.5
 post_1_50_0 pre_1_50_0 -0.5
 post_1_50_0 post_1_50_0 1
QCMATRIX relu_1_50_1_complementary
 pre_1_50_1 post_1_50_1 -0.5
 post_1_50_1 pre_1_50_1 -0.5
 post_1_50_1 post_1_50_1 1
QCMATRIX relu_1_50_2_complementary
 pre_1_50_2 post_1_50_2 -0.5
 post_1_50_2 pre_1_50_2 -0.5
 post_1_50_2 post_1_50_2 1
QCMATRIX relu_1_50_3_complementary
 pre_1_50_3 post_1_50_3 -0.5
 post_1_50_3 pre_1_50_3 -0.5
 post_1_50_3 post_1_50_3 1
QCMATRIX relu_1_50_4_complementary
 pre_1_50_4 post_1_50_4 -0.5
 post_1_50_4 pre_1_50_4 -0.5
 post_1_50_4 post_1_50_4 1
QCMATRIX relu_1_50_5_complementary
 pre_1_50_5 post_1_50_5 -0.5
 post_1_50_5 pre_1_50_5 -0.5
 post_1_50_5 post_1_50_5 1
QCMATRIX relu_1_50_6_complementary
 pre_1_50_6 post_1_50_6 -0.5
 post_1_50_6 pre_1_50_6 -0.5
 post_1_50_6 post_1_50_6 1
QCMATRIX relu_1_50_7_complementary
 pre_1_50_7 post_1_50_7 -0.5
 post_1_50_7 pre_1_50_7 -0.5
 post_1_50_7 post_1_50_7 1
QCMATRIX relu_1_51_0_complementary
 pre_1_51_0 post_1_51_0 -0.5
 post_1_51_0 pre_1_51_0 -0.5
 post_1_51_0 post_1_51_0 1
QCMATRIX relu_1_51_1_complementary
 pre_1_51_1 post_1_51_1 -0.5
 post_1_51_1 pre_1_51_1 -0.5
 post_1_51_1 post_1_51_1 1
QCMATRIX relu_1_51_2_complementary
 pre_1_51_2 post_1_51_2 -0.5
 post_1_51_2 pre_1_51_2 -0.5
 post_1_51_2 post_1_51_2 1
QCMATRIX relu_1_51_3_complementary
 pre_1_51_3 post_1_51_3 -0.5
 post_1_51_3 pre_1_51_3 -0.5
 post_1_51_3 post_1_51_3 1
QCMATRIX relu_1_51_4_complementary
 pre_1_51_4 post_1_51_4 -0.5
 post_1_51_4 pre_1_51_4 -0.5
 post_1_51_4 post_1_51_4 1
QCMATRIX relu_1_51_5_complementary
 pre_1_51_5 post_1_51_5 -0.5
 post_1_51_5 pre_1_51_5 -0.5
 post_1_51_5 post_1_51_5 1
QCMATRIX relu_1_51_6_complementary
 pre_1_51_6 post_1_51_6 -0.5
 post_1_51_6 pre_1_51_6 -0.5
 post_1_51_6 post_1_51_6 1
QCMATRIX relu_1_51_7_complementary
 pre_1_51_7 post_1_51_7 -0.5
 post_1_51_7 pre_1_51_7 -0.5
 post_1_51_7 post_1_51_7 1
QCMATRIX relu_1_52_0_complementary
 pre_1_52_0 post_1_52_0 -0.5
 post_1_52_0 pre_1_52_0 -0.5
 post_1_52_0 post_1_52_0 1
QCMATRIX relu_1_52_1_complementary
 pre_1_52_1 post_1_52_1 -0.5
 post_1_52_1 pre_1_52_1 -0.5
 post_1_52_1 post_1_52_1 1
QCMATRIX relu_1_52_2_complementary
 pre_1_52_2 post_1_52_2 -0.5
 post_1_52_2 pre_1_52_2 -0.5
 post_1_52_2 post_1_52_2 1
QCMATRIX relu_1_52_3_complementary
 pre_1_52_3 post_1_52_3 -0.5
 post_1_52_3 pre_1_52_3 -0.5
 post_1_52_3 post_1_52_3 1
QCMATRIX relu_1_52_4_complementary
 pre_1_52_4 post_1_52_4 -0.5
 post_1_52_4 pre_1_52_4 -0.5
 post_1_52_4 post_1_52_4 1
QCMATRIX relu_1_52_5_complementary
 pre_1_52_5 post_1_52_5 -0.5
 post_1_52_5 pre_1_52_5 -0.5
 post_1_52_5 post_1_52_5 1
QCMATRIX relu_1_52_6_complementary
 pre_1_52_6 post_1_52_6 -0.5
 post_1_52_6 pre_1_52_6 -0.5
 post_1_52_6 post_1_52_6 1
QCMATRIX relu_1_52_7_complementary
 pre_1_52_7 post_1_52_7 -0.5
 post_1_52_7 pre_1_52_7 -0.5
 post_1_52_7 post_1_52_7 1
QCMATRIX relu_1_53_0_complementary
 pre_1_53_0 post_1_53_0 -0.5
 post_1_53_0 pre_1_53_0 -0.5
 post_1_53_0 post_1_53_0 1
QCMATRIX relu_1_53_1_complementary
 pre_1_53_1 post_1_53_1 -0.5
 post_1_53_1 pre_1_53_1 -0.5
 post_1_53_1 post_1_53_1 1
QCMATRIX relu_1_53_2_complementary
 pre_1_53_2 post_1_53_2 -0.5
 post_1_53_2 pre_1_53_2 -0.5
 post_1_53_2 post_1_53_2 1
QCMATRIX relu_1_53_3_complementary
 pre_1_53_3 post_1_53_3 -0.5
 post_1_53_3 pre_1_53_3 -0.5
 post_1_53_3 post_1_53_3 1
QCMATRIX relu_1_53_4_complementary
 pre_1_53_4 post_1_53_4 -0.5
 post_1_53_4 pre_1_53_4 -0.5
 post_1_53_4 post_1_53_4 1
QCMATRIX relu_1_53_5_complementary
 pre_1_53_5 post_1_53_5 -0.5
 post_1_53_5 pre_1_53_5 -0.5
 post_1_53_5 post_1_53_5 1
QCMATRIX relu_1_53_6_complementary
 pre_1_53_6 post_1_53_6 -0.5
 post_1_53_6 pre_1_53_6 -0.5
 post_1_53_6 post_1_53_6 1
QCMATRIX relu_1_53_7_complementary
 pre_1_53_7 post_1_53_7 -0.5
 post_1_53_7 pre_1_53_7 -0.5
 post_1_53_7 post_1_53_7 1
QCMATRIX relu_1_54_0_complementary
 pre_1_54_0 post_1_54_0 -0.5
 post_1_54_0 pre_1_54_0 -0.5
 post_1_54_0 post_1_54_0 1
QCMATRIX relu_1_54_1_complementary
 pre_1_54_1 post_1_54_1 -0.5
 post_1_54_1 pre_1_54_1 -0.5
 post_1_54_1 post_1_54_1 1
QCMATRIX relu_1_54_2_complementary
 pre_1_54_2 post_1_54_2 -0.5
 post_1_54_2 pre_1_54_2 -0.5
 post_1_54_2 post_1_54_2 1
QCMATRIX relu_1_54_3_complementary
 pre_1_54_3 post_1_54_3 -0.5
 post_1_54_3 pre_1_54_3 -0.5
 post_1_54_3 post_1_54_3 1
QCMATRIX relu_1_54_4_complementary
 pre_1_54_4 post_1_54_4 -0.5
 post_1_54_4 pre_1_54_4 -0.5
 post_1_54_4 post_1_54_4 1
QCMATRIX relu_1_54_5_complementary
 pre_1_54_5 post_1_54_5 -0.5
 post_1_54_5 pre_1_54_5 -0.5
 post_1_54_5 post_1_54_5 1
QCMATRIX relu_1_54_6_complementary
 pre_1_54_6 post_1_54_6 -0.5
 post_1_54_6 pre_1_54_6 -0.5
 post_1_54_6 post_1_54_6 1
QCMATRIX relu_1_54_7_complementary
 pre_1_54_7 post_1_54_7 -0.5
 post_1_54_7 pre_1_54_7 -0.5
 post_1_54_7 post_1_54_7 1
QCMATRIX relu_1_55_0_complementary
 pre_1_55_0 post_1_55_0 -0.5
 post_1_55_0 pre_1_55_0 -0.5
 post_1_55_0 post_1_55_0 1
QCMATRIX relu_1_55_1_complementary
 pre_1_55_1 post_1_55_1 -0.5
 post_1_55_1 pre_1_55_1 -0.5
 post_1_55_1 post_1_55_1 1
QCMATRIX relu_1_55_2_complementary
 pre_1_55_2 post_1_55_2 -0.5
 post_1_55_2 pre_1_55_2 -0.5
 post_1_55_2 post_1_55_2 1
QCMATRIX relu_1_55_3_complementary
 pre_1_55_3 post_1_55_3 -0.5
 post_1_55_3 pre_1_55_3 -0.5
 post_1_55_3 post_1_55_3 1
QCMATRIX relu_1_55_4_complementary
 pre_1_55_4 post_1_55_4 -0.5
 post_1_55_4 pre_1_55_4 -0.5
 post_1_55_4 post_1_55_4 1
QCMATRIX relu_1_55_5_complementary
 pre_1_55_5 post_1_55_5 -0.5
 post_1_55_5 pre_1_55_5 -0.5
 post_1_55_5 post_1_55_5 1
QCMATRIX relu_1_55_6_complementary
 pre_1_55_6 post_1_55_6 -0.5
 post_1_55_6 pre_1_55_6 -0.5
 post_1_55_6 post_1_55_6 1
QCMATRIX relu_1_55_7_complementary
 pre_1_55_7 post_1_55_7 -0.5
 post_1_55_7 pre_1_55_7 -0.5
 post_1_55_7 post_1_55_7 1
QCMATRIX relu_1_56_0_complementary
 pre_1_56_0 post_1_56_0 -0.5
 post_1_56_0 pre_1_56_0 -0.5
 post_1_56_0 post_1_56_0 1
QCMATRIX relu_1_56_1_complementary
 pre_1_56_1 post_1_56_1 -0.5
 post_1_56_1 pre_1_56_1 -0.5
 post_1_56_1 post_1_56_1 1
QCMATRIX relu_1_56_2_complementary
 pre_1_56_2 post_1_56_2 -0.5
 post_1_56_2 pre_1_56_2 -0.5
 post_1_56_2 post_1_56_2 1
QCMATRIX relu_1_56_3_complementary
 pre_1_56_3 post_1_56_3 -0.5
 post_1_56_3 pre_1_56_3 -0.5
 post_1_56_3 post_1_56_3 1
QCMATRIX relu_1_56_4_complementary
 pre_1_56_4 post_1_56_4 -0.5
 post_1_56_4 pre_1_56_4 -0.5
 post_1_56_4 post_1_56_4 1
QCMATRIX relu_1_56_5_complementary
 pre_1_56_5 post_1_56_5 -0.5
 post_1_56_5 pre_1_56_5 -0.5
 post_1_56_5 post_1_56_5 1
QCMATRIX relu_1_56_6_complementary
 pre_1_56_6 post_1_56_6 -0.5
 post_1_56_6 pre_1_56_6 -0.5
 post_1_56_6 post_1_56_6 1
QCMATRIX relu_1_56_7_complementary
 pre_1_56_7 post_1_56_7 -0.5
 post_1_56_7 pre_1_56_7 -0.5
 post_1_56_7 post_1_56_7 1
QCMATRIX relu_1_57_0_complementary
 pre_1_57_0 post_1_57_0 -0.5
 post_1_57_0 pre_1_57_0 -0.5
 post_1_57_0 post_1_57_0 1
QCMATRIX relu_1_57_1_complementary
 pre_1_57_1 post_1_57_1 -0.5
 post_1_57_1 pre_1_57_1 -0.5
 post_1_57_1 post_1_57_1 1
QCMATRIX relu_1_57_2_complementary
 pre_1_57_2 post_1_57_2 -0.5
 post_1_57_2 pre_1_57_2 -0.5
 post_1_57_2 post_1_57_2 1
QCMATRIX relu_1_57_3_complementary
 pre_1_57_3 post_1_57_3 -0.5
 post_1_57_3 pre_1_57_3 -0.5
 post_1_57_3 post_1_57_3 1
QCMATRIX relu_1_57_4_complementary
 pre_1_57_4 post_1_57_4 -0.5
 post_1_57_4 pre_1_57_4 -0.5
 post_1_57_4 post_1_57_4 1
QCMATRIX relu_1_57_5_complementary
 pre_1_57_5 post_1_57_5 -0.5
 post_1_57_5 pre_1_57_5 -0.5
 post_1_57_5 post_1_57_5 1
QCMATRIX relu_1_57_6_complementary
 pre_1_57_6 post_1_57_6 -0.5
 post_1_57_6 pre_1_57_6 -0.5
 post_1_57_6 post_1_57_6 1
QCMATRIX relu_1_57_7_complementary
 pre_1_57_7 post_1_57_7 -0.5
 post_1_57_7 pre_1_57_7 -0.5
 post_1_57_7 post_1_57_7 1
QCMATRIX relu_1_58_0_complementary
 pre_1_58_0 post_1_58_0 -0.5
 post_1_58_0 pre_1_58_0 -0.5
 post_1_58_0 post_1_58_0 1
QCMATRIX relu_1_58_1_complementary
 pre_1_58_1 post_1_58_1 -0.5
 post_1_58_1 pre_1_58_1 -0.5
 post_1_58_1 post_1_58_1 1
QCMATRIX relu_1_58_2_complementary
 pre_1_58_2 post_1_58_2 -0.5
 post_1_58_2 pre_1_58_2 -0.5
 post_1_58_2 post_1_58_2 1
QCMATRIX relu_1_58_3_complementary
 pre_1_58_3 post_1_58_3 -0.5
 post_1_58_3 pre_1_58_3 -0.5
 post_1_58_3 post_1_58_3 1
QCMATRIX relu_1_58_4_complementary
 pre_1_58_4 post_1_58_4 -0.5
 post_1_58_4 pre_1_58_4 -0.5
 post_1_58_4 post_1_58_4 1
QCMATRIX relu_1_58_5_complementary
 pre_1_58_5 post_1_58_5 -0.5
 post_1_58_5 pre_1_58_5 -0.5
 post_1_58_5 post_1_58_5 1
QCMATRIX relu_1_58_6_complementary
 pre_1_58_6 post_1_58_6 -0.5
 post_1_58_6 pre_1_58_6 -0.5
 post_1_58_6 post_1_58_6 1
QCMATRIX relu_1_58_7_complementary
 pre_1_58_7 post_1_58_7 -0.5
 post_1_58_7 pre_1_58_7 -0.5
 post_1_58_7 post_1_58_7 1
QCMATRIX relu_1_59_0_complementary
 pre_1_59_0 post_1_59_0 -0.5
 post_1_59_0 pre_1_59_0 -0.5
 post_1_59_0 post_1_59_0 1
QCMATRIX relu_1_59_1_complementary
 pre_1_59_1 post_1_59_1 -0.5
 post_1_59_1 pre_1_59_1 -0.5
 post_1_59_1 post_1_59_1 1
QCMATRIX relu_1_59_2_complementary
 pre_1_59_2 post_1_59_2 -0.5
 post_1_59_2 pre_1_59_2 -0.5
 post_1_59_2 post_1_59_2 1
QCMATRIX relu_1_59_3_complementary
 pre_1_59_3 post_1_59_3 -0.5
 post_1_59_3 pre_1_59_3 -0.5
 post_1_59_3 post_1_59_3 1
QCMATRIX relu_1_59_4_complementary
 pre_1_59_4 post_1_59_4 -0.5
 post_1_59_4 pre_1_59_4 -0.5
 post_1_59_4 post_1_59_4 1
QCMATRIX relu_1_59_5_complementary
 pre_1_59_5 post_1_59_5 -0.5
 post_1_59_5 pre_1_59_5 -0.5
 post_1_59_5 post_1_59_5 1
QCMATRIX relu_1_59_6_complementary
 pre_1_59_6 post_1_59_6 -0.5
 post_1_59_6 pre_1_59_6 -0.5
 post_1_59_6 post_1_59_6 1
QCMATRIX relu_1_59_7_complementary
 pre_1_59_7 post_1_59_7 -0.5
 post_1_59_7 pre_1_59_7 -0.5
 post_1_59_7 post_1_59_7 1
QCMATRIX relu_1_60_0_complementary
 pre_1_60_0 post_1_60_0 -0.5
 post_1_60_0 pre_1_60_0 -0.5
 post_1_60_0 post_1_60_0 1
QCMATRIX relu_1_60_1_complementary
 pre_1_60_1 post_1_60_1 -0.5
 post_1_60_1 pre_1_60_1 -0.5
 post_1_60_1 post_1_60_1 1
QCMATRIX relu_1_60_2_complementary
 pre_1_60_2 post_1_60_2 -0.5
 post_1_60_2 pre_1_60_2 -0.5
 post_1_60_2 post_1_60_2 1
QCMATRIX relu_1_60_3_complementary
 pre_1_60_3 post_1_60_3 -0.5
 post_1_60_3 pre_1_60_3 -0.5
 post_1_60_3 post_1_60_3 1
QCMATRIX relu_1_60_4_complementary
 pre_1_60_4 post_1_60_4 -0.5
 post_1_60_4 pre_1_60_4 -0.5
 post_1_60_4 post_1_60_4 1
QCMATRIX relu_1_60_5_complementary
 pre_1_60_5 post_1_60_5 -0.5
 post_1_60_5 pre_1_60_5 -0.5
 post_1_60_5 post_1_60_5 1
QCMATRIX relu_1_60_6_complementary
 pre_1_60_6 post_1_60_6 -0.5
 post_1_60_6 pre_1_60_6 -0.5
 post_1_60_6 post_1_60_6 1
QCMATRIX relu_1_60_7_complementary
 pre_1_60_7 post_1_60_7 -0.5
 post_1_60_7 pre_1_60_7 -0.5
 post_1_60_7 post_1_60_7 1
QCMATRIX relu_1_61_0_complementary
 pre_1_61_0 post_1_61_0 -0.5
 post_1_61_0 pre_1_61_0 -0.5
 post_1_61_0 post_1_61_0 1
QCMATRIX relu_1_61_1_complementary
 pre_1_61_1 post_1_61_1 -0.5
 post_1_61_1 pre_1_61_1 -0.5
 post_1_61_1 post_1_61_1 1
QCMATRIX relu_1_61_2_complementary
 pre_1_61_2 post_1_61_2 -0.5
 post_1_61_2 pre_1_61_2 -0.5
 post_1_61_2 post_1_61_2 1
QCMATRIX relu_1_61_3_complementary
 pre_1_61_3 post_1_61_3 -0.5
 post_1_61_3 pre_1_61_3 -0.5
 post_1_61_3 post_1_61_3 1
QCMATRIX relu_1_61_4_complementary
 pre_1_61_4 post_1_61_4 -0.5
 post_1_61_4 pre_1_61_4 -0.5
 post_1_61_4 post_1_61_4 1
QCMATRIX relu_1_61_5_complementary
 pre_1_61_5 post_1_61_5 -0.5
 post_1_61_5 pre_1_61_5 -0.5
 post_1_61_5 post_1_61_5 1
QCMATRIX relu_1_61_6_complementary
 pre_1_61_6 post_1_61_6 -0.5
 post_1_61_6 pre_1_61_6 -0.5
 post_1_61_6 post_1_61_6 1
QCMATRIX relu_1_61_7_complementary
 pre_1_61_7 post_1_61_7 -0.5
 post_1_61_7 pre_1_61_7 -0.5
 post_1_61_7 post_1_61_7 1
QCMATRIX relu_1_62_0_complementary
 pre_1_62_0 post_1_62_0 -0.5
 post_1_62_0 pre_1_62_0 -0.5
 post_1_62_0 post_1_62_0 1
QCMATRIX relu_1_62_1_complementary
 pre_1_62_1 post_1_62_1 -0.5
 post_1_62_1 pre_1_62_1 -0.5
 post_1_62_1 post_1_62_1 1
QCMATRIX relu_1_62_2_complementary
 pre_1_62_2 post_1_62_2 -0.5
 post_1_62_2 pre_1_62_2 -0.5
 post_1_62_2 post_1_62_2 1
QCMATRIX relu_1_62_3_complementary
 pre_1_62_3 post_1_62_3 -0.5
 post_1_62_3 pre_1_62_3 -0.5
 post_1_62_3 post_1_62_3 1
QCMATRIX relu_1_62_4_complementary
 pre_1_62_4 post_1_62_4 -0.5
 post_1_62_4 pre_1_62_4 -0.5
 post_1_62_4 post_1_62_4 1
QCMATRIX relu_1_62_5_complementary
 pre_1_62_5 post_1_62_5 -0.5
 post_1_62_5 pre_1_62_5 -0.5
 post_1_62_5 post_1_62_5 1
QCMATRIX relu_1_62_6_complementary
 pre_1_62_6 post_1_62_6 -0.5
 post_1_62_6 pre_1_62_6 -0.5
 post_1_62_6 post_1_62_6 1
QCMATRIX relu_1_62_7_complementary
 pre_1_62_7 post_1_62_7 -0.5
 post_1_62_7 pre_1_62_7 -0.5
 post_1_62_7 post_1_62_7 1
QCMATRIX relu_1_63_0_complementary
 pre_1_63_0 post_1_63_0 -0.5
 post_1_63_0 pre_1_63_0 -0.5
 post_1_63_0 post_1_63_0 1
QCMATRIX relu_1_63_1_complementary
 pre_1_63_1 post_1_63_1 -0.5
 post_1_63_1 pre_1_63_1 -0.5
 post_1_63_1 post_1_63_1 1
QCMATRIX relu_1_63_2_complementary
 pre_1_63_2 post_1_63_2 -0.5
 post_1_63_2 pre_1_63_2 -0.5
 post_1_63_2 post_1_63_2 1
QCMATRIX relu_1_63_3_complementary
 pre_1_63_3 post_1_63_3 -0.5
 post_1_63_3 pre_1_63_3 -0.5
 post_1_63_3 post_1_63_3 1
QCMATRIX relu_1_63_4_complementary
 pre_1_63_4 post_1_63_4 -0.5
 post_1_63_4 pre_1_63_4 -0.5
 post_1_63_4 post_1_63_4 1
QCMATRIX relu_1_63_5_complementary
 pre_1_63_5 post_1_63_5 -0.5
 post_1_63_5 pre_1_63_5 -0.5
 post_1_63_5 post_1_63_5 1
QCMATRIX relu_1_63_6_complementary
 pre_1_63_6 post_1_63_6 -0.5
 post_1_63_6 pre_1_63_6 -0.5
 post_1_63_6 post_1_63_6 1
QCMATRIX relu_1_63_7_complementary
 pre_1_63_7 post_1_63_7 -0.5
 post_1_63_7 pre_1_63_7 -0.5
 post_1_63_7 post_1_63_7 1
QCMATRIX relu_1_64_0_complementary
 pre_1_64_0 post_1_64_0 -0.5
 post_1_64_0 pre_1_64_0 -0.5
 post_1_64_0 post_1_64_0 1
QCMATRIX relu_1_64_1_complementary
 pre_1_64_1 post_1_64_1 -0.5
 post_1_64_1 pre_1_64_1 -0.5
 post_1_64_1 post_1_64_1 1
QCMATRIX relu_1_64_2_complementary
 pre_1_64_2 post_1_64_2 -0.5
 post_1_64_2 pre_1_64_2 -0.5
 post_1_64_2 post_1_64_2 1
QCMATRIX relu_1_64_3_complementary
 pre_1_64_3 post_1_64_3 -0.5
 post_1_64_3 pre_1_64_3 -0.5
 post_1_64_3 post_1_64_3 1
QCMATRIX relu_1_64_4_complementary
 pre_1_64_4 post_1_64_4 -0.5
 post_1_64_4 pre_1_64_4 -0.5
 post_1_64_4 post_1_64_4 1
QCMATRIX relu_1_64_5_complementary
 pre_1_64_5 post_1_64_5 -0.5
 post_1_64_5 pre_1_64_5 -0.5
 post_1_64_5 post_1_64_5 1
QCMATRIX relu_1_64_6_complementary
 pre_1_64_6 post_1_64_6 -0.5
 post_1_64_6 pre_1_64_6 -0.5
 post_1_64_6 post_1_64_6 1
QCMATRIX relu_1_64_7_complementary
 pre_1_64_7 post_1_64_7 -0.5
 post_1_64_7 pre_1_64_7 -0.5
 post_1_64_7 post_1_64_7 1
QCMATRIX relu_1_65_0_complementary
 pre_1_65_0 post_1_65_0 -0.5
 post_1_65_0 pre_1_65_0 -0.5
 post_1_65_0 post_1_65_0 1
QCMATRIX relu_1_65_1_complementary
 pre_1_65_1 post_1_65_1 -0.5
 post_1_65_1 pre_1_65_1 -0.5
 post_1_65_1 post_1_65_1 1
QCMATRIX relu_1_65_2_complementary
 pre_1_65_2 post_1_65_2 -0.5
 post_1_65_2 pre_1_65_2 -0.5
 post_1_65_2 post_1_65_2 1
QCMATRIX relu_1_65_3_complementary
 pre_1_65_3 post_1_65_3 -0.5
 post_1_65_3 pre_1_65_3 -0.5
 post_1_65_3 post_1_65_3 1
QCMATRIX relu_1_65_4_complementary
 pre_1_65_4 post_1_65_4 -0.5
 post_1_65_4 pre_1_65_4 -0.5
 post_1_65_4 post_1_65_4 1
QCMATRIX relu_1_65_5_complementary
 pre_1_65_5 post_1_65_5 -0.5
 post_1_65_5 pre_1_65_5 -0.5
 post_1_65_5 post_1_65_5 1
QCMATRIX relu_1_65_6_complementary
 pre_1_65_6 post_1_65_6 -0.5
 post_1_65_6 pre_1_65_6 -0.5
 post_1_65_6 post_1_65_6 1
QCMATRIX relu_1_65_7_complementary
 pre_1_65_7 post_1_65_7 -0.5
 post_1_65_7 pre_1_65_7 -0.5
 post_1_65_7 post_1_65_7 1
QCMATRIX relu_1_66_0_complementary
 pre_1_66_0 post_1_66_0 -0.5
 post_1_66_0 pre_1_66_0 -0.5
 post_1_66_0 post_1_66_0 1
QCMATRIX relu_1_66_1_complementary
 pre_1_66_1 post_1_66_1 -0.5
 post_1_66_1 pre_1_66_1 -0.5
 post_1_66_1 post_1_66_1 1
QCMATRIX relu_1_66_2_complementary
 pre_1_66_2 post_1_66_2 -0.5
 post_1_66_2 pre_1_66_2 -0.5
 post_1_66_2 post_1_66_2 1
QCMATRIX relu_1_66_3_complementary
 pre_1_66_3 post_1_66_3 -0.5
 post_1_66_3 pre_1_66_3 -0.5
 post_1_66_3 post_1_66_3 1
QCMATRIX relu_1_66_4_complementary
 pre_1_66_4 post_1_66_4 -0.5
 post_1_66_4 pre_1_66_4 -0.5
 post_1_66_4 post_1_66_4 1
QCMATRIX relu_1_66_5_complementary
 pre_1_66_5 post_1_66_5 -0.5
 post_1_66_5 pre_1_66_5 -0.5
 post_1_66_5 post_1_66_5 1
QCMATRIX relu_1_66_6_complementary
 pre_1_66_6 post_1_66_6 -0.5
 post_1_66_6 pre_1_66_6 -0.5
 post_1_66_6 post_1_66_6 1
QCMATRIX relu_1_66_7_complementary
 pre_1_66_7 post_1_66_7 -0.5
 post_1_66_7 pre_1_66_7 -0.5
 post_1_66_7 post_1_66_7 1
QCMATRIX relu_1_67_0_complementary
 pre_1_67_0 post_1_67_0 -0.5
 post_1_67_0 pre_1_67_0 -0.5
 post_1_67_0 post_1_67_0 1
QCMATRIX relu_1_67_1_complementary
 pre_1_67_1 post_1_67_1 -0.5
 post_1_67_1 pre_1_67_1 -0.5
 post_1_67_1 post_1_67_1 1
QCMATRIX relu_1_67_2_complementary
 pre_1_67_2 post_1_67_2 -0.5
 post_1_67_2 pre_1_67_2 -0.5
 post_1_67_2 post_1_67_2 1
QCMATRIX relu_1_67_3_complementary
 pre_1_67_3 post_1_67_3 -0.5
 post_1_67_3 pre_1_67_3 -0.5
 post_1_67_3 post_1_67_3 1
QCMATRIX relu_1_67_4_complementary
 pre_1_67_4 post_1_67_4 -0.5
 post_1_67_4 pre_1_67_4 -0.5
 post_1_67_4 post_1_67_4 1
QCMATRIX relu_1_67_5_complementary
 pre_1_67_5 post_1_67_5 -0.5
 post_1_67_5 pre_1_67_5 -0.5
 post_1_67_5 post_1_67_5 1
QCMATRIX relu_1_67_6_complementary
 pre_1_67_6 post_1_67_6 -0.5
 post_1_67_6 pre_1_67_6 -0.5
 post_1_67_6 post_1_67_6 1
QCMATRIX relu_1_67_7_complementary
 pre_1_67_7 post_1_67_7 -0.5
 post_1_67_7 pre_1_67_7 -0.5
 post_1_67_7 post_1_67_7 1
QCMATRIX relu_1_68_0_complementary
 pre_1_68_0 post_1_68_0 -0.5
 post_1_68_0 pre_1_68_0 -0.5
 post_1_68_0 post_1_68_0 1
QCMATRIX relu_1_68_1_complementary
 pre_1_68_1 post_1_68_1 -0.5
 post_1_68_1 pre_1_68_1 -0.5
 post_1_68_1 post_1_68_1 1
QCMATRIX relu_1_68_2_complementary
 pre_1_68_2 post_1_68_2 -0.5
 post_1_68_2 pre_1_68_2 -0.5
 post_1_68_2 post_1_68_2 1
QCMATRIX relu_1_68_3_complementary
 pre_1_68_3 post_1_68_3 -0.5
 post_1_68_3 pre_1_68_3 -0.5
 post_1_68_3 post_1_68_3 1
QCMATRIX relu_1_68_4_complementary
 pre_1_68_4 post_1_68_4 -0.5
 post_1_68_4 pre_1_68_4 -0.5
 post_1_68_4 post_1_68_4 1
QCMATRIX relu_1_68_5_complementary
 pre_1_68_5 post_1_68_5 -0.5
 post_1_68_5 pre_1_68_5 -0.5
 post_1_68_5 post_1_68_5 1
QCMATRIX relu_1_68_6_complementary
 pre_1_68_6 post_1_68_6 -0.5
 post_1_68_6 pre_1_68_6 -0.5
 post_1_68_6 post_1_68_6 1
QCMATRIX relu_1_68_7_complementary
 pre_1_68_7 post_1_68_7 -0.5
 post_1_68_7 pre_1_68_7 -0.5
 post_1_68_7 post_1_68_7 1
QCMATRIX relu_1_69_0_complementary
 pre_1_69_0 post_1_69_0 -0.5
 post_1_69_0 pre_1_69_0 -0.5
 post_1_69_0 post_1_69_0 1
QCMATRIX relu_1_69_1_complementary
 pre_1_69_1 post_1_69_1 -0.5
 post_1_69_1 pre_1_69_1 -0.5
 post_1_69_1 post_1_69_1 1
QCMATRIX relu_1_69_2_complementary
 pre_1_69_2 post_1_69_2 -0.5
 post_1_69_2 pre_1_69_2 -0.5
 post_1_69_2 post_1_69_2 1
QCMATRIX relu_1_69_3_complementary
 pre_1_69_3 post_1_69_3 -0.5
 post_1_69_3 pre_1_69_3 -0.5
 post_1_69_3 post_1_69_3 1
QCMATRIX relu_1_69_4_complementary
 pre_1_69_4 post_1_69_4 -0.5
 post_1_69_4 pre_1_69_4 -0.5
 post_1_69_4 post_1_69_4 1
QCMATRIX relu_1_69_5_complementary
 pre_1_69_5 post_1_69_5 -0.5
 post_1_69_5 pre_1_69_5 -0.5
 post_1_69_5 post_1_69_5 1
QCMATRIX relu_1_69_6_complementary
 pre_1_69_6 post_1_69_6 -0.5
 post_1_69_6 pre_1_69_6 -0.5
 post_1_69_6 post_1_69_6 1
QCMATRIX relu_1_69_7_complementary
 pre_1_69_7 post_1_69_7 -0.5
 post_1_69_7 pre_1_69_7 -0.5
 post_1_69_7 post_1_69_7 1
QCMATRIX relu_1_70_0_complementary
 pre_1_70_0 post_1_70_0 -0.5
 post_1_70_0 pre_1_70_0 -0.5
 post_1_70_0 post_1_70_0 1
QCMATRIX relu_1_70_1_complementary
 pre_1_70_1 post_1_70_1 -0.5
 post_1_70_1 pre_1_70_1 -0.5
 post_1_70_1 post_1_70_1 1
QCMATRIX relu_1_70_2_complementary
 pre_1_70_2 post_1_70_2 -0.5
 post_1_70_2 pre_1_70_2 -0.5
 post_1_70_2 post_1_70_2 1
QCMATRIX relu_1_70_3_complementary
 pre_1_70_3 post_1_70_3 -0.5
 post_1_70_3 pre_1_70_3 -0.5
 post_1_70_3 post_1_70_3 1
QCMATRIX relu_1_70_4_complementary
 pre_1_70_4 post_1_70_4 -0.5
 post_1_70_4 pre_1_70_4 -0.5
 post_1_70_4 post_1_70_4 1
QCMATRIX relu_1_70_5_complementary
 pre_1_70_5 post_1_70_5 -0.5
 post_1_70_5 pre_1_70_5 -0.5
 post_1_70_5 post_1_70_5 1
QCMATRIX relu_1_70_6_complementary
 pre_1_70_6 post_1_70_6 -0.5
 post_1_70_6 pre_1_70_6 -0.5
 post_1_70_6 post_1_70_6 1
QCMATRIX relu_1_70_7_complementary
 pre_1_70_7 post_1_70_7 -0.5
 post_1_70_7 pre_1_70_7 -0.5
 post_1_70_7 post_1_70_7 1
QCMATRIX relu_1_71_0_complementary
 pre_1_71_0 post_1_71_0 -0.5
 post_1_71_0 pre_1_71_0 -0.5
 post_1_71_0 post_1_71_0 1
QCMATRIX relu_1_71_1_complementary
 pre_1_71_1 post_1_71_1 -0.5
 post_1_71_1 pre_1_71_1 -0.5
 post_1_71_1 post_1_71_1 1
QCMATRIX relu_1_71_2_complementary
 pre_1_71_2 post_1_71_2 -0.5
 post_1_71_2 pre_1_71_2 -0.5
 post_1_71_2 post_1_71_2 1
QCMATRIX relu_1_71_3_complementary
 pre_1_71_3 post_1_71_3 -0.5
 post_1_71_3 pre_1_71_3 -0.5
 post_1_71_3 post_1_71_3 1
QCMATRIX relu_1_71_4_complementary
 pre_1_71_4 post_1_71_4 -0.5
 post_1_71_4 pre_1_71_4 -0.5
 post_1_71_4 post_1_71_4 1
QCMATRIX relu_1_71_5_complementary
 pre_1_71_5 post_1_71_5 -0.5
 post_1_71_5 pre_1_71_5 -0.5
 post_1_71_5 post_1_71_5 1
QCMATRIX relu_1_71_6_complementary
 pre_1_71_6 post_1_71_6 -0.5
 post_1_71_6 pre_1_71_6 -0.5
 post_1_71_6 post_1_71_6 1
QCMATRIX relu_1_71_7_complementary
 pre_1_71_7 post_1_71_7 -0.5
 post_1_71_7 pre_1_71_7 -0.5
 post_1_71_7 post_1_71_7 1
QCMATRIX relu_1_72_0_complementary
 pre_1_72_0 post_1_72_0 -0.5
 post_1_72_0 pre_1_72_0 -0.5
 post_1_72_0 post_1_72_0 1
QCMATRIX relu_1_72_1_complementary
 pre_1_72_1 post_1_72_1 -0.5
 post_1_72_1 pre_1_72_1 -0.5
 post_1_72_1 post_1_72_1 1
QCMATRIX relu_1_72_2_complementary
 pre_1_72_2 post_1_72_2 -0.5
 post_1_72_2 pre_1_72_2 -0.5
 post_1_72_2 post_1_72_2 1
QCMATRIX relu_1_72_3_complementary
 pre_1_72_3 post_1_72_3 -0.5
 post_1_72_3 pre_1_72_3 -0.5
 post_1_72_3 post_1_72_3 1
QCMATRIX relu_1_72_4_complementary
 pre_1_72_4 post_1_72_4 -0.5
 post_1_72_4 pre_1_72_4 -0.5
 post_1_72_4 post_1_72_4 1
QCMATRIX relu_1_72_5_complementary
 pre_1_72_5 post_1_72_5 -0.5
 post_1_72_5 pre_1_72_5 -0.5
 post_1_72_5 post_1_72_5 1
QCMATRIX relu_1_72_6_complementary
 pre_1_72_6 post_1_72_6 -0.5
 post_1_72_6 pre_1_72_6 -0.5
 post_1_72_6 post_1_72_6 1
QCMATRIX relu_1_72_7_complementary
 pre_1_72_7 post_1_72_7 -0.5
 post_1_72_7 pre_1_72_7 -0.5
 post_1_72_7 post_1_72_7 1
QCMATRIX relu_1_73_0_complementary
 pre_1_73_0 post_1_73_0 -0.5
 post_1_73_0 pre_1_73_0 -0.5
 post_1_73_0 post_1_73_0 1
QCMATRIX relu_1_73_1_complementary
 pre_1_73_1 post_1_73_1 -0.5
 post_1_73_1 pre_1_73_1 -0.5
 post_1_73_1 post_1_73_1 1
QCMATRIX relu_1_73_2_complementary
 pre_1_73_2 post_1_73_2 -0.5
 post_1_73_2 pre_1_73_2 -0.5
 post_1_73_2 post_1_73_2 1
QCMATRIX relu_1_73_3_complementary
 pre_1_73_3 post_1_73_3 -0.5
 post_1_73_3 pre_1_73_3 -0.5
 post_1_73_3 post_1_73_3 1
QCMATRIX relu_1_73_4_complementary
 pre_1_73_4 post_1_73_4 -0.5
 post_1_73_4 pre_1_73_4 -0.5
 post_1_73_4 post_1_73_4 1
QCMATRIX relu_1_73_5_complementary
 pre_1_73_5 post_1_73_5 -0.5
 post_1_73_5 pre_1_73_5 -0.5
 post_1_73_5 post_1_73_5 1
QCMATRIX relu_1_73_6_complementary
 pre_1_73_6 post_1_73_6 -0.5
 post_1_73_6 pre_1_73_6 -0.5
 post_1_73_6 post_1_73_6 1
QCMATRIX relu_1_73_7_complementary
 pre_1_73_7 post_1_73_7 -0.5
 post_1_73_7 pre_1_73_7 -0.5
 post_1_73_7 post_1_73_7 1
QCMATRIX relu_1_74_0_complementary
 pre_1_74_0 post_1_74_0 -0.5
 post_1_74_0 pre_1_74_0 -0.5
 post_1_74_0 post_1_74_0 1
QCMATRIX relu_1_74_1_complementary
 pre_1_74_1 post_1_74_1 -0.5
 post_1_74_1 pre_1_74_1 -0.5
 post_1_74_1 post_1_74_1 1
QCMATRIX relu_1_74_2_complementary
 pre_1_74_2 post_1_74_2 -0.5
 post_1_74_2 pre_1_74_2 -0.5
 post_1_74_2 post_1_74_2 1
QCMATRIX relu_1_74_3_complementary
 pre_1_74_3 post_1_74_3 -0.5
 post_1_74_3 pre_1_74_3 -0.5
 post_1_74_3 post_1_74_3 1
QCMATRIX relu_1_74_4_complementary
 pre_1_74_4 post_1_74_4 -0.5
 post_1_74_4 pre_1_74_4 -0.5
 post_1_74_4 post_1_74_4 1
QCMATRIX relu_1_74_5_complementary
 pre_1_74_5 post_1_74_5 -0.5
 post_1_74_5 pre_1_74_5 -0.5
 post_1_74_5 post_1_74_5 1
QCMATRIX relu_1_74_6_complementary
 pre_1_74_6 post_1_74_6 -0.5
 post_1_74_6 pre_1_74_6 -0.5
 post_1_74_6 post_1_74_6 1
QCMATRIX relu_1_74_7_complementary
 pre_1_74_7 post_1_74_7 -0.5
 post_1_74_7 pre_1_74_7 -0.5
 post_1_74_7 post_1_74_7 1
QCMATRIX relu_1_75_0_complementary
 pre_1_75_0 post_1_75_0 -0.5
 post_1_75_0 pre_1_75_0 -0.5
 post_1_75_0 post_1_75_0 1
QCMATRIX relu_1_75_1_complementary
 pre_1_75_1 post_1_75_1 -0.5
 post_1_75_1 pre_1_75_1 -0.5
 post_1_75_1 post_1_75_1 1
QCMATRIX relu_1_75_2_complementary
 pre_1_75_2 post_1_75_2 -0.5
 post_1_75_2 pre_1_75_2 -0.5
 post_1_75_2 post_1_75_2 1
QCMATRIX relu_1_75_3_complementary
 pre_1_75_3 post_1_75_3 -0.5
 post_1_75_3 pre_1_75_3 -0.5
 post_1_75_3 post_1_75_3 1
QCMATRIX relu_1_75_4_complementary
 pre_1_75_4 post_1_75_4 -0.5
 post_1_75_4 pre_1_75_4 -0.5
 post_1_75_4 post_1_75_4 1
QCMATRIX relu_1_75_5_complementary
 pre_1_75_5 post_1_75_5 -0.5
 post_1_75_5 pre_1_75_5 -0.5
 post_1_75_5 post_1_75_5 1
QCMATRIX relu_1_75_6_complementary
 pre_1_75_6 post_1_75_6 -0.5
 post_1_75_6 pre_1_75_6 -0.5
 post_1_75_6 post_1_75_6 1
QCMATRIX relu_1_75_7_complementary
 pre_1_75_7 post_1_75_7 -0.5
 post_1_75_7 pre_1_75_7 -0.5
 post_1_75_7 post_1_75_7 1
QCMATRIX relu_1_76_0_complementary
 pre_1_76_0 post_1_76_0 -0.5
 post_1_76_0 pre_1_76_0 -0.5
 post_1_76_0 post_1_76_0 1
QCMATRIX relu_1_76_1_complementary
 pre_1_76_1 post_1_76_1 -0.5
 post_1_76_1 pre_1_76_1 -0.5
 post_1_76_1 post_1_76_1 1
QCMATRIX relu_1_76_2_complementary
 pre_1_76_2 post_1_76_2 -0.5
 post_1_76_2 pre_1_76_2 -0.5
 post_1_76_2 post_1_76_2 1
QCMATRIX relu_1_76_3_complementary
 pre_1_76_3 post_1_76_3 -0.5
 post_1_76_3 pre_1_76_3 -0.5
 post_1_76_3 post_1_76_3 1
QCMATRIX relu_1_76_4_complementary
 pre_1_76_4 post_1_76_4 -0.5
 post_1_76_4 pre_1_76_4 -0.5
 post_1_76_4 post_1_76_4 1
QCMATRIX relu_1_76_5_complementary
 pre_1_76_5 post_1_76_5 -0.5
 post_1_76_5 pre_1_76_5 -0.5
 post_1_76_5 post_1_76_5 1
QCMATRIX relu_1_76_6_complementary
 pre_1_76_6 post_1_76_6 -0.5
 post_1_76_6 pre_1_76_6 -0.5
 post_1_76_6 post_1_76_6 1
QCMATRIX relu_1_76_7_complementary
 pre_1_76_7 post_1_76_7 -0.5
 post_1_76_7 pre_1_76_7 -0.5
 post_1_76_7 post_1_76_7 1
QCMATRIX relu_1_77_0_complementary
 pre_1_77_0 post_1_77_0 -0.5
 post_1_77_0 pre_1_77_0 -0.5
 post_1_77_0 post_1_77_0 1
QCMATRIX relu_1_77_1_complementary
 pre_1_77_1 post_1_77_1 -0.5
 post_1_77_1 pre_1_77_1 -0.5
 post_1_77_1 post_1_77_1 1
QCMATRIX relu_1_77_2_complementary
 pre_1_77_2 post_1_77_2 -0.5
 post_1_77_2 pre_1_77_2 -0.5
 post_1_77_2 post_1_77_2 1
QCMATRIX relu_1_77_3_complementary
 pre_1_77_3 post_1_77_3 -0.5
 post_1_77_3 pre_1_77_3 -0.5
 post_1_77_3 post_1_77_3 1
QCMATRIX relu_1_77_4_complementary
 pre_1_77_4 post_1_77_4 -0.5
 post_1_77_4 pre_1_77_4 -0.5
 post_1_77_4 post_1_77_4 1
QCMATRIX relu_1_77_5_complementary
 pre_1_77_5 post_1_77_5 -0.5
 post_1_77_5 pre_1_77_5 -0.5
 post_1_77_5 post_1_77_5 1
QCMATRIX relu_1_77_6_complementary
 pre_1_77_6 post_1_77_6 -0.5
 post_1_77_6 pre_1_77_6 -0.5
 post_1_77_6 post_1_77_6 1
QCMATRIX relu_1_77_7_complementary
 pre_1_77_7 post_1_77_7 -0.5
 post_1_77_7 pre_1_77_7 -0.5
 post_1_77_7 post_1_77_7 1
QCMATRIX relu_1_78_0_complementary
 pre_1_78_0 post_1_78_0 -0.5
 post_1_78_0 pre_1_78_0 -0.5
 post_1_78_0 post_1_78_0 1
QCMATRIX relu_1_78_1_complementary
 pre_1_78_1 post_1_78_1 -0.5
 post_1_78_1 pre_1_78_1 -0.5
 post_1_78_1 post_1_78_1 1
QCMATRIX relu_1_78_2_complementary
 pre_1_78_2 post_1_78_2 -0.5
 post_1_78_2 pre_1_78_2 -0.5
 post_1_78_2 post_1_78_2 1
QCMATRIX relu_1_78_3_complementary
 pre_1_78_3 post_1_78_3 -0.5
 post_1_78_3 pre_1_78_3 -0.5
 post_1_78_3 post_1_78_3 1
QCMATRIX relu_1_78_4_complementary
 pre_1_78_4 post_1_78_4 -0.5
 post_1_78_4 pre_1_78_4 -0.5
 post_1_78_4 post_1_78_4 1
QCMATRIX relu_1_78_5_complementary
 pre_1_78_5 post_1_78_5 -0.5
 post_1_78_5 pre_1_78_5 -0.5
 post_1_78_5 post_1_78_5 1
QCMATRIX relu_1_78_6_complementary
 pre_1_78_6 post_1_78_6 -0.5
 post_1_78_6 pre_1_78_6 -0.5
 post_1_78_6 post_1_78_6 1
QCMATRIX relu_1_78_7_complementary
 pre_1_78_7 post_1_78_7 -0.5
 post_1_78_7 pre_1_78_7 -0.5
 post_1_78_7 post_1_78_7 1
QCMATRIX relu_1_79_0_complementary
 pre_1_79_0 post_1_79_0 -0.5
 post_1_79_0 pre_1_79_0 -0.5
 post_1_79_0 post_1_79_0 1
QCMATRIX relu_1_79_1_complementary
 pre_1_79_1 post_1_79_1 -0.5
 post_1_79_1 pre_1_79_1 -0.5
 post_1_79_1 post_1_79_1 1
QCMATRIX relu_1_79_2_complementary
 pre_1_79_2 post_1_79_2 -0.5
 post_1_79_2 pre_1_79_2 -0.5
 post_1_79_2 post_1_79_2 1
QCMATRIX relu_1_79_3_complementary
 pre_1_79_3 post_1_79_3 -0.5
 post_1_79_3 pre_1_79_3 -0.5
 post_1_79_3 post_1_79_3 1
QCMATRIX relu_1_79_4_complementary
 pre_1_79_4 post_1_79_4 -0.5
 post_1_79_4 pre_1_79_4 -0.5
 post_1_79_4 post_1_79_4 1
QCMATRIX relu_1_79_5_complementary
 pre_1_79_5 post_1_79_5 -0.5
 post_1_79_5 pre_1_79_5 -0.5
 post_1_79_5 post_1_79_5 1
QCMATRIX relu_1_79_6_complementary
 pre_1_79_6 post_1_79_6 -0.5
 post_1_79_6 pre_1_79_6 -0.5
 post_1_79_6 post_1_79_6 1
QCMATRIX relu_1_79_7_complementary
 pre_1_79_7 post_1_79_7 -0.5
 post_1_79_7 pre_1_79_7 -0.5
 post_1_79_7 post_1_79_7 1
QCMATRIX relu_1_80_0_complementary
 pre_1_80_0 post_1_80_0 -0.5
 post_1_80_0 pre_1_80_0 -0.5
 post_1_80_0 post_1_80_0 1
QCMATRIX relu_1_80_1_complementary
 pre_1_80_1 post_1_80_1 -0.5
 post_1_80_1 pre_1_80_1 -0.5
 post_1_80_1 post_1_80_1 1
QCMATRIX relu_1_80_2_complementary
 pre_1_80_2 post_1_80_2 -0.5
 post_1_80_2 pre_1_80_2 -0.5
 post_1_80_2 post_1_80_2 1
QCMATRIX relu_1_80_3_complementary
 pre_1_80_3 post_1_80_3 -0.5
 post_1_80_3 pre_1_80_3 -0.5
 post_1_80_3 post_1_80_3 1
QCMATRIX relu_1_80_4_complementary
 pre_1_80_4 post_1_80_4 -0.5
 post_1_80_4 pre_1_80_4 -0.5
 post_1_80_4 post_1_80_4 1
QCMATRIX relu_1_80_5_complementary
 pre_1_80_5 post_1_80_5 -0.5
 post_1_80_5 pre_1_80_5 -0.5
 post_1_80_5 post_1_80_5 1
QCMATRIX relu_1_80_6_complementary
 pre_1_80_6 post_1_80_6 -0.5
 post_1_80_6 pre_1_80_6 -0.5
 post_1_80_6 post_1_80_6 1
QCMATRIX relu_1_80_7_complementary
 pre_1_80_7 post_1_80_7 -0.5
 post_1_80_7 pre_1_80_7 -0.5
 post_1_80_7 post_1_80_7 1
QCMATRIX relu_1_81_0_complementary
 pre_1_81_0 post_1_81_0 -0.5
 post_1_81_0 pre_1_81_0 -0.5
 post_1_81_0 post_1_81_0 1
QCMATRIX relu_1_81_1_complementary
 pre_1_81_1 post_1_81_1 -0.5
 post_1_81_1 pre_1_81_1 -0.5
 post_1_81_1 post_1_81_1 1
QCMATRIX relu_1_81_2_complementary
 pre_1_81_2 post_1_81_2 -0.5
 post_1_81_2 pre_1_81_2 -0.5
 post_1_81_2 post_1_81_2 1
QCMATRIX relu_1_81_3_complementary
 pre_1_81_3 post_1_81_3 -0.5
 post_1_81_3 pre_1_81_3 -0.5
 post_1_81_3 post_1_81_3 1
QCMATRIX relu_1_81_4_complementary
 pre_1_81_4 post_1_81_4 -0.5
 post_1_81_4 pre_1_81_4 -0.5
 post_1_81_4 post_1_81_4 1
QCMATRIX relu_1_81_5_complementary
 pre_1_81_5 post_1_81_5 -0.5
 post_1_81_5 pre_1_81_5 -0.5
 post_1_81_5 post_1_81_5 1
QCMATRIX relu_1_81_6_complementary
 pre_1_81_6 post_1_81_6 -0.5
 post_1_81_6 pre_1_81_6 -0.5
 post_1_81_6 post_1_81_6 1
QCMATRIX relu_1_81_7_complementary
 pre_1_81_7 post_1_81_7 -0.5
 post_1_81_7 pre_1_81_7 -0.5
 post_1_81_7 post_1_81_7 1
QCMATRIX relu_1_82_0_complementary
 pre_1_82_0 post_1_82_0 -0.5
 post_1_82_0 pre_1_82_0 -0.5
 post_1_82_0 post_1_82_0 1
QCMATRIX relu_1_82_1_complementary
 pre_1_82_1 post_1_82_1 -0.5
 post_1_82_1 pre_1_82_1 -0.5
 post_1_82_1 post_1_82_1 1
QCMATRIX relu_1_82_2_complementary
 pre_1_82_2 post_1_82_2 -0.5
 post_1_82_2 pre_1_82_2 -0.5
 post_1_82_2 post_1_82_2 1
QCMATRIX relu_1_82_3_complementary
 pre_1_82_3 post_1_82_3 -0.5
 post_1_82_3 pre_1_82_3 -0.5
 post_1_82_3 post_1_82_3 1
QCMATRIX relu_1_82_4_complementary
 pre_1_82_4 post_1_82_4 -0.5
 post_1_82_4 pre_1_82_4 -0.5
 post_1_82_4 post_1_82_4 1
QCMATRIX relu_1_82_5_complementary
 pre_1_82_5 post_1_82_5 -0.5
 post_1_82_5 pre_1_82_5 -0.5
 post_1_82_5 post_1_82_5 1
QCMATRIX relu_1_82_6_complementary
 pre_1_82_6 post_1_82_6 -0.5
 post_1_82_6 pre_1_82_6 -0.5
 post_1_82_6 post_1_82_6 1
QCMATRIX relu_1_82_7_complementary
 pre_1_82_7 post_1_82_7 -0.5
 post_1_82_7 pre_1_82_7 -0.5
 post_1_82_7 post_1_82_7 1
QCMATRIX relu_1_83_0_complementary
 pre_1_83_0 post_1_83_0 -0.5
 post_1_83_0 pre_1_83_0 -0.5
 post_1_83_0 post_1_83_0 1
QCMATRIX relu_1_83_1_complementary
 pre_1_83_1 post_1_83_1 -0.5
 post_1_83_1 pre_1_83_1 -0.5
 post_1_83_1 post_1_83_1 1
QCMATRIX relu_1_83_2_complementary
 pre_1_83_2 post_1_83_2 -0.5
 post_1_83_2 pre_1_83_2 -0.5
 post_1_83_2 post_1_83_2 1
QCMATRIX relu_1_83_3_complementary
 pre_1_83_3 post_1_83_3 -0.5
 post_1_83_3 pre_1_83_3 -0.5
 post_1_83_3 post_1_83_3 1
QCMATRIX relu_1_83_4_complementary
 pre_1_83_4 post_1_83_4 -0.5
 post_1_83_4 pre_1_83_4 -0.5
 post_1_83_4 post_1_83_4 1
QCMATRIX relu_1_83_5_complementary
 pre_1_83_5 post_1_83_5 -0.5
 post_1_83_5 pre_1_83_5 -0.5
 post_1_83_5 post_1_83_5 1
QCMATRIX relu_1_83_6_complementary
 pre_1_83_6 post_1_83_6 -0.5
 post_1_83_6 pre_1_83_6 -0.5
 post_1_83_6 post_1_83_6 1
QCMATRIX relu_1_83_7_complementary
 pre_1_83_7 post_1_83_7 -0.5
 post_1_83_7 pre_1_83_7 -0.5
 post_1_83_7 post_1_83_7 1
QCMATRIX relu_1_84_0_complementary
 pre_1_84_0 post_1_84_0 -0.5
 post_1_84_0 pre_1_84_0 -0.5
 post_1_84_0 post_1_84_0 1
QCMATRIX relu_1_84_1_complementary
 pre_1_84_1 post_1_84_1 -0.5
 post_1_84_1 pre_1_84_1 -0.5
 post_1_84_1 post_1_84_1 1
QCMATRIX relu_1_84_2_complementary
 pre_1_84_2 post_1_84_2 -0.5
 post_1_84_2 pre_1_84_2 -0.5
 post_1_84_2 post_1_84_2 1
QCMATRIX relu_1_84_3_complementary
 pre_1_84_3 post_1_84_3 -0.5
 post_1_84_3 pre_1_84_3 -0.5
 post_1_84_3 post_1_84_3 1
QCMATRIX relu_1_84_4_complementary
 pre_1_84_4 post_1_84_4 -0.5
 post_1_84_4 pre_1_84_4 -0.5
 post_1_84_4 post_1_84_4 1
QCMATRIX relu_1_84_5_complementary
 pre_1_84_5 post_1_84_5 -0.5
 post_1_84_5 pre_1_84_5 -0.5
 post_1_84_5 post_1_84_5 1
QCMATRIX relu_1_84_6_complementary
 pre_1_84_6 post_1_84_6 -0.5
 post_1_84_6 pre_1_84_6 -0.5
 post_1_84_6 post_1_84_6 1
QCMATRIX relu_1_84_7_complementary
 pre_1_84_7 post_1_84_7 -0.5
 post_1_84_7 pre_1_84_7 -0.5
 post_1_84_7 post_1_84_7 1
QCMATRIX relu_1_85_0_complementary
 pre_1_85_0 post_1_85_0 -0.5
 post_1_85_0 pre_1_85_0 -0.5
 post_1_85_0 post_1_85_0 1
QCMATRIX relu_1_85_1_complementary
 pre_1_85_1 post_1_85_1 -0.5
 post_1_85_1 pre_1_85_1 -0.5
 post_1_85_1 post_1_85_1 1
QCMATRIX relu_1_85_2_complementary
 pre_1_85_2 post_1_85_2 -0.5
 post_1_85_2 pre_1_85_2 -0.5
 post_1_85_2 post_1_85_2 1
QCMATRIX relu_1_85_3_complementary
 pre_1_85_3 post_1_85_3 -0.5
 post_1_85_3 pre_1_85_3 -0.5
 post_1_85_3 post_1_85_3 1
QCMATRIX relu_1_85_4_complementary
 pre_1_85_4 post_1_85_4 -0.5
 post_1_85_4 pre_1_85_4 -0.5
 post_1_85_4 post_1_85_4 1
QCMATRIX relu_1_85_5_complementary
 pre_1_85_5 post_1_85_5 -0.5
 post_1_85_5 pre_1_85_5 -0.5
 post_1_85_5 post_1_85_5 1
QCMATRIX relu_1_85_6_complementary
 pre_1_85_6 post_1_85_6 -0.5
 post_1_85_6 pre_1_85_6 -0.5
 post_1_85_6 post_1_85_6 1
QCMATRIX relu_1_85_7_complementary
 pre_1_85_7 post_1_85_7 -0.5
 post_1_85_7 pre_1_85_7 -0.5
 post_1_85_7 post_1_85_7 1
QCMATRIX relu_1_86_0_complementary
 pre_1_86_0 post_1_86_0 -0.5
 post_1_86_0 pre_1_86_0 -0.5
 post_1_86_0 post_1_86_0 1
QCMATRIX relu_1_86_1_complementary
 pre_1_86_1 post_1_86_1 -0.5
 post_1_86_1 pre_1_86_1 -0.5
 post_1_86_1 post_1_86_1 1
QCMATRIX relu_1_86_2_complementary
 pre_1_86_2 post_1_86_2 -0.5
 post_1_86_2 pre_1_86_2 -0.5
 post_1_86_2 post_1_86_2 1
QCMATRIX relu_1_86_3_complementary
 pre_1_86_3 post_1_86_3 -0.5
 post_1_86_3 pre_1_86_3 -0.5
 post_1_86_3 post_1_86_3 1
QCMATRIX relu_1_86_4_complementary
 pre_1_86_4 post_1_86_4 -0.5
 post_1_86_4 pre_1_86_4 -0.5
 post_1_86_4 post_1_86_4 1
QCMATRIX relu_1_86_5_complementary
 pre_1_86_5 post_1_86_5 -0.5
 post_1_86_5 pre_1_86_5 -0.5
 post_1_86_5 post_1_86_5 1
QCMATRIX relu_1_86_6_complementary
 pre_1_86_6 post_1_86_6 -0.5
 post_1_86_6 pre_1_86_6 -0.5
 post_1_86_6 post_1_86_6 1
QCMATRIX relu_1_86_7_complementary
 pre_1_86_7 post_1_86_7 -0.5
 post_1_86_7 pre_1_86_7 -0.5
 post_1_86_7 post_1_86_7 1
QCMATRIX relu_1_87_0_complementary
 pre_1_87_0 post_1_87_0 -0.5
 post_1_87_0 pre_1_87_0 -0.5
 post_1_87_0 post_1_87_0 1
QCMATRIX relu_1_87_1_complementary
 pre_1_87_1 post_1_87_1 -0.5
 post_1_87_1 pre_1_87_1 -0.5
 post_1_87_1 post_1_87_1 1
QCMATRIX relu_1_87_2_complementary
 pre_1_87_2 post_1_87_2 -0.5
 post_1_87_2 pre_1_87_2 -0.5
 post_1_87_2 post_1_87_2 1
QCMATRIX relu_1_87_3_complementary
 pre_1_87_3 post_1_87_3 -0.5
 post_1_87_3 pre_1_87_3 -0.5
 post_1_87_3 post_1_87_3 1
QCMATRIX relu_1_87_4_complementary
 pre_1_87_4 post_1_87_4 -0.5
 post_1_87_4 pre_1_87_4 -0.5
 post_1_87_4 post_1_87_4 1
QCMATRIX relu_1_87_5_complementary
 pre_1_87_5 post_1_87_5 -0.5
 post_1_87_5 pre_1_87_5 -0.5
 post_1_87_5 post_1_87_5 1
QCMATRIX relu_1_87_6_complementary
 pre_1_87_6 post_1_87_6 -0.5
 post_1_87_6 pre_1_87_6 -0.5
 post_1_87_6 post_1_87_6 1
QCMATRIX relu_1_87_7_complementary
 pre_1_87_7 post_1_87_7 -0.5
 post_1_87_7 pre_1_87_7 -0.5
 post_1_87_7 post_1_87_7 1
QCMATRIX relu_1_88_0_complementary
 pre_1_88_0 post_1_88_0 -0.5
 post_1_88_0 pre_1_88_0 -0.5
 post_1_88_0 post_1_88_0 1
QCMATRIX relu_1_88_1_complementary
 pre_1_88_1 post_1_88_1 -0.5
 post_1_88_1 pre_1_88_1 -0.5
 post_1_88_1 post_1_88_1 1
QCMATRIX relu_1_88_2_complementary
 pre_1_88_2 post_1_88_2 -0.5
 post_1_88_2 pre_1_88_2 -0.5
 post_1_88_2 post_1_88_2 1
QCMATRIX relu_1_88_3_complementary
 pre_1_88_3 post_1_88_3 -0.5
 post_1_88_3 pre_1_88_3 -0.5
 post_1_88_3 post_1_88_3 1
QCMATRIX relu_1_88_4_complementary
 pre_1_88_4 post_1_88_4 -0.5
 post_1_88_4 pre_1_88_4 -0.5
 post_1_88_4 post_1_88_4 1
QCMATRIX relu_1_88_5_complementary
 pre_1_88_5 post_1_88_5 -0.5
 post_1_88_5 pre_1_88_5 -0.5
 post_1_88_5 post_1_88_5 1
QCMATRIX relu_1_88_6_complementary
 pre_1_88_6 post_1_88_6 -0.5
 post_1_88_6 pre_1_88_6 -0.5
 post_1_88_6 post_1_88_6 1
QCMATRIX relu_1_88_7_complementary
 pre_1_88_7 post_1_88_7 -0.5
 post_1_88_7 pre_1_88_7 -0.5
 post_1_88_7 post_1_88_7 1
QCMATRIX relu_1_89_0_complementary
 pre_1_89_0 post_1_89_0 -0.5
 post_1_89_0 pre_1_89_0 -0.5
 post_1_89_0 post_1_89_0 1
QCMATRIX relu_1_89_1_complementary
 pre_1_89_1 post_1_89_1 -0.5
 post_1_89_1 pre_1_89_1 -0.5
 post_1_89_1 post_1_89_1 1
QCMATRIX relu_1_89_2_complementary
 pre_1_89_2 post_1_89_2 -0.5
 post_1_89_2 pre_1_89_2 -0.5
 post_1_89_2 post_1_89_2 1
QCMATRIX relu_1_89_3_complementary
 pre_1_89_3 post_1_89_3 -0.5
 post_1_89_3 pre_1_89_3 -0.5
 post_1_89_3 post_1_89_3 1
QCMATRIX relu_1_89_4_complementary
 pre_1_89_4 post_1_89_4 -0.5
 post_1_89_4 pre_1_89_4 -0.5
 post_1_89_4 post_1_89_4 1
QCMATRIX relu_1_89_5_complementary
 pre_1_89_5 post_1_89_5 -0.5
 post_1_89_5 pre_1_89_5 -0.5
 post_1_89_5 post_1_89_5 1
QCMATRIX relu_1_89_6_complementary
 pre_1_89_6 post_1_89_6 -0.5
 post_1_89_6 pre_1_89_6 -0.5
 post_1_89_6 post_1_89_6 1
QCMATRIX relu_1_89_7_complementary
 pre_1_89_7 post_1_89_7 -0.5
 post_1_89_7 pre_1_89_7 -0.5
 post_1_89_7 post_1_89_7 1
QCMATRIX relu_1_90_0_complementary
 pre_1_90_0 post_1_90_0 -0.5
 post_1_90_0 pre_1_90_0 -0.5
 post_1_90_0 post_1_90_0 1
QCMATRIX relu_1_90_1_complementary
 pre_1_90_1 post_1_90_1 -0.5
 post_1_90_1 pre_1_90_1 -0.5
 post_1_90_1 post_1_90_1 1
QCMATRIX relu_1_90_2_complementary
 pre_1_90_2 post_1_90_2 -0.5
 post_1_90_2 pre_1_90_2 -0.5
 post_1_90_2 post_1_90_2 1
QCMATRIX relu_1_90_3_complementary
 pre_1_90_3 post_1_90_3 -0.5
 post_1_90_3 pre_1_90_3 -0.5
 post_1_90_3 post_1_90_3 1
QCMATRIX relu_1_90_4_complementary
 pre_1_90_4 post_1_90_4 -0.5
 post_1_90_4 pre_1_90_4 -0.5
 post_1_90_4 post_1_90_4 1
QCMATRIX relu_1_90_5_complementary
 pre_1_90_5 post_1_90_5 -0.5
 post_1_90_5 pre_1_90_5 -0.5
 post_1_90_5 post_1_90_5 1
QCMATRIX relu_1_90_6_complementary
 pre_1_90_6 post_1_90_6 -0.5
 post_1_90_6 pre_1_90_6 -0.5
 post_1_90_6 post_1_90_6 1
QCMATRIX relu_1_90_7_complementary
 pre_1_90_7 post_1_90_7 -0.5
 post_1_90_7 pre_1_90_7 -0.5
 post_1_90_7 post_1_90_7 1
ENDATA
