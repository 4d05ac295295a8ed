* sine-N17-p1-normalized-bigm  (relu-opt library: sine-N17, problem 1, normalized-bigm; {"hidden": [3], "bound": 4.0, "loss": "squared"})
NAME sine-N17-p1-normalized-bigm
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_0_1
 E pre_definition_1_0_2
 E pre_definition_1_1_0
 E pre_definition_1_1_1
 E pre_definition_1_1_2
 E pre_definition_1_2_0
 E pre_definition_1_2_1
 E pre_definition_1_2_2
 E pre_definition_1_3_0
 E pre_definition_1_3_1
 E pre_definition_1_3_2
 E pre_definition_1_4_0
 E pre_definition_1_4_1
 E pre_definition_1_4_2
 E pre_definition_1_5_0
 E pre_definition_1_5_1
 E pre_definition_1_5_2
 E pre_definition_1_6_0
 E pre_definition_1_6_1
 E pre_definition_1_6_2
 E pre_definition_1_7_0
 E pre_definition_1_7_1
 E pre_definition_1_7_2
 E pre_definition_1_8_0
 E pre_definition_1_8_1
 E pre_definition_1_8_2
 E pre_definition_1_9_0
 E pre_definition_1_9_1
 E pre_definition_1_9_2
 E pre_definition_1_10_0
 E pre_definition_1_10_1
 E pre_definition_1_10_2
 E pre_definition_1_11_0
 E pre_definition_1_11_1
 E pre_definition_1_11_2
 E pre_definition_1_12_0
 E pre_definition_1_12_1
 E pre_definition_1_12_2
 E pre_definition_1_13_0
 E pre_definition_1_13_1
 E pre_definition_1_13_2
 E pre_definition_1_14_0
 E pre_definition_1_14_1
 E pre_definition_1_14_2
 E pre_definition_1_15_0
 E pre_definition_1_15_1
 E pre_definition_1_15_2
 E pre_definition_1_16_0
 E pre_definition_1_16_1
 E pre_definition_1_16_2
 E post_split_0_0
 E post_split_0_1
 E post_split_0_2
 E post_split_1_0
 E post_split_1_1
 E post_split_1_2
 E post_split_2_0
 E post_split_2_1
 E post_split_2_2
 E post_split_3_0
 E post_split_3_1
 E post_split_3_2
 E post_split_4_0
 E post_split_4_1
 E post_split_4_2
 E post_split_5_0
 E post_split_5_1
 E post_split_5_2
 E post_split_6_0
 E post_split_6_1
 E post_split_6_2
 E post_split_7_0
 E post_split_7_1
 E post_split_7_2
 E post_split_8_0
 E post_split_8_1
 E post_split_8_2
 E post_split_9_0
 E post_split_9_1
 E post_split_9_2
 E post_split_10_0
 E post_split_10_1
 E post_split_10_2
 E post_split_11_0
 E post_split_11_1
 E post_split_11_2
 E post_split_12_0
 E post_split_12_1
 E post_split_12_2
 E post_split_13_0
 E post_split_13_1
 E post_split_13_2
 E post_split_14_0
 E post_split_14_1
 E post_split_14_2
 E post_split_15_0
 E post_split_15_1
 E post_split_15_2
 E post_split_16_0
 E post_split_16_1
 E post_split_16_2
 L positive_if_sign_0_0
 L positive_if_sign_0_1
 L positive_if_sign_0_2
 L positive_if_sign_1_0
 L positive_if_sign_1_1
 L positive_if_sign_1_2
 L positive_if_sign_2_0
 L positive_if_sign_2_1
 L positive_if_sign_2_2
 L positive_if_sign_3_0
 L positive_if_sign_3_1
 L positive_if_sign_3_2
 L positive_if_sign_4_0
 L positive_if_sign_4_1
 L positive_if_sign_4_2
 L positive_if_sign_5_0
 L positive_if_sign_5_1
 L positive_if_sign_5_2
 L positive_if_sign_6_0
 L positive_if_sign_6_1
 L positive_if_sign_6_2
 L positive_if_sign_7_0
 L positive_if_sign_7_1
 L positive_if_sign_7_2
 L positive_if_sign_8_0
 L positive_if_sign_8_1
 L positive_if_sign_8_2
 L positive_if_sign_9_0
 L positive_if_sign_9_1
 L positive_if_sign_9_2
 L positive_if_sign_10_0
 L positive_if_sign_10_1
 L positive_if_sign_10_2
 L positive_if_sign_11_0
 L positive_if_sign_11_1
 L positive_if_sign_11_2
 L positive_if_sign_12_0
 L positive_if_sign_12_1
 L positive_if_sign_12_2
 L positive_if_sign_13_0
 L positive_if_sign_13_1
 L positive_if_sign_13_2
 L positive_if_sign_14_0
 L positive_if_sign_14_1
 L positive_if_sign_14_2
 L positive_if_sign_15_0
 L positive_if_sign_15_1
 L positive_if_sign_15_2
 L positive_if_sign_16_0
 L positive_if_sign_16_1
 L positive_if_sign_16_2
 L negative_unless_sign_0_0
 L negative_unless_sign_0_1
 L negative_unless_sign_0_2
 L negative_unless_sign_1_0
 L negative_unless_sign_1_1
 L negative_unless_sign_1_2
 L negative_unless_sign_2_0
 L negative_unless_sign_2_1
 L negative_unless_sign_2_2
 L negative_unless_sign_3_0
 L negative_unless_sign_3_1
 L negative_unless_sign_3_2
 L negative_unless_sign_4_0
 L negative_unless_sign_4_1
 L negative_unless_sign_4_2
 L negative_unless_sign_5_0
 L negative_unless_sign_5_1
 L negative_unless_sign_5_2
 L negative_unless_sign_6_0
 L negative_unless_sign_6_1
 L negative_unless_sign_6_2
 L negative_unless_sign_7_0
 L negative_unless_sign_7_1
 L negative_unless_sign_7_2
 L negative_unless_sign_8_0
 L negative_unless_sign_8_1
 L negative_unless_sign_8_2
 L negative_unless_sign_9_0
 L negative_unless_sign_9_1
 L negative_unless_sign_9_2
 L negative_unless_sign_10_0
 L negative_unless_sign_10_1
 L negative_unless_sign_10_2
 L negative_unless_sign_11_0
 L negative_unless_sign_11_1
 L negative_unless_sign_11_2
 L negative_unless_sign_12_0
 L negative_unless_sign_12_1
 L negative_unless_sign_12_2
 L negative_unless_sign_13_0
 L negative_unless_sign_13_1
 L negative_unless_sign_13_2
 L negative_unless_sign_14_0
 L negative_unless_sign_14_1
 L negative_unless_sign_14_2
 L negative_unless_sign_15_0
 L negative_unless_sign_15_1
 L negative_unless_sign_15_2
 L negative_unless_sign_16_0
 L negative_unless_sign_16_1
 L negative_unless_sign_16_2
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 E out_definition_4_0
 E out_definition_5_0
 E out_definition_6_0
 E out_definition_7_0
 E out_definition_8_0
 E out_definition_9_0
 E out_definition_10_0
 E out_definition_11_0
 E out_definition_12_0
 E out_definition_13_0
 E out_definition_14_0
 E out_definition_15_0
 E out_definition_16_0
 L relu_1_0_0_above_pre
 L relu_1_0_0_off_when_inactive
 L relu_1_0_0_pre_when_active
 L relu_1_0_1_above_pre
 L relu_1_0_1_off_when_inactive
 L relu_1_0_1_pre_when_active
 L relu_1_0_2_above_pre
 L relu_1_0_2_off_when_inactive
 L relu_1_0_2_pre_when_active
 L relu_1_1_0_above_pre
 L relu_1_1_0_off_when_inactive
 L relu_1_1_0_pre_when_active
 L relu_1_1_1_above_pre
 L relu_1_1_1_off_when_inactive
 L relu_1_1_1_pre_when_active
 L relu_1_1_2_above_pre
 L relu_1_1_2_off_when_inactive
 L relu_1_1_2_pre_when_active
 L relu_1_2_0_above_pre
 L relu_1_2_0_off_when_inactive
 L relu_1_2_0_pre_when_active
 L relu_1_2_1_above_pre
 L relu_1_2_1_off_when_inactive
 L relu_1_2_1_pre_when_active
 L relu_1_2_2_above_pre
 L relu_1_2_2_off_when_inactive
 L relu_1_2_2_pre_when_active
 L relu_1_3_0_above_pre
 L relu_1_3_0_off_when_inactive
 L relu_1_3_0_pre_when_active
 L relu_1_3_1_above_pre
 L relu_1_3_1_off_when_inactive
 L relu_1_3_1_pre_when_active
 L relu_1_3_2_above_pre
 L relu_1_3_2_off_when_inactive
 L relu_1_3_2_pre_when_active
 L relu_1_4_0_above_pre
 L relu_1_4_0_off_when_inactive
 L relu_1_4_0_pre_when_active
 L relu_1_4_1_above_pre
 L relu_1_4_1_off_when_inactive
 L relu_1_4_1_pre_when_active
 L relu_1_4_2_above_pre
 L relu_1_4_2_off_when_inactive
 L relu_1_4_2_pre_when_active
 L relu_1_5_0_above_pre
 L relu_1_5_0_off_when_inactive
 L relu_1_5_0_pre_when_active
 L relu_1_5_1_above_pre
 L relu_1_5_1_off_when_inactive
 L relu_1_5_1_pre_when_active
 L relu_1_5_2_above_pre
 L relu_1_5_2_off_when_inactive
 L relu_1_5_2_pre_when_active
 L relu_1_6_0_above_pre
 L relu_1_6_0_off_when_inactive
 L relu_1_6_0_pre_when_active
 L relu_1_6_1_above_pre
 L relu_1_6_1_off_when_inactive
 L relu_1_6_1_pre_when_active
 L relu_1_6_2_above_pre
 L relu_1_6_2_off_when_inactive
 L relu_1_6_2_pre_when_active
 L relu_1_7_0_above_pre
 L relu_1_7_0_off_when_inactive
 L relu_1_7_0_pre_when_active
 L relu_1_7_1_above_pre
 L relu_1_7_1_off_when_inactive
 L relu_1_7_1_pre_when_active
 L relu_1_7_2_above_pre
 L relu_1_7_2_off_when_inactive
 L relu_1_7_2_pre_when_active
 L relu_1_8_0_above_pre
 L relu_1_8_0_off_when_inactive
 L relu_1_8_0_pre_when_active
 L relu_1_8_1_above_pre
 L relu_1_8_1_off_when_inactive
 L relu_1_8_1_pre_when_active
 L relu_1_8_2_above_pre
 L relu_1_8_2_off_when_inactive
 L relu_1_8_2_pre_when_active
 L relu_1_9_0_above_pre
 L relu_1_9_0_off_when_inactive
 L relu_1_9_0_pre_when_active
 L relu_1_9_1_above_pre
 L relu_1_9_1_off_when_inactive
 L relu_1_9_1_pre_when_active
 L relu_1_9_2_above_pre
 L relu_1_9_2_off_when_inactive
 L relu_1_9_2_pre_when_active
 L relu_1_10_0_above_pre
 L relu_1_10_0_off_when_inactive
 L relu_1_10_0_pre_when_active
 L relu_1_10_1_above_pre
 L relu_1_10_1_off_when_inactive
 L relu_1_10_1_pre_when_active
 L relu_1_10_2_above_pre
 L relu_1_10_2_off_when_inactive
 L relu_1_10_2_pre_when_active
 L relu_1_11_0_above_pre
 L relu_1_11_0_off_when_inactive
 L relu_1_11_0_pre_when_active
 L relu_1_11_1_above_pre
 L relu_1_11_1_off_when_inactive
 L relu_1_11_1_pre_when_active
 L relu_1_11_2_above_pre
 L relu_1_11_2_off_when_inactive
 L relu_1_11_2_pre_when_active
 L relu_1_12_0_above_pre
 L relu_1_12_0_off_when_inactive
 L relu_1_12_0_pre_when_active
 L relu_1_12_1_above_pre
 L relu_1_12_1_off_when_inactive
 L relu_1_12_1_pre_when_active
 L relu_1_12_2_above_pre
 L relu_1_12_2_off_when_inactive
 L relu_1_12_2_pre_when_active
 L relu_1_13_0_above_pre
 L relu_1_13_0_off_when_inactive
 L relu_1_13_0_pre_when_active
 L relu_1_13_1_above_pre
 L relu_1_13_1_off_when_inactive
 L relu_1_13_1_pre_when_active
 L relu_1_13_2_above_pre
 L relu_1_13_2_off_when_inactive
 L relu_1_13_2_pre_when_active
 L relu_1_14_0_above_pre
 L relu_1_14_0_off_when_inactive
 L relu_1_14_0_pre_when_active
 L relu_1_14_1_above_pre
 L relu_1_14_1_off_when_inactive
 L relu_1_14_1_pre_when_active
 L relu_1_14_2_above_pre
 L relu_1_14_2_off_when_inactive
 L relu_1_14_2_pre_when_active
 L relu_1_15_0_above_pre
 L relu_1_15_0_off_when_inactive
 L relu_1_15_0_pre_when_active
 L relu_1_15_1_above_pre
 L relu_1_15_1_off_when_inactive
 L relu_1_15_1_pre_when_active
 L relu_1_15_2_above_pre
 L relu_1_15_2_off_when_inactive
 L relu_1_15_2_pre_when_active
 L relu_1_16_0_above_pre
 L relu_1_16_0_off_when_inactive
 L relu_1_16_0_pre_when_active
 L relu_1_16_1_above_pre
 L relu_1_16_1_off_when_inactive
 L relu_1_16_1_pre_when_active
 L relu_1_16_2_above_pre
 L relu_1_16_2_off_when_inactive
 L relu_1_16_2_pre_when_active
