* etr-contradiction-p1-plain-bigm  (relu-opt library: etr-contradiction, problem 1, plain-bigm; {"hidden": [4], "bound": 11.0, "loss": "squared"})
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
  relu_1_0_0_on, relu_1_0_1_on, relu_1_0_2_on, relu_1_0_3_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_1_2_on, relu_1_1_3_on,
  relu_1_2_0_on, relu_1_2_1_on, relu_1_2_2_on, relu_1_2_3_on, relu_1_3_0_on, relu_1_3_1_on, relu_1_3_2_on, relu_1_3_3_on,
  relu_1_4_0_on, relu_1_4_1_on, relu_1_4_2_on, relu_1_4_3_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_5_2_on, relu_1_5_3_on,
  relu_1_6_0_on, relu_1_6_1_on, relu_1_6_2_on, relu_1_6_3_on, relu_1_7_0_on, relu_1_7_1_on, relu_1_7_2_on, relu_1_7_3_on,
  relu_1_8_0_on, relu_1_8_1_on, relu_1_8_2_on, relu_1_8_3_on, relu_1_9_0_on, relu_1_9_1_on, relu_1_9_2_on, relu_1_9_3_on,
  relu_1_10_0_on, relu_1_10_1_on, relu_1_10_2_on, relu_1_10_3_on, relu_1_11_0_on, relu_1_11_1_on, relu_1_11_2_on, relu_1_11_3_on,
  relu_1_12_0_on, relu_1_12_1_on, relu_1_12_2_on, relu_1_12_3_on, relu_1_13_0_on, relu_1_13_1_on, relu_1_13_2_on, relu_1_13_3_on,
  relu_1_14_0_on, relu_1_14_1_on, relu_1_14_2_on, relu_1_14_3_on, relu_1_15_0_on, relu_1_15_1_on, relu_1_15_2_on, relu_1_15_3_on,
  relu_1_16_0_on, relu_1_16_1_on, relu_1_16_2_on, relu_1_16_3_on, relu_1_17_0_on, relu_1_17_1_on, relu_1_17_2_on, relu_1_17_3_on,
  relu_1_18_0_on, relu_1_18_1_on, relu_1_18_2_on, relu_1_18_3_on, relu_1_19_0_on, relu_1_19_1_on, relu_1_19_2_on, relu_1_19_3_on,
  relu_1_20_0_on, relu_1_20_1_on, relu_1_20_2_on, relu_1_20_3_on, relu_1_21_0_on, relu_1_21_1_on, relu_1_21_2_on, relu_1_21_3_on,
  relu_1_22_0_on, relu_1_22_1_on, relu_1_22_2_on, relu_1_22_3_on, relu_1_23_0_on, relu_1_23_1_on, relu_1_23_2_on, relu_1_23_3_on,
  relu_1_24_0_on, relu_1_24_1_on, relu_1_24_2_on, relu_1_24_3_on, relu_1_25_0_on, relu_1_25_1_on, relu_1_25_2_on, relu_1_25_3_on,
  relu_1_26_0_on, relu_1_26_1_on, relu_1_26_2_on, relu_1_26_3_on, relu_1_27_0_on, relu_1_27_1_on, relu_1_27_2_on, relu_1_27_3_on,
  relu_1_28_0_on, relu_1_28_1_on, relu_1_28_2_on, relu_1_28_3_on, relu_1_29_0_on, relu_1_29_1_on, relu_1_29_2_on, relu_1_29_3_on,
  relu_1_30_0_on, relu_1_30_1_on, relu_1_30_2_on, relu_1_30_3_on, relu_1_31_0_on, relu_1_31_1_on, relu_1_31_2_on, relu_1_31_3_on,
  relu_1_32_0_on, relu_1_32_1_on, relu_1_32_2_on, relu_1_32_3_on, relu_1_33_0_on, relu_1_33_1_on, relu_1_33_2_on, relu_1_33_3_on,
  relu_1_34_0_on, relu_1_34_1_on, relu_1_34_2_on, relu_1_34_3_on, relu_1_35_0_on, relu_1_35_1_on, relu_1_35_2_on, relu_1_35_3_on,
  relu_1_36_0_on, relu_1_36_1_on, relu_1_36_2_on, relu_1_36_3_on, relu_1_37_0_on, relu_1_37_1_on, relu_1_37_2_on, relu_1_37_3_on,
  relu_1_38_0_on, relu_1_38_1_on, relu_1_38_2_on, relu_1_38_3_on, relu_1_39_0_on, relu_1_39_1_on, relu_1_39_2_on, relu_1_39_3_on,
  relu_1_40_0_on, relu_1_40_1_on, relu_1_40_2_on, relu_1_40_3_on, relu_1_41_0_on, relu_1_41_1_on, relu_1_41_2_on, relu_1_41_3_on,
  relu_1_42_0_on, relu_1_42_1_on, relu_1_42_2_on, relu_1_42_3_on, relu_1_43_0_on, relu_1_43_1_on, relu_1_43_2_on, relu_1_43_3_on,
  relu_1_44_0_on, relu_1_44_1_on, relu_1_44_2_on, relu_1_44_3_on, relu_1_45_0_on, relu_1_45_1_on, relu_1_45_2_on, relu_1_45_3_on;

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
  out_definition_43_1, out_definition_44_0, out_definition_44_1, out_definition_45_0, out_definition_45_1, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active,
  relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_0_2_above_pre, relu_1_0_2_off_when_inactive, relu_1_0_2_pre_when_active, relu_1_0_3_above_pre, relu_1_0_3_off_when_inactive,
  relu_1_0_3_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_1_2_above_pre,
  relu_1_1_2_off_when_inactive, relu_1_1_2_pre_when_active, relu_1_1_3_above_pre, relu_1_1_3_off_when_inactive, relu_1_1_3_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active,
  relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_2_2_above_pre, relu_1_2_2_off_when_inactive, relu_1_2_2_pre_when_active, relu_1_2_3_above_pre, relu_1_2_3_off_when_inactive,
  relu_1_2_3_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_3_2_above_pre,
  relu_1_3_2_off_when_inactive, relu_1_3_2_pre_when_active, relu_1_3_3_above_pre, relu_1_3_3_off_when_inactive, relu_1_3_3_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active,
  relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_4_2_above_pre, relu_1_4_2_off_when_inactive, relu_1_4_2_pre_when_active, relu_1_4_3_above_pre, relu_1_4_3_off_when_inactive,
  relu_1_4_3_pre_when_active, relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_5_2_above_pre,
  relu_1_5_2_off_when_inactive, relu_1_5_2_pre_when_active, relu_1_5_3_above_pre, relu_1_5_3_off_when_inactive, relu_1_5_3_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active,
  relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_6_2_above_pre, relu_1_6_2_off_when_inactive, relu_1_6_2_pre_when_active, relu_1_6_3_above_pre, relu_1_6_3_off_when_inactive,
  relu_1_6_3_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive, relu_1_7_1_pre_when_active, relu_1_7_2_above_pre,
  relu_1_7_2_off_when_inactive, relu_1_7_2_pre_when_active, relu_1_7_3_above_pre, relu_1_7_3_off_when_inactive, relu_1_7_3_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active,
  relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active, relu_1_8_2_above_pre, relu_1_8_2_off_when_inactive, relu_1_8_2_pre_when_active, relu_1_8_3_above_pre, relu_1_8_3_off_when_inactive,
  relu_1_8_3_pre_when_active, relu_1_9_0_above_pre, relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active, relu_1_9_1_above_pre, relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active, relu_1_9_2_above_pre,
  relu_1_9_2_off_when_inactive, relu_1_9_2_pre_when_active, relu_1_9_3_above_pre, relu_1_9_3_off_when_inactive, relu_1_9_3_pre_when_active, relu_1_10_0_above_pre, relu_1_10_0_off_when_inactive, relu_1_10_0_pre_when_active,
  relu_1_10_1_above_pre, relu_1_10_1_off_when_inactive, relu_1_10_1_pre_when_active, relu_1_10_2_above_pre, relu_1_10_2_off_when_inactive, relu_1_10_2_pre_when_active, relu_1_10_3_above_pre, relu_1_10_3_off_when_inactive,
  relu_1_10_3_pre_when_active, relu_1_11_0_above_pre, relu_1_11_0_off_when_inactive, relu_1_11_0_pre_when_active, relu_1_11_1_above_pre, relu_1_11_1_off_when_inactive, relu_1_11_1_pre_when_active, relu_1_11_2_above_pre,
  relu_1_11_2_off_when_inactive, relu_1_11_2_pre_when_active, relu_1_11_3_above_pre, relu_1_11_3_off_when_inactive, relu_1_11_3_pre_when_active, relu_1_12_0_above_pre, relu_1_12_0_off_when_inactive, relu_1_12_0_pre_when_active,
  relu_1_12_1_above_pre, relu_1_12_1_off_when_inactive, relu_1_12_1_pre_when_active, relu_1_12_2_above_pre, relu_1_12_2_off_when_inactive, relu_1_12_2_pre_when_active, relu_1_12_3_above_pre, relu_1_12_3_off_when_inactive,
  relu_1_12_3_pre_when_active, relu_1_13_0_above_pre, relu_1_13_0_off_when_inactive, relu_1_13_0_pre_when_active, relu_1_13_1_above_pre, relu_1_13_1_off_when_inactive, relu_1_13_1_pre_when_active, relu_1_13_2_above_pre,
  relu_1_13_2_off_when_inactive, relu_1_13_2_pre_when_active, relu_1_13_3_above_pre, relu_1_13_3_off_when_inactive, relu_1_13_3_pre_when_active, relu_1_14_0_above_pre, relu_1_14_0_off_when_inactive, relu_1_14_0_pre_when_active,
  relu_1_14_1_above_pre, relu_1_14_1_off_when_inactive, relu_1_14_1_pre_when_active, relu_1_14_2_above_pre, relu_1_14_2_off_when_inactive, relu_1_14_2_pre_when_active, relu_1_14_3_above_pre, relu_1_14_3_off_when_inactive,
  relu_1_14_3_pre_when_active, relu_1_15_0_above_pre, relu_1_15_0_off_when_inactive, relu_1_15_0_pre_when_active, relu_1_15_1_above_pre, relu_1_15_1_off_when_inactive, relu_1_15_1_pre_when_active, relu_1_15_2_above_pre,
  relu_1_15_2_off_when_inactive, relu_1_15_2_pre_when_active, relu_1_15_3_above_pre, relu_1_15_3_off_when_inactive, relu_1_15_3_pre_when_active, relu_1_16_0_above_pre, relu_1_16_0_off_when_inactive, relu_1_16_0_pre_when_active,
  relu_1_16_1_above_pre, relu_1_16_1_off_when_inactive, relu_1_16_1_pre_when_active, relu_1_16_2_above_pre, relu_1_16_2_off_when_inactive, relu_1_16_2_pre_when_active, relu_1_16_3_above_pre, relu_1_16_3_off_when_inactive,
  relu_1_16_3_pre_when_active, relu_1_17_0_above_pre, relu_1_17_0_off_when_inactive, relu_1_17_0_pre_when_active, relu_1_17_1_above_pre, relu_1_17_1_off_when_inactive, relu_1_17_1_pre_when_active, relu_1_17_2_above_pre,
  relu_1_17_2_off_when_inactive, relu_1_17_2_pre_when_active, relu_1_17_3_above_pre, relu_1_17_3_off_when_inactive, relu_1_17_3_pre_when_active, relu_1_18_0_above_pre, relu_1_18_0_off_when_inactive, relu_1_18_0_pre_when_active,
  relu_1_18_1_above_pre, relu_1_18_1_off_when_inactive, relu_1_18_1_pre_when_active, relu_1_18_2_above_pre, relu_1_18_2_off_when_inactive, relu_1_18_2_pre_when_active, relu_1_18_3_above_pre, relu_1_18_3_off_when_inactive,
  relu_1_18_3_pre_when_active, relu_1_19_0_above_pre, relu_1_19_0_off_when_inactive, relu_1_19_0_pre_when_active, relu_1_19_1_above_pre, relu_1_19_1_off_when_inactive, relu_1_19_1_pre_when_active, relu_1_19_2_above_pre,
  relu_1_19_2_off_when_inactive, relu_1_19_2_pre_when_active, relu_1_19_3_above_pre, relu_1_19_3_off_when_inactive, relu_1_19_3_pre_when_active, relu_1_20_0_above_pre, relu_1_20_0_off_when_inactive, relu_1_20_0_pre_when_active,
  relu_1_20_1_above_pre, relu_1_20_1_off_when_inactive, relu_1_20_1_pre_when_active, relu_1_20_2_above_pre, relu_1_20_2_off_when_inactive, relu_1_20_2_pre_when_active, relu_1_20_3_above_pre, relu_1_20_3_off_when_inactive,
  relu_1_20_3_pre_when_active, relu_1_21_0_above_pre, relu_1_21_0_off_when_inactive, relu_1_21_0_pre_when_active, relu_1_21_1_above_pre, relu_1_21_1_off_when_inactive, relu_1_21_1_pre_when_active, relu_1_21_2_above_pre,
  relu_1_21_2_off_when_inactive, relu_1_21_2_pre_when_active, relu_1_21_3_above_pre, relu_1_21_3_off_when_inactive, relu_1_21_3_pre_when_active, relu_1_22_0_above_pre, relu_1_22_0_off_when_inactive, relu_1_22_0_pre_when_active,
  relu_1_22_1_above_pre, relu_1_22_1_off_when_inactive, relu_1_22_1_pre_when_active, relu_1_22_2_above_pre, relu_1_22_2_off_when_inactive, relu_1_22_2_pre_when_active, relu_1_22_3_above_pre, relu_1_22_3_off_when_inactive,
  relu_1_22_3_pre_when_active, relu_1_23_0_above_pre, relu_1_23_0_off_when_inactive, relu_1_23_0_pre_when_active, relu_1_23_1_above_pre, relu_1_23_1_off_when_inactive, relu_1_23_1_pre_when_active, relu_1_23_2_above_pre,
  relu_1_23_2_off_when_inactive, relu_1_23_2_pre_when_active, relu_1_23_3_above_pre, relu_1_23_3_off_when_inactive, relu_1_23_3_pre_when_active, relu_1_24_0_above_pre, relu_1_24_0_off_when_inactive, relu_1_24_0_pre_when_active,
  relu_1_24_1_above_pre, relu_1_24_1_off_when_inactive, relu_1_24_1_pre_when_active, relu_1_24_2_above_pre, relu_1_24_2_off_when_inactive, relu_1_24_2_pre_when_active, relu_1_24_3_above_pre, relu_1_24_3_off_when_inactive,
  relu_1_24_3_pre_when_active, relu_1_25_0_above_pre, relu_1_25_0_off_when_inactive, relu_1_25_0_pre_when_active, relu_1_25_1_above_pre, relu_1_25_1_off_when_inactive, relu_1_25_1_pre_when_active, relu_1_25_2_above_pre,
  relu_1_25_2_off_when_inactive, relu_1_25_2_pre_when_active, relu_1_25_3_above_pre, relu_1_25_3_off_when_inactive, relu_1_25_3_pre_when_active, relu_1_26_0_above_pre, relu_1_26_0_off_when_inactive, relu_1_26_0_pre_when_active,
  relu_1_26_1_above_pre, relu_1_26_1_off_when_inactive, relu_1_26_1_pre_when_active, relu_1_26_2_above_pre, relu_1_26_2_off_when_inactive, relu_1_26_2_pre_when_active, relu_1_26_3_above_pre, relu_1_26_3_off_when_inactive,
  relu_1_26_3_pre_when_active, relu_1_27_0_above_pre, relu_1_27_0_off_when_inactive, relu_1_27_0_pre_when_active, relu_1_27_1_above_pre, relu_1_27_1_off_when_inactive, relu_1_27_1_pre_when_active, relu_1_27_2_above_pre,
  relu_1_27_2_off_when_inactive, relu_1_27_2_pre_when_active, relu_1_27_3_above_pre, relu_1_27_3_off_when_inactive, relu_1_27_3_pre_when_active, relu_1_28_0_above_pre, relu_1_28_0_off_when_inactive, relu_1_28_0_pre_when_active,
  relu_1_28_1_above_pre, relu_1_28_1_off_when_inactive, relu_1_28_1_pre_when_active, relu_1_28_2_above_pre, relu_1_28_2_off_when_inactive, relu_1_28_2_pre_when_active, relu_1_28_3_above_pre, relu_1_28_3_off_when_inactive,
  relu_1_28_3_pre_when_active, relu_1_29_0_above_pre, relu_1_29_0_off_when_inactive, relu_1_29_0_pre_when_active, relu_1_29_1_above_pre, relu_1_29_1_off_when_inactive, relu_1_29_1_pre_when_active, relu_1_29_2_above_pre,
  relu_1_29_2_off_when_inactive, relu_1_29_2_pre_when_active, relu_1_29_3_above_pre, relu_1_29_3_off_when_inactive, relu_1_29_3_pre_when_active, relu_1_30_0_above_pre, relu_1_30_0_off_when_inactive, relu_1_30_0_pre_when_active,
  relu_1_30_1_above_pre, relu_1_30_1_off_when_inactive, relu_1_30_1_pre_when_active, relu_1_30_2_above_pre, relu_1_30_2_off_when_inactive, relu_1_30_2_pre_when_active, relu_1_30_3_above_pre, relu_1_30_3_off_when_inactive,
  relu_1_30_3_pre_when_active, relu_1_31_0_above_pre, relu_1_31_0_off_when_inactive, relu_1_31_0_pre_when_active, relu_1_31_1_above_pre, relu_1_31_1_off_when_inactive, relu_1_31_1_pre_when_active, relu_1_31_2_above_pre,
  relu_1_31_2_off_when_inactive, relu_1_31_2_pre_when_active, relu_1_31_3_above_pre, relu_1_31_3_off_when_inactive, relu_1_31_3_pre_when_active, relu_1_32_0_above_pre, relu_1_32_0_off_when_inactive, relu_1_32_0_pre_when_active,
  relu_1_32_1_above_pre, relu_1_32_1_off_when_inactive, relu_1_32_1_pre_when_active, relu_1_32_2_above_pre, relu_1_32_2_off_when_inactive, relu_1_32_2_pre_when_active, relu_1_32_3_above_pre, relu_1_32_3_off_when_inactive,
  relu_1_32_3_pre_when_active, relu_1_33_0_above_pre, relu_1_33_0_off_when_inactive, relu_1_33_0_pre_when_active, relu_1_33_1_above_pre, relu_1_33_1_off_when_inactive, relu_1_33_1_pre_when_active, relu_1_33_2_above_pre,
  relu_1_33_2_off_when_inactive, relu_1_33_2_pre_when_active, relu_1_33_3_above_pre, relu_1_33_3_off_when_inactive, relu_1_33_3_pre_when_active, relu_1_34_0_above_pre, relu_1_34_0_off_when_inactive, relu_1_34_0_pre_when_active,
  relu_1_34_1_above_pre, relu_1_34_1_off_when_inactive, relu_1_34_1_pre_when_active, relu_1_34_2_above_pre, relu_1_34_2_off_when_inactive, relu_1_34_2_pre_when_active, relu_1_34_3_above_pre, relu_1_34_3_off_when_inactive,
  relu_1_34_3_pre_when_active, relu_1_35_0_above_pre, relu_1_35_0_off_when_inactive, relu_1_35_0_pre_when_active, relu_1_35_1_above_pre, relu_1_35_1_off_when_inactive, relu_1_35_1_pre_when_active, relu_1_35_2_above_pre,
  relu_1_35_2_off_when_inactive, relu_1_35_2_pre_when_active, relu_1_35_3_above_pre, relu_1_35_3_off_when_inactive, relu_1_35_3_pre_when_active, relu_1_36_0_above_pre, relu_1_36_0_off_when_inactive, relu_1_36_0_pre_when_active,
  relu_1_36_1_above_pre, relu_1_36_1_off_when_inactive, relu_1_36_1_pre_when_active, relu_1_36_2_above_pre, relu_1_36_2_off_when_inactive, relu_1_36_2_pre_when_active, relu_1_36_3_above_pre, relu_1_36_3_off_when_inactive,
  relu_1_36_3_pre_when_active, relu_1_37_0_above_pre, relu_1_37_0_off_when_inactive, relu_1_37_0_pre_when_active, relu_1_37_1_above_pre, relu_1_37_1_off_when_inactive, relu_1_37_1_pre_when_active, relu_1_37_2_above_pre,
  relu_1_37_2_off_when_inactive, relu_1_37_2_pre_when_active, relu_1_37_3_above_pre, relu_1_37_3_off_when_inactive, relu_1_37_3_pre_when_active, relu_1_38_0_above_pre, relu_1_38_0_off_when_inactive, relu_1_38_0_pre_when_active,
  relu_1_38_1_above_pre, relu_1_38_1_off_when_inactive, relu_1_38_1_pre_when_active, relu_1_38_2_above_pre, relu_1_38_2_off_when_inactive, relu_1_38_2_pre_when_active, relu_1_38_3_above_pre, relu_1_38_3_off_when_inactive,
  relu_1_38_3_pre_when_active, relu_1_39_0_above_pre, relu_1_39_0_off_when_inactive, relu_1_39_0_pre_when_active, relu_1_39_1_above_pre, relu_1_39_1_off_when_inactive, relu_1_39_1_pre_when_active, relu_1_39_2_above_pre,
  relu_1_39_2_off_when_inactive, relu_1_39_2_pre_when_active, relu_1_39_3_above_pre, relu_1_39_3_off_when_inactive, relu_1_39_3_pre_when_active, relu_1_40_0_above_pre, relu_1_40_0_off_when_inactive, relu_1_40_0_pre_when_active,
  relu_1_40_1_above_pre, relu_1_40_1_off_when_inactive, relu_1_40_1_pre_when_active, relu_1_40_2_above_pre, relu_1_40_2_off_when_inactive, relu_1_40_2_pre_when_active, relu_1_40_3_above_pre, relu_1_40_3_off_when_inactive,
  relu_1_40_3_pre_when_active, relu_1_41_0_above_pre, relu_1_41_0_off_when_inactive, relu_1_41_0_pre_when_active, relu_1_41_1_above_pre, relu_1_41_1_off_when_inactive, relu_1_41_1_pre_when_active, relu_1_41_2_above_pre,
  relu_1_41_2_off_when_inactive, relu_1_41_2_pre_when_active, relu_1_41_3_above_pre, relu_1_41_3_off_when_inactive, relu_1_41_3_pre_when_active, relu_1_42_0_above_pre, relu_1_42_0_off_when_inactive, relu_1_42_0_pre_when_active,
  relu_1_42_1_above_pre, relu_1_42_1_off_when_inactive, relu_1_42_1_pre_when_active, relu_1_42_2_above_pre, relu_1_42_2_off_when_inactive, relu_1_42_2_pre_when_active, relu_1_42_3_above_pre, relu_1_42_3_off_when_inactive,
  relu_1_42_3_pre_when_active, relu_1_43_0_above_pre, relu_1_43_0_off_when_inactive, relu_1_43_0_pre_when_active, relu_1_43_1_above_pre, relu_1_43_1_off_when_inactive, relu_1_43_1_pre_when_active, relu_1_43_2_above_pre,
  relu_1_43_2_off_when_inactive, relu_1_43_2_pre_when_active, relu_1_43_3_above_pre, relu_1_43_3_off_when_inactive, relu_1_43_3_pre_when_active, relu_1_44_0_above_pre, relu_1_44_0_off_when_inactive, relu_1_44_0_pre_when_active,
  relu_1_44_1_above_pre, relu_1_44_1_off_when_inactive, relu_1_44_1_pre_when_active, relu_1_44_2_above_pre, relu_1_44_2_off_when_inactive, relu_1_44_2_pre_when_active, relu_1_44_3_above_pre, relu_1_44_3_off_when_inactive,
  relu_1_44_3_pre_when_active, relu_1_45_0_above_pre, relu_1_45_0_off_when_inactive, relu_1_45_0_pre_when_active, relu_1_45_1_above_pre, relu_1_45_1_off_when_inactive, relu_1_45_1_pre_when_active, relu_1_45_2_above_pre,
  relu_1_45_2_off_when_inactive, relu_1_45_2_pre_when_active, relu_1_45_3_above_pre, relu_1_45_3_off_when_inactive, relu_1_45_3_pre_when_active;

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
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 59.04058006174029*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 59.04058006174029*relu_1_0_0_on =l= 59.04058006174029;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 59.04058006174029*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 59.04058006174029*relu_1_0_1_on =l= 59.04058006174029;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2_off_when_inactive.. + 1*post_1_0_2 - 59.04058006174029*relu_1_0_2_on =l= 0;
relu_1_0_2_pre_when_active.. - 1*pre_1_0_2 + 1*post_1_0_2 + 59.04058006174029*relu_1_0_2_on =l= 59.04058006174029;
relu_1_0_3_above_pre.. + 1*pre_1_0_3 - 1*post_1_0_3 =l= 0;
relu_1_0_3_off_when_inactive.. + 1*post_1_0_3 - 59.04058006174029*relu_1_0_3_on =l= 0;
relu_1_0_3_pre_when_active.. - 1*pre_1_0_3 + 1*post_1_0_3 + 59.04058006174029*relu_1_0_3_on =l= 59.04058006174029;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 65.20281019432989*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 65.20281019432989*relu_1_1_0_on =l= 65.20281019432989;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 65.20281019432989*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 65.20281019432989*relu_1_1_1_on =l= 65.20281019432989;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2_off_when_inactive.. + 1*post_1_1_2 - 65.20281019432989*relu_1_1_2_on =l= 0;
relu_1_1_2_pre_when_active.. - 1*pre_1_1_2 + 1*post_1_1_2 + 65.20281019432989*relu_1_1_2_on =l= 65.20281019432989;
relu_1_1_3_above_pre.. + 1*pre_1_1_3 - 1*post_1_1_3 =l= 0;
relu_1_1_3_off_when_inactive.. + 1*post_1_1_3 - 65.20281019432989*relu_1_1_3_on =l= 0;
relu_1_1_3_pre_when_active.. - 1*pre_1_1_3 + 1*post_1_1_3 + 65.20281019432989*relu_1_1_3_on =l= 65.20281019432989;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 71.36504032691947*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 71.36504032691947*relu_1_2_0_on =l= 71.36504032691947;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 71.36504032691947*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 71.36504032691947*relu_1_2_1_on =l= 71.36504032691947;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2_off_when_inactive.. + 1*post_1_2_2 - 71.36504032691947*relu_1_2_2_on =l= 0;
relu_1_2_2_pre_when_active.. - 1*pre_1_2_2 + 1*post_1_2_2 + 71.36504032691947*relu_1_2_2_on =l= 71.36504032691947;
relu_1_2_3_above_pre.. + 1*pre_1_2_3 - 1*post_1_2_3 =l= 0;
relu_1_2_3_off_when_inactive.. + 1*post_1_2_3 - 71.36504032691947*relu_1_2_3_on =l= 0;
relu_1_2_3_pre_when_active.. - 1*pre_1_2_3 + 1*post_1_2_3 + 71.36504032691947*relu_1_2_3_on =l= 71.36504032691947;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 56.66745344306795*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 56.66745344306795*relu_1_3_0_on =l= 56.66745344306795;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 56.66745344306795*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 56.66745344306795*relu_1_3_1_on =l= 56.66745344306795;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2_off_when_inactive.. + 1*post_1_3_2 - 56.66745344306795*relu_1_3_2_on =l= 0;
relu_1_3_2_pre_when_active.. - 1*pre_1_3_2 + 1*post_1_3_2 + 56.66745344306795*relu_1_3_2_on =l= 56.66745344306795;
relu_1_3_3_above_pre.. + 1*pre_1_3_3 - 1*post_1_3_3 =l= 0;
relu_1_3_3_off_when_inactive.. + 1*post_1_3_3 - 56.66745344306795*relu_1_3_3_on =l= 0;
relu_1_3_3_pre_when_active.. - 1*pre_1_3_3 + 1*post_1_3_3 + 56.66745344306795*relu_1_3_3_on =l= 56.66745344306795;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 62.82968357565754*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 62.82968357565754*relu_1_4_0_on =l= 62.82968357565754;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 62.82968357565754*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 62.82968357565754*relu_1_4_1_on =l= 62.82968357565754;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2_off_when_inactive.. + 1*post_1_4_2 - 62.82968357565754*relu_1_4_2_on =l= 0;
relu_1_4_2_pre_when_active.. - 1*pre_1_4_2 + 1*post_1_4_2 + 62.82968357565754*relu_1_4_2_on =l= 62.82968357565754;
relu_1_4_3_above_pre.. + 1*pre_1_4_3 - 1*post_1_4_3 =l= 0;
relu_1_4_3_off_when_inactive.. + 1*post_1_4_3 - 62.82968357565754*relu_1_4_3_on =l= 0;
relu_1_4_3_pre_when_active.. - 1*pre_1_4_3 + 1*post_1_4_3 + 62.82968357565754*relu_1_4_3_on =l= 62.82968357565754;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 68.99191370824713*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 68.99191370824713*relu_1_5_0_on =l= 68.99191370824713;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 68.99191370824713*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 68.99191370824713*relu_1_5_1_on =l= 68.99191370824713;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2_off_when_inactive.. + 1*post_1_5_2 - 68.99191370824713*relu_1_5_2_on =l= 0;
relu_1_5_2_pre_when_active.. - 1*pre_1_5_2 + 1*post_1_5_2 + 68.99191370824713*relu_1_5_2_on =l= 68.99191370824713;
relu_1_5_3_above_pre.. + 1*pre_1_5_3 - 1*post_1_5_3 =l= 0;
relu_1_5_3_off_when_inactive.. + 1*post_1_5_3 - 68.99191370824713*relu_1_5_3_on =l= 0;
relu_1_5_3_pre_when_active.. - 1*pre_1_5_3 + 1*post_1_5_3 + 68.99191370824713*relu_1_5_3_on =l= 68.99191370824713;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 54.294326824395604*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 54.294326824395604*relu_1_6_0_on =l= 54.294326824395604;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 54.294326824395604*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 54.294326824395604*relu_1_6_1_on =l= 54.294326824395604;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2_off_when_inactive.. + 1*post_1_6_2 - 54.294326824395604*relu_1_6_2_on =l= 0;
relu_1_6_2_pre_when_active.. - 1*pre_1_6_2 + 1*post_1_6_2 + 54.294326824395604*relu_1_6_2_on =l= 54.294326824395604;
relu_1_6_3_above_pre.. + 1*pre_1_6_3 - 1*post_1_6_3 =l= 0;
relu_1_6_3_off_when_inactive.. + 1*post_1_6_3 - 54.294326824395604*relu_1_6_3_on =l= 0;
relu_1_6_3_pre_when_active.. - 1*pre_1_6_3 + 1*post_1_6_3 + 54.294326824395604*relu_1_6_3_on =l= 54.294326824395604;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 60.45655695698519*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 60.45655695698519*relu_1_7_0_on =l= 60.45655695698519;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 60.45655695698519*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 60.45655695698519*relu_1_7_1_on =l= 60.45655695698519;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2_off_when_inactive.. + 1*post_1_7_2 - 60.45655695698519*relu_1_7_2_on =l= 0;
relu_1_7_2_pre_when_active.. - 1*pre_1_7_2 + 1*post_1_7_2 + 60.45655695698519*relu_1_7_2_on =l= 60.45655695698519;
relu_1_7_3_above_pre.. + 1*pre_1_7_3 - 1*post_1_7_3 =l= 0;
relu_1_7_3_off_when_inactive.. + 1*post_1_7_3 - 60.45655695698519*relu_1_7_3_on =l= 0;
relu_1_7_3_pre_when_active.. - 1*pre_1_7_3 + 1*post_1_7_3 + 60.45655695698519*relu_1_7_3_on =l= 60.45655695698519;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 66.61878708957478*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 66.61878708957478*relu_1_8_0_on =l= 66.61878708957478;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 66.61878708957478*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 66.61878708957478*relu_1_8_1_on =l= 66.61878708957478;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2_off_when_inactive.. + 1*post_1_8_2 - 66.61878708957478*relu_1_8_2_on =l= 0;
relu_1_8_2_pre_when_active.. - 1*pre_1_8_2 + 1*post_1_8_2 + 66.61878708957478*relu_1_8_2_on =l= 66.61878708957478;
relu_1_8_3_above_pre.. + 1*pre_1_8_3 - 1*post_1_8_3 =l= 0;
relu_1_8_3_off_when_inactive.. + 1*post_1_8_3 - 66.61878708957478*relu_1_8_3_on =l= 0;
relu_1_8_3_pre_when_active.. - 1*pre_1_8_3 + 1*post_1_8_3 + 66.61878708957478*relu_1_8_3_on =l= 66.61878708957478;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 48.36151027771475*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 48.36151027771475*relu_1_9_0_on =l= 48.36151027771475;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 48.36151027771475*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 48.36151027771475*relu_1_9_1_on =l= 48.36151027771475;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2_off_when_inactive.. + 1*post_1_9_2 - 48.36151027771475*relu_1_9_2_on =l= 0;
relu_1_9_2_pre_when_active.. - 1*pre_1_9_2 + 1*post_1_9_2 + 48.36151027771475*relu_1_9_2_on =l= 48.36151027771475;
relu_1_9_3_above_pre.. + 1*pre_1_9_3 - 1*post_1_9_3 =l= 0;
relu_1_9_3_off_when_inactive.. + 1*post_1_9_3 - 48.36151027771475*relu_1_9_3_on =l= 0;
relu_1_9_3_pre_when_active.. - 1*pre_1_9_3 + 1*post_1_9_3 + 48.36151027771475*relu_1_9_3_on =l= 48.36151027771475;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 54.52374041030434*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 54.52374041030434*relu_1_10_0_on =l= 54.52374041030434;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 54.52374041030434*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 54.52374041030434*relu_1_10_1_on =l= 54.52374041030434;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2_off_when_inactive.. + 1*post_1_10_2 - 54.52374041030434*relu_1_10_2_on =l= 0;
relu_1_10_2_pre_when_active.. - 1*pre_1_10_2 + 1*post_1_10_2 + 54.52374041030434*relu_1_10_2_on =l= 54.52374041030434;
relu_1_10_3_above_pre.. + 1*pre_1_10_3 - 1*post_1_10_3 =l= 0;
relu_1_10_3_off_when_inactive.. + 1*post_1_10_3 - 54.52374041030434*relu_1_10_3_on =l= 0;
relu_1_10_3_pre_when_active.. - 1*pre_1_10_3 + 1*post_1_10_3 + 54.52374041030434*relu_1_10_3_on =l= 54.52374041030434;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 60.68597054289393*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 60.68597054289393*relu_1_11_0_on =l= 60.68597054289393;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 60.68597054289393*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 60.68597054289393*relu_1_11_1_on =l= 60.68597054289393;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2_off_when_inactive.. + 1*post_1_11_2 - 60.68597054289393*relu_1_11_2_on =l= 0;
relu_1_11_2_pre_when_active.. - 1*pre_1_11_2 + 1*post_1_11_2 + 60.68597054289393*relu_1_11_2_on =l= 60.68597054289393;
relu_1_11_3_above_pre.. + 1*pre_1_11_3 - 1*post_1_11_3 =l= 0;
relu_1_11_3_off_when_inactive.. + 1*post_1_11_3 - 60.68597054289393*relu_1_11_3_on =l= 0;
relu_1_11_3_pre_when_active.. - 1*pre_1_11_3 + 1*post_1_11_3 + 60.68597054289393*relu_1_11_3_on =l= 60.68597054289393;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 47.17494696837858*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 47.17494696837858*relu_1_12_0_on =l= 47.17494696837858;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 47.17494696837858*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 47.17494696837858*relu_1_12_1_on =l= 47.17494696837858;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2_off_when_inactive.. + 1*post_1_12_2 - 47.17494696837858*relu_1_12_2_on =l= 0;
relu_1_12_2_pre_when_active.. - 1*pre_1_12_2 + 1*post_1_12_2 + 47.17494696837858*relu_1_12_2_on =l= 47.17494696837858;
relu_1_12_3_above_pre.. + 1*pre_1_12_3 - 1*post_1_12_3 =l= 0;
relu_1_12_3_off_when_inactive.. + 1*post_1_12_3 - 47.17494696837858*relu_1_12_3_on =l= 0;
relu_1_12_3_pre_when_active.. - 1*pre_1_12_3 + 1*post_1_12_3 + 47.17494696837858*relu_1_12_3_on =l= 47.17494696837858;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 53.33717710096817*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 53.33717710096817*relu_1_13_0_on =l= 53.33717710096817;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 53.33717710096817*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 53.33717710096817*relu_1_13_1_on =l= 53.33717710096817;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2_off_when_inactive.. + 1*post_1_13_2 - 53.33717710096817*relu_1_13_2_on =l= 0;
relu_1_13_2_pre_when_active.. - 1*pre_1_13_2 + 1*post_1_13_2 + 53.33717710096817*relu_1_13_2_on =l= 53.33717710096817;
relu_1_13_3_above_pre.. + 1*pre_1_13_3 - 1*post_1_13_3 =l= 0;
relu_1_13_3_off_when_inactive.. + 1*post_1_13_3 - 53.33717710096817*relu_1_13_3_on =l= 0;
relu_1_13_3_pre_when_active.. - 1*pre_1_13_3 + 1*post_1_13_3 + 53.33717710096817*relu_1_13_3_on =l= 53.33717710096817;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 59.49940723355775*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 59.49940723355775*relu_1_14_0_on =l= 59.49940723355775;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 59.49940723355775*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 59.49940723355775*relu_1_14_1_on =l= 59.49940723355775;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2_off_when_inactive.. + 1*post_1_14_2 - 59.49940723355775*relu_1_14_2_on =l= 0;
relu_1_14_2_pre_when_active.. - 1*pre_1_14_2 + 1*post_1_14_2 + 59.49940723355775*relu_1_14_2_on =l= 59.49940723355775;
relu_1_14_3_above_pre.. + 1*pre_1_14_3 - 1*post_1_14_3 =l= 0;
relu_1_14_3_off_when_inactive.. + 1*post_1_14_3 - 59.49940723355775*relu_1_14_3_on =l= 0;
relu_1_14_3_pre_when_active.. - 1*pre_1_14_3 + 1*post_1_14_3 + 59.49940723355775*relu_1_14_3_on =l= 59.49940723355775;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0_off_when_inactive.. + 1*post_1_15_0 - 45.988383659042405*relu_1_15_0_on =l= 0;
relu_1_15_0_pre_when_active.. - 1*pre_1_15_0 + 1*post_1_15_0 + 45.988383659042405*relu_1_15_0_on =l= 45.988383659042405;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1_off_when_inactive.. + 1*post_1_15_1 - 45.988383659042405*relu_1_15_1_on =l= 0;
relu_1_15_1_pre_when_active.. - 1*pre_1_15_1 + 1*post_1_15_1 + 45.988383659042405*relu_1_15_1_on =l= 45.988383659042405;
relu_1_15_2_above_pre.. + 1*pre_1_15_2 - 1*post_1_15_2 =l= 0;
relu_1_15_2_off_when_inactive.. + 1*post_1_15_2 - 45.988383659042405*relu_1_15_2_on =l= 0;
relu_1_15_2_pre_when_active.. - 1*pre_1_15_2 + 1*post_1_15_2 + 45.988383659042405*relu_1_15_2_on =l= 45.988383659042405;
relu_1_15_3_above_pre.. + 1*pre_1_15_3 - 1*post_1_15_3 =l= 0;
relu_1_15_3_off_when_inactive.. + 1*post_1_15_3 - 45.988383659042405*relu_1_15_3_on =l= 0;
relu_1_15_3_pre_when_active.. - 1*pre_1_15_3 + 1*post_1_15_3 + 45.988383659042405*relu_1_15_3_on =l= 45.988383659042405;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0_off_when_inactive.. + 1*post_1_16_0 - 52.15061379163199*relu_1_16_0_on =l= 0;
relu_1_16_0_pre_when_active.. - 1*pre_1_16_0 + 1*post_1_16_0 + 52.15061379163199*relu_1_16_0_on =l= 52.15061379163199;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1_off_when_inactive.. + 1*post_1_16_1 - 52.15061379163199*relu_1_16_1_on =l= 0;
relu_1_16_1_pre_when_active.. - 1*pre_1_16_1 + 1*post_1_16_1 + 52.15061379163199*relu_1_16_1_on =l= 52.15061379163199;
relu_1_16_2_above_pre.. + 1*pre_1_16_2 - 1*post_1_16_2 =l= 0;
relu_1_16_2_off_when_inactive.. + 1*post_1_16_2 - 52.15061379163199*relu_1_16_2_on =l= 0;
relu_1_16_2_pre_when_active.. - 1*pre_1_16_2 + 1*post_1_16_2 + 52.15061379163199*relu_1_16_2_on =l= 52.15061379163199;
relu_1_16_3_above_pre.. + 1*pre_1_16_3 - 1*post_1_16_3 =l= 0;
relu_1_16_3_off_when_inactive.. + 1*post_1_16_3 - 52.15061379163199*relu_1_16_3_on =l= 0;
relu_1_16_3_pre_when_active.. - 1*pre_1_16_3 + 1*post_1_16_3 + 52.15061379163199*relu_1_16_3_on =l= 52.15061379163199;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0_off_when_inactive.. + 1*post_1_17_0 - 58.31284392422158*relu_1_17_0_on =l= 0;
relu_1_17_0_pre_when_active.. - 1*pre_1_17_0 + 1*post_1_17_0 + 58.31284392422158*relu_1_17_0_on =l= 58.31284392422158;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1_off_when_inactive.. + 1*post_1_17_1 - 58.31284392422158*relu_1_17_1_on =l= 0;
relu_1_17_1_pre_when_active.. - 1*pre_1_17_1 + 1*post_1_17_1 + 58.31284392422158*relu_1_17_1_on =l= 58.31284392422158;
relu_1_17_2_above_pre.. + 1*pre_1_17_2 - 1*post_1_17_2 =l= 0;
relu_1_17_2_off_when_inactive.. + 1*post_1_17_2 - 58.31284392422158*relu_1_17_2_on =l= 0;
relu_1_17_2_pre_when_active.. - 1*pre_1_17_2 + 1*post_1_17_2 + 58.31284392422158*relu_1_17_2_on =l= 58.31284392422158;
relu_1_17_3_above_pre.. + 1*pre_1_17_3 - 1*post_1_17_3 =l= 0;
relu_1_17_3_off_when_inactive.. + 1*post_1_17_3 - 58.31284392422158*relu_1_17_3_on =l= 0;
relu_1_17_3_pre_when_active.. - 1*pre_1_17_3 + 1*post_1_17_3 + 58.31284392422158*relu_1_17_3_on =l= 58.31284392422158;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0_off_when_inactive.. + 1*post_1_18_0 - 44.80182034970623*relu_1_18_0_on =l= 0;
relu_1_18_0_pre_when_active.. - 1*pre_1_18_0 + 1*post_1_18_0 + 44.80182034970623*relu_1_18_0_on =l= 44.80182034970623;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1_off_when_inactive.. + 1*post_1_18_1 - 44.80182034970623*relu_1_18_1_on =l= 0;
relu_1_18_1_pre_when_active.. - 1*pre_1_18_1 + 1*post_1_18_1 + 44.80182034970623*relu_1_18_1_on =l= 44.80182034970623;
relu_1_18_2_above_pre.. + 1*pre_1_18_2 - 1*post_1_18_2 =l= 0;
relu_1_18_2_off_when_inactive.. + 1*post_1_18_2 - 44.80182034970623*relu_1_18_2_on =l= 0;
relu_1_18_2_pre_when_active.. - 1*pre_1_18_2 + 1*post_1_18_2 + 44.80182034970623*relu_1_18_2_on =l= 44.80182034970623;
relu_1_18_3_above_pre.. + 1*pre_1_18_3 - 1*post_1_18_3 =l= 0;
relu_1_18_3_off_when_inactive.. + 1*post_1_18_3 - 44.80182034970623*relu_1_18_3_on =l= 0;
relu_1_18_3_pre_when_active.. - 1*pre_1_18_3 + 1*post_1_18_3 + 44.80182034970623*relu_1_18_3_on =l= 44.80182034970623;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0_off_when_inactive.. + 1*post_1_19_0 - 50.964050482295825*relu_1_19_0_on =l= 0;
relu_1_19_0_pre_when_active.. - 1*pre_1_19_0 + 1*post_1_19_0 + 50.964050482295825*relu_1_19_0_on =l= 50.964050482295825;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1_off_when_inactive.. + 1*post_1_19_1 - 50.964050482295825*relu_1_19_1_on =l= 0;
relu_1_19_1_pre_when_active.. - 1*pre_1_19_1 + 1*post_1_19_1 + 50.964050482295825*relu_1_19_1_on =l= 50.964050482295825;
relu_1_19_2_above_pre.. + 1*pre_1_19_2 - 1*post_1_19_2 =l= 0;
relu_1_19_2_off_when_inactive.. + 1*post_1_19_2 - 50.964050482295825*relu_1_19_2_on =l= 0;
relu_1_19_2_pre_when_active.. - 1*pre_1_19_2 + 1*post_1_19_2 + 50.964050482295825*relu_1_19_2_on =l= 50.964050482295825;
relu_1_19_3_above_pre.. + 1*pre_1_19_3 - 1*post_1_19_3 =l= 0;
relu_1_19_3_off_when_inactive.. + 1*post_1_19_3 - 50.964050482295825*relu_1_19_3_on =l= 0;
relu_1_19_3_pre_when_active.. - 1*pre_1_19_3 + 1*post_1_19_3 + 50.964050482295825*relu_1_19_3_on =l= 50.964050482295825;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0_off_when_inactive.. + 1*post_1_20_0 - 57.12628061488541*relu_1_20_0_on =l= 0;
relu_1_20_0_pre_when_active.. - 1*pre_1_20_0 + 1*post_1_20_0 + 57.12628061488541*relu_1_20_0_on =l= 57.12628061488541;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1_off_when_inactive.. + 1*post_1_20_1 - 57.12628061488541*relu_1_20_1_on =l= 0;
relu_1_20_1_pre_when_active.. - 1*pre_1_20_1 + 1*post_1_20_1 + 57.12628061488541*relu_1_20_1_on =l= 57.12628061488541;
relu_1_20_2_above_pre.. + 1*pre_1_20_2 - 1*post_1_20_2 =l= 0;
relu_1_20_2_off_when_inactive.. + 1*post_1_20_2 - 57.12628061488541*relu_1_20_2_on =l= 0;
relu_1_20_2_pre_when_active.. - 1*pre_1_20_2 + 1*post_1_20_2 + 57.12628061488541*relu_1_20_2_on =l= 57.12628061488541;
relu_1_20_3_above_pre.. + 1*pre_1_20_3 - 1*post_1_20_3 =l= 0;
relu_1_20_3_off_when_inactive.. + 1*post_1_20_3 - 57.12628061488541*relu_1_20_3_on =l= 0;
relu_1_20_3_pre_when_active.. - 1*pre_1_20_3 + 1*post_1_20_3 + 57.12628061488541*relu_1_20_3_on =l= 57.12628061488541;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0_off_when_inactive.. + 1*post_1_21_0 - 30.563060637672177*relu_1_21_0_on =l= 0;
relu_1_21_0_pre_when_active.. - 1*pre_1_21_0 + 1*post_1_21_0 + 30.563060637672177*relu_1_21_0_on =l= 30.563060637672177;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1_off_when_inactive.. + 1*post_1_21_1 - 30.563060637672177*relu_1_21_1_on =l= 0;
relu_1_21_1_pre_when_active.. - 1*pre_1_21_1 + 1*post_1_21_1 + 30.563060637672177*relu_1_21_1_on =l= 30.563060637672177;
relu_1_21_2_above_pre.. + 1*pre_1_21_2 - 1*post_1_21_2 =l= 0;
relu_1_21_2_off_when_inactive.. + 1*post_1_21_2 - 30.563060637672177*relu_1_21_2_on =l= 0;
relu_1_21_2_pre_when_active.. - 1*pre_1_21_2 + 1*post_1_21_2 + 30.563060637672177*relu_1_21_2_on =l= 30.563060637672177;
relu_1_21_3_above_pre.. + 1*pre_1_21_3 - 1*post_1_21_3 =l= 0;
relu_1_21_3_off_when_inactive.. + 1*post_1_21_3 - 30.563060637672177*relu_1_21_3_on =l= 0;
relu_1_21_3_pre_when_active.. - 1*pre_1_21_3 + 1*post_1_21_3 + 30.563060637672177*relu_1_21_3_on =l= 30.563060637672177;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0_off_when_inactive.. + 1*post_1_22_0 - 36.725290770261765*relu_1_22_0_on =l= 0;
relu_1_22_0_pre_when_active.. - 1*pre_1_22_0 + 1*post_1_22_0 + 36.725290770261765*relu_1_22_0_on =l= 36.725290770261765;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1_off_when_inactive.. + 1*post_1_22_1 - 36.725290770261765*relu_1_22_1_on =l= 0;
relu_1_22_1_pre_when_active.. - 1*pre_1_22_1 + 1*post_1_22_1 + 36.725290770261765*relu_1_22_1_on =l= 36.725290770261765;
relu_1_22_2_above_pre.. + 1*pre_1_22_2 - 1*post_1_22_2 =l= 0;
relu_1_22_2_off_when_inactive.. + 1*post_1_22_2 - 36.725290770261765*relu_1_22_2_on =l= 0;
relu_1_22_2_pre_when_active.. - 1*pre_1_22_2 + 1*post_1_22_2 + 36.725290770261765*relu_1_22_2_on =l= 36.725290770261765;
relu_1_22_3_above_pre.. + 1*pre_1_22_3 - 1*post_1_22_3 =l= 0;
relu_1_22_3_off_when_inactive.. + 1*post_1_22_3 - 36.725290770261765*relu_1_22_3_on =l= 0;
relu_1_22_3_pre_when_active.. - 1*pre_1_22_3 + 1*post_1_22_3 + 36.725290770261765*relu_1_22_3_on =l= 36.725290770261765;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0_off_when_inactive.. + 1*post_1_23_0 - 42.88752090285135*relu_1_23_0_on =l= 0;
relu_1_23_0_pre_when_active.. - 1*pre_1_23_0 + 1*post_1_23_0 + 42.88752090285135*relu_1_23_0_on =l= 42.88752090285135;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1_off_when_inactive.. + 1*post_1_23_1 - 42.88752090285135*relu_1_23_1_on =l= 0;
relu_1_23_1_pre_when_active.. - 1*pre_1_23_1 + 1*post_1_23_1 + 42.88752090285135*relu_1_23_1_on =l= 42.88752090285135;
relu_1_23_2_above_pre.. + 1*pre_1_23_2 - 1*post_1_23_2 =l= 0;
relu_1_23_2_off_when_inactive.. + 1*post_1_23_2 - 42.88752090285135*relu_1_23_2_on =l= 0;
relu_1_23_2_pre_when_active.. - 1*pre_1_23_2 + 1*post_1_23_2 + 42.88752090285135*relu_1_23_2_on =l= 42.88752090285135;
relu_1_23_3_above_pre.. + 1*pre_1_23_3 - 1*post_1_23_3 =l= 0;
relu_1_23_3_off_when_inactive.. + 1*post_1_23_3 - 42.88752090285135*relu_1_23_3_on =l= 0;
relu_1_23_3_pre_when_active.. - 1*pre_1_23_3 + 1*post_1_23_3 + 42.88752090285135*relu_1_23_3_on =l= 42.88752090285135;
relu_1_24_0_above_pre.. + 1*pre_1_24_0 - 1*post_1_24_0 =l= 0;
relu_1_24_0_off_when_inactive.. + 1*post_1_24_0 - 29.581063418014484*relu_1_24_0_on =l= 0;
relu_1_24_0_pre_when_active.. - 1*pre_1_24_0 + 1*post_1_24_0 + 29.581063418014484*relu_1_24_0_on =l= 29.581063418014484;
relu_1_24_1_above_pre.. + 1*pre_1_24_1 - 1*post_1_24_1 =l= 0;
relu_1_24_1_off_when_inactive.. + 1*post_1_24_1 - 29.581063418014484*relu_1_24_1_on =l= 0;
relu_1_24_1_pre_when_active.. - 1*pre_1_24_1 + 1*post_1_24_1 + 29.581063418014484*relu_1_24_1_on =l= 29.581063418014484;
relu_1_24_2_above_pre.. + 1*pre_1_24_2 - 1*post_1_24_2 =l= 0;
relu_1_24_2_off_when_inactive.. + 1*post_1_24_2 - 29.581063418014484*relu_1_24_2_on =l= 0;
relu_1_24_2_pre_when_active.. - 1*pre_1_24_2 + 1*post_1_24_2 + 29.581063418014484*relu_1_24_2_on =l= 29.581063418014484;
relu_1_24_3_above_pre.. + 1*pre_1_24_3 - 1*post_1_24_3 =l= 0;
relu_1_24_3_off_when_inactive.. + 1*post_1_24_3 - 29.581063418014484*relu_1_24_3_on =l= 0;
relu_1_24_3_pre_when_active.. - 1*pre_1_24_3 + 1*post_1_24_3 + 29.581063418014484*relu_1_24_3_on =l= 29.581063418014484;
relu_1_25_0_above_pre.. + 1*pre_1_25_0 - 1*post_1_25_0 =l= 0;
relu_1_25_0_off_when_inactive.. + 1*post_1_25_0 - 34.32731665535917*relu_1_25_0_on =l= 0;
relu_1_25_0_pre_when_active.. - 1*pre_1_25_0 + 1*post_1_25_0 + 34.32731665535917*relu_1_25_0_on =l= 34.32731665535917;
relu_1_25_1_above_pre.. + 1*pre_1_25_1 - 1*post_1_25_1 =l= 0;
relu_1_25_1_off_when_inactive.. + 1*post_1_25_1 - 34.32731665535917*relu_1_25_1_on =l= 0;
relu_1_25_1_pre_when_active.. - 1*pre_1_25_1 + 1*post_1_25_1 + 34.32731665535917*relu_1_25_1_on =l= 34.32731665535917;
relu_1_25_2_above_pre.. + 1*pre_1_25_2 - 1*post_1_25_2 =l= 0;
relu_1_25_2_off_when_inactive.. + 1*post_1_25_2 - 34.32731665535917*relu_1_25_2_on =l= 0;
relu_1_25_2_pre_when_active.. - 1*pre_1_25_2 + 1*post_1_25_2 + 34.32731665535917*relu_1_25_2_on =l= 34.32731665535917;
relu_1_25_3_above_pre.. + 1*pre_1_25_3 - 1*post_1_25_3 =l= 0;
relu_1_25_3_off_when_inactive.. + 1*post_1_25_3 - 34.32731665535917*relu_1_25_3_on =l= 0;
relu_1_25_3_pre_when_active.. - 1*pre_1_25_3 + 1*post_1_25_3 + 34.32731665535917*relu_1_25_3_on =l= 34.32731665535917;
relu_1_26_0_above_pre.. + 1*pre_1_26_0 - 1*post_1_26_0 =l= 0;
relu_1_26_0_off_when_inactive.. + 1*post_1_26_0 - 39.07356989270386*relu_1_26_0_on =l= 0;
relu_1_26_0_pre_when_active.. - 1*pre_1_26_0 + 1*post_1_26_0 + 39.07356989270386*relu_1_26_0_on =l= 39.07356989270386;
relu_1_26_1_above_pre.. + 1*pre_1_26_1 - 1*post_1_26_1 =l= 0;
relu_1_26_1_off_when_inactive.. + 1*post_1_26_1 - 39.07356989270386*relu_1_26_1_on =l= 0;
relu_1_26_1_pre_when_active.. - 1*pre_1_26_1 + 1*post_1_26_1 + 39.07356989270386*relu_1_26_1_on =l= 39.07356989270386;
relu_1_26_2_above_pre.. + 1*pre_1_26_2 - 1*post_1_26_2 =l= 0;
relu_1_26_2_off_when_inactive.. + 1*post_1_26_2 - 39.07356989270386*relu_1_26_2_on =l= 0;
relu_1_26_2_pre_when_active.. - 1*pre_1_26_2 + 1*post_1_26_2 + 39.07356989270386*relu_1_26_2_on =l= 39.07356989270386;
relu_1_26_3_above_pre.. + 1*pre_1_26_3 - 1*post_1_26_3 =l= 0;
relu_1_26_3_off_when_inactive.. + 1*post_1_26_3 - 39.07356989270386*relu_1_26_3_on =l= 0;
relu_1_26_3_pre_when_active.. - 1*pre_1_26_3 + 1*post_1_26_3 + 39.07356989270386*relu_1_26_3_on =l= 39.07356989270386;
relu_1_27_0_above_pre.. + 1*pre_1_27_0 - 1*post_1_27_0 =l= 0;
relu_1_27_0_off_when_inactive.. + 1*post_1_27_0 - 31.12162095116188*relu_1_27_0_on =l= 0;
relu_1_27_0_pre_when_active.. - 1*pre_1_27_0 + 1*post_1_27_0 + 31.12162095116188*relu_1_27_0_on =l= 31.12162095116188;
relu_1_27_1_above_pre.. + 1*pre_1_27_1 - 1*post_1_27_1 =l= 0;
relu_1_27_1_off_when_inactive.. + 1*post_1_27_1 - 31.12162095116188*relu_1_27_1_on =l= 0;
relu_1_27_1_pre_when_active.. - 1*pre_1_27_1 + 1*post_1_27_1 + 31.12162095116188*relu_1_27_1_on =l= 31.12162095116188;
relu_1_27_2_above_pre.. + 1*pre_1_27_2 - 1*post_1_27_2 =l= 0;
relu_1_27_2_off_when_inactive.. + 1*post_1_27_2 - 31.12162095116188*relu_1_27_2_on =l= 0;
relu_1_27_2_pre_when_active.. - 1*pre_1_27_2 + 1*post_1_27_2 + 31.12162095116188*relu_1_27_2_on =l= 31.12162095116188;
relu_1_27_3_above_pre.. + 1*pre_1_27_3 - 1*post_1_27_3 =l= 0;
relu_1_27_3_off_when_inactive.. + 1*post_1_27_3 - 31.12162095116188*relu_1_27_3_on =l= 0;
relu_1_27_3_pre_when_active.. - 1*pre_1_27_3 + 1*post_1_27_3 + 31.12162095116188*relu_1_27_3_on =l= 31.12162095116188;
relu_1_28_0_above_pre.. + 1*pre_1_28_0 - 1*post_1_28_0 =l= 0;
relu_1_28_0_off_when_inactive.. + 1*post_1_28_0 - 35.86787418850656*relu_1_28_0_on =l= 0;
relu_1_28_0_pre_when_active.. - 1*pre_1_28_0 + 1*post_1_28_0 + 35.86787418850656*relu_1_28_0_on =l= 35.86787418850656;
relu_1_28_1_above_pre.. + 1*pre_1_28_1 - 1*post_1_28_1 =l= 0;
relu_1_28_1_off_when_inactive.. + 1*post_1_28_1 - 35.86787418850656*relu_1_28_1_on =l= 0;
relu_1_28_1_pre_when_active.. - 1*pre_1_28_1 + 1*post_1_28_1 + 35.86787418850656*relu_1_28_1_on =l= 35.86787418850656;
relu_1_28_2_above_pre.. + 1*pre_1_28_2 - 1*post_1_28_2 =l= 0;
relu_1_28_2_off_when_inactive.. + 1*post_1_28_2 - 35.86787418850656*relu_1_28_2_on =l= 0;
relu_1_28_2_pre_when_active.. - 1*pre_1_28_2 + 1*post_1_28_2 + 35.86787418850656*relu_1_28_2_on =l= 35.86787418850656;
relu_1_28_3_above_pre.. + 1*pre_1_28_3 - 1*post_1_28_3 =l= 0;
relu_1_28_3_off_when_inactive.. + 1*post_1_28_3 - 35.86787418850656*relu_1_28_3_on =l= 0;
relu_1_28_3_pre_when_active.. - 1*pre_1_28_3 + 1*post_1_28_3 + 35.86787418850656*relu_1_28_3_on =l= 35.86787418850656;
relu_1_29_0_above_pre.. + 1*pre_1_29_0 - 1*post_1_29_0 =l= 0;
relu_1_29_0_off_when_inactive.. + 1*post_1_29_0 - 40.61412742585125*relu_1_29_0_on =l= 0;
relu_1_29_0_pre_when_active.. - 1*pre_1_29_0 + 1*post_1_29_0 + 40.61412742585125*relu_1_29_0_on =l= 40.61412742585125;
relu_1_29_1_above_pre.. + 1*pre_1_29_1 - 1*post_1_29_1 =l= 0;
relu_1_29_1_off_when_inactive.. + 1*post_1_29_1 - 40.61412742585125*relu_1_29_1_on =l= 0;
relu_1_29_1_pre_when_active.. - 1*pre_1_29_1 + 1*post_1_29_1 + 40.61412742585125*relu_1_29_1_on =l= 40.61412742585125;
relu_1_29_2_above_pre.. + 1*pre_1_29_2 - 1*post_1_29_2 =l= 0;
relu_1_29_2_off_when_inactive.. + 1*post_1_29_2 - 40.61412742585125*relu_1_29_2_on =l= 0;
relu_1_29_2_pre_when_active.. - 1*pre_1_29_2 + 1*post_1_29_2 + 40.61412742585125*relu_1_29_2_on =l= 40.61412742585125;
relu_1_29_3_above_pre.. + 1*pre_1_29_3 - 1*post_1_29_3 =l= 0;
relu_1_29_3_off_when_inactive.. + 1*post_1_29_3 - 40.61412742585125*relu_1_29_3_on =l= 0;
relu_1_29_3_pre_when_active.. - 1*pre_1_29_3 + 1*post_1_29_3 + 40.61412742585125*relu_1_29_3_on =l= 40.61412742585125;
relu_1_30_0_above_pre.. + 1*pre_1_30_0 - 1*post_1_30_0 =l= 0;
relu_1_30_0_off_when_inactive.. + 1*post_1_30_0 - 32.66217848430928*relu_1_30_0_on =l= 0;
relu_1_30_0_pre_when_active.. - 1*pre_1_30_0 + 1*post_1_30_0 + 32.66217848430928*relu_1_30_0_on =l= 32.66217848430928;
relu_1_30_1_above_pre.. + 1*pre_1_30_1 - 1*post_1_30_1 =l= 0;
relu_1_30_1_off_when_inactive.. + 1*post_1_30_1 - 32.66217848430928*relu_1_30_1_on =l= 0;
relu_1_30_1_pre_when_active.. - 1*pre_1_30_1 + 1*post_1_30_1 + 32.66217848430928*relu_1_30_1_on =l= 32.66217848430928;
relu_1_30_2_above_pre.. + 1*pre_1_30_2 - 1*post_1_30_2 =l= 0;
relu_1_30_2_off_when_inactive.. + 1*post_1_30_2 - 32.66217848430928*relu_1_30_2_on =l= 0;
relu_1_30_2_pre_when_active.. - 1*pre_1_30_2 + 1*post_1_30_2 + 32.66217848430928*relu_1_30_2_on =l= 32.66217848430928;
relu_1_30_3_above_pre.. + 1*pre_1_30_3 - 1*post_1_30_3 =l= 0;
relu_1_30_3_off_when_inactive.. + 1*post_1_30_3 - 32.66217848430928*relu_1_30_3_on =l= 0;
relu_1_30_3_pre_when_active.. - 1*pre_1_30_3 + 1*post_1_30_3 + 32.66217848430928*relu_1_30_3_on =l= 32.66217848430928;
relu_1_31_0_above_pre.. + 1*pre_1_31_0 - 1*post_1_31_0 =l= 0;
relu_1_31_0_off_when_inactive.. + 1*post_1_31_0 - 37.40843172165396*relu_1_31_0_on =l= 0;
relu_1_31_0_pre_when_active.. - 1*pre_1_31_0 + 1*post_1_31_0 + 37.40843172165396*relu_1_31_0_on =l= 37.40843172165396;
relu_1_31_1_above_pre.. + 1*pre_1_31_1 - 1*post_1_31_1 =l= 0;
relu_1_31_1_off_when_inactive.. + 1*post_1_31_1 - 37.40843172165396*relu_1_31_1_on =l= 0;
relu_1_31_1_pre_when_active.. - 1*pre_1_31_1 + 1*post_1_31_1 + 37.40843172165396*relu_1_31_1_on =l= 37.40843172165396;
relu_1_31_2_above_pre.. + 1*pre_1_31_2 - 1*post_1_31_2 =l= 0;
relu_1_31_2_off_when_inactive.. + 1*post_1_31_2 - 37.40843172165396*relu_1_31_2_on =l= 0;
relu_1_31_2_pre_when_active.. - 1*pre_1_31_2 + 1*post_1_31_2 + 37.40843172165396*relu_1_31_2_on =l= 37.40843172165396;
relu_1_31_3_above_pre.. + 1*pre_1_31_3 - 1*post_1_31_3 =l= 0;
relu_1_31_3_off_when_inactive.. + 1*post_1_31_3 - 37.40843172165396*relu_1_31_3_on =l= 0;
relu_1_31_3_pre_when_active.. - 1*pre_1_31_3 + 1*post_1_31_3 + 37.40843172165396*relu_1_31_3_on =l= 37.40843172165396;
relu_1_32_0_above_pre.. + 1*pre_1_32_0 - 1*post_1_32_0 =l= 0;
relu_1_32_0_off_when_inactive.. + 1*post_1_32_0 - 42.15468495899865*relu_1_32_0_on =l= 0;
relu_1_32_0_pre_when_active.. - 1*pre_1_32_0 + 1*post_1_32_0 + 42.15468495899865*relu_1_32_0_on =l= 42.15468495899865;
relu_1_32_1_above_pre.. + 1*pre_1_32_1 - 1*post_1_32_1 =l= 0;
relu_1_32_1_off_when_inactive.. + 1*post_1_32_1 - 42.15468495899865*relu_1_32_1_on =l= 0;
relu_1_32_1_pre_when_active.. - 1*pre_1_32_1 + 1*post_1_32_1 + 42.15468495899865*relu_1_32_1_on =l= 42.15468495899865;
relu_1_32_2_above_pre.. + 1*pre_1_32_2 - 1*post_1_32_2 =l= 0;
relu_1_32_2_off_when_inactive.. + 1*post_1_32_2 - 42.15468495899865*relu_1_32_2_on =l= 0;
relu_1_32_2_pre_when_active.. - 1*pre_1_32_2 + 1*post_1_32_2 + 42.15468495899865*relu_1_32_2_on =l= 42.15468495899865;
relu_1_32_3_above_pre.. + 1*pre_1_32_3 - 1*post_1_32_3 =l= 0;
relu_1_32_3_off_when_inactive.. + 1*post_1_32_3 - 42.15468495899865*relu_1_32_3_on =l= 0;
relu_1_32_3_pre_when_active.. - 1*pre_1_32_3 + 1*post_1_32_3 + 42.15468495899865*relu_1_32_3_on =l= 42.15468495899865;
relu_1_33_0_above_pre.. + 1*pre_1_33_0 - 1*post_1_33_0 =l= 0;
relu_1_33_0_off_when_inactive.. + 1*post_1_33_0 - 34.20273601745667*relu_1_33_0_on =l= 0;
relu_1_33_0_pre_when_active.. - 1*pre_1_33_0 + 1*post_1_33_0 + 34.20273601745667*relu_1_33_0_on =l= 34.20273601745667;
relu_1_33_1_above_pre.. + 1*pre_1_33_1 - 1*post_1_33_1 =l= 0;
relu_1_33_1_off_when_inactive.. + 1*post_1_33_1 - 34.20273601745667*relu_1_33_1_on =l= 0;
relu_1_33_1_pre_when_active.. - 1*pre_1_33_1 + 1*post_1_33_1 + 34.20273601745667*relu_1_33_1_on =l= 34.20273601745667;
relu_1_33_2_above_pre.. + 1*pre_1_33_2 - 1*post_1_33_2 =l= 0;
relu_1_33_2_off_when_inactive.. + 1*post_1_33_2 - 34.20273601745667*relu_1_33_2_on =l= 0;
relu_1_33_2_pre_when_active.. - 1*pre_1_33_2 + 1*post_1_33_2 + 34.20273601745667*relu_1_33_2_on =l= 34.20273601745667;
relu_1_33_3_above_pre.. + 1*pre_1_33_3 - 1*post_1_33_3 =l= 0;
relu_1_33_3_off_when_inactive.. + 1*post_1_33_3 - 34.20273601745667*relu_1_33_3_on =l= 0;
relu_1_33_3_pre_when_active.. - 1*pre_1_33_3 + 1*post_1_33_3 + 34.20273601745667*relu_1_33_3_on =l= 34.20273601745667;
relu_1_34_0_above_pre.. + 1*pre_1_34_0 - 1*post_1_34_0 =l= 0;
relu_1_34_0_off_when_inactive.. + 1*post_1_34_0 - 38.94898925480136*relu_1_34_0_on =l= 0;
relu_1_34_0_pre_when_active.. - 1*pre_1_34_0 + 1*post_1_34_0 + 38.94898925480136*relu_1_34_0_on =l= 38.94898925480136;
relu_1_34_1_above_pre.. + 1*pre_1_34_1 - 1*post_1_34_1 =l= 0;
relu_1_34_1_off_when_inactive.. + 1*post_1_34_1 - 38.94898925480136*relu_1_34_1_on =l= 0;
relu_1_34_1_pre_when_active.. - 1*pre_1_34_1 + 1*post_1_34_1 + 38.94898925480136*relu_1_34_1_on =l= 38.94898925480136;
relu_1_34_2_above_pre.. + 1*pre_1_34_2 - 1*post_1_34_2 =l= 0;
relu_1_34_2_off_when_inactive.. + 1*post_1_34_2 - 38.94898925480136*relu_1_34_2_on =l= 0;
relu_1_34_2_pre_when_active.. - 1*pre_1_34_2 + 1*post_1_34_2 + 38.94898925480136*relu_1_34_2_on =l= 38.94898925480136;
relu_1_34_3_above_pre.. + 1*pre_1_34_3 - 1*post_1_34_3 =l= 0;
relu_1_34_3_off_when_inactive.. + 1*post_1_34_3 - 38.94898925480136*relu_1_34_3_on =l= 0;
relu_1_34_3_pre_when_active.. - 1*pre_1_34_3 + 1*post_1_34_3 + 38.94898925480136*relu_1_34_3_on =l= 38.94898925480136;
relu_1_35_0_above_pre.. + 1*pre_1_35_0 - 1*post_1_35_0 =l= 0;
relu_1_35_0_off_when_inactive.. + 1*post_1_35_0 - 43.69524249214605*relu_1_35_0_on =l= 0;
relu_1_35_0_pre_when_active.. - 1*pre_1_35_0 + 1*post_1_35_0 + 43.69524249214605*relu_1_35_0_on =l= 43.69524249214605;
relu_1_35_1_above_pre.. + 1*pre_1_35_1 - 1*post_1_35_1 =l= 0;
relu_1_35_1_off_when_inactive.. + 1*post_1_35_1 - 43.69524249214605*relu_1_35_1_on =l= 0;
relu_1_35_1_pre_when_active.. - 1*pre_1_35_1 + 1*post_1_35_1 + 43.69524249214605*relu_1_35_1_on =l= 43.69524249214605;
relu_1_35_2_above_pre.. + 1*pre_1_35_2 - 1*post_1_35_2 =l= 0;
relu_1_35_2_off_when_inactive.. + 1*post_1_35_2 - 43.69524249214605*relu_1_35_2_on =l= 0;
relu_1_35_2_pre_when_active.. - 1*pre_1_35_2 + 1*post_1_35_2 + 43.69524249214605*relu_1_35_2_on =l= 43.69524249214605;
relu_1_35_3_above_pre.. + 1*pre_1_35_3 - 1*post_1_35_3 =l= 0;
relu_1_35_3_off_when_inactive.. + 1*post_1_35_3 - 43.69524249214605*relu_1_35_3_on =l= 0;
relu_1_35_3_pre_when_active.. - 1*pre_1_35_3 + 1*post_1_35_3 + 43.69524249214605*relu_1_35_3_on =l= 43.69524249214605;
relu_1_36_0_above_pre.. + 1*pre_1_36_0 - 1*post_1_36_0 =l= 0;
relu_1_36_0_off_when_inactive.. + 1*post_1_36_0 - 41.90552368319366*relu_1_36_0_on =l= 0;
relu_1_36_0_pre_when_active.. - 1*pre_1_36_0 + 1*post_1_36_0 + 41.90552368319366*relu_1_36_0_on =l= 41.90552368319366;
relu_1_36_1_above_pre.. + 1*pre_1_36_1 - 1*post_1_36_1 =l= 0;
relu_1_36_1_off_when_inactive.. + 1*post_1_36_1 - 41.90552368319366*relu_1_36_1_on =l= 0;
relu_1_36_1_pre_when_active.. - 1*pre_1_36_1 + 1*post_1_36_1 + 41.90552368319366*relu_1_36_1_on =l= 41.90552368319366;
relu_1_36_2_above_pre.. + 1*pre_1_36_2 - 1*post_1_36_2 =l= 0;
relu_1_36_2_off_when_inactive.. + 1*post_1_36_2 - 41.90552368319366*relu_1_36_2_on =l= 0;
relu_1_36_2_pre_when_active.. - 1*pre_1_36_2 + 1*post_1_36_2 + 41.90552368319366*relu_1_36_2_on =l= 41.90552368319366;
relu_1_36_3_above_pre.. + 1*pre_1_36_3 - 1*post_1_36_3 =l= 0;
relu_1_36_3_off_when_inactive.. + 1*post_1_36_3 - 41.90552368319366*relu_1_36_3_on =l= 0;
relu_1_36_3_pre_when_active.. - 1*pre_1_36_3 + 1*post_1_36_3 + 41.90552368319366*relu_1_36_3_on =l= 41.90552368319366;
relu_1_37_0_above_pre.. + 1*pre_1_37_0 - 1*post_1_37_0 =l= 0;
relu_1_37_0_off_when_inactive.. + 1*post_1_37_0 - 46.651776920538346*relu_1_37_0_on =l= 0;
relu_1_37_0_pre_when_active.. - 1*pre_1_37_0 + 1*post_1_37_0 + 46.651776920538346*relu_1_37_0_on =l= 46.651776920538346;
relu_1_37_1_above_pre.. + 1*pre_1_37_1 - 1*post_1_37_1 =l= 0;
relu_1_37_1_off_when_inactive.. + 1*post_1_37_1 - 46.651776920538346*relu_1_37_1_on =l= 0;
relu_1_37_1_pre_when_active.. - 1*pre_1_37_1 + 1*post_1_37_1 + 46.651776920538346*relu_1_37_1_on =l= 46.651776920538346;
relu_1_37_2_above_pre.. + 1*pre_1_37_2 - 1*post_1_37_2 =l= 0;
relu_1_37_2_off_when_inactive.. + 1*post_1_37_2 - 46.651776920538346*relu_1_37_2_on =l= 0;
relu_1_37_2_pre_when_active.. - 1*pre_1_37_2 + 1*post_1_37_2 + 46.651776920538346*relu_1_37_2_on =l= 46.651776920538346;
relu_1_37_3_above_pre.. + 1*pre_1_37_3 - 1*post_1_37_3 =l= 0;
relu_1_37_3_off_when_inactive.. + 1*post_1_37_3 - 46.651776920538346*relu_1_37_3_on =l= 0;
relu_1_37_3_pre_when_active.. - 1*pre_1_37_3 + 1*post_1_37_3 + 46.651776920538346*relu_1_37_3_on =l= 46.651776920538346;
relu_1_38_0_above_pre.. + 1*pre_1_38_0 - 1*post_1_38_0 =l= 0;
relu_1_38_0_off_when_inactive.. + 1*post_1_38_0 - 51.39803015788303*relu_1_38_0_on =l= 0;
relu_1_38_0_pre_when_active.. - 1*pre_1_38_0 + 1*post_1_38_0 + 51.39803015788303*relu_1_38_0_on =l= 51.39803015788303;
relu_1_38_1_above_pre.. + 1*pre_1_38_1 - 1*post_1_38_1 =l= 0;
relu_1_38_1_off_when_inactive.. + 1*post_1_38_1 - 51.39803015788303*relu_1_38_1_on =l= 0;
relu_1_38_1_pre_when_active.. - 1*pre_1_38_1 + 1*post_1_38_1 + 51.39803015788303*relu_1_38_1_on =l= 51.39803015788303;
relu_1_38_2_above_pre.. + 1*pre_1_38_2 - 1*post_1_38_2 =l= 0;
relu_1_38_2_off_when_inactive.. + 1*post_1_38_2 - 51.39803015788303*relu_1_38_2_on =l= 0;
relu_1_38_2_pre_when_active.. - 1*pre_1_38_2 + 1*post_1_38_2 + 51.39803015788303*relu_1_38_2_on =l= 51.39803015788303;
relu_1_38_3_above_pre.. + 1*pre_1_38_3 - 1*post_1_38_3 =l= 0;
relu_1_38_3_off_when_inactive.. + 1*post_1_38_3 - 51.39803015788303*relu_1_38_3_on =l= 0;
relu_1_38_3_pre_when_active.. - 1*pre_1_38_3 + 1*post_1_38_3 + 51.39803015788303*relu_1_38_3_on =l= 51.39803015788303;
relu_1_39_0_above_pre.. + 1*pre_1_39_0 - 1*post_1_39_0 =l= 0;
relu_1_39_0_off_when_inactive.. + 1*post_1_39_0 - 44.986638749488456*relu_1_39_0_on =l= 0;
relu_1_39_0_pre_when_active.. - 1*pre_1_39_0 + 1*post_1_39_0 + 44.986638749488456*relu_1_39_0_on =l= 44.986638749488456;
relu_1_39_1_above_pre.. + 1*pre_1_39_1 - 1*post_1_39_1 =l= 0;
relu_1_39_1_off_when_inactive.. + 1*post_1_39_1 - 44.986638749488456*relu_1_39_1_on =l= 0;
relu_1_39_1_pre_when_active.. - 1*pre_1_39_1 + 1*post_1_39_1 + 44.986638749488456*relu_1_39_1_on =l= 44.986638749488456;
relu_1_39_2_above_pre.. + 1*pre_1_39_2 - 1*post_1_39_2 =l= 0;
relu_1_39_2_off_when_inactive.. + 1*post_1_39_2 - 44.986638749488456*relu_1_39_2_on =l= 0;
relu_1_39_2_pre_when_active.. - 1*pre_1_39_2 + 1*post_1_39_2 + 44.986638749488456*relu_1_39_2_on =l= 44.986638749488456;
relu_1_39_3_above_pre.. + 1*pre_1_39_3 - 1*post_1_39_3 =l= 0;
relu_1_39_3_off_when_inactive.. + 1*post_1_39_3 - 44.986638749488456*relu_1_39_3_on =l= 0;
relu_1_39_3_pre_when_active.. - 1*pre_1_39_3 + 1*post_1_39_3 + 44.986638749488456*relu_1_39_3_on =l= 44.986638749488456;
relu_1_40_0_above_pre.. + 1*pre_1_40_0 - 1*post_1_40_0 =l= 0;
relu_1_40_0_off_when_inactive.. + 1*post_1_40_0 - 49.73289198683314*relu_1_40_0_on =l= 0;
relu_1_40_0_pre_when_active.. - 1*pre_1_40_0 + 1*post_1_40_0 + 49.73289198683314*relu_1_40_0_on =l= 49.73289198683314;
relu_1_40_1_above_pre.. + 1*pre_1_40_1 - 1*post_1_40_1 =l= 0;
relu_1_40_1_off_when_inactive.. + 1*post_1_40_1 - 49.73289198683314*relu_1_40_1_on =l= 0;
relu_1_40_1_pre_when_active.. - 1*pre_1_40_1 + 1*post_1_40_1 + 49.73289198683314*relu_1_40_1_on =l= 49.73289198683314;
relu_1_40_2_above_pre.. + 1*pre_1_40_2 - 1*post_1_40_2 =l= 0;
relu_1_40_2_off_when_inactive.. + 1*post_1_40_2 - 49.73289198683314*relu_1_40_2_on =l= 0;
relu_1_40_2_pre_when_active.. - 1*pre_1_40_2 + 1*post_1_40_2 + 49.73289198683314*relu_1_40_2_on =l= 49.73289198683314;
relu_1_40_3_above_pre.. + 1*pre_1_40_3 - 1*post_1_40_3 =l= 0;
relu_1_40_3_off_when_inactive.. + 1*post_1_40_3 - 49.73289198683314*relu_1_40_3_on =l= 0;
relu_1_40_3_pre_when_active.. - 1*pre_1_40_3 + 1*post_1_40_3 + 49.73289198683314*relu_1_40_3_on =l= 49.73289198683314;
relu_1_41_0_above_pre.. + 1*pre_1_41_0 - 1*post_1_41_0 =l= 0;
relu_1_41_0_off_when_inactive.. + 1*post_1_41_0 - 54.47914522417783*relu_1_41_0_on =l= 0;
relu_1_41_0_pre_when_active.. - 1*pre_1_41_0 + 1*post_1_41_0 + 54.47914522417783*relu_1_41_0_on =l= 54.47914522417783;
relu_1_41_1_above_pre.. + 1*pre_1_41_1 - 1*post_1_41_1 =l= 0;
relu_1_41_1_off_when_inactive.. + 1*post_1_41_1 - 54.47914522417783*relu_1_41_1_on =l= 0;
relu_1_41_1_pre_when_active.. - 1*pre_1_41_1 + 1*post_1_41_1 + 54.47914522417783*relu_1_41_1_on =l= 54.47914522417783;
relu_1_41_2_above_pre.. + 1*pre_1_41_2 - 1*post_1_41_2 =l= 0;
relu_1_41_2_off_when_inactive.. + 1*post_1_41_2 - 54.47914522417783*relu_1_41_2_on =l= 0;
relu_1_41_2_pre_when_active.. - 1*pre_1_41_2 + 1*post_1_41_2 + 54.47914522417783*relu_1_41_2_on =l= 54.47914522417783;
relu_1_41_3_above_pre.. + 1*pre_1_41_3 - 1*post_1_41_3 =l= 0;
relu_1_41_3_off_when_inactive.. + 1*post_1_41_3 - 54.47914522417783*relu_1_41_3_on =l= 0;
relu_1_41_3_pre_when_active.. - 1*pre_1_41_3 + 1*post_1_41_3 + 54.47914522417783*relu_1_41_3_on =l= 54.47914522417783;
relu_1_42_0_above_pre.. + 1*pre_1_42_0 - 1*post_1_42_0 =l= 0;
relu_1_42_0_off_when_inactive.. + 1*post_1_42_0 - 48.06775381578325*relu_1_42_0_on =l= 0;
relu_1_42_0_pre_when_active.. - 1*pre_1_42_0 + 1*post_1_42_0 + 48.06775381578325*relu_1_42_0_on =l= 48.06775381578325;
relu_1_42_1_above_pre.. + 1*pre_1_42_1 - 1*post_1_42_1 =l= 0;
relu_1_42_1_off_when_inactive.. + 1*post_1_42_1 - 48.06775381578325*relu_1_42_1_on =l= 0;
relu_1_42_1_pre_when_active.. - 1*pre_1_42_1 + 1*post_1_42_1 + 48.06775381578325*relu_1_42_1_on =l= 48.06775381578325;
relu_1_42_2_above_pre.. + 1*pre_1_42_2 - 1*post_1_42_2 =l= 0;
relu_1_42_2_off_when_inactive.. + 1*post_1_42_2 - 48.06775381578325*relu_1_42_2_on =l= 0;
relu_1_42_2_pre_when_active.. - 1*pre_1_42_2 + 1*post_1_42_2 + 48.06775381578325*relu_1_42_2_on =l= 48.06775381578325;
relu_1_42_3_above_pre.. + 1*pre_1_42_3 - 1*post_1_42_3 =l= 0;
relu_1_42_3_off_when_inactive.. + 1*post_1_42_3 - 48.06775381578325*relu_1_42_3_on =l= 0;
relu_1_42_3_pre_when_active.. - 1*pre_1_42_3 + 1*post_1_42_3 + 48.06775381578325*relu_1_42_3_on =l= 48.06775381578325;
relu_1_43_0_above_pre.. + 1*pre_1_43_0 - 1*post_1_43_0 =l= 0;
relu_1_43_0_off_when_inactive.. + 1*post_1_43_0 - 52.81400705312794*relu_1_43_0_on =l= 0;
relu_1_43_0_pre_when_active.. - 1*pre_1_43_0 + 1*post_1_43_0 + 52.81400705312794*relu_1_43_0_on =l= 52.81400705312794;
relu_1_43_1_above_pre.. + 1*pre_1_43_1 - 1*post_1_43_1 =l= 0;
relu_1_43_1_off_when_inactive.. + 1*post_1_43_1 - 52.81400705312794*relu_1_43_1_on =l= 0;
relu_1_43_1_pre_when_active.. - 1*pre_1_43_1 + 1*post_1_43_1 + 52.81400705312794*relu_1_43_1_on =l= 52.81400705312794;
relu_1_43_2_above_pre.. + 1*pre_1_43_2 - 1*post_1_43_2 =l= 0;
relu_1_43_2_off_when_inactive.. + 1*post_1_43_2 - 52.81400705312794*relu_1_43_2_on =l= 0;
relu_1_43_2_pre_when_active.. - 1*pre_1_43_2 + 1*post_1_43_2 + 52.81400705312794*relu_1_43_2_on =l= 52.81400705312794;
relu_1_43_3_above_pre.. + 1*pre_1_43_3 - 1*post_1_43_3 =l= 0;
relu_1_43_3_off_when_inactive.. + 1*post_1_43_3 - 52.81400705312794*relu_1_43_3_on =l= 0;
relu_1_43_3_pre_when_active.. - 1*pre_1_43_3 + 1*post_1_43_3 + 52.81400705312794*relu_1_43_3_on =l= 52.81400705312794;
relu_1_44_0_above_pre.. + 1*pre_1_44_0 - 1*post_1_44_0 =l= 0;
relu_1_44_0_off_when_inactive.. + 1*post_1_44_0 - 57.56026029047262*relu_1_44_0_on =l= 0;
relu_1_44_0_pre_when_active.. - 1*pre_1_44_0 + 1*post_1_44_0 + 57.56026029047262*relu_1_44_0_on =l= 57.56026029047262;
relu_1_44_1_above_pre.. + 1*pre_1_44_1 - 1*post_1_44_1 =l= 0;
relu_1_44_1_off_when_inactive.. + 1*post_1_44_1 - 57.56026029047262*relu_1_44_1_on =l= 0;
relu_1_44_1_pre_when_active.. - 1*pre_1_44_1 + 1*post_1_44_1 + 57.56026029047262*relu_1_44_1_on =l= 57.56026029047262;
relu_1_44_2_above_pre.. + 1*pre_1_44_2 - 1*post_1_44_2 =l= 0;
relu_1_44_2_off_when_inactive.. + 1*post_1_44_2 - 57.56026029047262*relu_1_44_2_on =l= 0;
relu_1_44_2_pre_when_active.. - 1*pre_1_44_2 + 1*post_1_44_2 + 57.56026029047262*relu_1_44_2_on =l= 57.56026029047262;
relu_1_44_3_above_pre.. + 1*pre_1_44_3 - 1*post_1_44_3 =l= 0;
relu_1_44_3_off_when_inactive.. + 1*post_1_44_3 - 57.56026029047262*relu_1_44_3_on =l= 0;
relu_1_44_3_pre_when_active.. - 1*pre_1_44_3 + 1*post_1_44_3 + 57.56026029047262*relu_1_44_3_on =l= 57.56026029047262;
relu_1_45_0_above_pre.. + 1*pre_1_45_0 - 1*post_1_45_0 =l= 0;
relu_1_45_0_off_when_inactive.. + 1*post_1_45_0 - 25.81680740032749*relu_1_45_0_on =l= 0;
relu_1_45_0_pre_when_active.. - 1*pre_1_45_0 + 1*post_1_45_0 + 25.81680740032749*relu_1_45_0_on =l= 25.81680740032749;
relu_1_45_1_above_pre.. + 1*pre_1_45_1 - 1*post_1_45_1 =l= 0;
relu_1_45_1_off_when_inactive.. + 1*post_1_45_1 - 25.81680740032749*relu_1_45_1_on =l= 0;
relu_1_45_1_pre_when_active.. - 1*pre_1_45_1 + 1*post_1_45_1 + 25.81680740032749*relu_1_45_1_on =l= 25.81680740032749;
relu_1_45_2_above_pre.. + 1*pre_1_45_2 - 1*post_1_45_2 =l= 0;
relu_1_45_2_off_when_inactive.. + 1*post_1_45_2 - 25.81680740032749*relu_1_45_2_on =l= 0;
relu_1_45_2_pre_when_active.. - 1*pre_1_45_2 + 1*post_1_45_2 + 25.81680740032749*relu_1_45_2_on =l= 25.81680740032749;
relu_1_45_3_above_pre.. + 1*pre_1_45_3 - 1*post_1_45_3 =l= 0;
relu_1_45_3_off_when_inactive.. + 1*post_1_45_3 - 25.81680740032749*relu_1_45_3_on =l= 0;
relu_1_45_3_pre_when_active.. - 1*pre_1_45_3 + 1*post_1_45_3 + 25.81680740032749*relu_1_45_3_on =l= 25.81680740032749;

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
