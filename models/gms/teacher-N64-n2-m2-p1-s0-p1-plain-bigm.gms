* teacher-N64-n2-m2-p1-s0-p1-plain-bigm  (relu-opt library: teacher-N64-n2-m2-p1-s0, problem 1, plain-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1,
  pre_1_7_0, pre_1_7_1, pre_1_8_0, pre_1_8_1, pre_1_9_0, pre_1_9_1, pre_1_10_0, pre_1_10_1,
  pre_1_11_0, pre_1_11_1, pre_1_12_0, pre_1_12_1, pre_1_13_0, pre_1_13_1, pre_1_14_0, pre_1_14_1,
  pre_1_15_0, pre_1_15_1, pre_1_16_0, pre_1_16_1, pre_1_17_0, pre_1_17_1, pre_1_18_0, pre_1_18_1,
  pre_1_19_0, pre_1_19_1, pre_1_20_0, pre_1_20_1, pre_1_21_0, pre_1_21_1, pre_1_22_0, pre_1_22_1,
  pre_1_23_0, pre_1_23_1, pre_1_24_0, pre_1_24_1, pre_1_25_0, pre_1_25_1, pre_1_26_0, pre_1_26_1,
  pre_1_27_0, pre_1_27_1, pre_1_28_0, pre_1_28_1, pre_1_29_0, pre_1_29_1, pre_1_30_0, pre_1_30_1,
  pre_1_31_0, pre_1_31_1, pre_1_32_0, pre_1_32_1, pre_1_33_0, pre_1_33_1, pre_1_34_0, pre_1_34_1,
  pre_1_35_0, pre_1_35_1, pre_1_36_0, pre_1_36_1, pre_1_37_0, pre_1_37_1, pre_1_38_0, pre_1_38_1,
  pre_1_39_0, pre_1_39_1, pre_1_40_0, pre_1_40_1, pre_1_41_0, pre_1_41_1, pre_1_42_0, pre_1_42_1,
  pre_1_43_0, pre_1_43_1, pre_1_44_0, pre_1_44_1, pre_1_45_0, pre_1_45_1, pre_1_46_0, pre_1_46_1,
  pre_1_47_0, pre_1_47_1, pre_1_48_0, pre_1_48_1, pre_1_49_0, pre_1_49_1, pre_1_50_0, pre_1_50_1,
  pre_1_51_0, pre_1_51_1, pre_1_52_0, pre_1_52_1, pre_1_53_0, pre_1_53_1, pre_1_54_0, pre_1_54_1,
  pre_1_55_0, pre_1_55_1, pre_1_56_0, pre_1_56_1, pre_1_57_0, pre_1_57_1, pre_1_58_0, pre_1_58_1,
  pre_1_59_0, pre_1_59_1, pre_1_60_0, pre_1_60_1, pre_1_61_0, pre_1_61_1, pre_1_62_0, pre_1_62_1,
  pre_1_63_0, pre_1_63_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1,
  post_1_11_0, post_1_11_1, post_1_12_0, post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1,
  post_1_15_0, post_1_15_1, post_1_16_0, post_1_16_1, post_1_17_0, post_1_17_1, post_1_18_0, post_1_18_1,
  post_1_19_0, post_1_19_1, post_1_20_0, post_1_20_1, post_1_21_0, post_1_21_1, post_1_22_0, post_1_22_1,
  post_1_23_0, post_1_23_1, post_1_24_0, post_1_24_1, post_1_25_0, post_1_25_1, post_1_26_0, post_1_26_1,
  post_1_27_0, post_1_27_1, post_1_28_0, post_1_28_1, post_1_29_0, post_1_29_1, post_1_30_0, post_1_30_1,
  post_1_31_0, post_1_31_1, post_1_32_0, post_1_32_1, post_1_33_0, post_1_33_1, post_1_34_0, post_1_34_1,
  post_1_35_0, post_1_35_1, post_1_36_0, post_1_36_1, post_1_37_0, post_1_37_1, post_1_38_0, post_1_38_1,
  post_1_39_0, post_1_39_1, post_1_40_0, post_1_40_1, post_1_41_0, post_1_41_1, post_1_42_0, post_1_42_1,
  post_1_43_0, post_1_43_1, post_1_44_0, post_1_44_1, post_1_45_0, post_1_45_1, post_1_46_0, post_1_46_1,
  post_1_47_0, post_1_47_1, post_1_48_0, post_1_48_1, post_1_49_0, post_1_49_1, post_1_50_0, post_1_50_1,
  post_1_51_0, post_1_51_1, post_1_52_0, post_1_52_1, post_1_53_0, post_1_53_1, post_1_54_0, post_1_54_1,
  post_1_55_0, post_1_55_1, post_1_56_0, post_1_56_1, post_1_57_0, post_1_57_1, post_1_58_0, post_1_58_1,
  post_1_59_0, post_1_59_1, post_1_60_0, post_1_60_1, post_1_61_0, post_1_61_1, post_1_62_0, post_1_62_1,
  post_1_63_0, post_1_63_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0,
  out_14_0, out_15_0, out_16_0, out_17_0, out_18_0, out_19_0, out_20_0, out_21_0,
  out_22_0, out_23_0, out_24_0, out_25_0, out_26_0, out_27_0, out_28_0, out_29_0,
  out_30_0, out_31_0, out_32_0, out_33_0, out_34_0, out_35_0, out_36_0, out_37_0,
  out_38_0, out_39_0, out_40_0, out_41_0, out_42_0, out_43_0, out_44_0, out_45_0,
  out_46_0, out_47_0, out_48_0, out_49_0, out_50_0, out_51_0, out_52_0, out_53_0,
  out_54_0, out_55_0, out_56_0, out_57_0, out_58_0, out_59_0, out_60_0, out_61_0,
  out_62_0, out_63_0;

Binary Variables
  relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_3_0_on, relu_1_3_1_on,
  relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on, relu_1_7_0_on, relu_1_7_1_on,
  relu_1_8_0_on, relu_1_8_1_on, relu_1_9_0_on, relu_1_9_1_on, relu_1_10_0_on, relu_1_10_1_on, relu_1_11_0_on, relu_1_11_1_on,
  relu_1_12_0_on, relu_1_12_1_on, relu_1_13_0_on, relu_1_13_1_on, relu_1_14_0_on, relu_1_14_1_on, relu_1_15_0_on, relu_1_15_1_on,
  relu_1_16_0_on, relu_1_16_1_on, relu_1_17_0_on, relu_1_17_1_on, relu_1_18_0_on, relu_1_18_1_on, relu_1_19_0_on, relu_1_19_1_on,
  relu_1_20_0_on, relu_1_20_1_on, relu_1_21_0_on, relu_1_21_1_on, relu_1_22_0_on, relu_1_22_1_on, relu_1_23_0_on, relu_1_23_1_on,
  relu_1_24_0_on, relu_1_24_1_on, relu_1_25_0_on, relu_1_25_1_on, relu_1_26_0_on, relu_1_26_1_on, relu_1_27_0_on, relu_1_27_1_on,
  relu_1_28_0_on, relu_1_28_1_on, relu_1_29_0_on, relu_1_29_1_on, relu_1_30_0_on, relu_1_30_1_on, relu_1_31_0_on, relu_1_31_1_on,
  relu_1_32_0_on, relu_1_32_1_on, relu_1_33_0_on, relu_1_33_1_on, relu_1_34_0_on, relu_1_34_1_on, relu_1_35_0_on, relu_1_35_1_on,
  relu_1_36_0_on, relu_1_36_1_on, relu_1_37_0_on, relu_1_37_1_on, relu_1_38_0_on, relu_1_38_1_on, relu_1_39_0_on, relu_1_39_1_on,
  relu_1_40_0_on, relu_1_40_1_on, relu_1_41_0_on, relu_1_41_1_on, relu_1_42_0_on, relu_1_42_1_on, relu_1_43_0_on, relu_1_43_1_on,
  relu_1_44_0_on, relu_1_44_1_on, relu_1_45_0_on, relu_1_45_1_on, relu_1_46_0_on, relu_1_46_1_on, relu_1_47_0_on, relu_1_47_1_on,
  relu_1_48_0_on, relu_1_48_1_on, relu_1_49_0_on, relu_1_49_1_on, relu_1_50_0_on, relu_1_50_1_on, relu_1_51_0_on, relu_1_51_1_on,
  relu_1_52_0_on, relu_1_52_1_on, relu_1_53_0_on, relu_1_53_1_on, relu_1_54_0_on, relu_1_54_1_on, relu_1_55_0_on, relu_1_55_1_on,
  relu_1_56_0_on, relu_1_56_1_on, relu_1_57_0_on, relu_1_57_1_on, relu_1_58_0_on, relu_1_58_1_on, relu_1_59_0_on, relu_1_59_1_on,
  relu_1_60_0_on, relu_1_60_1_on, relu_1_61_0_on, relu_1_61_1_on, relu_1_62_0_on, relu_1_62_1_on, relu_1_63_0_on, relu_1_63_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_17_0, pre_definition_1_17_1, pre_definition_1_18_0, pre_definition_1_18_1, pre_definition_1_19_0,
  pre_definition_1_19_1, pre_definition_1_20_0, pre_definition_1_20_1, pre_definition_1_21_0, pre_definition_1_21_1, pre_definition_1_22_0, pre_definition_1_22_1, pre_definition_1_23_0,
  pre_definition_1_23_1, pre_definition_1_24_0, pre_definition_1_24_1, pre_definition_1_25_0, pre_definition_1_25_1, pre_definition_1_26_0, pre_definition_1_26_1, pre_definition_1_27_0,
  pre_definition_1_27_1, pre_definition_1_28_0, pre_definition_1_28_1, pre_definition_1_29_0, pre_definition_1_29_1, pre_definition_1_30_0, pre_definition_1_30_1, pre_definition_1_31_0,
  pre_definition_1_31_1, pre_definition_1_32_0, pre_definition_1_32_1, pre_definition_1_33_0, pre_definition_1_33_1, pre_definition_1_34_0, pre_definition_1_34_1, pre_definition_1_35_0,
  pre_definition_1_35_1, pre_definition_1_36_0, pre_definition_1_36_1, pre_definition_1_37_0, pre_definition_1_37_1, pre_definition_1_38_0, pre_definition_1_38_1, pre_definition_1_39_0,
  pre_definition_1_39_1, pre_definition_1_40_0, pre_definition_1_40_1, pre_definition_1_41_0, pre_definition_1_41_1, pre_definition_1_42_0, pre_definition_1_42_1, pre_definition_1_43_0,
  pre_definition_1_43_1, pre_definition_1_44_0, pre_definition_1_44_1, pre_definition_1_45_0, pre_definition_1_45_1, pre_definition_1_46_0, pre_definition_1_46_1, pre_definition_1_47_0,
  pre_definition_1_47_1, pre_definition_1_48_0, pre_definition_1_48_1, pre_definition_1_49_0, pre_definition_1_49_1, pre_definition_1_50_0, pre_definition_1_50_1, pre_definition_1_51_0,
  pre_definition_1_51_1, pre_definition_1_52_0, pre_definition_1_52_1, pre_definition_1_53_0, pre_definition_1_53_1, pre_definition_1_54_0, pre_definition_1_54_1, pre_definition_1_55_0,
  pre_definition_1_55_1, pre_definition_1_56_0, pre_definition_1_56_1, pre_definition_1_57_0, pre_definition_1_57_1, pre_definition_1_58_0, pre_definition_1_58_1, pre_definition_1_59_0,
  pre_definition_1_59_1, pre_definition_1_60_0, pre_definition_1_60_1, pre_definition_1_61_0, pre_definition_1_61_1, pre_definition_1_62_0, pre_definition_1_62_1, pre_definition_1_63_0,
  pre_definition_1_63_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0, out_definition_19_0, out_definition_20_0, out_definition_21_0, out_definition_22_0,
  out_definition_23_0, out_definition_24_0, out_definition_25_0, out_definition_26_0, out_definition_27_0, out_definition_28_0, out_definition_29_0, out_definition_30_0,
  out_definition_31_0, out_definition_32_0, out_definition_33_0, out_definition_34_0, out_definition_35_0, out_definition_36_0, out_definition_37_0, out_definition_38_0,
  out_definition_39_0, out_definition_40_0, out_definition_41_0, out_definition_42_0, out_definition_43_0, out_definition_44_0, out_definition_45_0, out_definition_46_0,
  out_definition_47_0, out_definition_48_0, out_definition_49_0, out_definition_50_0, out_definition_51_0, out_definition_52_0, out_definition_53_0, out_definition_54_0,
  out_definition_55_0, out_definition_56_0, out_definition_57_0, out_definition_58_0, out_definition_59_0, out_definition_60_0, out_definition_61_0, out_definition_62_0,
  out_definition_63_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre,
  relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active,
  relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive,
  relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_5_0_above_pre,
  relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active,
  relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive,
  relu_1_7_1_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active, relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active, relu_1_9_0_above_pre,
  relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active, relu_1_9_1_above_pre, relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active, relu_1_10_0_above_pre, relu_1_10_0_off_when_inactive, relu_1_10_0_pre_when_active,
  relu_1_10_1_above_pre, relu_1_10_1_off_when_inactive, relu_1_10_1_pre_when_active, relu_1_11_0_above_pre, relu_1_11_0_off_when_inactive, relu_1_11_0_pre_when_active, relu_1_11_1_above_pre, relu_1_11_1_off_when_inactive,
  relu_1_11_1_pre_when_active, relu_1_12_0_above_pre, relu_1_12_0_off_when_inactive, relu_1_12_0_pre_when_active, relu_1_12_1_above_pre, relu_1_12_1_off_when_inactive, relu_1_12_1_pre_when_active, relu_1_13_0_above_pre,
  relu_1_13_0_off_when_inactive, relu_1_13_0_pre_when_active, relu_1_13_1_above_pre, relu_1_13_1_off_when_inactive, relu_1_13_1_pre_when_active, relu_1_14_0_above_pre, relu_1_14_0_off_when_inactive, relu_1_14_0_pre_when_active,
  relu_1_14_1_above_pre, relu_1_14_1_off_when_inactive, relu_1_14_1_pre_when_active, relu_1_15_0_above_pre, relu_1_15_0_off_when_inactive, relu_1_15_0_pre_when_active, relu_1_15_1_above_pre, relu_1_15_1_off_when_inactive,
  relu_1_15_1_pre_when_active, relu_1_16_0_above_pre, relu_1_16_0_off_when_inactive, relu_1_16_0_pre_when_active, relu_1_16_1_above_pre, relu_1_16_1_off_when_inactive, relu_1_16_1_pre_when_active, relu_1_17_0_above_pre,
  relu_1_17_0_off_when_inactive, relu_1_17_0_pre_when_active, relu_1_17_1_above_pre, relu_1_17_1_off_when_inactive, relu_1_17_1_pre_when_active, relu_1_18_0_above_pre, relu_1_18_0_off_when_inactive, relu_1_18_0_pre_when_active,
  relu_1_18_1_above_pre, relu_1_18_1_off_when_inactive, relu_1_18_1_pre_when_active, relu_1_19_0_above_pre, relu_1_19_0_off_when_inactive, relu_1_19_0_pre_when_active, relu_1_19_1_above_pre, relu_1_19_1_off_when_inactive,
  relu_1_19_1_pre_when_active, relu_1_20_0_above_pre, relu_1_20_0_off_when_inactive, relu_1_20_0_pre_when_active, relu_1_20_1_above_pre, relu_1_20_1_off_when_inactive, relu_1_20_1_pre_when_active, relu_1_21_0_above_pre,
  relu_1_21_0_off_when_inactive, relu_1_21_0_pre_when_active, relu_1_21_1_above_pre, relu_1_21_1_off_when_inactive, relu_1_21_1_pre_when_active, relu_1_22_0_above_pre, relu_1_22_0_off_when_inactive, relu_1_22_0_pre_when_active,
  relu_1_22_1_above_pre, relu_1_22_1_off_when_inactive, relu_1_22_1_pre_when_active, relu_1_23_0_above_pre, relu_1_23_0_off_when_inactive, relu_1_23_0_pre_when_active, relu_1_23_1_above_pre, relu_1_23_1_off_when_inactive,
  relu_1_23_1_pre_when_active, relu_1_24_0_above_pre, relu_1_24_0_off_when_inactive, relu_1_24_0_pre_when_active, relu_1_24_1_above_pre, relu_1_24_1_off_when_inactive, relu_1_24_1_pre_when_active, relu_1_25_0_above_pre,
  relu_1_25_0_off_when_inactive, relu_1_25_0_pre_when_active, relu_1_25_1_above_pre, relu_1_25_1_off_when_inactive, relu_1_25_1_pre_when_active, relu_1_26_0_above_pre, relu_1_26_0_off_when_inactive, relu_1_26_0_pre_when_active,
  relu_1_26_1_above_pre, relu_1_26_1_off_when_inactive, relu_1_26_1_pre_when_active, relu_1_27_0_above_pre, relu_1_27_0_off_when_inactive, relu_1_27_0_pre_when_active, relu_1_27_1_above_pre, relu_1_27_1_off_when_inactive,
  relu_1_27_1_pre_when_active, relu_1_28_0_above_pre, relu_1_28_0_off_when_inactive, relu_1_28_0_pre_when_active, relu_1_28_1_above_pre, relu_1_28_1_off_when_inactive, relu_1_28_1_pre_when_active, relu_1_29_0_above_pre,
  relu_1_29_0_off_when_inactive, relu_1_29_0_pre_when_active, relu_1_29_1_above_pre, relu_1_29_1_off_when_inactive, relu_1_29_1_pre_when_active, relu_1_30_0_above_pre, relu_1_30_0_off_when_inactive, relu_1_30_0_pre_when_active,
  relu_1_30_1_above_pre, relu_1_30_1_off_when_inactive, relu_1_30_1_pre_when_active, relu_1_31_0_above_pre, relu_1_31_0_off_when_inactive, relu_1_31_0_pre_when_active, relu_1_31_1_above_pre, relu_1_31_1_off_when_inactive,
  relu_1_31_1_pre_when_active, relu_1_32_0_above_pre, relu_1_32_0_off_when_inactive, relu_1_32_0_pre_when_active, relu_1_32_1_above_pre, relu_1_32_1_off_when_inactive, relu_1_32_1_pre_when_active, relu_1_33_0_above_pre,
  relu_1_33_0_off_when_inactive, relu_1_33_0_pre_when_active, relu_1_33_1_above_pre, relu_1_33_1_off_when_inactive, relu_1_33_1_pre_when_active, relu_1_34_0_above_pre, relu_1_34_0_off_when_inactive, relu_1_34_0_pre_when_active,
  relu_1_34_1_above_pre, relu_1_34_1_off_when_inactive, relu_1_34_1_pre_when_active, relu_1_35_0_above_pre, relu_1_35_0_off_when_inactive, relu_1_35_0_pre_when_active, relu_1_35_1_above_pre, relu_1_35_1_off_when_inactive,
  relu_1_35_1_pre_when_active, relu_1_36_0_above_pre, relu_1_36_0_off_when_inactive, relu_1_36_0_pre_when_active, relu_1_36_1_above_pre, relu_1_36_1_off_when_inactive, relu_1_36_1_pre_when_active, relu_1_37_0_above_pre,
  relu_1_37_0_off_when_inactive, relu_1_37_0_pre_when_active, relu_1_37_1_above_pre, relu_1_37_1_off_when_inactive, relu_1_37_1_pre_when_active, relu_1_38_0_above_pre, relu_1_38_0_off_when_inactive, relu_1_38_0_pre_when_active,
  relu_1_38_1_above_pre, relu_1_38_1_off_when_inactive, relu_1_38_1_pre_when_active, relu_1_39_0_above_pre, relu_1_39_0_off_when_inactive, relu_1_39_0_pre_when_active, relu_1_39_1_above_pre, relu_1_39_1_off_when_inactive,
  relu_1_39_1_pre_when_active, relu_1_40_0_above_pre, relu_1_40_0_off_when_inactive, relu_1_40_0_pre_when_active, relu_1_40_1_above_pre, relu_1_40_1_off_when_inactive, relu_1_40_1_pre_when_active, relu_1_41_0_above_pre,
  relu_1_41_0_off_when_inactive, relu_1_41_0_pre_when_active, relu_1_41_1_above_pre, relu_1_41_1_off_when_inactive, relu_1_41_1_pre_when_active, relu_1_42_0_above_pre, relu_1_42_0_off_when_inactive, relu_1_42_0_pre_when_active,
  relu_1_42_1_above_pre, relu_1_42_1_off_when_inactive, relu_1_42_1_pre_when_active, relu_1_43_0_above_pre, relu_1_43_0_off_when_inactive, relu_1_43_0_pre_when_active, relu_1_43_1_above_pre, relu_1_43_1_off_when_inactive,
  relu_1_43_1_pre_when_active, relu_1_44_0_above_pre, relu_1_44_0_off_when_inactive, relu_1_44_0_pre_when_active, relu_1_44_1_above_pre, relu_1_44_1_off_when_inactive, relu_1_44_1_pre_when_active, relu_1_45_0_above_pre,
  relu_1_45_0_off_when_inactive, relu_1_45_0_pre_when_active, relu_1_45_1_above_pre, relu_1_45_1_off_when_inactive, relu_1_45_1_pre_when_active, relu_1_46_0_above_pre, relu_1_46_0_off_when_inactive, relu_1_46_0_pre_when_active,
  relu_1_46_1_above_pre, relu_1_46_1_off_when_inactive, relu_1_46_1_pre_when_active, relu_1_47_0_above_pre, relu_1_47_0_off_when_inactive, relu_1_47_0_pre_when_active, relu_1_47_1_above_pre, relu_1_47_1_off_when_inactive,
  relu_1_47_1_pre_when_active, relu_1_48_0_above_pre, relu_1_48_0_off_when_inactive, relu_1_48_0_pre_when_active, relu_1_48_1_above_pre, relu_1_48_1_off_when_inactive, relu_1_48_1_pre_when_active, relu_1_49_0_above_pre,
  relu_1_49_0_off_when_inactive, relu_1_49_0_pre_when_active, relu_1_49_1_above_pre, relu_1_49_1_off_when_inactive, relu_1_49_1_pre_when_active, relu_1_50_0_above_pre, relu_1_50_0_off_when_inactive, relu_1_50_0_pre_when_active,
  relu_1_50_1_above_pre, relu_1_50_1_off_when_inactive, relu_1_50_1_pre_when_active, relu_1_51_0_above_pre, relu_1_51_0_off_when_inactive, relu_1_51_0_pre_when_active, relu_1_51_1_above_pre, relu_1_51_1_off_when_inactive,
  relu_1_51_1_pre_when_active, relu_1_52_0_above_pre, relu_1_52_0_off_when_inactive, relu_1_52_0_pre_when_active, relu_1_52_1_above_pre, relu_1_52_1_off_when_inactive, relu_1_52_1_pre_when_active, relu_1_53_0_above_pre,
  relu_1_53_0_off_when_inactive, relu_1_53_0_pre_when_active, relu_1_53_1_above_pre, relu_1_53_1_off_when_inactive, relu_1_53_1_pre_when_active, relu_1_54_0_above_pre, relu_1_54_0_off_when_inactive, relu_1_54_0_pre_when_active,
  relu_1_54_1_above_pre, relu_1_54_1_off_when_inactive, relu_1_54_1_pre_when_active, relu_1_55_0_above_pre, relu_1_55_0_off_when_inactive, relu_1_55_0_pre_when_active, relu_1_55_1_above_pre, relu_1_55_1_off_when_inactive,
  relu_1_55_1_pre_when_active, relu_1_56_0_above_pre, relu_1_56_0_off_when_inactive, relu_1_56_0_pre_when_active, relu_1_56_1_above_pre, relu_1_56_1_off_when_inactive, relu_1_56_1_pre_when_active, relu_1_57_0_above_pre,
  relu_1_57_0_off_when_inactive, relu_1_57_0_pre_when_active, relu_1_57_1_above_pre, relu_1_57_1_off_when_inactive, relu_1_57_1_pre_when_active, relu_1_58_0_above_pre, relu_1_58_0_off_when_inactive, relu_1_58_0_pre_when_active,
  relu_1_58_1_above_pre, relu_1_58_1_off_when_inactive, relu_1_58_1_pre_when_active, relu_1_59_0_above_pre, relu_1_59_0_off_when_inactive, relu_1_59_0_pre_when_active, relu_1_59_1_above_pre, relu_1_59_1_off_when_inactive,
  relu_1_59_1_pre_when_active, relu_1_60_0_above_pre, relu_1_60_0_off_when_inactive, relu_1_60_0_pre_when_active, relu_1_60_1_above_pre, relu_1_60_1_off_when_inactive, relu_1_60_1_pre_when_active, relu_1_61_0_above_pre,
  relu_1_61_0_off_when_inactive, relu_1_61_0_pre_when_active, relu_1_61_1_above_pre, relu_1_61_1_off_when_inactive, relu_1_61_1_pre_when_active, relu_1_62_0_above_pre, relu_1_62_0_off_when_inactive, relu_1_62_0_pre_when_active,
  relu_1_62_1_above_pre, relu_1_62_1_off_when_inactive, relu_1_62_1_pre_when_active, relu_1_63_0_above_pre, relu_1_63_0_off_when_inactive, relu_1_63_0_pre_when_active, relu_1_63_1_above_pre, relu_1_63_1_off_when_inactive,
  relu_1_63_1_pre_when_active;

e_obj.. - objvar - 0.41656930306720585*out_0_0 - 1.354989724992853*out_1_0 - 1.6592578138433056*out_2_0 - 1.1130871367139519*out_3_0 - 1.1005366788388045*out_4_0 - 2.580171656804515*out_5_0 - 1.4430335860064851*out_6_0
    - 0.8204503549802041*out_7_0 - 0.3646967079587168*out_8_0 - 0.5577818003144132*out_9_0 - 0.6364292340300106*out_10_0 - 2.0801753956160756*out_11_0 - 0.4426918605532268*out_12_0 - 1.48397970245269*out_13_0 - 0.20153057498086377*out_14_0
    - 1.466964133022745*out_15_0 - 1.1959693316224724*out_16_0 - 1.686553680540043*out_17_0 - 1.0545581245862419*out_18_0 - 1.8204646925472618*out_19_0 - 0.40440474709114954*out_20_0 - 0.46462990865198556*out_21_0 - 2.2558891201929874*out_22_0
    - 1.793745680595705*out_23_0 - 1.1161809326575773*out_24_0 - 1.5772391129894983*out_25_0 - 2.6271505427183732*out_26_0 - 1.4598481815852284*out_27_0 - 1.4953144868629675*out_28_0 - 0.8028963309483983*out_29_0 - 1.855691992480968*out_30_0
    - 0.6987005853011455*out_31_0 - 0.5653400823104033*out_32_0 - 0.750064971821737*out_33_0 - 0.7105708813712106*out_34_0 - 0.8822864923259176*out_35_0 - 1.3531324350322145*out_36_0 - 0.9792057646013065*out_37_0 - 0.5969381728866083*out_38_0
    - 1.4813143611362962*out_39_0 - 0.4500155202378165*out_40_0 - 1.5419114314820104*out_41_0 - 0.042938904308258474*out_42_0 - 1.5030326667908056*out_43_0 - 0.01203830398895217*out_44_0 - 0.7269194427991512*out_45_0 - 0.8927040300697947*out_46_0
    - 0.8831297878577514*out_47_0 - 1.3897682076897369*out_48_0 - 1.5299241578172167*out_49_0 - 0.5273759798470332*out_50_0 - 1.512977347681307*out_51_0 - 1.247685809772777*out_52_0 - 0.5539788597961708*out_53_0 - 1.1598251537495599*out_54_0
    - 2.071330896022751*out_55_0 + 0.0985575964483057*out_56_0 - 1.3704509038873947*out_57_0 - 0.9504992746598354*out_58_0 - 2.4014179386366394*out_59_0 - 1.2635185531680881*out_60_0 - 0.7782000929677937*out_61_0 - 1.3139402163034681*out_62_0
    - 0.519175627346528*out_63_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0) + 1*sqr(out_19_0) + 1*sqr(out_20_0) + 1*sqr(out_21_0) + 1*sqr(out_22_0)
    + 1*sqr(out_23_0) + 1*sqr(out_24_0) + 1*sqr(out_25_0) + 1*sqr(out_26_0) + 1*sqr(out_27_0) + 1*sqr(out_28_0) + 1*sqr(out_29_0) + 1*sqr(out_30_0)
    + 1*sqr(out_31_0) + 1*sqr(out_32_0) + 1*sqr(out_33_0) + 1*sqr(out_34_0) + 1*sqr(out_35_0) + 1*sqr(out_36_0) + 1*sqr(out_37_0) + 1*sqr(out_38_0)
    + 1*sqr(out_39_0) + 1*sqr(out_40_0) + 1*sqr(out_41_0) + 1*sqr(out_42_0) + 1*sqr(out_43_0) + 1*sqr(out_44_0) + 1*sqr(out_45_0) + 1*sqr(out_46_0)
    + 1*sqr(out_47_0) + 1*sqr(out_48_0) + 1*sqr(out_49_0) + 1*sqr(out_50_0) + 1*sqr(out_51_0) + 1*sqr(out_52_0) + 1*sqr(out_53_0) + 1*sqr(out_54_0)
    + 1*sqr(out_55_0) + 1*sqr(out_56_0) + 1*sqr(out_57_0) + 1*sqr(out_58_0) + 1*sqr(out_59_0) + 1*sqr(out_60_0) + 1*sqr(out_61_0) + 1*sqr(out_62_0)
    + 1*sqr(out_63_0) + 26.22642239898261 =e= 0;
