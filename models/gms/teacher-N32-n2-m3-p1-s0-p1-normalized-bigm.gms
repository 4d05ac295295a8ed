* teacher-N32-n2-m3-p1-s0-p1-normalized-bigm  (relu-opt library: teacher-N32-n2-m3-p1-s0, problem 1, normalized-bigm; {"hidden": [3], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_0_2, u_1_0, u_1_1, u_1_2, u_2_0,
  u_2_1, u_2_2, pre_1_0_0, pre_1_0_1, pre_1_0_2, pre_1_1_0, pre_1_1_1, pre_1_1_2,
  pre_1_2_0, pre_1_2_1, pre_1_2_2, pre_1_3_0, pre_1_3_1, pre_1_3_2, pre_1_4_0, pre_1_4_1,
  pre_1_4_2, pre_1_5_0, pre_1_5_1, pre_1_5_2, pre_1_6_0, pre_1_6_1, pre_1_6_2, pre_1_7_0,
  pre_1_7_1, pre_1_7_2, pre_1_8_0, pre_1_8_1, pre_1_8_2, pre_1_9_0, pre_1_9_1, pre_1_9_2,
  pre_1_10_0, pre_1_10_1, pre_1_10_2, pre_1_11_0, pre_1_11_1, pre_1_11_2, pre_1_12_0, pre_1_12_1,
  pre_1_12_2, pre_1_13_0, pre_1_13_1, pre_1_13_2, pre_1_14_0, pre_1_14_1, pre_1_14_2, pre_1_15_0,
  pre_1_15_1, pre_1_15_2, pre_1_16_0, pre_1_16_1, pre_1_16_2, pre_1_17_0, pre_1_17_1, pre_1_17_2,
  pre_1_18_0, pre_1_18_1, pre_1_18_2, pre_1_19_0, pre_1_19_1, pre_1_19_2, pre_1_20_0, pre_1_20_1,
  pre_1_20_2, pre_1_21_0, pre_1_21_1, pre_1_21_2, pre_1_22_0, pre_1_22_1, pre_1_22_2, pre_1_23_0,
  pre_1_23_1, pre_1_23_2, pre_1_24_0, pre_1_24_1, pre_1_24_2, pre_1_25_0, pre_1_25_1, pre_1_25_2,
  pre_1_26_0, pre_1_26_1, pre_1_26_2, pre_1_27_0, pre_1_27_1, pre_1_27_2, pre_1_28_0, pre_1_28_1,
  pre_1_28_2, pre_1_29_0, pre_1_29_1, pre_1_29_2, pre_1_30_0, pre_1_30_1, pre_1_30_2, pre_1_31_0,
  pre_1_31_1, pre_1_31_2, post_1_0_0, post_1_0_1, post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2,
  post_1_2_0, post_1_2_1, post_1_2_2, post_1_3_0, post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1,
  post_1_4_2, post_1_5_0, post_1_5_1, post_1_5_2, post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0,
  post_1_7_1, post_1_7_2, post_1_8_0, post_1_8_1, post_1_8_2, post_1_9_0, post_1_9_1, post_1_9_2,
  post_1_10_0, post_1_10_1, post_1_10_2, post_1_11_0, post_1_11_1, post_1_11_2, post_1_12_0, post_1_12_1,
  post_1_12_2, post_1_13_0, post_1_13_1, post_1_13_2, post_1_14_0, post_1_14_1, post_1_14_2, post_1_15_0,
  post_1_15_1, post_1_15_2, post_1_16_0, post_1_16_1, post_1_16_2, post_1_17_0, post_1_17_1, post_1_17_2,
  post_1_18_0, post_1_18_1, post_1_18_2, post_1_19_0, post_1_19_1, post_1_19_2, post_1_20_0, post_1_20_1,
  post_1_20_2, post_1_21_0, post_1_21_1, post_1_21_2, post_1_22_0, post_1_22_1, post_1_22_2, post_1_23_0,
  post_1_23_1, post_1_23_2, post_1_24_0, post_1_24_1, post_1_24_2, post_1_25_0, post_1_25_1, post_1_25_2,
  post_1_26_0, post_1_26_1, post_1_26_2, post_1_27_0, post_1_27_1, post_1_27_2, post_1_28_0, post_1_28_1,
  post_1_28_2, post_1_29_0, post_1_29_1, post_1_29_2, post_1_30_0, post_1_30_1, post_1_30_2, post_1_31_0,
  post_1_31_1, post_1_31_2, b_2_0, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0,
  out_5_0, out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0,
  out_13_0, out_14_0, out_15_0, out_16_0, out_17_0, out_18_0, out_19_0, out_20_0,
  out_21_0, out_22_0, out_23_0, out_24_0, out_25_0, out_26_0, out_27_0, out_28_0,
  out_29_0, out_30_0, out_31_0, post_positive_0_0, post_positive_0_1, post_positive_0_2, post_positive_1_0, post_positive_1_1,
  post_positive_1_2, post_positive_2_0, post_positive_2_1, post_positive_2_2, post_positive_3_0, post_positive_3_1, post_positive_3_2, post_positive_4_0,
  post_positive_4_1, post_positive_4_2, post_positive_5_0, post_positive_5_1, post_positive_5_2, post_positive_6_0, post_positive_6_1, post_positive_6_2,
  post_positive_7_0, post_positive_7_1, post_positive_7_2, post_positive_8_0, post_positive_8_1, post_positive_8_2, post_positive_9_0, post_positive_9_1,
  post_positive_9_2, post_positive_10_0, post_positive_10_1, post_positive_10_2, post_positive_11_0, post_positive_11_1, post_positive_11_2, post_positive_12_0,
  post_positive_12_1, post_positive_12_2, post_positive_13_0, post_positive_13_1, post_positive_13_2, post_positive_14_0, post_positive_14_1, post_positive_14_2,
  post_positive_15_0, post_positive_15_1, post_positive_15_2, post_positive_16_0, post_positive_16_1, post_positive_16_2, post_positive_17_0, post_positive_17_1,
  post_positive_17_2, post_positive_18_0, post_positive_18_1, post_positive_18_2, post_positive_19_0, post_positive_19_1, post_positive_19_2, post_positive_20_0,
  post_positive_20_1, post_positive_20_2, post_positive_21_0, post_positive_21_1, post_positive_21_2, post_positive_22_0, post_positive_22_1, post_positive_22_2,
  post_positive_23_0, post_positive_23_1, post_positive_23_2, post_positive_24_0, post_positive_24_1, post_positive_24_2, post_positive_25_0, post_positive_25_1,
  post_positive_25_2, post_positive_26_0, post_positive_26_1, post_positive_26_2, post_positive_27_0, post_positive_27_1, post_positive_27_2, post_positive_28_0,
  post_positive_28_1, post_positive_28_2, post_positive_29_0, post_positive_29_1, post_positive_29_2, post_positive_30_0, post_positive_30_1, post_positive_30_2,
  post_positive_31_0, post_positive_31_1, post_positive_31_2, post_negative_0_0, post_negative_0_1, post_negative_0_2, post_negative_1_0, post_negative_1_1,
  post_negative_1_2, post_negative_2_0, post_negative_2_1, post_negative_2_2, post_negative_3_0, post_negative_3_1, post_negative_3_2, post_negative_4_0,
  post_negative_4_1, post_negative_4_2, post_negative_5_0, post_negative_5_1, post_negative_5_2, post_negative_6_0, post_negative_6_1, post_negative_6_2,
  post_negative_7_0, post_negative_7_1, post_negative_7_2, post_negative_8_0, post_negative_8_1, post_negative_8_2, post_negative_9_0, post_negative_9_1,
  post_negative_9_2, post_negative_10_0, post_negative_10_1, post_negative_10_2, post_negative_11_0, post_negative_11_1, post_negative_11_2, post_negative_12_0,
  post_negative_12_1, post_negative_12_2, post_negative_13_0, post_negative_13_1, post_negative_13_2, post_negative_14_0, post_negative_14_1, post_negative_14_2,
  post_negative_15_0, post_negative_15_1, post_negative_15_2, post_negative_16_0, post_negative_16_1, post_negative_16_2, post_negative_17_0, post_negative_17_1,
  post_negative_17_2, post_negative_18_0, post_negative_18_1, post_negative_18_2, post_negative_19_0, post_negative_19_1, post_negative_19_2, post_negative_20_0,
  post_negative_20_1, post_negative_20_2, post_negative_21_0, post_negative_21_1, post_negative_21_2, post_negative_22_0, post_negative_22_1, post_negative_22_2,
  post_negative_23_0, post_negative_23_1, post_negative_23_2, post_negative_24_0, post_negative_24_1, post_negative_24_2, post_negative_25_0, post_negative_25_1,
  post_negative_25_2, post_negative_26_0, post_negative_26_1, post_negative_26_2, post_negative_27_0, post_negative_27_1, post_negative_27_2, post_negative_28_0,
  post_negative_28_1, post_negative_28_2, post_negative_29_0, post_negative_29_1, post_negative_29_2, post_negative_30_0, post_negative_30_1, post_negative_30_2,
  post_negative_31_0, post_negative_31_1, post_negative_31_2;

Binary Variables
  sign_0, sign_1, sign_2, relu_1_0_0_on, relu_1_0_1_on, relu_1_0_2_on, relu_1_1_0_on, relu_1_1_1_on,
  relu_1_1_2_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_2_2_on, relu_1_3_0_on, relu_1_3_1_on, relu_1_3_2_on, relu_1_4_0_on,
  relu_1_4_1_on, relu_1_4_2_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_5_2_on, relu_1_6_0_on, relu_1_6_1_on, relu_1_6_2_on,
  relu_1_7_0_on, relu_1_7_1_on, relu_1_7_2_on, relu_1_8_0_on, relu_1_8_1_on, relu_1_8_2_on, relu_1_9_0_on, relu_1_9_1_on,
  relu_1_9_2_on, relu_1_10_0_on, relu_1_10_1_on, relu_1_10_2_on, relu_1_11_0_on, relu_1_11_1_on, relu_1_11_2_on, relu_1_12_0_on,
  relu_1_12_1_on, relu_1_12_2_on, relu_1_13_0_on, relu_1_13_1_on, relu_1_13_2_on, relu_1_14_0_on, relu_1_14_1_on, relu_1_14_2_on,
  relu_1_15_0_on, relu_1_15_1_on, relu_1_15_2_on, relu_1_16_0_on, relu_1_16_1_on, relu_1_16_2_on, relu_1_17_0_on, relu_1_17_1_on,
  relu_1_17_2_on, relu_1_18_0_on, relu_1_18_1_on, relu_1_18_2_on, relu_1_19_0_on, relu_1_19_1_on, relu_1_19_2_on, relu_1_20_0_on,
  relu_1_20_1_on, relu_1_20_2_on, relu_1_21_0_on, relu_1_21_1_on, relu_1_21_2_on, relu_1_22_0_on, relu_1_22_1_on, relu_1_22_2_on,
  relu_1_23_0_on, relu_1_23_1_on, relu_1_23_2_on, relu_1_24_0_on, relu_1_24_1_on, relu_1_24_2_on, relu_1_25_0_on, relu_1_25_1_on,
  relu_1_25_2_on, relu_1_26_0_on, relu_1_26_1_on, relu_1_26_2_on, relu_1_27_0_on, relu_1_27_1_on, relu_1_27_2_on, relu_1_28_0_on,
  relu_1_28_1_on, relu_1_28_2_on, relu_1_29_0_on, relu_1_29_1_on, relu_1_29_2_on, relu_1_30_0_on, relu_1_30_1_on, relu_1_30_2_on,
  relu_1_31_0_on, relu_1_31_1_on, relu_1_31_2_on;

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
  pre_definition_1_31_2, post_split_0_0, post_split_0_1, post_split_0_2, post_split_1_0, post_split_1_1, post_split_1_2, post_split_2_0,
  post_split_2_1, post_split_2_2, post_split_3_0, post_split_3_1, post_split_3_2, post_split_4_0, post_split_4_1, post_split_4_2,
  post_split_5_0, post_split_5_1, post_split_5_2, post_split_6_0, post_split_6_1, post_split_6_2, post_split_7_0, post_split_7_1,
  post_split_7_2, post_split_8_0, post_split_8_1, post_split_8_2, post_split_9_0, post_split_9_1, post_split_9_2, post_split_10_0,
  post_split_10_1, post_split_10_2, post_split_11_0, post_split_11_1, post_split_11_2, post_split_12_0, post_split_12_1, post_split_12_2,
  post_split_13_0, post_split_13_1, post_split_13_2, post_split_14_0, post_split_14_1, post_split_14_2, post_split_15_0, post_split_15_1,
  post_split_15_2, post_split_16_0, post_split_16_1, post_split_16_2, post_split_17_0, post_split_17_1, post_split_17_2, post_split_18_0,
  post_split_18_1, post_split_18_2, post_split_19_0, post_split_19_1, post_split_19_2, post_split_20_0, post_split_20_1, post_split_20_2,
  post_split_21_0, post_split_21_1, post_split_21_2, post_split_22_0, post_split_22_1, post_split_22_2, post_split_23_0, post_split_23_1,
  post_split_23_2, post_split_24_0, post_split_24_1, post_split_24_2, post_split_25_0, post_split_25_1, post_split_25_2, post_split_26_0,
  post_split_26_1, post_split_26_2, post_split_27_0, post_split_27_1, post_split_27_2, post_split_28_0, post_split_28_1, post_split_28_2,
  post_split_29_0, post_split_29_1, post_split_29_2, post_split_30_0, post_split_30_1, post_split_30_2, post_split_31_0, post_split_31_1,
  post_split_31_2, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_0_2, positive_if_sign_1_0, positive_if_sign_1_1, positive_if_sign_1_2, positive_if_sign_2_0,
  positive_if_sign_2_1, positive_if_sign_2_2, positive_if_sign_3_0, positive_if_sign_3_1, positive_if_sign_3_2, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_4_2,
  positive_if_sign_5_0, positive_if_sign_5_1, positive_if_sign_5_2, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_6_2, positive_if_sign_7_0, positive_if_sign_7_1,
  positive_if_sign_7_2, positive_if_sign_8_0, positive_if_sign_8_1, positive_if_sign_8_2, positive_if_sign_9_0, positive_if_sign_9_1, positive_if_sign_9_2, positive_if_sign_10_0,
  positive_if_sign_10_1, positive_if_sign_10_2, positive_if_sign_11_0, positive_if_sign_11_1, positive_if_sign_11_2, positive_if_sign_12_0, positive_if_sign_12_1, positive_if_sign_12_2,
  positive_if_sign_13_0, positive_if_sign_13_1, positive_if_sign_13_2, positive_if_sign_14_0, positive_if_sign_14_1, positive_if_sign_14_2, positive_if_sign_15_0, positive_if_sign_15_1,
  positive_if_sign_15_2, positive_if_sign_16_0, positive_if_sign_16_1, positive_if_sign_16_2, positive_if_sign_17_0, positive_if_sign_17_1, positive_if_sign_17_2, positive_if_sign_18_0,
  positive_if_sign_18_1, positive_if_sign_18_2, positive_if_sign_19_0, positive_if_sign_19_1, positive_if_sign_19_2, positive_if_sign_20_0, positive_if_sign_20_1, positive_if_sign_20_2,
  positive_if_sign_21_0, positive_if_sign_21_1, positive_if_sign_21_2, positive_if_sign_22_0, positive_if_sign_22_1, positive_if_sign_22_2, positive_if_sign_23_0, positive_if_sign_23_1,
  positive_if_sign_23_2, positive_if_sign_24_0, positive_if_sign_24_1, positive_if_sign_24_2, positive_if_sign_25_0, positive_if_sign_25_1, positive_if_sign_25_2, positive_if_sign_26_0,
  positive_if_sign_26_1, positive_if_sign_26_2, positive_if_sign_27_0, positive_if_sign_27_1, positive_if_sign_27_2, positive_if_sign_28_0, positive_if_sign_28_1, positive_if_sign_28_2,
  positive_if_sign_29_0, positive_if_sign_29_1, positive_if_sign_29_2, positive_if_sign_30_0, positive_if_sign_30_1, positive_if_sign_30_2, positive_if_sign_31_0, positive_if_sign_31_1,
  positive_if_sign_31_2, negative_unless_sign_0_0, negative_unless_sign_0_1, negative_unless_sign_0_2, negative_unless_sign_1_0, negative_unless_sign_1_1, negative_unless_sign_1_2, negative_unless_sign_2_0,
  negative_unless_sign_2_1, negative_unless_sign_2_2, negative_unless_sign_3_0, negative_unless_sign_3_1, negative_unless_sign_3_2, negative_unless_sign_4_0, negative_unless_sign_4_1, negative_unless_sign_4_2,
  negative_unless_sign_5_0, negative_unless_sign_5_1, negative_unless_sign_5_2, negative_unless_sign_6_0, negative_unless_sign_6_1, negative_unless_sign_6_2, negative_unless_sign_7_0, negative_unless_sign_7_1,
  negative_unless_sign_7_2, negative_unless_sign_8_0, negative_unless_sign_8_1, negative_unless_sign_8_2, negative_unless_sign_9_0, negative_unless_sign_9_1, negative_unless_sign_9_2, negative_unless_sign_10_0,
  negative_unless_sign_10_1, negative_unless_sign_10_2, negative_unless_sign_11_0, negative_unless_sign_11_1, negative_unless_sign_11_2, negative_unless_sign_12_0, negative_unless_sign_12_1, negative_unless_sign_12_2,
  negative_unless_sign_13_0, negative_unless_sign_13_1, negative_unless_sign_13_2, negative_unless_sign_14_0, negative_unless_sign_14_1, negative_unless_sign_14_2, negative_unless_sign_15_0, negative_unless_sign_15_1,
  negative_unless_sign_15_2, negative_unless_sign_16_0, negative_unless_sign_16_1, negative_unless_sign_16_2, negative_unless_sign_17_0, negative_unless_sign_17_1, negative_unless_sign_17_2, negative_unless_sign_18_0,
  negative_unless_sign_18_1, negative_unless_sign_18_2, negative_unless_sign_19_0, negative_unless_sign_19_1, negative_unless_sign_19_2, negative_unless_sign_20_0, negative_unless_sign_20_1, negative_unless_sign_20_2,
  negative_unless_sign_21_0, negative_unless_sign_21_1, negative_unless_sign_21_2, negative_unless_sign_22_0, negative_unless_sign_22_1, negative_unless_sign_22_2, negative_unless_sign_23_0, negative_unless_sign_23_1,
  negative_unless_sign_23_2, negative_unless_sign_24_0, negative_unless_sign_24_1, negative_unless_sign_24_2, negative_unless_sign_25_0, negative_unless_sign_25_1, negative_unless_sign_25_2, negative_unless_sign_26_0,
  negative_unless_sign_26_1, negative_unless_sign_26_2, negative_unless_sign_27_0, negative_unless_sign_27_1, negative_unless_sign_27_2, negative_unless_sign_28_0, negative_unless_sign_28_1, negative_unless_sign_28_2,
  negative_unless_sign_29_0, negative_unless_sign_29_1, negative_unless_sign_29_2, negative_unless_sign_30_0, negative_unless_sign_30_1, negative_unless_sign_30_2, negative_unless_sign_31_0, negative_unless_sign_31_1,
  negative_unless_sign_31_2, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0, out_definition_19_0, out_definition_20_0, out_definition_21_0, out_definition_22_0,
  out_definition_23_0, out_definition_24_0, out_definition_25_0, out_definition_26_0, out_definition_27_0, out_definition_28_0, out_definition_29_0, out_definition_30_0,
  out_definition_31_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_0_2_above_pre,
  relu_1_0_2_off_when_inactive, relu_1_0_2_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active,
  relu_1_1_2_above_pre, relu_1_1_2_off_when_inactive, relu_1_1_2_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive,
  relu_1_2_1_pre_when_active, relu_1_2_2_above_pre, relu_1_2_2_off_when_inactive, relu_1_2_2_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre,
  relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_3_2_above_pre, relu_1_3_2_off_when_inactive, relu_1_3_2_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active,
  relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_4_2_above_pre, relu_1_4_2_off_when_inactive, relu_1_4_2_pre_when_active, relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive,
  relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_5_2_above_pre, relu_1_5_2_off_when_inactive, relu_1_5_2_pre_when_active, relu_1_6_0_above_pre,
  relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active, relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_6_2_above_pre, relu_1_6_2_off_when_inactive, relu_1_6_2_pre_when_active,
  relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive, relu_1_7_1_pre_when_active, relu_1_7_2_above_pre, relu_1_7_2_off_when_inactive,
  relu_1_7_2_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active, relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active, relu_1_8_2_above_pre,
  relu_1_8_2_off_when_inactive, relu_1_8_2_pre_when_active, relu_1_9_0_above_pre, relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active, relu_1_9_1_above_pre, relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active,
  relu_1_9_2_above_pre, relu_1_9_2_off_when_inactive, relu_1_9_2_pre_when_active, relu_1_10_0_above_pre, relu_1_10_0_off_when_inactive, relu_1_10_0_pre_when_active, relu_1_10_1_above_pre, relu_1_10_1_off_when_inactive,
  relu_1_10_1_pre_when_active, relu_1_10_2_above_pre, relu_1_10_2_off_when_inactive, relu_1_10_2_pre_when_active, relu_1_11_0_above_pre, relu_1_11_0_off_when_inactive, relu_1_11_0_pre_when_active, relu_1_11_1_above_pre,
  relu_1_11_1_off_when_inactive, relu_1_11_1_pre_when_active, relu_1_11_2_above_pre, relu_1_11_2_off_when_inactive, relu_1_11_2_pre_when_active, relu_1_12_0_above_pre, relu_1_12_0_off_when_inactive, relu_1_12_0_pre_when_active,
  relu_1_12_1_above_pre, relu_1_12_1_off_when_inactive, relu_1_12_1_pre_when_active, relu_1_12_2_above_pre, relu_1_12_2_off_when_inactive, relu_1_12_2_pre_when_active, relu_1_13_0_above_pre, relu_1_13_0_off_when_inactive,
  relu_1_13_0_pre_when_active, relu_1_13_1_above_pre, relu_1_13_1_off_when_inactive, relu_1_13_1_pre_when_active, relu_1_13_2_above_pre, relu_1_13_2_off_when_inactive, relu_1_13_2_pre_when_active, relu_1_14_0_above_pre,
  relu_1_14_0_off_when_inactive, relu_1_14_0_pre_when_active, relu_1_14_1_above_pre, relu_1_14_1_off_when_inactive, relu_1_14_1_pre_when_active, relu_1_14_2_above_pre, relu_1_14_2_off_when_inactive, relu_1_14_2_pre_when_active,
  relu_1_15_0_above_pre, relu_1_15_0_off_when_inactive, relu_1_15_0_pre_when_active, relu_1_15_1_above_pre, relu_1_15_1_off_when_inactive, relu_1_15_1_pre_when_active, relu_1_15_2_above_pre, relu_1_15_2_off_when_inactive,
  relu_1_15_2_pre_when_active, relu_1_16_0_above_pre, relu_1_16_0_off_when_inactive, relu_1_16_0_pre_when_active, relu_1_16_1_above_pre, relu_1_16_1_off_when_inactive, relu_1_16_1_pre_when_active, relu_1_16_2_above_pre,
  relu_1_16_2_off_when_inactive, relu_1_16_2_pre_when_active, relu_1_17_0_above_pre, relu_1_17_0_off_when_inactive, relu_1_17_0_pre_when_active, relu_1_17_1_above_pre, relu_1_17_1_off_when_inactive, relu_1_17_1_pre_when_active,
  relu_1_17_2_above_pre, relu_1_17_2_off_when_inactive, relu_1_17_2_pre_when_active, relu_1_18_0_above_pre, relu_1_18_0_off_when_inactive, relu_1_18_0_pre_when_active, relu_1_18_1_above_pre, relu_1_18_1_off_when_inactive,
  relu_1_18_1_pre_when_active, relu_1_18_2_above_pre, relu_1_18_2_off_when_inactive, relu_1_18_2_pre_when_active, relu_1_19_0_above_pre, relu_1_19_0_off_when_inactive, relu_1_19_0_pre_when_active, relu_1_19_1_above_pre,
  relu_1_19_1_off_when_inactive, relu_1_19_1_pre_when_active, relu_1_19_2_above_pre, relu_1_19_2_off_when_inactive, relu_1_19_2_pre_when_active, relu_1_20_0_above_pre, relu_1_20_0_off_when_inactive, relu_1_20_0_pre_when_active,
  relu_1_20_1_above_pre, relu_1_20_1_off_when_inactive, relu_1_20_1_pre_when_active, relu_1_20_2_above_pre, relu_1_20_2_off_when_inactive, relu_1_20_2_pre_when_active, relu_1_21_0_above_pre, relu_1_21_0_off_when_inactive,
  relu_1_21_0_pre_when_active, relu_1_21_1_above_pre, relu_1_21_1_off_when_inactive, relu_1_21_1_pre_when_active, relu_1_21_2_above_pre, relu_1_21_2_off_when_inactive, relu_1_21_2_pre_when_active, relu_1_22_0_above_pre,
  relu_1_22_0_off_when_inactive, relu_1_22_0_pre_when_active, relu_1_22_1_above_pre, relu_1_22_1_off_when_inactive, relu_1_22_1_pre_when_active, relu_1_22_2_above_pre, relu_1_22_2_off_when_inactive, relu_1_22_2_pre_when_active,
  relu_1_23_0_above_pre, relu_1_23_0_off_when_inactive, relu_1_23_0_pre_when_active, relu_1_23_1_above_pre, relu_1_23_1_off_when_inactive, relu_1_23_1_pre_when_active, relu_1_23_2_above_pre, relu_1_23_2_off_when_inactive,
  relu_1_23_2_pre_when_active, relu_1_24_0_above_pre, relu_1_24_0_off_when_inactive, relu_1_24_0_pre_when_active, relu_1_24_1_above_pre, relu_1_24_1_off_when_inactive, relu_1_24_1_pre_when_active, relu_1_24_2_above_pre,
  relu_1_24_2_off_when_inactive, relu_1_24_2_pre_when_active, relu_1_25_0_above_pre, relu_1_25_0_off_when_inactive, relu_1_25_0_pre_when_active, relu_1_25_1_above_pre, relu_1_25_1_off_when_inactive, relu_1_25_1_pre_when_active,
  relu_1_25_2_above_pre, relu_1_25_2_off_when_inactive, relu_1_25_2_pre_when_active, relu_1_26_0_above_pre, relu_1_26_0_off_when_inactive, relu_1_26_0_pre_when_active, relu_1_26_1_above_pre, relu_1_26_1_off_when_inactive,
  relu_1_26_1_pre_when_active, relu_1_26_2_above_pre, relu_1_26_2_off_when_inactive, relu_1_26_2_pre_when_active, relu_1_27_0_above_pre, relu_1_27_0_off_when_inactive, relu_1_27_0_pre_when_active, relu_1_27_1_above_pre,
  relu_1_27_1_off_when_inactive, relu_1_27_1_pre_when_active, relu_1_27_2_above_pre, relu_1_27_2_off_when_inactive, relu_1_27_2_pre_when_active, relu_1_28_0_above_pre, relu_1_28_0_off_when_inactive, relu_1_28_0_pre_when_active,
  relu_1_28_1_above_pre, relu_1_28_1_off_when_inactive, relu_1_28_1_pre_when_active, relu_1_28_2_above_pre, relu_1_28_2_off_when_inactive, relu_1_28_2_pre_when_active, relu_1_29_0_above_pre, relu_1_29_0_off_when_inactive,
  relu_1_29_0_pre_when_active, relu_1_29_1_above_pre, relu_1_29_1_off_when_inactive, relu_1_29_1_pre_when_active, relu_1_29_2_above_pre, relu_1_29_2_off_when_inactive, relu_1_29_2_pre_when_active, relu_1_30_0_above_pre,
  relu_1_30_0_off_when_inactive, relu_1_30_0_pre_when_active, relu_1_30_1_above_pre, relu_1_30_1_off_when_inactive, relu_1_30_1_pre_when_active, relu_1_30_2_above_pre, relu_1_30_2_off_when_inactive, relu_1_30_2_pre_when_active,
  relu_1_31_0_above_pre, relu_1_31_0_off_when_inactive, relu_1_31_0_pre_when_active, relu_1_31_1_above_pre, relu_1_31_1_off_when_inactive, relu_1_31_1_pre_when_active, relu_1_31_2_above_pre, relu_1_31_2_off_when_inactive,
  relu_1_31_2_pre_when_active;

e_obj.. - objvar - 2.2662820066717253*out_0_0 - 1.1844539563742285*out_1_0 - 3.321365857919582*out_2_0 - 4.40446714544167*out_3_0 - 2.8646803318241414*out_4_0 - 0.8745722996232967*out_5_0 + 0.21345693089924322*out_6_0
    + 0.09495534651750809*out_7_0 - 0.25659061949059137*out_8_0 - 3.753252542554006*out_9_0 - 1.2926893390784338*out_10_0 - 2.813487128253551*out_11_0 + 0.8342502725440888*out_12_0 - 2.080641975310978*out_13_0 - 2.5411132901085134*out_14_0
    - 2.983156094512497*out_15_0 - 3.015906167946895*out_16_0 - 3.8088093360351203*out_17_0 + 0.43472560633510304*out_18_0 - 0.9839101109491358*out_19_0 - 3.85315767477346*out_20_0 - 3.09163218404774*out_21_0 - 2.920910416151539*out_22_0
    - 3.110691074732489*out_23_0 - 4.168056262206978*out_24_0 - 3.185890411356028*out_25_0 - 3.559324032678262*out_26_0 - 1.5730863126400305*out_27_0 - 2.394349358803234*out_28_0 - 1.4357823107531684*out_29_0 - 0.6720319754183377*out_30_0
    - 1.4718964634360612*out_31_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0) + 1*sqr(out_19_0) + 1*sqr(out_20_0) + 1*sqr(out_21_0) + 1*sqr(out_22_0)
    + 1*sqr(out_23_0) + 1*sqr(out_24_0) + 1*sqr(out_25_0) + 1*sqr(out_26_0) + 1*sqr(out_27_0) + 1*sqr(out_28_0) + 1*sqr(out_29_0) + 1*sqr(out_30_0)
    + 1*sqr(out_31_0) + 52.64200432728436 =e= 0;
pre_definition_1_0_0.. + 0.9328288493890713*u_0_0 - 0.45931089285988813*u_0_1 - 1*u_0_2 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.9328288493890713*u_1_0 - 0.45931089285988813*u_1_1 - 1*u_1_2 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 0.9328288493890713*u_2_0 - 0.45931089285988813*u_2_1 - 1*u_2_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_1_0.. + 0.648688758794882*u_0_0 - 0.7263578446997732*u_0_1 - 1*u_0_2 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.648688758794882*u_1_0 - 0.7263578446997732*u_1_1 - 1*u_1_2 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.648688758794882*u_2_0 - 0.7263578446997732*u_2_1 - 1*u_2_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_2_0.. - 0.08292244049818343*u_0_0 + 0.40057621892523043*u_0_1 - 1*u_0_2 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.08292244049818343*u_1_0 + 0.40057621892523043*u_1_1 - 1*u_1_2 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. - 0.08292244049818343*u_2_0 + 0.40057621892523043*u_2_1 - 1*u_2_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_3_0.. + 0.1546255576046831*u_0_0 + 0.9433606577090741*u_0_1 - 1*u_0_2 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.1546255576046831*u_1_0 + 0.9433606577090741*u_1_1 - 1*u_1_2 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. + 0.1546255576046831*u_2_0 + 0.9433606577090741*u_2_1 - 1*u_2_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_4_0.. + 0.7514334470008721*u_0_0 - 0.34124882938726064*u_0_1 - 1*u_0_2 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.7514334470008721*u_1_0 - 0.34124882938726064*u_1_1 - 1*u_1_2 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. + 0.7514334470008721*u_2_0 - 0.34124882938726064*u_2_1 - 1*u_2_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_5_0.. - 0.2943790231485002*u_0_0 - 0.2307702229625077*u_0_1 - 1*u_0_2 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.2943790231485002*u_1_0 - 0.2307702229625077*u_1_1 - 1*u_1_2 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.2943790231485002*u_2_0 - 0.2307702229625077*u_2_1 - 1*u_2_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_6_0.. + 0.23264489147623313*u_0_0 - 0.994419871578422*u_0_1 - 1*u_0_2 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.23264489147623313*u_1_0 - 0.994419871578422*u_1_1 - 1*u_1_2 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. + 0.23264489147623313*u_2_0 - 0.994419871578422*u_2_1 - 1*u_2_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_7_0.. - 0.9616706775524602*u_0_0 - 0.3710839689613894*u_0_1 - 1*u_0_2 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.9616706775524602*u_1_0 - 0.3710839689613894*u_1_1 - 1*u_1_2 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 0.9616706775524602*u_2_0 - 0.3710839689613894*u_2_1 - 1*u_2_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_8_0.. - 0.3009185525356326*u_0_0 - 0.37689346114188016*u_0_1 - 1*u_0_2 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.3009185525356326*u_1_0 - 0.37689346114188016*u_1_1 - 1*u_1_2 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 0.3009185525356326*u_2_0 - 0.37689346114188016*u_2_1 - 1*u_2_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_9_0.. + 0.22215715204179243*u_0_0 + 0.7298069899551776*u_0_1 - 1*u_0_2 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. + 0.22215715204179243*u_1_0 + 0.7298069899551776*u_1_1 - 1*u_1_2 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. + 0.22215715204179243*u_2_0 + 0.7298069899551776*u_2_1 - 1*u_2_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_10_0.. - 0.4429766803881634*u_0_0 - 0.050708644951451776*u_0_1 - 1*u_0_2 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.4429766803881634*u_1_0 - 0.050708644951451776*u_1_1 - 1*u_1_2 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 0.4429766803881634*u_2_0 - 0.050708644951451776*u_2_1 - 1*u_2_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_11_0.. + 0.3795162488820887*u_0_0 + 0.028329282336421846*u_0_1 - 1*u_0_2 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.3795162488820887*u_1_0 + 0.028329282336421846*u_1_1 - 1*u_1_2 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. + 0.3795162488820887*u_2_0 + 0.028329282336421846*u_2_1 - 1*u_2_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_12_0.. - 0.7789756686980005*u_0_0 - 0.8680870319124994*u_0_1 - 1*u_0_2 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.7789756686980005*u_1_0 - 0.8680870319124994*u_1_1 - 1*u_1_2 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 0.7789756686980005*u_2_0 - 0.8680870319124994*u_2_1 - 1*u_2_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_13_0.. + 0.28440960658185954*u_0_0 - 0.14305966145952187*u_0_1 - 1*u_0_2 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.28440960658185954*u_1_0 - 0.14305966145952187*u_1_1 - 1*u_1_2 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. + 0.28440960658185954*u_2_0 - 0.14305966145952187*u_2_1 - 1*u_2_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_14_0.. + 0.3562612178481157*u_0_0 - 0.1886000603993936*u_0_1 - 1*u_0_2 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. + 0.3562612178481157*u_1_0 - 0.1886000603993936*u_1_1 - 1*u_1_2 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. + 0.3562612178481157*u_2_0 - 0.1886000603993936*u_2_1 - 1*u_2_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_15_0.. + 0.3241775489857335*u_0_0 + 0.21676199894367754*u_0_1 - 1*u_0_2 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.3241775489857335*u_1_0 + 0.21676199894367754*u_1_1 - 1*u_1_2 + 1*pre_1_15_1 =e= 0;
pre_definition_1_15_2.. + 0.3241775489857335*u_2_0 + 0.21676199894367754*u_2_1 - 1*u_2_2 + 1*pre_1_15_2 =e= 0;
pre_definition_1_16_0.. - 0.7805487040095846*u_0_0 + 0.5456848129332406*u_0_1 - 1*u_0_2 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. - 0.7805487040095846*u_1_0 + 0.5456848129332406*u_1_1 - 1*u_1_2 + 1*pre_1_16_1 =e= 0;
pre_definition_1_16_2.. - 0.7805487040095846*u_2_0 + 0.5456848129332406*u_2_1 - 1*u_2_2 + 1*pre_1_16_2 =e= 0;
pre_definition_1_17_0.. - 0.24637428937208483*u_0_0 + 0.8319693128352303*u_0_1 - 1*u_0_2 + 1*pre_1_17_0 =e= 0;
pre_definition_1_17_1.. - 0.24637428937208483*u_1_0 + 0.8319693128352303*u_1_1 - 1*u_1_2 + 1*pre_1_17_1 =e= 0;
pre_definition_1_17_2.. - 0.24637428937208483*u_2_0 + 0.8319693128352303*u_2_1 - 1*u_2_2 + 1*pre_1_17_2 =e= 0;
pre_definition_1_18_0.. - 0.6652882953067956*u_0_0 - 0.5741966149773667*u_0_1 - 1*u_0_2 + 1*pre_1_18_0 =e= 0;
pre_definition_1_18_1.. - 0.6652882953067956*u_1_0 - 0.5741966149773667*u_1_1 - 1*u_1_2 + 1*pre_1_18_1 =e= 0;
pre_definition_1_18_2.. - 0.6652882953067956*u_2_0 - 0.5741966149773667*u_2_1 - 1*u_2_2 + 1*pre_1_18_2 =e= 0;
pre_definition_1_19_0.. + 0.5212611140140957*u_0_0 - 0.7529684616214076*u_0_1 - 1*u_0_2 + 1*pre_1_19_0 =e= 0;
pre_definition_1_19_1.. + 0.5212611140140957*u_1_0 - 0.7529684616214076*u_1_1 - 1*u_1_2 + 1*pre_1_19_1 =e= 0;
pre_definition_1_19_2.. + 0.5212611140140957*u_2_0 - 0.7529684616214076*u_2_1 - 1*u_2_2 + 1*pre_1_19_2 =e= 0;
pre_definition_1_20_0.. + 0.8828639303896113*u_0_0 + 0.32776587890867925*u_0_1 - 1*u_0_2 + 1*pre_1_20_0 =e= 0;
pre_definition_1_20_1.. + 0.8828639303896113*u_1_0 + 0.32776587890867925*u_1_1 - 1*u_1_2 + 1*pre_1_20_1 =e= 0;
pre_definition_1_20_2.. + 0.8828639303896113*u_2_0 + 0.32776587890867925*u_2_1 - 1*u_2_2 + 1*pre_1_20_2 =e= 0;
pre_definition_1_21_0.. + 0.6994410662103219*u_0_0 + 0.09932126670142605*u_0_1 - 1*u_0_2 + 1*pre_1_21_0 =e= 0;
pre_definition_1_21_1.. + 0.6994410662103219*u_1_0 + 0.09932126670142605*u_1_1 - 1*u_1_2 + 1*pre_1_21_1 =e= 0;
pre_definition_1_21_2.. + 0.6994410662103219*u_2_0 + 0.09932126670142605*u_2_1 - 1*u_2_2 + 1*pre_1_21_2 =e= 0;
pre_definition_1_22_0.. - 0.5926485405745885*u_0_0 + 0.5387155820125051*u_0_1 - 1*u_0_2 + 1*pre_1_22_0 =e= 0;
pre_definition_1_22_1.. - 0.5926485405745885*u_1_0 + 0.5387155820125051*u_1_1 - 1*u_1_2 + 1*pre_1_22_1 =e= 0;
pre_definition_1_22_2.. - 0.5926485405745885*u_2_0 + 0.5387155820125051*u_2_1 - 1*u_2_2 + 1*pre_1_22_2 =e= 0;
pre_definition_1_23_0.. + 0.8959573978711808*u_0_0 + 0.1908963203569436*u_0_1 - 1*u_0_2 + 1*pre_1_23_0 =e= 0;
pre_definition_1_23_1.. + 0.8959573978711808*u_1_0 + 0.1908963203569436*u_1_1 - 1*u_1_2 + 1*pre_1_23_1 =e= 0;
pre_definition_1_23_2.. + 0.8959573978711808*u_2_0 + 0.1908963203569436*u_2_1 - 1*u_2_2 + 1*pre_1_23_2 =e= 0;
pre_definition_1_24_0.. + 0.6029739109814893*u_0_0 + 0.8184939087617562*u_0_1 - 1*u_0_2 + 1*pre_1_24_0 =e= 0;
pre_definition_1_24_1.. + 0.6029739109814893*u_1_0 + 0.8184939087617562*u_1_1 - 1*u_1_2 + 1*pre_1_24_1 =e= 0;
pre_definition_1_24_2.. + 0.6029739109814893*u_2_0 + 0.8184939087617562*u_2_1 - 1*u_2_2 + 1*pre_1_24_2 =e= 0;
pre_definition_1_25_0.. - 0.16066477197370133*u_0_0 + 0.4026077343621548*u_0_1 - 1*u_0_2 + 1*pre_1_25_0 =e= 0;
pre_definition_1_25_1.. - 0.16066477197370133*u_1_0 + 0.4026077343621548*u_1_1 - 1*u_1_2 + 1*pre_1_25_1 =e= 0;
pre_definition_1_25_2.. - 0.16066477197370133*u_2_0 + 0.4026077343621548*u_2_1 - 1*u_2_2 + 1*pre_1_25_2 =e= 0;
pre_definition_1_26_0.. - 0.34398975591271874*u_0_0 + 0.6009691120635734*u_0_1 - 1*u_0_2 + 1*pre_1_26_0 =e= 0;
pre_definition_1_26_1.. - 0.34398975591271874*u_1_0 + 0.6009691120635734*u_1_1 - 1*u_1_2 + 1*pre_1_26_1 =e= 0;
pre_definition_1_26_2.. - 0.34398975591271874*u_2_0 + 0.6009691120635734*u_2_1 - 1*u_2_2 + 1*pre_1_26_2 =e= 0;
pre_definition_1_27_0.. - 0.8842262210129956*u_0_0 + 0.2697796635103429*u_0_1 - 1*u_0_2 + 1*pre_1_27_0 =e= 0;
pre_definition_1_27_1.. - 0.8842262210129956*u_1_0 + 0.2697796635103429*u_1_1 - 1*u_1_2 + 1*pre_1_27_1 =e= 0;
pre_definition_1_27_2.. - 0.8842262210129956*u_2_0 + 0.2697796635103429*u_2_1 - 1*u_2_2 + 1*pre_1_27_2 =e= 0;
pre_definition_1_28_0.. + 0.789009440859541*u_0_0 - 0.25821630307941845*u_0_1 - 1*u_0_2 + 1*pre_1_28_0 =e= 0;
pre_definition_1_28_1.. + 0.789009440859541*u_1_0 - 0.25821630307941845*u_1_1 - 1*u_1_2 + 1*pre_1_28_1 =e= 0;
pre_definition_1_28_2.. + 0.789009440859541*u_2_0 - 0.25821630307941845*u_2_1 - 1*u_2_2 + 1*pre_1_28_2 =e= 0;
pre_definition_1_29_0.. - 0.8543091061357349*u_0_0 + 0.11924569056843204*u_0_1 - 1*u_0_2 + 1*pre_1_29_0 =e= 0;
pre_definition_1_29_1.. - 0.8543091061357349*u_1_0 + 0.11924569056843204*u_1_1 - 1*u_1_2 + 1*pre_1_29_1 =e= 0;
pre_definition_1_29_2.. - 0.8543091061357349*u_2_0 + 0.11924569056843204*u_2_1 - 1*u_2_2 + 1*pre_1_29_2 =e= 0;
pre_definition_1_30_0.. - 0.9091809873814745*u_0_0 + 0.00020837262470596585*u_0_1 - 1*u_0_2 + 1*pre_1_30_0 =e= 0;
pre_definition_1_30_1.. - 0.9091809873814745*u_1_0 + 0.00020837262470596585*u_1_1 - 1*u_1_2 + 1*pre_1_30_1 =e= 0;
pre_definition_1_30_2.. - 0.9091809873814745*u_2_0 + 0.00020837262470596585*u_2_1 - 1*u_2_2 + 1*pre_1_30_2 =e= 0;
pre_definition_1_31_0.. + 0.14954275030184894*u_0_0 - 0.24042690403075562*u_0_1 - 1*u_0_2 + 1*pre_1_31_0 =e= 0;
pre_definition_1_31_1.. + 0.14954275030184894*u_1_0 - 0.24042690403075562*u_1_1 - 1*u_1_2 + 1*pre_1_31_1 =e= 0;
pre_definition_1_31_2.. + 0.14954275030184894*u_2_0 - 0.24042690403075562*u_2_1 - 1*u_2_2 + 1*pre_1_31_2 =e= 0;
post_split_0_0.. + 1*post_1_0_0 - 1*post_positive_0_0 - 1*post_negative_0_0 =e= 0;
post_split_0_1.. + 1*post_1_0_1 - 1*post_positive_0_1 - 1*post_negative_0_1 =e= 0;
post_split_0_2.. + 1*post_1_0_2 - 1*post_positive_0_2 - 1*post_negative_0_2 =e= 0;
post_split_1_0.. + 1*post_1_1_0 - 1*post_positive_1_0 - 1*post_negative_1_0 =e= 0;
post_split_1_1.. + 1*post_1_1_1 - 1*post_positive_1_1 - 1*post_negative_1_1 =e= 0;
post_split_1_2.. + 1*post_1_1_2 - 1*post_positive_1_2 - 1*post_negative_1_2 =e= 0;
post_split_2_0.. + 1*post_1_2_0 - 1*post_positive_2_0 - 1*post_negative_2_0 =e= 0;
post_split_2_1.. + 1*post_1_2_1 - 1*post_positive_2_1 - 1*post_negative_2_1 =e= 0;
post_split_2_2.. + 1*post_1_2_2 - 1*post_positive_2_2 - 1*post_negative_2_2 =e= 0;
post_split_3_0.. + 1*post_1_3_0 - 1*post_positive_3_0 - 1*post_negative_3_0 =e= 0;
post_split_3_1.. + 1*post_1_3_1 - 1*post_positive_3_1 - 1*post_negative_3_1 =e= 0;
post_split_3_2.. + 1*post_1_3_2 - 1*post_positive_3_2 - 1*post_negative_3_2 =e= 0;
post_split_4_0.. + 1*post_1_4_0 - 1*post_positive_4_0 - 1*post_negative_4_0 =e= 0;
post_split_4_1.. + 1*post_1_4_1 - 1*post_positive_4_1 - 1*post_negative_4_1 =e= 0;
post_split_4_2.. + 1*post_1_4_2 - 1*post_positive_4_2 - 1*post_negative_4_2 =e= 0;
post_split_5_0.. + 1*post_1_5_0 - 1*post_positive_5_0 - 1*post_negative_5_0 =e= 0;
post_split_5_1.. + 1*post_1_5_1 - 1*post_positive_5_1 - 1*post_negative_5_1 =e= 0;
post_split_5_2.. + 1*post_1_5_2 - 1*post_positive_5_2 - 1*post_negative_5_2 =e= 0;
post_split_6_0.. + 1*post_1_6_0 - 1*post_positive_6_0 - 1*post_negative_6_0 =e= 0;
post_split_6_1.. + 1*post_1_6_1 - 1*post_positive_6_1 - 1*post_negative_6_1 =e= 0;
post_split_6_2.. + 1*post_1_6_2 - 1*post_positive_6_2 - 1*post_negative_6_2 =e= 0;
post_split_7_0.. + 1*post_1_7_0 - 1*post_positive_7_0 - 1*post_negative_7_0 =e= 0;
post_split_7_1.. + 1*post_1_7_1 - 1*post_positive_7_1 - 1*post_negative_7_1 =e= 0;
post_split_7_2.. + 1*post_1_7_2 - 1*post_positive_7_2 - 1*post_negative_7_2 =e= 0;
post_split_8_0.. + 1*post_1_8_0 - 1*post_positive_8_0 - 1*post_negative_8_0 =e= 0;
post_split_8_1.. + 1*post_1_8_1 - 1*post_positive_8_1 - 1*post_negative_8_1 =e= 0;
post_split_8_2.. + 1*post_1_8_2 - 1*post_positive_8_2 - 1*post_negative_8_2 =e= 0;
post_split_9_0.. + 1*post_1_9_0 - 1*post_positive_9_0 - 1*post_negative_9_0 =e= 0;
post_split_9_1.. + 1*post_1_9_1 - 1*post_positive_9_1 - 1*post_negative_9_1 =e= 0;
post_split_9_2.. + 1*post_1_9_2 - 1*post_positive_9_2 - 1*post_negative_9_2 =e= 0;
post_split_10_0.. + 1*post_1_10_0 - 1*post_positive_10_0 - 1*post_negative_10_0 =e= 0;
post_split_10_1.. + 1*post_1_10_1 - 1*post_positive_10_1 - 1*post_negative_10_1 =e= 0;
post_split_10_2.. + 1*post_1_10_2 - 1*post_positive_10_2 - 1*post_negative_10_2 =e= 0;
post_split_11_0.. + 1*post_1_11_0 - 1*post_positive_11_0 - 1*post_negative_11_0 =e= 0;
post_split_11_1.. + 1*post_1_11_1 - 1*post_positive_11_1 - 1*post_negative_11_1 =e= 0;
post_split_11_2.. + 1*post_1_11_2 - 1*post_positive_11_2 - 1*post_negative_11_2 =e= 0;
post_split_12_0.. + 1*post_1_12_0 - 1*post_positive_12_0 - 1*post_negative_12_0 =e= 0;
post_split_12_1.. + 1*post_1_12_1 - 1*post_positive_12_1 - 1*post_negative_12_1 =e= 0;
post_split_12_2.. + 1*post_1_12_2 - 1*post_positive_12_2 - 1*post_negative_12_2 =e= 0;
post_split_13_0.. + 1*post_1_13_0 - 1*post_positive_13_0 - 1*post_negative_13_0 =e= 0;
post_split_13_1.. + 1*post_1_13_1 - 1*post_positive_13_1 - 1*post_negative_13_1 =e= 0;
post_split_13_2.. + 1*post_1_13_2 - 1*post_positive_13_2 - 1*post_negative_13_2 =e= 0;
post_split_14_0.. + 1*post_1_14_0 - 1*post_positive_14_0 - 1*post_negative_14_0 =e= 0;
post_split_14_1.. + 1*post_1_14_1 - 1*post_positive_14_1 - 1*post_negative_14_1 =e= 0;
post_split_14_2.. + 1*post_1_14_2 - 1*post_positive_14_2 - 1*post_negative_14_2 =e= 0;
post_split_15_0.. + 1*post_1_15_0 - 1*post_positive_15_0 - 1*post_negative_15_0 =e= 0;
post_split_15_1.. + 1*post_1_15_1 - 1*post_positive_15_1 - 1*post_negative_15_1 =e= 0;
post_split_15_2.. + 1*post_1_15_2 - 1*post_positive_15_2 - 1*post_negative_15_2 =e= 0;
post_split_16_0.. + 1*post_1_16_0 - 1*post_positive_16_0 - 1*post_negative_16_0 =e= 0;
post_split_16_1.. + 1*post_1_16_1 - 1*post_positive_16_1 - 1*post_negative_16_1 =e= 0;
post_split_16_2.. + 1*post_1_16_2 - 1*post_positive_16_2 - 1*post_negative_16_2 =e= 0;
post_split_17_0.. + 1*post_1_17_0 - 1*post_positive_17_0 - 1*post_negative_17_0 =e= 0;
post_split_17_1.. + 1*post_1_17_1 - 1*post_positive_17_1 - 1*post_negative_17_1 =e= 0;
post_split_17_2.. + 1*post_1_17_2 - 1*post_positive_17_2 - 1*post_negative_17_2 =e= 0;
post_split_18_0.. + 1*post_1_18_0 - 1*post_positive_18_0 - 1*post_negative_18_0 =e= 0;
post_split_18_1.. + 1*post_1_18_1 - 1*post_positive_18_1 - 1*post_negative_18_1 =e= 0;
post_split_18_2.. + 1*post_1_18_2 - 1*post_positive_18_2 - 1*post_negative_18_2 =e= 0;
post_split_19_0.. + 1*post_1_19_0 - 1*post_positive_19_0 - 1*post_negative_19_0 =e= 0;
post_split_19_1.. + 1*post_1_19_1 - 1*post_positive_19_1 - 1*post_negative_19_1 =e= 0;
post_split_19_2.. + 1*post_1_19_2 - 1*post_positive_19_2 - 1*post_negative_19_2 =e= 0;
post_split_20_0.. + 1*post_1_20_0 - 1*post_positive_20_0 - 1*post_negative_20_0 =e= 0;
post_split_20_1.. + 1*post_1_20_1 - 1*post_positive_20_1 - 1*post_negative_20_1 =e= 0;
post_split_20_2.. + 1*post_1_20_2 - 1*post_positive_20_2 - 1*post_negative_20_2 =e= 0;
post_split_21_0.. + 1*post_1_21_0 - 1*post_positive_21_0 - 1*post_negative_21_0 =e= 0;
post_split_21_1.. + 1*post_1_21_1 - 1*post_positive_21_1 - 1*post_negative_21_1 =e= 0;
post_split_21_2.. + 1*post_1_21_2 - 1*post_positive_21_2 - 1*post_negative_21_2 =e= 0;
post_split_22_0.. + 1*post_1_22_0 - 1*post_positive_22_0 - 1*post_negative_22_0 =e= 0;
post_split_22_1.. + 1*post_1_22_1 - 1*post_positive_22_1 - 1*post_negative_22_1 =e= 0;
post_split_22_2.. + 1*post_1_22_2 - 1*post_positive_22_2 - 1*post_negative_22_2 =e= 0;
post_split_23_0.. + 1*post_1_23_0 - 1*post_positive_23_0 - 1*post_negative_23_0 =e= 0;
post_split_23_1.. + 1*post_1_23_1 - 1*post_positive_23_1 - 1*post_negative_23_1 =e= 0;
post_split_23_2.. + 1*post_1_23_2 - 1*post_positive_23_2 - 1*post_negative_23_2 =e= 0;
post_split_24_0.. + 1*post_1_24_0 - 1*post_positive_24_0 - 1*post_negative_24_0 =e= 0;
post_split_24_1.. + 1*post_1_24_1 - 1*post_positive_24_1 - 1*post_negative_24_1 =e= 0;
post_split_24_2.. + 1*post_1_24_2 - 1*post_positive_24_2 - 1*post_negative_24_2 =e= 0;
post_split_25_0.. + 1*post_1_25_0 - 1*post_positive_25_0 - 1*post_negative_25_0 =e= 0;
post_split_25_1.. + 1*post_1_25_1 - 1*post_positive_25_1 - 1*post_negative_25_1 =e= 0;
post_split_25_2.. + 1*post_1_25_2 - 1*post_positive_25_2 - 1*post_negative_25_2 =e= 0;
post_split_26_0.. + 1*post_1_26_0 - 1*post_positive_26_0 - 1*post_negative_26_0 =e= 0;
post_split_26_1.. + 1*post_1_26_1 - 1*post_positive_26_1 - 1*post_negative_26_1 =e= 0;
post_split_26_2.. + 1*post_1_26_2 - 1*post_positive_26_2 - 1*post_negative_26_2 =e= 0;
post_split_27_0.. + 1*post_1_27_0 - 1*post_positive_27_0 - 1*post_negative_27_0 =e= 0;
post_split_27_1.. + 1*post_1_27_1 - 1*post_positive_27_1 - 1*post_negative_27_1 =e= 0;
post_split_27_2.. + 1*post_1_27_2 - 1*post_positive_27_2 - 1*post_negative_27_2 =e= 0;
post_split_28_0.. + 1*post_1_28_0 - 1*post_positive_28_0 - 1*post_negative_28_0 =e= 0;
post_split_28_1.. + 1*post_1_28_1 - 1*post_positive_28_1 - 1*post_negative_28_1 =e= 0;
post_split_28_2.. + 1*post_1_28_2 - 1*post_positive_28_2 - 1*post_negative_28_2 =e= 0;
post_split_29_0.. + 1*post_1_29_0 - 1*post_positive_29_0 - 1*post_negative_29_0 =e= 0;
post_split_29_1.. + 1*post_1_29_1 - 1*post_positive_29_1 - 1*post_negative_29_1 =e= 0;
post_split_29_2.. + 1*post_1_29_2 - 1*post_positive_29_2 - 1*post_negative_29_2 =e= 0;
post_split_30_0.. + 1*post_1_30_0 - 1*post_positive_30_0 - 1*post_negative_30_0 =e= 0;
post_split_30_1.. + 1*post_1_30_1 - 1*post_positive_30_1 - 1*post_negative_30_1 =e= 0;
post_split_30_2.. + 1*post_1_30_2 - 1*post_positive_30_2 - 1*post_negative_30_2 =e= 0;
post_split_31_0.. + 1*post_1_31_0 - 1*post_positive_31_0 - 1*post_negative_31_0 =e= 0;
post_split_31_1.. + 1*post_1_31_1 - 1*post_positive_31_1 - 1*post_negative_31_1 =e= 0;
post_split_31_2.. + 1*post_1_31_2 - 1*post_positive_31_2 - 1*post_negative_31_2 =e= 0;
positive_if_sign_0_0.. - 21.529257680240633*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 21.529257680240633*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_0_2.. - 21.529257680240633*sign_2 + 1*post_positive_0_2 =l= 0;
positive_if_sign_1_0.. - 21.375419431451895*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 21.375419431451895*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_1_2.. - 21.375419431451895*sign_2 + 1*post_positive_1_2 =l= 0;
positive_if_sign_2_0.. - 13.351487934810724*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 13.351487934810724*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_2_2.. - 13.351487934810724*sign_2 + 1*post_positive_2_2 =l= 0;
positive_if_sign_3_0.. - 18.881875937823814*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 18.881875937823814*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_3_2.. - 18.881875937823814*sign_2 + 1*post_positive_3_2 =l= 0;
positive_if_sign_4_0.. - 18.834140487493194*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 18.834140487493194*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_4_2.. - 18.834140487493194*sign_2 + 1*post_positive_4_2 =l= 0;
positive_if_sign_5_0.. - 13.726343214999071*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 13.726343214999071*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_5_2.. - 13.726343214999071*sign_2 + 1*post_positive_5_2 =l= 0;
positive_if_sign_6_0.. - 20.0435828674919*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 20.0435828674919*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_6_2.. - 20.0435828674919*sign_2 + 1*post_positive_6_2 =l= 0;
positive_if_sign_7_0.. - 20.99479181862465*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 20.99479181862465*sign_1 + 1*post_positive_7_1 =l= 0;
positive_if_sign_7_2.. - 20.99479181862465*sign_2 + 1*post_positive_7_2 =l= 0;
positive_if_sign_8_0.. - 15.100308123097616*sign_0 + 1*post_positive_8_0 =l= 0;
positive_if_sign_8_1.. - 15.100308123097616*sign_1 + 1*post_positive_8_1 =l= 0;
positive_if_sign_8_2.. - 15.100308123097616*sign_2 + 1*post_positive_8_2 =l= 0;
positive_if_sign_9_0.. - 17.567677277972727*sign_0 + 1*post_positive_9_0 =l= 0;
positive_if_sign_9_1.. - 17.567677277972727*sign_1 + 1*post_positive_9_1 =l= 0;
positive_if_sign_9_2.. - 17.567677277972727*sign_2 + 1*post_positive_9_2 =l= 0;
positive_if_sign_10_0.. - 13.443167928056535*sign_0 + 1*post_positive_10_0 =l= 0;
positive_if_sign_10_1.. - 13.443167928056535*sign_1 + 1*post_positive_10_1 =l= 0;
positive_if_sign_10_2.. - 13.443167928056535*sign_2 + 1*post_positive_10_2 =l= 0;
positive_if_sign_11_0.. - 12.670609780966595*sign_0 + 1*post_positive_11_0 =l= 0;
positive_if_sign_11_1.. - 12.670609780966595*sign_1 + 1*post_positive_11_1 =l= 0;
positive_if_sign_11_2.. - 12.670609780966595*sign_2 + 1*post_positive_11_2 =l= 0;
positive_if_sign_12_0.. - 23.8235643054945*sign_0 + 1*post_positive_12_0 =l= 0;
positive_if_sign_12_1.. - 23.8235643054945*sign_1 + 1*post_positive_12_1 =l= 0;
positive_if_sign_12_2.. - 23.8235643054945*sign_2 + 1*post_positive_12_2 =l= 0;
positive_if_sign_13_0.. - 12.847223412372433*sign_0 + 1*post_positive_13_0 =l= 0;
positive_if_sign_13_1.. - 12.847223412372433*sign_1 + 1*post_positive_13_1 =l= 0;
positive_if_sign_13_2.. - 12.847223412372433*sign_2 + 1*post_positive_13_2 =l= 0;
positive_if_sign_14_0.. - 13.903751504227584*sign_0 + 1*post_positive_14_0 =l= 0;
positive_if_sign_14_1.. - 13.903751504227584*sign_1 + 1*post_positive_14_1 =l= 0;
positive_if_sign_14_2.. - 13.903751504227584*sign_2 + 1*post_positive_14_2 =l= 0;
positive_if_sign_15_0.. - 13.8684559313647*sign_0 + 1*post_positive_15_0 =l= 0;
positive_if_sign_15_1.. - 13.8684559313647*sign_1 + 1*post_positive_15_1 =l= 0;
positive_if_sign_15_2.. - 13.8684559313647*sign_2 + 1*post_positive_15_2 =l= 0;
positive_if_sign_16_0.. - 20.936101652485426*sign_0 + 1*post_positive_16_0 =l= 0;
positive_if_sign_16_1.. - 20.936101652485426*sign_1 + 1*post_positive_16_1 =l= 0;
positive_if_sign_16_2.. - 20.936101652485426*sign_2 + 1*post_positive_16_2 =l= 0;
positive_if_sign_17_0.. - 18.705092419865835*sign_0 + 1*post_positive_17_0 =l= 0;
positive_if_sign_17_1.. - 18.705092419865835*sign_1 + 1*post_positive_17_1 =l= 0;
positive_if_sign_17_2.. - 18.705092419865835*sign_2 + 1*post_positive_17_2 =l= 0;
positive_if_sign_18_0.. - 20.15536419255746*sign_0 + 1*post_positive_18_0 =l= 0;
positive_if_sign_18_1.. - 20.15536419255746*sign_1 + 1*post_positive_18_1 =l= 0;
positive_if_sign_18_2.. - 20.15536419255746*sign_2 + 1*post_positive_18_2 =l= 0;
positive_if_sign_19_0.. - 20.468066180719532*sign_0 + 1*post_positive_19_0 =l= 0;
positive_if_sign_19_1.. - 20.468066180719532*sign_1 + 1*post_positive_19_1 =l= 0;
positive_if_sign_19_2.. - 20.468066180719532*sign_2 + 1*post_positive_19_2 =l= 0;
positive_if_sign_20_0.. - 19.895668283684614*sign_0 + 1*post_positive_20_0 =l= 0;
positive_if_sign_20_1.. - 19.895668283684614*sign_1 + 1*post_positive_20_1 =l= 0;
positive_if_sign_20_2.. - 19.895668283684614*sign_2 + 1*post_positive_20_2 =l= 0;
positive_if_sign_21_0.. - 16.188860996205733*sign_0 + 1*post_positive_21_0 =l= 0;
positive_if_sign_21_1.. - 16.188860996205733*sign_1 + 1*post_positive_21_1 =l= 0;
positive_if_sign_21_2.. - 16.188860996205733*sign_2 + 1*post_positive_21_2 =l= 0;
positive_if_sign_22_0.. - 19.182277103283845*sign_0 + 1*post_positive_22_0 =l= 0;
positive_if_sign_22_1.. - 19.182277103283845*sign_1 + 1*post_positive_22_1 =l= 0;
positive_if_sign_22_2.. - 19.182277103283845*sign_2 + 1*post_positive_22_2 =l= 0;
positive_if_sign_23_0.. - 18.781683464053117*sign_0 + 1*post_positive_23_0 =l= 0;
positive_if_sign_23_1.. - 18.781683464053117*sign_1 + 1*post_positive_23_1 =l= 0;
positive_if_sign_23_2.. - 18.781683464053117*sign_2 + 1*post_positive_23_2 =l= 0;
positive_if_sign_24_0.. - 21.79321037768921*sign_0 + 1*post_positive_24_0 =l= 0;
positive_if_sign_24_1.. - 21.79321037768921*sign_1 + 1*post_positive_24_1 =l= 0;
positive_if_sign_24_2.. - 21.79321037768921*sign_2 + 1*post_positive_24_2 =l= 0;
positive_if_sign_25_0.. - 14.069452557022705*sign_0 + 1*post_positive_25_0 =l= 0;
positive_if_sign_25_1.. - 14.069452557022705*sign_1 + 1*post_positive_25_1 =l= 0;
positive_if_sign_25_2.. - 14.069452557022705*sign_2 + 1*post_positive_25_2 =l= 0;
positive_if_sign_26_0.. - 17.50462981178663*sign_0 + 1*post_positive_26_0 =l= 0;
positive_if_sign_26_1.. - 17.50462981178663*sign_1 + 1*post_positive_26_1 =l= 0;
positive_if_sign_26_2.. - 17.50462981178663*sign_2 + 1*post_positive_26_2 =l= 0;
positive_if_sign_27_0.. - 19.386052960710046*sign_0 + 1*post_positive_27_0 =l= 0;
positive_if_sign_27_1.. - 19.386052960710046*sign_1 + 1*post_positive_27_1 =l= 0;
positive_if_sign_27_2.. - 19.386052960710046*sign_2 + 1*post_positive_27_2 =l= 0;
positive_if_sign_28_0.. - 18.425031695450635*sign_0 + 1*post_positive_28_0 =l= 0;
positive_if_sign_28_1.. - 18.425031695450635*sign_1 + 1*post_positive_28_1 =l= 0;
positive_if_sign_28_2.. - 18.425031695450635*sign_2 + 1*post_positive_28_2 =l= 0;
positive_if_sign_29_0.. - 17.761993170337504*sign_0 + 1*post_positive_29_0 =l= 0;
positive_if_sign_29_1.. - 17.761993170337504*sign_1 + 1*post_positive_29_1 =l= 0;
positive_if_sign_29_2.. - 17.761993170337504*sign_2 + 1*post_positive_29_2 =l= 0;
positive_if_sign_30_0.. - 17.184504240055624*sign_0 + 1*post_positive_30_0 =l= 0;
positive_if_sign_30_1.. - 17.184504240055624*sign_1 + 1*post_positive_30_1 =l= 0;
positive_if_sign_30_2.. - 17.184504240055624*sign_2 + 1*post_positive_30_2 =l= 0;
positive_if_sign_31_0.. - 12.509726888993441*sign_0 + 1*post_positive_31_0 =l= 0;
positive_if_sign_31_1.. - 12.509726888993441*sign_1 + 1*post_positive_31_1 =l= 0;
positive_if_sign_31_2.. - 12.509726888993441*sign_2 + 1*post_positive_31_2 =l= 0;
negative_unless_sign_0_0.. + 21.529257680240633*sign_0 + 1*post_negative_0_0 =l= 21.529257680240633;
negative_unless_sign_0_1.. + 21.529257680240633*sign_1 + 1*post_negative_0_1 =l= 21.529257680240633;
negative_unless_sign_0_2.. + 21.529257680240633*sign_2 + 1*post_negative_0_2 =l= 21.529257680240633;
negative_unless_sign_1_0.. + 21.375419431451895*sign_0 + 1*post_negative_1_0 =l= 21.375419431451895;
negative_unless_sign_1_1.. + 21.375419431451895*sign_1 + 1*post_negative_1_1 =l= 21.375419431451895;
negative_unless_sign_1_2.. + 21.375419431451895*sign_2 + 1*post_negative_1_2 =l= 21.375419431451895;
negative_unless_sign_2_0.. + 13.351487934810724*sign_0 + 1*post_negative_2_0 =l= 13.351487934810724;
negative_unless_sign_2_1.. + 13.351487934810724*sign_1 + 1*post_negative_2_1 =l= 13.351487934810724;
negative_unless_sign_2_2.. + 13.351487934810724*sign_2 + 1*post_negative_2_2 =l= 13.351487934810724;
negative_unless_sign_3_0.. + 18.881875937823814*sign_0 + 1*post_negative_3_0 =l= 18.881875937823814;
negative_unless_sign_3_1.. + 18.881875937823814*sign_1 + 1*post_negative_3_1 =l= 18.881875937823814;
negative_unless_sign_3_2.. + 18.881875937823814*sign_2 + 1*post_negative_3_2 =l= 18.881875937823814;
negative_unless_sign_4_0.. + 18.834140487493194*sign_0 + 1*post_negative_4_0 =l= 18.834140487493194;
negative_unless_sign_4_1.. + 18.834140487493194*sign_1 + 1*post_negative_4_1 =l= 18.834140487493194;
negative_unless_sign_4_2.. + 18.834140487493194*sign_2 + 1*post_negative_4_2 =l= 18.834140487493194;
negative_unless_sign_5_0.. + 13.726343214999071*sign_0 + 1*post_negative_5_0 =l= 13.726343214999071;
negative_unless_sign_5_1.. + 13.726343214999071*sign_1 + 1*post_negative_5_1 =l= 13.726343214999071;
negative_unless_sign_5_2.. + 13.726343214999071*sign_2 + 1*post_negative_5_2 =l= 13.726343214999071;
negative_unless_sign_6_0.. + 20.0435828674919*sign_0 + 1*post_negative_6_0 =l= 20.0435828674919;
negative_unless_sign_6_1.. + 20.0435828674919*sign_1 + 1*post_negative_6_1 =l= 20.0435828674919;
negative_unless_sign_6_2.. + 20.0435828674919*sign_2 + 1*post_negative_6_2 =l= 20.0435828674919;
negative_unless_sign_7_0.. + 20.99479181862465*sign_0 + 1*post_negative_7_0 =l= 20.99479181862465;
negative_unless_sign_7_1.. + 20.99479181862465*sign_1 + 1*post_negative_7_1 =l= 20.99479181862465;
negative_unless_sign_7_2.. + 20.99479181862465*sign_2 + 1*post_negative_7_2 =l= 20.99479181862465;
negative_unless_sign_8_0.. + 15.100308123097616*sign_0 + 1*post_negative_8_0 =l= 15.100308123097616;
negative_unless_sign_8_1.. + 15.100308123097616*sign_1 + 1*post_negative_8_1 =l= 15.100308123097616;
negative_unless_sign_8_2.. + 15.100308123097616*sign_2 + 1*post_negative_8_2 =l= 15.100308123097616;
negative_unless_sign_9_0.. + 17.567677277972727*sign_0 + 1*post_negative_9_0 =l= 17.567677277972727;
negative_unless_sign_9_1.. + 17.567677277972727*sign_1 + 1*post_negative_9_1 =l= 17.567677277972727;
negative_unless_sign_9_2.. + 17.567677277972727*sign_2 + 1*post_negative_9_2 =l= 17.567677277972727;
negative_unless_sign_10_0.. + 13.443167928056535*sign_0 + 1*post_negative_10_0 =l= 13.443167928056535;
negative_unless_sign_10_1.. + 13.443167928056535*sign_1 + 1*post_negative_10_1 =l= 13.443167928056535;
negative_unless_sign_10_2.. + 13.443167928056535*sign_2 + 1*post_negative_10_2 =l= 13.443167928056535;
negative_unless_sign_11_0.. + 12.670609780966595*sign_0 + 1*post_negative_11_0 =l= 12.670609780966595;
negative_unless_sign_11_1.. + 12.670609780966595*sign_1 + 1*post_negative_11_1 =l= 12.670609780966595;
negative_unless_sign_11_2.. + 12.670609780966595*sign_2 + 1*post_negative_11_2 =l= 12.670609780966595;
negative_unless_sign_12_0.. + 23.8235643054945*sign_0 + 1*post_negative_12_0 =l= 23.8235643054945;
negative_unless_sign_12_1.. + 23.8235643054945*sign_1 + 1*post_negative_12_1 =l= 23.8235643054945;
negative_unless_sign_12_2.. + 23.8235643054945*sign_2 + 1*post_negative_12_2 =l= 23.8235643054945;
negative_unless_sign_13_0.. + 12.847223412372433*sign_0 + 1*post_negative_13_0 =l= 12.847223412372433;
negative_unless_sign_13_1.. + 12.847223412372433*sign_1 + 1*post_negative_13_1 =l= 12.847223412372433;
negative_unless_sign_13_2.. + 12.847223412372433*sign_2 + 1*post_negative_13_2 =l= 12.847223412372433;
negative_unless_sign_14_0.. + 13.903751504227584*sign_0 + 1*post_negative_14_0 =l= 13.903751504227584;
negative_unless_sign_14_1.. + 13.903751504227584*sign_1 + 1*post_negative_14_1 =l= 13.903751504227584;
negative_unless_sign_14_2.. + 13.903751504227584*sign_2 + 1*post_negative_14_2 =l= 13.903751504227584;
negative_unless_sign_15_0.. + 13.8684559313647*sign_0 + 1*post_negative_15_0 =l= 13.8684559313647;
negative_unless_sign_15_1.. + 13.8684559313647*sign_1 + 1*post_negative_15_1 =l= 13.8684559313647;
negative_unless_sign_15_2.. + 13.8684559313647*sign_2 + 1*post_negative_15_2 =l= 13.8684559313647;
negative_unless_sign_16_0.. + 20.936101652485426*sign_0 + 1*post_negative_16_0 =l= 20.936101652485426;
negative_unless_sign_16_1.. + 20.936101652485426*sign_1 + 1*post_negative_16_1 =l= 20.936101652485426;
negative_unless_sign_16_2.. + 20.936101652485426*sign_2 + 1*post_negative_16_2 =l= 20.936101652485426;
negative_unless_sign_17_0.. + 18.705092419865835*sign_0 + 1*post_negative_17_0 =l= 18.705092419865835;
negative_unless_sign_17_1.. + 18.705092419865835*sign_1 + 1*post_negative_17_1 =l= 18.705092419865835;
negative_unless_sign_17_2.. + 18.705092419865835*sign_2 + 1*post_negative_17_2 =l= 18.705092419865835;
negative_unless_sign_18_0.. + 20.15536419255746*sign_0 + 1*post_negative_18_0 =l= 20.15536419255746;
negative_unless_sign_18_1.. + 20.15536419255746*sign_1 + 1*post_negative_18_1 =l= 20.15536419255746;
negative_unless_sign_18_2.. + 20.15536419255746*sign_2 + 1*post_negative_18_2 =l= 20.15536419255746;
negative_unless_sign_19_0.. + 20.468066180719532*sign_0 + 1*post_negative_19_0 =l= 20.468066180719532;
negative_unless_sign_19_1.. + 20.468066180719532*sign_1 + 1*post_negative_19_1 =l= 20.468066180719532;
negative_unless_sign_19_2.. + 20.468066180719532*sign_2 + 1*post_negative_19_2 =l= 20.468066180719532;
negative_unless_sign_20_0.. + 19.895668283684614*sign_0 + 1*post_negative_20_0 =l= 19.895668283684614;
negative_unless_sign_20_1.. + 19.895668283684614*sign_1 + 1*post_negative_20_1 =l= 19.895668283684614;
negative_unless_sign_20_2.. + 19.895668283684614*sign_2 + 1*post_negative_20_2 =l= 19.895668283684614;
negative_unless_sign_21_0.. + 16.188860996205733*sign_0 + 1*post_negative_21_0 =l= 16.188860996205733;
negative_unless_sign_21_1.. + 16.188860996205733*sign_1 + 1*post_negative_21_1 =l= 16.188860996205733;
negative_unless_sign_21_2.. + 16.188860996205733*sign_2 + 1*post_negative_21_2 =l= 16.188860996205733;
negative_unless_sign_22_0.. + 19.182277103283845*sign_0 + 1*post_negative_22_0 =l= 19.182277103283845;
negative_unless_sign_22_1.. + 19.182277103283845*sign_1 + 1*post_negative_22_1 =l= 19.182277103283845;
negative_unless_sign_22_2.. + 19.182277103283845*sign_2 + 1*post_negative_22_2 =l= 19.182277103283845;
negative_unless_sign_23_0.. + 18.781683464053117*sign_0 + 1*post_negative_23_0 =l= 18.781683464053117;
negative_unless_sign_23_1.. + 18.781683464053117*sign_1 + 1*post_negative_23_1 =l= 18.781683464053117;
negative_unless_sign_23_2.. + 18.781683464053117*sign_2 + 1*post_negative_23_2 =l= 18.781683464053117;
negative_unless_sign_24_0.. + 21.79321037768921*sign_0 + 1*post_negative_24_0 =l= 21.79321037768921;
negative_unless_sign_24_1.. + 21.79321037768921*sign_1 + 1*post_negative_24_1 =l= 21.79321037768921;
negative_unless_sign_24_2.. + 21.79321037768921*sign_2 + 1*post_negative_24_2 =l= 21.79321037768921;
negative_unless_sign_25_0.. + 14.069452557022705*sign_0 + 1*post_negative_25_0 =l= 14.069452557022705;
negative_unless_sign_25_1.. + 14.069452557022705*sign_1 + 1*post_negative_25_1 =l= 14.069452557022705;
negative_unless_sign_25_2.. + 14.069452557022705*sign_2 + 1*post_negative_25_2 =l= 14.069452557022705;
negative_unless_sign_26_0.. + 17.50462981178663*sign_0 + 1*post_negative_26_0 =l= 17.50462981178663;
negative_unless_sign_26_1.. + 17.50462981178663*sign_1 + 1*post_negative_26_1 =l= 17.50462981178663;
negative_unless_sign_26_2.. + 17.50462981178663*sign_2 + 1*post_negative_26_2 =l= 17.50462981178663;
negative_unless_sign_27_0.. + 19.386052960710046*sign_0 + 1*post_negative_27_0 =l= 19.386052960710046;
negative_unless_sign_27_1.. + 19.386052960710046*sign_1 + 1*post_negative_27_1 =l= 19.386052960710046;
negative_unless_sign_27_2.. + 19.386052960710046*sign_2 + 1*post_negative_27_2 =l= 19.386052960710046;
negative_unless_sign_28_0.. + 18.425031695450635*sign_0 + 1*post_negative_28_0 =l= 18.425031695450635;
negative_unless_sign_28_1.. + 18.425031695450635*sign_1 + 1*post_negative_28_1 =l= 18.425031695450635;
negative_unless_sign_28_2.. + 18.425031695450635*sign_2 + 1*post_negative_28_2 =l= 18.425031695450635;
negative_unless_sign_29_0.. + 17.761993170337504*sign_0 + 1*post_negative_29_0 =l= 17.761993170337504;
negative_unless_sign_29_1.. + 17.761993170337504*sign_1 + 1*post_negative_29_1 =l= 17.761993170337504;
negative_unless_sign_29_2.. + 17.761993170337504*sign_2 + 1*post_negative_29_2 =l= 17.761993170337504;
negative_unless_sign_30_0.. + 17.184504240055624*sign_0 + 1*post_negative_30_0 =l= 17.184504240055624;
negative_unless_sign_30_1.. + 17.184504240055624*sign_1 + 1*post_negative_30_1 =l= 17.184504240055624;
negative_unless_sign_30_2.. + 17.184504240055624*sign_2 + 1*post_negative_30_2 =l= 17.184504240055624;
negative_unless_sign_31_0.. + 12.509726888993441*sign_0 + 1*post_negative_31_0 =l= 12.509726888993441;
negative_unless_sign_31_1.. + 12.509726888993441*sign_1 + 1*post_negative_31_1 =l= 12.509726888993441;
negative_unless_sign_31_2.. + 12.509726888993441*sign_2 + 1*post_negative_31_2 =l= 12.509726888993441;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*post_positive_0_0 - 1*post_positive_0_1 - 1*post_positive_0_2 + 1*post_negative_0_0 + 1*post_negative_0_1 + 1*post_negative_0_2 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*post_positive_1_0 - 1*post_positive_1_1 - 1*post_positive_1_2 + 1*post_negative_1_0 + 1*post_negative_1_1 + 1*post_negative_1_2 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*post_positive_2_0 - 1*post_positive_2_1 - 1*post_positive_2_2 + 1*post_negative_2_0 + 1*post_negative_2_1 + 1*post_negative_2_2 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*post_positive_3_0 - 1*post_positive_3_1 - 1*post_positive_3_2 + 1*post_negative_3_0 + 1*post_negative_3_1 + 1*post_negative_3_2 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*post_positive_4_0 - 1*post_positive_4_1 - 1*post_positive_4_2 + 1*post_negative_4_0 + 1*post_negative_4_1 + 1*post_negative_4_2 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*post_positive_5_0 - 1*post_positive_5_1 - 1*post_positive_5_2 + 1*post_negative_5_0 + 1*post_negative_5_1 + 1*post_negative_5_2 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*post_positive_6_0 - 1*post_positive_6_1 - 1*post_positive_6_2 + 1*post_negative_6_0 + 1*post_negative_6_1 + 1*post_negative_6_2 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*post_positive_7_0 - 1*post_positive_7_1 - 1*post_positive_7_2 + 1*post_negative_7_0 + 1*post_negative_7_1 + 1*post_negative_7_2 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*post_positive_8_0 - 1*post_positive_8_1 - 1*post_positive_8_2 + 1*post_negative_8_0 + 1*post_negative_8_1 + 1*post_negative_8_2 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*post_positive_9_0 - 1*post_positive_9_1 - 1*post_positive_9_2 + 1*post_negative_9_0 + 1*post_negative_9_1 + 1*post_negative_9_2 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*post_positive_10_0 - 1*post_positive_10_1 - 1*post_positive_10_2 + 1*post_negative_10_0 + 1*post_negative_10_1 + 1*post_negative_10_2 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*post_positive_11_0 - 1*post_positive_11_1 - 1*post_positive_11_2 + 1*post_negative_11_0 + 1*post_negative_11_1 + 1*post_negative_11_2 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*post_positive_12_0 - 1*post_positive_12_1 - 1*post_positive_12_2 + 1*post_negative_12_0 + 1*post_negative_12_1 + 1*post_negative_12_2 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*post_positive_13_0 - 1*post_positive_13_1 - 1*post_positive_13_2 + 1*post_negative_13_0 + 1*post_negative_13_1 + 1*post_negative_13_2 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*post_positive_14_0 - 1*post_positive_14_1 - 1*post_positive_14_2 + 1*post_negative_14_0 + 1*post_negative_14_1 + 1*post_negative_14_2 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*post_positive_15_0 - 1*post_positive_15_1 - 1*post_positive_15_2 + 1*post_negative_15_0 + 1*post_negative_15_1 + 1*post_negative_15_2 =e= 0;
out_definition_16_0.. - 1*b_2_0 + 1*out_16_0 - 1*post_positive_16_0 - 1*post_positive_16_1 - 1*post_positive_16_2 + 1*post_negative_16_0 + 1*post_negative_16_1 + 1*post_negative_16_2 =e= 0;
out_definition_17_0.. - 1*b_2_0 + 1*out_17_0 - 1*post_positive_17_0 - 1*post_positive_17_1 - 1*post_positive_17_2 + 1*post_negative_17_0 + 1*post_negative_17_1 + 1*post_negative_17_2 =e= 0;
out_definition_18_0.. - 1*b_2_0 + 1*out_18_0 - 1*post_positive_18_0 - 1*post_positive_18_1 - 1*post_positive_18_2 + 1*post_negative_18_0 + 1*post_negative_18_1 + 1*post_negative_18_2 =e= 0;
out_definition_19_0.. - 1*b_2_0 + 1*out_19_0 - 1*post_positive_19_0 - 1*post_positive_19_1 - 1*post_positive_19_2 + 1*post_negative_19_0 + 1*post_negative_19_1 + 1*post_negative_19_2 =e= 0;
out_definition_20_0.. - 1*b_2_0 + 1*out_20_0 - 1*post_positive_20_0 - 1*post_positive_20_1 - 1*post_positive_20_2 + 1*post_negative_20_0 + 1*post_negative_20_1 + 1*post_negative_20_2 =e= 0;
out_definition_21_0.. - 1*b_2_0 + 1*out_21_0 - 1*post_positive_21_0 - 1*post_positive_21_1 - 1*post_positive_21_2 + 1*post_negative_21_0 + 1*post_negative_21_1 + 1*post_negative_21_2 =e= 0;
out_definition_22_0.. - 1*b_2_0 + 1*out_22_0 - 1*post_positive_22_0 - 1*post_positive_22_1 - 1*post_positive_22_2 + 1*post_negative_22_0 + 1*post_negative_22_1 + 1*post_negative_22_2 =e= 0;
out_definition_23_0.. - 1*b_2_0 + 1*out_23_0 - 1*post_positive_23_0 - 1*post_positive_23_1 - 1*post_positive_23_2 + 1*post_negative_23_0 + 1*post_negative_23_1 + 1*post_negative_23_2 =e= 0;
out_definition_24_0.. - 1*b_2_0 + 1*out_24_0 - 1*post_positive_24_0 - 1*post_positive_24_1 - 1*post_positive_24_2 + 1*post_negative_24_0 + 1*post_negative_24_1 + 1*post_negative_24_2 =e= 0;
out_definition_25_0.. - 1*b_2_0 + 1*out_25_0 - 1*post_positive_25_0 - 1*post_positive_25_1 - 1*post_positive_25_2 + 1*post_negative_25_0 + 1*post_negative_25_1 + 1*post_negative_25_2 =e= 0;
out_definition_26_0.. - 1*b_2_0 + 1*out_26_0 - 1*post_positive_26_0 - 1*post_positive_26_1 - 1*post_positive_26_2 + 1*post_negative_26_0 + 1*post_negative_26_1 + 1*post_negative_26_2 =e= 0;
out_definition_27_0.. - 1*b_2_0 + 1*out_27_0 - 1*post_positive_27_0 - 1*post_positive_27_1 - 1*post_positive_27_2 + 1*post_negative_27_0 + 1*post_negative_27_1 + 1*post_negative_27_2 =e= 0;
out_definition_28_0.. - 1*b_2_0 + 1*out_28_0 - 1*post_positive_28_0 - 1*post_positive_28_1 - 1*post_positive_28_2 + 1*post_negative_28_0 + 1*post_negative_28_1 + 1*post_negative_28_2 =e= 0;
out_definition_29_0.. - 1*b_2_0 + 1*out_29_0 - 1*post_positive_29_0 - 1*post_positive_29_1 - 1*post_positive_29_2 + 1*post_negative_29_0 + 1*post_negative_29_1 + 1*post_negative_29_2 =e= 0;
out_definition_30_0.. - 1*b_2_0 + 1*out_30_0 - 1*post_positive_30_0 - 1*post_positive_30_1 - 1*post_positive_30_2 + 1*post_negative_30_0 + 1*post_negative_30_1 + 1*post_negative_30_2 =e= 0;
out_definition_31_0.. - 1*b_2_0 + 1*out_31_0 - 1*post_positive_31_0 - 1*post_positive_31_1 - 1*post_positive_31_2 + 1*post_negative_31_0 + 1*post_negative_31_1 + 1*post_negative_31_2 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 21.529257680240633*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 21.529257680240633*relu_1_0_0_on =l= 21.529257680240633;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 21.529257680240633*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 21.529257680240633*relu_1_0_1_on =l= 21.529257680240633;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2_off_when_inactive.. + 1*post_1_0_2 - 21.529257680240633*relu_1_0_2_on =l= 0;
relu_1_0_2_pre_when_active.. - 1*pre_1_0_2 + 1*post_1_0_2 + 21.529257680240633*relu_1_0_2_on =l= 21.529257680240633;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 21.375419431451895*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 21.375419431451895*relu_1_1_0_on =l= 21.375419431451895;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 21.375419431451895*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 21.375419431451895*relu_1_1_1_on =l= 21.375419431451895;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2_off_when_inactive.. + 1*post_1_1_2 - 21.375419431451895*relu_1_1_2_on =l= 0;
relu_1_1_2_pre_when_active.. - 1*pre_1_1_2 + 1*post_1_1_2 + 21.375419431451895*relu_1_1_2_on =l= 21.375419431451895;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 13.351487934810724*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 13.351487934810724*relu_1_2_0_on =l= 13.351487934810724;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 13.351487934810724*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 13.351487934810724*relu_1_2_1_on =l= 13.351487934810724;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2_off_when_inactive.. + 1*post_1_2_2 - 13.351487934810724*relu_1_2_2_on =l= 0;
relu_1_2_2_pre_when_active.. - 1*pre_1_2_2 + 1*post_1_2_2 + 13.351487934810724*relu_1_2_2_on =l= 13.351487934810724;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 18.881875937823814*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 18.881875937823814*relu_1_3_0_on =l= 18.881875937823814;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 18.881875937823814*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 18.881875937823814*relu_1_3_1_on =l= 18.881875937823814;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2_off_when_inactive.. + 1*post_1_3_2 - 18.881875937823814*relu_1_3_2_on =l= 0;
relu_1_3_2_pre_when_active.. - 1*pre_1_3_2 + 1*post_1_3_2 + 18.881875937823814*relu_1_3_2_on =l= 18.881875937823814;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 18.834140487493194*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 18.834140487493194*relu_1_4_0_on =l= 18.834140487493194;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 18.834140487493194*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 18.834140487493194*relu_1_4_1_on =l= 18.834140487493194;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2_off_when_inactive.. + 1*post_1_4_2 - 18.834140487493194*relu_1_4_2_on =l= 0;
relu_1_4_2_pre_when_active.. - 1*pre_1_4_2 + 1*post_1_4_2 + 18.834140487493194*relu_1_4_2_on =l= 18.834140487493194;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 13.726343214999071*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 13.726343214999071*relu_1_5_0_on =l= 13.726343214999071;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 13.726343214999071*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 13.726343214999071*relu_1_5_1_on =l= 13.726343214999071;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2_off_when_inactive.. + 1*post_1_5_2 - 13.726343214999071*relu_1_5_2_on =l= 0;
relu_1_5_2_pre_when_active.. - 1*pre_1_5_2 + 1*post_1_5_2 + 13.726343214999071*relu_1_5_2_on =l= 13.726343214999071;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 20.0435828674919*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 20.0435828674919*relu_1_6_0_on =l= 20.0435828674919;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 20.0435828674919*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 20.0435828674919*relu_1_6_1_on =l= 20.0435828674919;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2_off_when_inactive.. + 1*post_1_6_2 - 20.0435828674919*relu_1_6_2_on =l= 0;
relu_1_6_2_pre_when_active.. - 1*pre_1_6_2 + 1*post_1_6_2 + 20.0435828674919*relu_1_6_2_on =l= 20.0435828674919;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 20.99479181862465*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 20.99479181862465*relu_1_7_0_on =l= 20.99479181862465;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 20.99479181862465*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 20.99479181862465*relu_1_7_1_on =l= 20.99479181862465;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2_off_when_inactive.. + 1*post_1_7_2 - 20.99479181862465*relu_1_7_2_on =l= 0;
relu_1_7_2_pre_when_active.. - 1*pre_1_7_2 + 1*post_1_7_2 + 20.99479181862465*relu_1_7_2_on =l= 20.99479181862465;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 15.100308123097616*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 15.100308123097616*relu_1_8_0_on =l= 15.100308123097616;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 15.100308123097616*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 15.100308123097616*relu_1_8_1_on =l= 15.100308123097616;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2_off_when_inactive.. + 1*post_1_8_2 - 15.100308123097616*relu_1_8_2_on =l= 0;
relu_1_8_2_pre_when_active.. - 1*pre_1_8_2 + 1*post_1_8_2 + 15.100308123097616*relu_1_8_2_on =l= 15.100308123097616;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 17.567677277972727*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 17.567677277972727*relu_1_9_0_on =l= 17.567677277972727;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 17.567677277972727*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 17.567677277972727*relu_1_9_1_on =l= 17.567677277972727;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2_off_when_inactive.. + 1*post_1_9_2 - 17.567677277972727*relu_1_9_2_on =l= 0;
relu_1_9_2_pre_when_active.. - 1*pre_1_9_2 + 1*post_1_9_2 + 17.567677277972727*relu_1_9_2_on =l= 17.567677277972727;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 13.443167928056535*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 13.443167928056535*relu_1_10_0_on =l= 13.443167928056535;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 13.443167928056535*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 13.443167928056535*relu_1_10_1_on =l= 13.443167928056535;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2_off_when_inactive.. + 1*post_1_10_2 - 13.443167928056535*relu_1_10_2_on =l= 0;
relu_1_10_2_pre_when_active.. - 1*pre_1_10_2 + 1*post_1_10_2 + 13.443167928056535*relu_1_10_2_on =l= 13.443167928056535;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 12.670609780966595*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 12.670609780966595*relu_1_11_0_on =l= 12.670609780966595;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 12.670609780966595*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 12.670609780966595*relu_1_11_1_on =l= 12.670609780966595;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2_off_when_inactive.. + 1*post_1_11_2 - 12.670609780966595*relu_1_11_2_on =l= 0;
relu_1_11_2_pre_when_active.. - 1*pre_1_11_2 + 1*post_1_11_2 + 12.670609780966595*relu_1_11_2_on =l= 12.670609780966595;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 23.8235643054945*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 23.8235643054945*relu_1_12_0_on =l= 23.8235643054945;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 23.8235643054945*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 23.8235643054945*relu_1_12_1_on =l= 23.8235643054945;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2_off_when_inactive.. + 1*post_1_12_2 - 23.8235643054945*relu_1_12_2_on =l= 0;
relu_1_12_2_pre_when_active.. - 1*pre_1_12_2 + 1*post_1_12_2 + 23.8235643054945*relu_1_12_2_on =l= 23.8235643054945;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 12.847223412372433*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 12.847223412372433*relu_1_13_0_on =l= 12.847223412372433;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 12.847223412372433*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 12.847223412372433*relu_1_13_1_on =l= 12.847223412372433;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2_off_when_inactive.. + 1*post_1_13_2 - 12.847223412372433*relu_1_13_2_on =l= 0;
relu_1_13_2_pre_when_active.. - 1*pre_1_13_2 + 1*post_1_13_2 + 12.847223412372433*relu_1_13_2_on =l= 12.847223412372433;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 13.903751504227584*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 13.903751504227584*relu_1_14_0_on =l= 13.903751504227584;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 13.903751504227584*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 13.903751504227584*relu_1_14_1_on =l= 13.903751504227584;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2_off_when_inactive.. + 1*post_1_14_2 - 13.903751504227584*relu_1_14_2_on =l= 0;
relu_1_14_2_pre_when_active.. - 1*pre_1_14_2 + 1*post_1_14_2 + 13.903751504227584*relu_1_14_2_on =l= 13.903751504227584;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0_off_when_inactive.. + 1*post_1_15_0 - 13.8684559313647*relu_1_15_0_on =l= 0;
relu_1_15_0_pre_when_active.. - 1*pre_1_15_0 + 1*post_1_15_0 + 13.8684559313647*relu_1_15_0_on =l= 13.8684559313647;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1_off_when_inactive.. + 1*post_1_15_1 - 13.8684559313647*relu_1_15_1_on =l= 0;
relu_1_15_1_pre_when_active.. - 1*pre_1_15_1 + 1*post_1_15_1 + 13.8684559313647*relu_1_15_1_on =l= 13.8684559313647;
relu_1_15_2_above_pre.. + 1*pre_1_15_2 - 1*post_1_15_2 =l= 0;
relu_1_15_2_off_when_inactive.. + 1*post_1_15_2 - 13.8684559313647*relu_1_15_2_on =l= 0;
relu_1_15_2_pre_when_active.. - 1*pre_1_15_2 + 1*post_1_15_2 + 13.8684559313647*relu_1_15_2_on =l= 13.8684559313647;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0_off_when_inactive.. + 1*post_1_16_0 - 20.936101652485426*relu_1_16_0_on =l= 0;
relu_1_16_0_pre_when_active.. - 1*pre_1_16_0 + 1*post_1_16_0 + 20.936101652485426*relu_1_16_0_on =l= 20.936101652485426;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1_off_when_inactive.. + 1*post_1_16_1 - 20.936101652485426*relu_1_16_1_on =l= 0;
relu_1_16_1_pre_when_active.. - 1*pre_1_16_1 + 1*post_1_16_1 + 20.936101652485426*relu_1_16_1_on =l= 20.936101652485426;
relu_1_16_2_above_pre.. + 1*pre_1_16_2 - 1*post_1_16_2 =l= 0;
relu_1_16_2_off_when_inactive.. + 1*post_1_16_2 - 20.936101652485426*relu_1_16_2_on =l= 0;
relu_1_16_2_pre_when_active.. - 1*pre_1_16_2 + 1*post_1_16_2 + 20.936101652485426*relu_1_16_2_on =l= 20.936101652485426;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0_off_when_inactive.. + 1*post_1_17_0 - 18.705092419865835*relu_1_17_0_on =l= 0;
relu_1_17_0_pre_when_active.. - 1*pre_1_17_0 + 1*post_1_17_0 + 18.705092419865835*relu_1_17_0_on =l= 18.705092419865835;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1_off_when_inactive.. + 1*post_1_17_1 - 18.705092419865835*relu_1_17_1_on =l= 0;
relu_1_17_1_pre_when_active.. - 1*pre_1_17_1 + 1*post_1_17_1 + 18.705092419865835*relu_1_17_1_on =l= 18.705092419865835;
relu_1_17_2_above_pre.. + 1*pre_1_17_2 - 1*post_1_17_2 =l= 0;
relu_1_17_2_off_when_inactive.. + 1*post_1_17_2 - 18.705092419865835*relu_1_17_2_on =l= 0;
relu_1_17_2_pre_when_active.. - 1*pre_1_17_2 + 1*post_1_17_2 + 18.705092419865835*relu_1_17_2_on =l= 18.705092419865835;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0_off_when_inactive.. + 1*post_1_18_0 - 20.15536419255746*relu_1_18_0_on =l= 0;
relu_1_18_0_pre_when_active.. - 1*pre_1_18_0 + 1*post_1_18_0 + 20.15536419255746*relu_1_18_0_on =l= 20.15536419255746;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1_off_when_inactive.. + 1*post_1_18_1 - 20.15536419255746*relu_1_18_1_on =l= 0;
relu_1_18_1_pre_when_active.. - 1*pre_1_18_1 + 1*post_1_18_1 + 20.15536419255746*relu_1_18_1_on =l= 20.15536419255746;
relu_1_18_2_above_pre.. + 1*pre_1_18_2 - 1*post_1_18_2 =l= 0;
relu_1_18_2_off_when_inactive.. + 1*post_1_18_2 - 20.15536419255746*relu_1_18_2_on =l= 0;
relu_1_18_2_pre_when_active.. - 1*pre_1_18_2 + 1*post_1_18_2 + 20.15536419255746*relu_1_18_2_on =l= 20.15536419255746;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0_off_when_inactive.. + 1*post_1_19_0 - 20.468066180719532*relu_1_19_0_on =l= 0;
relu_1_19_0_pre_when_active.. - 1*pre_1_19_0 + 1*post_1_19_0 + 20.468066180719532*relu_1_19_0_on =l= 20.468066180719532;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1_off_when_inactive.. + 1*post_1_19_1 - 20.468066180719532*relu_1_19_1_on =l= 0;
relu_1_19_1_pre_when_active.. - 1*pre_1_19_1 + 1*post_1_19_1 + 20.468066180719532*relu_1_19_1_on =l= 20.468066180719532;
relu_1_19_2_above_pre.. + 1*pre_1_19_2 - 1*post_1_19_2 =l= 0;
relu_1_19_2_off_when_inactive.. + 1*post_1_19_2 - 20.468066180719532*relu_1_19_2_on =l= 0;
relu_1_19_2_pre_when_active.. - 1*pre_1_19_2 + 1*post_1_19_2 + 20.468066180719532*relu_1_19_2_on =l= 20.468066180719532;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0_off_when_inactive.. + 1*post_1_20_0 - 19.895668283684614*relu_1_20_0_on =l= 0;
relu_1_20_0_pre_when_active.. - 1*pre_1_20_0 + 1*post_1_20_0 + 19.895668283684614*relu_1_20_0_on =l= 19.895668283684614;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1_off_when_inactive.. + 1*post_1_20_1 - 19.895668283684614*relu_1_20_1_on =l= 0;
relu_1_20_1_pre_when_active.. - 1*pre_1_20_1 + 1*post_1_20_1 + 19.895668283684614*relu_1_20_1_on =l= 19.895668283684614;
relu_1_20_2_above_pre.. + 1*pre_1_20_2 - 1*post_1_20_2 =l= 0;
relu_1_20_2_off_when_inactive.. + 1*post_1_20_2 - 19.895668283684614*relu_1_20_2_on =l= 0;
relu_1_20_2_pre_when_active.. - 1*pre_1_20_2 + 1*post_1_20_2 + 19.895668283684614*relu_1_20_2_on =l= 19.895668283684614;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0_off_when_inactive.. + 1*post_1_21_0 - 16.188860996205733*relu_1_21_0_on =l= 0;
relu_1_21_0_pre_when_active.. - 1*pre_1_21_0 + 1*post_1_21_0 + 16.188860996205733*relu_1_21_0_on =l= 16.188860996205733;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1_off_when_inactive.. + 1*post_1_21_1 - 16.188860996205733*relu_1_21_1_on =l= 0;
relu_1_21_1_pre_when_active.. - 1*pre_1_21_1 + 1*post_1_21_1 + 16.188860996205733*relu_1_21_1_on =l= 16.188860996205733;
relu_1_21_2_above_pre.. + 1*pre_1_21_2 - 1*post_1_21_2 =l= 0;
relu_1_21_2_off_when_inactive.. + 1*post_1_21_2 - 16.188860996205733*relu_1_21_2_on =l= 0;
relu_1_21_2_pre_when_active.. - 1*pre_1_21_2 + 1*post_1_21_2 + 16.188860996205733*relu_1_21_2_on =l= 16.188860996205733;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0_off_when_inactive.. + 1*post_1_22_0 - 19.182277103283845*relu_1_22_0_on =l= 0;
relu_1_22_0_pre_when_active.. - 1*pre_1_22_0 + 1*post_1_22_0 + 19.182277103283845*relu_1_22_0_on =l= 19.182277103283845;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1_off_when_inactive.. + 1*post_1_22_1 - 19.182277103283845*relu_1_22_1_on =l= 0;
relu_1_22_1_pre_when_active.. - 1*pre_1_22_1 + 1*post_1_22_1 + 19.182277103283845*relu_1_22_1_on =l= 19.182277103283845;
relu_1_22_2_above_pre.. + 1*pre_1_22_2 - 1*post_1_22_2 =l= 0;
relu_1_22_2_off_when_inactive.. + 1*post_1_22_2 - 19.182277103283845*relu_1_22_2_on =l= 0;
relu_1_22_2_pre_when_active.. - 1*pre_1_22_2 + 1*post_1_22_2 + 19.182277103283845*relu_1_22_2_on =l= 19.182277103283845;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0_off_when_inactive.. + 1*post_1_23_0 - 18.781683464053117*relu_1_23_0_on =l= 0;
relu_1_23_0_pre_when_active.. - 1*pre_1_23_0 + 1*post_1_23_0 + 18.781683464053117*relu_1_23_0_on =l= 18.781683464053117;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1_off_when_inactive.. + 1*post_1_23_1 - 18.781683464053117*relu_1_23_1_on =l= 0;
relu_1_23_1_pre_when_active.. - 1*pre_1_23_1 + 1*post_1_23_1 + 18.781683464053117*relu_1_23_1_on =l= 18.781683464053117;
relu_1_23_2_above_pre.. + 1*pre_1_23_2 - 1*post_1_23_2 =l= 0;
relu_1_23_2_off_when_inactive.. + 1*post_1_23_2 - 18.781683464053117*relu_1_23_2_on =l= 0;
relu_1_23_2_pre_when_active.. - 1*pre_1_23_2 + 1*post_1_23_2 + 18.781683464053117*relu_1_23_2_on =l= 18.781683464053117;
relu_1_24_0_above_pre.. + 1*pre_1_24_0 - 1*post_1_24_0 =l= 0;
relu_1_24_0_off_when_inactive.. + 1*post_1_24_0 - 21.79321037768921*relu_1_24_0_on =l= 0;
relu_1_24_0_pre_when_active.. - 1*pre_1_24_0 + 1*post_1_24_0 + 21.79321037768921*relu_1_24_0_on =l= 21.79321037768921;
relu_1_24_1_above_pre.. + 1*pre_1_24_1 - 1*post_1_24_1 =l= 0;
relu_1_24_1_off_when_inactive.. + 1*post_1_24_1 - 21.79321037768921*relu_1_24_1_on =l= 0;
relu_1_24_1_pre_when_active.. - 1*pre_1_24_1 + 1*post_1_24_1 + 21.79321037768921*relu_1_24_1_on =l= 21.79321037768921;
relu_1_24_2_above_pre.. + 1*pre_1_24_2 - 1*post_1_24_2 =l= 0;
relu_1_24_2_off_when_inactive.. + 1*post_1_24_2 - 21.79321037768921*relu_1_24_2_on =l= 0;
relu_1_24_2_pre_when_active.. - 1*pre_1_24_2 + 1*post_1_24_2 + 21.79321037768921*relu_1_24_2_on =l= 21.79321037768921;
relu_1_25_0_above_pre.. + 1*pre_1_25_0 - 1*post_1_25_0 =l= 0;
relu_1_25_0_off_when_inactive.. + 1*post_1_25_0 - 14.069452557022705*relu_1_25_0_on =l= 0;
relu_1_25_0_pre_when_active.. - 1*pre_1_25_0 + 1*post_1_25_0 + 14.069452557022705*relu_1_25_0_on =l= 14.069452557022705;
relu_1_25_1_above_pre.. + 1*pre_1_25_1 - 1*post_1_25_1 =l= 0;
relu_1_25_1_off_when_inactive.. + 1*post_1_25_1 - 14.069452557022705*relu_1_25_1_on =l= 0;
relu_1_25_1_pre_when_active.. - 1*pre_1_25_1 + 1*post_1_25_1 + 14.069452557022705*relu_1_25_1_on =l= 14.069452557022705;
relu_1_25_2_above_pre.. + 1*pre_1_25_2 - 1*post_1_25_2 =l= 0;
relu_1_25_2_off_when_inactive.. + 1*post_1_25_2 - 14.069452557022705*relu_1_25_2_on =l= 0;
relu_1_25_2_pre_when_active.. - 1*pre_1_25_2 + 1*post_1_25_2 + 14.069452557022705*relu_1_25_2_on =l= 14.069452557022705;
relu_1_26_0_above_pre.. + 1*pre_1_26_0 - 1*post_1_26_0 =l= 0;
relu_1_26_0_off_when_inactive.. + 1*post_1_26_0 - 17.50462981178663*relu_1_26_0_on =l= 0;
relu_1_26_0_pre_when_active.. - 1*pre_1_26_0 + 1*post_1_26_0 + 17.50462981178663*relu_1_26_0_on =l= 17.50462981178663;
relu_1_26_1_above_pre.. + 1*pre_1_26_1 - 1*post_1_26_1 =l= 0;
relu_1_26_1_off_when_inactive.. + 1*post_1_26_1 - 17.50462981178663*relu_1_26_1_on =l= 0;
relu_1_26_1_pre_when_active.. - 1*pre_1_26_1 + 1*post_1_26_1 + 17.50462981178663*relu_1_26_1_on =l= 17.50462981178663;
relu_1_26_2_above_pre.. + 1*pre_1_26_2 - 1*post_1_26_2 =l= 0;
relu_1_26_2_off_when_inactive.. + 1*post_1_26_2 - 17.50462981178663*relu_1_26_2_on =l= 0;
relu_1_26_2_pre_when_active.. - 1*pre_1_26_2 + 1*post_1_26_2 + 17.50462981178663*relu_1_26_2_on =l= 17.50462981178663;
relu_1_27_0_above_pre.. + 1*pre_1_27_0 - 1*post_1_27_0 =l= 0;
relu_1_27_0_off_when_inactive.. + 1*post_1_27_0 - 19.386052960710046*relu_1_27_0_on =l= 0;
relu_1_27_0_pre_when_active.. - 1*pre_1_27_0 + 1*post_1_27_0 + 19.386052960710046*relu_1_27_0_on =l= 19.386052960710046;
relu_1_27_1_above_pre.. + 1*pre_1_27_1 - 1*post_1_27_1 =l= 0;
relu_1_27_1_off_when_inactive.. + 1*post_1_27_1 - 19.386052960710046*relu_1_27_1_on =l= 0;
relu_1_27_1_pre_when_active.. - 1*pre_1_27_1 + 1*post_1_27_1 + 19.386052960710046*relu_1_27_1_on =l= 19.386052960710046;
relu_1_27_2_above_pre.. + 1*pre_1_27_2 - 1*post_1_27_2 =l= 0;
relu_1_27_2_off_when_inactive.. + 1*post_1_27_2 - 19.386052960710046*relu_1_27_2_on =l= 0;
relu_1_27_2_pre_when_active.. - 1*pre_1_27_2 + 1*post_1_27_2 + 19.386052960710046*relu_1_27_2_on =l= 19.386052960710046;
relu_1_28_0_above_pre.. + 1*pre_1_28_0 - 1*post_1_28_0 =l= 0;
relu_1_28_0_off_when_inactive.. + 1*post_1_28_0 - 18.425031695450635*relu_1_28_0_on =l= 0;
relu_1_28_0_pre_when_active.. - 1*pre_1_28_0 + 1*post_1_28_0 + 18.425031695450635*relu_1_28_0_on =l= 18.425031695450635;
relu_1_28_1_above_pre.. + 1*pre_1_28_1 - 1*post_1_28_1 =l= 0;
relu_1_28_1_off_when_inactive.. + 1*post_1_28_1 - 18.425031695450635*relu_1_28_1_on =l= 0;
relu_1_28_1_pre_when_active.. - 1*pre_1_28_1 + 1*post_1_28_1 + 18.425031695450635*relu_1_28_1_on =l= 18.425031695450635;
relu_1_28_2_above_pre.. + 1*pre_1_28_2 - 1*post_1_28_2 =l= 0;
relu_1_28_2_off_when_inactive.. + 1*post_1_28_2 - 18.425031695450635*relu_1_28_2_on =l= 0;
relu_1_28_2_pre_when_active.. - 1*pre_1_28_2 + 1*post_1_28_2 + 18.425031695450635*relu_1_28_2_on =l= 18.425031695450635;
relu_1_29_0_above_pre.. + 1*pre_1_29_0 - 1*post_1_29_0 =l= 0;
relu_1_29_0_off_when_inactive.. + 1*post_1_29_0 - 17.761993170337504*relu_1_29_0_on =l= 0;
relu_1_29_0_pre_when_active.. - 1*pre_1_29_0 + 1*post_1_29_0 + 17.761993170337504*relu_1_29_0_on =l= 17.761993170337504;
relu_1_29_1_above_pre.. + 1*pre_1_29_1 - 1*post_1_29_1 =l= 0;
relu_1_29_1_off_when_inactive.. + 1*post_1_29_1 - 17.761993170337504*relu_1_29_1_on =l= 0;
relu_1_29_1_pre_when_active.. - 1*pre_1_29_1 + 1*post_1_29_1 + 17.761993170337504*relu_1_29_1_on =l= 17.761993170337504;
relu_1_29_2_above_pre.. + 1*pre_1_29_2 - 1*post_1_29_2 =l= 0;
relu_1_29_2_off_when_inactive.. + 1*post_1_29_2 - 17.761993170337504*relu_1_29_2_on =l= 0;
relu_1_29_2_pre_when_active.. - 1*pre_1_29_2 + 1*post_1_29_2 + 17.761993170337504*relu_1_29_2_on =l= 17.761993170337504;
relu_1_30_0_above_pre.. + 1*pre_1_30_0 - 1*post_1_30_0 =l= 0;
relu_1_30_0_off_when_inactive.. + 1*post_1_30_0 - 17.184504240055624*relu_1_30_0_on =l= 0;
relu_1_30_0_pre_when_active.. - 1*pre_1_30_0 + 1*post_1_30_0 + 17.184504240055624*relu_1_30_0_on =l= 17.184504240055624;
relu_1_30_1_above_pre.. + 1*pre_1_30_1 - 1*post_1_30_1 =l= 0;
relu_1_30_1_off_when_inactive.. + 1*post_1_30_1 - 17.184504240055624*relu_1_30_1_on =l= 0;
relu_1_30_1_pre_when_active.. - 1*pre_1_30_1 + 1*post_1_30_1 + 17.184504240055624*relu_1_30_1_on =l= 17.184504240055624;
relu_1_30_2_above_pre.. + 1*pre_1_30_2 - 1*post_1_30_2 =l= 0;
relu_1_30_2_off_when_inactive.. + 1*post_1_30_2 - 17.184504240055624*relu_1_30_2_on =l= 0;
relu_1_30_2_pre_when_active.. - 1*pre_1_30_2 + 1*post_1_30_2 + 17.184504240055624*relu_1_30_2_on =l= 17.184504240055624;
relu_1_31_0_above_pre.. + 1*pre_1_31_0 - 1*post_1_31_0 =l= 0;
relu_1_31_0_off_when_inactive.. + 1*post_1_31_0 - 12.509726888993441*relu_1_31_0_on =l= 0;
relu_1_31_0_pre_when_active.. - 1*pre_1_31_0 + 1*post_1_31_0 + 12.509726888993441*relu_1_31_0_on =l= 12.509726888993441;
relu_1_31_1_above_pre.. + 1*pre_1_31_1 - 1*post_1_31_1 =l= 0;
relu_1_31_1_off_when_inactive.. + 1*post_1_31_1 - 12.509726888993441*relu_1_31_1_on =l= 0;
relu_1_31_1_pre_when_active.. - 1*pre_1_31_1 + 1*post_1_31_1 + 12.509726888993441*relu_1_31_1_on =l= 12.509726888993441;
relu_1_31_2_above_pre.. + 1*pre_1_31_2 - 1*post_1_31_2 =l= 0;
relu_1_31_2_off_when_inactive.. + 1*post_1_31_2 - 12.509726888993441*relu_1_31_2_on =l= 0;
relu_1_31_2_pre_when_active.. - 1*pre_1_31_2 + 1*post_1_31_2 + 12.509726888993441*relu_1_31_2_on =l= 12.509726888993441;

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
u_2_0.lo = -9;
u_2_0.up = 9;
u_2_1.lo = -9;
u_2_1.up = 9;
u_2_2.lo = -9;
u_2_2.up = 9;
pre_1_0_0.lo = -21.529257680240633;
pre_1_0_0.up = 21.529257680240633;
pre_1_0_1.lo = -21.529257680240633;
pre_1_0_1.up = 21.529257680240633;
pre_1_0_2.lo = -21.529257680240633;
pre_1_0_2.up = 21.529257680240633;
pre_1_1_0.lo = -21.375419431451895;
pre_1_1_0.up = 21.375419431451895;
pre_1_1_1.lo = -21.375419431451895;
pre_1_1_1.up = 21.375419431451895;
pre_1_1_2.lo = -21.375419431451895;
pre_1_1_2.up = 21.375419431451895;
pre_1_2_0.lo = -13.351487934810724;
pre_1_2_0.up = 13.351487934810724;
pre_1_2_1.lo = -13.351487934810724;
pre_1_2_1.up = 13.351487934810724;
pre_1_2_2.lo = -13.351487934810724;
pre_1_2_2.up = 13.351487934810724;
pre_1_3_0.lo = -18.881875937823814;
pre_1_3_0.up = 18.881875937823814;
pre_1_3_1.lo = -18.881875937823814;
pre_1_3_1.up = 18.881875937823814;
pre_1_3_2.lo = -18.881875937823814;
pre_1_3_2.up = 18.881875937823814;
pre_1_4_0.lo = -18.834140487493194;
pre_1_4_0.up = 18.834140487493194;
pre_1_4_1.lo = -18.834140487493194;
pre_1_4_1.up = 18.834140487493194;
pre_1_4_2.lo = -18.834140487493194;
pre_1_4_2.up = 18.834140487493194;
pre_1_5_0.lo = -13.726343214999071;
pre_1_5_0.up = 13.726343214999071;
pre_1_5_1.lo = -13.726343214999071;
pre_1_5_1.up = 13.726343214999071;
pre_1_5_2.lo = -13.726343214999071;
pre_1_5_2.up = 13.726343214999071;
pre_1_6_0.lo = -20.0435828674919;
pre_1_6_0.up = 20.0435828674919;
pre_1_6_1.lo = -20.0435828674919;
pre_1_6_1.up = 20.0435828674919;
pre_1_6_2.lo = -20.0435828674919;
pre_1_6_2.up = 20.0435828674919;
pre_1_7_0.lo = -20.99479181862465;
pre_1_7_0.up = 20.99479181862465;
pre_1_7_1.lo = -20.99479181862465;
pre_1_7_1.up = 20.99479181862465;
pre_1_7_2.lo = -20.99479181862465;
pre_1_7_2.up = 20.99479181862465;
pre_1_8_0.lo = -15.100308123097616;
pre_1_8_0.up = 15.100308123097616;
pre_1_8_1.lo = -15.100308123097616;
pre_1_8_1.up = 15.100308123097616;
pre_1_8_2.lo = -15.100308123097616;
pre_1_8_2.up = 15.100308123097616;
pre_1_9_0.lo = -17.567677277972727;
pre_1_9_0.up = 17.567677277972727;
pre_1_9_1.lo = -17.567677277972727;
pre_1_9_1.up = 17.567677277972727;
pre_1_9_2.lo = -17.567677277972727;
pre_1_9_2.up = 17.567677277972727;
pre_1_10_0.lo = -13.443167928056535;
pre_1_10_0.up = 13.443167928056535;
pre_1_10_1.lo = -13.443167928056535;
pre_1_10_1.up = 13.443167928056535;
pre_1_10_2.lo = -13.443167928056535;
pre_1_10_2.up = 13.443167928056535;
pre_1_11_0.lo = -12.670609780966595;
pre_1_11_0.up = 12.670609780966595;
pre_1_11_1.lo = -12.670609780966595;
pre_1_11_1.up = 12.670609780966595;
pre_1_11_2.lo = -12.670609780966595;
pre_1_11_2.up = 12.670609780966595;
pre_1_12_0.lo = -23.8235643054945;
pre_1_12_0.up = 23.8235643054945;
pre_1_12_1.lo = -23.8235643054945;
pre_1_12_1.up = 23.8235643054945;
pre_1_12_2.lo = -23.8235643054945;
pre_1_12_2.up = 23.8235643054945;
pre_1_13_0.lo = -12.847223412372433;
pre_1_13_0.up = 12.847223412372433;
pre_1_13_1.lo = -12.847223412372433;
pre_1_13_1.up = 12.847223412372433;
pre_1_13_2.lo = -12.847223412372433;
pre_1_13_2.up = 12.847223412372433;
pre_1_14_0.lo = -13.903751504227584;
pre_1_14_0.up = 13.903751504227584;
pre_1_14_1.lo = -13.903751504227584;
pre_1_14_1.up = 13.903751504227584;
pre_1_14_2.lo = -13.903751504227584;
pre_1_14_2.up = 13.903751504227584;
pre_1_15_0.lo = -13.8684559313647;
pre_1_15_0.up = 13.8684559313647;
pre_1_15_1.lo = -13.8684559313647;
pre_1_15_1.up = 13.8684559313647;
pre_1_15_2.lo = -13.8684559313647;
pre_1_15_2.up = 13.8684559313647;
pre_1_16_0.lo = -20.936101652485426;
pre_1_16_0.up = 20.936101652485426;
pre_1_16_1.lo = -20.936101652485426;
pre_1_16_1.up = 20.936101652485426;
pre_1_16_2.lo = -20.936101652485426;
pre_1_16_2.up = 20.936101652485426;
pre_1_17_0.lo = -18.705092419865835;
pre_1_17_0.up = 18.705092419865835;
pre_1_17_1.lo = -18.705092419865835;
pre_1_17_1.up = 18.705092419865835;
pre_1_17_2.lo = -18.705092419865835;
pre_1_17_2.up = 18.705092419865835;
pre_1_18_0.lo = -20.15536419255746;
pre_1_18_0.up = 20.15536419255746;
pre_1_18_1.lo = -20.15536419255746;
pre_1_18_1.up = 20.15536419255746;
pre_1_18_2.lo = -20.15536419255746;
pre_1_18_2.up = 20.15536419255746;
pre_1_19_0.lo = -20.468066180719532;
pre_1_19_0.up = 20.468066180719532;
pre_1_19_1.lo = -20.468066180719532;
pre_1_19_1.up = 20.468066180719532;
pre_1_19_2.lo = -20.468066180719532;
pre_1_19_2.up = 20.468066180719532;
pre_1_20_0.lo = -19.895668283684614;
pre_1_20_0.up = 19.895668283684614;
pre_1_20_1.lo = -19.895668283684614;
pre_1_20_1.up = 19.895668283684614;
pre_1_20_2.lo = -19.895668283684614;
pre_1_20_2.up = 19.895668283684614;
pre_1_21_0.lo = -16.188860996205733;
pre_1_21_0.up = 16.188860996205733;
pre_1_21_1.lo = -16.188860996205733;
pre_1_21_1.up = 16.188860996205733;
pre_1_21_2.lo = -16.188860996205733;
pre_1_21_2.up = 16.188860996205733;
pre_1_22_0.lo = -19.182277103283845;
pre_1_22_0.up = 19.182277103283845;
pre_1_22_1.lo = -19.182277103283845;
pre_1_22_1.up = 19.182277103283845;
pre_1_22_2.lo = -19.182277103283845;
pre_1_22_2.up = 19.182277103283845;
pre_1_23_0.lo = -18.781683464053117;
pre_1_23_0.up = 18.781683464053117;
pre_1_23_1.lo = -18.781683464053117;
pre_1_23_1.up = 18.781683464053117;
pre_1_23_2.lo = -18.781683464053117;
pre_1_23_2.up = 18.781683464053117;
pre_1_24_0.lo = -21.79321037768921;
pre_1_24_0.up = 21.79321037768921;
pre_1_24_1.lo = -21.79321037768921;
pre_1_24_1.up = 21.79321037768921;
pre_1_24_2.lo = -21.79321037768921;
pre_1_24_2.up = 21.79321037768921;
pre_1_25_0.lo = -14.069452557022705;
pre_1_25_0.up = 14.069452557022705;
pre_1_25_1.lo = -14.069452557022705;
pre_1_25_1.up = 14.069452557022705;
pre_1_25_2.lo = -14.069452557022705;
pre_1_25_2.up = 14.069452557022705;
pre_1_26_0.lo = -17.50462981178663;
pre_1_26_0.up = 17.50462981178663;
pre_1_26_1.lo = -17.50462981178663;
pre_1_26_1.up = 17.50462981178663;
pre_1_26_2.lo = -17.50462981178663;
pre_1_26_2.up = 17.50462981178663;
pre_1_27_0.lo = -19.386052960710046;
pre_1_27_0.up = 19.386052960710046;
pre_1_27_1.lo = -19.386052960710046;
pre_1_27_1.up = 19.386052960710046;
pre_1_27_2.lo = -19.386052960710046;
pre_1_27_2.up = 19.386052960710046;
pre_1_28_0.lo = -18.425031695450635;
pre_1_28_0.up = 18.425031695450635;
pre_1_28_1.lo = -18.425031695450635;
pre_1_28_1.up = 18.425031695450635;
pre_1_28_2.lo = -18.425031695450635;
pre_1_28_2.up = 18.425031695450635;
pre_1_29_0.lo = -17.761993170337504;
pre_1_29_0.up = 17.761993170337504;
pre_1_29_1.lo = -17.761993170337504;
pre_1_29_1.up = 17.761993170337504;
pre_1_29_2.lo = -17.761993170337504;
pre_1_29_2.up = 17.761993170337504;
pre_1_30_0.lo = -17.184504240055624;
pre_1_30_0.up = 17.184504240055624;
pre_1_30_1.lo = -17.184504240055624;
pre_1_30_1.up = 17.184504240055624;
pre_1_30_2.lo = -17.184504240055624;
pre_1_30_2.up = 17.184504240055624;
pre_1_31_0.lo = -12.509726888993441;
pre_1_31_0.up = 12.509726888993441;
pre_1_31_1.lo = -12.509726888993441;
pre_1_31_1.up = 12.509726888993441;
pre_1_31_2.lo = -12.509726888993441;
pre_1_31_2.up = 12.509726888993441;
post_1_0_0.lo = 0;
post_1_0_0.up = 21.529257680240633;
post_1_0_1.lo = 0;
post_1_0_1.up = 21.529257680240633;
post_1_0_2.lo = 0;
post_1_0_2.up = 21.529257680240633;
post_1_1_0.lo = 0;
post_1_1_0.up = 21.375419431451895;
post_1_1_1.lo = 0;
post_1_1_1.up = 21.375419431451895;
post_1_1_2.lo = 0;
post_1_1_2.up = 21.375419431451895;
post_1_2_0.lo = 0;
post_1_2_0.up = 13.351487934810724;
post_1_2_1.lo = 0;
post_1_2_1.up = 13.351487934810724;
post_1_2_2.lo = 0;
post_1_2_2.up = 13.351487934810724;
post_1_3_0.lo = 0;
post_1_3_0.up = 18.881875937823814;
post_1_3_1.lo = 0;
post_1_3_1.up = 18.881875937823814;
post_1_3_2.lo = 0;
post_1_3_2.up = 18.881875937823814;
post_1_4_0.lo = 0;
post_1_4_0.up = 18.834140487493194;
post_1_4_1.lo = 0;
post_1_4_1.up = 18.834140487493194;
post_1_4_2.lo = 0;
post_1_4_2.up = 18.834140487493194;
post_1_5_0.lo = 0;
post_1_5_0.up = 13.726343214999071;
post_1_5_1.lo = 0;
post_1_5_1.up = 13.726343214999071;
post_1_5_2.lo = 0;
post_1_5_2.up = 13.726343214999071;
post_1_6_0.lo = 0;
post_1_6_0.up = 20.0435828674919;
post_1_6_1.lo = 0;
post_1_6_1.up = 20.0435828674919;
post_1_6_2.lo = 0;
post_1_6_2.up = 20.0435828674919;
post_1_7_0.lo = 0;
post_1_7_0.up = 20.99479181862465;
post_1_7_1.lo = 0;
post_1_7_1.up = 20.99479181862465;
post_1_7_2.lo = 0;
post_1_7_2.up = 20.99479181862465;
post_1_8_0.lo = 0;
post_1_8_0.up = 15.100308123097616;
post_1_8_1.lo = 0;
post_1_8_1.up = 15.100308123097616;
post_1_8_2.lo = 0;
post_1_8_2.up = 15.100308123097616;
post_1_9_0.lo = 0;
post_1_9_0.up = 17.567677277972727;
post_1_9_1.lo = 0;
post_1_9_1.up = 17.567677277972727;
post_1_9_2.lo = 0;
post_1_9_2.up = 17.567677277972727;
post_1_10_0.lo = 0;
post_1_10_0.up = 13.443167928056535;
post_1_10_1.lo = 0;
post_1_10_1.up = 13.443167928056535;
post_1_10_2.lo = 0;
post_1_10_2.up = 13.443167928056535;
post_1_11_0.lo = 0;
post_1_11_0.up = 12.670609780966595;
post_1_11_1.lo = 0;
post_1_11_1.up = 12.670609780966595;
post_1_11_2.lo = 0;
post_1_11_2.up = 12.670609780966595;
post_1_12_0.lo = 0;
post_1_12_0.up = 23.8235643054945;
post_1_12_1.lo = 0;
post_1_12_1.up = 23.8235643054945;
post_1_12_2.lo = 0;
post_1_12_2.up = 23.8235643054945;
post_1_13_0.lo = 0;
post_1_13_0.up = 12.847223412372433;
post_1_13_1.lo = 0;
post_1_13_1.up = 12.847223412372433;
post_1_13_2.lo = 0;
post_1_13_2.up = 12.847223412372433;
post_1_14_0.lo = 0;
post_1_14_0.up = 13.903751504227584;
post_1_14_1.lo = 0;
post_1_14_1.up = 13.903751504227584;
post_1_14_2.lo = 0;
post_1_14_2.up = 13.903751504227584;
post_1_15_0.lo = 0;
post_1_15_0.up = 13.8684559313647;
post_1_15_1.lo = 0;
post_1_15_1.up = 13.8684559313647;
post_1_15_2.lo = 0;
post_1_15_2.up = 13.8684559313647;
post_1_16_0.lo = 0;
post_1_16_0.up = 20.936101652485426;
post_1_16_1.lo = 0;
post_1_16_1.up = 20.936101652485426;
post_1_16_2.lo = 0;
post_1_16_2.up = 20.936101652485426;
post_1_17_0.lo = 0;
post_1_17_0.up = 18.705092419865835;
post_1_17_1.lo = 0;
post_1_17_1.up = 18.705092419865835;
post_1_17_2.lo = 0;
post_1_17_2.up = 18.705092419865835;
post_1_18_0.lo = 0;
post_1_18_0.up = 20.15536419255746;
post_1_18_1.lo = 0;
post_1_18_1.up = 20.15536419255746;
post_1_18_2.lo = 0;
post_1_18_2.up = 20.15536419255746;
post_1_19_0.lo = 0;
post_1_19_0.up = 20.468066180719532;
post_1_19_1.lo = 0;
post_1_19_1.up = 20.468066180719532;
post_1_19_2.lo = 0;
post_1_19_2.up = 20.468066180719532;
post_1_20_0.lo = 0;
post_1_20_0.up = 19.895668283684614;
post_1_20_1.lo = 0;
post_1_20_1.up = 19.895668283684614;
post_1_20_2.lo = 0;
post_1_20_2.up = 19.895668283684614;
post_1_21_0.lo = 0;
post_1_21_0.up = 16.188860996205733;
post_1_21_1.lo = 0;
post_1_21_1.up = 16.188860996205733;
post_1_21_2.lo = 0;
post_1_21_2.up = 16.188860996205733;
post_1_22_0.lo = 0;
post_1_22_0.up = 19.182277103283845;
post_1_22_1.lo = 0;
post_1_22_1.up = 19.182277103283845;
post_1_22_2.lo = 0;
post_1_22_2.up = 19.182277103283845;
post_1_23_0.lo = 0;
post_1_23_0.up = 18.781683464053117;
post_1_23_1.lo = 0;
post_1_23_1.up = 18.781683464053117;
post_1_23_2.lo = 0;
post_1_23_2.up = 18.781683464053117;
post_1_24_0.lo = 0;
post_1_24_0.up = 21.79321037768921;
post_1_24_1.lo = 0;
post_1_24_1.up = 21.79321037768921;
post_1_24_2.lo = 0;
post_1_24_2.up = 21.79321037768921;
post_1_25_0.lo = 0;
post_1_25_0.up = 14.069452557022705;
post_1_25_1.lo = 0;
post_1_25_1.up = 14.069452557022705;
post_1_25_2.lo = 0;
post_1_25_2.up = 14.069452557022705;
post_1_26_0.lo = 0;
post_1_26_0.up = 17.50462981178663;
post_1_26_1.lo = 0;
post_1_26_1.up = 17.50462981178663;
post_1_26_2.lo = 0;
post_1_26_2.up = 17.50462981178663;
post_1_27_0.lo = 0;
post_1_27_0.up = 19.386052960710046;
post_1_27_1.lo = 0;
post_1_27_1.up = 19.386052960710046;
post_1_27_2.lo = 0;
post_1_27_2.up = 19.386052960710046;
post_1_28_0.lo = 0;
post_1_28_0.up = 18.425031695450635;
post_1_28_1.lo = 0;
post_1_28_1.up = 18.425031695450635;
post_1_28_2.lo = 0;
post_1_28_2.up = 18.425031695450635;
post_1_29_0.lo = 0;
post_1_29_0.up = 17.761993170337504;
post_1_29_1.lo = 0;
post_1_29_1.up = 17.761993170337504;
post_1_29_2.lo = 0;
post_1_29_2.up = 17.761993170337504;
post_1_30_0.lo = 0;
post_1_30_0.up = 17.184504240055624;
post_1_30_1.lo = 0;
post_1_30_1.up = 17.184504240055624;
post_1_30_2.lo = 0;
post_1_30_2.up = 17.184504240055624;
post_1_31_0.lo = 0;
post_1_31_0.up = 12.509726888993441;
post_1_31_1.lo = 0;
post_1_31_1.up = 12.509726888993441;
post_1_31_2.lo = 0;
post_1_31_2.up = 12.509726888993441;
b_2_0.lo = -3;
b_2_0.up = 3;
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
out_6_0.lo = -63.1307486024757;
out_6_0.up = 63.1307486024757;
out_7_0.lo = -65.98437545587394;
out_7_0.up = 65.98437545587394;
out_8_0.lo = -48.300924369292844;
out_8_0.up = 48.300924369292844;
out_9_0.lo = -55.70303183391818;
out_9_0.up = 55.70303183391818;
out_10_0.lo = -43.3295037841696;
out_10_0.up = 43.3295037841696;
out_11_0.lo = -41.01182934289979;
out_11_0.up = 41.01182934289979;
out_12_0.lo = -74.4706929164835;
out_12_0.up = 74.4706929164835;
out_13_0.lo = -41.5416702371173;
out_13_0.up = 41.5416702371173;
out_14_0.lo = -44.71125451268275;
out_14_0.up = 44.71125451268275;
out_15_0.lo = -44.6053677940941;
out_15_0.up = 44.6053677940941;
out_16_0.lo = -65.80830495745627;
out_16_0.up = 65.80830495745627;
out_17_0.lo = -59.115277259597505;
out_17_0.up = 59.115277259597505;
out_18_0.lo = -63.466092577672384;
out_18_0.up = 63.466092577672384;
out_19_0.lo = -64.4041985421586;
out_19_0.up = 64.4041985421586;
out_20_0.lo = -62.68700485105384;
out_20_0.up = 62.68700485105384;
out_21_0.lo = -51.5665829886172;
out_21_0.up = 51.5665829886172;
out_22_0.lo = -60.546831309851534;
out_22_0.up = 60.546831309851534;
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
post_positive_0_0.lo = 0;
post_positive_0_0.up = 21.529257680240633;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 21.529257680240633;
post_positive_0_2.lo = 0;
post_positive_0_2.up = 21.529257680240633;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 21.375419431451895;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 21.375419431451895;
post_positive_1_2.lo = 0;
post_positive_1_2.up = 21.375419431451895;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 13.351487934810724;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 13.351487934810724;
post_positive_2_2.lo = 0;
post_positive_2_2.up = 13.351487934810724;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 18.881875937823814;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 18.881875937823814;
post_positive_3_2.lo = 0;
post_positive_3_2.up = 18.881875937823814;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 18.834140487493194;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 18.834140487493194;
post_positive_4_2.lo = 0;
post_positive_4_2.up = 18.834140487493194;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 13.726343214999071;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 13.726343214999071;
post_positive_5_2.lo = 0;
post_positive_5_2.up = 13.726343214999071;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 20.0435828674919;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 20.0435828674919;
post_positive_6_2.lo = 0;
post_positive_6_2.up = 20.0435828674919;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 20.99479181862465;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 20.99479181862465;
post_positive_7_2.lo = 0;
post_positive_7_2.up = 20.99479181862465;
post_positive_8_0.lo = 0;
post_positive_8_0.up = 15.100308123097616;
post_positive_8_1.lo = 0;
post_positive_8_1.up = 15.100308123097616;
post_positive_8_2.lo = 0;
post_positive_8_2.up = 15.100308123097616;
post_positive_9_0.lo = 0;
post_positive_9_0.up = 17.567677277972727;
post_positive_9_1.lo = 0;
post_positive_9_1.up = 17.567677277972727;
post_positive_9_2.lo = 0;
post_positive_9_2.up = 17.567677277972727;
post_positive_10_0.lo = 0;
post_positive_10_0.up = 13.443167928056535;
post_positive_10_1.lo = 0;
post_positive_10_1.up = 13.443167928056535;
post_positive_10_2.lo = 0;
post_positive_10_2.up = 13.443167928056535;
post_positive_11_0.lo = 0;
post_positive_11_0.up = 12.670609780966595;
post_positive_11_1.lo = 0;
post_positive_11_1.up = 12.670609780966595;
post_positive_11_2.lo = 0;
post_positive_11_2.up = 12.670609780966595;
post_positive_12_0.lo = 0;
post_positive_12_0.up = 23.8235643054945;
post_positive_12_1.lo = 0;
post_positive_12_1.up = 23.8235643054945;
post_positive_12_2.lo = 0;
post_positive_12_2.up = 23.8235643054945;
post_positive_13_0.lo = 0;
post_positive_13_0.up = 12.847223412372433;
post_positive_13_1.lo = 0;
post_positive_13_1.up = 12.847223412372433;
post_positive_13_2.lo = 0;
post_positive_13_2.up = 12.847223412372433;
post_positive_14_0.lo = 0;
post_positive_14_0.up = 13.903751504227584;
post_positive_14_1.lo = 0;
post_positive_14_1.up = 13.903751504227584;
post_positive_14_2.lo = 0;
post_positive_14_2.up = 13.903751504227584;
post_positive_15_0.lo = 0;
post_positive_15_0.up = 13.8684559313647;
post_positive_15_1.lo = 0;
post_positive_15_1.up = 13.8684559313647;
post_positive_15_2.lo = 0;
post_positive_15_2.up = 13.8684559313647;
post_positive_16_0.lo = 0;
post_positive_16_0.up = 20.936101652485426;
post_positive_16_1.lo = 0;
post_positive_16_1.up = 20.936101652485426;
post_positive_16_2.lo = 0;
post_positive_16_2.up = 20.936101652485426;
post_positive_17_0.lo = 0;
post_positive_17_0.up = 18.705092419865835;
post_positive_17_1.lo = 0;
post_positive_17_1.up = 18.705092419865835;
post_positive_17_2.lo = 0;
post_positive_17_2.up = 18.705092419865835;
post_positive_18_0.lo = 0;
post_positive_18_0.up = 20.15536419255746;
post_positive_18_1.lo = 0;
post_positive_18_1.up = 20.15536419255746;
post_positive_18_2.lo = 0;
post_positive_18_2.up = 20.15536419255746;
post_positive_19_0.lo = 0;
post_positive_19_0.up = 20.468066180719532;
post_positive_19_1.lo = 0;
post_positive_19_1.up = 20.468066180719532;
post_positive_19_2.lo = 0;
post_positive_19_2.up = 20.468066180719532;
post_positive_20_0.lo = 0;
post_positive_20_0.up = 19.895668283684614;
post_positive_20_1.lo = 0;
post_positive_20_1.up = 19.895668283684614;
post_positive_20_2.lo = 0;
post_positive_20_2.up = 19.895668283684614;
post_positive_21_0.lo = 0;
post_positive_21_0.up = 16.188860996205733;
post_positive_21_1.lo = 0;
post_positive_21_1.up = 16.188860996205733;
post_positive_21_2.lo = 0;
post_positive_21_2.up = 16.188860996205733;
post_positive_22_0.lo = 0;
post_positive_22_0.up = 19.182277103283845;
post_positive_22_1.lo = 0;
post_positive_22_1.up = 19.182277103283845;
post_positive_22_2.lo = 0;
post_positive_22_2.up = 19.182277103283845;
post_positive_23_0.lo = 0;
post_positive_23_0.up = 18.781683464053117;
post_positive_23_1.lo = 0;
post_positive_23_1.up = 18.781683464053117;
post_positive_23_2.lo = 0;
post_positive_23_2.up = 18.781683464053117;
post_positive_24_0.lo = 0;
post_positive_24_0.up = 21.79321037768921;
post_positive_24_1.lo = 0;
post_positive_24_1.up = 21.79321037768921;
post_positive_24_2.lo = 0;
post_positive_24_2.up = 21.79321037768921;
post_positive_25_0.lo = 0;
post_positive_25_0.up = 14.069452557022705;
post_positive_25_1.lo = 0;
post_positive_25_1.up = 14.069452557022705;
post_positive_25_2.lo = 0;
post_positive_25_2.up = 14.069452557022705;
post_positive_26_0.lo = 0;
post_positive_26_0.up = 17.50462981178663;
post_positive_26_1.lo = 0;
post_positive_26_1.up = 17.50462981178663;
post_positive_26_2.lo = 0;
post_positive_26_2.up = 17.50462981178663;
post_positive_27_0.lo = 0;
post_positive_27_0.up = 19.386052960710046;
post_positive_27_1.lo = 0;
post_positive_27_1.up = 19.386052960710046;
post_positive_27_2.lo = 0;
post_positive_27_2.up = 19.386052960710046;
post_positive_28_0.lo = 0;
post_positive_28_0.up = 18.425031695450635;
post_positive_28_1.lo = 0;
post_positive_28_1.up = 18.425031695450635;
post_positive_28_2.lo = 0;
post_positive_28_2.up = 18.425031695450635;
post_positive_29_0.lo = 0;
post_positive_29_0.up = 17.761993170337504;
post_positive_29_1.lo = 0;
post_positive_29_1.up = 17.761993170337504;
post_positive_29_2.lo = 0;
post_positive_29_2.up = 17.761993170337504;
post_positive_30_0.lo = 0;
post_positive_30_0.up = 17.184504240055624;
post_positive_30_1.lo = 0;
post_positive_30_1.up = 17.184504240055624;
post_positive_30_2.lo = 0;
post_positive_30_2.up = 17.184504240055624;
post_positive_31_0.lo = 0;
post_positive_31_0.up = 12.509726888993441;
post_positive_31_1.lo = 0;
post_positive_31_1.up = 12.509726888993441;
post_positive_31_2.lo = 0;
post_positive_31_2.up = 12.509726888993441;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 21.529257680240633;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 21.529257680240633;
post_negative_0_2.lo = 0;
post_negative_0_2.up = 21.529257680240633;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 21.375419431451895;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 21.375419431451895;
post_negative_1_2.lo = 0;
post_negative_1_2.up = 21.375419431451895;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 13.351487934810724;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 13.351487934810724;
post_negative_2_2.lo = 0;
post_negative_2_2.up = 13.351487934810724;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 18.881875937823814;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 18.881875937823814;
post_negative_3_2.lo = 0;
post_negative_3_2.up = 18.881875937823814;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 18.834140487493194;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 18.834140487493194;
post_negative_4_2.lo = 0;
post_negative_4_2.up = 18.834140487493194;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 13.726343214999071;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 13.726343214999071;
post_negative_5_2.lo = 0;
post_negative_5_2.up = 13.726343214999071;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 20.0435828674919;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 20.0435828674919;
post_negative_6_2.lo = 0;
post_negative_6_2.up = 20.0435828674919;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 20.99479181862465;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 20.99479181862465;
post_negative_7_2.lo = 0;
post_negative_7_2.up = 20.99479181862465;
post_negative_8_0.lo = 0;
post_negative_8_0.up = 15.100308123097616;
post_negative_8_1.lo = 0;
post_negative_8_1.up = 15.100308123097616;
post_negative_8_2.lo = 0;
post_negative_8_2.up = 15.100308123097616;
post_negative_9_0.lo = 0;
post_negative_9_0.up = 17.567677277972727;
post_negative_9_1.lo = 0;
post_negative_9_1.up = 17.567677277972727;
post_negative_9_2.lo = 0;
post_negative_9_2.up = 17.567677277972727;
post_negative_10_0.lo = 0;
post_negative_10_0.up = 13.443167928056535;
post_negative_10_1.lo = 0;
post_negative_10_1.up = 13.443167928056535;
post_negative_10_2.lo = 0;
post_negative_10_2.up = 13.443167928056535;
post_negative_11_0.lo = 0;
post_negative_11_0.up = 12.670609780966595;
post_negative_11_1.lo = 0;
post_negative_11_1.up = 12.670609780966595;
post_negative_11_2.lo = 0;
post_negative_11_2.up = 12.670609780966595;
post_negative_12_0.lo = 0;
post_negative_12_0.up = 23.8235643054945;
post_negative_12_1.lo = 0;
post_negative_12_1.up = 23.8235643054945;
post_negative_12_2.lo = 0;
post_negative_12_2.up = 23.8235643054945;
post_negative_13_0.lo = 0;
post_negative_13_0.up = 12.847223412372433;
post_negative_13_1.lo = 0;
post_negative_13_1.up = 12.847223412372433;
post_negative_13_2.lo = 0;
post_negative_13_2.up = 12.847223412372433;
post_negative_14_0.lo = 0;
post_negative_14_0.up = 13.903751504227584;
post_negative_14_1.lo = 0;
post_negative_14_1.up = 13.903751504227584;
post_negative_14_2.lo = 0;
post_negative_14_2.up = 13.903751504227584;
post_negative_15_0.lo = 0;
post_negative_15_0.up = 13.8684559313647;
post_negative_15_1.lo = 0;
post_negative_15_1.up = 13.8684559313647;
post_negative_15_2.lo = 0;
post_negative_15_2.up = 13.8684559313647;
post_negative_16_0.lo = 0;
post_negative_16_0.up = 20.936101652485426;
post_negative_16_1.lo = 0;
post_negative_16_1.up = 20.936101652485426;
post_negative_16_2.lo = 0;
post_negative_16_2.up = 20.936101652485426;
post_negative_17_0.lo = 0;
post_negative_17_0.up = 18.705092419865835;
post_negative_17_1.lo = 0;
post_negative_17_1.up = 18.705092419865835;
post_negative_17_2.lo = 0;
post_negative_17_2.up = 18.705092419865835;
post_negative_18_0.lo = 0;
post_negative_18_0.up = 20.15536419255746;
post_negative_18_1.lo = 0;
post_negative_18_1.up = 20.15536419255746;
post_negative_18_2.lo = 0;
post_negative_18_2.up = 20.15536419255746;
post_negative_19_0.lo = 0;
post_negative_19_0.up = 20.468066180719532;
post_negative_19_1.lo = 0;
post_negative_19_1.up = 20.468066180719532;
post_negative_19_2.lo = 0;
post_negative_19_2.up = 20.468066180719532;
post_negative_20_0.lo = 0;
post_negative_20_0.up = 19.895668283684614;
post_negative_20_1.lo = 0;
post_negative_20_1.up = 19.895668283684614;
post_negative_20_2.lo = 0;
post_negative_20_2.up = 19.895668283684614;
post_negative_21_0.lo = 0;
post_negative_21_0.up = 16.188860996205733;
post_negative_21_1.lo = 0;
post_negative_21_1.up = 16.188860996205733;
post_negative_21_2.lo = 0;
post_negative_21_2.up = 16.188860996205733;
post_negative_22_0.lo = 0;
post_negative_22_0.up = 19.182277103283845;
post_negative_22_1.lo = 0;
post_negative_22_1.up = 19.182277103283845;
post_negative_22_2.lo = 0;
post_negative_22_2.up = 19.182277103283845;
post_negative_23_0.lo = 0;
post_negative_23_0.up = 18.781683464053117;
post_negative_23_1.lo = 0;
post_negative_23_1.up = 18.781683464053117;
post_negative_23_2.lo = 0;
post_negative_23_2.up = 18.781683464053117;
post_negative_24_0.lo = 0;
post_negative_24_0.up = 21.79321037768921;
post_negative_24_1.lo = 0;
post_negative_24_1.up = 21.79321037768921;
post_negative_24_2.lo = 0;
post_negative_24_2.up = 21.79321037768921;
post_negative_25_0.lo = 0;
post_negative_25_0.up = 14.069452557022705;
post_negative_25_1.lo = 0;
post_negative_25_1.up = 14.069452557022705;
post_negative_25_2.lo = 0;
post_negative_25_2.up = 14.069452557022705;
post_negative_26_0.lo = 0;
post_negative_26_0.up = 17.50462981178663;
post_negative_26_1.lo = 0;
post_negative_26_1.up = 17.50462981178663;
post_negative_26_2.lo = 0;
post_negative_26_2.up = 17.50462981178663;
post_negative_27_0.lo = 0;
post_negative_27_0.up = 19.386052960710046;
post_negative_27_1.lo = 0;
post_negative_27_1.up = 19.386052960710046;
post_negative_27_2.lo = 0;
post_negative_27_2.up = 19.386052960710046;
post_negative_28_0.lo = 0;
post_negative_28_0.up = 18.425031695450635;
post_negative_28_1.lo = 0;
post_negative_28_1.up = 18.425031695450635;
post_negative_28_2.lo = 0;
post_negative_28_2.up = 18.425031695450635;
post_negative_29_0.lo = 0;
post_negative_29_0.up = 17.761993170337504;
post_negative_29_1.lo = 0;
post_negative_29_1.up = 17.761993170337504;
post_negative_29_2.lo = 0;
post_negative_29_2.up = 17.761993170337504;
post_negative_30_0.lo = 0;
post_negative_30_0.up = 17.184504240055624;
post_negative_30_1.lo = 0;
post_negative_30_1.up = 17.184504240055624;
post_negative_30_2.lo = 0;
post_negative_30_2.up = 17.184504240055624;
post_negative_31_0.lo = 0;
post_negative_31_0.up = 12.509726888993441;
post_negative_31_1.lo = 0;
post_negative_31_1.up = 12.509726888993441;
post_negative_31_2.lo = 0;
post_negative_31_2.up = 12.509726888993441;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