COLUMNS
 u_0_0 pre_definition_1_0_0 1
 u_0_0 pre_definition_1_1_0 0.875
 u_0_0 pre_definition_1_2_0 0.75
 u_0_0 pre_definition_1_3_0 0.625
 u_0_0 pre_definition_1_4_0 0.5
 u_0_0 pre_definition_1_5_0 0.375
 u_0_0 pre_definition_1_6_0 0.25
 u_0_0 pre_definition_1_7_0 0.125
 u_0_0 pre_definition_1_9_0 -0.125
 u_0_0 pre_definition_1_10_0 -0.25
 u_0_0 pre_definition_1_11_0 -0.375
 u_0_0 pre_definition_1_12_0 -0.5
 u_0_0 pre_definition_1_13_0 -0.625
 u_0_0 pre_definition_1_14_0 -0.75
 u_0_0 pre_definition_1_15_0 -0.875
 u_0_0 pre_definition_1_16_0 -1
 u_0_1 pre_definition_1_0_0 -1
 u_0_1 pre_definition_1_1_0 -1
 u_0_1 pre_definition_1_2_0 -1
 u_0_1 pre_definition_1_3_0 -1
 u_0_1 pre_definition_1_4_0 -1
 u_0_1 pre_definition_1_5_0 -1
 u_0_1 pre_definition_1_6_0 -1
 u_0_1 pre_definition_1_7_0 -1
 u_0_1 pre_definition_1_8_0 -1
 u_0_1 pre_definition_1_9_0 -1
 u_0_1 pre_definition_1_10_0 -1
 u_0_1 pre_definition_1_11_0 -1
 u_0_1 pre_definition_1_12_0 -1
 u_0_1 pre_definition_1_13_0 -1
 u_0_1 pre_definition_1_14_0 -1
 u_0_1 pre_definition_1_15_0 -1
 u_0_1 pre_definition_1_16_0 -1
 u_1_0 pre_definition_1_0_1 1
 u_1_0 pre_definition_1_1_1 0.875
 u_1_0 pre_definition_1_2_1 0.75
 u_1_0 pre_definition_1_3_1 0.625
 u_1_0 pre_definition_1_4_1 0.5
 u_1_0 pre_definition_1_5_1 0.375
 u_1_0 pre_definition_1_6_1 0.25
 u_1_0 pre_definition_1_7_1 0.125
 u_1_0 pre_definition_1_9_1 -0.125
 u_1_0 pre_definition_1_10_1 -0.25
 u_1_0 pre_definition_1_11_1 -0.375
 u_1_0 pre_definition_1_12_1 -0.5
 u_1_0 pre_definition_1_13_1 -0.625
 u_1_0 pre_definition_1_14_1 -0.75
 u_1_0 pre_definition_1_15_1 -0.875
 u_1_0 pre_definition_1_16_1 -1
 u_1_1 pre_definition_1_0_1 -1
 u_1_1 pre_definition_1_1_1 -1
 u_1_1 pre_definition_1_2_1 -1
 u_1_1 pre_definition_1_3_1 -1
 u_1_1 pre_definition_1_4_1 -1
 u_1_1 pre_definition_1_5_1 -1
 u_1_1 pre_definition_1_6_1 -1
 u_1_1 pre_definition_1_7_1 -1
 u_1_1 pre_definition_1_8_1 -1
 u_1_1 pre_definition_1_9_1 -1
 u_1_1 pre_definition_1_10_1 -1
 u_1_1 pre_definition_1_11_1 -1
 u_1_1 pre_definition_1_12_1 -1
 u_1_1 pre_definition_1_13_1 -1
 u_1_1 pre_definition_1_14_1 -1
 u_1_1 pre_definition_1_15_1 -1
 u_1_1 pre_definition_1_16_1 -1
 u_2_0 pre_definition_1_0_2 1
 u_2_0 pre_definition_1_1_2 0.875
 u_2_0 pre_definition_1_2_2 0.75
 u_2_0 pre_definition_1_3_2 0.625
 u_2_0 pre_definition_1_4_2 0.5
 u_2_0 pre_definition_1_5_2 0.375
 u_2_0 pre_definition_1_6_2 0.25
 u_2_0 pre_definition_1_7_2 0.125
 u_2_0 pre_definition_1_9_2 -0.125
 u_2_0 pre_definition_1_10_2 -0.25
 u_2_0 pre_definition_1_11_2 -0.375
 u_2_0 pre_definition_1_12_2 -0.5
 u_2_0 pre_definition_1_13_2 -0.625
 u_2_0 pre_definition_1_14_2 -0.75
 u_2_0 pre_definition_1_15_2 -0.875
 u_2_0 pre_definition_1_16_2 -1
 u_2_1 pre_definition_1_0_2 -1
 u_2_1 pre_definition_1_1_2 -1
 u_2_1 pre_definition_1_2_2 -1
 u_2_1 pre_definition_1_3_2 -1
 u_2_1 pre_definition_1_4_2 -1
 u_2_1 pre_definition_1_5_2 -1
 u_2_1 pre_definition_1_6_2 -1
 u_2_1 pre_definition_1_7_2 -1
 u_2_1 pre_definition_1_8_2 -1
 u_2_1 pre_definition_1_9_2 -1
 u_2_1 pre_definition_1_10_2 -1
 u_2_1 pre_definition_1_11_2 -1
 u_2_1 pre_definition_1_12_2 -1
 u_2_1 pre_definition_1_13_2 -1
 u_2_1 pre_definition_1_14_2 -1
 u_2_1 pre_definition_1_15_2 -1
 u_2_1 pre_definition_1_16_2 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 relu_1_0_0_pre_when_active -1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 relu_1_0_1_pre_when_active -1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 relu_1_0_2_pre_when_active -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 relu_1_1_0_pre_when_active -1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 relu_1_1_1_pre_when_active -1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 relu_1_1_2_pre_when_active -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 relu_1_2_0_pre_when_active -1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 relu_1_2_1_pre_when_active -1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 relu_1_2_2_pre_when_active -1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 relu_1_3_0_pre_when_active -1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 relu_1_3_1_pre_when_active -1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 relu_1_3_2_pre_when_active -1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 relu_1_4_0_pre_when_active -1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 relu_1_4_1_pre_when_active -1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 relu_1_4_2_pre_when_active -1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 relu_1_5_0_pre_when_active -1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 relu_1_5_1_pre_when_active -1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 relu_1_5_2_pre_when_active -1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 relu_1_6_0_pre_when_active -1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 relu_1_6_1_pre_when_active -1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 relu_1_6_2_pre_when_active -1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 relu_1_7_0_pre_when_active -1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 relu_1_7_1_pre_when_active -1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 relu_1_7_2_pre_when_active -1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 relu_1_8_0_pre_when_active -1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 relu_1_8_1_pre_when_active -1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 relu_1_8_2_pre_when_active -1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 relu_1_9_0_pre_when_active -1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 relu_1_9_1_pre_when_active -1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 relu_1_9_2_pre_when_active -1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 relu_1_10_0_pre_when_active -1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 relu_1_10_1_pre_when_active -1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 relu_1_10_2_pre_when_active -1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 relu_1_11_0_pre_when_active -1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 relu_1_11_1_pre_when_active -1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 relu_1_11_2_pre_when_active -1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 relu_1_12_0_pre_when_active -1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 relu_1_12_1_pre_when_active -1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 relu_1_12_2_pre_when_active -1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 relu_1_13_0_pre_when_active -1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 relu_1_13_1_pre_when_active -1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 relu_1_13_2_pre_when_active -1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 relu_1_14_0_pre_when_active -1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 relu_1_14_1_pre_when_active -1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 relu_1_14_2_pre_when_active -1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 relu_1_15_0_pre_when_active -1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 relu_1_15_1_pre_when_active -1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_above_pre 1
 pre_1_15_2 relu_1_15_2_pre_when_active -1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre 1
 pre_1_16_0 relu_1_16_0_pre_when_active -1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre 1
 pre_1_16_1 relu_1_16_1_pre_when_active -1
 pre_1_16_2 pre_definition_1_16_2 1
 pre_1_16_2 relu_1_16_2_above_pre 1
 pre_1_16_2 relu_1_16_2_pre_when_active -1
 post_1_0_0 post_split_0_0 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 relu_1_0_0_off_when_inactive 1
 post_1_0_0 relu_1_0_0_pre_when_active 1
 post_1_0_1 post_split_0_1 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 relu_1_0_1_off_when_inactive 1
 post_1_0_1 relu_1_0_1_pre_when_active 1
 post_1_0_2 post_split_0_2 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 relu_1_0_2_off_when_inactive 1
 post_1_0_2 relu_1_0_2_pre_when_active 1
 post_1_1_0 post_split_1_0 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 relu_1_1_0_off_when_inactive 1
 post_1_1_0 relu_1_1_0_pre_when_active 1
 post_1_1_1 post_split_1_1 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 relu_1_1_1_off_when_inactive 1
 post_1_1_1 relu_1_1_1_pre_when_active 1
 post_1_1_2 post_split_1_2 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 relu_1_1_2_off_when_inactive 1
 post_1_1_2 relu_1_1_2_pre_when_active 1
 post_1_2_0 post_split_2_0 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 relu_1_2_0_off_when_inactive 1
 post_1_2_0 relu_1_2_0_pre_when_active 1
 post_1_2_1 post_split_2_1 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 relu_1_2_1_off_when_inactive 1
 post_1_2_1 relu_1_2_1_pre_when_active 1
 post_1_2_2 post_split_2_2 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 relu_1_2_2_off_when_inactive 1
 post_1_2_2 relu_1_2_2_pre_when_active 1
 post_1_3_0 post_split_3_0 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 relu_1_3_0_off_when_inactive 1
 post_1_3_0 relu_1_3_0_pre_when_active 1
 post_1_3_1 post_split_3_1 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 relu_1_3_1_off_when_inactive 1
 post_1_3_1 relu_1_3_1_pre_when_active 1
 post_1_3_2 post_split_3_2 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 relu_1_3_2_off_when_inactive 1
 post_1_3_2 relu_1_3_2_pre_when_active 1
 post_1_4_0 post_split_4_0 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 relu_1_4_0_off_when_inactive 1
 post_1_4_0 relu_1_4_0_pre_when_active 1
 post_1_4_1 post_split_4_1 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 relu_1_4_1_off_when_inactive 1
 post_1_4_1 relu_1_4_1_pre_when_active 1
 post_1_4_2 post_split_4_2 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 relu_1_4_2_off_when_inactive 1
 post_1_4_2 relu_1_4_2_pre_when_active 1
 post_1_5_0 post_split_5_0 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 relu_1_5_0_off_when_inactive 1
 post_1_5_0 relu_1_5_0_pre_when_active 1
 post_1_5_1 post_split_5_1 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 relu_1_5_1_off_when_inactive 1
 post_1_5_1 relu_1_5_1_pre_when_active 1
 post_1_5_2 post_split_5_2 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 relu_1_5_2_off_when_inactive 1
 post_1_5_2 relu_1_5_2_pre_when_active 1
 post_1_6_0 post_split_6_0 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 relu_1_6_0_off_when_inactive 1
 post_1_6_0 relu_1_6_0_pre_when_active 1
 post_1_6_1 post_split_6_1 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 relu_1_6_1_off_when_inactive 1
 post_1_6_1 relu_1_6_1_pre_when_active 1
 post_1_6_2 post_split_6_2 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 relu_1_6_2_off_when_inactive 1
 post_1_6_2 relu_1_6_2_pre_when_active 1
 post_1_7_0 post_split_7_0 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 relu_1_7_0_off_when_inactive 1
 post_1_7_0 relu_1_7_0_pre_when_active 1
 post_1_7_1 post_split_7_1 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 relu_1_7_1_off_when_inactive 1
 post_1_7_1 relu_1_7_1_pre_when_active 1
 post_1_7_2 post_split_7_2 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 relu_1_7_2_off_when_inactive 1
 post_1_7_2 relu_1_7_2_pre_when_active 1
 post_1_8_0 post_split_8_0 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 relu_1_8_0_off_when_inactive 1
 post_1_8_0 relu_1_8_0_pre_when_active 1
 post_1_8_1 post_split_8_1 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 relu_1_8_1_off_when_inactive 1
 post_1_8_1 relu_1_8_1_pre_when_active 1
 post_1_8_2 post_split_8_2 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 relu_1_8_2_off_when_inactive 1
 post_1_8_2 relu_1_8_2_pre_when_active 1
 post_1_9_0 post_split_9_0 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 relu_1_9_0_off_when_inactive 1
 post_1_9_0 relu_1_9_0_pre_when_active 1
 post_1_9_1 post_split_9_1 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 relu_1_9_1_off_when_inactive 1
 post_1_9_1 relu_1_9_1_pre_when_active 1
 post_1_9_2 post_split_9_2 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 relu_1_9_2_off_when_inactive 1
 post_1_9_2 relu_1_9_2_pre_when_active 1
 post_1_10_0 post_split_10_0 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 relu_1_10_0_off_when_inactive 1
 post_1_10_0 relu_1_10_0_pre_when_active 1
 post_1_10_1 post_split_10_1 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 relu_1_10_1_off_when_inactive 1
 post_1_10_1 relu_1_10_1_pre_when_active 1
 post_1_10_2 post_split_10_2 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 relu_1_10_2_off_when_inactive 1
 post_1_10_2 relu_1_10_2_pre_when_active 1
 post_1_11_0 post_split_11_0 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 relu_1_11_0_off_when_inactive 1
 post_1_11_0 relu_1_11_0_pre_when_active 1
 post_1_11_1 post_split_11_1 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 relu_1_11_1_off_when_inactive 1
 post_1_11_1 relu_1_11_1_pre_when_active 1
 post_1_11_2 post_split_11_2 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 relu_1_11_2_off_when_inactive 1
 post_1_11_2 relu_1_11_2_pre_when_active 1
 post_1_12_0 post_split_12_0 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 relu_1_12_0_off_when_inactive 1
 post_1_12_0 relu_1_12_0_pre_when_active 1
 post_1_12_1 post_split_12_1 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 relu_1_12_1_off_when_inactive 1
 post_1_12_1 relu_1_12_1_pre_when_active 1
 post_1_12_2 post_split_12_2 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 relu_1_12_2_off_when_inactive 1
 post_1_12_2 relu_1_12_2_pre_when_active 1
 post_1_13_0 post_split_13_0 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 relu_1_13_0_off_when_inactive 1
 post_1_13_0 relu_1_13_0_pre_when_active 1
 post_1_13_1 post_split_13_1 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 relu_1_13_1_off_when_inactive 1
 post_1_13_1 relu_1_13_1_pre_when_active 1
 post_1_13_2 post_split_13_2 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 relu_1_13_2_off_when_inactive 1
 post_1_13_2 relu_1_13_2_pre_when_active 1
 post_1_14_0 post_split_14_0 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 relu_1_14_0_off_when_inactive 1
 post_1_14_0 relu_1_14_0_pre_when_active 1
 post_1_14_1 post_split_14_1 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 relu_1_14_1_off_when_inactive 1
 post_1_14_1 relu_1_14_1_pre_when_active 1
 post_1_14_2 post_split_14_2 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 relu_1_14_2_off_when_inactive 1
 post_1_14_2 relu_1_14_2_pre_when_active 1
 post_1_15_0 post_split_15_0 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 relu_1_15_0_off_when_inactive 1
 post_1_15_0 relu_1_15_0_pre_when_active 1
 post_1_15_1 post_split_15_1 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 relu_1_15_1_off_when_inactive 1
 post_1_15_1 relu_1_15_1_pre_when_active 1
 post_1_15_2 post_split_15_2 1
 post_1_15_2 relu_1_15_2_above_pre -1
 post_1_15_2 relu_1_15_2_off_when_inactive 1
 post_1_15_2 relu_1_15_2_pre_when_active 1
 post_1_16_0 post_split_16_0 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 relu_1_16_0_off_when_inactive 1
 post_1_16_0 relu_1_16_0_pre_when_active 1
 post_1_16_1 post_split_16_1 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 relu_1_16_1_off_when_inactive 1
 post_1_16_1 relu_1_16_1_pre_when_active 1
 post_1_16_2 post_split_16_2 1
 post_1_16_2 relu_1_16_2_above_pre -1
 post_1_16_2 relu_1_16_2_off_when_inactive 1
 post_1_16_2 relu_1_16_2_pre_when_active 1
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
 out_0_0 obj 2.4492935982947064e-16
 out_0_0 out_definition_0_0 1
 out_1_0 obj 0.7653668647301798
 out_1_0 out_definition_1_0 1
 out_2_0 obj 1.4142135623730951
 out_2_0 out_definition_2_0 1
 out_3_0 obj 1.8477590650225735
 out_3_0 out_definition_3_0 1
 out_4_0 obj 2
 out_4_0 out_definition_4_0 1
 out_5_0 obj 1.8477590650225735
 out_5_0 out_definition_5_0 1
 out_6_0 obj 1.414213562373095
 out_6_0 out_definition_6_0 1
 out_7_0 obj 0.7653668647301796
 out_7_0 out_definition_7_0 1
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.7653668647301796
 out_9_0 out_definition_9_0 1
 out_10_0 obj -1.414213562373095
 out_10_0 out_definition_10_0 1
 out_11_0 obj -1.8477590650225735
 out_11_0 out_definition_11_0 1
 out_12_0 obj -2
 out_12_0 out_definition_12_0 1
 out_13_0 obj -1.8477590650225735
 out_13_0 out_definition_13_0 1
 out_14_0 obj -1.4142135623730951
 out_14_0 out_definition_14_0 1
 out_15_0 obj -0.7653668647301798
 out_15_0 out_definition_15_0 1
 out_16_0 obj -2.4492935982947064e-16
 out_16_0 out_definition_16_0 1
 M126 'MARKER' 'INTORG'
 sign_0 positive_if_sign_0_0 -32
 sign_0 positive_if_sign_1_0 -30
 sign_0 positive_if_sign_2_0 -28
 sign_0 positive_if_sign_3_0 -26
 sign_0 positive_if_sign_4_0 -24
 sign_0 positive_if_sign_5_0 -22
 sign_0 positive_if_sign_6_0 -20
 sign_0 positive_if_sign_7_0 -18
 sign_0 positive_if_sign_8_0 -16
 sign_0 positive_if_sign_9_0 -18
 sign_0 positive_if_sign_10_0 -20
 sign_0 positive_if_sign_11_0 -22
 sign_0 positive_if_sign_12_0 -24
 sign_0 positive_if_sign_13_0 -26
 sign_0 positive_if_sign_14_0 -28
 sign_0 positive_if_sign_15_0 -30
 sign_0 positive_if_sign_16_0 -32
 sign_0 negative_unless_sign_0_0 32
 sign_0 negative_unless_sign_1_0 30
 sign_0 negative_unless_sign_2_0 28
 sign_0 negative_unless_sign_3_0 26
 sign_0 negative_unless_sign_4_0 24
 sign_0 negative_unless_sign_5_0 22
 sign_0 negative_unless_sign_6_0 20
 sign_0 negative_unless_sign_7_0 18
 sign_0 negative_unless_sign_8_0 16
 sign_0 negative_unless_sign_9_0 18
 sign_0 negative_unless_sign_10_0 20
 sign_0 negative_unless_sign_11_0 22
 sign_0 negative_unless_sign_12_0 24
 sign_0 negative_unless_sign_13_0 26
 sign_0 negative_unless_sign_14_0 28
 sign_0 negative_unless_sign_15_0 30
 sign_0 negative_unless_sign_16_0 32
 sign_1 positive_if_sign_0_1 -32
 sign_1 positive_if_sign_1_1 -30
 sign_1 positive_if_sign_2_1 -28
 sign_1 positive_if_sign_3_1 -26
 sign_1 positive_if_sign_4_1 -24
 sign_1 positive_if_sign_5_1 -22
 sign_1 positive_if_sign_6_1 -20
 sign_1 positive_if_sign_7_1 -18
 sign_1 positive_if_sign_8_1 -16
 sign_1 positive_if_sign_9_1 -18
 sign_1 positive_if_sign_10_1 -20
 sign_1 positive_if_sign_11_1 -22
 sign_1 positive_if_sign_12_1 -24
 sign_1 positive_if_sign_13_1 -26
 sign_1 positive_if_sign_14_1 -28
 sign_1 positive_if_sign_15_1 -30
 sign_1 positive_if_sign_16_1 -32
 sign_1 negative_unless_sign_0_1 32
 sign_1 negative_unless_sign_1_1 30
 sign_1 negative_unless_sign_2_1 28
 sign_1 negative_unless_sign_3_1 26
 sign_1 negative_unless_sign_4_1 24
 sign_1 negative_unless_sign_5_1 22
 sign_1 negative_unless_sign_6_1 20
 sign_1 negative_unless_sign_7_1 18
 sign_1 negative_unless_sign_8_1 16
 sign_1 negative_unless_sign_9_1 18
 sign_1 negative_unless_sign_10_1 20
 sign_1 negative_unless_sign_11_1 22
 sign_1 negative_unless_sign_12_1 24
 sign_1 negative_unless_sign_13_1 26
 sign_1 negative_unless_sign_14_1 28
 sign_1 negative_unless_sign_15_1 30
 sign_1 negative_unless_sign_16_1 32
 sign_2 positive_if_sign_0_2 -32
 sign_2 positive_if_sign_1_2 -30
 sign_2 positive_if_sign_2_2 -28
 sign_2 positive_if_sign_3_2 -26
 sign_2 positive_if_sign_4_2 -24
 sign_2 positive_if_sign_5_2 -22
 sign_2 positive_if_sign_6_2 -20
 sign_2 positive_if_sign_7_2 -18
 sign_2 positive_if_sign_8_2 -16
 sign_2 positive_if_sign_9_2 -18
 sign_2 positive_if_sign_10_2 -20
 sign_2 positive_if_sign_11_2 -22
 sign_2 positive_if_sign_12_2 -24
 sign_2 positive_if_sign_13_2 -26
 sign_2 positive_if_sign_14_2 -28
 sign_2 positive_if_sign_15_2 -30
 sign_2 positive_if_sign_16_2 -32
 sign_2 negative_unless_sign_0_2 32
 sign_2 negative_unless_sign_1_2 30
 sign_2 negative_unless_sign_2_2 28
 sign_2 negative_unless_sign_3_2 26
 sign_2 negative_unless_sign_4_2 24
 sign_2 negative_unless_sign_5_2 22
 sign_2 negative_unless_sign_6_2 20
 sign_2 negative_unless_sign_7_2 18
 sign_2 negative_unless_sign_8_2 16
 sign_2 negative_unless_sign_9_2 18
 sign_2 negative_unless_sign_10_2 20
 sign_2 negative_unless_sign_11_2 22
 sign_2 negative_unless_sign_12_2 24
 sign_2 negative_unless_sign_13_2 26
 sign_2 negative_unless_sign_14_2 28
 sign_2 negative_unless_sign_15_2 30
 sign_2 negative_unless_sign_16_2 32
 M129 'MARKER' 'INTEND'
 post_positive_0_0 post_split_0_0 -1
 post_positive_0_0 positive_if_sign_0_0 1
 post_positive_0_0 out_definition_0_0 -1
 post_positive_0_1 post_split_0_1 -1
 post_positive_0_1 positive_if_sign_0_1 1
 post_positive_0_1 out_definition_0_0 -1
 post_positive_0_2 post_split_0_2 -1
 post_positive_0_2 positive_if_sign_0_2 1
 post_positive_0_2 out_definition_0_0 -1
 post_positive_1_0 post_split_1_0 -1
 post_positive_1_0 positive_if_sign_1_0 1
 post_positive_1_0 out_definition_1_0 -1
 post_positive_1_1 post_split_1_1 -1
 post_positive_1_1 positive_if_sign_1_1 1
 post_positive_1_1 out_definition_1_0 -1
 post_positive_1_2 post_split_1_2 -1
 post_positive_1_2 positive_if_sign_1_2 1
 post_positive_1_2 out_definition_1_0 -1
 post_positive_2_0 post_split_2_0 -1
 post_positive_2_0 positive_if_sign_2_0 1
 post_positive_2_0 out_definition_2_0 -1
 post_positive_2_1 post_split_2_1 -1
 post_positive_2_1 positive_if_sign_2_1 1
 post_positive_2_1 out_definition_2_0 -1
 post_positive_2_2 post_split_2_2 -1
 post_positive_2_2 positive_if_sign_2_2 1
 post_positive_2_2 out_definition_2_0 -1
 post_positive_3_0 post_split_3_0 -1
 post_positive_3_0 positive_if_sign_3_0 1
 post_positive_3_0 out_definition_3_0 -1
 post_positive_3_1 post_split_3_1 -1
 post_positive_3_1 positive_if_sign_3_1 1
 post_positive_3_1 out_definition_3_0 -1
 post_positive_3_2 post_split_3_2 -1
 post_positive_3_2 positive_if_sign_3_2 1
 post_positive_3_2 out_definition_3_0 -1
 post_positive_4_0 post_split_4_0 -1
 post_positive_4_0 positive_if_sign_4_0 1
 post_positive_4_0 out_definition_4_0 -1
 post_positive_4_1 post_split_4_1 -1
 post_positive_4_1 positive_if_sign_4_1 1
 post_positive_4_1 out_definition_4_0 -1
 post_positive_4_2 post_split_4_2 -1
 post_positive_4_2 positive_if_sign_4_2 1
 post_positive_4_2 out_definition_4_0 -1
 post_positive_5_0 post_split_5_0 -1
 post_positive_5_0 positive_if_sign_5_0 1
 post_positive_5_0 out_definition_5_0 -1
 post_positive_5_1 post_split_5_1 -1
 post_positive_5_1 positive_if_sign_5_1 1
 post_positive_5_1 out_definition_5_0 -1
 post_positive_5_2 post_split_5_2 -1
 post_positive_5_2 positive_if_sign_5_2 1
 post_positive_5_2 out_definition_5_0 -1
 post_positive_6_0 post_split_6_0 -1
 post_positive_6_0 positive_if_sign_6_0 1
 post_positive_6_0 out_definition_6_0 -1
 post_positive_6_1 post_split_6_1 -1
 post_positive_6_1 positive_if_sign_6_1 1
 post_positive_6_1 out_definition_6_0 -1
 post_positive_6_2 post_split_6_2 -1
 post_positive_6_2 positive_if_sign_6_2 1
 post_positive_6_2 out_definition_6_0 -1
 post_positive_7_0 post_split_7_0 -1
 post_positive_7_0 positive_if_sign_7_0 1
 post_positive_7_0 out_definition_7_0 -1
 post_positive_7_1 post_split_7_1 -1
 post_positive_7_1 positive_if_sign_7_1 1
 post_positive_7_1 out_definition_7_0 -1
 post_positive_7_2 post_split_7_2 -1
 post_positive_7_2 positive_if_sign_7_2 1
 post_positive_7_2 out_definition_7_0 -1
 post_positive_8_0 post_split_8_0 -1
 post_positive_8_0 positive_if_sign_8_0 1
 post_positive_8_0 out_definition_8_0 -1
 post_positive_8_1 post_split_8_1 -1
 post_positive_8_1 positive_if_sign_8_1 1
 post_positive_8_1 out_definition_8_0 -1
 post_positive_8_2 post_split_8_2 -1
 post_positive_8_2 positive_if_sign_8_2 1
 post_positive_8_2 out_definition_8_0 -1
 post_positive_9_0 post_split_9_0 -1
 post_positive_9_0 positive_if_sign_9_0 1
 post_positive_9_0 out_definition_9_0 -1
 post_positive_9_1 post_split_9_1 -1
 post_positive_9_1 positive_if_sign_9_1 1
 post_positive_9_1 out_definition_9_0 -1
 post_positive_9_2 post_split_9_2 -1
 post_positive_9_2 positive_if_sign_9_2 1
 post_positive_9_2 out_definition_9_0 -1
 post_positive_10_0 post_split_10_0 -1
 post_positive_10_0 positive_if_sign_10_0 1
 post_positive_10_0 out_definition_10_0 -1
 post_positive_10_1 post_split_10_1 -1
 post_positive_10_1 positive_if_sign_10_1 1
 post_positive_10_1 out_definition_10_0 -1
 post_positive_10_2 post_split_10_2 -1
 post_positive_10_2 positive_if_sign_10_2 1
 post_positive_10_2 out_definition_10_0 -1
 post_positive_11_0 post_split_11_0 -1
 post_positive_11_0 positive_if_sign_11_0 1
 post_positive_11_0 out_definition_11_0 -1
 post_positive_11_1 post_split_11_1 -1
 post_positive_11_1 positive_if_sign_11_1 1
 post_positive_11_1 out_definition_11_0 -1
 post_positive_11_2 post_split_11_2 -1
 post_positive_11_2 positive_if_sign_11_2 1
 post_positive_11_2 out_definition_11_0 -1
 post_positive_12_0 post_split_12_0 -1
 post_positive_12_0 positive_if_sign_12_0 1
 post_positive_12_0 out_definition_12_0 -1
 post_positive_12_1 post_split_12_1 -1
 post_positive_12_1 positive_if_sign_12_1 1
 post_positive_12_1 out_definition_12_0 -1
 post_positive_12_2 post_split_12_2 -1
 post_positive_12_2 positive_if_sign_12_2 1
 post_positive_12_2 out_definition_12_0 -1
 post_positive_13_0 post_split_13_0 -1
 post_positive_13_0 positive_if_sign_13_0 1
 post_positive_13_0 out_definition_13_0 -1
 post_positive_13_1 post_split_13_1 -1
 post_positive_13_1 positive_if_sign_13_1 1
 post_positive_13_1 out_definition_13_0 -1
 post_positive_13_2 post_split_13_2 -1
 post_positive_13_2 positive_if_sign_13_2 1
 post_positive_13_2 out_definition_13_0 -1
 post_positive_14_0 post_split_14_0 -1
 post_positive_14_0 positive_if_sign_14_0 1
 post_positive_14_0 out_definition_14_0 -1
 post_positive_14_1 post_split_14_1 -1
 post_positive_14_1 positive_if_sign_14_1 1
 post_positive_14_1 out_definition_14_0 -1
 post_positive_14_2 post_split_14_2 -1
 post_positive_14_2 positive_if_sign_14_2 1
 post_positive_14_2 out_definition_14_0 -1
 post_positive_15_0 post_split_15_0 -1
 post_positive_15_0 positive_if_sign_15_0 1
 post_positive_15_0 out_definition_15_0 -1
 post_positive_15_1 post_split_15_1 -1
 post_positive_15_1 positive_if_sign_15_1 1
 post_positive_15_1 out_definition_15_0 -1
 post_positive_15_2 post_split_15_2 -1
 post_positive_15_2 positive_if_sign_15_2 1
 post_positive_15_2 out_definition_15_0 -1
 post_positive_16_0 post_split_16_0 -1
 post_positive_16_0 positive_if_sign_16_0 1
 post_positive_16_0 out_definition_16_0 -1
 post_positive_16_1 post_split_16_1 -1
 post_positive_16_1 positive_if_sign_16_1 1
 post_positive_16_1 out_definition_16_0 -1
 post_positive_16_2 post_split_16_2 -1
 post_positive_16_2 positive_if_sign_16_2 1
 post_positive_16_2 out_definition_16_0 -1
 post_negative_0_0 post_split_0_0 -1
 post_negative_0_0 negative_unless_sign_0_0 1
 post_negative_0_0 out_definition_0_0 1
 post_negative_0_1 post_split_0_1 -1
 post_negative_0_1 negative_unless_sign_0_1 1
 post_negative_0_1 out_definition_0_0 1
 post_negative_0_2 post_split_0_2 -1
 post_negative_0_2 negative_unless_sign_0_2 1
 post_negative_0_2 out_definition_0_0 1
 post_negative_1_0 post_split_1_0 -1
 post_negative_1_0 negative_unless_sign_1_0 1
 post_negative_1_0 out_definition_1_0 1
 post_negative_1_1 post_split_1_1 -1
 post_negative_1_1 negative_unless_sign_1_1 1
 post_negative_1_1 out_definition_1_0 1
 post_negative_1_2 post_split_1_2 -1
 post_negative_1_2 negative_unless_sign_1_2 1
 post_negative_1_2 out_definition_1_0 1
 post_negative_2_0 post_split_2_0 -1
 post_negative_2_0 negative_unless_sign_2_0 1
 post_negative_2_0 out_definition_2_0 1
 post_negative_2_1 post_split_2_1 -1
 post_negative_2_1 negative_unless_sign_2_1 1
 post_negative_2_1 out_definition_2_0 1
 post_negative_2_2 post_split_2_2 -1
 post_negative_2_2 negative_unless_sign_2_2 1
 post_negative_2_2 out_definition_2_0 1
 post_negative_3_0 post_split_3_0 -1
 post_negative_3_0 negative_unless_sign_3_0 1
 post_negative_3_0 out_definition_3_0 1
 post_negative_3_1 post_split_3_1 -1
 post_negative_3_1 negative_unless_sign_3_1 1
 post_negative_3_1 out_definition_3_0 1
 post_negative_3_2 post_split_3_2 -1
 post_negative_3_2 negative_unless_sign_3_2 1
 post_negative_3_2 out_definition_3_0 1
 post_negative_4_0 post_split_4_0 -1
 post_negative_4_0 negative_unless_sign_4_0 1
 post_negative_4_0 out_definition_4_0 1
 post_negative_4_1 post_split_4_1 -1
 post_negative_4_1 negative_unless_sign_4_1 1
 post_negative_4_1 out_definition_4_0 1
 post_negative_4_2 post_split_4_2 -1
 post_negative_4_2 negative_unless_sign_4_2 1
 post_negative_4_2 out_definition_4_0 1
 post_negative_5_0 post_split_5_0 -1
 post_negative_5_0 negative_unless_sign_5_0 1
 post_negative_5_0 out_definition_5_0 1
 post_negative_5_1 post_split_5_1 -1
 post_negative_5_1 negative_unless_sign_5_1 1
 post_negative_5_1 out_definition_5_0 1
 post_negative_5_2 post_split_5_2 -1
 post_negative_5_2 negative_unless_sign_5_2 1
 post_negative_5_2 out_definition_5_0 1
 post_negative_6_0 post_split_6_0 -1
 post_negative_6_0 negative_unless_sign_6_0 1
 post_negative_6_0 out_definition_6_0 1
 post_negative_6_1 post_split_6_1 -1
 post_negative_6_1 negative_unless_sign_6_1 1
 post_negative_6_1 out_definition_6_0 1
 post_negative_6_2 post_split_6_2 -1
 post_negative_6_2 negative_unless_sign_6_2 1
 post_negative_6_2 out_definition_6_0 1
 post_negative_7_0 post_split_7_0 -1
 post_negative_7_0 negative_unless_sign_7_0 1
 post_negative_7_0 out_definition_7_0 1
 post_negative_7_1 post_split_7_1 -1
 post_negative_7_1 negative_unless_sign_7_1 1
 post_negative_7_1 out_definition_7_0 1
 post_negative_7_2 post_split_7_2 -1
 post_negative_7_2 negative_unless_sign_7_2 1
 post_negative_7_2 out_definition_7_0 1
 post_negative_8_0 post_split_8_0 -1
 post_negative_8_0 negative_unless_sign_8_0 1
 post_negative_8_0 out_definition_8_0 1
 post_negative_8_1 post_split_8_1 -1
 post_negative_8_1 negative_unless_sign_8_1 1
 post_negative_8_1 out_definition_8_0 1
 post_negative_8_2 post_split_8_2 -1
 post_negative_8_2 negative_unless_sign_8_2 1
 post_negative_8_2 out_definition_8_0 1
 post_negative_9_0 post_split_9_0 -1
 post_negative_9_0 negative_unless_sign_9_0 1
 post_negative_9_0 out_definition_9_0 1
 post_negative_9_1 post_split_9_1 -1
 post_negative_9_1 negative_unless_sign_9_1 1
 post_negative_9_1 out_definition_9_0 1
 post_negative_9_2 post_split_9_2 -1
 post_negative_9_2 negative_unless_sign_9_2 1
 post_negative_9_2 out_definition_9_0 1
 post_negative_10_0 post_split_10_0 -1
 post_negative_10_0 negative_unless_sign_10_0 1
 post_negative_10_0 out_definition_10_0 1
 post_negative_10_1 post_split_10_1 -1
 post_negative_10_1 negative_unless_sign_10_1 1
 post_negative_10_1 out_definition_10_0 1
 post_negative_10_2 post_split_10_2 -1
 post_negative_10_2 negative_unless_sign_10_2 1
 post_negative_10_2 out_definition_10_0 1
 post_negative_11_0 post_split_11_0 -1
 post_negative_11_0 negative_unless_sign_11_0 1
 post_negative_11_0 out_definition_11_0 1
 post_negative_11_1 post_split_11_1 -1
 post_negative_11_1 negative_unless_sign_11_1 1
 post_negative_11_1 out_definition_11_0 1
 post_negative_11_2 post_split_11_2 -1
 post_negative_11_2 negative_unless_sign_11_2 1
 post_negative_11_2 out_definition_11_0 1
 post_negative_12_0 post_split_12_0 -1
 post_negative_12_0 negative_unless_sign_12_0 1
 post_negative_12_0 out_definition_12_0 1
 post_negative_12_1 post_split_12_1 -1
 post_negative_12_1 negative_unless_sign_12_1 1
 post_negative_12_1 out_definition_12_0 1
 post_negative_12_2 post_split_12_2 -1
 post_negative_12_2 negative_unless_sign_12_2 1
 post_negative_12_2 out_definition_12_0 1
 post_negative_13_0 post_split_13_0 -1
 post_negative_13_0 negative_unless_sign_13_0 1
 post_negative_13_0 out_definition_13_0 1
 post_negative_13_1 post_split_13_1 -1
 post_negative_13_1 negative_unless_sign_13_1 1
 post_negative_13_1 out_definition_13_0 1
 post_negative_13_2 post_split_13_2 -1
 post_negative_13_2 negative_unless_sign_13_2 1
 post_negative_13_2 out_definition_13_0 1
 post_negative_14_0 post_split_14_0 -1
 post_negative_14_0 negative_unless_sign_14_0 1
 post_negative_14_0 out_definition_14_0 1
 post_negative_14_1 post_split_14_1 -1
 post_negative_14_1 negative_unless_sign_14_1 1
 post_negative_14_1 out_definition_14_0 1
 post_negative_14_2 post_split_14_2 -1
 post_negative_14_2 negative_unless_sign_14_2 1
 post_negative_14_2 out_definition_14_0 1
 post_negative_15_0 post_split_15_0 -1
 post_negative_15_0 negative_unless_sign_15_0 1
 post_negative_15_0 out_definition_15_0 1
 post_negative_15_1 post_split_15_1 -1
 post_negative_15_1 negative_unless_sign_15_1 1
 post_negative_15_1 out_definition_15_0 1
 post_negative_15_2 post_split_15_2 -1
 post_negative_15_2 negative_unless_sign_15_2 1
 post_negative_15_2 out_definition_15_0 1
 post_negative_16_0 post_split_16_0 -1
 post_negative_16_0 negative_unless_sign_16_0 1
 post_negative_16_0 out_definition_16_0 1
 post_negative_16_1 post_split_16_1 -1
 post_negative_16_1 negative_unless_sign_16_1 1
 post_negative_16_1 out_definition_16_0 1
 post_negative_16_2 post_split_16_2 -1
 post_negative_16_2 negative_unless_sign_16_2 1
 post_negative_16_2 out_definition_16_0 1
 M231 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -32
 relu_1_0_0_on relu_1_0_0_pre_when_active 32
 relu_1_0_1_on relu_1_0_1_off_when_inactive -32
 relu_1_0_1_on relu_1_0_1_pre_when_active 32
 relu_1_0_2_on relu_1_0_2_off_when_inactive -32
 relu_1_0_2_on relu_1_0_2_pre_when_active 32
 relu_1_1_0_on relu_1_1_0_off_when_inactive -30
 relu_1_1_0_on relu_1_1_0_pre_when_active 30
 relu_1_1_1_on relu_1_1_1_off_when_inactive -30
 relu_1_1_1_on relu_1_1_1_pre_when_active 30
 relu_1_1_2_on relu_1_1_2_off_when_inactive -30
 relu_1_1_2_on relu_1_1_2_pre_when_active 30
 relu_1_2_0_on relu_1_2_0_off_when_inactive -28
 relu_1_2_0_on relu_1_2_0_pre_when_active 28
 relu_1_2_1_on relu_1_2_1_off_when_inactive -28
 relu_1_2_1_on relu_1_2_1_pre_when_active 28
 relu_1_2_2_on relu_1_2_2_off_when_inactive -28
 relu_1_2_2_on relu_1_2_2_pre_when_active 28
 relu_1_3_0_on relu_1_3_0_off_when_inactive -26
 relu_1_3_0_on relu_1_3_0_pre_when_active 26
 relu_1_3_1_on relu_1_3_1_off_when_inactive -26
 relu_1_3_1_on relu_1_3_1_pre_when_active 26
 relu_1_3_2_on relu_1_3_2_off_when_inactive -26
 relu_1_3_2_on relu_1_3_2_pre_when_active 26
 relu_1_4_0_on relu_1_4_0_off_when_inactive -24
 relu_1_4_0_on relu_1_4_0_pre_when_active 24
 relu_1_4_1_on relu_1_4_1_off_when_inactive -24
 relu_1_4_1_on relu_1_4_1_pre_when_active 24
 relu_1_4_2_on relu_1_4_2_off_when_inactive -24
 relu_1_4_2_on relu_1_4_2_pre_when_active 24
 relu_1_5_0_on relu_1_5_0_off_when_inactive -22
 relu_1_5_0_on relu_1_5_0_pre_when_active 22
 relu_1_5_1_on relu_1_5_1_off_when_inactive -22
 relu_1_5_1_on relu_1_5_1_pre_when_active 22
 relu_1_5_2_on relu_1_5_2_off_when_inactive -22
 relu_1_5_2_on relu_1_5_2_pre_when_active 22
 relu_1_6_0_on relu_1_6_0_off_when_inactive -20
 relu_1_6_0_on relu_1_6_0_pre_when_active 20
 relu_1_6_1_on relu_1_6_1_off_when_inactive -20
 relu_1_6_1_on relu_1_6_1_pre_when_active 20
 relu_1_6_2_on relu_1_6_2_off_when_inactive -20
 relu_1_6_2_on relu_1_6_2_pre_when_active 20
 relu_1_7_0_on relu_1_7_0_off_when_inactive -18
 relu_1_7_0_on relu_1_7_0_pre_when_active 18
 relu_1_7_1_on relu_1_7_1_off_when_inactive -18
 relu_1_7_1_on relu_1_7_1_pre_when_active 18
 relu_1_7_2_on relu_1_7_2_off_when_inactive -18
 relu_1_7_2_on relu_1_7_2_pre_when_active 18
 relu_1_8_0_on relu_1_8_0_off_when_inactive -16
 relu_1_8_0_on relu_1_8_0_pre_when_active 16
 relu_1_8_1_on relu_1_8_1_off_when_inactive -16
 relu_1_8_1_on relu_1_8_1_pre_when_active 16
 relu_1_8_2_on relu_1_8_2_off_when_inactive -16
 relu_1_8_2_on relu_1_8_2_pre_when_active 16
 relu_1_9_0_on relu_1_9_0_off_when_inactive -18
 relu_1_9_0_on relu_1_9_0_pre_when_active 18
 relu_1_9_1_on relu_1_9_1_off_when_inactive -18
 relu_1_9_1_on relu_1_9_1_pre_when_active 18
 relu_1_9_2_on relu_1_9_2_off_when_inactive -18
 relu_1_9_2_on relu_1_9_2_pre_when_active 18
 relu_1_10_0_on relu_1_10_0_off_when_inactive -20
 relu_1_10_0_on relu_1_10_0_pre_when_active 20
 relu_1_10_1_on relu_1_10_1_off_when_inactive -20
 relu_1_10_1_on relu_1_10_1_pre_when_active 20
 relu_1_10_2_on relu_1_10_2_off_when_inactive -20
 relu_1_10_2_on relu_1_10_2_pre_when_active 20
 relu_1_11_0_on relu_1_11_0_off_when_inactive -22
 relu_1_11_0_on relu_1_11_0_pre_when_active 22
 relu_1_11_1_on relu_1_11_1_off_when_inactive -22
 relu_1_11_1_on relu_1_11_1_pre_when_active 22
 relu_1_11_2_on relu_1_11_2_off_when_inactive -22
 relu_1_11_2_on relu_1_11_2_pre_when_active 22
 relu_1_12_0_on relu_1_12_0_off_when_inactive -24
 relu_1_12_0_on relu_1_12_0_pre_when_active 24
 relu_1_12_1_on relu_1_12_1_off_when_inactive -24
 relu_1_12_1_on relu_1_12_1_pre_when_active 24
 relu_1_12_2_on relu_1_12_2_off_when_inactive -24
 relu_1_12_2_on relu_1_12_2_pre_when_active 24
 relu_1_13_0_on relu_1_13_0_off_when_inactive -26
 relu_1_13_0_on relu_1_13_0_pre_when_active 26
 relu_1_13_1_on relu_1_13_1_off_when_inactive -26
 relu_1_13_1_on relu_1_13_1_pre_when_active 26
 relu_1_13_2_on relu_1_13_2_off_when_inactive -26
 relu_1_13_2_on relu_1_13_2_pre_when_active 26
 relu_1_14_0_on relu_1_14_0_off_when_inactive -28
 relu_1_14_0_on relu_1_14_0_pre_when_active 28
 relu_1_14_1_on relu_1_14_1_off_when_inactive -28
 relu_1_14_1_on relu_1_14_1_pre_when_active 28
 relu_1_14_2_on relu_1_14_2_off_when_inactive -28
 relu_1_14_2_on relu_1_14_2_pre_when_active 28
 relu_1_15_0_on relu_1_15_0_off_when_inactive -30
 relu_1_15_0_on relu_1_15_0_pre_when_active 30
 relu_1_15_1_on relu_1_15_1_off_when_inactive -30
 relu_1_15_1_on relu_1_15_1_pre_when_active 30
 relu_1_15_2_on relu_1_15_2_off_when_inactive -30
 relu_1_15_2_on relu_1_15_2_pre_when_active 30
 relu_1_16_0_on relu_1_16_0_off_when_inactive -32
 relu_1_16_0_on relu_1_16_0_pre_when_active 32
 relu_1_16_1_on relu_1_16_1_off_when_inactive -32
 relu_1_16_1_on relu_1_16_1_pre_when_active 32
 relu_1_16_2_on relu_1_16_2_off_when_inactive -32
 relu_1_16_2_on relu_1_16_2_pre_when_active 32
 M282 'MARKER' 'INTEND'
