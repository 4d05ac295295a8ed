* teacher-N48-n2-m2-p1-s0-p1-normalized-bigm  (relu-opt library: teacher-N48-n2-m2-p1-s0, problem 1, normalized-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_0_2, u_1_0, u_1_1, u_1_2, pre_1_0_0,
  pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, pre_1_4_0,
  pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1, pre_1_8_0,
  pre_1_8_1, pre_1_9_0, pre_1_9_1, pre_1_10_0, pre_1_10_1, pre_1_11_0, pre_1_11_1, pre_1_12_0,
  pre_1_12_1, pre_1_13_0, pre_1_13_1, pre_1_14_0, pre_1_14_1, pre_1_15_0, pre_1_15_1, pre_1_16_0,
  pre_1_16_1, pre_1_17_0, pre_1_17_1, pre_1_18_0, pre_1_18_1, pre_1_19_0, pre_1_19_1, pre_1_20_0,
  pre_1_20_1, pre_1_21_0, pre_1_21_1, pre_1_22_0, pre_1_22_1, pre_1_23_0, pre_1_23_1, pre_1_24_0,
  pre_1_24_1, pre_1_25_0, pre_1_25_1, pre_1_26_0, pre_1_26_1, pre_1_27_0, pre_1_27_1, pre_1_28_0,
  pre_1_28_1, pre_1_29_0, pre_1_29_1, pre_1_30_0, pre_1_30_1, pre_1_31_0, pre_1_31_1, pre_1_32_0,
  pre_1_32_1, pre_1_33_0, pre_1_33_1, pre_1_34_0, pre_1_34_1, pre_1_35_0, pre_1_35_1, pre_1_36_0,
  pre_1_36_1, pre_1_37_0, pre_1_37_1, pre_1_38_0, pre_1_38_1, pre_1_39_0, pre_1_39_1, pre_1_40_0,
  pre_1_40_1, pre_1_41_0, pre_1_41_1, pre_1_42_0, pre_1_42_1, pre_1_43_0, pre_1_43_1, pre_1_44_0,
  pre_1_44_1, pre_1_45_0, pre_1_45_1, pre_1_46_0, pre_1_46_1, pre_1_47_0, pre_1_47_1, post_1_0_0,
  post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0,
  post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1, post_1_8_0,
  post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1, post_1_11_0, post_1_11_1, post_1_12_0,
  post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1, post_1_15_0, post_1_15_1, post_1_16_0,
  post_1_16_1, post_1_17_0, post_1_17_1, post_1_18_0, post_1_18_1, post_1_19_0, post_1_19_1, post_1_20_0,
  post_1_20_1, post_1_21_0, post_1_21_1, post_1_22_0, post_1_22_1, post_1_23_0, post_1_23_1, post_1_24_0,
  post_1_24_1, post_1_25_0, post_1_25_1, post_1_26_0, post_1_26_1, post_1_27_0, post_1_27_1, post_1_28_0,
  post_1_28_1, post_1_29_0, post_1_29_1, post_1_30_0, post_1_30_1, post_1_31_0, post_1_31_1, post_1_32_0,
  post_1_32_1, post_1_33_0, post_1_33_1, post_1_34_0, post_1_34_1, post_1_35_0, post_1_35_1, post_1_36_0,
  post_1_36_1, post_1_37_0, post_1_37_1, post_1_38_0, post_1_38_1, post_1_39_0, post_1_39_1, post_1_40_0,
  post_1_40_1, post_1_41_0, post_1_41_1, post_1_42_0, post_1_42_1, post_1_43_0, post_1_43_1, post_1_44_0,
  post_1_44_1, post_1_45_0, post_1_45_1, post_1_46_0, post_1_46_1, post_1_47_0, post_1_47_1, b_2_0,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0,
  out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0, out_14_0, out_15_0,
  out_16_0, out_17_0, out_18_0, out_19_0, out_20_0, out_21_0, out_22_0, out_23_0,
  out_24_0, out_25_0, out_26_0, out_27_0, out_28_0, out_29_0, out_30_0, out_31_0,
  out_32_0, out_33_0, out_34_0, out_35_0, out_36_0, out_37_0, out_38_0, out_39_0,
  out_40_0, out_41_0, out_42_0, out_43_0, out_44_0, out_45_0, out_46_0, out_47_0,
  post_positive_0_0, post_positive_0_1, post_positive_1_0, post_positive_1_1, post_positive_2_0, post_positive_2_1, post_positive_3_0, post_positive_3_1,
  post_positive_4_0, post_positive_4_1, post_positive_5_0, post_positive_5_1, post_positive_6_0, post_positive_6_1, post_positive_7_0, post_positive_7_1,
  post_positive_8_0, post_positive_8_1, post_positive_9_0, post_positive_9_1, post_positive_10_0, post_positive_10_1, post_positive_11_0, post_positive_11_1,
  post_positive_12_0, post_positive_12_1, post_positive_13_0, post_positive_13_1, post_positive_14_0, post_positive_14_1, post_positive_15_0, post_positive_15_1,
  post_positive_16_0, post_positive_16_1, post_positive_17_0, post_positive_17_1, post_positive_18_0, post_positive_18_1, post_positive_19_0, post_positive_19_1,
  post_positive_20_0, post_positive_20_1, post_positive_21_0, post_positive_21_1, post_positive_22_0, post_positive_22_1, post_positive_23_0, post_positive_23_1,
  post_positive_24_0, post_positive_24_1, post_positive_25_0, post_positive_25_1, post_positive_26_0, post_positive_26_1, post_positive_27_0, post_positive_27_1,
  post_positive_28_0, post_positive_28_1, post_positive_29_0, post_positive_29_1, post_positive_30_0, post_positive_30_1, post_positive_31_0, post_positive_31_1,
  post_positive_32_0, post_positive_32_1, post_positive_33_0, post_positive_33_1, post_positive_34_0, post_positive_34_1, post_positive_35_0, post_positive_35_1,
  post_positive_36_0, post_positive_36_1, post_positive_37_0, post_positive_37_1, post_positive_38_0, post_positive_38_1, post_positive_39_0, post_positive_39_1,
  post_positive_40_0, post_positive_40_1, post_positive_41_0, post_positive_41_1, post_positive_42_0, post_positive_42_1, post_positive_43_0, post_positive_43_1,
  post_positive_44_0, post_positive_44_1, post_positive_45_0, post_positive_45_1, post_positive_46_0, post_positive_46_1, post_positive_47_0, post_positive_47_1,
  post_negative_0_0, post_negative_0_1, post_negative_1_0, post_negative_1_1, post_negative_2_0, post_negative_2_1, post_negative_3_0, post_negative_3_1,
  post_negative_4_0, post_negative_4_1, post_negative_5_0, post_negative_5_1, post_negative_6_0, post_negative_6_1, post_negative_7_0, post_negative_7_1,
  post_negative_8_0, post_negative_8_1, post_negative_9_0, post_negative_9_1, post_negative_10_0, post_negative_10_1, post_negative_11_0, post_negative_11_1,
  post_negative_12_0, post_negative_12_1, post_negative_13_0, post_negative_13_1, post_negative_14_0, post_negative_14_1, post_negative_15_0, post_negative_15_1,
  post_negative_16_0, post_negative_16_1, post_negative_17_0, post_negative_17_1, post_negative_18_0, post_negative_18_1, post_negative_19_0, post_negative_19_1,
  post_negative_20_0, post_negative_20_1, post_negative_21_0, post_negative_21_1, post_negative_22_0, post_negative_22_1, post_negative_23_0, post_negative_23_1,
  post_negative_24_0, post_negative_24_1, post_negative_25_0, post_negative_25_1, post_negative_26_0, post_negative_26_1, post_negative_27_0, post_negative_27_1,
  post_negative_28_0, post_negative_28_1, post_negative_29_0, post_negative_29_1, post_negative_30_0, post_negative_30_1, post_negative_31_0, post_negative_31_1,
  post_negative_32_0, post_negative_32_1, post_negative_33_0, post_negative_33_1, post_negative_34_0, post_negative_34_1, post_negative_35_0, post_negative_35_1,
  post_negative_36_0, post_negative_36_1, post_negative_37_0, post_negative_37_1, post_negative_38_0, post_negative_38_1, post_negative_39_0, post_negative_39_1,
  post_negative_40_0, post_negative_40_1, post_negative_41_0, post_negative_41_1, post_negative_42_0, post_negative_42_1, post_negative_43_0, post_negative_43_1,
  post_negative_44_0, post_negative_44_1, post_negative_45_0, post_negative_45_1, post_negative_46_0, post_negative_46_1, post_negative_47_0, post_negative_47_1;

Binary Variables
  sign_0, sign_1, relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on,
  relu_1_3_0_on, relu_1_3_1_on, relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on,
  relu_1_7_0_on, relu_1_7_1_on, relu_1_8_0_on, relu_1_8_1_on, relu_1_9_0_on, relu_1_9_1_on, relu_1_10_0_on, relu_1_10_1_on,
  relu_1_11_0_on, relu_1_11_1_on, relu_1_12_0_on, relu_1_12_1_on, relu_1_13_0_on, relu_1_13_1_on, relu_1_14_0_on, relu_1_14_1_on,
  relu_1_15_0_on, relu_1_15_1_on, relu_1_16_0_on, relu_1_16_1_on, relu_1_17_0_on, relu_1_17_1_on, relu_1_18_0_on, relu_1_18_1_on,
  relu_1_19_0_on, relu_1_19_1_on, relu_1_20_0_on, relu_1_20_1_on, relu_1_21_0_on, relu_1_21_1_on, relu_1_22_0_on, relu_1_22_1_on,
  relu_1_23_0_on, relu_1_23_1_on, relu_1_24_0_on, relu_1_24_1_on, relu_1_25_0_on, relu_1_25_1_on, relu_1_26_0_on, relu_1_26_1_on,
  relu_1_27_0_on, relu_1_27_1_on, relu_1_28_0_on, relu_1_28_1_on, relu_1_29_0_on, relu_1_29_1_on, relu_1_30_0_on, relu_1_30_1_on,
  relu_1_31_0_on, relu_1_31_1_on, relu_1_32_0_on, relu_1_32_1_on, relu_1_33_0_on, relu_1_33_1_on, relu_1_34_0_on, relu_1_34_1_on,
  relu_1_35_0_on, relu_1_35_1_on, relu_1_36_0_on, relu_1_36_1_on, relu_1_37_0_on, relu_1_37_1_on, relu_1_38_0_on, relu_1_38_1_on,
  relu_1_39_0_on, relu_1_39_1_on, relu_1_40_0_on, relu_1_40_1_on, relu_1_41_0_on, relu_1_41_1_on, relu_1_42_0_on, relu_1_42_1_on,
  relu_1_43_0_on, relu_1_43_1_on, relu_1_44_0_on, relu_1_44_1_on, relu_1_45_0_on, relu_1_45_1_on, relu_1_46_0_on, relu_1_46_1_on,
  relu_1_47_0_on, relu_1_47_1_on;

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
  pre_definition_1_47_1, post_split_0_0, post_split_0_1, post_split_1_0, post_split_1_1, post_split_2_0, post_split_2_1, post_split_3_0,
  post_split_3_1, post_split_4_0, post_split_4_1, post_split_5_0, post_split_5_1, post_split_6_0, post_split_6_1, post_split_7_0,
  post_split_7_1, post_split_8_0, post_split_8_1, post_split_9_0, post_split_9_1, post_split_10_0, post_split_10_1, post_split_11_0,
  post_split_11_1, post_split_12_0, post_split_12_1, post_split_13_0, post_split_13_1, post_split_14_0, post_split_14_1, post_split_15_0,
  post_split_15_1, post_split_16_0, post_split_16_1, post_split_17_0, post_split_17_1, post_split_18_0, post_split_18_1, post_split_19_0,
  post_split_19_1, post_split_20_0, post_split_20_1, post_split_21_0, post_split_21_1, post_split_22_0, post_split_22_1, post_split_23_0,
  post_split_23_1, post_split_24_0, post_split_24_1, post_split_25_0, post_split_25_1, post_split_26_0, post_split_26_1, post_split_27_0,
  post_split_27_1, post_split_28_0, post_split_28_1, post_split_29_0, post_split_29_1, post_split_30_0, post_split_30_1, post_split_31_0,
  post_split_31_1, post_split_32_0, post_split_32_1, post_split_33_0, post_split_33_1, post_split_34_0, post_split_34_1, post_split_35_0,
  post_split_35_1, post_split_36_0, post_split_36_1, post_split_37_0, post_split_37_1, post_split_38_0, post_split_38_1, post_split_39_0,
  post_split_39_1, post_split_40_0, post_split_40_1, post_split_41_0, post_split_41_1, post_split_42_0, post_split_42_1, post_split_43_0,
  post_split_43_1, post_split_44_0, post_split_44_1, post_split_45_0, post_split_45_1, post_split_46_0, post_split_46_1, post_split_47_0,
  post_split_47_1, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_1_0, positive_if_sign_1_1, positive_if_sign_2_0, positive_if_sign_2_1, positive_if_sign_3_0,
  positive_if_sign_3_1, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_5_0, positive_if_sign_5_1, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_7_0,
  positive_if_sign_7_1, positive_if_sign_8_0, positive_if_sign_8_1, positive_if_sign_9_0, positive_if_sign_9_1, positive_if_sign_10_0, positive_if_sign_10_1, positive_if_sign_11_0,
  positive_if_sign_11_1, positive_if_sign_12_0, positive_if_sign_12_1, positive_if_sign_13_0, positive_if_sign_13_1, positive_if_sign_14_0, positive_if_sign_14_1, positive_if_sign_15_0,
  positive_if_sign_15_1, positive_if_sign_16_0, positive_if_sign_16_1, positive_if_sign_17_0, positive_if_sign_17_1, positive_if_sign_18_0, positive_if_sign_18_1, positive_if_sign_19_0,
  positive_if_sign_19_1, positive_if_sign_20_0, positive_if_sign_20_1, positive_if_sign_21_0, positive_if_sign_21_1, positive_if_sign_22_0, positive_if_sign_22_1, positive_if_sign_23_0,
  positive_if_sign_23_1, positive_if_sign_24_0, positive_if_sign_24_1, positive_if_sign_25_0, positive_if_sign_25_1, positive_if_sign_26_0, positive_if_sign_26_1, positive_if_sign_27_0,
  positive_if_sign_27_1, positive_if_sign_28_0, positive_if_sign_28_1, positive_if_sign_29_0, positive_if_sign_29_1, positive_if_sign_30_0, positive_if_sign_30_1, positive_if_sign_31_0,
  positive_if_sign_31_1, positive_if_sign_32_0, positive_if_sign_32_1, positive_if_sign_33_0, positive_if_sign_33_1, positive_if_sign_34_0, positive_if_sign_34_1, positive_if_sign_35_0,
  positive_if_sign_35_1, positive_if_sign_36_0, positive_if_sign_36_1, positive_if_sign_37_0, positive_if_sign_37_1, positive_if_sign_38_0, positive_if_sign_38_1, positive_if_sign_39_0,
  positive_if_sign_39_1, positive_if_sign_40_0, positive_if_sign_40_1, positive_if_sign_41_0, positive_if_sign_41_1, positive_if_sign_42_0, positive_if_sign_42_1, positive_if_sign_43_0,
  positive_if_sign_43_1, positive_if_sign_44_0, positive_if_sign_44_1, positive_if_sign_45_0, positive_if_sign_45_1, positive_if_sign_46_0, positive_if_sign_46_1, positive_if_sign_47_0,
  positive_if_sign_47_1, negative_unless_sign_0_0, negative_unless_sign_0_1, negative_unless_sign_1_0, negative_unless_sign_1_1, negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_3_0,
  negative_unless_sign_3_1, negative_unless_sign_4_0, negative_unless_sign_4_1, negative_unless_sign_5_0, negative_unless_sign_5_1, negative_unless_sign_6_0, negative_unless_sign_6_1, negative_unless_sign_7_0,
  negative_unless_sign_7_1, negative_unless_sign_8_0, negative_unless_sign_8_1, negative_unless_sign_9_0, negative_unless_sign_9_1, negative_unless_sign_10_0, negative_unless_sign_10_1, negative_unless_sign_11_0,
  negative_unless_sign_11_1, negative_unless_sign_12_0, negative_unless_sign_12_1, negative_unless_sign_13_0, negative_unless_sign_13_1, negative_unless_sign_14_0, negative_unless_sign_14_1, negative_unless_sign_15_0,
  negative_unless_sign_15_1, negative_unless_sign_16_0, negative_unless_sign_16_1, negative_unless_sign_17_0, negative_unless_sign_17_1, negative_unless_sign_18_0, negative_unless_sign_18_1, negative_unless_sign_19_0,
  negative_unless_sign_19_1, negative_unless_sign_20_0, negative_unless_sign_20_1, negative_unless_sign_21_0, negative_unless_sign_21_1, negative_unless_sign_22_0, negative_unless_sign_22_1, negative_unless_sign_23_0,
  negative_unless_sign_23_1, negative_unless_sign_24_0, negative_unless_sign_24_1, negative_unless_sign_25_0, negative_unless_sign_25_1, negative_unless_sign_26_0, negative_unless_sign_26_1, negative_unless_sign_27_0,
  negative_unless_sign_27_1, negative_unless_sign_28_0, negative_unless_sign_28_1, negative_unless_sign_29_0, negative_unless_sign_29_1, negative_unless_sign_30_0, negative_unless_sign_30_1, negative_unless_sign_31_0,
  negative_unless_sign_31_1, negative_unless_sign_32_0, negative_unless_sign_32_1, negative_unless_sign_33_0, negative_unless_sign_33_1, negative_unless_sign_34_0, negative_unless_sign_34_1, negative_unless_sign_35_0,
  negative_unless_sign_35_1, negative_unless_sign_36_0, negative_unless_sign_36_1, negative_unless_sign_37_0, negative_unless_sign_37_1, negative_unless_sign_38_0, negative_unless_sign_38_1, negative_unless_sign_39_0,
  negative_unless_sign_39_1, negative_unless_sign_40_0, negative_unless_sign_40_1, negative_unless_sign_41_0, negative_unless_sign_41_1, negative_unless_sign_42_0, negative_unless_sign_42_1, negative_unless_sign_43_0,
  negative_unless_sign_43_1, negative_unless_sign_44_0, negative_unless_sign_44_1, negative_unless_sign_45_0, negative_unless_sign_45_1, negative_unless_sign_46_0, negative_unless_sign_46_1, negative_unless_sign_47_0,
  negative_unless_sign_47_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0, out_definition_19_0, out_definition_20_0, out_definition_21_0, out_definition_22_0,
  out_definition_23_0, out_definition_24_0, out_definition_25_0, out_definition_26_0, out_definition_27_0, out_definition_28_0, out_definition_29_0, out_definition_30_0,
  out_definition_31_0, out_definition_32_0, out_definition_33_0, out_definition_34_0, out_definition_35_0, out_definition_36_0, out_definition_37_0, out_definition_38_0,
  out_definition_39_0, out_definition_40_0, out_definition_41_0, out_definition_42_0, out_definition_43_0, out_definition_44_0, out_definition_45_0, out_definition_46_0,
  out_definition_47_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre,
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
  relu_1_47_1_pre_when_active;

e_obj.. - objvar - 0.20447926512633766*out_0_0 - 1.32123020367463*out_1_0 - 1.1227260595458866*out_2_0 - 0.7404403904721589*out_3_0 - 1.6978010308022191*out_4_0 - 1.8844066782489128*out_5_0 - 1.452383503870018*out_6_0
    - 0.6193679171276341*out_7_0 - 0.31230716390702784*out_8_0 - 0.4660900630160964*out_9_0 - 0.6129692689883264*out_10_0 - 2.2907924446652013*out_11_0 - 0.6713449700487438*out_12_0 - 1.7899590524965578*out_13_0 - 0.5074957024745521*out_14_0
    - 1.4196779829758215*out_15_0 - 1.4866954290437535*out_16_0 - 1.8273762536598148*out_17_0 - 1.3932950518239888*out_18_0 - 1.9377079082754642*out_19_0 - 0.12135658923052045*out_20_0 - 0.7346959254972918*out_21_0 - 2.0418491692987253*out_22_0
    - 1.5304117775821724*out_23_0 - 1.4050154518412217*out_24_0 - 1.943175795239524*out_25_0 - 2.3185792283400195*out_26_0 - 1.3107647733595815*out_27_0 - 1.654999585448382*out_28_0 - 0.9218616467530556*out_29_0 - 1.756888298258106*out_30_0
    - 0.7058778454082554*out_31_0 - 0.7563841815552593*out_32_0 - 1.3279325111113212*out_33_0 - 0.611136195329929*out_34_0 - 0.22572811438166385*out_35_0 - 1.3854822054718627*out_36_0 - 1.037595220008699*out_37_0 - 0.49836148569235866*out_38_0
    - 1.481370477664666*out_39_0 - 0.4039291367201674*out_40_0 - 1.6362328672141446*out_41_0 - 0.2659338322089262*out_42_0 - 0.9169347375549701*out_43_0 - 0.37724728572940897*out_44_0 - 0.614160407346623*out_45_0 - 1.149641210257304*out_46_0
    - 1.033948514855577*out_47_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0) + 1*sqr(out_19_0) + 1*sqr(out_20_0) + 1*sqr(out_21_0) + 1*sqr(out_22_0)
    + 1*sqr(out_23_0) + 1*sqr(out_24_0) + 1*sqr(out_25_0) + 1*sqr(out_26_0) + 1*sqr(out_27_0) + 1*sqr(out_28_0) + 1*sqr(out_29_0) + 1*sqr(out_30_0)
    + 1*sqr(out_31_0) + 1*sqr(out_32_0) + 1*sqr(out_33_0) + 1*sqr(out_34_0) + 1*sqr(out_35_0) + 1*sqr(out_36_0) + 1*sqr(out_37_0) + 1*sqr(out_38_0)
    + 1*sqr(out_39_0) + 1*sqr(out_40_0) + 1*sqr(out_41_0) + 1*sqr(out_42_0) + 1*sqr(out_43_0) + 1*sqr(out_44_0) + 1*sqr(out_45_0) + 1*sqr(out_46_0)
    + 1*sqr(out_47_0) + 19.394712738769016 =e= 0;
