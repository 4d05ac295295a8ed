* teacher-N64-n2-m3-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N64-n2-m3-p1-s0, problem 1, plain-indicator; {"hidden": [3], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_1_2_0, w_1_2_1, w_2_0_0,
  w_2_0_1, w_2_0_2, b_1_0, b_1_1, b_1_2, b_2_0, pre_1_0_0, pre_1_0_1,
  pre_1_0_2, pre_1_1_0, pre_1_1_1, pre_1_1_2, pre_1_2_0, pre_1_2_1, pre_1_2_2, pre_1_3_0,
  pre_1_3_1, pre_1_3_2, pre_1_4_0, pre_1_4_1, pre_1_4_2, pre_1_5_0, pre_1_5_1, pre_1_5_2,
  pre_1_6_0, pre_1_6_1, pre_1_6_2, pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_8_0, pre_1_8_1,
  pre_1_8_2, pre_1_9_0, pre_1_9_1, pre_1_9_2, pre_1_10_0, pre_1_10_1, pre_1_10_2, pre_1_11_0,
  pre_1_11_1, pre_1_11_2, pre_1_12_0, pre_1_12_1, pre_1_12_2, pre_1_13_0, pre_1_13_1, pre_1_13_2,
  pre_1_14_0, pre_1_14_1, pre_1_14_2, pre_1_15_0, pre_1_15_1, pre_1_15_2, pre_1_16_0, pre_1_16_1,
  pre_1_16_2, pre_1_17_0, pre_1_17_1, pre_1_17_2, pre_1_18_0, pre_1_18_1, pre_1_18_2, pre_1_19_0,
  pre_1_19_1, pre_1_19_2, pre_1_20_0, pre_1_20_1, pre_1_20_2, pre_1_21_0, pre_1_21_1, pre_1_21_2,
  pre_1_22_0, pre_1_22_1, pre_1_22_2, pre_1_23_0, pre_1_23_1, pre_1_23_2, pre_1_24_0, pre_1_24_1,
  pre_1_24_2, pre_1_25_0, pre_1_25_1, pre_1_25_2, pre_1_26_0, pre_1_26_1, pre_1_26_2, pre_1_27_0,
  pre_1_27_1, pre_1_27_2, pre_1_28_0, pre_1_28_1, pre_1_28_2, pre_1_29_0, pre_1_29_1, pre_1_29_2,
  pre_1_30_0, pre_1_30_1, pre_1_30_2, pre_1_31_0, pre_1_31_1, pre_1_31_2, pre_1_32_0, pre_1_32_1,
  pre_1_32_2, pre_1_33_0, pre_1_33_1, pre_1_33_2, pre_1_34_0, pre_1_34_1, pre_1_34_2, pre_1_35_0,
  pre_1_35_1, pre_1_35_2, pre_1_36_0, pre_1_36_1, pre_1_36_2, pre_1_37_0, pre_1_37_1, pre_1_37_2,
  pre_1_38_0, pre_1_38_1, pre_1_38_2, pre_1_39_0, pre_1_39_1, pre_1_39_2, pre_1_40_0, pre_1_40_1,
  pre_1_40_2, pre_1_41_0, pre_1_41_1, pre_1_41_2, pre_1_42_0, pre_1_42_1, pre_1_42_2, pre_1_43_0,
  pre_1_43_1, pre_1_43_2, pre_1_44_0, pre_1_44_1, pre_1_44_2, pre_1_45_0, pre_1_45_1, pre_1_45_2,
  pre_1_46_0, pre_1_46_1, pre_1_46_2, pre_1_47_0, pre_1_47_1, pre_1_47_2, pre_1_48_0, pre_1_48_1,
  pre_1_48_2, pre_1_49_0, pre_1_49_1, pre_1_49_2, pre_1_50_0, pre_1_50_1, pre_1_50_2, pre_1_51_0,
  pre_1_51_1, pre_1_51_2, pre_1_52_0, pre_1_52_1, pre_1_52_2, pre_1_53_0, pre_1_53_1, pre_1_53_2,
  pre_1_54_0, pre_1_54_1, pre_1_54_2, pre_1_55_0, pre_1_55_1, pre_1_55_2, pre_1_56_0, pre_1_56_1,
  pre_1_56_2, pre_1_57_0, pre_1_57_1, pre_1_57_2, pre_1_58_0, pre_1_58_1, pre_1_58_2, pre_1_59_0,
  pre_1_59_1, pre_1_59_2, pre_1_60_0, pre_1_60_1, pre_1_60_2, pre_1_61_0, pre_1_61_1, pre_1_61_2,
  pre_1_62_0, pre_1_62_1, pre_1_62_2, pre_1_63_0, pre_1_63_1, pre_1_63_2, post_1_0_0, post_1_0_1,
  post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2, post_1_2_0, post_1_2_1, post_1_2_2, post_1_3_0,
  post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1, post_1_4_2, post_1_5_0, post_1_5_1, post_1_5_2,
  post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0, post_1_7_1, post_1_7_2, post_1_8_0, post_1_8_1,
  post_1_8_2, post_1_9_0, post_1_9_1, post_1_9_2, post_1_10_0, post_1_10_1, post_1_10_2, post_1_11_0,
  post_1_11_1, post_1_11_2, post_1_12_0, post_1_12_1, post_1_12_2, post_1_13_0, post_1_13_1, post_1_13_2,
  post_1_14_0, post_1_14_1, post_1_14_2, post_1_15_0, post_1_15_1, post_1_15_2, post_1_16_0, post_1_16_1,
  post_1_16_2, post_1_17_0, post_1_17_1, post_1_17_2, post_1_18_0, post_1_18_1, post_1_18_2, post_1_19_0,
  post_1_19_1, post_1_19_2, post_1_20_0, post_1_20_1, post_1_20_2, post_1_21_0, post_1_21_1, post_1_21_2,
  post_1_22_0, post_1_22_1, post_1_22_2, post_1_23_0, post_1_23_1, post_1_23_2, post_1_24_0, post_1_24_1,
  post_1_24_2, post_1_25_0, post_1_25_1, post_1_25_2, post_1_26_0, post_1_26_1, post_1_26_2, post_1_27_0,
  post_1_27_1, post_1_27_2, post_1_28_0, post_1_28_1, post_1_28_2, post_1_29_0, post_1_29_1, post_1_29_2,
  post_1_30_0, post_1_30_1, post_1_30_2, post_1_31_0, post_1_31_1, post_1_31_2, post_1_32_0, post_1_32_1,
  post_1_32_2, post_1_33_0, post_1_33_1, post_1_33_2, post_1_34_0, post_1_34_1, post_1_34_2, post_1_35_0,
  post_1_35_1, post_1_35_2, post_1_36_0, post_1_36_1, post_1_36_2, post_1_37_0, post_1_37_1, post_1_37_2,
  post_1_38_0, post_1_38_1, post_1_38_2, post_1_39_0, post_1_39_1, post_1_39_2, post_1_40_0, post_1_40_1,
  post_1_40_2, post_1_41_0, post_1_41_1, post_1_41_2, post_1_42_0, post_1_42_1, post_1_42_2, post_1_43_0,
  post_1_43_1, post_1_43_2, post_1_44_0, post_1_44_1, post_1_44_2, post_1_45_0, post_1_45_1, post_1_45_2,
  post_1_46_0, post_1_46_1, post_1_46_2, post_1_47_0, post_1_47_1, post_1_47_2, post_1_48_0, post_1_48_1,
  post_1_48_2, post_1_49_0, post_1_49_1, post_1_49_2, post_1_50_0, post_1_50_1, post_1_50_2, post_1_51_0,
  post_1_51_1, post_1_51_2, post_1_52_0, post_1_52_1, post_1_52_2, post_1_53_0, post_1_53_1, post_1_53_2,
  post_1_54_0, post_1_54_1, post_1_54_2, post_1_55_0, post_1_55_1, post_1_55_2, post_1_56_0, post_1_56_1,
  post_1_56_2, post_1_57_0, post_1_57_1, post_1_57_2, post_1_58_0, post_1_58_1, post_1_58_2, post_1_59_0,
  post_1_59_1, post_1_59_2, post_1_60_0, post_1_60_1, post_1_60_2, post_1_61_0, post_1_61_1, post_1_61_2,
  post_1_62_0, post_1_62_1, post_1_62_2, post_1_63_0, post_1_63_1, post_1_63_2, out_0_0, out_1_0,
  out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0,
  out_10_0, out_11_0, out_12_0, out_13_0, out_14_0, out_15_0, out_16_0, out_17_0,
  out_18_0, out_19_0, out_20_0, out_21_0, out_22_0, out_23_0, out_24_0, out_25_0,
  out_26_0, out_27_0, out_28_0, out_29_0, out_30_0, out_31_0, out_32_0, out_33_0,
  out_34_0, out_35_0, out_36_0, out_37_0, out_38_0, out_39_0, out_40_0, out_41_0,
  out_42_0, out_43_0, out_44_0, out_45_0, out_46_0, out_47_0, out_48_0, out_49_0,
  out_50_0, out_51_0, out_52_0, out_53_0, out_54_0, out_55_0, out_56_0, out_57_0,
  out_58_0, out_59_0, out_60_0, out_61_0, out_62_0, out_63_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_0_2_on_binary_indicator_var, relu_1_0_2_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var,
  relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var, relu_1_1_2_on_binary_indicator_var, relu_1_1_2_off_binary_indicator_var, relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var,
  relu_1_2_2_on_binary_indicator_var, relu_1_2_2_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var, relu_1_3_2_on_binary_indicator_var, relu_1_3_2_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_4_2_on_binary_indicator_var, relu_1_4_2_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var,
  relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var, relu_1_5_2_on_binary_indicator_var, relu_1_5_2_off_binary_indicator_var, relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var,
  relu_1_6_2_on_binary_indicator_var, relu_1_6_2_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var, relu_1_7_2_on_binary_indicator_var, relu_1_7_2_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var, relu_1_8_2_on_binary_indicator_var, relu_1_8_2_off_binary_indicator_var, relu_1_9_0_on_binary_indicator_var, relu_1_9_0_off_binary_indicator_var,
  relu_1_9_1_on_binary_indicator_var, relu_1_9_1_off_binary_indicator_var, relu_1_9_2_on_binary_indicator_var, relu_1_9_2_off_binary_indicator_var, relu_1_10_0_on_binary_indicator_var, relu_1_10_0_off_binary_indicator_var, relu_1_10_1_on_binary_indicator_var, relu_1_10_1_off_binary_indicator_var,
  relu_1_10_2_on_binary_indicator_var, relu_1_10_2_off_binary_indicator_var, relu_1_11_0_on_binary_indicator_var, relu_1_11_0_off_binary_indicator_var, relu_1_11_1_on_binary_indicator_var, relu_1_11_1_off_binary_indicator_var, relu_1_11_2_on_binary_indicator_var, relu_1_11_2_off_binary_indicator_var,
  relu_1_12_0_on_binary_indicator_var, relu_1_12_0_off_binary_indicator_var, relu_1_12_1_on_binary_indicator_var, relu_1_12_1_off_binary_indicator_var, relu_1_12_2_on_binary_indicator_var, relu_1_12_2_off_binary_indicator_var, relu_1_13_0_on_binary_indicator_var, relu_1_13_0_off_binary_indicator_var,
  relu_1_13_1_on_binary_indicator_var, relu_1_13_1_off_binary_indicator_var, relu_1_13_2_on_binary_indicator_var, relu_1_13_2_off_binary_indicator_var, relu_1_14_0_on_binary_indicator_var, relu_1_14_0_off_binary_indicator_var, relu_1_14_1_on_binary_indicator_var, relu_1_14_1_off_binary_indicator_var,
  relu_1_14_2_on_binary_indicator_var, relu_1_14_2_off_binary_indicator_var, relu_1_15_0_on_binary_indicator_var, relu_1_15_0_off_binary_indicator_var, relu_1_15_1_on_binary_indicator_var, relu_1_15_1_off_binary_indicator_var, relu_1_15_2_on_binary_indicator_var, relu_1_15_2_off_binary_indicator_var,
  relu_1_16_0_on_binary_indicator_var, relu_1_16_0_off_binary_indicator_var, relu_1_16_1_on_binary_indicator_var, relu_1_16_1_off_binary_indicator_var, relu_1_16_2_on_binary_indicator_var, relu_1_16_2_off_binary_indicator_var, relu_1_17_0_on_binary_indicator_var, relu_1_17_0_off_binary_indicator_var,
  relu_1_17_1_on_binary_indicator_var, relu_1_17_1_off_binary_indicator_var, relu_1_17_2_on_binary_indicator_var, relu_1_17_2_off_binary_indicator_var, relu_1_18_0_on_binary_indicator_var, relu_1_18_0_off_binary_indicator_var, relu_1_18_1_on_binary_indicator_var, relu_1_18_1_off_binary_indicator_var,
  relu_1_18_2_on_binary_indicator_var, relu_1_18_2_off_binary_indicator_var, relu_1_19_0_on_binary_indicator_var, relu_1_19_0_off_binary_indicator_var, relu_1_19_1_on_binary_indicator_var, relu_1_19_1_off_binary_indicator_var, relu_1_19_2_on_binary_indicator_var, relu_1_19_2_off_binary_indicator_var,
  relu_1_20_0_on_binary_indicator_var, relu_1_20_0_off_binary_indicator_var, relu_1_20_1_on_binary_indicator_var, relu_1_20_1_off_binary_indicator_var, relu_1_20_2_on_binary_indicator_var, relu_1_20_2_off_binary_indicator_var, relu_1_21_0_on_binary_indicator_var, relu_1_21_0_off_binary_indicator_var,
  relu_1_21_1_on_binary_indicator_var, relu_1_21_1_off_binary_indicator_var, relu_1_21_2_on_binary_indicator_var, relu_1_21_2_off_binary_indicator_var, relu_1_22_0_on_binary_indicator_var, relu_1_22_0_off_binary_indicator_var, relu_1_22_1_on_binary_indicator_var, relu_1_22_1_off_binary_indicator_var,
  relu_1_22_2_on_binary_indicator_var, relu_1_22_2_off_binary_indicator_var, relu_1_23_0_on_binary_indicator_var, relu_1_23_0_off_binary_indicator_var, relu_1_23_1_on_binary_indicator_var, relu_1_23_1_off_binary_indicator_var, relu_1_23_2_on_binary_indicator_var, relu_1_23_2_off_binary_indicator_var,
  relu_1_24_0_on_binary_indicator_var, relu_1_24_0_off_binary_indicator_var, relu_1_24_1_on_binary_indicator_var, relu_1_24_1_off_binary_indicator_var, relu_1_24_2_on_binary_indicator_var, relu_1_24_2_off_binary_indicator_var, relu_1_25_0_on_binary_indicator_var, relu_1_25_0_off_binary_indicator_var,
  relu_1_25_1_on_binary_indicator_var, relu_1_25_1_off_binary_indicator_var, relu_1_25_2_on_binary_indicator_var, relu_1_25_2_off_binary_indicator_var, relu_1_26_0_on_binary_indicator_var, relu_1_26_0_off_binary_indicator_var, relu_1_26_1_on_binary_indicator_var, relu_1_26_1_off_binary_indicator_var,
  relu_1_26_2_on_binary_indicator_var, relu_1_26_2_off_binary_indicator_var, relu_1_27_0_on_binary_indicator_var, relu_1_27_0_off_binary_indicator_var, relu_1_27_1_on_binary_indicator_var, relu_1_27_1_off_binary_indicator_var, relu_1_27_2_on_binary_indicator_var, relu_1_27_2_off_binary_indicator_var,
  relu_1_28_0_on_binary_indicator_var, relu_1_28_0_off_binary_indicator_var, relu_1_28_1_on_binary_indicator_var, relu_1_28_1_off_binary_indicator_var, relu_1_28_2_on_binary_indicator_var, relu_1_28_2_off_binary_indicator_var, relu_1_29_0_on_binary_indicator_var, relu_1_29_0_off_binary_indicator_var,
  relu_1_29_1_on_binary_indicator_var, relu_1_29_1_off_binary_indicator_var, relu_1_29_2_on_binary_indicator_var, relu_1_29_2_off_binary_indicator_var, relu_1_30_0_on_binary_indicator_var, relu_1_30_0_off_binary_indicator_var, relu_1_30_1_on_binary_indicator_var, relu_1_30_1_off_binary_indicator_var,
  relu_1_30_2_on_binary_indicator_var, relu_1_30_2_off_binary_indicator_var, relu_1_31_0_on_binary_indicator_var, relu_1_31_0_off_binary_indicator_var, relu_1_31_1_on_binary_indicator_var, relu_1_31_1_off_binary_indicator_var, relu_1_31_2_on_binary_indicator_var, relu_1_31_2_off_binary_indicator_var,
  relu_1_32_0_on_binary_indicator_var, relu_1_32_0_off_binary_indicator_var, relu_1_32_1_on_binary_indicator_var, relu_1_32_1_off_binary_indicator_var, relu_1_32_2_on_binary_indicator_var, relu_1_32_2_off_binary_indicator_var, relu_1_33_0_on_binary_indicator_var, relu_1_33_0_off_binary_indicator_var,
  relu_1_33_1_on_binary_indicator_var, relu_1_33_1_off_binary_indicator_var, relu_1_33_2_on_binary_indicator_var, relu_1_33_2_off_binary_indicator_var, relu_1_34_0_on_binary_indicator_var, relu_1_34_0_off_binary_indicator_var, relu_1_34_1_on_binary_indicator_var, relu_1_34_1_off_binary_indicator_var,
  relu_1_34_2_on_binary_indicator_var, relu_1_34_2_off_binary_indicator_var, relu_1_35_0_on_binary_indicator_var, relu_1_35_0_off_binary_indicator_var, relu_1_35_1_on_binary_indicator_var, relu_1_35_1_off_binary_indicator_var, relu_1_35_2_on_binary_indicator_var, relu_1_35_2_off_binary_indicator_var,
  relu_1_36_0_on_binary_indicator_var, relu_1_36_0_off_binary_indicator_var, relu_1_36_1_on_binary_indicator_var, relu_1_36_1_off_binary_indicator_var, relu_1_36_2_on_binary_indicator_var, relu_1_36_2_off_binary_indicator_var, relu_1_37_0_on_binary_indicator_var, relu_1_37_0_off_binary_indicator_var,
  relu_1_37_1_on_binary_indicator_var, relu_1_37_1_off_binary_indicator_var, relu_1_37_2_on_binary_indicator_var, relu_1_37_2_off_binary_indicator_var, relu_1_38_0_on_binary_indicator_var, relu_1_38_0_off_binary_indicator_var, relu_1_38_1_on_binary_indicator_var, relu_1_38_1_off_binary_indicator_var,
  relu_1_38_2_on_binary_indicator_var, relu_1_38_2_off_binary_indicator_var, relu_1_39_0_on_binary_indicator_var, relu_1_39_0_off_binary_indicator_var, relu_1_39_1_on_binary_indicator_var, relu_1_39_1_off_binary_indicator_var, relu_1_39_2_on_binary_indicator_var, relu_1_39_2_off_binary_indicator_var,
  relu_1_40_0_on_binary_indicator_var, relu_1_40_0_off_binary_indicator_var, relu_1_40_1_on_binary_indicator_var, relu_1_40_1_off_binary_indicator_var, relu_1_40_2_on_binary_indicator_var, relu_1_40_2_off_binary_indicator_var, relu_1_41_0_on_binary_indicator_var, relu_1_41_0_off_binary_indicator_var,
  relu_1_41_1_on_binary_indicator_var, relu_1_41_1_off_binary_indicator_var, relu_1_41_2_on_binary_indicator_var, relu_1_41_2_off_binary_indicator_var, relu_1_42_0_on_binary_indicator_var, relu_1_42_0_off_binary_indicator_var, relu_1_42_1_on_binary_indicator_var, relu_1_42_1_off_binary_indicator_var,
  relu_1_42_2_on_binary_indicator_var, relu_1_42_2_off_binary_indicator_var, relu_1_43_0_on_binary_indicator_var, relu_1_43_0_off_binary_indicator_var, relu_1_43_1_on_binary_indicator_var, relu_1_43_1_off_binary_indicator_var, relu_1_43_2_on_binary_indicator_var, relu_1_43_2_off_binary_indicator_var,
  relu_1_44_0_on_binary_indicator_var, relu_1_44_0_off_binary_indicator_var, relu_1_44_1_on_binary_indicator_var, relu_1_44_1_off_binary_indicator_var, relu_1_44_2_on_binary_indicator_var, relu_1_44_2_off_binary_indicator_var, relu_1_45_0_on_binary_indicator_var, relu_1_45_0_off_binary_indicator_var,
  relu_1_45_1_on_binary_indicator_var, relu_1_45_1_off_binary_indicator_var, relu_1_45_2_on_binary_indicator_var, relu_1_45_2_off_binary_indicator_var, relu_1_46_0_on_binary_indicator_var, relu_1_46_0_off_binary_indicator_var, relu_1_46_1_on_binary_indicator_var, relu_1_46_1_off_binary_indicator_var,
  relu_1_46_2_on_binary_indicator_var, relu_1_46_2_off_binary_indicator_var, relu_1_47_0_on_binary_indicator_var, relu_1_47_0_off_binary_indicator_var, relu_1_47_1_on_binary_indicator_var, relu_1_47_1_off_binary_indicator_var, relu_1_47_2_on_binary_indicator_var, relu_1_47_2_off_binary_indicator_var,
  relu_1_48_0_on_binary_indicator_var, relu_1_48_0_off_binary_indicator_var, relu_1_48_1_on_binary_indicator_var, relu_1_48_1_off_binary_indicator_var, relu_1_48_2_on_binary_indicator_var, relu_1_48_2_off_binary_indicator_var, relu_1_49_0_on_binary_indicator_var, relu_1_49_0_off_binary_indicator_var,
  relu_1_49_1_on_binary_indicator_var, relu_1_49_1_off_binary_indicator_var, relu_1_49_2_on_binary_indicator_var, relu_1_49_2_off_binary_indicator_var, relu_1_50_0_on_binary_indicator_var, relu_1_50_0_off_binary_indicator_var, relu_1_50_1_on_binary_indicator_var, relu_1_50_1_off_binary_indicator_var,
  relu_1_50_2_on_binary_indicator_var, relu_1_50_2_off_binary_indicator_var, relu_1_51_0_on_binary_indicator_var, relu_1_51_0_off_binary_indicator_var, relu_1_51_1_on_binary_indicator_var, relu_1_51_1_off_binary_indicator_var, relu_1_51_2_on_binary_indicator_var, relu_1_51_2_off_binary_indicator_var,
  relu_1_52_0_on_binary_indicator_var, relu_1_52_0_off_binary_indicator_var, relu_1_52_1_on_binary_indicator_var, relu_1_52_1_off_binary_indicator_var, relu_1_52_2_on_binary_indicator_var, relu_1_52_2_off_binary_indicator_var, relu_1_53_0_on_binary_indicator_var, relu_1_53_0_off_binary_indicator_var,
  relu_1_53_1_on_binary_indicator_var, relu_1_53_1_off_binary_indicator_var, relu_1_53_2_on_binary_indicator_var, relu_1_53_2_off_binary_indicator_var, relu_1_54_0_on_binary_indicator_var, relu_1_54_0_off_binary_indicator_var, relu_1_54_1_on_binary_indicator_var, relu_1_54_1_off_binary_indicator_var,
  relu_1_54_2_on_binary_indicator_var, relu_1_54_2_off_binary_indicator_var, relu_1_55_0_on_binary_indicator_var, relu_1_55_0_off_binary_indicator_var, relu_1_55_1_on_binary_indicator_var, relu_1_55_1_off_binary_indicator_var, relu_1_55_2_on_binary_indicator_var, relu_1_55_2_off_binary_indicator_var,
  relu_1_56_0_on_binary_indicator_var, relu_1_56_0_off_binary_indicator_var, relu_1_56_1_on_binary_indicator_var, relu_1_56_1_off_binary_indicator_var, relu_1_56_2_on_binary_indicator_var, relu_1_56_2_off_binary_indicator_var, relu_1_57_0_on_binary_indicator_var, relu_1_57_0_off_binary_indicator_var,
  relu_1_57_1_on_binary_indicator_var, relu_1_57_1_off_binary_indicator_var, relu_1_57_2_on_binary_indicator_var, relu_1_57_2_off_binary_indicator_var, relu_1_58_0_on_binary_indicator_var, relu_1_58_0_off_binary_indicator_var, relu_1_58_1_on_binary_indicator_var, relu_1_58_1_off_binary_indicator_var,
  relu_1_58_2_on_binary_indicator_var, relu_1_58_2_off_binary_indicator_var, relu_1_59_0_on_binary_indicator_var, relu_1_59_0_off_binary_indicator_var, relu_1_59_1_on_binary_indicator_var, relu_1_59_1_off_binary_indicator_var, relu_1_59_2_on_binary_indicator_var, relu_1_59_2_off_binary_indicator_var,
  relu_1_60_0_on_binary_indicator_var, relu_1_60_0_off_binary_indicator_var, relu_1_60_1_on_binary_indicator_var, relu_1_60_1_off_binary_indicator_var, relu_1_60_2_on_binary_indicator_var, relu_1_60_2_off_binary_indicator_var, relu_1_61_0_on_binary_indicator_var, relu_1_61_0_off_binary_indicator_var,
  relu_1_61_1_on_binary_indicator_var, relu_1_61_1_off_binary_indicator_var, relu_1_61_2_on_binary_indicator_var, relu_1_61_2_off_binary_indicator_var, relu_1_62_0_on_binary_indicator_var, relu_1_62_0_off_binary_indicator_var, relu_1_62_1_on_binary_indicator_var, relu_1_62_1_off_binary_indicator_var,
  relu_1_62_2_on_binary_indicator_var, relu_1_62_2_off_binary_indicator_var, relu_1_63_0_on_binary_indicator_var, relu_1_63_0_off_binary_indicator_var, relu_1_63_1_on_binary_indicator_var, relu_1_63_1_off_binary_indicator_var, relu_1_63_2_on_binary_indicator_var, relu_1_63_2_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_2_0,
  pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_7_0, pre_definition_1_7_1,
  pre_definition_1_7_2, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2, pre_definition_1_10_0,
  pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2,
  pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_15_0, pre_definition_1_15_1,
  pre_definition_1_15_2, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_16_2, pre_definition_1_17_0, pre_definition_1_17_1, pre_definition_1_17_2, pre_definition_1_18_0,
  pre_definition_1_18_1, pre_definition_1_18_2, pre_definition_1_19_0, pre_definition_1_19_1, pre_definition_1_19_2, pre_definition_1_20_0, pre_definition_1_20_1, pre_definition_1_20_2,
  pre_definition_1_21_0, pre_definition_1_21_1, pre_definition_1_21_2, pre_definition_1_22_0, pre_definition_1_22_1, pre_definition_1_22_2, pre_definition_1_23_0, pre_definition_1_23_1,
  pre_definition_1_23_2, pre_definition_1_24_0, pre_definition_1_24_1, pre_definition_1_24_2, pre_definition_1_25_0, pre_definition_1_25_1, pre_definition_1_25_2, pre_definition_1_26_0,
  pre_definition_1_26_1, pre_definition_1_26_2, pre_definition_1_27_0, pre_definition_1_27_1, pre_definition_1_27_2, pre_definition_1_28_0, pre_definition_1_28_1, pre_definition_1_28_2,
  pre_definition_1_29_0, pre_definition_1_29_1, pre_definition_1_29_2, pre_definition_1_30_0, pre_definition_1_30_1, pre_definition_1_30_2, pre_definition_1_31_0, pre_definition_1_31_1,
  pre_definition_1_31_2, pre_definition_1_32_0, pre_definition_1_32_1, pre_definition_1_32_2, pre_definition_1_33_0, pre_definition_1_33_1, pre_definition_1_33_2, pre_definition_1_34_0,
  pre_definition_1_34_1, pre_definition_1_34_2, pre_definition_1_35_0, pre_definition_1_35_1, pre_definition_1_35_2, pre_definition_1_36_0, pre_definition_1_36_1, pre_definition_1_36_2,
  pre_definition_1_37_0, pre_definition_1_37_1, pre_definition_1_37_2, pre_definition_1_38_0, pre_definition_1_38_1, pre_definition_1_38_2, pre_definition_1_39_0, pre_definition_1_39_1,
  pre_definition_1_39_2, pre_definition_1_40_0, pre_definition_1_40_1, pre_definition_1_40_2, pre_definition_1_41_0, pre_definition_1_41_1, pre_definition_1_41_2, pre_definition_1_42_0,
  pre_definition_1_42_1, pre_definition_1_42_2, pre_definition_1_43_0, pre_definition_1_43_1, pre_definition_1_43_2, pre_definition_1_44_0, pre_definition_1_44_1, pre_definition_1_44_2,
  pre_definition_1_45_0, pre_definition_1_45_1, pre_definition_1_45_2, pre_definition_1_46_0, pre_definition_1_46_1, pre_definition_1_46_2, pre_definition_1_47_0, pre_definition_1_47_1,
  pre_definition_1_47_2, pre_definition_1_48_0, pre_definition_1_48_1, pre_definition_1_48_2, pre_definition_1_49_0, pre_definition_1_49_1, pre_definition_1_49_2, pre_definition_1_50_0,
  pre_definition_1_50_1, pre_definition_1_50_2, pre_definition_1_51_0, pre_definition_1_51_1, pre_definition_1_51_2, pre_definition_1_52_0, pre_definition_1_52_1, pre_definition_1_52_2,
  pre_definition_1_53_0, pre_definition_1_53_1, pre_definition_1_53_2, pre_definition_1_54_0, pre_definition_1_54_1, pre_definition_1_54_2, pre_definition_1_55_0, pre_definition_1_55_1,
  pre_definition_1_55_2, pre_definition_1_56_0, pre_definition_1_56_1, pre_definition_1_56_2, pre_definition_1_57_0, pre_definition_1_57_1, pre_definition_1_57_2, pre_definition_1_58_0,
  pre_definition_1_58_1, pre_definition_1_58_2, pre_definition_1_59_0, pre_definition_1_59_1, pre_definition_1_59_2, pre_definition_1_60_0, pre_definition_1_60_1, pre_definition_1_60_2,
  pre_definition_1_61_0, pre_definition_1_61_1, pre_definition_1_61_2, pre_definition_1_62_0, pre_definition_1_62_1, pre_definition_1_62_2, pre_definition_1_63_0, pre_definition_1_63_1,
  pre_definition_1_63_2, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0, out_definition_19_0, out_definition_20_0, out_definition_21_0, out_definition_22_0,
  out_definition_23_0, out_definition_24_0, out_definition_25_0, out_definition_26_0, out_definition_27_0, out_definition_28_0, out_definition_29_0, out_definition_30_0,
  out_definition_31_0, out_definition_32_0, out_definition_33_0, out_definition_34_0, out_definition_35_0, out_definition_36_0, out_definition_37_0, out_definition_38_0,
  out_definition_39_0, out_definition_40_0, out_definition_41_0, out_definition_42_0, out_definition_43_0, out_definition_44_0, out_definition_45_0, out_definition_46_0,
  out_definition_47_0, out_definition_48_0, out_definition_49_0, out_definition_50_0, out_definition_51_0, out_definition_52_0, out_definition_53_0, out_definition_54_0,
  out_definition_55_0, out_definition_56_0, out_definition_57_0, out_definition_58_0, out_definition_59_0, out_definition_60_0, out_definition_61_0, out_definition_62_0,
  out_definition_63_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e259_, e260_, e261_, e262_, e263_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e266_, e267_, e268_, e269_, e270_, relu_1_0_2_above_pre,
  relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor, e273_, e274_, e275_, e276_, e277_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor,
  e280_, e281_, e282_, e283_, e284_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e287_,
  e288_, e289_, e290_, e291_, relu_1_1_2_above_pre, relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor, e294_, e295_,
  e296_, e297_, e298_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e301_, e302_, e303_,
  e304_, e305_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e308_, e309_, e310_, e311_,
  e312_, relu_1_2_2_above_pre, relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor, e315_, e316_, e317_, e318_, e319_,
  relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e322_, e323_, e324_, e325_, e326_, relu_1_3_1_above_pre,
  relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e329_, e330_, e331_, e332_, e333_, relu_1_3_2_above_pre, relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor,
  e336_, e337_, e338_, e339_, e340_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e343_,
  e344_, e345_, e346_, e347_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e350_, e351_,
  e352_, e353_, e354_, relu_1_4_2_above_pre, relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor, e357_, e358_, e359_,
  e360_, e361_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e364_, e365_, e366_, e367_,
  e368_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e371_, e372_, e373_, e374_, e375_,
  relu_1_5_2_above_pre, relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor, e378_, e379_, e380_, e381_, e382_, relu_1_6_0_above_pre,
  relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e385_, e386_, e387_, e388_, e389_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor,
  e392_, e393_, e394_, e395_, e396_, relu_1_6_2_above_pre, relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor, e399_,
  e400_, e401_, e402_, e403_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e406_, e407_,
  e408_, e409_, e410_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e413_, e414_, e415_,
  e416_, e417_, relu_1_7_2_above_pre, relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor, e420_, e421_, e422_, e423_,
  e424_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e427_, e428_, e429_, e430_, e431_,
  relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e434_, e435_, e436_, e437_, e438_, relu_1_8_2_above_pre,
  relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor, e441_, e442_, e443_, e444_, e445_, relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor,
  e448_, e449_, e450_, e451_, e452_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e455_,
  e456_, e457_, e458_, e459_, relu_1_9_2_above_pre, relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor, e462_, e463_,
  e464_, e465_, e466_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e469_, e470_, e471_,
  e472_, e473_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e476_, e477_, e478_, e479_,
  e480_, relu_1_10_2_above_pre, relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor, e483_, e484_, e485_, e486_, e487_,
  relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e490_, e491_, e492_, e493_, e494_, relu_1_11_1_above_pre,
  relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e497_, e498_, e499_, e500_, e501_, relu_1_11_2_above_pre, relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor,
  e504_, e505_, e506_, e507_, e508_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e511_,
  e512_, e513_, e514_, e515_, relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e518_, e519_,
  e520_, e521_, e522_, relu_1_12_2_above_pre, relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor, e525_, e526_, e527_,
  e528_, e529_, relu_1_13_0_above_pre, relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e532_, e533_, e534_, e535_,
  e536_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor, e539_, e540_, e541_, e542_, e543_,
  relu_1_13_2_above_pre, relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor, e546_, e547_, e548_, e549_, e550_, relu_1_14_0_above_pre,
  relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e553_, e554_, e555_, e556_, e557_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor,
  e560_, e561_, e562_, e563_, e564_, relu_1_14_2_above_pre, relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor, e567_,
  e568_, e569_, e570_, e571_, relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e574_, e575_,
  e576_, e577_, e578_, relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e581_, e582_, e583_,
  e584_, e585_, relu_1_15_2_above_pre, relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor, e588_, e589_, e590_, e591_,
  e592_, relu_1_16_0_above_pre, relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor, e595_, e596_, e597_, e598_, e599_,
  relu_1_16_1_above_pre, relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor, e602_, e603_, e604_, e605_, e606_, relu_1_16_2_above_pre,
  relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor, e609_, e610_, e611_, e612_, e613_, relu_1_17_0_above_pre, relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor,
  e616_, e617_, e618_, e619_, e620_, relu_1_17_1_above_pre, relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor, e623_,
  e624_, e625_, e626_, e627_, relu_1_17_2_above_pre, relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor, e630_, e631_,
  e632_, e633_, e634_, relu_1_18_0_above_pre, relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor, e637_, e638_, e639_,
  e640_, e641_, relu_1_18_1_above_pre, relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor, e644_, e645_, e646_, e647_,
  e648_, relu_1_18_2_above_pre, relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor, e651_, e652_, e653_, e654_, e655_,
  relu_1_19_0_above_pre, relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor, e658_, e659_, e660_, e661_, e662_, relu_1_19_1_above_pre,
  relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor, e665_, e666_, e667_, e668_, e669_, relu_1_19_2_above_pre, relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor,
  e672_, e673_, e674_, e675_, e676_, relu_1_20_0_above_pre, relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor, e679_,
  e680_, e681_, e682_, e683_, relu_1_20_1_above_pre, relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor, e686_, e687_,
  e688_, e689_, e690_, relu_1_20_2_above_pre, relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor, e693_, e694_, e695_,
  e696_, e697_, relu_1_21_0_above_pre, relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor, e700_, e701_, e702_, e703_,
  e704_, relu_1_21_1_above_pre, relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor, e707_, e708_, e709_, e710_, e711_,
  relu_1_21_2_above_pre, relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor, e714_, e715_, e716_, e717_, e718_, relu_1_22_0_above_pre,
  relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor, e721_, e722_, e723_, e724_, e725_, relu_1_22_1_above_pre, relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor,
  e728_, e729_, e730_, e731_, e732_, relu_1_22_2_above_pre, relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor, e735_,
  e736_, e737_, e738_, e739_, relu_1_23_0_above_pre, relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor, e742_, e743_,
  e744_, e745_, e746_, relu_1_23_1_above_pre, relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor, e749_, e750_, e751_,
  e752_, e753_, relu_1_23_2_above_pre, relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor, e756_, e757_, e758_, e759_,
  e760_, relu_1_24_0_above_pre, relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor, e763_, e764_, e765_, e766_, e767_,
  relu_1_24_1_above_pre, relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor, e770_, e771_, e772_, e773_, e774_, relu_1_24_2_above_pre,
  relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor, e777_, e778_, e779_, e780_, e781_, relu_1_25_0_above_pre, relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor,
  e784_, e785_, e786_, e787_, e788_, relu_1_25_1_above_pre, relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor, e791_,
  e792_, e793_, e794_, e795_, relu_1_25_2_above_pre, relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor, e798_, e799_,
  e800_, e801_, e802_, relu_1_26_0_above_pre, relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor, e805_, e806_, e807_,
  e808_, e809_, relu_1_26_1_above_pre, relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor, e812_, e813_, e814_, e815_,
  e816_, relu_1_26_2_above_pre, relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor, e819_, e820_, e821_, e822_, e823_,
  relu_1_27_0_above_pre, relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor, e826_, e827_, e828_, e829_, e830_, relu_1_27_1_above_pre,
  relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor, e833_, e834_, e835_, e836_, e837_, relu_1_27_2_above_pre, relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor,
  e840_, e841_, e842_, e843_, e844_, relu_1_28_0_above_pre, relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor, e847_,
  e848_, e849_, e850_, e851_, relu_1_28_1_above_pre, relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor, e854_, e855_,
  e856_, e857_, e858_, relu_1_28_2_above_pre, relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor, e861_, e862_, e863_,
  e864_, e865_, relu_1_29_0_above_pre, relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor, e868_, e869_, e870_, e871_,
  e872_, relu_1_29_1_above_pre, relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor, e875_, e876_, e877_, e878_, e879_,
  relu_1_29_2_above_pre, relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor, e882_, e883_, e884_, e885_, e886_, relu_1_30_0_above_pre,
  relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor, e889_, e890_, e891_, e892_, e893_, relu_1_30_1_above_pre, relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor,
  e896_, e897_, e898_, e899_, e900_, relu_1_30_2_above_pre, relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor, e903_,
  e904_, e905_, e906_, e907_, relu_1_31_0_above_pre, relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor, e910_, e911_,
  e912_, e913_, e914_, relu_1_31_1_above_pre, relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor, e917_, e918_, e919_,
  e920_, e921_, relu_1_31_2_above_pre, relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor, e924_, e925_, e926_, e927_,
  e928_, relu_1_32_0_above_pre, relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor, e931_, e932_, e933_, e934_, e935_,
  relu_1_32_1_above_pre, relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor, e938_, e939_, e940_, e941_, e942_, relu_1_32_2_above_pre,
  relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor, e945_, e946_, e947_, e948_, e949_, relu_1_33_0_above_pre, relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor,
  e952_, e953_, e954_, e955_, e956_, relu_1_33_1_above_pre, relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor, e959_,
  e960_, e961_, e962_, e963_, relu_1_33_2_above_pre, relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor, e966_, e967_,
  e968_, e969_, e970_, relu_1_34_0_above_pre, relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor, e973_, e974_, e975_,
  e976_, e977_, relu_1_34_1_above_pre, relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor, e980_, e981_, e982_, e983_,
  e984_, relu_1_34_2_above_pre, relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor, e987_, e988_, e989_, e990_, e991_,
  relu_1_35_0_above_pre, relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor, e994_, e995_, e996_, e997_, e998_, relu_1_35_1_above_pre,
  relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor, e1001_, e1002_, e1003_, e1004_, e1005_, relu_1_35_2_above_pre, relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor,
  e1008_, e1009_, e1010_, e1011_, e1012_, relu_1_36_0_above_pre, relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor, e1015_,
  e1016_, e1017_, e1018_, e1019_, relu_1_36_1_above_pre, relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor, e1022_, e1023_,
  e1024_, e1025_, e1026_, relu_1_36_2_above_pre, relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor, e1029_, e1030_, e1031_,
  e1032_, e1033_, relu_1_37_0_above_pre, relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor, e1036_, e1037_, e1038_, e1039_,
  e1040_, relu_1_37_1_above_pre, relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor, e1043_, e1044_, e1045_, e1046_, e1047_,
  relu_1_37_2_above_pre, relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor, e1050_, e1051_, e1052_, e1053_, e1054_, relu_1_38_0_above_pre,
  relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor, e1057_, e1058_, e1059_, e1060_, e1061_, relu_1_38_1_above_pre, relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1064_, e1065_, e1066_, e1067_, e1068_, relu_1_38_2_above_pre, relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor, e1071_,
  e1072_, e1073_, e1074_, e1075_, relu_1_39_0_above_pre, relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor, e1078_, e1079_,
  e1080_, e1081_, e1082_, relu_1_39_1_above_pre, relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor, e1085_, e1086_, e1087_,
  e1088_, e1089_, relu_1_39_2_above_pre, relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor, e1092_, e1093_, e1094_, e1095_,
  e1096_, relu_1_40_0_above_pre, relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor, e1099_, e1100_, e1101_, e1102_, e1103_,
  relu_1_40_1_above_pre, relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor, e1106_, e1107_, e1108_, e1109_, e1110_, relu_1_40_2_above_pre,
  relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor, e1113_, e1114_, e1115_, e1116_, e1117_, relu_1_41_0_above_pre, relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor,
  e1120_, e1121_, e1122_, e1123_, e1124_, relu_1_41_1_above_pre, relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor, e1127_,
  e1128_, e1129_, e1130_, e1131_, relu_1_41_2_above_pre, relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor, e1134_, e1135_,
  e1136_, e1137_, e1138_, relu_1_42_0_above_pre, relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor, e1141_, e1142_, e1143_,
  e1144_, e1145_, relu_1_42_1_above_pre, relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor, e1148_, e1149_, e1150_, e1151_,
  e1152_, relu_1_42_2_above_pre, relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor, e1155_, e1156_, e1157_, e1158_, e1159_,
  relu_1_43_0_above_pre, relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor, e1162_, e1163_, e1164_, e1165_, e1166_, relu_1_43_1_above_pre,
  relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor, e1169_, e1170_, e1171_, e1172_, e1173_, relu_1_43_2_above_pre, relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor,
  e1176_, e1177_, e1178_, e1179_, e1180_, relu_1_44_0_above_pre, relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor, e1183_,
  e1184_, e1185_, e1186_, e1187_, relu_1_44_1_above_pre, relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor, e1190_, e1191_,
  e1192_, e1193_, e1194_, relu_1_44_2_above_pre, relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor, e1197_, e1198_, e1199_,
  e1200_, e1201_, relu_1_45_0_above_pre, relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor, e1204_, e1205_, e1206_, e1207_,
  e1208_, relu_1_45_1_above_pre, relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor, e1211_, e1212_, e1213_, e1214_, e1215_,
  relu_1_45_2_above_pre, relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor, e1218_, e1219_, e1220_, e1221_, e1222_, relu_1_46_0_above_pre,
  relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor, e1225_, e1226_, e1227_, e1228_, e1229_, relu_1_46_1_above_pre, relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1232_, e1233_, e1234_, e1235_, e1236_, relu_1_46_2_above_pre, relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor, e1239_,
  e1240_, e1241_, e1242_, e1243_, relu_1_47_0_above_pre, relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor, e1246_, e1247_,
  e1248_, e1249_, e1250_, relu_1_47_1_above_pre, relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor, e1253_, e1254_, e1255_,
  e1256_, e1257_, relu_1_47_2_above_pre, relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor, e1260_, e1261_, e1262_, e1263_,
  e1264_, relu_1_48_0_above_pre, relu_1_48_0__pyomo_gdp_bigm_reformulation_either_xor, e1267_, e1268_, e1269_, e1270_, e1271_,
  relu_1_48_1_above_pre, relu_1_48_1__pyomo_gdp_bigm_reformulation_either_xor, e1274_, e1275_, e1276_, e1277_, e1278_, relu_1_48_2_above_pre,
  relu_1_48_2__pyomo_gdp_bigm_reformulation_either_xor, e1281_, e1282_, e1283_, e1284_, e1285_, relu_1_49_0_above_pre, relu_1_49_0__pyomo_gdp_bigm_reformulation_either_xor,
  e1288_, e1289_, e1290_, e1291_, e1292_, relu_1_49_1_above_pre, relu_1_49_1__pyomo_gdp_bigm_reformulation_either_xor, e1295_,
  e1296_, e1297_, e1298_, e1299_, relu_1_49_2_above_pre, relu_1_49_2__pyomo_gdp_bigm_reformulation_either_xor, e1302_, e1303_,
  e1304_, e1305_, e1306_, relu_1_50_0_above_pre, relu_1_50_0__pyomo_gdp_bigm_reformulation_either_xor, e1309_, e1310_, e1311_,
  e1312_, e1313_, relu_1_50_1_above_pre, relu_1_50_1__pyomo_gdp_bigm_reformulation_either_xor, e1316_, e1317_, e1318_, e1319_,
  e1320_, relu_1_50_2_above_pre, relu_1_50_2__pyomo_gdp_bigm_reformulation_either_xor, e1323_, e1324_, e1325_, e1326_, e1327_,
  relu_1_51_0_above_pre, relu_1_51_0__pyomo_gdp_bigm_reformulation_either_xor, e1330_, e1331_, e1332_, e1333_, e1334_, relu_1_51_1_above_pre,
  relu_1_51_1__pyomo_gdp_bigm_reformulation_either_xor, e1337_, e1338_, e1339_, e1340_, e1341_, relu_1_51_2_above_pre, relu_1_51_2__pyomo_gdp_bigm_reformulation_either_xor,
  e1344_, e1345_, e1346_, e1347_, e1348_, relu_1_52_0_above_pre, relu_1_52_0__pyomo_gdp_bigm_reformulation_either_xor, e1351_,
  e1352_, e1353_, e1354_, e1355_, relu_1_52_1_above_pre, relu_1_52_1__pyomo_gdp_bigm_reformulation_either_xor, e1358_, e1359_,
  e1360_, e1361_, e1362_, relu_1_52_2_above_pre, relu_1_52_2__pyomo_gdp_bigm_reformulation_either_xor, e1365_, e1366_, e1367_,
  e1368_, e1369_, relu_1_53_0_above_pre, relu_1_53_0__pyomo_gdp_bigm_reformulation_either_xor, e1372_, e1373_, e1374_, e1375_,
  e1376_, relu_1_53_1_above_pre, relu_1_53_1__pyomo_gdp_bigm_reformulation_either_xor, e1379_, e1380_, e1381_, e1382_, e1383_,
  relu_1_53_2_above_pre, relu_1_53_2__pyomo_gdp_bigm_reformulation_either_xor, e1386_, e1387_, e1388_, e1389_, e1390_, relu_1_54_0_above_pre,
  relu_1_54_0__pyomo_gdp_bigm_reformulation_either_xor, e1393_, e1394_, e1395_, e1396_, e1397_, relu_1_54_1_above_pre, relu_1_54_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1400_, e1401_, e1402_, e1403_, e1404_, relu_1_54_2_above_pre, relu_1_54_2__pyomo_gdp_bigm_reformulation_either_xor, e1407_,
  e1408_, e1409_, e1410_, e1411_, relu_1_55_0_above_pre, relu_1_55_0__pyomo_gdp_bigm_reformulation_either_xor, e1414_, e1415_,
  e1416_, e1417_, e1418_, relu_1_55_1_above_pre, relu_1_55_1__pyomo_gdp_bigm_reformulation_either_xor, e1421_, e1422_, e1423_,
  e1424_, e1425_, relu_1_55_2_above_pre, relu_1_55_2__pyomo_gdp_bigm_reformulation_either_xor, e1428_, e1429_, e1430_, e1431_,
  e1432_, relu_1_56_0_above_pre, relu_1_56_0__pyomo_gdp_bigm_reformulation_either_xor, e1435_, e1436_, e1437_, e1438_, e1439_,
  relu_1_56_1_above_pre, relu_1_56_1__pyomo_gdp_bigm_reformulation_either_xor, e1442_, e1443_, e1444_, e1445_, e1446_, relu_1_56_2_above_pre,
  relu_1_56_2__pyomo_gdp_bigm_reformulation_either_xor, e1449_, e1450_, e1451_, e1452_, e1453_, relu_1_57_0_above_pre, relu_1_57_0__pyomo_gdp_bigm_reformulation_either_xor,
  e1456_, e1457_, e1458_, e1459_, e1460_, relu_1_57_1_above_pre, relu_1_57_1__pyomo_gdp_bigm_reformulation_either_xor, e1463_,
  e1464_, e1465_, e1466_, e1467_, relu_1_57_2_above_pre, relu_1_57_2__pyomo_gdp_bigm_reformulation_either_xor, e1470_, e1471_,
  e1472_, e1473_, e1474_, relu_1_58_0_above_pre, relu_1_58_0__pyomo_gdp_bigm_reformulation_either_xor, e1477_, e1478_, e1479_,
  e1480_, e1481_, relu_1_58_1_above_pre, relu_1_58_1__pyomo_gdp_bigm_reformulation_either_xor, e1484_, e1485_, e1486_, e1487_,
  e1488_, relu_1_58_2_above_pre, relu_1_58_2__pyomo_gdp_bigm_reformulation_either_xor, e1491_, e1492_, e1493_, e1494_, e1495_,
  relu_1_59_0_above_pre, relu_1_59_0__pyomo_gdp_bigm_reformulation_either_xor, e1498_, e1499_, e1500_, e1501_, e1502_, relu_1_59_1_above_pre,
  relu_1_59_1__pyomo_gdp_bigm_reformulation_either_xor, e1505_, e1506_, e1507_, e1508_, e1509_, relu_1_59_2_above_pre, relu_1_59_2__pyomo_gdp_bigm_reformulation_either_xor,
  e1512_, e1513_, e1514_, e1515_, e1516_, relu_1_60_0_above_pre, relu_1_60_0__pyomo_gdp_bigm_reformulation_either_xor, e1519_,
  e1520_, e1521_, e1522_, e1523_, relu_1_60_1_above_pre, relu_1_60_1__pyomo_gdp_bigm_reformulation_either_xor, e1526_, e1527_,
  e1528_, e1529_, e1530_, relu_1_60_2_above_pre, relu_1_60_2__pyomo_gdp_bigm_reformulation_either_xor, e1533_, e1534_, e1535_,
  e1536_, e1537_, relu_1_61_0_above_pre, relu_1_61_0__pyomo_gdp_bigm_reformulation_either_xor, e1540_, e1541_, e1542_, e1543_,
  e1544_, relu_1_61_1_above_pre, relu_1_61_1__pyomo_gdp_bigm_reformulation_either_xor, e1547_, e1548_, e1549_, e1550_, e1551_,
  relu_1_61_2_above_pre, relu_1_61_2__pyomo_gdp_bigm_reformulation_either_xor, e1554_, e1555_, e1556_, e1557_, e1558_, relu_1_62_0_above_pre,
  relu_1_62_0__pyomo_gdp_bigm_reformulation_either_xor, e1561_, e1562_, e1563_, e1564_, e1565_, relu_1_62_1_above_pre, relu_1_62_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1568_, e1569_, e1570_, e1571_, e1572_, relu_1_62_2_above_pre, relu_1_62_2__pyomo_gdp_bigm_reformulation_either_xor, e1575_,
  e1576_, e1577_, e1578_, e1579_, relu_1_63_0_above_pre, relu_1_63_0__pyomo_gdp_bigm_reformulation_either_xor, e1582_, e1583_,
  e1584_, e1585_, e1586_, relu_1_63_1_above_pre, relu_1_63_1__pyomo_gdp_bigm_reformulation_either_xor, e1589_, e1590_, e1591_,
  e1592_, e1593_, relu_1_63_2_above_pre, relu_1_63_2__pyomo_gdp_bigm_reformulation_either_xor, e1596_, e1597_, e1598_, e1599_,
  e1600_;

e_obj.. - objvar - 2.057307419418989*out_0_0 - 1.5624963045779565*out_1_0 - 3.202279861946506*out_2_0 - 4.4794104932472765*out_3_0 - 2.538447298642342*out_4_0 - 0.9134198931749558*out_5_0 + 0.022935268810321693*out_6_0
    + 0.09122530717867053*out_7_0 - 0.09449278333923156*out_8_0 - 3.987005630249843*out_9_0 - 1.005860671220652*out_10_0 - 2.913286648278567*out_11_0 + 1.1509153376313876*out_12_0 - 2.248258204784366*out_13_0 - 2.0333706084977496*out_14_0
    - 2.938509142494605*out_15_0 - 2.6987178998406605*out_16_0 - 3.598291468618931*out_17_0 + 0.2274919250077269*out_18_0 - 0.9127385859478523*out_19_0 - 3.409723096798519*out_20_0 - 2.5797836956251166*out_21_0 - 3.1406266077522673*out_22_0
    - 3.319418209759157*out_23_0 - 4.342358622546832*out_24_0 - 3.0381229154104665*out_25_0 - 3.7246766141973295*out_26_0 - 1.5959850373531599*out_27_0 - 2.6265461830466292*out_28_0 - 0.9637593062937474*out_29_0 - 1.2575785776324724*out_30_0
    - 1.7980076791367743*out_31_0 + 1.1151190852930843*out_32_0 - 0.5616957419401822*out_33_0 - 2.1855491380014826*out_34_0 - 1.804085876008215*out_35_0 - 0.3572373198484781*out_36_0 - 3.317812977870329*out_37_0 + 1.0131529515840323*out_38_0
    - 3.9105173921259175*out_39_0 + 1.617493516180177*out_40_0 - 2.969356518302501*out_41_0 + 1.046488451250998*out_42_0 - 1.02030342129614*out_43_0 - 1.517521037220037*out_44_0 - 2.2469690432132494*out_45_0 - 2.389123502179658*out_46_0
    - 3.754744440400469*out_47_0 - 0.6159622602648137*out_48_0 - 2.8457713596089307*out_49_0 - 2.572338127143162*out_50_0 + 0.27975482198092116*out_51_0 - 1.5804015016041368*out_52_0 - 3.3410716006427936*out_53_0 - 0.11663604683553075*out_54_0
    - 3.261117332071716*out_55_0 - 0.799598300944086*out_56_0 - 4.602875621100117*out_57_0 - 2.064912895371501*out_58_0 + 0.012953368472856469*out_59_0 - 3.0595379761397004*out_60_0 - 0.5504364233768346*out_61_0 + 0.6995356842089351*out_62_0
    - 2.2027498590731818*out_63_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0) + 1*sqr(out_19_0) + 1*sqr(out_20_0) + 1*sqr(out_21_0) + 1*sqr(out_22_0)
    + 1*sqr(out_23_0) + 1*sqr(out_24_0) + 1*sqr(out_25_0) + 1*sqr(out_26_0) + 1*sqr(out_27_0) + 1*sqr(out_28_0) + 1*sqr(out_29_0) + 1*sqr(out_30_0)
    + 1*sqr(out_31_0) + 1*sqr(out_32_0) + 1*sqr(out_33_0) + 1*sqr(out_34_0) + 1*sqr(out_35_0) + 1*sqr(out_36_0) + 1*sqr(out_37_0) + 1*sqr(out_38_0)
    + 1*sqr(out_39_0) + 1*sqr(out_40_0) + 1*sqr(out_41_0) + 1*sqr(out_42_0) + 1*sqr(out_43_0) + 1*sqr(out_44_0) + 1*sqr(out_45_0) + 1*sqr(out_46_0)
    + 1*sqr(out_47_0) + 1*sqr(out_48_0) + 1*sqr(out_49_0) + 1*sqr(out_50_0) + 1*sqr(out_51_0) + 1*sqr(out_52_0) + 1*sqr(out_53_0) + 1*sqr(out_54_0)
    + 1*sqr(out_55_0) + 1*sqr(out_56_0) + 1*sqr(out_57_0) + 1*sqr(out_58_0) + 1*sqr(out_59_0) + 1*sqr(out_60_0) + 1*sqr(out_61_0) + 1*sqr(out_62_0)
    + 1*sqr(out_63_0) + 91.15246540988412 =e= 0;