RHS
 rhs obj -8
 rhs negative_unless_sign_0_0 32
 rhs negative_unless_sign_0_1 32
 rhs negative_unless_sign_0_2 32
 rhs negative_unless_sign_1_0 30
 rhs negative_unless_sign_1_1 30
 rhs negative_unless_sign_1_2 30
 rhs negative_unless_sign_2_0 28
 rhs negative_unless_sign_2_1 28
 rhs negative_unless_sign_2_2 28
 rhs negative_unless_sign_3_0 26
 rhs negative_unless_sign_3_1 26
 rhs negative_unless_sign_3_2 26
 rhs negative_unless_sign_4_0 24
 rhs negative_unless_sign_4_1 24
 rhs negative_unless_sign_4_2 24
 rhs negative_unless_sign_5_0 22
 rhs negative_unless_sign_5_1 22
 rhs negative_unless_sign_5_2 22
 rhs negative_unless_sign_6_0 20
 rhs negative_unless_sign_6_1 20
 rhs negative_unless_sign_6_2 20
 rhs negative_unless_sign_7_0 18
 rhs negative_unless_sign_7_1 18
 rhs negative_unless_sign_7_2 18
 rhs negative_unless_sign_8_0 16
 rhs negative_unless_sign_8_1 16
 rhs negative_unless_sign_8_2 16
 rhs negative_unless_sign_9_0 18
 rhs negative_unless_sign_9_1 18
 rhs negative_unless_sign_9_2 18
 rhs negative_unless_sign_10_0 20
 rhs negative_unless_sign_10_1 20
 rhs negative_unless_sign_10_2 20
 rhs negative_unless_sign_11_0 22
 rhs negative_unless_sign_11_1 22
 rhs negative_unless_sign_11_2 22
 rhs negative_unless_sign_12_0 24
 rhs negative_unless_sign_12_1 24
 rhs negative_unless_sign_12_2 24
 rhs negative_unless_sign_13_0 26
 rhs negative_unless_sign_13_1 26
 rhs negative_unless_sign_13_2 26
 rhs negative_unless_sign_14_0 28
 rhs negative_unless_sign_14_1 28
 rhs negative_unless_sign_14_2 28
 rhs negative_unless_sign_15_0 30
 rhs negative_unless_sign_15_1 30
 rhs negative_unless_sign_15_2 30
 rhs negative_unless_sign_16_0 32
 rhs negative_unless_sign_16_1 32
 rhs negative_unless_sign_16_2 32
 rhs relu_1_0_0_pre_when_active 32
 rhs relu_1_0_1_pre_when_active 32
 rhs relu_1_0_2_pre_when_active 32
 rhs relu_1_1_0_pre_when_active 30
 rhs relu_1_1_1_pre_when_active 30
 rhs relu_1_1_2_pre_when_active 30
 rhs relu_1_2_0_pre_when_active 28
 rhs relu_1_2_1_pre_when_active 28
 rhs relu_1_2_2_pre_when_active 28
 rhs relu_1_3_0_pre_when_active 26
 rhs relu_1_3_1_pre_when_active 26
 rhs relu_1_3_2_pre_when_active 26
 rhs relu_1_4_0_pre_when_active 24
 rhs relu_1_4_1_pre_when_active 24
 rhs relu_1_4_2_pre_when_active 24
 rhs relu_1_5_0_pre_when_active 22
 rhs relu_1_5_1_pre_when_active 22
 rhs relu_1_5_2_pre_when_active 22
 rhs relu_1_6_0_pre_when_active 20
 rhs relu_1_6_1_pre_when_active 20
 rhs relu_1_6_2_pre_when_active 20
 rhs relu_1_7_0_pre_when_active 18
 rhs relu_1_7_1_pre_when_active 18
 rhs relu_1_7_2_pre_when_active 18
 rhs relu_1_8_0_pre_when_active 16
 rhs relu_1_8_1_pre_when_active 16
 rhs relu_1_8_2_pre_when_active 16
 rhs relu_1_9_0_pre_when_active 18
 rhs relu_1_9_1_pre_when_active 18
 rhs relu_1_9_2_pre_when_active 18
 rhs relu_1_10_0_pre_when_active 20
 rhs relu_1_10_1_pre_when_active 20
 rhs relu_1_10_2_pre_when_active 20
 rhs relu_1_11_0_pre_when_active 22
 rhs relu_1_11_1_pre_when_active 22
 rhs relu_1_11_2_pre_when_active 22
 rhs relu_1_12_0_pre_when_active 24
 rhs relu_1_12_1_pre_when_active 24
 rhs relu_1_12_2_pre_when_active 24
 rhs relu_1_13_0_pre_when_active 26
 rhs relu_1_13_1_pre_when_active 26
 rhs relu_1_13_2_pre_when_active 26
 rhs relu_1_14_0_pre_when_active 28
 rhs relu_1_14_1_pre_when_active 28
 rhs relu_1_14_2_pre_when_active 28
 rhs relu_1_15_0_pre_when_active 30
 rhs relu_1_15_1_pre_when_active 30
 rhs relu_1_15_2_pre_when_active 30
 rhs relu_1_16_0_pre_when_active 32
 rhs relu_1_16_1_pre_when_active 32
 rhs relu_1_16_2_pre_when_active 32