pre_definition_1_0_0.. - 0.8701448475755365*u_0_0 - 0.6317071082430643*u_0_1 - 1*u_0_2 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.8701448475755365*u_1_0 - 0.6317071082430643*u_1_1 - 1*u_1_2 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.9945229996597038*u_0_0 - 0.7148085531751387*u_0_1 - 1*u_0_2 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.9945229996597038*u_1_0 - 0.7148085531751387*u_1_1 - 1*u_1_2 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.9328288493890713*u_0_0 - 0.45931089285988813*u_0_1 - 1*u_0_2 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.9328288493890713*u_1_0 - 0.45931089285988813*u_1_1 - 1*u_1_2 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.648688758794882*u_0_0 - 0.7263578446997732*u_0_1 - 1*u_0_2 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.648688758794882*u_1_0 - 0.7263578446997732*u_1_1 - 1*u_1_2 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.08292244049818343*u_0_0 + 0.40057621892523043*u_0_1 - 1*u_0_2 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.08292244049818343*u_1_0 + 0.40057621892523043*u_1_1 - 1*u_1_2 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.1546255576046831*u_0_0 + 0.9433606577090741*u_0_1 - 1*u_0_2 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.1546255576046831*u_1_0 + 0.9433606577090741*u_1_1 - 1*u_1_2 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.7514334470008721*u_0_0 - 0.34124882938726064*u_0_1 - 1*u_0_2 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.7514334470008721*u_1_0 - 0.34124882938726064*u_1_1 - 1*u_1_2 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.2943790231485002*u_0_0 - 0.2307702229625077*u_0_1 - 1*u_0_2 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.2943790231485002*u_1_0 - 0.2307702229625077*u_1_1 - 1*u_1_2 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. + 0.23264489147623313*u_0_0 - 0.994419871578422*u_0_1 - 1*u_0_2 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 0.23264489147623313*u_1_0 - 0.994419871578422*u_1_1 - 1*u_1_2 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.9616706775524602*u_0_0 - 0.3710839689613894*u_0_1 - 1*u_0_2 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.9616706775524602*u_1_0 - 0.3710839689613894*u_1_1 - 1*u_1_2 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. - 0.3009185525356326*u_0_0 - 0.37689346114188016*u_0_1 - 1*u_0_2 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.3009185525356326*u_1_0 - 0.37689346114188016*u_1_1 - 1*u_1_2 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. + 0.22215715204179243*u_0_0 + 0.7298069899551776*u_0_1 - 1*u_0_2 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.22215715204179243*u_1_0 + 0.7298069899551776*u_1_1 - 1*u_1_2 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 0.4429766803881634*u_0_0 - 0.050708644951451776*u_0_1 - 1*u_0_2 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.4429766803881634*u_1_0 - 0.050708644951451776*u_1_1 - 1*u_1_2 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. + 0.3795162488820887*u_0_0 + 0.028329282336421846*u_0_1 - 1*u_0_2 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.3795162488820887*u_1_0 + 0.028329282336421846*u_1_1 - 1*u_1_2 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.7789756686980005*u_0_0 - 0.8680870319124994*u_0_1 - 1*u_0_2 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.7789756686980005*u_1_0 - 0.8680870319124994*u_1_1 - 1*u_1_2 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. + 0.28440960658185954*u_0_0 - 0.14305966145952187*u_0_1 - 1*u_0_2 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.28440960658185954*u_1_0 - 0.14305966145952187*u_1_1 - 1*u_1_2 + 1*pre_1_15_1 =e= 0;
pre_definition_1_16_0.. + 0.3562612178481157*u_0_0 - 0.1886000603993936*u_0_1 - 1*u_0_2 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. + 0.3562612178481157*u_1_0 - 0.1886000603993936*u_1_1 - 1*u_1_2 + 1*pre_1_16_1 =e= 0;
pre_definition_1_17_0.. + 0.3241775489857335*u_0_0 + 0.21676199894367754*u_0_1 - 1*u_0_2 + 1*pre_1_17_0 =e= 0;
pre_definition_1_17_1.. + 0.3241775489857335*u_1_0 + 0.21676199894367754*u_1_1 - 1*u_1_2 + 1*pre_1_17_1 =e= 0;
pre_definition_1_18_0.. - 0.7805487040095846*u_0_0 + 0.5456848129332406*u_0_1 - 1*u_0_2 + 1*pre_1_18_0 =e= 0;
pre_definition_1_18_1.. - 0.7805487040095846*u_1_0 + 0.5456848129332406*u_1_1 - 1*u_1_2 + 1*pre_1_18_1 =e= 0;
pre_definition_1_19_0.. - 0.24637428937208483*u_0_0 + 0.8319693128352303*u_0_1 - 1*u_0_2 + 1*pre_1_19_0 =e= 0;
pre_definition_1_19_1.. - 0.24637428937208483*u_1_0 + 0.8319693128352303*u_1_1 - 1*u_1_2 + 1*pre_1_19_1 =e= 0;
pre_definition_1_20_0.. - 0.6652882953067956*u_0_0 - 0.5741966149773667*u_0_1 - 1*u_0_2 + 1*pre_1_20_0 =e= 0;
pre_definition_1_20_1.. - 0.6652882953067956*u_1_0 - 0.5741966149773667*u_1_1 - 1*u_1_2 + 1*pre_1_20_1 =e= 0;
pre_definition_1_21_0.. + 0.5212611140140957*u_0_0 - 0.7529684616214076*u_0_1 - 1*u_0_2 + 1*pre_1_21_0 =e= 0;
pre_definition_1_21_1.. + 0.5212611140140957*u_1_0 - 0.7529684616214076*u_1_1 - 1*u_1_2 + 1*pre_1_21_1 =e= 0;
pre_definition_1_22_0.. + 0.8828639303896113*u_0_0 + 0.32776587890867925*u_0_1 - 1*u_0_2 + 1*pre_1_22_0 =e= 0;
pre_definition_1_22_1.. + 0.8828639303896113*u_1_0 + 0.32776587890867925*u_1_1 - 1*u_1_2 + 1*pre_1_22_1 =e= 0;
pre_definition_1_23_0.. + 0.6994410662103219*u_0_0 + 0.09932126670142605*u_0_1 - 1*u_0_2 + 1*pre_1_23_0 =e= 0;
pre_definition_1_23_1.. + 0.6994410662103219*u_1_0 + 0.09932126670142605*u_1_1 - 1*u_1_2 + 1*pre_1_23_1 =e= 0;
pre_definition_1_24_0.. - 0.5926485405745885*u_0_0 + 0.5387155820125051*u_0_1 - 1*u_0_2 + 1*pre_1_24_0 =e= 0;
pre_definition_1_24_1.. - 0.5926485405745885*u_1_0 + 0.5387155820125051*u_1_1 - 1*u_1_2 + 1*pre_1_24_1 =e= 0;
pre_definition_1_25_0.. + 0.8959573978711808*u_0_0 + 0.1908963203569436*u_0_1 - 1*u_0_2 + 1*pre_1_25_0 =e= 0;
pre_definition_1_25_1.. + 0.8959573978711808*u_1_0 + 0.1908963203569436*u_1_1 - 1*u_1_2 + 1*pre_1_25_1 =e= 0;
pre_definition_1_26_0.. + 0.6029739109814893*u_0_0 + 0.8184939087617562*u_0_1 - 1*u_0_2 + 1*pre_1_26_0 =e= 0;
pre_definition_1_26_1.. + 0.6029739109814893*u_1_0 + 0.8184939087617562*u_1_1 - 1*u_1_2 + 1*pre_1_26_1 =e= 0;
pre_definition_1_27_0.. - 0.16066477197370133*u_0_0 + 0.4026077343621548*u_0_1 - 1*u_0_2 + 1*pre_1_27_0 =e= 0;
pre_definition_1_27_1.. - 0.16066477197370133*u_1_0 + 0.4026077343621548*u_1_1 - 1*u_1_2 + 1*pre_1_27_1 =e= 0;
pre_definition_1_28_0.. - 0.34398975591271874*u_0_0 + 0.6009691120635734*u_0_1 - 1*u_0_2 + 1*pre_1_28_0 =e= 0;
pre_definition_1_28_1.. - 0.34398975591271874*u_1_0 + 0.6009691120635734*u_1_1 - 1*u_1_2 + 1*pre_1_28_1 =e= 0;
pre_definition_1_29_0.. - 0.8842262210129956*u_0_0 + 0.2697796635103429*u_0_1 - 1*u_0_2 + 1*pre_1_29_0 =e= 0;
pre_definition_1_29_1.. - 0.8842262210129956*u_1_0 + 0.2697796635103429*u_1_1 - 1*u_1_2 + 1*pre_1_29_1 =e= 0;
pre_definition_1_30_0.. + 0.789009440859541*u_0_0 - 0.25821630307941845*u_0_1 - 1*u_0_2 + 1*pre_1_30_0 =e= 0;
pre_definition_1_30_1.. + 0.789009440859541*u_1_0 - 0.25821630307941845*u_1_1 - 1*u_1_2 + 1*pre_1_30_1 =e= 0;
pre_definition_1_31_0.. - 0.8543091061357349*u_0_0 + 0.11924569056843204*u_0_1 - 1*u_0_2 + 1*pre_1_31_0 =e= 0;
pre_definition_1_31_1.. - 0.8543091061357349*u_1_0 + 0.11924569056843204*u_1_1 - 1*u_1_2 + 1*pre_1_31_1 =e= 0;
pre_definition_1_32_0.. - 0.9091809873814745*u_0_0 + 0.00020837262470596585*u_0_1 - 1*u_0_2 + 1*pre_1_32_0 =e= 0;
pre_definition_1_32_1.. - 0.9091809873814745*u_1_0 + 0.00020837262470596585*u_1_1 - 1*u_1_2 + 1*pre_1_32_1 =e= 0;
pre_definition_1_33_0.. + 0.14954275030184894*u_0_0 - 0.24042690403075562*u_0_1 - 1*u_0_2 + 1*pre_1_33_0 =e= 0;
pre_definition_1_33_1.. + 0.14954275030184894*u_1_0 - 0.24042690403075562*u_1_1 - 1*u_1_2 + 1*pre_1_33_1 =e= 0;
pre_definition_1_34_0.. - 0.9901930104706482*u_0_0 - 0.8978873498755306*u_0_1 - 1*u_0_2 + 1*pre_1_34_0 =e= 0;
pre_definition_1_34_1.. - 0.9901930104706482*u_1_0 - 0.8978873498755306*u_1_1 - 1*u_1_2 + 1*pre_1_34_1 =e= 0;
pre_definition_1_35_0.. + 0.07990972138180785*u_0_0 - 0.5154576906165829*u_0_1 - 1*u_0_2 + 1*pre_1_35_0 =e= 0;
pre_definition_1_35_1.. + 0.07990972138180785*u_1_0 - 0.5154576906165829*u_1_1 - 1*u_1_2 + 1*pre_1_35_1 =e= 0;
pre_definition_1_36_0.. + 0.005154609024762058*u_0_0 - 0.05862432039354082*u_0_1 - 1*u_0_2 + 1*pre_1_36_0 =e= 0;
pre_definition_1_36_1.. + 0.005154609024762058*u_1_0 - 0.05862432039354082*u_1_1 - 1*u_1_2 + 1*pre_1_36_1 =e= 0;
pre_definition_1_37_0.. - 0.571571401427615*u_0_0 + 0.17068830128865842*u_0_1 - 1*u_0_2 + 1*pre_1_37_0 =e= 0;
pre_definition_1_37_1.. - 0.571571401427615*u_1_0 + 0.17068830128865842*u_1_1 - 1*u_1_2 + 1*pre_1_37_1 =e= 0;
pre_definition_1_38_0.. - 0.4689671435774587*u_0_0 - 0.4222857559794997*u_0_1 - 1*u_0_2 + 1*pre_1_38_0 =e= 0;
pre_definition_1_38_1.. - 0.4689671435774587*u_1_0 - 0.4222857559794997*u_1_1 - 1*u_1_2 + 1*pre_1_38_1 =e= 0;
pre_definition_1_39_0.. - 0.8641193732267565*u_0_0 + 0.7701347334381896*u_0_1 - 1*u_0_2 + 1*pre_1_39_0 =e= 0;
pre_definition_1_39_1.. - 0.8641193732267565*u_1_0 + 0.7701347334381896*u_1_1 - 1*u_1_2 + 1*pre_1_39_1 =e= 0;
pre_definition_1_40_0.. - 0.4580302341526188*u_0_0 - 0.8548478572491198*u_0_1 - 1*u_0_2 + 1*pre_1_40_0 =e= 0;
pre_definition_1_40_1.. - 0.4580302341526188*u_1_0 - 0.8548478572491198*u_1_1 - 1*u_1_2 + 1*pre_1_40_1 =e= 0;
pre_definition_1_41_0.. - 0.9358523798492928*u_0_0 + 0.9705873900692614*u_0_1 - 1*u_0_2 + 1*pre_1_41_0 =e= 0;
pre_definition_1_41_1.. - 0.9358523798492928*u_1_0 + 0.9705873900692614*u_1_1 - 1*u_1_2 + 1*pre_1_41_1 =e= 0;
pre_definition_1_42_0.. - 0.7272801804911515*u_0_0 - 0.9623900801326886*u_0_1 - 1*u_0_2 + 1*pre_1_42_0 =e= 0;
pre_definition_1_42_1.. - 0.7272801804911515*u_1_0 - 0.9623900801326886*u_1_1 - 1*u_1_2 + 1*pre_1_42_1 =e= 0;
pre_definition_1_43_0.. - 0.9144203592219271*u_0_0 + 0.7024719755350042*u_0_1 - 1*u_0_2 + 1*pre_1_43_0 =e= 0;
pre_definition_1_43_1.. - 0.9144203592219271*u_1_0 + 0.7024719755350042*u_1_1 - 1*u_1_2 + 1*pre_1_43_1 =e= 0;
pre_definition_1_44_0.. - 0.9452576276459099*u_0_0 - 0.7798711114410413*u_0_1 - 1*u_0_2 + 1*pre_1_44_0 =e= 0;
pre_definition_1_44_1.. - 0.9452576276459099*u_1_0 - 0.7798711114410413*u_1_1 - 1*u_1_2 + 1*pre_1_44_1 =e= 0;
pre_definition_1_45_0.. - 0.6447476550861408*u_0_0 + 0.040024152384335654*u_0_1 - 1*u_0_2 + 1*pre_1_45_0 =e= 0;
pre_definition_1_45_1.. - 0.6447476550861408*u_1_0 + 0.040024152384335654*u_1_1 - 1*u_1_2 + 1*pre_1_45_1 =e= 0;
pre_definition_1_46_0.. + 0.5352541607213923*u_0_0 - 0.6037611574366157*u_0_1 - 1*u_0_2 + 1*pre_1_46_0 =e= 0;
pre_definition_1_46_1.. + 0.5352541607213923*u_1_0 - 0.6037611574366157*u_1_1 - 1*u_1_2 + 1*pre_1_46_1 =e= 0;
pre_definition_1_47_0.. - 0.8470603195669391*u_0_0 + 0.46773945541541484*u_0_1 - 1*u_0_2 + 1*pre_1_47_0 =e= 0;
pre_definition_1_47_1.. - 0.8470603195669391*u_1_0 + 0.46773945541541484*u_1_1 - 1*u_1_2 + 1*pre_1_47_1 =e= 0;
post_split_0_0.. + 1*post_1_0_0 - 1*post_positive_0_0 - 1*post_negative_0_0 =e= 0;
post_split_0_1.. + 1*post_1_0_1 - 1*post_positive_0_1 - 1*post_negative_0_1 =e= 0;
post_split_1_0.. + 1*post_1_1_0 - 1*post_positive_1_0 - 1*post_negative_1_0 =e= 0;
post_split_1_1.. + 1*post_1_1_1 - 1*post_positive_1_1 - 1*post_negative_1_1 =e= 0;
post_split_2_0.. + 1*post_1_2_0 - 1*post_positive_2_0 - 1*post_negative_2_0 =e= 0;
post_split_2_1.. + 1*post_1_2_1 - 1*post_positive_2_1 - 1*post_negative_2_1 =e= 0;
post_split_3_0.. + 1*post_1_3_0 - 1*post_positive_3_0 - 1*post_negative_3_0 =e= 0;
post_split_3_1.. + 1*post_1_3_1 - 1*post_positive_3_1 - 1*post_negative_3_1 =e= 0;
post_split_4_0.. + 1*post_1_4_0 - 1*post_positive_4_0 - 1*post_negative_4_0 =e= 0;
post_split_4_1.. + 1*post_1_4_1 - 1*post_positive_4_1 - 1*post_negative_4_1 =e= 0;
post_split_5_0.. + 1*post_1_5_0 - 1*post_positive_5_0 - 1*post_negative_5_0 =e= 0;
post_split_5_1.. + 1*post_1_5_1 - 1*post_positive_5_1 - 1*post_negative_5_1 =e= 0;
post_split_6_0.. + 1*post_1_6_0 - 1*post_positive_6_0 - 1*post_negative_6_0 =e= 0;
post_split_6_1.. + 1*post_1_6_1 - 1*post_positive_6_1 - 1*post_negative_6_1 =e= 0;
post_split_7_0.. + 1*post_1_7_0 - 1*post_positive_7_0 - 1*post_negative_7_0 =e= 0;
post_split_7_1.. + 1*post_1_7_1 - 1*post_positive_7_1 - 1*post_negative_7_1 =e= 0;
post_split_8_0.. + 1*post_1_8_0 - 1*post_positive_8_0 - 1*post_negative_8_0 =e= 0;
post_split_8_1.. + 1*post_1_8_1 - 1*post_positive_8_1 - 1*post_negative_8_1 =e= 0;
post_split_9_0.. + 1*post_1_9_0 - 1*post_positive_9_0 - 1*post_negative_9_0 =e= 0;
post_split_9_1.. + 1*post_1_9_1 - 1*post_positive_9_1 - 1*post_negative_9_1 =e= 0;
post_split_10_0.. + 1*post_1_10_0 - 1*post_positive_10_0 - 1*post_negative_10_0 =e= 0;
post_split_10_1.. + 1*post_1_10_1 - 1*post_positive_10_1 - 1*post_negative_10_1 =e= 0;
post_split_11_0.. + 1*post_1_11_0 - 1*post_positive_11_0 - 1*post_negative_11_0 =e= 0;
post_split_11_1.. + 1*post_1_11_1 - 1*post_positive_11_1 - 1*post_negative_11_1 =e= 0;
post_split_12_0.. + 1*post_1_12_0 - 1*post_positive_12_0 - 1*post_negative_12_0 =e= 0;
post_split_12_1.. + 1*post_1_12_1 - 1*post_positive_12_1 - 1*post_negative_12_1 =e= 0;
post_split_13_0.. + 1*post_1_13_0 - 1*post_positive_13_0 - 1*post_negative_13_0 =e= 0;
post_split_13_1.. + 1*post_1_13_1 - 1*post_positive_13_1 - 1*post_negative_13_1 =e= 0;
post_split_14_0.. + 1*post_1_14_0 - 1*post_positive_14_0 - 1*post_negative_14_0 =e= 0;
post_split_14_1.. + 1*post_1_14_1 - 1*post_positive_14_1 - 1*post_negative_14_1 =e= 0;
post_split_15_0.. + 1*post_1_15_0 - 1*post_positive_15_0 - 1*post_negative_15_0 =e= 0;
post_split_15_1.. + 1*post_1_15_1 - 1*post_positive_15_1 - 1*post_negative_15_1 =e= 0;
post_split_16_0.. + 1*post_1_16_0 - 1*post_positive_16_0 - 1*post_negative_16_0 =e= 0;
post_split_16_1.. + 1*post_1_16_1 - 1*post_positive_16_1 - 1*post_negative_16_1 =e= 0;
post_split_17_0.. + 1*post_1_17_0 - 1*post_positive_17_0 - 1*post_negative_17_0 =e= 0;
post_split_17_1.. + 1*post_1_17_1 - 1*post_positive_17_1 - 1*post_negative_17_1 =e= 0;
post_split_18_0.. + 1*post_1_18_0 - 1*post_positive_18_0 - 1*post_negative_18_0 =e= 0;
post_split_18_1.. + 1*post_1_18_1 - 1*post_positive_18_1 - 1*post_negative_18_1 =e= 0;
post_split_19_0.. + 1*post_1_19_0 - 1*post_positive_19_0 - 1*post_negative_19_0 =e= 0;
post_split_19_1.. + 1*post_1_19_1 - 1*post_positive_19_1 - 1*post_negative_19_1 =e= 0;
post_split_20_0.. + 1*post_1_20_0 - 1*post_positive_20_0 - 1*post_negative_20_0 =e= 0;
post_split_20_1.. + 1*post_1_20_1 - 1*post_positive_20_1 - 1*post_negative_20_1 =e= 0;
post_split_21_0.. + 1*post_1_21_0 - 1*post_positive_21_0 - 1*post_negative_21_0 =e= 0;
post_split_21_1.. + 1*post_1_21_1 - 1*post_positive_21_1 - 1*post_negative_21_1 =e= 0;
post_split_22_0.. + 1*post_1_22_0 - 1*post_positive_22_0 - 1*post_negative_22_0 =e= 0;
post_split_22_1.. + 1*post_1_22_1 - 1*post_positive_22_1 - 1*post_negative_22_1 =e= 0;
post_split_23_0.. + 1*post_1_23_0 - 1*post_positive_23_0 - 1*post_negative_23_0 =e= 0;
post_split_23_1.. + 1*post_1_23_1 - 1*post_positive_23_1 - 1*post_negative_23_1 =e= 0;
post_split_24_0.. + 1*post_1_24_0 - 1*post_positive_24_0 - 1*post_negative_24_0 =e= 0;
post_split_24_1.. + 1*post_1_24_1 - 1*post_positive_24_1 - 1*post_negative_24_1 =e= 0;
post_split_25_0.. + 1*post_1_25_0 - 1*post_positive_25_0 - 1*post_negative_25_0 =e= 0;
post_split_25_1.. + 1*post_1_25_1 - 1*post_positive_25_1 - 1*post_negative_25_1 =e= 0;
post_split_26_0.. + 1*post_1_26_0 - 1*post_positive_26_0 - 1*post_negative_26_0 =e= 0;
post_split_26_1.. + 1*post_1_26_1 - 1*post_positive_26_1 - 1*post_negative_26_1 =e= 0;
post_split_27_0.. + 1*post_1_27_0 - 1*post_positive_27_0 - 1*post_negative_27_0 =e= 0;
post_split_27_1.. + 1*post_1_27_1 - 1*post_positive_27_1 - 1*post_negative_27_1 =e= 0;
post_split_28_0.. + 1*post_1_28_0 - 1*post_positive_28_0 - 1*post_negative_28_0 =e= 0;
post_split_28_1.. + 1*post_1_28_1 - 1*post_positive_28_1 - 1*post_negative_28_1 =e= 0;
post_split_29_0.. + 1*post_1_29_0 - 1*post_positive_29_0 - 1*post_negative_29_0 =e= 0;
post_split_29_1.. + 1*post_1_29_1 - 1*post_positive_29_1 - 1*post_negative_29_1 =e= 0;
post_split_30_0.. + 1*post_1_30_0 - 1*post_positive_30_0 - 1*post_negative_30_0 =e= 0;
post_split_30_1.. + 1*post_1_30_1 - 1*post_positive_30_1 - 1*post_negative_30_1 =e= 0;
post_split_31_0.. + 1*post_1_31_0 - 1*post_positive_31_0 - 1*post_negative_31_0 =e= 0;
post_split_31_1.. + 1*post_1_31_1 - 1*post_positive_31_1 - 1*post_negative_31_1 =e= 0;
post_split_32_0.. + 1*post_1_32_0 - 1*post_positive_32_0 - 1*post_negative_32_0 =e= 0;
post_split_32_1.. + 1*post_1_32_1 - 1*post_positive_32_1 - 1*post_negative_32_1 =e= 0;
post_split_33_0.. + 1*post_1_33_0 - 1*post_positive_33_0 - 1*post_negative_33_0 =e= 0;
post_split_33_1.. + 1*post_1_33_1 - 1*post_positive_33_1 - 1*post_negative_33_1 =e= 0;
post_split_34_0.. + 1*post_1_34_0 - 1*post_positive_34_0 - 1*post_negative_34_0 =e= 0;
post_split_34_1.. + 1*post_1_34_1 - 1*post_positive_34_1 - 1*post_negative_34_1 =e= 0;
post_split_35_0.. + 1*post_1_35_0 - 1*post_positive_35_0 - 1*post_negative_35_0 =e= 0;
post_split_35_1.. + 1*post_1_35_1 - 1*post_positive_35_1 - 1*post_negative_35_1 =e= 0;
post_split_36_0.. + 1*post_1_36_0 - 1*post_positive_36_0 - 1*post_negative_36_0 =e= 0;
post_split_36_1.. + 1*post_1_36_1 - 1*post_positive_36_1 - 1*post_negative_36_1 =e= 0;
post_split_37_0.. + 1*post_1_37_0 - 1*post_positive_37_0 - 1*post_negative_37_0 =e= 0;
post_split_37_1.. + 1*post_1_37_1 - 1*post_positive_37_1 - 1*post_negative_37_1 =e= 0;
post_split_38_0.. + 1*post_1_38_0 - 1*post_positive_38_0 - 1*post_negative_38_0 =e= 0;
post_split_38_1.. + 1*post_1_38_1 - 1*post_positive_38_1 - 1*post_negative_38_1 =e= 0;
post_split_39_0.. + 1*post_1_39_0 - 1*post_positive_39_0 - 1*post_negative_39_0 =e= 0;
post_split_39_1.. + 1*post_1_39_1 - 1*post_positive_39_1 - 1*post_negative_39_1 =e= 0;
post_split_40_0.. + 1*post_1_40_0 - 1*post_positive_40_0 - 1*post_negative_40_0 =e= 0;
post_split_40_1.. + 1*post_1_40_1 - 1*post_positive_40_1 - 1*post_negative_40_1 =e= 0;
post_split_41_0.. + 1*post_1_41_0 - 1*post_positive_41_0 - 1*post_negative_41_0 =e= 0;
post_split_41_1.. + 1*post_1_41_1 - 1*post_positive_41_1 - 1*post_negative_41_1 =e= 0;
post_split_42_0.. + 1*post_1_42_0 - 1*post_positive_42_0 - 1*post_negative_42_0 =e= 0;
post_split_42_1.. + 1*post_1_42_1 - 1*post_positive_42_1 - 1*post_negative_42_1 =e= 0;
post_split_43_0.. + 1*post_1_43_0 - 1*post_positive_43_0 - 1*post_negative_43_0 =e= 0;
post_split_43_1.. + 1*post_1_43_1 - 1*post_positive_43_1 - 1*post_negative_43_1 =e= 0;
post_split_44_0.. + 1*post_1_44_0 - 1*post_positive_44_0 - 1*post_negative_44_0 =e= 0;
post_split_44_1.. + 1*post_1_44_1 - 1*post_positive_44_1 - 1*post_negative_44_1 =e= 0;
post_split_45_0.. + 1*post_1_45_0 - 1*post_positive_45_0 - 1*post_negative_45_0 =e= 0;
post_split_45_1.. + 1*post_1_45_1 - 1*post_positive_45_1 - 1*post_negative_45_1 =e= 0;
post_split_46_0.. + 1*post_1_46_0 - 1*post_positive_46_0 - 1*post_negative_46_0 =e= 0;
post_split_46_1.. + 1*post_1_46_1 - 1*post_positive_46_1 - 1*post_negative_46_1 =e= 0;
post_split_47_0.. + 1*post_1_47_0 - 1*post_positive_47_0 - 1*post_negative_47_0 =e= 0;
post_split_47_1.. + 1*post_1_47_1 - 1*post_positive_47_1 - 1*post_negative_47_1 =e= 0;
positive_if_sign_0_0.. - 22.516667602367406*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 22.516667602367406*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_1_0.. - 24.383983975513583*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 24.383983975513583*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_2_0.. - 21.529257680240633*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 21.529257680240633*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_3_0.. - 21.375419431451895*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 21.375419431451895*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_4_0.. - 13.351487934810724*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 13.351487934810724*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_5_0.. - 18.881875937823814*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 18.881875937823814*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_6_0.. - 18.834140487493194*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 18.834140487493194*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_7_0.. - 13.726343214999071*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 13.726343214999071*sign_1 + 1*post_positive_7_1 =l= 0;
positive_if_sign_8_0.. - 20.0435828674919*sign_0 + 1*post_positive_8_0 =l= 0;
positive_if_sign_8_1.. - 20.0435828674919*sign_1 + 1*post_positive_8_1 =l= 0;
positive_if_sign_9_0.. - 20.99479181862465*sign_0 + 1*post_positive_9_0 =l= 0;
positive_if_sign_9_1.. - 20.99479181862465*sign_1 + 1*post_positive_9_1 =l= 0;
positive_if_sign_10_0.. - 15.100308123097616*sign_0 + 1*post_positive_10_0 =l= 0;
positive_if_sign_10_1.. - 15.100308123097616*sign_1 + 1*post_positive_10_1 =l= 0;
positive_if_sign_11_0.. - 17.567677277972727*sign_0 + 1*post_positive_11_0 =l= 0;
positive_if_sign_11_1.. - 17.567677277972727*sign_1 + 1*post_positive_11_1 =l= 0;
positive_if_sign_12_0.. - 13.443167928056535*sign_0 + 1*post_positive_12_0 =l= 0;
positive_if_sign_12_1.. - 13.443167928056535*sign_1 + 1*post_positive_12_1 =l= 0;
positive_if_sign_13_0.. - 12.670609780966595*sign_0 + 1*post_positive_13_0 =l= 0;
positive_if_sign_13_1.. - 12.670609780966595*sign_1 + 1*post_positive_13_1 =l= 0;
positive_if_sign_14_0.. - 23.8235643054945*sign_0 + 1*post_positive_14_0 =l= 0;
positive_if_sign_14_1.. - 23.8235643054945*sign_1 + 1*post_positive_14_1 =l= 0;
positive_if_sign_15_0.. - 12.847223412372433*sign_0 + 1*post_positive_15_0 =l= 0;
positive_if_sign_15_1.. - 12.847223412372433*sign_1 + 1*post_positive_15_1 =l= 0;
positive_if_sign_16_0.. - 13.903751504227584*sign_0 + 1*post_positive_16_0 =l= 0;
positive_if_sign_16_1.. - 13.903751504227584*sign_1 + 1*post_positive_16_1 =l= 0;
positive_if_sign_17_0.. - 13.8684559313647*sign_0 + 1*post_positive_17_0 =l= 0;
positive_if_sign_17_1.. - 13.8684559313647*sign_1 + 1*post_positive_17_1 =l= 0;
positive_if_sign_18_0.. - 20.936101652485426*sign_0 + 1*post_positive_18_0 =l= 0;
positive_if_sign_18_1.. - 20.936101652485426*sign_1 + 1*post_positive_18_1 =l= 0;
positive_if_sign_19_0.. - 18.705092419865835*sign_0 + 1*post_positive_19_0 =l= 0;
positive_if_sign_19_1.. - 18.705092419865835*sign_1 + 1*post_positive_19_1 =l= 0;
positive_if_sign_20_0.. - 20.15536419255746*sign_0 + 1*post_positive_20_0 =l= 0;
positive_if_sign_20_1.. - 20.15536419255746*sign_1 + 1*post_positive_20_1 =l= 0;
positive_if_sign_21_0.. - 20.468066180719532*sign_0 + 1*post_positive_21_0 =l= 0;
positive_if_sign_21_1.. - 20.468066180719532*sign_1 + 1*post_positive_21_1 =l= 0;
positive_if_sign_22_0.. - 19.895668283684614*sign_0 + 1*post_positive_22_0 =l= 0;
positive_if_sign_22_1.. - 19.895668283684614*sign_1 + 1*post_positive_22_1 =l= 0;
positive_if_sign_23_0.. - 16.188860996205733*sign_0 + 1*post_positive_23_0 =l= 0;
positive_if_sign_23_1.. - 16.188860996205733*sign_1 + 1*post_positive_23_1 =l= 0;
positive_if_sign_24_0.. - 19.182277103283845*sign_0 + 1*post_positive_24_0 =l= 0;
positive_if_sign_24_1.. - 19.182277103283845*sign_1 + 1*post_positive_24_1 =l= 0;
positive_if_sign_25_0.. - 18.781683464053117*sign_0 + 1*post_positive_25_0 =l= 0;
positive_if_sign_25_1.. - 18.781683464053117*sign_1 + 1*post_positive_25_1 =l= 0;
positive_if_sign_26_0.. - 21.79321037768921*sign_0 + 1*post_positive_26_0 =l= 0;
positive_if_sign_26_1.. - 21.79321037768921*sign_1 + 1*post_positive_26_1 =l= 0;
positive_if_sign_27_0.. - 14.069452557022705*sign_0 + 1*post_positive_27_0 =l= 0;
positive_if_sign_27_1.. - 14.069452557022705*sign_1 + 1*post_positive_27_1 =l= 0;
positive_if_sign_28_0.. - 17.50462981178663*sign_0 + 1*post_positive_28_0 =l= 0;
positive_if_sign_28_1.. - 17.50462981178663*sign_1 + 1*post_positive_28_1 =l= 0;
positive_if_sign_29_0.. - 19.386052960710046*sign_0 + 1*post_positive_29_0 =l= 0;
positive_if_sign_29_1.. - 19.386052960710046*sign_1 + 1*post_positive_29_1 =l= 0;
positive_if_sign_30_0.. - 18.425031695450635*sign_0 + 1*post_positive_30_0 =l= 0;
positive_if_sign_30_1.. - 18.425031695450635*sign_1 + 1*post_positive_30_1 =l= 0;
positive_if_sign_31_0.. - 17.761993170337504*sign_0 + 1*post_positive_31_0 =l= 0;
positive_if_sign_31_1.. - 17.761993170337504*sign_1 + 1*post_positive_31_1 =l= 0;
positive_if_sign_32_0.. - 17.184504240055624*sign_0 + 1*post_positive_32_0 =l= 0;
positive_if_sign_32_1.. - 17.184504240055624*sign_1 + 1*post_positive_32_1 =l= 0;
positive_if_sign_33_0.. - 12.509726888993441*sign_0 + 1*post_positive_33_0 =l= 0;
positive_if_sign_33_1.. - 12.509726888993441*sign_1 + 1*post_positive_33_1 =l= 0;
positive_if_sign_34_0.. - 25.99272324311561*sign_0 + 1*post_positive_34_0 =l= 0;
positive_if_sign_34_1.. - 25.99272324311561*sign_1 + 1*post_positive_34_1 =l= 0;
positive_if_sign_35_0.. - 14.358306707985516*sign_0 + 1*post_positive_35_0 =l= 0;
positive_if_sign_35_1.. - 14.358306707985516*sign_1 + 1*post_positive_35_1 =l= 0;
positive_if_sign_36_0.. - 9.574010364764726*sign_0 + 1*post_positive_36_0 =l= 0;
positive_if_sign_36_1.. - 9.574010364764726*sign_1 + 1*post_positive_36_1 =l= 0;
positive_if_sign_37_0.. - 15.68033732444646*sign_0 + 1*post_positive_37_0 =l= 0;
positive_if_sign_37_1.. - 15.68033732444646*sign_1 + 1*post_positive_37_1 =l= 0;
positive_if_sign_38_0.. - 17.021276096012627*sign_0 + 1*post_positive_38_0 =l= 0;
positive_if_sign_38_1.. - 17.021276096012627*sign_1 + 1*post_positive_38_1 =l= 0;
positive_if_sign_39_0.. - 23.708286959984513*sign_0 + 1*post_positive_39_0 =l= 0;
positive_if_sign_39_1.. - 23.708286959984513*sign_1 + 1*post_positive_39_1 =l= 0;
positive_if_sign_40_0.. - 20.815902822615648*sign_0 + 1*post_positive_40_0 =l= 0;
positive_if_sign_40_1.. - 20.815902822615648*sign_1 + 1*post_positive_40_1 =l= 0;
positive_if_sign_41_0.. - 26.15795792926699*sign_0 + 1*post_positive_41_0 =l= 0;
positive_if_sign_41_1.. - 26.15795792926699*sign_1 + 1*post_positive_41_1 =l= 0;
positive_if_sign_42_0.. - 24.20703234561456*sign_0 + 1*post_positive_42_0 =l= 0;
positive_if_sign_42_1.. - 24.20703234561456*sign_1 + 1*post_positive_42_1 =l= 0;
positive_if_sign_43_0.. - 23.55203101281238*sign_0 + 1*post_positive_43_0 =l= 0;
positive_if_sign_43_1.. - 23.55203101281238*sign_1 + 1*post_positive_43_1 =l= 0;
positive_if_sign_44_0.. - 24.52615865178256*sign_0 + 1*post_positive_44_0 =l= 0;
positive_if_sign_44_1.. - 24.52615865178256*sign_1 + 1*post_positive_44_1 =l= 0;
positive_if_sign_45_0.. - 15.16294626723429*sign_0 + 1*post_positive_45_0 =l= 0;
positive_if_sign_45_1.. - 15.16294626723429*sign_1 + 1*post_positive_45_1 =l= 0;
positive_if_sign_46_0.. - 19.251137863422073*sign_0 + 1*post_positive_46_0 =l= 0;
positive_if_sign_46_1.. - 19.251137863422073*sign_1 + 1*post_positive_46_1 =l= 0;
positive_if_sign_47_0.. - 20.833197974841184*sign_0 + 1*post_positive_47_0 =l= 0;
positive_if_sign_47_1.. - 20.833197974841184*sign_1 + 1*post_positive_47_1 =l= 0;
negative_unless_sign_0_0.. + 22.516667602367406*sign_0 + 1*post_negative_0_0 =l= 22.516667602367406;
negative_unless_sign_0_1.. + 22.516667602367406*sign_1 + 1*post_negative_0_1 =l= 22.516667602367406;
negative_unless_sign_1_0.. + 24.383983975513583*sign_0 + 1*post_negative_1_0 =l= 24.383983975513583;
negative_unless_sign_1_1.. + 24.383983975513583*sign_1 + 1*post_negative_1_1 =l= 24.383983975513583;
negative_unless_sign_2_0.. + 21.529257680240633*sign_0 + 1*post_negative_2_0 =l= 21.529257680240633;
negative_unless_sign_2_1.. + 21.529257680240633*sign_1 + 1*post_negative_2_1 =l= 21.529257680240633;
negative_unless_sign_3_0.. + 21.375419431451895*sign_0 + 1*post_negative_3_0 =l= 21.375419431451895;
negative_unless_sign_3_1.. + 21.375419431451895*sign_1 + 1*post_negative_3_1 =l= 21.375419431451895;
negative_unless_sign_4_0.. + 13.351487934810724*sign_0 + 1*post_negative_4_0 =l= 13.351487934810724;
negative_unless_sign_4_1.. + 13.351487934810724*sign_1 + 1*post_negative_4_1 =l= 13.351487934810724;
negative_unless_sign_5_0.. + 18.881875937823814*sign_0 + 1*post_negative_5_0 =l= 18.881875937823814;
negative_unless_sign_5_1.. + 18.881875937823814*sign_1 + 1*post_negative_5_1 =l= 18.881875937823814;
negative_unless_sign_6_0.. + 18.834140487493194*sign_0 + 1*post_negative_6_0 =l= 18.834140487493194;
negative_unless_sign_6_1.. + 18.834140487493194*sign_1 + 1*post_negative_6_1 =l= 18.834140487493194;
negative_unless_sign_7_0.. + 13.726343214999071*sign_0 + 1*post_negative_7_0 =l= 13.726343214999071;
negative_unless_sign_7_1.. + 13.726343214999071*sign_1 + 1*post_negative_7_1 =l= 13.726343214999071;
negative_unless_sign_8_0.. + 20.0435828674919*sign_0 + 1*post_negative_8_0 =l= 20.0435828674919;
negative_unless_sign_8_1.. + 20.0435828674919*sign_1 + 1*post_negative_8_1 =l= 20.0435828674919;
negative_unless_sign_9_0.. + 20.99479181862465*sign_0 + 1*post_negative_9_0 =l= 20.99479181862465;
negative_unless_sign_9_1.. + 20.99479181862465*sign_1 + 1*post_negative_9_1 =l= 20.99479181862465;
negative_unless_sign_10_0.. + 15.100308123097616*sign_0 + 1*post_negative_10_0 =l= 15.100308123097616;
negative_unless_sign_10_1.. + 15.100308123097616*sign_1 + 1*post_negative_10_1 =l= 15.100308123097616;
negative_unless_sign_11_0.. + 17.567677277972727*sign_0 + 1*post_negative_11_0 =l= 17.567677277972727;
negative_unless_sign_11_1.. + 17.567677277972727*sign_1 + 1*post_negative_11_1 =l= 17.567677277972727;
negative_unless_sign_12_0.. + 13.443167928056535*sign_0 + 1*post_negative_12_0 =l= 13.443167928056535;
negative_unless_sign_12_1.. + 13.443167928056535*sign_1 + 1*post_negative_12_1 =l= 13.443167928056535;
negative_unless_sign_13_0.. + 12.670609780966595*sign_0 + 1*post_negative_13_0 =l= 12.670609780966595;
negative_unless_sign_13_1.. + 12.670609780966595*sign_1 + 1*post_negative_13_1 =l= 12.670609780966595;
negative_unless_sign_14_0.. + 23.8235643054945*sign_0 + 1*post_negative_14_0 =l= 23.8235643054945;
negative_unless_sign_14_1.. + 23.8235643054945*sign_1 + 1*post_negative_14_1 =l= 23.8235643054945;
negative_unless_sign_15_0.. + 12.847223412372433*sign_0 + 1*post_negative_15_0 =l= 12.847223412372433;
negative_unless_sign_15_1.. + 12.847223412372433*sign_1 + 1*post_negative_15_1 =l= 12.847223412372433;
negative_unless_sign_16_0.. + 13.903751504227584*sign_0 + 1*post_negative_16_0 =l= 13.903751504227584;
negative_unless_sign_16_1.. + 13.903751504227584*sign_1 + 1*post_negative_16_1 =l= 13.903751504227584;
negative_unless_sign_17_0.. + 13.8684559313647*sign_0 + 1*post_negative_17_0 =l= 13.8684559313647;
negative_unless_sign_17_1.. + 13.8684559313647*sign_1 + 1*post_negative_17_1 =l= 13.8684559313647;
negative_unless_sign_18_0.. + 20.936101652485426*sign_0 + 1*post_negative_18_0 =l= 20.936101652485426;
negative_unless_sign_18_1.. + 20.936101652485426*sign_1 + 1*post_negative_18_1 =l= 20.936101652485426;
negative_unless_sign_19_0.. + 18.705092419865835*sign_0 + 1*post_negative_19_0 =l= 18.705092419865835;
negative_unless_sign_19_1.. + 18.705092419865835*sign_1 + 1*post_negative_19_1 =l= 18.705092419865835;
negative_unless_sign_20_0.. + 20.15536419255746*sign_0 + 1*post_negative_20_0 =l= 20.15536419255746;
negative_unless_sign_20_1.. + 20.15536419255746*sign_1 + 1*post_negative_20_1 =l= 20.15536419255746;
negative_unless_sign_21_0.. + 20.468066180719532*sign_0 + 1*post_negative_21_0 =l= 20.468066180719532;
negative_unless_sign_21_1.. + 20.468066180719532*sign_1 + 1*post_negative_21_1 =l= 20.468066180719532;
negative_unless_sign_22_0.. + 19.895668283684614*sign_0 + 1*post_negative_22_0 =l= 19.895668283684614;
negative_unless_sign_22_1.. + 19.895668283684614*sign_1 + 1*post_negative_22_1 =l= 19.895668283684614;
negative_unless_sign_23_0.. + 16.188860996205733*sign_0 + 1*post_negative_23_0 =l= 16.188860996205733;
negative_unless_sign_23_1.. + 16.188860996205733*sign_1 + 1*post_negative_23_1 =l= 16.188860996205733;
negative_unless_sign_24_0.. + 19.182277103283845*sign_0 + 1*post_negative_24_0 =l= 19.182277103283845;
negative_unless_sign_24_1.. + 19.182277103283845*sign_1 + 1*post_negative_24_1 =l= 19.182277103283845;
negative_unless_sign_25_0.. + 18.781683464053117*sign_0 + 1*post_negative_25_0 =l= 18.781683464053117;
negative_unless_sign_25_1.. + 18.781683464053117*sign_1 + 1*post_negative_25_1 =l= 18.781683464053117;
negative_unless_sign_26_0.. + 21.79321037768921*sign_0 + 1*post_negative_26_0 =l= 21.79321037768921;
negative_unless_sign_26_1.. + 21.79321037768921*sign_1 + 1*post_negative_26_1 =l= 21.79321037768921;
negative_unless_sign_27_0.. + 14.069452557022705*sign_0 + 1*post_negative_27_0 =l= 14.069452557022705;
negative_unless_sign_27_1.. + 14.069452557022705*sign_1 + 1*post_negative_27_1 =l= 14.069452557022705;
negative_unless_sign_28_0.. + 17.50462981178663*sign_0 + 1*post_negative_28_0 =l= 17.50462981178663;
negative_unless_sign_28_1.. + 17.50462981178663*sign_1 + 1*post_negative_28_1 =l= 17.50462981178663;
negative_unless_sign_29_0.. + 19.386052960710046*sign_0 + 1*post_negative_29_0 =l= 19.386052960710046;
negative_unless_sign_29_1.. + 19.386052960710046*sign_1 + 1*post_negative_29_1 =l= 19.386052960710046;
negative_unless_sign_30_0.. + 18.425031695450635*sign_0 + 1*post_negative_30_0 =l= 18.425031695450635;
negative_unless_sign_30_1.. + 18.425031695450635*sign_1 + 1*post_negative_30_1 =l= 18.425031695450635;
negative_unless_sign_31_0.. + 17.761993170337504*sign_0 + 1*post_negative_31_0 =l= 17.761993170337504;
negative_unless_sign_31_1.. + 17.761993170337504*sign_1 + 1*post_negative_31_1 =l= 17.761993170337504;
negative_unless_sign_32_0.. + 17.184504240055624*sign_0 + 1*post_negative_32_0 =l= 17.184504240055624;
negative_unless_sign_32_1.. + 17.184504240055624*sign_1 + 1*post_negative_32_1 =l= 17.184504240055624;
negative_unless_sign_33_0.. + 12.509726888993441*sign_0 + 1*post_negative_33_0 =l= 12.509726888993441;
negative_unless_sign_33_1.. + 12.509726888993441*sign_1 + 1*post_negative_33_1 =l= 12.509726888993441;
negative_unless_sign_34_0.. + 25.99272324311561*sign_0 + 1*post_negative_34_0 =l= 25.99272324311561;
negative_unless_sign_34_1.. + 25.99272324311561*sign_1 + 1*post_negative_34_1 =l= 25.99272324311561;
negative_unless_sign_35_0.. + 14.358306707985516*sign_0 + 1*post_negative_35_0 =l= 14.358306707985516;
negative_unless_sign_35_1.. + 14.358306707985516*sign_1 + 1*post_negative_35_1 =l= 14.358306707985516;
negative_unless_sign_36_0.. + 9.574010364764726*sign_0 + 1*post_negative_36_0 =l= 9.574010364764726;
negative_unless_sign_36_1.. + 9.574010364764726*sign_1 + 1*post_negative_36_1 =l= 9.574010364764726;
negative_unless_sign_37_0.. + 15.68033732444646*sign_0 + 1*post_negative_37_0 =l= 15.68033732444646;
negative_unless_sign_37_1.. + 15.68033732444646*sign_1 + 1*post_negative_37_1 =l= 15.68033732444646;
negative_unless_sign_38_0.. + 17.021276096012627*sign_0 + 1*post_negative_38_0 =l= 17.021276096012627;
negative_unless_sign_38_1.. + 17.021276096012627*sign_1 + 1*post_negative_38_1 =l= 17.021276096012627;
negative_unless_sign_39_0.. + 23.708286959984513*sign_0 + 1*post_negative_39_0 =l= 23.708286959984513;
negative_unless_sign_39_1.. + 23.708286959984513*sign_1 + 1*post_negative_39_1 =l= 23.708286959984513;
negative_unless_sign_40_0.. + 20.815902822615648*sign_0 + 1*post_negative_40_0 =l= 20.815902822615648;
negative_unless_sign_40_1.. + 20.815902822615648*sign_1 + 1*post_negative_40_1 =l= 20.815902822615648;
negative_unless_sign_41_0.. + 26.15795792926699*sign_0 + 1*post_negative_41_0 =l= 26.15795792926699;
negative_unless_sign_41_1.. + 26.15795792926699*sign_1 + 1*post_negative_41_1 =l= 26.15795792926699;
negative_unless_sign_42_0.. + 24.20703234561456*sign_0 + 1*post_negative_42_0 =l= 24.20703234561456;
negative_unless_sign_42_1.. + 24.20703234561456*sign_1 + 1*post_negative_42_1 =l= 24.20703234561456;
negative_unless_sign_43_0.. + 23.55203101281238*sign_0 + 1*post_negative_43_0 =l= 23.55203101281238;
negative_unless_sign_43_1.. + 23.55203101281238*sign_1 + 1*post_negative_43_1 =l= 23.55203101281238;
negative_unless_sign_44_0.. + 24.52615865178256*sign_0 + 1*post_negative_44_0 =l= 24.52615865178256;
negative_unless_sign_44_1.. + 24.52615865178256*sign_1 + 1*post_negative_44_1 =l= 24.52615865178256;
negative_unless_sign_45_0.. + 15.16294626723429*sign_0 + 1*post_negative_45_0 =l= 15.16294626723429;
negative_unless_sign_45_1.. + 15.16294626723429*sign_1 + 1*post_negative_45_1 =l= 15.16294626723429;
negative_unless_sign_46_0.. + 19.251137863422073*sign_0 + 1*post_negative_46_0 =l= 19.251137863422073;
negative_unless_sign_46_1.. + 19.251137863422073*sign_1 + 1*post_negative_46_1 =l= 19.251137863422073;
negative_unless_sign_47_0.. + 20.833197974841184*sign_0 + 1*post_negative_47_0 =l= 20.833197974841184;
negative_unless_sign_47_1.. + 20.833197974841184*sign_1 + 1*post_negative_47_1 =l= 20.833197974841184;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*post_positive_0_0 - 1*post_positive_0_1 + 1*post_negative_0_0 + 1*post_negative_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*post_positive_1_0 - 1*post_positive_1_1 + 1*post_negative_1_0 + 1*post_negative_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*post_positive_2_0 - 1*post_positive_2_1 + 1*post_negative_2_0 + 1*post_negative_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*post_positive_3_0 - 1*post_positive_3_1 + 1*post_negative_3_0 + 1*post_negative_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*post_positive_4_0 - 1*post_positive_4_1 + 1*post_negative_4_0 + 1*post_negative_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*post_positive_5_0 - 1*post_positive_5_1 + 1*post_negative_5_0 + 1*post_negative_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*post_positive_6_0 - 1*post_positive_6_1 + 1*post_negative_6_0 + 1*post_negative_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*post_positive_7_0 - 1*post_positive_7_1 + 1*post_negative_7_0 + 1*post_negative_7_1 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*post_positive_8_0 - 1*post_positive_8_1 + 1*post_negative_8_0 + 1*post_negative_8_1 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*post_positive_9_0 - 1*post_positive_9_1 + 1*post_negative_9_0 + 1*post_negative_9_1 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*post_positive_10_0 - 1*post_positive_10_1 + 1*post_negative_10_0 + 1*post_negative_10_1 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*post_positive_11_0 - 1*post_positive_11_1 + 1*post_negative_11_0 + 1*post_negative_11_1 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*post_positive_12_0 - 1*post_positive_12_1 + 1*post_negative_12_0 + 1*post_negative_12_1 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*post_positive_13_0 - 1*post_positive_13_1 + 1*post_negative_13_0 + 1*post_negative_13_1 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*post_positive_14_0 - 1*post_positive_14_1 + 1*post_negative_14_0 + 1*post_negative_14_1 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*post_positive_15_0 - 1*post_positive_15_1 + 1*post_negative_15_0 + 1*post_negative_15_1 =e= 0;
out_definition_16_0.. - 1*b_2_0 + 1*out_16_0 - 1*post_positive_16_0 - 1*post_positive_16_1 + 1*post_negative_16_0 + 1*post_negative_16_1 =e= 0;
out_definition_17_0.. - 1*b_2_0 + 1*out_17_0 - 1*post_positive_17_0 - 1*post_positive_17_1 + 1*post_negative_17_0 + 1*post_negative_17_1 =e= 0;
out_definition_18_0.. - 1*b_2_0 + 1*out_18_0 - 1*post_positive_18_0 - 1*post_positive_18_1 + 1*post_negative_18_0 + 1*post_negative_18_1 =e= 0;
out_definition_19_0.. - 1*b_2_0 + 1*out_19_0 - 1*post_positive_19_0 - 1*post_positive_19_1 + 1*post_negative_19_0 + 1*post_negative_19_1 =e= 0;
out_definition_20_0.. - 1*b_2_0 + 1*out_20_0 - 1*post_positive_20_0 - 1*post_positive_20_1 + 1*post_negative_20_0 + 1*post_negative_20_1 =e= 0;
out_definition_21_0.. - 1*b_2_0 + 1*out_21_0 - 1*post_positive_21_0 - 1*post_positive_21_1 + 1*post_negative_21_0 + 1*post_negative_21_1 =e= 0;
out_definition_22_0.. - 1*b_2_0 + 1*out_22_0 - 1*post_positive_22_0 - 1*post_positive_22_1 + 1*post_negative_22_0 + 1*post_negative_22_1 =e= 0;
out_definition_23_0.. - 1*b_2_0 + 1*out_23_0 - 1*post_positive_23_0 - 1*post_positive_23_1 + 1*post_negative_23_0 + 1*post_negative_23_1 =e= 0;
out_definition_24_0.. - 1*b_2_0 + 1*out_24_0 - 1*post_positive_24_0 - 1*post_positive_24_1 + 1*post_negative_24_0 + 1*post_negative_24_1 =e= 0;
out_definition_25_0.. - 1*b_2_0 + 1*out_25_0 - 1*post_positive_25_0 - 1*post_positive_25_1 + 1*post_negative_25_0 + 1*post_negative_25_1 =e= 0;
out_definition_26_0.. - 1*b_2_0 + 1*out_26_0 - 1*post_positive_26_0 - 1*post_positive_26_1 + 1*post_negative_26_0 + 1*post_negative_26_1 =e= 0;
out_definition_27_0.. - 1*b_2_0 + 1*out_27_0 - 1*post_positive_27_0 - 1*post_positive_27_1 + 1*post_negative_27_0 + 1*post_negative_27_1 =e= 0;
out_definition_28_0.. - 1*b_2_0 + 1*out_28_0 - 1*post_positive_28_0 - 1*post_positive_28_1 + 1*post_negative_28_0 + 1*post_negative_28_1 =e= 0;
out_definition_29_0.. - 1*b_2_0 + 1*out_29_0 - 1*post_positive_29_0 - 1*post_positive_29_1 + 1*post_negative_29_0 + 1*post_negative_29_1 =e= 0;
out_definition_30_0.. - 1*b_2_0 + 1*out_30_0 - 1*post_positive_30_0 - 1*post_positive_30_1 + 1*post_negative_30_0 + 1*post_negative_30_1 =e= 0;
out_definition_31_0.. - 1*b_2_0 + 1*out_31_0 - 1*post_positive_31_0 - 1*post_positive_31_1 + 1*post_negative_31_0 + 1*post_negative_31_1 =e= 0;
out_definition_32_0.. - 1*b_2_0 + 1*out_32_0 - 1*post_positive_32_0 - 1*post_positive_32_1 + 1*post_negative_32_0 + 1*post_negative_32_1 =e= 0;
out_definition_33_0.. - 1*b_2_0 + 1*out_33_0 - 1*post_positive_33_0 - 1*post_positive_33_1 + 1*post_negative_33_0 + 1*post_negative_33_1 =e= 0;
out_definition_34_0.. - 1*b_2_0 + 1*out_34_0 - 1*post_positive_34_0 - 1*post_positive_34_1 + 1*post_negative_34_0 + 1*post_negative_34_1 =e= 0;
out_definition_35_0.. - 1*b_2_0 + 1*out_35_0 - 1*post_positive_35_0 - 1*post_positive_35_1 + 1*post_negative_35_0 + 1*post_negative_35_1 =e= 0;
out_definition_36_0.. - 1*b_2_0 + 1*out_36_0 - 1*post_positive_36_0 - 1*post_positive_36_1 + 1*post_negative_36_0 + 1*post_negative_36_1 =e= 0;
out_definition_37_0.. - 1*b_2_0 + 1*out_37_0 - 1*post_positive_37_0 - 1*post_positive_37_1 + 1*post_negative_37_0 + 1*post_negative_37_1 =e= 0;
out_definition_38_0.. - 1*b_2_0 + 1*out_38_0 - 1*post_positive_38_0 - 1*post_positive_38_1 + 1*post_negative_38_0 + 1*post_negative_38_1 =e= 0;
out_definition_39_0.. - 1*b_2_0 + 1*out_39_0 - 1*post_positive_39_0 - 1*post_positive_39_1 + 1*post_negative_39_0 + 1*post_negative_39_1 =e= 0;
out_definition_40_0.. - 1*b_2_0 + 1*out_40_0 - 1*post_positive_40_0 - 1*post_positive_40_1 + 1*post_negative_40_0 + 1*post_negative_40_1 =e= 0;
out_definition_41_0.. - 1*b_2_0 + 1*out_41_0 - 1*post_positive_41_0 - 1*post_positive_41_1 + 1*post_negative_41_0 + 1*post_negative_41_1 =e= 0;
out_definition_42_0.. - 1*b_2_0 + 1*out_42_0 - 1*post_positive_42_0 - 1*post_positive_42_1 + 1*post_negative_42_0 + 1*post_negative_42_1 =e= 0;
out_definition_43_0.. - 1*b_2_0 + 1*out_43_0 - 1*post_positive_43_0 - 1*post_positive_43_1 + 1*post_negative_43_0 + 1*post_negative_43_1 =e= 0;
out_definition_44_0.. - 1*b_2_0 + 1*out_44_0 - 1*post_positive_44_0 - 1*post_positive_44_1 + 1*post_negative_44_0 + 1*post_negative_44_1 =e= 0;
out_definition_45_0.. - 1*b_2_0 + 1*out_45_0 - 1*post_positive_45_0 - 1*post_positive_45_1 + 1*post_negative_45_0 + 1*post_negative_45_1 =e= 0;
out_definition_46_0.. - 1*b_2_0 + 1*out_46_0 - 1*post_positive_46_0 - 1*post_positive_46_1 + 1*post_negative_46_0 + 1*post_negative_46_1 =e= 0;
out_definition_47_0.. - 1*b_2_0 + 1*out_47_0 - 1*post_positive_47_0 - 1*post_positive_47_1 + 1*post_negative_47_0 + 1*post_negative_47_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 22.516667602367406*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 22.516667602367406*relu_1_0_0_on =l= 22.516667602367406;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 22.516667602367406*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 22.516667602367406*relu_1_0_1_on =l= 22.516667602367406;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 24.383983975513583*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 24.383983975513583*relu_1_1_0_on =l= 24.383983975513583;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 24.383983975513583*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 24.383983975513583*relu_1_1_1_on =l= 24.383983975513583;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 21.529257680240633*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 21.529257680240633*relu_1_2_0_on =l= 21.529257680240633;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 21.529257680240633*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 21.529257680240633*relu_1_2_1_on =l= 21.529257680240633;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 21.375419431451895*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 21.375419431451895*relu_1_3_0_on =l= 21.375419431451895;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 21.375419431451895*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 21.375419431451895*relu_1_3_1_on =l= 21.375419431451895;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 13.351487934810724*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 13.351487934810724*relu_1_4_0_on =l= 13.351487934810724;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 13.351487934810724*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 13.351487934810724*relu_1_4_1_on =l= 13.351487934810724;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 18.881875937823814*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 18.881875937823814*relu_1_5_0_on =l= 18.881875937823814;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 18.881875937823814*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 18.881875937823814*relu_1_5_1_on =l= 18.881875937823814;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 18.834140487493194*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 18.834140487493194*relu_1_6_0_on =l= 18.834140487493194;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 18.834140487493194*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 18.834140487493194*relu_1_6_1_on =l= 18.834140487493194;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 13.726343214999071*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 13.726343214999071*relu_1_7_0_on =l= 13.726343214999071;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 13.726343214999071*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 13.726343214999071*relu_1_7_1_on =l= 13.726343214999071;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 20.0435828674919*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 20.0435828674919*relu_1_8_0_on =l= 20.0435828674919;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 20.0435828674919*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 20.0435828674919*relu_1_8_1_on =l= 20.0435828674919;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 20.99479181862465*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 20.99479181862465*relu_1_9_0_on =l= 20.99479181862465;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 20.99479181862465*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 20.99479181862465*relu_1_9_1_on =l= 20.99479181862465;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 15.100308123097616*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 15.100308123097616*relu_1_10_0_on =l= 15.100308123097616;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 15.100308123097616*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 15.100308123097616*relu_1_10_1_on =l= 15.100308123097616;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 17.567677277972727*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 17.567677277972727*relu_1_11_0_on =l= 17.567677277972727;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 17.567677277972727*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 17.567677277972727*relu_1_11_1_on =l= 17.567677277972727;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 13.443167928056535*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 13.443167928056535*relu_1_12_0_on =l= 13.443167928056535;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 13.443167928056535*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 13.443167928056535*relu_1_12_1_on =l= 13.443167928056535;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 12.670609780966595*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 12.670609780966595*relu_1_13_0_on =l= 12.670609780966595;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 12.670609780966595*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 12.670609780966595*relu_1_13_1_on =l= 12.670609780966595;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 23.8235643054945*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 23.8235643054945*relu_1_14_0_on =l= 23.8235643054945;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 23.8235643054945*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 23.8235643054945*relu_1_14_1_on =l= 23.8235643054945;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0_off_when_inactive.. + 1*post_1_15_0 - 12.847223412372433*relu_1_15_0_on =l= 0;
relu_1_15_0_pre_when_active.. - 1*pre_1_15_0 + 1*post_1_15_0 + 12.847223412372433*relu_1_15_0_on =l= 12.847223412372433;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1_off_when_inactive.. + 1*post_1_15_1 - 12.847223412372433*relu_1_15_1_on =l= 0;
relu_1_15_1_pre_when_active.. - 1*pre_1_15_1 + 1*post_1_15_1 + 12.847223412372433*relu_1_15_1_on =l= 12.847223412372433;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0_off_when_inactive.. + 1*post_1_16_0 - 13.903751504227584*relu_1_16_0_on =l= 0;
relu_1_16_0_pre_when_active.. - 1*pre_1_16_0 + 1*post_1_16_0 + 13.903751504227584*relu_1_16_0_on =l= 13.903751504227584;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1_off_when_inactive.. + 1*post_1_16_1 - 13.903751504227584*relu_1_16_1_on =l= 0;
relu_1_16_1_pre_when_active.. - 1*pre_1_16_1 + 1*post_1_16_1 + 13.903751504227584*relu_1_16_1_on =l= 13.903751504227584;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0_off_when_inactive.. + 1*post_1_17_0 - 13.8684559313647*relu_1_17_0_on =l= 0;
relu_1_17_0_pre_when_active.. - 1*pre_1_17_0 + 1*post_1_17_0 + 13.8684559313647*relu_1_17_0_on =l= 13.8684559313647;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1_off_when_inactive.. + 1*post_1_17_1 - 13.8684559313647*relu_1_17_1_on =l= 0;
relu_1_17_1_pre_when_active.. - 1*pre_1_17_1 + 1*post_1_17_1 + 13.8684559313647*relu_1_17_1_on =l= 13.8684559313647;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0_off_when_inactive.. + 1*post_1_18_0 - 20.936101652485426*relu_1_18_0_on =l= 0;
relu_1_18_0_pre_when_active.. - 1*pre_1_18_0 + 1*post_1_18_0 + 20.936101652485426*relu_1_18_0_on =l= 20.936101652485426;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1_off_when_inactive.. + 1*post_1_18_1 - 20.936101652485426*relu_1_18_1_on =l= 0;
relu_1_18_1_pre_when_active.. - 1*pre_1_18_1 + 1*post_1_18_1 + 20.936101652485426*relu_1_18_1_on =l= 20.936101652485426;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0_off_when_inactive.. + 1*post_1_19_0 - 18.705092419865835*relu_1_19_0_on =l= 0;
relu_1_19_0_pre_when_active.. - 1*pre_1_19_0 + 1*post_1_19_0 + 18.705092419865835*relu_1_19_0_on =l= 18.705092419865835;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1_off_when_inactive.. + 1*post_1_19_1 - 18.705092419865835*relu_1_19_1_on =l= 0;
relu_1_19_1_pre_when_active.. - 1*pre_1_19_1 + 1*post_1_19_1 + 18.705092419865835*relu_1_19_1_on =l= 18.705092419865835;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0_off_when_inactive.. + 1*post_1_20_0 - 20.15536419255746*relu_1_20_0_on =l= 0;
relu_1_20_0_pre_when_active.. - 1*pre_1_20_0 + 1*post_1_20_0 + 20.15536419255746*relu_1_20_0_on =l= 20.15536419255746;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1_off_when_inactive.. + 1*post_1_20_1 - 20.15536419255746*relu_1_20_1_on =l= 0;
relu_1_20_1_pre_when_active.. - 1*pre_1_20_1 + 1*post_1_20_1 + 20.15536419255746*relu_1_20_1_on =l= 20.15536419255746;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0_off_when_inactive.. + 1*post_1_21_0 - 20.468066180719532*relu_1_21_0_on =l= 0;
relu_1_21_0_pre_when_active.. - 1*pre_1_21_0 + 1*post_1_21_0 + 20.468066180719532*relu_1_21_0_on =l= 20.468066180719532;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1_off_when_inactive.. + 1*post_1_21_1 - 20.468066180719532*relu_1_21_1_on =l= 0;
relu_1_21_1_pre_when_active.. - 1*pre_1_21_1 + 1*post_1_21_1 + 20.468066180719532*relu_1_21_1_on =l= 20.468066180719532;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0_off_when_inactive.. + 1*post_1_22_0 - 19.895668283684614*relu_1_22_0_on =l= 0;
relu_1_22_0_pre_when_active.. - 1*pre_1_22_0 + 1*post_1_22_0 + 19.895668283684614*relu_1_22_0_on =l= 19.895668283684614;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1_off_when_inactive.. + 1*post_1_22_1 - 19.895668283684614*relu_1_22_1_on =l= 0;
relu_1_22_1_pre_when_active.. - 1*pre_1_22_1 + 1*post_1_22_1 + 19.895668283684614*relu_1_22_1_on =l= 19.895668283684614;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0_off_when_inactive.. + 1*post_1_23_0 - 16.188860996205733*relu_1_23_0_on =l= 0;
relu_1_23_0_pre_when_active.. - 1*pre_1_23_0 + 1*post_1_23_0 + 16.188860996205733*relu_1_23_0_on =l= 16.188860996205733;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1_off_when_inactive.. + 1*post_1_23_1 - 16.188860996205733*relu_1_23_1_on =l= 0;
relu_1_23_1_pre_when_active.. - 1*pre_1_23_1 + 1*post_1_23_1 + 16.188860996205733*relu_1_23_1_on =l= 16.188860996205733;
relu_1_24_0_above_pre.. + 1*pre_1_24_0 - 1*post_1_24_0 =l= 0;
relu_1_24_0_off_when_inactive.. + 1*post_1_24_0 - 19.182277103283845*relu_1_24_0_on =l= 0;
relu_1_24_0_pre_when_active.. - 1*pre_1_24_0 + 1*post_1_24_0 + 19.182277103283845*relu_1_24_0_on =l= 19.182277103283845;
relu_1_24_1_above_pre.. + 1*pre_1_24_1 - 1*post_1_24_1 =l= 0;
relu_1_24_1_off_when_inactive.. + 1*post_1_24_1 - 19.182277103283845*relu_1_24_1_on =l= 0;
relu_1_24_1_pre_when_active.. - 1*pre_1_24_1 + 1*post_1_24_1 + 19.182277103283845*relu_1_24_1_on =l= 19.182277103283845;
relu_1_25_0_above_pre.. + 1*pre_1_25_0 - 1*post_1_25_0 =l= 0;
relu_1_25_0_off_when_inactive.. + 1*post_1_25_0 - 18.781683464053117*relu_1_25_0_on =l= 0;
relu_1_25_0_pre_when_active.. - 1*pre_1_25_0 + 1*post_1_25_0 + 18.781683464053117*relu_1_25_0_on =l= 18.781683464053117;
relu_1_25_1_above_pre.. + 1*pre_1_25_1 - 1*post_1_25_1 =l= 0;
relu_1_25_1_off_when_inactive.. + 1*post_1_25_1 - 18.781683464053117*relu_1_25_1_on =l= 0;
relu_1_25_1_pre_when_active.. - 1*pre_1_25_1 + 1*post_1_25_1 + 18.781683464053117*relu_1_25_1_on =l= 18.781683464053117;
relu_1_26_0_above_pre.. + 1*pre_1_26_0 - 1*post_1_26_0 =l= 0;
relu_1_26_0_off_when_inactive.. + 1*post_1_26_0 - 21.79321037768921*relu_1_26_0_on =l= 0;
relu_1_26_0_pre_when_active.. - 1*pre_1_26_0 + 1*post_1_26_0 + 21.79321037768921*relu_1_26_0_on =l= 21.79321037768921;
relu_1_26_1_above_pre.. + 1*pre_1_26_1 - 1*post_1_26_1 =l= 0;
relu_1_26_1_off_when_inactive.. + 1*post_1_26_1 - 21.79321037768921*relu_1_26_1_on =l= 0;
relu_1_26_1_pre_when_active.. - 1*pre_1_26_1 + 1*post_1_26_1 + 21.79321037768921*relu_1_26_1_on =l= 21.79321037768921;
relu_1_27_0_above_pre.. + 1*pre_1_27_0 - 1*post_1_27_0 =l= 0;
relu_1_27_0_off_when_inactive.. + 1*post_1_27_0 - 14.069452557022705*relu_1_27_0_on =l= 0;
relu_1_27_0_pre_when_active.. - 1*pre_1_27_0 + 1*post_1_27_0 + 14.069452557022705*relu_1_27_0_on =l= 14.069452557022705;
relu_1_27_1_above_pre.. + 1*pre_1_27_1 - 1*post_1_27_1 =l= 0;
relu_1_27_1_off_when_inactive.. + 1*post_1_27_1 - 14.069452557022705*relu_1_27_1_on =l= 0;
relu_1_27_1_pre_when_active.. - 1*pre_1_27_1 + 1*post_1_27_1 + 14.069452557022705*relu_1_27_1_on =l= 14.069452557022705;
relu_1_28_0_above_pre.. + 1*pre_1_28_0 - 1*post_1_28_0 =l= 0;
relu_1_28_0_off_when_inactive.. + 1*post_1_28_0 - 17.50462981178663*relu_1_28_0_on =l= 0;
relu_1_28_0_pre_when_active.. - 1*pre_1_28_0 + 1*post_1_28_0 + 17.50462981178663*relu_1_28_0_on =l= 17.50462981178663;
relu_1_28_1_above_pre.. + 1*pre_1_28_1 - 1*post_1_28_1 =l= 0;
relu_1_28_1_off_when_inactive.. + 1*post_1_28_1 - 17.50462981178663*relu_1_28_1_on =l= 0;
relu_1_28_1_pre_when_active.. - 1*pre_1_28_1 + 1*post_1_28_1 + 17.50462981178663*relu_1_28_1_on =l= 17.50462981178663;
relu_1_29_0_above_pre.. + 1*pre_1_29_0 - 1*post_1_29_0 =l= 0;
relu_1_29_0_off_when_inactive.. + 1*post_1_29_0 - 19.386052960710046*relu_1_29_0_on =l= 0;
relu_1_29_0_pre_when_active.. - 1*pre_1_29_0 + 1*post_1_29_0 + 19.386052960710046*relu_1_29_0_on =l= 19.386052960710046;
relu_1_29_1_above_pre.. + 1*pre_1_29_1 - 1*post_1_29_1 =l= 0;
relu_1_29_1_off_when_inactive.. + 1*post_1_29_1 - 19.386052960710046*relu_1_29_1_on =l= 0;
relu_1_29_1_pre_when_active.. - 1*pre_1_29_1 + 1*post_1_29_1 + 19.386052960710046*relu_1_29_1_on =l= 19.386052960710046;
relu_1_30_0_above_pre.. + 1*pre_1_30_0 - 1*post_1_30_0 =l= 0;
relu_1_30_0_off_when_inactive.. + 1*post_1_30_0 - 18.425031695450635*relu_1_30_0_on =l= 0;
relu_1_30_0_pre_when_active.. - 1*pre_1_30_0 + 1*post_1_30_0 + 18.425031695450635*relu_1_30_0_on =l= 18.425031695450635;
relu_1_30_1_above_pre.. + 1*pre_1_30_1 - 1*post_1_30_1 =l= 0;
relu_1_30_1_off_when_inactive.. + 1*post_1_30_1 - 18.425031695450635*relu_1_30_1_on =l= 0;
relu_1_30_1_pre_when_active.. - 1*pre_1_30_1 + 1*post_1_30_1 + 18.425031695450635*relu_1_30_1_on =l= 18.425031695450635;
relu_1_31_0_above_pre.. + 1*pre_1_31_0 - 1*post_1_31_0 =l= 0;
relu_1_31_0_off_when_inactive.. + 1*post_1_31_0 - 17.761993170337504*relu_1_31_0_on =l= 0;
relu_1_31_0_pre_when_active.. - 1*pre_1_31_0 + 1*post_1_31_0 + 17.761993170337504*relu_1_31_0_on =l= 17.761993170337504;
relu_1_31_1_above_pre.. + 1*pre_1_31_1 - 1*post_1_31_1 =l= 0;
relu_1_31_1_off_when_inactive.. + 1*post_1_31_1 - 17.761993170337504*relu_1_31_1_on =l= 0;
relu_1_31_1_pre_when_active.. - 1*pre_1_31_1 + 1*post_1_31_1 + 17.761993170337504*relu_1_31_1_on =l= 17.761993170337504;
relu_1_32_0_above_pre.. + 1*pre_1_32_0 - 1*post_1_32_0 =l= 0;
relu_1_32_0_off_when_inactive.. + 1*post_1_32_0 - 17.184504240055624*relu_1_32_0_on =l= 0;
relu_1_32_0_pre_when_active.. - 1*pre_1_32_0 + 1*post_1_32_0 + 17.184504240055624*relu_1_32_0_on =l= 17.184504240055624;
relu_1_32_1_above_pre.. + 1*pre_1_32_1 - 1*post_1_32_1 =l= 0;
relu_1_32_1_off_when_inactive.. + 1*post_1_32_1 - 17.184504240055624*relu_1_32_1_on =l= 0;
relu_1_32_1_pre_when_active.. - 1*pre_1_32_1 + 1*post_1_32_1 + 17.184504240055624*relu_1_32_1_on =l= 17.184504240055624;
relu_1_33_0_above_pre.. + 1*pre_1_33_0 - 1*post_1_33_0 =l= 0;
relu_1_33_0_off_when_inactive.. + 1*post_1_33_0 - 12.509726888993441*relu_1_33_0_on =l= 0;
relu_1_33_0_pre_when_active.. - 1*pre_1_33_0 + 1*post_1_33_0 + 12.509726888993441*relu_1_33_0_on =l= 12.509726888993441;
relu_1_33_1_above_pre.. + 1*pre_1_33_1 - 1*post_1_33_1 =l= 0;
relu_1_33_1_off_when_inactive.. + 1*post_1_33_1 - 12.509726888993441*relu_1_33_1_on =l= 0;
relu_1_33_1_pre_when_active.. - 1*pre_1_33_1 + 1*post_1_33_1 + 12.509726888993441*relu_1_33_1_on =l= 12.509726888993441;
relu_1_34_0_above_pre.. + 1*pre_1_34_0 - 1*post_1_34_0 =l= 0;
relu_1_34_0_off_when_inactive.. + 1*post_1_34_0 - 25.99272324311561*relu_1_34_0_on =l= 0;
relu_1_34_0_pre_when_active.. - 1*pre_1_34_0 + 1*post_1_34_0 + 25.99272324311561*relu_1_34_0_on =l= 25.99272324311561;
relu_1_34_1_above_pre.. + 1*pre_1_34_1 - 1*post_1_34_1 =l= 0;
relu_1_34_1_off_when_inactive.. + 1*post_1_34_1 - 25.99272324311561*relu_1_34_1_on =l= 0;
relu_1_34_1_pre_when_active.. - 1*pre_1_34_1 + 1*post_1_34_1 + 25.99272324311561*relu_1_34_1_on =l= 25.99272324311561;
relu_1_35_0_above_pre.. + 1*pre_1_35_0 - 1*post_1_35_0 =l= 0;
relu_1_35_0_off_when_inactive.. + 1*post_1_35_0 - 14.358306707985516*relu_1_35_0_on =l= 0;
relu_1_35_0_pre_when_active.. - 1*pre_1_35_0 + 1*post_1_35_0 + 14.358306707985516*relu_1_35_0_on =l= 14.358306707985516;
relu_1_35_1_above_pre.. + 1*pre_1_35_1 - 1*post_1_35_1 =l= 0;
relu_1_35_1_off_when_inactive.. + 1*post_1_35_1 - 14.358306707985516*relu_1_35_1_on =l= 0;
relu_1_35_1_pre_when_active.. - 1*pre_1_35_1 + 1*post_1_35_1 + 14.358306707985516*relu_1_35_1_on =l= 14.358306707985516;
relu_1_36_0_above_pre.. + 1*pre_1_36_0 - 1*post_1_36_0 =l= 0;
relu_1_36_0_off_when_inactive.. + 1*post_1_36_0 - 9.574010364764726*relu_1_36_0_on =l= 0;
relu_1_36_0_pre_when_active.. - 1*pre_1_36_0 + 1*post_1_36_0 + 9.574010364764726*relu_1_36_0_on =l= 9.574010364764726;
relu_1_36_1_above_pre.. + 1*pre_1_36_1 - 1*post_1_36_1 =l= 0;
relu_1_36_1_off_when_inactive.. + 1*post_1_36_1 - 9.574010364764726*relu_1_36_1_on =l= 0;
relu_1_36_1_pre_when_active.. - 1*pre_1_36_1 + 1*post_1_36_1 + 9.574010364764726*relu_1_36_1_on =l= 9.574010364764726;
relu_1_37_0_above_pre.. + 1*pre_1_37_0 - 1*post_1_37_0 =l= 0;
relu_1_37_0_off_when_inactive.. + 1*post_1_37_0 - 15.68033732444646*relu_1_37_0_on =l= 0;
relu_1_37_0_pre_when_active.. - 1*pre_1_37_0 + 1*post_1_37_0 + 15.68033732444646*relu_1_37_0_on =l= 15.68033732444646;
relu_1_37_1_above_pre.. + 1*pre_1_37_1 - 1*post_1_37_1 =l= 0;
relu_1_37_1_off_when_inactive.. + 1*post_1_37_1 - 15.68033732444646*relu_1_37_1_on =l= 0;
relu_1_37_1_pre_when_active.. - 1*pre_1_37_1 + 1*post_1_37_1 + 15.68033732444646*relu_1_37_1_on =l= 15.68033732444646;
relu_1_38_0_above_pre.. + 1*pre_1_38_0 - 1*post_1_38_0 =l= 0;
relu_1_38_0_off_when_inactive.. + 1*post_1_38_0 - 17.021276096012627*relu_1_38_0_on =l= 0;
relu_1_38_0_pre_when_active.. - 1*pre_1_38_0 + 1*post_1_38_0 + 17.021276096012627*relu_1_38_0_on =l= 17.021276096012627;
relu_1_38_1_above_pre.. + 1*pre_1_38_1 - 1*post_1_38_1 =l= 0;
relu_1_38_1_off_when_inactive.. + 1*post_1_38_1 - 17.021276096012627*relu_1_38_1_on =l= 0;
relu_1_38_1_pre_when_active.. - 1*pre_1_38_1 + 1*post_1_38_1 + 17.021276096012627*relu_1_38_1_on =l= 17.021276096012627;
relu_1_39_0_above_pre.. + 1*pre_1_39_0 - 1*post_1_39_0 =l= 0;
relu_1_39_0_off_when_inactive.. + 1*post_1_39_0 - 23.708286959984513*relu_1_39_0_on =l= 0;
relu_1_39_0_pre_when_active.. - 1*pre_1_39_0 + 1*post_1_39_0 + 23.708286959984513*relu_1_39_0_on =l= 23.708286959984513;
relu_1_39_1_above_pre.. + 1*pre_1_39_1 - 1*post_1_39_1 =l= 0;
relu_1_39_1_off_when_inactive.. + 1*post_1_39_1 - 23.708286959984513*relu_1_39_1_on =l= 0;
relu_1_39_1_pre_when_active.. - 1*pre_1_39_1 + 1*post_1_39_1 + 23.708286959984513*relu_1_39_1_on =l= 23.708286959984513;
relu_1_40_0_above_pre.. + 1*pre_1_40_0 - 1*post_1_40_0 =l= 0;
relu_1_40_0_off_when_inactive.. + 1*post_1_40_0 - 20.815902822615648*relu_1_40_0_on =l= 0;
relu_1_40_0_pre_when_active.. - 1*pre_1_40_0 + 1*post_1_40_0 + 20.815902822615648*relu_1_40_0_on =l= 20.815902822615648;
relu_1_40_1_above_pre.. + 1*pre_1_40_1 - 1*post_1_40_1 =l= 0;
relu_1_40_1_off_when_inactive.. + 1*post_1_40_1 - 20.815902822615648*relu_1_40_1_on =l= 0;
relu_1_40_1_pre_when_active.. - 1*pre_1_40_1 + 1*post_1_40_1 + 20.815902822615648*relu_1_40_1_on =l= 20.815902822615648;
relu_1_41_0_above_pre.. + 1*pre_1_41_0 - 1*post_1_41_0 =l= 0;
relu_1_41_0_off_when_inactive.. + 1*post_1_41_0 - 26.15795792926699*relu_1_41_0_on =l= 0;
relu_1_41_0_pre_when_active.. - 1*pre_1_41_0 + 1*post_1_41_0 + 26.15795792926699*relu_1_41_0_on =l= 26.15795792926699;
relu_1_41_1_above_pre.. + 1*pre_1_41_1 - 1*post_1_41_1 =l= 0;
relu_1_41_1_off_when_inactive.. + 1*post_1_41_1 - 26.15795792926699*relu_1_41_1_on =l= 0;
relu_1_41_1_pre_when_active.. - 1*pre_1_41_1 + 1*post_1_41_1 + 26.15795792926699*relu_1_41_1_on =l= 26.15795792926699;
relu_1_42_0_above_pre.. + 1*pre_1_42_0 - 1*post_1_42_0 =l= 0;
relu_1_42_0_off_when_inactive.. + 1*post_1_42_0 - 24.20703234561456*relu_1_42_0_on =l= 0;
relu_1_42_0_pre_when_active.. - 1*pre_1_42_0 + 1*post_1_42_0 + 24.20703234561456*relu_1_42_0_on =l= 24.20703234561456;
relu_1_42_1_above_pre.. + 1*pre_1_42_1 - 1*post_1_42_1 =l= 0;
relu_1_42_1_off_when_inactive.. + 1*post_1_42_1 - 24.20703234561456*relu_1_42_1_on =l= 0;
relu_1_42_1_pre_when_active.. - 1*pre_1_42_1 + 1*post_1_42_1 + 24.20703234561456*relu_1_42_1_on =l= 24.20703234561456;
relu_1_43_0_above_pre.. + 1*pre_1_43_0 - 1*post_1_43_0 =l= 0;
relu_1_43_0_off_when_inactive.. + 1*post_1_43_0 - 23.55203101281238*relu_1_43_0_on =l= 0;
relu_1_43_0_pre_when_active.. - 1*pre_1_43_0 + 1*post_1_43_0 + 23.55203101281238*relu_1_43_0_on =l= 23.55203101281238;
relu_1_43_1_above_pre.. + 1*pre_1_43_1 - 1*post_1_43_1 =l= 0;
relu_1_43_1_off_when_inactive.. + 1*post_1_43_1 - 23.55203101281238*relu_1_43_1_on =l= 0;
relu_1_43_1_pre_when_active.. - 1*pre_1_43_1 + 1*post_1_43_1 + 23.55203101281238*relu_1_43_1_on =l= 23.55203101281238;
relu_1_44_0_above_pre.. + 1*pre_1_44_0 - 1*post_1_44_0 =l= 0;
relu_1_44_0_off_when_inactive.. + 1*post_1_44_0 - 24.52615865178256*relu_1_44_0_on =l= 0;
relu_1_44_0_pre_when_active.. - 1*pre_1_44_0 + 1*post_1_44_0 + 24.52615865178256*relu_1_44_0_on =l= 24.52615865178256;
relu_1_44_1_above_pre.. + 1*pre_1_44_1 - 1*post_1_44_1 =l= 0;
relu_1_44_1_off_when_inactive.. + 1*post_1_44_1 - 24.52615865178256*relu_1_44_1_on =l= 0;
relu_1_44_1_pre_when_active.. - 1*pre_1_44_1 + 1*post_1_44_1 + 24.52615865178256*relu_1_44_1_on =l= 24.52615865178256;
relu_1_45_0_above_pre.. + 1*pre_1_45_0 - 1*post_1_45_0 =l= 0;
relu_1_45_0_off_when_inactive.. + 1*post_1_45_0 - 15.16294626723429*relu_1_45_0_on =l= 0;
relu_1_45_0_pre_when_active.. - 1*pre_1_45_0 + 1*post_1_45_0 + 15.16294626723429*relu_1_45_0_on =l= 15.16294626723429;
relu_1_45_1_above_pre.. + 1*pre_1_45_1 - 1*post_1_45_1 =l= 0;
relu_1_45_1_off_when_inactive.. + 1*post_1_45_1 - 15.16294626723429*relu_1_45_1_on =l= 0;
relu_1_45_1_pre_when_active.. - 1*pre_1_45_1 + 1*post_1_45_1 + 15.16294626723429*relu_1_45_1_on =l= 15.16294626723429;
relu_1_46_0_above_pre.. + 1*pre_1_46_0 - 1*post_1_46_0 =l= 0;
relu_1_46_0_off_when_inactive.. + 1*post_1_46_0 - 19.251137863422073*relu_1_46_0_on =l= 0;
relu_1_46_0_pre_when_active.. - 1*pre_1_46_0 + 1*post_1_46_0 + 19.251137863422073*relu_1_46_0_on =l= 19.251137863422073;
relu_1_46_1_above_pre.. + 1*pre_1_46_1 - 1*post_1_46_1 =l= 0;
relu_1_46_1_off_when_inactive.. + 1*post_1_46_1 - 19.251137863422073*relu_1_46_1_on =l= 0;
relu_1_46_1_pre_when_active.. - 1*pre_1_46_1 + 1*post_1_46_1 + 19.251137863422073*relu_1_46_1_on =l= 19.251137863422073;
relu_1_47_0_above_pre.. + 1*pre_1_47_0 - 1*post_1_47_0 =l= 0;
relu_1_47_0_off_when_inactive.. + 1*post_1_47_0 - 20.833197974841184*relu_1_47_0_on =l= 0;
relu_1_47_0_pre_when_active.. - 1*pre_1_47_0 + 1*post_1_47_0 + 20.833197974841184*relu_1_47_0_on =l= 20.833197974841184;
relu_1_47_1_above_pre.. + 1*pre_1_47_1 - 1*post_1_47_1 =l= 0;
relu_1_47_1_off_when_inactive.. + 1*post_1_47_1 - 20.833197974841184*relu_1_47_1_on =l= 0;
relu_1_47_1_pre_when_active.. - 1*pre_1_47_1 + 1*post_1_47_1 + 20.833197974841184*relu_1_47_1_on =l= 20.833197974841184;