pre_definition_1_0_0.. + 0.9328288493890713*w_1_0_0 - 0.45931089285988813*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.9328288493890713*w_1_1_0 - 0.45931089285988813*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 0.9328288493890713*w_1_2_0 - 0.45931089285988813*w_1_2_1 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_1_0.. + 0.648688758794882*w_1_0_0 - 0.7263578446997732*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.648688758794882*w_1_1_0 - 0.7263578446997732*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.648688758794882*w_1_2_0 - 0.7263578446997732*w_1_2_1 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_2_0.. - 0.08292244049818343*w_1_0_0 + 0.40057621892523043*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.08292244049818343*w_1_1_0 + 0.40057621892523043*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. - 0.08292244049818343*w_1_2_0 + 0.40057621892523043*w_1_2_1 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_3_0.. + 0.1546255576046831*w_1_0_0 + 0.9433606577090741*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.1546255576046831*w_1_1_0 + 0.9433606577090741*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. + 0.1546255576046831*w_1_2_0 + 0.9433606577090741*w_1_2_1 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_4_0.. + 0.7514334470008721*w_1_0_0 - 0.34124882938726064*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.7514334470008721*w_1_1_0 - 0.34124882938726064*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. + 0.7514334470008721*w_1_2_0 - 0.34124882938726064*w_1_2_1 - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_5_0.. - 0.2943790231485002*w_1_0_0 - 0.2307702229625077*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.2943790231485002*w_1_1_0 - 0.2307702229625077*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.2943790231485002*w_1_2_0 - 0.2307702229625077*w_1_2_1 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_6_0.. + 0.23264489147623313*w_1_0_0 - 0.994419871578422*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.23264489147623313*w_1_1_0 - 0.994419871578422*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. + 0.23264489147623313*w_1_2_0 - 0.994419871578422*w_1_2_1 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_7_0.. - 0.9616706775524602*w_1_0_0 - 0.3710839689613894*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.9616706775524602*w_1_1_0 - 0.3710839689613894*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 0.9616706775524602*w_1_2_0 - 0.3710839689613894*w_1_2_1 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_8_0.. - 0.3009185525356326*w_1_0_0 - 0.37689346114188016*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.3009185525356326*w_1_1_0 - 0.37689346114188016*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 0.3009185525356326*w_1_2_0 - 0.37689346114188016*w_1_2_1 - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_9_0.. + 0.22215715204179243*w_1_0_0 + 0.7298069899551776*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. + 0.22215715204179243*w_1_1_0 + 0.7298069899551776*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. + 0.22215715204179243*w_1_2_0 + 0.7298069899551776*w_1_2_1 - 1*b_1_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_10_0.. - 0.4429766803881634*w_1_0_0 - 0.050708644951451776*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.4429766803881634*w_1_1_0 - 0.050708644951451776*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 0.4429766803881634*w_1_2_0 - 0.050708644951451776*w_1_2_1 - 1*b_1_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_11_0.. + 0.3795162488820887*w_1_0_0 + 0.028329282336421846*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.3795162488820887*w_1_1_0 + 0.028329282336421846*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. + 0.3795162488820887*w_1_2_0 + 0.028329282336421846*w_1_2_1 - 1*b_1_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_12_0.. - 0.7789756686980005*w_1_0_0 - 0.8680870319124994*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.7789756686980005*w_1_1_0 - 0.8680870319124994*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 0.7789756686980005*w_1_2_0 - 0.8680870319124994*w_1_2_1 - 1*b_1_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_13_0.. + 0.28440960658185954*w_1_0_0 - 0.14305966145952187*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.28440960658185954*w_1_1_0 - 0.14305966145952187*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. + 0.28440960658185954*w_1_2_0 - 0.14305966145952187*w_1_2_1 - 1*b_1_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_14_0.. + 0.3562612178481157*w_1_0_0 - 0.1886000603993936*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. + 0.3562612178481157*w_1_1_0 - 0.1886000603993936*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. + 0.3562612178481157*w_1_2_0 - 0.1886000603993936*w_1_2_1 - 1*b_1_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_15_0.. + 0.3241775489857335*w_1_0_0 + 0.21676199894367754*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.3241775489857335*w_1_1_0 + 0.21676199894367754*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_1_15_2.. + 0.3241775489857335*w_1_2_0 + 0.21676199894367754*w_1_2_1 - 1*b_1_2 + 1*pre_1_15_2 =e= 0;
pre_definition_1_16_0.. - 0.7805487040095846*w_1_0_0 + 0.5456848129332406*w_1_0_1 - 1*b_1_0 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. - 0.7805487040095846*w_1_1_0 + 0.5456848129332406*w_1_1_1 - 1*b_1_1 + 1*pre_1_16_1 =e= 0;
pre_definition_1_16_2.. - 0.7805487040095846*w_1_2_0 + 0.5456848129332406*w_1_2_1 - 1*b_1_2 + 1*pre_1_16_2 =e= 0;
pre_definition_1_17_0.. - 0.24637428937208483*w_1_0_0 + 0.8319693128352303*w_1_0_1 - 1*b_1_0 + 1*pre_1_17_0 =e= 0;
pre_definition_1_17_1.. - 0.24637428937208483*w_1_1_0 + 0.8319693128352303*w_1_1_1 - 1*b_1_1 + 1*pre_1_17_1 =e= 0;
pre_definition_1_17_2.. - 0.24637428937208483*w_1_2_0 + 0.8319693128352303*w_1_2_1 - 1*b_1_2 + 1*pre_1_17_2 =e= 0;
pre_definition_1_18_0.. - 0.6652882953067956*w_1_0_0 - 0.5741966149773667*w_1_0_1 - 1*b_1_0 + 1*pre_1_18_0 =e= 0;
pre_definition_1_18_1.. - 0.6652882953067956*w_1_1_0 - 0.5741966149773667*w_1_1_1 - 1*b_1_1 + 1*pre_1_18_1 =e= 0;
pre_definition_1_18_2.. - 0.6652882953067956*w_1_2_0 - 0.5741966149773667*w_1_2_1 - 1*b_1_2 + 1*pre_1_18_2 =e= 0;
pre_definition_1_19_0.. + 0.5212611140140957*w_1_0_0 - 0.7529684616214076*w_1_0_1 - 1*b_1_0 + 1*pre_1_19_0 =e= 0;
pre_definition_1_19_1.. + 0.5212611140140957*w_1_1_0 - 0.7529684616214076*w_1_1_1 - 1*b_1_1 + 1*pre_1_19_1 =e= 0;
pre_definition_1_19_2.. + 0.5212611140140957*w_1_2_0 - 0.7529684616214076*w_1_2_1 - 1*b_1_2 + 1*pre_1_19_2 =e= 0;
pre_definition_1_20_0.. + 0.8828639303896113*w_1_0_0 + 0.32776587890867925*w_1_0_1 - 1*b_1_0 + 1*pre_1_20_0 =e= 0;
pre_definition_1_20_1.. + 0.8828639303896113*w_1_1_0 + 0.32776587890867925*w_1_1_1 - 1*b_1_1 + 1*pre_1_20_1 =e= 0;
pre_definition_1_20_2.. + 0.8828639303896113*w_1_2_0 + 0.32776587890867925*w_1_2_1 - 1*b_1_2 + 1*pre_1_20_2 =e= 0;
pre_definition_1_21_0.. + 0.6994410662103219*w_1_0_0 + 0.09932126670142605*w_1_0_1 - 1*b_1_0 + 1*pre_1_21_0 =e= 0;
pre_definition_1_21_1.. + 0.6994410662103219*w_1_1_0 + 0.09932126670142605*w_1_1_1 - 1*b_1_1 + 1*pre_1_21_1 =e= 0;
pre_definition_1_21_2.. + 0.6994410662103219*w_1_2_0 + 0.09932126670142605*w_1_2_1 - 1*b_1_2 + 1*pre_1_21_2 =e= 0;
pre_definition_1_22_0.. - 0.5926485405745885*w_1_0_0 + 0.5387155820125051*w_1_0_1 - 1*b_1_0 + 1*pre_1_22_0 =e= 0;
pre_definition_1_22_1.. - 0.5926485405745885*w_1_1_0 + 0.5387155820125051*w_1_1_1 - 1*b_1_1 + 1*pre_1_22_1 =e= 0;
pre_definition_1_22_2.. - 0.5926485405745885*w_1_2_0 + 0.5387155820125051*w_1_2_1 - 1*b_1_2 + 1*pre_1_22_2 =e= 0;
pre_definition_1_23_0.. + 0.8959573978711808*w_1_0_0 + 0.1908963203569436*w_1_0_1 - 1*b_1_0 + 1*pre_1_23_0 =e= 0;
pre_definition_1_23_1.. + 0.8959573978711808*w_1_1_0 + 0.1908963203569436*w_1_1_1 - 1*b_1_1 + 1*pre_1_23_1 =e= 0;
pre_definition_1_23_2.. + 0.8959573978711808*w_1_2_0 + 0.1908963203569436*w_1_2_1 - 1*b_1_2 + 1*pre_1_23_2 =e= 0;
pre_definition_1_24_0.. + 0.6029739109814893*w_1_0_0 + 0.8184939087617562*w_1_0_1 - 1*b_1_0 + 1*pre_1_24_0 =e= 0;
pre_definition_1_24_1.. + 0.6029739109814893*w_1_1_0 + 0.8184939087617562*w_1_1_1 - 1*b_1_1 + 1*pre_1_24_1 =e= 0;
pre_definition_1_24_2.. + 0.6029739109814893*w_1_2_0 + 0.8184939087617562*w_1_2_1 - 1*b_1_2 + 1*pre_1_24_2 =e= 0;
pre_definition_1_25_0.. - 0.16066477197370133*w_1_0_0 + 0.4026077343621548*w_1_0_1 - 1*b_1_0 + 1*pre_1_25_0 =e= 0;
pre_definition_1_25_1.. - 0.16066477197370133*w_1_1_0 + 0.4026077343621548*w_1_1_1 - 1*b_1_1 + 1*pre_1_25_1 =e= 0;
pre_definition_1_25_2.. - 0.16066477197370133*w_1_2_0 + 0.4026077343621548*w_1_2_1 - 1*b_1_2 + 1*pre_1_25_2 =e= 0;
pre_definition_1_26_0.. - 0.34398975591271874*w_1_0_0 + 0.6009691120635734*w_1_0_1 - 1*b_1_0 + 1*pre_1_26_0 =e= 0;
pre_definition_1_26_1.. - 0.34398975591271874*w_1_1_0 + 0.6009691120635734*w_1_1_1 - 1*b_1_1 + 1*pre_1_26_1 =e= 0;
pre_definition_1_26_2.. - 0.34398975591271874*w_1_2_0 + 0.6009691120635734*w_1_2_1 - 1*b_1_2 + 1*pre_1_26_2 =e= 0;
pre_definition_1_27_0.. - 0.8842262210129956*w_1_0_0 + 0.2697796635103429*w_1_0_1 - 1*b_1_0 + 1*pre_1_27_0 =e= 0;
pre_definition_1_27_1.. - 0.8842262210129956*w_1_1_0 + 0.2697796635103429*w_1_1_1 - 1*b_1_1 + 1*pre_1_27_1 =e= 0;
pre_definition_1_27_2.. - 0.8842262210129956*w_1_2_0 + 0.2697796635103429*w_1_2_1 - 1*b_1_2 + 1*pre_1_27_2 =e= 0;
pre_definition_1_28_0.. + 0.789009440859541*w_1_0_0 - 0.25821630307941845*w_1_0_1 - 1*b_1_0 + 1*pre_1_28_0 =e= 0;
pre_definition_1_28_1.. + 0.789009440859541*w_1_1_0 - 0.25821630307941845*w_1_1_1 - 1*b_1_1 + 1*pre_1_28_1 =e= 0;
pre_definition_1_28_2.. + 0.789009440859541*w_1_2_0 - 0.25821630307941845*w_1_2_1 - 1*b_1_2 + 1*pre_1_28_2 =e= 0;
pre_definition_1_29_0.. - 0.8543091061357349*w_1_0_0 + 0.11924569056843204*w_1_0_1 - 1*b_1_0 + 1*pre_1_29_0 =e= 0;
pre_definition_1_29_1.. - 0.8543091061357349*w_1_1_0 + 0.11924569056843204*w_1_1_1 - 1*b_1_1 + 1*pre_1_29_1 =e= 0;
pre_definition_1_29_2.. - 0.8543091061357349*w_1_2_0 + 0.11924569056843204*w_1_2_1 - 1*b_1_2 + 1*pre_1_29_2 =e= 0;
pre_definition_1_30_0.. - 0.9091809873814745*w_1_0_0 + 0.00020837262470596585*w_1_0_1 - 1*b_1_0 + 1*pre_1_30_0 =e= 0;
pre_definition_1_30_1.. - 0.9091809873814745*w_1_1_0 + 0.00020837262470596585*w_1_1_1 - 1*b_1_1 + 1*pre_1_30_1 =e= 0;
pre_definition_1_30_2.. - 0.9091809873814745*w_1_2_0 + 0.00020837262470596585*w_1_2_1 - 1*b_1_2 + 1*pre_1_30_2 =e= 0;
pre_definition_1_31_0.. + 0.14954275030184894*w_1_0_0 - 0.24042690403075562*w_1_0_1 - 1*b_1_0 + 1*pre_1_31_0 =e= 0;
pre_definition_1_31_1.. + 0.14954275030184894*w_1_1_0 - 0.24042690403075562*w_1_1_1 - 1*b_1_1 + 1*pre_1_31_1 =e= 0;
pre_definition_1_31_2.. + 0.14954275030184894*w_1_2_0 - 0.24042690403075562*w_1_2_1 - 1*b_1_2 + 1*pre_1_31_2 =e= 0;
pre_definition_1_32_0.. - 0.9901930104706482*w_1_0_0 - 0.8978873498755306*w_1_0_1 - 1*b_1_0 + 1*pre_1_32_0 =e= 0;
pre_definition_1_32_1.. - 0.9901930104706482*w_1_1_0 - 0.8978873498755306*w_1_1_1 - 1*b_1_1 + 1*pre_1_32_1 =e= 0;
pre_definition_1_32_2.. - 0.9901930104706482*w_1_2_0 - 0.8978873498755306*w_1_2_1 - 1*b_1_2 + 1*pre_1_32_2 =e= 0;
pre_definition_1_33_0.. + 0.07990972138180785*w_1_0_0 - 0.5154576906165829*w_1_0_1 - 1*b_1_0 + 1*pre_1_33_0 =e= 0;
pre_definition_1_33_1.. + 0.07990972138180785*w_1_1_0 - 0.5154576906165829*w_1_1_1 - 1*b_1_1 + 1*pre_1_33_1 =e= 0;
pre_definition_1_33_2.. + 0.07990972138180785*w_1_2_0 - 0.5154576906165829*w_1_2_1 - 1*b_1_2 + 1*pre_1_33_2 =e= 0;
pre_definition_1_34_0.. + 0.005154609024762058*w_1_0_0 - 0.05862432039354082*w_1_0_1 - 1*b_1_0 + 1*pre_1_34_0 =e= 0;
pre_definition_1_34_1.. + 0.005154609024762058*w_1_1_0 - 0.05862432039354082*w_1_1_1 - 1*b_1_1 + 1*pre_1_34_1 =e= 0;
pre_definition_1_34_2.. + 0.005154609024762058*w_1_2_0 - 0.05862432039354082*w_1_2_1 - 1*b_1_2 + 1*pre_1_34_2 =e= 0;
pre_definition_1_35_0.. - 0.571571401427615*w_1_0_0 + 0.17068830128865842*w_1_0_1 - 1*b_1_0 + 1*pre_1_35_0 =e= 0;
pre_definition_1_35_1.. - 0.571571401427615*w_1_1_0 + 0.17068830128865842*w_1_1_1 - 1*b_1_1 + 1*pre_1_35_1 =e= 0;
pre_definition_1_35_2.. - 0.571571401427615*w_1_2_0 + 0.17068830128865842*w_1_2_1 - 1*b_1_2 + 1*pre_1_35_2 =e= 0;
pre_definition_1_36_0.. - 0.4689671435774587*w_1_0_0 - 0.4222857559794997*w_1_0_1 - 1*b_1_0 + 1*pre_1_36_0 =e= 0;
pre_definition_1_36_1.. - 0.4689671435774587*w_1_1_0 - 0.4222857559794997*w_1_1_1 - 1*b_1_1 + 1*pre_1_36_1 =e= 0;
pre_definition_1_36_2.. - 0.4689671435774587*w_1_2_0 - 0.4222857559794997*w_1_2_1 - 1*b_1_2 + 1*pre_1_36_2 =e= 0;
pre_definition_1_37_0.. - 0.8641193732267565*w_1_0_0 + 0.7701347334381896*w_1_0_1 - 1*b_1_0 + 1*pre_1_37_0 =e= 0;
pre_definition_1_37_1.. - 0.8641193732267565*w_1_1_0 + 0.7701347334381896*w_1_1_1 - 1*b_1_1 + 1*pre_1_37_1 =e= 0;
pre_definition_1_37_2.. - 0.8641193732267565*w_1_2_0 + 0.7701347334381896*w_1_2_1 - 1*b_1_2 + 1*pre_1_37_2 =e= 0;
pre_definition_1_38_0.. - 0.4580302341526188*w_1_0_0 - 0.8548478572491198*w_1_0_1 - 1*b_1_0 + 1*pre_1_38_0 =e= 0;
pre_definition_1_38_1.. - 0.4580302341526188*w_1_1_0 - 0.8548478572491198*w_1_1_1 - 1*b_1_1 + 1*pre_1_38_1 =e= 0;
pre_definition_1_38_2.. - 0.4580302341526188*w_1_2_0 - 0.8548478572491198*w_1_2_1 - 1*b_1_2 + 1*pre_1_38_2 =e= 0;
pre_definition_1_39_0.. - 0.9358523798492928*w_1_0_0 + 0.9705873900692614*w_1_0_1 - 1*b_1_0 + 1*pre_1_39_0 =e= 0;
pre_definition_1_39_1.. - 0.9358523798492928*w_1_1_0 + 0.9705873900692614*w_1_1_1 - 1*b_1_1 + 1*pre_1_39_1 =e= 0;
pre_definition_1_39_2.. - 0.9358523798492928*w_1_2_0 + 0.9705873900692614*w_1_2_1 - 1*b_1_2 + 1*pre_1_39_2 =e= 0;
pre_definition_1_40_0.. - 0.7272801804911515*w_1_0_0 - 0.9623900801326886*w_1_0_1 - 1*b_1_0 + 1*pre_1_40_0 =e= 0;
pre_definition_1_40_1.. - 0.7272801804911515*w_1_1_0 - 0.9623900801326886*w_1_1_1 - 1*b_1_1 + 1*pre_1_40_1 =e= 0;
pre_definition_1_40_2.. - 0.7272801804911515*w_1_2_0 - 0.9623900801326886*w_1_2_1 - 1*b_1_2 + 1*pre_1_40_2 =e= 0;
pre_definition_1_41_0.. - 0.9144203592219271*w_1_0_0 + 0.7024719755350042*w_1_0_1 - 1*b_1_0 + 1*pre_1_41_0 =e= 0;
pre_definition_1_41_1.. - 0.9144203592219271*w_1_1_0 + 0.7024719755350042*w_1_1_1 - 1*b_1_1 + 1*pre_1_41_1 =e= 0;
pre_definition_1_41_2.. - 0.9144203592219271*w_1_2_0 + 0.7024719755350042*w_1_2_1 - 1*b_1_2 + 1*pre_1_41_2 =e= 0;
pre_definition_1_42_0.. - 0.9452576276459099*w_1_0_0 - 0.7798711114410413*w_1_0_1 - 1*b_1_0 + 1*pre_1_42_0 =e= 0;
pre_definition_1_42_1.. - 0.9452576276459099*w_1_1_0 - 0.7798711114410413*w_1_1_1 - 1*b_1_1 + 1*pre_1_42_1 =e= 0;
pre_definition_1_42_2.. - 0.9452576276459099*w_1_2_0 - 0.7798711114410413*w_1_2_1 - 1*b_1_2 + 1*pre_1_42_2 =e= 0;
pre_definition_1_43_0.. - 0.6447476550861408*w_1_0_0 + 0.040024152384335654*w_1_0_1 - 1*b_1_0 + 1*pre_1_43_0 =e= 0;
pre_definition_1_43_1.. - 0.6447476550861408*w_1_1_0 + 0.040024152384335654*w_1_1_1 - 1*b_1_1 + 1*pre_1_43_1 =e= 0;
pre_definition_1_43_2.. - 0.6447476550861408*w_1_2_0 + 0.040024152384335654*w_1_2_1 - 1*b_1_2 + 1*pre_1_43_2 =e= 0;
pre_definition_1_44_0.. + 0.5352541607213923*w_1_0_0 - 0.6037611574366157*w_1_0_1 - 1*b_1_0 + 1*pre_1_44_0 =e= 0;
pre_definition_1_44_1.. + 0.5352541607213923*w_1_1_0 - 0.6037611574366157*w_1_1_1 - 1*b_1_1 + 1*pre_1_44_1 =e= 0;
pre_definition_1_44_2.. + 0.5352541607213923*w_1_2_0 - 0.6037611574366157*w_1_2_1 - 1*b_1_2 + 1*pre_1_44_2 =e= 0;
pre_definition_1_45_0.. - 0.8470603195669391*w_1_0_0 + 0.46773945541541484*w_1_0_1 - 1*b_1_0 + 1*pre_1_45_0 =e= 0;
pre_definition_1_45_1.. - 0.8470603195669391*w_1_1_0 + 0.46773945541541484*w_1_1_1 - 1*b_1_1 + 1*pre_1_45_1 =e= 0;
pre_definition_1_45_2.. - 0.8470603195669391*w_1_2_0 + 0.46773945541541484*w_1_2_1 - 1*b_1_2 + 1*pre_1_45_2 =e= 0;
pre_definition_1_46_0.. - 0.07786881524437383*w_1_0_0 + 0.114494342050937*w_1_0_1 - 1*b_1_0 + 1*pre_1_46_0 =e= 0;
pre_definition_1_46_1.. - 0.07786881524437383*w_1_1_0 + 0.114494342050937*w_1_1_1 - 1*b_1_1 + 1*pre_1_46_1 =e= 0;
pre_definition_1_46_2.. - 0.07786881524437383*w_1_2_0 + 0.114494342050937*w_1_2_1 - 1*b_1_2 + 1*pre_1_46_2 =e= 0;
pre_definition_1_47_0.. - 0.86203463196231*w_1_0_0 + 0.9189785776231307*w_1_0_1 - 1*b_1_0 + 1*pre_1_47_0 =e= 0;
pre_definition_1_47_1.. - 0.86203463196231*w_1_1_0 + 0.9189785776231307*w_1_1_1 - 1*b_1_1 + 1*pre_1_47_1 =e= 0;
pre_definition_1_47_2.. - 0.86203463196231*w_1_2_0 + 0.9189785776231307*w_1_2_1 - 1*b_1_2 + 1*pre_1_47_2 =e= 0;
pre_definition_1_48_0.. - 0.46401239131312155*w_1_0_0 - 0.22874649389799329*w_1_0_1 - 1*b_1_0 + 1*pre_1_48_0 =e= 0;
pre_definition_1_48_1.. - 0.46401239131312155*w_1_1_0 - 0.22874649389799329*w_1_1_1 - 1*b_1_1 + 1*pre_1_48_1 =e= 0;
pre_definition_1_48_2.. - 0.46401239131312155*w_1_2_0 - 0.22874649389799329*w_1_2_1 - 1*b_1_2 + 1*pre_1_48_2 =e= 0;
pre_definition_1_49_0.. + 0.9432692697729579*w_1_0_0 - 0.43843954565348064*w_1_0_1 - 1*b_1_0 + 1*pre_1_49_0 =e= 0;
pre_definition_1_49_1.. + 0.9432692697729579*w_1_1_0 - 0.43843954565348064*w_1_1_1 - 1*b_1_1 + 1*pre_1_49_1 =e= 0;
pre_definition_1_49_2.. + 0.9432692697729579*w_1_2_0 - 0.43843954565348064*w_1_2_1 - 1*b_1_2 + 1*pre_1_49_2 =e= 0;
pre_definition_1_50_0.. + 0.968016540952856*w_1_0_0 - 0.5159020047128562*w_1_0_1 - 1*b_1_0 + 1*pre_1_50_0 =e= 0;
pre_definition_1_50_1.. + 0.968016540952856*w_1_1_0 - 0.5159020047128562*w_1_1_1 - 1*b_1_1 + 1*pre_1_50_1 =e= 0;
pre_definition_1_50_2.. + 0.968016540952856*w_1_2_0 - 0.5159020047128562*w_1_2_1 - 1*b_1_2 + 1*pre_1_50_2 =e= 0;
pre_definition_1_51_0.. - 0.025517446524156107*w_1_0_0 - 0.8582084415940123*w_1_0_1 - 1*b_1_0 + 1*pre_1_51_0 =e= 0;
pre_definition_1_51_1.. - 0.025517446524156107*w_1_1_0 - 0.8582084415940123*w_1_1_1 - 1*b_1_1 + 1*pre_1_51_1 =e= 0;
pre_definition_1_51_2.. - 0.025517446524156107*w_1_2_0 - 0.8582084415940123*w_1_2_1 - 1*b_1_2 + 1*pre_1_51_2 =e= 0;
pre_definition_1_52_0.. + 0.8678350065518505*w_1_0_0 - 0.6826345592247665*w_1_0_1 - 1*b_1_0 + 1*pre_1_52_0 =e= 0;
pre_definition_1_52_1.. + 0.8678350065518505*w_1_1_0 - 0.6826345592247665*w_1_1_1 - 1*b_1_1 + 1*pre_1_52_1 =e= 0;
pre_definition_1_52_2.. + 0.8678350065518505*w_1_2_0 - 0.6826345592247665*w_1_2_1 - 1*b_1_2 + 1*pre_1_52_2 =e= 0;
pre_definition_1_53_0.. + 0.8666199824657972*w_1_0_0 + 0.31138004239174966*w_1_0_1 - 1*b_1_0 + 1*pre_1_53_0 =e= 0;
pre_definition_1_53_1.. + 0.8666199824657972*w_1_1_0 + 0.31138004239174966*w_1_1_1 - 1*b_1_1 + 1*pre_1_53_1 =e= 0;
pre_definition_1_53_2.. + 0.8666199824657972*w_1_2_0 + 0.31138004239174966*w_1_2_1 - 1*b_1_2 + 1*pre_1_53_2 =e= 0;
pre_definition_1_54_0.. + 0.1394025361043334*w_1_0_0 - 0.9321241615681404*w_1_0_1 - 1*b_1_0 + 1*pre_1_54_0 =e= 0;
pre_definition_1_54_1.. + 0.1394025361043334*w_1_1_0 - 0.9321241615681404*w_1_1_1 - 1*b_1_1 + 1*pre_1_54_1 =e= 0;
pre_definition_1_54_2.. + 0.1394025361043334*w_1_2_0 - 0.9321241615681404*w_1_2_1 - 1*b_1_2 + 1*pre_1_54_2 =e= 0;
pre_definition_1_55_0.. - 0.12446368445691403*w_1_0_0 + 0.4822708136581355*w_1_0_1 - 1*b_1_0 + 1*pre_1_55_0 =e= 0;
pre_definition_1_55_1.. - 0.12446368445691403*w_1_1_0 + 0.4822708136581355*w_1_1_1 - 1*b_1_1 + 1*pre_1_55_1 =e= 0;
pre_definition_1_55_2.. - 0.12446368445691403*w_1_2_0 + 0.4822708136581355*w_1_2_1 - 1*b_1_2 + 1*pre_1_55_2 =e= 0;
pre_definition_1_56_0.. + 0.5166485718113101*w_1_0_0 - 0.7762366413183597*w_1_0_1 - 1*b_1_0 + 1*pre_1_56_0 =e= 0;
pre_definition_1_56_1.. + 0.5166485718113101*w_1_1_0 - 0.7762366413183597*w_1_1_1 - 1*b_1_1 + 1*pre_1_56_1 =e= 0;
pre_definition_1_56_2.. + 0.5166485718113101*w_1_2_0 - 0.7762366413183597*w_1_2_1 - 1*b_1_2 + 1*pre_1_56_2 =e= 0;
pre_definition_1_57_0.. + 0.5482611431653512*w_1_0_0 + 0.750890588329433*w_1_0_1 - 1*b_1_0 + 1*pre_1_57_0 =e= 0;
pre_definition_1_57_1.. + 0.5482611431653512*w_1_1_0 + 0.750890588329433*w_1_1_1 - 1*b_1_1 + 1*pre_1_57_1 =e= 0;
pre_definition_1_57_2.. + 0.5482611431653512*w_1_2_0 + 0.750890588329433*w_1_2_1 - 1*b_1_2 + 1*pre_1_57_2 =e= 0;
pre_definition_1_58_0.. + 0.4233384859848448*w_1_0_0 - 0.1722461296254656*w_1_0_1 - 1*b_1_0 + 1*pre_1_58_0 =e= 0;
pre_definition_1_58_1.. + 0.4233384859848448*w_1_1_0 - 0.1722461296254656*w_1_1_1 - 1*b_1_1 + 1*pre_1_58_1 =e= 0;
pre_definition_1_58_2.. + 0.4233384859848448*w_1_2_0 - 0.1722461296254656*w_1_2_1 - 1*b_1_2 + 1*pre_1_58_2 =e= 0;
pre_definition_1_59_0.. - 0.10818100434653566*w_1_0_0 - 0.6194215518255555*w_1_0_1 - 1*b_1_0 + 1*pre_1_59_0 =e= 0;
pre_definition_1_59_1.. - 0.10818100434653566*w_1_1_0 - 0.6194215518255555*w_1_1_1 - 1*b_1_1 + 1*pre_1_59_1 =e= 0;
pre_definition_1_59_2.. - 0.10818100434653566*w_1_2_0 - 0.6194215518255555*w_1_2_1 - 1*b_1_2 + 1*pre_1_59_2 =e= 0;
pre_definition_1_60_0.. - 0.12095190401237166*w_1_0_0 + 0.423157571137579*w_1_0_1 - 1*b_1_0 + 1*pre_1_60_0 =e= 0;
pre_definition_1_60_1.. - 0.12095190401237166*w_1_1_0 + 0.423157571137579*w_1_1_1 - 1*b_1_1 + 1*pre_1_60_1 =e= 0;
pre_definition_1_60_2.. - 0.12095190401237166*w_1_2_0 + 0.423157571137579*w_1_2_1 - 1*b_1_2 + 1*pre_1_60_2 =e= 0;
pre_definition_1_61_0.. + 0.1742073146382146*w_1_0_0 - 0.6362419419418208*w_1_0_1 - 1*b_1_0 + 1*pre_1_61_0 =e= 0;
pre_definition_1_61_1.. + 0.1742073146382146*w_1_1_0 - 0.6362419419418208*w_1_1_1 - 1*b_1_1 + 1*pre_1_61_1 =e= 0;
pre_definition_1_61_2.. + 0.1742073146382146*w_1_2_0 - 0.6362419419418208*w_1_2_1 - 1*b_1_2 + 1*pre_1_61_2 =e= 0;
pre_definition_1_62_0.. - 0.253012924839507*w_1_0_0 - 0.9181552853948844*w_1_0_1 - 1*b_1_0 + 1*pre_1_62_0 =e= 0;
pre_definition_1_62_1.. - 0.253012924839507*w_1_1_0 - 0.9181552853948844*w_1_1_1 - 1*b_1_1 + 1*pre_1_62_1 =e= 0;
pre_definition_1_62_2.. - 0.253012924839507*w_1_2_0 - 0.9181552853948844*w_1_2_1 - 1*b_1_2 + 1*pre_1_62_2 =e= 0;
pre_definition_1_63_0.. + 0.26119117781663825*w_1_0_0 - 0.10522302104257442*w_1_0_1 - 1*b_1_0 + 1*pre_1_63_0 =e= 0;
pre_definition_1_63_1.. + 0.26119117781663825*w_1_1_0 - 0.10522302104257442*w_1_1_1 - 1*b_1_1 + 1*pre_1_63_1 =e= 0;
pre_definition_1_63_2.. + 0.26119117781663825*w_1_2_0 - 0.10522302104257442*w_1_2_1 - 1*b_1_2 + 1*pre_1_63_2 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 - 1*w_2_0_2*post_1_0_2 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 - 1*w_2_0_2*post_1_1_2 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 - 1*w_2_0_2*post_1_2_2 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 - 1*w_2_0_2*post_1_3_2 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 - 1*w_2_0_2*post_1_4_2 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 - 1*w_2_0_2*post_1_5_2 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 - 1*w_2_0_2*post_1_6_2 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 - 1*w_2_0_2*post_1_7_2 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 - 1*w_2_0_2*post_1_8_2 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 - 1*w_2_0_2*post_1_9_2 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 - 1*w_2_0_2*post_1_10_2 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 - 1*w_2_0_2*post_1_11_2 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 - 1*w_2_0_2*post_1_12_2 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 - 1*w_2_0_2*post_1_13_2 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 - 1*w_2_0_2*post_1_14_2 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*w_2_0_0*post_1_15_0 - 1*w_2_0_1*post_1_15_1 - 1*w_2_0_2*post_1_15_2 =e= 0;
out_definition_16_0.. - 1*b_2_0 + 1*out_16_0 - 1*w_2_0_0*post_1_16_0 - 1*w_2_0_1*post_1_16_1 - 1*w_2_0_2*post_1_16_2 =e= 0;
out_definition_17_0.. - 1*b_2_0 + 1*out_17_0 - 1*w_2_0_0*post_1_17_0 - 1*w_2_0_1*post_1_17_1 - 1*w_2_0_2*post_1_17_2 =e= 0;
out_definition_18_0.. - 1*b_2_0 + 1*out_18_0 - 1*w_2_0_0*post_1_18_0 - 1*w_2_0_1*post_1_18_1 - 1*w_2_0_2*post_1_18_2 =e= 0;
out_definition_19_0.. - 1*b_2_0 + 1*out_19_0 - 1*w_2_0_0*post_1_19_0 - 1*w_2_0_1*post_1_19_1 - 1*w_2_0_2*post_1_19_2 =e= 0;
out_definition_20_0.. - 1*b_2_0 + 1*out_20_0 - 1*w_2_0_0*post_1_20_0 - 1*w_2_0_1*post_1_20_1 - 1*w_2_0_2*post_1_20_2 =e= 0;
out_definition_21_0.. - 1*b_2_0 + 1*out_21_0 - 1*w_2_0_0*post_1_21_0 - 1*w_2_0_1*post_1_21_1 - 1*w_2_0_2*post_1_21_2 =e= 0;
out_definition_22_0.. - 1*b_2_0 + 1*out_22_0 - 1*w_2_0_0*post_1_22_0 - 1*w_2_0_1*post_1_22_1 - 1*w_2_0_2*post_1_22_2 =e= 0;
out_definition_23_0.. - 1*b_2_0 + 1*out_23_0 - 1*w_2_0_0*post_1_23_0 - 1*w_2_0_1*post_1_23_1 - 1*w_2_0_2*post_1_23_2 =e= 0;
out_definition_24_0.. - 1*b_2_0 + 1*out_24_0 - 1*w_2_0_0*post_1_24_0 - 1*w_2_0_1*post_1_24_1 - 1*w_2_0_2*post_1_24_2 =e= 0;
out_definition_25_0.. - 1*b_2_0 + 1*out_25_0 - 1*w_2_0_0*post_1_25_0 - 1*w_2_0_1*post_1_25_1 - 1*w_2_0_2*post_1_25_2 =e= 0;
out_definition_26_0.. - 1*b_2_0 + 1*out_26_0 - 1*w_2_0_0*post_1_26_0 - 1*w_2_0_1*post_1_26_1 - 1*w_2_0_2*post_1_26_2 =e= 0;
out_definition_27_0.. - 1*b_2_0 + 1*out_27_0 - 1*w_2_0_0*post_1_27_0 - 1*w_2_0_1*post_1_27_1 - 1*w_2_0_2*post_1_27_2 =e= 0;
out_definition_28_0.. - 1*b_2_0 + 1*out_28_0 - 1*w_2_0_0*post_1_28_0 - 1*w_2_0_1*post_1_28_1 - 1*w_2_0_2*post_1_28_2 =e= 0;
out_definition_29_0.. - 1*b_2_0 + 1*out_29_0 - 1*w_2_0_0*post_1_29_0 - 1*w_2_0_1*post_1_29_1 - 1*w_2_0_2*post_1_29_2 =e= 0;
out_definition_30_0.. - 1*b_2_0 + 1*out_30_0 - 1*w_2_0_0*post_1_30_0 - 1*w_2_0_1*post_1_30_1 - 1*w_2_0_2*post_1_30_2 =e= 0;
out_definition_31_0.. - 1*b_2_0 + 1*out_31_0 - 1*w_2_0_0*post_1_31_0 - 1*w_2_0_1*post_1_31_1 - 1*w_2_0_2*post_1_31_2 =e= 0;
out_definition_32_0.. - 1*b_2_0 + 1*out_32_0 - 1*w_2_0_0*post_1_32_0 - 1*w_2_0_1*post_1_32_1 - 1*w_2_0_2*post_1_32_2 =e= 0;
out_definition_33_0.. - 1*b_2_0 + 1*out_33_0 - 1*w_2_0_0*post_1_33_0 - 1*w_2_0_1*post_1_33_1 - 1*w_2_0_2*post_1_33_2 =e= 0;
out_definition_34_0.. - 1*b_2_0 + 1*out_34_0 - 1*w_2_0_0*post_1_34_0 - 1*w_2_0_1*post_1_34_1 - 1*w_2_0_2*post_1_34_2 =e= 0;
out_definition_35_0.. - 1*b_2_0 + 1*out_35_0 - 1*w_2_0_0*post_1_35_0 - 1*w_2_0_1*post_1_35_1 - 1*w_2_0_2*post_1_35_2 =e= 0;
out_definition_36_0.. - 1*b_2_0 + 1*out_36_0 - 1*w_2_0_0*post_1_36_0 - 1*w_2_0_1*post_1_36_1 - 1*w_2_0_2*post_1_36_2 =e= 0;
out_definition_37_0.. - 1*b_2_0 + 1*out_37_0 - 1*w_2_0_0*post_1_37_0 - 1*w_2_0_1*post_1_37_1 - 1*w_2_0_2*post_1_37_2 =e= 0;
out_definition_38_0.. - 1*b_2_0 + 1*out_38_0 - 1*w_2_0_0*post_1_38_0 - 1*w_2_0_1*post_1_38_1 - 1*w_2_0_2*post_1_38_2 =e= 0;
out_definition_39_0.. - 1*b_2_0 + 1*out_39_0 - 1*w_2_0_0*post_1_39_0 - 1*w_2_0_1*post_1_39_1 - 1*w_2_0_2*post_1_39_2 =e= 0;
out_definition_40_0.. - 1*b_2_0 + 1*out_40_0 - 1*w_2_0_0*post_1_40_0 - 1*w_2_0_1*post_1_40_1 - 1*w_2_0_2*post_1_40_2 =e= 0;
out_definition_41_0.. - 1*b_2_0 + 1*out_41_0 - 1*w_2_0_0*post_1_41_0 - 1*w_2_0_1*post_1_41_1 - 1*w_2_0_2*post_1_41_2 =e= 0;
out_definition_42_0.. - 1*b_2_0 + 1*out_42_0 - 1*w_2_0_0*post_1_42_0 - 1*w_2_0_1*post_1_42_1 - 1*w_2_0_2*post_1_42_2 =e= 0;
out_definition_43_0.. - 1*b_2_0 + 1*out_43_0 - 1*w_2_0_0*post_1_43_0 - 1*w_2_0_1*post_1_43_1 - 1*w_2_0_2*post_1_43_2 =e= 0;
out_definition_44_0.. - 1*b_2_0 + 1*out_44_0 - 1*w_2_0_0*post_1_44_0 - 1*w_2_0_1*post_1_44_1 - 1*w_2_0_2*post_1_44_2 =e= 0;
out_definition_45_0.. - 1*b_2_0 + 1*out_45_0 - 1*w_2_0_0*post_1_45_0 - 1*w_2_0_1*post_1_45_1 - 1*w_2_0_2*post_1_45_2 =e= 0;
out_definition_46_0.. - 1*b_2_0 + 1*out_46_0 - 1*w_2_0_0*post_1_46_0 - 1*w_2_0_1*post_1_46_1 - 1*w_2_0_2*post_1_46_2 =e= 0;
out_definition_47_0.. - 1*b_2_0 + 1*out_47_0 - 1*w_2_0_0*post_1_47_0 - 1*w_2_0_1*post_1_47_1 - 1*w_2_0_2*post_1_47_2 =e= 0;
out_definition_48_0.. - 1*b_2_0 + 1*out_48_0 - 1*w_2_0_0*post_1_48_0 - 1*w_2_0_1*post_1_48_1 - 1*w_2_0_2*post_1_48_2 =e= 0;
out_definition_49_0.. - 1*b_2_0 + 1*out_49_0 - 1*w_2_0_0*post_1_49_0 - 1*w_2_0_1*post_1_49_1 - 1*w_2_0_2*post_1_49_2 =e= 0;
out_definition_50_0.. - 1*b_2_0 + 1*out_50_0 - 1*w_2_0_0*post_1_50_0 - 1*w_2_0_1*post_1_50_1 - 1*w_2_0_2*post_1_50_2 =e= 0;
out_definition_51_0.. - 1*b_2_0 + 1*out_51_0 - 1*w_2_0_0*post_1_51_0 - 1*w_2_0_1*post_1_51_1 - 1*w_2_0_2*post_1_51_2 =e= 0;
out_definition_52_0.. - 1*b_2_0 + 1*out_52_0 - 1*w_2_0_0*post_1_52_0 - 1*w_2_0_1*post_1_52_1 - 1*w_2_0_2*post_1_52_2 =e= 0;
out_definition_53_0.. - 1*b_2_0 + 1*out_53_0 - 1*w_2_0_0*post_1_53_0 - 1*w_2_0_1*post_1_53_1 - 1*w_2_0_2*post_1_53_2 =e= 0;
out_definition_54_0.. - 1*b_2_0 + 1*out_54_0 - 1*w_2_0_0*post_1_54_0 - 1*w_2_0_1*post_1_54_1 - 1*w_2_0_2*post_1_54_2 =e= 0;
out_definition_55_0.. - 1*b_2_0 + 1*out_55_0 - 1*w_2_0_0*post_1_55_0 - 1*w_2_0_1*post_1_55_1 - 1*w_2_0_2*post_1_55_2 =e= 0;
out_definition_56_0.. - 1*b_2_0 + 1*out_56_0 - 1*w_2_0_0*post_1_56_0 - 1*w_2_0_1*post_1_56_1 - 1*w_2_0_2*post_1_56_2 =e= 0;
out_definition_57_0.. - 1*b_2_0 + 1*out_57_0 - 1*w_2_0_0*post_1_57_0 - 1*w_2_0_1*post_1_57_1 - 1*w_2_0_2*post_1_57_2 =e= 0;
out_definition_58_0.. - 1*b_2_0 + 1*out_58_0 - 1*w_2_0_0*post_1_58_0 - 1*w_2_0_1*post_1_58_1 - 1*w_2_0_2*post_1_58_2 =e= 0;
out_definition_59_0.. - 1*b_2_0 + 1*out_59_0 - 1*w_2_0_0*post_1_59_0 - 1*w_2_0_1*post_1_59_1 - 1*w_2_0_2*post_1_59_2 =e= 0;
out_definition_60_0.. - 1*b_2_0 + 1*out_60_0 - 1*w_2_0_0*post_1_60_0 - 1*w_2_0_1*post_1_60_1 - 1*w_2_0_2*post_1_60_2 =e= 0;
out_definition_61_0.. - 1*b_2_0 + 1*out_61_0 - 1*w_2_0_0*post_1_61_0 - 1*w_2_0_1*post_1_61_1 - 1*w_2_0_2*post_1_61_2 =e= 0;
out_definition_62_0.. - 1*b_2_0 + 1*out_62_0 - 1*w_2_0_0*post_1_62_0 - 1*w_2_0_1*post_1_62_1 - 1*w_2_0_2*post_1_62_2 =e= 0;
out_definition_63_0.. - 1*b_2_0 + 1*out_63_0 - 1*w_2_0_0*post_1_63_0 - 1*w_2_0_1*post_1_63_1 - 1*w_2_0_2*post_1_63_2 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e259_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.176419226746878*relu_1_0_0_on_binary_indicator_var =g= -7.176419226746878;
e260_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 14.352838453493757*relu_1_0_0_on_binary_indicator_var =l= 14.352838453493757;
e261_.. + 1*post_1_0_0 =g= 0;
e262_.. + 1*post_1_0_0 + 7.176419226746878*relu_1_0_0_off_binary_indicator_var =l= 7.176419226746878;
e263_.. + 1*pre_1_0_0 + 7.176419226746878*relu_1_0_0_off_binary_indicator_var =l= 7.176419226746878;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e266_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.176419226746878*relu_1_0_1_on_binary_indicator_var =g= -7.176419226746878;
e267_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 14.352838453493757*relu_1_0_1_on_binary_indicator_var =l= 14.352838453493757;
e268_.. + 1*post_1_0_1 =g= 0;
e269_.. + 1*post_1_0_1 + 7.176419226746878*relu_1_0_1_off_binary_indicator_var =l= 7.176419226746878;
e270_.. + 1*pre_1_0_1 + 7.176419226746878*relu_1_0_1_off_binary_indicator_var =l= 7.176419226746878;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_2_on_binary_indicator_var + 1*relu_1_0_2_off_binary_indicator_var =e= 1;
e273_.. - 1*pre_1_0_2 + 1*post_1_0_2 - 7.176419226746878*relu_1_0_2_on_binary_indicator_var =g= -7.176419226746878;
e274_.. - 1*pre_1_0_2 + 1*post_1_0_2 + 14.352838453493757*relu_1_0_2_on_binary_indicator_var =l= 14.352838453493757;
e275_.. + 1*post_1_0_2 =g= 0;
e276_.. + 1*post_1_0_2 + 7.176419226746878*relu_1_0_2_off_binary_indicator_var =l= 7.176419226746878;
e277_.. + 1*pre_1_0_2 + 7.176419226746878*relu_1_0_2_off_binary_indicator_var =l= 7.176419226746878;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e280_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 7.125139810483965*relu_1_1_0_on_binary_indicator_var =g= -7.125139810483965;
e281_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 14.25027962096793*relu_1_1_0_on_binary_indicator_var =l= 14.25027962096793;
e282_.. + 1*post_1_1_0 =g= 0;
e283_.. + 1*post_1_1_0 + 7.125139810483965*relu_1_1_0_off_binary_indicator_var =l= 7.125139810483965;
e284_.. + 1*pre_1_1_0 + 7.125139810483965*relu_1_1_0_off_binary_indicator_var =l= 7.125139810483965;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e287_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 7.125139810483965*relu_1_1_1_on_binary_indicator_var =g= -7.125139810483965;
e288_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 14.25027962096793*relu_1_1_1_on_binary_indicator_var =l= 14.25027962096793;
e289_.. + 1*post_1_1_1 =g= 0;
e290_.. + 1*post_1_1_1 + 7.125139810483965*relu_1_1_1_off_binary_indicator_var =l= 7.125139810483965;
e291_.. + 1*pre_1_1_1 + 7.125139810483965*relu_1_1_1_off_binary_indicator_var =l= 7.125139810483965;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_2_on_binary_indicator_var + 1*relu_1_1_2_off_binary_indicator_var =e= 1;
e294_.. - 1*pre_1_1_2 + 1*post_1_1_2 - 7.125139810483965*relu_1_1_2_on_binary_indicator_var =g= -7.125139810483965;
e295_.. - 1*pre_1_1_2 + 1*post_1_1_2 + 14.25027962096793*relu_1_1_2_on_binary_indicator_var =l= 14.25027962096793;
e296_.. + 1*post_1_1_2 =g= 0;
e297_.. + 1*post_1_1_2 + 7.125139810483965*relu_1_1_2_off_binary_indicator_var =l= 7.125139810483965;
e298_.. + 1*pre_1_1_2 + 7.125139810483965*relu_1_1_2_off_binary_indicator_var =l= 7.125139810483965;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e301_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 4.450495978270242*relu_1_2_0_on_binary_indicator_var =g= -4.450495978270242;
e302_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 8.900991956540484*relu_1_2_0_on_binary_indicator_var =l= 8.900991956540484;
e303_.. + 1*post_1_2_0 =g= 0;
e304_.. + 1*post_1_2_0 + 4.450495978270242*relu_1_2_0_off_binary_indicator_var =l= 4.450495978270242;
e305_.. + 1*pre_1_2_0 + 4.450495978270242*relu_1_2_0_off_binary_indicator_var =l= 4.450495978270242;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e308_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 4.450495978270242*relu_1_2_1_on_binary_indicator_var =g= -4.450495978270242;
e309_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 8.900991956540484*relu_1_2_1_on_binary_indicator_var =l= 8.900991956540484;
e310_.. + 1*post_1_2_1 =g= 0;
e311_.. + 1*post_1_2_1 + 4.450495978270242*relu_1_2_1_off_binary_indicator_var =l= 4.450495978270242;
e312_.. + 1*pre_1_2_1 + 4.450495978270242*relu_1_2_1_off_binary_indicator_var =l= 4.450495978270242;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_2_on_binary_indicator_var + 1*relu_1_2_2_off_binary_indicator_var =e= 1;
e315_.. - 1*pre_1_2_2 + 1*post_1_2_2 - 4.450495978270242*relu_1_2_2_on_binary_indicator_var =g= -4.450495978270242;
e316_.. - 1*pre_1_2_2 + 1*post_1_2_2 + 8.900991956540484*relu_1_2_2_on_binary_indicator_var =l= 8.900991956540484;
e317_.. + 1*post_1_2_2 =g= 0;
e318_.. + 1*post_1_2_2 + 4.450495978270242*relu_1_2_2_off_binary_indicator_var =l= 4.450495978270242;
e319_.. + 1*pre_1_2_2 + 4.450495978270242*relu_1_2_2_off_binary_indicator_var =l= 4.450495978270242;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e322_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6.293958645941272*relu_1_3_0_on_binary_indicator_var =g= -6.293958645941272;
e323_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 12.587917291882544*relu_1_3_0_on_binary_indicator_var =l= 12.587917291882544;
e324_.. + 1*post_1_3_0 =g= 0;
e325_.. + 1*post_1_3_0 + 6.293958645941272*relu_1_3_0_off_binary_indicator_var =l= 6.293958645941272;
e326_.. + 1*pre_1_3_0 + 6.293958645941272*relu_1_3_0_off_binary_indicator_var =l= 6.293958645941272;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e329_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 6.293958645941272*relu_1_3_1_on_binary_indicator_var =g= -6.293958645941272;
e330_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 12.587917291882544*relu_1_3_1_on_binary_indicator_var =l= 12.587917291882544;
e331_.. + 1*post_1_3_1 =g= 0;
e332_.. + 1*post_1_3_1 + 6.293958645941272*relu_1_3_1_off_binary_indicator_var =l= 6.293958645941272;
e333_.. + 1*pre_1_3_1 + 6.293958645941272*relu_1_3_1_off_binary_indicator_var =l= 6.293958645941272;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_2_on_binary_indicator_var + 1*relu_1_3_2_off_binary_indicator_var =e= 1;
e336_.. - 1*pre_1_3_2 + 1*post_1_3_2 - 6.293958645941272*relu_1_3_2_on_binary_indicator_var =g= -6.293958645941272;
e337_.. - 1*pre_1_3_2 + 1*post_1_3_2 + 12.587917291882544*relu_1_3_2_on_binary_indicator_var =l= 12.587917291882544;
e338_.. + 1*post_1_3_2 =g= 0;
e339_.. + 1*post_1_3_2 + 6.293958645941272*relu_1_3_2_off_binary_indicator_var =l= 6.293958645941272;
e340_.. + 1*pre_1_3_2 + 6.293958645941272*relu_1_3_2_off_binary_indicator_var =l= 6.293958645941272;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e343_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 6.278046829164398*relu_1_4_0_on_binary_indicator_var =g= -6.278046829164398;
e344_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 12.556093658328797*relu_1_4_0_on_binary_indicator_var =l= 12.556093658328797;
e345_.. + 1*post_1_4_0 =g= 0;
e346_.. + 1*post_1_4_0 + 6.278046829164398*relu_1_4_0_off_binary_indicator_var =l= 6.278046829164398;
e347_.. + 1*pre_1_4_0 + 6.278046829164398*relu_1_4_0_off_binary_indicator_var =l= 6.278046829164398;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e350_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 6.278046829164398*relu_1_4_1_on_binary_indicator_var =g= -6.278046829164398;
e351_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 12.556093658328797*relu_1_4_1_on_binary_indicator_var =l= 12.556093658328797;
e352_.. + 1*post_1_4_1 =g= 0;
e353_.. + 1*post_1_4_1 + 6.278046829164398*relu_1_4_1_off_binary_indicator_var =l= 6.278046829164398;
e354_.. + 1*pre_1_4_1 + 6.278046829164398*relu_1_4_1_off_binary_indicator_var =l= 6.278046829164398;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_2_on_binary_indicator_var + 1*relu_1_4_2_off_binary_indicator_var =e= 1;
e357_.. - 1*pre_1_4_2 + 1*post_1_4_2 - 6.278046829164398*relu_1_4_2_on_binary_indicator_var =g= -6.278046829164398;
e358_.. - 1*pre_1_4_2 + 1*post_1_4_2 + 12.556093658328797*relu_1_4_2_on_binary_indicator_var =l= 12.556093658328797;
e359_.. + 1*post_1_4_2 =g= 0;
e360_.. + 1*post_1_4_2 + 6.278046829164398*relu_1_4_2_off_binary_indicator_var =l= 6.278046829164398;
e361_.. + 1*pre_1_4_2 + 6.278046829164398*relu_1_4_2_off_binary_indicator_var =l= 6.278046829164398;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e364_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 4.575447738333024*relu_1_5_0_on_binary_indicator_var =g= -4.575447738333024;
e365_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 9.150895476666047*relu_1_5_0_on_binary_indicator_var =l= 9.150895476666047;
e366_.. + 1*post_1_5_0 =g= 0;
e367_.. + 1*post_1_5_0 + 4.575447738333024*relu_1_5_0_off_binary_indicator_var =l= 4.575447738333024;
e368_.. + 1*pre_1_5_0 + 4.575447738333024*relu_1_5_0_off_binary_indicator_var =l= 4.575447738333024;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e371_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 4.575447738333024*relu_1_5_1_on_binary_indicator_var =g= -4.575447738333024;
e372_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 9.150895476666047*relu_1_5_1_on_binary_indicator_var =l= 9.150895476666047;
e373_.. + 1*post_1_5_1 =g= 0;
e374_.. + 1*post_1_5_1 + 4.575447738333024*relu_1_5_1_off_binary_indicator_var =l= 4.575447738333024;
e375_.. + 1*pre_1_5_1 + 4.575447738333024*relu_1_5_1_off_binary_indicator_var =l= 4.575447738333024;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_2_on_binary_indicator_var + 1*relu_1_5_2_off_binary_indicator_var =e= 1;
e378_.. - 1*pre_1_5_2 + 1*post_1_5_2 - 4.575447738333024*relu_1_5_2_on_binary_indicator_var =g= -4.575447738333024;
e379_.. - 1*pre_1_5_2 + 1*post_1_5_2 + 9.150895476666047*relu_1_5_2_on_binary_indicator_var =l= 9.150895476666047;
e380_.. + 1*post_1_5_2 =g= 0;
e381_.. + 1*post_1_5_2 + 4.575447738333024*relu_1_5_2_off_binary_indicator_var =l= 4.575447738333024;
e382_.. + 1*pre_1_5_2 + 4.575447738333024*relu_1_5_2_off_binary_indicator_var =l= 4.575447738333024;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e385_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.681194289163965*relu_1_6_0_on_binary_indicator_var =g= -6.681194289163965;
e386_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 13.36238857832793*relu_1_6_0_on_binary_indicator_var =l= 13.36238857832793;
e387_.. + 1*post_1_6_0 =g= 0;
e388_.. + 1*post_1_6_0 + 6.681194289163965*relu_1_6_0_off_binary_indicator_var =l= 6.681194289163965;
e389_.. + 1*pre_1_6_0 + 6.681194289163965*relu_1_6_0_off_binary_indicator_var =l= 6.681194289163965;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e392_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.681194289163965*relu_1_6_1_on_binary_indicator_var =g= -6.681194289163965;
e393_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 13.36238857832793*relu_1_6_1_on_binary_indicator_var =l= 13.36238857832793;
e394_.. + 1*post_1_6_1 =g= 0;
e395_.. + 1*post_1_6_1 + 6.681194289163965*relu_1_6_1_off_binary_indicator_var =l= 6.681194289163965;
e396_.. + 1*pre_1_6_1 + 6.681194289163965*relu_1_6_1_off_binary_indicator_var =l= 6.681194289163965;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_2_on_binary_indicator_var + 1*relu_1_6_2_off_binary_indicator_var =e= 1;
e399_.. - 1*pre_1_6_2 + 1*post_1_6_2 - 6.681194289163965*relu_1_6_2_on_binary_indicator_var =g= -6.681194289163965;
e400_.. - 1*pre_1_6_2 + 1*post_1_6_2 + 13.36238857832793*relu_1_6_2_on_binary_indicator_var =l= 13.36238857832793;
e401_.. + 1*post_1_6_2 =g= 0;
e402_.. + 1*post_1_6_2 + 6.681194289163965*relu_1_6_2_off_binary_indicator_var =l= 6.681194289163965;
e403_.. + 1*pre_1_6_2 + 6.681194289163965*relu_1_6_2_off_binary_indicator_var =l= 6.681194289163965;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e406_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 6.998263939541548*relu_1_7_0_on_binary_indicator_var =g= -6.998263939541548;
e407_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 13.996527879083096*relu_1_7_0_on_binary_indicator_var =l= 13.996527879083096;
e408_.. + 1*post_1_7_0 =g= 0;
e409_.. + 1*post_1_7_0 + 6.998263939541548*relu_1_7_0_off_binary_indicator_var =l= 6.998263939541548;
e410_.. + 1*pre_1_7_0 + 6.998263939541548*relu_1_7_0_off_binary_indicator_var =l= 6.998263939541548;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e413_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 6.998263939541548*relu_1_7_1_on_binary_indicator_var =g= -6.998263939541548;
e414_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 13.996527879083096*relu_1_7_1_on_binary_indicator_var =l= 13.996527879083096;
e415_.. + 1*post_1_7_1 =g= 0;
e416_.. + 1*post_1_7_1 + 6.998263939541548*relu_1_7_1_off_binary_indicator_var =l= 6.998263939541548;
e417_.. + 1*pre_1_7_1 + 6.998263939541548*relu_1_7_1_off_binary_indicator_var =l= 6.998263939541548;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_2_on_binary_indicator_var + 1*relu_1_7_2_off_binary_indicator_var =e= 1;
e420_.. - 1*pre_1_7_2 + 1*post_1_7_2 - 6.998263939541548*relu_1_7_2_on_binary_indicator_var =g= -6.998263939541548;
e421_.. - 1*pre_1_7_2 + 1*post_1_7_2 + 13.996527879083096*relu_1_7_2_on_binary_indicator_var =l= 13.996527879083096;
e422_.. + 1*post_1_7_2 =g= 0;
e423_.. + 1*post_1_7_2 + 6.998263939541548*relu_1_7_2_off_binary_indicator_var =l= 6.998263939541548;
e424_.. + 1*pre_1_7_2 + 6.998263939541548*relu_1_7_2_off_binary_indicator_var =l= 6.998263939541548;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e427_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 5.033436041032538*relu_1_8_0_on_binary_indicator_var =g= -5.033436041032538;
e428_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 10.066872082065077*relu_1_8_0_on_binary_indicator_var =l= 10.066872082065077;
e429_.. + 1*post_1_8_0 =g= 0;
e430_.. + 1*post_1_8_0 + 5.033436041032538*relu_1_8_0_off_binary_indicator_var =l= 5.033436041032538;
e431_.. + 1*pre_1_8_0 + 5.033436041032538*relu_1_8_0_off_binary_indicator_var =l= 5.033436041032538;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e434_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 5.033436041032538*relu_1_8_1_on_binary_indicator_var =g= -5.033436041032538;
e435_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 10.066872082065077*relu_1_8_1_on_binary_indicator_var =l= 10.066872082065077;
e436_.. + 1*post_1_8_1 =g= 0;
e437_.. + 1*post_1_8_1 + 5.033436041032538*relu_1_8_1_off_binary_indicator_var =l= 5.033436041032538;
e438_.. + 1*pre_1_8_1 + 5.033436041032538*relu_1_8_1_off_binary_indicator_var =l= 5.033436041032538;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_2_on_binary_indicator_var + 1*relu_1_8_2_off_binary_indicator_var =e= 1;
e441_.. - 1*pre_1_8_2 + 1*post_1_8_2 - 5.033436041032538*relu_1_8_2_on_binary_indicator_var =g= -5.033436041032538;
e442_.. - 1*pre_1_8_2 + 1*post_1_8_2 + 10.066872082065077*relu_1_8_2_on_binary_indicator_var =l= 10.066872082065077;
e443_.. + 1*post_1_8_2 =g= 0;
e444_.. + 1*post_1_8_2 + 5.033436041032538*relu_1_8_2_off_binary_indicator_var =l= 5.033436041032538;
e445_.. + 1*pre_1_8_2 + 5.033436041032538*relu_1_8_2_off_binary_indicator_var =l= 5.033436041032538;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e448_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 5.85589242599091*relu_1_9_0_on_binary_indicator_var =g= -5.85589242599091;
e449_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 11.71178485198182*relu_1_9_0_on_binary_indicator_var =l= 11.71178485198182;
e450_.. + 1*post_1_9_0 =g= 0;
e451_.. + 1*post_1_9_0 + 5.85589242599091*relu_1_9_0_off_binary_indicator_var =l= 5.85589242599091;
e452_.. + 1*pre_1_9_0 + 5.85589242599091*relu_1_9_0_off_binary_indicator_var =l= 5.85589242599091;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e455_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 5.85589242599091*relu_1_9_1_on_binary_indicator_var =g= -5.85589242599091;
e456_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 11.71178485198182*relu_1_9_1_on_binary_indicator_var =l= 11.71178485198182;
e457_.. + 1*post_1_9_1 =g= 0;
e458_.. + 1*post_1_9_1 + 5.85589242599091*relu_1_9_1_off_binary_indicator_var =l= 5.85589242599091;
e459_.. + 1*pre_1_9_1 + 5.85589242599091*relu_1_9_1_off_binary_indicator_var =l= 5.85589242599091;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_2_on_binary_indicator_var + 1*relu_1_9_2_off_binary_indicator_var =e= 1;
e462_.. - 1*pre_1_9_2 + 1*post_1_9_2 - 5.85589242599091*relu_1_9_2_on_binary_indicator_var =g= -5.85589242599091;
e463_.. - 1*pre_1_9_2 + 1*post_1_9_2 + 11.71178485198182*relu_1_9_2_on_binary_indicator_var =l= 11.71178485198182;
e464_.. + 1*post_1_9_2 =g= 0;
e465_.. + 1*post_1_9_2 + 5.85589242599091*relu_1_9_2_off_binary_indicator_var =l= 5.85589242599091;
e466_.. + 1*pre_1_9_2 + 5.85589242599091*relu_1_9_2_off_binary_indicator_var =l= 5.85589242599091;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e469_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 4.481055976018846*relu_1_10_0_on_binary_indicator_var =g= -4.481055976018846;
e470_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 8.962111952037692*relu_1_10_0_on_binary_indicator_var =l= 8.962111952037692;
e471_.. + 1*post_1_10_0 =g= 0;
e472_.. + 1*post_1_10_0 + 4.481055976018846*relu_1_10_0_off_binary_indicator_var =l= 4.481055976018846;
e473_.. + 1*pre_1_10_0 + 4.481055976018846*relu_1_10_0_off_binary_indicator_var =l= 4.481055976018846;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e476_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 4.481055976018846*relu_1_10_1_on_binary_indicator_var =g= -4.481055976018846;
e477_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 8.962111952037692*relu_1_10_1_on_binary_indicator_var =l= 8.962111952037692;
e478_.. + 1*post_1_10_1 =g= 0;
e479_.. + 1*post_1_10_1 + 4.481055976018846*relu_1_10_1_off_binary_indicator_var =l= 4.481055976018846;
e480_.. + 1*pre_1_10_1 + 4.481055976018846*relu_1_10_1_off_binary_indicator_var =l= 4.481055976018846;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_2_on_binary_indicator_var + 1*relu_1_10_2_off_binary_indicator_var =e= 1;
e483_.. - 1*pre_1_10_2 + 1*post_1_10_2 - 4.481055976018846*relu_1_10_2_on_binary_indicator_var =g= -4.481055976018846;
e484_.. - 1*pre_1_10_2 + 1*post_1_10_2 + 8.962111952037692*relu_1_10_2_on_binary_indicator_var =l= 8.962111952037692;
e485_.. + 1*post_1_10_2 =g= 0;
e486_.. + 1*post_1_10_2 + 4.481055976018846*relu_1_10_2_off_binary_indicator_var =l= 4.481055976018846;
e487_.. + 1*pre_1_10_2 + 4.481055976018846*relu_1_10_2_off_binary_indicator_var =l= 4.481055976018846;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e490_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 4.223536593655531*relu_1_11_0_on_binary_indicator_var =g= -4.223536593655531;
e491_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 8.447073187311062*relu_1_11_0_on_binary_indicator_var =l= 8.447073187311062;
e492_.. + 1*post_1_11_0 =g= 0;
e493_.. + 1*post_1_11_0 + 4.223536593655531*relu_1_11_0_off_binary_indicator_var =l= 4.223536593655531;
e494_.. + 1*pre_1_11_0 + 4.223536593655531*relu_1_11_0_off_binary_indicator_var =l= 4.223536593655531;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e497_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 4.223536593655531*relu_1_11_1_on_binary_indicator_var =g= -4.223536593655531;
e498_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 8.447073187311062*relu_1_11_1_on_binary_indicator_var =l= 8.447073187311062;
e499_.. + 1*post_1_11_1 =g= 0;
e500_.. + 1*post_1_11_1 + 4.223536593655531*relu_1_11_1_off_binary_indicator_var =l= 4.223536593655531;
e501_.. + 1*pre_1_11_1 + 4.223536593655531*relu_1_11_1_off_binary_indicator_var =l= 4.223536593655531;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_2_on_binary_indicator_var + 1*relu_1_11_2_off_binary_indicator_var =e= 1;
e504_.. - 1*pre_1_11_2 + 1*post_1_11_2 - 4.223536593655531*relu_1_11_2_on_binary_indicator_var =g= -4.223536593655531;
e505_.. - 1*pre_1_11_2 + 1*post_1_11_2 + 8.447073187311062*relu_1_11_2_on_binary_indicator_var =l= 8.447073187311062;
e506_.. + 1*post_1_11_2 =g= 0;
e507_.. + 1*post_1_11_2 + 4.223536593655531*relu_1_11_2_off_binary_indicator_var =l= 4.223536593655531;
e508_.. + 1*pre_1_11_2 + 4.223536593655531*relu_1_11_2_off_binary_indicator_var =l= 4.223536593655531;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e511_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 7.9411881018315*relu_1_12_0_on_binary_indicator_var =g= -7.9411881018315;
e512_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 15.882376203663*relu_1_12_0_on_binary_indicator_var =l= 15.882376203663;
e513_.. + 1*post_1_12_0 =g= 0;
e514_.. + 1*post_1_12_0 + 7.9411881018315*relu_1_12_0_off_binary_indicator_var =l= 7.9411881018315;
e515_.. + 1*pre_1_12_0 + 7.9411881018315*relu_1_12_0_off_binary_indicator_var =l= 7.9411881018315;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e518_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 7.9411881018315*relu_1_12_1_on_binary_indicator_var =g= -7.9411881018315;
e519_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 15.882376203663*relu_1_12_1_on_binary_indicator_var =l= 15.882376203663;
e520_.. + 1*post_1_12_1 =g= 0;
e521_.. + 1*post_1_12_1 + 7.9411881018315*relu_1_12_1_off_binary_indicator_var =l= 7.9411881018315;
e522_.. + 1*pre_1_12_1 + 7.9411881018315*relu_1_12_1_off_binary_indicator_var =l= 7.9411881018315;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_2_on_binary_indicator_var + 1*relu_1_12_2_off_binary_indicator_var =e= 1;
e525_.. - 1*pre_1_12_2 + 1*post_1_12_2 - 7.9411881018315*relu_1_12_2_on_binary_indicator_var =g= -7.9411881018315;
e526_.. - 1*pre_1_12_2 + 1*post_1_12_2 + 15.882376203663*relu_1_12_2_on_binary_indicator_var =l= 15.882376203663;
e527_.. + 1*post_1_12_2 =g= 0;
e528_.. + 1*post_1_12_2 + 7.9411881018315*relu_1_12_2_off_binary_indicator_var =l= 7.9411881018315;
e529_.. + 1*pre_1_12_2 + 7.9411881018315*relu_1_12_2_off_binary_indicator_var =l= 7.9411881018315;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e532_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 4.282407804124144*relu_1_13_0_on_binary_indicator_var =g= -4.282407804124144;
e533_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 8.564815608248288*relu_1_13_0_on_binary_indicator_var =l= 8.564815608248288;
e534_.. + 1*post_1_13_0 =g= 0;
e535_.. + 1*post_1_13_0 + 4.282407804124144*relu_1_13_0_off_binary_indicator_var =l= 4.282407804124144;
e536_.. + 1*pre_1_13_0 + 4.282407804124144*relu_1_13_0_off_binary_indicator_var =l= 4.282407804124144;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e539_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 4.282407804124144*relu_1_13_1_on_binary_indicator_var =g= -4.282407804124144;
e540_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 8.564815608248288*relu_1_13_1_on_binary_indicator_var =l= 8.564815608248288;
e541_.. + 1*post_1_13_1 =g= 0;
e542_.. + 1*post_1_13_1 + 4.282407804124144*relu_1_13_1_off_binary_indicator_var =l= 4.282407804124144;
e543_.. + 1*pre_1_13_1 + 4.282407804124144*relu_1_13_1_off_binary_indicator_var =l= 4.282407804124144;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_2_on_binary_indicator_var + 1*relu_1_13_2_off_binary_indicator_var =e= 1;
e546_.. - 1*pre_1_13_2 + 1*post_1_13_2 - 4.282407804124144*relu_1_13_2_on_binary_indicator_var =g= -4.282407804124144;
e547_.. - 1*pre_1_13_2 + 1*post_1_13_2 + 8.564815608248288*relu_1_13_2_on_binary_indicator_var =l= 8.564815608248288;
e548_.. + 1*post_1_13_2 =g= 0;
e549_.. + 1*post_1_13_2 + 4.282407804124144*relu_1_13_2_off_binary_indicator_var =l= 4.282407804124144;
e550_.. + 1*pre_1_13_2 + 4.282407804124144*relu_1_13_2_off_binary_indicator_var =l= 4.282407804124144;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e553_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 4.634583834742528*relu_1_14_0_on_binary_indicator_var =g= -4.634583834742528;
e554_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 9.269167669485055*relu_1_14_0_on_binary_indicator_var =l= 9.269167669485055;
e555_.. + 1*post_1_14_0 =g= 0;
e556_.. + 1*post_1_14_0 + 4.634583834742528*relu_1_14_0_off_binary_indicator_var =l= 4.634583834742528;
e557_.. + 1*pre_1_14_0 + 4.634583834742528*relu_1_14_0_off_binary_indicator_var =l= 4.634583834742528;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e560_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 4.634583834742528*relu_1_14_1_on_binary_indicator_var =g= -4.634583834742528;
e561_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 9.269167669485055*relu_1_14_1_on_binary_indicator_var =l= 9.269167669485055;
e562_.. + 1*post_1_14_1 =g= 0;
e563_.. + 1*post_1_14_1 + 4.634583834742528*relu_1_14_1_off_binary_indicator_var =l= 4.634583834742528;
e564_.. + 1*pre_1_14_1 + 4.634583834742528*relu_1_14_1_off_binary_indicator_var =l= 4.634583834742528;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_2_on_binary_indicator_var + 1*relu_1_14_2_off_binary_indicator_var =e= 1;
e567_.. - 1*pre_1_14_2 + 1*post_1_14_2 - 4.634583834742528*relu_1_14_2_on_binary_indicator_var =g= -4.634583834742528;
e568_.. - 1*pre_1_14_2 + 1*post_1_14_2 + 9.269167669485055*relu_1_14_2_on_binary_indicator_var =l= 9.269167669485055;
e569_.. + 1*post_1_14_2 =g= 0;
e570_.. + 1*post_1_14_2 + 4.634583834742528*relu_1_14_2_off_binary_indicator_var =l= 4.634583834742528;
e571_.. + 1*pre_1_14_2 + 4.634583834742528*relu_1_14_2_off_binary_indicator_var =l= 4.634583834742528;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e574_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 4.622818643788233*relu_1_15_0_on_binary_indicator_var =g= -4.622818643788233;
e575_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 9.245637287576466*relu_1_15_0_on_binary_indicator_var =l= 9.245637287576466;
e576_.. + 1*post_1_15_0 =g= 0;
e577_.. + 1*post_1_15_0 + 4.622818643788233*relu_1_15_0_off_binary_indicator_var =l= 4.622818643788233;
e578_.. + 1*pre_1_15_0 + 4.622818643788233*relu_1_15_0_off_binary_indicator_var =l= 4.622818643788233;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e581_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 4.622818643788233*relu_1_15_1_on_binary_indicator_var =g= -4.622818643788233;
e582_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 9.245637287576466*relu_1_15_1_on_binary_indicator_var =l= 9.245637287576466;
e583_.. + 1*post_1_15_1 =g= 0;
e584_.. + 1*post_1_15_1 + 4.622818643788233*relu_1_15_1_off_binary_indicator_var =l= 4.622818643788233;
e585_.. + 1*pre_1_15_1 + 4.622818643788233*relu_1_15_1_off_binary_indicator_var =l= 4.622818643788233;
relu_1_15_2_above_pre.. + 1*pre_1_15_2 - 1*post_1_15_2 =l= 0;
relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_2_on_binary_indicator_var + 1*relu_1_15_2_off_binary_indicator_var =e= 1;
e588_.. - 1*pre_1_15_2 + 1*post_1_15_2 - 4.622818643788233*relu_1_15_2_on_binary_indicator_var =g= -4.622818643788233;
e589_.. - 1*pre_1_15_2 + 1*post_1_15_2 + 9.245637287576466*relu_1_15_2_on_binary_indicator_var =l= 9.245637287576466;
e590_.. + 1*post_1_15_2 =g= 0;
e591_.. + 1*post_1_15_2 + 4.622818643788233*relu_1_15_2_off_binary_indicator_var =l= 4.622818643788233;
e592_.. + 1*pre_1_15_2 + 4.622818643788233*relu_1_15_2_off_binary_indicator_var =l= 4.622818643788233;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_0_on_binary_indicator_var + 1*relu_1_16_0_off_binary_indicator_var =e= 1;
e595_.. - 1*pre_1_16_0 + 1*post_1_16_0 - 6.978700550828476*relu_1_16_0_on_binary_indicator_var =g= -6.978700550828476;
e596_.. - 1*pre_1_16_0 + 1*post_1_16_0 + 13.957401101656952*relu_1_16_0_on_binary_indicator_var =l= 13.957401101656952;
e597_.. + 1*post_1_16_0 =g= 0;
e598_.. + 1*post_1_16_0 + 6.978700550828476*relu_1_16_0_off_binary_indicator_var =l= 6.978700550828476;
e599_.. + 1*pre_1_16_0 + 6.978700550828476*relu_1_16_0_off_binary_indicator_var =l= 6.978700550828476;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_1_on_binary_indicator_var + 1*relu_1_16_1_off_binary_indicator_var =e= 1;
e602_.. - 1*pre_1_16_1 + 1*post_1_16_1 - 6.978700550828476*relu_1_16_1_on_binary_indicator_var =g= -6.978700550828476;
e603_.. - 1*pre_1_16_1 + 1*post_1_16_1 + 13.957401101656952*relu_1_16_1_on_binary_indicator_var =l= 13.957401101656952;
e604_.. + 1*post_1_16_1 =g= 0;
e605_.. + 1*post_1_16_1 + 6.978700550828476*relu_1_16_1_off_binary_indicator_var =l= 6.978700550828476;
e606_.. + 1*pre_1_16_1 + 6.978700550828476*relu_1_16_1_off_binary_indicator_var =l= 6.978700550828476;
relu_1_16_2_above_pre.. + 1*pre_1_16_2 - 1*post_1_16_2 =l= 0;
relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_2_on_binary_indicator_var + 1*relu_1_16_2_off_binary_indicator_var =e= 1;
e609_.. - 1*pre_1_16_2 + 1*post_1_16_2 - 6.978700550828476*relu_1_16_2_on_binary_indicator_var =g= -6.978700550828476;
e610_.. - 1*pre_1_16_2 + 1*post_1_16_2 + 13.957401101656952*relu_1_16_2_on_binary_indicator_var =l= 13.957401101656952;
e611_.. + 1*post_1_16_2 =g= 0;
e612_.. + 1*post_1_16_2 + 6.978700550828476*relu_1_16_2_off_binary_indicator_var =l= 6.978700550828476;
e613_.. + 1*pre_1_16_2 + 6.978700550828476*relu_1_16_2_off_binary_indicator_var =l= 6.978700550828476;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_0_on_binary_indicator_var + 1*relu_1_17_0_off_binary_indicator_var =e= 1;
e616_.. - 1*pre_1_17_0 + 1*post_1_17_0 - 6.235030806621945*relu_1_17_0_on_binary_indicator_var =g= -6.235030806621945;
e617_.. - 1*pre_1_17_0 + 1*post_1_17_0 + 12.47006161324389*relu_1_17_0_on_binary_indicator_var =l= 12.47006161324389;
e618_.. + 1*post_1_17_0 =g= 0;
e619_.. + 1*post_1_17_0 + 6.235030806621945*relu_1_17_0_off_binary_indicator_var =l= 6.235030806621945;
e620_.. + 1*pre_1_17_0 + 6.235030806621945*relu_1_17_0_off_binary_indicator_var =l= 6.235030806621945;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_1_on_binary_indicator_var + 1*relu_1_17_1_off_binary_indicator_var =e= 1;
e623_.. - 1*pre_1_17_1 + 1*post_1_17_1 - 6.235030806621945*relu_1_17_1_on_binary_indicator_var =g= -6.235030806621945;
e624_.. - 1*pre_1_17_1 + 1*post_1_17_1 + 12.47006161324389*relu_1_17_1_on_binary_indicator_var =l= 12.47006161324389;
e625_.. + 1*post_1_17_1 =g= 0;
e626_.. + 1*post_1_17_1 + 6.235030806621945*relu_1_17_1_off_binary_indicator_var =l= 6.235030806621945;
e627_.. + 1*pre_1_17_1 + 6.235030806621945*relu_1_17_1_off_binary_indicator_var =l= 6.235030806621945;
relu_1_17_2_above_pre.. + 1*pre_1_17_2 - 1*post_1_17_2 =l= 0;
relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_2_on_binary_indicator_var + 1*relu_1_17_2_off_binary_indicator_var =e= 1;
e630_.. - 1*pre_1_17_2 + 1*post_1_17_2 - 6.235030806621945*relu_1_17_2_on_binary_indicator_var =g= -6.235030806621945;
e631_.. - 1*pre_1_17_2 + 1*post_1_17_2 + 12.47006161324389*relu_1_17_2_on_binary_indicator_var =l= 12.47006161324389;
e632_.. + 1*post_1_17_2 =g= 0;
e633_.. + 1*post_1_17_2 + 6.235030806621945*relu_1_17_2_off_binary_indicator_var =l= 6.235030806621945;
e634_.. + 1*pre_1_17_2 + 6.235030806621945*relu_1_17_2_off_binary_indicator_var =l= 6.235030806621945;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_0_on_binary_indicator_var + 1*relu_1_18_0_off_binary_indicator_var =e= 1;
e637_.. - 1*pre_1_18_0 + 1*post_1_18_0 - 6.718454730852487*relu_1_18_0_on_binary_indicator_var =g= -6.718454730852487;
e638_.. - 1*pre_1_18_0 + 1*post_1_18_0 + 13.436909461704975*relu_1_18_0_on_binary_indicator_var =l= 13.436909461704975;
e639_.. + 1*post_1_18_0 =g= 0;
e640_.. + 1*post_1_18_0 + 6.718454730852487*relu_1_18_0_off_binary_indicator_var =l= 6.718454730852487;
e641_.. + 1*pre_1_18_0 + 6.718454730852487*relu_1_18_0_off_binary_indicator_var =l= 6.718454730852487;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_1_on_binary_indicator_var + 1*relu_1_18_1_off_binary_indicator_var =e= 1;
e644_.. - 1*pre_1_18_1 + 1*post_1_18_1 - 6.718454730852487*relu_1_18_1_on_binary_indicator_var =g= -6.718454730852487;
e645_.. - 1*pre_1_18_1 + 1*post_1_18_1 + 13.436909461704975*relu_1_18_1_on_binary_indicator_var =l= 13.436909461704975;
e646_.. + 1*post_1_18_1 =g= 0;
e647_.. + 1*post_1_18_1 + 6.718454730852487*relu_1_18_1_off_binary_indicator_var =l= 6.718454730852487;
e648_.. + 1*pre_1_18_1 + 6.718454730852487*relu_1_18_1_off_binary_indicator_var =l= 6.718454730852487;
relu_1_18_2_above_pre.. + 1*pre_1_18_2 - 1*post_1_18_2 =l= 0;
relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_2_on_binary_indicator_var + 1*relu_1_18_2_off_binary_indicator_var =e= 1;
e651_.. - 1*pre_1_18_2 + 1*post_1_18_2 - 6.718454730852487*relu_1_18_2_on_binary_indicator_var =g= -6.718454730852487;
e652_.. - 1*pre_1_18_2 + 1*post_1_18_2 + 13.436909461704975*relu_1_18_2_on_binary_indicator_var =l= 13.436909461704975;
e653_.. + 1*post_1_18_2 =g= 0;
e654_.. + 1*post_1_18_2 + 6.718454730852487*relu_1_18_2_off_binary_indicator_var =l= 6.718454730852487;
e655_.. + 1*pre_1_18_2 + 6.718454730852487*relu_1_18_2_off_binary_indicator_var =l= 6.718454730852487;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_0_on_binary_indicator_var + 1*relu_1_19_0_off_binary_indicator_var =e= 1;
e658_.. - 1*pre_1_19_0 + 1*post_1_19_0 - 6.8226887269065095*relu_1_19_0_on_binary_indicator_var =g= -6.8226887269065095;
e659_.. - 1*pre_1_19_0 + 1*post_1_19_0 + 13.645377453813019*relu_1_19_0_on_binary_indicator_var =l= 13.645377453813019;
e660_.. + 1*post_1_19_0 =g= 0;
e661_.. + 1*post_1_19_0 + 6.8226887269065095*relu_1_19_0_off_binary_indicator_var =l= 6.8226887269065095;
e662_.. + 1*pre_1_19_0 + 6.8226887269065095*relu_1_19_0_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_1_on_binary_indicator_var + 1*relu_1_19_1_off_binary_indicator_var =e= 1;
e665_.. - 1*pre_1_19_1 + 1*post_1_19_1 - 6.8226887269065095*relu_1_19_1_on_binary_indicator_var =g= -6.8226887269065095;
e666_.. - 1*pre_1_19_1 + 1*post_1_19_1 + 13.645377453813019*relu_1_19_1_on_binary_indicator_var =l= 13.645377453813019;
e667_.. + 1*post_1_19_1 =g= 0;
e668_.. + 1*post_1_19_1 + 6.8226887269065095*relu_1_19_1_off_binary_indicator_var =l= 6.8226887269065095;
e669_.. + 1*pre_1_19_1 + 6.8226887269065095*relu_1_19_1_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_19_2_above_pre.. + 1*pre_1_19_2 - 1*post_1_19_2 =l= 0;
relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_2_on_binary_indicator_var + 1*relu_1_19_2_off_binary_indicator_var =e= 1;
e672_.. - 1*pre_1_19_2 + 1*post_1_19_2 - 6.8226887269065095*relu_1_19_2_on_binary_indicator_var =g= -6.8226887269065095;
e673_.. - 1*pre_1_19_2 + 1*post_1_19_2 + 13.645377453813019*relu_1_19_2_on_binary_indicator_var =l= 13.645377453813019;
e674_.. + 1*post_1_19_2 =g= 0;
e675_.. + 1*post_1_19_2 + 6.8226887269065095*relu_1_19_2_off_binary_indicator_var =l= 6.8226887269065095;
e676_.. + 1*pre_1_19_2 + 6.8226887269065095*relu_1_19_2_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_0_on_binary_indicator_var + 1*relu_1_20_0_off_binary_indicator_var =e= 1;
e679_.. - 1*pre_1_20_0 + 1*post_1_20_0 - 6.631889427894872*relu_1_20_0_on_binary_indicator_var =g= -6.631889427894872;
e680_.. - 1*pre_1_20_0 + 1*post_1_20_0 + 13.263778855789743*relu_1_20_0_on_binary_indicator_var =l= 13.263778855789743;
e681_.. + 1*post_1_20_0 =g= 0;
e682_.. + 1*post_1_20_0 + 6.631889427894872*relu_1_20_0_off_binary_indicator_var =l= 6.631889427894872;
e683_.. + 1*pre_1_20_0 + 6.631889427894872*relu_1_20_0_off_binary_indicator_var =l= 6.631889427894872;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_1_on_binary_indicator_var + 1*relu_1_20_1_off_binary_indicator_var =e= 1;
e686_.. - 1*pre_1_20_1 + 1*post_1_20_1 - 6.631889427894872*relu_1_20_1_on_binary_indicator_var =g= -6.631889427894872;
e687_.. - 1*pre_1_20_1 + 1*post_1_20_1 + 13.263778855789743*relu_1_20_1_on_binary_indicator_var =l= 13.263778855789743;
e688_.. + 1*post_1_20_1 =g= 0;
e689_.. + 1*post_1_20_1 + 6.631889427894872*relu_1_20_1_off_binary_indicator_var =l= 6.631889427894872;
e690_.. + 1*pre_1_20_1 + 6.631889427894872*relu_1_20_1_off_binary_indicator_var =l= 6.631889427894872;
relu_1_20_2_above_pre.. + 1*pre_1_20_2 - 1*post_1_20_2 =l= 0;
relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_2_on_binary_indicator_var + 1*relu_1_20_2_off_binary_indicator_var =e= 1;
e693_.. - 1*pre_1_20_2 + 1*post_1_20_2 - 6.631889427894872*relu_1_20_2_on_binary_indicator_var =g= -6.631889427894872;
e694_.. - 1*pre_1_20_2 + 1*post_1_20_2 + 13.263778855789743*relu_1_20_2_on_binary_indicator_var =l= 13.263778855789743;
e695_.. + 1*post_1_20_2 =g= 0;
e696_.. + 1*post_1_20_2 + 6.631889427894872*relu_1_20_2_off_binary_indicator_var =l= 6.631889427894872;
e697_.. + 1*pre_1_20_2 + 6.631889427894872*relu_1_20_2_off_binary_indicator_var =l= 6.631889427894872;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_0_on_binary_indicator_var + 1*relu_1_21_0_off_binary_indicator_var =e= 1;
e700_.. - 1*pre_1_21_0 + 1*post_1_21_0 - 5.396286998735244*relu_1_21_0_on_binary_indicator_var =g= -5.396286998735244;
e701_.. - 1*pre_1_21_0 + 1*post_1_21_0 + 10.792573997470488*relu_1_21_0_on_binary_indicator_var =l= 10.792573997470488;
e702_.. + 1*post_1_21_0 =g= 0;
e703_.. + 1*post_1_21_0 + 5.396286998735244*relu_1_21_0_off_binary_indicator_var =l= 5.396286998735244;
e704_.. + 1*pre_1_21_0 + 5.396286998735244*relu_1_21_0_off_binary_indicator_var =l= 5.396286998735244;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_1_on_binary_indicator_var + 1*relu_1_21_1_off_binary_indicator_var =e= 1;
e707_.. - 1*pre_1_21_1 + 1*post_1_21_1 - 5.396286998735244*relu_1_21_1_on_binary_indicator_var =g= -5.396286998735244;
e708_.. - 1*pre_1_21_1 + 1*post_1_21_1 + 10.792573997470488*relu_1_21_1_on_binary_indicator_var =l= 10.792573997470488;
e709_.. + 1*post_1_21_1 =g= 0;
e710_.. + 1*post_1_21_1 + 5.396286998735244*relu_1_21_1_off_binary_indicator_var =l= 5.396286998735244;
e711_.. + 1*pre_1_21_1 + 5.396286998735244*relu_1_21_1_off_binary_indicator_var =l= 5.396286998735244;
relu_1_21_2_above_pre.. + 1*pre_1_21_2 - 1*post_1_21_2 =l= 0;
relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_2_on_binary_indicator_var + 1*relu_1_21_2_off_binary_indicator_var =e= 1;
e714_.. - 1*pre_1_21_2 + 1*post_1_21_2 - 5.396286998735244*relu_1_21_2_on_binary_indicator_var =g= -5.396286998735244;
e715_.. - 1*pre_1_21_2 + 1*post_1_21_2 + 10.792573997470488*relu_1_21_2_on_binary_indicator_var =l= 10.792573997470488;
e716_.. + 1*post_1_21_2 =g= 0;
e717_.. + 1*post_1_21_2 + 5.396286998735244*relu_1_21_2_off_binary_indicator_var =l= 5.396286998735244;
e718_.. + 1*pre_1_21_2 + 5.396286998735244*relu_1_21_2_off_binary_indicator_var =l= 5.396286998735244;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_0_on_binary_indicator_var + 1*relu_1_22_0_off_binary_indicator_var =e= 1;
e721_.. - 1*pre_1_22_0 + 1*post_1_22_0 - 6.394092367761281*relu_1_22_0_on_binary_indicator_var =g= -6.394092367761281;
e722_.. - 1*pre_1_22_0 + 1*post_1_22_0 + 12.788184735522561*relu_1_22_0_on_binary_indicator_var =l= 12.788184735522561;
e723_.. + 1*post_1_22_0 =g= 0;
e724_.. + 1*post_1_22_0 + 6.394092367761281*relu_1_22_0_off_binary_indicator_var =l= 6.394092367761281;
e725_.. + 1*pre_1_22_0 + 6.394092367761281*relu_1_22_0_off_binary_indicator_var =l= 6.394092367761281;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_1_on_binary_indicator_var + 1*relu_1_22_1_off_binary_indicator_var =e= 1;
e728_.. - 1*pre_1_22_1 + 1*post_1_22_1 - 6.394092367761281*relu_1_22_1_on_binary_indicator_var =g= -6.394092367761281;
e729_.. - 1*pre_1_22_1 + 1*post_1_22_1 + 12.788184735522561*relu_1_22_1_on_binary_indicator_var =l= 12.788184735522561;
e730_.. + 1*post_1_22_1 =g= 0;
e731_.. + 1*post_1_22_1 + 6.394092367761281*relu_1_22_1_off_binary_indicator_var =l= 6.394092367761281;
e732_.. + 1*pre_1_22_1 + 6.394092367761281*relu_1_22_1_off_binary_indicator_var =l= 6.394092367761281;
relu_1_22_2_above_pre.. + 1*pre_1_22_2 - 1*post_1_22_2 =l= 0;
relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_2_on_binary_indicator_var + 1*relu_1_22_2_off_binary_indicator_var =e= 1;
e735_.. - 1*pre_1_22_2 + 1*post_1_22_2 - 6.394092367761281*relu_1_22_2_on_binary_indicator_var =g= -6.394092367761281;
e736_.. - 1*pre_1_22_2 + 1*post_1_22_2 + 12.788184735522561*relu_1_22_2_on_binary_indicator_var =l= 12.788184735522561;
e737_.. + 1*post_1_22_2 =g= 0;
e738_.. + 1*post_1_22_2 + 6.394092367761281*relu_1_22_2_off_binary_indicator_var =l= 6.394092367761281;
e739_.. + 1*pre_1_22_2 + 6.394092367761281*relu_1_22_2_off_binary_indicator_var =l= 6.394092367761281;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_0_on_binary_indicator_var + 1*relu_1_23_0_off_binary_indicator_var =e= 1;
e742_.. - 1*pre_1_23_0 + 1*post_1_23_0 - 6.260561154684373*relu_1_23_0_on_binary_indicator_var =g= -6.260561154684373;
e743_.. - 1*pre_1_23_0 + 1*post_1_23_0 + 12.521122309368746*relu_1_23_0_on_binary_indicator_var =l= 12.521122309368746;
e744_.. + 1*post_1_23_0 =g= 0;
e745_.. + 1*post_1_23_0 + 6.260561154684373*relu_1_23_0_off_binary_indicator_var =l= 6.260561154684373;
e746_.. + 1*pre_1_23_0 + 6.260561154684373*relu_1_23_0_off_binary_indicator_var =l= 6.260561154684373;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_1_on_binary_indicator_var + 1*relu_1_23_1_off_binary_indicator_var =e= 1;
e749_.. - 1*pre_1_23_1 + 1*post_1_23_1 - 6.260561154684373*relu_1_23_1_on_binary_indicator_var =g= -6.260561154684373;
e750_.. - 1*pre_1_23_1 + 1*post_1_23_1 + 12.521122309368746*relu_1_23_1_on_binary_indicator_var =l= 12.521122309368746;
e751_.. + 1*post_1_23_1 =g= 0;
e752_.. + 1*post_1_23_1 + 6.260561154684373*relu_1_23_1_off_binary_indicator_var =l= 6.260561154684373;
e753_.. + 1*pre_1_23_1 + 6.260561154684373*relu_1_23_1_off_binary_indicator_var =l= 6.260561154684373;
relu_1_23_2_above_pre.. + 1*pre_1_23_2 - 1*post_1_23_2 =l= 0;
relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_2_on_binary_indicator_var + 1*relu_1_23_2_off_binary_indicator_var =e= 1;
e756_.. - 1*pre_1_23_2 + 1*post_1_23_2 - 6.260561154684373*relu_1_23_2_on_binary_indicator_var =g= -6.260561154684373;
e757_.. - 1*pre_1_23_2 + 1*post_1_23_2 + 12.521122309368746*relu_1_23_2_on_binary_indicator_var =l= 12.521122309368746;
e758_.. + 1*post_1_23_2 =g= 0;
e759_.. + 1*post_1_23_2 + 6.260561154684373*relu_1_23_2_off_binary_indicator_var =l= 6.260561154684373;
e760_.. + 1*pre_1_23_2 + 6.260561154684373*relu_1_23_2_off_binary_indicator_var =l= 6.260561154684373;
relu_1_24_0_above_pre.. + 1*pre_1_24_0 - 1*post_1_24_0 =l= 0;
relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_0_on_binary_indicator_var + 1*relu_1_24_0_off_binary_indicator_var =e= 1;
e763_.. - 1*pre_1_24_0 + 1*post_1_24_0 - 7.264403459229737*relu_1_24_0_on_binary_indicator_var =g= -7.264403459229737;
e764_.. - 1*pre_1_24_0 + 1*post_1_24_0 + 14.528806918459473*relu_1_24_0_on_binary_indicator_var =l= 14.528806918459473;
e765_.. + 1*post_1_24_0 =g= 0;
e766_.. + 1*post_1_24_0 + 7.264403459229737*relu_1_24_0_off_binary_indicator_var =l= 7.264403459229737;
e767_.. + 1*pre_1_24_0 + 7.264403459229737*relu_1_24_0_off_binary_indicator_var =l= 7.264403459229737;
relu_1_24_1_above_pre.. + 1*pre_1_24_1 - 1*post_1_24_1 =l= 0;
relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_1_on_binary_indicator_var + 1*relu_1_24_1_off_binary_indicator_var =e= 1;
e770_.. - 1*pre_1_24_1 + 1*post_1_24_1 - 7.264403459229737*relu_1_24_1_on_binary_indicator_var =g= -7.264403459229737;
e771_.. - 1*pre_1_24_1 + 1*post_1_24_1 + 14.528806918459473*relu_1_24_1_on_binary_indicator_var =l= 14.528806918459473;
e772_.. + 1*post_1_24_1 =g= 0;
e773_.. + 1*post_1_24_1 + 7.264403459229737*relu_1_24_1_off_binary_indicator_var =l= 7.264403459229737;
e774_.. + 1*pre_1_24_1 + 7.264403459229737*relu_1_24_1_off_binary_indicator_var =l= 7.264403459229737;
relu_1_24_2_above_pre.. + 1*pre_1_24_2 - 1*post_1_24_2 =l= 0;
relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_2_on_binary_indicator_var + 1*relu_1_24_2_off_binary_indicator_var =e= 1;
e777_.. - 1*pre_1_24_2 + 1*post_1_24_2 - 7.264403459229737*relu_1_24_2_on_binary_indicator_var =g= -7.264403459229737;
e778_.. - 1*pre_1_24_2 + 1*post_1_24_2 + 14.528806918459473*relu_1_24_2_on_binary_indicator_var =l= 14.528806918459473;
e779_.. + 1*post_1_24_2 =g= 0;
e780_.. + 1*post_1_24_2 + 7.264403459229737*relu_1_24_2_off_binary_indicator_var =l= 7.264403459229737;
e781_.. + 1*pre_1_24_2 + 7.264403459229737*relu_1_24_2_off_binary_indicator_var =l= 7.264403459229737;
relu_1_25_0_above_pre.. + 1*pre_1_25_0 - 1*post_1_25_0 =l= 0;
relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_0_on_binary_indicator_var + 1*relu_1_25_0_off_binary_indicator_var =e= 1;
e784_.. - 1*pre_1_25_0 + 1*post_1_25_0 - 4.689817519007568*relu_1_25_0_on_binary_indicator_var =g= -4.689817519007568;
e785_.. - 1*pre_1_25_0 + 1*post_1_25_0 + 9.379635038015136*relu_1_25_0_on_binary_indicator_var =l= 9.379635038015136;
e786_.. + 1*post_1_25_0 =g= 0;
e787_.. + 1*post_1_25_0 + 4.689817519007568*relu_1_25_0_off_binary_indicator_var =l= 4.689817519007568;
e788_.. + 1*pre_1_25_0 + 4.689817519007568*relu_1_25_0_off_binary_indicator_var =l= 4.689817519007568;
relu_1_25_1_above_pre.. + 1*pre_1_25_1 - 1*post_1_25_1 =l= 0;
relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_1_on_binary_indicator_var + 1*relu_1_25_1_off_binary_indicator_var =e= 1;
e791_.. - 1*pre_1_25_1 + 1*post_1_25_1 - 4.689817519007568*relu_1_25_1_on_binary_indicator_var =g= -4.689817519007568;
e792_.. - 1*pre_1_25_1 + 1*post_1_25_1 + 9.379635038015136*relu_1_25_1_on_binary_indicator_var =l= 9.379635038015136;
e793_.. + 1*post_1_25_1 =g= 0;
e794_.. + 1*post_1_25_1 + 4.689817519007568*relu_1_25_1_off_binary_indicator_var =l= 4.689817519007568;
e795_.. + 1*pre_1_25_1 + 4.689817519007568*relu_1_25_1_off_binary_indicator_var =l= 4.689817519007568;
relu_1_25_2_above_pre.. + 1*pre_1_25_2 - 1*post_1_25_2 =l= 0;
relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_2_on_binary_indicator_var + 1*relu_1_25_2_off_binary_indicator_var =e= 1;
e798_.. - 1*pre_1_25_2 + 1*post_1_25_2 - 4.689817519007568*relu_1_25_2_on_binary_indicator_var =g= -4.689817519007568;
e799_.. - 1*pre_1_25_2 + 1*post_1_25_2 + 9.379635038015136*relu_1_25_2_on_binary_indicator_var =l= 9.379635038015136;
e800_.. + 1*post_1_25_2 =g= 0;
e801_.. + 1*post_1_25_2 + 4.689817519007568*relu_1_25_2_off_binary_indicator_var =l= 4.689817519007568;
e802_.. + 1*pre_1_25_2 + 4.689817519007568*relu_1_25_2_off_binary_indicator_var =l= 4.689817519007568;
relu_1_26_0_above_pre.. + 1*pre_1_26_0 - 1*post_1_26_0 =l= 0;
relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_0_on_binary_indicator_var + 1*relu_1_26_0_off_binary_indicator_var =e= 1;
e805_.. - 1*pre_1_26_0 + 1*post_1_26_0 - 5.834876603928876*relu_1_26_0_on_binary_indicator_var =g= -5.834876603928876;
e806_.. - 1*pre_1_26_0 + 1*post_1_26_0 + 11.669753207857752*relu_1_26_0_on_binary_indicator_var =l= 11.669753207857752;
e807_.. + 1*post_1_26_0 =g= 0;
e808_.. + 1*post_1_26_0 + 5.834876603928876*relu_1_26_0_off_binary_indicator_var =l= 5.834876603928876;
e809_.. + 1*pre_1_26_0 + 5.834876603928876*relu_1_26_0_off_binary_indicator_var =l= 5.834876603928876;
relu_1_26_1_above_pre.. + 1*pre_1_26_1 - 1*post_1_26_1 =l= 0;
relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_1_on_binary_indicator_var + 1*relu_1_26_1_off_binary_indicator_var =e= 1;
e812_.. - 1*pre_1_26_1 + 1*post_1_26_1 - 5.834876603928876*relu_1_26_1_on_binary_indicator_var =g= -5.834876603928876;
e813_.. - 1*pre_1_26_1 + 1*post_1_26_1 + 11.669753207857752*relu_1_26_1_on_binary_indicator_var =l= 11.669753207857752;
e814_.. + 1*post_1_26_1 =g= 0;
e815_.. + 1*post_1_26_1 + 5.834876603928876*relu_1_26_1_off_binary_indicator_var =l= 5.834876603928876;
e816_.. + 1*pre_1_26_1 + 5.834876603928876*relu_1_26_1_off_binary_indicator_var =l= 5.834876603928876;
relu_1_26_2_above_pre.. + 1*pre_1_26_2 - 1*post_1_26_2 =l= 0;
relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_2_on_binary_indicator_var + 1*relu_1_26_2_off_binary_indicator_var =e= 1;
e819_.. - 1*pre_1_26_2 + 1*post_1_26_2 - 5.834876603928876*relu_1_26_2_on_binary_indicator_var =g= -5.834876603928876;
e820_.. - 1*pre_1_26_2 + 1*post_1_26_2 + 11.669753207857752*relu_1_26_2_on_binary_indicator_var =l= 11.669753207857752;
e821_.. + 1*post_1_26_2 =g= 0;
e822_.. + 1*post_1_26_2 + 5.834876603928876*relu_1_26_2_off_binary_indicator_var =l= 5.834876603928876;
e823_.. + 1*pre_1_26_2 + 5.834876603928876*relu_1_26_2_off_binary_indicator_var =l= 5.834876603928876;
relu_1_27_0_above_pre.. + 1*pre_1_27_0 - 1*post_1_27_0 =l= 0;
relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_0_on_binary_indicator_var + 1*relu_1_27_0_off_binary_indicator_var =e= 1;
e826_.. - 1*pre_1_27_0 + 1*post_1_27_0 - 6.462017653570015*relu_1_27_0_on_binary_indicator_var =g= -6.462017653570015;
e827_.. - 1*pre_1_27_0 + 1*post_1_27_0 + 12.92403530714003*relu_1_27_0_on_binary_indicator_var =l= 12.92403530714003;
e828_.. + 1*post_1_27_0 =g= 0;
e829_.. + 1*post_1_27_0 + 6.462017653570015*relu_1_27_0_off_binary_indicator_var =l= 6.462017653570015;
e830_.. + 1*pre_1_27_0 + 6.462017653570015*relu_1_27_0_off_binary_indicator_var =l= 6.462017653570015;
relu_1_27_1_above_pre.. + 1*pre_1_27_1 - 1*post_1_27_1 =l= 0;
relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_1_on_binary_indicator_var + 1*relu_1_27_1_off_binary_indicator_var =e= 1;
e833_.. - 1*pre_1_27_1 + 1*post_1_27_1 - 6.462017653570015*relu_1_27_1_on_binary_indicator_var =g= -6.462017653570015;
e834_.. - 1*pre_1_27_1 + 1*post_1_27_1 + 12.92403530714003*relu_1_27_1_on_binary_indicator_var =l= 12.92403530714003;
e835_.. + 1*post_1_27_1 =g= 0;
e836_.. + 1*post_1_27_1 + 6.462017653570015*relu_1_27_1_off_binary_indicator_var =l= 6.462017653570015;
e837_.. + 1*pre_1_27_1 + 6.462017653570015*relu_1_27_1_off_binary_indicator_var =l= 6.462017653570015;
relu_1_27_2_above_pre.. + 1*pre_1_27_2 - 1*post_1_27_2 =l= 0;
relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_2_on_binary_indicator_var + 1*relu_1_27_2_off_binary_indicator_var =e= 1;
e840_.. - 1*pre_1_27_2 + 1*post_1_27_2 - 6.462017653570015*relu_1_27_2_on_binary_indicator_var =g= -6.462017653570015;
e841_.. - 1*pre_1_27_2 + 1*post_1_27_2 + 12.92403530714003*relu_1_27_2_on_binary_indicator_var =l= 12.92403530714003;
e842_.. + 1*post_1_27_2 =g= 0;
e843_.. + 1*post_1_27_2 + 6.462017653570015*relu_1_27_2_off_binary_indicator_var =l= 6.462017653570015;
e844_.. + 1*pre_1_27_2 + 6.462017653570015*relu_1_27_2_off_binary_indicator_var =l= 6.462017653570015;
relu_1_28_0_above_pre.. + 1*pre_1_28_0 - 1*post_1_28_0 =l= 0;
relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_0_on_binary_indicator_var + 1*relu_1_28_0_off_binary_indicator_var =e= 1;
e847_.. - 1*pre_1_28_0 + 1*post_1_28_0 - 6.141677231816878*relu_1_28_0_on_binary_indicator_var =g= -6.141677231816878;
e848_.. - 1*pre_1_28_0 + 1*post_1_28_0 + 12.283354463633756*relu_1_28_0_on_binary_indicator_var =l= 12.283354463633756;
e849_.. + 1*post_1_28_0 =g= 0;
e850_.. + 1*post_1_28_0 + 6.141677231816878*relu_1_28_0_off_binary_indicator_var =l= 6.141677231816878;
e851_.. + 1*pre_1_28_0 + 6.141677231816878*relu_1_28_0_off_binary_indicator_var =l= 6.141677231816878;
relu_1_28_1_above_pre.. + 1*pre_1_28_1 - 1*post_1_28_1 =l= 0;
relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_1_on_binary_indicator_var + 1*relu_1_28_1_off_binary_indicator_var =e= 1;
e854_.. - 1*pre_1_28_1 + 1*post_1_28_1 - 6.141677231816878*relu_1_28_1_on_binary_indicator_var =g= -6.141677231816878;
e855_.. - 1*pre_1_28_1 + 1*post_1_28_1 + 12.283354463633756*relu_1_28_1_on_binary_indicator_var =l= 12.283354463633756;
e856_.. + 1*post_1_28_1 =g= 0;
e857_.. + 1*post_1_28_1 + 6.141677231816878*relu_1_28_1_off_binary_indicator_var =l= 6.141677231816878;
e858_.. + 1*pre_1_28_1 + 6.141677231816878*relu_1_28_1_off_binary_indicator_var =l= 6.141677231816878;
relu_1_28_2_above_pre.. + 1*pre_1_28_2 - 1*post_1_28_2 =l= 0;
relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_2_on_binary_indicator_var + 1*relu_1_28_2_off_binary_indicator_var =e= 1;
e861_.. - 1*pre_1_28_2 + 1*post_1_28_2 - 6.141677231816878*relu_1_28_2_on_binary_indicator_var =g= -6.141677231816878;
e862_.. - 1*pre_1_28_2 + 1*post_1_28_2 + 12.283354463633756*relu_1_28_2_on_binary_indicator_var =l= 12.283354463633756;
e863_.. + 1*post_1_28_2 =g= 0;
e864_.. + 1*post_1_28_2 + 6.141677231816878*relu_1_28_2_off_binary_indicator_var =l= 6.141677231816878;
e865_.. + 1*pre_1_28_2 + 6.141677231816878*relu_1_28_2_off_binary_indicator_var =l= 6.141677231816878;
relu_1_29_0_above_pre.. + 1*pre_1_29_0 - 1*post_1_29_0 =l= 0;
relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_0_on_binary_indicator_var + 1*relu_1_29_0_off_binary_indicator_var =e= 1;
e868_.. - 1*pre_1_29_0 + 1*post_1_29_0 - 5.920664390112501*relu_1_29_0_on_binary_indicator_var =g= -5.920664390112501;
e869_.. - 1*pre_1_29_0 + 1*post_1_29_0 + 11.841328780225002*relu_1_29_0_on_binary_indicator_var =l= 11.841328780225002;
e870_.. + 1*post_1_29_0 =g= 0;
e871_.. + 1*post_1_29_0 + 5.920664390112501*relu_1_29_0_off_binary_indicator_var =l= 5.920664390112501;
e872_.. + 1*pre_1_29_0 + 5.920664390112501*relu_1_29_0_off_binary_indicator_var =l= 5.920664390112501;
relu_1_29_1_above_pre.. + 1*pre_1_29_1 - 1*post_1_29_1 =l= 0;
relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_1_on_binary_indicator_var + 1*relu_1_29_1_off_binary_indicator_var =e= 1;
e875_.. - 1*pre_1_29_1 + 1*post_1_29_1 - 5.920664390112501*relu_1_29_1_on_binary_indicator_var =g= -5.920664390112501;
e876_.. - 1*pre_1_29_1 + 1*post_1_29_1 + 11.841328780225002*relu_1_29_1_on_binary_indicator_var =l= 11.841328780225002;
e877_.. + 1*post_1_29_1 =g= 0;
e878_.. + 1*post_1_29_1 + 5.920664390112501*relu_1_29_1_off_binary_indicator_var =l= 5.920664390112501;
e879_.. + 1*pre_1_29_1 + 5.920664390112501*relu_1_29_1_off_binary_indicator_var =l= 5.920664390112501;
relu_1_29_2_above_pre.. + 1*pre_1_29_2 - 1*post_1_29_2 =l= 0;
relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_2_on_binary_indicator_var + 1*relu_1_29_2_off_binary_indicator_var =e= 1;
e882_.. - 1*pre_1_29_2 + 1*post_1_29_2 - 5.920664390112501*relu_1_29_2_on_binary_indicator_var =g= -5.920664390112501;
e883_.. - 1*pre_1_29_2 + 1*post_1_29_2 + 11.841328780225002*relu_1_29_2_on_binary_indicator_var =l= 11.841328780225002;
e884_.. + 1*post_1_29_2 =g= 0;
e885_.. + 1*post_1_29_2 + 5.920664390112501*relu_1_29_2_off_binary_indicator_var =l= 5.920664390112501;
e886_.. + 1*pre_1_29_2 + 5.920664390112501*relu_1_29_2_off_binary_indicator_var =l= 5.920664390112501;
relu_1_30_0_above_pre.. + 1*pre_1_30_0 - 1*post_1_30_0 =l= 0;
relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_0_on_binary_indicator_var + 1*relu_1_30_0_off_binary_indicator_var =e= 1;
e889_.. - 1*pre_1_30_0 + 1*post_1_30_0 - 5.728168080018541*relu_1_30_0_on_binary_indicator_var =g= -5.728168080018541;
e890_.. - 1*pre_1_30_0 + 1*post_1_30_0 + 11.456336160037083*relu_1_30_0_on_binary_indicator_var =l= 11.456336160037083;
e891_.. + 1*post_1_30_0 =g= 0;
e892_.. + 1*post_1_30_0 + 5.728168080018541*relu_1_30_0_off_binary_indicator_var =l= 5.728168080018541;
e893_.. + 1*pre_1_30_0 + 5.728168080018541*relu_1_30_0_off_binary_indicator_var =l= 5.728168080018541;
relu_1_30_1_above_pre.. + 1*pre_1_30_1 - 1*post_1_30_1 =l= 0;
relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_1_on_binary_indicator_var + 1*relu_1_30_1_off_binary_indicator_var =e= 1;
e896_.. - 1*pre_1_30_1 + 1*post_1_30_1 - 5.728168080018541*relu_1_30_1_on_binary_indicator_var =g= -5.728168080018541;
e897_.. - 1*pre_1_30_1 + 1*post_1_30_1 + 11.456336160037083*relu_1_30_1_on_binary_indicator_var =l= 11.456336160037083;
e898_.. + 1*post_1_30_1 =g= 0;
e899_.. + 1*post_1_30_1 + 5.728168080018541*relu_1_30_1_off_binary_indicator_var =l= 5.728168080018541;
e900_.. + 1*pre_1_30_1 + 5.728168080018541*relu_1_30_1_off_binary_indicator_var =l= 5.728168080018541;
relu_1_30_2_above_pre.. + 1*pre_1_30_2 - 1*post_1_30_2 =l= 0;
relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_2_on_binary_indicator_var + 1*relu_1_30_2_off_binary_indicator_var =e= 1;
e903_.. - 1*pre_1_30_2 + 1*post_1_30_2 - 5.728168080018541*relu_1_30_2_on_binary_indicator_var =g= -5.728168080018541;
e904_.. - 1*pre_1_30_2 + 1*post_1_30_2 + 11.456336160037083*relu_1_30_2_on_binary_indicator_var =l= 11.456336160037083;
e905_.. + 1*post_1_30_2 =g= 0;
e906_.. + 1*post_1_30_2 + 5.728168080018541*relu_1_30_2_off_binary_indicator_var =l= 5.728168080018541;
e907_.. + 1*pre_1_30_2 + 5.728168080018541*relu_1_30_2_off_binary_indicator_var =l= 5.728168080018541;
relu_1_31_0_above_pre.. + 1*pre_1_31_0 - 1*post_1_31_0 =l= 0;
relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_0_on_binary_indicator_var + 1*relu_1_31_0_off_binary_indicator_var =e= 1;
e910_.. - 1*pre_1_31_0 + 1*post_1_31_0 - 4.169908962997813*relu_1_31_0_on_binary_indicator_var =g= -4.169908962997813;
e911_.. - 1*pre_1_31_0 + 1*post_1_31_0 + 8.339817925995627*relu_1_31_0_on_binary_indicator_var =l= 8.339817925995627;
e912_.. + 1*post_1_31_0 =g= 0;
e913_.. + 1*post_1_31_0 + 4.169908962997813*relu_1_31_0_off_binary_indicator_var =l= 4.169908962997813;
e914_.. + 1*pre_1_31_0 + 4.169908962997813*relu_1_31_0_off_binary_indicator_var =l= 4.169908962997813;
relu_1_31_1_above_pre.. + 1*pre_1_31_1 - 1*post_1_31_1 =l= 0;
relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_1_on_binary_indicator_var + 1*relu_1_31_1_off_binary_indicator_var =e= 1;
e917_.. - 1*pre_1_31_1 + 1*post_1_31_1 - 4.169908962997813*relu_1_31_1_on_binary_indicator_var =g= -4.169908962997813;
e918_.. - 1*pre_1_31_1 + 1*post_1_31_1 + 8.339817925995627*relu_1_31_1_on_binary_indicator_var =l= 8.339817925995627;
e919_.. + 1*post_1_31_1 =g= 0;
e920_.. + 1*post_1_31_1 + 4.169908962997813*relu_1_31_1_off_binary_indicator_var =l= 4.169908962997813;
e921_.. + 1*pre_1_31_1 + 4.169908962997813*relu_1_31_1_off_binary_indicator_var =l= 4.169908962997813;
relu_1_31_2_above_pre.. + 1*pre_1_31_2 - 1*post_1_31_2 =l= 0;
relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_2_on_binary_indicator_var + 1*relu_1_31_2_off_binary_indicator_var =e= 1;
e924_.. - 1*pre_1_31_2 + 1*post_1_31_2 - 4.169908962997813*relu_1_31_2_on_binary_indicator_var =g= -4.169908962997813;
e925_.. - 1*pre_1_31_2 + 1*post_1_31_2 + 8.339817925995627*relu_1_31_2_on_binary_indicator_var =l= 8.339817925995627;
e926_.. + 1*post_1_31_2 =g= 0;
e927_.. + 1*post_1_31_2 + 4.169908962997813*relu_1_31_2_off_binary_indicator_var =l= 4.169908962997813;
e928_.. + 1*pre_1_31_2 + 4.169908962997813*relu_1_31_2_off_binary_indicator_var =l= 4.169908962997813;
relu_1_32_0_above_pre.. + 1*pre_1_32_0 - 1*post_1_32_0 =l= 0;
relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_0_on_binary_indicator_var + 1*relu_1_32_0_off_binary_indicator_var =e= 1;
e931_.. - 1*pre_1_32_0 + 1*post_1_32_0 - 8.664241081038536*relu_1_32_0_on_binary_indicator_var =g= -8.664241081038536;
e932_.. - 1*pre_1_32_0 + 1*post_1_32_0 + 17.328482162077073*relu_1_32_0_on_binary_indicator_var =l= 17.328482162077073;
e933_.. + 1*post_1_32_0 =g= 0;
e934_.. + 1*post_1_32_0 + 8.664241081038536*relu_1_32_0_off_binary_indicator_var =l= 8.664241081038536;
e935_.. + 1*pre_1_32_0 + 8.664241081038536*relu_1_32_0_off_binary_indicator_var =l= 8.664241081038536;
relu_1_32_1_above_pre.. + 1*pre_1_32_1 - 1*post_1_32_1 =l= 0;
relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_1_on_binary_indicator_var + 1*relu_1_32_1_off_binary_indicator_var =e= 1;
e938_.. - 1*pre_1_32_1 + 1*post_1_32_1 - 8.664241081038536*relu_1_32_1_on_binary_indicator_var =g= -8.664241081038536;
e939_.. - 1*pre_1_32_1 + 1*post_1_32_1 + 17.328482162077073*relu_1_32_1_on_binary_indicator_var =l= 17.328482162077073;
e940_.. + 1*post_1_32_1 =g= 0;
e941_.. + 1*post_1_32_1 + 8.664241081038536*relu_1_32_1_off_binary_indicator_var =l= 8.664241081038536;
e942_.. + 1*pre_1_32_1 + 8.664241081038536*relu_1_32_1_off_binary_indicator_var =l= 8.664241081038536;
relu_1_32_2_above_pre.. + 1*pre_1_32_2 - 1*post_1_32_2 =l= 0;
relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_2_on_binary_indicator_var + 1*relu_1_32_2_off_binary_indicator_var =e= 1;
e945_.. - 1*pre_1_32_2 + 1*post_1_32_2 - 8.664241081038536*relu_1_32_2_on_binary_indicator_var =g= -8.664241081038536;
e946_.. - 1*pre_1_32_2 + 1*post_1_32_2 + 17.328482162077073*relu_1_32_2_on_binary_indicator_var =l= 17.328482162077073;
e947_.. + 1*post_1_32_2 =g= 0;
e948_.. + 1*post_1_32_2 + 8.664241081038536*relu_1_32_2_off_binary_indicator_var =l= 8.664241081038536;
e949_.. + 1*pre_1_32_2 + 8.664241081038536*relu_1_32_2_off_binary_indicator_var =l= 8.664241081038536;
relu_1_33_0_above_pre.. + 1*pre_1_33_0 - 1*post_1_33_0 =l= 0;
relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_0_on_binary_indicator_var + 1*relu_1_33_0_off_binary_indicator_var =e= 1;
e952_.. - 1*pre_1_33_0 + 1*post_1_33_0 - 4.786102235995172*relu_1_33_0_on_binary_indicator_var =g= -4.786102235995172;
e953_.. - 1*pre_1_33_0 + 1*post_1_33_0 + 9.572204471990345*relu_1_33_0_on_binary_indicator_var =l= 9.572204471990345;
e954_.. + 1*post_1_33_0 =g= 0;
e955_.. + 1*post_1_33_0 + 4.786102235995172*relu_1_33_0_off_binary_indicator_var =l= 4.786102235995172;
e956_.. + 1*pre_1_33_0 + 4.786102235995172*relu_1_33_0_off_binary_indicator_var =l= 4.786102235995172;
relu_1_33_1_above_pre.. + 1*pre_1_33_1 - 1*post_1_33_1 =l= 0;
relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_1_on_binary_indicator_var + 1*relu_1_33_1_off_binary_indicator_var =e= 1;
e959_.. - 1*pre_1_33_1 + 1*post_1_33_1 - 4.786102235995172*relu_1_33_1_on_binary_indicator_var =g= -4.786102235995172;
e960_.. - 1*pre_1_33_1 + 1*post_1_33_1 + 9.572204471990345*relu_1_33_1_on_binary_indicator_var =l= 9.572204471990345;
e961_.. + 1*post_1_33_1 =g= 0;
e962_.. + 1*post_1_33_1 + 4.786102235995172*relu_1_33_1_off_binary_indicator_var =l= 4.786102235995172;
e963_.. + 1*pre_1_33_1 + 4.786102235995172*relu_1_33_1_off_binary_indicator_var =l= 4.786102235995172;
relu_1_33_2_above_pre.. + 1*pre_1_33_2 - 1*post_1_33_2 =l= 0;
relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_2_on_binary_indicator_var + 1*relu_1_33_2_off_binary_indicator_var =e= 1;
e966_.. - 1*pre_1_33_2 + 1*post_1_33_2 - 4.786102235995172*relu_1_33_2_on_binary_indicator_var =g= -4.786102235995172;
e967_.. - 1*pre_1_33_2 + 1*post_1_33_2 + 9.572204471990345*relu_1_33_2_on_binary_indicator_var =l= 9.572204471990345;
e968_.. + 1*post_1_33_2 =g= 0;
e969_.. + 1*post_1_33_2 + 4.786102235995172*relu_1_33_2_off_binary_indicator_var =l= 4.786102235995172;
e970_.. + 1*pre_1_33_2 + 4.786102235995172*relu_1_33_2_off_binary_indicator_var =l= 4.786102235995172;
relu_1_34_0_above_pre.. + 1*pre_1_34_0 - 1*post_1_34_0 =l= 0;
relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_0_on_binary_indicator_var + 1*relu_1_34_0_off_binary_indicator_var =e= 1;
e973_.. - 1*pre_1_34_0 + 1*post_1_34_0 - 3.1913367882549086*relu_1_34_0_on_binary_indicator_var =g= -3.1913367882549086;
e974_.. - 1*pre_1_34_0 + 1*post_1_34_0 + 6.382673576509817*relu_1_34_0_on_binary_indicator_var =l= 6.382673576509817;
e975_.. + 1*post_1_34_0 =g= 0;
e976_.. + 1*post_1_34_0 + 3.1913367882549086*relu_1_34_0_off_binary_indicator_var =l= 3.1913367882549086;
e977_.. + 1*pre_1_34_0 + 3.1913367882549086*relu_1_34_0_off_binary_indicator_var =l= 3.1913367882549086;
relu_1_34_1_above_pre.. + 1*pre_1_34_1 - 1*post_1_34_1 =l= 0;
relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_1_on_binary_indicator_var + 1*relu_1_34_1_off_binary_indicator_var =e= 1;
e980_.. - 1*pre_1_34_1 + 1*post_1_34_1 - 3.1913367882549086*relu_1_34_1_on_binary_indicator_var =g= -3.1913367882549086;
e981_.. - 1*pre_1_34_1 + 1*post_1_34_1 + 6.382673576509817*relu_1_34_1_on_binary_indicator_var =l= 6.382673576509817;
e982_.. + 1*post_1_34_1 =g= 0;
e983_.. + 1*post_1_34_1 + 3.1913367882549086*relu_1_34_1_off_binary_indicator_var =l= 3.1913367882549086;
e984_.. + 1*pre_1_34_1 + 3.1913367882549086*relu_1_34_1_off_binary_indicator_var =l= 3.1913367882549086;
relu_1_34_2_above_pre.. + 1*pre_1_34_2 - 1*post_1_34_2 =l= 0;
relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_2_on_binary_indicator_var + 1*relu_1_34_2_off_binary_indicator_var =e= 1;
e987_.. - 1*pre_1_34_2 + 1*post_1_34_2 - 3.1913367882549086*relu_1_34_2_on_binary_indicator_var =g= -3.1913367882549086;
e988_.. - 1*pre_1_34_2 + 1*post_1_34_2 + 6.382673576509817*relu_1_34_2_on_binary_indicator_var =l= 6.382673576509817;
e989_.. + 1*post_1_34_2 =g= 0;
e990_.. + 1*post_1_34_2 + 3.1913367882549086*relu_1_34_2_off_binary_indicator_var =l= 3.1913367882549086;
e991_.. + 1*pre_1_34_2 + 3.1913367882549086*relu_1_34_2_off_binary_indicator_var =l= 3.1913367882549086;
relu_1_35_0_above_pre.. + 1*pre_1_35_0 - 1*post_1_35_0 =l= 0;
relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_0_on_binary_indicator_var + 1*relu_1_35_0_off_binary_indicator_var =e= 1;
e994_.. - 1*pre_1_35_0 + 1*post_1_35_0 - 5.22677910814882*relu_1_35_0_on_binary_indicator_var =g= -5.22677910814882;
e995_.. - 1*pre_1_35_0 + 1*post_1_35_0 + 10.45355821629764*relu_1_35_0_on_binary_indicator_var =l= 10.45355821629764;
e996_.. + 1*post_1_35_0 =g= 0;
e997_.. + 1*post_1_35_0 + 5.22677910814882*relu_1_35_0_off_binary_indicator_var =l= 5.22677910814882;
e998_.. + 1*pre_1_35_0 + 5.22677910814882*relu_1_35_0_off_binary_indicator_var =l= 5.22677910814882;
relu_1_35_1_above_pre.. + 1*pre_1_35_1 - 1*post_1_35_1 =l= 0;
relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_1_on_binary_indicator_var + 1*relu_1_35_1_off_binary_indicator_var =e= 1;
e1001_.. - 1*pre_1_35_1 + 1*post_1_35_1 - 5.22677910814882*relu_1_35_1_on_binary_indicator_var =g= -5.22677910814882;
e1002_.. - 1*pre_1_35_1 + 1*post_1_35_1 + 10.45355821629764*relu_1_35_1_on_binary_indicator_var =l= 10.45355821629764;
e1003_.. + 1*post_1_35_1 =g= 0;
e1004_.. + 1*post_1_35_1 + 5.22677910814882*relu_1_35_1_off_binary_indicator_var =l= 5.22677910814882;
e1005_.. + 1*pre_1_35_1 + 5.22677910814882*relu_1_35_1_off_binary_indicator_var =l= 5.22677910814882;
relu_1_35_2_above_pre.. + 1*pre_1_35_2 - 1*post_1_35_2 =l= 0;
relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_2_on_binary_indicator_var + 1*relu_1_35_2_off_binary_indicator_var =e= 1;
e1008_.. - 1*pre_1_35_2 + 1*post_1_35_2 - 5.22677910814882*relu_1_35_2_on_binary_indicator_var =g= -5.22677910814882;
e1009_.. - 1*pre_1_35_2 + 1*post_1_35_2 + 10.45355821629764*relu_1_35_2_on_binary_indicator_var =l= 10.45355821629764;
e1010_.. + 1*post_1_35_2 =g= 0;
e1011_.. + 1*post_1_35_2 + 5.22677910814882*relu_1_35_2_off_binary_indicator_var =l= 5.22677910814882;
e1012_.. + 1*pre_1_35_2 + 5.22677910814882*relu_1_35_2_off_binary_indicator_var =l= 5.22677910814882;
relu_1_36_0_above_pre.. + 1*pre_1_36_0 - 1*post_1_36_0 =l= 0;
relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_0_on_binary_indicator_var + 1*relu_1_36_0_off_binary_indicator_var =e= 1;
e1015_.. - 1*pre_1_36_0 + 1*post_1_36_0 - 5.673758698670875*relu_1_36_0_on_binary_indicator_var =g= -5.673758698670875;
e1016_.. - 1*pre_1_36_0 + 1*post_1_36_0 + 11.34751739734175*relu_1_36_0_on_binary_indicator_var =l= 11.34751739734175;
e1017_.. + 1*post_1_36_0 =g= 0;
e1018_.. + 1*post_1_36_0 + 5.673758698670875*relu_1_36_0_off_binary_indicator_var =l= 5.673758698670875;
e1019_.. + 1*pre_1_36_0 + 5.673758698670875*relu_1_36_0_off_binary_indicator_var =l= 5.673758698670875;
relu_1_36_1_above_pre.. + 1*pre_1_36_1 - 1*post_1_36_1 =l= 0;
relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_1_on_binary_indicator_var + 1*relu_1_36_1_off_binary_indicator_var =e= 1;
e1022_.. - 1*pre_1_36_1 + 1*post_1_36_1 - 5.673758698670875*relu_1_36_1_on_binary_indicator_var =g= -5.673758698670875;
e1023_.. - 1*pre_1_36_1 + 1*post_1_36_1 + 11.34751739734175*relu_1_36_1_on_binary_indicator_var =l= 11.34751739734175;
e1024_.. + 1*post_1_36_1 =g= 0;
e1025_.. + 1*post_1_36_1 + 5.673758698670875*relu_1_36_1_off_binary_indicator_var =l= 5.673758698670875;
e1026_.. + 1*pre_1_36_1 + 5.673758698670875*relu_1_36_1_off_binary_indicator_var =l= 5.673758698670875;
relu_1_36_2_above_pre.. + 1*pre_1_36_2 - 1*post_1_36_2 =l= 0;
relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_2_on_binary_indicator_var + 1*relu_1_36_2_off_binary_indicator_var =e= 1;
e1029_.. - 1*pre_1_36_2 + 1*post_1_36_2 - 5.673758698670875*relu_1_36_2_on_binary_indicator_var =g= -5.673758698670875;
e1030_.. - 1*pre_1_36_2 + 1*post_1_36_2 + 11.34751739734175*relu_1_36_2_on_binary_indicator_var =l= 11.34751739734175;
e1031_.. + 1*post_1_36_2 =g= 0;
e1032_.. + 1*post_1_36_2 + 5.673758698670875*relu_1_36_2_off_binary_indicator_var =l= 5.673758698670875;
e1033_.. + 1*pre_1_36_2 + 5.673758698670875*relu_1_36_2_off_binary_indicator_var =l= 5.673758698670875;
relu_1_37_0_above_pre.. + 1*pre_1_37_0 - 1*post_1_37_0 =l= 0;
relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_0_on_binary_indicator_var + 1*relu_1_37_0_off_binary_indicator_var =e= 1;
e1036_.. - 1*pre_1_37_0 + 1*post_1_37_0 - 7.902762319994838*relu_1_37_0_on_binary_indicator_var =g= -7.902762319994838;
e1037_.. - 1*pre_1_37_0 + 1*post_1_37_0 + 15.805524639989676*relu_1_37_0_on_binary_indicator_var =l= 15.805524639989676;
e1038_.. + 1*post_1_37_0 =g= 0;
e1039_.. + 1*post_1_37_0 + 7.902762319994838*relu_1_37_0_off_binary_indicator_var =l= 7.902762319994838;
e1040_.. + 1*pre_1_37_0 + 7.902762319994838*relu_1_37_0_off_binary_indicator_var =l= 7.902762319994838;
relu_1_37_1_above_pre.. + 1*pre_1_37_1 - 1*post_1_37_1 =l= 0;
relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_1_on_binary_indicator_var + 1*relu_1_37_1_off_binary_indicator_var =e= 1;
e1043_.. - 1*pre_1_37_1 + 1*post_1_37_1 - 7.902762319994838*relu_1_37_1_on_binary_indicator_var =g= -7.902762319994838;
e1044_.. - 1*pre_1_37_1 + 1*post_1_37_1 + 15.805524639989676*relu_1_37_1_on_binary_indicator_var =l= 15.805524639989676;
e1045_.. + 1*post_1_37_1 =g= 0;
e1046_.. + 1*post_1_37_1 + 7.902762319994838*relu_1_37_1_off_binary_indicator_var =l= 7.902762319994838;
e1047_.. + 1*pre_1_37_1 + 7.902762319994838*relu_1_37_1_off_binary_indicator_var =l= 7.902762319994838;
relu_1_37_2_above_pre.. + 1*pre_1_37_2 - 1*post_1_37_2 =l= 0;
relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_2_on_binary_indicator_var + 1*relu_1_37_2_off_binary_indicator_var =e= 1;
e1050_.. - 1*pre_1_37_2 + 1*post_1_37_2 - 7.902762319994838*relu_1_37_2_on_binary_indicator_var =g= -7.902762319994838;
e1051_.. - 1*pre_1_37_2 + 1*post_1_37_2 + 15.805524639989676*relu_1_37_2_on_binary_indicator_var =l= 15.805524639989676;
e1052_.. + 1*post_1_37_2 =g= 0;
e1053_.. + 1*post_1_37_2 + 7.902762319994838*relu_1_37_2_off_binary_indicator_var =l= 7.902762319994838;
e1054_.. + 1*pre_1_37_2 + 7.902762319994838*relu_1_37_2_off_binary_indicator_var =l= 7.902762319994838;
relu_1_38_0_above_pre.. + 1*pre_1_38_0 - 1*post_1_38_0 =l= 0;
relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_0_on_binary_indicator_var + 1*relu_1_38_0_off_binary_indicator_var =e= 1;
e1057_.. - 1*pre_1_38_0 + 1*post_1_38_0 - 6.938634274205215*relu_1_38_0_on_binary_indicator_var =g= -6.938634274205215;
e1058_.. - 1*pre_1_38_0 + 1*post_1_38_0 + 13.87726854841043*relu_1_38_0_on_binary_indicator_var =l= 13.87726854841043;
e1059_.. + 1*post_1_38_0 =g= 0;
e1060_.. + 1*post_1_38_0 + 6.938634274205215*relu_1_38_0_off_binary_indicator_var =l= 6.938634274205215;
e1061_.. + 1*pre_1_38_0 + 6.938634274205215*relu_1_38_0_off_binary_indicator_var =l= 6.938634274205215;
relu_1_38_1_above_pre.. + 1*pre_1_38_1 - 1*post_1_38_1 =l= 0;
relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_1_on_binary_indicator_var + 1*relu_1_38_1_off_binary_indicator_var =e= 1;
e1064_.. - 1*pre_1_38_1 + 1*post_1_38_1 - 6.938634274205215*relu_1_38_1_on_binary_indicator_var =g= -6.938634274205215;
e1065_.. - 1*pre_1_38_1 + 1*post_1_38_1 + 13.87726854841043*relu_1_38_1_on_binary_indicator_var =l= 13.87726854841043;
e1066_.. + 1*post_1_38_1 =g= 0;
e1067_.. + 1*post_1_38_1 + 6.938634274205215*relu_1_38_1_off_binary_indicator_var =l= 6.938634274205215;
e1068_.. + 1*pre_1_38_1 + 6.938634274205215*relu_1_38_1_off_binary_indicator_var =l= 6.938634274205215;
relu_1_38_2_above_pre.. + 1*pre_1_38_2 - 1*post_1_38_2 =l= 0;
relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_2_on_binary_indicator_var + 1*relu_1_38_2_off_binary_indicator_var =e= 1;
e1071_.. - 1*pre_1_38_2 + 1*post_1_38_2 - 6.938634274205215*relu_1_38_2_on_binary_indicator_var =g= -6.938634274205215;
e1072_.. - 1*pre_1_38_2 + 1*post_1_38_2 + 13.87726854841043*relu_1_38_2_on_binary_indicator_var =l= 13.87726854841043;
e1073_.. + 1*post_1_38_2 =g= 0;
e1074_.. + 1*post_1_38_2 + 6.938634274205215*relu_1_38_2_off_binary_indicator_var =l= 6.938634274205215;
e1075_.. + 1*pre_1_38_2 + 6.938634274205215*relu_1_38_2_off_binary_indicator_var =l= 6.938634274205215;
relu_1_39_0_above_pre.. + 1*pre_1_39_0 - 1*post_1_39_0 =l= 0;
relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_0_on_binary_indicator_var + 1*relu_1_39_0_off_binary_indicator_var =e= 1;
e1078_.. - 1*pre_1_39_0 + 1*post_1_39_0 - 8.719319309755662*relu_1_39_0_on_binary_indicator_var =g= -8.719319309755662;
e1079_.. - 1*pre_1_39_0 + 1*post_1_39_0 + 17.438638619511323*relu_1_39_0_on_binary_indicator_var =l= 17.438638619511323;
e1080_.. + 1*post_1_39_0 =g= 0;
e1081_.. + 1*post_1_39_0 + 8.719319309755662*relu_1_39_0_off_binary_indicator_var =l= 8.719319309755662;
e1082_.. + 1*pre_1_39_0 + 8.719319309755662*relu_1_39_0_off_binary_indicator_var =l= 8.719319309755662;
relu_1_39_1_above_pre.. + 1*pre_1_39_1 - 1*post_1_39_1 =l= 0;
relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_1_on_binary_indicator_var + 1*relu_1_39_1_off_binary_indicator_var =e= 1;
e1085_.. - 1*pre_1_39_1 + 1*post_1_39_1 - 8.719319309755662*relu_1_39_1_on_binary_indicator_var =g= -8.719319309755662;
e1086_.. - 1*pre_1_39_1 + 1*post_1_39_1 + 17.438638619511323*relu_1_39_1_on_binary_indicator_var =l= 17.438638619511323;
e1087_.. + 1*post_1_39_1 =g= 0;
e1088_.. + 1*post_1_39_1 + 8.719319309755662*relu_1_39_1_off_binary_indicator_var =l= 8.719319309755662;
e1089_.. + 1*pre_1_39_1 + 8.719319309755662*relu_1_39_1_off_binary_indicator_var =l= 8.719319309755662;
relu_1_39_2_above_pre.. + 1*pre_1_39_2 - 1*post_1_39_2 =l= 0;
relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_2_on_binary_indicator_var + 1*relu_1_39_2_off_binary_indicator_var =e= 1;
e1092_.. - 1*pre_1_39_2 + 1*post_1_39_2 - 8.719319309755662*relu_1_39_2_on_binary_indicator_var =g= -8.719319309755662;
e1093_.. - 1*pre_1_39_2 + 1*post_1_39_2 + 17.438638619511323*relu_1_39_2_on_binary_indicator_var =l= 17.438638619511323;
e1094_.. + 1*post_1_39_2 =g= 0;
e1095_.. + 1*post_1_39_2 + 8.719319309755662*relu_1_39_2_off_binary_indicator_var =l= 8.719319309755662;
e1096_.. + 1*pre_1_39_2 + 8.719319309755662*relu_1_39_2_off_binary_indicator_var =l= 8.719319309755662;
relu_1_40_0_above_pre.. + 1*pre_1_40_0 - 1*post_1_40_0 =l= 0;
relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_0_on_binary_indicator_var + 1*relu_1_40_0_off_binary_indicator_var =e= 1;
e1099_.. - 1*pre_1_40_0 + 1*post_1_40_0 - 8.069010781871519*relu_1_40_0_on_binary_indicator_var =g= -8.069010781871519;
e1100_.. - 1*pre_1_40_0 + 1*post_1_40_0 + 16.138021563743038*relu_1_40_0_on_binary_indicator_var =l= 16.138021563743038;
e1101_.. + 1*post_1_40_0 =g= 0;
e1102_.. + 1*post_1_40_0 + 8.069010781871519*relu_1_40_0_off_binary_indicator_var =l= 8.069010781871519;
e1103_.. + 1*pre_1_40_0 + 8.069010781871519*relu_1_40_0_off_binary_indicator_var =l= 8.069010781871519;
relu_1_40_1_above_pre.. + 1*pre_1_40_1 - 1*post_1_40_1 =l= 0;
relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_1_on_binary_indicator_var + 1*relu_1_40_1_off_binary_indicator_var =e= 1;
e1106_.. - 1*pre_1_40_1 + 1*post_1_40_1 - 8.069010781871519*relu_1_40_1_on_binary_indicator_var =g= -8.069010781871519;
e1107_.. - 1*pre_1_40_1 + 1*post_1_40_1 + 16.138021563743038*relu_1_40_1_on_binary_indicator_var =l= 16.138021563743038;
e1108_.. + 1*post_1_40_1 =g= 0;
e1109_.. + 1*post_1_40_1 + 8.069010781871519*relu_1_40_1_off_binary_indicator_var =l= 8.069010781871519;
e1110_.. + 1*pre_1_40_1 + 8.069010781871519*relu_1_40_1_off_binary_indicator_var =l= 8.069010781871519;
relu_1_40_2_above_pre.. + 1*pre_1_40_2 - 1*post_1_40_2 =l= 0;
relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_2_on_binary_indicator_var + 1*relu_1_40_2_off_binary_indicator_var =e= 1;
e1113_.. - 1*pre_1_40_2 + 1*post_1_40_2 - 8.069010781871519*relu_1_40_2_on_binary_indicator_var =g= -8.069010781871519;
e1114_.. - 1*pre_1_40_2 + 1*post_1_40_2 + 16.138021563743038*relu_1_40_2_on_binary_indicator_var =l= 16.138021563743038;
e1115_.. + 1*post_1_40_2 =g= 0;
e1116_.. + 1*post_1_40_2 + 8.069010781871519*relu_1_40_2_off_binary_indicator_var =l= 8.069010781871519;
e1117_.. + 1*pre_1_40_2 + 8.069010781871519*relu_1_40_2_off_binary_indicator_var =l= 8.069010781871519;
relu_1_41_0_above_pre.. + 1*pre_1_41_0 - 1*post_1_41_0 =l= 0;
relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_0_on_binary_indicator_var + 1*relu_1_41_0_off_binary_indicator_var =e= 1;
e1120_.. - 1*pre_1_41_0 + 1*post_1_41_0 - 7.8506770042707945*relu_1_41_0_on_binary_indicator_var =g= -7.8506770042707945;
e1121_.. - 1*pre_1_41_0 + 1*post_1_41_0 + 15.701354008541589*relu_1_41_0_on_binary_indicator_var =l= 15.701354008541589;
e1122_.. + 1*post_1_41_0 =g= 0;
e1123_.. + 1*post_1_41_0 + 7.8506770042707945*relu_1_41_0_off_binary_indicator_var =l= 7.8506770042707945;
e1124_.. + 1*pre_1_41_0 + 7.8506770042707945*relu_1_41_0_off_binary_indicator_var =l= 7.8506770042707945;
relu_1_41_1_above_pre.. + 1*pre_1_41_1 - 1*post_1_41_1 =l= 0;
relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_1_on_binary_indicator_var + 1*relu_1_41_1_off_binary_indicator_var =e= 1;
e1127_.. - 1*pre_1_41_1 + 1*post_1_41_1 - 7.8506770042707945*relu_1_41_1_on_binary_indicator_var =g= -7.8506770042707945;
e1128_.. - 1*pre_1_41_1 + 1*post_1_41_1 + 15.701354008541589*relu_1_41_1_on_binary_indicator_var =l= 15.701354008541589;
e1129_.. + 1*post_1_41_1 =g= 0;
e1130_.. + 1*post_1_41_1 + 7.8506770042707945*relu_1_41_1_off_binary_indicator_var =l= 7.8506770042707945;
e1131_.. + 1*pre_1_41_1 + 7.8506770042707945*relu_1_41_1_off_binary_indicator_var =l= 7.8506770042707945;
relu_1_41_2_above_pre.. + 1*pre_1_41_2 - 1*post_1_41_2 =l= 0;
relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_2_on_binary_indicator_var + 1*relu_1_41_2_off_binary_indicator_var =e= 1;
e1134_.. - 1*pre_1_41_2 + 1*post_1_41_2 - 7.8506770042707945*relu_1_41_2_on_binary_indicator_var =g= -7.8506770042707945;
e1135_.. - 1*pre_1_41_2 + 1*post_1_41_2 + 15.701354008541589*relu_1_41_2_on_binary_indicator_var =l= 15.701354008541589;
e1136_.. + 1*post_1_41_2 =g= 0;
e1137_.. + 1*post_1_41_2 + 7.8506770042707945*relu_1_41_2_off_binary_indicator_var =l= 7.8506770042707945;
e1138_.. + 1*pre_1_41_2 + 7.8506770042707945*relu_1_41_2_off_binary_indicator_var =l= 7.8506770042707945;
relu_1_42_0_above_pre.. + 1*pre_1_42_0 - 1*post_1_42_0 =l= 0;
relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_0_on_binary_indicator_var + 1*relu_1_42_0_off_binary_indicator_var =e= 1;
e1141_.. - 1*pre_1_42_0 + 1*post_1_42_0 - 8.175386217260854*relu_1_42_0_on_binary_indicator_var =g= -8.175386217260854;
e1142_.. - 1*pre_1_42_0 + 1*post_1_42_0 + 16.35077243452171*relu_1_42_0_on_binary_indicator_var =l= 16.35077243452171;
e1143_.. + 1*post_1_42_0 =g= 0;
e1144_.. + 1*post_1_42_0 + 8.175386217260854*relu_1_42_0_off_binary_indicator_var =l= 8.175386217260854;
e1145_.. + 1*pre_1_42_0 + 8.175386217260854*relu_1_42_0_off_binary_indicator_var =l= 8.175386217260854;
relu_1_42_1_above_pre.. + 1*pre_1_42_1 - 1*post_1_42_1 =l= 0;
relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_1_on_binary_indicator_var + 1*relu_1_42_1_off_binary_indicator_var =e= 1;
e1148_.. - 1*pre_1_42_1 + 1*post_1_42_1 - 8.175386217260854*relu_1_42_1_on_binary_indicator_var =g= -8.175386217260854;
e1149_.. - 1*pre_1_42_1 + 1*post_1_42_1 + 16.35077243452171*relu_1_42_1_on_binary_indicator_var =l= 16.35077243452171;
e1150_.. + 1*post_1_42_1 =g= 0;
e1151_.. + 1*post_1_42_1 + 8.175386217260854*relu_1_42_1_off_binary_indicator_var =l= 8.175386217260854;
e1152_.. + 1*pre_1_42_1 + 8.175386217260854*relu_1_42_1_off_binary_indicator_var =l= 8.175386217260854;
relu_1_42_2_above_pre.. + 1*pre_1_42_2 - 1*post_1_42_2 =l= 0;
relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_2_on_binary_indicator_var + 1*relu_1_42_2_off_binary_indicator_var =e= 1;
e1155_.. - 1*pre_1_42_2 + 1*post_1_42_2 - 8.175386217260854*relu_1_42_2_on_binary_indicator_var =g= -8.175386217260854;
e1156_.. - 1*pre_1_42_2 + 1*post_1_42_2 + 16.35077243452171*relu_1_42_2_on_binary_indicator_var =l= 16.35077243452171;
e1157_.. + 1*post_1_42_2 =g= 0;
e1158_.. + 1*post_1_42_2 + 8.175386217260854*relu_1_42_2_off_binary_indicator_var =l= 8.175386217260854;
e1159_.. + 1*pre_1_42_2 + 8.175386217260854*relu_1_42_2_off_binary_indicator_var =l= 8.175386217260854;
relu_1_43_0_above_pre.. + 1*pre_1_43_0 - 1*post_1_43_0 =l= 0;
relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_0_on_binary_indicator_var + 1*relu_1_43_0_off_binary_indicator_var =e= 1;
e1162_.. - 1*pre_1_43_0 + 1*post_1_43_0 - 5.054315422411429*relu_1_43_0_on_binary_indicator_var =g= -5.054315422411429;
e1163_.. - 1*pre_1_43_0 + 1*post_1_43_0 + 10.108630844822859*relu_1_43_0_on_binary_indicator_var =l= 10.108630844822859;
e1164_.. + 1*post_1_43_0 =g= 0;
e1165_.. + 1*post_1_43_0 + 5.054315422411429*relu_1_43_0_off_binary_indicator_var =l= 5.054315422411429;
e1166_.. + 1*pre_1_43_0 + 5.054315422411429*relu_1_43_0_off_binary_indicator_var =l= 5.054315422411429;
relu_1_43_1_above_pre.. + 1*pre_1_43_1 - 1*post_1_43_1 =l= 0;
relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_1_on_binary_indicator_var + 1*relu_1_43_1_off_binary_indicator_var =e= 1;
e1169_.. - 1*pre_1_43_1 + 1*post_1_43_1 - 5.054315422411429*relu_1_43_1_on_binary_indicator_var =g= -5.054315422411429;
e1170_.. - 1*pre_1_43_1 + 1*post_1_43_1 + 10.108630844822859*relu_1_43_1_on_binary_indicator_var =l= 10.108630844822859;
e1171_.. + 1*post_1_43_1 =g= 0;
e1172_.. + 1*post_1_43_1 + 5.054315422411429*relu_1_43_1_off_binary_indicator_var =l= 5.054315422411429;
e1173_.. + 1*pre_1_43_1 + 5.054315422411429*relu_1_43_1_off_binary_indicator_var =l= 5.054315422411429;
relu_1_43_2_above_pre.. + 1*pre_1_43_2 - 1*post_1_43_2 =l= 0;
relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_2_on_binary_indicator_var + 1*relu_1_43_2_off_binary_indicator_var =e= 1;
e1176_.. - 1*pre_1_43_2 + 1*post_1_43_2 - 5.054315422411429*relu_1_43_2_on_binary_indicator_var =g= -5.054315422411429;
e1177_.. - 1*pre_1_43_2 + 1*post_1_43_2 + 10.108630844822859*relu_1_43_2_on_binary_indicator_var =l= 10.108630844822859;
e1178_.. + 1*post_1_43_2 =g= 0;
e1179_.. + 1*post_1_43_2 + 5.054315422411429*relu_1_43_2_off_binary_indicator_var =l= 5.054315422411429;
e1180_.. + 1*pre_1_43_2 + 5.054315422411429*relu_1_43_2_off_binary_indicator_var =l= 5.054315422411429;
relu_1_44_0_above_pre.. + 1*pre_1_44_0 - 1*post_1_44_0 =l= 0;
relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_0_on_binary_indicator_var + 1*relu_1_44_0_off_binary_indicator_var =e= 1;
e1183_.. - 1*pre_1_44_0 + 1*post_1_44_0 - 6.417045954474024*relu_1_44_0_on_binary_indicator_var =g= -6.417045954474024;
e1184_.. - 1*pre_1_44_0 + 1*post_1_44_0 + 12.834091908948048*relu_1_44_0_on_binary_indicator_var =l= 12.834091908948048;
e1185_.. + 1*post_1_44_0 =g= 0;
e1186_.. + 1*post_1_44_0 + 6.417045954474024*relu_1_44_0_off_binary_indicator_var =l= 6.417045954474024;
e1187_.. + 1*pre_1_44_0 + 6.417045954474024*relu_1_44_0_off_binary_indicator_var =l= 6.417045954474024;
relu_1_44_1_above_pre.. + 1*pre_1_44_1 - 1*post_1_44_1 =l= 0;
relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_1_on_binary_indicator_var + 1*relu_1_44_1_off_binary_indicator_var =e= 1;
e1190_.. - 1*pre_1_44_1 + 1*post_1_44_1 - 6.417045954474024*relu_1_44_1_on_binary_indicator_var =g= -6.417045954474024;
e1191_.. - 1*pre_1_44_1 + 1*post_1_44_1 + 12.834091908948048*relu_1_44_1_on_binary_indicator_var =l= 12.834091908948048;
e1192_.. + 1*post_1_44_1 =g= 0;
e1193_.. + 1*post_1_44_1 + 6.417045954474024*relu_1_44_1_off_binary_indicator_var =l= 6.417045954474024;
e1194_.. + 1*pre_1_44_1 + 6.417045954474024*relu_1_44_1_off_binary_indicator_var =l= 6.417045954474024;
relu_1_44_2_above_pre.. + 1*pre_1_44_2 - 1*post_1_44_2 =l= 0;
relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_2_on_binary_indicator_var + 1*relu_1_44_2_off_binary_indicator_var =e= 1;
e1197_.. - 1*pre_1_44_2 + 1*post_1_44_2 - 6.417045954474024*relu_1_44_2_on_binary_indicator_var =g= -6.417045954474024;
e1198_.. - 1*pre_1_44_2 + 1*post_1_44_2 + 12.834091908948048*relu_1_44_2_on_binary_indicator_var =l= 12.834091908948048;
e1199_.. + 1*post_1_44_2 =g= 0;
e1200_.. + 1*post_1_44_2 + 6.417045954474024*relu_1_44_2_off_binary_indicator_var =l= 6.417045954474024;
e1201_.. + 1*pre_1_44_2 + 6.417045954474024*relu_1_44_2_off_binary_indicator_var =l= 6.417045954474024;
relu_1_45_0_above_pre.. + 1*pre_1_45_0 - 1*post_1_45_0 =l= 0;
relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_0_on_binary_indicator_var + 1*relu_1_45_0_off_binary_indicator_var =e= 1;
e1204_.. - 1*pre_1_45_0 + 1*post_1_45_0 - 6.944399324947062*relu_1_45_0_on_binary_indicator_var =g= -6.944399324947062;
e1205_.. - 1*pre_1_45_0 + 1*post_1_45_0 + 13.888798649894124*relu_1_45_0_on_binary_indicator_var =l= 13.888798649894124;
e1206_.. + 1*post_1_45_0 =g= 0;
e1207_.. + 1*post_1_45_0 + 6.944399324947062*relu_1_45_0_off_binary_indicator_var =l= 6.944399324947062;
e1208_.. + 1*pre_1_45_0 + 6.944399324947062*relu_1_45_0_off_binary_indicator_var =l= 6.944399324947062;
relu_1_45_1_above_pre.. + 1*pre_1_45_1 - 1*post_1_45_1 =l= 0;
relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_1_on_binary_indicator_var + 1*relu_1_45_1_off_binary_indicator_var =e= 1;
e1211_.. - 1*pre_1_45_1 + 1*post_1_45_1 - 6.944399324947062*relu_1_45_1_on_binary_indicator_var =g= -6.944399324947062;
e1212_.. - 1*pre_1_45_1 + 1*post_1_45_1 + 13.888798649894124*relu_1_45_1_on_binary_indicator_var =l= 13.888798649894124;
e1213_.. + 1*post_1_45_1 =g= 0;
e1214_.. + 1*post_1_45_1 + 6.944399324947062*relu_1_45_1_off_binary_indicator_var =l= 6.944399324947062;
e1215_.. + 1*pre_1_45_1 + 6.944399324947062*relu_1_45_1_off_binary_indicator_var =l= 6.944399324947062;
relu_1_45_2_above_pre.. + 1*pre_1_45_2 - 1*post_1_45_2 =l= 0;
relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_2_on_binary_indicator_var + 1*relu_1_45_2_off_binary_indicator_var =e= 1;
e1218_.. - 1*pre_1_45_2 + 1*post_1_45_2 - 6.944399324947062*relu_1_45_2_on_binary_indicator_var =g= -6.944399324947062;
e1219_.. - 1*pre_1_45_2 + 1*post_1_45_2 + 13.888798649894124*relu_1_45_2_on_binary_indicator_var =l= 13.888798649894124;
e1220_.. + 1*post_1_45_2 =g= 0;
e1221_.. + 1*post_1_45_2 + 6.944399324947062*relu_1_45_2_off_binary_indicator_var =l= 6.944399324947062;
e1222_.. + 1*pre_1_45_2 + 6.944399324947062*relu_1_45_2_off_binary_indicator_var =l= 6.944399324947062;
relu_1_46_0_above_pre.. + 1*pre_1_46_0 - 1*post_1_46_0 =l= 0;
relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_0_on_binary_indicator_var + 1*relu_1_46_0_off_binary_indicator_var =e= 1;
e1225_.. - 1*pre_1_46_0 + 1*post_1_46_0 - 3.5770894718859325*relu_1_46_0_on_binary_indicator_var =g= -3.5770894718859325;
e1226_.. - 1*pre_1_46_0 + 1*post_1_46_0 + 7.154178943771865*relu_1_46_0_on_binary_indicator_var =l= 7.154178943771865;
e1227_.. + 1*post_1_46_0 =g= 0;
e1228_.. + 1*post_1_46_0 + 3.5770894718859325*relu_1_46_0_off_binary_indicator_var =l= 3.5770894718859325;
e1229_.. + 1*pre_1_46_0 + 3.5770894718859325*relu_1_46_0_off_binary_indicator_var =l= 3.5770894718859325;
relu_1_46_1_above_pre.. + 1*pre_1_46_1 - 1*post_1_46_1 =l= 0;
relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_1_on_binary_indicator_var + 1*relu_1_46_1_off_binary_indicator_var =e= 1;
e1232_.. - 1*pre_1_46_1 + 1*post_1_46_1 - 3.5770894718859325*relu_1_46_1_on_binary_indicator_var =g= -3.5770894718859325;
e1233_.. - 1*pre_1_46_1 + 1*post_1_46_1 + 7.154178943771865*relu_1_46_1_on_binary_indicator_var =l= 7.154178943771865;
e1234_.. + 1*post_1_46_1 =g= 0;
e1235_.. + 1*post_1_46_1 + 3.5770894718859325*relu_1_46_1_off_binary_indicator_var =l= 3.5770894718859325;
e1236_.. + 1*pre_1_46_1 + 3.5770894718859325*relu_1_46_1_off_binary_indicator_var =l= 3.5770894718859325;
relu_1_46_2_above_pre.. + 1*pre_1_46_2 - 1*post_1_46_2 =l= 0;
relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_2_on_binary_indicator_var + 1*relu_1_46_2_off_binary_indicator_var =e= 1;
e1239_.. - 1*pre_1_46_2 + 1*post_1_46_2 - 3.5770894718859325*relu_1_46_2_on_binary_indicator_var =g= -3.5770894718859325;
e1240_.. - 1*pre_1_46_2 + 1*post_1_46_2 + 7.154178943771865*relu_1_46_2_on_binary_indicator_var =l= 7.154178943771865;
e1241_.. + 1*post_1_46_2 =g= 0;
e1242_.. + 1*post_1_46_2 + 3.5770894718859325*relu_1_46_2_off_binary_indicator_var =l= 3.5770894718859325;
e1243_.. + 1*pre_1_46_2 + 3.5770894718859325*relu_1_46_2_off_binary_indicator_var =l= 3.5770894718859325;
relu_1_47_0_above_pre.. + 1*pre_1_47_0 - 1*post_1_47_0 =l= 0;
relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_0_on_binary_indicator_var + 1*relu_1_47_0_off_binary_indicator_var =e= 1;
e1246_.. - 1*pre_1_47_0 + 1*post_1_47_0 - 8.343039628756323*relu_1_47_0_on_binary_indicator_var =g= -8.343039628756323;
e1247_.. - 1*pre_1_47_0 + 1*post_1_47_0 + 16.686079257512645*relu_1_47_0_on_binary_indicator_var =l= 16.686079257512645;
e1248_.. + 1*post_1_47_0 =g= 0;
e1249_.. + 1*post_1_47_0 + 8.343039628756323*relu_1_47_0_off_binary_indicator_var =l= 8.343039628756323;
e1250_.. + 1*pre_1_47_0 + 8.343039628756323*relu_1_47_0_off_binary_indicator_var =l= 8.343039628756323;
relu_1_47_1_above_pre.. + 1*pre_1_47_1 - 1*post_1_47_1 =l= 0;
relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_1_on_binary_indicator_var + 1*relu_1_47_1_off_binary_indicator_var =e= 1;
e1253_.. - 1*pre_1_47_1 + 1*post_1_47_1 - 8.343039628756323*relu_1_47_1_on_binary_indicator_var =g= -8.343039628756323;
e1254_.. - 1*pre_1_47_1 + 1*post_1_47_1 + 16.686079257512645*relu_1_47_1_on_binary_indicator_var =l= 16.686079257512645;
e1255_.. + 1*post_1_47_1 =g= 0;
e1256_.. + 1*post_1_47_1 + 8.343039628756323*relu_1_47_1_off_binary_indicator_var =l= 8.343039628756323;
e1257_.. + 1*pre_1_47_1 + 8.343039628756323*relu_1_47_1_off_binary_indicator_var =l= 8.343039628756323;
relu_1_47_2_above_pre.. + 1*pre_1_47_2 - 1*post_1_47_2 =l= 0;
relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_2_on_binary_indicator_var + 1*relu_1_47_2_off_binary_indicator_var =e= 1;
e1260_.. - 1*pre_1_47_2 + 1*post_1_47_2 - 8.343039628756323*relu_1_47_2_on_binary_indicator_var =g= -8.343039628756323;
e1261_.. - 1*pre_1_47_2 + 1*post_1_47_2 + 16.686079257512645*relu_1_47_2_on_binary_indicator_var =l= 16.686079257512645;
e1262_.. + 1*post_1_47_2 =g= 0;
e1263_.. + 1*post_1_47_2 + 8.343039628756323*relu_1_47_2_off_binary_indicator_var =l= 8.343039628756323;
e1264_.. + 1*pre_1_47_2 + 8.343039628756323*relu_1_47_2_off_binary_indicator_var =l= 8.343039628756323;
relu_1_48_0_above_pre.. + 1*pre_1_48_0 - 1*post_1_48_0 =l= 0;
relu_1_48_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_48_0_on_binary_indicator_var + 1*relu_1_48_0_off_binary_indicator_var =e= 1;
e1267_.. - 1*pre_1_48_0 + 1*post_1_48_0 - 5.078276655633345*relu_1_48_0_on_binary_indicator_var =g= -5.078276655633345;
e1268_.. - 1*pre_1_48_0 + 1*post_1_48_0 + 10.15655331126669*relu_1_48_0_on_binary_indicator_var =l= 10.15655331126669;
e1269_.. + 1*post_1_48_0 =g= 0;
e1270_.. + 1*post_1_48_0 + 5.078276655633345*relu_1_48_0_off_binary_indicator_var =l= 5.078276655633345;
e1271_.. + 1*pre_1_48_0 + 5.078276655633345*relu_1_48_0_off_binary_indicator_var =l= 5.078276655633345;
relu_1_48_1_above_pre.. + 1*pre_1_48_1 - 1*post_1_48_1 =l= 0;
relu_1_48_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_48_1_on_binary_indicator_var + 1*relu_1_48_1_off_binary_indicator_var =e= 1;
e1274_.. - 1*pre_1_48_1 + 1*post_1_48_1 - 5.078276655633345*relu_1_48_1_on_binary_indicator_var =g= -5.078276655633345;
e1275_.. - 1*pre_1_48_1 + 1*post_1_48_1 + 10.15655331126669*relu_1_48_1_on_binary_indicator_var =l= 10.15655331126669;
e1276_.. + 1*post_1_48_1 =g= 0;
e1277_.. + 1*post_1_48_1 + 5.078276655633345*relu_1_48_1_off_binary_indicator_var =l= 5.078276655633345;
e1278_.. + 1*pre_1_48_1 + 5.078276655633345*relu_1_48_1_off_binary_indicator_var =l= 5.078276655633345;
relu_1_48_2_above_pre.. + 1*pre_1_48_2 - 1*post_1_48_2 =l= 0;
relu_1_48_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_48_2_on_binary_indicator_var + 1*relu_1_48_2_off_binary_indicator_var =e= 1;
e1281_.. - 1*pre_1_48_2 + 1*post_1_48_2 - 5.078276655633345*relu_1_48_2_on_binary_indicator_var =g= -5.078276655633345;
e1282_.. - 1*pre_1_48_2 + 1*post_1_48_2 + 10.15655331126669*relu_1_48_2_on_binary_indicator_var =l= 10.15655331126669;
e1283_.. + 1*post_1_48_2 =g= 0;
e1284_.. + 1*post_1_48_2 + 5.078276655633345*relu_1_48_2_off_binary_indicator_var =l= 5.078276655633345;
e1285_.. + 1*pre_1_48_2 + 5.078276655633345*relu_1_48_2_off_binary_indicator_var =l= 5.078276655633345;
relu_1_49_0_above_pre.. + 1*pre_1_49_0 - 1*post_1_49_0 =l= 0;
relu_1_49_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_49_0_on_binary_indicator_var + 1*relu_1_49_0_off_binary_indicator_var =e= 1;
e1288_.. - 1*pre_1_49_0 + 1*post_1_49_0 - 7.145126446279315*relu_1_49_0_on_binary_indicator_var =g= -7.145126446279315;
e1289_.. - 1*pre_1_49_0 + 1*post_1_49_0 + 14.29025289255863*relu_1_49_0_on_binary_indicator_var =l= 14.29025289255863;
e1290_.. + 1*post_1_49_0 =g= 0;
e1291_.. + 1*post_1_49_0 + 7.145126446279315*relu_1_49_0_off_binary_indicator_var =l= 7.145126446279315;
e1292_.. + 1*pre_1_49_0 + 7.145126446279315*relu_1_49_0_off_binary_indicator_var =l= 7.145126446279315;
relu_1_49_1_above_pre.. + 1*pre_1_49_1 - 1*post_1_49_1 =l= 0;
relu_1_49_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_49_1_on_binary_indicator_var + 1*relu_1_49_1_off_binary_indicator_var =e= 1;
e1295_.. - 1*pre_1_49_1 + 1*post_1_49_1 - 7.145126446279315*relu_1_49_1_on_binary_indicator_var =g= -7.145126446279315;
e1296_.. - 1*pre_1_49_1 + 1*post_1_49_1 + 14.29025289255863*relu_1_49_1_on_binary_indicator_var =l= 14.29025289255863;
e1297_.. + 1*post_1_49_1 =g= 0;
e1298_.. + 1*post_1_49_1 + 7.145126446279315*relu_1_49_1_off_binary_indicator_var =l= 7.145126446279315;
e1299_.. + 1*pre_1_49_1 + 7.145126446279315*relu_1_49_1_off_binary_indicator_var =l= 7.145126446279315;
relu_1_49_2_above_pre.. + 1*pre_1_49_2 - 1*post_1_49_2 =l= 0;
relu_1_49_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_49_2_on_binary_indicator_var + 1*relu_1_49_2_off_binary_indicator_var =e= 1;
e1302_.. - 1*pre_1_49_2 + 1*post_1_49_2 - 7.145126446279315*relu_1_49_2_on_binary_indicator_var =g= -7.145126446279315;
e1303_.. - 1*pre_1_49_2 + 1*post_1_49_2 + 14.29025289255863*relu_1_49_2_on_binary_indicator_var =l= 14.29025289255863;
e1304_.. + 1*post_1_49_2 =g= 0;
e1305_.. + 1*post_1_49_2 + 7.145126446279315*relu_1_49_2_off_binary_indicator_var =l= 7.145126446279315;
e1306_.. + 1*pre_1_49_2 + 7.145126446279315*relu_1_49_2_off_binary_indicator_var =l= 7.145126446279315;
relu_1_50_0_above_pre.. + 1*pre_1_50_0 - 1*post_1_50_0 =l= 0;
relu_1_50_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_50_0_on_binary_indicator_var + 1*relu_1_50_0_off_binary_indicator_var =e= 1;
e1309_.. - 1*pre_1_50_0 + 1*post_1_50_0 - 7.451755636997136*relu_1_50_0_on_binary_indicator_var =g= -7.451755636997136;
e1310_.. - 1*pre_1_50_0 + 1*post_1_50_0 + 14.903511273994273*relu_1_50_0_on_binary_indicator_var =l= 14.903511273994273;
e1311_.. + 1*post_1_50_0 =g= 0;
e1312_.. + 1*post_1_50_0 + 7.451755636997136*relu_1_50_0_off_binary_indicator_var =l= 7.451755636997136;
e1313_.. + 1*pre_1_50_0 + 7.451755636997136*relu_1_50_0_off_binary_indicator_var =l= 7.451755636997136;
relu_1_50_1_above_pre.. + 1*pre_1_50_1 - 1*post_1_50_1 =l= 0;
relu_1_50_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_50_1_on_binary_indicator_var + 1*relu_1_50_1_off_binary_indicator_var =e= 1;
e1316_.. - 1*pre_1_50_1 + 1*post_1_50_1 - 7.451755636997136*relu_1_50_1_on_binary_indicator_var =g= -7.451755636997136;
e1317_.. - 1*pre_1_50_1 + 1*post_1_50_1 + 14.903511273994273*relu_1_50_1_on_binary_indicator_var =l= 14.903511273994273;
e1318_.. + 1*post_1_50_1 =g= 0;
e1319_.. + 1*post_1_50_1 + 7.451755636997136*relu_1_50_1_off_binary_indicator_var =l= 7.451755636997136;
e1320_.. + 1*pre_1_50_1 + 7.451755636997136*relu_1_50_1_off_binary_indicator_var =l= 7.451755636997136;
relu_1_50_2_above_pre.. + 1*pre_1_50_2 - 1*post_1_50_2 =l= 0;
relu_1_50_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_50_2_on_binary_indicator_var + 1*relu_1_50_2_off_binary_indicator_var =e= 1;
e1323_.. - 1*pre_1_50_2 + 1*post_1_50_2 - 7.451755636997136*relu_1_50_2_on_binary_indicator_var =g= -7.451755636997136;
e1324_.. - 1*pre_1_50_2 + 1*post_1_50_2 + 14.903511273994273*relu_1_50_2_on_binary_indicator_var =l= 14.903511273994273;
e1325_.. + 1*post_1_50_2 =g= 0;
e1326_.. + 1*post_1_50_2 + 7.451755636997136*relu_1_50_2_off_binary_indicator_var =l= 7.451755636997136;
e1327_.. + 1*pre_1_50_2 + 7.451755636997136*relu_1_50_2_off_binary_indicator_var =l= 7.451755636997136;
relu_1_51_0_above_pre.. + 1*pre_1_51_0 - 1*post_1_51_0 =l= 0;
relu_1_51_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_51_0_on_binary_indicator_var + 1*relu_1_51_0_off_binary_indicator_var =e= 1;
e1330_.. - 1*pre_1_51_0 + 1*post_1_51_0 - 5.651177664354505*relu_1_51_0_on_binary_indicator_var =g= -5.651177664354505;
e1331_.. - 1*pre_1_51_0 + 1*post_1_51_0 + 11.30235532870901*relu_1_51_0_on_binary_indicator_var =l= 11.30235532870901;
e1332_.. + 1*post_1_51_0 =g= 0;
e1333_.. + 1*post_1_51_0 + 5.651177664354505*relu_1_51_0_off_binary_indicator_var =l= 5.651177664354505;
e1334_.. + 1*pre_1_51_0 + 5.651177664354505*relu_1_51_0_off_binary_indicator_var =l= 5.651177664354505;
relu_1_51_1_above_pre.. + 1*pre_1_51_1 - 1*post_1_51_1 =l= 0;
relu_1_51_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_51_1_on_binary_indicator_var + 1*relu_1_51_1_off_binary_indicator_var =e= 1;
e1337_.. - 1*pre_1_51_1 + 1*post_1_51_1 - 5.651177664354505*relu_1_51_1_on_binary_indicator_var =g= -5.651177664354505;
e1338_.. - 1*pre_1_51_1 + 1*post_1_51_1 + 11.30235532870901*relu_1_51_1_on_binary_indicator_var =l= 11.30235532870901;
e1339_.. + 1*post_1_51_1 =g= 0;
e1340_.. + 1*post_1_51_1 + 5.651177664354505*relu_1_51_1_off_binary_indicator_var =l= 5.651177664354505;
e1341_.. + 1*pre_1_51_1 + 5.651177664354505*relu_1_51_1_off_binary_indicator_var =l= 5.651177664354505;
relu_1_51_2_above_pre.. + 1*pre_1_51_2 - 1*post_1_51_2 =l= 0;
relu_1_51_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_51_2_on_binary_indicator_var + 1*relu_1_51_2_off_binary_indicator_var =e= 1;
e1344_.. - 1*pre_1_51_2 + 1*post_1_51_2 - 5.651177664354505*relu_1_51_2_on_binary_indicator_var =g= -5.651177664354505;
e1345_.. - 1*pre_1_51_2 + 1*post_1_51_2 + 11.30235532870901*relu_1_51_2_on_binary_indicator_var =l= 11.30235532870901;
e1346_.. + 1*post_1_51_2 =g= 0;
e1347_.. + 1*post_1_51_2 + 5.651177664354505*relu_1_51_2_off_binary_indicator_var =l= 5.651177664354505;
e1348_.. + 1*pre_1_51_2 + 5.651177664354505*relu_1_51_2_off_binary_indicator_var =l= 5.651177664354505;
relu_1_52_0_above_pre.. + 1*pre_1_52_0 - 1*post_1_52_0 =l= 0;
relu_1_52_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_52_0_on_binary_indicator_var + 1*relu_1_52_0_off_binary_indicator_var =e= 1;
e1351_.. - 1*pre_1_52_0 + 1*post_1_52_0 - 7.651408697329851*relu_1_52_0_on_binary_indicator_var =g= -7.651408697329851;
e1352_.. - 1*pre_1_52_0 + 1*post_1_52_0 + 15.302817394659701*relu_1_52_0_on_binary_indicator_var =l= 15.302817394659701;
e1353_.. + 1*post_1_52_0 =g= 0;
e1354_.. + 1*post_1_52_0 + 7.651408697329851*relu_1_52_0_off_binary_indicator_var =l= 7.651408697329851;
e1355_.. + 1*pre_1_52_0 + 7.651408697329851*relu_1_52_0_off_binary_indicator_var =l= 7.651408697329851;
relu_1_52_1_above_pre.. + 1*pre_1_52_1 - 1*post_1_52_1 =l= 0;
relu_1_52_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_52_1_on_binary_indicator_var + 1*relu_1_52_1_off_binary_indicator_var =e= 1;
e1358_.. - 1*pre_1_52_1 + 1*post_1_52_1 - 7.651408697329851*relu_1_52_1_on_binary_indicator_var =g= -7.651408697329851;
e1359_.. - 1*pre_1_52_1 + 1*post_1_52_1 + 15.302817394659701*relu_1_52_1_on_binary_indicator_var =l= 15.302817394659701;
e1360_.. + 1*post_1_52_1 =g= 0;
e1361_.. + 1*post_1_52_1 + 7.651408697329851*relu_1_52_1_off_binary_indicator_var =l= 7.651408697329851;
e1362_.. + 1*pre_1_52_1 + 7.651408697329851*relu_1_52_1_off_binary_indicator_var =l= 7.651408697329851;
relu_1_52_2_above_pre.. + 1*pre_1_52_2 - 1*post_1_52_2 =l= 0;
relu_1_52_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_52_2_on_binary_indicator_var + 1*relu_1_52_2_off_binary_indicator_var =e= 1;
e1365_.. - 1*pre_1_52_2 + 1*post_1_52_2 - 7.651408697329851*relu_1_52_2_on_binary_indicator_var =g= -7.651408697329851;
e1366_.. - 1*pre_1_52_2 + 1*post_1_52_2 + 15.302817394659701*relu_1_52_2_on_binary_indicator_var =l= 15.302817394659701;
e1367_.. + 1*post_1_52_2 =g= 0;
e1368_.. + 1*post_1_52_2 + 7.651408697329851*relu_1_52_2_off_binary_indicator_var =l= 7.651408697329851;
e1369_.. + 1*pre_1_52_2 + 7.651408697329851*relu_1_52_2_off_binary_indicator_var =l= 7.651408697329851;
relu_1_53_0_above_pre.. + 1*pre_1_53_0 - 1*post_1_53_0 =l= 0;
relu_1_53_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_53_0_on_binary_indicator_var + 1*relu_1_53_0_off_binary_indicator_var =e= 1;
e1372_.. - 1*pre_1_53_0 + 1*post_1_53_0 - 6.53400007457264*relu_1_53_0_on_binary_indicator_var =g= -6.53400007457264;
e1373_.. - 1*pre_1_53_0 + 1*post_1_53_0 + 13.06800014914528*relu_1_53_0_on_binary_indicator_var =l= 13.06800014914528;
e1374_.. + 1*post_1_53_0 =g= 0;
e1375_.. + 1*post_1_53_0 + 6.53400007457264*relu_1_53_0_off_binary_indicator_var =l= 6.53400007457264;
e1376_.. + 1*pre_1_53_0 + 6.53400007457264*relu_1_53_0_off_binary_indicator_var =l= 6.53400007457264;
relu_1_53_1_above_pre.. + 1*pre_1_53_1 - 1*post_1_53_1 =l= 0;
relu_1_53_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_53_1_on_binary_indicator_var + 1*relu_1_53_1_off_binary_indicator_var =e= 1;
e1379_.. - 1*pre_1_53_1 + 1*post_1_53_1 - 6.53400007457264*relu_1_53_1_on_binary_indicator_var =g= -6.53400007457264;
e1380_.. - 1*pre_1_53_1 + 1*post_1_53_1 + 13.06800014914528*relu_1_53_1_on_binary_indicator_var =l= 13.06800014914528;
e1381_.. + 1*post_1_53_1 =g= 0;
e1382_.. + 1*post_1_53_1 + 6.53400007457264*relu_1_53_1_off_binary_indicator_var =l= 6.53400007457264;
e1383_.. + 1*pre_1_53_1 + 6.53400007457264*relu_1_53_1_off_binary_indicator_var =l= 6.53400007457264;
relu_1_53_2_above_pre.. + 1*pre_1_53_2 - 1*post_1_53_2 =l= 0;
relu_1_53_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_53_2_on_binary_indicator_var + 1*relu_1_53_2_off_binary_indicator_var =e= 1;
e1386_.. - 1*pre_1_53_2 + 1*post_1_53_2 - 6.53400007457264*relu_1_53_2_on_binary_indicator_var =g= -6.53400007457264;
e1387_.. - 1*pre_1_53_2 + 1*post_1_53_2 + 13.06800014914528*relu_1_53_2_on_binary_indicator_var =l= 13.06800014914528;
e1388_.. + 1*post_1_53_2 =g= 0;
e1389_.. + 1*post_1_53_2 + 6.53400007457264*relu_1_53_2_off_binary_indicator_var =l= 6.53400007457264;
e1390_.. + 1*pre_1_53_2 + 6.53400007457264*relu_1_53_2_off_binary_indicator_var =l= 6.53400007457264;
relu_1_54_0_above_pre.. + 1*pre_1_54_0 - 1*post_1_54_0 =l= 0;
relu_1_54_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_54_0_on_binary_indicator_var + 1*relu_1_54_0_off_binary_indicator_var =e= 1;
e1393_.. - 1*pre_1_54_0 + 1*post_1_54_0 - 6.214580093017421*relu_1_54_0_on_binary_indicator_var =g= -6.214580093017421;
e1394_.. - 1*pre_1_54_0 + 1*post_1_54_0 + 12.429160186034842*relu_1_54_0_on_binary_indicator_var =l= 12.429160186034842;
e1395_.. + 1*post_1_54_0 =g= 0;
e1396_.. + 1*post_1_54_0 + 6.214580093017421*relu_1_54_0_off_binary_indicator_var =l= 6.214580093017421;
e1397_.. + 1*pre_1_54_0 + 6.214580093017421*relu_1_54_0_off_binary_indicator_var =l= 6.214580093017421;
relu_1_54_1_above_pre.. + 1*pre_1_54_1 - 1*post_1_54_1 =l= 0;
relu_1_54_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_54_1_on_binary_indicator_var + 1*relu_1_54_1_off_binary_indicator_var =e= 1;
e1400_.. - 1*pre_1_54_1 + 1*post_1_54_1 - 6.214580093017421*relu_1_54_1_on_binary_indicator_var =g= -6.214580093017421;
e1401_.. - 1*pre_1_54_1 + 1*post_1_54_1 + 12.429160186034842*relu_1_54_1_on_binary_indicator_var =l= 12.429160186034842;
e1402_.. + 1*post_1_54_1 =g= 0;
e1403_.. + 1*post_1_54_1 + 6.214580093017421*relu_1_54_1_off_binary_indicator_var =l= 6.214580093017421;
e1404_.. + 1*pre_1_54_1 + 6.214580093017421*relu_1_54_1_off_binary_indicator_var =l= 6.214580093017421;
relu_1_54_2_above_pre.. + 1*pre_1_54_2 - 1*post_1_54_2 =l= 0;
relu_1_54_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_54_2_on_binary_indicator_var + 1*relu_1_54_2_off_binary_indicator_var =e= 1;
e1407_.. - 1*pre_1_54_2 + 1*post_1_54_2 - 6.214580093017421*relu_1_54_2_on_binary_indicator_var =g= -6.214580093017421;
e1408_.. - 1*pre_1_54_2 + 1*post_1_54_2 + 12.429160186034842*relu_1_54_2_on_binary_indicator_var =l= 12.429160186034842;
e1409_.. + 1*post_1_54_2 =g= 0;
e1410_.. + 1*post_1_54_2 + 6.214580093017421*relu_1_54_2_off_binary_indicator_var =l= 6.214580093017421;
e1411_.. + 1*pre_1_54_2 + 6.214580093017421*relu_1_54_2_off_binary_indicator_var =l= 6.214580093017421;
relu_1_55_0_above_pre.. + 1*pre_1_55_0 - 1*post_1_55_0 =l= 0;
relu_1_55_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_55_0_on_binary_indicator_var + 1*relu_1_55_0_off_binary_indicator_var =e= 1;
e1414_.. - 1*pre_1_55_0 + 1*post_1_55_0 - 4.820203494345149*relu_1_55_0_on_binary_indicator_var =g= -4.820203494345149;
e1415_.. - 1*pre_1_55_0 + 1*post_1_55_0 + 9.640406988690298*relu_1_55_0_on_binary_indicator_var =l= 9.640406988690298;
e1416_.. + 1*post_1_55_0 =g= 0;
e1417_.. + 1*post_1_55_0 + 4.820203494345149*relu_1_55_0_off_binary_indicator_var =l= 4.820203494345149;
e1418_.. + 1*pre_1_55_0 + 4.820203494345149*relu_1_55_0_off_binary_indicator_var =l= 4.820203494345149;
relu_1_55_1_above_pre.. + 1*pre_1_55_1 - 1*post_1_55_1 =l= 0;
relu_1_55_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_55_1_on_binary_indicator_var + 1*relu_1_55_1_off_binary_indicator_var =e= 1;
e1421_.. - 1*pre_1_55_1 + 1*post_1_55_1 - 4.820203494345149*relu_1_55_1_on_binary_indicator_var =g= -4.820203494345149;
e1422_.. - 1*pre_1_55_1 + 1*post_1_55_1 + 9.640406988690298*relu_1_55_1_on_binary_indicator_var =l= 9.640406988690298;
e1423_.. + 1*post_1_55_1 =g= 0;
e1424_.. + 1*post_1_55_1 + 4.820203494345149*relu_1_55_1_off_binary_indicator_var =l= 4.820203494345149;
e1425_.. + 1*pre_1_55_1 + 4.820203494345149*relu_1_55_1_off_binary_indicator_var =l= 4.820203494345149;
relu_1_55_2_above_pre.. + 1*pre_1_55_2 - 1*post_1_55_2 =l= 0;
relu_1_55_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_55_2_on_binary_indicator_var + 1*relu_1_55_2_off_binary_indicator_var =e= 1;
e1428_.. - 1*pre_1_55_2 + 1*post_1_55_2 - 4.820203494345149*relu_1_55_2_on_binary_indicator_var =g= -4.820203494345149;
e1429_.. - 1*pre_1_55_2 + 1*post_1_55_2 + 9.640406988690298*relu_1_55_2_on_binary_indicator_var =l= 9.640406988690298;
e1430_.. + 1*post_1_55_2 =g= 0;
e1431_.. + 1*post_1_55_2 + 4.820203494345149*relu_1_55_2_off_binary_indicator_var =l= 4.820203494345149;
e1432_.. + 1*pre_1_55_2 + 4.820203494345149*relu_1_55_2_off_binary_indicator_var =l= 4.820203494345149;
relu_1_56_0_above_pre.. + 1*pre_1_56_0 - 1*post_1_56_0 =l= 0;
relu_1_56_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_56_0_on_binary_indicator_var + 1*relu_1_56_0_off_binary_indicator_var =e= 1;
e1435_.. - 1*pre_1_56_0 + 1*post_1_56_0 - 6.8786556393890095*relu_1_56_0_on_binary_indicator_var =g= -6.8786556393890095;
e1436_.. - 1*pre_1_56_0 + 1*post_1_56_0 + 13.757311278778019*relu_1_56_0_on_binary_indicator_var =l= 13.757311278778019;
e1437_.. + 1*post_1_56_0 =g= 0;
e1438_.. + 1*post_1_56_0 + 6.8786556393890095*relu_1_56_0_off_binary_indicator_var =l= 6.8786556393890095;
e1439_.. + 1*pre_1_56_0 + 6.8786556393890095*relu_1_56_0_off_binary_indicator_var =l= 6.8786556393890095;
relu_1_56_1_above_pre.. + 1*pre_1_56_1 - 1*post_1_56_1 =l= 0;
relu_1_56_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_56_1_on_binary_indicator_var + 1*relu_1_56_1_off_binary_indicator_var =e= 1;
e1442_.. - 1*pre_1_56_1 + 1*post_1_56_1 - 6.8786556393890095*relu_1_56_1_on_binary_indicator_var =g= -6.8786556393890095;
e1443_.. - 1*pre_1_56_1 + 1*post_1_56_1 + 13.757311278778019*relu_1_56_1_on_binary_indicator_var =l= 13.757311278778019;
e1444_.. + 1*post_1_56_1 =g= 0;
e1445_.. + 1*post_1_56_1 + 6.8786556393890095*relu_1_56_1_off_binary_indicator_var =l= 6.8786556393890095;
e1446_.. + 1*pre_1_56_1 + 6.8786556393890095*relu_1_56_1_off_binary_indicator_var =l= 6.8786556393890095;
relu_1_56_2_above_pre.. + 1*pre_1_56_2 - 1*post_1_56_2 =l= 0;
relu_1_56_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_56_2_on_binary_indicator_var + 1*relu_1_56_2_off_binary_indicator_var =e= 1;
e1449_.. - 1*pre_1_56_2 + 1*post_1_56_2 - 6.8786556393890095*relu_1_56_2_on_binary_indicator_var =g= -6.8786556393890095;
e1450_.. - 1*pre_1_56_2 + 1*post_1_56_2 + 13.757311278778019*relu_1_56_2_on_binary_indicator_var =l= 13.757311278778019;
e1451_.. + 1*post_1_56_2 =g= 0;
e1452_.. + 1*post_1_56_2 + 6.8786556393890095*relu_1_56_2_off_binary_indicator_var =l= 6.8786556393890095;
e1453_.. + 1*pre_1_56_2 + 6.8786556393890095*relu_1_56_2_off_binary_indicator_var =l= 6.8786556393890095;
relu_1_57_0_above_pre.. + 1*pre_1_57_0 - 1*post_1_57_0 =l= 0;
relu_1_57_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_57_0_on_binary_indicator_var + 1*relu_1_57_0_off_binary_indicator_var =e= 1;
e1456_.. - 1*pre_1_57_0 + 1*post_1_57_0 - 6.897455194484353*relu_1_57_0_on_binary_indicator_var =g= -6.897455194484353;
e1457_.. - 1*pre_1_57_0 + 1*post_1_57_0 + 13.794910388968706*relu_1_57_0_on_binary_indicator_var =l= 13.794910388968706;
e1458_.. + 1*post_1_57_0 =g= 0;
e1459_.. + 1*post_1_57_0 + 6.897455194484353*relu_1_57_0_off_binary_indicator_var =l= 6.897455194484353;
e1460_.. + 1*pre_1_57_0 + 6.897455194484353*relu_1_57_0_off_binary_indicator_var =l= 6.897455194484353;
relu_1_57_1_above_pre.. + 1*pre_1_57_1 - 1*post_1_57_1 =l= 0;
relu_1_57_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_57_1_on_binary_indicator_var + 1*relu_1_57_1_off_binary_indicator_var =e= 1;
e1463_.. - 1*pre_1_57_1 + 1*post_1_57_1 - 6.897455194484353*relu_1_57_1_on_binary_indicator_var =g= -6.897455194484353;
e1464_.. - 1*pre_1_57_1 + 1*post_1_57_1 + 13.794910388968706*relu_1_57_1_on_binary_indicator_var =l= 13.794910388968706;
e1465_.. + 1*post_1_57_1 =g= 0;
e1466_.. + 1*post_1_57_1 + 6.897455194484353*relu_1_57_1_off_binary_indicator_var =l= 6.897455194484353;
e1467_.. + 1*pre_1_57_1 + 6.897455194484353*relu_1_57_1_off_binary_indicator_var =l= 6.897455194484353;
relu_1_57_2_above_pre.. + 1*pre_1_57_2 - 1*post_1_57_2 =l= 0;
relu_1_57_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_57_2_on_binary_indicator_var + 1*relu_1_57_2_off_binary_indicator_var =e= 1;
e1470_.. - 1*pre_1_57_2 + 1*post_1_57_2 - 6.897455194484353*relu_1_57_2_on_binary_indicator_var =g= -6.897455194484353;
e1471_.. - 1*pre_1_57_2 + 1*post_1_57_2 + 13.794910388968706*relu_1_57_2_on_binary_indicator_var =l= 13.794910388968706;
e1472_.. + 1*post_1_57_2 =g= 0;
e1473_.. + 1*post_1_57_2 + 6.897455194484353*relu_1_57_2_off_binary_indicator_var =l= 6.897455194484353;
e1474_.. + 1*pre_1_57_2 + 6.897455194484353*relu_1_57_2_off_binary_indicator_var =l= 6.897455194484353;
relu_1_58_0_above_pre.. + 1*pre_1_58_0 - 1*post_1_58_0 =l= 0;
relu_1_58_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_58_0_on_binary_indicator_var + 1*relu_1_58_0_off_binary_indicator_var =e= 1;
e1477_.. - 1*pre_1_58_0 + 1*post_1_58_0 - 4.786753846830932*relu_1_58_0_on_binary_indicator_var =g= -4.786753846830932;
e1478_.. - 1*pre_1_58_0 + 1*post_1_58_0 + 9.573507693661863*relu_1_58_0_on_binary_indicator_var =l= 9.573507693661863;
e1479_.. + 1*post_1_58_0 =g= 0;
e1480_.. + 1*post_1_58_0 + 4.786753846830932*relu_1_58_0_off_binary_indicator_var =l= 4.786753846830932;
e1481_.. + 1*pre_1_58_0 + 4.786753846830932*relu_1_58_0_off_binary_indicator_var =l= 4.786753846830932;
relu_1_58_1_above_pre.. + 1*pre_1_58_1 - 1*post_1_58_1 =l= 0;
relu_1_58_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_58_1_on_binary_indicator_var + 1*relu_1_58_1_off_binary_indicator_var =e= 1;
e1484_.. - 1*pre_1_58_1 + 1*post_1_58_1 - 4.786753846830932*relu_1_58_1_on_binary_indicator_var =g= -4.786753846830932;
e1485_.. - 1*pre_1_58_1 + 1*post_1_58_1 + 9.573507693661863*relu_1_58_1_on_binary_indicator_var =l= 9.573507693661863;
e1486_.. + 1*post_1_58_1 =g= 0;
e1487_.. + 1*post_1_58_1 + 4.786753846830932*relu_1_58_1_off_binary_indicator_var =l= 4.786753846830932;
e1488_.. + 1*pre_1_58_1 + 4.786753846830932*relu_1_58_1_off_binary_indicator_var =l= 4.786753846830932;
relu_1_58_2_above_pre.. + 1*pre_1_58_2 - 1*post_1_58_2 =l= 0;
relu_1_58_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_58_2_on_binary_indicator_var + 1*relu_1_58_2_off_binary_indicator_var =e= 1;
e1491_.. - 1*pre_1_58_2 + 1*post_1_58_2 - 4.786753846830932*relu_1_58_2_on_binary_indicator_var =g= -4.786753846830932;
e1492_.. - 1*pre_1_58_2 + 1*post_1_58_2 + 9.573507693661863*relu_1_58_2_on_binary_indicator_var =l= 9.573507693661863;
e1493_.. + 1*post_1_58_2 =g= 0;
e1494_.. + 1*post_1_58_2 + 4.786753846830932*relu_1_58_2_off_binary_indicator_var =l= 4.786753846830932;
e1495_.. + 1*pre_1_58_2 + 4.786753846830932*relu_1_58_2_off_binary_indicator_var =l= 4.786753846830932;
relu_1_59_0_above_pre.. + 1*pre_1_59_0 - 1*post_1_59_0 =l= 0;
relu_1_59_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_59_0_on_binary_indicator_var + 1*relu_1_59_0_off_binary_indicator_var =e= 1;
e1498_.. - 1*pre_1_59_0 + 1*post_1_59_0 - 5.182807668516274*relu_1_59_0_on_binary_indicator_var =g= -5.182807668516274;
e1499_.. - 1*pre_1_59_0 + 1*post_1_59_0 + 10.365615337032548*relu_1_59_0_on_binary_indicator_var =l= 10.365615337032548;
e1500_.. + 1*post_1_59_0 =g= 0;
e1501_.. + 1*post_1_59_0 + 5.182807668516274*relu_1_59_0_off_binary_indicator_var =l= 5.182807668516274;
e1502_.. + 1*pre_1_59_0 + 5.182807668516274*relu_1_59_0_off_binary_indicator_var =l= 5.182807668516274;
relu_1_59_1_above_pre.. + 1*pre_1_59_1 - 1*post_1_59_1 =l= 0;
relu_1_59_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_59_1_on_binary_indicator_var + 1*relu_1_59_1_off_binary_indicator_var =e= 1;
e1505_.. - 1*pre_1_59_1 + 1*post_1_59_1 - 5.182807668516274*relu_1_59_1_on_binary_indicator_var =g= -5.182807668516274;
e1506_.. - 1*pre_1_59_1 + 1*post_1_59_1 + 10.365615337032548*relu_1_59_1_on_binary_indicator_var =l= 10.365615337032548;
e1507_.. + 1*post_1_59_1 =g= 0;
e1508_.. + 1*post_1_59_1 + 5.182807668516274*relu_1_59_1_off_binary_indicator_var =l= 5.182807668516274;
e1509_.. + 1*pre_1_59_1 + 5.182807668516274*relu_1_59_1_off_binary_indicator_var =l= 5.182807668516274;
relu_1_59_2_above_pre.. + 1*pre_1_59_2 - 1*post_1_59_2 =l= 0;
relu_1_59_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_59_2_on_binary_indicator_var + 1*relu_1_59_2_off_binary_indicator_var =e= 1;
e1512_.. - 1*pre_1_59_2 + 1*post_1_59_2 - 5.182807668516274*relu_1_59_2_on_binary_indicator_var =g= -5.182807668516274;
e1513_.. - 1*pre_1_59_2 + 1*post_1_59_2 + 10.365615337032548*relu_1_59_2_on_binary_indicator_var =l= 10.365615337032548;
e1514_.. + 1*post_1_59_2 =g= 0;
e1515_.. + 1*post_1_59_2 + 5.182807668516274*relu_1_59_2_off_binary_indicator_var =l= 5.182807668516274;
e1516_.. + 1*pre_1_59_2 + 5.182807668516274*relu_1_59_2_off_binary_indicator_var =l= 5.182807668516274;
relu_1_60_0_above_pre.. + 1*pre_1_60_0 - 1*post_1_60_0 =l= 0;
relu_1_60_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_60_0_on_binary_indicator_var + 1*relu_1_60_0_off_binary_indicator_var =e= 1;
e1519_.. - 1*pre_1_60_0 + 1*post_1_60_0 - 4.6323284254498525*relu_1_60_0_on_binary_indicator_var =g= -4.6323284254498525;
e1520_.. - 1*pre_1_60_0 + 1*post_1_60_0 + 9.264656850899705*relu_1_60_0_on_binary_indicator_var =l= 9.264656850899705;
e1521_.. + 1*post_1_60_0 =g= 0;
e1522_.. + 1*post_1_60_0 + 4.6323284254498525*relu_1_60_0_off_binary_indicator_var =l= 4.6323284254498525;
e1523_.. + 1*pre_1_60_0 + 4.6323284254498525*relu_1_60_0_off_binary_indicator_var =l= 4.6323284254498525;
relu_1_60_1_above_pre.. + 1*pre_1_60_1 - 1*post_1_60_1 =l= 0;
relu_1_60_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_60_1_on_binary_indicator_var + 1*relu_1_60_1_off_binary_indicator_var =e= 1;
e1526_.. - 1*pre_1_60_1 + 1*post_1_60_1 - 4.6323284254498525*relu_1_60_1_on_binary_indicator_var =g= -4.6323284254498525;
e1527_.. - 1*pre_1_60_1 + 1*post_1_60_1 + 9.264656850899705*relu_1_60_1_on_binary_indicator_var =l= 9.264656850899705;
e1528_.. + 1*post_1_60_1 =g= 0;
e1529_.. + 1*post_1_60_1 + 4.6323284254498525*relu_1_60_1_off_binary_indicator_var =l= 4.6323284254498525;
e1530_.. + 1*pre_1_60_1 + 4.6323284254498525*relu_1_60_1_off_binary_indicator_var =l= 4.6323284254498525;
relu_1_60_2_above_pre.. + 1*pre_1_60_2 - 1*post_1_60_2 =l= 0;
relu_1_60_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_60_2_on_binary_indicator_var + 1*relu_1_60_2_off_binary_indicator_var =e= 1;
e1533_.. - 1*pre_1_60_2 + 1*post_1_60_2 - 4.6323284254498525*relu_1_60_2_on_binary_indicator_var =g= -4.6323284254498525;
e1534_.. - 1*pre_1_60_2 + 1*post_1_60_2 + 9.264656850899705*relu_1_60_2_on_binary_indicator_var =l= 9.264656850899705;
e1535_.. + 1*post_1_60_2 =g= 0;
e1536_.. + 1*post_1_60_2 + 4.6323284254498525*relu_1_60_2_off_binary_indicator_var =l= 4.6323284254498525;
e1537_.. + 1*pre_1_60_2 + 4.6323284254498525*relu_1_60_2_off_binary_indicator_var =l= 4.6323284254498525;
relu_1_61_0_above_pre.. + 1*pre_1_61_0 - 1*post_1_61_0 =l= 0;
relu_1_61_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_61_0_on_binary_indicator_var + 1*relu_1_61_0_off_binary_indicator_var =e= 1;
e1540_.. - 1*pre_1_61_0 + 1*post_1_61_0 - 5.431347769740106*relu_1_61_0_on_binary_indicator_var =g= -5.431347769740106;
e1541_.. - 1*pre_1_61_0 + 1*post_1_61_0 + 10.862695539480212*relu_1_61_0_on_binary_indicator_var =l= 10.862695539480212;
e1542_.. + 1*post_1_61_0 =g= 0;
e1543_.. + 1*post_1_61_0 + 5.431347769740106*relu_1_61_0_off_binary_indicator_var =l= 5.431347769740106;
e1544_.. + 1*pre_1_61_0 + 5.431347769740106*relu_1_61_0_off_binary_indicator_var =l= 5.431347769740106;
relu_1_61_1_above_pre.. + 1*pre_1_61_1 - 1*post_1_61_1 =l= 0;
relu_1_61_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_61_1_on_binary_indicator_var + 1*relu_1_61_1_off_binary_indicator_var =e= 1;
e1547_.. - 1*pre_1_61_1 + 1*post_1_61_1 - 5.431347769740106*relu_1_61_1_on_binary_indicator_var =g= -5.431347769740106;
e1548_.. - 1*pre_1_61_1 + 1*post_1_61_1 + 10.862695539480212*relu_1_61_1_on_binary_indicator_var =l= 10.862695539480212;
e1549_.. + 1*post_1_61_1 =g= 0;
e1550_.. + 1*post_1_61_1 + 5.431347769740106*relu_1_61_1_off_binary_indicator_var =l= 5.431347769740106;
e1551_.. + 1*pre_1_61_1 + 5.431347769740106*relu_1_61_1_off_binary_indicator_var =l= 5.431347769740106;
relu_1_61_2_above_pre.. + 1*pre_1_61_2 - 1*post_1_61_2 =l= 0;
relu_1_61_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_61_2_on_binary_indicator_var + 1*relu_1_61_2_off_binary_indicator_var =e= 1;
e1554_.. - 1*pre_1_61_2 + 1*post_1_61_2 - 5.431347769740106*relu_1_61_2_on_binary_indicator_var =g= -5.431347769740106;
e1555_.. - 1*pre_1_61_2 + 1*post_1_61_2 + 10.862695539480212*relu_1_61_2_on_binary_indicator_var =l= 10.862695539480212;
e1556_.. + 1*post_1_61_2 =g= 0;
e1557_.. + 1*post_1_61_2 + 5.431347769740106*relu_1_61_2_off_binary_indicator_var =l= 5.431347769740106;
e1558_.. + 1*pre_1_61_2 + 5.431347769740106*relu_1_61_2_off_binary_indicator_var =l= 5.431347769740106;
relu_1_62_0_above_pre.. + 1*pre_1_62_0 - 1*post_1_62_0 =l= 0;
relu_1_62_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_62_0_on_binary_indicator_var + 1*relu_1_62_0_off_binary_indicator_var =e= 1;
e1561_.. - 1*pre_1_62_0 + 1*post_1_62_0 - 6.513504630703174*relu_1_62_0_on_binary_indicator_var =g= -6.513504630703174;
e1562_.. - 1*pre_1_62_0 + 1*post_1_62_0 + 13.027009261406349*relu_1_62_0_on_binary_indicator_var =l= 13.027009261406349;
e1563_.. + 1*post_1_62_0 =g= 0;
e1564_.. + 1*post_1_62_0 + 6.513504630703174*relu_1_62_0_off_binary_indicator_var =l= 6.513504630703174;
e1565_.. + 1*pre_1_62_0 + 6.513504630703174*relu_1_62_0_off_binary_indicator_var =l= 6.513504630703174;
relu_1_62_1_above_pre.. + 1*pre_1_62_1 - 1*post_1_62_1 =l= 0;
relu_1_62_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_62_1_on_binary_indicator_var + 1*relu_1_62_1_off_binary_indicator_var =e= 1;
e1568_.. - 1*pre_1_62_1 + 1*post_1_62_1 - 6.513504630703174*relu_1_62_1_on_binary_indicator_var =g= -6.513504630703174;
e1569_.. - 1*pre_1_62_1 + 1*post_1_62_1 + 13.027009261406349*relu_1_62_1_on_binary_indicator_var =l= 13.027009261406349;
e1570_.. + 1*post_1_62_1 =g= 0;
e1571_.. + 1*post_1_62_1 + 6.513504630703174*relu_1_62_1_off_binary_indicator_var =l= 6.513504630703174;
e1572_.. + 1*pre_1_62_1 + 6.513504630703174*relu_1_62_1_off_binary_indicator_var =l= 6.513504630703174;
relu_1_62_2_above_pre.. + 1*pre_1_62_2 - 1*post_1_62_2 =l= 0;
relu_1_62_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_62_2_on_binary_indicator_var + 1*relu_1_62_2_off_binary_indicator_var =e= 1;
e1575_.. - 1*pre_1_62_2 + 1*post_1_62_2 - 6.513504630703174*relu_1_62_2_on_binary_indicator_var =g= -6.513504630703174;
e1576_.. - 1*pre_1_62_2 + 1*post_1_62_2 + 13.027009261406349*relu_1_62_2_on_binary_indicator_var =l= 13.027009261406349;
e1577_.. + 1*post_1_62_2 =g= 0;
e1578_.. + 1*post_1_62_2 + 6.513504630703174*relu_1_62_2_off_binary_indicator_var =l= 6.513504630703174;
e1579_.. + 1*pre_1_62_2 + 6.513504630703174*relu_1_62_2_off_binary_indicator_var =l= 6.513504630703174;
relu_1_63_0_above_pre.. + 1*pre_1_63_0 - 1*post_1_63_0 =l= 0;
relu_1_63_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_63_0_on_binary_indicator_var + 1*relu_1_63_0_off_binary_indicator_var =e= 1;
e1582_.. - 1*pre_1_63_0 + 1*post_1_63_0 - 4.099242596577638*relu_1_63_0_on_binary_indicator_var =g= -4.099242596577638;
e1583_.. - 1*pre_1_63_0 + 1*post_1_63_0 + 8.198485193155276*relu_1_63_0_on_binary_indicator_var =l= 8.198485193155276;
e1584_.. + 1*post_1_63_0 =g= 0;
e1585_.. + 1*post_1_63_0 + 4.099242596577638*relu_1_63_0_off_binary_indicator_var =l= 4.099242596577638;
e1586_.. + 1*pre_1_63_0 + 4.099242596577638*relu_1_63_0_off_binary_indicator_var =l= 4.099242596577638;
relu_1_63_1_above_pre.. + 1*pre_1_63_1 - 1*post_1_63_1 =l= 0;
relu_1_63_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_63_1_on_binary_indicator_var + 1*relu_1_63_1_off_binary_indicator_var =e= 1;
e1589_.. - 1*pre_1_63_1 + 1*post_1_63_1 - 4.099242596577638*relu_1_63_1_on_binary_indicator_var =g= -4.099242596577638;
e1590_.. - 1*pre_1_63_1 + 1*post_1_63_1 + 8.198485193155276*relu_1_63_1_on_binary_indicator_var =l= 8.198485193155276;
e1591_.. + 1*post_1_63_1 =g= 0;
e1592_.. + 1*post_1_63_1 + 4.099242596577638*relu_1_63_1_off_binary_indicator_var =l= 4.099242596577638;
e1593_.. + 1*pre_1_63_1 + 4.099242596577638*relu_1_63_1_off_binary_indicator_var =l= 4.099242596577638;
relu_1_63_2_above_pre.. + 1*pre_1_63_2 - 1*post_1_63_2 =l= 0;
relu_1_63_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_63_2_on_binary_indicator_var + 1*relu_1_63_2_off_binary_indicator_var =e= 1;
e1596_.. - 1*pre_1_63_2 + 1*post_1_63_2 - 4.099242596577638*relu_1_63_2_on_binary_indicator_var =g= -4.099242596577638;
e1597_.. - 1*pre_1_63_2 + 1*post_1_63_2 + 8.198485193155276*relu_1_63_2_on_binary_indicator_var =l= 8.198485193155276;
e1598_.. + 1*post_1_63_2 =g= 0;
e1599_.. + 1*post_1_63_2 + 4.099242596577638*relu_1_63_2_off_binary_indicator_var =l= 4.099242596577638;
e1600_.. + 1*pre_1_63_2 + 4.099242596577638*relu_1_63_2_off_binary_indicator_var =l= 4.099242596577638;

