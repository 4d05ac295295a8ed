* teacher-N48-n2-m3-p1-s0-p1-plain-bigm  (relu-opt library: teacher-N48-n2-m3-p1-s0, problem 1, plain-bigm; {"hidden": [3], "bound": 3.0, "loss": "squared"})
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
  relu_1_0_0_on, relu_1_0_1_on, relu_1_0_2_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_1_2_on, relu_1_2_0_on, relu_1_2_1_on,
  relu_1_2_2_on, relu_1_3_0_on, relu_1_3_1_on, relu_1_3_2_on, relu_1_4_0_on, relu_1_4_1_on, relu_1_4_2_on, relu_1_5_0_on,
  relu_1_5_1_on, relu_1_5_2_on, relu_1_6_0_on, relu_1_6_1_on, relu_1_6_2_on, relu_1_7_0_on, relu_1_7_1_on, relu_1_7_2_on,
  relu_1_8_0_on, relu_1_8_1_on, relu_1_8_2_on, relu_1_9_0_on, relu_1_9_1_on, relu_1_9_2_on, relu_1_10_0_on, relu_1_10_1_on,
  relu_1_10_2_on, relu_1_11_0_on, relu_1_11_1_on, relu_1_11_2_on, relu_1_12_0_on, relu_1_12_1_on, relu_1_12_2_on, relu_1_13_0_on,
  relu_1_13_1_on, relu_1_13_2_on, relu_1_14_0_on, relu_1_14_1_on, relu_1_14_2_on, relu_1_15_0_on, relu_1_15_1_on, relu_1_15_2_on,
  relu_1_16_0_on, relu_1_16_1_on, relu_1_16_2_on, relu_1_17_0_on, relu_1_17_1_on, relu_1_17_2_on, relu_1_18_0_on, relu_1_18_1_on,
  relu_1_18_2_on, relu_1_19_0_on, relu_1_19_1_on, relu_1_19_2_on, relu_1_20_0_on, relu_1_20_1_on, relu_1_20_2_on, relu_1_21_0_on,
  relu_1_21_1_on, relu_1_21_2_on, relu_1_22_0_on, relu_1_22_1_on, relu_1_22_2_on, relu_1_23_0_on, relu_1_23_1_on, relu_1_23_2_on,
  relu_1_24_0_on, relu_1_24_1_on, relu_1_24_2_on, relu_1_25_0_on, relu_1_25_1_on, relu_1_25_2_on, relu_1_26_0_on, relu_1_26_1_on,
  relu_1_26_2_on, relu_1_27_0_on, relu_1_27_1_on, relu_1_27_2_on, relu_1_28_0_on, relu_1_28_1_on, relu_1_28_2_on, relu_1_29_0_on,
  relu_1_29_1_on, relu_1_29_2_on, relu_1_30_0_on, relu_1_30_1_on, relu_1_30_2_on, relu_1_31_0_on, relu_1_31_1_on, relu_1_31_2_on,
  relu_1_32_0_on, relu_1_32_1_on, relu_1_32_2_on, relu_1_33_0_on, relu_1_33_1_on, relu_1_33_2_on, relu_1_34_0_on, relu_1_34_1_on,
  relu_1_34_2_on, relu_1_35_0_on, relu_1_35_1_on, relu_1_35_2_on, relu_1_36_0_on, relu_1_36_1_on, relu_1_36_2_on, relu_1_37_0_on,
  relu_1_37_1_on, relu_1_37_2_on, relu_1_38_0_on, relu_1_38_1_on, relu_1_38_2_on, relu_1_39_0_on, relu_1_39_1_on, relu_1_39_2_on,
  relu_1_40_0_on, relu_1_40_1_on, relu_1_40_2_on, relu_1_41_0_on, relu_1_41_1_on, relu_1_41_2_on, relu_1_42_0_on, relu_1_42_1_on,
  relu_1_42_2_on, relu_1_43_0_on, relu_1_43_1_on, relu_1_43_2_on, relu_1_44_0_on, relu_1_44_1_on, relu_1_44_2_on, relu_1_45_0_on,
  relu_1_45_1_on, relu_1_45_2_on, relu_1_46_0_on, relu_1_46_1_on, relu_1_46_2_on, relu_1_47_0_on, relu_1_47_1_on, relu_1_47_2_on;

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
  out_definition_47_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_0_2_above_pre,
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
  relu_1_31_2_pre_when_active, relu_1_32_0_above_pre, relu_1_32_0_off_when_inactive, relu_1_32_0_pre_when_active, relu_1_32_1_above_pre, relu_1_32_1_off_when_inactive, relu_1_32_1_pre_when_active, relu_1_32_2_above_pre,
  relu_1_32_2_off_when_inactive, relu_1_32_2_pre_when_active, relu_1_33_0_above_pre, relu_1_33_0_off_when_inactive, relu_1_33_0_pre_when_active, relu_1_33_1_above_pre, relu_1_33_1_off_when_inactive, relu_1_33_1_pre_when_active,
  relu_1_33_2_above_pre, relu_1_33_2_off_when_inactive, relu_1_33_2_pre_when_active, relu_1_34_0_above_pre, relu_1_34_0_off_when_inactive, relu_1_34_0_pre_when_active, relu_1_34_1_above_pre, relu_1_34_1_off_when_inactive,
  relu_1_34_1_pre_when_active, relu_1_34_2_above_pre, relu_1_34_2_off_when_inactive, relu_1_34_2_pre_when_active, relu_1_35_0_above_pre, relu_1_35_0_off_when_inactive, relu_1_35_0_pre_when_active, relu_1_35_1_above_pre,
  relu_1_35_1_off_when_inactive, relu_1_35_1_pre_when_active, relu_1_35_2_above_pre, relu_1_35_2_off_when_inactive, relu_1_35_2_pre_when_active, relu_1_36_0_above_pre, relu_1_36_0_off_when_inactive, relu_1_36_0_pre_when_active,
  relu_1_36_1_above_pre, relu_1_36_1_off_when_inactive, relu_1_36_1_pre_when_active, relu_1_36_2_above_pre, relu_1_36_2_off_when_inactive, relu_1_36_2_pre_when_active, relu_1_37_0_above_pre, relu_1_37_0_off_when_inactive,
  relu_1_37_0_pre_when_active, relu_1_37_1_above_pre, relu_1_37_1_off_when_inactive, relu_1_37_1_pre_when_active, relu_1_37_2_above_pre, relu_1_37_2_off_when_inactive, relu_1_37_2_pre_when_active, relu_1_38_0_above_pre,
  relu_1_38_0_off_when_inactive, relu_1_38_0_pre_when_active, relu_1_38_1_above_pre, relu_1_38_1_off_when_inactive, relu_1_38_1_pre_when_active, relu_1_38_2_above_pre, relu_1_38_2_off_when_inactive, relu_1_38_2_pre_when_active,
  relu_1_39_0_above_pre, relu_1_39_0_off_when_inactive, relu_1_39_0_pre_when_active, relu_1_39_1_above_pre, relu_1_39_1_off_when_inactive, relu_1_39_1_pre_when_active, relu_1_39_2_above_pre, relu_1_39_2_off_when_inactive,
  relu_1_39_2_pre_when_active, relu_1_40_0_above_pre, relu_1_40_0_off_when_inactive, relu_1_40_0_pre_when_active, relu_1_40_1_above_pre, relu_1_40_1_off_when_inactive, relu_1_40_1_pre_when_active, relu_1_40_2_above_pre,
  relu_1_40_2_off_when_inactive, relu_1_40_2_pre_when_active, relu_1_41_0_above_pre, relu_1_41_0_off_when_inactive, relu_1_41_0_pre_when_active, relu_1_41_1_above_pre, relu_1_41_1_off_when_inactive, relu_1_41_1_pre_when_active,
  relu_1_41_2_above_pre, relu_1_41_2_off_when_inactive, relu_1_41_2_pre_when_active, relu_1_42_0_above_pre, relu_1_42_0_off_when_inactive, relu_1_42_0_pre_when_active, relu_1_42_1_above_pre, relu_1_42_1_off_when_inactive,
  relu_1_42_1_pre_when_active, relu_1_42_2_above_pre, relu_1_42_2_off_when_inactive, relu_1_42_2_pre_when_active, relu_1_43_0_above_pre, relu_1_43_0_off_when_inactive, relu_1_43_0_pre_when_active, relu_1_43_1_above_pre,
  relu_1_43_1_off_when_inactive, relu_1_43_1_pre_when_active, relu_1_43_2_above_pre, relu_1_43_2_off_when_inactive, relu_1_43_2_pre_when_active, relu_1_44_0_above_pre, relu_1_44_0_off_when_inactive, relu_1_44_0_pre_when_active,
  relu_1_44_1_above_pre, relu_1_44_1_off_when_inactive, relu_1_44_1_pre_when_active, relu_1_44_2_above_pre, relu_1_44_2_off_when_inactive, relu_1_44_2_pre_when_active, relu_1_45_0_above_pre, relu_1_45_0_off_when_inactive,
  relu_1_45_0_pre_when_active, relu_1_45_1_above_pre, relu_1_45_1_off_when_inactive, relu_1_45_1_pre_when_active, relu_1_45_2_above_pre, relu_1_45_2_off_when_inactive, relu_1_45_2_pre_when_active, relu_1_46_0_above_pre,
  relu_1_46_0_off_when_inactive, relu_1_46_0_pre_when_active, relu_1_46_1_above_pre, relu_1_46_1_off_when_inactive, relu_1_46_1_pre_when_active, relu_1_46_2_above_pre, relu_1_46_2_off_when_inactive, relu_1_46_2_pre_when_active,
  relu_1_47_0_above_pre, relu_1_47_0_off_when_inactive, relu_1_47_0_pre_when_active, relu_1_47_1_above_pre, relu_1_47_1_off_when_inactive, relu_1_47_1_pre_when_active, relu_1_47_2_above_pre, relu_1_47_2_off_when_inactive,
  relu_1_47_2_pre_when_active;

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
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 7.176419226746878*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 7.176419226746878*relu_1_0_0_on =l= 7.176419226746878;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 7.176419226746878*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 7.176419226746878*relu_1_0_1_on =l= 7.176419226746878;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2_off_when_inactive.. + 1*post_1_0_2 - 7.176419226746878*relu_1_0_2_on =l= 0;
relu_1_0_2_pre_when_active.. - 1*pre_1_0_2 + 1*post_1_0_2 + 7.176419226746878*relu_1_0_2_on =l= 7.176419226746878;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 7.125139810483965*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 7.125139810483965*relu_1_1_0_on =l= 7.125139810483965;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 7.125139810483965*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 7.125139810483965*relu_1_1_1_on =l= 7.125139810483965;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2_off_when_inactive.. + 1*post_1_1_2 - 7.125139810483965*relu_1_1_2_on =l= 0;
relu_1_1_2_pre_when_active.. - 1*pre_1_1_2 + 1*post_1_1_2 + 7.125139810483965*relu_1_1_2_on =l= 7.125139810483965;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 4.450495978270242*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 4.450495978270242*relu_1_2_0_on =l= 4.450495978270242;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 4.450495978270242*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 4.450495978270242*relu_1_2_1_on =l= 4.450495978270242;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2_off_when_inactive.. + 1*post_1_2_2 - 4.450495978270242*relu_1_2_2_on =l= 0;
relu_1_2_2_pre_when_active.. - 1*pre_1_2_2 + 1*post_1_2_2 + 4.450495978270242*relu_1_2_2_on =l= 4.450495978270242;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 6.293958645941272*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 6.293958645941272*relu_1_3_0_on =l= 6.293958645941272;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 6.293958645941272*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 6.293958645941272*relu_1_3_1_on =l= 6.293958645941272;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2_off_when_inactive.. + 1*post_1_3_2 - 6.293958645941272*relu_1_3_2_on =l= 0;
relu_1_3_2_pre_when_active.. - 1*pre_1_3_2 + 1*post_1_3_2 + 6.293958645941272*relu_1_3_2_on =l= 6.293958645941272;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 6.278046829164398*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 6.278046829164398*relu_1_4_0_on =l= 6.278046829164398;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 6.278046829164398*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 6.278046829164398*relu_1_4_1_on =l= 6.278046829164398;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2_off_when_inactive.. + 1*post_1_4_2 - 6.278046829164398*relu_1_4_2_on =l= 0;
relu_1_4_2_pre_when_active.. - 1*pre_1_4_2 + 1*post_1_4_2 + 6.278046829164398*relu_1_4_2_on =l= 6.278046829164398;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 4.575447738333024*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 4.575447738333024*relu_1_5_0_on =l= 4.575447738333024;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 4.575447738333024*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 4.575447738333024*relu_1_5_1_on =l= 4.575447738333024;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2_off_when_inactive.. + 1*post_1_5_2 - 4.575447738333024*relu_1_5_2_on =l= 0;
relu_1_5_2_pre_when_active.. - 1*pre_1_5_2 + 1*post_1_5_2 + 4.575447738333024*relu_1_5_2_on =l= 4.575447738333024;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 6.681194289163965*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 6.681194289163965*relu_1_6_0_on =l= 6.681194289163965;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 6.681194289163965*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 6.681194289163965*relu_1_6_1_on =l= 6.681194289163965;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2_off_when_inactive.. + 1*post_1_6_2 - 6.681194289163965*relu_1_6_2_on =l= 0;
relu_1_6_2_pre_when_active.. - 1*pre_1_6_2 + 1*post_1_6_2 + 6.681194289163965*relu_1_6_2_on =l= 6.681194289163965;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 6.998263939541548*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 6.998263939541548*relu_1_7_0_on =l= 6.998263939541548;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 6.998263939541548*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 6.998263939541548*relu_1_7_1_on =l= 6.998263939541548;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2_off_when_inactive.. + 1*post_1_7_2 - 6.998263939541548*relu_1_7_2_on =l= 0;
relu_1_7_2_pre_when_active.. - 1*pre_1_7_2 + 1*post_1_7_2 + 6.998263939541548*relu_1_7_2_on =l= 6.998263939541548;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 5.033436041032538*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 5.033436041032538*relu_1_8_0_on =l= 5.033436041032538;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 5.033436041032538*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 5.033436041032538*relu_1_8_1_on =l= 5.033436041032538;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2_off_when_inactive.. + 1*post_1_8_2 - 5.033436041032538*relu_1_8_2_on =l= 0;
relu_1_8_2_pre_when_active.. - 1*pre_1_8_2 + 1*post_1_8_2 + 5.033436041032538*relu_1_8_2_on =l= 5.033436041032538;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 5.85589242599091*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 5.85589242599091*relu_1_9_0_on =l= 5.85589242599091;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 5.85589242599091*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 5.85589242599091*relu_1_9_1_on =l= 5.85589242599091;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2_off_when_inactive.. + 1*post_1_9_2 - 5.85589242599091*relu_1_9_2_on =l= 0;
relu_1_9_2_pre_when_active.. - 1*pre_1_9_2 + 1*post_1_9_2 + 5.85589242599091*relu_1_9_2_on =l= 5.85589242599091;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 4.481055976018846*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 4.481055976018846*relu_1_10_0_on =l= 4.481055976018846;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 4.481055976018846*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 4.481055976018846*relu_1_10_1_on =l= 4.481055976018846;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2_off_when_inactive.. + 1*post_1_10_2 - 4.481055976018846*relu_1_10_2_on =l= 0;
relu_1_10_2_pre_when_active.. - 1*pre_1_10_2 + 1*post_1_10_2 + 4.481055976018846*relu_1_10_2_on =l= 4.481055976018846;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 4.223536593655531*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 4.223536593655531*relu_1_11_0_on =l= 4.223536593655531;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 4.223536593655531*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 4.223536593655531*relu_1_11_1_on =l= 4.223536593655531;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2_off_when_inactive.. + 1*post_1_11_2 - 4.223536593655531*relu_1_11_2_on =l= 0;
relu_1_11_2_pre_when_active.. - 1*pre_1_11_2 + 1*post_1_11_2 + 4.223536593655531*relu_1_11_2_on =l= 4.223536593655531;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 7.9411881018315*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 7.9411881018315*relu_1_12_0_on =l= 7.9411881018315;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 7.9411881018315*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 7.9411881018315*relu_1_12_1_on =l= 7.9411881018315;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2_off_when_inactive.. + 1*post_1_12_2 - 7.9411881018315*relu_1_12_2_on =l= 0;
relu_1_12_2_pre_when_active.. - 1*pre_1_12_2 + 1*post_1_12_2 + 7.9411881018315*relu_1_12_2_on =l= 7.9411881018315;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 4.282407804124144*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 4.282407804124144*relu_1_13_0_on =l= 4.282407804124144;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 4.282407804124144*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 4.282407804124144*relu_1_13_1_on =l= 4.282407804124144;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2_off_when_inactive.. + 1*post_1_13_2 - 4.282407804124144*relu_1_13_2_on =l= 0;
relu_1_13_2_pre_when_active.. - 1*pre_1_13_2 + 1*post_1_13_2 + 4.282407804124144*relu_1_13_2_on =l= 4.282407804124144;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 4.634583834742528*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 4.634583834742528*relu_1_14_0_on =l= 4.634583834742528;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 4.634583834742528*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 4.634583834742528*relu_1_14_1_on =l= 4.634583834742528;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2_off_when_inactive.. + 1*post_1_14_2 - 4.634583834742528*relu_1_14_2_on =l= 0;
relu_1_14_2_pre_when_active.. - 1*pre_1_14_2 + 1*post_1_14_2 + 4.634583834742528*relu_1_14_2_on =l= 4.634583834742528;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0_off_when_inactive.. + 1*post_1_15_0 - 4.622818643788233*relu_1_15_0_on =l= 0;
relu_1_15_0_pre_when_active.. - 1*pre_1_15_0 + 1*post_1_15_0 + 4.622818643788233*relu_1_15_0_on =l= 4.622818643788233;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1_off_when_inactive.. + 1*post_1_15_1 - 4.622818643788233*relu_1_15_1_on =l= 0;
relu_1_15_1_pre_when_active.. - 1*pre_1_15_1 + 1*post_1_15_1 + 4.622818643788233*relu_1_15_1_on =l= 4.622818643788233;
relu_1_15_2_above_pre.. + 1*pre_1_15_2 - 1*post_1_15_2 =l= 0;
relu_1_15_2_off_when_inactive.. + 1*post_1_15_2 - 4.622818643788233*relu_1_15_2_on =l= 0;
relu_1_15_2_pre_when_active.. - 1*pre_1_15_2 + 1*post_1_15_2 + 4.622818643788233*relu_1_15_2_on =l= 4.622818643788233;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0_off_when_inactive.. + 1*post_1_16_0 - 6.978700550828476*relu_1_16_0_on =l= 0;
relu_1_16_0_pre_when_active.. - 1*pre_1_16_0 + 1*post_1_16_0 + 6.978700550828476*relu_1_16_0_on =l= 6.978700550828476;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1_off_when_inactive.. + 1*post_1_16_1 - 6.978700550828476*relu_1_16_1_on =l= 0;
relu_1_16_1_pre_when_active.. - 1*pre_1_16_1 + 1*post_1_16_1 + 6.978700550828476*relu_1_16_1_on =l= 6.978700550828476;
relu_1_16_2_above_pre.. + 1*pre_1_16_2 - 1*post_1_16_2 =l= 0;
relu_1_16_2_off_when_inactive.. + 1*post_1_16_2 - 6.978700550828476*relu_1_16_2_on =l= 0;
relu_1_16_2_pre_when_active.. - 1*pre_1_16_2 + 1*post_1_16_2 + 6.978700550828476*relu_1_16_2_on =l= 6.978700550828476;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0_off_when_inactive.. + 1*post_1_17_0 - 6.235030806621945*relu_1_17_0_on =l= 0;
relu_1_17_0_pre_when_active.. - 1*pre_1_17_0 + 1*post_1_17_0 + 6.235030806621945*relu_1_17_0_on =l= 6.235030806621945;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1_off_when_inactive.. + 1*post_1_17_1 - 6.235030806621945*relu_1_17_1_on =l= 0;
relu_1_17_1_pre_when_active.. - 1*pre_1_17_1 + 1*post_1_17_1 + 6.235030806621945*relu_1_17_1_on =l= 6.235030806621945;
relu_1_17_2_above_pre.. + 1*pre_1_17_2 - 1*post_1_17_2 =l= 0;
relu_1_17_2_off_when_inactive.. + 1*post_1_17_2 - 6.235030806621945*relu_1_17_2_on =l= 0;
relu_1_17_2_pre_when_active.. - 1*pre_1_17_2 + 1*post_1_17_2 + 6.235030806621945*relu_1_17_2_on =l= 6.235030806621945;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0_off_when_inactive.. + 1*post_1_18_0 - 6.718454730852487*relu_1_18_0_on =l= 0;
relu_1_18_0_pre_when_active.. - 1*pre_1_18_0 + 1*post_1_18_0 + 6.718454730852487*relu_1_18_0_on =l= 6.718454730852487;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1_off_when_inactive.. + 1*post_1_18_1 - 6.718454730852487*relu_1_18_1_on =l= 0;
relu_1_18_1_pre_when_active.. - 1*pre_1_18_1 + 1*post_1_18_1 + 6.718454730852487*relu_1_18_1_on =l= 6.718454730852487;
relu_1_18_2_above_pre.. + 1*pre_1_18_2 - 1*post_1_18_2 =l= 0;
relu_1_18_2_off_when_inactive.. + 1*post_1_18_2 - 6.718454730852487*relu_1_18_2_on =l= 0;
relu_1_18_2_pre_when_active.. - 1*pre_1_18_2 + 1*post_1_18_2 + 6.718454730852487*relu_1_18_2_on =l= 6.718454730852487;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0_off_when_inactive.. + 1*post_1_19_0 - 6.8226887269065095*relu_1_19_0_on =l= 0;
relu_1_19_0_pre_when_active.. - 1*pre_1_19_0 + 1*post_1_19_0 + 6.8226887269065095*relu_1_19_0_on =l= 6.8226887269065095;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1_off_when_inactive.. + 1*post_1_19_1 - 6.8226887269065095*relu_1_19_1_on =l= 0;
relu_1_19_1_pre_when_active.. - 1*pre_1_19_1 + 1*post_1_19_1 + 6.8226887269065095*relu_1_19_1_on =l= 6.8226887269065095;
relu_1_19_2_above_pre.. + 1*pre_1_19_2 - 1*post_1_19_2 =l= 0;
relu_1_19_2_off_when_inactive.. + 1*post_1_19_2 - 6.8226887269065095*relu_1_19_2_on =l= 0;
relu_1_19_2_pre_when_active.. - 1*pre_1_19_2 + 1*post_1_19_2 + 6.8226887269065095*relu_1_19_2_on =l= 6.8226887269065095;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0_off_when_inactive.. + 1*post_1_20_0 - 6.631889427894872*relu_1_20_0_on =l= 0;
relu_1_20_0_pre_when_active.. - 1*pre_1_20_0 + 1*post_1_20_0 + 6.631889427894872*relu_1_20_0_on =l= 6.631889427894872;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1_off_when_inactive.. + 1*post_1_20_1 - 6.631889427894872*relu_1_20_1_on =l= 0;
relu_1_20_1_pre_when_active.. - 1*pre_1_20_1 + 1*post_1_20_1 + 6.631889427894872*relu_1_20_1_on =l= 6.631889427894872;
relu_1_20_2_above_pre.. + 1*pre_1_20_2 - 1*post_1_20_2 =l= 0;
relu_1_20_2_off_when_inactive.. + 1*post_1_20_2 - 6.631889427894872*relu_1_20_2_on =l= 0;
relu_1_20_2_pre_when_active.. - 1*pre_1_20_2 + 1*post_1_20_2 + 6.631889427894872*relu_1_20_2_on =l= 6.631889427894872;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0_off_when_inactive.. + 1*post_1_21_0 - 5.396286998735244*relu_1_21_0_on =l= 0;
relu_1_21_0_pre_when_active.. - 1*pre_1_21_0 + 1*post_1_21_0 + 5.396286998735244*relu_1_21_0_on =l= 5.396286998735244;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1_off_when_inactive.. + 1*post_1_21_1 - 5.396286998735244*relu_1_21_1_on =l= 0;
relu_1_21_1_pre_when_active.. - 1*pre_1_21_1 + 1*post_1_21_1 + 5.396286998735244*relu_1_21_1_on =l= 5.396286998735244;
relu_1_21_2_above_pre.. + 1*pre_1_21_2 - 1*post_1_21_2 =l= 0;
relu_1_21_2_off_when_inactive.. + 1*post_1_21_2 - 5.396286998735244*relu_1_21_2_on =l= 0;
relu_1_21_2_pre_when_active.. - 1*pre_1_21_2 + 1*post_1_21_2 + 5.396286998735244*relu_1_21_2_on =l= 5.396286998735244;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0_off_when_inactive.. + 1*post_1_22_0 - 6.394092367761281*relu_1_22_0_on =l= 0;
relu_1_22_0_pre_when_active.. - 1*pre_1_22_0 + 1*post_1_22_0 + 6.394092367761281*relu_1_22_0_on =l= 6.394092367761281;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1_off_when_inactive.. + 1*post_1_22_1 - 6.394092367761281*relu_1_22_1_on =l= 0;
relu_1_22_1_pre_when_active.. - 1*pre_1_22_1 + 1*post_1_22_1 + 6.394092367761281*relu_1_22_1_on =l= 6.394092367761281;
relu_1_22_2_above_pre.. + 1*pre_1_22_2 - 1*post_1_22_2 =l= 0;
relu_1_22_2_off_when_inactive.. + 1*post_1_22_2 - 6.394092367761281*relu_1_22_2_on =l= 0;
relu_1_22_2_pre_when_active.. - 1*pre_1_22_2 + 1*post_1_22_2 + 6.394092367761281*relu_1_22_2_on =l= 6.394092367761281;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0_off_when_inactive.. + 1*post_1_23_0 - 6.260561154684373*relu_1_23_0_on =l= 0;
relu_1_23_0_pre_when_active.. - 1*pre_1_23_0 + 1*post_1_23_0 + 6.260561154684373*relu_1_23_0_on =l= 6.260561154684373;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1_off_when_inactive.. + 1*post_1_23_1 - 6.260561154684373*relu_1_23_1_on =l= 0;
relu_1_23_1_pre_when_active.. - 1*pre_1_23_1 + 1*post_1_23_1 + 6.260561154684373*relu_1_23_1_on =l= 6.260561154684373;
relu_1_23_2_above_pre.. + 1*pre_1_23_2 - 1*post_1_23_2 =l= 0;
relu_1_23_2_off_when_inactive.. + 1*post_1_23_2 - 6.260561154684373*relu_1_23_2_on =l= 0;
relu_1_23_2_pre_when_active.. - 1*pre_1_23_2 + 1*post_1_23_2 + 6.260561154684373*relu_1_23_2_on =l= 6.260561154684373;
relu_1_24_0_above_pre.. + 1*pre_1_24_0 - 1*post_1_24_0 =l= 0;
relu_1_24_0_off_when_inactive.. + 1*post_1_24_0 - 7.264403459229737*relu_1_24_0_on =l= 0;
relu_1_24_0_pre_when_active.. - 1*pre_1_24_0 + 1*post_1_24_0 + 7.264403459229737*relu_1_24_0_on =l= 7.264403459229737;
relu_1_24_1_above_pre.. + 1*pre_1_24_1 - 1*post_1_24_1 =l= 0;
relu_1_24_1_off_when_inactive.. + 1*post_1_24_1 - 7.264403459229737*relu_1_24_1_on =l= 0;
relu_1_24_1_pre_when_active.. - 1*pre_1_24_1 + 1*post_1_24_1 + 7.264403459229737*relu_1_24_1_on =l= 7.264403459229737;
relu_1_24_2_above_pre.. + 1*pre_1_24_2 - 1*post_1_24_2 =l= 0;
relu_1_24_2_off_when_inactive.. + 1*post_1_24_2 - 7.264403459229737*relu_1_24_2_on =l= 0;
relu_1_24_2_pre_when_active.. - 1*pre_1_24_2 + 1*post_1_24_2 + 7.264403459229737*relu_1_24_2_on =l= 7.264403459229737;
relu_1_25_0_above_pre.. + 1*pre_1_25_0 - 1*post_1_25_0 =l= 0;
relu_1_25_0_off_when_inactive.. + 1*post_1_25_0 - 4.689817519007568*relu_1_25_0_on =l= 0;
relu_1_25_0_pre_when_active.. - 1*pre_1_25_0 + 1*post_1_25_0 + 4.689817519007568*relu_1_25_0_on =l= 4.689817519007568;
relu_1_25_1_above_pre.. + 1*pre_1_25_1 - 1*post_1_25_1 =l= 0;
relu_1_25_1_off_when_inactive.. + 1*post_1_25_1 - 4.689817519007568*relu_1_25_1_on =l= 0;
relu_1_25_1_pre_when_active.. - 1*pre_1_25_1 + 1*post_1_25_1 + 4.689817519007568*relu_1_25_1_on =l= 4.689817519007568;
relu_1_25_2_above_pre.. + 1*pre_1_25_2 - 1*post_1_25_2 =l= 0;
relu_1_25_2_off_when_inactive.. + 1*post_1_25_2 - 4.689817519007568*relu_1_25_2_on =l= 0;
relu_1_25_2_pre_when_active.. - 1*pre_1_25_2 + 1*post_1_25_2 + 4.689817519007568*relu_1_25_2_on =l= 4.689817519007568;
relu_1_26_0_above_pre.. + 1*pre_1_26_0 - 1*post_1_26_0 =l= 0;
relu_1_26_0_off_when_inactive.. + 1*post_1_26_0 - 5.834876603928876*relu_1_26_0_on =l= 0;
relu_1_26_0_pre_when_active.. - 1*pre_1_26_0 + 1*post_1_26_0 + 5.834876603928876*relu_1_26_0_on =l= 5.834876603928876;
relu_1_26_1_above_pre.. + 1*pre_1_26_1 - 1*post_1_26_1 =l= 0;
relu_1_26_1_off_when_inactive.. + 1*post_1_26_1 - 5.834876603928876*relu_1_26_1_on =l= 0;
relu_1_26_1_pre_when_active.. - 1*pre_1_26_1 + 1*post_1_26_1 + 5.834876603928876*relu_1_26_1_on =l= 5.834876603928876;
relu_1_26_2_above_pre.. + 1*pre_1_26_2 - 1*post_1_26_2 =l= 0;
relu_1_26_2_off_when_inactive.. + 1*post_1_26_2 - 5.834876603928876*relu_1_26_2_on =l= 0;
relu_1_26_2_pre_when_active.. - 1*pre_1_26_2 + 1*post_1_26_2 + 5.834876603928876*relu_1_26_2_on =l= 5.834876603928876;
relu_1_27_0_above_pre.. + 1*pre_1_27_0 - 1*post_1_27_0 =l= 0;
relu_1_27_0_off_when_inactive.. + 1*post_1_27_0 - 6.462017653570015*relu_1_27_0_on =l= 0;
relu_1_27_0_pre_when_active.. - 1*pre_1_27_0 + 1*post_1_27_0 + 6.462017653570015*relu_1_27_0_on =l= 6.462017653570015;
relu_1_27_1_above_pre.. + 1*pre_1_27_1 - 1*post_1_27_1 =l= 0;
relu_1_27_1_off_when_inactive.. + 1*post_1_27_1 - 6.462017653570015*relu_1_27_1_on =l= 0;
relu_1_27_1_pre_when_active.. - 1*pre_1_27_1 + 1*post_1_27_1 + 6.462017653570015*relu_1_27_1_on =l= 6.462017653570015;
relu_1_27_2_above_pre.. + 1*pre_1_27_2 - 1*post_1_27_2 =l= 0;
relu_1_27_2_off_when_inactive.. + 1*post_1_27_2 - 6.462017653570015*relu_1_27_2_on =l= 0;
relu_1_27_2_pre_when_active.. - 1*pre_1_27_2 + 1*post_1_27_2 + 6.462017653570015*relu_1_27_2_on =l= 6.462017653570015;
relu_1_28_0_above_pre.. + 1*pre_1_28_0 - 1*post_1_28_0 =l= 0;
relu_1_28_0_off_when_inactive.. + 1*post_1_28_0 - 6.141677231816878*relu_1_28_0_on =l= 0;
relu_1_28_0_pre_when_active.. - 1*pre_1_28_0 + 1*post_1_28_0 + 6.141677231816878*relu_1_28_0_on =l= 6.141677231816878;
relu_1_28_1_above_pre.. + 1*pre_1_28_1 - 1*post_1_28_1 =l= 0;
relu_1_28_1_off_when_inactive.. + 1*post_1_28_1 - 6.141677231816878*relu_1_28_1_on =l= 0;
relu_1_28_1_pre_when_active.. - 1*pre_1_28_1 + 1*post_1_28_1 + 6.141677231816878*relu_1_28_1_on =l= 6.141677231816878;
relu_1_28_2_above_pre.. + 1*pre_1_28_2 - 1*post_1_28_2 =l= 0;
relu_1_28_2_off_when_inactive.. + 1*post_1_28_2 - 6.141677231816878*relu_1_28_2_on =l= 0;
relu_1_28_2_pre_when_active.. - 1*pre_1_28_2 + 1*post_1_28_2 + 6.141677231816878*relu_1_28_2_on =l= 6.141677231816878;
relu_1_29_0_above_pre.. + 1*pre_1_29_0 - 1*post_1_29_0 =l= 0;
relu_1_29_0_off_when_inactive.. + 1*post_1_29_0 - 5.920664390112501*relu_1_29_0_on =l= 0;
relu_1_29_0_pre_when_active.. - 1*pre_1_29_0 + 1*post_1_29_0 + 5.920664390112501*relu_1_29_0_on =l= 5.920664390112501;
relu_1_29_1_above_pre.. + 1*pre_1_29_1 - 1*post_1_29_1 =l= 0;
relu_1_29_1_off_when_inactive.. + 1*post_1_29_1 - 5.920664390112501*relu_1_29_1_on =l= 0;
relu_1_29_1_pre_when_active.. - 1*pre_1_29_1 + 1*post_1_29_1 + 5.920664390112501*relu_1_29_1_on =l= 5.920664390112501;
relu_1_29_2_above_pre.. + 1*pre_1_29_2 - 1*post_1_29_2 =l= 0;
relu_1_29_2_off_when_inactive.. + 1*post_1_29_2 - 5.920664390112501*relu_1_29_2_on =l= 0;
relu_1_29_2_pre_when_active.. - 1*pre_1_29_2 + 1*post_1_29_2 + 5.920664390112501*relu_1_29_2_on =l= 5.920664390112501;
relu_1_30_0_above_pre.. + 1*pre_1_30_0 - 1*post_1_30_0 =l= 0;
relu_1_30_0_off_when_inactive.. + 1*post_1_30_0 - 5.728168080018541*relu_1_30_0_on =l= 0;
relu_1_30_0_pre_when_active.. - 1*pre_1_30_0 + 1*post_1_30_0 + 5.728168080018541*relu_1_30_0_on =l= 5.728168080018541;
relu_1_30_1_above_pre.. + 1*pre_1_30_1 - 1*post_1_30_1 =l= 0;
relu_1_30_1_off_when_inactive.. + 1*post_1_30_1 - 5.728168080018541*relu_1_30_1_on =l= 0;
relu_1_30_1_pre_when_active.. - 1*pre_1_30_1 + 1*post_1_30_1 + 5.728168080018541*relu_1_30_1_on =l= 5.728168080018541;
relu_1_30_2_above_pre.. + 1*pre_1_30_2 - 1*post_1_30_2 =l= 0;
relu_1_30_2_off_when_inactive.. + 1*post_1_30_2 - 5.728168080018541*relu_1_30_2_on =l= 0;
relu_1_30_2_pre_when_active.. - 1*pre_1_30_2 + 1*post_1_30_2 + 5.728168080018541*relu_1_30_2_on =l= 5.728168080018541;
relu_1_31_0_above_pre.. + 1*pre_1_31_0 - 1*post_1_31_0 =l= 0;
relu_1_31_0_off_when_inactive.. + 1*post_1_31_0 - 4.169908962997813*relu_1_31_0_on =l= 0;
relu_1_31_0_pre_when_active.. - 1*pre_1_31_0 + 1*post_1_31_0 + 4.169908962997813*relu_1_31_0_on =l= 4.169908962997813;
relu_1_31_1_above_pre.. + 1*pre_1_31_1 - 1*post_1_31_1 =l= 0;
relu_1_31_1_off_when_inactive.. + 1*post_1_31_1 - 4.169908962997813*relu_1_31_1_on =l= 0;
relu_1_31_1_pre_when_active.. - 1*pre_1_31_1 + 1*post_1_31_1 + 4.169908962997813*relu_1_31_1_on =l= 4.169908962997813;
relu_1_31_2_above_pre.. + 1*pre_1_31_2 - 1*post_1_31_2 =l= 0;
relu_1_31_2_off_when_inactive.. + 1*post_1_31_2 - 4.169908962997813*relu_1_31_2_on =l= 0;
relu_1_31_2_pre_when_active.. - 1*pre_1_31_2 + 1*post_1_31_2 + 4.169908962997813*relu_1_31_2_on =l= 4.169908962997813;
relu_1_32_0_above_pre.. + 1*pre_1_32_0 - 1*post_1_32_0 =l= 0;
relu_1_32_0_off_when_inactive.. + 1*post_1_32_0 - 8.664241081038536*relu_1_32_0_on =l= 0;
relu_1_32_0_pre_when_active.. - 1*pre_1_32_0 + 1*post_1_32_0 + 8.664241081038536*relu_1_32_0_on =l= 8.664241081038536;
relu_1_32_1_above_pre.. + 1*pre_1_32_1 - 1*post_1_32_1 =l= 0;
relu_1_32_1_off_when_inactive.. + 1*post_1_32_1 - 8.664241081038536*relu_1_32_1_on =l= 0;
relu_1_32_1_pre_when_active.. - 1*pre_1_32_1 + 1*post_1_32_1 + 8.664241081038536*relu_1_32_1_on =l= 8.664241081038536;
relu_1_32_2_above_pre.. + 1*pre_1_32_2 - 1*post_1_32_2 =l= 0;
relu_1_32_2_off_when_inactive.. + 1*post_1_32_2 - 8.664241081038536*relu_1_32_2_on =l= 0;
relu_1_32_2_pre_when_active.. - 1*pre_1_32_2 + 1*post_1_32_2 + 8.664241081038536*relu_1_32_2_on =l= 8.664241081038536;
relu_1_33_0_above_pre.. + 1*pre_1_33_0 - 1*post_1_33_0 =l= 0;
relu_1_33_0_off_when_inactive.. + 1*post_1_33_0 - 4.786102235995172*relu_1_33_0_on =l= 0;
relu_1_33_0_pre_when_active.. - 1*pre_1_33_0 + 1*post_1_33_0 + 4.786102235995172*relu_1_33_0_on =l= 4.786102235995172;
relu_1_33_1_above_pre.. + 1*pre_1_33_1 - 1*post_1_33_1 =l= 0;
relu_1_33_1_off_when_inactive.. + 1*post_1_33_1 - 4.786102235995172*relu_1_33_1_on =l= 0;
relu_1_33_1_pre_when_active.. - 1*pre_1_33_1 + 1*post_1_33_1 + 4.786102235995172*relu_1_33_1_on =l= 4.786102235995172;
relu_1_33_2_above_pre.. + 1*pre_1_33_2 - 1*post_1_33_2 =l= 0;
relu_1_33_2_off_when_inactive.. + 1*post_1_33_2 - 4.786102235995172*relu_1_33_2_on =l= 0;
relu_1_33_2_pre_when_active.. - 1*pre_1_33_2 + 1*post_1_33_2 + 4.786102235995172*relu_1_33_2_on =l= 4.786102235995172;
relu_1_34_0_above_pre.. + 1*pre_1_34_0 - 1*post_1_34_0 =l= 0;
relu_1_34_0_off_when_inactive.. + 1*post_1_34_0 - 3.1913367882549086*relu_1_34_0_on =l= 0;
relu_1_34_0_pre_when_active.. - 1*pre_1_34_0 + 1*post_1_34_0 + 3.1913367882549086*relu_1_34_0_on =l= 3.1913367882549086;
relu_1_34_1_above_pre.. + 1*pre_1_34_1 - 1*post_1_34_1 =l= 0;
relu_1_34_1_off_when_inactive.. + 1*post_1_34_1 - 3.1913367882549086*relu_1_34_1_on =l= 0;
relu_1_34_1_pre_when_active.. - 1*pre_1_34_1 + 1*post_1_34_1 + 3.1913367882549086*relu_1_34_1_on =l= 3.1913367882549086;
relu_1_34_2_above_pre.. + 1*pre_1_34_2 - 1*post_1_34_2 =l= 0;
relu_1_34_2_off_when_inactive.. + 1*post_1_34_2 - 3.1913367882549086*relu_1_34_2_on =l= 0;
relu_1_34_2_pre_when_active.. - 1*pre_1_34_2 + 1*post_1_34_2 + 3.1913367882549086*relu_1_34_2_on =l= 3.1913367882549086;
relu_1_35_0_above_pre.. + 1*pre_1_35_0 - 1*post_1_35_0 =l= 0;
relu_1_35_0_off_when_inactive.. + 1*post_1_35_0 - 5.22677910814882*relu_1_35_0_on =l= 0;
relu_1_35_0_pre_when_active.. - 1*pre_1_35_0 + 1*post_1_35_0 + 5.22677910814882*relu_1_35_0_on =l= 5.22677910814882;
relu_1_35_1_above_pre.. + 1*pre_1_35_1 - 1*post_1_35_1 =l= 0;
relu_1_35_1_off_when_inactive.. + 1*post_1_35_1 - 5.22677910814882*relu_1_35_1_on =l= 0;
relu_1_35_1_pre_when_active.. - 1*pre_1_35_1 + 1*post_1_35_1 + 5.22677910814882*relu_1_35_1_on =l= 5.22677910814882;
relu_1_35_2_above_pre.. + 1*pre_1_35_2 - 1*post_1_35_2 =l= 0;
relu_1_35_2_off_when_inactive.. + 1*post_1_35_2 - 5.22677910814882*relu_1_35_2_on =l= 0;
relu_1_35_2_pre_when_active.. - 1*pre_1_35_2 + 1*post_1_35_2 + 5.22677910814882*relu_1_35_2_on =l= 5.22677910814882;
relu_1_36_0_above_pre.. + 1*pre_1_36_0 - 1*post_1_36_0 =l= 0;
relu_1_36_0_off_when_inactive.. + 1*post_1_36_0 - 5.673758698670875*relu_1_36_0_on =l= 0;
relu_1_36_0_pre_when_active.. - 1*pre_1_36_0 + 1*post_1_36_0 + 5.673758698670875*relu_1_36_0_on =l= 5.673758698670875;
relu_1_36_1_above_pre.. + 1*pre_1_36_1 - 1*post_1_36_1 =l= 0;
relu_1_36_1_off_when_inactive.. + 1*post_1_36_1 - 5.673758698670875*relu_1_36_1_on =l= 0;
relu_1_36_1_pre_when_active.. - 1*pre_1_36_1 + 1*post_1_36_1 + 5.673758698670875*relu_1_36_1_on =l= 5.673758698670875;
relu_1_36_2_above_pre.. + 1*pre_1_36_2 - 1*post_1_36_2 =l= 0;
relu_1_36_2_off_when_inactive.. + 1*post_1_36_2 - 5.673758698670875*relu_1_36_2_on =l= 0;
relu_1_36_2_pre_when_active.. - 1*pre_1_36_2 + 1*post_1_36_2 + 5.673758698670875*relu_1_36_2_on =l= 5.673758698670875;
relu_1_37_0_above_pre.. + 1*pre_1_37_0 - 1*post_1_37_0 =l= 0;
relu_1_37_0_off_when_inactive.. + 1*post_1_37_0 - 7.902762319994838*relu_1_37_0_on =l= 0;
relu_1_37_0_pre_when_active.. - 1*pre_1_37_0 + 1*post_1_37_0 + 7.902762319994838*relu_1_37_0_on =l= 7.902762319994838;
relu_1_37_1_above_pre.. + 1*pre_1_37_1 - 1*post_1_37_1 =l= 0;
relu_1_37_1_off_when_inactive.. + 1*post_1_37_1 - 7.902762319994838*relu_1_37_1_on =l= 0;
relu_1_37_1_pre_when_active.. - 1*pre_1_37_1 + 1*post_1_37_1 + 7.902762319994838*relu_1_37_1_on =l= 7.902762319994838;
relu_1_37_2_above_pre.. + 1*pre_1_37_2 - 1*post_1_37_2 =l= 0;
relu_1_37_2_off_when_inactive.. + 1*post_1_37_2 - 7.902762319994838*relu_1_37_2_on =l= 0;
relu_1_37_2_pre_when_active.. - 1*pre_1_37_2 + 1*post_1_37_2 + 7.902762319994838*relu_1_37_2_on =l= 7.902762319994838;
relu_1_38_0_above_pre.. + 1*pre_1_38_0 - 1*post_1_38_0 =l= 0;
relu_1_38_0_off_when_inactive.. + 1*post_1_38_0 - 6.938634274205215*relu_1_38_0_on =l= 0;
relu_1_38_0_pre_when_active.. - 1*pre_1_38_0 + 1*post_1_38_0 + 6.938634274205215*relu_1_38_0_on =l= 6.938634274205215;
relu_1_38_1_above_pre.. + 1*pre_1_38_1 - 1*post_1_38_1 =l= 0;
relu_1_38_1_off_when_inactive.. + 1*post_1_38_1 - 6.938634274205215*relu_1_38_1_on =l= 0;
relu_1_38_1_pre_when_active.. - 1*pre_1_38_1 + 1*post_1_38_1 + 6.938634274205215*relu_1_38_1_on =l= 6.938634274205215;
relu_1_38_2_above_pre.. + 1*pre_1_38_2 - 1*post_1_38_2 =l= 0;
relu_1_38_2_off_when_inactive.. + 1*post_1_38_2 - 6.938634274205215*relu_1_38_2_on =l= 0;
relu_1_38_2_pre_when_active.. - 1*pre_1_38_2 + 1*post_1_38_2 + 6.938634274205215*relu_1_38_2_on =l= 6.938634274205215;
relu_1_39_0_above_pre.. + 1*pre_1_39_0 - 1*post_1_39_0 =l= 0;
relu_1_39_0_off_when_inactive.. + 1*post_1_39_0 - 8.719319309755662*relu_1_39_0_on =l= 0;
relu_1_39_0_pre_when_active.. - 1*pre_1_39_0 + 1*post_1_39_0 + 8.719319309755662*relu_1_39_0_on =l= 8.719319309755662;
relu_1_39_1_above_pre.. + 1*pre_1_39_1 - 1*post_1_39_1 =l= 0;
relu_1_39_1_off_when_inactive.. + 1*post_1_39_1 - 8.719319309755662*relu_1_39_1_on =l= 0;
relu_1_39_1_pre_when_active.. - 1*pre_1_39_1 + 1*post_1_39_1 + 8.719319309755662*relu_1_39_1_on =l= 8.719319309755662;
relu_1_39_2_above_pre.. + 1*pre_1_39_2 - 1*post_1_39_2 =l= 0;
relu_1_39_2_off_when_inactive.. + 1*post_1_39_2 - 8.719319309755662*relu_1_39_2_on =l= 0;
relu_1_39_2_pre_when_active.. - 1*pre_1_39_2 + 1*post_1_39_2 + 8.719319309755662*relu_1_39_2_on =l= 8.719319309755662;
relu_1_40_0_above_pre.. + 1*pre_1_40_0 - 1*post_1_40_0 =l= 0;
relu_1_40_0_off_when_inactive.. + 1*post_1_40_0 - 8.069010781871519*relu_1_40_0_on =l= 0;
relu_1_40_0_pre_when_active.. - 1*pre_1_40_0 + 1*post_1_40_0 + 8.069010781871519*relu_1_40_0_on =l= 8.069010781871519;
relu_1_40_1_above_pre.. + 1*pre_1_40_1 - 1*post_1_40_1 =l= 0;
relu_1_40_1_off_when_inactive.. + 1*post_1_40_1 - 8.069010781871519*relu_1_40_1_on =l= 0;
relu_1_40_1_pre_when_active.. - 1*pre_1_40_1 + 1*post_1_40_1 + 8.069010781871519*relu_1_40_1_on =l= 8.069010781871519;
relu_1_40_2_above_pre.. + 1*pre_1_40_2 - 1*post_1_40_2 =l= 0;
relu_1_40_2_off_when_inactive.. + 1*post_1_40_2 - 8.069010781871519*relu_1_40_2_on =l= 0;
relu_1_40_2_pre_when_active.. - 1*pre_1_40_2 + 1*post_1_40_2 + 8.069010781871519*relu_1_40_2_on =l= 8.069010781871519;
relu_1_41_0_above_pre.. + 1*pre_1_41_0 - 1*post_1_41_0 =l= 0;
relu_1_41_0_off_when_inactive.. + 1*post_1_41_0 - 7.8506770042707945*relu_1_41_0_on =l= 0;
relu_1_41_0_pre_when_active.. - 1*pre_1_41_0 + 1*post_1_41_0 + 7.8506770042707945*relu_1_41_0_on =l= 7.8506770042707945;
relu_1_41_1_above_pre.. + 1*pre_1_41_1 - 1*post_1_41_1 =l= 0;
relu_1_41_1_off_when_inactive.. + 1*post_1_41_1 - 7.8506770042707945*relu_1_41_1_on =l= 0;
relu_1_41_1_pre_when_active.. - 1*pre_1_41_1 + 1*post_1_41_1 + 7.8506770042707945*relu_1_41_1_on =l= 7.8506770042707945;
relu_1_41_2_above_pre.. + 1*pre_1_41_2 - 1*post_1_41_2 =l= 0;
relu_1_41_2_off_when_inactive.. + 1*post_1_41_2 - 7.8506770042707945*relu_1_41_2_on =l= 0;
relu_1_41_2_pre_when_active.. - 1*pre_1_41_2 + 1*post_1_41_2 + 7.8506770042707945*relu_1_41_2_on =l= 7.8506770042707945;
relu_1_42_0_above_pre.. + 1*pre_1_42_0 - 1*post_1_42_0 =l= 0;
relu_1_42_0_off_when_inactive.. + 1*post_1_42_0 - 8.175386217260854*relu_1_42_0_on =l= 0;
relu_1_42_0_pre_when_active.. - 1*pre_1_42_0 + 1*post_1_42_0 + 8.175386217260854*relu_1_42_0_on =l= 8.175386217260854;
relu_1_42_1_above_pre.. + 1*pre_1_42_1 - 1*post_1_42_1 =l= 0;
relu_1_42_1_off_when_inactive.. + 1*post_1_42_1 - 8.175386217260854*relu_1_42_1_on =l= 0;
relu_1_42_1_pre_when_active.. - 1*pre_1_42_1 + 1*post_1_42_1 + 8.175386217260854*relu_1_42_1_on =l= 8.175386217260854;
relu_1_42_2_above_pre.. + 1*pre_1_42_2 - 1*post_1_42_2 =l= 0;
relu_1_42_2_off_when_inactive.. + 1*post_1_42_2 - 8.175386217260854*relu_1_42_2_on =l= 0;
relu_1_42_2_pre_when_active.. - 1*pre_1_42_2 + 1*post_1_42_2 + 8.175386217260854*relu_1_42_2_on =l= 8.175386217260854;
relu_1_43_0_above_pre.. + 1*pre_1_43_0 - 1*post_1_43_0 =l= 0;
relu_1_43_0_off_when_inactive.. + 1*post_1_43_0 - 5.054315422411429*relu_1_43_0_on =l= 0;
relu_1_43_0_pre_when_active.. - 1*pre_1_43_0 + 1*post_1_43_0 + 5.054315422411429*relu_1_43_0_on =l= 5.054315422411429;
relu_1_43_1_above_pre.. + 1*pre_1_43_1 - 1*post_1_43_1 =l= 0;
relu_1_43_1_off_when_inactive.. + 1*post_1_43_1 - 5.054315422411429*relu_1_43_1_on =l= 0;
relu_1_43_1_pre_when_active.. - 1*pre_1_43_1 + 1*post_1_43_1 + 5.054315422411429*relu_1_43_1_on =l= 5.054315422411429;
relu_1_43_2_above_pre.. + 1*pre_1_43_2 - 1*post_1_43_2 =l= 0;
relu_1_43_2_off_when_inactive.. + 1*post_1_43_2 - 5.054315422411429*relu_1_43_2_on =l= 0;
relu_1_43_2_pre_when_active.. - 1*pre_1_43_2 + 1*post_1_43_2 + 5.054315422411429*relu_1_43_2_on =l= 5.054315422411429;
relu_1_44_0_above_pre.. + 1*pre_1_44_0 - 1*post_1_44_0 =l= 0;
relu_1_44_0_off_when_inactive.. + 1*post_1_44_0 - 6.417045954474024*relu_1_44_0_on =l= 0;
relu_1_44_0_pre_when_active.. - 1*pre_1_44_0 + 1*post_1_44_0 + 6.417045954474024*relu_1_44_0_on =l= 6.417045954474024;
relu_1_44_1_above_pre.. + 1*pre_1_44_1 - 1*post_1_44_1 =l= 0;
relu_1_44_1_off_when_inactive.. + 1*post_1_44_1 - 6.417045954474024*relu_1_44_1_on =l= 0;
relu_1_44_1_pre_when_active.. - 1*pre_1_44_1 + 1*post_1_44_1 + 6.417045954474024*relu_1_44_1_on =l= 6.417045954474024;
relu_1_44_2_above_pre.. + 1*pre_1_44_2 - 1*post_1_44_2 =l= 0;
relu_1_44_2_off_when_inactive.. + 1*post_1_44_2 - 6.417045954474024*relu_1_44_2_on =l= 0;
relu_1_44_2_pre_when_active.. - 1*pre_1_44_2 + 1*post_1_44_2 + 6.417045954474024*relu_1_44_2_on =l= 6.417045954474024;
relu_1_45_0_above_pre.. + 1*pre_1_45_0 - 1*post_1_45_0 =l= 0;
relu_1_45_0_off_when_inactive.. + 1*post_1_45_0 - 6.944399324947062*relu_1_45_0_on =l= 0;
relu_1_45_0_pre_when_active.. - 1*pre_1_45_0 + 1*post_1_45_0 + 6.944399324947062*relu_1_45_0_on =l= 6.944399324947062;
relu_1_45_1_above_pre.. + 1*pre_1_45_1 - 1*post_1_45_1 =l= 0;
relu_1_45_1_off_when_inactive.. + 1*post_1_45_1 - 6.944399324947062*relu_1_45_1_on =l= 0;
relu_1_45_1_pre_when_active.. - 1*pre_1_45_1 + 1*post_1_45_1 + 6.944399324947062*relu_1_45_1_on =l= 6.944399324947062;
relu_1_45_2_above_pre.. + 1*pre_1_45_2 - 1*post_1_45_2 =l= 0;
relu_1_45_2_off_when_inactive.. + 1*post_1_45_2 - 6.944399324947062*relu_1_45_2_on =l= 0;
relu_1_45_2_pre_when_active.. - 1*pre_1_45_2 + 1*post_1_45_2 + 6.944399324947062*relu_1_45_2_on =l= 6.944399324947062;
relu_1_46_0_above_pre.. + 1*pre_1_46_0 - 1*post_1_46_0 =l= 0;
relu_1_46_0_off_when_inactive.. + 1*post_1_46_0 - 3.5770894718859325*relu_1_46_0_on =l= 0;
relu_1_46_0_pre_when_active.. - 1*pre_1_46_0 + 1*post_1_46_0 + 3.5770894718859325*relu_1_46_0_on =l= 3.5770894718859325;
relu_1_46_1_above_pre.. + 1*pre_1_46_1 - 1*post_1_46_1 =l= 0;
relu_1_46_1_off_when_inactive.. + 1*post_1_46_1 - 3.5770894718859325*relu_1_46_1_on =l= 0;
relu_1_46_1_pre_when_active.. - 1*pre_1_46_1 + 1*post_1_46_1 + 3.5770894718859325*relu_1_46_1_on =l= 3.5770894718859325;
relu_1_46_2_above_pre.. + 1*pre_1_46_2 - 1*post_1_46_2 =l= 0;
relu_1_46_2_off_when_inactive.. + 1*post_1_46_2 - 3.5770894718859325*relu_1_46_2_on =l= 0;
relu_1_46_2_pre_when_active.. - 1*pre_1_46_2 + 1*post_1_46_2 + 3.5770894718859325*relu_1_46_2_on =l= 3.5770894718859325;
relu_1_47_0_above_pre.. + 1*pre_1_47_0 - 1*post_1_47_0 =l= 0;
relu_1_47_0_off_when_inactive.. + 1*post_1_47_0 - 8.343039628756323*relu_1_47_0_on =l= 0;
relu_1_47_0_pre_when_active.. - 1*pre_1_47_0 + 1*post_1_47_0 + 8.343039628756323*relu_1_47_0_on =l= 8.343039628756323;
relu_1_47_1_above_pre.. + 1*pre_1_47_1 - 1*post_1_47_1 =l= 0;
relu_1_47_1_off_when_inactive.. + 1*post_1_47_1 - 8.343039628756323*relu_1_47_1_on =l= 0;
relu_1_47_1_pre_when_active.. - 1*pre_1_47_1 + 1*post_1_47_1 + 8.343039628756323*relu_1_47_1_on =l= 8.343039628756323;
relu_1_47_2_above_pre.. + 1*pre_1_47_2 - 1*post_1_47_2 =l= 0;
relu_1_47_2_off_when_inactive.. + 1*post_1_47_2 - 8.343039628756323*relu_1_47_2_on =l= 0;
relu_1_47_2_pre_when_active.. - 1*pre_1_47_2 + 1*post_1_47_2 + 8.343039628756323*relu_1_47_2_on =l= 8.343039628756323;

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
