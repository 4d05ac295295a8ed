* teacher-N48-n2-m3-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N48-n2-m3-p1-s0, problem 1, plain-indicator; {"hidden": [3], "bound": 3.0, "loss": "squared"})
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
  pre_1_46_0, pre_1_46_1, pre_1_46_2, pre_1_47_0, pre_1_47_1, pre_1_47_2, post_1_0_0, post_1_0_1,
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
  post_1_46_0, post_1_46_1, post_1_46_2, post_1_47_0, post_1_47_1, post_1_47_2, out_0_0, out_1_0,
  out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0,
  out_10_0, out_11_0, out_12_0, out_13_0, out_14_0, out_15_0, out_16_0, out_17_0,
  out_18_0, out_19_0, out_20_0, out_21_0, out_22_0, out_23_0, out_24_0, out_25_0,
  out_26_0, out_27_0, out_28_0, out_29_0, out_30_0, out_31_0, out_32_0, out_33_0,
  out_34_0, out_35_0, out_36_0, out_37_0, out_38_0, out_39_0, out_40_0, out_41_0,
  out_42_0, out_43_0, out_44_0, out_45_0, out_46_0, out_47_0;

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
  relu_1_46_2_on_binary_indicator_var, relu_1_46_2_off_binary_indicator_var, relu_1_47_0_on_binary_indicator_var, relu_1_47_0_off_binary_indicator_var, relu_1_47_1_on_binary_indicator_var, relu_1_47_1_off_binary_indicator_var, relu_1_47_2_on_binary_indicator_var, relu_1_47_2_off_binary_indicator_var;

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
  pre_definition_1_47_2, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0, out_definition_19_0, out_definition_20_0, out_definition_21_0, out_definition_22_0,
  out_definition_23_0, out_definition_24_0, out_definition_25_0, out_definition_26_0, out_definition_27_0, out_definition_28_0, out_definition_29_0, out_definition_30_0,
  out_definition_31_0, out_definition_32_0, out_definition_33_0, out_definition_34_0, out_definition_35_0, out_definition_36_0, out_definition_37_0, out_definition_38_0,
  out_definition_39_0, out_definition_40_0, out_definition_41_0, out_definition_42_0, out_definition_43_0, out_definition_44_0, out_definition_45_0, out_definition_46_0,
  out_definition_47_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e195_, e196_, e197_, e198_, e199_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e202_, e203_, e204_, e205_, e206_, relu_1_0_2_above_pre,
  relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor, e209_, e210_, e211_, e212_, e213_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor,
  e216_, e217_, e218_, e219_, e220_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e223_,
  e224_, e225_, e226_, e227_, relu_1_1_2_above_pre, relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor, e230_, e231_,
  e232_, e233_, e234_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e237_, e238_, e239_,
  e240_, e241_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e244_, e245_, e246_, e247_,
  e248_, relu_1_2_2_above_pre, relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor, e251_, e252_, e253_, e254_, e255_,
  relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e258_, e259_, e260_, e261_, e262_, relu_1_3_1_above_pre,
  relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e265_, e266_, e267_, e268_, e269_, relu_1_3_2_above_pre, relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor,
  e272_, e273_, e274_, e275_, e276_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e279_,
  e280_, e281_, e282_, e283_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e286_, e287_,
  e288_, e289_, e290_, relu_1_4_2_above_pre, relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor, e293_, e294_, e295_,
  e296_, e297_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e300_, e301_, e302_, e303_,
  e304_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e307_, e308_, e309_, e310_, e311_,
  relu_1_5_2_above_pre, relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor, e314_, e315_, e316_, e317_, e318_, relu_1_6_0_above_pre,
  relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e321_, e322_, e323_, e324_, e325_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor,
  e328_, e329_, e330_, e331_, e332_, relu_1_6_2_above_pre, relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor, e335_,
  e336_, e337_, e338_, e339_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e342_, e343_,
  e344_, e345_, e346_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e349_, e350_, e351_,
  e352_, e353_, relu_1_7_2_above_pre, relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor, e356_, e357_, e358_, e359_,
  e360_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e363_, e364_, e365_, e366_, e367_,
  relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e370_, e371_, e372_, e373_, e374_, relu_1_8_2_above_pre,
  relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor, e377_, e378_, e379_, e380_, e381_, relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor,
  e384_, e385_, e386_, e387_, e388_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e391_,
  e392_, e393_, e394_, e395_, relu_1_9_2_above_pre, relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor, e398_, e399_,
  e400_, e401_, e402_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e405_, e406_, e407_,
  e408_, e409_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e412_, e413_, e414_, e415_,
  e416_, relu_1_10_2_above_pre, relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor, e419_, e420_, e421_, e422_, e423_,
  relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e426_, e427_, e428_, e429_, e430_, relu_1_11_1_above_pre,
  relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e433_, e434_, e435_, e436_, e437_, relu_1_11_2_above_pre, relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor,
  e440_, e441_, e442_, e443_, e444_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e447_,
  e448_, e449_, e450_, e451_, relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e454_, e455_,
  e456_, e457_, e458_, relu_1_12_2_above_pre, relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor, e461_, e462_, e463_,
  e464_, e465_, relu_1_13_0_above_pre, relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e468_, e469_, e470_, e471_,
  e472_, relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor, e475_, e476_, e477_, e478_, e479_,
  relu_1_13_2_above_pre, relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor, e482_, e483_, e484_, e485_, e486_, relu_1_14_0_above_pre,
  relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e489_, e490_, e491_, e492_, e493_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor,
  e496_, e497_, e498_, e499_, e500_, relu_1_14_2_above_pre, relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor, e503_,
  e504_, e505_, e506_, e507_, relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e510_, e511_,
  e512_, e513_, e514_, relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e517_, e518_, e519_,
  e520_, e521_, relu_1_15_2_above_pre, relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor, e524_, e525_, e526_, e527_,
  e528_, relu_1_16_0_above_pre, relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor, e531_, e532_, e533_, e534_, e535_,
  relu_1_16_1_above_pre, relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor, e538_, e539_, e540_, e541_, e542_, relu_1_16_2_above_pre,
  relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor, e545_, e546_, e547_, e548_, e549_, relu_1_17_0_above_pre, relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor,
  e552_, e553_, e554_, e555_, e556_, relu_1_17_1_above_pre, relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor, e559_,
  e560_, e561_, e562_, e563_, relu_1_17_2_above_pre, relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor, e566_, e567_,
  e568_, e569_, e570_, relu_1_18_0_above_pre, relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor, e573_, e574_, e575_,
  e576_, e577_, relu_1_18_1_above_pre, relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor, e580_, e581_, e582_, e583_,
  e584_, relu_1_18_2_above_pre, relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor, e587_, e588_, e589_, e590_, e591_,
  relu_1_19_0_above_pre, relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor, e594_, e595_, e596_, e597_, e598_, relu_1_19_1_above_pre,
  relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor, e601_, e602_, e603_, e604_, e605_, relu_1_19_2_above_pre, relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor,
  e608_, e609_, e610_, e611_, e612_, relu_1_20_0_above_pre, relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor, e615_,
  e616_, e617_, e618_, e619_, relu_1_20_1_above_pre, relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor, e622_, e623_,
  e624_, e625_, e626_, relu_1_20_2_above_pre, relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor, e629_, e630_, e631_,
  e632_, e633_, relu_1_21_0_above_pre, relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor, e636_, e637_, e638_, e639_,
  e640_, relu_1_21_1_above_pre, relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor, e643_, e644_, e645_, e646_, e647_,
  relu_1_21_2_above_pre, relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor, e650_, e651_, e652_, e653_, e654_, relu_1_22_0_above_pre,
  relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor, e657_, e658_, e659_, e660_, e661_, relu_1_22_1_above_pre, relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor,
  e664_, e665_, e666_, e667_, e668_, relu_1_22_2_above_pre, relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor, e671_,
  e672_, e673_, e674_, e675_, relu_1_23_0_above_pre, relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor, e678_, e679_,
  e680_, e681_, e682_, relu_1_23_1_above_pre, relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor, e685_, e686_, e687_,
  e688_, e689_, relu_1_23_2_above_pre, relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor, e692_, e693_, e694_, e695_,
  e696_, relu_1_24_0_above_pre, relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor, e699_, e700_, e701_, e702_, e703_,
  relu_1_24_1_above_pre, relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor, e706_, e707_, e708_, e709_, e710_, relu_1_24_2_above_pre,
  relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor, e713_, e714_, e715_, e716_, e717_, relu_1_25_0_above_pre, relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor,
  e720_, e721_, e722_, e723_, e724_, relu_1_25_1_above_pre, relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor, e727_,
  e728_, e729_, e730_, e731_, relu_1_25_2_above_pre, relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor, e734_, e735_,
  e736_, e737_, e738_, relu_1_26_0_above_pre, relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor, e741_, e742_, e743_,
  e744_, e745_, relu_1_26_1_above_pre, relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor, e748_, e749_, e750_, e751_,
  e752_, relu_1_26_2_above_pre, relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor, e755_, e756_, e757_, e758_, e759_,
  relu_1_27_0_above_pre, relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor, e762_, e763_, e764_, e765_, e766_, relu_1_27_1_above_pre,
  relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor, e769_, e770_, e771_, e772_, e773_, relu_1_27_2_above_pre, relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor,
  e776_, e777_, e778_, e779_, e780_, relu_1_28_0_above_pre, relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor, e783_,
  e784_, e785_, e786_, e787_, relu_1_28_1_above_pre, relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor, e790_, e791_,
  e792_, e793_, e794_, relu_1_28_2_above_pre, relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor, e797_, e798_, e799_,
  e800_, e801_, relu_1_29_0_above_pre, relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor, e804_, e805_, e806_, e807_,
  e808_, relu_1_29_1_above_pre, relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor, e811_, e812_, e813_, e814_, e815_,
  relu_1_29_2_above_pre, relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor, e818_, e819_, e820_, e821_, e822_, relu_1_30_0_above_pre,
  relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor, e825_, e826_, e827_, e828_, e829_, relu_1_30_1_above_pre, relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor,
  e832_, e833_, e834_, e835_, e836_, relu_1_30_2_above_pre, relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor, e839_,
  e840_, e841_, e842_, e843_, relu_1_31_0_above_pre, relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor, e846_, e847_,
  e848_, e849_, e850_, relu_1_31_1_above_pre, relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor, e853_, e854_, e855_,
  e856_, e857_, relu_1_31_2_above_pre, relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor, e860_, e861_, e862_, e863_,
  e864_, relu_1_32_0_above_pre, relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor, e867_, e868_, e869_, e870_, e871_,
  relu_1_32_1_above_pre, relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor, e874_, e875_, e876_, e877_, e878_, relu_1_32_2_above_pre,
  relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor, e881_, e882_, e883_, e884_, e885_, relu_1_33_0_above_pre, relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor,
  e888_, e889_, e890_, e891_, e892_, relu_1_33_1_above_pre, relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor, e895_,
  e896_, e897_, e898_, e899_, relu_1_33_2_above_pre, relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor, e902_, e903_,
  e904_, e905_, e906_, relu_1_34_0_above_pre, relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor, e909_, e910_, e911_,
  e912_, e913_, relu_1_34_1_above_pre, relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor, e916_, e917_, e918_, e919_,
  e920_, relu_1_34_2_above_pre, relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor, e923_, e924_, e925_, e926_, e927_,
  relu_1_35_0_above_pre, relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor, e930_, e931_, e932_, e933_, e934_, relu_1_35_1_above_pre,
  relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor, e937_, e938_, e939_, e940_, e941_, relu_1_35_2_above_pre, relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor,
  e944_, e945_, e946_, e947_, e948_, relu_1_36_0_above_pre, relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor, e951_,
  e952_, e953_, e954_, e955_, relu_1_36_1_above_pre, relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor, e958_, e959_,
  e960_, e961_, e962_, relu_1_36_2_above_pre, relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor, e965_, e966_, e967_,
  e968_, e969_, relu_1_37_0_above_pre, relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor, e972_, e973_, e974_, e975_,
  e976_, relu_1_37_1_above_pre, relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor, e979_, e980_, e981_, e982_, e983_,
  relu_1_37_2_above_pre, relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor, e986_, e987_, e988_, e989_, e990_, relu_1_38_0_above_pre,
  relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor, e993_, e994_, e995_, e996_, e997_, relu_1_38_1_above_pre, relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1000_, e1001_, e1002_, e1003_, e1004_, relu_1_38_2_above_pre, relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor, e1007_,
  e1008_, e1009_, e1010_, e1011_, relu_1_39_0_above_pre, relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor, e1014_, e1015_,
  e1016_, e1017_, e1018_, relu_1_39_1_above_pre, relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor, e1021_, e1022_, e1023_,
  e1024_, e1025_, relu_1_39_2_above_pre, relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor, e1028_, e1029_, e1030_, e1031_,
  e1032_, relu_1_40_0_above_pre, relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor, e1035_, e1036_, e1037_, e1038_, e1039_,
  relu_1_40_1_above_pre, relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor, e1042_, e1043_, e1044_, e1045_, e1046_, relu_1_40_2_above_pre,
  relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor, e1049_, e1050_, e1051_, e1052_, e1053_, relu_1_41_0_above_pre, relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor,
  e1056_, e1057_, e1058_, e1059_, e1060_, relu_1_41_1_above_pre, relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor, e1063_,
  e1064_, e1065_, e1066_, e1067_, relu_1_41_2_above_pre, relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor, e1070_, e1071_,
  e1072_, e1073_, e1074_, relu_1_42_0_above_pre, relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor, e1077_, e1078_, e1079_,
  e1080_, e1081_, relu_1_42_1_above_pre, relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor, e1084_, e1085_, e1086_, e1087_,
  e1088_, relu_1_42_2_above_pre, relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor, e1091_, e1092_, e1093_, e1094_, e1095_,
  relu_1_43_0_above_pre, relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor, e1098_, e1099_, e1100_, e1101_, e1102_, relu_1_43_1_above_pre,
  relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor, e1105_, e1106_, e1107_, e1108_, e1109_, relu_1_43_2_above_pre, relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor,
  e1112_, e1113_, e1114_, e1115_, e1116_, relu_1_44_0_above_pre, relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor, e1119_,
  e1120_, e1121_, e1122_, e1123_, relu_1_44_1_above_pre, relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor, e1126_, e1127_,
  e1128_, e1129_, e1130_, relu_1_44_2_above_pre, relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor, e1133_, e1134_, e1135_,
  e1136_, e1137_, relu_1_45_0_above_pre, relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor, e1140_, e1141_, e1142_, e1143_,
  e1144_, relu_1_45_1_above_pre, relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor, e1147_, e1148_, e1149_, e1150_, e1151_,
  relu_1_45_2_above_pre, relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor, e1154_, e1155_, e1156_, e1157_, e1158_, relu_1_46_0_above_pre,
  relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor, e1161_, e1162_, e1163_, e1164_, e1165_, relu_1_46_1_above_pre, relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor,
  e1168_, e1169_, e1170_, e1171_, e1172_, relu_1_46_2_above_pre, relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor, e1175_,
  e1176_, e1177_, e1178_, e1179_, relu_1_47_0_above_pre, relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor, e1182_, e1183_,
  e1184_, e1185_, e1186_, relu_1_47_1_above_pre, relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor, e1189_, e1190_, e1191_,
  e1192_, e1193_, relu_1_47_2_above_pre, relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor, e1196_, e1197_, e1198_, e1199_,
  e1200_;