u_0_0.lo = -9;
u_0_0.up = 9;
u_0_1.lo = -9;
u_0_1.up = 9;
u_0_2.lo = -9;
u_0_2.up = 9;
u_1_0.lo = -9;
u_1_0.up = 9;
u_1_1.lo = -9;
u_1_1.up = 9;
u_1_2.lo = -9;
u_1_2.up = 9;
pre_1_0_0.lo = -22.516667602367406;
pre_1_0_0.up = 22.516667602367406;
pre_1_0_1.lo = -22.516667602367406;
pre_1_0_1.up = 22.516667602367406;
pre_1_1_0.lo = -24.383983975513583;
pre_1_1_0.up = 24.383983975513583;
pre_1_1_1.lo = -24.383983975513583;
pre_1_1_1.up = 24.383983975513583;
pre_1_2_0.lo = -21.529257680240633;
pre_1_2_0.up = 21.529257680240633;
pre_1_2_1.lo = -21.529257680240633;
pre_1_2_1.up = 21.529257680240633;
pre_1_3_0.lo = -21.375419431451895;
pre_1_3_0.up = 21.375419431451895;
pre_1_3_1.lo = -21.375419431451895;
pre_1_3_1.up = 21.375419431451895;
pre_1_4_0.lo = -13.351487934810724;
pre_1_4_0.up = 13.351487934810724;
pre_1_4_1.lo = -13.351487934810724;
pre_1_4_1.up = 13.351487934810724;
pre_1_5_0.lo = -18.881875937823814;
pre_1_5_0.up = 18.881875937823814;
pre_1_5_1.lo = -18.881875937823814;
pre_1_5_1.up = 18.881875937823814;
pre_1_6_0.lo = -18.834140487493194;
pre_1_6_0.up = 18.834140487493194;
pre_1_6_1.lo = -18.834140487493194;
pre_1_6_1.up = 18.834140487493194;
pre_1_7_0.lo = -13.726343214999071;
pre_1_7_0.up = 13.726343214999071;
pre_1_7_1.lo = -13.726343214999071;
pre_1_7_1.up = 13.726343214999071;
pre_1_8_0.lo = -20.0435828674919;
pre_1_8_0.up = 20.0435828674919;
pre_1_8_1.lo = -20.0435828674919;
pre_1_8_1.up = 20.0435828674919;
pre_1_9_0.lo = -20.99479181862465;
pre_1_9_0.up = 20.99479181862465;
pre_1_9_1.lo = -20.99479181862465;
pre_1_9_1.up = 20.99479181862465;
pre_1_10_0.lo = -15.100308123097616;
pre_1_10_0.up = 15.100308123097616;
pre_1_10_1.lo = -15.100308123097616;
pre_1_10_1.up = 15.100308123097616;
pre_1_11_0.lo = -17.567677277972727;
pre_1_11_0.up = 17.567677277972727;
pre_1_11_1.lo = -17.567677277972727;
pre_1_11_1.up = 17.567677277972727;
pre_1_12_0.lo = -13.443167928056535;
pre_1_12_0.up = 13.443167928056535;
pre_1_12_1.lo = -13.443167928056535;
pre_1_12_1.up = 13.443167928056535;
pre_1_13_0.lo = -12.670609780966595;
pre_1_13_0.up = 12.670609780966595;
pre_1_13_1.lo = -12.670609780966595;
pre_1_13_1.up = 12.670609780966595;
pre_1_14_0.lo = -23.8235643054945;
pre_1_14_0.up = 23.8235643054945;
pre_1_14_1.lo = -23.8235643054945;
pre_1_14_1.up = 23.8235643054945;
pre_1_15_0.lo = -12.847223412372433;
pre_1_15_0.up = 12.847223412372433;
pre_1_15_1.lo = -12.847223412372433;
pre_1_15_1.up = 12.847223412372433;
pre_1_16_0.lo = -13.903751504227584;
pre_1_16_0.up = 13.903751504227584;
pre_1_16_1.lo = -13.903751504227584;
pre_1_16_1.up = 13.903751504227584;
pre_1_17_0.lo = -13.8684559313647;
pre_1_17_0.up = 13.8684559313647;
pre_1_17_1.lo = -13.8684559313647;
pre_1_17_1.up = 13.8684559313647;
pre_1_18_0.lo = -20.936101652485426;
pre_1_18_0.up = 20.936101652485426;
pre_1_18_1.lo = -20.936101652485426;
pre_1_18_1.up = 20.936101652485426;
pre_1_19_0.lo = -18.705092419865835;
pre_1_19_0.up = 18.705092419865835;
pre_1_19_1.lo = -18.705092419865835;
pre_1_19_1.up = 18.705092419865835;
pre_1_20_0.lo = -20.15536419255746;
pre_1_20_0.up = 20.15536419255746;
pre_1_20_1.lo = -20.15536419255746;
pre_1_20_1.up = 20.15536419255746;
pre_1_21_0.lo = -20.468066180719532;
pre_1_21_0.up = 20.468066180719532;
pre_1_21_1.lo = -20.468066180719532;
pre_1_21_1.up = 20.468066180719532;
pre_1_22_0.lo = -19.895668283684614;
pre_1_22_0.up = 19.895668283684614;
pre_1_22_1.lo = -19.895668283684614;
pre_1_22_1.up = 19.895668283684614;
pre_1_23_0.lo = -16.188860996205733;
pre_1_23_0.up = 16.188860996205733;
pre_1_23_1.lo = -16.188860996205733;
pre_1_23_1.up = 16.188860996205733;
pre_1_24_0.lo = -19.182277103283845;
pre_1_24_0.up = 19.182277103283845;
pre_1_24_1.lo = -19.182277103283845;
pre_1_24_1.up = 19.182277103283845;
pre_1_25_0.lo = -18.781683464053117;
pre_1_25_0.up = 18.781683464053117;
pre_1_25_1.lo = -18.781683464053117;
pre_1_25_1.up = 18.781683464053117;
pre_1_26_0.lo = -21.79321037768921;
pre_1_26_0.up = 21.79321037768921;
pre_1_26_1.lo = -21.79321037768921;
pre_1_26_1.up = 21.79321037768921;
pre_1_27_0.lo = -14.069452557022705;
pre_1_27_0.up = 14.069452557022705;
pre_1_27_1.lo = -14.069452557022705;
pre_1_27_1.up = 14.069452557022705;
pre_1_28_0.lo = -17.50462981178663;
pre_1_28_0.up = 17.50462981178663;
pre_1_28_1.lo = -17.50462981178663;
pre_1_28_1.up = 17.50462981178663;
pre_1_29_0.lo = -19.386052960710046;
pre_1_29_0.up = 19.386052960710046;
pre_1_29_1.lo = -19.386052960710046;
pre_1_29_1.up = 19.386052960710046;
pre_1_30_0.lo = -18.425031695450635;
pre_1_30_0.up = 18.425031695450635;
pre_1_30_1.lo = -18.425031695450635;
pre_1_30_1.up = 18.425031695450635;
pre_1_31_0.lo = -17.761993170337504;
pre_1_31_0.up = 17.761993170337504;
pre_1_31_1.lo = -17.761993170337504;
pre_1_31_1.up = 17.761993170337504;
pre_1_32_0.lo = -17.184504240055624;
pre_1_32_0.up = 17.184504240055624;
pre_1_32_1.lo = -17.184504240055624;
pre_1_32_1.up = 17.184504240055624;
pre_1_33_0.lo = -12.509726888993441;
pre_1_33_0.up = 12.509726888993441;
pre_1_33_1.lo = -12.509726888993441;
pre_1_33_1.up = 12.509726888993441;
pre_1_34_0.lo = -25.99272324311561;
pre_1_34_0.up = 25.99272324311561;
pre_1_34_1.lo = -25.99272324311561;
pre_1_34_1.up = 25.99272324311561;
pre_1_35_0.lo = -14.358306707985516;
pre_1_35_0.up = 14.358306707985516;
pre_1_35_1.lo = -14.358306707985516;
pre_1_35_1.up = 14.358306707985516;
pre_1_36_0.lo = -9.574010364764726;
pre_1_36_0.up = 9.574010364764726;
pre_1_36_1.lo = -9.574010364764726;
pre_1_36_1.up = 9.574010364764726;
pre_1_37_0.lo = -15.68033732444646;
pre_1_37_0.up = 15.68033732444646;
pre_1_37_1.lo = -15.68033732444646;
pre_1_37_1.up = 15.68033732444646;
pre_1_38_0.lo = -17.021276096012627;
pre_1_38_0.up = 17.021276096012627;
pre_1_38_1.lo = -17.021276096012627;
pre_1_38_1.up = 17.021276096012627;
pre_1_39_0.lo = -23.708286959984513;
pre_1_39_0.up = 23.708286959984513;
pre_1_39_1.lo = -23.708286959984513;
pre_1_39_1.up = 23.708286959984513;
pre_1_40_0.lo = -20.815902822615648;
pre_1_40_0.up = 20.815902822615648;
pre_1_40_1.lo = -20.815902822615648;
pre_1_40_1.up = 20.815902822615648;
pre_1_41_0.lo = -26.15795792926699;
pre_1_41_0.up = 26.15795792926699;
pre_1_41_1.lo = -26.15795792926699;
pre_1_41_1.up = 26.15795792926699;
pre_1_42_0.lo = -24.20703234561456;
pre_1_42_0.up = 24.20703234561456;
pre_1_42_1.lo = -24.20703234561456;
pre_1_42_1.up = 24.20703234561456;
pre_1_43_0.lo = -23.55203101281238;
pre_1_43_0.up = 23.55203101281238;
pre_1_43_1.lo = -23.55203101281238;
pre_1_43_1.up = 23.55203101281238;
pre_1_44_0.lo = -24.52615865178256;
pre_1_44_0.up = 24.52615865178256;
pre_1_44_1.lo = -24.52615865178256;
pre_1_44_1.up = 24.52615865178256;
pre_1_45_0.lo = -15.16294626723429;
pre_1_45_0.up = 15.16294626723429;
pre_1_45_1.lo = -15.16294626723429;
pre_1_45_1.up = 15.16294626723429;
pre_1_46_0.lo = -19.251137863422073;
pre_1_46_0.up = 19.251137863422073;
pre_1_46_1.lo = -19.251137863422073;
pre_1_46_1.up = 19.251137863422073;
pre_1_47_0.lo = -20.833197974841184;
pre_1_47_0.up = 20.833197974841184;
pre_1_47_1.lo = -20.833197974841184;
pre_1_47_1.up = 20.833197974841184;
post_1_0_0.lo = 0;
post_1_0_0.up = 22.516667602367406;
post_1_0_1.lo = 0;
post_1_0_1.up = 22.516667602367406;
post_1_1_0.lo = 0;
post_1_1_0.up = 24.383983975513583;
post_1_1_1.lo = 0;
post_1_1_1.up = 24.383983975513583;
post_1_2_0.lo = 0;
post_1_2_0.up = 21.529257680240633;
post_1_2_1.lo = 0;
post_1_2_1.up = 21.529257680240633;
post_1_3_0.lo = 0;
post_1_3_0.up = 21.375419431451895;
post_1_3_1.lo = 0;
post_1_3_1.up = 21.375419431451895;
post_1_4_0.lo = 0;
post_1_4_0.up = 13.351487934810724;
post_1_4_1.lo = 0;
post_1_4_1.up = 13.351487934810724;
post_1_5_0.lo = 0;
post_1_5_0.up = 18.881875937823814;
post_1_5_1.lo = 0;
post_1_5_1.up = 18.881875937823814;
post_1_6_0.lo = 0;
post_1_6_0.up = 18.834140487493194;
post_1_6_1.lo = 0;
post_1_6_1.up = 18.834140487493194;
post_1_7_0.lo = 0;
post_1_7_0.up = 13.726343214999071;
post_1_7_1.lo = 0;
post_1_7_1.up = 13.726343214999071;
post_1_8_0.lo = 0;
post_1_8_0.up = 20.0435828674919;
post_1_8_1.lo = 0;
post_1_8_1.up = 20.0435828674919;
post_1_9_0.lo = 0;
post_1_9_0.up = 20.99479181862465;
post_1_9_1.lo = 0;
post_1_9_1.up = 20.99479181862465;
post_1_10_0.lo = 0;
post_1_10_0.up = 15.100308123097616;
post_1_10_1.lo = 0;
post_1_10_1.up = 15.100308123097616;
post_1_11_0.lo = 0;
post_1_11_0.up = 17.567677277972727;
post_1_11_1.lo = 0;
post_1_11_1.up = 17.567677277972727;
post_1_12_0.lo = 0;
post_1_12_0.up = 13.443167928056535;
post_1_12_1.lo = 0;
post_1_12_1.up = 13.443167928056535;
post_1_13_0.lo = 0;
post_1_13_0.up = 12.670609780966595;
post_1_13_1.lo = 0;
post_1_13_1.up = 12.670609780966595;
post_1_14_0.lo = 0;
post_1_14_0.up = 23.8235643054945;
post_1_14_1.lo = 0;
post_1_14_1.up = 23.8235643054945;
post_1_15_0.lo = 0;
post_1_15_0.up = 12.847223412372433;
post_1_15_1.lo = 0;
post_1_15_1.up = 12.847223412372433;
post_1_16_0.lo = 0;
post_1_16_0.up = 13.903751504227584;
post_1_16_1.lo = 0;
post_1_16_1.up = 13.903751504227584;
post_1_17_0.lo = 0;
post_1_17_0.up = 13.8684559313647;
post_1_17_1.lo = 0;
post_1_17_1.up = 13.8684559313647;
post_1_18_0.lo = 0;
post_1_18_0.up = 20.936101652485426;
post_1_18_1.lo = 0;
post_1_18_1.up = 20.936101652485426;
post_1_19_0.lo = 0;
post_1_19_0.up = 18.705092419865835;
post_1_19_1.lo = 0;
post_1_19_1.up = 18.705092419865835;
post_1_20_0.lo = 0;
post_1_20_0.up = 20.15536419255746;
post_1_20_1.lo = 0;
post_1_20_1.up = 20.15536419255746;
post_1_21_0.lo = 0;
post_1_21_0.up = 20.468066180719532;
post_1_21_1.lo = 0;
post_1_21_1.up = 20.468066180719532;
post_1_22_0.lo = 0;
post_1_22_0.up = 19.895668283684614;
post_1_22_1.lo = 0;
post_1_22_1.up = 19.895668283684614;
post_1_23_0.lo = 0;
post_1_23_0.up = 16.188860996205733;
post_1_23_1.lo = 0;
post_1_23_1.up = 16.188860996205733;
post_1_24_0.lo = 0;
post_1_24_0.up = 19.182277103283845;
post_1_24_1.lo = 0;
post_1_24_1.up = 19.182277103283845;
post_1_25_0.lo = 0;
post_1_25_0.up = 18.781683464053117;
post_1_25_1.lo = 0;
post_1_25_1.up = 18.781683464053117;
post_1_26_0.lo = 0;
post_1_26_0.up = 21.79321037768921;
post_1_26_1.lo = 0;
post_1_26_1.up = 21.79321037768921;
post_1_27_0.lo = 0;
post_1_27_0.up = 14.069452557022705;
post_1_27_1.lo = 0;
post_1_27_1.up = 14.069452557022705;
post_1_28_0.lo = 0;
post_1_28_0.up = 17.50462981178663;
post_1_28_1.lo = 0;
post_1_28_1.up = 17.50462981178663;
post_1_29_0.lo = 0;
post_1_29_0.up = 19.386052960710046;
post_1_29_1.lo = 0;
post_1_29_1.up = 19.386052960710046;
post_1_30_0.lo = 0;
post_1_30_0.up = 18.425031695450635;
post_1_30_1.lo = 0;
post_1_30_1.up = 18.425031695450635;
post_1_31_0.lo = 0;
post_1_31_0.up = 17.761993170337504;
post_1_31_1.lo = 0;
post_1_31_1.up = 17.761993170337504;
post_1_32_0.lo = 0;
post_1_32_0.up = 17.184504240055624;
post_1_32_1.lo = 0;
post_1_32_1.up = 17.184504240055624;
post_1_33_0.lo = 0;
post_1_33_0.up = 12.509726888993441;
post_1_33_1.lo = 0;
post_1_33_1.up = 12.509726888993441;
post_1_34_0.lo = 0;
post_1_34_0.up = 25.99272324311561;
post_1_34_1.lo = 0;
post_1_34_1.up = 25.99272324311561;
post_1_35_0.lo = 0;
post_1_35_0.up = 14.358306707985516;
post_1_35_1.lo = 0;
post_1_35_1.up = 14.358306707985516;
post_1_36_0.lo = 0;
post_1_36_0.up = 9.574010364764726;
post_1_36_1.lo = 0;
post_1_36_1.up = 9.574010364764726;
post_1_37_0.lo = 0;
post_1_37_0.up = 15.68033732444646;
post_1_37_1.lo = 0;
post_1_37_1.up = 15.68033732444646;
post_1_38_0.lo = 0;
post_1_38_0.up = 17.021276096012627;
post_1_38_1.lo = 0;
post_1_38_1.up = 17.021276096012627;
post_1_39_0.lo = 0;
post_1_39_0.up = 23.708286959984513;
post_1_39_1.lo = 0;
post_1_39_1.up = 23.708286959984513;
post_1_40_0.lo = 0;
post_1_40_0.up = 20.815902822615648;
post_1_40_1.lo = 0;
post_1_40_1.up = 20.815902822615648;
post_1_41_0.lo = 0;
post_1_41_0.up = 26.15795792926699;
post_1_41_1.lo = 0;
post_1_41_1.up = 26.15795792926699;
post_1_42_0.lo = 0;
post_1_42_0.up = 24.20703234561456;
post_1_42_1.lo = 0;
post_1_42_1.up = 24.20703234561456;
post_1_43_0.lo = 0;
post_1_43_0.up = 23.55203101281238;
post_1_43_1.lo = 0;
post_1_43_1.up = 23.55203101281238;
post_1_44_0.lo = 0;
post_1_44_0.up = 24.52615865178256;
post_1_44_1.lo = 0;
post_1_44_1.up = 24.52615865178256;
post_1_45_0.lo = 0;
post_1_45_0.up = 15.16294626723429;
post_1_45_1.lo = 0;
post_1_45_1.up = 15.16294626723429;
post_1_46_0.lo = 0;
post_1_46_0.up = 19.251137863422073;
post_1_46_1.lo = 0;
post_1_46_1.up = 19.251137863422073;
post_1_47_0.lo = 0;
post_1_47_0.up = 20.833197974841184;
post_1_47_1.lo = 0;
post_1_47_1.up = 20.833197974841184;
b_2_0.lo = -3;
b_2_0.up = 3;
out_0_0.lo = -48.03333520473481;
out_0_0.up = 48.03333520473481;
out_1_0.lo = -51.76796795102717;
out_1_0.up = 51.76796795102717;
out_2_0.lo = -46.058515360481266;
out_2_0.up = 46.058515360481266;
out_3_0.lo = -45.75083886290379;
out_3_0.up = 45.75083886290379;
out_4_0.lo = -29.702975869621447;
out_4_0.up = 29.702975869621447;
out_5_0.lo = -40.76375187564763;
out_5_0.up = 40.76375187564763;
out_6_0.lo = -40.66828097498639;
out_6_0.up = 40.66828097498639;
out_7_0.lo = -30.452686429998142;
out_7_0.up = 30.452686429998142;
out_8_0.lo = -43.0871657349838;
out_8_0.up = 43.0871657349838;
out_9_0.lo = -44.9895836372493;
out_9_0.up = 44.9895836372493;
out_10_0.lo = -33.20061624619523;
out_10_0.up = 33.20061624619523;
out_11_0.lo = -38.135354555945455;
out_11_0.up = 38.135354555945455;
out_12_0.lo = -29.88633585611307;
out_12_0.up = 29.88633585611307;
out_13_0.lo = -28.34121956193319;
out_13_0.up = 28.34121956193319;
out_14_0.lo = -50.647128610989;
out_14_0.up = 50.647128610989;
out_15_0.lo = -28.694446824744865;
out_15_0.up = 28.694446824744865;
out_16_0.lo = -30.807503008455168;
out_16_0.up = 30.807503008455168;
out_17_0.lo = -30.7369118627294;
out_17_0.up = 30.7369118627294;
out_18_0.lo = -44.87220330497085;
out_18_0.up = 44.87220330497085;
out_19_0.lo = -40.41018483973167;
out_19_0.up = 40.41018483973167;
out_20_0.lo = -43.31072838511492;
out_20_0.up = 43.31072838511492;
out_21_0.lo = -43.936132361439064;
out_21_0.up = 43.936132361439064;
out_22_0.lo = -42.79133656736923;
out_22_0.up = 42.79133656736923;
out_23_0.lo = -35.377721992411466;
out_23_0.up = 35.377721992411466;
out_24_0.lo = -41.36455420656769;
out_24_0.up = 41.36455420656769;
out_25_0.lo = -40.563366928106234;
out_25_0.up = 40.563366928106234;
out_26_0.lo = -46.58642075537842;
out_26_0.up = 46.58642075537842;
out_27_0.lo = -31.13890511404541;
out_27_0.up = 31.13890511404541;
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
out_41_0.lo = -55.31591585853398;
out_41_0.up = 55.31591585853398;
out_42_0.lo = -51.41406469122912;
out_42_0.up = 51.41406469122912;
out_43_0.lo = -50.10406202562476;
out_43_0.up = 50.10406202562476;
out_44_0.lo = -52.05231730356512;
out_44_0.up = 52.05231730356512;
out_45_0.lo = -33.32589253446858;
out_45_0.up = 33.32589253446858;
out_46_0.lo = -41.50227572684415;
out_46_0.up = 41.50227572684415;
out_47_0.lo = -44.66639594968237;
out_47_0.up = 44.66639594968237;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 22.516667602367406;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 22.516667602367406;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 24.383983975513583;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 24.383983975513583;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 21.529257680240633;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 21.529257680240633;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 21.375419431451895;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 21.375419431451895;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 13.351487934810724;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 13.351487934810724;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 18.881875937823814;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 18.881875937823814;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 18.834140487493194;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 18.834140487493194;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 13.726343214999071;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 13.726343214999071;
post_positive_8_0.lo = 0;
post_positive_8_0.up = 20.0435828674919;
post_positive_8_1.lo = 0;
post_positive_8_1.up = 20.0435828674919;
post_positive_9_0.lo = 0;
post_positive_9_0.up = 20.99479181862465;
post_positive_9_1.lo = 0;
post_positive_9_1.up = 20.99479181862465;
post_positive_10_0.lo = 0;
post_positive_10_0.up = 15.100308123097616;
post_positive_10_1.lo = 0;
post_positive_10_1.up = 15.100308123097616;
post_positive_11_0.lo = 0;
post_positive_11_0.up = 17.567677277972727;
post_positive_11_1.lo = 0;
post_positive_11_1.up = 17.567677277972727;
post_positive_12_0.lo = 0;
post_positive_12_0.up = 13.443167928056535;
post_positive_12_1.lo = 0;
post_positive_12_1.up = 13.443167928056535;
post_positive_13_0.lo = 0;
post_positive_13_0.up = 12.670609780966595;
post_positive_13_1.lo = 0;
post_positive_13_1.up = 12.670609780966595;
post_positive_14_0.lo = 0;
post_positive_14_0.up = 23.8235643054945;
post_positive_14_1.lo = 0;
post_positive_14_1.up = 23.8235643054945;
post_positive_15_0.lo = 0;
post_positive_15_0.up = 12.847223412372433;
post_positive_15_1.lo = 0;
post_positive_15_1.up = 12.847223412372433;
post_positive_16_0.lo = 0;
post_positive_16_0.up = 13.903751504227584;
post_positive_16_1.lo = 0;
post_positive_16_1.up = 13.903751504227584;
post_positive_17_0.lo = 0;
post_positive_17_0.up = 13.8684559313647;
post_positive_17_1.lo = 0;
post_positive_17_1.up = 13.8684559313647;
post_positive_18_0.lo = 0;
post_positive_18_0.up = 20.936101652485426;
post_positive_18_1.lo = 0;
post_positive_18_1.up = 20.936101652485426;
post_positive_19_0.lo = 0;
post_positive_19_0.up = 18.705092419865835;
post_positive_19_1.lo = 0;
post_positive_19_1.up = 18.705092419865835;
post_positive_20_0.lo = 0;
post_positive_20_0.up = 20.15536419255746;
post_positive_20_1.lo = 0;
post_positive_20_1.up = 20.15536419255746;
post_positive_21_0.lo = 0;
post_positive_21_0.up = 20.468066180719532;
post_positive_21_1.lo = 0;
post_positive_21_1.up = 20.468066180719532;
post_positive_22_0.lo = 0;
post_positive_22_0.up = 19.895668283684614;
post_positive_22_1.lo = 0;
post_positive_22_1.up = 19.895668283684614;
post_positive_23_0.lo = 0;
post_positive_23_0.up = 16.188860996205733;
post_positive_23_1.lo = 0;
post_positive_23_1.up = 16.188860996205733;
post_positive_24_0.lo = 0;
post_positive_24_0.up = 19.182277103283845;
post_positive_24_1.lo = 0;
post_positive_24_1.up = 19.182277103283845;
post_positive_25_0.lo = 0;
post_positive_25_0.up = 18.781683464053117;
post_positive_25_1.lo = 0;
post_positive_25_1.up = 18.781683464053117;
post_positive_26_0.lo = 0;
post_positive_26_0.up = 21.79321037768921;
post_positive_26_1.lo = 0;
post_positive_26_1.up = 21.79321037768921;
post_positive_27_0.lo = 0;
post_positive_27_0.up = 14.069452557022705;
post_positive_27_1.lo = 0;
post_positive_27_1.up = 14.069452557022705;
post_positive_28_0.lo = 0;
post_positive_28_0.up = 17.50462981178663;
post_positive_28_1.lo = 0;
post_positive_28_1.up = 17.50462981178663;
post_positive_29_0.lo = 0;
post_positive_29_0.up = 19.386052960710046;
post_positive_29_1.lo = 0;
post_positive_29_1.up = 19.386052960710046;
post_positive_30_0.lo = 0;
post_positive_30_0.up = 18.425031695450635;
post_positive_30_1.lo = 0;
post_positive_30_1.up = 18.425031695450635;
post_positive_31_0.lo = 0;
post_positive_31_0.up = 17.761993170337504;
post_positive_31_1.lo = 0;
post_positive_31_1.up = 17.761993170337504;
post_positive_32_0.lo = 0;
post_positive_32_0.up = 17.184504240055624;
post_positive_32_1.lo = 0;
post_positive_32_1.up = 17.184504240055624;
post_positive_33_0.lo = 0;
post_positive_33_0.up = 12.509726888993441;
post_positive_33_1.lo = 0;
post_positive_33_1.up = 12.509726888993441;
post_positive_34_0.lo = 0;
post_positive_34_0.up = 25.99272324311561;
post_positive_34_1.lo = 0;
post_positive_34_1.up = 25.99272324311561;
post_positive_35_0.lo = 0;
post_positive_35_0.up = 14.358306707985516;
post_positive_35_1.lo = 0;
post_positive_35_1.up = 14.358306707985516;
post_positive_36_0.lo = 0;
post_positive_36_0.up = 9.574010364764726;
post_positive_36_1.lo = 0;
post_positive_36_1.up = 9.574010364764726;
post_positive_37_0.lo = 0;
post_positive_37_0.up = 15.68033732444646;
post_positive_37_1.lo = 0;
post_positive_37_1.up = 15.68033732444646;
post_positive_38_0.lo = 0;
post_positive_38_0.up = 17.021276096012627;
post_positive_38_1.lo = 0;
post_positive_38_1.up = 17.021276096012627;
post_positive_39_0.lo = 0;
post_positive_39_0.up = 23.708286959984513;
post_positive_39_1.lo = 0;
post_positive_39_1.up = 23.708286959984513;
post_positive_40_0.lo = 0;
post_positive_40_0.up = 20.815902822615648;
post_positive_40_1.lo = 0;
post_positive_40_1.up = 20.815902822615648;
post_positive_41_0.lo = 0;
post_positive_41_0.up = 26.15795792926699;
post_positive_41_1.lo = 0;
post_positive_41_1.up = 26.15795792926699;
post_positive_42_0.lo = 0;
post_positive_42_0.up = 24.20703234561456;
post_positive_42_1.lo = 0;
post_positive_42_1.up = 24.20703234561456;
post_positive_43_0.lo = 0;
post_positive_43_0.up = 23.55203101281238;
post_positive_43_1.lo = 0;
post_positive_43_1.up = 23.55203101281238;
post_positive_44_0.lo = 0;
post_positive_44_0.up = 24.52615865178256;
post_positive_44_1.lo = 0;
post_positive_44_1.up = 24.52615865178256;
post_positive_45_0.lo = 0;
post_positive_45_0.up = 15.16294626723429;
post_positive_45_1.lo = 0;
post_positive_45_1.up = 15.16294626723429;
post_positive_46_0.lo = 0;
post_positive_46_0.up = 19.251137863422073;
post_positive_46_1.lo = 0;
post_positive_46_1.up = 19.251137863422073;
post_positive_47_0.lo = 0;
post_positive_47_0.up = 20.833197974841184;
post_positive_47_1.lo = 0;
post_positive_47_1.up = 20.833197974841184;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 22.516667602367406;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 22.516667602367406;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 24.383983975513583;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 24.383983975513583;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 21.529257680240633;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 21.529257680240633;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 21.375419431451895;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 21.375419431451895;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 13.351487934810724;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 13.351487934810724;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 18.881875937823814;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 18.881875937823814;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 18.834140487493194;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 18.834140487493194;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 13.726343214999071;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 13.726343214999071;
post_negative_8_0.lo = 0;
post_negative_8_0.up = 20.0435828674919;
post_negative_8_1.lo = 0;
post_negative_8_1.up = 20.0435828674919;
post_negative_9_0.lo = 0;
post_negative_9_0.up = 20.99479181862465;
post_negative_9_1.lo = 0;
post_negative_9_1.up = 20.99479181862465;
post_negative_10_0.lo = 0;
post_negative_10_0.up = 15.100308123097616;
post_negative_10_1.lo = 0;
post_negative_10_1.up = 15.100308123097616;
post_negative_11_0.lo = 0;
post_negative_11_0.up = 17.567677277972727;
post_negative_11_1.lo = 0;
post_negative_11_1.up = 17.567677277972727;
post_negative_12_0.lo = 0;
post_negative_12_0.up = 13.443167928056535;
post_negative_12_1.lo = 0;
post_negative_12_1.up = 13.443167928056535;
post_negative_13_0.lo = 0;
post_negative_13_0.up = 12.670609780966595;
post_negative_13_1.lo = 0;
post_negative_13_1.up = 12.670609780966595;
post_negative_14_0.lo = 0;
post_negative_14_0.up = 23.8235643054945;
post_negative_14_1.lo = 0;
post_negative_14_1.up = 23.8235643054945;
post_negative_15_0.lo = 0;
post_negative_15_0.up = 12.847223412372433;
post_negative_15_1.lo = 0;
post_negative_15_1.up = 12.847223412372433;
post_negative_16_0.lo = 0;
post_negative_16_0.up = 13.903751504227584;
post_negative_16_1.lo = 0;
post_negative_16_1.up = 13.903751504227584;
post_negative_17_0.lo = 0;
post_negative_17_0.up = 13.8684559313647;
post_negative_17_1.lo = 0;
post_negative_17_1.up = 13.8684559313647;
post_negative_18_0.lo = 0;
post_negative_18_0.up = 20.936101652485426;
post_negative_18_1.lo = 0;
post_negative_18_1.up = 20.936101652485426;
post_negative_19_0.lo = 0;
post_negative_19_0.up = 18.705092419865835;
post_negative_19_1.lo = 0;
post_negative_19_1.up = 18.705092419865835;
post_negative_20_0.lo = 0;
post_negative_20_0.up = 20.15536419255746;
post_negative_20_1.lo = 0;
post_negative_20_1.up = 20.15536419255746;
post_negative_21_0.lo = 0;
post_negative_21_0.up = 20.468066180719532;
post_negative_21_1.lo = 0;
post_negative_21_1.up = 20.468066180719532;
post_negative_22_0.lo = 0;
post_negative_22_0.up = 19.895668283684614;
post_negative_22_1.lo = 0;
post_negative_22_1.up = 19.895668283684614;
post_negative_23_0.lo = 0;
post_negative_23_0.up = 16.188860996205733;
post_negative_23_1.lo = 0;
post_negative_23_1.up = 16.188860996205733;
post_negative_24_0.lo = 0;
post_negative_24_0.up = 19.182277103283845;
post_negative_24_1.lo = 0;
post_negative_24_1.up = 19.182277103283845;
post_negative_25_0.lo = 0;
post_negative_25_0.up = 18.781683464053117;
post_negative_25_1.lo = 0;
post_negative_25_1.up = 18.781683464053117;
post_negative_26_0.lo = 0;
post_negative_26_0.up = 21.79321037768921;
post_negative_26_1.lo = 0;
post_negative_26_1.up = 21.79321037768921;
post_negative_27_0.lo = 0;
post_negative_27_0.up = 14.069452557022705;
post_negative_27_1.lo = 0;
post_negative_27_1.up = 14.069452557022705;
post_negative_28_0.lo = 0;
post_negative_28_0.up = 17.50462981178663;
post_negative_28_1.lo = 0;
post_negative_28_1.up = 17.50462981178663;
post_negative_29_0.lo = 0;
post_negative_29_0.up = 19.386052960710046;
post_negative_29_1.lo = 0;
post_negative_29_1.up = 19.386052960710046;
post_negative_30_0.lo = 0;
post_negative_30_0.up = 18.425031695450635;
post_negative_30_1.lo = 0;
post_negative_30_1.up = 18.425031695450635;
post_negative_31_0.lo = 0;
post_negative_31_0.up = 17.761993170337504;
post_negative_31_1.lo = 0;
post_negative_31_1.up = 17.761993170337504;
post_negative_32_0.lo = 0;
post_negative_32_0.up = 17.184504240055624;
post_negative_32_1.lo = 0;
post_negative_32_1.up = 17.184504240055624;
post_negative_33_0.lo = 0;
post_negative_33_0.up = 12.509726888993441;
post_negative_33_1.lo = 0;
post_negative_33_1.up = 12.509726888993441;
post_negative_34_0.lo = 0;
post_negative_34_0.up = 25.99272324311561;
post_negative_34_1.lo = 0;
post_negative_34_1.up = 25.99272324311561;
post_negative_35_0.lo = 0;
post_negative_35_0.up = 14.358306707985516;
post_negative_35_1.lo = 0;
post_negative_35_1.up = 14.358306707985516;
post_negative_36_0.lo = 0;
post_negative_36_0.up = 9.574010364764726;
post_negative_36_1.lo = 0;
post_negative_36_1.up = 9.574010364764726;
post_negative_37_0.lo = 0;
post_negative_37_0.up = 15.68033732444646;
post_negative_37_1.lo = 0;
post_negative_37_1.up = 15.68033732444646;
post_negative_38_0.lo = 0;
post_negative_38_0.up = 17.021276096012627;
post_negative_38_1.lo = 0;
post_negative_38_1.up = 17.021276096012627;
post_negative_39_0.lo = 0;
post_negative_39_0.up = 23.708286959984513;
post_negative_39_1.lo = 0;
post_negative_39_1.up = 23.708286959984513;
post_negative_40_0.lo = 0;
post_negative_40_0.up = 20.815902822615648;
post_negative_40_1.lo = 0;
post_negative_40_1.up = 20.815902822615648;
post_negative_41_0.lo = 0;
post_negative_41_0.up = 26.15795792926699;
post_negative_41_1.lo = 0;
post_negative_41_1.up = 26.15795792926699;
post_negative_42_0.lo = 0;
post_negative_42_0.up = 24.20703234561456;
post_negative_42_1.lo = 0;
post_negative_42_1.up = 24.20703234561456;
post_negative_43_0.lo = 0;
post_negative_43_0.up = 23.55203101281238;
post_negative_43_1.lo = 0;
post_negative_43_1.up = 23.55203101281238;
post_negative_44_0.lo = 0;
post_negative_44_0.up = 24.52615865178256;
post_negative_44_1.lo = 0;
post_negative_44_1.up = 24.52615865178256;
post_negative_45_0.lo = 0;
post_negative_45_0.up = 15.16294626723429;
post_negative_45_1.lo = 0;
post_negative_45_1.up = 15.16294626723429;
post_negative_46_0.lo = 0;
post_negative_46_0.up = 19.251137863422073;
post_negative_46_1.lo = 0;
post_negative_46_1.up = 19.251137863422073;
post_negative_47_0.lo = 0;
post_negative_47_0.up = 20.833197974841184;
post_negative_47_1.lo = 0;
post_negative_47_1.up = 20.833197974841184;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