w_1_0_0.lo = -3;
w_1_0_0.up = 3;
w_1_0_1.lo = -3;
w_1_0_1.up = 3;
w_1_1_0.lo = -3;
w_1_1_0.up = 3;
w_1_1_1.lo = -3;
w_1_1_1.up = 3;
w_1_2_0.lo = -3;
w_1_2_0.up = 3;
w_1_2_1.lo = -3;
w_1_2_1.up = 3;
w_2_0_0.lo = -3;
w_2_0_0.up = 3;
w_2_0_1.lo = -3;
w_2_0_1.up = 3;
w_2_0_2.lo = -3;
w_2_0_2.up = 3;
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_1_2.lo = -3;
b_1_2.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
pre_1_0_0.lo = -7.176419226746878;
pre_1_0_0.up = 7.176419226746878;
pre_1_0_1.lo = -7.176419226746878;
pre_1_0_1.up = 7.176419226746878;
pre_1_0_2.lo = -7.176419226746878;
pre_1_0_2.up = 7.176419226746878;
pre_1_1_0.lo = -7.125139810483965;
pre_1_1_0.up = 7.125139810483965;
pre_1_1_1.lo = -7.125139810483965;
pre_1_1_1.up = 7.125139810483965;
pre_1_1_2.lo = -7.125139810483965;
pre_1_1_2.up = 7.125139810483965;
pre_1_2_0.lo = -4.450495978270242;
pre_1_2_0.up = 4.450495978270242;
pre_1_2_1.lo = -4.450495978270242;
pre_1_2_1.up = 4.450495978270242;
pre_1_2_2.lo = -4.450495978270242;
pre_1_2_2.up = 4.450495978270242;
pre_1_3_0.lo = -6.293958645941272;
pre_1_3_0.up = 6.293958645941272;
pre_1_3_1.lo = -6.293958645941272;
pre_1_3_1.up = 6.293958645941272;
pre_1_3_2.lo = -6.293958645941272;
pre_1_3_2.up = 6.293958645941272;
pre_1_4_0.lo = -6.278046829164398;
pre_1_4_0.up = 6.278046829164398;
pre_1_4_1.lo = -6.278046829164398;
pre_1_4_1.up = 6.278046829164398;
pre_1_4_2.lo = -6.278046829164398;
pre_1_4_2.up = 6.278046829164398;
pre_1_5_0.lo = -4.575447738333024;
pre_1_5_0.up = 4.575447738333024;
pre_1_5_1.lo = -4.575447738333024;
pre_1_5_1.up = 4.575447738333024;
pre_1_5_2.lo = -4.575447738333024;
pre_1_5_2.up = 4.575447738333024;
pre_1_6_0.lo = -6.681194289163965;
pre_1_6_0.up = 6.681194289163965;
pre_1_6_1.lo = -6.681194289163965;
pre_1_6_1.up = 6.681194289163965;
pre_1_6_2.lo = -6.681194289163965;
pre_1_6_2.up = 6.681194289163965;
pre_1_7_0.lo = -6.998263939541548;
pre_1_7_0.up = 6.998263939541548;
pre_1_7_1.lo = -6.998263939541548;
pre_1_7_1.up = 6.998263939541548;
pre_1_7_2.lo = -6.998263939541548;
pre_1_7_2.up = 6.998263939541548;
pre_1_8_0.lo = -5.033436041032538;
pre_1_8_0.up = 5.033436041032538;
pre_1_8_1.lo = -5.033436041032538;
pre_1_8_1.up = 5.033436041032538;
pre_1_8_2.lo = -5.033436041032538;
pre_1_8_2.up = 5.033436041032538;
pre_1_9_0.lo = -5.85589242599091;
pre_1_9_0.up = 5.85589242599091;
pre_1_9_1.lo = -5.85589242599091;
pre_1_9_1.up = 5.85589242599091;
pre_1_9_2.lo = -5.85589242599091;
pre_1_9_2.up = 5.85589242599091;
pre_1_10_0.lo = -4.481055976018846;
pre_1_10_0.up = 4.481055976018846;
pre_1_10_1.lo = -4.481055976018846;
pre_1_10_1.up = 4.481055976018846;
pre_1_10_2.lo = -4.481055976018846;
pre_1_10_2.up = 4.481055976018846;
pre_1_11_0.lo = -4.223536593655531;
pre_1_11_0.up = 4.223536593655531;
pre_1_11_1.lo = -4.223536593655531;
pre_1_11_1.up = 4.223536593655531;
pre_1_11_2.lo = -4.223536593655531;
pre_1_11_2.up = 4.223536593655531;
pre_1_12_0.lo = -7.9411881018315;
pre_1_12_0.up = 7.9411881018315;
pre_1_12_1.lo = -7.9411881018315;
pre_1_12_1.up = 7.9411881018315;
pre_1_12_2.lo = -7.9411881018315;
pre_1_12_2.up = 7.9411881018315;
pre_1_13_0.lo = -4.282407804124144;
pre_1_13_0.up = 4.282407804124144;
pre_1_13_1.lo = -4.282407804124144;
pre_1_13_1.up = 4.282407804124144;
pre_1_13_2.lo = -4.282407804124144;
pre_1_13_2.up = 4.282407804124144;
pre_1_14_0.lo = -4.634583834742528;
pre_1_14_0.up = 4.634583834742528;
pre_1_14_1.lo = -4.634583834742528;
pre_1_14_1.up = 4.634583834742528;
pre_1_14_2.lo = -4.634583834742528;
pre_1_14_2.up = 4.634583834742528;
pre_1_15_0.lo = -4.622818643788233;
pre_1_15_0.up = 4.622818643788233;
pre_1_15_1.lo = -4.622818643788233;
pre_1_15_1.up = 4.622818643788233;
pre_1_15_2.lo = -4.622818643788233;
pre_1_15_2.up = 4.622818643788233;
pre_1_16_0.lo = -6.978700550828476;
pre_1_16_0.up = 6.978700550828476;
pre_1_16_1.lo = -6.978700550828476;
pre_1_16_1.up = 6.978700550828476;
pre_1_16_2.lo = -6.978700550828476;
pre_1_16_2.up = 6.978700550828476;
pre_1_17_0.lo = -6.235030806621945;
pre_1_17_0.up = 6.235030806621945;
pre_1_17_1.lo = -6.235030806621945;
pre_1_17_1.up = 6.235030806621945;
pre_1_17_2.lo = -6.235030806621945;
pre_1_17_2.up = 6.235030806621945;
pre_1_18_0.lo = -6.718454730852487;
pre_1_18_0.up = 6.718454730852487;
pre_1_18_1.lo = -6.718454730852487;
pre_1_18_1.up = 6.718454730852487;
pre_1_18_2.lo = -6.718454730852487;
pre_1_18_2.up = 6.718454730852487;
pre_1_19_0.lo = -6.8226887269065095;
pre_1_19_0.up = 6.8226887269065095;
pre_1_19_1.lo = -6.8226887269065095;
pre_1_19_1.up = 6.8226887269065095;
pre_1_19_2.lo = -6.8226887269065095;
pre_1_19_2.up = 6.8226887269065095;
pre_1_20_0.lo = -6.631889427894872;
pre_1_20_0.up = 6.631889427894872;
pre_1_20_1.lo = -6.631889427894872;
pre_1_20_1.up = 6.631889427894872;
pre_1_20_2.lo = -6.631889427894872;
pre_1_20_2.up = 6.631889427894872;
pre_1_21_0.lo = -5.396286998735244;
pre_1_21_0.up = 5.396286998735244;
pre_1_21_1.lo = -5.396286998735244;
pre_1_21_1.up = 5.396286998735244;
pre_1_21_2.lo = -5.396286998735244;
pre_1_21_2.up = 5.396286998735244;
pre_1_22_0.lo = -6.394092367761281;
pre_1_22_0.up = 6.394092367761281;
pre_1_22_1.lo = -6.394092367761281;
pre_1_22_1.up = 6.394092367761281;
pre_1_22_2.lo = -6.394092367761281;
pre_1_22_2.up = 6.394092367761281;
pre_1_23_0.lo = -6.260561154684373;
pre_1_23_0.up = 6.260561154684373;
pre_1_23_1.lo = -6.260561154684373;
pre_1_23_1.up = 6.260561154684373;
pre_1_23_2.lo = -6.260561154684373;
pre_1_23_2.up = 6.260561154684373;
pre_1_24_0.lo = -7.264403459229737;
pre_1_24_0.up = 7.264403459229737;
pre_1_24_1.lo = -7.264403459229737;
pre_1_24_1.up = 7.264403459229737;
pre_1_24_2.lo = -7.264403459229737;
pre_1_24_2.up = 7.264403459229737;
pre_1_25_0.lo = -4.689817519007568;
pre_1_25_0.up = 4.689817519007568;
pre_1_25_1.lo = -4.689817519007568;
pre_1_25_1.up = 4.689817519007568;
pre_1_25_2.lo = -4.689817519007568;
pre_1_25_2.up = 4.689817519007568;
pre_1_26_0.lo = -5.834876603928876;
pre_1_26_0.up = 5.834876603928876;
pre_1_26_1.lo = -5.834876603928876;
pre_1_26_1.up = 5.834876603928876;
pre_1_26_2.lo = -5.834876603928876;
pre_1_26_2.up = 5.834876603928876;
pre_1_27_0.lo = -6.462017653570015;
pre_1_27_0.up = 6.462017653570015;
pre_1_27_1.lo = -6.462017653570015;
pre_1_27_1.up = 6.462017653570015;
pre_1_27_2.lo = -6.462017653570015;
pre_1_27_2.up = 6.462017653570015;
pre_1_28_0.lo = -6.141677231816878;
pre_1_28_0.up = 6.141677231816878;
pre_1_28_1.lo = -6.141677231816878;
pre_1_28_1.up = 6.141677231816878;
pre_1_28_2.lo = -6.141677231816878;
pre_1_28_2.up = 6.141677231816878;
pre_1_29_0.lo = -5.920664390112501;
pre_1_29_0.up = 5.920664390112501;
pre_1_29_1.lo = -5.920664390112501;
pre_1_29_1.up = 5.920664390112501;
pre_1_29_2.lo = -5.920664390112501;
pre_1_29_2.up = 5.920664390112501;
pre_1_30_0.lo = -5.728168080018541;
pre_1_30_0.up = 5.728168080018541;
pre_1_30_1.lo = -5.728168080018541;
pre_1_30_1.up = 5.728168080018541;
pre_1_30_2.lo = -5.728168080018541;
pre_1_30_2.up = 5.728168080018541;
pre_1_31_0.lo = -4.169908962997813;
pre_1_31_0.up = 4.169908962997813;
pre_1_31_1.lo = -4.169908962997813;
pre_1_31_1.up = 4.169908962997813;
pre_1_31_2.lo = -4.169908962997813;
pre_1_31_2.up = 4.169908962997813;
pre_1_32_0.lo = -8.664241081038536;
pre_1_32_0.up = 8.664241081038536;
pre_1_32_1.lo = -8.664241081038536;
pre_1_32_1.up = 8.664241081038536;
pre_1_32_2.lo = -8.664241081038536;
pre_1_32_2.up = 8.664241081038536;
pre_1_33_0.lo = -4.786102235995172;
pre_1_33_0.up = 4.786102235995172;
pre_1_33_1.lo = -4.786102235995172;
pre_1_33_1.up = 4.786102235995172;
pre_1_33_2.lo = -4.786102235995172;
pre_1_33_2.up = 4.786102235995172;
pre_1_34_0.lo = -3.1913367882549086;
pre_1_34_0.up = 3.1913367882549086;
pre_1_34_1.lo = -3.1913367882549086;
pre_1_34_1.up = 3.1913367882549086;
pre_1_34_2.lo = -3.1913367882549086;
pre_1_34_2.up = 3.1913367882549086;
pre_1_35_0.lo = -5.22677910814882;
pre_1_35_0.up = 5.22677910814882;
pre_1_35_1.lo = -5.22677910814882;
pre_1_35_1.up = 5.22677910814882;
pre_1_35_2.lo = -5.22677910814882;
pre_1_35_2.up = 5.22677910814882;
pre_1_36_0.lo = -5.673758698670875;
pre_1_36_0.up = 5.673758698670875;
pre_1_36_1.lo = -5.673758698670875;
pre_1_36_1.up = 5.673758698670875;
pre_1_36_2.lo = -5.673758698670875;
pre_1_36_2.up = 5.673758698670875;
pre_1_37_0.lo = -7.902762319994838;
pre_1_37_0.up = 7.902762319994838;
pre_1_37_1.lo = -7.902762319994838;
pre_1_37_1.up = 7.902762319994838;
pre_1_37_2.lo = -7.902762319994838;
pre_1_37_2.up = 7.902762319994838;
pre_1_38_0.lo = -6.938634274205215;
pre_1_38_0.up = 6.938634274205215;
pre_1_38_1.lo = -6.938634274205215;
pre_1_38_1.up = 6.938634274205215;
pre_1_38_2.lo = -6.938634274205215;
pre_1_38_2.up = 6.938634274205215;
pre_1_39_0.lo = -8.719319309755662;
pre_1_39_0.up = 8.719319309755662;
pre_1_39_1.lo = -8.719319309755662;
pre_1_39_1.up = 8.719319309755662;
pre_1_39_2.lo = -8.719319309755662;
pre_1_39_2.up = 8.719319309755662;
pre_1_40_0.lo = -8.069010781871519;
pre_1_40_0.up = 8.069010781871519;
pre_1_40_1.lo = -8.069010781871519;
pre_1_40_1.up = 8.069010781871519;
pre_1_40_2.lo = -8.069010781871519;
pre_1_40_2.up = 8.069010781871519;
pre_1_41_0.lo = -7.8506770042707945;
pre_1_41_0.up = 7.8506770042707945;
pre_1_41_1.lo = -7.8506770042707945;
pre_1_41_1.up = 7.8506770042707945;
pre_1_41_2.lo = -7.8506770042707945;
pre_1_41_2.up = 7.8506770042707945;
pre_1_42_0.lo = -8.175386217260854;
pre_1_42_0.up = 8.175386217260854;
pre_1_42_1.lo = -8.175386217260854;
pre_1_42_1.up = 8.175386217260854;
pre_1_42_2.lo = -8.175386217260854;
pre_1_42_2.up = 8.175386217260854;
pre_1_43_0.lo = -5.054315422411429;
pre_1_43_0.up = 5.054315422411429;
pre_1_43_1.lo = -5.054315422411429;
pre_1_43_1.up = 5.054315422411429;
pre_1_43_2.lo = -5.054315422411429;
pre_1_43_2.up = 5.054315422411429;
pre_1_44_0.lo = -6.417045954474024;
pre_1_44_0.up = 6.417045954474024;
pre_1_44_1.lo = -6.417045954474024;
pre_1_44_1.up = 6.417045954474024;
pre_1_44_2.lo = -6.417045954474024;
pre_1_44_2.up = 6.417045954474024;
pre_1_45_0.lo = -6.944399324947062;
pre_1_45_0.up = 6.944399324947062;
pre_1_45_1.lo = -6.944399324947062;
pre_1_45_1.up = 6.944399324947062;
pre_1_45_2.lo = -6.944399324947062;
pre_1_45_2.up = 6.944399324947062;
pre_1_46_0.lo = -3.5770894718859325;
pre_1_46_0.up = 3.5770894718859325;
pre_1_46_1.lo = -3.5770894718859325;
pre_1_46_1.up = 3.5770894718859325;
pre_1_46_2.lo = -3.5770894718859325;
pre_1_46_2.up = 3.5770894718859325;
pre_1_47_0.lo = -8.343039628756323;
pre_1_47_0.up = 8.343039628756323;
pre_1_47_1.lo = -8.343039628756323;
pre_1_47_1.up = 8.343039628756323;
pre_1_47_2.lo = -8.343039628756323;
pre_1_47_2.up = 8.343039628756323;
pre_1_48_0.lo = -5.078276655633345;
pre_1_48_0.up = 5.078276655633345;
pre_1_48_1.lo = -5.078276655633345;
pre_1_48_1.up = 5.078276655633345;
pre_1_48_2.lo = -5.078276655633345;
pre_1_48_2.up = 5.078276655633345;
pre_1_49_0.lo = -7.145126446279315;
pre_1_49_0.up = 7.145126446279315;
pre_1_49_1.lo = -7.145126446279315;
pre_1_49_1.up = 7.145126446279315;
pre_1_49_2.lo = -7.145126446279315;
pre_1_49_2.up = 7.145126446279315;
pre_1_50_0.lo = -7.451755636997136;
pre_1_50_0.up = 7.451755636997136;
pre_1_50_1.lo = -7.451755636997136;
pre_1_50_1.up = 7.451755636997136;
pre_1_50_2.lo = -7.451755636997136;
pre_1_50_2.up = 7.451755636997136;
pre_1_51_0.lo = -5.651177664354505;
pre_1_51_0.up = 5.651177664354505;
pre_1_51_1.lo = -5.651177664354505;
pre_1_51_1.up = 5.651177664354505;
pre_1_51_2.lo = -5.651177664354505;
pre_1_51_2.up = 5.651177664354505;
pre_1_52_0.lo = -7.651408697329851;
pre_1_52_0.up = 7.651408697329851;
pre_1_52_1.lo = -7.651408697329851;
pre_1_52_1.up = 7.651408697329851;
pre_1_52_2.lo = -7.651408697329851;
pre_1_52_2.up = 7.651408697329851;
pre_1_53_0.lo = -6.53400007457264;
pre_1_53_0.up = 6.53400007457264;
pre_1_53_1.lo = -6.53400007457264;
pre_1_53_1.up = 6.53400007457264;
pre_1_53_2.lo = -6.53400007457264;
pre_1_53_2.up = 6.53400007457264;
pre_1_54_0.lo = -6.214580093017421;
pre_1_54_0.up = 6.214580093017421;
pre_1_54_1.lo = -6.214580093017421;
pre_1_54_1.up = 6.214580093017421;
pre_1_54_2.lo = -6.214580093017421;
pre_1_54_2.up = 6.214580093017421;
pre_1_55_0.lo = -4.820203494345149;
pre_1_55_0.up = 4.820203494345149;
pre_1_55_1.lo = -4.820203494345149;
pre_1_55_1.up = 4.820203494345149;
pre_1_55_2.lo = -4.820203494345149;
pre_1_55_2.up = 4.820203494345149;
pre_1_56_0.lo = -6.8786556393890095;
pre_1_56_0.up = 6.8786556393890095;
pre_1_56_1.lo = -6.8786556393890095;
pre_1_56_1.up = 6.8786556393890095;
pre_1_56_2.lo = -6.8786556393890095;
pre_1_56_2.up = 6.8786556393890095;
pre_1_57_0.lo = -6.897455194484353;
pre_1_57_0.up = 6.897455194484353;
pre_1_57_1.lo = -6.897455194484353;
pre_1_57_1.up = 6.897455194484353;
pre_1_57_2.lo = -6.897455194484353;
pre_1_57_2.up = 6.897455194484353;
pre_1_58_0.lo = -4.786753846830932;
pre_1_58_0.up = 4.786753846830932;
pre_1_58_1.lo = -4.786753846830932;
pre_1_58_1.up = 4.786753846830932;
pre_1_58_2.lo = -4.786753846830932;
pre_1_58_2.up = 4.786753846830932;
pre_1_59_0.lo = -5.182807668516274;
pre_1_59_0.up = 5.182807668516274;
pre_1_59_1.lo = -5.182807668516274;
pre_1_59_1.up = 5.182807668516274;
pre_1_59_2.lo = -5.182807668516274;
pre_1_59_2.up = 5.182807668516274;
pre_1_60_0.lo = -4.6323284254498525;
pre_1_60_0.up = 4.6323284254498525;
pre_1_60_1.lo = -4.6323284254498525;
pre_1_60_1.up = 4.6323284254498525;
pre_1_60_2.lo = -4.6323284254498525;
pre_1_60_2.up = 4.6323284254498525;
pre_1_61_0.lo = -5.431347769740106;
pre_1_61_0.up = 5.431347769740106;
pre_1_61_1.lo = -5.431347769740106;
pre_1_61_1.up = 5.431347769740106;
pre_1_61_2.lo = -5.431347769740106;
pre_1_61_2.up = 5.431347769740106;
pre_1_62_0.lo = -6.513504630703174;
pre_1_62_0.up = 6.513504630703174;
pre_1_62_1.lo = -6.513504630703174;
pre_1_62_1.up = 6.513504630703174;
pre_1_62_2.lo = -6.513504630703174;
pre_1_62_2.up = 6.513504630703174;
pre_1_63_0.lo = -4.099242596577638;
pre_1_63_0.up = 4.099242596577638;
pre_1_63_1.lo = -4.099242596577638;
pre_1_63_1.up = 4.099242596577638;
pre_1_63_2.lo = -4.099242596577638;
pre_1_63_2.up = 4.099242596577638;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.176419226746878;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.176419226746878;
post_1_0_2.lo = 0;
post_1_0_2.up = 7.176419226746878;
post_1_1_0.lo = 0;
post_1_1_0.up = 7.125139810483965;
post_1_1_1.lo = 0;
post_1_1_1.up = 7.125139810483965;
post_1_1_2.lo = 0;
post_1_1_2.up = 7.125139810483965;
post_1_2_0.lo = 0;
post_1_2_0.up = 4.450495978270242;
post_1_2_1.lo = 0;
post_1_2_1.up = 4.450495978270242;
post_1_2_2.lo = 0;
post_1_2_2.up = 4.450495978270242;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.293958645941272;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.293958645941272;
post_1_3_2.lo = 0;
post_1_3_2.up = 6.293958645941272;
post_1_4_0.lo = 0;
post_1_4_0.up = 6.278046829164398;
post_1_4_1.lo = 0;
post_1_4_1.up = 6.278046829164398;
post_1_4_2.lo = 0;
post_1_4_2.up = 6.278046829164398;
post_1_5_0.lo = 0;
post_1_5_0.up = 4.575447738333024;
post_1_5_1.lo = 0;
post_1_5_1.up = 4.575447738333024;
post_1_5_2.lo = 0;
post_1_5_2.up = 4.575447738333024;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.681194289163965;
post_1_6_1.lo = 0;
post_1_6_1.up = 6.681194289163965;
post_1_6_2.lo = 0;
post_1_6_2.up = 6.681194289163965;
post_1_7_0.lo = 0;
post_1_7_0.up = 6.998263939541548;
post_1_7_1.lo = 0;
post_1_7_1.up = 6.998263939541548;
post_1_7_2.lo = 0;
post_1_7_2.up = 6.998263939541548;
post_1_8_0.lo = 0;
post_1_8_0.up = 5.033436041032538;
post_1_8_1.lo = 0;
post_1_8_1.up = 5.033436041032538;
post_1_8_2.lo = 0;
post_1_8_2.up = 5.033436041032538;
post_1_9_0.lo = 0;
post_1_9_0.up = 5.85589242599091;
post_1_9_1.lo = 0;
post_1_9_1.up = 5.85589242599091;
post_1_9_2.lo = 0;
post_1_9_2.up = 5.85589242599091;
post_1_10_0.lo = 0;
post_1_10_0.up = 4.481055976018846;
post_1_10_1.lo = 0;
post_1_10_1.up = 4.481055976018846;
post_1_10_2.lo = 0;
post_1_10_2.up = 4.481055976018846;
post_1_11_0.lo = 0;
post_1_11_0.up = 4.223536593655531;
post_1_11_1.lo = 0;
post_1_11_1.up = 4.223536593655531;
post_1_11_2.lo = 0;
post_1_11_2.up = 4.223536593655531;
post_1_12_0.lo = 0;
post_1_12_0.up = 7.9411881018315;
post_1_12_1.lo = 0;
post_1_12_1.up = 7.9411881018315;
post_1_12_2.lo = 0;
post_1_12_2.up = 7.9411881018315;
post_1_13_0.lo = 0;
post_1_13_0.up = 4.282407804124144;
post_1_13_1.lo = 0;
post_1_13_1.up = 4.282407804124144;
post_1_13_2.lo = 0;
post_1_13_2.up = 4.282407804124144;
post_1_14_0.lo = 0;
post_1_14_0.up = 4.634583834742528;
post_1_14_1.lo = 0;
post_1_14_1.up = 4.634583834742528;
post_1_14_2.lo = 0;
post_1_14_2.up = 4.634583834742528;
post_1_15_0.lo = 0;
post_1_15_0.up = 4.622818643788233;
post_1_15_1.lo = 0;
post_1_15_1.up = 4.622818643788233;
post_1_15_2.lo = 0;
post_1_15_2.up = 4.622818643788233;
post_1_16_0.lo = 0;
post_1_16_0.up = 6.978700550828476;
post_1_16_1.lo = 0;
post_1_16_1.up = 6.978700550828476;
post_1_16_2.lo = 0;
post_1_16_2.up = 6.978700550828476;
post_1_17_0.lo = 0;
post_1_17_0.up = 6.235030806621945;
post_1_17_1.lo = 0;
post_1_17_1.up = 6.235030806621945;
post_1_17_2.lo = 0;
post_1_17_2.up = 6.235030806621945;
post_1_18_0.lo = 0;
post_1_18_0.up = 6.718454730852487;
post_1_18_1.lo = 0;
post_1_18_1.up = 6.718454730852487;
post_1_18_2.lo = 0;
post_1_18_2.up = 6.718454730852487;
post_1_19_0.lo = 0;
post_1_19_0.up = 6.8226887269065095;
post_1_19_1.lo = 0;
post_1_19_1.up = 6.8226887269065095;
post_1_19_2.lo = 0;
post_1_19_2.up = 6.8226887269065095;
post_1_20_0.lo = 0;
post_1_20_0.up = 6.631889427894872;
post_1_20_1.lo = 0;
post_1_20_1.up = 6.631889427894872;
post_1_20_2.lo = 0;
post_1_20_2.up = 6.631889427894872;
post_1_21_0.lo = 0;
post_1_21_0.up = 5.396286998735244;
post_1_21_1.lo = 0;
post_1_21_1.up = 5.396286998735244;
post_1_21_2.lo = 0;
post_1_21_2.up = 5.396286998735244;
post_1_22_0.lo = 0;
post_1_22_0.up = 6.394092367761281;
post_1_22_1.lo = 0;
post_1_22_1.up = 6.394092367761281;
post_1_22_2.lo = 0;
post_1_22_2.up = 6.394092367761281;
post_1_23_0.lo = 0;
post_1_23_0.up = 6.260561154684373;
post_1_23_1.lo = 0;
post_1_23_1.up = 6.260561154684373;
post_1_23_2.lo = 0;
post_1_23_2.up = 6.260561154684373;
post_1_24_0.lo = 0;
post_1_24_0.up = 7.264403459229737;
post_1_24_1.lo = 0;
post_1_24_1.up = 7.264403459229737;
post_1_24_2.lo = 0;
post_1_24_2.up = 7.264403459229737;
post_1_25_0.lo = 0;
post_1_25_0.up = 4.689817519007568;
post_1_25_1.lo = 0;
post_1_25_1.up = 4.689817519007568;
post_1_25_2.lo = 0;
post_1_25_2.up = 4.689817519007568;
post_1_26_0.lo = 0;
post_1_26_0.up = 5.834876603928876;
post_1_26_1.lo = 0;
post_1_26_1.up = 5.834876603928876;
post_1_26_2.lo = 0;
post_1_26_2.up = 5.834876603928876;
post_1_27_0.lo = 0;
post_1_27_0.up = 6.462017653570015;
post_1_27_1.lo = 0;
post_1_27_1.up = 6.462017653570015;
post_1_27_2.lo = 0;
post_1_27_2.up = 6.462017653570015;
post_1_28_0.lo = 0;
post_1_28_0.up = 6.141677231816878;
post_1_28_1.lo = 0;
post_1_28_1.up = 6.141677231816878;
post_1_28_2.lo = 0;
post_1_28_2.up = 6.141677231816878;
post_1_29_0.lo = 0;
post_1_29_0.up = 5.920664390112501;
post_1_29_1.lo = 0;
post_1_29_1.up = 5.920664390112501;
post_1_29_2.lo = 0;
post_1_29_2.up = 5.920664390112501;
post_1_30_0.lo = 0;
post_1_30_0.up = 5.728168080018541;
post_1_30_1.lo = 0;
post_1_30_1.up = 5.728168080018541;
post_1_30_2.lo = 0;
post_1_30_2.up = 5.728168080018541;
post_1_31_0.lo = 0;
post_1_31_0.up = 4.169908962997813;
post_1_31_1.lo = 0;
post_1_31_1.up = 4.169908962997813;
post_1_31_2.lo = 0;
post_1_31_2.up = 4.169908962997813;
post_1_32_0.lo = 0;
post_1_32_0.up = 8.664241081038536;
post_1_32_1.lo = 0;
post_1_32_1.up = 8.664241081038536;
post_1_32_2.lo = 0;
post_1_32_2.up = 8.664241081038536;
post_1_33_0.lo = 0;
post_1_33_0.up = 4.786102235995172;
post_1_33_1.lo = 0;
post_1_33_1.up = 4.786102235995172;
post_1_33_2.lo = 0;
post_1_33_2.up = 4.786102235995172;
post_1_34_0.lo = 0;
post_1_34_0.up = 3.1913367882549086;
post_1_34_1.lo = 0;
post_1_34_1.up = 3.1913367882549086;
post_1_34_2.lo = 0;
post_1_34_2.up = 3.1913367882549086;
post_1_35_0.lo = 0;
post_1_35_0.up = 5.22677910814882;
post_1_35_1.lo = 0;
post_1_35_1.up = 5.22677910814882;
post_1_35_2.lo = 0;
post_1_35_2.up = 5.22677910814882;
post_1_36_0.lo = 0;
post_1_36_0.up = 5.673758698670875;
post_1_36_1.lo = 0;
post_1_36_1.up = 5.673758698670875;
post_1_36_2.lo = 0;
post_1_36_2.up = 5.673758698670875;
post_1_37_0.lo = 0;
post_1_37_0.up = 7.902762319994838;
post_1_37_1.lo = 0;
post_1_37_1.up = 7.902762319994838;
post_1_37_2.lo = 0;
post_1_37_2.up = 7.902762319994838;
post_1_38_0.lo = 0;
post_1_38_0.up = 6.938634274205215;
post_1_38_1.lo = 0;
post_1_38_1.up = 6.938634274205215;
post_1_38_2.lo = 0;
post_1_38_2.up = 6.938634274205215;
post_1_39_0.lo = 0;
post_1_39_0.up = 8.719319309755662;
post_1_39_1.lo = 0;
post_1_39_1.up = 8.719319309755662;
post_1_39_2.lo = 0;
post_1_39_2.up = 8.719319309755662;
post_1_40_0.lo = 0;
post_1_40_0.up = 8.069010781871519;
post_1_40_1.lo = 0;
post_1_40_1.up = 8.069010781871519;
post_1_40_2.lo = 0;
post_1_40_2.up = 8.069010781871519;
post_1_41_0.lo = 0;
post_1_41_0.up = 7.8506770042707945;
post_1_41_1.lo = 0;
post_1_41_1.up = 7.8506770042707945;
post_1_41_2.lo = 0;
post_1_41_2.up = 7.8506770042707945;
post_1_42_0.lo = 0;
post_1_42_0.up = 8.175386217260854;
post_1_42_1.lo = 0;
post_1_42_1.up = 8.175386217260854;
post_1_42_2.lo = 0;
post_1_42_2.up = 8.175386217260854;
post_1_43_0.lo = 0;
post_1_43_0.up = 5.054315422411429;
post_1_43_1.lo = 0;
post_1_43_1.up = 5.054315422411429;
post_1_43_2.lo = 0;
post_1_43_2.up = 5.054315422411429;
post_1_44_0.lo = 0;
post_1_44_0.up = 6.417045954474024;
post_1_44_1.lo = 0;
post_1_44_1.up = 6.417045954474024;
post_1_44_2.lo = 0;
post_1_44_2.up = 6.417045954474024;
post_1_45_0.lo = 0;
post_1_45_0.up = 6.944399324947062;
post_1_45_1.lo = 0;
post_1_45_1.up = 6.944399324947062;
post_1_45_2.lo = 0;
post_1_45_2.up = 6.944399324947062;
post_1_46_0.lo = 0;
post_1_46_0.up = 3.5770894718859325;
post_1_46_1.lo = 0;
post_1_46_1.up = 3.5770894718859325;
post_1_46_2.lo = 0;
post_1_46_2.up = 3.5770894718859325;
post_1_47_0.lo = 0;
post_1_47_0.up = 8.343039628756323;
post_1_47_1.lo = 0;
post_1_47_1.up = 8.343039628756323;
post_1_47_2.lo = 0;
post_1_47_2.up = 8.343039628756323;
post_1_48_0.lo = 0;
post_1_48_0.up = 5.078276655633345;
post_1_48_1.lo = 0;
post_1_48_1.up = 5.078276655633345;
post_1_48_2.lo = 0;
post_1_48_2.up = 5.078276655633345;
post_1_49_0.lo = 0;
post_1_49_0.up = 7.145126446279315;
post_1_49_1.lo = 0;
post_1_49_1.up = 7.145126446279315;
post_1_49_2.lo = 0;
post_1_49_2.up = 7.145126446279315;
post_1_50_0.lo = 0;
post_1_50_0.up = 7.451755636997136;
post_1_50_1.lo = 0;
post_1_50_1.up = 7.451755636997136;
post_1_50_2.lo = 0;
post_1_50_2.up = 7.451755636997136;
post_1_51_0.lo = 0;
post_1_51_0.up = 5.651177664354505;
post_1_51_1.lo = 0;
post_1_51_1.up = 5.651177664354505;
post_1_51_2.lo = 0;
post_1_51_2.up = 5.651177664354505;
post_1_52_0.lo = 0;
post_1_52_0.up = 7.651408697329851;
post_1_52_1.lo = 0;
post_1_52_1.up = 7.651408697329851;
post_1_52_2.lo = 0;
post_1_52_2.up = 7.651408697329851;
post_1_53_0.lo = 0;
post_1_53_0.up = 6.53400007457264;
post_1_53_1.lo = 0;
post_1_53_1.up = 6.53400007457264;
post_1_53_2.lo = 0;
post_1_53_2.up = 6.53400007457264;
post_1_54_0.lo = 0;
post_1_54_0.up = 6.214580093017421;
post_1_54_1.lo = 0;
post_1_54_1.up = 6.214580093017421;
post_1_54_2.lo = 0;
post_1_54_2.up = 6.214580093017421;
post_1_55_0.lo = 0;
post_1_55_0.up = 4.820203494345149;
post_1_55_1.lo = 0;
post_1_55_1.up = 4.820203494345149;
post_1_55_2.lo = 0;
post_1_55_2.up = 4.820203494345149;
post_1_56_0.lo = 0;
post_1_56_0.up = 6.8786556393890095;
post_1_56_1.lo = 0;
post_1_56_1.up = 6.8786556393890095;
post_1_56_2.lo = 0;
post_1_56_2.up = 6.8786556393890095;
post_1_57_0.lo = 0;
post_1_57_0.up = 6.897455194484353;
post_1_57_1.lo = 0;
post_1_57_1.up = 6.897455194484353;
post_1_57_2.lo = 0;
post_1_57_2.up = 6.897455194484353;
post_1_58_0.lo = 0;
post_1_58_0.up = 4.786753846830932;
post_1_58_1.lo = 0;
post_1_58_1.up = 4.786753846830932;
post_1_58_2.lo = 0;
post_1_58_2.up = 4.786753846830932;
post_1_59_0.lo = 0;
post_1_59_0.up = 5.182807668516274;
post_1_59_1.lo = 0;
post_1_59_1.up = 5.182807668516274;
post_1_59_2.lo = 0;
post_1_59_2.up = 5.182807668516274;
post_1_60_0.lo = 0;
post_1_60_0.up = 4.6323284254498525;
post_1_60_1.lo = 0;
post_1_60_1.up = 4.6323284254498525;
post_1_60_2.lo = 0;
post_1_60_2.up = 4.6323284254498525;
post_1_61_0.lo = 0;
post_1_61_0.up = 5.431347769740106;
post_1_61_1.lo = 0;
post_1_61_1.up = 5.431347769740106;
post_1_61_2.lo = 0;
post_1_61_2.up = 5.431347769740106;
post_1_62_0.lo = 0;
post_1_62_0.up = 6.513504630703174;
post_1_62_1.lo = 0;
post_1_62_1.up = 6.513504630703174;
post_1_62_2.lo = 0;
post_1_62_2.up = 6.513504630703174;
post_1_63_0.lo = 0;
post_1_63_0.up = 4.099242596577638;
post_1_63_1.lo = 0;
post_1_63_1.up = 4.099242596577638;
post_1_63_2.lo = 0;
post_1_63_2.up = 4.099242596577638;
out_0_0.lo = -67.5877730407219;
out_0_0.up = 67.5877730407219;
out_1_0.lo = -67.1262582943557;
out_1_0.up = 67.1262582943557;
out_2_0.lo = -43.054463804432174;
out_2_0.up = 43.054463804432174;
out_3_0.lo = -59.64562781347144;
out_3_0.up = 59.64562781347144;
out_4_0.lo = -59.50242146247958;
out_4_0.up = 59.50242146247958;
out_5_0.lo = -44.179029644997215;
out_5_0.up = 44.179029644997215;
out_6_0.lo = -63.13074860247569;
out_6_0.up = 63.13074860247569;
out_7_0.lo = -65.98437545587393;
out_7_0.up = 65.98437545587393;
out_8_0.lo = -48.300924369292844;
out_8_0.up = 48.300924369292844;
out_9_0.lo = -55.70303183391819;
out_9_0.up = 55.70303183391819;
out_10_0.lo = -43.32950378416961;
out_10_0.up = 43.32950378416961;
out_11_0.lo = -41.01182934289978;
out_11_0.up = 41.01182934289978;
out_12_0.lo = -74.4706929164835;
out_12_0.up = 74.4706929164835;
out_13_0.lo = -41.5416702371173;
out_13_0.up = 41.5416702371173;
out_14_0.lo = -44.71125451268274;
out_14_0.up = 44.71125451268274;
out_15_0.lo = -44.6053677940941;
out_15_0.up = 44.6053677940941;
out_16_0.lo = -65.80830495745627;
out_16_0.up = 65.80830495745627;
out_17_0.lo = -59.115277259597505;
out_17_0.up = 59.115277259597505;
out_18_0.lo = -63.46609257767239;
out_18_0.up = 63.46609257767239;
out_19_0.lo = -64.40419854215858;
out_19_0.up = 64.40419854215858;
out_20_0.lo = -62.68700485105384;
out_20_0.up = 62.68700485105384;
out_21_0.lo = -51.5665829886172;
out_21_0.up = 51.5665829886172;
out_22_0.lo = -60.54683130985153;
out_22_0.up = 60.54683130985153;
out_23_0.lo = -59.34505039215935;
out_23_0.up = 59.34505039215935;
out_24_0.lo = -68.37963113306763;
out_24_0.up = 68.37963113306763;
out_25_0.lo = -45.208357671068114;
out_25_0.up = 45.208357671068114;
out_26_0.lo = -55.513889435359886;
out_26_0.up = 55.513889435359886;
out_27_0.lo = -61.15815888213014;
out_27_0.up = 61.15815888213014;
out_28_0.lo = -58.275095086351904;
out_28_0.up = 58.275095086351904;
out_29_0.lo = -56.28597951101251;
out_29_0.up = 56.28597951101251;
out_30_0.lo = -54.55351272016687;
out_30_0.up = 54.55351272016687;
out_31_0.lo = -40.529180666980324;
out_31_0.up = 40.529180666980324;
out_32_0.lo = -80.97816972934683;
out_32_0.up = 80.97816972934683;
out_33_0.lo = -46.074920123956545;
out_33_0.up = 46.074920123956545;
out_34_0.lo = -31.72203109429418;
out_34_0.up = 31.72203109429418;
out_35_0.lo = -50.04101197333938;
out_35_0.up = 50.04101197333938;
out_36_0.lo = -54.06382828803788;
out_36_0.up = 54.06382828803788;
out_37_0.lo = -74.12486087995353;
out_37_0.up = 74.12486087995353;
out_38_0.lo = -65.44770846784695;
out_38_0.up = 65.44770846784695;
out_39_0.lo = -81.47387378780095;
out_39_0.up = 81.47387378780095;
out_40_0.lo = -75.62109703684368;
out_40_0.up = 75.62109703684368;
out_41_0.lo = -73.65609303843715;
out_41_0.up = 73.65609303843715;
out_42_0.lo = -76.57847595534768;
out_42_0.up = 76.57847595534768;
out_43_0.lo = -48.48883880170286;
out_43_0.up = 48.48883880170286;
out_44_0.lo = -60.75341359026622;
out_44_0.up = 60.75341359026622;
out_45_0.lo = -65.49959392452355;
out_45_0.up = 65.49959392452355;
out_46_0.lo = -35.1938052469734;
out_46_0.up = 35.1938052469734;
out_47_0.lo = -78.0873566588069;
out_47_0.up = 78.0873566588069;
out_48_0.lo = -48.704489900700096;
out_48_0.up = 48.704489900700096;
out_49_0.lo = -67.30613801651384;
out_49_0.up = 67.30613801651384;
out_50_0.lo = -70.06580073297422;
out_50_0.up = 70.06580073297422;
out_51_0.lo = -53.86059897919054;
out_51_0.up = 53.86059897919054;
out_52_0.lo = -71.86267827596866;
out_52_0.up = 71.86267827596866;
out_53_0.lo = -61.80600067115377;
out_53_0.up = 61.80600067115377;
out_54_0.lo = -58.931220837156786;
out_54_0.up = 58.931220837156786;
out_55_0.lo = -46.38183144910634;
out_55_0.up = 46.38183144910634;
out_56_0.lo = -64.90790075450109;
out_56_0.up = 64.90790075450109;
out_57_0.lo = -65.07709675035917;
out_57_0.up = 65.07709675035917;
out_58_0.lo = -46.08078462147839;
out_58_0.up = 46.08078462147839;
out_59_0.lo = -49.645269016646466;
out_59_0.up = 49.645269016646466;
out_60_0.lo = -44.690955829048676;
out_60_0.up = 44.690955829048676;
out_61_0.lo = -51.882129927660955;
out_61_0.up = 51.882129927660955;
out_62_0.lo = -61.62154167632857;
out_62_0.up = 61.62154167632857;
out_63_0.lo = -39.89318336919874;
out_63_0.up = 39.89318336919874;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