BOUNDS
 LO bnd u_0_0 -16
 UP bnd u_0_0 16
 LO bnd u_0_1 -16
 UP bnd u_0_1 16
 LO bnd u_1_0 -16
 UP bnd u_1_0 16
 LO bnd u_1_1 -16
 UP bnd u_1_1 16
 LO bnd u_2_0 -16
 UP bnd u_2_0 16
 LO bnd u_2_1 -16
 UP bnd u_2_1 16
 LO bnd pre_1_0_0 -32
 UP bnd pre_1_0_0 32
 LO bnd pre_1_0_1 -32
 UP bnd pre_1_0_1 32
 LO bnd pre_1_0_2 -32
 UP bnd pre_1_0_2 32
 LO bnd pre_1_1_0 -30
 UP bnd pre_1_1_0 30
 LO bnd pre_1_1_1 -30
 UP bnd pre_1_1_1 30
 LO bnd pre_1_1_2 -30
 UP bnd pre_1_1_2 30
 LO bnd pre_1_2_0 -28
 UP bnd pre_1_2_0 28
 LO bnd pre_1_2_1 -28
 UP bnd pre_1_2_1 28
 LO bnd pre_1_2_2 -28
 UP bnd pre_1_2_2 28
 LO bnd pre_1_3_0 -26
 UP bnd pre_1_3_0 26
 LO bnd pre_1_3_1 -26
 UP bnd pre_1_3_1 26
 LO bnd pre_1_3_2 -26
 UP bnd pre_1_3_2 26
 LO bnd pre_1_4_0 -24
 UP bnd pre_1_4_0 24
 LO bnd pre_1_4_1 -24
 UP bnd pre_1_4_1 24
 LO bnd pre_1_4_2 -24
 UP bnd pre_1_4_2 24
 LO bnd pre_1_5_0 -22
 UP bnd pre_1_5_0 22
 LO bnd pre_1_5_1 -22
 UP bnd pre_1_5_1 22
 LO bnd pre_1_5_2 -22
 UP bnd pre_1_5_2 22
 LO bnd pre_1_6_0 -20
 UP bnd pre_1_6_0 20
 LO bnd pre_1_6_1 -20
 UP bnd pre_1_6_1 20
 LO bnd pre_1_6_2 -20
 UP bnd pre_1_6_2 20
 LO bnd pre_1_7_0 -18
 UP bnd pre_1_7_0 18
 LO bnd pre_1_7_1 -18
 UP bnd pre_1_7_1 18
 LO bnd pre_1_7_2 -18
 UP bnd pre_1_7_2 18
 LO bnd pre_1_8_0 -16
 UP bnd pre_1_8_0 16
 LO bnd pre_1_8_1 -16
 UP bnd pre_1_8_1 16
 LO bnd pre_1_8_2 -16
 UP bnd pre_1_8_2 16
 LO bnd pre_1_9_0 -18
 UP bnd pre_1_9_0 18
 LO bnd pre_1_9_1 -18
 UP bnd pre_1_9_1 18
 LO bnd pre_1_9_2 -18
 UP bnd pre_1_9_2 18
 LO bnd pre_1_10_0 -20
 UP bnd pre_1_10_0 20
 LO bnd pre_1_10_1 -20
 UP bnd pre_1_10_1 20
 LO bnd pre_1_10_2 -20
 UP bnd pre_1_10_2 20
 LO bnd pre_1_11_0 -22
 UP bnd pre_1_11_0 22
 LO bnd pre_1_11_1 -22
 UP bnd pre_1_11_1 22
 LO bnd pre_1_11_2 -22
 UP bnd pre_1_11_2 22
 LO bnd pre_1_12_0 -24
 UP bnd pre_1_12_0 24
 LO bnd pre_1_12_1 -24
 UP bnd pre_1_12_1 24
 LO bnd pre_1_12_2 -24
 UP bnd pre_1_12_2 24
 LO bnd pre_1_13_0 -26
 UP bnd pre_1_13_0 26
 LO bnd pre_1_13_1 -26
 UP bnd pre_1_13_1 26
 LO bnd pre_1_13_2 -26
 UP bnd pre_1_13_2 26
 LO bnd pre_1_14_0 -28
 UP bnd pre_1_14_0 28
 LO bnd pre_1_14_1 -28
 UP bnd pre_1_14_1 28
 LO bnd pre_1_14_2 -28
 UP bnd pre_1_14_2 28
 LO bnd pre_1_15_0 -30
 UP bnd pre_1_15_0 30
 LO bnd pre_1_15_1 -30
 UP bnd pre_1_15_1 30
 LO bnd pre_1_15_2 -30
 UP bnd pre_1_15_2 30
 LO bnd pre_1_16_0 -32
 UP bnd pre_1_16_0 32
 LO bnd pre_1_16_1 -32
 UP bnd pre_1_16_1 32
 LO bnd pre_1_16_2 -32
 UP bnd pre_1_16_2 32
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 32
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 32
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 32
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 30
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 30
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 30
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 28
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 28
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 28
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 26
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 26
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 26
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 24
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 24
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 24
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 22
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 22
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 22
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 20
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 20
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 20
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 18
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 18
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 18
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 16
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 16
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 16
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 18
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 18
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 18
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 20
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 20
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 20
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 22
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 22
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 22
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 24
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 24
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 24
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 26
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 26
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 26
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 28
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 28
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 28
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 30
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 30
 LO bnd post_1_15_2 0
 UP bnd post_1_15_2 30
 LO bnd post_1_16_0 0
 UP bnd post_1_16_0 32
 LO bnd post_1_16_1 0
 UP bnd post_1_16_1 32
 LO bnd post_1_16_2 0
 UP bnd post_1_16_2 32
 LO bnd b_2_0 -4
 UP bnd b_2_0 4
 LO bnd out_0_0 -100
 UP bnd out_0_0 100
 LO bnd out_1_0 -94
 UP bnd out_1_0 94
 LO bnd out_2_0 -88
 UP bnd out_2_0 88
 LO bnd out_3_0 -82
 UP bnd out_3_0 82
 LO bnd out_4_0 -76
 UP bnd out_4_0 76
 LO bnd out_5_0 -70
 UP bnd out_5_0 70
 LO bnd out_6_0 -64
 UP bnd out_6_0 64
 LO bnd out_7_0 -58
 UP bnd out_7_0 58
 LO bnd out_8_0 -52
 UP bnd out_8_0 52
 LO bnd out_9_0 -58
 UP bnd out_9_0 58
 LO bnd out_10_0 -64
 UP bnd out_10_0 64
 LO bnd out_11_0 -70
 UP bnd out_11_0 70
 LO bnd out_12_0 -76
 UP bnd out_12_0 76
 LO bnd out_13_0 -82
 UP bnd out_13_0 82
 LO bnd out_14_0 -88
 UP bnd out_14_0 88
 LO bnd out_15_0 -94
 UP bnd out_15_0 94
 LO bnd out_16_0 -100
 UP bnd out_16_0 100
 BV bnd sign_0
 BV bnd sign_1
 BV bnd sign_2
 LO bnd post_positive_0_0 0
 UP bnd post_positive_0_0 32
 LO bnd post_positive_0_1 0
 UP bnd post_positive_0_1 32
 LO bnd post_positive_0_2 0
 UP bnd post_positive_0_2 32
 LO bnd post_positive_1_0 0
 UP bnd post_positive_1_0 30
 LO bnd post_positive_1_1 0
 UP bnd post_positive_1_1 30
 LO bnd post_positive_1_2 0
 UP bnd post_positive_1_2 30
 LO bnd post_positive_2_0 0
 UP bnd post_positive_2_0 28
 LO bnd post_positive_2_1 0
 UP bnd post_positive_2_1 28
 LO bnd post_positive_2_2 0
 UP bnd post_positive_2_2 28
 LO bnd post_positive_3_0 0
 UP bnd post_positive_3_0 26
 LO bnd post_positive_3_1 0
 UP bnd post_positive_3_1 26
 LO bnd post_positive_3_2 0
 UP bnd post_positive_3_2 26
 LO bnd post_positive_4_0 0
 UP bnd post_positive_4_0 24
 LO bnd post_positive_4_1 0
 UP bnd post_positive_4_1 24
 LO bnd post_positive_4_2 0
 UP bnd post_positive_4_2 24
 LO bnd post_positive_5_0 0
 UP bnd post_positive_5_0 22
 LO bnd post_positive_5_1 0
 UP bnd post_positive_5_1 22
 LO bnd post_positive_5_2 0
 UP bnd post_positive_5_2 22
 LO bnd post_positive_6_0 0
 UP bnd post_positive_6_0 20
 LO bnd post_positive_6_1 0
 UP bnd post_positive_6_1 20
 LO bnd post_positive_6_2 0
 UP bnd post_positive_6_2 20
 LO bnd post_positive_7_0 0
 UP bnd post_positive_7_0 18
 LO bnd post_positive_7_1 0
 UP bnd post_positive_7_1 18
 LO bnd post_positive_7_2 0
 UP bnd post_positive_7_2 18
 LO bnd post_positive_8_0 0
 UP bnd post_positive_8_0 16
 LO bnd post_positive_8_1 0
 UP bnd post_positive_8_1 16
 LO bnd post_positive_8_2 0
 UP bnd post_positive_8_2 16
 LO bnd post_positive_9_0 0
 UP bnd post_positive_9_0 18
 LO bnd post_positive_9_1 0
 UP bnd post_positive_9_1 18
 LO bnd post_positive_9_2 0
 UP bnd post_positive_9_2 18
 LO bnd post_positive_10_0 0
 UP bnd post_positive_10_0 20
 LO bnd post_positive_10_1 0
 UP bnd post_positive_10_1 20
 LO bnd post_positive_10_2 0
 UP bnd post_positive_10_2 20
 LO bnd post_positive_11_0 0
 UP bnd post_positive_11_0 22
 LO bnd post_positive_11_1 0
 UP bnd post_positive_11_1 22
 LO bnd post_positive_11_2 0
 UP bnd post_positive_11_2 22
 LO bnd post_positive_12_0 0
 UP bnd post_positive_12_0 24
 LO bnd post_positive_12_1 0
 UP bnd post_positive_12_1 24
 LO bnd post_positive_12_2 0
 UP bnd post_positive_12_2 24
 LO bnd post_positive_13_0 0
 UP bnd post_positive_13_0 26
 LO bnd post_positive_13_1 0
 UP bnd post_positive_13_1 26
 LO bnd post_positive_13_2 0
 UP bnd post_positive_13_2 26
 LO bnd post_positive_14_0 0
 UP bnd post_positive_14_0 28
 LO bnd post_positive_14_1 0
 UP bnd post_positive_14_1 28
 LO bnd post_positive_14_2 0
 UP bnd post_positive_14_2 28
 LO bnd post_positive_15_0 0
 UP bnd post_positive_15_0 30
 LO bnd post_positive_15_1 0
 UP bnd post_positive_15_1 30
 LO bnd post_positive_15_2 0
 UP bnd post_positive_15_2 30
 LO bnd post_positive_16_0 0
 UP bnd post_positive_16_0 32
 LO bnd post_positive_16_1 0
 UP bnd post_positive_16_1 32
 LO bnd post_positive_16_2 0
 UP bnd post_positive_16_2 32
 LO bnd post_negative_0_0 0
 UP bnd post_negative_0_0 32
 LO bnd post_negative_0_1 0
 UP bnd post_negative_0_1 32
 LO bnd post_negative_0_2 0
 UP bnd post_negative_0_2 32
 LO bnd post_negative_1_0 0
 UP bnd post_negative_1_0 30
 LO bnd post_negative_1_1 0
 UP bnd post_negative_1_1 30
 LO bnd post_negative_1_2 0
 UP bnd post_negative_1_2 30
 LO bnd post_negative_2_0 0
 UP bnd post_negative_2_0 28
 LO bnd post_negative_2_1 0
 UP bnd post_negative_2_1 28
 LO bnd post_negative_2_2 0
 UP bnd post_negative_2_2 28
 LO bnd post_negative_3_0 0
 UP bnd post_negative_3_0 26
 LO bnd post_negative_3_1 0
 UP bnd post_negative_3_1 26
 LO bnd post_negative_3_2 0
 UP bnd post_negative_3_2 26
 LO bnd post_negative_4_0 0
 UP bnd post_negative_4_0 24
 LO bnd post_negative_4_1 0
 UP bnd post_negative_4_1 24
 LO bnd post_negative_4_2 0
 UP bnd post_negative_4_2 24
 LO bnd post_negative_5_0 0
 UP bnd post_negative_5_0 22
 LO bnd post_negative_5_1 0
 UP bnd post_negative_5_1 22
 LO bnd post_negative_5_2 0
 UP bnd post_negative_5_2 22
 LO bnd post_negative_6_0 0
 UP bnd post_negative_6_0 20
 LO bnd post_negative_6_1 0
 UP bnd post_negative_6_1 20
 LO bnd post_negative_6_2 0
 UP bnd post_negative_6_2 20
 LO bnd post_negative_7_0 0
 UP bnd post_negative_7_0 18
 LO bnd post_negative_7_1 0
 UP bnd post_negative_7_1 18
 LO bnd post_negative_7_2 0
 UP bnd post_negative_7_2 18
 LO bnd post_negative_8_0 0
 UP bnd post_negative_8_0 16
 LO bnd post_negative_8_1 0
 UP bnd post_negative_8_1 16
 LO bnd post_negative_8_2 0
 UP bnd post_negative_8_2 16
 LO bnd post_negative_9_0 0
 UP bnd post_negative_9_0 18
 LO bnd post_negative_9_1 0
 UP bnd post_negative_9_1 18
 LO bnd post_negative_9_2 0
 UP bnd post_negative_9_2 18
 LO bnd post_negative_10_0 0
 UP bnd post_negative_10_0 20
 LO bnd post_negative_10_1 0
 UP bnd post_negative_10_1 20
 LO bnd post_negative_10_2 0
 UP bnd post_negative_10_2 20
 LO bnd post_negative_11_0 0
 UP bnd post_negative_11_0 22
 LO bnd post_negative_11_1 0
 UP bnd post_negative_11_1 22
 LO bnd post_negative_11_2 0
 UP bnd post_negative_11_2 22
 LO bnd post_negative_12_0 0
 UP bnd post_negative_12_0 24
 LO bnd post_negative_12_1 0
 UP bnd post_negative_12_1 24
 LO bnd post_negative_12_2 0
 UP bnd post_negative_12_2 24
 LO bnd post_negative_13_0 0
 UP bnd post_negative_13_0 26
 LO bnd post_negative_13_1 0
 UP bnd post_negative_13_1 26
 LO bnd post_negative_13_2 0
 UP bnd post_negative_13_2 26
 LO bnd post_negative_14_0 0
 UP bnd post_negative_14_0 28
 LO bnd post_negative_14_1 0
 UP bnd post_negative_14_1 28
 LO bnd post_negative_14_2 0
 UP bnd post_negative_14_2 28
 LO bnd post_negative_15_0 0
 UP bnd post_negative_15_0 30
 LO bnd post_negative_15_1 0
 UP bnd post_negative_15_1 30
 LO bnd post_negative_15_2 0
 UP bnd post_negative_15_2 30
 LO bnd post_negative_16_0 0
 UP bnd post_negative_16_0 32
 LO bnd post_negative_16_1 0
 UP bnd post_negative_16_1 32
 LO bnd post_negative_16_2 0
 UP bnd post_negative_16_2 32
 BV bnd relu_1_0_0_on
 BV bnd relu_1_0_1_on
 BV bnd relu_1_0_2_on
 BV bnd relu_1_1_0_on
 BV bnd relu_1_1_1_on
 BV bnd relu_1_1_2_on
 BV bnd relu_1_2_0_on
 BV bnd relu_1_2_1_on
 BV bnd relu_1_2_2_on
 BV bnd relu_1_3_0_on
 BV bnd relu_1_3_1_on
 BV bnd relu_1_3_2_on
 BV bnd relu_1_4_0_on
 BV bnd relu_1_4_1_on
 BV bnd relu_1_4_2_on
 BV bnd relu_1_5_0_on
 BV bnd relu_1_5_1_on
 BV bnd relu_1_5_2_on
 BV bnd relu_1_6_0_on
 BV bnd relu_1_6_1_on
 BV bnd relu_1_6_2_on
 BV bnd relu_1_7_0_on
 BV bnd relu_1_7_1_on
 BV bnd relu_1_7_2_on
 BV bnd relu_1_8_0_on
 BV bnd relu_1_8_1_on
 BV bnd relu_1_8_2_on
 BV bnd relu_1_9_0_on
 BV bnd relu_1_9_1_on
 BV bnd relu_1_9_2_on
 BV bnd relu_1_10_0_on
 BV bnd relu_1_10_1_on
 BV bnd relu_1_10_2_on
 BV bnd relu_1_11_0_on
 BV bnd relu_1_11_1_on
 BV bnd relu_1_11_2_on
 BV bnd relu_1_12_0_on
 BV bnd relu_1_12_1_on
 BV bnd relu_1_12_2_on
 BV bnd relu_1_13_0_on
 BV bnd relu_1_13_1_on
 BV bnd relu_1_13_2_on
 BV bnd relu_1_14_0_on
 BV bnd relu_1_14_1_on
 BV bnd relu_1_14_2_on
 BV bnd relu_1_15_0_on
 BV bnd relu_1_15_1_on
 BV bnd relu_1_15_2_on
 BV bnd relu_1_16_0_on
 BV bnd relu_1_16_1_on
 BV bnd relu_1_16_2_on
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
 out_3_0 out_3_0 2
 out_4_0 out_4_0 2
 out_5_0 out_5_0 2
 out_6_0 out_6_0 2
 out_7_0 out_7_0 2
 out_8_0 out_8_0 2
 out_9_0 out_9_0 2
 out_10_0 out_10_0 2
 out_11_0 out_11_0 2
 out_12_0 out_12_0 2
 out_13_0 out_13_0 2
 out_14_0 out_14_0 2
 out_15_0 out_15_0 2
 out_16_0 out_16_0 2
ENDATA