pre_definition_1_0_0.. - 0.8701448475755365*w_1_0_0 - 0.6317071082430643*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.8701448475755365*w_1_1_0 - 0.6317071082430643*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.9945229996597038*w_1_0_0 - 0.7148085531751387*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.9945229996597038*w_1_1_0 - 0.7148085531751387*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.9328288493890713*w_1_0_0 - 0.45931089285988813*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.9328288493890713*w_1_1_0 - 0.45931089285988813*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.648688758794882*w_1_0_0 - 0.7263578446997732*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.648688758794882*w_1_1_0 - 0.7263578446997732*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.08292244049818343*w_1_0_0 + 0.40057621892523043*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.08292244049818343*w_1_1_0 + 0.40057621892523043*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.1546255576046831*w_1_0_0 + 0.9433606577090741*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.1546255576046831*w_1_1_0 + 0.9433606577090741*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.7514334470008721*w_1_0_0 - 0.34124882938726064*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.7514334470008721*w_1_1_0 - 0.34124882938726064*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.2943790231485002*w_1_0_0 - 0.2307702229625077*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.2943790231485002*w_1_1_0 - 0.2307702229625077*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. + 0.23264489147623313*w_1_0_0 - 0.994419871578422*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 0.23264489147623313*w_1_1_0 - 0.994419871578422*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.9616706775524602*w_1_0_0 - 0.3710839689613894*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.9616706775524602*w_1_1_0 - 0.3710839689613894*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. - 0.3009185525356326*w_1_0_0 - 0.37689346114188016*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.3009185525356326*w_1_1_0 - 0.37689346114188016*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. + 0.22215715204179243*w_1_0_0 + 0.7298069899551776*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.22215715204179243*w_1_1_0 + 0.7298069899551776*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 0.4429766803881634*w_1_0_0 - 0.050708644951451776*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.4429766803881634*w_1_1_0 - 0.050708644951451776*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. + 0.3795162488820887*w_1_0_0 + 0.028329282336421846*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.3795162488820887*w_1_1_0 + 0.028329282336421846*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.7789756686980005*w_1_0_0 - 0.8680870319124994*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.7789756686980005*w_1_1_0 - 0.8680870319124994*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. + 0.28440960658185954*w_1_0_0 - 0.14305966145952187*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.28440960658185954*w_1_1_0 - 0.14305966145952187*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_1_16_0.. + 0.3562612178481157*w_1_0_0 - 0.1886000603993936*w_1_0_1 - 1*b_1_0 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. + 0.3562612178481157*w_1_1_0 - 0.1886000603993936*w_1_1_1 - 1*b_1_1 + 1*pre_1_16_1 =e= 0;
pre_definition_1_17_0.. + 0.3241775489857335*w_1_0_0 + 0.21676199894367754*w_1_0_1 - 1*b_1_0 + 1*pre_1_17_0 =e= 0;
pre_definition_1_17_1.. + 0.3241775489857335*w_1_1_0 + 0.21676199894367754*w_1_1_1 - 1*b_1_1 + 1*pre_1_17_1 =e= 0;
pre_definition_1_18_0.. - 0.7805487040095846*w_1_0_0 + 0.5456848129332406*w_1_0_1 - 1*b_1_0 + 1*pre_1_18_0 =e= 0;
pre_definition_1_18_1.. - 0.7805487040095846*w_1_1_0 + 0.5456848129332406*w_1_1_1 - 1*b_1_1 + 1*pre_1_18_1 =e= 0;
pre_definition_1_19_0.. - 0.24637428937208483*w_1_0_0 + 0.8319693128352303*w_1_0_1 - 1*b_1_0 + 1*pre_1_19_0 =e= 0;
pre_definition_1_19_1.. - 0.24637428937208483*w_1_1_0 + 0.8319693128352303*w_1_1_1 - 1*b_1_1 + 1*pre_1_19_1 =e= 0;
pre_definition_1_20_0.. - 0.6652882953067956*w_1_0_0 - 0.5741966149773667*w_1_0_1 - 1*b_1_0 + 1*pre_1_20_0 =e= 0;
pre_definition_1_20_1.. - 0.6652882953067956*w_1_1_0 - 0.5741966149773667*w_1_1_1 - 1*b_1_1 + 1*pre_1_20_1 =e= 0;
pre_definition_1_21_0.. + 0.5212611140140957*w_1_0_0 - 0.7529684616214076*w_1_0_1 - 1*b_1_0 + 1*pre_1_21_0 =e= 0;
pre_definition_1_21_1.. + 0.5212611140140957*w_1_1_0 - 0.7529684616214076*w_1_1_1 - 1*b_1_1 + 1*pre_1_21_1 =e= 0;
pre_definition_1_22_0.. + 0.8828639303896113*w_1_0_0 + 0.32776587890867925*w_1_0_1 - 1*b_1_0 + 1*pre_1_22_0 =e= 0;
pre_definition_1_22_1.. + 0.8828639303896113*w_1_1_0 + 0.32776587890867925*w_1_1_1 - 1*b_1_1 + 1*pre_1_22_1 =e= 0;
pre_definition_1_23_0.. + 0.6994410662103219*w_1_0_0 + 0.09932126670142605*w_1_0_1 - 1*b_1_0 + 1*pre_1_23_0 =e= 0;
pre_definition_1_23_1.. + 0.6994410662103219*w_1_1_0 + 0.09932126670142605*w_1_1_1 - 1*b_1_1 + 1*pre_1_23_1 =e= 0;
pre_definition_1_24_0.. - 0.5926485405745885*w_1_0_0 + 0.5387155820125051*w_1_0_1 - 1*b_1_0 + 1*pre_1_24_0 =e= 0;
pre_definition_1_24_1.. - 0.5926485405745885*w_1_1_0 + 0.5387155820125051*w_1_1_1 - 1*b_1_1 + 1*pre_1_24_1 =e= 0;
pre_definition_1_25_0.. + 0.8959573978711808*w_1_0_0 + 0.1908963203569436*w_1_0_1 - 1*b_1_0 + 1*pre_1_25_0 =e= 0;
pre_definition_1_25_1.. + 0.8959573978711808*w_1_1_0 + 0.1908963203569436*w_1_1_1 - 1*b_1_1 + 1*pre_1_25_1 =e= 0;
pre_definition_1_26_0.. + 0.6029739109814893*w_1_0_0 + 0.8184939087617562*w_1_0_1 - 1*b_1_0 + 1*pre_1_26_0 =e= 0;
pre_definition_1_26_1.. + 0.6029739109814893*w_1_1_0 + 0.8184939087617562*w_1_1_1 - 1*b_1_1 + 1*pre_1_26_1 =e= 0;
pre_definition_1_27_0.. - 0.16066477197370133*w_1_0_0 + 0.4026077343621548*w_1_0_1 - 1*b_1_0 + 1*pre_1_27_0 =e= 0;
pre_definition_1_27_1.. - 0.16066477197370133*w_1_1_0 + 0.4026077343621548*w_1_1_1 - 1*b_1_1 + 1*pre_1_27_1 =e= 0;
pre_definition_1_28_0.. - 0.34398975591271874*w_1_0_0 + 0.6009691120635734*w_1_0_1 - 1*b_1_0 + 1*pre_1_28_0 =e= 0;
pre_definition_1_28_1.. - 0.34398975591271874*w_1_1_0 + 0.6009691120635734*w_1_1_1 - 1*b_1_1 + 1*pre_1_28_1 =e= 0;
pre_definition_1_29_0.. - 0.8842262210129956*w_1_0_0 + 0.2697796635103429*w_1_0_1 - 1*b_1_0 + 1*pre_1_29_0 =e= 0;
pre_definition_1_29_1.. - 0.8842262210129956*w_1_1_0 + 0.2697796635103429*w_1_1_1 - 1*b_1_1 + 1*pre_1_29_1 =e= 0;
pre_definition_1_30_0.. + 0.789009440859541*w_1_0_0 - 0.25821630307941845*w_1_0_1 - 1*b_1_0 + 1*pre_1_30_0 =e= 0;
pre_definition_1_30_1.. + 0.789009440859541*w_1_1_0 - 0.25821630307941845*w_1_1_1 - 1*b_1_1 + 1*pre_1_30_1 =e= 0;
pre_definition_1_31_0.. - 0.8543091061357349*w_1_0_0 + 0.11924569056843204*w_1_0_1 - 1*b_1_0 + 1*pre_1_31_0 =e= 0;
pre_definition_1_31_1.. - 0.8543091061357349*w_1_1_0 + 0.11924569056843204*w_1_1_1 - 1*b_1_1 + 1*pre_1_31_1 =e= 0;
pre_definition_1_32_0.. - 0.9091809873814745*w_1_0_0 + 0.00020837262470596585*w_1_0_1 - 1*b_1_0 + 1*pre_1_32_0 =e= 0;
pre_definition_1_32_1.. - 0.9091809873814745*w_1_1_0 + 0.00020837262470596585*w_1_1_1 - 1*b_1_1 + 1*pre_1_32_1 =e= 0;
pre_definition_1_33_0.. + 0.14954275030184894*w_1_0_0 - 0.24042690403075562*w_1_0_1 - 1*b_1_0 + 1*pre_1_33_0 =e= 0;
pre_definition_1_33_1.. + 0.14954275030184894*w_1_1_0 - 0.24042690403075562*w_1_1_1 - 1*b_1_1 + 1*pre_1_33_1 =e= 0;
pre_definition_1_34_0.. - 0.9901930104706482*w_1_0_0 - 0.8978873498755306*w_1_0_1 - 1*b_1_0 + 1*pre_1_34_0 =e= 0;
pre_definition_1_34_1.. - 0.9901930104706482*w_1_1_0 - 0.8978873498755306*w_1_1_1 - 1*b_1_1 + 1*pre_1_34_1 =e= 0;
pre_definition_1_35_0.. + 0.07990972138180785*w_1_0_0 - 0.5154576906165829*w_1_0_1 - 1*b_1_0 + 1*pre_1_35_0 =e= 0;
pre_definition_1_35_1.. + 0.07990972138180785*w_1_1_0 - 0.5154576906165829*w_1_1_1 - 1*b_1_1 + 1*pre_1_35_1 =e= 0;
pre_definition_1_36_0.. + 0.005154609024762058*w_1_0_0 - 0.05862432039354082*w_1_0_1 - 1*b_1_0 + 1*pre_1_36_0 =e= 0;
pre_definition_1_36_1.. + 0.005154609024762058*w_1_1_0 - 0.05862432039354082*w_1_1_1 - 1*b_1_1 + 1*pre_1_36_1 =e= 0;
pre_definition_1_37_0.. - 0.571571401427615*w_1_0_0 + 0.17068830128865842*w_1_0_1 - 1*b_1_0 + 1*pre_1_37_0 =e= 0;
pre_definition_1_37_1.. - 0.571571401427615*w_1_1_0 + 0.17068830128865842*w_1_1_1 - 1*b_1_1 + 1*pre_1_37_1 =e= 0;
pre_definition_1_38_0.. - 0.4689671435774587*w_1_0_0 - 0.4222857559794997*w_1_0_1 - 1*b_1_0 + 1*pre_1_38_0 =e= 0;
pre_definition_1_38_1.. - 0.4689671435774587*w_1_1_0 - 0.4222857559794997*w_1_1_1 - 1*b_1_1 + 1*pre_1_38_1 =e= 0;
pre_definition_1_39_0.. - 0.8641193732267565*w_1_0_0 + 0.7701347334381896*w_1_0_1 - 1*b_1_0 + 1*pre_1_39_0 =e= 0;
pre_definition_1_39_1.. - 0.8641193732267565*w_1_1_0 + 0.7701347334381896*w_1_1_1 - 1*b_1_1 + 1*pre_1_39_1 =e= 0;
pre_definition_1_40_0.. - 0.4580302341526188*w_1_0_0 - 0.8548478572491198*w_1_0_1 - 1*b_1_0 + 1*pre_1_40_0 =e= 0;
pre_definition_1_40_1.. - 0.4580302341526188*w_1_1_0 - 0.8548478572491198*w_1_1_1 - 1*b_1_1 + 1*pre_1_40_1 =e= 0;
pre_definition_1_41_0.. - 0.9358523798492928*w_1_0_0 + 0.9705873900692614*w_1_0_1 - 1*b_1_0 + 1*pre_1_41_0 =e= 0;
pre_definition_1_41_1.. - 0.9358523798492928*w_1_1_0 + 0.9705873900692614*w_1_1_1 - 1*b_1_1 + 1*pre_1_41_1 =e= 0;
pre_definition_1_42_0.. - 0.7272801804911515*w_1_0_0 - 0.9623900801326886*w_1_0_1 - 1*b_1_0 + 1*pre_1_42_0 =e= 0;
pre_definition_1_42_1.. - 0.7272801804911515*w_1_1_0 - 0.9623900801326886*w_1_1_1 - 1*b_1_1 + 1*pre_1_42_1 =e= 0;
pre_definition_1_43_0.. - 0.9144203592219271*w_1_0_0 + 0.7024719755350042*w_1_0_1 - 1*b_1_0 + 1*pre_1_43_0 =e= 0;
pre_definition_1_43_1.. - 0.9144203592219271*w_1_1_0 + 0.7024719755350042*w_1_1_1 - 1*b_1_1 + 1*pre_1_43_1 =e= 0;
pre_definition_1_44_0.. - 0.9452576276459099*w_1_0_0 - 0.7798711114410413*w_1_0_1 - 1*b_1_0 + 1*pre_1_44_0 =e= 0;
pre_definition_1_44_1.. - 0.9452576276459099*w_1_1_0 - 0.7798711114410413*w_1_1_1 - 1*b_1_1 + 1*pre_1_44_1 =e= 0;
pre_definition_1_45_0.. - 0.6447476550861408*w_1_0_0 + 0.040024152384335654*w_1_0_1 - 1*b_1_0 + 1*pre_1_45_0 =e= 0;
pre_definition_1_45_1.. - 0.6447476550861408*w_1_1_0 + 0.040024152384335654*w_1_1_1 - 1*b_1_1 + 1*pre_1_45_1 =e= 0;
pre_definition_1_46_0.. + 0.5352541607213923*w_1_0_0 - 0.6037611574366157*w_1_0_1 - 1*b_1_0 + 1*pre_1_46_0 =e= 0;
pre_definition_1_46_1.. + 0.5352541607213923*w_1_1_0 - 0.6037611574366157*w_1_1_1 - 1*b_1_1 + 1*pre_1_46_1 =e= 0;
pre_definition_1_47_0.. - 0.8470603195669391*w_1_0_0 + 0.46773945541541484*w_1_0_1 - 1*b_1_0 + 1*pre_1_47_0 =e= 0;
pre_definition_1_47_1.. - 0.8470603195669391*w_1_1_0 + 0.46773945541541484*w_1_1_1 - 1*b_1_1 + 1*pre_1_47_1 =e= 0;
pre_definition_1_48_0.. - 0.07786881524437383*w_1_0_0 + 0.114494342050937*w_1_0_1 - 1*b_1_0 + 1*pre_1_48_0 =e= 0;
pre_definition_1_48_1.. - 0.07786881524437383*w_1_1_0 + 0.114494342050937*w_1_1_1 - 1*b_1_1 + 1*pre_1_48_1 =e= 0;
pre_definition_1_49_0.. - 0.86203463196231*w_1_0_0 + 0.9189785776231307*w_1_0_1 - 1*b_1_0 + 1*pre_1_49_0 =e= 0;
pre_definition_1_49_1.. - 0.86203463196231*w_1_1_0 + 0.9189785776231307*w_1_1_1 - 1*b_1_1 + 1*pre_1_49_1 =e= 0;
pre_definition_1_50_0.. - 0.46401239131312155*w_1_0_0 - 0.22874649389799329*w_1_0_1 - 1*b_1_0 + 1*pre_1_50_0 =e= 0;
pre_definition_1_50_1.. - 0.46401239131312155*w_1_1_0 - 0.22874649389799329*w_1_1_1 - 1*b_1_1 + 1*pre_1_50_1 =e= 0;
pre_definition_1_51_0.. + 0.9432692697729579*w_1_0_0 - 0.43843954565348064*w_1_0_1 - 1*b_1_0 + 1*pre_1_51_0 =e= 0;
pre_definition_1_51_1.. + 0.9432692697729579*w_1_1_0 - 0.43843954565348064*w_1_1_1 - 1*b_1_1 + 1*pre_1_51_1 =e= 0;
pre_definition_1_52_0.. + 0.968016540952856*w_1_0_0 - 0.5159020047128562*w_1_0_1 - 1*b_1_0 + 1*pre_1_52_0 =e= 0;
pre_definition_1_52_1.. + 0.968016540952856*w_1_1_0 - 0.5159020047128562*w_1_1_1 - 1*b_1_1 + 1*pre_1_52_1 =e= 0;
pre_definition_1_53_0.. - 0.025517446524156107*w_1_0_0 - 0.8582084415940123*w_1_0_1 - 1*b_1_0 + 1*pre_1_53_0 =e= 0;
pre_definition_1_53_1.. - 0.025517446524156107*w_1_1_0 - 0.8582084415940123*w_1_1_1 - 1*b_1_1 + 1*pre_1_53_1 =e= 0;
pre_definition_1_54_0.. + 0.8678350065518505*w_1_0_0 - 0.6826345592247665*w_1_0_1 - 1*b_1_0 + 1*pre_1_54_0 =e= 0;
pre_definition_1_54_1.. + 0.8678350065518505*w_1_1_0 - 0.6826345592247665*w_1_1_1 - 1*b_1_1 + 1*pre_1_54_1 =e= 0;
pre_definition_1_55_0.. + 0.8666199824657972*w_1_0_0 + 0.31138004239174966*w_1_0_1 - 1*b_1_0 + 1*pre_1_55_0 =e= 0;
pre_definition_1_55_1.. + 0.8666199824657972*w_1_1_0 + 0.31138004239174966*w_1_1_1 - 1*b_1_1 + 1*pre_1_55_1 =e= 0;
pre_definition_1_56_0.. + 0.1394025361043334*w_1_0_0 - 0.9321241615681404*w_1_0_1 - 1*b_1_0 + 1*pre_1_56_0 =e= 0;
pre_definition_1_56_1.. + 0.1394025361043334*w_1_1_0 - 0.9321241615681404*w_1_1_1 - 1*b_1_1 + 1*pre_1_56_1 =e= 0;
pre_definition_1_57_0.. - 0.12446368445691403*w_1_0_0 + 0.4822708136581355*w_1_0_1 - 1*b_1_0 + 1*pre_1_57_0 =e= 0;
pre_definition_1_57_1.. - 0.12446368445691403*w_1_1_0 + 0.4822708136581355*w_1_1_1 - 1*b_1_1 + 1*pre_1_57_1 =e= 0;
pre_definition_1_58_0.. + 0.5166485718113101*w_1_0_0 - 0.7762366413183597*w_1_0_1 - 1*b_1_0 + 1*pre_1_58_0 =e= 0;
pre_definition_1_58_1.. + 0.5166485718113101*w_1_1_0 - 0.7762366413183597*w_1_1_1 - 1*b_1_1 + 1*pre_1_58_1 =e= 0;
pre_definition_1_59_0.. + 0.5482611431653512*w_1_0_0 + 0.750890588329433*w_1_0_1 - 1*b_1_0 + 1*pre_1_59_0 =e= 0;
pre_definition_1_59_1.. + 0.5482611431653512*w_1_1_0 + 0.750890588329433*w_1_1_1 - 1*b_1_1 + 1*pre_1_59_1 =e= 0;
pre_definition_1_60_0.. + 0.4233384859848448*w_1_0_0 - 0.1722461296254656*w_1_0_1 - 1*b_1_0 + 1*pre_1_60_0 =e= 0;
pre_definition_1_60_1.. + 0.4233384859848448*w_1_1_0 - 0.1722461296254656*w_1_1_1 - 1*b_1_1 + 1*pre_1_60_1 =e= 0;
pre_definition_1_61_0.. - 0.10818100434653566*w_1_0_0 - 0.6194215518255555*w_1_0_1 - 1*b_1_0 + 1*pre_1_61_0 =e= 0;
pre_definition_1_61_1.. - 0.10818100434653566*w_1_1_0 - 0.6194215518255555*w_1_1_1 - 1*b_1_1 + 1*pre_1_61_1 =e= 0;
pre_definition_1_62_0.. - 0.12095190401237166*w_1_0_0 + 0.423157571137579*w_1_0_1 - 1*b_1_0 + 1*pre_1_62_0 =e= 0;
pre_definition_1_62_1.. - 0.12095190401237166*w_1_1_0 + 0.423157571137579*w_1_1_1 - 1*b_1_1 + 1*pre_1_62_1 =e= 0;
pre_definition_1_63_0.. + 0.1742073146382146*w_1_0_0 - 0.6362419419418208*w_1_0_1 - 1*b_1_0 + 1*pre_1_63_0 =e= 0;
pre_definition_1_63_1.. + 0.1742073146382146*w_1_1_0 - 0.6362419419418208*w_1_1_1 - 1*b_1_1 + 1*pre_1_63_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*w_2_0_0*post_1_15_0 - 1*w_2_0_1*post_1_15_1 =e= 0;
out_definition_16_0.. - 1*b_2_0 + 1*out_16_0 - 1*w_2_0_0*post_1_16_0 - 1*w_2_0_1*post_1_16_1 =e= 0;
out_definition_17_0.. - 1*b_2_0 + 1*out_17_0 - 1*w_2_0_0*post_1_17_0 - 1*w_2_0_1*post_1_17_1 =e= 0;
out_definition_18_0.. - 1*b_2_0 + 1*out_18_0 - 1*w_2_0_0*post_1_18_0 - 1*w_2_0_1*post_1_18_1 =e= 0;
out_definition_19_0.. - 1*b_2_0 + 1*out_19_0 - 1*w_2_0_0*post_1_19_0 - 1*w_2_0_1*post_1_19_1 =e= 0;
out_definition_20_0.. - 1*b_2_0 + 1*out_20_0 - 1*w_2_0_0*post_1_20_0 - 1*w_2_0_1*post_1_20_1 =e= 0;
out_definition_21_0.. - 1*b_2_0 + 1*out_21_0 - 1*w_2_0_0*post_1_21_0 - 1*w_2_0_1*post_1_21_1 =e= 0;
out_definition_22_0.. - 1*b_2_0 + 1*out_22_0 - 1*w_2_0_0*post_1_22_0 - 1*w_2_0_1*post_1_22_1 =e= 0;
out_definition_23_0.. - 1*b_2_0 + 1*out_23_0 - 1*w_2_0_0*post_1_23_0 - 1*w_2_0_1*post_1_23_1 =e= 0;
out_definition_24_0.. - 1*b_2_0 + 1*out_24_0 - 1*w_2_0_0*post_1_24_0 - 1*w_2_0_1*post_1_24_1 =e= 0;
out_definition_25_0.. - 1*b_2_0 + 1*out_25_0 - 1*w_2_0_0*post_1_25_0 - 1*w_2_0_1*post_1_25_1 =e= 0;
out_definition_26_0.. - 1*b_2_0 + 1*out_26_0 - 1*w_2_0_0*post_1_26_0 - 1*w_2_0_1*post_1_26_1 =e= 0;
out_definition_27_0.. - 1*b_2_0 + 1*out_27_0 - 1*w_2_0_0*post_1_27_0 - 1*w_2_0_1*post_1_27_1 =e= 0;
out_definition_28_0.. - 1*b_2_0 + 1*out_28_0 - 1*w_2_0_0*post_1_28_0 - 1*w_2_0_1*post_1_28_1 =e= 0;
out_definition_29_0.. - 1*b_2_0 + 1*out_29_0 - 1*w_2_0_0*post_1_29_0 - 1*w_2_0_1*post_1_29_1 =e= 0;
out_definition_30_0.. - 1*b_2_0 + 1*out_30_0 - 1*w_2_0_0*post_1_30_0 - 1*w_2_0_1*post_1_30_1 =e= 0;
out_definition_31_0.. - 1*b_2_0 + 1*out_31_0 - 1*w_2_0_0*post_1_31_0 - 1*w_2_0_1*post_1_31_1 =e= 0;
out_definition_32_0.. - 1*b_2_0 + 1*out_32_0 - 1*w_2_0_0*post_1_32_0 - 1*w_2_0_1*post_1_32_1 =e= 0;
out_definition_33_0.. - 1*b_2_0 + 1*out_33_0 - 1*w_2_0_0*post_1_33_0 - 1*w_2_0_1*post_1_33_1 =e= 0;
out_definition_34_0.. - 1*b_2_0 + 1*out_34_0 - 1*w_2_0_0*post_1_34_0 - 1*w_2_0_1*post_1_34_1 =e= 0;
out_definition_35_0.. - 1*b_2_0 + 1*out_35_0 - 1*w_2_0_0*post_1_35_0 - 1*w_2_0_1*post_1_35_1 =e= 0;
out_definition_36_0.. - 1*b_2_0 + 1*out_36_0 - 1*w_2_0_0*post_1_36_0 - 1*w_2_0_1*post_1_36_1 =e= 0;
out_definition_37_0.. - 1*b_2_0 + 1*out_37_0 - 1*w_2_0_0*post_1_37_0 - 1*w_2_0_1*post_1_37_1 =e= 0;
out_definition_38_0.. - 1*b_2_0 + 1*out_38_0 - 1*w_2_0_0*post_1_38_0 - 1*w_2_0_1*post_1_38_1 =e= 0;
out_definition_39_0.. - 1*b_2_0 + 1*out_39_0 - 1*w_2_0_0*post_1_39_0 - 1*w_2_0_1*post_1_39_1 =e= 0;
out_definition_40_0.. - 1*b_2_0 + 1*out_40_0 - 1*w_2_0_0*post_1_40_0 - 1*w_2_0_1*post_1_40_1 =e= 0;
out_definition_41_0.. - 1*b_2_0 + 1*out_41_0 - 1*w_2_0_0*post_1_41_0 - 1*w_2_0_1*post_1_41_1 =e= 0;
out_definition_42_0.. - 1*b_2_0 + 1*out_42_0 - 1*w_2_0_0*post_1_42_0 - 1*w_2_0_1*post_1_42_1 =e= 0;
out_definition_43_0.. - 1*b_2_0 + 1*out_43_0 - 1*w_2_0_0*post_1_43_0 - 1*w_2_0_1*post_1_43_1 =e= 0;
out_definition_44_0.. - 1*b_2_0 + 1*out_44_0 - 1*w_2_0_0*post_1_44_0 - 1*w_2_0_1*post_1_44_1 =e= 0;
out_definition_45_0.. - 1*b_2_0 + 1*out_45_0 - 1*w_2_0_0*post_1_45_0 - 1*w_2_0_1*post_1_45_1 =e= 0;
out_definition_46_0.. - 1*b_2_0 + 1*out_46_0 - 1*w_2_0_0*post_1_46_0 - 1*w_2_0_1*post_1_46_1 =e= 0;
out_definition_47_0.. - 1*b_2_0 + 1*out_47_0 - 1*w_2_0_0*post_1_47_0 - 1*w_2_0_1*post_1_47_1 =e= 0;
out_definition_48_0.. - 1*b_2_0 + 1*out_48_0 - 1*w_2_0_0*post_1_48_0 - 1*w_2_0_1*post_1_48_1 =e= 0;
out_definition_49_0.. - 1*b_2_0 + 1*out_49_0 - 1*w_2_0_0*post_1_49_0 - 1*w_2_0_1*post_1_49_1 =e= 0;
out_definition_50_0.. - 1*b_2_0 + 1*out_50_0 - 1*w_2_0_0*post_1_50_0 - 1*w_2_0_1*post_1_50_1 =e= 0;
out_definition_51_0.. - 1*b_2_0 + 1*out_51_0 - 1*w_2_0_0*post_1_51_0 - 1*w_2_0_1*post_1_51_1 =e= 0;
out_definition_52_0.. - 1*b_2_0 + 1*out_52_0 - 1*w_2_0_0*post_1_52_0 - 1*w_2_0_1*post_1_52_1 =e= 0;
out_definition_53_0.. - 1*b_2_0 + 1*out_53_0 - 1*w_2_0_0*post_1_53_0 - 1*w_2_0_1*post_1_53_1 =e= 0;
out_definition_54_0.. - 1*b_2_0 + 1*out_54_0 - 1*w_2_0_0*post_1_54_0 - 1*w_2_0_1*post_1_54_1 =e= 0;
out_definition_55_0.. - 1*b_2_0 + 1*out_55_0 - 1*w_2_0_0*post_1_55_0 - 1*w_2_0_1*post_1_55_1 =e= 0;
out_definition_56_0.. - 1*b_2_0 + 1*out_56_0 - 1*w_2_0_0*post_1_56_0 - 1*w_2_0_1*post_1_56_1 =e= 0;
out_definition_57_0.. - 1*b_2_0 + 1*out_57_0 - 1*w_2_0_0*post_1_57_0 - 1*w_2_0_1*post_1_57_1 =e= 0;
out_definition_58_0.. - 1*b_2_0 + 1*out_58_0 - 1*w_2_0_0*post_1_58_0 - 1*w_2_0_1*post_1_58_1 =e= 0;
out_definition_59_0.. - 1*b_2_0 + 1*out_59_0 - 1*w_2_0_0*post_1_59_0 - 1*w_2_0_1*post_1_59_1 =e= 0;
out_definition_60_0.. - 1*b_2_0 + 1*out_60_0 - 1*w_2_0_0*post_1_60_0 - 1*w_2_0_1*post_1_60_1 =e= 0;
out_definition_61_0.. - 1*b_2_0 + 1*out_61_0 - 1*w_2_0_0*post_1_61_0 - 1*w_2_0_1*post_1_61_1 =e= 0;
out_definition_62_0.. - 1*b_2_0 + 1*out_62_0 - 1*w_2_0_0*post_1_62_0 - 1*w_2_0_1*post_1_62_1 =e= 0;
out_definition_63_0.. - 1*b_2_0 + 1*out_63_0 - 1*w_2_0_0*post_1_63_0 - 1*w_2_0_1*post_1_63_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 7.5055558674558025*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 7.5055558674558025*relu_1_0_0_on =l= 7.5055558674558025;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 7.5055558674558025*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 7.5055558674558025*relu_1_0_1_on =l= 7.5055558674558025;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 8.127994658504527*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 8.127994658504527*relu_1_1_0_on =l= 8.127994658504527;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 8.127994658504527*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 8.127994658504527*relu_1_1_1_on =l= 8.127994658504527;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 7.176419226746878*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 7.176419226746878*relu_1_2_0_on =l= 7.176419226746878;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 7.176419226746878*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 7.176419226746878*relu_1_2_1_on =l= 7.176419226746878;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 7.125139810483965*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 7.125139810483965*relu_1_3_0_on =l= 7.125139810483965;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 7.125139810483965*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 7.125139810483965*relu_1_3_1_on =l= 7.125139810483965;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 4.450495978270242*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 4.450495978270242*relu_1_4_0_on =l= 4.450495978270242;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 4.450495978270242*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 4.450495978270242*relu_1_4_1_on =l= 4.450495978270242;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 6.293958645941272*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 6.293958645941272*relu_1_5_0_on =l= 6.293958645941272;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 6.293958645941272*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 6.293958645941272*relu_1_5_1_on =l= 6.293958645941272;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 6.278046829164398*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 6.278046829164398*relu_1_6_0_on =l= 6.278046829164398;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 6.278046829164398*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 6.278046829164398*relu_1_6_1_on =l= 6.278046829164398;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 4.575447738333024*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 4.575447738333024*relu_1_7_0_on =l= 4.575447738333024;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 4.575447738333024*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 4.575447738333024*relu_1_7_1_on =l= 4.575447738333024;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 6.681194289163965*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 6.681194289163965*relu_1_8_0_on =l= 6.681194289163965;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 6.681194289163965*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 6.681194289163965*relu_1_8_1_on =l= 6.681194289163965;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 6.998263939541548*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 6.998263939541548*relu_1_9_0_on =l= 6.998263939541548;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 6.998263939541548*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 6.998263939541548*relu_1_9_1_on =l= 6.998263939541548;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 5.033436041032538*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 5.033436041032538*relu_1_10_0_on =l= 5.033436041032538;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 5.033436041032538*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 5.033436041032538*relu_1_10_1_on =l= 5.033436041032538;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 5.85589242599091*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 5.85589242599091*relu_1_11_0_on =l= 5.85589242599091;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 5.85589242599091*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 5.85589242599091*relu_1_11_1_on =l= 5.85589242599091;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 4.481055976018846*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 4.481055976018846*relu_1_12_0_on =l= 4.481055976018846;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 4.481055976018846*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 4.481055976018846*relu_1_12_1_on =l= 4.481055976018846;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 4.223536593655531*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 4.223536593655531*relu_1_13_0_on =l= 4.223536593655531;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 4.223536593655531*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 4.223536593655531*relu_1_13_1_on =l= 4.223536593655531;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 7.9411881018315*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 7.9411881018315*relu_1_14_0_on =l= 7.9411881018315;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 7.9411881018315*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 7.9411881018315*relu_1_14_1_on =l= 7.9411881018315;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0_off_when_inactive.. + 1*post_1_15_0 - 4.282407804124144*relu_1_15_0_on =l= 0;
relu_1_15_0_pre_when_active.. - 1*pre_1_15_0 + 1*post_1_15_0 + 4.282407804124144*relu_1_15_0_on =l= 4.282407804124144;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1_off_when_inactive.. + 1*post_1_15_1 - 4.282407804124144*relu_1_15_1_on =l= 0;
relu_1_15_1_pre_when_active.. - 1*pre_1_15_1 + 1*post_1_15_1 + 4.282407804124144*relu_1_15_1_on =l= 4.282407804124144;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0_off_when_inactive.. + 1*post_1_16_0 - 4.634583834742528*relu_1_16_0_on =l= 0;
relu_1_16_0_pre_when_active.. - 1*pre_1_16_0 + 1*post_1_16_0 + 4.634583834742528*relu_1_16_0_on =l= 4.634583834742528;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1_off_when_inactive.. + 1*post_1_16_1 - 4.634583834742528*relu_1_16_1_on =l= 0;
relu_1_16_1_pre_when_active.. - 1*pre_1_16_1 + 1*post_1_16_1 + 4.634583834742528*relu_1_16_1_on =l= 4.634583834742528;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0_off_when_inactive.. + 1*post_1_17_0 - 4.622818643788233*relu_1_17_0_on =l= 0;
relu_1_17_0_pre_when_active.. - 1*pre_1_17_0 + 1*post_1_17_0 + 4.622818643788233*relu_1_17_0_on =l= 4.622818643788233;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1_off_when_inactive.. + 1*post_1_17_1 - 4.622818643788233*relu_1_17_1_on =l= 0;
relu_1_17_1_pre_when_active.. - 1*pre_1_17_1 + 1*post_1_17_1 + 4.622818643788233*relu_1_17_1_on =l= 4.622818643788233;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0_off_when_inactive.. + 1*post_1_18_0 - 6.978700550828476*relu_1_18_0_on =l= 0;
relu_1_18_0_pre_when_active.. - 1*pre_1_18_0 + 1*post_1_18_0 + 6.978700550828476*relu_1_18_0_on =l= 6.978700550828476;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1_off_when_inactive.. + 1*post_1_18_1 - 6.978700550828476*relu_1_18_1_on =l= 0;
relu_1_18_1_pre_when_active.. - 1*pre_1_18_1 + 1*post_1_18_1 + 6.978700550828476*relu_1_18_1_on =l= 6.978700550828476;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0_off_when_inactive.. + 1*post_1_19_0 - 6.235030806621945*relu_1_19_0_on =l= 0;
relu_1_19_0_pre_when_active.. - 1*pre_1_19_0 + 1*post_1_19_0 + 6.235030806621945*relu_1_19_0_on =l= 6.235030806621945;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1_off_when_inactive.. + 1*post_1_19_1 - 6.235030806621945*relu_1_19_1_on =l= 0;
relu_1_19_1_pre_when_active.. - 1*pre_1_19_1 + 1*post_1_19_1 + 6.235030806621945*relu_1_19_1_on =l= 6.235030806621945;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0_off_when_inactive.. + 1*post_1_20_0 - 6.718454730852487*relu_1_20_0_on =l= 0;
relu_1_20_0_pre_when_active.. - 1*pre_1_20_0 + 1*post_1_20_0 + 6.718454730852487*relu_1_20_0_on =l= 6.718454730852487;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1_off_when_inactive.. + 1*post_1_20_1 - 6.718454730852487*relu_1_20_1_on =l= 0;
relu_1_20_1_pre_when_active.. - 1*pre_1_20_1 + 1*post_1_20_1 + 6.718454730852487*relu_1_20_1_on =l= 6.718454730852487;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0_off_when_inactive.. + 1*post_1_21_0 - 6.8226887269065095*relu_1_21_0_on =l= 0;
relu_1_21_0_pre_when_active.. - 1*pre_1_21_0 + 1*post_1_21_0 + 6.8226887269065095*relu_1_21_0_on =l= 6.8226887269065095;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1_off_when_inactive.. + 1*post_1_21_1 - 6.8226887269065095*relu_1_21_1_on =l= 0;
relu_1_21_1_pre_when_active.. - 1*pre_1_21_1 + 1*post_1_21_1 + 6.8226887269065095*relu_1_21_1_on =l= 6.8226887269065095;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0_off_when_inactive.. + 1*post_1_22_0 - 6.631889427894872*relu_1_22_0_on =l= 0;
relu_1_22_0_pre_when_active.. - 1*pre_1_22_0 + 1*post_1_22_0 + 6.631889427894872*relu_1_22_0_on =l= 6.631889427894872;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1_off_when_inactive.. + 1*post_1_22_1 - 6.631889427894872*relu_1_22_1_on =l= 0;
relu_1_22_1_pre_when_active.. - 1*pre_1_22_1 + 1*post_1_22_1 + 6.631889427894872*relu_1_22_1_on =l= 6.631889427894872;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0_off_when_inactive.. + 1*post_1_23_0 - 5.396286998735244*relu_1_23_0_on =l= 0;
relu_1_23_0_pre_when_active.. - 1*pre_1_23_0 + 1*post_1_23_0 + 5.396286998735244*relu_1_23_0_on =l= 5.396286998735244;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1_off_when_inactive.. + 1*post_1_23_1 - 5.396286998735244*relu_1_23_1_on =l= 0;
relu_1_23_1_pre_when_active.. - 1*pre_1_23_1 + 1*post_1_23_1 + 5.396286998735244*relu_1_23_1_on =l= 5.396286998735244;
relu_1_24_0_above_pre.. + 1*pre_1_24_0 - 1*post_1_24_0 =l= 0;
relu_1_24_0_off_when_inactive.. + 1*post_1_24_0 - 6.394092367761281*relu_1_24_0_on =l= 0;
relu_1_24_0_pre_when_active.. - 1*pre_1_24_0 + 1*post_1_24_0 + 6.394092367761281*relu_1_24_0_on =l= 6.394092367761281;
relu_1_24_1_above_pre.. + 1*pre_1_24_1 - 1*post_1_24_1 =l= 0;
relu_1_24_1_off_when_inactive.. + 1*post_1_24_1 - 6.394092367761281*relu_1_24_1_on =l= 0;
relu_1_24_1_pre_when_active.. - 1*pre_1_24_1 + 1*post_1_24_1 + 6.394092367761281*relu_1_24_1_on =l= 6.394092367761281;
relu_1_25_0_above_pre.. + 1*pre_1_25_0 - 1*post_1_25_0 =l= 0;
relu_1_25_0_off_when_inactive.. + 1*post_1_25_0 - 6.260561154684373*relu_1_25_0_on =l= 0;
relu_1_25_0_pre_when_active.. - 1*pre_1_25_0 + 1*post_1_25_0 + 6.260561154684373*relu_1_25_0_on =l= 6.260561154684373;
relu_1_25_1_above_pre.. + 1*pre_1_25_1 - 1*post_1_25_1 =l= 0;
relu_1_25_1_off_when_inactive.. + 1*post_1_25_1 - 6.260561154684373*relu_1_25_1_on =l= 0;
relu_1_25_1_pre_when_active.. - 1*pre_1_25_1 + 1*post_1_25_1 + 6.260561154684373*relu_1_25_1_on =l= 6.260561154684373;
relu_1_26_0_above_pre.. + 1*pre_1_26_0 - 1*post_1_26_0 =l= 0;
relu_1_26_0_off_when_inactive.. + 1*post_1_26_0 - 7.264403459229737*relu_1_26_0_on =l= 0;
relu_1_26_0_pre_when_active.. - 1*pre_1_26_0 + 1*post_1_26_0 + 7.264403459229737*relu_1_26_0_on =l= 7.264403459229737;
relu_1_26_1_above_pre.. + 1*pre_1_26_1 - 1*post_1_26_1 =l= 0;
relu_1_26_1_off_when_inactive.. + 1*post_1_26_1 - 7.264403459229737*relu_1_26_1_on =l= 0;
relu_1_26_1_pre_when_active.. - 1*pre_1_26_1 + 1*post_1_26_1 + 7.264403459229737*relu_1_26_1_on =l= 7.264403459229737;
relu_1_27_0_above_pre.. + 1*pre_1_27_0 - 1*post_1_27_0 =l= 0;
relu_1_27_0_off_when_inactive.. + 1*post_1_27_0 - 4.689817519007568*relu_1_27_0_on =l= 0;
relu_1_27_0_pre_when_active.. - 1*pre_1_27_0 + 1*post_1_27_0 + 4.689817519007568*relu_1_27_0_on =l= 4.689817519007568;
relu_1_27_1_above_pre.. + 1*pre_1_27_1 - 1*post_1_27_1 =l= 0;
relu_1_27_1_off_when_inactive.. + 1*post_1_27_1 - 4.689817519007568*relu_1_27_1_on =l= 0;
relu_1_27_1_pre_when_active.. - 1*pre_1_27_1 + 1*post_1_27_1 + 4.689817519007568*relu_1_27_1_on =l= 4.689817519007568;
relu_1_28_0_above_pre.. + 1*pre_1_28_0 - 1*post_1_28_0 =l= 0;
relu_1_28_0_off_when_inactive.. + 1*post_1_28_0 - 5.834876603928876*relu_1_28_0_on =l= 0;
relu_1_28_0_pre_when_active.. - 1*pre_1_28_0 + 1*post_1_28_0 + 5.834876603928876*relu_1_28_0_on =l= 5.834876603928876;
relu_1_28_1_above_pre.. + 1*pre_1_28_1 - 1*post_1_28_1 =l= 0;
relu_1_28_1_off_when_inactive.. + 1*post_1_28_1 - 5.834876603928876*relu_1_28_1_on =l= 0;
relu_1_28_1_pre_when_active.. - 1*pre_1_28_1 + 1*post_1_28_1 + 5.834876603928876*relu_1_28_1_on =l= 5.834876603928876;
relu_1_29_0_above_pre.. + 1*pre_1_29_0 - 1*post_1_29_0 =l= 0;
relu_1_29_0_off_when_inactive.. + 1*post_1_29_0 - 6.462017653570015*relu_1_29_0_on =l= 0;
relu_1_29_0_pre_when_active.. - 1*pre_1_29_0 + 1*post_1_29_0 + 6.462017653570015*relu_1_29_0_on =l= 6.462017653570015;
relu_1_29_1_above_pre.. + 1*pre_1_29_1 - 1*post_1_29_1 =l= 0;
relu_1_29_1_off_when_inactive.. + 1*post_1_29_1 - 6.462017653570015*relu_1_29_1_on =l= 0;
relu_1_29_1_pre_when_active.. - 1*pre_1_29_1 + 1*post_1_29_1 + 6.462017653570015*relu_1_29_1_on =l= 6.462017653570015;
relu_1_30_0_above_pre.. + 1*pre_1_30_0 - 1*post_1_30_0 =l= 0;
relu_1_30_0_off_when_inactive.. + 1*post_1_30_0 - 6.141677231816878*relu_1_30_0_on =l= 0;
relu_1_30_0_pre_when_active.. - 1*pre_1_30_0 + 1*post_1_30_0 + 6.141677231816878*relu_1_30_0_on =l= 6.141677231816878;
relu_1_30_1_above_pre.. + 1*pre_1_30_1 - 1*post_1_30_1 =l= 0;
relu_1_30_1_off_when_inactive.. + 1*post_1_30_1 - 6.141677231816878*relu_1_30_1_on =l= 0;
relu_1_30_1_pre_when_active.. - 1*pre_1_30_1 + 1*post_1_30_1 + 6.141677231816878*relu_1_30_1_on =l= 6.141677231816878;
relu_1_31_0_above_pre.. + 1*pre_1_31_0 - 1*post_1_31_0 =l= 0;
relu_1_31_0_off_when_inactive.. + 1*post_1_31_0 - 5.920664390112501*relu_1_31_0_on =l= 0;
relu_1_31_0_pre_when_active.. - 1*pre_1_31_0 + 1*post_1_31_0 + 5.920664390112501*relu_1_31_0_on =l= 5.920664390112501;
relu_1_31_1_above_pre.. + 1*pre_1_31_1 - 1*post_1_31_1 =l= 0;
relu_1_31_1_off_when_inactive.. + 1*post_1_31_1 - 5.920664390112501*relu_1_31_1_on =l= 0;
relu_1_31_1_pre_when_active.. - 1*pre_1_31_1 + 1*post_1_31_1 + 5.920664390112501*relu_1_31_1_on =l= 5.920664390112501;
relu_1_32_0_above_pre.. + 1*pre_1_32_0 - 1*post_1_32_0 =l= 0;
relu_1_32_0_off_when_inactive.. + 1*post_1_32_0 - 5.728168080018541*relu_1_32_0_on =l= 0;
relu_1_32_0_pre_when_active.. - 1*pre_1_32_0 + 1*post_1_32_0 + 5.728168080018541*relu_1_32_0_on =l= 5.728168080018541;
relu_1_32_1_above_pre.. + 1*pre_1_32_1 - 1*post_1_32_1 =l= 0;
relu_1_32_1_off_when_inactive.. + 1*post_1_32_1 - 5.728168080018541*relu_1_32_1_on =l= 0;
relu_1_32_1_pre_when_active.. - 1*pre_1_32_1 + 1*post_1_32_1 + 5.728168080018541*relu_1_32_1_on =l= 5.728168080018541;
relu_1_33_0_above_pre.. + 1*pre_1_33_0 - 1*post_1_33_0 =l= 0;
relu_1_33_0_off_when_inactive.. + 1*post_1_33_0 - 4.169908962997813*relu_1_33_0_on =l= 0;
relu_1_33_0_pre_when_active.. - 1*pre_1_33_0 + 1*post_1_33_0 + 4.169908962997813*relu_1_33_0_on =l= 4.169908962997813;
relu_1_33_1_above_pre.. + 1*pre_1_33_1 - 1*post_1_33_1 =l= 0;
relu_1_33_1_off_when_inactive.. + 1*post_1_33_1 - 4.169908962997813*relu_1_33_1_on =l= 0;
relu_1_33_1_pre_when_active.. - 1*pre_1_33_1 + 1*post_1_33_1 + 4.169908962997813*relu_1_33_1_on =l= 4.169908962997813;
relu_1_34_0_above_pre.. + 1*pre_1_34_0 - 1*post_1_34_0 =l= 0;
relu_1_34_0_off_when_inactive.. + 1*post_1_34_0 - 8.664241081038536*relu_1_34_0_on =l= 0;
relu_1_34_0_pre_when_active.. - 1*pre_1_34_0 + 1*post_1_34_0 + 8.664241081038536*relu_1_34_0_on =l= 8.664241081038536;
relu_1_34_1_above_pre.. + 1*pre_1_34_1 - 1*post_1_34_1 =l= 0;
relu_1_34_1_off_when_inactive.. + 1*post_1_34_1 - 8.664241081038536*relu_1_34_1_on =l= 0;
relu_1_34_1_pre_when_active.. - 1*pre_1_34_1 + 1*post_1_34_1 + 8.664241081038536*relu_1_34_1_on =l= 8.664241081038536;
relu_1_35_0_above_pre.. + 1*pre_1_35_0 - 1*post_1_35_0 =l= 0;
relu_1_35_0_off_when_inactive.. + 1*post_1_35_0 - 4.786102235995172*relu_1_35_0_on =l= 0;
relu_1_35_0_pre_when_active.. - 1*pre_1_35_0 + 1*post_1_35_0 + 4.786102235995172*relu_1_35_0_on =l= 4.786102235995172;
relu_1_35_1_above_pre.. + 1*pre_1_35_1 - 1*post_1_35_1 =l= 0;
relu_1_35_1_off_when_inactive.. + 1*post_1_35_1 - 4.786102235995172*relu_1_35_1_on =l= 0;
relu_1_35_1_pre_when_active.. - 1*pre_1_35_1 + 1*post_1_35_1 + 4.786102235995172*relu_1_35_1_on =l= 4.786102235995172;
relu_1_36_0_above_pre.. + 1*pre_1_36_0 - 1*post_1_36_0 =l= 0;
relu_1_36_0_off_when_inactive.. + 1*post_1_36_0 - 3.1913367882549086*relu_1_36_0_on =l= 0;
relu_1_36_0_pre_when_active.. - 1*pre_1_36_0 + 1*post_1_36_0 + 3.1913367882549086*relu_1_36_0_on =l= 3.1913367882549086;
relu_1_36_1_above_pre.. + 1*pre_1_36_1 - 1*post_1_36_1 =l= 0;
relu_1_36_1_off_when_inactive.. + 1*post_1_36_1 - 3.1913367882549086*relu_1_36_1_on =l= 0;
relu_1_36_1_pre_when_active.. - 1*pre_1_36_1 + 1*post_1_36_1 + 3.1913367882549086*relu_1_36_1_on =l= 3.1913367882549086;
relu_1_37_0_above_pre.. + 1*pre_1_37_0 - 1*post_1_37_0 =l= 0;
relu_1_37_0_off_when_inactive.. + 1*post_1_37_0 - 5.22677910814882*relu_1_37_0_on =l= 0;
relu_1_37_0_pre_when_active.. - 1*pre_1_37_0 + 1*post_1_37_0 + 5.22677910814882*relu_1_37_0_on =l= 5.22677910814882;
relu_1_37_1_above_pre.. + 1*pre_1_37_1 - 1*post_1_37_1 =l= 0;
relu_1_37_1_off_when_inactive.. + 1*post_1_37_1 - 5.22677910814882*relu_1_37_1_on =l= 0;
relu_1_37_1_pre_when_active.. - 1*pre_1_37_1 + 1*post_1_37_1 + 5.22677910814882*relu_1_37_1_on =l= 5.22677910814882;
relu_1_38_0_above_pre.. + 1*pre_1_38_0 - 1*post_1_38_0 =l= 0;
relu_1_38_0_off_when_inactive.. + 1*post_1_38_0 - 5.673758698670875*relu_1_38_0_on =l= 0;
relu_1_38_0_pre_when_active.. - 1*pre_1_38_0 + 1*post_1_38_0 + 5.673758698670875*relu_1_38_0_on =l= 5.673758698670875;
relu_1_38_1_above_pre.. + 1*pre_1_38_1 - 1*post_1_38_1 =l= 0;
relu_1_38_1_off_when_inactive.. + 1*post_1_38_1 - 5.673758698670875*relu_1_38_1_on =l= 0;
relu_1_38_1_pre_when_active.. - 1*pre_1_38_1 + 1*post_1_38_1 + 5.673758698670875*relu_1_38_1_on =l= 5.673758698670875;
relu_1_39_0_above_pre.. + 1*pre_1_39_0 - 1*post_1_39_0 =l= 0;
relu_1_39_0_off_when_inactive.. + 1*post_1_39_0 - 7.902762319994838*relu_1_39_0_on =l= 0;
relu_1_39_0_pre_when_active.. - 1*pre_1_39_0 + 1*post_1_39_0 + 7.902762319994838*relu_1_39_0_on =l= 7.902762319994838;
relu_1_39_1_above_pre.. + 1*pre_1_39_1 - 1*post_1_39_1 =l= 0;
relu_1_39_1_off_when_inactive.. + 1*post_1_39_1 - 7.902762319994838*relu_1_39_1_on =l= 0;
relu_1_39_1_pre_when_active.. - 1*pre_1_39_1 + 1*post_1_39_1 + 7.902762319994838*relu_1_39_1_on =l= 7.902762319994838;
relu_1_40_0_above_pre.. + 1*pre_1_40_0 - 1*post_1_40_0 =l= 0;
relu_1_40_0_off_when_inactive.. + 1*post_1_40_0 - 6.938634274205215*relu_1_40_0_on =l= 0;
relu_1_40_0_pre_when_active.. - 1*pre_1_40_0 + 1*post_1_40_0 + 6.938634274205215*relu_1_40_0_on =l= 6.938634274205215;
relu_1_40_1_above_pre.. + 1*pre_1_40_1 - 1*post_1_40_1 =l= 0;
relu_1_40_1_off_when_inactive.. + 1*post_1_40_1 - 6.938634274205215*relu_1_40_1_on =l= 0;
relu_1_40_1_pre_when_active.. - 1*pre_1_40_1 + 1*post_1_40_1 + 6.938634274205215*relu_1_40_1_on =l= 6.938634274205215;
relu_1_41_0_above_pre.. + 1*pre_1_41_0 - 1*post_1_41_0 =l= 0;
relu_1_41_0_off_when_inactive.. + 1*post_1_41_0 - 8.719319309755662*relu_1_41_0_on =l= 0;
relu_1_41_0_pre_when_active.. - 1*pre_1_41_0 + 1*post_1_41_0 + 8.719319309755662*relu_1_41_0_on =l= 8.719319309755662;
relu_1_41_1_above_pre.. + 1*pre_1_41_1 - 1*post_1_41_1 =l= 0;
relu_1_41_1_off_when_inactive.. + 1*post_1_41_1 - 8.719319309755662*relu_1_41_1_on =l= 0;
relu_1_41_1_pre_when_active.. - 1*pre_1_41_1 + 1*post_1_41_1 + 8.719319309755662*relu_1_41_1_on =l= 8.719319309755662;
relu_1_42_0_above_pre.. + 1*pre_1_42_0 - 1*post_1_42_0 =l= 0;
relu_1_42_0_off_when_inactive.. + 1*post_1_42_0 - 8.069010781871519*relu_1_42_0_on =l= 0;
relu_1_42_0_pre_when_active.. - 1*pre_1_42_0 + 1*post_1_42_0 + 8.069010781871519*relu_1_42_0_on =l= 8.069010781871519;
relu_1_42_1_above_pre.. + 1*pre_1_42_1 - 1*post_1_42_1 =l= 0;
relu_1_42_1_off_when_inactive.. + 1*post_1_42_1 - 8.069010781871519*relu_1_42_1_on =l= 0;
relu_1_42_1_pre_when_active.. - 1*pre_1_42_1 + 1*post_1_42_1 + 8.069010781871519*relu_1_42_1_on =l= 8.069010781871519;
relu_1_43_0_above_pre.. + 1*pre_1_43_0 - 1*post_1_43_0 =l= 0;
relu_1_43_0_off_when_inactive.. + 1*post_1_43_0 - 7.8506770042707945*relu_1_43_0_on =l= 0;
relu_1_43_0_pre_when_active.. - 1*pre_1_43_0 + 1*post_1_43_0 + 7.8506770042707945*relu_1_43_0_on =l= 7.8506770042707945;
relu_1_43_1_above_pre.. + 1*pre_1_43_1 - 1*post_1_43_1 =l= 0;
relu_1_43_1_off_when_inactive.. + 1*post_1_43_1 - 7.8506770042707945*relu_1_43_1_on =l= 0;
relu_1_43_1_pre_when_active.. - 1*pre_1_43_1 + 1*post_1_43_1 + 7.8506770042707945*relu_1_43_1_on =l= 7.8506770042707945;
relu_1_44_0_above_pre.. + 1*pre_1_44_0 - 1*post_1_44_0 =l= 0;
relu_1_44_0_off_when_inactive.. + 1*post_1_44_0 - 8.175386217260854*relu_1_44_0_on =l= 0;
relu_1_44_0_pre_when_active.. - 1*pre_1_44_0 + 1*post_1_44_0 + 8.175386217260854*relu_1_44_0_on =l= 8.175386217260854;
relu_1_44_1_above_pre.. + 1*pre_1_44_1 - 1*post_1_44_1 =l= 0;
relu_1_44_1_off_when_inactive.. + 1*post_1_44_1 - 8.175386217260854*relu_1_44_1_on =l= 0;
relu_1_44_1_pre_when_active.. - 1*pre_1_44_1 + 1*post_1_44_1 + 8.175386217260854*relu_1_44_1_on =l= 8.175386217260854;
relu_1_45_0_above_pre.. + 1*pre_1_45_0 - 1*post_1_45_0 =l= 0;
relu_1_45_0_off_when_inactive.. + 1*post_1_45_0 - 5.054315422411429*relu_1_45_0_on =l= 0;
relu_1_45_0_pre_when_active.. - 1*pre_1_45_0 + 1*post_1_45_0 + 5.054315422411429*relu_1_45_0_on =l= 5.054315422411429;
relu_1_45_1_above_pre.. + 1*pre_1_45_1 - 1*post_1_45_1 =l= 0;
relu_1_45_1_off_when_inactive.. + 1*post_1_45_1 - 5.054315422411429*relu_1_45_1_on =l= 0;
relu_1_45_1_pre_when_active.. - 1*pre_1_45_1 + 1*post_1_45_1 + 5.054315422411429*relu_1_45_1_on =l= 5.054315422411429;
relu_1_46_0_above_pre.. + 1*pre_1_46_0 - 1*post_1_46_0 =l= 0;
relu_1_46_0_off_when_inactive.. + 1*post_1_46_0 - 6.417045954474024*relu_1_46_0_on =l= 0;
relu_1_46_0_pre_when_active.. - 1*pre_1_46_0 + 1*post_1_46_0 + 6.417045954474024*relu_1_46_0_on =l= 6.417045954474024;
relu_1_46_1_above_pre.. + 1*pre_1_46_1 - 1*post_1_46_1 =l= 0;
relu_1_46_1_off_when_inactive.. + 1*post_1_46_1 - 6.417045954474024*relu_1_46_1_on =l= 0;
relu_1_46_1_pre_when_active.. - 1*pre_1_46_1 + 1*post_1_46_1 + 6.417045954474024*relu_1_46_1_on =l= 6.417045954474024;
relu_1_47_0_above_pre.. + 1*pre_1_47_0 - 1*post_1_47_0 =l= 0;
relu_1_47_0_off_when_inactive.. + 1*post_1_47_0 - 6.944399324947062*relu_1_47_0_on =l= 0;
relu_1_47_0_pre_when_active.. - 1*pre_1_47_0 + 1*post_1_47_0 + 6.944399324947062*relu_1_47_0_on =l= 6.944399324947062;
relu_1_47_1_above_pre.. + 1*pre_1_47_1 - 1*post_1_47_1 =l= 0;
relu_1_47_1_off_when_inactive.. + 1*post_1_47_1 - 6.944399324947062*relu_1_47_1_on =l= 0;
relu_1_47_1_pre_when_active.. - 1*pre_1_47_1 + 1*post_1_47_1 + 6.944399324947062*relu_1_47_1_on =l= 6.944399324947062;
relu_1_48_0_above_pre.. + 1*pre_1_48_0 - 1*post_1_48_0 =l= 0;
relu_1_48_0_off_when_inactive.. + 1*post_1_48_0 - 3.5770894718859325*relu_1_48_0_on =l= 0;
relu_1_48_0_pre_when_active.. - 1*pre_1_48_0 + 1*post_1_48_0 + 3.5770894718859325*relu_1_48_0_on =l= 3.5770894718859325;
relu_1_48_1_above_pre.. + 1*pre_1_48_1 - 1*post_1_48_1 =l= 0;
relu_1_48_1_off_when_inactive.. + 1*post_1_48_1 - 3.5770894718859325*relu_1_48_1_on =l= 0;
relu_1_48_1_pre_when_active.. - 1*pre_1_48_1 + 1*post_1_48_1 + 3.5770894718859325*relu_1_48_1_on =l= 3.5770894718859325;
relu_1_49_0_above_pre.. + 1*pre_1_49_0 - 1*post_1_49_0 =l= 0;
relu_1_49_0_off_when_inactive.. + 1*post_1_49_0 - 8.343039628756323*relu_1_49_0_on =l= 0;
relu_1_49_0_pre_when_active.. - 1*pre_1_49_0 + 1*post_1_49_0 + 8.343039628756323*relu_1_49_0_on =l= 8.343039628756323;
relu_1_49_1_above_pre.. + 1*pre_1_49_1 - 1*post_1_49_1 =l= 0;
relu_1_49_1_off_when_inactive.. + 1*post_1_49_1 - 8.343039628756323*relu_1_49_1_on =l= 0;
relu_1_49_1_pre_when_active.. - 1*pre_1_49_1 + 1*post_1_49_1 + 8.343039628756323*relu_1_49_1_on =l= 8.343039628756323;
relu_1_50_0_above_pre.. + 1*pre_1_50_0 - 1*post_1_50_0 =l= 0;
relu_1_50_0_off_when_inactive.. + 1*post_1_50_0 - 5.078276655633345*relu_1_50_0_on =l= 0;
relu_1_50_0_pre_when_active.. - 1*pre_1_50_0 + 1*post_1_50_0 + 5.078276655633345*relu_1_50_0_on =l= 5.078276655633345;
relu_1_50_1_above_pre.. + 1*pre_1_50_1 - 1*post_1_50_1 =l= 0;
relu_1_50_1_off_when_inactive.. + 1*post_1_50_1 - 5.078276655633345*relu_1_50_1_on =l= 0;
relu_1_50_1_pre_when_active.. - 1*pre_1_50_1 + 1*post_1_50_1 + 5.078276655633345*relu_1_50_1_on =l= 5.078276655633345;
relu_1_51_0_above_pre.. + 1*pre_1_51_0 - 1*post_1_51_0 =l= 0;
relu_1_51_0_off_when_inactive.. + 1*post_1_51_0 - 7.145126446279315*relu_1_51_0_on =l= 0;
relu_1_51_0_pre_when_active.. - 1*pre_1_51_0 + 1*post_1_51_0 + 7.145126446279315*relu_1_51_0_on =l= 7.145126446279315;
relu_1_51_1_above_pre.. + 1*pre_1_51_1 - 1*post_1_51_1 =l= 0;
relu_1_51_1_off_when_inactive.. + 1*post_1_51_1 - 7.145126446279315*relu_1_51_1_on =l= 0;
relu_1_51_1_pre_when_active.. - 1*pre_1_51_1 + 1*post_1_51_1 + 7.145126446279315*relu_1_51_1_on =l= 7.145126446279315;
relu_1_52_0_above_pre.. + 1*pre_1_52_0 - 1*post_1_52_0 =l= 0;
relu_1_52_0_off_when_inactive.. + 1*post_1_52_0 - 7.451755636997136*relu_1_52_0_on =l= 0;
relu_1_52_0_pre_when_active.. - 1*pre_1_52_0 + 1*post_1_52_0 + 7.451755636997136*relu_1_52_0_on =l= 7.451755636997136;
relu_1_52_1_above_pre.. + 1*pre_1_52_1 - 1*post_1_52_1 =l= 0;
relu_1_52_1_off_when_inactive.. + 1*post_1_52_1 - 7.451755636997136*relu_1_52_1_on =l= 0;
relu_1_52_1_pre_when_active.. - 1*pre_1_52_1 + 1*post_1_52_1 + 7.451755636997136*relu_1_52_1_on =l= 7.451755636997136;
relu_1_53_0_above_pre.. + 1*pre_1_53_0 - 1*post_1_53_0 =l= 0;
relu_1_53_0_off_when_inactive.. + 1*post_1_53_0 - 5.651177664354505*relu_1_53_0_on =l= 0;
relu_1_53_0_pre_when_active.. - 1*pre_1_53_0 + 1*post_1_53_0 + 5.651177664354505*relu_1_53_0_on =l= 5.651177664354505;
relu_1_53_1_above_pre.. + 1*pre_1_53_1 - 1*post_1_53_1 =l= 0;
relu_1_53_1_off_when_inactive.. + 1*post_1_53_1 - 5.651177664354505*relu_1_53_1_on =l= 0;
relu_1_53_1_pre_when_active.. - 1*pre_1_53_1 + 1*post_1_53_1 + 5.651177664354505*relu_1_53_1_on =l= 5.651177664354505;
relu_1_54_0_above_pre.. + 1*pre_1_54_0 - 1*post_1_54_0 =l= 0;
relu_1_54_0_off_when_inactive.. + 1*post_1_54_0 - 7.651408697329851*relu_1_54_0_on =l= 0;
relu_1_54_0_pre_when_active.. - 1*pre_1_54_0 + 1*post_1_54_0 + 7.651408697329851*relu_1_54_0_on =l= 7.651408697329851;
relu_1_54_1_above_pre.. + 1*pre_1_54_1 - 1*post_1_54_1 =l= 0;
relu_1_54_1_off_when_inactive.. + 1*post_1_54_1 - 7.651408697329851*relu_1_54_1_on =l= 0;
relu_1_54_1_pre_when_active.. - 1*pre_1_54_1 + 1*post_1_54_1 + 7.651408697329851*relu_1_54_1_on =l= 7.651408697329851;
relu_1_55_0_above_pre.. + 1*pre_1_55_0 - 1*post_1_55_0 =l= 0;
relu_1_55_0_off_when_inactive.. + 1*post_1_55_0 - 6.53400007457264*relu_1_55_0_on =l= 0;
relu_1_55_0_pre_when_active.. - 1*pre_1_55_0 + 1*post_1_55_0 + 6.53400007457264*relu_1_55_0_on =l= 6.53400007457264;
relu_1_55_1_above_pre.. + 1*pre_1_55_1 - 1*post_1_55_1 =l= 0;
relu_1_55_1_off_when_inactive.. + 1*post_1_55_1 - 6.53400007457264*relu_1_55_1_on =l= 0;
relu_1_55_1_pre_when_active.. - 1*pre_1_55_1 + 1*post_1_55_1 + 6.53400007457264*relu_1_55_1_on =l= 6.53400007457264;
relu_1_56_0_above_pre.. + 1*pre_1_56_0 - 1*post_1_56_0 =l= 0;
relu_1_56_0_off_when_inactive.. + 1*post_1_56_0 - 6.214580093017421*relu_1_56_0_on =l= 0;
relu_1_56_0_pre_when_active.. - 1*pre_1_56_0 + 1*post_1_56_0 + 6.214580093017421*relu_1_56_0_on =l= 6.214580093017421;
relu_1_56_1_above_pre.. + 1*pre_1_56_1 - 1*post_1_56_1 =l= 0;
relu_1_56_1_off_when_inactive.. + 1*post_1_56_1 - 6.214580093017421*relu_1_56_1_on =l= 0;
relu_1_56_1_pre_when_active.. - 1*pre_1_56_1 + 1*post_1_56_1 + 6.214580093017421*relu_1_56_1_on =l= 6.214580093017421;
relu_1_57_0_above_pre.. + 1*pre_1_57_0 - 1*post_1_57_0 =l= 0;
relu_1_57_0_off_when_inactive.. + 1*post_1_57_0 - 4.820203494345149*relu_1_57_0_on =l= 0;
relu_1_57_0_pre_when_active.. - 1*pre_1_57_0 + 1*post_1_57_0 + 4.820203494345149*relu_1_57_0_on =l= 4.820203494345149;
relu_1_57_1_above_pre.. + 1*pre_1_57_1 - 1*post_1_57_1 =l= 0;
relu_1_57_1_off_when_inactive.. + 1*post_1_57_1 - 4.820203494345149*relu_1_57_1_on =l= 0;
relu_1_57_1_pre_when_active.. - 1*pre_1_57_1 + 1*post_1_57_1 + 4.820203494345149*relu_1_57_1_on =l= 4.820203494345149;
relu_1_58_0_above_pre.. + 1*pre_1_58_0 - 1*post_1_58_0 =l= 0;
relu_1_58_0_off_when_inactive.. + 1*post_1_58_0 - 6.8786556393890095*relu_1_58_0_on =l= 0;
relu_1_58_0_pre_when_active.. - 1*pre_1_58_0 + 1*post_1_58_0 + 6.8786556393890095*relu_1_58_0_on =l= 6.8786556393890095;
relu_1_58_1_above_pre.. + 1*pre_1_58_1 - 1*post_1_58_1 =l= 0;
relu_1_58_1_off_when_inactive.. + 1*post_1_58_1 - 6.8786556393890095*relu_1_58_1_on =l= 0;
relu_1_58_1_pre_when_active.. - 1*pre_1_58_1 + 1*post_1_58_1 + 6.8786556393890095*relu_1_58_1_on =l= 6.8786556393890095;
relu_1_59_0_above_pre.. + 1*pre_1_59_0 - 1*post_1_59_0 =l= 0;
relu_1_59_0_off_when_inactive.. + 1*post_1_59_0 - 6.897455194484353*relu_1_59_0_on =l= 0;
relu_1_59_0_pre_when_active.. - 1*pre_1_59_0 + 1*post_1_59_0 + 6.897455194484353*relu_1_59_0_on =l= 6.897455194484353;
relu_1_59_1_above_pre.. + 1*pre_1_59_1 - 1*post_1_59_1 =l= 0;
relu_1_59_1_off_when_inactive.. + 1*post_1_59_1 - 6.897455194484353*relu_1_59_1_on =l= 0;
relu_1_59_1_pre_when_active.. - 1*pre_1_59_1 + 1*post_1_59_1 + 6.897455194484353*relu_1_59_1_on =l= 6.897455194484353;
relu_1_60_0_above_pre.. + 1*pre_1_60_0 - 1*post_1_60_0 =l= 0;
relu_1_60_0_off_when_inactive.. + 1*post_1_60_0 - 4.786753846830932*relu_1_60_0_on =l= 0;
relu_1_60_0_pre_when_active.. - 1*pre_1_60_0 + 1*post_1_60_0 + 4.786753846830932*relu_1_60_0_on =l= 4.786753846830932;
relu_1_60_1_above_pre.. + 1*pre_1_60_1 - 1*post_1_60_1 =l= 0;
relu_1_60_1_off_when_inactive.. + 1*post_1_60_1 - 4.786753846830932*relu_1_60_1_on =l= 0;
relu_1_60_1_pre_when_active.. - 1*pre_1_60_1 + 1*post_1_60_1 + 4.786753846830932*relu_1_60_1_on =l= 4.786753846830932;
relu_1_61_0_above_pre.. + 1*pre_1_61_0 - 1*post_1_61_0 =l= 0;
relu_1_61_0_off_when_inactive.. + 1*post_1_61_0 - 5.182807668516274*relu_1_61_0_on =l= 0;
relu_1_61_0_pre_when_active.. - 1*pre_1_61_0 + 1*post_1_61_0 + 5.182807668516274*relu_1_61_0_on =l= 5.182807668516274;
relu_1_61_1_above_pre.. + 1*pre_1_61_1 - 1*post_1_61_1 =l= 0;
relu_1_61_1_off_when_inactive.. + 1*post_1_61_1 - 5.182807668516274*relu_1_61_1_on =l= 0;
relu_1_61_1_pre_when_active.. - 1*pre_1_61_1 + 1*post_1_61_1 + 5.182807668516274*relu_1_61_1_on =l= 5.182807668516274;
relu_1_62_0_above_pre.. + 1*pre_1_62_0 - 1*post_1_62_0 =l= 0;
relu_1_62_0_off_when_inactive.. + 1*post_1_62_0 - 4.6323284254498525*relu_1_62_0_on =l= 0;
relu_1_62_0_pre_when_active.. - 1*pre_1_62_0 + 1*post_1_62_0 + 4.6323284254498525*relu_1_62_0_on =l= 4.6323284254498525;
relu_1_62_1_above_pre.. + 1*pre_1_62_1 - 1*post_1_62_1 =l= 0;
relu_1_62_1_off_when_inactive.. + 1*post_1_62_1 - 4.6323284254498525*relu_1_62_1_on =l= 0;
relu_1_62_1_pre_when_active.. - 1*pre_1_62_1 + 1*post_1_62_1 + 4.6323284254498525*relu_1_62_1_on =l= 4.6323284254498525;
relu_1_63_0_above_pre.. + 1*pre_1_63_0 - 1*post_1_63_0 =l= 0;
relu_1_63_0_off_when_inactive.. + 1*post_1_63_0 - 5.431347769740106*relu_1_63_0_on =l= 0;
relu_1_63_0_pre_when_active.. - 1*pre_1_63_0 + 1*post_1_63_0 + 5.431347769740106*relu_1_63_0_on =l= 5.431347769740106;
relu_1_63_1_above_pre.. + 1*pre_1_63_1 - 1*post_1_63_1 =l= 0;
relu_1_63_1_off_when_inactive.. + 1*post_1_63_1 - 5.431347769740106*relu_1_63_1_on =l= 0;
relu_1_63_1_pre_when_active.. - 1*pre_1_63_1 + 1*post_1_63_1 + 5.431347769740106*relu_1_63_1_on =l= 5.431347769740106;