e_obj.. - objvar - 2.6545717713824035*out_0_0 - 0.8667313260223538*out_1_0 - 3.2116297798100386*out_2_0 - 4.278328055394707*out_3_0 - 2.486057754590653*out_4_0 - 0.8217281558766389*out_5_0 + 0.046395233852005904*out_6_0
    - 0.1193917418704552*out_7_0 - 0.3231458928347486*out_8_0 - 4.292984980293711*out_9_0 - 1.3118257987143402*out_10_0 - 2.866000498231644*out_11_0 + 0.8601892402101066*out_12_0 - 2.3890807779041383*out_13_0 - 2.372107535735497*out_14_0
    - 3.0557523582228074*out_15_0 - 2.415669741980031*out_16_0 - 3.868357485464237*out_17_0 + 0.44153187590198917*out_18_0 - 0.6494046829343197*out_19_0 - 3.6985576159821636*out_20_0 - 2.9457203778751424*out_21_0 - 2.8320552933739136*out_22_0
    - 3.1703348015335098*out_23_0 - 4.502043721132246*out_24_0 - 3.157088231215124*out_25_0 - 3.6258729199744675*out_26_0 - 1.6031622974602697*out_27_0 - 2.817590282291485*out_28_0 - 1.5416268455833315*out_29_0 - 1.1581438915911908*out_30_0
    - 1.1414493011925206*out_31_0 + 1.082769314853436*out_32_0 - 0.6200851973475748*out_33_0 - 2.086972450807233*out_34_0 - 1.8041419925365847*out_35_0 - 0.311150936330829*out_36_0 - 3.4121344136024634*out_37_0 + 0.7901580236833646*out_38_0
    - 3.324419462890082*out_39_0 + 1.25228453443972*out_40_0 - 2.8565974828499727*out_41_0 + 0.7895512710634888*out_42_0 - 1.1711221482939655*out_43_0 - 1.411591481174123*out_44_0 - 2.117113792373134*out_45_0 - 2.374372673719489*out_46_0
    - 3.6484694818676235*out_47_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0) + 1*sqr(out_19_0) + 1*sqr(out_20_0) + 1*sqr(out_21_0) + 1*sqr(out_22_0)
    + 1*sqr(out_23_0) + 1*sqr(out_24_0) + 1*sqr(out_25_0) + 1*sqr(out_26_0) + 1*sqr(out_27_0) + 1*sqr(out_28_0) + 1*sqr(out_29_0) + 1*sqr(out_30_0)
    + 1*sqr(out_31_0) + 1*sqr(out_32_0) + 1*sqr(out_33_0) + 1*sqr(out_34_0) + 1*sqr(out_35_0) + 1*sqr(out_36_0) + 1*sqr(out_37_0) + 1*sqr(out_38_0)
    + 1*sqr(out_39_0) + 1*sqr(out_40_0) + 1*sqr(out_41_0) + 1*sqr(out_42_0) + 1*sqr(out_43_0) + 1*sqr(out_44_0) + 1*sqr(out_45_0) + 1*sqr(out_46_0)
    + 1*sqr(out_47_0) + 70.91414714837002 =e= 0;
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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e195_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.176419226746878*relu_1_0_0_on_binary_indicator_var =g= -7.176419226746878;
e196_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 14.352838453493757*relu_1_0_0_on_binary_indicator_var =l= 14.352838453493757;
e197_.. + 1*post_1_0_0 =g= 0;
e198_.. + 1*post_1_0_0 + 7.176419226746878*relu_1_0_0_off_binary_indicator_var =l= 7.176419226746878;
e199_.. + 1*pre_1_0_0 + 7.176419226746878*relu_1_0_0_off_binary_indicator_var =l= 7.176419226746878;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e202_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.176419226746878*relu_1_0_1_on_binary_indicator_var =g= -7.176419226746878;
e203_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 14.352838453493757*relu_1_0_1_on_binary_indicator_var =l= 14.352838453493757;
e204_.. + 1*post_1_0_1 =g= 0;
e205_.. + 1*post_1_0_1 + 7.176419226746878*relu_1_0_1_off_binary_indicator_var =l= 7.176419226746878;
e206_.. + 1*pre_1_0_1 + 7.176419226746878*relu_1_0_1_off_binary_indicator_var =l= 7.176419226746878;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_2_on_binary_indicator_var + 1*relu_1_0_2_off_binary_indicator_var =e= 1;
e209_.. - 1*pre_1_0_2 + 1*post_1_0_2 - 7.176419226746878*relu_1_0_2_on_binary_indicator_var =g= -7.176419226746878;
e210_.. - 1*pre_1_0_2 + 1*post_1_0_2 + 14.352838453493757*relu_1_0_2_on_binary_indicator_var =l= 14.352838453493757;
e211_.. + 1*post_1_0_2 =g= 0;
e212_.. + 1*post_1_0_2 + 7.176419226746878*relu_1_0_2_off_binary_indicator_var =l= 7.176419226746878;
e213_.. + 1*pre_1_0_2 + 7.176419226746878*relu_1_0_2_off_binary_indicator_var =l= 7.176419226746878;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e216_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 7.125139810483965*relu_1_1_0_on_binary_indicator_var =g= -7.125139810483965;
e217_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 14.25027962096793*relu_1_1_0_on_binary_indicator_var =l= 14.25027962096793;
e218_.. + 1*post_1_1_0 =g= 0;
e219_.. + 1*post_1_1_0 + 7.125139810483965*relu_1_1_0_off_binary_indicator_var =l= 7.125139810483965;
e220_.. + 1*pre_1_1_0 + 7.125139810483965*relu_1_1_0_off_binary_indicator_var =l= 7.125139810483965;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e223_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 7.125139810483965*relu_1_1_1_on_binary_indicator_var =g= -7.125139810483965;
e224_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 14.25027962096793*relu_1_1_1_on_binary_indicator_var =l= 14.25027962096793;
e225_.. + 1*post_1_1_1 =g= 0;
e226_.. + 1*post_1_1_1 + 7.125139810483965*relu_1_1_1_off_binary_indicator_var =l= 7.125139810483965;
e227_.. + 1*pre_1_1_1 + 7.125139810483965*relu_1_1_1_off_binary_indicator_var =l= 7.125139810483965;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_2_on_binary_indicator_var + 1*relu_1_1_2_off_binary_indicator_var =e= 1;
e230_.. - 1*pre_1_1_2 + 1*post_1_1_2 - 7.125139810483965*relu_1_1_2_on_binary_indicator_var =g= -7.125139810483965;
e231_.. - 1*pre_1_1_2 + 1*post_1_1_2 + 14.25027962096793*relu_1_1_2_on_binary_indicator_var =l= 14.25027962096793;
e232_.. + 1*post_1_1_2 =g= 0;
e233_.. + 1*post_1_1_2 + 7.125139810483965*relu_1_1_2_off_binary_indicator_var =l= 7.125139810483965;
e234_.. + 1*pre_1_1_2 + 7.125139810483965*relu_1_1_2_off_binary_indicator_var =l= 7.125139810483965;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e237_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 4.450495978270242*relu_1_2_0_on_binary_indicator_var =g= -4.450495978270242;
e238_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 8.900991956540484*relu_1_2_0_on_binary_indicator_var =l= 8.900991956540484;
e239_.. + 1*post_1_2_0 =g= 0;
e240_.. + 1*post_1_2_0 + 4.450495978270242*relu_1_2_0_off_binary_indicator_var =l= 4.450495978270242;
e241_.. + 1*pre_1_2_0 + 4.450495978270242*relu_1_2_0_off_binary_indicator_var =l= 4.450495978270242;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e244_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 4.450495978270242*relu_1_2_1_on_binary_indicator_var =g= -4.450495978270242;
e245_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 8.900991956540484*relu_1_2_1_on_binary_indicator_var =l= 8.900991956540484;
e246_.. + 1*post_1_2_1 =g= 0;
e247_.. + 1*post_1_2_1 + 4.450495978270242*relu_1_2_1_off_binary_indicator_var =l= 4.450495978270242;
e248_.. + 1*pre_1_2_1 + 4.450495978270242*relu_1_2_1_off_binary_indicator_var =l= 4.450495978270242;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_2_on_binary_indicator_var + 1*relu_1_2_2_off_binary_indicator_var =e= 1;
e251_.. - 1*pre_1_2_2 + 1*post_1_2_2 - 4.450495978270242*relu_1_2_2_on_binary_indicator_var =g= -4.450495978270242;
e252_.. - 1*pre_1_2_2 + 1*post_1_2_2 + 8.900991956540484*relu_1_2_2_on_binary_indicator_var =l= 8.900991956540484;
e253_.. + 1*post_1_2_2 =g= 0;
e254_.. + 1*post_1_2_2 + 4.450495978270242*relu_1_2_2_off_binary_indicator_var =l= 4.450495978270242;
e255_.. + 1*pre_1_2_2 + 4.450495978270242*relu_1_2_2_off_binary_indicator_var =l= 4.450495978270242;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e258_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6.293958645941272*relu_1_3_0_on_binary_indicator_var =g= -6.293958645941272;
e259_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 12.587917291882544*relu_1_3_0_on_binary_indicator_var =l= 12.587917291882544;
e260_.. + 1*post_1_3_0 =g= 0;
e261_.. + 1*post_1_3_0 + 6.293958645941272*relu_1_3_0_off_binary_indicator_var =l= 6.293958645941272;
e262_.. + 1*pre_1_3_0 + 6.293958645941272*relu_1_3_0_off_binary_indicator_var =l= 6.293958645941272;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e265_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 6.293958645941272*relu_1_3_1_on_binary_indicator_var =g= -6.293958645941272;
e266_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 12.587917291882544*relu_1_3_1_on_binary_indicator_var =l= 12.587917291882544;
e267_.. + 1*post_1_3_1 =g= 0;
e268_.. + 1*post_1_3_1 + 6.293958645941272*relu_1_3_1_off_binary_indicator_var =l= 6.293958645941272;
e269_.. + 1*pre_1_3_1 + 6.293958645941272*relu_1_3_1_off_binary_indicator_var =l= 6.293958645941272;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_2_on_binary_indicator_var + 1*relu_1_3_2_off_binary_indicator_var =e= 1;
e272_.. - 1*pre_1_3_2 + 1*post_1_3_2 - 6.293958645941272*relu_1_3_2_on_binary_indicator_var =g= -6.293958645941272;
e273_.. - 1*pre_1_3_2 + 1*post_1_3_2 + 12.587917291882544*relu_1_3_2_on_binary_indicator_var =l= 12.587917291882544;
e274_.. + 1*post_1_3_2 =g= 0;
e275_.. + 1*post_1_3_2 + 6.293958645941272*relu_1_3_2_off_binary_indicator_var =l= 6.293958645941272;
e276_.. + 1*pre_1_3_2 + 6.293958645941272*relu_1_3_2_off_binary_indicator_var =l= 6.293958645941272;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e279_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 6.278046829164398*relu_1_4_0_on_binary_indicator_var =g= -6.278046829164398;
e280_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 12.556093658328797*relu_1_4_0_on_binary_indicator_var =l= 12.556093658328797;
e281_.. + 1*post_1_4_0 =g= 0;
e282_.. + 1*post_1_4_0 + 6.278046829164398*relu_1_4_0_off_binary_indicator_var =l= 6.278046829164398;
e283_.. + 1*pre_1_4_0 + 6.278046829164398*relu_1_4_0_off_binary_indicator_var =l= 6.278046829164398;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e286_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 6.278046829164398*relu_1_4_1_on_binary_indicator_var =g= -6.278046829164398;
e287_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 12.556093658328797*relu_1_4_1_on_binary_indicator_var =l= 12.556093658328797;
e288_.. + 1*post_1_4_1 =g= 0;
e289_.. + 1*post_1_4_1 + 6.278046829164398*relu_1_4_1_off_binary_indicator_var =l= 6.278046829164398;
e290_.. + 1*pre_1_4_1 + 6.278046829164398*relu_1_4_1_off_binary_indicator_var =l= 6.278046829164398;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_2_on_binary_indicator_var + 1*relu_1_4_2_off_binary_indicator_var =e= 1;
e293_.. - 1*pre_1_4_2 + 1*post_1_4_2 - 6.278046829164398*relu_1_4_2_on_binary_indicator_var =g= -6.278046829164398;
e294_.. - 1*pre_1_4_2 + 1*post_1_4_2 + 12.556093658328797*relu_1_4_2_on_binary_indicator_var =l= 12.556093658328797;
e295_.. + 1*post_1_4_2 =g= 0;
e296_.. + 1*post_1_4_2 + 6.278046829164398*relu_1_4_2_off_binary_indicator_var =l= 6.278046829164398;
e297_.. + 1*pre_1_4_2 + 6.278046829164398*relu_1_4_2_off_binary_indicator_var =l= 6.278046829164398;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e300_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 4.575447738333024*relu_1_5_0_on_binary_indicator_var =g= -4.575447738333024;
e301_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 9.150895476666047*relu_1_5_0_on_binary_indicator_var =l= 9.150895476666047;
e302_.. + 1*post_1_5_0 =g= 0;
e303_.. + 1*post_1_5_0 + 4.575447738333024*relu_1_5_0_off_binary_indicator_var =l= 4.575447738333024;
e304_.. + 1*pre_1_5_0 + 4.575447738333024*relu_1_5_0_off_binary_indicator_var =l= 4.575447738333024;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e307_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 4.575447738333024*relu_1_5_1_on_binary_indicator_var =g= -4.575447738333024;
e308_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 9.150895476666047*relu_1_5_1_on_binary_indicator_var =l= 9.150895476666047;
e309_.. + 1*post_1_5_1 =g= 0;
e310_.. + 1*post_1_5_1 + 4.575447738333024*relu_1_5_1_off_binary_indicator_var =l= 4.575447738333024;
e311_.. + 1*pre_1_5_1 + 4.575447738333024*relu_1_5_1_off_binary_indicator_var =l= 4.575447738333024;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_2_on_binary_indicator_var + 1*relu_1_5_2_off_binary_indicator_var =e= 1;
e314_.. - 1*pre_1_5_2 + 1*post_1_5_2 - 4.575447738333024*relu_1_5_2_on_binary_indicator_var =g= -4.575447738333024;
e315_.. - 1*pre_1_5_2 + 1*post_1_5_2 + 9.150895476666047*relu_1_5_2_on_binary_indicator_var =l= 9.150895476666047;
e316_.. + 1*post_1_5_2 =g= 0;
e317_.. + 1*post_1_5_2 + 4.575447738333024*relu_1_5_2_off_binary_indicator_var =l= 4.575447738333024;
e318_.. + 1*pre_1_5_2 + 4.575447738333024*relu_1_5_2_off_binary_indicator_var =l= 4.575447738333024;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e321_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.681194289163965*relu_1_6_0_on_binary_indicator_var =g= -6.681194289163965;
e322_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 13.36238857832793*relu_1_6_0_on_binary_indicator_var =l= 13.36238857832793;
e323_.. + 1*post_1_6_0 =g= 0;
e324_.. + 1*post_1_6_0 + 6.681194289163965*relu_1_6_0_off_binary_indicator_var =l= 6.681194289163965;
e325_.. + 1*pre_1_6_0 + 6.681194289163965*relu_1_6_0_off_binary_indicator_var =l= 6.681194289163965;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e328_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.681194289163965*relu_1_6_1_on_binary_indicator_var =g= -6.681194289163965;
e329_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 13.36238857832793*relu_1_6_1_on_binary_indicator_var =l= 13.36238857832793;
e330_.. + 1*post_1_6_1 =g= 0;
e331_.. + 1*post_1_6_1 + 6.681194289163965*relu_1_6_1_off_binary_indicator_var =l= 6.681194289163965;
e332_.. + 1*pre_1_6_1 + 6.681194289163965*relu_1_6_1_off_binary_indicator_var =l= 6.681194289163965;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_2_on_binary_indicator_var + 1*relu_1_6_2_off_binary_indicator_var =e= 1;
e335_.. - 1*pre_1_6_2 + 1*post_1_6_2 - 6.681194289163965*relu_1_6_2_on_binary_indicator_var =g= -6.681194289163965;
e336_.. - 1*pre_1_6_2 + 1*post_1_6_2 + 13.36238857832793*relu_1_6_2_on_binary_indicator_var =l= 13.36238857832793;
e337_.. + 1*post_1_6_2 =g= 0;
e338_.. + 1*post_1_6_2 + 6.681194289163965*relu_1_6_2_off_binary_indicator_var =l= 6.681194289163965;
e339_.. + 1*pre_1_6_2 + 6.681194289163965*relu_1_6_2_off_binary_indicator_var =l= 6.681194289163965;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e342_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 6.998263939541548*relu_1_7_0_on_binary_indicator_var =g= -6.998263939541548;
e343_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 13.996527879083096*relu_1_7_0_on_binary_indicator_var =l= 13.996527879083096;
e344_.. + 1*post_1_7_0 =g= 0;
e345_.. + 1*post_1_7_0 + 6.998263939541548*relu_1_7_0_off_binary_indicator_var =l= 6.998263939541548;
e346_.. + 1*pre_1_7_0 + 6.998263939541548*relu_1_7_0_off_binary_indicator_var =l= 6.998263939541548;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e349_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 6.998263939541548*relu_1_7_1_on_binary_indicator_var =g= -6.998263939541548;
e350_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 13.996527879083096*relu_1_7_1_on_binary_indicator_var =l= 13.996527879083096;
e351_.. + 1*post_1_7_1 =g= 0;
e352_.. + 1*post_1_7_1 + 6.998263939541548*relu_1_7_1_off_binary_indicator_var =l= 6.998263939541548;
e353_.. + 1*pre_1_7_1 + 6.998263939541548*relu_1_7_1_off_binary_indicator_var =l= 6.998263939541548;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_2_on_binary_indicator_var + 1*relu_1_7_2_off_binary_indicator_var =e= 1;
e356_.. - 1*pre_1_7_2 + 1*post_1_7_2 - 6.998263939541548*relu_1_7_2_on_binary_indicator_var =g= -6.998263939541548;
e357_.. - 1*pre_1_7_2 + 1*post_1_7_2 + 13.996527879083096*relu_1_7_2_on_binary_indicator_var =l= 13.996527879083096;
e358_.. + 1*post_1_7_2 =g= 0;
e359_.. + 1*post_1_7_2 + 6.998263939541548*relu_1_7_2_off_binary_indicator_var =l= 6.998263939541548;
e360_.. + 1*pre_1_7_2 + 6.998263939541548*relu_1_7_2_off_binary_indicator_var =l= 6.998263939541548;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e363_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 5.033436041032538*relu_1_8_0_on_binary_indicator_var =g= -5.033436041032538;
e364_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 10.066872082065077*relu_1_8_0_on_binary_indicator_var =l= 10.066872082065077;
e365_.. + 1*post_1_8_0 =g= 0;
e366_.. + 1*post_1_8_0 + 5.033436041032538*relu_1_8_0_off_binary_indicator_var =l= 5.033436041032538;
e367_.. + 1*pre_1_8_0 + 5.033436041032538*relu_1_8_0_off_binary_indicator_var =l= 5.033436041032538;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e370_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 5.033436041032538*relu_1_8_1_on_binary_indicator_var =g= -5.033436041032538;
e371_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 10.066872082065077*relu_1_8_1_on_binary_indicator_var =l= 10.066872082065077;
e372_.. + 1*post_1_8_1 =g= 0;
e373_.. + 1*post_1_8_1 + 5.033436041032538*relu_1_8_1_off_binary_indicator_var =l= 5.033436041032538;
e374_.. + 1*pre_1_8_1 + 5.033436041032538*relu_1_8_1_off_binary_indicator_var =l= 5.033436041032538;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_2_on_binary_indicator_var + 1*relu_1_8_2_off_binary_indicator_var =e= 1;
e377_.. - 1*pre_1_8_2 + 1*post_1_8_2 - 5.033436041032538*relu_1_8_2_on_binary_indicator_var =g= -5.033436041032538;
e378_.. - 1*pre_1_8_2 + 1*post_1_8_2 + 10.066872082065077*relu_1_8_2_on_binary_indicator_var =l= 10.066872082065077;
e379_.. + 1*post_1_8_2 =g= 0;
e380_.. + 1*post_1_8_2 + 5.033436041032538*relu_1_8_2_off_binary_indicator_var =l= 5.033436041032538;
e381_.. + 1*pre_1_8_2 + 5.033436041032538*relu_1_8_2_off_binary_indicator_var =l= 5.033436041032538;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e384_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 5.85589242599091*relu_1_9_0_on_binary_indicator_var =g= -5.85589242599091;
e385_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 11.71178485198182*relu_1_9_0_on_binary_indicator_var =l= 11.71178485198182;
e386_.. + 1*post_1_9_0 =g= 0;
e387_.. + 1*post_1_9_0 + 5.85589242599091*relu_1_9_0_off_binary_indicator_var =l= 5.85589242599091;
e388_.. + 1*pre_1_9_0 + 5.85589242599091*relu_1_9_0_off_binary_indicator_var =l= 5.85589242599091;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e391_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 5.85589242599091*relu_1_9_1_on_binary_indicator_var =g= -5.85589242599091;
e392_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 11.71178485198182*relu_1_9_1_on_binary_indicator_var =l= 11.71178485198182;
e393_.. + 1*post_1_9_1 =g= 0;
e394_.. + 1*post_1_9_1 + 5.85589242599091*relu_1_9_1_off_binary_indicator_var =l= 5.85589242599091;
e395_.. + 1*pre_1_9_1 + 5.85589242599091*relu_1_9_1_off_binary_indicator_var =l= 5.85589242599091;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_2_on_binary_indicator_var + 1*relu_1_9_2_off_binary_indicator_var =e= 1;
e398_.. - 1*pre_1_9_2 + 1*post_1_9_2 - 5.85589242599091*relu_1_9_2_on_binary_indicator_var =g= -5.85589242599091;
e399_.. - 1*pre_1_9_2 + 1*post_1_9_2 + 11.71178485198182*relu_1_9_2_on_binary_indicator_var =l= 11.71178485198182;
e400_.. + 1*post_1_9_2 =g= 0;
e401_.. + 1*post_1_9_2 + 5.85589242599091*relu_1_9_2_off_binary_indicator_var =l= 5.85589242599091;
e402_.. + 1*pre_1_9_2 + 5.85589242599091*relu_1_9_2_off_binary_indicator_var =l= 5.85589242599091;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e405_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 4.481055976018846*relu_1_10_0_on_binary_indicator_var =g= -4.481055976018846;
e406_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 8.962111952037692*relu_1_10_0_on_binary_indicator_var =l= 8.962111952037692;
e407_.. + 1*post_1_10_0 =g= 0;
e408_.. + 1*post_1_10_0 + 4.481055976018846*relu_1_10_0_off_binary_indicator_var =l= 4.481055976018846;
e409_.. + 1*pre_1_10_0 + 4.481055976018846*relu_1_10_0_off_binary_indicator_var =l= 4.481055976018846;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e412_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 4.481055976018846*relu_1_10_1_on_binary_indicator_var =g= -4.481055976018846;
e413_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 8.962111952037692*relu_1_10_1_on_binary_indicator_var =l= 8.962111952037692;
e414_.. + 1*post_1_10_1 =g= 0;
e415_.. + 1*post_1_10_1 + 4.481055976018846*relu_1_10_1_off_binary_indicator_var =l= 4.481055976018846;
e416_.. + 1*pre_1_10_1 + 4.481055976018846*relu_1_10_1_off_binary_indicator_var =l= 4.481055976018846;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_2_on_binary_indicator_var + 1*relu_1_10_2_off_binary_indicator_var =e= 1;
e419_.. - 1*pre_1_10_2 + 1*post_1_10_2 - 4.481055976018846*relu_1_10_2_on_binary_indicator_var =g= -4.481055976018846;
e420_.. - 1*pre_1_10_2 + 1*post_1_10_2 + 8.962111952037692*relu_1_10_2_on_binary_indicator_var =l= 8.962111952037692;
e421_.. + 1*post_1_10_2 =g= 0;
e422_.. + 1*post_1_10_2 + 4.481055976018846*relu_1_10_2_off_binary_indicator_var =l= 4.481055976018846;
e423_.. + 1*pre_1_10_2 + 4.481055976018846*relu_1_10_2_off_binary_indicator_var =l= 4.481055976018846;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e426_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 4.223536593655531*relu_1_11_0_on_binary_indicator_var =g= -4.223536593655531;
e427_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 8.447073187311062*relu_1_11_0_on_binary_indicator_var =l= 8.447073187311062;
e428_.. + 1*post_1_11_0 =g= 0;
e429_.. + 1*post_1_11_0 + 4.223536593655531*relu_1_11_0_off_binary_indicator_var =l= 4.223536593655531;
e430_.. + 1*pre_1_11_0 + 4.223536593655531*relu_1_11_0_off_binary_indicator_var =l= 4.223536593655531;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e433_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 4.223536593655531*relu_1_11_1_on_binary_indicator_var =g= -4.223536593655531;
e434_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 8.447073187311062*relu_1_11_1_on_binary_indicator_var =l= 8.447073187311062;
e435_.. + 1*post_1_11_1 =g= 0;
e436_.. + 1*post_1_11_1 + 4.223536593655531*relu_1_11_1_off_binary_indicator_var =l= 4.223536593655531;
e437_.. + 1*pre_1_11_1 + 4.223536593655531*relu_1_11_1_off_binary_indicator_var =l= 4.223536593655531;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_2_on_binary_indicator_var + 1*relu_1_11_2_off_binary_indicator_var =e= 1;
e440_.. - 1*pre_1_11_2 + 1*post_1_11_2 - 4.223536593655531*relu_1_11_2_on_binary_indicator_var =g= -4.223536593655531;
e441_.. - 1*pre_1_11_2 + 1*post_1_11_2 + 8.447073187311062*relu_1_11_2_on_binary_indicator_var =l= 8.447073187311062;
e442_.. + 1*post_1_11_2 =g= 0;
e443_.. + 1*post_1_11_2 + 4.223536593655531*relu_1_11_2_off_binary_indicator_var =l= 4.223536593655531;
e444_.. + 1*pre_1_11_2 + 4.223536593655531*relu_1_11_2_off_binary_indicator_var =l= 4.223536593655531;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e447_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 7.9411881018315*relu_1_12_0_on_binary_indicator_var =g= -7.9411881018315;
e448_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 15.882376203663*relu_1_12_0_on_binary_indicator_var =l= 15.882376203663;
e449_.. + 1*post_1_12_0 =g= 0;
e450_.. + 1*post_1_12_0 + 7.9411881018315*relu_1_12_0_off_binary_indicator_var =l= 7.9411881018315;
e451_.. + 1*pre_1_12_0 + 7.9411881018315*relu_1_12_0_off_binary_indicator_var =l= 7.9411881018315;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e454_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 7.9411881018315*relu_1_12_1_on_binary_indicator_var =g= -7.9411881018315;
e455_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 15.882376203663*relu_1_12_1_on_binary_indicator_var =l= 15.882376203663;
e456_.. + 1*post_1_12_1 =g= 0;
e457_.. + 1*post_1_12_1 + 7.9411881018315*relu_1_12_1_off_binary_indicator_var =l= 7.9411881018315;
e458_.. + 1*pre_1_12_1 + 7.9411881018315*relu_1_12_1_off_binary_indicator_var =l= 7.9411881018315;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_2_on_binary_indicator_var + 1*relu_1_12_2_off_binary_indicator_var =e= 1;
e461_.. - 1*pre_1_12_2 + 1*post_1_12_2 - 7.9411881018315*relu_1_12_2_on_binary_indicator_var =g= -7.9411881018315;
e462_.. - 1*pre_1_12_2 + 1*post_1_12_2 + 15.882376203663*relu_1_12_2_on_binary_indicator_var =l= 15.882376203663;
e463_.. + 1*post_1_12_2 =g= 0;
e464_.. + 1*post_1_12_2 + 7.9411881018315*relu_1_12_2_off_binary_indicator_var =l= 7.9411881018315;
e465_.. + 1*pre_1_12_2 + 7.9411881018315*relu_1_12_2_off_binary_indicator_var =l= 7.9411881018315;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e468_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 4.282407804124144*relu_1_13_0_on_binary_indicator_var =g= -4.282407804124144;
e469_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 8.564815608248288*relu_1_13_0_on_binary_indicator_var =l= 8.564815608248288;
e470_.. + 1*post_1_13_0 =g= 0;
e471_.. + 1*post_1_13_0 + 4.282407804124144*relu_1_13_0_off_binary_indicator_var =l= 4.282407804124144;
e472_.. + 1*pre_1_13_0 + 4.282407804124144*relu_1_13_0_off_binary_indicator_var =l= 4.282407804124144;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e475_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 4.282407804124144*relu_1_13_1_on_binary_indicator_var =g= -4.282407804124144;
e476_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 8.564815608248288*relu_1_13_1_on_binary_indicator_var =l= 8.564815608248288;
e477_.. + 1*post_1_13_1 =g= 0;
e478_.. + 1*post_1_13_1 + 4.282407804124144*relu_1_13_1_off_binary_indicator_var =l= 4.282407804124144;
e479_.. + 1*pre_1_13_1 + 4.282407804124144*relu_1_13_1_off_binary_indicator_var =l= 4.282407804124144;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_2_on_binary_indicator_var + 1*relu_1_13_2_off_binary_indicator_var =e= 1;
e482_.. - 1*pre_1_13_2 + 1*post_1_13_2 - 4.282407804124144*relu_1_13_2_on_binary_indicator_var =g= -4.282407804124144;
e483_.. - 1*pre_1_13_2 + 1*post_1_13_2 + 8.564815608248288*relu_1_13_2_on_binary_indicator_var =l= 8.564815608248288;
e484_.. + 1*post_1_13_2 =g= 0;
e485_.. + 1*post_1_13_2 + 4.282407804124144*relu_1_13_2_off_binary_indicator_var =l= 4.282407804124144;
e486_.. + 1*pre_1_13_2 + 4.282407804124144*relu_1_13_2_off_binary_indicator_var =l= 4.282407804124144;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e489_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 4.634583834742528*relu_1_14_0_on_binary_indicator_var =g= -4.634583834742528;
e490_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 9.269167669485055*relu_1_14_0_on_binary_indicator_var =l= 9.269167669485055;
e491_.. + 1*post_1_14_0 =g= 0;
e492_.. + 1*post_1_14_0 + 4.634583834742528*relu_1_14_0_off_binary_indicator_var =l= 4.634583834742528;
e493_.. + 1*pre_1_14_0 + 4.634583834742528*relu_1_14_0_off_binary_indicator_var =l= 4.634583834742528;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e496_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 4.634583834742528*relu_1_14_1_on_binary_indicator_var =g= -4.634583834742528;
e497_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 9.269167669485055*relu_1_14_1_on_binary_indicator_var =l= 9.269167669485055;
e498_.. + 1*post_1_14_1 =g= 0;
e499_.. + 1*post_1_14_1 + 4.634583834742528*relu_1_14_1_off_binary_indicator_var =l= 4.634583834742528;
e500_.. + 1*pre_1_14_1 + 4.634583834742528*relu_1_14_1_off_binary_indicator_var =l= 4.634583834742528;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_2_on_binary_indicator_var + 1*relu_1_14_2_off_binary_indicator_var =e= 1;
e503_.. - 1*pre_1_14_2 + 1*post_1_14_2 - 4.634583834742528*relu_1_14_2_on_binary_indicator_var =g= -4.634583834742528;
e504_.. - 1*pre_1_14_2 + 1*post_1_14_2 + 9.269167669485055*relu_1_14_2_on_binary_indicator_var =l= 9.269167669485055;
e505_.. + 1*post_1_14_2 =g= 0;
e506_.. + 1*post_1_14_2 + 4.634583834742528*relu_1_14_2_off_binary_indicator_var =l= 4.634583834742528;
e507_.. + 1*pre_1_14_2 + 4.634583834742528*relu_1_14_2_off_binary_indicator_var =l= 4.634583834742528;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e510_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 4.622818643788233*relu_1_15_0_on_binary_indicator_var =g= -4.622818643788233;
e511_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 9.245637287576466*relu_1_15_0_on_binary_indicator_var =l= 9.245637287576466;
e512_.. + 1*post_1_15_0 =g= 0;
e513_.. + 1*post_1_15_0 + 4.622818643788233*relu_1_15_0_off_binary_indicator_var =l= 4.622818643788233;
e514_.. + 1*pre_1_15_0 + 4.622818643788233*relu_1_15_0_off_binary_indicator_var =l= 4.622818643788233;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e517_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 4.622818643788233*relu_1_15_1_on_binary_indicator_var =g= -4.622818643788233;
e518_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 9.245637287576466*relu_1_15_1_on_binary_indicator_var =l= 9.245637287576466;
e519_.. + 1*post_1_15_1 =g= 0;
e520_.. + 1*post_1_15_1 + 4.622818643788233*relu_1_15_1_off_binary_indicator_var =l= 4.622818643788233;
e521_.. + 1*pre_1_15_1 + 4.622818643788233*relu_1_15_1_off_binary_indicator_var =l= 4.622818643788233;
relu_1_15_2_above_pre.. + 1*pre_1_15_2 - 1*post_1_15_2 =l= 0;
relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_2_on_binary_indicator_var + 1*relu_1_15_2_off_binary_indicator_var =e= 1;
e524_.. - 1*pre_1_15_2 + 1*post_1_15_2 - 4.622818643788233*relu_1_15_2_on_binary_indicator_var =g= -4.622818643788233;
e525_.. - 1*pre_1_15_2 + 1*post_1_15_2 + 9.245637287576466*relu_1_15_2_on_binary_indicator_var =l= 9.245637287576466;
e526_.. + 1*post_1_15_2 =g= 0;
e527_.. + 1*post_1_15_2 + 4.622818643788233*relu_1_15_2_off_binary_indicator_var =l= 4.622818643788233;
e528_.. + 1*pre_1_15_2 + 4.622818643788233*relu_1_15_2_off_binary_indicator_var =l= 4.622818643788233;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_0_on_binary_indicator_var + 1*relu_1_16_0_off_binary_indicator_var =e= 1;
e531_.. - 1*pre_1_16_0 + 1*post_1_16_0 - 6.978700550828476*relu_1_16_0_on_binary_indicator_var =g= -6.978700550828476;
e532_.. - 1*pre_1_16_0 + 1*post_1_16_0 + 13.957401101656952*relu_1_16_0_on_binary_indicator_var =l= 13.957401101656952;
e533_.. + 1*post_1_16_0 =g= 0;
e534_.. + 1*post_1_16_0 + 6.978700550828476*relu_1_16_0_off_binary_indicator_var =l= 6.978700550828476;
e535_.. + 1*pre_1_16_0 + 6.978700550828476*relu_1_16_0_off_binary_indicator_var =l= 6.978700550828476;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_1_on_binary_indicator_var + 1*relu_1_16_1_off_binary_indicator_var =e= 1;
e538_.. - 1*pre_1_16_1 + 1*post_1_16_1 - 6.978700550828476*relu_1_16_1_on_binary_indicator_var =g= -6.978700550828476;
e539_.. - 1*pre_1_16_1 + 1*post_1_16_1 + 13.957401101656952*relu_1_16_1_on_binary_indicator_var =l= 13.957401101656952;
e540_.. + 1*post_1_16_1 =g= 0;
e541_.. + 1*post_1_16_1 + 6.978700550828476*relu_1_16_1_off_binary_indicator_var =l= 6.978700550828476;
e542_.. + 1*pre_1_16_1 + 6.978700550828476*relu_1_16_1_off_binary_indicator_var =l= 6.978700550828476;
relu_1_16_2_above_pre.. + 1*pre_1_16_2 - 1*post_1_16_2 =l= 0;
relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_2_on_binary_indicator_var + 1*relu_1_16_2_off_binary_indicator_var =e= 1;
e545_.. - 1*pre_1_16_2 + 1*post_1_16_2 - 6.978700550828476*relu_1_16_2_on_binary_indicator_var =g= -6.978700550828476;
e546_.. - 1*pre_1_16_2 + 1*post_1_16_2 + 13.957401101656952*relu_1_16_2_on_binary_indicator_var =l= 13.957401101656952;
e547_.. + 1*post_1_16_2 =g= 0;
e548_.. + 1*post_1_16_2 + 6.978700550828476*relu_1_16_2_off_binary_indicator_var =l= 6.978700550828476;
e549_.. + 1*pre_1_16_2 + 6.978700550828476*relu_1_16_2_off_binary_indicator_var =l= 6.978700550828476;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_0_on_binary_indicator_var + 1*relu_1_17_0_off_binary_indicator_var =e= 1;
e552_.. - 1*pre_1_17_0 + 1*post_1_17_0 - 6.235030806621945*relu_1_17_0_on_binary_indicator_var =g= -6.235030806621945;
e553_.. - 1*pre_1_17_0 + 1*post_1_17_0 + 12.47006161324389*relu_1_17_0_on_binary_indicator_var =l= 12.47006161324389;
e554_.. + 1*post_1_17_0 =g= 0;
e555_.. + 1*post_1_17_0 + 6.235030806621945*relu_1_17_0_off_binary_indicator_var =l= 6.235030806621945;
e556_.. + 1*pre_1_17_0 + 6.235030806621945*relu_1_17_0_off_binary_indicator_var =l= 6.235030806621945;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_1_on_binary_indicator_var + 1*relu_1_17_1_off_binary_indicator_var =e= 1;
e559_.. - 1*pre_1_17_1 + 1*post_1_17_1 - 6.235030806621945*relu_1_17_1_on_binary_indicator_var =g= -6.235030806621945;
e560_.. - 1*pre_1_17_1 + 1*post_1_17_1 + 12.47006161324389*relu_1_17_1_on_binary_indicator_var =l= 12.47006161324389;
e561_.. + 1*post_1_17_1 =g= 0;
e562_.. + 1*post_1_17_1 + 6.235030806621945*relu_1_17_1_off_binary_indicator_var =l= 6.235030806621945;
e563_.. + 1*pre_1_17_1 + 6.235030806621945*relu_1_17_1_off_binary_indicator_var =l= 6.235030806621945;
relu_1_17_2_above_pre.. + 1*pre_1_17_2 - 1*post_1_17_2 =l= 0;
relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_2_on_binary_indicator_var + 1*relu_1_17_2_off_binary_indicator_var =e= 1;
e566_.. - 1*pre_1_17_2 + 1*post_1_17_2 - 6.235030806621945*relu_1_17_2_on_binary_indicator_var =g= -6.235030806621945;
e567_.. - 1*pre_1_17_2 + 1*post_1_17_2 + 12.47006161324389*relu_1_17_2_on_binary_indicator_var =l= 12.47006161324389;
e568_.. + 1*post_1_17_2 =g= 0;
e569_.. + 1*post_1_17_2 + 6.235030806621945*relu_1_17_2_off_binary_indicator_var =l= 6.235030806621945;
e570_.. + 1*pre_1_17_2 + 6.235030806621945*relu_1_17_2_off_binary_indicator_var =l= 6.235030806621945;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_0_on_binary_indicator_var + 1*relu_1_18_0_off_binary_indicator_var =e= 1;
e573_.. - 1*pre_1_18_0 + 1*post_1_18_0 - 6.718454730852487*relu_1_18_0_on_binary_indicator_var =g= -6.718454730852487;
e574_.. - 1*pre_1_18_0 + 1*post_1_18_0 + 13.436909461704975*relu_1_18_0_on_binary_indicator_var =l= 13.436909461704975;
e575_.. + 1*post_1_18_0 =g= 0;
e576_.. + 1*post_1_18_0 + 6.718454730852487*relu_1_18_0_off_binary_indicator_var =l= 6.718454730852487;
e577_.. + 1*pre_1_18_0 + 6.718454730852487*relu_1_18_0_off_binary_indicator_var =l= 6.718454730852487;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_1_on_binary_indicator_var + 1*relu_1_18_1_off_binary_indicator_var =e= 1;
e580_.. - 1*pre_1_18_1 + 1*post_1_18_1 - 6.718454730852487*relu_1_18_1_on_binary_indicator_var =g= -6.718454730852487;
e581_.. - 1*pre_1_18_1 + 1*post_1_18_1 + 13.436909461704975*relu_1_18_1_on_binary_indicator_var =l= 13.436909461704975;
e582_.. + 1*post_1_18_1 =g= 0;
e583_.. + 1*post_1_18_1 + 6.718454730852487*relu_1_18_1_off_binary_indicator_var =l= 6.718454730852487;
e584_.. + 1*pre_1_18_1 + 6.718454730852487*relu_1_18_1_off_binary_indicator_var =l= 6.718454730852487;
relu_1_18_2_above_pre.. + 1*pre_1_18_2 - 1*post_1_18_2 =l= 0;
relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_2_on_binary_indicator_var + 1*relu_1_18_2_off_binary_indicator_var =e= 1;
e587_.. - 1*pre_1_18_2 + 1*post_1_18_2 - 6.718454730852487*relu_1_18_2_on_binary_indicator_var =g= -6.718454730852487;
e588_.. - 1*pre_1_18_2 + 1*post_1_18_2 + 13.436909461704975*relu_1_18_2_on_binary_indicator_var =l= 13.436909461704975;
e589_.. + 1*post_1_18_2 =g= 0;
e590_.. + 1*post_1_18_2 + 6.718454730852487*relu_1_18_2_off_binary_indicator_var =l= 6.718454730852487;
e591_.. + 1*pre_1_18_2 + 6.718454730852487*relu_1_18_2_off_binary_indicator_var =l= 6.718454730852487;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_0_on_binary_indicator_var + 1*relu_1_19_0_off_binary_indicator_var =e= 1;
e594_.. - 1*pre_1_19_0 + 1*post_1_19_0 - 6.8226887269065095*relu_1_19_0_on_binary_indicator_var =g= -6.8226887269065095;
e595_.. - 1*pre_1_19_0 + 1*post_1_19_0 + 13.645377453813019*relu_1_19_0_on_binary_indicator_var =l= 13.645377453813019;
e596_.. + 1*post_1_19_0 =g= 0;
e597_.. + 1*post_1_19_0 + 6.8226887269065095*relu_1_19_0_off_binary_indicator_var =l= 6.8226887269065095;
e598_.. + 1*pre_1_19_0 + 6.8226887269065095*relu_1_19_0_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_1_on_binary_indicator_var + 1*relu_1_19_1_off_binary_indicator_var =e= 1;
e601_.. - 1*pre_1_19_1 + 1*post_1_19_1 - 6.8226887269065095*relu_1_19_1_on_binary_indicator_var =g= -6.8226887269065095;
e602_.. - 1*pre_1_19_1 + 1*post_1_19_1 + 13.645377453813019*relu_1_19_1_on_binary_indicator_var =l= 13.645377453813019;
e603_.. + 1*post_1_19_1 =g= 0;
e604_.. + 1*post_1_19_1 + 6.8226887269065095*relu_1_19_1_off_binary_indicator_var =l= 6.8226887269065095;
e605_.. + 1*pre_1_19_1 + 6.8226887269065095*relu_1_19_1_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_19_2_above_pre.. + 1*pre_1_19_2 - 1*post_1_19_2 =l= 0;
relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_2_on_binary_indicator_var + 1*relu_1_19_2_off_binary_indicator_var =e= 1;
e608_.. - 1*pre_1_19_2 + 1*post_1_19_2 - 6.8226887269065095*relu_1_19_2_on_binary_indicator_var =g= -6.8226887269065095;
e609_.. - 1*pre_1_19_2 + 1*post_1_19_2 + 13.645377453813019*relu_1_19_2_on_binary_indicator_var =l= 13.645377453813019;
e610_.. + 1*post_1_19_2 =g= 0;
e611_.. + 1*post_1_19_2 + 6.8226887269065095*relu_1_19_2_off_binary_indicator_var =l= 6.8226887269065095;
e612_.. + 1*pre_1_19_2 + 6.8226887269065095*relu_1_19_2_off_binary_indicator_var =l= 6.8226887269065095;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_0_on_binary_indicator_var + 1*relu_1_20_0_off_binary_indicator_var =e= 1;
e615_.. - 1*pre_1_20_0 + 1*post_1_20_0 - 6.631889427894872*relu_1_20_0_on_binary_indicator_var =g= -6.631889427894872;
e616_.. - 1*pre_1_20_0 + 1*post_1_20_0 + 13.263778855789743*relu_1_20_0_on_binary_indicator_var =l= 13.263778855789743;
e617_.. + 1*post_1_20_0 =g= 0;
e618_.. + 1*post_1_20_0 + 6.631889427894872*relu_1_20_0_off_binary_indicator_var =l= 6.631889427894872;
e619_.. + 1*pre_1_20_0 + 6.631889427894872*relu_1_20_0_off_binary_indicator_var =l= 6.631889427894872;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_1_on_binary_indicator_var + 1*relu_1_20_1_off_binary_indicator_var =e= 1;
e622_.. - 1*pre_1_20_1 + 1*post_1_20_1 - 6.631889427894872*relu_1_20_1_on_binary_indicator_var =g= -6.631889427894872;
e623_.. - 1*pre_1_20_1 + 1*post_1_20_1 + 13.263778855789743*relu_1_20_1_on_binary_indicator_var =l= 13.263778855789743;
e624_.. + 1*post_1_20_1 =g= 0;
e625_.. + 1*post_1_20_1 + 6.631889427894872*relu_1_20_1_off_binary_indicator_var =l= 6.631889427894872;
e626_.. + 1*pre_1_20_1 + 6.631889427894872*relu_1_20_1_off_binary_indicator_var =l= 6.631889427894872;
relu_1_20_2_above_pre.. + 1*pre_1_20_2 - 1*post_1_20_2 =l= 0;
relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_2_on_binary_indicator_var + 1*relu_1_20_2_off_binary_indicator_var =e= 1;
e629_.. - 1*pre_1_20_2 + 1*post_1_20_2 - 6.631889427894872*relu_1_20_2_on_binary_indicator_var =g= -6.631889427894872;
e630_.. - 1*pre_1_20_2 + 1*post_1_20_2 + 13.263778855789743*relu_1_20_2_on_binary_indicator_var =l= 13.263778855789743;
e631_.. + 1*post_1_20_2 =g= 0;
e632_.. + 1*post_1_20_2 + 6.631889427894872*relu_1_20_2_off_binary_indicator_var =l= 6.631889427894872;
e633_.. + 1*pre_1_20_2 + 6.631889427894872*relu_1_20_2_off_binary_indicator_var =l= 6.631889427894872;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_0_on_binary_indicator_var + 1*relu_1_21_0_off_binary_indicator_var =e= 1;
e636_.. - 1*pre_1_21_0 + 1*post_1_21_0 - 5.396286998735244*relu_1_21_0_on_binary_indicator_var =g= -5.396286998735244;
e637_.. - 1*pre_1_21_0 + 1*post_1_21_0 + 10.792573997470488*relu_1_21_0_on_binary_indicator_var =l= 10.792573997470488;
e638_.. + 1*post_1_21_0 =g= 0;
e639_.. + 1*post_1_21_0 + 5.396286998735244*relu_1_21_0_off_binary_indicator_var =l= 5.396286998735244;
e640_.. + 1*pre_1_21_0 + 5.396286998735244*relu_1_21_0_off_binary_indicator_var =l= 5.396286998735244;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_1_on_binary_indicator_var + 1*relu_1_21_1_off_binary_indicator_var =e= 1;
e643_.. - 1*pre_1_21_1 + 1*post_1_21_1 - 5.396286998735244*relu_1_21_1_on_binary_indicator_var =g= -5.396286998735244;
e644_.. - 1*pre_1_21_1 + 1*post_1_21_1 + 10.792573997470488*relu_1_21_1_on_binary_indicator_var =l= 10.792573997470488;
e645_.. + 1*post_1_21_1 =g= 0;
e646_.. + 1*post_1_21_1 + 5.396286998735244*relu_1_21_1_off_binary_indicator_var =l= 5.396286998735244;
e647_.. + 1*pre_1_21_1 + 5.396286998735244*relu_1_21_1_off_binary_indicator_var =l= 5.396286998735244;
relu_1_21_2_above_pre.. + 1*pre_1_21_2 - 1*post_1_21_2 =l= 0;
relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_2_on_binary_indicator_var + 1*relu_1_21_2_off_binary_indicator_var =e= 1;
e650_.. - 1*pre_1_21_2 + 1*post_1_21_2 - 5.396286998735244*relu_1_21_2_on_binary_indicator_var =g= -5.396286998735244;
e651_.. - 1*pre_1_21_2 + 1*post_1_21_2 + 10.792573997470488*relu_1_21_2_on_binary_indicator_var =l= 10.792573997470488;
e652_.. + 1*post_1_21_2 =g= 0;
e653_.. + 1*post_1_21_2 + 5.396286998735244*relu_1_21_2_off_binary_indicator_var =l= 5.396286998735244;
e654_.. + 1*pre_1_21_2 + 5.396286998735244*relu_1_21_2_off_binary_indicator_var =l= 5.396286998735244;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_0_on_binary_indicator_var + 1*relu_1_22_0_off_binary_indicator_var =e= 1;
e657_.. - 1*pre_1_22_0 + 1*post_1_22_0 - 6.394092367761281*relu_1_22_0_on_binary_indicator_var =g= -6.394092367761281;
e658_.. - 1*pre_1_22_0 + 1*post_1_22_0 + 12.788184735522561*relu_1_22_0_on_binary_indicator_var =l= 12.788184735522561;
e659_.. + 1*post_1_22_0 =g= 0;
e660_.. + 1*post_1_22_0 + 6.394092367761281*relu_1_22_0_off_binary_indicator_var =l= 6.394092367761281;
e661_.. + 1*pre_1_22_0 + 6.394092367761281*relu_1_22_0_off_binary_indicator_var =l= 6.394092367761281;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_1_on_binary_indicator_var + 1*relu_1_22_1_off_binary_indicator_var =e= 1;
e664_.. - 1*pre_1_22_1 + 1*post_1_22_1 - 6.394092367761281*relu_1_22_1_on_binary_indicator_var =g= -6.394092367761281;
e665_.. - 1*pre_1_22_1 + 1*post_1_22_1 + 12.788184735522561*relu_1_22_1_on_binary_indicator_var =l= 12.788184735522561;
e666_.. + 1*post_1_22_1 =g= 0;
e667_.. + 1*post_1_22_1 + 6.394092367761281*relu_1_22_1_off_binary_indicator_var =l= 6.394092367761281;
e668_.. + 1*pre_1_22_1 + 6.394092367761281*relu_1_22_1_off_binary_indicator_var =l= 6.394092367761281;
relu_1_22_2_above_pre.. + 1*pre_1_22_2 - 1*post_1_22_2 =l= 0;
relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_2_on_binary_indicator_var + 1*relu_1_22_2_off_binary_indicator_var =e= 1;
e671_.. - 1*pre_1_22_2 + 1*post_1_22_2 - 6.394092367761281*relu_1_22_2_on_binary_indicator_var =g= -6.394092367761281;
e672_.. - 1*pre_1_22_2 + 1*post_1_22_2 + 12.788184735522561*relu_1_22_2_on_binary_indicator_var =l= 12.788184735522561;
e673_.. + 1*post_1_22_2 =g= 0;
e674_.. + 1*post_1_22_2 + 6.394092367761281*relu_1_22_2_off_binary_indicator_var =l= 6.394092367761281;
e675_.. + 1*pre_1_22_2 + 6.394092367761281*relu_1_22_2_off_binary_indicator_var =l= 6.394092367761281;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_0_on_binary_indicator_var + 1*relu_1_23_0_off_binary_indicator_var =e= 1;
e678_.. - 1*pre_1_23_0 + 1*post_1_23_0 - 6.260561154684373*relu_1_23_0_on_binary_indicator_var =g= -6.260561154684373;
e679_.. - 1*pre_1_23_0 + 1*post_1_23_0 + 12.521122309368746*relu_1_23_0_on_binary_indicator_var =l= 12.521122309368746;
e680_.. + 1*post_1_23_0 =g= 0;
e681_.. + 1*post_1_23_0 + 6.260561154684373*relu_1_23_0_off_binary_indicator_var =l= 6.260561154684373;
e682_.. + 1*pre_1_23_0 + 6.260561154684373*relu_1_23_0_off_binary_indicator_var =l= 6.260561154684373;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_1_on_binary_indicator_var + 1*relu_1_23_1_off_binary_indicator_var =e= 1;
e685_.. - 1*pre_1_23_1 + 1*post_1_23_1 - 6.260561154684373*relu_1_23_1_on_binary_indicator_var =g= -6.260561154684373;
e686_.. - 1*pre_1_23_1 + 1*post_1_23_1 + 12.521122309368746*relu_1_23_1_on_binary_indicator_var =l= 12.521122309368746;
e687_.. + 1*post_1_23_1 =g= 0;
e688_.. + 1*post_1_23_1 + 6.260561154684373*relu_1_23_1_off_binary_indicator_var =l= 6.260561154684373;
e689_.. + 1*pre_1_23_1 + 6.260561154684373*relu_1_23_1_off_binary_indicator_var =l= 6.260561154684373;
relu_1_23_2_above_pre.. + 1*pre_1_23_2 - 1*post_1_23_2 =l= 0;
relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_2_on_binary_indicator_var + 1*relu_1_23_2_off_binary_indicator_var =e= 1;
e692_.. - 1*pre_1_23_2 + 1*post_1_23_2 - 6.260561154684373*relu_1_23_2_on_binary_indicator_var =g= -6.260561154684373;
e693_.. - 1*pre_1_23_2 + 1*post_1_23_2 + 12.521122309368746*relu_1_23_2_on_binary_indicator_var =l= 12.521122309368746;
e694_.. + 1*post_1_23_2 =g= 0;
e695_.. + 1*post_1_23_2 + 6.260561154684373*relu_1_23_2_off_binary_indicator_var =l= 6.260561154684373;
e696_.. + 1*pre_1_23_2 + 6.260561154684373*relu_1_23_2_off_binary_indicator_var =l= 6.260561154684373;
relu_1_24_0_above_pre.. + 1*pre_1_24_0 - 1*post_1_24_0 =l= 0;
relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_0_on_binary_indicator_var + 1*relu_1_24_0_off_binary_indicator_var =e= 1;
e699_.. - 1*pre_1_24_0 + 1*post_1_24_0 - 7.264403459229737*relu_1_24_0_on_binary_indicator_var =g= -7.264403459229737;
e700_.. - 1*pre_1_24_0 + 1*post_1_24_0 + 14.528806918459473*relu_1_24_0_on_binary_indicator_var =l= 14.528806918459473;
e701_.. + 1*post_1_24_0 =g= 0;
e702_.. + 1*post_1_24_0 + 7.264403459229737*relu_1_24_0_off_binary_indicator_var =l= 7.264403459229737;
e703_.. + 1*pre_1_24_0 + 7.264403459229737*relu_1_24_0_off_binary_indicator_var =l= 7.264403459229737;
relu_1_24_1_above_pre.. + 1*pre_1_24_1 - 1*post_1_24_1 =l= 0;
relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_1_on_binary_indicator_var + 1*relu_1_24_1_off_binary_indicator_var =e= 1;
e706_.. - 1*pre_1_24_1 + 1*post_1_24_1 - 7.264403459229737*relu_1_24_1_on_binary_indicator_var =g= -7.264403459229737;
e707_.. - 1*pre_1_24_1 + 1*post_1_24_1 + 14.528806918459473*relu_1_24_1_on_binary_indicator_var =l= 14.528806918459473;
e708_.. + 1*post_1_24_1 =g= 0;
e709_.. + 1*post_1_24_1 + 7.264403459229737*relu_1_24_1_off_binary_indicator_var =l= 7.264403459229737;
e710_.. + 1*pre_1_24_1 + 7.264403459229737*relu_1_24_1_off_binary_indicator_var =l= 7.264403459229737;
relu_1_24_2_above_pre.. + 1*pre_1_24_2 - 1*post_1_24_2 =l= 0;
relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_2_on_binary_indicator_var + 1*relu_1_24_2_off_binary_indicator_var =e= 1;
e713_.. - 1*pre_1_24_2 + 1*post_1_24_2 - 7.264403459229737*relu_1_24_2_on_binary_indicator_var =g= -7.264403459229737;
e714_.. - 1*pre_1_24_2 + 1*post_1_24_2 + 14.528806918459473*relu_1_24_2_on_binary_indicator_var =l= 14.528806918459473;
e715_.. + 1*post_1_24_2 =g= 0;
e716_.. + 1*post_1_24_2 + 7.264403459229737*relu_1_24_2_off_binary_indicator_var =l= 7.264403459229737;
e717_.. + 1*pre_1_24_2 + 7.264403459229737*relu_1_24_2_off_binary_indicator_var =l= 7.264403459229737;
relu_1_25_0_above_pre.. + 1*pre_1_25_0 - 1*post_1_25_0 =l= 0;
relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_0_on_binary_indicator_var + 1*relu_1_25_0_off_binary_indicator_var =e= 1;
e720_.. - 1*pre_1_25_0 + 1*post_1_25_0 - 4.689817519007568*relu_1_25_0_on_binary_indicator_var =g= -4.689817519007568;
e721_.. - 1*pre_1_25_0 + 1*post_1_25_0 + 9.379635038015136*relu_1_25_0_on_binary_indicator_var =l= 9.379635038015136;
e722_.. + 1*post_1_25_0 =g= 0;
e723_.. + 1*post_1_25_0 + 4.689817519007568*relu_1_25_0_off_binary_indicator_var =l= 4.689817519007568;
e724_.. + 1*pre_1_25_0 + 4.689817519007568*relu_1_25_0_off_binary_indicator_var =l= 4.689817519007568;
relu_1_25_1_above_pre.. + 1*pre_1_25_1 - 1*post_1_25_1 =l= 0;
relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_1_on_binary_indicator_var + 1*relu_1_25_1_off_binary_indicator_var =e= 1;
e727_.. - 1*pre_1_25_1 + 1*post_1_25_1 - 4.689817519007568*relu_1_25_1_on_binary_indicator_var =g= -4.689817519007568;
e728_.. - 1*pre_1_25_1 + 1*post_1_25_1 + 9.379635038015136*relu_1_25_1_on_binary_indicator_var =l= 9.379635038015136;
e729_.. + 1*post_1_25_1 =g= 0;
e730_.. + 1*post_1_25_1 + 4.689817519007568*relu_1_25_1_off_binary_indicator_var =l= 4.689817519007568;
e731_.. + 1*pre_1_25_1 + 4.689817519007568*relu_1_25_1_off_binary_indicator_var =l= 4.689817519007568;
relu_1_25_2_above_pre.. + 1*pre_1_25_2 - 1*post_1_25_2 =l= 0;
relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_2_on_binary_indicator_var + 1*relu_1_25_2_off_binary_indicator_var =e= 1;
e734_.. - 1*pre_1_25_2 + 1*post_1_25_2 - 4.689817519007568*relu_1_25_2_on_binary_indicator_var =g= -4.689817519007568;
e735_.. - 1*pre_1_25_2 + 1*post_1_25_2 + 9.379635038015136*relu_1_25_2_on_binary_indicator_var =l= 9.379635038015136;
e736_.. + 1*post_1_25_2 =g= 0;
e737_.. + 1*post_1_25_2 + 4.689817519007568*relu_1_25_2_off_binary_indicator_var =l= 4.689817519007568;
e738_.. + 1*pre_1_25_2 + 4.689817519007568*relu_1_25_2_off_binary_indicator_var =l= 4.689817519007568;
relu_1_26_0_above_pre.. + 1*pre_1_26_0 - 1*post_1_26_0 =l= 0;
relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_0_on_binary_indicator_var + 1*relu_1_26_0_off_binary_indicator_var =e= 1;
e741_.. - 1*pre_1_26_0 + 1*post_1_26_0 - 5.834876603928876*relu_1_26_0_on_binary_indicator_var =g= -5.834876603928876;
e742_.. - 1*pre_1_26_0 + 1*post_1_26_0 + 11.669753207857752*relu_1_26_0_on_binary_indicator_var =l= 11.669753207857752;
e743_.. + 1*post_1_26_0 =g= 0;
e744_.. + 1*post_1_26_0 + 5.834876603928876*relu_1_26_0_off_binary_indicator_var =l= 5.834876603928876;
e745_.. + 1*pre_1_26_0 + 5.834876603928876*relu_1_26_0_off_binary_indicator_var =l= 5.834876603928876;
relu_1_26_1_above_pre.. + 1*pre_1_26_1 - 1*post_1_26_1 =l= 0;
relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_1_on_binary_indicator_var + 1*relu_1_26_1_off_binary_indicator_var =e= 1;
e748_.. - 1*pre_1_26_1 + 1*post_1_26_1 - 5.834876603928876*relu_1_26_1_on_binary_indicator_var =g= -5.834876603928876;
e749_.. - 1*pre_1_26_1 + 1*post_1_26_1 + 11.669753207857752*relu_1_26_1_on_binary_indicator_var =l= 11.669753207857752;
e750_.. + 1*post_1_26_1 =g= 0;
e751_.. + 1*post_1_26_1 + 5.834876603928876*relu_1_26_1_off_binary_indicator_var =l= 5.834876603928876;
e752_.. + 1*pre_1_26_1 + 5.834876603928876*relu_1_26_1_off_binary_indicator_var =l= 5.834876603928876;
relu_1_26_2_above_pre.. + 1*pre_1_26_2 - 1*post_1_26_2 =l= 0;
relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_2_on_binary_indicator_var + 1*relu_1_26_2_off_binary_indicator_var =e= 1;
e755_.. - 1*pre_1_26_2 + 1*post_1_26_2 - 5.834876603928876*relu_1_26_2_on_binary_indicator_var =g= -5.834876603928876;
e756_.. - 1*pre_1_26_2 + 1*post_1_26_2 + 11.669753207857752*relu_1_26_2_on_binary_indicator_var =l= 11.669753207857752;
e757_.. + 1*post_1_26_2 =g= 0;
e758_.. + 1*post_1_26_2 + 5.834876603928876*relu_1_26_2_off_binary_indicator_var =l= 5.834876603928876;
e759_.. + 1*pre_1_26_2 + 5.834876603928876*relu_1_26_2_off_binary_indicator_var =l= 5.834876603928876;
relu_1_27_0_above_pre.. + 1*pre_1_27_0 - 1*post_1_27_0 =l= 0;
relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_0_on_binary_indicator_var + 1*relu_1_27_0_off_binary_indicator_var =e= 1;
e762_.. - 1*pre_1_27_0 + 1*post_1_27_0 - 6.462017653570015*relu_1_27_0_on_binary_indicator_var =g= -6.462017653570015;
e763_.. - 1*pre_1_27_0 + 1*post_1_27_0 + 12.92403530714003*relu_1_27_0_on_binary_indicator_var =l= 12.92403530714003;
e764_.. + 1*post_1_27_0 =g= 0;
e765_.. + 1*post_1_27_0 + 6.462017653570015*relu_1_27_0_off_binary_indicator_var =l= 6.462017653570015;
e766_.. + 1*pre_1_27_0 + 6.462017653570015*relu_1_27_0_off_binary_indicator_var =l= 6.462017653570015;
relu_1_27_1_above_pre.. + 1*pre_1_27_1 - 1*post_1_27_1 =l= 0;
relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_1_on_binary_indicator_var + 1*relu_1_27_1_off_binary_indicator_var =e= 1;
e769_.. - 1*pre_1_27_1 + 1*post_1_27_1 - 6.462017653570015*relu_1_27_1_on_binary_indicator_var =g= -6.462017653570015;
e770_.. - 1*pre_1_27_1 + 1*post_1_27_1 + 12.92403530714003*relu_1_27_1_on_binary_indicator_var =l= 12.92403530714003;
e771_.. + 1*post_1_27_1 =g= 0;
e772_.. + 1*post_1_27_1 + 6.462017653570015*relu_1_27_1_off_binary_indicator_var =l= 6.462017653570015;
e773_.. + 1*pre_1_27_1 + 6.462017653570015*relu_1_27_1_off_binary_indicator_var =l= 6.462017653570015;
relu_1_27_2_above_pre.. + 1*pre_1_27_2 - 1*post_1_27_2 =l= 0;
relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_2_on_binary_indicator_var + 1*relu_1_27_2_off_binary_indicator_var =e= 1;
e776_.. - 1*pre_1_27_2 + 1*post_1_27_2 - 6.462017653570015*relu_1_27_2_on_binary_indicator_var =g= -6.462017653570015;
e777_.. - 1*pre_1_27_2 + 1*post_1_27_2 + 12.92403530714003*relu_1_27_2_on_binary_indicator_var =l= 12.92403530714003;
e778_.. + 1*post_1_27_2 =g= 0;
e779_.. + 1*post_1_27_2 + 6.462017653570015*relu_1_27_2_off_binary_indicator_var =l= 6.462017653570015;
e780_.. + 1*pre_1_27_2 + 6.462017653570015*relu_1_27_2_off_binary_indicator_var =l= 6.462017653570015;
relu_1_28_0_above_pre.. + 1*pre_1_28_0 - 1*post_1_28_0 =l= 0;
relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_0_on_binary_indicator_var + 1*relu_1_28_0_off_binary_indicator_var =e= 1;
e783_.. - 1*pre_1_28_0 + 1*post_1_28_0 - 6.141677231816878*relu_1_28_0_on_binary_indicator_var =g= -6.141677231816878;
e784_.. - 1*pre_1_28_0 + 1*post_1_28_0 + 12.283354463633756*relu_1_28_0_on_binary_indicator_var =l= 12.283354463633756;
e785_.. + 1*post_1_28_0 =g= 0;
e786_.. + 1*post_1_28_0 + 6.141677231816878*relu_1_28_0_off_binary_indicator_var =l= 6.141677231816878;
e787_.. + 1*pre_1_28_0 + 6.141677231816878*relu_1_28_0_off_binary_indicator_var =l= 6.141677231816878;
relu_1_28_1_above_pre.. + 1*pre_1_28_1 - 1*post_1_28_1 =l= 0;
relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_1_on_binary_indicator_var + 1*relu_1_28_1_off_binary_indicator_var =e= 1;
e790_.. - 1*pre_1_28_1 + 1*post_1_28_1 - 6.141677231816878*relu_1_28_1_on_binary_indicator_var =g= -6.141677231816878;
e791_.. - 1*pre_1_28_1 + 1*post_1_28_1 + 12.283354463633756*relu_1_28_1_on_binary_indicator_var =l= 12.283354463633756;
e792_.. + 1*post_1_28_1 =g= 0;
e793_.. + 1*post_1_28_1 + 6.141677231816878*relu_1_28_1_off_binary_indicator_var =l= 6.141677231816878;
e794_.. + 1*pre_1_28_1 + 6.141677231816878*relu_1_28_1_off_binary_indicator_var =l= 6.141677231816878;
relu_1_28_2_above_pre.. + 1*pre_1_28_2 - 1*post_1_28_2 =l= 0;
relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_2_on_binary_indicator_var + 1*relu_1_28_2_off_binary_indicator_var =e= 1;
e797_.. - 1*pre_1_28_2 + 1*post_1_28_2 - 6.141677231816878*relu_1_28_2_on_binary_indicator_var =g= -6.141677231816878;
e798_.. - 1*pre_1_28_2 + 1*post_1_28_2 + 12.283354463633756*relu_1_28_2_on_binary_indicator_var =l= 12.283354463633756;
e799_.. + 1*post_1_28_2 =g= 0;
e800_.. + 1*post_1_28_2 + 6.141677231816878*relu_1_28_2_off_binary_indicator_var =l= 6.141677231816878;
e801_.. + 1*pre_1_28_2 + 6.141677231816878*relu_1_28_2_off_binary_indicator_var =l= 6.141677231816878;
relu_1_29_0_above_pre.. + 1*pre_1_29_0 - 1*post_1_29_0 =l= 0;
relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_0_on_binary_indicator_var + 1*relu_1_29_0_off_binary_indicator_var =e= 1;
e804_.. - 1*pre_1_29_0 + 1*post_1_29_0 - 5.920664390112501*relu_1_29_0_on_binary_indicator_var =g= -5.920664390112501;
e805_.. - 1*pre_1_29_0 + 1*post_1_29_0 + 11.841328780225002*relu_1_29_0_on_binary_indicator_var =l= 11.841328780225002;
e806_.. + 1*post_1_29_0 =g= 0;
e807_.. + 1*post_1_29_0 + 5.920664390112501*relu_1_29_0_off_binary_indicator_var =l= 5.920664390112501;
e808_.. + 1*pre_1_29_0 + 5.920664390112501*relu_1_29_0_off_binary_indicator_var =l= 5.920664390112501;
relu_1_29_1_above_pre.. + 1*pre_1_29_1 - 1*post_1_29_1 =l= 0;
relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_1_on_binary_indicator_var + 1*relu_1_29_1_off_binary_indicator_var =e= 1;
e811_.. - 1*pre_1_29_1 + 1*post_1_29_1 - 5.920664390112501*relu_1_29_1_on_binary_indicator_var =g= -5.920664390112501;
e812_.. - 1*pre_1_29_1 + 1*post_1_29_1 + 11.841328780225002*relu_1_29_1_on_binary_indicator_var =l= 11.841328780225002;
e813_.. + 1*post_1_29_1 =g= 0;
e814_.. + 1*post_1_29_1 + 5.920664390112501*relu_1_29_1_off_binary_indicator_var =l= 5.920664390112501;
e815_.. + 1*pre_1_29_1 + 5.920664390112501*relu_1_29_1_off_binary_indicator_var =l= 5.920664390112501;
relu_1_29_2_above_pre.. + 1*pre_1_29_2 - 1*post_1_29_2 =l= 0;
relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_2_on_binary_indicator_var + 1*relu_1_29_2_off_binary_indicator_var =e= 1;
e818_.. - 1*pre_1_29_2 + 1*post_1_29_2 - 5.920664390112501*relu_1_29_2_on_binary_indicator_var =g= -5.920664390112501;
e819_.. - 1*pre_1_29_2 + 1*post_1_29_2 + 11.841328780225002*relu_1_29_2_on_binary_indicator_var =l= 11.841328780225002;
e820_.. + 1*post_1_29_2 =g= 0;
e821_.. + 1*post_1_29_2 + 5.920664390112501*relu_1_29_2_off_binary_indicator_var =l= 5.920664390112501;
e822_.. + 1*pre_1_29_2 + 5.920664390112501*relu_1_29_2_off_binary_indicator_var =l= 5.920664390112501;
relu_1_30_0_above_pre.. + 1*pre_1_30_0 - 1*post_1_30_0 =l= 0;
relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_0_on_binary_indicator_var + 1*relu_1_30_0_off_binary_indicator_var =e= 1;
e825_.. - 1*pre_1_30_0 + 1*post_1_30_0 - 5.728168080018541*relu_1_30_0_on_binary_indicator_var =g= -5.728168080018541;
e826_.. - 1*pre_1_30_0 + 1*post_1_30_0 + 11.456336160037083*relu_1_30_0_on_binary_indicator_var =l= 11.456336160037083;
e827_.. + 1*post_1_30_0 =g= 0;
e828_.. + 1*post_1_30_0 + 5.728168080018541*relu_1_30_0_off_binary_indicator_var =l= 5.728168080018541;
e829_.. + 1*pre_1_30_0 + 5.728168080018541*relu_1_30_0_off_binary_indicator_var =l= 5.728168080018541;
relu_1_30_1_above_pre.. + 1*pre_1_30_1 - 1*post_1_30_1 =l= 0;
relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_1_on_binary_indicator_var + 1*relu_1_30_1_off_binary_indicator_var =e= 1;
e832_.. - 1*pre_1_30_1 + 1*post_1_30_1 - 5.728168080018541*relu_1_30_1_on_binary_indicator_var =g= -5.728168080018541;
e833_.. - 1*pre_1_30_1 + 1*post_1_30_1 + 11.456336160037083*relu_1_30_1_on_binary_indicator_var =l= 11.456336160037083;
e834_.. + 1*post_1_30_1 =g= 0;
e835_.. + 1*post_1_30_1 + 5.728168080018541*relu_1_30_1_off_binary_indicator_var =l= 5.728168080018541;
e836_.. + 1*pre_1_30_1 + 5.728168080018541*relu_1_30_1_off_binary_indicator_var =l= 5.728168080018541;
relu_1_30_2_above_pre.. + 1*pre_1_30_2 - 1*post_1_30_2 =l= 0;
relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_2_on_binary_indicator_var + 1*relu_1_30_2_off_binary_indicator_var =e= 1;
e839_.. - 1*pre_1_30_2 + 1*post_1_30_2 - 5.728168080018541*relu_1_30_2_on_binary_indicator_var =g= -5.728168080018541;
e840_.. - 1*pre_1_30_2 + 1*post_1_30_2 + 11.456336160037083*relu_1_30_2_on_binary_indicator_var =l= 11.456336160037083;
e841_.. + 1*post_1_30_2 =g= 0;
e842_.. + 1*post_1_30_2 + 5.728168080018541*relu_1_30_2_off_binary_indicator_var =l= 5.728168080018541;
e843_.. + 1*pre_1_30_2 + 5.728168080018541*relu_1_30_2_off_binary_indicator_var =l= 5.728168080018541;
relu_1_31_0_above_pre.. + 1*pre_1_31_0 - 1*post_1_31_0 =l= 0;
relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_0_on_binary_indicator_var + 1*relu_1_31_0_off_binary_indicator_var =e= 1;
e846_.. - 1*pre_1_31_0 + 1*post_1_31_0 - 4.169908962997813*relu_1_31_0_on_binary_indicator_var =g= -4.169908962997813;
e847_.. - 1*pre_1_31_0 + 1*post_1_31_0 + 8.339817925995627*relu_1_31_0_on_binary_indicator_var =l= 8.339817925995627;
e848_.. + 1*post_1_31_0 =g= 0;
e849_.. + 1*post_1_31_0 + 4.169908962997813*relu_1_31_0_off_binary_indicator_var =l= 4.169908962997813;
e850_.. + 1*pre_1_31_0 + 4.169908962997813*relu_1_31_0_off_binary_indicator_var =l= 4.169908962997813;
relu_1_31_1_above_pre.. + 1*pre_1_31_1 - 1*post_1_31_1 =l= 0;
relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_1_on_binary_indicator_var + 1*relu_1_31_1_off_binary_indicator_var =e= 1;
e853_.. - 1*pre_1_31_1 + 1*post_1_31_1 - 4.169908962997813*relu_1_31_1_on_binary_indicator_var =g= -4.169908962997813;
e854_.. - 1*pre_1_31_1 + 1*post_1_31_1 + 8.339817925995627*relu_1_31_1_on_binary_indicator_var =l= 8.339817925995627;
e855_.. + 1*post_1_31_1 =g= 0;
e856_.. + 1*post_1_31_1 + 4.169908962997813*relu_1_31_1_off_binary_indicator_var =l= 4.169908962997813;
e857_.. + 1*pre_1_31_1 + 4.169908962997813*relu_1_31_1_off_binary_indicator_var =l= 4.169908962997813;
relu_1_31_2_above_pre.. + 1*pre_1_31_2 - 1*post_1_31_2 =l= 0;
relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_2_on_binary_indicator_var + 1*relu_1_31_2_off_binary_indicator_var =e= 1;
e860_.. - 1*pre_1_31_2 + 1*post_1_31_2 - 4.169908962997813*relu_1_31_2_on_binary_indicator_var =g= -4.169908962997813;
e861_.. - 1*pre_1_31_2 + 1*post_1_31_2 + 8.339817925995627*relu_1_31_2_on_binary_indicator_var =l= 8.339817925995627;
e862_.. + 1*post_1_31_2 =g= 0;
e863_.. + 1*post_1_31_2 + 4.169908962997813*relu_1_31_2_off_binary_indicator_var =l= 4.169908962997813;
e864_.. + 1*pre_1_31_2 + 4.169908962997813*relu_1_31_2_off_binary_indicator_var =l= 4.169908962997813;
relu_1_32_0_above_pre.. + 1*pre_1_32_0 - 1*post_1_32_0 =l= 0;
relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_0_on_binary_indicator_var + 1*relu_1_32_0_off_binary_indicator_var =e= 1;
e867_.. - 1*pre_1_32_0 + 1*post_1_32_0 - 8.664241081038536*relu_1_32_0_on_binary_indicator_var =g= -8.664241081038536;
e868_.. - 1*pre_1_32_0 + 1*post_1_32_0 + 17.328482162077073*relu_1_32_0_on_binary_indicator_var =l= 17.328482162077073;
e869_.. + 1*post_1_32_0 =g= 0;
e870_.. + 1*post_1_32_0 + 8.664241081038536*relu_1_32_0_off_binary_indicator_var =l= 8.664241081038536;
e871_.. + 1*pre_1_32_0 + 8.664241081038536*relu_1_32_0_off_binary_indicator_var =l= 8.664241081038536;
relu_1_32_1_above_pre.. + 1*pre_1_32_1 - 1*post_1_32_1 =l= 0;
relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_1_on_binary_indicator_var + 1*relu_1_32_1_off_binary_indicator_var =e= 1;
e874_.. - 1*pre_1_32_1 + 1*post_1_32_1 - 8.664241081038536*relu_1_32_1_on_binary_indicator_var =g= -8.664241081038536;
e875_.. - 1*pre_1_32_1 + 1*post_1_32_1 + 17.328482162077073*relu_1_32_1_on_binary_indicator_var =l= 17.328482162077073;
e876_.. + 1*post_1_32_1 =g= 0;
e877_.. + 1*post_1_32_1 + 8.664241081038536*relu_1_32_1_off_binary_indicator_var =l= 8.664241081038536;
e878_.. + 1*pre_1_32_1 + 8.664241081038536*relu_1_32_1_off_binary_indicator_var =l= 8.664241081038536;
relu_1_32_2_above_pre.. + 1*pre_1_32_2 - 1*post_1_32_2 =l= 0;
relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_2_on_binary_indicator_var + 1*relu_1_32_2_off_binary_indicator_var =e= 1;
e881_.. - 1*pre_1_32_2 + 1*post_1_32_2 - 8.664241081038536*relu_1_32_2_on_binary_indicator_var =g= -8.664241081038536;
e882_.. - 1*pre_1_32_2 + 1*post_1_32_2 + 17.328482162077073*relu_1_32_2_on_binary_indicator_var =l= 17.328482162077073;
e883_.. + 1*post_1_32_2 =g= 0;
e884_.. + 1*post_1_32_2 + 8.664241081038536*relu_1_32_2_off_binary_indicator_var =l= 8.664241081038536;
e885_.. + 1*pre_1_32_2 + 8.664241081038536*relu_1_32_2_off_binary_indicator_var =l= 8.664241081038536;
relu_1_33_0_above_pre.. + 1*pre_1_33_0 - 1*post_1_33_0 =l= 0;
relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_0_on_binary_indicator_var + 1*relu_1_33_0_off_binary_indicator_var =e= 1;
e888_.. - 1*pre_1_33_0 + 1*post_1_33_0 - 4.786102235995172*relu_1_33_0_on_binary_indicator_var =g= -4.786102235995172;
e889_.. - 1*pre_1_33_0 + 1*post_1_33_0 + 9.572204471990345*relu_1_33_0_on_binary_indicator_var =l= 9.572204471990345;
e890_.. + 1*post_1_33_0 =g= 0;
e891_.. + 1*post_1_33_0 + 4.786102235995172*relu_1_33_0_off_binary_indicator_var =l= 4.786102235995172;
e892_.. + 1*pre_1_33_0 + 4.786102235995172*relu_1_33_0_off_binary_indicator_var =l= 4.786102235995172;
relu_1_33_1_above_pre.. + 1*pre_1_33_1 - 1*post_1_33_1 =l= 0;
relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_1_on_binary_indicator_var + 1*relu_1_33_1_off_binary_indicator_var =e= 1;
e895_.. - 1*pre_1_33_1 + 1*post_1_33_1 - 4.786102235995172*relu_1_33_1_on_binary_indicator_var =g= -4.786102235995172;
e896_.. - 1*pre_1_33_1 + 1*post_1_33_1 + 9.572204471990345*relu_1_33_1_on_binary_indicator_var =l= 9.572204471990345;
e897_.. + 1*post_1_33_1 =g= 0;
e898_.. + 1*post_1_33_1 + 4.786102235995172*relu_1_33_1_off_binary_indicator_var =l= 4.786102235995172;
e899_.. + 1*pre_1_33_1 + 4.786102235995172*relu_1_33_1_off_binary_indicator_var =l= 4.786102235995172;
relu_1_33_2_above_pre.. + 1*pre_1_33_2 - 1*post_1_33_2 =l= 0;
relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_2_on_binary_indicator_var + 1*relu_1_33_2_off_binary_indicator_var =e= 1;
e902_.. - 1*pre_1_33_2 + 1*post_1_33_2 - 4.786102235995172*relu_1_33_2_on_binary_indicator_var =g= -4.786102235995172;
e903_.. - 1*pre_1_33_2 + 1*post_1_33_2 + 9.572204471990345*relu_1_33_2_on_binary_indicator_var =l= 9.572204471990345;
e904_.. + 1*post_1_33_2 =g= 0;
e905_.. + 1*post_1_33_2 + 4.786102235995172*relu_1_33_2_off_binary_indicator_var =l= 4.786102235995172;
e906_.. + 1*pre_1_33_2 + 4.786102235995172*relu_1_33_2_off_binary_indicator_var =l= 4.786102235995172;
relu_1_34_0_above_pre.. + 1*pre_1_34_0 - 1*post_1_34_0 =l= 0;
relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_0_on_binary_indicator_var + 1*relu_1_34_0_off_binary_indicator_var =e= 1;
e909_.. - 1*pre_1_34_0 + 1*post_1_34_0 - 3.1913367882549086*relu_1_34_0_on_binary_indicator_var =g= -3.1913367882549086;
e910_.. - 1*pre_1_34_0 + 1*post_1_34_0 + 6.382673576509817*relu_1_34_0_on_binary_indicator_var =l= 6.382673576509817;
e911_.. + 1*post_1_34_0 =g= 0;
e912_.. + 1*post_1_34_0 + 3.1913367882549086*relu_1_34_0_off_binary_indicator_var =l= 3.1913367882549086;
e913_.. + 1*pre_1_34_0 + 3.1913367882549086*relu_1_34_0_off_binary_indicator_var =l= 3.1913367882549086;
relu_1_34_1_above_pre.. + 1*pre_1_34_1 - 1*post_1_34_1 =l= 0;
relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_1_on_binary_indicator_var + 1*relu_1_34_1_off_binary_indicator_var =e= 1;
e916_.. - 1*pre_1_34_1 + 1*post_1_34_1 - 3.1913367882549086*relu_1_34_1_on_binary_indicator_var =g= -3.1913367882549086;
e917_.. - 1*pre_1_34_1 + 1*post_1_34_1 + 6.382673576509817*relu_1_34_1_on_binary_indicator_var =l= 6.382673576509817;
e918_.. + 1*post_1_34_1 =g= 0;
e919_.. + 1*post_1_34_1 + 3.1913367882549086*relu_1_34_1_off_binary_indicator_var =l= 3.1913367882549086;
e920_.. + 1*pre_1_34_1 + 3.1913367882549086*relu_1_34_1_off_binary_indicator_var =l= 3.1913367882549086;
relu_1_34_2_above_pre.. + 1*pre_1_34_2 - 1*post_1_34_2 =l= 0;
relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_2_on_binary_indicator_var + 1*relu_1_34_2_off_binary_indicator_var =e= 1;
e923_.. - 1*pre_1_34_2 + 1*post_1_34_2 - 3.1913367882549086*relu_1_34_2_on_binary_indicator_var =g= -3.1913367882549086;
e924_.. - 1*pre_1_34_2 + 1*post_1_34_2 + 6.382673576509817*relu_1_34_2_on_binary_indicator_var =l= 6.382673576509817;
e925_.. + 1*post_1_34_2 =g= 0;
e926_.. + 1*post_1_34_2 + 3.1913367882549086*relu_1_34_2_off_binary_indicator_var =l= 3.1913367882549086;
e927_.. + 1*pre_1_34_2 + 3.1913367882549086*relu_1_34_2_off_binary_indicator_var =l= 3.1913367882549086;
relu_1_35_0_above_pre.. + 1*pre_1_35_0 - 1*post_1_35_0 =l= 0;
relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_0_on_binary_indicator_var + 1*relu_1_35_0_off_binary_indicator_var =e= 1;
e930_.. - 1*pre_1_35_0 + 1*post_1_35_0 - 5.22677910814882*relu_1_35_0_on_binary_indicator_var =g= -5.22677910814882;
e931_.. - 1*pre_1_35_0 + 1*post_1_35_0 + 10.45355821629764*relu_1_35_0_on_binary_indicator_var =l= 10.45355821629764;
e932_.. + 1*post_1_35_0 =g= 0;
e933_.. + 1*post_1_35_0 + 5.22677910814882*relu_1_35_0_off_binary_indicator_var =l= 5.22677910814882;
e934_.. + 1*pre_1_35_0 + 5.22677910814882*relu_1_35_0_off_binary_indicator_var =l= 5.22677910814882;
relu_1_35_1_above_pre.. + 1*pre_1_35_1 - 1*post_1_35_1 =l= 0;
relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_1_on_binary_indicator_var + 1*relu_1_35_1_off_binary_indicator_var =e= 1;
e937_.. - 1*pre_1_35_1 + 1*post_1_35_1 - 5.22677910814882*relu_1_35_1_on_binary_indicator_var =g= -5.22677910814882;
e938_.. - 1*pre_1_35_1 + 1*post_1_35_1 + 10.45355821629764*relu_1_35_1_on_binary_indicator_var =l= 10.45355821629764;
e939_.. + 1*post_1_35_1 =g= 0;
e940_.. + 1*post_1_35_1 + 5.22677910814882*relu_1_35_1_off_binary_indicator_var =l= 5.22677910814882;
e941_.. + 1*pre_1_35_1 + 5.22677910814882*relu_1_35_1_off_binary_indicator_var =l= 5.22677910814882;
relu_1_35_2_above_pre.. + 1*pre_1_35_2 - 1*post_1_35_2 =l= 0;
relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_2_on_binary_indicator_var + 1*relu_1_35_2_off_binary_indicator_var =e= 1;
e944_.. - 1*pre_1_35_2 + 1*post_1_35_2 - 5.22677910814882*relu_1_35_2_on_binary_indicator_var =g= -5.22677910814882;
e945_.. - 1*pre_1_35_2 + 1*post_1_35_2 + 10.45355821629764*relu_1_35_2_on_binary_indicator_var =l= 10.45355821629764;
e946_.. + 1*post_1_35_2 =g= 0;
e947_.. + 1*post_1_35_2 + 5.22677910814882*relu_1_35_2_off_binary_indicator_var =l= 5.22677910814882;
e948_.. + 1*pre_1_35_2 + 5.22677910814882*relu_1_35_2_off_binary_indicator_var =l= 5.22677910814882;
relu_1_36_0_above_pre.. + 1*pre_1_36_0 - 1*post_1_36_0 =l= 0;
relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_0_on_binary_indicator_var + 1*relu_1_36_0_off_binary_indicator_var =e= 1;
e951_.. - 1*pre_1_36_0 + 1*post_1_36_0 - 5.673758698670875*relu_1_36_0_on_binary_indicator_var =g= -5.673758698670875;
e952_.. - 1*pre_1_36_0 + 1*post_1_36_0 + 11.34751739734175*relu_1_36_0_on_binary_indicator_var =l= 11.34751739734175;
e953_.. + 1*post_1_36_0 =g= 0;
e954_.. + 1*post_1_36_0 + 5.673758698670875*relu_1_36_0_off_binary_indicator_var =l= 5.673758698670875;
e955_.. + 1*pre_1_36_0 + 5.673758698670875*relu_1_36_0_off_binary_indicator_var =l= 5.673758698670875;
relu_1_36_1_above_pre.. + 1*pre_1_36_1 - 1*post_1_36_1 =l= 0;
relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_1_on_binary_indicator_var + 1*relu_1_36_1_off_binary_indicator_var =e= 1;
e958_.. - 1*pre_1_36_1 + 1*post_1_36_1 - 5.673758698670875*relu_1_36_1_on_binary_indicator_var =g= -5.673758698670875;
e959_.. - 1*pre_1_36_1 + 1*post_1_36_1 + 11.34751739734175*relu_1_36_1_on_binary_indicator_var =l= 11.34751739734175;
e960_.. + 1*post_1_36_1 =g= 0;
e961_.. + 1*post_1_36_1 + 5.673758698670875*relu_1_36_1_off_binary_indicator_var =l= 5.673758698670875;
e962_.. + 1*pre_1_36_1 + 5.673758698670875*relu_1_36_1_off_binary_indicator_var =l= 5.673758698670875;
relu_1_36_2_above_pre.. + 1*pre_1_36_2 - 1*post_1_36_2 =l= 0;
relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_2_on_binary_indicator_var + 1*relu_1_36_2_off_binary_indicator_var =e= 1;
e965_.. - 1*pre_1_36_2 + 1*post_1_36_2 - 5.673758698670875*relu_1_36_2_on_binary_indicator_var =g= -5.673758698670875;
e966_.. - 1*pre_1_36_2 + 1*post_1_36_2 + 11.34751739734175*relu_1_36_2_on_binary_indicator_var =l= 11.34751739734175;
e967_.. + 1*post_1_36_2 =g= 0;
e968_.. + 1*post_1_36_2 + 5.673758698670875*relu_1_36_2_off_binary_indicator_var =l= 5.673758698670875;
e969_.. + 1*pre_1_36_2 + 5.673758698670875*relu_1_36_2_off_binary_indicator_var =l= 5.673758698670875;
relu_1_37_0_above_pre.. + 1*pre_1_37_0 - 1*post_1_37_0 =l= 0;
relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_0_on_binary_indicator_var + 1*relu_1_37_0_off_binary_indicator_var =e= 1;
e972_.. - 1*pre_1_37_0 + 1*post_1_37_0 - 7.902762319994838*relu_1_37_0_on_binary_indicator_var =g= -7.902762319994838;
e973_.. - 1*pre_1_37_0 + 1*post_1_37_0 + 15.805524639989676*relu_1_37_0_on_binary_indicator_var =l= 15.805524639989676;
e974_.. + 1*post_1_37_0 =g= 0;
e975_.. + 1*post_1_37_0 + 7.902762319994838*relu_1_37_0_off_binary_indicator_var =l= 7.902762319994838;
e976_.. + 1*pre_1_37_0 + 7.902762319994838*relu_1_37_0_off_binary_indicator_var =l= 7.902762319994838;
relu_1_37_1_above_pre.. + 1*pre_1_37_1 - 1*post_1_37_1 =l= 0;
relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_1_on_binary_indicator_var + 1*relu_1_37_1_off_binary_indicator_var =e= 1;
e979_.. - 1*pre_1_37_1 + 1*post_1_37_1 - 7.902762319994838*relu_1_37_1_on_binary_indicator_var =g= -7.902762319994838;
e980_.. - 1*pre_1_37_1 + 1*post_1_37_1 + 15.805524639989676*relu_1_37_1_on_binary_indicator_var =l= 15.805524639989676;
e981_.. + 1*post_1_37_1 =g= 0;
e982_.. + 1*post_1_37_1 + 7.902762319994838*relu_1_37_1_off_binary_indicator_var =l= 7.902762319994838;
e983_.. + 1*pre_1_37_1 + 7.902762319994838*relu_1_37_1_off_binary_indicator_var =l= 7.902762319994838;
relu_1_37_2_above_pre.. + 1*pre_1_37_2 - 1*post_1_37_2 =l= 0;
relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_2_on_binary_indicator_var + 1*relu_1_37_2_off_binary_indicator_var =e= 1;
e986_.. - 1*pre_1_37_2 + 1*post_1_37_2 - 7.902762319994838*relu_1_37_2_on_binary_indicator_var =g= -7.902762319994838;
e987_.. - 1*pre_1_37_2 + 1*post_1_37_2 + 15.805524639989676*relu_1_37_2_on_binary_indicator_var =l= 15.805524639989676;
e988_.. + 1*post_1_37_2 =g= 0;
e989_.. + 1*post_1_37_2 + 7.902762319994838*relu_1_37_2_off_binary_indicator_var =l= 7.902762319994838;
e990_.. + 1*pre_1_37_2 + 7.902762319994838*relu_1_37_2_off_binary_indicator_var =l= 7.902762319994838;
relu_1_38_0_above_pre.. + 1*pre_1_38_0 - 1*post_1_38_0 =l= 0;
relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_0_on_binary_indicator_var + 1*relu_1_38_0_off_binary_indicator_var =e= 1;
e993_.. - 1*pre_1_38_0 + 1*post_1_38_0 - 6.938634274205215*relu_1_38_0_on_binary_indicator_var =g= -6.938634274205215;
e994_.. - 1*pre_1_38_0 + 1*post_1_38_0 + 13.87726854841043*relu_1_38_0_on_binary_indicator_var =l= 13.87726854841043;
e995_.. + 1*post_1_38_0 =g= 0;
e996_.. + 1*post_1_38_0 + 6.938634274205215*relu_1_38_0_off_binary_indicator_var =l= 6.938634274205215;
e997_.. + 1*pre_1_38_0 + 6.938634274205215*relu_1_38_0_off_binary_indicator_var =l= 6.938634274205215;
relu_1_38_1_above_pre.. + 1*pre_1_38_1 - 1*post_1_38_1 =l= 0;
relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_1_on_binary_indicator_var + 1*relu_1_38_1_off_binary_indicator_var =e= 1;
e1000_.. - 1*pre_1_38_1 + 1*post_1_38_1 - 6.938634274205215*relu_1_38_1_on_binary_indicator_var =g= -6.938634274205215;
e1001_.. - 1*pre_1_38_1 + 1*post_1_38_1 + 13.87726854841043*relu_1_38_1_on_binary_indicator_var =l= 13.87726854841043;
e1002_.. + 1*post_1_38_1 =g= 0;
e1003_.. + 1*post_1_38_1 + 6.938634274205215*relu_1_38_1_off_binary_indicator_var =l= 6.938634274205215;
e1004_.. + 1*pre_1_38_1 + 6.938634274205215*relu_1_38_1_off_binary_indicator_var =l= 6.938634274205215;
relu_1_38_2_above_pre.. + 1*pre_1_38_2 - 1*post_1_38_2 =l= 0;
relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_2_on_binary_indicator_var + 1*relu_1_38_2_off_binary_indicator_var =e= 1;
e1007_.. - 1*pre_1_38_2 + 1*post_1_38_2 - 6.938634274205215*relu_1_38_2_on_binary_indicator_var =g= -6.938634274205215;
e1008_.. - 1*pre_1_38_2 + 1*post_1_38_2 + 13.87726854841043*relu_1_38_2_on_binary_indicator_var =l= 13.87726854841043;
e1009_.. + 1*post_1_38_2 =g= 0;
e1010_.. + 1*post_1_38_2 + 6.938634274205215*relu_1_38_2_off_binary_indicator_var =l= 6.938634274205215;
e1011_.. + 1*pre_1_38_2 + 6.938634274205215*relu_1_38_2_off_binary_indicator_var =l= 6.938634274205215;
relu_1_39_0_above_pre.. + 1*pre_1_39_0 - 1*post_1_39_0 =l= 0;
relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_0_on_binary_indicator_var + 1*relu_1_39_0_off_binary_indicator_var =e= 1;
e1014_.. - 1*pre_1_39_0 + 1*post_1_39_0 - 8.719319309755662*relu_1_39_0_on_binary_indicator_var =g= -8.719319309755662;
e1015_.. - 1*pre_1_39_0 + 1*post_1_39_0 + 17.438638619511323*relu_1_39_0_on_binary_indicator_var =l= 17.438638619511323;
e1016_.. + 1*post_1_39_0 =g= 0;
e1017_.. + 1*post_1_39_0 + 8.719319309755662*relu_1_39_0_off_binary_indicator_var =l= 8.719319309755662;
e1018_.. + 1*pre_1_39_0 + 8.719319309755662*relu_1_39_0_off_binary_indicator_var =l= 8.719319309755662;
relu_1_39_1_above_pre.. + 1*pre_1_39_1 - 1*post_1_39_1 =l= 0;
relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_1_on_binary_indicator_var + 1*relu_1_39_1_off_binary_indicator_var =e= 1;
e1021_.. - 1*pre_1_39_1 + 1*post_1_39_1 - 8.719319309755662*relu_1_39_1_on_binary_indicator_var =g= -8.719319309755662;
e1022_.. - 1*pre_1_39_1 + 1*post_1_39_1 + 17.438638619511323*relu_1_39_1_on_binary_indicator_var =l= 17.438638619511323;
e1023_.. + 1*post_1_39_1 =g= 0;
e1024_.. + 1*post_1_39_1 + 8.719319309755662*relu_1_39_1_off_binary_indicator_var =l= 8.719319309755662;
e1025_.. + 1*pre_1_39_1 + 8.719319309755662*relu_1_39_1_off_binary_indicator_var =l= 8.719319309755662;
relu_1_39_2_above_pre.. + 1*pre_1_39_2 - 1*post_1_39_2 =l= 0;
relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_2_on_binary_indicator_var + 1*relu_1_39_2_off_binary_indicator_var =e= 1;
e1028_.. - 1*pre_1_39_2 + 1*post_1_39_2 - 8.719319309755662*relu_1_39_2_on_binary_indicator_var =g= -8.719319309755662;
e1029_.. - 1*pre_1_39_2 + 1*post_1_39_2 + 17.438638619511323*relu_1_39_2_on_binary_indicator_var =l= 17.438638619511323;
e1030_.. + 1*post_1_39_2 =g= 0;
e1031_.. + 1*post_1_39_2 + 8.719319309755662*relu_1_39_2_off_binary_indicator_var =l= 8.719319309755662;
e1032_.. + 1*pre_1_39_2 + 8.719319309755662*relu_1_39_2_off_binary_indicator_var =l= 8.719319309755662;
relu_1_40_0_above_pre.. + 1*pre_1_40_0 - 1*post_1_40_0 =l= 0;
relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_0_on_binary_indicator_var + 1*relu_1_40_0_off_binary_indicator_var =e= 1;
e1035_.. - 1*pre_1_40_0 + 1*post_1_40_0 - 8.069010781871519*relu_1_40_0_on_binary_indicator_var =g= -8.069010781871519;
e1036_.. - 1*pre_1_40_0 + 1*post_1_40_0 + 16.138021563743038*relu_1_40_0_on_binary_indicator_var =l= 16.138021563743038;
e1037_.. + 1*post_1_40_0 =g= 0;
e1038_.. + 1*post_1_40_0 + 8.069010781871519*relu_1_40_0_off_binary_indicator_var =l= 8.069010781871519;
e1039_.. + 1*pre_1_40_0 + 8.069010781871519*relu_1_40_0_off_binary_indicator_var =l= 8.069010781871519;
relu_1_40_1_above_pre.. + 1*pre_1_40_1 - 1*post_1_40_1 =l= 0;
relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_1_on_binary_indicator_var + 1*relu_1_40_1_off_binary_indicator_var =e= 1;
e1042_.. - 1*pre_1_40_1 + 1*post_1_40_1 - 8.069010781871519*relu_1_40_1_on_binary_indicator_var =g= -8.069010781871519;
e1043_.. - 1*pre_1_40_1 + 1*post_1_40_1 + 16.138021563743038*relu_1_40_1_on_binary_indicator_var =l= 16.138021563743038;
e1044_.. + 1*post_1_40_1 =g= 0;
e1045_.. + 1*post_1_40_1 + 8.069010781871519*relu_1_40_1_off_binary_indicator_var =l= 8.069010781871519;
e1046_.. + 1*pre_1_40_1 + 8.069010781871519*relu_1_40_1_off_binary_indicator_var =l= 8.069010781871519;
relu_1_40_2_above_pre.. + 1*pre_1_40_2 - 1*post_1_40_2 =l= 0;
relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_2_on_binary_indicator_var + 1*relu_1_40_2_off_binary_indicator_var =e= 1;
e1049_.. - 1*pre_1_40_2 + 1*post_1_40_2 - 8.069010781871519*relu_1_40_2_on_binary_indicator_var =g= -8.069010781871519;
e1050_.. - 1*pre_1_40_2 + 1*post_1_40_2 + 16.138021563743038*relu_1_40_2_on_binary_indicator_var =l= 16.138021563743038;
e1051_.. + 1*post_1_40_2 =g= 0;
e1052_.. + 1*post_1_40_2 + 8.069010781871519*relu_1_40_2_off_binary_indicator_var =l= 8.069010781871519;
e1053_.. + 1*pre_1_40_2 + 8.069010781871519*relu_1_40_2_off_binary_indicator_var =l= 8.069010781871519;
relu_1_41_0_above_pre.. + 1*pre_1_41_0 - 1*post_1_41_0 =l= 0;
relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_0_on_binary_indicator_var + 1*relu_1_41_0_off_binary_indicator_var =e= 1;
e1056_.. - 1*pre_1_41_0 + 1*post_1_41_0 - 7.8506770042707945*relu_1_41_0_on_binary_indicator_var =g= -7.8506770042707945;
e1057_.. - 1*pre_1_41_0 + 1*post_1_41_0 + 15.701354008541589*relu_1_41_0_on_binary_indicator_var =l= 15.701354008541589;
e1058_.. + 1*post_1_41_0 =g= 0;
e1059_.. + 1*post_1_41_0 + 7.8506770042707945*relu_1_41_0_off_binary_indicator_var =l= 7.8506770042707945;
e1060_.. + 1*pre_1_41_0 + 7.8506770042707945*relu_1_41_0_off_binary_indicator_var =l= 7.8506770042707945;
relu_1_41_1_above_pre.. + 1*pre_1_41_1 - 1*post_1_41_1 =l= 0;
relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_1_on_binary_indicator_var + 1*relu_1_41_1_off_binary_indicator_var =e= 1;
e1063_.. - 1*pre_1_41_1 + 1*post_1_41_1 - 7.8506770042707945*relu_1_41_1_on_binary_indicator_var =g= -7.8506770042707945;
e1064_.. - 1*pre_1_41_1 + 1*post_1_41_1 + 15.701354008541589*relu_1_41_1_on_binary_indicator_var =l= 15.701354008541589;
e1065_.. + 1*post_1_41_1 =g= 0;
e1066_.. + 1*post_1_41_1 + 7.8506770042707945*relu_1_41_1_off_binary_indicator_var =l= 7.8506770042707945;
e1067_.. + 1*pre_1_41_1 + 7.8506770042707945*relu_1_41_1_off_binary_indicator_var =l= 7.8506770042707945;
relu_1_41_2_above_pre.. + 1*pre_1_41_2 - 1*post_1_41_2 =l= 0;
relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_2_on_binary_indicator_var + 1*relu_1_41_2_off_binary_indicator_var =e= 1;
e1070_.. - 1*pre_1_41_2 + 1*post_1_41_2 - 7.8506770042707945*relu_1_41_2_on_binary_indicator_var =g= -7.8506770042707945;
e1071_.. - 1*pre_1_41_2 + 1*post_1_41_2 + 15.701354008541589*relu_1_41_2_on_binary_indicator_var =l= 15.701354008541589;
e1072_.. + 1*post_1_41_2 =g= 0;
e1073_.. + 1*post_1_41_2 + 7.8506770042707945*relu_1_41_2_off_binary_indicator_var =l= 7.8506770042707945;
e1074_.. + 1*pre_1_41_2 + 7.8506770042707945*relu_1_41_2_off_binary_indicator_var =l= 7.8506770042707945;
relu_1_42_0_above_pre.. + 1*pre_1_42_0 - 1*post_1_42_0 =l= 0;
relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_0_on_binary_indicator_var + 1*relu_1_42_0_off_binary_indicator_var =e= 1;
e1077_.. - 1*pre_1_42_0 + 1*post_1_42_0 - 8.175386217260854*relu_1_42_0_on_binary_indicator_var =g= -8.175386217260854;
e1078_.. - 1*pre_1_42_0 + 1*post_1_42_0 + 16.35077243452171*relu_1_42_0_on_binary_indicator_var =l= 16.35077243452171;
e1079_.. + 1*post_1_42_0 =g= 0;
e1080_.. + 1*post_1_42_0 + 8.175386217260854*relu_1_42_0_off_binary_indicator_var =l= 8.175386217260854;
e1081_.. + 1*pre_1_42_0 + 8.175386217260854*relu_1_42_0_off_binary_indicator_var =l= 8.175386217260854;
relu_1_42_1_above_pre.. + 1*pre_1_42_1 - 1*post_1_42_1 =l= 0;
relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_1_on_binary_indicator_var + 1*relu_1_42_1_off_binary_indicator_var =e= 1;
e1084_.. - 1*pre_1_42_1 + 1*post_1_42_1 - 8.175386217260854*relu_1_42_1_on_binary_indicator_var =g= -8.175386217260854;
e1085_.. - 1*pre_1_42_1 + 1*post_1_42_1 + 16.35077243452171*relu_1_42_1_on_binary_indicator_var =l= 16.35077243452171;
e1086_.. + 1*post_1_42_1 =g= 0;
e1087_.. + 1*post_1_42_1 + 8.175386217260854*relu_1_42_1_off_binary_indicator_var =l= 8.175386217260854;
e1088_.. + 1*pre_1_42_1 + 8.175386217260854*relu_1_42_1_off_binary_indicator_var =l= 8.175386217260854;
relu_1_42_2_above_pre.. + 1*pre_1_42_2 - 1*post_1_42_2 =l= 0;
relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_2_on_binary_indicator_var + 1*relu_1_42_2_off_binary_indicator_var =e= 1;
e1091_.. - 1*pre_1_42_2 + 1*post_1_42_2 - 8.175386217260854*relu_1_42_2_on_binary_indicator_var =g= -8.175386217260854;
e1092_.. - 1*pre_1_42_2 + 1*post_1_42_2 + 16.35077243452171*relu_1_42_2_on_binary_indicator_var =l= 16.35077243452171;
e1093_.. + 1*post_1_42_2 =g= 0;
e1094_.. + 1*post_1_42_2 + 8.175386217260854*relu_1_42_2_off_binary_indicator_var =l= 8.175386217260854;
e1095_.. + 1*pre_1_42_2 + 8.175386217260854*relu_1_42_2_off_binary_indicator_var =l= 8.175386217260854;
relu_1_43_0_above_pre.. + 1*pre_1_43_0 - 1*post_1_43_0 =l= 0;
relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_0_on_binary_indicator_var + 1*relu_1_43_0_off_binary_indicator_var =e= 1;
e1098_.. - 1*pre_1_43_0 + 1*post_1_43_0 - 5.054315422411429*relu_1_43_0_on_binary_indicator_var =g= -5.054315422411429;
e1099_.. - 1*pre_1_43_0 + 1*post_1_43_0 + 10.108630844822859*relu_1_43_0_on_binary_indicator_var =l= 10.108630844822859;
e1100_.. + 1*post_1_43_0 =g= 0;
e1101_.. + 1*post_1_43_0 + 5.054315422411429*relu_1_43_0_off_binary_indicator_var =l= 5.054315422411429;
e1102_.. + 1*pre_1_43_0 + 5.054315422411429*relu_1_43_0_off_binary_indicator_var =l= 5.054315422411429;
relu_1_43_1_above_pre.. + 1*pre_1_43_1 - 1*post_1_43_1 =l= 0;
relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_1_on_binary_indicator_var + 1*relu_1_43_1_off_binary_indicator_var =e= 1;
e1105_.. - 1*pre_1_43_1 + 1*post_1_43_1 - 5.054315422411429*relu_1_43_1_on_binary_indicator_var =g= -5.054315422411429;
e1106_.. - 1*pre_1_43_1 + 1*post_1_43_1 + 10.108630844822859*relu_1_43_1_on_binary_indicator_var =l= 10.108630844822859;
e1107_.. + 1*post_1_43_1 =g= 0;
e1108_.. + 1*post_1_43_1 + 5.054315422411429*relu_1_43_1_off_binary_indicator_var =l= 5.054315422411429;
e1109_.. + 1*pre_1_43_1 + 5.054315422411429*relu_1_43_1_off_binary_indicator_var =l= 5.054315422411429;
relu_1_43_2_above_pre.. + 1*pre_1_43_2 - 1*post_1_43_2 =l= 0;
relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_2_on_binary_indicator_var + 1*relu_1_43_2_off_binary_indicator_var =e= 1;
e1112_.. - 1*pre_1_43_2 + 1*post_1_43_2 - 5.054315422411429*relu_1_43_2_on_binary_indicator_var =g= -5.054315422411429;
e1113_.. - 1*pre_1_43_2 + 1*post_1_43_2 + 10.108630844822859*relu_1_43_2_on_binary_indicator_var =l= 10.108630844822859;
e1114_.. + 1*post_1_43_2 =g= 0;
e1115_.. + 1*post_1_43_2 + 5.054315422411429*relu_1_43_2_off_binary_indicator_var =l= 5.054315422411429;
e1116_.. + 1*pre_1_43_2 + 5.054315422411429*relu_1_43_2_off_binary_indicator_var =l= 5.054315422411429;
relu_1_44_0_above_pre.. + 1*pre_1_44_0 - 1*post_1_44_0 =l= 0;
relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_0_on_binary_indicator_var + 1*relu_1_44_0_off_binary_indicator_var =e= 1;
e1119_.. - 1*pre_1_44_0 + 1*post_1_44_0 - 6.417045954474024*relu_1_44_0_on_binary_indicator_var =g= -6.417045954474024;
e1120_.. - 1*pre_1_44_0 + 1*post_1_44_0 + 12.834091908948048*relu_1_44_0_on_binary_indicator_var =l= 12.834091908948048;
e1121_.. + 1*post_1_44_0 =g= 0;
e1122_.. + 1*post_1_44_0 + 6.417045954474024*relu_1_44_0_off_binary_indicator_var =l= 6.417045954474024;
e1123_.. + 1*pre_1_44_0 + 6.417045954474024*relu_1_44_0_off_binary_indicator_var =l= 6.417045954474024;
relu_1_44_1_above_pre.. + 1*pre_1_44_1 - 1*post_1_44_1 =l= 0;
relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_1_on_binary_indicator_var + 1*relu_1_44_1_off_binary_indicator_var =e= 1;
e1126_.. - 1*pre_1_44_1 + 1*post_1_44_1 - 6.417045954474024*relu_1_44_1_on_binary_indicator_var =g= -6.417045954474024;
e1127_.. - 1*pre_1_44_1 + 1*post_1_44_1 + 12.834091908948048*relu_1_44_1_on_binary_indicator_var =l= 12.834091908948048;
e1128_.. + 1*post_1_44_1 =g= 0;
e1129_.. + 1*post_1_44_1 + 6.417045954474024*relu_1_44_1_off_binary_indicator_var =l= 6.417045954474024;
e1130_.. + 1*pre_1_44_1 + 6.417045954474024*relu_1_44_1_off_binary_indicator_var =l= 6.417045954474024;
relu_1_44_2_above_pre.. + 1*pre_1_44_2 - 1*post_1_44_2 =l= 0;
relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_2_on_binary_indicator_var + 1*relu_1_44_2_off_binary_indicator_var =e= 1;
e1133_.. - 1*pre_1_44_2 + 1*post_1_44_2 - 6.417045954474024*relu_1_44_2_on_binary_indicator_var =g= -6.417045954474024;
e1134_.. - 1*pre_1_44_2 + 1*post_1_44_2 + 12.834091908948048*relu_1_44_2_on_binary_indicator_var =l= 12.834091908948048;
e1135_.. + 1*post_1_44_2 =g= 0;
e1136_.. + 1*post_1_44_2 + 6.417045954474024*relu_1_44_2_off_binary_indicator_var =l= 6.417045954474024;
e1137_.. + 1*pre_1_44_2 + 6.417045954474024*relu_1_44_2_off_binary_indicator_var =l= 6.417045954474024;
relu_1_45_0_above_pre.. + 1*pre_1_45_0 - 1*post_1_45_0 =l= 0;
relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_0_on_binary_indicator_var + 1*relu_1_45_0_off_binary_indicator_var =e= 1;
e1140_.. - 1*pre_1_45_0 + 1*post_1_45_0 - 6.944399324947062*relu_1_45_0_on_binary_indicator_var =g= -6.944399324947062;
e1141_.. - 1*pre_1_45_0 + 1*post_1_45_0 + 13.888798649894124*relu_1_45_0_on_binary_indicator_var =l= 13.888798649894124;
e1142_.. + 1*post_1_45_0 =g= 0;
e1143_.. + 1*post_1_45_0 + 6.944399324947062*relu_1_45_0_off_binary_indicator_var =l= 6.944399324947062;
e1144_.. + 1*pre_1_45_0 + 6.944399324947062*relu_1_45_0_off_binary_indicator_var =l= 6.944399324947062;
relu_1_45_1_above_pre.. + 1*pre_1_45_1 - 1*post_1_45_1 =l= 0;
relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_1_on_binary_indicator_var + 1*relu_1_45_1_off_binary_indicator_var =e= 1;
e1147_.. - 1*pre_1_45_1 + 1*post_1_45_1 - 6.944399324947062*relu_1_45_1_on_binary_indicator_var =g= -6.944399324947062;
e1148_.. - 1*pre_1_45_1 + 1*post_1_45_1 + 13.888798649894124*relu_1_45_1_on_binary_indicator_var =l= 13.888798649894124;
e1149_.. + 1*post_1_45_1 =g= 0;
e1150_.. + 1*post_1_45_1 + 6.944399324947062*relu_1_45_1_off_binary_indicator_var =l= 6.944399324947062;
e1151_.. + 1*pre_1_45_1 + 6.944399324947062*relu_1_45_1_off_binary_indicator_var =l= 6.944399324947062;
relu_1_45_2_above_pre.. + 1*pre_1_45_2 - 1*post_1_45_2 =l= 0;
relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_2_on_binary_indicator_var + 1*relu_1_45_2_off_binary_indicator_var =e= 1;
e1154_.. - 1*pre_1_45_2 + 1*post_1_45_2 - 6.944399324947062*relu_1_45_2_on_binary_indicator_var =g= -6.944399324947062;
e1155_.. - 1*pre_1_45_2 + 1*post_1_45_2 + 13.888798649894124*relu_1_45_2_on_binary_indicator_var =l= 13.888798649894124;
e1156_.. + 1*post_1_45_2 =g= 0;
e1157_.. + 1*post_1_45_2 + 6.944399324947062*relu_1_45_2_off_binary_indicator_var =l= 6.944399324947062;
e1158_.. + 1*pre_1_45_2 + 6.944399324947062*relu_1_45_2_off_binary_indicator_var =l= 6.944399324947062;
relu_1_46_0_above_pre.. + 1*pre_1_46_0 - 1*post_1_46_0 =l= 0;
relu_1_46_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_0_on_binary_indicator_var + 1*relu_1_46_0_off_binary_indicator_var =e= 1;
e1161_.. - 1*pre_1_46_0 + 1*post_1_46_0 - 3.5770894718859325*relu_1_46_0_on_binary_indicator_var =g= -3.5770894718859325;
e1162_.. - 1*pre_1_46_0 + 1*post_1_46_0 + 7.154178943771865*relu_1_46_0_on_binary_indicator_var =l= 7.154178943771865;
e1163_.. + 1*post_1_46_0 =g= 0;
e1164_.. + 1*post_1_46_0 + 3.5770894718859325*relu_1_46_0_off_binary_indicator_var =l= 3.5770894718859325;
e1165_.. + 1*pre_1_46_0 + 3.5770894718859325*relu_1_46_0_off_binary_indicator_var =l= 3.5770894718859325;
relu_1_46_1_above_pre.. + 1*pre_1_46_1 - 1*post_1_46_1 =l= 0;
relu_1_46_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_1_on_binary_indicator_var + 1*relu_1_46_1_off_binary_indicator_var =e= 1;
e1168_.. - 1*pre_1_46_1 + 1*post_1_46_1 - 3.5770894718859325*relu_1_46_1_on_binary_indicator_var =g= -3.5770894718859325;
e1169_.. - 1*pre_1_46_1 + 1*post_1_46_1 + 7.154178943771865*relu_1_46_1_on_binary_indicator_var =l= 7.154178943771865;
e1170_.. + 1*post_1_46_1 =g= 0;
e1171_.. + 1*post_1_46_1 + 3.5770894718859325*relu_1_46_1_off_binary_indicator_var =l= 3.5770894718859325;
e1172_.. + 1*pre_1_46_1 + 3.5770894718859325*relu_1_46_1_off_binary_indicator_var =l= 3.5770894718859325;
relu_1_46_2_above_pre.. + 1*pre_1_46_2 - 1*post_1_46_2 =l= 0;
relu_1_46_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_46_2_on_binary_indicator_var + 1*relu_1_46_2_off_binary_indicator_var =e= 1;
e1175_.. - 1*pre_1_46_2 + 1*post_1_46_2 - 3.5770894718859325*relu_1_46_2_on_binary_indicator_var =g= -3.5770894718859325;
e1176_.. - 1*pre_1_46_2 + 1*post_1_46_2 + 7.154178943771865*relu_1_46_2_on_binary_indicator_var =l= 7.154178943771865;
e1177_.. + 1*post_1_46_2 =g= 0;
e1178_.. + 1*post_1_46_2 + 3.5770894718859325*relu_1_46_2_off_binary_indicator_var =l= 3.5770894718859325;
e1179_.. + 1*pre_1_46_2 + 3.5770894718859325*relu_1_46_2_off_binary_indicator_var =l= 3.5770894718859325;
relu_1_47_0_above_pre.. + 1*pre_1_47_0 - 1*post_1_47_0 =l= 0;
relu_1_47_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_0_on_binary_indicator_var + 1*relu_1_47_0_off_binary_indicator_var =e= 1;
e1182_.. - 1*pre_1_47_0 + 1*post_1_47_0 - 8.343039628756323*relu_1_47_0_on_binary_indicator_var =g= -8.343039628756323;
e1183_.. - 1*pre_1_47_0 + 1*post_1_47_0 + 16.686079257512645*relu_1_47_0_on_binary_indicator_var =l= 16.686079257512645;
e1184_.. + 1*post_1_47_0 =g= 0;
e1185_.. + 1*post_1_47_0 + 8.343039628756323*relu_1_47_0_off_binary_indicator_var =l= 8.343039628756323;
e1186_.. + 1*pre_1_47_0 + 8.343039628756323*relu_1_47_0_off_binary_indicator_var =l= 8.343039628756323;
relu_1_47_1_above_pre.. + 1*pre_1_47_1 - 1*post_1_47_1 =l= 0;
relu_1_47_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_1_on_binary_indicator_var + 1*relu_1_47_1_off_binary_indicator_var =e= 1;
e1189_.. - 1*pre_1_47_1 + 1*post_1_47_1 - 8.343039628756323*relu_1_47_1_on_binary_indicator_var =g= -8.343039628756323;
e1190_.. - 1*pre_1_47_1 + 1*post_1_47_1 + 16.686079257512645*relu_1_47_1_on_binary_indicator_var =l= 16.686079257512645;
e1191_.. + 1*post_1_47_1 =g= 0;
e1192_.. + 1*post_1_47_1 + 8.343039628756323*relu_1_47_1_off_binary_indicator_var =l= 8.343039628756323;
e1193_.. + 1*pre_1_47_1 + 8.343039628756323*relu_1_47_1_off_binary_indicator_var =l= 8.343039628756323;
relu_1_47_2_above_pre.. + 1*pre_1_47_2 - 1*post_1_47_2 =l= 0;
relu_1_47_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_47_2_on_binary_indicator_var + 1*relu_1_47_2_off_binary_indicator_var =e= 1;
e1196_.. - 1*pre_1_47_2 + 1*post_1_47_2 - 8.343039628756323*relu_1_47_2_on_binary_indicator_var =g= -8.343039628756323;
e1197_.. - 1*pre_1_47_2 + 1*post_1_47_2 + 16.686079257512645*relu_1_47_2_on_binary_indicator_var =l= 16.686079257512645;
e1198_.. + 1*post_1_47_2 =g= 0;
e1199_.. + 1*post_1_47_2 + 8.343039628756323*relu_1_47_2_off_binary_indicator_var =l= 8.343039628756323;
e1200_.. + 1*pre_1_47_2 + 8.343039628756323*relu_1_47_2_off_binary_indicator_var =l= 8.343039628756323;

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

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
