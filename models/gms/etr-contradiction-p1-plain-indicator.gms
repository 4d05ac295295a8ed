* etr-contradiction-p1-plain-indicator  (relu-opt library: etr-contradiction, problem 1, plain-indicator; {"hidden": [4], "bound": 11.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_1_2_0, w_1_2_1, w_1_3_0,
  w_1_3_1, w_2_0_0, w_2_0_1, w_2_0_2, w_2_0_3, w_2_1_0, w_2_1_1, w_2_1_2,
  w_2_1_3, b_1_0, b_1_1, b_1_2, b_1_3, b_2_0, b_2_1, pre_1_0_0,
  pre_1_0_1, pre_1_0_2, pre_1_0_3, pre_1_1_0, pre_1_1_1, pre_1_1_2, pre_1_1_3, pre_1_2_0,
  pre_1_2_1, pre_1_2_2, pre_1_2_3, pre_1_3_0, pre_1_3_1, pre_1_3_2, pre_1_3_3, pre_1_4_0,
  pre_1_4_1, pre_1_4_2, pre_1_4_3, pre_1_5_0, pre_1_5_1, pre_1_5_2, pre_1_5_3, pre_1_6_0,
  pre_1_6_1, pre_1_6_2, pre_1_6_3, pre_1_7_0, pre_1_7_1, pre_1_7_2, pre_1_7_3, pre_1_8_0,
  pre_1_8_1, pre_1_8_2, pre_1_8_3, pre_1_9_0, pre_1_9_1, pre_1_9_2, pre_1_9_3, pre_1_10_0,
  pre_1_10_1, pre_1_10_2, pre_1_10_3, pre_1_11_0, pre_1_11_1, pre_1_11_2, pre_1_11_3, pre_1_12_0,
  pre_1_12_1, pre_1_12_2, pre_1_12_3, pre_1_13_0, pre_1_13_1, pre_1_13_2, pre_1_13_3, pre_1_14_0,
  pre_1_14_1, pre_1_14_2, pre_1_14_3, pre_1_15_0, pre_1_15_1, pre_1_15_2, pre_1_15_3, pre_1_16_0,
  pre_1_16_1, pre_1_16_2, pre_1_16_3, pre_1_17_0, pre_1_17_1, pre_1_17_2, pre_1_17_3, pre_1_18_0,
  pre_1_18_1, pre_1_18_2, pre_1_18_3, pre_1_19_0, pre_1_19_1, pre_1_19_2, pre_1_19_3, pre_1_20_0,
  pre_1_20_1, pre_1_20_2, pre_1_20_3, pre_1_21_0, pre_1_21_1, pre_1_21_2, pre_1_21_3, pre_1_22_0,
  pre_1_22_1, pre_1_22_2, pre_1_22_3, pre_1_23_0, pre_1_23_1, pre_1_23_2, pre_1_23_3, pre_1_24_0,
  pre_1_24_1, pre_1_24_2, pre_1_24_3, pre_1_25_0, pre_1_25_1, pre_1_25_2, pre_1_25_3, pre_1_26_0,
  pre_1_26_1, pre_1_26_2, pre_1_26_3, pre_1_27_0, pre_1_27_1, pre_1_27_2, pre_1_27_3, pre_1_28_0,
  pre_1_28_1, pre_1_28_2, pre_1_28_3, pre_1_29_0, pre_1_29_1, pre_1_29_2, pre_1_29_3, pre_1_30_0,
  pre_1_30_1, pre_1_30_2, pre_1_30_3, pre_1_31_0, pre_1_31_1, pre_1_31_2, pre_1_31_3, pre_1_32_0,
  pre_1_32_1, pre_1_32_2, pre_1_32_3, pre_1_33_0, pre_1_33_1, pre_1_33_2, pre_1_33_3, pre_1_34_0,
  pre_1_34_1, pre_1_34_2, pre_1_34_3, pre_1_35_0, pre_1_35_1, pre_1_35_2, pre_1_35_3, pre_1_36_0,
  pre_1_36_1, pre_1_36_2, pre_1_36_3, pre_1_37_0, pre_1_37_1, pre_1_37_2, pre_1_37_3, pre_1_38_0,
  pre_1_38_1, pre_1_38_2, pre_1_38_3, pre_1_39_0, pre_1_39_1, pre_1_39_2, pre_1_39_3, pre_1_40_0,
  pre_1_40_1, pre_1_40_2, pre_1_40_3, pre_1_41_0, pre_1_41_1, pre_1_41_2, pre_1_41_3, pre_1_42_0,
  pre_1_42_1, pre_1_42_2, pre_1_42_3, pre_1_43_0, pre_1_43_1, pre_1_43_2, pre_1_43_3, pre_1_44_0,
  pre_1_44_1, pre_1_44_2, pre_1_44_3, pre_1_45_0, pre_1_45_1, pre_1_45_2, pre_1_45_3, post_1_0_0,
  post_1_0_1, post_1_0_2, post_1_0_3, post_1_1_0, post_1_1_1, post_1_1_2, post_1_1_3, post_1_2_0,
  post_1_2_1, post_1_2_2, post_1_2_3, post_1_3_0, post_1_3_1, post_1_3_2, post_1_3_3, post_1_4_0,
  post_1_4_1, post_1_4_2, post_1_4_3, post_1_5_0, post_1_5_1, post_1_5_2, post_1_5_3, post_1_6_0,
  post_1_6_1, post_1_6_2, post_1_6_3, post_1_7_0, post_1_7_1, post_1_7_2, post_1_7_3, post_1_8_0,
  post_1_8_1, post_1_8_2, post_1_8_3, post_1_9_0, post_1_9_1, post_1_9_2, post_1_9_3, post_1_10_0,
  post_1_10_1, post_1_10_2, post_1_10_3, post_1_11_0, post_1_11_1, post_1_11_2, post_1_11_3, post_1_12_0,
  post_1_12_1, post_1_12_2, post_1_12_3, post_1_13_0, post_1_13_1, post_1_13_2, post_1_13_3, post_1_14_0,
  post_1_14_1, post_1_14_2, post_1_14_3, post_1_15_0, post_1_15_1, post_1_15_2, post_1_15_3, post_1_16_0,
  post_1_16_1, post_1_16_2, post_1_16_3, post_1_17_0, post_1_17_1, post_1_17_2, post_1_17_3, post_1_18_0,
  post_1_18_1, post_1_18_2, post_1_18_3, post_1_19_0, post_1_19_1, post_1_19_2, post_1_19_3, post_1_20_0,
  post_1_20_1, post_1_20_2, post_1_20_3, post_1_21_0, post_1_21_1, post_1_21_2, post_1_21_3, post_1_22_0,
  post_1_22_1, post_1_22_2, post_1_22_3, post_1_23_0, post_1_23_1, post_1_23_2, post_1_23_3, post_1_24_0,
  post_1_24_1, post_1_24_2, post_1_24_3, post_1_25_0, post_1_25_1, post_1_25_2, post_1_25_3, post_1_26_0,
  post_1_26_1, post_1_26_2, post_1_26_3, post_1_27_0, post_1_27_1, post_1_27_2, post_1_27_3, post_1_28_0,
  post_1_28_1, post_1_28_2, post_1_28_3, post_1_29_0, post_1_29_1, post_1_29_2, post_1_29_3, post_1_30_0,
  post_1_30_1, post_1_30_2, post_1_30_3, post_1_31_0, post_1_31_1, post_1_31_2, post_1_31_3, post_1_32_0,
  post_1_32_1, post_1_32_2, post_1_32_3, post_1_33_0, post_1_33_1, post_1_33_2, post_1_33_3, post_1_34_0,
  post_1_34_1, post_1_34_2, post_1_34_3, post_1_35_0, post_1_35_1, post_1_35_2, post_1_35_3, post_1_36_0,
  post_1_36_1, post_1_36_2, post_1_36_3, post_1_37_0, post_1_37_1, post_1_37_2, post_1_37_3, post_1_38_0,
  post_1_38_1, post_1_38_2, post_1_38_3, post_1_39_0, post_1_39_1, post_1_39_2, post_1_39_3, post_1_40_0,
  post_1_40_1, post_1_40_2, post_1_40_3, post_1_41_0, post_1_41_1, post_1_41_2, post_1_41_3, post_1_42_0,
  post_1_42_1, post_1_42_2, post_1_42_3, post_1_43_0, post_1_43_1, post_1_43_2, post_1_43_3, post_1_44_0,
  post_1_44_1, post_1_44_2, post_1_44_3, post_1_45_0, post_1_45_1, post_1_45_2, post_1_45_3, out_0_0,
  out_0_1, out_1_0, out_1_1, out_2_0, out_2_1, out_3_0, out_3_1, out_4_0,
  out_4_1, out_5_0, out_5_1, out_6_0, out_6_1, out_7_0, out_7_1, out_8_0,
  out_8_1, out_9_0, out_9_1, out_10_0, out_10_1, out_11_0, out_11_1, out_12_0,
  out_12_1, out_13_0, out_13_1, out_14_0, out_14_1, out_15_0, out_15_1, out_16_0,
  out_16_1, out_17_0, out_17_1, out_18_0, out_18_1, out_19_0, out_19_1, out_20_0,
  out_20_1, out_21_0, out_21_1, out_22_0, out_22_1, out_23_0, out_23_1, out_24_0,
  out_24_1, out_25_0, out_25_1, out_26_0, out_26_1, out_27_0, out_27_1, out_28_0,
  out_28_1, out_29_0, out_29_1, out_30_0, out_30_1, out_31_0, out_31_1, out_32_0,
  out_32_1, out_33_0, out_33_1, out_34_0, out_34_1, out_35_0, out_35_1, out_36_0,
  out_36_1, out_37_0, out_37_1, out_38_0, out_38_1, out_39_0, out_39_1, out_40_0,
  out_40_1, out_41_0, out_41_1, out_42_0, out_42_1, out_43_0, out_43_1, out_44_0,
  out_44_1, out_45_0, out_45_1;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_0_2_on_binary_indicator_var, relu_1_0_2_off_binary_indicator_var, relu_1_0_3_on_binary_indicator_var, relu_1_0_3_off_binary_indicator_var,
  relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var, relu_1_1_2_on_binary_indicator_var, relu_1_1_2_off_binary_indicator_var, relu_1_1_3_on_binary_indicator_var, relu_1_1_3_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_2_2_on_binary_indicator_var, relu_1_2_2_off_binary_indicator_var, relu_1_2_3_on_binary_indicator_var, relu_1_2_3_off_binary_indicator_var,
  relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var, relu_1_3_2_on_binary_indicator_var, relu_1_3_2_off_binary_indicator_var, relu_1_3_3_on_binary_indicator_var, relu_1_3_3_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_4_2_on_binary_indicator_var, relu_1_4_2_off_binary_indicator_var, relu_1_4_3_on_binary_indicator_var, relu_1_4_3_off_binary_indicator_var,
  relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var, relu_1_5_2_on_binary_indicator_var, relu_1_5_2_off_binary_indicator_var, relu_1_5_3_on_binary_indicator_var, relu_1_5_3_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_6_2_on_binary_indicator_var, relu_1_6_2_off_binary_indicator_var, relu_1_6_3_on_binary_indicator_var, relu_1_6_3_off_binary_indicator_var,
  relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var, relu_1_7_2_on_binary_indicator_var, relu_1_7_2_off_binary_indicator_var, relu_1_7_3_on_binary_indicator_var, relu_1_7_3_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var, relu_1_8_2_on_binary_indicator_var, relu_1_8_2_off_binary_indicator_var, relu_1_8_3_on_binary_indicator_var, relu_1_8_3_off_binary_indicator_var,
  relu_1_9_0_on_binary_indicator_var, relu_1_9_0_off_binary_indicator_var, relu_1_9_1_on_binary_indicator_var, relu_1_9_1_off_binary_indicator_var, relu_1_9_2_on_binary_indicator_var, relu_1_9_2_off_binary_indicator_var, relu_1_9_3_on_binary_indicator_var, relu_1_9_3_off_binary_indicator_var,
  relu_1_10_0_on_binary_indicator_var, relu_1_10_0_off_binary_indicator_var, relu_1_10_1_on_binary_indicator_var, relu_1_10_1_off_binary_indicator_var, relu_1_10_2_on_binary_indicator_var, relu_1_10_2_off_binary_indicator_var, relu_1_10_3_on_binary_indicator_var, relu_1_10_3_off_binary_indicator_var,
  relu_1_11_0_on_binary_indicator_var, relu_1_11_0_off_binary_indicator_var, relu_1_11_1_on_binary_indicator_var, relu_1_11_1_off_binary_indicator_var, relu_1_11_2_on_binary_indicator_var, relu_1_11_2_off_binary_indicator_var, relu_1_11_3_on_binary_indicator_var, relu_1_11_3_off_binary_indicator_var,
  relu_1_12_0_on_binary_indicator_var, relu_1_12_0_off_binary_indicator_var, relu_1_12_1_on_binary_indicator_var, relu_1_12_1_off_binary_indicator_var, relu_1_12_2_on_binary_indicator_var, relu_1_12_2_off_binary_indicator_var, relu_1_12_3_on_binary_indicator_var, relu_1_12_3_off_binary_indicator_var,
  relu_1_13_0_on_binary_indicator_var, relu_1_13_0_off_binary_indicator_var, relu_1_13_1_on_binary_indicator_var, relu_1_13_1_off_binary_indicator_var, relu_1_13_2_on_binary_indicator_var, relu_1_13_2_off_binary_indicator_var, relu_1_13_3_on_binary_indicator_var, relu_1_13_3_off_binary_indicator_var,
  relu_1_14_0_on_binary_indicator_var, relu_1_14_0_off_binary_indicator_var, relu_1_14_1_on_binary_indicator_var, relu_1_14_1_off_binary_indicator_var, relu_1_14_2_on_binary_indicator_var, relu_1_14_2_off_binary_indicator_var, relu_1_14_3_on_binary_indicator_var, relu_1_14_3_off_binary_indicator_var,
  relu_1_15_0_on_binary_indicator_var, relu_1_15_0_off_binary_indicator_var, relu_1_15_1_on_binary_indicator_var, relu_1_15_1_off_binary_indicator_var, relu_1_15_2_on_binary_indicator_var, relu_1_15_2_off_binary_indicator_var, relu_1_15_3_on_binary_indicator_var, relu_1_15_3_off_binary_indicator_var,
  relu_1_16_0_on_binary_indicator_var, relu_1_16_0_off_binary_indicator_var, relu_1_16_1_on_binary_indicator_var, relu_1_16_1_off_binary_indicator_var, relu_1_16_2_on_binary_indicator_var, relu_1_16_2_off_binary_indicator_var, relu_1_16_3_on_binary_indicator_var, relu_1_16_3_off_binary_indicator_var,
  relu_1_17_0_on_binary_indicator_var, relu_1_17_0_off_binary_indicator_var, relu_1_17_1_on_binary_indicator_var, relu_1_17_1_off_binary_indicator_var, relu_1_17_2_on_binary_indicator_var, relu_1_17_2_off_binary_indicator_var, relu_1_17_3_on_binary_indicator_var, relu_1_17_3_off_binary_indicator_var,
  relu_1_18_0_on_binary_indicator_var, relu_1_18_0_off_binary_indicator_var, relu_1_18_1_on_binary_indicator_var, relu_1_18_1_off_binary_indicator_var, relu_1_18_2_on_binary_indicator_var, relu_1_18_2_off_binary_indicator_var, relu_1_18_3_on_binary_indicator_var, relu_1_18_3_off_binary_indicator_var,
  relu_1_19_0_on_binary_indicator_var, relu_1_19_0_off_binary_indicator_var, relu_1_19_1_on_binary_indicator_var, relu_1_19_1_off_binary_indicator_var, relu_1_19_2_on_binary_indicator_var, relu_1_19_2_off_binary_indicator_var, relu_1_19_3_on_binary_indicator_var, relu_1_19_3_off_binary_indicator_var,
  relu_1_20_0_on_binary_indicator_var, relu_1_20_0_off_binary_indicator_var, relu_1_20_1_on_binary_indicator_var, relu_1_20_1_off_binary_indicator_var, relu_1_20_2_on_binary_indicator_var, relu_1_20_2_off_binary_indicator_var, relu_1_20_3_on_binary_indicator_var, relu_1_20_3_off_binary_indicator_var,
  relu_1_21_0_on_binary_indicator_var, relu_1_21_0_off_binary_indicator_var, relu_1_21_1_on_binary_indicator_var, relu_1_21_1_off_binary_indicator_var, relu_1_21_2_on_binary_indicator_var, relu_1_21_2_off_binary_indicator_var, relu_1_21_3_on_binary_indicator_var, relu_1_21_3_off_binary_indicator_var,
  relu_1_22_0_on_binary_indicator_var, relu_1_22_0_off_binary_indicator_var, relu_1_22_1_on_binary_indicator_var, relu_1_22_1_off_binary_indicator_var, relu_1_22_2_on_binary_indicator_var, relu_1_22_2_off_binary_indicator_var, relu_1_22_3_on_binary_indicator_var, relu_1_22_3_off_binary_indicator_var,
  relu_1_23_0_on_binary_indicator_var, relu_1_23_0_off_binary_indicator_var, relu_1_23_1_on_binary_indicator_var, relu_1_23_1_off_binary_indicator_var, relu_1_23_2_on_binary_indicator_var, relu_1_23_2_off_binary_indicator_var, relu_1_23_3_on_binary_indicator_var, relu_1_23_3_off_binary_indicator_var,
  relu_1_24_0_on_binary_indicator_var, relu_1_24_0_off_binary_indicator_var, relu_1_24_1_on_binary_indicator_var, relu_1_24_1_off_binary_indicator_var, relu_1_24_2_on_binary_indicator_var, relu_1_24_2_off_binary_indicator_var, relu_1_24_3_on_binary_indicator_var, relu_1_24_3_off_binary_indicator_var,
  relu_1_25_0_on_binary_indicator_var, relu_1_25_0_off_binary_indicator_var, relu_1_25_1_on_binary_indicator_var, relu_1_25_1_off_binary_indicator_var, relu_1_25_2_on_binary_indicator_var, relu_1_25_2_off_binary_indicator_var, relu_1_25_3_on_binary_indicator_var, relu_1_25_3_off_binary_indicator_var,
  relu_1_26_0_on_binary_indicator_var, relu_1_26_0_off_binary_indicator_var, relu_1_26_1_on_binary_indicator_var, relu_1_26_1_off_binary_indicator_var, relu_1_26_2_on_binary_indicator_var, relu_1_26_2_off_binary_indicator_var, relu_1_26_3_on_binary_indicator_var, relu_1_26_3_off_binary_indicator_var,
  relu_1_27_0_on_binary_indicator_var, relu_1_27_0_off_binary_indicator_var, relu_1_27_1_on_binary_indicator_var, relu_1_27_1_off_binary_indicator_var, relu_1_27_2_on_binary_indicator_var, relu_1_27_2_off_binary_indicator_var, relu_1_27_3_on_binary_indicator_var, relu_1_27_3_off_binary_indicator_var,
  relu_1_28_0_on_binary_indicator_var, relu_1_28_0_off_binary_indicator_var, relu_1_28_1_on_binary_indicator_var, relu_1_28_1_off_binary_indicator_var, relu_1_28_2_on_binary_indicator_var, relu_1_28_2_off_binary_indicator_var, relu_1_28_3_on_binary_indicator_var, relu_1_28_3_off_binary_indicator_var,
  relu_1_29_0_on_binary_indicator_var, relu_1_29_0_off_binary_indicator_var, relu_1_29_1_on_binary_indicator_var, relu_1_29_1_off_binary_indicator_var, relu_1_29_2_on_binary_indicator_var, relu_1_29_2_off_binary_indicator_var, relu_1_29_3_on_binary_indicator_var, relu_1_29_3_off_binary_indicator_var,
  relu_1_30_0_on_binary_indicator_var, relu_1_30_0_off_binary_indicator_var, relu_1_30_1_on_binary_indicator_var, relu_1_30_1_off_binary_indicator_var, relu_1_30_2_on_binary_indicator_var, relu_1_30_2_off_binary_indicator_var, relu_1_30_3_on_binary_indicator_var, relu_1_30_3_off_binary_indicator_var,
  relu_1_31_0_on_binary_indicator_var, relu_1_31_0_off_binary_indicator_var, relu_1_31_1_on_binary_indicator_var, relu_1_31_1_off_binary_indicator_var, relu_1_31_2_on_binary_indicator_var, relu_1_31_2_off_binary_indicator_var, relu_1_31_3_on_binary_indicator_var, relu_1_31_3_off_binary_indicator_var,
  relu_1_32_0_on_binary_indicator_var, relu_1_32_0_off_binary_indicator_var, relu_1_32_1_on_binary_indicator_var, relu_1_32_1_off_binary_indicator_var, relu_1_32_2_on_binary_indicator_var, relu_1_32_2_off_binary_indicator_var, relu_1_32_3_on_binary_indicator_var, relu_1_32_3_off_binary_indicator_var,
  relu_1_33_0_on_binary_indicator_var, relu_1_33_0_off_binary_indicator_var, relu_1_33_1_on_binary_indicator_var, relu_1_33_1_off_binary_indicator_var, relu_1_33_2_on_binary_indicator_var, relu_1_33_2_off_binary_indicator_var, relu_1_33_3_on_binary_indicator_var, relu_1_33_3_off_binary_indicator_var,
  relu_1_34_0_on_binary_indicator_var, relu_1_34_0_off_binary_indicator_var, relu_1_34_1_on_binary_indicator_var, relu_1_34_1_off_binary_indicator_var, relu_1_34_2_on_binary_indicator_var, relu_1_34_2_off_binary_indicator_var, relu_1_34_3_on_binary_indicator_var, relu_1_34_3_off_binary_indicator_var,
  relu_1_35_0_on_binary_indicator_var, relu_1_35_0_off_binary_indicator_var, relu_1_35_1_on_binary_indicator_var, relu_1_35_1_off_binary_indicator_var, relu_1_35_2_on_binary_indicator_var, relu_1_35_2_off_binary_indicator_var, relu_1_35_3_on_binary_indicator_var, relu_1_35_3_off_binary_indicator_var,
  relu_1_36_0_on_binary_indicator_var, relu_1_36_0_off_binary_indicator_var, relu_1_36_1_on_binary_indicator_var, relu_1_36_1_off_binary_indicator_var, relu_1_36_2_on_binary_indicator_var, relu_1_36_2_off_binary_indicator_var, relu_1_36_3_on_binary_indicator_var, relu_1_36_3_off_binary_indicator_var,
  relu_1_37_0_on_binary_indicator_var, relu_1_37_0_off_binary_indicator_var, relu_1_37_1_on_binary_indicator_var, relu_1_37_1_off_binary_indicator_var, relu_1_37_2_on_binary_indicator_var, relu_1_37_2_off_binary_indicator_var, relu_1_37_3_on_binary_indicator_var, relu_1_37_3_off_binary_indicator_var,
  relu_1_38_0_on_binary_indicator_var, relu_1_38_0_off_binary_indicator_var, relu_1_38_1_on_binary_indicator_var, relu_1_38_1_off_binary_indicator_var, relu_1_38_2_on_binary_indicator_var, relu_1_38_2_off_binary_indicator_var, relu_1_38_3_on_binary_indicator_var, relu_1_38_3_off_binary_indicator_var,
  relu_1_39_0_on_binary_indicator_var, relu_1_39_0_off_binary_indicator_var, relu_1_39_1_on_binary_indicator_var, relu_1_39_1_off_binary_indicator_var, relu_1_39_2_on_binary_indicator_var, relu_1_39_2_off_binary_indicator_var, relu_1_39_3_on_binary_indicator_var, relu_1_39_3_off_binary_indicator_var,
  relu_1_40_0_on_binary_indicator_var, relu_1_40_0_off_binary_indicator_var, relu_1_40_1_on_binary_indicator_var, relu_1_40_1_off_binary_indicator_var, relu_1_40_2_on_binary_indicator_var, relu_1_40_2_off_binary_indicator_var, relu_1_40_3_on_binary_indicator_var, relu_1_40_3_off_binary_indicator_var,
  relu_1_41_0_on_binary_indicator_var, relu_1_41_0_off_binary_indicator_var, relu_1_41_1_on_binary_indicator_var, relu_1_41_1_off_binary_indicator_var, relu_1_41_2_on_binary_indicator_var, relu_1_41_2_off_binary_indicator_var, relu_1_41_3_on_binary_indicator_var, relu_1_41_3_off_binary_indicator_var,
  relu_1_42_0_on_binary_indicator_var, relu_1_42_0_off_binary_indicator_var, relu_1_42_1_on_binary_indicator_var, relu_1_42_1_off_binary_indicator_var, relu_1_42_2_on_binary_indicator_var, relu_1_42_2_off_binary_indicator_var, relu_1_42_3_on_binary_indicator_var, relu_1_42_3_off_binary_indicator_var,
  relu_1_43_0_on_binary_indicator_var, relu_1_43_0_off_binary_indicator_var, relu_1_43_1_on_binary_indicator_var, relu_1_43_1_off_binary_indicator_var, relu_1_43_2_on_binary_indicator_var, relu_1_43_2_off_binary_indicator_var, relu_1_43_3_on_binary_indicator_var, relu_1_43_3_off_binary_indicator_var,
  relu_1_44_0_on_binary_indicator_var, relu_1_44_0_off_binary_indicator_var, relu_1_44_1_on_binary_indicator_var, relu_1_44_1_off_binary_indicator_var, relu_1_44_2_on_binary_indicator_var, relu_1_44_2_off_binary_indicator_var, relu_1_44_3_on_binary_indicator_var, relu_1_44_3_off_binary_indicator_var,
  relu_1_45_0_on_binary_indicator_var, relu_1_45_0_off_binary_indicator_var, relu_1_45_1_on_binary_indicator_var, relu_1_45_1_off_binary_indicator_var, relu_1_45_2_on_binary_indicator_var, relu_1_45_2_off_binary_indicator_var, relu_1_45_3_on_binary_indicator_var, relu_1_45_3_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_0_3, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2,
  pre_definition_1_1_3, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_2_3, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2,
  pre_definition_1_3_3, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2, pre_definition_1_4_3, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2,
  pre_definition_1_5_3, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_6_3, pre_definition_1_7_0, pre_definition_1_7_1, pre_definition_1_7_2,
  pre_definition_1_7_3, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_8_3, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2,
  pre_definition_1_9_3, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_10_3, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2,
  pre_definition_1_11_3, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2, pre_definition_1_12_3, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2,
  pre_definition_1_13_3, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_14_3, pre_definition_1_15_0, pre_definition_1_15_1, pre_definition_1_15_2,
  pre_definition_1_15_3, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_16_2, pre_definition_1_16_3, pre_definition_1_17_0, pre_definition_1_17_1, pre_definition_1_17_2,
  pre_definition_1_17_3, pre_definition_1_18_0, pre_definition_1_18_1, pre_definition_1_18_2, pre_definition_1_18_3, pre_definition_1_19_0, pre_definition_1_19_1, pre_definition_1_19_2,
  pre_definition_1_19_3, pre_definition_1_20_0, pre_definition_1_20_1, pre_definition_1_20_2, pre_definition_1_20_3, pre_definition_1_21_0, pre_definition_1_21_1, pre_definition_1_21_2,
  pre_definition_1_21_3, pre_definition_1_22_0, pre_definition_1_22_1, pre_definition_1_22_2, pre_definition_1_22_3, pre_definition_1_23_0, pre_definition_1_23_1, pre_definition_1_23_2,
  pre_definition_1_23_3, pre_definition_1_24_0, pre_definition_1_24_1, pre_definition_1_24_2, pre_definition_1_24_3, pre_definition_1_25_0, pre_definition_1_25_1, pre_definition_1_25_2,
  pre_definition_1_25_3, pre_definition_1_26_0, pre_definition_1_26_1, pre_definition_1_26_2, pre_definition_1_26_3, pre_definition_1_27_0, pre_definition_1_27_1, pre_definition_1_27_2,
  pre_definition_1_27_3, pre_definition_1_28_0, pre_definition_1_28_1, pre_definition_1_28_2, pre_definition_1_28_3, pre_definition_1_29_0, pre_definition_1_29_1, pre_definition_1_29_2,
  pre_definition_1_29_3, pre_definition_1_30_0, pre_definition_1_30_1, pre_definition_1_30_2, pre_definition_1_30_3, pre_definition_1_31_0, pre_definition_1_31_1, pre_definition_1_31_2,
  pre_definition_1_31_3, pre_definition_1_32_0, pre_definition_1_32_1, pre_definition_1_32_2, pre_definition_1_32_3, pre_definition_1_33_0, pre_definition_1_33_1, pre_definition_1_33_2,
  pre_definition_1_33_3, pre_definition_1_34_0, pre_definition_1_34_1, pre_definition_1_34_2, pre_definition_1_34_3, pre_definition_1_35_0, pre_definition_1_35_1, pre_definition_1_35_2,
  pre_definition_1_35_3, pre_definition_1_36_0, pre_definition_1_36_1, pre_definition_1_36_2, pre_definition_1_36_3, pre_definition_1_37_0, pre_definition_1_37_1, pre_definition_1_37_2,
  pre_definition_1_37_3, pre_definition_1_38_0, pre_definition_1_38_1, pre_definition_1_38_2, pre_definition_1_38_3, pre_definition_1_39_0, pre_definition_1_39_1, pre_definition_1_39_2,
  pre_definition_1_39_3, pre_definition_1_40_0, pre_definition_1_40_1, pre_definition_1_40_2, pre_definition_1_40_3, pre_definition_1_41_0, pre_definition_1_41_1, pre_definition_1_41_2,
  pre_definition_1_41_3, pre_definition_1_42_0, pre_definition_1_42_1, pre_definition_1_42_2, pre_definition_1_42_3, pre_definition_1_43_0, pre_definition_1_43_1, pre_definition_1_43_2,
  pre_definition_1_43_3, pre_definition_1_44_0, pre_definition_1_44_1, pre_definition_1_44_2, pre_definition_1_44_3, pre_definition_1_45_0, pre_definition_1_45_1, pre_definition_1_45_2,
  pre_definition_1_45_3, out_definition_0_0, out_definition_0_1, out_definition_1_0, out_definition_1_1, out_definition_2_0, out_definition_2_1, out_definition_3_0,
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
  out_definition_43_1, out_definition_44_0, out_definition_44_1, out_definition_45_0, out_definition_45_1, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e279_,
  e280_, e281_, e282_, e283_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e286_, e287_,
  e288_, e289_, e290_, relu_1_0_2_above_pre, relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor, e293_, e294_, e295_,
  e296_, e297_, relu_1_0_3_above_pre, relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor, e300_, e301_, e302_, e303_,
  e304_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e307_, e308_, e309_, e310_, e311_,
  relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e314_, e315_, e316_, e317_, e318_, relu_1_1_2_above_pre,
  relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor, e321_, e322_, e323_, e324_, e325_, relu_1_1_3_above_pre, relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor,
  e328_, e329_, e330_, e331_, e332_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e335_,
  e336_, e337_, e338_, e339_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e342_, e343_,
  e344_, e345_, e346_, relu_1_2_2_above_pre, relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor, e349_, e350_, e351_,
  e352_, e353_, relu_1_2_3_above_pre, relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor, e356_, e357_, e358_, e359_,
  e360_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e363_, e364_, e365_, e366_, e367_,
  relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e370_, e371_, e372_, e373_, e374_, relu_1_3_2_above_pre,
  relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor, e377_, e378_, e379_, e380_, e381_, relu_1_3_3_above_pre, relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor,
  e384_, e385_, e386_, e387_, e388_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e391_,
  e392_, e393_, e394_, e395_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e398_, e399_,
  e400_, e401_, e402_, relu_1_4_2_above_pre, relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor, e405_, e406_, e407_,
  e408_, e409_, relu_1_4_3_above_pre, relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor, e412_, e413_, e414_, e415_,
  e416_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e419_, e420_, e421_, e422_, e423_,
  relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e426_, e427_, e428_, e429_, e430_, relu_1_5_2_above_pre,
  relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor, e433_, e434_, e435_, e436_, e437_, relu_1_5_3_above_pre, relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor,
  e440_, e441_, e442_, e443_, e444_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e447_,
  e448_, e449_, e450_, e451_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e454_, e455_,
  e456_, e457_, e458_, relu_1_6_2_above_pre, relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor, e461_, e462_, e463_,
  e464_, e465_, relu_1_6_3_above_pre, relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor, e468_, e469_, e470_, e471_,
  e472_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e475_, e476_, e477_, e478_, e479_,
  relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e482_, e483_, e484_, e485_, e486_, relu_1_7_2_above_pre,
  relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor, e489_, e490_, e491_, e492_, e493_, relu_1_7_3_above_pre, relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor,
  e496_, e497_, e498_, e499_, e500_, relu_1_8_0_above_pre, relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e503_,
  e504_, e505_, e506_, e507_, relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor, e510_, e511_,
  e512_, e513_, e514_, relu_1_8_2_above_pre, relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor, e517_, e518_, e519_,
  e520_, e521_, relu_1_8_3_above_pre, relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor, e524_, e525_, e526_, e527_,
  e528_, relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e531_, e532_, e533_, e534_, e535_,
  relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e538_, e539_, e540_, e541_, e542_, relu_1_9_2_above_pre,
  relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor, e545_, e546_, e547_, e548_, e549_, relu_1_9_3_above_pre, relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor,
  e552_, e553_, e554_, e555_, e556_, relu_1_10_0_above_pre, relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor, e559_,
  e560_, e561_, e562_, e563_, relu_1_10_1_above_pre, relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor, e566_, e567_,
  e568_, e569_, e570_, relu_1_10_2_above_pre, relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor, e573_, e574_, e575_,
  e576_, e577_, relu_1_10_3_above_pre, relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor, e580_, e581_, e582_, e583_,
  e584_, relu_1_11_0_above_pre, relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor, e587_, e588_, e589_, e590_, e591_,
  relu_1_11_1_above_pre, relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor, e594_, e595_, e596_, e597_, e598_, relu_1_11_2_above_pre,
  relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor, e601_, e602_, e603_, e604_, e605_, relu_1_11_3_above_pre, relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor,
  e608_, e609_, e610_, e611_, e612_, relu_1_12_0_above_pre, relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor, e615_,
  e616_, e617_, e618_, e619_, relu_1_12_1_above_pre, relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor, e622_, e623_,
  e624_, e625_, e626_, relu_1_12_2_above_pre, relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor, e629_, e630_, e631_,
  e632_, e633_, relu_1_12_3_above_pre, relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor, e636_, e637_, e638_, e639_,
  e640_, relu_1_13_0_above_pre, relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor, e643_, e644_, e645_, e646_, e647_,
  relu_1_13_1_above_pre, relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor, e650_, e651_, e652_, e653_, e654_, relu_1_13_2_above_pre,
  relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor, e657_, e658_, e659_, e660_, e661_, relu_1_13_3_above_pre, relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor,
  e664_, e665_, e666_, e667_, e668_, relu_1_14_0_above_pre, relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor, e671_,
  e672_, e673_, e674_, e675_, relu_1_14_1_above_pre, relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor, e678_, e679_,
  e680_, e681_, e682_, relu_1_14_2_above_pre, relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor, e685_, e686_, e687_,
  e688_, e689_, relu_1_14_3_above_pre, relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor, e692_, e693_, e694_, e695_,
  e696_, relu_1_15_0_above_pre, relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor, e699_, e700_, e701_, e702_, e703_,
  relu_1_15_1_above_pre, relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor, e706_, e707_, e708_, e709_, e710_, relu_1_15_2_above_pre,
  relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor, e713_, e714_, e715_, e716_, e717_, relu_1_15_3_above_pre, relu_1_15_3__pyomo_gdp_bigm_reformulation_either_xor,
  e720_, e721_, e722_, e723_, e724_, relu_1_16_0_above_pre, relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor, e727_,
  e728_, e729_, e730_, e731_, relu_1_16_1_above_pre, relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor, e734_, e735_,
  e736_, e737_, e738_, relu_1_16_2_above_pre, relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor, e741_, e742_, e743_,
  e744_, e745_, relu_1_16_3_above_pre, relu_1_16_3__pyomo_gdp_bigm_reformulation_either_xor, e748_, e749_, e750_, e751_,
  e752_, relu_1_17_0_above_pre, relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor, e755_, e756_, e757_, e758_, e759_,
  relu_1_17_1_above_pre, relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor, e762_, e763_, e764_, e765_, e766_, relu_1_17_2_above_pre,
  relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor, e769_, e770_, e771_, e772_, e773_, relu_1_17_3_above_pre, relu_1_17_3__pyomo_gdp_bigm_reformulation_either_xor,
  e776_, e777_, e778_, e779_, e780_, relu_1_18_0_above_pre, relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor, e783_,
  e784_, e785_, e786_, e787_, relu_1_18_1_above_pre, relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor, e790_, e791_,
  e792_, e793_, e794_, relu_1_18_2_above_pre, relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor, e797_, e798_, e799_,
  e800_, e801_, relu_1_18_3_above_pre, relu_1_18_3__pyomo_gdp_bigm_reformulation_either_xor, e804_, e805_, e806_, e807_,
  e808_, relu_1_19_0_above_pre, relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor, e811_, e812_, e813_, e814_, e815_,
  relu_1_19_1_above_pre, relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor, e818_, e819_, e820_, e821_, e822_, relu_1_19_2_above_pre,
  relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor, e825_, e826_, e827_, e828_, e829_, relu_1_19_3_above_pre, relu_1_19_3__pyomo_gdp_bigm_reformulation_either_xor,
  e832_, e833_, e834_, e835_, e836_, relu_1_20_0_above_pre, relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor, e839_,
  e840_, e841_, e842_, e843_, relu_1_20_1_above_pre, relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor, e846_, e847_,
  e848_, e849_, e850_, relu_1_20_2_above_pre, relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor, e853_, e854_, e855_,
  e856_, e857_, relu_1_20_3_above_pre, relu_1_20_3__pyomo_gdp_bigm_reformulation_either_xor, e860_, e861_, e862_, e863_,
  e864_, relu_1_21_0_above_pre, relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor, e867_, e868_, e869_, e870_, e871_,
  relu_1_21_1_above_pre, relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor, e874_, e875_, e876_, e877_, e878_, relu_1_21_2_above_pre,
  relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor, e881_, e882_, e883_, e884_, e885_, relu_1_21_3_above_pre, relu_1_21_3__pyomo_gdp_bigm_reformulation_either_xor,
  e888_, e889_, e890_, e891_, e892_, relu_1_22_0_above_pre, relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor, e895_,
  e896_, e897_, e898_, e899_, relu_1_22_1_above_pre, relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor, e902_, e903_,
  e904_, e905_, e906_, relu_1_22_2_above_pre, relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor, e909_, e910_, e911_,
  e912_, e913_, relu_1_22_3_above_pre, relu_1_22_3__pyomo_gdp_bigm_reformulation_either_xor, e916_, e917_, e918_, e919_,
  e920_, relu_1_23_0_above_pre, relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor, e923_, e924_, e925_, e926_, e927_,
  relu_1_23_1_above_pre, relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor, e930_, e931_, e932_, e933_, e934_, relu_1_23_2_above_pre,
  relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor, e937_, e938_, e939_, e940_, e941_, relu_1_23_3_above_pre, relu_1_23_3__pyomo_gdp_bigm_reformulation_either_xor,
  e944_, e945_, e946_, e947_, e948_, relu_1_24_0_above_pre, relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor, e951_,
  e952_, e953_, e954_, e955_, relu_1_24_1_above_pre, relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor, e958_, e959_,
  e960_, e961_, e962_, relu_1_24_2_above_pre, relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor, e965_, e966_, e967_,
  e968_, e969_, relu_1_24_3_above_pre, relu_1_24_3__pyomo_gdp_bigm_reformulation_either_xor, e972_, e973_, e974_, e975_,
  e976_, relu_1_25_0_above_pre, relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor, e979_, e980_, e981_, e982_, e983_,
  relu_1_25_1_above_pre, relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor, e986_, e987_, e988_, e989_, e990_, relu_1_25_2_above_pre,
  relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor, e993_, e994_, e995_, e996_, e997_, relu_1_25_3_above_pre, relu_1_25_3__pyomo_gdp_bigm_reformulation_either_xor,
  e1000_, e1001_, e1002_, e1003_, e1004_, relu_1_26_0_above_pre, relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor, e1007_,
  e1008_, e1009_, e1010_, e1011_, relu_1_26_1_above_pre, relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor, e1014_, e1015_,
  e1016_, e1017_, e1018_, relu_1_26_2_above_pre, relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor, e1021_, e1022_, e1023_,
  e1024_, e1025_, relu_1_26_3_above_pre, relu_1_26_3__pyomo_gdp_bigm_reformulation_either_xor, e1028_, e1029_, e1030_, e1031_,
  e1032_, relu_1_27_0_above_pre, relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor, e1035_, e1036_, e1037_, e1038_, e1039_,
  relu_1_27_1_above_pre, relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor, e1042_, e1043_, e1044_, e1045_, e1046_, relu_1_27_2_above_pre,
  relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor, e1049_, e1050_, e1051_, e1052_, e1053_, relu_1_27_3_above_pre, relu_1_27_3__pyomo_gdp_bigm_reformulation_either_xor,
  e1056_, e1057_, e1058_, e1059_, e1060_, relu_1_28_0_above_pre, relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor, e1063_,
  e1064_, e1065_, e1066_, e1067_, relu_1_28_1_above_pre, relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor, e1070_, e1071_,
  e1072_, e1073_, e1074_, relu_1_28_2_above_pre, relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor, e1077_, e1078_, e1079_,
  e1080_, e1081_, relu_1_28_3_above_pre, relu_1_28_3__pyomo_gdp_bigm_reformulation_either_xor, e1084_, e1085_, e1086_, e1087_,
  e1088_, relu_1_29_0_above_pre, relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor, e1091_, e1092_, e1093_, e1094_, e1095_,
  relu_1_29_1_above_pre, relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor, e1098_, e1099_, e1100_, e1101_, e1102_, relu_1_29_2_above_pre,
  relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor, e1105_, e1106_, e1107_, e1108_, e1109_, relu_1_29_3_above_pre, relu_1_29_3__pyomo_gdp_bigm_reformulation_either_xor,
  e1112_, e1113_, e1114_, e1115_, e1116_, relu_1_30_0_above_pre, relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor, e1119_,
  e1120_, e1121_, e1122_, e1123_, relu_1_30_1_above_pre, relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor, e1126_, e1127_,
  e1128_, e1129_, e1130_, relu_1_30_2_above_pre, relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor, e1133_, e1134_, e1135_,
  e1136_, e1137_, relu_1_30_3_above_pre, relu_1_30_3__pyomo_gdp_bigm_reformulation_either_xor, e1140_, e1141_, e1142_, e1143_,
  e1144_, relu_1_31_0_above_pre, relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor, e1147_, e1148_, e1149_, e1150_, e1151_,
  relu_1_31_1_above_pre, relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor, e1154_, e1155_, e1156_, e1157_, e1158_, relu_1_31_2_above_pre,
  relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor, e1161_, e1162_, e1163_, e1164_, e1165_, relu_1_31_3_above_pre, relu_1_31_3__pyomo_gdp_bigm_reformulation_either_xor,
  e1168_, e1169_, e1170_, e1171_, e1172_, relu_1_32_0_above_pre, relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor, e1175_,
  e1176_, e1177_, e1178_, e1179_, relu_1_32_1_above_pre, relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor, e1182_, e1183_,
  e1184_, e1185_, e1186_, relu_1_32_2_above_pre, relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor, e1189_, e1190_, e1191_,
  e1192_, e1193_, relu_1_32_3_above_pre, relu_1_32_3__pyomo_gdp_bigm_reformulation_either_xor, e1196_, e1197_, e1198_, e1199_,
  e1200_, relu_1_33_0_above_pre, relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor, e1203_, e1204_, e1205_, e1206_, e1207_,
  relu_1_33_1_above_pre, relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor, e1210_, e1211_, e1212_, e1213_, e1214_, relu_1_33_2_above_pre,
  relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor, e1217_, e1218_, e1219_, e1220_, e1221_, relu_1_33_3_above_pre, relu_1_33_3__pyomo_gdp_bigm_reformulation_either_xor,
  e1224_, e1225_, e1226_, e1227_, e1228_, relu_1_34_0_above_pre, relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor, e1231_,
  e1232_, e1233_, e1234_, e1235_, relu_1_34_1_above_pre, relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor, e1238_, e1239_,
  e1240_, e1241_, e1242_, relu_1_34_2_above_pre, relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor, e1245_, e1246_, e1247_,
  e1248_, e1249_, relu_1_34_3_above_pre, relu_1_34_3__pyomo_gdp_bigm_reformulation_either_xor, e1252_, e1253_, e1254_, e1255_,
  e1256_, relu_1_35_0_above_pre, relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor, e1259_, e1260_, e1261_, e1262_, e1263_,
  relu_1_35_1_above_pre, relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor, e1266_, e1267_, e1268_, e1269_, e1270_, relu_1_35_2_above_pre,
  relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor, e1273_, e1274_, e1275_, e1276_, e1277_, relu_1_35_3_above_pre, relu_1_35_3__pyomo_gdp_bigm_reformulation_either_xor,
  e1280_, e1281_, e1282_, e1283_, e1284_, relu_1_36_0_above_pre, relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor, e1287_,
  e1288_, e1289_, e1290_, e1291_, relu_1_36_1_above_pre, relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor, e1294_, e1295_,
  e1296_, e1297_, e1298_, relu_1_36_2_above_pre, relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor, e1301_, e1302_, e1303_,
  e1304_, e1305_, relu_1_36_3_above_pre, relu_1_36_3__pyomo_gdp_bigm_reformulation_either_xor, e1308_, e1309_, e1310_, e1311_,
  e1312_, relu_1_37_0_above_pre, relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor, e1315_, e1316_, e1317_, e1318_, e1319_,
  relu_1_37_1_above_pre, relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor, e1322_, e1323_, e1324_, e1325_, e1326_, relu_1_37_2_above_pre,
  relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor, e1329_, e1330_, e1331_, e1332_, e1333_, relu_1_37_3_above_pre, relu_1_37_3__pyomo_gdp_bigm_reformulation_either_xor,
  e1336_, e1337_, e1338_, e1339_, e1340_, relu_1_38_0_above_pre, relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor, e1343_,
  e1344_, e1345_, e1346_, e1347_, relu_1_38_1_above_pre, relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor, e1350_, e1351_,
  e1352_, e1353_, e1354_, relu_1_38_2_above_pre, relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor, e1357_, e1358_, e1359_,
  e1360_, e1361_, relu_1_38_3_above_pre, relu_1_38_3__pyomo_gdp_bigm_reformulation_either_xor, e1364_, e1365_, e1366_, e1367_,
  e1368_, relu_1_39_0_above_pre, relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor, e1371_, e1372_, e1373_, e1374_, e1375_,
  relu_1_39_1_above_pre, relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor, e1378_, e1379_, e1380_, e1381_, e1382_, relu_1_39_2_above_pre,
  relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor, e1385_, e1386_, e1387_, e1388_, e1389_, relu_1_39_3_above_pre, relu_1_39_3__pyomo_gdp_bigm_reformulation_either_xor,
  e1392_, e1393_, e1394_, e1395_, e1396_, relu_1_40_0_above_pre, relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor, e1399_,
  e1400_, e1401_, e1402_, e1403_, relu_1_40_1_above_pre, relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor, e1406_, e1407_,
  e1408_, e1409_, e1410_, relu_1_40_2_above_pre, relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor, e1413_, e1414_, e1415_,
  e1416_, e1417_, relu_1_40_3_above_pre, relu_1_40_3__pyomo_gdp_bigm_reformulation_either_xor, e1420_, e1421_, e1422_, e1423_,
  e1424_, relu_1_41_0_above_pre, relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor, e1427_, e1428_, e1429_, e1430_, e1431_,
  relu_1_41_1_above_pre, relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor, e1434_, e1435_, e1436_, e1437_, e1438_, relu_1_41_2_above_pre,
  relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor, e1441_, e1442_, e1443_, e1444_, e1445_, relu_1_41_3_above_pre, relu_1_41_3__pyomo_gdp_bigm_reformulation_either_xor,
  e1448_, e1449_, e1450_, e1451_, e1452_, relu_1_42_0_above_pre, relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor, e1455_,
  e1456_, e1457_, e1458_, e1459_, relu_1_42_1_above_pre, relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor, e1462_, e1463_,
  e1464_, e1465_, e1466_, relu_1_42_2_above_pre, relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor, e1469_, e1470_, e1471_,
  e1472_, e1473_, relu_1_42_3_above_pre, relu_1_42_3__pyomo_gdp_bigm_reformulation_either_xor, e1476_, e1477_, e1478_, e1479_,
  e1480_, relu_1_43_0_above_pre, relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor, e1483_, e1484_, e1485_, e1486_, e1487_,
  relu_1_43_1_above_pre, relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor, e1490_, e1491_, e1492_, e1493_, e1494_, relu_1_43_2_above_pre,
  relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor, e1497_, e1498_, e1499_, e1500_, e1501_, relu_1_43_3_above_pre, relu_1_43_3__pyomo_gdp_bigm_reformulation_either_xor,
  e1504_, e1505_, e1506_, e1507_, e1508_, relu_1_44_0_above_pre, relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor, e1511_,
  e1512_, e1513_, e1514_, e1515_, relu_1_44_1_above_pre, relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor, e1518_, e1519_,
  e1520_, e1521_, e1522_, relu_1_44_2_above_pre, relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor, e1525_, e1526_, e1527_,
  e1528_, e1529_, relu_1_44_3_above_pre, relu_1_44_3__pyomo_gdp_bigm_reformulation_either_xor, e1532_, e1533_, e1534_, e1535_,
  e1536_, relu_1_45_0_above_pre, relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor, e1539_, e1540_, e1541_, e1542_, e1543_,
  relu_1_45_1_above_pre, relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor, e1546_, e1547_, e1548_, e1549_, e1550_, relu_1_45_2_above_pre,
  relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor, e1553_, e1554_, e1555_, e1556_, e1557_, relu_1_45_3_above_pre, relu_1_45_3__pyomo_gdp_bigm_reformulation_either_xor,
  e1560_, e1561_, e1562_, e1563_, e1564_;

e_obj.. - objvar - 0.25*out_9_0 - 0.25*out_10_0 - 0.25*out_11_0 - 0.5*out_12_0 - 0.5*out_13_0 - 0.5*out_14_0 - 0.75*out_15_0
    - 0.75*out_16_0 - 0.75*out_17_0 - 1*out_18_0 - 1*out_19_0 - 1*out_20_0 - 2*out_21_0 - 2*out_22_0 - 2*out_23_0
    - 1*out_24_0 - 1*out_25_0 - 1*out_26_0 - 0.75*out_27_0 - 0.75*out_28_0 - 0.75*out_29_0 - 0.5*out_30_0 - 0.5*out_31_0
    - 0.5*out_32_0 - 0.25*out_33_0 - 0.25*out_34_0 - 0.25*out_35_0 - 1.4444444444444444*out_45_0 + 1*sqr(out_0_0) + 1*sqr(out_0_1) + 1*sqr(out_1_0)
    + 1*sqr(out_1_1) + 1*sqr(out_2_0) + 1*sqr(out_2_1) + 1*sqr(out_3_0) + 1*sqr(out_3_1) + 1*sqr(out_4_0) + 1*sqr(out_4_1) + 1*sqr(out_5_0)
    + 1*sqr(out_5_1) + 1*sqr(out_6_0) + 1*sqr(out_6_1) + 1*sqr(out_7_0) + 1*sqr(out_7_1) + 1*sqr(out_8_0) + 1*sqr(out_8_1) + 1*sqr(out_9_0)
    + 1*sqr(out_9_1) + 1*sqr(out_10_0) + 1*sqr(out_10_1) + 1*sqr(out_11_0) + 1*sqr(out_11_1) + 1*sqr(out_12_0) + 1*sqr(out_12_1) + 1*sqr(out_13_0)
    + 1*sqr(out_13_1) + 1*sqr(out_14_0) + 1*sqr(out_14_1) + 1*sqr(out_15_0) + 1*sqr(out_15_1) + 1*sqr(out_16_0) + 1*sqr(out_16_1) + 1*sqr(out_17_0)
    + 1*sqr(out_17_1) + 1*sqr(out_18_0) + 1*sqr(out_18_1) + 1*sqr(out_19_0) + 1*sqr(out_19_1) + 1*sqr(out_20_0) + 1*sqr(out_20_1) + 1*sqr(out_21_0)
    + 1*sqr(out_21_1) + 1*sqr(out_22_0) + 1*sqr(out_22_1) + 1*sqr(out_23_0) + 1*sqr(out_23_1) + 1*sqr(out_24_0) + 1*sqr(out_24_1) + 1*sqr(out_25_0)
    + 1*sqr(out_25_1) + 1*sqr(out_26_0) + 1*sqr(out_26_1) + 1*sqr(out_27_0) + 1*sqr(out_27_1) + 1*sqr(out_28_0) + 1*sqr(out_28_1) + 1*sqr(out_29_0)
    + 1*sqr(out_29_1) + 1*sqr(out_30_0) + 1*sqr(out_30_1) + 1*sqr(out_31_0) + 1*sqr(out_31_1) + 1*sqr(out_32_0) + 1*sqr(out_32_1) + 1*sqr(out_33_0)
    + 1*sqr(out_33_1) + 1*sqr(out_34_0) + 1*sqr(out_34_1) + 1*sqr(out_35_0) + 1*sqr(out_35_1) + 1*sqr(out_36_0) + 1*sqr(out_36_1) + 1*sqr(out_37_0)
    + 1*sqr(out_37_1) + 1*sqr(out_38_0) + 1*sqr(out_38_1) + 1*sqr(out_39_0) + 1*sqr(out_39_1) + 1*sqr(out_40_0) + 1*sqr(out_40_1) + 1*sqr(out_41_0)
    + 1*sqr(out_41_1) + 1*sqr(out_42_0) + 1*sqr(out_42_1) + 1*sqr(out_43_0) + 1*sqr(out_43_1) + 1*sqr(out_44_0) + 1*sqr(out_44_1) + 1*sqr(out_45_0)
    + 1*sqr(out_45_1) + 6.334104938271605 =e= 0;
pre_definition_1_0_0.. + 0.5073441948385676*w_1_0_0 + 3.859981265319641*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.5073441948385676*w_1_1_0 + 3.859981265319641*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 0.5073441948385676*w_1_2_0 + 3.859981265319641*w_1_2_1 - 1*b_1_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_0_3.. + 0.5073441948385676*w_1_3_0 + 3.859981265319641*w_1_3_1 - 1*b_1_3 + 1*pre_1_0_3 =e= 0;
pre_definition_1_1_0.. + 1.0031843480173983*w_1_0_0 + 3.9243438514671363*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 1.0031843480173983*w_1_1_0 + 3.9243438514671363*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 1.0031843480173983*w_1_2_0 + 3.9243438514671363*w_1_2_1 - 1*b_1_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_1_3.. + 1.0031843480173983*w_1_3_0 + 3.9243438514671363*w_1_3_1 - 1*b_1_3 + 1*pre_1_1_3 =e= 0;
pre_definition_1_2_0.. + 1.4990245011962289*w_1_0_0 + 3.988706437614632*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 1.4990245011962289*w_1_1_0 + 3.988706437614632*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. + 1.4990245011962289*w_1_2_0 + 3.988706437614632*w_1_2_1 - 1*b_1_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_2_3.. + 1.4990245011962289*w_1_3_0 + 3.988706437614632*w_1_3_1 - 1*b_1_3 + 1*pre_1_2_3 =e= 0;
pre_definition_1_3_0.. + 0.5395254879123155*w_1_0_0 + 3.6120611887302254*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.5395254879123155*w_1_1_0 + 3.6120611887302254*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. + 0.5395254879123155*w_1_2_0 + 3.6120611887302254*w_1_2_1 - 1*b_1_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_3_3.. + 0.5395254879123155*w_1_3_0 + 3.6120611887302254*w_1_3_1 - 1*b_1_3 + 1*pre_1_3_3 =e= 0;
pre_definition_1_4_0.. + 1.035365641091146*w_1_0_0 + 3.676423774877721*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 1.035365641091146*w_1_1_0 + 3.676423774877721*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. + 1.035365641091146*w_1_2_0 + 3.676423774877721*w_1_2_1 - 1*b_1_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_4_3.. + 1.035365641091146*w_1_3_0 + 3.676423774877721*w_1_3_1 - 1*b_1_3 + 1*pre_1_4_3 =e= 0;
pre_definition_1_5_0.. + 1.5312057942699766*w_1_0_0 + 3.7407863610252168*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 1.5312057942699766*w_1_1_0 + 3.7407863610252168*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. + 1.5312057942699766*w_1_2_0 + 3.7407863610252168*w_1_2_1 - 1*b_1_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_5_3.. + 1.5312057942699766*w_1_3_0 + 3.7407863610252168*w_1_3_1 - 1*b_1_3 + 1*pre_1_5_3 =e= 0;
pre_definition_1_6_0.. + 0.5717067809860632*w_1_0_0 + 3.36414111214081*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.5717067809860632*w_1_1_0 + 3.36414111214081*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. + 0.5717067809860632*w_1_2_0 + 3.36414111214081*w_1_2_1 - 1*b_1_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_6_3.. + 0.5717067809860632*w_1_3_0 + 3.36414111214081*w_1_3_1 - 1*b_1_3 + 1*pre_1_6_3 =e= 0;
pre_definition_1_7_0.. + 1.0675469341648938*w_1_0_0 + 3.4285036982883055*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. + 1.0675469341648938*w_1_1_0 + 3.4285036982883055*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. + 1.0675469341648938*w_1_2_0 + 3.4285036982883055*w_1_2_1 - 1*b_1_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_7_3.. + 1.0675469341648938*w_1_3_0 + 3.4285036982883055*w_1_3_1 - 1*b_1_3 + 1*pre_1_7_3 =e= 0;
pre_definition_1_8_0.. + 1.5633870873437243*w_1_0_0 + 3.4928662844358014*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 1.5633870873437243*w_1_1_0 + 3.4928662844358014*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. + 1.5633870873437243*w_1_2_0 + 3.4928662844358014*w_1_2_1 - 1*b_1_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_8_3.. + 1.5633870873437243*w_1_3_0 + 3.4928662844358014*w_1_3_1 - 1*b_1_3 + 1*pre_1_8_3 =e= 0;
pre_definition_1_9_0.. + 0.6521600136704325*w_1_0_0 + 2.744340920667272*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. + 0.6521600136704325*w_1_1_0 + 2.744340920667272*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. + 0.6521600136704325*w_1_2_0 + 2.744340920667272*w_1_2_1 - 1*b_1_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_9_3.. + 0.6521600136704325*w_1_3_0 + 2.744340920667272*w_1_3_1 - 1*b_1_3 + 1*pre_1_9_3 =e= 0;
pre_definition_1_10_0.. + 1.1480001668492632*w_1_0_0 + 2.8087035068147674*w_1_0_1 - 1*b_1_0 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. + 1.1480001668492632*w_1_1_0 + 2.8087035068147674*w_1_1_1 - 1*b_1_1 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. + 1.1480001668492632*w_1_2_0 + 2.8087035068147674*w_1_2_1 - 1*b_1_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_10_3.. + 1.1480001668492632*w_1_3_0 + 2.8087035068147674*w_1_3_1 - 1*b_1_3 + 1*pre_1_10_3 =e= 0;
pre_definition_1_11_0.. + 1.6438403200280938*w_1_0_0 + 2.8730660929622633*w_1_0_1 - 1*b_1_0 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 1.6438403200280938*w_1_1_0 + 2.8730660929622633*w_1_1_1 - 1*b_1_1 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. + 1.6438403200280938*w_1_2_0 + 2.8730660929622633*w_1_2_1 - 1*b_1_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_11_3.. + 1.6438403200280938*w_1_3_0 + 2.8730660929622633*w_1_3_1 - 1*b_1_3 + 1*pre_1_11_3 =e= 0;
pre_definition_1_12_0.. + 0.6682506602073064*w_1_0_0 + 2.6203808823725643*w_1_0_1 - 1*b_1_0 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. + 0.6682506602073064*w_1_1_0 + 2.6203808823725643*w_1_1_1 - 1*b_1_1 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. + 0.6682506602073064*w_1_2_0 + 2.6203808823725643*w_1_2_1 - 1*b_1_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_12_3.. + 0.6682506602073064*w_1_3_0 + 2.6203808823725643*w_1_3_1 - 1*b_1_3 + 1*pre_1_12_3 =e= 0;
pre_definition_1_13_0.. + 1.1640908133861372*w_1_0_0 + 2.6847434685200597*w_1_0_1 - 1*b_1_0 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 1.1640908133861372*w_1_1_0 + 2.6847434685200597*w_1_1_1 - 1*b_1_1 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. + 1.1640908133861372*w_1_2_0 + 2.6847434685200597*w_1_2_1 - 1*b_1_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_13_3.. + 1.1640908133861372*w_1_3_0 + 2.6847434685200597*w_1_3_1 - 1*b_1_3 + 1*pre_1_13_3 =e= 0;
pre_definition_1_14_0.. + 1.6599309665649677*w_1_0_0 + 2.749106054667555*w_1_0_1 - 1*b_1_0 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. + 1.6599309665649677*w_1_1_0 + 2.749106054667555*w_1_1_1 - 1*b_1_1 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. + 1.6599309665649677*w_1_2_0 + 2.749106054667555*w_1_2_1 - 1*b_1_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_14_3.. + 1.6599309665649677*w_1_3_0 + 2.749106054667555*w_1_3_1 - 1*b_1_3 + 1*pre_1_14_3 =e= 0;
pre_definition_1_15_0.. + 0.6843413067441804*w_1_0_0 + 2.4964208440778566*w_1_0_1 - 1*b_1_0 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.6843413067441804*w_1_1_0 + 2.4964208440778566*w_1_1_1 - 1*b_1_1 + 1*pre_1_15_1 =e= 0;
pre_definition_1_15_2.. + 0.6843413067441804*w_1_2_0 + 2.4964208440778566*w_1_2_1 - 1*b_1_2 + 1*pre_1_15_2 =e= 0;
pre_definition_1_15_3.. + 0.6843413067441804*w_1_3_0 + 2.4964208440778566*w_1_3_1 - 1*b_1_3 + 1*pre_1_15_3 =e= 0;
pre_definition_1_16_0.. + 1.180181459923011*w_1_0_0 + 2.560783430225352*w_1_0_1 - 1*b_1_0 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. + 1.180181459923011*w_1_1_0 + 2.560783430225352*w_1_1_1 - 1*b_1_1 + 1*pre_1_16_1 =e= 0;
pre_definition_1_16_2.. + 1.180181459923011*w_1_2_0 + 2.560783430225352*w_1_2_1 - 1*b_1_2 + 1*pre_1_16_2 =e= 0;
pre_definition_1_16_3.. + 1.180181459923011*w_1_3_0 + 2.560783430225352*w_1_3_1 - 1*b_1_3 + 1*pre_1_16_3 =e= 0;
pre_definition_1_17_0.. + 1.6760216131018415*w_1_0_0 + 2.625146016372848*w_1_0_1 - 1*b_1_0 + 1*pre_1_17_0 =e= 0;
pre_definition_1_17_1.. + 1.6760216131018415*w_1_1_0 + 2.625146016372848*w_1_1_1 - 1*b_1_1 + 1*pre_1_17_1 =e= 0;
pre_definition_1_17_2.. + 1.6760216131018415*w_1_2_0 + 2.625146016372848*w_1_2_1 - 1*b_1_2 + 1*pre_1_17_2 =e= 0;
pre_definition_1_17_3.. + 1.6760216131018415*w_1_3_0 + 2.625146016372848*w_1_3_1 - 1*b_1_3 + 1*pre_1_17_3 =e= 0;
pre_definition_1_18_0.. + 0.7004319532810541*w_1_0_0 + 2.372460805783149*w_1_0_1 - 1*b_1_0 + 1*pre_1_18_0 =e= 0;
pre_definition_1_18_1.. + 0.7004319532810541*w_1_1_0 + 2.372460805783149*w_1_1_1 - 1*b_1_1 + 1*pre_1_18_1 =e= 0;
pre_definition_1_18_2.. + 0.7004319532810541*w_1_2_0 + 2.372460805783149*w_1_2_1 - 1*b_1_2 + 1*pre_1_18_2 =e= 0;
pre_definition_1_18_3.. + 0.7004319532810541*w_1_3_0 + 2.372460805783149*w_1_3_1 - 1*b_1_3 + 1*pre_1_18_3 =e= 0;
pre_definition_1_19_0.. + 1.196272106459885*w_1_0_0 + 2.4368233919306443*w_1_0_1 - 1*b_1_0 + 1*pre_1_19_0 =e= 0;
pre_definition_1_19_1.. + 1.196272106459885*w_1_1_0 + 2.4368233919306443*w_1_1_1 - 1*b_1_1 + 1*pre_1_19_1 =e= 0;
pre_definition_1_19_2.. + 1.196272106459885*w_1_2_0 + 2.4368233919306443*w_1_2_1 - 1*b_1_2 + 1*pre_1_19_2 =e= 0;
pre_definition_1_19_3.. + 1.196272106459885*w_1_3_0 + 2.4368233919306443*w_1_3_1 - 1*b_1_3 + 1*pre_1_19_3 =e= 0;
pre_definition_1_20_0.. + 1.6921122596387155*w_1_0_0 + 2.50118597807814*w_1_0_1 - 1*b_1_0 + 1*pre_1_20_0 =e= 0;
pre_definition_1_20_1.. + 1.6921122596387155*w_1_1_0 + 2.50118597807814*w_1_1_1 - 1*b_1_1 + 1*pre_1_20_1 =e= 0;
pre_definition_1_20_2.. + 1.6921122596387155*w_1_2_0 + 2.50118597807814*w_1_2_1 - 1*b_1_2 + 1*pre_1_20_2 =e= 0;
pre_definition_1_20_3.. + 1.6921122596387155*w_1_3_0 + 2.50118597807814*w_1_3_1 - 1*b_1_3 + 1*pre_1_20_3 =e= 0;
pre_definition_1_21_0.. + 0.8935197117235407*w_1_0_0 + 0.8849403462466571*w_1_0_1 - 1*b_1_0 + 1*pre_1_21_0 =e= 0;
pre_definition_1_21_1.. + 0.8935197117235407*w_1_1_0 + 0.8849403462466571*w_1_1_1 - 1*b_1_1 + 1*pre_1_21_1 =e= 0;
pre_definition_1_21_2.. + 0.8935197117235407*w_1_2_0 + 0.8849403462466571*w_1_2_1 - 1*b_1_2 + 1*pre_1_21_2 =e= 0;
pre_definition_1_21_3.. + 0.8935197117235407*w_1_3_0 + 0.8849403462466571*w_1_3_1 - 1*b_1_3 + 1*pre_1_21_3 =e= 0;
pre_definition_1_22_0.. + 1.3893598649023715*w_1_0_0 + 0.9493029323941526*w_1_0_1 - 1*b_1_0 + 1*pre_1_22_0 =e= 0;
pre_definition_1_22_1.. + 1.3893598649023715*w_1_1_0 + 0.9493029323941526*w_1_1_1 - 1*b_1_1 + 1*pre_1_22_1 =e= 0;
pre_definition_1_22_2.. + 1.3893598649023715*w_1_2_0 + 0.9493029323941526*w_1_2_1 - 1*b_1_2 + 1*pre_1_22_2 =e= 0;
pre_definition_1_22_3.. + 1.3893598649023715*w_1_3_0 + 0.9493029323941526*w_1_3_1 - 1*b_1_3 + 1*pre_1_22_3 =e= 0;
pre_definition_1_23_0.. + 1.885200018081202*w_1_0_0 + 1.013665518541648*w_1_0_1 - 1*b_1_0 + 1*pre_1_23_0 =e= 0;
pre_definition_1_23_1.. + 1.885200018081202*w_1_1_0 + 1.013665518541648*w_1_1_1 - 1*b_1_1 + 1*pre_1_23_1 =e= 0;
pre_definition_1_23_2.. + 1.885200018081202*w_1_2_0 + 1.013665518541648*w_1_2_1 - 1*b_1_2 + 1*pre_1_23_2 =e= 0;
pre_definition_1_23_3.. + 1.885200018081202*w_1_3_0 + 1.013665518541648*w_1_3_1 - 1*b_1_3 + 1*pre_1_23_3 =e= 0;
pre_definition_1_24_0.. + 1.0866074701660273*w_1_0_0 - 0.6025801132898347*w_1_0_1 - 1*b_1_0 + 1*pre_1_24_0 =e= 0;
pre_definition_1_24_1.. + 1.0866074701660273*w_1_1_0 - 0.6025801132898347*w_1_1_1 - 1*b_1_1 + 1*pre_1_24_1 =e= 0;
pre_definition_1_24_2.. + 1.0866074701660273*w_1_2_0 - 0.6025801132898347*w_1_2_1 - 1*b_1_2 + 1*pre_1_24_2 =e= 0;
pre_definition_1_24_3.. + 1.0866074701660273*w_1_3_0 - 0.6025801132898347*w_1_3_1 - 1*b_1_3 + 1*pre_1_24_3 =e= 0;
pre_definition_1_25_0.. + 1.582447623344858*w_1_0_0 - 0.5382175271423393*w_1_0_1 - 1*b_1_0 + 1*pre_1_25_0 =e= 0;
pre_definition_1_25_1.. + 1.582447623344858*w_1_1_0 - 0.5382175271423393*w_1_1_1 - 1*b_1_1 + 1*pre_1_25_1 =e= 0;
pre_definition_1_25_2.. + 1.582447623344858*w_1_2_0 - 0.5382175271423393*w_1_2_1 - 1*b_1_2 + 1*pre_1_25_2 =e= 0;
pre_definition_1_25_3.. + 1.582447623344858*w_1_3_0 - 0.5382175271423393*w_1_3_1 - 1*b_1_3 + 1*pre_1_25_3 =e= 0;
pre_definition_1_26_0.. + 2.0782877765236885*w_1_0_0 - 0.4738549409948437*w_1_0_1 - 1*b_1_0 + 1*pre_1_26_0 =e= 0;
pre_definition_1_26_1.. + 2.0782877765236885*w_1_1_0 - 0.4738549409948437*w_1_1_1 - 1*b_1_1 + 1*pre_1_26_1 =e= 0;
pre_definition_1_26_2.. + 2.0782877765236885*w_1_2_0 - 0.4738549409948437*w_1_2_1 - 1*b_1_2 + 1*pre_1_26_2 =e= 0;
pre_definition_1_26_3.. + 2.0782877765236885*w_1_3_0 - 0.4738549409948437*w_1_3_1 - 1*b_1_3 + 1*pre_1_26_3 =e= 0;
pre_definition_1_27_0.. + 1.102698116702901*w_1_0_0 - 0.7265401515845424*w_1_0_1 - 1*b_1_0 + 1*pre_1_27_0 =e= 0;
pre_definition_1_27_1.. + 1.102698116702901*w_1_1_0 - 0.7265401515845424*w_1_1_1 - 1*b_1_1 + 1*pre_1_27_1 =e= 0;
pre_definition_1_27_2.. + 1.102698116702901*w_1_2_0 - 0.7265401515845424*w_1_2_1 - 1*b_1_2 + 1*pre_1_27_2 =e= 0;
pre_definition_1_27_3.. + 1.102698116702901*w_1_3_0 - 0.7265401515845424*w_1_3_1 - 1*b_1_3 + 1*pre_1_27_3 =e= 0;
pre_definition_1_28_0.. + 1.5985382698817319*w_1_0_0 - 0.662177565437047*w_1_0_1 - 1*b_1_0 + 1*pre_1_28_0 =e= 0;
pre_definition_1_28_1.. + 1.5985382698817319*w_1_1_0 - 0.662177565437047*w_1_1_1 - 1*b_1_1 + 1*pre_1_28_1 =e= 0;
pre_definition_1_28_2.. + 1.5985382698817319*w_1_2_0 - 0.662177565437047*w_1_2_1 - 1*b_1_2 + 1*pre_1_28_2 =e= 0;
pre_definition_1_28_3.. + 1.5985382698817319*w_1_3_0 - 0.662177565437047*w_1_3_1 - 1*b_1_3 + 1*pre_1_28_3 =e= 0;
pre_definition_1_29_0.. + 2.0943784230605624*w_1_0_0 - 0.5978149792895514*w_1_0_1 - 1*b_1_0 + 1*pre_1_29_0 =e= 0;
pre_definition_1_29_1.. + 2.0943784230605624*w_1_1_0 - 0.5978149792895514*w_1_1_1 - 1*b_1_1 + 1*pre_1_29_1 =e= 0;
pre_definition_1_29_2.. + 2.0943784230605624*w_1_2_0 - 0.5978149792895514*w_1_2_1 - 1*b_1_2 + 1*pre_1_29_2 =e= 0;
pre_definition_1_29_3.. + 2.0943784230605624*w_1_3_0 - 0.5978149792895514*w_1_3_1 - 1*b_1_3 + 1*pre_1_29_3 =e= 0;
pre_definition_1_30_0.. + 1.118788763239775*w_1_0_0 - 0.85050018987925*w_1_0_1 - 1*b_1_0 + 1*pre_1_30_0 =e= 0;
pre_definition_1_30_1.. + 1.118788763239775*w_1_1_0 - 0.85050018987925*w_1_1_1 - 1*b_1_1 + 1*pre_1_30_1 =e= 0;
pre_definition_1_30_2.. + 1.118788763239775*w_1_2_0 - 0.85050018987925*w_1_2_1 - 1*b_1_2 + 1*pre_1_30_2 =e= 0;
pre_definition_1_30_3.. + 1.118788763239775*w_1_3_0 - 0.85050018987925*w_1_3_1 - 1*b_1_3 + 1*pre_1_30_3 =e= 0;
pre_definition_1_31_0.. + 1.6146289164186056*w_1_0_0 - 0.7861376037317545*w_1_0_1 - 1*b_1_0 + 1*pre_1_31_0 =e= 0;
pre_definition_1_31_1.. + 1.6146289164186056*w_1_1_0 - 0.7861376037317545*w_1_1_1 - 1*b_1_1 + 1*pre_1_31_1 =e= 0;
pre_definition_1_31_2.. + 1.6146289164186056*w_1_2_0 - 0.7861376037317545*w_1_2_1 - 1*b_1_2 + 1*pre_1_31_2 =e= 0;
pre_definition_1_31_3.. + 1.6146289164186056*w_1_3_0 - 0.7861376037317545*w_1_3_1 - 1*b_1_3 + 1*pre_1_31_3 =e= 0;
pre_definition_1_32_0.. + 2.1104690695974364*w_1_0_0 - 0.721775017584259*w_1_0_1 - 1*b_1_0 + 1*pre_1_32_0 =e= 0;
pre_definition_1_32_1.. + 2.1104690695974364*w_1_1_0 - 0.721775017584259*w_1_1_1 - 1*b_1_1 + 1*pre_1_32_1 =e= 0;
pre_definition_1_32_2.. + 2.1104690695974364*w_1_2_0 - 0.721775017584259*w_1_2_1 - 1*b_1_2 + 1*pre_1_32_2 =e= 0;
pre_definition_1_32_3.. + 2.1104690695974364*w_1_3_0 - 0.721775017584259*w_1_3_1 - 1*b_1_3 + 1*pre_1_32_3 =e= 0;
pre_definition_1_33_0.. + 1.1348794097766488*w_1_0_0 - 0.9744602281739577*w_1_0_1 - 1*b_1_0 + 1*pre_1_33_0 =e= 0;
pre_definition_1_33_1.. + 1.1348794097766488*w_1_1_0 - 0.9744602281739577*w_1_1_1 - 1*b_1_1 + 1*pre_1_33_1 =e= 0;
pre_definition_1_33_2.. + 1.1348794097766488*w_1_2_0 - 0.9744602281739577*w_1_2_1 - 1*b_1_2 + 1*pre_1_33_2 =e= 0;
pre_definition_1_33_3.. + 1.1348794097766488*w_1_3_0 - 0.9744602281739577*w_1_3_1 - 1*b_1_3 + 1*pre_1_33_3 =e= 0;
pre_definition_1_34_0.. + 1.6307195629554796*w_1_0_0 - 0.9100976420264622*w_1_0_1 - 1*b_1_0 + 1*pre_1_34_0 =e= 0;
pre_definition_1_34_1.. + 1.6307195629554796*w_1_1_0 - 0.9100976420264622*w_1_1_1 - 1*b_1_1 + 1*pre_1_34_1 =e= 0;
pre_definition_1_34_2.. + 1.6307195629554796*w_1_2_0 - 0.9100976420264622*w_1_2_1 - 1*b_1_2 + 1*pre_1_34_2 =e= 0;
pre_definition_1_34_3.. + 1.6307195629554796*w_1_3_0 - 0.9100976420264622*w_1_3_1 - 1*b_1_3 + 1*pre_1_34_3 =e= 0;
pre_definition_1_35_0.. + 2.1265597161343104*w_1_0_0 - 0.8457350558789667*w_1_0_1 - 1*b_1_0 + 1*pre_1_35_0 =e= 0;
pre_definition_1_35_1.. + 2.1265597161343104*w_1_1_0 - 0.8457350558789667*w_1_1_1 - 1*b_1_1 + 1*pre_1_35_1 =e= 0;
pre_definition_1_35_2.. + 2.1265597161343104*w_1_2_0 - 0.8457350558789667*w_1_2_1 - 1*b_1_2 + 1*pre_1_35_2 =e= 0;
pre_definition_1_35_3.. + 2.1265597161343104*w_1_3_0 - 0.8457350558789667*w_1_3_1 - 1*b_1_3 + 1*pre_1_35_3 =e= 0;
pre_definition_1_36_0.. + 1.2153326424610182*w_1_0_0 - 1.594260419647496*w_1_0_1 - 1*b_1_0 + 1*pre_1_36_0 =e= 0;
pre_definition_1_36_1.. + 1.2153326424610182*w_1_1_0 - 1.594260419647496*w_1_1_1 - 1*b_1_1 + 1*pre_1_36_1 =e= 0;
pre_definition_1_36_2.. + 1.2153326424610182*w_1_2_0 - 1.594260419647496*w_1_2_1 - 1*b_1_2 + 1*pre_1_36_2 =e= 0;
pre_definition_1_36_3.. + 1.2153326424610182*w_1_3_0 - 1.594260419647496*w_1_3_1 - 1*b_1_3 + 1*pre_1_36_3 =e= 0;
pre_definition_1_37_0.. + 1.711172795639849*w_1_0_0 - 1.5298978335000004*w_1_0_1 - 1*b_1_0 + 1*pre_1_37_0 =e= 0;
pre_definition_1_37_1.. + 1.711172795639849*w_1_1_0 - 1.5298978335000004*w_1_1_1 - 1*b_1_1 + 1*pre_1_37_1 =e= 0;
pre_definition_1_37_2.. + 1.711172795639849*w_1_2_0 - 1.5298978335000004*w_1_2_1 - 1*b_1_2 + 1*pre_1_37_2 =e= 0;
pre_definition_1_37_3.. + 1.711172795639849*w_1_3_0 - 1.5298978335000004*w_1_3_1 - 1*b_1_3 + 1*pre_1_37_3 =e= 0;
pre_definition_1_38_0.. + 2.2070129488186794*w_1_0_0 - 1.465535247352505*w_1_0_1 - 1*b_1_0 + 1*pre_1_38_0 =e= 0;
pre_definition_1_38_1.. + 2.2070129488186794*w_1_1_0 - 1.465535247352505*w_1_1_1 - 1*b_1_1 + 1*pre_1_38_1 =e= 0;
pre_definition_1_38_2.. + 2.2070129488186794*w_1_2_0 - 1.465535247352505*w_1_2_1 - 1*b_1_2 + 1*pre_1_38_2 =e= 0;
pre_definition_1_38_3.. + 2.2070129488186794*w_1_3_0 - 1.465535247352505*w_1_3_1 - 1*b_1_3 + 1*pre_1_38_3 =e= 0;
pre_definition_1_39_0.. + 1.2475139355347662*w_1_0_0 - 1.8421804962369115*w_1_0_1 - 1*b_1_0 + 1*pre_1_39_0 =e= 0;
pre_definition_1_39_1.. + 1.2475139355347662*w_1_1_0 - 1.8421804962369115*w_1_1_1 - 1*b_1_1 + 1*pre_1_39_1 =e= 0;
pre_definition_1_39_2.. + 1.2475139355347662*w_1_2_0 - 1.8421804962369115*w_1_2_1 - 1*b_1_2 + 1*pre_1_39_2 =e= 0;
pre_definition_1_39_3.. + 1.2475139355347662*w_1_3_0 - 1.8421804962369115*w_1_3_1 - 1*b_1_3 + 1*pre_1_39_3 =e= 0;
pre_definition_1_40_0.. + 1.7433540887135968*w_1_0_0 - 1.7778179100894158*w_1_0_1 - 1*b_1_0 + 1*pre_1_40_0 =e= 0;
pre_definition_1_40_1.. + 1.7433540887135968*w_1_1_0 - 1.7778179100894158*w_1_1_1 - 1*b_1_1 + 1*pre_1_40_1 =e= 0;
pre_definition_1_40_2.. + 1.7433540887135968*w_1_2_0 - 1.7778179100894158*w_1_2_1 - 1*b_1_2 + 1*pre_1_40_2 =e= 0;
pre_definition_1_40_3.. + 1.7433540887135968*w_1_3_0 - 1.7778179100894158*w_1_3_1 - 1*b_1_3 + 1*pre_1_40_3 =e= 0;
pre_definition_1_41_0.. + 2.2391942418924273*w_1_0_0 - 1.7134553239419203*w_1_0_1 - 1*b_1_0 + 1*pre_1_41_0 =e= 0;
pre_definition_1_41_1.. + 2.2391942418924273*w_1_1_0 - 1.7134553239419203*w_1_1_1 - 1*b_1_1 + 1*pre_1_41_1 =e= 0;
pre_definition_1_41_2.. + 2.2391942418924273*w_1_2_0 - 1.7134553239419203*w_1_2_1 - 1*b_1_2 + 1*pre_1_41_2 =e= 0;
pre_definition_1_41_3.. + 2.2391942418924273*w_1_3_0 - 1.7134553239419203*w_1_3_1 - 1*b_1_3 + 1*pre_1_41_3 =e= 0;
pre_definition_1_42_0.. + 1.2796952286085137*w_1_0_0 - 2.090100572826327*w_1_0_1 - 1*b_1_0 + 1*pre_1_42_0 =e= 0;
pre_definition_1_42_1.. + 1.2796952286085137*w_1_1_0 - 2.090100572826327*w_1_1_1 - 1*b_1_1 + 1*pre_1_42_1 =e= 0;
pre_definition_1_42_2.. + 1.2796952286085137*w_1_2_0 - 2.090100572826327*w_1_2_1 - 1*b_1_2 + 1*pre_1_42_2 =e= 0;
pre_definition_1_42_3.. + 1.2796952286085137*w_1_3_0 - 2.090100572826327*w_1_3_1 - 1*b_1_3 + 1*pre_1_42_3 =e= 0;
pre_definition_1_43_0.. + 1.7755353817873445*w_1_0_0 - 2.0257379866788314*w_1_0_1 - 1*b_1_0 + 1*pre_1_43_0 =e= 0;
pre_definition_1_43_1.. + 1.7755353817873445*w_1_1_0 - 2.0257379866788314*w_1_1_1 - 1*b_1_1 + 1*pre_1_43_1 =e= 0;
pre_definition_1_43_2.. + 1.7755353817873445*w_1_2_0 - 2.0257379866788314*w_1_2_1 - 1*b_1_2 + 1*pre_1_43_2 =e= 0;
pre_definition_1_43_3.. + 1.7755353817873445*w_1_3_0 - 2.0257379866788314*w_1_3_1 - 1*b_1_3 + 1*pre_1_43_3 =e= 0;
pre_definition_1_44_0.. + 2.2713755349661753*w_1_0_0 - 1.9613754005313357*w_1_0_1 - 1*b_1_0 + 1*pre_1_44_0 =e= 0;
pre_definition_1_44_1.. + 2.2713755349661753*w_1_1_0 - 1.9613754005313357*w_1_1_1 - 1*b_1_1 + 1*pre_1_44_1 =e= 0;
pre_definition_1_44_2.. + 2.2713755349661753*w_1_2_0 - 1.9613754005313357*w_1_2_1 - 1*b_1_2 + 1*pre_1_44_2 =e= 0;
pre_definition_1_44_3.. + 2.2713755349661753*w_1_3_0 - 1.9613754005313357*w_1_3_1 - 1*b_1_3 + 1*pre_1_44_3 =e= 0;
pre_definition_1_45_0.. + 0.9578822978710363*w_1_0_0 + 0.3891001930678265*w_1_0_1 - 1*b_1_0 + 1*pre_1_45_0 =e= 0;
pre_definition_1_45_1.. + 0.9578822978710363*w_1_1_0 + 0.3891001930678265*w_1_1_1 - 1*b_1_1 + 1*pre_1_45_1 =e= 0;
pre_definition_1_45_2.. + 0.9578822978710363*w_1_2_0 + 0.3891001930678265*w_1_2_1 - 1*b_1_2 + 1*pre_1_45_2 =e= 0;
pre_definition_1_45_3.. + 0.9578822978710363*w_1_3_0 + 0.3891001930678265*w_1_3_1 - 1*b_1_3 + 1*pre_1_45_3 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 - 1*w_2_0_2*post_1_0_2 - 1*w_2_0_3*post_1_0_3 =e= 0;
out_definition_0_1.. - 1*b_2_1 + 1*out_0_1 - 1*w_2_1_0*post_1_0_0 - 1*w_2_1_1*post_1_0_1 - 1*w_2_1_2*post_1_0_2 - 1*w_2_1_3*post_1_0_3 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 - 1*w_2_0_2*post_1_1_2 - 1*w_2_0_3*post_1_1_3 =e= 0;
out_definition_1_1.. - 1*b_2_1 + 1*out_1_1 - 1*w_2_1_0*post_1_1_0 - 1*w_2_1_1*post_1_1_1 - 1*w_2_1_2*post_1_1_2 - 1*w_2_1_3*post_1_1_3 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 - 1*w_2_0_2*post_1_2_2 - 1*w_2_0_3*post_1_2_3 =e= 0;
out_definition_2_1.. - 1*b_2_1 + 1*out_2_1 - 1*w_2_1_0*post_1_2_0 - 1*w_2_1_1*post_1_2_1 - 1*w_2_1_2*post_1_2_2 - 1*w_2_1_3*post_1_2_3 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 - 1*w_2_0_2*post_1_3_2 - 1*w_2_0_3*post_1_3_3 =e= 0;
out_definition_3_1.. - 1*b_2_1 + 1*out_3_1 - 1*w_2_1_0*post_1_3_0 - 1*w_2_1_1*post_1_3_1 - 1*w_2_1_2*post_1_3_2 - 1*w_2_1_3*post_1_3_3 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 - 1*w_2_0_2*post_1_4_2 - 1*w_2_0_3*post_1_4_3 =e= 0;
out_definition_4_1.. - 1*b_2_1 + 1*out_4_1 - 1*w_2_1_0*post_1_4_0 - 1*w_2_1_1*post_1_4_1 - 1*w_2_1_2*post_1_4_2 - 1*w_2_1_3*post_1_4_3 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 - 1*w_2_0_2*post_1_5_2 - 1*w_2_0_3*post_1_5_3 =e= 0;
out_definition_5_1.. - 1*b_2_1 + 1*out_5_1 - 1*w_2_1_0*post_1_5_0 - 1*w_2_1_1*post_1_5_1 - 1*w_2_1_2*post_1_5_2 - 1*w_2_1_3*post_1_5_3 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 - 1*w_2_0_2*post_1_6_2 - 1*w_2_0_3*post_1_6_3 =e= 0;
out_definition_6_1.. - 1*b_2_1 + 1*out_6_1 - 1*w_2_1_0*post_1_6_0 - 1*w_2_1_1*post_1_6_1 - 1*w_2_1_2*post_1_6_2 - 1*w_2_1_3*post_1_6_3 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 - 1*w_2_0_2*post_1_7_2 - 1*w_2_0_3*post_1_7_3 =e= 0;
out_definition_7_1.. - 1*b_2_1 + 1*out_7_1 - 1*w_2_1_0*post_1_7_0 - 1*w_2_1_1*post_1_7_1 - 1*w_2_1_2*post_1_7_2 - 1*w_2_1_3*post_1_7_3 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 - 1*w_2_0_2*post_1_8_2 - 1*w_2_0_3*post_1_8_3 =e= 0;
out_definition_8_1.. - 1*b_2_1 + 1*out_8_1 - 1*w_2_1_0*post_1_8_0 - 1*w_2_1_1*post_1_8_1 - 1*w_2_1_2*post_1_8_2 - 1*w_2_1_3*post_1_8_3 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 - 1*w_2_0_2*post_1_9_2 - 1*w_2_0_3*post_1_9_3 =e= 0;
out_definition_9_1.. - 1*b_2_1 + 1*out_9_1 - 1*w_2_1_0*post_1_9_0 - 1*w_2_1_1*post_1_9_1 - 1*w_2_1_2*post_1_9_2 - 1*w_2_1_3*post_1_9_3 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*w_2_0_0*post_1_10_0 - 1*w_2_0_1*post_1_10_1 - 1*w_2_0_2*post_1_10_2 - 1*w_2_0_3*post_1_10_3 =e= 0;
out_definition_10_1.. - 1*b_2_1 + 1*out_10_1 - 1*w_2_1_0*post_1_10_0 - 1*w_2_1_1*post_1_10_1 - 1*w_2_1_2*post_1_10_2 - 1*w_2_1_3*post_1_10_3 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*w_2_0_0*post_1_11_0 - 1*w_2_0_1*post_1_11_1 - 1*w_2_0_2*post_1_11_2 - 1*w_2_0_3*post_1_11_3 =e= 0;
out_definition_11_1.. - 1*b_2_1 + 1*out_11_1 - 1*w_2_1_0*post_1_11_0 - 1*w_2_1_1*post_1_11_1 - 1*w_2_1_2*post_1_11_2 - 1*w_2_1_3*post_1_11_3 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*w_2_0_0*post_1_12_0 - 1*w_2_0_1*post_1_12_1 - 1*w_2_0_2*post_1_12_2 - 1*w_2_0_3*post_1_12_3 =e= 0;
out_definition_12_1.. - 1*b_2_1 + 1*out_12_1 - 1*w_2_1_0*post_1_12_0 - 1*w_2_1_1*post_1_12_1 - 1*w_2_1_2*post_1_12_2 - 1*w_2_1_3*post_1_12_3 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*w_2_0_0*post_1_13_0 - 1*w_2_0_1*post_1_13_1 - 1*w_2_0_2*post_1_13_2 - 1*w_2_0_3*post_1_13_3 =e= 0;
out_definition_13_1.. - 1*b_2_1 + 1*out_13_1 - 1*w_2_1_0*post_1_13_0 - 1*w_2_1_1*post_1_13_1 - 1*w_2_1_2*post_1_13_2 - 1*w_2_1_3*post_1_13_3 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*w_2_0_0*post_1_14_0 - 1*w_2_0_1*post_1_14_1 - 1*w_2_0_2*post_1_14_2 - 1*w_2_0_3*post_1_14_3 =e= 0;
out_definition_14_1.. - 1*b_2_1 + 1*out_14_1 - 1*w_2_1_0*post_1_14_0 - 1*w_2_1_1*post_1_14_1 - 1*w_2_1_2*post_1_14_2 - 1*w_2_1_3*post_1_14_3 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*w_2_0_0*post_1_15_0 - 1*w_2_0_1*post_1_15_1 - 1*w_2_0_2*post_1_15_2 - 1*w_2_0_3*post_1_15_3 =e= 0;
out_definition_15_1.. - 1*b_2_1 + 1*out_15_1 - 1*w_2_1_0*post_1_15_0 - 1*w_2_1_1*post_1_15_1 - 1*w_2_1_2*post_1_15_2 - 1*w_2_1_3*post_1_15_3 =e= 0;
out_definition_16_0.. - 1*b_2_0 + 1*out_16_0 - 1*w_2_0_0*post_1_16_0 - 1*w_2_0_1*post_1_16_1 - 1*w_2_0_2*post_1_16_2 - 1*w_2_0_3*post_1_16_3 =e= 0;
out_definition_16_1.. - 1*b_2_1 + 1*out_16_1 - 1*w_2_1_0*post_1_16_0 - 1*w_2_1_1*post_1_16_1 - 1*w_2_1_2*post_1_16_2 - 1*w_2_1_3*post_1_16_3 =e= 0;
out_definition_17_0.. - 1*b_2_0 + 1*out_17_0 - 1*w_2_0_0*post_1_17_0 - 1*w_2_0_1*post_1_17_1 - 1*w_2_0_2*post_1_17_2 - 1*w_2_0_3*post_1_17_3 =e= 0;
out_definition_17_1.. - 1*b_2_1 + 1*out_17_1 - 1*w_2_1_0*post_1_17_0 - 1*w_2_1_1*post_1_17_1 - 1*w_2_1_2*post_1_17_2 - 1*w_2_1_3*post_1_17_3 =e= 0;
out_definition_18_0.. - 1*b_2_0 + 1*out_18_0 - 1*w_2_0_0*post_1_18_0 - 1*w_2_0_1*post_1_18_1 - 1*w_2_0_2*post_1_18_2 - 1*w_2_0_3*post_1_18_3 =e= 0;
out_definition_18_1.. - 1*b_2_1 + 1*out_18_1 - 1*w_2_1_0*post_1_18_0 - 1*w_2_1_1*post_1_18_1 - 1*w_2_1_2*post_1_18_2 - 1*w_2_1_3*post_1_18_3 =e= 0;
out_definition_19_0.. - 1*b_2_0 + 1*out_19_0 - 1*w_2_0_0*post_1_19_0 - 1*w_2_0_1*post_1_19_1 - 1*w_2_0_2*post_1_19_2 - 1*w_2_0_3*post_1_19_3 =e= 0;
out_definition_19_1.. - 1*b_2_1 + 1*out_19_1 - 1*w_2_1_0*post_1_19_0 - 1*w_2_1_1*post_1_19_1 - 1*w_2_1_2*post_1_19_2 - 1*w_2_1_3*post_1_19_3 =e= 0;
out_definition_20_0.. - 1*b_2_0 + 1*out_20_0 - 1*w_2_0_0*post_1_20_0 - 1*w_2_0_1*post_1_20_1 - 1*w_2_0_2*post_1_20_2 - 1*w_2_0_3*post_1_20_3 =e= 0;
out_definition_20_1.. - 1*b_2_1 + 1*out_20_1 - 1*w_2_1_0*post_1_20_0 - 1*w_2_1_1*post_1_20_1 - 1*w_2_1_2*post_1_20_2 - 1*w_2_1_3*post_1_20_3 =e= 0;
out_definition_21_0.. - 1*b_2_0 + 1*out_21_0 - 1*w_2_0_0*post_1_21_0 - 1*w_2_0_1*post_1_21_1 - 1*w_2_0_2*post_1_21_2 - 1*w_2_0_3*post_1_21_3 =e= 0;
out_definition_21_1.. - 1*b_2_1 + 1*out_21_1 - 1*w_2_1_0*post_1_21_0 - 1*w_2_1_1*post_1_21_1 - 1*w_2_1_2*post_1_21_2 - 1*w_2_1_3*post_1_21_3 =e= 0;
out_definition_22_0.. - 1*b_2_0 + 1*out_22_0 - 1*w_2_0_0*post_1_22_0 - 1*w_2_0_1*post_1_22_1 - 1*w_2_0_2*post_1_22_2 - 1*w_2_0_3*post_1_22_3 =e= 0;
out_definition_22_1.. - 1*b_2_1 + 1*out_22_1 - 1*w_2_1_0*post_1_22_0 - 1*w_2_1_1*post_1_22_1 - 1*w_2_1_2*post_1_22_2 - 1*w_2_1_3*post_1_22_3 =e= 0;
out_definition_23_0.. - 1*b_2_0 + 1*out_23_0 - 1*w_2_0_0*post_1_23_0 - 1*w_2_0_1*post_1_23_1 - 1*w_2_0_2*post_1_23_2 - 1*w_2_0_3*post_1_23_3 =e= 0;
out_definition_23_1.. - 1*b_2_1 + 1*out_23_1 - 1*w_2_1_0*post_1_23_0 - 1*w_2_1_1*post_1_23_1 - 1*w_2_1_2*post_1_23_2 - 1*w_2_1_3*post_1_23_3 =e= 0;
out_definition_24_0.. - 1*b_2_0 + 1*out_24_0 - 1*w_2_0_0*post_1_24_0 - 1*w_2_0_1*post_1_24_1 - 1*w_2_0_2*post_1_24_2 - 1*w_2_0_3*post_1_24_3 =e= 0;
out_definition_24_1.. - 1*b_2_1 + 1*out_24_1 - 1*w_2_1_0*post_1_24_0 - 1*w_2_1_1*post_1_24_1 - 1*w_2_1_2*post_1_24_2 - 1*w_2_1_3*post_1_24_3 =e= 0;
out_definition_25_0.. - 1*b_2_0 + 1*out_25_0 - 1*w_2_0_0*post_1_25_0 - 1*w_2_0_1*post_1_25_1 - 1*w_2_0_2*post_1_25_2 - 1*w_2_0_3*post_1_25_3 =e= 0;
out_definition_25_1.. - 1*b_2_1 + 1*out_25_1 - 1*w_2_1_0*post_1_25_0 - 1*w_2_1_1*post_1_25_1 - 1*w_2_1_2*post_1_25_2 - 1*w_2_1_3*post_1_25_3 =e= 0;
out_definition_26_0.. - 1*b_2_0 + 1*out_26_0 - 1*w_2_0_0*post_1_26_0 - 1*w_2_0_1*post_1_26_1 - 1*w_2_0_2*post_1_26_2 - 1*w_2_0_3*post_1_26_3 =e= 0;
out_definition_26_1.. - 1*b_2_1 + 1*out_26_1 - 1*w_2_1_0*post_1_26_0 - 1*w_2_1_1*post_1_26_1 - 1*w_2_1_2*post_1_26_2 - 1*w_2_1_3*post_1_26_3 =e= 0;
out_definition_27_0.. - 1*b_2_0 + 1*out_27_0 - 1*w_2_0_0*post_1_27_0 - 1*w_2_0_1*post_1_27_1 - 1*w_2_0_2*post_1_27_2 - 1*w_2_0_3*post_1_27_3 =e= 0;
out_definition_27_1.. - 1*b_2_1 + 1*out_27_1 - 1*w_2_1_0*post_1_27_0 - 1*w_2_1_1*post_1_27_1 - 1*w_2_1_2*post_1_27_2 - 1*w_2_1_3*post_1_27_3 =e= 0;
out_definition_28_0.. - 1*b_2_0 + 1*out_28_0 - 1*w_2_0_0*post_1_28_0 - 1*w_2_0_1*post_1_28_1 - 1*w_2_0_2*post_1_28_2 - 1*w_2_0_3*post_1_28_3 =e= 0;
out_definition_28_1.. - 1*b_2_1 + 1*out_28_1 - 1*w_2_1_0*post_1_28_0 - 1*w_2_1_1*post_1_28_1 - 1*w_2_1_2*post_1_28_2 - 1*w_2_1_3*post_1_28_3 =e= 0;
out_definition_29_0.. - 1*b_2_0 + 1*out_29_0 - 1*w_2_0_0*post_1_29_0 - 1*w_2_0_1*post_1_29_1 - 1*w_2_0_2*post_1_29_2 - 1*w_2_0_3*post_1_29_3 =e= 0;
out_definition_29_1.. - 1*b_2_1 + 1*out_29_1 - 1*w_2_1_0*post_1_29_0 - 1*w_2_1_1*post_1_29_1 - 1*w_2_1_2*post_1_29_2 - 1*w_2_1_3*post_1_29_3 =e= 0;
out_definition_30_0.. - 1*b_2_0 + 1*out_30_0 - 1*w_2_0_0*post_1_30_0 - 1*w_2_0_1*post_1_30_1 - 1*w_2_0_2*post_1_30_2 - 1*w_2_0_3*post_1_30_3 =e= 0;
out_definition_30_1.. - 1*b_2_1 + 1*out_30_1 - 1*w_2_1_0*post_1_30_0 - 1*w_2_1_1*post_1_30_1 - 1*w_2_1_2*post_1_30_2 - 1*w_2_1_3*post_1_30_3 =e= 0;
out_definition_31_0.. - 1*b_2_0 + 1*out_31_0 - 1*w_2_0_0*post_1_31_0 - 1*w_2_0_1*post_1_31_1 - 1*w_2_0_2*post_1_31_2 - 1*w_2_0_3*post_1_31_3 =e= 0;
out_definition_31_1.. - 1*b_2_1 + 1*out_31_1 - 1*w_2_1_0*post_1_31_0 - 1*w_2_1_1*post_1_31_1 - 1*w_2_1_2*post_1_31_2 - 1*w_2_1_3*post_1_31_3 =e= 0;
out_definition_32_0.. - 1*b_2_0 + 1*out_32_0 - 1*w_2_0_0*post_1_32_0 - 1*w_2_0_1*post_1_32_1 - 1*w_2_0_2*post_1_32_2 - 1*w_2_0_3*post_1_32_3 =e= 0;
out_definition_32_1.. - 1*b_2_1 + 1*out_32_1 - 1*w_2_1_0*post_1_32_0 - 1*w_2_1_1*post_1_32_1 - 1*w_2_1_2*post_1_32_2 - 1*w_2_1_3*post_1_32_3 =e= 0;
out_definition_33_0.. - 1*b_2_0 + 1*out_33_0 - 1*w_2_0_0*post_1_33_0 - 1*w_2_0_1*post_1_33_1 - 1*w_2_0_2*post_1_33_2 - 1*w_2_0_3*post_1_33_3 =e= 0;
out_definition_33_1.. - 1*b_2_1 + 1*out_33_1 - 1*w_2_1_0*post_1_33_0 - 1*w_2_1_1*post_1_33_1 - 1*w_2_1_2*post_1_33_2 - 1*w_2_1_3*post_1_33_3 =e= 0;
out_definition_34_0.. - 1*b_2_0 + 1*out_34_0 - 1*w_2_0_0*post_1_34_0 - 1*w_2_0_1*post_1_34_1 - 1*w_2_0_2*post_1_34_2 - 1*w_2_0_3*post_1_34_3 =e= 0;
out_definition_34_1.. - 1*b_2_1 + 1*out_34_1 - 1*w_2_1_0*post_1_34_0 - 1*w_2_1_1*post_1_34_1 - 1*w_2_1_2*post_1_34_2 - 1*w_2_1_3*post_1_34_3 =e= 0;
out_definition_35_0.. - 1*b_2_0 + 1*out_35_0 - 1*w_2_0_0*post_1_35_0 - 1*w_2_0_1*post_1_35_1 - 1*w_2_0_2*post_1_35_2 - 1*w_2_0_3*post_1_35_3 =e= 0;
out_definition_35_1.. - 1*b_2_1 + 1*out_35_1 - 1*w_2_1_0*post_1_35_0 - 1*w_2_1_1*post_1_35_1 - 1*w_2_1_2*post_1_35_2 - 1*w_2_1_3*post_1_35_3 =e= 0;
out_definition_36_0.. - 1*b_2_0 + 1*out_36_0 - 1*w_2_0_0*post_1_36_0 - 1*w_2_0_1*post_1_36_1 - 1*w_2_0_2*post_1_36_2 - 1*w_2_0_3*post_1_36_3 =e= 0;
out_definition_36_1.. - 1*b_2_1 + 1*out_36_1 - 1*w_2_1_0*post_1_36_0 - 1*w_2_1_1*post_1_36_1 - 1*w_2_1_2*post_1_36_2 - 1*w_2_1_3*post_1_36_3 =e= 0;
out_definition_37_0.. - 1*b_2_0 + 1*out_37_0 - 1*w_2_0_0*post_1_37_0 - 1*w_2_0_1*post_1_37_1 - 1*w_2_0_2*post_1_37_2 - 1*w_2_0_3*post_1_37_3 =e= 0;
out_definition_37_1.. - 1*b_2_1 + 1*out_37_1 - 1*w_2_1_0*post_1_37_0 - 1*w_2_1_1*post_1_37_1 - 1*w_2_1_2*post_1_37_2 - 1*w_2_1_3*post_1_37_3 =e= 0;
out_definition_38_0.. - 1*b_2_0 + 1*out_38_0 - 1*w_2_0_0*post_1_38_0 - 1*w_2_0_1*post_1_38_1 - 1*w_2_0_2*post_1_38_2 - 1*w_2_0_3*post_1_38_3 =e= 0;
out_definition_38_1.. - 1*b_2_1 + 1*out_38_1 - 1*w_2_1_0*post_1_38_0 - 1*w_2_1_1*post_1_38_1 - 1*w_2_1_2*post_1_38_2 - 1*w_2_1_3*post_1_38_3 =e= 0;
out_definition_39_0.. - 1*b_2_0 + 1*out_39_0 - 1*w_2_0_0*post_1_39_0 - 1*w_2_0_1*post_1_39_1 - 1*w_2_0_2*post_1_39_2 - 1*w_2_0_3*post_1_39_3 =e= 0;
out_definition_39_1.. - 1*b_2_1 + 1*out_39_1 - 1*w_2_1_0*post_1_39_0 - 1*w_2_1_1*post_1_39_1 - 1*w_2_1_2*post_1_39_2 - 1*w_2_1_3*post_1_39_3 =e= 0;
out_definition_40_0.. - 1*b_2_0 + 1*out_40_0 - 1*w_2_0_0*post_1_40_0 - 1*w_2_0_1*post_1_40_1 - 1*w_2_0_2*post_1_40_2 - 1*w_2_0_3*post_1_40_3 =e= 0;
out_definition_40_1.. - 1*b_2_1 + 1*out_40_1 - 1*w_2_1_0*post_1_40_0 - 1*w_2_1_1*post_1_40_1 - 1*w_2_1_2*post_1_40_2 - 1*w_2_1_3*post_1_40_3 =e= 0;
out_definition_41_0.. - 1*b_2_0 + 1*out_41_0 - 1*w_2_0_0*post_1_41_0 - 1*w_2_0_1*post_1_41_1 - 1*w_2_0_2*post_1_41_2 - 1*w_2_0_3*post_1_41_3 =e= 0;
out_definition_41_1.. - 1*b_2_1 + 1*out_41_1 - 1*w_2_1_0*post_1_41_0 - 1*w_2_1_1*post_1_41_1 - 1*w_2_1_2*post_1_41_2 - 1*w_2_1_3*post_1_41_3 =e= 0;
out_definition_42_0.. - 1*b_2_0 + 1*out_42_0 - 1*w_2_0_0*post_1_42_0 - 1*w_2_0_1*post_1_42_1 - 1*w_2_0_2*post_1_42_2 - 1*w_2_0_3*post_1_42_3 =e= 0;
out_definition_42_1.. - 1*b_2_1 + 1*out_42_1 - 1*w_2_1_0*post_1_42_0 - 1*w_2_1_1*post_1_42_1 - 1*w_2_1_2*post_1_42_2 - 1*w_2_1_3*post_1_42_3 =e= 0;
out_definition_43_0.. - 1*b_2_0 + 1*out_43_0 - 1*w_2_0_0*post_1_43_0 - 1*w_2_0_1*post_1_43_1 - 1*w_2_0_2*post_1_43_2 - 1*w_2_0_3*post_1_43_3 =e= 0;
out_definition_43_1.. - 1*b_2_1 + 1*out_43_1 - 1*w_2_1_0*post_1_43_0 - 1*w_2_1_1*post_1_43_1 - 1*w_2_1_2*post_1_43_2 - 1*w_2_1_3*post_1_43_3 =e= 0;
out_definition_44_0.. - 1*b_2_0 + 1*out_44_0 - 1*w_2_0_0*post_1_44_0 - 1*w_2_0_1*post_1_44_1 - 1*w_2_0_2*post_1_44_2 - 1*w_2_0_3*post_1_44_3 =e= 0;
out_definition_44_1.. - 1*b_2_1 + 1*out_44_1 - 1*w_2_1_0*post_1_44_0 - 1*w_2_1_1*post_1_44_1 - 1*w_2_1_2*post_1_44_2 - 1*w_2_1_3*post_1_44_3 =e= 0;
out_definition_45_0.. - 1*b_2_0 + 1*out_45_0 - 1*w_2_0_0*post_1_45_0 - 1*w_2_0_1*post_1_45_1 - 1*w_2_0_2*post_1_45_2 - 1*w_2_0_3*post_1_45_3 =e= 0;
out_definition_45_1.. - 1*b_2_1 + 1*out_45_1 - 1*w_2_1_0*post_1_45_0 - 1*w_2_1_1*post_1_45_1 - 1*w_2_1_2*post_1_45_2 - 1*w_2_1_3*post_1_45_3 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e279_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 59.04058006174029*relu_1_0_0_on_binary_indicator_var =g= -59.04058006174029;
e280_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 118.08116012348059*relu_1_0_0_on_binary_indicator_var =l= 118.08116012348059;
e281_.. + 1*post_1_0_0 =g= 0;
e282_.. + 1*post_1_0_0 + 59.04058006174029*relu_1_0_0_off_binary_indicator_var =l= 59.04058006174029;
e283_.. + 1*pre_1_0_0 + 59.04058006174029*relu_1_0_0_off_binary_indicator_var =l= 59.04058006174029;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e286_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 59.04058006174029*relu_1_0_1_on_binary_indicator_var =g= -59.04058006174029;
e287_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 118.08116012348059*relu_1_0_1_on_binary_indicator_var =l= 118.08116012348059;
e288_.. + 1*post_1_0_1 =g= 0;
e289_.. + 1*post_1_0_1 + 59.04058006174029*relu_1_0_1_off_binary_indicator_var =l= 59.04058006174029;
e290_.. + 1*pre_1_0_1 + 59.04058006174029*relu_1_0_1_off_binary_indicator_var =l= 59.04058006174029;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_2_on_binary_indicator_var + 1*relu_1_0_2_off_binary_indicator_var =e= 1;
e293_.. - 1*pre_1_0_2 + 1*post_1_0_2 - 59.04058006174029*relu_1_0_2_on_binary_indicator_var =g= -59.04058006174029;
e294_.. - 1*pre_1_0_2 + 1*post_1_0_2 + 118.08116012348059*relu_1_0_2_on_binary_indicator_var =l= 118.08116012348059;
e295_.. + 1*post_1_0_2 =g= 0;
e296_.. + 1*post_1_0_2 + 59.04058006174029*relu_1_0_2_off_binary_indicator_var =l= 59.04058006174029;
e297_.. + 1*pre_1_0_2 + 59.04058006174029*relu_1_0_2_off_binary_indicator_var =l= 59.04058006174029;
relu_1_0_3_above_pre.. + 1*pre_1_0_3 - 1*post_1_0_3 =l= 0;
relu_1_0_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_3_on_binary_indicator_var + 1*relu_1_0_3_off_binary_indicator_var =e= 1;
e300_.. - 1*pre_1_0_3 + 1*post_1_0_3 - 59.04058006174029*relu_1_0_3_on_binary_indicator_var =g= -59.04058006174029;
e301_.. - 1*pre_1_0_3 + 1*post_1_0_3 + 118.08116012348059*relu_1_0_3_on_binary_indicator_var =l= 118.08116012348059;
e302_.. + 1*post_1_0_3 =g= 0;
e303_.. + 1*post_1_0_3 + 59.04058006174029*relu_1_0_3_off_binary_indicator_var =l= 59.04058006174029;
e304_.. + 1*pre_1_0_3 + 59.04058006174029*relu_1_0_3_off_binary_indicator_var =l= 59.04058006174029;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e307_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 65.20281019432989*relu_1_1_0_on_binary_indicator_var =g= -65.20281019432989;
e308_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 130.40562038865977*relu_1_1_0_on_binary_indicator_var =l= 130.40562038865977;
e309_.. + 1*post_1_1_0 =g= 0;
e310_.. + 1*post_1_1_0 + 65.20281019432989*relu_1_1_0_off_binary_indicator_var =l= 65.20281019432989;
e311_.. + 1*pre_1_1_0 + 65.20281019432989*relu_1_1_0_off_binary_indicator_var =l= 65.20281019432989;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e314_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 65.20281019432989*relu_1_1_1_on_binary_indicator_var =g= -65.20281019432989;
e315_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 130.40562038865977*relu_1_1_1_on_binary_indicator_var =l= 130.40562038865977;
e316_.. + 1*post_1_1_1 =g= 0;
e317_.. + 1*post_1_1_1 + 65.20281019432989*relu_1_1_1_off_binary_indicator_var =l= 65.20281019432989;
e318_.. + 1*pre_1_1_1 + 65.20281019432989*relu_1_1_1_off_binary_indicator_var =l= 65.20281019432989;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_2_on_binary_indicator_var + 1*relu_1_1_2_off_binary_indicator_var =e= 1;
e321_.. - 1*pre_1_1_2 + 1*post_1_1_2 - 65.20281019432989*relu_1_1_2_on_binary_indicator_var =g= -65.20281019432989;
e322_.. - 1*pre_1_1_2 + 1*post_1_1_2 + 130.40562038865977*relu_1_1_2_on_binary_indicator_var =l= 130.40562038865977;
e323_.. + 1*post_1_1_2 =g= 0;
e324_.. + 1*post_1_1_2 + 65.20281019432989*relu_1_1_2_off_binary_indicator_var =l= 65.20281019432989;
e325_.. + 1*pre_1_1_2 + 65.20281019432989*relu_1_1_2_off_binary_indicator_var =l= 65.20281019432989;
relu_1_1_3_above_pre.. + 1*pre_1_1_3 - 1*post_1_1_3 =l= 0;
relu_1_1_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_3_on_binary_indicator_var + 1*relu_1_1_3_off_binary_indicator_var =e= 1;
e328_.. - 1*pre_1_1_3 + 1*post_1_1_3 - 65.20281019432989*relu_1_1_3_on_binary_indicator_var =g= -65.20281019432989;
e329_.. - 1*pre_1_1_3 + 1*post_1_1_3 + 130.40562038865977*relu_1_1_3_on_binary_indicator_var =l= 130.40562038865977;
e330_.. + 1*post_1_1_3 =g= 0;
e331_.. + 1*post_1_1_3 + 65.20281019432989*relu_1_1_3_off_binary_indicator_var =l= 65.20281019432989;
e332_.. + 1*pre_1_1_3 + 65.20281019432989*relu_1_1_3_off_binary_indicator_var =l= 65.20281019432989;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e335_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 71.36504032691947*relu_1_2_0_on_binary_indicator_var =g= -71.36504032691947;
e336_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 142.73008065383894*relu_1_2_0_on_binary_indicator_var =l= 142.73008065383894;
e337_.. + 1*post_1_2_0 =g= 0;
e338_.. + 1*post_1_2_0 + 71.36504032691947*relu_1_2_0_off_binary_indicator_var =l= 71.36504032691947;
e339_.. + 1*pre_1_2_0 + 71.36504032691947*relu_1_2_0_off_binary_indicator_var =l= 71.36504032691947;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e342_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 71.36504032691947*relu_1_2_1_on_binary_indicator_var =g= -71.36504032691947;
e343_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 142.73008065383894*relu_1_2_1_on_binary_indicator_var =l= 142.73008065383894;
e344_.. + 1*post_1_2_1 =g= 0;
e345_.. + 1*post_1_2_1 + 71.36504032691947*relu_1_2_1_off_binary_indicator_var =l= 71.36504032691947;
e346_.. + 1*pre_1_2_1 + 71.36504032691947*relu_1_2_1_off_binary_indicator_var =l= 71.36504032691947;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_2_on_binary_indicator_var + 1*relu_1_2_2_off_binary_indicator_var =e= 1;
e349_.. - 1*pre_1_2_2 + 1*post_1_2_2 - 71.36504032691947*relu_1_2_2_on_binary_indicator_var =g= -71.36504032691947;
e350_.. - 1*pre_1_2_2 + 1*post_1_2_2 + 142.73008065383894*relu_1_2_2_on_binary_indicator_var =l= 142.73008065383894;
e351_.. + 1*post_1_2_2 =g= 0;
e352_.. + 1*post_1_2_2 + 71.36504032691947*relu_1_2_2_off_binary_indicator_var =l= 71.36504032691947;
e353_.. + 1*pre_1_2_2 + 71.36504032691947*relu_1_2_2_off_binary_indicator_var =l= 71.36504032691947;
relu_1_2_3_above_pre.. + 1*pre_1_2_3 - 1*post_1_2_3 =l= 0;
relu_1_2_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_3_on_binary_indicator_var + 1*relu_1_2_3_off_binary_indicator_var =e= 1;
e356_.. - 1*pre_1_2_3 + 1*post_1_2_3 - 71.36504032691947*relu_1_2_3_on_binary_indicator_var =g= -71.36504032691947;
e357_.. - 1*pre_1_2_3 + 1*post_1_2_3 + 142.73008065383894*relu_1_2_3_on_binary_indicator_var =l= 142.73008065383894;
e358_.. + 1*post_1_2_3 =g= 0;
e359_.. + 1*post_1_2_3 + 71.36504032691947*relu_1_2_3_off_binary_indicator_var =l= 71.36504032691947;
e360_.. + 1*pre_1_2_3 + 71.36504032691947*relu_1_2_3_off_binary_indicator_var =l= 71.36504032691947;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e363_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 56.66745344306795*relu_1_3_0_on_binary_indicator_var =g= -56.66745344306795;
e364_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 113.3349068861359*relu_1_3_0_on_binary_indicator_var =l= 113.3349068861359;
e365_.. + 1*post_1_3_0 =g= 0;
e366_.. + 1*post_1_3_0 + 56.66745344306795*relu_1_3_0_off_binary_indicator_var =l= 56.66745344306795;
e367_.. + 1*pre_1_3_0 + 56.66745344306795*relu_1_3_0_off_binary_indicator_var =l= 56.66745344306795;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e370_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 56.66745344306795*relu_1_3_1_on_binary_indicator_var =g= -56.66745344306795;
e371_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 113.3349068861359*relu_1_3_1_on_binary_indicator_var =l= 113.3349068861359;
e372_.. + 1*post_1_3_1 =g= 0;
e373_.. + 1*post_1_3_1 + 56.66745344306795*relu_1_3_1_off_binary_indicator_var =l= 56.66745344306795;
e374_.. + 1*pre_1_3_1 + 56.66745344306795*relu_1_3_1_off_binary_indicator_var =l= 56.66745344306795;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_2_on_binary_indicator_var + 1*relu_1_3_2_off_binary_indicator_var =e= 1;
e377_.. - 1*pre_1_3_2 + 1*post_1_3_2 - 56.66745344306795*relu_1_3_2_on_binary_indicator_var =g= -56.66745344306795;
e378_.. - 1*pre_1_3_2 + 1*post_1_3_2 + 113.3349068861359*relu_1_3_2_on_binary_indicator_var =l= 113.3349068861359;
e379_.. + 1*post_1_3_2 =g= 0;
e380_.. + 1*post_1_3_2 + 56.66745344306795*relu_1_3_2_off_binary_indicator_var =l= 56.66745344306795;
e381_.. + 1*pre_1_3_2 + 56.66745344306795*relu_1_3_2_off_binary_indicator_var =l= 56.66745344306795;
relu_1_3_3_above_pre.. + 1*pre_1_3_3 - 1*post_1_3_3 =l= 0;
relu_1_3_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_3_on_binary_indicator_var + 1*relu_1_3_3_off_binary_indicator_var =e= 1;
e384_.. - 1*pre_1_3_3 + 1*post_1_3_3 - 56.66745344306795*relu_1_3_3_on_binary_indicator_var =g= -56.66745344306795;
e385_.. - 1*pre_1_3_3 + 1*post_1_3_3 + 113.3349068861359*relu_1_3_3_on_binary_indicator_var =l= 113.3349068861359;
e386_.. + 1*post_1_3_3 =g= 0;
e387_.. + 1*post_1_3_3 + 56.66745344306795*relu_1_3_3_off_binary_indicator_var =l= 56.66745344306795;
e388_.. + 1*pre_1_3_3 + 56.66745344306795*relu_1_3_3_off_binary_indicator_var =l= 56.66745344306795;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e391_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 62.82968357565754*relu_1_4_0_on_binary_indicator_var =g= -62.82968357565754;
e392_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 125.65936715131508*relu_1_4_0_on_binary_indicator_var =l= 125.65936715131508;
e393_.. + 1*post_1_4_0 =g= 0;
e394_.. + 1*post_1_4_0 + 62.82968357565754*relu_1_4_0_off_binary_indicator_var =l= 62.82968357565754;
e395_.. + 1*pre_1_4_0 + 62.82968357565754*relu_1_4_0_off_binary_indicator_var =l= 62.82968357565754;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e398_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 62.82968357565754*relu_1_4_1_on_binary_indicator_var =g= -62.82968357565754;
e399_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 125.65936715131508*relu_1_4_1_on_binary_indicator_var =l= 125.65936715131508;
e400_.. + 1*post_1_4_1 =g= 0;
e401_.. + 1*post_1_4_1 + 62.82968357565754*relu_1_4_1_off_binary_indicator_var =l= 62.82968357565754;
e402_.. + 1*pre_1_4_1 + 62.82968357565754*relu_1_4_1_off_binary_indicator_var =l= 62.82968357565754;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_2_on_binary_indicator_var + 1*relu_1_4_2_off_binary_indicator_var =e= 1;
e405_.. - 1*pre_1_4_2 + 1*post_1_4_2 - 62.82968357565754*relu_1_4_2_on_binary_indicator_var =g= -62.82968357565754;
e406_.. - 1*pre_1_4_2 + 1*post_1_4_2 + 125.65936715131508*relu_1_4_2_on_binary_indicator_var =l= 125.65936715131508;
e407_.. + 1*post_1_4_2 =g= 0;
e408_.. + 1*post_1_4_2 + 62.82968357565754*relu_1_4_2_off_binary_indicator_var =l= 62.82968357565754;
e409_.. + 1*pre_1_4_2 + 62.82968357565754*relu_1_4_2_off_binary_indicator_var =l= 62.82968357565754;
relu_1_4_3_above_pre.. + 1*pre_1_4_3 - 1*post_1_4_3 =l= 0;
relu_1_4_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_3_on_binary_indicator_var + 1*relu_1_4_3_off_binary_indicator_var =e= 1;
e412_.. - 1*pre_1_4_3 + 1*post_1_4_3 - 62.82968357565754*relu_1_4_3_on_binary_indicator_var =g= -62.82968357565754;
e413_.. - 1*pre_1_4_3 + 1*post_1_4_3 + 125.65936715131508*relu_1_4_3_on_binary_indicator_var =l= 125.65936715131508;
e414_.. + 1*post_1_4_3 =g= 0;
e415_.. + 1*post_1_4_3 + 62.82968357565754*relu_1_4_3_off_binary_indicator_var =l= 62.82968357565754;
e416_.. + 1*pre_1_4_3 + 62.82968357565754*relu_1_4_3_off_binary_indicator_var =l= 62.82968357565754;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e419_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 68.99191370824713*relu_1_5_0_on_binary_indicator_var =g= -68.99191370824713;
e420_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 137.98382741649425*relu_1_5_0_on_binary_indicator_var =l= 137.98382741649425;
e421_.. + 1*post_1_5_0 =g= 0;
e422_.. + 1*post_1_5_0 + 68.99191370824713*relu_1_5_0_off_binary_indicator_var =l= 68.99191370824713;
e423_.. + 1*pre_1_5_0 + 68.99191370824713*relu_1_5_0_off_binary_indicator_var =l= 68.99191370824713;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e426_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 68.99191370824713*relu_1_5_1_on_binary_indicator_var =g= -68.99191370824713;
e427_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 137.98382741649425*relu_1_5_1_on_binary_indicator_var =l= 137.98382741649425;
e428_.. + 1*post_1_5_1 =g= 0;
e429_.. + 1*post_1_5_1 + 68.99191370824713*relu_1_5_1_off_binary_indicator_var =l= 68.99191370824713;
e430_.. + 1*pre_1_5_1 + 68.99191370824713*relu_1_5_1_off_binary_indicator_var =l= 68.99191370824713;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_2_on_binary_indicator_var + 1*relu_1_5_2_off_binary_indicator_var =e= 1;
e433_.. - 1*pre_1_5_2 + 1*post_1_5_2 - 68.99191370824713*relu_1_5_2_on_binary_indicator_var =g= -68.99191370824713;
e434_.. - 1*pre_1_5_2 + 1*post_1_5_2 + 137.98382741649425*relu_1_5_2_on_binary_indicator_var =l= 137.98382741649425;
e435_.. + 1*post_1_5_2 =g= 0;
e436_.. + 1*post_1_5_2 + 68.99191370824713*relu_1_5_2_off_binary_indicator_var =l= 68.99191370824713;
e437_.. + 1*pre_1_5_2 + 68.99191370824713*relu_1_5_2_off_binary_indicator_var =l= 68.99191370824713;
relu_1_5_3_above_pre.. + 1*pre_1_5_3 - 1*post_1_5_3 =l= 0;
relu_1_5_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_3_on_binary_indicator_var + 1*relu_1_5_3_off_binary_indicator_var =e= 1;
e440_.. - 1*pre_1_5_3 + 1*post_1_5_3 - 68.99191370824713*relu_1_5_3_on_binary_indicator_var =g= -68.99191370824713;
e441_.. - 1*pre_1_5_3 + 1*post_1_5_3 + 137.98382741649425*relu_1_5_3_on_binary_indicator_var =l= 137.98382741649425;
e442_.. + 1*post_1_5_3 =g= 0;
e443_.. + 1*post_1_5_3 + 68.99191370824713*relu_1_5_3_off_binary_indicator_var =l= 68.99191370824713;
e444_.. + 1*pre_1_5_3 + 68.99191370824713*relu_1_5_3_off_binary_indicator_var =l= 68.99191370824713;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e447_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 54.294326824395604*relu_1_6_0_on_binary_indicator_var =g= -54.294326824395604;
e448_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 108.58865364879121*relu_1_6_0_on_binary_indicator_var =l= 108.58865364879121;
e449_.. + 1*post_1_6_0 =g= 0;
e450_.. + 1*post_1_6_0 + 54.294326824395604*relu_1_6_0_off_binary_indicator_var =l= 54.294326824395604;
e451_.. + 1*pre_1_6_0 + 54.294326824395604*relu_1_6_0_off_binary_indicator_var =l= 54.294326824395604;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e454_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 54.294326824395604*relu_1_6_1_on_binary_indicator_var =g= -54.294326824395604;
e455_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 108.58865364879121*relu_1_6_1_on_binary_indicator_var =l= 108.58865364879121;
e456_.. + 1*post_1_6_1 =g= 0;
e457_.. + 1*post_1_6_1 + 54.294326824395604*relu_1_6_1_off_binary_indicator_var =l= 54.294326824395604;
e458_.. + 1*pre_1_6_1 + 54.294326824395604*relu_1_6_1_off_binary_indicator_var =l= 54.294326824395604;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_2_on_binary_indicator_var + 1*relu_1_6_2_off_binary_indicator_var =e= 1;
e461_.. - 1*pre_1_6_2 + 1*post_1_6_2 - 54.294326824395604*relu_1_6_2_on_binary_indicator_var =g= -54.294326824395604;
e462_.. - 1*pre_1_6_2 + 1*post_1_6_2 + 108.58865364879121*relu_1_6_2_on_binary_indicator_var =l= 108.58865364879121;
e463_.. + 1*post_1_6_2 =g= 0;
e464_.. + 1*post_1_6_2 + 54.294326824395604*relu_1_6_2_off_binary_indicator_var =l= 54.294326824395604;
e465_.. + 1*pre_1_6_2 + 54.294326824395604*relu_1_6_2_off_binary_indicator_var =l= 54.294326824395604;
relu_1_6_3_above_pre.. + 1*pre_1_6_3 - 1*post_1_6_3 =l= 0;
relu_1_6_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_3_on_binary_indicator_var + 1*relu_1_6_3_off_binary_indicator_var =e= 1;
e468_.. - 1*pre_1_6_3 + 1*post_1_6_3 - 54.294326824395604*relu_1_6_3_on_binary_indicator_var =g= -54.294326824395604;
e469_.. - 1*pre_1_6_3 + 1*post_1_6_3 + 108.58865364879121*relu_1_6_3_on_binary_indicator_var =l= 108.58865364879121;
e470_.. + 1*post_1_6_3 =g= 0;
e471_.. + 1*post_1_6_3 + 54.294326824395604*relu_1_6_3_off_binary_indicator_var =l= 54.294326824395604;
e472_.. + 1*pre_1_6_3 + 54.294326824395604*relu_1_6_3_off_binary_indicator_var =l= 54.294326824395604;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e475_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 60.45655695698519*relu_1_7_0_on_binary_indicator_var =g= -60.45655695698519;
e476_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 120.91311391397038*relu_1_7_0_on_binary_indicator_var =l= 120.91311391397038;
e477_.. + 1*post_1_7_0 =g= 0;
e478_.. + 1*post_1_7_0 + 60.45655695698519*relu_1_7_0_off_binary_indicator_var =l= 60.45655695698519;
e479_.. + 1*pre_1_7_0 + 60.45655695698519*relu_1_7_0_off_binary_indicator_var =l= 60.45655695698519;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e482_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 60.45655695698519*relu_1_7_1_on_binary_indicator_var =g= -60.45655695698519;
e483_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 120.91311391397038*relu_1_7_1_on_binary_indicator_var =l= 120.91311391397038;
e484_.. + 1*post_1_7_1 =g= 0;
e485_.. + 1*post_1_7_1 + 60.45655695698519*relu_1_7_1_off_binary_indicator_var =l= 60.45655695698519;
e486_.. + 1*pre_1_7_1 + 60.45655695698519*relu_1_7_1_off_binary_indicator_var =l= 60.45655695698519;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_2_on_binary_indicator_var + 1*relu_1_7_2_off_binary_indicator_var =e= 1;
e489_.. - 1*pre_1_7_2 + 1*post_1_7_2 - 60.45655695698519*relu_1_7_2_on_binary_indicator_var =g= -60.45655695698519;
e490_.. - 1*pre_1_7_2 + 1*post_1_7_2 + 120.91311391397038*relu_1_7_2_on_binary_indicator_var =l= 120.91311391397038;
e491_.. + 1*post_1_7_2 =g= 0;
e492_.. + 1*post_1_7_2 + 60.45655695698519*relu_1_7_2_off_binary_indicator_var =l= 60.45655695698519;
e493_.. + 1*pre_1_7_2 + 60.45655695698519*relu_1_7_2_off_binary_indicator_var =l= 60.45655695698519;
relu_1_7_3_above_pre.. + 1*pre_1_7_3 - 1*post_1_7_3 =l= 0;
relu_1_7_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_3_on_binary_indicator_var + 1*relu_1_7_3_off_binary_indicator_var =e= 1;
e496_.. - 1*pre_1_7_3 + 1*post_1_7_3 - 60.45655695698519*relu_1_7_3_on_binary_indicator_var =g= -60.45655695698519;
e497_.. - 1*pre_1_7_3 + 1*post_1_7_3 + 120.91311391397038*relu_1_7_3_on_binary_indicator_var =l= 120.91311391397038;
e498_.. + 1*post_1_7_3 =g= 0;
e499_.. + 1*post_1_7_3 + 60.45655695698519*relu_1_7_3_off_binary_indicator_var =l= 60.45655695698519;
e500_.. + 1*pre_1_7_3 + 60.45655695698519*relu_1_7_3_off_binary_indicator_var =l= 60.45655695698519;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e503_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 66.61878708957478*relu_1_8_0_on_binary_indicator_var =g= -66.61878708957478;
e504_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 133.23757417914956*relu_1_8_0_on_binary_indicator_var =l= 133.23757417914956;
e505_.. + 1*post_1_8_0 =g= 0;
e506_.. + 1*post_1_8_0 + 66.61878708957478*relu_1_8_0_off_binary_indicator_var =l= 66.61878708957478;
e507_.. + 1*pre_1_8_0 + 66.61878708957478*relu_1_8_0_off_binary_indicator_var =l= 66.61878708957478;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e510_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 66.61878708957478*relu_1_8_1_on_binary_indicator_var =g= -66.61878708957478;
e511_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 133.23757417914956*relu_1_8_1_on_binary_indicator_var =l= 133.23757417914956;
e512_.. + 1*post_1_8_1 =g= 0;
e513_.. + 1*post_1_8_1 + 66.61878708957478*relu_1_8_1_off_binary_indicator_var =l= 66.61878708957478;
e514_.. + 1*pre_1_8_1 + 66.61878708957478*relu_1_8_1_off_binary_indicator_var =l= 66.61878708957478;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_2_on_binary_indicator_var + 1*relu_1_8_2_off_binary_indicator_var =e= 1;
e517_.. - 1*pre_1_8_2 + 1*post_1_8_2 - 66.61878708957478*relu_1_8_2_on_binary_indicator_var =g= -66.61878708957478;
e518_.. - 1*pre_1_8_2 + 1*post_1_8_2 + 133.23757417914956*relu_1_8_2_on_binary_indicator_var =l= 133.23757417914956;
e519_.. + 1*post_1_8_2 =g= 0;
e520_.. + 1*post_1_8_2 + 66.61878708957478*relu_1_8_2_off_binary_indicator_var =l= 66.61878708957478;
e521_.. + 1*pre_1_8_2 + 66.61878708957478*relu_1_8_2_off_binary_indicator_var =l= 66.61878708957478;
relu_1_8_3_above_pre.. + 1*pre_1_8_3 - 1*post_1_8_3 =l= 0;
relu_1_8_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_3_on_binary_indicator_var + 1*relu_1_8_3_off_binary_indicator_var =e= 1;
e524_.. - 1*pre_1_8_3 + 1*post_1_8_3 - 66.61878708957478*relu_1_8_3_on_binary_indicator_var =g= -66.61878708957478;
e525_.. - 1*pre_1_8_3 + 1*post_1_8_3 + 133.23757417914956*relu_1_8_3_on_binary_indicator_var =l= 133.23757417914956;
e526_.. + 1*post_1_8_3 =g= 0;
e527_.. + 1*post_1_8_3 + 66.61878708957478*relu_1_8_3_off_binary_indicator_var =l= 66.61878708957478;
e528_.. + 1*pre_1_8_3 + 66.61878708957478*relu_1_8_3_off_binary_indicator_var =l= 66.61878708957478;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e531_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 48.36151027771475*relu_1_9_0_on_binary_indicator_var =g= -48.36151027771475;
e532_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 96.7230205554295*relu_1_9_0_on_binary_indicator_var =l= 96.7230205554295;
e533_.. + 1*post_1_9_0 =g= 0;
e534_.. + 1*post_1_9_0 + 48.36151027771475*relu_1_9_0_off_binary_indicator_var =l= 48.36151027771475;
e535_.. + 1*pre_1_9_0 + 48.36151027771475*relu_1_9_0_off_binary_indicator_var =l= 48.36151027771475;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e538_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 48.36151027771475*relu_1_9_1_on_binary_indicator_var =g= -48.36151027771475;
e539_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 96.7230205554295*relu_1_9_1_on_binary_indicator_var =l= 96.7230205554295;
e540_.. + 1*post_1_9_1 =g= 0;
e541_.. + 1*post_1_9_1 + 48.36151027771475*relu_1_9_1_off_binary_indicator_var =l= 48.36151027771475;
e542_.. + 1*pre_1_9_1 + 48.36151027771475*relu_1_9_1_off_binary_indicator_var =l= 48.36151027771475;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_2_on_binary_indicator_var + 1*relu_1_9_2_off_binary_indicator_var =e= 1;
e545_.. - 1*pre_1_9_2 + 1*post_1_9_2 - 48.36151027771475*relu_1_9_2_on_binary_indicator_var =g= -48.36151027771475;
e546_.. - 1*pre_1_9_2 + 1*post_1_9_2 + 96.7230205554295*relu_1_9_2_on_binary_indicator_var =l= 96.7230205554295;
e547_.. + 1*post_1_9_2 =g= 0;
e548_.. + 1*post_1_9_2 + 48.36151027771475*relu_1_9_2_off_binary_indicator_var =l= 48.36151027771475;
e549_.. + 1*pre_1_9_2 + 48.36151027771475*relu_1_9_2_off_binary_indicator_var =l= 48.36151027771475;
relu_1_9_3_above_pre.. + 1*pre_1_9_3 - 1*post_1_9_3 =l= 0;
relu_1_9_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_3_on_binary_indicator_var + 1*relu_1_9_3_off_binary_indicator_var =e= 1;
e552_.. - 1*pre_1_9_3 + 1*post_1_9_3 - 48.36151027771475*relu_1_9_3_on_binary_indicator_var =g= -48.36151027771475;
e553_.. - 1*pre_1_9_3 + 1*post_1_9_3 + 96.7230205554295*relu_1_9_3_on_binary_indicator_var =l= 96.7230205554295;
e554_.. + 1*post_1_9_3 =g= 0;
e555_.. + 1*post_1_9_3 + 48.36151027771475*relu_1_9_3_off_binary_indicator_var =l= 48.36151027771475;
e556_.. + 1*pre_1_9_3 + 48.36151027771475*relu_1_9_3_off_binary_indicator_var =l= 48.36151027771475;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_0_on_binary_indicator_var + 1*relu_1_10_0_off_binary_indicator_var =e= 1;
e559_.. - 1*pre_1_10_0 + 1*post_1_10_0 - 54.52374041030434*relu_1_10_0_on_binary_indicator_var =g= -54.52374041030434;
e560_.. - 1*pre_1_10_0 + 1*post_1_10_0 + 109.04748082060868*relu_1_10_0_on_binary_indicator_var =l= 109.04748082060868;
e561_.. + 1*post_1_10_0 =g= 0;
e562_.. + 1*post_1_10_0 + 54.52374041030434*relu_1_10_0_off_binary_indicator_var =l= 54.52374041030434;
e563_.. + 1*pre_1_10_0 + 54.52374041030434*relu_1_10_0_off_binary_indicator_var =l= 54.52374041030434;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_1_on_binary_indicator_var + 1*relu_1_10_1_off_binary_indicator_var =e= 1;
e566_.. - 1*pre_1_10_1 + 1*post_1_10_1 - 54.52374041030434*relu_1_10_1_on_binary_indicator_var =g= -54.52374041030434;
e567_.. - 1*pre_1_10_1 + 1*post_1_10_1 + 109.04748082060868*relu_1_10_1_on_binary_indicator_var =l= 109.04748082060868;
e568_.. + 1*post_1_10_1 =g= 0;
e569_.. + 1*post_1_10_1 + 54.52374041030434*relu_1_10_1_off_binary_indicator_var =l= 54.52374041030434;
e570_.. + 1*pre_1_10_1 + 54.52374041030434*relu_1_10_1_off_binary_indicator_var =l= 54.52374041030434;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_2_on_binary_indicator_var + 1*relu_1_10_2_off_binary_indicator_var =e= 1;
e573_.. - 1*pre_1_10_2 + 1*post_1_10_2 - 54.52374041030434*relu_1_10_2_on_binary_indicator_var =g= -54.52374041030434;
e574_.. - 1*pre_1_10_2 + 1*post_1_10_2 + 109.04748082060868*relu_1_10_2_on_binary_indicator_var =l= 109.04748082060868;
e575_.. + 1*post_1_10_2 =g= 0;
e576_.. + 1*post_1_10_2 + 54.52374041030434*relu_1_10_2_off_binary_indicator_var =l= 54.52374041030434;
e577_.. + 1*pre_1_10_2 + 54.52374041030434*relu_1_10_2_off_binary_indicator_var =l= 54.52374041030434;
relu_1_10_3_above_pre.. + 1*pre_1_10_3 - 1*post_1_10_3 =l= 0;
relu_1_10_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_10_3_on_binary_indicator_var + 1*relu_1_10_3_off_binary_indicator_var =e= 1;
e580_.. - 1*pre_1_10_3 + 1*post_1_10_3 - 54.52374041030434*relu_1_10_3_on_binary_indicator_var =g= -54.52374041030434;
e581_.. - 1*pre_1_10_3 + 1*post_1_10_3 + 109.04748082060868*relu_1_10_3_on_binary_indicator_var =l= 109.04748082060868;
e582_.. + 1*post_1_10_3 =g= 0;
e583_.. + 1*post_1_10_3 + 54.52374041030434*relu_1_10_3_off_binary_indicator_var =l= 54.52374041030434;
e584_.. + 1*pre_1_10_3 + 54.52374041030434*relu_1_10_3_off_binary_indicator_var =l= 54.52374041030434;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_0_on_binary_indicator_var + 1*relu_1_11_0_off_binary_indicator_var =e= 1;
e587_.. - 1*pre_1_11_0 + 1*post_1_11_0 - 60.68597054289393*relu_1_11_0_on_binary_indicator_var =g= -60.68597054289393;
e588_.. - 1*pre_1_11_0 + 1*post_1_11_0 + 121.37194108578785*relu_1_11_0_on_binary_indicator_var =l= 121.37194108578785;
e589_.. + 1*post_1_11_0 =g= 0;
e590_.. + 1*post_1_11_0 + 60.68597054289393*relu_1_11_0_off_binary_indicator_var =l= 60.68597054289393;
e591_.. + 1*pre_1_11_0 + 60.68597054289393*relu_1_11_0_off_binary_indicator_var =l= 60.68597054289393;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_1_on_binary_indicator_var + 1*relu_1_11_1_off_binary_indicator_var =e= 1;
e594_.. - 1*pre_1_11_1 + 1*post_1_11_1 - 60.68597054289393*relu_1_11_1_on_binary_indicator_var =g= -60.68597054289393;
e595_.. - 1*pre_1_11_1 + 1*post_1_11_1 + 121.37194108578785*relu_1_11_1_on_binary_indicator_var =l= 121.37194108578785;
e596_.. + 1*post_1_11_1 =g= 0;
e597_.. + 1*post_1_11_1 + 60.68597054289393*relu_1_11_1_off_binary_indicator_var =l= 60.68597054289393;
e598_.. + 1*pre_1_11_1 + 60.68597054289393*relu_1_11_1_off_binary_indicator_var =l= 60.68597054289393;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_2_on_binary_indicator_var + 1*relu_1_11_2_off_binary_indicator_var =e= 1;
e601_.. - 1*pre_1_11_2 + 1*post_1_11_2 - 60.68597054289393*relu_1_11_2_on_binary_indicator_var =g= -60.68597054289393;
e602_.. - 1*pre_1_11_2 + 1*post_1_11_2 + 121.37194108578785*relu_1_11_2_on_binary_indicator_var =l= 121.37194108578785;
e603_.. + 1*post_1_11_2 =g= 0;
e604_.. + 1*post_1_11_2 + 60.68597054289393*relu_1_11_2_off_binary_indicator_var =l= 60.68597054289393;
e605_.. + 1*pre_1_11_2 + 60.68597054289393*relu_1_11_2_off_binary_indicator_var =l= 60.68597054289393;
relu_1_11_3_above_pre.. + 1*pre_1_11_3 - 1*post_1_11_3 =l= 0;
relu_1_11_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_11_3_on_binary_indicator_var + 1*relu_1_11_3_off_binary_indicator_var =e= 1;
e608_.. - 1*pre_1_11_3 + 1*post_1_11_3 - 60.68597054289393*relu_1_11_3_on_binary_indicator_var =g= -60.68597054289393;
e609_.. - 1*pre_1_11_3 + 1*post_1_11_3 + 121.37194108578785*relu_1_11_3_on_binary_indicator_var =l= 121.37194108578785;
e610_.. + 1*post_1_11_3 =g= 0;
e611_.. + 1*post_1_11_3 + 60.68597054289393*relu_1_11_3_off_binary_indicator_var =l= 60.68597054289393;
e612_.. + 1*pre_1_11_3 + 60.68597054289393*relu_1_11_3_off_binary_indicator_var =l= 60.68597054289393;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_0_on_binary_indicator_var + 1*relu_1_12_0_off_binary_indicator_var =e= 1;
e615_.. - 1*pre_1_12_0 + 1*post_1_12_0 - 47.17494696837858*relu_1_12_0_on_binary_indicator_var =g= -47.17494696837858;
e616_.. - 1*pre_1_12_0 + 1*post_1_12_0 + 94.34989393675716*relu_1_12_0_on_binary_indicator_var =l= 94.34989393675716;
e617_.. + 1*post_1_12_0 =g= 0;
e618_.. + 1*post_1_12_0 + 47.17494696837858*relu_1_12_0_off_binary_indicator_var =l= 47.17494696837858;
e619_.. + 1*pre_1_12_0 + 47.17494696837858*relu_1_12_0_off_binary_indicator_var =l= 47.17494696837858;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_1_on_binary_indicator_var + 1*relu_1_12_1_off_binary_indicator_var =e= 1;
e622_.. - 1*pre_1_12_1 + 1*post_1_12_1 - 47.17494696837858*relu_1_12_1_on_binary_indicator_var =g= -47.17494696837858;
e623_.. - 1*pre_1_12_1 + 1*post_1_12_1 + 94.34989393675716*relu_1_12_1_on_binary_indicator_var =l= 94.34989393675716;
e624_.. + 1*post_1_12_1 =g= 0;
e625_.. + 1*post_1_12_1 + 47.17494696837858*relu_1_12_1_off_binary_indicator_var =l= 47.17494696837858;
e626_.. + 1*pre_1_12_1 + 47.17494696837858*relu_1_12_1_off_binary_indicator_var =l= 47.17494696837858;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_2_on_binary_indicator_var + 1*relu_1_12_2_off_binary_indicator_var =e= 1;
e629_.. - 1*pre_1_12_2 + 1*post_1_12_2 - 47.17494696837858*relu_1_12_2_on_binary_indicator_var =g= -47.17494696837858;
e630_.. - 1*pre_1_12_2 + 1*post_1_12_2 + 94.34989393675716*relu_1_12_2_on_binary_indicator_var =l= 94.34989393675716;
e631_.. + 1*post_1_12_2 =g= 0;
e632_.. + 1*post_1_12_2 + 47.17494696837858*relu_1_12_2_off_binary_indicator_var =l= 47.17494696837858;
e633_.. + 1*pre_1_12_2 + 47.17494696837858*relu_1_12_2_off_binary_indicator_var =l= 47.17494696837858;
relu_1_12_3_above_pre.. + 1*pre_1_12_3 - 1*post_1_12_3 =l= 0;
relu_1_12_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_12_3_on_binary_indicator_var + 1*relu_1_12_3_off_binary_indicator_var =e= 1;
e636_.. - 1*pre_1_12_3 + 1*post_1_12_3 - 47.17494696837858*relu_1_12_3_on_binary_indicator_var =g= -47.17494696837858;
e637_.. - 1*pre_1_12_3 + 1*post_1_12_3 + 94.34989393675716*relu_1_12_3_on_binary_indicator_var =l= 94.34989393675716;
e638_.. + 1*post_1_12_3 =g= 0;
e639_.. + 1*post_1_12_3 + 47.17494696837858*relu_1_12_3_off_binary_indicator_var =l= 47.17494696837858;
e640_.. + 1*pre_1_12_3 + 47.17494696837858*relu_1_12_3_off_binary_indicator_var =l= 47.17494696837858;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_0_on_binary_indicator_var + 1*relu_1_13_0_off_binary_indicator_var =e= 1;
e643_.. - 1*pre_1_13_0 + 1*post_1_13_0 - 53.33717710096817*relu_1_13_0_on_binary_indicator_var =g= -53.33717710096817;
e644_.. - 1*pre_1_13_0 + 1*post_1_13_0 + 106.67435420193634*relu_1_13_0_on_binary_indicator_var =l= 106.67435420193634;
e645_.. + 1*post_1_13_0 =g= 0;
e646_.. + 1*post_1_13_0 + 53.33717710096817*relu_1_13_0_off_binary_indicator_var =l= 53.33717710096817;
e647_.. + 1*pre_1_13_0 + 53.33717710096817*relu_1_13_0_off_binary_indicator_var =l= 53.33717710096817;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_1_on_binary_indicator_var + 1*relu_1_13_1_off_binary_indicator_var =e= 1;
e650_.. - 1*pre_1_13_1 + 1*post_1_13_1 - 53.33717710096817*relu_1_13_1_on_binary_indicator_var =g= -53.33717710096817;
e651_.. - 1*pre_1_13_1 + 1*post_1_13_1 + 106.67435420193634*relu_1_13_1_on_binary_indicator_var =l= 106.67435420193634;
e652_.. + 1*post_1_13_1 =g= 0;
e653_.. + 1*post_1_13_1 + 53.33717710096817*relu_1_13_1_off_binary_indicator_var =l= 53.33717710096817;
e654_.. + 1*pre_1_13_1 + 53.33717710096817*relu_1_13_1_off_binary_indicator_var =l= 53.33717710096817;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_2_on_binary_indicator_var + 1*relu_1_13_2_off_binary_indicator_var =e= 1;
e657_.. - 1*pre_1_13_2 + 1*post_1_13_2 - 53.33717710096817*relu_1_13_2_on_binary_indicator_var =g= -53.33717710096817;
e658_.. - 1*pre_1_13_2 + 1*post_1_13_2 + 106.67435420193634*relu_1_13_2_on_binary_indicator_var =l= 106.67435420193634;
e659_.. + 1*post_1_13_2 =g= 0;
e660_.. + 1*post_1_13_2 + 53.33717710096817*relu_1_13_2_off_binary_indicator_var =l= 53.33717710096817;
e661_.. + 1*pre_1_13_2 + 53.33717710096817*relu_1_13_2_off_binary_indicator_var =l= 53.33717710096817;
relu_1_13_3_above_pre.. + 1*pre_1_13_3 - 1*post_1_13_3 =l= 0;
relu_1_13_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_13_3_on_binary_indicator_var + 1*relu_1_13_3_off_binary_indicator_var =e= 1;
e664_.. - 1*pre_1_13_3 + 1*post_1_13_3 - 53.33717710096817*relu_1_13_3_on_binary_indicator_var =g= -53.33717710096817;
e665_.. - 1*pre_1_13_3 + 1*post_1_13_3 + 106.67435420193634*relu_1_13_3_on_binary_indicator_var =l= 106.67435420193634;
e666_.. + 1*post_1_13_3 =g= 0;
e667_.. + 1*post_1_13_3 + 53.33717710096817*relu_1_13_3_off_binary_indicator_var =l= 53.33717710096817;
e668_.. + 1*pre_1_13_3 + 53.33717710096817*relu_1_13_3_off_binary_indicator_var =l= 53.33717710096817;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_0_on_binary_indicator_var + 1*relu_1_14_0_off_binary_indicator_var =e= 1;
e671_.. - 1*pre_1_14_0 + 1*post_1_14_0 - 59.49940723355775*relu_1_14_0_on_binary_indicator_var =g= -59.49940723355775;
e672_.. - 1*pre_1_14_0 + 1*post_1_14_0 + 118.9988144671155*relu_1_14_0_on_binary_indicator_var =l= 118.9988144671155;
e673_.. + 1*post_1_14_0 =g= 0;
e674_.. + 1*post_1_14_0 + 59.49940723355775*relu_1_14_0_off_binary_indicator_var =l= 59.49940723355775;
e675_.. + 1*pre_1_14_0 + 59.49940723355775*relu_1_14_0_off_binary_indicator_var =l= 59.49940723355775;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_1_on_binary_indicator_var + 1*relu_1_14_1_off_binary_indicator_var =e= 1;
e678_.. - 1*pre_1_14_1 + 1*post_1_14_1 - 59.49940723355775*relu_1_14_1_on_binary_indicator_var =g= -59.49940723355775;
e679_.. - 1*pre_1_14_1 + 1*post_1_14_1 + 118.9988144671155*relu_1_14_1_on_binary_indicator_var =l= 118.9988144671155;
e680_.. + 1*post_1_14_1 =g= 0;
e681_.. + 1*post_1_14_1 + 59.49940723355775*relu_1_14_1_off_binary_indicator_var =l= 59.49940723355775;
e682_.. + 1*pre_1_14_1 + 59.49940723355775*relu_1_14_1_off_binary_indicator_var =l= 59.49940723355775;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_2_on_binary_indicator_var + 1*relu_1_14_2_off_binary_indicator_var =e= 1;
e685_.. - 1*pre_1_14_2 + 1*post_1_14_2 - 59.49940723355775*relu_1_14_2_on_binary_indicator_var =g= -59.49940723355775;
e686_.. - 1*pre_1_14_2 + 1*post_1_14_2 + 118.9988144671155*relu_1_14_2_on_binary_indicator_var =l= 118.9988144671155;
e687_.. + 1*post_1_14_2 =g= 0;
e688_.. + 1*post_1_14_2 + 59.49940723355775*relu_1_14_2_off_binary_indicator_var =l= 59.49940723355775;
e689_.. + 1*pre_1_14_2 + 59.49940723355775*relu_1_14_2_off_binary_indicator_var =l= 59.49940723355775;
relu_1_14_3_above_pre.. + 1*pre_1_14_3 - 1*post_1_14_3 =l= 0;
relu_1_14_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_14_3_on_binary_indicator_var + 1*relu_1_14_3_off_binary_indicator_var =e= 1;
e692_.. - 1*pre_1_14_3 + 1*post_1_14_3 - 59.49940723355775*relu_1_14_3_on_binary_indicator_var =g= -59.49940723355775;
e693_.. - 1*pre_1_14_3 + 1*post_1_14_3 + 118.9988144671155*relu_1_14_3_on_binary_indicator_var =l= 118.9988144671155;
e694_.. + 1*post_1_14_3 =g= 0;
e695_.. + 1*post_1_14_3 + 59.49940723355775*relu_1_14_3_off_binary_indicator_var =l= 59.49940723355775;
e696_.. + 1*pre_1_14_3 + 59.49940723355775*relu_1_14_3_off_binary_indicator_var =l= 59.49940723355775;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_0_on_binary_indicator_var + 1*relu_1_15_0_off_binary_indicator_var =e= 1;
e699_.. - 1*pre_1_15_0 + 1*post_1_15_0 - 45.988383659042405*relu_1_15_0_on_binary_indicator_var =g= -45.988383659042405;
e700_.. - 1*pre_1_15_0 + 1*post_1_15_0 + 91.97676731808481*relu_1_15_0_on_binary_indicator_var =l= 91.97676731808481;
e701_.. + 1*post_1_15_0 =g= 0;
e702_.. + 1*post_1_15_0 + 45.988383659042405*relu_1_15_0_off_binary_indicator_var =l= 45.988383659042405;
e703_.. + 1*pre_1_15_0 + 45.988383659042405*relu_1_15_0_off_binary_indicator_var =l= 45.988383659042405;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_1_on_binary_indicator_var + 1*relu_1_15_1_off_binary_indicator_var =e= 1;
e706_.. - 1*pre_1_15_1 + 1*post_1_15_1 - 45.988383659042405*relu_1_15_1_on_binary_indicator_var =g= -45.988383659042405;
e707_.. - 1*pre_1_15_1 + 1*post_1_15_1 + 91.97676731808481*relu_1_15_1_on_binary_indicator_var =l= 91.97676731808481;
e708_.. + 1*post_1_15_1 =g= 0;
e709_.. + 1*post_1_15_1 + 45.988383659042405*relu_1_15_1_off_binary_indicator_var =l= 45.988383659042405;
e710_.. + 1*pre_1_15_1 + 45.988383659042405*relu_1_15_1_off_binary_indicator_var =l= 45.988383659042405;
relu_1_15_2_above_pre.. + 1*pre_1_15_2 - 1*post_1_15_2 =l= 0;
relu_1_15_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_2_on_binary_indicator_var + 1*relu_1_15_2_off_binary_indicator_var =e= 1;
e713_.. - 1*pre_1_15_2 + 1*post_1_15_2 - 45.988383659042405*relu_1_15_2_on_binary_indicator_var =g= -45.988383659042405;
e714_.. - 1*pre_1_15_2 + 1*post_1_15_2 + 91.97676731808481*relu_1_15_2_on_binary_indicator_var =l= 91.97676731808481;
e715_.. + 1*post_1_15_2 =g= 0;
e716_.. + 1*post_1_15_2 + 45.988383659042405*relu_1_15_2_off_binary_indicator_var =l= 45.988383659042405;
e717_.. + 1*pre_1_15_2 + 45.988383659042405*relu_1_15_2_off_binary_indicator_var =l= 45.988383659042405;
relu_1_15_3_above_pre.. + 1*pre_1_15_3 - 1*post_1_15_3 =l= 0;
relu_1_15_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_15_3_on_binary_indicator_var + 1*relu_1_15_3_off_binary_indicator_var =e= 1;
e720_.. - 1*pre_1_15_3 + 1*post_1_15_3 - 45.988383659042405*relu_1_15_3_on_binary_indicator_var =g= -45.988383659042405;
e721_.. - 1*pre_1_15_3 + 1*post_1_15_3 + 91.97676731808481*relu_1_15_3_on_binary_indicator_var =l= 91.97676731808481;
e722_.. + 1*post_1_15_3 =g= 0;
e723_.. + 1*post_1_15_3 + 45.988383659042405*relu_1_15_3_off_binary_indicator_var =l= 45.988383659042405;
e724_.. + 1*pre_1_15_3 + 45.988383659042405*relu_1_15_3_off_binary_indicator_var =l= 45.988383659042405;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_0_on_binary_indicator_var + 1*relu_1_16_0_off_binary_indicator_var =e= 1;
e727_.. - 1*pre_1_16_0 + 1*post_1_16_0 - 52.15061379163199*relu_1_16_0_on_binary_indicator_var =g= -52.15061379163199;
e728_.. - 1*pre_1_16_0 + 1*post_1_16_0 + 104.30122758326398*relu_1_16_0_on_binary_indicator_var =l= 104.30122758326398;
e729_.. + 1*post_1_16_0 =g= 0;
e730_.. + 1*post_1_16_0 + 52.15061379163199*relu_1_16_0_off_binary_indicator_var =l= 52.15061379163199;
e731_.. + 1*pre_1_16_0 + 52.15061379163199*relu_1_16_0_off_binary_indicator_var =l= 52.15061379163199;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_1_on_binary_indicator_var + 1*relu_1_16_1_off_binary_indicator_var =e= 1;
e734_.. - 1*pre_1_16_1 + 1*post_1_16_1 - 52.15061379163199*relu_1_16_1_on_binary_indicator_var =g= -52.15061379163199;
e735_.. - 1*pre_1_16_1 + 1*post_1_16_1 + 104.30122758326398*relu_1_16_1_on_binary_indicator_var =l= 104.30122758326398;
e736_.. + 1*post_1_16_1 =g= 0;
e737_.. + 1*post_1_16_1 + 52.15061379163199*relu_1_16_1_off_binary_indicator_var =l= 52.15061379163199;
e738_.. + 1*pre_1_16_1 + 52.15061379163199*relu_1_16_1_off_binary_indicator_var =l= 52.15061379163199;
relu_1_16_2_above_pre.. + 1*pre_1_16_2 - 1*post_1_16_2 =l= 0;
relu_1_16_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_2_on_binary_indicator_var + 1*relu_1_16_2_off_binary_indicator_var =e= 1;
e741_.. - 1*pre_1_16_2 + 1*post_1_16_2 - 52.15061379163199*relu_1_16_2_on_binary_indicator_var =g= -52.15061379163199;
e742_.. - 1*pre_1_16_2 + 1*post_1_16_2 + 104.30122758326398*relu_1_16_2_on_binary_indicator_var =l= 104.30122758326398;
e743_.. + 1*post_1_16_2 =g= 0;
e744_.. + 1*post_1_16_2 + 52.15061379163199*relu_1_16_2_off_binary_indicator_var =l= 52.15061379163199;
e745_.. + 1*pre_1_16_2 + 52.15061379163199*relu_1_16_2_off_binary_indicator_var =l= 52.15061379163199;
relu_1_16_3_above_pre.. + 1*pre_1_16_3 - 1*post_1_16_3 =l= 0;
relu_1_16_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_16_3_on_binary_indicator_var + 1*relu_1_16_3_off_binary_indicator_var =e= 1;
e748_.. - 1*pre_1_16_3 + 1*post_1_16_3 - 52.15061379163199*relu_1_16_3_on_binary_indicator_var =g= -52.15061379163199;
e749_.. - 1*pre_1_16_3 + 1*post_1_16_3 + 104.30122758326398*relu_1_16_3_on_binary_indicator_var =l= 104.30122758326398;
e750_.. + 1*post_1_16_3 =g= 0;
e751_.. + 1*post_1_16_3 + 52.15061379163199*relu_1_16_3_off_binary_indicator_var =l= 52.15061379163199;
e752_.. + 1*pre_1_16_3 + 52.15061379163199*relu_1_16_3_off_binary_indicator_var =l= 52.15061379163199;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_0_on_binary_indicator_var + 1*relu_1_17_0_off_binary_indicator_var =e= 1;
e755_.. - 1*pre_1_17_0 + 1*post_1_17_0 - 58.31284392422158*relu_1_17_0_on_binary_indicator_var =g= -58.31284392422158;
e756_.. - 1*pre_1_17_0 + 1*post_1_17_0 + 116.62568784844316*relu_1_17_0_on_binary_indicator_var =l= 116.62568784844316;
e757_.. + 1*post_1_17_0 =g= 0;
e758_.. + 1*post_1_17_0 + 58.31284392422158*relu_1_17_0_off_binary_indicator_var =l= 58.31284392422158;
e759_.. + 1*pre_1_17_0 + 58.31284392422158*relu_1_17_0_off_binary_indicator_var =l= 58.31284392422158;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_1_on_binary_indicator_var + 1*relu_1_17_1_off_binary_indicator_var =e= 1;
e762_.. - 1*pre_1_17_1 + 1*post_1_17_1 - 58.31284392422158*relu_1_17_1_on_binary_indicator_var =g= -58.31284392422158;
e763_.. - 1*pre_1_17_1 + 1*post_1_17_1 + 116.62568784844316*relu_1_17_1_on_binary_indicator_var =l= 116.62568784844316;
e764_.. + 1*post_1_17_1 =g= 0;
e765_.. + 1*post_1_17_1 + 58.31284392422158*relu_1_17_1_off_binary_indicator_var =l= 58.31284392422158;
e766_.. + 1*pre_1_17_1 + 58.31284392422158*relu_1_17_1_off_binary_indicator_var =l= 58.31284392422158;
relu_1_17_2_above_pre.. + 1*pre_1_17_2 - 1*post_1_17_2 =l= 0;
relu_1_17_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_2_on_binary_indicator_var + 1*relu_1_17_2_off_binary_indicator_var =e= 1;
e769_.. - 1*pre_1_17_2 + 1*post_1_17_2 - 58.31284392422158*relu_1_17_2_on_binary_indicator_var =g= -58.31284392422158;
e770_.. - 1*pre_1_17_2 + 1*post_1_17_2 + 116.62568784844316*relu_1_17_2_on_binary_indicator_var =l= 116.62568784844316;
e771_.. + 1*post_1_17_2 =g= 0;
e772_.. + 1*post_1_17_2 + 58.31284392422158*relu_1_17_2_off_binary_indicator_var =l= 58.31284392422158;
e773_.. + 1*pre_1_17_2 + 58.31284392422158*relu_1_17_2_off_binary_indicator_var =l= 58.31284392422158;
relu_1_17_3_above_pre.. + 1*pre_1_17_3 - 1*post_1_17_3 =l= 0;
relu_1_17_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_17_3_on_binary_indicator_var + 1*relu_1_17_3_off_binary_indicator_var =e= 1;
e776_.. - 1*pre_1_17_3 + 1*post_1_17_3 - 58.31284392422158*relu_1_17_3_on_binary_indicator_var =g= -58.31284392422158;
e777_.. - 1*pre_1_17_3 + 1*post_1_17_3 + 116.62568784844316*relu_1_17_3_on_binary_indicator_var =l= 116.62568784844316;
e778_.. + 1*post_1_17_3 =g= 0;
e779_.. + 1*post_1_17_3 + 58.31284392422158*relu_1_17_3_off_binary_indicator_var =l= 58.31284392422158;
e780_.. + 1*pre_1_17_3 + 58.31284392422158*relu_1_17_3_off_binary_indicator_var =l= 58.31284392422158;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_0_on_binary_indicator_var + 1*relu_1_18_0_off_binary_indicator_var =e= 1;
e783_.. - 1*pre_1_18_0 + 1*post_1_18_0 - 44.80182034970623*relu_1_18_0_on_binary_indicator_var =g= -44.80182034970623;
e784_.. - 1*pre_1_18_0 + 1*post_1_18_0 + 89.60364069941247*relu_1_18_0_on_binary_indicator_var =l= 89.60364069941247;
e785_.. + 1*post_1_18_0 =g= 0;
e786_.. + 1*post_1_18_0 + 44.80182034970623*relu_1_18_0_off_binary_indicator_var =l= 44.80182034970623;
e787_.. + 1*pre_1_18_0 + 44.80182034970623*relu_1_18_0_off_binary_indicator_var =l= 44.80182034970623;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_1_on_binary_indicator_var + 1*relu_1_18_1_off_binary_indicator_var =e= 1;
e790_.. - 1*pre_1_18_1 + 1*post_1_18_1 - 44.80182034970623*relu_1_18_1_on_binary_indicator_var =g= -44.80182034970623;
e791_.. - 1*pre_1_18_1 + 1*post_1_18_1 + 89.60364069941247*relu_1_18_1_on_binary_indicator_var =l= 89.60364069941247;
e792_.. + 1*post_1_18_1 =g= 0;
e793_.. + 1*post_1_18_1 + 44.80182034970623*relu_1_18_1_off_binary_indicator_var =l= 44.80182034970623;
e794_.. + 1*pre_1_18_1 + 44.80182034970623*relu_1_18_1_off_binary_indicator_var =l= 44.80182034970623;
relu_1_18_2_above_pre.. + 1*pre_1_18_2 - 1*post_1_18_2 =l= 0;
relu_1_18_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_2_on_binary_indicator_var + 1*relu_1_18_2_off_binary_indicator_var =e= 1;
e797_.. - 1*pre_1_18_2 + 1*post_1_18_2 - 44.80182034970623*relu_1_18_2_on_binary_indicator_var =g= -44.80182034970623;
e798_.. - 1*pre_1_18_2 + 1*post_1_18_2 + 89.60364069941247*relu_1_18_2_on_binary_indicator_var =l= 89.60364069941247;
e799_.. + 1*post_1_18_2 =g= 0;
e800_.. + 1*post_1_18_2 + 44.80182034970623*relu_1_18_2_off_binary_indicator_var =l= 44.80182034970623;
e801_.. + 1*pre_1_18_2 + 44.80182034970623*relu_1_18_2_off_binary_indicator_var =l= 44.80182034970623;
relu_1_18_3_above_pre.. + 1*pre_1_18_3 - 1*post_1_18_3 =l= 0;
relu_1_18_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_18_3_on_binary_indicator_var + 1*relu_1_18_3_off_binary_indicator_var =e= 1;
e804_.. - 1*pre_1_18_3 + 1*post_1_18_3 - 44.80182034970623*relu_1_18_3_on_binary_indicator_var =g= -44.80182034970623;
e805_.. - 1*pre_1_18_3 + 1*post_1_18_3 + 89.60364069941247*relu_1_18_3_on_binary_indicator_var =l= 89.60364069941247;
e806_.. + 1*post_1_18_3 =g= 0;
e807_.. + 1*post_1_18_3 + 44.80182034970623*relu_1_18_3_off_binary_indicator_var =l= 44.80182034970623;
e808_.. + 1*pre_1_18_3 + 44.80182034970623*relu_1_18_3_off_binary_indicator_var =l= 44.80182034970623;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_0_on_binary_indicator_var + 1*relu_1_19_0_off_binary_indicator_var =e= 1;
e811_.. - 1*pre_1_19_0 + 1*post_1_19_0 - 50.964050482295825*relu_1_19_0_on_binary_indicator_var =g= -50.964050482295825;
e812_.. - 1*pre_1_19_0 + 1*post_1_19_0 + 101.92810096459165*relu_1_19_0_on_binary_indicator_var =l= 101.92810096459165;
e813_.. + 1*post_1_19_0 =g= 0;
e814_.. + 1*post_1_19_0 + 50.964050482295825*relu_1_19_0_off_binary_indicator_var =l= 50.964050482295825;
e815_.. + 1*pre_1_19_0 + 50.964050482295825*relu_1_19_0_off_binary_indicator_var =l= 50.964050482295825;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_1_on_binary_indicator_var + 1*relu_1_19_1_off_binary_indicator_var =e= 1;
e818_.. - 1*pre_1_19_1 + 1*post_1_19_1 - 50.964050482295825*relu_1_19_1_on_binary_indicator_var =g= -50.964050482295825;
e819_.. - 1*pre_1_19_1 + 1*post_1_19_1 + 101.92810096459165*relu_1_19_1_on_binary_indicator_var =l= 101.92810096459165;
e820_.. + 1*post_1_19_1 =g= 0;
e821_.. + 1*post_1_19_1 + 50.964050482295825*relu_1_19_1_off_binary_indicator_var =l= 50.964050482295825;
e822_.. + 1*pre_1_19_1 + 50.964050482295825*relu_1_19_1_off_binary_indicator_var =l= 50.964050482295825;
relu_1_19_2_above_pre.. + 1*pre_1_19_2 - 1*post_1_19_2 =l= 0;
relu_1_19_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_2_on_binary_indicator_var + 1*relu_1_19_2_off_binary_indicator_var =e= 1;
e825_.. - 1*pre_1_19_2 + 1*post_1_19_2 - 50.964050482295825*relu_1_19_2_on_binary_indicator_var =g= -50.964050482295825;
e826_.. - 1*pre_1_19_2 + 1*post_1_19_2 + 101.92810096459165*relu_1_19_2_on_binary_indicator_var =l= 101.92810096459165;
e827_.. + 1*post_1_19_2 =g= 0;
e828_.. + 1*post_1_19_2 + 50.964050482295825*relu_1_19_2_off_binary_indicator_var =l= 50.964050482295825;
e829_.. + 1*pre_1_19_2 + 50.964050482295825*relu_1_19_2_off_binary_indicator_var =l= 50.964050482295825;
relu_1_19_3_above_pre.. + 1*pre_1_19_3 - 1*post_1_19_3 =l= 0;
relu_1_19_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_19_3_on_binary_indicator_var + 1*relu_1_19_3_off_binary_indicator_var =e= 1;
e832_.. - 1*pre_1_19_3 + 1*post_1_19_3 - 50.964050482295825*relu_1_19_3_on_binary_indicator_var =g= -50.964050482295825;
e833_.. - 1*pre_1_19_3 + 1*post_1_19_3 + 101.92810096459165*relu_1_19_3_on_binary_indicator_var =l= 101.92810096459165;
e834_.. + 1*post_1_19_3 =g= 0;
e835_.. + 1*post_1_19_3 + 50.964050482295825*relu_1_19_3_off_binary_indicator_var =l= 50.964050482295825;
e836_.. + 1*pre_1_19_3 + 50.964050482295825*relu_1_19_3_off_binary_indicator_var =l= 50.964050482295825;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_0_on_binary_indicator_var + 1*relu_1_20_0_off_binary_indicator_var =e= 1;
e839_.. - 1*pre_1_20_0 + 1*post_1_20_0 - 57.12628061488541*relu_1_20_0_on_binary_indicator_var =g= -57.12628061488541;
e840_.. - 1*pre_1_20_0 + 1*post_1_20_0 + 114.25256122977082*relu_1_20_0_on_binary_indicator_var =l= 114.25256122977082;
e841_.. + 1*post_1_20_0 =g= 0;
e842_.. + 1*post_1_20_0 + 57.12628061488541*relu_1_20_0_off_binary_indicator_var =l= 57.12628061488541;
e843_.. + 1*pre_1_20_0 + 57.12628061488541*relu_1_20_0_off_binary_indicator_var =l= 57.12628061488541;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_1_on_binary_indicator_var + 1*relu_1_20_1_off_binary_indicator_var =e= 1;
e846_.. - 1*pre_1_20_1 + 1*post_1_20_1 - 57.12628061488541*relu_1_20_1_on_binary_indicator_var =g= -57.12628061488541;
e847_.. - 1*pre_1_20_1 + 1*post_1_20_1 + 114.25256122977082*relu_1_20_1_on_binary_indicator_var =l= 114.25256122977082;
e848_.. + 1*post_1_20_1 =g= 0;
e849_.. + 1*post_1_20_1 + 57.12628061488541*relu_1_20_1_off_binary_indicator_var =l= 57.12628061488541;
e850_.. + 1*pre_1_20_1 + 57.12628061488541*relu_1_20_1_off_binary_indicator_var =l= 57.12628061488541;
relu_1_20_2_above_pre.. + 1*pre_1_20_2 - 1*post_1_20_2 =l= 0;
relu_1_20_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_2_on_binary_indicator_var + 1*relu_1_20_2_off_binary_indicator_var =e= 1;
e853_.. - 1*pre_1_20_2 + 1*post_1_20_2 - 57.12628061488541*relu_1_20_2_on_binary_indicator_var =g= -57.12628061488541;
e854_.. - 1*pre_1_20_2 + 1*post_1_20_2 + 114.25256122977082*relu_1_20_2_on_binary_indicator_var =l= 114.25256122977082;
e855_.. + 1*post_1_20_2 =g= 0;
e856_.. + 1*post_1_20_2 + 57.12628061488541*relu_1_20_2_off_binary_indicator_var =l= 57.12628061488541;
e857_.. + 1*pre_1_20_2 + 57.12628061488541*relu_1_20_2_off_binary_indicator_var =l= 57.12628061488541;
relu_1_20_3_above_pre.. + 1*pre_1_20_3 - 1*post_1_20_3 =l= 0;
relu_1_20_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_20_3_on_binary_indicator_var + 1*relu_1_20_3_off_binary_indicator_var =e= 1;
e860_.. - 1*pre_1_20_3 + 1*post_1_20_3 - 57.12628061488541*relu_1_20_3_on_binary_indicator_var =g= -57.12628061488541;
e861_.. - 1*pre_1_20_3 + 1*post_1_20_3 + 114.25256122977082*relu_1_20_3_on_binary_indicator_var =l= 114.25256122977082;
e862_.. + 1*post_1_20_3 =g= 0;
e863_.. + 1*post_1_20_3 + 57.12628061488541*relu_1_20_3_off_binary_indicator_var =l= 57.12628061488541;
e864_.. + 1*pre_1_20_3 + 57.12628061488541*relu_1_20_3_off_binary_indicator_var =l= 57.12628061488541;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_0_on_binary_indicator_var + 1*relu_1_21_0_off_binary_indicator_var =e= 1;
e867_.. - 1*pre_1_21_0 + 1*post_1_21_0 - 30.563060637672177*relu_1_21_0_on_binary_indicator_var =g= -30.563060637672177;
e868_.. - 1*pre_1_21_0 + 1*post_1_21_0 + 61.12612127534435*relu_1_21_0_on_binary_indicator_var =l= 61.12612127534435;
e869_.. + 1*post_1_21_0 =g= 0;
e870_.. + 1*post_1_21_0 + 30.563060637672177*relu_1_21_0_off_binary_indicator_var =l= 30.563060637672177;
e871_.. + 1*pre_1_21_0 + 30.563060637672177*relu_1_21_0_off_binary_indicator_var =l= 30.563060637672177;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_1_on_binary_indicator_var + 1*relu_1_21_1_off_binary_indicator_var =e= 1;
e874_.. - 1*pre_1_21_1 + 1*post_1_21_1 - 30.563060637672177*relu_1_21_1_on_binary_indicator_var =g= -30.563060637672177;
e875_.. - 1*pre_1_21_1 + 1*post_1_21_1 + 61.12612127534435*relu_1_21_1_on_binary_indicator_var =l= 61.12612127534435;
e876_.. + 1*post_1_21_1 =g= 0;
e877_.. + 1*post_1_21_1 + 30.563060637672177*relu_1_21_1_off_binary_indicator_var =l= 30.563060637672177;
e878_.. + 1*pre_1_21_1 + 30.563060637672177*relu_1_21_1_off_binary_indicator_var =l= 30.563060637672177;
relu_1_21_2_above_pre.. + 1*pre_1_21_2 - 1*post_1_21_2 =l= 0;
relu_1_21_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_2_on_binary_indicator_var + 1*relu_1_21_2_off_binary_indicator_var =e= 1;
e881_.. - 1*pre_1_21_2 + 1*post_1_21_2 - 30.563060637672177*relu_1_21_2_on_binary_indicator_var =g= -30.563060637672177;
e882_.. - 1*pre_1_21_2 + 1*post_1_21_2 + 61.12612127534435*relu_1_21_2_on_binary_indicator_var =l= 61.12612127534435;
e883_.. + 1*post_1_21_2 =g= 0;
e884_.. + 1*post_1_21_2 + 30.563060637672177*relu_1_21_2_off_binary_indicator_var =l= 30.563060637672177;
e885_.. + 1*pre_1_21_2 + 30.563060637672177*relu_1_21_2_off_binary_indicator_var =l= 30.563060637672177;
relu_1_21_3_above_pre.. + 1*pre_1_21_3 - 1*post_1_21_3 =l= 0;
relu_1_21_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_21_3_on_binary_indicator_var + 1*relu_1_21_3_off_binary_indicator_var =e= 1;
e888_.. - 1*pre_1_21_3 + 1*post_1_21_3 - 30.563060637672177*relu_1_21_3_on_binary_indicator_var =g= -30.563060637672177;
e889_.. - 1*pre_1_21_3 + 1*post_1_21_3 + 61.12612127534435*relu_1_21_3_on_binary_indicator_var =l= 61.12612127534435;
e890_.. + 1*post_1_21_3 =g= 0;
e891_.. + 1*post_1_21_3 + 30.563060637672177*relu_1_21_3_off_binary_indicator_var =l= 30.563060637672177;
e892_.. + 1*pre_1_21_3 + 30.563060637672177*relu_1_21_3_off_binary_indicator_var =l= 30.563060637672177;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_0_on_binary_indicator_var + 1*relu_1_22_0_off_binary_indicator_var =e= 1;
e895_.. - 1*pre_1_22_0 + 1*post_1_22_0 - 36.725290770261765*relu_1_22_0_on_binary_indicator_var =g= -36.725290770261765;
e896_.. - 1*pre_1_22_0 + 1*post_1_22_0 + 73.45058154052353*relu_1_22_0_on_binary_indicator_var =l= 73.45058154052353;
e897_.. + 1*post_1_22_0 =g= 0;
e898_.. + 1*post_1_22_0 + 36.725290770261765*relu_1_22_0_off_binary_indicator_var =l= 36.725290770261765;
e899_.. + 1*pre_1_22_0 + 36.725290770261765*relu_1_22_0_off_binary_indicator_var =l= 36.725290770261765;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_1_on_binary_indicator_var + 1*relu_1_22_1_off_binary_indicator_var =e= 1;
e902_.. - 1*pre_1_22_1 + 1*post_1_22_1 - 36.725290770261765*relu_1_22_1_on_binary_indicator_var =g= -36.725290770261765;
e903_.. - 1*pre_1_22_1 + 1*post_1_22_1 + 73.45058154052353*relu_1_22_1_on_binary_indicator_var =l= 73.45058154052353;
e904_.. + 1*post_1_22_1 =g= 0;
e905_.. + 1*post_1_22_1 + 36.725290770261765*relu_1_22_1_off_binary_indicator_var =l= 36.725290770261765;
e906_.. + 1*pre_1_22_1 + 36.725290770261765*relu_1_22_1_off_binary_indicator_var =l= 36.725290770261765;
relu_1_22_2_above_pre.. + 1*pre_1_22_2 - 1*post_1_22_2 =l= 0;
relu_1_22_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_2_on_binary_indicator_var + 1*relu_1_22_2_off_binary_indicator_var =e= 1;
e909_.. - 1*pre_1_22_2 + 1*post_1_22_2 - 36.725290770261765*relu_1_22_2_on_binary_indicator_var =g= -36.725290770261765;
e910_.. - 1*pre_1_22_2 + 1*post_1_22_2 + 73.45058154052353*relu_1_22_2_on_binary_indicator_var =l= 73.45058154052353;
e911_.. + 1*post_1_22_2 =g= 0;
e912_.. + 1*post_1_22_2 + 36.725290770261765*relu_1_22_2_off_binary_indicator_var =l= 36.725290770261765;
e913_.. + 1*pre_1_22_2 + 36.725290770261765*relu_1_22_2_off_binary_indicator_var =l= 36.725290770261765;
relu_1_22_3_above_pre.. + 1*pre_1_22_3 - 1*post_1_22_3 =l= 0;
relu_1_22_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_22_3_on_binary_indicator_var + 1*relu_1_22_3_off_binary_indicator_var =e= 1;
e916_.. - 1*pre_1_22_3 + 1*post_1_22_3 - 36.725290770261765*relu_1_22_3_on_binary_indicator_var =g= -36.725290770261765;
e917_.. - 1*pre_1_22_3 + 1*post_1_22_3 + 73.45058154052353*relu_1_22_3_on_binary_indicator_var =l= 73.45058154052353;
e918_.. + 1*post_1_22_3 =g= 0;
e919_.. + 1*post_1_22_3 + 36.725290770261765*relu_1_22_3_off_binary_indicator_var =l= 36.725290770261765;
e920_.. + 1*pre_1_22_3 + 36.725290770261765*relu_1_22_3_off_binary_indicator_var =l= 36.725290770261765;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_0_on_binary_indicator_var + 1*relu_1_23_0_off_binary_indicator_var =e= 1;
e923_.. - 1*pre_1_23_0 + 1*post_1_23_0 - 42.88752090285135*relu_1_23_0_on_binary_indicator_var =g= -42.88752090285135;
e924_.. - 1*pre_1_23_0 + 1*post_1_23_0 + 85.7750418057027*relu_1_23_0_on_binary_indicator_var =l= 85.7750418057027;
e925_.. + 1*post_1_23_0 =g= 0;
e926_.. + 1*post_1_23_0 + 42.88752090285135*relu_1_23_0_off_binary_indicator_var =l= 42.88752090285135;
e927_.. + 1*pre_1_23_0 + 42.88752090285135*relu_1_23_0_off_binary_indicator_var =l= 42.88752090285135;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_1_on_binary_indicator_var + 1*relu_1_23_1_off_binary_indicator_var =e= 1;
e930_.. - 1*pre_1_23_1 + 1*post_1_23_1 - 42.88752090285135*relu_1_23_1_on_binary_indicator_var =g= -42.88752090285135;
e931_.. - 1*pre_1_23_1 + 1*post_1_23_1 + 85.7750418057027*relu_1_23_1_on_binary_indicator_var =l= 85.7750418057027;
e932_.. + 1*post_1_23_1 =g= 0;
e933_.. + 1*post_1_23_1 + 42.88752090285135*relu_1_23_1_off_binary_indicator_var =l= 42.88752090285135;
e934_.. + 1*pre_1_23_1 + 42.88752090285135*relu_1_23_1_off_binary_indicator_var =l= 42.88752090285135;
relu_1_23_2_above_pre.. + 1*pre_1_23_2 - 1*post_1_23_2 =l= 0;
relu_1_23_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_2_on_binary_indicator_var + 1*relu_1_23_2_off_binary_indicator_var =e= 1;
e937_.. - 1*pre_1_23_2 + 1*post_1_23_2 - 42.88752090285135*relu_1_23_2_on_binary_indicator_var =g= -42.88752090285135;
e938_.. - 1*pre_1_23_2 + 1*post_1_23_2 + 85.7750418057027*relu_1_23_2_on_binary_indicator_var =l= 85.7750418057027;
e939_.. + 1*post_1_23_2 =g= 0;
e940_.. + 1*post_1_23_2 + 42.88752090285135*relu_1_23_2_off_binary_indicator_var =l= 42.88752090285135;
e941_.. + 1*pre_1_23_2 + 42.88752090285135*relu_1_23_2_off_binary_indicator_var =l= 42.88752090285135;
relu_1_23_3_above_pre.. + 1*pre_1_23_3 - 1*post_1_23_3 =l= 0;
relu_1_23_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_23_3_on_binary_indicator_var + 1*relu_1_23_3_off_binary_indicator_var =e= 1;
e944_.. - 1*pre_1_23_3 + 1*post_1_23_3 - 42.88752090285135*relu_1_23_3_on_binary_indicator_var =g= -42.88752090285135;
e945_.. - 1*pre_1_23_3 + 1*post_1_23_3 + 85.7750418057027*relu_1_23_3_on_binary_indicator_var =l= 85.7750418057027;
e946_.. + 1*post_1_23_3 =g= 0;
e947_.. + 1*post_1_23_3 + 42.88752090285135*relu_1_23_3_off_binary_indicator_var =l= 42.88752090285135;
e948_.. + 1*pre_1_23_3 + 42.88752090285135*relu_1_23_3_off_binary_indicator_var =l= 42.88752090285135;
relu_1_24_0_above_pre.. + 1*pre_1_24_0 - 1*post_1_24_0 =l= 0;
relu_1_24_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_0_on_binary_indicator_var + 1*relu_1_24_0_off_binary_indicator_var =e= 1;
e951_.. - 1*pre_1_24_0 + 1*post_1_24_0 - 29.581063418014484*relu_1_24_0_on_binary_indicator_var =g= -29.581063418014484;
e952_.. - 1*pre_1_24_0 + 1*post_1_24_0 + 59.16212683602897*relu_1_24_0_on_binary_indicator_var =l= 59.16212683602897;
e953_.. + 1*post_1_24_0 =g= 0;
e954_.. + 1*post_1_24_0 + 29.581063418014484*relu_1_24_0_off_binary_indicator_var =l= 29.581063418014484;
e955_.. + 1*pre_1_24_0 + 29.581063418014484*relu_1_24_0_off_binary_indicator_var =l= 29.581063418014484;
relu_1_24_1_above_pre.. + 1*pre_1_24_1 - 1*post_1_24_1 =l= 0;
relu_1_24_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_1_on_binary_indicator_var + 1*relu_1_24_1_off_binary_indicator_var =e= 1;
e958_.. - 1*pre_1_24_1 + 1*post_1_24_1 - 29.581063418014484*relu_1_24_1_on_binary_indicator_var =g= -29.581063418014484;
e959_.. - 1*pre_1_24_1 + 1*post_1_24_1 + 59.16212683602897*relu_1_24_1_on_binary_indicator_var =l= 59.16212683602897;
e960_.. + 1*post_1_24_1 =g= 0;
e961_.. + 1*post_1_24_1 + 29.581063418014484*relu_1_24_1_off_binary_indicator_var =l= 29.581063418014484;
e962_.. + 1*pre_1_24_1 + 29.581063418014484*relu_1_24_1_off_binary_indicator_var =l= 29.581063418014484;
relu_1_24_2_above_pre.. + 1*pre_1_24_2 - 1*post_1_24_2 =l= 0;
relu_1_24_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_2_on_binary_indicator_var + 1*relu_1_24_2_off_binary_indicator_var =e= 1;
e965_.. - 1*pre_1_24_2 + 1*post_1_24_2 - 29.581063418014484*relu_1_24_2_on_binary_indicator_var =g= -29.581063418014484;
e966_.. - 1*pre_1_24_2 + 1*post_1_24_2 + 59.16212683602897*relu_1_24_2_on_binary_indicator_var =l= 59.16212683602897;
e967_.. + 1*post_1_24_2 =g= 0;
e968_.. + 1*post_1_24_2 + 29.581063418014484*relu_1_24_2_off_binary_indicator_var =l= 29.581063418014484;
e969_.. + 1*pre_1_24_2 + 29.581063418014484*relu_1_24_2_off_binary_indicator_var =l= 29.581063418014484;
relu_1_24_3_above_pre.. + 1*pre_1_24_3 - 1*post_1_24_3 =l= 0;
relu_1_24_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_24_3_on_binary_indicator_var + 1*relu_1_24_3_off_binary_indicator_var =e= 1;
e972_.. - 1*pre_1_24_3 + 1*post_1_24_3 - 29.581063418014484*relu_1_24_3_on_binary_indicator_var =g= -29.581063418014484;
e973_.. - 1*pre_1_24_3 + 1*post_1_24_3 + 59.16212683602897*relu_1_24_3_on_binary_indicator_var =l= 59.16212683602897;
e974_.. + 1*post_1_24_3 =g= 0;
e975_.. + 1*post_1_24_3 + 29.581063418014484*relu_1_24_3_off_binary_indicator_var =l= 29.581063418014484;
e976_.. + 1*pre_1_24_3 + 29.581063418014484*relu_1_24_3_off_binary_indicator_var =l= 29.581063418014484;
relu_1_25_0_above_pre.. + 1*pre_1_25_0 - 1*post_1_25_0 =l= 0;
relu_1_25_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_0_on_binary_indicator_var + 1*relu_1_25_0_off_binary_indicator_var =e= 1;
e979_.. - 1*pre_1_25_0 + 1*post_1_25_0 - 34.32731665535917*relu_1_25_0_on_binary_indicator_var =g= -34.32731665535917;
e980_.. - 1*pre_1_25_0 + 1*post_1_25_0 + 68.65463331071834*relu_1_25_0_on_binary_indicator_var =l= 68.65463331071834;
e981_.. + 1*post_1_25_0 =g= 0;
e982_.. + 1*post_1_25_0 + 34.32731665535917*relu_1_25_0_off_binary_indicator_var =l= 34.32731665535917;
e983_.. + 1*pre_1_25_0 + 34.32731665535917*relu_1_25_0_off_binary_indicator_var =l= 34.32731665535917;
relu_1_25_1_above_pre.. + 1*pre_1_25_1 - 1*post_1_25_1 =l= 0;
relu_1_25_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_1_on_binary_indicator_var + 1*relu_1_25_1_off_binary_indicator_var =e= 1;
e986_.. - 1*pre_1_25_1 + 1*post_1_25_1 - 34.32731665535917*relu_1_25_1_on_binary_indicator_var =g= -34.32731665535917;
e987_.. - 1*pre_1_25_1 + 1*post_1_25_1 + 68.65463331071834*relu_1_25_1_on_binary_indicator_var =l= 68.65463331071834;
e988_.. + 1*post_1_25_1 =g= 0;
e989_.. + 1*post_1_25_1 + 34.32731665535917*relu_1_25_1_off_binary_indicator_var =l= 34.32731665535917;
e990_.. + 1*pre_1_25_1 + 34.32731665535917*relu_1_25_1_off_binary_indicator_var =l= 34.32731665535917;
relu_1_25_2_above_pre.. + 1*pre_1_25_2 - 1*post_1_25_2 =l= 0;
relu_1_25_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_2_on_binary_indicator_var + 1*relu_1_25_2_off_binary_indicator_var =e= 1;
e993_.. - 1*pre_1_25_2 + 1*post_1_25_2 - 34.32731665535917*relu_1_25_2_on_binary_indicator_var =g= -34.32731665535917;
e994_.. - 1*pre_1_25_2 + 1*post_1_25_2 + 68.65463331071834*relu_1_25_2_on_binary_indicator_var =l= 68.65463331071834;
e995_.. + 1*post_1_25_2 =g= 0;
e996_.. + 1*post_1_25_2 + 34.32731665535917*relu_1_25_2_off_binary_indicator_var =l= 34.32731665535917;
e997_.. + 1*pre_1_25_2 + 34.32731665535917*relu_1_25_2_off_binary_indicator_var =l= 34.32731665535917;
relu_1_25_3_above_pre.. + 1*pre_1_25_3 - 1*post_1_25_3 =l= 0;
relu_1_25_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_25_3_on_binary_indicator_var + 1*relu_1_25_3_off_binary_indicator_var =e= 1;
e1000_.. - 1*pre_1_25_3 + 1*post_1_25_3 - 34.32731665535917*relu_1_25_3_on_binary_indicator_var =g= -34.32731665535917;
e1001_.. - 1*pre_1_25_3 + 1*post_1_25_3 + 68.65463331071834*relu_1_25_3_on_binary_indicator_var =l= 68.65463331071834;
e1002_.. + 1*post_1_25_3 =g= 0;
e1003_.. + 1*post_1_25_3 + 34.32731665535917*relu_1_25_3_off_binary_indicator_var =l= 34.32731665535917;
e1004_.. + 1*pre_1_25_3 + 34.32731665535917*relu_1_25_3_off_binary_indicator_var =l= 34.32731665535917;
relu_1_26_0_above_pre.. + 1*pre_1_26_0 - 1*post_1_26_0 =l= 0;
relu_1_26_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_0_on_binary_indicator_var + 1*relu_1_26_0_off_binary_indicator_var =e= 1;
e1007_.. - 1*pre_1_26_0 + 1*post_1_26_0 - 39.07356989270386*relu_1_26_0_on_binary_indicator_var =g= -39.07356989270386;
e1008_.. - 1*pre_1_26_0 + 1*post_1_26_0 + 78.14713978540772*relu_1_26_0_on_binary_indicator_var =l= 78.14713978540772;
e1009_.. + 1*post_1_26_0 =g= 0;
e1010_.. + 1*post_1_26_0 + 39.07356989270386*relu_1_26_0_off_binary_indicator_var =l= 39.07356989270386;
e1011_.. + 1*pre_1_26_0 + 39.07356989270386*relu_1_26_0_off_binary_indicator_var =l= 39.07356989270386;
relu_1_26_1_above_pre.. + 1*pre_1_26_1 - 1*post_1_26_1 =l= 0;
relu_1_26_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_1_on_binary_indicator_var + 1*relu_1_26_1_off_binary_indicator_var =e= 1;
e1014_.. - 1*pre_1_26_1 + 1*post_1_26_1 - 39.07356989270386*relu_1_26_1_on_binary_indicator_var =g= -39.07356989270386;
e1015_.. - 1*pre_1_26_1 + 1*post_1_26_1 + 78.14713978540772*relu_1_26_1_on_binary_indicator_var =l= 78.14713978540772;
e1016_.. + 1*post_1_26_1 =g= 0;
e1017_.. + 1*post_1_26_1 + 39.07356989270386*relu_1_26_1_off_binary_indicator_var =l= 39.07356989270386;
e1018_.. + 1*pre_1_26_1 + 39.07356989270386*relu_1_26_1_off_binary_indicator_var =l= 39.07356989270386;
relu_1_26_2_above_pre.. + 1*pre_1_26_2 - 1*post_1_26_2 =l= 0;
relu_1_26_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_2_on_binary_indicator_var + 1*relu_1_26_2_off_binary_indicator_var =e= 1;
e1021_.. - 1*pre_1_26_2 + 1*post_1_26_2 - 39.07356989270386*relu_1_26_2_on_binary_indicator_var =g= -39.07356989270386;
e1022_.. - 1*pre_1_26_2 + 1*post_1_26_2 + 78.14713978540772*relu_1_26_2_on_binary_indicator_var =l= 78.14713978540772;
e1023_.. + 1*post_1_26_2 =g= 0;
e1024_.. + 1*post_1_26_2 + 39.07356989270386*relu_1_26_2_off_binary_indicator_var =l= 39.07356989270386;
e1025_.. + 1*pre_1_26_2 + 39.07356989270386*relu_1_26_2_off_binary_indicator_var =l= 39.07356989270386;
relu_1_26_3_above_pre.. + 1*pre_1_26_3 - 1*post_1_26_3 =l= 0;
relu_1_26_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_26_3_on_binary_indicator_var + 1*relu_1_26_3_off_binary_indicator_var =e= 1;
e1028_.. - 1*pre_1_26_3 + 1*post_1_26_3 - 39.07356989270386*relu_1_26_3_on_binary_indicator_var =g= -39.07356989270386;
e1029_.. - 1*pre_1_26_3 + 1*post_1_26_3 + 78.14713978540772*relu_1_26_3_on_binary_indicator_var =l= 78.14713978540772;
e1030_.. + 1*post_1_26_3 =g= 0;
e1031_.. + 1*post_1_26_3 + 39.07356989270386*relu_1_26_3_off_binary_indicator_var =l= 39.07356989270386;
e1032_.. + 1*pre_1_26_3 + 39.07356989270386*relu_1_26_3_off_binary_indicator_var =l= 39.07356989270386;
relu_1_27_0_above_pre.. + 1*pre_1_27_0 - 1*post_1_27_0 =l= 0;
relu_1_27_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_0_on_binary_indicator_var + 1*relu_1_27_0_off_binary_indicator_var =e= 1;
e1035_.. - 1*pre_1_27_0 + 1*post_1_27_0 - 31.12162095116188*relu_1_27_0_on_binary_indicator_var =g= -31.12162095116188;
e1036_.. - 1*pre_1_27_0 + 1*post_1_27_0 + 62.24324190232376*relu_1_27_0_on_binary_indicator_var =l= 62.24324190232376;
e1037_.. + 1*post_1_27_0 =g= 0;
e1038_.. + 1*post_1_27_0 + 31.12162095116188*relu_1_27_0_off_binary_indicator_var =l= 31.12162095116188;
e1039_.. + 1*pre_1_27_0 + 31.12162095116188*relu_1_27_0_off_binary_indicator_var =l= 31.12162095116188;
relu_1_27_1_above_pre.. + 1*pre_1_27_1 - 1*post_1_27_1 =l= 0;
relu_1_27_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_1_on_binary_indicator_var + 1*relu_1_27_1_off_binary_indicator_var =e= 1;
e1042_.. - 1*pre_1_27_1 + 1*post_1_27_1 - 31.12162095116188*relu_1_27_1_on_binary_indicator_var =g= -31.12162095116188;
e1043_.. - 1*pre_1_27_1 + 1*post_1_27_1 + 62.24324190232376*relu_1_27_1_on_binary_indicator_var =l= 62.24324190232376;
e1044_.. + 1*post_1_27_1 =g= 0;
e1045_.. + 1*post_1_27_1 + 31.12162095116188*relu_1_27_1_off_binary_indicator_var =l= 31.12162095116188;
e1046_.. + 1*pre_1_27_1 + 31.12162095116188*relu_1_27_1_off_binary_indicator_var =l= 31.12162095116188;
relu_1_27_2_above_pre.. + 1*pre_1_27_2 - 1*post_1_27_2 =l= 0;
relu_1_27_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_2_on_binary_indicator_var + 1*relu_1_27_2_off_binary_indicator_var =e= 1;
e1049_.. - 1*pre_1_27_2 + 1*post_1_27_2 - 31.12162095116188*relu_1_27_2_on_binary_indicator_var =g= -31.12162095116188;
e1050_.. - 1*pre_1_27_2 + 1*post_1_27_2 + 62.24324190232376*relu_1_27_2_on_binary_indicator_var =l= 62.24324190232376;
e1051_.. + 1*post_1_27_2 =g= 0;
e1052_.. + 1*post_1_27_2 + 31.12162095116188*relu_1_27_2_off_binary_indicator_var =l= 31.12162095116188;
e1053_.. + 1*pre_1_27_2 + 31.12162095116188*relu_1_27_2_off_binary_indicator_var =l= 31.12162095116188;
relu_1_27_3_above_pre.. + 1*pre_1_27_3 - 1*post_1_27_3 =l= 0;
relu_1_27_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_27_3_on_binary_indicator_var + 1*relu_1_27_3_off_binary_indicator_var =e= 1;
e1056_.. - 1*pre_1_27_3 + 1*post_1_27_3 - 31.12162095116188*relu_1_27_3_on_binary_indicator_var =g= -31.12162095116188;
e1057_.. - 1*pre_1_27_3 + 1*post_1_27_3 + 62.24324190232376*relu_1_27_3_on_binary_indicator_var =l= 62.24324190232376;
e1058_.. + 1*post_1_27_3 =g= 0;
e1059_.. + 1*post_1_27_3 + 31.12162095116188*relu_1_27_3_off_binary_indicator_var =l= 31.12162095116188;
e1060_.. + 1*pre_1_27_3 + 31.12162095116188*relu_1_27_3_off_binary_indicator_var =l= 31.12162095116188;
relu_1_28_0_above_pre.. + 1*pre_1_28_0 - 1*post_1_28_0 =l= 0;
relu_1_28_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_0_on_binary_indicator_var + 1*relu_1_28_0_off_binary_indicator_var =e= 1;
e1063_.. - 1*pre_1_28_0 + 1*post_1_28_0 - 35.86787418850656*relu_1_28_0_on_binary_indicator_var =g= -35.86787418850656;
e1064_.. - 1*pre_1_28_0 + 1*post_1_28_0 + 71.73574837701312*relu_1_28_0_on_binary_indicator_var =l= 71.73574837701312;
e1065_.. + 1*post_1_28_0 =g= 0;
e1066_.. + 1*post_1_28_0 + 35.86787418850656*relu_1_28_0_off_binary_indicator_var =l= 35.86787418850656;
e1067_.. + 1*pre_1_28_0 + 35.86787418850656*relu_1_28_0_off_binary_indicator_var =l= 35.86787418850656;
relu_1_28_1_above_pre.. + 1*pre_1_28_1 - 1*post_1_28_1 =l= 0;
relu_1_28_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_1_on_binary_indicator_var + 1*relu_1_28_1_off_binary_indicator_var =e= 1;
e1070_.. - 1*pre_1_28_1 + 1*post_1_28_1 - 35.86787418850656*relu_1_28_1_on_binary_indicator_var =g= -35.86787418850656;
e1071_.. - 1*pre_1_28_1 + 1*post_1_28_1 + 71.73574837701312*relu_1_28_1_on_binary_indicator_var =l= 71.73574837701312;
e1072_.. + 1*post_1_28_1 =g= 0;
e1073_.. + 1*post_1_28_1 + 35.86787418850656*relu_1_28_1_off_binary_indicator_var =l= 35.86787418850656;
e1074_.. + 1*pre_1_28_1 + 35.86787418850656*relu_1_28_1_off_binary_indicator_var =l= 35.86787418850656;
relu_1_28_2_above_pre.. + 1*pre_1_28_2 - 1*post_1_28_2 =l= 0;
relu_1_28_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_2_on_binary_indicator_var + 1*relu_1_28_2_off_binary_indicator_var =e= 1;
e1077_.. - 1*pre_1_28_2 + 1*post_1_28_2 - 35.86787418850656*relu_1_28_2_on_binary_indicator_var =g= -35.86787418850656;
e1078_.. - 1*pre_1_28_2 + 1*post_1_28_2 + 71.73574837701312*relu_1_28_2_on_binary_indicator_var =l= 71.73574837701312;
e1079_.. + 1*post_1_28_2 =g= 0;
e1080_.. + 1*post_1_28_2 + 35.86787418850656*relu_1_28_2_off_binary_indicator_var =l= 35.86787418850656;
e1081_.. + 1*pre_1_28_2 + 35.86787418850656*relu_1_28_2_off_binary_indicator_var =l= 35.86787418850656;
relu_1_28_3_above_pre.. + 1*pre_1_28_3 - 1*post_1_28_3 =l= 0;
relu_1_28_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_28_3_on_binary_indicator_var + 1*relu_1_28_3_off_binary_indicator_var =e= 1;
e1084_.. - 1*pre_1_28_3 + 1*post_1_28_3 - 35.86787418850656*relu_1_28_3_on_binary_indicator_var =g= -35.86787418850656;
e1085_.. - 1*pre_1_28_3 + 1*post_1_28_3 + 71.73574837701312*relu_1_28_3_on_binary_indicator_var =l= 71.73574837701312;
e1086_.. + 1*post_1_28_3 =g= 0;
e1087_.. + 1*post_1_28_3 + 35.86787418850656*relu_1_28_3_off_binary_indicator_var =l= 35.86787418850656;
e1088_.. + 1*pre_1_28_3 + 35.86787418850656*relu_1_28_3_off_binary_indicator_var =l= 35.86787418850656;
relu_1_29_0_above_pre.. + 1*pre_1_29_0 - 1*post_1_29_0 =l= 0;
relu_1_29_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_0_on_binary_indicator_var + 1*relu_1_29_0_off_binary_indicator_var =e= 1;
e1091_.. - 1*pre_1_29_0 + 1*post_1_29_0 - 40.61412742585125*relu_1_29_0_on_binary_indicator_var =g= -40.61412742585125;
e1092_.. - 1*pre_1_29_0 + 1*post_1_29_0 + 81.2282548517025*relu_1_29_0_on_binary_indicator_var =l= 81.2282548517025;
e1093_.. + 1*post_1_29_0 =g= 0;
e1094_.. + 1*post_1_29_0 + 40.61412742585125*relu_1_29_0_off_binary_indicator_var =l= 40.61412742585125;
e1095_.. + 1*pre_1_29_0 + 40.61412742585125*relu_1_29_0_off_binary_indicator_var =l= 40.61412742585125;
relu_1_29_1_above_pre.. + 1*pre_1_29_1 - 1*post_1_29_1 =l= 0;
relu_1_29_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_1_on_binary_indicator_var + 1*relu_1_29_1_off_binary_indicator_var =e= 1;
e1098_.. - 1*pre_1_29_1 + 1*post_1_29_1 - 40.61412742585125*relu_1_29_1_on_binary_indicator_var =g= -40.61412742585125;
e1099_.. - 1*pre_1_29_1 + 1*post_1_29_1 + 81.2282548517025*relu_1_29_1_on_binary_indicator_var =l= 81.2282548517025;
e1100_.. + 1*post_1_29_1 =g= 0;
e1101_.. + 1*post_1_29_1 + 40.61412742585125*relu_1_29_1_off_binary_indicator_var =l= 40.61412742585125;
e1102_.. + 1*pre_1_29_1 + 40.61412742585125*relu_1_29_1_off_binary_indicator_var =l= 40.61412742585125;
relu_1_29_2_above_pre.. + 1*pre_1_29_2 - 1*post_1_29_2 =l= 0;
relu_1_29_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_2_on_binary_indicator_var + 1*relu_1_29_2_off_binary_indicator_var =e= 1;
e1105_.. - 1*pre_1_29_2 + 1*post_1_29_2 - 40.61412742585125*relu_1_29_2_on_binary_indicator_var =g= -40.61412742585125;
e1106_.. - 1*pre_1_29_2 + 1*post_1_29_2 + 81.2282548517025*relu_1_29_2_on_binary_indicator_var =l= 81.2282548517025;
e1107_.. + 1*post_1_29_2 =g= 0;
e1108_.. + 1*post_1_29_2 + 40.61412742585125*relu_1_29_2_off_binary_indicator_var =l= 40.61412742585125;
e1109_.. + 1*pre_1_29_2 + 40.61412742585125*relu_1_29_2_off_binary_indicator_var =l= 40.61412742585125;
relu_1_29_3_above_pre.. + 1*pre_1_29_3 - 1*post_1_29_3 =l= 0;
relu_1_29_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_29_3_on_binary_indicator_var + 1*relu_1_29_3_off_binary_indicator_var =e= 1;
e1112_.. - 1*pre_1_29_3 + 1*post_1_29_3 - 40.61412742585125*relu_1_29_3_on_binary_indicator_var =g= -40.61412742585125;
e1113_.. - 1*pre_1_29_3 + 1*post_1_29_3 + 81.2282548517025*relu_1_29_3_on_binary_indicator_var =l= 81.2282548517025;
e1114_.. + 1*post_1_29_3 =g= 0;
e1115_.. + 1*post_1_29_3 + 40.61412742585125*relu_1_29_3_off_binary_indicator_var =l= 40.61412742585125;
e1116_.. + 1*pre_1_29_3 + 40.61412742585125*relu_1_29_3_off_binary_indicator_var =l= 40.61412742585125;
relu_1_30_0_above_pre.. + 1*pre_1_30_0 - 1*post_1_30_0 =l= 0;
relu_1_30_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_0_on_binary_indicator_var + 1*relu_1_30_0_off_binary_indicator_var =e= 1;
e1119_.. - 1*pre_1_30_0 + 1*post_1_30_0 - 32.66217848430928*relu_1_30_0_on_binary_indicator_var =g= -32.66217848430928;
e1120_.. - 1*pre_1_30_0 + 1*post_1_30_0 + 65.32435696861856*relu_1_30_0_on_binary_indicator_var =l= 65.32435696861856;
e1121_.. + 1*post_1_30_0 =g= 0;
e1122_.. + 1*post_1_30_0 + 32.66217848430928*relu_1_30_0_off_binary_indicator_var =l= 32.66217848430928;
e1123_.. + 1*pre_1_30_0 + 32.66217848430928*relu_1_30_0_off_binary_indicator_var =l= 32.66217848430928;
relu_1_30_1_above_pre.. + 1*pre_1_30_1 - 1*post_1_30_1 =l= 0;
relu_1_30_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_1_on_binary_indicator_var + 1*relu_1_30_1_off_binary_indicator_var =e= 1;
e1126_.. - 1*pre_1_30_1 + 1*post_1_30_1 - 32.66217848430928*relu_1_30_1_on_binary_indicator_var =g= -32.66217848430928;
e1127_.. - 1*pre_1_30_1 + 1*post_1_30_1 + 65.32435696861856*relu_1_30_1_on_binary_indicator_var =l= 65.32435696861856;
e1128_.. + 1*post_1_30_1 =g= 0;
e1129_.. + 1*post_1_30_1 + 32.66217848430928*relu_1_30_1_off_binary_indicator_var =l= 32.66217848430928;
e1130_.. + 1*pre_1_30_1 + 32.66217848430928*relu_1_30_1_off_binary_indicator_var =l= 32.66217848430928;
relu_1_30_2_above_pre.. + 1*pre_1_30_2 - 1*post_1_30_2 =l= 0;
relu_1_30_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_2_on_binary_indicator_var + 1*relu_1_30_2_off_binary_indicator_var =e= 1;
e1133_.. - 1*pre_1_30_2 + 1*post_1_30_2 - 32.66217848430928*relu_1_30_2_on_binary_indicator_var =g= -32.66217848430928;
e1134_.. - 1*pre_1_30_2 + 1*post_1_30_2 + 65.32435696861856*relu_1_30_2_on_binary_indicator_var =l= 65.32435696861856;
e1135_.. + 1*post_1_30_2 =g= 0;
e1136_.. + 1*post_1_30_2 + 32.66217848430928*relu_1_30_2_off_binary_indicator_var =l= 32.66217848430928;
e1137_.. + 1*pre_1_30_2 + 32.66217848430928*relu_1_30_2_off_binary_indicator_var =l= 32.66217848430928;
relu_1_30_3_above_pre.. + 1*pre_1_30_3 - 1*post_1_30_3 =l= 0;
relu_1_30_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_30_3_on_binary_indicator_var + 1*relu_1_30_3_off_binary_indicator_var =e= 1;
e1140_.. - 1*pre_1_30_3 + 1*post_1_30_3 - 32.66217848430928*relu_1_30_3_on_binary_indicator_var =g= -32.66217848430928;
e1141_.. - 1*pre_1_30_3 + 1*post_1_30_3 + 65.32435696861856*relu_1_30_3_on_binary_indicator_var =l= 65.32435696861856;
e1142_.. + 1*post_1_30_3 =g= 0;
e1143_.. + 1*post_1_30_3 + 32.66217848430928*relu_1_30_3_off_binary_indicator_var =l= 32.66217848430928;
e1144_.. + 1*pre_1_30_3 + 32.66217848430928*relu_1_30_3_off_binary_indicator_var =l= 32.66217848430928;
relu_1_31_0_above_pre.. + 1*pre_1_31_0 - 1*post_1_31_0 =l= 0;
relu_1_31_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_0_on_binary_indicator_var + 1*relu_1_31_0_off_binary_indicator_var =e= 1;
e1147_.. - 1*pre_1_31_0 + 1*post_1_31_0 - 37.40843172165396*relu_1_31_0_on_binary_indicator_var =g= -37.40843172165396;
e1148_.. - 1*pre_1_31_0 + 1*post_1_31_0 + 74.81686344330792*relu_1_31_0_on_binary_indicator_var =l= 74.81686344330792;
e1149_.. + 1*post_1_31_0 =g= 0;
e1150_.. + 1*post_1_31_0 + 37.40843172165396*relu_1_31_0_off_binary_indicator_var =l= 37.40843172165396;
e1151_.. + 1*pre_1_31_0 + 37.40843172165396*relu_1_31_0_off_binary_indicator_var =l= 37.40843172165396;
relu_1_31_1_above_pre.. + 1*pre_1_31_1 - 1*post_1_31_1 =l= 0;
relu_1_31_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_1_on_binary_indicator_var + 1*relu_1_31_1_off_binary_indicator_var =e= 1;
e1154_.. - 1*pre_1_31_1 + 1*post_1_31_1 - 37.40843172165396*relu_1_31_1_on_binary_indicator_var =g= -37.40843172165396;
e1155_.. - 1*pre_1_31_1 + 1*post_1_31_1 + 74.81686344330792*relu_1_31_1_on_binary_indicator_var =l= 74.81686344330792;
e1156_.. + 1*post_1_31_1 =g= 0;
e1157_.. + 1*post_1_31_1 + 37.40843172165396*relu_1_31_1_off_binary_indicator_var =l= 37.40843172165396;
e1158_.. + 1*pre_1_31_1 + 37.40843172165396*relu_1_31_1_off_binary_indicator_var =l= 37.40843172165396;
relu_1_31_2_above_pre.. + 1*pre_1_31_2 - 1*post_1_31_2 =l= 0;
relu_1_31_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_2_on_binary_indicator_var + 1*relu_1_31_2_off_binary_indicator_var =e= 1;
e1161_.. - 1*pre_1_31_2 + 1*post_1_31_2 - 37.40843172165396*relu_1_31_2_on_binary_indicator_var =g= -37.40843172165396;
e1162_.. - 1*pre_1_31_2 + 1*post_1_31_2 + 74.81686344330792*relu_1_31_2_on_binary_indicator_var =l= 74.81686344330792;
e1163_.. + 1*post_1_31_2 =g= 0;
e1164_.. + 1*post_1_31_2 + 37.40843172165396*relu_1_31_2_off_binary_indicator_var =l= 37.40843172165396;
e1165_.. + 1*pre_1_31_2 + 37.40843172165396*relu_1_31_2_off_binary_indicator_var =l= 37.40843172165396;
relu_1_31_3_above_pre.. + 1*pre_1_31_3 - 1*post_1_31_3 =l= 0;
relu_1_31_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_31_3_on_binary_indicator_var + 1*relu_1_31_3_off_binary_indicator_var =e= 1;
e1168_.. - 1*pre_1_31_3 + 1*post_1_31_3 - 37.40843172165396*relu_1_31_3_on_binary_indicator_var =g= -37.40843172165396;
e1169_.. - 1*pre_1_31_3 + 1*post_1_31_3 + 74.81686344330792*relu_1_31_3_on_binary_indicator_var =l= 74.81686344330792;
e1170_.. + 1*post_1_31_3 =g= 0;
e1171_.. + 1*post_1_31_3 + 37.40843172165396*relu_1_31_3_off_binary_indicator_var =l= 37.40843172165396;
e1172_.. + 1*pre_1_31_3 + 37.40843172165396*relu_1_31_3_off_binary_indicator_var =l= 37.40843172165396;
relu_1_32_0_above_pre.. + 1*pre_1_32_0 - 1*post_1_32_0 =l= 0;
relu_1_32_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_0_on_binary_indicator_var + 1*relu_1_32_0_off_binary_indicator_var =e= 1;
e1175_.. - 1*pre_1_32_0 + 1*post_1_32_0 - 42.15468495899865*relu_1_32_0_on_binary_indicator_var =g= -42.15468495899865;
e1176_.. - 1*pre_1_32_0 + 1*post_1_32_0 + 84.3093699179973*relu_1_32_0_on_binary_indicator_var =l= 84.3093699179973;
e1177_.. + 1*post_1_32_0 =g= 0;
e1178_.. + 1*post_1_32_0 + 42.15468495899865*relu_1_32_0_off_binary_indicator_var =l= 42.15468495899865;
e1179_.. + 1*pre_1_32_0 + 42.15468495899865*relu_1_32_0_off_binary_indicator_var =l= 42.15468495899865;
relu_1_32_1_above_pre.. + 1*pre_1_32_1 - 1*post_1_32_1 =l= 0;
relu_1_32_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_1_on_binary_indicator_var + 1*relu_1_32_1_off_binary_indicator_var =e= 1;
e1182_.. - 1*pre_1_32_1 + 1*post_1_32_1 - 42.15468495899865*relu_1_32_1_on_binary_indicator_var =g= -42.15468495899865;
e1183_.. - 1*pre_1_32_1 + 1*post_1_32_1 + 84.3093699179973*relu_1_32_1_on_binary_indicator_var =l= 84.3093699179973;
e1184_.. + 1*post_1_32_1 =g= 0;
e1185_.. + 1*post_1_32_1 + 42.15468495899865*relu_1_32_1_off_binary_indicator_var =l= 42.15468495899865;
e1186_.. + 1*pre_1_32_1 + 42.15468495899865*relu_1_32_1_off_binary_indicator_var =l= 42.15468495899865;
relu_1_32_2_above_pre.. + 1*pre_1_32_2 - 1*post_1_32_2 =l= 0;
relu_1_32_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_2_on_binary_indicator_var + 1*relu_1_32_2_off_binary_indicator_var =e= 1;
e1189_.. - 1*pre_1_32_2 + 1*post_1_32_2 - 42.15468495899865*relu_1_32_2_on_binary_indicator_var =g= -42.15468495899865;
e1190_.. - 1*pre_1_32_2 + 1*post_1_32_2 + 84.3093699179973*relu_1_32_2_on_binary_indicator_var =l= 84.3093699179973;
e1191_.. + 1*post_1_32_2 =g= 0;
e1192_.. + 1*post_1_32_2 + 42.15468495899865*relu_1_32_2_off_binary_indicator_var =l= 42.15468495899865;
e1193_.. + 1*pre_1_32_2 + 42.15468495899865*relu_1_32_2_off_binary_indicator_var =l= 42.15468495899865;
relu_1_32_3_above_pre.. + 1*pre_1_32_3 - 1*post_1_32_3 =l= 0;
relu_1_32_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_32_3_on_binary_indicator_var + 1*relu_1_32_3_off_binary_indicator_var =e= 1;
e1196_.. - 1*pre_1_32_3 + 1*post_1_32_3 - 42.15468495899865*relu_1_32_3_on_binary_indicator_var =g= -42.15468495899865;
e1197_.. - 1*pre_1_32_3 + 1*post_1_32_3 + 84.3093699179973*relu_1_32_3_on_binary_indicator_var =l= 84.3093699179973;
e1198_.. + 1*post_1_32_3 =g= 0;
e1199_.. + 1*post_1_32_3 + 42.15468495899865*relu_1_32_3_off_binary_indicator_var =l= 42.15468495899865;
e1200_.. + 1*pre_1_32_3 + 42.15468495899865*relu_1_32_3_off_binary_indicator_var =l= 42.15468495899865;
relu_1_33_0_above_pre.. + 1*pre_1_33_0 - 1*post_1_33_0 =l= 0;
relu_1_33_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_0_on_binary_indicator_var + 1*relu_1_33_0_off_binary_indicator_var =e= 1;
e1203_.. - 1*pre_1_33_0 + 1*post_1_33_0 - 34.20273601745667*relu_1_33_0_on_binary_indicator_var =g= -34.20273601745667;
e1204_.. - 1*pre_1_33_0 + 1*post_1_33_0 + 68.40547203491334*relu_1_33_0_on_binary_indicator_var =l= 68.40547203491334;
e1205_.. + 1*post_1_33_0 =g= 0;
e1206_.. + 1*post_1_33_0 + 34.20273601745667*relu_1_33_0_off_binary_indicator_var =l= 34.20273601745667;
e1207_.. + 1*pre_1_33_0 + 34.20273601745667*relu_1_33_0_off_binary_indicator_var =l= 34.20273601745667;
relu_1_33_1_above_pre.. + 1*pre_1_33_1 - 1*post_1_33_1 =l= 0;
relu_1_33_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_1_on_binary_indicator_var + 1*relu_1_33_1_off_binary_indicator_var =e= 1;
e1210_.. - 1*pre_1_33_1 + 1*post_1_33_1 - 34.20273601745667*relu_1_33_1_on_binary_indicator_var =g= -34.20273601745667;
e1211_.. - 1*pre_1_33_1 + 1*post_1_33_1 + 68.40547203491334*relu_1_33_1_on_binary_indicator_var =l= 68.40547203491334;
e1212_.. + 1*post_1_33_1 =g= 0;
e1213_.. + 1*post_1_33_1 + 34.20273601745667*relu_1_33_1_off_binary_indicator_var =l= 34.20273601745667;
e1214_.. + 1*pre_1_33_1 + 34.20273601745667*relu_1_33_1_off_binary_indicator_var =l= 34.20273601745667;
relu_1_33_2_above_pre.. + 1*pre_1_33_2 - 1*post_1_33_2 =l= 0;
relu_1_33_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_2_on_binary_indicator_var + 1*relu_1_33_2_off_binary_indicator_var =e= 1;
e1217_.. - 1*pre_1_33_2 + 1*post_1_33_2 - 34.20273601745667*relu_1_33_2_on_binary_indicator_var =g= -34.20273601745667;
e1218_.. - 1*pre_1_33_2 + 1*post_1_33_2 + 68.40547203491334*relu_1_33_2_on_binary_indicator_var =l= 68.40547203491334;
e1219_.. + 1*post_1_33_2 =g= 0;
e1220_.. + 1*post_1_33_2 + 34.20273601745667*relu_1_33_2_off_binary_indicator_var =l= 34.20273601745667;
e1221_.. + 1*pre_1_33_2 + 34.20273601745667*relu_1_33_2_off_binary_indicator_var =l= 34.20273601745667;
relu_1_33_3_above_pre.. + 1*pre_1_33_3 - 1*post_1_33_3 =l= 0;
relu_1_33_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_33_3_on_binary_indicator_var + 1*relu_1_33_3_off_binary_indicator_var =e= 1;
e1224_.. - 1*pre_1_33_3 + 1*post_1_33_3 - 34.20273601745667*relu_1_33_3_on_binary_indicator_var =g= -34.20273601745667;
e1225_.. - 1*pre_1_33_3 + 1*post_1_33_3 + 68.40547203491334*relu_1_33_3_on_binary_indicator_var =l= 68.40547203491334;
e1226_.. + 1*post_1_33_3 =g= 0;
e1227_.. + 1*post_1_33_3 + 34.20273601745667*relu_1_33_3_off_binary_indicator_var =l= 34.20273601745667;
e1228_.. + 1*pre_1_33_3 + 34.20273601745667*relu_1_33_3_off_binary_indicator_var =l= 34.20273601745667;
relu_1_34_0_above_pre.. + 1*pre_1_34_0 - 1*post_1_34_0 =l= 0;
relu_1_34_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_0_on_binary_indicator_var + 1*relu_1_34_0_off_binary_indicator_var =e= 1;
e1231_.. - 1*pre_1_34_0 + 1*post_1_34_0 - 38.94898925480136*relu_1_34_0_on_binary_indicator_var =g= -38.94898925480136;
e1232_.. - 1*pre_1_34_0 + 1*post_1_34_0 + 77.89797850960272*relu_1_34_0_on_binary_indicator_var =l= 77.89797850960272;
e1233_.. + 1*post_1_34_0 =g= 0;
e1234_.. + 1*post_1_34_0 + 38.94898925480136*relu_1_34_0_off_binary_indicator_var =l= 38.94898925480136;
e1235_.. + 1*pre_1_34_0 + 38.94898925480136*relu_1_34_0_off_binary_indicator_var =l= 38.94898925480136;
relu_1_34_1_above_pre.. + 1*pre_1_34_1 - 1*post_1_34_1 =l= 0;
relu_1_34_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_1_on_binary_indicator_var + 1*relu_1_34_1_off_binary_indicator_var =e= 1;
e1238_.. - 1*pre_1_34_1 + 1*post_1_34_1 - 38.94898925480136*relu_1_34_1_on_binary_indicator_var =g= -38.94898925480136;
e1239_.. - 1*pre_1_34_1 + 1*post_1_34_1 + 77.89797850960272*relu_1_34_1_on_binary_indicator_var =l= 77.89797850960272;
e1240_.. + 1*post_1_34_1 =g= 0;
e1241_.. + 1*post_1_34_1 + 38.94898925480136*relu_1_34_1_off_binary_indicator_var =l= 38.94898925480136;
e1242_.. + 1*pre_1_34_1 + 38.94898925480136*relu_1_34_1_off_binary_indicator_var =l= 38.94898925480136;
relu_1_34_2_above_pre.. + 1*pre_1_34_2 - 1*post_1_34_2 =l= 0;
relu_1_34_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_2_on_binary_indicator_var + 1*relu_1_34_2_off_binary_indicator_var =e= 1;
e1245_.. - 1*pre_1_34_2 + 1*post_1_34_2 - 38.94898925480136*relu_1_34_2_on_binary_indicator_var =g= -38.94898925480136;
e1246_.. - 1*pre_1_34_2 + 1*post_1_34_2 + 77.89797850960272*relu_1_34_2_on_binary_indicator_var =l= 77.89797850960272;
e1247_.. + 1*post_1_34_2 =g= 0;
e1248_.. + 1*post_1_34_2 + 38.94898925480136*relu_1_34_2_off_binary_indicator_var =l= 38.94898925480136;
e1249_.. + 1*pre_1_34_2 + 38.94898925480136*relu_1_34_2_off_binary_indicator_var =l= 38.94898925480136;
relu_1_34_3_above_pre.. + 1*pre_1_34_3 - 1*post_1_34_3 =l= 0;
relu_1_34_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_34_3_on_binary_indicator_var + 1*relu_1_34_3_off_binary_indicator_var =e= 1;
e1252_.. - 1*pre_1_34_3 + 1*post_1_34_3 - 38.94898925480136*relu_1_34_3_on_binary_indicator_var =g= -38.94898925480136;
e1253_.. - 1*pre_1_34_3 + 1*post_1_34_3 + 77.89797850960272*relu_1_34_3_on_binary_indicator_var =l= 77.89797850960272;
e1254_.. + 1*post_1_34_3 =g= 0;
e1255_.. + 1*post_1_34_3 + 38.94898925480136*relu_1_34_3_off_binary_indicator_var =l= 38.94898925480136;
e1256_.. + 1*pre_1_34_3 + 38.94898925480136*relu_1_34_3_off_binary_indicator_var =l= 38.94898925480136;
relu_1_35_0_above_pre.. + 1*pre_1_35_0 - 1*post_1_35_0 =l= 0;
relu_1_35_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_0_on_binary_indicator_var + 1*relu_1_35_0_off_binary_indicator_var =e= 1;
e1259_.. - 1*pre_1_35_0 + 1*post_1_35_0 - 43.69524249214605*relu_1_35_0_on_binary_indicator_var =g= -43.69524249214605;
e1260_.. - 1*pre_1_35_0 + 1*post_1_35_0 + 87.3904849842921*relu_1_35_0_on_binary_indicator_var =l= 87.3904849842921;
e1261_.. + 1*post_1_35_0 =g= 0;
e1262_.. + 1*post_1_35_0 + 43.69524249214605*relu_1_35_0_off_binary_indicator_var =l= 43.69524249214605;
e1263_.. + 1*pre_1_35_0 + 43.69524249214605*relu_1_35_0_off_binary_indicator_var =l= 43.69524249214605;
relu_1_35_1_above_pre.. + 1*pre_1_35_1 - 1*post_1_35_1 =l= 0;
relu_1_35_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_1_on_binary_indicator_var + 1*relu_1_35_1_off_binary_indicator_var =e= 1;
e1266_.. - 1*pre_1_35_1 + 1*post_1_35_1 - 43.69524249214605*relu_1_35_1_on_binary_indicator_var =g= -43.69524249214605;
e1267_.. - 1*pre_1_35_1 + 1*post_1_35_1 + 87.3904849842921*relu_1_35_1_on_binary_indicator_var =l= 87.3904849842921;
e1268_.. + 1*post_1_35_1 =g= 0;
e1269_.. + 1*post_1_35_1 + 43.69524249214605*relu_1_35_1_off_binary_indicator_var =l= 43.69524249214605;
e1270_.. + 1*pre_1_35_1 + 43.69524249214605*relu_1_35_1_off_binary_indicator_var =l= 43.69524249214605;
relu_1_35_2_above_pre.. + 1*pre_1_35_2 - 1*post_1_35_2 =l= 0;
relu_1_35_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_2_on_binary_indicator_var + 1*relu_1_35_2_off_binary_indicator_var =e= 1;
e1273_.. - 1*pre_1_35_2 + 1*post_1_35_2 - 43.69524249214605*relu_1_35_2_on_binary_indicator_var =g= -43.69524249214605;
e1274_.. - 1*pre_1_35_2 + 1*post_1_35_2 + 87.3904849842921*relu_1_35_2_on_binary_indicator_var =l= 87.3904849842921;
e1275_.. + 1*post_1_35_2 =g= 0;
e1276_.. + 1*post_1_35_2 + 43.69524249214605*relu_1_35_2_off_binary_indicator_var =l= 43.69524249214605;
e1277_.. + 1*pre_1_35_2 + 43.69524249214605*relu_1_35_2_off_binary_indicator_var =l= 43.69524249214605;
relu_1_35_3_above_pre.. + 1*pre_1_35_3 - 1*post_1_35_3 =l= 0;
relu_1_35_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_35_3_on_binary_indicator_var + 1*relu_1_35_3_off_binary_indicator_var =e= 1;
e1280_.. - 1*pre_1_35_3 + 1*post_1_35_3 - 43.69524249214605*relu_1_35_3_on_binary_indicator_var =g= -43.69524249214605;
e1281_.. - 1*pre_1_35_3 + 1*post_1_35_3 + 87.3904849842921*relu_1_35_3_on_binary_indicator_var =l= 87.3904849842921;
e1282_.. + 1*post_1_35_3 =g= 0;
e1283_.. + 1*post_1_35_3 + 43.69524249214605*relu_1_35_3_off_binary_indicator_var =l= 43.69524249214605;
e1284_.. + 1*pre_1_35_3 + 43.69524249214605*relu_1_35_3_off_binary_indicator_var =l= 43.69524249214605;
relu_1_36_0_above_pre.. + 1*pre_1_36_0 - 1*post_1_36_0 =l= 0;
relu_1_36_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_0_on_binary_indicator_var + 1*relu_1_36_0_off_binary_indicator_var =e= 1;
e1287_.. - 1*pre_1_36_0 + 1*post_1_36_0 - 41.90552368319366*relu_1_36_0_on_binary_indicator_var =g= -41.90552368319366;
e1288_.. - 1*pre_1_36_0 + 1*post_1_36_0 + 83.81104736638731*relu_1_36_0_on_binary_indicator_var =l= 83.81104736638731;
e1289_.. + 1*post_1_36_0 =g= 0;
e1290_.. + 1*post_1_36_0 + 41.90552368319366*relu_1_36_0_off_binary_indicator_var =l= 41.90552368319366;
e1291_.. + 1*pre_1_36_0 + 41.90552368319366*relu_1_36_0_off_binary_indicator_var =l= 41.90552368319366;
relu_1_36_1_above_pre.. + 1*pre_1_36_1 - 1*post_1_36_1 =l= 0;
relu_1_36_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_1_on_binary_indicator_var + 1*relu_1_36_1_off_binary_indicator_var =e= 1;
e1294_.. - 1*pre_1_36_1 + 1*post_1_36_1 - 41.90552368319366*relu_1_36_1_on_binary_indicator_var =g= -41.90552368319366;
e1295_.. - 1*pre_1_36_1 + 1*post_1_36_1 + 83.81104736638731*relu_1_36_1_on_binary_indicator_var =l= 83.81104736638731;
e1296_.. + 1*post_1_36_1 =g= 0;
e1297_.. + 1*post_1_36_1 + 41.90552368319366*relu_1_36_1_off_binary_indicator_var =l= 41.90552368319366;
e1298_.. + 1*pre_1_36_1 + 41.90552368319366*relu_1_36_1_off_binary_indicator_var =l= 41.90552368319366;
relu_1_36_2_above_pre.. + 1*pre_1_36_2 - 1*post_1_36_2 =l= 0;
relu_1_36_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_2_on_binary_indicator_var + 1*relu_1_36_2_off_binary_indicator_var =e= 1;
e1301_.. - 1*pre_1_36_2 + 1*post_1_36_2 - 41.90552368319366*relu_1_36_2_on_binary_indicator_var =g= -41.90552368319366;
e1302_.. - 1*pre_1_36_2 + 1*post_1_36_2 + 83.81104736638731*relu_1_36_2_on_binary_indicator_var =l= 83.81104736638731;
e1303_.. + 1*post_1_36_2 =g= 0;
e1304_.. + 1*post_1_36_2 + 41.90552368319366*relu_1_36_2_off_binary_indicator_var =l= 41.90552368319366;
e1305_.. + 1*pre_1_36_2 + 41.90552368319366*relu_1_36_2_off_binary_indicator_var =l= 41.90552368319366;
relu_1_36_3_above_pre.. + 1*pre_1_36_3 - 1*post_1_36_3 =l= 0;
relu_1_36_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_36_3_on_binary_indicator_var + 1*relu_1_36_3_off_binary_indicator_var =e= 1;
e1308_.. - 1*pre_1_36_3 + 1*post_1_36_3 - 41.90552368319366*relu_1_36_3_on_binary_indicator_var =g= -41.90552368319366;
e1309_.. - 1*pre_1_36_3 + 1*post_1_36_3 + 83.81104736638731*relu_1_36_3_on_binary_indicator_var =l= 83.81104736638731;
e1310_.. + 1*post_1_36_3 =g= 0;
e1311_.. + 1*post_1_36_3 + 41.90552368319366*relu_1_36_3_off_binary_indicator_var =l= 41.90552368319366;
e1312_.. + 1*pre_1_36_3 + 41.90552368319366*relu_1_36_3_off_binary_indicator_var =l= 41.90552368319366;
relu_1_37_0_above_pre.. + 1*pre_1_37_0 - 1*post_1_37_0 =l= 0;
relu_1_37_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_0_on_binary_indicator_var + 1*relu_1_37_0_off_binary_indicator_var =e= 1;
e1315_.. - 1*pre_1_37_0 + 1*post_1_37_0 - 46.651776920538346*relu_1_37_0_on_binary_indicator_var =g= -46.651776920538346;
e1316_.. - 1*pre_1_37_0 + 1*post_1_37_0 + 93.30355384107669*relu_1_37_0_on_binary_indicator_var =l= 93.30355384107669;
e1317_.. + 1*post_1_37_0 =g= 0;
e1318_.. + 1*post_1_37_0 + 46.651776920538346*relu_1_37_0_off_binary_indicator_var =l= 46.651776920538346;
e1319_.. + 1*pre_1_37_0 + 46.651776920538346*relu_1_37_0_off_binary_indicator_var =l= 46.651776920538346;
relu_1_37_1_above_pre.. + 1*pre_1_37_1 - 1*post_1_37_1 =l= 0;
relu_1_37_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_1_on_binary_indicator_var + 1*relu_1_37_1_off_binary_indicator_var =e= 1;
e1322_.. - 1*pre_1_37_1 + 1*post_1_37_1 - 46.651776920538346*relu_1_37_1_on_binary_indicator_var =g= -46.651776920538346;
e1323_.. - 1*pre_1_37_1 + 1*post_1_37_1 + 93.30355384107669*relu_1_37_1_on_binary_indicator_var =l= 93.30355384107669;
e1324_.. + 1*post_1_37_1 =g= 0;
e1325_.. + 1*post_1_37_1 + 46.651776920538346*relu_1_37_1_off_binary_indicator_var =l= 46.651776920538346;
e1326_.. + 1*pre_1_37_1 + 46.651776920538346*relu_1_37_1_off_binary_indicator_var =l= 46.651776920538346;
relu_1_37_2_above_pre.. + 1*pre_1_37_2 - 1*post_1_37_2 =l= 0;
relu_1_37_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_2_on_binary_indicator_var + 1*relu_1_37_2_off_binary_indicator_var =e= 1;
e1329_.. - 1*pre_1_37_2 + 1*post_1_37_2 - 46.651776920538346*relu_1_37_2_on_binary_indicator_var =g= -46.651776920538346;
e1330_.. - 1*pre_1_37_2 + 1*post_1_37_2 + 93.30355384107669*relu_1_37_2_on_binary_indicator_var =l= 93.30355384107669;
e1331_.. + 1*post_1_37_2 =g= 0;
e1332_.. + 1*post_1_37_2 + 46.651776920538346*relu_1_37_2_off_binary_indicator_var =l= 46.651776920538346;
e1333_.. + 1*pre_1_37_2 + 46.651776920538346*relu_1_37_2_off_binary_indicator_var =l= 46.651776920538346;
relu_1_37_3_above_pre.. + 1*pre_1_37_3 - 1*post_1_37_3 =l= 0;
relu_1_37_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_37_3_on_binary_indicator_var + 1*relu_1_37_3_off_binary_indicator_var =e= 1;
e1336_.. - 1*pre_1_37_3 + 1*post_1_37_3 - 46.651776920538346*relu_1_37_3_on_binary_indicator_var =g= -46.651776920538346;
e1337_.. - 1*pre_1_37_3 + 1*post_1_37_3 + 93.30355384107669*relu_1_37_3_on_binary_indicator_var =l= 93.30355384107669;
e1338_.. + 1*post_1_37_3 =g= 0;
e1339_.. + 1*post_1_37_3 + 46.651776920538346*relu_1_37_3_off_binary_indicator_var =l= 46.651776920538346;
e1340_.. + 1*pre_1_37_3 + 46.651776920538346*relu_1_37_3_off_binary_indicator_var =l= 46.651776920538346;
relu_1_38_0_above_pre.. + 1*pre_1_38_0 - 1*post_1_38_0 =l= 0;
relu_1_38_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_0_on_binary_indicator_var + 1*relu_1_38_0_off_binary_indicator_var =e= 1;
e1343_.. - 1*pre_1_38_0 + 1*post_1_38_0 - 51.39803015788303*relu_1_38_0_on_binary_indicator_var =g= -51.39803015788303;
e1344_.. - 1*pre_1_38_0 + 1*post_1_38_0 + 102.79606031576606*relu_1_38_0_on_binary_indicator_var =l= 102.79606031576606;
e1345_.. + 1*post_1_38_0 =g= 0;
e1346_.. + 1*post_1_38_0 + 51.39803015788303*relu_1_38_0_off_binary_indicator_var =l= 51.39803015788303;
e1347_.. + 1*pre_1_38_0 + 51.39803015788303*relu_1_38_0_off_binary_indicator_var =l= 51.39803015788303;
relu_1_38_1_above_pre.. + 1*pre_1_38_1 - 1*post_1_38_1 =l= 0;
relu_1_38_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_1_on_binary_indicator_var + 1*relu_1_38_1_off_binary_indicator_var =e= 1;
e1350_.. - 1*pre_1_38_1 + 1*post_1_38_1 - 51.39803015788303*relu_1_38_1_on_binary_indicator_var =g= -51.39803015788303;
e1351_.. - 1*pre_1_38_1 + 1*post_1_38_1 + 102.79606031576606*relu_1_38_1_on_binary_indicator_var =l= 102.79606031576606;
e1352_.. + 1*post_1_38_1 =g= 0;
e1353_.. + 1*post_1_38_1 + 51.39803015788303*relu_1_38_1_off_binary_indicator_var =l= 51.39803015788303;
e1354_.. + 1*pre_1_38_1 + 51.39803015788303*relu_1_38_1_off_binary_indicator_var =l= 51.39803015788303;
relu_1_38_2_above_pre.. + 1*pre_1_38_2 - 1*post_1_38_2 =l= 0;
relu_1_38_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_2_on_binary_indicator_var + 1*relu_1_38_2_off_binary_indicator_var =e= 1;
e1357_.. - 1*pre_1_38_2 + 1*post_1_38_2 - 51.39803015788303*relu_1_38_2_on_binary_indicator_var =g= -51.39803015788303;
e1358_.. - 1*pre_1_38_2 + 1*post_1_38_2 + 102.79606031576606*relu_1_38_2_on_binary_indicator_var =l= 102.79606031576606;
e1359_.. + 1*post_1_38_2 =g= 0;
e1360_.. + 1*post_1_38_2 + 51.39803015788303*relu_1_38_2_off_binary_indicator_var =l= 51.39803015788303;
e1361_.. + 1*pre_1_38_2 + 51.39803015788303*relu_1_38_2_off_binary_indicator_var =l= 51.39803015788303;
relu_1_38_3_above_pre.. + 1*pre_1_38_3 - 1*post_1_38_3 =l= 0;
relu_1_38_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_38_3_on_binary_indicator_var + 1*relu_1_38_3_off_binary_indicator_var =e= 1;
e1364_.. - 1*pre_1_38_3 + 1*post_1_38_3 - 51.39803015788303*relu_1_38_3_on_binary_indicator_var =g= -51.39803015788303;
e1365_.. - 1*pre_1_38_3 + 1*post_1_38_3 + 102.79606031576606*relu_1_38_3_on_binary_indicator_var =l= 102.79606031576606;
e1366_.. + 1*post_1_38_3 =g= 0;
e1367_.. + 1*post_1_38_3 + 51.39803015788303*relu_1_38_3_off_binary_indicator_var =l= 51.39803015788303;
e1368_.. + 1*pre_1_38_3 + 51.39803015788303*relu_1_38_3_off_binary_indicator_var =l= 51.39803015788303;
relu_1_39_0_above_pre.. + 1*pre_1_39_0 - 1*post_1_39_0 =l= 0;
relu_1_39_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_0_on_binary_indicator_var + 1*relu_1_39_0_off_binary_indicator_var =e= 1;
e1371_.. - 1*pre_1_39_0 + 1*post_1_39_0 - 44.986638749488456*relu_1_39_0_on_binary_indicator_var =g= -44.986638749488456;
e1372_.. - 1*pre_1_39_0 + 1*post_1_39_0 + 89.97327749897691*relu_1_39_0_on_binary_indicator_var =l= 89.97327749897691;
e1373_.. + 1*post_1_39_0 =g= 0;
e1374_.. + 1*post_1_39_0 + 44.986638749488456*relu_1_39_0_off_binary_indicator_var =l= 44.986638749488456;
e1375_.. + 1*pre_1_39_0 + 44.986638749488456*relu_1_39_0_off_binary_indicator_var =l= 44.986638749488456;
relu_1_39_1_above_pre.. + 1*pre_1_39_1 - 1*post_1_39_1 =l= 0;
relu_1_39_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_1_on_binary_indicator_var + 1*relu_1_39_1_off_binary_indicator_var =e= 1;
e1378_.. - 1*pre_1_39_1 + 1*post_1_39_1 - 44.986638749488456*relu_1_39_1_on_binary_indicator_var =g= -44.986638749488456;
e1379_.. - 1*pre_1_39_1 + 1*post_1_39_1 + 89.97327749897691*relu_1_39_1_on_binary_indicator_var =l= 89.97327749897691;
e1380_.. + 1*post_1_39_1 =g= 0;
e1381_.. + 1*post_1_39_1 + 44.986638749488456*relu_1_39_1_off_binary_indicator_var =l= 44.986638749488456;
e1382_.. + 1*pre_1_39_1 + 44.986638749488456*relu_1_39_1_off_binary_indicator_var =l= 44.986638749488456;
relu_1_39_2_above_pre.. + 1*pre_1_39_2 - 1*post_1_39_2 =l= 0;
relu_1_39_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_2_on_binary_indicator_var + 1*relu_1_39_2_off_binary_indicator_var =e= 1;
e1385_.. - 1*pre_1_39_2 + 1*post_1_39_2 - 44.986638749488456*relu_1_39_2_on_binary_indicator_var =g= -44.986638749488456;
e1386_.. - 1*pre_1_39_2 + 1*post_1_39_2 + 89.97327749897691*relu_1_39_2_on_binary_indicator_var =l= 89.97327749897691;
e1387_.. + 1*post_1_39_2 =g= 0;
e1388_.. + 1*post_1_39_2 + 44.986638749488456*relu_1_39_2_off_binary_indicator_var =l= 44.986638749488456;
e1389_.. + 1*pre_1_39_2 + 44.986638749488456*relu_1_39_2_off_binary_indicator_var =l= 44.986638749488456;
relu_1_39_3_above_pre.. + 1*pre_1_39_3 - 1*post_1_39_3 =l= 0;
relu_1_39_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_39_3_on_binary_indicator_var + 1*relu_1_39_3_off_binary_indicator_var =e= 1;
e1392_.. - 1*pre_1_39_3 + 1*post_1_39_3 - 44.986638749488456*relu_1_39_3_on_binary_indicator_var =g= -44.986638749488456;
e1393_.. - 1*pre_1_39_3 + 1*post_1_39_3 + 89.97327749897691*relu_1_39_3_on_binary_indicator_var =l= 89.97327749897691;
e1394_.. + 1*post_1_39_3 =g= 0;
e1395_.. + 1*post_1_39_3 + 44.986638749488456*relu_1_39_3_off_binary_indicator_var =l= 44.986638749488456;
e1396_.. + 1*pre_1_39_3 + 44.986638749488456*relu_1_39_3_off_binary_indicator_var =l= 44.986638749488456;
relu_1_40_0_above_pre.. + 1*pre_1_40_0 - 1*post_1_40_0 =l= 0;
relu_1_40_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_0_on_binary_indicator_var + 1*relu_1_40_0_off_binary_indicator_var =e= 1;
e1399_.. - 1*pre_1_40_0 + 1*post_1_40_0 - 49.73289198683314*relu_1_40_0_on_binary_indicator_var =g= -49.73289198683314;
e1400_.. - 1*pre_1_40_0 + 1*post_1_40_0 + 99.46578397366628*relu_1_40_0_on_binary_indicator_var =l= 99.46578397366628;
e1401_.. + 1*post_1_40_0 =g= 0;
e1402_.. + 1*post_1_40_0 + 49.73289198683314*relu_1_40_0_off_binary_indicator_var =l= 49.73289198683314;
e1403_.. + 1*pre_1_40_0 + 49.73289198683314*relu_1_40_0_off_binary_indicator_var =l= 49.73289198683314;
relu_1_40_1_above_pre.. + 1*pre_1_40_1 - 1*post_1_40_1 =l= 0;
relu_1_40_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_1_on_binary_indicator_var + 1*relu_1_40_1_off_binary_indicator_var =e= 1;
e1406_.. - 1*pre_1_40_1 + 1*post_1_40_1 - 49.73289198683314*relu_1_40_1_on_binary_indicator_var =g= -49.73289198683314;
e1407_.. - 1*pre_1_40_1 + 1*post_1_40_1 + 99.46578397366628*relu_1_40_1_on_binary_indicator_var =l= 99.46578397366628;
e1408_.. + 1*post_1_40_1 =g= 0;
e1409_.. + 1*post_1_40_1 + 49.73289198683314*relu_1_40_1_off_binary_indicator_var =l= 49.73289198683314;
e1410_.. + 1*pre_1_40_1 + 49.73289198683314*relu_1_40_1_off_binary_indicator_var =l= 49.73289198683314;
relu_1_40_2_above_pre.. + 1*pre_1_40_2 - 1*post_1_40_2 =l= 0;
relu_1_40_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_2_on_binary_indicator_var + 1*relu_1_40_2_off_binary_indicator_var =e= 1;
e1413_.. - 1*pre_1_40_2 + 1*post_1_40_2 - 49.73289198683314*relu_1_40_2_on_binary_indicator_var =g= -49.73289198683314;
e1414_.. - 1*pre_1_40_2 + 1*post_1_40_2 + 99.46578397366628*relu_1_40_2_on_binary_indicator_var =l= 99.46578397366628;
e1415_.. + 1*post_1_40_2 =g= 0;
e1416_.. + 1*post_1_40_2 + 49.73289198683314*relu_1_40_2_off_binary_indicator_var =l= 49.73289198683314;
e1417_.. + 1*pre_1_40_2 + 49.73289198683314*relu_1_40_2_off_binary_indicator_var =l= 49.73289198683314;
relu_1_40_3_above_pre.. + 1*pre_1_40_3 - 1*post_1_40_3 =l= 0;
relu_1_40_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_40_3_on_binary_indicator_var + 1*relu_1_40_3_off_binary_indicator_var =e= 1;
e1420_.. - 1*pre_1_40_3 + 1*post_1_40_3 - 49.73289198683314*relu_1_40_3_on_binary_indicator_var =g= -49.73289198683314;
e1421_.. - 1*pre_1_40_3 + 1*post_1_40_3 + 99.46578397366628*relu_1_40_3_on_binary_indicator_var =l= 99.46578397366628;
e1422_.. + 1*post_1_40_3 =g= 0;
e1423_.. + 1*post_1_40_3 + 49.73289198683314*relu_1_40_3_off_binary_indicator_var =l= 49.73289198683314;
e1424_.. + 1*pre_1_40_3 + 49.73289198683314*relu_1_40_3_off_binary_indicator_var =l= 49.73289198683314;
relu_1_41_0_above_pre.. + 1*pre_1_41_0 - 1*post_1_41_0 =l= 0;
relu_1_41_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_0_on_binary_indicator_var + 1*relu_1_41_0_off_binary_indicator_var =e= 1;
e1427_.. - 1*pre_1_41_0 + 1*post_1_41_0 - 54.47914522417783*relu_1_41_0_on_binary_indicator_var =g= -54.47914522417783;
e1428_.. - 1*pre_1_41_0 + 1*post_1_41_0 + 108.95829044835565*relu_1_41_0_on_binary_indicator_var =l= 108.95829044835565;
e1429_.. + 1*post_1_41_0 =g= 0;
e1430_.. + 1*post_1_41_0 + 54.47914522417783*relu_1_41_0_off_binary_indicator_var =l= 54.47914522417783;
e1431_.. + 1*pre_1_41_0 + 54.47914522417783*relu_1_41_0_off_binary_indicator_var =l= 54.47914522417783;
relu_1_41_1_above_pre.. + 1*pre_1_41_1 - 1*post_1_41_1 =l= 0;
relu_1_41_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_1_on_binary_indicator_var + 1*relu_1_41_1_off_binary_indicator_var =e= 1;
e1434_.. - 1*pre_1_41_1 + 1*post_1_41_1 - 54.47914522417783*relu_1_41_1_on_binary_indicator_var =g= -54.47914522417783;
e1435_.. - 1*pre_1_41_1 + 1*post_1_41_1 + 108.95829044835565*relu_1_41_1_on_binary_indicator_var =l= 108.95829044835565;
e1436_.. + 1*post_1_41_1 =g= 0;
e1437_.. + 1*post_1_41_1 + 54.47914522417783*relu_1_41_1_off_binary_indicator_var =l= 54.47914522417783;
e1438_.. + 1*pre_1_41_1 + 54.47914522417783*relu_1_41_1_off_binary_indicator_var =l= 54.47914522417783;
relu_1_41_2_above_pre.. + 1*pre_1_41_2 - 1*post_1_41_2 =l= 0;
relu_1_41_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_2_on_binary_indicator_var + 1*relu_1_41_2_off_binary_indicator_var =e= 1;
e1441_.. - 1*pre_1_41_2 + 1*post_1_41_2 - 54.47914522417783*relu_1_41_2_on_binary_indicator_var =g= -54.47914522417783;
e1442_.. - 1*pre_1_41_2 + 1*post_1_41_2 + 108.95829044835565*relu_1_41_2_on_binary_indicator_var =l= 108.95829044835565;
e1443_.. + 1*post_1_41_2 =g= 0;
e1444_.. + 1*post_1_41_2 + 54.47914522417783*relu_1_41_2_off_binary_indicator_var =l= 54.47914522417783;
e1445_.. + 1*pre_1_41_2 + 54.47914522417783*relu_1_41_2_off_binary_indicator_var =l= 54.47914522417783;
relu_1_41_3_above_pre.. + 1*pre_1_41_3 - 1*post_1_41_3 =l= 0;
relu_1_41_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_41_3_on_binary_indicator_var + 1*relu_1_41_3_off_binary_indicator_var =e= 1;
e1448_.. - 1*pre_1_41_3 + 1*post_1_41_3 - 54.47914522417783*relu_1_41_3_on_binary_indicator_var =g= -54.47914522417783;
e1449_.. - 1*pre_1_41_3 + 1*post_1_41_3 + 108.95829044835565*relu_1_41_3_on_binary_indicator_var =l= 108.95829044835565;
e1450_.. + 1*post_1_41_3 =g= 0;
e1451_.. + 1*post_1_41_3 + 54.47914522417783*relu_1_41_3_off_binary_indicator_var =l= 54.47914522417783;
e1452_.. + 1*pre_1_41_3 + 54.47914522417783*relu_1_41_3_off_binary_indicator_var =l= 54.47914522417783;
relu_1_42_0_above_pre.. + 1*pre_1_42_0 - 1*post_1_42_0 =l= 0;
relu_1_42_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_0_on_binary_indicator_var + 1*relu_1_42_0_off_binary_indicator_var =e= 1;
e1455_.. - 1*pre_1_42_0 + 1*post_1_42_0 - 48.06775381578325*relu_1_42_0_on_binary_indicator_var =g= -48.06775381578325;
e1456_.. - 1*pre_1_42_0 + 1*post_1_42_0 + 96.1355076315665*relu_1_42_0_on_binary_indicator_var =l= 96.1355076315665;
e1457_.. + 1*post_1_42_0 =g= 0;
e1458_.. + 1*post_1_42_0 + 48.06775381578325*relu_1_42_0_off_binary_indicator_var =l= 48.06775381578325;
e1459_.. + 1*pre_1_42_0 + 48.06775381578325*relu_1_42_0_off_binary_indicator_var =l= 48.06775381578325;
relu_1_42_1_above_pre.. + 1*pre_1_42_1 - 1*post_1_42_1 =l= 0;
relu_1_42_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_1_on_binary_indicator_var + 1*relu_1_42_1_off_binary_indicator_var =e= 1;
e1462_.. - 1*pre_1_42_1 + 1*post_1_42_1 - 48.06775381578325*relu_1_42_1_on_binary_indicator_var =g= -48.06775381578325;
e1463_.. - 1*pre_1_42_1 + 1*post_1_42_1 + 96.1355076315665*relu_1_42_1_on_binary_indicator_var =l= 96.1355076315665;
e1464_.. + 1*post_1_42_1 =g= 0;
e1465_.. + 1*post_1_42_1 + 48.06775381578325*relu_1_42_1_off_binary_indicator_var =l= 48.06775381578325;
e1466_.. + 1*pre_1_42_1 + 48.06775381578325*relu_1_42_1_off_binary_indicator_var =l= 48.06775381578325;
relu_1_42_2_above_pre.. + 1*pre_1_42_2 - 1*post_1_42_2 =l= 0;
relu_1_42_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_2_on_binary_indicator_var + 1*relu_1_42_2_off_binary_indicator_var =e= 1;
e1469_.. - 1*pre_1_42_2 + 1*post_1_42_2 - 48.06775381578325*relu_1_42_2_on_binary_indicator_var =g= -48.06775381578325;
e1470_.. - 1*pre_1_42_2 + 1*post_1_42_2 + 96.1355076315665*relu_1_42_2_on_binary_indicator_var =l= 96.1355076315665;
e1471_.. + 1*post_1_42_2 =g= 0;
e1472_.. + 1*post_1_42_2 + 48.06775381578325*relu_1_42_2_off_binary_indicator_var =l= 48.06775381578325;
e1473_.. + 1*pre_1_42_2 + 48.06775381578325*relu_1_42_2_off_binary_indicator_var =l= 48.06775381578325;
relu_1_42_3_above_pre.. + 1*pre_1_42_3 - 1*post_1_42_3 =l= 0;
relu_1_42_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_42_3_on_binary_indicator_var + 1*relu_1_42_3_off_binary_indicator_var =e= 1;
e1476_.. - 1*pre_1_42_3 + 1*post_1_42_3 - 48.06775381578325*relu_1_42_3_on_binary_indicator_var =g= -48.06775381578325;
e1477_.. - 1*pre_1_42_3 + 1*post_1_42_3 + 96.1355076315665*relu_1_42_3_on_binary_indicator_var =l= 96.1355076315665;
e1478_.. + 1*post_1_42_3 =g= 0;
e1479_.. + 1*post_1_42_3 + 48.06775381578325*relu_1_42_3_off_binary_indicator_var =l= 48.06775381578325;
e1480_.. + 1*pre_1_42_3 + 48.06775381578325*relu_1_42_3_off_binary_indicator_var =l= 48.06775381578325;
relu_1_43_0_above_pre.. + 1*pre_1_43_0 - 1*post_1_43_0 =l= 0;
relu_1_43_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_0_on_binary_indicator_var + 1*relu_1_43_0_off_binary_indicator_var =e= 1;
e1483_.. - 1*pre_1_43_0 + 1*post_1_43_0 - 52.81400705312794*relu_1_43_0_on_binary_indicator_var =g= -52.81400705312794;
e1484_.. - 1*pre_1_43_0 + 1*post_1_43_0 + 105.62801410625588*relu_1_43_0_on_binary_indicator_var =l= 105.62801410625588;
e1485_.. + 1*post_1_43_0 =g= 0;
e1486_.. + 1*post_1_43_0 + 52.81400705312794*relu_1_43_0_off_binary_indicator_var =l= 52.81400705312794;
e1487_.. + 1*pre_1_43_0 + 52.81400705312794*relu_1_43_0_off_binary_indicator_var =l= 52.81400705312794;
relu_1_43_1_above_pre.. + 1*pre_1_43_1 - 1*post_1_43_1 =l= 0;
relu_1_43_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_1_on_binary_indicator_var + 1*relu_1_43_1_off_binary_indicator_var =e= 1;
e1490_.. - 1*pre_1_43_1 + 1*post_1_43_1 - 52.81400705312794*relu_1_43_1_on_binary_indicator_var =g= -52.81400705312794;
e1491_.. - 1*pre_1_43_1 + 1*post_1_43_1 + 105.62801410625588*relu_1_43_1_on_binary_indicator_var =l= 105.62801410625588;
e1492_.. + 1*post_1_43_1 =g= 0;
e1493_.. + 1*post_1_43_1 + 52.81400705312794*relu_1_43_1_off_binary_indicator_var =l= 52.81400705312794;
e1494_.. + 1*pre_1_43_1 + 52.81400705312794*relu_1_43_1_off_binary_indicator_var =l= 52.81400705312794;
relu_1_43_2_above_pre.. + 1*pre_1_43_2 - 1*post_1_43_2 =l= 0;
relu_1_43_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_2_on_binary_indicator_var + 1*relu_1_43_2_off_binary_indicator_var =e= 1;
e1497_.. - 1*pre_1_43_2 + 1*post_1_43_2 - 52.81400705312794*relu_1_43_2_on_binary_indicator_var =g= -52.81400705312794;
e1498_.. - 1*pre_1_43_2 + 1*post_1_43_2 + 105.62801410625588*relu_1_43_2_on_binary_indicator_var =l= 105.62801410625588;
e1499_.. + 1*post_1_43_2 =g= 0;
e1500_.. + 1*post_1_43_2 + 52.81400705312794*relu_1_43_2_off_binary_indicator_var =l= 52.81400705312794;
e1501_.. + 1*pre_1_43_2 + 52.81400705312794*relu_1_43_2_off_binary_indicator_var =l= 52.81400705312794;
relu_1_43_3_above_pre.. + 1*pre_1_43_3 - 1*post_1_43_3 =l= 0;
relu_1_43_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_43_3_on_binary_indicator_var + 1*relu_1_43_3_off_binary_indicator_var =e= 1;
e1504_.. - 1*pre_1_43_3 + 1*post_1_43_3 - 52.81400705312794*relu_1_43_3_on_binary_indicator_var =g= -52.81400705312794;
e1505_.. - 1*pre_1_43_3 + 1*post_1_43_3 + 105.62801410625588*relu_1_43_3_on_binary_indicator_var =l= 105.62801410625588;
e1506_.. + 1*post_1_43_3 =g= 0;
e1507_.. + 1*post_1_43_3 + 52.81400705312794*relu_1_43_3_off_binary_indicator_var =l= 52.81400705312794;
e1508_.. + 1*pre_1_43_3 + 52.81400705312794*relu_1_43_3_off_binary_indicator_var =l= 52.81400705312794;
relu_1_44_0_above_pre.. + 1*pre_1_44_0 - 1*post_1_44_0 =l= 0;
relu_1_44_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_0_on_binary_indicator_var + 1*relu_1_44_0_off_binary_indicator_var =e= 1;
e1511_.. - 1*pre_1_44_0 + 1*post_1_44_0 - 57.56026029047262*relu_1_44_0_on_binary_indicator_var =g= -57.56026029047262;
e1512_.. - 1*pre_1_44_0 + 1*post_1_44_0 + 115.12052058094524*relu_1_44_0_on_binary_indicator_var =l= 115.12052058094524;
e1513_.. + 1*post_1_44_0 =g= 0;
e1514_.. + 1*post_1_44_0 + 57.56026029047262*relu_1_44_0_off_binary_indicator_var =l= 57.56026029047262;
e1515_.. + 1*pre_1_44_0 + 57.56026029047262*relu_1_44_0_off_binary_indicator_var =l= 57.56026029047262;
relu_1_44_1_above_pre.. + 1*pre_1_44_1 - 1*post_1_44_1 =l= 0;
relu_1_44_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_1_on_binary_indicator_var + 1*relu_1_44_1_off_binary_indicator_var =e= 1;
e1518_.. - 1*pre_1_44_1 + 1*post_1_44_1 - 57.56026029047262*relu_1_44_1_on_binary_indicator_var =g= -57.56026029047262;
e1519_.. - 1*pre_1_44_1 + 1*post_1_44_1 + 115.12052058094524*relu_1_44_1_on_binary_indicator_var =l= 115.12052058094524;
e1520_.. + 1*post_1_44_1 =g= 0;
e1521_.. + 1*post_1_44_1 + 57.56026029047262*relu_1_44_1_off_binary_indicator_var =l= 57.56026029047262;
e1522_.. + 1*pre_1_44_1 + 57.56026029047262*relu_1_44_1_off_binary_indicator_var =l= 57.56026029047262;
relu_1_44_2_above_pre.. + 1*pre_1_44_2 - 1*post_1_44_2 =l= 0;
relu_1_44_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_2_on_binary_indicator_var + 1*relu_1_44_2_off_binary_indicator_var =e= 1;
e1525_.. - 1*pre_1_44_2 + 1*post_1_44_2 - 57.56026029047262*relu_1_44_2_on_binary_indicator_var =g= -57.56026029047262;
e1526_.. - 1*pre_1_44_2 + 1*post_1_44_2 + 115.12052058094524*relu_1_44_2_on_binary_indicator_var =l= 115.12052058094524;
e1527_.. + 1*post_1_44_2 =g= 0;
e1528_.. + 1*post_1_44_2 + 57.56026029047262*relu_1_44_2_off_binary_indicator_var =l= 57.56026029047262;
e1529_.. + 1*pre_1_44_2 + 57.56026029047262*relu_1_44_2_off_binary_indicator_var =l= 57.56026029047262;
relu_1_44_3_above_pre.. + 1*pre_1_44_3 - 1*post_1_44_3 =l= 0;
relu_1_44_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_44_3_on_binary_indicator_var + 1*relu_1_44_3_off_binary_indicator_var =e= 1;
e1532_.. - 1*pre_1_44_3 + 1*post_1_44_3 - 57.56026029047262*relu_1_44_3_on_binary_indicator_var =g= -57.56026029047262;
e1533_.. - 1*pre_1_44_3 + 1*post_1_44_3 + 115.12052058094524*relu_1_44_3_on_binary_indicator_var =l= 115.12052058094524;
e1534_.. + 1*post_1_44_3 =g= 0;
e1535_.. + 1*post_1_44_3 + 57.56026029047262*relu_1_44_3_off_binary_indicator_var =l= 57.56026029047262;
e1536_.. + 1*pre_1_44_3 + 57.56026029047262*relu_1_44_3_off_binary_indicator_var =l= 57.56026029047262;
relu_1_45_0_above_pre.. + 1*pre_1_45_0 - 1*post_1_45_0 =l= 0;
relu_1_45_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_0_on_binary_indicator_var + 1*relu_1_45_0_off_binary_indicator_var =e= 1;
e1539_.. - 1*pre_1_45_0 + 1*post_1_45_0 - 25.81680740032749*relu_1_45_0_on_binary_indicator_var =g= -25.81680740032749;
e1540_.. - 1*pre_1_45_0 + 1*post_1_45_0 + 51.63361480065498*relu_1_45_0_on_binary_indicator_var =l= 51.63361480065498;
e1541_.. + 1*post_1_45_0 =g= 0;
e1542_.. + 1*post_1_45_0 + 25.81680740032749*relu_1_45_0_off_binary_indicator_var =l= 25.81680740032749;
e1543_.. + 1*pre_1_45_0 + 25.81680740032749*relu_1_45_0_off_binary_indicator_var =l= 25.81680740032749;
relu_1_45_1_above_pre.. + 1*pre_1_45_1 - 1*post_1_45_1 =l= 0;
relu_1_45_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_1_on_binary_indicator_var + 1*relu_1_45_1_off_binary_indicator_var =e= 1;
e1546_.. - 1*pre_1_45_1 + 1*post_1_45_1 - 25.81680740032749*relu_1_45_1_on_binary_indicator_var =g= -25.81680740032749;
e1547_.. - 1*pre_1_45_1 + 1*post_1_45_1 + 51.63361480065498*relu_1_45_1_on_binary_indicator_var =l= 51.63361480065498;
e1548_.. + 1*post_1_45_1 =g= 0;
e1549_.. + 1*post_1_45_1 + 25.81680740032749*relu_1_45_1_off_binary_indicator_var =l= 25.81680740032749;
e1550_.. + 1*pre_1_45_1 + 25.81680740032749*relu_1_45_1_off_binary_indicator_var =l= 25.81680740032749;
relu_1_45_2_above_pre.. + 1*pre_1_45_2 - 1*post_1_45_2 =l= 0;
relu_1_45_2__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_2_on_binary_indicator_var + 1*relu_1_45_2_off_binary_indicator_var =e= 1;
e1553_.. - 1*pre_1_45_2 + 1*post_1_45_2 - 25.81680740032749*relu_1_45_2_on_binary_indicator_var =g= -25.81680740032749;
e1554_.. - 1*pre_1_45_2 + 1*post_1_45_2 + 51.63361480065498*relu_1_45_2_on_binary_indicator_var =l= 51.63361480065498;
e1555_.. + 1*post_1_45_2 =g= 0;
e1556_.. + 1*post_1_45_2 + 25.81680740032749*relu_1_45_2_off_binary_indicator_var =l= 25.81680740032749;
e1557_.. + 1*pre_1_45_2 + 25.81680740032749*relu_1_45_2_off_binary_indicator_var =l= 25.81680740032749;
relu_1_45_3_above_pre.. + 1*pre_1_45_3 - 1*post_1_45_3 =l= 0;
relu_1_45_3__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_45_3_on_binary_indicator_var + 1*relu_1_45_3_off_binary_indicator_var =e= 1;
e1560_.. - 1*pre_1_45_3 + 1*post_1_45_3 - 25.81680740032749*relu_1_45_3_on_binary_indicator_var =g= -25.81680740032749;
e1561_.. - 1*pre_1_45_3 + 1*post_1_45_3 + 51.63361480065498*relu_1_45_3_on_binary_indicator_var =l= 51.63361480065498;
e1562_.. + 1*post_1_45_3 =g= 0;
e1563_.. + 1*post_1_45_3 + 25.81680740032749*relu_1_45_3_off_binary_indicator_var =l= 25.81680740032749;
e1564_.. + 1*pre_1_45_3 + 25.81680740032749*relu_1_45_3_off_binary_indicator_var =l= 25.81680740032749;

w_1_0_0.lo = -11;
w_1_0_0.up = 11;
w_1_0_1.lo = -11;
w_1_0_1.up = 11;
w_1_1_0.lo = -11;
w_1_1_0.up = 11;
w_1_1_1.lo = -11;
w_1_1_1.up = 11;
w_1_2_0.lo = -11;
w_1_2_0.up = 11;
w_1_2_1.lo = -11;
w_1_2_1.up = 11;
w_1_3_0.lo = -11;
w_1_3_0.up = 11;
w_1_3_1.lo = -11;
w_1_3_1.up = 11;
w_2_0_0.lo = -11;
w_2_0_0.up = 11;
w_2_0_1.lo = -11;
w_2_0_1.up = 11;
w_2_0_2.lo = -11;
w_2_0_2.up = 11;
w_2_0_3.lo = -11;
w_2_0_3.up = 11;
w_2_1_0.lo = -11;
w_2_1_0.up = 11;
w_2_1_1.lo = -11;
w_2_1_1.up = 11;
w_2_1_2.lo = -11;
w_2_1_2.up = 11;
w_2_1_3.lo = -11;
w_2_1_3.up = 11;
b_1_0.lo = -11;
b_1_0.up = 11;
b_1_1.lo = -11;
b_1_1.up = 11;
b_1_2.lo = -11;
b_1_2.up = 11;
b_1_3.lo = -11;
b_1_3.up = 11;
b_2_0.lo = -11;
b_2_0.up = 11;
b_2_1.lo = -11;
b_2_1.up = 11;
pre_1_0_0.lo = -59.04058006174029;
pre_1_0_0.up = 59.04058006174029;
pre_1_0_1.lo = -59.04058006174029;
pre_1_0_1.up = 59.04058006174029;
pre_1_0_2.lo = -59.04058006174029;
pre_1_0_2.up = 59.04058006174029;
pre_1_0_3.lo = -59.04058006174029;
pre_1_0_3.up = 59.04058006174029;
pre_1_1_0.lo = -65.20281019432989;
pre_1_1_0.up = 65.20281019432989;
pre_1_1_1.lo = -65.20281019432989;
pre_1_1_1.up = 65.20281019432989;
pre_1_1_2.lo = -65.20281019432989;
pre_1_1_2.up = 65.20281019432989;
pre_1_1_3.lo = -65.20281019432989;
pre_1_1_3.up = 65.20281019432989;
pre_1_2_0.lo = -71.36504032691947;
pre_1_2_0.up = 71.36504032691947;
pre_1_2_1.lo = -71.36504032691947;
pre_1_2_1.up = 71.36504032691947;
pre_1_2_2.lo = -71.36504032691947;
pre_1_2_2.up = 71.36504032691947;
pre_1_2_3.lo = -71.36504032691947;
pre_1_2_3.up = 71.36504032691947;
pre_1_3_0.lo = -56.66745344306795;
pre_1_3_0.up = 56.66745344306795;
pre_1_3_1.lo = -56.66745344306795;
pre_1_3_1.up = 56.66745344306795;
pre_1_3_2.lo = -56.66745344306795;
pre_1_3_2.up = 56.66745344306795;
pre_1_3_3.lo = -56.66745344306795;
pre_1_3_3.up = 56.66745344306795;
pre_1_4_0.lo = -62.82968357565754;
pre_1_4_0.up = 62.82968357565754;
pre_1_4_1.lo = -62.82968357565754;
pre_1_4_1.up = 62.82968357565754;
pre_1_4_2.lo = -62.82968357565754;
pre_1_4_2.up = 62.82968357565754;
pre_1_4_3.lo = -62.82968357565754;
pre_1_4_3.up = 62.82968357565754;
pre_1_5_0.lo = -68.99191370824713;
pre_1_5_0.up = 68.99191370824713;
pre_1_5_1.lo = -68.99191370824713;
pre_1_5_1.up = 68.99191370824713;
pre_1_5_2.lo = -68.99191370824713;
pre_1_5_2.up = 68.99191370824713;
pre_1_5_3.lo = -68.99191370824713;
pre_1_5_3.up = 68.99191370824713;
pre_1_6_0.lo = -54.294326824395604;
pre_1_6_0.up = 54.294326824395604;
pre_1_6_1.lo = -54.294326824395604;
pre_1_6_1.up = 54.294326824395604;
pre_1_6_2.lo = -54.294326824395604;
pre_1_6_2.up = 54.294326824395604;
pre_1_6_3.lo = -54.294326824395604;
pre_1_6_3.up = 54.294326824395604;
pre_1_7_0.lo = -60.45655695698519;
pre_1_7_0.up = 60.45655695698519;
pre_1_7_1.lo = -60.45655695698519;
pre_1_7_1.up = 60.45655695698519;
pre_1_7_2.lo = -60.45655695698519;
pre_1_7_2.up = 60.45655695698519;
pre_1_7_3.lo = -60.45655695698519;
pre_1_7_3.up = 60.45655695698519;
pre_1_8_0.lo = -66.61878708957478;
pre_1_8_0.up = 66.61878708957478;
pre_1_8_1.lo = -66.61878708957478;
pre_1_8_1.up = 66.61878708957478;
pre_1_8_2.lo = -66.61878708957478;
pre_1_8_2.up = 66.61878708957478;
pre_1_8_3.lo = -66.61878708957478;
pre_1_8_3.up = 66.61878708957478;
pre_1_9_0.lo = -48.36151027771475;
pre_1_9_0.up = 48.36151027771475;
pre_1_9_1.lo = -48.36151027771475;
pre_1_9_1.up = 48.36151027771475;
pre_1_9_2.lo = -48.36151027771475;
pre_1_9_2.up = 48.36151027771475;
pre_1_9_3.lo = -48.36151027771475;
pre_1_9_3.up = 48.36151027771475;
pre_1_10_0.lo = -54.52374041030434;
pre_1_10_0.up = 54.52374041030434;
pre_1_10_1.lo = -54.52374041030434;
pre_1_10_1.up = 54.52374041030434;
pre_1_10_2.lo = -54.52374041030434;
pre_1_10_2.up = 54.52374041030434;
pre_1_10_3.lo = -54.52374041030434;
pre_1_10_3.up = 54.52374041030434;
pre_1_11_0.lo = -60.68597054289393;
pre_1_11_0.up = 60.68597054289393;
pre_1_11_1.lo = -60.68597054289393;
pre_1_11_1.up = 60.68597054289393;
pre_1_11_2.lo = -60.68597054289393;
pre_1_11_2.up = 60.68597054289393;
pre_1_11_3.lo = -60.68597054289393;
pre_1_11_3.up = 60.68597054289393;
pre_1_12_0.lo = -47.17494696837858;
pre_1_12_0.up = 47.17494696837858;
pre_1_12_1.lo = -47.17494696837858;
pre_1_12_1.up = 47.17494696837858;
pre_1_12_2.lo = -47.17494696837858;
pre_1_12_2.up = 47.17494696837858;
pre_1_12_3.lo = -47.17494696837858;
pre_1_12_3.up = 47.17494696837858;
pre_1_13_0.lo = -53.33717710096817;
pre_1_13_0.up = 53.33717710096817;
pre_1_13_1.lo = -53.33717710096817;
pre_1_13_1.up = 53.33717710096817;
pre_1_13_2.lo = -53.33717710096817;
pre_1_13_2.up = 53.33717710096817;
pre_1_13_3.lo = -53.33717710096817;
pre_1_13_3.up = 53.33717710096817;
pre_1_14_0.lo = -59.49940723355775;
pre_1_14_0.up = 59.49940723355775;
pre_1_14_1.lo = -59.49940723355775;
pre_1_14_1.up = 59.49940723355775;
pre_1_14_2.lo = -59.49940723355775;
pre_1_14_2.up = 59.49940723355775;
pre_1_14_3.lo = -59.49940723355775;
pre_1_14_3.up = 59.49940723355775;
pre_1_15_0.lo = -45.988383659042405;
pre_1_15_0.up = 45.988383659042405;
pre_1_15_1.lo = -45.988383659042405;
pre_1_15_1.up = 45.988383659042405;
pre_1_15_2.lo = -45.988383659042405;
pre_1_15_2.up = 45.988383659042405;
pre_1_15_3.lo = -45.988383659042405;
pre_1_15_3.up = 45.988383659042405;
pre_1_16_0.lo = -52.15061379163199;
pre_1_16_0.up = 52.15061379163199;
pre_1_16_1.lo = -52.15061379163199;
pre_1_16_1.up = 52.15061379163199;
pre_1_16_2.lo = -52.15061379163199;
pre_1_16_2.up = 52.15061379163199;
pre_1_16_3.lo = -52.15061379163199;
pre_1_16_3.up = 52.15061379163199;
pre_1_17_0.lo = -58.31284392422158;
pre_1_17_0.up = 58.31284392422158;
pre_1_17_1.lo = -58.31284392422158;
pre_1_17_1.up = 58.31284392422158;
pre_1_17_2.lo = -58.31284392422158;
pre_1_17_2.up = 58.31284392422158;
pre_1_17_3.lo = -58.31284392422158;
pre_1_17_3.up = 58.31284392422158;
pre_1_18_0.lo = -44.80182034970623;
pre_1_18_0.up = 44.80182034970623;
pre_1_18_1.lo = -44.80182034970623;
pre_1_18_1.up = 44.80182034970623;
pre_1_18_2.lo = -44.80182034970623;
pre_1_18_2.up = 44.80182034970623;
pre_1_18_3.lo = -44.80182034970623;
pre_1_18_3.up = 44.80182034970623;
pre_1_19_0.lo = -50.964050482295825;
pre_1_19_0.up = 50.964050482295825;
pre_1_19_1.lo = -50.964050482295825;
pre_1_19_1.up = 50.964050482295825;
pre_1_19_2.lo = -50.964050482295825;
pre_1_19_2.up = 50.964050482295825;
pre_1_19_3.lo = -50.964050482295825;
pre_1_19_3.up = 50.964050482295825;
pre_1_20_0.lo = -57.12628061488541;
pre_1_20_0.up = 57.12628061488541;
pre_1_20_1.lo = -57.12628061488541;
pre_1_20_1.up = 57.12628061488541;
pre_1_20_2.lo = -57.12628061488541;
pre_1_20_2.up = 57.12628061488541;
pre_1_20_3.lo = -57.12628061488541;
pre_1_20_3.up = 57.12628061488541;
pre_1_21_0.lo = -30.563060637672177;
pre_1_21_0.up = 30.563060637672177;
pre_1_21_1.lo = -30.563060637672177;
pre_1_21_1.up = 30.563060637672177;
pre_1_21_2.lo = -30.563060637672177;
pre_1_21_2.up = 30.563060637672177;
pre_1_21_3.lo = -30.563060637672177;
pre_1_21_3.up = 30.563060637672177;
pre_1_22_0.lo = -36.725290770261765;
pre_1_22_0.up = 36.725290770261765;
pre_1_22_1.lo = -36.725290770261765;
pre_1_22_1.up = 36.725290770261765;
pre_1_22_2.lo = -36.725290770261765;
pre_1_22_2.up = 36.725290770261765;
pre_1_22_3.lo = -36.725290770261765;
pre_1_22_3.up = 36.725290770261765;
pre_1_23_0.lo = -42.88752090285135;
pre_1_23_0.up = 42.88752090285135;
pre_1_23_1.lo = -42.88752090285135;
pre_1_23_1.up = 42.88752090285135;
pre_1_23_2.lo = -42.88752090285135;
pre_1_23_2.up = 42.88752090285135;
pre_1_23_3.lo = -42.88752090285135;
pre_1_23_3.up = 42.88752090285135;
pre_1_24_0.lo = -29.581063418014484;
pre_1_24_0.up = 29.581063418014484;
pre_1_24_1.lo = -29.581063418014484;
pre_1_24_1.up = 29.581063418014484;
pre_1_24_2.lo = -29.581063418014484;
pre_1_24_2.up = 29.581063418014484;
pre_1_24_3.lo = -29.581063418014484;
pre_1_24_3.up = 29.581063418014484;
pre_1_25_0.lo = -34.32731665535917;
pre_1_25_0.up = 34.32731665535917;
pre_1_25_1.lo = -34.32731665535917;
pre_1_25_1.up = 34.32731665535917;
pre_1_25_2.lo = -34.32731665535917;
pre_1_25_2.up = 34.32731665535917;
pre_1_25_3.lo = -34.32731665535917;
pre_1_25_3.up = 34.32731665535917;
pre_1_26_0.lo = -39.07356989270386;
pre_1_26_0.up = 39.07356989270386;
pre_1_26_1.lo = -39.07356989270386;
pre_1_26_1.up = 39.07356989270386;
pre_1_26_2.lo = -39.07356989270386;
pre_1_26_2.up = 39.07356989270386;
pre_1_26_3.lo = -39.07356989270386;
pre_1_26_3.up = 39.07356989270386;
pre_1_27_0.lo = -31.12162095116188;
pre_1_27_0.up = 31.12162095116188;
pre_1_27_1.lo = -31.12162095116188;
pre_1_27_1.up = 31.12162095116188;
pre_1_27_2.lo = -31.12162095116188;
pre_1_27_2.up = 31.12162095116188;
pre_1_27_3.lo = -31.12162095116188;
pre_1_27_3.up = 31.12162095116188;
pre_1_28_0.lo = -35.86787418850656;
pre_1_28_0.up = 35.86787418850656;
pre_1_28_1.lo = -35.86787418850656;
pre_1_28_1.up = 35.86787418850656;
pre_1_28_2.lo = -35.86787418850656;
pre_1_28_2.up = 35.86787418850656;
pre_1_28_3.lo = -35.86787418850656;
pre_1_28_3.up = 35.86787418850656;
pre_1_29_0.lo = -40.61412742585125;
pre_1_29_0.up = 40.61412742585125;
pre_1_29_1.lo = -40.61412742585125;
pre_1_29_1.up = 40.61412742585125;
pre_1_29_2.lo = -40.61412742585125;
pre_1_29_2.up = 40.61412742585125;
pre_1_29_3.lo = -40.61412742585125;
pre_1_29_3.up = 40.61412742585125;
pre_1_30_0.lo = -32.66217848430928;
pre_1_30_0.up = 32.66217848430928;
pre_1_30_1.lo = -32.66217848430928;
pre_1_30_1.up = 32.66217848430928;
pre_1_30_2.lo = -32.66217848430928;
pre_1_30_2.up = 32.66217848430928;
pre_1_30_3.lo = -32.66217848430928;
pre_1_30_3.up = 32.66217848430928;
pre_1_31_0.lo = -37.40843172165396;
pre_1_31_0.up = 37.40843172165396;
pre_1_31_1.lo = -37.40843172165396;
pre_1_31_1.up = 37.40843172165396;
pre_1_31_2.lo = -37.40843172165396;
pre_1_31_2.up = 37.40843172165396;
pre_1_31_3.lo = -37.40843172165396;
pre_1_31_3.up = 37.40843172165396;
pre_1_32_0.lo = -42.15468495899865;
pre_1_32_0.up = 42.15468495899865;
pre_1_32_1.lo = -42.15468495899865;
pre_1_32_1.up = 42.15468495899865;
pre_1_32_2.lo = -42.15468495899865;
pre_1_32_2.up = 42.15468495899865;
pre_1_32_3.lo = -42.15468495899865;
pre_1_32_3.up = 42.15468495899865;
pre_1_33_0.lo = -34.20273601745667;
pre_1_33_0.up = 34.20273601745667;
pre_1_33_1.lo = -34.20273601745667;
pre_1_33_1.up = 34.20273601745667;
pre_1_33_2.lo = -34.20273601745667;
pre_1_33_2.up = 34.20273601745667;
pre_1_33_3.lo = -34.20273601745667;
pre_1_33_3.up = 34.20273601745667;
pre_1_34_0.lo = -38.94898925480136;
pre_1_34_0.up = 38.94898925480136;
pre_1_34_1.lo = -38.94898925480136;
pre_1_34_1.up = 38.94898925480136;
pre_1_34_2.lo = -38.94898925480136;
pre_1_34_2.up = 38.94898925480136;
pre_1_34_3.lo = -38.94898925480136;
pre_1_34_3.up = 38.94898925480136;
pre_1_35_0.lo = -43.69524249214605;
pre_1_35_0.up = 43.69524249214605;
pre_1_35_1.lo = -43.69524249214605;
pre_1_35_1.up = 43.69524249214605;
pre_1_35_2.lo = -43.69524249214605;
pre_1_35_2.up = 43.69524249214605;
pre_1_35_3.lo = -43.69524249214605;
pre_1_35_3.up = 43.69524249214605;
pre_1_36_0.lo = -41.90552368319366;
pre_1_36_0.up = 41.90552368319366;
pre_1_36_1.lo = -41.90552368319366;
pre_1_36_1.up = 41.90552368319366;
pre_1_36_2.lo = -41.90552368319366;
pre_1_36_2.up = 41.90552368319366;
pre_1_36_3.lo = -41.90552368319366;
pre_1_36_3.up = 41.90552368319366;
pre_1_37_0.lo = -46.651776920538346;
pre_1_37_0.up = 46.651776920538346;
pre_1_37_1.lo = -46.651776920538346;
pre_1_37_1.up = 46.651776920538346;
pre_1_37_2.lo = -46.651776920538346;
pre_1_37_2.up = 46.651776920538346;
pre_1_37_3.lo = -46.651776920538346;
pre_1_37_3.up = 46.651776920538346;
pre_1_38_0.lo = -51.39803015788303;
pre_1_38_0.up = 51.39803015788303;
pre_1_38_1.lo = -51.39803015788303;
pre_1_38_1.up = 51.39803015788303;
pre_1_38_2.lo = -51.39803015788303;
pre_1_38_2.up = 51.39803015788303;
pre_1_38_3.lo = -51.39803015788303;
pre_1_38_3.up = 51.39803015788303;
pre_1_39_0.lo = -44.986638749488456;
pre_1_39_0.up = 44.986638749488456;
pre_1_39_1.lo = -44.986638749488456;
pre_1_39_1.up = 44.986638749488456;
pre_1_39_2.lo = -44.986638749488456;
pre_1_39_2.up = 44.986638749488456;
pre_1_39_3.lo = -44.986638749488456;
pre_1_39_3.up = 44.986638749488456;
pre_1_40_0.lo = -49.73289198683314;
pre_1_40_0.up = 49.73289198683314;
pre_1_40_1.lo = -49.73289198683314;
pre_1_40_1.up = 49.73289198683314;
pre_1_40_2.lo = -49.73289198683314;
pre_1_40_2.up = 49.73289198683314;
pre_1_40_3.lo = -49.73289198683314;
pre_1_40_3.up = 49.73289198683314;
pre_1_41_0.lo = -54.47914522417783;
pre_1_41_0.up = 54.47914522417783;
pre_1_41_1.lo = -54.47914522417783;
pre_1_41_1.up = 54.47914522417783;
pre_1_41_2.lo = -54.47914522417783;
pre_1_41_2.up = 54.47914522417783;
pre_1_41_3.lo = -54.47914522417783;
pre_1_41_3.up = 54.47914522417783;
pre_1_42_0.lo = -48.06775381578325;
pre_1_42_0.up = 48.06775381578325;
pre_1_42_1.lo = -48.06775381578325;
pre_1_42_1.up = 48.06775381578325;
pre_1_42_2.lo = -48.06775381578325;
pre_1_42_2.up = 48.06775381578325;
pre_1_42_3.lo = -48.06775381578325;
pre_1_42_3.up = 48.06775381578325;
pre_1_43_0.lo = -52.81400705312794;
pre_1_43_0.up = 52.81400705312794;
pre_1_43_1.lo = -52.81400705312794;
pre_1_43_1.up = 52.81400705312794;
pre_1_43_2.lo = -52.81400705312794;
pre_1_43_2.up = 52.81400705312794;
pre_1_43_3.lo = -52.81400705312794;
pre_1_43_3.up = 52.81400705312794;
pre_1_44_0.lo = -57.56026029047262;
pre_1_44_0.up = 57.56026029047262;
pre_1_44_1.lo = -57.56026029047262;
pre_1_44_1.up = 57.56026029047262;
pre_1_44_2.lo = -57.56026029047262;
pre_1_44_2.up = 57.56026029047262;
pre_1_44_3.lo = -57.56026029047262;
pre_1_44_3.up = 57.56026029047262;
pre_1_45_0.lo = -25.81680740032749;
pre_1_45_0.up = 25.81680740032749;
pre_1_45_1.lo = -25.81680740032749;
pre_1_45_1.up = 25.81680740032749;
pre_1_45_2.lo = -25.81680740032749;
pre_1_45_2.up = 25.81680740032749;
pre_1_45_3.lo = -25.81680740032749;
pre_1_45_3.up = 25.81680740032749;
post_1_0_0.lo = 0;
post_1_0_0.up = 59.04058006174029;
post_1_0_1.lo = 0;
post_1_0_1.up = 59.04058006174029;
post_1_0_2.lo = 0;
post_1_0_2.up = 59.04058006174029;
post_1_0_3.lo = 0;
post_1_0_3.up = 59.04058006174029;
post_1_1_0.lo = 0;
post_1_1_0.up = 65.20281019432989;
post_1_1_1.lo = 0;
post_1_1_1.up = 65.20281019432989;
post_1_1_2.lo = 0;
post_1_1_2.up = 65.20281019432989;
post_1_1_3.lo = 0;
post_1_1_3.up = 65.20281019432989;
post_1_2_0.lo = 0;
post_1_2_0.up = 71.36504032691947;
post_1_2_1.lo = 0;
post_1_2_1.up = 71.36504032691947;
post_1_2_2.lo = 0;
post_1_2_2.up = 71.36504032691947;
post_1_2_3.lo = 0;
post_1_2_3.up = 71.36504032691947;
post_1_3_0.lo = 0;
post_1_3_0.up = 56.66745344306795;
post_1_3_1.lo = 0;
post_1_3_1.up = 56.66745344306795;
post_1_3_2.lo = 0;
post_1_3_2.up = 56.66745344306795;
post_1_3_3.lo = 0;
post_1_3_3.up = 56.66745344306795;
post_1_4_0.lo = 0;
post_1_4_0.up = 62.82968357565754;
post_1_4_1.lo = 0;
post_1_4_1.up = 62.82968357565754;
post_1_4_2.lo = 0;
post_1_4_2.up = 62.82968357565754;
post_1_4_3.lo = 0;
post_1_4_3.up = 62.82968357565754;
post_1_5_0.lo = 0;
post_1_5_0.up = 68.99191370824713;
post_1_5_1.lo = 0;
post_1_5_1.up = 68.99191370824713;
post_1_5_2.lo = 0;
post_1_5_2.up = 68.99191370824713;
post_1_5_3.lo = 0;
post_1_5_3.up = 68.99191370824713;
post_1_6_0.lo = 0;
post_1_6_0.up = 54.294326824395604;
post_1_6_1.lo = 0;
post_1_6_1.up = 54.294326824395604;
post_1_6_2.lo = 0;
post_1_6_2.up = 54.294326824395604;
post_1_6_3.lo = 0;
post_1_6_3.up = 54.294326824395604;
post_1_7_0.lo = 0;
post_1_7_0.up = 60.45655695698519;
post_1_7_1.lo = 0;
post_1_7_1.up = 60.45655695698519;
post_1_7_2.lo = 0;
post_1_7_2.up = 60.45655695698519;
post_1_7_3.lo = 0;
post_1_7_3.up = 60.45655695698519;
post_1_8_0.lo = 0;
post_1_8_0.up = 66.61878708957478;
post_1_8_1.lo = 0;
post_1_8_1.up = 66.61878708957478;
post_1_8_2.lo = 0;
post_1_8_2.up = 66.61878708957478;
post_1_8_3.lo = 0;
post_1_8_3.up = 66.61878708957478;
post_1_9_0.lo = 0;
post_1_9_0.up = 48.36151027771475;
post_1_9_1.lo = 0;
post_1_9_1.up = 48.36151027771475;
post_1_9_2.lo = 0;
post_1_9_2.up = 48.36151027771475;
post_1_9_3.lo = 0;
post_1_9_3.up = 48.36151027771475;
post_1_10_0.lo = 0;
post_1_10_0.up = 54.52374041030434;
post_1_10_1.lo = 0;
post_1_10_1.up = 54.52374041030434;
post_1_10_2.lo = 0;
post_1_10_2.up = 54.52374041030434;
post_1_10_3.lo = 0;
post_1_10_3.up = 54.52374041030434;
post_1_11_0.lo = 0;
post_1_11_0.up = 60.68597054289393;
post_1_11_1.lo = 0;
post_1_11_1.up = 60.68597054289393;
post_1_11_2.lo = 0;
post_1_11_2.up = 60.68597054289393;
post_1_11_3.lo = 0;
post_1_11_3.up = 60.68597054289393;
post_1_12_0.lo = 0;
post_1_12_0.up = 47.17494696837858;
post_1_12_1.lo = 0;
post_1_12_1.up = 47.17494696837858;
post_1_12_2.lo = 0;
post_1_12_2.up = 47.17494696837858;
post_1_12_3.lo = 0;
post_1_12_3.up = 47.17494696837858;
post_1_13_0.lo = 0;
post_1_13_0.up = 53.33717710096817;
post_1_13_1.lo = 0;
post_1_13_1.up = 53.33717710096817;
post_1_13_2.lo = 0;
post_1_13_2.up = 53.33717710096817;
post_1_13_3.lo = 0;
post_1_13_3.up = 53.33717710096817;
post_1_14_0.lo = 0;
post_1_14_0.up = 59.49940723355775;
post_1_14_1.lo = 0;
post_1_14_1.up = 59.49940723355775;
post_1_14_2.lo = 0;
post_1_14_2.up = 59.49940723355775;
post_1_14_3.lo = 0;
post_1_14_3.up = 59.49940723355775;
post_1_15_0.lo = 0;
post_1_15_0.up = 45.988383659042405;
post_1_15_1.lo = 0;
post_1_15_1.up = 45.988383659042405;
post_1_15_2.lo = 0;
post_1_15_2.up = 45.988383659042405;
post_1_15_3.lo = 0;
post_1_15_3.up = 45.988383659042405;
post_1_16_0.lo = 0;
post_1_16_0.up = 52.15061379163199;
post_1_16_1.lo = 0;
post_1_16_1.up = 52.15061379163199;
post_1_16_2.lo = 0;
post_1_16_2.up = 52.15061379163199;
post_1_16_3.lo = 0;
post_1_16_3.up = 52.15061379163199;
post_1_17_0.lo = 0;
post_1_17_0.up = 58.31284392422158;
post_1_17_1.lo = 0;
post_1_17_1.up = 58.31284392422158;
post_1_17_2.lo = 0;
post_1_17_2.up = 58.31284392422158;
post_1_17_3.lo = 0;
post_1_17_3.up = 58.31284392422158;
post_1_18_0.lo = 0;
post_1_18_0.up = 44.80182034970623;
post_1_18_1.lo = 0;
post_1_18_1.up = 44.80182034970623;
post_1_18_2.lo = 0;
post_1_18_2.up = 44.80182034970623;
post_1_18_3.lo = 0;
post_1_18_3.up = 44.80182034970623;
post_1_19_0.lo = 0;
post_1_19_0.up = 50.964050482295825;
post_1_19_1.lo = 0;
post_1_19_1.up = 50.964050482295825;
post_1_19_2.lo = 0;
post_1_19_2.up = 50.964050482295825;
post_1_19_3.lo = 0;
post_1_19_3.up = 50.964050482295825;
post_1_20_0.lo = 0;
post_1_20_0.up = 57.12628061488541;
post_1_20_1.lo = 0;
post_1_20_1.up = 57.12628061488541;
post_1_20_2.lo = 0;
post_1_20_2.up = 57.12628061488541;
post_1_20_3.lo = 0;
post_1_20_3.up = 57.12628061488541;
post_1_21_0.lo = 0;
post_1_21_0.up = 30.563060637672177;
post_1_21_1.lo = 0;
post_1_21_1.up = 30.563060637672177;
post_1_21_2.lo = 0;
post_1_21_2.up = 30.563060637672177;
post_1_21_3.lo = 0;
post_1_21_3.up = 30.563060637672177;
post_1_22_0.lo = 0;
post_1_22_0.up = 36.725290770261765;
post_1_22_1.lo = 0;
post_1_22_1.up = 36.725290770261765;
post_1_22_2.lo = 0;
post_1_22_2.up = 36.725290770261765;
post_1_22_3.lo = 0;
post_1_22_3.up = 36.725290770261765;
post_1_23_0.lo = 0;
post_1_23_0.up = 42.88752090285135;
post_1_23_1.lo = 0;
post_1_23_1.up = 42.88752090285135;
post_1_23_2.lo = 0;
post_1_23_2.up = 42.88752090285135;
post_1_23_3.lo = 0;
post_1_23_3.up = 42.88752090285135;
post_1_24_0.lo = 0;
post_1_24_0.up = 29.581063418014484;
post_1_24_1.lo = 0;
post_1_24_1.up = 29.581063418014484;
post_1_24_2.lo = 0;
post_1_24_2.up = 29.581063418014484;
post_1_24_3.lo = 0;
post_1_24_3.up = 29.581063418014484;
post_1_25_0.lo = 0;
post_1_25_0.up = 34.32731665535917;
post_1_25_1.lo = 0;
post_1_25_1.up = 34.32731665535917;
post_1_25_2.lo = 0;
post_1_25_2.up = 34.32731665535917;
post_1_25_3.lo = 0;
post_1_25_3.up = 34.32731665535917;
post_1_26_0.lo = 0;
post_1_26_0.up = 39.07356989270386;
post_1_26_1.lo = 0;
post_1_26_1.up = 39.07356989270386;
post_1_26_2.lo = 0;
post_1_26_2.up = 39.07356989270386;
post_1_26_3.lo = 0;
post_1_26_3.up = 39.07356989270386;
post_1_27_0.lo = 0;
post_1_27_0.up = 31.12162095116188;
post_1_27_1.lo = 0;
post_1_27_1.up = 31.12162095116188;
post_1_27_2.lo = 0;
post_1_27_2.up = 31.12162095116188;
post_1_27_3.lo = 0;
post_1_27_3.up = 31.12162095116188;
post_1_28_0.lo = 0;
post_1_28_0.up = 35.86787418850656;
post_1_28_1.lo = 0;
post_1_28_1.up = 35.86787418850656;
post_1_28_2.lo = 0;
post_1_28_2.up = 35.86787418850656;
post_1_28_3.lo = 0;
post_1_28_3.up = 35.86787418850656;
post_1_29_0.lo = 0;
post_1_29_0.up = 40.61412742585125;
post_1_29_1.lo = 0;
post_1_29_1.up = 40.61412742585125;
post_1_29_2.lo = 0;
post_1_29_2.up = 40.61412742585125;
post_1_29_3.lo = 0;
post_1_29_3.up = 40.61412742585125;
post_1_30_0.lo = 0;
post_1_30_0.up = 32.66217848430928;
post_1_30_1.lo = 0;
post_1_30_1.up = 32.66217848430928;
post_1_30_2.lo = 0;
post_1_30_2.up = 32.66217848430928;
post_1_30_3.lo = 0;
post_1_30_3.up = 32.66217848430928;
post_1_31_0.lo = 0;
post_1_31_0.up = 37.40843172165396;
post_1_31_1.lo = 0;
post_1_31_1.up = 37.40843172165396;
post_1_31_2.lo = 0;
post_1_31_2.up = 37.40843172165396;
post_1_31_3.lo = 0;
post_1_31_3.up = 37.40843172165396;
post_1_32_0.lo = 0;
post_1_32_0.up = 42.15468495899865;
post_1_32_1.lo = 0;
post_1_32_1.up = 42.15468495899865;
post_1_32_2.lo = 0;
post_1_32_2.up = 42.15468495899865;
post_1_32_3.lo = 0;
post_1_32_3.up = 42.15468495899865;
post_1_33_0.lo = 0;
post_1_33_0.up = 34.20273601745667;
post_1_33_1.lo = 0;
post_1_33_1.up = 34.20273601745667;
post_1_33_2.lo = 0;
post_1_33_2.up = 34.20273601745667;
post_1_33_3.lo = 0;
post_1_33_3.up = 34.20273601745667;
post_1_34_0.lo = 0;
post_1_34_0.up = 38.94898925480136;
post_1_34_1.lo = 0;
post_1_34_1.up = 38.94898925480136;
post_1_34_2.lo = 0;
post_1_34_2.up = 38.94898925480136;
post_1_34_3.lo = 0;
post_1_34_3.up = 38.94898925480136;
post_1_35_0.lo = 0;
post_1_35_0.up = 43.69524249214605;
post_1_35_1.lo = 0;
post_1_35_1.up = 43.69524249214605;
post_1_35_2.lo = 0;
post_1_35_2.up = 43.69524249214605;
post_1_35_3.lo = 0;
post_1_35_3.up = 43.69524249214605;
post_1_36_0.lo = 0;
post_1_36_0.up = 41.90552368319366;
post_1_36_1.lo = 0;
post_1_36_1.up = 41.90552368319366;
post_1_36_2.lo = 0;
post_1_36_2.up = 41.90552368319366;
post_1_36_3.lo = 0;
post_1_36_3.up = 41.90552368319366;
post_1_37_0.lo = 0;
post_1_37_0.up = 46.651776920538346;
post_1_37_1.lo = 0;
post_1_37_1.up = 46.651776920538346;
post_1_37_2.lo = 0;
post_1_37_2.up = 46.651776920538346;
post_1_37_3.lo = 0;
post_1_37_3.up = 46.651776920538346;
post_1_38_0.lo = 0;
post_1_38_0.up = 51.39803015788303;
post_1_38_1.lo = 0;
post_1_38_1.up = 51.39803015788303;
post_1_38_2.lo = 0;
post_1_38_2.up = 51.39803015788303;
post_1_38_3.lo = 0;
post_1_38_3.up = 51.39803015788303;
post_1_39_0.lo = 0;
post_1_39_0.up = 44.986638749488456;
post_1_39_1.lo = 0;
post_1_39_1.up = 44.986638749488456;
post_1_39_2.lo = 0;
post_1_39_2.up = 44.986638749488456;
post_1_39_3.lo = 0;
post_1_39_3.up = 44.986638749488456;
post_1_40_0.lo = 0;
post_1_40_0.up = 49.73289198683314;
post_1_40_1.lo = 0;
post_1_40_1.up = 49.73289198683314;
post_1_40_2.lo = 0;
post_1_40_2.up = 49.73289198683314;
post_1_40_3.lo = 0;
post_1_40_3.up = 49.73289198683314;
post_1_41_0.lo = 0;
post_1_41_0.up = 54.47914522417783;
post_1_41_1.lo = 0;
post_1_41_1.up = 54.47914522417783;
post_1_41_2.lo = 0;
post_1_41_2.up = 54.47914522417783;
post_1_41_3.lo = 0;
post_1_41_3.up = 54.47914522417783;
post_1_42_0.lo = 0;
post_1_42_0.up = 48.06775381578325;
post_1_42_1.lo = 0;
post_1_42_1.up = 48.06775381578325;
post_1_42_2.lo = 0;
post_1_42_2.up = 48.06775381578325;
post_1_42_3.lo = 0;
post_1_42_3.up = 48.06775381578325;
post_1_43_0.lo = 0;
post_1_43_0.up = 52.81400705312794;
post_1_43_1.lo = 0;
post_1_43_1.up = 52.81400705312794;
post_1_43_2.lo = 0;
post_1_43_2.up = 52.81400705312794;
post_1_43_3.lo = 0;
post_1_43_3.up = 52.81400705312794;
post_1_44_0.lo = 0;
post_1_44_0.up = 57.56026029047262;
post_1_44_1.lo = 0;
post_1_44_1.up = 57.56026029047262;
post_1_44_2.lo = 0;
post_1_44_2.up = 57.56026029047262;
post_1_44_3.lo = 0;
post_1_44_3.up = 57.56026029047262;
post_1_45_0.lo = 0;
post_1_45_0.up = 25.81680740032749;
post_1_45_1.lo = 0;
post_1_45_1.up = 25.81680740032749;
post_1_45_2.lo = 0;
post_1_45_2.up = 25.81680740032749;
post_1_45_3.lo = 0;
post_1_45_3.up = 25.81680740032749;
out_0_0.lo = -2608.785522716573;
out_0_0.up = 2608.785522716573;
out_0_1.lo = -2608.785522716573;
out_0_1.up = 2608.785522716573;
out_1_0.lo = -2879.923648550515;
out_1_0.up = 2879.923648550515;
out_1_1.lo = -2879.923648550515;
out_1_1.up = 2879.923648550515;
out_2_0.lo = -3151.061774384457;
out_2_0.up = 3151.061774384457;
out_2_1.lo = -3151.061774384457;
out_2_1.up = 3151.061774384457;
out_3_0.lo = -2504.36795149499;
out_3_0.up = 2504.36795149499;
out_3_1.lo = -2504.36795149499;
out_3_1.up = 2504.36795149499;
out_4_0.lo = -2775.506077328932;
out_4_0.up = 2775.506077328932;
out_4_1.lo = -2775.506077328932;
out_4_1.up = 2775.506077328932;
out_5_0.lo = -3046.6442031628735;
out_5_0.up = 3046.6442031628735;
out_5_1.lo = -3046.6442031628735;
out_5_1.up = 3046.6442031628735;
out_6_0.lo = -2399.9503802734066;
out_6_0.up = 2399.9503802734066;
out_6_1.lo = -2399.9503802734066;
out_6_1.up = 2399.9503802734066;
out_7_0.lo = -2671.088506107348;
out_7_0.up = 2671.088506107348;
out_7_1.lo = -2671.088506107348;
out_7_1.up = 2671.088506107348;
out_8_0.lo = -2942.22663194129;
out_8_0.up = 2942.22663194129;
out_8_1.lo = -2942.22663194129;
out_8_1.up = 2942.22663194129;
out_9_0.lo = -2138.906452219449;
out_9_0.up = 2138.906452219449;
out_9_1.lo = -2138.906452219449;
out_9_1.up = 2138.906452219449;
out_10_0.lo = -2410.044578053391;
out_10_0.up = 2410.044578053391;
out_10_1.lo = -2410.044578053391;
out_10_1.up = 2410.044578053391;
out_11_0.lo = -2681.1827038873325;
out_11_0.up = 2681.1827038873325;
out_11_1.lo = -2681.1827038873325;
out_11_1.up = 2681.1827038873325;
out_12_0.lo = -2086.6976666086575;
out_12_0.up = 2086.6976666086575;
out_12_1.lo = -2086.6976666086575;
out_12_1.up = 2086.6976666086575;
out_13_0.lo = -2357.8357924425995;
out_13_0.up = 2357.8357924425995;
out_13_1.lo = -2357.8357924425995;
out_13_1.up = 2357.8357924425995;
out_14_0.lo = -2628.9739182765406;
out_14_0.up = 2628.9739182765406;
out_14_1.lo = -2628.9739182765406;
out_14_1.up = 2628.9739182765406;
out_15_0.lo = -2034.4888809978659;
out_15_0.up = 2034.4888809978659;
out_15_1.lo = -2034.4888809978659;
out_15_1.up = 2034.4888809978659;
out_16_0.lo = -2305.6270068318076;
out_16_0.up = 2305.6270068318076;
out_16_1.lo = -2305.6270068318076;
out_16_1.up = 2305.6270068318076;
out_17_0.lo = -2576.7651326657497;
out_17_0.up = 2576.7651326657497;
out_17_1.lo = -2576.7651326657497;
out_17_1.up = 2576.7651326657497;
out_18_0.lo = -1982.2800953870742;
out_18_0.up = 1982.2800953870742;
out_18_1.lo = -1982.2800953870742;
out_18_1.up = 1982.2800953870742;
out_19_0.lo = -2253.418221221016;
out_19_0.up = 2253.418221221016;
out_19_1.lo = -2253.418221221016;
out_19_1.up = 2253.418221221016;
out_20_0.lo = -2524.556347054958;
out_20_0.up = 2524.556347054958;
out_20_1.lo = -2524.556347054958;
out_20_1.up = 2524.556347054958;
out_21_0.lo = -1355.7746680575758;
out_21_0.up = 1355.7746680575758;
out_21_1.lo = -1355.7746680575758;
out_21_1.up = 1355.7746680575758;
out_22_0.lo = -1626.9127938915176;
out_22_0.up = 1626.9127938915176;
out_22_1.lo = -1626.9127938915176;
out_22_1.up = 1626.9127938915176;
out_23_0.lo = -1898.0509197254594;
out_23_0.up = 1898.0509197254594;
out_23_1.lo = -1898.0509197254594;
out_23_1.up = 1898.0509197254594;
out_24_0.lo = -1312.5667903926374;
out_24_0.up = 1312.5667903926374;
out_24_1.lo = -1312.5667903926374;
out_24_1.up = 1312.5667903926374;
out_25_0.lo = -1521.4019328358036;
out_25_0.up = 1521.4019328358036;
out_25_1.lo = -1521.4019328358036;
out_25_1.up = 1521.4019328358036;
out_26_0.lo = -1730.2370752789698;
out_26_0.up = 1730.2370752789698;
out_26_1.lo = -1730.2370752789698;
out_26_1.up = 1730.2370752789698;
out_27_0.lo = -1380.3513218511227;
out_27_0.up = 1380.3513218511227;
out_27_1.lo = -1380.3513218511227;
out_27_1.up = 1380.3513218511227;
out_28_0.lo = -1589.1864642942887;
out_28_0.up = 1589.1864642942887;
out_28_1.lo = -1589.1864642942887;
out_28_1.up = 1589.1864642942887;
out_29_0.lo = -1798.021606737455;
out_29_0.up = 1798.021606737455;
out_29_1.lo = -1798.021606737455;
out_29_1.up = 1798.021606737455;
out_30_0.lo = -1448.1358533096084;
out_30_0.up = 1448.1358533096084;
out_30_1.lo = -1448.1358533096084;
out_30_1.up = 1448.1358533096084;
out_31_0.lo = -1656.9709957527743;
out_31_0.up = 1656.9709957527743;
out_31_1.lo = -1656.9709957527743;
out_31_1.up = 1656.9709957527743;
out_32_0.lo = -1865.8061381959405;
out_32_0.up = 1865.8061381959405;
out_32_1.lo = -1865.8061381959405;
out_32_1.up = 1865.8061381959405;
out_33_0.lo = -1515.9203847680935;
out_33_0.up = 1515.9203847680935;
out_33_1.lo = -1515.9203847680935;
out_33_1.up = 1515.9203847680935;
out_34_0.lo = -1724.75552721126;
out_34_0.up = 1724.75552721126;
out_34_1.lo = -1724.75552721126;
out_34_1.up = 1724.75552721126;
out_35_0.lo = -1933.5906696544262;
out_35_0.up = 1933.5906696544262;
out_35_1.lo = -1933.5906696544262;
out_35_1.up = 1933.5906696544262;
out_36_0.lo = -1854.843042060521;
out_36_0.up = 1854.843042060521;
out_36_1.lo = -1854.843042060521;
out_36_1.up = 1854.843042060521;
out_37_0.lo = -2063.678184503687;
out_37_0.up = 2063.678184503687;
out_37_1.lo = -2063.678184503687;
out_37_1.up = 2063.678184503687;
out_38_0.lo = -2272.5133269468533;
out_38_0.up = 2272.5133269468533;
out_38_1.lo = -2272.5133269468533;
out_38_1.up = 2272.5133269468533;
out_39_0.lo = -1990.4121049774922;
out_39_0.up = 1990.4121049774922;
out_39_1.lo = -1990.4121049774922;
out_39_1.up = 1990.4121049774922;
out_40_0.lo = -2199.247247420658;
out_40_0.up = 2199.247247420658;
out_40_1.lo = -2199.247247420658;
out_40_1.up = 2199.247247420658;
out_41_0.lo = -2408.0823898638246;
out_41_0.up = 2408.0823898638246;
out_41_1.lo = -2408.0823898638246;
out_41_1.up = 2408.0823898638246;
out_42_0.lo = -2125.981167894463;
out_42_0.up = 2125.981167894463;
out_42_1.lo = -2125.981167894463;
out_42_1.up = 2125.981167894463;
out_43_0.lo = -2334.816310337629;
out_43_0.up = 2334.816310337629;
out_43_1.lo = -2334.816310337629;
out_43_1.up = 2334.816310337629;
out_44_0.lo = -2543.6514527807954;
out_44_0.up = 2543.6514527807954;
out_44_1.lo = -2543.6514527807954;
out_44_1.up = 2543.6514527807954;
out_45_0.lo = -1146.9395256144096;
out_45_0.up = 1146.9395256144096;
out_45_1.lo = -1146.9395256144096;
out_45_1.up = 1146.9395256144096;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