w_1_0_0.lo = -3;
w_1_0_0.up = 3;
w_1_0_1.lo = -3;
w_1_0_1.up = 3;
w_1_1_0.lo = -3;
w_1_1_0.up = 3;
w_1_1_1.lo = -3;
w_1_1_1.up = 3;
w_2_0_0.lo = -3;
w_2_0_0.up = 3;
w_2_0_1.lo = -3;
w_2_0_1.up = 3;
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
pre_1_0_0.lo = -7.5055558674558025;
pre_1_0_0.up = 7.5055558674558025;
pre_1_0_1.lo = -7.5055558674558025;
pre_1_0_1.up = 7.5055558674558025;
pre_1_1_0.lo = -8.127994658504527;
pre_1_1_0.up = 8.127994658504527;
pre_1_1_1.lo = -8.127994658504527;
pre_1_1_1.up = 8.127994658504527;
pre_1_2_0.lo = -7.176419226746878;
pre_1_2_0.up = 7.176419226746878;
pre_1_2_1.lo = -7.176419226746878;
pre_1_2_1.up = 7.176419226746878;
pre_1_3_0.lo = -7.125139810483965;
pre_1_3_0.up = 7.125139810483965;
pre_1_3_1.lo = -7.125139810483965;
pre_1_3_1.up = 7.125139810483965;
pre_1_4_0.lo = -4.450495978270242;
pre_1_4_0.up = 4.450495978270242;
pre_1_4_1.lo = -4.450495978270242;
pre_1_4_1.up = 4.450495978270242;
pre_1_5_0.lo = -6.293958645941272;
pre_1_5_0.up = 6.293958645941272;
pre_1_5_1.lo = -6.293958645941272;
pre_1_5_1.up = 6.293958645941272;
pre_1_6_0.lo = -6.278046829164398;
pre_1_6_0.up = 6.278046829164398;
pre_1_6_1.lo = -6.278046829164398;
pre_1_6_1.up = 6.278046829164398;
pre_1_7_0.lo = -4.575447738333024;
pre_1_7_0.up = 4.575447738333024;
pre_1_7_1.lo = -4.575447738333024;
pre_1_7_1.up = 4.575447738333024;
pre_1_8_0.lo = -6.681194289163965;
pre_1_8_0.up = 6.681194289163965;
pre_1_8_1.lo = -6.681194289163965;
pre_1_8_1.up = 6.681194289163965;
pre_1_9_0.lo = -6.998263939541548;
pre_1_9_0.up = 6.998263939541548;
pre_1_9_1.lo = -6.998263939541548;
pre_1_9_1.up = 6.998263939541548;
pre_1_10_0.lo = -5.033436041032538;
pre_1_10_0.up = 5.033436041032538;
pre_1_10_1.lo = -5.033436041032538;
pre_1_10_1.up = 5.033436041032538;
pre_1_11_0.lo = -5.85589242599091;
pre_1_11_0.up = 5.85589242599091;
pre_1_11_1.lo = -5.85589242599091;
pre_1_11_1.up = 5.85589242599091;
pre_1_12_0.lo = -4.481055976018846;
pre_1_12_0.up = 4.481055976018846;
pre_1_12_1.lo = -4.481055976018846;
pre_1_12_1.up = 4.481055976018846;
pre_1_13_0.lo = -4.223536593655531;
pre_1_13_0.up = 4.223536593655531;
pre_1_13_1.lo = -4.223536593655531;
pre_1_13_1.up = 4.223536593655531;
pre_1_14_0.lo = -7.9411881018315;
pre_1_14_0.up = 7.9411881018315;
pre_1_14_1.lo = -7.9411881018315;
pre_1_14_1.up = 7.9411881018315;
pre_1_15_0.lo = -4.282407804124144;
pre_1_15_0.up = 4.282407804124144;
pre_1_15_1.lo = -4.282407804124144;
pre_1_15_1.up = 4.282407804124144;
pre_1_16_0.lo = -4.634583834742528;
pre_1_16_0.up = 4.634583834742528;
pre_1_16_1.lo = -4.634583834742528;
pre_1_16_1.up = 4.634583834742528;
pre_1_17_0.lo = -4.622818643788233;
pre_1_17_0.up = 4.622818643788233;
pre_1_17_1.lo = -4.622818643788233;
pre_1_17_1.up = 4.622818643788233;
pre_1_18_0.lo = -6.978700550828476;
pre_1_18_0.up = 6.978700550828476;
pre_1_18_1.lo = -6.978700550828476;
pre_1_18_1.up = 6.978700550828476;
pre_1_19_0.lo = -6.235030806621945;
pre_1_19_0.up = 6.235030806621945;
pre_1_19_1.lo = -6.235030806621945;
pre_1_19_1.up = 6.235030806621945;
pre_1_20_0.lo = -6.718454730852487;
pre_1_20_0.up = 6.718454730852487;
pre_1_20_1.lo = -6.718454730852487;
pre_1_20_1.up = 6.718454730852487;
pre_1_21_0.lo = -6.8226887269065095;
pre_1_21_0.up = 6.8226887269065095;
pre_1_21_1.lo = -6.8226887269065095;
pre_1_21_1.up = 6.8226887269065095;
pre_1_22_0.lo = -6.631889427894872;
pre_1_22_0.up = 6.631889427894872;
pre_1_22_1.lo = -6.631889427894872;
pre_1_22_1.up = 6.631889427894872;
pre_1_23_0.lo = -5.396286998735244;
pre_1_23_0.up = 5.396286998735244;
pre_1_23_1.lo = -5.396286998735244;
pre_1_23_1.up = 5.396286998735244;
pre_1_24_0.lo = -6.394092367761281;
pre_1_24_0.up = 6.394092367761281;
pre_1_24_1.lo = -6.394092367761281;
pre_1_24_1.up = 6.394092367761281;
pre_1_25_0.lo = -6.260561154684373;
pre_1_25_0.up = 6.260561154684373;
pre_1_25_1.lo = -6.260561154684373;
pre_1_25_1.up = 6.260561154684373;
pre_1_26_0.lo = -7.264403459229737;
pre_1_26_0.up = 7.264403459229737;
pre_1_26_1.lo = -7.264403459229737;
pre_1_26_1.up = 7.264403459229737;
pre_1_27_0.lo = -4.689817519007568;
pre_1_27_0.up = 4.689817519007568;
pre_1_27_1.lo = -4.689817519007568;
pre_1_27_1.up = 4.689817519007568;
pre_1_28_0.lo = -5.834876603928876;
pre_1_28_0.up = 5.834876603928876;
pre_1_28_1.lo = -5.834876603928876;
pre_1_28_1.up = 5.834876603928876;
pre_1_29_0.lo = -6.462017653570015;
pre_1_29_0.up = 6.462017653570015;
pre_1_29_1.lo = -6.462017653570015;
pre_1_29_1.up = 6.462017653570015;
pre_1_30_0.lo = -6.141677231816878;
pre_1_30_0.up = 6.141677231816878;
pre_1_30_1.lo = -6.141677231816878;
pre_1_30_1.up = 6.141677231816878;
pre_1_31_0.lo = -5.920664390112501;
pre_1_31_0.up = 5.920664390112501;
pre_1_31_1.lo = -5.920664390112501;
pre_1_31_1.up = 5.920664390112501;
pre_1_32_0.lo = -5.728168080018541;
pre_1_32_0.up = 5.728168080018541;
pre_1_32_1.lo = -5.728168080018541;
pre_1_32_1.up = 5.728168080018541;
pre_1_33_0.lo = -4.169908962997813;
pre_1_33_0.up = 4.169908962997813;
pre_1_33_1.lo = -4.169908962997813;
pre_1_33_1.up = 4.169908962997813;
pre_1_34_0.lo = -8.664241081038536;
pre_1_34_0.up = 8.664241081038536;
pre_1_34_1.lo = -8.664241081038536;
pre_1_34_1.up = 8.664241081038536;
pre_1_35_0.lo = -4.786102235995172;
pre_1_35_0.up = 4.786102235995172;
pre_1_35_1.lo = -4.786102235995172;
pre_1_35_1.up = 4.786102235995172;
pre_1_36_0.lo = -3.1913367882549086;
pre_1_36_0.up = 3.1913367882549086;
pre_1_36_1.lo = -3.1913367882549086;
pre_1_36_1.up = 3.1913367882549086;
pre_1_37_0.lo = -5.22677910814882;
pre_1_37_0.up = 5.22677910814882;
pre_1_37_1.lo = -5.22677910814882;
pre_1_37_1.up = 5.22677910814882;
pre_1_38_0.lo = -5.673758698670875;
pre_1_38_0.up = 5.673758698670875;
pre_1_38_1.lo = -5.673758698670875;
pre_1_38_1.up = 5.673758698670875;
pre_1_39_0.lo = -7.902762319994838;
pre_1_39_0.up = 7.902762319994838;
pre_1_39_1.lo = -7.902762319994838;
pre_1_39_1.up = 7.902762319994838;
pre_1_40_0.lo = -6.938634274205215;
pre_1_40_0.up = 6.938634274205215;
pre_1_40_1.lo = -6.938634274205215;
pre_1_40_1.up = 6.938634274205215;
pre_1_41_0.lo = -8.719319309755662;
pre_1_41_0.up = 8.719319309755662;
pre_1_41_1.lo = -8.719319309755662;
pre_1_41_1.up = 8.719319309755662;
pre_1_42_0.lo = -8.069010781871519;
pre_1_42_0.up = 8.069010781871519;
pre_1_42_1.lo = -8.069010781871519;
pre_1_42_1.up = 8.069010781871519;
pre_1_43_0.lo = -7.8506770042707945;
pre_1_43_0.up = 7.8506770042707945;
pre_1_43_1.lo = -7.8506770042707945;
pre_1_43_1.up = 7.8506770042707945;
pre_1_44_0.lo = -8.175386217260854;
pre_1_44_0.up = 8.175386217260854;
pre_1_44_1.lo = -8.175386217260854;
pre_1_44_1.up = 8.175386217260854;
pre_1_45_0.lo = -5.054315422411429;
pre_1_45_0.up = 5.054315422411429;
pre_1_45_1.lo = -5.054315422411429;
pre_1_45_1.up = 5.054315422411429;
pre_1_46_0.lo = -6.417045954474024;
pre_1_46_0.up = 6.417045954474024;
pre_1_46_1.lo = -6.417045954474024;
pre_1_46_1.up = 6.417045954474024;
pre_1_47_0.lo = -6.944399324947062;
pre_1_47_0.up = 6.944399324947062;
pre_1_47_1.lo = -6.944399324947062;
pre_1_47_1.up = 6.944399324947062;
pre_1_48_0.lo = -3.5770894718859325;
pre_1_48_0.up = 3.5770894718859325;
pre_1_48_1.lo = -3.5770894718859325;
pre_1_48_1.up = 3.5770894718859325;
pre_1_49_0.lo = -8.343039628756323;
pre_1_49_0.up = 8.343039628756323;
pre_1_49_1.lo = -8.343039628756323;
pre_1_49_1.up = 8.343039628756323;
pre_1_50_0.lo = -5.078276655633345;
pre_1_50_0.up = 5.078276655633345;
pre_1_50_1.lo = -5.078276655633345;
pre_1_50_1.up = 5.078276655633345;
pre_1_51_0.lo = -7.145126446279315;
pre_1_51_0.up = 7.145126446279315;
pre_1_51_1.lo = -7.145126446279315;
pre_1_51_1.up = 7.145126446279315;
pre_1_52_0.lo = -7.451755636997136;
pre_1_52_0.up = 7.451755636997136;
pre_1_52_1.lo = -7.451755636997136;
pre_1_52_1.up = 7.451755636997136;
pre_1_53_0.lo = -5.651177664354505;
pre_1_53_0.up = 5.651177664354505;
pre_1_53_1.lo = -5.651177664354505;
pre_1_53_1.up = 5.651177664354505;
pre_1_54_0.lo = -7.651408697329851;
pre_1_54_0.up = 7.651408697329851;
pre_1_54_1.lo = -7.651408697329851;
pre_1_54_1.up = 7.651408697329851;
pre_1_55_0.lo = -6.53400007457264;
pre_1_55_0.up = 6.53400007457264;
pre_1_55_1.lo = -6.53400007457264;
pre_1_55_1.up = 6.53400007457264;
pre_1_56_0.lo = -6.214580093017421;
pre_1_56_0.up = 6.214580093017421;
pre_1_56_1.lo = -6.214580093017421;
pre_1_56_1.up = 6.214580093017421;
pre_1_57_0.lo = -4.820203494345149;
pre_1_57_0.up = 4.820203494345149;
pre_1_57_1.lo = -4.820203494345149;
pre_1_57_1.up = 4.820203494345149;
pre_1_58_0.lo = -6.8786556393890095;
pre_1_58_0.up = 6.8786556393890095;
pre_1_58_1.lo = -6.8786556393890095;
pre_1_58_1.up = 6.8786556393890095;
pre_1_59_0.lo = -6.897455194484353;
pre_1_59_0.up = 6.897455194484353;
pre_1_59_1.lo = -6.897455194484353;
pre_1_59_1.up = 6.897455194484353;
pre_1_60_0.lo = -4.786753846830932;
pre_1_60_0.up = 4.786753846830932;
pre_1_60_1.lo = -4.786753846830932;
pre_1_60_1.up = 4.786753846830932;
pre_1_61_0.lo = -5.182807668516274;
pre_1_61_0.up = 5.182807668516274;
pre_1_61_1.lo = -5.182807668516274;
pre_1_61_1.up = 5.182807668516274;
pre_1_62_0.lo = -4.6323284254498525;
pre_1_62_0.up = 4.6323284254498525;
pre_1_62_1.lo = -4.6323284254498525;
pre_1_62_1.up = 4.6323284254498525;
pre_1_63_0.lo = -5.431347769740106;
pre_1_63_0.up = 5.431347769740106;
pre_1_63_1.lo = -5.431347769740106;
pre_1_63_1.up = 5.431347769740106;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.5055558674558025;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.5055558674558025;
post_1_1_0.lo = 0;
post_1_1_0.up = 8.127994658504527;
post_1_1_1.lo = 0;
post_1_1_1.up = 8.127994658504527;
post_1_2_0.lo = 0;
post_1_2_0.up = 7.176419226746878;
post_1_2_1.lo = 0;
post_1_2_1.up = 7.176419226746878;
post_1_3_0.lo = 0;
post_1_3_0.up = 7.125139810483965;
post_1_3_1.lo = 0;
post_1_3_1.up = 7.125139810483965;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.450495978270242;
post_1_4_1.lo = 0;
post_1_4_1.up = 4.450495978270242;
post_1_5_0.lo = 0;
post_1_5_0.up = 6.293958645941272;
post_1_5_1.lo = 0;
post_1_5_1.up = 6.293958645941272;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.278046829164398;
post_1_6_1.lo = 0;
post_1_6_1.up = 6.278046829164398;
post_1_7_0.lo = 0;
post_1_7_0.up = 4.575447738333024;
post_1_7_1.lo = 0;
post_1_7_1.up = 4.575447738333024;
post_1_8_0.lo = 0;
post_1_8_0.up = 6.681194289163965;
post_1_8_1.lo = 0;
post_1_8_1.up = 6.681194289163965;
post_1_9_0.lo = 0;
post_1_9_0.up = 6.998263939541548;
post_1_9_1.lo = 0;
post_1_9_1.up = 6.998263939541548;
post_1_10_0.lo = 0;
post_1_10_0.up = 5.033436041032538;
post_1_10_1.lo = 0;
post_1_10_1.up = 5.033436041032538;
post_1_11_0.lo = 0;
post_1_11_0.up = 5.85589242599091;
post_1_11_1.lo = 0;
post_1_11_1.up = 5.85589242599091;
post_1_12_0.lo = 0;
post_1_12_0.up = 4.481055976018846;
post_1_12_1.lo = 0;
post_1_12_1.up = 4.481055976018846;
post_1_13_0.lo = 0;
post_1_13_0.up = 4.223536593655531;
post_1_13_1.lo = 0;
post_1_13_1.up = 4.223536593655531;
post_1_14_0.lo = 0;
post_1_14_0.up = 7.9411881018315;
post_1_14_1.lo = 0;
post_1_14_1.up = 7.9411881018315;
post_1_15_0.lo = 0;
post_1_15_0.up = 4.282407804124144;
post_1_15_1.lo = 0;
post_1_15_1.up = 4.282407804124144;
post_1_16_0.lo = 0;
post_1_16_0.up = 4.634583834742528;
post_1_16_1.lo = 0;
post_1_16_1.up = 4.634583834742528;
post_1_17_0.lo = 0;
post_1_17_0.up = 4.622818643788233;
post_1_17_1.lo = 0;
post_1_17_1.up = 4.622818643788233;
post_1_18_0.lo = 0;
post_1_18_0.up = 6.978700550828476;
post_1_18_1.lo = 0;
post_1_18_1.up = 6.978700550828476;
post_1_19_0.lo = 0;
post_1_19_0.up = 6.235030806621945;
post_1_19_1.lo = 0;
post_1_19_1.up = 6.235030806621945;
post_1_20_0.lo = 0;
post_1_20_0.up = 6.718454730852487;
post_1_20_1.lo = 0;
post_1_20_1.up = 6.718454730852487;
post_1_21_0.lo = 0;
post_1_21_0.up = 6.8226887269065095;
post_1_21_1.lo = 0;
post_1_21_1.up = 6.8226887269065095;
post_1_22_0.lo = 0;
post_1_22_0.up = 6.631889427894872;
post_1_22_1.lo = 0;
post_1_22_1.up = 6.631889427894872;
post_1_23_0.lo = 0;
post_1_23_0.up = 5.396286998735244;
post_1_23_1.lo = 0;
post_1_23_1.up = 5.396286998735244;
post_1_24_0.lo = 0;
post_1_24_0.up = 6.394092367761281;
post_1_24_1.lo = 0;
post_1_24_1.up = 6.394092367761281;
post_1_25_0.lo = 0;
post_1_25_0.up = 6.260561154684373;
post_1_25_1.lo = 0;
post_1_25_1.up = 6.260561154684373;
post_1_26_0.lo = 0;
post_1_26_0.up = 7.264403459229737;
post_1_26_1.lo = 0;
post_1_26_1.up = 7.264403459229737;
post_1_27_0.lo = 0;
post_1_27_0.up = 4.689817519007568;
post_1_27_1.lo = 0;
post_1_27_1.up = 4.689817519007568;
post_1_28_0.lo = 0;
post_1_28_0.up = 5.834876603928876;
post_1_28_1.lo = 0;
post_1_28_1.up = 5.834876603928876;
post_1_29_0.lo = 0;
post_1_29_0.up = 6.462017653570015;
post_1_29_1.lo = 0;
post_1_29_1.up = 6.462017653570015;
post_1_30_0.lo = 0;
post_1_30_0.up = 6.141677231816878;
post_1_30_1.lo = 0;
post_1_30_1.up = 6.141677231816878;
post_1_31_0.lo = 0;
post_1_31_0.up = 5.920664390112501;
post_1_31_1.lo = 0;
post_1_31_1.up = 5.920664390112501;
post_1_32_0.lo = 0;
post_1_32_0.up = 5.728168080018541;
post_1_32_1.lo = 0;
post_1_32_1.up = 5.728168080018541;
post_1_33_0.lo = 0;
post_1_33_0.up = 4.169908962997813;
post_1_33_1.lo = 0;
post_1_33_1.up = 4.169908962997813;
post_1_34_0.lo = 0;
post_1_34_0.up = 8.664241081038536;
post_1_34_1.lo = 0;
post_1_34_1.up = 8.664241081038536;
post_1_35_0.lo = 0;
post_1_35_0.up = 4.786102235995172;
post_1_35_1.lo = 0;
post_1_35_1.up = 4.786102235995172;
post_1_36_0.lo = 0;
post_1_36_0.up = 3.1913367882549086;
post_1_36_1.lo = 0;
post_1_36_1.up = 3.1913367882549086;
post_1_37_0.lo = 0;
post_1_37_0.up = 5.22677910814882;
post_1_37_1.lo = 0;
post_1_37_1.up = 5.22677910814882;
post_1_38_0.lo = 0;
post_1_38_0.up = 5.673758698670875;
post_1_38_1.lo = 0;
post_1_38_1.up = 5.673758698670875;
post_1_39_0.lo = 0;
post_1_39_0.up = 7.902762319994838;
post_1_39_1.lo = 0;
post_1_39_1.up = 7.902762319994838;
post_1_40_0.lo = 0;
post_1_40_0.up = 6.938634274205215;
post_1_40_1.lo = 0;
post_1_40_1.up = 6.938634274205215;
post_1_41_0.lo = 0;
post_1_41_0.up = 8.719319309755662;
post_1_41_1.lo = 0;
post_1_41_1.up = 8.719319309755662;
post_1_42_0.lo = 0;
post_1_42_0.up = 8.069010781871519;
post_1_42_1.lo = 0;
post_1_42_1.up = 8.069010781871519;
post_1_43_0.lo = 0;
post_1_43_0.up = 7.8506770042707945;
post_1_43_1.lo = 0;
post_1_43_1.up = 7.8506770042707945;
post_1_44_0.lo = 0;
post_1_44_0.up = 8.175386217260854;
post_1_44_1.lo = 0;
post_1_44_1.up = 8.175386217260854;
post_1_45_0.lo = 0;
post_1_45_0.up = 5.054315422411429;
post_1_45_1.lo = 0;
post_1_45_1.up = 5.054315422411429;
post_1_46_0.lo = 0;
post_1_46_0.up = 6.417045954474024;
post_1_46_1.lo = 0;
post_1_46_1.up = 6.417045954474024;
post_1_47_0.lo = 0;
post_1_47_0.up = 6.944399324947062;
post_1_47_1.lo = 0;
post_1_47_1.up = 6.944399324947062;
post_1_48_0.lo = 0;
post_1_48_0.up = 3.5770894718859325;
post_1_48_1.lo = 0;
post_1_48_1.up = 3.5770894718859325;
post_1_49_0.lo = 0;
post_1_49_0.up = 8.343039628756323;
post_1_49_1.lo = 0;
post_1_49_1.up = 8.343039628756323;
post_1_50_0.lo = 0;
post_1_50_0.up = 5.078276655633345;
post_1_50_1.lo = 0;
post_1_50_1.up = 5.078276655633345;
post_1_51_0.lo = 0;
post_1_51_0.up = 7.145126446279315;
post_1_51_1.lo = 0;
post_1_51_1.up = 7.145126446279315;
post_1_52_0.lo = 0;
post_1_52_0.up = 7.451755636997136;
post_1_52_1.lo = 0;
post_1_52_1.up = 7.451755636997136;
post_1_53_0.lo = 0;
post_1_53_0.up = 5.651177664354505;
post_1_53_1.lo = 0;
post_1_53_1.up = 5.651177664354505;
post_1_54_0.lo = 0;
post_1_54_0.up = 7.651408697329851;
post_1_54_1.lo = 0;
post_1_54_1.up = 7.651408697329851;
post_1_55_0.lo = 0;
post_1_55_0.up = 6.53400007457264;
post_1_55_1.lo = 0;
post_1_55_1.up = 6.53400007457264;
post_1_56_0.lo = 0;
post_1_56_0.up = 6.214580093017421;
post_1_56_1.lo = 0;
post_1_56_1.up = 6.214580093017421;
post_1_57_0.lo = 0;
post_1_57_0.up = 4.820203494345149;
post_1_57_1.lo = 0;
post_1_57_1.up = 4.820203494345149;
post_1_58_0.lo = 0;
post_1_58_0.up = 6.8786556393890095;
post_1_58_1.lo = 0;
post_1_58_1.up = 6.8786556393890095;
post_1_59_0.lo = 0;
post_1_59_0.up = 6.897455194484353;
post_1_59_1.lo = 0;
post_1_59_1.up = 6.897455194484353;
post_1_60_0.lo = 0;
post_1_60_0.up = 4.786753846830932;
post_1_60_1.lo = 0;
post_1_60_1.up = 4.786753846830932;
post_1_61_0.lo = 0;
post_1_61_0.up = 5.182807668516274;
post_1_61_1.lo = 0;
post_1_61_1.up = 5.182807668516274;
post_1_62_0.lo = 0;
post_1_62_0.up = 4.6323284254498525;
post_1_62_1.lo = 0;
post_1_62_1.up = 4.6323284254498525;
post_1_63_0.lo = 0;
post_1_63_0.up = 5.431347769740106;
post_1_63_1.lo = 0;
post_1_63_1.up = 5.431347769740106;
out_0_0.lo = -48.03333520473481;
out_0_0.up = 48.03333520473481;
out_1_0.lo = -51.76796795102716;
out_1_0.up = 51.76796795102716;
out_2_0.lo = -46.058515360481266;
out_2_0.up = 46.058515360481266;
out_3_0.lo = -45.75083886290379;
out_3_0.up = 45.75083886290379;
out_4_0.lo = -29.70297586962145;
out_4_0.up = 29.70297586962145;
out_5_0.lo = -40.76375187564763;
out_5_0.up = 40.76375187564763;
out_6_0.lo = -40.66828097498639;
out_6_0.up = 40.66828097498639;
out_7_0.lo = -30.452686429998142;
out_7_0.up = 30.452686429998142;
out_8_0.lo = -43.08716573498379;
out_8_0.up = 43.08716573498379;
out_9_0.lo = -44.98958363724929;
out_9_0.up = 44.98958363724929;
out_10_0.lo = -33.20061624619523;
out_10_0.up = 33.20061624619523;
out_11_0.lo = -38.13535455594546;
out_11_0.up = 38.13535455594546;
out_12_0.lo = -29.886335856113075;
out_12_0.up = 29.886335856113075;
out_13_0.lo = -28.341219561933187;
out_13_0.up = 28.341219561933187;
out_14_0.lo = -50.647128610989;
out_14_0.up = 50.647128610989;
out_15_0.lo = -28.694446824744865;
out_15_0.up = 28.694446824744865;
out_16_0.lo = -30.807503008455164;
out_16_0.up = 30.807503008455164;
out_17_0.lo = -30.7369118627294;
out_17_0.up = 30.7369118627294;
out_18_0.lo = -44.87220330497085;
out_18_0.up = 44.87220330497085;
out_19_0.lo = -40.41018483973167;
out_19_0.up = 40.41018483973167;
out_20_0.lo = -43.31072838511493;
out_20_0.up = 43.31072838511493;
out_21_0.lo = -43.93613236143906;
out_21_0.up = 43.93613236143906;
out_22_0.lo = -42.79133656736923;
out_22_0.up = 42.79133656736923;
out_23_0.lo = -35.377721992411466;
out_23_0.up = 35.377721992411466;
out_24_0.lo = -41.36455420656768;
out_24_0.up = 41.36455420656768;
out_25_0.lo = -40.563366928106234;
out_25_0.up = 40.563366928106234;
out_26_0.lo = -46.58642075537842;
out_26_0.up = 46.58642075537842;
out_27_0.lo = -31.138905114045407;
out_27_0.up = 31.138905114045407;
out_28_0.lo = -38.00925962357326;
out_28_0.up = 38.00925962357326;
out_29_0.lo = -41.77210592142009;
out_29_0.up = 41.77210592142009;
out_30_0.lo = -39.85006339090127;
out_30_0.up = 39.85006339090127;
out_31_0.lo = -38.52398634067501;
out_31_0.up = 38.52398634067501;
out_32_0.lo = -37.36900848011125;
out_32_0.up = 37.36900848011125;
out_33_0.lo = -28.019453777986882;
out_33_0.up = 28.019453777986882;
out_34_0.lo = -54.98544648623122;
out_34_0.up = 54.98544648623122;
out_35_0.lo = -31.716613415971032;
out_35_0.up = 31.716613415971032;
out_36_0.lo = -22.148020729529453;
out_36_0.up = 22.148020729529453;
out_37_0.lo = -34.360674648892925;
out_37_0.up = 34.360674648892925;
out_38_0.lo = -37.042552192025255;
out_38_0.up = 37.042552192025255;
out_39_0.lo = -50.416573919969025;
out_39_0.up = 50.416573919969025;
out_40_0.lo = -44.631805645231296;
out_40_0.up = 44.631805645231296;
out_41_0.lo = -55.31591585853397;
out_41_0.up = 55.31591585853397;
out_42_0.lo = -51.414064691229115;
out_42_0.up = 51.414064691229115;
out_43_0.lo = -50.10406202562477;
out_43_0.up = 50.10406202562477;
out_44_0.lo = -52.052317303565125;
out_44_0.up = 52.052317303565125;
out_45_0.lo = -33.32589253446858;
out_45_0.up = 33.32589253446858;
out_46_0.lo = -41.50227572684415;
out_46_0.up = 41.50227572684415;
out_47_0.lo = -44.66639594968237;
out_47_0.up = 44.66639594968237;
out_48_0.lo = -24.462536831315596;
out_48_0.up = 24.462536831315596;
out_49_0.lo = -53.058237772537936;
out_49_0.up = 53.058237772537936;
out_50_0.lo = -33.46965993380007;
out_50_0.up = 33.46965993380007;
out_51_0.lo = -45.870758677675894;
out_51_0.up = 45.870758677675894;
out_52_0.lo = -47.71053382198282;
out_52_0.up = 47.71053382198282;
out_53_0.lo = -36.90706598612703;
out_53_0.up = 36.90706598612703;
out_54_0.lo = -48.90845218397911;
out_54_0.up = 48.90845218397911;
out_55_0.lo = -42.204000447435845;
out_55_0.up = 42.204000447435845;
out_56_0.lo = -40.28748055810453;
out_56_0.up = 40.28748055810453;
out_57_0.lo = -31.921220966070894;
out_57_0.up = 31.921220966070894;
out_58_0.lo = -44.27193383633406;
out_58_0.up = 44.27193383633406;
out_59_0.lo = -44.38473116690612;
out_59_0.up = 44.38473116690612;
out_60_0.lo = -31.72052308098559;
out_60_0.up = 31.72052308098559;
out_61_0.lo = -34.09684601109764;
out_61_0.up = 34.09684601109764;
out_62_0.lo = -30.793970552699115;
out_62_0.up = 30.793970552699115;
out_63_0.lo = -35.588086618440634;
out_63_0.up = 35.588086618440634;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
